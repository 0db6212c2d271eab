"""Sealed batch fresh144: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh142th.py; the batch and its row ids are "fresh144".)

Theme: clean heating and the coal-to-gas/electricity drive (煤改气, 煤改电, 清洁取暖, 散煤 bans,
2012-2023): village cadres padding a gas installation fee and selling the poor's winter coal, a
锦州 留言 on a coal boiler kept by a 市领导's favour, heating-sector corruption in 吉林, the 太原
迎泽 "一刀切" coal ban, 曲阳 schools left cold by a rushed 煤改电, village and town cadres sealing
stoves and carrying off villagers' coal (洪洞, 赞皇), a 走过场 acceptance of 沼气池 subsidies, a
village's 农网改造 levy; out items are a gas company's metering lawsuit and an explosion appeal,
gas pipes left on farmland and the 西气东输 compensation dispute, a 煤改气 deposit claim and a
煤改电 subsidy enquiry, cold homes in a 禁煤区, "too dear" reports on 煤改气 and 煤改电, and a
散煤 data notice. The stored pages hold few named 煤改 cases: two in items come from neighbouring
village subsidy frauds (地力补贴, 陡坡生态治理补助: items 10, 11), one from rural energy (沼气池,
item 9) and one from the rural grid (item 12); three picked-up cases (平阴 胡業榮, 榆林 紀開祥, 杞县
吕东村) were dropped as already in the development set. Sources (stored-pages search): a dzjw.gov.cn
copy of the 新华社 report on 渠县 铜鼓村; a peoplejdxww copy (source line 中国环境网) of the "绿色亮剑"
留言 on 锦州; an fx361 copy of the 忻府区纪委 通报; an oaman copy of a 纪检监察报 piece on 吉林 heating
(traditional);
a 新华网 copy of the 中青在线 report on 迎泽区; a commentary on the 曲阳 schools; the 人民报
traditional copy of the 中国之声 report on 南营村 (traditional); a focus01 report on 南邢郭镇
(traditional); a copy of the 澎湃 report on 会理 光山村; a 巡察 story on 鹽亭 花臺村 (traditional);
a 纪委 story on 彝良 瓦廠村 (traditional); a 陕西村官网 copy (来源 陕农网) of the 西部网 report on
平利 南坪街村;
out: an hbzhan copy of the 巩义 gas-metering judgment report, the 包头 中浩燃气 appeal judgment, the
沂蒙晚报 on 临沭 宅子村's gas pipe, a reading page on the 西气东输 chapter of 《小镇喧嚣》, a copy of
the 闪电新闻 report on 陽信 段趙村 (traditional), a 新绛 forum enquiry with the 能源局's answer, a copy
of the 中国青年报 report on 臨汾 東城 (traditional), a 瞭望智库 copy of the 中国能源报 piece on 北京
煤改气 costs, the 中国能源报 on 顺义 煤改电, and the 铜川 发改委's 散煤 data notice. Seven texts are in
traditional script (items 4, 7, 8, 10, 11, 17, 19; the glossing pinyin of the converted copies
removed in 4 and 10).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, site and source lines ("新文章:", "【人民報消息】", "西部网—安康新闻网讯:",
"hbzhan内容导读:", "原标题:", "文 郭寒梅", "核心提示:"), the footer poem of 003 and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers; stray spaces after punctuation removed (007, 008, 018, 021). The junk
commas of the converted 004 (",、", ",,", ",。") reduced to the one mark meant. Page oddities kept:
"(一下简称通知)" and "中央环保督查" (002), "如何理" and "燃燒充分,灰," and both "南邢郭鎮" and
"邢郭鎮" (008), "‘代領’了”。" (010), "屬于他的" (011), "《2014》100号" (012), "巩义市*" for the
court (013), "**" for the plaintiff, "(2019)" beside "(2020)" and "导致错判诉" (014), "怎么样的,??"
(018), "散煤削减替统计表" (022).
scope "in" for alleged misconduct of a party member or public official (village cadres, a
village 文書 and a state heating firm's party secretary included), "out" otherwise with out_type
涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, firms, brokers
without a post and officials who only handled, investigated, announced or answered are not
accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed accused
official is (None, position, unit). Names, positions (as first written with the name, "原" kept)
and units as written; unit None when the text ties the person to no named unit. Topics only from
the twelve names of triage.md; fees padded or levied on villagers and subsidies kept from them
are 群众纪律 (IS.MAS.01/02), a "一刀切" ban that leaves people cold 形式主义官僚主义 (IS.EP.FB.02).
Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (012, 016).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 2 (017, 018), 其他 4
(019-022). 11 accused entries, all in items 1-12: 4 with a full name (褚民華, 張厚軍, 肖泉, 何平),
6 masked (郑某, 何某, 张某 twice, 刘某, 陶某某), 1 post only. Items 005-008 and 012 are in scope
with no accused entry. Out items have no accused entry.

Close calls:
 1  The site's location line, headline, date and source lines cut; ends before the truncated
    "陈某东揽到此活后…" paragraph. 郑某 and 何某 as first written ("铜鼓村村支部书记郑某和村主任
    何某"; later "原村主任"). 陈某东 is a "串串" (broker, no post) and 何某钊 a villager: not accused.
    The refund is made by the 纪委, so no claim of the villagers' own is argued: not mixed.
    群众纪律 (加码收取) and 廉洁纪律.
 2  A 留言 carried by a site: the site line, headline and "来源…发布时间" line cut; ends before the
    truncated "据悉…" paragraph. The one person accused is "某一市领导" who placed a relative at the
    plant: (None, '市领导', '锦州市'), unit from the text's 锦州市 (hard: could be unit None). The
    "个别地方政府领导", "锦州市" and "地方主管单位" are unnamed or organs. 政治纪律 (阳奉阴违),
    形式主义官僚主义 (应付了事) and 工作纪律 (boiler not removed). The text's "8月23日" under the page's
    2021-07-29 date kept.
 3  The footer poem ("带电的线 不能碰 … 文/忻府纪 诗/德芙") cut. Three as first written: the two
    村委主任 with their villages, and "镇政府干部张某" with '奇村镇' (tied by "奇村镇负责此项工作的
    干部张某"). 刘某 is a non-member 村委主任: still a village cadre, accused. 群众纪律 (the poor's
    coal sold) and 工作纪律 (未请示). Winter coal for the poor, 2012: the edge of the theme.
 4  Traditional; the headline and the sub-heading "讓冬天不再寒冷" cut; the sentence on "吉林部分
    領導干部違規在熱力公司入股…" cut because the stored copy garbles it ("挖空心思?jí)簻p成本"), and
    the closing "這個案例啟示我們…" sentence cut (truncated). 褚民華 and 張厚軍 with their posts and
    units as written. The 蛟河 and 通榆 heat firms are organs. 贪污贿赂 and 形式主义官僚主义
    (推諉扯皮, 為官不為).
 5  The 新华网 page junk, the two headlines and the sub-heading cut; the two paragraphs whose
    closing quotes the copy garbles ("说法?!?/p>", "没底呀?!?/p>") cut, so the text starts at "家住…";
    ends before the truncated "辖区内的康乐片区…" sentence. 宋进军 is a resident; the 迎泽区 and "当
    地政府" are organs: in, no entry. 形式主义官僚主义 (懒政怠政, 一刀切) and 群众纪律.
 6  A commentary; the whole page. The 县委书记 only answers and the 县纪委 investigates; whoever
    decided the rushed 煤改电 is unnamed ("是谁决策的?"): in, no entry. 形式主义官僚主义 (只唯政绩)
    and 工作纪律 (决策失误). Hard: could be read as a complaint about cold schools (其他).
 7  Traditional; the site menu, headline, the lead caption and "【人民報消息】" cut; ends before the
    truncated 蘇女士 sentence. The "南營村村幹部" who seal stoves and the 鎮政府 and 派出所 patrols are
    an unnamed group and organs: in, no entry. 群众纪律 and 形式主义官僚主义.
 8  Traditional; "新文章:" cut; ends before the truncated "類似的止燒柴封灶事件" sentence. The
    "鎮政府工作人員" who took the coal are an unnamed group; the 鎮人民政府 only issues the 通報:
    in, no entry. 群众纪律 (coal taken without receipt, a named 煤場 pressed on villagers).
 9  The site's junk lines, the headline, "原标题:" and the caption cut; "免责声明" cut. 肖泉 as first
    written "原县农能办主任肖泉": position '原县农能办主任', unit None (the 县农能办 is inside the
    post; hard: could be ('原主任', '县农能办') or unit '会理县'). The 村两委 that kept the plan
    figures is an organ; the other 验收组成员 are unnamed. Off theme (rural energy). 形式主义官僚主义
    (走过场) and 工作纪律.
10  Traditional, a 巡察 story; the byline "文 郭寒梅" cut; ends before the truncated "“這錢我先拿著…"
    quote. 何平 first written "我們村文書何平", tied to '花臺村' by "時任花臺村文書的何平". 董某 /
    董繼全 are the dead household; 任彥 only investigates. Off theme (地力补贴). 贪污贿赂 and 群众纪律.
11  Traditional with simplified forms as on the page; ends before the truncated sentencing sentence
    ("最終,陶某某因…被判處有期"). ('陶某某', '村支書', '瓦廠村') as first written. The villagers whose
    money came back are victims; the telling frame ("終于領回了") is not their claim: not mixed.
    Off theme (陡坡生态治理补助). 贪污贿赂 and 群众纪律.
12  Mixed: the villagers' own 850 元 per household (and the 低保 they ask about) beside the 村干部's
    levy. The site header, headline, source tag and sub-heading cut; ends inside 叶世成's quote,
    before the truncated 陈言贵 sentence (the quote is left open). The "村干部" are unnamed: in, no
    entry. Off theme (农网改造, the rural grid). Only 群众纪律 (乱收费, 人情保).
13  涉法涉诉: a firm's 供用气合同纠纷 against a gas company; "hbzhan内容导读:" cut, the copy's line
    breaks inside "煤气流量计" and "GPRS系统" joined; ends before the truncated court finding.
14  涉法涉诉: the appeal judgment of a gas company in an explosion tort case; the court, title,
    case number and party lines cut; ends before the truncated "本案闪爆事故发生于…" sentence.
15  征地拆迁: a gas pipe left on farmland and 占地赔偿款 unpaid; nobody accused. Site menus,
    headline, date line, the sub-heading and the repeated headline caption cut; ends before the
    truncated 许祥源 sentence. The same village as real4.py's 许宝卫 story, another matter.
16  征地拆迁, mixed (hard): the 西气东输 compensation dispute of a book chapter, where the 镇 and
    村 keep 300 and 200 元 of each 亩's 1000 元: a withholding by organs beside the farmers' claim.
    The central matter is the dispute over the amount (农民 "不领款"): out. 宋正良 only explains.
    The page's "展开阐述" summary after the fourth paragraph cut.
17  个人利益诉求, traditional: 15 households' 1000 元 deposits and their promised 煤改气; the "鎮上
    的領導" who promised are not accused of misconduct. Site header, headline, date line and "核心
    提示" cut; ends before the truncated "是街道辦領導給自己的口頭承諾…" paragraph.
18  个人利益诉求: a forum enquiry on one's own 煤改电 subsidy and the 能源局's answer; the thread
    title "新绛煤改电补贴咨询" and "页: [1]" cut; the stray space before the colon removed. Could be
    read as 其他 (a policy question).
19  其他, traditional: a 禁煤区 left without heating; the headline and date line cut; ends before
    the truncated 杜敏 paragraph. 馮斌 (化名) is a village cadre who relaxes the ban, not accused.
    Hard: the 禁煤 before heat could be read as 形式主义 (in, no entry).
20  其他: villagers' costs of 煤改气; the page's header, the byline and "本文转载自…" lines and the
    sub-heading cut; ends before the truncated 关姓阿姨 quote.
21  其他: villagers' costs of 煤改电; the site header, title and byline lines, the sub-heading and
    the photo caption cut; ends before the truncated 周晓彤 sentence.
22  其他: a 发改委 notice on 散煤 data; the site, title and date lines cut; ends before the
    truncated item "三、做好抽查准备…".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH144: list[Item] = [
    # 01
    ('http://www.dzjw.gov.cn/yufangfubai/quxian/2019/0715/8698.html',
     '“青龙镇铜鼓村村支部书记郑某和村主任何某，在安装天然气过程中，向147户村民加码收取安装费6万余元，'
     '分别受到党内警告和党内严重警告处分……”日前，四川省渠县青龙镇铜鼓村的村民迎来了一场特殊的村民大会，'
     '该县纪委监委在此组织召开院坝反馈评议会，现场通报对铜鼓村支部书记和原村主任的处分决定，并当场退还违纪'
     '所得，赢得群众的一片掌声。去年4月，有群众向渠县纪委监委举报：青龙镇铜鼓村村委会向村民收取的天然气安'
     '装费有猫腻，多收了。接到举报后，县纪委监委立即成立调查组，采取走访群众、查阅资料等方式深入调查。令调'
     '查人员感到蹊跷的是，铜鼓村村委会于2018年2月与渠县华润燃气有限责任公司签订了《天然气居民集体户安'
     '装合同》，约定安装费用为4300元，然而村民们纷纷出示村委会开出的收据显示收取的天然气安装费是530'
     '0元，比村委会与天然气公司签订的合同整整多出1000元。这是怎么回事？每户5300元的费用又是如何核'
     '算出来的呢？调查发现，这起天然气安装合同的成功“变脸”，还得归功于一位名叫陈某东的“串串”。原来，铜'
     '鼓村早在2017年8月就向渠县华润燃气有限责任公司提交了安装天然气的申请，但迟迟不见回音，几次催促后'
     '才得知是全县天然气安装任务量大面宽，要排队等候安装。作为村支两委负责人的郑某、何某没了辙，这时该村二'
     '组村民何某钊称其姨侄陈某东在天然气公司有熟人，可以帮忙联系天然气安装一事，并把他介绍给了二人。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('郑某', '村支部书记', '铜鼓村'), ('何某', '村主任', '铜鼓村')]),
    # 02
    ('http://www.peoplejdxww.com/huanbao/20210729/8712.html',
     '8月23日，中国环境两山论坛收到用户“绿色亮剑”留言称：如今“绿水青山，就是金山银山”已成为全国人民'
     '的共识，中央环保督察是守护建设“青山绿水”的利剑，是党中央、国务院推进生态文明建设和环境保护工作的一'
     '项重大制度，对加强生态文明建设、解决人民群众反映强烈的环境污染和破坏问题具有重大意义；“回头看”又可'
     '谓是中央环境保护督察的一把利剑，可仍有个别地方政府领导无视中央环保督查利剑，阳奉阴违、弄虚作假、失职'
     '失责应付了事！近日辽宁省锦州市太和区兴电社区电厂家属院居民反映：锦州市对辖区内的生态环境治理存在严重'
     '的失职失责、对生态环境保护工作不重视，弄虚作假制定《关于城区老旧供热设施改造工程燃煤锅炉限期拆除的通'
     '知》（一下简称通知）应对中央环保督察“回头看”，让中央环保督察“回头看”所反馈意见沦为“一纸空文”，'
     '锦州市用“两种态度”选择性处理问题，地方主管单位竟强词夺理的为明文规定应限期拆除而未拆除的华润（锦州'
     '）电厂家属区2台20吨燃煤供暖锅炉找借口，居民说严重污染环境破坏生态的华润（锦州）电厂家属区2台20'
     '吨燃煤供暖锅炉之所以成为漏网之鱼是个别领导的参与有关，某一市领导安排其亲属在华润（锦州）上班。',
     'in', None, False, ['政治纪律', '形式主义官僚主义', '工作纪律'],
     [(None, '市领导', '锦州市')]),
    # 03
    ('https://fx361.cc/page/2013/0815/13157995.shtml',
     '最近，忻州市忻府区纪委通报了违反冬季取暖用煤发放规定的两起典型案件。忻府区紫岩乡兴旺庄村委主任张某、'
     '奇村镇刘家庄村委主任刘某和镇政府干部张某因违反冬季取暖用煤发放规定受了处分。2012年10月，忻府区'
     '紫岩乡兴旺庄村委主任张某收到发给该村村民的38.9吨爱心煤后，以每吨250元的价格，卖给西张乡元家山'
     '砖厂，拟用此款抵顶本村修路购砖款。张某的行为，严重违反了《关于忻府区2012年度供应低收入农村冬季取'
     '暖用煤实施方案的通知》规定，张某对此事负有直接责任。经查，张某另外还存在违规使用修路款、违规领取井房'
     '补偿款等问题。忻府区纪委经常委会议研究决定，给予张某留党察看一年的处分。2012年10月，奇村镇刘家'
     '庄村委主任刘某用村广播通知村民：“要煤的农户到村委登记，去蔚野拉煤，不要的不必登记，随后到村委领钱。'
     '”2012年，刘家庄村共供501户568吨煤，其中领煤的235户，分发煤273吨。剩余266户的供应'
     '煤，刘某在未请示上报奇村镇政府有关领导和未召开村委会议研究的情况下，以每吨170元的价格卖给他人，共'
     '获卖煤款50150元，并将卖煤款全部分发给未领煤的村民。村委主任刘某将国家供应低收入农户冬季取暖用煤'
     '出售后，以现金发放农户，属于违反规定的错误行为，奇村镇负责此项工作的干部张某负有领导责任。因刘某系非'
     '党员村委主任，所以，只对其进行了通报批评。镇政府干部张某则被给予行政警告处分。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('张某', '村委主任', '兴旺庄村'), ('刘某', '村委主任', '刘家庄村'), ('张某', '镇政府干部', '奇村镇')]),
    # 04
    ('https://oaman.net/ztjc/zymtkjl/zgjjjcb/202202/t20220223_8400082.html',
     '北方地區城市冬季集中供熱，是關系人民群眾“溫飽”的基本民生問題。供暖不通暢、室溫不達標，群眾身冷心也'
     '寒。蛟河市有近170萬平方米房屋供熱沒有保障，通榆縣供熱企業向2.7萬戶居民多收取報停費335萬元。'
     '吉林省紀委監委開展供熱領域突出問題專項整治，排查出投訴解決不及時、行業監管不到位、管網設備故障頻發等'
     '3類、10146個問題，推動地方和部門主動認領、分類解決，嚴厲糾治措施不力、工作拖拉、推諉扯皮行為。'
     '督促地方加大政府投入，推動企業整合，保障供熱熱源。專項整治以來，共處置供熱領域問題線索229件，立案'
     '審查調查117人，留置21人，嚴肅查辦省機關事務管理局原局長褚民華、松原市供熱公司原黨總支書記張厚軍'
     '等供熱領域典型腐敗案件。推動主管部門研究修訂已不適應形勢的《吉林省城市供熱條例》，協調省人大常委會審'
     '議通過。督促各地各部門提供高質量供熱服務，保障熱源穩定、暖氣充盈、溫度舒適，讓冬天不再寒冷，讓群眾暖'
     '身更暖心。“暖氣不暖”背后是“為官不為”，是腐敗和不正之風作祟。',
     'in', None, False, ['贪污贿赂', '形式主义官僚主义'],
     [('褚民華', '原局長', '省機關事務管理局'), ('張厚軍', '原黨總支書記', '松原市供熱公司')]),
    # 05
    ('http://yunchunchaye.com/politics/2018-11/20/c_1123737561.htm',
     '家住山西省太原市迎泽区康乐片区的宋进军，这几天经历了“煤从天降”，变化来自11月16日晚间中央生态环'
     '保督察组的一则通报。通报说，太原市迎泽区禁煤“一刀切”，一些社区居民只能靠烧柴、烧废旧家具采暖。通报'
     '直指当地政府存在懒政怠政。据中国青年报·中青在线记者了解，接到通报，太原市委、市政府连夜召开专题会议'
     '，责成迎泽区全面整改。整改令发出不过几个小时，首批3万公斤洁净煤便送到了片区居民的家门口。11月18'
     '日，第二批洁净煤20万公斤也已到位。11月6日，中央生态环保督察组对山西开展“回头看”，入驻第二天便'
     '收到7起关于太原市迎泽区康乐片区严禁用煤、无法温暖过冬的举报。督察组当晚核查发现，太原市迎泽区采用强'
     '制禁煤方式推行清洁取暖，无法保障群众温暖过冬。督察组认为，这是一起典型的、打着大气污染治理旗号却影响'
     '民生的“一刀切”行为。迎泽区是太原市中心城区，属于太原市推进冬季清洁取暖重要区域。',
     'in', None, False, ['形式主义官僚主义', '群众纪律'],
     []),
    # 06
    ('http://ft.newdu.com/Finance/Review/today/201712/172049.html',
     '尽管当地已进入采暖季20天，但河北保定曲阳县，却有多所乡村学校未及时供暖，师生被迫跑步取暖。因阴面教'
     '室过于寒冷，老师不得不让孩子们到院子里上课，有多名学生被冻伤。据校方的解释，原来这些学校是烧煤供暖的'
     '。今年接上级通知，要“煤改电”，结果煤炉拆了，电取暖设备却还没装好。河北省今年10月下发通知，将邻近'
     '北京的廊坊和保定的一部分地区，划为“禁煤区”，当地冬季采暖改为用电或者烧天然气。尽管曲阳不在“禁煤区'
     '”内，但当地也于10月中旬开始了“煤改电”。因为采购、施工时间太紧，原材料供给跟不上，导致11所乡村'
     '小学到12月初，仍无法供暖。媒体刚披露此事，该县县委书记就作出回应，表示迅速采取措施保证学校供暖。县'
     '纪委将成立调查组，对这次部分小学未及时供暖暴露出的问题进行问责。表面看，这一次的事件得到了圆满解决。'
     '但有几个疑问却是让人不吐不快：第一，不在“禁煤区”，“煤改电”或“煤改气”的任务就不是那么急迫，这个'
     '仓促上马的主动改造项目是谁决策的？其次，供暖季来临，要是改造完不成怎么办？为什么没有详细的应对预案？'
     '为什么发现不了10余所小学无法供暖的实情？对于此事问责，是应该的。但如何问责，却不能敷衍了事。温饱是'
     '民众的基本需求。特别是冬季供暖，更是重中之重。坐在办公室里听汇报，就以为天下太平。媒体披露之后，半天'
     '就能解决的问题，为什么之前会拖20多天？民生无小事。在全党上下日益统一认识，将保障和改善民生放在一个'
     '十分重要位置的今天，一个县却在决策层面上暴露出只唯政绩，罔顾民生疾苦的倾向，这恐怕才是问责的核心问题'
     '。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 07
    ('https://www3.renminbao.com/rmb/articles/2019/12/24/70175b.html',
     '12月22日是冬至，不少北方朋友可能都在家裏烤着暖氣，吃一頓熱騰騰的餃子。說到做飯、取暖，其實如今在'
     '中國的一些農村地區還得靠燒柴做飯、燒煤取暖。據中國之聲12月23日報導，這幾天，山西省臨汾市洪洞縣發'
     '生一件事引發廣泛質疑。當地大槐樹鎮南營村村幹部被曝以保護環境爲由，挨家挨戶把村民家中的爐竈用水泥封住'
     '，不許燒柴火做飯，以免污染空氣。村民們說，冬天，村裏也不讓他們燒煤取暖，要改用天然氣或空調取暖。對此'
     '，當地政府響應，對居民家中的爐竈進行水泥填充是在與村民協商之後執行的，是爲了推進散煤治理和清潔能源的'
     '替代工作。那麼，事實究竟如何？南營村村民張先生告訴記者，從今年9月起，村裏通過張貼通知、廣播通報等方'
     '式，通知村民禁止燒柴做飯以及燒煤取暖，以免污染空氣。「喇叭裏喊的，還有村裏貼的佈告，要求不能燒柴做飯'
     '、燒煤取暖。」張先生說，入冬以後，鎮政府開始派警車在村裏巡邏，如果發現有人燒柴做飯或者燒煤取暖，就直'
     '接將家中的柴火和煤炭收走，運到村裏集中處理。「挨家挨戶檢查，每天晚上都有派出所的警車在村裏邊巡邏。如'
     '果發現你家有煤有柴火，直接拉走，拉到村委會統一的一個地點。」多名村民告訴記者，進入12月以後，村裏開'
     '始採取統一措施，用水泥、磚塊等將村民家中的爐竈封閉，同時沒收村民家中存有的煤炭。',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     []),
    # 08
    ('http://focus01.net/newspage/河北贊皇縣政府工作人員收沒老人煤球引發爭議_25413.html',
     '據報道，河北贊皇縣南邢郭鎮政府工作人員前往村民家中查煤，將其購買不久的1噸多煤球以劣質散煤名義查收。'
     '贊皇縣南邢郭鎮人民政府發布通報稱，工作人員在排查時發現該戶院有大堆散煤，遂對其講解散煤管控政策，告知'
     '其散煤燃燒的危害，應替換清潔型煤。通告表示，現場并未收繳該戶的散煤。然而，這一事件引發了網友的熱議。'
     '網友們紛紛質疑政府工作人員的做法，提出了一系列問題，如誰出錢買清潔型煤、沒收的散煤如何理等。一位村民'
     '表示，“他們收走我過冬的煤沒有給我打收條。”據網傳視頻顯示，事發時間為2023年12月5日上午11時'
     '許，5名男子走進居民家中，領頭男子指著堆放在院子角落的煤堆說，“這可不行呀。”隨后，有兩人上前拍照，'
     '一名老太太隨即拿著掃把走到院子與現場人員理論。此時，又有多名男子進院子，手持鐵锨、麻袋等，疑似對堆放'
     '的煤堆裝袋。據網友稱，事發地位于河北贊皇縣邢郭鎮，鎮政府多名工作人員前往村民家檢查過冬所使用的煤球，'
     '視頻中系兩名七旬老人的家，工作人員稱其所使用的煤球是劣質煤，故進行了收沒，讓老人購買特定煤場的煤球。'
     '一位村民表示，自己買的煤是一周多前通過廣告購買的，每噸1280元，共花了1700多元。他表示，政府工'
     '作人員讓他買的煤在村里也可以買到，每噸1000元，但他認為自己買的煤更貴、燒得旺。政府網顯示，潔凈型'
     '煤的燃燒效率高，燃燒時間長，發熱量高，燃燒充分，灰，封火時間長，上火快，火苗高，燃燒狀態穩定。而劣質'
     '散煤的劣勢在于燃燒效率低，煤灑落嚴重，燃燒時間短且容易熄火，同時還會產生有害有毒元素。贊皇縣南邢郭鎮'
     '人民政府就此事件發通報稱，工作人員進行排查時并未收繳該戶的散煤，確保人民群眾溫暖過冬。',
     'in', None, False, ['群众纪律'],
     []),
    # 09
    ('http://www.mamaa.net/html/214757.html',
     '四川省会理县几十户农户未修建沼气池，却通过了县农办验收组验收，顺利领到了沼气池补助费及技术指导费10'
     '余万元。6月20日，澎湃新闻（www.thepaper.cn）从四川省会理县纪委监委获悉，目前，会理'
     '县纪委监委已及时收回了多拨付的资金，并对相关人员进行了问责处理。据会理县纪委监委通报，2015年，会'
     '理县富乐镇光山村计划并上报修建沼气池400口，在修建过程中，由于各方面原因只修建了342口，有58口'
     '沼气池并未修建。但村两委并未修改相关数据，而是直接以原计划数据及资料申请项目验收。通报称，按当时全县'
     '农村能源建设工作验收要求，建设项目必须要逐户验收，验收合格后才能兑付相关资金。但是以原县农能办主任肖'
     '泉为组长的验收组，因为怕耽误时间、嫌麻烦，便采取了分组抽查的方式进行验收，且在抽查验收中，走马观花，'
     '蜻蜓点水，未发现存在问题。结果，多报的沼气池补助资金73526.60元和沼气工技术指导费33640元'
     '，因为搞形式、走过场的验收，和其他资金一起顺利兑付到位。澎湃新闻注意到，县农能办验收组成员解释称：“'
     '400口沼气池全部核查验收太费时间了，我们就分成3个组随机选取农户进行验收。”“由于天气下雨原因，路'
     '比较烂，有的我们就没去验收。”目前，会理县纪委监委及时收回了多拨付的资金，并对相关人员进行了问责处理'
     '。验收组组长肖泉受到党内严重警告处分，其他验收组成员分别受到诫勉谈话和批评教育处理。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('肖泉', '原县农能办主任', None)]),
    # 10
    ('http://m.zgkjsz.com/page/2020/1118/11118066.shtml',
     '“我們村文書何平，曾經替已經去世的董某一家領過好幾年的地力補貼，這些錢最后都入了她自己的腰包……”。'
     '2019年4月一大早，鹽亭縣委第四巡察組組長任彥剛一坐下，云溪鎮花臺村群眾就來到辦公室反映了此問題。'
     '“死人的錢也敢領，簡直是膽大包天！”收到問題反映后，任彥立即召集巡察組全體人員進行了討論并進行核查分'
     '工。這事還得從2015年說起，時任花臺村文書的何平，負責統計上報花臺村地力補貼，見同村董某夫妻二人去'
     '世，加上女兒遠嫁，家中的事也無其他人過問，心生一計，竟然打起了冒領“死者”地力補貼的歪主意。“他女兒'
     '嫁了出去，幾年都不回來一次，如果這筆錢一直沒人來領，那我不就可以先‘代領’了”。何平在心里盤算著，給'
     '自己找好了借口。在何平的一番操作之下，董繼全家的地力補貼很順利通過了審批并發放了下來。事情也按照何平'
     '的預期發展著，的確沒有人前來領取這筆錢。何平也“順理成章”地幫忙“代領”了這筆錢，直接將董家的地力補'
     '貼款轉入到其丈夫的“一折通”賬戶上。根據規定，地力補貼須經過農戶申報、對外公示、村內復核、上級審批等'
     '程序后才能發放。在這樣嚴格的申領程序下，何平又是怎么瞞天過海的呢？原來，該村地力補貼工作的安排上就出'
     '現了問題，從申報到審核幾乎都由何平一人負責，在無人監督的情況下，“巨大的權力”為何平的歪主意提供了可'
     '操作的空間。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('何平', '文書', '花臺村')]),
    # 11
    ('http://qdubb.cn/html/2023/tiewanfanfu_0412/119375.html',
     '“為了幫我們追回補助金，你們辛苦了……”彝良縣海子鎮瓦廠村轉堡村民小組村民臉上掛滿笑容，他們終于領回'
     '了屬于他的陡坡生態治理補助金。看到群眾臉上滿意的笑容，彝良縣紀委監委負責該案的干部懸著的心也放下了。'
     '不久前，彝良縣紀委監委信訪室收到海子鎮瓦廠村群眾反映，瓦廠村支書陶某某存在違規領取群眾陡坡生態治理補'
     '助金的問題。該縣紀委監委立即成立了核查組，對該問題線索進行調查核實。據了解，陡坡地生態治理變更項目是'
     '2015年由縣林業和草原局統籌開展，以每畝300元的價格對群眾進行補貼。“這片陡坡是集體資產還是群眾'
     '資產？如果是群眾資產，涉及群眾有多少戶？其他群眾是否領取過補助金？”核查組干部在線索研判會上提出疑問'
     '。隨后，核查組到海子鎮瓦廠村轉堡村民小組開展調查核實，發現村民們并不知曉縣林業和草原局開展陡坡地治理'
     '，也不清楚陡坡地治理有補助資金。“作為村支書，你向群眾宣傳過陡坡地治理項目有補助的相關政策嗎？”帶著'
     '疑問，核查組向村支書陶某某了解情況。“嗯……”面對核查組的問題，陶某某支支吾吾。核查中發現，海子鎮瓦'
     '廠村轉堡村民小組納入陡坡地生態治理的林地名為火草坡，經過核查組與縣林業和草原局干部多次實地走訪測繪，'
     '最后經圖斑確認，該林地面積共130畝，是轉堡村民小組45戶群眾的私有林地。隨著調查的深入，陶某某騙取'
     '國家2013年度陡坡生態治理項目補助金的事實真相浮出水面。2015年，縣林業和草原局在海子鎮瓦廠村實'
     '施2013年度陡坡地生態治理變更項目時，陶某某私自將轉堡村民小組100多畝林地面積指認為自己的林地，'
     '并作假相關表冊，騙取國家補助金3.9萬元。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('陶某某', '村支書', '瓦廠村')]),
    # 12
    ('http://www.shanxicunguan.com/news/201411/3844.html',
     '为加快农村电网建设进度，确保平利县范围内2010-2014年农村一户一表工程计划顺利实施，坚决防止乱'
     '集资、乱收费增加农民负担的现象发生，平利县人民政府办公室平政办发《2014》100号文件明确规定：费'
     '用标准为每户不超过150元，电力施工单位免费安装，不足部分由电力企业补贴，其他单位及个人不得以任何理'
     '由乱集资、乱摊派、乱收费或者搭车收费，不得强制农民群众在农网改造升级中义务出工、出料、摊派食宿等，变'
     '相加重农民负担。然而，平利县洛河镇南坪街村在农网改造过程中，竟然向每户村民收取高达1000元的农网改'
     '造费用，导致村民怨声载道。为此，记者于11月24日前往平利县调查采访。在平利县洛河镇南坪街村，村民叶'
     '世成告诉记者：“我们村从2010年开始农网改造，村干部向我们每户村民收取了1000元的农网改造费，并'
     '扬言谁不交就给谁不接电，无奈之下，全村每户都交了1000元，可至今3年多了还没有改造彻底，村民用电还'
     '是老线路。我们老百姓实在不明白，国家规定每户只交150元，但本村收费超过这个标准近7倍之多，多收的8'
     '50元到底干什么用了，没有任何部门任何人给我们老百姓解释清楚。同时，我们村低保还存在人情保、关系保，'
     '特别是五保户王祖兴、张心成、胡芳哑等已死亡多年，仍在吃低保，这些钱到底被谁领走了。',
     'in', None, True, ['群众纪律'],
     []),
    # 13
    ('https://www.hbzhan.com/st67786/article_140194.html',
     '巩义一铝业公司配合燃气公司在煤气流量计上加装GPRS远程监控系统后，在原有生产状态下，用气、用热量却'
     '大幅增加。后经相关部门专业评定，原来是GPRS远程监控器导致流量计失准。铝业公司因此将燃气公司告上法'
     '庭，要求燃气公司退还多收的燃气费并赔偿利息共计799万元。12月7日，巩义市*审结了这起供用气合同纠'
     '纷案。2010年11月，郑州市某燃气公司在通往巩义某铝业公司的煤气流量计上加装了GPRS远程监控系统'
     '。数天后，铝业公司的负责人从生产日志中发现，在生产设备、生产工艺、生产量都不变的情况下，公司的用气、'
     '用热量却大幅增加。而后，该铝业公司与燃气公司像之前一样每隔10天结一次燃气费。2011年2月，GPR'
     'S系统因故障被暂时拆除，该铝业公司的负责人发现在生产状态不变的情况下，公司的用气、用热又恢复至加装G'
     'PRS系统之前的用量。而后，经过巩义市*和河南省*评定，燃气公司加装的GPRS远程监控系统会导致流量'
     '计失准。后铝业公司要求燃气公司退还加装GPRS远程监控系统期间多收的744万余元的燃气费，并赔偿利息'
     '55万余元。但燃气公司认为多收燃气费是铝业公司的主观猜想，因此拒绝退还燃气费。多次协商无果后，铝业公'
     '司起诉至巩义市*。在案件审理的过程中，铝业公司提供了充分的证据表明：在原有生产状态下，加装GPRS系'
     '统后，铝业公司的用气量平均每吨增加了78.21立方米，且经相关部门专业评定，这一变化是由GPRS远程'
     '监控系统导致煤气流量计失准造成。而燃气公司针对其自身主张没能提供有力证据。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.cbi360.net/hhb/sg_1917712/fy_21062087.html',
     '上诉人内蒙古中浩燃气有限公司（以下简称中浩燃气公司）因与被上诉人**侵权责任纠纷一案，不服内蒙古自治'
     '区包头市昆都仑区人民法院（2019）内0203民初3612号民事判决，向本院提起上诉。本院于2021'
     '年1月22日立案后，依法组成合议庭，进行了审理。本案现已审理终结。内蒙古中浩燃气有限公司上诉请求：一'
     '、请求贵院依法撤销（2020）内0203民初3612号民事判决第一、二、三、四、五、六项判决内容，改'
     '判驳回被上诉人的全部诉讼请求；二、本案一、二审全部诉讼费用由被上诉人承担。事实与理由：一、一审判决认'
     '定事实不清，适用法律错误，导致错判诉。（一）一审判决以上诉人“作为原告小区居民楼燃气经营者和管理者，'
     '负有向原告安全供应天然气，并对相关燃气管道等设施进行维护和管理，采取安全保障措施，防止损害发生之责任'
     '”为由，认定上诉人为案涉房屋中燃气的占有、使用人，并以此认定上诉人对闪爆事故承担责任，显属认定事实不'
     '清。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://nongmin.com.cn/html/news/31572/31572.html',
     '原本说好的马上动工，却突然没了动静，近千米长的燃气管道就这样摆放在了农民的田间地头将近4年。望着地里'
     '的这条黑色“长蛇”，山东省临沂市临沭县郑山街道办事处宅子村近百户村民叫苦不迭。管道放在地里，既不方便'
     '耕，也不方便种，更不方便收。不仅如此，占地赔偿款也一直没能发放到位，村民们这下真是没招了。18日上午'
     '10点，在村民的带领下，记者来到了临沭县郑山街道办事处宅子村村西的一片田地，这里也正是村民们所说的那'
     '条管道搁置的地方。“你看看，管道正好架在我这块地的正当中，耕种起来别提有多麻烦了，愁人啊。”一村民无'
     '奈地说。田里的小麦刚刚收割完毕，在村民许祥源的田地里，一条黑色的土地带在一片金黄色的麦茬地里十分扎眼'
     '。“这就是原来放管道的地方，前几天我刚刚找人给埋上了，还有一小截露在外边。没办法，管道露在外边，麦子'
     '都没法收，别人租收割机收一亩地才要50元，我这块地出70元人家都不想干。就是因为有这条管子在，收割机'
     '不好进，收到管子这里，还得再绕回去，人家嫌麻烦。”许祥源告诉记者。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://deepread.aizhi.site/小镇喧嚣-一个乡镇政治运作的演绎与阐释/056-事件-西气东输工程纠纷',
     '国家重点工程“西气东输”管道铺设经过小镇，因临时土地占用、青苗补偿及土地复耕等问题引发的镇、村与农民'
     '之间的系列利益纠纷。天然气的西气东输是一项国家重大工程，天然气管道铺设经过小镇，要对沿线土地开膛破肚'
     '，又形成新的临时性工程占地和随之而来的经济补偿，这些经济补偿涉及诸如临时占压面积、青苗、房屋搬迁、鱼'
     '塘损坏和修复等方面，自然就又形成了诸多农民与镇村之间的利益争夺点，农民往往会以不配合施工的方式来提出'
     '或捍卫自己的要求。矛盾的起因很简单，区里下拨的土地临时占压补偿款是每亩1000元，到了镇里，政府和村'
     '里每亩各留下300元和200元，到农民手里时每亩只有500元。上面拨了多少，农民未必知道，他们只是认'
     '为500元太少了，有意见，不领款。负责西气东输工程协调的宋正良副镇长告诉我，与土地的临时占压有补偿一'
     '样，施工单位也拿出了一笔款子给镇政府，用于土地平整和水系恢复过程中的善后。……这钱按每公里9000块'
     '钱计算，1亩投300多块。钱到了我们这里，首先要确保解决疑难问题……然后，村里我们一亩给200块，用'
     '来恢复田埂、地埂和小型地貌，村里用这笔钱与农民交涉，一个工按30块钱算，交给农户自己去搞。',
     'out', '征地拆迁', True, [],
     []),
    # 17
    ('http://m.bailiqin.com/news/show-129374.html',
     '眼下天氣轉冷，很多人已經陸續開始享受暖氣帶來的溫暖。可在陽信縣段趙村，十幾戶村民早就交錢參加煤改氣工'
     '程，可盼望中的暖氣卻遲遲沒到。煤改氣取暖工程，是山東省在去年實施的一項惠民工程。陽信縣信城街辦的段趙'
     '村，是一個城邊村。2017年的時候，當地的煤改氣工程，就是從這里開始的。不過，這個利國利民的好政策，'
     '并不是所有的房屋都適合安裝。陽信縣信城街辦段趙村村民馬秀麗告訴記者：“有的房屋不符合當時安裝煤改氣的'
     '標準。因為需要開窗戶，或者是房屋的墻壁不合適。”村民說，鎮上的領導作了承諾，只要愿意改造房屋，并在三'
     '年內安裝了煤改氣設施的，仍然可以繼續享受這項惠民政策。段趙村一共有295戶村民，只有三戶沒有接受煤改'
     '氣改造工程，其余村民中，還有15戶村民的房屋達不到安裝標準，但是交了1000元押金，開好了口，準備翻'
     '新房屋再進行安裝。但讓村民沒想到的是，結果今年房屋蓋好了，想讓他們安裝燃氣的時候，他們卻說，現在縣里'
     '沒這個政策。并且如果不安裝的話，1000元押金也無法退還。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://yunxunwl.com/archiver/tid-180391.html',
     '想问下煤改电，去年是按补贴后的电价缴费。今年说是需要办理农村信用社卡发放补贴。由于在外务工无法办理卡'
     '，年底才能回去。具体补贴方式是怎么样的，？？新绛县能源局答复关切：1、根据新绛县2021-2022年'
     '采暖季冬季清洁取暖“煤改电”“煤改气”运行补贴方案，全县2018年以来“煤改电”用户在0.2862元'
     '/度优惠电价的基础上，每度电再优惠0.1元，每户累计最高补贴1040元。这次发放2021年11月15'
     '日至2022年3月15日采暖季期间的用电量补贴。2、按照相关工作要求，“煤改电”补贴用户必须发放补贴'
     '到其本人山西省农商银行“一卡通”账户内，不能代领。3、若本人在外地无法回来办理山西省农商银行“一卡通'
     '”账号，保留其本人运行补贴发放资格，待其回家办理后再发放运行补贴。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://hairdiseases.net/survey/381270.html',
     '望著村里幾戶人家煙囪冒出的煤煙，村干部馮斌（化名）作出了一個艱難的決定：暫時不再上門去查了。“氣溫已'
     '降至零下，暖氣到現在不給送，冒煙的這幾家，家家都有生下沒幾個月的小娃，你說咋辦？”馮斌所在的村位于山'
     '西省臨汾市段店鄉。去年，他跟著村支書在村里巡查，開始制止村民燒散煤。“通過做工作，去年村里60%以上'
     '的人家都安裝了環保鍋爐，燒了不到1年，后來接到通知，村里要接大暖了。”去年，臨汾市依法采取強制封停燃'
     '煤鍋爐、給予改造戶專項經費補貼等措施，推動市區建成區及周邊行政事業單位的燃煤鍋爐徹底替換清潔能源，同'
     '時要求與市區接壤的6個鄉鎮，村民采暖及炊事停止燃用散煤，由縣級政府負責配送潔凈焦。馮斌曾經的工作經歷'
     '就是在這一背景下發生的。日前，臨汾市政府召開新聞發布會宣布，計劃用3年時間實現市區155平方公里規劃'
     '區無煤化、市區周邊1500平方公里區域清潔化、1500平方公里以外區域集約化清潔取暖工程。為此，臨汾'
     '城區今冬設置了“禁煤區”，關停了熱源廠老舊的燃煤鍋爐，實施熱源廠煤改氣工程。為響應市里的散煤整治政策'
     '，規定范圍內的市民陸續拆卸家中燃煤鍋爐，不再留有散煤，準備正式告別“千年燃煤取暖”的歷史，等待接入集'
     '中供暖。然而，冰冷的冬天來了，百姓期盼的集中供暖卻沒等到。“不讓燒煤，又不供暖，人不能一直挨凍啊！”',
     'out', '其他', False, [],
     []),
    # 20
    ('https://freewechat.com/a/MzI3NTA1OTU0Ng==/2649626815/2',
     '“可真是够贵的”“舍不得烧”，这是记者近日在北京周边走访煤改气问题时，听到村民们议论最多的话题。农村'
     '煤改气作为一项重大的惠民工程、环保工程，本意是给农民送去清洁和温暖，可“温暖”背后却是沉重的经济包袱'
     '。根据相关政策，自2012年至2013年采暖季开始，北京市财政对天然气自采暖用户每个采暖季用气820'
     '立方米以内的气量给予补贴，补贴标准为0.38元/立方米。2018年7月北京市居民用管道天然气销售价格'
     '上调0.35元/立方米后，补贴标准也相应上调0.35元，达到0.73元。此外，针对农村煤改气地区，北'
     '京市各区县也都会根据情况另外制定补助政策。但记者在调查中了解到，“用气太贵”仍是农村煤改气后村民的第'
     '一感受，有的农村地区天然气采暖费用甚至比周边城市还高。“方便倒是方便，开关一开就不用管了，冷了自己也'
     '可以提前烧，家里有小孙子，温度调高点，屋里很暖和的。但90平米的房子一天要走十几个字，一年至少得40'
     '00多块钱，实在是贵。”家住北京市门头沟区龙泉镇东辛房村华怡家园的郑阿姨告诉记者。华怡家园由四栋连体'
     '楼房组成，与城市小区无异，用气费用虽高，但尚能保证较好的舒适度，住在农村平房的村民就没这么幸运了。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.toonarimedia.com/html/huanbao-2276519.shtml',
     '2017年，北京市有2237个村97.4万户实现了“无煤化”，其中，顺义区完成16个镇258个村9.'
     '1万余户村民的“煤改电”工程，空气源热泵取暖占取暖方式的96.93%。如今，取暖季即将过去，在电采暖'
     '带来“轻省”“干净”的同时，村民还有哪些后顾之忧？带着这个问题，记者走进顺义区村民家中了解相关情况。'
     '“就是太贵。”在记者走访过程中，许多村民在历数“煤改电”的好处后，都加上了这句话。按照目前的政策，完'
     '成“煤改电”取暖的农村住户取暖季期间享受峰谷电价。夜间谷段电价在0.3元/度的基础上，由市、区两级财'
     '政各补贴0.1元/度，每个取暖季每户（表）限额1万度。记者在采访中了解到，“煤改电”后采暖费用因机器'
     '功率、台数、供暖面积和使用时长不同而存在差别。尽管过去烧煤时，燃煤量家家不同，但人人都在心里衡量着自'
     '家取暖的费用变化。总体而言，补贴后多数村民每月电采暖费用在500-1000元不等，不同程度地都高于燃'
     '煤取暖费用。顺义区北小营镇北小营村董言川家，电取暖比煤取暖一个季度要贵500-800元。高丽营镇四村'
     '村民周宁则对记者表示，电取暖的费用要比燃煤贵上1/3，这个数字与李遂镇沟北村多位村民告诉记者的数字基'
     '本相同。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://fgw.tongchuan.gov.cn/news_show.rt?contentId=7537&channlId=58',
     '各区县发展改革局，市新区经发局：2017年各区县散煤治理工作成效显著，为确保散煤削减替代完成情况数据'
     '来源真实有效、测算合规，现就2017年散煤削减数据核查有关事项通知如下：一、做好数据核查。请各区县、'
     '市新区管委会做好数据核查，其中：锅炉拆改台数、蒸吨数、减煤量以环保部门提供数据为依据；居民“煤改气”'
     '以天然气公司提供数据为准（新建小区的天然气入户不得纳入“煤改气”统计范围）；居民“煤改电”以补助资金'
     '发放户数为准；居民“煤改热”以居民与华能供热办理中心签订合同为准；洁净煤替代以政府发放户数为准；石灰'
     '窑、砖瓦窑、农业设施以生产规模实际用煤或上年全年实际的消费量为准；餐馆、烧烤以经营户实际的购买量为准'
     '；其它用煤以上年全年实际用煤为准，并注明用途。散煤数据核查，要确保每一项数据真实规范、有来源、有依据'
     '、有佐证。在今年的散煤统计中，各项数据统计以上述数据来源为准，无依据、无来源、无佐证的数据不得纳入统'
     '计范围。二、做好台账建立。一是就辖区内计划实施散煤替代的户数建立台账，做到底子清，任务明确。二是建立'
     '散煤削减替代台账，包括工作开展情况、散煤削减替统计表、各项数据来源依据或佐证材料，切实做到数据来源资'
     '料支撑实。台账的建立要延伸至各乡镇（街道办），对底子不清、数据来源缺乏佐证资料支撑的区县、乡镇（街道'
     '办）抓紧补充完善。在今年及以后的煤炭削减工作中，请按照上述要求及时做好佐证资料收集及台账建立。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH144, "fresh144")
