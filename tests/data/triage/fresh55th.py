"""Sealed batch fresh57: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: letters, calls, visits and SMS-length messages brought to a 巡视组/巡察组, a 纪委, an
调查组 or a leader's mailbox, first-person and plain, some very short, some rambling, about county
and township leaders, department heads, a school head and village cadres; out items are the
claims such mailboxes really receive (court enforcement, land money and demolition, resettlement
flats, a widow's subsidy, a road at one's door, unpaid building money, a noise complaint, a caller
with no complaint at all). Sources (stored-pages search): a 宜秀区纪委 site copy of the 安徽省委
第七巡视组's account of a visitor reporting the 阜南 副县长; a traditional copy of a 巡察组 diary
on a phone report about 麥地村 (曲靖); a ttnews copy of a 六枝 牂牁镇纪委 story opened by a
五保户's complaint; an icbw forum copy of a 济宁 南渐兴村 villagers' letter; a 麻辣社区 post of
questions put to an 调查组 about a 村支部书记; a 中原网 forum complaint on a 登封 school head; a
麻辣社区 post on a 顺庆 镇长's funeral gifts; a 搜狐 copy of a 2013 report on a 常宁 bureau's
hiring; a 黄山 纪检监察组 piece opened by a worker's phone call about his 站长; an icbw copy of a 晨报 letter
from a 亭旁镇 gatekeeper; a letter to the 政府领导 from a 绥宁 villager; a 2003 新浪 copy of a
华商报 report on 府谷; out items: a 2005 搜狐 report on a 河间 enforcement case; a piece on a
建昌 "执行不能" case; a traditional 巡察组 diary (a woman's unpaid land money); a 巢湖 demolition
report; a 青岛 山前村 letter on 回迁 flats; a 人民网 领导留言板 letter from a 民办教师's widow with
the 嘉陵区 reply; a 东港 留言板 letter on a village road; an 经济日报 reader's letter on
unpaid 工程款; a traditional blog post about phoning and visiting the 省巡视组 out of curiosity; a
农十二师 mailbox letter on 广场舞 noise with the reply. Three texts are in traditional script
(items 2, 15, 21; glossing pinyin of the pages' converted copies, e.g. "鄉(xiāng)", removed).

Conventions: as in the earlier sealed batches (see fresh44th.py). Excerpts as published (whole
sentences kept, some paragraphs and sentences cut; page junk such as headlines, sub-headings
("“满局皆是‘父子兵’”", "现场：“钉子楼”成了危楼"), captions, bylines, datelines and source tags
("本报沧州电(记者李家伟)", the garbled "人民8月19道" of 016, "(卢为跳 来源:晨报新闻)"), page
headers ("首页 > 新闻中心 > 他山之石 … 发布时间", "留言类型: … 留言内容:", "官方回复 回复单位:…"), the forum's random anti-copy strings
(004, 010), the forum footer "下派到: 登封市教体局 查看" and the inline list numbers of 006, and
the phone number of 021 removed; the list numbers of 017 kept because the page puts no punctuation
between the items); paragraphs joined; ASCII punctuation written full-width except the points
inside numbers and after the list numbers of 017 ("8.1万元", "1.私改"); "———" written "——" (013);
stray spaces
removed (010 "“旱改水” 将", 017 "1. 私改", 022 "声音大, 可以"). Page typos kept ("答到",
"残质", "做重帐", "帐目", "好象", "老百性", "不做为", "则已房子",
"今天32岁", "末成家", "金屋镇", "瞪目结舌", "向反映了", "如果没有得不到", "在在危房", "被到捣出",
"径直留下来", "修的不太顺利", "得一普通村民", "党得号召", "肯请", "村们", "老板姓", "放发", "視督導", "在那里",
"捜索", "天府花園", "警查", "接侍", the unbalanced quotes of 021, "一支跳到", "弄的"). scope "in" for alleged misconduct of a
party member or public official (village cadres and a public-school head included), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms and officials who only handled, investigated, announced or answered are not
accused; an organ accused as a whole gives no entry; an unnamed accused official is (None,
position, unit); a surname with a post gives the surname as name ('刘', '周'). Names, positions
(as first written with the name) and units as written; unit None when the text does not tie the
person to a named unit. Topics only from the twelve names of triage.md. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 011,
012). Out types: 涉法涉诉 2 (013, 014), 征地拆迁 3 (015-017), 个人利益诉求 3 (018-020), 其他 2
(021, 022). 14 accused entries, all in items 1-12: 5 with a full name (聂和平, 胡黎明, 李方洪,
肖齐兴, 杨志贤), 4 masked or surname-only (田某文, 刘, 周, 杨某), 5 post only. Out items have no accused
entry.

Close calls:
 1  A 巡视组 member's account; the visitor's claim (houses and shop fronts beyond a 副县长's pay
    in a poor county, "要不是非法所得") is the allegation: ('聂和平', '副县长', '阜南县'), unit
    from "进驻阜南县" in the next clause. The 房产局 staff and the old woman are not accused. Topic
    廉洁纪律 only (贪污贿赂 not given: the source of the money is only questioned). real8.py holds
    a different 2013 weibo story on an unnamed 阜南 副县长; not the same text or event.
 2  Traditional. The phone report names 胡黎明, first written "麥地村原黨總支書記、村委會主任":
    position '原黨總支書記、村委會主任' (he no longer holds it), unit '麥地村'. 老楊 and the
    巡察组 are not accused. Topic 群众纪律 (deposits taken from 危房改造 households). The text
    ends on the 巡察组's question; the answer, cut off in the stored copy, cut.
 3  Not mixed: the 五保户's own allowance is the object of the alleged 克扣, so the claim is the
    misconduct itself. Unit '沈家村' from "我是沈家村的五保户…村支书李方洪". 柏某坤 not accused.
    The cadre's self-justifying reply, cut off in the stored copy, cut.
 4  The site's headline and preamble cut; the villagers' letter ("我村") kept. 田某文 is
    "村支委" as written; his mother and daughters-in-law are not officials; the "保护伞" is
    unnamed. Topics 贪污贿赂 (侵吞集体财产, 骗取资金) and 组织纪律 (rigging village elections).
 5  Questions put to an 调查组. Two post-only entries: (None, '村支部书记', None) (the village
    is not named in the kept part) and (None, '原班子成员', None) from "几个原班子成员是分赃人".
    The 村文书 appears only in a question about who was punished: not entered. The 调查组 and
    the "乡上工作人员" only handle. Topics 群众纪律 (illegal fees, 增加农民负担) and 贪污贿赂
    (回扣, 私分). Ends after 事实八; 事实九, cut off in the stored copy, cut.
 6  A short forum complaint. A public primary-school head counted as a public official; only
    surname and post: ('刘', '校长', '登封市宣化镇中心小学'). Topics 群众纪律 (forced 教辅
    purchases) and 廉洁纪律 ("某些人从中获得利益"); the canteen account is only a suspicion.
 7  Headline ("顺庆搬罾镇周镇长趁母亲去世顶风刮钱4万多元") cut: unit '搬罾镇' as in the body. The
    "镇干部专门在通知大家" is an unnamed helper, not entered. Topics 八项规定 (gifts at a
    funeral) and 廉洁纪律.
 8  A news report on an online post. 肖齐兴 first written "原局长". The "副科级以上干部" whose
    relatives were hired are a group, no entry; the staff away at a ball game are not
    individuals, so no 工作纪律 topic. Topics 选人用人 and 廉洁纪律 (jobs for relatives). Sub-
    heading "“满局皆是‘父子兵’”" cut; the text ends before the next sub-heading.
 9  A phone report to a 纪检监察组 about the head of a city 救助管理站 (a public institution):
    ('杨某', '站长', '市救助管理站'), unit as the caller writes it. The driver 张某 drove on the
    head's orders and first lied to the 核查组, but the caller alleges nothing against him: not
    entered. Topic 八项规定 (公车私用). Page header and source line cut; the head's confession,
    cut off in the stored copy, cut.
10  Mixed: the writer's 粮田 filled with spoil and the 土地款 not shared (a land grievance)
    together with his week-long detention after petitioning, ordered by "亭旁镇某领导": post
    only, position '领导' as written after 某. The stored page starts mid-letter after anti-copy
    strings; the part before is on another copy of the thread and was not used. Topics 滥用职权
    (detention, forced 保证书) and 形式主义官僚主义 ("劳民伤财和形式主义"); the 土地款 suspicion
    is against the village as a body (no entry).
11  Mixed: the family's own 危房改造 claim together with the charge that township cadres gave
    quotas and flats to relatives. One post-only entry (None, '干部', '绥宁县金屋镇政府') from
    "绥宁县金屋镇政府相关干部" ("相关" is not part of the post; the page's "金屋镇" kept); the
    村干部 who passed the application on and the "上面的干部" who inspected are not separately
    accused. Headline cut.
12  Mixed, a 2003 news report: the builders' and workers' unpaid money (a personal claim)
    together with the 副县长's "有屁用" and a 局长 hiding from creditors. ('杨志贤', '副县长',
    '府谷县') (first "主管野大公路项目的副县长杨志贤"); the 局长, whose bureau is not named:
    (None, '局长', None). The 县长 who promised to pay and the 交通局/财政局 acting as bodies give
    no entry. Topic 形式主义官僚主义. Caption "无奈的讨账人" and the sub-heading cut.
13  涉法涉诉: an enforcement case after a civil judgment; the six villagers are private and
    the court only fails to collect; no official accused. Dateline cut.
14  涉法涉诉: a court-side piece on "执行不能" opened by an old petitioner's complaint; the
    definitions paragraph before it cut, so the text is short (317 characters).
15  征地拆迁, traditional: a woman's unpaid land money brought to a 县委巡察组. Her "騙我去登記…
    打發走" is a complaint about handling, not an allegation against a person: out, no accused.
    The diary's next paragraph, cut off in the stored copy, cut.
16  征地拆迁: demolition pressure by a developer (a firm); captions, sub-headings and the
    garbled source tag cut; the last sentence, cut off in the stored copy, cut.
17  征地拆迁: a 回迁 letter; the 城建部 that changed the floor plans and the "监管部门" are organs,
    and the grievance is the resettlement flats: out, no accused.
18  个人利益诉求: a widow's claim on a 民办教师 subsidy and the 嘉陵区 reply; reply header cut.
19  个人利益诉求 (could be read as 征地拆迁: the widening would have taken the family's plot): a
    son's letter asking that the village road be laid at his father's door; "这个指标能不能随便就
    送给计划外的" questions a decision of the village as a body and names no one: out, no
    accused. The town's reply, cut off in the stored copy, cut.
20  个人利益诉求: a contractor's unpaid 工程款 under a subcontract held by 徐家臣 (written "原…北街村
    主任" and "原村支书"); he is a debtor under a contract and no abuse of office is alleged: out,
    no accused. Could be read as 涉法涉诉; no suit is mentioned. The sentence on an earlier
    article, cut off in the stored copy, cut.
21  其他, traditional: a blogger phones and visits the 省巡视组 out of curiosity, with no claim at
    all. The office phone number cut.
22  其他: a 广场舞 noise complaint to the 师 leaders' mailbox and the reply; the 派出所 only
    handles.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH57: list[Item] = [
    # 01
    ('http://www.yxjw.gov.cn/html/2017/lianzhengredian_0408/149.html',
     '“同志，我想反映我们副县长聂和平的问题！”2015年7月，安徽省委第七巡视组刚刚进驻阜南县某宾馆'
     '，就有群众找到我们反映问题线索。我仔细打量来访群众，衣着朴素，不像商人，也不像机关干部，能够了解'
     '副县长的多少“秘密”呢？经过交谈，原来，这名来访群众就住在阜南县城关镇，知道一些情况。寒暄几句后'
     '，这位来访群众打开了话匣子：“阜南县是国家级贫困县，干部的工资收入有限，聂和平家拥有豪华住宅和几'
     '套门面房。要不是非法所得，怎么能有如此多的房产？近几年来巡视动真碰硬、揪出了不少‘老虎’，现在群'
     '众都相信巡视组，群众的意见都愿意讲给你们听，希望你们主持公道。”这名群众还表示可以带我们去现场查'
     '看。群众的眼睛是雪亮的。实践证明，人民的监督是巡视工作的重要支撑。抓住这条有价值的线索，我们当即'
     '请上县房产局的同志，跟随这名群众到聂和平家，探明究竟。聂家临街而建，迎街三间门面，上下五层，一楼'
     '有一扇铁门，紧闭。咚咚咚，我们的同志敲响了铁门，很久，一位老太太打开了铁门，态度不甚友好：“你们'
     '干什么？”“我们是县房产局的，来核实一下房产登记资料，我们进去一下，好吗？”房产局的同志答到。“'
     '你们等我儿媳妇下班再来。”老太太边说边要关门。“大妈，现在是工作时间，等你儿媳妇下班回来，我们也'
     '该下班了。您看我们几个人都来了，就让我们进去看一下吧。”房产局的同志进一步解释。',
     'in', None, False, ['廉洁纪律'],
     [('聂和平', '副县长', '阜南县')]),
    # 02
    ('http://www.qdubb.cn/html/2019/baodaojicui_1113/76281.html',
     '巡察工作“回頭看”時，我又來到了炎方鄉，在麥地村委會的黨員活動室里，見到了正在參加“不忘初心、牢'
     '記使命”主題教育集中學習的麥地村原黨總支書記、村委會主任胡黎明。他的狀態和剛受處分時完全變了個樣'
     '，雖然現在不再任職，但村上有個大事小情征求他意見時，他總是認認真真幫大伙想辦法、出主意，用他的話'
     '說：“難不成還要一直錯下去？”胡黎明口中的“錯”，還得從去年巡察組進駐炎方鄉時接到的一個舉報電話'
     '說起。“麥地村委會向危房改造戶隨意收取保證金，這事你們管不管？”區委巡察組去年進駐炎方鄉不久便接'
     '到這樣一個電話。“只要是侵害了老百姓利益的事，我們一定會管到底的。”我趕緊表明態度，電話那頭這才'
     '緩和了情緒說出了要舉報的問題：“這幾年村民想要申請危房改造項目，都要向胡黎明交保證金才能順利申請'
     '到項目……”電話舉報的問題具體，掛了電話，整理好電話記錄，我立即向巡察組葉組長進行了匯報。巡察組'
     '隨即召開組務會討論，決定進行深入了解。因為正值農忙季節，我們一致認為采取抽樣核實的辦法較為妥當。'
     '到鄉城建所調取了2013年以來麥地村委會申請危房改造的村民名單，打聽好抽樣的10戶村民的地塊位置'
     '后，我們便開始在山地里挨個走訪。連續走訪幾戶都沒有得到有價值的線索，我們心里不由打起了鼓。這時在'
     '自留地里找到了老楊，葉組長直接問道：“你2015年申請危改項目后，村委會有沒有向你收過保證金呀？'
     '”一聽這話，老楊的火氣一下就上來了，扯著嗓門道：“收了300塊嘛，收據都沒開一個，到現在都沒有退'
     '呢。”我趕緊在巡察筆記本上記下金額，并問道：“那你去要過嗎？”',
     'in', None, False, ['群众纪律'],
     [('胡黎明', '原黨總支書記、村委會主任', '麥地村')]),
    # 03
    ('https://p2.ttnews.xyz/a/5dc94a86dc9b5e51a039a0cf?lang=zh-hans',
     '我是沈家村的五保户柏某发。因为修学校占用农户土地，村支书李方洪和我闹了矛盾，他就克扣我的低保金和'
     '救济金，希望你们能替我做主。2018年4月的一天，一位头发花白的老伯走进六盘水市六枝特区牂牁镇纪'
     '委办公室，情绪激动地说道。群众利益无小事，接到反映后，牂牁镇纪委立即成立调查组，开展调查核实。由'
     '于柏某发已经记不清被克扣的低保金和救济金是哪一年的，调查组只好抓住“修学校占用农户土地”这一重要'
     '线索，顺藤摸瓜。通过走访沈家村村民了解到，在2006年的时候，村里的播崴小学重建过，而且涉及到征'
     '用农户土地，由此，调查组将事件的起因时间锁定在了2006年。于是，调查组来到镇财政所，查阅200'
     '6年以来发放村民柏某发低保金和救助金的原始材料，经过与村委相关人员谈话了解，对材料筛查比对，最终'
     '发现李方洪通过在低保金、救济金发放清册上签字代领的方式，克扣了柏某发2008年和2009年部分低'
     '保金和救济金共12笔1495元，用于个人生活开支。“为什么要克扣柏某发的低保金和救济金？”为进一'
     '步了解事情的真相，调查组人员找到李方洪进行谈话。',
     'in', None, False, ['群众纪律', '贪污贿赂'],
     [('李方洪', '村支书', '沈家村')]),
    # 04
    ('https://icbw.com.cn/forum.php?extra=page%3D1&mod=viewthread&tid=171328',
     '近日，山东省济宁市北宿镇南渐兴村的村民致函有关部门，反映村支委田某文涉嫌存在的一些问题线索。三十'
     '余年来，此人三次当上村干部，还入了党。他利用职权，在村里欺压良善，恣意妄为，人称“掌舵人”。村里'
     '每次改选村干部，都在他的掌控下暗箱操作，选他指定的“听话人”当支书，否则他将采用种种手段把好人拉'
     '下马。常用的手段有：利用家族势力干预选举；利用80多的母亲骂街式的大闹特闹；利用保护伞耍横。其涉'
     '嫌存在的问题如下：其一，私刻村委会公章（假公章的鉴定报告，至今在某所保存），行巧取豪夺、肆意侵吞'
     '村集体财产、损公肥私之便。用假公章签假合同。2016年9月，把我村的集体砖厂全部资产私自卖给了岳'
     '庄村民，获利400万元；利用假公章订立“垃圾外运”假合同，骗取村集体资金8.1万元；利用假公章签'
     '假合同，变卖村集体农机具14台套。其中50拖拉机5台，收割机4台，犁、耙5套。卖的钱归自己所有。'
     '其二，怂恿其母亲带领几个儿媳妇，手拿农药大闹镇招标现场，并且拿着假合同威胁负责招标的人员，致使村'
     '标项流招，使村集体每年造成经济损失约60多万元。其三，私自拆除村原有的党员活动室、村委会办公室共'
     '21间设施，自己建房，并将一大宗土地也占为己有。',
     'in', None, False, ['贪污贿赂', '组织纪律'],
     [('田某文', '村支委', '南渐兴村')]),
    # 05
    ('http://bbs.mala.cn/viewthread.php?tid=1014004',
     '有几个问题请调查组思考一下：事实一：学校问题。多年群众集资修建的两层楼的学校，拆了修，修了卖，贪'
     '吃回扣不讲，残质什么地方去了？集体账上没有残质收入，集体资产流失，谁负责任？事实二：退耕还林收费'
     '问题。每年强行向退耕还林户收钱是事实，国家明文规定不准收费，是谁安排收的？连续几年实施收费，违规'
     '增加农民负担收取管护费23614元，本身就是违背政策的，难道不是错误？事实三：拉运沙石堵塞交通。'
     '本村修公路要村民集体讨论决定，然而，本村群众没有讨论修路，也没有讨论是否运沙石筹备修路，运沙石堵'
     '交通，属个人行为，村上虽未付一分钱，占用良田如何复耕？身为村支部书记，将这一事实推给儿子，为什么'
     '不考虑全村人民的交通问题？农用物质不能够运进运出，堵塞交通，当初身为支部书记为什么不阻挡？心目中'
     '有老百姓吗？事实四：集体财务做假账。做重帐17310元，村文书新老交接时，文书的事，村文书受到了'
     '处理吗？身为支部书记，财务不公开，到了新老文书交接时乡上工作人员才发现，支部书记是村上的班长，监'
     '管职责何在？事实五：贪吃计划生育罚款。调查组为什么只调查检举人，不去查一查计划生育对象户？事实六'
     '：收老欠提留款问题。谁给的政策，办任何事要搭载收老欠？收的老欠不上交政府，留作村上开支，又不公布'
     '村级财务，私分之嫌，群众怀疑，难道是检举人的错？事实七：迁户口导取电站淹没赔款。身为村支部书记，'
     '其儿子一家3口人，将户口迁出又迁回去，调查组也查证了，可见他素质之差吧！事实八：买枣子树贪吃回扣'
     '，调查组为什么不去简阳查一下卖苗的老板？几个原班子成员是分赃人，调查组人员只是去调查一下原班子成'
     '员，有何用？老百姓明显感到树苗的价差太大。群众眼睛是雪亮的！',
     'in', None, False, ['群众纪律', '贪污贿赂'],
     [(None, '村支部书记', None), (None, '原班子成员', None)]),
    # 06
    ('https://xtq.zynews.cn/forum.php?goto=nextnewset&mod=redirect&tid=1440023',
     '登封市宣化镇中心小学刘校长，管理学校有神奇的办法。各班学生大量订购教辅资料，各部门多次强调不准订'
     '购教辅材料，而学生被迫购买多套教辅材料，加重家长负担，而某些人从中获得利益。学校正规教师不在教学'
     '一线人员达十几个人，而又从社会上招聘十几个人在教学，而外聘人员工资都是学校经费负担，既浪费了国家'
     '资源又浪费了国家的经费。学校公布食堂帐目，一个月调料就高达1万6千多元，都可以算算，难道学生一个'
     '月吃的大都是调料吗？这样怎么保证学生吃的安全，吃的健康。这样的学校怎样育人？',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('刘', '校长', '登封市宣化镇中心小学')]),
    # 07
    ('https://bbs.mala.cn/thread-9619399-3-1.html',
     '唉，又要遇到红白喜事，搬罾镇周镇长母亲去世了。大家都从不同渠道接到电话，喊到仪陇县日兴镇其老家，'
     '老人在家停了9天时间，这期间，每天都有周镇长工作单位的“朋友”，前来看望送礼。镇干部不用说了，连'
     '村干部也都喊起来，这个大家都知道“你懂的”。有个人前天去的，他说他看到许多人都是帮人带着情来的，'
     '有的带了7、8个的人，多的2000元、3000元，少的300、500元……现场等着送礼都排起了长'
     '队。那个干部说，他晓得是一个镇干部专门在通知大家，主要是镇干部、村干部、社会上的老板，人员超过5'
     '0多个……礼金好象超过4万多元。现场送礼，还不得不说一些恭维的话，客人一走，许多人就是一肚子的苦'
     '水往外倒，遇到事情就突然来电话了，还说是喜事，喊一起聚一下，在镇、村干部无奈的同时，也有人小声音'
     '议论，是不是乱收钱，在刮钱哟，与现在的群众教育不相符呀。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('周', '镇长', '搬罾镇')]),
    # 08
    ('https://news.sohu.com/20130926/n387298224.shtml',
     '近日，有网友在网上爆料，湖南省常宁市畜牧水产局原局长肖齐兴，在退休前将弟弟、儿子、侄儿、外甥媳妇'
     '4名亲属招进了本单位，其儿子在上学时就已经进入了事业单位编制。同时，该单位还安置了数十名干部职工'
     '的亲属。干部子女就业，在其他地方是潜规则，但在常宁市畜牧水产局却是明规则。今年5月以来，一则描述'
     '常宁市畜牧水产局进人“关系网”的网帖，开始在互联网上热转。网帖称，常宁市畜牧水产局是参照公务员管'
     '理性质的事业单位，现在局机关在职领薪人员165名。最近几年进入局机关人员50多人，无一人是公开招'
     '聘的，全部是找关系进入，而且绝大多数不是专业技术人才，尤其是2009年年底，一次就进了20人，其'
     '中局长一家就进了3个亲戚。“人多事少，人浮于事，甚至有的人未上一天班，工资照领，有的还是在校学生'
     '就开始拿工资了。”网帖如此描述。网帖还附上了该局副科级以上干部亲属在局机关就业人员的名单表，共计'
     '50人，占全局在职人数的30%。网帖反映的情况是否属实？9月19日下午，记者赶到常宁市畜牧水产局'
     '进行调查。在常宁市畜牧水产局大门口的桌子上，放着一本《常宁市畜牧水产局机关工作人员考勤花名册》，'
     '花名册上共有97名工作人员。虽然已经到了上班时间，但直到当天下午3点10分，在考勤册上签到的干部'
     '职工只有40人。工作人员向记者透露，因为当天下午衡东县畜牧水产局到常宁市畜牧水产局进行篮球赛，所'
     '以，许多工作人员直接赶到球场看球去了。',
     'in', None, False, ['选人用人', '廉洁纪律'],
     [('肖齐兴', '原局长', '常宁市畜牧水产局')]),
    # 09
    ('http://bhxjw.gov.cn/detailed/stonehills/2022-08-15/16605260135321.html',
     '“喂，请问是纪检组吗，这边有个情况想跟你们反映一下。我是市救助管理站的职工，住在屯溪区黎阳镇隆凤'
     '新村小区，前天我看到站里的公车到我们小区接站长杨某的家属出门，以前也看到过几次，这个问题你们管吗'
     '？”近日，安徽省黄山市纪委监委驻市市场监管局纪检监察组接到了这样一个举报电话。在详细询问了相关情'
     '况后，驻市市场监管局纪检监察组迅速召开组务会，决定立即对该问题线索进行核查。核查组首先前往屯溪区'
     '黎阳镇隆凤新村小区调取当天的监控录像，视频中市救助站的公车果然出现在了隆凤新村小区，接走了一名老'
     '人。核查组根据掌握的线索初步分析该名老人很有可能是市救助站站长杨某的父亲。在拿到相关视频证据后，'
     '核查组马上找到了杨某的司机张某，对其进行询问。“你前天有没有开公车出门？都去了哪些地方？”面对核'
     '查组的询问，张某表现得极不自然，支支吾吾地表示：“我前天确实有开公车出门，但是都是公务”。“你都'
     '接了些什么人？”“我去接了一下杨站长，单位有急事要他处理。”“那你有没有接其他人？”核查组的工作'
     '人员继续发问。“没……没有。”张某显然有些心虚。核查组见张某不肯承认，拿出了当天的监控视频，在确'
     '凿的证据面前，张某很快承认近期多次接到站长杨某指示，开公车接送其父亲去医院治疗牙齿的相关事实。',
     'in', None, False, ['八项规定'],
     [('杨某', '站长', '市救助管理站')]),
    # 10
    ('https://icbw.com.cn/forum.php?action=printable&mod=viewthread&tid=131131',
     '无奈之下，我只好去向上级有关部门反映情况，结果被拦访人员送回来了。亭旁镇某领导责问我，还想不想干'
     '了你这个门卫。这位领导还不解气，当天晚上10点40分，把我带去“学习”。我一被带走，马上就把我的'
     '手机关机了，一直到11月8日才放回来。这一个星期联系不上我，我家里人几乎都要崩溃了。把我送回来时'
     '，他们叫我写“保证以后不上访”的保证书，当时他们的车子就停在外面等，不写肯定要再被带回去的。作为'
     '耕地提质改造项目的一部分，“旱改水”将旱地改为水田，增加水利设施提高灌溉保证率，可以有效提升现有'
     '耕地质量和数量。这道理我们也懂，但是老百性刚刚收了稻谷的粮田就被填上渣土，无法耕种了，这是不是劳'
     '民伤财和形式主义。旱改水，旱地不能种水稻，这个人人都知道，这是不是涉嫌骗国家的钱呢。这么大的工程'
     '有没有经过招投标，其中有无猫腻，村民们不得而知。此外，我们村没搞过什么工程，村里500多万元的土'
     '地款没有按政策分给村民，却被用的差不多了。这些钱花到哪里去了，希望能够公布出来，让村民们心里明白'
     '。',
     'in', None, True, ['滥用职权', '形式主义官僚主义'],
     [(None, '领导', '亭旁镇')]),
    # 11
    ('http://www.tx010.cn/zuqiu/33774.html',
     '尊敬的政府领导：你们好。我叫刘玉齐，绥宁县金屋塘镇雄鱼村人。我在此举报绥宁县金屋镇政府相关干部在'
     '精准扶贫工作中的不做为、乱作为；乡干部为自家亲属以权谋私夺取其它贫困户危房改造指标；在政府统一建'
     '设的异地拆迁安置房分配方面，不按国家政策、不选择真正有需要的贫困家庭，直接为相关人员的关系户（其'
     '中部分人员完全不符合国家扶贫政策）分房，对贫困户则已房子已经分完，没有指标为由，直接打发走。我父'
     '亲叫刘先跃，今年66岁。在70年代末搞农村集体化时开山修路，双耳被炸聋，不到30岁就成了残疾人。'
     '2002年时又因受了惊吓，得了精神病。家庭的顶梁柱从此就倒了。我母亲叫肖叶青，62岁，一直就是个'
     '药罐子，也没有文化，只有在家务农。家里欠了一屁股的债。我是家中独生子，今天32岁，因条件太差，至'
     '今也末成家。全家还是住在我爷爷在世时修的70年代的老木房里，且有半边房都已经没有人住了。2015'
     '年得知国家的扶贫政策，我开始申请扶贫指标。但是得到的答复就是一句话：没有指标。2017年上半年，'
     '经过2年的申请，村干部终于通知我写申请，说经过讨论，有两个危房改造的名额，我家符合条件，名单已经'
     '报到镇政府去了，如通过的话，再报县里审批就行。之后就一直让我等消息。2018年上半年，我突然接到'
     '家里老人电话，说上面的干部来审查，检查了半天后，指着我家的一块10年前因厨房快倒了而翻修的泥砖墙'
     '说，这还能住人，不符合危房改造的条件，全然不顾整体房屋已经倾斜、楼板已经腐烂，到处漏雨的事实。我'
     '家的指标被收回，然后就被另外一户人得到了。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [(None, '干部', '绥宁县金屋镇政府')]),
    # 12
    ('http://news.sina.com.cn/c/2003-12-19/07582412562.shtml',
     '府谷县政府长期拖欠施工公司的工程款，致使上千名农民工工资被拖欠4年多。最近因为农民工工资问题受到'
     '各级政府和媒体高度重视，所以抱有一线希望的施工公司再次到府谷县政府，但这一次他们面对的仍是府谷县'
     '政府官员令人瞪目结舌的恶劣态度。在府谷县政府拖欠工程款的榆林市第二路桥建筑工程公司门前，记者见到'
     '了三五成群的农民工。据农民工们反映，他们从1999年开始就和其他1000多名民工在府谷县野大公路'
     '建设工地打工，但是4年多来，他们的工钱一直被拖欠。据一位民工说，（施工公司）每次找他们要钱，局长'
     '一会儿说他在神木县，一会儿在榆林，一会在西安，实际上他们就在府谷县，老找不到。问财务，他们说不知'
     '道，什么都不知道，态度可恶劣了。榆林市第二路桥建筑工程公司经理付志雄说，每次找到县长，县长就承诺'
     '给钱给钱，就是给不了，要了几年给了20万，按这个速度的话六七十年也给不完。记者在调查中了解到，1'
     '999年3月，府谷县政府在财力不允许的情况下匆忙上马了府谷野大公路一二期项目。2001年10月工'
     '程全部完工时，府谷县政府因为拖欠施工公司工程款而造成拖欠农民工工资累计已经达到了380多万元。1'
     '2月12日施工公司再次来到府谷县讨要工资被交通局和财政局拒绝后，施工公司找到了主管野大公路项目的'
     '副县长杨志贤。当施工方问及钱的问题时，杨志贤表示没钱，只能拖着，对于此事自己没有责任。当施工方表'
     '示不给钱那只好起诉了，杨副县长竟蛮横地说：“起诉你的，那是你的事嘛，到头来有屁用，谁还能把县政府'
     '的门关了！”',
     'in', None, True, ['形式主义官僚主义'],
     [('杨志贤', '副县长', '府谷县'), (None, '局长', None)]),
    # 13
    ('https://news.sohu.com/20050106/n223804729.shtml',
     '对河间市卧佛堂镇后宅村村民刘国君来说，“执行难”这三个字有着刻骨铭心之痛——就在2004年12月'
     '28日，他的小儿子方方（化名）在被砸成“植物人”3年后含恨离开人世。方方是2001年被一根电线杆'
     '砸中从而变成“植物人”的，法院当时判令相关责任人支付民事赔偿金20多万元，然而方方至死也没能盼来'
     '判决书上那一串串赔偿数字变成能治病买药的钱。1月5日上午，刘国君十分痛苦地告诉记者，他一定要“给'
     '儿子讨还最后的公道”。事情发生在2001年5月10日。河间市人民法院2002年1月31日作出的判'
     '决书上对事情进行了描述：10日上午，卧佛堂镇后宅村6户村民“商议往枣树地里拉照明线路”，“在未经'
     '村委会同意的情况下”开始挖该村“小十字街西北角电杆”。悲剧就这样发生了，“因挖掘措施不当，导致电'
     '线杆从根部折断”，小学五年级学生方方正好路过，被电线杆砸中头部。经该院法医门诊鉴定，方方为一级伤'
     '残。刘国君说，经过抢救，孩子的命暂时保住了，但却成了“植物人”，吃饭要鼻饲，气管切开保证呼吸。1'
     '2岁的孩子一辈子就这么毁了？刘国君开始辗转河间、天津等几家大医院，但孩子的病一直没能治好。期间，'
     '那6户人家一共给付赔偿金72320元。2001年10月26日，刘国君一纸诉状告上法庭，要求6名被'
     '告赔偿损失。2002年1月31日，河间市人民法院作出民事判决，判决6被告共同赔偿方方201848'
     '.21元，除去已赔偿的部分，6被告应再赔偿129528.21元，6被告均担21588.04元，并'
     '负连带责任。此时，急等用钱给孩子治病的刘国君却遇到了“突发情况”——“执行难”。2002年3月份'
     '，他分两次交了3000多元的强制执行费，申请强制执行。没想到法院一共“执行”来约3000元钱，还'
     '不够他交的强制执行费。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://geenen.cn/21328.html',
     '9月3日8点30分，今年82岁的张某云带着儿子张某玖又来到建昌县人民法院嚷嚷起来，“我的案件五年'
     '了，我都申请执行了，法院为啥不执行……”在建昌县法院，从执行干警到执行局局长，再到院领导班子，没'
     '人不认识经常来法院的张氏父子俩，他们不止一次接待过这对父子，“访难息”的唯一原因是该案属于“执行'
     '不能”。张某云和张某玖的案子，要从几笔借款说起。2011年—2012年间，经朋友介绍，张氏父子先'
     '后几次借钱给当地开药房的杨某，杨某将这些钱用于扩大经营。因经验不足，杨某的药房盈利甚微，还债困难'
     '。2013年，父子俩将杨某告上法院，最终法院判决，杨某共须还款（加利息）50.5万元。此案进入执'
     '行程序后，执行法官发现该案的债权人除张氏父子外还有3个人。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://qdubb.cn/html/2019/jijianrenshouji_0526/68020.html',
     '“每次來反映問題，你們都要讓我登記，我都已經登記了五六次，一年多的時間過去了，你們還是沒有把征用'
     '我土地的錢給我，這次來我不會做任何登記，我就在這里等書記和鎮長，親自找他們反映問題，登記沒有用，'
     '找其他人也沒用的！”這是我參加巡察工作以來的第一次接訪，一位大姐來反映自家土地被征用但沒有領到補'
     '償款，我的一句“進行登記”惹怒了大姐。“大姐，我們是縣委第二巡察組，你對鎮黨委政府的工作有什么不'
     '滿意的你都可以跟我們反映，你的問題和訴求我們一定會幫你解決，請你相信我們。”為了讓大姐的怒氣能夠'
     '平息，我給她倒了杯溫水說道。“哼！算了吧，每次你們接待我的人都會這樣跟我說，騙我去登記，登記好了'
     '就把我打發走，讓我回家等消息，結果一等就是一年多。我是農民，靠土地吃飯的，不像你們這樣是有國家發'
     '工資的，連政府都解決不了的問題，你們一個什么巡察小組怎么可能幫我解決好。所以我今天來必須要等到書'
     '記和鎮長，讓他們把錢給我，否則我就不回去了！”大姐的情緒再次激動。“大姐，我理解你的心情，我也是'
     '農民家庭出生，我知道土地對于一個農民家庭的重要性，對于你們失地農民來說，是更需要及時領到補償款去'
     '為以后的生計做打算的。你今天來也來了，也要一直等書記和鎮長下村回來，那不如我們就一起聊聊天，行嗎'
     '？”我邊拉椅子邊坐到大姐身邊說道。“說吧說吧，你說什么我都不會相信的。”大姐不耐煩地說。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('http://www.hxei.net/26163/581.html',
     '“安置补偿还没有谈妥，开发商就开始打毁砸山墙和楼顶，采取断水、割楼梯等手段逼迫我们搬走。”201'
     '0年8月18日，家住安徽省巢湖市小王庄供电局宿舍楼的六旬老人刘秀芝，向反映了她们家遭遇逼迫式拆迁'
     '的遭遇。她说，由于开发商野蛮拆迁，她所居住的那幢楼房几乎成了一座危楼。如果没有得不到一个合理的说'
     '法，她们一家人将在在危房里坚持到底，誓死不搬。昨日上午，在接到投诉后，立即赶到刘秀芝老人家中。这'
     '一栋楼的后面，是一块拆迁后被整平的空地，上面布满碎砖块和瓦砾。前面的那幢楼房，正是原小王庄供电局'
     '宿舍楼。一位市民说，这幢楼房成了“钉子楼”。不过，他表示，能够理解住户的心情。在现场看到，这幢楼'
     '房里一片空荡荡的，多数人家已经搬走。不少住户的门窗全部被拆掉，部分围墙被推倒。东边的山墙，被砸出'
     '两个大比门窗面积还大的“洞口”。走进楼梯口，发现，部分楼梯已经被切割掉，多层楼板的水泥被砸掉，裸'
     '露出一块块钢筋。俨然，这幢楼房已经成一座危楼。刘秀芝老人住在401室，她楼下二、三层以及对面的住'
     '户都已经遭到不同程度拆毁，5楼楼顶也被到捣出几个大“窟窿”。如果遇到下雨天，楼上积水径直留下来。'
     '同时，自来水管道经常遭到破坏，家中经常被断水，有线电视也断了……',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://www.xixinqu.com/thread-69573-1-1.html',
     '领导您好，我是山东省青岛市黄岛区山前村得一普通村民。为响应党得号召积极开展西海岸的发展需要，我村'
     '村民三百余户集体搬出原住址。几年过去深受老百姓期待的新家：九龙社区！~终于封顶建成2017年10'
     '月开始已经陆续办理回迁手续但是房屋有严重的质量问题以及私自改建问题，村民多次跟当地相关部门反应无'
     '果，肯请领导能严查，还老百姓一个满意的家。村民最为关心的几个问题如下：1.私改户型图。城建部未取'
     '得村民签字认可私自修改户型图。原协议户型布局合理，方正、大方、采光度好；现户型不论是采光还是布局'
     '极为不合理。请问作为西海岸最大的拆迁项目集中了8个村的建筑工程，城建部为何能私改户型？！；相关监'
     '管部门为何不严格审查行使监管职责？！2.未曾居住楼体已经出现大量的安全隐患问题。具体表现为：墙体'
     '大小裂痕多处可见、墙体发霉渗水；下雨天车库雨水倒灌、地下室雨季渗水严重、电梯工作失灵等3.公摊面'
     '积超标。例如：建筑面积100㎡实际使用面积只有65㎡4.层高达不到协议高度。针对这几项问题村们有'
     '跟当地部分反映最终给的结果是：（1）针对修改户型布局不合理给予每套安置楼15000元的装修补助；'
     '（2）针对私自修改户型分别给予¥1600；¥3778；¥4000；¥10000；¥15000不等'
     '金额的补偿对此答复本村村民均不满意，但是反映无果。希望领导能体恤民情，感知老板姓的无奈和无助能够'
     '站出来为老板姓主持公道期待领导的回复！',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://www.wljyyjy.com/XinZhengCe/539345.html',
     '王书记您好！抱歉打扰。我丈夫以前是四川省南充市嘉陵区农村的一名民办教师，兢兢业业地在教育岗位上奉'
     '献了20多年不幸病故，一直没有得到政策照顾和解决，我多年体弱多病，如今已60多岁，家庭生活困难。'
     '近期听说在解决民办、代课教师的补贴问题，我到相关部门了解却听说只是处理辞退的代课和民办教师，我丈'
     '夫是病故的不属此列。我想象我丈夫这样的民办教师，一样是辛勤工作，享受的是一样微薄的工资待遇，生病'
     '和病故后也没享受什么政策照顾，家庭遗属也没享受政策优惠照顾，如今因为他病故了不能申请领取一点补贴'
     '，象我丈夫这种情况，能不能申请补贴或政策照顾呢？该如何申请、如何解决呢？谢谢！“匿名”网友您好！'
     '您通过人民网地方领导留言板给四川省委书记王东明留言，反映代课教师待遇问题，现回复如下：根据省市相'
     '关文件精神和领导批示，经认定在我区公办学校任教时间满一年以上，任教期间没有因违法犯罪行为被开除或'
     '辞退的民办教师，当时未按规定给予一次性生活补贴的，按民办教师实际工作时间给予一次性生活补贴，补贴'
     '标准为每工作一年补贴1000元（半年补贴500元）。2013年12月，经顺庆、高坪、嘉陵三区共同'
     '商议，把已故民办教师和代课教师也纳入解决范围。根据全市统一要求，各县（市）区妥善解决中小学代课（'
     '民办）教师问题必须在6月底前完成放发辞退补偿、补助、参保等。我区高度重视，积极稳妥推进此项工作，'
     '于6月30日圆满完成了各项工作任务。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://chengdu1688.com/html/liuyanview.aspid4089.html',
     '尊敬的各位领导：我父亲是东港市黑沟镇东土城村城后小队村民，最近听说村里赶上国家的好政策，东土城村'
     '是“贫困村”，党和政府给村里的各个村民组修柏油马路，家里人都觉得是一件好事，身为一名年轻党员也很'
     '感谢镇政府和村里的领导们。但是我家的门口的路修的不太顺利。我家门口是一块菜地，因为长度比较长，道'
     '路要加宽，占地比别人家的要多很多，当时由于作为老百姓的父亲对政策了解不清，占了这么多地，怎么一点'
     '政策没有？至少从别的地方重新分点地，或者适当给些补偿也行啊，所以村里去统计时父亲就没立即同意（当'
     '时村民组里好几家都没立即同意），此事就这么过去了，直到最近一周，村里开始修路了，父亲考虑不能因为'
     '自己家影响了整个村民组，同意一起修，方便自己方便他人。但是我家门口这块地就不给修了，村里直接让推'
     '土机把我家这块地让出去了。父亲多次去村里沟通，无果，村答复说名额已经给别人了。无奈之下，又去镇里'
     '沟通，仍然未给予解决，说等下次修路再说。父亲农民出身，没有什么文化，现在因为自己家门口的路没修上'
     '影响邻居们的出行，开始着急后悔。昨日了解到此事后，我首先批评了父亲的愚昧做法，其次恳请政府和领导'
     '给一次机会，老百姓的确有时对政策的理解不到位，退一步讲，我家门口的路即使暂时不同意修，这个指标能'
     '不能随便就送给计划外的？有依据吗？望镇政府给予解决，谢谢。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://paper.ce.cn/jjrb/html/2017-01/08/content_322327.htm',
     '编辑同志：2012年12月底，我和原河南省鹤壁市鹤壁集镇北街村主任徐家臣委派的代理人袁洪波签订工'
     '程施工合同，建设鹤壁市鹤山区竹林花园廉租房15、19号楼工程。2013年初，我组织了20多名农民'
     '工按照合同规定，开始施工。这一项目是政府出资建设的鹤山区竹林花园廉租房工程，和政府签订合同的承建'
     '单位是江苏省王芳集团，然而王芳集团在合同签订后，却又把工程转包给了工程所在地的鹤山区鹤壁集镇北街'
     '村原村支书徐家臣。随后，徐家臣又委托项目负责人袁洪波找到我。在他们的鼓动下，从没有组织过施工的我'
     '和他们签订了施工合同。袁洪波代表徐家臣与我签订的合同显示：地下工程完工后5个工作日内，支付工程总'
     '价的10%，以后每两层完工后5个工作日内，支付工程总价的15%。从开始施工到2013年9月项目停'
     '工，我先后借贷了40多万元用于支付农民工工资和建设材料款。然而，就在我承建的竹林花园廉租房工程1'
     '5号楼地下一层完工、地上二层正在建设，19号楼地下一层完工、地上一层快要封顶的时候，工程突然被搁'
     '浅，工地停工。按照合同和根据施工量、投入等初步计算，我所签订合同的发包人徐家臣应付给我工程款15'
     '0多万元，扣除工程初期时徐家臣支付的20万元，现在还欠我工程款134万多元。工地停工，一停就是数'
     '年，工程面临烂尾。原本想着自己当包工头可以赚点钱，结果是落下了自己拖欠20多个农民工工资、物料供'
     '应商等100多万元的债务。从2013年9月工地停工以来，我和爱人就一直不间断地驻守在自己的工地上'
     '看管物料、建筑机器。同时，我和爱人多次到鹤壁市鹤山区政府、信访局、人事劳动和社会保障局、住建局等'
     '部门反映情况。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://m.excel-2003.com.cn/news/show_3074026.html',
     '我喜歡看狂飆的電視劇，也許受電視劇的影響，對電視劇里省紀委巡視組非常的敬仰。正好這次我們省的巡視'
     '組來我市視督導工作。我就抱著好奇的態度想去參觀看看，但我不知道位置，我在微信公眾號上看到巡視組的'
     '辦公電話。我就打了過去，我問是省巡視組嗎？對方回答“是”我說你們辦公的地方在那里？他回答“南湖天'
     '賦花園”，他問你有上訪的問題嗎？我回答“沒有”他又問“那你有什么事嗎？”我說沒有，就想去參觀參觀'
     '！他說“你到百度地圖上搜索“南湖天賦花園”就可以了，我就在百度地圖上捜索“天賦花園”按照地圖上導'
     '航，開車去了到了那里。到了天府花園看到邊上有很多警車，大廳也有很多警查在值班，但是他們并沒有阻擋'
     '老百姓上訪，可能是在維護安全與秩序。上訪也很簡單，就像在銀行辦業務一樣，填表排號依次接待上訪，接'
     '侍有兩個窗口。好像主要是接待官員的腐敗問題，其它的問題好像不太管。我在里面跑進跑出，拿著手機拍照'
     '，也沒人管，很自由，也很自在，很親和，外面貼著巡視組的公眾號，你掃一下就可以加關注，好像沒有什么'
     '神秘的！',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.12s.gov.cn/appeal/view.jsp?model_id=23&sq_id=5108',
     '尊敬的农十二师领导，我反映一下我居住的小区环境噪音的问题。我居住在乌鲁木齐市经开区德源逸品枫景小'
     '区，这个小区是属于农十二师的管辖范围。每天晚上8点多开始，就有一群人在小区东面的一块空地上跳广场'
     '舞，一支跳到晚上将近11点。音乐声音开的非常大，已经严重影响大人的正常生活和孩子的安心学习。为此'
     '事，也向旁边的派出所反映过，但是社区警务人员去了，他们就把声音调小，没有人去，他们就把声音放大。'
     '我也找过跳舞的人，他们说：声音大，可以把窗户关上。转眼已到夏天，窗户关上，这屋子还怎么待呀。即使'
     '把窗户关上，声音还是能飘进屋子里，弄的我们家孩子在8点到11点之间简直就无法安心学习，我们上了一'
     '天班，也不能安心休息。我们家孩子马上就面临中考，我们为此事很焦虑，盼望师领导能抽出一点时间，帮我'
     '们解决一下这个问题。环境是大家的，我们只是希望自己的生活不要被噪音搅乱。万分感谢！网友您好！现将'
     '您反映的情况，回复如下：一○四团环境监察大队联合社区、以及便民警务站的工作人员对跳舞的人员进行过'
     '说服劝导，如后期再有发现此类情况，工作人员会将跳舞的人员驱散，以避免由此产生的噪音污染。感谢您对'
     '十二师政务网站的关注！',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH57, "fresh57")
