"""Sealed batch fresh179: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh177th.py; the batch and its row ids are "fresh179".)

Theme: school buses and pupils' transport: a 副校长 accused online of running the pupils'
transport for money, a 校车办 head who let a firm draw false 校车 subsidies, a parent's letter
on a town school's fees (车费 among them), officials suspended or removed after the 贵溪, 衡南
and 绥宁 school-bus crashes, a 中心学校's heads punished for a kindergarten's illegal buses, a
纪委 notice on a school's book sales (校车超载 named in its lead), a school head's official car
bought with pupils' meal money, a head who over-reported pupils for subsidies, and two parents'
fee complaints; out items are a lawsuit over a pupil killed after leaving a school bus, a court
case on a private kindergarten's overloaded van, the trial over the 温岭 "长鼻子" buses, migrant
parents whose hired coach was impounded, a town's reply on pupils' bus service, police stops of
"黑校车", a city's rule on overloaded buses, a private school's punished head and a list of
overload cases. Sources (stored-pages search): a 云阳网 (yybnet) copy of the 周王小学 report; a
长城网 copy of the 新华社 report on 于洪区; a 东湖社区 (cnhubei) forum letter from 堵城镇; a 温州
在线 copy of the 人民网 report on 贵溪; 文匯報 on 衡南 (traditional); a 校车网 mirror of the 邵阳
安监 report on 绥宁 (traditional); a 556gg copy of the 映象网 report on 鹿邑 (traditional); a 校车网
mirror of the 武汉晚报 report on the 湖北省纪委 notice (traditional); a copy of the 南方日报 report
on 程显栋 (traditional); a 汉中 report on 群峰博爱小学; a 校车网 mirror of the 南方都市报 report on
珠海 广生小学 (traditional); an av069 copy of the 羊城晚报 report on a 深圳 parent (traditional);
out: a ppfocus copy of the 扬子晚报 report on the 江宁 lawsuit (traditional); a copy of the 江西公共
report on 晨光海欣幼儿园 (traditional); a 中国教育和科研计算机网 copy on 汤玉坤's trial; a 168yunfa
copy on the 厚街 coach (traditional); a 石羔乡 reply on a 问政 board; 校车网 mirrors on 庆云
(traditional) and on 东莞 福海学校 (traditional); 中新网 on 河津; a baogaosu copy of the 上视 report
on 宝山 顾村; a 河北新闻网 report on the 省公安厅交管局's cases. Twelve texts are in traditional script
(items 5-9, 11-14, 16, 18, 20);
the glossing pinyin of the converted copies removed in 8, 9, 14, 16 and 20.

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, forum lines, site notices and the truncated last sentences
of the stored copies removed); paragraphs joined (the 贵溪 list lines of 004 joined without a
separator, as the page has none); ASCII punctuation written full-width except inside numbers
("1.4万", "GL8 2.4升", "50%"); stray spaces after punctuation removed (003, 021), the spaces inside
the titles "“落實責任 教育惠民”" (008) and "《無牌不帶證還超員 鹿邑一幼兒園校車引家長擔憂》" (007)
kept. Page oddities kept: "600700元" and "152元，，" (003), "地方办变了样" (003), "市長劉事青、
副市長李華和專門作出批示" (006), "鹿教{2017}74號" (007), "東北師范大學" (009), "會造很多的問題"
(017), "下车村民的强烈要求" (017), "他到底为什么要又为什么敢" (015).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
heads and staff of public schools, 中心学校 and public kindergartens count as public servants, heads
of 民办 schools and private kindergartens do not, as in fresh127th.py), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, parents, victims, drivers, firms, private
school heads and officials who only handled, investigated, announced or answered are not accused;
an organ or an unnamed group accused as a whole gives no entry; an unnamed accused official is
(None, position, unit). Names, positions (the post as first written with the name, qualifiers
such as "分管安全" dropped) and units as written; unit None when the text ties the person to no
named unit. Officials suspended, removed or punished for a crash or for illegal buses are accused
of 工作纪律 (监管失职); school fees beyond the rules are 群众纪律 (IS.MAS.01). Topics only from the
twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 2 (016, 017), 其他 5 (018-022). 36 accused entries,
all in items 1-12: 26 with a full name (程军, 余红艳, 方太发, 李志英, 李祖佳, 杨小敏, 周建华, 汪荣范,
彭拥军, 李辉亮, 李顺玲, 祝样, 何向阳, 王勵, 陽世新, 陳少華, 陳新, 羅勝利, 周頻, 王勉仁, 蔣玉東, 趙自立,
王良萍, 陳國安, 王淑芳, 程顯棟), 1 masked (韩某), 9 post only. Items 003, 011 and 012 are in scope
with no accused entry. Out items have no accused entry.

Close calls:
 1  A news report built on forum posts: the posts accuse the 副校长 程军 ("该校分管安全的副校长程军")
    of running the pupils' transport for profit, 乱收费 and keeping out the regular bus; the town's
    人大主席 吴兴武 then says the checks found him in order (hard: the reply half clears him). The
    first post's "小学校长" is read as the same man. Captions cut; ends before the truncated visit
    to 大房村民组. 廉洁纪律 and 群众纪律.
 2  The firm's false claim is private; the official accused is the 校车办 head, first written
    "停止校车办负责人工作": (None, '负责人', '校车办'), for "把关不严、审查不细". 工作纪律 only.
    Headline and "(记者石庆伟)" cut.
 3  A first-person forum letter (the post's header, contact lines and heading cut; ends before the
    truncated 托管费 paragraph). In: fees of a public town school beyond the rules (群众纪律); the
    school and the 教育局 are organs, no entry. Hard: could be read as a personal demand (the writer
    cannot pay for two children); not marked mixed, as she asks for a check, not for her own relief.
 4  Twelve officials suspended after the crash, each as in the list ("贵溪市政府副市长余红艳" gives
    '副市长', '贵溪市政府'; "…交警大队大队长彭拥军" gives '副局长兼交警大队大队长', '贵溪市公安局';
    "党委副书记祝样等" gives '党委副书记'). Captions and the sub-heading cut; ends before the truncated
    account of the crash. 工作纪律.
 5  Traditional; the byline "(記者 王穎、曹真真，實習生 黃丹 長沙報道)" and the trailing "|" cut. Six
    removed: "縣教育局局長王勵" gives ('王勵', '局長', '縣教育局'); "松江鎮分管交通工作的主任科員陽世新"
    gives '主任科員', '松江鎮'. The families' signed compensation agreements are no claim: not mixed.
 6  Traditional; eight post-only entries from the 問責建議 (e.g. (None, '副局長', '縣教科局') for
    "縣教科局分管校車工作的副局長"); "縣交警大隊" in the last list is an organ (no entry); the 36
    unnamed staff are a group. The 省委書記, 省長 and 市長 only give instructions. 工作纪律.
 7  Traditional; "映象網訊" and the closing hotline lines cut. ('王勉仁', '校長', '唐集鄉中心學校');
    '副校長' 蔣玉東 and '包片校長' 趙自立 given the same unit (the sentence names it once; hard, could be
    None); ('王良萍', '園長', '向陽幼兒園'): the 中心學校 is told to dismiss her, so the kindergarten is
    read as public (hard). 工作纪律.
 8  Traditional, pinyin removed; only the lead and the 廣埠屯小學 case kept (the sub-heads cut; the
    truncated 鐘家村 case cut). The lead names 校車超載 but the kept case is book sales: theme-near.
    ('陳國安', '副局長', '洪山區教育局') for 失察, ('王淑芳', '校長', '廣埠屯小學'). 群众纪律, 工作纪律.
 9  Traditional, pinyin removed; the first sentence (garbled in the stored copy), the sub-heads and
    the truncated rule paragraph cut. The 網帖's charge is kept: ('程顯棟', '校長', '南山實驗學校')
    ("程顯棟任該校校長", the school "公有制"). 八项规定 (公務用車) and 廉洁纪律 (挪用伙食費).
10  Sub-heads ("抽查", "報表", "調查" lines) and "本报汉中讯" cut; ends before the truncated sentence
    on the 宣传部. ('韩某', '校长', '勉县老道寺群峰博爱小学'): the school over-reported pupils for the
    蛋奶 subsidy under him (hard: the text says "确实存在虚报" without saying who did it). Off the
    transport theme (subsidies). 廉洁纪律.
11  Mixed, traditional: a parent's own fee and 学区 complaint beside a public school's 校车 fee above
    the 物价局's 3元 cap (群众纪律); the 副校长 only answers and blames the 香洲區教育局. No entry.
12  Mixed, traditional: a parent's fee rise at a private school (his own claim) beside seven
    departments' "踢皮球" (推诿, 形式主义官僚主义); the departments are organs, no entry. Hard: could be
    read as out 个人利益诉求 (the school is private). Source line cut; ends before the truncated
    市監局 answer.
13  涉法涉诉, traditional: the parents' suit against the 陸郎中心小學, the 街道辦事處 and the bus firm,
    in mediation; caption, byline and the sub-heads cut; ends before the truncated claim paragraph.
    Hard: the 護導員 and school are blamed, but through a court case.
14  涉法涉诉, traditional, pinyin removed: a private kindergarten's owner, head and driver convicted;
    the sentence garbled in the stored copy ("隨車?yán)蠋熗?") cut, so the 35 children are not named
    in the text; the source line cut. 吳某某, 楊某某, 彭某某 are private.
15  涉法涉诉: the trial of 汤玉坤 (商会副会长) for a forged 教育局 seal; the early public charge that
    the 教育部门 "不作为" is reported and turned. The sub-heading cut; ends before the truncated
    sentence on him.
16  个人利益诉求, traditional (some simplified forms on the page): migrant parents' claim to a ride
    for their children; the 交警 only enforce. The glosses removed; ends before the garbled
    sentences of the stored copy.
17  个人利益诉求: a 乡政府 reply on villagers' wish for pupils' transport; the 支部书记 and 驻村领导
    only act. The numbered section heads, "建议" and the signature and date cut. Could be 其他.
18  其他, traditional: police stop a private 暑假班's van; the 教委 only confirms. Site notices cut.
19  其他: a city rule (校长 removed for overloads), no official accused.
20  其他, traditional, pinyin removed: an official 通报 against a 民办 school; 聶×江 heads a private
    school (not a public servant; hard). Ends before the truncated 責令 sentence.
21  其他: police stop a private school's "黑校车"; 王某 heads the private "未来星" school (hard). The
    title and the duplicate lead cut; stray spaces removed; the sub-heads ("如此…") cut; ends before
    the truncated penalty sentence.
22  其他: a 交管局 list of overload cases, only the first kept; 杨某胜 runs a private kindergarten
    (hard: could be 涉法涉诉, he is prosecuted). The first sentence, which starts mid-phrase in the
    stored copy, the "8起典型…" head and "案例1" cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH179: list[Item] = [
    # 01
    ('https://www.yybnet.net/news/china/201510/630373.html',
     '9月6日，一条题为“市教育局该管管周王小学校长了”的帖子，引发了众多网友的关注，在这条由网友“吆儿不哭”发'
     '布的帖子里，校车问题首先被提出：“孩子没有校车接送，都是小学校长的私家车接送，一年涨一个价，从400到80'
     '0到1000再到1200。”该网友将没有校车的原因归结于：“拿着教育局发的车补，还不允许其他车子接送，小学的校'
     '长垄断着一方”，在帖子中该网友还提出“试问一个小学校长有那么大的权利吗，可以在乡镇学校一手遮天吗？就没'
     '人管吗？”并呼吁，“市教育局是不是应该去调查一下”。很快这条帖子浏览量达到1.4万，有140多条回复，随后，'
     '有网友继续发布“关于周王小学的校车”的帖子，一些帖子将矛头直指该校分管安全的副校长程军，一时间，程军被'
     '推上了舆论的风口浪尖。“校长用自己的私车接送学生牟利”、“乱收费”、“阻止正规校车进驻周王小学”成了网友指'
     '责程军的“三宗罪”，但事实究竟是怎样？9月16日，记者来到周王镇进行摸底调查，还原这场由校车引发的舆论风'
     '波。“由于没有校车，周王小学的学生接送就由镇上面包车司机承担，少数学生住在偏远的支线上，司机们不愿意'
     '接送。这些学生家长就找到学校，要求解决孩子的上学问题。”周王镇分管教育的人大主席吴兴武告诉记者，由于'
     '程军是分管安全的副校长，他从2012年春季开学后，便购车承担起这部分学生的接送。吴兴武表示，看到网上的举'
     '报后，他们立刻调查这件事，发现程军接送学生的车辆，包括本人资质已接受了当地政府、学校、交通、教育部门'
     '的审核，在收费上和其它接送学生的车辆保持一致。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('程军', '副校长', '周王小学')]),
    # 02
    ('http://lf.hebei.com.cn/system/2014/03/25/013283090.shtml',
     '新华社于3月23日播发《6个公章管不住造假——沈阳市于洪区近10万元校车补贴被冒领事件追踪》报道后，于洪区委'
     '宣传部24日向记者通报，有关部门已查实沈阳雨露校运有限公司申请补贴报表中存在问题，责令其将多领的95634'
     '元补贴款上缴；停止校车办负责人工作，配合组织调查；进一步加强校车补贴资金审核环节的管理，确保校车运营'
     '工作顺利进行。根据情况通报，2013年11月，于洪区校车办将财政划拨的120万元校车运营补贴款，通过区核算中'
     '心分别转到2家校车公司账户，对214台校车进行补贴，以减轻乘车学生负担，减少校车运营成本。后经核查发现，'
     '雨露校运有限公司有16台校车多报99176元，有7台校车少报3542元，差额多报95634元。区校车办责令该公司于3月'
     '3日将95634元补贴款上缴区核算中心。调查发现，雨露校车公司未按要求如实上报校车信息，校车办负责人把关不'
     '严、审查不细等是这起虚报冒领运营补贴事件的原因。于洪区教育部门责令沈阳雨露校运有限公司进行内部严格整'
     '改，待公安、纪检部门调查结果明确后再行处理。进一步完善校车补贴资金发放管理办法，确保发放到实际运营的'
     '车主手中，充分发挥政府财政补贴作用，同时聘请人大代表、政协委员、家长代表对校车运营工作进行全程监督。',
     'in', None, False, ['工作纪律'],
     [(None, '负责人', '校车办')]),
    # 03
    ('https://bbs.cnhubei.com/thread-4582322-1-1.html',
     '尊敬的网友们好！我是黄州区堵城镇的一名学生家长，孩子在堵城镇小就读，今天借贵网晒晒我们这个地方高额的'
     '“学费”。早餐费350元，中餐500元（中餐一到三年级包餐500元四到六年级的孩子每餐刷卡6元，还有加餐，学生可'
     '以自由的刷卡如鸡柳等，有的学生每餐十几元），一学期（100天算）下来可就是600700元，学生奶240元，托管费'
     '400元（2017年春到现在），教育局张贴学费152元，，作业本费25元，教辅费30元，车费600元至700元，加保险80'
     '元，还有什么研学180元，五花八门的收费叫家长们叫苦不迭。国家常常喊出的对农村减负，再苦不能苦教育，再'
     '穷不能穷孩子，在现实生活里面荡然无存。不知是国家的错，还是地方办变了样。今天给平台写信，也是迫不得已'
     '，因为两个孩子上学，让我们这些农村的没有出息的家长已经负担不起了。国家三令五申，要给农村减负，给农民'
     '减负，可就只听到口号，没看到行动。我先从托管费说起，望明察。',
     'in', None, False, ['群众纪律'],
     []),
    # 04
    ('http://m.wenzhouzx.com/news/shehui/47011.html',
     '人民网南昌12月26日报道江西贵溪市校车落水事故处理最新进展：贵溪市政府副市长余红艳和贵溪市公安交警、贵'
     '溪市交通运管部门、教育部门12名事故责任人已被停职检查。江西贵溪市校车落水事故发生后，江西省鹰潭市委市'
     '政府和贵溪市委市政府高度重视，立即对校车事故展开调查，并启动问责机制。贵溪市政府副市长余红艳停职检查'
     '贵溪市滨江镇代镇长方太发停职检查贵溪市滨江镇党委委员李志英停职检查贵溪市滨江镇中心学校校长李祖佳（负'
     '责该镇幼儿教育）停职检查贵溪市教育局局长杨小敏停职检查贵溪市教育局副局长周建华停职检查贵溪市教育局基'
     '教股股长汪荣范停职检查贵溪市公安局副局长兼交警大队大队长彭拥军停职检查贵溪市交警大队副大队长李辉亮停'
     '职检查贵溪市交通运输局局长李顺玲停职检查贵溪市交通运输局党委副书记祝样等停职检查贵溪市交通运输局运管'
     '所所长何向阳停职检查以上被停职检查的12名事故相关责任人和相关单位，待事故调查结束后，依法依规严肃处理'
     '。',
     'in', None, False, ['工作纪律'],
     [('余红艳', '副市长', '贵溪市政府'), ('方太发', '代镇长', '贵溪市滨江镇'),
      ('李志英', '党委委员', '贵溪市滨江镇'), ('李祖佳', '校长', '贵溪市滨江镇中心学校'),
      ('杨小敏', '局长', '贵溪市教育局'), ('周建华', '副局长', '贵溪市教育局'),
      ('汪荣范', '股长', '贵溪市教育局基教股'), ('彭拥军', '副局长兼交警大队大队长', '贵溪市公安局'),
      ('李辉亮', '副大队长', '贵溪市交警大队'), ('李顺玲', '局长', '贵溪市交通运输局'),
      ('祝样', '党委副书记', '贵溪市交通运输局'), ('何向阳', '所长', '贵溪市交通运输局运管所')]),
    # 05
    ('http://paper.wenweipo.com/2010/12/29/CH1012290031.htm',
     '香港文匯報昨日報道的湖南鄉村一輛改裝校車發生交通事故，14名學生死6名學生傷的慘劇。事故發生後，湖南省'
     '衡陽市政府新聞辦透露，衡南縣「12.27」交通事故中14名遇難學生家屬均簽訂補償協議。與此同時，當地政府已'
     '免去包括該縣教育局局長在內的6名相關責任人的職務。28日凌晨3時，衡南縣委召開常委會，免去在此次事故中負'
     '有主要責任或直接責任的縣教育局局長王勵、松江鎮分管交通工作的主任科員陽世新的職務，同時分別免去松江鎮'
     '中心學校校長陳少華、因果小學校長陳新、車江中心交管站副站長羅勝利、縣交警大隊車江中隊中隊長周頻的職務'
     '。另悉，慘劇發生後，長沙市立刻開展校車專項督查，嚴查校車超載超速和「黑校車」、摩托車、拼裝車接送學生'
     '的現象。同時，有關部門還將對學生和家長進行安全知識教育，呼籲學生不要圖一時方便乘坐「黑校車」上學。',
     'in', None, False, ['工作纪律'],
     [('王勵', '局長', '縣教育局'), ('陽世新', '主任科員', '松江鎮'), ('陳少華', '校長', '松江鎮中心學校'),
      ('陳新', '校長', '因果小學'), ('羅勝利', '副站長', '車江中心交管站'),
      ('周頻', '中隊長', '縣交警大隊車江中隊')]),
    # 06
    ('http://www.8x8x1948.com/xcxw/dfdt/2018/1207/2018LGLAKofLKN.html',
     '2018年9月28日14時許，在綏寧縣黃土礦鎮小安村清龍庵處，被村民堆放砂石占去半幅路面的彎道上發生一起道路'
     '交通（校車）事故，造成車上26名學生不同程度受傷，直接經濟損失1.3萬元。綏寧縣“9.28”校車側翻事故雖未造'
     '成人員死亡，但已是今年以來綏寧縣發生的第二起校車事故，影響十分惡劣，暴露出來的校車安全監管責任缺失缺'
     '位等問題十分嚴重。事故發生后，省委書記杜家毫、省長許達哲、市委書記龔文密、市長劉事青等領導立即對事故'
     '的應急救援和善后工作作出指示。2018年11月14日，綏寧縣紀委監委作出決定，對縣校車辦、縣交警大隊、黃土礦'
     '鎮學校、縣教科局、縣交通局、黃土礦鎮政府等單位在校車安全管理工作中失職的36名責任人員予以問責。其中政'
     '務立案12人，黨紀立案1人；予以誡勉13人，給予批評教育10人。市安委辦根據市委、市政府安排，于11月16日，'
     '對綏寧縣“9.28”校車側翻事故進行督辦。提出進一步問責建議，對縣校車辦主任、縣教科局分管校車工作的副局長'
     '和縣交警大隊分管校車工作的副大隊長予以免職，黃土礦鎮學校副校長和交警中隊中隊長予以撤職，縣教科局局長'
     '、縣交警大隊、黃土礦鎮學校校長和黃土礦鎮分管校車工作的副鎮長給予政務或黨紀處分。市長劉事青、副市長李'
     '華和專門作出批示，同意市安委辦問責建議，并要求有關部門抓好落實。',
     'in', None, False, ['工作纪律'],
     [(None, '主任', '縣校車辦'), (None, '副局長', '縣教科局'), (None, '副大隊長', '縣交警大隊'),
      (None, '副校長', '黃土礦鎮學校'), (None, '中隊長', '交警中隊'), (None, '局長', '縣教科局'),
      (None, '校長', '黃土礦鎮學校'), (None, '副鎮長', '黃土礦鎮')]),
    # 07
    ('http://www.556gg.com/202007/04/130909.html',
     '“中心校長誡勉談話，分管安全副校長免職，包片校長撤職，幼兒園園長辭退，違法車輛當場予以扣押，并開展進'
     '一步調查，從嚴處理。”7月1日，鹿邑縣教育體育局通報了關于唐集鄉幼兒園使用非法校車的處理結果。近日，映'
     '象網“大象陪辦”接到鹿邑縣學生家長反映，稱其孩子所在的學校長期使用無牌車輛接送孩子，也不知道無牌校車有'
     '沒有手續、保險，駕駛員有沒有校車駕駛資質，而且每次接送學生時都存在嚴重的超員情況，存在很大的安全隱患'
     '。映象網記者對此進行了調查，并于7月2日以《無牌不帶證還超員 鹿邑一幼兒園校車引家長擔憂》為題進行了報'
     '道，報道后鹿邑縣教體局第一時間聯合鹿邑縣交警大隊成立調查組進行調查處理。經查，唐集鄉向陽幼兒園于6月2'
     '9日下午5時許使用三輛校車接送學生，其中兩輛校車未辦理車輛入戶手續，且存在超員現象。依據《鹿邑縣教育體'
     '育局關于進一步嚴厲打擊非法接送學生車輛的通知》（鹿教{2017}74號），鹿邑縣教體局黨組經研究決定，對唐集'
     '鄉中心學校予以全縣通報批評并扣除中心校目標管理量化考核積分15分，對負有監管責任的唐集鄉中心學校校長王'
     '勉仁誡勉談話，分管安全副校長蔣玉東予以免職，包片校長趙自立予以撤職。同時責令唐集鄉中心學校對向陽幼兒'
     '園園長王良萍予以辭退，并采取措施立即整改，如再次出現類似現象，將吊銷該園辦學許可證。對于違法車輛交警'
     '部門予以當場扣押，并開展進一步調查，從嚴處理。',
     'in', None, False, ['工作纪律'],
     [('王勉仁', '校長', '唐集鄉中心學校'), ('蔣玉東', '副校長', '唐集鄉中心學校'),
      ('趙自立', '包片校長', '唐集鄉中心學校'), ('王良萍', '園長', '向陽幼兒園')]),
    # 08
    ('http://www.bapduoduo.com/xcxw/dfdt/2013/0829/2013HcJniBLJoY.html',
     '強制學生購買課外讀物，校車超載，有償補課……今年6月，省紀委監察廳、省糾風辦舉辦“落實責任 教育惠民”媒體'
     '問政節目，曝光湖北省教育領域違規問題。臨近開學，省紀委監察廳昨通報我省14個教育領域違規問題的處理結果'
     '。其中，武漢學校多涉及違規收費問題。“小學生雅行教育理論與實踐研究”屬湖北省教育科學“十一五”規劃立項課'
     '題，廣埠屯小學為課題承擔單位。該校據此編寫了校本教材《雅行走天下》，校長王淑芳為主編。2010年至2012年'
     '的新生家長培訓會上，學校介紹了其教學品牌“雅行教育”及校本教材《雅行走天下》。2010年至2012年，該校入校'
     '新生593人中有310人購買此書，學校按每套40元共收取書款12400元。該教材編印成本74000元、教師勞務費1800元'
     '，均由學校使用公用經費支付。該校違反了我省義務教育階段“一費制”規定和公用經費使用規定，洪山區教育局對'
     '問題失察，督察不力。洪山區紀委決定，給予洪山區教育局副局長陳國安誡勉談話處理，洪山區監察局責成洪山區'
     '教育局給予校長王淑芳警告處分，責令學校限期全額清退售書款，收回違規發放的勞務費，并在全區教育系統通報'
     '批評該校違規問題。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('陳國安', '副局長', '洪山區教育局'), ('王淑芳', '校長', '廣埠屯小學')]),
    # 09
    ('http://whygutenberg.com/xwzx/dl/kj/201304/t20130424_4119554.htm',
     '南山實驗學校（集團）是一所九年一貫公有制學校，廣東省一級學校，2012年開始集團辦學，下設麒麟中學、荔林'
     '中學、南頭小學、麒麟小學、鼎太小學、荔林小學、麒麟幼兒園。2012年3月，程顯棟任該校校長，此前曾任南山'
     '前海小學校長等職。他是中學高級教師，教育學碩士，東北師范大學兼職碩導，在深圳教育界較有名聲。網帖稱，'
     '程顯棟動用30萬元的學生伙食費，于2013年2月購買別克GL8 2.4升豪華型7座4門MPV，車牌號為粵B6GP69，供自己'
     '獨用。南都記者獲悉，該車今年2月26日登記上牌，登記在深圳市文德教學設備有限公司名下。網帖稱，該公司由'
     '南山實驗學校全額投資，“文德公司”和“學校后勤保障部”實際就是兩個名稱一個實體，管理干部由校長親自任命。'
     '網帖稱，文德公司是在向區教育局及審計部門報告伙食費虧損的情況下，挪用學生的伙食費來購車。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('程顯棟', '校長', '南山實驗學校')]),
    # 10
    ('http://hbsztv.com/news/china/20120612/32700.html',
     '勉县群峰博爱小学上学期至今，一直按182人领着国家教育经费和蛋奶工程补助款。而知情人称，该校实际学生人'
     '数为150多人。汉中市、勉县相关部门已成立联合调查组，初步证实，确实存在虚报学生人数的情况。昨日，勉县'
     '老道寺群峰博爱小学校长韩某称，该校共6个年级，每个年级只有一个班，学生总人数182人。学校享受国家实行“'
     '两免一补”政策，免除了学杂费、书本费，由上级部门按学生人数拨付教育公用经费。同时，学校还实施了“蛋奶工'
     '程”，每个学生每天几毛钱就可以领一盒牛奶一个鸡蛋，政府给每生每天补助1.5元左右。该校蛋奶储存室一位工作'
     '人员表示，学校按照表格上的学生人数向上级申领，每天向182名学生发放蛋奶。随机抽查发现，一年级领取蛋奶'
     '表格上显示领取人数27人，但在一年级教室，同学们异口同声地说班上只有22人，名单上多出来的5个孩子，怎么'
     '也找不到。三年级实际学生人数15人，但蛋奶领取表格上却显示为31人，多出16人。昨日，勉县教育局核实，群峰'
     '博爱小学本学期和上学期的蛋奶款一直按照182人领取。该局计财科高科长查阅了勉县2012年春季公用经费拨付文'
     '件及经费预算表后称，群峰博爱小学去年秋季是按照182人拨付的教育公用经费，这学期是参照上学期的182人数拨'
     '付，每生每年550元（一学期275元）。在该局安全科，一份老道寺中心小学报来的3月份蛋奶工程资金结算汇总表'
     '上，群峰博爱小学也是按182人领取的。高科长称，按照现在掌握的报表，该小学本学期和上学期的蛋奶款一直按'
     '照182人领取。对此，汉中市教育局，勉县县委、县政府以及县教育局有关领导高度重视。',
     'in', None, False, ['廉洁纪律'],
     [('韩某', '校长', '勉县老道寺群峰博爱小学')]),
    # 11
    ('http://www.djtuolian.com/xcxw/dfdt/2014/1029/2014JcKEVQvqiM.html',
     '公辦學校的校車應該如何收費？近日，珠海網友@愛如空氣不斷質疑南屏廣生小學生校車收費問題，認為每天8元的'
     '收費標準太貴，因學區劃分而造成的成本不應該全由家長承擔。記者了解到，此前市物價局出臺文件規定校車費用'
     '不得超過每天3元，而實際上珠海公辦學校校車均收費不一，從免費到每天10元均存在，而大部分收費也都超過了3'
     '元的限價。珠海網友“@愛如空氣”投訴稱，自己作為南屏南泰明灣小區的學生家長，由于家對面的甄賢小學學位緊'
     '張，幾年前該小區部分住戶被劃分至五六公里外的廣生小學學區。而進入較遠學校后，孩子上下學就必須依靠校車'
     '，但他發現，校車費用高達8元每天來回，遠遠超過公交車每天上下學兩趟4元的標準。“@愛如空氣”質疑，既然是'
     '教育部門沒按“就近入學”標準進行學區劃分造成的距離，為何校車又這么貴，用校車來掙錢？另外，公辦學校的校'
     '車教育部門為何不進行補貼。學區劃分造成的入學成本，為何要家長來承擔？對此，廣生小學一位副校長表示，該'
     '校的校車收費標準是香洲區教育局制定的，費用收支情況都應該詢問區教育局。而且8元的校車收費與校車服務的'
     '成本大體相當。此外，他還表示，校車服務應該由政府統籌協調，“沒有協調好，這說明政府不作為。”',
     'in', None, True, ['群众纪律'],
     []),
    # 12
    ('http://m.av069.com/jiaoyu/jyzx/2013-12-25/137281.html',
     '校車費用從每學期800元漲至1200元，漲幅達50%，為了向有關部門反映這個問題，深圳的一名家長展開漫長的咨詢'
     '過程，先后被六七個職能部門“踢皮球”，其后，這名家長用清晰的數據分析和圖文并茂的形式，展示了這個艱難、'
     '迂回的過程。23日，羊城晚報記者在深圳某論壇發起的投票看到，有96.7%的網友遭遇過被政府部門“踢皮球”。網'
     '友“第十工業區”稱，寶寶在龍華新區的一所私立小學上小學，本學期校車費為1200元，而上學期為800元，漲幅為5'
     '0%。為此，便向深圳市教育局反映，工作人員很快答復，讓這名家長向龍華新區公共事業局咨詢。由此，這名家長'
     '開始了一個漫長的咨詢過程。被“踢”一輪后，“第十工業區”表示，最后一次打了深圳市場監督管理局龍華分局的電'
     '話，工作人員說，學校只要向他們申請備案就可以收費，收費的價格只要不超過備案價格，就不違規。“他還說，'
     '如果你覺得這個價格不合理，可以不坐校車。聽了最后這句話，我啞口無言。”該網友說。在這名網友制作的“路線'
     '圖”中，可以發現他一開始打電話到深圳市教育局，隨后被一路指引至龍華新區公共事業局、龍華街道辦、深圳物'
     '價投訴熱線電話12358、龍華新區發展與財政局、深圳市市場監督管理局龍華分局反映問題。他表示：“投訴很難，'
     '沒有人能堅持下來，我也算得上奇葩了。”針對這件事，龍華新區公共事業局的相關負責人表示，該區教育科只負'
     '責審核民辦中小學的學雜費，而服務性收費包括校車接送費、伙食費等，由市場監督管理部門負責備案。',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     []),
    # 13
    ('https://ppfocus.com/0/pe3c68f3e.html',
     '去年4月，南京江寧一小學男生從校車上下來後，橫穿馬路回家被一輛私家車撞倒，經搶救無效死亡，年僅12歲。'
     '交警調查發現，這並不是一起普通的交通事故，在它背後，隱藏著一個驚人的秘密：校車沒有在規定的地點停站，'
     '而本應等最後一個孩子下車才能走的護導員，竟然提前下車了。事發後，肇事私家車司機賠償了五十餘萬。但是，'
     '孩子的家長又將江寧區陸郎中心小學、江寧區江寧街道辦事處、新城巴士公司告上法庭，認為三者對校車管理不力'
     '，是導致孩子死亡的終極原因。昨天，江寧法院開庭審理了此案，案件沒有當庭判決，法官將對雙方進行調解，如'
     '調解不成將擇日宣判。去年4月9日下午4點半左右，江寧區正方大道，一輛載著小學生的公交車，由東向西停在了'
     '路邊。車停穩後，一個小男孩背著書包從車上下來，繞過公交車車頭由北向南朝馬路對面的文堂物資有限公司方向'
     '跑去。正在這時，一輛小轎車從公交車旁邊疾馳而過，駕駛員看到小男孩立即剎車並向左打方向避讓，但仍然躲閃'
     '不及，「砰」的一聲將其撞飛數米。小轎車停下後，下來兩名臉色煞白的女子，急匆匆向昏迷在地的小男孩跑去。'
     '緊隨其後的另一輛私家車看到此情景，立即打著雙跳停在路中間，和其中一名女子把受傷的男孩抬到車上送往醫院'
     '，而另一名女子則留在現場等交警。這個男孩名叫李波（化名），江寧區陸郎中心小學學生，12歲。雖然他被第一'
     '時間送往醫院搶救，但因傷勢過重，還是在半個月後不治身亡。交警部門認定，肇事小車駕駛員王紅霞負事故主要'
     '責任，李波負次要責任。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.e6862.cn/detail/RZ2n5Molkwj',
     '10月10日下午3時30分許，贛州市公安局交警支隊直屬大隊民警在章貢區沙石鎮龍埠村花溪澗路將晨光海欣幼兒園'
     '的一輛車號為贛B3N×××的校車現場攔截。41歲的吳某某既是這家幼兒園的法人代表，也是贛B3N×××五菱面包車車主'
     '。為了減少開支，吳某某在校車運營方面既沒有向交警部門申請注冊校車牌照，也沒有查實其招聘的司機彭某某是'
     '否取得校車駕駛資格。對這種嚴重超員的情況，幼兒園負責人吳某某實際上早就心知肚明——包括園長楊某某，司機'
     '彭某某以及隨車園內教師，曾經多次向他反映校車嚴重超員的情況，希望負責人吳某某能夠多安排幾輛校車運送學'
     '生。遺憾的是，吳某某對此置若罔聞，始終推諉。目前，贛州市章貢區人民法院已作出一審判決，認定幼兒園負責'
     '人吳某某犯有危險駕駛罪，判處其拘役兩個月，并處罰金6000元；認定幼兒園園長楊某某犯有危險駕駛罪，判處其'
     '拘役兩個月，并處罰金2000元；認定校車司機彭某某犯有危險駕駛罪，判處其拘役兩個月，并處罰金2000元。該案'
     '將校車管理人、校車車主與校車司機，同以“危險駕駛罪”落案判實刑，這在江西省是第一起。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://cernet.edu.cn/zhong_guo_jiao_yu/zong_he/zong_he_zhuan_ti/xcaq/201501/t20150107_1221879.shtml',
     '去年8月末，温岭52辆“长鼻子”校车被闲置，甚至“沦落”为村民“公厕”的消息经媒体曝光后，引起轩然大波。购买'
     '这些校车的安徽驻台州商会负责人在接受媒体采访时表示，校车是用于在温岭成立校车公司，以解决农民工子弟学'
     '校学生接送难题的。但由于迟迟未能获得温岭教育部门许可，而“被迫”闲置近一年时间。随后，国务院督导委员会'
     '办公室责成浙江省人民政府教育督导室进行了核查，并要求当地政府及有关部门妥善处置。在这起事件“发酵”期间'
     '，舆论一度同情商会的遭遇，认为教育部门“不作为”，不该让52辆校车荒废在外。不过，温岭警方在随后的调查中'
     '，发现商会中有人涉嫌伪造了温岭市教育局公章和批文，而让“剧情”来了一次大反转。去年10月，安徽驻台州商会'
     '的副会长汤玉坤被批捕。昨天，温岭法院正式开庭审理该案，汤玉坤当庭认罪，承认曾花了200多元私刻“萝卜章”'
     '。那么，他到底为什么要又为什么敢伪造公章、批文成为案件的焦点。让我们先把时间拉回到去年8月末。当时，'
     '有网友在台州当地论坛发帖称，在温岭城西街道芷胜庄村一块约8亩的空地上，停着数十辆黄色的“长鼻子”校车。'
     '可奇怪的是，这些校车已经停了将近一年时间，任由“风吹日晒”，一些校车甚至成为村民们解决内急的“公厕”。随'
     '后，有媒体跟进采访发现，这些车子是安徽驻台州商会出资购买的，一共52辆，50辆56座，2辆37座，再配上空调'
     '、摄像头等装置，总价达到1700多万元。如果再算上司机工资等费用，投入将近2000万元。买来的校车为何不投入'
     '使用？在昨天的庭审现场，作为购买校车的直接经办人，安徽驻台州商会副会长汤玉坤讲述了购买校车的原因。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://168yunfa.com/html/chenglinews/1641.html',
     '近日由于新莞人子女無法乘坐村集體購買的專用校車，厚街環崗、寮廈和汀山等村的新莞人家長集體租用了一輛旅'
     '游大巴負責接送孩子讀書，但日前大巴被叫停，這些新莞人子女面臨上學難問題。10月14日上午7時，家住厚街鎮'
     '環崗社區的許先生帶著孩子，前往環崗市場門口等待接送上學的旅游大巴，但是直到7時30分以后，大巴依然不見'
     '蹤影。許先生致電大巴司機才得知接送的大巴已在路上，被厚街交警以“用旅游大巴充當校車接送違規”為由暫扣車'
     '輛。許先生參加了新莞人積分入讀公辦學校，孩子被安排至橋頭村橋頭小學讀書，距離環崗村約10公里，騎單車也'
     '需要至少40分鐘。由于平時上班無暇接送，所以許先生也和村里很多新莞人家長一樣，每月花220元合伙租用旅游'
     '大巴當校車接送孩子。如今旅游大巴被交警扣車，讓平時搭乘大巴上學的幾十名學生無法正常上學，對此旅游大巴'
     '司機鄭師傅也表示無奈。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://wz.czxww.cn:8443/questions/4861',
     '知悉该帖反映情况后，乡党委、政府高度重视，明确驻村领导谢纬华、驻村干部李祥华专门予以调查核实，现将办'
     '理情况回复如下：石羔乡下车村辖2个自然村，7个村民小组，1196人，与蓝山县土市乡交界，距县城10公里。其中'
     '在甫南完小就读的学生66人，在石羔乡中学就读的学生26人，在本村就读的学生17人。2009年9月，县委县政府实'
     '施公交一体化惠民工程，下车村通上了公交车，但由于下车村地处偏远，加之大部人员外出打工，乘坐率不是很高'
     '，公交车运营处于亏损状态（1元/人）。2010年4月，县公交公司取消了至下车的公交班次。2010年10月，下车村'
     '民的强烈要求恢复至下车的公交车，支部书记李祥华和部分群众代表到公交公司与公交公司领导协商达成了一致意'
     '见：公交车两个班次到下车村（5号路公交有5个班次），收费成人2元/人，小孩和老人1元/人，下车村恢复了公交'
     '车通行。驻村领导谢纬华、支部书记李祥华召开了村民代表会商议，但筹资上由于家长意见不一致，筹资上比较困'
     '难。在与公交公司协商中，公交公司的领导表示现在没有这样的政策，而且技术设备还不完善，运行起来比较困难'
     '，会造很多的问题和矛盾，没有同意下车村的意见。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.8x8x1948.com/yygl/2014/0820/2014HTPoZUHDPP.html',
     '16日，慶云交警大隊接到舉報稱，東辛店鎮存在“黑校車”。隨后，民警展開調查，并與東辛店鎮教委取得聯系，確'
     '定該車無校車手續，是一輛“黑校車”。當日下午將該車查獲。經調查，涉嫌違法車輛是私家車，該車核定載客5人'
     '，車內竟然坐了17個孩子還有一名教師。據隨車老師介紹，她們辦的暑假班有30多個孩子，都是附近村的，每天放'
     '學后就用這輛面包車送孩子回家。',
     'out', '其他', False, [],
     []),
    # 19
    ('http://chinanews.com.cn/edu/xyztc/news/2008/10-15/1413301.shtml',
     '记者今日从河津市有关部门获悉，今后，凡公立学校校车超员一次的，副校长免职，两次的，校长免职。在接送学'
     '生车辆安全排查工作中，将严格实行责任制，进一步加大校车整顿力度，确保安全无事故。目前，该市各校接送学'
     '生车辆存在超员、司机驾龄短、技术差、证照不全等问题。为此，该市要求全市凡接送学生的校车必须手续齐全，'
     '办理准运证，而且驾驶员必须具有3年以上驾龄。同时，该市还严格实行责任制，公立学校校车超员校领导要被免'
     '职，私立学校校车超员，学校立即停办。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://m.8x8x1948.com/xcxw/ssrd/2012/1104/20121104084833554412379111887.html',
     '學校校車超載不僅會被取消年度評優資格，學校校長也會被責令解聘。記者昨日從東莞教育網獲悉，長安鎮三星級'
     '民辦學校福海學校因校車嚴重超載等問題而受到市教育管理部門嚴懲。據市教育局發布的《關于對長安福海學校校'
     '車違法違規行為的處罰通報》（簡稱《通報》），2012年9月27日，長安福海學校使用車牌號分別為粵S27958、粵S'
     '99986的校車接送學生，車輛核載人數分別為24人、50人，但實載70人、62人，存在嚴重超載行為；同時，兩輛校'
     '車的駕駛員鄒×軍、耿×軍都不具備相應駕駛資格，嚴重違反了《道路交通安全法》及我市校車管理有關規定。教育'
     '部門研究后決定對長安福海學校校車違法違規行為作出多項處罰。首先，將給予長安福海學校全市通報批評的處分'
     '，取消該學校2012年度評先評優資格，并將該學校2012年度檢查結果評定為不合格。同時，也取消長安福海學校三'
     '星級民辦學校稱號，并責成長安教育衛生局監督福海學校解聘校長（安全管理工作直接責任人）聶×江；解聘涉事'
     '校車的兩名司機，并追究其他安全相關責任人的責任。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://shanghai.baogaosu.com/xinwen/%E5%AE%9D%E5%B1%B1%E9%A1%BE%E6%9D%91%E9%BB%91%E6%A0%A1%E8%BD%A6%E5%AE%9D%E5%B1%B1%E9%A1%BE%E6%9D%91%E9%BB%91%E6%A0%A1%E8%BD%A6/26878191',
     '说起“黑校车”，大家都会联想起内地一些偏远农村地区，一辆没有资质的破面包车，里面塞满孩子。这样的黑校车'
     '由于屡屡发生事故，也不断引发社会的关注。但是在上海，竟然也有类似的黑校车。最近，有网友反映，宝山顾村'
     '地区有黑校车出没。27日下午，宝山警方根据举报线索，在顾村地区拦截到了一辆黑校车。这辆核载8人的小面包'
     '车上，除了司机外，竟然搭载了13名儿童。下午4点多，记者在宝山刘行派出所看到了这辆安徽牌照的小面包，还'
     '没走到车子跟前，就听见孩子们的哭声。打开车门，眼前的景象让人吃了一惊，狭小的车厢里，13个孩子挤在一起'
     '，最后一排的孩子甚至连座位都没有。这些孩子中，年龄最小的4岁，最大的8岁，都来自一所叫“未来星”的学校。'
     '孩子们说，他们坐这辆车上下学已经有一段时间了。据黑校车司机介绍，是学校校长来雇他开车接送孩子的，如果'
     '事实真的如此，那么，这位校长难辞其咎。但是，当校长王某被警方叫来问话时，她却对有关情况矢口否认。孩子'
     '的话，校长可以轻易否认，但司机陈述，却跟校长截然相反。司机承认与学校的雇佣关系，并且说，开“黑校车”已'
     '经有一段时间了。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://heb.hebei.com.cn/system/2018/04/17/018743639.shtml',
     '通过梳理发现，这些车辆普遍存在两个特点：一是多为幼儿园接送幼儿的车辆，且幼儿园多存在办学资质不全的问'
     '题；二是发生超员违法的车辆均不是正规的校车，且连接送学生车辆的资质或标识都没有取得，为大家俗称的“黑'
     '校车”。据介绍，这类车辆如发生严重超员违法行为，将会受到法律的严厉处罚：依据《刑法》第133条，从事校车'
     '业务或者旅客运输，严重超过额定乘员载客，机动车所有人、管理人负有直接责任的，处拘役，并处罚金；依据《'
     '校车安全管理条例》第45条，使用未取得校车标牌的车辆提供校车服务，或者使用未取得校车驾驶资格的人员驾驶'
     '校车的，由公安机关交通管理部门扣留该机动车，处1万元以上2万元以下的罚款；依据《道路交通安全法》第92条'
     '，公路客运车辆载客超过额定乘员的，处200元以上500元以下罚款；超过额定乘员百分之二十或者违反规定载货的'
     '，处500元以上2000元以下罚款。1月3日，大名县交警大队龙王庙中队接群众举报：西付集乡后大江一所幼儿园接'
     '送学生的客车超员。8时许，在大名县西付集乡马陵村至前大江公路后大江村路段处，执勤交警查获驾驶人杨某胜'
     '驾驶的冀A6B983客车，该车发动机号、车架号已被人为破坏，车牌是伪造变造的，核载15人，实载30人，超员100%'
     '。驾驶人杨某胜，大名县西付集乡东杨庄村人，系大名县西付集乡后大江幼儿园负责人。处理结果：后大江幼儿园'
     '负责人、驾驶人杨某胜被处以13700元罚款。因涉嫌危险驾驶罪，杨某胜被追究刑事责任，案件已移交至检察机关'
     '。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH179, "fresh179")
