"""Sealed batch fresh127: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh125th.py; the batch and its row ids are "fresh127".)

Theme: oil, gas and fuel retail (加油站, 中石化/中石油 branches, 液化气站 and 燃气 firms, 成品油
and 燃气 licences): a county 质监局 head running the 液化气 trade through a "协会", a state-asset
firm's 党委委员 holding shares beside a 液化气站, officials asking new stations for 干股, a
中石油 branch manager who took the stations' oil money, a station head tried for 挪用公款, an
安监局 head tied to an "油荒", the 中石化 chiefs and the "加油站腐败", a 经贸局 approval of a
station 38 m from another, a 国办 督查 of 液化气 checks "走了过场", station staff asking drivers
for drinks, a 乡政府 driver's fuel card, a 建设局 licence for a 液化气 depot among houses; out
items are two gas-explosion damages suits, a 液化气 licence's administrative suits, a station's
land quarrel with villagers, a driver's over-metered fill, a station worker's letter, retired
oil-field workers' pension claim, a 问政 complaint on a self-service station, a commentary on a
watered-fuel station and a forum post against a gas pipeline. Sources (stored-pages search): a
zhanghan.ltd copy of the 人民监督网 report on the 滦南 质监局; a downloadr.cn copy of a 忻州
commentary on 王秀文 (traditional, converted); a forum copy of the CBN report on 涪陵's stations;
a 中国经济网 copy of the 红网 comment on 陈艳; the 2005 新浪 copy of the 重庆晨报 trial report;
a 看中国 report on 信宜's 庄达耀 and 温平生; an 阿波罗网 report on the 中石化 chiefs
(traditional); the 新唐人 copy of the 沭阳 "明秀" owner's letter; a weixinyidu copy of the 国办
督查室 高碑店 通报; a copy of the 金华 加油站 story; the 浙江在线 淳安 fuel-card story; the 福州
新闻网 平潭 report; out: the 现代快报 张家港 suit, a niuyw copy of the 棲霞 ruling (traditional,
converted), an xxqp copy of the 余姚 甬兴 licence report, a 猫眼 copy of the 长乐 江田 station
report, a yxiu copy of the 经济参考报 成都 report, an 经济观察网 reader's letter, a 维权网 report
on the 靖边 采油工, a 红网 问政 report on 宁远, a 中國西藏網 copy of the 光明網 commentary on 漢中
(traditional) and a 0668 forum post on 茂名中燃. Three texts are in traditional script (items
7, 14, 21) and one in a converted mixed script (item 2; the glossing pinyin of the converted
copies removed in 2 and 14).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, navigation, source and share lines and the truncated last sentences of the stored
copies removed); paragraphs joined; ASCII punctuation written full-width except inside numbers
("4.61", "300~800米", "35~4元"); stray spaces inside sentences removed (005, 006, 008). Page
oddities kept: "变的不可思议" (001), "注冊" and "干部" in the converted 002,
"【2003】" (003), the "?" after "堵住了周口市中石油的加油站" (004), "脑眼昏花"
(005), "国经贸{1999}637号" (008), "35~4元" for 3.5 to 4 (010), "液化氣公司告" for 液化氣公司
(014), "认劳任怨" and "我觉的" (018), the unclosed quote of the workers' statement (019),
"打着电力抢修的招聘" (022).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
managers and staff of state firms such as 中石化, 中石油 and a city's state-asset company count,
as in fresh36th.py; private stations, 液化气 and 燃气 firms and their owners do not), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters,
victims, witnesses, firms, businessmen without a post and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原"/"前" kept) and units as written; unit None when the text ties
the person to no named unit. Topics only from the twelve names of triage.md; fuel cards used for
private cars are 八项规定 (IS.EP.HL.06), shares in a firm one oversees 廉洁纪律. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (008, 012,
015). Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 3 (017-019), 其他 3
(020-022). 14 accused entries, all in items 1-12: 11 with a full name (艾润身, 王秀文, 陈艳,
庄达耀, 温平生, 張海潮, 陳同海, 杜世成, 蘇樹林, 王天普, 叶小红), 2 masked or surname only (闻,
吴某), 1 post only. Items 003, 008, 009 and 012 are in scope with no accused entry. Out items
have no accused entry.

Close calls:
 1  Cut before the truncated "他们分布在全县各地，…" sentence; the photo caption "本图: 滦南县质量
    技术监督局局长艾润身" cut. 艾润身 ('局长', '滦南县质量技术监督局') runs the 协会 that fixes prices
    and forces carriers to stations; "质监局闻副局长" wrote its rules: ('闻', '副局长', '质监局'),
    the surname as name as fresh107th.py's '李' '站长'. The private station owners are not
    accused. 滥用职权 and 群众纪律 (the forced 保证金 and assigned stations, IS.MAS.01/07).
 2  Converted copy: the date line "2025-12-11", the numbered sub-heading "01 官德失守：…" and the
    sub-heading "违规入股：…" cut; ends before the truncated "彼時的他…" sentence. 王秀文 as first
    written "現任忻州市國有資產經營有限公司黨委委員，兼任…" gives ('王秀文', '黨委委員',
    '忻州市國有資產經營有限公司'); his other posts come after "兼任". The 潤達公司 is private.
    廉洁纪律 (入股, 有償中介) and 组织纪律 (隱瞞事實 "帶病提拔"). The 忻州 explosion is background.
 3  Forum copy; the "一公里内四个加油站" sub-heading cut; ends before the truncated "因此吴起认为…".
    "当地一些官员" asking for 干股 are an unnamed group: in, no entry. 吴起 (化名) is a trade
    association source. 廉洁纪律 (干股) and 工作纪律 (stations below the spacing rule). Hard: the
    officials are one sentence of a market story.
 4  A commentary; headline, date and source line cut; ends before the truncated "对内面言，…".
    陈艳 first written "中石油周口销售分公司经理陈艳" (later "销售部主任"): ('陈艳', '经理',
    '中石油周口销售分公司'). The private station owners are victims. 贪污贿赂 (the oil money
    taken) and 选人用人 (the writer's "用人腐败", "失察").
 5  The headline, the table junk, the "新浪" source line and "本报讯 (记者文创)" cut, and the two
    inline sub-heads "嫌犯：不是欠款是借款" and "辩解：犯高血压签的字" cut. Hard: the station is
    unnamed and has a 董事会, but the charge is 挪用公款 (a state employee's crime): in, ('吴某',
    '前任站长', None). 贪污贿赂.
 6  Headline and the "本文留言" / "近期读者推荐" lines cut. Both under 立案调查 for "严重违纪"
    with no reason given: ('庄达耀', '局长', '信宜市安监局') (written "茂名信宜市安监局"; the city
    prefix dropped as fresh62th.py did) and ('温平生', '局长', '国土局') as written in the same
    phrase (later "信宜市国土资源局"). 工作纪律 only (the 人为"油荒" in his term); hard, the text
    names no breach.
 7  Traditional; the "新聞 > 軍政 > 正文" line and headline cut; ends before the truncated "如原分
    公司黨總支書記張文艷…" sentence, so 張文艷 is not in the text. Five accused with posts as first
    written: 張海潮 ('前黨組成員、副總經理', '中國石油化工集團有限公司'), 陳同海 and 蘇樹林 ('前總經
    理、黨組書記', '中石化'), 杜世成 ('前市委書記', '青島市', as "衡陽市委書記" in fresh104th.py),
    王天普 ('總經理', '中石化'). 陳偉達 is only 陳同海's father; 周永康, 蔣潔敏 and 曾慶紅 are only
    named as connections. 贪污贿赂, 生活纪律 (共享情婦) and 廉洁纪律 (關聯交易牟利).
 8  Mixed: the owner's loss of trade to a neighbour station (her own business claim) beside the
    沭阳县经贸局's approval against the spacing rule and the 中石化 station's permits obtained
    after building: in (the approval is the complaint's point), no entry (organs and a firm).
    Headline cut; ends before the sentence that runs into the truncated "2007年冬，…因长时间".
    工作纪律 and 滥用职权. 吴以婕 writes; 陈明秀 is her husband.
 9  Share and header lines, the 通报 title, "作者：中国政府网" and the numbered heading "一、非法经营、
    储存瓶装液化气情况严重。" cut; ends before the truncated "直到2019年5月7日…个" sentence.
    "有些地方政府及其有关部门" are organs: in, no entry. 东能政和液化气站 is private.
    形式主义官僚主义 (走了过场) and 工作纪律 (监管流于形式). Could be read as 其他 (a 督查 report).
10  Hard: the two women are staff of a 中石化 station (a state firm) asking a driver for drinks;
    one post-only entry (None, '女工作人员', None) as fresh62th.py did for "3名國家公務人員" (the
    station is unnamed). "剑客小子" reports, "不娶则已" comments; the 中石化金华市分公司 worker only
    answers. Starts at the page's "他说" (the stored copy begins there); ends before the truncated
    "哪怕是开玩笑" sentence. 群众纪律 (吃拿卡要). Could be read as out (a service complaint).
11  Site path, print lines, headline and the dateline "浙江在线-杭州频道5月8日讯(…)" cut; ends before
    the truncated "同时还发". "淳安县里商乡政府驾驶员叶小红" gives ('叶小红', '乡政府驾驶员', '里商
    乡') as fresh107th.py's '乡政府干部' / '邙岭乡'. 缪宝军 only investigates. 八项规定 (私车公养).
12  Mixed: villagers' safety complaint about a private 液化气 depot beside their houses beside the
    平潭县建设局's licence issued over their objections without land and project approval and
    its silence on the 12345 referral: in, no entry (organ). 林云华 runs the private firm; 小林
    reports; the 国土资源局 and 发改局 only answer. "福州新闻网讯" and the three sub-heads cut (the
    last, "县建设局：许多村民", truncated). 工作纪律 and 群众纪律 (不答复). Could be read as out
    (其他, a neighbourhood safety complaint).
13  涉法涉诉: a damages suit against a private gas supplier; the 监察局 in the 事故调查组 only
    acts. Ends before the truncated "就事故造…".
14  涉法涉诉, traditional (converted, glosses removed): a family's suit against a 液化氣公司 and the
    landlord 李兵 (private). Headline cut; ends before the truncated "其間也有…" sentence.
15  Mixed, hard: a private 气体分滤厂's nine-year licence fight through administrative suits,
    with the 浙江省高院's words that the 余姚住建局 "显系滥用职权". The central matter is the firm's
    licence and its lawsuits: out, 涉法涉诉, no entry (an organ). Site lines and the repeated
    headlines cut; ends before the truncated "规…" sentence on the 燃气专项规划. Could be read as in.
16  征地拆迁: villagers' claim that a 中石化 station stands on collective land without rent, and on
    1.656 亩 of roadside land never taken; courts already upheld the station. The page headline
    ("镇政府让加油站捐出200万") is cut, so no act of the 镇政府 is in the text. The spam lines
    ("猫眼电影记者…首次登录送91元红包"), the three numbered sub-heads and six captions cut; ends
    before the truncated "加油站出租方…". Could be read as 涉法涉诉. 黄秀华 leases the station.
17  个人利益诉求: a driver's over-metered fill (67.96 升 in a 50 升 tank), money refunded; the
    中石油 station is a state firm but no misconduct of a post is alleged (a service complaint).
    Headline, the "AI导读" summary and the "(文章来源：…)" line cut.
18  个人利益诉求: a 中石油 contract worker's letter against layoffs and a colleague's 800 元 fine;
    the "领导" are not accused of an act. The "读者 小妹" signature and date lines, the footer and
    "相关文章阅读" cut.
19  个人利益诉求: retired contract oil-field workers' pension and overtime claim against the 延长油田
    靖边采油厂 (a state firm); the 劳资科长 only answers. Byline "(维权网信息员于富民报道)" and
    "2015年11月6日星期五，本网获悉：" cut; the list line break inside "五一" joined; ends before the
    truncated "我们是合同临时工…". Off theme (oil field, not retail).
20  其他, hard: a 问政湖南 complaint that a 中石化 self-service station is unmanned and unsafe; the
    company gave the 站长 a 严重警告处分. Read as a customer's safety complaint (the brief's
    customers' complaints are out); could be read as in with (None, '站长', None). "当前位置", the
    headline, the "相关链接" line and the dateline cut; ends before the truncated 安监局 measures
    sentence. 段灵利 only receives the post.
21  其他, traditional: a commentary on a private station's watered fuel under police
    investigation; site path, headline, time/source and author lines cut; ends before the
    truncated "不管加油站自稱…" sentence. Could be read as 涉法涉诉.
22  其他: a forum post against 茂名中燃 (a private gas firm) laying a pipeline through a village
    and its prices; "执法部门" are named only as ignored. The table bars "|" cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH127: list[Item] = [
    # 01
    ('http://zhanghan.ltd/article/html/612.html',
     '河北省唐山市滦南县现有人口近60万，该县大部分居民生活用的液化石油气，都是凭借液化石油气瓶（俗称煤气罐）'
     '，该瓶拥有量约在15万个左右。依据有关规定，普通家庭用的15公斤钢瓶使用期限为15年，自生产之日起至少每'
     '四年检验一次，50公斤的每三年检验一次，检验合格的加检验标志，液化气瓶应该由液化气站准备，供用户使用，可'
     '由于历史的原因，液化气瓶都是居民家庭自己购买。滦南县建有液化气站十座，分别位于奔城、官宅、青坨营、长宁、'
     '黄坨、大马庄、南圈、坨里和扬岭等乡镇，全县10座液化气站除城关的建委气站外，其余均为个体经营。河北省滦南'
     '县质量技术监督局是行政执法机关，承担着全县综合管理和行政执法两大职责，液化气瓶作为压力容器理所当然在质量'
     '技术监督局的安全监察范围之内。2005年，滦南县质量技术监督局建成了滦南县液化气瓶检验站，并对外开展了液'
     '化气瓶的检验业务，检验站的建立从保证老百姓的安全上说是好事，然而，随后的事情却变的不可思议了。2005年'
     '，在滦南县质量技术监督局局长艾润身的大力运作下，成立了“滦南县液化气站行业协会”，并由质监局闻副局长执笔'
     '制定了章程。协会操纵全县的液化气价格，质量技术监督局以协会的名义给全县的所有从事灌气运输服务的个体户发放'
     '灌装证，强行给个体户指定液化气站，而各液化气站则以技术监督局的名义强行收取运输服务户保证金1500元。个'
     '体运输户是液化气站与百姓联系的纽带，负责把居民用户的液化气罐收上来，灌装完后再送回百姓家中，从中赚取低廉'
     '的差价和运输费用。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('艾润身', '局长', '滦南县质量技术监督局'), ('闻', '副局长', '质监局')]),
    # 02
    ('http://m.downloadr.cn/index.php?id=6788&lanmu=1&p=news_show',
     '2025年10月4日，忻州荊州燒烤店的兩聲液化氣鋼瓶爆炸聲，不僅炸碎了商鋪屋頂，更炸開了忻州市忻府區潤達'
     '液化氣有限責任公司（下稱“潤達公司”）“兩度查封仍頂風違法”的囂張黑幕。當公眾聚焦于這家企業漠視安全、對'
     '抗監管的行為時，一條隱藏在案件背后的利益鏈條浮出水面。——事件核心關聯人物，正是現任忻州市國有資產經營有'
     '限公司黨委委員，兼任忻州市商業五金交電化工有限責任公司（下稱“市五交化公司”）執行董事、總經理、黨委書記'
     '的王秀文。從違規入股企業、隱瞞事實“帶病提拔”，到在液化氣站項目中參與有償中介、變相攫取利益，再到聯合他'
     '人排除合作伙伴、涉嫌參與公文造假，王秀文的所作所為，既背離了“官德”底線，也丟棄了“商德”準則，更喪失了'
     '“人德”根本。這場橫跨公職與商業領域的爭議事件，既是個別干部權力邊界模糊的縮影，也是企業合作中誠信缺失的'
     '典型案例，值得深入剖析與反思。作為現任忻州市國有資產經營有限公司黨委委員、市五交化公司執行董事、總經理、'
     '黨委書記，王秀文本應恪守《中國共產黨紀律處分條例》《中華人民共和國公務員法》及國企領導干部廉潔從業規定，'
     '嚴守公權邊界，卻從入股私營企業開始，一步步突破了“官德”的紅線。2018年8月14日，忻州市忻府區浩弘盛'
     '貿易有限公司（下稱“浩弘盛公司”）注冊成立，王秀文以60萬元現金入股，成為該公司股東。',
     'in', None, False, ['廉洁纪律', '组织纪律'],
     [('王秀文', '黨委委員', '忻州市國有資產經營有限公司')]),
    # 03
    ('https://forum.theanalystspace.com/viewthread.php?extra=page%3D37%26amp%3Borderby'
     '%3Dheats&tid=101056',
     '重庆市涪陵区客运西站附近有个“国内最密集加油站”区域：周围不到一公里竟有4座加油站，两公里内有10座。“'
     '国内没有任何一个地方的加油站有这么高的密度。”重庆市涪陵区石油成品油协会相关人士11日告诉CBN记者。当'
     '地加油站的高密度并不只体现在此处。上述协会相关负责人吴起（化名）称，涪陵区目前有加油站117座之多，在全'
     '国实属罕见，比周边区县多出几倍，即使是GDP超过涪陵的近邻长寿区也只有42座，附近的垫江、武隆、丰都等县'
     '则分别不到30座。CBN记者在调查中发现，当地加油站分布过密，除“历史遗留问题”外，还与出售加油站可获暴'
     '利有关。重庆某石油公司相关负责人昨日对CBN记者说，出于加油站布局考虑，他们不得不出巨资从当地一些私人手'
     '里购买加油站及加油站“批文”，“通常一座加油站，对方不赚1000万元是不卖的。”甚至，在这场利益盛宴中，'
     '还有权钱交易的身影。有迹象显示，当地一些官员以审批权为“资本”向新建加油站索要干股，比例高达50%。上述'
     '人士所说的“国内最密集加油站”区域位于涪陵客运西站以东，涪南路、四环路、迎宾大道交汇路口往西去的小山坡上'
     '，是2004年建成的一座名为“青龙”的加油站，往南顺坡而下的是上世纪90年代建成的“四方”加油站，往东方'
     '向则是今年刚建的“高山湾”加油站，往北方向是1998年建成的“浩瀚”加油站。这四个加油站各自与相邻加油站'
     '之间的直线距离大致为300~800米。根据商务部国经贸易【2003】147号文件规定，城区加油站服务半径'
     '不低于0.9公里；中间设有隔离带或黄色标志线的公路和道路，可不按照服务半径测算，但两站间的行车距离不低于'
     '2公里。这4座加油站在相邻间距上，均低于这一标准。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 04
    ('http://views.ce.cn/view/ent/201506/05/t20150605_5558776.shtml',
     '目前正是农忙时节，在这个用油的高峰期，河南省周口市多个县区的加油站却突然闹起了油荒。6月2号有多名加油站'
     '老板堵住了周口市中石油的加油站？这几年他们都是从中石油周口销售分公司批发汽、柴油，为了应对麦收季节用油高'
     '峰，老板们都提前几个月把油款支付给了中石油周口销售分公司经理陈艳。大概五个亿左右，全是底下各个乡镇，各个'
     '县级乡镇的。加油站的个体户给她打的油款，老板们怀疑几亿元巨额油款已经被陈艳卷走了。（6月4日河南电视台）'
     '中石油周口分公司的油品交易款，竟然是先打到销售部主任陈艳个人账户上，并且这样的违法行为持续数年之久一直未'
     '被纠正，直至作为“主任”的陈艳卷巨款逃走东窗事发。中石油周口分公司这回是摊上大事了。但更为焦急的，应是那'
     '些油品交易受到影响的众多加油站老板和广大用户们。俗话说，店大欺客。这一点，中石油周口公司也不例外。加油站'
     '的老板为了在石油供应上万无一失，都是提前将石油款打给中石油周口分公司陈艳手中。这无疑给陈艳利用这种时间差'
     '套取用户款项埋下了祸根。而用户们为了获得无忧的供应，只能就范。早在今年年初，中央巡视组入驻中石油总部后，'
     '经过调查，发现中石油存在着用人腐败问题，那么，作为周口市中石油营销主任，是否也存在着用人腐败的问题？答案'
     '是肯定的。陈艳利用业务上的强势，将公司油款通过个人账户走账，已然违反财经纪律，知法犯法暴露了其个人的不法'
     '作法，而在事发前，陈艳还骗取朋友数百万元巨款，显示其逃亡早有预谋。于公于私，都表明，在对陈艳的使用方面，'
     '中石油周口公司存在失察问题。',
     'in', None, False, ['贪污贿赂', '选人用人'],
     [('陈艳', '经理', '中石油周口销售分公司')]),
    # 05
    ('http://news.sina.com.cn/s/2005-12-16/04007719736s.shtml',
     '73岁的一加油站前任站长吴某前天在渝中区法院受审：他被指控担任站长期间，向出纳开出26张欠条，借走了15'
     '5.25万元，涉嫌挪用公款罪。欠条上有吴的确认签名。前天法庭上，这位曾在我市司法机关任职的老人称：那是一'
     '时高血压犯了才签的字。前天下午，73岁的吴某穿一身蓝色羽绒服被搀扶进法庭。两个多小时审理中，他几乎一直坐'
     '着受审。公诉人指控，吴2001年至2003年担任某加油站站长期间，涉嫌挪用公款155.25万元，应依法判'
     '处其挪用公款罪。吴还开了一家养殖场，把加油站的一间屋作为养殖场办公室。吴慢条斯理、口齿清晰地辩解：自己没'
     '挪用公款，那些钱本来是借的，是为了解决加油站资金周转问题。自己本想再为加油站融资，但被两个骗子骗了。“由'
     '于加油站状况不好，我自己出钱将油买回来，想等油卖出后偿还这笔钱。董事会当初也是同意了的。”公诉人称，加油'
     '站的这些钱被吴拿走后，周转资金明显不够，经营受影响。上级部门来调查时，吴已没有担任站长了。加油站出纳上交'
     '了吴某打的26张“白条”，共计金额155.25万元。公诉人提交证据称，“白条”上竟还有吴今年9月26日的'
     '签字确认。吴某辩称：当时自己被拘留，10天都没吃饭，饿昏了才签的字。法官提醒他，9月26日是拘留他的当天'
     '。吴忙改口：“哦，是拘留那天，当时我高血压上来了，还摔了一跤，脑眼昏花才签的字。”最后，吴某称这155.'
     '25万元中，已归还40多万，因此向法院申请搜集新的证据，法官同意。法庭宣布择日再审。',
     'in', None, False, ['贪污贿赂'],
     [('吴某', '前任站长', None)]),
    # 06
    ('https://m.secretchina.com/news/gb/2010/10/04/amp370886.html',
     '广东省纪委透露，茂名信宜市安监局局长庄达耀、国土局局长温平生因涉嫌严重违纪，被中共信宜市纪委立案调查。茂'
     '名市国土资源局的官方网站上显示，虽然温已经被纪委调查，但是目前信宜市国土资源局的领导简介中仍显示，温平生'
     '的职务是党组书记、局长，主持局的全面工作，兼管人事秘书、计财工作。温平生曾任信宜市东镇镇党委副书记、纪委'
     '书记，2003年还曾被评为优秀党务工作者。而网上关于庄达耀的信息并不多，不过庄在任内与2009年4月发生'
     '的一次人为“油荒”有关。据悉2009年4月，信宜市中石化11间加油站突然停止加油27小时，整个城区的加油'
     '站都无法加到汽油、柴油，数以千计的各种加油车辆受影响，群众怨言较多。事发后，信宜市政府紧急召开安监局等相'
     '关部门会议进行协调并最终让11个加油站重新营业。至于庄与温究竟因何事被调查，纪委部门尚未透露。',
     'in', None, False, ['工作纪律'],
     [('庄达耀', '局长', '信宜市安监局'), ('温平生', '局长', '国土局')]),
    # 07
    ('https://hk.aboluowang.com/2021/0525/1597381.html',
     '5月24日，中國石油化工集團有限公司（中石化）前黨組成員、副總經理張海潮退休4年後被查。到目前，張海潮是'
     '中石化第4個被查的高管。公開資料顯示，張海潮長期在石油化工系統任職。2005年起，張海潮任中石油化工股份'
     '有限公司副總裁兼油品銷售事業部主任，中石化銷售有限公司黨委書記、董事長、總經理、紀委書記，銷售實業有限公'
     '司董事長、總經理，中石化（香港）有限公司副董事長。2014年7月，張海潮任中石油黨組成員、副總經理，20'
     '17年5月退休。除張海潮外，中石化已有3名高管被查。2007年6月，中石化前總經理、黨組書記陳同海被「雙'
     '規」。2009年7月，陳同海被判死緩。陳同海是前天津市委書記陳偉達的兒子，其被指控收受賄賂1.96億元（'
     '人民幣，下同）。據報，陳同海被調查，與前青島市委書記杜世成貪污腐敗案有關。有報導說，陳同海與杜世成共享情'
     '婦，除中石化項目外，還利用青島地產開發以及奧運帆船項目等機會貪污。陳同海的繼任者，中石化前總經理、黨組書'
     '記蘇樹林。2011年後轉任福建省委副書記、省長等職，於2015年10月7日任上被查。蘇樹林曾被稱為石油系'
     '統的「東北虎」。蘇樹林與周永康、蔣潔敏關係密切。2015年4月27日，中石化總經理王天普被調查。2017'
     '年1月24日，王天普被判刑15年6個月，其被指控受賄3347萬元。王天普是曾慶紅、周永康主掌的「石油幫」'
     '主要成員之一。中共中央巡視組巡視反饋曾指，中石化的領導幹部腐敗、關聯交易牟利、國有資產流失等問題突出。2'
     '015年，中石化銷售有限公司西北新疆分公司多名高管均因「加油站腐敗」落馬。',
     'in', None, False, ['贪污贿赂', '生活纪律', '廉洁纪律'],
     [('張海潮', '前黨組成員、副總經理', '中國石油化工集團有限公司'), ('陳同海', '前總經理、黨組書記', '中石化'), ('杜世成', '前市委書記', '青島市'), ('蘇樹林', '前總經理、黨組書記', '中石化'), ('王天普', '總經理', '中石化')]),
    # 08
    ('https://www.ntdtv.com/gb/2009/11/10/a378014.html',
     '根据国家规定，国道上设立加油站是有明确的间隔要求的。然而，205国道江苏沭阳境内，竟有两座相距不到五十米'
     '的加油站。如此布局设点本已不正常，而且江苏省现行加油站管理办法中，对改建的加油站的间距要求15公里以上。'
     '令人费解的是，沭阳县经贸局2009年8月核准了其中一座加油站，在原址上的改建申请，并获得了宿迁市经贸贸易'
     '委员会的批准。这一行政决定，对于最先在此地获取合法经营资格的沭阳县潼阳镇“明秀”加油站的业主来说，无疑是'
     '个灾难。我（吴以婕）和丈夫（陈明秀）于1988年响应政府招商引资的号召，带着全家人四处筹措的血汗钱，从丈'
     '夫的家乡福建，回到我的出生地江苏省沭阳县潼阳镇，办了一座名为“明秀”的加油站。当时政府有关领导曾向我们承'
     '诺“将为来沭投资人士，提供一个良好的经营环境”。然而，半年之后，在距我“明秀”加油站仅38米的地方，一个'
     '规模超大的加油城拔地而起。这座本不该建在“明秀”加油站边上的加油站，被中国石化收购，并更名为中国石化江苏'
     '分公司沭阳县第二十二加油站。2000年7月，这家加油站正式对外营业。与中国石化江苏分公司沭阳县第二十二加'
     '油站相比，我“明秀”加油站规模小，这个“大块头”邻居的出现，很快就影响到了我“明秀”加油站的生意。我了解'
     '到，中国石化江苏分公司沭阳县第二十二加油站存在先建后申请以及违反规划等问题。此站一直到2004年11月2'
     '5号才取得成品油经营许可证，国经贸{1999}637号文件第三条明确规定，2000年6月30号前未取得批'
     '准证书的加油站（点），由工商行政管理部门依法取消其零售资格。',
     'in', None, True, ['工作纪律', '滥用职权'],
     []),
    # 09
    ('https://weixinyidu.com/n_9362215',
     '江苏省盐城市响水县陈家港镇天嘉宜化工有限公司“3·21”爆炸事故发生后，习近平总书记作出重要指示指出，近'
     '期一些地方接连发生重大安全事故，各地和有关部门要深刻吸取教训，加强安全隐患排查，严格落实安全生产责任制，'
     '坚决防范重特大事故发生，确保人民群众生命和财产安全。李克强总理作出批示，要求各地进一步排查并消除危化品等'
     '重点行业安全生产隐患，夯实各环节责任。但有些地方政府及其有关部门在贯彻落实中仍然没有真正把安全生产当作头'
     '等大事，安全发展理念表面化、口头化，安全监管流于形式，执法检查走了过场，安全生产存在一定风险隐患。近日，'
     '根据群众在国务院“互联网+督查”平台反映的问题线索，国办督查室派员赴河北省高碑店市、白沟新城等地，采取先'
     '暗访后明查的方式，对当地瓶装液化气市场开展实地督查。督查发现，高碑店市、白沟新城等地普遍存在违规充装和非'
     '法经营、储存、倒装、运输瓶装液化气问题，安全隐患较大，严重威胁人民群众生命财产安全。现将督查情况通报如下'
     '：督查组突击检查发现，高碑店市东能政和液化气站在没有《气瓶充装许可证》、《燃气经营许可证》等的情况下，连'
     '续多年非法充装、经营液化气。从初步掌握情况看，2016年11月至2017年5月，该企业利用储罐进行非法充'
     '装；2017年6月该企业储罐被查处后，改为非法经营瓶装液化气。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 10
    ('http://outofmemory.cn/zz/10514084.html',
     '他说，清明节下午4时20分许，他到位于市区迎宾大道上一家“中石化”加油站加油时看到，一辆挂兰溪牌照的汽车'
     '加了1500元钱的柴油后，加油站的两名女工作人员向这辆车的驾驶员索要好处。驾驶员马上叫随车的小伙子去买来'
     '两瓶红茶。那两名女工作人员不要，提出要一种叫“营养快线”的饮料，而且要4瓶。这种饮料在超市里每瓶要卖35'
     '~4元。东西买来后，那小伙子随手把4瓶“营养快线”放在了加油机上，那两名女工作人员说放在加油机上不好看，'
     '要他把饮料放到一个箱子里去。他说，加油站人员可能是借这段时间柴油比较紧张而向驾驶员索要好处。也许加油站人'
     '员以为，一次给这个驾驶员加了1500元钱柴油，是给予照顾了。据了解，近段时间，由于柴油比较紧张，加油站工'
     '作人员在给驾驶员加油时索要好处的现象偶有发生。网友“不娶则已”在跟帖中说，就在前几天，杭州一家加油站就因'
     '此而被电视台曝光。事后，加油站的当事员工被辞退。记者将“剑客小子”反映的情况转告中石化金华市分公司。该公'
     '司办公室有关工作人员表示，他们马上核实。过了一会儿，这名工作人员回复：经向有关当事人核实，确实有这么一回'
     '事。据当事人说，兰溪这辆车是运毛猪的，平时经常来该加油站加油，加油站工作人员与驾驶员比较熟悉。那天加油后'
     '，她们对驾驶员开玩笑说：“你这辆车太臭。”于是，驾驶员提出给她们买两瓶红茶。对于后来驾驶员又把红茶换成了'
     '“营养快线”的事，有关当事人予以否认。他说，如果借加油之机向驾驶员索要好处，加油站工作人员是要被辞退的。'
     '自4月1日以来，柴油已经放开供应，不再限制加油数量。他们觉得上述情况应该属于开玩笑性质，而不是有意索要好'
     '处的行为。',
     'in', None, False, ['群众纪律'],
     [(None, '女工作人员', None)]),
    # 11
    ('http://hangzhou.zjol.com.cn/jrsd/bwzg/201805/t20180508_7208057.shtml',
     '“现在想想真是后怕，还要感谢纪委。”近日，杭州市淳安县里商乡政府驾驶员叶小红接受诫勉谈话时说：“自己真是'
     '糊涂，想贪小便宜。好在乡纪委发现得早，要不然再过几个月，就不是诫勉的问题，工作丢了不说，还有可能坐牢。”'
     '事情源于一次普通的谈话。“上个月乡里有一辆垃圾清运车油费突然多了不少。”3月中旬，里商乡纪委书记缪宝军在'
     '和乡财务人员谈话时了解到一个异常情况。里商乡的垃圾清运车都配了标明车牌的专用油卡，油卡有两道密码，一道由'
     '驾驶员掌握，另一道由加油站工作人员掌握，每次加油都需要加油站的工作人员核对车牌，输入密码后才能解锁油枪。'
     '自从去年11月开始使用油卡后油费一直正常，怎么会突然增加？里商乡纪委工作人员初步判断，这其中可能存在问题'
     '。于是他们到定点加油站调取了该油卡建卡以来的加油记录清单。结果很快就发现了问题线索，垃圾清运车是辆柴油车'
     '，但是从1月28日起该油卡有5笔汽油加油记录，合计金额1185元。柴油车却加了汽油，显然，应该是给别的车'
     '加油了。里商乡纪委工作人员看着手中的加油清单，不由想到乡里还有一辆垃圾清运车，也有可能存在类似问题。他们'
     '再次到加油站调取了另一辆车油卡的加油清单，结果和他们猜测的一样，同样出现了加汽油的情况，从2月8日起有2'
     '笔加汽油的记录，合计金额625元。根据加油清单上的记录，里商乡纪委调取了加油站的监控视频。视频证实这几次'
     '汽油都是给私家车加油。',
     'in', None, False, ['八项规定'],
     [('叶小红', '乡政府驾驶员', '里商乡')]),
    # 12
    ('https://news.fznews.com.cn/xsxw/2008-12-25/20081225NHrTGuN1DD223956.shtml',
     '平潭县华丰燃料石化有限公司将第一液化气供应站设在城关村民聚居区。村民多次向省市有关部门反映此事，但平潭县'
     '建设局仍在村民的反对声中核发了燃气供应许可证件。县国土资源局表示，华丰燃料下设的供应站未办理用地审批的相'
     '关手续。记者也从县发展和改革局了解到，该供应站也未申请立项审批。这个供气站位于平潭县潭城镇城南村的锦湖庄'
     '。村民小林介绍，2008年初，华丰燃料在锦湖庄购买了一处地块。华丰燃料是以村民建房为由向上报批，随后在该'
     '地块建设了一层的仓库，用以储存和销售液化气。液化气仓库南面紧挨着民房，西面是一处在建的楼盘。小林认为，华'
     '丰燃料的做法欠妥，给附近村民埋下了安全隐患。他多次向县直有关部门，但均未能得到答复。1日，他通过福州市便'
     '民呼叫中心12345反映此事，县信访局要求县建设局在16日答复，但县建设局至今未回复。华丰燃料经理林云华'
     '告诉记者，第一供应站在2004年被县政府挂牌拍卖。华丰燃料随后自筹资金购买了锦湖庄170号的地块，占地面'
     '积约400平方米。该供应站证照齐全，防火间距、建设标准符合相关要求。林经理随后给记者出示了《平潭县燃气经'
     '营企业分销机构、分销站点（供应站）登记证申请表》。记者发现申请企业名称与实际企业不符，他解释说，表格中的'
     '申请企业已于2004年12月改制为华丰燃料，但华丰燃料是2006年7月在工商部门登记注册。因此，这张表格'
     '的申请企业名称还是沿用改制前的单位名称。记者询问能否出示土地证、产权证以及所处位置的图纸。林经理称，土地'
     '证和产权证已被拿去申请贷款，让记者找县国土资源局。平面图纸应向县建设局申请查阅。',
     'in', None, True, ['工作纪律', '群众纪律'],
     []),
    # 13
    ('http://dz.xdkb.net/old/html/2009-06/10/content_70956860.htm',
     '本来是乔迁之喜的大好日子，亲戚们前来祝贺，不料客人点烟时却引发了爆炸，大火造成了1死7伤的惨剧。调查结果'
     '出来，原因竟是发生泄漏的液化石油气没有经过加臭处理。近日，张家港法院审结了因一起特大燃气爆炸事故引发的侵'
     '权赔偿集团诉讼案，一审判决燃气供气商赔偿受害人全部损失360多万元。2007年11月，位于张家港市金港镇'
     '某居民小区一居室内发生燃气爆炸，引发的大火造成1人死亡、7人受伤及房屋损坏的重大事故。据受害人家属中的一'
     '位女士说，她的姑妈在2007年1月初购买了一套135平方米的商品房，经过简单的装修后就入住了，事发当天下'
     '午4时许，亲戚们都来祝贺乔迁之喜，主人留大家晚上吃饭，正在准备饭菜，大家寒暄之际惨剧就发生了。当时屋内共'
     '有8人，4人在厨房洗菜，1人准备下楼锁车正走到门口，3人在客厅内聊天，客厅内有人敬烟，拿来打火机点烟，打'
     '火机火苗一出，只听“轰”的一声屋内发生爆炸，顿时一片火光，家里所有人身上全部着火，人被火团团围住，当场就'
     '造成了8人严重烧伤，其中还有一名才20个月的孩子。后一名老人因伤势过重，烧伤面积达86%，烧伤程度重3度'
     '，在抢救的第11天无效身亡。发生火灾的现场显示，现场燃烧部分都是客厅里距离地面80厘米以上的部分，屋内沙'
     '发、电视甚至壁挂式空调都被烧成灰烬，但是厨房的橱柜和冰箱并未烧毁。根据现场情况，消防调查人员怀疑是燃气泄'
     '漏引发的火灾。事故发生后，由张家港市安监局、监察局、公安局、建设局、质监局、消防大队等部门联合组成的事故'
     '调查组经过调查分析后认为，燃气供气商作为城市居民用气经营单位，未按规定向用户提供符合国家规定标准的经过加'
     '臭的液化石油气，应承担事故主要责任，用户对燃具维护不到位，也负有一定责任。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://m.niuyw.com/index.php?a=show&catid=209&id=7662',
     '租住的房子發生燃氣爆炸，60多歲的張永海全身多處被燒傷。送往醫院搶救一個多月后，張永海因多器官功能衰竭不'
     '幸身亡。其家人將房東和液化氣公司告上法庭，并索賠94萬余元。近日，南京棲霞法院審理了此案，判決液化氣公司'
     '賠償32萬元。2016年6月23日凌晨，張永海一家租住的房屋中發生燃氣爆炸，張永海經搶救無效死亡。家人認'
     '為，液化氣公司告為用戶提供供氣服務過程中沒有盡到合理的檢查、維修義務，是此次爆炸事故的直接過錯方，應承擔'
     '賠償責任。而房東李兵未履行出租人的安全檢查、維修義務，對此次爆炸事故的發生存在過錯，應當承擔賠償責任。爆'
     '炸事故發生后，消防部門對事故現場進行了現場勘驗，經調查，消防部門對起火原因認定如下：不排除液化氣泄露遇明'
     '火引起爆炸，不排除液化氣泄露遇電火花引起爆炸，排除外來火源遇液化氣引起爆炸。對此，液化氣公司代理律師認為'
     '，火災認定書并未認定該事故是由公司引起，且從現場照片來看，煤氣罐、閥門、周圍的柜子均完好無缺。如系液化氣'
     '泄漏，也是張永海家人在使用中未盡安全使用義務造成。另外，皮管脫落是皮管超期使用，2011年起不再使用皮管'
     '，液化氣公司在換氣時也對用戶進行了提醒，用戶在事故發生前已發現有液化氣泄漏未及時報修。而且，張永海家人在'
     '日常使用時沒有關閉總閥的習慣。因此，液化氣公司是合法經營，提供的液化石油氣瓶質量合格無泄漏，履行了相應的'
     '義務，在爆炸事故中不承擔相應責任。由于張永海一家人租住的房屋期限為2015年3月8日至9月8日，租住前一'
     '天張永海在液化氣公司告開戶，租賃液化氣鋼瓶。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://xxqp.ysgmy.com/edubVoabRV.docs3958051?id=3548483520250729.scm',
     '一张瓶装液化石油气经营许可证，浙江省余姚市甬兴气体分滤厂（下称甬兴气体厂）从2016年申请至今，已过去九'
     '年，如今依然未果。这期间，从2018年11月开始，甬兴气体厂针对余姚市住建局进行了多轮行政诉讼，2021'
     '年5月，浙江省高级法院作出终审判决：撤销余姚、宁波两级法院的行政判决；撤销余姚市住建局2019年7月作出'
     '的不予行政许可决定；责令余姚住建局在法定期限内重新处理申请。浙江省高院这份判决特别提到，“余姚住建局在行'
     '政复议和法院判决撤销其不予许可行为后，仍以相同理由作出决定，严重违反《行政诉讼法》第七十一条规定，浪费了'
     '有限的司法资源，增加了当事人的诉累，显系滥用职权。”在行政诉讼胜诉情况下，甬兴气体厂之后几年的办证之路仍'
     '陷僵局。余姚市住建局称甬兴气体厂存在消防安全问题，并于2022年10月进行书面告知。甬兴气体厂则表示，其'
     '按照要求进行整改，并按照要求请第三方公司鉴定验收合格，且向余姚市住建局递交相关材料，但没有进展。2025'
     '年3月，余姚市住建局下发一份法定程序办理结果告知书给甬兴气体厂负责人。告知书提到，在整改过程中，甬兴气体'
     '厂依然存在消防供水方式、消防用水量以及防火间距不符合规范等问题。考虑到该厂仍不具备申请燃气经营许可的基本'
     '条件，其在2022年8月作出不予受理回复。',
     'out', '涉法涉诉', True, [],
     []),
    # 16
    ('http://appb.8w.lol/jiangsu/appbebBdf.html',
     '在福州长乐江田镇，一家中石化加油站屡遭部分村民围堵，即便法院判决确认其用地合法，加油站依然无法正常营业。'
     '问题到底出在哪里？漳坂村部分村民自2023年起，采取拦路、设卡等方式阻挠加油站营业。2025年9月，村民'
     '更是在加油站出入口焊上铁栏杆。村民甚至拍摄视频鼓动转发，试图制造舆论压力。他们声称，加油站占用的土地属于'
     '村集体，但未支付租金。村民认为围堵是在维权，加油站出租方负责人黄秀华对此倍感无奈。黄秀华出示的材料显示，'
     '该加油站使用的9.8亩集体土地早在30年前就经当地政府批准，用地、建房也在20多年前办理了相应行政许可及'
     '权属登记。2024年，部分村民提起行政诉讼，但经过福州市台江区人民法院、福州市中级人民法院乃至福建省高院'
     '审理，均确认加油站有权使用该土地，驳回村民的诉讼请求。败诉后，村民又将矛头指向加油站门前的福北线公路，声'
     '称道路拓宽改造后留下的1.656亩边角地未被征收，应属于村民。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://www.yxiu.cn/finance/ch/768583.html',
     '近日，有车主反映，自己驾驶油箱总容量50升的小车，在成都市中石油锦华天山站加油，油箱却显示为他加注了67'
     '.96升汽油，这一异常加油量引发了广泛关注。车主杨先生对此提出质疑后，加油站表示只认油枪数据，坚持按67'
     '.96升收费，这种处理方式让杨先生感到不满。杨先生在加油站等待半天都无人出面解决，最终只能结账离开，这一'
     '事件凸显了加油站服务的问题。8月19日，车主杨先生表示，他8月9日结账离开前向多部门进行了投诉，并要求加'
     '油站封枪，希望以此维护自身权益。三天后，“加油站一负责人称以私人名义将多收的钱退给我，希望同意油枪解封。'
     '”杨先生认为没必要相互为难，就同意了。但油枪解封至今10天了，加油站没再给出过任何解释，或者赔礼道歉，这'
     '种态度让杨先生更加失望。《经济参考报》记者就此事多次致电上述加油站所属的中国石油天然气股份有限公司四川成'
     '都销售分公司，但截至发稿前均无人接听，这也让公众对事件的解决更加担忧。8月21日，成都高新区市场监督管理'
     '局针对上述情况发布通报，通报显示，涉事加油站为中国石油天然气股份有限公司四川成都销售分公司高新天山加油站'
     '，涉事加油枪为06#加油枪，8月9日事发当天工作人员对加油枪进行了封存，至今仍处于停用状态。目前相关情况'
     '正在全面调查中，下一步将根据调查结果依法依规处置，这一举措让公众看到了解决问题的希望。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.eeo.com.cn/2008/0813/110235.shtml',
     '读了《中石油裁员：谁在列》这文章，也说说我的情况吧。我也是中石油的一名合同工，在加油站工作。现在出了这样'
     '的事我觉的对一线员工，是非常不公平的。拿我来说，在中石油工作了三年不到四年，一年365天，没有休息日。大'
     '家一直都认劳任怨的工作着，包括不平等的待遇，我们也都忍受了。加油站一般就七、八个人，三个领导，四个员工，'
     '一个班只有两个人干活，其他都是领导。你说这工作，我们现在过的日子比杨白劳也强不了多少。这不前几天有个工友'
     '被罚了八百块，连个具体原因都没有，你说说这日子过的，还要裁我们，不公平，太不公平了！',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://wqw2010.blogspot.com/2015/11/blog-post_14.html',
     '2015年11月2日，靖边采油厂全体退休的合同采油工的21位代表再次到西安，到陕西省政府上访，11月3日'
     '，靖边采油厂的劳资科长等人到了西安，仍然答复说：有关他们退休、养老待遇及工作期间工资待遇的问题，厂方已经'
     '处理过了，不做改变。近年来，靖边采油厂退休合同采油工到靖边县政府、延长油田股份有限公司、陕西省政府上访，'
     '问题没解决。他们到北京上访三次了，国务院信访局叫他们回靖边县处理，靖边县采油厂拒不改变不公正的态度。靖边'
     '采油厂退休合同采油工介绍说：“我们这二百多人是陕西延长油田股份有限公司靖边采油厂的采油工，2003年6月'
     '前后进厂，在采油一线工作了12年左右，从2007年起缴纳了社会养老统筹金。从2014年起，我们陆续到了退'
     '休年龄时，就被采油厂终止工作合同回家，厂方只给每人发了三、五万元的钱，算是打发费，退休后的养老、医疗待遇'
     '都没有，使我们退休后生活陷于困境，哪里能谈得上退出工作后休息养老？除了养老待遇被剥夺外，我们在工作时遭遇'
     '的不公正待遇还很多：我们工作十多年，每天24小时吃住在野外黄土山上、河沟里、沙漠地里，为采油操作，为油井'
     '护卫、保养、值守，远离家人，从来没有在国家法定的新年、五一、国庆等节假日休息过，国家规定的这些节假日的加'
     '班工资也从来没有给我们发过；采油工属于有害气体危害工种，国家规定每年每个工人要休假115天，而我们工作期'
     '间每月只休假3至5天，每年不超过60天，有55天的法定休假日被剥夺，这55天的加班费也从未发过；按规定，'
     '我们一线采油工除工资外，每月每人有500元的原油补贴，我们十多年从未领到过；',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://yz.rednet.cn/c/2017/06/22/4332731.htm',
     '5月26日，网友在红网《问政湖南》栏目向永州市安监局局长段灵利反映“宁远县欧家村中石化加油站无秩序存安全'
     '隐患”的问题，获永州市安监局重视并将问题交办中国石化销售有限公司湖南永州石油分公司进行调查处理。6月22'
     '日，该局回应称，将对全市所有自助加油站进行专项整治。网友“一切随缘去吧”留言称，宁远县欧家村中石化加油站'
     '无专业人员管理，个人喜欢怎么加油都可以，没有秩序，给村民带来了严重安全隐患。6月22日，永州市安监局作出'
     '回应。回复称，中石化永州分公司对该事件进行了客观核实，网友反映的情况属实。宁远县舜陵镇欧家村通往中和岔路'
     '口的中国石化加油站是一座全自助加油站，该加油站碰上加油高峰期，有时会出现照顾不周、应接不暇、加油无秩序的'
     '情况。根据调查情况，中石化永州分公司对加油站站长进行了严肃批评教育，责令其写出深刻书面检讨，在全市系统内'
     '通报批评，并根据《中国石油化工集团公司职工违纪违规行为处分规定》规定，给予站长严重警告处分。另外取消该加'
     '油站及站长2017年度所有评先评优资格，对站长全市通报批评。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.njpanjin.com/cn/Instant/municipal/202205/t20220524_7206232.html',
     '據央視財經《天下財經》報道，近日，陜西漢中一加油站20多輛車疑加注水油后半路熄火、拋錨，引發關注。5月2'
     '1日，陜西省能源質量監督檢驗所出具的檢驗報告顯示，涉事加油站的汽油樣品水分占到油品的88%。目前，涉事加'
     '油站因涉嫌銷售偽劣產品罪已被當地警方立案偵查，加油站相關人員被控制。終端銷售的成品油居然變成“注水油”，'
     '令人驚訝。據涉事加油站回復稱，“因加油站值班人員工作疏忽液位儀已損壞，看不到油罐里面油加完，把多年積液給'
     '加出去，給多輛車輛造成損壞。”而根據當地相關部門初步調查，車輛出現拋錨情況主要是因為前期雨水較大，儲油罐'
     '密封失效，導致雨水倒灌進入了儲油罐。一會兒是油罐“多年積液”，一會兒是儲油罐進水，真實原因到底是什么，理'
     '應有一個明明白白的說法，絕不能糊里糊涂、蒙混過關。先說油品來源問題。加油站經營者表示，加油站的汽油全部來'
     '自延長石油，而據延長石油表示，4月21日當天出庫了243噸油，只有涉事加油站的4號油管出現了問題，其他加'
     '油站都沒有出現問題，這表明，問題或許只與加油站有關。這也涉及到另外的疑問，即涉事加油站還有沒有其他的進油'
     '渠道？這些渠道進來的油品質量是不是可靠？查清這些問題并不復雜，調一下出入庫的單據，或者查一下相關時間段的'
     '監控視頻，總是可以查清楚的。有報道說，加油站工作人員故意刪除了相關監控視頻，那么，這一行為就更具有指向意'
     '義了。為什么會刪視頻？想遮掩的內容又是什么？其所試圖隱瞞的，就是應該調查的。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.0668.com/forum.php?mod=viewthread&page=2&tid=59763',
     '燃气管道如同猛虎，本身在铺设这种危险设施的时候应该绕过人群集聚地和电力电线聚集地，茂名中燃为了节省管道费'
     '用，直接以最短路径把管道铺设在村民聚集地，直穿石油管网和铁路地下而过，而且是在村民毫不知情的情况下打着电'
     '力抢修的招聘在暗地里操作，铺设。无视村民生命安全，无视国家法律，执法部门的存在，知法违法。三问茂名中燃：'
     '第一问：为何村中铺设燃气管道，直到被揭发前我们当地村民一无所知？是否太胆大妄为，视村民生命为儿戏！第二问'
     '：为何明明在铺设燃气管道却打着抢修电力的幌子？铺设管道的手续有没有齐全？有没有问过我们村民？经过我们的同'
     '意？简直是肆无忌惮的践踏法律！第三问：为何到村到工业区的燃气价格如此高，是否涉嫌垄断经营？',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH127, "fresh127")
