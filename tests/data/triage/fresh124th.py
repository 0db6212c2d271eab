"""Sealed batch fresh126: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh124th.py; the batch and its row ids are "fresh126".)

Theme: markets, stalls and street trade (农贸市场, 集贸市场, 市场服务中心, 摊位费 and 管理费, 早市 and
夜市, the shops of state and village markets): fees of a market kept off the books, market managers
building over the stalls to let them, a market manager sent by a 乡党委 who took bribes from sole
agents, a 办事处 man collecting cigarettes from night-market stalls, a 街道-hired market head
pocketing shop rents, a 林场 head who let a gang run the town market, the head of a state 交易城
and his fish-hall manager, 工商 chiefs' bribes around a market rebuild, a 村委会主任 who sold the
village's street shops, 城管 asking hawkers for protection money, managers of a 市场开发服务中心 who
auction stalls, and idle managers docked by a 市场服务中心; out items are stall-holders' lawsuits,
a market walled in over old land and another walled in for a 城中村 project, three stall-holders'
own claims, a rent complaint after a rebuild and a private contractor's gate fees. Sources
(stored-pages search): a 玉溪网 page on the 通海 六一农贸市场; a 合川 forum letter on the 大石镇
market; a jizihe copy on the 朝阳 market manager 穆某 (traditional); a senqingzn copy of the 看看新闻
comment on the 郑州 night market (traditional); a 扬中 纪委 copy of the 常州 story on 孙凤; the 甘肃
纪委 column on the 会宁 东关农贸市场; a 台湾网 copy of the 半月谈 report on the 常熟 交易城
(traditional); a 报告速 copy of the 玉环 工商 case; the 三联生活周刊 piece on 九州一村 (新浪); a 搜狐
copy on the 深圳 东门 执法队; a 荆楚网 forum copy of the 人民监督报 piece on the 新洲 market; a 红网
report on the 道县 振兴街市场; out: the 央视 story of a 海口 tofu seller's suit (big5, traditional), a
象山 stall suit, a 长宁 lease appeal, the 南国早报 report on the 五里亭 market walled in, a 郑州
building-materials market walled in, a 银川 rent refund, a 成都 seller sent away, a 贵阳 rent rise,
the 合肥 东七 rents and the 肇东 gate fees. Four texts are in traditional script (items 3, 4, 7, 13;
the pinyin glosses of item 3's converted copy removed). No page on a market demolished for a road
turned up; items 16 and 17 are the nearest (markets walled in over land).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, index and source lines and the truncated last sentences of the stored copies removed);
paragraphs joined; ASCII punctuation written full-width except inside numbers ("2:30", "11,000元",
"0.5元"), ASCII double quotes written “…” (011) and the ASCII full stops of 002 written "．"; the
stray space in "工作 量" (002) removed. Page oddities kept: "滩位", "乱达乱建", "怨声叹气",
"反应一个…问题" (002), "不得以" (011), "该贴" (012), "一年稻頭" and "海南農昆南農貿綜合市場" (013),
the unmatched “市场“ (015), "收到影响" (021), "7 8吨" and "2 5吨" (022), and the repeated
"4月15日，道县市场服务中心主动跟帖回应网友" (012).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
managers placed in a state, 街道 or township market by a party committee, a 街道 or a public
林场 count as holding a public post), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 /
个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, stall-holders, contractors, firms
and gang members without a post, and officials who only handled, investigated, announced or
answered are not accused; an organ or an unnamed group accused as a whole gives no entry; an
unnamed accused official would be (None, position, unit). Names, positions (as first written with
the name, "原" kept, "时任" dropped) and units as written; unit None when the text ties the person to
no named unit. Topics only from the twelve names of triage.md; fees charged without a basis and
demands on stall-holders are 群众纪律 (IS.MAS.01, IS.MAS.04). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 3 (018-020), 其他 2 (021,
022). 13 accused entries, all in items 1-12: 10 with a full name, 3 masked (穆某, 袁某某, 高某),
none post only. Items 001, 002 and 011 are in scope with no accused entry. Out items have no
accused entry.

Close calls:
 1  Government page: the 索引号 table and the title cut; ends before the truncated "如今的…"
    sentence. The four people punished are unnamed: in, no entry; the 社区党总支书记 only leads the
    reform, 李大姐 is a stall-holder. 群众纪律 (违规收取零散摊位费), 廉洁纪律 (坐收坐支) and 八项规定
    (乱发补贴, IS.EP.HL.03).
 2  A forum letter to the 市长: the board label "投诉" and the last line "合川区大石镇农贸市场"
    (signature or board name) cut; the date kept. Hard: the "市场内管理人员" who built over the
    stalls to let rooms are an unnamed group of a town market on "国家土地": in, no entry. Not
    mixed: the blocked fire lanes are the harm of the same building, not a claim of the writer's
    own. Could be read as out 其他 (a safety complaint). 廉洁纪律 (IS.INT.08) and 工作纪律.
 3  Traditional; the page's standfirst (the lead repeated) and the sub-heading cut; ends before
    "2015年10月…", which names six more managers, so only 穆某 is named: ('穆某', '市場經理', None)
    ("北京一農副產品市場" is no named unit); sent by the 鄉黨委, so a public post. The 6 代理商 are
    businessmen. 贪污贿赂, 群众纪律 (stalls forced to buy from agents, IS.MAS.07) and 滥用职权
    (fines and closures through the 管理權).
 4  Traditional copy of the 看看新闻 comment (it starts at the lead); ends before the truncated
    "雖然香煙不是現金…". 袁某某 first written "經開區明湖辦事處涉事人員袁某某":
    "涉事人員" is no post, so position None, unit '經開區明湖辦事處' (hard: could be read as position
    '涉事人員'). 曹先生 and the "二傳手" are hawkers; the 聯合調查組 only announces. 群众纪律
    (吃拿卡要) and 贪污贿赂 (索賄).
 5  A 纪委 site's copy: header lines and title cut; ends before the truncated "光头" quote. 孙凤 first
    written "光华路菜市场负责人孙凤": a "街道聘用的菜市场管理人" of 街道 property counts as a public
    post (hard; she is hired, not appointed). 李国平 only investigates; the 打手 are unnamed and
    private. 贪污贿赂 and 群众纪律.
 6  The 甘肃 纪委 site's column: header, contact lines and headline cut; ends before the truncated
    "只是要求…" sentence. 何智荣 first written "时任会宁县东关农贸市场法人代表何智荣" ("时任"
    dropped, as in fresh104th.py); 张国华, 白东亮 and 马发荣 are contractors and gang members
    without a post: not accused. 工作纪律 (监管不力), 群众纪律 (纵容恶势力) and 民主集中制
    ("没有召开会议研究，个人拍板").
 7  Traditional; header lines and the sub-heading cut; ends before the truncated "僅王勇剛…".
    王勇剛 first written "交易城董事長、總經理王勇剛" (unit '交易城' as written with the name);
    高某 "水産經營部經理高某", unit None (hard: the 交易城 is only implied; the 經營部 goes into the
    position). The 交易城 is state-run (受賄罪, 貪污罪). 贪污贿赂 and 群众纪律 (索賄 from
    stall-holders).
 8  Headline, date line and two sub-headings cut; ends before the truncated 购物卡 sentence.
    Three accused as first written: '原局长' of '玉环县工商局', '原副调研员' of '台州市工商局',
    '原所长' of '玉环县玉城工商所'. 林某 is the briber (a firm's manager). Topics from the text's
    keywords: 贪污贿赂, 选人用人 (跑官买官), 廉洁纪律 (违规经商, the rebuild's contracts) and
    民主集中制 (一言堂).
 9  Header and date line cut; the stored page starts mid-article ("如果说…") and ends before the
    truncated 宁海水 sentence. 宁永峰 '村委会主任' of '九州一村' (the village the text is about);
    张洪星 is a former village leader and a witness. The village's 商铺房 sold "不买就限期搬走".
    贪污贿赂, 廉洁纪律 (强占土地) and 群众纪律 (打人).
10  Header, captions, the "相关评论" line, "新闻源:" and "记者冀强整理报道:" cut; ends before the
    truncated 分期付款 sentence. 黄文东 first written "东门执法队员黄文东(音)": name '黄文东',
    '执法队员', unit '东门执法队' (from "东门执法队队员"). 谭发勤 and the other hawkers are victims;
    his injury belongs to the same complaint: not mixed (hard). 群众纪律 and 贪污贿赂.
11  Mixed: the stall-holders' own burden (10万 a year for a stall, "难以为继") beside the managers
    of the 新洲区市场开发服务中心, "当年工商分流人员", who "有权有势" run the market as their
    摇钱树. Source line, headline and sub-heading cut; ends before the truncated 竞拍 sentence.
    The managers are an unnamed group: no entry. 群众纪律 (乱收费) and 形式主义官僚主义
    ("只知道收钱，不知道管理").
12  Mixed: a 网友's complaint of stalls blocking the street (其他) and the 市场服务中心's reply
    finding its staff "不认真履职" and docking two managers' pay. Caption, headline, dateline and
    source lines cut. 周建峰 '负责人' of '振兴市场', 何昌秋 '所长' of '城南所'; 莫赟 only acts. Hard:
    could be read as out 其他 (a street-order complaint answered). 工作纪律 and 形式主义官僚主义.
13  涉法涉诉, traditional: 老田's suit against the market over a 12-stall lease; the separator
    lines "| |" cut. The market's new managers are not said to be officials.
14  涉法涉诉: a stall-holder's suit against a private market company. The byline "□通讯员…" and
    two sub-headings cut; ends before the truncated sentence with his claims.
15  涉法涉诉: an appeal judgment on a market room lease (a law firm's copy); the site's header and
    "核心内容" line cut; ends before the truncated "同年7月28". 高荣华 is an agent.
16  征地拆迁: 平田村 villagers wall in a market over land taken 20 years ago. Headline, captions,
    byline and sub-headings cut; ends before the sub-heading "人行道成临时市场". No official
    accused; the "有关部门" only left it unsettled.
17  征地拆迁: land under a building-materials market sold for a 城中村 project; villagers waiting
    for their new homes block it. Caption cut; ends before the truncated "由区稳…". The 国土资源局
    and 区政府 are organs that answer (hard: the land was sold before the market was cleared).
18  个人利益诉求: a stall-holder's rent refund refused by a private company. Image note and two
    sub-headings cut; ends before the truncated 蒋经理 sentence.
19  个人利益诉求: a vegetable seller told to leave after filming a quarrel; the market's
    management is private. Headline, date line, "123" and caption cut; ends before the truncated
    "没多久爱人". Could be read as 其他.
20  个人利益诉求: a fruit seller's rent rise and her door welded by 大坡村 villagers; the 大坡村
    that collects the outdoor fees is an organ and no misconduct is alleged. Source line, captions
    and sub-headings cut; ends before the truncated "说起…". Could be read as 其他.
21  其他: stall-holders' complaint about rents after a market rebuild (a price complaint; could be
    read as 个人利益诉求); the 市场管理处 and 七里站街道 are not said to misbehave. Headline,
    caption, sub-headings and source lines cut.
22  其他: gate fees charged by the staff of a market let to 刘洪波 (private); the 物价局 never
    approved them and only answers. Dateline cut; ends before the truncated quote. Hard: a fee
    without a basis, but no official collects it.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH126: list[Item] = [
    # 01
    ('http://www.yuxi.gov.cn/yxs/xqthx/20250711/1611765.html',
     '“现在市场管理规范多了，摊位费收多少、怎么用，我们都清清楚楚，心里更踏实了！”近日，通海县秀山街道纪'
     '工委干部到六一农贸市场回访时，商户李大姐的话道出了市场的新变化。此前，六一农贸市场零散摊位费不及时入'
     '账、坐收坐支、违规发放补贴等问题频发，损害群众利益，信访举报集中。秀山街道纪工委在核查相关线索时，敏'
     '锐察觉到市场乱象背后的管理漏洞，当即把六一农贸市场列为整治重点，打响了一场规范市场管理攻坚战。整治中'
     '，秀山街道纪工委以信访举报为切入点，迅速查账目、访商户、谈干部，深入了解六一农贸市场管理情况。经查实'
     '，2022年7月至2023年6月，六一农贸市场存在违规收取零散摊位费、不及时入账、坐收坐支及乱发补贴'
     '等问题。秀山街道纪工委依规依纪对相关责任人严肃处理，给予4人党纪政务处分，对2人进行批评教育，追缴的'
     '全部资金返还村组集体。查处不是终点，规范才是目的。为从根源上解决问题，秀山街道推动六一农贸市场大刀阔'
     '斧进行公司化改革，由社区党总支书记牵头，联合社区5组、6组，制定《六一农贸市场实施公司化运作管理办法'
     '》，明确人员聘用、摊位招租、收支管理等全流程规范，创新推出“党总支书记领衔+村集体监督+公司运营”的'
     '管理模式。为确保改革落地见效，通海县纪委监委指导秀山街道构建起“双重监督”体系，社区居务监督委员会对'
     '市场经营管理公司进行常态化监督，每月核查账目，每季度公示收支。秀山街道纪工委定期“回头看”，对苗头性'
     '问题及时提醒纠正，从源头压缩“微腐败”空间。',
     'in', None, False, ['群众纪律', '廉洁纪律', '八项规定'],
     []),
    # 02
    ('https://www.cqhc.cn/t-74842-1-1.html',
     '尊敬的各位领导；您们好我是合川区大石镇的一个普通老百姓，在百忙当中，我给你们增添了工作量表示歉意，我'
     '现在反应一个严重具体问题，也是关系到老百姓生命．财产的事，我们合川区大石镇农贸市场内管理人员把菜的滩'
     '位推了500-600个平方来建房子，以收取租金方式来牟利，市场本身就小，买菜的，和生鲜这块消防通道占'
     '得没有了，万一有个火灾，紧急情况怎样逃生，周边门市的老百姓怨声叹气，不知道向哪个部门反映，这是国家的'
     '菜篮子工程，国家土地，来乱达乱建收取租金牟利吗，听说龙市镇也像这样做过，630报道后就取消了，所以我'
     '想给重庆市市长写一封信，房子马上就要建成了，希望市政府尽快引起重视．谢谢市长及各个部门的关心，在此，'
     '祝愿您们身体健康，万事如意．2013年7月1日',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 03
    ('http://m.jizihe.com/page/2020/0804/7994855.shtml',
     '一個小小的農貿市場經理，竟能收受賄賂1500余萬元？最近，北京一農副產品市場內，以市場經理穆某為首的'
     '7名市場管理人員，利用建立“銷售總代理”制度的機會，壟斷市場內商家進貨渠道并從中牟利，利用管理權對反'
     '抗的商家罰款、停業，并從6名代理商手中收受賄賂1500余萬元。穆某被鄉黨委委派至市場後，便開始著手建'
     '立“銷售總代理”制度，要求場內的上千家商戶從指定代理商處進貨再銷售。',
     'in', None, False, ['贪污贿赂', '群众纪律', '滥用职权'],
     [('穆某', '市場經理', None)]),
    # 04
    ('http://www.senqingzn.com/dy/article/JVC578FJ0514EGPO.html?f=post2020_dy_recommends',
     '河南鄭州一個夜市近日出現不明人士強行收取香煙“保護費”事件，引發公眾關注。昨天，鄭州經開區聯合調查組'
     '發布情況通報說，初步核實，經開區明湖辦事處涉事人員袁某某，涉嫌授意個別夜市商販，向其他夜市商販收取香'
     '煙，現已對袁某某停職調查，并依法依紀從嚴從快處理；對其他涉事人員，下一步將根據深入調查情況，嚴格依據'
     '相關法律法規處理。鄭州經開區將以此為鑒、舉一反三，全面開展排查整治，對損害商戶利益的行為保持零容忍，'
     '切實營造健康有序的市場環境。讓我們把時間軸拉回到三個月前。在鄭州經開區八大街地鐵口附近夜市擺攤的曹先'
     '生發現，有個別攤販要求其他攤販每月上交一條價值200多元的芙蓉王香煙作為“管理費”，并稱收取后統一交'
     '給城管。多名攤販都證實了這種“香煙換平安”的潛規則。曹先生注意到，收香煙的這個人既不穿制服也不出示證'
     '件，每次收煙都刻意避開攝像頭，收完就往居民區小巷里鉆。有一次他試探著問對方要收據，對方竟然還威脅要砸'
     '了他的攤位。有不少網民反映，很多地方也有類似的現象。一些管理人員哪怕不收香煙，也會收些別的財物，名目'
     '千奇百怪；有的地方的攤位費一會兒一個價，有的要現金，有的要求轉賬給私人賬戶。看來，規范執法、整頓市場'
     '管理秩序依舊面臨挑戰，任重而道遠。當地在事件曝光后的12小時內就給出初步處理結果，反應不可謂不快，但'
     '需要指出的是，這起“香煙事件”的背后仍有“疑云”。涉事人員袁某某并沒有直接出面收煙，而是通過攤販“二'
     '傳手”操作。這種“以物代費”的新型腐敗更隱蔽。香煙既能折算現金，又能用于人情往來，給調查取證帶來難度'
     '。有法律專家指出，如果查實城管人員索賄，可能構成受賄罪。',
     'in', None, False, ['群众纪律', '贪污贿赂'],
     [('袁某某', None, '經開區明湖辦事處')]),
    # 05
    ('http://yzjjw.gov.cn/P/PInfo/1549.html',
     '4月23日，天微微亮，江苏省常州市天宁区光华路菜市场里比往日多了一些不寻常的热闹，“听说了吗，孙凤被'
     '抓了。”一时间，这个消息传遍了整个市场，听到的摊主无不拍手称快。孙凤是何人？事情要从一封举报信说起。'
     '“光华路菜市场负责人孙凤私刻公章、购买假收据，贪污市场外围多间店面租金，3年时间有几十万之巨。”前不'
     '久，天宁区纪委收到一封群众举报信。光华路菜市场属于茶山街道三产办管理，孙凤是街道聘用的菜市场管理人，'
     '举报信上的内容指向明确，但到底是真是假？一个小小的菜市场负责人能贪污这么多钱？带着疑问，天宁区纪委立'
     '即兵分两路、紧锣密鼓采取了行动。调查组第一时间找来了市场商户平面分布图，调取了光华路菜市场上交至街道'
     '的财务明细单。3天时间内，通过对几十本账本逐一比对，调查组发现了端倪，市场内6家店面房三年来有水电费'
     '上交街道财政的记录，却查找不到店面租金上交记录。同时，外围摸排组也传来了关于孙凤的个人信息，“离异，'
     '女儿没有工作，但家里有多处房产和车辆，与其收入不符。”“是商贩长期不交租金？还是确实被孙凤贪污了？”'
     '调查组组长李国平仔细斟酌后，决定以这6家店面房的商贩为突破口。可奇怪的是，6家店主面对调查组“是否每'
     '年交房租”这个简单的问题时，有的直接回避，有的支支吾吾。问题出在哪儿？经调查组反复做工作，商贩们才透'
     '露实情。“孙凤此人凶恶蛮横，手下养着一批打手，谁家迟些交租金都会被打，哪户商户敢不交？！”',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('孙凤', '负责人', '光华路菜市场')]),
    # 06
    ('http://www.gsjw.gov.cn/category/mzya/sid/33614',
     '甘肃省会宁县东关农贸市场，是县城内唯一集批发、零售为一体的蔬菜、果品集副食品交易市场，供给着城区居民'
     '的生活，当地人称“菜市场”。因其得天独厚的商业条件，这里也汇聚了众多的商贩，络绎不绝的车辆，随之而来'
     '的是丰厚的利益……而这一切，如果监管不力，则会变成滋生恶势力犯罪团伙的土壤。张国华、白东亮、马发荣恶'
     '势力犯罪团伙就是在这里一步步坐大成势的。他们的行为，与时任会宁县东关农贸市场法人代表何智荣等人的监管'
     '不力、默许纵容有直接关系。会宁县东关农贸市场由原会宁县东山林场管理运营，时任场长何智荣也兼任东关农贸'
     '市场法人代表。2013年底，张国华、白东亮、马发荣承包会宁县东关农贸市场。为追求非法利益，2014年'
     '初，他们在农贸市场内搭建70间彩钢房，向商贩高价出租。这些行为，不仅违反了2013年会宁县发布的《城'
     '区规划范围内严禁搭建彩钢房的公告》的要求，并且违反了消防规定，存在重大的火灾安全隐患。对这些明显违反'
     '规定的行为，何智荣以当时副场长岗位空缺为由，没有召开会议研究，个人拍板，口头答应允许。张国华等人从东'
     '山林场承包农贸市场的时候，市场内每间商铺的最高承包费为500元，最低为50元。但是他们向商贩出租的时'
     '候，随意决定房租价格，每间商铺的租费从2000元不断上涨，一直涨到了5000元，是承包价格的十几倍甚'
     '至几十倍之多。彩钢房建成后，张国华等人又私自决定每间彩钢房的租费为3800元。',
     'in', None, False, ['工作纪律', '群众纪律', '民主集中制'],
     [('何智荣', '法人代表', '会宁县东关农贸市场')]),
    # 07
    ('http://big5.chinataiwan.cn/xwzx/PoliticsNews/201608/t20160817_11540538.htm',
     '江蘇省常熟市農副産品交易城（以下簡稱交易城）佔地8萬平方米，商戶600余家，是常熟規模最大、設施最好'
     '、交易量最大的綜合性農副産品交易市場，交易活動井然有序。然而，3年前大量攤位被少部分人壟斷，攤位費不'
     '斷推高，以致商戶集體罷市、陳情，市民“菜籃子”一度斷供，由此牽出一條“菜籃子”裏的大“蛀蟲”——交易'
     '城董事長、總經理王勇剛。常熟市人民檢察院最近向半月談記者詳細披露了該案件的情況。2013年10月，交'
     '易城開展新一輪攤位招標。招標前，公認的好攤位已被部分經營戶掌控，剩餘攤位價格不斷攀升。無力承擔逐年上'
     '升的成本，蔬菜區經營戶集體罷市，決定只賣庫存不再進貨，以致常熟全市蔬菜供應緊張。一個月後，淡水魚經營'
     '戶再次集體陳情。水産經營部經理高某，一邊收取經營戶好處費，一邊加價將攤位出租。不僅如此，他還向經營戶'
     '收取每條魚0.1元的提成。最終，忍無可忍的經營戶集體陳情，且全到公安局做筆錄，舉報高某利用水産經營部'
     '經理的身份索賄。高某被檢察機關帶走後，背後的主角開始浮出水面。常熟市人民檢察院最終查明，王勇剛在擔任'
     '交易城董事長、書記、總經理以及常熟市梅李農副産品交易市場（以下簡稱梅李市場）總經理期間，犯受賄罪、非'
     '國家工作人員受賄罪、貪污罪、職務侵佔罪四項，涉案金額近500萬元。法院最終判處王勇剛有期徒刑20年，'
     '並沒收個人財産180萬元。該案是常熟近年來查辦的職務犯罪中涉及罪名最多、判刑最重的一個案件。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('王勇剛', '董事長、總經理', '交易城'), ('高某', '水産經營部經理', None)]),
    # 08
    ('https://hangzhou.baogaosu.com/xinwen/%25E7%258E%2589%25E7%258E%25AF%25E5%25B7%25A5%25E5%25'
     '95%2586%25E7%25B3%25BB%25E7%25BB%259F%25E7%25AA%259D%25E6%25A1%2588%25E5%2591%258A%25E7%25'
     'A0%25B4%25E4%25B8%25A4%25E4%25BB%25BB%25E5%25B7%25A5%25E5%2595%2586%25E5%25B1%2580/4883740'
     '4',
     '玉环城关中心菜市场，是这座县城每天清晨最热闹的地方。3年前，这里从狭小潮湿的老菜场，“升级”为整洁明'
     '亮的综合市场。出人意料的是，在这个便民工程的光鲜外表下，却隐藏着该县工商行政管理系统的腐败窝案。玉环'
     '县工商局原局长陈晓斌、台州市工商局原副调研员何刚锋、玉环县玉城工商所原所长王必华，这3人在10年间共'
     '受贿41笔，涉嫌收受现金、财物共计约60万元。窝案中的关键词包括“跑官买官”“违规经商”“一言堂”等'
     '。2016年5月，玉环县法院以受贿罪，依法判处王必华有期徒刑1年8个月，并处罚金15万元。王必华家属'
     '退出的赃款12.1万元予以没收，上缴国库。据有关规定，县纪委决定给予王必华开除党籍处分。2013年8'
     '月27日，玉环当地媒体刊发了一则“玉环城关中心菜市场上周六正式营业”的新闻。改造后的菜市场，以其洁净'
     '环境、丰富品类，赢得高度评价。不到一年时间，2014年6月，县纪委纪检室收到了一份转自县审计局的审计'
     '报告。报告称，在对玉环城关中心菜市场改造提升工程进行审计时，发现存在部分造假、虚高、肢解招投标的问题'
     '。这些问题都不约而同地指向一个人——时任该县玉城工商所所长王必华。3个月后，王必华被执纪审查。这一改'
     '造工程背后的黑幕，由此一点点被揭开。此前，当菜市场提升改造工程被排上时间表，身为该工程领导小组办公室'
     '主任的王必华便接到了“求关照”的电话。来电的林某，便是台州某制冷设备安装公司经理，而该公司正是城关中'
     '心菜市场空调业务的中标者。',
     'in', None, False, ['贪污贿赂', '选人用人', '廉洁纪律', '民主集中制'],
     [('陈晓斌', '原局长', '玉环县工商局'), ('何刚锋', '原副调研员', '台州市工商局'), ('王必华', '原所长', '玉环县玉城工商所')]),
    # 09
    ('http://news.sina.com.cn/c/l/2007-07-05/180413383812.shtml',
     '如果说当选村委会主任前，宁永峰在村民眼中主要“罪行”是打人的话，担任村长后的宁开始逐渐“激起民愤”—'
     '—“他强占土地、侵吞公款”。九州一村位于廊坊市中心以西10公里处，虽然处在九州镇的中心，但相比芒店等'
     '靠近市区的城中村，并不是镇上最富裕的村子。现在村里700多口人大多靠种地为生，“有些人做点小生意，很'
     '少有人出去打工”。然而，向前推30年，这个上世纪50年代就诞生的行政村却是镇上的“明星村”——“那时'
     '候地多，粮食产量高，下放的知青也最多。”村里以前开办过停车旅馆，“基本挣不到钱”。早年的一家橡胶厂也'
     '被张洪星等3位村民承包，“利润三七分，村里拿大头，每年往村里交七八千元，后来干脆把厂子买了下来”。此'
     '后，村子就再没办过企业。曾担任过23年村领导的张洪星向记者描述，20多年来，村子的主要收入来源就是出'
     '租沿街的14间半商铺房。这排建于上世纪70年代末的商铺，一直到2004年，都以每间屋子每月60元的价'
     '格出租给开小店的村民。但由于房子年久失修，租金有时候很难收上来。宁永峰担任村委会主任后不久，提出将商'
     '铺出售，“每间屋子2万元，不买就限期搬走”。这笔款项也成为村民们状告宁“侵吞公款”的主要证据之一。但'
     '在很多人眼中，侵吞公款的标志，更多被提及的是宁永峰前年刚盖好的那栋二层小楼。这栋在一片老旧的平房中显'
     '得有些扎眼的小楼，据说是宁永峰利用“强占村子西南60亩口粮田，用卖给政府所得的20多万元换来的”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '群众纪律'],
     [('宁永峰', '村委会主任', '九州一村')]),
    # 10
    ('https://news.sohu.com/20120406/n339851699.shtml',
     '据4月5日深圳卫视《正午30分》栏目报道，几名在当地东门摆摊的小贩向媒体举报投诉，称东门执法队队员向'
     '他们索要保护费，数额在2500元到3000元之间。而当他们拒绝之后，多次遭到执法队员的收缴和殴打。记'
     '者了解到，23岁的谭发勤是湖南株洲人，作为本次遭打的小贩之一，他向记者讲述了事情的经过。在深圳东门步'
     '行街一带摆摊已经有一年的谭发勤自称，4月1日下午两点左右，他拎着箱子来到东门步行街附近，几名身穿制服'
     '的执法队员突然出现，要将所有物品没收。他极力反抗，双方发生肢体冲突，他的头部突然被对讲机砸了一下，鲜'
     '血长流。病历显示，谭发勤头皮破裂伤两厘米左右，医生为其进行清创，然后缝了两针。除了谭发勤外，当天另有'
     '两名小贩与城管执法队员发生冲突。有路人拍下了一段冲突视频：多名身穿制服的城管队员先是对两名小贩进行口'
     '头警告，其中一名小贩试图抢回被收缴的物品，随后双方发生冲突。有知情小贩介绍说，一些东门执法队员会私下'
     '里向小贩征收“管理费”，实际上就是“保护费”，如果缴纳了这笔费用，执法队员在日常执法过程中会网开一面'
     '，否则就会遭到执法处理。这名小贩提供了相关的录音和短信作为证据。短信时间在3月初，东门执法队员黄文东'
     '（音）发短信称，“我跟他说了，每星期一，拿2500元”。这名小贩解释称，执法队员黄文东跟他多次协商，'
     '要收取3000元的保护费，在他央求之下，降到2500元。',
     'in', None, False, ['群众纪律', '贪污贿赂'],
     [('黄文东', '执法队员', '东门执法队')]),
    # 11
    ('https://bbs.cnhubei.com/thread-2962920-1-1.html',
     '在湖北武汉市新洲区有一家菜市场，据当地老百姓说是新洲区最大的市场。由于这里的摊位费奇高导致市场菜价居'
     '高不下，由于该市场是该区菜市场的龙头老大，直接导致新洲区的蔬菜物价高于武汉中心城区，百姓怨声载道。据'
     '了解，“统治”这一块地盘儿的是当年工商分流人员，用他们的话来说，这个市场是我的，我说了算。本报记者接'
     '到群众反映，来到该地调查。据了解，该菜市场隶属于新洲区市场开发服务中心，该服务中心管三个菜市场，这家'
     '菜市场是其中最大的一家，也是新洲区最大的一家。昏暗繁乱的市场内，密集的拥挤着大大小小的摊位。记者走访'
     '了七八家摊主。这些摊主绝大部分在此经营了十几年，他们向记者反映，这些摊位价格逐年递增，近几年更是直线'
     '上升，到了难以为继的地步，他们不得以只能哄抬菜价，否则难以为生。一些摊主告诉我们，一个4米长的摊位一'
     '年的租金就是10万，他们每天必须卖掉2000多元的蔬菜，才能勉强维持生存。一位摊主悲愤地说：“有什么'
     '办法呢，我们在这里经营了十几年，又不会做其他的事，他们（市场管理人员）有权有势，想怎么样就怎么样，除'
     '非你走人，我就赌气不走，无非就是把这十几年赚的一点钱都贴进去，太黑了！”。一些摊主反映，这里的管理人'
     '员只知道收钱，不知道管理，他们说：“在你们来之前，这里通道狭窄，顾客走路都很困难，他们根本就不管。”'
     '一些摊主还告诉记者，今年，他们又玩儿出新花样，搞出了竞拍摊位。',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     []),
    # 12
    ('https://hn.rednet.cn/c/2016/04/15/1047430.htm',
     '3月31日，永州道县网友在红网《百姓呼声》栏目组发帖称，道县振兴街市场摊担乱摆，堵塞出入通道乃至沿街'
     '设市的现象又死灰复燃。4月15日，道县市场服务中心主动跟帖回应网友，称已介入调查，严肃查处。网友称，'
     '“设置的市场管理室大门紧闭，看不到管理人员去对乱摆的摊贩进行管理劝阻。我们强烈要求相关单位对市场进行'
     '有效管理，还振兴街通畅的出入通道。”4月15日，道县市场服务中心主动跟帖回应网友。称4月8日看到网帖'
     '后，道县市场服务中心迅速行动，于下午2:30在中心五楼会议室组织召开机关全体工作人员、各所所长、各市'
     '场负责人紧急会议，通报该贴内容并组织讨论，分析产生的原因，研究解决办法。会上，中心党组书记、主任莫赟'
     '要求中心纪检组介入调查，严肃查处。回复称，经中心纪检组调查核实，网上所反映的问题基本属实，主要是由于'
     '该市场工作人员不认真履职造成的。根据调查结果，经中心党组研究决定：一、对该事件在全中心通报；二、责令'
     '城南所立即组织人员进行集中整治，三天内将秩序整治好；三、给予振兴市场负责人周建峰和城南所所长何昌秋扣'
     '发当月部分绩效考核工资。“中心要求全体工作人员要以此为戒，举一反三，认真履职，搞好服务。对今后再次出'
     '现的该类现象，中心将加大处罚力度。”道县市场服务中心表示。',
     'in', None, True, ['工作纪律', '形式主义官僚主义'],
     [('周建峰', '负责人', '振兴市场'), ('何昌秋', '所长', '城南所')]),
    # 13
    ('https://big5.cctv.com/gate/big5/www.cctv.cn/law/20060215/101727.shtml',
     '在海口龍昆南農貿市場賣豆腐的老田將該市場上的豆腐攤位都承包了下來，並和市場簽訂了合同，5年之內市場不'
     '能再另設豆腐攤位。一年後，農貿市場換了新的管理者，他們認為老田的做法違反了《反不當競爭法》，因此又在'
     '市場上加了兩個賣豆腐的攤位。老田以市場違約為由，將市場起訴到法庭。老田是安徽人，因為會做豆腐，前幾年'
     '帶著老婆孩子來到海口做豆腐、賣豆腐，一年稻頭就是過春節休息幾天。打好的豆腐早晨由兒子送到離家不遠的海'
     '口市龍昆南農貿市場，老田的妻子負責在市場裏賣豆腐，市場上有他租賃的賣豆腐的攤位。可是就是這幾個豆腐攤'
     '位，讓老田這兩年除了做豆腐就是打官司。老田所在的市場海口市龍昆南農貿綜合市場有1000多平方米，市場'
     '裏面有攤位200多個，市場周圍是一間一間的門面房。當時市場裏設置的賣豆製品的攤位有12個，被老田和另'
     '外兩家賣豆製品的攤主共同租賃。由於相互競爭，幾個攤主之間常鬧一些小矛盾，豆腐生意也不是太好，另外兩家'
     '就提出想轉讓自己的攤位。老田就向市場提出自己想把市場裏的豆製品攤位都承包下來，這雖然有風險，但少了競'
     '爭對手，也許豆腐生意會更好一點。市場方也答應了老田的要求。於是2002年6月1日，老田和海南農昆南農'
     '貿綜合市場簽訂了一份租賃合同，市場方把市場裏賣豆製品的12個攤位都租賃給了老田，合同期是66個月，租'
     '賃至2007年11月，老田分兩次交清全部費用19萬元。另外合同中還約定，在老田的合同期內市場不許再另'
     '設豆製品攤位，否則給老田造成的損失由市場方承擔。把攤位都租下來後，老田東拼西湊很快交清了租賃費19萬'
     '元，並且幹勁十足。每天做豆腐、賣豆腐成了他生活的全部，除了想儘快把本錢收回來以外，也想讓以後的生活更'
     '好一點。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.taianjkyc.com/afhgx/3936.html',
     '象山的潘先生在象山某菜市场水产品区经营水产生意，因为生意不好，听信“大师”所言，在摊位前“撒了一把米'
     '”，而被撤了摊位，潘某一气之下将菜市场管理公司告到了法院。昨日，象山法官告诉记者，潘某行为系迷信活动'
     '，并不是民俗，因此，管理公司撤除其摊位合理合法。起初，潘某承租了象山某菜市场水产品X号摊位经营水产生'
     '意，并与其管理公司签订了《市场摊位租赁合同》一份，约定租期、租金及其他权利义务。承租期间，潘某也始终'
     '依规经营，直到今年上半年。由于上半年的生意不如往年，潘某特地去找了一位“民间大师”算了一算，“大师”'
     '说，想要生意好，就要在自己摊位和其他摊位上撒把盐米。于是在次日凌晨，趁着菜市场还未开门营业，潘某按照'
     '“大师”的吩咐，在自己承租的摊位上撒了一把盐米，又往Y摊位与Z摊位处各撒了一把。“因为他们之前用迷信'
     '方式欺负过我，我要还击一下。”撒了三把盐米的潘某暗自笃定：生意肯定会慢慢好起来的。可是不料，一周后就'
     '被撤了摊位。事发后，该菜市场管理公司向潘某送达了一份《经营户不良信用行为告知书》，并载明：潘某在经营'
     '过程中从事封建迷信活动，并利用迷信活动扰乱社会秩序，其行为属不良信用行为，依据本市场确立的《经营户不'
     '良信用行为扣分办法》有关规定，扣信用记录12分，并取消本市场下一年度摊位投标报名资格，收回摊位使用权'
     '，并没收当期已缴摊位的租赁费等。“这和‘大师’说的完全不一样啊！怎么还被强制解除合同了？”',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.zjglsht.com/Home/ArtDetail?idd=7babd52893364df081f4bbd553c6080e',
     '上诉人周某扣、上诉人上海市长宁新泾蔬菜良种场仓库（以下简称新泾仓库）因租赁合同纠纷一案，不服上海市长'
     '宁区人民法院（1999）长经初字第1129号民事判决，分别向本院提起上诉，本院受理后依法组成合议庭，'
     '于2000年6月12日公开开庭审理了本案，上诉人周某扣，上诉人新泾仓库委托代理人高荣华到庭参加诉讼，'
     '本案现已审理终结。原审认定，周某扣与长宁区剑河路综合农贸市场（以下简称“市场”）于1999年5月14'
     '日订立进场经营协议书一份。协议书约定，“市场“将其4号营业用房一间租借给周某扣，用于经营活动。租金每'
     '年计人民币11,000元；按每三个月为一期结算交纳一次，周某扣在签定协议的同时，交纳第一期的租金和保'
     '证金；周某扣应认真执行有关法规和市场的各项规定，合法经营，如有违反有关规定的行为，必须接受“市场”管'
     '理部门的处理，直至收回营业用房；“市场”如需收回营业用房，必须在一个月前书面通知周某扣等。该协议书对'
     '租赁期限未作约定。协议书订立的前一日，周某扣已将三个月的租金计人民币2,750元、押金人民币2,00'
     '0元、管理费人民币150元、税款人民币300元交给了“市场”。协议订立之后，周某扣即进场经营，后周某'
     '扣与“市场”5号房经营者发生纠纷。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://news.sohu.com/20090719/n265322350.shtml',
     '7月18日凌晨，南宁市五里亭农贸市场因与附近村民发生纠纷，被村民用水泥砖堵门，造成上百摊主不能进市场'
     '营业，市民也无法进入市场买菜。市场摊主无奈“转战”马路市场，在大学路人行道上摆摊卖菜。相关部门派出保'
     '安维持现场秩序，经过15个小时的努力协商，五里亭农贸市场昨晚基本恢复了通行。18日凌晨4时45分，记'
     '者看见五里亭农贸市场门口摆放着大量的水泥砖，形成一堵一米多高的墙体，将市场约20米长的进出口封堵。1'
     '个多小时后，十几名摊主来到市场，手脚并用翻过水泥墙，进入市场后整理瓜果和蔬菜。进货到市场的摊主望墙兴'
     '叹，只能将货物放在附近，等待进入口打开，有的甚至直接开车回家。据称，当天凌晨3时许，几名平田村村民开'
     '车运来几卡车水泥砖，并将水泥砖垒成围墙，阻止所有人进出。据了解，20年前，南宁市西乡塘区平田村与五里'
     '亭市场的筹建部门有纠纷，一直没有得到解决。平田村村民卢先生说，他们村村委和村民向有关部门反映过几十次'
     '，但问题一直没解决。市场入口被堵，不仅影响摊主们的生意，也影响市民买菜。市场猪肉摊主黄先生说：“肉联'
     '厂送来猪肉，我们十几个摊主都不敢要。连人都难进市场，根本摆不了摊。”',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://m.zjtcn.com/news/98022.html',
     '某报报道了郑州市建材大世界西建材市场被渣土包围的事。由于市场的大门被黄土和大货车堵住，很少有顾客进入'
     '市场购物。截至目前，堵门已持续了18天，但问题迟迟得不到解决，商户们只能守着没有顾客的店铺叫苦不迭。'
     '昨天上午11时，记者再次来到位于淮河路与嵩山路交叉口东南角的西建材市场，高高的黄土堆仍堵在门口，占据'
     '了整个人行道。为招徕顾客，一些焦急的商户站上土堆叫卖。据一名卖实木门的商户讲，自市场被堵以来，他一扇'
     '门也没卖出去，“再这样耗下去只能关门走人”。商户周先生说，他在西建材市场经营了4年，其间并没人来正式'
     '与他们商谈搬迁补偿的问题。他不明白，市场没拆迁，郑州市国土资源局为何会把市场占用的土地挂牌出让给开发'
     '商。12月1日，郑州市国土资源局称，他们受二七区政府的委托，根据市政府批准的《二七区齐礼阎城中村改造'
     '方案》，通过公开挂牌方式出让了齐礼阎城中村改造项目用地。2011年8月11日，该局受理该宗土地的出让'
     '卷宗时，二七区政府出具承诺书，承诺“宗地内的附属物由区政府负责拆除完毕，如产生纠纷等责任损失，由区政'
     '府承担”。西建材市场的相关负责人告诉记者，2011年政府对土地进行出让时，他们并没得到相应的拆迁补偿'
     '，所以商户也未搬迁。如今，急等回迁的村民用渣土堵市场的大门，他们虽然能够理解村民的苦衷，但赔偿迟迟拿'
     '不到，他们也无法安置商户。昨天下午，二七区政府的工作人员说，当初区里委托市国土资源局对齐礼阎城中村改'
     '造项目用地挂牌出让时，曾就西建材拆迁一事，与该村和市场开发商进行协商，但未达成协议。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://zonghe.xinxuanze.com.cn/zonghe/2023/0829/187075.html',
     '马女士在金凤区双渠口便民市场租了一个档口，租期为一年。经营三个月后，她发现夜市生意越来越惨淡，旁边的'
     '档口也都关了门，自己的生意实在做不下去，于是便找到市场希望退租，哪怕只退半年的租金就行，但是市场却表'
     '示一分钱也退不了。今年五月份，金凤区双渠口便民市场举办了为期一个月的啤酒美食节活动，顾客非常多，原本'
     '就有开店打算的马女士便动了心，随即与市场管理方——银川双风市场经营管理有限公司签订了摊位租赁合同，租'
     '期一年共一万元，合同约定交纳一千元押金，但实际市场管理方并未收取押金。在市场管理方的建议和帮助下，马'
     '女士最终开了一间辣糊糊美食档口。“刚开始的一个月，生意挺好，但之后活动结束了，旁边的摊主陆续都撤走了'
     '。到八月初，就只剩我们一家开着，一天连水电费都赚回不来，实在没法开下去了。”马女士说道。双渠口便民市'
     '场不仅有早市还有晚市，采访当天记者看到，整个市场生意较为惨淡，除了一些卖菜的摊位，其他的都是关门的状'
     '态。“市场这个情况，转租也租不出去，我只干了不到三个月，就想协商退租，退半年的也行，但是市场方就是不'
     '给退。”马女士说。同时，她拿出了摊位商铺租赁合同，记者从这份摊位商铺租赁合同中看到，只有保证金，也就'
     '是押金的相关处置和处罚，没有关于退租金的条款。银川双风市场经营管理公司负责人蒋经理对马女士提出的退租'
     '诉求一口回绝，表示这属于商户自身原因，市场方无法退租。她告诉记者，其他摊主撤走的时候都没有退租金，撤'
     '走也是自己的选择，并不是市场不让大家做生意了。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://news.wsqzcl.com/2020/0318/2109386.shtml',
     '“卖完了今天的菜，只能搬走了。”3月17日下午5点左右，在成都市红牌楼街道的绿丰农贸综合市场卖菜的商'
     '户李师傅说道。他在市场卖了13年的菜，疫情防控期间都在卖，但按照他的说法，因为市场管理方与其他摊贩争'
     '执时自己拍了视频、照片，“市场就喊我结账，明天不能摆摊了。”市场管理方一位负责人确认了这件事。“我也'
     '在市场管理10多年了。”他表示，此前该商户曾因占道经营写过保证书，“今天（17日）的事本来与他无关，'
     '但是他在那里拍视频、照片、起哄——你这样不服从市场管理，也不想着市场好，那我肯定不欢迎。”在红牌楼街'
     '道的绿丰农贸综合市场，李师傅有一个蔬菜摊位，“摆了13年了。”3月17日下午5点过，他说，卖完今天的'
     '菜，自己就要离开了。原因和上午市场里的一起纠纷有关。李师傅印象里，早上8点过，旁边不远处一个摊位上有'
     '争吵声。“我不晓得具体原因，好像跟一个桶坏了有关系。”他说，自己也跟着市场上其他人去围观，“摊主和市'
     '场管理方在吵架，还有抓扯。”他说自己看的时候顺便用手机拍了视频和照片。不久警方到达，冲突双方被带到派'
     '出所处理。“大概10点前，我也被通知去了派出所。”他说，在那里自己按要求删除了手机里与“冲突”相关的'
     '照片和视频。再回到菜摊的时候，“市场办公室的人就喊我们过去。”李师傅说，因为有点担心，“我让爱人去的'
     '。”',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://www.yingxidh.cn/article/12957.html',
     '近日，在贵阳市花溪区长江路农贸市场卖水果的郭女士向记者反映，今年年初，室外市场的商户突然被告知，市场'
     '的租金涨价了。这让一些商户接受不了。双方正在协商时，却遭到一些村民的围堵。“连续几日，铺面里里外外，'
     '被数十位小河大坡村的村民围住，让我们无法经营，21日晚，甚至趁我们收摊后，用钢条把店铺大门焊死了。”'
     '3月22日上午，记者来到长江路农贸市场。一大早来买菜的市民很多，让原本就不宽的农贸市场路面，显得有些'
     '拥挤。商户告诉记者，长江路农贸市场分为室外市场和室内市场。室内摊位由市场内的管理方收取费用，而她的铺'
     '面所在的室外市场则由大坡村收取相关费用。记者观察发现，室外的市场非常热闹，买菜的人很多。但紧挨着的室'
     '内市场，却显得有点冷清。“外面的菜比里面贵，但就是没人进来买。”室内市场一位卖菜的商户说，室内市场的'
     '摊位根本租不出去，还有很多空余。他在室内市场租了两个摊位，实际上占了四个位置。“我还在外面租了个临时'
     '摊位，想在这个市场卖菜，就得在外面卖。室内市场的商户几乎全都在外面租有摊位。一天100元，人家还不和'
     '你长租，只短租。”“你看我手里的这把菜苔，里面卖4块，拿到外面市场就要卖5块。”卖菜的摊主说。走到农'
     '贸市场的中段，记者来到了郭女士的铺面，郭女士在此经营水果已有10多年。但现在，铺面的卷帘门半关，两根'
     '钢条横在门上，上呈X形，将卷帘门焊得牢牢的。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://hefei.baogaosu.com/xinwen/%E4%BC%97%E6%91%8A%E4%B8%BB%E7%BD%A2%E5%B8%82%E5%80%8D%E'
     '4%BC%97%E6%91%8A%E4%B8%BB/22350506',
     '今年6月底，瑶海区东七老菜市场改造完成，摊主们本该为此高兴，但市场管理方提高了摊位费，倍增的租金让摊'
     '主们难以接受。“改造后租金涨点价也正常，但这价涨得太猛了。”昨天，摊主孙师傅拨打本报热线反映此事。昨'
     '天下午，记者来到改造后的东七菜市场，里面焕然一新却空空如也。“3月初开始改造，6月底完成。”孙师傅介'
     '绍，改造期间七里站街道给他们设了临时摊点，近日天气炎热，临时摊点又脏又臭，环境很差。“改造前租金每月'
     '150元，改造后摊位涨价也可以理解，但涨得太猛了。”孙师傅说，市场管理处迟迟不报价，让他们先交350'
     '0元的保证金，然后才给出收费方式，“市口好的摊位每月900元起价，差的400元起价。这还只是底价，竞'
     '拍后还不知是多少呢。”卖茶叶的李大姐告诉记者，周边菜市场改造后的摊位价格也就每月200元左右。摊主们'
     '不敢进菜市场摆摊，附近居民的生活也收到影响。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://heilongjiang.dbw.cn/system/2004/07/06/016480606.shtml',
     '不管是市场内的业户，还是前来上货的商贩，只要开车进院就得向肇东市宏盛果菜批发市场的管理人员交0.5元'
     '钱到10元钱不等的进门费。对此，市场的管理部门称是物价局让收的，但物价局表示从来没有批准过该项收费。'
     '1日，记者赶赴肇东市宏盛果菜批发市场进行了采访。提起此项收费，肇东市宏盛果菜批发市场的业户们怨声载道'
     '。业户李红英讲，2001年11月，宏盛果菜批发市场建成，有近百户的商贩在此做生意，但自从该市场被一个'
     '叫刘洪波的人承包后，从2002年年初开始，小商贩到该市场上货，或者是业户们自己开车来送货，都要被市场'
     '管理部门收取0.5元到10元不等的费用，并且只给一张类似白条子的票据。如果是自家拉货的车开进市场，停'
     '在自家门前卖货的话，管理人员还会按着车型的大小收取占地费，7 8吨的汽车收50元，2 5吨的汽车收4'
     '0元，如果赶上逢年过节的话，价钱还要提高，而且不给开具任何收据。一位不愿意透露姓名的中年妇女对记者说'
     '，一天傍晚，她坐一辆人力三轮车从外边回来，刚进大门口就被收费人员拦住了，无论她怎么解释自己是住在该楼'
     '的居民，收费人员就是不同意她进去，结果她交了0.5元钱后，对方才放她进去。住在这里的居民告诉记者，如'
     '果是外来不熟悉的车辆进来，他们还会收取更高的费用。随后，记者冒雨租了一辆松花江微型车，佯装到批发市场'
     '进货，来到宏盛果菜批发市场的大院。车刚开进批发市场，一个身穿蓝色上衣、手拿一沓票据的三十多岁的妇女拦'
     '住了记者的车说：“到这里来上水果就得交钱，蹬人力三轮车的都得交钱，何况是汽车呢！”',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH126, "fresh126")
