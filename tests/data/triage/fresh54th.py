"""Sealed batch fresh56: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: the education sector at county level: 教育局 heads and the 教育局 staff who run school
meals, school heads and 中心校/学区 heads; 乱收费 (补课费, 资料费, 择校费, 门禁费), 营养餐 and canteen
money, 教师编制 sold as 民转公 指标, a head who took bribes for posts and works, public-funded
travel and "校长纪念日" banquets, retaliation against teachers who reported; out items are parents'
and teachers' own claims (school places, a disabled child's school, a rural teacher's transfer, a
dismissed 民办教师's lawsuit, a pupil's injury suit), land and demolition claims around schools, a
school-bus request and canteen prices. Sources (stored-pages search): a 禹州 一高 乱收费 item; a
查字典 copy of the 凤凰县 营养餐 问责 report; a 遵义日报 piece on the 务川 大坪街道 school head
(traditional); a 南方都市报 copy on the 庆安 编制 sale; a news copy on the 儋州 八一中学 head; a
中新网 copy on the 铜仁 二中 public-funded travel; a forum post quoting a rural deputy head's WeChat
message; a 中新网 copy of the 宜兴 纪委 notice on school meal money; a 方圆 magazine piece on the
裕安区 教育局长; a parent's post on the 栗雨小学 gate fee; a 2006 report on the 乐平 镇桥二中 teacher
couple (traditional); a 2015 report on 邵玉琴's title dispute after reporting her head (traditional);
out items: a 吉林高院 ruling on a dismissed 民办教师's appeal, a 怀安县 pupil-injury suit, a 南方农村报
copy on the 陆河 水唇中学 land, a 法治周末 copy on the 新沂 东方中学 demolition, a 茂名 forum post on
school places, a 彭州 message on a transfer, a 屯溪 hotline item on a disabled child, a rural
teacher's message from 秦州, a 洛阳 message on a cancelled school bus with the 镇's reply and a 聊城
message on canteen prices. Three texts are in traditional script (items 3, 11, 12).

Conventions: as in the earlier sealed batches (see fresh38th.py, fresh44th.py, fresh50th.py).
Excerpts as published (whole sentences kept, some paragraphs and sentences cut; page junk such as
headlines, sub-headings, image captions, pull quotes, bylines, datelines, source tags ("南都讯 记者…",
"中新网无锡3月20日电 (记者…)", "文|高达"), labels ("《市民热线》听众反映:", "市教育局答复:",
"回复部门:…"), a court header, "(完)" and a phone sentence removed; paragraphs joined; ASCII
punctuation written full-width except inside numbers; stray spaces the pages put between
sentences removed (001, 007, 019, 022)). Page typos and oddities kept ("成長髮育", "捞金自己腰包",
"200格获奖名额", "接口" for 借口, "职来技术", "上诉人行政乱作", the lost digits "017年", "年8月份" and
"医疗费.65元", "，，", the unbalanced quotes of 018 and 021, "伊政发[85]96号"). scope "in" for alleged
misconduct of a party member or public official (school heads of public schools included), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, teachers
who report, bribers, firms and officials who only handled, investigated, announced or answered are
not accused; an organ accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names as written, positions as the post written with the name, units the named
body written with it; unit None when the text ties the person to no named body. Topics only from
the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 4 (017-020), 其他 2 (021,
022). 21 accused entries, all in items 1-12: 13 with a full name, 2 masked (张某, 岑某某), 6 post
only (four in 004, one each in 007 and 011). Out items have no accused entry.

Close calls:
 1  张某 is first "河南省禹州市第一高中校长张某" (later "学校校长、党总支副书记张某"): position '校长',
    unit '禹州市第一高中'. The school's 乱收费 (补课费, 校服费, 择校费) gives 群众纪律, the 回扣 and
    小金库 廉洁纪律. The 纪委 and 监察局 only decide.
 2  Five accused, all removed for the 营养餐: the 勤管站 heads with unit '凤凰县教育局勤管站' (the
    station named inside the 教育局), 吴生汉 with '凤凰县腊尔山学区', the two deputies with '腊尔山完小'.
    The 支教 student 小梁 only reports; the 州 and 县 governments only act. 工作纪律 for the management
    failure, 群众纪律 for the short-changed pupils' meals.
 3  Traditional; the page's headline and "Hi!讀懂遵義…" header cut. 夏應江 is first "街道中心完小校長
    夏應江" under "務川自治縣大坪街道"; unit '大坪街道中心完小' as written later in full. 套取挪用 of
    营养餐 money: 廉洁纪律 and 群众纪律. The 纪委 and its 調查組 only act.
 4  A 2015 report on a teachers' web post. Six accused: 董国生 (副县长, suspended by the 纪委 and
    father of 董喜; the text gives no reason, but a 纪委 suspension counts as an allegation here);
    the four leaders named only by post ("原庆安县委书记、县长、教育局长、人事局长等人"): the "原" is
    kept on the first post only, as written, all with unit '庆安县'; 董喜 on the "官员买编卖编名单",
    first "原致富乡计生办助理董喜" (position '计生办助理', unit '致富乡'). The 民办教师 also wait for
    their own 转正 ("问题仍未解决"), but the post and the report are about the sale of 指标: not
    mixed. The 绥化市教育局 and its 人事科 only answer; 王明德 only reported. Topics 选人用人 (编制
    sold) and 贪污贿赂.
 5  Captions and sub-headings cut. 岑某某 is first "该校校长岑某某" after "儋州八一中学": unit '儋州八一中学'.
    He denies; the 邱老师 who report and the 教育局 调查组 are not accused. 八项规定 (banquets, 公款吃喝)
    and 廉洁纪律 (红包 from staff and 老板).
 6  The headline lines cut; the text stops before the sentence on the 工会主席 (cut off in the stored
    copy). 王德顺 is first "区委委员、铜仁市第二中学党委书记、校长王德顺": position '党委书记、校长' (the
    区委委员 seat is not the school post), unit '铜仁市第二中学'. The 48 teachers who travelled are an
    unnamed group of teachers, not officials: no entry. 罗钧贤 (纪委书记) only questions. 工作纪律 for
    the false "考察报告".
 7  A forum post relaying a rural deputy head's WeChat text; the text stops before the truncated
    "近一年". The writer (副校长) only reports; the accused is the 校长 of an unnamed "某乡镇小学":
    (None, '校长', None). The general "领导" gives no further entry. 套用经费 on fake prizes: 廉洁纪律,
    贪污贿赂.
 8  A 纪委 notice via 中新网; source tag and "(完)" cut. 吴亦章 ('校长', '宜兴市红塔中学') and 王亚军
    ('负责人', '官林丰义小学韶巷办学点', written without "宜兴市" at the name). Canteen money spent on
    staff gifts and 烟酒: 八项规定, 廉洁纪律.
 9  Magazine piece; the pull quote at the top, byline, sub-heading and truncated last sentence cut;
    "017年" is the page's (a lost drop-cap "2"). 胡厚明 first "六安市裕安区教育局原局长胡厚明": position
    '原局长'. 张大胜 and 黄山书社 are bribers, not accused. 选人用人 for the bribes for "职务调整".
10  A parent's short post: the 栗雨小学 forces a 200元 gate fee in compulsory education (摊派): in,
    群众纪律. The school and the "教育主管部门" are organs: no accused entry. Compare 022.
11  Mixed, traditional (a copy without the converted glosses). The teacher couple's own
    停课待岗 (an employment grievance) together with her report of the school's 乱收费 and missing
    5万. 張秋霞 (教育局紀委書記) only announces the suspension: not accused; the 教育局 acting against
    them is an organ. The accused is the 校長 who "暗示班主任" to collect: (None, '校長', '鎮橋二中').
12  Mixed, traditional; the sub-heading "上訪路一波三折" cut. 邵玉琴's own claim to a 副高 post
    (个人利益诉求) together with her report of 錢福龍 (first "儀征市大儀中心小學原校長錢福龍") diverting
    pupils' meal money to 吃請 and her allegation of retaliation by the 教育局 (an organ: 滥用职权,
    no entry). 衛剛 (揚州市教育局副局長) only answers.
13  涉法涉诉: an appeal ruling; the court header and the party line with birth date cut; the text
    stops before the truncated sentence. The 民办教师 alleges 行政不作为 by the county government, an
    organ, inside a lawsuit on his own post and pay. 赵树森 (校长) only told him.
14  涉法涉诉: a pupil-injury suit against a classmate and a 怀安县 school; the last, unfinished
    sentence on the share of damages cut; the lost digits kept.
15  征地拆迁, hard: villagers want back 33 亩 of collective land given for a school and built over with
    villas, and say the school and the 镇政府 "违反协议、变卖土地". The allegation names organs only, and
    the central matter is recovering the land: out, no accused. Sub-heading cut.
16  征地拆迁: a private school's owner waits four years for demolition compensation; "相互推诿" blames
    two offices as bodies. Captions and the standfirst cut.
17  个人利益诉求: a parent's forum post against a school-place allocation; "只想到开发商的利益" is a
    suspicion thrown at the 教育局 as a body, not an allegation against an official. The page's
    runs of question marks and "。。。" kept (written full-width).
18  个人利益诉求: a 拆迁户 asks to move her child to the school of her 户籍 area; the 教育局 staff only
    answer; the page's reply header (without reply text) cut.
19  个人利益诉求: a hotline caller asks for another school for a disabled child; the labels cut, the
    reply kept.
20  个人利益诉求, hard: a rural teacher asks to be transferred to town. "无钱无关系无门路" and "推辞不管"
    hint that transfers are bought, but no one and no act is named: out. Title cut; only the first
    of the page's several messages kept.
21  其他: a 网民's message on a cancelled school bus and the 诸葛镇's reply; the reply header and the
    sentence with the office phone number cut.
22  其他: a parent says a public 镇中学's canteen is too expensive and profitable. Unlike 010 it
    alleges no forced or illegal charge and no misconduct, only high prices and poor food: out. The
    title cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH56: list[Item] = [
    # 01
    ('https://jianzhensh.cn/kejiaowenwei/3877.html',
     '河南省禹州市第一高中校长张某因乱收费因此丢了“乌纱帽”。这是河南今年来查处的一起数额最大的教育乱收费'
     '案件。禹州市纪检、监察部门查实，去年春至今年春，禹州市一高违反有关规定，向学生收取上级明令取消的补课'
     '费31万多元，其间又收取教辅读物回扣5万余元、某保险公司付给的手续费3533元单独存放；去年秋，违反'
     '规定强制性向新入学的1348名学生收取校服费114580元。今年春，违规擅自扩大招生规模，多招收择校'
     '生1104人，收取择校费62万多元。纪检、监察部门认为，学校校长、党总支副书记张某，对该校乱收费、私'
     '设小金库、强制性收取新生服装费的行为负有主要领导责任。经禹州市纪委常委会议、监察局局长办公会议研究决'
     '定，并报请禹州市委、市政府批准，给予张某撤销禹州市一高党总支副书记和行政撤销其禹州市一高校长的处分。'
     '据了解，案发后违纪款已被追退。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('张某', '校长', '禹州市第一高中')]),
    # 02
    ('https://news.chazidian.com/news53896',
     '从湖南省凤凰县获悉，凤凰县教育局对支教老师微博曝光的农村义务教育学生营养餐问题启动问责，分别给予对学'
     '生营养餐负有全面管理责任的凤凰县教育局勤管站站长陈社教、凤凰县教育局勤管站副站长杨玉国免职处分；给予'
     '对学生营养餐发放管理环节负有领导和直接管理责任的凤凰县腊尔山学区校长吴生汉、腊尔山完小副校长吴根贤、'
     '腊尔山完小副校长石建平免职处分。针对湖南凤凰县支教的大三女生小梁老师在微博上反映的学生营养餐问题，湘'
     '西土家族苗族自治州和凤凰县两级政府高度重视，立刻深入调查，迅速做出回应，启动问责。分别对该县教育局和'
     '该县腊尔山学区对学生营养餐发放工作负有管理责任的凤凰县教育局勤管站站长、副站长以及腊尔山学区校长、腊'
     '尔山完小两名副校长作出免职处理决定。湘西州、凤凰县两级政府表示，对学生营养餐中出现的问题，欢迎社会监'
     '督，坚决严肃查处，决不姑息迁就，同时责令凤凰县教育局对学生营养餐存在的问题进行整改，确保让学生吃上足'
     '量放心的营养餐。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('陈社教', '站长', '凤凰县教育局勤管站'), ('杨玉国', '副站长', '凤凰县教育局勤管站'), ('吴生汉', '校长', '凤凰县腊尔山学区'), ('吴根贤', '副校长', '腊尔山完小'), ('石建平', '副校长', '腊尔山完小')]),
    # 03
    ('https://ttnews.xyz/a/5cb05a22dc9b5e75aaa67892?lang=zh-hant',
     '“我在學生營養餐上動歪腦筋，對不起學生，對不起學校，對不起組織。非常感謝組織給予我處分，讓我懸崖勒馬'
     '，沒有繼續犯錯。”在務川自治縣大坪街道近日舉行的警示教育大會上，街道中心完小校長夏應江懺悔道。學生營'
     '養餐關係到孩子們的成長髮育，是堅決不能跨越的道德底線和法紀底線。大坪街道中心完小營養餐“瘦身”事件還'
     '得從去年說起。2018年，務川自治縣紀委縣監委收到群眾匿名舉報，反映大坪街道中心完小校長夏應江挪用學'
     '生營養餐經費用於開展籃球活動經費支出。於是，縣紀委縣監委成立調查組對問題線索進行核實。“自你擔任大坪'
     '街道中心完小校長以來，學生營養餐資金有9940元被用於其他開支……情況是否屬實？”逐一鎖定證據後，調'
     '查組在與夏應江見面時，開門見山直指問題。在證據面前，夏應江如實交代了違紀事實：他在擔任大坪街道中心完'
     '小校長期間，通過虛報食材採購等方式，套取挪用營養餐資金，用於支付校際籃球聯誼活動等產生的生活費，安排'
     '食堂人員挪用學生營養餐食材加工飯菜，為校際籃球聯誼活動等供應生活餐，合計挪用資金9940元。鑑於夏應'
     '江在組織審查過程中，態度較好，主動交代了違紀情況，務川自治縣紀委決定給予其黨內警告處分。營養改善計劃'
     '資金被套取挪用問題暴露後，該縣狠抓建章立制和監管，認真落實教師付費陪餐、採購食材每週公示等制度，並不'
     '定期對全縣享受營養改善計劃學校資金使用情況進行核查抽查，全面堵塞漏洞。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('夏應江', '校長', '大坪街道中心完小')]),
    # 04
    ('http://www.cnlaw365.cn/yishubolan/20150513/6006.html',
     '5月12日，有黑龙江庆安县民办教师在网上发帖举报，该县大批官员涉嫌买卖教师编制。对此，绥化市教育局回'
     '应南都记者称，该局正清理审核教师档案。5月12日，在绥化市纪委通报庆安县副县长董国生被停职后，有该县'
     '民办教师在网上发帖，实名举报庆安县大批官员涉嫌买卖教师编制。举报帖称，原庆安县委书记、县长、教育局长'
     '、人事局长等人，从2000年至2004年合谋把300个民转公指标公开拍卖，每个指标从3万到5万元不等'
     '。今日上午，一名民办教师向南都记者反映，官员买卖编制事发2000年左右，“全县的300个转正指标，除'
     '1998年前后录用49人，剩下的指标都被官员瓜分卖出去了。”举报人告诉南都记者，他们从2008年至今'
     '向各级纪检干部反映过，甚至还跟对方发生过冲突，但至今无实质回应，问题仍未解决。南都记者注意到，举报帖'
     '还列出了“官员买编卖编名单”，这份名单包括原致富乡计生办助理董喜。早前举报董国生的网友王明德告诉南都'
     '记者，董喜是董国生的父亲。绥化市教育局方面告诉南都记者，已获悉网友举报，但编制不归教育局管，应由市编'
     '办负责。不过，该局人事科工作人员透露，目前该局正在清理、审核教师档案，预计将于月底结束。',
     'in', None, False, ['选人用人', '贪污贿赂'],
     [('董国生', '副县长', '庆安县'), (None, '原县委书记', '庆安县'), (None, '县长', '庆安县'), (None, '教育局长', '庆安县'), (None, '人事局长', '庆安县'), ('董喜', '计生办助理', '致富乡')]),
    # 05
    ('http://fashionlife.net.cn/a/society/20130717/23912.html',
     '“他来学校当校长是12月17日，之后他把每年的这一天作为‘校长纪念日’，至今已8年。每到这一天，他都'
     '要在高档酒楼里摆上几桌，邀请学校中层以上干部和部分老板参加，去喝酒的人心知肚明是要给红包的。”最近，'
     '儋州八一中学2名教师实名举报该校校长岑某某公款吃喝、摆宴敛财等问题。7月15日下午，被举报人岑校长对'
     '此作了回应，称自己遭人诬告，举报内容不属实。据了解，此事已引起儋州市教育局相关领导的高度重视，已成立'
     '调查组介入调查。“我们举报的都是事实，我们对举报的内容负责。”7月15日中午，在记者明确告知要“录音'
     '采访”的情况下，八一中学的邱老师等人拿着一大堆举报材料，向记者反映该校校长岑某某“摆宴敛财”、“公款'
     '吃喝”、“铺张浪费”等问题。邱老师称，在接受记者采访前，他们曾将举报材料发至多个网站论坛，在网上进行'
     '举报，但部分网帖莫名被删。举报人称，2004年12月份，岑某某到八一中学担任校长一职。“以后，他将每'
     '年的12月17日定为他的‘校长纪念日’，每到这一天，他都要在高档酒楼里摆上几桌，邀请学校中层以上干部'
     '和部分老板参加，去喝酒的人心知肚明是要给红包的。”举报人称，学校老师少的给300元，多的给500元，'
     '“他当校长8年多，已经摆了8次‘校长纪念日’酒宴，我都给过他几次红包了。至于那些老板给多少，我就不清'
     '楚了。”举报人还表示，岑某某及其家人过生日时，也要到儋州市区摆上几桌，主要参加者也是该校中层以上的老'
     '师。“他自己不掏一分钱，每次都带着学校的出纳，或者是其他老板买单。”',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('岑某某', '校长', '儋州八一中学')]),
    # 06
    ('https://m.9pinw.com/news_11679.html',
     '“区委委员、铜仁市第二中学党委书记、校长王德顺，同意高三教师以考察学习为名变相公款旅游，负有主要领导'
     '责任。经区委常委会讨论决定并报市纪委批准，决定给予王德顺党内严重警告处分，收缴违纪款9.6万元，并在'
     '全区通报批评……”近日，贵州省铜仁市碧江区纪委对市第二中学违反中央八项规定精神变相公款旅游典型问题发'
     '出通报。2015年7月至9月，碧江区纪委在开展“四风”突出问题集中专项整治行动中，通过查账查资料的方'
     '式发现铜仁市第二中学2014年有部分教师涉嫌用公款外出旅游的发票。于是，校长王德顺被请到了区纪委，当'
     '区委常委、纪委书记罗钧贤问及是否有教师公款外出旅游时，王德顺起初还为自己辩解：“教师那么辛苦，从高一'
     '带到高三很不容易，再说这是在中央八项规定出台之前就由校职代会讨论决定的，已经成为惯例……”罗钧贤当场'
     '打断了他的话头：“职代会决定能大过中央八项规定吗？中央三令五申不能公款旅游、公款吃喝、公款送礼，我们'
     '怎么能顶风违纪？这样做就是不守纪律、不讲规矩！”一席话，让王德顺醒悟过来，最终认识到了自己错误和问题'
     '的严重性。据了解，2013年6月，铜仁市第二中学向碧江区教育局书面报告暑假期间将组织学校相关教师到课'
     '改先进试验区江西考察学习。暑假期间，第二中学高三年级组的相关教师一行48人，经王德顺同意后，分三批外'
     '出旅游，其中两批去新疆，另一批去泰国。7月25日学习结束后虚报了赴江西参观学习考察报告。',
     'in', None, False, ['八项规定', '工作纪律'],
     [('王德顺', '党委书记、校长', '铜仁市第二中学')]),
    # 07
    ('https://bbs.aboluowang.com/forum.php?goto=lastpost&mod=redirect&tid=1028875',
     '中部某省某乡镇小学的一位女教师用微信给我发来很长一串文字。经她本人同意，我把她说的话发表出来。为保护'
     '她，我不能说出她的真实姓名，也不能把她发给我的图片发出来。以下是她的话。明知无望，还是想说，因为真实'
     '。真实地每天踏进学校，面对孩子们，我就觉得他们像是吞吐的机器的产物，老师就像是流水线上的工人，而领导'
     '，就是想尽各种办法，把钱捞金自己腰包的老板。因为懦弱，懦弱的没有办法抓住一点点证据，我看到的只是真实'
     '却无法证明其真实的东西。这不是我的悲哀，是教育战线的悲剧！乡镇，以圈子为社会关系，资源只在少数人手里'
     '，你不进圈，那你没资格议论圈里发生的事，说了，就叫非议，搞不好会有很多人说你不识相，和你走近的人越来'
     '越少。我从教快30年，稀里糊涂地就当上了副校长，以为人生从此会更美好，哪知却是痛苦的开始。当老师，你'
     '只要上课、坐班、回家，就可以了，你怎知学校还有那么多事情，那么多让你吃惊的事情！原来，学校还是个发财'
     '的好地方！如何获得更多的钱呢？套用经费！一年有四次考试，每次都做一个假奖励。以一次期中考试为例，制定'
     '了一个奖励计划，按照总分高低，给一二三等奖若干学生发实物奖励，五个年级总共200格获奖名额，为此需要'
     '经费将近5000元。但实际上呢，每个学生发一个一块钱的本子。校长特意嘱咐经办人，就买一块钱一本的。但'
     '排场还是要有。到了发奖的时候，学校从商店借来东西，让学生拿着拍照，连包装都不能打开。照完了，再把东西'
     '还给商店。写在奖励清单上的那些什么书包、球拍、篮球等，所有看上去诱人的奖品，都不是真正发给了学生。但'
     '他们还让孩子们签名，证明那些东西给了他们。你让我找证据，我哪来证据？但我眼睛看到的就是最好的证据。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [(None, '校长', None)]),
    # 08
    ('http://fashion.shanghaidx.net/article/html/26001.html',
     '3月20日，宜兴市纪律检查委员会通报了发生在该市的2起挤占学生餐费的典型案例。目前，宜兴市纪律检查委'
     '员会已责成宜兴市教育局对宜兴市红塔中学校长吴亦章、官林丰义小学韶巷办学点负责人王亚军立案调查。上述2'
     '起典型案例分别是：2016年1月，宜兴市红塔中学违规使用学校食堂伙食费盈余购买香菇、笋干各54份发给'
     '学校教师作为年终福利，共计4860元；2016年1月1日-2017年6月30日，宜兴市官林丰义小学韶'
     '巷办学点违规在食堂账户中列支1.6万元烟酒费。宜兴市纪律检查委员会发布的通报中提到，再穷不能穷教育，'
     '再苦不能苦孩子。上述2起典型案例充分表明了整肃教育领域不正之风、斩断伸向孩子餐费的黑手刻不容缓，体现'
     '了宜兴纪委对巡察移送线索直查快办的工作质效。通报还要求宜兴市教育局全力配合该市纪委高效率做好严查快处'
     '工作，持续加大专项治理力度，着力从源头上防范教育领域的不正之风，办好群众满意的教育。同时，通报中也提'
     '及：该市各级纪检监察组织要第一时间快查快结无锡市委巡察组反馈移送的线索，持续加大监督执纪问责工作力度'
     '，砸碎生长在学校食堂上的利益黑链，不断增强人民群众获得感、幸福感和安全感。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('吴亦章', '校长', '宜兴市红塔中学'), ('王亚军', '负责人', '官林丰义小学韶巷办学点')]),
    # 09
    ('http://www.fyfzw.cn/html/magazinefy/2018/0209/167.html',
     '017年8月到11月，安徽省六安市组织机关干部职工分批分次到该市党风廉政教育中心接受警示教育，促进廉'
     '洁奉公、廉政奉法。参观党风廉政教育中心接受警示教育中心的干部职工发现反贪腐的宣传墙上出现了一位新面孔'
     '：六安市裕安区教育局原局长胡厚明。胡厚明案2017年被六安市市纪委、市监察局编入《警示教育材料》中，'
     '其贪腐经过也逐渐被人所知。六安市金安区检察院起诉书显示，胡厚明自1999年至2013年，利用担任原县'
     '级六安市广电局局长、六安市裕安区教育局局长职务上的便利，为张大胜、黄山书社等个人或单位在工程建设、职'
     '务调整、教辅资料销售等方面谋取利益，竟然145次收受现金301.7万元。胡厚明受贿次数多又持续多年，'
     '将党和国家赋予的权力变成了摇钱树，着实令人气愤。2016年11月7日，由六安市金安区检察院立案侦查并'
     '依法提起公诉的六安市裕安区教育局原局长胡厚明涉嫌受贿罪一审判决，胡厚明被法院判处有期徒刑七年，并处罚'
     '金一百万元。如果翻看胡厚明的个人简历，这位曾经非常优秀的农家子弟，难免也让人叹息。1955年出生的胡'
     '厚明是安徽省六安市金安区施桥镇人，作为农家子弟，年轻时的胡厚明算是勤奋努力。他于1982年毕业于安徽'
     '师范大学中文系，作为恢复高考的第一批大学生，胡厚明是同龄中的佼佼者。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '选人用人'],
     [('胡厚明', '原局长', '六安市裕安区教育局')]),
    # 10
    ('https://100xue.net/puguangtai/1077030.html',
     '株洲市天元区栗雨小学强行设置进门门禁，向学生家长收取200元一年的费用，如果家长不缴费学生都无法通过'
     '校门入校。请问这种行为是否涉及校企或者教育主管部门的贪污腐败问题？小学教育本身就是义务教育，现在居然'
     '收进门费？以任何理由或者接口收取任何费用都是违背国家政策的。如果学校需要增强安保应该由学校或者教育主'
     '管部门协调解决，而不是一味摊派到学生家长身上。之前学校强行推过这种门禁，后来经举报暂时停止了，现在升'
     '级变本加厉死灰复燃。希望政府严查，阻止这种铜臭味污染校园！',
     'in', None, False, ['群众纪律'],
     []),
    # 11
    ('http://xieliaobaba.com//news/2006/2006-06-13/8/742972.shtml',
     '張秀英是江西省樂平市鎮橋二中的英語教師。就在十幾天前，她向有關部門遞交了一封檢舉樂平市鎮橋二中亂收費'
     '和財務不明的舉報信。然而隨后發生的事情，讓她幾乎精神崩潰。6月2日，舉報信發出后第七天，樂平市教育局'
     '紀委書記張秋霞來到學校，當眾宣布張秀英和華春水夫婦停課待崗。理由是，教育局接到學生家長舉報，并根據調'
     '查證實，兩人教學態度不認真，有“曠課”行為。張秀英怎么也想不明白，教育局為什么不到學校來調查核實舉報'
     '信中反映的情況，卻反過來調查處理他們夫妻倆。鎮橋二中是一所鄉鎮初級中學，在校學生有1500多人，4年'
     '來教育亂收費高達百萬元。“實在是看不過去啊！學生都是農家子弟，每次學校亂收費時，都有學生選擇輟學！”'
     '只要想起這些，張秀英心里就十分難受。“而且學校管理缺乏民主和公正，財務不明，校務也不公開，賬務只有幾'
     '個領導知道，里面存在很多問題，學校老師怨聲載道。是這些，讓我挺起腰桿，向上級反映情況的。”張秀英說。'
     '在舉報信中，張秀英詳細列舉了她當班主任幾年來學校要求收取的各項收費，僅2005年暑假，鎮橋二中就向初'
     '三的500多名學生每人收取了100元補課費和50元資料費。這種資料學生自己到書店去買，只需要20元左'
     '右。僅這一項加起來，就有7萬多元。當時發給補課教師的補課費及相關人員的費用，只有1萬元左右，用去的資'
     '料費也是1萬元左右，其余的近5萬元不知去向。除此之外，對初三學生來說，要繳納的還有寒假補課費、周末補'
     '課費以及老師的早中晚加班費。初一和初二的學生，被學校要求收取活動課費及期中期末的試卷費。這些收費是幾'
     '年來每年必收的。學校違規收費的高峰期是在假期來臨前，每次違規收費，都是校長暗示班主任去做。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [(None, '校長', '鎮橋二中')]),
    # 12
    ('http://m.bm-sj.com/html/news/gn/2015_09/02/15147292_3.html',
     '實名舉報校長，可能是邵玉琴這輩子做的最轟轟烈烈的事情。2013年7月，邵玉琴和其他兩位教師實名舉報儀'
     '征市大儀中心小學原校長錢福龍故意降低學生的伙食標準，從孩子們口中“摳”出來錢用于吃請招待。媒體報道后'
     '，當地教育部門介入，官方核查認定，錢福龍任校長期間，4年來共將24萬余元學生伙食費挪作他用。其校長職'
     '務隨后被免。“老婆眼里容不下沙子。”武學年說，妻子自幼喪父，自小與爺爺相依為命。從小在農村長大，受到'
     '很多幫助才上的學。因此，她認為不應挪用孩子的伙食費。兩個月后，邵玉琴所在的大儀中心小學舉行教師職稱評'
     '聘會，工作了10多年的邵玉琴符合小學高級教師的評審條件。據邵玉琴的舉報資料顯示，該評聘會并沒有按照揚'
     '州市相關文件執行。當時，該校未達全體教職工70%的教師參與民意測評，又實行以民意測評不滿80%一票否'
     '決。邵玉琴的參評資格被取消。為此，不服氣的邵玉琴向省市教育部門遞交申訴材料。上訪之路一波三折。直到2'
     '013年10月，儀征市教育局才重新確認了邵玉琴的參評資格。但2013年9月，有關儀征市教育系統事業單'
     '位崗位設置的相關規定，邵玉琴所在的學校副高崗核定數為6人。按照該校制定的方案，依據職齡和教齡打分，邵'
     '玉琴因為職齡和教齡短，無法被定崗為副高級崗。為此，邵玉琴至今不能獲得副高級崗聘用。邵玉琴在舉報資料中'
     '稱，她在實名舉報校長后，在職稱評審和聘用過程中，遭到當地教育局以不作為或濫用公權力方式，給其設置障礙'
     '和打擊報復。但教育部門回復是，評聘分開也符合相關規定。揚州市教育局副局長衛剛在今天江蘇省教育廳召開的'
     '新聞發布會上表示：“這個老師2013年之后，一直到現在沒有受到打擊報復的行為。”',
     'in', None, True, ['廉洁纪律', '八项规定', '滥用职权'],
     [('錢福龍', '原校長', '儀征市大儀中心小學')]),
    # 13
    ('https://wenshu.nlaw.org/Administrative/97647.html',
     '上诉人张光诉吉林省伊通满族自治县人民政府行政纠纷一案，不服四平市中级人民法院（2015）四行立初字第'
     '230号行政裁定，向本院提起上诉。张光提出上诉称，上诉人于1985年8月通过应届初三毕业生公平竞争考'
     '试考核择优录取进入伊通三中体育教师专业培训班学习两年，于1987年8月被政府安排回户口所在地——新家'
     '乡新家中心小学校参加民办教师工作，文件依据是伊通县人民政府“伊政发[85]96号文件《关于乡校联办幼'
     '师体育专业班的决定》”。1985年8月进入伊通三中学习体育专业技术及文化课。1987年7月取得体育专'
     '业职来技术高中毕业证书。1987年8月在伊通县教师进修学校进行中等师范专业知识学习。1989年7月取'
     '得中师毕业证。1988年7月10日取得小学教材教法合格证书。1991年取得民师任用证。1992年取得'
     '《专业技术职务资格证书》。1997年11月10日，取得《四平市事业单位工作人员证》。在1999年3月'
     '由伊通县新家中心校校长赵树森口头告知被“一刀切”辞退回家。其理由是：县政府以1987年以后参加工作的'
     '民办教师一律清退。上诉人回家当月的工资是180元，相当于公办教师工资的20%，自1999的3月起，上'
     '诉人被停发工资。上诉人系正式由伊通县人民政府任用的合格且优秀的民办教师，伊通县人民政府不履行依法落实'
     '上诉人教师法定待遇的行政职权，属于行政不作为；后来上诉人被口头告知不是民办教师，不能享受教师待遇，这'
     '是上诉人行政乱作的行为，伊通县人民政府的行为违反行政职权法定原则和信赖保护原则。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www1.kelamayizx.com/gjycs/8808.html',
     '近日，张某在其父亲的陪伴下来到法院，起诉了他曾经的同学王某和他生活学习了六年的怀安县某小学。通过了解'
     '发现事情的缘由竟然是因为5年前的一次意外。年8月份，刚刚开学的学校充满了生机，孩子们互道假期的愉悦，'
     '然而在一次课间休息时，张某与另两名女同学在楼道里追逐打闹，奔跑过程中，其中一名同学王某不慎摔倒，将在'
     '后面追赶的张某绊倒，导致张某受伤。学校及时联系医院治疗，经诊断，张某一颗牙齿冠折，一颗牙齿亚脱位，为'
     '此，张某花费医疗费.65元。张某父母多次和学校就赔偿事宜进行协商沟通，但始终没有结果，无奈之下，张某'
     '来到法院，提起诉讼。本案经开庭审理后，法官全面分析案件证据和事实，认为本案的焦点问题是侵权责任承担者'
     '的确定以及赔偿责任比例的划分。而解决焦点问题的关键证据就是学校的监控录像，法官通过反复多次观看学校监'
     '控录像，并将关键节点进行截图，发现被告王某在奔跑及摔倒过程中始终未与张某发生肢体接触，张某系在王某摔'
     '倒后继续向前奔跑，被摔倒的王某绊倒从而导致受伤。法官认为，王某摔倒与张某的追逐存在因果关系，且王某对'
     '其在摔倒后将张某绊倒的行为后果不具有预见性，故法院最终认定王某对张某的损害并无过错，不承担侵权责任。'
     '反观学校，其对在校的限制行为能力人具有教育、管理和保护的职责与义务，其虽然向法院提供了安全教育教案及'
     '行为规范、守则条例等学校出台的相关规定，但未提供直接证据证明如何向在校学生进行传达告知，且并未提供证'
     '据证明对张某和王某的追逐行为及时进行制止措施，故学校应承担相应的侵权责任。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://zixun.110.com/w/jwzs/201102/105713.html',
     '2月18日，时针已经指向午夜12点，陆河县水唇镇新丰村石马村小组的祖屋里，依然灯火通明、人声鼎沸。闪'
     '烁的灯影之下，数十位村民正在激烈讨论着和水唇镇政府的协商事宜。进入兔年，收回被“征用”的33亩土地，'
     '成为石马村民公共生活的头等大事。6年前，村民和水唇中学签订协议，同意其在村集体土地上修建学校；6年后'
     '，村民发现上述地块上“长出”的，却是座座别墅。于是，石马村民将矛头对准了水唇中学和水唇镇政府，指其“'
     '违反协议、变卖土地”。对此，水唇镇政府和水唇中学予以否认。相关负责人表示，学校用地被建成了别墅，是根'
     '据土地利用需要进行的正常规划调整。2月17日，南方农村报记者在现场看到，在已建成的三栋水唇中学教学楼'
     '旁边，有一名叫“佳源苑”的小区。小区里矗立着四栋三层高的联排别墅。每栋两户，共八户，全部坐东朝西。在'
     '四栋别墅旁，还有一栋三层高的洋楼和两处正在施工的地基。小区中停放着数辆宝马7系、奥迪A6、丰田SUV'
     '等型号的豪车，全部是深圳车牌。这个豪华别墅小区，便是石马村和水唇镇政府、水唇中学目前纠纷的症结所在。'
     '2004年，为支持水唇镇发展教育事业，石马村民与水唇中学达成协议。其中规定，水唇中学“征用”石马村的'
     '145亩土地用于新校区建设，而石马村民除了可以按照水田每亩4000元、旱地每亩1600元、山地每亩8'
     '00元的标准获得一定数量的补偿款外，镇政府可无偿解决其村小组办公用房问题，石马村学子就读水唇中学高中'
     '，还可免交择校及复读费等。在这份用地协议中，双方特别约定，水唇中学不得将上述地块挪作他用，否则石马村'
     '“有权将土地收回”。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('http://news.youth.cn/sh/201504/t20150401_6556170.htm',
     '“4年来，为了拆迁补偿，我们找相关部门两百多次，要么说资金紧张，要么霸王条款，或者找不到人，再加上北'
     '沟街道办与无锡—新沂工业园管委会相互推诿，至今没有定下来。”向法治周末记者诉苦的这位是新沂市东方中学'
     '董事长王明生。他告诉记者，用于学校的投资多数来源于亲朋借贷，学校停办了却拿不到补偿，债主天天上门，对'
     '他恶语相向甚至大打出手，令他度日如年。东方中学位于江苏省新沂市“无锡—新沂工业园”区内，却早于工业园'
     '在此“落户”5年，属招商引资项目，占地60多亩，建筑面积约3.8万平方米，是当地规模最大、教学质量最'
     '优的民办学校。2011年，东方中学拥有2500多名师生，达到开办以来的顶峰，5月16日，他们欢天喜地'
     '地举办了10周年校庆，正满怀信心地准备再上一个台阶，然而，仅仅过去4天，政府的一纸“工业园区规划需要'
     '”拆迁函便宣告东方中学终结。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://bbs.gdmm.com/thread-3155578-8-1.html',
     '2018年到了，从孩子上幼儿园开始无论早上还是晚上接送都是高峰时间，得早早让在熟睡中的孩子叫起来上学'
     '，因为我们早上也得上班，得早起来，送孩子上学，以及上班。如今孩子终于今年9月能读书一年级了。以前我们'
     '这里分配小学在福华九小，后来又重新分配到了愉园。如今2018年教育局竟然把高凉中路分配到了高水公路的'
     '新世纪学校就读，本人感到万分不解，不公平和不合理的安排。。。高凉中路附近离得几百米的，一千米左右的不'
     '按照就近入读，却分配到新世纪学校那么远？？符合就近入读吗？？？教育局每隔几年就重新分配孩子入学读书，'
     '请问你有没有想过别人家的困难，一个孩子在福华，一个愉园。如今一个新世纪？？接送孩子？？你们教育局帮忙'
     '接送吗？？如今很多人都觉得不合理，不公平。我们附近就近学校孩子不能读，去到那么远上课，无论是走路也好'
     '，踩自行车也罢，都存在危险的情况？我们不知道为什么会把离新世纪那么远的学校分配给孩子们读书，无论是为'
     '了新的楼盘发展也好，但是你们教育局不能如此地剥夺孩子们就近读书的学位。。请大家看看，我不是为了什么学'
     '校好与差，我只是觉得教育局的做法太过份了，随便分配孩子的入学，根本没有考虑孩子们就近入学，只想到开发'
     '商的利益。而且你们的利益是建在孩子和我们家长的困难上。我想问问你们教育局到底如何安排分配的？？？到你'
     '们教育局也是不理会，让我们走法律程序。。以前觉得旧社会的黑暗，怎么如今的社会更加黑暗呢？？',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://ly.scol.com.cn/thread?tid=3091342&display=2&typeid=6&act=type&page=9',
     '您好，我是彭州中学附属小学牡丹新城校区的拆迁户（现住学校对面的“龙锦C区”户籍地址：同住址）虽然有《'
     '义务教育法》规定“适龄儿童在户籍所在地就近入学”（彭州中学附属小学老校区距我们现住址只有1.2公里）'
     '但是我们因划片区教学问题，舍近求远，读了2.6公里以外的“东城小学”（现一年级下学期）。2023年5'
     '月，我们的户籍地划为了“彭州中学附属小学“的施教区，我想把孩子转到户籍地读书，教育局的工作人员却告知'
     '“彭州中学附属小学”只接受新生，不接受转校生。现在孩子就读的“东城小学”太远了，年轻人都要上班，都是'
     '老年人接送，十分的不方便，早起上学不仅影响小孩作息，上下学的交通隐患更是让一家人担心。希望领导和相关'
     '部门能理解一下为人父母这颗焦灼的心，我们希望能够转回来，就读对口划片区的小学，因为离家最近，步行小孩'
     '自己都能上下学，这也与义务教育就近入学原则相符，请领导能为我们解决这项小家的大事，万分感谢！！',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.hsnewsnet.cn/web/news/city/content_17274.shtml',
     '我家孩子肢体不方便，二级残疾，现在每天去学校都是父母背着上山去学校的。今年下半年就要升初中了，如果按'
     '学区分配的话，我家就读的学校在屯溪三中。三中在山上要爬很高的阶梯，孩子没有办法爬山去，随着年龄的增长'
     '，孩子也越来越大，我们的年龄也越来越大。每天背着孩子上山，确实已经背不动了，想换到一所比较便利的学校'
     '去读书，希望各位领导以及政府部门能给予解决孩子的就学困难问题。义务教育阶段招生入学坚持免试就近入学原'
     '则，有特殊困难的可向教育主管部门特殊申请。我局已与听众电话联系并解释相关政策，听众表示满意。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://gkcyc.com/news/gongzi/48266-2.html',
     '我是秦州农村的一名教师，从上班到现在工作有10年了，家里母亲重病行动不便，小孩又小都需人照顾，我找到'
     '有关部门，推辞不管。而跟我一起上班的同事有一半多都调进城了，和我一样还没进城的都是无钱无关系无门路的'
     '，由于社会的黑暗与不公，叫我们农村教师如何还能沉下身子好好教学？恳请书记大人能不能督促“诸侯们”制定'
     '一些好的机制，公平公正公开的选调老师进城，希望党的阳光能照到我们身上。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://people.lyd.com.cn/wenti/20250820214608915',
     '村里的学校没有了四年，撤学校时说的好好安排校车，孩子们上学的路却越来越长：“以前娃们挎着书包就能跑着'
     '上学，现在咋就这么难？张大爷，那声叹息里，有心疼，有无奈，还有对一条平坦上学路的，最朴素的盼。村里的'
     '学校空了四年，留下的只有留守儿童和老人。每天清晨，村口广场都站着几个送学的老人，望着班车消失在路尽头'
     '，才互相搀扶着往回走。他们看不懂课本上的字，却比谁都清楚：这条十几里的上学路，不仅磨破了孩子们的鞋，'
     '更磨着老人们的心——怕孩子赶不上车，，现在连校车都不来了，你让村里的孩子上学咋办该何去何从，让老人自'
     '己接送十几里吗？上学这件事，在城里是按时到校的寻常，在这儿，却成了留守儿童和老人用脚步丈量的难题，一'
     '步一步，都踩在对远方父母的牵挂和对安稳求学的渴望里。网民：您好！留言已收悉，经诸葛镇核实，现答复如下'
     '：诸葛镇接到群众反映校车取消上学接送难问题后，我镇高度重视，前期校车属于租赁性质，不符合校车安全使用'
     '规定，现我镇正在与市公交公司协调沟通开通公交专线，方便群众出行。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.lcxw.cn/zslc/web/ztc_detail.action?id=6948&sn=',
     '希望这条消息反映给聊城市教体局。朱老庄镇中学作为公立学校，食堂不应该以盈利为目的。但现在食堂分明赚大'
     '发了！早晨最基本的饭是4元，中午晚上都是光菜就7元，馒头另收钱4毛一个。也就是一个学生一天光吃饭就得'
     '20元钱！这对于大部分都是农村出身的孩子来说是不是太贵了？之前也反映过，度假区给的回复就是什么会督促'
     '食堂饭菜质量。但饭菜质量并没提高多少，还是白菜啊土豆啊冬瓜啊。说实在的话，学生吃这些菜是可以的，也没'
     '要求学生吃什么山珍海味，但是这个价格对于农村孩子来说太昂贵，很多孩子为了省钱一天只吃两顿饭或是自己带'
     '辣椒酱吃。孩子们都正在长身体，这样怎么可以呢！希望相关部门能保障农村孩子的健康成长！',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH56, "fresh56")
