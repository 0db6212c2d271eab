"""Sealed batch fresh131: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh129th.py; the batch and its row ids are "fresh131".)

Theme: school meals and student aid (营养午餐 and 校园餐, 学校食堂 and 伙食费, 助学金 and 贫困生补助,
学杂费补助, 校服 and 教辅 orders): uniform and textbook kickbacks to 后勤办 heads and teachers,
principals and school cashiers keeping or using meal money, a principal's sister given the canteen,
aid money left on a school account, aid going to teachers' relatives, a school's staged aid
handout, a caterer's report of a 15% cut; out items are a pupil's injury suit, a canteen
food-poisoning suit, a student's 助学金 application, a pupil's plea to the 县长, parents'
complaints about poor lunches without an allegation, a meal-fee question and its answer, the
教育部's hotline news and a one-line school-fee question. Searches for aid given to cadres'
children and for village cadres keeping pupils' money found nothing usable, so 008 (teachers'
relatives and 关系户) stands for the first and no village cadre is accused. Sources (stored-pages
search): page 2 of a 78911 copy of the 新华社 report on the 恩施 uniform kickbacks; the gov.cn big5
copy of the 湖南 纪委 notice on five 教辅 cases (traditional); a 風傳媒 report on the 新北 營養午餐
verdicts (traditional); a handmsg copy on the 臨湘 canteen theft and the 貴陽 principal 鐘海燕
(traditional); a 中华网河南 copy of the story of the 许昌 principal 王支农; a 西西新闻 piece on
校园餐 graft; a 人民交通网 copy on the 莆田 aid money; a blog copy of a 太康 一高 暗访; a 盐城
检察 story on a school cashier; a yaliqi comment on the 蓬溪 任隆小学; a 网易 item on the 淮阳
caterer's report; a car29 copy on the 大悟 金山中学 handout; out: a 海淀 court case, a tangfl
legal write-up, a 內蒙古大學 application (traditional), the 邵东 county site on 孙宇, a 开封
教体局 message and reply, a runsky forum post, an artfrontier item on 徐州 (traditional), a 问政四川
question with the 中江 教育局's answer, a 中国经济网 item and a zhetiaohe question page. Five texts
are in traditional script (items 2, 3, 4, 15, 19). 23 search calls were used.

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, form labels, site and share lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("22.6万元", "63元/套", "15%"); stray spaces removed (017). Page oddities kept: "説" (002),
the 「優等」 quotes (003), "投止生", "感应气愤", "提倡了怨言" and three unclosed quotes (012), "國中"
and "XX級" (015), "放映" for 反映 (019), "878/生" and "•" (020). The stray "?" before "貴陽市"
(004) removed.
scope "in" for alleged misconduct of a party member or public official (the heads and staff of
public schools and of 教育局 offices count as public servants, as in fresh54th.py and
fresh63th.py; Taiwan's public-school principals too, as fresh120th.py's 鄉長), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, pupils, parents, victims,
witnesses, caterers and uniform firms and officials who only handled, investigated, announced or
answered are not accused; an organ (a school as a body) or an unnamed group accused as a whole
gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as first
written with the name, "原" kept) and units as written (province and city prefixes dropped as in
the earlier batches: "河南省许昌市第十中学" gives '许昌市第十中学'); unit None when the text ties the
person to no named unit. Topics only from the twelve names of triage.md; money kept back from
pupils and costs pressed on them are 群众纪律 (IS.MAS.01, IS.MAS.02), aid given to relatives and
关系户 群众纪律 (IS.MAS.03), kickbacks 廉洁纪律 and, where the text gives a bribery or embezzlement
case, 贪污贿赂. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 2 (013, 014), 个人利益诉求 2 (015, 016), 其他 6 (017-022). 17 accused entries,
all in items 1-9: 10 with a full name (赵国顺, 周正, 徐巧玲, 李冰, 盧繼軍, 陳其國, 曾茂山, 鐘海燕,
王支农, 林海), 6 masked (胡某, 方某, 周某, 施某, 吴某, 黄某; these strings occur in earlier batches for
other people), 1 post only (001). Items 008, 010, 011 and 012 are in scope with no accused entry.
Out items have no accused entry.

Close calls:
 1  Page 2 of the report: starts at "记者获得的一份…"; the sub-heading "先后两任恩施州学校后勤办主任
    被查案件仍在进一步深挖中" cut. 赵国顺 as first written ('主任', '恩施州学校后勤管理办公室'). 周正 is
    first written "恩施州学校后勤管理办公室原主任、恩施州教育考试院院长周正": the post next to the name
    taken, ('院长', '恩施州教育考试院') (hard: the bribes belong to his former 后勤办 post). The
    "恩施州教育局分管后勤领导1人" who shared the firm's 4万元 "赞助费" is accused post-only (None,
    '分管后勤领导', '恩施州教育局') (hard: one could read the list of 参会人员 as a group). The 8
    后勤办主任, 3 后勤办 staff, 768 教职员工 and "多名县市教育主管部门的相关负责人" are unnamed
    groups; 罗某, 陈毅坤 and 陈红平 run the uniform firms; 徐子轩 only speaks. 贪污贿赂 (受贿 cases),
    廉洁纪律 (提成, 会费) and 群众纪律 (the cost to pupils).
 2  Traditional; the "EN" line, headline, date and 字號 lines, the dateline "新華社長沙11月15日電
    (記者 陳文廣)" and the 【我要糾錯】 footer cut. Four accused as first written: the teachers 徐巧玲
    and 李冰 with their schools, 盧繼軍 ('黨支部書記、經理', '華容縣新華書店', the party secretary of a
    state bookshop) and 陳其國 ('收費價管股股長', '縣發改局' as written). The 麻林中學 grades are
    organs and the 泉溪鎮 "3名班主任" an unnamed group. 群众纪律 (books pressed on pupils) and
    工作纪律 (the altered order form).
 3  Traditional (Taiwan); headline, date and the two identical photo captions cut. Only 曾茂山 is
    named: ('校長', '頭前國中'). The 38 principals, 2 學校主任 and 9 評選委員 are unnamed groups,
    蔣偉寧 only comments, the 團膳業者 are private. 贪污贿赂 and 廉洁纪律.
 4  Traditional; ends before the truncated "民以食…". 胡某 and 方某 work at an unnamed 中學: unit
    None; both are convicted of a 職務犯罪, so public servants (hard for 方某, a canteen buyer).
    鐘海燕 gave her sister the canteen and took half the profit: ('原黨總支書記、校長',
    '貴陽市實驗小學'). The 海城 paragraph names nobody. 贪污贿赂, 廉洁纪律 (IS.INT.05) and
    群众纪律.
 5  Ends before the truncated "抱着这样的想法…". 王支农 ('原校长', '许昌市第十中学'); 周某, "该校原财务
    人员周某（另案处理）", is accused as ('原财务人员', '许昌市第十中学') (hard: he paid out on the
    principal's orders, but is prosecuted). 贪污贿赂, 民主集中制 ("一言堂") and 八项规定 (the
    洗浴卡 and "公家的烟…饭…酒").
 6  Header lines, headline, "西西新闻 @2025-10-21 字号" and the sub-heading "校园餐“虫穿蚁蚀”"
    cut; ends before the "类似案例还有：…" sentence, whose end is cut off in the stored copy (so
    戚某某 and 龚某某 are not in the text). 施某 is a "资金管理人员" of an unnamed school: unit
    None. 吴某 was hired ("被聘为该中学食堂经理") by the public 平武中学: accused ('原食堂经理',
    '平武中学') (hard: hired staff, but with power over the suppliers, unlike fresh81th.py's
    carers). The "个别“一把手”和领导班子成员" are unnamed. 贪污贿赂 and 廉洁纪律.
 7  Nav lines, headline ("…校领导受处分") and photo caption cut; ends before the truncated question
    put to 林海. The aid money left on the school's account: 林海 ('总务处主任',
    '莆田市第二十七中学') is the one called to account (hard: the text stops before his answer).
    陈大姐 is a beneficiary, the 纪委 only acts. 群众纪律 (拖欠) and 工作纪律. Not mixed: the
    family's money has been paid.
 8  A blog copy of a student reporter's 暗访; headline cut; ends before the truncated "“高二时，只…".
    The teachers whose relatives got the aid, the 班主任 (whose "弟弟" is a guess) and the 校领导
    dined by a parent are unnamed: in, no entry. 崔鹏 and 小可 are students. 群众纪律 (优亲厚友) and
    八项规定 (the dinners).
 9  The byline "郝红梅", headline and "姚雯/漫画" cut; ends before the truncated "黄某知道…".
    黄某 teaches and is the school's 出纳: ('黄某', '出纳', None), school unnamed (hard: her first
    written post is "小学教师"). 100万 of pupils' fees put into 理财 is 挪用: 廉洁纪律 (IS.INT.09)
    and 贪污贿赂.
10  A netizen's short comment, published whole. The school (任隆小学) is accused as a body: in, no
    entry. 群众纪律, 廉洁纪律 (冒领) and 工作纪律 (弄虚作假).
11  SMS-length (134 characters), mixed: a caterer's contract grievance ("违背合同") beside the
    allegation that the school's leaders took 15% of the meal money; headline and editor lines
    cut. The "校方领导" are unnamed: no entry; 马蕤 reports. 廉洁纪律, 八项规定 (津贴 paid from it)
    and 群众纪律.
12  Mixed: a father's claim to his son's 1000多元 aid beside the school's staged handout. The car
    site's header lines, the summary paragraph (a truncated duplicate of the opening) and a
    trailing "0" cut. The 老师 are unnamed and the 村书记 only certified: no entry. 群众纪律 and
    形式主义官僚主义 (the photo show).
13  涉法涉诉: a pupil's injury suit against the school; the date line cut. No official accused.
14  涉法涉诉: a law site's write-up of a canteen food-poisoning suit; headline, author, the
    sub-heads (案例介绍, 案件争议焦点, 法律适用分析 and the numbered ones) and two "…图1" captions cut;
    ends before the truncated "2.". Could be read as 其他 (a legal explainer).
15  个人利益诉求, traditional: a student's 國家助學金 application; headline cut; ends before the
    truncated sentence on the father's bail.
16  个人利益诉求, hard: a pupil's 求助信 to the 县长 and the help she got, as the county site tells
    it; nav, headline and date lines cut. 周玉凡 only acts. Could be read as 其他 (a good-news
    report).
17  其他: a parent's message on poor school lunches and the 教体局's reply; the form labels (编号,
    标题, 受理编号, 反馈类别, 提问人, 提问时间, 回复人员, 回复时间) cut. No misconduct alleged (as
    fresh54th.py's 022).
18  其他: a parent's forum post against a lunch caterer; "教育局为什么不能…" asks for surveys, not an
    allegation. The trailing "|" cut.
19  其他, traditional: parents complain of thin 配餐; the "導讀：" standfirst (a copy of the opening)
    cut.
20  其他: a 问政四川 question on meal fees and the 中江县教育局's reply; the board path, share line,
    the question's header and the reply header cut. Could be read as 个人利益诉求.
21  其他: news of the 教育部's hotline against 截留克扣 of boarding subsidies; header, headline,
    dateline and the 责任编辑 line cut. No one accused.
22  其他: a one-line question page, as published.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH131: list[Item] = [
    # 01
    ('https://m.78911.com.cn/XiaoXueZiXun/488719-2.html',
     '记者获得的一份恩施州教育局内部报告显示，恩施州学校后勤管理协会与校服公司商定以一套校服2元的标准收取'
     '会费。恩施州黔凯服饰有限公司作为恩施州学校后勤管理协会副会长单位2012年至2014年共缴纳会费22'
     '.6万元。湖北龙船调服饰有限公司作为协会理事单位，2012年至2014年共缴纳会费2.5万元。201'
     '3年底，恩施州黔凯服饰有限公司代表罗某向恩施州学校后勤办赞助4万元用于全州学校后勤管理暨后勤协会年终'
     '总结会。这笔赞助费分发给了参会人员，包括恩施州八县市时任学校后勤办主任8人，恩施州学校后勤办3人，恩'
     '施州教育局分管后勤领导1人。有了省、州的红头文件，校服公司就有了“令牌”，可以直接找学校“谈”，也可'
     '以找县市学校后勤办继续往下发文，最终形成了湖北龙船调服饰有限公司垄断利川市校服业务、恩施州黔凯服饰有'
     '限公司垄断恩施州其他县市校服业务的格局。对于湖北龙船调服饰有限公司每年的校服销量，湖北龙船调服饰有限'
     '公司总经理陈红平表示“搞不清楚”。目前，恩施州黔凯服饰有限公司法人代表陈毅坤等4名负责人，已被恩施市'
     '人民检察院以涉嫌行贿罪立案侦查；而恩施州学校后勤管理办公室主任赵国顺，恩施州学校后勤管理办公室原主任'
     '、恩施州教育考试院院长周正，也以涉嫌受贿罪立案侦查；另有多名县市教育主管部门的相关负责人也正在接受组'
     '织调查。经查，咸丰县43所学校或教学点全部存在这样的校服腐败，已查出2012年至2015年期间，共有'
     '768名教职员工收受提成，累计收缴违规资金42.65万元。咸丰县纪委副书记徐子轩说，在咸丰县部分地方'
     '，卖中小学生一套校服，班主任和学校要分别提成5元，教育站或中心学校还要提成2元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '群众纪律'],
     [('赵国顺', '主任', '恩施州学校后勤管理办公室'), ('周正', '院长', '恩施州教育考试院'), (None, '分管后勤领导', '恩施州教育局')]),
    # 02
    ('http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2018-11/15/content_5340636.ht'
     'm',
     '違規徵訂教輔材料、違規推薦購買教輔材料、擅自改變教輔材料自願徵訂單……湖南省紀委日前對查處的5起中小'
     '學違規徵訂教輔材料問題典型案例進行了通報，多人被追責。據介紹，這5起典型案例分別是：長沙縣麻林中學八'
     '年級和九年級違規徵訂教輔材料問題；衡南縣泉溪鎮中心小學3名班主任違規推薦購買教輔材料問題；邵東縣廉橋'
     '鎮第一初級中學教師徐巧玲違規推薦購買教輔材料問題；華容縣新華書店、縣發改局2名幹部擅自改變教輔材料自'
     '願徵訂單問題；益陽市第六中學教師李冰違規推薦購買教輔材料問題。其中，2018年1月，華容縣新華書店黨'
     '支部書記、經理盧繼軍為增加企業收入，擅自在已審定的九年級教輔材料自願徵訂單上增加63元/套的《中考必'
     '備》初中畢業指導試卷，交給縣發改局收費價管股股長陳其國，並請陳其國幫忙送審，致使《中考必備》列入九年'
     '級教輔材料自願徵訂單目錄，以文件方式印發相關學校，全縣4206名九年級學生徵訂《中考必備》，總金額2'
     '6萬餘元。盧繼軍、陳其國受到黨內警告處分；違規徵訂的《中考必備》全部費用被責令退還學生。“全省各級教'
     '育行政部門和相關職能單位要緊盯教輔徵訂中收受回扣、一科多輔、老師違規推薦、學生‘被自願’等問題，密切'
     '關注新形式新動向，持續加大整治工作力度。”湖南省紀委相關負責人説。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('徐巧玲', '教師', '邵東縣廉橋鎮第一初級中學'), ('李冰', '教師', '益陽市第六中學'), ('盧繼軍', '黨支部書記、經理', '華容縣新華書店'), ('陳其國', '收費價管股股長', '縣發改局')]),
    # 03
    ('https://www.storm.mg/article/31221',
     '2011年新北市爆發中小學營養午餐弊案，共38名校長涉嫌收回扣遭起訴（2人已過世）。16日新北地方法'
     '院宣判，32名校長涉嫌貪污等罪行，分別判處10年6月到1年2月不等徒刑。其中頭前國中校長曾茂山被處最'
     '高10年6個月，全案可上訴。針對這麼多校長涉案，教育部長蔣偉寧表示遺憾，並盼教育界引以為戒。前年5月'
     '，金龍盒餐公司供應積穗國小營養午餐時，發生餐桶長蛆事件，經板橋地檢署追查後揭露校長涉貪事件。檢調單位'
     '動員2百餘人搜索，最後起訴38名涉案校長、29名業者、2名學校主任、9名評選委員，共78人。經法院審'
     '理，36名校長中，僅8名校長坦承犯下違背職務收賄罪；其餘校長各有爭執、辯詞，如爭執所犯為不違背職務收'
     '賄罪，或不具公務員身分、未收賄、有收錢但與午餐無關、有收錢但用於校內公共事務等。判決指出，新北市歐克'
     '、金馬、津津等多家團膳業者，為取得學校營養午餐標案，以每名用餐學生一餐抽2到4元計算回扣總數，或以每'
     '件採購案10至15萬元計算，將賄款直接送給涉案校長。收賄校長則選擇對業者友善或業者長期供養的評選委員'
     '，讓業者成為優勝廠商並順利得標。即使供餐出問題，校長僅以口頭要求業者改善，而非對業者採取裁罰、停餐或'
     '解約等較嚴厲處分。學期結束後甚至評選業者「優等」，讓業者取得下學期繼續競標的優勢。據媒體報導，學校營'
     '養午餐的採購委員會由校長籌組，評選委員由校長指派行政人員與教師代表擔任，讓有心的團膳業者或校長容易操'
     '縱評選結果。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('曾茂山', '校長', '頭前國中')]),
    # 04
    ('http://m.handmsg.com/page/2025/0731/29394561.shtml',
     '今年6月，湖南臨湘市法院公開審理并宣判一起侵吞學生伙食費的職務犯罪案，中學總務處主任胡某與食堂采購員'
     '方某因分別貪污學生伙食費240萬元、109萬元，被判刑四年六個月和兩年。“校園餐”事關學生健康安全，'
     '時刻牽動著社會神經。但近年來，“校園餐”腐敗問題頻發，對學生健康成長造成影響，影響極為惡劣。2024'
     '年年底，國家監察委員會關于整治群眾身邊不正之風和腐敗問題工作情況的報告（以下簡稱報告）中指出，各級紀'
     '檢監察機關查處貪占學生餐費、收受回扣等問題3.8萬個，處分2.3萬人。觸目驚心的數字，既彰顯了反腐力'
     '度，也為校園餐領域的腐敗問題敲響了警鐘。“我幫姐姐承接實驗小學食堂，我需要用錢時，從姐姐那里拿，這也'
     '是赤裸裸的權錢交易。”貴陽市實驗小學原黨總支書記、校長鐘海燕在懺悔書中如此寫道。今年1月，貴州省紀委'
     '監委反腐專題片《縱深推進——貴州正風肅紀反腐》披露了鐘海燕的貪腐細節。鐘海燕明知其姐姐沒有餐飲資質，'
     '仍然讓她順利承接了項目。作為回報，鐘海燕的姐姐承諾將賺到的利潤分她一半。2019年至2022年間，鐘'
     '海燕在“校園餐”項目上累計收受好處費204萬余元。2021年，遼寧省海城市多名學生家長反映當地部分中'
     '小學配送的午餐中常出現鋼絲球、蟲子、頭發等雜物，午餐的肉多是廉價雞排、雞塊等，且孩子吃后還會拉肚子。'
     '經調查，當地中小學配餐存在配餐發酸、發餿，飯菜裝量不穩定導致孩子吃不飽，菜品單一、質量低下，將剩飯剩'
     '菜重新裝盒配送等問題……相關配餐質量問題共涉及9所中小學7000余名學生。類似情況頻發。近年來，官方'
     '已通報過多起“校園餐”貪腐案。今年6月，中央紀委國家監委網站先后發布貴州、山西兩省關于中小學“校園餐'
     '”的管理問題。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '群众纪律'],
     [('胡某', '總務處主任', None), ('方某', '食堂采購員', None), ('鐘海燕', '原黨總支書記、校長', '貴陽市實驗小學')]),
    # 05
    ('https://henan.china.com/zt/2020dj/ffcl/2021/1208/2530226046.html',
     '“我的洗浴卡上没钱了，你用伙食费再给我充个一万元。”“行，校长，马上到账。”“我儿子要买婚房，你从伙'
     '食费中提50万元来，要快。”“没问题。”这样的对话频频发生在河南省许昌市第十中学原校长王支农与该校原'
     '财务人员周某（另案处理）之间。10月15日，河南省许昌市魏都区人民法院一审判决王支农犯贪污罪、受贿罪'
     '、挪用公款罪，判处有期徒刑5年，并处罚金人民币30万元，其主动退出的违法所得137.3万元依法予以没'
     '收，上缴国库。王支农当庭表示认罪悔罪，不上诉。这位曾经受人尊敬的校长，最终因贪欲锒铛入狱。为人师者，'
     '却成警世人者。1984年8月，王支农从师范专科学校毕业后，成为许昌市第十中学的教师。那时的他认真负责'
     '，工作成绩突出，在组织的培养下，从一名普通教师成长为学校的中层干部。1997年7月，他被提拔为十中校'
     '长。新官上任，王支农一心扑在工作上，很快解决了十中“招生难”和“教职工住房难”两大难题。在一片赞誉声'
     '中，王支农逐渐自我膨胀，认为自己是十中的“功臣”。他骄傲自大、目中无人，在支委会、校委会上，大搞“一'
     '言堂”，将重大事项决策权把持在一人手上。“那时的我被权力迷住了眼、冲昏了头。”王支农坦言道，“更危险'
     '的是，我开始抽公家的烟、吃公家的饭、喝公家的酒，并觉得这些是理所当然。”2015年7月，许昌市第十中'
     '学扩建后乔迁新址，新十中的占地面积与招生规模是原来的好几倍，住校寄宿学生多达1800余名，每名学生一'
     '学期伙食费1800元，在校住宿学生伙食费每年总计约650万元，在缺乏有效监督制约的情况下，学生们的伙'
     '食费俨然成了一块“唐僧肉”。“这么多钱，我是校长，拿点用点也没什么吧，再说都是为了‘学校建设’。”',
     'in', None, False, ['贪污贿赂', '民主集中制', '八项规定'],
     [('王支农', '原校长', '许昌市第十中学'), ('周某', '原财务人员', '许昌市第十中学')]),
    # 06
    ('https://xixinews.com/guona/2025/1021/61333.html',
     '9月开学季，孩子们在学校的饮食安全与营养又成了家长们最关心的事情之一。最近，最高人民法院发布8个涉校'
     '园食品安全典型案例，其中，资金管理人员施某授意他人将鸡腿换成鸡翅根，贪污30多万元学生营养餐费，令人'
     '瞠目结舌。近年来，作为学校日常运营一部分的食堂，在一些地方成了贪腐行为的温床。随着“校园餐”问题专项'
     '整治持续推进，隐藏在学校食堂的“蝇贪蚁腐”被陆续严肃查处。起底这些腐败案例，不难发现：涉校园餐的招投'
     '标、采购验收、资金管理等环节容易出现贪污敛财行为；教育领域个别“一把手”和领导班子成员用权任性、以权'
     '谋私，成了少数人从校园餐捞油水的“突破口”；一些地方存在内部管理僵化和外部监管疲软等情况，导致校园餐'
     '领域失守。“苍蝇腿再小也是肉”！小卖部一个面包收0.2元回扣，四川省绵阳市平武县平武中学原食堂经理吴'
     '某贪腐案可谓典型的“蝇贪蚁腐”。2019年8月，吴某被聘为该中学食堂经理。上任两个月后，他便开始了收'
     '受食堂、小卖部供货商及食堂小吃部承包人好处费的“贪食蛇”之旅，3年竟贪腐百万元。办案人员形容吴某对校'
     '内各类食品供应是雁过拔毛，连食堂小卖部的面包都要“揩”一手。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('施某', '资金管理人员', None), ('吴某', '原食堂经理', '平武中学')]),
    # 07
    ('http://rmjtxw.com/news/tbch/24389.html',
     '冬日的沿海寒风瑟瑟，福建省莆田市秀屿区东峤镇渚林村陈大姐家中却热气腾腾。“想不到政府对我们孩子上学有'
     '这么多优惠政策，上次你们来我家后第三天，学校就把孩子的补助金发下来了，真是太感谢了……”贫困户陈大姐'
     '拉着前来回访的镇纪委干部的手说。与陈大姐家孩子同在莆田市第二十七中学就读的，还有其他12名建档立卡贫'
     '困户、低保户家的孩子，他们近日也领到了学校发放的2016年秋季高中生学杂费补助金，共计10398.7'
     '元。2016年的补助金，怎么隔了这么久才下发？事情要从2017年7月说起。当时，秀屿区纪委开展精准监'
     '督助推精准扶贫“百日攻坚战”，镇纪委对陈大姐进行入户访查时，发现她家孩子2016年的学杂费补助金还没'
     '到手。“扶贫路上一个都不能少，何况还是孩子的学杂费补助金。”秀屿区纪委立即成立调查组，对2016年全'
     '区教育扶贫资金落实情况进行专项督查，发现2016年12月，该区对普通高中建档立卡等家庭经济困难学生下'
     '拨2016年秋季学杂费补助金，其中涉及市第二十七中学14名学生的补助资金共1.12万元。但截至201'
     '7年7月，该校共有13名困难学生仍未领取到这笔补助金。那么多学生的学杂费补助金未发放到位，到底去哪了'
     '？在外围摸底后，该区纪委调查组查阅了该校账目，竟发现10398.7元补助金仍躺在账上“睡大觉”！调查'
     '组把该校总务处主任林海找来谈话。对方神态自若，和调查组工作人员寒暄。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('林海', '总务处主任', '莆田市第二十七中学')]),
    # 08
    ('https://www.oxy.one/2011/11/blog-post_66.html',
     '从2010年秋季学期起，中央与地方共同设立国家助学金，用于资助普通高中在校生中的家庭经济困难学生，平'
     '均资助标准为每生每年1500元。（新华网2010年9月26日）在河南省太康县第一高级中学，这项政策被'
     '简单的等同于国家针对义务教育阶段的“两免一补”。1500元，对一个月生活费不到200元的贫困生来说是'
     '整整一学期的伙食，或是一学期的学费。但这项补助款，真正的帮助到贫困生了吗？记者近日来到这所“豫东名校'
     '”，暗访了数十名学生及老师，希望能发现其背后的不公之处。“有很多老师的亲戚都申请上了，贫困生真正拿到'
     '的很少。”记者刚与几名学生见面，他们就迫不及待的告诉记者这个问题。学生崔鹏讲述了他们班的故事。崔鹏所'
     '在班有一个男生，平时经常和班主任在一起，或许是班主任的弟弟。老师喊班内几个申请补助的学生出门，那个男'
     '生也主动出门了。后来，又有人看到他在办公室写申请表。小可本人正是贫困生补助金的受益者，但按照条件，她'
     '并不符合。据她称，父亲为了让她能拿到补助款，特别请校领导吃了几次饭。最终的名单上，也有了她的名字。如'
     '果按照补助金的发放标准，“经民政部门确认的城市和农村低保户、父母双亡或一方已故、父母双残或单残、家庭'
     '主要成员长期患病或丧失劳动能力造成生活困难的学生以及残疾学生；因重大自然灾害或其他突发事件，造成家庭'
     '经济困难的学生……”学生们告诉记者，老师转达这件事时要求的条件更苛刻，必须是“父母双亡”或“有重大事'
     '故”。如此苛刻的条件，能申请上的人数应该很少，但实际上，每个班都有一二十人能拿到补助（普通班一班是1'
     '50、160人）。这一二十人，绝大部分是不符合要求的关系户，真正的贫困生却没几个。',
     'in', None, False, ['群众纪律', '八项规定'],
     []),
    # 09
    ('https://ycdf.jsjc.gov.cn/wenhua/202005/t20200512_1022246.shtml',
     '“每天早上看着孩子们尊敬地喊我‘黄老师好’，我都不敢想，如果他们知道了真相，会怎样看我……”检察官到'
     '看守所提审的时候，黄某谈到了自己的学生，痛哭流涕，悔恨万分。1994年8月，黄某大学毕业后成为一名小'
     '学教师。自2008年9月起，黄某在日常教学的同时，还担任学校出纳，负责现金管理、银行转账、代收代付等'
     '工作。由于黄某勤恳努力，踏实上进，得到学校领导的信任和肯定。学校按规定每学期向学生收取社会实践费、校'
     '服费、伙食费、教辅用书费，由黄某具体经手负责，每学期大约有二三百万元。一般情况，学生交费都先打款到黄'
     '某个人的银行卡上，作为过渡账户对上述费用进行区分，再分门别类存至学校在银行开具的基本账户或者直接支付'
     '给与学校合作的校服等相关公司账户。其中，仅学生的伙食费，每学期预收取就有130多万元。一开始由学生家'
     '长以现金方式交给班主任，班主任汇总后交给黄某记账，再由黄某按月提取现金后交给食堂承包人员。2017年'
     '9月以后，学校进一步规范财务制度，学生交付伙食费至学校基本账户后，再由黄某转账至学校食堂银行账户，按'
     '月以现金、支票等方式支付给食堂承包人。2016年春季开学收费时，由于一些班主任没有收齐，未能及时进行'
     '结算，巨额费用搁置在黄某的个人银行账户内。眼看着数百万元的银行卡余额，黄某眼红心热。她算了笔账：余额'
     '宝、现金宝等这种“宝宝类”货币基金年收益三四个点，每1万元每天的收益差不多在1元左右。如果将闲置不用'
     '的资金购买理财产品，每天都有一两百元的收入，且随时存取无风险。想到这里，黄某打开手机银行，把代收代付'
     '款中的100万元购买了某银行发行的理财产品。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('黄某', '出纳', None)]),
    # 10
    ('https://yaliqi.com/new/659272879099095040',
     '四川蓬溪县任隆小学弄虚作假冒领学生每天的营养午餐补贴这事，真让人吃惊又气愤。具体情况是，国家补贴学生'
     '每人每天5元营养午餐，给学生加牛奶和鸡蛋，学校却换成早餐，一个鸡蛋和窝窝头。学生因为吃都吃不下，也就'
     '没人去吃了。这学校是怎么搞的？国家补贴学生5元，要求加鸡蛋和牛奶，你却搞成一个鸡蛋和窝窝头，而且吃都'
     '吃不下。且不说吃不下的问题，单就你那一个鸡蛋和窝窝头，能值5元钱吗？何况没学生吃，这又怎么解释？你们'
     '胆子也太大了，竟然连国家给学生的补贴经过你们的手，你们都要捞一把，这不是“雁过拔毛”吗？甚至比“雁过'
     '拔毛”还凶！从这件事可看出，现在的学校问题很大呢！他们把学生当作摇钱树，他们想要发家致富，就得对学生'
     '薅羊毛。比如说，学校统一订资料，统一制作校服，收延时服务费等等，这一切的一切，都与国家要求减负对着干'
     '的。看来对学校也得好好查查，不要去查老师，而应查手中有一定权力的人物。',
     'in', None, False, ['群众纪律', '廉洁纪律', '工作纪律'],
     []),
    # 11
    ('https://m.163.com/dy/article/KHNIK3890514EGPO.html',
     '12月24日，河南德馨餐饮公司负责人马蕤实名举报，周口市淮阳人民中学（淮阳中学初中部）校方领导违背合'
     '同，强行从学生餐费中抽取15%的返点，两年内以现金形式拿走330余万元。昨天（25日）校方回应，餐费'
     '抽成确为违规收取，钱款被用于给老师们发津贴，目前当地纪委已开展调查。',
     'in', None, True, ['廉洁纪律', '八项规定', '群众纪律'],
     []),
    # 12
    ('https://car29.com/qiche-143898.html',
     '15日晚，孝感市大悟县宣化店镇村民李先生（化姓）致电本报称，他的孩子亮亮（化名）在该镇金山中学读初三'
     '，是一名投止生。当日下午，在学校老师的安排下，包括亮亮在内的一百多名学生，“配合老师进行了一次贫困生'
     '补贴发放“仪式。让家长感应气愤的是，孩子配合拍完照后就得走人，钱没能拿到一分。究竟是怎么一回事？李先'
     '生对记者说，约三周前，亮亮从学校拿回一张表，说是老师交代，他们需要在表里填上家庭信息，然后拿到村里盖'
     '章，再交回学校，不然就拿不到贫困生指标，没有指标就拿不到1000多元的补助金。为了补助金，李先生按要'
     '求填了信息，村书记还写了证明“情况属实，并盖上公章。15日是周五，按惯例，住宿生上完下午两节课后就放'
     '假回家。“我好烦学校呀，说是去领补助的钱，结果拍了个照，钱却不让拿走。当日下午5时许，亮亮到家后对李'
     '先生提倡了怨言。',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     []),
    # 13
    ('https://ddwq.com/news-249.html',
     '陆某系北京市海淀区某小学二年级学生。早读时间，陆某在教室外打扫完卫生后，在返回教室途中经过走廊坡道时'
     '被坡道突起物绊倒，导致陆某左眼外侧擦伤，双腿膝盖处瘀紫，嘴唇磕破，左上门牙牙冠折断。为此，陆某父母将'
     '该校告上法庭。日前，北京市海淀区人民法院审结了此案。陆某父母诉称，陆某系该校二年级学生。2011年4'
     '月7日早读时间，陆某在教室外打扫完责任区卫生返回教室通过学校走廊坡道时，被坡道突起物绊倒，导致陆某左'
     '眼外侧擦伤，双腿膝盖处瘀紫，嘴唇磕破，左上门牙牙冠折断。陆某摔伤后，其班主任及时与家长取得联系，并与'
     '校医务室老师一起陪同陆某到医院进行救治。由于该校的坡道设置不合理，且该校未尽到职责范围内的监管责任，'
     '故该校应承担赔偿陆某因伤造成的损失，现要求该校赔偿治疗费、继续治疗费、交通费、营养费、精神损害抚慰金'
     '等费用。庭审中，学校认为，学校的设施不存在安全隐患问题，陆某受伤系其自身违反学校纪律造成的，学校不应'
     '承担赔偿责任，不同意陆某的诉讼请求。法院经审理后认为，陆某受伤系因其个人跑回教室途中不慎摔倒所致，虽'
     '然事故发生与该校走廊坡道设施无关，但陆某系在老师安排卫生值日过程中受伤，因校方未对陆某的值日活动尽到'
     '必要的管理义务，故该校应在其监护责任范围内承担相应赔偿责任。最后，法院判决学校赔偿陆某医疗费、交通费'
     '、营养费等费用共计500余元。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://www.tangfl.com/msss/544835.html',
     '在学校日常生活中，食堂是学生度过学习与生活的重要场所。由于管理不善、食品质量问题或其他人为因素，学校'
     '食堂也常常成为民事诉讼的焦点。通过典型案例、法律规定和司法实践的分析，揭示学校食堂在实际运营中可能引'
     '发的法律问题，并提出相应的防范措施。某中学因食堂食品质量问题，导致多名学生出现身体不适症状，甚至住院'
     '治疗。事件发生后，部分家长代表以“安全保障权”受损为由，将学校及中标公司告上法庭，要求赔偿医疗费、误'
     '工费等各项损失总计50万元。原告诉称被告包括学校和食堂承包方。（注：案例中的具体公司信息已脱敏处理）'
     '法院认为，虽学校与承包方系委托关系，但最终消费者权益受损时，二者需依法承担连带责任。学校辩称，其已经'
     '尽到了基本的审查义务，并且食堂卫生条件符合当地监管部门的要求。原告则主张，学校未对承包方资质进行严格'
     '审核，存在管理失察问题，导致安全隐患暴露后未能及时发现。被告方认为原告提出的赔偿金额过高；部分家长未'
     '能提供充分的证据证明其损失与食堂食品质量直接相关。根据《中华人民共和国食品安全法》第四条，学校食堂必'
     '须依法取得《餐饮服务许可证》，并严格遵守食品经营过程中的各项卫生标准。《学生伤害事故处理办法》第八条'
     '规定，学校对在校学生的安全负有管理职责。即使部分职能已外包，学校仍应对承包方的资质、日常运营情况等进'
     '行必要监督。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://www.mingyanjiaju.org/fanwen/shenqingshu/1431823270582686.htm',
     '尊敬的各位院領導：我是經濟管理學院XX級金融學的一名學生，來自內蒙古自治區包頭市東河區的一個小村。母'
     '親與父親離異6年有餘，父親不曾給過任何形式的撫養費和幫助，與父親已經失去聯繫多年，與父親家裡所有人沒'
     '有任何聯繫，在這6年裡，一直都是母親一個人帶著我，只靠母親開的一家小理髮店的微薄收入支撐著我的學業，'
     '平時大多靠母親的朋友以及母親家裡親戚接濟，家裡沒有任何額外收入，母子相依為命。所以我申請學校的國家助'
     '學金。我的父母原本是傳統的農民，一次偶然機會，父親學會了理髮，家庭有所改善。母親和父親一起在村子裡開'
     '了一家小理髮店，但是好景不長。聽母親說，自從我出生不久以後，母親漸漸的完全學會了理髮，父親就染上了賭'
     '博，一發不可收拾，直到現在，小時候的我被母親帶著出入在各個賭館找父親的那一幕幕場景依然讓我難忘。小時'
     '候的我不懂事，總問母親：“媽媽，我們為什麼總在找爸爸？”母親說：“因為爸爸比你還貪玩。”一直到我懂事'
     '以後，我才漸漸明白：只有母親一個人在苦苦支撐著這個家，父親對這個家沒有任何實質的貢獻。父親真的就像個'
     '孩子一樣出入在各個賭場，找也找不到的躲著我和母親。從來不懂，也不知道，什麼叫父愛，看到別人的父親，真'
     '的，好羨慕。母親日夜操勞的在理髮店幹活，而我則每天除了學習就是學習，因為母親說過，我只要好好學習就是'
     '對她最好的報答。母親對我的要求一向也很嚴格，我也很懂事，很少和小朋友們出去瘋玩。國中時候，我在學校里'
     '一直保持著全班第一全校前十的成績，父親呢，因為賭博和別人打架鬥毆坐牢，在獄中，父親信誓旦旦的向母親承'
     '諾：再也不賭博了。',
     'out', '个人利益诉求', False, [],
     []),
    # 16
    ('http://www.shaodong.gov.cn/shaodong/fupgz/201903/b67a5c3b68b542b484396127c526368'
     '0.shtml',
     '“‘县长伯伯’在百忙之中抽出时间给我回信，关心我，帮助我，我真的很感动。”2月14日，孙宇这样对记者'
     '说。孙宇是邵东县灵官殿人，今年17岁，就读于邵东县城一所高中，是一名高二学生。她3岁丧父，母亲改嫁，'
     '一直由爷爷奶奶抚养上学。奶奶常年多病，爷爷一人微薄的退休工资难以支撑起孙宇的学费和生活费，有望考上大'
     '学的她一度窘迫到面临辍学的地步，但她依旧乐观坚强。高中的学习任务越来越重，面对家庭和学习的双重压力，'
     '孙宇感到十分焦虑。1月18日，孙宇抱着试一试的心态给“县长伯伯”写了一封求助信。在收到孙宇的来信后，'
     '周玉凡立即安排相关工作人员对孙宇的情况进行了解核实，并嘱咐教育、共青团等相关部门给予支助。“孙宇同学'
     '，借此机会，同你说三句话，第一句话是相信困难是暂时的；第二句话是要努力学习，争做一个对社会有用的人；'
     '第三句话是保持一份爱心，传递社会正能量。”在给孙宇的回信中，周玉凡勉励孙宇好好学习，勇敢面对生活的考'
     '验，今后用优异的成绩回报社会。经过核实后，邵东团县委为孙宇发放了希望工程助学款2000元。1月31日'
     '，团县委组织青年企业家协会到孙宇家实地走访慰问，并送去了5000元慰问金，鼓励她努力学习，不要为学费'
     '忧心，并承诺考上大学后将继续关注关心她。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://jtj.kaifeng.gov.cn/letter/4197.cshtml',
     '孩子在二师附小中山路校区上学，反应饭菜太差，有一天是番茄炒鸡蛋，只有三小块鸡蛋，番茄超酸，另一个菜是'
     '四小块豆腐，这都是什么菜啊！一天十块钱的餐费，就让孩子吃这些！问了其他家长，都是如此说，有的说一天吃'
     '的饭菜很辣，孩子说喝了好几杯水；有的说有一天卤面，没有肉就算了，连菜都没有；还有的说孩子看菜不好，就'
     '给老师多要一个馍。孩子正是长身体的时候，午饭吃的如此不好，家长们极其不满，如果解决不了。我们将往市长'
     '热线、省教育厅投诉。麻烦了！接到留言后，局相关科室高度重视，安排专人对所述问题进行核查，现回复如下：'
     '学校高度重视家长留言提出的问题，并从多个层面进行了调查研究，针对孩子提出的菜量小这个问题学校食安办表'
     '示，将进一步加强对新辅导老师的午餐辅导培训，保证孩子吃饱吃好。针对饭菜辣这个问题，校食安办已经责令食'
     '堂立整立改。今后，学校将对食堂加强监督，保证饭菜质量，督促食堂避免出现留言内容所反映问题。另外，学校'
     '会对参与辅导的老师加强培训，提高服务质量。谢谢家长对我们工作的关心和支持，我们将一如既往为广大师生提'
     '供好服务，为办好人民满意的教育体育工作做出努力。',
     'out', '其他', False, [],
     []),
    # 18
    ('https://bbs.runsky.com/thread-7725422-4-1.html',
     '我家孩子终于坚持不下去了，实际上是我自己良心发现了，因为几次周三带回来的午饭我都亲眼目睹，实在说不过'
     '去，米饭都是粘糊糊的，也不知是什么米，比在南方吃的籼米还难吃。菜也没法看，干脆就扔掉了。我本来怕麻烦'
     '，能将就就将就，可是，也不能太亏待孩子啊！所以，只好让他回家自己热饭吃了。孩子吃啥孩子本人、家长、学'
     '校都做不了主，这是凭什么？我们吃的是“大仲快餐美食城”的快餐，很差！教育局为什么不能经常搞个学生和家'
     '长的意见调查，好就留用，不好就清理，这很难做吗？谁来为我们孩子的健康负责？不中毒、不吃坏肚子就足够了'
     '吗？午餐公开查询平台那里面的图片很有欺骗性，照片本身就可以比实物漂亮，更何况大米的质量和菜的口味能看'
     '出来吗？',
     'out', '其他', False, [],
     []),
    # 19
    ('http://www.artfrontier.cn/news/83254.html',
     '9月4日，據媒體報道，江蘇徐州一高中的學生家長放映，學校15元配餐清湯寡水，孩子只能湯泡飯，根本吃不'
     '飽。據學生家長表示，9月2日第一次配餐時，就有家長反映孩子吃不飽、不好吃。家長們在孩子放學回家后，發'
     '現了這一情況，紛紛向學校反應問題，也找供餐公司協商。雖然配餐公司當時答應了整改，但9月3日的配餐情況'
     '，依然如舊。此外，學生家長還表示，學校新食堂還有一年才能建成使用，這也就意味著如果情況不改善，孩子們'
     '還要吃至少一年多的湯泡飯。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://ly.scol.com.cn/thread?tid=2738137',
     '古店中心小学校新丰分校，现在一学期交800多生活费只吃一餐还有节假日，都赶上城市了。网友：您好！你的'
     '留言已收悉，现将有关情况回复如下：2014年秋季，古店乡新丰分校根据上级相关收费文件精神并结合本校实'
     '际，收取服务性费用及代收费用：二年级852.5元/生；三年级878/生；四年级882元/生；五年级8'
     '87元/生（本季度该校没有招收一年级，六年级已合并至古店乡中心小学）。具体情况为：1、新华文轩教辅资'
     '料费。按上级文件精神，学生自愿认购一套由新华文轩统一招标发行的教辅资料（由学生及家长签字自愿订购），'
     '其收费标准为：二年级82.5元/套；三年级108元/套；四年级112元/套；五年级117元/套。该项'
     '费用由学校为新华文轩公司代收，并由新华文轩统一出具收费票据。2、学生自愿搭餐费。该项费用只针对自愿搭'
     '餐的学生，由餐饮公司收取，并由餐饮公司统一提供收费票据。按照县教育局江教勤【2014】110号文件规'
     '定的指导价，经校监会及家长委员会审查同意，该校2014年秋季食堂搭餐标准为：午餐7元/生•餐。经测算'
     '，本学期学生在校就读时间约为100天，预收搭餐费700元。在期末结束时，按照实际就餐数向学生进行生活'
     '费结算，多退少不补。3、保险费：70元/生•年。该项费用由中国人寿保险公司收取，并由该公司统一提供收'
     '费票据。以上各项费用共计为800余元，该校的收费项目及标准符合上级相关规定。感谢你对教育工作的关心和'
     '理解。中江县教育局',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.ce.cn/xwzx/gnsz/gdxw/201910/31/t20191031_33487398.shtml',
     '据教育部网站消息，义务教育阶段寄宿生生活补助政策是帮助义务教育阶段家庭经济困难学生顺利入学、完成学业'
     '的重要保障，是重大的民生工程，事关社会公平，事关脱贫攻坚，事关人民群众获得感与满意度。为确保党和国家'
     '的惠民政策落地生根，根据中央主题教育领导小组在“不忘初心、牢记使命”主题教育中开展专项整治的有关要求'
     '，教育部及时开通了义务教育阶段寄宿生生活补助举报电话，受理日期为10月21日至11月21日。截至10'
     '月30日，共接到举报电话15件，其中政策咨询4件，举报投诉11件。所举报投诉问题均已转由相关省份限时'
     '核查。教育部对截留克扣义务教育阶段寄宿生生活补助专项整治态度坚决，对义务教育阶段寄宿生生活补助政策落'
     '实、规范管理、资金使用等各环节存在的问题将坚决予以纠正，对截留克扣挪用等违纪违法问题“零容忍”，坚持'
     '严查严惩严办，绝不姑息。欢迎广大师生、家长和社会各界人士及时反映、提供问题线索，教育部相关部门将认真'
     '核查，及时反馈，确保“件件有落实，事事有回音”，切实维护学生与广大人民群众切身利益。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.zhetiaohe.com/ss/d43b3711f80af28c346efaae188f4b60578024e6bd64a78e479'
     '1f941e577d3570c41c89f80547fe5b28566cfecf35fc6.html',
     '公办学校小学学费一年大约多少钱',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH131, "fresh131")
