"""Sealed batch fresh124: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh122th.py; the batch and its row ids are "fresh124".)

Theme: property registration and surveying (不动产登记中心, 房管局 产权/房证 offices, 国土所 and
土地管理所, 确权 and 测量): a 镇土地管理所 receipt for fees collected house by house, blank 确权证
and a suspected 村官, a 国土所 deputy paid in building plots for a village's land quota, a 确权中心
worker helping a 村主任 fake 征拆 claims, a 国土所 head bribed by a land valuer, 房管局 heads
registering 小产权房, a 房证管理科 head taking public flats, a 房管局 head's daughter with 11 flats,
加急费 at a registry window; mixed items are an inheritance lawsuit over a public servant's false
only-child proof, a name error on a land certificate passed between two 国土 offices, and a
certificate cancelled on a father's forged entrustment; out items are lawsuits over certificates
(a double-registered floor, a cancelled transfer, owners against a developer that delayed the
certificates), boundary and village land disputes met in measuring and 确权, a developer's extra
fees for certificates, an inheritance mediation, a registry officer's commentary and a co-built
house split into certificates. Sources (stored-pages search): a 1993 陕西工人报 reader's letter on
崖岔村 (韩城); a forum copy of the 中华法制网 report on 浪山村 (化州); a 浙江日报 report on the 苍南
宜山所 and 巴曹管理所 deputies; a 平潭网 copy of the 中国青年报 report on the 观山湖 假公章 case; a
搜狐 report on the 马街 国土所 head 仲显成; a copy on the 房縣 房管局 (traditional); an outputnews
copy on the 拱墅 房證管理科 head 馬偉榮 (traditional); 劉洪波's commentary on 翟振鋒 (traditional);
a 长江网 commentary on the 长沙 registry's 加急费; a 上游新闻 copy on the 东西湖 brothers; the 东方
今报 report on 李乃甫 (洛阳); a 公民来信 report on 徐春佳 (陵水); out: a judge's case note on the
扬州 房管局, the 贵南 court's case note, the 中新网 report on 宏嘉麗園 (traditional), a 武陟
mediation (traditional), a 钟祥 融媒体 report on 铜钱村, the 中新网 report on 荷沅村 (永康), a
report on 杨爱川's certificate fees (高安), a 上海法治报 report on a 普陀 mediation, 曹尉軍's
commentary (traditional) and a 中国青年报 report on 王了凤's doorless flat (洞口). Six texts are in
traditional script (items 6-8, 15, 16, 21; the glossing pinyin of the pages' converted copies
removed in 6, 15 and 16).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, captions, bylines,
datelines, source tags ("据中华法制网讯:", "(公民来信)", "中新网金华10月16日电 (…)", "摘要:"),
the 【案情】 and numbered heads, copyright lines and the truncated last sentences of the stored
copies removed); paragraphs joined; ASCII punctuation written full-width except inside numbers;
stray spaces after the colons of 001 and inside "具体行政行 为" (014) removed; the spaces the page
puts around numbers and quotes in 019 kept as published, as is the banner "全省联动 记者跑腿"
(011). Page oddities kept: "维户" (002), the semicolons before quotes and "XX X" (001), "己于"
(008), "2小林及其前妻的存款" (010), "背后", "對于", "扎實" in a traditional text (006). The mailbox
note "(报料邮箱:…)" inside a sentence of 010 removed, as fresh104th.py removed "atv,".
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, developers and their agents, people without a
post and officials who only handled, investigated, announced or answered are not accused; an
organ or an unnamed group accused as a whole gives no entry; an unnamed accused official is
(None, position, unit). Names, positions (as first written with the name, "原" kept with the
post and dropped before a unit, a 所/科/股 of a bureau going into the position as in
fresh104th.py's 劉勇俊) and units as written, province and prefecture city dropped from the unit
as in fresh62th.py; unit None when the text ties the person to no named unit. Topics only from
the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010-012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2 (021,
022). 15 accused entries, all in items 1-12: 3 with a full name (仲显成, 馬偉榮, 翟振鋒), 1 with
the reporter's pseudonym (小林), 11 masked (王某安, 苏某, 邓某, 林某, 陈某, 王某, 朱某, 赵某, 程某,
劉某, 謝某), none post only. Items 001, 009, 011 and 012 are in scope with no accused entry. Out
items have no accused entry.

Close calls:
 1  A reader's letter (1993); the 本版导读 line, the headline and the closing "郭大相口述 何乔云整理"
    cut. Villagers of 崖岔村二组 measure and collect a 宅基地有偿使用费 under a 镇土地管理所 receipt
    and pull down walls: arbitrary levies (群众纪律) by an unnamed group and an organ, no entry.
    康耀生 is only the "经手人" with no post: not accused. The writer is the victim.
 2  A forum copy; the source tag, the sub-heading and the photo caption cut; ends before the
    truncated "对" sentence. "涉嫌违法的村官王某安": position '村官'; unit '浪山村' (the village of
    the post, named in the same sentence; could be None). The blank 确权证 come from the 村委 and
    bear the 化州市人民政府 seal (organs). Topics 群众纪律 and 工作纪律; could be read as mixed (the
    villagers' own certificates), taken as a report on the cadres.
 3  Page header, 核心提示 and the sub-heading "奇:难兄难弟同日审" cut; ends before the truncated
    "企图" sentence. "县国土资源局宜山所原副所长苏某" → ('苏某', '宜山所原副所长', '县国土资源局'),
    likewise 邓某 (on trial the same day for land, no detail kept). 林某 and 陈某 are "村干部" in 老台村
    (the village he was sent to, "在村里"): unit '老台村'. The 3 plots "送" to 苏某 are the bribe.
 4  The site line, headline, date line and sub-heading cut; ends before the truncated 赵某
    sentence. 朱某 is "村主任" of an unnamed "某村": unit None. 王某, "村里的征拆工作人员" hired by
    朱某, is taken as a village worker in a public task: ('王某', '征拆工作人员', None) (could be left
    out as a hired hand). 赵某 "原观山湖区确权中心工作人员": "原" before the unit dropped. 卢某 runs a
    car wash: not accused; "相关部门" is an organ. 贪污贿赂 (套取征拆资金) and 滥用职权.
 5  The sub-heading "国土所所长为有争议土地发证" cut (it ran into the next sentence); ends before the
    truncated "然而…60.7" sentence. 仲显成's earlier posts are history; the 国土所 of the 街道办事处
    goes into the position. 谢迎春 is the briber (a firm's agent).
 6  Traditional, glosses removed; "手機看文章" and "摘要:" cut; the 小產權房 definition paragraph cut
    (its first sentence is garbled in the copy, "因?yàn)檫`反了"); ends before the truncated "以往的
    土地違法中" sentence. 劉某 and 謝某 are written after "縣房管局原任局長程某": unit '縣房管局', the
    股/所 in the position. The 7 bribery cases and 10 convicted are unnamed.
 7  Traditional; headline and sub-heading cut; ends before the truncated sentence on renaming
    tenants ("自己或親屬的名字", the relatives' part is lost with it). The 拱墅區住建局 is an organ.
 8  Traditional commentary; byline cut; ends before the truncated "這似" sentence. 翟振鋒 as first
    written "鄭州市二七區房管局原局長" (city dropped). The 鄭州房管局 that denied the tie only answers.
    Only 廉洁纪律 (为亲属牟取利益); the daughter's two 户口 are not tagged.
 9  A commentary on a 纪委 notice: the colluding window staff and the 东莞, 兰州, 吉安 offices and
    staff are unnamed groups or organs: in, no entry. Ends before the truncated "奇怪的是" sentence.
    群众纪律 (吃拿卡要) and 廉洁纪律 (收钱办事).
10  Mixed, hard: a brothers' inheritance lawsuit (涉法涉诉) plus the brother's charge that the
    "身为公职人员的弟弟小林" used a false only-child proof (a caption, cut, says it bore a 建设局
    seal). '小林' is the report's pseudonym, kept as the name written; no unit. 廉洁纪律 for a public
    servant's fraud for private gain (could be read as out, a family lawsuit). The caption and the
    sub-heading cut; ends at the end of the stored paragraph.
11  Mixed: a villager's own request to correct his name on a land certificate (个人利益诉求) and
    22 days of being passed between the 区国土资源管理局 and the 镇国土资源管理所 (organs, no entry)
    in a series on 作风. The 【投诉】 sub-heading cut; ends before the truncated "记者看" sentence.
    形式主义官僚主义 and 群众纪律 (推诿).
12  Mixed: a daughter's claim against her father's forged cancellation (a family property claim)
    plus 推诿 by "各职能部门" and doubts on the registry's witnessing (organs, no entry). The tag,
    two numbered sub-headings cut; ends before the truncated "该" sentence. 徐亚福 is a private
    person. 群众纪律 and 工作纪律.
13  涉法涉诉: a judge's note on a lawsuit over one floor registered to two owners after a 房管局
    drawing error; no misconduct alleged. Header, 【案情】 and the truncated notice quote cut.
14  涉法涉诉: the 贵南 court's note on an administrative suit over a cancelled 房产证; 尹某
    ("曾供职于被告") only handled the transfer. Numbered heads and the "分歧意见" part cut.
15  涉法涉诉, traditional: owners' lawsuit against a developer for delayed certificates; the
    developer's plea blaming "行政部門" is rejected, no official accused. Dateline and byline cut.
16  征地拆迁 (OOS.LAND), traditional: a 宅基地 boundary between neighbours settled by a 调委会.
    The byline "本報訊(記者王冰)" cut.
17  征地拆迁: a neighbour boundary settled by village cadres and 网格员 who only mediate. The
    copyright, byline and editor lines cut.
18  征地拆迁: who owns 8 亩 found in measuring for 确权 (rented or sold in 2001); 楼刚 only speaks
    for his village. Dateline and sub-heading cut; ends before the truncated old cadres' quote.
19  个人利益诉求: an owner's dispute over a developer agent's extra fees for a delayed certificate;
    the 石脑镇政府 only answered; could be read as mixed only if the 信访回复 were attacked (it is not).
    Sub-heading cut; ends before the truncated "收费理由" quote.
20  个人利益诉求: six siblings' claims to inherit a flat, mediated by a police officer (could be
    其他, a family dispute). Byline cut; ends before the lawyer's truncated remark.
21  其他, traditional: a registry officer's commentary on complaints caused by developers; byline
    cut; cut before the garbled "…工作人員的無險,但也有…" sentence.
22  其他: five families' co-built block split into certificates, their faked permit plan told by
    one of them; the 国土局副局长 唐文社 only answers. Sub-heading cut; ends before the truncated
    plan sentence.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH124: list[Item] = [
    # 01
    ('http://szb.sxworker.com/content/1993-02/27/205124.html',
     '我叫郭大相，是韩城矿务局桑树坪煤矿斜井供应组的工人。早先，我在矿坑木场东侧盖了两间小平房，开了一个商'
     '店。不久前的一天，韩城市桑树坪镇崖岔村二组七、八个村民来到我家，说：“我们是崖岔村收地皮费的”。我把'
     '他们让进屋里。接着，他们几个人就用皮尺量了屋里及院子的长和宽，然后一算说是63平方米。我说：“师傅，'
     '你们算得不对，去年你们量的是43平方米。”他们说：“哎呀，这量的就是63平方米，不会错。”他们就开票'
     '给我要钱，我说：“你们能不能少点？”他们说：“不行，不要拖延时间，再拖就罚款。”说话间，他们出了门，'
     '我也出门找他们的负责人商量。这时，一个小伙子走进商店，在柜台上拿了两条红豆烟。我返回去从这小伙子手里'
     '夺下烟，让他出去。小伙子暴跳如雷地说；“马上给钱，否则拆房拿东西。”我说：“给就给，你拿我的烟干啥。'
     '”我赶紧从抽屉里拿了50元钱交给他。他给我开了一张盖有韩城市桑树坪镇土地管理所公章的收据，村名是崖岔'
     '村二组，内容是交来宅基地有偿使用费总额伍拾元。经手人是康耀生。这些人出门收了几家的钱后，又返回来说：'
     '“掌柜的，你这是两个门，应该再交钱。”我不交，他们几个人就上到房上拆房子，推墙。过了几天，三、四个小'
     '伙子又来要钱，我说：“前两、三天把钱交了，还要什么钱。”一个小伙说；“走，把没推倒的墙又推倒。”笔者'
     '又调查到该矿掘进二十四队工人XX的小房，仅收了20元钱，只打了一个便条。运输二队的XX X的小房收了'
     '25元。白条都没打。像这样的例子还很多。不少工人让我代笔呼吁有关单位或部门尽快管一管这件事，刹一下这'
     '种无视土地管理法的不良作风。',
     'in', None, False, ['群众纪律'],
     []),
    # 02
    ('https://yxzx111.com/forum.php?goto=nextoldset&mod=redirect&tid=6619',
     '广东化州市杨梅镇浪山村是一条行政村，户籍人口近3000人，村民以务农为主。村民勤劳而淳朴，耕地是他们'
     '的命根子。但近年来，村民的耕地受到了破坏，权益受到了损害。为了维户自身的权益，为了让涉嫌违法的村官王'
     '某安等人受到查处，浪山村村民多次向各级政府和纪检部门反映、举报，并多次走上上访之路。为了保护农村耕地'
     '和农民的权益，我国自2013年1月31日开始开展土地确权工作。化州市杨梅镇浪山村在上级指导下也开始了'
     '这项工作。由于涉及自己的终身利益，浪山村村民对此自然极度关心也积极配合。2018年年底，浪山村村民接'
     '到村委通知，到村委办公室领取农村土地承包经营权证（简称土地确权证，下同）。但是，让浪山村村民万万也没'
     '想到的是，他们满怀喜悦从村委那里领取回来的土地确权证书，居然是全中国最奇葩的土地确权证。这究竟是怎么'
     '样的一个奇葩土地确权证书呢？村民们发现，每户领到的确权证均由广东省人民政府印制，发证机关处均盖有“化'
     '州市人民政府”印章。承包土地基本情况登记表一页，印有每户户主和其他家庭成员姓名和身份证号码。但在承包'
     '地块情况一页，承包地面积一栏、承包地块总数一栏和地块四至一栏均是空白的。该页总面积一栏标有数字“15'
     '89.08亩”，那是全村确权土地的总面积。也就是说，每户村民领回的承包经营土地确权证上，只标明全村耕'
     '地总面积，自家承包耕地既没标明面积也没标明位置（四至）。经调查，合法有效的土地确权证，内页不仅标明每'
     '家农户承包土地的总面积，且标明每块地的名称和四至。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('王某安', '村官', '浪山村')]),
    # 03
    ('http://zjrb.zjol.com.cn/html/2014-12/04/content_2830533.htm?div=-1',
     '同一天内，苍南县不同部门的两名干部走上法院被告人席。他们在同日受审，都是因为没能抵挡住来自土地的诱惑'
     '。农村集体所有的土地，为何频频引来贪欲之手？这背后，究竟隐藏着什么样的利益？记者展开调查。苍南这两名'
     '干部在10月29日受审，一名是县国土资源局宜山所原副所长苏某，另一名是县规划建设局巴曹管理所原副所长'
     '邓某。当时，苏某被委派到巴曹镇老台村兼任农村工作指导员。在村里，他结交了不少朋友，其中有村干部林某和'
     '陈某。时间一长，三人成了无话不讲的好伙伴。一次，林某和陈某向苏某“诉苦”：他们曾购买一块土地想建房，'
     '由于这块地属于私下交易，农村个人建房用地指标无法在国土资源局获批，造房子的事情就一直搁着。结识苏某后'
     '，他们希望苏某能关照一下，到时会“意思意思”。苏某开始帮他们张罗。2009年初，他帮助林某、陈某等人'
     '，以老台村名义向县国土资源局申请农村个人建房用地指标，用于安排林某等人建房。2009年8月初，用地指'
     '标审批顺利通过，林某和陈某欣喜若狂，把土地划分为26间地基，并把其中3间“送”给苏某。但这只是个幌子'
     '，随后两人又以每间16万元的价格，把这3间地基转卖给他人。这样，苏某轻松收获48万元。当然，林某和陈'
     '某“收获”更多。当初他们购地时，每间地基只花约两万元。而通过审批后，价格涨到每间16万元。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('苏某', '宜山所原副所长', '县国土资源局'), ('邓某', '巴曹管理所原副所长', '县规划建设局'), ('林某', '村干部', '老台村'),
      ('陈某', '村干部', '老台村')]),
    # 04
    ('http://ptwbs.net/news-977734.html',
     '一枚小小的假公章，牵扯出数名国家公职人员、村干部、农村党员参与，涉案金额1200多万元的征地拆迁违纪'
     '违法案件。近日，贵州贵阳市观山湖区纪委监委对此案进行了严肃查处。案件线索源于一封匿名举报信。2017'
     '年9月，观山湖区纪委监委收到一封举报信，称观山湖区某村村民已经死亡多年，却有人冒用他的户籍资料征拆房'
     '屋。“根据我们的经验，征地拆迁领域诈骗案都是表面现象，往往有职务犯罪隐藏在背后，这引起了我们的高度警'
     '觉。”观山湖区纪委监委办案人员说。办案人员调查发现，征拆档案里死者竟然“现场委托”他人代签征拆协议及'
     '领取征拆款，被委托人是村里的征拆工作人员王某。而王某是村主任朱某招聘进村的，2008年以来一直从事征'
     '拆，还多次代理朱某亲属等人的征拆，朱某母亲的房屋两次被征拆。另一个代理人为在本村经营洗车场的卢某，他'
     '代理的征拆中有外区户籍，相关部门出具虚假证明，被套取的征拆资金巨大。种种迹象表明，这不是一桩简单的诈'
     '骗案，王某、卢某背后必有“高人”。“我们同时将王某和卢某带走谈话，王某疑虑重重、欲言又止，不愿意交代'
     '问题，而卢某因为涉案不深，谈话中泪流满面。”办案人员说。卢某交代其与王某均受村主任朱某指使，而朱某之'
     '所以能办成别人办不成的事，是因为有原观山湖区确权中心工作人员赵某“帮忙”。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('王某', '征拆工作人员', None), ('朱某', '村主任', None), ('赵某', '工作人员', '观山湖区确权中心')]),
    # 05
    ('https://news.sohu.com/20100714/n273486200.shtml',
     '云南省昆明市西山区马街街道办事处国土所原所长仲显成因“工作严重不负责任”，导致当地两个村民小组大量应'
     '得征地费流失，集体经济损失500多万元。日前，西山区人民法院分别以玩忽职守罪、受贿罪，判处仲显成有期'
     '徒刑1年和10年。仲显成不服上诉，昆明市中级人民法院于近日驳回其上诉，维持原判。昆明市人民检察院反贪'
     '污贿赂局相关负责人指出，近年来，涉“土”腐败案件越来越多，一个基层土管所所长就可以对农民的利益造成巨'
     '大损失，它反映出制度的不完善造成土地管理出现真空地带，由此构筑了一个渎职犯罪的平台。而且，在这类案件'
     '中，村委会常常越位行使了“第二国土局”的职能。在近期昆明市人民检察院立案的5起类似土地违法案件中，都'
     '有村委会的影子。现年48岁的仲显成曾经是一名农科员，随后相继担任过副镇长、镇党委书记、镇党委委员、镇'
     '城建科科长、镇人大办公室主任、镇城建科土地科科长、街道管理委员会城建市容管理科科长，2002年7月任'
     '马街镇土地管理所所长。2004年至2006年期间，仲显成将云南优化不动产评估咨询有限公司业务员谢迎春'
     '推荐给他所管辖范围内的马街办事处主管土地事务的工作人员，使该公司在马街办事处承揽了大量的土地评估业务'
     '，仲显成由此接受了谢迎春多次送给他的现金9.5万元。随后，仲显成利用其职务之便，在办理一起土地报件手'
     '续时，收受现金1万元。2004年6月19日，云南毅人投资有限公司以建立云南毅人企业家基地为名，分别与'
     '西山区马街镇5个居民小组签订了《土地征用、租用协议书》，约定由云南毅人公司征用、租用这些集体土地。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('仲显成', '国土所原所长', '西山区马街街道办事处')]),
    # 06
    ('http://fuzhouhuadun.com/archive.php?addno=1&aid=23213',
     '近日，湖北房縣房管局原局長程某為本不合法的“小產權房”辦正規房產手續，被房縣檢察院以涉嫌濫用職權罪、'
     '受賄罪依法提起公訴，獲刑5年。近年來，在巨大利潤的誘惑下，房縣城區“小產權”房開發越演越烈。房縣檢察'
     '院為此成立專班，嚴肅查辦和積極預防非法建設“小產權房”背后職務犯罪。通過扎實取證，查實縣房管局原任局'
     '長程某、產權股股長劉某、交易所工作人員謝某濫用職權為他人在集體所有制土地上開發的房屋辦理交易登記，給'
     '國家造成100余萬元的土地出讓金和稅費損失。3人被房縣法院依法判犯濫用職權罪，程某同時犯受賄罪被判有'
     '期徒刑5年，劉某、謝某因有主動投案自首情節被免予刑事處罰。在辦案中，該院運用“抓系統，系統抓”的辦案'
     '方法，深挖窩案、串案，立辦涉及房管系統賄賂案7件7人。目前，涉案10人均被法院做有罪判決。3月10日'
     '，國土部部長姜大明在全國表明，國家將對小產權房亂象開始“剎風治亂”，28個省市自治區已經拿出了工作方'
     '案，進一步表明國家對于小產權房的態度。法律人士認為，“小產權房”的泛濫和市場有關，也和以往立法、執法'
     '不及時、不嚴格相關。',
     'in', None, False, ['滥用职权', '贪污贿赂'],
     [('程某', '原局長', '房縣房管局'), ('劉某', '產權股股長', '縣房管局'), ('謝某', '交易所工作人員', '縣房管局')]),
    # 07
    ('https://hk.outputnews.com/2017/huanqiu/news_2017_11_28_1613909',
     '公房也稱公有住房、國有住宅，是計劃經濟時代的產物。上世紀以來，這些公房不僅數量龐大，而且不少都地處黃'
     '金地段，市場價值十分可觀。早期公房管理制度的不完善、信息化程度低，也給了腐敗分子可乘之機。浙江省杭州'
     '市拱墅區建設局房證管理科原科長馬偉榮就是其中之一。2015年10月，馬偉榮被開除黨籍。近日，馬偉榮因'
     '貪污罪、受賄罪、濫用職權罪，被依法判處有期徒刑20年。經認定，馬偉榮在職期間僅貪污公房就有19套。除'
     '了數量令人瞠目結舌外，另一個問題也引起了社會的廣泛關注：一個小小的科長，是如何利用手中的權力將數額巨'
     '大的公共財產收入“囊中”的呢？1989年起，馬偉榮就一直在拱墅區房管系統工作。2002年，他開始擔任'
     '區房管局房證管理科科長。2014年轉任建築業管理科科長，直至案發。在房管系統工作的近30年時間裏，馬'
     '偉榮基本都是負責公房管理和徵地拆遷工作，而被馬偉榮收入“囊中”的房子，也正是這些由他管理的公房。“填'
     '張房卡就能確認房子的所有權，誰出租誰收益。”據辦案人員介紹，當時的拱墅區住建局國有資產底數不清、管理'
     '混亂，一些公房的家底、出租和銷售都是“糊塗賬”，攫取公房對於馬偉榮而言，就只是籤個名這麼簡單。事實上'
     '，這些公房本身的價值並不高，但是隻要被徵遷了，價格就會翻數倍，甚至幾十倍。上世紀90年代末，大批城中'
     '村改造，許多公房被徵地拆遷安置。而馬偉榮所在的科室恰巧負責公房房卡承租人户名變更及拆遷管理工作。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('馬偉榮', '房證管理科原科長', '拱墅區建設局')]),
    # 08
    ('http://www.handmsg.com/page/2013/0611/23241669.shtml',
     '近期有人在網上曝料，“一個戶口在上海市松江區的90后女孩，在鄭州一個經濟適用房小區擁有11套經適房房'
     '產，其中最大的一套258平方米。據曝料者稱，此女孩是鄭州市房管局某官員的直系親屬。”“90后房妹”曝'
     '料發生后，鄭州房管局回應表示，經局紀檢、信息等部門聯合調查，查證被舉報業主確有11套房產，但2套屬于'
     '商品住房，9間為商業服務房，均非經適住房。此外，鄭州房管局還稱被舉報業主與該局領導沒有任何親戚關系，'
     '更不是直系親屬。看到這一回應，你怎么想？會想到舉報不實，把非經適房說成經適房，把非官員子女說成官員子'
     '女，且侵害業主的私人信息。然而，舉報人作出反應，請官方“出來走兩步”：舉報對象就是鄭州市二七區房管局'
     '原局長翟振鋒，不只她女兒有11套房，他在二七區內還有三套房，在鄭東新區有兩座別墅，并有豪車，此外他女'
     '兒還有上海和河南周口兩套戶口。接著，新華社消息說，鄭州市二七區委區政府正組織相關部門進行調查，發現問'
     '題將依法依紀嚴肅處理。而且翟振鋒己于2011年9月因利用職務為親屬牟取利益及其他違紀行為被開除黨籍、'
     '行政撤職，他曾擔任區房管局長等職。一次官員子女房產問題的公開舉報，在2012年12月26日到12月3'
     '0日間有上述來回。現在來看，前房管局長的女兒有11套房，這些房購買于其為官期間，已是毫無疑問。這些房'
     '是否經適房，前房管局長是否另有三套房子兩座別墅，其女兒為何有兩套戶口等，則有待確認。舉報的核心事實成'
     '立，已是可以下的結論。如果無人曝出“90后房妹”，如果無人曝出“房叔”，一個官員或者一個官員親屬名下'
     '有再多的房子，都不會被調查。',
     'in', None, False, ['廉洁纪律'],
     [('翟振鋒', '原局長', '二七區房管局')]),
    # 09
    ('http://news.cnhan.com/html/pinglun/20170818/863955.htm',
     '湖南省纪委微信公众号“三湘风纪”近日通报：今年1月，由长沙市纪委组织暗访组悄悄进驻市不动产登记中心，'
     '经过3天蹲点暗访，发现几个中介机构的人三五成群聚集在办事大厅招揽“生意”，将需加快办理业务的人员头像'
     '发给事先串通好的工作人员，工作人员再有针对性地“加快办理”，并且据此收取“加急费”。令人不解的是，今'
     '年3月，长沙市不动产登记中心曾通过红网辟谣，呼吁广大市民切勿听信不良中介有关加快办证、预约买号之类的'
     '谣言，谨防被“忽悠”。他们还特别列举了几种谣言形式，比如“不动产登记工作一般需要30个工作日，我有熟'
     '人，给‘加急费’3天就能办成”，等等。暗访是1月份的事，此后再收“加急费”，那可真是胆大包天了。但要'
     '说收取“加急费”纯属谣言，那就不是实事求是的态度。首先是长沙市不动产登记中心以前的确是收“加急费”的'
     '，其次虽然已经查处，但事情没有公开通报，老百姓并不知情，而“加急费”也存在私底下照收不误的可能。政府'
     '办事窗口收取“加急费”，这是政府明令禁止的做法。政府公共服务是普惠的，服务对象在权利上是平等的，除极'
     '少数特殊情形外，服务顺序只能严格按“先来后到”办理。谁给钱谁先办，实际上就把政府服务变成了一桩生意，'
     '充斥铜臭。但收“加急费”并非长沙市不动产登记中心的发明创造，全国不少地方都受到这种指控。比如2010'
     '年有人举报广东东莞市房管局在过户手续中收取“加急费”2000元，2013年有人举报兰州市房地产交易中'
     '心在“加急”模式中额外收取“测绘费600元，产权证代理费800元”，今年5月有人举报江西吉安市房地产'
     '交易中心工作人员收取“加急费”。此外也有人举报海关、公安制证、工商登记等服务环节存在此类现象。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     []),
    # 10
    ('http://glxcb.cn/news/yaowen/2022/0222/39810.html',
     '听说自家小楼要拆迁的传闻后，湖北省武汉市东西湖区一对兄弟反目成仇，对簿公堂。2月20日，哥哥大林向上'
     '游新闻记者反映，传闻要拆迁的小楼是已故父母和弟弟小林共同出资修建的，所以小楼属于父母和小林共同所有。'
     '他认为，属于父母的那一份产权应该分成3份，给他、二妹阿芳、小林。但身为公职人员的弟弟小林，竟然开出假'
     '独生子女证明去公证，并据此继承了整栋小楼完成过户。小林回应称，小楼是他独自出资修建的，与他人无关。假'
     '独生子女证明虽然属实，但不是他找单位开的，极有可能是母亲开的，这也印证了母亲认同小楼归其一人所有。各'
     '持己见的兄弟两人，最终对簿公堂。武汉市中院二审裁定撤销原判，发回重审。目前该案尚未开庭。阿芳不愿意看'
     '到哥哥和弟弟争房子，她期盼着他们放下隔阂，一家人相亲相爱，“我放弃继承父母那一份的权利，要是真拆迁了'
     '，弟弟拿大头，哥哥拿一点。”引起兄弟反目的小楼，位于武汉东西湖区吴家山一条胡同里。武汉市东西湖区法院'
     '判决书认定，1990年年底，小林的父母、小林、小林的前妻共同出资修建了2间2层楼房，面积为134余平'
     '方米。建成时，该楼房登记在小林父亲名下。大林和阿芳介绍，修建小楼花费2万多元。2万多元的构成是：大林'
     '借给父亲2000元、阿芳借给父亲3000元、父亲从亲戚朋友处借款、2小林及其前妻的存款。房屋建好数年'
     '内，父母陆续归还了上述借款。2021年5月19日，武汉市东西湖区法院一审认为，小楼系小林及其父母共同'
     '出资修建，建成后登记在小林父亲名下。其父去世后，公证处公证由小林和其母继承。',
     'in', None, True, ['廉洁纪律'],
     [('小林', '公职人员', None)]),
    # 11
    ('http://hnjjgc.com/xf/showinfo.asp?infoid=30755',
     '刚刚结束的省委十届六次全会暨省委工作会议要求，各级政府部门“要持续转变作风，锲而不舍落实中央八项规定'
     '及实施细则精神，一刻不停歇地纠正‘四风’，特别是大力整治变异的形式主义、官僚主义问题，赢得人民群众真'
     '心拥护”，领导干部“要树起更高的工作标准，主动转变领导方式，习惯在监督下工作”。今天起，东方今报推出'
     '“全省联动 记者跑腿”系列报道，曝光老百姓在一些政府部门办事过程中遭遇的难处，推动事情的合理解决。这'
     '段时间，62岁的洛阳市民李乃甫和老伴碰到一件闹心事儿。《集体土地建设用地使用证》上李乃甫的名字错了一'
     '个字，被告知需要村委会、派出所、国土资源管理所开具证明，才能改正。没承想的是，这一纸证明在当地国土资'
     '源部门却“卡了壳”，一连奔波22天，找了多个部门负责人，至今仍在区国土资源管理局、镇国土资源管理所之'
     '间“打转转”。改一个字为何这么难？昨天，记者跟随李乃甫的老伴麻六英一起，亲身体验了这其中的无奈。今年'
     '7月份，因办签证去国外看孩子，需要提供固定财产证明材料，洛阳市洛龙区安乐镇村民李乃甫在准备相关手续时'
     '，发现《集体土地建设用地使用证》上自己的名字错了一个字，“甫”字被错写成了“浦”字。他来到洛龙区国土'
     '资源管理局后，工作人员提出，如更改名字需要村委会、辖区派出所、镇国土资源管理所开具证明。“7月23日'
     '、24日，村委会、派出所相继开了证明，但镇国土资源管理所的证明却迟迟开不了。”昨日上午11时许，李乃'
     '甫告诉东方今报·猛犸新闻记者，为拿到安乐国土资源管理所的一纸证明，他和老伴前后跑了20多天，找领导、'
     '托关系，镇里、区里相关部门也去了不下15次，依然没有结果。',
     'in', None, True, ['形式主义官僚主义', '群众纪律'],
     []),
    # 12
    ('http://www.sjtce.com/news/17627.html',
     '一纸伪造的委托书，就能让合法的房产证在主人不知情下被注销？近日，陵水黎族自治县椰林镇桃源村村民徐春佳'
     '遭遇了一起离奇的房产纠纷，她的不动产权证书被父亲用疑似伪造的委托书注销，而各职能部门之间的推诿更让她'
     '的维权之路陷入困境。今年初，徐春佳向陵水县有关部门反映，她名下的不动产权证书（琼2022陵水县不动产'
     '权第0008237号）在本人不知情的情况下被他人伪造委托书注销。然而，在向多个部门投诉后，她收到的是'
     '一纸又一纸的程序性回复，问题却始终未能解决。徐春佳取得椰林镇政府使用宅基地的批准文件后，于2022年'
     '4月7日正式办理了琼2022陵水县不动产权第0008237号《不动产权证书》。这本是值得庆幸的事，然'
     '而，证书到手不到一年，意外就发生了。2023年5月，徐春佳父亲徐亚福向陵水县自然资源和规划局提交了《'
     '房地一体确权注销证明》、《办理注销授权委托书》、《不动产权证书》等材料，顺利办理了注销登记。（徐春佳'
     '生母过世后不久，徐亚福已再娶妻有一对子女。并盖有一处房产。他目的就是想侵占前妻留给徐春佳的房产）徐春'
     '佳在接受采访时表示，她对此事完全不知情。“我从来没有签署过任何委托书，更没有同意注销我的房产证。父亲'
     '徐亚福在未与我商量的情况下，伪造了我的签名，办理了注销手续。”从法律角度看，境内自然人委托他人办理不'
     '动产权利注销登记，委托书未经公证的，申请人需在登记机构工作人员见证下签订委托书。而此案中，如此关键的'
     '程序环节是否得到严格执行，成了疑问。面对徐春佳的投诉，陵水县自然资源和规划局于2025年8月给出了行'
     '政程序告知书（陵自然资信答字[2025]64号）。',
     'in', None, True, ['群众纪律', '工作纪律'],
     []),
    # 13
    ('http://www.lsbar.com/guideContent/9239',
     '原告：张万俊、房彬、房红。被告：扬州市房产管理局（以下简称房管局）。第三人：美宇公司、胡德宝。199'
     '9年4月，房管局向张万俊等三人颁发了房屋所有权证，产权证附图确定了西门街一期1号楼201室的范围包括'
     '了二层④-⑤轴部分。2003年5月，房管局因上述产权证附图阴影部分整体绘反，又向张万俊等三人重新颁发'
     '了扬房权证新字第0032041917号房屋所有权证，该证的附图同样确定了西门街一期1号楼201室的范'
     '围包括了二层④-⑤轴部分。2003年，房管局向胡德宝颁发了扬房权证广字第0112062623号房屋所'
     '有权证，该证书的附图所确定的西门街一期1号楼202室的范围也包括二层的④-⑤轴部分。由于二层的④-⑤'
     '轴部分出现了“一房二主”的局面，张万俊等三人与胡德宝、房屋开发商美宇公司之间产生矛盾。2003年5月'
     '，张万俊等三人向扬州市广陵区人民法院提起民事诉讼，对争议的二层④-⑤轴约60平方米之处主张所有权。2'
     '003年6月，该院发出司法建议，要求房管局对201、202两本相互矛盾的产权证作出合理解释。此后，房'
     '管局组织面积复核、收集相应材料，于2003年6月作出扬政房（2003）77号《关于注销西门街一期1幢'
     '201室房屋权属证书的通知》。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://hntdfy.qhfy.gov.cn/article/detail/2014/01/id/1205283.shtml',
     '原告寇某请托过马营调料店的冶师傅帮忙，让曾供职于被告贵南县住房和城乡建设局的尹某为原告办理过户登记手'
     '续。2009年1月13日，被告据尹某提交的寇某与陈某的购房协议等材料，为原告寇某颁发了南房（私）字第'
     '714号房产证，即将原陈某所有的100号房屋过户给原告寇某。2010年11月8日，被告接到陈某妻子旦'
     '某的申请后，根据青海省科技司法鉴定中心司法鉴定意见书出具的“《房地产买卖契约》签字处‘陈某’字迹并非'
     '陈某本人书写”的鉴定意见，认为原告申请办理100号房屋的权属证书时，所提交的房屋买卖契约系虚假材料，'
     '遂依照《城市房屋权属登记管理办法》第二十五条第（一）项的规定，对原告作出关于注销南房（私）字第714'
     '号房产证的决定。原告寇某以被告行为违背事实，违反程序为由，请求法院撤销被告的具体行政行为。贵南县人民'
     '法院认为，依照《房屋登记办法》的规定，被告在接到旦某提出撤销被告为寇某颁发的南房（私）字第714号房'
     '产证的申请后，不能直接作出注销行为。且被告作出的注销行为所依据的《城市房屋权属登记管理办法》，在《房'
     '屋登记办法》于2008年7月1日正式实施时，明确规定同时废止。故被告作出的具体行政行为所适用的法律错'
     '误。原告及其代理人要求撤销被告作出的具体行政行为的意见，本院予以支持。依照《中华人民共和国行政诉讼法'
     '》第五十四条第二项之规定，判决撤销贵南县住房和城乡建设局于2010年11月8日作出的关于注销南房（私'
     '）字第714号房产证的决定。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://92880.cn//news/2005/2005-09-22/8/629482.shtml',
     '宏嘉麗園163戶業主起訴開發商辦理房產所有權證明不及時有了終審結果。北京市一中院終審判決開發商賠償違'
     '約金600余萬元。2001年前后，王女士等163名業主購買了海淀區宏嘉麗園的商品房，但是，房產證卻遲'
     '遲拿不到手。而按照合同，開發商北京華宇宏基房地產開發有限公司應該在商品房交付使用后60天內協助業主辦'
     '理房產證。業主們事后得知，宏嘉麗園的開發商所建的部分房屋是違法建設，無法取得規劃許可證，辦理房產證一'
     '事也被拖延了。法院查明，因華宇公司在沒有取得加層建筑審批手續的前提下即擅自開工建設，造成該小區部分房'
     '屋成為違法建設。這是華宇公司不能及時辦理房屋初始登記、業主們無法取得房屋權屬證明的主要原因。華宇公司'
     '已經構成違約，應該向業主們支付違約金，并繼續協助業主辦理房產證。163戶業主按已付購房款的5%共獲賠'
     '600余萬元。華宇公司曾就此事在法庭上辯解，無法辦理房屋初始登記是由于行政部門的行政行為造成的。業主'
     '長期無法取得房屋權屬證明的根本原因在于多個行政主管部門對“加層、綠地”等問題認定不一。但這一辯解沒有'
     '得到法院支持。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://shyihan.com/2025/01-14/3274216.html',
     '俗話說，鄰睦風亦暖，家人自安康。鄰里之間保持和睦友好的關系，對于各自的生活質量和幸福感有著重要的影響'
     '。近日，武陟縣龍源街道人民調解委員會成功化解一起因宅基地邊界引發的鄰里糾紛，維系了兩家的友好關系。李'
     '某與盧某系東西鄰居。李某在2024年12月翻新房屋時，遭到盧某制止。盧某稱自家房屋外還有0.7米的空'
     '間；而李某對其說法持不同意見，稱盧某只有0.6米的空間。為此，雙方爭執不下，互不相讓，產生糾紛。龍源'
     '街道人民調解委員會在排查糾紛時了解到這一情況后，遂組織調解員進行調解。經調查：按照盧某出具的權屬證明'
     '顯示，盧某房屋東邊確系留下了0.7米的空間；而李某也拿出相關證據，說明盧某房屋外只有0.6米。一時間'
     '，各說各理。為進一步掌握實情，調解員再次進行了深入走訪，原來雙方爭執的0.1米系當時丈量宅基地時米尺'
     '松緊產生的誤差。吃透根源后，為實質化解糾紛，調解員多次組織雙方當事人進行溝通、調解，向其釋法明理，并'
     '邀請村委會人員參與調解，分析利害得失，引導雙方以和為貴，不要讓“咫尺地”隔斷了“鄰里情”。在調解員的'
     '耐心勸解下，李某同意讓出那0.1米。至此，雙方握手言和，該糾紛得到圓滿解決。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://zhongxiang.cjyun.org/p/144779.html',
     '近日，冷水镇铜钱村村民杜某与邻居梅某因房屋边界问题引发的邻里纠纷，经村干部和网格员现场调解圆满化解，'
     '双方握手言和，延续了多年邻里温情，为和美乡村建设增添了和谐底色。据悉，梅某早年修建厢房时，因地界标识'
     '记忆模糊，导致厢房部分结构超出自家宅基地，占用了邻居杜某地界。杜某于近期计划修缮房屋，该边界争议凸显'
     '，双方多次协商无果，邻里关系出现裂痕，杜某遂向村委会和网格管理站求助。接到诉求后，村干部与网格员第一'
     '时间赶赴现场，携带卷尺细致勘测，对照土地登记档案核对边界，明确梅某厢房越界事实。调解中，工作人员以“'
     '六尺巷”典故为切入点，既宣讲宅基地管理相关法规、明辨是非，又引导双方回忆多年互帮互助的温情过往，动之'
     '以情、晓之以理开展疏导。经耐心调解，梅某认识到自身问题，当场表态愿意拆除越界建筑部分、恢复原有地界；'
     '杜某也主动表示理解并配合拆除工作。目前，越界部分已顺利拆除，双方签订调解协议，邻里情得以延续。铜钱村'
     '表示，将持续发挥村干部与网格员调解优势，常态化开展矛盾纠纷排查化解工作，以法理明边界、以情理暖人心，'
     '全力化解邻里矛盾，筑牢和美乡村建设基础。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://cnzsyz.com/xizang/info/180544.html',
     '距离国务院划定的“最后期限”还有不到3个月时间，国土资源部开始紧急督促地方政府加快农村集体土地“确权'
     '颁证”进程。然而事情并非一帆风顺，近日，浙江永康的荷沅村就出现集体土地所有权不明的情况，致使“确权”'
     '工作陷入僵局。荷沅村是浙江永康象珠镇一个不起眼的村庄。莲塘山是荷沅村的一部分，位于荷沅、山西、叶宅三'
     '村的交界处。这里现在是一个小型“工业园区”，大大小小的企业散落其中，标志性建筑是砖瓦厂那个高达几十米'
     '的大烟囱。莲塘山的一些小工厂建成已有十多年，加工、包装、装货、卸货……工人们每天按部就班地忙碌着。近'
     '日，莲塘山发生了一件事情，扰乱了原本的安宁。今年8月，荷沅村为完成镇里交待的“土地确权”任务，现任村'
     '主任楼刚带着村民开始丈量村界，将属于村里的土地进行登记。当他们一行人来到莲塘山，却被山西村村民胡岩溪'
     '等人告知，这块地已经被他们买下，并办好了相关的手续和证件。“我们知道这块地是租给他们了，但没有卖过啊'
     '。”楼刚说，2001年，村里将莲塘山的8亩土地出租给胡岩溪、胡有来、胡旭民等人。只是，证据显示并非如'
     '此。2001年，荷沅村的现金收付日记账中，有一笔9.8万元的现金收入，前面粗略记载着：“收胡有来等出'
     '让莲塘山出让金”。另外“补办征用土地协议书”、“企业法人、其他组织违法占地处理审核意见表”、“浙江省'
     '罚没财务专用票据”等，这些证据说明了土地确实已被征用。“难道当初真的被卖了？”楼刚很是疑惑。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://wwww.676pay.com/Article_List.asp?ID=17666',
     '近日，高安市石脑镇西安商城小区业主杨爱川反映，当地政府出台化解 “房产证办理难” 的惠民政策后，自己'
     '办理房产证时仍被开发商额外收取数万元费用。尽管石脑镇政府给出信访回复，她的诸多质疑仍未消除，此事引发'
     '外界对房地产领域政策落地、业主维权等问题的关注。西安商城小区 2015 年建成并公开销售，2020 '
     '- 2022 年期间，开发商曾陆续为部分业主办理房产证，但后续因经营问题资金链断裂，办证工作陷入停滞'
     '。2022 年起，小区业主多次就办证问题向有关部门和石脑镇反映，希望推动问题解决。2025 年，为化'
     '解开发商因资金问题导致的 “业主办证难、频繁上访” 矛盾，高安市政府出台惠民政策：允许开发商在为业主'
     '办理房产证时，缓交本应由开发商承担的开发税（按购房总价计算，以杨爱川 42 万余元的房屋为例，该笔税'
     '费约 4 万余元）。政策出台后，包括西安商城小区在内的多个此前 “办证难” 楼盘启动办证工作。然而，'
     '杨爱川却陷入新的纠纷。她介绍，2017 年自己与姐姐为改善居住条件，分别以家人名义在该小区购房：她以'
     '丈夫肖建国名义购买 3 栋 3 单元 406 房，总价 42.4 万余元；姐姐以儿子熊康名义购买 3'
     ' 栋 4 单元 308 房，总价 42.7 万余元，付款方式与前者一致。2019 年交房时，杨爱川按'
     '要求缴纳 1.3 万余元后领取房屋钥匙，姐姐因经济困难暂缓缴费。多年来，房产证办理始终是两家人的心病'
     '。政策出台后，小区终于传来可办证的消息，杨爱川却被开发商委托的代办人陈星辉（井冈山市华厦房地产开发公'
     '司石脑分公司代办人）告知：需额外缴纳 27857 元（肖建国名下房屋）、33432 元（熊康名下房屋'
     '）才能办证。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.shfzb.com.cn/shfzb/h5/html5/2024-10/22/content_150506_1418312.htm',
     '父母相继去世后，原本欢聚一堂的兄弟姐妹六人却因房产继承问题，突然反目成仇，心生怨怼……近日，普陀公安'
     '分局白丽路派出所依托“三所联动”矛盾纠纷多元化解机制，成功化解了一起亲属房产纠纷。8月下旬，白丽路派'
     '出所社区民警郁继仁在开展日常社区走访工作中，发现一户居民家中传来阵阵争吵声，随后上门了解得知，户主郑'
     '先生与五位兄弟姐妹就该处房产继承问题产生了争执。“我们也是继承人，这个房子应该大家平分。”郑先生的兄'
     '弟姐妹对民警说道。经了解，该处房屋原为承租房，后由郑先生出资购为产权房，但在购房出资方面，父母提供了'
     '资金帮助。郑家父母于今年相继去世后，其他五位兄弟姐妹认为，该房屋非郑先生一人所有，应系父母遗产，均要'
     '求继承该房屋。双方各执一词，于是民警邀请居委干部一同开展劝解工作。几人的情绪虽然暂时得以稳定，但在房'
     '屋继承问题上仍互不让步，始终未得到妥善的解决办法。为避免矛盾升级，民警在开展多次走访工作后，启动“三'
     '所联动”机制，将双方当事人请到派出所调解室，会同律师、人民调解员共同开展调解。“你们双方之前说的都有'
     '道理，产权人是郑先生没错，父母出资也是既定事实。”在听取双方诉求后，郁继仁开门见山，直击矛盾症结，“'
     '咱们都是兄弟姐妹，应该设身处地站在对方角度想一想。今天我们的驻所律师也在，一起商量个解决办法出来。”'
     '“虽说郑先生是产权人，对房屋有使用、处置、收益等权力，但购房过程中有父母参与出资，对于该笔出资款是属'
     '于赠与还是借款有待考证。”律师迅速理清法律争议焦点。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://www.handmsg.com/page/2018/0515/20272860.shtml',
     '為企業群眾頒發不動產權證書是基層不動產登記中心的基本職責，但并非只要企業群眾提出申請，不動產登記中心'
     '就一定要受理或發證。例如，一些因工程爛尾或質量問題導致長期無法通過規劃和竣工驗收的項目，購房人無法申'
     '請登記領證，便歸責于不動產登記中心，誤認為是不動產登記中心在“推繞拖”，許多信訪投訴的矛盾自然匯集到'
     '不動產登記中心。以筆者所在單位為例，日常處理的“政府熱線”和“市長信箱”中關于不動產登記的投訴件，百'
     '分之六十以上是上述問題。購房人單方面認為，自己交齊房款，就應該得到證書，不發證書就是不動產登記中心的'
     '問題。相關行風監督部門接到大量關于不動產辦證的投訴，亦難免對不動產登記中心窗口服務作風失卻信任。事實'
     '上，不動產登記處于項目建設的末端環節，依照《不動產登記暫行條例》規定，在上游環節諸如規劃和竣工驗收尚'
     '未通過的情況下，不能進行申請登記。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://zqb.cyol.com/html/2015-08/06/nw.D110000zgqnb_20150806_4-04.htm',
     '在湖南省邵阳市洞口县繁华的双拥路上，53岁的王了凤拥有一套奇特的房屋——房屋位于楼高9层（一楼增设夹'
     '层）、8000多平方米的商住楼3层，面积180多平方米，没有屋门，只有窗户。2006年5月9日，她和'
     '爱人李迪云与朋友周确山等共10人，竞拍获得了洞口县财政局双拥路老宿舍区的国有土地使用权，之后将国土证'
     '按照比例分割。2006年12月，洞口县人民政府为王了凤等人颁发了国土权证，她名下的土地为106.97'
     '平方米。2007年，周确山、唐春石、谢忠良、肖海胜、李迪云等5户（均为夫妻，共10人）签订了协议，合'
     '伙建房。他们准备在县城的繁华路段建一栋商住楼：下面3层（含夹层共4层）出租，上面5层的楼房出售赚钱。'
     '然而，5户人家、10位自然人并不具备开发商品房的资质。7月10日上午，远在深圳的谢忠良在电话中告诉记'
     '者，他们当时想到了造假骗取政府部门许可的办法。具体的操作方法是：他们以5个独立成套（两户人家中间只隔'
     '一道墙体）的建房模式，请湖南省第四工程公司建筑设计院设计。这个方案中，地下一层为杂屋，一楼是商铺，二'
     '楼是商铺与住房兼有的设置。3~7层全部是住房，共计8层。2007年1月12日，5户建房者以此向县规划'
     '局申请规划许可，并获准建房。但2008年春节前房屋竣工时，建成的却是一栋9层（1楼增设夹层）的整体商'
     '住楼房，总面积达8200多平方米。该商住楼，从地下室到3楼都是架空式的，楼梯、过道都是统一设计，属于'
     '共同所有、公共使用。上面5层为砖混结构。洞口县国土局副局长唐文社称，据他们掌握的情况是，5户建房人对'
     '共有楼层进行房产分割。“他们到房产局以用地协议来申请办理房产证，又到我们这里来分割办理国土证。”',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH124, "fresh124")
