"""Sealed batch fresh158: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh156th.py; the batch and its row ids are "fresh158".)

Theme: official cars and their reform (公车改革, 公车拍卖, 车补, 公务用车 kept or used privately,
私车公养): officials filling private cars with office fuel cards or "renting" their own car to
the office, officials who took their cars along on promotion, 乡镇领导 drawing 车补 while keeping
the old cars, a county's cars auctioned at scrap prices, a police car fetching an officer's
daughter, cars at the graveyard at 清明, a fuel-card case with its 党政办主任 held to account, a
commuting 执法车 found by GPS, invented repairs on idle cars, a car "at a grave" that turned out
to be on duty, a school pickup out on holiday, and a short comment on exposed plates; out items
are the traffic-accident suit over a deputy head's private car on duty, a comment on who pays
for a 公车私用 crash, an auction-contract suit over a customs-confiscated van, a buyer's
complaint about a scrapped car bought at a court auction, drivers facing the reform, an
employee using her own car for work, reform policy news and a commentary, an auction report
and a city's reward-for-reporting rules. The search turned up few petitions from drivers or
buyers, so the out items are mostly news and commentary, and item 15's auctioned vehicle is a
customs-confiscated van, item 16's a court-seized car (neighbouring themes). Sources
(stored-pages search): a caurang copy of the 新华视点 report on 私车公养; a cnwnews comment on
楚雄 and 广水; a lu100 copy of a report on 苏南 车改 (traditional); a 中国台湾网 comment on the
中牟 auction; a mcdurieux comment on the 黄山 police car; 人民网's traditional page on the 南京
graveyard cars; a qdubb copy of a 文山 纪委 story on 马关 (traditional); a byxmsc copy of a
灌云 纪委 story (traditional); a djcoreydawkins copy of the 中央纪委 "监督哨" on 沙市
(traditional); a 网易号 report on the 漯河 car; a qdubb copy of a 富宁 监管人员's account
(traditional); a 价值中国 comment; out: a ttnews copy of the 綦江 report (traditional), a
东南网 copy of the 人民日报 expert view on the 寻甸 crash (traditional), a 5law case report, a
wanbiaoku comment on 王先生's car, a 78911 copy of a report on drivers, a 華文網 report on 私车
公用 (traditional), a 3news comment, a 台湾 news page on the 2014 reform (traditional), a 麻城
news page and the 威海 纪委's rules on a 法搜网 page. Ten texts are in traditional script
(items 3, 6, 7, 8, 9, 11, 13, 14, 18, 20; the glossing pinyin of the converted copies removed
in 8, 9 and 11).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings,
bylines, datelines, captions, site lines, the advertising words scattered through the yes99
copy and the truncated last sentences of the stored copies removed); paragraphs joined; ASCII
punctuation written full-width except inside numbers; stray spaces after punctuation removed
(005, 009, 010, 014, 021). Page oddities kept: "非凡没觉得亏" (004), "事故原因系操作失" (013),
the closing quote that opens the witness's words and "“开公车上坟’" (010), "临颍" beside
"临颖" (010), "遗憾地是" (016), the simplified forms inside the traditional copies ("后", "于",
"干部") and the "﹔" of 006.
scope "in" for alleged misconduct of a party member or public official (village cadres
included; public drivers and staff of public schools and units count as public servants), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters,
victims, witnesses, firms, buyers and people without a post, and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions
(as first written with the name, "原" kept) and units as written; unit None when the text ties
the person to no named unit. Topics only from the twelve names of triage.md; private use of
public cars and 私车公养 is 八项规定 (违规配备使用公车), money or property of the office turned
to private gain 廉洁纪律, failure to supervise 工作纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (014, 016),
both out. Out types: 涉法涉诉 4 (013-016), 个人利益诉求 2 (017, 018), 其他 4 (019-022). 16
accused entries: 15 in items 1-12 (9 with a full name: 韩云贤, 苏建, 陈运良, 向新颜, 廖雪峰,
赵朝魏, 邓凯, 张仰华, 史蘭芳; 5 masked: 李某 twice, 曹某, 何某, 肖某; 1 post only) and one
post-only entry in the mixed out item 014. Items 003, 004, 010 and 012 are in scope with no
accused entry. The masked 曹某, 何某 and 肖某 strings occur in earlier batches for other people.

Close calls:
 1  Headline "揩公家油 养私家车…-西部" and the sub-heading "变着花样“揩公家油”" cut; ends before
    the truncated 温州 sentence. Five entries: 韩云贤 ('主任', '贵阳市乌当区爱卫办'), the two
    公车驾驶员 苏建 and 陈运良 of the 赫山区水务局 (public drivers count), 廖雪峰 ('主任', the
    板桥镇 人社服务中心) and, hard, 向新颜 ('原党组成员', "该局" = 赫山区水务局), who was only
    "提醒谈话" for his part in car management (could be read as one who only handled).
    八项规定 and 廉洁纪律.
 2  Commentary; ends before the truncated "这事黑白分明…" paragraph. 赵朝魏 ('支队长',
    '云南楚雄州农业局执法支队', his holiday car in 老挝) and 邓凯 ('原纪委书记', '广水市', one of
    the officials who kept the cars they took on promotion; his own words imply he has one). The
    other 广水 officials are an unnamed group; the 人大常委 who claim the cars back are not
    accused. 八项规定 and 廉洁纪律.
 3  Hard, traditional feature: "鄉鎮領導" who draw 车补 and still use the old cars, 委办局
    领导干部 who borrow 事业单位 cars: unnamed groups, in, no entry (could be read as 其他, a
    report on the reform). 陸浪 and 張參 (化名) are witnesses, 葉青 an expert. Ends before the
    truncated "未來兩到三年…". 八项规定 and 廉洁纪律.
 4  Hard: a comment on the 中牟 auction ("公车卖出了废铁价") and 温州's, suspecting 贱卖 by the
    county departments (organs: in, no entry; could be read as 其他, a comment). 黄晖 of the
    温州车改办 only answers. Ends before the truncated "拍公车不是买古玩字画…". 廉洁纪律 and
    工作纪律.
 5  Comment; the police car 皖J9068 fetching 张仰华's daughter: (张仰华, None, '车管所驾管科'),
    no post given. The 黄山市交警支队 only investigates and announces; the daughter is not
    accused. Ends before the truncated "让公民对行政权力的监督". 八项规定.
 6  Traditional (人民网 BIG5); the "中國共產黨新聞網北京4月3日電 (記者 李源)" dateline and the
    "相關新聞" lines cut. Two drivers both masked 李某 ('小車班班長', '南京水務集團有限公司';
    '駕駛員', '南京市編辦') and the 編辦's "分管公務用車負責人", criticised for them: (None,
    '分管公務用車負責人', '南京市編辦') (hard). 趙軍 of the 民政局 was on duty: not accused; the
    南京市紀委 only announces. 八项规定 and 工作纪律.
 7  Traditional; the "【執紀者說】" head and the author "(蔡明麗)" cut. The 3 駕駛員 are an
    unnamed group (no entry); 史蘭芳, written "時任馬白鎮黨政辦主任的史蘭芳": ('黨政辦主任',
    '馬白鎮'), held to account for failing to check the fuel use. 八项规定, 工作纪律 and 廉洁纪律.
 8  Traditional with glosses removed; ends before the truncated "最…". 曹某 "縣市場監督管理局
    某分局副局長": ('副局長', '縣市場監督管理局某分局'). The 督查组 only investigates. 八项规定.
 9  Traditional with glosses removed; the site lines, title "監督哨丨屢屢維修的僵尸車" and byline
    cut; ends before the truncated sentence on where the money went. 何某 "該鎮分管城管工作的何某":
    ('何某', '分管城管工作', None), the 镇 unnamed; the 城管中隊 is an organ, the 修理廠老板 a
    witness. 廉洁纪律 (虚列开支) and 八项规定 (公车运行费用).
10  Hard: the villagers' suspicion that a 公务用车 was at a grave, then the 漯河市文化广电和旅游局's
    statement that it was on a 文物普查 trip ("与事实不符"). In as a report of alleged misconduct,
    no entry (the users are unnamed, the 局 only answers); could be read as 其他 once refuted. The
    site header, headline and "0 分享至" cut; ends before the truncated apology sentence. 八项规定.
11  Traditional with glosses removed; a 富宁 monitoring officer's account of 肖某 taking a
    school pickup out on New Year's Day: (肖某, None, None), no post or named unit given. 呂書記
    and 謝副書記 only investigate. Ends before the truncated "“如果你不愿配合…". 八项规定.
12  Short comment; title, site lines and the two captions cut. The users of the exposed cars are
    unnamed: in, no entry (hard; could be read as 其他). 八项规定.
13  涉法涉诉, traditional: a pedestrian's suit against 周某某 (a 街道 deputy head driving a private
    car on duty) and the 街道办事处; no misconduct alleged, so no entry. Headline (twice),
    sub-headings and "網絡配圖" cut; ends before the truncated "第一種意見…".
14  涉法涉诉 and mixed, traditional: the compensation dispute over a 公车私用 crash, with the
    expert's view that the 縣人大 must pay; the dead driver, "尋甸人大工作人員", used the car
    privately and the 人大 had "管理疏失": (None, '工作人員', '尋甸人大') (hard: the accused is
    dead, the matter is the liability). Title, source line and "專家觀點" head cut.
15  涉法涉诉: an auction company's suit against the buyer of a customs-confiscated van (not an
    official car: neighbouring theme). Ends before the truncated "原告拍卖公司起诉称…".
16  涉法涉诉 and mixed (hard): 王先生's complaint that the car he bought at a court's 执行局
    auction was already scrapped, with the writer's question how the court staff checked it
    ("相关人员又是如何把的关"); the staff are unnamed: no entry. Could be read as 个人利益诉求.
    The author line "青锋" cut; ends before the truncated "结果，“被北京车管所".
17  个人利益诉求 (hard; could be 其他): drivers' pay and jobs under the reform, 张哲 and 王志
    speaking for themselves. The timestamp line and "漏洞依然存在" cut; ends before the truncated
    "“人情多…". The "隐性油水" line alleges nothing against anyone.
18  个人利益诉求 (hard; could be 其他), traditional: 趙女士's own costs and worries in using her
    car for work. Site name, title, sub-title, "王峰/漫畫" and "為什麼不用公車" cut; ends before
    the truncated 650元 quote.
19  其他: a comment on the 2014 reform plan.
20  其他, traditional: a 台湾 news page on the 2014 reform; the advertising words ("過敏原檢測",
    "廚房設備", "植牙"…) scattered through the copy and a trailing "," cut.
21  其他: a report of 麻城's first auction of 超标 cars. 罗学敏's remark that such cars were
    once "通过关系卖掉" names no one and no case (hard; could be read as in).
22  其他: the 威海 纪委's rules rewarding reports of breaches of the 车改 rules; the site line,
    title lines and the page footer cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH158: list[Item] = [
    # 01
    ('http://www.caurang.com/qitaxinwen/201805/67.html',
     '近日，湖南益阳市纪委通报4起私车公养案例，贵州省纪委3月19日通报了1起私车公养案例，天津、湖北、浙江等'
     '多地也在持续开展私车公养专项检查整治。从中央纪委以及各地纪委通报情况来看，此类案例并不少见。“新华视点”'
     '记者调查发现，随着各地作风建设持续深入，公车私用得到有效遏制，但花样翻新的私车公养现象浮出水面，成为“车'
     '轮腐败”新变种。从公车私用到私车公养，一些地方公车改革过程中的违纪问题出现新动向。记者调查发现，私车公养'
     '的表现形式多样。其中，使用单位加油卡为私家车加油的案例最为普遍。贵州省纪委监委网站3月19日通报了贵阳市'
     '乌当区爱卫办主任韩云贤私车公养问题。2016年至2017年，韩云贤在前往广州、海南、凯里、重庆等地办私事'
     '过程中，多次违规使用单位公务油卡为私车加油，共计20314元。2017年12月，韩云贤受到党内严重警告处'
     '分，相关费用予以退赔。湖南益阳市纪委的通报显示，2017年7月1日至2018年1月30日，赫山区水务局公'
     '车驾驶员苏建私自用公务车加油卡为自己私车加油19次共计5300余元；该局公车驾驶员陈运良私自用公务车加油'
     '卡为自己私车加油26次，为朋友私车加油2次，合计7400余元。苏建、陈运良被立案审查，该局负责公车管理的'
     '原党组成员向新颜被提醒谈话。还有的人将私车“租”给单位。湖北纪检监察机关近期通报，2016年全年，恩施市'
     '板桥镇人力资源和社会保障服务中心主任廖雪峰将一辆私人小轿车“租给”中心使用，用于自己进城开会和下乡，并报'
     '销“租车费”。查实后，廖雪峰受到党内警告处分。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('韩云贤', '主任', '贵阳市乌当区爱卫办'), ('苏建', '公车驾驶员', '赫山区水务局'), ('陈运良', '公车驾驶员', '赫山区水务局'), ('向新颜', '原党组成员', '赫山区水务局'), ('廖雪峰', '主任', '恩施市板桥镇人力资源和社会保障服务中心')]),
    # 02
    ('http://www.cnwnews.com/html/soceity/cn_nm/gnnm/20111013/375549.html',
     '长假一过，新闻里公车又成了主角：一是云南楚雄公车假期现身老挝景点，一是湖北广水官员上调带走公车。云南楚雄'
     '州农业局执法支队赵朝魏支队长可能觉得自己很“背时”，“点子低”，好端端个惬意假日游，偏偏遇上了“网友曝”'
     '，有板有眼，有图有真相，想赖也赖不掉。谁说“网友曝”不好来着，现代社会人人皆可成记者，记者不仅是一种职业'
     '和一个身份，更是一种权利，是公民所尽的义务。好在“有关方面”回应及时，处理及时，要不，老挝方面真以为楚雄'
     '农业局在跨国执法，这玩笑可就是国际级了。老赵占公家便宜，得了个“免职”处理，还是认了吧。而湖北广水的事就'
     '纠缠不清了。当地人大常委联名追讨被带走的28辆公车，劳神费力地讨来讨去，也只讨回8辆，剩下的大多讨告无门'
     '。其中一位的回答很有代表性，广水市原纪委书记邓凯对南方周末记者说：“如果找我要我不还，那是我耍无赖，关键'
     '是根本没人找我要过车。”——是啊，您不是无赖，但您总得自觉点啊。官员高升带走公车有何用？一部分用在新岗位'
     '，还有一部分，南周的报道只是含糊其辞地说有人将车给亲属用，其他的就不便再继续追踪报道了。车随人走，留给亲'
     '属用似乎也在“情理之中”。只是苦了本就不富裕的广水市，以前和随州市是平级，可县改市后人家成了自己上级。新'
     '增一个上级衙门，自然新增一些上级官员，原来那点家底又尽在人家掌握之中，自然也就予取予夺。偏偏现在又到了换'
     '届时，再这么一折腾，广水那些留守官员就缺少“消费弹性”了，给媒体报料，我看也是逼急了。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('赵朝魏', '支队长', '云南楚雄州农业局执法支队'), ('邓凯', '原纪委书记', '广水市')]),
    # 03
    ('http://lu100.cc/GongZiGaiGeFangAn/48034-2.html',
     '事實上，各市區縣的車改也不徹底。常熟市在車改政策中規定，各部門根據工作需要（如重大公務活動或出差到常熟市'
     '以外地區），可以向市行管局租用車輛。當時這個政策是作為車改的過渡措施，確保各單位用車需要，但結果是，這個'
     '政策在車改后延用至今。“上有政策，下有對策。”蘇南某縣級市一位政府工作人員陸浪（化名）說，車改后車子減少'
     '，駕駛員其實沒減少，大多數駕駛員分流后照樣拿工資。陸浪身邊常有這種情況，因為招商引資的需要，當地很多鄉鎮'
     '都會有商務用車，但這些車時常被鄉鎮領導“占用”。他們一邊拿車補，一邊還享用鄉鎮車改后留下的專車。因為市級'
     '機關下面的事業單位并未進行公車改革，這些單位至今留有公車和駕駛員。一個普遍的現象是，機關長期借用事業單位'
     '公車。車改后，機關內部也流行“搭便車”現象。一些委辦局領導干部，也不一定自己花錢，完全可以搭便車，或者干'
     '脆要求下屬單位派車，下面的事業單位巴不得有接近領導的機會。陸浪甚至聽說有些地方的一些鄉鎮領導，在拿到車補'
     '時，還利用手中權力，向鄉鎮企業伸手要車，或將用車產生的費用轉嫁給企業。她覺得這是新一輪的公車腐敗。無錫某'
     '縣級市一位政府人士張參（化名）介紹，現在很多領導干部對車補的認識出現了偏差。原來有公車時，“想去哪里就去'
     '哪里”，現在用車必須自己掏錢，而且省下的錢歸自己，于是該去的地方都不去了。張參說，一些單位超標準發放補貼'
     '，以油價上漲名義亂發汽油補貼；或者到下面事業單位無償借用車輛或報銷、索要發票等現象普遍存在。這無形中增加'
     '了車改后的行政成本。葉青說，按照中央新規定，上述借用事業單位用車等行為都是違規行為，紀檢部門如果發現將予'
     '以嚴查。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     []),
    # 04
    ('http://taiwan.cn/plzhx/wyrt/201207/t20120716_2829954.htm',
     '河南省中牟县公开拍卖超编公车，43辆车卖了39.11万元，平均每辆车9000多元，其中一辆面包车只卖了1'
     '600元，比估价还低。此事被各大网站转载后，很多网友戏称“公车卖出了废铁价”。中牟县相关部门作出回应，称'
     '被拍卖公车很多接近报废，车况较差，而且多是面包车，所以拍价不高。（7月15日《广州日报》）此前，温州刚刚'
     '因215辆公车公车拍卖均价不到5万元，被指有变相贱卖公车之嫌。没想到，中牟公车拍卖再次让人大跌眼镜，平均'
     '一辆车9000元出头，甚至赶不上一辆稍有档次的自行车，难怪有网友诘问道：“中牟在卖车还是卖铁？”面对质疑'
     '，温州、中牟两地先后作出回应，均表示所拍卖的公车车龄较长，车况较差。并且，对于这样的结果，有关部门非凡没'
     '觉得亏，反倒认为赚了。事后，温州车改办处置组组长黄晖向媒体表示，“有这样超过预期的拍卖结果，我们感到满意'
     '”。中牟方面则高调宣布，通过拍卖公车，实现国资增值53.2%。究竟是公车拍卖，还是公车贱卖，有关部门和公'
     '众的态度截然对立。这不能怪公众过于敏感。常识告诉我们，无论是行政机关，还是事业单位，其公务车总是养尊处优'
     '，车随人贵。毕竟，“一年换5个轮胎”的保养待遇岂是其他社会车辆所能比拟的，即使有些公车年老色衰了卖不上肉'
     '价，也至少不会跌到白菜价。然而，拍卖价格低过市场均价、跌破公众预期却是普遍现象。早在2006年5月，工行'
     '四川省分行一次机关车拍卖会上，20辆机关车总成交金额为46.09万元，就曾陷入“贱卖”风波。据悉，一位拍'
     '得两辆公务车的买主甚至意犹未尽地表示“只要成交价合适，买10辆都行！”与之相辉映的是，当时一辆起拍价为2'
     '300元的奥拓车，最终以1.1万元成交，是起拍价的近5倍。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 05
    ('https://mcdurieux.com/news/guancha/baogao/2014/1008/168252.html',
     '近日，黄山市一名网友多次看到一辆警车到该市交通局接送一名年轻女子，并用手机拍下发到网上，引发网友热议。9'
     '月30日，黄山市交警支队在其官网公布处理决定。（10月8日 新浪网）黄山市交警支队称，针对反映的皖J90'
     '68号警车涉嫌公车私用问题，经认真调查核实，现已查明：该车为车管所驾管科张仰华所驾驶警车。对网友反映接送'
     '年轻女子一事，黄山市交警部门调查后查明，2014年9月11日至16日（13日、14日为双休日）期间，张仰'
     '华担心其女儿患重感冒吃药开车不安全，便于上下班期间，先后四次驾驶皖J9068警车顺道市交通局接送其女儿。'
     '事发后自称当事女子的网友回应称，自己有车因感冒吃药不方便开，因此在驾管所上班的父亲顺路接自己下班，该说法'
     '与交警部门调查结果一致。公车私用就是公车私用，纵然有这样或那样的理由又如何？犯错就是犯错，岂能用理由就能'
     '侥幸过关的。公车私用已经是一个老生常谈的话题，对于整治公车私用的规章制度层出不穷，公车私用的各种通报批评'
     '处分更是络绎不绝。如今全国上下全力整治公车私用，对于这种漠视规定、顶风违纪的行为，要加大惩戒力度，对有令'
     '不行、有禁不止，不论其职务多高，发现一个、查处一个，这样才能真正使纪律真正成为带电高压线。如此大力查处的'
     '高压态势下，为何仍旧有一些官员心存侥幸心理，对照一些违规违纪查处案例还是不能为此警醒，说到底，还是特权思'
     '想在作怪，官本位思想严重。错误地认为反正公家的车不用白不用。总结这些公车私用屡禁不止的原因还是监管教育不'
     '到位，要对公车加强监督起到有效作用，还需配备强有力的制度保障，严格购置和运行经费预算管理，加强公务用车集'
     '中管理，严格实施使用登记和公示、配备更新等制度。',
     'in', None, False, ['八项规定'],
     [('张仰华', None, '车管所驾管科')]),
    # 06
    ('http://fanfu.people.com.cn/BIG5/n/2013/0403/c64371-21011911.html',
     '針對日前媒體曝光的南京多輛公車現身墓園事件，昨日，南京市紀委在其官方微博“鐘山清風”上通報調查情況。通報'
     '稱，媒體曝光的8輛車中，經初查屬於南京市紀委監察局管轄范圍的3輛。具體調查結果如下：3月23日上午，南京'
     '市城建集團下屬南京水務集團有限公司小車班班長李某私駕本單位蘇A67437公務用車掃墓。南京水務集團有限公'
     '司作出處理：李某公車私用，責令作出書面檢查、內部通報批評、撤銷小車班班長、扣除當月績效獎金、補交用車費用'
     '100元。3月24日上午，南京市編辦駕駛員李某私駕市編辦下屬市機構編制信息中心蘇AN2126公車掃墓。市'
     '編辦主任辦公會作出處理：李某公車私用，責令作出檢查、內部通報批評、停職1個月、扣發薪資、罰款500元﹔對'
     '南京市編辦分管公務用車負責人提出嚴肅批評，作出深刻檢查。3月31日上午，根據南京市民政局清明期間值班安排'
     '，南京市民政局副局長趙軍帶領相關工作人員使用本單位蘇AN3229公務用車，先后巡查石子崗殯儀館和普覺寺、'
     '隱龍山等墓園，系開展日常工作使用。“鐘山清風”微博還稱，通報的兩例公車私用個案說明，杜絕公車私用依然任重'
     '道遠，但頑症決非無藥可治﹔對兩例公車私用的處理也說明，隻要態度堅決、嚴格執紀，隻要全社會包括媒體共同參與'
     '，就一定能治愈該頑症。',
     'in', None, False, ['八项规定', '工作纪律'],
     [('李某', '小車班班長', '南京水務集團有限公司'), ('李某', '駕駛員', '南京市編辦'), (None, '分管公務用車負責人', '南京市編辦')]),
    # 07
    ('http://qdubb.cn/html/2018/quansheng_0718/50675.html',
     '“悔不該占公家的便宜，用公車的油卡為個人私車加油，可恥的‘油耗子’，違反了公車廉潔管理規定，接受紀律處分'
     '，以后一定引以為戒……”一名被問責的駕駛員深刻檢討道。經查，2017年8月至11月，馬關縣馬白鎮3名公務'
     '用車駕駛員因多次違規使用公務油卡為個人私車加油，涉及金額2695.88元，受到黨紀政務處分。作為時任馬白'
     '鎮黨政辦主任的史蘭芳，因未嚴格執行《馬白鎮車輛管理制度》的相關規定，未安排工作人員對全鎮公務車輛的行駛公'
     '里數進行抄錄，核定車輛實際用油量及油耗，存在工作履職不力、監督管理不嚴、失職失責的行為，對相關工作人員違'
     '規使用公務油卡為個人私車加油問題負有領導責任，馬關縣紀委決定給予史蘭芳在全縣范圍內通報的問責處理。“小油'
     '卡”折射“大作風”。這起典型的“車輪上的腐敗”說明制度再好，也要重在執行。一些單位由于管理不善，制度執行'
     '不力，導致公車私用、私車公養等現象，在社會上造成了不良影響，有損黨群、干群關系。要嚴格執行中央關于厲行節'
     '約制止奢侈浪費行為規定和加強對公務用車管理的各項規定，加強公務用車管理、駕駛人員的教育，嚴格要求、嚴格管'
     '理，堅決杜絕違紀違規現象的發生。紀檢監察機關要強化監督檢查和問責查處，狠剎“私車公養”歪風，讓公車平穩地'
     '行駛在姓“公”為“公”的軌道上。',
     'in', None, False, ['八项规定', '工作纪律', '廉洁纪律'],
     [('史蘭芳', '黨政辦主任', '馬白鎮')]),
    # 08
    ('http://byxmsc.com/gslz/system/2023/01/03/012883964.shtml',
     '“本來想圖上下班方便，萬萬沒想到停車一分鐘都能被查出來，真后悔這樣做……”近日，面對回訪的江蘇省灌云縣紀'
     '委監委干部，縣市場監督管理局某分局副局長曹某懊悔不已。此前，灌云縣紀委監委專項督查組在利用公車管理平臺進'
     '行日常監督檢查時，發現平臺有多條公車軌跡異常報警。軌跡顯示，縣市場監督管理局的一輛執法車兩個月內有48次'
     '在某小區停留，坐標位置幾乎固定不變，而且每次停留時間僅在1分鐘左右，停留時間都是早晚上下班時間。督查人員'
     '分析可能存在公車私用情況。為查清問題，督查人員找到該輛公車的使用人曹某，讓其就該車輛使用情況進行書面說明'
     '。對此，曹某在情況說明中解釋：“48次在小區周圍停留均是為了停車吃早餐。”“這明顯不合理，吃早餐怎么可能'
     '1分鐘就吃完。”督查人員認為曹某的解釋明顯與實際情況不符，于是作進一步調查。調查發現，該執法車每次停留的'
     '小區就是曹某所住小區。就在督查人員準備找曹某談話進一步調查核實時，曹某主動到縣紀委監委說明情況。“當時我'
     '提交書面情況說明時心存僥幸，以為能蒙混過關，后來聽說現在公車都是大數據管理，根本無法隱瞞。”曹某說。原來'
     '，2022年6月1日至7月30日期間，曹某為圖方便，安排單位駕駛員使用執法車輛接送其上下班共48次，違反'
     '了中央八項規定精神。',
     'in', None, False, ['八项规定'],
     [('曹某', '副局長', '縣市場監督管理局某分局')]),
    # 09
    ('http://djcoreydawkins.com/contents/177/13080.html',
     '“這輛車一年到頭都在維修，平均3個月就換一次火花塞，一年內皮帶換了兩次、所有輪胎換了一遍……”近日，湖北'
     '省荊州市沙市區紀檢監察干部在某鎮開展日常監督檢查，翻看相關財務賬目時發現，該鎮城管中隊的車輛全年維修總費'
     '用高達8萬元，零配件更換頻繁。帶著疑問，該區紀檢監察干部往前追溯了3年，對比維修支出和報修次數，發現近兩'
     '年的維修頻次和年度總費用較之前大幅增加。隨即，該區紀委監委成立核查組調查該問題線索。“我們車子都用了好幾'
     '年，鄉鎮路況坑坑洼洼，車的損耗比較大。”該鎮分管城管工作的何某向核查組解釋。何某的理由看似合理，但核查組'
     '從維修臺賬中發現了貓膩，有4輛公車一年來從未產生過油費，卻產生了各類維修事項，有的還存在“事后補簽”“重'
     '復維修”等情況。“僵尸車”為何還需屢屢維修？核查組隨即找到修理廠老板，了解公車維修情況。面對核查組，修理'
     '廠老板神情緊張，道出了實情：“這些車輛維修事項有一部分是虛開的票。因為鎮城管中隊與我廠是長期定點維修合作'
     '關系，他們有時候需要讓我開票走一下賬，再讓我把現金套出來給他們。”隨后，修理廠老板提供了維修詳單，核查組'
     '發現虛列開支3萬多元。核查組帶著證據再次找到何某，何某低下了頭，承認虛列維修開支違規報賬的事實。',
     'in', None, False, ['廉洁纪律', '八项规定'],
     [('何某', '分管城管工作', None)]),
    # 10
    ('https://www.163.com/dy/article/KERB10VQ0530WJIN.html',
     '11月20日，有网友在社交平台发布视频称，在河南临颍县窝城镇白坡村一田地里，停着一辆公务用车挡住了农民们'
     '务农的路，并推测该车存在“公车私用”的情况。网友提供的视频显示，一辆车门贴着公务用车标识的小轿车停在路上'
     '，还注明了监督电话为0395—12345。11月20日，记者致电了其中一位目击者。他告诉记者，他们驾驶的'
     '农机去地里干活被这辆车拦住了去路。”这开个公用车在这上坟，看看你车停的地方，还是一个公务用车，你看把这堵'
     '的，回地干活都弄不成。”当时他正开着拖拉机准备去田地干活，被这辆公务车挡住的路是他们务农的必经之路，车上'
     '没人也没有留下任何电话，“我们等了大概二十分钟后，车主一行人才返回将车开走，也没有解释将车开来此地的原因'
     '。”同时，目击者向记者介绍，此地是去附近坟地的一条路，推测可能是停在此地去上坟地回来。记者注意到，这辆写'
     '着公务用车的小车车牌显示为豫L·5Y926。记者拨打了车上的监督电话0395—12345漯河市政府服务便'
     '民热线，工作人员表示，已经记录，并已向有关部门反馈，目前正在对该车进行调查核实。11月20日，漯河市文化'
     '广电和旅游局发布情况说明：2025年11月20日，为推进漯河市第四次全国文物普查工作，漯河市文化广电和旅'
     '游局普查工作队严格遵守公车使用管理相关规定，履行报备手续后，乘坐公务用车（车牌号：豫L5Y926）到临颖'
     '县张辽城遗址、白坡遗址、湖里曹遗址等地开展文物遗址安全检查和文物普查工作。关于网络流传的“开公车上坟’等'
     '说法，与事实不符。',
     'in', None, False, ['八项规定'],
     []),
    # 11
    ('http://qdubb.cn/html/2018/jijianrenshouji_0204/42474.html',
     '“2018年元旦期間，縣公務用車‘大數據’監管平臺預警提示，你單位一輛公車仍在運行，且未進行報備登記，請'
     '對該車輛進行核實。”作為專門負責富寧縣公務用車“大數據”監管平臺的監管人員，在對節假日全縣公車使用情況進'
     '行監管時，一條異常信息進入我的視線。我立即向領導進行了匯報，領導要求立刻草擬通知文件，要求縣教育局對平臺'
     '上顯示信息異常的車輛使用情況進行核實，并將情況報送至縣紀委。“我在節假日駕駛學校的皮卡車云HK3629外'
     '出是到縣城辦公事，幫學生拉試卷。”第一次肖某作出這樣的說明。我收到縣教育局報來的情況后，反復通過公車“大'
     '數據”平臺對信息進行核對，發現肖某所說的情況與平臺上顯示的軌跡不相符。在與他進行電話溝通時，肖某也未將情'
     '況如實說明，認為我們沒有證據，拒不配合我們的詢問，態度相當不好。“呂書記，請你再次對該問題進行核實，肖某'
     '所說的情況與我們公車監控平臺上顯示的情況并不相符。”我立刻打電話給縣教育局紀委。“你為什么在節假日使用公'
     '車？是辦理公事還是私事？”縣教育局紀委呂書記和紀委謝副書記通知肖某到教育局紀委，希望他能如實將問題說明清'
     '楚。“我沒有在節假日期間私自使用公車的行為，我用車都是做公事，你們沒有證據不要亂說！”自認為工作人員沒有'
     '證據，肖某態度囂張的說道。',
     'in', None, False, ['八项规定'],
     [('肖某', None, None)]),
    # 12
    ('https://www.cvimg.cn/article/2009/9/20/626537.html',
     '时下，学校、商场、酒店、景区等场所几乎都能发现公车的身影，这些公车不是去执行公务，而是执行某些人的“私务'
     '”，比如接送人、旅游、购物等。此次大规模曝光车辆牌号，不妨也曝光这些相关当事人，并追究其责任。长远来看，'
     '要将公车管理正规化、法制化，完善公车管理机制，一旦出现公车私用的现象，马上进行问责。只有这样，才能让公车'
     '回归本位。',
     'in', None, False, ['八项规定'],
     []),
    # 13
    ('https://p2.ttnews.xyz/a/5c055866dc9b5e1904874ba1',
     '將自己的私家車用於公務活動，簡稱“私車公用”，一旦出了事故，該誰來“買單”，是個人還是單位？近日，綦江就'
     '發生了這麼一起事故，對上述問題，法院的判決給出了答案。周某某系某街道辦事處副主任，按照街道辦事處黨工委關'
     '於2017年元旦春節走訪慰問困難群眾的工作安排，周某某負責帶隊對社區困難群眾進行走訪。街道提供的資料顯示'
     '，周某某要對社區69戶困難群眾進行走訪慰問，並將慰問金送到每一戶困難群眾手中，此次慰問工作應於2017年'
     '1月17日前完成。然而，就在走訪的截止日前一天，一場意外發生了。2017年1月16日上午，周某某“私車公'
     '用”，駕駛自有小型客車搭載本辦事處的兩名公務人員、一名事業單位人員和一名臨聘人員到涉案社區走訪慰問困難群'
     '眾。在走訪慰問途中，周某某在靠邊停車時誤刮撞行人徐某某，造成徐某某受傷、車輛受損的交通事故。事後調查，事'
     '故原因系操作失。公安交通管理部門認定：周某某一方應承擔此次道路交通事故全部責任。送醫救治後，徐某某向法院'
     '提起訴訟，請求判令由周某某、某街道辦事處立即向其共同賠償醫療費、精神損害撫慰金等合計70萬元，由保險公司'
     '在交強險和商業三者險限額內向其直接賠付上述賠償款。法官介紹，本案中，對周某某和某街道辦事處是否承擔侵權責'
     '任存在兩種不同意見。簡而言之，“私車公用”發生了事故，到底該誰來買單？',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://xpshebei.com/wap/2012-03/26/content_8076337_3.htm',
     '本案中，事故車輛和駕駛人不是普通民事關系，而是《公務員法》上的公法關系。公車，屬于行政法意義上的“公物或'
     '公產”，其使用除了受民事法律約束，主要受特定行政法律規范約束，如《鐵路法》對鐵路的使用即屬于對公物公產使'
     '用的特別規定。國務院辦公廳、監察部和各級政府發布的關于“嚴禁公車私用、出租、出借”的規定，亦是對公物公產'
     '使用的特別法規范。因此，除非有法律明文授權，公車使用必須用于“公務”目的。從資產的意義上講，違反公車管理'
     '規定出借公車，與違反《槍支管理法》出借槍支，沒有實質性區別。公車的所有使用，法律上均推定為“公務活動”。'
     '違法違規出借，并不能改變公車的“公務專用”屬性。公車一般由專職駕駛員駕駛。如發生交通事故，駕駛員只承擔個'
     '人責任（主要是行政法律責任），而其民事責任則由公車所屬單位（或管理使用單位）承擔。單位如果認為駕駛員有故'
     '意或重大過失的，在對外承擔責任后，可以依法追償全部或部分損失。但這不能成為單位拒絕對外承擔責任的抗辯理由'
     '。本案中的駕駛人系尋甸人大工作人員，不論縣人大是否有過錯（事實上存在管理疏失），其行為后果當然應由人大來'
     '承擔（因死亡，其個人行政責任、刑事責任不再追究）。雖然受害者與駕駛人系夫妻，但法律上仍應視為是縣人大的公'
     '務侵權，縣人大應該承擔侵權責任。',
     'out', '涉法涉诉', True, [],
     [(None, '工作人員', '尋甸人大')]),
    # 15
    ('http://5law.dazhewang.pw/html/20099/200991711216205.shtml',
     '原告（反诉被告）：湖北省物资拍卖公司（下称拍卖公司）。被告（反诉原告）：武汉市嘉宝出租汽车有限公司（下称'
     '嘉宝公司）。1995年5月23日，6月1日、9日、12日，拍卖公司分别在湖北日报、长江日报上刊登拍卖公告'
     '。6月12日的拍卖公告中附有拍卖公司制定的拍卖方法及拍卖清单。清单中对双方争议的拍卖标的物表述为“道奇面'
     '包车”，基价18万元。6月12日，武汉海关作为委托人给拍卖公司下达了委托拍卖通知书，列举所委托拍卖的物资'
     '名称、规格、型号及数量。其中，发生争议的拍卖标的物的序号为9号，名称“克莱斯勒”，规格、型号“航海家”牌'
     '厢式旅行车。拍卖公司根据武汉海关的委托及湖北省进出口商品检验局对武汉海关罚没汽车的商检，出具第三期拍卖罚'
     '没汽车商检抄件及基价表。其中拍卖物资清单注明：9号车，名称克莱斯勒航海家牌厢式旅行车。6月13日，嘉宝公'
     '司以竞买人身份交纳竞买押金，取得17号竞买证和拍卖公司提供的上述资料，并于当日对9号车进行了查看。6月1'
     '4日，拍卖公司对上述物资进行拍卖。在对9号克莱斯勒航海家牌厢式旅行车的拍卖中，拍卖公司以起拍价18万元进'
     '行加价拍卖，每次加价幅度为2000元。当加价叫价至204000元时，除嘉宝公司举牌应价外无人再举牌。拍卖'
     '师连叫三遍后，遂以木槌击板，宣布嘉宝公司以204000元最高价竞得9号拍卖物。双方当即签订成交凭证和编号'
     '为956009的机电产品购销合同，并经公证。但事后嘉宝公司未履行合同，拍卖公司遂于1995年7月向武汉市'
     '中级人民法院起诉。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://wanbiaoku.com/new/10519d1bee304c0b86671e48d041841f',
     '宿州王先生2022年6月18日通过广西某市中级人民法院执行局竞拍到一辆车牌号为京NW2322奔驰轿车，2'
     '023年1月30日上路行驶时被宿州交警查扣后得知，他花11.7万竞拍到的竟是一辆报废车。大皖新闻报道披露'
     '的这一情况，让人惊诧之余，不能多问几个为什么？早在2018年就被北京交管部门强制报废的车辆，何以能经过法'
     '院法定程序拍卖，并能够成交？这家法院在公开拍卖之前有没有对车辆状况作过查询，让一辆已经报废的车辆通过法定'
     '程序流入市场，这中间相关人员又是如何把的关？说起来这件事，责任也不只是在法院一方。作为竞拍人，在竞拍这辆'
     '奔驰S600之前，竞拍人没有做背调，也就是没有了解清楚这辆车是否可以正常上路行驶就参与竞拍，并以11.7'
     '万元拍下这一车辆，应该说也负有一定责任。不过，作为普通人，因为是中级法院公开拍卖的物品，不做背调也情有可'
     '原。对于一个执法机关，又有几个人能够怀疑其公信力，或者会想到法院会通过法定程序拍卖报废车辆呢？从某种角度'
     '上说，青锋也非常同情这位竞拍车辆的王先生。据大皖新闻报道，王先生于2022年6月18日竞拍下这辆奔驰车后'
     '，曾于2022年6月29日按照某市中级人民法院执行局的要求到柳州市办理车辆交接手续。但因发现该车在户外闲'
     '置多年，各种配件严重老化等无法启动，通过网上下单把车子运到安徽省宿州市，投入12万费用维修上路行驶被宿州'
     '市交警查扣，才知该车辆系报废车辆。据王先生对大皖新闻的说法，发现车辆已经报废后，他多次联系拍卖车辆的法院'
     '执行局，给出的答复为“他们会和北京车管所协调协商，把车子手续恢复到正常状态”，并让王先生耐心等待。遗憾地'
     '是，王先生多次电话催促，等来的是某法院执行局让其自己到北京市车管所一趟。',
     'out', '涉法涉诉', True, [],
     []),
    # 17
    ('https://78911.com.cn/ZhengCeGaiGe/479547-2.html',
     '国家发改委的官员曾表示，对因取消公车而失岗的司勤人员不会简单推向社会，主要采取内部安置的办法，用多种方式'
     '保障其能够继续就业。要做好相关司勤人员的人事劳动关系变更、经济补偿发放、社保关系处理等工作，充分尊重和维'
     '护他们的合法权益。而当改革的大幕开启之时，司机们才发现，并非所有人都可以获得改革的制度抚慰。“无论怎么改'
     '革，有编制的和没有编制的，都会是不同的待遇，这是体制决定的问题。”一名政府官员告诉记者。该官员预估，在聘'
     '用制下的机关单位、国有企业的司机数目远多于真正有编制的。“没有编制的很可能走人。”贵州一县政府的一名司机'
     '张哲也表示。尽管没有编制，一个月只有2000多块的工资——相比正式工少了近千元，并且单位不会给缴纳社会保'
     '险，但在张哲看来，这在当地看来仍是一个好工作。“我可以认识不少领导，混个脸熟办事都方便点。”张哲说。对于'
     '公车改革，张哲早就从新闻上看到，虽然支持这个政策，但是想到自己极有可能是被分流的那一部分，他已经开始寻找'
     '新出路。“补偿、转岗啊之类的想都不敢想。以后可能是出去打工去。去广东，或者就近一点去成都之类的地方。”张'
     '说。与外界想得不一样的是，对于公车司机的职位，司机们往往是“鸡肋”的态度。公车司机往往工资不高，也就与当'
     '地平均工资持平，要说不好吧，隐性“油水”也挺多，但要说好吧，往往可以倒出一肚子苦水。“大家所熟知公车的三'
     '分之一私用我基本无福享用，每天能保证三分之一的时间给我休息就满足了。”成都市一位从1993年复员转岗做单'
     '位司机的王志对记者讲起做司机的心酸事，简直就停不下来。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://cnread.news/amp/article/2973215.html',
     '趙女士最近有些煩惱。自從換了工作單位，她新增了一項工作任務，每週需要固定地向其他單位取送材料，一周至少一'
     '次，多的時候一週三次。趙女士原本在A市某區工商所上班，不久前，她被調到區工商局任職，分配在區行政服務中心'
     '工作。作為市場監管部門的一名新成員，一項取送材料的任務落在了她身上。這原本並沒有什麼，都是正常的工作安排'
     '，只是趙女士所在的地區屬於城郊，公共交通並不發達，而每次取送材料需要用到公車時，公車又調度不開，趙女士只'
     '好開自己的私家車往返。對於工作安排，趙女士稱，她並沒有怨言，只是像她這樣經常需要外出執行公務，卻常常遇到'
     '無車可用的情形時，心裡偶爾會有點小情緒。畢竟，開著自己的私家車外出辦公，車輛損耗、油費是一個方面，而作為'
     '一名駕齡不到一年的新司機，她很擔心經常開著自己的車外出辦公，會發生意外。趙女士的煩惱只是公車改革大背景下'
     '的一個縮影，記者調查發現，趙女士的遭遇並非個例，而她擔心的事也確實在其他人身上發生過。如今，隨著公車改革'
     '工作在全國範圍內全面展開，公車私用的現象幾乎絕跡，但私車公用的現象卻在悄悄生長。2014年7月16日，《'
     '關於全面推進公務用車制度改革的指導意見》和《中央和國家機關公務用車制度改革方案》下發。按照新方案，取消一'
     '般公務用車，普通公務出行社會化，適度發放公務交通補貼。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://3news.cn/html/2014/fangtan_0723/2536.html',
     '16日，中办、国办发布《关于全面推进公务用车制度改革的指导意见》和《中央和国家机关公务用车制度改革方案》'
     '，取消一般公务用车；普通公务出行社会化，适度发放公务交通补贴；司局级每月补贴1300元、处级800元、科'
     '级及以下500元；中央国家机关今年完成改革，地方党政机关2015年完成。（新华网7月18日）在三公经费中'
     '，公车费用占了相当比例，公车私用一度成为普遍现象，具有典型的官僚主义、享乐主义、奢靡之风色彩，严重影响了'
     '党政部门形象。从2011年4月至2013年7月，全国共清理违规公务用车19.96万辆。公务用车制度已经到'
     '了非改不可的阶段。在公务用车制度改革《指导意见》和《改革方案》中，对什么是公务用车、此次公务用车的改革重'
     '点、哪些取消哪些保留、对哪些人有影响、公车取消后的公务出行、补贴标准、改革时间限制以及取消的公车如何处理'
     '都做了详细的说明，对各个地方公务用车改革指明了方向，尤其指出中央国家机关今年完成改革，对公务用车改革起了'
     '表率作用。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://news.yes99.com.tw/?p=138857',
     '備受詬病的大陸公務車濫用情況，終推出大範圍改革措施。中共中央與國務院辦公廳昨天下發公務車改革方案，取消副'
     '部級以下領導幹部用車和一般公務用車。意即今後廳局級以下領導幹部將不再享有專屬座車配備，節省公帑以及杜絕公'
     '車私用情況。大陸的公車開支是所有三公（公務接待、公務車輛、因公出國）消費的三分之二，導致「車輪腐敗」弊病'
     '。大陸中央級官媒、中國之聲「央廣新聞」去年四月即報導，大陸的公務車數量超過四百萬輛，且每年增加百分之廿，'
     '因採購、維護、燃油消費超過四千億元人民幣。但僅三分之一用於公務活動，三分之一是司機個人使用，還有三分之一'
     '是領導個人和家庭使用。根據中辦、國辦的改革方案，因取消公務車而失去工作的司機和後勤人員，要採用內部安置辦'
     '法，安排轉換工作，提前退休。對不再享有公車配備的中央司局級官員，每人每月補貼一千三百元人民幣、處級每人每'
     '月八百元、科級及以下每人每月五百元。對於取消的車輛，要公開招標拍賣，防止賤賣。目前中央國家機關本級涉及改'
     '革的車輛就有近五千輛，若加上全大陸各省市，改革的車輛將難以計數，多少會影響到二手汽車市場。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.macheng.net.cn/article-4534-1.html',
     '元月10号上午，麻城市公务用车管理办公室委托拍卖公司，对8辆超标公务用车进行拍卖。6辆公车拍卖共得558'
     '000元。这是自中央八项规定出台以来，麻城市组织的第一次拍卖超标公务用车，这也为下一步的公车改革奠定了基'
     '础。根据省纪委《关于党政机关违规配备超标准公务用车的处理意见》通知，凡违反《湖北省党政机关公务用车配备使'
     '用管理办法》有关规定，在2011年5月20号后，未经上一级公车主管部门审批配备的排气量超出1.8升、价格'
     '高于18万元的轿车、越野车均认定为违规车。由本级公车主管部门统一收缴，一律作公开拍卖处理。现场竞购者罗学'
     '敏：“以前像这样的很多车，没有像这样的公开拍卖，都是通过关系卖掉的。今天有四十多人，我取得了两台车”。记'
     '者从公开拍卖车辆明细表上得知，被拍卖的8辆公务用车，涉及党政机关、行政事业单位公务用车。因一辆停拍、1辆'
     '流拍，成功拍卖6辆。其中，一辆起拍价为10.06万元的2012年思威小型越野客车，以11.7万元成交，创'
     '全场最高价。本场拍卖会持续1个多小时，40多人参加竞买，成交总金额为55.8万元，此次拍卖所得款项将全部'
     '上缴财政。麻城市公务用车管理办公室主任卫亚华：“此次公车清理历经自核、检查、抽查、复核四个阶段，经公开拍'
     '卖国有资产增值近6万，拍卖取得较好成效。”',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.fymate.net/html/text/lar/168345/16834509.html',
     '为了进一步推动车改工作，防止出现新的不正之风，经研究确定，对违反车改纪律的行为实行有奖举报制度。一、鼓励'
     '和提倡对已实施公务用车制度改革的单位及其公务人员违反车改纪律的行为进行举报。二、举报内容：1、利用职权向'
     '有关单位或管理相对人借用车辆供单位或个人使用的；2、利用职权将私家车的开支费用拿到本单位或其他单位报销的'
     '；3、车改单位将产权车辆隐瞒、出售、转让的；4、经批准保留的执法用车及抢险救灾、森林防火等特殊业务专用车'
     '辆，用于市区内普通公务或旅游观光、休闲娱乐等非公务活动的；5、车改单位利用各种途径未经批准新增车辆的；6'
     '、其他违反公务用车制度改革纪律的行为。三、凡被举报违反公务用车制度改革纪律的责任人，一经查实，视情节轻重'
     '除扣发1—12个月的个人交通费补贴外，一律进行通报批评，并视情追究其党政纪责任。四、举报人提供的材料和证'
     '据经查属实，给予举报人2000-5000元的奖励。五、市纪委、监察局将建立严格的保密制度，为举报人保密，'
     '切实保障和维护其合法权益。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH158, "fresh158")
