"""Sealed batch fresh149: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh147th.py; the batch and its row ids are "fresh149".)

Theme: parking, street stalls and urban road use (路边停车收费, 停车场 and 咪表 concessions, 占道经营,
城管 and 交警 seizing and towing, 共享单车): a 街道 parking-station head taking money from his fee
collectors, a 三亚 交警 who seized a tricycle without a ticket while a "车贩子" sold it back, a
哈尔滨 交警 deputy chief shielding lorries, a man in 城管 uniform taking stall money on a 深圳
footbridge, a 杨浦 城管 deputy who would not touch stalls protected by "老四", the officials bribed
by the 广州 咪表 firms, 深圳 and 广州 城管 bribed over illegal buildings, a 景区's parking fees above
the approved price, a village's lock fees without any rule, the head of a state 北京 parking firm
who sold its kerb-side spaces for a bribe and two managers of the 西安 停放中心; out items are a
towing suit, a stall-holder's suit over a seized tricycle and a motorcycle-ban fine suit, a lorry
owner's 12000元 towing bill, a stall-holder's own plea, two residents' parking requests (岳阳,
阜康), a 福州 unlicensed fee point, a 济南 street where fee collectors appeared, and the 2017
共享单车 rules. No page came up on a 城管 or 交警 official leasing parking rights to his own
relatives, on towing firms run by officers' kin, or on bribes for 共享单车 permits (the searches
returned rules, research papers and tag pages), so the concession side is the 咪表 and 公联安达
cases, 共享单车 has only the out item 022, and items 3, 7 and 8 come from the neighbouring 交警
lorry shielding and 城管 bribery over illegal buildings. Sources (stored-pages search): a 北部湾在线
copy of the 中国纪检监察报 piece on 停车收费微腐败; a 2007 搜狐 report on the 三亚 扣车; a 中国网 big5
copy of the 新京报 report on 哈尔滨 保车 (traditional); a 报告速 copy on the 深圳 香蜜东 "疑似城管";
a commentary on the 杨浦 城管副中队长; a cnread editorial on the 咪表窝案 (traditional); a page on
the 深圳 西乡 城管 bribed over 违建; a czfuli1 copy on the 广州 城管 chain; the 洛阳日报 on the 重渡沟
parking fees; the 番禺 government page on the 沙溪村 lock fees; a ZKIZ copy of the 财新 report on
贾维 (traditional); an ergou copy of the 华商报 on the 西安 停放中心; out: a laotaotie story of the
宿迁 towing suit, the 顶端新闻 report on 俞长花's suit, a xiexiebang case note on 刘铁山, a qqzyw
report on the 代县 towing bill, a 贴吧 post by a 鹿泉 stall-holder, a 岳阳 市长信箱 letter, a 阜康
市长信箱 letter and reply, a 东南网 copy on 福州 fee points (traditional), a 济南 report on 华信路 and a
人民网 copy on 共享单车 rules (traditional). Five texts are in traditional script (items 3, 6, 11,
20, 22).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, decks, sub-headings,
bylines, datelines, captions, "本报讯", site and letter-table labels and the truncated first and
last sentences of the stored copies removed); paragraphs joined; ASCII punctuation written
full-width except inside numbers ("20%-30%", "1500元-5000元", "3KM+900M"), ASCII double quotes
written “…” (016), the ASCII full stop of 005 written "．" (as fresh124th.py); stray spaces after
punctuation (006) and inside words (011: "原公聯順 達", "的 數量總和", "民營 化", "僅 5萬") removed.
Page oddities kept: "信的的抬头" (007), "美中央法院", "警告教育", "拒绝腐败抗辩", "26万余元另查明",
"40 万元" and "替用" (012), "停车和交警队有串通乱收费" (013), "众人分呢、、、、、、" (016), "可也有很少人
意識到" (020), the missing subject of "2017年3月，在回應…" (006) and the masked "05××7" (002).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the head of a state parking firm, the managers of the state 西安 停放中心 and a party member heading
a 景区's finances counted, as the state-firm managers of fresh141th.py), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, drivers,
stall-holders, fee collectors, towing and parking firms, businessmen who paid bribes, impostors
and officials who only handled, investigated, announced or answered are not accused; an organ or
an unnamed group accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name, "原" kept) and units as written
(the nearest unit, higher levels dropped as '沂南县民政局' in fresh127th.py); unit None when the text
ties the person to no named unit. Topics only from the twelve names of triage.md; fees taken
without a rule or above the approved price are 群众纪律 (IS.MAS.01), protection money from stalls
群众纪律 (IS.MAS.04) beside 廉洁纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 013,
016). Out types: 涉法涉诉 3 (013-015), 个人利益诉求 4 (016-019), 其他 3 (020-022). 20 accused
entries, all in items 1-12: 12 with a full name (缪帅, 王偉, 王宝林, 周永光, 伍金友, 胡有亮, 刘晓金,
刘配杰, 刘克祥, 原彦红, 常晓锋, 賈維), 4 masked (田某, 孔某, 宁某某, 祁某某), 4 post only (002, 004,
005, 006). Items 007 and 010 are in scope with no accused entry. Out items have no accused entry.
Novelty: every address and every accused name was grepped against the set; 王偉 (a sick child's
father in fresh141th.py, and inside 王偉峰 of fresh115th.py) and the masks 田某 and 孔某 occur for
other people; no accused person is already in the set.

Close calls:
 1  北部湾在线 copy (chosen over the 闽南网 copy, which is cut before the end of the 缪帅 paragraph,
    and a traditional copy with glossing pinyin): headline, "国内新闻|来源…" line, the deck
    "紧盯…防治停车收费微腐败" and the sub-heading "街道停车办负责人向收费员伸“黑手”，…" cut; ends
    before the truncated "从一人送到多人送…". 缪帅 first written "南京市秦淮区大光路街道办事处停车管理
    工作站队长": ('缪帅', '队长', '大光路街道办事处停车管理工作站'). 收费员周某 paid him under orders:
    not accused. The 建邺 paragraph is general (kept as published). 贪污贿赂 and 廉洁纪律.
 2  The captions "验车" / "放行" and the sub-headings "投诉 交警扣车不开单花钱可取出" and "暗访 花钱找人
    “通融”取出车" cut; ends before the truncated "他还说，“车贩". The 交警 "警号为05××7" is
    (None, '交警', None): the text names the 三亚市交警支队 only as designating the lot. The
    "车贩子" and the staff of the private 伟荣 lot hold no post. Not mixed: 老杨's tricycle is the
    exposé's case, not a claim he makes. 滥用职权 (扣车不开单) and 群众纪律.
 3  Traditional: "原標題:…", the two-line deck, the caption repeating the 7月20日 sentence and the
    sub-heading "明碼標價的“保車生意”" cut; ends before the truncated "“有". ('王偉', '原副支隊長',
    '哈爾濱市公安交通警察支隊'); the 122 公職人員 and the 12 大隊長 are unnamed. Off theme (交警
    shielding lorries, not parking). 贪污贿赂 and 群众纪律 (保護傘).
 4  Headline, caption and the sub-heading "有人着制服现场收“保护费”" cut; ends before the truncated
    "记者曾多次询问该男子的". Hard: the collector is only "疑似城管队员", "身穿城管制服的男子":
    (None, '城管队员', None); could be read as no entry (an impostor). 群众纪律 and 廉洁纪律.
 5  The title (a question) cut; ends before the "其一，…" paragraph, truncated at "且数额". The
    城管副中队长 is (None, '城管副中队长', None): no unit written with him (the 杨浦区城管执法大队
    is only told to investigate). "老四" is a private collector. 群众纪律 (保护伞, 态度粗暴) and
    形式主义官僚主义 (懒政、不作为).
 6  Traditional editorial: "您的位置:首頁>正文" and the title "[社論]反思咪表窩案，警惕權力尋租" cut;
    the page's break inside "廣州咪表停車，／看起來" joined; ends before the truncated 2011 招標
    sentence. The bribers 莫世文, 湯國強 and 林郁 head private firms: not accused. "時任廣州市交委
    停車場處處長" gives (None, '停車場處處長', '廣州市交委') (the 處 in the position); the 交委, 交警
    and 各區政府 公職人員 are an unnamed group. 贪污贿赂 and 廉洁纪律 (權力尋租).
 7  Title and the inline sub-heading "市民给市领导写投诉信反映抢建" cut; ends before the truncated
    "社区内的几条大道…". The "3名工作人员" of the 西乡街道综合执法大队 and the 社区领导 who bribed
    them are unnamed groups: in, no entry (hard: could be one post-only entry). Off theme (城管 and
    违建). 贪污贿赂 and 滥用职权 (玩忽职守).
 8  The stored copy starts inside a sentence ("主任张建国在2009年…"): that sentence and the next on
    him cut, with the header lines; ends before the sub-heading "违建寻租" and the truncated 王宝林
    sentence. Nine accused as first written: 王宝林 '中队长' and 周永光 '教导员' of '太和镇执法中队'
    (the 局 and 分局 of the chain dropped), 伍金友 '中队长' '嘉禾街执法中队', 胡有亮 '队员'
    '均禾街执法中队', 刘晓金 '局长' '黄埔区城管局', 刘配杰 '局长' '区环卫局' (as written), 田某
    '业务科科长' and 孔某 '办公室主任' of '区城管局', 刘克祥 '原大队长' '海珠城管大队'. 赵阳 is a 城管队员
    who comments: not accused. Off theme (违建). 贪污贿赂 and 廉洁纪律 (过节费).
 9  "本报讯" and "(优办)" cut; the numbered list "一、…五、" kept as sentences. ('原彦红',
    '副总经理兼财务部经理', '重渡沟景区'): a party member (党内警告) though the 景区 is a firm (hard).
    ('常晓锋', '物价检查所所长', '县物价局'), given 效能告诫 for the bureau's 监管不力 (hard: could be
    read as no entry, the 局 being blamed as an organ). 群众纪律 (乱收费) and 工作纪律 (监管不力).
10  Mixed: 王先生's own 200元 lock fee beside the village's fees without any rule. The 村支部书记
    (and 村委会主任, perhaps one man) only answers for the village's practice; the 村委治安队 and the
    村 are organs: in, no entry (hard: could be (None, '村支部书记', '沙溪村')). 梁舜威 and the
    纪工委 only act. Ends before the truncated "同时，通过落实《“农村集体财务代管”". 群众纪律 only.
11  Traditional, ZKIZ copy of 財新: the archive header, the title "路邊車位 誰的王國" and the
    magazine link cut; ends before the truncated "該市場一直被…". 賈維 first written "國有企業北京
    公聯安達停車管理有限公司（下稱公聯安達）原董事長": ('賈維', '原董事長', '北京公聯安達停車管理有限公司').
    祁力 heads a private firm and paid the bribe: not accused. 贪污贿赂 and 廉洁纪律 (the state
    shares sold off).
12  ergou copy: the byline "华商报记者 宁军", the promotion lines "2020年6月21日，华商报独家报道：《…》
    随后…" and the label "华商报2020年6月21日报道全文：" cut; ends before the sub-heading "A" and the
    truncated "通…". 宁某某 and 祁某某 "原均系西安市机动车停放管理中心某大队管理人员": '管理人员'
    (the "原" of "原均系" not carried; hard), unit the 中心 (the 大队 is unnamed). 贪污贿赂 and
    选人用人 (jobs sold to collectors, 虚列收费人员, 在编不在岗).
13  涉法涉诉, mixed: 付先生's suit for his 300元 towing fee beside his claim that the 停车场 and the
    交警队 colluded ("串通乱收费"). The 交警队 is an organ and the 交警 who ordered the towing is
    unnamed and only acts; the suit is the centre: out, no entry. Ends before the truncated "可面对
    执法人员，他还是选择…".
14  涉法涉诉: 俞长花's suit against the 东明县综合行政执法局 over her seized tricycle; byline
    "顶端新闻记者 郑旭" and the head "【回顾：当事人称车辆遭到城管暴力扣押】" cut; ends before the
    truncated 答辩状 sentence. The "暴力执法" is her pleading against an organ: not mixed (hard).
    俞某胜, who beat her, holds no post.
15  涉法涉诉: a 禁摩令 fine taken to court. Case-note heads ("第一篇:…", the title, "一、案情简介:",
    "二、提出问题:", "三、分析:") cut; ends before the truncated analysis sentence. The 交警 only
    acts.
16  个人利益诉求, mixed: a lorry owner's 12000元 towing bill, beside the doorman's boast that his boss
    is close to the "交警队领导" and the money is "众人分". Hard: could be read as in (towing for
    kickbacks), but no official is named or alleged beyond a suspicion; the 交警队领导 are unnamed,
    the 事故科 an organ. The "【核心提示】" paragraph and the "【事件回顾】" / "【结束语】" heads cut;
    ends before the truncated "一个行业对一个领域的…".
17  个人利益诉求: a 鹿泉 stall-holder's own 贴吧 plea to be let trade; the 城管 only chase
    stalls (no misconduct alleged). Ends before the truncated "俩大妈都是提着一篮子自己…".
18  个人利益诉求: a 市长信箱 letter asking that a police unit's empty car park be opened to the
    residents. The letter-table labels and the letter's own title line cut; ends before the
    truncated "一筹莫展之时…". "逆势而为" is said of the 公安局 as an organ and is the request
    itself: not mixed.
19  个人利益诉求: a 市长信箱 letter on parking at 公园六号 and the 社区's reply ("反映情况不属实").
    The table labels and the title cut; ends before the truncated "龙祥社区将实际情况告知反映人，…".
    The shops that block spaces are private. Could be read as 其他 (a suggestion).
20  其他, traditional: unlicensed fee collectors at a 福州 gate. Headlines, caption, dateline
    "東南網-福建日報4月3日報道(記者 黃云峰 文/圖)" and the sub-heading "低成本 年入數十萬元" cut. The
    collector's claim that she pays the 派出所 (then the 城管中隊) is withdrawn and denied: not
    mixed, no accused (hard).
21  其他: fee collectors appear on a newly marked 济南 street; the caption "A07_0335 / …摄" and the
    sub-headings cut; ends before the truncated "办事处城管科科长吴玉军称，". Nobody is accused; the
    劳务服务中心 is a firm. Could be read as 个人利益诉求 (王先生's question about his fee).
22  其他, traditional: the 2017 共享单车 rules of several cities; the dateline "人民網北京8月28日電",
    the sub-heading "投放需有序 適應區域承載能力" and "[責任編輯:郭碧娟]" cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH149: list[Item] = [
    # 01
    ('http://bbrtv.com/2022/0518/740291.html',
     '江苏南京，一条不少市民上下班的必经之路——青奥北路，曾让人苦恼不已：“以前，路两边停满了车子，特别乱'
     '特别堵，路堵心也堵。”近来，在南京市建邺区纪委监委推动下，当地街道大力整治违停现象，新增500个停车'
     '位，让青奥北路告别以往的拥堵。“停车难”是城市病，也是长期困扰群众的一块心病。一些地方因此引发的停车'
     '收费管理混乱问题，不仅啃食群众获得感，还可能滋生圈地为场、权钱交易、截留侵占等腐败问题。纪检监察机关'
     '将停车收费腐败问题作为整治群众身边腐败和不正之风的重要方面，因地制宜开展专项整治，坚持主体责任和监督'
     '责任贯通协同、强监督和强监管同向发力，推动解决停车难、停车贵、乱收费等群众反映强烈的突出问题，切实维'
     '护群众利益。收费员周某：“他的权力很大，如果我们完成不了指标，他不仅能扣我们的钱，而且还可以让我们走'
     '人，所以我们一般不敢得罪他。我送钱给他也是想跟他搞好关系。”身为南京市秦淮区大光路街道办事处停车管理'
     '工作站队长，缪帅负责管理近20名停车收费员。自从当上队长那天起，他就变着法子利用手中权力收取部属的好'
     '处费。经办案人员调查，几乎每名停车收费员都有多次向他行贿的行为，逢年过节、家人生病，都得主动“表示表'
     '示”，这在该停车管理站是大家心照不宣的潜规则。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('缪帅', '队长', '大光路街道办事处停车管理工作站')]),
    # 02
    ('http://news.sohu.com/20070208/n248115069.shtml',
     '三亚出现“神秘车贩子”，交警扣车不开扣单，只要到扣车停车场给“神秘车贩子”一定的现金，就能取出违章车'
     '。记者暗访拍下整个“交易”过程。在三亚从事货运的老杨告诉记者，1月25日清晨，他骑着电动三轮车去拉货'
     '，车行驶到月川桥时，一名警号为05××7的交警驾驶一辆小轿车从后面追上要求他停车。该交警以电动三轮车'
     '上路是违法行为为由，将电动三轮车扣下，随后通知停车场将三轮车拉走。但该交警在执法过程中并没有向他开出'
     '罚单。老杨车被扣后十分焦急，来到停车场咨询如何才能取回自己的三轮车。其间，他遇见一名同乡。这名同乡告'
     '诉老杨，可以找“神秘车贩子”取出车，但是要给“车贩子”一些报酬。老杨与儿子商量之后，决定花一些钱把车'
     '弄出来。老杨跟着同乡找到了“车贩子”，一番讨价还价后，“车贩子”终于把价格从1000元降到了800元'
     '。“车贩子”表示只要老杨给他800元人民币，就帮他把车弄出来。记者佯装是老杨的朋友，来到三亚市交警支'
     '队指定的违章暂扣车停车地点——伟荣交通拯救暂扣车辆停车场。“车贩子”的警觉性很高，多次向老杨和他的同'
     '乡核实记者的身份，并表示记者不离开就不给老杨取车。无奈之下，记者只得到停车场对面的马路旁等候。记者看'
     '到老杨跟老乡走进停车场后，跟一名身穿白T恤的人交头接耳一阵后，老杨拿出钱交给“白T恤”，然后老杨的老'
     '乡就把老杨的车拉到停车场门口。停车场的工作人员核对贴在车头的扣车标志后，老杨的老乡就将车开出来。交易'
     '前后不到5分钟。老杨的同乡向记者表示，他的电动三轮车也被扣下了，“车贩子”向他要2000元钱，但他没'
     '有这么多就没有取。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [(None, '交警', None)]),
    # 03
    ('http://big5.china.com.cn/gate/big5/news.china.com.cn/2018-07/23/content_57813555.htm',
     '7月20日，哈爾濱市公安交通警察支隊原副支隊長王偉受賄、介紹賄賂案，在南崗區人民法院一審公開審理並宣'
     '判，其獲刑三年。王偉是日前哈爾濱“瘋狂大貨車”專案行動中被查處的“保護傘”之一。6月25日，哈爾濱市'
     '紀委監委通報稱，此次行動中打掉涉惡“保車”團夥6個，查處70名涉嫌犯罪社會人員和122名充當“保護傘'
     '”的公職人員，其中涉及處級幹部12人、科級及以下幹部110人。城區13個交警大隊中的12個大隊大隊長'
     '及其他警員逾百人涉案，哈市交警系統出現“塌方式”腐敗。在哈爾濱市紀委監委通報的案例中，“保車”團夥往'
     '往通過行賄與公職人員建立關係，從而獲得“放行、免罰、消違章”等一系列“庇護”，不少保車人甚至可以直接'
     '支使交警大隊大隊長。超載、超限、無視交通規則的大貨車以此穿梭于哈市，被稱為“瘋狂大貨車”。嚴查行動過'
     '去尚不足月，新京報記者近日在哈爾濱市調查發現，當地仍有保車團夥日夜蹲守，收取百元好處費後“護送”超載'
     '大貨車進出市區。很長一段時間內，大貨車橫行哈爾濱街頭，人稱“大老虎”。根據哈爾濱市有關部門的規定，每'
     '天5時至22時大貨車禁行，超載也將面臨罰款、扣分甚至吊銷執照等重罰。然而，在哈市的馬路上，超載、超速'
     '、超限，拉著渣土或其他貨物的大貨車仍日夜穿梭。大貨車肇事致死的事故在當地屢見不鮮，一般司機上路也會自'
     '覺“躲著走”。禁行的貨車暢行無阻的原因，在當地幾乎是公開的秘密。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('王偉', '原副支隊長', '哈爾濱市公安交通警察支隊')]),
    # 04
    ('http://nanjing.baogaosu.com/xinwen/%E7%96%91%E4%BC%BC%E5%9F%8E%E7%AE%A1%E7%94%B7%E5%AD%90%E6%94%B6%E6%91%8A%E8%B4%A9%E4%BF%9D%E6%8A%A4%E8%B4%B9%E6%91%8A%E8%B4%A9/28212858',
     '在深南大道香蜜东人行天桥周边，占道经营的摊贩与地方城管执法者似乎保持着一种“不一样”的默契。自201'
     '4年12月底以来，记者多次在深南大道香蜜东人行天桥摆摊暗访，亲眼目睹一名身穿制服、疑似城管队员的男子'
     '对摊贩收取费用，每日10元—15元不等，月费则高达每月300—700元。在记者摆摊期间，这名着城管制'
     '服的男子甚至建议记者改卖小吃增加收入。据摊贩介绍，为了生存，众多小摊贩对这种“保护费”敢怒而不敢言，'
     '这一情况在2014年间一直存在。2014年12月29日、30日、31日及2015年1月2日，记者分4'
     '次到深南大道香蜜东人行天桥摆摊卖CD碟，以摊贩的身份在现场暗访取证，发现一名身穿城管制服的男子与这里'
     '的摊贩存在利益关系，摊贩“摆平”他才可以无阻拦地在此摆摊。2014年12月31日下午5点，记者再次提'
     '着CD纸箱来到香蜜东人行天桥上，天色渐暗，众多摊贩已经陆续来到天桥上，将摊位展开准备摆卖，他们集中在'
     '深南大道西往东方向的天桥一端，此时正值下班高峰期，即将迎来一天中生意最好的时候。下午6点多，3名摊贩'
     '（分别卖肉夹馍、板栗红薯、电脑配件）正在摆卖，此时，一位身穿深蓝色制服、左胸口处绣有“城管”字样的男'
     '子前来排查乱摆卖，该男子约40岁，他径直走到记者跟前，仔细看了看记者摆的光盘，很客气地询问记者摆摊的'
     '情况，提及“这里卖小吃和衣服生意会好些，卖光盘不会有人买”，他笑问记者，“怎么只摆这么点东西？怎么来'
     '这摆摊？”最后，在给出许多例如“如何能够增加摆摊收入”等“中肯”建议后，该男子不再多言，既没有向记者'
     '收费也没有驱赶。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [(None, '城管队员', None)]),
    # 05
    ('http://ciudsrc.com/webdiceng.php?id=56981',
     '昨日，上视“新闻透视”记者在五角场附近对一些占道经营摊位进行明察暗访，商贩告诉记者，只要每月交给一个'
     '叫“老四”的人数千元，工商城管都不会管．（据10月31日《新闻晚报》）城管按理说是违法占道经营商贩的'
     '“克星”，但上海杨浦区街头的几家占道经营商贩，不但不惧怕前来巡查的城管，反倒是城管没有任何表示便“知'
     '趣”离开，或许并不知道是记者的暗访，面对记者的询问，这位城管副中队长先是说了一段谁也听不懂的“暗语”'
     '，还一个劲的嚷嚷记者“你听不懂我的话吗？”，大概看记者真是“听不懂”，索性抖出底来，不仅自言这些占道'
     '经营商贩有“保护伞”，还坦承惹不起，而这些占道经营的商贩也证实他们向一位叫“老四”的人缴纳了数千元的'
     '保护费，城管也就真的不管了。新闻一经曝光，当地马上采取了行动，占道经营的摊点拆了，对记者暗访态度粗暴'
     '的城管副中队长被停职检查，并对其态度蛮横、懒政、不作为等情况进行严肃处理，尽管市城管执法局已责成杨浦'
     '区城管执法大队迅速查清事实真相，依法依规追究相关人员的责任，并将及时向社会和媒体公布调查处理结果。',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     [(None, '城管副中队长', None)]),
    # 06
    ('http://www.cnread.news/content/2030223.html',
     '咪表窩案，塵埃落定。日前，廣州天河區法院公佈對廣州咪表窩案的一審判決，經營市區一半咪表車位的德生咪表'
     '公司法定代表人、原總經理莫世文和原執行董事湯國強被控在2004年至2015年期間向廣州市交委、市交警'
     '、各區政府公職人員行賄。判決顯示二人因此雙雙獲刑。此前，廣州另一家咪表公司廣州電子泊車公司法定代表人'
     '、總經理林郁亦被控在2008年至2011年期間，向時任廣州市交委停車場處處長行賄。掌控廣州市區咪表經'
     '營權長達十餘年的兩家咪表公司，此時的公共形象顯然並不光彩。咪表窩案與正處於免費期的廣州咪表停車，看起'
     '來並無直接聯繫，2017年3月，在回應關於咪表“暫停收費”的問題時，給出的解釋是“兩大咪表公司經營權'
     '到期”。2015年5月，廣州市法制辦和市交委聯合出臺了咪表管理制度改革的首份文件《廣州市停車場管理辦'
     '法（草案徵詢意見稿）》，公眾對於其中咪表經營依然採取企業承包制的方式爭議頗多，隨後出臺的“停車場建設'
     '和管理規定”草案文本不再提咪表經營權，且明確提出“城市道路泊位使用費應當全額上繳財政”。透過兩起咪表'
     '窩案不難看到，權力尋租在咪表腐敗案中的身影若隱若現。從2004年開始，兩家咪表公司牢牢掌控廣州市區咪'
     '表停車位經營權，中間只在2011年經過一次招標，結果這兩家公司繼續中標。在咪表經營權的招投標中，看似'
     '合乎程式，事實上從一開始就有違招投標的基本邏輯。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [(None, '停車場處處長', '廣州市交委')]),
    # 07
    ('http://bianhu119.net/index.php?c=show&id=646',
     '个别城管因为蛮横、强行执法与民众产生误会、摩擦，惹了不少民怨。但也有城管不执法，准确说是选择性执法，'
     '收了你的好处费就不对你执法，没给好处就对你执法没商量。深圳宝安区西乡街道综合执法大队的3名工作人员，'
     '因收受社区领导以及部分违法建筑当事人的贿赂，便无视当地民众违法抢建房屋的行为。而抢建此时早已把整个社'
     '区变成了大工地，惹得周边居民不断给市领导写信反映情况。深圳市宝安区人民检察院反渎职侵权局果断出击，批'
     '捕了3人，并追究其“玩忽职守”的罪责。此案虽小，但却反映出身处基层和群众直接打交道的城管随意执法的乱'
     '象“千里之堤毁于蚁穴”，当政府的基层人员以是否收过钱作为执法的依据，当社区领导沦为辖区违法行为帮凶的'
     '时候，任何人都不能小觑这种可能已经习以为常的“潜规则”。直到截稿时，记者还能在网上看到有关深圳宝安区'
     '西乡径贝社区抢建的投诉信，信的的抬头写的都是深圳的市领导，俨然一封公开投诉信。信中直陈径贝社区居民拆'
     '旧建新，抢建违建成风的行为，称建筑噪音扰民，建筑材料占道堆放给周边其他居民的生活带来很大影响。“从早'
     '上6时到凌晨1时一刻都不歇，切割声、马达声，各种噪音吵得让人难以入睡。”提起工地噪音，社区居民如此反'
     '映。对于市民投诉信上反映的内容，深圳市宝安区人民检察院反渎局的干警们早已关注，并调查了解了当时抢建情'
     '况。经过干警的亲自调查，他们切身了解了周边居民的痛苦。整个社区几乎成了一个庞大的建筑工地，有的在拆旧'
     '楼建新楼，有的在楼上加楼。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     []),
    # 08
    ('https://www.czfuli1.com/zhuantifanwen/gongwenfanwen/44846.html',
     '据广州市白云区检察院通报，广州市城市管理综合执法局白云分局太和镇执法中队中队长王宝林、教导员周永光，'
     '嘉禾街执法中队中队长伍金友，均禾街执法中队队员胡有亮，涉嫌利用查控“违法用地和违法建设”工作的职务便'
     '利，各自多次收受当地违法建设人员贿送的人民币235万元、9万元、5万元、5.1万元。广州市黄埔区检察'
     '院则通报，黄埔区城管局局长刘晓金、区环卫局局长刘配杰、区城管局业务科科长田某、区城管局办公室主任孔某'
     '等，收取物业公司、保洁公司贿送的好处费及过节费等，共计过百万元。2006年，广州市中级法院审理了广州'
     '市海珠区城管大队窝案，核心人物是海珠城管大队原大队长刘克祥，为违章商铺、违章建筑保安全，共收取好处费'
     '逾百万元。该案引发六起案件，共有七人落马。刘克祥被判受贿罪，获刑11年。南京市玄武区城管队员赵阳曾因'
     '多次自曝城管“家丑”而被媒体称为“城管深喉”。赵阳向记者分析说，广州这几个案件均很典型。一方面，城管'
     '直接对公众行使行政处罚权，受贿可能性极大。另一方面，城管职权范围太广，政府拨款很多，使得负责项目的领'
     '导具有极大的寻租空间。此外，部分地方城管会将责任分包给物业公司，这样又有了勾结的空间。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('王宝林', '中队长', '太和镇执法中队'), ('周永光', '教导员', '太和镇执法中队'), ('伍金友', '中队长', '嘉禾街执法中队'), ('胡有亮', '队员', '均禾街执法中队'), ('刘晓金', '局长', '黄埔区城管局'), ('刘配杰', '局长', '区环卫局'), ('田某', '业务科科长', '区城管局'), ('孔某', '办公室主任', '区城管局'), ('刘克祥', '原大队长', '海珠城管大队')]),
    # 09
    ('http://lyrb.lyd.com.cn/html/2011-04/26/content_735957.htm',
     '市暗访组发现栾川县重渡沟景区存在违规收取停车费问题，栾川县纪委按市里要求，迅速对该问题进行了调查处理'
     '。经查，栾川县物价部门给重渡沟景区核定的收费标准为：小轿车、面包车每辆每次收取停车费10元；大客车每'
     '辆每次收取停车费20元，没有过夜车辆收费标准。而该景区实际收费标准为：21座以上（含21座）车辆每车'
     '每天20元，20座以下车辆每车每天10元，所有过夜车辆每车另收取看护费10元；停车时间超过5天，小车'
     '收取100元，大车收取150元。重渡沟景区未按县物价局核定的收费标准执行，属违规收费。对此，该景区副'
     '总经理兼财务部经理原彦红负有主要领导责任；县物价局负有监管不力责任。栾川县纪委对责任单位及责任人作出'
     '了如下处理：一、责令重渡沟景区立即停止违规收费行为。二、对县物价局给予通报批评。三、给予重渡沟景区副'
     '总经理兼财务部经理原彦红党内警告处分。四、给予县物价局物价检查所所长常晓锋效能告诫。五、责成县物价局'
     '、县旅工委组成检查组，对全县旅游景区停车收费情况进行检查，杜绝类似问题再次发生。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('原彦红', '副总经理兼财务部经理', '重渡沟景区'), ('常晓锋', '物价检查所所长', '县物价局')]),
    # 10
    ('http://www.panyu.gov.cn/zjpd/zwgk/jdbg/zfwt/content/post_6992493.html',
     '“由于你乱停车，请到村委治安队缴纳开锁费200元”，2020年8月16日，广州番禺区洛浦街沙溪村王先'
     '生发现自己的爱车被上了锁、贴了条。“车辆如何停缺乏明确标示，他们这样收费有什么依据？”，不明白也不服'
     '气的王先生无奈缴纳费用后，转身就到驻村监察站反映情况。沙溪村监察站站长梁舜威收到投诉，立马找村支部书'
     '记、村委会主任了解情况：“咱们村停车收费这事，有没形成文件制度、锁车收费有什么依据吗？”“没有，村里'
     '企业和门店多，这几年私家车、外来车剧增，如果在主路上乱停乱放会影响交通！”村支书说得理直气壮。“我理'
     '解村的出发点，但收费是否经过村委会议讨论表决，有没向社会明确告知禁停区域，还有费用收支是否透明呢……'
     '”“这些暂时还没有，我们没考虑那么多……”村支书道出了实情。认识到该问题可能存在普遍性，梁站长马不停'
     '蹄向街道纪工委汇报，洛浦街据此展开对辖区9村9社区停车情况排查。经逐一走访，发现农村锁车收费管理松散'
     '，存在多个漏洞，其中制度建设及监督管理是尤为突出的薄弱环节，个别人员很容易钻空子。“尽管只是蝇头小利'
     '，但该行为既损害群众利益，又影响村干部廉洁形象，必须要给此类小微权力上锁加以约束。”街道纪工委认识到'
     '问题严重性，迅速组织街道纪检力量进行有针对性整顿。2020年8、9两个月，洛浦街各驻村监察站长积极行'
     '动，及时召集村两委成员统一思想，强调锁车收费必须在禁停区域明确标示、治安队员统一制服、费用收支予以公'
     '示等。借鉴交警违停罚款的做法，指导9条村制定了《村内道路机动车辆锁车收费实施细则》，明确锁车流程、收'
     '费标准、入账程序及责任追究等方面的内容，将实施违停收费写入村规民约。',
     'in', None, True, ['群众纪律'],
     []),
    # 11
    ('https://articles.zkiz.com/?id=29473',
     '這只是浮出水面的冰山一角。北京停車業的兩大巨頭賈維、祁力，日前因一起賄賂案曝光於公眾視野。賈維，國有'
     '企業北京公聯安達停車管理有限公司（下稱公聯安達）原董事長。公聯安達經營著北京數十萬個停車位，是北京停'
     '車業公認的龍頭老大，約佔有整個行業20%-30%的份額。祁力，民營企業北京京聯順達智能停車管理有限公'
     '司（下稱京聯順達）總經理。目前京聯順達掌控北京近3萬個有合法備案的路邊停車位，佔有60%以上的路邊停'
     '車市場。案情表面上並不複雜：2006年8月至2010年5月間，賈維收受祁力200萬元的賄賂，在原北京'
     '公聯順達智能停車管理有限公司（下稱原公聯順達）股權改造過程中，同意將公聯安達所持有的原公聯順達56%'
     '的股權，全部轉讓給祁力的私人公司。由此，原公聯順達這個國有控股的停車管理公司徹底民營化，變成祁力個人'
     '的資產。但該賄賂案的要害，不僅僅是一個簡單的國有資產非法轉讓問題。公聯安達轉讓的56%股權背後，是北'
     '京城八區近5萬個路邊停車位（備案與未備案的數量總和）的經營權歸屬。在機動車保有量已近500萬輛的北京'
     '，全市公共停車位僅74萬餘個，「停車難」已成為京城一大頑疾。其中，已備案的路邊停車位僅5萬餘個。這5'
     '萬多路邊停車位，不僅是有車一族停車的首選，更關乎北京道路的暢通，以及首都市容市貌。而賈維與祁力非法交'
     '易的，正是這5萬多個路邊停車位中的絕大部分，以及一些未經備案的路邊停車位。因此，有業內人士將本案的標'
     '的物喻為「皇冠上的明珠」。路邊停車位市場對於京城上千家普通民營停車公司來說，是夢寐以求又難以涉足。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('賈維', '原董事長', '北京公聯安達停車管理有限公司')]),
    # 12
    ('https://ergou.cc/tech/62026.html',
     '今天，华商报记者获悉，西安美中央法院集中宣判3起职务犯罪案件，推进警告教育，为充分发挥负面典型案件的'
     '警告教育作用，政法干警将建立拒绝腐败抗辩的思想防线，更加严格纪律作风。3月31日上午，未央法院在三楼'
     '大法庭集中宣判了职务犯罪案件，西安市及未央区相关政法单位及国企职工300余人参与旁听。被告人宁某某、'
     '祁某某原均系西安市机动车停放管理中心某大队管理人员。二被告人利用职务便利，为该大队收费员在入职、工作'
     '岗位及任务调整等方面提供帮助，收受好处费40余万元。被告人宁某某又收受收费员、停车场实际控制人等十余'
     '人26万余元另查明。二被告人合谋通过采取虚列收费人员、在编不在岗等方式冒领单位工资13.47万余元。'
     '被告人宁某某还通过此方式与他人合谋冒领工资6.77万余元。未央法院经审理后以贪污罪、受贿罪判处被告人'
     '宁某某有期徒刑六年，并处罚金40 万元，判处被告人祁某某有期徒刑四年，并处罚金30万元。西安市机动车'
     '停放服务中心（以下简称停放中心）主要负责城区和开发区非机动车道、人行道、广场及高架桥下公共停车场的收'
     '费服务管理工作，实行收支两条线的管理模式，收取的费用全额上缴市财政。但实际上，收支之间却暗藏着灰色收'
     '入……据深喉爆料，收费员每月要向“上家”上交1500元-5000元不等的“抽成费”，或“上家”将收费'
     '员工资卡扣留。有的收费员替用别人身份，成了“影子”般的存在。西安市场到底有多少“上家”，多少“影子”'
     '收费员？巨额“抽成费”最终去了哪儿？华商报记者就此进行了深入调查。',
     'in', None, False, ['贪污贿赂', '选人用人'],
     [('宁某某', '管理人员', '西安市机动车停放管理中心'), ('祁某某', '管理人员', '西安市机动车停放管理中心')]),
    # 13
    ('http://www.laotaotie.com/new/725964057688950784',
     '江苏宿迁，一男子开车与另一辆车发生轻微刮蹭，车损也就600元，可交警却说要把车拖到指定停车场，然后通'
     '知救援公司来拖车。事后男子提车时被收取了300元拖车费。男子认为停车和交警队有串通乱收费，于是将交警'
     '队告上法院，要求认定拖车行为违法，并退还300元，可一审法院却以不是行政案件为由不予立案。直到检察院'
     '介入此事后，才有了不一样的结果。江苏宿迁的天空阴沉沉的，空气里带着一丝闷热。付先生像往常一样，开着自'
     '己的私家车出门办事。他怎么也没想到，这一天会因为一次几乎可以忽略不计的小刮蹭，彻底改变他对“执法”和'
     '“维权”这两个词的认知。车子行驶到市区一条并不算繁忙的道路时，前方一辆车突然减速。付先生反应及时踩下'
     '刹车，但还是与对方车辆发生了轻微接触。“咯噔”一声，两辆车停了下来。下车查看后，双方都松了一口气——'
     '没有人受伤，车子只是留下几道浅浅的划痕。对方车主看了看，说修一下最多几百块钱。按理说，这样的事故拍照'
     '、报警、认责，流程很快。交警赶到后，现场勘查、拍照、询问，确认这是一起典型的轻微交通事故，责任也并不'
     '复杂。付先生心想，事情很快就能结束。可就在他准备上车离开时，一名交警却拦住了他，说车辆需要被拖走，送'
     '到指定停车场。付先生一愣，下意识问了一句：“车还能开，事故也不严重，为什么要拖？”交警语气平淡，却不'
     '容商量：“这是规定，必须拖走，等处理完再来提车。”“那我自己叫拖车行不行？”付先生又问。“不行，只能'
     '用指定的救援公司。”对方回答得干脆利落。付先生心里隐约有些不安。他注意到，交警并没有出示任何书面决定'
     '，也没有开具扣押车辆的凭证，只是简单口头通知了一句“到时候来提车”。',
     'out', '涉法涉诉', True, [],
     []),
    # 14
    ('https://xinzhiss.com/?p=29636',
     '12月6日，顶端新闻报道了寻母女子俞长花电动三轮车被山东东明县综合行政执法局暴力执法、扣押财物一事引'
     '发关注（《骑行千里寻母女子称被城管暴力执法，城管部门：不符合事实》）。该案在11月23日已开庭审理。'
     '12月11日，俞长花向记者发来了该案的判决书。判决书显示，法院认为东明县城管部门扣押原告电动三轮车、'
     '西瓜、电子秤的行为程序违法。顶端新闻此前报道，今年36岁的俞长花是山东菏泽东明县人，去年曾因骑摩托车'
     '由山东到四川寻亲被媒体关注。在东明，俞长花主要靠收村民种的瓜再到县城售卖为生。据俞长花所述，7月14'
     '日，东明综合行政执法局在没收她的西瓜和三轮车时，按道理来说需要给她开具物品清单，还会告知她在哪里处理'
     '，上面会显示地址和电话。“但当时他们给了我一个空白文件让我签字，我不知道我要面临什么样的处罚就没有签'
     '字，瓜给我拉走时也没说扣了我们多少东西。”俞长花说。“他们没有给我任何单子和凭证，我也不知道去哪里找'
     '他们说这个事情。”俞长花自称，之前三轮车和瓜也被执法人员扣过一次，后来也杳无音讯。俞长花表示，综合行'
     '政执法局方面一直没有还给她，于是她在8月份将该部门告上了法庭。东明县人民法院于2023年10月7日下'
     '达受理案件通知书。10月30日，东明县人民法院给俞长花送来了开庭传票，案由是“扣押财物”。该案已于1'
     '1月23日开庭。在该案件开庭后三天，俞长花还遭到了不明人员的殴打。最终，殴打她的俞某胜被警方拘留。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://xiexiebang.com/a10/2019051421/6f8e8af6a34741b2.html',
     '2003年，长沙市政府先后两次颁发了《关于加强摩托车行驶管理的通告》和《长沙市人民政府关于加强摩托车'
     '行驶管理的通告》，规定在市内的若干道路上“不允许摩托车行驶”（市民称这两份政府文件为“禁摩令”）。2'
     '004年7月12日，长沙市民刘铁山驾驶一辆有合法牌照的摩托车，经长沙市湘江一桥时，被一名交警以违法闯'
     '禁区为由，对其开具了《公安交通管理简易程序处罚决定书》，罚款200元。刘铁山提出异议，未被接受。此后'
     '，刘铁山向长沙市公安局交警支队提出行政复议，并对长沙市“禁摩令”的合法性提出审查申请。2004年7月'
     '29日，在接到“维持对申请人的具体行政行为”的行政复议决定后，刘铁山向岳麓区人民法院提起了行政诉讼，'
     '法院受理此案。2004年10月20日，长沙市岳麓区人民法院开庭审理了这一案件，并于12月14日作出了'
     '一审宣判，认定岳麓区交警大队对刘铁山驾驶摩托车进入禁区执行的处罚程序合法，结果并无不当。原告刘铁山一'
     '审败诉后，向长沙市中级人民法院提起上诉。2005年2月1日二审在长沙市中级人民法院开庭审理。3月29'
     '日，刘铁山收到二审维持原判的判决。本案中交警对刘铁山的处罚是否合法？长沙市政府颁布的“禁摩令”是否符'
     '合依法行政原则的要求？本案的焦点在于如何看待“禁摩令”的合法性。这一争议焦点所涉及的法理问题是行政行'
     '为应具备什么样的标准才符合依法行政的原则，依法行政所依之“法”需具备什么标准。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://xwzx.qqzyw.com/show-125492.html',
     '2017年3月7日22时50分左右，在山西省道213线3KM+900M处，魏小文（贾智敏雇佣的司机）'
     '驾驶晋H50318重型车与晋H0397小车相撞，导致小车司机赵文海死亡。事故发生后，代县公安局交警大'
     '队事故科立即到达现场处置，事故科叫来苏鹏汽车修理厂拖车公司将两辆事故车拖走，存放在泰宇交通事故车停车'
     '场。事故因涉及到死亡赔偿，所以在走完所有司法程序后，已经是2017年8月中旬。车主贾智敏因负事故次要'
     '责任，最终赔偿对方273216元，于8月14日在代县交警队拿到放车单。8月18日，车主贾智敏和司机魏'
     '小文来到停车场提车，高昂的拖车费让他俩目瞪口呆；他们做梦也没有想到，在当初事故发生现场到泰宇交通事故'
     '车停车场这段30多公里的距离内，拖车费竟要12000元，这让他们倒吸了一口凉气。车主贾智敏为记者提供'
     '了几段停车场取车时的视频与录音，对话的内容让我们终于明白了其中的猫腻。贾智敏：你们老板这么厉害，敢要'
     '这么多的拖车费？门房贾师傅：那肯定是，你们可以到代县城打听一下我们苏老板的大名，没有摆不平的事情，和'
     '交警队领导那是数一数二的关系。要那么多？又不是我们老板一个人花，众人分呢、、、、、、言外之意，拖车公'
     '司不过只是马前卒，同吃车主这块“唐僧肉”的背后另有其人。我们不禁要问，代县出现“天价拖车费”，到底谁'
     '是背后的幕僚和真正受益者？',
     'out', '个人利益诉求', True, [],
     []),
    # 17
    ('http://220.181.111.191/p/6843954085',
     '本人从二零二零年初一开始摆摊一直到现在，大年初一初二我都在干，之后因疫情不得不呆在家里。熬人啊，毕竟'
     '这是自己不大不小刚刚起步的事业。三月中旬开始出门摆摊，但不管在哪个小区；哪条路；或者哪块路牙子都会遇'
     '到城管和防疫人员的过问。不过咱理解，毕竟非常时期，谨慎也是对的！四月份稍见起色，但是不是我在别处摆摊'
     '，是自己在自己小区开始摆摊，人们憋家里太久了，有摊位在小区也刚好方便大家。这期间我也听从防疫员的建议'
     '尽力维护摊子，杜绝隐患。五月份小区可以来往出入，可是，我出去无论是路边还是小区门口，城管还是不允许摆'
     '摊？经过六月又进入七月，我寻思我们这些小贩的春天总算在夏天的时候到来了？可是没想到出去摆摊还是会撵？'
     '只不过有的面目和善；有的面目可憎，我也提出过我的困惑：“现在鼓励地摊经济，你们为什么还要撵？”这个问'
     '题大体上我给不同城管说了十几次，可回应各不相同，有默不作声的；有说没接到通知的；有的说你就是经营也不'
     '能在这，你去海山公园去？我就请问了，海山公园大几百平米拥挤下几十个摊位，除了那，鹿泉城里还有一个地方'
     '是你们认可的地摊经营场所吗？结果人家就说了，哪哪哪那条巷子；哪哪哪那条斜街；还有哪哪哪那个大道。这些'
     '地方我知道没啥生意。只是平时被撵来撵去不得不临时栖身赚一个算一个赚不到就拉倒的地方。其实我很理解各位'
     '的工作，上支下派不得不。谁没吃过摊位上的东西？谁不知道这个小买卖是经营者赖以糊口的？谁不知道风吹日晒'
     '早出晚归的人很辛苦？可站位不同角度不同，注定成为对立面……昨晚八点半，某小区大门口看见三四个城管正在'
     '撵小贩。今早七点三分我在一座桥上，巧了，城管一男一女也正撵呢！',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.yueyang.gov.cn/webapp/yueyang/email/viewPublic.jsp?id=141139&cxm=',
     '尊敬的爱武市长：您好，我是岳阳市岳阳楼区三眼桥南湖桥小区的一名市民。我们小区属于老旧小区，小区内道路'
     '狭窄，旧楼密集，停车位十分紧张，完全不能满足小区业主的停车需求。去年10月份以前，岳阳市公安局所属某'
     '支队（与我小区一墙之隔）的露天停车位是对市民开放的，车位约50个，在我们小区车位严重不足的情况下，大'
     '大缓解了我们小区停车位紧张的问题。谁知，好景不长。自去年10月份以来，岳阳市公安局所属某支队的50个'
     '停车位全部安装了车辆放行栏杆，所有社会车辆一律不能停在里面。这对我们小区业主犹如晴天霹雳！每天下班回'
     '家，小区里的业主为了找车位，开着车到处转。因为找不到车位，有时候霸蛮将车强塞在小区内，堵住了其他车辆'
     '，造成了车辆刮擦，经常引发业主之间的矛盾。有的业主冒险将车停在小区外面的路边或者马路对面景湖湾小区临'
     '街门面的空地，但经常被抄牌、被开罚单，叫苦不迭，感觉我们的小区是被遗忘的小区，感觉我们的车被堵得无路'
     '可走。更令人气愤和充满嘲讽的是，和我们小区一墙之隔的岳阳市公安局某支队的停车场，却永远都是空空如也！'
     '（有大量照片为证）。看着空旷无车却壁垒森严的市公安局停车场，再看看我们小区无处停车的困境。我只能苦笑'
     '一声！政府的公共资源难道是这样用来浪费的吗？在岳阳市委市政府坚决整治交通拥堵、扩大停车位的英明政策下'
     '，岳阳市公安局此举难道不是逆势而为么？',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.fk.gov.cn/appeal/view.jsp?model_id=16&sq_id=27471',
     '公园六号小区周边商业繁华，餐饮业众多。一到晚上小区里面和门口车停放满满当当，车位供不应求。西门个别商'
     '家私自占用公共车位，摆放锥桶，石墩。希望有关部门能出面管一下。另外建议一下门口地下市场（无营业的那块'
     '）改造成收费停车场，以便周边住户和消费者停放车辆。望回复！市民同志：您好！感谢您关注“市长信箱”栏目'
     '。针对反映人反映的“要求解决公园六号西门停车难的问题”已收悉，现答复如下：经核实：反映人反映情况不属'
     '实。针对反映人反映的关于公园六号小区西门停车难问题，龙祥社区第一时间安排专人前往现场核查情况，经核查'
     '公园六号小区西门往南有商户9家，往北共有商户8家，在小区西门左右侧的步行道旁划有停车位，大约可以停4'
     '0辆车；在小区西门北侧有一免费停车场大约可以停60辆车，该停车场距离小区西门有200米，在小区西门南'
     '侧有一免费停车场，大约有160个停车位，在公园六号小区23号楼东侧有免费停车场和地下收费停车场可供居'
     '民停车。针对公园六号小区西门的个别商户摆放锥筒的问题，龙祥社区干部实地前往商户区了解情况，因商户门前'
     '并没有划停车位，且部分商户夜间也要营业，车辆停在门前会遮挡商户大门，影响生意，所以有个别商户放置锥筒'
     '。办理情况：针对反映人提出将城中集贸市场闲置的摊位改成停车场的建议，龙祥社区和城中集贸市场负责人进行'
     '沟通。经了解，城中集贸市场的摊位均属于个人所有，涉及人员较多，如要改建停车场，需要所有摊位拥有者同意'
     '，该市场无权力处置。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.lnzwny.com/2013-04/03/content_11039164.htm',
     '在街頭剛停好電動車，接著一個挎著布包的人就會走過來，伸手要一元錢的停車費。這樣的場景對于福州的電動車'
     '一族來說，早已見怪不怪。可也有很少人意識到，自己說不定就交出了“冤枉錢”。2日上午，在鼓樓區古田路福'
     '州市醫療保險管理中心門口，辦事的市民絡繹不絕，不少人是騎電動車前來。一名中年婦女每天在此“上班”。當'
     '有電動車過來時，這位婦女就會熱情地引導停車，并向車主收取一元停車費。記者現場統計發現，在這個停車點，'
     '平均每分鐘停3輛左右的電動車。依此估算，這個停車點年收入約30萬元。當記者向收費人員質疑收費點的合法'
     '性時，這位收費員表示，收費絕對合法，而且自己每個月都要向水部街道派出所交錢。在記者的追問下，她又改口'
     '稱向城管中隊交錢。可是，記者向鼓樓區水部街道城管執法中隊咨詢發現，這個停車點卻是個徹頭徹尾的非法停車'
     '點。“去年11月26日起，古田路就取消了所有機動車和非機動車停車泊位。這條路上所有收費停車點都是非法'
     '的。可以肯定地說，這是個非法停車收費點。”水部街道城管執法中隊一工作人員告訴記者說。這位工作人員同時'
     '表示，合法的兩車停車收費點都是由城管部門根據實際情況劃定，并向社會招投標。這些收費停車點都會在醒目的'
     '位置設置由物價部門制定的收費牌，牌子上寫著收費標準和投訴電話等關鍵內容。但是，這位城管隊員又聲稱，古'
     '田路取消停車點后，中隊就沒有劃定停車區域的權力。因此，對于非法收費行為，他們也沒有處罰的權力。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://lynxartech.com/03/64/',
     '今年5月起施行的《济南市机动车停车收费管理办法》提出，要按区域类别实行差别停车收费。据了解，年内，路'
     '内停车将全部实现收费。省城越来越多的路边出现划定的停车位，并向车主收费。道路是公共资源，停车收费到底'
     '该由谁来收？需不需要向公众听证？收来的钱流向哪里？10月16日下午，在济南华信路北口，“停车入位，计'
     '时收费”的标识牌矗立街角。副道上都划了停车位，标着编号。不少身穿蓝色工作服的人员在车位边徘徊，看到有'
     '人停车便上前收费。在此停车的市民王先生说，也不知道是什么单位的人在收费，每次交了钱，心里都很纳闷。附'
     '近华信花园小区的一位居民告诉记者，华信路旁的停车位是两三个月前就划好的，“当时车主们都挺高兴，觉得相'
     '关部门干了件实事儿，谁知道现在突然冒出这么多收费员。”这位居民透露，此前，这里并没有划停车位，划好之'
     '后也一度没人收费。从10月开始，有人在这里引导停车并收费。一名收费员称，他们是经过东风街道办事处和历'
     '城区交警大队统一培训后上岗的，并展示了胸前的工作证。另一名收费员说，早上7点到下午5点收费，每小时2'
     '元。“如果长期停还可以办月票，有优惠。”两元的小额通用定额发票，盖的是历城区东风飞翔劳务服务中心的发'
     '票专用章。记者拨通该服务中心张姓负责人的电话，他介绍，月票一张200元，车能一直停。“办月票就有优先'
     '停车权，我们会让管理员给你找位置，肯定有地方停。”',
     'out', '其他', False, [],
     []),
    # 22
    ('http://ncdzx.com/xwzx/dl/shh/201708/t20170828_11835956.htm',
     '近日，交通部、中宣部等10部門聯合發布了《關于鼓勵和規范互聯網租賃自行車發展的指導意見》，要求推進租'
     '賃自行車停車點位設置和建設，同時引導有序投放車輛。各省市也因地制宜陸續出臺有關共享單車管理的實施細則'
     '。例如，繼上海之后深圳也暫停新增投放共享單車；鄭州交警建共享單車“黑名單”違法者將被禁騎；天津要求每'
     '1萬輛共享單車配備不低于50名服務人員等。上海市普陀區真如鎮街道在近日發布的《真如鎮街道共享單車行業'
     '自律管理細則（試行）》規定，共享單車運營單位應定期上報提供真如轄區內單車投放運營數量、車輛使用情況運'
     '營調度情況、運維人員安排情況等信息。共享單車新增投放前，須提前向街道報備。廣州市日前成立了“共享單車'
     '專委會”，對如何更好地發揮專委會的作用提出要求，包括要建立行業規則，避免無序競爭，近期要暫停新車投放'
     '。深圳在其4月份發布的《關于鼓勵規范互聯網自行車發展的若干意見》中明確要求共享單車投放規模要與全市或'
     '者區域設施承載能力、市民出行需求以及企業線上線下管理水平相適應。日前，深圳市交委通報深圳共享單車規范'
     '管理整治行動工作安排，宣布暫停在深圳城市公共空間新增投放共享單車，8月30日前各企業統一配備衛星定位'
     '智能鎖，8月30日前向社會公開資金監管情況，對于用戶違規停放的須于30分鐘內完成處置，否則收車處理。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH149, "fresh149")
