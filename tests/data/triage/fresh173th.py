"""Sealed batch fresh175: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh173th.py; the batch and its row ids are "fresh175".)

Theme: bans enforced on residents (烟花爆竹禁放, 养犬管理 and 打狗队, 禁摩 and seized vehicles,
禁渔 and 禁牧) and the officers, auxiliaries and cadres who enforce them at will: a 村长 whose men
beat a motorcyclist over his dog, a township's dog-killing squad, a 村民小组 clubbing free-range
poultry, a town's order to sell all goats, police said to resell seized tricycles, seized goods
sold to a scrap dealer, 治安员 releasing a seized motorbike for 500元, a 城管队长's beating,
渔政 staff letting boats out in the 伏季休渔 against fines, a 交巡警 fine taken without a receipt,
a 副镇长's report against a farmer suing over a demolished shed, 辅警 squeezing a lorry escort;
out items are residents' own dog quarrels and fights before police and courts, fishermen
sentenced for fishing in the 禁渔期, a question on getting a towed e-bike back, a complaint on
a neighbour village's sheep, a herder's protest at a 禁牧 seizure, a village's punishment of a
family for firecrackers, a first 禁放 fine and a city's dog-control figures. Sources
(stored-pages search): a shicijianshang page on the 汕头 村长 林某鹏; a TVBS report on the 新化
维山乡 dog killing (traditional); a zunnve copy of 喬志峰's commentary on 瀾滄 酒房村 and 東源
錫場鎮 (traditional); an anquan.party copy of the 中国青年报 report on the 蒲县 "卖羊令"; an 東方日報
brief on 樂清 (traditional); a 中国经济网 copy of the 红网 comment on 宝华里; a 报告速 copy of the
东莞 寮步 治安员 report; a 中国经济网 copy of the 中新网 report on 原平 敬国华; a fx361 copy of the
《方圆》 feature on the 射阳 渔政 case; a gyf78 copy of the report on the 通許 交巡警 (traditional);
a page on the 襄城 蔡冯村 rabbit shed; a ttnews copy on the 神木 西沟 checkpoint; out: a
techroomage copy of the 南方周末 report on the 长治 申紅良 trial (traditional), a 宠物中国 copy
of the 连江 东湖村 fight, a 青岛新闻网 copy of the 余杭 dog-walking assault, a diaochadi copy of
the 港閘 court report (traditional), a 百度知道 question, a 济南 12345 call and reply, a 华商报
report (05273 copy) on 靖边 龙洲镇, a ttnews copy of the 南安 東田鎮 notice (traditional), a 肥东
report on 包公镇 and a 中国日报网 copy of the 大河网 report on 洛阳. Seven texts are in traditional
script (items 2, 3, 5, 10, 13, 16, 20; the glossing pinyin of the converted copy removed in 10).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, "更多新聞" links, source lines, repeated title lines and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers; the stray space after "村規民約》," removed (020). Page oddities kept:
"栓绳" and "村长什么官吗" (001), "系“防疫需要”" (003), "岔口物品" and "铁硼" (006), "摩拖车" and
"花了500元将才将" (007), the lead of 009 ending "再出海作业”" without a stop before the next
paragraph, the simplified "并", "后" and "最后" in the traditional 010, "途径" for 途经 (012),
"隨后" and "3000余元" (016), "以起到" (018), "違反違反了" (020), the inline citations
"（2月10日《新京报》）" (006) and "（新京報、澎湃新聞等）" (003).
scope "in" for alleged misconduct of a party member or public official (village cadres and hired
auxiliary staff doing official work included, as in fresh100th.py), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons
and officials who only handled, investigated, announced or answered are not accused; an organ or
an unnamed group accused as a whole gives no entry; an unnamed accused official is (None,
position, unit), one entry for a pair or a counted group of unnamed auxiliaries (as fresh100th.py's
协警). Names, positions (as first written with the name) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md; beating or
bullying residents and arbitrary orders on their livelihood are 群众纪律 (with 滥用职权 where power
is used), money taken in enforcement 廉洁纪律 or 贪污贿赂 (bribes, extortion). Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (004, 011).
Out types: 涉法涉诉 4 (013-016), 个人利益诉求 2 (017, 018), 其他 4 (019-022). 15 accused entries,
all in items 1-12: 9 with a full name (敬国华, 贾廷才, 崇志美, 袁永红, 馬東偉, 耿利明, 郝世鑫,
張肖志, 厲留鵬), 2 masked (林某鹏, 胡某某), 4 post only. Items 002-006 are in scope with no accused
entry (only organs and unnamed groups accused). Out items have no accused entry.

Close calls:
 1  A re-told news page; the title and the twice repeated caption "村民撞村长狗被殴打视频,撞村长
    家的狗" cut; ends before the commentary on the 治安队. ('林某鹏', '村长', None): no village is
    named. The man in the black T恤 and the 保安 are unnamed; the 治保主任 appears only in a
    netizen's quote (no entry; hard). 群众纪律 and 滥用职权 (the village's 治安人员 used for a
    private grudge).
 2  Traditional; the photo line and two "更多新聞" links cut; ends before the truncated "同意書"
    sentence. The killing squad is "當地政府特意安排": an organ and an unnamed group, no entry;
    the 派出所 worker and the government that explains only answer; 李男 is the victim. In (hard:
    could be read as out 其他, a rabies campaign); 群众纪律 and 滥用职权.
 3  Traditional commentary: header, title, byline, the summary ("簡介"), the two sub-headings
    and the photo caption cut; ends before the truncated "鬧得雞…" sentence. The 村民小組 that
    clubbed the poultry, the 錫場鎮 打狗隊 and the 東源縣 notice are organs or unnamed groups: no
    entry; the 酒井鄉人民政府 only reports. 群众纪律 and 形式主义官僚主义 ("迎接領導檢查").
 4  Mixed: 陈齐's own wish to keep his dairy goats (个人利益诉求) beside the town's "卖羊令" pressed
    by the 村主任 and 护林员; in. Title, the "分享到" and picture lines and the quoted sub-heading
    cut; ends before his life in the hills. The 镇 is an organ; the 村主任 and 护林员 only pass on
    its order (no entry; hard: could be (None, '村主任', None)). 群众纪律 (IS.MAS.07).
 5  Traditional, short; the headline "違法三輪車 浙警疑私賣" and "（綜合報道）" cut. "警方" is an
    organ: no entry. 廉洁纪律 and 滥用职权 (seized tricycles resold for 七千元).
 6  Commentary; title and date line cut; ends before the "何为联合执法" paragraph. The "街道联合
    执法人员" and the "临时工" are unnamed: no entry; 李志捷 is the trader. 工作纪律 and 群众纪律.
 7  Headline, date line and the two sub-headings cut; ends before the truncated "补开一下罚…"
    sentence. One entry for the pair of 治安员 who took the bike: (None, '治安员', '寮步西溪警务室'),
    the unit of the one recognised on duty. The "熟人" who took the 500元 is private. 贪污贿赂 and
    群众纪律 (hard: the text only implies that the money reached the 治安员).
 8  Title and source line cut. ('敬国华', '城管队长', '南城区') from "南城区城管队长敬国华";
    ('贾廷才', '纪检组长', '住建局') from "住建局分管领导(纪检组长贾廷才)", held to account; the
    "新闻办主任" who obstructed the reporters: (None, '新闻办主任', None). The other 城管队员 are
    an unnamed group. 群众纪律, 滥用职权 and 工作纪律.
 9  Header, byline, keywords, the "【√】" mark of the lead and the sub-heading cut; ends before
    the truncated "还有渔船出海…" sentence. ('崇志美', '渔政部门工作人员', None) and ('袁永红',
    None, None): no post is written for him in the excerpt (hard). The "渔政执法人员" of the report
    letter are unnamed. 贪污贿赂, 滥用职权 and 工作纪律.
10  Traditional; the glossing pinyin ("開(kāi)") removed; ends before the truncated 大隊長
    sentence. The unnamed 民警 who took 200元 and 2盒煙: (None, '民警', '交巡警大隊') as written
    ("該縣交巡警大隊民警"); 馬東偉 '中隊長' of '交巡警大隊一中隊'; the four dismissed 協警 named
    ('協警', '交巡警大隊'; hard: the text does not say what each did). 高某 reports. 廉洁纪律, 群众纪律
    and 工作纪律.
11  Mixed: the family's 行政诉讼 over the 强拆 (涉法涉诉, near 征地拆迁) beside the 副镇长's report
    that put the father in custody; in. ('胡某某', '副镇长', '山头店镇') from "时任山头店镇副镇长
    胡某某" ("时任" is not "原"). The 镇政府 is an organ; the 武装部长 and others only negotiated.
    滥用职权 and 群众纪律.
12  The writer's opening paragraph on police sacrifice, the repeated title lines and the "货车押运员
    马某生实名举报。" head cut; ends before the truncated quote. One entry for the "四名辅警":
    (None, '辅警', '陕西神木西沟公安检查站') (hard: a counted unnamed group). 马某生 reports; the
    纪委 only answers. 贪污贿赂, 群众纪律 and 滥用职权.
13  涉法涉诉, traditional: a homicide trial after a dog bite; the caption and title cut, ends
    before 申宇浩's account. 申紅良, 郭某剛 and the families are private.
14  涉法涉诉: neighbours' fight over a dog in police hands; the two sub-headings cut; ends before
    the reporter's visit. Could be read as 其他.
15  涉法涉诉: a dog owner's assault, 刑事拘留; the byline cut. The police only act.
16  涉法涉诉, traditional: fishermen sentenced for electric fishing in the 禁渔期; the city's
    enforcement figures after it cut.
17  个人利益诉求: a 百度知道 question on getting a towed e-bike back, with two answers (the middle
    answer quoting the 条例 cut; ends before the truncated last answer). Could be read as 其他
    (an enquiry).
18  个人利益诉求: a 12345 call on a neighbour village's sheep eating the wheat and the reply; the
    herders are private, the 镇政府 only answers. Could be read as 其他.
19  其他: a herder's protest at a 禁牧 seizure; the byline "华商报榆林讯(记者 赵国强)" cut; ends
    before the town's truncated promises. No misconduct alleged (the town explains, no fine).
20  其他, traditional: a town's notice that the 桃園村委會 made a family pay for a film and make
    a public self-criticism for two strings of firecrackers; title, caption, repeated title and
    the "相關新聞" part cut. Hard: the punishment could be read as an arbitrary act of a village
    committee (in), but the text is the town's own approving notice and accuses no one.
21  其他: a township's first 禁放 fine on a resident; the byline and "新闻推荐" lines cut.
22  其他: a city's dog-control figures and hurt officers; the page header, title, caption and the
    "现场一" heads cut; ends before the site's "精彩热图" lines. 杨卫军 only explains.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH175: list[Item] = [
    # 01
    ('http://www.shicijianshang.com/c/9Ngj9gZoRiY8QwaR86208pqWU1VXHGPs.html',
     '2023年5月2日，广东汕头发生了一起令人震惊的事件。一名摩托车驾驶员不幸撞上了一只村长家的狗，而这'
     '只狗却并没有栓绳乱跑到马路上，导致了这次事故。据现场监控视频显示，男子在驾车时，突然冲出来两条狗，他'
     '来不及躲避就撞上了其中一条白色狗，接着又有三条黑色狗跑了出来。白狗被撞后，打了几个滚并逃离了现场。随'
     '后的画面让人们目瞪口呆。原来，当天村长林某鹏为了讨个说法，叫来了多名身穿警服的治安人员，并带着那只被'
     '撞伤的狗，前往涉事男子住所寻找“公道”。只见一名身穿黑T恤的人走上前打了男子多个耳光，接着四名保安上'
     '前将他按在地上连续殴打。据水母网公开发表的一段视频显示，除了殴打这名男子之外，这些保安还逼迫他下跪道'
     '歉。当地媒体报道及现场监控视频通过网络广泛传播，引起了公众的热议和愤怒。网友们声讨：“太嚣张！村长都'
     '这么霸道？治保主任还帮忙，简直就是黑社会！”“这个村长，简直就是一名霸主！”“汕头这么多恶霸啊，可怕'
     '！”不仅如此，也有人在问责：“村长什么官吗，竟然这么有权力？他养狗合法吗？这只狗没有拴绳乱跑乱过马路'
     '，这太离谱了！”',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('林某鹏', '村长', None)]),
    # 02
    ('https://news.tvbs.com.tw/amp/china/2205858',
     '「只要沒關起來的，不管是家養的狗、還是流浪狗，都被打死了…」中國大陸日前發生一起恐怖事件，當地一處村'
     '落幾乎所有的狗狗都被不明人士殺害，後車廂更形成「狗狗亂葬崗」，牠們有些奄奄一息、微弱喘息著，有些血流'
     '不止、全身傷慘死。針對此大規模殺狗行為，幕後操控者隨後被挖出，為當地政府特意安排的捕殺組織，事後還大'
     '肆宣揚，都是為了村民們好！根據陸媒《頭條新聞》報導，這起大規模殺狗事件於本月9日發生在湖南省婁底市新'
     '化縣維山鄉，當地村民李姓男子回憶，他看見一群身穿迷彩服的不明人士手持長棍潛入村莊，接著合力捕殺出現在'
     '眼前的每一隻狗狗，村莊頓時嚎叫聲四起，場面相當恐怖。李男悲痛的說，自己飼養多年的寵物犬也被打死了，儘'
     '管狗狗戴有項圈，確認不是流浪狗，那群不明人士也絲毫不猶豫的下手。報導中提到，李男嚇得隔日前往派出所報'
     '案，但卻被拒絕，只見派出所工作人員告知，殺狗組織為當地政府人員；而他也猛然想起，事發前曾聽聞「打狗消'
     '息」，沒想到養了8年、從未咬過人的寵物犬也無辜喪命，「現在還能怎麼辦呢？我也拿他們沒辦法」。值得關注'
     '的是，當地政府後來出面說明，證實確實有收到關於殺狗文件通知，至於具體捕殺方式、執行時間點等，則仍需要'
     '進一步了解，另外殺狗行動並不會無故進行，而是狂犬病氾濫、威脅村民安危。',
     'in', None, False, ['群众纪律', '滥用职权'],
     []),
    # 03
    ('http://zunnve.com/humanity/62684.html',
     '4月26日，雲南普洱瀾滄縣酒井鄉酒房村，因違反“家禽圈養”村規，村民家禽被村民小組持棒打死的影片在網'
     '路流傳。有網友稱，這是為了迎接領導檢查打死村民放養家禽。4月29日，瀾滄縣酒井鄉人民政府通報，影片中'
     '內容為3月11日當地村民小組集中整治環境衛生，該村環境整治方案要求所有雞、豬、牛、羊等都要圈養。通報'
     '稱，打死放養家禽是為了起到警示教育作用，但方法方式欠妥。已對該小組批評教育。（新京報、澎湃新聞等）網'
     '傳影片中，幾條大漢一手執棍、一手拎雞，一搖三晃、招搖過市，那畫面太美，簡直不忍直視，幾欲讓人想起老電'
     '影裡“XX進村”的經典場景。類似的畫面，大夥兒都不是第一次看到。就在上個月，據媒體報道，廣東一鄉鎮就'
     '成立了打狗抓雞隊，官方稱系“防疫需要”。詳細情況是：3月5日，廣東省東源縣釋出家畜家禽圈養管理通告，'
     '要求對轄區內禽畜實行圈養，禁止隨意放養，同時還將組織巡查隊，對放養的禽畜進行捕殺。一份內部下發的通知'
     '顯示，該縣下轄的錫場鎮還成立了打狗隊抓雞隊。錫場鎮政府工作人員介紹，這樣做是防疫需要，同時也能改善人'
     '居環境，目前打狗隊抓雞隊的名稱已經調整，改叫圈養工作領導小組。“打狗抓雞”，還成立了專門的領導小組，'
     '組織專門人員赤膊上陣。',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     []),
    # 04
    ('http://anquan.party/archiver/tid-74179.html',
     '7月11日，农民陈齐（化名）决定“豁出去了”，他要赶着羊，逃出蒲县。陈齐是山西省临汾市蒲县黑龙关镇的'
     '村民。5年前，他因为腰伤严重不再外出打工，开始在村里靠养奶羊过活。经过5年的苦心经营，奶羊的数量从最'
     '初的30多只发展至如今的150多只，陈齐心里高兴，觉得日子有了盼头。然而，今年6月，村主任的一个来电'
     '，几乎碾碎了他想靠养羊致富的念头，陈齐整个人都变得惶恐起来。“镇上要封山禁牧，限我10天内必须把羊卖'
     '掉，否则就要罚款。”陈齐说，突如其来的“卖羊令”，令他无法接受，“封山禁牧查的是山羊，我养的是奶羊，'
     '都是在荒地、河滩里放，又不进林子，为啥也要卖？”陈齐告诉记者，虽然奶山羊是山羊的一种，但一上山就自己'
     '往下走，主要吃草籽。然而，村主任、护林员还是一次次催他卖羊。没过几天，他被告知，查羊的人已经到了镇上'
     '，“你想办法吧”。“我除了养羊干不了别的。”在陈齐眼里，这些羊就是他的命。再三思量后，他回家打好了铺'
     '盖卷，带着老伴儿、儿子，赶着羊，躲进了蒲县周边的山里。',
     'in', None, True, ['群众纪律'],
     []),
    # 05
    ('https://orientaldaily.on.cc/cnt/china_world/20150112/00178_027.html',
     '浙江溫州樂清市早前有市民向當地媒體爆料，指警方將部分得來的非法營運電動三輪車，以每輛約七千元人民幣出'
     '售，繼續從事非法營運，如今至少出售六十多輛。對此，當地警方表示已介入調查，稱沒收的車輛都會送到兩個指'
     '定的停車場，若車輛達到一定數量便會由回收公司進行切割回收，現場均有人監管。',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     []),
    # 06
    ('http://views.ce.cn/view/ent/201502/11/t20150211_4568526.shtml',
     '“我承认是非法经营，但被执法人员查扣的物品，他们也不能私下就卖给废品站啊！”说起自家烤羊排店价值数万'
     '元的东西被查扣后的遭遇，李志捷就来气。他气的不是物品被查扣，而是街道联合执法人员将部分岔口物品以80'
     '0元价格卖给了废品站，而他不得不花900元又买回来。（2月10日《新京报》）见多了城管暴力执法以及摊'
     '主耍横殴打城管的新闻，这次执法应该可以当作教科书式的执法。执法人员先发通知单，执法过程文明有理，摊主'
     '不吵不闹，配合执法，俨然一幅和谐共处的画面。可是，笔者猜到了开头，却没有猜到结尾，查扣物品被卖，这难'
     '道又是“临时工”干的？街道办事处工作人员查处无证无照经营是宝华里地区综合整治的一部分，商户在公共地方'
     '违规搭建一个棚子从事经营活动，属于无证无照经营，应该依法取缔。这次行动由街道办事处、城管、工商和卫生'
     '等部门联合执法行动，将商户李志捷违规搭建的铁硼拆除，并将堆积在空地的杂物进行清理。这话说得有条有理，'
     '合法合规，但他们居然对于查扣物品需出具决定书和清单的规定不了解。这在执法过程中不就是违规执法吗？不就'
     '是变相的野蛮执法吗？',
     'in', None, False, ['工作纪律', '群众纪律'],
     []),
    # 07
    ('http://guangzhou.baogaosu.com/xinwen/%E6%B2%BB%E5%AE%89%E5%91%98%E8%A2%AB%E6%8C%87%E6%94%B6/35102899',
     '被疑非法拉客，摩托车被治安员查扣，尽管摩托车已经回来了，但家住寮步的张先生依然很不爽。据张先生指称，'
     '被扣车后他曾找人“活动”，最终花了500元将才将摩托“赎回”。他质疑道，治安员无权查车，而且扣车之后'
     '，又没有任何扣押单以及罚款单据。家住寮步凫溪的张先生说，自己不是靠摩拖车搭客的摩的司机，骑摩托只为上'
     '下班时代步。据他介绍，7月1日晚7时许，他骑着车来到了西溪福龙综合市场附近买了点生活用品。买完东西刚'
     '上车，还没等发动，车钥匙就被人拔了。张先生说，拔他车钥匙的两人身穿治安员队服，一老一少。“他们什么话'
     '也没说，直接就拔走我的钥匙。”张先生说，两人推着摩托车往警务室的方向走去，张先生便跟着同去。张先生说'
     '，事后才有人告诉他是治安员查车。半路上，张先生遇到一位熟人，熟人问他去哪儿了，张先生便将事情和盘托出'
     '。“那人说他可以找人把车要回来，但必须出钱。”张先生说，他当时便把身上仅有的500元给了对方。“那人'
     '打了一通电话”，张先生说被人领到寮步派出所西溪警务区。“果然，我只是在门口等了十来分钟，我的摩托车就'
     '被推出了。”张先生说，他去拿车时他摩托车的车钥匙上还贴有查扣的编号。回到家里后，张先生越想越不对劲，'
     '感觉自己上当受骗了。他说，首先治安员没有权力查车，其次查车后为什么任何票据都不提供，“扣车后，交钱却'
     '能很快赎回。”于是，他选择向媒体爆料。前日下午，记者随张先生一起来到了寮步西溪警务室。刚一进大厅，张'
     '先生就认出其中一名值班的治安员就是当晚查扣他摩托车的人。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [(None, '治安员', '寮步西溪警务室')]),
    # 08
    ('http://district.ce.cn/newarea/roll/201309/02/t20130902_1345457.shtml',
     '据中共原平市人民政府网站“原平政府网”消息，针对日前原平市城管执法人员在与商户的冲突中动手打人事件，'
     '原平市委、市政府决定，南城区城管队长敬国华停职，等候法纪部门调查处理。参与该事件的其他城管队员停止工'
     '作，等待相关部门调查处理。据媒体报道，原平市南城区城管在京原南路执法过程中动手打人致伤，8月28日采'
     '访时受到新闻办主任阻挠。经查证，京原南路“鑫方盛烟酒店”店外堆放污水桶、拖把、废纸箱等杂物，影响市容'
     '秩序。南城区城管执法人员入户对其劝导，在处理过程中，双方发生肢体冲突，队长敬国华和几名队员违反相关规'
     '定，在冲突中动手打人，事后虽很快将伤者送往医院，并主动垫付了医疗费用，但仍造成了不良影响。根据查证情'
     '况，原平市委、市政府研究决定：南城区城管队长敬国华停职，等候法纪部门调查处理；参与该事件的其他城管队'
     '员停止工作，等待相关部门调查处理；责成住建局分管领导（纪检组长贾廷才）停职检查；市新闻办主任作出深刻'
     '检查；住建局城管执法人员要深刻吸取教训，举一反三，定期组织集中学习，教育整顿、严肃纪律，进一步狠抓城'
     '管队伍建设。',
     'in', None, False, ['群众纪律', '滥用职权', '工作纪律'],
     [('敬国华', '城管队长', '南城区'), ('贾廷才', '纪检组长', '住建局'), (None, '新闻办主任', None)]),
    # 09
    ('https://fx361.cc/page/2012/0429/24222580.shtml',
     '作为渔政部门工作人员，崇志美当然知道“伏季休渔是国策，不能随便变通”，但考虑到局里给中队和他个人下达'
     '的罚款任务还没有完成，他最终同意了“让这些船先把罚款交了，然后再出海作业”江苏省射阳县黄沙港镇东临黄'
     '海，港口条件优越，渔业资源丰富，当地群众大部分以捕鱼为业，是国家级中心渔港所在地。近年来，随着渔业资'
     '源减少，海产品价格攀升，越来越多的外地船老大纷纷组织捕捞船队到黄沙港海区作业。然而，当地一些渔民发现'
     '，即便在国家法定的休渔期，还是会有船老大找上门来雇用他们出海捕捞。随着袁永红被检察机关立案侦查，隐藏'
     '在非法捕捞背后的受贿、滥用职权职务犯罪窝案开始浮出水面……2010年下半年的时候，射阳县检察院就接到'
     '群众举报，称渔政执法人员受贿渎职，在伏季休渔期放纵渔船下海捕鱼。举报信虽然语焉不详，但有无渔民在伏季'
     '休渔期下海捕捞作业却不难查证。侦查人员随即赴黄沙港镇开始秘密初查。经走访了解，当地老百姓似乎没有把伏'
     '季休渔看成是太大的事。一个当地渔民告诉侦查人员，“每年夏天都有船出海，大部分是外地船，船上设备都很先'
     '进”，而且，当地有不少渔民都曾在伏季休渔期被船老大雇用，参加过出海捕捞作业。这样的说法得到了其他几个'
     '渔民的证实。初查的情况印证了举报信的内容，伏季休渔期确实存在渔船出海捕捞的情况！根据国家农业部和省海'
     '洋渔业局的规定，每年6月至10月的这段时间为伏季休渔期，其间应当做到“人上岸、船进港、网进库”，也就'
     '是说，在伏季休渔期是绝对禁止下海捕捞作业的。',
     'in', None, False, ['贪污贿赂', '滥用职权', '工作纪律'],
     [('崇志美', '渔政部门工作人员', None), ('袁永红', None, None)]),
    # 10
    ('http://gyf78.com/news/snxw/201204/t20120411_67634.html',
     '交警罰款不開票，并收取當事人的香煙，開封通許縣交巡警大隊因在行政執法工作中存在嚴重違法問題被處罰，省'
     '公安廳交警總隊決定，暫停通許縣交巡警大隊道路交通安全管理執罰權。2012年2月13日，省交警總隊接到'
     '群眾高某的舉報：開封通許縣公安局交巡警大隊罰款不開票，并且態度惡劣。接到高某舉報后，省交警總隊責成開'
     '封市交警支隊核查處理。經開封市交警支隊調查，查明情況為：2月11日，高某駕駛農用三輪車，走到開封通許'
     '縣西關時，被該縣交巡警大隊民警攔下，處罰的理由是“車后牌不清”。最后，執勤民警收了高某200元錢和2'
     '盒煙后，未開具任何票據讓其離去。事后，高某向通許縣公安局110投訴反映這一情況，交巡警大隊為息事寧人'
     '，將200元現金歸還給高某。開封市交警支隊認定，該民警的行為違反了《人民警察法》第二十二條、《公安機'
     '關人民警察紀律條令》第十六條及《中華人民共和國道路交通安全法》相關規定。針對通許縣交巡警大隊存在的違'
     '法違規問題，省交警總隊決定：暫停通許縣交巡警大隊道路交通安全管理執罰權（目前，通許縣交巡警大隊已停止'
     '交通執罰行為）；通許縣公安局給予交巡警大隊一中隊中隊長馬東偉行政記過處分；交巡警大隊對耿利明、郝世鑫'
     '、張肖志、厲留鵬四名協警予以辭退。',
     'in', None, False, ['廉洁纪律', '群众纪律', '工作纪律'],
     [(None, '民警', '交巡警大隊'), ('馬東偉', '中隊長', '交巡警大隊一中隊'), ('耿利明', '協警', '交巡警大隊'), ('郝世鑫', '協警', '交巡警大隊'), ('張肖志', '協警', '交巡警大隊'), ('厲留鵬', '協警', '交巡警大隊')]),
    # 11
    ('http://hot1.ffsy56.com/newsdetail1876445.html',
     '冯女士的父亲在河南襄城蔡冯村承包了一块地，搭建了一个养兔大棚。2023年，考虑到不便再外出打工，冯父'
     '决定养殖兔子。然而，2024年7月4日，镇政府突然下达限期拆除通知，称养殖大棚属于违法占地、违法建设'
     '，并多次催促拆除。冯父提出需要时间处理兔子以减少损失，但未被同意。迫于无奈，冯家在2024年7月21'
     '日将兔子搬到临时场所。由于天气炎热，兔子脱离恒温环境后大量死亡，短短一周内死了几百只。冯父因此开始维'
     '权。2024年8月6日和7日，山头店镇副镇长、武装部长、镇执法大队工作人员及一名包村干部来到蔡冯村，'
     '就兔子损失问题进行协商。最终，镇政府同意补偿冯家5.5万元，冯父打了收条。2024年8月7日下午，镇'
     '政府派人对大棚进行拆除，冯父试图阻拦未果。2024年9月，冯父向襄城县人民法院提起行政诉讼，指控镇政'
     '府强拆行为违法。然而，到2024年11月，时任山头店镇副镇长胡某某突然向襄城县公安局报案，称补偿款是'
     '冯父威胁索要的个人财物。2024年12月16日，老冯被以涉嫌寻衅滋事罪关押，至今尚未判决。',
     'in', None, True, ['滥用职权', '群众纪律'],
     [('胡某某', '副镇长', '山头店镇')]),
    # 12
    ('https://ttnews.xyz/a/5c56b931dc9b5e7d6f375da9?lang=zh-hans',
     '近日，货车押运员马某生在押车途径陕西神木一公安检查站时，被该站辅警拦停，并以“嫁祸马某生开车”的方式'
     '，涉嫌敲诈马某生2500元，随后将其放行。12月19日，马某生选择网上实名举报，当地纪委介入调查后称'
     '，涉事四名辅警已将2500元退回。“诬陷我开车，要给我的B证降级。”据马某生称，12月14日晚上11'
     '点左右，他作为押运员乘坐在由表哥驾驶的大货车上，当货车途径陕西神木西沟公安检查站卡口时，被该站辅警拦'
     '停。随后，值勤人员收走了表哥的驾驶证，接着又要自己出示身份证，由于身份证没有随身携带，就向辅警提供了'
     '身份证号码。不久以后，辅警告知自己有个B证，接着就“诬陷”自己刚才在开车，并声称要给B证降级。',
     'in', None, False, ['贪污贿赂', '群众纪律', '滥用职权'],
     [(None, '辅警', '陕西神木西沟公安检查站')]),
    # 13
    ('https://techroomage.com/44758',
     '“今天在庭審現場，我看到了申紅良。”2025年11月13日庭審結束後，一名旁聽市民向南方周末記者回憶'
     '，這是他第一次見到該案當事人。他注意到，申紅良體型瘦削，略微佝僂。庭審過程中，申紅良精神狀態平穩，但'
     '普通話不好，在敘述案發經過時表達略顯吃力。當天，一樁“狗咬人”引發的血案，在山西省長治市中級人民法院'
     '一審開庭，申紅良因涉嫌故意傷害罪受審，法院未當庭宣判。2025年1月30日，大年初二，申紅良兒子申宇'
     '浩因被鄰居飼養的狗咬傷，將狗摔死。隨後雙方調解未果，矛盾升級。當晚，鄰居一家進入申家後雙方發生衝突，'
     '狗主人被申紅良刺傷，經搶救無效死亡。鄰里衝突演變成致人死亡的刑案。在關鍵的衝突現場，雙方各執一詞。由'
     '於被害人一方曾強行進入申紅良家，並在混亂中被刺中後死亡，後者辯護律師據此認為是“正當防衛”，為其作無'
     '罪辯護。這起衝突的起點源於一隻拴在路邊的土狗。根據被告人家屬提供的起訴書，2025年1月30日15時'
     '許，申宇浩外出打水時，被被害人郭某剛家拴在路邊的狗咬到，其將狗摔死。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://dog.intopet.com/26878.shtml',
     '20日下午，连江县东湖镇东湖村一村民因扔石头赶走邻居的狗，却遭狗主人殴打致伤，目前仍未脱离生命危险。'
     '目前，连江东湖派出所已介入调查此案。接到村民报料后，记者21日下午3时许赶到连江县医院。躺在病床上的'
     '东湖村村民、现年29岁的林秀珠说，20日下午5时许，她与丈夫郑祖进以及6岁的儿子从家中出来，经过与邻'
     '居相邻的小巷时，邻居郑文建家开的“绅士酒店”冲出一条狗，由于担心儿子的安全，郑祖进捡起一块石头朝狗砸'
     '去。这一幕刚好被郑文建看到，郑文建大怒：“打狗也不看主人！”随后他打了个电话，家住附近的郑文建哥哥郑'
     '文庚、郑文庆分别带着他们的儿子赶到现场，5人头戴安全帽，手持长柄柴刀、镀锌管、铁锹等向郑祖进夫妇扑来'
     '。目击者郑丽凤告诉记者，她当时看到郑文庚等人用镀锌管猛击林秀珠夫妇的头部和腹部，并用脚踢林秀珠的腹部'
     '，林秀珠两人被打晕后，对方仍继续殴打。郑祖进的哥哥郑祖循说，见到这一幕后，他与妻子出来劝架，也被对方'
     '围殴致伤，他的头部缝了10多针，他妻子的肩膀、手臂等处受伤。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://news.qingdaonews.com/shehui/2018-11/07/content_20238575.htm',
     '11月3日晚，杭州余杭区的徐女士带着3岁女儿及6岁儿子散步时，因看到未牵引的宠物犬追逐儿子，徐女士驱'
     '赶宠物犬与犬主发生肢体冲突，导致左手环指骨折。事后徐女士报警。11月6日晚，余杭警方通报称，2018'
     '年11月3日晚，余杭警方接群众报警称：余杭区仓前街道某小区有人打架。接警后，公安机关立即受理调查。经'
     '查，11月3日晚19时20分许，徐某（女，34岁）带着两个孩子（儿子6岁，女儿3岁）在余杭区仓前街道'
     '某小区散步时，遇到金某（男，31岁）和女友谢某某（女，24岁）在小区内遛狗（未拴狗绳）。期间，因金某'
     '小狗追逐徐某孩子，双方发生争执。金某随即将徐某推至轿车引擎盖上进行殴打。被群众劝开后，金某又上前对徐'
     '某进行殴打，并骑在徐某身上用拳头击打徐某，导致徐某受伤。目前，金某因涉嫌寻衅滋事罪，已被余杭警方依法'
     '刑事拘留，案件正在进一步侦办中。对公共场所发生的寻衅滋事违法犯罪行为，公安机关将持续加大打击力度，依'
     '法严惩不贷。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://m.diaochadi.com/html/shipin/shipinzixun/20180426/781505.htm',
     '為一己私利，在禁漁期內大肆非法捕撈，破壞漁業資源。4月23日，記者從港閘區法院獲悉，4名漁民因非法捕'
     '撈水產品罪，分別被判處有期徒刑9個月至拘役兩個月不等的刑罰。2017年3月至4月長江禁漁期間，家住南'
     '通開發區的葛某、程某、張某和施某四人，多次相互配合，使用電瓶、逆變器、電抄網等工具，在通常汽渡、新江'
     '海河、崇明島附近等長江水域進行電捕魚作業，通過出售漁獲牟利3000余元。同年4月28日凌晨2時許，葛'
     '某、程某、張某在實施非法捕撈過程中被公安機關抓獲，當場查獲尚未出售的白鰱等漁獲物245.8公斤及電瓶'
     '等作案工具。隨后，施某也向公安機關投案自首。港閘法院經審理認為，葛某等四人因在長江禁漁期使用禁用的工'
     '具捕撈長江水產品，行為已構成非法捕撈水產品罪。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://wapiknow.baidu.com/question/655629119916795885.html?qbl=relate_question_7',
     '我的电动车被交警给拖走了，该走什么程序才能拿回来？需要携带身份证，还有扣电动车的票据领回电动车。电动'
     '车被交警拖走了，您需要带上购买电动车的发票、电动车合格证以及您的身份证到交警队去办手续赎回，一般还需'
     '要上教育课、站岗，具体根据当地交警队的要求办理。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://12345.e23.cn/html/2012/dhfk_0208/3241.html',
     '高先生来电反映：章丘市普集镇某村，村里有百亩多地的麦子被外村村民养的羊啃食了，导致绝产，对此不满，希'
     '望相关部门查处。章丘市回复：镇政府工作人员已经与当事人见面，并且到现场进行查看，与村干部以起到邻村的'
     '放牧人家中进行说服教育，放牧人表示已经将羊进行圈养，保证今后不会出现类似事件。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://wap.05273.com/daodu/shehui/0122/view_295195.html',
     '男子平躺在地，绳子一头系着自己的脖子，另一头拴在执法车后的防护网上，防护网里关着几只羊。这奇怪的一幕'
     '发生在靖边县龙洲镇。原来当地封山禁牧，有村民违法放牧，眼看羊被执法人员查扣，便做出过激之举。近日，一'
     '段视频在榆林传播，视频中，3名年轻男子各抓着一只羊，一辆车牌照为陕K3D×××的执法车停在一旁，车后'
     '的防护网中关着几只羊，车尾有一男子平躺在地，一条绳索一头套在他的脖子上，另一头系在车的防护网上，车旁'
     '还有一名妇女跪在地上求请。妇女称，草都在山沟里……他们实在没办法才这样，有办法的话就圈养起来喂了……'
     '有网友称起因是村民放牧被发现，眼看羊要被执法人员查扣，就出现了这一幕。随后，靖边县龙洲镇政府经调查证'
     '实，1月13日下午3时许，该镇封山禁牧队工作人员巡查发现，清水河村王庄小组有村民违法放牧，在执法过程'
     '中，村民高某采取过激举动威胁封山禁牧队工作人员。鉴于事发突然，情况紧急，封山禁牧队工作人员始终耐心地'
     '向高某夫妇讲解封山禁牧有关政策，避免事态进一步扩大。同时，立即通知清水河村村主任赶赴现场，再次对高某'
     '夫妇进行教育和劝说，将绳索解开，羊赶回圈中。昨日，龙洲镇政府相关人员介绍，按照相关规定，在禁牧区域内'
     '放牧的，责令放牧者改正，给予警告，并可以按每只（头）十元以上三十元以下处以罚款，鉴于高某家庭贫困，执'
     '法人员只对其进行了警告教育，未进行经济处罚。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://ttnews.xyz/a/5ca9f757dc9b5e75aa9f2045?lang=zh-hant',
     '昨日，南安市東田鎮發佈消息稱：東田桃園一家人因違反違反了南安市森林防火禁火令，被罰出資播放愛國主義題'
     '材電影一場，並在電影播放現場向全村群眾作深刻檢討！4月4日上午，東田鎮桃園村二十三組苦溪寮的劉聰敏一'
     '家在祭祀先祖時，違規帶火種和易燃品上山並燃放爆竹2串。劉聰敏一家的行為，沒有公德心，違反了南安市森林'
     '防火禁火令，違背了社會主義核心價值觀和公序良俗，造成森林火災隱患，影響十分惡劣，嚴重損害東田人民的文'
     '明形象，給東田蒙羞。根據《南安市森林防火戒嚴令》和桃園村《移風易俗村規民約》，桃園村委會對劉聰敏處以'
     '出資播放愛國主義題材電影一場，並責令其在電影播放現場向全村群眾作深刻檢討的處罰。同時，桃園村把此典型'
     '的違法違規行為作為反面教材，用高音喇叭向全村通報併發出警告。希望東田廣大群眾引以為戒，引以為恥，在清'
     '明期間嚴禁帶火種上山，摒棄大鳴大放的陋習，遵守公序良俗，文明祭祀，綠色祭掃，做新時代文明東田人。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://yybnet.net/hefei/feidong/201904/8918197.html',
     '日前，包公镇协同辖区石塘派出所民警查处一起非法燃放烟花爆竹案件，这也是该镇烟花爆竹禁放工作实施以来开'
     '出的首张罚单。当天上午，该镇安监办人员在和辖区小包社区包组干部协同巡查过程中，发现距离镇政府300米'
     '处的一处公墓，有人正在违规顶风燃放烟花爆竹。他们马上与辖区石塘派出所联系，派出所立即组织两名民警赶赴'
     '现场处置。在燃放墓地，石塘派出所民警做好拍照取证，并将当事人该镇小包社区李某传唤至石塘派出所询问。经'
     '查，燃放地点系该镇小包社区公墓李某家墓地旁。当天，李某按照惯例从外地返乡，为早日完成祭祖任务，为图喜'
     '庆热闹，在明知已经全面开展烟花爆竹禁放政策下依然抱着侥幸心理燃放爆竹。在被问询时，李某对自己违规燃放'
     '烟花爆竹的行为供认不讳，并认识到了错误，愿意接受行政经济处罚。依据规定，李某被处以罚款五百元的处罚，'
     '该镇也将以此次处罚为契机，加大烟花爆竹禁放宣传力度，利用流动宣传车，发放《肥东县人民政府关于禁（限）'
     '放烟花爆竹的通知》明白纸，并从源头抓起，动员商户和农户尽快将储藏的烟花爆竹上缴，营造浓厚烟花爆竹禁放'
     '宣传氛围，保持禁放处罚高压态势，确保清明节前后，烟花爆竹禁放取得实效。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://covid-19.chinadaily.com.cn/dfpd/shehui/2013-07/31/content_16856883_2.htm',
     '在启明东路的机车工厂家属院，执法人员发现了一只狗没拴遛狗绳，在院中乱跑。犬主是一位老大爷，当执法人员'
     '准备进行抓捕时，老大爷称自己有心脏病，不让执法人员捕狗。瀍河区派出所治安管理大队三中队队长杨卫军告诉'
     '记者，曾有执法人员捕获犬只后，犬主心脏病突发的事例。因此，对于患有心脏病的犬主，他们有时候也很无奈，'
     '“只能批评教育，让他们给狗打狂犬疫苗，用绳子把狗拴起来”。除了群众对养犬执法的不理解，执法队员还常在'
     '执法中受伤。“在执法过程中，西工车站分局执法队队长的腿被犬主用电动车撞断，执法车辆也被犬主用推土机推'
     '到沟里。”洛阳市养犬办负责人告诉记者。据洛阳市公安部门统计，近年来执法行动中，发生犬主围攻执法队员事'
     '件383起；有157名民警身体被抓伤、警服被撕破；有26名执法队员在执法过程中被犬只咬伤。公安机关对'
     '违法行为处理：刑拘1人，行政拘留10人，罚款150余人。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH175, "fresh175")
