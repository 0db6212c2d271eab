"""Sealed batch fresh116: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh114th.py; the batch and its row ids are "fresh116".)

Theme: development zones and investment promotion (开发区/园区管委会, 招商局, 招商引资): zone and
town heads taking bribes from investors and developers, zone land given away without 招拍挂 or
promised to an investor before the auction, fees for re-zoning an investor's plot, investment
figures dressed up or signed twice, a zone's violence against villagers refusing its land taking;
out items are investors' suits and claims against zones and towns, an investor's police report,
villagers' land and resettlement claims against zones and parks, wages owed by zone firms, and a
noise complaint from an industrial park. Sources (stored-pages search): a yzblive copy
(traditional) of the 南方日报 on the 广州 江高镇 私企区 land case; a report on 白海泉 of
the 呼和浩特 金川开发区; 傅国河's article on the 滁州 zone cases; a converted copy of the report on
the 广丰 芦林工业园区 窝案 (traditional); a 千龙/正义网 report on 蒋颖 (北辰经济开发区); a
comefromchina forum copy of the 法制周报 on 王金明 (嘉兴 南湖新区); a 纪委 warning story on 王维
(江津 双福工业园); a 新浪 report on the 海口 演丰镇 镇长 陈江; a 中国正义反腐网 report on the 太原
民营经济开发区 land auction; a 大纪元 (Taiwan) piece on faked 招商 signings (traditional); a 徐州信息港
copy on the 宁远 "内资变外资" project; a 看中国 report on the 单县开发区 land taking; out: a law
firm's note on the 长白山 九鼎 case, the opening of the 瑞安 显达光学 v. 马屿镇 judgment, 何忠洲's
letter from the 长沙 金霞经济开发区, a pixnet copy of the 半月谈 on 南召 东沟村 (traditional), the
中国经济周刊 on the 乐清 店后村 land sale, a 安徽 留言 on the 霍邱 石店镇 工业园区 with the reply, a
门都网 report on 清丰 wages, a 中新网 copy on the 海宁 宏昌制革 wages (traditional), a report on
the 棋盘山 investor 邓先生, and a 苍南 问政 post on night trucks. Five texts are in traditional
script (items 1, 4, 10, 16, 20; the glossing pinyin of the converted copies of 4 and 20 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, decks, sub-headings, bylines,
datelines, captions, source tags, forum and site headers, reply labels and signatures, and the
truncated last sentences of the stored copies removed); paragraphs joined; ASCII punctuation
written full-width except inside numbers ("2/3", "1.7亿", "2.3点", "4100元/平方米"), the page's
"[2012]" written "［2012］" (018); stray spaces removed (001 "等 19人", 006 after "旁听。", 022
"一带 有"); the space inside the quoted title "項目一炮數響 數字來回包裝" (010) kept. Page oddities
kept: "江高鎮院黨委書記" (001), "處于", "于1997年" (004), "引起强烈反映" (009), "近日前往…调查发现"
with no subject and "一名干部告诉," (011), "补偿金市每亩", "盐硷地", "進入" in simplified text (012),
"記者註意到" (016), "张书记" beside "孙书记" (018), "將于", "對于", "采取" in traditional text (020).
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, investors, developers and firms without a post, and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; for a zone the unit
is the zone's name as written with the person, the city or county prefix dropped unless the name
is generic without it ('苏滁现代产业园', '蘆林工業園區', but '全椒县开发区', '呼和浩特市经济技术开发区'),
and the 管委会 part goes into the position (as fresh80th.py did for '深圳市大工业区'). Topics only
from the twelve names of triage.md; land given to investors and developers is 廉洁纪律 (IS.INT.04),
faked or repeated investment figures 工作纪律 (IS.WRK.04). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed: 011 and 012 (in),
017 (out). Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 3 (019-021), 其他 1
(022). 22 accused entries: 21 with a full name (items 1-8), none masked, 1 post only (017, an out
item). Items 009-012 are in scope with no accused entry.

Close calls:
 1  Traditional; the sub-headings "官商勾結低價賣地從中受賄" and "書記鎮長「合作貪污」" and the
    truncated last sentence cut. 殷卓波 is first written "白雲區江高鎮原村長殷卓波" (his village is
    not named): ('殷卓波', '原村長', '江高鎮'); on trial for a gang and a forced pond lease, a village
    cadre: accused. 唐智 and 劉煉華 as first written with the name ('鎮長', '鎮黨委書記'; later "原鎮長"
    and "江高鎮院黨委書記"). 張漢明 and 譚漢理 work in the 私企區 管委(會)辦公室: unit '江高鎮私企區' as
    written. The "鎮政府領導" who 殷卓波 says told him to do it are unnamed: no entry. 廉洁纪律 for
    "低價賣地給開發商", 群众纪律 for the gang and the forced lease.
 2  Headline, deck, the sub-heading "国有土地成“肥肉”，想咋卖就咋卖" and the truncated "然而，在得"
    cut. 白海泉 first written "…开发区一名原处级干部白海泉": '原处级干部' (as '退休干部' in fresh62th.py;
    his 金川 "一把手" post comes later). 郭某某 and 王某某 are the paying developers; 赵某某 only
    found the breach. 廉洁纪律 for the land sold without appraisal or 招拍挂.
 3  Title lines and byline cut; the three sentences on the city's mood (naming the 前市委书记 江山,
    already in fresh76th.py) cut; cut before the truncated sentence on 仇培's sentence. 邢高 is only
    under investigation (严重违纪): accused. 袁丽萍's unit is the zone's bureau ('原局长',
    '滁州市经济技术开发区土地规划局'). 仇培 "原全椒县开发区管委会主任、副县长": '原管委会主任、副县长',
    '全椒县开发区'; could be read as unit '全椒县'. 滥用职权 for 袁丽萍.
 4  Traditional, glosses removed ("業(yè)" written "業"). The page's first sentence is garbled in the
    stored copy ("在當?shù)氐慕?jīng)濟…") and cut, so the text starts "但在經濟快速發展"; the "核心提示"
    label, the sub-heading "A 財務調查發現問題" and all from "B揭開腐敗黑幕" cut. The three named
    officials with unit '蘆林工業園區'; the others of "等5人" unnamed. Only 贪污贿赂.
 5  Page header, source line, the sub-heading "腐败 / 源起霸占房产" and the truncated last sentence
    (on a 购车款 asked of a 镇政府) cut. 蒋颖 first written "天津市中小企业发展促进局原副局长蒋颖（正厅级）":
    the rank is not the position; the 北辰经济开发区 posts come later. 耿某 (private) paid. 廉洁纪律
    for the discounted flat.
 6  An overseas forum copy of the 法制周报; thread header, member lines, byline, the sub-heading
    "曾经的政治明星" and the truncated last sentence cut. 王金明 '管委会原党工委书记、主任' of '南湖区新区'
    ("嘉兴市南湖区新区管委会"). He retracts his confession in court: still accused (受贿, 滥用职权
    charged).
 7  A 纪委 warning story; the title "警钟丨…" and the truncated example sentence cut. 王维 '规划部原部长'
    of '双福工业园' (the district dropped). The "园区领导" he persuaded are unnamed and not said to
    take money. 廉洁纪律 for paid re-zoning of investors' land, 生活纪律 for "奢靡堕落的腐化生活".
 8  The sub-heading "土地已立项开发，镇长仍非法转让" and the truncated last sentence cut. 陈江 is first
    written "作为一个民选镇长，陈江": '民选镇长', unit '演丰镇' from "陈江任海口市美兰区演丰镇镇长" (the first
    mention names no unit). 吴骏东 ("审查中", a private go-between), the 广物公司 and the 场长 张某
    (only called to the dinner) are not accused. Could be read as off-theme (a developer, not a
    zone); kept as collective land handed to an investor.
 9  The title line, "核心提示" label, two photo captions, the sub-heading "欺上瞒下：…" and the dateline
    "中国正义反腐网【…】（记者…）微博：" cut; cut before the truncated "正是这一条…霸王条款，". Land taken
    by the investor 胡云娒 before the auction and a condition hidden from the notice: the 管委会 and
    the 土地分局 are organs: in, no entry. 李挺 and 陈健 are the shut-out investors: not accused; their
    wish to bid is the same complaint, not a separate grievance: not mixed.
10  Traditional; headline and the end mark "◇" cut. "一些地方政府" and the unnamed 招商 officials
    who sign projects twice: in, no entry; the 部門負責人 quoted are witnesses. 工作纪律 (弄虚作假)
    and 形式主义官僚主义.
11  Mixed: the 县"有关领导" who dressed a 2000万元 domestic project up as a US$ "外资项目" plus the
    investor's stalled project and idle land. Site header, "导读" block, title, dash subtitle, the
    inline sub-heading "人民币摇身变“美元”县里导演招商“闹剧”" and the truncated last sentence cut.
    "有关领导" is an unnamed group: no entry; the 规划建设局 cadre who recruited 王桂林, and 王桂林,
    are not accused.
12  Mixed, hard: the villagers' claim against the 单县开发区's land taking (4万 an 亩 paid, 47万
    charged) plus the 管委会's order to hold the 棋牌室 owners until they named refusers as
    gamblers and the beating of villagers by "上百名公安等政府工作人员": in (the abuses lead), no
    entry (an organ and an unnamed group). The stored page starts at "上述四村" (its opening not
    stored). 群众纪律 and 滥用职权.
13  涉法涉诉: a firm's administrative suit against two zone 管委会 over a promised site; page
    header, "（一）基本案情", "（二）裁判结果" and the truncated judgment sentence cut.
14  涉法涉诉: the opening of a judgment (parties and procedure) in an investor's land-transfer suit
    against a town's development company and the town; the case title and number and the truncated
    "诉称" sentence cut. The 法定代表人 are parties only.
15  涉法涉诉, hard: an investor's letter asking the leaders to have the police file his report of a
    robbery of his office; the 装修 firm and its boss 丁贵昌 are private and "报案无果" names no
    officer and no act: out, not mixed. Could be read as 其他 (a crime report). Site header,
    editor's note and the truncated last sentence cut.
16  征地拆迁, traditional (pixnet copy of the 半月谈): the 东沟村 resettlement-land claim; "當地屢次將…
    宅基地賣掉" is the claim itself, said of the county: not mixed. Caption, deck, the sub-heading
    "“一下雨看事兒不對就得跑”" and the truncated last sentence cut.
17  Mixed, out 征地拆迁, hard: the villagers' fight over the 302 亩 taken for the 德力西 park, with
    their charge that the 村长 sold land "偷偷" and that "干部欺骗" them; the report calls the taking
    lawful. The 村长 is first written "主持“卖地”的村长" of 店后村: (None, '村长', '店后村'); the
    "村干部们" are a group. Topics left empty as for other out items. Headline, the sub-heading
    "44枚红指印的“猫腻”" and the truncated last sentence cut. Could be read as in, mixed.
18  征地拆迁: a 网民留言 against a firm's 以租代征 land use in the 石店镇 工业园区, with the 六安 reply;
    "请问是谁给他这么大的权力" names no official and the reply only answers. The "【网民留言】" and
    "答复意见：" labels and the reply's signature and date cut.
19  个人利益诉求: wages owed by a firm in the 清丰县工业园区; the zone and the 人社 offices were only
    asked. Source tag and the truncated last sentence cut.
20  个人利益诉求, traditional, glosses removed: the wages of a fled boss's workers, advanced by the
    海寧經濟開發區; 花國平 and the court only act. Dateline cut; the last paragraph (garbled
    "當?shù)囟…" and truncated) cut.
21  个人利益诉求: an overseas investor's claim for the 897万 still owed for resort land taken back in
    a scenic zone; 李某路 only answers. Page header, title, date lines and the truncated last
    paragraph cut.
22  其他: a 问政 post on night truck noise in an industrial park (OOS.ENV) with the county's reply;
    header lines and the duplicate automatic reply cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH116: list[Item] = [
    # 01
    ('https://m.yzblive.com/news/b5/2010/07/23/360288.html',
     '據南方日報報導，昨日是白雲區江高鎮原村長殷卓波等19人涉黑受審的第三天。此前，在黑社會性質案件中，還'
     '沒有遇到過這種村長「黑老大」。有關強租魚塘的犯罪事實殷卓波直接爆料稱是受江高鎮領導的指使。當公訴人列'
     '出證據，表明在南崗村「四社」社員大會上，殷卓波在同意人數未達成全體社員2/3的情況下，就強行承租四社'
     '魚塘的事實之後，殷卓波說，「那是鎮政府領導的意思，領導說魚塘承租這件事反反覆覆確定不下來，很煩瑣，要'
     '想辦法讓多數村民同意就可以了」。一個靠賭博發跡的「爛仔」，如何上下運作撈到了「政治資本」？在原村長殷'
     '卓波被抓之前，其所在的白雲區江高鎮鎮黨委班子成員中，竟有1/3涉腐落馬，鎮長唐智因受賄287萬，近日'
     '被判刑9年；鎮黨委書記劉煉華，涉嫌受賄160餘萬以及1200多萬元的財產不能說明來源，近日同在廣州中'
     '院受審。2009年2月6日，江高鎮原副鎮長鐘鐵軍、江高鎮私企區管委辦公室副主任張漢明被「兩規」。緊接'
     '著，江高鎮原鎮長唐智、江高鎮原副鎮長馬加、江高鎮私企區管委會辦公室主任譚漢理、江高鎮院黨委書記劉煉華'
     '先後被調查。隨著調查，江高鎮群體性案件逐漸浮出水面。此案中，江高鎮原黨委班子成員1/3落馬，其中有6'
     '人被移送司法機關，初步查明違法違紀金額總計近700萬元。該案涉案人員之多，級別之高，數額之大，刷新了'
     '白雲區官員腐敗案件的記錄。1992年，廣州市政府在江高鎮成立廣州市個體私營經濟試驗區（以下簡稱私企區'
     '）。此次「江高鎮窩案」大都與私企區土地出讓過程有直接關係。分析他們的腐敗軌跡，官商勾結、低價賣地給開'
     '發商、從中收受賄賂是第一大特點。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '群众纪律'],
     [('殷卓波', '原村長', '江高鎮'), ('唐智', '鎮長', '江高鎮'), ('劉煉華', '鎮黨委書記', '江高鎮'), ('鐘鐵軍', '原副鎮長', '江高鎮'),
      ('張漢明', '管委辦公室副主任', '江高鎮私企區'), ('馬加', '原副鎮長', '江高鎮'), ('譚漢理', '管委會辦公室主任', '江高鎮私企區')]),
    # 02
    ('http://zbxww.org/news/china/shehui/11654.html',
     '受贿200多次，多到记不住行贿人名字；个人非法收入逾1.7亿元，超过了很多刚刚“摘帽”国贫县一年的公'
     '共预算收入……内蒙古自治区呼和浩特市经济技术开发区一名原处级干部白海泉，因职务犯罪被法院判处无期徒刑'
     '，成为内蒙古罕见的贪腐案例。近年来，一些经济开发区贪腐大案、窝案频发，暴露出较大的腐败风险。办案人员'
     '认为，经济开发区是促进经济快速发展的制度创新，绝不能成为贪腐“沦陷区”。应及时从个案中查补漏洞，最大'
     '限度挤压腐败空间，健全开发区监督监管制度，带动地方经济高质量发展。呼和浩特市经济技术开发区是国家级开'
     '发区，金川开发区是其下属的两个工业园区之一。2004年至2014年，白海泉一直在金川开发区任党政“一'
     '把手”。白海泉贪腐的“秘诀”之一就是在土地上做文章，把国家利益当“顺水人情”送给开发商，自己再收“好'
     '处费”“感谢金”。2010年6月，呼和浩特市一房地产公司总经理郭某某在白海泉帮助下，未经地价评估、未'
     '履行“招拍挂”程序，便从金川购买了400多亩工业用地使用权，继而又“顺利”地变更为商住房用地。事后，'
     '郭某某先后13次送给白海泉总价3000万元的财物。2011年，白海泉接受另一家房地产公司负责人王某某'
     '请托，帮助该公司购买128亩工业用地使用权，并为其办理土地、规划等手续“打招呼”，累计收受500万元'
     '现金。在白海泉接受请托为一家房地产公司办事的过程中，时任金川管委会土地规划建设环保局局长赵某某发现，'
     '该宗土地转让没有经过集体研究，且有关合同违反土地管理法。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('白海泉', '原处级干部', '呼和浩特市经济技术开发区')]),
    # 03
    ('https://um.sanwen.net/subject/297138.html',
     '2014年4月底，安徽省纪委对外宣布：对滁州市苏滁现代产业园管委会主任、党工委副书记邢高涉嫌严重违纪'
     '问题立案调查。经济开发区也在此时，更多地进入了人们的视野和议论的中心。开发区，享有国家特定的优惠政策'
     '，是人才、资金、技术、土地等资源的重要集中地。它们既是城市建设的前沿地，更是经济建设的主战场。惟其如'
     '此，开发区建设的背后潜藏着巨大的利益输送，也往往成为腐败的重灾区。2010年2月，南谯工业开发区管委'
     '会党工委委员庆保荣因受贿罪被判有期徒刑3年；2011年8月南谯工业开发区管委会副主任张林犯受贿罪，被'
     '判处有期徒刑十年二个月，并处没收财产人民币二万元；2011年12月南谯工业开发区管委会副主任张如健犯'
     '受贿罪，被判处有期徒刑十年六个月，并处没收个人财产二万五千元。2011年4月，滁州市经济技术开发区土'
     '地规划局原局长袁丽萍，因涉嫌滥用职权、受贿罪被滁州市检察院指定来安县检察院提起公诉。来安县人民法院一'
     '审认定袁丽萍犯受贿罪、滥用职权罪，判处其有期徒刑7年零6个月。2012年3月，来安县有关部门受理涉及'
     '开发区案件举报线索14件，立案11件，给予纪律处分7人，移送司法机关11人。2013年12月24日，'
     '原全椒县开发区管委会主任、副县长仇培因严重违纪违法问题由滁州市纪委立案调查。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('邢高', '管委会主任、党工委副书记', '苏滁现代产业园'), ('庆保荣', '管委会党工委委员', '南谯工业开发区'),
      ('张林', '管委会副主任', '南谯工业开发区'), ('张如健', '管委会副主任', '南谯工业开发区'), ('袁丽萍', '原局长', '滁州市经济技术开发区土地规划局'),
      ('仇培', '原管委会主任、副县长', '全椒县开发区')]),
    # 04
    ('http://m.yogviha.cn/sh/news/2008/07-15/1313391.shtml',
     '但在經濟快速發展的過程中，擔負著園區管理職責的管委會卻爆出了腐敗窩案，管委會辦公室原主任顧慧、副主任'
     '陳勇、總工程師王斌等5人被檢察機關查處。辦案檢察官指出，廣豐縣蘆林工業園區腐敗窩案，腐敗環節幾乎囊括'
     '園區管理、土地征用、工程基建、財務等多個環節，涉及貪污、受賄、挪用公款等多種職務犯罪形態，反映了工業'
     '園區這一新領域的腐敗生態，極具標本價值。對遏制處于成長期的其他工業園區潛在的腐敗圈惡性發展也有很好的'
     '震懾和警示作用。江西省廣豐縣蘆林工業園區（以下簡稱“園區”）于1997年創建，年創產值上百億元，規模'
     '列江西省縣級工業園區第二。該園區在快速發展的同時，也暴露出管理松懈、財務混亂、開支過大等問題。200'
     '7年3月，廣豐縣政府組織財政、審計等部門對該園區的財務賬目進行全面檢查時，發現該園區財務管理存在很多'
     '問題，但該園區管委會辦公室的主要領導卻以開支過大來搪塞。根據財政、審計部門的財務檢查報告，廣豐縣委領'
     '導認為，園區的財務混亂問題已經到了積重難返的地步，而且在這背后極有可能隱藏著部分官員的腐敗問題。縣委'
     '決定，組織紀檢、檢察、公安、財政、審計、稅務等部門成立專門調查組全面調查其中的問題，并由檢察院具體負'
     '責立案偵查此案。',
     'in', None, False, ['贪污贿赂'],
     [('顧慧', '管委會辦公室原主任', '蘆林工業園區'), ('陳勇', '副主任', '蘆林工業園區'), ('王斌', '總工程師', '蘆林工業園區')]),
    # 05
    ('http://lianzheng.qianlong.com/2016/1220/1231347.shtml',
     '近日，天津市中小企业发展促进局原副局长蒋颖（正厅级）涉嫌受贿一案，由天津市第二中级法院以受贿罪一审判'
     '处蒋颖有期徒刑十年零六个月。翻开蒋颖的履历不难发现，她的人生布满了常年与企业打交道的“轨迹”。从19'
     '92年5月起，蒋颖在天津市乡镇企业管理局先后担任办公室副主任、安全环保处处长；1998年3月，蒋颖被'
     '下派到北辰经济开发区担任开发区党委书记、管委会主任、总公司总经理，名副其实的“一把手”。作为开发区重'
     '点招商引进的万达酒店，蒋颖与驻区万达酒店公司法人代表耿某开始认识，耿某在酒店经营过程中，蒋颖经常给予'
     '政策优惠和关照。2004年，耿某名下的房地产开发公司开发建设南开区“博泰名居”楼盘，蒋颖得知后，希望'
     '购买该楼盘的房屋，并提出了优惠要求，耿某当即答应。彼时，“博泰名居”房屋的市场价为4100元/平方米'
     '左右，属于当时的高端小区，耿某决定以3300元/平方米的优惠价格将“博泰名居”一套建筑面积159.1'
     '4平方米的房屋向蒋颖出售。为了解决蒋颖“自掏腰包”的困难，耿某将16万元现金送到蒋颖的办公室，蒋颖“'
     '笑纳”了该笔现金，并用此款交纳了购房款。2007年，蒋颖离开北辰区回到市里工作。为了“报答”耿某在买'
     '房上的“优惠”，蒋颖利用担任天津市乡镇企业办公室主任并主管工业技术改造贴息项目审批工作的职务便利，为'
     '耿某兄长名下的摩托车胎厂申报工业技术改造贴息项目提供帮助，使得该公司获得50万元项目贴息款。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('蒋颖', '原副局长', '天津市中小企业发展促进局')]),
    # 06
    ('https://bbs.comefromchina.com/threads/983208',
     '10月24日，出乎所有人的意外，浙江省嘉兴市南湖区新区管委会原党工委书记、主任王金明涉嫌受贿、滥用职'
     '权案在嘉兴市中级法院庭审了3天。原因是王金明对以前供认的犯罪事实全部翻供。这个被称为嘉兴“许三多”的'
     '副处级官员，被指控涉嫌受贿505万元，滥用职权造成国家直接经济损失506万元。10月18日，王金明庭'
     '审第一天，嘉兴市纪委组织了该市正科以上领导干部旁听。这场原打算给领导干部警示教育的庭审，没想到却变成'
     '了王金明“喊冤”的舞台。这位44岁的官员，今年4月被抓时任嘉兴市南湖区新区管委会党工委书记、主任、东'
     '栅街道原党工委书记。其32岁出任镇长，之后仕途通畅，升任余新镇党委书记、南湖区区长助理、嘉兴工业区常'
     '务副主任、南湖新区管委会常务副主任、主任、党工委书记。2002年6月，南湖区政府设立南湖新区管委会，'
     '全面拉开南湖新区开发建设的序幕。2009年7月，时任南湖区新区管委会党工委书记、主任的王金明被南湖区'
     '委区政府授予“优秀公务员”称号，记三等功一次，排在224名被表彰的公务员之首。“在南湖区，谁都知道王'
     '金明是个政治明星，被上级看重。”王的一同事称。这名同事说，王工作敢想敢干敢担当，有魄力，胆大，能力强'
     '，是大家公认的。在王的治下，位于嘉兴市郊几年前荒凉的南湖新区成了嘉兴炙手可热的黄金地段，初步形成了教'
     '育、园林、商业三大特色，荣膺“全国十大文化休闲基地”。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('王金明', '管委会原党工委书记、主任', '南湖区新区')]),
    # 07
    ('http://www.zsdi.gov.cn/html/lzjy/yajs/8923.html',
     '“我轻易被物质诱惑和腐化，对组织的函询、谈话和岗位调整没有清醒的认识，以致今日结局。”这忏悔声来自重'
     '庆市江津区双福工业园规划部原部长王维。这位手握规划大权的部长，没有规划好园区的发展之路，却给自己规划'
     '了一条“生财”之道。1999年，王维通过公务员考试成为一名乡镇干部，并给当时的自己定下了当公务员后第'
     '一个人生目标：当个副镇长。但王维想当副镇长，却不是为了更好地担当作为、为民做事，而是想享受签字报账、'
     '上班下班坐公车、天天有酒喝的领导“风范”。人生的扣子从一开始就要系好，而王维不仅扣错第一个扣子，而且'
     '一错再错。2004年，王维调到江津区双福工业园干规划工作，在专业对口、业务熟悉的情况下，王维的工作有'
     '声有色，2009年，便担任双福工业园规划部部长。此时，正应该是王维鼓足干劲大有可为之时，但他却在老板'
     '商人的“围猎”中，逐渐沉迷于奢靡堕落的腐化生活，而当看到其他同事当了领导后，王维心理更不平衡。于是，'
     '他对自己的人生目标进行了“调规”：“这辈子不当领导只找钱”。有了新人生目标的王维立即着手给自己规划了'
     '用“话语权”收“协调费”、用“审批权”收“感谢费”、用“知情权”收“中介费”这三条“生财”之道。用“'
     '话语权”收“协调费”。规划工作在园区有很大自由裁量权，当有企业想要入驻双福工业园或企业拟签约的土地不'
     '符合用地规划，需要进行规划调整时，王维就故意告诉企业主，自己跟园区领导交情好，说话管用，能帮助他们去'
     '运作协调，但是需要给些“协调费”。收钱后，王维便利用自己规划部长的“话语权”说服领导调整用地规划，往'
     '往能够“马到功成”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '生活纪律'],
     [('王维', '规划部原部长', '双福工业园')]),
    # 08
    ('http://finance.sina.com.cn/china/dfjj/20140317/132118528314.shtml',
     '作为一个民选镇长，陈江始终存在定位危机，总感觉不被接纳和认可。在焦虑和惶惑中，他选择了把官职当作“生'
     '意”来经营，走上犯罪道路，并创下当地科级干部“单笔受贿最高纪录”。不久前，被关押在看守所的陈江收到了'
     '海南省高级法院的终审判决书——因受贿1102万元，被判处有期徒刑十三年，剥夺政治权利三年。2013年'
     '5月，因涉嫌受贿受审时，陈江拒绝认罪及退赃，被海口市中级法院一审判处无期徒刑，剥夺政治权利终身，并处'
     '没收个人全部财产。上诉期间，陈江委托家属代为退还了全部赃款，并在二审时当庭认罪，加之举报其他国家干部'
     '重大受贿线索被查证属实，具有重大立功表现，争取到了终审改判的机会。现年43岁的陈江曾是年轻有为的商人'
     '、春风得意的民选镇长。而如今，他只剩下一个身份，那就是创下“海口市科级干部单笔受贿最高纪录”的阶下囚'
     '。2003年1月至2010年7月，陈江任海口市美兰区演丰镇镇长。2009年下半年，广东广物房地产开发'
     '有限公司（下称“广物公司”）欲开发演丰镇热带作物场（下称“演丰热作场”）管理的一块1306亩集体土地'
     '，将办理土地使用权转让手续事宜委托给一位叫吴骏东（审查中）的演丰镇本地人负责。为操作此事并从中获利，'
     '吴骏东成立了海南天地通咨询服务有限公司。同时，吴骏东托人找到了陈江，请求其在该集体土地使用权转让过程'
     '中“提供帮助”，并承诺事成之后给予陈江好处费。在利益面前，陈江欣然答应。随后，吴骏东出面在酒店订了一'
     '桌酒席，介绍陈江与广物公司方面的代表认识。席间，陈江打电话叫来了演丰热作场场长张某。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('陈江', '民选镇长', '演丰镇')]),
    # 09
    ('http://zwmtjj.com/Info/View.Asp?id=4039',
     '近日，山西省国土资源厅、太原民营经济开发区管委会国有建设用地使用权的挂牌出让却让人大跌眼镜，还没有公'
     '开竞拍的国有建设用地，早已经被“山西汇大物流有限公司”（以下简称汇大物流公司）的温州老板叫胡云娒圈为'
     '己有，圈起了围墙，建起了项目部。2010年9月13日，山西省太原市民营经济开发区管委会，在山西日报上'
     '刊登了一起“山西省国土资源厅太原民营经济开发区国有建设用地使用权的挂牌出让”公告。公告要求：“中华人'
     '民共和国境内外的法人、自然人和其他组织（除法律法规另有规定外）均可申请参加。申请人可于2010年9月'
     '13日至2010年10月15日到山西省国土资源厅太原民营经济开发区土地分局购买出让文件，并向我局提交'
     '书面申请，受理申请的截止时间为2010年10月15日16时。经审查，申请人按规定交纳竞买保证金并取得'
     '财政部门出具的有效凭证，具备申请条件的，我局将在次日确认其竞买资格。”该公告一经刊登，立即在全国引起'
     '强烈反映。浙江省温州投资商李挺、陈健同众多投资商一样，于2010年9月20日专程赶赴山西了解相关情况'
     '，并购买了“挂牌出让国有建设用地使用权”文件，准备参与竞拍。然而，事与愿违。山西省国土资源厅太原民营'
     '经济开发区土地分局“国有建设用地使用权竞买须知第五条，第二款，第五项规定；提交申请须有管委会出具的申'
     '请人产业投资方向的相关资料。”',
     'in', None, False, ['廉洁纪律'],
     []),
    # 10
    ('https://m.epochtimes.com.tw/n174496/陸地方政府招商作假-編經濟數字搏政績.html',
     '中共弄虛作假、編造經濟數字常常為外界所詬病，連官方也不得不承認。陸媒17日以「項目一炮數響 數字來回'
     '包裝」為題發表文章，批評一些地方政府為誇大政績，在招商引資中弄虛作假、出盡花招。文中描述了西北某省一'
     '場招商會的簽約場面：「彩球飄飄，禮儀小姐落落大方……幾個項目的簽約雙方大筆一揮，雙手緊緊相握，一派笑'
     '意融融的場面。」然而，這一幕不過是「做樣子」。文章引述在場的某市一位部門負責人之言：「這裡頭我們市的'
     '幾個項目，早在半年前就簽過約了，如今無非是讓老闆給個面子，再來捧個場。」「重複簽約並不少見。」中部某'
     '市一位財政部門負責人坦言，目前各部門招商引資完成任務有困難，就把主意打到重複簽約上來。有知情人介紹，'
     '每個項目重複簽約的次數少則1、2次，多則4、5次。西部有個招商會為拼湊簽約成果，讓各個經濟部門到全國'
     '各地招商，不管項目最後能否落地，先把企業邀請到再說。有經濟部門的負責人表示，招商時什麼都敢答應，招來'
     '後原本承諾的配套、人工、補貼等都難以兌現，最終招商會變成「招傷」，企業也沒能留住，還談什麼政績呢？',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     []),
    # 11
    ('http://www.zqmcu.com/bmrwtor/113127.html',
     '一个两千万元人民币的内资招商项目，经湖南省宁远县有关领导一番“包装”，摇身变为投资上千万美元的“外资'
     '项目”。而且，因为政府在没征好土地之前就盲目招商，使这个名为赛丽宝公司的投资项目搁置三年未果，至今被'
     '占土地依然荒芜，造成投资者与政府“两败俱伤”。近日前往湖南宁远县调查发现，宁远县十分重视招商引资，2'
     '006年曾给县直机关下达招商引资任务，仅县规划建设局当年的招商任务就是600万元，上不封顶。宁远县规'
     '划建设局一名干部告诉，局党组要求工作人员广开门路引进投资商，自己想到了在深圳经商的本地熟人王桂林，便'
     '多次赶赴广东游说他回宁远县投资，并出示了县工业园区的招商优惠政策。据投资人王桂林介绍，当时宁远县政府'
     '承诺的土地价格低廉，税费优惠，加之当地劳动力价格远低于广东等地，企业可节约大量生产成本。2006年6'
     '月，经与宁远县主要领导及相关单位负责人商谈后，双方于7月14日签订了《兴建美国SMH公司赛丽宝（中国'
     '）连接器有限公司》的投资合同，工程规划占地100亩，总投资2000万元人民币，地价款按1.68万元/'
     '亩计算。投资方按照合同规定的日期一次性支付了购地款80.6万元。',
     'in', None, True, ['工作纪律', '形式主义官僚主义'],
     []),
    # 12
    ('https://secretchina.com/news/gb/2009/05/10/291687p.html',
     '上述四村的土地临近单县园艺场，园艺场的土地全是肥沃的良田，但为了单县开发区的占地需要，该县将园艺场上'
     '报为荒地、沙地、盐硷地，而且，随着园艺场土地被用尽，开发者将目光盯上了相邻四村的基本农田，按照土地法'
     '规定，这需要国务院批准，而单县开发区并未依法办理相关审批手续。据农民称，开发区向他们征地的补偿金市每'
     '亩4万元，而对开发商的土地出让金是每亩47万。由于差价太大，村民无法去接受，各村村民便联合起来，拒绝'
     '领取征地补偿款，抵制施工队入内。为尽快完成征地任务，开发区管委会及县直有关部门屡次与村民发生冲突，为'
     '了逼迫村民尽快接受征地补偿条件，4月底，开发区管委会指示人将张楼村树林间的简易棋牌室老板抓起来，要求'
     '他们按照管委会提供的名单（均为拒绝接受征地条件的村民）指认有赌博行为，否则就不要回家。事实上，这些设'
     '在简易棚内的棋牌室并非用于赌博，而是民间低档娱乐场所，一般每次仅收取顾客一元钱。拿到按了手印的威慑性'
     '材料后，4月30日中午，施工人员强行進入刘古楼村，试图用推土机、铲车等毁坏作物，该村村民闻讯赶来，与'
     '施工人员发生争吵，不久，几十辆公安和执法局车辆到达现场，上百名公安等政府工作人员对村民予以殴打，为避'
     '免被人抓住把柄，当时该村青壮年均不在现场，几名老年妇女被打得浑身是血。冲突中有一辆城管车辆的玻璃被村'
     '民砸坏。由于村民的顽强抵抗，誓死不肯离开农田，当天管委会组织的占地图谋没有得逞。目前，双方的僵持仍在'
     '继续，村民寸步不离土地，庄稼地里搭满了窝棚，夜间至少有上百人住在田野里，每当推土机想趁夜色前来毁坏禾'
     '苗，更多的村民就会赶来阻止，由于聚集的村民太多，政府组织的人员无法占据上风，所以最近几天冲突有所缓和'
     '。',
     'in', None, True, ['群众纪律', '滥用职权'],
     []),
    # 13
    ('http://www.cntslawfirm.com/research/info_2164.html',
     '经吉林省长白山保护开发区池北区管理委员会（以下简称池北区管委会）请示，吉林省长白山保护开发区管理委员'
     '会（以下简称长白山管委会）于2011年6月28日作出会议纪要，允诺为招商企业长白山保护开发区润森热力'
     '有限公司（以下简称润森公司）在办理前期手续、委托环评、争取政策和资金支持等项目筹建方面提供帮助和支持'
     '。随后，润森公司与长白山保护开发区九鼎商砼有限公司（以下简称九鼎公司）负责人签署投资商砼混凝土搅拌站'
     '协议，九鼎公司负责人按照约定进行了投资建设。2014年，九鼎公司申请为商砼混凝土搅拌站项目办理环评手'
     '续，但因原选址不符合环境保护要求，未获批准。2017年，长白山管委会住房和城乡建设局作出长管建函〔2'
     '017〕25号《管委会住建局关于九鼎商砼混凝土搅拌站项目异地选址的函复》，内容有：“……现有城区无法'
     '选出符合条件的选址场所；九鼎商砼混凝土搅拌站项目为我区刚成立时的招商引资项目，建议将该商砼站临时选择'
     '到宝马城空地内，以保证商砼站正常生产；九鼎商砼站与润森供热项目同属管委会招商遗留问题，在处理润森供热'
     '问题时应同时处理九鼎商砼站问题”。2018年4月，因一直未能重新选定地址、无法继续经营，九鼎公司提起'
     '行政诉讼，请求判令池北区管委会及长白山管委会为其尽快办理前期手续及场地选址事宜；如确实无法异地选址，'
     '应给予适当的货币补偿。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://cn.govopendata.com/caipanwenshu/2015/9/14/f516b25e-a3d5-4fec-943e-72f8a614db8e',
     '原告温州市显达光学有限公司。法定代表人谢少达。委托代理人（特别授权）金克明、林合敬。被告瑞安市马屿镇'
     '经济开发有限公司。法定代表人丁朝军。委托代理人（特别授权）陈光如、游贻静。被告瑞安市马屿镇人民政府。'
     '法定代表人吴晓宇。委托代理人（特别授权）黄万儒、董捷。原告温州市显达光学有限公司（以下简称显达公司）'
     '为与被告瑞安市马屿镇经济开发有限公司（以下简称马屿开发公司）、瑞安市马屿镇人民政府（以下简称马屿镇政'
     '府）建设用地使用权转让合同纠纷一案，于2015年3月27日向本院起诉，本院于同日受理后，依法组成合议'
     '庭，于2015年5月20日公开开庭进行了审理，原告显达公司的委托代理人林合敬、被告马屿开发公司的委托'
     '代理人陈光如、被告马屿镇政府的委托代理人黄万儒、董捷到庭参加诉讼。本案现已审理终结。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.51xinshidai.com/showinfo-16-19444-0.html',
     '我名叫何忠洲，原《中国新闻周刊》记者，是长沙市开福区三年前为搞军民融合产业园而作为第一号企业从深圳招'
     '商过来的，我公司位于开福区金霞经济开发区军民融合产业园卓尔6号楼。3月17日，我公司办公楼及里面价值'
     '两百余万的资产被强行拆卸抢劫报案无果，恳请领导督促警方迅速立案，并将相关黑恶势力绳之以法。2017年'
     '，因发展军民融合产业园，长沙市开福区招商引资的需要，时为中国民营企业五百强、深圳五个战略新兴企业之一'
     '的华讯方舟科技有限公司旗下华讯方舟智慧信息科技（深圳）有限公司落户开福区金霞经济开发区，按照与开福区'
     '政府“小点切入，全面合作”的原则开始装修位于卓尔产业园的6号办公楼。当时，因抢赶工期，迎接长沙市领导'
     '的检查，经人介绍，湖南汇达装饰设计工程有限公司（下简称汇达装饰）先期进入装修，但原本答应垫资的汇达装'
     '饰老板丁贵昌，在开工不久就以停工为要挟要求付费，出于迎接检查的考虑，我司予以支付了20余万元。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://hj33hjfixt.pixnet.net/blog/post/155143908-%E6%B2%B3%E5%8D%97%E5%8D%97%E5%8F%AC%E7'
     '%A7%BB%E6%B0%91%E5%AE%89%E7%BD%AE%E5%9C%B0%E5%B1%A2%E5%8A%83%E5%B1%A2%E8%B3%A3-%E6%9D%91'
     '%E6%B0%91%E7%A8%B1%E8%A2%AB%E8%B6%95%E8%87%B3',
     '“地被徵了，宅基地被產業集聚區賣了，村民收入大減，6年了，政府不但沒個說法，現在還要把我們趕到山溝里'
     '去住！”在河南省南召縣白土崗鎮東溝村，一位村民說起他們這幾年的遭遇就氣憤難平。最近，半月談記者在當地'
     '採訪瞭解到，2008年該縣搞產業集聚區建設，將村裡1400多畝土地征收，並承諾劃定新的宅基地建移民新'
     '村。但6年間，在多數村民不同意的情況下，當地屢次將定下來的移民新村預留宅基地賣掉。承諾變廢紙，生活無'
     '著落，村民與政府衝突不斷，矛盾激化。來到東溝村，一條小河緊挨村莊。記者註意到，在村委會圍牆上，赫然寫'
     '著“山洪威脅區”“轉移範圍——東莊”等。村民們說，這個村位於當地鴨河口水庫上游白河北岸的一個溝岔里，'
     '屬於典型的淹沒區。“現在東溝村的村民們都提心吊膽，一下雨看事兒不對就得跑，有條件的都去縣裡租房子住了'
     '。”村民宋建華說，幾十年來每逢雨季莊稼被淹、房子被沖，是常有的事。尤其是2005年“6·30”特大暴'
     '雨發生時，村裡一家三口被沖走，村民更感害怕。2007年政府專門為村民每人每年補助300元或600元的'
     '移民扶貧資金。說起村民生活的情況，圍坐在樹下納涼的村民說，雖然處於淹沒區，但以前生活還可以。南召是傳'
     '統養蠶大縣，2008年集聚區沒有徵地之前，村裡幾乎家家養蠶，每戶每年能有一兩萬元的收入。徵地後，村民'
     '人均不足三分地，而且這些耕地一半以上都在洪水淹沒線以下，雨多的年份，莊稼收成只能聽天由命。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://wwww.whgdk.com/a/minshengxinwen/2014/0624/3084.html',
     '一个期盼多年的开发项目、一次程序合法的土地征收、一档全省最高的补偿价格，却让一个村庄陷入干群关系紧张'
     '、村民不断上访的僵局。乐清市柳市镇，位于浙江省东南沿海乐清湾之滨。“家家开公司，人人当老板”，柳市人'
     '以千家万户的“市场化取向”形成完整的产业体系和便捷的物流体系，占据了国内工业电器市场的半壁江山，被学'
     '界称为“柳市现象”。然而，2014年5月8日以来，柳市镇店后村却因经济发展征收农田引发纷争——许多早'
     '已不以种粮为生的村民数度“围攻”主持“卖地”的村长，一些“旅居”外地多年的私营业主也放下手头的生意不'
     '远千里赶回老家，要向村干部们“讨个说法”。《中国经济周刊》记者为此专程前往乐清进行了实地调查。许多村'
     '民非常固执地认为自己“被干部欺骗”了。店后村，1932个村民，635亩耕地。人均不足0.33亩，这在'
     '“七山一水二分田”的温州地区是一个低于平均值的数字。2014年5月8日，店后村召开村民代表大会，宣布'
     '本村302亩土地被政府征收，拟用于建设“德力西高科技产业园”。“将近一半的耕地被村长偷偷卖给了企业！'
     '”《中国经济周刊》记者初到店后村时，能够明显地感受到一些村民对即将失去土地的无奈与愤懑，而所有的怨气'
     '又似乎都集中倾泻到了直接“操盘”的村干部身上，于是记者看到了村民骂娘、上访，甚至敲着锣鼓堵住村长家门'
     '“大加讨伐”（记者注：当地民风在别人家门口敲锣不吉利）。5月20日，乐清市国土局发布公告，已被收归国'
     '有的原店后土地进入“招拍挂”程序；5月29日，店后村委会又贴出告示开始发放征地补偿款。部分村民的不满'
     '情绪再一次被“点燃”，上访层级也随之提升。',
     'out', '征地拆迁', True, [],
     [(None, '村长', '店后村')]),
    # 18
    ('http://ah.sina.com.cn/news/s/2013-11-08/164075960_2.html',
     '尊敬的张书记：我们是霍邱县石店镇郑塔村民，石店镇郑塔成立一个所谓的工业区，其中一家企业用以租代征的形'
     '式强占100多亩耕地，开始以办箱包厂的名义进行申报，其实是挂着羊头卖狗肉，加班加点抢建，转眼一变，便'
     '改成了办驾校和开发房屋，并既成事实，盖了两栋大楼，几十间门面。请问是谁给他这么大的权力，私买私卖土地'
     '，并将土地性质随意变更，严重违反《土地法》的行为中途为什么不遭到制止，请孙书记百忙之中过问此事，感谢'
     '，并将持续关注！网友您好：10月12日，您给省委书记留言，反映霍邱县石店镇变更土地使用性质等问题，我'
     '们要求霍邱县有关部门调查了解，现将有关情况回复如下：霍邱县石店镇工业园区是2012年初经霍邱县政府批'
     '准成立的，通过浙大设计院规划设计。2012年上半年经石店镇政府招商引资，霍邱县鹏昆新型建材有限公司落'
     '户工业园区，该企业用地是石店镇政府先期征用的石店镇郑塔村集体土地，面积为100亩。2012年9月经霍'
     '邱县经信委、住建（规划局）、环保局对鹏昆新型建材厂项目予以前期确认后，霍邱县经信委对该项目进行立项。'
     '2012年上半年霍邱县国土局对该企业用地整理材料并逐级上报审批。2012年11月19日省政府以皖政地'
     '［2012］138号文审批通过鹏昆新型建材厂用地指标。不是您反映的以租代征、私买私卖土地情况。您反映'
     '的建门面房是该企业办公楼及职工宿舍楼。关于您反映的开办驾校的情况。经查，因鹏昆新型建材厂项目投资主体'
     '有一方撤资，致使该项目不能按原计划足额投资，该企业在已征用但未使用完的土地上实施机动车驾驶员培训项目'
     '，石店镇和霍邱县国土执法部门发现后均予以制止，已下发处罚通知书，现在正在处理中。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://menducn.com/news/201702/04/news7246.html',
     '去年12月，对于河南清丰县数十名仍然奔波在讨薪路上的农民工来说，提起马上到来的春节却是一个伤心的话题'
     '。一年来讨薪路上磕磕绊绊，“血汗钱”没见一分，只能把工厂里生产的半成品防盗门背回家，守着一扇扇冰冷的'
     '防盗门与家人吃个年夜饭。“为讨要回工钱，一年来我们几十名农民工隔三差五就跑到清丰县工业园区以及人力资'
     '源和社会保障部门咨询情况，跑来跑去人家领导都换人了，也不知跑了多少趟，到现在还是没要回一分欠款，只拿'
     '到一张欠条。”河南清丰县农民工乔建伟哭着从自己钱包里掏出一张盖有河南新世纪门业有限公司财务专用章的欠'
     '条。欠条上清楚地写着：“今欠乔建伟2015年-2016年工资10260.5元，归还日期为2016年7'
     '月1日前付清。”该落款日期为2016年2月26日。同样被欠薪一万多元的农民工赵高帅告诉记者，他们这些'
     '农民工为了讨回自己的“血汗钱”，还专门组建了名为“大家庭”的微信群，20多个农民工及时分享讨薪信息与'
     '国家相关法律政策信息，可是收获的更多是“无奈”。河南新世纪门业有限公司原名为清丰县安心门业公司，坐落'
     '于濮阳市清丰县工业园区，公司产品包括标准防盗门、室内钢质豪华仿木门等多个系列。厂里面工作的农民工有五'
     '六十人，包括喷漆、打磨、板材、转印、组装、销售等工种。来自陕西潼关的讨薪农民工薛样告诉记者，以前她们'
     '几十个农民工在厂里面干活的时候，隔三差五厂里就会拖欠他们工资，不过一般到过年时候厂里就会还清了。“没'
     '想到这次拖欠了这么久也没有任何消息，被逼之下最后大伙儿只能把厂里生产的半成品防盗门背走。”她难过地说'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://whmsebhyy.com/china/dfjj/20120509/135412027713.shtml',
     '“法院將于本月11號發放宏昌制革企業職工的欠薪工資。”5月9日，記者前往浙江海寧市人民法院了解海寧宏'
     '昌制革公司老板攜巨資“跑路”事件時，海寧法院的執行局程局長（化名）告訴記者，宏昌制革公司拖欠的員工薪'
     '水由海寧經濟開發區政府先行墊付。5月2日，海寧市一家較大的制革企業宏昌制革老板黃健突然“跑路”，原本'
     '在外人看來一直正常運行的公司一夜之間因資金問題完全停產。對于坊間傳說的數億元債務，相關部門正在調查。'
     '5月5日，中國銀行海寧支行因宏昌制革拖欠到期貸款無法償還，向法院提出7500萬的財產保全申請。6日，'
     '法院對企業采取了財產保全措施，查封宏昌制革。全公司529名員工直接面臨失業困境。在海寧宏昌制革公司現'
     '場，記者看到偌大的工廠，冷冷清清。門衛處張貼著法院的公告，工廠外面的電線桿上，張貼著其他企業招工的宣'
     '傳單。“5月3日我就帶領調查組進駐宏昌制革，首要工作就是對全體員工進行安撫，解決他們的燃眉之急。”海'
     '寧經濟開發區副主任花國平告訴記者，目前，宏昌制革員工的出路問題已由開發區政府全面接手。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://gd.cnsprb.cn/49657/8da65184560.html',
     '近日，旅美华侨邓先生的一段长达28年的投资经历引起了公众的广泛关注。邓先生在北京举办的一次研讨会上，'
     '详细叙述了他在棋盘山（原名辉山）风景名胜区投资度假村项目的坎坷经历。这一事件不仅凸显了外商在中国投资'
     '可能面临的困境，也引发了对地方政府营商环境的深入讨论。邓先生于1995年响应市政府的招商引资政策，之'
     '后陆续投资350万美元开发建设庆元山庄度假村。然而，2000年初国家绿色环保政策的出台，禁止了风景名'
     '胜区核心景区的商业开发，导致邓先生的二期工程项目陷入停滞，建设用地长期处于搁置状态，资金长期占用，公'
     '司不能正常经营，损失与日俱增，持续至今26年。2010年，邓先生向市政府提出退地还钱的诉求，市政府联'
     '席会议作出了退地还钱的决议，但至今未能完全落实。根据邓先生提供的文件，棋盘山国际风景管理委员会曾在2'
     '010年发出《关于庆元山庄项目有关问题的答复意见》，同意回收庆元山庄现有资产及尚未开发的土地，并估算'
     '回收总金额为1787.8万元。但据邓先生反映，市政府于2020年12月底在法院强制执行的情况下收回了'
     '项目89%的建设用地使用权，但回收土地的补偿金仍有897万元迟迟落实不到位。原辉山风景区管委会党组负'
     '责人、主任李某路在接受新华社记者采访时表示，按照现时政策，不管建什么、怎么建都是违规的，都会对风景区'
     '环境造成破坏。他认为，唯一的解决办法是由管委会将土地收回，并对外商之损失予以合理补偿。',
     'out', '个人利益诉求', False, [],
     []),
    # 22
    ('https://gauffre2.nineplate.com/wenzhouminsheng/2202/thread-38261.html',
     '龙港新城工业园一带有大量企业入驻，带来了大量的外地员工住在公司宿舍，但夜间此地货车（或其他类大车）一'
     '直在园区内行驶到半夜2.3点甚至更久，噪音测量值达到100以上，严重超过了国家规定的限值。希望政府能'
     '帮助此地住民解决此问题。ericmoh网友，您好！您反映的问题已收悉，现将办理结果回复如下：因当地企'
     '业货运物流时间基本集中在夜间，交警部门已将该情况反映至当地企业，督促企业合理安排货运物流时间，尽量避'
     '免对周边居民生活造成影响。感谢您的问政和对我们工作的支持！',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH116, "fresh116")
