"""Sealed batch fresh173: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh171th.py; the batch and its row ids are "fresh173".)

Theme: e-commerce and consumption poverty alleviation (消费扶贫, 电商进农村 示范县, 直播带货) and the
quotas forced on staff in its name: a 县脱贫办 notice that made every 帮扶干部 buy 50元 in a
县长直播带货, a county that pushed local tobacco and liquor sales down to the villages, wage
deductions "for 扶贫" in 文山州, officials' staged 直播带货 (摊派, fake orders, paid 水军), the
closed 电商服务站 of a 国家级 示范县, a state tobacco firm's 人事股股长 levying staff; the store
held few e-commerce misconduct texts, so five in items come from the neighbouring poverty funds
(虚假贫困户 and the officials answerable for them in 仙游, a 村支书 listing his son in 冠县, the
张家口 dismissals, a village taking "送礼跑腿" money for 扶贫农资 in 饶阳, a 扶贫办 leader's bad
fruit saplings in 安化) and one from a farm-produce purchaser run by a 公务员 (乌拉特前旗). Out
items: an online 飞天茅台 purchase in court, a village's unpaid 豇豆 money in a 开化 mediation, the
淮安 court's account of 涉农买卖合同 cases, poor households' unpaid dividends in 陇县, a village's
plea to net users to buy its apples, a private 商场 forcing staff to sell mooncakes, a commentary
on 消费扶贫 "被消费" by merchants, praise of county heads' 直播带货, a teaching drama on a 副县长's
摊派 直播 and the 商务部's evaluation of 示范县. Sources (stored-pages search): a 香港01 report on
城固 (traditional); a 2013 cartoon note on 公安县 (中国新闻网); a 中新网 copy of the 央广网 report
on 文山州; a jiangsulong copy of the 中国青年网 report on 直播带货 "官员秀"; a szaima forum report on
紫金县; a shi-fen copy of the 上游新闻 report on 永胜烟草公司; a 海峡网 e-paper copy of the
新华社 report on 仙游; a 央广网 report on 聊城 and 冠县; a 大纪元 report on 张家口 (traditional); a
长城网 copy of the 衡水晚报 report on 饶阳 合方村; a big5 央视网 copy of the 湖南日报 report on 安化
农豐村 (traditional); a 内蒙古新闻网 report on 开泰公司; out: an iscbj lesson page on the 北京四中院
case (pinyin glossed), a ueeetech copy of the 潮新闻 report on 开化 (pinyin glossed), a 网易 copy
of the 淮安中院 release, a 重庆农民合作社网 copy on 陇县, a 水果邦 copy of the 新快报 report on 旬邑,
a commentary on the 西安 mooncakes (traditional), a 东南网 commentary, a jizihe copy of a report on
county heads as streamers (traditional, pinyin glossed), a xing528 script page and a waaku page on
the 示范县 evaluation. Five texts are in traditional script (items 1, 9, 11, 18, 20).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum and site lines, editor lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("9:00点", "11.4万元"), the square brackets of 006 as "［］"; stray spaces removed (004,
013); the glossing pinyin removed (013, 014, 020). Page oddities kept: "采访人员" for 记者 (004),
"下午9:00点" (006), "早土" (011), "六七块一斤" and "1.2/斤" (017), "di一批" (022), "⋯⋯"
(009), "怎么" and "什么" in the traditional 018 and 020, "説" and "豐産" in 011.
scope "in" for alleged misconduct of a party member or public official (village cadres included;
staff of state firms such as a 烟草公司 count, as in fresh159's 谢德春), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons,
firms and officials who only handled, investigated, announced or answered are not accused; an
organ or an unnamed group accused as a whole gives no entry; an unnamed accused official is
(None, position, unit). Names, positions (as first written with the name, "原" kept) and units as
written; unit None when the text ties the person to no named unit. Topics only from the twelve
names of triage.md; a purchase, donation or wage-deduction quota laid on cadres and staff "for
扶贫" is 形式主义官僚主义 (乱作为, 数据好看), with 群众纪律 (IS.MAS.01 摊派) where it reaches villages
or villagers; 虚假贫困户 and 优亲厚友 are 群众纪律; a 小金库 and a public servant's business
are 廉洁纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (010, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 2 (016, 017), 其他 5 (018-022). 11 accused entries,
all in items 1-12: 10 with a full name (张春芳, 郑金福, 温文彩, 李电俊, 劉書鋒, 王樹國, 張體鐵, 杜平,
劉光軍, 张玉玺), none masked, 1 post only. Items 001-005 and 010 are in scope with no accused
entry (organs and unnamed groups). Out items have no accused entry.

Close calls:
 1  Traditional; title, byline and "(綜合報道)" cut. The 城固縣脫貧辦 that issued the notice and
    its 脫貧攻堅領導小組辦公室 that apologised are organs: in, no entry. The 縣長 of the 直播 is
    not said to have asked for the quota. 形式主义官僚主义 only (the quota fell on cadres).
 2  Short (a cartoon's caption note); the caption "被摊派卖烟酒 焦海洋 图" cut, the citation
    "(据中国新闻网10月23日)" kept as printed. The 县 and the 章庄铺镇政府 act as organs; the 副县长
    苏云国 only denies (not accused; hard, he is the 分管 leader). 形式主义官僚主义 and 群众纪律
    (sales quotas passed down to the villages).
 3  Short; the page's site menus, title and copyright lines cut. The 文山州 units deducting 3,000
    from staff are organs; the 州委宣传部 worker only answers; in, no entry. Could be read as
    个人利益诉求 (the staff's wages); read as the 摊派 itself.
 4  Headline, sub-title, dateline and "来源:中国青年网" cut (the source runs into the first
    sentence on the page); ends before the truncated "带货直播,本来是…" sentence. The officials are
    "部分领导干部" and "一些地方" (unnamed): in, no entry; the 基层干部 who complains is a witness.
 5  Forum copy of a site report; the forum header, the two caption lines "瓦溪镇服务中心前后图片对比:"
    and "黄塘镇部分服务中心和站点现状:" cut; ends before the truncated "该项目于2019年6月15日,由紫…".
    Hard: no one is named and the text only shows closed stations of a centrally funded
    示范县 project against its publicity; read as in (形式主义, 示范 money spent on shells), no
    entry. Could be read as 其他 (a site visit).
 6  Title lines, byline and editor line cut; the SMS with its phone and WeChat numbers kept as
    published. ('张春芳', '人事股股长', '云南永胜烟草公司'): first written "人事股长" without the name.
    The 经理 谭国超 only explains (he says she misread his wish to lead a donation; hard, he set
    the sums "500元…400元"); the 丽江市扶贫办 worker only answers. 形式主义官僚主义 (摊派 on staff).
 7  E-paper line "N据新华社电" cut. Accused: ('郑金福', '原副主任', '仙游县农办') and ('温文彩', '负责人',
    '扶贫开发中心') (punished for supervision failures: hard, they "未直接涉案"). 李评星 is a farmer
    (private); the 10 party members, 12 县村干部 and the others are unnamed groups; 吴立新 only
    speaks. 群众纪律 (虚假贫困户) and 工作纪律.
 8  The dateline "央广网济南10月22日消息(记者桂园)" cut; ends before the 聊城 results paragraph.
    ('李电俊', '党支部原书记、村委会主任', '李圈村'). The 巡察组's 1360 problems are unnamed. Off
    theme (poverty registration). 群众纪律 (优亲厚友).
 9  Traditional; the first paragraph cut (a stock sentence already in fresh32th.py's page) and the
    truncated "近年來,扶貧領域的…" paragraph cut. Five named, with units from "蔚縣縣委書記劉書鋒、
    縣長王樹國、縣紀委書記張體鐵及康保縣委書記杜平、縣紀委書記劉光軍". The "張家口市委書記、市長、
    副書記、副市長等十多名官員" are taken as one unnamed group (hard: some are single posts; could be
    (None, post, '張家口') entries). 胡澤君 only reports. 群众纪律, 形式主义官僚主义 (數字遊戲), 廉洁纪律 (小金庫).
10  Mixed, as fresh129's item 12: the villagers' own money (the "送礼跑腿" fees, most not refunded)
    and the 村干部's levy on 扶贫农资. Site path, headline, source line and the three sub-headings
    cut; ends before the truncated "让党和政府的惠农扶贫政策真…". The 村干部 are unnamed and the 村
    an organ; the 包村干部 and the 饶阳县扶贫办 only answer: no entry. 群众纪律.
11  Traditional (big5 copy, "説", "豐産", "早土" as printed); the page's menus, the headings "扶貧村的
    傷心事" and "扶貧辦指定買來“問題果苗”" cut; ends before the truncated "村民們". The headline's
    court judgment is not in the kept text: in, not mixed. "當時扶貧辦領導授意買來" gives
    (None, '領導', '扶貧辦') (hard: one leader or several; the 扶貧辦 is the 市's by the funding
    sentence). The 扶貧工作組 units only act. 群众纪律 and 滥用职权.
12  Mixed and hard: the farmers' unpaid corn money and a 法院判决 the firm ignores (涉法涉诉) beside
    ('张玉玺', '董事长', '开泰公司') (first written "开泰公司董事长张玉玺"), who "是董事长,还是公务员"
    and used that standing to win a second season's contracts and press 尿素 on the farmers at
    above-market prices. Read as in (a public servant running a firm, IS.INT.06, 廉洁纪律); could
    be read as out 涉法涉诉 with the status only as background. The sub-heading "两年欠下200多万"
    cut; ends before the truncated "郭二成…". 王全有 is a farmer.
13  涉法涉诉: an online buyer's 十倍赔偿 case; the glossing pinyin removed and the title (which gives
    the judgment) cut, so the kept text stops at the purchase (before the truncated "次日收货后…").
14  涉法涉诉: a village 合作社's unpaid 豇豆 money in a court mediation; the pinyin glosses
    ("繁忙(fánmáng)" …) and the byline cut; ends before the judge's truncated reply. 老王 is the
    合作社's 社长 and the plaintiff, not accused; 李某 is the firm's.
15  涉法涉诉: the 淮安中院's release on 涉农买卖合同 cases; "打开网易新闻 查看精彩图片" cut; ends
    before the truncated fifth point. Could be read as 其他 (court news without a case).
16  个人利益诉求, short: poor households' unpaid dividends and principal from a 奶牛托养 scheme.
    The page's "【摘要】" line kept (it is the only statement of the claim) and the menus cut;
    ends before the truncated "而到现在,他们不…". Hard: "县里…承诺" could be read as an organ's
    broken promise (in); no act of an official is alleged in the kept text.
17  个人利益诉求, hard: a 村委会's plea to net users to buy its apples; the byline, the "●求助" and
    "丰收苹果只能喂猪?" heads cut; ends before the truncated "现在村里的精品红富…". Could be 其他.
18  其他, traditional: a commentary on a private 商场 (and 星巴克) making staff buy mooncakes;
    the later paragraphs cut. Near the theme's quotas, but no official.
    Could be read as 个人利益诉求 (staff's interests).
19  其他: a commentary on merchants overpricing 扶贫农产品 ("被消费"); ends before the truncated
    "但管理不到位肯定是…" sentence, so no body is blamed.
20  其他, traditional: praise of county heads selling on streams; the pinyin glosses "(xiàn)" …
    removed, the heading "基層官員直播“帶貨”" cut and the sentence garbled in the stored copy
    ("當?shù)鼐G殼雞蛋", the 2016 examples of 劉春曉, 李莉, 王偉) cut. 王帥 is praised, not accused.
21  其他, hard: a teaching script ("扫描二维码观看剧集") in which a 副县长 辛奇 has a 认购 quota of
    100元 laid on 扶贫干部 and 水军 comments; fictional, no real accused (as fresh159's item 21).
    Title lines, "扫描二维码观看剧集" and the page mark "(www.xing528.com)" cut; ends before the
    truncated "拿手机的…".
22  其他, hard: the 商务部's evaluation of 示范县; the page's city and site lines and title cut, "运行情
    况" split over two lines on the page joined; ends before the truncated "这是开展…发现最". The last
    sentence reports "任人唯亲、徇私舞弊" in choosing 服务商 by "个别县域" (unnamed): kept, but the
    text is about the evaluation scheme; could be read as in with no entry.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH173: list[Item] = [
    # 01
    ('https://hk01.com/%E5%A4%A7%E5%9C%8B%E5%B0%8F%E4%BA%8B/471307/%E6%96%B0%E5%86%A0%E8%82%BA%E7%82%8E-%E9%99%9D%E8%A5%BF%E5%9F%8E%E5%9B%BA%E7%B8%A3%E9%95%B7%E7%9B%B4%E6%92%AD%E5%B8%B6%E8%B2%A8%E6%B6%89%E5%BC%B7%E5%88%B6%E6%B6%88%E8%B2%BB%E6%83%B9%E8%AD%B0-%E5%AE%98%E6%96%B9%E5%85%AC%E9%96%8B%E8%87%B4%E6%AD%89',
     '受新冠肺炎疫情影響，內地不少地方官員近日紛紛選擇網絡直播帶貨的方式推銷當地農產品。其中，陝西省漢中市'
     '城固縣在開展「縣長直播帶貨」活動中，因一份「要求全縣幹部最低消費50元」的相關文件而受到輿論關注。對'
     '此，城固縣脫貧攻堅領導小組（指揮部）辦公室於5月9日（上周六）予以回應，承認了相關文件的錯誤，並公開'
     '致歉。城固縣脫貧攻堅領導小組（指揮部）辦公室9日稱，為擴大城固縣農產品銷售渠道，增加貧困群眾收入，縣'
     '脫貧辦、經貿局於9日在原公鎮貧困村——垣山社區舉辦了「縣長直播帶貨」促銷活動。辦公室又稱，縣脫貧辦下'
     '發了《關於舉辦「縣長直播帶貨」助力脫貧攻堅的通知》，引導和倡議全縣廣大幫扶幹部積極參與消費扶貧活動，'
     '通過線上線下購買貧困群眾農產品，幫助貧困群眾增收。《通知》中「要求全縣幫扶幹部通過線上下單或線下認購'
     '的方式，購買直播帶貨農產品每人不少於50元」的要求是錯誤的，在此向全縣幫扶幹部和網友表示歉意。辦公室'
     '又稱，堅決杜絕在消費扶貧中給幹部職工下任務、搞攤派的錯誤行為。倡導和鼓勵全縣幹部職工在有需求的前提下'
     '，自主自願、積極參與消費扶貧，助力脫貧攻堅。關於此次城固縣涉嫌強制消費一事，內媒《紅星新聞》評論文章'
     '認為在官員直播帶貨已經頗為流行的當下，對這類「攤派式」做法應該引起警惕。文章指出，「直播帶貨靠的是流'
     '量與質量，而不是『文件』，這本是常識。而被帶產品的銷售額情況，得靠線上線下齊發力，而不是用文件『揠苗'
     '助長』。畢竟，直播帶貨是一種新興的市場銷售行為，也應遵循市場規則和玩法。」',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 02
    ('http://111.205.184.227:8081/2013-10/28/content_9314701.htm',
     '央视报道湖北省公安县向乡镇摊派当地产烟酒的销售任务，村干部表示完不成任务会被扣工资。章庄铺镇政府人员'
     '表示，县里下达了任务，他们只能层层分解到村。公安县分管烟草工作的副县长苏云国否认硬性规定销售指标，并'
     '称“那他们理解错误”。（据中国新闻网10月23日）',
     'in', None, False, ['形式主义官僚主义', '群众纪律'],
     []),
    # 03
    ('http://www.chinanews.com/sh/2015/08-19/7475919.shtml',
     '据中国之声《新闻纵横》报道，扶贫本是好事儿，可现在有些奇葩的扶贫却走了样。近日，网络上曝出了云南文山'
     '州机关事业单位的职工被要求每人扣三千块钱，对贫困户进行“一对一”的扶贫，政府说先摸底，上报贫困户，后'
     '面再扣三千元。扶贫怎么能变摊派呢？文山州委宣传部相关工作人员对此回应说，在扶贫、济困、救灾方面，文山'
     '州只是号召大家捐赠，而捐赠属于个人自愿行为，州里并没有因为扶贫工作而扣职工工资。目前，云南省扶贫办纪'
     '检组已经对此事展开调查。',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 04
    ('http://jiangsulong.com/a/2020/0518/051XP0492020.html',
     '时下，不少地方领导干部积极尝试直播带货，以平易近人的方式推销本地特色农副产品，收获了不少赞声。但采访'
     '人员调研发现，有部分领导干部将直播间当成秀场，不但流量注水、销量造假、大搞摊派，还组织水军齐呼“领导'
     '好帅”。这种自欺欺人的浮夸作秀，背离了为民办实事的初衷，成了一种出风头、讲排场的新型形式主义、官僚主'
     '义。西部一位负责电子商务业务的基层干部向采访人员吐槽，近期直播带货火爆，他忙得不亦乐乎——领导干部动'
     '辄找他要网红、要流量，让他推荐直播服务平台。“领导讲面子，直播带货时观众一定要多，销量一定要大，最简'
     '单的办法就是找网红或‘大号’蹭流量，以至于现在网红和流量平台生意火爆，直播一场接着一场，相关收费也水'
     '涨船高。”为了直播时的流量和销量好看，一些地方费尽了心思——有的地方专门发文搞摊派，不仅让党员干部当'
     '观众，还规定了“最低消费额”；有的地方“亏本赚吆喝”，以低于成本的价格搞促销，只管流量、销量好看，不'
     '管这笔买卖划不划算；还有的地方搞“二次签约”“虚假下单”，把已完成的交易在直播时再演练一遍，或下单之'
     '后再退单……更有甚者，一些地方还组织大量水军在领导直播带货时高唱个人赞歌，营造“刷屏”的氛围。不管领'
     '导在直播间的表现如何，一律高呼“领导好亲民”；不管领导相貌如何，一致高呼“领导好帅”；还有拍马屁的水'
     '军直呼“领导是人民的福星”，在网络平台上赤裸裸地秀“下限”。',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 05
    ('https://szaima.com/thread-335666-1-1.html',
     '2021年11月底根据读者反馈，本站记者对河源市紫金县“国家级电子商务进农村综合示范县”项目电商服务'
     '站点运营情况进行了实地走访，分别对网站上宣传最多的河源市紫金县瓦溪镇及黄塘镇的镇级及村级电商服务站进'
     '行走访，在本站读者指引下记者到达了位于紫金县瓦溪镇加油站（瓦溪油站）旁的瓦溪镇镇级电商服务站，发现该'
     '服务站大门紧锁，门上的牌匾已经拆除，透过紧闭的玻璃门依旧能清晰看到墙壁上悬挂的“国家级电子商务示范县'
     '”的相关标语标识，货架上摆满杂物、地上凌乱不堪。记者询问加油站的工作人员和当地附近村民，均表示该服务'
     '中心早就关闭了，随着记者入乡深入调查，发现该镇的大多数“村级服务站点”同样大门紧锁，即使是开着门的电'
     '商站点也是经营着与该项目招牌所示不符的事宜，与网站上宣传的开业景象截然不同。随后记者继续走访了黄塘镇'
     '及多个村级电商站点，同样是大门紧锁，除了门上的招牌悬挂着“国家级电子商务示范县”字样，看不到店内有任'
     '何正常经营的迹象。记者查看相关公示资料，河源市紫金县是2018年被评为“国家级电子商务进农村综合示范'
     '县”，该项目由中央拨付专项资金用于建立完善县、镇、村三级物流配送体系、电子商务服务站点建设、电商人才'
     '培训及农产品品牌体系建设等。',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 06
    ('https://news.shi-fen.com/sociology/201810/52-23523.html',
     '需要大家凑出工作经费，标准：总支书记500元、副科实职400元、主任科员、副主任科员300元……10'
     '月9日上午，云南永胜烟草公司多数职工收到了人事股长发来的摊派短信。对此，丽江市扶贫办一工作人员回复上'
     '游新闻记者（报料微信号：shangyounews）称，捐款全凭自愿，永胜烟草公司向职工摊派的做法是错'
     '误的。云南永胜烟草公司办公室工作人员介绍，10月9日上午10时30分许，该公司多数职工均收到了人事股'
     '股长张春芳用其手机发来的短信：［云南省烟草公司］各位领导、同事，根据扶贫工作要求，需要大家凑出工作经'
     '费，标准：总支书记500元、副科实职400元、主任科员、副主任科员300元，正股级、副股级人员200'
     '元，办事员100元，请大家在今天下午9:00点以前交到张春芳处，不能交现金的，请加我的微信66431'
     '7481，用转账方式交，谢谢配合。（来自：张春芳）张春芳在微信上告诉上游新闻记者，交钱标准按短信通知'
     '执行。云南永胜烟草公司经理谭国超介绍，9月20日起，该公司半数职工去了涛源镇保和村开展扶贫工作。去了'
     '的职工萌发了为贫困户捐款的想法，他便告诉张春芳代收一下捐款资金，“我准备带头捐500元，副职就说捐4'
     '00元。张春芳曲解了我的意思，向职工群发了这条短信。我已经叫停了。这是永胜公司的行为，不是省公司的要'
     '求。”丽江市扶贫办工作人员介绍，云南永胜烟草公司做法错误，为贫困户捐款全凭自愿，不能搞摊派。',
     'in', None, False, ['形式主义官僚主义'],
     [('张春芳', '人事股股长', '云南永胜烟草公司')]),
    # 07
    ('http://dzb.hxnews.com/2017-04/13/content_440098.htm',
     '“开着宝马轿车领贫困户补助款”，莆田市仙游县纪委查处一起扶贫系统窝案，近日在当地掀起不小波澜。对中央'
     '扶贫资金使用情况进行跟踪审计过程中，审计部门发现仙游县西苑乡农户李评星家拥有一辆宝马牌汽车，却仍领取'
     '中央扶贫资金。接到审计部门移交的线索后，仙游县纪委对全县520户领取中央扶贫资金的村民进行了全方位复'
     '核，一些拥有商品房、汽车或为财政供养人员的虚假贫困户“浮出水面”。包括李评星在内的38户非贫困户被“'
     '摘帽”，并清退11.4万元涉案资金。这起扶贫系统窝案被查处后，仙游县纪委对违规领取补助款的非贫困户党'
     '员给予党纪处分10人；对负有责任的县村干部给予党纪处分12人、诫勉谈话19人；对乡镇经办人员诫勉谈话'
     '7人，乡镇分管领导干部廉政谈话提醒6人。另外，仙游县农办原副主任郑金福和扶贫开发中心负责人温文彩，虽'
     '未直接涉案，但因扶贫监督主体责任落实不到位而受到党内警告处分。“履职不力就要被问责。”莆田市委常委、'
     '市纪委书记吴立新说。这是莆田市将监督触角延伸到扶贫一线的一个缩影。为充分发挥有关职能部门作用，莆田市'
     '聚焦扶贫领域违规违纪问题，整合财政、审计、农业等职能部门，推行落实对扶贫领域的“1+X”专项督查。2'
     '016年以来，通过“1+X”督查机制，莆田市纪检监察机关查处了一批扶贫领域违纪违规问题，共立案67件'
     '，给予党纪政纪处分133人，批评教育和组织处理169人。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('郑金福', '原副主任', '仙游县农办'), ('温文彩', '负责人', '扶贫开发中心')]),
    # 08
    ('http://www.cnr.cn/newscenter/native/city/20181022/t20181022_524392230.shtml',
     '为打赢脱贫攻坚战、如期实现党中央确立的脱贫攻坚目标，山东聚焦扶贫领域，强化监督执纪监察，严肃查处扶贫'
     '领域腐败问题，确保脱贫攻坚各项政策落地见效。冠县东古城镇李圈村党支部原书记、村委会主任李电俊在贫困户'
     '建档立卡工作中，违规将其儿子及5名村干部亲属识别为贫困户，致使6人自2015年至2016年违规领取扶'
     '贫资金共计3.25万元。东古城镇党委给予李电俊撤销党内职务处分，并收缴违纪所得。聊城市委巡察机构提高'
     '政治站位，聚焦扶贫领域开展巡察监督，以实际行动护航脱贫攻坚。截至目前，对全市14个省定脱贫攻坚重点乡'
     '镇实现了巡察全覆盖。巡察组共查找出问题1360个，包括扶贫对象认定不精准，弄虚作假、优亲厚友、搞“一'
     '刀切”；扶贫资金监管不力，虚报套取、截留挪用、侵占私分；扶贫项目论证不充分，发挥扶贫作用不明显；贫困'
     '户脱贫不精准，虚假脱贫、数字脱贫等。',
     'in', None, False, ['群众纪律'],
     [('李电俊', '党支部原书记、村委会主任', '李圈村')]),
    # 09
    ('http://hk.epochtimes.com/news/2018-01-09/331155',
     '因扶貧不作為、亂作為，1月3日，河北張家口市委書記、市長、副書記、副市長等十多名官員被處理。其中蔚縣'
     '縣委書記劉書鋒、縣長王樹國、縣紀委書記張體鐵及康保縣委書記杜平、縣紀委書記劉光軍被免職。中紀委通報稱'
     '，張家口市在扶貧問題上存在「虛報冒領、截留剋扣、強制收費、違規分配、優親厚友」等問題，「扶貧領域」的'
     '問題線索達441件，其中康保縣全縣15個鄉鎮均截留挪用扶貧資金和涉農資金私設「小金庫」。去年12月2'
     '3日，中共審計署審計長胡澤君向中共人大常委會報告審計工作報告所查出的「扶貧」造假問題時稱，截至當年1'
     '0月底，各地有970名官員被追責問責，涉及扶貧資金超過32億元，各縣有10.18萬假貧困戶被清退。《'
     '新京報》評論認為，假貧困戶被建檔立卡，這意味著扶貧造假。有的地方將脫貧工作「會議化」，將扶貧績效考核'
     '「表格化」，還有的地方玩「數字遊戲」，拉非貧困戶充數再將其火速脫貧作為扶貧政績⋯⋯而更大的問題，是扶'
     '貧資金變成某些人的「天鵝肉」，扶貧資金「層層把關」變成了「層層放水」，腐敗與造假造成了大量扶貧資金的'
     '損失浪費，不斬斷伸向扶貧領域的「黑手」，扶貧就難言「精準」。還有評論認為，扶貧資金、惠民資金被「動手'
     '腳」，說明在扶貧資金運用及監管上存在制度缺陷。',
     'in', None, False, ['群众纪律', '形式主义官僚主义', '廉洁纪律'],
     [('劉書鋒', '縣委書記', '蔚縣'), ('王樹國', '縣長', '蔚縣'), ('張體鐵', '縣紀委書記', '蔚縣'), ('杜平', '縣委書記', '康保縣'), ('劉光軍', '縣紀委書記', '康保縣')]),
    # 10
    ('http://heb.hebei.com.cn/system/2014/07/18/013690741_01.shtml',
     '领扶贫农资先要被村里“扒皮”，这让受助村民很无奈，可不交钱就领不到。许多村民质问村里这是为啥，村干部'
     '竟回答，这扶贫农资得来不易，村里得请客送礼，来回跑腿都需要花钱。想想几百元换来几千元急需的农资，大家'
     '敢怒不敢言，只能无言地接受。后来，有村民越想越不对劲，便把电话打到了县扶贫办。对方明确回复：领取扶贫'
     '农资根本不需要给任何人一分钱，扶贫项目都是根据农民的实际情况和需要设置的，根本不需要什么请客送礼。得'
     '到这样的答复后，村民们多次找村里、区里讨说法。前不久，村里给2012年度118户受助村民中的50多户'
     '退了钱，之后便没了动静。16日下午，记者以村民的身份，拨通了合方管理区负责合方村的包村干部的电话，对'
     '合方村落实扶贫资金过程中的种种问题提出质疑。这位包村干部表示，合方村的情况他们已经知晓，正在调查中。'
     '饶阳县扶贫办在接受采访时表示，对合方村扶贫项目的实施，每次都会同合方区政府和合方村委会，于每年秋后到'
     '现场勘验。对于符合条件的农户，扶贫资金以农资的方式发放到户，这期间他们不会收取任何费用，村里的做法显'
     '然是不对的。村民们反映的问题他们已知情，县里也对此做出了处理。关于村里至今还没有完全清退收取村民的款'
     '项，他们会再次督促，决不让农民为此蒙受损失。',
     'in', None, True, ['群众纪律'],
     []),
    # 11
    ('http://big5.cctv.com/gate/big5/news.cntv.cn/china/20111207/101563.shtml',
     '安化縣長塘鎮農豐村（現已合併為共和村）是個貧困村。2000年，益陽市派出扶貧工作隊到村裏扶貧，幫他們'
     '開發了600多畝果園。令村民想不到的是，他們辛辛苦苦伺候了3年多果園，好不容易盼到成熟期，才知果園當'
     '初栽下的竟是劣質果苗，無法豐産。他們原指望這片扶貧果園給他們生活帶來轉機，不想反而讓他們雪上加霜。日'
     '前，記者來到該村採訪，幾十名村民聞訊而至。他們氣憤地説：上級幫我們村扶貧開發果園本是一個好點子，可當'
     '時扶貧辦領導授意買來的“問題果苗”卻害慘了村民，大夥不但沒脫貧，反倒背上了許多債。據了解，農豐村地處'
     '偏僻，交通閉塞，全村僅有稻田207畝，早土477畝，其餘是荒山林木。2000年3月，益陽市委、市政府'
     '派出了由市農行、市司法局、市藥監局組成的扶貧工作組，進駐該村扶貧幫困。扶貧工作組把發動村民開發“較大'
     '規模的優質水果基地”作為全村長遠的致富項目。村委會統一收回旱地180畝、茶園100畝、油茶林162畝'
     '、荒地200畝，共計642畝，全部以股份制形式由該村52戶農戶開發，栽種布朗李、洞庭仙桃、金秋梨、板'
     '栗等水果。購買果苗所需經費6萬多元，從市扶貧經費中解決，其它各項經費由承包者自行支付。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [(None, '領導', '扶貧辦')]),
    # 12
    ('http://inews.nmgnews.com.cn/system/2014/09/19/011538561.shtml',
     '“我们这里的开泰食品公司收走众多农民的甜玉米后，迟迟不给结算。法院判决生效后，开泰食品公司对法院判决'
     '也置之不理。”连日来，巴彦淖尔市乌拉特前旗的多名农民给本报打来电话说。接到农民们反映的情况后，记者立'
     '即前往乌拉特前旗进行采访。据乌拉特前旗大佘太镇通顺泉村多名村民介绍，2011年春播时节，通顺泉村有1'
     '50多户农民与巴彦淖尔市开泰食品公司（以下简称“开泰公司”）签订了2000亩甜玉米种植收购合同。双方'
     '约定，2011年农户为开泰公司种植品种为“脆王”的甜玉米，收购价一级品每穗0.44元；二级品每穗0.'
     '29元。秋收时，开泰公司从种植户手中收走甜玉米。按照双方签订的合同约定，开泰公司应在同年12月底前向'
     '种植户付清全部玉米款。可是到了年底，开泰公司一共向该村种植户支付了180多万元的甜玉米款，还欠23.'
     '5万元。村民王全有说：“2012年春播前，开泰公司董事长张玉玺拎着酒肉来到我家，请村里的几个代表吃饭'
     '，请求村民们继续为开泰公司种甜玉米，并且承诺到2012年底将两年的玉米款全部结清。因为张玉玺是董事长'
     '，还是公务员，所以我们就相信了他的话。2012年，我们村120户农民又与开泰公司签订了1000亩甜玉'
     '米种植收购合同。秋季甜玉米成熟后，开泰公司收购了种植户的甜玉米，并开具了过磅单，却迟迟不予支付收购款'
     '。这一年，开泰公司一共欠下种植户180多万元，连同2011年欠下的收购款，两年共欠下200多万元。”'
     '村民们还告诉记者，开泰公司曾将很多“乌拉山尿素”用车拉到通顺泉村，以每袋高于市场价20元的价格，抵顶'
     '种植户的甜玉米款。当种植户们表示不愿意抵顶时，则被告知不抵顶就一分现金也不给。无奈之下，很多种植户就'
     '与开泰公司抵顶了甜玉米款，总共有160万元。',
     'in', None, True, ['廉洁纪律'],
     [('张玉玺', '董事长', '开泰公司')]),
    # 13
    ('https://iscbj.com/lessons/shimin-wang-gou-feitian-maotai-jing-jianding-xi-jiajiu-beijingsizhong-yuan-pan-q',
     '“民以食为天，食以安为先”，食品安全事关人民群众身体健康与生命安全，是人民群众感受最直接、最现实的利'
     '益问题。消费者在网购食品后发现不符合食品安全标准的该如何处理？北京四中院在国际消费者权益日前夕审结了'
     '这样一起案件。2025年1月20日，高某在某公司经营的网络平台店铺购买一瓶53度500ml飞天茅台白'
     '酒，标价为1490元，实际花费1474.89元，交易页面标注“正品保障”字样。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.ueeetech.com/a/2589.html',
     '6月中旬的开化县某村，田间地头一派繁忙景象。经济合作社社长老王带领村民正在采收豇豆，翠绿的田垄间，一'
     '根根饱满的豇豆被摘下，装筐成山。与此同时，某农业公司的工作人员如约来到村头停车场，对成筐的豇豆称重、'
     '核对、签字确认。当天，货款就会打入合作社账户，村民们辛勤劳作的成果终于有了保障。然而，一个月前的场景'
     '却截然不同。开化县人民法院立案庭法官汪秋喜回忆，当时村民与农业公司之间关系剑拔弩张。原来，2024年'
     '，双方签订《蔬菜种植合作协议》，约定由村种植80亩豇豆，农业公司提供种苗、技术支持，并按2元/公斤的'
     '价格收购。同年6月至8月，村集体共产出10万余公斤豇豆。结算时，农业公司提出先支付部分货款，剩余9万'
     '余元延期支付。基于对合作伙伴的信任及对方出具的欠款确认单，老王同意了这一安排。但后续多次催讨无果，今'
     '年5月，老王将农业公司诉至法院。一边是村民，一边是农企，承办法官汪秋喜深知此案的重要性，立即组织双方'
     '现场调解。“法官，这可是全村人的辛苦钱啊！”老王情绪激动。农业公司负责人李某解释：“法官，公司前期在'
     '村里投入了不少资金和技术，合同明确约定豇豆无论市场波动，收购价格不变。但我们发现，合作社多次将豇豆外'
     '销给其他采购商，他们这是违约呀。”',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.163.com/dy/article/KHP3IP0D054109LQ.html',
     '12月26日上午，淮安中院召开新闻发布会，通报全市法院涉农买卖合同纠纷案件审理情况，并解读11起典型'
     '案例。农业、农村、农民问题是关系国计民生的根本性问题。全市法院始终坚持以人民为中心的发展思想，高度重'
     '视涉农审判工作，将其作为服务“三农”、司法护航乡村振兴的重要抓手，努力让人民群众在每一个司法案件中感'
     '受到公平正义。一是畅通诉讼渠道，强化便民服务。开设涉农案件“绿色通道”，实行优先立案、优先审理、优先'
     '执行。运用“移动微法院”等在线平台，便利偏远地区农民参与诉讼，降低维权成本。加强诉讼引导，帮助农民正'
     '确行使诉讼权利。二是提升审判效率，注重及时解纷。针对涉农纠纷时效性强特点，依法适用简易程序、小额诉讼'
     '程序，简化流程、缩短周期。对事实清楚案件，加大调解和速裁力度，力求高效化解矛盾，不误农时。三是强化调'
     '解优先，推动实质解纷。坚持和发展新时代“枫桥经验”，积极融入乡村治理体系，加强与农业农村、市场监管、'
     '消协及基层调解组织协作，构建多元化解机制。将调解贯穿诉前、诉中全过程，尤其对关联案件注重一揽子解决，'
     '实现案结事了。四是坚持公正司法，严惩违法行为。严格依照《民法典》《种子法》《农药管理条例》等法律，准'
     '确认定合同效力与违约责任。依法打击制售伪劣农资、坑农害农等违法犯罪，加大对违法经营者惩处力度，保护农'
     '民消费者权益。在农产品收购合同中，维护农民合法收益，制裁恶意违约、压级压价等失信行为。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://www.cqnmzyhzsw.com/news/514.html',
     '【摘要】：陕西陇县贫困户入股专业合作社，五年期满分红难兑现。陕西陇县是国家扶贫开发重点县，贫困人口较'
     '多，在产业扶贫上，县里也一直积极想办法，创新扶贫模式，实现多方共赢。但近日，有群众向我们反映说，20'
     '12年陇县推出了奶牛托养产业扶贫的模式，承诺贫困户每年不仅能拿到分红，5年后还可以拿回本金。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://www.shuiguobang.com/batch.common.php?action=viewnews&op=down&itemid=48022&catid=144',
     '苹果丰收了，果农却犯愁了，卖不出去！苹果的收购价不断被压低，可超市的苹果却持续走高，市民大呼吃不起！'
     '“六七块一斤的苹果只能喂猪，陕西3500万父老乡亲求网友帮助。”近日，这条陕西省咸阳市旬邑县城关镇下'
     '塬子村村委会发出的求助帖，引起了很多网友的关注，消息不断被转发到各大论坛。果农的求助引起网友积极回应'
     '，在新浪的亲子论坛，一群妈妈网友发起了苹果团购。很多网友感叹，城里的苹果一直都不便宜啊，几块钱一斤呢'
     '。看了帖子才知道，果农真不容易，大家有能力帮一下，呼吁大家有力出力、有计出计。昨日，网友“在外的陕西'
     '人”在网上发帖求助，帖子开篇直呼：“网友们，救救陕西的果农吧，我替陕西3500万父老乡亲求你们帮忙来'
     '了。”据介绍，今年关中的红富士大丰收，陕西旬邑县城关镇下塬子村全部套袋苹果有500万只，产量大概有1'
     '00万斤。苹果丰收了，但是卖不出去，双节前收购价1.6元/斤的苹果，价格一直往下走，最低时只能卖到1'
     '.2/斤。同样的红富士，西安超市里能卖到6-9元一斤。“商贩从我们当地镇子里按照品相收购苹果，价格基'
     '本在8毛到1.5元，果农都急死了。”',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.86702007.net/news/364453',
     '美味的月餅怎么成了“甜蜜負擔”？據極目新聞報道，9月8日，有博主發帖舉報西安一商場強制員工賣月餅，一'
     '個人20盒任務，賣不掉就自己刷錢支付。對此，商場相關負責人回復稱，員工有一定的銷售目標，這很正常，但'
     '公司沒有強制員工購買月餅。對于商場的說法，上述博主表示他說的都是事實，商場被舉報后才改口說不是強制要'
     '求。不是強制要求，那是“鼓勵”嗎？可變相鼓勵又與強制有什么區別？還會不會變相懲罰？月餅賣不動，公司不'
     '想辦法改進產品、調整策略，只想著把經營成本粗暴地轉嫁給員工，實是本末倒置。一盒月餅從幾十元至幾百元不'
     '等，一買又得幾十盒，員工壓力肯定不小。如此“自產自銷”，于情于理不合，于法更是不容。就算是自家員工，'
     '消費權利也不能被權力綁架。無獨有偶，近日，有在星巴克兼職的大學生在網上吐苦水，說被門店逼著自掏腰包買'
     '月餅，墊進去近3000元。二手平臺上，到處是星巴克員工低價轉賣月餅的帖子。',
     'out', '其他', False, [],
     []),
    # 19
    ('http://5210411.com/r/2020-09/09/content_30472015.htm',
     '近年来，越来越多来自贫困地区的特色农副产品，被送进了许多单位的食堂，摆上了城镇居民家庭的餐桌，这既丰'
     '富了人们的消费选择，也解决了部分贫困地区群众农副产品滞销的难题，可谓皆大欢喜。在我们为越来越多的单位'
     '、个人加入到消费扶贫工作中来感到高兴的同时，我们也有一种担忧，那就是在极少数地方，部分贫困地区的农副'
     '产品被无良商家“薅羊毛”，消费扶贫似乎已经“被消费”。这不是危言耸听，而是有比较确凿证据的。近日，媒'
     '体报道称，今年春节前，东部某公司为员工发放慰问套餐，采购自北方某贫困地区。有员工比价发现，套餐总价及'
     '其中多款农产品单价比市场价高出不少。例如2斤小米套餐价35元，某电商平台售价19.8元；茶树菇75元'
     '1斤，在网上买35元1斤。更有甚者，一些扶贫农产品摆在网上的照片看着光鲜，消费者领到手的外观和质量却'
     '和宣传对不上，一些群众只有摇头叹息，权当献爱心。消费扶贫本质上是一种“你卖我买”的商品交换行为。按照'
     '市场经济原则，唯有买卖双方能够实现互利共赢，消费扶贫才能可持续发展，才能把消费潜力变成脱贫动力。如果'
     '扶贫农产品成为质次价高、货不对板的“代名词”，它会慢慢浇灭大众参与到消费扶贫中来的热情，如果没有了口'
     '碑，没有了大众支持，消费扶贫自然难以持续，到那时，农村贫困地区的农副产品，绝对面临更大的销售难题。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://jizihe.com/page/2020/0203/7983385.shtml',
     '現在的基層官員什么樣？其中許多人的另一面顛覆了傳統形象，特別是在直播間的官員有人扮古裝、生吞雞蛋；稱'
     '粉絲為“寶寶”；大口吃雞、努力“帶貨”……比如這位濟南市商河縣的掛職副縣長王帥，坐在堆疊如小山的扒雞'
     '背后喊著“你們的魔鬼來嘍”，摩挲一包包扒雞，贊嘆“好看到無法呼吸”，隨后先吃為敬，一口氣就吞了4只。'
     '扒雞店的店主說，副縣長“帶貨”能力沒得說。視頻播放第2天，店里就賣出6000多只扒雞，3天賣了1.5'
     '萬只。有網友評論“這樣的縣長沒見過，請給我來一打”。吃雞主播官員也不是花開一朵，他的隊友遍布大江北南'
     '。這樣的“跨界主播”的確不是個例。數據顯示，從2019年4月到現在的大半年時間里，已經有來自24個省'
     '份的534名縣長或副縣長走進直播間，推銷本地特產。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://www.xing528.com/lilun/1195693.html',
     '副县长办公室。副县长辛奇正拿着手机给县政府办公室王主任看网络直播带货的画面：“时下不少领导在网上推销'
     '农副产品，很多人点赞。”王主任：“是啊，有些领导一下就成网红了。”辛奇：“这个办法不赖，我也露露脸当'
     '当网红。咱们县的‘甜掉牙’西瓜小有名气，又是扶贫项目，就推它。”王主任竖起大拇指：“好主意，我这就去'
     '准备。”县政府王主任办公室。王主任打电话：“你们乡要组织好干部群众为辛县长点赞，等会我把统一的评论模'
     '板发给你。”辛奇来到摆满了西瓜的直播现场。王主任赶忙汇报：“辛县长，网红直播间找好了，‘认购’文件要'
     '求扶贫干部每人不少于100元，评论内容也统一好了，好几个乡镇长都表态愿拿出半个月的工资来顶直播。”王'
     '主任：“台词您记好，‘甜掉牙’西瓜，谁吃了谁夸，十块钱一个，二十块钱仨，现在下单，明天吃瓜。”辛奇捋'
     '了捋头发，开始直播：“咳咳，‘甜掉牙’西瓜，谁吃了谁夸，二十块钱一个，十块钱仨……”直播中的评论闪过'
     '：领导好帅！领导好亲民！领导是人民的福音……直播现场的一角，瓜农甲苦着脸连连摆手示意价格错了。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://xz.waaku.com/infoview191_13328236.html',
     '近日国家商务部决定对第二批国家电子商务示范县进行绩效考评，对于电子商务进农村较差的示范县商务部会怎么'
     '做呢？为推动电子商务进农村综合示范工作取得实效，强化支出责任，提高财政资金使用效益，今年商务部带领绩'
     '效评价组对各省di一批国家电子商务进农村综合示范县工作开展绩效考评。商务部每到一处都详细了解当地电商'
     '工作的进展情况，认真询问所收到的成效，考评工作主要围绕以下内容展开：一、电子商务进农村工作是否按照实'
     '施方案有序开展的，是否存在擅自更改实施方案、扩大实施范围、增加或改变示范内容的；二、重点检查工作开展'
     '、资金的投入和使用情况，在审计、稽查和其他相关检查中是否存在项目质量、资金管理等方面存在重大问题，弄'
     '虚作假的；三、各示范县的机制建设和运行情况，工作目标是否完成以及完成的程度和效果等。而以上绩效评价结'
     '果与综合示范工作安排直接挂钩，对应的考核机制如下：对评定为优秀的示范区域，可适当加大支持力度；对评定'
     '为良好的示范区域，可继续给予支持；对评定为一般的示范区域，可酌情减少支持；对评定为较差的示范区域，原'
     '则上不再安排支持，并要求在3个月内进行整改，整改不合格的，取消综合示范资格，并追回已拨付中央财政资金'
     '。据商务部披露，个别县域在电商进农村工作挑选服务商过程中，存在任人唯亲、徇私舞弊，选择没有运营经验及'
     '能力的服务商，把电商进农村工作当儿戏，导致没有成绩，不作为。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH173, "fresh173")
