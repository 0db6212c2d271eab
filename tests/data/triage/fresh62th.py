"""Sealed batch fresh64: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: 扫黑除恶 and 保护伞: village tyrants (村霸) and clan forces among village cadres, and the
officials and police who shelter them; out items are neighbour and family disputes and lawsuits
reported in the same kind of villages. Sources (stored-pages search): a fang85 copy of the 湖北
press conference on the 咸安 food-safety bureau chiefs shielding a slaughterhouse gang; a 网易 copy
of the 纪检监察报 report on the 淮阴 越河村 村委会主任 and 35 police shields; a 2024 article on the
雅安 前进村 gang, two 派出所 officers and a 镇党委书记; a 十分网 copy of the 纪检监察报 piece on
通风报信 (维西 副局长); a 2018 chinavalue commentary on the 宾川 中营村 支书 in the 派出所; a 星岛
环球网 copy of the 华商报 report on the 蓝田 张家斜村 村主任; a 2016 report on the 万全 豐勝莊
whistleblower (traditional); a forum snippet on a 村委会书记 bribed in a brothers' land grab;
a 2011 沂水 letter on a cadre's arson and beating (traditional); a 北京 农业农村局 copy of the 半月谈
piece on 村霸 cadres who joined the party; a 宁夏 西夏区检察院 page on the 新会 南镇村 case; a
minshangjie copy on the 万宁 文氏 clan gang; out items: a 朝阳法院 neighbour execution, a 宜丰 judge's
account of a 宅基地 execution, a 柞水 neighbour building case (traditional), a 乡宁 neighbour path
lawsuit, a 丹凤 letter on a village road over a homestead (traditional), a 钟祥 boundary mediation,
a 问政四川 post on a "村霸" fish pond and the town's reply, a 上杭 family mediation on an old
mother's support, a 福清 留言板 item on a village road blocked by a private plot, and a 海口 drain
blocked by neighbours' walls. Four texts are in traditional script (items 7, 9, 15, 17; the
glossing pinyin of the pages' converted copies removed).

Conventions: as in the earlier sealed batches (see fresh38th.py and fresh44th.py). Excerpts as
published (whole sentences kept, some paragraphs and sentences cut; page junk such as headlines,
sub-headings, image captions, bylines, datelines, source tags ("原标题:", "星岛环球网消息:《华商报》
讯"), the editor's note, "打开网易新闻 查看精彩图片", numbered sub-heads and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers ("15.8万元", "400元/年"); stray spaces the pages put inside sentences or after
commas removed (001, 009, 016, 017, 021). Page typos kept ("猪内市场", "恒久", "放肆非法上访", "接纳
寻衅滋事", "不平从", "阻扰", "問題問題", "調協調", "公路收重型車輛").
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, firms, gang members without a post and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept as in fresh40th.py) and units as written; unit None when the
text does not tie the person to a named unit. Topics only from the twelve names of triage.md;
shielding gangs and cadres' bullying of villagers are 群众纪律 (taxonomy IS.MAS.05), rigged or
bought village elections and fraudulent party entry 组织纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (008, 009).
Out types: 涉法涉诉 4 (013-016), 征地拆迁 3 (017-019), 个人利益诉求 1 (020), 其他 2 (021, 022).
22 accused entries, all in items 1-12: 14 with a full name, 5 masked (申某健, 陈某, 高某, 严某某,
王某), 3 post only. Out items have no accused entry.

Close calls:
 1  Only the first paragraph of the page kept (the page then splices in an unrelated 朱永君 case,
    cut). 刘明玉 is a "退休干部" of the 咸安区水利局 and a party member expelled for the shielding:
    accused, position '退休干部'. The other five of the "8名党员干部和国家公职人员" are unnamed: no
    entry. 阮建国 heads the gang (a firm's manager): not accused. Topics 群众纪律 (保护伞) and
    滥用职权 ("提供非法保护").
 2  The 35 "违法乱纪干警" who shielded 聂元元 are an unnamed group: no entry. 干建柱 and 周玉成 lead
    and belong to a rival gang without posts: not accused. Only 群众纪律: the text gives the
    gang's crimes, not a specific abuse of the post.
 3  陈某 and 高某 are first written "当地派出所的教导员陈某和副所长高某": the 派出所 is not named,
    unit None. 严某某 is "大兴镇党委书记严某某": position '镇党委书记', unit '大兴镇' (as in the
    triage.md example). 申某健 first written "在…大兴镇前进村任村委主任": '村委主任', '前进村'.
    Caption "李某清团伙被抓捕现场" and the page's title lines cut; last sentence cut where the page
    breaks off. Topics 群众纪律, 贪污贿赂 (the two officers' 15.8万 and 22.5万), 选人用人 (the
    镇党委书记 steering the village election).
 4  A commentary; the 编者 note and sub-heading cut, cut before the 辅警 paragraph (the 北流 协警
    and the unnamed 中山 辅警 sit in the cut part). 和劲辉 as first written "…维西县公安局原党委委员、
    副局长和劲辉". Topics 工作纪律 (泄露工作秘密), 群众纪律 (保护伞), 贪污贿赂 (收受贿赂).
 5  The 济南 辅警 paragraphs of the commentary cut. Only 李家良 is accused; his sons 李田 (力角村村支书)
    and 李周 (党员) are named but no misconduct is alleged against them ("带着李周" only). The
    民警杨凯 is the victim.
 6  "原村主任获刑11年" has no name; the first mention with the name is "被告人王某系…张家斜村村委会
    主任". 张某 and the others are co-defendants without a stated post: not accused. The 六组组长
    is the victim. Topics 组织纪律 (贿选, 操纵选举) and 群众纪律.
 7  Traditional, headline and dateline cut; cut after the quoted "有三個是國家公職人員!" (the page
    goes on). 李正海 is "村支書李正海"; unit '豐勝莊' from "萬全縣豐勝莊村民". The three public
    servants among the attackers are unnamed: one post-only entry (None, '國家公務人員', None) as
    first written ("竟有3名國家公務人員"), as fresh44th.py did for "派出所警察". His two sons are
    private. The debt "貓膩" is only suspected: topic 群众纪律 (打击报复) only. The 公安局 and
    政府 that turned him away are organs.
 8  Mixed, a short forum text: a brother's seizure of the family field (an out-of-scope family
    land claim) after bribing "霞洞镇塘涵村委会书记等乡官": (None, '村委会书记', '塘涵村委会');
    the other "乡官" are an unnamed group. The neighbour 崔姓村民 is private. Cut where the post
    breaks off ("那些村委会领...").
 9  Traditional, glosses removed; two sentences garbled in the stored copy ("血?dú)夥絼偟…",
    "就因?yàn)閹最w小樹苗") and the truncated last sentence cut. Mixed: the trees planted on the
    sister's allotted land (an out-of-scope land claim) and the arson and beating by the
    "原村委會主任、現任委員" (post as first written; unit None, the village is unnamed). His son
    who threw the brick and his brother who planted the trees have no post: not accused.
10  The intro, the 半月谈 text on three 北京 cases. "当地党政工作人员帮助" (who helped them join the
    party) is an unnamed group: no entry. Positions as first written, "原" kept.
11  A 检察院 explainer; only its definition line and the 关和合 example kept (the 张艳超 example
    and the list headings cut, 张艳超 being already in item 10's page). 职务侵占 of village funds
    taken as 贪污贿赂.
12  The 文氏 gang: 文亚武, 文爱春 and 文东清 "通过贿选、恐吓等手段…谋取曲冲村委会主任职务" in turn:
    each labelled '村委会主任', '曲冲村委会' (the post comes after the names, as in fresh44th.py's
    item 3). The sentencing paragraph and the cut-off 文云森 sentence cut. The "地方党委政府领导人"
    are victims of false accusations, not accused.
13  涉法涉诉: the execution of a neighbour judgment; the 执行法官 only acts; 村委会 mediation failed.
14  涉法涉诉: a 宅基地 dispute between in-laws, but already judged and in execution (not 征地拆迁).
    The 1988 划拨 by the 政府 is background.
15  涉法涉诉, traditional: a neighbour building case settled in execution; headline cut.
16  涉法涉诉: 闫泽军's "纯属混淆是非" attacks the 临汾 court's retrial finding, not a named judge;
    the 乡宁县法院 acts as an organ. Headlines and sub-heading cut.
17  征地拆迁, traditional, hard: a villager's claim that the village road took 3.5 m of his
    homestead. The 駐村干部 (雷小平) and the 村主任 made a promise that was not kept and the notice
    board is "明顯的欺騙"; read as the grievance of the land claim (推诿 at most, no misconduct of
    a named post alleged as such): out, no accused. The truncated last sentence cut.
18  征地拆迁 (a boundary and field-road dispute between neighbours, OOS.LAND); the 网格员 and 村干部
    only mediate. Byline and copyright lines cut.
19  征地拆迁, hard: a 问政四川 post asks "背后是谁在为村霸撑腰?" but names no official and alleges
    no act of one; the "村霸" 杨秀国 is an outside farmer; the 镇政府's reply (kept in part, headings
    cut) shows a lease of contracted pond land. Out, no accused.
20  个人利益诉求: an old mother's support (electricity cut by her son and daughter-in-law) in a
    司法所 mediation; could be read as 其他 (a family dispute); the mother's claim to support
    decided it. Numbered sub-heads and "打开网易新闻" lines cut; ends before the pond quarrel.
21  其他: a 留言板 item on a village road blocked by one villager's private plot; the 村主任 and the
    镇党政办主任 only answer. The page's "【留言链接】" cut.
22  其他: a drain blocked by neighbours' illegal walls; the 经济合作社副主任 only answers. The
    copyright lines cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH64: list[Item] = [
    # 01
    ('https://fang85.com/sznews/18871.html',
     '10月11日上午，湖北省委宣传部举行新闻发布会，会上通报了咸宁市咸安区食品药品监督管理局局长聂选'
     '明等人为涉黑团伙充当“保护伞”问题。聂选明与咸安区食品药品监督管理局党组成员、稽查分局局长王永武'
     '，咸安区水利局退休干部刘明玉等8名党员干部和国家公职人员，为以湖北联鑫畜禽屠宰有限公司总经理阮建'
     '国为首的涉黑犯罪团伙垄断当地猪内市场提供非法保护。8人均被立案审查调查，现已处理7人。其中，聂选'
     '明被给予党内严重警告处分，并免去现任职务；王永武被开除党籍、开除公职、并被移送司法机关依法处理；'
     '刘明玉被开除党籍，并被取消退休待遇。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('聂选明', '局长', '咸安区食品药品监督管理局'), ('王永武', '党组成员、稽查分局局长', '咸安区食品药品监督管理局'), ('刘明玉', '退休干部', '咸安区水利局')]),
    # 02
    ('https://c.m.163.com/news/a/GFHC0CF305521YMY.html',
     '7月13日，《中国纪检监察报》刊发了一篇题为《“双专班”合除害群之马》的专题报道，报道反映的是2'
     '017年，江苏省淮安市纪委监委专案组和公安机关专案组两套班子，在摧毁以时任淮阴区越河村村委会主任'
     '聂元元为首的“组织、领导、参与黑社会性质组织罪”团伙中，一举挖出了为其充当“保护伞”的35名违法'
     '乱纪干警。2017年12月18日凌晨，一辆面包车急驰驶入淮安市某医院，车上下来两个人，将一名叫周'
     '玉成的男子从车上拖下来，扔在医院急诊室门口后扬长而去。医院保安见状，立即找来值班医生，检查发现周'
     '玉成胸腹部多处中枪，浑身血迹，呼吸和心跳全无，人已死亡，遂报警。经警方立案侦查，案件的起因是以聂'
     '元元为首的一方，与干建柱为首的另一方，为各自赌场争抢赌客发生火拼。作为干建柱一方成员的周玉成，在'
     '持刀追砍聂元元时，被聂元元用双管火药枪开枪击中，于是，便有了淮安市某医院急诊室门前发生的那一幕。'
     '随后，警方在进一步侦查中发现，这起聚众斗殴、涉枪命案的背后，隐藏着一个以时任淮阴区越河村村委会主'
     '任聂元元为首的黑恶犯罪团伙。从2003年开始，聂元元便在当地称霸一方。2004年和2010年，他'
     '曾先后两次被判刑入狱。2012年3月，第二次刑满释放后的聂元元，在淮安西出口开了一家“幸福家园土'
     '菜馆”，从此，这里便成了他网罗同伙，经常聚集的场所。通过开设赌场、插手经济纠纷、放高利贷、暴力讨'
     '债、欺行霸市、强揽工程等手段，聚敛了千万财富，逐渐建立起一个长期盘踞在淮阴区西城城郊结合部一带的'
     '黑社会性质组织。',
     'in', None, False, ['群众纪律'],
     [('聂元元', '村委会主任', '越河村')]),
    # 03
    ('http://cwzrzz.com/html/2024/0407/6941.shtml',
     '申某健曾在四川省雅安市雨城区大兴镇前进村任村委主任。他通过各种手段汇集了一批有前科劣迹的人员和社'
     '会闲散人员，组建了一支以他为首的黑社会性质组织。为了维持组织运行以及扩张势力，申某健带着手下在大'
     '兴镇放高利贷、强迫交易、敲诈勒索，又借着乌木生意兴盛的风口，非法挖取乌木，在短短几年内，非法获利'
     '超过500万元。所谓“名不正则言不顺”，申某健懂得这个道理，为了使采挖乌木合法化、垄断化，实现利'
     '益最大化，他找了当地派出所的教导员陈某和副所长高某，并许诺给予二人好处，以求得到官方的庇护。二人'
     '不负所托，多年来明里暗里利用其职务之便，纵容申某健组织非法采挖的行为，还将群众举报信息泄露给申某'
     '健。作为回报，六七年间，派出所干部陈某和高某，分别收受现金及财物15.8万元和22.5万元。金钱'
     '利益，使得派出所公职干部成为申某健黑恶势力的“保护伞”。获得巨额利润的申某健，为了获取更多利益，'
     '又打起了竞选村干部的主意。2013年，在大兴镇前进村村委主任换届选举中，申某健意图通过向村民发钱'
     '、集中填写选票等方式竞选村主任，但因群众举报，未能实行。2014年，不甘失败的他，以钱开路，通过'
     '威胁镇干部和收买村委成员支持等方式，被任命为村委主任助理。因为大兴镇前进村没有实际的村委主任，申'
     '某健代行村委主任的职权。2017年，申某健带着10万元的活动资金，找到了大兴镇党委书记严某某，表'
     '达了自己希望竞选村委主任的愿望。见钱眼开的严某某，以镇领导的身份直接授意镇党委班子，并向前进村的'
     '村“两委”表明了“组织意图”。',
     'in', None, False, ['群众纪律', '贪污贿赂', '选人用人'],
     [('申某健', '村委主任', '前进村'), ('陈某', '教导员', None), ('高某', '副所长', None), ('严某某', '镇党委书记', '大兴镇')]),
    # 04
    ('https://m.news.shi-fen.com/china/201904/50-299519.html',
     '4月3日，中央纪委国家监委网站对2018年以来通报曝光的84起黑恶势力“保护伞”典型案例进行分析'
     '，其中“通风报信”者占比超过两成。今年是扫黑除恶专项斗争承上启下的关键之年。拔除“保护伞”是专项'
     '斗争的重要一环，应坚决铲除那些内外勾结、沆瀣一气的“内鬼”，让其无“风”可透、无“信”可传。毋庸'
     '置疑，执法部门在侦破带有黑恶性质的严重违法案件中，信息的保密工作尤为重要。如果有人给黑恶分子漏个'
     '口风、通下消息，让他们提早有了防范，或是精心掩饰、转移罪证，或是提早布置、串供堵口，或者干脆“脚'
     '底抹油、溜之大吉”，必然使得扫黑除恶难以取得预期效果。那么，究竟是哪些人在为黑恶势力“鞍前马后”'
     '效劳呢？从通报案例来看，政法机关尤其是公安部门的执法人员最为突出。仅今年4月以来，天津、河北、黑'
     '龙江、安徽、江西、贵州、云南等地就密集发布了多名公安系统领导干部被查处通报，其中过半涉及为黑恶势'
     '力充当“保护伞”问题，不乏通风报信者。比如，作为扫黑除恶专项斗争专案工作组组长的云南省迪庆州维西'
     '县公安局原党委委员、副局长和劲辉，就因涉嫌为黑恶势力通风报信、泄露工作秘密、充当“保护伞”并收受'
     '贿赂，受到了开除党籍、开除公职处分，并移送检察机关依法审查起诉。',
     'in', None, False, ['工作纪律', '群众纪律', '贪污贿赂'],
     [('和劲辉', '原党委委员、副局长', '维西县公安局')]),
    # 05
    ('https://chinavalue.com.cn/article/2018/5/30/1540219.html',
     '5月29日，中国纪检监察报《他们缘何嚣张乡里》一文报道，云南省大理白族自治州宾川县力角村下辖的中'
     '营村党支部书记李家良在当地很强势，其子李田是力角村村支书，另一儿子李周也是中共党员。去年7月10'
     '日，饮酒后的李家良带着李周到力角派出所参与解决村民纠纷。李家良不仅辱骂并用手指戳伤民警杨凯的左面'
     '颊，还对着劝阻的民警大喊：“给你五分钟出来道歉，不然打到跪下。”李家良在派出所敢于这么狂妄，只因'
     '为他在当地混得特别好，远超过人们对村支书这个职务应有能量的想象。正如他一开始就显摆自己的身份：“'
     '你认得我是哪一个？我是党支部书记。”',
     'in', None, False, ['群众纪律'],
     [('李家良', '党支部书记', '中营村')]),
    # 06
    ('http://news.stnn.cc/china/2019/0123/609919.shtml',
     '村委会主任为强揽工程，多次纠集人员聚众斗殴、寻衅滋事，形成恶势力团伙。昨日，灞桥区法院公开宣判，'
     '原村主任获刑11年，其余11名被告也分别获刑。这是扫黑除恶专项斗争开展以来，灞桥区法院审结的首起'
     '涉恶势力犯罪案件。案发时，32岁的被告人王某系蓝田县华胥镇张家斜村村委会主任。公诉机关起诉书显示'
     '，2012年，王某通过殴打、恐吓等手段，迫使张家斜村六组原小组长辞职，后王某夺得小组长职务，20'
     '15年又通过贿选操纵选举当选该村村主任。2012年王某当选村小组长后，将被告人张某等多人笼络至身'
     '边并听其调遣，利用发放工资、工程分配、帮助当选村干部等手段，对张某等人实施管理，把持基层政权。王'
     '某还雇佣大量社会闲散人员，通过聚众斗殴、寻衅滋事等犯罪手段达到抢夺工程非法获利的目的，形成恶势力'
     '犯罪集团，王某在恶势力犯罪集团中处于核心地位。被迫辞职的六组组长称，2009年至2012年他担任'
     '张家斜村六组组长，任职期间，王某找他说想当组长，让他不要再当了，王某还让同族人到镇政府告状说自己'
     '侵吞了土地补偿款，甚至有一天晚上两个小伙打了他，他迫于无奈就辞职了，王某后来当了组长。据华商报记'
     '者了解，2015年4月，张家斜村委会换届选举过程中，王某让张某等人为其拉选票，通过向村民发放礼品'
     '、请吃饭等不正当手段，操纵选举，当选该村村委会主任。',
     'in', None, False, ['组织纪律', '群众纪律'],
     [('王某', '村委会主任', '张家斜村')]),
    # 07
    ('http://npyu.cn/html/2016/gongsi_0614/1294.html',
     '北方的11月，寒潮滾滾，河北萬全縣豐勝莊村民楊某忠躺在床上，一臉悲憤。經過了將近一年的療養后，除'
     '了右眼依然視力模糊之外，他身上的傷總算痊愈得差不多了，可是，這位樸實農民所遭受的心靈傷害，卻久久'
     '不能釋懷。他的傷，是因為舉報村支書李正海，被惡意報復造成的。盡管，他和家人多次到公安局、政府反映'
     '情況，但無一例外地均被拒之門外。如今，重傷的他已能下地行走，可打人兇手卻依然逍遙法外；更令人詫異'
     '的是，打人兇手里，竟有3名國家公務人員！“我們村不大，卻欠債近千萬，這里頭肯定有‘貓膩’，村書記'
     '李正海肯定脫不了干系！”迎著記者的目光，楊某忠還原了事件的始末，“鄉親們聯名向上級政府舉報反映情'
     '況。我們便在2014年向郭磊莊鎮政府、萬全縣政府和張家口市政府反映了相關問題，沒想到卻攤上了大事'
     '！”盡管時隔將近一年，但楊某忠回憶起當時的情景，眼神里依然有幾許余悸：“去年農村‘兩委’換屆期間'
     '，不知他們從哪里知道了我舉報他的事，沒想到他的兩個兒子帶領八九個手持鎬把的人，找到我當街在眾目睽'
     '睽之下就是一頓群毆暴打！”楊某忠向記者出具了自己的病歷，以證實自己被打擊報復的真實性。他回憶，自'
     '己當場就被打昏在地，醫生診斷為“腦顱底骨折，右側眼環內側壁凹陷性骨折，右側晶狀體內側移位，左側第'
     '10，第11肋骨骨折”。如此重的傷勢，讓楊某忠在病床上躺了三個多月的時間。這段時間，家人都跟著擔'
     '驚受怕，紛紛勸他“別多管閑事，耽誤過日子不說，差點把命搭進去”；但他卻不后悔，更不服氣。“打我的'
     '人里，有三個是國家公職人員！”',
     'in', None, False, ['群众纪律'],
     [('李正海', '村支書', '豐勝莊'), (None, '國家公務人員', None)]),
    # 08
    ('https://0668.es/search/4000037/?c%5Busers%5D=%E9%97%AE%E4%B8%96%E9%97%B4%E7%9C%9F%E7%90%86%E4%BD%95%E5%9C%A8&o=date',
     '今天是星期六，所以有空到同学家聊，不料碰到这样的真人真事。最开始我看到同学的邻居家围着好多人，而'
     '且有村委会干部在，就奇怪是不是发生了什么大事情？后来听同学母亲回来说了，事情原来是这样的：我同学'
     '的邻居（崔姓村民）自己家原本就有大几百平方差不多上千平方祖屋地，但该村民一家出于贪心，在贿赂霞洞'
     '镇塘涵村委会书记等乡官之后，在未经其兄长一家人的同意，严格来说是在其兄弟一家不知情的情况下（因其'
     '兄长一家在外），私自将他们家公路旁的一块田里种的几十棵树砍掉后，并强占那块田地建屋，听说那块地有'
     '几百平的。',
     'in', None, True, ['贪污贿赂'],
     [(None, '村委会书记', '塘涵村委会')]),
    # 09
    ('http://www.juliangmedia.com/Article/shiping/2011/05/224024.html',
     '我家住在臨沂市沂水縣的一個小山村里，村子不大，只有100多口人。按理說，這樣的小山村應該是民風質'
     '樸、人民敦厚善良，然而，實際情況卻并非如此，這里卻有一部分人自私自利，村干部更是心狠手辣。201'
     '1年5月5號晚上九點，我姐婆婆家的房子突然著火，火勢兇猛，令人戰栗。我姐的婆婆眼看著自家的房子被'
     '一點一點的燒毀心里氣不過，就出來罵了幾句。可是做賊心虛，點火者（我村原村委會主任、現任委員，以下'
     '簡稱“村干部”）心里不爽，就出來“迎戰”，雙方便發生了爭執，或者是由于雙方太過激動，或者是有人故'
     '意找茬，他們的爭執愈演愈烈，村干部、村干部的妻子、我姐的婆婆和公公都牽涉進來了，這時，村干部的兒'
     '子——一個20多歲的小伙子——怕自己的爸媽吃虧，也摻和進來，他見我姐的婆婆罵人厲害，干脆抄起磚頭'
     '就往她頭上砸，導致老人家腦顱骨骨折。而我姐的公公也被人用棍打得送進了醫院。三年前我姐跟本村唯一的'
     '外姓人家的兒子結婚，作為該戶人家新增人口，我村為我姐分配了一塊土地。但這塊土地的地頭卻已被原村委'
     '主任、現村委員的弟弟以及其他幾位村民違規種上了11棵樹。',
     'in', None, True, ['群众纪律'],
     [(None, '原村委會主任、現任委員', None)]),
    # 10
    ('https://nyncj.beijing.gov.cn/nyj/snxx/ztzl/shceddlxlg/gzdt16/10917737/index.html',
     '一天只给村里“供水”两小时，村民被迫使用大缸存水度日；占地22亩的“私家住宅”内部游泳池、电影院'
     '、停车场应有尽有；团伙成员违法犯罪却在“保护伞”庇护下通过赔偿草草了事……扫黑除恶专项斗争开展以'
     '来，北京市打掉了多个基层涉黑恶团伙。令人意外的是，多个团伙的头头均是村干部。回顾他们由“红”转“'
     '黑”踏上不归路的过程，着实令人深思。半月谈记者梳理北京市已审结的部分涉黑涉恶案件发现，被查处的村'
     '干部存在共性：虽有前科劣迹，仍能藉由当地党政工作人员帮助，违规入党“洗白”，获取政治身份，把持基'
     '层政权。在北京市房山区琉璃河镇五间房村原党支部书记、村委会主任陈海涛涉黑团伙案中，陈海涛隐瞒违法'
     '犯罪前科，骗取党员身份；北京延庆区石河营村经联社原社长张艳超涉恶案件中，张艳超通过编造虚假材料，'
     '在非本人居住生活的村党支部递交入党申请，骗取党员身份；北京丰台区长辛店镇辛庄村原党总支书记石凤刚'
     '入党材料更是全部由别人代写。办案人员表示，这些人想方设法违规入党，就是想拿到一张含金量高的“担保'
     '书”，博取组织和群众信任。经历了第一步的“改头换面”后，涉案村干部开始谋求政治身份：有的通过拉拢'
     '、利诱等方式，当选村党支部书记兼任村委会主任；有的通过行贿等手段，被镇党委直接任命为村经济合作社'
     '主任后，实际控制村两委班子；还有的通过监视选举、代填选票、违规拉票等方式，培养家族成员及其亲信势'
     '力作为组织接班人。',
     'in', None, False, ['组织纪律', '群众纪律'],
     [('陈海涛', '原党支部书记、村委会主任', '五间房村'), ('张艳超', '经联社原社长', '石河营村'), ('石凤刚', '原党总支书记', '辛庄村')]),
    # 11
    ('https://nx.jcy.gov.cn/xxqy/dxal/201909/t20190912_638986.html',
     '“村霸”一般指为祸乡村的恶势力，包括地痞、流氓、无赖、宗族恶势力等，他们横行乡里、欺压百姓，并侵'
     '蚀基层政权。广东省江门市新会区睦洲镇南镇村原村委会主任关和合，把持政权长达十年之久，先后操控两个'
     '村的“两委”选举，将自己人推上两村的村委会主任、村支部副书记等职务。同时，在幕后操纵着两村新农村'
     '建设、土地买卖等工程，敲诈勒索外来商人，以此中饱私囊，村民们多年来敢怒不敢言。该案在江门市新会区'
     '法院开庭审理。法院认为，以关和合为首的恶势力犯罪集团把持基层政权，操纵破坏基层换届选举，侵吞集体'
     '资产，严重破坏了基层民主建设，扰乱了当地的经济、社会生活秩序，造成了恶劣的社会影响。关和合构成敲'
     '诈勒索罪、聚众扰乱社会秩序罪、职务侵占罪、诈骗罪、故意伤害罪，数罪并罚，判处其有期徒刑十五年零三'
     '个月，并处罚金。',
     'in', None, False, ['组织纪律', '群众纪律', '贪污贿赂'],
     [('关和合', '原村委会主任', '南镇村')]),
    # 12
    ('http://minshangjie.com/gongyi/60931.html',
     '随着扫黑除恶专项斗争向纵深推进，一些恒久把持基层组织、祸害乡邻的“村霸干部”逐渐浮出水面。他们中'
     '有人热衷于以钱买“官”、当“官”捞钱，有人以宗族势力和暴力手段破坏基层选举，严重扰乱了社会秩序，'
     '侵蚀着党的基层治理根基。海南一中院经审理查明：文东清组织、领导黑社会性质组织在海南万宁后安地区盘'
     '踞近二十多年，组织结构严密、层级清晰，组织成员较多、稳定。该组织对抗地方党委政府，通过组织、控制'
     '村民放肆非法上访，捏造事实举报、控告不平从其组织利益的地方党委政府领导人，影响党委政府的人事任用'
     '，甚至接纳寻衅滋事非法上访的方式试图使地方政府领导人受到刑事处罚。文东清案是典型的家族式“黑社会'
     '”，属于“村霸干部”。该黑社会性质组织以宗族、血缘为纽带，笼络家庭成员、子侄及朋友，通过恒久把持'
     '基层村政权，发展组织、壮大。据检察机关披露，该黑社会组织曾恒久把持基层政权，其头目甚至领导家族成'
     '员打击派出所。先后有文氏家族的被告人文亚武、文爱春、文东清通过贿选、恐吓等手段暗箱操纵，谋取曲冲'
     '村委会主任职务，还私自管理村委会公章、违规发展组织成员任职等方式对曲冲村委会形成非法控制。',
     'in', None, False, ['组织纪律', '群众纪律'],
     [('文亚武', '村委会主任', '曲冲村委会'), ('文爱春', '村委会主任', '曲冲村委会'), ('文东清', '村委会主任', '曲冲村委会')]),
    # 13
    ('http://news.hebei.com.cn/system/2018/04/26/018766842.shtml',
     '爬墙头、上房顶……昨天下午，为了一起涉及两家邻里纠纷的执行，朝阳法院的执行法官来到金盏乡某村走访'
     '，了解情况。在与被执行人充分接触沟通后，法官发现这两家积怨已深，而此案又会成为一个“难啃的骨头”'
     '。法官说，涉及邻里纠纷的执行工作要想做好，首先要解决的还是人的问题。记者在现场了解到，村里的宋老'
     '头是案件的申请执行人，他说自己光官司就打了两年。“现在情况不仅没有改善，侵权还更加严重，对方在散'
     '水（在房屋等建筑物外墙周围，用砖石、混凝土铺成的斜坡）处堆的破烂快一人高了。”宋老头说。被执行人'
     '是隔壁的周老太，近80岁的高龄。据记者了解，老宋家和周老太家的院子紧紧相邻。双方院宅在南北之间有'
     '一条共用的散水，老宋家房屋南院的西厢房在周老太院宅的东侧。2016年5月，因周老太在散水处用火，'
     '引燃了旁边堆放的木柴，造成老宋家南房的彩钢屋顶受损。事后村委会调解无果，宋老头将周老太告上法院。'
     '案件审理过程中，法院工作人员曾到现场进行勘验，发现周老太在散水处的过道中饲养家犬，堆放了木柴等杂'
     '物，并在该散水过道的西侧建了一道矮墙，将西侧封闭。周老太还在老宋家南院西厢房的房墙外侧堆放杂物，'
     '并倚靠该西厢房的西墙建造一条南北走向的封闭过道，过道的封顶倚靠原告家西厢房的西墙。法院经审理判决'
     '周老太将堆放在老宋家周围的杂物全部清除；并将建造在两家散水过道西侧的矮墙以及倚靠老宋家西厢房的封'
     '顶拆除，以及修复火灾烧坏的南房。周老太不服上诉后，二审法院维持原判。周老太申请再审也被驳回。法院'
     '判决生效后，周家一直没有履行判决义务。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://china.findlaw.cn/lawyer/jdal/d183855.html',
     '每一个案件对于办案法官来说，都是一个特别的“故事”、一段难忘的“经历”。江西省宜丰县人民法院执行'
     '局工作了四年的执行法官廖法官分享一起令他印象深刻的宅基地使用权纠纷案件。事情还得从1988年说起'
     '，当时的宜丰县芳溪乡芳溪街扩建，拆除了卢某（该案被执行人，系申请执行人陈某姐夫）等四兄弟的一幢老'
     '房，政府划拨芳溪村沙子园的菜地给卢某等四户，作为宅基地用于建房。在此之前，沙子园的菜地是属于卢某'
     '全家共有，卢某的三个兄弟先后在沙子园建起了房屋，而卢某未在此建房。1989年8月，陈某（该案申请'
     '执行人，系卢某妻弟）在卢某的沙子园菜地建起一幢两层房屋，并于1991年5月取得了《集体土地建设用'
     '地使用证》。一直到2016年3月，双方相安无事，对此并无争议。2016年4月，陈某申请沙子园房屋'
     '拆旧建新，得到了村民小组、芳溪村委会的同意，并缴纳了建房押金等费用。4月28日，陈某房屋刚拆除，'
     '卢某就提出该块宅基地为其所有，要求合建房屋，陈某不同意。5月24日，陈某拉线定基准备开工建房，卢'
     '某到现场阻扰陈某开工。二人的纠纷经村镇多次组织调解未果，陈某只得将卢某诉至法院。一审过程中，经调'
     '解陈、卢双方达成了协议，但在调解书送达前陈某反悔，法庭遂作出判决：卢某不得干扰和阻拦陈某在芳溪村'
     '沙子园建房，且陈某在判决生效后五日内补偿卢某50000元。卢某不服提起上诉，二审判决驳回上诉，维'
     '持原判。判决生效后，卢某依旧阻扰陈某建房，陈某随即向法院申请强制执行。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://ttnews.xyz/a/5e8708c0dc9b5e4624e214c5',
     '俗話說：遠親不如近鄰，鄰里互相謙讓才能和睦共處，更能讓彼此的生活更加融洽。相反，鄰里若因一些瑣碎'
     '的糾紛而爭強鬥氣，就給自己的生活帶來麻煩和不愉快，甚至激化矛盾。近日，商洛市柞水法院執行局就辦理'
     '了一起因鄰里建房而引發的矛盾糾紛。家住柞水縣乾佑街道辦的張興與王林、王民兄弟兩家相鄰而居，王林、'
     '王民兄弟在兩家之間建有一座護壩。張興在原址上準備拆舊建新時，王林、王民兄弟以張興建房超出範圍、損'
     '壞護壩為由多次阻擋張興建房施工。三年來一直爭執不休，經村、鎮及公安機關多次調解未果，張興一直租房'
     '居住。為排除妨礙，張興於2019年6月訴至柞水縣人民法院，後經兩審終審，張興終於贏得了官司。但在'
     '張興開工建房時，王林、王民兄弟仍百般阻擋，致施工不能進行。3月27日，張興持生效的判決向柞水縣人'
     '民法院申請執行，要求排除妨礙，以正常施工建房。柞水縣人民法院執行局受理後，當日便將王林、王民兄弟'
     '傳喚至柞水法院執行局，經詢問得知，張興建房並未超出行政部門許可的範圍，更未侵佔王林、王民兄弟的土'
     '地範圍。執行法官遂對王林、王民兄弟製作筆錄，固定相關證據，又將張興通知到法院進行調解。調解過程中'
     '王林、王民兄弟提出張興建房導致其護壩開裂，存在安全隱患，要求執行法官到現場勘查，經到張興建房現場'
     '認真勘查後，發現張興建房嚴格按照判決書確定的距離放線，並未造成王林、王民兄弟房屋護壩實質損害。雙'
     '方在勘查筆錄上簽字確認後，執行法官向王林、王民兄弟闡明拒不執行法院判決的法律後果，並耐心的進行勸'
     '導。下午五時許，王林、王民兄弟來到法院，承諾不再阻擋張興建房施工，雙方達成了和解。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://news.sxrb.com/GB/314086/3958122.html',
     '闫家门前的路被法院强制执行挖断了，由于地势较高，每日靠攀爬梯子出入。邻居岳爱枝赢了官司，依旧无法'
     '放轻松，从1993年到2014年，21年内，她与闫家打了两场官司！5月9日的强制拆除并未使双方“'
     '案结事了”——从知天命步入古稀，岳爱枝与闫家人潜藏的矛盾仍在继续……鲁迅说，世上本没有路，走的人'
     '多了便成了路。一条小路的归属让岳爱枝与邻居闫家反目，走上了旷日持久的诉讼之路。门口残垣断壁，参差'
     '不齐，约两米高的断面上，搭着一个铁梯子。两个月来，乡宁县昌宁镇幸福湾村委反帝村村民闫泽军一家靠攀'
     '爬铁梯出入。“原来是条石板路，我2006年盖新房时，将排水管埋到了这条路下。5月9日，乡宁县法院'
     '强制拆除，把我的路挖了，管道挖断用水泥堵死了，家里要排水，没办法我自己撬开水泥接了一截管子。”对'
     '于乡宁县法院的强制执行，闫泽军颇有微词：“临汾市中院再审时认定原‘执行墙’位置标注错误，纯属混淆'
     '是非。2008年，岳爱枝起诉我家后，临汾市中院于2011年9月对争执现场进行勘验，勘验笔录中所标'
     '注的‘执行墙’位置与乡宁县法院2012年7月勘验笔录标注的完全一致，两份勘验笔录上均有两家人的签'
     '字认可。后来，临汾市中院却将自己做的勘验笔录推翻了。勘验图上标注‘执行墙’的位置，也就是后来岳爱'
     '枝家栽刺的位置，这是2000年乡宁县法院执行另外一案时垒的砖墙，也就是现在所说的‘执行墙’。这个'
     '墙也是多年来我们两家公认的界限，‘执行墙’以西属于岳爱枝宅院范围，以东属于公共道路，闫家人为啥没'
     '有权利通行？砖墙倒塌后，岳爱枝自己栽上了刺。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('http://kmyks.com/data/html/content/2018/08/129995.html',
     '我叫劉虎民，男，現60歲，家住在丹鳳縣龍駒寨街道辦保倉村，現就村公路強行占用我宅基地多次反饋無處'
     '理結果一事向組織反映，請協調解決。我家土木結構房屋三間和灶房磚混結構一間，緊挨樁基旁通村路由于是'
     '土塄長時間雨水沖刷、滑坡、垮塌沒有路面，人畜早已無法行走，都從我院子通過，2017年6月村上硬化'
     '水泥路，未修原來路基直接強行將我院子樁基內3.5米硬化。當時我阻止，但駐村干部答應隨后修復土塄恢'
     '復原有寬度并且說東邊僅有兩戶鄰居居住，沒有大、小車輛經過，對房屋及正常生活沒有太大影響，無奈之下'
     '只好同意。到2017年8月份，西康村陳家臺組修復、硬化道路，要我村上原有道路相接，大型修路設備和'
     '修路用料全部從我家院子通過，我堅決不同意，8月10日曾阻止大型機械和載重車輛通過，8月14日施工'
     '隊到我院子時發生糾紛，對我強行推拉，幾次推倒在地，村主任和駐村干部（雷小平）出面調協調承諾：20'
     '17年12月底前將原來老路地方用石頭砌墻、加寬，將道路向外移出院子。無奈只好讓通行，現在陳家臺道'
     '路已經硬化結束，由于道路緊挨著我家上方及灶房墻體，公路收重型車輛碾壓導致房屋墻體下沉、墻面開裂，'
     '成為危房。加之我家兩個孫子年幼，兩個老人年邁，現過路車輛較多，出入極不安全，我多次找村干部商量解'
     '決辦法，無人管理。找當時處理問題問題的駐村干部，人家說已經調離原崗位，街道辦領導一問三不知。但公'
     '示牌駐村干部名字和任期依然明確公示著，且是最新公布，紙張都是最新的，明顯的欺騙。1992年丹鳳縣'
     '人民政府頒發的農村宅基地原件，清楚標明房屋的長和寬及東邊留路2米，現因道路侵占院子3.5米，長度'
     '已經不夠，基本已經沒有院子。2018年1月到村干部處詢問無結果。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://zhongxiang.cjyun.org/p/120544.html',
     '“你们给评评理，他这个人是不是太不讲理了！”12月1日，长寿镇汤林村二组村民黄某到村委会网格站，'
     '请网格员刘潇雨帮忙解决其邻居尹某某占用生产道路的事。原来，黄某和尹某某是邻居，两家的田地也相邻。'
     '前两天，尹某某将两家田地之间的生产道路挖了，据为己有，导致黄某车辆无法通行，因此，两人发生争吵。'
     '黄某觉得尹某某不可理喻，于是跑到村委会寻求帮助。“莫生气，我们一起去现场看看。”网格员刘潇雨赶紧'
     '安慰黄某。随即，刘潇雨与网格站站长陈大贵、村政法主任董明兵等人一起到现场查看。在现场，尹某某和黄'
     '某再次吵了起来。黄某觉得特别委屈，当初5亩地划分自己3亩地，尹某某2亩地，实际自己只有2.7亩地'
     '，尹某某还想将道路占为己有。“这怎么能行？”陈大贵耐心地劝说双方：“大家都是邻居，抬头不见低头见'
     '，遇事要商量着来嘛。”为了进一步调和双方的矛盾，网格员和村干部分别向双方了解了详细情况及各自的想'
     '法，并劝双方换位思考，不能因为一点土地，而影响了几十年的邻里关系。经过村干部、网格员两个多小时的'
     '劝说，最终，双方都同意重新对土地进行丈量，确认地界。明晰地界后，双方各让出一半的土地，恢复一米宽'
     '的生产道路。尹某某也就此事向黄某道歉。至此，一场地界纠纷画上了圆满的句号。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('https://ly.scol.com.cn/thread?tid=2870320&fid=1903',
     '安岳县大平镇小观村三组，外来人员杨秀国霸占我组集体土地多年养鱼，村民敢怒不敢言。其他村民在这集体'
     '土地上抽水栽秧差点挨打。请问背后是谁在为村霸撑腰？请问是否还有王法？尊敬的网友您好，您反映的问题'
     '已收悉，现将相关情况回复如下：经核实：反映人所述杨某国养鱼的“集体土地”是7户村民的堰塘田（面积'
     '2.5亩）和被租用的茅屎田（面积0.4亩）共计2.9亩。其中：堰塘田在1997年以前是属小观村3'
     '组集体堰塘，但因1997年小观村3组修建村级公路时占了小观村农户共7户村民的耕地，当时经召开村民'
     '大会决定将小观村集体堰塘分给这7户作为责任田（在1999年二轮承包时已上册）；茅屎田在2016年'
     '之前属于村民王某政的责任田，实际面积为0.45亩，在2016年小观村移民避险解困项目建设时，茅屎'
     '田被全部租用，租期至2029年，而实际用于集居点建设只有0.05亩，剩下0.4亩。由于堰塘田被划'
     '为7户责任田时并不适合种植水稻，一直闲置。在2015年，村民蒋某恒与7户人协商承包其责任田养鱼（'
     '只是口头协议没有签订合同），过程中效益一直不好。2018年杨某国在小观村3组承包土地种植蔬菜、果'
     '树需水源，经与蒋某恒商量，并与7户人协商签订了承包合同（合同上承包人是杨某国儿子邹某），面积2.'
     '5亩，合同期是20年，租金是按照每亩400元/年（经7户人所述租金按年已兑现），到期时间是203'
     '8年。',
     'out', '征地拆迁', False, [],
     []),
    # 20
    ('https://m.163.com/news/article/J5CQVRUD055634NZ.html?clickfrom=subscribe',
     '龙岩上杭今年83岁的陈阿婆独居在老房子里，但不久前，小儿媳把她房内的电线切断，让陈阿婆的生活难以'
     '为继。陈阿婆告诉调解小组，小儿子夫妻俩不仅把房子里的电线剪断了，还把热水器给拆除了，不让她使用。'
     '陈阿婆的丈夫于2008年过世，膝下两儿一女，按照当地风俗，大儿子阿国和小儿子阿强分得家中房产和田'
     '地，赡养责任由两兄弟承担，女儿则凭心意看望。阿强表示，此前兄弟俩就赡养母亲已经达成一致意见，并签'
     '订了协议书，但大哥没有按照协议履行，于是情急之下夫妻俩才断了电。调解小组了解到，陈阿婆的丈夫去世'
     '后，她曾在老宅独居，也曾和阿强共同生活；阿国想带她走，却遭到了阻拦。阿强称，母亲在自己家时，大哥'
     '没有承担过母亲的赡养费，同时拿出了一份2001年的家庭内部协议。阿国称，自己并没有不管母亲，每月'
     '也都有将生活费给母亲。临城司法所调解员周荣昌认为，兄弟俩其实都很关心母亲，但是缺乏沟通；考虑到两'
     '个儿子都要上班，同时要照顾独居老宅的母亲，因此建议兄弟俩以半个月为期，轮流照顾母亲。正当双方分歧'
     '逐渐化解时，小儿媳突然提出质疑。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://fq.fjsen.com/2015-11/27/content_16959668.htm',
     '近日，网友“奥巴马”在《直通屏山·省委省政府领导留言板》留言，称福清市三山镇沁前村十几年来没有修'
     '建水泥路。每逢下雨，狭窄的土路就变得泥泞不堪，严重影响了几十户村民的出行。25日，记者来到三山镇'
     '沁前村看到，一条宽约3米，长近千米的村道，路面布满碎石，坑洼不平，村民行走不便。而这条路却是五六'
     '十户村民进出村的必经之路。“路口20米是一村民的自留地，村里曾多次与他协商未果，导致近千米的路都'
     '没法修建。”一游姓村民说，二十多个孩子傍晚放学回家时，容易被路面上的碎石子绊倒。特别下雨天，地势'
     '低洼的地方经常积水，根本没法走。“这块自留地左侧本来是有路的，却被一条水沟阻隔，后来该村民把水沟'
     '买下后渐渐侵占，导致原有的路越变越窄，施工车辆都无法通过。”另一游姓村民说。对此，福清市三山镇沁'
     '前村游主任表示，该村民常年不在家，曾多次试图联系其协商解决自留地问题，但均未果。“该村民对村里的'
     '补偿金一直不满意。同时，该自留地归属权与他弟弟存在纠纷，也是导致此事耽搁的原因之一。”游主任说。'
     '随后，记者来到福清市三山镇政府。“自留地问题要经村委去协调，协调不了，可向镇司法所申请协助调解。'
     '”三山镇政府党政办主任表示，目前为止，还没有接到沁前村村委反映此问题，“我们将组织相关部门前往该'
     '村实地调查”。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://hkwb.net/news/content/2011-01/18/content_186790.htm',
     '“村内排污管道遭中下游居民建房堵塞，导致我们院内积满污水。”1月17日上午，家住国兴大道夏瑶村的'
     '云女士来电称，该村上游多户居民排出的污水，因为无法外流，导致溢出流淌到她家院内。当天上午，记者来'
     '到云女士家看到，院内有大量污水。“从上个月，下游排污管道被堵后，污水就不断溢出。”云女士说，由于'
     '她家地势低，污水都往院子里排，不仅有淤泥，还夹杂着粪便，又脏又臭。尤其是晚上附近居民用水量比较多'
     '时，污水粪便都从排污管道溢出流淌到她家，十分让人恶心。下雨天，就更严重了，积水足有膝盖那么深。对'
     '此，夏瑶村经济合作社的周来标副主任说，他们村的排污管道是从紧挨国兴大道的上游，经村内多家到美舍河'
     '内的，这个排污管道已经使用十多年了，可是近两年来村内居民违法建房增多，为了争用宅基地，把门前的排'
     '污管道都建围墙圈到自家院内。后经区城管、蓝天街道办以及村经济社的调解，这两天已经有4家主动配合，'
     '拆除这些违建以便疏通下面的排污管道，可是还有两家居民不愿配合。周副主任表示，他们已经成功拆除了4'
     '家住户的排水管道口，正准备对另两家住户进行劝解强拆。估计在春节后，就能疏通该村的排污管道。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH64, "fresh64")
