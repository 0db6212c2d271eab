"""Sealed batch fresh162: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh160th.py; the batch and its row ids are "fresh162".)

Theme: farmland protection and illegal buildings in the countryside (乱占耕地建房, 违建别墅 and
庄园, 耕地非农化/非粮化, 大棚房, 违法用地 left alone by 国土所 officials, cadres' own villas and
农家乐 on farmland): a 村支书 planning a villa estate on the village square, a party member's
two-storey steel roof on farmland, a 国土所 副所长 who let a house go up, a village that let 85 mu
be dug into a lake, three 湖北 cases in a 纪委 通报, eight 冷水江 cadres called to account for a
"cattle farm" that was a house, a 政协 former vice-chair's 33-mu "农家乐", a 村主任's manor, a
村支书 selling shops built on 基本农田, a 国土所 所长's shrimp ponds on 基本农田, a 村支书 who took
a schoolmate's field for a road and housing, a 村民组组长's factory on paddy fields; out items
are three criminal or civil cases on private occupation of farmland, a 征地 compensation quarrel,
a neighbour's report of a tree plot, two villagers' requests to be allowed to build, a letter on
a villager's rebuilt factory, a 通报 that found the house was not the 支书's, and a commentary on
the 大棚房 campaign. Sources (stored-pages search): a bjtitle copy of the 浙江法制报 story on
聂利祥 (广饶 河沟村); the 志丹 县纪委 通报 on 王志富; a masterjw001 copy of the 铜山 监委 story on
the 张集镇国土所 (traditional); a 徐州 school 纪委 site's copy of the 鼓楼 巡察 story on 杨西村;
a 荆州 cjyun copy of the 湖北日报 report on the 湖北省纪委 通报; a canbsolutions copy of the
湖南日报 story on 禾青镇 (traditional); a 香港01 report on 毛海琴 (traditional); a 荆楚网 copy
of the 大河网 report on the 鲁山 南街村 manor; a 网易号 post on the 漯河 前安村 shops; a 盐城
forum post on the 伍佑镇国土所 所长's shrimp farm; an oisum copy of a report on the 信阳 王楼村
支书 (traditional); a 湘潭 forum post on the 万贯村 组长; out: an 澄海 court report (农家乐 on
基本农田), a 文汇网 report on the 肇庆 "地霸" (traditional), a 汉中日报 report on the 西乡 朱代英
land case, a 中国经济时报 (sina) report on 定西 巉口 compensation, a jianshu diary of a 第一书记,
a 仙游 留言 with the 鲤南镇 reply, a 东南网 report on a 莆田 family's building application, a
龙港 问政 letter with the 执法局 reply, the 东津新区 通报 on the 沈营村 house (copy on an
aggregator), and a 新华网 (yijn copy) 工人日报 commentary on the 大棚房 (traditional). Six texts
are in traditional script (items 3, 6, 7, 11, 14, 22; the glossing pinyin of 003's converted
copy removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, site and forum lines, the "特别声明" of 009, "【留言详情】"
of 019 and the truncated last sentences of the stored copies removed); paragraphs joined; ASCII
punctuation written full-width except inside numbers ("15:46"; the range "8月~12月" of 022 and the
mask "李*丽" of 009 kept); stray spaces removed (009, 018, 019) except the one between date and
time in 018 and the one in the title "《直通屏山 省委领导留言板》" (019). Page oddities kept:
"什么" in the traditional 003 and 022, "后", "范圍", "采礦" in 006, "多次被執法部門多次叫停" and
"說﹕" (007), "据悉；" (009), "估计有350遂问" (010), the list "1." then "3." (012), "2014.5月份"
and "我家是房子是" (018), "只所以" (020), "被毁掉完" (016).
scope "in" for alleged misconduct of a party member or public official (village cadres and a
村民组组长 included; a 政协 vice-chair holds a public office, as in fresh104th.py), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private
builders, tenants and firms, and officials who only handled, investigated, announced or answered
are not accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed
accused official is (None, position, unit). Names, positions (as first written with the name,
"原" kept) and units as written; "X、Y" read as two persons, as in fresh70th.py. Topics only from
the twelve names of triage.md; as in fresh70th.py, occupying farmland for a cadre's own house,
villa, manor or business is 廉洁纪律, failing to stop or report illegal building is 工作纪律, a
cadre ordering or steering illegal land use is 滥用职权. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (001, 011).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 2 (018, 019), 其他 3 (020-022).
16 accused entries, all in items 1-12: 10 with a full name (聂利祥, 王志富, 趙守宇, 徐红梅, 贺国华,
漆绍摁, 毛海琴, 劉明厚, 王友喜, 彭建文), 2 masked (孙某, 陈某), 4 post only. Item 006 is in scope
with no accused entry. Out items have no accused entry.

Close calls:
 1  Mixed: the 200 villagers' "还我口粮钱" banner and their demand that the 占地补偿款 be paid back
    (their own money) beside the 支书's misconduct. The "“宅神”…" headline, byline and the
    sub-heading "不信马列信鬼神 村委会里添“宅神”" cut; ends before the truncated "聂利祥心里有些不…".
    A villager's quote first says "聂利祥作为村党支部书记"; the formal first statement "聂利祥是河沟
    村原党支部书记、村委会主任" taken: ('聂利祥', '原党支部书记、村委会主任', '河沟村') (hard).
    政治纪律 (迷信, 形象工程), 民主集中制 ("一言堂"), 滥用职权 (the villa plots on the 杨树林 and
    the square), 群众纪律 (补偿款).
 2  A county 纪委 通报; the last sentence about the 纪检监察机关's tasks cut. 王志富 is a party
    member without a post: ('王志富', '党员', '东武沟村') as written "东武沟村党员王志富". 廉洁纪律.
 3  Traditional, glosses removed; two sentences garbled in the stored copy cut (the one on 趙某's
    fish pond "因?yàn)轸~…" and 趙守宇's first quote "我們?cè)诶钅…"), so 趙某 appears without his
    introduction and the quote "這是2016年4月…" follows "一邊說" directly; ends before the
    truncated "然而核查組…". The villagers accuse the 國土所 (an organ); 趙守宇 is the officer in
    charge whose story the text sets against 李某's: ('趙守宇', '副所長', '張集鎮國土所') (hard:
    the excerpt stops before any finding). 李某 and 趙某 are private builders. 工作纪律.
 4  The 老党员's letter and the 巡察 story; the source "(江苏省纪委监…" cut off. 赵某 and 周某 are
    private tenants. "负有直接责任的村党支部书记、村委会主任" read as two persons (hard: could be
    one 一肩挑 holder); "相关分管委员" unnamed and unnumbered, no entry. The 刘组长 only inspects.
 5  The 湖北日报 dateline and headline cut; ends after 漆绍摁's case heading (the truncated 饶某某
    sentence cut). Positions and units as first written ("黄石经济技术开发区人大联络处办公室原主任",
    "武汉市江夏区政协社会法制委员会原主任", "鹤峰县原国土资源局党组成员、执法监察大队大队长").
    The fourth case of the 通报 is not in the excerpt.
 6  Traditional; the page junk, headline, dateline "湖南日報·新湖南客戶端…(通訊員 張偉琳)" cut;
    the stored copy ends there. The "6名鎮干部、2名村干部" are unnamed: in, no entry.
    潘某長 is the villager who built. 工作纪律 and 滥用职权 ("失職瀆職").
 7  Traditional; the headline and the sub-heading "當地紀委介入調查" cut. ('毛海琴', '前副主席',
    '山陽縣政協') from "陝西山陽縣政協前副主席毛海琴". Her husband 劉明厚, co-investor of the manor,
    is described only as having run a firm "以公職人員身份" years ago: ('劉明厚', '公職人員', None)
    (hard: his present post is not written; could be read as a private person). 孫會蘭 is the
    nominal tenant. 廉洁纪律 (the manor, the state water tanks) and 工作纪律 (eight sick leaves).
 8  The "原标题", headline, sub-heading "村里冒出个大庄园" and source lines cut. ('孙某', '村主任',
    '南街村'). The 县纪委 and 县国土局 only dealt with it earlier. 廉洁纪律.
 9  A 网易号 self-media post; the "本网讯:" tag and the platform's "特别声明"/"Notice" cut. The
    "村支书" in quotes in the text: (None, '村支书', '前安村'). "李*丽镇长" only did not answer;
    "当地监管部门" an organ. 滥用职权 and 廉洁纪律.
10  A first-person forum post of hearsay; ends before "他说：“应当不是的。…" (truncated). "老板姓
    陈" is no name; the name is written "陈某为了避嫌": ('陈某', '所长', '伍佑镇国土所'). 李亚飞,
    杨主任 and 李志敏 only investigate; the "姓朱的" villager reported it; 王庆松 signs for him.
    廉洁纪律 (a 国家工作人员's business on 基本农田).
11  Mixed: 唐某's own claim to his 1.6 mu ("我现在只想要回我的田地", no compensation) beside the
    支书's taking of the land for a road and real estate. Traditional; the caption "信陽市國土局出具
    的處罰決定書" and the sub-headings "出于好心 簽下協議", "耕地變馬路 承包人卻一無所知" cut; ends
    before "一籌莫展的…國土資源局。" and the truncated "國土局". ('王友喜', '村支書', '王樓村').
    The "村里" that built is the village as an organ. 群众纪律 and 滥用职权. Could be read as out
    (征地拆迁) with a cadre in it; the 支书's own acts decided it.
12  A first-person forum post: the headline cut and the truncated point "5、…" cut; the page's
    list "1." then "3." kept. ('彭建文', '组长', '万贯村11村民组') (a 村民组组长; hard: a group head
    is a village cadre only loosely) and "村上的陈书记" who went along and maybe holds a share: "陈"
    is a surname only, (None, '书记', '万贯村'). "镇上的领导" an unnamed group. 廉洁纪律 and
    滥用职权 ("依仗自己的组长身份").
13  涉法涉诉: a private tenant's 农家乐 on 基本农田 judged; byline and "法官说法" cut.
14  涉法涉诉, traditional: private "地霸" arrested and prosecuted; "【文匯網訊】" cut and the
    following paragraphs on a village 治保主任 blocking a road cut (so no official is in the text).
    Could be read as 其他 (a police press conference).
15  涉法涉诉: a land swap by the writer's stepfather, judged void, still unresolved; the two
    sub-headings cut; ends before the truncated 诉状 sentence. The house passed "层层审批" (村, 镇,
    国土所, 县) but no official is accused. Could be read as 征地拆迁 (a land dispute).
16  征地拆迁, hard: a villager's refusal of a lower compensation and his crop bulldozed at night by
    "村、镇干部一行13人" (an unnamed group, no entry; read as part of the compensation quarrel, as
    fresh62th.py's item 17). The byline cut; the last paragraph (the 国土资源局 局长's figure of
    13,000 元 a mu, an implied gap) and 张礼's truncated case cut. Could be read as in (群众纪律)
    or mixed.
17  征地拆迁: a first-person diary of a 第一书记 on a neighbour's report of a tree plot on
    collective land, found a grudge; the 村委 only answers. Ends before the truncated "…现在老".
    Could be read as 其他.
18  个人利益诉求: a villager's request to rebuild his old house and the town's reply (the title
    "旧宅翻建" cut); the remark that others in his village rebuild is not an accusation of an
    official.
19  个人利益诉求: a family's building application refused (农林用地). The 4,000 元 "社会抚养费"
    taken "to allow building" is explained by the 支书 郑国山 as a birth fine (hard: could be read
    as a complaint against the village). The dateline and the caption "张先生住房现状" (twice) cut.
20  其他: a letter on a private villager's factory rebuilt on 基本农田 and the 执法局's reply; the
    rumour that a "市政府领导" had spoken for him is his own claim, no official named. The site
    lines, the "龙港市综合行政执法局答复:" head and the contact lines cut. Could be read as in
    (the 部门 that never stopped it), as an organ.
21  其他, hard: the 东津新区 通报: the house reported as the 支书 肖某's is his father's (a private
    villager), its 2014 extension illegal. The title line cut and the page's HTML escapes dropped;
    ends before the truncated next paragraph. Could be read as in (an official's family building).
22  其他, traditional: a 工人日报 commentary on the 大棚房 clean-up; the spam line, headline and
    site lines cut; the stored copy ends there.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH162: list[Item] = [
    # 01
    ('https://app.bjtitle.com/8816/newshow.php?mood=w&newsid=5288785&typeid=26',
     '日前，一则通报在山东省东营市广饶县大王镇河沟村村民中引发不小的关注。“聂利祥作为村党支部书记，带头搞'
     '迷信活动，实在是荒唐。还挪用占地补偿款，真让我们寒心。”一位村民说。聂利祥是河沟村原党支部书记、村委'
     '会主任，对他的调查始于去年2月的一次群众上访。那天，河沟村200余名村民手拉着写有“还我口粮钱”的横'
     '幅，站在大王镇镇政府门口，强烈要求调查聂利祥，并归还村民们的占地补偿款。这一事件在当地引起广泛关注。'
     '随即，广饶县成立由纪检监察、公安等部门组成的联合工作组到河沟村现场办公。广饶县纪委监委广泛征集问题线'
     '索，对群众反映的突出问题进行调查核实。随着调查的深入，这名村干部的一件件荒唐事，逐渐浮出水面……事情'
     '还要从河沟村的别墅建设工程说起。2016年初，时任河沟村党支部书记、村委会主任的聂利祥为了确保在下一'
     '年的村“两委”换届中连任，大搞形象工程，拟对全村宅基地进行重新规划，建设别墅区，以获得村民的支持。聂'
     '利祥担任河沟村党支部书记多年，在村里有一定威信。他提出的意见，若有不妥之处，其他村“两委”成员也只是'
     '委婉提醒，一般不会明确表示反对。久而久之，村“两委”会议俨然成了聂利祥的“一言堂”。在私心的驱使下，'
     '通过近似“一言堂”的村“两委”会议，聂利祥决定将河沟村南边的杨树林和村文化广场地块作为新规划的宅基地'
     '，用于别墅建设。2016年9月，河沟村的别墅建设工程陆续开始。最多时候，村里有二三十家同时开工，20'
     '0多人在工地上搬砖、和灰、砌墙、上梁、挂瓦，忙得热火朝天。',
     'in', None, True, ['政治纪律', '民主集中制', '滥用职权', '群众纪律'],
     [('聂利祥', '原党支部书记、村委会主任', '河沟村')]),
    # 02
    ('https://zhidan.qinfeng.gov.cn/info/1182/11770.htm',
     '为认真贯彻习近平总书记重要指示批示精神，按照中央和省市县纪委关于农村乱占耕地建房问题专项整治工作安排'
     '部署，牢牢守住耕地红线，推动专项整治取得实效，发挥典型案例的警示教育作用，现就近期查处的1起乱占耕地'
     '建房问题典型案例通报如下：保安街道办事处东武沟村党员王志富乱占耕地建房的问题。王志富在未办理相关审批'
     '手续的情况下，擅自在东武沟村高架桥下路畔老房子9间平房上加盖了二层彩钢，占地面积265.50平方米，'
     '其中占耕地面积为94.70平方米，违反国家相关法律法规。2021年12月，王志富受到党内警告处分。以'
     '上通报的1起乱占耕地建房问题，反映出一些基层党员法纪意识淡漠，乱占耕地建房，破坏耕地红线问题，触犯党'
     '的纪律，并违反国家法律。全县各级各部门要深刻认识农村乱占耕地建房问题的严重性和危害性，充分认识坚守粮'
     '食安全底线、坚守耕地保护红线的重要战略意义，切实增强思想自觉、政治自觉、行动自觉。',
     'in', None, False, ['廉洁纪律'],
     [('王志富', '党员', '东武沟村')]),
    # 03
    ('http://masterjw001.com/portal/disciplinary/detail.html?id=1002',
     '“我們反映，張集鎮國土所在處理吳邵村村民李某占用集體土地這事上不作為，損害了村集體的利益……”202'
     '2年初，江蘇省徐州市銅山區監委第四派出監察員辦公室接到村民舉報，隨即成立核查組對該問題線索展開核查。'
     '“建房之前，到土地管理部門辦理用地手續了嗎？”核查人員找到村民李某詢問道。2015年初，當趙某聽說李'
     '某想找地方蓋房子時，就提出把自己的魚塘和空地都轉包給李某，于是李某就在魚塘邊的空地蓋了房。“建房期間'
     '，相關部門對你無手續建房行為制止過嗎？”核查人員繼續問。“沒有，一直到2016年10月房子全蓋好了，'
     '也沒有人出面問過。”李某回憶道，“不過2018年上半年，鎮國土所的人找到我，要求我停工，那時房子都建'
     '好了，就讓我在什么通知書上簽字之后就不了了之了……”核查人員也從趙某那證實了李某的上述說法。與此同時'
     '，另一組核查人員來到鎮國土所調取相關臺賬資料。張集鎮國土所副所長趙守宇一邊翻找著材料一邊說，“這是2'
     '016年4月我給李某出具的《責令停止違法行為通知書》，他的房子當時還沒建好……”',
     'in', None, False, ['工作纪律'],
     [('趙守宇', '副所長', '張集鎮國土所')]),
    # 04
    ('https://jjjcc.xzyz.edu.cn/info/1004/5317.htm',
     '日前，江苏省徐州市鼓楼区委巡察办开展2023年度第一轮提级巡察时，收到了一封来自辖区拾屯街道杨西村一'
     '名老党员举报信。“国家规定不得随意占用农村耕地搞非农业项目，但我们村就有一大块土地被承包出去挖人工湖'
     '、养花种草、加盖房子。希望你们管一管，帮助我们农村解决一下实际问题……”“85亩耕地，对于农民来说可'
     '不是一个小数目。非法占用耕地改作他用数量较大、造成耕地大量毁坏的行为是违法的。这不是明知故犯吗？”区'
     '委第二巡察组刘组长说。区委第二巡察组对此十分重视，立即成立工作专班，深入区农业农村水务局、拾屯街道办'
     '事处、杨西村委会及被承租农用地现场进行核查了解。巡察组通过调阅相关文件、土地承租合同等台账资料，精准'
     '把握了问题存在的症结。据了解，土地承租人赵某、周某于2017年12月与杨西村签订土地流转协议，有效期'
     '至2027年12月，用途为中草药种植。但在经营过程中，承租人违规改变土地经营用途，陆续挖湖造景、建造'
     '房屋、硬化道路，将项目更名为淮海花博园，违法占地面积达85亩。巡察组详实向区委进行专题汇报，区委主要'
     '领导高度重视，严肃提出整改要求，决定由区农业农村水务局牵头，会同拾屯街道办事处、杨西村委会对问题限时'
     '整改到位，由区纪委监委牵头对问题相关责任人严肃追责问责。区农业农村水务局迅即成立整改工作专班，专题召'
     '开整改部署会，明确整改任务、责任及相关要求，深入土地承包一线调度督促整改落实情况。区纪委监委启动追责'
     '问责程序，对相关责任人立案审查调查。整改填埋了所挖人工湖，撤除了现场房屋，清除了硬化道路，推动了耕地'
     '复垦。负有直接责任的村党支部书记、村委会主任及相关分管委员，受到了党纪政务处分。',
     'in', None, False, ['工作纪律'],
     [(None, '村党支部书记', '杨西村'), (None, '村委会主任', '杨西村')]),
    # 05
    ('http://m-jingzhou.cjyun.org/p/289538.html',
     '近期，全省各级纪检监察机关对农村乱占耕地建房问题督促开展摸底排查和梳理分析，对发现的突出问题依纪依法'
     '严肃查处。近日，湖北省纪委通报了湖北省纪检监察机关查处的4起党员干部涉农村乱占耕地建房典型案例。黄石'
     '经济技术开发区人大联络处办公室原主任徐红梅违规违法占用耕地建房问题。2016年12月，徐红梅出资以其'
     '母亲的名义在太子镇上庄村与济桥村大屋场湾路边占用耕地私建两栋违法建筑。去年12月，经当地有关部门认定'
     '：该两处房屋建筑面积约为1116平方米，占用耕地面积2106平方米，均未经过任何部门审批。徐红梅还存'
     '在其他违纪违法问题。徐红梅被开除党籍、开除公职，其涉嫌犯罪问题移送司法机关依法审查起诉。武汉市江夏区'
     '政协社会法制委员会原主任贺国华滥用职权，干预违法建厂房查处工作，造成大量耕地严重毁坏问题。2015年'
     '3月，时任该区金口街道办事处工委书记贺国华利用主持金口街道全面工作的职权，制止金口街道城建负责人和区'
     '城管中队执法人员对武汉某公司违法占用耕地施工建房问题进行查处，使得该公司厂房违法建成并投产，导致45'
     '.85亩耕地被硬化，耕地种植条件遭到严重毁坏。此外，贺国华还存在滥用职权、贪污和受贿等其他犯罪问题。'
     '贺国华被开除党籍、开除公职，判处有期徒刑七年六个月。鹤峰县原国土资源局党组成员、执法监察大队大队长漆'
     '绍摁履职不力，对违规违法占地建房行为长时间不管不查问题。',
     'in', None, False, ['廉洁纪律', '滥用职权', '工作纪律', '贪污贿赂'],
     [('徐红梅', '原主任', '黄石经济技术开发区人大联络处办公室'), ('贺国华', '原主任', '武汉市江夏区政协社会法制委员会'), ('漆绍摁', '党组成员、执法监察大队大队长', '鹤峰县原国土资源局')]),
    # 06
    ('http://www.canbsolutions.com/content/8998348',
     '近日，由于耕地保護不力問題，湖南冷水江禾青鎮6名鎮干部、2名村干部被問責。通報會現場，隨著農田“種”'
     '房前因后果的逐漸呈現，在場干部均陷入了深思。今年5月，冷水江市紀委監委收到上級紀委監委交辦一起違法用'
     '地、非法采礦典型案件中存在履職不力、監管不嚴、失職瀆職等問題的線索。經該市經緯測繪服務有限公司現場測'
     '量，禾青鎮橋頭村潘某長新建主房占用基本農田161平方米，雜房占用基本農田86平方米，牲房占用基本農田'
     '50平方米。審批時明明是養殖農場的設施農用地，最終建成的兩層樓內僅有40平方米是牛欄，其他多為住房，'
     '這是早有預謀還是另有隱情？住房從2021年11月開始砌堡坎打基地，2022年11月建成，歷時整整1年'
     '，為何沒有及時叫停？帶著這樣的疑問，調查組立即兵分兩路，一路人找鎮村干部了解情況，一路人調閱房屋相關'
     '備案登記及相關人員銀行流水與通話記錄，對工作筆記、通話記錄等一樣樣核驗。“建房時現場很雜亂不好判斷”'
     '“建房的位置跟審批的地方差不多，直到發現他要建兩層我才覺得不對”“接到移交的問題后我們當天去了現場，'
     '他當時是停了的”……鎮村涉事干部們的解釋一個個看似合理，但調查組人員在擴大走訪范圍時，了解到了不一樣'
     '的情況。',
     'in', None, False, ['工作纪律', '滥用职权'],
     []),
    # 07
    ('https://hk01.com/%E4%B8%AD%E5%9C%8B/71111/%E9%99%9D%E8%A5%BF%E5%B1%B1%E9%99%BD%E7%B8%A3%E5%89%8D%E6%94%BF%E5%8D%94%E5%89%AF%E4%B8%BB%E5%B8%AD%E4%BD%94%E5%9C%B0%E5%BB%BA-%E5%AE%AE%E6%AE%BF-%E7%95%B6%E5%9C%B0%E7%B4%80%E5%A7%94%E4%BB%8B%E5%85%A5%E8%AA%BF%E6%9F%A5',
     '陝西山陽縣政協前副主席毛海琴近日被揭發，在西安違規佔地33畝，修建儼如「宮殿」般的四合院和別墅。在當'
     '地執法人員多次查處的情況下，毛海琴仍繼續工程，並稱是在修建農家樂，引發輿論嘩然。據《華商報》11日報'
     '道，山陽縣已成立聯合調查組對此事展開調查，並對外透露毛海琴的丈夫劉明厚，早年曾因以公職人員身份開辦企'
     '業受到組織處分。事源陝西電視台都市快報節目近日揭露，在西安市環山路高冠峪河旁的東大村，有一片名為「冠'
     '水大園」的農家樂，其中最大的一家名為「秦源現代生態苑」，佔地33畝（超過2萬平方米，或超過21萬呎）'
     '。據施工圖顯示，該園頗為華麗，前園是仿古四合院，中院有池塘花園，後園則是別墅群。經調查發現，該園是由'
     '村民孫會蘭承包，但實際投資人是其表姐毛海琴和丈夫劉明厚。此外，該園內還出現了印有「國家農村飲水安全工'
     '程，山陽縣農村飲水工程指揮部」字樣的水池設施，有違規佔用國家資源之嫌。事件隨即引起輿論的關注，有知情'
     '人士透露，毛海琴夫婦已先後投資逾400萬元建造莊園，期間雖曾多次被執法部門多次叫停，但依舊偷建偷蓋。'
     '內地媒體更發現，毛海琴於2014年到2016年間，共請長假8次，理由均為視網膜脫落、高血壓等。據知情'
     '者稱，毛海琴之所以請長假，是為了視察莊園興建情況。其後毛海琴在回應時稱，自己不是在建別墅，只是房子塌'
     '了後，打算改建成農家樂，而資金則是來自丈夫的貸款。她還說﹕「地是我老公租的，園子的物資是我買的，相關'
     '部門可以調查。」針對事件，山陽縣委在11日回應時稱，就報道中的有關事項，山陽縣紀委已成立聯合調查組，'
     '目前調查組正在核查之中，有關情況將及時反饋給媒體。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('毛海琴', '前副主席', '山陽縣政協'), ('劉明厚', '公職人員', None)]),
    # 08
    ('http://news.cnhubei.com/xw/gn/201212/t2354587.shtml',
     '“最牛村主任圈地60余亩，建造庄园别墅。”连日来，有网友爆料称，在国家级贫困县鲁山县梁洼镇南街村，村'
     '主任孙某圈占村集体耕地，建了一处大型庄园，内有小桥、溪流、池塘、凉亭、园林等，占地规模远超之前所流传'
     '的“东莞村支书的豪宅”。本报记者实地走访发现，该处庄园确实存在。梁洼镇相关负责人称，县纪委和县国土局'
     '曾经对此查处。梁洼镇距鲁山县城有10多公里，曾因丰富的煤炭、铝矾土资源而出名。南街村就坐落于镇南边，'
     '记者很容易就在村西头的马路边找到网友所说的“庄园”。透过围墙，记者看到这个庄园确实够大，东西狭长分布'
     '。南边，一栋灰墙彩瓦别墅，房前屋后栽有竹子，大门门额上书写有“松花苑”字样，门前是一个凉亭和观景水池'
     '；北边，一栋两层高的楼房前立有旗杆，摆放有健身器材。庄园内的建筑并不多，但处处透露出精雕细琢的味道。'
     '两座小桥采用的是汉白玉材质，上面均雕刻有精美的花纹；绿化很讲究，栽种的树木大多从他处移栽过来，已有合'
     '抱粗；院内多处专门摆放着石磙、碾盘等农具；水塘边还专门竖有“水深危险”的提示牌；两座凉亭建得也很别致'
     '。几名工人正忙着给一间房子加盖草毡。“这年头，还盖草房啊？”“主家喜欢呗。”“主家是谁啊？”“村主任'
     '啊。”记者看到，庄园依着一座小山坡而建，东面围墙外就是麦田，西侧则是山坡，还没有拉起围墙。粗略估算，'
     '目前建成的占地有20多亩。',
     'in', None, False, ['廉洁纪律'],
     [('孙某', '村主任', '南街村')]),
    # 09
    ('https://www.163.com/dy/article/HT2ELVA905415BJ9.html?f=post2020_dy_recommends',
     '近日媒体接到漯河市邓襄镇前安村村民反映，邓襄镇前安村“村支书”在“基本农田”上搞开发建门面房以每套三'
     '十多万的价格对外出售。媒体来到现场看到在基本农田上盖着几十间的门面房整体已经完成正在对外出售，媒体将'
     '情况反映给邓襄镇李*丽镇长截止发稿没有任何回复！据悉；今年2月2日，国新办举行新闻发布会中，中央农办'
     '主任、农业农村部表示，下一步，我们将采取“长牙齿”的硬措施，落实最严格的耕地保护制度，坚决遏制耕地“'
     '非农化”和防止耕地“非粮化”，牢牢守住18亿亩耕地红线，邓襄镇耕地“非农化”“非粮化”当地监管部门是'
     '否知情？还是知情不报，监管不严？望相关职能部门履行好监管责任。关于此事后续处理情况，媒体将持续关注！',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [(None, '村支书', '前安村')]),
    # 10
    ('http://piaocheng.com/forum.php?goto=lastpost&mod=redirect&tid=203556',
     '这两天心情颇不宁静，或者说很糟糕，一位原籍在盐东镇内的老同学恰好回村，来信让我过去散散心。这过程中经'
     '过盐东镇生建村九组四中沟闸附近，看到北侧农田内有不少大棚，正好感觉口渴，就走过去看看是不是长的草莓什'
     '么的水果。却见南门关着，深度估计有120米，长度300米出头。在村民住宅后向东延伸很远，估计有350'
     '遂问路边经过的一个挎着篮子的老年人，他说：“这里面养的是河虾，老板姓陈，听说是伍佑镇国土所所长。”我'
     '难以置信：“你肯定是搞错了吧？国家工作人员怎么可能兼职从事河虾养殖？现在国家正在大力清查领导干部在企'
     '业中持干股及幕后控制问题。他不应该胆大到不避嫌吧？”他说：“2021年3月3日中上1点多钟，亭湖区农'
     '业农村局李亚飞局长在盐东镇农业中心杨主任，还有生建村李志敏主任等的陪同下，亲自到这个虾场调查的，调查'
     '的原因听说是一位姓朱的举报陈所长身为国家工作人员，知法犯法，占用永久性基本农田养殖水产品。”我很佩服'
     '这姓朱的村民，路见不平一声吼。继续问他：“这真的是基本农田吗？”他说：“当然是的。这是我们村村民的承'
     '包地，流转给他的，钱也是他们给的。”我问：“土地流转肯定要签订合同，他是流转合同中的乙方吗？按常理，'
     '他不可能一点不懂法，直接作为乙方也太傻了。”这人可能与村干部走得比较近，听说的东西还不少。他说：“这'
     '个虾场占用农田总面积是56.12亩，是2018年7月由刘启国、刘金桥、刘启和等7位村民流转给他的。刘'
     '金涛流转的最多，总共9.6亩。流转期限到2028年7月7日，总共10年。陈某为了避嫌，找了他当时一个'
     '要好的朋友王老板，帮他代签。哦，想起来了，叫王庆松。”我说：“会不会是陈所长与王老板合伙做的虾场？”',
     'in', None, False, ['廉洁纪律'],
     [('陈某', '所长', '伍佑镇国土所')]),
    # 11
    ('http://oisum.com/Article/shidai/2016/08/369413.html',
     '唐某是信陽市平橋區王崗鄉王樓村的一位普通農民。2015年底，在外務工的唐某接到鄰居的電話說他家的耕地'
     '已被村里征用搞起了房地產開發，唐某接到電話后就第一時間趕回了王樓村的老家里。然而一直到現在，唐某一家'
     '為了家里的耕地已經東奔西走了大半年，卻始終沒能要回自家的耕地。“這是相關材料，請你們看一下，我沒文化'
     '，也不懂文字上的彎彎繞繞，我只知道我家的地一大半都變成了馬路，我沒有得到任何通知，也沒人給我賠償，我'
     '現在只想要回我的田地。”唐某從褲兜里掏出厚厚一沓相關材料，一臉無助地向記者說道。記者從唐某提供的材料'
     '里了解到，2009年唐某與王樓村村支書王友喜簽訂了一份“土地流轉使用協議”。據唐某介紹，王友喜與唐某'
     '曾經是同學，當時王友喜勸唐某說的是幫他個忙帶頭簽下協議，便于他去做其他村民的工作。唐某當時也沒想那么'
     '多，反正土地當時也是閑置的，就當是幫老同學一個忙了。該協議明確王友喜以一定的費用將從唐某家的1.6畝'
     '閑置耕地流轉過來（注：“土地流轉”——土地流轉是指土地使用權流轉，土地使用權流轉的含義，是指擁有土地'
     '承包經營權的農戶將土地經營權（使用權）轉讓給其他農戶或經濟組織發展農業規模經營，即保留承包權，轉讓使'
     '用權）協議簽訂后王友喜一直沒有支付約定的費用，土地也依然閑置著，唐某也逐漸淡忘了這件事。而當去年底，'
     '唐某回到家中發現村里修的馬路已經將自家耕地占了一大半的時候，全家人都傻眼了，向鄰居打聽后得知是村里趁'
     '著唐某一家外出務工時強行施工，而且剩下的耕地接下來也要做房地產開發。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('王友喜', '村支書', '王樓村')]),
    # 12
    ('http://xiangtan.021cf.cn/index.php/post/4740.html',
     '一、湘乡山枣镇万贯村11村民组组长彭建文依仗自己的组长身份以及财势，于2008年前后相继买下本组胡姓'
     '村民与王姓村民两家的宅基地、菜地、责任田约5亩大的地方，连同周边百姓来往出进的通道，全部用高墙圈起来'
     '建了栋气派的楼房，剩下的地挖成水塘，做成菜地。二、2013年下半年又买下紧挨围墙的王姓村民家约两亩上'
     '好的责任田，连带之前买来的田地全部打上两尺厚的水泥，扎上三、四层楼高的钢架准备开机械厂，目前正在快速'
     '大建厂房，估计不出几日即可完工。1.农民的宅基地是可以随便买卖的吗？3.即便不是买的，是用自家的责任'
     '田换来的，难道作为基本农用的优质良田是可以转为建设用地的吗？邻近的胜利村村民看到后一个劲地惋惜说这么'
     '好的水田怎么给建厂房了，要是他们村是肯定不可以的，因为旱田太多了。4.身为村民组组长的彭建文以及村上'
     '、镇上的领导应该懂得土地使用的相关法规吧？听说彭组长想在基本农田上建厂要村民签字时还是村上的陈书记亲'
     '自陪同的哦。村支书为什么会这么给彭组长面子呢？莫非有股份？还听说彭组长不仅跟村里的干部关系不错，跟镇'
     '上的领导更是铁得很，不知此事镇上的领导是否也支持得很啊，否则好几亩良田转成建设用地，彭组长哪儿来的胆'
     '量？？？事后当村民被问到为什么要签字时，很多村民表示：彭家有财有势，头部不敢得罪，第二，即便拒签，也'
     '挡不住人家发财的脚步，在这个社会只要有钱送，那些当官的有几个是真正为民办实事而不是自己捞好处的？大环'
     '境如此，何必给自己找难受呢？村民口中的政府官员真的都是这样的吗？？？',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [('彭建文', '组长', '万贯村11村民组'), (None, '书记', '万贯村')]),
    # 13
    ('http://melab.com.tw/uploads/xinwen.asp?02=4gTnd.html',
     '近日，广东省汕头市澄海区人民法院审结一起非法占用农用地案，被告人陈某犯非法占用农用地罪，被判处拘役五'
     '个月，缓刑八个月，并处罚金1万元。2021年3月，被告人陈某向同村多位村民承租规划用途为基本农田保护'
     '区的农用地共计37.5亩，用于耕种农作物。同年9月，陈某因种植不善，将部分土地改建为农家乐，在未经相'
     '关部门批准的情况下，擅自铺设石子路、开挖池塘、搭建船亭和蒙古包等游玩设施进行经营使用，造成土地严重毁'
     '坏。经鉴定，被告人陈某铺设石子路等破坏生态行为，共造成4484.57平方米土地的种植条件严重毁坏。案'
     '发后，被告人陈某对受到破坏土地进行复耕整改，恢复土地功能，于2022年7月通过验收。法院审理后认为，'
     '被告人陈某违反土地管理法规，非法占用耕地，改变被占用土地用途，数量较大，造成农用地大量毁坏，其行为已'
     '构成非法占用农用地罪。综合陈某的犯罪事实、情节、性质、认罪悔罪等表现，法院遂作出上述判决。目前该判决'
     '已生效。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://news.wenweipo.com/2012/11/01/IN1211010109.htm',
     '據中國新聞網11月1日報道，廣東肇慶鼎湖區「地霸」陳某堯等人非法佔用農用地9.5畝建11棟木房屋，並'
     '挖魚塘導致農田被破壞。肇慶市公安局副局長李招德1日下午在新聞發佈會上表示，涉案人已被逮捕，並移送鼎湖'
     '區檢察院起訴。據介紹，今年6月，鼎湖警方接到當地國土部門通報，稱去年11月開始，該區水坑街道村民謝某'
     '華、陳某堯、陳仲某等，從吳某處租用該區鳳凰鎮某村委會的地方共398畝，在沒經國土部門批准的情況下，陳'
     '某等人不聽規勸，仍非法佔用農用地9.5畝，建了11棟木房屋、挖魚塘，導致農田被破壞，警方隨即展開偵查'
     '。李招德在當日新聞發佈會上稱，經查，陳某堯等人已涉嫌構成非法佔用農用地罪，警方在8月10日將謝某華、'
     '陳某堯抓捕歸案。據瞭解，該市自「三打兩建」後，當地警方鎖定農村地區以暴力、威脅或者其他違法犯罪手段稱'
     '霸一方、欺壓村民、獲取利益的「村霸」及阻礙政府征地、阻撓工程施工，強佔、非法交易土（林）地的「地霸」'
     '。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://yybnet.net/hanzhong/xixiang/201606/4375811.html',
     '近日，家住西乡县城北街道办事处十里村二组的村民朱代英向本报反映：她和母亲仅有的一块耕地，在其外出打工'
     '期间，被其继父私下转给本组一村民耕种，而事后该村民经过层层审批竟占用这块地建起了三间三层住宅房，造成'
     '她家现在无房居住，一直靠租住房和租种土地维持一家人生活。为此，她屡次向各级反映并通过法院诉讼，虽经判'
     '决承包地转让的承诺行为无效，但至今这一土地纠纷仍未妥善解决。6月16日，租住在十里社区六组的朱代英向'
     '记者叙说了土地纠纷经过。她家原本承包着本组集体土地0.7亩，2008年8月26日，本组村民朱代杰私下'
     '与她的继父阙东林协商，将她和母亲杨荣华（患有精神病）二人的承包地0.7亩让朱代杰耕种，并口头约定由朱'
     '代杰提供相同土地面积进行互换，同时让朱代杰给付补偿15000元（实际给付10000元，至今尚欠500'
     '0元未付）。协议达成后，朱代杰怕阙东林反悔，还让阙代表杨荣华当场出具了承诺书，并私下加盖了朱代英和其'
     '母亲的私章。可当时，朱代英多年一直在外打工，毫不知晓互换土地的事。2008年10月，朱代杰以住房困难'
     '为由申请在换来的那块地上建房，他填报了村民建房用地申报表，并通过当时的十里村、城关镇政府、城关国土所'
     '、县国土局、县政府层层审批，2009年3月9日被批准建房，2010年5月朱代杰动工建房，现已建成占地'
     '面积133.4平方米的住宅三间三层。2009年10月，朱代英才通过村组了解到自己土地被互换的事，期间'
     '多次找对方及有关部门讨要承包地，但无果。2010年6月，她打工回家，一看其承包的0.7亩土地已被朱代'
     '杰建成住房。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://finance.sina.com.cn/roll/20060116/0850498132.shtml',
     '2005年9月底，中国经济时报记者接到群众反映：甘肃定西市安定区巉口镇有两家淀粉厂在该镇投资建厂，征'
     '用耕地300多亩。当地镇政府对农民征地补偿款比往年每亩地降低2000元，巉口镇巉口村很多村民对征地补'
     '偿款降低不满。9月27日和10月13日，记者两次来到巉口镇进行调查。巉口镇巉口村村民梁永平告诉记者，'
     '5月份花源淀粉厂共征用他3.7亩耕地。当他从村委会得知每亩土地仅给1.1万元补偿时，他拒绝签协议。2'
     '000年扶正制药厂也曾征用过这块地中的1.1亩，当时每亩地补偿款是1.3万元，不包括附着物。他不明白'
     '，现在土地增值、农资涨价，土地补偿款却比以往少了2000元。8月22日下午，梁永平与当地村、镇干部协'
     '商征地补偿事宜，仍然没达成一致。8月23日早晨，梁永平被同村的村民告知，凌晨3点30分左右，村、镇干'
     '部一行13人，用一台推土机强行把长着糜子的3.7亩耕地推毁，并将推倒的糜子填入121号积雨节灌工程水'
     '窖内。等到梁永平赶到时，看到自己种的3亩多的糜子竟几乎被毁掉完，剩下不到半亩。记者到地里看到，原本为'
     '121号积雨节灌工程水窖的位置已被毁，水窖的水泥板被堆放在路边，梁永平家剩下不到半亩的糜子长在地里。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://wsa.jianshu.io/p/4413e874e231',
     '2020年7月2日，升官庄村。下午三点多，镇上负责政法信访的邢书记和包村领导陈镇带着几个乡镇干部匆匆'
     '来到村委会。邢书记面色严峻，在会议室刚落座，就质问村两委有关村民举报违法占地的事儿查清没有。我想起来'
     '，前几天有村民给县长邮箱留言，举报他的邻居违法占用村集体一亩地种树的事儿。但是，作为村第一书记，我只'
     '能是旁观者，最多可以给予宏观指导。这是村委会的具体事务，我没有权利直接干涉。只能在村里明确求助或者镇'
     '领导直接指定的时候，我才能插手。当然，如果村委会处置明显不当，我也可以直接向上级反映情况予以纠正。但'
     '是这种情况几乎没有。负责治安的村委委员严学亮立即汇报说，昨天已经把事情查清核实，举报人胡春耕和被举报'
     '人胡学义是前后邻居，前不久两家发生纠纷，胡春耕为了泄愤就举报胡学义占地种树的事儿。事实是，六年前村集'
     '体决定把胡学义家门前的大坑填平，留作宅基地备用。当时胡学义自己已经把坑填了大半，种的杨树也很高了，遮'
     '挡了邻居家光线。村委会把坑填平后，把杨树也砍了。村委会没钱补偿，就允许胡学义暂时在填平的大坑上继续种'
     '小树。简单说来，就是胡春耕举报的事情不实，胡学义是经过村委会同意暂时种树的，不是违法占用集体土地。胡'
     '春耕就是故意报复，胡搅蛮缠！严学亮瞪着眼珠子生气地说。邢书记伸出手向下压了压，示意严学亮稍安勿躁。他'
     '沉思片刻说，事情虽然搞清楚了，但是县里还要求书面回复的报告。胡春耕利用举报发泄私愤不假，但是村集体当'
     '时做法也存在瑕疵，允许胡学义种树的事儿只有人证，没有协议，只有村委会知道，村民代表不知道。建议村委会'
     '立即和胡春耕签订补充协议，并召开村民代表大会，由村民代表签字表决。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://it214.net/c2547037.aspx',
     '尊敬的各位领导你们好，我于2014.5月份开始申请开始翻建，因我家是房子是1992建的90平米一层砖'
     '混泥房。年久失修，屋面漏雨，墙体大面积裂隙无法住人，而且有10口人，人均才9平米，今年初镇政府说有指'
     '标给我家第一户翻建，可是现在我村村里有人开始翻建，我去镇政府问了，他们说还不行。不知为什么？希望各位'
     '领导帮我关注一下，谢谢！！！根据仙游县人民政府关于进一步加强农村居民住宅建设管理的实施意见（仙政文{'
     '2013}163号）：鲤南镇全镇区域被列入禁建区，禁建区内一律不得新建，翻建，关于你反映你村有人开始'
     '翻建，欢迎你打电话举报，我镇将责令国土、城建加强对鲤南全镇范围内的巡查力度，杜绝违法建房行为的发生。'
     '对你反映自家砖混泥房年久失修无法住人，要求翻建的问题。目前，县政府正在研究出台对规划区内旧房翻建问题'
     '的政策，建议你耐心等待，待政策出台后我们将及时予以解决。（仙游县鲤南镇人民政府于2014-10-16'
     ' 15:46回复）',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://pt.fjsen.com/xw/2017-07/07/content_19767372.htm',
     '“我一家六口人，就只有一间占地20平方米的土墙瓦房，如今墙体脱落，逢雨漏水已成了危房，急需解决住房困'
     '难问题。”近日，莆田仙游园庄镇东石村尾厝村民张先生通过东南网《直通屏山 省委领导留言板》留言反映，称'
     '自己多次向相关部门申请建房审批却一直未得到批准。园庄镇村建站站长薛先生回复，村民拟建房用地性质为农林'
     '用地，按规定不能给予审批。张先生介绍，自家旧房为祖上留下来的双层土木结构瓦房，仅占地20平方米。如今'
     '，因年代久远，旧房屋顶瓦片松动，土墙脱落成洞，逢雨必漏，为防房屋倒塌只能用木棍作支撑。此外，房屋面积'
     '小难以满足一家6口居住。自2008年起，自己只能在县城租房住，而父母年迈选择蜗居在旧房里。张先生说，'
     '自家有一块五六分的空地，自己多年来多次向相关部门申请建房审批，却迟迟得不到批准。“我们在外租房过流浪'
     '的生活，无法回家照顾老人，一双儿女也已经二十几岁，要成家却无房。”张先生说，去年，村里曾答应缴纳40'
     '00元的社会抚养费就可以建房，结果钱交了建房的事还是没有着落。此外，张先生表示，其母亲年迈且双目失明'
     '，望相关部门能给予帮助。园庄镇东石村支部书记郑国山表示，张先生家确实住房困难，但因其申请建房的土地为'
     '农林用地，按规定不能审批。“他之前说要建房，因存在违规生育便按规定让其缴纳了80%的社会抚养费，不知'
     '道后面因土地性质不能审批建房。”郑国山说，村里宅基地紧张，尾厝组还有两三户村民与张先生面临一样的问题'
     '也尚未解决，建议张先生向邻居购买旧房增加住房面积再行翻建，若愿意，村里可帮忙协调。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://wenzhoujunzhu.com/wenzhouminsheng/1412/thread-25508.html',
     '尊敬的领导：原龙港镇大店村章家楼自然村，村民章光金，在其房后违章占用基本农田建厂，面积约2亩，在20'
     '19年11月份被政府相关部门强行拆除，2020年3月份在原地址又开始重建，按该村民章光金的说法是市政'
     '府领导给下面相关部门打过招呼同意他重建的，这种说词只是他本人的说法，但是事实是自重建以来没有部门进行'
     '干涉和禁止过。2019年只所以会强行拆除说明这是违章的，不合法的，那为什么到2020年就变合法了呢？'
     '希望相关部门、领导进行核查，还大家一个公平、公正政府形象。也给农村创造一个良好的生活环境。谢谢！尊敬'
     '的网友您好，您反映的关于“反映原龙港镇大店村章家楼自然村，村民章光金，在房后违章占用基本农田建厂，面'
     '积约2亩，在2019年11月份被政府相关部门强行拆除，2020年3月份在原地址又开始重建，望处理。”'
     '的问题我们已经收到。经龙港市行政执法局江山中队调查了解，现将答复意见回复如下：我局江山中队2020年'
     '2月27日对此处已进行拆除，未发现违章返潮情况。旁边违章建于2013年前，根据原苍南县苍政办文件，属'
     '存量违章，已纳入2021年统一处置。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://iqpeld.shsyzx.net/daqing/0419-TP-hmKBbD.html',
     '4月上旬以来，部分媒体和网民反映襄阳东津新区东津镇沈营村党支部书记肖某涉嫌违法建设房屋1500平方米'
     '等相关问题。东津新区管委会对此高度重视，于4月14日成立联合调查组，通过现场勘查、调阅资料、询问镇村'
     '干部、走访周边居民等方式，对相关问题依法依规进行调查。经查，该房屋户主为沈营村三组村民肖某来，系视频'
     '中“沈营村肖书记”的父亲，其本人从未担任过该村党支部书记或村两委委员，现年63岁，为东津镇沈营村集体'
     '经济组织成员，依法具备沈营村宅基地资格权和使用权。肖某来已建房屋总建筑面积1703.16平方米，土地'
     '性质为集体建设用地，未压占基本农田。其中主楼为七间五层楼房，建筑面积1571.85平方米，分两次建成'
     '：1991年建设三间两层砖混结构房屋，建筑面积171.84平方米；1992年经村委会同意肖某来向王河'
     '乡王河管理区管委会申请补办了建房手续。2014年在此基础上扩建至七间五层，扩建建筑面积1400.01'
     '平方米，未办理相关手续，属于违法建设。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.yijn.cn/politics/2018-08/23/c_1123312297.htm',
     '那些做著“花十幾萬元就能在京郊大棚種菜、住別墅”夢的人該醒醒了！日前，自然資源部、農業農村部聯合召開'
     '動員部署會，部署今年8月~12月在全國開展“大棚房”問題專項整治行動，要求嚴厲打擊、堅決遏制“大棚房'
     '”問題蔓延勢頭，切實落實最嚴格的耕地保護制度。兩部委通過對京津冀三地初步排查，發現違法建設“大棚房”'
     '項目2799個，棚數3.6675萬個，涉及土地面積9869畝，集中分布在京津的郊區縣和河北省涿州、大'
     '廠、廣陽、安次、宣化等環京市縣。實際上，早在2009年，北京就曾要求各區縣全部拆除違規農業生態園，停'
     '止占用耕地。從那時開始，治理了9年，“大棚房”仍未完全鏟除。而且在嚴查之下，一些網絡平臺仍在發布“大'
     '棚房”租售信息，大有“野火燒不盡”之勢。此次有關部門嚴厲打擊“大棚房”，首先應把“大棚房”蓋住的問題'
     '捋清楚。究竟是什么賦予了“大棚房”如此“頑強”的生命力？據兩部委初步調查，京津冀“大棚房”主要有三種'
     '表現形態：一是在農業園區或耕地上直接違法違規建設“私家莊園”；二是在農業大棚內違法違規建房；三是違規'
     '改擴建大棚看護房。無論哪種形態，都有其背后的利益沖動。相比較種地收入，只要改變大棚用途，就能以十幾萬'
     '元到幾十萬元不等的價格往外賣房子。據媒體報道，過去農民種地掙不到錢，搞這種“大棚房”，農民甚至村集體'
     '都可以獲益。只要在大棚內象征性地種一些蔬菜、瓜果即可。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH162, "fresh162")
