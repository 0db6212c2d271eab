"""Sealed batch fresh109: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh107th.py; the batch and its row ids are "fresh109".)

Theme: transport and roads: 交通局 heads and staff taking builders' money, a 公路站 paying a
false payee, a 路政 car lent to a 驾校, examiners paid through 驾校 coaches, a 村官 taking the road
levy, 运政 and 运管 fines without ground, an 超限站 that lets its neighbours through, a 城管局
running taxis, a township cadre holding hauliers' pay, a 运管处 licensing an overlapping coach
line; out items are accident and bus-passenger suits, a taxi 份子钱 suit, road land and a road
holdout, taxi drivers against their firm, a learner's 关系费, a village bus stop and two roads
to be repaired or built properly. Sources (stored-pages search): a 中国日报 site copy on the 宁强
交通局 (何超, 刘华斌); a fx361 copy on the 江宁 交通局 拆迁 man 夏志国; a 纪委 site ("他山之石") story
on the 高邮 汤庄镇公路站 (叶俊); a 搜狐 copy of 中新网 on the 上蔡 华陂管理站 car; a copy of the 南国今报
on the 柳州 荣兴驾校 进贡; an icbw forum post on the 安岳 长喜村 road levy; a copy of a 《今日點擊》
report on 華陰 運政 (traditional); a copy of a 西安晚报 commentary on the 綏寧 城管局 taxis
(traditional); a hkwb.net commentary on the 尉氏 "3亿罚单"; a chinacar report on the 铜川
金锁关 超限站; a flfww148 report on 偃师 wages and 韩喜涛; a 铁血 forum copy of the 淮北 运管处
follow-up; out: the 江苏法院网 story on 溧水 accident suits, a 人民网 report on the 三亚 份子钱 suits,
a 香港01 report on a 利川 bus passenger's suit (traditional), a 110.com forum question from
羊木镇, a 搜狐 copy of 金黔在线 on the 修文 贵遵公路 holdout, a baogaosu copy of 云南网 on the 呈贡
taxi drivers, a 浙江在线 report on a 玉峰驾校 coach's 关系费, a 政民互动 letter on the 營臺 bus
(traditional), a 亮點黔西南 report on a 興義 鄉道 (traditional) and an icbw post on the 飞马桥村 road.
Five texts are in traditional script (items 7, 8, 15, 20, 21; the glossing pinyin of the pages'
converted copies removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
source tags ("金黔在线讯", "(记者 王京波)"), captions, the forums' scrambled anti-copy strings and
the truncated last sentences of the stored copies removed); paragraphs joined; ASCII punctuation
written full-width (no number here needed an exception); the stray space in "20 多万元" (011)
removed. Page typos and oddities kept ("一个多月钱", "按照村官金额", "完z成", "黄女士说",
"韩海涛" beside "韩喜涛", "段路爛難行", "依法稳妥着处理着", the lost full stops of 005, the unopened
quote "司机们没有饭吃…了！”" of 018). scope "in" for alleged misconduct of a party member or
public official (village cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 /
个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, firms, drivers, coaches and
contractors without a post and officials who only handled, investigated, announced or answered
are not accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed
accused official is (None, position, unit). Names, positions (as first written with the name,
"原" kept) and units as written, the province and city dropped from the unit as in fresh62th.py;
unit None when the text ties the person to no named unit. As in fresh75th.py: a citizen's fine
or refund and a taxi driver's claim on his firm are 个人利益诉求, accident and passenger suits 涉法
涉诉, bus stops and road repairs 其他; bribes are 贪污贿赂, fines without ground 滥用职权. Places and
dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 2 (018, 019), 其他 3 (020-022).
13 accused entries, all in items 1-12: 9 with a full name, 2 masked (吕某, and '李' from "李站长"),
2 post only. Item 005 is in scope with no accused entry. Out items have no accused entry.
Lengths 203 (020) to 708 (011) characters; short ones: 020 (203), 021 (287), 022 (312).

Close calls:
 1  The sub-heading "“潜规则”击垮“谨慎”局长" cut; ends before the truncated "但是，随着…" sentence.
    何超 and 刘华斌 as first written "汉中市宁强县交通局局长何超、副局长刘华斌" (the 副局长 after the
    局长's unit: same unit, as fresh104th.py's 左慧玲). The "其他4县、5人" are an unnamed group; the
    纪委 and 检察院 only investigate. Only 贪污贿赂.
 2  Byline cut; ends before the truncated "李元庆闻讯…" sentence. District level. 夏志国 '拆迁工作
    人员', '江宁区交通局'. In the kept text the money is only promised ("我绝不会亏待你", "当即表示同
    意"), but under "蝇贪" it is the allegation: 廉洁纪律 (插手工程) and 贪污贿赂. 李元庆 (化名) is a
    private contractor.
 3  A 纪委 site story; title, source line and the truncated "…周主任断定" sentence cut. 叶俊 '站长',
    '汤庄镇公路站'. Hard: 高金忠 is first written "公路站会计高金忠" ('会计', '公路站'); his slip "全是我
    ‘弄’的" is the only sign that he made the false payee's papers, read as an allegation. 许志坚 is
    a 邮递员 (no post); 周主任, 小冯 and 老李 investigate. 廉洁纪律 (虚假列支, IS.INT.09).
 4  Dateline and source cut; the page's ASCII closing quote of "“变身"" written ”. Hard: the 所长
    says the 当事人 disciplined is "华陂管理站的中队长"; the only staff member at the incident is
    "华陂管理站的工作人员吕某", read as that 当事人: one entry ('吕某', '工作人员', '华陂管理站') as first
    written (a second post-only entry for the 中队长 would count him twice). 龚所长 only answers;
    the 驾校 and the learner are private. 八项规定 (公车私用).
 5  A 南国今报 report whose copy lost its full stops ("得到通融张等人还称" kept); headline, the 导读
    (a repeat of the lead), byline and the run-in sub-head "学员：教练让每人集资150元“进贡”" cut; ends
    before the truncated "6月8日考试天，". The 考官 paid are an unnamed group (as fresh75th.py's 42
    考官): in, no entry. The 彭姓 and 罗姓 教练 are 驾校 staff. 廉洁纪律 (礼品礼金).
 6  A forum post; the scrambled strings between its lines removed. 李作地 '村官', '长喜村' (the 乡
    dropped, as a 镇 is dropped from a 村). The other "村官" are unnamed; the 队长 only tells; 刘笑国
    is a villager, 杨通海 the writer. 群众纪律 (集资) and 廉洁纪律 (taking the money).
 7  Traditional, glosses removed; the sub-heading "華陰運政亂罰款 想罰多少罰多少" cut; two sentences
    cut for a garbled span ("小轎車?yán)镛k理…" and the "而記者注意到這輛車…" that follows it), so two
    司機 lines follow each other; ends before the truncated last speaker line. One post-only entry
    for the speaking officer (as fresh75th.py item 9): '運政執法人員', '華陰市'. 群众纪律, 滥用职权.
 8  Traditional, a commentary; ends before the truncated "如果出租車經營者…". (None, '書記', '城管局')
    from "城管局書記擔任公司法定代表人" (no 縣 in that phrase). 趙逢春 only confirms the 縣政府's
    decision (an organ); the 紀檢監察部門 investigate. The "（11月28日《瀟湘晨報》）" citation kept as
    part of the commentary. 廉洁纪律 (违规经商办企业, IS.INT.06).
 9  A commentary; ends before the truncated "眼下，…". 董学峰 '执法人员' (the ticket's signature),
    unit None. Hard: 张香花 of the 尉氏县公路运输管理所 holds the card number, but no act of hers is
    alleged (the writer guesses 招摇撞骗 or 临时工): not accused. 严家义 is the driver. 群众纪律,
    滥用职权.
10  Ends before the truncated "…作为站长，就可以开非" sentence. "李站长" gives ('李', '站长', …), the
    surname as name as earlier batches give '魏' '局长'; unit '金锁关超限检测站' by the story (he
    stops a truck that ran that 站), not by the same phrase: could be None. The two 站 are organs.
    Not mixed, hard: the driver's own fine is told but nothing is claimed back in the kept text.
    滥用职权.
11  Mixed: a 青岛 shipyard's unpaid wages (an out-of-scope labour claim) and hauliers' pay held by
    韩喜涛 "（偃师市邙岭乡政府干部）", who contracted a highway section: ('韩喜涛', '乡政府干部',
    '邙岭乡') as '镇党委书记' / '乾元镇' in triage.md. His father "是村支书" and "韩家…一霸", but no act
    of the father is alleged: no entry (hard). 田建红 and 杨文涛 are private. Ends at the last
    whole clause ("…他也不接；") before the truncated "我们找偃师市劳动部门，". 廉洁纪律 (经商,
    IS.INT.06) and 群众纪律 (拖欠, IS.MAS.02).
12  Mixed: coach owners' income from an overlapping route (a 个人利益诉求) and the charge of 违规审批
    against the "苏烟" 处长: ('陈辉', '处长', '淮北市运管处') from "该运管处处长陈辉" (该 resolved as in
    fresh75th.py item 6). The 安徽省运管局 is an organ; the 交通厅厅长 is asked, not accused. The
    "跟踪报道之二" title line cut; ends before the truncated "任何单位和个人…". 滥用职权, 廉洁纪律.
13  涉法涉诉: the court's own story of accident suits; title, byline, "本网南京讯" and the
    sub-heading "紧追线索为老弱" cut; ends before the truncated "车主兼司机刘某逃逸，不".
14  涉法涉诉: taxi drivers sued by their firm for 份子钱 and appealing; dateline cut; ends before the
    sub-heading. The 三亚市政府 document is background.
15  涉法涉诉, traditional (香港01, no glosses): a bus passenger's suit; the page's date line cut;
    ends before the judge's truncated reminder.
16  征地拆迁, hard: land taken for a road at a rent the family refuses; the 政府 "叫来派出所的人…强
    行施工", but no official is named and it is the land claim itself: out, no accused. The
    title and the "搜索更多相关主题的帖子" lines cut.
17  征地拆迁: the last holdout on the 贵遵公路 signs under 强制拆迁; "金黔在线讯" cut.
18  个人利益诉求: taxi drivers against their firm over 营运权 (no suit yet); title, date and two
    sub-headings cut (the first was fused with the opening quote of "“司机们…", so the kept
    paragraph starts without it); ends before the truncated "至2014". 谢某 is the firm's head.
19  个人利益诉求, hard: a learner's 1,200元 "关系费" to her coach, who says it goes to the examiners;
    the 驾校 says he does not know the 主考民警. No official's act beyond the coach's claim: out,
    the refund. Sub-headings cut; ends before the truncated "对于教练收包过费…".
20  其他, traditional, glosses removed: a 政民互动 letter asking that the bus stop at 營臺村; the
    title and the 交運局's reply (its one sentence garbled: "修橋?qū)е萝囕v繞行") cut.
21  其他, traditional, glosses removed: a broken 鄉道 and villagers' wish for repair; title,
    captions and the photographer line cut; one sentence cut for a garbled span ("泥石頂?shù)降
    撞俊").
22  其他, hard: a villager's report of a thin 乡村公路 laid by a contractor; no official is named or
    blamed (the contractor "忽悠党委政府"): out. Forum strings, title and the site's closing
    disclaimer cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH109: list[Item] = [
    # 01
    ('http://covid-19.chinadaily.com.cn/dfpd/2012kxfzqlzg/2012-09/06/content_15739585.htm',
     '2009年11月18日，中央治理工程建设领域突出问题工作领导小组办公室收到群众举报，反映汉中市宁'
     '强县交通局局长何超、副局长刘华斌在工程建设项目中收受贿赂的问题，遂将举报材料转请陕西省工程治理领'
     '导小组办公室核查处理。陕西省纪委高度重视，立即抽调相关部门人员组成专案组，对有关问题进行了初核，'
     '发现大量有价值的线索。与此同时，汉中市纪委和市检察院也根据群众举报，对宁强县交通局有关问题展开调'
     '查。按照省、市纪委的总体部署，案件调查组不仅迅速查证了何超和刘华斌在宁强县道路交通建设工程中收受'
     '贿赂的问题，还挖出了涉及汉中市其他4县、5人的一系列交通领域违纪违法案件。仅一个地级市，就有这么'
     '多交通领域的领导干部失身跌落，吞噬他们的陷阱究竟暗藏何处？“谨慎了大半辈子，没想到在事业稳固的时'
     '候出事了。”在监狱面对记者的采访，宁强县交通局原党组书记、局长何超最为遗憾的是，慎始而没能慎终。'
     '今年47岁的何超，仕途一路顺畅，这缘于他早年的努力。在工作中，何超凭着吃苦耐劳的精神得到了领导和'
     '同志们的好评，很快走上了领导岗位，20多岁就在县里担任正科级领导，先后担任县黄金管理局局长、县经'
     '贸局局长、县委委员等职务，至2007年9月任宁强县交通局局长后，他在部门领导岗位上工作近20年。'
     '何超也曾严格要求自己、工作兢兢业业，先后获得“优秀共产党员”、“优秀公务员”、“全国交通系统抗震'
     '救灾先进个人”等荣誉称号。',
     'in', None, False, ['贪污贿赂'],
     [('何超', '局长', '宁强县交通局'), ('刘华斌', '副局长', '宁强县交通局')]),
    # 02
    ('https://fx361.cc/page/2017/1123/11434143.shtml',
     '有人言：“再小的权力，缺乏制约也会变成逃出笼子的老虎”。“别小看‘苍蝇’，微腐败也有可能成为大祸'
     '害！”南京市江宁区交通局拆迁工作人员夏志国就是“蝇贪”中的一个。江宁区交通局自建项目较多，人手较'
     '少，就连一般工作人员也压重担子，忙个不息。2008年，宁杭高速上坊路段准备新建一条互通连接线。夏'
     '志国原本就负责这个具体片区、路段的征地拆迁及相关工作，上坊路段的征地拆迁，自然非夏志国莫属，他担'
     '任了该工程现场负责人。别看夏志国是个小官管小工程，但手中的权力并不小。按照当时区交通局的规定，在'
     '拆迁过程中涉及的相关管线迁移工程，可由现场负责人根据具体情况，组织相关单位进行施工，并负责现场的'
     '监督、协调；对其中的一些造价小的工程，现场负责人可以在请示领导后直接负责处理。夏志国脑瓜较灵，据'
     '了解他的人说，若给姓夏的贴上一身毛，他比猴儿还精。从这些小工程和自己手中掌握的小权中，他嗅出了商'
     '机，看到了财路。2008年底，宁杭高速上坊路段互通连接线工程正式开工，需协调移动、联通、电信、广'
     '电等部门迁改地下管线。夏志国向区交通局提出建议：为节省管道重复建设费用，由局里牵头做一个综合管道'
     '，供给各家使用。交通局觉得这个主意不错，当即同意，并将这项工作交由夏志国具体负责。这项工程，在大'
     '老板的眼里，不过是“小儿科”，无人问津。但在一些小老板眼里，却是一块“肥肉”，好多人都想来吃。一'
     '个挂靠某建筑公司的小工程队的老板李元庆（化名）托人托话给夏志国：“业务给谁做还不都是做，如果把业'
     '务给我，我绝不会亏待你！”对李元庆，夏志国是比较了解的，此人出手大方，且说话也算数，当即表示同意'
     '。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('夏志国', '拆迁工作人员', '江宁区交通局')]),
    # 03
    ('http://www.bhxjw.gov.cn/detailed/stonehills/2020-01-06/15782724643421.html',
     '“投机取巧只会弄巧成拙。”这句话用在江苏省高邮市汤庄镇公路站站长叶俊的身上，再准确不过了。因为弄'
     '虚作假应付检查，叶俊“栽了跟头”。事情要从去年5月说起。当月，高邮市纪委监委第二派出监察员办公室'
     '组织对汤庄镇公路站开展日常监督。“我们站一共6名工作人员，负责全镇道路的养护管理，资金全由上级拨'
     '款。”该站站长叶俊指着墙上的人员名单介绍道。“养护资金拨款，站里是否要提供支出凭证才能到镇财政部'
     '门报支呀？”监察员小冯问。“可不是嘛，你瞧，一分一厘都得记录在账。”公路站会计高金忠接过话头并递'
     '给了带队的周主任一沓账册。“收款人：许志坚，夏秋两季道路秸秆清运费22360元。”墙上的人员名单'
     '好像没有这个名字，账册里怎么会有他报支费用的发票？不经意的随手一翻，让周主任产生了疑虑。“许志坚'
     '报支的金额比较大，高会计，你可要严格审核把关。”周主任不动声色地说。“错不了，他这个材料全是我‘'
     '弄’的。”高金忠脱口而出。可能是意识到自己说错了话，高金忠忙闭了口，可这个不经意间的“弄”字，如'
     '一根引信点燃了周主任的疑团。之后，周主任和监察员老李调阅了许志坚的报支明细：许志坚连续四年承包汤'
     '庄镇公路站部分道路夏秋两季秸秆清运工作，业务承包协议和打款记录一应俱全，账面并没有发现什么问题。'
     '“许志坚，这个名字挺熟悉的……哦，想起来了，他是我们镇上的邮递员，经常到镇政府送报刊。”这时，老'
     '李突然说道。',
     'in', None, False, ['廉洁纪律'],
     [('叶俊', '站长', '汤庄镇公路站'), ('高金忠', '会计', '公路站')]),
    # 04
    ('https://news.sohu.com/20110812/n316217659.shtml',
     '本是交通局的公务用车，却“变身”驾校的教练车。8月12日，河南省上蔡县交通路政管理所龚所长接受中'
     '新网记者采访时称，已对当事人诫勉谈话，责其写出检查，全交通系统通报，该县纪检亦会介入调查。近日，'
     '有民众反映，上蔡县交通路政管理所华陂管理站的一辆公务用车“变身”教练车。据反映人提供的资料显示，'
     '在当地一家规模不小的驾校，练车场内停车牌、电子监控立杆、倒车库立柱等一应俱全。在设施完备的移库场'
     '内，一辆悬挂警灯、车牌号为“豫QFC796”的桑塔纳轿车正在练习移库。事情发生在今年5月12日，'
     '那天下午，华陂管理站的工作人员吕某在上（上蔡县）和（和店乡）公路上清理路障，发现路边一驾校在公路'
     '上堆有沙堆，吕某找到驾校的工作人员要求将沙堆挪走。返回时，吕某看见一名学开车的熟人正在用“豫QF'
     'C796”练习倒库，急忙制止。对此事，上蔡县交通路政管理所龚所长予以确认。龚所长告诉记者，目前已'
     '对当事人华陂管理站的中队长进行了诫勉谈话，令其写出检查，全交通系统通报。该县纪检亦会介入调查。',
     'in', None, False, ['八项规定'],
     [('吕某', '工作人员', '华陂管理站')]),
    # 05
    ('http://www.fpkih.com/mesbjshhgb/128235.html',
     '10月14日，曾是柳州荣兴驾校学员的张先生等人向今报反映，他们班8个学员在参加今年6月8、9日机'
     '动车驾驶员考试前，在教练的布置下每人集资了150元，让教练向考官“进贡”烟和钱，以便有人在考不及'
     '格时可以得到通融张等人还称，据其了解，教练让学员集资“进贡”已成了一个公开的秘密，而且现在集资的'
     '数额越来越大，“进贡”之风越演越烈，如果此风不刹住，将会给不少学员带来沉重的经济负担10月14日'
     '，刚刚获得机动车驾驶证的张等人接受了采访张等人说，他们8名学员原先都是在柳州荣兴驾校交了2400'
     '元不等的学费报名的，后来被集中到了航银路老飞机场那里学开车，负责教他们的是彭姓、罗姓两名男教练6'
     '月7日训练完后，彭教练就把他们召集在一起，布置了一个任务，说明天就要到设在古亭山的驾驶员考试中心'
     '去参加考试了，大家每人凑150元，买烟给考官，“你们如有考试不合格的就可能得以合格”张等人说，当'
     '天下午听到此话后，就有些学员心里不是很舒服，一是有学员认为自己有能力可以考试通过，不须交钱；二是'
     '学员打听到上一届每人的集资数额才100元，而这次因为班里人数稍少要提高到150元但8名学员终还是'
     '凑够了1200元（此后在考试中一名学员因身体原因不能参加完考试，给退回100元，数额变为1100'
     '元），交到一个学员那里，那名学员当晚就花420元钱买了两条香烟',
     'in', None, False, ['廉洁纪律'],
     []),
    # 06
    ('https://icbw.com.cn/thread-69789-1-1.html',
     '一个多月钱我接到父亲的电话，父亲说村官开会叫村民集资修乡村公路，因为村民被村官骗怕了，我随便问了'
     '一下乡村公路集资款谁保管，我父亲告诉我，协和乡长喜村村官李作地说村民自己保管集资款，听说是村民自'
     '己保管集资款，我毫不犹豫的按照村官金额交了乡村公路集资款，钱基本收齐，一个月了没有任何动静，今天'
     '我父亲打电话来告诉我公路集资款被村官拿走，我马上打电话问队长，队长说我们的乡村公路集资款确实被村'
     '官拿去，队长说村官说了钱必须要交到村上，为什么为什么安岳县协和乡长喜村村官一次，又一次以骗局骗取'
     '村民乡村公路集资款，回看2013年协和乡长喜村一社2社一事一议乡村公路集资款长喜村村官明确表态不'
     '参与乡村公路集资款管理，不久长喜村一社2社乡村公路集资款收到了百分之九十，不久村官把一社2社公路'
     '集资款全部拿走，乡村公路停工三年，中途村官又以物价上涨再一次收取村民乡村公路款，2016年在协和'
     '乡长喜村一社刘笑国和全体村民的抗议下，村官不得不动工修乡村公路，结果一社2社一公里乡村公路完工就'
     '发现断裂处超过十五处之多，豆腐渣工程变成了事实。苍蝇村官目的达到，协和乡长喜村三社乡村公路集资款'
     '再一次被变卦的村官拿走，请问村官你们是不是想故技重演，杨通海最后祝你们故技重演成功，',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('李作地', '村官', '长喜村')]),
    # 07
    ('http://orisbrush.com/news/guonei/2014-03-31/151241.html',
     '公路上“亂設卡、亂收費、亂罰款”的“三亂”現象，一直是各級政府部門重點治理和糾正的對象。但依然有'
     '部門和個人頂風違紀。近日，一些拉煤的貨車司機向《今日點擊》欄目反映，說渭南市部分公路路段“三亂”'
     '現象依然嚴重，讓他們苦不堪言。為了求證司機們反映的情況是否屬實，3月18號下午，記者在202省道'
     '澄城縣境內坐上了一輛從渭南澄城縣開往河南開封的運煤的大貨車。一個多小時后，當車子行駛到了華陰市北'
     '社鄉路段時，突然被幾個人攔了下來。司機：“擋啥呢，天黑了還擋呢？”司機：“我還不知道你為啥攔車？'
     '”華陰市運政執法人員：“上20噸的車就不讓從這兒過。”司機：“20噸的車不讓從這兒過？我都文明地'
     '把車停下來讓你檢查。”華陰市運政執法人員：“這是規定，這是鄉村路，不讓過。”司機：“那剛在路口就'
     '應攔住么，咋可要到這兒擋？”華陰市運政執法人員：“我專門就在這兒擋。”我國《公路安全保護條例》規'
     '定，公路管理機構在監督檢查中發現車輛超過公路的限載標準的，應當就近引導至固定超限檢測站點進行處理'
     '。然而，渭南華陰的運政執法人員并沒有這樣做。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [(None, '運政執法人員', '華陰市')]),
    # 08
    ('http://www.dnwgs.com.cn/plzhx/dlgc/201211/t20121129_3402631.htm',
     '媒體報道稱湖南邵陽市綏寧縣財政出資100萬元，縣城管局預訂61臺小車并成立出租車公司，城管局書記'
     '擔任公司法定代表人。綏寧縣常務副縣長趙逢春表示，當時考慮到更方便的因素，縣政府和相關部門確實做出'
     '了此項決定。目前，邵陽市紀檢監察部門、市政府客運管理部門已經組成聯合調查組趕赴綏寧縣展開全面調查'
     '。（11月28日《瀟湘晨報》）出租車行業雖屬于特許經營的行業，但并非關系國計民生和國家戰略安全的'
     '行業，沒必要由政府部門直接出資經營。綏寧縣出租車偏少、打車難是事實，但完全可以通過增加出租車數量'
     '，引進有實力的出租車公司來解決，用不著城管局直接經營出租車業務。城管局成立出租車公司，城管局書記'
     '擔任公司法定代表人，既違反了黨政機關興辦經濟實體和黨政機關干部從事經營活動的禁令，也有與民爭利之'
     '嫌。原本縣城里的出租車該怎么解決？是收編進城管局的出租車公司，還是將其徹底趕出市場？人家本來干得'
     '好好的，這不是砸人飯碗嗎？就算當地允許個體出租車和其他出租車公司存在，但他們能和身為執法部門的城'
     '管局競爭嗎？退出市場恐怕只是早晚的事。對消費者來說，城管局開辦出租車公司也不是什么好事。別說城管'
     '局沒有出租車公司經營經驗，管理和服務很可能跟不上，萬一乘客與出租車司機發生了糾紛，恐怕投訴起來也'
     '會遇到麻煩。因為綏寧縣城管局本身就是當地出租車行業的主管部門，在其既當裁判員又當運動員的情況下，'
     '顯然很難確保公正執法。',
     'in', None, False, ['廉洁纪律'],
     [(None, '書記', '城管局')]),
    # 09
    ('http://hkwb.net/news/content/2010-11/19/content_125780.htm',
     '10月29日，司机严家义开着面包车，在经过尉氏县城外环路时，遭遇了金额高达3亿的罚款。那些“穿制'
     '服的人”自称是运管，指称严师傅的车没办营运许可证，违反了《道路运输条例》，是非法营运，在罚款栏里'
     '赫然写了“30000万元”。（11月17日《河南日报》）这张“3亿罚单”，被冠以“史上最牛罚单”'
     '。以常理推测，“最牛”的背后，可能存在笔误。姑且当作笔误，以“非法营运”计，3万元一次的处罚同样'
     '太离谱。更何况，严师傅开的是公司的自用车，当时正在完成公司交办的采购事宜。这跟“非法营运”相去甚'
     '远。也许正因处罚于法无据，这场“3亿罚单”的闹剧，最后竟以严师傅凑交了200元罚款了结。执法的“'
     '弹性之大”，超出了普通人的想象。处罚凭证上的“30000万元”，对应的是执法人员的草率、随意和滥'
     '权。但这场闹剧表现出来的执法乱象，远不止这些。“3亿罚单”的炮制者还涉嫌越权执法。“非法营运”必'
     '须是对外营运且有营利行为，以此处罚公司采购中的运输行为，找错了靶子。就算涉案车辆违反“客运车不得'
     '非法载货”的规定，执法主体也不是运管部门。“3亿罚单”的背后，还可能存在“公权私授”。执法人员签'
     '名为“董学峰”，执法证号为90289。但记者在河南省政府法制网“行政人员信息在线查询”上根据执法'
     '证号查到的执法人员，却是尉氏县公路运输管理所的张香花。人证不符之下，可能有人招摇撞骗。当然，也可'
     '能又是“临时工执法”。“3亿罚单”的根源，还要追溯执法部门习惯了“以罚代管”，并大搞“执罚经济”'
     '。严师傅当天就听到两名执法人员抱怨说：“今天查的这几辆车都瘪得很（意思是没多少油水）。”',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('董学峰', '执法人员', None)]),
    # 10
    ('http://admin.chinacar.com.cn/newsview104802.html',
     '以扰乱超限检测秩序与逃避超限检测为由，铜川公路管理局金锁关超限检测站对同一车辆出具了罚款分别为三'
     '万与两万的行政处罚决定书，但是却放任周边村民的七辆超限货车不进站检测。对此，金锁关超限检测站无奈'
     '的表示“罚款两万是局里的决定；超限检测站进站口与出站口占用了旁边两户村民的宅基地，七辆车是这两户'
     '村民的，所以才会出现不进站检测”。另一周陵超限检测站对于白条一万元承认是他们所开，称：此女是无赖'
     '。11月19日，李林（化名）开着货车行驶至金锁关高速路口时，被李站长驾驶的非制式一汽奔腾轿车“逆'
     '向”拦截扣留。李林的车辆之所以被扣留，一份贴在金锁关超限检测站亭外墙上且已遍及铜川各个超限检测站'
     '、路政大队及运政执法大队的协查通知说明了情况。其内容是“2015年10月28日早11点01分，五'
     '辆疑似超限车辆强行闯210国道金锁关超限检测站，目前四辆重型货车仍在逃逸”。李林的货车就在其中，'
     '因此也就出现了开头的一幕。李林的车被扣后，金锁关超限检测站以扰乱超限检测秩序与逃避超限检测为由先'
     '是开据了三万的行政处罚决定书，后来李林通过“找关系”，最终协商至两万，因此也就有了后来交款为两万'
     '的行政处罚决定书。同时，李林提供了一份金锁关岗亭内的交接班“通知”，内容提到“七个车牌的车辆不准'
     '夹带其他车，服从管理，平厢，否则就得进站”。“这七辆车不仅从不进站检测，而且拉的东西和我们是一样'
     '的，也都超载”李林揭露说。李林透漏，在铜川一些超限站并不是都按他们超限规定来执行，有关系的只交罚'
     '款不卸货或找人就可放行。',
     'in', None, False, ['滥用职权'],
     [('李', '站长', '金锁关超限检测站')]),
    # 11
    ('http://flfww148.com/view.asp?id=3747',
     '近日，河南省偃师市大口乡大口村的年轻小伙经人介绍找到记者后，满腔愤恨地大倒苦水：“2012年3月'
     '到6月在青岛扬帆船厂打工，厂里只是装模作样地与我们签了一份协议，但不让我们拿；厂里经常加班加点不'
     '说，每月还扣工资和拖欠工资；有时候我们吃饭都没钱，向领班的索要领班的说厂里不发；病了还不让请假，'
     '由于干活的地方条件差，地方窄小，干活时站不起来，但也蹲不下，十分难受——我们的同伙张延峰的腿有病'
     '不能干活回了家，我省濮阳的包工头田建红说厂里要扣延峰3000元，结果扣了6千元；另外还欠我和马村'
     '的同伙共计5000元，8月份杨帆船厂人劳科的人说和田建红联合承包加工造船的杨文涛跑了，报警后公安'
     '部门进行了通缉，但时至今日，厂里也没给我们发放本不应该扣去的工资”。无独有偶——同样是河南省偃师'
     '市大口乡马村的张攀峰和山化乡油赵村的滑海涛说：“从2010年2月份起的几个月里，我们开着自己的汽'
     '车给偃师市邙岭乡轱辘沟村的韩喜涛（偃师市邙岭乡政府干部）承包的“连霍高速加宽工程”（偃师境内九标'
     '段）运混凝土；最后韩把工程局发给我们20多辆车运载数量的票都收走了（总共有20多万元），说是把款'
     '结算以后发给我们；两年多过去了，我们找了他无数次，他在前一年总说帐还没清；后来他就一直不照面，打'
     '他的手机时，他说不在家；有一次见到了他的妻子，当我们问她丈夫在家与否，她竟口吐狂言：“也不问问我'
     '家是干啥的，有人敢惹没有！”（韩海涛的父亲是村支书，当地的人告诉我们说“韩家在邙岭就是一霸，没人'
     '敢惹）；湖北的几辆车因要不出钱也不敢来偃师找韩了，我们本地的找他又见不着面，有的孩子结婚急着用钱'
     '，有的还要抚养老人，前几天我们找他时还是不见面，拨打他的手机时他也不接；',
     'in', None, True, ['廉洁纪律', '群众纪律'],
     [('韩喜涛', '乡政府干部', '邙岭乡')]),
    # 12
    ('http://bbs.tiexue.net/post2_6908478_1.html',
     '7月27日，记者采写并报道了淮北市运管处违规审批线路引起众位车主集体上访这一由错误行政行为严重激'
     '发基层矛盾、制造不和谐因素的新闻事件（详见《淮北运管处审批线路被疑暗藏黑幕》一文），引起舆论广泛'
     '关注，各大新闻网站纷纷予以转载，网友纷纷跟帖，众多网友尤其对记者报道中所提到的该运管处处长陈辉抽'
     '“苏烟”的细节表示极为愤慨。然而，车主所做的一切却挡不住“苏烟”处长的大笔一挥，为维权多方奔走的'
     '车主日前联系记者，该运管处依然是不顾各位车主的苦苦呼告，安徽省运管局也无视众位车主的心声，在原本'
     '就不合法的行政许可上错上加错，近日，安徽省运管局的官方网站又一次对淮北（岳集）-上海（浦东）营运'
     '线路增加车辆进行了公示。车主告诉记者：8月16日，安徽省运输管理局的官方网站上赫然公布了2013'
     '年道路客运班线经营权招标公告，依然把几位车主反映强烈、线路重叠70%以上的淮北（岳集）-上海（浦'
     '东）线路给予了公示。对于安徽省运输管理局无视原有车主利益，无视交通部相关规章制度；对于淮北市运管'
     '处一意孤行、继续损害车主利益的错误行政行为，所有车主非常愤慨。车主告诉记者，我们有三个问题请安徽'
     '省交通厅厅长给出一个合理的解释：第一问：安徽省交通厅厅长是否认为淮北运管处违规审批线路以及该处长'
     '抽“苏烟”是一个无足轻重的小事？线路重叠70%以上，发车点距已有车辆不过30余公里，按照国家交通'
     '部所颁布《中华人民共和国道路运输条例》相关规定，是不能给予许可的。该《条例》第五十八条规定，道路'
     '运输管理机构应当建立道路运输举报制度，公开举报电话。',
     'in', None, True, ['滥用职权', '廉洁纪律'],
     [('陈辉', '处长', '淮北市运管处')]),
    # 13
    ('http://www.jsfy.gov.cn/article/23594.html',
     '“×法官，太感谢您了，您的恩德我这辈子都会记住的！”说着，64岁的郭守金老人跪倒在承办法官面前。'
     '承办法官连忙将他拉起，“老人家，不要这样。依法审判、维护受害人的合法权益是我们的职责。”这是20'
     '08年12月22日下午发生在县法院审监庭的感人一幕。2007年9月，由于横穿马路时被呼啸而来的货'
     '车撞倒，郭守金的头部遭受重创，右侧颅骨缺失，巨额的医疗费更使其债台高筑。在经历了诉讼初期的紧张和'
     '焦灼后，承办法官判决保险公司和货车车主向郭守金赔偿各项损失近10万元，并很快就兑付到位。老人接过'
     '赔偿款时，也许拙于用语言表达激动的心情，就出现了开头的一幕……据统计，近年来，溧水法院受理的道路'
     '交通赔偿案件上升态势比较明显，2008年受理该类案件超过了500件。其中由于交通事故导致死亡的7'
     '9件，伤残的392件，处理争议标的额3600余万元。一场车祸只发生在一瞬间，却会改变许多人的一生'
     '。面对着众多伤残的当事人、伤心欲绝的死者家属、无助的老人与孩子，承办法官深感责任之重，他们依法稳'
     '妥着处理着一桩桩的道赔案件，为众多不幸的家庭带去希望。2007年冬日的一个深夜，赵义在朋友家喝酒'
     '之后，骑着摩托车回家。在某一路口的转弯处，与一辆河南籍带挂车的大货车相撞，当场身亡。货车司机刘某'
     '弃车逃逸，不知所踪。赵义的儿子正在读小学6年级，妻子瑞玉现年35岁，在一家工厂打工，收入微薄，赵'
     '义的父母年事已高，没有任何收入，和赵义夫妇一起居住在租来的房子里。这场车祸像一条凶残的鳄鱼，用锋'
     '利的牙齿瞬间将一个家庭的幸福撕咬得粉碎。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://hi.people.com.cn/n/2015/0120/c231190-23624398.html',
     '今年49岁的老杨是一名出租车司机，在三亚开了10多年出租车。从2013年5月份开始，老杨被迫和自'
     '己的“东家”三亚联弘客运汽车有限公司打了一场又一场官司，原因是他按照当地政府2008年出台的文件'
     '标准缴纳出租车承包金（俗称“份子钱”），但该公司却要求他仍按照原来的标准缴纳。该公司为此将他告到'
     '法院，追要4万余元的“份子钱”。被三亚联弘公司告到法院的还有王中华、苏辉等5名出租车司机。就这一'
     '案件，当地法院作出了截然不同的判决。一审法院认为前述三亚市政府文件是出租车行业“份子钱”的规范性'
     '文件，出租车公司均应按此标准收取“份子钱”，但二审法院却否决了一审判决，认为前述文件属于政府指导'
     '性文件，并不必然导致合同相关条款的变更。从2014年年底法院作出终审判决以来，老杨等人一直在向相'
     '关部门进行申诉，因为他们担心的是，如果服输的话，和他们有着同样境遇的20多名出租车司机也将面临着'
     '同样的诉讼，涉及的“份子钱”金额上百万元。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://www.hk01.com/%E5%A4%A7%E5%9C%8B%E5%B0%8F%E4%BA%8B/60293793/%E5%B7%B4%E5%A3%AB%E8%A'
     'E%93%E4%BD%8D%E7%B5%A6%E8%80%81%E4%BA%BA%E5%BE%8C%E9%81%87%E6%80%A5%E7%85%9E%E8%BB%8A%E5%8'
     'F%97%E5%82%B7-%E4%B9%98%E5%AE%A2%E7%8D%B2%E5%88%A4%E8%B3%A0%E5%84%9F14%E8%90%AC%E5%85%83',
     '搭乘巴士時因急煞車受傷，責任如何劃分？周三（12日），湖北省利川市人民法院通報了近期審結的一起城'
     '市巴士運輸合同糾紛，法院認定受害人黃某已履行了必要的注意義務，最終裁定保險公司及某巴士公司需承擔'
     '相應的賠償責任，乘客獲賠14萬餘元人民幣。事件發生在今年6月，黃某在購票後搭乘某巴士公司的巴士。'
     '在行程中，一位老人上車，但由於沒有空位，黃某主動起身讓座。老人就座後，黃某注意到後排有空位，便開'
     '始手握立桿和扶手交替前進，向車輛尾部的空位走去。然而，當他準備坐下時，巴士突然緊急煞車，導致黃某'
     '從車尾摔至車前，受了傷。法院審理指出，乘客搭乘巴士意味着與巴士公司形成客運合同關係，巴士公司有責'
     '任確保乘客安全運送至目的地。作為承運人，巴士公司應對運輸過程中的乘客傷亡承擔賠償責任；但傷亡是乘'
     '客自身健康原因造成的，或者承運人證明傷亡是乘客故意、重大過失造成的除外。在這起案件中，黃某在乘車'
     '過程中主動讓座給老年人，屬於傳統美德的體現。讓座後，黃某發現後排有空位，向該處移動是正常的乘客行'
     '為。而且，他在前進過程中小心抓扶，已經盡到了必要的注意義務，並不存在故意或重大過失的行為。巴士公'
     '司的司機在超速情況下緊急煞車，提升了乘客受傷的風險，因此應承擔賠償責任。最終，法院裁定某保險公司'
     '及某巴士公司需賠償黃某各項損失超過14萬元。某巴士公司對此判決不滿，提出上訴。但二審法院經審理後'
     '維持原判，目前該判決已生效。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://bbs.110.com/redirect.php?goto=lastpost&tid=121962',
     '2017年年初开始，政府规划公路占地6分有余，会议协商谈论按照50元/分租赁11年，相当于300'
     '元/分，租赁费用共计约3300元。在讨论会议上被占地的人当时签过一份按50元/分的租赁协议，会后'
     '父亲不同意。我又去找过村书记，说50元/分低租金太低（我们被占用的土地有一半是包产地一半是菜园地'
     '，每年我们地上的核桃树卖的核桃都不止300元），修路是好事，我们支持。我当时提出意见：1、要么政'
     '府提高土地租金（按照标准来执行），2、要么政府按照征地标准征收，3、要么政府就近划一块等面积的土'
     '地出来。村上没有同意，事情也一直拖着，在11月下旬，区上的考核下来要求规定时间验收路，地方政府就'
     '按照50元/分地施工，我们这边不同意50元/分租赁条款要求把事情解决好就施工，挡着施工的机械不让'
     '施工事情一直没有解决。政府后面叫来派出所的人以协商解决为由支开我们强行施工（现在公路已经强行施工'
     '完毕）。我们属于广元市朝天区羊木镇村民，想咨询一下国家的法律条款，我们应该怎样去用法律手段维护自'
     '己的权利？如果土地得不到公平的处理回复破坏门前强修的公路合法吗？父母都是农村人，我们都不懂法律文'
     '件，可以通过怎样的方式处理有效？请专业的律师给予帮助，谢谢！',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://news.sohu.com/20070604/n250375145.shtml',
     '省重点工程项目扎南路项目修文段最后一户房屋于5月31日顺利拆迁，至此，这一路段的78户村民全部拆'
     '迁安置。经国家发改委、国土资源部批准，省委、省政府决定实施贵遵公路（扎南段）改扩建工程建设项目。'
     '需对修文县境内扎佐镇和平村至久长镇石榴村贵遵公路改扩建工程红线范围内的建筑物、构筑物及附属设施进'
     '行拆迁。该路段总计有78户在红线区域内的住户需搬迁，从2005年底至2006年底，77户村民按照'
     '统一标准完成拆迁。而地处红线区内的久长镇驴坊村一组村民吴有仙家不同意拆迁补偿安置条件拒绝拆迁。修'
     '文县人民政府及有关工作部门负责人多次到吴有仙家做政策引导和法规宣传工作，均被拒绝，导致该路段延误'
     '工期超过半年。根据省委、省政府有关要求，贵遵公路（扎南段）改扩建工程必须在今年年底前实施完毕并实'
     '现通车，修文县决定对吴有仙户依法进行强制拆迁。5月31日，执法人员和工作人员又对吴有仙家开展政策'
     '宣讲和思想引导，做通其家人的思想工作，吴有仙家在拆迁协议上签字。经现场公证，吴有仙家领到了17万'
     '多元的拆迁安置补偿费，当地干部群众奋战近7个小时顺利完z成了拆迁任务。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://kunming.baogaosu.com/xinwen/%25E7%259A%2584%25E5%2593%25A5%25E4%25B8%258E%25E5%258'
     '5%25AC%25E5%258F%25B8%25E9%2597%25B9%25E7%25BA%25A0%25E7%25BA%25B7%25E8%25BD%25A6%25E8%25B'
     'E%2586%25E6%258A%25A5%25E5%25BA%259F%25E5%2590%258E%25E8%2590%25A5%25E8%25BF%2590/32329822',
     '一份8年前签署的有歧义的合同，8年后让出租车公司和60名“的哥”撕破脸皮，到底是“挂靠”还是“承'
     '租”，双方各执一词，甚至上演出一幕过激维权行为。4月24日，昆明呈贡晟宝达出租汽车公司因与出租车'
     '司机纠纷谈判未果，公司法人谢某被60名出租车司机堵在屋里讨要说法。云南网记者了解到，此次纠纷已持'
     '续近半年，双方纠缠的焦点在于出租车到底属于个人还是公司？车辆报废更新后如何延续运营权？司机们没有'
     '饭吃，没有地方住，就只能来公司了！”出租车司机罗先生介绍，自4月21日早晨至今，他们一批出租车司'
     '机就“进驻”公司办公室，向负责人讨要说法，白天黑夜吃住都在公司内。到了饭点就自己去外面打盒饭，公'
     '司也不负责他们的伙食问题。因为司机人数比较多，办公室的沙发分不过来，有的人甚至就睡在地板上。呈贡'
     '晟宝达出租汽车公司一名女性负责人表示，自21日出租车司机进入公司后，就不让她和公司法人谢某出去。'
     '她于23日早借故“买早点”才溜出来，公司法人谢某至今还在房间之中与司机们理论。而出租车司机李女士'
     '则不同意这一说法，她称双方持续半年的纠纷一直没有得到解决，大家只是聚到公司等候拟定新的合同，延续'
     '之前的营运权。出租车司机李女士介绍，她于2004年购置了一辆二手桑塔纳出租车，与呈贡晟宝达出租汽'
     '车公司签订《出租汽车经营管理合同》，将车辆“挂靠”在该公司营运。挂靠期间，李女士每月交付公司30'
     '0元的“管理费”。车辆产权和营运使用权归李女士所有。2006年，该车营运期满，李女士自费9万余元'
     '更新了一辆富康车，继续挂靠在该公司运营。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://qz.zjol.com.cn/07qztk/system/2013/11/20/017326349.shtml',
     '这个时候，王女士的教练黄师傅私下对她说，他有门路，可以找到考官打点，只要王女士出1200元钱，他'
     '可以打包票保证王女士顺利过关。王女士于是交给黄师傅1200元关系费，可让王女士郁闷的是，考试时她'
     '还是没能通过。王女士告诉记者，前段时间，她到位于大厂杨新路上的玉峰驾校报名学驾驶。经过一段时间的'
     '学习后，驾校的教练让她报名参加科目二的考试。“就是电子路的考试，不过我感觉自己的学习时间太短，不'
     '系统，担心过不了关。”此时，她的教练黄师傅私下告诉她，他在考点有门路，可以找到教官打点。只要王女'
     '士肯出一些钱，他可以保证王女士顺利通过考试。“他让我给他1200元，说是关系费，于是就把钱交给黄'
     '师傅去打点了。”王女士说。王女士说，考试之前教练对她说，让她安心考试，他那边已经帮忙找考官疏通关'
     '系了。然而结果却让她非常沮丧。“一次考试，一次补考都没能过关。”“我后来找到黄教练询问此事，黄教'
     '练说当天是所长监考，所以没办法操作，下次补考肯定没有问题。”黄女士说，此时自己才怀疑是被教练忽悠'
     '了，于是提出让教练退钱。“他也答应退钱，但又跟我说钱拿去疏通关系了，要过两天才能拿过来给我。”王'
     '女士说。昨天上午，记者来到杨新路上的这家驾校，找到了黄教练。面对询问，这位黄教练此时仍表示给他1'
     '200元就能搞定。黄教练表示，这1200元钱不会落到自己的口袋，而是用来和监考人员拉关系，而且如'
     '果考试不通过可以退款。随后记者找到了驾校负责人姜先生反映此事，他表示，这种所谓的“包过”并不靠谱'
     '，黄教练根本不认识主考民警，这些费用只会进入个人腰包，他也不可能用这个钱去疏通关系。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://fidachgroup.com/html/hudong-view.html?classid=10081&itemid=8634+',
     '寧晉到清善頭的公交車明明有營臺這個站點，卻一直不到營臺村，候口的公交車也不路過，多次投訴無果，人'
     '們出現非常不便，還必須做面包車出租車，而且面包車人少了也不走，定價又隨意，很多時候想去縣城辦事都'
     '去不了。難道作為營臺村就這樣被拋棄了？我們縣的發展不需要我們營臺村的發展？作為從東邊進入寧晉的第'
     '一站就不需要發展？營臺村的人就不是寧晉人了？國家一直要求加強農村的包括交通在內的基礎設施建設，為'
     '什么營臺卻被拋棄在外？',
     'out', '其他', False, [],
     []),
    # 21
    ('http://jiazuxingwang.com/news/xingyi/20160908/350569.htm',
     '路爛無人管，村民盼修復。近日，筆者在興義清水河鎮看到，從紅巖加油站附近開始，一直到品甸老街，七八'
     '公里鄉道路面從瀝青路變成砂石，凹凸不平。附近的村民叫苦不迭。這段路，原來的瀝青路面現已見不到瀝青'
     '，變成了純粹的砂石路，而且是破破爛爛、坑坑洼洼的泥土路。這段路可以說是除了下雨，一天24小時都是'
     '煙塵滾滾的。這段爛路除了讓汽車難行，更是“坑”了附近的村民。“下雨時就到處積水，天晴時到處是灰塵'
     '，村民受不了。”住在路邊的呂先生告訴筆者，近來，他們都忍受著這樣的生活。“還有不少人在這里摔倒，'
     '交通事故也發生了不少。”一名不愿透露姓名的村民說，“段路爛難行，影響安全，急盼有關部門維修”。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://icbw.com.cn/forum.php?goto=lastpost&mod=redirect&tid=195687',
     '2024年10月5日，家住蓬安县原海田乡飞马桥村三组的一位村民向全网全搜索反映：“蓬安县海田乡飞'
     '马桥村三组正在硬化乡村公路了，但是这条路上很多地方都只稀稀拉拉地撒了一点点石子。令人感到非常奇怪'
     '的事情是，硬化的这节公路上有一两个点位铺了很厚的连砂石，他们这样做涉嫌在公路竣工之后用这两个点位'
     '来应付相关部门的质量检查和验收。我们强烈怀疑这个公路的硬化涉嫌严重的偷工减料。国家每公里补贴几十'
     '万元，承包硬化公路的承包商难道就是用这种方式硬化公路来欺上瞒下忽悠党委政府和我们广大老百姓的吗？'
     '”强烈请求相关部门对此予以调查核实和处理为盼。强烈请求相关部门能够为民作主！强烈请求硬化公路的承'
     '包商能够按照相关规定和质量标准按质按量硬化公路！',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH109, "fresh109")
