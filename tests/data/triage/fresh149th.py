"""Sealed batch fresh151: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh149th.py; the batch and its row ids are "fresh151".)

Theme: forest tenure and logging permits (林权, 林权证, 林木采伐许可证, 采伐指标, 林业站, 木材检查站):
a 林业局 selling timber transport permits, a 林业站 head covering over-felling with back-dated
permits, a 林场 worker forging felling permits and a party member bribing for a 采伐指标, a
checkpoint head tipping off an illegal sawmill, a 设计队 head who, after a dinner, showed the way to
a faked "火烧山", confiscated rosewood gone from a 林业局 nursery, a 林业站 head who let bamboo
felling pass, village cadres selling or re-registering collective forest; out items are a
field-fire compensation case, a felling prosecution, a forest-lease lawsuit, a felling-permit
lawsuit, a family boundary dispute, a cross-town 林权证 claim, a grass-fire mediation, two
permit questions and a 林改 paper. Sources (stored-pages search): a 福州新闻网 report on the 宁化
林业局 (王海源); a 新野 纪委 story copied on yaooe.cn (traditional); a 正义网 copy on the 三台 永新林业站
head 蘭某 (traditional); an mmzhuang copy (machine-reworded) of the 西林 纪委 report (陆某某, 王某某);
a 时代商报 report on 新浪 on the 宽甸 南吊村 (关文国); a 10000uw copy of a 南海网 report on the 万宁
长丰镇木材检查站 head 李某; a 国际旅游岛商报 report on the 海口 rosewood (traditional); a dlnp.com.cn report (page 2) on the
乐平 郑家散山场 (張新學, 盛彬銀, 程金生; traditional); a sckjw newspaper page on the 武义 通报 (张三荣);
a chuanbowang forum post on 仪陇 周河镇; a 中国民生网 copy on the 吉安 龙山村 (周道辉); a dcwnkz post
on the 谷城 陈山村 (吴某理); out: a 齐鲁壹点 story on a 济南 fire case, a 蓬安 court judgment, a
网易 post on the 罗定 双䓣村 forest lease, a 江陵 林权证 lawsuit report (traditional), a 麻辣社区
post on a 雨城区 boundary, a 龙南 石下村 report, a 紫金 司法所 mediation, a 歙县 市民热线 answer
(traditional), a 大同 newspaper answer and a 绿色科技 paper on 闽东 林改.
Six texts are in traditional script (items 2, 3, 7, 8, 16, 20; the glossing pinyin of the
converted copies removed in 2, 3 and 7).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, site and forum lines, the random-character junk of the chuanbowang forum
(010), the "copyright dedecms"/"dedecms.com" junk (006) and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers; stray spaces removed (012: the page's spaces around quotes and numbers; 015, 019: after
commas). Page oddities kept: the machine-reworded words of 004 ("克日", "作事职员", "褫职党籍",
"收取用度1.15万元林木", the stray "林木" at sentence ends), "自已" (006), "李 大林" beside
"李大林" (008), "20187月", "201810月", "20204月" (009), "按照这样是说法" (010), "1398亩" beside
"1389亩" and the page's own gloss "双䓣(liǎng)村" (015, its brackets made full-width), "林勇" beside
"林武勇" and "1300顆樹木" (016), "陈某" beside "陈某某" (013), "这42村民" (018), "30日工作日內"
(020), the missing last full stop (021), the footnote mark "[1]" (022).
scope "in" for alleged misconduct of a party member or public official (village cadres and
村民小组长 included; 林业站, 林场 and 木材检查站 staff count as public servants), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms, businessmen and timber dealers without a post, and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official would be (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md. Places
and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (011, 012,
015). Out types: 涉法涉诉 4 (013-016), 个人利益诉求 3 (017-019), 其他 3 (020-022). 17 accused
entries: 15 in items 1-12 and 2 in the mixed out item 015; 11 with a full name (王海源, 劉書讓,
关文国, 張新學, 盛彬銀, 程金生, 张三荣, 周道辉, 周梅福, 周春山, 罗其周), 6 masked (蘭某, 陆某某,
王某某, 李某, 吴某理, 刘某周), none post-only. Items 007 and 010 are in scope with no accused entry.
Masked names that also occur in earlier batches (陆某某, 王某某, 李某) are other people.

Close calls:
 1  Headline "毁8万亩山林 买豪华办公楼(图)" and sub-heading cut; ends before the truncated "原宁化县
    林业局局长对记者表示，他对出卖…". The 林业局 and its 木材公司 sold the permits (an organ);
    王海源, "当时作为宁化县林业局局长", is accused (hard): the text sets his "并不知情" against the
    bureau's three years of sales ("却"), but he could be read as one who only answered. The 村支书
    is a witness. 滥用职权, 廉洁纪律 and 八项规定 (the luxury office bought with the fees).
 2  Traditional, pinyin glosses removed. The quoted exchanges garbled in the stored copy (the
    workers' and 劉書讓's own words, the 局长's answer) cut; the mojibake "?!" after "劉書讓" read as
    the full stop it stands for. 劉書讓 "村里專管此事的村治保主任": unit '東園村' (the 村 of the first
    sentence; could be None). The "張副局長" in quotes is a so-called official (the cut answer of the
    局长 shows him an impostor): no entry (hard). 李海濤 investigates, 石局長 only answers. 工作纪律 and 群众纪律
    (poverty-project trees).
 3  Traditional, glosses removed; headline, "來源/熱度" line and 免責聲明 cut; the sentence garbled in
    the copy ("當?shù)…", the rule on who may fell) cut. 蘭某 first written "原三臺永新林業站站長":
    ('原站長', '三臺永新林業站'). 滥用职权 and 工作纪律.
 4  A machine-reworded copy of a 纪委 report, kept as published; ends before the 摇号 quote. 陆某某
    "西林县某林场原作事职员": the 林场 is not named, unit None. 王某某 "该县某村党支部党员" who gave
    money for a 采伐指标: ('王某某', '党员', None) (the village unnamed). The 作事职员 who handed the
    gifts in is not accused. 贪污贿赂, 廉洁纪律 and 工作纪律.
 5  Site header, dateline and two sub-headings cut; ends before the truncated "找到关文国". 叶春明,
    张某 and 于某 are buyers without a post. 群众纪律 and 廉洁纪律.
 6  Title, site line and dateline "海南新闻网7月16日消息:" cut; ends before the truncated
    "省森林公安…" sentence. 李某 first written with his name as "长丰镇木材检查站站长李某". 朱选成
    and the 总站负责人 only speak. 工作纪律 (通风报信) and 廉洁纪律 ("内外勾结").
 7  Traditional, glosses removed; the page is heavily garbled ("??谑…" for 海口市): only the
    first sentence and the clean paragraph after it kept; the sub-heading and the interview of the
    former 站长 陈如民 and two 副站长 (who only answer) cut. Rosewood confiscated by the checkpoint
    vanished in the 林业局林政处's nursery: in, no entry (the keepers unnamed). Hard: could be read
    as a loss with no allegation; 工作纪律 and 廉洁纪律.
 8  Traditional; the stored page is the article's second page; the two numbered sub-headings cut,
    the sentence with 張新學's garbled quote ("…報告?!?/p>") cut, ends before the truncated "出具了
    一…". 張新學 ('原隊長', '樂平市林業局設計隊'); 盛彬銀 has no post in the text: (name, None,
    None); 程金生 "鄉林業辦原主任" ('原主任', '鄉林業辦' as written). 吳某 is the contractor;
    李大林 (no post written) and the 林業局 領導 who called 張新學 in are not accused (hard). 滥用职权,
    八项规定 (the dinner) and 工作纪律.
 9  A 通报 from a newspaper page; the issue line, headline and cartoon credit cut. 张三荣 "城关林业站
    站长". 工作纪律 and 形式主义官僚主义 (judged from WeChat photos).
10  Forum post, SMS-length; the random-character lines cut. The "干部" who ordered the felling
    are unnamed: in, no entry. The 林业局 领导 and the 周河镇 党委书记 ("说她很忙") only answered:
    not accused (hard: her brush-off could be read as the post's complaint). Only 工作纪律.
11  Mixed: 400 farmers' claim for replanting and compensation beside the 支书's private sale of the
    forest. Site lines, title, byline and two sub-headings cut; ends before the truncated "周…".
    周道辉 "龙山村委会支部书记"; the two 村民小组长 of 住仁山 signed with him: accused (hard: a
    村民小组长 is the lowest village post). 赖金苟 is a businessman; the "倒卖采伐证者、玩忽职守者"
    and the 职能部门 are unnamed. 群众纪律 and 廉洁纪律.
12  Mixed: the 张 family's claim to the 大田沟 forest and the re-registration by 吴某理
    ("时任村委干部": '村委干部', '陈山村'). The photo line and the sub-heading cut; ends before the
    truncated "这一“暗…". 张某清 (the registered holder) and the witnesses are villagers.
    群众纪律 and 工作纪律.
13  涉法涉诉: a private fire-damage suit settled in court. Title, source and date lines cut; ends
    before the truncated "陈某某的不当用火行为…彰…" sentence. Nobody holds a post.
14  涉法涉诉: a criminal judgment against a timber dealer for felling without a permit; the page's
    header (案号, dates, 案由, 法律依据) and the court's title line cut; ends before the truncated
    "黄英在明知…期间，". Could be read as 其他 (a published judgment).
15  Mixed, out 涉法涉诉: villagers complain that two courts upheld a forest lease made with forged
    minutes; the 支书 罗其周 brought them the "种植基地" story, the 村干部 刘某周 took the forest:
    ('罗其周', '支书', '双䓣村'), ('刘某周', '村干部', '双䓣村') (as in fresh128th.py's mixed out item 14).
    Sub-heading and image junk cut; the central matter is the court rulings: out (hard, could be in).
    陈天然 and 陈某和 are 经济合作社 heads who only signed.
16  涉法涉诉, traditional: the 林 family's suit over trees felled under a permit the 林業局 gave
    someone else. Ends before the truncated "鄒立軍與…". The 林業局's permit is the disputed fact of
    the suit, not a separate allegation: not mixed (hard).
17  个人利益诉求: a 麻辣社区 post on a boundary with a neighbour's family; the numbered heads ("1、四至
    边界") and image captions cut; ends before the second head. "置之不理" by the 村、镇 is about the
    handling of her claim, not an allegation: not mixed.
18  个人利益诉求: 42 households' 林权证 across a town boundary; title, date and two sub-headings cut.
    叶水明 only answers; the 县水保局 helped.
19  个人利益诉求: 20 households' claim for fire damage, mediated by a 司法所; byline and the page's
    headline list cut. Could be read as 涉法涉诉 (a mediation).
20  其他, traditional: a 市民热线 permit question and the 乡's answer; the login lines and the
    editor line cut.
21  其他: a villager's permit question answered by the 市林业局; the job-site junk before and the
    unrelated headlines after cut.
22  其他: the opening of a journal paper on 林改 certificates; title, date, author, "摘要:", keywords,
    classification lines and the "1 引言" head cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH151: list[Item] = [
    # 01
    ('https://news.fznews.com.cn/fujian/2006-3-12/2006312rm-yl_rFih161928.shtml',
     '这间办公室的面积之大，装修之豪华，在福建省的政府部门里面，也算是首屈一指的。仅从2002年3月份以来'
     '，福建宁化县林业局通过出卖木材运输证，直接收取育林基金和更新改造基金299万元，县木材经营部也收取代'
     '办费73万元，两项共计370余万。这个国家级贫困县的县林业局因此购买了豪华的办公楼。据悉，早在200'
     '2年3月，省林业厅就已发现了宁化县林业局上述问题，并发文要求宁化县林业局迅速改正。但是，宁化县林业局'
     '出卖木材运输证的行为却又持续了3年之久。木材运输证是国家批准的木材采伐、运输的重要凭证。一般是根据国'
     '家批准砍伐林木的数量配以采伐证，并核发相应数量的运输证。只有获得木材运输证的木材才能进入运输和销售渠'
     '道。我国“森林法”规定，严禁买卖木材运输证。然而，宁化县林业局下属木材公司却以每立方米140元的价钱'
     '出卖木材运输证，为乱砍滥伐林木行为开了绿灯。在宁化县林业局文件上显示，宁化县湖村乡湖村采伐林木160'
     '0立方米，并办理了相应的木材运输证。实际上这个村的林木却依然完好。村支书说，申请手续都是林业部门虚填'
     '砍伐申请，并套出了1600立方米的木材运输证。而在宁化县，这样的虚假砍伐点竟有52处。由于在宁化县可'
     '以用钱买到木材运输证，一段时间里，甚至有一些外省的木材贩子也来到宁化县采购木材运输证，靠买卖木材运输'
     '证，宁化县林业局又成为宁化县最富有的一个政府部门。然而当时作为宁化县林业局局长的王海源却声称自己并不'
     '知情。据统计，从1999年至今，宁化县林业部门共出卖木材运输证16万立方米原木材积，折成山林面积有七'
     '八万亩山林被毁。',
     'in', None, False, ['滥用职权', '廉洁纪律', '八项规定'],
     [('王海源', '局长', '宁化县林业局')]),
    # 02
    ('http://yaooe.cn/case/gpzx/10176.html',
     '近日，河南省新野縣紀委監委第四執紀監督室主任李海濤帶領扶貧督導組，到王集鎮東園村入戶走訪，了解扶貧項'
     '目、資金落實情況。村東頭河堤上傳來的伐木聲引起了他們一行人的注意，這不是縣里幫貧困村建立的植樹造林“'
     '綠色銀行”項目嗎？怎么會突然砍伐呢？由于涉及扶貧項目的事屬于此次檢查范圍，于是李海濤等人便循著聲音來'
     '到伐木現場。只見河堤上有兩三輛貨車停在路邊，六七個人正手持電鋸賣力地干活，現場一片狼藉，繁茂的樹木橫'
     '七豎八地倒在河堤岸的道路上，擋住了來往的行人和車輛。隨后，督導組一行人找到了村里專管此事的村治保主任'
     '劉書讓。李海濤等人提出想看看他們的《伐木許可證》。劉書讓便請來了帶隊的“張副局長”，取來了他隨身攜帶'
     '的《伐木許可證》。乍一看沒什么問題，《伐木許可證》上編號齊全，并且加蓋著縣林業局的公章，也有批準人、'
     '經辦人的簽名。可是為什么要砍伐扶貧項目的樹木呢？李海濤納悶之際，撥通了縣林業局石局長的電話。',
     'in', None, False, ['工作纪律', '群众纪律'],
     [('劉書讓', '村治保主任', '東園村')]),
    # 03
    ('http://m.highclassdetails.com/News/NewsInfo_37431.html',
     '日前，四川省三臺縣人民法院對利用職權放縱他人濫伐林木的原三臺永新林業站站長蘭某以濫用職權罪依法判處有'
     '期徒刑二年緩刑二年。2007年11月6日至12月20日，三臺縣林業局經上級批準，決定在全縣開展商品林'
     '采伐。時任三臺永新林業站站長的蘭某竟違反規定，允許木材加工經營戶及其委托的人員進山采伐林木，且在發現'
     '木材加工經營戶存在少批多砍、無證采伐等濫伐情況后，不按規定查處或移送有關部門處理，而是擅自決定采取給'
     '木材加工經營戶補辦采伐許可證的方式放縱其濫伐行為，當林業局稽查大隊發現蘭某所管轄區濫伐問題嚴重開始調'
     '查后，蘭某仍采取補證、偽造檢尺碼單的方式違規處理，造成林木被濫伐3923株，蓄積350.3061立方'
     '米。法院認為，蘭某在行使職權的過程中，濫用職權，致使國家利益遭受重大損失，其行為已構成濫用職權罪，蘭'
     '某犯罪后能如實供述犯罪事實，有悔罪表現，可酌情從輕處罰。遂依法作出前述判決。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('蘭某', '原站長', '三臺永新林業站')]),
    # 04
    ('http://mmzhuang.com/xwzx/xingyexinwen/2291.html',
     '克日，西林县某林场原作事职员陆某某因伪造林木采伐许可证，酿成违规采伐林木出材量229立方米，被西林县'
     '纪委予以褫职党籍处分。此前，驻西林县农业村庄局纪检监察组监视挖掘，陆某某先后两次帮木料老板伪造林木采'
     '伐许可证2张，并收取用度1.15万元林木。案发后，陆某某如实吩咐题目并通盘退还违法所得。西林是模范的'
     '山区林业县，2023年全县共发放林木采伐许可证5777份林木，采伐林木蓄积59.54万立方米。林木出'
     '卖是西林县富民增收的主要渠道之一林木。该县纪委监委聚焦丛林资源庇护，紧盯林业、林场等干系部分及各州里'
     '履职境况巩固监视查抄，把违法抢劫林地或超审批应用林地林木、违法违规采伐林木或超审批采伐林木等行动行动'
     '展开平日监视主要实质，厉苛查处林木采伐统治中存正在的吃拿卡要、以机谋私、好高骛远等违纪违法行动。前不'
     '久，该县某村党支部党员王某某为取得林木采伐目标向国度作事职员赠送财物，该作事职员将财物上交至驻农业村'
     '庄局纪检监察组并分析境况。最终，王某某受到党内警备处分。截至目前，正在林木采伐管治中该县有3人因好高'
     '骛远、慢行动等被该县纪委监委分散予以褫职党籍、党内警备和政务警备处分。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '工作纪律'],
     [('陆某某', '原作事职员', None), ('王某某', '党员', None)]),
    # 05
    ('http://news.sina.com.cn/c/2004-05-16/01452539748s.shtml',
     '辽宁省宽甸满族自治县太平哨镇南吊村是一个四面环山、风景秀丽的小山村，周围山上生长着郁郁葱葱的山林，可'
     '几年前，村干部“偷摸”把归村民集体所有的4000余亩山林“拍卖”给了他人。5月初，接到村民的联名投诉'
     '，记者走进了南吊村。南吊村位于宽甸县东南40公里的大山深处。该村有逾万亩的山林，其中4000多亩40'
     '年生的前山老林归该村第四村民小组集体所有。1998年夏季，南吊村党支部书记兼村委会主任关文国在短短2'
     '个多月的时间里大肆出卖集体山林，导致自然资源及生态环境遭到严重破坏。据村民侯某反映，当年五六月间，关'
     '文国以村里修桥为由，提出拍卖山林筹集建桥资金。但没有履行正常的拍卖程序面向社会，公开竞标、公开拍卖，'
     '更没有按照《村民委员会组织法》提请村民会议讨论决定。在第四组村民不知情的情况下，关文国私自与经营木材'
     '加工生意的私营业主叶春明签订了拍卖山林合同，将价值100多万元（现市价格）约4000亩林地，按650'
     '亩，作价26.5万元卖给了叶春明。同年6月，关文国还将第四组集体所有的200亩人工林35年的使用权作'
     '价4万元，卖给了宽甸县某保险公司经理的妻子张某。此外还有几片总数为300多亩人工林的30年林地使用权'
     '作价5万元出售给于某。按照相关法规规定，集体山林可以有偿转让，但事先必须通过林业部门详细测量、估价后'
     '出售。然而，关文国在出卖山林过程中，根本不对出卖的林地做实地测量，而是指岭为界，导致实际出售的山林面'
     '积远远超过了合同约定的面积。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('关文国', '党支部书记兼村委会主任', '南吊村')]),
    # 06
    ('http://10000uw.com/view-6679-1.html',
     '“执法部门最怕的是内外勾结，这样造成的后果最严重。建议省林业局执法部门要配合万宁有关方面彻底查清楚这'
     '样的问题。”在昨天的全省林业局长座谈会上，省林业局局长朱选成对万宁市长丰镇木材检查站负责人涉嫌向不法'
     '分子通风报信异常震怒。省木材检查总站负责人在座谈会上提到，近段时期，省林业局组织专门工作组对万宁的非'
     '法经营加工木材厂家进行整顿。7月14日中午，正在万宁市进行执法的有关人员接到群众举报电话：万宁长丰镇'
     '存在非法加工厂。工作组一行迅速出发，赶到长丰镇某村，将加工厂的设备和木材进行扣押，并现场暂扣了加工厂'
     '3名工作人员的通讯工具，以防通风报信。由于3个人都不承认是加工厂的老板，陪同省林业局工作组的万宁市林'
     '业局有关人员电话通知长丰镇木材检查站站长李某，请他设法找车来装运非法加工设备和木材。谁料刚放下电话，'
     '其中一个“加工厂工作人员”被暂扣的手机就响了。经确认，来电是长丰镇木材检查站站长李某的手机号码。后来'
     '，李某赶到现场，对现场执法人员称，他不认识非法加工厂3个人中的任何一个。后来，在质询中，李某又说了一'
     '些前后明显矛盾的理由，漏洞频出。朱选成说，这是明显的内外勾结。为什么有些流动非法加工厂打击不了？为什'
     '么有的不法分子的不法行为有合法证明？为什么有的地方盗伐、滥伐如此泛滥？是因为有的基层林业部门把自已的'
     '职责当成了生财之道。朱选成建议，各市县林业部门分管木材检查和审批的有关人员要两年轮一次岗。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     [('李某', '站长', '长丰镇木材检查站')]),
    # 07
    ('http://stlouistrafficticketlawfirm.com/news/content/2015-06/16/content_2572664.htm',
     '2006年5月26日和2007年5月26日，當時的海口市木材檢查站執法人員兩次查扣總重量為4180斤'
     '的花梨木，依照有關規定，對這兩批花梨木予以沒收并雙人雙鎖存放在單位倉庫里。令人奇怪的是，這批經過二至'
     '三年風干的花梨木，移交到了林業局林政處位于美蘭區靈山鎮的一家隔離苗圃后，2012年12月準備拿出來拍'
     '賣時，這次發現竟然少了1169斤花梨木。多位當時的執法人員告訴國際旅游島商報記者，這次丟失的花梨木，'
     '其中有一根長3米、寬30公分的老料。業內人士估算，這批丟失的花梨木價值在800萬元左右。墻未破，鎖未'
     '砸，為何價值連城的花梨木會不翼而飛，成了無頭案呢？',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     []),
    # 08
    ('http://dlnp.com.cn/environment/2008-09/09/content_16417905_2.htm',
     '2006年6月，李 大林拿著鸕鶿鄉政府的采伐請示報告和洪巖林業工作站的伐前設計報告，帶著吳某，來到樂'
     '平市林業局設計隊原隊長張新學的辦公室進行審批。張新學審核材料時發現，鄭家散山場林木屬于國家重點公益林'
     '，目前還未滿采伐更新年限，不能進行商業性采伐。第一回見面，張新學堅持了原則，說明了不能審批的理由，并'
     '將設計報告還給了李大林。吳某不甘心，來到樂平市林業局一位領導的辦公室訴苦，該領導馬上將張新學叫過來問'
     '。這是吳某和張新學第二次見面，張新學如實向領導匯報了情況，此時的他仍然堅持原則。眼看局面要鬧僵，吳某'
     '趕緊打了個圓場：“已經到中午了，一塊去吃頓便飯吧。”他熱情地邀請了張新學，又拉上了李大林等人。酒桌上'
     '，吳某向張新學頻頻敬酒，招待殷勤。“你敬我一尺，我敬你一丈”，張新學也放下了矜持。酒過三巡，吳某看著'
     '興致頗高的張新學，再度趁機聊起了采伐設計報告的話題。火燒山是指山場在發生森林火災的情況下，可以對過火'
     '林木進行清理砍伐。吳某如獲至寶，趕緊向張新學討教具體辦理程序。第二天，張新學特地找了一份某鎮辦理火燒'
     '山的正式文件提供給了吳某。吳某將這份文件拿到鸕鶿鄉政府，請盛彬銀和鄉林業辦原主任程金生以鄉政府的名義'
     '，照著這份文件出具鄭家散山場遭受火災的文件。',
     'in', None, False, ['滥用职权', '八项规定', '工作纪律'],
     [('張新學', '原隊長', '樂平市林業局設計隊'), ('盛彬銀', None, None), ('程金生', '原主任', '鄉林業辦')]),
    # 09
    ('http://kjb.sckjw.com.cn/8f5f8668cdf449baba59dae3898387c6',
     '近日，浙江省纪委监委通报了金华市武义县城关林业站站长张三荣不尽责不作为问题。20187月，张三荣得知'
     '熟溪街道水碓后村牛麻岭毛竹山的毛竹被大量违法砍伐，在未亲自到现场初查初核掌握实际破坏程度的情况下，仅'
     '凭下属工作人员发送的微信照片就判定是择伐行为无需审批，对该问题未予调查处理和移送森林公安查处，也未向'
     '分管领导汇报情况。201810月，经县林业局鉴定，牛麻岭毛竹山被违法采伐竹林面积为56亩，毛竹伐桩5'
     '936株。20204月，张三荣受到警告处分。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [('张三荣', '站长', '城关林业站')]),
    # 10
    ('http://www.chuanbowang.net/forum.php?mod=viewthread&ordertype=1&tid=63092',
     '去钓鱼时候发现的，成片的柏树被砍了，估计有上百棵。问了问村民，说是没有办理砍伐证。村民说要搞种植园，'
     '所以干部要求把规划区内的树都砍了！问了下仪陇县林业局的领导，说是砍伐许可在各乡镇就可以自行审批。问周'
     '河镇的党委书记，说她很忙！我也懒得问了，按照这样是说法，是不是以后砍伐树木都可以由乡镇政府自己说了算'
     '？觉得很是奇怪！',
     'in', None, False, ['工作纪律'],
     []),
    # 11
    ('https://blog.51.ca/u-126920/2007/03/26/%E6%B1%9F%E8%A5%BF%E7%9B%97%E4%BC%90%E5%8E%9F%E5%A7%8B%E6%A3%AE%E6%9E%97%E6%95%B0%E7%99%BE%E4%BA%A9%E6%97%A0%E4%BA%BA%E7%AE%A1-%E5%AE%98%E5%91%98%E5%8F%82%E4%B8%8E%E5%85%B6/',
     '江西省吉安市吉安县盗伐森林罪犯在职能部门和司法部门的袒护下，至今仍逍遥自在；400余名农民诉求补种赔'
     '偿的合法权益得不到支持，几年来在维权路上被漠视的现象何时才能结束？行政、司法部门何时才能给农民一个满'
     '意的结果？这个县国土面积的森林覆盖率达到70%以上，多么让人欣慰的数字。然而就是在这个县，却发生了一'
     '起让人瞠目结舌的盗砍滥伐几百亩森林的大案。最让人不可思议的是，这起盗砍滥伐大案竟然在光天化日之下历时'
     '达10个月之久！其间村民多次向有关部门举报却迟迟得不到回音。从2004年到2006年，时间横跨了三个'
     '年头，终于有一个盗伐者被司法机关提起公诉，但是在这起特大盗砍滥伐案中倒卖采伐证者、玩忽职守者、监管不'
     '力者至今没有受到任何处罚。2004年10月13日，吉安县永和镇龙山村委会支部书记周道辉和该村住仁山村'
     '民小组长周梅福、周春山，在没有征得群众同意的情况下，私自与永和镇个体老板赖金苟签订了一份合作造林协议'
     '书，将近千亩的山场承包给赖某经营30年，协议书中规定：山场原存在的山场上的所有立木，折价为11万元由'
     '赖某一次性支付给住仁山村民小组。与此同时周某等人又以村民小组的名义协助赖某从县林业局办理了244立方'
     '米的木材采伐许可证，一起森林浩劫由此拉开序幕。住仁山村民周道生告诉记者：“被村支书私下卖掉的香炉山、'
     '石门介山，自古以来就受到村民的保护，多少年来，村民们为了护林，不仅付出了汗水，而且付出了鲜血和生命的'
     '代价”。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [('周道辉', '支部书记', '龙山村委会'), ('周梅福', '村民小组长', '住仁山村民小组'), ('周春山', '村民小组长', '住仁山村民小组')]),
    # 12
    ('https://www.dcwnkz.com/new/380148f688a24fd3ad1d2673f0c526b0',
     '在湖北省谷城县冷集镇陈山村，一场持续十余年的山林权属纠纷，早已超出“权属争议”的范畴，直指基层工作人'
     '员的“擅自处置”与后续治理的“责任空转”。2005年村民张某超经集体认可合法承包的大田沟山林，在20'
     '09年林权确权时被时任村委干部吴某理违规划转至村民张某清名下；而关键真相是，被登记为权利人的张某清自'
     '始至终未主张过该山林权益，相关人士质疑全程系基层干部违规操作所致。十余年里，张某超家人奔波维权，核心'
     '诉求始终清晰：还原权属真相、追究失职责任、堵塞治理漏洞，让被“错配”的林权回归合法权利人，让基层失责'
     '行为得到应有追责。2005年的陈山村，集体山林柴山公开处置的流程公开透明。村民张某超在村小组会议全票'
     '同意后，以村委统一开具的收款专用单据（金额明确、盖有村委相关印章）和详细标注边界的手写合同为凭证，正'
     '式承包了大田沟范围山林。“当时参会的十几户村民都在场，合同上写得明明白白：上从马永章，下从三合班边界'
     '，北从山顶，下从田畈，没人有异议。”参与当年会议的村民罗某有回忆，事后包括张某群、张某国在内的8位村'
     '民还共同签署书面证明，确认“张某超2005年购买（大田沟）自留柴一事情况属实”，这份兼具“集体决议”'
     '与“书面凭证”的承包关系，在当时的乡村治理语境中具备充分合法性。转折发生在2009年全国林权确权登记'
     '的关键节点。彼时张某超因外出务工、家中老房被意外占用，常年无法回村，时任村委干部吴某理，在既未通知张'
     '某超本人、也未再次召开村小组会议征求集体意见的情况下，仅凭个人意志将大田沟山林的林权登记至村民张某清'
     '名下。',
     'in', None, True, ['群众纪律', '工作纪律'],
     [('吴某理', '村委干部', '陈山村')]),
    # 13
    ('https://app.bjtitle.com/8816/newshow.php?did=14ff9bc5575d4614b2634f38dc8c8f2f&newsid=6169051&typeid=26',
     '2021年2月21日11时许，村民陈某某在自家承包地清除田地枯草时，为图省事，决定用火烧方法清除，因'
     '当天风势较大，火势无法控制，大火蔓延至鹊山水库大坝附近张某某承包的林地，导致林地内1420多株白蜡及'
     '次生白蜡被全部烧毁。经消防部门调查，陈某某对该点火事实供认不讳。因双方就林木赔偿事宜无法达成一致，张'
     '某某提起民事诉讼，主张陈某某应赔偿其财产损失160000元，以便尽快补种新的林木。济南市天桥区人民法'
     '院认为，陈某某野外用火不当导致张某某大片林木受损，符合民事侵权责任构成要件，陈某某应当承担赔偿责任。'
     '因陈某已年过七旬且自身独居生活，经济条件较差，无力赔偿，为尽快修复被烧毁林地的生态环境，经法官多次主'
     '持调解，陈某某两个女儿愿意代陈某某支付赔偿款，张某某也作出一定让步，9万元赔偿款当庭一次性过付，本案'
     '调解结案。调解后，张某某也向法庭作出保证，将用此款补种新的林木，尽快恢复被烧毁的林地生态。“火患猛如'
     '虎。”济南市中级人民法院民事审判第四庭副庭长刘继英表示，一点星星火，可毁万亩林。近年来，因野外用火不'
     '当引起山林起火事件时有发生，冬春季节，天干物燥，大风天气较多，野外用火存在极大的安全隐患，一旦发生火'
     '灾势必酿成严重后果。本案中，鹊山水库系济南市重要城市供水水源地。张某某在其承包的鹊山水库外围土地种植'
     '大片经济林木，起到了涵养水源、净化水质、防止水土流失的生态价值。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://cn.govopendata.com/caipanwenshu/2017/6/19/6511202e-5bfd-408c-a5ed-79b82dc62da1',
     '公诉机关四川省蓬安县人民检察院。被告人黄英，男，生于1965年12月25日，汉族，四川省蓬安县人，初'
     '中文化，木材经营，住四川省蓬安县。因涉嫌犯滥伐林木罪，2017年2月23日被蓬安县公安局依法取保候审'
     '。指定辩护人吴长全，四川匀天律师事务所律师（受蓬安县法律援助中心指派）。指定辩护人李毅，四川匀天律师'
     '事务所律师（受蓬安县法律援助中心指派）。四川省蓬安县人民检察院以南蓬检公诉刑诉（2017）65号起诉'
     '书指控被告人黄英犯滥伐林木罪，于2017年5月19日向本院提起公诉。本院受理后，依法组成合议庭，公开'
     '开庭进行了审理。四川省蓬安县人民检察院指派检察员刘运镁出庭支持公诉。被告人黄英及其辩护人吴长全、李毅'
     '，侦查人员朱晓林到庭参加了诉讼。现已审理终结。公诉机关指控，2017年1月6日，被告人黄英从蓬安县某'
     '乡某1村1组村民处购得该村1组“大河沟”集体所有的意大利白杨树99株。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://www.163.com/dy/article/KLFRIEOM0541AQW6.html',
     '近日，广东省云浮罗定市船步镇双䓣（liǎng）村大山、高湛经济合作社的村民向相关部门投诉称，两村9宗'
     '共1398亩林地发生承包纠纷，在没有召开村民小组会议、会议纪要上村民名字被冒签（甚至还签署已去世村民'
     '的名字）、承包合同的公章非掌管公章的负责人所盖印等情况下，在案涉林地承包经营权纠纷的诉讼中，罗定市和'
     '云浮市两级法院，对存疑的会议纪要以及系列存疑的承包合同均予以认可，并据此认定承包合同有效，以致案涉林'
     '地林木被“承包人”双䓣村干部刘某周砍伐占用后，种植上了桉树谋利。对此，村民认为，罗定、云浮两级法院，'
     '在本案中的判决中，对关键证据造假和村民会议纪要程序违法等关键事实没有查实。2020年10月，罗定市船'
     '步镇双䓣村时任支书罗其周，分别通过船步镇双䓣村大山经济合作社社长陈天然、高湛经济合作社社长陈某和告知'
     '部分村民，三某医药公司中药材种植基地，有意租赁两社集体土地种植中药材“三丫苦”。高湛经济合作社村民在'
     '案涉林地附近，也看到了上述“种植基地”的项目公示牌。为此，部分村民信以为真。认为种植中药材是利国利民'
     '的好事，尽管给出的承包价格远低于市场价，但仍然应允。由于当时疫情频发，村里不少村民外出务工，故没能就'
     '案涉村集体上千亩土地对外承包的重大事项，依据《村民委员会组织法》法定程序召开村民小组会议。尽管如此，'
     '双䓣村大山经济合作社社长陈天然、高湛经济合作社社长陈某和以及村民共8人，还是于2020年11月3日，'
     '在一份没有签约日期、没有承包方、没有承包方负责人签名的《集体林地承包合同》上签了名。合同约定，两社9'
     '宗林地共1389亩土地承包期为30年，每亩年租金为35元。',
     'out', '涉法涉诉', True, [],
     [('刘某周', '村干部', '双䓣村'), ('罗其周', '支书', '双䓣村')]),
    # 16
    ('http://www.feizouzhai.cn/news/daynews/2011/111008094652709760.htm',
     '想辦事，先辦證！現在凡事想有個保障，那就得先拿到相關許可證，畢竟出了啥事還能受到法律保護，但這對江陵'
     '縣的林師傅來說，變成了一種奢望，因為他手中拿著林權證，承包合同也沒到期，可那塊林木的種植、砍伐都和自'
     '己沒了任何關系，這事兒究竟是怎么回事呢？林師傅是江陵縣人，承包土地種植樹木積累了不少經驗，6年前，兒'
     '子林武勇遇到一個叫鄒立軍的人，說要轉讓自己的林地。當時林勇說要轉讓可以，必須要辦的到林權證。據了解，'
     '林權證是確認森林、林木和林地所有權或者使用權的法律憑證，也是確認林地承包經營權的法律憑證，林師傅介紹'
     '，那塊地是一位叫成傳清的村民在種植樹木，沒有辦理林權證，鄒立軍想要獲得該地的林權證，還需要村委會和成'
     '傳清的同意。當三方意見達成一致后，鄒立軍開始按程序找相關部門辦理手續。鄒立軍和村里簽訂承包合同后，林'
     '權證也如期辦理下來，2005年9月，林師傅以兒子林武勇名義和鄒立軍簽訂了林權轉讓合同，在段面長650'
     '米的王荊公路旁，1300顆樹木由林師傅經營，截止時間為2011年12月31日。可是，2007年10月'
     '份，眼看樹苗已成林，意想不到的事情發生了。林師傅說，2007年，林業局不知采取什么途徑，發了砍伐證，'
     '讓別人把樹砍了，沒有發給他，發給了另外的人。林師傅不明白了，林權證是申請林木采伐的要件，林權證明明在'
     '自己手上，怎么就被別人采伐了呢？當時，為了取得合法林權，林師傅是督促鄒立軍，幾經周折才將林權證辦了下'
     '來，可是這才經營兩年左右，樹木盡被他人全部砍掉了，林師傅是怎么也想不通，這拿在手里沉甸甸的林權證怎么'
     '就成了一紙空文？于是林師傅向法院提起了訴訟。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://bbs.mala.cn/thread-16622660-1-1.html',
     '我与高云（高荣）林地边界纠纷，村、镇调解了很多次，也找过市、区信访办、区林业局不止一次。最终，都是回'
     '到村、镇处理，对我提出的疑问置之不理。请广大群众看看，政府的处理结果，合不合理，我还应不应该继续争取'
     '自己的权益。请雨城区林业局同志看一看，村、镇政府作出如下边界认定的依据，是否充分且合理。并答复我提出'
     '的4点疑问。争议调解过程中，从未见过高云的新林权证（2009年颁发），一直拿的说是1984年的老林权'
     '证。林权证的林地四至边界描述（以村政府出具的调解协议书边界为准），如下：高云（高荣）：高荣的林权证上'
     '的“大包上”（小地名）四至边界：东殷朝淑桦交树，南殷朝淑桦交树，西高平白家竹林，北二组白家竹林。我（'
     '殷朝淑）：殷朝淑的林权证上“仰天窝”（小地名）四至边界：东高芝平野黑桃树林，南李淑琼百家竹林，西高云'
     '百家竹林，北二级大岗交接。特别说明：我的林权证上，登记表写的小地名是“仰天窝”，地块附图写的小地名“'
     '大包上”（前后不一致），高云的地块，在我的地块附图上。政府认定我的地块小地名为“仰天窝”，并以此为依'
     '据认定边界，没有按四至范围来认定边界。我的林权证的地块附图，小地名为大包上，高云林地和我的林地在一张'
     '图上。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://nanchang.baogaosu.com/xinwen/%E6%9D%91%E6%B0%91%E5%B8%8C%E6%9C%9B%E6%97%A9%E6%97%A5%E9%A2%86%E5%88%B0%E7%9B%BC%E4%BA%86/26483226',
     '近日，龙南县武当镇石下村的叶门丰等村民代表饱含深情地将一面锦旗赠送给县水保局，感谢该单位驻村“三送”'
     '（送政策、送温暖、送服务）工作队干部为村民协调解决持续了7年的林地权属争议。但11月13日，记者走访'
     '该村时，有些村民们仍忧心忡忡。原来，上个月已被化解林权纠纷并完成确权登记的36户村民仍未领到林权证，'
     '另外还有6户村民家的300余亩林地被“鸠占鹊巢”——林权证户主成了隔壁乡镇的村民。村民们希望本栏目能'
     '帮助他们42户村民尽早领回林地“户口簿”。叶门丰等村民向记者介绍，涉及石下村42户村民1100余亩山'
     '林与杨村镇相邻，但该山顶水流方向为杨村镇的玉坑村和坪上村。2007年办林权证时，根据相关约定，这42'
     '村民需到水流向所在地的乡镇即杨村镇办理相关确权手续。7年来，仅靠村民或村委会自行“越界”与杨村镇政府'
     '及县林业局等部门沟通协调，一直未有实质性进展。直到今年4月份，村民们向驻村“三送”工作队即县水保局求'
     '助，10月份才完成了36户确权登记手续，另外还有叶祥贱、叶祥才等6户村民家的林地已被坪上村的几户村民'
     '办了林权证，还需进一步协调解决。村民们说，由于拿不到林权证，这7年中他们始终享受不到国家下发的林地补'
     '助款项。就石下村民所反映的情况，村支书叶水明表示基本属实，该村为此还成立了林权确权工作村民理事会，相'
     '关后续问题，“三送”工作队仍在努力帮村民协调中。村民们迫切希望林业局等部门能落实具体办证事项，并明确'
     '发证时间。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.cucuw.cn/i35486.htm',
     '李某焚烧杂草，没想到却引发山火烧毁村民种植的油茶树。日前，紫金县司法局黄塘司法所成功调解这起油茶树赔'
     '偿纠纷。1月15日下午2时左右，李某在其住房背后点火烧杂草，不慎引发山林火灾。本次火灾损毁面积较广，'
     '其中某村村民小组20户农户种植的油茶树受火灾影响，被烧毁油茶面积约15亩及其它果树等作物，致使20户'
     '农户经济利益受损。1月23日，黄塘镇某村民小组的几名村民到黄塘司法所投诉：眼看就有收成的油茶，因为李'
     '某一把火而化为灰烬，致使全村20户农户经济损失严重，要求李某赔偿12.6万元。黄塘司法所工作人员了解'
     '情况后，立即联系村干部，因当事人李某畏罪潜逃，得知李某之子小李在深圳务工，便即刻与小李进行了电话联系'
     '，劝导小李积极回来协调，但小李觉得赔偿价格过高无力承担而多次推脱。在工作人员的多次联系下，日前，20'
     '户农户派出邓某作代表与小李及其母亲进行调解。因油茶基地被烧毁面积较大，赔偿金难以核定，20户农户代表'
     '又不愿申请物价局对损失进行核价，工作人员只能根据市场价格对油茶进行评估。同时考虑小李的家庭收入情况进'
     '行调解。工作人员劝导双方念及同乡之情，多考虑对方的难处，以便作出合情合理的赔偿。最后，双方达成由小李'
     '赔偿3万元、20户农户不再追究李某责任的协议。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.001380.com/web/news/city/content_22197.shtml',
     '《市民熱線》聽眾反映：本人是歙縣小川鄉居民，需要砍伐家中的一棵大樟樹，請問是否需要報備？歙縣小川鄉回'
     '復如下：根據《森林法》第五十六條有關規定，以下情況采伐樟木可不辦理林木采伐許可證：一是農村居民采伐自'
     '留地和房前屋后個人所有的零星林木，不需要申請采伐許可證；二是非林地上的農田防護林、防風固沙林、護路林'
     '、護岸護堤林和城鎮林木等的更新采伐，可不向林業主管部門申請辦理林木采伐許可證；三是按照《中華人民共和'
     '國森林法實施條例》第三十條第二款的規定，因撲救森林火災、防洪搶險等緊急情況需要采伐林木的，組織搶險的'
     '單位或者部門可先行組織采伐，并自緊急情況結束之日起30日工作日內，將采伐林木的情況報告當地縣級以上人'
     '民政府林業主管部門。除了上述情況外采伐樟木需縣級以上林業主管部門審批辦理林木采伐許可證。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.dtzpw.com/News/newsdetail-6748.html',
     '日前，大同县吉家庄乡南息村村民田先生致电本报说，自己20年前在房前屋后和承包地垄边各栽种了10余株杨'
     '树，现在盖房想砍伐，不知道是否需要办理林木采伐许可证。记者就此事采访了市林业局资源科。老田告诉记者，'
     '当年在离房子不远处以及自家承包地田边分别栽种了10多株杨树，今年他想盖新房，需要用木材，自然就想起了'
     '自己栽种的这些杨树，不过他并没有贸然砍伐，因为他看过相关法律宣传，记得即便是自己种的树木也不能随意砍'
     '伐，像他这种情况，是否需要办理相关采伐许可手续？6日上午，记者就此事咨询了市林业局资源科相关负责人。'
     '针对老田提出的问题，该负责人解释说，按照《森林法》第三十二条规定，采伐林木必须申请采伐许可证，按许可'
     '证的规定进行采伐；农村居民采伐自留地和房前屋后个人所有的零星林木除外。因此，采伐个人所有的自留地和房'
     '前屋后的零星树木，不必办理林木采伐许可证，对自留地和房前屋后树木的认定，由村民委员会出具证明即可，而'
     '对于“零星林木”数量没有明确的规定，一般来讲，是指零星分布的树木，是相对于成片树木而言，但规定中所提'
     '到的“房前屋后”只限于宅基地。而老田另外在承包地上所种植的树木，则必须向当地林业主管部门审核发放采伐'
     '许可证',
     'out', '其他', False, [],
     []),
    # 22
    ('https://fx361.cc/page/2018/0118/2713758.shtml',
     '指出了林权证是林业权属的证书，具有法律效力，凡涉及林业发展必涉及林权证书。但从福建东部部分县市的调查'
     '中发现，该地区在林权制度改革确权发证中普遍存在程序不规范、发证率低、林权证山证不符、权利人不真实的现'
     '象，该问题严重制约了林农增收，林业产业化，引发林权纠纷，危及农村社会和谐稳定。调查分析了其发证率低及'
     '山证不符的原因及其后果，以期为该地区采取措施解问题提供帮助。福建省属南方重点林区，山多林丰。从198'
     '0年代的林业“三定”至今，经历了由“统管”、“林业股份制”到“明晰产权”再到“均山”与“均股”的演变'
     '过程，反映了集体林产权由“统”向“分”的变迁历程[1]。福建省自2003年启动了以“明晰所有权，放活'
     '经营权，落实处置权，确保收益权”为主要内容的集体林权制度改革以来，在促进农村生产发展、资源增长、农民'
     '增收、社会和谐、农村经济社会发展等方面取得了一些成效。但调查显示，该省在林改确权发证这一核心环节依然'
     '存在地区不平衡的问题，在立地条件好的一类地区（如三明地区），确权发证已经制度化和良性化，但立地条件相'
     '对较差的二类地区（如闽东），在林改已经过了11年，仍普遍存在程序不规范、发证率低、林权证山证不符、权'
     '利人不真实等现象。在当前集体林权制度改革已经进入林地规模化、林权资本化、林业现代化和组织经营创新的深'
     '化阶段，如何解决上述问题显得尤为迫切。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH151, "fresh151")
