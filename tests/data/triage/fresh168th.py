"""Sealed batch fresh170: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh168th.py; the batch and its row ids are "fresh170".)

Theme: cadres doing business (违规经商办企业, 入股 in mines and firms, 干股, relatives' firms
winning work, 兼职取酬, village cadres' own works and mines): 32 新化 officials with shares in
coal mines, a 发改局 deputy who took over a village mine, a 通报 commentary on a 副区长's wife's
firm and a 副站长's paid side job, a village secretary whose friend built half the village
works, a 广电局 head paid as chairman of a joint firm, a 财政局 clerk running a shop on sick leave,
three cases of 兼职取酬, a 公安分局 deputy whose brother "invested" 500 yuan in a building
project, a 发改委 处长's 干股, villagers' report on a village secretary's quarry, a forum post on
a 国土局 head and three officials mining iron, villagers petitioning against officials' shares in
closed coal mines; out items are investors' lawsuits over mine shares, a family firm's retrial,
mine land claims, a farmer's 农信社 shares, old people's savings in a closed cooperative, a public
servant's own account of a side-job charge he denies, a teaching case and a dividend report.
Sources (stored-pages search): a 青岛新闻网 copy of a report on the 新化 mines; a 浙江在线 copy of
a report on 文津生; a copy of the commentary on the 安徽 通报 (张洪宝, 吴奎); a nanmuxuan copy of the
桐乡 范桥村 case (traditional); a whmsebhyy copy of the 法制日报 report on 徐忠勝 (traditional); a 明報 report on
張嫣嫣 (traditional); an xp518 article on 溫義章, 黃鵬 and 唐思軍 (traditional); a szkaixx copy of the
新华网 report on 东坑 (traditional); a capwhale article on 李镭; an ousaite page on the 东安 村支书
陈某中; a qiyeku copy of the magazine report on the 逊克 post; a beijingspring copy of the 时代周报
report on 横山; out: a 诉箭网 case note on a 浑源 mine partnership, a report on the 吕安奎 retrial,
the 温州 appeal on the 东田矿业 shares, a blog copy of the 保德 同舟煤业 report, a 株洲 网络问政
letter on a mine road, a 搜狐 copy of the 南方农村报 report on 仁化 农信社 shares, a report on the
栖霞 cooperative, the 华商报 interview of 陸步軒 (traditional), a 纪检监察报 teaching case on 干股
held by a proxy and a 四川日报 report on a 冕宁 dividend. Six texts are in traditional script
(items 4-8, 20; the glossing pinyin of the pages' converted copies removed in 5 and 7).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, standfirsts and the truncated last sentences of the stored
copies removed); paragraphs joined; ASCII punctuation written full-width except inside numbers;
stray spaces removed (005, 006, 014). Page oddities kept: "忙荍@生意" (006, a mis-decoded 著 in a
sentence that cannot be cut without losing the 負責人), the placeholders "xx" of the page (011,
its "......" written "……"), the simplified forms in the traditional 005, 007 and 008 ("并", "后",
"范圍", "萬余元", "什么", "哪里", "建筑"), "村裏", "閲", "佔" (004), "衡山县" beside "横山县" and
"资源—水源" (012), "2023年4-5月" (010).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
heads and staff of public bodies and of state or joint state firms count), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons,
firms and their owners, relatives without a post and officials who only handled, investigated,
announced or answered are not accused; an organ or an unnamed group accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name, "原" kept) and units as written (the province and city before a county unit
dropped, as in fresh157th.py); unit None when the text ties the person to no named unit. Topics
only from the twelve names of triage.md; running a business, holding shares, side jobs and
relatives' firms are 廉洁纪律 (IS.INT.05/06), 干股 taken for favours also 贪污贿赂. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (010, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 2 (018, 019), 其他 3
(020-022). 21 accused entries, all in items 1-11: 14 with a full name (文津生, 张洪宝, 吴奎, 朱丙,
徐忠勝, 張嫣嫣, 溫義章, 黃鵬, 唐思軍, 李镭, 张连生, 张庆忠, 鲍金山, 崔涛), 2 masked (陈某中, 都某),
5 post only. Item 012 is in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  The "核心提示" head and the sub-heading "神秘账本显露官煤勾连暗道" cut; ends before the
    truncated "至此，". The three posts named before "等32名党政干部": (None, '副县长', '新化县'),
    (None, '地矿局局长', '新化县'), (None, '煤炭局局长', '新化县') (the county written once before
    all three; hard: could be unit '地矿局' / '煤炭局' with position '局长'). The other officials are
    an unnamed group. 康建国, the mine boss who pays them, is not accused (hard: the letter says he
    "身兼镇安监员", which could give ('康建国', '安监员', None)). Only 廉洁纪律.
 2  Subtitle, title and the caption "宋嵩 绘" cut. ('文津生', '原副局长', '桑植县发改局'); his
    partners are "等人". The 桑植县纪委 that "查而不处" is an organ: 工作纪律 for it. The seizure of
    the village mine is not labelled 贪污贿赂 (hard).
 3  A commentary on a provincial 通报; the sub-heading "当官之余另辟发财蹊径" cut; ends before the
    truncated "“多重身份”" paragraph. ('张洪宝', '原副区长', '东丽区人民政府') ("天津市" dropped) and
    ('吴奎', '原副站长', '亳州市卫计委药具管理站'); the other five of the "7起" are unnamed; his wife
    is private. 工作纪律 for 吴奎's feigned sick leave.
 4  Traditional; the sub-heading "調查細節" cut; ends after the 61.36% paragraph (the quotes and the
    truncated "書記定…" after it cut). ('朱丙', '黨總支書記', '範橋村'); 小江, the friend who built
    the works, is private; the 58 villagers report, the 紀(工)委 only answers. 廉洁纪律 only (the
    finding "招投標不規範" could add 工作纪律).
 5  Traditional, glosses removed; the title line, the site/date/法制日報 line and "本報訊 柳偉平
    記者李建平" cut; ends before the truncated 周翔 quote. ('徐忠勝', '董事長', '桐廬網通'), the
    first post written with his name (a joint firm of the 廣電局 and 網通); hard: could be
    '原桐廬縣廣電局局長', written after. 周翔 only comments, the 縣委領導 only approved. 组织纪律
    (假學歷) and 贪污贿赂 (貪污公款) only as 舉報線索 (hard).
 6  Traditional; "【明報專訊】", the sentence garbled in the stored copy ("…媕Y的公務員…") and the
    closing "|" lines cut. 張嫣嫣's unit as written in "該市財政局PPP管理中心" (first written with the
    gloss "（政府與社會資本運作）"). The 負責人 who approved her leave without a certificate and got
    誡勉談話: (None, '負責人', '市財政局PPP管理中心') (hard; could be one who only handled). The
    安徽副鎮長 who drives a 專車 is praised, not accused (hard: an official's side job). 廉洁纪律 and
    工作纪律.
 7  Traditional, glosses removed; ends before the truncated "還有的黨員領導干部深諳…". Positions
    as first written with the names. 司某某, his niece, and the 企業 負責人 are private.
 8  Traditional; the dateline "新華網廣州1月11日專電" and the sub-heading "法定公開的信息為何要
    “保密”？" cut, with the page's ad, path, headline and source lines. "吳副局長" is a surname
    with a post, no name (as "姓謝" in fresh157th.py): (None, '副局長', '東坑鎮公安分局'). 吳某康,
    his brother, is private; the 東坑鎮政府 (withholding the builder's name) is an organ. The 40-50
    workers waiting for wages are background, no claim of theirs: not mixed.
 9  Ends before the section "什么是干股". ('李镭', '原处长', '深圳市发改委能源与循环经济处'); the
    two firms are bribers. 贪污贿赂 and 廉洁纪律.
10  Mixed: the 九组's withheld forest contract and the pond's court-confirmed irrigation right (a
    land claim) beside the secretary's mining and selling. The head "一、山林承包暗藏玄机 涉嫌违规
    转让牟利" cut; ends before the truncated "山…". ('陈某中', '党支部书记', None) (the village is
    "水岭乡某村", unnamed). "都某村支书" read as a masked 都某 who is 村支书: ('都某', '村支书', None)
    (hard: could be the 支书 of a masked village "都某村"). 蒋某祥, 蒋某荣, 张某荣 and 陈某生 have no
    post. 贪污贿赂 for the alleged 侵占 and 挪用, 群众纪律 for 推诿.
11  A magazine report quoting a forum post. Its standfirst (naming the same officials by post,
    ending "白与灰" without a stop) and the sentences with the page's junk "{zg}危", "{dy}" cut, so
    it starts "这不，"; ends before the truncated "在‘牛’局长的包庇…" quote. ('张连生', '局长',
    '逊克县国土局') as first written (later "逊克县国土资源局"); ('张庆忠', '公安局长', '乌马河区') as
    written "乌马河区公安局长" (the bracketed former post not taken); ('鲍金山', '检察员',
    '汤旺河区检察院'); ('崔涛', '干部', '友好区'). 廉洁纪律 (officials mining), 贪污贿赂 ("把钱
    给足"), 滥用职权 (庇护).
12  Mixed: the villagers' own harm (collapse, dry water, petitioners detained) beside "多名公职人员
    暗中参股煤矿经营". The byline "（时代周报记者 杜光利）" cut; ends before the sub-heading
    "一个小煤矿的“官股化”". The shareholding officials are an unnamed group: in, no entry. 张建平
    (县政法委书记) only speaks to 胡海 (hard: pressing a petitioner's son). 工作纪律 (closed mines
    still mining) and 滥用职权 (the detentions; hard).
13  涉法涉诉: three private investors' partnership suit over a closed mine. "Return to site",
    title, source line, "· 司法案例" and the heads "案件摘要", "案件过程" cut; ends before the
    background paragraph. "协调解决好与当地政府…的各种关系" is a contract term.
14  涉法涉诉: a family firm's share dispute in a 再再审; the 省人大代表 only propose, the 国土资源局
    only approved. Title, date and the heading "一份公证书引发财产权属纷争" cut; spaces around the
    page's highlighted words removed; ends before the 2001 paragraph (its missing digits "2001年
    月26日", "为 40万元"). Could be read as 其他 (news).
15  涉法涉诉: an appeal on a quarry-share transfer. The record header (案号, dates, the 合议庭
    line) and the head "一审法院查明" cut; ends before the truncated payment sentence.
16  征地拆迁: a coal firm's land compensation. Blog header lines, title and the sub-heading
    "突如其来的破土动工" cut; ends before the 梁增兵 paragraph. Hard: "缘何在文件中农民签字等一应
    俱全" hints at forged signatures by nobody named: out, not mixed.
17  征地拆迁: a villager's 网络问政 letter on a private mine's road over farmland ("霸王协议"
    against the firm). Page path, title and poster line cut; the long second paragraph (one
    sentence, truncated in the stored copy) cut. Could be read as 个人利益诉求.
18  个人利益诉求: a farmer's claim to withdraw his 农信社 shares. Site header, headline, source
    line, the dateline "南方农村报12月10日报道" and the sub-heading "“有钱人”因入股借钱" cut; ends
    before the truncated paragraph. Hard: "很多公职人员被强制入股" is the 林业站 staff's complaint
    against the 农信社 drive, no official accused. Could be read as 其他.
19  个人利益诉求: old villagers' savings in a private cooperative that closed; the 代办员 姓孙 is
    private. Headline, 原标题, caption and the sub-heading "9万养老钱没了 老人以泪洗面" cut. Could
    be read as 涉法涉诉 (the police have opened a case).
20  其他, traditional: the second page of the interview; 陸步軒's own account of an online charge
    that he, staff "參照公務員管理", worked for a friend's firm, a check that found nothing, and his
    resignation; ends before the sub-heading "談擔任公職". Hard: could be read as in (his honorary
    校長 title), but he denies any pay and the check found nothing.
21  其他: a teaching case in a 纪检监察报 article (a masked 县委书记 李某 and 干股 held by 张某);
    title, date/source line and the heads "【内容提要】", "【基本案情】" cut; ends before the
    truncated "2023年2月李某案发…". Hard, as fresh157th.py's item 21: no real accused.
22  其他: a report on a village cooperative's dividend; page path, title, captions, the "核心提示"
    (repeated in the text) and the sub-heading "A、1300万分红真的是投资项目赚的吗？" with its line
    cut. No grievance, no official accused.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH170: list[Item] = [
    # 01
    ('https://qingdaonews.com/content/2005-10/12/content_5482073.htm',
     '2005年9月，湖南省娄底市纪委和娄底市公安局经侦支队联手侦查一起官煤勾结大案，初步查出新化县某副县长、'
     '地矿局局长、煤炭局局长等32名党政干部、国家工作人员在新化支华等3家煤矿参股总额159.5万元，成为中央'
     '“撤资令”下，地方根治“矿难症”的一个典型案例。然而，在这起业已暴露的官煤勾结事件背后，隐藏的问题到底有'
     '多深？吸纳众多官员股的煤矿老板康建国，如何在各方人士的“资助”下抢夺煤矿管理权，成为村里的阎王与官员的马'
     '仔？众多百姓的抗议和反映何以被置之不理？记者在深入调查中发现了问题之所在。2004年年底，一封举报信引起'
     '了湖南省娄底市多位领导的重视。信中反映新化县温塘镇支华、雄兴两矿销毁赢利账目，大股东吃小股东，党政干部入'
     '股等问题，并反映矿老板身兼镇安监员，并拥有省劳动模范等荣誉称号。2005年5月18日，娄底警方在一宾馆抓'
     '获新化县最大的煤矿老板之一康建国。康掌控支华、雄兴两个煤矿，并兼任另一煤矿的副董事长。警方称康建国涉嫌偷'
     '税漏税、职务侵占、涉黑、行贿，涉案金额数千万元。9月2日，康建国等6人被娄底市人民检察院批准逮捕。在办案'
     '过程中，工作人员在康家保险柜里找到一个神秘账本，上面记载了煤矿和新化官场的勾连暗道。纪检机关和警方联合调'
     '查得知，该县煤炭局、地矿局、安监局、温塘镇政府等单位32名国家公职人员在支华、雄兴等3家煤矿入股150多'
     '万元，两年内共计分得红利93.25万元。据悉，这32个股东，无一以自己的名分直接入股。从当地的工商注册记'
     '录上无法查到其详细状况。他们的股份都集中在康建国的个人名下，报表中以“康建国领导”名义体现。康建国按照煤'
     '矿利润，每年给他们按比例分红。',
     'in', None, False, ['廉洁纪律'],
     [(None, '副县长', '新化县'), (None, '地矿局局长', '新化县'), (None, '煤炭局局长', '新化县')]),
    # 02
    ('http://china.zjol.com.cn/05china/system/2009/07/22/015690381.shtml',
     '湖南桑植县发改局原副局长文津生等人，入股村办集体煤矿，非法获利700余万元，村民没有得到任何补偿。中央有'
     '关部门在2005年就开始清理纠正官员入股煤矿的违法违规行为，但桑植县纪委一边承认文津生利用职权非法谋利，'
     '一边对官员入股煤矿的行为查而不处。7月18日，湖南桑植县，烈日下的梭罗溪煤矿生产依旧。5年来，上河溪村的'
     '村民们对这座煤矿心情复杂。梭罗溪煤矿属上河溪村的村办集体煤矿。这座日进斗金的煤矿，在个别领导干部的觊觎下'
     '，发生了变化。5年来，湖南桑植县发改局副局长文津生等人，入股这一村办煤矿，并逐步占为己有，非法获利700'
     '余万元。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('文津生', '原副局长', '桑植县发改局')]),
    # 03
    ('https://suejacobssells.com/wanboguanwangmanbetx/honest/jzcm/3152.html',
     '根据中央巡视组反馈意见，安徽省纪委对省直党政机关违规经商办企业问题进行了专项整治。近日，安徽省纪委对近期'
     '查处的7起党政机关领导干部违规经商办企业典型问题予以通报，披露了一些领导干部既想当官又想发财的隐蔽手段。'
     '选择从政就不要在从政中发财，选择发财就应去合法经商。可是，仍有个别领导干部想方设法倚仗公权，做着“发财梦'
     '”。有的或假借身边人名义，或违规兼职取酬，或搞权力期权化……漠视党纪的后果，就是栽在自以为高明的手段上，'
     '教训不可谓不深刻。党员干部违反有关规定从事营利活动，党纪中明令禁止，对于这一点领导干部心知肚明，但仍有个'
     '别人在金钱利益的诱惑下铤而走险。今年6月份中央巡视组在对安徽省巡视“回头看”的反馈意见中，就点明党政机关'
     '违规经商办企业问题突出。花样百出的手段只为规避监督，直到违纪被查处，他们才幡然悔悟。“移花接木”——以身'
     '边人的名义做掩护，行利益输送之实。天津市东丽区人民政府原副区长张洪宝就是与妻子“前门当官、后门开店”，他'
     '先后指示或“介绍”企业在其妻开设的公司采购物资，甚至亲自出马打通关系，帮助承揽高速公路工程材料供应生意，'
     '大发横财。开公司挣的不义之财通过妻子之手，自然流进了他的腰包。“暗度陈仓”——暗地兼职经营、取酬。安徽省'
     '亳州市卫计委药具管理站原副站长吴奎曾以患有抑郁症为由请假要求长期治疗，而他却瞒着单位出任某企业行政总监一'
     '职并领取薪酬。2016年7月11日，亳州市纪委给予吴奎留党察看一年处分，并没收违纪所得，吴奎一边占着公职'
     '、一边捞着钱财的美梦破灭。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('张洪宝', '原副区长', '东丽区人民政府'), ('吴奎', '原副站长', '亳州市卫计委药具管理站')]),
    # 04
    ('https://nanmuxuan.com/zh-sg/complex/bjnatgwieie.html',
     '2020年5月，浙江省桐鄉市紀委監委收到信訪舉報：“實名舉報本市高橋街道範橋村黨總支書記朱丙獨攬村裏大小'
     '工程承包權，私自組織地下工程隊，與社會閒散人員合夥經營挖掘機，壟斷村裏所有工程……希望你們調查處理，還人'
     '民一個公道。”2020年6月，桐鄉市開發區（高橋街道）紀（工）委向舉報人反饋：經調查，範橋村部分村級工程'
     '建設中存在招投標不規範等問題，開發區（高橋街道）紀（工）委將對相關責任人依規依紀作出處理。最近幾年，浙江'
     '省桐鄉市範橋村村民發現了村子裏的一件怪事：賬上的村集體資金在流失，可錢花在了什麼地方，村民們誰也不知道。'
     '與此同時大家發現，村支書的好友小江承包了村裏好多工程，村集體的錢會不會被他們合謀賺走了？帶着疑慮，58位'
     '村民聯名將村支書舉報到了桐鄉市紀委監委。接到信訪舉報後，市紀委監委南片協作組與開發區（高橋街道）紀（工）'
     '委立即對相關情況展開調查。村民舉報直指村內工程。於是，以朱丙任範橋村黨總支書記的2016年12月為節點，'
     '調查人員全面梳理了這些年來所有的村級工程項目。2017年1月至2020年5月，範橋村共有村級工程項目46'
     '個。仔細翻閲工程項目的結算單、工程驗收單、施工合同、工程收款單等原始資料，挨個核實工程的施工方後，調查人'
     '員發現：2017年以來，“小江”幾乎承建了50%的村級工程，獲取工程款217.17萬元，佔全部工程款的6'
     '1.36%。',
     'in', None, False, ['廉洁纪律'],
     [('朱丙', '黨總支書記', '範橋村')]),
    # 05
    ('http://whmsebhyy.com/g/20060518/10052577523.shtml',
     '自今年1月1日《中華人民共和國公務員法》正式施行以來，公務員兼職取酬被明令禁止，但浙江桐廬網通董事長徐忠'
     '勝作為一名公務員，在企業兼職時期，以隱蔽手段獲取酬金被縣紀委查明，并給予嚴重警告處分后，居然還繼續留在原'
     '先的企業，并名正言順地領起薪水。這件怪事在桐廬縣引起了強烈質疑。徐忠勝，原桐廬縣廣電局局長，現為桐廬網通'
     '董事長、桐廬有線廣播電視網絡傳輸有限公司董事、總經理。2003年6月，桐廬縣廣電局和杭州網通公司合資成立'
     '了桐廬網通，徐忠勝出任董事長。之前，縣委領導在他的兼職呈批表上明確批示：“兼職不得兼薪”。但徐忠勝隱瞞此'
     '事，擅自定下董事和監事的津貼標準，其中董事長為每月3000元。2003年10月，有人舉報徐忠勝以董事長名'
     '義拿津貼。縣紀檢委隨即進行調查，其他董事將錢如數返還。事后，徐忠勝另謀他策，與杭州網通人力資源部簽訂一個'
     '假協議，讓杭州網通聘其為顧問，然后他的津貼就開始拐彎抹角，先由桐廬網通匯到杭州網通，再由后者流入他的銀行'
     '卡，每季度9000元。2004年底，縣紀委根據對徐忠勝涉嫌貪污公款、偽造使用假學歷的舉報線索，對徐忠勝開'
     '展調查。調查結果確認了徐忠勝兼職取酬的事實，并于2005年9月7日發布處理決定，給予徐忠勝黨內嚴重警告處'
     '分。對此處理，社會上議論紛紛。',
     'in', None, False, ['廉洁纪律', '组织纪律', '贪污贿赂'],
     [('徐忠勝', '董事長', '桐廬網通')]),
    # 06
    ('http://mingpaocanada.com/van/htm/News/20160619/tcbe1.htm?m=0',
     '安徽副鎮長兼差開專車獲網民支持，一個很大原因是中國民眾看多了官員貪污、以權謀私，認為這名副鎮長靠自己勞力'
     '賺錢，值得敬重；就在同一天，河南爆出科級女官員，長期請病假，薪水照領，卻在家當電商，生意太好還開起實體店'
     '面，僱店員當起老闆。河南濟源市紀委監察局主動發布，市財政局PPP（政府與社會資本運作）管理中心員工張嫣嫣'
     '，長期請病假、違反規定從事營利活動。經查，張嫣嫣去年1月用手機通訊軟體，在微信上開店，通稱為微商。主要銷'
     '售洗浴化妝用品和女性飾品，生意太好，之後又在兩個社區租賃房屋，僱用人員經營實體店。2015年10月至11'
     '月，張嫣嫣因肺炎請病假住院，癒後，讓其丈夫謊稱醫院診斷為肺結核，需隔離治療，請病假6個月。該市財政局PP'
     'P管理中心的負責人，沒有看到醫院證明書，就批准了假條，讓張嫣嫣累計請病假長達7個多月，但她只是在家忙荍@'
     '生意，財政局的薪水和津貼仍按在職人員全額領取。外人看來如此嚴重的罪行，應該夠得上貪污或者侵佔、不當得利。'
     '不過，根據相關規定，黨委組織只給張嫣嫣黨內嚴重警告處分，追繳違規經營所得及請假期間多領的薪資和津貼。批她'
     '假條的長官被進行誡勉談話，寫檢討報告。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('張嫣嫣', '員工', '市財政局PPP管理中心'), (None, '負責人', '市財政局PPP管理中心')]),
    # 07
    ('http://xp518.com.cn/show-86-9482-1.html',
     '日前，在江蘇省高郵市作風建設大會上，該市臨澤鎮原副鎮長溫義章兼職取酬案在全市范圍內被通報，引發關注。經查'
     '，臨澤鎮黨委安排溫義章為轄區內某企業提供駐企服務，為表示感謝，該公司負責人提出每月給溫義章發放工資。明知'
     '違規，溫義章卻為自己兼職取酬披上“隱身衣”：安排其外甥女司某某到該公司上班，該公司在給司某某工資的基礎上'
     '，每月多支付2000元作為溫義章的“工資”。2018年10月和2019年10月，司某某分別將代領的共計7'
     '.8萬元工資及福利轉賬到溫義章妻子賬戶。最終，溫義章受到黨內警告處分。近年來，對黨員干部和公職人員兼職取'
     '酬的案例通報不在少數。少數黨員干部和公職人員一邊領著國家發放的工資，一邊拿著企業優厚的酬勞，在本職與兼職'
     '中穿梭，充當“兩棲干部”，可謂花樣繁多。記者梳理案例發現，有的黨員干部直接在企業事業單位或社會團體兼職，'
     '明目張膽領取工資，儼然將兼職單位當作自己的“提款機”。如貴州省興義市工業貿易和科學技術局原副主任科員、項'
     '目發展股原股長黃鵬在違規兼任興義市中小企業發展服務中心法人代表期間，以加班、交通、通訊、項目資料編制等補'
     '助名義從該中心領取報酬共計7萬余元。有的黨員干部“掛證取酬”，將職稱、職業資格證書掛靠至非供職企業名下，'
     '實際不到掛靠企業工作而違規獲取報酬。如四川省平昌縣園林綠化管理所副所長唐思軍違規將其二級建造師執業資格證'
     '書注冊到某建筑公司，兼任該公司二級建造師且領取薪酬。',
     'in', None, False, ['廉洁纪律'],
     [('溫義章', '原副鎮長', '臨澤鎮'),
      ('黃鵬', '原副主任科員、項目發展股原股長', '興義市工業貿易和科學技術局'),
      ('唐思軍', '副所長', '平昌縣園林綠化管理所')]),
    # 08
    ('http://m.szkaixx.com/content/2013-01/12/content_9569604.htm',
     '廣東東莞市東坑鎮一項“民心工程”因涉嫌官員入股牟利等諸多違法違規問題，引發網友廣泛關注。記者追蹤調查發現'
     '，東坑鎮公安分局“吳副局長”擔綱“業主”的第十棟樓，其開發商的公司注冊資金只有5萬元。其中作為公司法人代'
     '表的“吳副局長”哥哥吳某康，實際注資只有500元，占1%股權。知情人介紹，按當地一般行情，僅第十棟大樓項'
     '目的總投資和總價值至少在千萬元以上。問題是，這個實際注資500元的吳某康，憑什么去開發建設投資上千萬元的'
     '項目，投資回報如何？“吳副局長”出面“監工”，與這個公司存在什么關系？根據建設部頒布的《建筑施工安全檢查'
     '標準》，施工現場必須設有“五牌一圖”，包括工程概況牌、管理人員名單及監督電話牌、施工現場平面圖等。媒體正'
     '是按圖索驥，找到了“擔綱”第十棟樓業主的當地公安分局“吳副局長”。然而，記者10日再次來到現場，這些標志'
     '牌卻不翼而飛。施工現場還有四五十名正在等待工錢的建筑工人，他們告訴記者，幾天前的一個晚上，有一群“不知道'
     '哪里過來的人”，把這10棟樓的建筑信息全部撕掉拿走了，上面有開發單位、建筑單位的名字、負責人及聯系電話等'
     '。而在此之前，一些工人稱，接到“上面通知”，把外墻掛的所有和商鋪招租有關的橫幅、標語都撤下來。因為工地依'
     '法公示的信息消失，記者再度找到東坑鎮政府，要求查看“民心工程”的開發商信息。',
     'in', None, False, ['廉洁纪律'],
     [(None, '副局長', '東坑鎮公安分局')]),
    # 09
    ('https://capwhale.com/newsfile/details/20210124/4923d5fc5dce4b2fa62ff6fa89b094d9.shtml',
     '2018年6月，深圳市发改委能源与循环经济处原处长李镭因受贿罪锒铛入狱，与一般受贿不同的是，李镭的受贿方'
     '式更为高明——通过收受股权，包括干股，从而获取巨额利益。李镭先后利用职务便利帮助某科技公司、某环保公司向'
     '深圳市发改委成功申报政府扶持资金和政府投资项目，分别获得政府股权投资或产业扶持资金7500多万元和270'
     '0多万元。事后，他从某科技公司以1.5元每股的价格购入50万股原始股，从某环保公司收受干股50万股。据核'
     '算，李镭从这两笔股权交易中获利高达550万元。在收受某环保公司赠送的干股中，李镭又要求该公司股东代持并确'
     '认了相关事宜。办案人员通过股权投资协议这一关键证据，并突破多名股权行贿人，打造了李镭收受股权贿赂的完整证'
     '据链条，将一干人等绳之于法。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('李镭', '原处长', '深圳市发改委能源与循环经济处')]),
    # 10
    ('https://ousaite.com/new/5875df61b40c44858733cc282bf3bf6a',
     '近日，湖南省永州市东安县水岭乡某村多名村民通过匿名反映、信访等方式，举报该村党支部书记陈某中任职期间涉嫌'
     '侵占集体资产、挪用专项资金、主导违规工程、非法开矿等问题，致集体利益受损、生态环境破坏，引发村民普遍不满'
     '。陈某中相关行为线索清晰、证据链条完整，涉及山林承包、资金使用等多个关键领域。举报材料显示，2013年1'
     '2月31日，该村九组全体村民与陈某中签订合同，将100亩左右老枫山上段集体山林交由其承包25年（至203'
     '8年12月），山林四处交界范围明确，涉及多组交界区域。2024年，该山林因白石开采具备商业价值，陈某中在'
     '启动矿山开发前期工作中拒绝向九组村民出示承包合同，试图私下转让给矿山相关方，涉嫌违规牟利。村民多次协商核'
     '实合同条款、维护集体权益，均遭陈某中推诿，村民怀疑初始合同即存在不公，其目的是独占开发收益。该区域违规开'
     '发并非首次。2017年10月，都某村支书联合陈某中等3人曾在下丰村启动开矿项目。2020年9月18日禁止'
     '非法开采。禁止之后陈某中利用村支书及自家山为由组织人力晚上把切割好的上千方白石全部出售。2023年4-5'
     '月，该区域利用县勘探之名，再现大规模违规开采，矿山三班倒作业达一个月，期间因权益纠纷发生打架事件，村民已'
     '报案备案。村民透露，矿山实际控制人为蒋某祥、陈某中、蒋某荣。初期由张某荣代签协议，后蒋某祥等3人隐匿幕后'
     '。还由陈某生代其签订相关合同，陈某中作为村支书，还经常安排人员生产运输等工作。非法开采导致3亩陡壁子塘被'
     '废石填满，塘内井眼被毁，彻底丧失蓄水功能。该山塘是下方9.87亩百年永久性稻田的唯一灌溉水源，下游五个组'
     '三十多亩稻田亦有权使用其饮水，此权益已获法院确认。',
     'in', None, True, ['廉洁纪律', '贪污贿赂', '群众纪律'],
     [('陈某中', '党支部书记', None), ('都某', '村支书', None)]),
    # 11
    ('https://m.qiyeku.com/xinwen/show/1319317.html',
     '这不，自打今年5月以来，一个针对黑龙江省逊克县国土局局长张连生的贴子在网上流传。打开网络，输入“逊克县国'
     '土资源局”，在第二页便出现“史上xx国土局长”的文章；而第4页竟然全部被这篇网文占据。从天涯社区、凯迪社'
     '区，到网易地方论坛、雅虎论坛、华声论坛、红网论坛、中新网论坛、央视网论坛……各大网站纷纷转载，网友跟贴踊'
     '跃。仅在天涯社区，一个月之内的跟贴就多达八十多页。贴子是这样说的：“黑龙江省逊克县有位最、最、xx的国土'
     '局长，只要你把钱给足，他能让你不用采矿许可证，无需办理任何手续便可以大量采集铁矿石，不交任何税和费、看起'
     '来合情合理地采矿经营，这位牛局长就是逊克县国土资源局张连生局长”。“三年来，在‘牛’局长的庇护下，伊春市'
     '乌马河区公安局长张庆忠（原友好区检察院副检察长）、伊春市汤旺河区检察院检察员鲍金山、伊春市友好区干部崔涛'
     '等人，在逊克县翠宏山南五号铁矿采集铁矿石三十余万吨”。',
     'in', None, False, ['廉洁纪律', '贪污贿赂', '滥用职权'],
     [('张连生', '局长', '逊克县国土局'), ('张庆忠', '公安局长', '乌马河区'),
      ('鲍金山', '检察员', '汤旺河区检察院'), ('崔涛', '干部', '友好区')]),
    # 12
    ('http://beijingspring.com/c7/xw/zgbd/20090802201400.htm',
     '“胡海，你去北京把你母亲找回来，咱们把事情处理好了就好了。”7月25日晚8时，横山县煤检站的合同制工人胡'
     '海被警方刑事拘留25天后被取保候审。此后，他用酒精一直麻醉着自己，但他忘不掉一个月前，县政法委书记张建平'
     '找他时说的原话。自4月20日以来，陕西衡山县殿市镇胡楼房村前店组发生3宗村民集体赴京上访风潮，他们投诉反'
     '映：村子附近的雷阳畔煤矿和西塔沟煤矿，有多名公职人员暗中参股煤矿经营。被陕西省政府明令关闭的煤矿仍在非法'
     '开采，导致村庄成了采空区，出现山体塌陷，水源枯竭，人畜饮水困难。6月19日，赴京上访的11位村民，其中1'
     '0人刚返回到当地，就因“非正常上访”被行政拘留。但“拼了命的上访”并未阻止，两天后，胡海的母亲刘丕莲，连'
     '同村里另外8人又进京上访，一直未归。胡楼房村附近的雷阳畔、西塔沟、大石畔和小河沟4家小煤矿已被陕西省明令'
     '要求关闭，但他们依然不断偷采。因为他们拥有强大的力量：众多官员股份渗透其中。而村民无法掌握自己和家园的命'
     '运，村庄成了采空区，出现山体塌陷。去年10月，最重要的资源—水源断流，这个胡姓家族的村庄，正在失去世代赖'
     '以生存的环境。他们要面对的不仅是几个小煤矿，更是普遍存在的“官煤勾结”所形成的强大的力量。',
     'in', None, True, ['廉洁纪律', '工作纪律', '滥用职权'],
     []),
    # 13
    ('http://zhihuisifayun.com/blog/2-3-or',
     '2010年，山西煤炭行业的改革已经拉开大幕，“国进民退”的大潮汹涌而来。有人在被迫撤出，有人则坚持观望。'
     '三位福清籍商人出资经营一座挂靠在当地能源企业名下但无合法开采权的煤矿逆风守望，两年后终被关停。然而，巨额'
     '投资向谁讨要？三位投资者最终讼起萧墙。2010年，三位福清籍同乡共同签订了一份协议，总计投资2.3亿元经'
     '营位于山西浑源县的一座煤矿。2012年，该煤矿被当地政府以未获得开采许可证为由勒令停产。2015年，第二'
     '、第三股东以第一股东未能依约获得开采权，构成违约或合同无效，要求退还巨额投资款及其利息。一审法院认定该投'
     '资协议为有效合伙，二审则认为属于违反强制性规定的无效合同，再审支持一审意见，判定三方以退伙清算解决资金争'
     '议。2010年11月，三位福建福清籍同乡商人陈勇、林琴与林增一同签订了一份《股东协议》，约定陈勇、林琴入'
     '股投资林增位于山西省大同市浑源县总额为2.3亿元的一座煤矿。其中，陈勇出资八千万元，占股份的35%，林琴'
     '出资五千万元，占股份的22%，第一股东林增以煤矿出资一亿元人民币，占股份的43%。协议还约定，林增要负责'
     '提供开工必备的各种排土场、煤场和爆破材料，协调解决好与当地政府、相邻矿区和村民的各种关系；陈勇和林琴则负'
     '责财务管理、煤炭销售和生产管理等方面内容。随后，陈勇和林琴依照约定向林增支付了入股款项。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://yl.ikcne.com/4b78/7575.html',
     '一桩简单的民事案件，历时4年半，两次审理，两次申诉，两次再审，至今该案的原告仍然在寻求司法途径申诉。复杂'
     '的诉讼程序背后，是对我国民事诉讼再审制度的重新审视。在2011年的湖南省两会上，这起再再审案件引起了多名'
     '省人大代表的关注。他们联名提出建议案，强烈要求湖南省高院启动再审程序，以维护当事人的合法权益。这是一起什'
     '么样的案件呢？案情原本并不复杂。吕安奎原为湖南省衡阳市天创房地产综合开发公司（以下简称天创公司）法定代表'
     '人。1998年11月9日，经衡阳市国土资源局批准，该公司以出让方式取得衡阳市中山北路与人民路交界地段的土'
     '地使用权。后经有关主管部门批准，该公司注销，注销后的债权债务由吕安奎承担。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://055110.com/gs/1/521.html',
     '上诉人周志川为与被上诉人嵇学忠、原审被告周鸣和股权转让纠纷一案，不服瑞安市人民法院（2015）温瑞塘商初'
     '字第175号民事判决，向本院提起上诉。本院于2015年9月8日受理后，依法组成由审判员易景寿担任审判长，'
     '审判员叶雅丽、代理审判员黄丽君参加评议的合议庭进行审理。经审查，合议庭决定不开庭审理。本案现已经审理终结'
     '。原审法院审理查明：瑞安市东田矿业有限公司（以下简称东田矿业公司）于2010年4月23日登记成立。201'
     '4年10月16日，周志川的出资额从64%变更为20%。2015年2月3日，东田矿业公司因股东会议决议解散'
     '。2014年7月25日，周志川、周鸣和以东田矿业公司名义投标竞得瑞安市塘下镇山官村建筑用石料（凝灰岩）矿'
     '采矿权，出让价格为9110万元（竞标前已交纳保证金900万元）。后因资金、技术等原因，周志川、周鸣和寻找'
     '嵇学忠作为合作伙伴，采矿权出让金比例由嵇学忠出资25%，共计2277.5万元。2014年8月18日，嵇学'
     '忠与周志川、周鸣和签订股权转让协议书，书面约定周志川将东田矿业公司64%股权中的25%出让给嵇学忠，但该'
     '25%股权的转让仅限于瑞安市塘下镇山官村建筑用石料（凝灰岩）矿采矿权，东田矿业公司的其他矿产仍归原股东所'
     '有，与嵇学忠无关。协议签订后，嵇学忠于2014年8月19日支付周志川225万元，周志川出具收条。2014'
     '年8月25日，东田矿业公司与瑞安市国土资源局签订《采矿权有偿出让合同》，约定合同签订一个月内一次性缴纳全'
     '部采矿权出让所得。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://tianguobao1983.blog.163.com/blog/static/16930007201111603237274/',
     '正规煤矿开采项目，缘何会与村民在征地补偿问题上发生冲突？并非所有村民同意，缘何在文件中农民签字等一应俱全'
     '？与之配套的新农村建设工程，缘何在新村选址上缺少规划、土地、环保等相关部门的意见？近日，本报接到群众投诉'
     '，称忻州同舟煤业有限公司征地补偿不合理，记者随即赴山西省忻州市保德县，对该县同舟煤业项目所涉及的诸多问题'
     '进行了调查。山西省保德县义门镇梁家村，是一个纯农业型小山村，不过，较为特殊的是，这里蕴藏着丰富的煤、铁等'
     '资源。而正是这些资源，影响了整个村庄的命运。据梁家村村民介绍，上世纪七八十年代，梁家曾办过煤矿等企业，但'
     '随着国家产业结构的调整，这些企业相继停产，村民也开始转向发展农业生产。为了发展农业，村里组织人力、物力、'
     '财力整地造梯田；拦水打坝改造小流域；通过群众集资、出义务工、向银行贷款等方式打深水井准备将原有的平地改造'
     '成水浇地，实现农业的高产优质化。特别是近10年来，在国家退耕还林政策引导下，村民们在不适合耕种的土地上种'
     '植了杏树、枣树等经济林木及松、柏等树木。传统农业焕发出新的生机，村民们都在向往着新生活。但在2010年秋'
     '季，山村的宁静因为同舟煤业的到来而打破。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://www.zznews.gov.cn/news/2014/0822/20570.shtml',
     '各位领导：我是黄丰桥镇塔前村等下组人，名叫刘文明。2004年中元矿业煤炭冲煤矿在我们组范围内未经国土部批'
     '准占基本农田15亩多修路，土地是农民的命根子，是农民生活的基本保障，对我一个残疾人士来说更甚，我们必须珍'
     '惜每一寸土地，而煤炭冲煤矿视国家土地法对土地的保护政策于不顾，利用农民的法律意识不强误导本人并施以利益诱'
     '惑草率与组里一些人签订强占强买的霸王协议，从而谋取暴利。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://news.sohu.com/20091210/n268826111.shtml',
     '“被套牢了！”这句令人畏惧的股市术语，如今被广东省仁化县农民孟叔森用在了农信社入股上。2005年，孟叔森'
     '拿出8000元入股城口镇农信社，“说三年后就可以退股了”。2008年期满，孟叔森就开始找农信社要求退股，'
     '但直至南方农村报记者采访当日，仍然没有结果。另一个退股居民更是无辜。“直接就从工资卡里扣钱入股，都搞不清'
     '楚怎么回事。”城口镇林业站员工反映，很多公职人员被强制入股。2009年3月，仁化县城口镇的孟叔森盖起了新'
     '房。本是酝酿多年的喜事，孟叔森却为一年多都提不出农信社的股金苦恼不已。2005年，全国农信社启动深化改革'
     '，增资扩股成为各地农信社的重头戏，仁化县城口镇也是上下一片热闹。“村委会召集各村组长开会，然后到各小组宣'
     '传，有闲置资金可以入股农信社。”在孟叔森回忆中，免利息税、股东贷款优惠等条件很有吸引力。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://cnshxw.com/e/wap/show.php?classid=587&id=9315',
     '这段日子，栖霞市蛇窝泊镇砖园村村民孙树宪情绪非常低落，只要提到存款的事，78岁的他总是忍不住掩面失声痛哭'
     '。经熟人操办，孙树宪老两口将9万元养老钱存到栖霞市果兴果蔬农业专业合作社，不料最近合作社代办点突然关门了'
     '。在砖园村，孙树宪的遭遇并非个例。“光我们村，有十多户村民在那里存钱，而且大都是60岁以上的老人。”一位'
     '村民说。目前，对于此事，栖霞市公安部门已经立案调查。孙树宪今年78岁，老伴刘淑玲79岁，作为地地道道的农'
     '民，一辈子以种植苹果等农作物为生，日子过得虽说不上多么富裕，也算安定幸福，然而最近老两口整日愁容满面。“'
     '这些钱是一辈子攒下来的，我们这么大岁数了，说白了那些钱都是养老钱。”刘淑玲说，她记不清从哪一年开始，应该'
     '有三四年时间了，有钱了就会陆陆续续存到栖霞市果兴果蔬农业专业合作社，前后一共存了9万元，到期后也领过利息'
     '和分红，本金继续转存。刘淑玲说，这个合作社的代办员姓孙，出生在砖园村，后来嫁到外村，之前也在银行干过代办'
     '员。“因为都熟识，对她也特别放心，当时说钱存上后，随时可以支出来。谁料会出现现在的事情。”',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://49.213.0.198/doc/209_9572_104396194_2_0920102429.html',
     '2008年5月，我結識了北大校友陳生，他是一家食品公司的董事長。他在養豬賣肉，我對這個行業比較熟悉，業餘'
     '時間就幫幫他。2009年創辦廣州屠夫學校時，沒有教材，我就擔負起編寫教材的任務，至於兼任該校名譽校長之職'
     '完全是掛個名，利用我的影響力便於招生。今年5月初，我應陳生邀請，利用雙休日赴廣州參加他的公司的活動，某網'
     '以“北大屠夫能生意與公務員兼顧嗎”為題予以質疑，並指責區政府不作為，被國內多家網站轉發，造成不良影響。於'
     '是，區政府就派人調查我在企業兼職的情況。我與陳生是校友兼朋友，朋友之間，幫幫忙很正常，他提出過給報酬，為'
     '避嫌我沒接受，也沒持有公司的股份，所謂的兼職完全是無稽之談。調查倒是沒什麼事——本來就沒有的事，肯定不會'
     '查出什麼。陳生得知此事後，鼓動我辭職，跟他一起賣豬肉。鑒於公司業務拓展很快，為了不再給區政府及領導添麻煩'
     '，更是為了做成一點事，我慎重考慮後，決定辭職。華商報：決定辭職，都徵求過哪些人的意見？陸步軒：決定之後，'
     '我徵詢親朋的意見，他們眾說紛紜，當然主要意見還是求穩，走一處不如守一處，況且公務員是多少人夢寐以求的工作'
     '；檔案局及區志辦的領導也挽留，勸我再堅持三年，工齡達到30年，辦理提前退休手續，什麼都不耽誤。我權衡再三'
     '，既然去意已決，又何苦在意太多，蹉跎時日，徒增華發。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://gjw.gxzf.gov.cn/xwdt/dr457/t19210734.shtml',
     '实践中，有的党员领导干部收受请托人赠送的干股后又安排请托人代持，对于此类行为的性质、行受贿标的、犯罪数额'
     '及犯罪形态的认定等问题，因行为的隐蔽性强，故容易存在不同认识。笔者认为，做到准确认定，需要透过现象看本质'
     '，坚持主客观相一致原则进行分析，既要以刑事法律为依托，又要把握权钱交易本质。李某系某县委书记，张某系在该'
     '县从事业务的私企老板。2018年1月，张某等人成立A公司，主要从事矿山开采业务。2018年6月，张某请求'
     '李某帮助A公司办理采矿许可证，并表示事成后A公司股权价值必然大增，到那时再拿出其在A公司名下的一半股权送'
     '给李某，李某表示同意。2019年11月，李某利用职务便利为A公司办理了采矿许可证，张某得知后表示，可将相'
     '应股权转移登记到李某或其亲戚名下，李某因害怕被查处，于是表示股权由张某代持，待时机合适时再转移登记，没有'
     '与张某签订股权转让协议。2020年以来，张某每年都向李某汇报A公司经营基本情况以及李某所占股权的大概价值'
     '，并在每次收到A公司分红后，均向李某表示要将其所占股权对应的分红拿给李某，李某均予认可，并安排张某继续代'
     '为保管，待其需要时再领取。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://economy.scdaily.cn/jjdc/content/2014-02/13/content_6892765.htm?node=3617',
     '一条入户水泥路从冕宁县复兴镇建设村二组延伸到五组，路两边是星罗棋布的村庄。春节前夕，1月24日，记者来到'
     '建设村四组李美菊家时，她正向村民摆谈一件遗憾事：“我家那两万元钱晚了两天，没入成股，明年只能眼看着别人分'
     '红。”最令李美菊羡慕的，是今年1月14日冕宁县农旺种养殖专业合作社的分红——全村340户农户分享了130'
     '0万元的现金，最多的一家分得30余万元。因为这次“高调”的分红，冕宁县建设村被舆论推向风口浪尖。羡慕的很'
     '多，质疑的也不少。分红资金从哪里来？高额分红的真正动机是什么？村民投资是否可持续？一系列问题成了大众关注'
     '的焦点。记者近日调查发现，焦点问题都涉及合作社规范运行问题，而解决我省像凉山州这样相对贫困地区的合作社规'
     '范发展问题，关键是做实两条“腿”：提供必要的资金和专业人才支持。与李美菊同组的周红珍，近来心情大好。“去'
     '年分红4000元，今年发狠又入股2万元。”正在家门口水渠中洗衣的周红珍说。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH170, "fresh170")
