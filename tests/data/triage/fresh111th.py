"""Sealed batch fresh113: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh111th.py; the batch and its row ids are "fresh113".)

Theme: tobacco monopoly, supply-and-marketing cooperatives and salt (烟草专卖局/烟草公司, 供销社,
盐业公司): a 烟叶收购点 head buying leaf at a discount and village cadres smoothing the inquiry,
wheat ploughed under for a tobacco quota, farmers made to buy phones and coal to grow tobacco, a
村支部书记 running leaf without a permit, a 稽查队长 turned counterfeiter, a 烟草专卖局长 reselling
quota cigarettes, a 供销社 head building a faction, provincial 供销社 chiefs under investigation,
盐业局 and 盐务局 chiefs taking packaging kickbacks; out items are a shop's suit against a 烟草局
search, a 供销社 house-swap suit, a 居委会's suit over 盐场 land, unpaid 盐业公司 staff and a salt
worker's wages, a cook fined for "cross-region" salt, a 烟草局长's online Q&A on licences, a
smoker's fake cigarettes, 盐户 ruined by a typhoon and a 玉溪 tobacco-village survey. Sources
(stored-pages search): a 592gupiao copy of a 天涯 forum post on the 宣威 干海 收购点; a 2011 copy of
the 中国青年报 follow-up on the 嵩縣 陶莊村 wheat (traditional); the 央视网 copy of the 中国青年报
survey of 云南 烟农; a copy of a 检察 story on the 日照 烟叶 traffickers (刘成); the 烟草在线 copy of
the 法制周报 piece on 黄支商; an africantimes2005 copy of a commentary on the 金昌 通报 (任志刚);
a blogspot copy of 何其多's essay on the 玉环县供销合作社 (王志勇); a 星島 copy of the 政知圈
piece on 劉金水 (traditional); the 搜狐 copy of the 浙江法制报 report on the 岱山 盐业局 (虞天祥);
the 浙江在线 report on the 湖州 盐务局 (沈伯泉, 吴云庆); a 0832.org.cn copy of the 天中晚报 report
on the 遂平 收购站 head (traditional); a 铁血 forum post by the 玉环盐场 workers; out: a 99xcs
report on the 曾都 好运来 suit, a 110.com copy of the 宜章 供销社 appeal judgment, a yqzksb copy
of the 澎湃 report on 鶯歌海 (traditional), the 生活报 report on the 依兰 盐业公司, the 长城网 report
on 姜风岭, a lyyfw copy of the 新鄭 salt-fine report (traditional), the 武义 烟草局 online
interview, a 搜狐 copy of the 大渡口 fake-cigarette report, a 文学城 copy of the 每日人物 report on
the 寿光 and 东营 盐户 (traditional) and an aipiwu copy of the 澎湃 field survey of 玉溪 烟农. Six
texts are in traditional script (items 2, 8, 11, 15, 18, 21; the glossing pinyin of 018's
converted copy removed). Mostly village, township and county level; 006, 008 and 010 are city
or province level.

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, decks, sub-headings, bylines, source
tags ("本文转载自天涯论坛", "本报讯(见习记者董娟)", "煙草在線據《天中晚報》報道"), captions, the
"& &&&" spacing junk of 001, the forum title and repost line of 012 and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers and the URL of 015 ("409.86万元", "1/3", the "-" of "（1959-1979）");
stray spaces after punctuation removed (001, 021). Page typos and oddities kept ("被告之", "的的煤"
(003); "没有任务职务", "那底", "解释的通的" (005); "着险棋" and the closing "”。" (007); "赖帐"
beside "赖账" (017); the simplified remnants "什么", "怎么", "熱干面", "于是", "以后" of 018's converted
copy; "這么" (011); "隻能", "怎麽" (021); "斢换" (014); "滞涨" (022); "TOP 10" and "优优happy" (019)).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; the heads of state 烟草 and 盐业 units and of 供销社 count as officials, as the
供销社 head in fresh102th.py), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 /
其他. Petitioners, reporters, victims, witnesses, firms, shopkeepers, farmers and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept, "原" before the unit dropped as in
fresh49th.py) and units as written (the smallest named unit, province and city prefixes dropped);
unit None when the text ties the person to no named unit. Topics only from the twelve names of
triage.md; kickbacks and bribes are 贪污贿赂, levies and forced purchases 群众纪律, reselling quota
cigarettes and unlicensed trading 廉洁纪律. As in fresh107th.py, a citizen's fine, a worker's pay
and staff claims are 个人利益诉求; suits 涉法涉诉. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022). 15 accused entries,
all in items 1-12: 14 with a full name, none masked, 1 post only. Items 002, 003 and 012 are in
scope with no accused entry. Out items have no accused entry. Lengths 129 (001) to 719 (014)
characters.

Close calls:
 1  The stored page splices a 隆回 烟草公司 notice and a forum header before the post: only the
    reposted 天涯 text kept, from "据网络消息" to the 调离 sentence; cut before the truncated "村民
    反映:…不仅没返还" sentence (the "打人事件" of the page title is in the cut part). 赵永黎 as first
    written "干海村委会烟叶收购点点长": '点长', '干海村委会烟叶收购点' (a 烟草 收购点 head counts as an
    official). 何家富 '村主任' and 宁大德 '书记' are written without a village; unit '干海村委会' from
    the post's only village (as fresh62th.py's 李正海). Topics 群众纪律 (打折收购) and 政治纪律
    (they "提前交代部署" so the inquiry found nothing, IS.POL.03). Short (129 characters).
 2  Traditional. Hard: the follow-up's list of the punished ("陶莊村黨支部書記、村委會主任", "煙葉
    專干", "鄉包村干部", "主管副職", "黨政一把手") is cut: whether the first is one person or two
    cannot be told, so the kept text has only "有關責任人" (an unnamed group), "有人" who ploughed
    the wheat and the 縣政府 and 九店鄉 (organs): in, no entry. The "相關報道" line, the original
    headline and the sub-heading "村民:種煙不如種紅薯,卻被強制種煙" cut; ends before the truncated
    張宜仁 sentence. 張宜仁 is a victim. Only 群众纪律 (IS.MAS.07, forced crop).
 3  Hard: a survey, but the kept part is about charges: "有关部门" make tobacco farmers buy phones
    and a 村委会 sells them coal above market price ("各种名分的摊派"): organs, no entry; in, not
    mixed (the farmers' own claims come in the cut cost section). Caption and the sub-headings
    "一户烟农与家里的4部电话", "种烟的成本" cut; ends before the 杜小琼 paragraph. 付新洁 is a
    victim. Only 群众纪律 (IS.MAS.01).
 4  Hard: a prosecutor's story about 20 烟叶 traffickers; in because one of them, 刘成, is a
    村支部书记 ("黄墩镇某村支部书记刘成"): the village is not named, unit None ('村支部书记' as the
    post, the 镇 is not his unit). The other three of "刘成等四人" have no post; 刘方 only lent his
    烟卡 card. Headline, deck, three captions and the sub-heading "大案浮出" cut; ends before the
    sub-heading "两条贩卖链". A trial report is news here, not 涉法涉诉. Only 廉洁纪律 (unlicensed
    trading by a cadre).
 5  A commentary; the 烟草在线 header and the "编者按" label and its first three sentences (a cartoon
    simile) cut, so the note starts at "下面这则新闻". 黄支商 as first written "原为县烟草专卖局稽查队
    队长": position '稽查队队长' (the "原" is the verb "原为", not a prefix of the post), unit None
    (the 县 is not named). "其领导" only comments. Topics 廉洁纪律 (counterfeiting on the side) and
    工作纪律 (absent at work, "利用工作便利").
 6  A commentary on a 甘肃 通报, city level; cut before the truncated "赵洪顺的双开通报…" sentence.
    任志刚 '局长', '金昌市烟草专卖局'; 赵洪顺 first "国家烟草专卖局原党组成员、副局长": '原党组成员、
    副局长', '国家烟草专卖局'. The "多名本单位工作人员" who did the buying are an unnamed group. Only
    廉洁纪律 (reselling quota cigarettes, IS.INT).
 7  An essay; the chapter and section titles, the 宪法 epigraph and its footnote number cut; the
    党章 quotation the essay opens with kept. 王志勇 '党委书记兼主任', '玉环县供销合作社'. 林祖伟, a
    "浪人" made 楚门供销合作社 head, is the object of the appointment: no misconduct of his own in
    the kept text, not accused. Topics 政治纪律 (私党, IS.POL.02) and 选人用人. The name 王志勇 also
    occurs in fresh12th.py for a 萧县 镇委书记: another man and story.
 8  Traditional (a 星島 copy of a mainland 政知圈 piece); "(原標題:…)" and the sub-heading "老下屬剛
    剛落馬" cut; ends before the truncated 張鱗龍 sentence, so the January 副主任 stays unnamed.
    劉金水 '原黨組書記、理事會主任', '內蒙古自治區供銷合作社聯合社'. The unnamed 副主任 on trial for
    貪汙 is (None, '副主任', …) and 唐利民 '副主任'; both are first written after "內蒙古供銷社系統"
    and 唐利民 is later "區供銷合作社聯合社理事會副主任": unit the 聯合社 as written for 劉金水 (could
    be read as '內蒙古供銷社系統'). Province level. Only 贪污贿赂.
 9  Cut before the sub-heading "“一把手”带头受贿" (dropped) and after "开始带头受贿" (the briber
    王某's paragraph cut). 虞天祥's posts are listed after his name: '局长、党组书记' (the two 盐业局
    posts), '岱山县盐业局'. The other five of the "6人受贿窝案" are unnamed. Only 贪污贿赂.
10  The deck and the sub-heading "回扣之下盐务局长纷纷溃败" cut; ends before the truncated "他们知道…"
    sentence. 沈伯泉 "举报局长沈伯泉" right after "湖州市盐务管理局副局长": '局长', '湖州市盐务管理局';
    吴云庆 '原局长', '浙江省盐务局' (his "帮助" in quotes to the firm). 盛玉林 is the whistleblower
    moved out; 徐清道 and 王孝光 run the private 包装厂; the "十几个盐务局局长、副局长" are an unnamed
    group. Only 贪污贿赂. City level.
11  Mixed, traditional: three farmers' unbought leaf (a 个人利益诉求 grievance) and the 收購站 head
    who "坑了" them after they paid his and his men's lunch (违规吃请). The source tag, the sub-
    heading "誰讓他們貧上加貧?" and two captions cut, so the lead's "——" runs into the next
    paragraph; ends before the truncated 化肥 sentence. 魏道中 '站長', '槐樹鄉煙葉收購站' ("(音)"
    is not part of the name). 楊某某 of the 煙草公司 only sent him. Topics 八项规定 and 群众纪律.
12  Mixed: the 408 workers' housing, insurance, pension and compensation claims (个人利益诉求) with
    the 转制工作组 hiding the papers, assets sold without 清产核资, workers jailed and the archive
    refused ("遭到领导坚决拒绝"): organs and unnamed groups, no entry. The forum title, the repost
    line and the article title cut; ends at "(听姑姑说)" before the truncated sentence. 李敬革, the
    grandfather and "原玉环盐场党委书记", is no accused; 叶忠波 and 李翠军 are petitioners. Topics
    滥用职权 and 群众纪律.
13  涉法涉诉: a shop's 行政诉讼 against the 曾都 烟草局's search of its owners' home and car, lost in
    two instances; could be read as in (a search beyond the shop), but the officers are unnamed
    and the matter is the suit. Ends before the truncated "行至存…" sentence.
14  涉法涉诉: a 1961 house swap with a 供销社 in an appeal; 李某某 is only the 供销社's legal
    representative. Cut after the fifth clause of the agreement.
15  涉法涉诉, traditional: a 居委會 sues the county over the 鹽場's land title; could be read as
    征地拆迁 (land taken in the 1950s). 陳文玉, a 社區黨支部書記, is the complainant; 陳邢福 only
    recalls. Caption cut; ends before the truncated 公開資料 sentence.
16  个人利益诉求: four years without pay and unpaid medical bills at the 依兰 盐业公司 after a failed
    上划; the 相关部门 only "各执一词". Headlines, byline and sub-heading cut; ends before the
    truncated 省人大 sentence. 张海军 is the former manager who explains.
17  个人利益诉求: a salt worker's 14045 yuan owed for 16 years; the four 局长 who promised to pay are
    not alleged to have done wrong (could be read as 推诿). Caption and sub-headings cut; ends
    before the truncated 集资款 sentence.
18  个人利益诉求, traditional: a cook fined 200 yuan for using salt bought in 鄭州 (a radio report,
    "黃先生:" as published); the unnamed 檢查人員 only enforce. The glosses "(qū)" etc. of the copy
    removed; ends before the sentence with the garbled "?xiàng" (條例).
19  其他: an online interview; the 烟草局 head 郑长水 only answers (sales, licence conditions). The
    page's refresh line cut; ends before the truncated "3、行政村…" line.
20  其他: a buyer of fake cigarettes against the shop; the 稽查队 explains why it has not acted
    ("迟迟没有得到解决" is the buyer's complaint about delay, no one named). Could be read as 个人利益
    诉求 (his 两万元). Caption and sub-headings cut.
21  其他, traditional: 盐户 ruined by typhoon 利奇馬; the deck (a caption-like lead on 林家), byline,
    caption and sub-heading cut; ends before the truncated 陳良 sentence.
22  其他: a field survey of a 玉溪 tobacco village; "县长" is the nickname of a 村民小组长 who
    "确实做了个小官": no misconduct, no accused. Caption and sub-heading cut; ends before the
    truncated "因为玉溪烟草业…" sentence.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH113: list[Item] = [
    # 01
    ('https://m.592gupiao.com/finance/thread/20170502/11127874.html',
     '据网络消息：2012年烤烟收购期间，云南省宣威市热水镇干海村委会烟叶收购点点长赵永黎将烤烟打折收购。'
     '2013年8月又打折收购。此事被举报，相关部门来查处。有村民说：此事被村主任何家富和书记宁大德提前交'
     '代部署，调查无果。最后处理结果将原点长调离干海烟叶收购点。',
     'in', None, False, ['群众纪律', '政治纪律'],
     [('赵永黎', '点长', '干海村委会烟叶收购点'), ('何家富', '村主任', '干海村委会'), ('宁大德', '书记', '干海村委会')]),
    # 02
    ('http://siheshuidao.cn/ep/stzy/201103/16868.htm',
     '3月25日，本報以《河南嵩縣：政府指導意見“逼農致富”》為題，報道了河南省嵩縣九店鄉陶莊村農民部分麥'
     '田被強制毀掉改種煙的事件。報道刊發之后，嵩縣縣委、縣政府經過深入調查后做出決定：責成九店鄉對已毀麥苗'
     '進行補償，對九店鄉進行全縣通報批評，并對有關責任人給予紀律處分。一大早，家住河南省洛陽市嵩縣九店鄉陶'
     '莊村的農民張宜仁（化名）像往常一樣，背著雙手，順著彎曲起伏的小路，去看自己春節后澆了兩遍返青水的麥田'
     '。但是，那塊兩畝多的麥田已被黃土覆蓋。他蹲下身，望著車轍下稀稀拉拉的麥苗，慢慢地往煙袋里塞上自己家種'
     '的煙葉，深深地吸了一口。據陶莊村村民反映，3月16日、17日兩天，有人開著三輛犁地用的車，闖進他們的'
     '麥田，將剛剛返青的麥苗毀掉近200畝。而毀掉村民麥田的原因是：讓村民種植煙葉，以完成縣政府布置的70'
     '00畝煙葉種植面積的指標。就此，記者趕往當地進行了調查。資料顯示，河南是我國最大的烤煙產區，產量占全'
     '國的近1/3，嵩縣是河南煙葉的重要種植區。',
     'in', None, False, ['群众纪律'],
     []),
    # 03
    ('http://news.cctv.cn/society/20090521/113537.shtml',
     '4月以来，一看到家里的4部电话，付新洁就一阵唉声叹气。虽然每部电话都有190元的预存话费，但每个月不'
     '管使用与否，都必须缴纳30元的基础费。“4部电话就是120元，这是多大的一个负担啊。”她说。付新洁是'
     '昆明石林县某村的村民。今年年初，为了提高村民种植烤烟的积极性，有关部门承诺可以为烟农免费提供部分有机'
     '肥料、农药和一定的补助款。然而，日前，村民们却被告之，为了方便种植期间的技术指导和管理，村民必须以每'
     '部200元的价格安装固定电话，才可以享受这些优惠政策。即使家里有电话也要执行这一规定，而且还要根据烤'
     '烟种植面积的大小来购买电话，也就是说，烟田越多的农户购买的电话就越多。付新洁家就因此购买了4部电话。'
     '而在昆明市的另一个县——寻甸县的某村，不少烟农正在对村委会规定每户必须购买的100公斤煤敢怒不敢言。'
     '村委会卖给他们的的煤是50元100公斤，而在煤炭交易中心，100公斤只需45元。不久前，云南省社会科'
     '学院农村发展研究所的研究者们在编写云南农村发展蓝皮书时发现，他们从乡村收集来的声音里，烟农的抱怨和不'
     '满是最多的。在云南农业产业化中，烤烟种植是最成功的一项产业。烟草经济的发展，富裕了企业，富裕了地方财'
     '政，一些农民也靠种烟使生活得到了保障，那么，烟农们为什么还有那么多的抱怨和不满呢？除了各种名分的摊派'
     '，烟农们的生存状况如何？他们如何看待烤烟种植？带着这些疑问，中国青年报记者走访了云南陆良、通海、禄丰'
     '等县的烟农，以期从中寻找到一些答案。',
     'in', None, False, ['群众纪律'],
     []),
    # 04
    ('http://wap.hnwzzzx.com/index.php/wy/97.html',
     '近日，山东省日照市中级人民法院第三审判庭内，20名被告人依次排开，旁听席座无虚席，庭审进行了整整一天'
     '。究竟是一桩怎样特殊的案子，会吸引如此众多的人前来旁听？2017年10月的一天，山东省日照市岚山区黄'
     '墩镇某村支部书记刘成等四人驾驶一辆货车缓缓驶进黄墩烟站，他们前来出售烤烟叶。工作人员仔细检查了车内的'
     '烤烟叶，从形状、色泽等方面很快断定这些烤烟叶并非产自本地。根据规定，烟草公司或者其委托单位（烟站）应'
     '当与烟叶种植者签订烟叶收购合同，烟叶收购合同应当约定烟叶种植面积、烟叶收购价格。烟草制品批发零售实行'
     '专卖许可制度，未经批准，任何单位和个人不得收购烟叶，且严禁无准运证擅自跨区域运输、销售烟草制品。工作'
     '人员见刘成等人存在无证运输、买卖外地烟叶行为，立即将车辆和烤烟叶查扣。随后，公安民警侦查发现，这批烟'
     '叶是当事人从山东省诸城市运来，而最终的来源地可能是东北。他们同时还注意到，刘成等人不仅没有烟草专卖许'
     '可证，没有准运证，甚至也没有和当地烟站签订合同（烟卡），几个人准备从外地购进烤烟叶，然后用本村村民刘'
     '方的烟卡向烟站销售牟利。侦查人员怀疑，这或许只是一起跨区域非法经营烤烟叶案的冰山一角……',
     'in', None, False, ['廉洁纪律'],
     [('刘成', '村支部书记', None)]),
    # 05
    ('https://tobaccochina.com/html/xwzx/jujiao/418239.shtml',
     '下面这则新闻也反映了这样一个故事，一个烟草专卖局的稽查队长，利用工作便利，竟与一伙儿制造假烟者相识相'
     '交，在这个故事中，“猫”不但不捉“鼠”，不但与“鼠”互帮互助，而且就在烟草专卖局的眼皮子底下，就干脆'
     '把自己也变成了“鼠”，这样的故事似乎已经不是一个新鲜事，但值得我们思考的是：我们的内部监管行动一个接'
     '着一个，自查自纠行动也似乎开展频繁，却为什么在长达半年的时间里，没有一个人发现他的异常？本故事主角黄'
     '支商“原为县烟草专卖局稽查队队长，专管打假、缉私等工作。后来，黄支商改任该局保卫股股长。2002年左'
     '右，保卫股被撤销，合并入局办公室，从此黄支商再无职务，非常清闲，但享受股长级别待遇，每月工资、福利在'
     '2000元左右。”同事说：“黄经常在上班时间不见其踪影，上班迟到更是家常便饭”。但其领导却说：“黄出'
     '事是个人行为，制假都是利用周末时间，不在我们监管范围之内”。一个没有任务职务的烟草职工为什么还能享受'
     '股长级待遇？员工在上班时间怎么就可以不上班？企业有没有绩效考核制度？我们的内部监管那底监管了哪些行为'
     '？显然，这已不仅仅是一个“猫和老鼠”的故事所能解释的通的。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('黄支商', '稽查队队长', None)]),
    # 06
    ('http://wap.africantimes2005.com/gnyw/11365.html',
     '9月3日，甘肃纪检监察网通报了一起领导干部利用名贵特产类特殊资源谋取私利问题。通报披露了金昌市烟草专'
     '卖局局长任志刚违反规定倒卖卷烟，涉案金额409余万元。通报称，2015年9月至2018年6月，金昌市'
     '烟草专卖局局长任志刚安排多名本单位工作人员，违反烟草专卖相关规定，通过金昌市卷烟零售户多次套购卷烟，'
     '原价转卖给外地亲友，涉案金额409.86万元。此外，通报指出，任志刚还存在其他违纪问题，受到了留党察'
     '看二年、行政撤职的处分。尽管这起案件涉案官员级别不高，但是，其地方烟草专卖局局长的身份，却无疑是值得'
     '关注的。烟草局长涉腐，早已不是什么新闻，烟草行业的特殊属性，使得这一行业一直以来都容易滋生问题，而对'
     '于国家委任的烟草管理官员而言，要抵制的诱惑、要回避的陷阱也十分之多。不久之前，国家烟草专卖局原党组成'
     '员、副局长赵洪顺，因严重违纪违法被开除党籍和公职，便说明了国家对烟草领域腐败问题的关注与整顿决心。在'
     '我国，烟草是一种国家专卖的特殊商品。所有卷烟都必须通过中国烟草总公司这个唯一合法的渠道批发给零售商。'
     '中国烟草总公司和国家烟草专卖局，在办公机制上是两块牌子，一套人马，而地方层级的烟草公司与烟草专卖局也'
     '是同样的办公机制。在一定程度上，烟草系统的腐败案件存在一定共性，即权力近亲繁殖导致监管失灵。因此，要'
     '在烟草领域反腐，进行制度性的清理，可谓十分必要。前文提到的国家烟草专卖局原党组成员、副局长赵洪顺，便'
     '是典型的“系统性腐败之源”。作为迄今为止，烟草系统落马的最高级别官员，赵洪顺从1989年11月开始就'
     '在烟草系统任职，直到今年初接受审查调查，他一共在烟草系统工作了29年。',
     'in', None, False, ['廉洁纪律'],
     [('任志刚', '局长', '金昌市烟草专卖局'), ('赵洪顺', '原党组成员、副局长', '国家烟草专卖局')]),
    # 07
    ('http://newcivilization.blogspot.com/2009/03/10-12.html',
     '中国共产党党章第五章第三十条规定：“国有企业和集体企业中党的基层组织，发挥政治核心作用，围绕企业生产'
     '经营开展工作。保证监督党和国家的方针、政策在本企业的贯彻执行；支持股东会、董事会、监事会和经理（厂长'
     '）依法行使职权；全心全意依靠职工群众，支持职工代表大会开展工作；参与企业重大问题的决策；加强党组织的'
     '自身建设，领导思想政治工作、精神文明建设和工会、共青团等群众组织。”。然而，王志勇当上玉环县供销合作'
     '社党委书记兼主任之后，不但不遵守党章规定“全心全意依靠群众”，反而打击群众，排除异己；不但不加强工会'
     '和共青团组织建设，反而破坏并最终解散了玉环县供销合作社工会和团委；不但不依照党章“加强党组织的自身建'
     '设”，反而四处寻找能与自己臭味相投的“干部”，以在党内建立自己的私党。王志勇上台后不久即与浪人林祖伟'
     '形成志趣相投的“同志”，随后即任命林为楚门供销合作社支部书记兼主任。由于林的品行及能力为供销社干部职'
     '工所不齿，干部职工向王提出不能任用林，王竟然随口敷衍“就是着险棋也要走走看！”。',
     'in', None, False, ['政治纪律', '选人用人'],
     [('王志勇', '党委书记兼主任', '玉环县供销合作社')]),
    # 08
    ('http://std.stheadline.com/daily/article/detail/1890886-%E4%B8%AD%E5%9C%8B%E7%B6%9C%E5%90'
     '%88-%E8%80%81%E4%B8%8B%E5%B1%AC%E8%90%BD%E9%A6%AC%E4%B8%8D%E5%88%B01%E5%80%8B%E6%9C%88+%'
     'E9%80%80%E4%BC%918%E5%B9%B4%E7%9A%84%E4%BB%96%E4%B9%9F%E5%87%BA%E4%BA%8B%E4%BA%86',
     '今天上午11時，一位“40後”落馬了。據中央紀委官網顯示，內蒙古自治區供銷合作社聯合社原黨組書記、理'
     '事會主任劉金水落馬，這位廳官的特點有兩個，其一，他1949年1月出生，今年69歲；其二，他當理事會主'
     '任是在1997年5月至2010年4月，換句話說，他已經退休8年了。一個細節是，今年以來，內蒙古供銷社'
     '系統動靜很大，1月一位副主任受審，檢方指控他騙取國家羊毛貼息款，涉貪汙罪；9月另一位副主任唐利民被查'
     '，唐利民也是劉金水的老下屬。先來簡單說下劉金水。公開資料顯示，劉金水是河北省保定人，1969年8月，'
     '20歲的劉金水參加工作，先後擔任過內蒙古生產建設兵團三師二十三團排長、副連長、連長。此後，劉金水又當'
     '過兵團烏拉山化肥廠合成車間主任、內蒙古化肥廠籌建處主任等職務。1993年3月，44歲的劉金水任內蒙古'
     '自治區供銷合作社聯合社理事會副主任，4年後任主任。劉金水擔任理事會主任長達13年，2010年4月退休'
     '。內蒙古方面反腐值得關注。政知圈注意到，就在今年9月21日，劉金水的老同事唐利民已經被查。唐利民也在'
     '內蒙古供銷社系統工作了多年——1998年12月，在劉金水任理事會主任1年多後，時任內蒙古自治區農牧業'
     '生產資料公司總經理的唐利民任區供銷合作社聯合社理事會副主任，到2017年7月退休前，唐利民在副主任的'
     '位子上工作了19年。也是在今年，該系統還有1人受審。',
     'in', None, False, ['贪污贿赂'],
     [('劉金水', '原黨組書記、理事會主任', '內蒙古自治區供銷合作社聯合社'),
      (None, '副主任', '內蒙古自治區供銷合作社聯合社'),
      ('唐利民', '副主任', '內蒙古自治區供銷合作社聯合社')]),
    # 09
    ('https://news.sohu.com/20080630/n257828109.shtml',
     '“柴、米、油、盐、酱、醋、茶”开门七件事，洁白无瑕的盐作为其中之一更是人们生活中必不可少的生活资料。'
     '因为盐的特殊性，国家一直对盐业的生产销售实行专营。但是，近年来，浙江省盐业系统却发生了一些“黑色”权'
     '钱交易。2006年，浙江省检察机关在全省盐业系统中立案查处了发生在食盐小包装中收受回扣的商业贿赂犯罪'
     '案件28件38人。2007年，这股反贪风暴刮到了浙江省最大的产盐县——岱山。岱山古称“蓬莱仙岛”，全'
     '县532座岛屿，犹如朵朵莲花散落在碧波荡漾的东海之上。岛上有盐田3.5万亩，自宋朝起就以色白、粒细、'
     '味鲜而闻名，被列为“贡盐”。盐业历来是岱山县群众重要的就业谋生之道，是盐民赖以生存的产业。然而，一些'
     '人照样利用关乎国计民生的盐，大搞权钱交易，为自己谋取私利。去年以来，岱山县检察院在有关部门的配合下，'
     '查处了包括盐业局长在内的一起6人受贿窝案，涉案总金额达50万余元。到今年4月，这6名被告人均已被判刑'
     '并判决生效。今年5月底，岱山县纪委专门就这起窝案向全县作了通报，并在全县党员干部中开展警示教育。6月'
     '21日，岱山县检察院专门在县盐业局召开案件剖析会，由此揭开了此案的内幕……在岱山县盐业局，今年55岁'
     '的虞天祥无疑是“第一权重股”，他一人身兼岱山县盐业局局长、党组书记、县盐业公司经理、岱山县绿海制盐有'
     '限公司总经理、岱山蓬莱海盐博物馆法定代表人。这样的“权重”因此成了某些商人进贡的“第一目标”，而原本'
     '没有多少抵抗力的虞天祥一下子就“缴械”，开始带头受贿。',
     'in', None, False, ['贪污贿赂'],
     [('虞天祥', '局长、党组书记', '岱山县盐业局')]),
    # 10
    ('http://zjnews.zjol.com.cn/05zjnews/system/2007/06/17/008534525.shtml',
     '5月12日，53岁的盛玉林照例骑着自行车到湖州物资汽车设备更新回收有限公司上班，他的职务是副经理，但'
     '工作相当清闲。两年前，盛玉林的身份是湖州市盐务管理局副局长，他是在举报局长沈伯泉后职务发生改变的。2'
     '005年春节前，做了近十年副局长的他被调离盐务局，来这里上班，薪水比他当盐务局副局长时缩水约三分之二'
     '。而被举报人沈伯泉照旧稳坐局长宝座，直到一年半后案发被捕。不过，沈伯泉案发并非来自他不懈的举报，而是'
     '栽在了远在数百里之外的温州一家包装厂的小盐袋上。令人震惊的是，小小的盐袋竟然使浙江省十几个盐务局局长'
     '、副局长落马，涉及10个县（市）区。小盐袋引发了浙江盐业系统的地震。目前，浙江省盐业系统的贪污贿赂窝'
     '案串案已陆续在法院做出宣判。在司法机关肃贪时，人们开始反思这一切究竟是如何形成的？在我国，食盐是国家'
     '严控商品，盐业系统可以说是垄断行业。浙江省盐务局和盐业公司是一套班子两块牌子，盐业公司在业务上实行的'
     '是准计划经济模式——全省统一管理、统一计划、统一供应、统一结算。1998年，浙江省盐业系统开始推广食'
     '盐的彩色复合包装，这一变化令温州市恒达包装彩印厂（以下简称恒达包装厂）负责人兴奋不已。这家私营企业早'
     '在1994年，就在浙江省盐务局原局长吴云庆的“帮助”下，承接了杭州、湖州、绍兴等地区盐业系统的小包装'
     '业务。恒达包装厂董事长是徐清道，总经理是王孝光。',
     'in', None, False, ['贪污贿赂'],
     [('沈伯泉', '局长', '湖州市盐务管理局'), ('吴云庆', '原局长', '浙江省盐务局')]),
    # 11
    ('http://m.0832.org.cn/html/nypd/522672.shtml',
     '本以為種植煙葉能脫貧致富，不料竟遇到不靠譜的煙葉收購站站長。如今，面對囤積在家中的幾千公斤已經烤好的'
     '煙葉，河南駐馬店上蔡、汝南縣的3戶煙農欲哭無淚——11月初的一天，3名來自上蔡縣、汝南縣的農民揣著一'
     '大把煙葉找到記者，希望記者能幫幫他們。“你看看我們種的這些煙葉，葉片這么大，顏色這么正，品質這么好，'
     '可現在要爛在家里了。”上蔡縣楊屯鄉楊寺位村的高新開眼中噙著淚水，拿著自己烤的煙葉說，同村農民種的煙葉'
     '都被煙葉收購站收購了，唯獨他們家的煙葉沒有人收購。與高新開一同來到報社的李愛國、李國立表示，他們是被'
     '遂平縣槐樹鄉煙葉收購站的一個名叫魏道中（音）的站長坑了。高新開說，2014年，經人介紹，他和遂平縣煙'
     '草公司槐樹鄉煙葉收購站協議種植煙葉，當時雙方以口頭協議的形式確定了2015年的煙葉種植面積。當年，煙'
     '葉收成不錯，對方也很好地履行了協議，收購了全部煙葉。2015年底，槐樹鄉煙葉收購站再次以口頭協議的形'
     '式，與高新開確定了次年的煙葉種植面積。“同村的李愛國和汝南縣留盆鎮田莊村的李國立是我的朋友，也是貧困'
     '戶，我就拉著他倆一起種植煙葉，想著能幫助他們脫貧。”高新開說，2016年3月上旬，遂平縣煙草公司生產'
     '科科長楊某某派魏道中到高新開、李愛國、李國立等幾家煙葉種植戶的田里丈量土地，落實煙葉種植面積。“當天'
     '中午，我和李愛國、李國立湊了500元錢，請魏道中以及他帶來的幾個人吃飯，共花了485元錢。”高新開說'
     '。',
     'in', None, True, ['八项规定', '群众纪律'],
     [('魏道中', '站長', '槐樹鄉煙葉收購站')]),
    # 12
    ('http://bbs.tiexue.net/post2_7138295_1.html',
     '叶忠波等408名浙江玉环盐场职工，因为1998年玉环盐场被县政府的转制工作组，在没有召开职工大会和职'
     '工代表大会的情况下，全部资产由县政府拿走，授权国资经营公司经营。而职工按照转制文件享有入股企业，进行'
     '产权重组，这些权利因当时的转制工作组隐蔽转制文件，职工权益被剥夺。玉环盐场转制企业资产出售，所得款本'
     '应用于安置职工，但大量资产没有清产核资，被任意变卖，408名职工的住房权、医疗保险、养老保险、退休权'
     '益、企业财产变卖的资金补偿，都变成了实实在在的“中国梦”。职工自2007年发现转制政策隐蔽，转制职工'
     '权益被骗，奋起维权，多次被抓坐牢，进京上访，火车被迫停运13分钟，抓回来关起来。职工现在要查询国资办'
     '保存的玉环盐场企业档案，几十名代表在玉环财政局求告了半个月，遭到领导坚决拒绝，难道有鬼？难道有鬼？难'
     '道有鬼？现在盐场还有5800亩土地，租赁给200多名职工晒盐，政府要废掉盐田，搞经济开发，职工要求誓'
     '死保卫盐田——盐田使用权是财产权，属于408名职工，政府动用什么力量拿走盐田？职工如何维权？职工得不'
     '到财产补偿，生存权就会变成空气。请听一下408名职工之一的一名普通玉环盐场工人李翠军的陈述：我在盐场'
     '工作中得了残疾，我祖籍河北省灵寿县。我爷爷李敬革，是一名老红军，南下干部，原玉环盐场党委书记（195'
     '9-1979），他为中国革命解放战争、抗美援朝作出了卓越功勋，临死都不肯回老家，他说：“我死之后埋葬'
     '盐场看着盐场发展”。（听姑姑说）',
     'in', None, True, ['滥用职权', '群众纪律'],
     []),
    # 13
    ('http://m.99xcs.com/news/3558073.shtml',
     '湖北省随州市曾都区烟草专卖局对好运来副食经营部的一次执法活动引发了诉讼。超市经营者郭女士表示，202'
     '5年1月10日晚，烟草局执法人员在检查完超市后，又对其私家车和住宅进行了搜查，超出了执法检查的限度。'
     '郭女士因此将曾都烟草局与随州市公安局曾都区分局告上法庭。曾都区法院在一审判决中认为，原告的住宅与经营'
     '场所存在混用情形，执法行为未损害原告财物、未超过合法限度，性质是检查而非搜查。因此驳回了郭女士的诉讼'
     '请求。郭女士不服，上诉至随州市中级法院，但二审依然维持原判。今年59岁的郭女士和老伴王先生在随州市曾'
     '都区经营好运来超市多年，并取得《烟草专卖许可证》。郭女士称，1月10日晚，三名自称“烟草执法”的工作'
     '人员进入超市，怀疑其违法进货。搜查无果后，三人要求前往郭女士家进行搜查。郭女士拒绝后，其中一人报警，'
     '随后烟草执法人员对郭女士的私家车和住宅进行了搜查。郭女士认为这明显超出了检查的限度。郭女士还提到，因'
     '临近春节，她将从合法渠道进的香烟暂时存放在家里，她的家距离超市走路需要10分钟，并非超市仓储的延伸。'
     '此外，烟草执法人员从其家中搜出存放的香烟后并没有按规定当场清点。2月27日，郭女士和王先生向曾都区法'
     '院提起行政诉讼，请求确认曾都烟草局执法人员和曾都区公安分局民警进入其住宅搜查的行为违法。3月7日，曾'
     '都烟草局向郭女士送达《撤销立案通知书》，终止了案件的处理。一审法院查明，1月10日，曾都烟草局接到举'
     '报称好运来超市有未在当地烟草专卖批发企业进货的违法行为。根据线索，两名执法人员依法对该超市进行检查。'
     '进入该店后，执法人员出示执法证，在店内检查完毕后，由王先生带领执法人员至存放卷烟地点进行查看。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.110.com/cpws/187518.html',
     '上诉人（原审原告）欧阳得保（又名欧某成），男，X年X月X日生。委托代理人黄某某，男，X年X月X日生。'
     '被上诉人（原审被告）宜章县X乡供销社。法定代表人李某某，该供销社主任。委托代理人王华，湖南莽源律师事'
     '务所律师。上诉人欧阳得保因所有权确认纠纷一案不服宜章县人民法院（2009）宜民一初字第X号民事判决，'
     '向本院提起上诉，本院依法组成合议庭于2009年8月12日公开开庭审理了本案。上诉人欧阳得保委托代理人'
     '黄某某、被上诉人宜章县X乡供销社法定代表人李某某及其委托代理人王华到庭参加了诉讼。本案现已审理终结。'
     '原审经审理查明，1961年11月3日，甲方被告宜章县X乡供销社的前身宜章县长策人民公社供销合作社与乙'
     '方原告欧阳得保（又名欧某成）及原告的养父亲陈先林（已故）签订了《房屋协议书》，内容条款如下：为适应新'
     '形势的发展，满足甲方需要，乙方自愿将南冲公路自建之屋，让给甲方办供销合作社，甲方将购进新屋大队五包户'
     '欧冬苟得分之屋让给乙方居住，经双方协商，相互除斢换房屋外，甲方补偿乙方屋价肆百元整，自签订日起，双方'
     '各自整理房屋，即日退出，特签订如下条款，以资信守：第一条、甲方将购得新屋大队五包户欧冬苟之大砖墙，瓦'
     '屋顶的房屋叁间、和厅屋一半，余坪长16市尺，宽11市尺（道寺屋留出路）上到屋顶，下连地基；斢给乙方作'
     '住房。第二条、乙方将南冲公路旁边自建之房屋二栋五间、厨房一间、中间余坪一块、东抵水沟、西抵公路、南北'
     '滴水为界，上至屋顶、下连地基，斢给被告作办供销合作社。第三条、双方房屋除屋内家具外，对于屋顶、窗子、'
     '门扇、楼板，按原样双方不能撤（拆）毁。第四条、互相斢换房屋外，甲方补偿乙方屋价肆百元。第五条、自签订'
     '协议日起，各自管理房屋使用，互不干涉。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.yqzksb.com/html/shehui/2024_07/02/10223944.html',
     '海南省樂東縣鶯歌海鎮新二社區居委會一紙訴狀，將縣政府和縣自然資源和規劃局（下稱縣自規局）告上法院，并'
     '將海南鶯歌海鹽場有限公司列為第三人。新二社區黨支部書記、居委會主任陳文玉是名“85”后，作為一名基層'
     '女干部，她壓力很大：“土地是老百姓的命根子，誰也不愿意走上（訴訟）這條路，但我們已別無選擇。”澎湃新'
     '聞注意到，“居委會告縣政府”訴訟的背后，是長期以來當地居民和鶯歌海鹽場的土地矛盾。新二社區是鶯歌海鎮'
     '的一個農村集體經濟組織，早在上個世紀50年代，該村集體土地被大量征用建設鹽場。澎湃新聞（www.th'
     'epaper.cn）查詢檔案資料了解到，因土地問題，鶯歌海鹽場和附近農村之間的矛盾由來已久。新二社區'
     '居委會原主任陳邢福稱，鹽場在很長一段時間內都有給予村民糧票補助，保證村民的基本口糧，而在上世紀90年'
     '代初期停了。陳文玉說，沒有耕地的新二社區發展極為困難，還成了“光棍村”。所幸社區里的300畝地已經形'
     '成規模養殖的魚塘蝦塘，解決了上千人的就業。但從2020年起，鶯歌海鹽場稱村民侵占鹽場土地“違建養殖”'
     '，要求“排除妨害”。她不理解，鹽場土地大面積荒廢，為何還要爭搶這些失地農民最后的“救命魚塘”。202'
     '0年4月，鶯歌海鎮政府答復縣政府的調查報告中稱：“鶯歌海鹽田萬頃，現大面積鹽田干涸，大部分鹽田沒有進'
     '行生產，成片的土地荒廢，鶯歌海人民痛心疾首，一邊沒地勞作，一邊嚴重浪費土地資源。”多名當地群眾和干部'
     '反映，鶯歌海鹽場存在大量閑置土地。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://epaper.hljnews.cn/shb/pc/con/202108/16/content_48400.html',
     '职工4年不开支、退休人员医药费不能报销、经营活动被迫终止……近年发生的这一系列问题让依兰县盐业公司的'
     '经营管理人员以及职工们犯愁。此前承担着依兰县商品盐的供应工作，但是4年前的一次“上划”失败，让这家企'
     '业突然就找不到了主管部门，处于弃管状态。职工们多次向相关部门和单位打报告，申请管理职能的衔接，但是相'
     '关部门和单位始终各执一词，至今没有解决。对于职工生活上面临的困境，更是无暇顾及。对此，近日，生活报记'
     '者进行了采访。“我们这家企业现在就像一个烫手山芋，谁都想往外推。”提起往事，依兰县盐业公司，也可以称'
     '为中盐黑龙江盐业集团依兰盐业有限公司的职工们感叹道。依兰县盐业公司原为依兰县行政区域唯一的食盐专营企'
     '业，负责依兰县食盐市场的投放和供应。“事情始于2015年前后，正值盐业的体制改革前夕，县级盐业公司有'
     '‘上划’的机会，‘上划’意味着可以从上级公司以更低的价格拿货，增加了利润空间，各地的盐业公司纷纷进行'
     '运作，依兰盐业也不例外。”6日，接受记者采访的原公司经理张海军说。在这种背景下，中盐黑龙江盐业集团有'
     '限公司与当年依兰盐业的主管部门依兰县商务粮食局，在2015年7月15日签订了《哈尔滨市依兰县盐业公司'
     '整体上划协议》。协议约定，依兰盐业以评估价值366.13万元的全部资产，“上划”由黑龙江盐业集团接收'
     '，在原哈尔滨市依兰县盐业公司资产的基础上，组建全资子公司中盐黑龙江盐业集团依兰盐业有限公司。但就在“'
     '上划”过程中，2016年4月出现了意外。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://heb.hebei.com.cn/system/2013/11/04/013048182.shtml',
     '1990年至1997年，曾在海兴县盐务局下属单位大口河盐场打工的当地农民姜风岭，被拖欠工资以及集资款'
     '共计1.4万余元。16年来，盐务局局长更换了四任，尽管每一任局长都承诺还钱，但时至今日欠薪的事却仍没'
     '有着落。朴素的衣着、黝黑的皮肤，58岁的姜风岭是海兴县小山乡蔡庄子村一名老实巴交的农民。说起自己当年'
     '在盐场打工欠薪的事来，姜风岭便满面愁容。“这些钱可是我汗珠子落地摔八瓣拉耙子卖苦力换来的呀！每一任局'
     '长都满口答应说肯定还钱，可直到现在一万四千多元血汗钱仍旧没有着落。至于这些年来到底跑了多少趟，我已经'
     '没法记清了，盐务局的门槛恐怕快被我踏平了吧！”据姜风岭介绍，1990年至1997年，他在海兴县盐务局'
     '下属的生产公司大口河盐场打工，是一个拉耙扒盐出卖苦力的晒盐汉子。七年间，盐场共拖欠他工资和集资款共计'
     '1.8万余元，之后他讨要回四千多元钱，但剩余的14045元欠薪却如泥牛入海，再也没有了音信。“我去盐'
     '场劳资科问过，拖欠的钱都如数在账目上趴着呢。盐场负责人说，他们绝对不会赖账，但盐场没有钱，要钱得找盐'
     '务局的领导。这些年来，盐务局更换了四任局长，我都去找过，每一任局长也都说不会赖帐，口口声声地承诺肯定'
     '还钱，可是就这样一而再再而三地往后推，16年了，我的钱也没能要回来。”',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://lyyfw.com/html/news/gn/2014_10/20/15116764.html',
     '“跨區域用鹽”什么意思？就是你在A地就只能用A地的鹽，用了B地的鹽就算違規了，要罰款。盡管如此，黃先'
     '生還是感到百般委屈：這些鹽，又不是拿來倒買倒賣，怎么就違反了法律規定？說起這幾天的經歷，黃先生還是感'
     '覺委屈和生氣：黃先生：這個龍湖離鄭州才幾公里，離新鄭二十多公里，離鄭州近，離新鄭遠，我也不是倒買倒賣'
     '，超市里賣的，我是自己用的。黃先生是河南信陽人，如今在新鄭市龍湖鎮開的餐館，大小不過三十多平方米，小'
     '店主要經營熱干面生意，也賣些涼皮和米皮，據黃先生說，小餐館是今年8月底，從鄭州搬遷過來的，當時還有半'
     '箱在鄭州金海糧油市場買的鹽沒用完，于是就帶到了只有十幾公里遠的新店。然而10月15號上午，熱干面還沒'
     '賣出去一碗，黃先生卻被新鄭市鹽業管理局檢查人員認定為“跨區域用鹽”，沒收部分食鹽并處罰款200元。黃'
     '先生：當時不到十點，他穿的便衣、開的面包車，挨家挨戶來查鹽，進了屋以后，讓我把鹽拿出來幾袋，我拿出來'
     '了，拿出來以后，他看了這個鹽，不是假的是真的，但是跨區了，我說我不懂，啥龍湖的鹽、鄭州的鹽、新鄭的鹽'
     '，我哪懂這。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://wynews.zjol.com.cn/wynews/system/2014/08/20/018342064.shtml',
     '【主持人】：各位网友，下午好！郑局长已经在现场了！【郑长水】：各位网友大家好，很高兴有机会与大家互动'
     '交流，欢迎各位网友提问。【主持人】：网友【红牛】问：介绍下武义烟草概况，每年的销量、销售额多少，热销'
     '烟TOP 10。如果来烟草局做客，会不会请我们抽烟？【郑长水】：全县现有卷烟零售户2600户，201'
     '3年，卷烟销售20661箱，销售额达到5.67亿元。目前在我县主销品牌有：中华、利群、红双喜、芙蓉王'
     '、大红鹰、雄狮、黄鹤楼、云烟、南京、七匹狼等。欢迎你来烟草局做客。【主持人】：网友【大白兔】问：烟草'
     '局职工在办公室可以吸烟吗？局长透露下，喜欢抽什么牌子的烟。【郑长水】：倡导不在公共场所吸烟。我本人不'
     '吸烟。【主持人】：网友【优优happy】问：烟草效益这么好，为武义作了哪些“贡献”？【郑长水】：近年'
     '来，我局（分公司）积极践行“国家利益至上、消费者利益至上”的行业价值观，为国家、行业和地方经济建设作'
     '出了应有的贡献。近三年（2011-2013年），累计实现税利4.27亿元。企业在发展的同时，积极承担'
     '企业社会责任，回馈社会，积极参与美丽武义建设，累计捐赠200多万元，积极参与新农村建设、社区共建等公'
     '益活动，组织党团志愿活动近百次。【主持人】：网友【括苍山小猴】现在都说烟草证很难办诶，办烟草证到底都'
     '要什么条件的？【郑长水】：烟草专卖零售许可证办理条件：（一）有与经营烟草制品零售业务相适应的资金；（'
     '二）有与住所相独立的固定经营场所；1、城区卷烟零售点营业面积不少于30平方米，且用于卷烟陈列的面积不'
     '少于5平方米。2、集镇、工业区卷烟零售点营业面积不少于50平方米，且用于卷烟陈列的面积不少于5平方米'
     '。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://news.sohu.com/20070330/n249076008.shtml',
     '春节期间，为了增进和亲朋间的感情，大渡口区市民黄任华（化名）花了两万多元买来高档香烟送人。没过多久，'
     '黄任华才偶然发现，自己买的烟居然是假的，尴尬的他不得不挨家去将剩下的香烟追回。在与该烟酒茶门市协商解'
     '决无果后，黄任华将其举报到大渡口区烟草专卖局。大渡口区烟草专卖局接报后，先后两次在该商店共查获百余条'
     '涉假高档香烟。前日下午，大渡口某机械公司黄任华打进本报热线，称其花两万多元买到的中华、天子、芙蓉王等'
     '香烟是假的，举报到大渡口区烟草专卖局后却迟迟没有得到解决。据介绍，春节期间，黄任华为了走亲访友，花两'
     '万多元在大渡口区政府附近的鑫鑫烟酒茶专卖行买了一批高档香烟。黄任华告诉记者，一次和朋友吃饭，他给朋友'
     '递烟时朋友称烟有问题，这才发现烟是假的，想到自己花两万多元买来的烟竟是假的，黄在亲朋面前感到很没面子'
     '。随后，黄任华又挨家打电话向亲朋要回了还没抽完的香烟。2月28日，黄任华找到鑫鑫烟酒茶门市，希望对方'
     '赔付两万元现金。黄任华介绍，对方只愿拿5000元钱私了。黄不同意，便到大渡口区烟草专卖局举报了该门市'
     '。昨日上午11点多钟，记者随黄任华来到大渡口区烟草专卖局。据该局稽查队工作人员介绍，2月28日，他们'
     '接报后赶到鑫鑫专卖行，当时收缴了33条香烟，带回去鉴定后，发现其中28条香烟都是假烟。“我们给他们传'
     '了两次调查处理通知书，但店主一直没有到场接受处理。按法律程序，我们只能等法律规定的有效期过后，才能对'
     '他们采取强制措施。”大渡口区烟草专卖局稽查队工作人员称。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://zh.wenxuecity.com/bbs/financenews/9712.html',
     '這幾天，壽光、東營的鹽戶們徹夜難眠。8月10日至8月12日晚，受超級台風“利奇馬”影響，壽光市及周邊'
     '縣下起特大暴雨。暴雨引發了嚴重水澇，僅壽光、東營兩市部分鹽區，就有數以百計鹽場幾乎全數被淹。每家鹽戶'
     '損失100萬元至3億元不等，大部分鹽戶血本無歸，粒鹽不剩。8月13日，山東省鹽業協會發布通知稱，山東'
     '各鹽區嚴重內澇，全省鹽業生產企業損失嚴重，具體損失正在統計之中。截至發稿時，部分地區防潮大壩仍未合攏'
     '，鹽場內海水、洪水依舊未退，水深達一米五左右。大量鹽場工人隻能臨時放假，工資被迫拖欠。8月20日，當'
     '地鹽業中的“大佬”們將聚在一起，共議原鹽價格。主辦者陳良說，這場會議是大災後千載難逢的提價機會，有望'
     '一振數年來鹽價低迷之風。但是，“一個鹽粒也沒有了的那些鹽戶怎麽辦？”陳良說。廣饒、海王鹽區靠近海邊，'
     '位於壽光、東營兩市交界處。當地有提前定下婚禮日期的習慣，陳良有朋友的兒子婚禮定在8月11日。誰也沒料'
     '到會遇上超級台風“利奇馬”。當中午，陳良等人帶著鹽場工人開始撤離鹽區。據一批最後撤走的鹽戶說，下午六'
     '點時，廣饒鹽區北部的海堤已經開始潰壩，他們“嚇得趕緊走”。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://aipiwu.com/zfjy/263445.html',
     '云南省玉溪市，只是一个西南小城，却因为烟草而扬名中国。只要与知道卷烟的人提起玉溪，他们都心领神会。目'
     '前，玉溪是全国唯一的百万担以上特色品种烟叶产区，在烟草生产中占有重要的地位。烟草业是玉溪市的重要产业'
     '，卷烟厂和烟草公司解决了许多人的就业问题，在烟草生产的基层，种植烟叶的农民也不在少数。根据玉溪政府的'
     '官方统计资料显示，2017年，全市共有421个村（社区），74324户烟农种植烤烟。笔者是玉溪人，深'
     '知烟草的重要性，在烟草业调控的大背景下，笔者对玉溪烟农的生活现状和玉溪的地方发展十分关心，就此开展了'
     '一次田野调查。石苗村距玉溪市区有30多里山路，沿着盘山公路开一个小时左右的车，就到村子了，远远便能看'
     '到连片翠绿的田野、匆忙去干农活的农民和散养的鸡、狗。石苗村79%的村民都是彝族人。村民们分成了6个小'
     '组，第六小组是石苗村里唯一一个汉族小组，“县长”既是组长，也是种植烟草的辅导员。大家叫他县长，是因为'
     '他有些“官气”，也确实做了个小官，干脆起个大气的绰号以作娱乐。县长是石苗村的种烟大户，每年种15、6'
     '亩烟，像他这样的大户，石苗村还有好几个，他们彼此也十分熟悉。2005年到2013年，玉溪市第二产业一'
     '直发展良好，从215亿增长至664.8亿元，烟草业作为其中翘楚，贡献巨大。同期，地区生产总值从368'
     '.23亿增长到1102.47亿元。然而，自2013年开始，受到控烟政策和烟草业滞涨的双重影响，全国烟'
     '草业出现了发展下滑的趋势。据《东方烟草报》报道，在总量规模调控下，全国烟叶收购量由2012年最高峰时'
     '的5488万担，调减至2017年的3800万担左右，减幅超过30%。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH113, "fresh113")
