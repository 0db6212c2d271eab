"""Sealed batch fresh52: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: regulators and law enforcement at county level (运管/路政, 交警, 市场监管, 税务, 环保,
城管/综合执法): 乱罚款 and cash fines without receipts, "月票" / "包月罚款" / "保车费" bought from
officers who then shield overloaded trucks (保护伞), fees squeezed from firms, rough enforcement and
threats; several first-person letters and posts (an "编辑同志" letter, a 市长 letter, a firm's post
against an 环境监察 officer); out items are fines disputes, traffic-accident claims and consumer
claims, plus a highway demolition and a hotline complaint about a pig farm. Sources (stored-pages
search): a 阳光报 report on the 留坝县 运管所 cash fine; the 中央纪委网站 "监督哨" piece on the 绵竹
路政 "罚款月票" (copy on the 无锡 纪委 site); a reworded copy of the 汤原县 纪委监委 notice on
保车费; a 2012 湖南日报 reader's letter on a 交警 at the 衡阳 白果镇 exit; a 苏州 市长 letter on a
交警 with badge 045697; a web copy of a 晋城 accident piece attacking the 事故科长; a 中国江苏网 report
on a 赣榆 交警中队长's 包月罚款; a 中国药店 piece on the 寿县 市场监管局's fees; an appeal ruling on
two 台山 地税 officers; a traditional-script 环保 trade-site piece on five 南阳 生态环境分局 heads
under investigation; a 中新网 item on 邢台 襄都区 城管 beating a vendor; a 2023 麻辣社区 post by a
firm against a 四川 生态环境厅 监察专员 office head; out items: a 2008 上海 闸北 administrative
judgment on a traffic fine, a traditional-script 2009 report on the suit after a 北京 五环 crash, a
2023 随州 曾都区 judgment on a suit against the 市场监管局's fine, a 2011 大河报 item on 淮滨 highway
demolition without resettlement, a 2014 陕西网 item on 洋县 accident costs, a 2022 姜堰 paper's item
on a shopkeeper's complaint, a traditional-script letter to the 济宁 市委书记 on a 金乡 交警 fine, a
麻辣社区 copy of a 福州 flower-basket fine, a 龙泉 hotline record on a pig farm with the 街道's reply
and a 泰州 hotline item on a driving-school refund. Three texts are in traditional script (items 10,
14, 19).

Conventions: as in the earlier sealed batches (see fresh38th.py and fresh44th.py). Excerpts as
published (whole sentences kept, some paragraphs and sentences cut; page junk such as headlines,
sub-headings, image captions, bylines, datelines, source tags ("阳光讯(记者…)", "中新网8月14日电",
"据大河报消息", "陕西网(实习生…记者…)"), page headers and footers, signatures, list numbers and
database fields removed; paragraphs joined; ASCII punctuation written full-width except inside
numbers and clock times ("20.6万", "8:30", "10:00"); stray spaces the pages put inside sentences
removed (012, 017, 019)). Page typos and oddities kept ("对违法执法的良好待遇问题", "任然强性放飞",
"外池", "。。", the missing full stop after "该局副局长" in 015, the page's masks "肖*庆", "雷*",
"台**分局", "X路X号", "第#号"). A short public hotline number inside a sentence (12319 in 011) and
plate numbers were kept; no personal phone number occurs. scope "in" for alleged misconduct of a
party member or public official, "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 /
其他. Petitioners, reporters, victims, drivers, firms, bribers and officials who only handled,
investigated, represented a party in court or answered are not accused; an organ accused as a whole
gives no entry; an unnamed accused official is (None, position, unit). Names as written (first
form when the page varies), positions as the post written with the name, units the named body
written with it (pronouns like "该市" dropped); unit None when the text ties the person to no named
body. Topics only from the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (005, 006).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 5 (017-020, 022), 其他 1 (021).
19 accused entries, all in items 1-12: 11 with a full name, 6 masked (苏某, 吴某, 肖*庆, 雷*, 秦某,
刘某), 2 post only (the 交警 of 004 and 005). Out items have no accused entry.

Close calls:
 1  Headline, byline and the trailing "《" cut. 贾鉴 is first "运管所贾所长" (surname and title
    only); name, post and unit from "留坝县道路运输管理所副所长贾鉴". The owner also says his truck
    was legal, but he asks nothing back and the report is about the cash fine without receipt and
    the 纪委 review: not mixed. 李所长 only declines to talk; the checkpoint 交警 only stop the
    truck. Topics 群众纪律 (乱罚款) and 滥用职权.
 2  Page header (path, title, time, source) cut; the text stops at "秉公执法" (the scene with the
    transfer records cut). 苏某 is first "该市交通运输局公路路政管理所汉清路超限治理组组长苏某":
    post '组长', unit the body's name without "该市". The truck owners 邓某、张某 paid the "月票":
    not accused. Topics 贪污贿赂 and 廉洁纪律.
 3  A reworded web copy of the notice; its odd first sentence kept as published, the sub-heading
    "事件回顾" cut, the text stops before the story goes on. 陈延杰 (稽查员) and 周梓皓 (a contract
    辅警) are both "非党员": still staff acting in office (the 监委 handled them), so in. Units as
    written with the names: '县交通运输局', '交警大队'. "其他涉嫌职务违法犯罪人员" and "相关责任人"
    are unnamed: no entry. Topics 贪污贿赂 and 廉洁纪律 (保护伞 for overloaded trucks).
 4  Reader's letter; headline and the writer's signature cut, "编辑同志：" kept. The accused is the
    unnamed "执法交警": (None, '交警', None); "白果镇高速入口" is a place, not his unit. In, not a
    fines dispute: the first 100-yuan fine is accepted; the letter is about the extra 100 yuan for
    asking to see his card.
 5  Mixed: the writer contests his own 50-yuan fine and 3 points (a fines dispute) and alleges a
    retaliatory fine, a rude answer and a recorder switched on late by the officer with badge
    045697. Unit '姑苏区交警大队': the writer asks that body to review "该交警", which ties him to
    it. The 辅警 who stopped him is not accused. The police's reply under the letter cut.
 6  Mixed: an injured cyclist's accident dispute (out) with an attack on how the 事故科长 handled it
    (no statements taken, a story "编造"). Captions, the list numbers "一、""二、" and the
    parenthesised quotation of the 程序规定 (with the page's masked "交通xx") cut. The driver
    刘军辉 and the cyclist 王某 are private; "找关系" is suspected of the driver, not of the officer.
    Topic 工作纪律 only.
 7  Headline, byline and sub-headings cut; the last sentence (amount), cut off in the stored copy,
    cut. 吴某 is first "被告人吴某", then "原是赣榆区公安机关一名普通干警…直到担任中队长一职": post
    '中队长', the post in which he took the money; unit '赣榆区公安机关' (his 中队 is unnamed). The
    freight boss 王某 paid: not accused.
 8  Headline, source line and sub-heading cut. 刘广甫 was convicted. 边新国 (时任稽查大队大队长)
    only "称" how the scheme worked; no act of his own is alleged: not accused. Topics 滥用职权,
    贪污贿赂 (受贿罪) and 八项规定 (the money paid staff 福利).
 9  A criminal appeal ruling on two tax officers: in (the matter is their misconduct; compare the
    citizens' suits 013 and 015). Title and section labels ("审理经过", "一审法院查明") cut. Names as
    masked on the page: '肖*庆' (first form; later "肖**") and '雷*'. The hotel owner 林*甲 (who
    paid), the procurator 刘** and the counsel 郑** are not accused.
10  Traditional; the company header (name, address, phone, products) and the last sentence, cut
    off in the stored copy, cut. Five 分局 heads under "紀律審查和監察調查": all accused; 李自山's
    unit as written '臥龍分局'. The 南通/安徽/遂寧 窩案 name nobody: no entry. The text names no act;
    topics 廉洁纪律 and 贪污贿赂 from its framing (polluters' "公關", "誘發腐敗問題").
11  Dateline, caption and the "猜你喜欢" footer cut. "襄都区城市管理局中队负责人秦某和执法队员刘某":
    the unit read for both. The 主管区长 and the working group only investigate. Topic 群众纪律.
12  First-person post; its title cut. The header "何在勇 四川省…主任，执法号23000015091 滥用职权…"
    keeps its two separating spaces (the only spaces kept); the spaces inside "2022 年 12 月 29 日"
    and "3 个人" removed; the unfinished last sentence cut. Not mixed in the kept part (the title's
    "逼倒民企" loss is not told). 裴浩程 only phones for a work card to show: not accused.
13  涉法涉诉: an administrative suit against a 200-yuan traffic fine. The 支队长 王某某 is only the
    defendant's 负责人; the page's placeholders ("……", "X路X号", "第#号", "A路B路") kept.
14  涉法涉诉, traditional: families sue the driver, owner, firm and insurers after a crash;
    sub-heading and a lone "……" line cut. No official involved.
15  涉法涉诉: a suit against the 曾都区 市场监管局's 10,000-yuan fine and the 区政府's review
    decision; court header, case-number line and database fields cut; the claims list stops after
    claim 2. 鲍丹, 童中伟, 徐俊, 何胜, 刘海 only represent the defendants.
16  征地拆迁: houses pulled down for a highway without resettlement; sub-headings cut; the 交通局
    official's answer, cut off in the stored copy, cut. The promise came from "县、乡等相关部门"
    (organs) and no misconduct beyond the grievance is alleged: out, no accused.
17  个人利益诉求: a family cannot make the driver pay after an accident (no suit yet); headline,
    summary and captions cut; stray spaces ("责 任", "压 力", "记者 在", "目 前") removed.
18  个人利益诉求: a shopkeeper's claim against a customer, settled through the 市场监管 complaint
    centre; 曹红 only handles. Page header, word count and the cut-off closing thanks cut.
19  个人利益诉求, traditional, hard: a letter to the 市委书记 against a 500-yuan fine for a van with
    its back seats out. It says the police "利用職權" and calls it "教條、官僚", but the fine rests on
    a rule the writer himself states and no money taken or other misconduct is alleged: a fines
    dispute, out, no accused (three unnamed police). Stray spaces ("我讓 我兒子", "由此可見, ")
    removed; the unfinished last sentence cut.
20  个人利益诉求: a new shop fined 200 yuan for flower baskets at its door, and the 城管's answer; no
    misconduct beyond the disputed fine is alleged. Could be read as 其他.
21  其他: a hotline record ("来电反映：" kept as the record's opening) on a pig farm's pollution and
    the 街道's reply; the caller/place/category header and the signature with date cut.
22  个人利益诉求: a hotline item on a driving school that will not refund fees; the school head
    夏雨山 is a private party.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH52: list[Item] = [
    # 01
    ('https://m.yybnet.net/hanzhong/liuba/201901/8531915.html',
     '西安一大货车拉运煤炭焦油行驶至316国道汉中留坝境内，留坝交警大队留侯中队检查站交警以介质不符将'
     '车辆扣留，要求到留坝县道路运输管理所处理。车主在缴纳一万元现金罚款后，取出车辆，蹊跷的是留坝县运'
     '管所没有出具任何票据。接到投诉后，《阳光报》记者前往留坝县了解情况。车主程先生告诉记者：2018'
     '年12月19日，当得知自己的车辆被扣并面临高额罚款时，便前往留坝处理此事。由于货主催货紧张，车子'
     '被扣了两天，违约损失更大，就按照运管所贾所长要求缴纳10000元罚款。可是他的车所拉运煤炭焦油属'
     '于经营范围三类内，危险品资格证和押运证齐全，车辆合法有效。面对违约和罚款，只能选择先缴纳罚款，按'
     '时将货送到。“令人想不到是，在运管所交罚款时对方只收现金，还要求我关闭手机，在确认我随身没有录音'
     '录像设备之后才收下罚款，也没有出具罚款单，直至天黑以后才归还证件，将车辆放行。”对于此，程先生感'
     '到忿忿不平，自己的车跑运输抛开一切费用下来也挣不了多少，于是自己便写材料开始实名举报。2018年'
     '12月29日，记者前往留坝县留侯检查站了解此事。据该检查站负责人告诉记者，他们只负责车辆道路检查'
     '，并按照规定给车辆安装行车记录仪，以此确保车辆在留坝境内行驶安全。至于有问题的车辆都会移交到留坝'
     '县运输管理所处理。随即，记者前往留坝县运输管理所，工作人员告诉记者领导到市里面开会不在，记者电话'
     '联系了该所李所长。李所长称人正在外地开会，不方便接听。2019年1月2日，留坝县纪委监委一工作人'
     '员告诉《阳光报》记者，留坝县道路运输管理所副所长贾鉴涉嫌违纪，目前正在接受纪律审查。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('贾鉴', '副所长', '留坝县道路运输管理所')]),
    # 02
    ('https://wuxijw.wuxi.gov.cn/doc/2023/06/20/3990998.shtml',
     '“在汉清路路政检查站有人收‘月票’，不给钱要被处罚，还要扣车……”四川省绵竹市纪委监委在监督检查'
     '中，发现了该市交通运输局公路路政管理所汉清路超限治理组组长苏某在超限治理执法过程中，利用职务之便'
     '收受财物的问题。该市纪委监委迅速行动，开展核查。苏某工作的汉清路超限治理组在绵竹市清平镇至北二环'
     '路段，主要负责对车辆超载情况进行检查，手里掌握着检查、扣押、处罚违规运输车辆的权力。经过分析研判'
     '，绵竹市纪委监委首先找到了货运车主邓某、张某等人，向他们了解相关问题的具体情况。“我们公司的车辆'
     '在运输过程中偶尔会有超载和抛洒滴漏的情况，在路政所接受处理时，苏某有意无意会给我们暗示可以买所谓'
     '的‘月票’，只要给了钱，以后在通过检查站时就不会被拦下来，可以直接放行。”“什么是‘月票’？”核'
     '查人员继续问道。“就是苏某每月向货运车主按照每一辆车800元标准收取的好处费……”按照约定，货运'
     '车主每月通过现金或微信转账方式将“月票”费转给苏某，并附上相应放行货车车牌。于是，汉清路超限治理'
     '组在检查中，先看车牌号，只要是交过“月票”费的超载车辆就会直接放行。顺着这些线索，绵竹市纪委监委'
     '找到苏某进行谈话核实。“汉清路超限治理组在日常执法时有没有交钱就放行的现象？”核查人员问道。“平'
     '时执法肯定都是按相关规定来的。”苏某一口咬定自己都是秉公执法。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('苏某', '组长', '交通运输局公路路政管理所汉清路超限治理组')]),
    # 03
    ('http://ergou.cc/tech/72291.html',
     '最近，黑龙江省汤原县纪委监委通报了汤原县交通运输局、交警大队执法人员对违法执法的良好待遇问题。经'
     '查，自2017年5月以来，在汤原县开展运输车辆联合治超行动期间，县交通运输局稽查员陈延杰、交警大'
     '队辅警周梓皓两人，利用职务上的便利，通过提前通知需过境货车卡口是否检查、与同事打招呼放行或亲自在'
     '现场放行等方式，保证通过汤原县境内的超载超限车辆躲避或不接受交警与路政部门的检查和处罚。两人以微'
     '信红包、转账等形式，收取超载超限的货车车主或司机好处费共计20.6万余元。经汤原县纪委常委会、监'
     '委委务会研究决定，给予陈延杰（非党员）降低岗位等级处分，责成县交警大队解除与周梓皓（非党员）的劳'
     '务合同，两人涉嫌受贿犯罪问题移送检察院依法审查、提起公诉。其他涉嫌职务违法犯罪人员另案处理，相关'
     '责任人也被追责。2017年5月起，汤原县政府组织交警和交通部门开展为期八个月的联合治超行动，依法'
     '对超载、私自改装、证件不全等违规违法车辆进行联合整治。“兄弟，你最近不是跟着联合治超吗，好几伙开'
     '大车的朋友都求到我这了，想让你给使使劲，让他们的车过去，不能让你白忙，你一句话的事，赚点零花钱多'
     '好。”在一次与朋友的闲谈中，汤原县公安局交警大队辅警周梓皓产生了私自放行应予处罚的超载超限等违规'
     '上路大货车，从中收取好处费（俗称“保车费”）的想法。就这样，周梓皓在身边的大货车司机朋友“牵线”'
     '下，用名为“汤原领车”的微信号加入了多个大货车司机微信群，一时间，这个微信号被各个大货车司机群视'
     '为“土地爷”和炙手可热的“通行证”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('陈延杰', '稽查员', '县交通运输局'), ('周梓皓', '辅警', '交警大队')]),
    # 04
    ('https://hnrb.hunantoday.cn/article/201202/201202142043328202.html',
     '编辑同志：我在柳州市工作，今年的春节期间回永州市探亲。1月30日，我的亲朋好友将我侄女送至衡阳的'
     '白果镇结婚，1月31日下午4点多，我们一行人返回，在白果镇高速入口遇到了交警。我们包乘的面包车违'
     '章：遮挡车牌号、超载1人。执法交警现场处罚：立即撕下遮挡车牌号的百年好合纸；超载罚单100元。交'
     '警当场开出执法单，到某处交款，不是银行。此时，我觉得不到银行交款有点问题，我们一行人中有人提出想'
     '看看交警执法人员的证件。就在这时，执法交警火冒三丈地说：“查看执法证，再罚款100元”。我说刚刚'
     '不是已经处理完了吗？执法交警说：“我说没有就没有”。后经驾驶员与交警交涉，才予以放行。查看执法证'
     '本来是公民的一项权利，群众要求查看交警的执法证居然被呵止，还要多罚款100元，执法者把自己放在了'
     '什么位置？在全国上下开展创先争优活动的今天，这名交警的行为是在给窗口服务行业抹黑。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [(None, '交警', None)]),
    # 05
    ('http://www.csflxx.com/f12269332.htm',
     '尊敬的市长同志，您好：今天我遇到了一件事情，想跟您反映，8月16日早上我开车行至桐泾南路与干将路'
     '十字路口时，在右转车道上要右转时，被一名辅警拦下，要求我出示两证，当时我问辅警是否违反了交规？回'
     '答说没有，是例行检查，让我把车停到干将路上，到对面值班亭去，我把车停好后，跑到马路对面，当时值班'
     '亭外有4、5名交警，但我过去后，没有一个交警主动受理，后来我看到警号045697的交警拿着我的两'
     '证，于是走上前，跟这名交警说：麻烦您能否快点，现在是上班高峰，我车停在十字路口也不合适，且我们单'
     '位8:30上班，我要迟到的，该名交警回答我说：我又没办法，这是上面压下来的，你上班迟到不迟到，跟'
     '我没关系。当时听了此话就很生气，于是问该交警，你说这些话有没有打开执法记录仪？回答说没有，过了大'
     '概7分钟，该名交警才打开执法记录仪对我说：你过斑马线没停车，罚款50元扣3分。当时我就懵了，我知'
     '道例行检查是为苏州创文明城市采取的一项措施，我们老百姓应该配合，难道就因为我在时间上催促了一下，'
     '让他按规定打开执法记录仪，该名交警就想着法子对我罚款扣分了？且当时斑马线上没有行人，我自己有行车'
     '记录仪可以提供。但该名045697的交警就这样行使自己的“权力”？苏州创建文明城市，也是政府为民'
     '办事的服务工程，作为文明城市的交警，就是用这样的手段来为人民服务的吗？老百姓只能是唯唯诺诺被检查'
     '，而不能提一点意见？稍有异议，就立马罚款扣分“教训”？为此我考虑再三，觉得还是有必要向市长同志您'
     '进行反映。我也希望姑苏区交警大队可以去看一下当时的录像，对该交警在执法操作流程及态度上应该严厉批'
     '评，并向我道歉。',
     'in', None, True, ['滥用职权', '群众纪律'],
     [(None, '交警', '姑苏区交警大队')]),
    # 06
    ('https://m.qiyeku.com/xinwen/show/1139343.html',
     '近日，山西省晋城市发生了一起蹊跷的交通事故，受害人指述的“肇事者”，却自辩为自己是学“雷锋”做好'
     '事而报警。5月9日大约下午二点三刻，在晋城市红星街省运路口西侧路段，一辆车牌号为晋EWD916的'
     '“昌河”轿车违章停在主道右侧，这时，一辆“爱玛”电动车驶过摔倒，两人受伤。“昌河”车主刘军辉先后'
     '向120和122报警。120将伤者送走，122将汽车和电动车扣回。骑车的王某自述是被昌河车开门碰'
     '到，但由于当天未做笔录，车主刘军辉事后不承认自己开车门撞到了王某，说自己是做好事报的警，是活雷锋'
     '应该受表扬。晋城交警四大队接警的事故科长司云根经调查后认为“无法确认当事人的违法行为、及造成该事'
     '故的原因”。对于这起事故，存在很多疑点。为什么不及时做笔录和查找其他证据？交警在笔录中有没有问车'
     '主刘军辉关机一直联系不上的原因？既然是做好事，为什么回去关机至第三天？难怪受害者家属合理推断：关'
     '机去做两件事，找关系，想对策。司称他们几天后多次回到事故发生地寻找证人，为什么当时现场就围观的有'
     '证人不询问，而要以后再去“寻找”？为什么编造车主“蹦、吼”的情况？而据事发后围观者说，刘是“乖乖'
     '”跟着交警走了。根本就没有“蹦”，也不敢“蹦”。——那么司某为什么要编造这个“段子”呢？',
     'in', None, True, ['工作纪律'],
     [('司云根', '事故科长', '晋城交警四大队')]),
    # 07
    ('https://nanjing.baogaosu.com/xinwen/%E8%B4%A7%E8%BD%A6%E8%B6%85%E8%BD%BD%E5%8C%85%E6%9C%88%E7%BD%9A%E6%AC%BE%E6%B6%89%E4%BA%8B%E4%BA%A4%E8%AD%A6%E6%95%9B%E8%B4%A2/35604016',
     '只要交了协调费或赞助费，并在车上做一些特殊的标记，就能得到交警的“照顾”。近日，赣榆区一起交警腐'
     '败案件牵出令人震惊的货车超载“潜规则”———为逃避罚款，货运公司竟与交警达成“包月罚款协议”，只'
     '要交了一定数额的罚款，即使车辆超载，也可以在相应期限内不被再次查处。2015年4月15日，在赣榆'
     '区法院法庭上，随着法槌的落下，对被告人吴某的审判落下帷幕。等待这名曾经年轻有为交警的，将是10年'
     '的牢狱生涯。吴某原是赣榆区公安机关一名普通干警。通过自己的不懈努力，工作出色的他一步步被组织提拔'
     '重用，直到担任中队长一职。起初，吴某谨言慎行，严格要求自己，但随着自己被提拔为中队长，手中的权力'
     '变大，他逐渐放松了对自己的要求。王某是某货运公司的老板，手下有多辆货车需要经过吴某的管辖区域，超'
     '载的车辆经常被罚款。为了打通关系，王某给吴某送来了现金，半推半就中，吴某没能禁得起诱惑……之后，'
     '吴某通过定期收取赞助费的方式，给王某及挂靠其公司名下的车辆开“月票”，每月每辆车只罚两次款，一共'
     '罚400元钱。知道了其中的潜规则，慢慢地，那些想和交警搞好关系、少交罚款的汽车运输公司负责人，每'
     '到逢年过节，便主动带着现金、购物卡来到吴某的办公室，让吴某“关照关照”，吴某每次都在半推半就中收'
     '下了。随着该中队收取赞助费的事被媒体曝光，吴某的犯罪事实被检察机关发现。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('吴某', '中队长', '赣榆区公安机关')]),
    # 08
    ('https://yaozui.com/p/456606',
     '刚当上安徽省寿县市场监督管理局党组书记、局长后，刘广甫就开会决定，假借当地消费者协会和个体民营企'
     '业协会的名义向辖区内企业收会费、捐赠款，且规定收上来的钱各执法部门和县局“四六分成”。这些钱被用'
     '来给寿县市场监管局职工发福利等，各部门积极性很高，不但超额完成任务，还产生了“攀比现象”，甚至当'
     '地的国家粮食储备库都被迫加入了“个体民营企业协会”交了会费。收费按照企业经济实力明码标价。时任寿'
     '县市场监管稽查大队大队长边新国称，拒绝交钱就给企业找毛病，交了钱就不再查处。2017年9月13日'
     '，安徽省淮南市中级法院终审以滥用职权罪、受贿罪判处刘广甫有期徒刑4年。2014年4月，寿县工商局'
     '、质量技术监督局、食品药品监督局三局合并成立寿县市场监督管理局，统一负责寿县市场监管工作，同时承'
     '担县政府食品安全委员会的日常工作。该局内设经济检查执法室等13个科室、寿春镇市场监督管理所等13'
     '个市场监督管理所、市场监管稽查大队等3个事业单位，联系寿县个体民营企业协会（以下简称个民协）、寿'
     '县消费者协会（以下简称消协）等社团组织。2014年4月至2016年2月，刘广甫任寿县市场监督管理'
     '局党组书记、局长，主持该局全面工作，同时兼任消协、个民协会长。2014年4月，刘广甫以解决办案经'
     '费不足为由，主持召开党组、局长办公会议，决定假借当地消费者协会和个体民营企业协会的名义向被监管单'
     '位即辖区内企业收取会费、捐赠款，且对各执法部门下达当年“经济任务”指标，制定奖励返还标准。',
     'in', None, False, ['滥用职权', '贪污贿赂', '八项规定'],
     [('刘广甫', '党组书记、局长', '寿县市场监督管理局')]),
    # 09
    ('https://wap.findlaw.cn/wenshu/a_1670765.html',
     '广东**民法院审理广东省台山市人民检察院指控原审被告人肖*庆犯受贿罪和徇私舞弊不征、少征税款罪一'
     '案，于2015年3月16日作出（2014）江台法刑初字第217号刑事判决。宣判后，原审被告人肖*'
     '庆不服，提出上诉。本院受理后，依法组成合议庭，于2015年5月26日公开开庭审理了本案。广东省江'
     '门市人民检察院指派代理检察员刘**出庭履行职务，上诉人肖*庆及其辩护人郑**等到庭参加诉讼。现已'
     '审理终结。原审判决认定，2009年1月，被告人肖**在任台山市地方税务局台**分局小税源管理组组'
     '长期间，与台**分局局长雷*（另案处理）、台山市台城新富都大酒店及台山**城大酒店老板林*甲（另'
     '案处理）共同商量，由林*甲每月以地税业务费名义送给台**分局5000元好处费，而被告人肖**和雷'
     '*则为林*甲经营的上述两家酒店在纳税方面提供帮助，按偏低的营业额定额征税。2009年至2013年'
     '期间，台**分局在办理上述两家酒店纳税登记和定额核定的过程中，被告人肖**和雷*明知该两家酒店依'
     '法应采取查账方式征收税款，不适用定额税加发票税的征收方式，仍违反税收管理法规的规定，由被告人肖*'
     '*在核定该两家酒店的征税方式时，提出适用定额税加发票税的征收方式并按明显偏低的营业额定额征收税款'
     '，最终经雷*审批后执行。经查，2009年至2013年期间，新富都大酒店少缴税款13275766.'
     '98元，自由城大酒店少缴税款1630863.48元，致使国家税收损失累计14906630.46元'
     '。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('肖*庆', '组长', '台山市地方税务局台**分局小税源管理组'), ('雷*', '局长', '台**分局')]),
    # 10
    ('http://lzlcdk.com/news/297-cn.html',
     '近年來環保系統“窩案”已呈逐年遞增之勢。江蘇南通環保窩案、安徽省環保系統窩案、四川遂寧環保系統窩'
     '案等，涉及人數動輒幾十人，數額上百萬元，有時甚至造成一個部門幾乎“全軍覆沒”。究其原因，與環保部'
     '門的地位提升有關。隨著生態環保工作力度極大，環保部門的地位也得到了極大提升，對某些事項甚至有了“'
     '一票否決權”，導致環保部門也容易成為污染企業“公關”的對象，誘發腐敗問題。根據南陽市紀委監委官方'
     '網站顯示，從6月9日至7月15日，37天之內，南陽市環保系統有5名正副局長先后被調查。6月9日，'
     '據新野縣紀委監委消息，南陽市生態環境局社旗分局黨組書記、局長郭玉（正科級）涉嫌嚴重違紀違法，正在'
     '接受新野縣紀委監委紀律審查和監察調查。緊接著，連續兩天，市生態環境局淅川分局副局長賈中富（副科級'
     '），臥龍分局黨組成員、副局長李自山也分別接受紀委監委紀律審查和監察調查。過了一個月，7月10日，'
     '市生態環境局內鄉分局黨組書記、局長盧志武涉嫌嚴重違紀違法，接受方城縣紀委監委紀律審查和監察調查。'
     '最新的消息是，7月15日，市生態環境局淅川分局黨組副書記、副局長陳陣隆（正科級）也在接受臥龍區紀'
     '委監委紀律審查和監察調查了。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('郭玉', '黨組書記、局長', '南陽市生態環境局社旗分局'), ('賈中富', '副局長', '市生態環境局淅川分局'), ('李自山', '黨組成員、副局長', '臥龍分局'), ('盧志武', '黨組書記、局長', '市生態環境局內鄉分局'), ('陳陣隆', '黨組副書記、副局長', '市生態環境局淅川分局')]),
    # 11
    ('http://m.58888.net/waphtml/92-50/50057.htm',
     '据河北省邢台市襄都区委宣传部官方微信消息，8月13日，网上流传“邢台市襄都区羊市街城管殴打小商贩'
     '”视频，襄都区迅速进行调查处置，涉事的襄都区城市管理局中队负责人秦某和执法队员刘某已被停职。商户'
     '已送至医院治疗，目前情绪和伤情稳定。据介绍，8月13日下午6点半左右，襄都区城市管理局接到123'
     '19（邢台市城管服务热线）热线反映，有居民举报南羊市道绿洲家园小区门口占道经营严重，襄都区城市管'
     '理局执法人员在对占道经营进行执法过程中，与一卖炸鸡柳的占道经营者发生争执，随后双方发生肢体冲突。'
     '事件发生后，襄都区城市管理局专门召开会议，认定当事人秦某、刘某的执法行为严重失当，对秦某、刘某作'
     '出停职调查处理的决定。邢台市襄都区成立了以主管区长为组长，纪委监委、宣传部、公安局、网信办、城市'
     '管理局为成员的工作小组，立即对事件展开调查，并将依据调查结果依法依纪严肃处理。事发后，襄都区城市'
     '管理局开展“作风大整顿、效率大提升”思想作风纪律整顿，加强依法行政、文明执法教育。',
     'in', None, False, ['群众纪律'],
     [('秦某', '中队负责人', '襄都区城市管理局'), ('刘某', '执法队员', '襄都区城市管理局')]),
    # 12
    ('https://bbs.mala.cn/thread-16687030-1-1.html',
     '何在勇 四川省生态环境厅第三监察专员办公室主任，执法号23000015091 滥用职权违法违规事'
     '实过程阐述：2022年12月29日上午10:00左右我公司生产厂区突然闯入一辆黑色红旗车，门岗根'
     '据当时疫情防控规定再三要求出示证件登记，但一直推诿，同时从车上冲下来了3个人自称是省环保厅的，就'
     '分别冲到厂区内不同的三个地方到处拍照、摄像。值班工作人员再三请他们出示证件，他们只说：环保厅的，'
     '是来执法检查的。值班工作人员又再三请他们出示证件，并告诉出示了证件该我们配合我们肯定配合检查。他'
     '们在车上找了几分钟后只拿出了一本车辆的行驶证，并且要求马上进行现场执法，同时拿出无人机在厂区内放'
     '飞，值班人员告知请出示执法证后才能在厂区内放无人机，但他们任然强性放飞。厂里工作人员再次请他们出'
     '示执法证件，并暂扣无人机。何在勇扬言：“你今天非要看执法证的话，我是不会放过你们厂的”。值班人员'
     '又再次要求他们出示一行人员的执法证件，然后他们同行的裴浩程打了一通电话，让其他地方发了一个工作证'
     '在他的手机上出示给厂里人员看，从头至尾一场未按程序进行的非文明执法（闯入厂区时既没有穿执法制服佩'
     '戴证件）于是厂里人员马上配合提供所有资料给他们，当天他们没有给厂里提出任何意见和整改要求。当时因'
     '疫情管控各道路都无法让车辆通行，岩屑无法马上转运到各砖厂进行尾端处置，采取下垫、上盖露天临时堆放'
     '了的部分岩屑，正在陆续转到还没有完全完工的大棚内（C30混凝土30厘米厚，盖好了彩钢大棚）堆放，'
     '3天左右就全部转完了。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('何在勇', '主任', '四川省生态环境厅第三监察专员办公室')]),
    # 13
    ('http://m.110.com/cpws/19810424.html',
     '原告顾某某，……。被告上海市公安局闸北分局交通警察支队，住址上海市X路X号。负责人王某某，男，支'
     '队长。委托代理人周某甲，男，上海市公安局闸北分局工作人员。委托代理人周某乙，男，上海市公安局闸北'
     '分局交通警察支队工作人员。原告顾某某不服被告上海市公安局闸北分局交通警察支队于2007年12月4'
     '日作出的公（交）决定［2007］第#号上海市公安局公安交通管理行政处罚决定，于2008年1月7日'
     '向本院提起行政诉讼。本院于同日受理后，于同年1月11日向被告送达起诉状副本及应诉通知书。本院依法'
     '组成合议庭，于2008年1月30日公开开庭审理了本案。原告顾某某、被告上海市公安局闸北分局交通警'
     '察支队的委托代理人周某甲、周某乙到庭参加诉讼。本案现已审理终结。被告于2007年12月4日作出的'
     '公（交）决定［2007］第#号上海市公安局公安交通管理行政处罚决定（以下简称交通管理处罚决定），'
     '认定原告于2007年11月2日在A路B路实施机动车违反禁令标志指示的违法行为，依据《中华人民共和'
     '国道路交通安全法》（以下简称《道路交通安全法》）第九十条等规定，决定对原告罚款200元（已缴纳）'
     '。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://m.xieliaobaba.com/sh/news/2009/12-17/2023121.shtml',
     '下午5時，一輛本不應該在這個時候出現在北京五環路上的大貨車卻在東五環內側車道上飛馳。突然間，為避'
     '讓前車的緊急制動，大貨車猛然向左轉向……剎那間，體型龐大的貨車闖過中心隔離護板，沖向對面車道，隨'
     '即與行駛中的3輛小客車迎面相撞。7死1傷，一場悲劇就此釀成。事發于5個月前。近日，7名遇難家屬中'
     '的5人以及被撞車輛的車主，將肇事司機劉平、大貨車的真正車主李令洪、肇事車輛的掛靠單位山東省德州市'
     '平原縣路翔物流運輸有限公司以及相關的保險公司一并告上了法庭，索賠共計440余萬元。然而，法庭上，'
     '各方當事人的互相推諉，卻讓這400多萬元的賠償變得撲朔迷離。7月28日，車禍中喪生的5名中建三局'
     '的職工正在從天津回北京的路上。但是，那輛半路殺出的大貨車卻“封”住了他們回家的路。遇難的馬某是中'
     '建三局的項目總工。車禍發生時，馬某的妻子已身懷9個月身孕，這個小生命還未出生就已失去了父親。而車'
     '上最年輕的張某，今年剛滿25歲，大學畢業僅僅兩年，又是家中的獨子。他的突然離去對已年過半百的父母'
     '來說可謂致命的打擊。從那天起，張某的母親就再也沒有下過床。遇難司機譚某，同樣是上有老下有小，是家'
     '中的重要經濟支柱，大女兒今年才剛滿7歲，而小兒子尚在襁褓之中便已失去了父親。一場車禍帶給7個家庭'
     '無法彌補的創傷。12月8日，面對法庭的審理、律師的陳述，坐在旁聽席上的幾名家屬頻頻落淚。庭審當日'
     '，此次沒有提出賠償請求的另外兩名死者的家屬也出現在了旁聽席上。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://121.28.199.254:8001/jusrepos/ui/view/CasesDetail.aspx?inkid=15059',
     '原告张伟，男，1986年9月14日出生，汉族，住河北省承德市。被告随州市曾都区市场监督管理局。住'
     '所地：曾都区舜井大道88号。法定代表人鲍丹，该局局长。出庭负责人童中伟，该局副局长委托诉讼代理人'
     '徐俊，该局副科长。代理权限：一般代理。被告随州市曾都区人民政府。住所地：随州市曾都区乌龙巷4号。'
     '法定代表人何胜，区长。出庭负责人刘海，区政府办公室副主任。委托诉讼代理人苏长金，湖北常泰律师事务'
     '所律师。代理权限：一般代理。原告张伟与被告随州市曾都区市场监督管理局（以下简称区市场监管局）、被'
     '告随州市曾都区人民政府（以下简称区政府）不履行职责和行政复议一案，本院受理后，依法组成合议庭，公'
     '开开庭审理了本案。原告张伟，被告区市场监管局的出庭负责人童中伟、委托诉讼代理人徐俊，被告区政府的'
     '出庭负责人刘海、委托诉讼代理人苏长金到庭参加诉讼。本案现已审理终结。原告张伟向本院提出如下诉讼请'
     '求：1、判决撤销被告随州市曾都区人民政府2023年7月31日向原告作出的（曾政复决字［2023］'
     '第27号）《驳回行政复议申请决定书》；2、判决撤销被告随州市曾都区市场监督管理局2023年4月2'
     '0日作出的曾市监处罚［2023］66号处罚决定：罚款一万元的决定；',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://qbwb.hebiw.com/html/2011-02/18/content_15466.htm',
     '“扒房子时说春节前给我们安置好，可到现在也没解决，春节我们一家老小十几口是在猪圈里过的，元宵节还'
     '得在猪圈里过！”16日，信阳市淮滨县新里镇孙乡铺村一处简陋的窝棚里，村民孙世虎告诉记者，去年9月'
     '，由于修建高速公路，他和同村其他17户居民的房子被迫扒掉，直到现在，18户居民只有4家建了新房，'
     '8户居民租房、住砖垒的简易房，还有6户居民住在猪圈改建的窝棚里。去年9月，开工的淮滨—息县高速公'
     '路穿过信阳市淮滨县新里镇孙乡铺村孙寨组。18户村民被高速公路建设指挥办公室，县、乡等相关部门要求'
     '，于去年9月20日前将房屋扒掉，并承诺春节前给他们安置好。为支持高速公路建设，村民们忍痛拆掉了自'
     '家房屋，并各自寻找临时住所。“条件好的租房子住，或盖简易房，其中有6户村民搭窝棚住。有的一家十几'
     '口人住一间简陋的窝棚，春节也在里面过的。”村民们说。村民孙世虎家有4代11口人，拆迁后一时找不到'
     '合适的住所，就将废弃的猪舍简单修葺，一家人就住在里面。“住了好几个月了，连春节也是在里面过的。”'
     '孙世虎说，全家11个人挤在近50平方米的窝棚里。“中间拉个帘子，里面睡觉，外面做饭。18户村民中'
     '只有4家在盖新房。现在还有14户的宅基地没有解决。”',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://sx.sina.cn/news/2014-12-11/detail-icesifvx3926536.d.html',
     '对洋县黄安镇的张某来说，2014年7月17日是个刻骨铭心的日子，这一天，他的母亲邓某被一辆小型客'
     '车撞成重伤，交警部门判定客车驾驶员负全部责任。邓某脱离生命危险后，本来还表现积极的肇事方却拒绝继'
     '续支付医药费。张某和其父多次讨要医药费未果。11月23日早晨7点30分，张某的父亲因不堪压力跳楼'
     '身亡。目前，肇事司机及家人均不知去向，面对停放在殡仪馆父亲的遗体和母亲后期治疗所需的近20万元医'
     '疗费，张某束手无策。12月8日，陕西网记者在3201医院对张某进行了采访。张某的母亲7月17日下'
     '午从县上骑自行车回黄安镇时被对向行驶的一辆小型客车撞倒在地，后被紧急送往洋县医院进行抢救并做了开'
     '颅手术，张某说：“当时医生都说我妈没得救了，病危通知书也下来了。”由于病情危重，张某的母亲随即被'
     '转到汉中市3201医院救治，在重症监护室抢救一个月后转危为安，昏迷三个月后逐渐苏醒。据张某介绍，'
     '其母苏醒到现在，意识一直都时好时坏，经常会说胡话，答非所问，很多事也都记不起来了。医生告诉张某这'
     '是脑疝引起的后遗症。同时邓某的头颅骨还需修复，肩胛骨因为病情严重目前也做不了手术，已经丧失了部分'
     '功能，中枢性神经也受损了。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.jyrbszb.cn/Article/index/aid/6881474.html',
     '“我是来投诉的，你们保护经营者权益吗？”电话那头的说话声有些急促，更带些愤怒。“各类市场主体合法'
     '权益都是市场监管部门保护对象，您有什么诉求请讲。”电话这头，曹红用平和温婉的话语作了专业的初步解'
     '答。曹红调到投诉举报中心没几天，就碰到从未有过的“逆诉”案例。打电话的是一位姓蔡的经营者。几天前'
     '有位姓方的消费者在他店中购买了奶粉和其他生活用品，共计消费400多元。因当时顾客较多，蔡先生没有'
     '注意看付款数，待晚上复查付款额时才发现方姓消费者只支付了200多元。蔡先生联系方姓消费者要求付全'
     '款额，方姓消费者称有事。第二天中午，该消费者仍没补全款额，蔡先生再次联系时发现被拉黑，于是打了投'
     '诉举报中心热线电话。通过蔡先生提供的线索，曹红和方姓消费者顺利连线。方姓消费者解释说：“老板本身'
     '就存在不明码标价销售行为，且付款结束时老板什么也没说，现在又要钱算哪般？”曹红调阅了事发当天的监'
     '控录像，发现各类商品均有明码标价。但消费者仍然坚称付款结束商家未有异议，且现在身在外地，需返姜后'
     '再处理此事。曹红告知消费者：“市场监管部门维护的不仅仅是消费者的合法权益，还有生产者、经营者和服'
     '务者的合法权益，所有证据都表明是您少给了消费款。我们针对消费纠纷建立了囊括各类市场主体具体行为的'
     '‘红黑榜’以及信息公示制度，如果您再不补齐差额，将据实公示信息。”一番话让该消费者无言以对，不到'
     '5分钟，200多元就转到商家账上。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.kuduwxw.com/lzwz/lzwz1/226.html',
     '尊敬的董冰書記你好：我叫孔祥銘，是一名從事新聞工作近30年的農民記者。為什么要說金鄉交警孬？這還'
     '得從去年10月發生的一件小事說起。我老家住在菏澤市巨野縣的最東南部，與你們濟寧市金鄉縣羊山鎮地頭'
     '相連。我家去年種植的2畝地辣椒，用了整整十天的時間，全家人手忙腳亂地才算摘完，為了賣個好價錢，我'
     '讓我兒子開自己家的昌河牌面包車（車牌號：魯RS189K），去距離我們4公里遠的羊山鎮去出售。去年'
     '國慶節剛過，天氣還很燥熱，因為干辣椒體積大、重量輕，為了裝得下十多袋辣椒，我讓兒子臨時卸下了車上'
     '的后排座位。可誰知，我們的車子剛剛行駛了半路，在羊山鎮葛山村街里被3名身穿制服的交警攔下，他們首'
     '先測試我兒子是否喝酒，又讓我兒子出示了駕駛證、行駛證，檢查過關后，我們本以為可以沒事了。正準備行'
     '駛時，一名交警拉開我們的車門查看，結果發現了什么秘密，他讓我兒子把車子熄火，并交出駕駛證件。另一'
     '名交警不容分說就開罰單，說我們的車子私自改裝了。我和兒子萬般解釋，我們是為了裝得下辣椒臨時卸下的'
     '，回家后立馬就按上，可他們三個根本不聽這些，扔下500元罰單揚長而去！據了解，金鄉交警當時跑到農'
     '村執法，本來是查酒駕的，這無可厚非，但測試后我兒子沒有飲酒，于是他們就利用職權“吹著浮土找裂紋”'
     '，假如當時我兒子酒駕，肯定會立即依法辦事，他們就不會再追究我們車輛卸座的雞毛小事了。由此可見，金'
     '鄉交警執法的隨意性很大。這就是典型的教條、官僚在交警隊伍中的強勢表現。國家在制定交通法規時，不準'
     '私自改裝車輛肯定是為了交通安全吧，我臨時卸下2個座位是為了裝下體積大而重量輕的辣椒不得已而為之，'
     '試問，我們的車輛影響到誰的安全了？',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://bbs.mala.cn/thread-16463667-1-7.html',
     '福建福州，一家串串店开业，店主在门口摆了6个花篮，不料中午几名城管突然闯进店里，称店外花篮属于占'
     '道摆放，要求店主收进屋里，并对其罚款200元。店主想不通：开业摆花篮是习俗，自己也没有占用道路，'
     '为何罚款？为了庆祝周先生的串串店开业大吉，朋友送了他6个漂亮的花篮，开业当天一早，周先生就把花篮'
     '对称的摆在店门口。但没想到，这几个花篮却给他带来了不小的困扰！开业当天中午，忙了一上午的周先生正'
     '抽空在吃饭，突然几名城管人员进了店里，告诉周先生门口的花篮不能摆了，因为这是属于占道摆放，影响市'
     '容市貌。更让周先生无语的是，城管不仅要求他把花篮赶紧收进店里，除此之外，还让他去办公室缴纳200'
     '元罚款。周先生很是想不通，开业摆花篮是当地习俗，大家都会摆啊，而且花篮摆放的位置在店门口的路沿上'
     '，根本没有放到人行道上，哪里来的占道一说呢？又为什么要罚款？不过为了和气生财，周先生只能认栽，赶'
     '紧把花篮搬进店里，开业当天下午也去交了罚款。事后，执法的城管人员对此回应说：“之前已经告知了要经'
     '过审批才能进行摆放，门口之外都属于门前三包的范围，罚款也都是按规定法律条款进行处罚的！”新店开业'
     '本来是一件喜事，摆放花篮也是很多开业的新店必备。因为摆了花篮不仅是为了图个吉利图个喜庆，还可以醒'
     '目的提醒大家这里有新店开业了，起到招揽顾客的作用。但谁又能想到，开业不允许摆放花篮，想摆就得先审'
     '批，不审批的话擅自摆了还得罚款呢？此事引发了网友热议，有网友说：“花篮放在自家的门口路沿上，又没'
     '有占道经营，这也要被罚款，个体户做点生意，实在是太难了！”还有网友说：“这种小事都要审批？这么多'
     '审批，会不会审批下来要三个月？”',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://it214.net/c3422399.aspx',
     '来电反映：市民是龙渊街道白塔村22户的住户想要投诉自己家下面不到20米有个养猪户，造成附近环境污'
     '染很严重，希望相关部门帮忙处理。。您好，您关于白塔村生猪养殖场污染严重的信访诉求我们已经收悉，街'
     '道高度重视，街道分管领导和工作人员多次到白塔村进行调查处理，据悉，该生猪养殖场业主为龙泉市畲乡三'
     '春专业合作社，目前在白塔村大炉区建设四幢母猪繁殖场，面积约500平方米，养殖种猪120余头，养殖'
     '场已建设排污设施，已建设污水收集池、污水消纳池，铺设污水排放管网，管网接入山林和农田，建设了堆粪'
     '房，同时增设排风扇，将猪场气味往住户反方向推送，但是目前其排污水管道还没有进行封闭，存在气味外池'
     '、污水露天的现象，街道领导和工作人员与企业主进行沟通协调，企业已经答应尽快实施污水盖板处理，在8'
     '月31号之前完成封闭污水灌渠，在10月底前绿化美化周边环境，特别是四周增加绿化面积，街道接下去会'
     '时刻督促企业完成整改，以免影响周边村民的正常生活，如果整改后仍然存在污染环境的现象，将联合环保部'
     '门进行联合执法处理，感谢您的来电。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.0595jx.com/Newsdetail.asp?newsid=5258',
     '市区秦先生来电反映，他有3个外地朋友在新区驾校报名学习驾驶，后因外地人不允许在泰学习驾驶，他的3'
     '个朋友都没有学成驾驶，但驾校迟迟不退费用。秦先生说，他是本地人。去年上半年，他有3个南通海门的朋'
     '友，托他在泰州帮助报名学习驾驶。他就帮3个朋友在新区驾校报了名，每人交纳了1300元的费用。后来'
     '，泰州市车管所有规定，外地人不允许在泰学习驾驶。他就找驾校退费，但驾校有关负责人说等一段时间再说'
     '。结果一直拖到现在，驾校还是不肯退费。19日，记者与新区驾校负责人夏雨山取得联系。夏雨山说，他还'
     '不清楚此事，需要了解一下情况。昨天，记者再次与夏雨山取得联系，夏雨山说，经查，确有此事。秦先生可'
     '直接到新区驾校，找一名姓周的负责人退还费用。',
     'out', '个人利益诉求', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH52, "fresh52")
