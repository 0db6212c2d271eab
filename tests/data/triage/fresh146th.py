"""Sealed batch fresh148: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh146th.py; the batch and its row ids are "fresh148".)

Theme: science funds and talent schemes (科技局, 科技项目资金, 孵化 and 奖助 money, 人才引进,
人才 housing, 高新技术企业): 科技局 and 科信局 officials taking bribes for patents, project money
and 高新 status, a 科委 secretary and an incubator head extorting firms, a science-park reviewer
with money ties to the firm he passed, a 科技局 head faking travel claims, a 讲师团 "talent"
post cut to fit three people, 公租房 handed to a bureau's own "人才", jobs set aside for cadres'
children; out items are a test engineer's pay suit, two patent suits, a game studio's unpaid
staff, a 人才补贴 that took a year, advice and a 复议 notice for firms refused 高企 status, a
科技厅 warning against fake officials, an audit of talent subsidies and a 科技厅 notice inviting
reports. The stored pages hold little on county talent schemes (most hits were policy stubs),
so three in items come from neighbouring matters: a 农业服务中心 cadre's 套取 of a crop project
(010), relatives paid without working (吃空饷, 011) and a village's diverted special fund (012);
009 is cadres' children placed in 事业编制, not a talent scheme. Sources (stored-pages search):
a 镇江 检察 page on 唐大伟 (扬中); a 东南网 copy of the 经济参考报 report on 广东's 科技 system;
a college 纪检 page copy of the 新快报 report on 张实 (广州); a jizihe copy on 青浦's 王學通 and 韓婷
(traditional); a blog snippet on the 監察院 impeachment at the 中科 park (traditional); a zgkjsz
copy on 海西's 曾毅華 (traditional); a commentary on the 包頭 講師團 (traditional); 人民网's copy of
the 湖北日报 item on 潜江; 文汇报 on 温州 龙湾 (traditional); 中評社's copy of the CCDI story from
旺蒼 (traditional); a copy of the 中国新闻周刊 piece on 吃空餉 (traditional); a 澧县 cartoon
caption; out: the 广东 union's account of 曹帅's case, a 天眼查 copy of the 慧高 v 明隽 judgment, a
110.com copy of the 赵东红 patent case, a foodmate copy on 聚龙天下, a 东南网 copy of 光明网's
comment on 创梦东莞, a 高企 agency's note on appeals, a 坪山 复议 notice, a 科技厅 anti-fraud notice
(traditional), a 每日经济新闻 copy on 深圳's audit (traditional) and the 贵州 科技厅's notice. Nine
texts are in traditional script (items 4-7, 9-11, 20, 21; the glossing pinyin of the converted
copies of 004, 006, 020 and 021 removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings,
bylines, datelines, captions, site and source lines, ads and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("708,220元", "108.9億元"), "..." written "…" (005, 021); stray spaces removed (007, 013,
015, 019, 021), the thousands space of "23 300元" (015) kept. Page oddities kept: "需要注意一下
事项" (018), "自主研的Ⅰ类" (019), "上體調至" (021), "一部人" (011), the simplified "先后" and "用于"
in the traditional 004, "怎么" in 006. scope "in" for alleged misconduct of a party member or
public official (village cadres included; Taiwanese public officials count, as in
fresh140th.py), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, bribe-givers and beneficiaries without a
post, and officials who only handled, investigated, announced or answered are not accused; an
organ or an unnamed group accused as a whole gives no entry; an unnamed accused official is
(None, position, unit). Names, positions (as first written with the name, "原" and "前" kept)
and units as written. Topics only from the twelve names of triage.md; hiring set up for given
people is 选人用人 and 组织纪律, faked travel claims 八项规定. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (010 in, 017
out). Out types: 涉法涉诉 3 (013-015), 个人利益诉求 2 (016, 017), 其他 5 (018-022). 21 accused
entries, all in items 1-12: 15 with a full name (谢学宁 twice), 4 masked (周某, 吳某某, 何某,
鲁某), 2 post only. Item 009 is in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Page header ("听新闻", "放大镜", title, date) and the sub-heading "专利申报要“饮水思源”" cut;
    ends before the truncated "一种是企…". 唐大伟 is named first only as the one "因受贿罪被判处";
    his post comes after: ('知识产权办公室副主任', '扬中市科技局'). His father (主任科员) and the
    prosecutor 朱静波 are not accused. Only 贪污贿赂.
 2  Site menu, byline and the "“高官高知”沦为“蛀虫”" sub-heading cut; ends before the truncated
    广州市纪委 statistics. "广东省科技厅原厅长李兴华、原副厅长王可炜、原党组副书记张明": the
    厅 is carried to the two after the first (as in fresh104th.py item 3). The 29 people of the
    25 cases and the "科技中介" are unnamed groups. 贪污贿赂 and 廉洁纪律 ("严重违纪").
 3  Site lines, headline, date and the sub-heading "两中大教授进贡25万" cut; ends before the
    truncated 杰赛 sentence. 张实 first written "市科信局原处长": unit '市科信局' as written.
    谢学宁 "违规被查" is accused here too ('原局长', '广州市科信局'). Hard: the bribe-giving
    professors (罗笑南 named) and the former colleague 曾某兵 are not given entries (bribe-givers
    whose own posts are not at issue; 曾某兵's post is not written). Only 贪污贿赂.
 4  Traditional; byline "文/青檢" and title cut; the 200-firm sentence and the next, garbled in
    the stored copy ("近200家??苿?chuàng)中心…"), cut; ends before the truncated 張全優 story.
    王學通 ('原黨委書記', '青浦區科委'), 韓婷 ('原主任', '區科技創業中心', as written). Only 贪污贿赂
    (索賄, 受賄, 挪用公款).
 5  Traditional blog snippet of a 數位網路報 item: its title and "2013年5月9日 - " cut; the
    page's "..." gaps kept as "…", so the text starts a clause mid-way and ends on an open
    sentence (hard, kept as a snippet). "管理局長楊文科": position '局長', unit
    '中部科學工業園區管理局' (行政院國科會 dropped); "前中科管理局營建組組長鐘文傳": '前' moved into
    the position. The 監委 only act. 廉洁纪律 (王宏元's money ties) and 工作纪律 (失職).
 6  Traditional; title, byline and the sub-heading cut; two onlookers' quotes garbled in the
    stored copy ("為了什么???", "圖啥???") cut, and the garbled "35天?!安槌…" read as "35天。" with
    the garbled quote after it cut; ends before the truncated "甚至有些…". 曾毅華 with both
    posts ('原黨組書記、局長', '海西州科技局'). 贪污贿赂 and 八项规定 (holidays claimed as trips).
 7  Traditional commentary; the author's name "伍裡川" before the text cut; ends before the
    truncated "相違、相…". Two post-only entries for the two sanctioned posts of the 講師團
    (hard: "人才引進相關負責人" may be several people). 王某丹, 郜某興 and 張某 are the hires,
    not accused. 选人用人 and 组织纪律.
 8  Site lines, "原标题", byline and editor line cut. 周某 first written "在该局分管住房保障工作
    的副局长周某"; "该局" read as the "潜江市房管局" of the lead sentence. 魏某 and the 13 staff
    are beneficiaries. 工作纪律 (no publicity) and 群众纪律 (public housing given to insiders).
 9  Traditional; "【本報訊】", the sub-heading "涉事政府部門:肯定是真的" and the closing "|" cut.
    The cadres whose children were hired are an unnamed group; the 組織部, 人事勞動局 and
    監察局 that issued the rule are organs; 潘文漢 only answers, 金林 and 郭建超 decline: in, no
    entry. 选人用人 and 组织纪律. Off theme (jobs, not talent money).
10  Mixed: villagers' own fertiliser subsidy and unpaid wages beside the cadre's 套取. Traditional;
    page lines and the dateline "中評社北京4月9日電/" cut. 吳某某 ('幹部',
    '旺蒼縣五權鎮農業服務中心'). 馬某, whose signature was forged, and the 支部書記 who reported are
    not accused (hard: 馬某 is questioned). 廉洁纪律 and 群众纪律. Neighbouring theme.
11  Traditional; headline, date, the photo caption and the sub-heading cut; ends before the
    truncated "除了縱容親屬…". 井東文 and 傅繼成 with posts as written; 毛昭暉 only comments.
    Only 廉洁纪律. Neighbouring theme (relatives paid for no work).
12  A cartoon caption; the signature "(华峰 漫画/文)" cut. 何某 and 鲁某 of "该村" = 传讯村.
    廉洁纪律 (diverted special fund) and 工作纪律. Neighbouring theme, short.
13  涉法涉诉: a test engineer's own wage claim through arbitration and the first instance; the
    sub-heading "仲裁与一审:劳动者维权遇阻" cut; ends before the truncated judgment sentence. The
    union lawyer 韩双 only acts. Could be read as 个人利益诉求.
14  涉法涉诉: a patent judgment; title, source line, court heads, case number and the parties'
    representative lines cut; ends after the defendant's first point, before the truncated second.
15  涉法涉诉: a patent suit; the title cut; ends before the truncated "(一)本专利技术特…". The
    defendant's "参加政府招标活动" accuses no official.
16  个人利益诉求: a game studio's former staff on three months' unpaid wages (arbitration only
    planned); 李文晨 and 吴先生 are private. Could be read as 涉法涉诉.
17  Mixed, out: citizens' own 创梦东莞 subsidies a year late (个人利益诉求) beside a comment that the
    policy "在执行过程中被异化" and must not be "拖一拖" (no official or organ named beyond the
    city). Site junk, headline, byline and source line cut; ends before the truncated last
    sentence. Hard: could be read as in (工作纪律, 形式主义官僚主义 against the handling organ).
18  其他: a 高企 agency's advice on appealing a refusal; site name, title and the copyright
    notice cut. Could be read as 个人利益诉求 (a firm's appeal).
19  其他: a 坪山 notice on 复议 for refused firms; the headings "一、受理范围" and "二、复议优先推荐条件"
    cut, and the agency's advert line after the text. Could be read as 个人利益诉求.
20  其他, traditional: a 科技厅 notice against fraudsters posing as officials and experts (no
    official accused); the sentence garbled in the stored copy ("向當?shù)毓矙C…") and the
    truncated point 3 cut.
21  其他, traditional: an audit found 騙補貼 and 重復領補貼 by applicants under "監管不到位"; no
    official named (organs at most). Byline, caption and sub-heading "233家未納稅企業中…" cut;
    ends before the truncated "監管不到…". Hard: could be read as in (lax oversight).
22  其他: a 科技厅 notice inviting reports on its own leaders; the headings "一、监督范围" and the
    contact part (phone, mail, address) cut. Lists misconduct but accuses no one.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH148: list[Item] = [
    # 01
    ('http://ycdf.jsjc.gov.cn/wenhua/201805/t20180516_414352.shtml',
     '科技局，原称科委，属于政府职能部门之一，在国家级是科技部，省级叫科技厅，到市县级就叫科技局。过去，科技局'
     '的职能很简单，一句话概括，就是跟着国家有关科技工作的方针、政策和法律、法规走，贯彻实施就行。在一般人眼里'
     '，科技局就是个“清水衙门”，没权也没钱。但是，经过三十多年的改革开放，我国科技发展站在了新的历史起点。特'
     '别是十八大以来，党中央深入实施创新驱动发展战略，高度重视和加快推进科技创新，科技投入总量呈现高位、增长态'
     '势。而与科技相关的领域里，腐败也随之出现了高速增长……正如扬中市检察院反贪局局长朱静波说的那样：“权钱交'
     '易的热点总是紧跟时代的发展。”“挺庆幸自己在工作没几年的时候出了这样的事，对于我来说是教训，也是悬崖勒马'
     '的机会。如果再过个三五年，我不敢想象自己会走到哪一步。”因受贿罪被判处一年有期徒刑的唐大伟说。唐大伟是个'
     '胖胖的80后，父亲曾是扬中市科技局的主任科员。本科毕业后，唐大伟“子承父业”也进了扬中市科技局，几年后就'
     '当上了知识产权办公室副主任。“扬中市知识产权办公室预设的岗位有两个，除了主任就是副主任，主任2015年就'
     '调离了，所以实际在岗的就我一人。”唐大伟对自己的工作很满意，“事儿不多，也没什么人管着。”知识产权办公室'
     '的事儿的确不多。据唐大伟介绍，他的工作职责主要是针对专利方面。“帮科技企业申报专利，按照国家专利政策给企'
     '业发发资金，管理管理市内做专利代理服务的中介机构。”',
     'in', None, False, ['贪污贿赂'],
     [('唐大伟', '知识产权办公室副主任', '扬中市科技局')]),
    # 02
    ('http://news.fjsen.com/2014-07/03/content_14413489_all.htm',
     '去年至今，广东科技系统内近50名官员因“科研经费”落马，其中多涉及部门“一把手”，发案集中在科技资金使用'
     '、分配及信息工程发包环节，揭示科研项目经费管理方面存在严重漏洞。《经济参考报》记者在对案情进行深入探访时'
     '发现，多名官员由熟人关系结成利益链条的“人情腐败”现象突出，折射出科技部门审批权力过于集中，科研经费管理'
     '暗箱封闭运行、“专业欺骗”和“内行走过场，外行静悄悄”等制度漏洞。广东科技系统的涉案人员多为“高官”、“'
     '高知”，在企业与科技部门之间还有一群身份特殊的“科技中介”，专门负责牵线搭桥，拉拢贪腐。去年以来，广州市'
     '科技和信息化局原局长谢学宁、广东省科技厅原厅长李兴华、原副厅长王可炜、原党组副书记张明等科技系统官员，接'
     '连因涉嫌严重违纪被相关部门立案调查。据广州市检察院披露，该院反贪局与广州市海珠区检察院反贪局2013年共'
     '立案查处科技信息系统系列贿赂案件25件29人，其中包括1名局级干部和7名处级干部，总涉案金额共计5000'
     '余万元。纪检部门相关负责人说，这些发生在科技领域的腐败案件，涉案人员之多、涉案范围之广、涉案金额之大，为'
     '近年来罕见。与一般案件相比，科技系统的涉案人员多为“高官”、“高知”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('谢学宁', '原局长', '广州市科技和信息化局'),
      ('李兴华', '原厅长', '广东省科技厅'),
      ('王可炜', '原副厅长', '广东省科技厅'),
      ('张明', '原党组副书记', '广东省科技厅')]),
    # 03
    ('https://jjjcs.hebiace.edu.cn/info/1029/2194.htm',
     '市科信局原处长张实获刑5年9个月，在职期间借科研项目审批受贿67.9万，7名行贿人中包括两名中山大学教授'
     '。广州市科信局原局长谢学宁违规被查后，广州市科技系统腐败案件引起广泛关注。去年底，该局软件和信息服务业处'
     '原处长张实被控受贿近68万元在越秀区法院公开受审，7名行贿人中有两名来自中山大学的教授，共“进贡”25万'
     '余元。记者昨日获悉，越秀区法院近日对该案作出一审判决，认定张实构成受贿，对其判处有期徒刑5年9个月。经查'
     '，张实1995年博士毕业后即进入当时的广州科委工作，2003年后先后担任广州市科技局高新技术及产业化处处'
     '长、市科信局高新技术及产业化处处长、市科信局软件和信息服务业处处长。据指控，2003年至2013年间，张'
     '实在任职期间，利用其负责广州市高新技术科研项目申报、评比、验收广州市科技与信息化扶持项目申请审批工作的职'
     '务便利，为他人谋取利益，收受7名行贿者贿送的人民币67.9万元，为他们在申报广州市相关科研项目中提供帮助'
     '。7名行贿者为两名中山大学教授（另案处理）、一名张实的旧同事曾某兵（另案处理），四家科技类公司。中山大学'
     '教授罗笑南及3名企业高管被追究刑事责任，予以另案处理。而张实旧同事曾某兵提供的证人证言证实，张实曾两次以'
     '借钱的名义让曾某兵共打款20万元用于买房。',
     'in', None, False, ['贪污贿赂'],
     [('张实', '原处长', '市科信局'), ('谢学宁', '原局长', '广州市科信局')]),
    # 04
    ('http://www.jizihe.com/page/2014/0522/12911862.shtml',
     '近年來，為促進科學技術轉化，上海市加快了科技孵化器的建設，加大了對孵化企業的資金扶持力度。作為孵化器基地'
     '的科創中心，經手和管理著數字可觀的孵化企業扶持資金。但是，青浦區科委原黨委書記王學通、區科技創業中心原主'
     '任韓婷卻利用科創中心為孵化企業發放扶持資金的工作便利，向他人索取賄賂，從中謀取私利。3月20日，青浦區人'
     '民法院以受賄罪判處王學通有期徒刑10年，以受賄罪、挪用公款罪判處韓婷有期徒刑15年。根據國家相關政策，科'
     '創中心擁有的孵化資金，主要用于扶持高科技企業創業。青浦區科委原黨委書記王學通，52歲，自2005年起全面'
     '負責科創中心工作。王學通出色的業務能力使得區科技創業中心在全市條線排名中名列前茅，也為其建立了一定的關系'
     '網絡。他先后幾次拍板決定將孵化扶持資金借予特定企業，體驗到了“肥差”帶來的權力快感。王學通人漸至知天命之'
     '年，官位也無望再升遷，恰好給企業發放孵化、扶持資金的“油水”就在身邊，王學通的心態漸漸起了變化。',
     'in', None, False, ['贪污贿赂'],
     [('王學通', '原黨委書記', '青浦區科委'), ('韓婷', '原主任', '區科技創業中心')]),
    # 05
    ('https://www.iredpage.com/company/blogview/%E6%95%B8%E4%BD%8D%E7%B6%B2%E8%B7%AF%E5%A0%B1%3A'
     '%20%E4%B8%AD%E7%A7%91%E5%B1%80%E9%95%B7%E6%A5%8A%E6%96%87%E7%A7%91%E3%80%81%E7%B5%84%E9%95'
     '%B7%E9%90%98%E6%96%87%E5%82%B3%E3%80%81%E7%8E%8B%E5%AE%8F%E5%85%83%E9%81%AD%E5%BD%88%E5%8A'
     '%BE%20.../3978016/551289',
     '監察院今天通過監委余騰芳、馬秀如、陳永祥提案，彈劾行政院國科會中部科學工業園區管理局長楊文科、前中科管理'
     '局營建組組長鐘文傳、中科管理局投資組組長王宏元。…包括招標作業等機敏公務在內之行政作業；投資組組長王宏元'
     '受理轄管園區廠商申請「創新技術研究發展產學合作獎助計畫」且出任審查委員，卻未遵守利益迴避原則，與該廠商負'
     '責人間資金往來頻繁曲折，且未詳實評審所提計畫內容即率然同意獎助，有虧審查委員職責；局長楊文科對所屬鐘、王'
     '兩員違法失職行為，…',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('楊文科', '局長', '中部科學工業園區管理局'), ('鐘文傳', '前營建組組長', '中科管理局'), ('王宏元', '投資組組長', '中科管理局')]),
    # 06
    ('http://zgkjsz.com/page/2015/0331/12476662.shtml',
     '2014年1月，青海省德令哈市人民法院公開審理海西州科技局原黨組書記、局長曾毅華案，海西州紀委組織州直部'
     '門一把手現場旁聽庭審。庭審結束后，旁聽的一把手們唏噓不已：“以前挺好的一名干部，兩年間怎么變成這樣了？”'
     '海西州紀委辦案人員分析：“曾毅華之前一直擔任副職，當上州科技局一把手后，權力大了，手中直接掌握大量可支配'
     '的資金，他私欲膨脹，無視紀律和規矩，破壞單位管理制度，從貪占‘小便宜’開始，發展到受賄索賄，一步步走向違'
     '法犯罪的深淵。”從曾毅華報銷差旅費的情況看，他真是個“大忙人”。州紀委辦案人員通過對州科技局2011年、'
     '2012年財務憑證的認真查閱，發現兩年時間里，曾毅華有369天是在“出差”，其中重復報銷差旅費35天。即'
     '使在春節期間，曾毅華也在外地“忙工作”：2011年春節，他在海南、成都、麗江等地“出差”，“考察園區”。'
     '2012年春節，他在西安、海口等地“出差”“開會”。',
     'in', None, False, ['贪污贿赂', '八项规定'],
     [('曾毅華', '原黨組書記、局長', '海西州科技局')]),
    # 07
    ('http://www.gdmsci.cn/tfJcK9AxBWal.html',
     '內蒙古自治區包頭市委講師團「人才引進被指因人設崗」一事有了調查處理結果。8月9日晚，「包頭髮布」微信公眾'
     '號發布情況通報稱：經查，講師團人才引進中存在因人設崗、監督工作落實不到位、議事決策程序不規範等問題。認定'
     '2025年講師團人才引進招考結果無效，依規依紀對講師團主要負責人予以免職處理，並給予黨內嚴重警告、降級處'
     '分；同時，對人才引進相關負責人給予誡勉處理。至此，一樁關乎事業單位招聘的鬧劇落下帷幕。有關部門作出的嚴肅'
     '處理令人欣慰，但是此事件暴露出的深刻教訓令人警醒、引人追問。此前報導指出，2023年12月，內蒙古人才發'
     '展集團微信公眾號發布《包頭市委講師團所屬事業單位面向社會公開引進緊缺急需專業人才公告》，計劃引進4人，流'
     '程包括報名審查、面試、考察、體檢、公示及聘用。隨後，該公眾號發布面試結果公告，顯示僅有王某丹、郜某興、張'
     '某3人進入下一環節。當時，這一招聘因遭舉報而中止，未對通過面試的考生進行後續正式招聘環節。2025年1月'
     '，內蒙古人才發展集團再次發布《包頭市委講師團面向社會公開引進高層次和緊缺急需專業人才公告》，計劃引進3人'
     '。面試結果及擬進入體檢範圍人員名單顯示，通過者為王某丹、郜某興、張某。這次招聘，只要求面試，且某崗位年齡'
     '要求從起初的38周歲以下放寬至40周歲以下，呈現出年齡槓桿「與時俱進」的詭異特質。這到底是人性化操作，還'
     '是為了關照「目標對象」而不惜把原則當成泥巴揉捏？正常情況下，用人單位都是先有崗位，再為崗位配置人員。因人'
     '設崗不按常理出牌，既有疊床架屋之弊，也有衝撞人事制度之憂。在本無增加職數必要的情況下，因人設崗容易造成人'
     '浮於事等問題。',
     'in', None, False, ['选人用人', '组织纪律'],
     [(None, '主要負責人', '包頭市委講師團'), (None, '人才引進相關負責人', '包頭市委講師團')]),
    # 08
    ('http://house.people.com.cn/n1/2018/1030/c164220-30370574.html',
     '10月23日，因将公租房“优先”分配给本单位人才，潜江市房管局一干部被问责。2016年6月，潜江市政府为'
     '改善公租房房源紧张的状况，批准潜江市住房保障工作分局回购了樟华国际小区的238套符合公共租赁住房标准的商'
     '品房用作公租房，并对房屋进行了精装修。潜江市住房局系统职工魏某等13人知道消息后，陆续向该市住房保障工作'
     '分局申请公共租赁住房。按照公共租赁住房实物配租的工作程序，公租房申请审核通过后先进入轮候期，轮候期间如有'
     '公租房房源分配应当履行房源公示、意向登记、确认配租对象、配租公示等程序。2017年3月至8月，在该局分管'
     '住房保障工作的副局长周某签字批准或口头安排下，潜江市住房保障工作分局未进行任何公示，违反工作程序将魏某等'
     '13人全部直接分配入住该市樟华国际小区公租房。潜江市纪委监委派驻市住建委纪检监察组调查发现，周某除违规为'
     '单位13名职工优先配租优质公租房外，还将其中7名职工每月每平方米8元的公租房租金降为5元，减免租金共计0'
     '.99万元。据称，周某违规分房的动机，是希望让这批人才安心留在本单位工作。目前，该市纪委监委给予周某党内'
     '警告处分。上述13名潜江市住房局系统职工已全部退租，违规减免的租金也全部追缴。',
     'in', None, False, ['工作纪律', '群众纪律'],
     [('周某', '副局长', '潜江市房管局')]),
    # 09
    ('http://paper.wenweipo.com/2010/01/09/CH1001090028.htm',
     '據《青年時報》8日報道：日前，內地有網友在溫州一論壇發帖稱，溫州市龍灣區安排幹部子女就業，一些文化程度只'
     '有「職高和中專」的官員子女也被安排進了事業編制單位。發帖者稱，手上有一份詳細名單，包括領導幹部的姓名、職'
     '位，他們的子女的姓名、學歷和聯繫方式等。這些領導幹部的單位，幾乎囊括了龍灣區政府主要的職能部門。據悉，該'
     '文件由龍灣區委組織部、人事勞動局和監察局聯合發文，文件名為《關於考錄副科級以上領導幹部子女的補充規定》。'
     '文件規定，「高校在讀的副科級以上領導幹部子女可列為這次報考對象」。為了考錄這些副科級領導幹部子女，龍灣區'
     '人事勞動局還專門向區政府申請劃撥專項經費。錄取名單顯示，本次招考的22人中，有18人是官員子女。對於政府'
     '部門安排幹部子女進入事業編制單位，涉事的龍灣區委組織部副部長潘文漢昨天下午直言不諱地說：「文件既然發下來'
     '了，肯定就是真的。」而龍灣區人事勞動局局長金林及龍灣區監察局郭建超則未做直接表態，指不方便回答。',
     'in', None, False, ['选人用人', '组织纪律'],
     []),
    # 10
    ('https://hk.crntt.com/doc/241_13574_106644590_1_0409125814.html',
     '據中央紀委國家監委網站報導，“都怪自己一時貪心，為了點‘好處費’，幹了錯事，自以為手段高明，實則自欺欺人'
     '……”面對前來回訪的四川省旺蒼縣紀委監委幹部，旺蒼縣五權鎮農業服務中心幹部吳某某對自己套取項目資金的行為'
     '後悔不已。此案的查處源於一次走訪。此前，旺蒼縣紀委監委在五權鎮天紅村開展鄉村振興專項監督入戶走訪時，幾個'
     '村民的對話引起了走訪幹部的注意。“當時說的倒好哦，還有肥料種子補貼，這都快兩年時間了，啥都沒見到。”“我'
     '在裡面務工的，工資到現在都沒發。”面對群眾的反映，走訪幹部找到天紅村的村幹部瞭解情況。該村支部書記表示2'
     '020年縣農業局在天紅村實施了嚴格管控類耕地種植結構調整項目，老百姓說的都是真的，他也找鎮上農業服務中心'
     '反映過多次，但都不了了之。隨即，旺蒼縣紀委監委第四紀檢監察室聯合五權鎮紀委成立調查組對此事展開進一步調查'
     '。“作為分管領導，請你把這個項目的具體情況說一下。”在查看項目資料後，調查組找到該鎮分管農業的副鎮長馬某'
     '。“那個時候我剛來，這個項目我不知道。”“那你為什麼要在驗收表上簽字？”調查組將驗收表遞給了馬某。“這不'
     '是我的筆跡！”看到項目驗收表上簽字，馬某大吃一驚，表示自己從來沒有簽過這個字。',
     'in', None, True, ['廉洁纪律', '群众纪律'],
     [('吳某某', '幹部', '旺蒼縣五權鎮農業服務中心')]),
    # 11
    ('http://www.dlhp.com.cn/h-nd-104.html',
     '長期不在崗但工資照領不誤；網購虛假醫院假條后，拿著單位工資，卻在外開公司獲利；子女等親屬不實際工作卻獲取'
     '薪酬；瞞報老人去世事實，繼續代領退休金……一段時間以來，各種“吃空餉”行為蠶食財政資金，飽受輿論詬病。1'
     '0月3日，中央紀委國家監委網站發文透露，十八大以來，各地各部門對“吃空餉”現象進行了專項整治活動，在5年'
     '內清理清退“吃空餉”16.3萬人。中國監察學會常務理事、中國人民大學反腐敗與廉政政策研究中心主任毛昭暉在'
     '接受《中國新聞周刊》采訪時表示，“吃空餉”反映出某些黨政機關、事業單位、國企存在兩個問題：一是人浮于事，'
     '職責不清，給了一部人“吃空餉”的機會；二是人事管理等不到位，在規章制度、編制管理、公共財政資金使用等方面'
     '存在問題。有分析認為，十八大以來，中央和地方持續加大對“吃空餉”的整治力度，挽回了大量財政資金，體現了維'
     '護公平正義的決心，有效打擊了這一腐敗行為，也釋放出對這一問題“越往后查處力度越嚴”的信號。“吃空餉”的形'
     '式五花八門，但背后多能看到權力的影子。據中央紀委文章披露，多個案例顯示“在編不在崗，拿錢不干活”成為很多'
     '被查官員為親屬等謀取的一種“福利”。例如，2021年8月，國家林草局駐長春森林資源監督專員辦事處原副專員'
     '井東文被雙開，通報指出其“默許縱容妻子在其下屬單位長期不上班并正常領取工資”；2021年2月，據湖北省紀'
     '委監委消息，湖北省住建廳原副廳長傅繼成被雙開，通報稱，其縱容配偶不實際工作而獲取薪酬。',
     'in', None, False, ['廉洁纪律'],
     [('井東文', '原副專員', '國家林草局駐長春森林資源監督專員辦事處'), ('傅繼成', '原副廳長', '湖北省住建廳')]),
    # 12
    ('http://www.jn001.com/zt/jn001/wangping/2021-04/21/content_746302.html',
     '“挪用财政专项资金为村里办事，经办的党总支书记和村会计没有揣入一分钱，照样挨了‘板子’。”在湖南省澧县如'
     '东镇召开的警示教育会上，传讯村发生的一起违纪案让参会干部深受教育。该村原党总支书记何某、原村会计鲁某等人'
     '擅自变更专项资金用途的问题渐渐浮出水面。经镇党委研究决定，给予已离职的何某、鲁某党内严重警告处分。党员干'
     '部的任何行为都必须符合党纪国法。专项资金必须专款专用，如果自作聪明、擅作主张，问责的板子迟早会打到身上。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('何某', '原党总支书记', '传讯村'), ('鲁某', '原村会计', '传讯村')]),
    # 13
    ('https://www.gdftu.org.cn/ghyw/ldzy/content/post_1314945.html',
     '2022年1月，曹帅入职广州某科技公司担任测试工程师，月薪14400元。2024年年初，其参与研发的软件'
     '项目取得著作权后，公司以“无研发需求”为由，单方面通过电子邮件通知降薪，并以“疫情、公司没钱”等理由，持'
     '续克扣工资。至2024年8月，公司甚至拖欠曹帅当月工资未发。曹帅多次催讨无果，拨打“12345”投诉后，'
     '公司仍以“现金流不足”为由拒不支付。人事部门更直言：“公司账上没钱，后续会继续降薪，想投诉或仲裁随便。”'
     '无奈之下，曹帅于2024年9月18日发出《被迫解除劳动合同通知书》，申请劳动仲裁，要求支付被拖欠的工资、'
     '未休年假工资及解除劳动合同经济补偿。曹帅的入职时间2022年1月1日，与公司签订了期限分别为2022年1'
     '月1日至2022年3月4日、2022年3月5日至2027年3月4日的《劳动合同》。其中约定，2022年3'
     '月5日起，曹帅的薪酬结构为基本工资2300元、岗位工资5100元、级别工资4120元、月度绩效奖金288'
     '0元，合计14400元。每月工资发放时间为15日。公司在2024年2月至2024年6月期间以及2024年'
     '8月支付曹帅月工资的80%，2024年7月整个月工资未支付；曹帅剩余8天未休年休假。劳动仲裁中，曹帅请求'
     '公司支付2024年1月1日至2024年9月19日期间的工资46046元、解除劳动关系经济补偿86400元'
     '、2023年1月1日至2024年9月19日期间的未休年休假工资15888元。仲裁员虽确认公司欠薪事实，但'
     '以“已支付80%工资、保障基本生活”为由，驳回经济补偿请求。更令曹帅气愤的是，同案另一同事因主张欠薪金额'
     '与公司认可不一致，反而获仲裁支持。一审阶段，曹帅申请广州市南沙区工会法律援助服务，工会律师韩双梳理证据后'
     '重点呈现：2024年2月至9月，公司累计拖欠工资超4万元，且曹帅多次催讨未果。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.tianyancha.com/lawsuit/1f7d4c441cb811e6b554008cfae40dc0',
     '原告上海慧高精密电子工业有限公司诉被告上海明隽电子有限公司侵害发明专利权纠纷一案，本院于2013年1月3'
     '1日受理后，依法组成合议庭，于同年4月3日、8月6日、10月11日公开开庭进行了审理，原告委托代理人包更'
     '生、被告法定代表人宋秀娟及委托代理人黄琮均到庭参加了诉讼。本案现已审理终结。原告诉称：其系名称为“小头打'
     '厚导线成型机”的发明专利权人，专利号为ZL200810040798.7，授权公告日为2011年8月17日'
     '。自专利授权日起，被告未经原告许可，擅自实施原告的发明专利生产产品，从中获利。原告比对认为，被控侵权产品'
     '采用的技术方案与其专利权利要求1、2、3记载的技术特征相同，遂诉至本院，请求判令被告：1、停止对原告专利'
     '权的侵害行为；2、赔偿原告自2011年8月17日至2013年1月29日期间的专利侵权赔偿金人民币708,'
     '220元（以下币种相同）。被告辩称：1、被控侵权产品的技术方案与原告专利不同，未落入原告专利保护范围。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://data.110.com/a522893.html',
     '原告赵东红、鑫东华腾公司共同起诉称：原告赵东红是名称为“测定人体反应时的方法及其装置”发明专利的权利人。'
     '赵东红已将上述专利以独占实施许可的形式许可原告鑫东华腾公司实施。从2006年3月以后，原告从被告的网页等'
     '渠道得知了被告的侵权事实，尤其被告奇胜运动器材公司制造侵权产品，频繁参加政府招标活动，并以低价销售侵权产'
     '品，给原告造成了损失。经比较被控侵权产品，其完全覆盖了原告专利的全部必要技术特征，故二原告共同提起诉讼，'
     '请求判令二被告：1、立即停止制造、销售侵权产品；2、连带赔偿二原告经济损失97万元及因诉讼支出的合理费用'
     '23 300元。被告奇胜运动器材公司答辩称：1、被告已经向知识产权局专利复审委员会提供了大量文件证明原告'
     '的专利权是无效的，原告据此向被告主张权利是不公平的。鉴于该专利存在不稳定性，本案应当中止审理。2、被告制'
     '造的产品使用了公知技术，不构成侵权。而且，被告的产品从技术特征上看也没有落入原告专利的保护范围。据此，请'
     '求驳回二原告的诉讼请求。被告奇胜机械公司答辩称：奇胜机械公司不是本案的制造商和销售商，不是本案适格被告。'
     '法院经审理查明：赵东红是名称为“测定人体反应时的方法及其装置”发明专利（以下简称本专利）的权利人，其专利'
     '申请日为2001年11月6日，授权公告日为2004年5月26日，专利号为ZL01134857.7。200'
     '4年5月27日，赵东红与鑫东华腾公司签订了一份《专利实施许可协议》，双方在协议中约定：鑫东华腾公司以独占'
     '形式实施本专利技术；实施地域为中国大陆；实施期限为本专利剩余的有效期；鑫东华腾公司将其全年销售额的8%支'
     '付给赵东红作为专利使用费。目前本专利权处于有效状态。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://foodmate.cn/hrinfo/news/55855.html',
     '“从去年10月份至今的三个多月里，我们一分钱的工资都没有领到过。”已经离职的刘先生说，公司的制度是本月发'
     '上个月的工资。本来去年10月10日应该发9月份的工资，但工资卡里始终没有收到工资。等到10月14日，员工'
     '才陆续收到9月份的工资。刘先生说，等到11月10日的时候，工资又没有打到工资卡上。员工向公司问询的时候，'
     '公司总是答复几天后会发工资的。“我在去年12月的时候离职了，离职之后也是没能拿到工资。”刘先生说，三十多'
     '名员工跟他一样，几次到公司讨要都没有拿到应有的工资。“算起来，我们三十几个人平均每个月的工资是三千元左右'
     '，三个月的工资有二十七八万呢。”刘先生介绍说，大部分员工都是租的房，没有工资就没法交房租，有的员工吃饭都'
     '成了问题。“三个月工资不发，许多人只能向亲戚朋友借点钱，先把房租交上。”不得已的情况下，许多员工只能申请'
     '劳动仲裁讨要工资。“但是仲裁程序时间太长，得半年到一年。”员工史小姐说。刘先生说，有些员工已经跳槽到新的'
     '公司，但因为原公司连员工的五险一金都没有交，新公司也没法给续交。对于欠薪原因，刘先生介绍说，公司到目前只'
     '研发了一款游戏，但并没有上线，也就没有盈利，但公司具体经营情况他也不得而知。昨天下午，记者来到聚龙天下公'
     '司，该公司位于海淀区清河安宁庄路的光华创业园科研楼三层，公司对是否存在欠薪没有给予任何答复，对于业界传言'
     '投资方与管理团队有矛盾一说，总裁李文晨不予评论。记者试图联系投资方财务负责人吴先生，但是电话被转到语音信'
     '箱。李文晨表示，别人的工资发没发他不清楚，他自己的工资都没发呢。“如果没有别的办法，就只能等待漫长的仲裁'
     '了！”有员工告诉记者。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://py.jjjtsb.com/r/2024-11/14/content_31778632.htm',
     '近期，多位广东市民在网络发帖称，2023年“创梦东莞”计划综合补贴，承诺180个工作日办结，结果办结又等'
     '待近1年，还未收到补贴资金。有市民对记者表示，其2023年11月提交了创梦补贴申请，当年11月中旬符合申'
     '请条件办结，但到了2024年10月25日，她仍未收到补贴。在经济市场化、人口流动化的当下，一个城市要想提'
     '升吸引力和竞争力，必须在引才聚才上进行“制度补血”。人才补贴不仅让年轻人得到真金白银的实惠，也让他们感受'
     '到一座城市的善意和温暖；然而，“人才补贴等一年”让制度初衷在执行过程中打了折扣。一项饱含制度善意的好政策'
     '，却在执行过程中被异化，难免会引发一些人的批评质疑。哪怕人才补贴发放有一个过程，哪怕“省政务服务网不对办'
     '理时间进行限制”，也不能让申请人苦苦等待，“人才补贴等一年”显然背离了引才聚才的初衷，会在无形之中损伤人'
     '们对一座城市的信任与认同。人才补贴离不开相应程序，可是这并不意味着可以“等一等”“放一放”“拖一拖”，而'
     '是要增强一种“等不及”“伤不起”的紧迫感和使命感。',
     'out', '个人利益诉求', True, [],
     []),
    # 18
    ('https://gxqyrd.cn/zzrd/gq/7704.html',
     '当企业申报高新技术企业认定不通过的时候，进行申诉需要注意一下事项：1、注意申诉时间：申诉时间很短，一般就'
     '几天内必须完成，不能错过申诉期限；2、准备申诉材料：申诉材料包括申诉报告，企业自我评价，以及申诉理由，最'
     '后还要附上证明材料；3、申诉方向选择：四个维度，知识产权得分低和成果得分不理想可以选择申诉，因为这两项的'
     '评价要素较多，主观评价对结果有影响；但是财务数据无需申诉，系统计算无法改变；同时，组织管理也无申诉的价值'
     '，佐证、过程材料有就有了，没有也不能新增材料，基本无申诉价值。',
     'out', '其他', False, [],
     []),
    # 19
    ('https://szdinze.com/news_view_3887_269.html',
     '2024年第一、二批高新技术企业（以下简称“高企”）认定评审工作已经结束，且已开放评审结果查询。为做好坪'
     '山区企业复议相关工作，现将相关要求通知如下：坪山区申请2024年度高新技术企业认定未通过企业，综合评分未'
     '达到70分。（一）优先推荐专家评审结果出现明显错误的企业。明显错误主要包括：1.企业材料符合要求，却被专'
     '家以材料不齐一票否决的；2.净资产增长率或销售收入增长率评分，出现2分（含）以上的评分错误，且该项评分错'
     '误直接导致评审结果改变的；3.企业拥有Ⅰ类知识产权，但知识产权数量评分小于7分（不含）的；4.参与国家标'
     '准制定的加分项应加未加的；5.存在其他专家评审明显错误情况的。（二）国家高新技术企业证书已到期，重新认定'
     '未通过的企业；（三）专精特新“小巨人”、上市公司等市、区重点支持的企业；（四）国家、省、市科技进步奖获奖'
     '企业；（五）其他可参加复议筛选企业，包括：拥有2021年以来获得授权的自主研的Ⅰ类知识产权的企业；参与国'
     '家级国家标准制定的企业；其他对评审有异议的企业。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://74210.cn/news_30847.html',
     '各省轄市、縣（市）科技局（科委）、國家和省級高新區管委會、各有關單位：近期，省內不時出現不法分子利用企事'
     '業單位對科技部門的信任，假冒國家科技部、省科技廳領導和機關干部以及科技項目評審專家，通過向科技項目申報單'
     '位、科技項目承擔單位、地方科技部門索要錢物、要求支持或幫助、推銷書籍資料或產品等方式進行詐騙，干擾了科技'
     '管理工作的正常秩序，損害了科技系統的形象和聲譽。為嚴防此類詐騙行為得逞，現就有關事項緊急通知如下：1、嚴'
     '防上當受騙。國家科技部、省科技廳領導從未以個人名義，也絕不允許以機關干部名義向項目申報單位、項目承擔單位'
     '索要錢物、推銷產品、推銷書籍資料、要求贊助、要求解決個人事宜等；省科技廳禁止任何人以評審專家名義與被評審'
     '單位聯系，禁止任何評審專家向被評審單位索要財物。各地科技部門和項目單位一旦發現類似行為，要立即核實，嚴防'
     '上當受騙。2、積極進行舉報。請各地科技部門、各有關單位及時提醒相關方面提高警惕，加強防范。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.ship-bio.com/articles/2020-12-31/1585319.html',
     '近些年來各個城市紛紛出動誘人的人才引進政策，廣州推出“史上最寬松”的一線城市落戶政策，有個大專文憑再加兩'
     '個條件就可落戶，蘇州租房即可落戶…城市間搶人大戰的激烈程度可見一斑。而人才吸引指數常年位居前三的深圳更是'
     '在今年投入了142億現金攬人才，合計引進了37.62萬應屆畢業生、在職人才和留學人員。在這么大力度的人才'
     '引進中，卻有個別人鉆了政策的空子。12月28日，深圳市審計局網站公布的《深圳市2020年度績效審計工作報'
     '告》（下稱《報告》）暴露出來部分人才政策由于監管不到位而產生了一系列到處騙補貼、重復領補貼、學歷歧視、偷'
     '稅漏稅、人才住房分配不合理造成資源浪費等問題。近年來，深圳先后出臺實施《深圳市人才安居辦法》、《深圳經濟'
     '特區人才工作條例》、《關于促進人才優先發展的若干措施》等一系列人才政策，形成良好的人才集聚效應。去年1月'
     '至今6月，深圳市政財安排51項人才類專項經費，合計支出108.9億元，深圳各區在市級獎勵基礎上發放配套獎'
     '勵補貼33.43億元，合計引進了37.62萬應屆畢業生、在職人才和留學人員。期內共認定高層次人才4233'
     '人，新增技能人才31.7萬人。值得一提的是，根據最新的人才政策，深圳全日制本科畢業生的租房和生活補貼從6'
     '000元上調至15000元，碩士從9000元上體調至25000元，博士從12000元上調至30000元。'
     '而非全日制的租房和生活補貼仍為本科6000元、碩士9000元、博士12000元。同時，在領取市級補貼后亦'
     '有機會申領區級12500元至30000元的補貼。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://kjt.guizhou.gov.cn/xwzx/tzgg_73876/202411/t20241120_86110868.html',
     '近年来，省科技厅贯彻落实习近平总书记关于党的自我革命的重要思想，坚定不移推进全面从严治党，坚持刀刃向内，'
     '强化干部队伍作风建设。为进一步强化纪律作风建设，为科技创新工作提供坚实保障，公开接受社会监督，现将相关监'
     '督内容公布如下：（一）省科技厅领导干部在科研项目申报、评审、立项、实施、验收等环节，以及科技奖励推荐、评'
     '审，科研经费使用管理，科研诚信等方面的虚报虚列项目、挪用项目经费、泄露评审信息、利益交换评审等行为。（二'
     '）省科技厅领导干部违规吃喝、违规配备使用公务车、违规发放津补贴或福利、违规收送礼品礼金、违规公款旅游等行'
     '为。（三）省科技厅领导干部在省级科学技术奖申报、省级科技计划项目评审、实验动物生产和使用许可、外国人来华'
     '工作许可等政务服务事项方面不作为、乱作为，存在门好进事难办、态度敷衍、推诿责任等作风行为。（四）科技厅领'
     '导干部其他违规违法行为。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH148, "fresh148")
