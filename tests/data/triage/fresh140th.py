"""Sealed batch fresh142: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh140th.py; the batch and its row ids are "fresh142".)

Theme: rural roads and bridges (村村通, 农村公路养护, 危桥改造, 通村公路, 一事一议 road money):
a village cadre beating a villager's wife and taking 修路费 while the 支书 bends the road to his
kin, a 副镇长 skimming village-road contracts, a 支书 handing the villagers' road levy to the
contractor, forged 以工代赈 road pay-lists under two 村书记, a township clerk overpaying his
brother's road-maintenance wage, road money paid out as a private "提成", a forum post on a
village's road levies and fees, a Taiwanese 鄉長 and 縣長 over road kickbacks, a county's
unrepaired 危橋 beside a "風水橋", the 审计署's finding on diverted rural-road money and a 村长's
brother-in-law pouring a road on bare mud; out items are two traffic-accident suits against road
authorities, a contractor's judgment against a 村委会 for road-work money, two claims over land
under a road, three requests to build or repair a road (one mixed), a Taiwanese councillor's
site visit and a 纪检监察组's inspection notice. The theme's own pages on 养护 and 一事一议 were
thin in the store (several were already in the development set: 兰溪 周金良, 新邵 曾某意, 盐边
烂柴湾村, 营山 何金波, 监利 石岭村, 长宁 永利村, 阜南 于集村, 丹鳳 劉虎民, 高县 白仲良), so two in
items (8, 9) come from Taiwanese road works and one (10) from a county bridge. Sources
(stored-pages search): a 法声 (jianzhensh) report on the 汤阴 支村 "偏分路"; a bjtianqiao page on
the 兴文 副镇长 吴小龙; a taiyangwa copy of the 垫江 巡察 story on 关荣村; the 四川 纪委 story on
the 隆昌 石燕桥镇 以工代赈 road; a 廉政法治网 copy of the 仙居 上张乡 巡察 story; a 红网 report on
the 湘阴 荷花村 "提成"; a 仪陇 百姓心声 post on 陡嘴村; a yes99 copy of the 田尾鄉公所 report
(traditional); a 華視 report on 李朝卿 and the 神木村 road (traditional); a f0574 copy of the 通江
危橋 report (traditional); a 浙江在线 copy of the 新华社 item on the 审计署's rural-road audit; a
gudianfeng post on a 村长's brother-in-law; out: a 河池 report on the 凤山公路局 suit, a cbi360
copy of the 金堂 judgment, a 红星新闻 copy on the 南部 高马村 debt, a 中央社 report on a 中寮 farm
road (traditional), a ttnews answer on a road dug through a family's land, a 合浦 forum post on
独松柏村, a 书记信箱 message on 绿林口村, a tieba post on a ruined mountain road, a 屏東 county
councillor's post on 鹽樹村 (traditional) and the 安庆 驻交通运输局纪检监察组's notice. Five texts are
in traditional script (items 8, 9, 10, 16, 21).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum banners, site lines, comment lists and the truncated last sentences of
the stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("1.8万", "1/3", "219356.47元"); stray spaces after punctuation removed
(018, 021). Page oddities kept: the dangling "结果" before the page's photo (001), the missing
stop in "都要“抽水”5万这个分管…" (002), the reversed quotes in "十四村“。" and "”人民公仆“" and
"一天泥巴路" (007), "縫細" for 縫隙 (009), "解放后" and "于" in the traditional 010, "不在为" and
"因为因修路" (017), "就是就是", "多要年了" and "领顶村委" beside "岭顶村委" (018), "交通要到"
(019), "産", "説" and "恊" (021), the spaced title "民 事 判 决 书", "21日许" and the ASCII
dot in "成医附二院.核工业" and "1.判令" (014), "水里面就会开裂" and "村长的舅子" (012).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
a Taiwanese 鄉長 or 縣長 is a public official, as in fresh120th.py), "out" otherwise with out_type
涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, contractors
and businessmen without a post, and officials who only handled, investigated, announced or
answered are not accused; an organ or an unnamed group accused as a whole gives no entry; an
unnamed accused official is (None, position, unit). Names, positions (as first written with the
name; "原" and "时任" kept) and units as written; unit None when the text ties the person to no
named unit. Topics only from the twelve names of triage.md; levies, fees and road money kept
back from villagers are 群众纪律, work steered to relatives 廉洁纪律, kickbacks and skimming
贪污贿赂. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (001, 018).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 3 (018-020), 其他 2 (021,
022). 11 accused entries, all in items 1-12: 4 with a full name (燕同领, 吴小龙, 莊仁舜, 李朝卿), 4
masked (徐某某, 罗某, 彭某, 周某), 3 post only. Items 006, 007 and 011 are in scope with no accused
entry. Out items have no accused entry.

Close calls:
 1  Mixed: 张先生's own quarrel over where the new road runs past his house (a personal claim)
    and the cadres' conduct: 燕同领 beat his wife and took 300元 修路费 from households ("谁不交钱
    不给谁家门前修路"), and the unnamed 村支书 threatened him with the 派出所 and left the wide side
    to his kin. 燕同领 first written "村干部燕同领": ('村干部', '支村'); the 支书 (None, '村支书',
    '支村'). In because the cadres' acts are the centre of the report. The two "支村的…路"
    captions cut; ends before the truncated 李佩福 sentence. 张士勇 is a witness. 群众纪律 and
    廉洁纪律.
 2  The site's ticket-sales lines and five headline lines cut, the sub-heading cut; ends before
    the truncated "转折点…" sentence. 吴小龙 is "副镇长吴小龙" in a 僰王山镇 story: unit '僰王山镇'
    (hard: the text never writes "僰王山镇副镇长"; could be None). The "老熟人" contractors are
    private. 贪污贿赂 and 廉洁纪律.
 3  The page's title, author and time lines cut. 徐某某 "关荣村时任党支部书记": position
    '时任党支部书记' as written. 吕某某 is the contractor (private); 谭建全 and the 巡察组 only
    investigate. No money is said to be taken: 群众纪律 (集资款 not settled or refunded) and
    工作纪律 (the levy handed to the contractor). Could be read as a closed 巡察 story (still in).
 4  Ends after the investigators' question (the next sentence is truncated). "涉及两个村的村书记
    罗某、彭某": ('村书记', None) each, the two villages unnamed. The 经办人员 they blame are
    unnamed. Forged pay-lists for 以工代赈 road pay (贪污贿赂, 群众纪律) and a road passed at
    验收 with thin base (工作纪律).
 5  The site lines, title and date/source line cut; ends before the truncated "巡察组进一步调阅…
    且周某". 周某 "经办人员周某" in the 上张乡 巡察: unit None (hard: the text does not say he works
    for the 乡; could be '上张乡'). The overpaid 养护员 include "他的二哥": 廉洁纪律, 工作纪律.
 6  Dateline and byline "红网岳阳站6月30日讯（长江信息报记者 何志高）" cut; the column label "来电
    显示：" kept. The road money taken as a 1.8万 "提成" by 李华, a 村民 (private); the cadres who
    let it go are unnamed and 王宗明 (现任支书) only checked the books and explains: in, no entry.
    Ends before the truncated 李华 sentence. 群众纪律 and 廉洁纪律 (hard: could be 贪污贿赂).
 7  Forum banner ("《百姓心声》是汇聚民声…") cut. A villager's post: the road levies, the 十村's
    fee on 王勇 and the cadres "给自己私人、亲戚谋福利"; the "上任村长" who refused a land swap is
    not alleged to have broken a rule, the 班子 and 十村 are groups or organs: in, no entry. Not
    mixed (no claim of the writer's own). 群众纪律 (乱集资, 收费) and 廉洁纪律.
 8  Traditional (Taiwan). The copy's interleaved spam lines ("台中粗工", "高雄港坐船吃飯", "員林居家
    看護", "高雄海上用餐", "汽車工具 台中", "台中網路行銷公司", "瑪卡保健食品") and the trailing ","
    cut. 莊仁舜 "鄉長莊仁舜" of the 田尾鄉公所: ('鄉長', '田尾鄉') as fresh120th.py's 花壇鄉. The
    許姓男子 (a suspected 白手套) is private; 蔡昭森 only answers. 贪污贿赂. Off theme in place
    (Taiwan road works), on theme in matter.
 9  Traditional (Taiwan). Date, headline, byline and "新聞來源" cut. "南投縣長李朝卿": ('縣長',
    '南投縣'). The 南投縣政府 (restricted tenders) is an organ. 贪污贿赂.
10  Traditional. The stray "?", headline, date, two captions, the four "…橋：" deck lines and
    "本報訊" cut; ends before the sub-heading and the truncated "5月14日下午，在沙溪". The one
    accused is the "主管交通的副縣長" punished for the bridge: (None, '副縣長', '通江縣') (hard: the
    "多名干部" with him are an unnamed group, and the 1998 officials whose 處分 was cancelled are
    unnamed; 有關部門 an organ). 形式主义官僚主义 (the "風水橋"), 工作纪律 and 群众纪律 (集资).
11  Short; "据新华社电" cut. The 审计署 only reports; the "一些地方" that diverted road money,
    docked land compensation and pushed levies onto farmers are unnamed organs: in, no entry.
    Could be read as 其他 (an audit notice). 工作纪律 and 群众纪律.
12  Hard. A short post: title line, author/date line, "0 阅读:525" and the comment list cut. The
    road was given to "村长的小舅子" and poured on bare mud: in, with the 村长 as (None, '村长',
    None) for steering the work to his relative (廉洁纪律); the brother-in-law is a private
    contractor. The first sentence's "村民…找来了他的小舅子" is as published; could be read as a
    quality complaint with no official at fault (out, 其他).
13  涉法涉诉: a villager's suit against the 凤山公路局 for a road-bed collapse; ends before the
    truncated 公路局 argument. The 公路局's failure of 养护 is the court's civil finding, not an
    allegation of misconduct: out. 易某 is the plaintiff.
14  涉法涉诉: the opening of the 金堂 judgment (a motorcyclist against the 公路管理服务中心); the
    cbi360 title and "来源：中国裁判文书网" lines cut; ends before the truncated "**自2016年9月1日
    起一". The court header lines joined. 肖波 and 朱松林 are legal representatives only.
15  涉法涉诉: the contractor 席成勇's judgment and the 高马村村委会 on the 失信 list for road-work
    money. Title, source line, caption and the two sub-heading lines cut; ends before the truncated
    "陆续向席" sentence. No official is accused (the 村委会 has no money). Could be read as
    个人利益诉求 (a contractor's payment claim).
16  征地拆迁, traditional (Taiwan): a farmer's land on a farm road, his 龍眼樹 cut and paid for, and
    his refusal of passage; "中央社", the dateline and "(編輯:黃世雅)1120514" cut. The contractor who
    phoned a threat is private; the 水保局 answers. Could be read as 个人利益诉求.
17  征地拆迁: the question "村里修路把我家土地给挖了怎么办？" and the answer; user id, "分享到："
    and "相關文章：" cut. Could be read as 其他 (advice, no petition).
18  Mixed, 个人利益诉求: a forum plea for a road to 独松柏村 beside the complaint that the 村委
    干部 brushed the villagers off ("你们村民也没有向上反映") — criticism of unnamed cadres' inaction,
    not the centre. The three caption lines "这样的水泥路…" cut. No entry (unnamed group).
19  个人利益诉求: a short message asking for a ruined village road to be repaired.
20  个人利益诉求: a tieba post on a mountain road; the contractor's thin asphalt is private work and
    no official is named: out. Could be read as 其他.
21  其他, traditional (Taiwan): a 縣議員's post on a site visit to a broken 産業道路; "Tags", like
    and follower lines cut. Could be read as 个人利益诉求 (the villagers' repair request relayed).
22  其他: a 纪检监察组's notice of a routine inspection of road funds; no allegation.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH142: list[Item] = [
    # 01
    ('https://jianzhensh.cn/m/jianzhenbobao/7646.html',
     '2020年4月22日，河南省汤阴县古贤乡支村村民张先生向“法声”透露说，今年村委组织修建村中道路，路面要'
     '求是4米宽混凝土修筑，他和对向邻居间的街道总宽度是8米，村委修路时不居中修筑，而是把路修偏到他的房屋跟前'
     '，留给邻居一边有3米多宽的空地，这让他很气愤。张先生说，由于自己的妻子看村委修路不正规也不公平，去村委理'
     '论时被村干部燕同领给打了。自己曾去找村支书反映情况求公道，不料，村支书对他提出“修路要修在正中间，路两边'
     '实行绿化也整洁美观”的建议置之不理，反而恐吓他说：“如果不按照村里的决定办，就让派出所以‘村霸’的名义抓'
     '走你！”结果“法声”赶到张先生村里新修路的现场看到，新村道位于他的房屋后面，因为争议，尚留有约15米长、'
     '8米宽的路段搁置，其它路面已经修好。而修好的路段我们的工作人员目测很显然是一条“偏分路”，张先生说，村委'
     '会乘其不在家时，强行将路修了。对于搁置没修的路段是修还是不修，如何修，村两委至今也没有一个明确的说法。有'
     '村民偷偷地对“法声”说，张先生房后街道修路不公的原因是村支书有亲戚关系的一边留得土地就宽，“谁不愿意让自'
     '己的门前宽敞些，但是，村干部让自己人方便了，村民的心却凉了！”“法声”看到刚修好的南北村道路面已经破损，'
     '并有一道很深的裂缝，裂缝的边缘大面积塌陷，“好好的民心工程，变成了‘垃圾’‘豆腐渣’工程”。提到村委修路'
     '不公的事，支村三组村民张士勇对“法声”说，村里修路，村委干部燕同领向我家收了300元修路费，他们说，谁不'
     '交钱不给谁家门前修路，不知道为什么。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [('燕同领', '村干部', '支村'), (None, '村支书', '支村')]),
    # 02
    ('https://news.bjtianqiao.com/detail/13855.html',
     '“这路修得比豆腐还脆，钱都喂了谁？”2023年，四川兴文县僰王山镇的村民老张蹲在村口，用锄头敲了敲新修的'
     '水泥路，碎渣簌簌掉落。这条总预算90万元的“天价村道”，厚度仅有项目要求的1/3，连摩托车压过都掉渣。村'
     '民随口一句抱怨，竟撕开了副镇长吴小龙的贪腐产业链——从村道到垃圾桶，从公厕到小河堤，连15万元的小工程都'
     '要“抽水”5万这个分管乡村振兴的副科级干部，硬是把国家600万专项资金变成了私人提款机。他推荐的承包商全'
     '是“老熟人”，项目预算越编越高，工程质量越做越差。纪委顺着水泥裂缝查下去，发现吴小龙的“生意经”简单粗暴'
     '：每公里村道造价从35万虚报到50万，差价15万全进腰包；173万的“竹栏杆美化工程”，他抽走25万“辛'
     '苦费”；甚至村头40个不锈钢垃圾桶，他也要刮走3万。村民痛骂：“这是把惠民工程当提款机，把老百姓当冤大头'
     '！”谁能想到，这个把“美丽乡村”变成“美丽陷阱”的副镇长，曾是扎根乡村14年的教师？月薪三千的穷教师，日'
     '进斗金的“项目操盘手”，吴小龙的堕落堪称基层版《狂飙》。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('吴小龙', '副镇长', '僰王山镇')]),
    # 03
    ('http://www.taiyangwa.net/news/1806790.html',
     '“老陈，你看现在政策多好，水泥路都修到家门口来了。”“好啥呀，这一段路我花了2万多呢。”之前，垫江县委第'
     '二巡察组进驻高峰镇开展巡察，副组长谭建全带队在该镇关荣村5组走访时，村民老陈的一句抱怨引起了他的注意。“'
     '新建村组公路除主干道外，符合条件的入户支路也纳入了财政补贴范围，按理说群众不用承担这么高的费用呀，这里面'
     '可能有问题！”走访回来，谭建全在组务会上提出了疑点。“农村公路建设是乡村振兴的重要基础工程，更涉及群众切'
     '身利益，必须要查清楚，给群众一个交代。”巡察组随即决定把该问题列入巡察重点。经了解，2018年，关荣村启'
     '动通组通户公路建设工程，除财政补贴资金外，相关67户村民自筹资金100万余元。2022年1月，工程完工验'
     '收，但截至巡察进驻，仍没有对群众集资款进行结算、清退。进一步核查发现，在该工程实施过程中，关荣村时任党支'
     '部书记徐某某违规将集资工作交由施工方吕某某负责，造成筹资标准不一、账目不清、监管缺位，更未及时交镇双代管'
     '账户开展核算清退，存在极大风险隐患。查清问题来龙去脉后，巡察组督促高峰镇党委迅速自查自纠、立行立改，组织'
     '镇财政所详细清理该村公路建设项目账目，并延伸清查该村集体资金账册、票据情况；对徐某某及相关村组干部开展谈'
     '话，要求规范集体资金收支管理、公开公示工作，并责令施工方负责人吕某某限期将公路集资款移交至镇双代管账户。'
     '目前，高峰镇党委已通过召开现场清退会，将核查后应退的42万余元集资款全部返还群众。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('徐某某', '时任党支部书记', '关荣村')]),
    # 04
    ('https://www.scjc.gov.cn/scjc/syjdxw/2026/2/12/703f05d5f369404c8fb9c05c0c84f937.shtml',
     '“这几个签名的字体高度雷同，像是同一个人写的。”2025年初，内江隆昌市纪委监委督查组在翻阅石燕桥镇以工'
     '代赈道路修建项目资料时，一份《务工人员名单及报酬发放表》引起了他们的注意。几页名单上，满满当当地填满了姓'
     '名、身份证号、工时、签名等内容，记载得工工整整，但细看却发现20多个签名中间穿插着多个高度相似的笔迹。“'
     '笔迹雷同只是表象，背后可能存在造假。”督查组组长接过名单，随即决定先从名单真实性查起，挨个进行实地走访。'
     '“修啥子路？我一直在外地带孙子，根本没回来过。”村民张嬢嬢表示一直在外地，从未回村修路。“这名字不是我写'
     '的，这手印更不是我按的。”老张戴上老花镜，凑近看了又看，并伸出自己粗糙的手指，“你们看，我常年干农活，指'
     '纹都磨平了，但这名单上的指纹很清楚。”类似的场景不断上演，督查人员的笔记本上，打问号的名字越来越多，20'
     '余人中竟有超半数表示从未参与该工程，更未签领报酬。此外，不少村民还向督查组反映该条道路修好没多久就出现路'
     '基下沉、路面开裂的情况。“群众反映无小事，何况涉及以工代赈这样的惠民工程。”督查组当即对道路进行现场勘查'
     '，发现确实存在水泥稳定碎石基层厚度不足、部分路段无碎石垫层等问题。这样的工程是如何通过验收的？“注水”的'
     '名单与道路质量之间是否存在关联？随后，督查组分别与涉及两个村的村书记罗某、彭某进行谈话。“这份名单可能是'
     '经办人员没核实清楚，是我们工作上的疏忽。”罗某起初试图推诿。“事情多、时间紧，核查上难免有疏漏。”彭某也'
     '给出类似回答。“这么多伪造的签名，难道只是简单的工作疏忽？工程存在明显的质量问题，如何通过验收的？”',
     'in', None, False, ['贪污贿赂', '群众纪律', '工作纪律'],
     [('罗某', '村书记', None), ('彭某', '村书记', None)]),
    # 05
    ('http://lzfz.org.cn/show-135922.html',
     '“目前，公路养护多发款项已退还至乡财政账户，相关人员已受到处分，且乡党委规范工作制度，在提高工作效率的同'
     '时提高乡村道路养护员薪资待遇……”日前，在巡察反馈会后，仙居县上张乡党委书记与巡察组同志交流时谈到。去年'
     '年底，仙居县委第一巡察组对上级乡党委及所辖10个村级党组织开展了常规巡察。“拨付2017年乡村道路养护款'
     '所附的支付凭证中有一张养护员工资清单，奇怪的是清单上虽然详细写明了养护道路公里数以及计算方式，但最后计算'
     '结果却有出入。”在查阅财务资料的过程中，财务组老陈发现了一笔异常款项，并向组长作了汇报。老陈指出的问题是'
     '财务上出现频率较高的多付问题，但让人疑惑的是，同一套计算方法，为什么个别养护员的工资却算高了呢？带着疑虑'
     '，巡察组找到了经办人员周某。“对于这笔款项，你还有印象吗？”巡察组的工作人员递上清单询问道。“有的，这是'
     '我经手的。”“他们的工资是怎么计算出来的？”“按照计算规则，根据每名养护员的道路养护里程，计算最终的工资'
     '。”巡察组同志要求周某现场对清单进行了重新核算，再次印证了清单确实存在出入，其中有2名养护员的实发工资比'
     '正确的计算结果要高，总计多算1712元，其中还包括了他的二哥。“为什么他们的工资核算与其他人不同？”“可'
     '能是算错了。”周某含糊地说道。究竟是巧合还是故意为之，藏在清单之下的“真相”到底是什么？',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('周某', '经办人员', None)]),
    # 06
    ('https://hn.rednet.cn/c/2014/06/30/4212450.htm',
     '来电显示：我们是湘阴县新泉镇荷花村村民。前两年村里打了一条路，县里来了6万元钱，但是被人领走了1.8万的'
     '“提成”，国家的钱下来怎么可以私人来领提成呢？希望记者深入调查，敦促相关部门追回这笔应该用于集体事业的钱'
     '。记者调查：刚生告诉记者，自己之前并不知道县交通局下拨的钱被村里给了一个叫李华的人领了“提成”，是前不久'
     '村支书交账时才发现的。刚生认为，这钱是县交通局代表国家下拨给村里修路的，本来钱就不多，但一下就被领走了3'
     '0%，村民们担心会因资金投入减少而影响公路的质量。接到刚生的电话之后，6月27日记者前往湘阴县新泉镇荷花'
     '村、镇政府及县农村公路管理所对此展开调查。记者了解到，其他地区的村级党支部和村委会选举大多在今年3月和5'
     '月进行，而荷花村的换届选举还未开始，原因是现任党支部书记王宗明在任期3年内一直没有查过账，所以前段时间对'
     '其任期内的账目进行了调查核实，发现有一笔1.8万元的费用被人领走。村民们之后打听到，这笔钱是作为县交通局'
     '下拨的村级公路修路经费的提成领走的。既然是县交通行政主管部门代表国家下拨的修路费，怎么会出现私人领取“提'
     '成”呢？王宗明对此解释说，按照国家规定，每个村只有一条村级公路纳入到计划范围内，也就是说只有一条路是国家'
     '有钱下拨的，其他路都暂时未纳入到国家计划中。但一个行政村一两千人，不可能只有一条路，其他道路需要村里自己'
     '想办法扩宽硬化。而该村前两年就修了一条全长1700米的道路，到目前为止还剩600米未完成，成为“半拉子”'
     '工程。“出现这一状况的主要原因是没钱，村委会向相关部门申请数次未果。”',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     []),
    # 07
    ('https://www.637600.com/show-253-3782-1.html',
     '俗话说，“要致富，先修路”。确实是这样。在这个经济高速发展的现代社会，农村的乡村公路成了关注焦点，在仪陇'
     '县五福镇的十四村，它叫陡嘴村，村里的公路从几年前国家拨款的时候就修成了一天泥巴路，现在还是泥巴路，要重新'
     '修，就要村民集资，谁给他们的权利让他们可以在村里集资修路，国家的钱在哪里去了？再说，两个村的村公路衔接点'
     '，为什么总是出现被破坏的现象，我了解了一下，原因就是，十四村上任村长，在人家十村修路要换地用的时候，他死'
     '活不给人家换，人家村里现在给你穿小鞋，也是你活该，更甚至，听见有的十村村民直接声称：“我们村里不用的，剩'
     '下的，才能轮到你们十四村“。经过我了解的情况，十村在十四村村里有人修建房屋时要从他们的公路过，必须要缴费'
     '，这是谁给他们的权利，谁赋予他们收费的资格？国家有这样的明文条例规定过吗？被收费的十四村村民他叫王勇。为'
     '什么我们十四村的村干部班子换了一任又一任，但是却不能为村民谋点福利，干点实事，却都是用国家赋予你们的权利'
     '，给自己私人、亲戚谋福利呢？村里的账目不透明，村民要求查账，他们就说已经上缴给镇里了，镇里称是已经上缴县'
     '委了，究竟有没有，只有这些”人民公仆“心里最清楚，请有关部门关注，请相关的部门能亲自下乡去访一访这个村的'
     '村民。看看十四村的村委建设班子为什么换了一任又一任，却总是没有干点实事？',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     []),
    # 08
    ('https://hr.yes99.com.tw/?p=432106',
     '田尾鄉公所傳工程弊案，彰化地檢署22日到鄉公所調閱23件工程資料，本周三將傳訊鄉長莊仁舜，釐清案情。莊仁'
     '舜昨天並未在鄉公所辦公，電話也關機，田尾鄉公所主秘蔡昭森表示，鄉長有行程在外。上周傳出田尾鄉公所的道路闢'
     '建、綠美化工程遭人檢舉涉及回扣案，廉政署約談疑是白手套的許姓男子，許男卻在洗手間拿起鹽酸喝下，被送台中榮'
     '總急救，尚未脫離險境。工程案昨天仍引發田尾鄉民議論，據了解許男和莊仁舜是同村舊識，對於許男喝下鹽酸的動機'
     '仍不明。蔡昭森表示，鄉長上任後，闢建或拓寬道路包括目前還在施工的福德巷、及溪畔巷、民生路等約10條大小道'
     '路，不過工程款較多的重要道路多由營建署、縣府等單位發包，公所僅發包像綠美化等較小工程。地方人士表示莊仁舜'
     '任內向中央積極爭取闢建拓寬道路，的確能帶動地方發展，有時也可能因工程招標、驗收等問題引發相關人士不滿，是'
     '否真涉弊有待司法調查。',
     'in', None, False, ['贪污贿赂'],
     [('莊仁舜', '鄉長', '田尾鄉')]),
    # 09
    ('https://news.cts.com.tw/cts/politics/201212/201212031156139.html',
     '南投縣長李朝卿，涉嫌向包商收取風災工程款的回扣，被收押禁見，公共工程委員會今天帶隊，到南投神木村，稽查這'
     '些工程，發現偷工減料，道路只用石頭堆一堆，沒有灌漿，到處都是縫細，難怪大水一來，路就坍方。南投神木村的聯'
     '外道路，很誇張，碎成一片一片，近看底下是石頭和泥土疊成的路基，上面薄薄一層水泥和柏油，底下還有個被掏空的'
     '大洞，公共工程委員會人員一看搖頭。這條路至少斷了五次，錢每一次都給，但每一次修完，又要重修，公共工程委員'
     '會鑽孔採樣，要化驗是不是偷工減料。繼續來到這條路，肉眼就看到，石頭間的縫細又大又多，零散的灌漿，根本就沒'
     '有把縫細填滿，難怪水一來就掏空，造成路基坍方，工程會人員氣得大罵，黑心工程。這些都是神木村防災救命的道路'
     '，卻被南投縣政府設計成，非公開的限制性招標，不是自家人還標不到工程，檢方查出，縣長帶頭收取包商回扣，身為'
     '父母官，不顧民眾安全，偷工減料的錢，都放進自己的口袋裡。',
     'in', None, False, ['贪污贿赂'],
     [('李朝卿', '縣長', '南投縣')]),
    # 10
    ('http://www.f0574.cn/news/shehui/16610.html',
     '四川省通江縣是著名的革命老區，當年的紅四方面軍總醫院就設在此，近8000紅軍英烈忠骨就葬在沙溪鎮，解放后'
     '該縣是國家扶貧開發工作重點縣之一。5月12日，通江縣委、縣政府處分了包括主管交通的副縣長在內的多名干部，'
     '其直接起因是有媒體報道了該縣沙溪鎮沙溪大橋為“史上最牛的爛尾橋”，該橋由當地政府組織群眾集資而建，自19'
     '95年建成后于1998年被鑒定為危橋。本報記者在調查中發現，早在1998、1999年間，通江縣剛剛落成不'
     '久的彭坎巖大橋垮塌后，連續造成十人死亡的重大事故，當年責任人所受的處分，也在兩年后被發文取消。令人不解的'
     '是，沙溪的群眾呼吁、期盼十多年的危橋沒人維修，而通江縣有關部門卻對“知名文化人”的建議惟命是從，在縣城北'
     '環路上投資100多萬實施“山脊連接工程”，這座看似天橋的橋卻不能走車行人，而被種草種樹，因此被當地群眾稱'
     '為“風水橋”。如今，通江縣委、縣政府正在規劃耗資數百萬元，在沙溪鎮另修一座新橋，又一輪的群眾集資在一年前'
     '就緊鑼密鼓啟動，但至今群眾仍在觀望中。',
     'in', None, False, ['形式主义官僚主义', '工作纪律', '群众纪律'],
     [(None, '副縣長', '通江縣')]),
    # 11
    ('http://china.zjol.com.cn/05china/system/2006/05/26/006640029.shtml',
     '审计署25日发布审计公告显示，10.7亿元农村公路建设资金被滞留或挤占挪用，一些地方还少付、克扣征地补偿'
     '费等。有些地方为了多获取中央专项补助资金，重复申报，虚假申报，多报建设规模；国家发展改革委、交通部下达的'
     '投资计划中，有约四分之一的项目因计划下达和计划本身的问题影响了建设效果；地方配套资金落实情况不理想，一些'
     '地方将筹资任务转嫁给乡村和农民等。对审计调查发现的问题，审计署依照有关规定，向有关省（区、市）政府作了通'
     '报，对违法违规问题提出了处理建议。',
     'in', None, False, ['工作纪律', '群众纪律'],
     []),
    # 12
    ('https://gudianfeng.com/new/675935883366503424',
     '安徽，村里面要修水泥路，村民本着肥水不流外人田的想法，找来了他的小舅子承包建村里面的水泥路，包工包料，2'
     '00米水泥路，路宽2米8，一共给38万。万万没想到，村长的小舅子带着几名工人在施工，直接把拌好的水泥浆倒'
     '在黄泥地上。有一些村民看到之后就不乐意了，要求他们停工，不能这么干，应该在铺水泥浆之前，先在黄泥面上铺一'
     '层细沙，这样水泥路才会稳固，如今直接把水泥浆倒在黄泥面上，过不了几年时间，水里面就会开裂。但村长的小舅子'
     '却说没问题，他们都是按照规范来做的，不存在偷工减料的现象，如果真的还要铺下细沙，修这条路他们根本没钱赚，'
     '而且还要倒亏。那么问题就来了，村民们都说这条路修的不合规范，要求停工，村长的舅子跟工人们，说他们施工没问'
     '题，没有偷工减料。那么你们觉得，这段水泥路的施工，有没有问题呢？',
     'in', None, False, ['廉洁纪律'],
     [(None, '村长', None)]),
    # 13
    ('https://yybnet.net/hechi/fengshan/201410/1682621.html',
     '凤山县凤城镇凤凰村村民易某雨天驾驶摩托车外出，在经过一段“S”形下坡路段时，被上层突然坍塌的路基砸伤，造'
     '成六级伤残。凤山公路局以路基坍塌属不可抗力为由拒绝赔偿，伤者无奈，将其告上法院，索赔20万余元。近日，凤'
     '山县人民法院作出一审判决，以该局未尽养护义务，判决其赔偿伤者各项经济损失16万余元。去年8月20日晚，凤'
     '山县城区下起小雨，之后雨势逐渐变大，到8月23日晚已变成大雨。次日7时许，易某冒着大雨驾驶摩托车往县城方'
     '向行驶。易某在经过离县城不远处的一个“S”形连续下坡路段时，上层道路的路基突然坍塌，沿山体滚落至下层易某'
     '驾车行驶的道路，易某被砸中受伤，摩托车也被砸坏。接报后，医护人员赶到现场进行抢救。易某身上多处粉碎性骨折'
     '，当日被转至百色市右江医学院附属医院抢救治疗。同年9月16日，易某出院，医院叮嘱他卧床休息3个月左右，全'
     '休半年，1年后根据骨折愈合情况取出内固定物，3个月后可安装义肢。出院后第二天，易某在百色一家司法鉴定中心'
     '进行伤势鉴定，经鉴定其伤残等级为六级。事发后，易某找到事故路段的管养单位凤山公路局，以公路局管理不善为由'
     '要求其赔偿损失。但公路局以事故的发生其无责任为由，拒绝了易某的索赔要求。同年12月23日，易某向凤山县人'
     '民法院起诉，要求公路局赔偿医疗费、护理费、误工费、残疾赔偿金等经济损失，共计18万余元及精神损害抚慰金2'
     '万元。庭审时，公路局认可其是事故路段管理者的事实，但称其已在职责范围内超标准执行养护、路政巡查。在事发的'
     '前一天即2013年8月23日巡路时，巡路人员并未发现沉陷、开裂等隐患。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.cbi360.net/hhb/sg_1493736/fy_21011688.html',
     '四川省金堂县人民法院民 事 判 决 书（2019）川0121民初330号原告：**，男，1990年3月2'
     '4日出生，汉族，住四川省金堂县。委托诉讼代理人：潘勇，四川泰仁律师事务所律师。被告：金堂县公路管理服务中'
     '心，住所地金堂县赵杨路*号。法定代表人：肖波，所长。委托诉讼代理人：苏勇，四川公生明律师事务所律师。第三'
     '人：成都海川环境管理有限公司，住所地成都市青羊区青羊街27号1幢3单元18楼1415号。法定代表人：朱松'
     '林，执行董事兼总经理。委托诉讼代理人：刘铁伟，四川君盛律师事务所律师。原告**与被告金堂县公路管理服务中'
     '心（以下简称公路管理中心），第三人成都海川环境管理有限公司（以下简称海川公司）机动车交通事故责任纠纷一案'
     '，本院于2019年1月3日立案后，依法适用简易程序，公开开庭进行了审理。原告**及委托诉讼代理人潘勇、被'
     '告公路管理中心的委托诉讼代理人苏勇、第三人海川公司的委托诉讼代理人刘铁伟到庭参加诉讼。本案现已审理终结。'
     '**向本院提出诉讼请求：1.判令被告赔偿原告医疗费、误工费、住院伙食补助费、残疾赔偿金、精神抚慰金等损失'
     '219356.47元；2.诉讼费由被告承担。事实和理由：2017年11月5日21日许，**驾驶摩托车从金'
     '堂县五凤镇经五福大道往金堂县淮口镇方向行驶，行驶至五福大道沱江第一湾处，因驾车不慎碾压路中的水泥板上，导'
     '致**受重伤，车辆受损的交通事故。**受伤后，在成医附二院.核工业四一六医院住院治疗，于2017年11月'
     '29日好转出院。2018年6月1日，四川中益司法鉴定中心对**所受损伤鉴定为九级伤残，误工期180日、护'
     '理期60日一人护理、营养期60日。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.yybnet.net/nanchong/nanbu/201911/9927310.html',
     '一个户籍人口有着1100余人的村民委员会，进入了法院的“老赖”名单。11月20日，四川南部县人民法院曝光'
     '了最新一批“失信被执行人”名单，其中，南部县雄狮乡（现已并入万年镇）高马村村民委员会的名字赫然出现在这份'
     '“老赖”名单中，名单信息显示，高马村村民委员会的执行标的为207764元，但全部未履行。红星新闻记者采访'
     '获悉，2014年，一位名叫席成勇的包工头，承包修建高马村村道路防护桩工程及错车道加宽修筑工程。2015年'
     '，工程完工后结算工程总价款347264元，但截至2018年3月21日，该村尚有207764元欠款尚未结清'
     '。在多次催要无果后，包工头席成勇将高马村村民委员会告上法庭，但即便席成勇胜诉后，村委会仍一直未能归还其欠'
     '款。11月26日，高马村村委会相关负责人告诉红星新闻，村委会的账户上确实没有钱，因为村里没有任何集体经济'
     '收入，目前，只能每年从工作经费中结余一部分资金出来用于还欠款……让高马村村民委员会背上“老赖”名声的这笔'
     '20余万债务，是4年前欠下的。2014年，包工头席成勇承包了高马村防护桩工程及错车道加宽修筑工程。在一份'
     '席成勇与高马村村委会签订的关于修建错车道的合同中这样写道：“高马村原有公路由于路面较窄，交通不方便，急待'
     '修筑错车道，付款方式为由席成勇全垫资，村委会在2015年年底前付清。”2015年12月29日，席成勇承包'
     '的相关工程完工，在通过高马村村委会时任村干部及村民代表的验收后，结算工程总价款为347264元。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://news.cts.com.tw/cna/local/202305/202305142177980.html',
     '水保局南投分局接獲陳情到中寮鄉整治坑溝，包商機具需通過一條農路，陳情人告知「可以走」，其中一段張姓地主卻'
     '不願他人通過，水保局後續協調包商再向張姓地主致意、道歉。中寮鄉張姓農民向媒體投訴指出，水保局包商闖入私人'
     '土地砍掉龍眼樹拓寬路面，今年又有承包商要借路通行施工，他不願意，並在農路入口設置「私人土地，請勿進入」告'
     '示牌，還是會被移走，他投訴主管單位水保局，反而接到包商打電話恐嚇「要找我輸贏」。對此，行政院農業委員會水'
     '土保持局南投分局今天回應媒體詢問表示，去年不同包商到當地施工，整路稍微損壞張姓農民的龍眼樹，當時已賠償完'
     '畢，水保局今年接獲其他農民陳情希望整治坑溝，農民告訴包商「這條農路可以走」，但張姓農民不願開放自有土地路'
     '段。南投分局指出，這條農路是當地農民「大家走的路」，張姓農民土地在其中一段範圍，但今年整治坑溝的包商不知'
     '道張姓農民不願他人通過，水保局接獲投訴立即請包商繞遠路去施工，並派主管拜訪張姓農民，這件工程日前完工，後'
     '續再請包商向當事人致意。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://ttnews.xyz/a/5e69d0cbdc9b5e04947d7e4c?lang=zh-hans',
     '村里修路把我家土地给挖了怎么办？在古代，修路架桥被人们看着是一种“积善行德”的好事、善事，桥或路修好通行'
     '后，参与出力或出资修桥修路的人的姓名，还被人们修建功德碑镌刻在上面，供世人留念、传颂。到了现代，虽说修路'
     '架桥之后，人们不在为参与修路的人立功德碑了，但是修路架桥是“积善行德”的思想和观念仍深深的留在人们的心中'
     '。所以，很多时候，人们在遇到修路架桥这样的事时，只要是对自己影响不大，大都持理解支持的态度，毕竟路虽说是'
     '大家走的，自己也要走，方便大家的同时也方便了自己。而且现在修路，不需要农民个人出资出力，有的是国家出资修'
     '建，有的是村里筹资修建，但不管是谁出资修路，其过程并不是我们想的那么简单，也许是村里向上级申请了许多次才'
     '批准修建的，也许是村里向多方渠道求爷爷告奶奶才凑足了修路的资金。所以，我们应该理解支持村里修路，不能因为'
     '因修路挖了点土地而耿耿于怀，耽误了工期，最终影响的是自己、是大家。修路是会占用土地，但每家都有可能被修路'
     '占用了土地，如果大家都不让占用，那路还修得成吗？还要不要走路？当然，如果修路占用的土地面积过大，对自己的'
     '耕种有影响，也可以向村里提出合理诉求去解决。比如，村里还有集体地的话，可以通过调换土地来减少自己的损失，'
     '也可以向村里提出合理的青苗补偿，这些都是切实可行的办法。但不管怎样，我建议你以大局为重，从长远处着想，村'
     '里修路把你家土地挖了，可以向村里提出合理的诉求，不要因小失大错失修路的机会或者耽误工期而遭人痛恨，你说是'
     '吗？',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://bbs.hepu123.com/thread-476900-1-1.html',
     '整个广西或许就剩我们合浦县乌家镇领顶村委独松柏村等个别自然村还有这样的“水泥路”了，一下雨，所有的雨水沿'
     '着泥路跑，把路面冲刷成沟，雨后不是坑坑洼洼就是就是泥沙堆积成山，试问哪里还有这样的路呢？我到过很多地方，'
     '不管是省外的贵州、湖南还是区内的玉林、百色、河池等地，都已不存在这样的路；即使是在合浦，东片的公馆、白沙'
     '、闸口，西片的西场、沙岗、星岛湖，也没有这样的路；即使是乌家镇，新村、西大、瓦联也没有这样的路，瓦联就在'
     '我们村隔壁，人家竟然把水泥路铺到了我们村边的田间地头，可恨可叹，为啥有这样大的区别呢？有人去问村委干部，'
     '他们的回复说你们村比较富裕，你们村民也没有向上反映，难道反映到村委不是反映吗？难道村委没有责任义务向上反'
     '映吗？难道乌家政府真的不知道我们还没有修水泥路吗？大家都知道，要致富，先修路。而且“村村通”公路政策已经'
     '推行了多要年了，即使最偏远的河池、百色山区，人家都把水泥路修到了家门口，然而独松柏村却没有。独松柏村有7'
     '0多户将近400人的自然村，是岭顶村委最大的村庄，但是竟然连一条像样的出村公路都没有。所以恳请各位领导、'
     '朋友，看了之后帮我们转发转发，帮帮我们这些行路难的村民，帮帮我们修一条出村的公路。',
     'out', '个人利益诉求', True, [],
     []),
    # 19
    ('https://shuji.tmwcn.com/view?id=77262',
     '地处绿林口村四组与一组相连的重要的交通要到，路面坑坑洼洼，交通受阻严重，积水成洼，不论是行人还是过往车辆'
     '无不抱怨，这是哪个村的路，汽车半天过不去，电动车看着干着急，行人望路兴叹。此路原本属于农村的乡村公路，政'
     '府和人民本该为建设美丽乡村而奋斗，原本道路狭窄，又路面损坏严重，时有过路渣土车让本该不堪重负的道路雪上加'
     '霜，路只管跑，却无人修理，感觉不到美丽乡村为何样。望领导们实地勘探，注重民意，为人民办好事。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://182.61.201.157/p/5208835180',
     '都说要想富先修路，我们老家那边比其他好多地方是穷很多每年的贫困户也有很多，年轻人都跑出去上班挣钱了家里剩'
     '下的只有上年纪的老人和极少数的小孩，过年过节都不愿意回家，路太烂了没人愿意来投资，就算有什么特产都运不出'
     '去运出去了也没人要了一路上全给颠坏了，路上的坑也有人维修，就是在路边铲点土填坑里然后拍平就走了后面车一跑'
     '又是坑满路灰尘，下雨了就满路泥泞又到处都是坑坑洼洼的，有的坑积水了小孩摔进去都能给淹死，本来都是些老人在'
     '家腿脚不好又是坑坑洼洼的真的很担心，有些家里出去打工挣钱了都举家搬迁了老房子塌了也没人回家过年过节的时候'
     '祖坟都没人打理，以前学校还是有很多孩子读书的现在因为没有好的老师愿意来教书就算来了又走了，以前热闹的学校'
     '也日渐冷清。经常一些开车的都跑的比较快路上全是碎石子有时候压到石子弹到路边的护栏会听到打的叮当响，如果打'
     '到路上的行人会怎样？之前有过一辆摩托车压到石子把一位老人的腿打骨折了如果是打到头呢？因为路太烂了经常会有'
     '车辆占到抢道行驶，本来就是山路弯道多又窄而且树也多所以事故很容易发生，最开始是有老板承包修路铺沥青，就是'
     '把石子洒上压路机压一下喷上一层薄薄的沥青就完了，后面车一跑又是满路的石子坑洼，现在夏天了，从吴垭庙到观音'
     '桥河这段路上的沥青白天太阳大了就化了车在上面就像在有胶水的地板上走路一样刺啦刺啦的响，我在想如果有人摔到'
     '上面不知道会怎样……我的文笔不好，请勿喷。从白岩到子华侨这段路都没有拍了路太烂了太危险，有人去过的就知道'
     '啥情况。希望有关部门可以关注一下。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://221006722172123_fb.kolauthor.com/post/282623842677077',
     '今天會勘高樹鄉鹽樹村的一條産業道路！是長期殘破不堪的道路。村民説這個問題反映多年，一直未有改善。砂石車長'
     '期碾壓，破壞嚴重，巔簸不平！苦不堪言⋯⋯貨車載農產品因震盪嚴重，造成蔬果嚴重損害。景山協同河川局、鄉公所'
     '、代表、村長及村民代表，到現場會勘。因為這道路工程浩大，所需經費龐大！商請公所做調查報告，然後再責成砂石'
     '業者及有關單位共同恊議解決方案，並請公所擬計劃，向有關單位多方申請經費。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.aqjjjc.gov.cn/html/2023/bumenxinxi_0621/31858.html',
     '近日，驻市交通运输局纪检监察组会同市交通运输局财审科到岳西县店前镇天台村和田头乡泥潭村，开展乡村振兴领域'
     '道路工程专项资金使用情况专项督查。驻局纪检监察组深入田间地头，走访脱贫户，通过“拉家常”等方式察民情、听'
     '民意，倾听群众呼声和诉求，详细了解驻村工作队工作开展情况、村道路建设维护使用情况和脱贫户结对帮扶工作情况'
     '。实地察看村内水毁道路修复建设项目和户户通公路硬化等现场，并对2021年和2022年乡村振兴道路工程专项'
     '资金使用情况进行了抽查，要求相关负责人要加强项目资金使用管理，确保项目资金专款专用，坚决杜绝挤占、挪用、'
     '截留、违规使用专项资金情况发生。此外驻局纪检监察组还查看了驻村工作队有关工作台账，对发现的问题当场提出整'
     '改建议。下一步，驻市交通运输局纪检监察组还将持续聚焦乡村振兴领域道路工程资金落实情况，确保资金安全运行，'
     '为乡村振兴提供有力纪律保障。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH142, "fresh142")
