"""Sealed batch fresh176: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh174th.py; the batch and its row ids are "fresh176".)

Theme: emergency medical services and blood (120 急救中心, 救护车 charges and refusals, 血站 and
献血 money, 卫健委 and 急救站 staff, hospital heads over ambulances): the 郑州 120 dispatcher and
the five officials disciplined for a student's death, a county hospital's ambulance crew paid
kickbacks by a private hospital, 温州 120 operators selling patients' transfers, township 卫生院
heads using the 120 ambulance as their own car (眉山, 沿河, 确山) or claiming ten tyres a year on it
(蚌埠), a 卫计委 emergency chief and other 安徽 health officials arrested, a 单采血浆站 head who sold
plasma, forced 献血 quotas, a 卫计局 chief's temple and rigged hiring, a 卫生院 120 line that sent a
dying woman's son from phone to phone; out items are families' lawsuits against 急救中心, a "黑120"
driver's trial, citizens' complaints about ambulance fees and a 献血 refund, a private hospital's
ambulance seen in a scenic town or in 三亚, a 血头 ring at a blood centre and a feature on 献血
subsidies. Sources (stored-pages search): a sinoquebec report on the 郑州 通报; a 光明网 item from
the 大河报 on the 西华 ambulance crew; a hssesm copy of the 温州 "山寨救护车" report (traditional);
a 海口网 copy of the 成都商报 report on the 眉山 wedding; a g2bonline copy of the 蚌埠 巡察 story
(traditional); a 中国台湾网 copy of the 检察日报 comment on 王坤强 (traditional); a yqjqqwc list
of 安徽 health officials; a 浙江在线 report on the 陇西 plasma station; a 大纪元 report on 献血
quotas (traditional); a sdsscw report on the 临县 卫计局长; a ahscb copy of the 大河报 report on the
蚁峰镇 ambulance; a nvwu report on the 柳陂镇 120 line; out: a yinhu3 copy of the 闫老爷子 trial
report (traditional), a zangshuxian story on the 阳泉 lawsuit, a 正义网 report on 胡天生, a 大众网
copy of the 新华网 report on a 杭州 fee, a 央视网 copy of the 羊城晚报 report on a 开平 blood refund
(traditional), a funnews report on the 2.8万 transfer (traditional), a 四川新闻网 report on the
五块石 ambulance, a 商丘 forum copy of the 映象网 report, a med126 copy on the 广州 血头 and a
zgkjsz copy of the 新民周刊 feature on 献血 subsidies (traditional). Eight texts are in
traditional script (items 3, 5, 6, 9, 13, 17, 18, 22; the glossing pinyin of the pages' converted
copies removed in 3, 5 and 22).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, site and forum lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("22:32:42", "440元/單位"); stray spaces removed (001, 007, 012, 014-021). Page oddities kept:
"郑州市市紧急医疗救援中心", "郑州大学" beside "河南大学", "彭新君" beside "彭某君" and "唿吸" (001);
the simplified forms in the traditional 003, 005 and 022 ("采訪", "那么", "怎么", "并且", "并非");
"应急处理主任" and "被检查", "被搜查" (007); "一个地方地方" (010); "讲诉", "时间是分别是" (012);
"于7點05分" (013); "2011年11份", "説" (017); "800公裡", "瞭解", "傢人", "支付瞭" (018); the doubled
"负有管理责任的医务科长和分管副院" (019); the page's "学荣" for 姜学荣 at the start of 021.
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; the staff and heads of public hospitals, 卫生院, 急救中心 and blood stations count
as public servants, hired temporary staff and the staff of private hospitals and firms do not),
"out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Patients, families,
reporters, victims, witnesses, private hospitals, drivers and middlemen without a post, and
officials who only handled, investigated, announced or answered are not accused; an organ or an
unnamed group accused as a whole gives no entry; an unnamed accused official is (None, position,
unit). Names, positions (as first written with the name, "原" kept) and units as written; unit
None when the text ties the person to no named unit. Topics only from the twelve names of
triage.md; a 120 line that refuses, delays or passes on a call is 工作纪律 with 群众纪律 (推诿,
IS.MAS.06); an ambulance used as a private car is 八项规定 (公务用车); kickbacks and bribes are
廉洁纪律 with 贪污贿赂. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022). 25 accused entries,
all in items 1-12: 18 with a full name (张真颖, 代文欣, 燕重远, 康晓琴, 原学岭, 刘强, 李春勁, 王坤強,
罗要武, 李泽爱, 阮浩, 余军, 吕满朋, 方勇, 高展, 焦凤琴, 高恩奎, 汪清贺), 5 masked (张某, 厲某, 林某,
杜某, 刘某), 2 post only. Item 009 is in scope with no accused entry. Out items have no accused
entry.

Close calls:
 1  A 2022 report; the later netizens' quotes, the 热搜 counts and the photo caption
    "2022年6月7日，河南女大学生事件相关话题登上微博热搜榜。" cut; ends before the truncated "6月3日，
    彭…". Five entries as the 通报 names them: the dispatcher ('调度员', '郑州市紧急医疗救援中心') and
    four officials disciplined for the case; 燕重远, named in the list after "郑州市市紧急医疗救援中心
    调度班长代文欣", takes that unit (as fresh104th.py's 左慧玲); '市紧急医疗救援中心' and
    '市卫生健康委员会' as written. 彭某君/彭新君 is the victim. 工作纪律 and 群众纪律 (拒绝派车).
 2  Short; "（《大河报》6.16）" at the end cut as a source tag. ('张某', '医生', '西华县人民医院')
    ("该院医生张某"); the 护士 and 司机 with him and the "28人" are unnamed groups. 徐某 is the
    victim; the 周口 private hospital is private. 廉洁纪律 and 贪污贿赂 (回扣).
 3  Traditional; headline, sub-headings and the quote of 鄭某 (garbled in the stored copy:
    "救護車?yán)c私活") cut; ends before the truncated "…迄今共收受鄭". ('厲某', '120接線員',
    '溫州120急救中心') and ('林某', '正式職工', '溫州120急救中心') ("林某、厲某是急救中心正式職工";
    the unit as written in "溫州120急救中心的工作人員"). 葉某 and "另一位姓林的員工" are "臨時工":
    not accused (hard: they sold the same information). 鄭某 (middleman) and 胡某 (driver) are
    private. 廉洁纪律, 贪污贿赂, 工作纪律 (selling patients' information).
 4  Dateline "海口网9月27日消息" and the two sub-headings cut; ends before the truncated 刘强
    quote. ('刘强', '院长', '东坡区松江镇中心卫生院'). 孟某, the 卫生局 worker whose daughter's
    24-table wedding it was, is not accused (hard: the text hints at it but alleges nothing).
    Only 八项规定.
 5  Traditional, glosses removed; the 巡察 officer's quote (garbled in the stored copy:
    "?!霸趺催@本賬目里…") cut and the "。" it swallowed written; ends before the truncated
    "經查，李春…". ('李春勁', '原院長', '李樓鄉衛生院'); "李春勁等人" are unnamed. 廉洁纪律 and
    八项规定 (公务用车 costs; the 违纪违法 facts are not given, hard).
 6  Traditional comment; page header, title and source line cut; ends before the general
    paragraphs on 公车改革. ('王坤強', '院長', '后坪鄉衛生院'). Only 八项规定.
 7  A list; the "本篇文章1188字" line cut and three entries cut (the private 何家伦 and 陈忠阳,
    and 施伟国) so that the excerpt ends before the truncated last one. Nine entries; 阮浩 first
    written "原安徽省卫生厅医政处副处长" ('原医政处副处长', '安徽省卫生厅'); 高展 with both posts
    ('政协副主席、肥西县人民医院院长', '肥西县'), as fresh104th.py's 童名謙. Only 罗要武 is on the
    emergency theme. 贪污贿赂 and 廉洁纪律.
 8  Two sub-headings and the closing 王晓明 sentence cut. ('焦凤琴', '站长', '陇西采浆站')
    ("陇西采浆站取得了…许可证，法人代表为1998年就出任站长的焦凤琴"). Hard: the text does not say
    the plasma station is public; the 县卫生局 removed her as 站长, read as a public post. 王晓明
    only announces. 廉洁纪律 and 工作纪律.
 9  Traditional; title, "人氣", the dateline, a caption, a sub-heading and the truncated
    "據陸媒透露…" cut. Hard: 強制攤派 of 献血 quotas by "蘇州某單位" and the 耒陽市教育局 (with
    officials exempt) accused as organs: in, no entry; could be read as 其他 (news on a policy
    practice). 群众纪律 (摊派) and 形式主义官僚主义 (指标 and 考核).
10  Site lines and the two numbered heads cut; ends before the truncated 姜学平 sentence (so the
    卫计局 worker who took the exam papers home is not in the excerpt). ('高恩奎', '局长',
    '临县卫计局'). 政治纪律 (修家庙 for 升官, IS.POL.05), 廉洁纪律 (工程, 敛财), 选人用人 (内定),
    形式主义官僚主义 (村卫生室 as 摆设).
11  Mixed: the family's claim over 孙永军's death (the 院长's offer of 3万 compensation, a
    medical dispute) beside the ambulance kept as the 院长's car; in. "据《大河报》报道" cut.
    ('汪清贺', '院长', '蚁峰镇卫生院') and (None, '司机', '蚁峰镇卫生院') (he drives merchants to
    market in it; hard, he could be read as only acting on orders). The 副院长 only offers money.
    八项规定 and 工作纪律.
12  Mixed: 陈立波's half-year demand for "公道" and "一个说法" over his mother's death beside the
    卫生院 120 line that passed his calls on; in. "湖北十堰电" and the sub-heading cut; ends before
    the truncated "23时24分，父亲告诉陈立…". The two 值班人员 get one entry (None, '值班人员',
    '郧县柳陂镇卫生院') (hard: could be two, or none as an unnamed group). 工作纪律 and 群众纪律.
13  涉法涉诉, traditional: a family's suit against the 北京急救中心 and 沙河醫院 (organs, no
    official named). The "□案情" heads cut; ends before the truncated answer of the 急救中心's
    agent. Hard: the 120 delay is a complaint, but the matter is in court.
14  涉法涉诉: a family's suit over 120 staff who would not carry an old woman down five floors;
    the paragraph "这一幕极其荒诞…" cut; ends before the truncated "…与王先生合力将老人". Hard: the
    staff's refusal reads like an allegation, but nobody is named and the text is about the
    lawsuit ("家属告上法院，二审结果来了").
15  涉法涉诉: the criminal trial of a private "黑120" driver; title, source and captions, the
    sub-heading and the later life story cut.
16  个人利益诉求: a citizen's complaint about a 500元 fee and the 急救中心's answer; title, source
    and "（记者周竟）" cut. Could be read as 其他 (fee policy).
17  个人利益诉求, traditional: a donor's claim to a 用血 refund refused for his household
    registration; page junk, the caption and a sub-heading cut; ends before the truncated "現在醫保
    已全省聯網…".
18  个人利益诉求, traditional: a father's complaint about a 2.8万 private ambulance fee; two
    captions cut; ends before the truncated "於是，唐先生向江西省衛健部門進…". Hard: a public
    hospital's doctor called the private ambulance, but no kickback is alleged.
19  其他: a private hospital's ambulance parked at a scenic town; its driver 戴林华 is a private
    employee, the 成华区卫生局 only acts. Caption, dateline and "原标题" cut. Hard: "疑为公车私用".
20  其他: an ambulance in 三亚 suspected of 公车私用 turns out to be a private hospital's; 崔洪轩
    (卫生局纪检组长) only answers. Source line, dateline and captions cut.
21  其他: a 血头 ring at the 广州市血液中心 run by a hired property firm's 主管 (private), a
    "召集者" and a seller; page lines and a sub-heading cut; ends before the truncated quote. Hard:
    "利用职务之便" in a public blood centre, but 姜学荣 holds no public post.
22  其他, traditional, glosses removed: a feature on 献血 subsidies and quotas; byline and the
    sub-heading "獻血還是“賣血”" cut; ends before the truncated next paragraph. Hard: a 事业单位's
    2500元 营养费 and a week's leave could be read as 违规发放福利, but no unit is named.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH176: list[Item] = [
    # 01
    ('https://sinoquebec.com/article-151056-1.html',
     '近期，河南大学一名大三女生因120急救延误而丧生。6月6日深夜，郑州当局发问责通报，调度员被开除，其他4名'
     '官员中仅调度班长被撤职，其他3人被记过或警告。网民对此结果表示愤怒：“一条人命就换来了这？”2022年6月4'
     '日，郑州当局调查120延误救治女大学生事件的消息，登上微博热搜榜首。6月6日深夜11点22分，郑州市委宣传部'
     '官方微博发通报称，郑州120延误救治事件中，郑州市紧急医疗救援中心调度员张真颖业务不熟练，对急诊患者病'
     '情研判有误，调度用语不规范等，对河南大学大三学生彭某君负有直接责任，被开除。郑州市市紧急医疗救援中心'
     '调度班长代文欣被党内严重警告（影响期两年）、政务撤职；调度科科长燕重远被政务记过；市紧急医疗救援中心'
     '副主任康晓琴被政务警告；市卫生健康委员会党组成员、副主任原学岭被诫勉谈话。5月17日，郑州大学大三女生'
     '彭新君向郑州120急救中心电话求救，120调度员（接线员）以地址不详为由，拒绝派救护车。两个多小时后，彭新'
     '君室友回来后才发现她在床上已经昏迷。室友拨打急救电话后，彭新君被送到医院时已经没有唿吸了。5月30日，'
     '彭新君因脑出血抢救无效去世。',
     'in', None, False, ['工作纪律', '群众纪律'],
     [('张真颖', '调度员', '郑州市紧急医疗救援中心'), ('代文欣', '调度班长', '郑州市市紧急医疗救援中心'),
      ('燕重远', '调度科科长', '郑州市市紧急医疗救援中心'), ('康晓琴', '副主任', '市紧急医疗救援中心'),
      ('原学岭', '党组成员、副主任', '市卫生健康委员会')]),
    # 02
    ('https://gmw.cn/01wzb/2004-06/24/content_47710.htm',
     '5月21日，河南西华县某村村民徐某因车祸腿部受伤，其家人拨打西华县人民医院急救电话求救。该院医生张某及'
     '护士、司机3人驾急救车赶到后，以徐某伤势重为由，建议徐某转到周口某私立医院治疗。随后，3人把徐某送到该'
     '私立医院。这家医院随即付给他们900元回扣。徐某在这家私立医院住了近半个月，花费7000多元。“明明是西华县'
     '人民医院的救护车，为何把我们拉到这家私立医院？”事后，徐某及其家人向医院举报。西华县人民医院调查发现'
     '，自去年7月以来，在周口某私立医院高额回扣的诱惑下，该院急救中心医生、司机和护士等28人相互串通，先后2'
     '1次私自将接诊的外伤急救病人直接转到这家医院。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('张某', '医生', '西华县人民医院')]),
    # 03
    ('http://hssesm.cn/sy/yw/2014/06/08/335986_1.shtml',
     '在去年的采訪中，“中間人”鄭某曾透露，從當年的5月11日接活到6月初出事，前后不過20多天，大概做了兩萬元生'
     '意。而司機胡某卻稱，自己從正月開始做這生意。甌海檢察院透露，這起受賄窩串案時間跨度達三四年，涉案人員'
     '有調度員、跟車醫生、駕駛員等共7人。經溫州市衛生局調查，急救中心有4人涉案。厲某曾經是120接線員，案發'
     '時在急救中心的救護車上擔任隨車人員。除他之外，還有3名120接線員參與了倒賣病人信息的行為。這4人中，林'
     '某、厲某是急救中心正式職工，葉某和另一位姓林的員工為臨時工。三四年間，溫州120急救中心的工作人員多次'
     '將信息轉賣給外人。那么這是怎么樣的窩串案呢？首先，在溫州華僑骨傷科醫院工作過的鄭某是中間人。根據程序'
     '，急救中心工作人員接到電話后會通知車管科協調派車。而接到林女士電話的當天，車管科沒有接到黃先生的轉院'
     '任務。工作人員把轉院的活倒賣給鄭某。鄭某收到急救中心工作人員發來的病人接送信息后，她再具體安排給司機'
     '胡某。',
     'in', None, False, ['廉洁纪律', '贪污贿赂', '工作纪律'],
     [('厲某', '120接線員', '溫州120急救中心'), ('林某', '正式職工', '溫州120急救中心')]),
    # 04
    ('http://hkwb.net/news/content/2010-09/27/content_76643.htm',
     '眉山市东坡区卫生局一工作人员在眉山一家酒楼为女儿举办婚礼，酒楼旁竟停着一辆120救护车。东坡区松江镇中'
     '心卫生院院长刘强表示，这不是救护车，是一辆公车，自己参加婚宴时，将其余的几个人捎了过去。昨日（9月26'
     '日）下午，东坡区卫生局的处理结果出炉：刘强开单位救护车参加婚宴，经研究决定在全区通报批评，给予行政警'
     '告处分，写出书面检查，按出租车的5倍标准追缴公车使用费150元，取消本年度评先评优资格。9月25日，网友“草'
     '根站长”在眉山某论坛上发布一则名为《120救护车现婚宴现场》的帖子。帖子称，25日中午路经眉山激情广场，见'
     '一辆车牌为川Z95075的120救护车停在路边，当走到附近酒楼时，发现这里正在举行一场婚礼。一打听，才知是东'
     '坡区卫生局一工作人员的女儿大婚。“草根站长”称，开着120救护车参加婚礼，“真是让人觉得眼睛一亮”。120急救'
     '车都来参加婚礼了，市民拨打120时该怎么办呢？延误了抢救时间，市民的安全谁来保障呢？众多网友纷纷跟帖进'
     '行指责。网友“夜等待”戏称，“还是人家有先见之明，如果出现情况可以立马拉走送医院……”25日中午，成都商报记'
     '者来到举行婚礼的酒楼，“订位子的是东坡区卫生局的人，一共坐了24桌。”一名工作人员表示。随后，成都商报记'
     '者与嫁女的东坡区卫生局医政中医股工作人员孟某取得联系。孟某说，“都是我的一些内亲，很多人我都没有请，'
     '他们自己来的。”对于是否有人坐着120救护车来参加婚宴一事，孟某称，绝无此事。经过查询，帖子中那辆川Z950'
     '75的救护车属于东坡区松江镇中心卫生院。',
     'in', None, False, ['八项规定'],
     [('刘强', '院长', '东坡区松江镇中心卫生院')]),
    # 05
    ('http://g2bonline.com/shehui/51662.html',
     '前不久，安徽省蚌埠市龍子湖區衛健委制定完善了黨委議事規則和黨風廉政建設工作相關制度文件，進一步規范黨'
     '委議事程序和要求，明確對事關衛健委黨委和二級機構發展的“三重一大”事項均由集體研究、討論決定。之所以出'
     '臺這些措施，還要從該區李樓鄉衛生院原院長李春勁被查處說起。去年3月，龍子湖區委第二巡察組對區衛計系統'
     '下轄二級機構李樓鄉衛生院開展常規巡察時，賬目里頻繁出現的“輪胎”字眼引起了巡察人員的注意。“2015年1月20'
     '日更換輪胎2條、6月29日更換輪胎2條、7月4日更換輪胎2條、9月7日更換輪胎4條……”經過梳理，統計結果叫人瞠目'
     '結舌：在不到一年時間里，該衛生院的一輛救護車就更換了10條輪胎！在統計輪胎報銷情況時，巡察組還發現該衛'
     '生院公務用車的燃油支出頗為蹊蹺：既有加油卡充值，也有現金報銷油票，并且部分油票時間跨度長，還存在跨年'
     '度報銷結算的情況。更讓人疑惑的是，同一輛車在一天之內加注過2次汽油。巡察組順藤摸瓜，以財務支出賬目漏'
     '洞為突破口，發現了該院存在的其他相關問題。巡察組將發現的問題線索和相關證據逐一歸納梳理，移交區紀委監'
     '委處置。經過調查，李春勁等人的違紀違法事實真相大白。',
     'in', None, False, ['廉洁纪律', '八项规定'],
     [('李春勁', '原院長', '李樓鄉衛生院')]),
    # 06
    ('http://www.zkxhgk.com/xwzx/dl/shh/201612/t20161215_11654072.htm',
     '隨著各級黨政機關公車改革步伐的加快，公車私用的新聞已越來越少，但近日貴州省沿河土家族自治縣紀委監察局'
     '通報的一起典型案例，讓人大跌眼鏡。該縣后坪鄉衛生院院長王坤強長期將衛生院唯一的一輛120急救車作為自己'
     '的專車使用，受到行政撤職處分。公車私用，黨規政紀不容，百姓發自內心地反感，這也是持續了多年的熱門話題'
     '。急救車屬應急特種制式車，其使用與管理均有嚴格規定，這名院長長期將其作為專車使用，足見其規矩意識淡薄'
     '，用其工作領域的話來說，已經是病得不輕了。當地紀檢監察部門主動作為、嚴肅查處并及時對外發布消息，值得'
     '點贊。',
     'in', None, False, ['八项规定'],
     [('王坤強', '院長', '后坪鄉衛生院')]),
    # 07
    ('http://yqjqqwc.cn/ydxw/24046.html',
     '最近，安庆市人民检察院经过审查决定，依法以受贿罪嫌疑逮捕了安徽省卫计委应急处理主任罗要武（正处级）的'
     '决定。另一名正处级干部落马，今年以来安徽省卫生系统很不平静。据公开报道，从1月到3月，安徽卫生系统至少'
     '有11人被检查，其中10人在3月1个月内立案被搜查。许多公立医院院长、医疗保险、医药系统的官员接受贿赂，相'
     '关信息在短时间内密集发表，媒体曾经悲鸣说“发生了地震”。下附今年以来安徽卫生系统受检人名单：1月22日，'
     '合肥市检察院依法对合肥市第四人民医院原党委书记、院长李泽爱（正县级）以受贿罪嫌疑立案，采取强制措施。'
     '3月7日，合肥市人民检察院依法对原安徽省卫生厅医政处副处长阮浩（正处级）涉嫌受贿罪立案调查，采取强制措'
     '施。3月10日，合肥市人社局医疗保险处原处长余军（正科级）因涉嫌受贿犯罪被立案，采取了强制措施。3月14日'
     '，合肥市人民检察院依法对合肥市第二人民医院副院长吕满朋（副处级）以受贿罪嫌疑立案，采取强制措施。3月2'
     '5日，合肥市蜀山区检察院宣布，合肥市医疗保险中心医疗保险计划科原课长方勇因涉嫌受贿罪于3月24日立案调查'
     '。合肥市医疗保险中心的员工杜某、刘某也因涉嫌受贿而被立案搜查。3月27日，合肥市人民检察院依法对肥西县'
     '政协副主席、肥西县人民医院院长高展（副处级）以受贿罪嫌疑立案，采取强制措施。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('罗要武', '应急处理主任', '安徽省卫计委'), ('李泽爱', '原党委书记、院长', '合肥市第四人民医院'),
      ('阮浩', '原医政处副处长', '安徽省卫生厅'), ('余军', '医疗保险处原处长', '合肥市人社局'),
      ('吕满朋', '副院长', '合肥市第二人民医院'), ('方勇', '医疗保险计划科原课长', '合肥市医疗保险中心'),
      ('杜某', '员工', '合肥市医疗保险中心'), ('刘某', '员工', '合肥市医疗保险中心'),
      ('高展', '政协副主席、肥西县人民医院院长', '肥西县')]),
    # 08
    ('http://china.zjol.com.cn/05china/system/2007/04/07/008314400.shtml',
     '昨日，记者从全省卫生法制与监督工作会议上获悉，陇西单采血浆站2006年违法倒卖血浆180公斤，省卫生厅依法'
     '关闭了陇西单采血浆站，并且吊销其采血资质。昨日上午，在全省卫生法制与监督工作会议上，甘肃省卫生厅副厅'
     '长王晓明指出，2006年省卫生部门在打击非法行医和采供血专项行动中，陇西单采血浆站违法盗卖血浆一事浮出水'
     '面。设立在陇西县文峰镇的陇西单采血浆站定点向我省的一家研究所提供血浆。2005年8月5日，陇西采浆站取得了'
     '甘肃省卫生厅颁发的《中华人民共和国单采血浆许可证》，法人代表为1998年就出任站长的焦凤琴。这家有正规采'
     '浆资格的医疗机构，却在2002年至2005年间连续向外倒卖血浆，2005年1月，采浆站采集了300袋180000克血浆，20'
     '05年1月27日凌晨1时，一辆普通的轿车拉走了连夜加班采集的300袋血浆，总量正好是180000克。据调查，这些血'
     '浆被焦凤琴卖到陕西省的一家医疗器材公司。根据规定：单采血浆站只能向一个与其签订质量责任书的血液制品生'
     '产单位供应原料血浆，严禁向其他任何单位供应原料血浆。2006年6月，陇西采浆站非法倒卖血浆等违法情况，被'
     '许多人举报到陇西县卫生局等部门。经调查，2006年8月7日，陇西县卫生局撤销了焦凤琴的血浆站站长职务，没收'
     '非法所得，对涉及此事的所有人员进行依法查处。经积极查找，于2006年9月份，300袋血浆被全部追回。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('焦凤琴', '站长', '陇西采浆站')]),
    # 09
    ('http://cn.epochtimes.com/b5/20/12/14/n12620480.htm',
     '近日，中國各地號召市民、高校學生進行獻血活動。據廣東省順德區中心血站發布的公告稱，受疫情影響，無償獻'
     '血正面臨挑戰，血液供應緊張。國內一位知情人，給大紀元發來一份蘇州某單位強制攤派員工獻血的內部通知。一'
     '位上海的大紀元讀者袁先生，也發來一則微信群中，需要志願者有償獻血的通告。蘇州某單位的內部通知顯示，該'
     '單位規定12月15日統一組織幹部職工開展無償獻血活動。根據市血站2020年度獻血指標任務，結合上半年獻血情況'
     '等，將缺口指標進行了分配。該內部通知，還對「獻血要求」進行了具體規定。要求：近期無感冒、發燒症狀，且'
     '沒有進出疫區，沒有親密接觸來自疫區人員；男性體重50公斤以上，女性體重45公斤以上等。知情人向大紀元記者'
     '透露，「這是全市的一個縮影。以前也曝光過類似攤派獻血的現象，隨後很多基層單位就改為『口頭攤派』。這一'
     '次又出現了這種直接發內部通知攤派的現象。」今年10月初，湖南耒陽市教育局為了完成獻血任務，給全市114所'
     '學校，按照教職工人數比例攤派了獻血指標。且以下發《通知》的方式將無償獻血工作納入學校年度考核範疇，對'
     '任務完成不好的學校將給予適當扣除績效考核分。而對於教育局機關單位的官員和公務員，則擁有「自願獻血」的'
     '特權。',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     []),
    # 10
    ('http://sdsscw.com/news/?2909.html',
     '卫生健康事业涉及到千家万户，一个地方地方卫生行政机构关系着一方老百姓的身体健康，也关系着一方百姓的脱'
     '贫、稳定。多年来，山西临县的老百姓和基层卫生院院长对于当地卫计局的局长以权谋私的工作作风怨声载道，主'
     '要涉及卫计局上下不顾当地老百姓生死乱作为，致使国家的健康扶贫政策功亏一篑，许多扶贫资金付之东流，基层'
     '卫生院的工作难以开展。2015年，临县卫计局局长高恩奎在老家青凉寺乡走马焉村大修家庙，以保佑其发财富贵、'
     '官运亨通，据村里人说高恩奎修家庙是受神仙点化。说也奇怪，高恩奎自从修起家庙后，利用职务之便，大搞工程'
     '、独揽乡镇医院维修、用煤、印刷来敛财，各级纪检部门也没有发现。临县是国家级贫困县，国家的健康扶贫资金'
     '年年增加，全县631个行政村都由政府投资修建了村卫生室，并配备了医疗设备。之前，每个卫生室政府投资5万元'
     '，631个村卫生室投资超过三千万，但是这些村卫生室有名无实，95%的村卫生室没有启用，成了摆设，国家投资的'
     '千万元资金打了水漂。但是从现任的卫计局局长高恩奎上任以来，乡村医生的招聘只是走过场，所招聘的乡村医生'
     '都是通过关系内定。',
     'in', None, False, ['政治纪律', '廉洁纪律', '选人用人', '形式主义官僚主义'],
     [('高恩奎', '局长', '临县卫计局')]),
    # 11
    ('http://ahscb.com/html/2010-07/13/content_4271.htm',
     '7月1日晚，河南确山县蚁峰镇卫生院病人孙永军病情危重急需转院，却找不来急救车。值班医生拨打120，在山外'
     '大医院的急救车赶来途中，病人因病情加重抢救无效死亡。7月2日，孙家人来到蚁峰镇卫生院提出质疑：7月1日晚'
     '，卫生院的那辆急救车哪里去了？院长汪清贺和司机的解释是：当天下午，他带着急救车到确山县卫生局拿材料，'
     '司机把他送回驻马店市区的家中后，及时返回停在了卫生院院里。记者走访该卫生院院长汪清贺，对病人孙永军因'
     '转院找车耽误了时间，汪院长称“有一定责任”，并承诺“我们考虑保底赔3万元，能争取到三五万更好，要是确山县'
     '卫生局不批准，我和副院长把钱拿出来。”7月10日中午，记者在蚁峰镇卫生院偏僻一角，见那辆车牌号为豫QBE120'
     '的急救车静静地停放在那里。医院附近的商户们说：卫生院自从配备了这辆新急救车，很少见它接诊病人，经常是'
     '院领导用，好像是院领导的私家车。蚁峰镇街道管理处一工作人员告诉记者，他们经常看见这辆急救车起早到驻马'
     '店市市区接院长来镇卫生院上班，傍晚时分送院长回市区，很有规律。集市上有些商户与司机混熟后，起早乘急救'
     '车去市区进货，很是方便。',
     'in', None, True, ['八项规定', '工作纪律'],
     [('汪清贺', '院长', '蚁峰镇卫生院'), (None, '司机', '蚁峰镇卫生院')]),
    # 12
    ('https://emotion.nvwu.com/201209/433515.shtml',
     '母亲突发疾病，儿子拨打卫生院急救电话，遭遇踢皮球，救护车没有出车，母亲不幸离世。儿子多方为母亲讨公道'
     '，求一个说法，事情过去近半年，仍未得到解决。近日，十堰市郧县柳陂中学教师陈立波联系本网记者，讲诉了半'
     '年的遭遇。35岁的陈立波，家住湖北省十堰市郧县柳陂镇青龙山村六组，是郧县柳陂中学一名语文教师。今年3月5'
     '日，22时45分左右，已经入睡的他被老父亲叫醒：“海波子，快打电话叫救护车，你妈妈不得了了。”当即，他从床'
     '上跳下来，冲到母亲房间查看情况，并立即拨打了郧县柳陂镇卫生院120急救电话（显示为7477120，前面系区号）'
     '。“值班人员说我应该拨打医院五楼电话7477397，就直接挂了”，陈立波回忆，在接通五楼7477397电话后，另一名'
     '值班人员又告诉他应该打7477120。在此之前的22时35分，陈立波父亲也遇到情况相同。记者查询陈立波和陈父的'
     '通话记录，陈父打了两次7475120（一楼120值班室），时间是分别是22:32:42、22:35:15；三次7477397（五楼住'
     '院部医生值班室），时间分别是22:37:36、22:40:46、22:53:55。陈立波打了两次7475120，时间分别为22:45:43'
     '、22:54:56，一次7477397，时间为22:47:17，中途还有一次打给郧县人民医院的急救电话，时间为22:49:23。“急'
     '救电话在镇上早已家喻户晓，可是为什么我打就不出车？”至今，陈立波都想不通。他说，自己家属于柳陂镇管理'
     '范围，离柳陂卫生院只有十公里路程，急救车五六分钟就可以赶到。时间一分一秒过去了，22时49分，陈立波拨打'
     '了二十公里外的郧县人民医院急救中心的电话。“拨通了对方的电话，工作人员称说清具体的住址后县医院那边说'
     '派车过来。”陈立波说，这期间，母亲一直在哭喊呻吟，但镇上的120救护车依旧没有反应。',
     'in', None, True, ['工作纪律', '群众纪律'],
     [(None, '值班人员', '郧县柳陂镇卫生院')]),
    # 13
    ('http://m.yinhu3.com/news/content/2015-11/26/content_2727759.htm',
     '年逾八旬的閆老爺子在早高峰乘坐公交車時突然暈倒，在場的好心人幫助撥打了120急救電話，但急救車輛遲遲未'
     '到達現場。其間，好心人又撥打了999急救電話，將閆老爺子送往醫院，途中閆老爺子不幸過世。閆老爺子的家屬'
     '認為，沙河醫院120急救站點距離閆老爺子暈倒的地點僅有7公里的距離，車程在10余分鐘，但急救車用了整整1個'
     '小時才到達現場，延誤了閆老爺子的救治。閆老爺子的家屬因此將北京急救中心及沙河醫院告上法庭索賠8萬余元'
     '。昨天下午，昌平法院開庭審理了此案。昨天下午，閆老爺子的兒子閆先生及其他4名家屬來到法庭。閆先生稱，2'
     '014年9月16日早上，時年81歲的閆老爺子準備乘坐公交車前往醫院看病。當天早上7點左右，閆老爺子在昌平大洼'
     '公交車站準備上車時，突然暈倒在地。當時在場的好心人于7點05分撥打了120急救電話。閆先生稱，事后他們了解'
     '到，當時北京急救中心指派的是沙河醫院的120急救站點出車救治，但從7點05分好心人撥打急救電話，到8點05分1'
     '20急救車到場，用了整整1個小時。“沙河醫院距離我父親暈倒的地方僅有7公里左右，正常的車程也就是10余分鐘'
     '。”閆先生稱，因久等不來，好心人又于7點30分左右撥打了999急救電話，而999的急救車在25分鐘后就到達了現場'
     '并對閆老爺子實施救治。在999急救車對閆老爺子進行救治的過程中，120急救車才到達。此后，閆老爺子在999送'
     '往醫院的途中死亡。閆先生等家屬認為，120急救車遲遲未到現場，延誤了對閆老爺子搶救的最佳時機，并最終導'
     '致了閆老爺子死亡的嚴重后果，因此要求北京急救中心及沙河醫院賠償8萬元。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://www.zangshuxian.com/new/739176997046989824',
     '山西阳泉，85岁老人深夜发病，120到了却不肯帮忙抬下5楼，耽误40分钟后老人走了，急救中心回应：帮是情分，'
     '不帮是本分。家属告上法院，二审结果来了。那是2024年6月9日的深夜，山西阳泉一栋老旧家属楼的五楼，时间仿'
     '佛被寒意冻结了。85岁的陈女士正蜷缩在床上，胸闷憋气的感觉像潮水一样反复拍打着这位患有高血压和冠心病的'
     '老人。深夜10点39分，女婿王先生拨通了120。那时他并不知道，这通电话拉开的不是生机，而是一场长达40分钟'
     '、令人绝望的僵持。大约10分钟后，一医一护一司三人组拎着设备出现在门口。在那一刻，希望本该降临。老人甚'
     '至还清醒地叮嘱保姆带好医保卡和身份证，她以为自己很快就能躺在医院的病床上。然而，当王先生看着空荡荡的'
     '楼道，请求医护人员搭把手将老人抬下这没有电梯的五楼时，原本热腾腾的营救现场瞬间降到了冰点。“不归我们'
     '管。”这句冰冷的回应，像一道无法逾越的深壑。医护人员秉持着所谓的“职责边界”，向王先生提出建议，让他联'
     '系亲戚，若有必要，也可拨打110以寻求帮助。远在太原的女儿冯女士在电话里几乎是哀求，她甚至提出可以额外'
     '支付报酬，只要能让母亲下楼。可对方不为所动。深夜11点06分，王先生绝望地报了警，请求警察来帮他抬人。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://news.jcrb.com/jxsw/201302/t20130207_1044896.html',
     '2013年1月16日上午，盘踞京城医院参与经营“黑120”急救车，为敛财抢病人纠集多人殴打竞争对手的胡天生被法警'
     '带进海淀区法院法庭，海淀区检察院对其以涉嫌寻衅滋事罪提起公诉。1月17日，海淀区法院认为，胡天生随意殴'
     '打他人，致二人轻微伤，情节恶劣，且犯罪事实清楚，证据确实充分，其行为已构成寻衅滋事罪，公诉机关指控的'
     '罪名成立，判处胡天生有期徒刑一年零六个月。胡天生当庭认罪，痛哭流涕地说：“我非常后悔，再也不干了。”19'
     '87年6月1日，胡天生出生在黑龙江省大庆市大同区一个普通农家，家境贫寒，父母都是老实本分的农民。为了让自'
     '己的儿子出人头地，他们省吃俭用供儿子上学读书。然而，这个个头不高，白白胖胖的聪明小子，对学习不感兴趣'
     '，整天在外与不三不四的哥们儿混在一起，打架斗殴更是常事。无奈之下，胡天生父母花钱把儿子送到大庆卫校学'
     '医。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://qingdao.dzwww.com/xinwen/shxw/201503/t20150320_12076020.htm',
     '近日有杭州市民在网上反映称，他的父亲从医院由救护车送回家，全程仅4公里被收费500元，质疑收费标准。杭州'
     '市急救中心回应称，救护车回送病人，杭州地区统一收费500元。“3月16日下午3点左右，我叫120急救车将父亲从'
     '市一医院送到体育场路骆驼桥，4公里不到，收费500元，收费太贵，不合理，要求急救中心向社会公布收费标准，'
     '告知收费标准是如何制定。”一位杭州市民在当地论坛发帖称。对此，记者致电杭州市急救中心，工作人员表示，'
     '送病人回家不属于院前急救范围，不是按照急救出车的标准来收费。“这是打包收费，统一500元一次，和路程长短'
     '没有关系。我们经过成本核算，出车成本就要这么多。”这位工作人员说，这个价格是协议价，经过病人或者其家'
     '属同意后才会出车，如果觉得贵可以不用车。这样一刀切的收费是否合理？网民有不同的意见。有网民认为，救护'
     '车的主要职责是院前急救，回送只是出于人道考虑，价格高些可以接受。但也有网民认为，500元的价格还是高得'
     '有些离谱，建议相关部门再次进行成本核算。“不管怎么样，关系到民生的事情，都需要公开透明。”一位网民表示'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://big5.cctv.com/gate/big5/news.cntv.cn/society/20120229/119895.shtml',
     '“當初我獻血時，血站不厭其煩地告訴我，獻血能為家人用血帶來好處；現在我家人需要用血時，卻受到戶籍限制'
     '！”記者接到報料，祖籍湛江、現在開平上班的吳先生向記者表達了他對開平《用血互助金報銷暫行規定》的不滿'
     '。吳先生説，他是湛江廉江人氏，因為自己身體條件好，加之經常從報紙電視上知道社會上有大量的人需要用血，'
     '於是從2002年開始，就開始跑到地方血站獻血。其中2002年7月份在老家的時候在湛江中心醫院獻了200毫升的血，'
     '2004年來江門參加工作後又分兩次分別在江門中心血站各獻血200毫升，總共算下來，他一共義務貢獻了600毫升血'
     '液給社會。2011年11份，其父得了急性單核細胞白血病，住進開平市中心醫院接受臨床治療，需要大量用血，最後'
     '總共用了7個單位的血液，440元/單位。由於自己獻血時工作人員曾告知，將來獻血者直系親屬如果臨床用血可以'
     '免費，於是2012年2月份父親出院後，他就把這7個單位花費的3000多元錢拿到醫院報銷，卻被醫院以他們父子不是'
     '江門五邑地區戶口為由予以拒絕。“最後我實在沒辦法，於是託人帶到湛江去報銷，哪知湛江醫保局又以我父親不'
     '在湛江本地用血為由不給報銷。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://funnews.website/7516839063798710810.html',
     '6月16日，江西的唐先生向記者反映，今年4月，他將身患重癥的孩子從江西省兒童醫院轉運至上海某醫院，800公'
     '裡路程被“民營救護車”司機收費28000元，且沒有說明價格明細，也未開具發票，甚至費用都是轉入個人賬戶。因'
     '此，唐先生質疑這筆費用不合理。16日下午，記者致電江西省兒童醫院，瞭解此事的工作人員證實確有此事，並表'
     '示此事院方正在核實調查，有結果後會向上級部門匯報。唐先生告訴記者，2025年4月4日，孩子入住江西省兒童醫'
     '院心臟中心接受治療，但情況未有好轉，反之愈發嚴重。8日晚，主治醫生建議孩子轉院治療。“我提出前往上海的'
     '醫院進行治療，並且讓主治醫生幫我聯系救護車用於轉運。”唐先生說。8日晚上10點左右，一輛救護車停靠在江西'
     '省兒童醫院等待出發前往上海，救護車內有兩名身穿反光背心的司機，“其中一名司機和我確認瞭目的地醫院信息'
     '以及小孩病情後，直接告訴我轉運費用28000元。”唐先生解釋道，他的母親曾詢問司機收費依據，但兩名司機都沒'
     '有回答。由於情況緊急，他和傢人並沒有過多糾結費用，在上車前通過微信轉賬的形式向其中一名司機支付瞭1400'
     '0元的預付款。9日凌晨5點，唐先生的孩子在救護車的運送下安全抵達上海，唐先生向另一名司機支付瞭餘下的140'
     '00元尾款。兩名司機全程未向唐先生開具發票或收據。發生這件事情後，唐先生覺得這筆費用“有點離譜”，存在一'
     '定透明度不足的問題。“我不清楚這筆錢是醫院收取還是由個人收取，其次我也不知道這輛救護車是不是屬於江西'
     '省兒童醫院。如果是民營機構的，為什麼事先不告知我，也沒有出示收費標準。這都是不合理的。”',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://news.chengdu.cn/2015/0415/1680822.shtml',
     '2015年4月5日，有网友在微博上曝光一辆车牌为川AC947E的救护车，在安仁古镇刘家庭院客栈停放了一天一夜，疑'
     '为公车私用。昨日，省卫计委官方微博对此事做出了回应。经省卫计委调查，该救护车为成都五块石医院自用救护'
     '车，未加入成都市“120”急救网络，因该医院为民营医院，其救护车未纳入公车管理的范围。救护车司机戴林华违'
     '反了医院救护车管理的相关规定，擅自将救护车开至安仁古镇停放。微博回应中提到，昨日，针对查实的情况，成'
     '华区卫生局对五块石医院主要负责人进行了约谈，同时下达了《卫生监督意见书》，成都五块石医院认识到了医院'
     '救护车管理中存在的问题，对救护车司机戴林华扣发一个月奖金、直接开除，负有管理责任的医务科长和分管副院'
     '负有管理责任的医务科长和分管副院长也作出了扣发半月奖金的处理。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://sy.01ny.cn/thread-3718743-1-1.html',
     '2月23日，网友“刘大夫的微博”发微博称：“大年初五，河南商丘的120急救车出现在海南三亚风景区。”网友称车辆'
     '停放在三亚的南山寺，质疑有公车私用的嫌疑。从图片上看，该车的车牌号是豫NPY120。从河南到三亚，到底咋回'
     '事呢？映象网记者就此事联系了商丘市卫生局纪检组长崔洪轩。他表示马上调查了解此事。晚上7时20分，崔洪轩'
     '回应：“该辆车是商丘市梁园区平原医院的个人车辆，不是公车，平原医院是属于私立医院，他们医院的车辆不属'
     '于商丘市急救中心管理。该医院的相关人员说是去海南接病人了。事情我已经反映给局领导了，下一步将加强对急'
     '救车的管理。”',
     'out', '其他', False, [],
     []),
    # 21
    ('https://m.med126.com/tcm/2014/20140328203003_785081.shtml',
     '学荣，线人，一名血液中心聘请的物业管理公司主管，利用职务之便与卖血“召集者”一起组织人卖血给急需输血治'
     '疗的病人家属，堂而皇之地在广州市血液中心进行交易，非法谋取暴利。林建，卖血“召集者”，手中至少有几十个'
     '卖血者。据姜学荣称，像他这样的“召集者”，单他知道的就有20多个。杨泽生，卖血者。按照《广州献血管理规定'
     '》，无偿献血达4000毫升的，可以授予无偿献血特等奖，而他三年内总共“捐输”血小板的量相当于45000毫升的全'
     '血，单2007年一年就捐献血小板达16次之多，而在最近两次“互助献血”中他都收取了报酬。到底中间有什么样的诱'
     '惑，使得这些人可以如此胆大包天？记者通过暗访接触到姜学荣、杨泽生，他们在与记者的交谈中无意透露了这一'
     '非法行为中的内幕。记者坐在旁边跟他聊起来，杨泽生告诉记者，他之前以此为生，现在一建筑工地给别人开车。'
     '杨泽生说，之前他不单在广州，还去佛山、南海等地“献过血”，专门以“互助献血”的方式赚钱。“单去年我就献了1'
     '6次血小板！”杨泽生显得自豪地说，按照他目前的纪录，已经献了45000毫升血。随后记者从广州市献血管理规定'
     '上知道，按照这个纪录，他可以被广州市人民政府和市红十字会授予无偿献血特等奖。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://m.zgkjsz.com/page/2014/0903/3134121.shtml',
     '在上海某企業工作的年輕白領常彤（化名）最近遇到了一件讓她想不明白的事：公司群發郵件動員職工參加無償獻'
     '血，可她所在的部門里總共將近70個人，只有她一人報了名。獻完血之后，公司行政人員發給她一張500元的購物'
     '卡，還讓她到人事部去登記兩天的額外休假。部門里沒去獻血的一些同事告訴她，之所以響應的人這么少，很重要'
     '的原因是公司對獻血的補貼標準實在太低了：“好多單位補貼的金額都是四位數，休假起碼一星期！”常彤不解的是'
     '，明明是無償獻血，不同單位之間這么一攀比，怎么倒好像是沖著好處去的了，這不是違背了獻血的初衷嗎？常彤'
     '的經歷并非孤例。事實上，各地的機關、事業單位、企業里，獻血補貼并不少見。單位這樣做，是為了完成上級主'
     '管單位下達的或是與血站合作約定的獻血指標。一方面，國家相關部門大力提倡無償獻血，另一方面，單位獻血指'
     '標的存在，給無償獻血帶來了一系列困境。正如常彤的同事所說，她所在公司對獻血的補貼確實“寒酸”。曾在上海'
     '某事業單位工作的石先生告訴《新民周刊》記者，他當年參加單位組織的獻血后，得到了2500元的營養費，外加一'
     '周的休假。他說，他看中的主要是額外休假的福利，尤其是獻血的時間恰好在國慶之前的一周，這樣就可以連上國'
     '定假日拼出一個很長的假期來。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH176, "fresh176")
