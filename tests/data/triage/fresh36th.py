"""Sealed batch fresh38: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-26 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: state firms and public institutions. In scope: heads and staff of 国企, 农信社/农商行,
粮库/粮站, 供电所, 供水公司/自来水厂, a 就业服务管理局 office and public hospitals accused of
misconduct: eight 安徽农信 executives under investigation, a 马尾 开发区 company's 总经理 and
staff eating on public money (with a 园林局 head who borrowed its car), 粮食系统 cases (a
收储库 head, a 吉林粮食集团 chairman, 仪征 粮站 heads), the 淇县 供电所 head who cut the power
after a KTV quarrel, two 赤壁 供水总公司 managers over a 5-ton minimum charge, two unnamed
telecom managers' banquets, a 彭州 自来水厂 cutting supply (post-only), a 丹东 就业办 head who
waved loans through, 云南/陕西 hospital heads, two 太重集团/国资委 officials "双开", 延安 抄表员
and a masked former 村支书 over water bills, and one mixed villagers' post (济宁 唐营) against a
relocation offer that also suspects the 村领导 of keeping the difference. Out of scope: a
改制 firm's workers complaining of a judgment, two unexecuted judgments for construction money
(涉法涉诉); a 涿州 forum post against a village demolition and a 太原 story of residents never
re-housed (征地拆迁); a work-injury claim at a private factory and villagers' deposits lost in a
private cooperative (个人利益诉求); two power-cut complaints answered by the power company and a
consumer dispute settled by a 消协 (其他). Sources: news sites and their mirrors (several in
traditional script, some carrying pinyin glosses such as "發(fā)" which were removed), a 纪委
case story, a 留言 column with a company reply, a forum post, a legal Q&A page, a 市场监管局 page.
Each text is an excerpt of 150-1,200 characters as published (whole sentences; titles, headings,
datelines, bylines, image captions and page junk cut; paragraphs joined; ASCII punctuation written
full-width except inside numbers and clock times; traditional script kept where the page is
traditional). Every address and a distinctive phrase of every story was checked with grep against
tests/data/triage/*.py and dev.jsonl (no other helper's fresh33th-fresh38th.py existed when
checked; only fresh30th-32th) and found unused. Pages found used and dropped: the 中纪委 8-case
通报 (zqb.cyol.com, dev), the 国企 八项规定 79-case analysis (yybnet, fresh7th/14th/15th), the 文昌
抱罗供电所 tea-house story (6chong.cn, real3), the 万州 乳峰乳业 report (p146.com, fresh6th), the
平遥 粮站 霉粮 story (zhputi, fresh26th), the 屯昌 信用社 "被贷款" story (zjol, real9), the 西安
南窑头小学 校长 (fresh4th), the 宁海 下金村 胡青青 post (fresh12th), the 平舆 高平寺, 磁涧 柴湾村,
郑州 农民工 and 渭南 华新大厦 留言 (fresh5th, fresh7th, fresh4th, dev), the 天门 停电 留言
(fresh19th), the 巨野 吕淑兰 and 儋州 横山村 land stories (fresh16th, fresh9th), the 玉屏 舞阳粮油
(fresh3rd/10th), 恭城 订单粮 (fresh21th), 杞县 吕东村 农电工 (fresh16th), 浙商资产 (fresh4th), 郑州
牟州医院 (fresh6th), 富宁 陆旭 (fresh8th), 兰溪 岩下村 (fresh23th), 泰安 风华信用社 (fresh.py),
江门 科元公司 (fresh31th), 武汉 新洲 执行难 (fresh19th), 北京 高先生 执行 (fresh2nd), 北碚 歇马
(fresh13th), 万宁 安乐村 (fresh8th), 息县 大十街 (fresh9th) and 南昌 利字街 (real4).

Conventions as in the earlier batches: scope "in" when the central matter is alleged misconduct by
a party member or public official (village cadres included; managers and staff of state firms,
农信社/农商行 and public institutions count as public officials); out_type for "out" items; mixed
when the text presses an out-of-scope claim of the writers' own (their land, compensation,
subsidy, lawsuit) and also alleges official misconduct (scope then "in", out_type None); accused =
(name, position, unit) as written, position as first written, masked names kept masked, unnamed
accused officials as (None, post, unit); petitioners, reporters, victims, villagers, firms,
officials who only handled, investigated or answered the matter and organs accused as a whole are
not accused.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). One mixed item (12). Out: 3
涉法涉诉 (13-15), 2 征地拆迁 (16-17), 2 个人利益诉求 (18-19), 3 其他 (20-22); all with accused [].
34 accused entries: 25 named (赵勇, 陈鹏, 张绍新, 顾平, 李路璐, 鲍学启, 汪侠, 徐进军, 王晓烽, 陈元东,
詹珠仙, 杨武, 陳為國, 孟祥久, 高時林, 杨树森, 王海笑, 葉輝, 饒大鵬, 兰学光, 王天朝, 江春光, 杨湛,
張志德, 王創民), 1 masked (張某), 8 by post only (item 3 站長, item 6 原總經理助理 and 總經理, item 7
一把手 and 厂长, item 9 原院长, item 11 抄表員, item 12 村领导). Items 2, 3 and 9 name or list four
accused each, item 1 eight; above county level: item 1 (省联社 heads), item 3 (吉林粮食集团
chairman), item 10 (a 省国资委 副主任); items 9 and 10 also name provincial-level firm/hospital heads.

Close calls:
 1  The dateline "新华社合肥9月25日电(记者徐海涛)" was cut. All eight 农信 executives are entered
    (state financial institutions; "涉嫌严重违纪违法"). Topics come from the only specific findings,
    the 巡视 findings against the 省联社党委 (违规招标采购 -> 廉洁纪律, 近亲属回避制度执行不严 ->
    组织纪律); the 党委 as an organ and the 巡视组 that found it are not entered.
 2  The 开发区 company is treated as a state firm (its head is handled by the 纪委 and given
    行政撤职). 陈元东 (approved the claims) and 詹珠仙 (the accountant) were disciplined for their
    part, so they are accused; their unit is written only as "公司", so unit None. 杨武 borrowed the
    firm's car and bears 主体责任: 公车私用. The 纪检组组长 and 督查组 only checked.
 3  Traditional script kept with the page's own forms (瞭, 關註, 國傢). 周建華 is the investigator
    who speaks, not accused. The 14 仪征 粮站 heads are one post-only entry (None, '站長', '基層糧站');
    高時林, one of them, is also entered by name because the text names him.
 4  A commentary; the bracketed source note "(《新京报》11月10日)" is part of the published text
    and kept. 杨树森 is first written as "一名供电所所长": position '所长'. 王海笑, an employee of the
    state-grid 供电所 disciplined with him, is accused. "其余相关责任人及上级主管部门责任人" are too
    vague to enter. The 鹤壁供电公司 only handled it.
 5  Dateline "據新華社武漢3月5日電" cut. 葉輝 is a 住建局 副局长 who is also the water company's
    总经理; unit as written '赤壁市住建局'; both positions are copied as first written. The city
    government and the joint investigation group only handled it.
 6  Title and the account's banner cut; pinyin glosses removed. Both telecom managers are unnamed:
    post-only with units as written. "參與宴請的干部" were 追责 but only as a group of guests: not
    entered.
 7  The "农投公司一负责人" who speaks only answered the reporter. The 公司"一把手" (问责) and the
    时任 厂长 (罢免) are post-only entries; "相关负责人" is too vague to enter. The 鹿坪社区干部 only
    reported the problem.
 8  徐某 and the other borrowers are not officials and not accused; the 局长 and 主管副局长 appear
    only in 兰学光's excuse and are not accused. Unit '就业服务管理局' as written.
 9  Heads of public hospitals (事业单位). The unnamed "陕西多家医院原院长" are one post-only entry;
    the equipment company that bribed them is a firm.
 10 Traditional script; the page title (with garbled characters) and two section headings cut.
    The "7名高管" are not individualised and not entered. 王創民 is a 国资委 official, "双开":
    accused with his own unit.
 11 The opening slogan line cut, pinyin glosses removed; the excerpt stops before the page's next
    sentence, which breaks off mid-way (so the 抄表员 李某 named there is not in the text). The
    抄表員 are one post-only entry, unit '自來水公司' as written; 村民史某某 is a villager and not
    accused; 張某 kept masked.
 12 Mixed: the writer presses the village's own relocation terms and also suspects that "镇里和我们
    村领导" kept the difference from the mine's offer. 镇里 is an organ; only the 村领导 are entered,
    post-only, with the writer's village '唐营' as unit. The 工作组's rude attitude is a group
    complaint (群众纪律 in topics, not an extra entry). The page's stray "啊·," is kept.
 13 Workers of a 改制 enterprise (原新疆火柴厂) attack a court judgment that relied on the
    开发区管委会's paper; "官官相护" names no person -> 涉法涉诉, accused []. The page's question
    title and the lawyer's one-line answer (which breaks off) were cut.
 14 An unexecuted judgment for construction money; no official is accused -> 涉法涉诉. Byline cut.
 15 A 21-year enforcement of a judgment against a 村委 (the debtor, as an organ) -> 涉法涉诉;
    no official is accused. The excerpt stops before the court's enforcement report.
 16 Forum anti-scraping junk between the list items was removed; items 1-3 have no closing
    punctuation on the page and are joined as they stand. 镇政府 and its 工作小组 are organs ->
    征地拆迁, accused [].
 17 Traditional script, pinyin glosses removed; the lead paragraph (which has a garbled run on the
    page) cut. The developer is a firm -> 征地拆迁.
 18 A work injury at a private factory; the firm's HR answered -> 个人利益诉求.
 19 Deposits lost in a private cooperative; 刘玉章 only "干过信贷员" (not a serving official) and
    the police investigation is not a court matter yet -> 个人利益诉求, accused []. The photo
    caption, byline and a heading cut.
 20 Power cuts at a hotel; the power company's 负责人 only answered -> 其他.
 21 A post scolding the 国家电网 "领导" for poor service, with the company's reply; no misconduct
    is alleged and the leaders are not identified -> 其他, accused []. The reply's header line
    (username and title) and its signature and date cut; the clock time 08:45:28 kept in ASCII.
 22 A consumer dispute with a decoration firm settled by the 消协 and 市场监管局 (handlers) -> 其他.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH38: list[Item] = [
    # 01
    ('https://szhgh.com/Article/news/politics/2020-09-26/248901.html',
     '安徽省纪委监委9月24日发布消息，金寨农商银行原党委书记、董事长赵勇涉嫌严重违纪违法，目前'
     '正在接受纪律审查和监察调查。至此，近半年来安徽农信系统已有包括安徽省农村信用社联合社原党委'
     '书记、理事长陈鹏在内的8名高管落马。今年4月，61岁的安徽省农村信用社联合社原党委书记、理'
     '事长陈鹏涉嫌严重违纪违法，接受纪律审查和监察调查。安徽省农村信用社联合社成立于2004年，'
     '由安徽全省83家农村商业银行共同出资组成，是具有独立法人地位的地方性金融机构。陈鹏的落马，'
     '拉开了安徽农信系统反腐的大幕。今年5月，安徽蚌埠农商银行原党委书记、董事长张绍新和安徽怀远'
     '农商银行原党委书记、董事长顾平涉嫌严重违纪违法被查。今年6月，安徽怀远农商银行原副行长李路'
     '璐和安徽凤台农商银行原党委书记、董事长鲍学启，以及安徽省农村信用社联合社原党委委员汪侠相继'
     '因涉嫌严重违纪违法被查，其中汪侠曾任阜阳颍东农商银行党委书记、董事长。今年7月，安徽安庆农'
     '商银行原党委书记、董事长徐进军涉嫌严重违纪违法，接受纪律审查和监察调查。据了解，安徽省委第'
     '七巡视组去年对安徽省农村信用社联合社党委开展了巡视，发现其存在党的领导弱化、风险防控不力、'
     '管党治党不严、监督执纪偏松偏软等问题，并存在违规招标采购、近亲属回避制度执行不严、部分农商'
     '银行信贷资金投向房地产等现象。',
     'in', None, False, ['廉洁纪律', '组织纪律'],
     [('赵勇', '原党委书记、董事长', '金寨农商银行'), ('陈鹏', '原党委书记、理事长', '安徽省农村信用社联合社'), ('张绍新', '原党委书记、董事长', '安徽蚌埠农商银行'), ('顾平', '原党委书记、董事长', '安徽怀远农商银行'), ('李路璐', '原副行长', '安徽怀远农商银行'), ('鲍学启', '原党委书记、董事长', '安徽凤台农商银行'), ('汪侠', '原党委委员', '安徽省农村信用社联合社'), ('徐进军', '原党委书记、董事长', '安徽安庆农商银行')]),
    # 02
    ('http://huaxingymz.com/html/15e4f7e8-b687-4f0b-8bc9-65ca4a9dfc85_1.html',
     '近期，福建省福州市马尾区纪委通报了一批违反中央八项规定精神的典型问题。福州市经济技术开发区'
     '新时代园林绿化工程有限公司的总经理王晓烽违规公款吃喝问题，赫然在列。2015年2月12日，'
     '农历羊年春节即将来到，王晓烽带着公司10名员工在福州市某酒店提前摆了一桌年夜饭，犒劳员工和'
     '自己，也为一年来的辛勤工作做个总结。聚餐后，王晓烽安排下属用公款支付了账款。2015年中秋'
     '节前夕，福州市纪委在全市范围开展廉洁纪律专项督查工作，驻市财政局纪检组组长带队在马尾区有关'
     '单位开展检查。督查组在该企业检查时发现，业务接待报销笔数明显超出其他单位，遂进一步仔细调阅'
     '账目、核查发票，发现一张金额为4363元的餐饮发票报销审批手续不规范。线索随即转交马尾区纪'
     '委进一步核查办理。经查，这张发票就是王晓烽组织公司员工吃完年夜饭后开具的，报销事由居然是公'
     '务接待，这显然是一起违规公款吃喝问题。随着调查的深入，调查人员发现，自2014年12月至2'
     '015年7月，新时代园林公司一直存在超标准接待问题，累计金额达9714元。另外，王晓烽还将'
     '三笔接待私人朋友的费用，以公务接待费名义报销，共计3982元。在铁一般的证据面前，王晓烽很'
     '快承认了自己违规违纪的事实。2015年10月29日，马尾区纪委监察局按程序给予王晓烽党内严'
     '重警告及行政撤职处分，给予负责财务报账审批的公司副经理陈元东党内警告处分，给予公司会计詹珠'
     '仙党内警告处分，并责令王晓烽退缴违规报销费用，追缴新时代园林公司支付年夜饭费用。与此同时，'
     '马尾区园林局党组书记、局长杨武因违规借用新时代园林绿化工程有限公司公务车辆，并对企业接连出'
     '现顶风违纪问题负有主体责任，被给予党内严重警告处分。',
     'in', None, False, ['违反中央八项规定精神', '公款吃喝', '公车私用', '廉洁纪律'],
     [('王晓烽', '总经理', '新时代园林绿化工程有限公司'), ('陈元东', '副经理', None), ('詹珠仙', '会计', None), ('杨武', '党组书记、局长', '马尾区园林局')]),
    # 03
    ('http://www.newsbfb.com/finance/81735.html',
     '安徽省明光市明光桂花收儲庫原負責人兼檢斤員陳為國虛開結算憑證、虛增重量、虛構交易，以貪污罪'
     '被判處有期徒刑3年，並處罰金28萬元；吉林糧食集團有限公司原黨委書記、董事長孟祥久在企業經'
     '營、崗位調整等方面以權謀私，以受賄罪、挪用公款罪、貪污罪等被判處有期徒刑25年，並處罰金3'
     '70萬元……近期各地通報瞭多起糧食系統腐敗案件，引發社會關註。倉廩實，天下安。糧食系統承擔'
     '著國傢糧食收購、儲存、經營的重要任務，黨員幹部違紀違法問題嚴重侵蝕群眾利益、造成國傢損失、'
     '影響糧食安全。有效識別糧倉“蠹蟲”的腐敗手段，進而有針對性地強化監管、堵塞漏洞，對於保障糧'
     '食安全意義重大。從查處的案例看，虛報糧食數量是主要的貪腐手段之一。據江蘇省儀征市紀委監委第'
     '五審查調查室主任周建華介紹，該市15個基層糧站中有14名站長因違紀違法被查處，其中移送審查'
     '起訴5人。當地多個基層糧站在收購糧食時，工作人員故意多扣收購糧食的水分、雜質，甚至通過操作'
     '磅秤等來壓低賬面數字，這樣變相多收的糧食便可賣出撈錢。如陳集糧站原站長高時林就通過這種方式'
     '14次貪污糧款共計112.22萬元。',
     'in', None, False, ['贪污', '受贿', '挪用公款', '廉洁纪律'],
     [('陳為國', '原負責人兼檢斤員', '明光桂花收儲庫'), ('孟祥久', '原黨委書記、董事長', '吉林糧食集團有限公司'), (None, '站長', '基層糧站'), ('高時林', '原站長', '陳集糧站')]),
    # 04
    ('http://views.ce.cn/view/ent/201411/11/t20141111_3882552.shtml',
     '河南省鹤壁市淇县一名供电所所长酒后撒泼，擅自拉闸停电，导致全县数千名用户无电可用。目前，鹤'
     '壁供电公司已对相关责任人作出处理。（《新京报》11月10日）这名供电所所长的行径很恶劣，理'
     '应依法惩治。然而，上述涉事人员，事后似乎并未受到“严厉”惩处，仅仅是在党纪政纪上受到了内部'
     '“处分”。比如，根据通报，11月2日，鹤壁市淇县供电公司朝歌供电所所长杨树森、员工王海笑等'
     '6人，在个人消费时，与用电客户发生纠纷，擅自给用电客户停电，严重违反了《国家电网公司员工服'
     '务“十不准”》，根据相关规定，给予杨树森撤职、行政记大过处分，党内严重警告并扣发绩效奖金6'
     '个月；给予王海笑待岗、留用察看2年处分，扣发绩效奖金6个月。其余相关责任人及上级主管部门责'
     '任人也被分别给予处分。',
     'in', None, False, ['滥用职权', '群众纪律', '工作纪律'],
     [('杨树森', '所长', '朝歌供电所'), ('王海笑', '员工', '朝歌供电所')]),
    # 05
    ('http://big5.cctv.com/gate/big5/jingji.cntv.cn/20110306/101585.shtml',
     '針對市民反映的自來水每月5噸保底用水的問題，湖北省赤壁市叫停供水部門“用水實行最低消費”行'
     '為。4日，由赤壁市紀委常委會研究決定，給予赤壁市住建局分管供水總公司的黨委副書記、副局長兼'
     '市供水總公司總經理葉輝黨內警告、行政記過處分；給予市供水總公司黨總支委員、分管營抄業務的副'
     '總經理饒大鵬撤銷黨內職務、行政撤職處分。經查，赤壁市供水總公司以解決用戶計量誤差問題為由（'
     '部分用戶採取滴水、線水的方法導致供水公司漏水率提高），對每月用水量不足5噸的用戶均按5噸收'
     '費。該行為違反了城市供水管理的有關規定，損害了群眾利益，造成了不良影響。赤壁市政府在叫停供'
     '水部門“用水實行最低消費”行為後，責令供水總公司將叫停“用水最低消費”公告張貼到全市各物業'
     '小區，公佈舉報電話，並通過當地電視臺和赤壁網向社會播發。供水總公司班子成員和管理人員迅速上'
     '門聽取居民用戶意見和建議，切實抓好整改。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('葉輝', '黨委副書記、副局長兼市供水總公司總經理', '赤壁市住建局'), ('饒大鵬', '黨總支委員、分管營抄業務的副總經理', '市供水總公司')]),
    # 06
    ('http://www.senqingzn.com/dy/article/K2E9A6C705560ZXB.html?spss=dy_author',
     '十二人圍坐，一紙報銷單。兩年間推杯換盞的“人情往來”，最終化作一紙降職令。2023年，中國'
     '電信某地市分公司原總經理助理，組織12名中層干部及縣分公司經理聚餐，1600元餐費悄然流入'
     '公款報銷流程。另查證，此后一年多，其本人在會議、調研間隙頻繁接受下屬宴請，餐后公車接送更成'
     '“標配”。最終一紙通報終結了這場“吃喝問題”：當事人遭黨內嚴重警告處分，職級下降、非領導職'
     '務，違紀款項全數追繳，參與宴請的干部均被追責。公款聚餐在通信行業歷年通報中并非孤例。202'
     '0年9月，中國移動某地市分公司總經理批準用業務招待費報銷2450元黨團活動聚餐費，最終同樣'
     '背上黨內嚴重警告處分。運營商中基層干部構成的“酒桌圈”，暴露出權力勾兌的潛在風險。',
     'in', None, False, ['违反中央八项规定精神', '公款吃喝', '公车私用', '廉洁纪律'],
     [(None, '原總經理助理', '中國電信某地市分公司'), (None, '總經理', '中國移動某地市分公司')]),
    # 07
    ('http://www.cdrx.net/m/article-27070-2.htm',
     '“小区供水不畅，虽与自来水厂取水口选址不够科学等客观因素密不可分，但我们的工作作风、服务态'
     '度、工作方法和责任意识更值得深思。”昨日，在接受记者采访时，供水主管部门彭州市农投公司一负'
     '责人如是说。据了解，2012年6月至2013年6月中旬，该公司下属磁峰自来水厂以鹿鸣荷畔小'
     '区村民不交入户费为由，擅自压缩供水时间，有时隔一天、两天或三天才供一次水，而且每次供水时间'
     '只有4-5小时。鹿坪社区干部多次找到磁峰自来水厂反映问题，但每次都因“检修管道”或“水量不'
     '够”等为由被推脱，致使该小区村民长期生活用水困难。去年7月，在报经彭州市委市政府同意后，彭'
     '州市纪委监察部门出示黄色“行政效能告诫牌”，责成农投公司作出深刻的书面检讨，在全市通报批评'
     '。公司“一把手”被问责，相关负责人也被停职检查，时任磁峰自来水厂厂长立即被罢免。',
     'in', None, False, ['形式主义官僚主义', '群众纪律', '工作纪律'],
     [(None, '一把手', '农投公司'), (None, '厂长', '磁峰自来水厂')]),
    # 08
    ('http://ljzjr.cn/china/2019/0804/c_63050.html',
     '近日，辽宁省丹东市振兴区党员干部廉政警示教育大会通报了该区就业服务管理局就业办原主任兰学光'
     '“玩忽职守审核贷款申请一案”，作为反面典型给到场的党员干部上了生动的一课。“小额担保贷款申'
     '请人的身份必须是符合规定条件的几类特定人员，这些特定人员所从事的创业活动必须属于文件规定的'
     '微利项目范围内……”2018年6月，辽宁省丹东市振兴区纪委监委收到关于区就业服务管理局就业'
     '办原主任兰学光接受贷款人宴请、收受感谢费等问题的线索。在调查过程中，兰学光对政策侃侃而谈，'
     '俨然了然于胸。然而，兰学光故作淡定的“表演”，却掩盖不了他在贷款资格审查过程违纪违法的事实'
     '。“这份不符合要求的小企业贷款贴息材料上，为什么有你的签名呢？”调查人员出示了一份2011'
     '年申报劳动密集型小企业贷款贴息的材料。“我看局长和主管副局长都同意了，没看材料就直接在申报'
     '表上签字盖章了。”兰学光对自己的错误如此解释。但实际上，兰学光在任期间就不止一次在小额担保'
     '贷款资格审核上采取“睁一只眼闭一只眼”的态度。调查证实，2013年，兰学光没有按照规定要求'
     '通过信息比对、实地核查、电话抽查等方式确保贷款申请资料的真实可靠性，便对不符合贷款要求，伪'
     '造工商营业执照的徐某等4名贷款人违规审查认定贷款人资格，致使丹东银行向徐某等4人发放由财政'
     '给予贴息的下岗失业人员小额担保贷款共计180000元。贷款到期后，因上述4人无力偿还贷款本'
     '金及逾期利息，造成国家财政资金损失180000元、孳息25200.62元。',
     'in', None, False, ['玩忽职守', '廉洁纪律', '工作纪律'],
     [('兰学光', '就业办原主任', '就业服务管理局')]),
    # 09
    ('http://www.hswh.org.cn/wzzx/zyxw/gn/2015-04-29/31658.html',
     '云南、陕西医疗界发生连锁式腐败，观察者网27日报道，云南第一人民医院院长王天朝贪腐百套房、'
     '百个车位被调查。据央视新闻1+1，云南第二、第三人民医院院长均涉及腐败案被调查，第二人民医'
     '院的原院长江春光接受他人贿赂190万元，2011年的时被判处有期徒刑五年；第三人民医院原院'
     '长杨湛受贿人民币90多万元，现金1万欧，价值人民币6万余元的摄影器材，2012年被判处有期'
     '徒刑五年。另据《华商报》29日报道，陕西多家医院原院长被查办，均涉医疗设备腐败。一家医疗设'
     '备公司——江苏国安医疗设备有限公司安康分公司，把陕西省6家医院12人拉下水。',
     'in', None, False, ['受贿', '廉洁纪律'],
     [('王天朝', '院长', '云南第一人民医院'), ('江春光', '原院长', '第二人民医院'), ('杨湛', '原院长', '第三人民医院'), (None, '原院长', '陕西多家医院')]),
    # 10
    ('http://www.animal-ia.com/news-detail/285/285499.html',
     '8月18日，據山西省紀委監委消息，太原重型機械集團有限公司（以下簡稱“太重集團”）原黨委副'
     '書記、副董事長、總經理張志德因嚴重違紀違法被“雙開”。觀海解局注意到，自去年10月后，半年'
     '內太重集團已有7名高管落馬，其中多人“致使國家利益遭受特別重大損失”。張志德，1966年9'
     '月出生，山西汾陽人，大學本科學歷，1987年7月參加工作。張志德自2000年起就一直在太重'
     '集團工作。當年他的起點是太原重工起重機分公司副經理，5年后成為分公司經理；2009年，張志'
     '德擔任太重集團董事兼太原重工總經理，此后他還曾兼任太原重工董事。張志德在太原重工總經理的位'
     '置上干了3年，后任太重集團黨委常委、副董事長、總經理，并兼任太原重工副董事長、董事等職務，'
     '直至今年1月落馬。如今7個月后，張志德被“雙開”。通報指出，張志德搞迷信活動；為謀取人事利'
     '益給予他人財物，違規為配偶辦理延遲退休；違規設立“小金庫”并濫發津貼補貼；不認真履行工作職'
     '責，推進省屬國有企業改革不力，不如實向上級報告工作，對下屬公司風險防控不力；利用職務上的便'
     '利，在職務提拔、業務承攬等方面為他人謀取利益，非法收受他人財物；濫用職權，致使國家利益遭受'
     '特別重大損失。五天前，張志德的“老領導”，山西省人民政府國有資產監督管理委員會原黨委委員、'
     '副主任王創民被“雙開”。',
     'in', None, False, ['政治纪律', '组织纪律', '廉洁纪律', '工作纪律', '受贿', '滥用职权'],
     [('張志德', '原黨委副書記、副董事長、總經理', '太原重型機械集團有限公司'), ('王創民', '原黨委委員、副主任', '山西省人民政府國有資產監督管理委員會')]),
    # 11
    ('http://jqdstudio.net/ssjj/ssjjhuanqiu/2022-03-27/159944.html',
     '想不到，一個小小的自來水表，也能成為部分人的貪污渠道。3月19日，中央紀委國家監委網站發布'
     '的一則《揪出“水耗子” 喝上“明白水”》，向公眾揭示了一起圍繞水費形成的貪腐窩案。值得注意'
     '的是，涉案人員的職務普遍不高，多為當地自來水公司的抄表員，然而，通過少抄實際用水量的方法，'
     '涉案抄表員收受所在轄區用水企業、社區、城郊村賄賂，涉案金額達444.7萬元，其中受賄、侵吞'
     '資金最多的達119.6萬元。截至目前，14名涉案人員已經接受審查調查，多名涉案人員已陸續受'
     '審，一審獲刑。一段時間以來，不斷有群眾舉報，反映陜西延安市寶塔區橋溝街道辦事處二十里鋪村水'
     '費收繳不透明，村集體財務支出存在問題。在核實水費收繳過程中，辦案人員“意外”發現，市自來水'
     '有限公司存在漏損率超高的問題。在全國自來水行業，管網漏損率的國家行業標準為8%至12%之間'
     '，而在陜西延安市自來水有限公司，這個數據一度出奇的高。2018年，該水廠管網漏損率為14.'
     '39%，最高時達24%，僅高損耗率一項，每年就造成自來水虧空上百萬噸，也是造成市自來水公司'
     '長期虧損的重要原因。數據反常的背后原因是什么？為了搞清楚原委，當地成立了聯合專案組展開調查'
     '。調查過程中，工作人員發現群眾反映的二十里鋪村財務支出居然是一筆“陰陽賬”。二十里鋪村黨支'
     '部原書記張某伙同村民史某某虛開工程發票和自來水費發票在村集體賬戶報銷。“村賬顯示，該村有一'
     '筆80.8萬元支出用于修建道路。而事實上，經我們調查，村里并沒有修路。”',
     'in', None, False, ['受贿', '贪污', '廉洁纪律'],
     [(None, '抄表員', '自來水公司'), ('張某', '黨支部原書記', '二十里鋪村')]),
    # 12
    ('https://yizhanzhixiao.com/link/381466859.html',
     '每天都看小溪办事，今天我想请小溪帮我们办一件事。我是济宁安居唐营的，从年前我们镇里就来人说'
     '动员我们搬迁，说是旧村改造，给出的条件是一人55平，其中40平300元每平，15平1900'
     '元每平，我们现在的房子评估后赔偿，这样算起来，我们每户都要再给他们好几万，我们这里都是靠打'
     '工种地挣钱的，辛苦半辈子攒的钱都给孩子盖新房结婚了，他们这样一来，我们哪里还有钱再买房子。'
     '另外，我们这里也是塌方区，附近矿上给我们的搬迁条件是一人70平，每户20万，【昨天矿上来人'
     '一说我们才知道】，这和镇上给我们的条件差多少啊，所以我们就怀疑这中间的钱就让镇里和我们村领'
     '导留下了，不然他们怎会如此兴师动众的让我们搬。今天早上我们村的老少都聚集到村口，不让工作组'
     '的人进村，要求他们给出个说法，他们不但不给出个明确的说法，而且说话态度很不好，以至于让一位'
     '老爷爷当场气晕了，急救车拉走了到现在还不知道怎样，这样他们还推脱责任说和他们没关系，气的在'
     '场的百姓都想打他们，他们这样就是拿国家的权利坑害老百姓啊·，打着为老百姓服务的旗子办这样的'
     '事，我就不信了，咱们现在是法制社会，电视上天天说反腐倡廉，为什么这样的事还是层出不穷啊，难'
     '道就是说说的吗？我希望小溪能帮我们讨个公道，不能让这些手里有点权利的人为所欲为，坑害百姓啊'
     '。我代表我们村的老少爷们谢谢了。',
     'in', None, True, ['贪污', '群众纪律'],
     [(None, '村领导', '唐营')]),
    # 13
    ('https://www.kxfr.com/sina/393931.html',
     '我们18人是新疆新美木业公司（原新疆火柴厂）的职工，企业在2000年至2008年改制欠我们'
     '八年的加班费至今没有给，2008年8月企业又跟我们解除劳动合同，我们起诉到新市区法院法院不'
     '以《劳动法》判案，以开发区管委会一纸说明材料判案。法律不是被权力捉弄的玩具，而是能真正保护'
     '受害人的羽翼，否则这个是非不分、虚伪作假的法庭，不为民做主，判这种“官官相护”的权利案，老'
     '百姓到哪里去找公理呢？希望得到专家答复，我们将耐心等待。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://news.sina.com.cn/o/2005-01-05/10244723102s.shtml',
     '一笔工程款讨要7年未果，无奈之下诉诸法律，可判决书如一纸空文，至今未能执行。为补上这笔近1'
     '0万的工程款，他变卖了自己的吉普车，大小建筑器械被人随便拿去抵债，老岳父也因此一命归西，正'
     '上大学的儿子学费只能暂时欠着。为了讨回属于自己的工程款，长安区大原村的宋建平这个昔日的“富'
     '汉”正在经历精神的极度煎熬……要说1998年以前，当时的长安县马王镇大原村的宋建平可是个远'
     '近闻名的大老板，是“先富起来”的代表人物。只是1998年以后，宋建平逐渐和“穷光蛋”3个字'
     '扯上了关系。家里的东西变卖完了，不够还账；日子过得紧巴巴，儿子上大学的学费至今仍然欠着；每'
     '到年关他就出去躲账，等大家都沉浸在过年的快乐里后，才悄悄溜回来。这一切皆因为一桩本不该涉足'
     '的工程。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://peopleweekly.cn/html/2017/minsheng_1207/2015.html',
     '法院白纸黑字的判决，却拖延21年执行不了。为讨回工程款，河南农民袁正凯从50岁“告”到70'
     '岁，希望能讨回公道，维护自己的合法权益。1993年10月10日，河南省淮滨县建筑公司五队法'
     '人袁正凯与山西省晋城市郊区大箕乡南坪村委签订硬化公路合同书。双方对工程按期竣工、质量要求、'
     '付款方式等均有约定。合同约定：第一期工程从1993年10月10日至同年11月25日前完工；'
     '第二期工程从1993年10月10日至1994年5月底完工。合同签订之日起，南坪村委应付建筑'
     '公司五队一定生活费。每一项工程竣工后，经验收合格，再付50%，如结不清，南坪村委以活期存款'
     '利息在两年内付清。同时，双方对质量要求违约责任等均有约定。工程完工后，南坪村委却不履约支付'
     '工程款，袁正凯于是将南坪村村委会告上法庭。经山西省晋城市中级人民法院民事判决：原、被告所签'
     '订协议合法有效，全部工程竣工后，被告应按约付款，逾期拖欠工程款，实属违法行为，依法应承担违'
     '约责任。建筑公司五队要求其偿付工程款并赔偿利息的请求合理。南坪村委拖欠工程款314409.'
     '42元，取费工程款18083.51元，共计332492.93元。应在判决生效后一个月内付清'
     '。公诉费及其他诉讼费15800元由南坪村委承担。判决之后，执行过程中却出现了波折。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://www.sjzok.net/forum.php?mod=viewthread&tid=17368',
     '现在我们村绝大多数村民仍然没有同意拆迁，政府的新农村改造本来是为了改善居民生活，我们的生活'
     '本来就已经很好了，但现在却越改越差，农村人本来就老实懦弱，虽然他们绝大多数都反对，但也只有'
     '我一个来给你们发信息。但请你们想想，一个村子里，有多少有电脑的，又有多少敢于爆料的。也许只'
     '有我一个人给你们发信息，但像我这样想法的绝不是个例，希望你们重视。涿州市码头镇北芦村离北京'
     '也很近。1、此次拆迁前没有任何公告，听证，广播。拆迁来得太突然，让很多人措手不及，有的本来'
     '正在盖房也不让盖了2、补偿及其不合理，拆基地仅6.5万/亩，房屋补偿不超过1300元/平米'
     '，而让我们购买的补助房高达2500每平米。这些都严重违反国土部本月13号下发的通知3、对门'
     '脸房按住宅房进行赔偿，也不给置换门脸房4、在各家的补偿方案下来后，镇政府并没有尊重村民的意'
     '见召开会议，听取村民对补偿的意见，也没有举行全村投票，看是否大多数村民赞成拆迁。而是以奖励'
     '措施，先选楼号迫使一小部分村民先同意。对于绝大多数没有同意的村民，政府各个工作小组劝其定户'
     '型，试问，我们还不同意拆迁呢，选什么户型。大家都认为，镇政府在下套。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://sebasdess.com/hnr/3g/3gnews/3gcomment/201310/t20131001_645150.html',
     '2001年6月，太原市東倉巷五福庵舊城危房改造工程開始房屋動遷，項目由大復盛房地產開發有限'
     '公司負責實施。當時57歲的姜潤寶希望盡快住上新房，7月份就搬了出去。開發商承諾2年后讓拆遷'
     '戶原地回遷，并按10元/平方米的價格發放過渡費。讓姜潤寶沒想到的是，這一搬就是13年，如今'
     '還不知道什么時候回遷。13年中，姜潤寶搬了9次家。他現今和單身的三弟一塊住，老伴跟著兒子住'
     '。比起分居，姜老漢更憋悶的是孫子的上學問題。按照拆遷前的住址劃片，孫子本可以上個優質學校，'
     '但一直沒回遷，學校附近房租太高，孫子只好上差學校。“搬遷時，我老漢還想著能住上新房子，沒想'
     '到拖了這么久還沒有建成，老漢沒住上就去世了。”78歲的劉鳳英說，拆遷戶中已經有50多人去世'
     '，她害怕自己也像老漢一樣“死在外面”。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://sdls148.com/showart.asp?id=83',
     '昨日下午，在黄圃镇国际会展中心，郑思均在路边摆出红纸黑字的大字报讨说法。他表示自己工伤至今'
     '，受伤右手已经丧失劳动能力，必须接受康复治疗，请求公司垫付资金治疗却被拒绝。依据郑思均提供'
     '的工作证显示，他是该企业冲压车间员工。他表示今年5月12日进场上班，不到半月就在冲床出事，'
     '四指压断后在中山一医院接驳完整，但小指术后坏死。住院治疗期间3万余元医药费均为公司支付。出'
     '院至今，郑思均先后两次在博爱医院进行工伤鉴定，均为8级残疾，公司答应赔付约4万元，但郑思均'
     '不满结果，于12月10日第三次向广东省劳动能力鉴定委员会申请工伤认定，结果要三个月后出具。'
     '对此，该企业人事部表示，郑思均确实属于工伤。公司要求他12月17日回来上班，公司将安排他能'
     '从事的工作岗位，逾期不到岗视为旷工。在本人拒不到岗的情况下，要求与公司解除劳动关系，该公司'
     '将按照《工伤保险条例》进行赔偿。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://taian.dzwww.com/2013sy/taxw/201506/t20150612_12541627.html',
     '新泰市一村庄70多户村民，把钱存到一家种植合作社，没想到前几天这家合作社关了门，负责人也找'
     '不到了，村民们一共上百万的“存款”没了着落。当地经侦已展开调查。11日上午10点多，记者来'
     '到新泰市新甫街道西洛村，看到不少村民聚在一起，议论着存款取不出来的事。今年61岁的村民姜秀'
     '荣告诉记者，今年春节期间，她通过村里的信贷员往合作社存了四千块钱。虽然钱不多，但是她一年来'
     '干建筑辛辛苦苦挣的。“本来还指望能多赚点利息，没想到现在合作社没人了，连本钱都取不出来。”'
     '姜秀荣叹着气说。“今年家里老人存进去8万块钱，幸亏前段时间有个亲戚借钱，我们取走了7万，现'
     '在还有1万块钱取不出来。”村民刘向强说，最初大家都不知道，直到四五天前有人拿着存单去取钱，'
     '才知道钱取不出来了。他们都是通过同村的刘玉章存的钱，他在农村信用社干过信贷员，大家还以为他'
     '在信用社干，信用有保证，所以才把钱交给了他。大部分都是老年人存的钱，利息4厘2，比存银行高'
     '出1厘多。直到出了事，才知道钱存进了一个种植合作社，现在负责人找不着了。“要是早知道存的不'
     '是信用社，大家也不会把钱交给他。”刘向强说，这些钱都是老人攒了一辈子的钱，现在连人也找不到'
     '了，家里老人急坏了。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://aq365.com/html/201306/21/164853328.htm',
     '6月17日上午，城区一酒店经营者刘先生来电：上个月，我的酒店已被停电五次，酒店经营受到了一'
     '定影响。为此，我向安庆供电公司反映过此事，他们也答应采取措施，可就在昨晚和今天上午，我的酒'
     '店又停了两次电。刘先生告诉记者说，今年5月，他的酒店被停了五次电，每次一停就是一两个小时，'
     '酒店经营受到了影响。“这几次停电我都发现，我酒店隔壁的商店并未停电。为此，我曾向安庆供电公'
     '司反映此事，该公司解释说是‘故障性停电’，并答应采取措施尽量避免。”“但是昨天（6月16日'
     '）晚上8时许，我的酒店又停电了，两个小时后才来电；今天上午9时，我的酒店再次停电。但这两次'
     '停电时，我酒店隔壁的商店都照样有电。”刘先生说：“我的酒店从未拖欠过电费，如此频繁被停电到'
     '底是什么原因？”带着刘先生的疑问，记者当天来到了安庆供电公司。就此问题，该公司配电运检工区'
     '一负责人解释说，刘先生的酒店和隔壁的商店之所以不是同时停电，是因为线路不同。另据该负责人介'
     '绍说，刘先生的酒店停电与近期城市建设和供电线路改造有关。“今年四、五月份以来，我市城建施工'
     '项目比较多，为配合施工，安庆供电公司进行的计划性停电也相对较多。同时在城市建设中，输电线路'
     '‘外破’故障也相对频繁一点，所以用户感觉停电次数相对较多一点。”该负责人同时表示，目前安庆'
     '供电公司也在采取相应措施，进行线路调整，并加强线路维护，以尽量减少停电次数，保障用户正常用'
     '电。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.it214.net/c2564910.aspx',
     '本来不想打扰龙山国家电网的各位领导，因为你们很忙。作为国企领导，你们格外优越，还享受着高薪'
     '高待遇。但是，有的话不说是不行了。近几个月来，本人居住的上磨盘寨发生多次晚上停电事件，有个'
     '晚上停了几次，停的时间还很长，正是严冬，又是晚上，一家老的老，小的小，你说，我们用户心里是'
     '什么滋味。亲爱的龙山国家电网的领导们，请问：你们的优质服务去哪儿了？你们问心无愧吗？针对网'
     '友于2015年03月02日08:45:28在湖南红网“百姓呼声”栏目发表的一封题为《龙山县'
     '上磨盘寨近期多次停电，国家电网优质服务去哪儿了？》的帖子，我公司十分重视，经调查核实，现将'
     '相关情况汇报如下：网友反映情况基本属实。1至2月期间，该台区民用负荷增幅快，负荷大，确实短'
     '暂停过四次电。但不存在一个晚上停几次电的现象。停电后，我公司都在第一时间及时恢复了供电。该'
     '停电台区老化严重，低压线路未改造完成。目前，我公司已完成该台区规划测设，正积极立项推进改造'
     '工作。为改善供电情况，我公司也采取一些临时性措施，如对台变进行了增容，同时确定了补点配变方'
     '案，但因补点位置一直协商未果，故补点工作未完成。该台区彻底改观要等到全面改造完成。感谢网友'
     '对我公司监督和关爱。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://scjgj.qdn.gov.cn/ywgz_500412/xfts_5821799/202106/t20210604_68429980.html',
     '2021年4月26日，消费者张先生与某某装饰工程有限公司就协商房屋装修相关事宜产生了分歧，'
     '该装修项目尚未施工。消费者张先生要求该公司退还已支付的2万元订金，双方商协商无果，故请求我'
     '局消费者会帮助维权。接到投诉后，我局随即对投诉情况进行调查核实。经调查核实：消费者未与该公'
     '司签订施工合同，该装修项目未施工。消费者张先生与该公司多次协商，再三退让妥协，要求解除该装'
     '修优惠协议，退还之前支付给该公司的2万元，但该公司均以定金不退还为由拒接退还消费者张先生先'
     '期支付的2万元。根据调查核实情况，州消费者协会依法组织双方先后进行了三次调解，在第一、第二'
     '次的调解中，商家态度非常强硬，不同意退还消费者张先生先期支付的2万元。2021年6月2日，'
     '州消协会同州市场监管局消费网监科再次组织双方进行了第三次调解，调解人员现场指出商家不合理行'
     '为，属于“霸王条款”。但消费者没有认真理解协议内容和注意支付收据细节就付款并签订协议，也存'
     '在一定的过错，调解人员建议，消费者和商家各退一步，以双方的损失最小化为原则，合理妥善化解此'
     '纠纷。经调解人员再三的说服教育，该公司最终同意退还消费者14000元，消费者和经营者双方对'
     '调解结果表示满意。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH38, "fresh38")
