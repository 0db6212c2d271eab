"""Sealed batch fresh169: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh167th.py; the batch and its row ids are "fresh169".)

Theme: quality inspection, metrology and special equipment (质监局, 质量技术监督局, 特种设备, 计量,
产品检验) and the inspectors who take money or fine at will: a 质监 deputy head and his 稽查 deputy
selling fake 茅台 on the eve of their promotion, a 特种设备安全监察科 chief selling operators'
certificates, two 质监 officers held for an escalator death, a 溧阳 质监局长 said to have fled an
arrest, 標檢局 inspectors in 台灣 bribed to pass uniforms, 兴化 market-supervision staff "吃拿卡要"
with firms, the 高青 质监局's "有償服務費" beside fine notices, the 广水 质监局's fines quota, 咸宁's
double test fees, 营口 market-supervision staff asleep at work, a lawyer's food reports ignored and
his phone leaked to the seller (mixed with his lawsuit and reward claim) and 电梯年检 "红包" denied
(mixed with the owners' grievance against their former 物业); out items are elevator-injury lawsuits
against 物业 and elevator firms, residents' electricity bills after new smart meters, consumers'
water-heater complaints, a private fuel station's cheating pumps, a weighbridge complaint resolved,
a 质监 deputy head on a radio phone-in, a comment on "鬼秤" and a farmer's weighbridge story with an
appeal to the 质检 departments. Sources (stored-pages search): a 搜狐 copy of the 法制日报 report on
镇远 (马晓军, 罗光坤); an infinityqs copy of a report on 蚌埠's "真的假证" (周成民); a jr22wz copy of
the 青島早報 report on the 荊州 escalator case (traditional); a jieyan321 copy of the 現代快報 report
on the 溧陽 局長 (traditional); a pixnet copy of the NOWnews report on the 標檢局 bribes
(traditional); a 明報 (加拿大) brief on 興化 (traditional); a nankezia copy of a report on 高青
(traditional); the 央视网 焦点访谈 page on 广水; a folksfolks copy of the 福建日报 comment on 咸宁;
a 看中国 report on 鲅鱼圈; a 99健康网 copy of the report on the 邯郸 lawyer 殷清利; a yybnet copy of
the 南国今报 report on the 来宾 "年检红包费"; out: a 网易 copy of the 现代快报 report on a 吴中 court
case, a 搜狐 report on 何老太's case in 合肥, a trzykj copy of the 門頭溝 case (traditional), a
东湖社区 forum post on 邾城 electricity bills, a cwdbkk copy of a 现代快报 report on 常州 heater
complaints, a shtyjl page on a 周口 fuel station, a cspress copy of a 攀枝花 质监分局 item, a
baogaosu copy of a 上海 质监局 item, a zc91 copy of a 新京报快评 and a jetnet page on weighbridges
(traditional). Seven texts are in traditional script (items 3-7, 15, 22; the glossing pinyin of
the pages' converted copies removed in 3, 4, 7, 15 and 22).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, forum and site lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("18482.19元", "±0.3%"), the ASCII quotes of 017 written “”; stray spaces removed (004, 007,
016, 022); sentences garbled in the stored copies cut (004, 007). Page oddities kept: "至少4名經濟部
標準檢驗局，" (005), "拿著縣質監局的開具的" (007), "其它" (008), "更准确的反映" and "翻了翻" (016),
the simplified forms in the traditional 003 ("并采取", "過后", "發生后", "于近日"), 015 ("后",
"隨后", "并有效", "并未") and 022 ("到家后", "于是", "什么", "心里", "呼吁", "有利于"), "説" in 004.
scope "in" for alleged misconduct of a party member or public official (the staff of 质监局, 市场
监督管理局, 工商局 and of 台灣's 經濟部標準檢驗局 are public servants), "out" otherwise with out_type
涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, complainants, victims, witnesses, firms, traders
and officials who only handled, investigated, announced or answered are not accused; an organ or an
unnamed group accused as a whole gives no entry; an unnamed accused official is (None, position,
unit). Names, positions (as first written with the name) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md; levies and
fines squeezed out of traders are 群众纪律 (IS.MAS.01, IS.MAS.04), negligence in 特种设备
supervision is 工作纪律 (IS.WRK.05) with 滥用职权 for 玩忽职守, false test reports 工作纪律
(IS.WRK.04). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 2 (016, 017), 其他 5 (018-022). 9 accused entries, all
in items 1-5 and 8: 7 with a full name (马晓军, 罗光坤, 周成民, 朱定維, 劉軍, 謝志誠, 韓德政), 1
masked (馬某某), 1 post only. Items 006, 007 and 009-012 are in scope with no accused entry. Out
items have no accused entry.

Close calls:
 1  The headline, date line and the dateline "本报贵阳5月22日电(唐福敬 石云华 杨佐斌 记者杨通河)"
    cut; ends before the truncated "3月25日，专案组赴镇远县将马晓军、罗…". ('马晓军', '副局长兼稽查
    队队长', '镇远县质监局') as first written (later "副局长兼稽查队长"); 罗光坤 '稽查队副队长' of the
    same 质监局's 稽查队 (unit taken from the name before him; hard, could be None). 陈健林 and the
    other suspects are private. 廉洁纪律 (trading in fakes under cover of the post) and 选人用人 (both
    in the "提拔任前公示": 带病提拔); could also be read as 滥用职权.
 2  The title, the "关键词" and "导语" lines and the repeated title cut; starts at the body. The
    stored copy breaks off inside the only sentence naming 周成民 ("…“一条龙”：刘某在网上招徕买家，
    将信息传给周成"): cut at the colon, so the text ends without a stop (hard). ('周成民', '特种设备
    安全监察科科长', '蚌埠市质监局'); 刘某 is a private 中介 boss. 贪污贿赂 and 廉洁纪律 (收受贿赂
    for "办证"); 滥用职权 possible.
 3  Traditional; headline, date and source lines and a stray "?" cut; ends before the truncated
    "…作為" sentence. Both as written in "荊州市質量技術監督局城區分局一科科長朱定維、科員劉軍". The
    firms held responsible for the accident are private. 滥用职权 (玩忽職守) and 工作纪律 (特种设备
    supervision).
 4  Traditional; the caption "溧陽質監局人員去向板顯示馬局長為“備註”" and the sub-headings "匿名爆料",
    "質監局長蒸發了" cut; the sentence "4月23日，記者接到一匿名爆料稱，溧陽質監局局長因…，被下屬給
    “咬”了出來…" cut as garbled in the stored copy ("因?yàn)樯嫦迂澪鄣葐栴}"), so "據爆料人稱"
    follows without its lead; ends before the truncated "記者隨即撥打了溧陽". ('馬某某', '局長',
    '常州溧陽質監局') as first written (hard: later "溧陽質監局"). The 技術服務機構 head and the 中層
    幹部 only called to talks: no entry. 政治纪律 (flight from arrest, IS.POL.03) and 贪污贿赂 (hard:
    the 貪污 words sit in the cut sentence; the 紀委 talks and the 檢察院 arrest remain).
 5  Traditional, a 台灣 case: 經濟部標準檢驗局 inspectors are public servants (in; hard, no mainland
    jurisdiction). The "(新聞來源:…)" line and the blog lines cut. Two entries as written "檢測員謝志
    誠、韓德政" with the unit of "標檢局檢測人員"; 陳明煌, 何鴻卿 and 鍾引祺 are tied to no post (two of
    the four inspectors are among them, which is not said): no entry (hard). 孫華昌 is a 廠商. 贪污
    贿赂, 廉洁纪律 and 工作纪律 (不實檢測報告).
 6  Traditional; headline, date, "(新華社)" and the page's other news cut. "部分工作人員" are an
    unnamed group, the 局 an organ: in, no entry. 群众纪律 (吃拿卡要), 廉洁纪律 (宴請, 索要財物) and
    政治纪律 (干擾督查, read as IS.POL.04 for an inspection; hard).
 7  Traditional; the "編者按:" label cut, its text kept; the report's first two sentences (garbled
    "當?shù)仄髽I(yè)", "當?shù)刭|(zhì)監(jiān)部門") and the sub-heading "“罰款20萬，交一千服務費了事”"
    cut; ends before the truncated 告知書 sentence. The 高青縣質量技術監督局 as an organ: in, no entry.
    群众纪律 (乱收费) and 滥用职权 (the 處罰告知書 beside the "有償服務費" receipts; hard, the sentence
    on the threat is in the cut part).
 8  The "CCTV.com消息(焦点访谈):" lead and the page's error lines cut. The 局长 removed over the
    fines quota: one post-only entry (None, '局长', '广水市技术监督局') (hard: "从局长到具体办案人员"
    could be read as an unnamed group); the 副局长 who apologised only acts. 滥用职权 (罚没指标,
    违反程序收取罚款) and 群众纪律.
 9  Short comment; "(福建日报) 晓哲/文 宏宇/图 |" and the related links cut. The "市质监局的官员" only
    answers the reporter (if with "肚子不搞饱"); the 咸宁 质监部门 is accused as an organ: no entry
    (hard). 群众纪律 (乱收费).
10  Caption, the "【看中国…】(…)" dateline and the netizens' comments cut; a 市场监督管理局 (where
    the 质监 bureaus were merged). "多名工作人员" are unnamed; "局长办公室也无人上班" accuses no one
    clearly: in, no entry. 吴先生 only reports. 工作纪律 and 形式主义官僚主义.
11  Mixed: the lawyer's suit against two 工商局 over overdue cases and his claim to the 10万 reward
    (涉法涉诉 / 个人利益诉求) beside the 工商 staff's inaction and the leak of a reporter's phone to
    the seller; in (hard: could be out 涉法涉诉; 工商 rather than 质监, on product-quality reports).
    The sub-heading "谁泄露举报者电话?" and its deck cut; ends before the truncated "他替“叶…". No
    entry (organs; the leaker is unknown). 群众纪律 (漠视诉求) and 工作纪律 (泄露, IS.WRK.06).
12  Mixed (hard): the owners' committee's grievance against their former 物业 (poor maintenance, a
    private dispute) beside the 电梯年检 "红包" said to have gone to 质监 inspectors; the 物业 and the
    质监局 deny it, no finding is reported: in (could be read as out 其他, as fresh157th.py item 19
    where the checks refuted the suspicion). Caption, headline, source, byline and sub-heading cut;
    ends before the "事发小区电梯现状堪忧" part. 罗宁 is private; the "质监人员" are an unnamed group:
    no entry. 廉洁纪律.
13  涉法涉诉: an old woman's suit against the 物业 after she was trapped in a lift; the headline and
    "现代快报讯(记者 徐晓安)" cut; ends before the truncated reasoning.
14  涉法涉诉: 何老太's suit against the 物业 after a falling lift; the sub-heading "电梯惊魂" cut; ends
    before the truncated judgment sentence.
15  涉法涉诉, traditional: a lift passenger's suit against the 物业 and the elevator firm; the site
    lines, the title and the heads "原告", "電梯急墜被困 業主骨折索賠", "被告", "接到電話但沒聲 看監控
    知人被困" cut; ends before the truncated contract sentence.
16  个人利益诉求: residents' forum post on their bills after new smart meters (a 计量 question);
    forum lines cut. Hard: it asks whether the 供电所 (a state-grid unit) "乱收费" but accuses no
    official; the 主任 only answered. Could be 其他.
17  个人利益诉求: a 消保委 round-up of consumers' water-heater complaints against private sellers;
    "现代快报讯(通讯员肖谐记者刘国庆)" and the two sub-headings cut; ends before the truncated 老大爷
    case. Could be 其他 (news).
18  其他: a private fuel station's remote-controlled pumps found by the 周口 质监局; its 负责人 is
    private.
19  其他: a 质监分局's own item on a weighbridge complaint, resolved; "(四川省质量技术监督局)" and
    the site lines cut.
20  其他: a 质监 deputy head on a radio phone-in; title, date and source lines cut. 陈晓军 is
    praised, not accused.
21  其他: a comment on "鬼秤" (private traders fined by the police); title and captions cut; ends
    before the truncated proposals. Hard: "农村计量监管的短板" criticises supervision, no official
    is accused.
22  其他, traditional: a farmer's weighbridge story and an appeal that the 質檢 departments act;
    ends before the truncated "對於在地磅上做手腳的商戶…". Hard: an appeal, not an accusation.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH169: list[Item] = [
    # 01
    ('https://news.sohu.com/10/55/news201025510.shtml',
     '地方政府下属的质量技术监督部门是以打击假冒伪劣商品为天职的行政执法机构，可贵州省镇远县质监局副局长兼'
     '稽查队队长马晓军、稽查队副队长罗光坤，明里披着“打假局长”、“打假队长”的“合法外衣”，暗里却干着兜'
     '售假茅台、假五粮液等侵害国内知名白酒企业利益、损害消费者合法权益的罪恶勾当。更为耐人寻味的是，要不是'
     '马、罗二人被公安机关及时收入法网，两人经过当时正进行的“提拔任前公示”，还会分别坐在这个县质监局局长'
     '和副局长的“交椅”上。这是5月21日下午，贵州省黔东南苗族侗族自治州公安局在向传媒公布该局打击制贩假'
     '冒伪劣商品犯罪的战果时，披露出的一桩咄咄怪事。根据黔东南公安局的通报，2001年11月底，黔东南州公'
     '安局在与当地工商、质监部门开展联合打假行动时，在凯里市场上查获了1件假茅台酒，与此同时，也不断有消费'
     '者反映买到了假茅台。12月，州公安局成立专案组，投入重兵对生产假茅台的“地下工厂”进行查缉。今年1月'
     '30日，黔东南州凯里市城西派出所端掉1个位于黔东南州水电工程队一出租房屋内的制假窝点，查获假茅台96'
     '瓶及假冒泸州老窖、小糊涂仙等假酒600多瓶，假冒茅台、泸州老窖商标600多套，同时还查获一批制售假酒'
     '的工具和印章等物。分别来自贵州仁怀、习水、凯里、镇远、麻江等市县的5名犯罪嫌疑人陈健林、蔡哲、文继娥'
     '、肖承莲、汪亚辉被抓获。经陈健林等人交代，警方发现了镇远县质监局副局长兼稽查队长马晓军、稽查队副队长'
     '罗光坤，在本案中参与贩卖假茅台的犯罪事实。',
     'in', None, False, ['廉洁纪律', '选人用人'],
     [('马晓军', '副局长兼稽查队队长', '镇远县质监局'), ('罗光坤', '稽查队副队长', '镇远县质监局')]),
    # 02
    ('https://infinityqs.cn/Resources/Articles/1380.html',
     '近期，安徽省质量监督系统工作人员利用工作便利，为他人“办证”，收受贿赂，谋取私利。“办证”小广告街头'
     '漫天飞，你可能会想谁会傻到去拨打那个办的一定是假证的电话呢？其实不然，他们办的可能不是假证，而是“真'
     '的假证”。何为“真的假证”，印章是真的，编号是真的，出自质量监督系统，怎么看都是一张真证，而这张证却'
     '是一张不用培训、考试，交上几百块钱，就能“买到”的空证。事件的起因来源于上海的一些企业。去年下半年，'
     '上海某企业发现，新招聘的一批叉车司机、吊车司机操作技术不过关，也不懂安全规程，存在很大安全隐患。但是'
     '，这些司机都持有“网上能查到”的国家特种设备操作人员证。他们承认，此前并未受过专业培训和考试，证件是'
     '从江苏徐州一家中介机构“花钱买的”。这批证件盖有“安徽省蚌埠市质量技术监督局特种设备安全监察专用章”'
     '钢印，上海有关部门为此向安徽省质监局投诉。此后蚌埠检察机关介入调查发现，这批证件的编号能在国家质检总'
     '局开设的全国特种设备作业人员信息公示网上查到，姓名、照片、身份证号码等信息均相符。也就是说，这是一批'
     '出自质监部门的“真的假证”。经过调查发现，这批证件出自蚌埠市质监局特种设备安全监察科科长周成民，他与'
     '徐州一家中介公司老板刘某暗中勾结，形成了办证、卖证“一条龙”',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('周成民', '特种设备安全监察科科长', '蚌埠市质监局')]),
    # 03
    ('http://jr22wz.com/news_html/201510/20151016/news_20151016_2577017.shtml',
     '記者15日從荊州市沙市區人民檢察院獲悉，因涉嫌在電梯事故中玩忽職守，荊州質監部門兩名工作人員被立案偵'
     '查并采取強制措施。業內人士認為，“7·26”電梯事故過后，全國多地仍接連發生電梯安全事故，作為電梯大'
     '國，加強電梯安全監管沒有完成時，須繼續加大攻堅排查力度。今年7月26日上午，湖北荊州安良百貨公司內發'
     '生一起自動扶梯事故。一名乘梯女士踏上6樓至7樓的電梯頂端一塊松動翹起的蓋板時，蓋板發生翻轉，乘梯女士'
     '墜入上機房驅動站內防護擋板與梯級回轉部分的間隙內死亡，引發社會廣泛關注。事故發生后，荊州市質監局成立'
     '了事故技術調查組，首份調查報告初步認定，蘇州申龍電梯股份有限公司和湖北安良百貨集團有限公司對此次事故'
     '應負主要責任，湖北德富機電設備有限公司對此次事故負相關次要責任。記者15日從荊州市沙市區人民檢察院了'
     '解到，該院已于近日依法對荊州市質量技術監督局城區分局一科科長朱定維、科員劉軍在安良百貨“7·26”電'
     '梯事故中玩忽職守致1人死亡立案偵查并采取強制措施。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('朱定維', '一科科長', '荊州市質量技術監督局城區分局'), ('劉軍', '科員', '荊州市質量技術監督局城區分局')]),
    # 04
    ('http://jieyan321.com/xwzx/PoliticsNews/201204/t20120426_2493250.htm',
     '昨天，有網友發帖懷疑，常州溧陽質監局局長馬某某被“雙規”。但常州市、溧陽市兩級紀委以及檢察院均表示，'
     '並不清楚情況。而常州市質監局向現代快報記者介紹，目前他們所了解到的情況是，馬局長在4月19日晚上向組'
     '織請假三天外出看病，至今未歸。而記者多次撥打馬局長的手機，均處於關機狀態。記者調查核實時，溧陽質監局'
     '，溧陽、常州多個政府部門對馬局長的“狀況”也顯得諱莫如深。據爆料人稱，4月19日下午，質監局的局長跟'
     '下屬們説要去上海看病，便匆匆離開了辦公樓，然而，他卻把手機扔在車內後，人就“消失”了，如今手機關機，'
     '家裏電話也沒人接，“質監系統的人都急死了”，“堂堂的一把手局長居然跑了！”該局長為何要“跑”？爆料人'
     '稱，“起因源於4月中旬，溧陽質監局下屬的一技術服務機構的負責人被紀委叫去談話，兩天後，質監局的一位中'
     '層幹部也被叫去談話，隨後兩人的手機都關機了。4月19日上午，馬局長還在局裏，可到了下午，他突然説要去'
     '上海看病，隨後手機留在車上，到現在也聯繫不上人”。“檢察院來人抓捕的，可他居然事先得到消息逃跑了！”'
     '爆料人稱。“這個消息來自於溧陽政界的核心人士，絕對可靠。”爆料人再三保證。',
     'in', None, False, ['政治纪律', '贪污贿赂'],
     [('馬某某', '局長', '常州溧陽質監局')]),
    # 05
    ('https://clothingtw.pixnet.net/blog/post/28016391',
     '經濟部標準檢驗局爆發集體收賄弊案！檢調發現，標檢局第6組至少4名經濟部標準檢驗局，從去年開始向廠商涉'
     '嫌收受賄款，以每件8千到1萬不等的價錢，讓廠商送驗的軍警消防人員特殊制服、以及停車場感應紙等都可以造'
     '假過關，通過驗收；檢方7日帶回10多人進行約談，台北地院審理後，今天（8日）裁定檢測員謝志誠、韓德政'
     '及廠商孫華昌羈押禁見。專門替民眾生活品質把關的標檢局檢測人員，涉嫌假造檢驗資料讓廠商放水過關，檢調接'
     '獲檢舉，經過半年蒐證，昨日檢調兵分29路，同步針對標檢局以及得標廠商等地進行搜索，目前查出4名標檢檢'
     '驗員涉嫌在檢測時放水，每次送驗所收取賄款約8千到1萬元不等，之後再出具不實檢測報告，協助廠商通過驗收'
     '。對於記者追問「有收賄嗎？」「為什麼要放水？」「這樣對那些警消人員非常不安全，你自己良心何在？」等一'
     '連串問題，遭約談的相關涉案人員都不願回應。檢調發現，標檢局4名檢測人員至少針對30到40件採購案件放'
     '水，其中包括台北縣警局的防火衣、核電廠的防護衣、台電防焰服，就連停車場計費單也在內。檢調昨晚帶回4名'
     '檢測員以及廠商10多人進行偵訊，檢察官複訊後，諭令鍾引祺10萬元交保，並將謝志誠、韓德政、陳明煌、孫'
     '華昌、何鴻卿聲請羈押禁見，其中謝、韓、孫3人准押，陳明煌飭回，何鴻卿則被諭令10萬元交保。檢調不排除'
     '其中有白手套涉案，正擴大追查。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '工作纪律'],
     [('謝志誠', '檢測員', '經濟部標準檢驗局'), ('韓德政', '檢測員', '經濟部標準檢驗局')]),
    # 06
    ('http://mingpaocanada.com/Van/htm/News/20220830/tcac1_r.htm',
     '國務院督查組近日在江蘇省興化市查訪時發現，當地市場監督管理局部分工作人員在辦理培訓證明、出具檢測證書'
     '、開展現場評審等環節，向當地20多家企業「吃拿卡要」（「吃」即接受宴請、「拿」即強拿物品、「卡」即有'
     '意刁難、「要」即索要財物），干擾企業生產經營，給企業造成沉重負擔，甚至還要企業在督查組走訪時關起大門'
     '或謊稱老闆出差，干擾督查；興化市一名企業負責人說：「我們前兩天收到相關部門通知，讓我們把企業大門都鎖'
     '上，防止你們來走訪。還有人打電話要求我不許和督查組的人聊，不許說實情。」針對這些發現的問題，當地已對'
     '相關人員立案審查，並整改排查。',
     'in', None, False, ['群众纪律', '廉洁纪律', '政治纪律'],
     []),
    # 07
    ('http://nankezia.com/gnyw/2009-05/18/content_159032.htm',
     '個體工商戶是自主創業的基礎，是吸納就業的重要渠道，是社會服務的最主要承載者。他們個體弱小，成長艱難，'
     '其中的絕大多數都是憑借自己的雙手養家糊口。但，總有某些地方某些部門，不以扶持為要務，反以要挾為手段，'
     '不以社會為責任，反以一己之私為出發點，想方設法，盤剝個體工商戶。其名頭之堂皇，花樣之委瑣，恰成鮮明對'
     '比。本報記者多方搜集查證，整理成系列篇，從今日起連續刊登，算是為刻薄之人畫幾張素描，立此存照。“質監'
     '局一年收一次錢，今年又開始了。”高青縣趙店鎮、青城鎮等鄉鎮數位開小超市的商戶，拿著縣質監局的開具的《'
     '質量技術監督行政處罰告知書》對記者說。“去年向質監局交了1000元”、“我交了500元”，商戶們爭相'
     '向記者出示去年的繳費票據。這些票據都是“山東省非稅收入收款收據”，執收單位為：高青縣質量技術監督局，'
     '收費項目名稱為：有償服務費。',
     'in', None, False, ['群众纪律', '滥用职权'],
     []),
    # 08
    ('http://news.cntv.cn/program/jiaodianfangtan/20100401/106280.shtml',
     '2005年9月17日，《焦点访谈》以“费尽心思为罚款”为题，报道了湖北省随州市所辖的广水市质监局在行'
     '政执法方面存在的问题。节目播出后，引起了国家质检总局和湖北省质量技术监督局的高度重视，由纪检监察室、'
     '人事劳动处、法规宣教处、稽查分局成立了工作组，进驻广水市对存在的问题进行了调查核实和处理。主要处理意'
     '见如下：要求各市州县局立即对是否存在下达罚没经济指标、行政执法工作依据和程序、行政处罚案卷质量等情况'
     '进行全面自查和清理，并集中上报，湖北省质量技术监督局将一并检查，并通报检查情况。组织相关执法人员认真'
     '学习有关政策、法规和纪律规定，建立健全各项规章制度，废止了下达罚没经济指标的文件和做法。对相关责任人'
     '进行了严肃处理，广水市技术监督局从局长到具体办案人员分别受到了免职、行政记过及调离岗位的处理。9月2'
     '1日，广水市质监局指派副局长赴郝店镇，对涉及到的7家农资经营户登门道歉，退还了违反程序收取的罚款。对'
     '节目中反映的假冒伪劣卫生纸的厂家，质监局将坚决予以取缔，该项工作及其它反映问题的处理还在进行中。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [(None, '局长', '广水市技术监督局')]),
    # 09
    ('https://folksfolks.com/r/2014-09/02/content_14800766.htm',
     '湖北赤壁一家服装厂每年花费数万元，把产品送到省质监局检测，检验合格后，咸宁市质监部门却依然要对产品进'
     '行定检，并收取数千元的检测费。面对记者采访，市质监局的官员称：“肚子不搞饱，怎么去工作？”按理，质监'
     '局是财政拨款供养的单位，不存在职工肚子吃不饱的问题。到底是该局像湖北鄂州市梁子湖区物价局那样编制不足'
     '，靠乱收费自筹工资，还是编制够了却乱收费，请有关部门好好查一查。',
     'in', None, False, ['群众纪律'],
     []),
    # 10
    ('https://m.secretchina.com/news/gb/2024/09/03/amp1068739.html',
     '近日，辽宁省营口市鲅鱼圈区市场监督管理局多名工作人员，上班时间却集体在沙发上盖被睡觉，遭到前去办事的'
     '市民曝光，官方承认情况属实。该话题冲上热搜。极目新闻报导，9月2日，辽宁省营口市民吴先生称，8月30'
     '日下午1时14分，他来到营口市鲅鱼圈区市场监督管理局咨询此前举报的调查进展，却发现多名工作人员盖着被'
     '子在办公室午休，局长办公室也无人上班。鲅鱼圈区市场监督管理局官网显示，该局下午工作时间是从1时开始，'
     '5时结束。2日晚，营口鲅鱼圈区政府新闻办通报，初步查明反映情况属实，鲅鱼圈区市场监督管理局个别工作人'
     '员存在中午午休超时问题。现该区纪监委已启动问责调查处理程序。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     []),
    # 11
    ('https://news.99.com.cn/heishipin/20111213/170284.htm',
     '接连4个月，殷清利在为举报问题食品而奔波，但无一起得到工商处理结果。11月14日，殷清利以超期不结案'
     '为由，将工商部门诉至法院。今年8月，邯郸推出有奖举报政策，凡举报问题食品药品被查实，可获奖10万。律'
     '师殷清利想知道，政府是否能按文件办事，接连举报问题食品10起，使用拍照、录像等各种取证手段，并请工商'
     '现场查处，但均无果。期间，他的私人电话被泄露给商家，他要举报问题食品的消息被走漏给商家。工商部门甚至'
     '向他坦言，小工商所惹不起大超市。在殷清利为无法获奖讨说法时，邯郸推出的有奖举报政策，也被发现前后矛盾'
     '。11月14日，殷清利走进邯郸丛台区法院，递上诉状，状告邯郸市工商局、丛台区工商局涉嫌违法。他是邯郸'
     '十力律师事务所的律师。最近4个月，一直在举报食品质量问题，已累计10起。至今，无一起获得工商局处理结'
     '果。其中3起超过处理期限。殷清利不讳言，他不厌其烦举报，是因政府颁布了奖励政策，他想看看是否真能按文'
     '件办事。今年8月5日，邯郸市政府公布“食品药品安全举报奖励办法”，其中的“十条规定”允诺，只要工商查'
     '实，举报者能获得10万元奖励。当殷清利投身举报后，才发现，查处很艰难，奖励很遥远。殷清利的首次举报在'
     '8月10日。那天，他在阳光超市龙湖店买了一瓶香油，未开封，即发现瓶内有杂物，类似某种叶片。他记得政府'
     '公布的奖励办法规定，发现生产、加工、销售不符合食品安全标准食品的，可举报。殷清利遂向工商部门举报。9'
     '月的某一天，殷清利没有等到工商处理意见，却接到一个陌生来电。来电者称，他是卖香油的。他央求殷，撤销在'
     '工商局的举报投诉。',
     'in', None, True, ['群众纪律', '工作纪律'],
     []),
    # 12
    ('https://yybnet.net/laibin/news/201805/7405219.html',
     '日前，有网友在网上晒出来宾市区大地景苑小区电梯支出费用明细清单，其中提到2012年和2013年电梯年'
     '检红包费共1万元，把电梯的监管部门来宾市质量技术监督局推上风口浪尖。5月17日下午，上述小区的前物业'
     '公司负责人否认送红包，质监局相关负责人也表示，质监人员没有收取红包的行为。这份明细清单显示，2012'
     '年5月至2013年12月，上述小区的电梯维修、保养、年检费用支出共23.6万余元。其中，清单列出20'
     '12年和2013年电梯年检红包费：每年5000元，两年共1万元。由于涉及红包，此帖在网上出现后，引来'
     '很多网友关注。5月17日，该小区业委会成员告诉记者，网上晒出的这份清单真实存在。几年前，小区物业为了'
     '方便当时的业委会了解物业账目，便向业委会列出相关费用收支清单，其中包含这份《电梯支出费用明细清单》。'
     '这名成员说，业委会怀疑，物业公司从2012年进驻小区至2017年底撤离，都没有对电梯进行很好的维护，'
     '电梯年检合格靠“红包”打发。随后，记者联系上当时的小区物业——柳州致上物业服务有限公司来宾分公司总经'
     '理罗宁。罗说，这份清单是公司一个项目经理弄的，实际上并没有送出红包。',
     'in', None, True, ['廉洁纪律'],
     []),
    # 13
    ('https://www.163.com/dy/article/JIDQ7MM5053469KC.html',
     '高层建筑作为城市现代化水平的标志，电梯早已融入了人们的生活，成为不可或缺的一部分。但是，业主在享受电'
     '梯便捷性的同时，也可能面临一些安全隐患。近日，苏州吴中区人民法院审理了一起案件，年近九旬的老人被困电'
     '梯，获救走出电梯时摔了一跤，法院判决物业公司承担全责，赔偿7万元。事发当天，李先生像往常一样出门上班'
     '，他按下电梯按钮后发现电梯没有反应，刚准备通知物业前来维修，就听见电梯井里传来微弱的呼救声。李先生反'
     '应过来，原来是电梯出了问题，导致有人被困在了里面。他赶紧通知物业工作人员，告知了具体情况，并要求物业'
     '抓紧过来救人。电梯抢修人员打开电梯门后发现，事故电梯未准确停靠在楼层，电梯与楼层地面存在大约30厘米'
     '高度差。而电梯里的姚某已年近九旬，被困电梯近40分钟，获得救援走出电梯时不慎跌倒受伤，经诊断为骨盆骨'
     '折、左侧股骨骨折等。姚某认为，物业公司对电梯维保不力，造成电梯困人，应当承担全部赔偿责任，遂将物业公'
     '司诉至吴中法院，要求物业公司赔偿其全部损失。物业公司认为，公司收到李先生信息后第一时间派出维修人员进'
     '行抢修。姚某走出电梯时不慎跌倒受伤，公司并无过错，不应承担侵权赔偿责任。法院经审理认为，物业公司应履'
     '行物业共用设施设备，即案涉电梯的维修及养护等管理义务。现姚某因电梯故障被困，走出案涉电梯时摔倒受伤，'
     '物业公司对因电梯故障导致的该事故具有重大过错，应承担侵权责任。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://news.sohu.com/20111026/n323443009.shtml',
     '省城市民何老太乘坐小区电梯，谁知电梯突然从14楼下坠至9楼和10楼间，何老太在电梯里当场晕倒，10分'
     '钟后获救，被诊断为脊椎压缩性骨折。何老太将小区物业告上法庭，要求赔偿。近日，合肥市瑶海区法院判处物业'
     '赔偿何老太1.2万余元。今年2月27日，年过六旬的何老太晨练过后准备去菜场买菜，进入电梯后，电梯突然'
     '失控玩起“蹦极”，一下子从14楼下坠至9楼和10楼之间。由于受到撞击和惊吓，何老太当场晕倒，醒来后发'
     '现电梯门无法开启，于是强忍着疼痛呼救。约10分钟后，维修人员将何老太救出，拨打120将她送到医院。经'
     '诊断，何老太为T12椎体压缩性骨折。何老太出院后，无法与物业达成赔偿协议，于是一纸诉状将物业告至瑶海'
     '区法院，索赔医疗费、营养费、精神抚慰金等合计25246.3元。小区物业公司辩称，自己只是受业主委托的'
     '管理人，已履行了对电梯的日常管理义务，依据规定委托有资质的电梯维修保养单位对电梯进行日常保养，并且在'
     '事故发生后不足10分钟即赶到现场，对何老太进行救治，没有过错，何老太应向电梯生产厂家或维修保养单位主'
     '张权利。瑶海区法院审理认为，根据我国法律规定，建筑物、构筑物或其他设施及其搁置物、悬挂物发生脱落、坠'
     '落造成他人损害的，所有人、管理人或使用人不能证明自己没有过错的，应承担侵权责任。何老太乘坐的电梯虽属'
     '小区业主所有，但发生损害时，是由小区物业公司管理支配的。物业对小区电梯负有法定管理义务，是电梯经营利'
     '益的实际享有者。此事说明物业对电梯的维护和管理存在瑕疵。因该公司不能证明自己对损害的发生没有过错，应'
     '赔偿何老太的损失。物业公司赔偿后，可依法向其他责任人追偿。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://trzykj.com/index.php?c=show&id=90409',
     '自稱電梯從四樓急墜至三樓，導致其胸椎壓縮性骨折，撥打電梯內應急電話十分鐘無人接聽。被困21分鐘后，蘆'
     '先生被救出，隨后住院14天。為此，蘆先生將小區物業公司和電梯公司告上法院，索賠誤工費等共計1.8萬余'
     '元。記者獲悉，門頭溝法院一審認定物業公司無責，判令電梯公司賠償6400余元。48歲的蘆先生訴稱，20'
     '18年1月11日5時10分左右，他在乘坐自家小區的電梯下樓時，電梯突然從四層急墜至三層，電梯門無法打'
     '開。隨后，他撥打電梯內應急電話，但約有十分鐘都無人接聽。直到其撥打119，消防人員才與物業公司聯系上'
     '，趕到將其救出。蘆先生稱，自己因此事受到嚴重驚嚇、全身顫抖抽搐，住院治療14天。出院后，經醫囑休假三'
     '周。蘆先生認為，北京凱盛安達電梯服務有限公司（下稱電梯公司）應擔責，而北京奧和物業管理有限公司（下稱'
     '物業公司）未能及時發現事故并有效監控，也應對其損失承擔責任。於是，要求二公司連帶賠償其年終獎、誤工費'
     '等共計18482.19元。物業公司辯稱，當日，物業公司值守人員兩次接到電梯對講電話，但均無人說話。經'
     '查看中控系統才發現有人被困，於是立即通知電梯公司。隨后接到第三次電話仍無人說話，物業公司工作人員趕至'
     '事故現場。據稱，電梯公司維修人員到現場后，打開電梯門將蘆先生解救出電梯。經查，電梯是在正常運行過程中'
     '突然停運，并未急速下降。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://bbs.cnhubei.com/thread-2926139-1-1.html',
     '近日，新洲区邾城街蔡濠里的不少居民都收到了邾城供电所的“欠费通知”，居民一看，都惊讶不已，这两个月的'
     '电费高得出奇。原来，邾城供电所在2013年元月给居民们更换过一次“智能电表”，据说能更准确的反映居民'
     '用电情况，而且供电所不用人工抄电表，就可以直接掌握居民每月的用电情况。然而当3月份，居民面对着手上的'
     '欠费通知，还以为是换电表以后的第一次扣款（2月份过年，以为供电所没有扣电费），结果到银行一查电费缴纳'
     '情况，觉得匪夷所思，更换电表后，一个月的电费比以前翻了几倍。有位杨女士，春节期间有几天都不在家，平常'
     '月份只有100多元钱，而2月份显示电费有490多元钱。周围的居民也都纷纷诉说电费都比平常月份翻了翻。'
     '2月份过年用电量可能会大一点，但也不至于如此多呀。居民们感到不可思议，细看元月和2月电费，都比平常多'
     '出了许多。有人认为是电表有问题，于是大家打电话给供电所。供电所来了位领导，仔细检查了几家的电表以后，'
     '确认电表没有故障。到底是何原因呢？该主任表示可能是更换了新电表，原来的数据与新数据没有衔接好，导致了'
     '居民电费增多。说是回去领导们再商量后拿出处理意见。两三天过去了，不见下文。而居民们则心中有了疑问：如'
     '果是新旧数据的问题，那么只会出现第一个月出现异常，为什么到了第二个月还是异常呢？到底是电表不合格，还'
     '是供电所的控制系统有问题，或者是供电所乱收费（居民不清楚第2个月的用电量）？希望这个问题能得到媒体的'
     '支持，欢迎去居民们家中核实。因为居民手中的存折或者不方便拍照，故未提供照片。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://www.cwdbkk.com/html_2/chongwuxizao/50375/list/6.html',
     '现代快报记者从常州市消保委获悉，常州市消协系统今年以来共受理热水器类投诉85件，平均不到两天就有一起'
     '投诉，其中包括以次充好、强制收费、安装不过关等问题，让消费者十分闹心。赵先生收到货后发现，此款热水器'
     '根本不是承诺的品牌热水器，LOGO看似和正品一样，仔细一看却存在一定差别。赵先生本想只要能正常使用就'
     '算了，然而这台“李鬼”热水器根本无法正常使用。赵先生和商家联系后，商家承诺寄还商品后可以退还购物款。'
     '可等赵先生退还热水器后，商家竟直接将赵先生拉黑。后在警方介入下商家才退还280元钱。无独有偶，去年市'
     '民王女士家里装修，在天宁一装饰城购买了一台品牌热水器，今年3月底一位做净水器的朋友到其家中做客，问她'
     '怎么会买一台山寨货。王女士回想到使用半年间，热水器经常性出现异响，立即生了疑惑，里里外外仔细查找后，'
     '才发现挂在墙上的这台燃气热水器的正面与她要购买的品牌热水器有几乎一样的LOGO，但商品品牌却印在热水'
     '器侧面，与品牌热水器有一字之差。王女士说，手上发票上注明的就是正品品牌热水器的习惯性简称，她一定要维'
     '护自己的合法权益，目前此案仍在调查处理中。今年初，市民刘先生在雪堰镇一家电商场购买了一台热水器，购买'
     '时营业员承诺可以免费上门安装。然而当安装工安装后，要求其支付30元远程费，即刘先生家比较偏僻，超过免'
     '费服务范围，需要服务对象支付。刘先生表示，当时购买时已经告知安装地址，明确不收任何费用。经消协介入协'
     '调，商家退还30元服务费。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://shtyjl.com/plus/view-64420-1.html',
     '周口市一加油站利用无线遥控接收装置的方法作弊，使加油机显示的加油数量大于消费者加油的实际数量，近日，'
     '该加油站被周口市质监局查处，涉嫌作弊的相关装置被没收，6台加油机被查封。日前，周口市质监局接到群众举'
     '报，称西华黄泛区一加油站的加油机存在加油作弊现象。市质监部门执法人员对该加油站进行检查中发现，该加油'
     '站是一个新建的加油站，没有办理任何经营手续，站内6台加油机中5台安装有无线遥控接收装置。经确认，该装'
     '置是一种作弊装置，遥控启动后加油机显示的加油数量可大于消费者加油的实际数量。在该加油站相关负责人在场'
     '的情况下，市质监局执法人员现场进行了演示：对该加油站编号为3K440623110010010827的'
     '加油机进行测量时，标准计量罐测量结果显示为10升的加油量，按遥控器A、B、C键操作，加油机却分别显示'
     '为10.33升、10.80升、12.71升，按D键则恢复正常。统计结果显示，该加油站作弊加油机的计量'
     '负偏差最高竟达27.1%（国家规定为±0.3%）。市质监局执法人员当场将涉嫌作弊的相关装置予以没收，'
     '对该加油站6台加油机予以查封，并提请公安部门介入此案，追究该加油站相关负责人的法律责任。',
     'out', '其他', False, [],
     []),
    # 19
    ('https://cspress.com.cn/index.php?c=show&id=2639',
     '近日，四川省攀枝花市西区质监分局接到群众投诉，对丽攀高速庄上收费站使用的电子汽车衡称量有异议。民生投'
     '诉就是命令，西区质监分局高度重视立即组织执法人员前往丽攀高速庄上收费站处理投诉。针对投诉人提出的异议'
     '，我局现场核查了收费站电子汽车衡检验有效期、铅封完整性等，并协调市计量测试所对该收费站电子汽车衡进行'
     '了复检，复检结果为合格。执法人员将该收费站的汽车衡存在的允许误差的原因及时对投诉当事人进行了耐心详细'
     '的讲解，消除了投诉人心中的疑问和顾虑，得到了投诉人的理解，并对办理结果表示满意。至此，收费站投诉案圆'
     '满办结，“被计量”群众的知情权被充分尊重，由质疑引发的民生计量纠纷被成功化解。通过本次执法监督事件，'
     '西区质监分局将在今后的工作中积极落实“贴近社会热点，贴近民生区情，贴近生产生活”三贴近原则，努力把质'
     '监部门打造成为为企业发展的服务者、经济增长的促进者和社会和谐的维护者。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://shanghai.baogaosu.com/xinwen/%E5%B9%BF%E6%92%AD%E7%94%B5%E5%8F%B0%E6%94%BF%E9%A3%8'
     'E%E8%A1%8C%E9%A3%8E%E7%83%AD%E7%BA%BF%E7%9B%B4%E6%92%AD%E8%8A%82%E7%9B%AE/22894260',
     '8月10日，市质监局副局长陈晓军带领监督处、计量处、特种设备处有关负责同志走进上海广播电台“政风行风'
     '热线”节目直播室，与广大听众进行交流对话。节目中，陈晓军介绍了今年市质监局关于加强特种设备、日用消费'
     '品、食品包装材料安全监管等各项工作在保安全、促简政、惠民生、抓监督、畅渠道等方面的具体情况，并就“质'
     '量月”系列专题活动情况进行了简要介绍。在节目互动环节，陈晓军就听众在产品质量申诉、电梯检验、计量等方'
     '面的问题进行了详细解答，诚心倾听了听众对质量工作的意见和建议，同时向广大听众朋友一直以来关心支持质监'
     '工作表示了感谢。节目期间，各区（县）质监局相关负责人及工作人员同步在线收听。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://www.zc91.cn/?p=135149',
     '100斤玉米，竟然只被称出60斤！据《农民日报》报道，近日，贵州省遵义市务川县农村地区出现了用“鬼秤'
     '”收粮现象。目前，该县警方已对五人进行行政处罚。警方提醒，卖粮要警惕走街串巷的流动商贩，利用“鬼秤”'
     '坑农。“鬼秤”指经非法改装、可通过密码或遥控调节虚增重量的电子秤。当村民张某某发现仓库里的玉米“不翼'
     '而飞”时，起初以为遭遇了盗窃。直到民警从监控里揪出关键细节，发现收粮商贩手中频繁按键的小动作，这场“'
     '粮食失踪案”才真相大白。不是盗贼潜入，而是“鬼秤”作祟，100斤玉米经遥控操纵竟秒变60斤。五名涉案'
     '人员虽已被行政拘留，但这杆失衡的秤，称量出的不仅是粮食的缺斤短两，更是农村计量监管的短板。不得不说，'
     '技术升级让“鬼秤”更具隐蔽性，通过改装芯片、远程遥控等手段就能篡改数据，农民仅凭肉眼根本无法识别。而'
     '且，流动商贩“打一枪换一个地方”，农村地区缺乏固定检测设备，执法力量也难以全覆盖，给了不法分子可乘之'
     '机。此外，按照相关法律规定，诈骗五千元以上才有可能构成刑事犯罪，此次涉案金额两千余元仅能处以行政拘留'
     '，难以形成足够震慑。曾有前科的王某仍敢重操旧业，便印证了这一点。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://jetnet.com.cn/html/news/dynamics/1188.html',
     '前幾天，村民小楊到附近一家玉米收購場出售帶軸新玉米，過完電子地磅直接結算支取了現金就回家了。到家后，'
     '仔細一想覺得不對勁：3畝地的濕玉米只有5000多斤，記得去年同期賣是6500多斤。他懷疑收購場的地磅'
     '有問題，于是叫上兩個村民，開上拖拉機到收購場去查詢。他出售的玉米開始是單獨存放的，他走后有一小部分已'
     '經入了大堆，收購場負責人以無法核查為由拒不承認地磅有問題。于是小楊他們就把剩下的玉米裝上拖拉機，到別'
     '處過地磅。一過地磅，光剩下的這些玉米就有5000多斤。他們找到收購場，負責人以看錯磅為借口，又給他補'
     '上了1500多斤的糧款。在農村，許多收購銷售糧食、煤炭、木材、沙石等大宗貨物的商販都用地磅稱重，一些'
     '不法商販為了牟取暴利，千方百計在磅上做文章，他們隨意調整或者用遙控裝置控制電子磅，使顯示的數值朝著有'
     '利于他們的方面變化。在此呼吁，質檢（度量衡包括在內）部門切實負起責任，嚴厲懲治不法商販，保護群眾利益'
     '。一是要經常下鄉下廠下基層，什么地方設有地磅要心中有數，及時檢查。對有問題的地磅限期維修好，不得帶病'
     '使用。哪兒的地磅有問題不能使用，應告知老百姓，讓大家心里清楚，以免上當受騙。二是在夏糧秋糧銷售旺季，'
     '收購和銷售前，應對各個收購銷售攤點的地磅進行檢查驗收，合格的發給合格證準許使用，不合格的貼封條不準使'
     '用，購銷廠（場）商應向群眾展示合格證。三是在收購銷售期間，下派工作人員進行現場監督。即便人員緊缺，也'
     '要實行突擊檢查。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH169, "fresh169")
