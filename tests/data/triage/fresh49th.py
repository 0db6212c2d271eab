"""Sealed batch fresh51: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: cadres' relatives and personnel misconduct: 吃空饷 of officials' children, 子女安排工作 and
萝卜招聘, 违规提拔 of an 官二代, 档案造假 (age, 冒名顶替), 裸官, 违规兼职取酬, relatives in business
(亲属承揽项目), a bought 局长 post; out items are job, wage, pension and appointment grievances
of private persons (a pension lawsuit, two wage cases in court, 占地工 and 失地农民 social
security, a first-placed exam candidate passed over, dismissed 代课教师, a hotline wage report,
farm workers whose files were taken by others, a deputy's proposal on village cadres' pay).
Sources (stored-pages search): an hnr.cn copy of a 新华社 item on the 襄州区 财政局 deputy head; a
长城网 copy of the 新京报 follow-up on the 静乐 county secretary; a 文匯網 copy of the 长子县
教育局 case (traditional); a copy of the 石门 刘琼 report (traditional); an epochtimes blog copy of a
news feature on 河津 and 周至 age faking; a copy of a 2012 feature on 裸官 cases; a 东南网 copy of
the 新华网 report on the 三亚 社保局 head's daughter; a 中央纪委网站 article on 违规兼职取酬; a
中央纪委网站 article on 家风 cases (龙晓华, 鲁其凤); a first-person essay by a dismissed county tax
代征员; a commentary on the 吴起 杨登科 冒名顶替 case (traditional); a 青岛新闻网 copy of a 法制网
report on the 临高 人社局 萝卜招聘 post; out items: a 吉林 船营区 court judgment on a pension, a lawyer's blog on an
overtime-pay case, an 安阳 文峰区 court news item on wage enforcement, a 宜宾 feature on
占地工, a 中国之声 report on 镇平 land and social security, a 观察者网 copy on a 湖北 exam
candidate, a 民生周刊 story on 延安 代课教师, a 淮北 市长热线 monthly report, a 新华社 story on
临高 加来农场 workers' files (traditional) and a 四川在线 item on a deputy's proposal. Four texts
are in traditional script (items 3, 4, 11, 21).

Conventions: as in the earlier sealed batches (see fresh38th.py and fresh44th.py). Excerpts as
published (whole sentences kept, some paragraphs and sentences cut; page junk such as headlines,
sub-headings, image captions, bylines, datelines and source tags ("新华社武汉1月25日电",
"【文匯網訊】據中新網報道,", "中央纪委国家监委网站 柴雅欣报道", "新華社海口9月27日新媒體專電(記者…)",
"四川在线眉山讯(…)"), court headers, list headings, bold name headings and form fields removed;
paragraphs joined; ASCII punctuation written full-width except inside numbers; stray spaces
the pages put inside sentences removed (001, 010)). Page typos kept ("户囗", "糊囗", "借囗",
"无耐", "建筑建筑公司", "开封市鼓楼区劳动争议仲裁委员会", "xx月xx日", "終于"). scope "in" for
alleged misconduct of a party member or public official (village cadres included), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms, candidates, relatives who hold no office and officials who only handled,
investigated, announced or answered are not accused; an organ accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names and positions as first
written with the name; a bureau written before the post goes to the unit ("襄州区财政局" +
"副局长"), and "原" written before the unit is dropped while "原" written after it stays in the
post, as in the dev labels. Unit None when the text does not tie the person to a named unit.
Topics only from the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (010, 011).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 4 (018-021), 其他 1 (022).
24 accused entries, all in items 1-12: 19 with a full name, 2 masked (姚某, 申某某), 3 post
only. Out items have no accused entry.

Close calls:
 1  罗世群 is first "该区财政局副局长罗世群"; the bureau goes to the unit, resolved from the next
    sentence ("襄阳市襄州区财政局党组成员、副局长罗世群"): ('副局长', '襄州区财政局'). The son 罗某 holds
    no office of his own (a student put on the payroll): not accused. The text itself says
    "滥用职权" and "违反组织人事纪律": topics 组织纪律, 廉洁纪律, 滥用职权.
 2  杨存虎 is first "原山西省静乐县县委书记杨存虎": "原" before the unit dropped. The daughter 王烨
    is not accused (the text charges the father); 杨达才 is named only as an example of a
    "断头案" official, no conduct alleged: no entry. The quick re-appointment is the organisation's
    act (no entry) but makes 选人用人 a topic besides 廉洁纪律. Sub-headings cut.
 3  Traditional; the source tag and the last paragraph (the 静乐 case of item 2, to keep the
    stories apart) cut, its first sentence kept. The son 李楠 (put on a school's payroll while a
    student) is not accused; the father 李福剛: ('局長', '長子縣教育局').
 4  Traditional; the text breaks off into a list of other cases ("湖南成‘重災區’…", 易翔), cut.
    劉瓊 is accused as the beneficiary of 违规转正定级 and 违规提拔任用 found by the inquiry (the
    violations are the organs'); her father 劉本之 is accused of having used his post ("是否施加
    職務影響" is under inquiry): ('原主任', '常德市人大常委會'). The 組織部 answering and the 調查組
    are organs. 網友“@時代迷思” only posts.
 5  Sub-headings and the cut-off last sentence removed. The lead's "山西河津住建局局长" is 薛新民
    (one entry, post from "薛新民河津市住建局局长"); the "山西临县女干部" who faked her age is a
    post-only entry (None, '女干部', '临县') although "女干部" is a vague post. 姚某 ('副科长',
    '周至县'). The 组织部门 and 调查组 only check.
 6  A feature; the heading line ("古人传说…") and the bold name headings before each case cut,
    and the form fields of the "裸官报告表" and the sentence describing the form cut. 杨光 is an
    expert quoted. 余振东 heads a state bank branch (a public official, called "贪官"); 庞家钰,
    周金伙 and 杨湘洪 are 裸官 who were corrupt or fled: four entries. Topics 组织纪律 (flight,
    families abroad) and 贪污贿赂.
 7  Headline, site line, "我来说两句" and the sub-heading cut; the cut-off last sentence removed.
    温孝廉 first "三亚市社保局现任局长温孝廉": "现任" is not part of the post. He denies any
    interference, but the report alleges 特权招考: accused. The daughter 温娉婷 is a candidate,
    not accused; the 三亚市人力资源和社会保障局 organising the exam is an organ.
 8  中央纪委网站 byline and the photo caption cut; the text stops before the 挂证取酬 part. 刘张君 is
    "原银监会处置非法集资办公室主任": "原" belongs to the abolished commission and is dropped.
    Topic 廉洁纪律 only.
 9  中央纪委网站 byline cut; the cut-off last sentence removed. Four accused: 操隆山, 陈代文 ("原副厅
    长级干部" is all the post the text gives), 龙晓华 and 鲁其凤. 何中林 (纪委) only speaks; the
    unnamed "领导干部" who were "打招呼"'d are not individually accused. Topics 廉洁纪律 and 贪污贿赂
    (龙晓华 "受贿").
10  Mixed, first person: the writer's own dismissal after 16 years as a 代征员 (a job and wage
    grievance) and the allegation that the new 局长 bought his post ("被花了钱的某乡书记顶下去了")
    and held the staff back for money. One post-only entry (None, '局长', '县税务局'): he is first
    "某乡书记", but the conduct is in the 局长 post. The 劳动局 and 财局 adding their own children
    are organs; the old 局长 and the later 局长 who dismissed them commit no alleged misconduct.
    Topics 选人用人 and 廉洁纪律. Page typos "户囗", "糊囗", "借囗" kept; the space in "被耽误的 六年"
    removed.
11  Mixed, traditional: the impersonated 楊登科's 183万 compensation claim (out-of-scope) and the
    冒名顶替 and false file of 黃世權, who became 副鎮長 (post first written with him; no unit named).
    "據新京報報導" sits inside a sentence and was kept. The offices that let the file through
    ("選擇性失明") are organs; 王娜娜 and 黃海霞 are victims in other cases. The cut-off sentences
    after "似乎已給出了答案。" removed.
12  Headings ("网言网语", "网闻寻真", "考生质疑:") and the sub-heading cut; the cut-off last sentence
    removed. Accused: 谢慧亮 ('局长', '临高县人社局') and the unnamed 副局长 of the same bureau,
    whose relatives and secretary scored high. The candidates (吴俊卿, 谢慧聪, 刘招, 谢一仕, 谢家文)
    are not accused though some are the bureau's staff; "杨过" only posts.
13  涉法涉诉: an administrative judgment on a pension start date; the court header cut, the
    party list kept; the judgment breaks off in the stored copy. 陈而新 ("法定代表人…局长") and the
    deputy head 尹文海 only represent the defendant: not accused.
14  涉法涉诉: a lawyer's blog on an overtime-pay suit; the heading "讨要加班费,十年维权路" cut; the
    text stops where the page breaks off. No official involved.
15  涉法涉诉: a court's own news item on enforcing a wage judgment; the courts only handle.
    Could be read as 个人利益诉求 (unpaid wages); the text is about the lawsuit and enforcement.
16  征地拆迁: 占地工 who gave their land for factory jobs and lost both; the sub-heading cut; the
    text stops before the factory official 文浩's recollection. No misconduct alleged.
17  征地拆迁, hard: villagers' land taken, social security promised and not paid; the question
    "这笔保障金压根就没有，还是有了，根本就没用在农民身上？" hints at misuse and "村干部突然拿着钱
    送到家里来" describes cadres acting, but no person or post is accused of taking the money:
    out, no accused. Site header, headline and "原标题:" cut; the speaker labels of the radio
    transcript ("农民:", "村民:", "记者:") kept.
18  个人利益诉求: a first-placed candidate passed over for the second; the lede lines, captions and
    sub-headings cut. "她认为自己更适合这个岗位" disputes a decision but alleges no misconduct.
19  个人利益诉求: dismissed 代课教师 on a 200元 allowance; the page header cut; the cut-off last
    sentence removed. The 县政府 taking back the title acts as an organ within policy: no entry.
20  个人利益诉求, hard: a 市长热线 monthly report; the list heading "(一)年关将近，讨薪问题再成热点"
    cut. The first paragraph is statistics across many kinds of complaint, the second the wage
    calls; labelled by the wage claims. Could be read as 其他 (a report).
21  个人利益诉求, traditional: farm workers who cannot retire because others used their files; the
    dateline, headline and sub-heading cut. The users of the files (符玉瓊, a 售票員 譚瓊麗) are
    private persons; the 紀委 is only one of the offices visited: no accused.
22  其他: a deputy's proposal to raise village cadres' pay; the dateline cut. A wage question
    but nobody's own claim: 其他, not 个人利益诉求.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH51: list[Item] = [
    # 01
    ('http://hnr.cn/news/gnxw/201301/t20130126_317406.html',
     '记者25日从湖北省襄阳市襄州区纪委获悉，网曝安排读大学的儿子“吃空饷”的该区财政局副局长罗世群被'
     '免职。据介绍，最近有网民在网上反映，2010年，襄阳市襄州区财政局党组成员、副局长罗世群滥用职权'
     '，将自己至今仍在高校读书的儿子罗某安排进入区财政局，并且领取工资，“吃空饷”的行为有工资花名册为'
     '证。随后襄州区纪委等部门成立了专班，对此事立案调查。襄州区纪委介绍说，罗世群儿子罗某高中毕业后违'
     '规招工进入区财政局二级单位，而后上大学，在罗某上大学期间，其工资关系又调至区财政局教科文科，罗世'
     '群的行为构成违反组织人事纪律错误，经研究决定：免去罗世群区财政局党组成员、副局长职务，并给予罗世'
     '群党内严重警告、行政记大过处分。',
     'in', None, False, ['组织纪律', '廉洁纪律', '滥用职权'],
     [('罗世群', '副局长', '襄州区财政局')]),
    # 02
    ('http://news.hebei.com.cn/system/2013/01/29/012478364.shtml',
     '昨日（28日），记者通过山西省忻州市环保局官方网站核实，因女儿吃空饷被免职的原山西省静乐县县委书'
     '记杨存虎，在被撤两个月后即就任该局主持全面工作的副书记、副局长。近日，新京报对热点新闻涉及当事官'
     '员（如“表哥”杨达才等）的“断头案”的追踪引发读者共鸣。有山西读者联系本报称，曾广受媒体关注的山'
     '西静乐县委书记杨存虎因女儿吃空饷被免职事件有后续，杨存虎现已改任山西省忻州市环保局官员。记者发现'
     '，在该局官网“忻州环境保护网”上的“领导简介”栏，杨存虎被排在该栏首位，其工作简历为“1977年'
     '1月参加工作；2012年3月至今，忻州市环境保护局副局长兼党组副书记”，其间没有任何简介。记者通'
     '过网络搜索公开新闻报道查到，时任静乐县委书记的杨存虎于2012年1月，因其女儿王烨5年吃空饷10'
     '万元被免职时，报道所用杨存虎照片与该网所用照片为同一人。这意味着，杨存虎被免职仅两月后，即异地上'
     '任新职。昨日，记者打通该局办公室电话，工作人员确认杨存虎为该局副局长，但不清楚其任免情况。官网上'
     '，一段去年12月初录制的视频显示，杨存虎以“忻州市环境保护局党组副书记、副局长”的名义，就忻州市'
     '环保工作向市民述职。截至记者昨晚发稿时，尚未能与山西省纪委和杨存虎本人取得联系。',
     'in', None, False, ['廉洁纪律', '选人用人'],
     [('杨存虎', '县委书记', '静乐县')]),
    # 03
    ('http://news.wenweipo.com/2012/02/17/IN1202170054.htm',
     '父親是教育局局長，竟讓還在讀書的兒子入職當地一中學。記者16日從山西省長子縣新聞中心獲悉，15日'
     '，這位身為教育局局長的父親已被免去職務。長子縣新聞中心稱，該縣教育局局長李福剛之子違規就業一事被'
     '群眾舉報後，長子縣委、縣政府責成縣紀委監察部門及時展開調查，初步認定基本符合事實。2月15日上午'
     '，該縣縣委召開常委會，決定免去李福剛長子縣教育局局長、黨組書記職務，其兒子清除出教師隊伍，所領工'
     '資全額退回。事件詳細情況正在進一步調查之中。此前有媒體披露李福剛之子李楠的個人簡歷：年僅25歲的'
     '李楠2010年從南開大學濱海學院畢業，卻已經有了7年的工齡。據工資表顯示，他在2006年，也就是'
     '他高中畢業的時候，就參加了工作。2007年剛上大學的李楠，被調入長子縣嵐水中學，2011年7月完'
     '成轉正定級，整個過程沒有經過任何公開考試或面試。這是山西省今年曝出的第二個官員子女「吃空餉」事件'
     '。',
     'in', None, False, ['组织纪律', '廉洁纪律'],
     [('李福剛', '局長', '長子縣教育局')]),
    # 04
    ('http://www.handmsg.com/page/2013/0429/28365015.shtml',
     '石門“官二代”縣委副書記日前終于被免。據媒體報道，6月17日從湖南省有關部門獲悉，湖南省常德市委'
     '已決定，免去劉瓊石門縣委副書記、常委、委員職務。“她，僅高中畢業，23歲任副鄉長，25歲升任鄉黨'
     '委書記，27歲升任共青團常德市委副書記，現任石門縣委副書記。請相信，這絕不是童話。如此平步青云，'
     '只因她父親是常德市人大常委會主任。她，才是傳說中的官二代，她叫劉瓊。”5月30日，網友“@時代迷'
     '思”的一條微博引發了強烈關注，不到兩天時間內就被轉發兩萬多次。此后，有網絡媒體向常德市委組織部核'
     '實劉瓊的簡歷，卻得到“劉瓊簡歷是工作秘密，暫不對社會公開”的答復，再度引發網民熱議。經常德市委聯'
     '合調查組調查，1979年出生的劉瓊，1997年自常德財經學校（中專）畢業后分配到常德市漢壽縣財政'
     '局下屬征管所工作，繼而在湖南財經學院成教大專班脫產學習2年，其間違規轉正定級；2002年11月至'
     '2007年3月先后掛職擔任常德市桃源縣浯溪鄉黨委副書記、鄉長、黨委書記，掛職期間違規提拔任用；2'
     '009年11月掛職擔任石門縣委副書記，不符合有關文件規定。在劉瓊被免職的同時，據悉，湖南省紀委已'
     '對常德市人大常委會原主任劉本之（劉瓊父親，已退休）在劉瓊提拔任用過程中是否施加職務影響的有關情況'
     '進行調查。一個“火箭提拔”的官二代倒下了，但還有多少官二代尚“帶病”在崗或將被提拔？事實上，隨著'
     '近年來諸多此類事件被密集曝光，其已然成為社會公憤。干部選拔任用規則的漏洞，權力世襲造就的社會不公'
     '和階層固化傾向，正在成為普通民眾實現所謂“中國夢”的一大阻礙。',
     'in', None, False, ['选人用人', '组织纪律'],
     [('劉瓊', '縣委副書記', '石門縣'), ('劉本之', '原主任', '常德市人大常委會')]),
    # 05
    ('http://ziyunbokee.blog.epochtimes.com/article/show?articleid=39402',
     '年龄时而加几岁、时而减几岁，像弹簧一样伸缩自如……近期有的地方曝出干部给年龄“整容”事件，如山西'
     '河津住建局局长数次年龄造假、山西临县女干部招工年龄造假等，引发公众质疑。这些干部为什么要炮制“弹'
     '簧年龄”？层层把关下，为何能一路“绿灯”？6月初，山西河津市委召开常委会议，提名免去了薛新民河津'
     '市住建局局长职务。此前，薛新民被网络曝光，其为了入党、升迁，先后数次填报不同出生日期，最大的19'
     '60年，最小的1969年，跨越整个60年代，有网民说他创下年龄“整容”纪录。“薛新民的档案里有几'
     '种年龄？”记者在河津市采访了解到，经组织部门调查核实，薛新民的档案里有4种不同的年龄记载。而关于'
     '他的真实年龄，此前始终不为外人所知。其在户口登记、升迁等4份文件中，填报了4种不同的出生日期，即'
     '1960年、1963年、1967年和1969年。经核查后认定，他的出生日期为1967年。不仅如此'
     '，在学历问题上，薛新民取得的专科学历为假学历，本科学历为国家不承认学历。事实上，像薛新民一样拥有'
     '“弹簧年龄”的干部时有曝出。2011年3月，陕西周至县副科长姚某被曝年龄造假。周至县联合调查组回'
     '应称，姚某将出生日期由1962年改为1965年，因其1977年参加工作，于是出现“12岁上班”的'
     '怪相。“要大改大、要小改小，这简直把年龄当儿戏了！”一些群众说：档案记载是很严肃的事，这些干部有'
     '什么能耐，可以随意改变年龄？记者调查了解到，薛新民从一般工作人员开始，到乡镇党委书记、市住建局局'
     '长，其间经历过多次人事变动。然而，层层把关下，“弹簧年龄”还是出笼了。',
     'in', None, False, ['组织纪律', '选人用人'],
     [('薛新民', '局长', '河津市住建局'), (None, '女干部', '临县'), ('姚某', '副科长', '周至县')]),
    # 06
    ('http://zt.dxbei.com/w/20120411/29961.html',
     '“除非他们（贪腐裸官）认为自己已经暴露或者存在巨大的暴露风险，否则就不会出逃。”杨光说，“出逃本'
     '身也有风险，他们最大的希望是平安着陆，退休，淡出人们的视野，悄无声息地离开。”中国银行广东开平支'
     '行原行长余振东，2004年4月8日自美国遣返回中国，是中国56年来自美国遣返的第一个贪官。陕西省'
     '政协原副主席庞家钰，引出“裸体做官”一词。其妻儿早于2002年移民加拿大。庞家钰自己在国内当官腐'
     '败，直至2008年6月被判刑。福建省工商行政管理局原局长周金伙，在被纪检部门约谈后，在一张纸上写'
     '了一段话，旋即潜逃美国，与妻女团聚。温州市鹿城区原区委书记杨湘洪，在率团考察法国时，突然“腰突”'
     '病复发，滞留不归，“裸官”一词伴随着杨湘洪事件的海量报道从网络进入传统媒体。2011年，配偶子女'
     '均已移居国（境）外的中国领导干部们首次集中报告，在“裸官”这个词诞生3年后，“裸官”群体首次浮出'
     '水面。',
     'in', None, False, ['组织纪律', '贪污贿赂'],
     [('余振东', '原行长', '中国银行广东开平支行'), ('庞家钰', '政协原副主席', '陕西省'), ('周金伙', '原局长', '福建省工商行政管理局'), ('杨湘洪', '原区委书记', '温州市鹿城区')]),
    # 07
    ('http://wmf.fjsen.com/2010-05/18/content_3217843_2.htm',
     '4月8日，三亚市人力资源和社会保障局在其网站挂出《三亚市新型农村养老保险服务中心、三亚市小额贷款'
     '担保中心招聘工作人员公告》，面向30岁以下的三亚生源招聘工作人员。5月8日，笔试如期举行。11日'
     '，三亚市人力资源和社会保障局网站公布笔试成绩及入围面试人员名单，一名叫温娉婷的考生行政能力测试取'
     '得99分。笔试结果公布当天，网友“地主橙子”在一家网站上发帖《三亚小额贷款担保中心招考工作人员，'
     '惊现行政职业能力测试99分的牛人》，由于行政能力测试题难度之大众人皆知，此帖一出引发热议。“99'
     '分”温娉婷很快遭到网友人肉搜索，其个人资料背景显示，“其所报考的单位系三亚市社保局内科室机构，而'
     '三亚市社保局现任局长温孝廉与温娉婷是父女关系。”在记者随后的调查中，三亚市社保局局长温孝廉与温娉'
     '婷的父女关系得到证实，三亚市社保局和三亚市小额贷款担保中心都隶属于三亚市人力资源和社会保障局，属'
     '于同一系统。更让人匪夷所思的是，公告要求，考生需要提供报到证（或派遣证、介绍信）以及学历专业证书'
     '原件及复印件，而正在上大学的温娉婷要到2010年7月才毕业，不具备报名的条件。此外，考前公布的报'
     '名名单公示中，并没有温娉婷的名字，可在考试后公布笔试成绩及入围面试人员名单中，温娉婷却赫然在列。'
     '事发后，三亚市社保局局长温孝廉接受记者采访时说：“我女儿这次考试得了99分，我只知道是她自己提前'
     '一年准备公务员考试的努力成果，我没有干预过我女儿的考试。如果说我女儿的成绩有问题，有关部门可以去'
     '查成绩。”',
     'in', None, False, ['组织纪律', '廉洁纪律'],
     [('温孝廉', '局长', '三亚市社保局')]),
    # 08
    ('https://wxredian.com/art?id=f0299fabdd97a58e5b6d0d2ab5f8ae1d',
     '在近期各地发布的党纪政务处分通报中，中信投资控股有限公司原党委委员、副董事长张旭，原银监会处置非'
     '法集资办公室主任刘张君等多人被指存在“违规兼职取酬”问题。近年来，个别党员干部和公职人员一边领取'
     '国家发放的工资，一边通过兼职从企业赚“外快”，不仅易滋生腐败问题，还可能导致经济组织间的不平等竞'
     '争，扰乱经济秩序。违规兼职问题有哪些典型表现？纪律、法律中有何规定？纪检监察机关如何纠治此类问题'
     '？记者进行了采访。记者梳理发现，违规兼职取酬的表现主要包括在职兼职和退（离）休后兼职。一些违规兼'
     '职行为披上“隐身衣”，挂证取酬、隐名兼职等形式趋于隐蔽。在职兼职，是指在本职工作之余违反规定在经'
     '济实体、社会团体等单位中兼职取酬，或经批准兼职但违规取酬。2020年7月至9月，山东省乐陵市总工'
     '会党组成员申某某根据组织安排到某企业挂职帮扶。挂职期间，申某某在原单位正常领取工资，同时借用其表'
     '妹的银行卡在挂职企业领取薪酬。2023年12月，申某某受到党内警告处分。',
     'in', None, False, ['廉洁纪律'],
     [('张旭', '原党委委员、副董事长', '中信投资控股有限公司'), ('刘张君', '处置非法集资办公室主任', '银监会'), ('申某某', '党组成员', '乐陵市总工会')]),
    # 09
    ('http://gxctzb.com/html/dflzjs/20240902/998.html',
     '安徽省淮北市委原副书记操隆山“自身不正、家风不严”“对亲属失管失教”；贵州省铜仁市人大常委会原副'
     '厅长级干部陈代文“不重视家风家教建设，对家人失管失教”……近期多起通报涉及党员干部家风不正、对亲'
     '属失管失教问题。违纪违法干部自身不正，家风就很难端正，不良家风反过来还会推波助澜，致使党员干部在'
     '亲情裹挟中迷失方向、逾越纪法红线。近日，湖南省纪委监委通报6起领导干部家风不正、家风败坏典型案例'
     '。湘西州委原副书记、州人民政府原州长龙晓华便是其中之一。“自身不正、治家不严最终酿成了家庭悲剧。'
     '”该省纪委监委第一监督检查室副主任何中林介绍，龙晓华亲情观扭曲，早年其亲属就通过她“打招呼”，在'
     '老家花垣县承揽采矿项目捞钱，随着职务升迁，她还默许胞兄、表弟等亲属利用其影响力为他人谋利，直接或'
     '伙同亲属受贿。梳理近年来查处的违纪违法案件发现，党员干部违纪违法问题常与家风败坏密切相关、相互影'
     '响。有的自身不正不廉，带坏家人，搞家庭腐败；有的亲情观错位，把纵容默许当作关爱补偿；有的公权私用'
     '，为亲属“打招呼”“站台”，争取工程项目……与家风不正相关的腐败问题，形式和手段隐蔽间接。此前，'
     '江苏省南京市纪委监委查处了南京市六合经济开发区党工委原书记鲁其凤案。鲁其凤对子女失管失教，帮助儿'
     '子违规承接工程项目，其子也利用鲁其凤职权影响帮他人谋利，而被父子二人“打招呼”的领导干部，与鲁其'
     '凤却并没有直接职务隶属或制约关系。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('操隆山', '市委原副书记', '淮北市'), ('陈代文', '原副厅长级干部', '铜仁市人大常委会'), ('龙晓华', '州委原副书记、州人民政府原州长', '湘西州'), ('鲁其凤', '党工委原书记', '南京市六合经济开发区')]),
    # 10
    ('http://m.xiaoleidm.com/show/18441.html',
     '因为勾了地，全家人指望父亲一人的工资，生活紧张。正好，他们的单位因时间紧，任务重，人员少，招收内'
     '部子女、非农业户囗的待业青年。当时，我刚初中毕业，符合条件，经过考试、筛选，我被县税务局录取了，'
     '并签了合同。培训结束时，县局长鼓励我们好好干，一定给我们转。把我们的名单报到劳动局，劳动局要加他'
     '们的子女，报到财局，财局要加他们的子女。税务局长看到添加的人员太多，没有答应，他们就卡着不给办。'
     '县局长怕影响我们的工作情绪，专门召到县局开了会，说这次转不了，晚天一定给我们转。年底，县政府动人'
     '，老局长还不知怎么回事，就被花了钱的某乡书记顶下去了。交接时，老局长对新任的局长专门说了我们的事'
     '。新局长因为是花钱买上来的，他就想要我们给他花钱。他不明说，家长们觉着他是领导，老局长又许了，所'
     '以就耐心地等待着。刚上去，他也许诺给我们转，因没得到我们的钱，而压着不给我们办，一下就叫我们等了'
     '十六年，最终以他退休，换了新局长，不问情况，以农村代征员身份，硬咯硬地把我们辞退了。因为我们不懂'
     '法，更因为我们家里没地、拖家带囗地要生活，天南海北地去打工，养家糊囗。等以后知道了劳动法，去找他'
     '们，他们以辞退时间长为借囗，不受理。到执法部门去询问，他们也是如此说。我们被耽误的六年，就这样白'
     '白过去吗？谁能主持正义，帮我们弱势人说话？',
     'in', None, True, ['选人用人', '廉洁纪律'],
     [(None, '局长', '县税务局')]),
    # 11
    ('https://ppfocus.com/0/edae7680b.html',
     '檔案和身份證上的名字對不上，也能矇混這麼久？近日，隨著被頂替者索賠183萬，發生在陝西吳起的一起'
     '涉冒名頂替陳年舊案，又浮出水面。據新京報報導，1999年，17歲的吳起少年楊登科初中畢業報考了中'
     '專，卻被黃世權冒名頂替。楊登科復讀後於2002年考上了大專。2005年，他畢業後發現自己初中學籍'
     '在檔案中處於空缺狀態，同時，他發現另一個「楊登科」黃世權已當了多年公務員，並先後擔任副鎮長、街道'
     '辦副主任等職務。從2006年開始，楊登科多次實名舉報「假楊登科」均無果。2018年4月，楊登科將'
     '舉報內容發布在網上，引發關注後，假「楊登科」黃世權被停職，並接受縣紀委監委審查。前有被頂替上大學'
     '的王娜娜，後有被堂姐冒用學籍的黃海霞……這幾年，冒名頂替上學事件時有爆出，已經讓民眾陷入「審醜疲'
     '勞」。吳起的這起案件有些地方仍讓人大跌眼鏡。最奇葩的，就是冒名頂替者的人事檔案跟單位用名不一樣。'
     '據了解，黃世權的身份證和單位公示名字用的都是「黃登科」（黃世權曾改名黃登科），可人事檔案的姓名欄'
     '寫的卻是「楊登科」——連姓都不一樣，按說疑點很明顯。都說「行不更名，坐不改姓」，當事人在這些關鍵'
     '材料、證件上姓名都不一，顯然不太正常。從常理看，人事檔案是考察幹部能力、業績與現實表現的基礎性材'
     '料，是選任幹部的重要依據。檔案上名字跟實際使用名字不符，在公務人員錄用、選拔、任免等環節都很容易'
     '發現。可為什麼黃世權職務發生多次變化，「姓名上的貓膩」卻遲遲未被揪出？這到底是工作疏忽，還是選擇'
     '性失明？而被頂替者「實名舉報12年無果」，似乎已給出了答案。',
     'in', None, True, ['组织纪律', '选人用人'],
     [('黃世權', '副鎮長', None)]),
    # 12
    ('http://news.qingdaonews.com/shehui/2014-09/14/content_10672812.htm',
     '“在今年的临高县2014年公开招聘事业单位工作人员过程中，2014年8月23日在临高中学举行笔试'
     '，2014年8月25日在临高政府网上公布笔试成绩，速度可谓神速，临高县人社局正副局长的家属和秘书'
     '一并高分“杀入”面试。在本次考试中其他考生的笔试分数都是四五十分，吴俊卿（女）75.5分、谢慧聪'
     '76.5分、刘招73.5分和谢一仕76分等4人却是七十以上的高分。因为四人分别是县人社局局长、副'
     '局长的秘书、亲哥哥、直接下属及子女，怀疑是‘萝卜招聘’。”近日，网友“杨过”在网上发帖称，临高县'
     '人社局8月23日公开招聘2014年事业单位工作人员，考试规则不公平，过程不透明，县人社局局长、副'
     '局长的秘书、亲哥哥、直接下属及子女高分“杀入”面试，怀疑是“萝卜招聘”。据“杨过”反映，此次招聘'
     '考卷并非由省有关部门出题，而是临高县人社局出题，做题没有答题卡，考生直接在试卷上用笔作答；开考前'
     '监考老师没有核查考生的准考证和身份证，考生随意进去，有些考生年龄已经超过了35岁，有的专业不对口'
     '。他印象里和两名考生认识，其中考生谢慧聪和其亲戚谢家文年龄均超过了35岁，谢慧聪系临高县人社局谢'
     '慧亮局长的哥哥。8月25日公布考试成绩后，感觉分数也有猫腻，他怀疑评卷过程中有人做了“手脚”。',
     'in', None, False, ['组织纪律', '廉洁纪律'],
     [('谢慧亮', '局长', '临高县人社局'), (None, '副局长', '临高县人社局')]),
    # 13
    ('https://wenshu.nlaw.org/Administrative/102900.html',
     '原告于洪艳，女，住吉林市船营区。委托代理人何金平，男。被告吉林市社会保险事业管理局，住所地吉林市'
     '船营区福绥街1号。法定代表人陈而新，局长。委托代理人尹文海，该局副局长。委托代理人刘吉伟，该局法'
     '律顾问。原告于洪艳诉被告吉林市社会保险事业管理局（下称吉林市社保局）社会保险养老金给付纠纷一案，'
     '原告于洪艳于2015年10月15日向本院提起行政诉讼，本院受理后，向被告吉林市社保局送达了起诉状'
     '副本及应诉通知书。本院依法组成合议庭，于2015年10月30日公开开庭审理了本案，原告于洪艳的委'
     '托代理人何金平，被告吉林市社保局的委托代理人尹文海、刘吉伟到庭参加诉讼。本案现已审理终结。原告于'
     '洪艳于2015年6月申请退休行政审批，吉林市人力资源和社会保障局（以下简称吉林市人社局）于201'
     '5年7月批准于洪艳退休，认定退休时间为2013年7月，被告吉林市社保局自2015年7月起为原告于'
     '洪艳发放退休养老金。原告于洪艳诉称，我于1965年xx月xx日出生，1986年12月参加工作，2'
     '002年8月从吉林市朝鲜族百货大楼下岗，2002年12月开始个人按时继续缴纳养老费。由于我的出生'
     '及身份证记载的出生时间均为1965年7月26日，故我认为退休时间应为2015年7月26日。当我达'
     '到退休年龄去吉林市就业局申请办理退休时，被告知为2013年7月退休，理由是档案中的入团登记表填写'
     '的是1963年7月26日，按政策规定法定退休时间为2013年7月，我为此找过吉林市就业局的有关领'
     '导及工作人员，答复说这是政策规定，我认为政策规定不能违反，于是吉林市社保局退回了我多缴纳的养老费'
     '，从2015年7月给我发放养老金。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.gqlawyer88.com/xwq/Read.asp?Q=1362&T=1&X=2',
     '劳动争议的官司能到最高人民法院的不多，所以，每个到最高人民法院的案件都值得关注和研究。今天我们就'
     '来关注一个《人民日报》报道的为了1万多点的加班费案件，最终惊动了最高人民检察院，由最高检抗诉，最'
     '高人民法院提审，最终改判的案件。2011年2月16日，39岁的唐某和重庆当地的一家超市订立了劳动'
     '合同。合同约定，唐某的这份工作实行标准工时制，即每日工作不超过8小时，每周工作时间不超过40小时'
     '，每周至少休息一日，劳动合同的起止时间为2011年2月17日至2014年3月31日。工作一段时间'
     '后，唐某发现，超市并未执行“每日工作不超过8小时，每周工作时间不超过40小时”的合同约定，而是每'
     '日工作8小时以上，每周工作6天，本来的休息日却成了工作日。唐某查询法律规定后得知，休息日安排劳动'
     '者工作又不能安排补休的，单位要支付不低于工资200%的工资报酬。然而，自己并没有拿到这部分加班费'
     '用。她向单位反映了这一问题，但沟通多次并无结果。申请劳动仲裁也没有结果后，2012年8月6日，唐'
     '某将超市告上法庭，其诉讼请求为：补发2011年3月1日至2012年6月30日休息日加班工资111'
     '81元、法定节假日加班工资1314元、被克扣的工资3600元；解除与超市之间的劳动关系；支付经济'
     '补偿金2400元；支付各项赔偿金共计12848元等。唐某的诉讼请求并未得到一审法院全部支持。一审'
     '法院判定：超市向唐某支付2011年3月1日至2012年6月30日国家法定节假日加班工资449.8'
     '元，并支付解除劳动合同经济补偿金2218.76元，解除双方签订的劳动合同。对于其它的诉讼请求，一'
     '审法院未予支持。2013年6月3日，唐某提起上诉，请求撤销原判决并依法进行改判。2013年9月2'
     '3日，重庆市第五中级法院驳回上诉、维持原判。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://wfqfy.hncourt.gov.cn/public/detail.php?id=1569',
     '“谢谢，谢谢安阳市文峰区法院执行局的执行法官们，没想到我们讨要工资几年，经过多少波折，都感觉没有'
     '希望要回的工资款，案件移送到你们安阳市文峰区法院，真没想到这么快就把我们的工资连本带息都给要回来'
     '了……”近日，家住汤阴县农民闫某某和林州的农民李某某在安阳市文峰区法院执行局拿到自己的工资款时含'
     '着眼泪激动地说。2009年3月，家住汤阴县韩庄乡的农民闫某某和林州市陵阳镇的农民李某某，分别经朋'
     '友介绍远离家乡到开封市某建筑工地打工，一直干了几个月，该工地建筑公司迟迟不给工资报酬。无耐，二位'
     '农民工于同年9月将该建筑公司状告至开封市劳动争议仲裁委员会，开封市劳动争议仲裁委员会经审查认为，'
     '根据劳社部发关于确立劳动关系有关事项的通知规定无法证明劳动者与用人单位存在劳动关系，对原告申诉不'
     '予受理，作出不予受理通知书。二位农民工不服劳动仲裁，将该建筑公司诉至开封市鼓楼区人民法院，201'
     '0年5月开封市鼓楼区人民法院经审理认为，开封市鼓楼区劳动争议仲裁委员会已认定原告无法证明其与用人'
     '单位存在劳动关系，原告也未提供确凿证据为由，判决驳回二原告的诉讼请求。二原告不服判决，伤心之余，'
     '继续上诉至开封市中级人民法院，经开封市中级人民法院重新进行了认真审理，查明了事实，认定原告与被告'
     '该建筑公司有事实上的劳动关系，原告在其工地付出了劳动，其劳动报酬理应得到法律的保护。2011年1'
     '月作出终审判决：撤销鼓楼区人民法院的判决，改判该建筑建筑公司分别支付二原告工资款7905元和78'
     '26元。判决生效后，该建筑公司还是不履行判决书所确定的义务，二原告向开封市鼓楼区人民法院申请强制'
     '执行。可这时，该工地早已完工，该建筑公司不知去向，无法执行。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://www.0831home.com/archive.php?aid=3041',
     '31年前，宜宾县高梨村的81名村民，以60亩责任地只得到17万元青苗补偿费为“入职条件”，换取了'
     '原宜宾县丝厂的“占地工”身份。在经历企业破产几番辗转后，这块土地中的一部分，在2008年重新招拍'
     '挂后带给了宜宾县上千万元的财政收入。“30多年前，一个普通农民能够进入工厂端上‘铁饭碗’是一件无'
     '比幸运、也是无比光荣的事情。”说这句话的人叫鲜德群，是原宜宾县丝厂的一名普通下岗职工。和一般的下'
     '岗工人不同，鲜德群自嘲属于那种“带着责任地进厂、下了岗一无所有”的农民工。上世纪70年代，鲜德群'
     '还是原天池公社高梨大队3小队的一名普通村姑。当时，在这个毗邻金沙江的村落里，农民劳作一天的工分能'
     '值一元钱。“这里原来是个蔬菜基地，种出的菜收成很好，和其他地方比，整个生产队的工分值算是高的了。'
     '”说到这里，鲜德群俯下身子捡起一小块脚下的泥土，用手捻了捻，眼中流露出一丝惋惜之意。直到1979'
     '年，宜宾县实施征地办“五小”企业的产业政策开始打破了这个原本闭塞村落的平静。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://bdf.4111490.cn/269e6/36159.html',
     '据中国之声《新闻纵横》报道，在河南省南阳市的镇平县，2011年的一个重点招商引资项目征用了当地农'
     '民将近千亩的土地。3年来，围绕与征地有关的纠纷却不断。村民投诉说，这起征地不仅涉嫌强征，被征土地'
     '一直闲置，而且失地农民至今都没能领到政府承诺的社会保障金。这笔保障金压根就没有，还是有了，根本就'
     '没用在农民身上？在镇平县南环路、镇韩路西南角一块被院墙圈起的荒地上，雪枫街道办事处南张庄村村民李'
     '富顺告诉记者，这块地原是旱涝保收的高产田，2011年县里说要征用建肉食加工厂，答应给失地农民办社'
     '会保障，到现在都没落实。农民：我们当时不同意，俺们说得把社会保障办了，他们说行。说给我们办生活保'
     '障金，结果没给我们办，签的也有协议。后来找他们，他们说这不属于县里管。根据征地安置补偿方案，这块'
     '地要出让给香港润达投资有限公司建设南阳润达肉食加工厂，共需征用231.5亩耕地，以每亩3.5万元'
     '的补偿安置费、850元的青苗补偿费、6785元的社会保障费补偿失地农民，签订时间为2011年4月'
     '6号。南张庄7组一位村民说，这个补偿方案他们事后才看到，征地就像是一夜之间发生的事情，有一天晚上'
     '，村干部突然拿着钱送到家里来，才知道自家的责任田被征走了。村民：等于都没人同意，没人签字。记者：'
     '开村民代表大会没有？村民：没有。连公示都没有。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://sydney.dangyiwang.com/content-101842410245010',
     '2016年湖北省公务员招考，夏敏（化名）报考了湖北省保密局宣传法规处科员职位，此职位招录1人。2'
     '016年6月23日，湖北省人事考试网公布了《湖北省部分省直单位2016年度考试录用公务员考试成绩'
     '折算汇总表》，夏敏位列第一，和夏敏一同进入考察阶段的还有第二名潘某。当年8月9日，夏敏接受了考察'
     '，9月7日参加了体检，考察体检均为合格。同年12月9日，湖北省人事考试网发布了《湖北省国家保密局'
     '2016年考试录用公务员拟录用人员公示》，将湖北省保密局拟录用人员潘某予以公示。公示发出后，夏敏'
     '及其家人多次提出异议。夏敏认为，她在某地级市政法委工作多年，并多年从事保密工作；而被录用者在湖北'
     '某县人社局工作。她认为自己更适合这个岗位。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://www.ppdoc.com/periodical/20b0817fb7dd5dd8a9266ba18f266ac2.html',
     '16年前，陕西延安安塞县一位代课教师，在被县里清退后与妻子发生激烈争吵，一怒之下，杀死妻子，跳崖'
     '自杀。他以近乎残忍的方式毁掉了自己的家庭，这次吵架的原因仅仅是妻子抱怨他做了一辈子教师，最后却落'
     '下一个被清退的结局，每月只拿200元代养费，在家吃闲饭。这位教师以生命作代价的抗争，最终并没有改'
     '变自己的身份。20多年的教龄，他没有盼来一直向往的“公办教师”身份，被清退时陪伴他的只有满墙的奖'
     '状和学生的眼泪。和这位代课教师有着相同经历的，在延安有800多人，他们大多在上世纪80年代开始从'
     '事教育工作，一度是延安农村小学教育的重要力量。直至2006年前后，他们陆续遭到延安各区县清退。离'
     '开三尺讲台，他们每月只能依靠政府补贴的200元代养费，艰难度日。迫于生计，这些教师有的到工地打零'
     '工，有的在市场卖服装，还有一位女教师，每天游走在县城的各个角落卖烤串，时刻担心着被城管发现。韩满'
     '盈，志丹县人，今年68岁。他现在是村里最穷的人，家也是村里最破的窑洞。然而，由于有着36年的教学'
     '生涯，韩满盈在村里的威望一直很高。他记得很清楚，2008年临近学期末的一个上午，一直备受村民尊敬'
     '的“民办教师”称号被县政府收了回去。“不认为我们是民办教师了，说我们是代课教师。”对于称呼上的变'
     '化，韩满盈很是困惑。“不要就说不要的话，名称还变了。我真的不懂。”',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://hbxxgk.huaibei.gov.cn/public/15/16005881.html',
     '本月，群众反映热点问题主要集中在城乡建设、城市管理、公用企业、劳动和社会保障等方面。其中，城乡建'
     '设类883件，占12.39%，主要反映物业服务、道路市政设施、保障性住房等问题；城市管理类622'
     '件，占9.29%，主要反映下水道堵塞、违法搭建、占道经营等问题；公用企业类596件，占总量的8.'
     '37%，主要反映供水、供电、燃气、公交等问题；劳动和社会保障类582件，占8.17%，主要反映工'
     '资发放、养老保险等问题；以上问题经过相关部门认真调查处理，已基本得到有效解决。1月份，市长热线接'
     '到市民关于讨要工资的问题不绝于耳。据统计，1月份接到此类电话275件。葛先生反映于2016年在朱'
     '庄煤矿安置房从事木工，至今仍拖欠其二十多万工资未支付，望协调处理。张先生反映2018年8月25日'
     '到9月底在中航环卫做运输垃圾工作，工资一直未发放，望尽快协调解决。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://chchumg.com/a/nong-chang-zhi-gong-tui-bu-liao-xiu-shui-lai-zheng-ming-wo-shi-wo.html',
     '到了退休年齡卻辦不了退休手續，經查詢才發現自己的人事檔案被他人冒名頂替，早已被調往它處。爲拿回檔'
     '案辦理退休手續，海南省臨高縣加來農場的部分職工前後奔波五年多，輾轉農場、派出所、法院、社保局甚至'
     '紀委等多部門，但問題一直沒有得到解決，當事人還面臨着如何證明我是“我”的窘境。對海南省臨高縣加來'
     '農場的陳愛麗、符淑珍、符淑汝等人來說，自2011年至今，有一件事情一直很鬧心：在辦理退休過程中，'
     '在自己辛苦工作了一輩子的農場卻找不到自己的人事檔案，辦理不了退休手續。經多方查詢，她們發現自己的'
     '人事檔案已經於上世紀八九十年代被調往海南其他市縣，被其他人冒名使用，爲拿回檔案，三家人奔波了五年'
     '多，至今無果。1960年出生的符淑珍是臨高縣加來農場大堯區二隊的職工，2011年加來農場場部發出'
     '通知稱，農場職工臨近退休年齡可以查詢是否符合提前退休條件。“一查才發現自己的檔案1993年已經調'
     '入白沙縣珠碧江農場。根本辦不了退休手續。”符淑珍告訴記者。經過一年的多方打聽，符淑珍發現一個叫符'
     '玉瓊的人，冒用了她的人事檔案，並以符淑珍的名義在珠碧江農場工作。類似的事情加來農場職工陳愛麗也遭'
     '遇到了。陳愛麗原爲該農場平樂作業區三隊職工，臨高縣加來農場人力資源和社會保障辦公室出具的《批准當'
     '工人名冊》顯示，陳愛麗檔案1990調入紅華農場。經陳愛麗之子譚志方多方查證，發現該縣一名中巴客運'
     '售票員譚瓊麗頂用其母親檔案。譚志方告訴記者：“2013年我找過譚瓊麗，她希望花6萬元私了，但後來'
     '反悔了。”',
     'out', '个人利益诉求', False, [],
     []),
    # 22
    ('https://meishan.scol.com.cn/qsx/201901/56805858.html',
     '“950、1290、1350、1500……这组数字没有特别的含义，其实是我在调研中，获得的几个县'
     '村干部的实际工资收入。”1月16日，十三届全国人大代表、省人大代表、青神县中学副校长王晓梅表示，'
     '今年省两会上自己的建议是“关于落实待遇有力推进村干部队伍建设的建议”。王晓梅说，随着乡村振兴战略'
     '的实施，村干部的工作量很大，但是多数村干部工资普遍偏低。“适当提高村干部的待遇，增强他们工作积极'
     '性，加强村干部队伍建设。”',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH51, "fresh51")
