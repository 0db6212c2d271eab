"""Sealed batch fresh133: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh131th.py; the batch and its row ids are "fresh133".)

Theme: land contracting and its registration (土地承包经营权确权登记颁证, 土地流转, 承包费/流转费,
机动地, 二轮延包): village cadres keeping 流转费 or rent, inflating their own contracted area,
letting or selling contracted and collective land on their own, a 村民小组长 cutting a rent and
a former one registering rented land on his own card, a 确权 run as a formality; out items are
family disputes and lawsuits over contracted plots, "外嫁女" land and 征地 dividends, requests for
a missing or a corrected certificate, a procedure and a report. The stored pages hold few texts
on township staff taking money for registration (none found), so several in items come from the
neighbouring land matters: collective land taken for a garden (010), 征地补偿 (011), 耕地地力保护
补贴 claimed on inflated areas (004), and two case analyses (006, 007). Sources (stored-pages
search): a forum post on 绵竹 麓棠村; a 廉洁四川 story copy on the 罗江 千鱼欢村 党委副书记; a
十分网 copy of the 凉州 吴家井村 case; a copy of the 滄源 勐來村 story (traditional); a pixnet copy
of the 南海网 report on 文昌 江蘇羅村民小組 (traditional); a 纪检 case analysis on 黃某 of A村
(traditional); a legal comment on 何某's land rent (traditional); a joint report from 潮州 下埔村; a
report on the 太和 大于路村 leases; a 常山 纪委 story on 王致勇; a 360doc copy of the 桂阳 两湾村
case; a 110.com forum letter on 徐荣泉 and 民警 孙福生; out: a 威宁 appeal judgment (陈太恒), a
沁阳 court story on the 刘 brothers, the 澎湃 report on the 万载 "外嫁女" 曾丽频, a 大紀元 reader's
letter on 黨西村 (traditional), a post on the 鶴山 外嫁女 dividends (traditional), a 青島日報 report
on a missing certificate (traditional), a report on 宜興 聯星村 areas (traditional), the 平原
王凤楼镇 report on 杨某, the 腾冲 荷花镇 procedure for 换发/补发, and a 监利 二轮延包 office report
(forum copy). Eight texts are in traditional script (items 4-7, 16-19; the glossing pinyin of
the pages' converted copies removed in 4, 6, 7, 18, 19).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum and site lines, editors' notes ("开栏语"), the "![]()" image mark and
the truncated last sentences of the stored copies removed); paragraphs joined; ASCII punctuation
written full-width except inside numbers; stray spaces after punctuation removed (015, 021).
Page oddities kept: "收到村上", "领导的钱多", "能领导土地流转款", "是政府" (001), "竟然承包出去了"
(005), "范圍" (007), "得期限", "开发商开发商住楼", "庄家" (009), "都不交，田我还要种，”。" (012),
"2015她年结婚" (015), "*輪" (019), "井制定", "调制为" and the doubled "依照" (020), "材夜思" for
the filtered word throughout 022, simplified forms in the traditional pages ("后", "干部", "并").
scope "in" for alleged misconduct of a party member or public official (village cadres and
村民小组长 included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, lessees, firms and people without a post, and
officials who only handled, investigated, announced or answered are not accused; an organ or an
unnamed group accused as a whole gives no entry; an unnamed accused official is (None, position,
unit). Names, positions (as first written with the name; "原" and "时任" kept) and units as
written; unit None when the text ties the person to no named unit. Topics only from the twelve
names of triage.md; 流转费 or rent kept back from the farmers it is owed to is 群众纪律
(IS.MAS.02), collective rent or land taken for oneself 廉洁纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (001, 012,
016). Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 3 (018-020), 其他 2
(021, 022). 14 accused entries, all in items 1-12: 7 with a full name (刘怀成, 王致勇, 李四龙,
宋德建, 廖相北, 徐荣泉, 孙福生), 7 masked (黄某某, 张某, 柴某, 杨某, 馮某, 黃某, 何某), none post
only. Items 001, 004 and 008 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Mixed: the poster's own claim (7 亩 that should bring 7000 元 a year and bring 2000) beside
    the allegation that the village kept the 流转 agreement, paid by head count and pushed him
    between 村, 生产队 and company. In: the central matter is how the village cadres handle the
    money. "麓棠村某些干部" and "村干部" are an unnamed group: no entry. The truncated 天然气
    sentence cut. 群众纪律 (推诿, money withheld) and 工作纪律.
 2  The 廉洁四川 header, date line and the "开栏语" paragraph cut; ends before the truncated
    "…为什么经他手再流转给你就变". 黄某某 first written "金山镇千鱼欢村党委副书记黄某某". 罗某某,
    who says he passed on the rent, has no post written: not accused. The 审计局 and the
    纪委监委 only act. 黄某某 is a common masked name in the development set; this one
    (千鱼欢村) is new. Only 廉洁纪律.
 3  Source line "(供稿…编辑…)" cut. 张某 and 柴某 as first written with the name: "时任村民小组
    组长张某、柴某" of '吴家井村一组'. 杨某 is accused for "履行监督职责不到位" ('村务监督委员会主任',
    unit None: the text gives him no village; hard, he could be read as one who only failed to
    watch). The 镇党委 and 纪委 only act. 群众纪律 (money kept from 61 households), 工作纪律.
 4  Traditional: the quoted list of 農戶 areas (its digits garbled in the stored copy,
    "變?yōu)?.2畝") and the garbled "耕地面積是以…蹊蹺" quote cut, so "表上的數據顯示" follows the
    lead; ends before the truncated "這是村黨支部副書記衛某某，這是一組的…", so the 村組干部 stay an
    unnamed group: in, no entry (hard). 廉洁纪律 (subsidy on inflated areas).
 5  Traditional; the photo caption at the top, the dateline "南海網海口11月29日消息（…）", the
    sub-heading "每年每畝10元租金 60畝土地…承包30年", the second caption and the truncated 陳先生
    sentence cut; the page's inserted junk words removed ("usb" twice, "好房網", "住商不動產",
    "澎湖民宿"). 馮某 as first written: "該村民小組長馮某", unit '江蘇羅村民小組' (the 小組 as its
    own unit, as 吴家井村一组 in 3). 韓 the lessee is private. 廉洁纪律 and 滥用职权.
 6  Traditional case analysis; the heads "案情簡介", "分歧意見", "評析意見" cut; ends at "具體分析如
    下。". Unit 'A村' as written (a masked unit, kept like a masked name; could be None). 楊某 the
    buyer and 王某 the contractor are private. 滥用职权 and 廉洁纪律 (IS.INT.04).
 7  Traditional legal comment; "案情", "分歧意見", "分析" heads cut, and the first opinion's
    sentence, garbled in the stored copy ("貪污罪?!吨腥A…") with its quoted 刑法 article, cut, so
    "2000年4月" follows "兩種不同意見。". 何某 '黨支部書記兼經濟聯合社社長', unit None ("某村" is
    no name). Ends before the truncated "根據我國土地管理法的規定". 贪污贿赂 and 廉洁纪律.
 8  A joint letter: its headline ("…全体村民联名举报 村干部及地方政府勾结侵犯村民权益") cut; ends
    before the truncated "更有甚者…将群众反" sentence. Accused are the 村委, the 镇政府, "各级政府
    部门" and their unnamed staff: in, no entry. 形式主义官僚主义, 群众纪律, 政治纪律 (打折扣、搞变通
    on 确权).
 9  "调查丨…" and "图片 1" lines, the "核心提示:" label and the sub-heading "村民的可耕地“被自愿”
    出租" cut; ends before the truncated agreement sentence. The 村委会 and 镇政府 are organs;
    刘怀成 is accused for the 低保 given to a family that did not qualify ('村书记', unit
    '大于路村' from the context). 高庆伦 and 高明 are villagers. 群众纪律 and 滥用职权.
10  "Posted on" and the headline "办案一线 – 尘封多年的凭证" cut; ends before the truncated
    "有无征地记录…". 王致勇 first written "新桥村党支部原书记王致勇". 王某 is the villager who
    swapped land with him; the 核查组 only acts. Off theme (collective land). Only 廉洁纪律.
11  Page lines ("分享", "法律博客", user and date) and "一、基本案情" cut; ends before the truncated
    "发现村民的实际水田面积…". A prosecution of village cadres for 征地补偿 (off theme), in as an
    allegation. "原系…村支部书记" gives '村支部书记' ("原系" is "was", not the "原" prefix; hard).
    李兵兵 is a 村民 co-defendant without a post: not accused; 朱新华, the 乡人大副主席 who held
    half the PIN, only manages. 贪污贿赂 and 群众纪律.
12  Mixed: a farmers' dispute over 6.2 亩 and the wheat seized on it (the writers' own loss)
    beside 徐荣泉's use of his former post to register rented land on his card and keep the
    直补款, and the 民警 who let the harvest be seized. In. 徐荣泉 '村小组长' (the post written
    with "利用任村小组长…职务之便"; he is first "老党员、老干部"), unit None; 孙福生 "陵口派出所治安民警
    孙福生". Ends at "却无法阻止。", before the second 110 call (the stored copy breaks off two
    sentences later). 郦某 and the two 张某 are lessees. 廉洁纪律, 工作纪律 and 群众纪律.
13  涉法涉诉: an appeal in a grandfather-grandson dispute over a contracted plot. Title and
    "文 / 2016-09-01" line cut; ends before the truncated "原审经审理查明" paragraph.
14  涉法涉诉: a court story on two brothers' plot; headline and kicker cut; ends before the
    truncated 林地/四荒 sentence.
15  涉法涉诉: an "外嫁女" who sued her 村委会 for land; two headlines, the sub-heading and the
    truncated last quote cut. The 村委会小组 that left her out is not alleged to have broken a
    rule by a named person; could be read as 个人利益诉求 (her claim) or mixed.
16  Mixed, 征地拆迁: the 鎮政府's "非法承租" and sub-letting of 40 畝 beside the village's land
    lost to 征地 without compensation and its lawsuit against the 鎮政府. Out: the central matter
    is the lost land and compensation, and the accused is an organ (hard; could be in). Site
    junk, 讀者投書, headline and dateline cut; ends before the sub-heading "「白天告訴村民」".
    張廷夫 is the elected 村委會主任 who only speaks.
17  征地拆迁: 外嫁女 shut out of 征地款 dividends; the case paragraphs after the "![]()" image mark
    cut from the sub-heading "一個關鍵案例…" on. Could be read as 个人利益诉求.
18  个人利益诉求, traditional: a villager who cannot get his 承包經營權證. The 青島日報 line, the
    deck, the headline and the caption cut, and the quote paragraph whose first sentence is garbled
    in the stored copy ("得知?jiǎng)⒓覡I…") cut, so "他又到" follows the lead; ends before the truncated
    經管站 sentence. The 社區 staff's "沒有…一事" is not written as misconduct (hard).
19  个人利益诉求, traditional: villagers asking to correct shrunken 確權 areas; the 鎮長 張濤 and
    the 農辦主任 only answer. Ends before the truncated "…重新頒" sentence.
20  个人利益诉求: a 出嫁女's claim and the town's report on it; page lines, title, date line
    and the two sub-heads ("杨某反映的问题:", "反映问题的调查情况:") cut; ends before the truncated
    杨某友 sentence. The 西杨村 支部书记 and 杨荣光 only act.
21  其他: a 镇 procedure for replacing and reissuing the 证; page header and title cut; ends
    before the truncated "在申请书…" item.
22  其他: a 县 office's report on 二轮延包 petitions (the forum user line, the title and the head
    "一、材夜思问题综合" cut); ends before the truncated "2件留待下…" sentence. 俞正声 is named
    only as the leader in charge of one case.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH133: list[Item] = [
    # 01
    ('http://124.237.177.129/p/3362302596?cid=0&pid=59154009622',
     '绵竹市土门镇麓棠村于2009年开始成立玫瑰种植社，要求农户以自己承包的土地入社，每年按一定数量的金额发放'
     '土地流转费用，并签订了土地流转协议，但是协议签订后就收到村上，至今没有发放到农户手上。而到了发放土地流转'
     '款时，村、队则按人口发放土地流转款，导致入社时很多农户的承包土地多反而领到的钱少，入社时很多农户的承包土'
     '地少而领导的钱多，很多人因为婚嫁等原因户口迁到麓棠村，而自己原籍的土地并没有收回，在麓棠村却能领导土地流'
     '转款，直接成了两头都有利。而与之同时种植玫瑰的土门镇天宝村却是严格按照土地流转协议办事，按入社的实际田亩'
     '发放土地流转款。当村民问及为何不按土地流转协议办事时，麓棠村某些干部回答是没有签订什么土地流转协议，地震'
     '后土地政策变了，原来30年不变的政策不在了。请村干部出示新的土地政策和上级政府批准的变更后的土地承包相关'
     '资料时，村干部说不知道，没有，你们愿意找谁要就找谁要，至今也没有一户拿到村干部口中变更了的土地承包合同，'
     '没有新合同，那么旧合同就应该有效。就这个问题问村干部，急了他们就东推西推，一会儿叫你找镇政府、是政府，一'
     '会儿喊你找玫瑰公司，反正就把村民当猴耍，最后还不按规矩给你办事。现在我家本来近7亩田，应该拿近7000元'
     '一年，结果拿到我们手上不到2000元一年，现在我们想不把土地流转了，找生产队，生产队喊我们找村上，找村上'
     '，村上喊我们找生产队，或者找玫瑰公司，左推右推，就是不办事，不处理问题。还有在麓棠村，就是简单的用水都有'
     '两种制度，有些生产队不收水费，有的生产队是要交水费的。',
     'in', None, True, ['群众纪律', '工作纪律'],
     []),
    # 02
    ('https://wxredian.com/art?id=b56c2a67277b83c577cdff557473c5d5',
     '“你在村上承包了多少亩土地？”“我承包了250多亩。”“那为什么我们查看村集体经济账目，没有发现你向村上'
     '缴纳土地流转租金的记录呢？”“同志，你们真是冤枉我了。我是从罗某某手上流转的土地，租金也一并交给了罗某某'
     '，由他交给村上。”面对调查组的询问，黄某某底气十足地说道。这是德阳市罗江区纪委监委收到“金山镇千鱼欢村党'
     '委副书记黄某某领取稻谷补贴，却未向村集体缴纳土地租金”问题线索后，调查组工作人员与黄某某对话的一幕。日前'
     '，德阳市审计局在对罗江区贯彻落实耕地保护政策有关情况进行审计时，发现金山镇千鱼欢村党委副书记黄某某的名字'
     '出现粮食补贴名册中，并领取了250.9亩稻谷补贴，却未查到其向村集体缴纳土地租金的记录，于是将该问题线索'
     '移交至罗江区纪委监委。领取补贴时“榜上有名”，而土地租金缴纳记录里却“查无踪迹”，其中究竟是怎么回事？罗'
     '江区纪委监委立即成立调查组，通过实地走访、翻阅资料等方式对相关情况进行一一核查。',
     'in', None, False, ['廉洁纪律'],
     [('黄某某', '党委副书记', '千鱼欢村')]),
    # 03
    ('https://m.news.shi-fen.com/china/202409/50-1614305.html',
     '近日，武威市凉州区吴家井镇吴家井村一组的61户群众领到了组里结余的土地流转资金。“大伙都高兴得很，感谢政'
     '府和纪委。”面对回访的县纪委监委纪委干部，一位群众说。事情要从今年5月区纪委监委开展的村务公开情况监督检'
     '查说起。吴家井镇纪委在监督检查中发现，吴家井村一组2021年至2023年结余的土地流转费仍然滞留在时任村'
     '民小组组长手中，未发放给农户。通过进一步核查，镇纪委了解到，2021年至2023年，该组土地全部流转给承'
     '包方，承包方每年将土地流转费支付给时任村民小组组长，由组长向农户发放。因承包方改造了流转土地，使得流转土'
     '地实际面积大于农户耕地确权面积，而组长仅按农户耕地确权面积向群众发放土地流转费。随后，镇纪委调阅该组账目'
     '及相关凭证，走访群众，并与时任村民小组组长张某、柴某谈话。查明，张某、柴某在担任村民小组组长期间，未将结'
     '余的15.05亩土地总计46263元土地流转费发放给群众。最终，吴家井镇党委给予张某党内警告处分，对柴某'
     '批评教育，村务监督委员会主任杨某因履行监督职责不到位，被予以诫勉谈话。审查期间，张某、柴某主动将结余土地'
     '流转费如数退回，并发放给全组61户村民。针对该案暴露出的问题，区纪委监委督促相关行业主管部门和各镇全面摸'
     '底村集体“三资”情况，开展自查自纠，举一反三，防止此类问题发生。同时，对全区39个镇农经站干部、8个街道'
     '财政所所长，以及442个村、44个社区纪检委员、村（居）务监督委员会主任等700余人集中培训，进一步提升'
     '能力素质，督促充分发挥近距离监督优势，确保村集体“三资”安全，切实维护群众利益。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('张某', '时任村民小组组长', '吴家井村一组'), ('柴某', '时任村民小组组长', '吴家井村一组'), ('杨某', '村务监督委员会主任', None)]),
    # 04
    ('http://ylswine.com/portal/disciplinary/detail.html?id=1101',
     '“我們在查看這個村耕地地力保護補貼發放表時，發現每年上報的耕地面積都在不斷地增加。”不久前，云南省滄源縣'
     '紀委監委收到滄源縣委巡察組移送的一條勐來鄉勐來村耕地問題線索。表上的數據顯示，該村有多戶農戶自2013年'
     '起，每年的耕地面積都在“增長”。相關紀檢監察室分析研判后，認為線索背后可能“大有文章”，該縣紀委監委隨即'
     '成立了“室地”聯合調查組，對該問題線索開展調查。調查組兵分兩路，一路到縣有關部門調取該村近年來總的耕地面'
     '積統計數據，一路邀請專業的測量工作人員，到實地進行走訪、測量。經調查，有關部門的耕地臺賬和實地測量數據均'
     '顯示，該村實際耕地面積與登記在冊的面積一致，并沒有增加的情況。難道是報送信息有誤？工作人員帶著疑問，決定'
     '對該村上報的耕地面積表再進行一次梳理。“組長您快看，上報耕地面積增加的農戶中，好幾戶都是村組干部。”經過'
     '統計匯總分析，調查組人員在名單中發現了端倪。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     []),
    # 05
    ('http://rfeiqkrwl.pixnet.net/blog/post/103604308-%E6%96%87%E6%98%8C%EF%BC%9A%E6%AF%8F%E5%B9%B4%E'
     '6%AF%8F%E7%95%9D10%E5%85%83%E7%A7%9F%E9%87%91-60%E7%95%9D%E9%9B%86%E9%AB%94%E5%9C%B0%E8%A2%AB%E'
     '6%89%BF%E5%8C%8530',
     '原本可以每年30元租金的土地卻被10元承包出去，並且承包沒有經過多數村民的同意。11月29日，來自文昌市'
     '抱羅鎮美苑村委會江蘇羅村民小組的不少村民向南海網記者反映，該村民小組長馮某“擅自做主”降低承包土地租金、'
     '影響了村集體及多數村民的利益。對此，馮某稱：“租金降低原因是承包人經濟困難所致。”江蘇羅村民小組的村民馮'
     '先生介紹，十年前的2003年7月，該村民小組一塊名叫“牛白立”的坡地突然被轟轟的機器開挖。這塊地原本是該'
     '村集體用地，長期以來村民都在上面種植作物。看到這塊地“莫名其妙被開發”了，許多村民都感到很驚訝。他們認為'
     '，“這是一塊集體坡地，假如被承包出去的話，村民小組應該召集全體村民討論，要經過多數村民同意簽名才能外包”'
     '。2003年7月，該村民小組還把另外一塊面積280畝、名為“南坡”的坡地以每畝28元的租金出租給一位姓韓'
     '的承包商，租期為12年。然而，村民發現，“這兩年來村裡都沒有收到該地承包商繳納的租金”。於是有村民找到村'
     '民小組長馮某瞭解此事，馮某承認該地已經外包給別人挖魚塘養魚，“合同上有多數村民簽名，面積為60畝，承包期'
     '為30年”。當時也有村民提出異議，但“竟然承包出去了，只能得過且過”。前段時間，有村民意外發現，當時該地'
     '承包金“存在很大的問題”。',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [('馮某', '村民小組長', '江蘇羅村民小組')]),
    # 06
    ('http://www.qdubb.cn/html/2014/yewuguwen_0612/1589.html',
     '黃某，中共黨員，A村黨支部書記兼村委會主任。2007年8月，在外打工的A村村民楊某回家創業，找到黃某，表'
     '示要購買本村臨近國道的30畝土地（基本農田）的使用權建廠。當時，土地已由村民王某承包。黃某考慮到將土地使'
     '用權賣給楊某可以為村集體創收，便找到王某，協調其將承包地退給村集體，王某同意。隨后，黃某私自決定以村委會'
     '名義將土地使用權以每畝5萬元的價格賣給楊某。2008年3月，楊某在沒有辦理相關手續的情況下開工建設廠房，'
     '致使基本農田遭受大面積破壞。關于黃某行為如何定性，存在四種不同意見：第一種意見認為，黃某行為構成濫用職權'
     '違紀；第二種意見認為，黃某行為構成非法出讓土地使用權違紀；第三種意見認為，黃某行為構成違反議事規則違紀；'
     '第四種意見認為，黃某行為既構成其他破壞社會主義經濟秩序違紀，又構成非法買賣土地使用權違紀，兩者具有牽連關'
     '系，應按照處分較重的非法買賣土地使用權違紀加重一檔處分。我們同意第四種意見，具體分析如下。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [('黃某', '黨支部書記兼村委會主任', 'A村')]),
    # 07
    ('http://p719.cn/26916893.html',
     '何某是某村黨支部書記兼經濟聯合社社長。在其任職期間，將本村一塊土地租賃給某公司使用。后何某將公司付給村里'
     '的土地租賃費3萬元據為己有，終被查獲。在案件審理過程中，對何某的行為如何定罪，產生了兩種不同意見。200'
     '0年4月，全國人大常委會就此條有關國家工作人員的范圍作出了補充解釋，村民委員會等村基層組織人員協助人民政'
     '府從事行政管理工作時，屬于此條規定的“其他依照法律從事公務的人員”。協助人民政府從事行政管理工作包括土地'
     '征用補償費的管理。因此，本案中，何某作為村基層組織人員，應理解他是協助人民政府從事行政管理工作。在其從事'
     '行政管理工作期間，利用職務上的便利，以非法占有為目的，侵吞公共財物，應依照貪污罪的規定處理。另一種意見認'
     '為，何某的行為構成侵占罪。雖然何某的行為與補充解釋中土地征用補償費的管理職責相似，但畢竟何某侵吞的是土地'
     '租賃費，而不是土地征用補償費。因此，何某的行為不適用上述解釋。筆者同意第二種意見。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('何某', '黨支部書記兼經濟聯合社社長', None)]),
    # 08
    ('https://bj.speeken.com/archives/4003',
     '近年来，无论是中央纪委还是国务院对于各级政府部门工作人员的形式主义、官僚主义不作为等问题三令五申提出严禁'
     '，但是广东省潮州市各级政府部门在这方面的问题依然十分突出。自2018年下埔自然村村民向潮州市各级政府部门'
     '反映举报村委及镇政府侵犯村民权益事实过程中，上到潮州市市政府，下到铁铺镇镇政府，地方各级政府工作人员充斥'
     '着形式主义走过场，官僚主义不作为。在工作中不担当不作为、漠视群众利益问题。面对群众普遍关心的问题不敬畏不'
     '在乎、空泛表态、敷衍塞责、弄虚作假、阳奉阴违；在落实农村土地确权一事上重形式、轻实效，脱离实际、不深不细'
     '，甚至打折扣、搞变通、拖延了事；政府部门工作人员有的工作不用心、不务实、不尽力，消极应付不作为；对底层群'
     '众的质疑表现出“官本位”思想严重，耍特权摆架子，颐指气使，官威十足；在面对群众提出的具体问题处理工作中不'
     '敢担当、不愿负责，疲疲沓沓、拖拖拉拉，敷衍应付、作风飘浮，甚至思想麻痹、履职不力。十九届中央纪委四次全会'
     '早已要求各级政府及党员干部坚持从讲政治高度整治形式主义、官僚主义的要求，切实推动中共中央办公厅印发的《关'
     '于持续解决困扰基层的形式主义问题为决胜全面建成小康社会提供坚强作风保证的通知》要求落地见效，进一步巩固拓'
     '展作风建设成效，杜绝一切形式主义、官僚主义等典型问题。但中央的要求在地方政府部门人员眼里早已沦落为其形式'
     '主义的遮羞布，表面说一套暗地里又是一套。',
     'in', None, False, ['形式主义官僚主义', '群众纪律', '政治纪律'],
     []),
    # 09
    ('http://www.6612716.cn/shehuixinwen/171.html',
     '村民的土地承包权限只有30年，村委会却以50年得期限租用，安徽省太和县大庙集镇为了搞集镇开发，村委会以低'
     '价强行租用村民承包地，联合开发商开发商住楼对外出售，并承诺为租地村民及其子女办理永久性的低保。村民不同意'
     '就动用警力相威胁，无奈之下，部分村民“被自愿”在协议书上签字，更为荒唐的是当地镇政府竟然成为该协议的见证'
     '单位。2009年3月，安徽省太和县大庙集镇向大于路村村民发出通知，决定在该镇大于路村开发育才西路，根据相'
     '关要求，需要租用大于路村村民的部分土地。根据规划，太和县大庙集镇大于路村民委员会村民高庆伦的三亩多可耕地'
     '也列入了租用范围，据高庆伦说：2009年三月份的一天，原本正在耕种可耕地在自己不知情的情况下被村委会“强'
     '行租用”。看到自家耕地的绿油油的小麦被无情的毁掉，感到非常痛心，“他们由警车跟随，不同意就先把庄家毁坏掉'
     '，然后就威胁我们，村民实在是没办法呀，”提起当时被毁坏的庄稼，高老汉痛哭流涕。2月23日，在村民的带领下'
     '，记者在大于路村见到了村民高明，他向记者出示了村委会给他的一份协议书，据他说：“村民都不同意租给村委会搞'
     '开发，他们是强行把我家的庄稼毁坏了，看到赖以生存的耕地被不明不白的占用了，在我的强烈要求下，才给了我们补'
     '了这份协议书”。高明说，自己几个儿子都住着楼房，还用车辆，是不符合低保条件的，但村书记刘怀成还是为我办理'
     '了最低生活保障，并承诺以后也将为儿孙办理低保。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('刘怀成', '村书记', '大于路村')]),
    # 10
    ('https://ultimatelitrpg.com/26/54/',
     '“拆得好，查得好，党员干部侵占集体土地，太不像话了。”2021年7月，浙江省常山县纪委监委工作人员再次来'
     '到芳村镇新桥村，对该村被侵占集体土地回收整改情况进行督查时，听到村民们这样议论。2020年12月，常山县'
     '纪委监委接到群众举报，新桥村党支部原书记王致勇侵占村集体土地，在下山脱贫安置区内给自己建了个上千平方米的'
     '大花园。12月7日，常山县纪委监委成立核查组，对问题线索展开初步核实。当核查组来到王致勇家进行实地查看时'
     '，一座占地宽广的庭院呈现在核查人员面前。“你房屋庭院总面积有多少平方米，都是你自己的土地吗？”“围墙里的'
     '地都是我的，大约有1000平方米，其中有一部分是我从村民老王那里换来的。”面对核查人员的询问，王致勇言之'
     '凿凿，坚称围墙内的土地是其和村民王某置换所得，不存在侵占村集体土地的问题。王致勇所述是否属实？随即，核查'
     '人员找到了村民王某。“是的，我那块地原本就在他家旁边，2006年村里要征用，那时我只想要地不想要补偿款，'
     '就和王致勇协商置换了。”王某解释说。“那你们置换后，这块土地被征用了吗？”对此，王某表示不清楚。当事双方'
     '相互佐证了置换事实，难道是举报失实？“我们办信办案讲究的是证据，该块土地究竟有没有被村里征用，这个才是关'
     '键。”在分析讨论会上，核查组组长说。核查组迅速调整方向，分别到县档案局、县自然资源和规划局调取新桥村安置'
     '区土地相关资料。资料显示，该地块性质为建设用地，然而是否被征用却无法证明。核查人员又相继走访了原新桥乡、'
     '芳村镇历任国土员与规划员，一一向他们了解核实。凭着记忆，多数人表示该地块已于2006年被村集体征用。',
     'in', None, False, ['廉洁纪律'],
     [('王致勇', '党支部原书记', '新桥村')]),
    # 11
    ('http://www.360doc.com/content/15/0127/23/14754844_444321106.shtml',
     '被告人李四龙，原系湖南省桂阳县欧阳海乡两湾村（以下简称两湾村）村支部书记。因涉嫌职务侵占罪于2009年1'
     '1月30日被逮捕。被告人宋德建，原系两湾村村委主任。因涉嫌职务侵占罪于2009年11月7日被逮捕。被告人'
     '廖相北，原系两湾村村委委员、会计。因涉嫌职务侵占罪于2009年11月7日被逮捕。被告人李兵兵，系两湾村村'
     '民。因涉嫌职务侵占罪于2009年11月7日被逮捕。湖南省桂阳县人民检察院以被告人李四龙、宋德建、廖相北和'
     '李兵兵犯贪污罪，向桂阳县人民法院提起公诉。四被告人对指控的事实均供认不讳，但廖相北、李兵兵辩称其行为构成'
     '职务侵占罪而不是贪污罪。桂阳县人民法院经公开审理查明：2009年4月份，因修建京珠高速复线（衡武高速公路'
     '）途经两湾村，国家在该村辖区征用了一些田土，经定位测绘，衡武高速公路指挥部进行了权属登记，两湾村村集体被'
     '征用的水田面积88.9153亩，旱土面积44.7952亩，林地和水塘面积33.1216亩。2009年7月'
     '21日，按衡武高速公路桂阳段征收土地补偿标准，国家将上述土地征用补偿费共4032177.17元转存到欧阳'
     '海乡信用社村支书李四龙为户名的账户上。按照欧阳海乡政府的规定，国家征地补偿费以李四龙的名义开户，存折由村'
     '会计廖相北保管，6位数的存折密码由村主任宋德建设三位数，欧阳海乡人民政府人大副主席朱新华设三位数共同管理'
     '，负责把这笔国家征地补偿款发放到村民手中。2009年7月4日，李四龙因病住院，就安排其大儿子即被告人李兵'
     '兵处理相关村务。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('李四龙', '村支部书记', '两湾村'), ('宋德建', '村委主任', '两湾村'), ('廖相北', '村委委员、会计', '两湾村')]),
    # 12
    ('https://bbs.110.com/redirect.php?fid=48&goto=nextoldset&tid=9384',
     '徐是一位退休在家的老党员、老干部，在03年承包土地时，利用任村小组长（05年其被撤职）职务之便，采用欺骗'
     '群众、隐瞒上级等手段，将原出租给浙江种田大户6.2亩土地，登记在其承包的5.3亩《家庭土地承包监督卡》内'
     '（其卡实际土地11.5亩），以此手法不上交6.2亩承租土地租金，同时还可侵吞6.2亩直补款；发现后，村干'
     '部专门组织我组村民代表对此进行表决，一致通过徐荣泉承租的6.2亩土地每年上交村小组180元/亩，参加会议'
     '的所有村民代表（包括徐）都在该决议上签名确认。可是，在04年—08年期间，徐不但租金一分不交，还称：“我'
     '有承包卡，一分租金都不交，田我还要种，”。鉴于徐4年拒交租金，强占土地；村民一致要求村委会依法收回徐承租'
     '的6.2亩土地；经小组长与村委会研究后，08年上半年小组长多次口头通知徐：“如果到08年秋种前再不上交4'
     '年租金，就收回6.2亩土地，另行处理”。可到了08年秋种时，徐仍拒交租金；于是，村委会依法收回徐承租的6'
     '.2亩土地，并发包给郦某（其有少量土地）、张某、张某等没有家庭承包土地的三农户种植。对此，徐父子多次到村'
     '委会无理取闹，称“村干部都是吃屎的”。09年5月29日晚八点左右，徐父子纠集亲戚及社会闲杂人员20余名，'
     '并雇一台收割机在抢割我三户农户辛勤播种的小麦，村民就报警，陵口派出所治安民警孙福生赶到后，听徐父子一面之'
     '词（其事后也承认），任其抢割；村民们强烈愤慨，却无法阻止。',
     'in', None, True, ['廉洁纪律', '工作纪律', '群众纪律'],
     [('徐荣泉', '村小组长', None), ('孙福生', '治安民警', '陵口派出所')]),
    # 13
    ('http://m.wenshu.nlaw.org/Civil/916420.html',
     '上诉人（原审被告）陈登富。住威宁县。上诉人（原审被告）吴定芬，住威宁县。被上诉人（原审原告）陈太恒，住威'
     '宁县。被上诉人（原审原告）陈贵兰，住威宁县。被上诉人（原审原告）陈美兰，又名陈美美，住威宁县。上诉人陈登'
     '富、吴定芬因与被上诉人陈太恒、陈贵兰、陈美兰土地承包经营权纠纷一案，不服贵州省威宁彝族回族苗族自治县人民'
     '法院（2014）黔威民初字第2241号民事判决，向本院提出上诉。本院依法组成合议庭审理了本案，现已审理终'
     '结。原审原告陈太恒、陈贵兰、陈美美诉称：三原告系父女关系，被告陈登富系原告陈太恒之孙子。第一轮土地承包时'
     '，原告陈太恒及妻子潘群英（已故）、原告陈贵兰、陈美美为一个家庭以原告陈太恒为户主分配承包土地。被告陈登富'
     '之父陈代才（已故）已成家生子独立门户单独分得承包地。位于金钟镇冒水村红岩组“马路边”旱地一幅，四至界限为'
     '东南以陈登远承包地为界，西至老城关区地界为界，北至公路为界，面积5.3亩是以原告陈太恒名义承包的土地，第'
     '二轮土地承包时填在以原告陈太恒为户主的土地承包经营权证上。原告陈太恒能劳动时由陈太恒耕种，原告陈太恒年老'
     '无力耕种后交给原告陈贵兰、陈美美耕种。2014年4月15日，原告陈美美耕种该地时，二被告到陈美美耕种地块'
     '对陈美美讲该地在他爷爷、奶奶死后应由他家来耕种，强行阻止陈美美耕种。故三原告请求法院判令二被告停止侵害，'
     '排除妨害。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://ttnews.xyz/a/5bbfaae5dc9b5e37d9997ac6?lang=zh-hans',
     '近几年，在农村，因家庭成员去世而产生的土地承包权纠纷较为常见。农村土地承包期延长30年不变的政策家喻户晓'
     '，但是农村土地承包经营权能否作为遗产来继承呢？记者10月10日从法院了解到这个案例：前不久，随着案件执行'
     '完毕，因农村土地承包权对簿公堂的沁阳市西向镇刘家兄弟终于化干戈为玉帛。1998年，刘父与所在村的村委会签'
     '订了农村土地承包合同，承包了村里5.52亩土地。刘家父母与刘弟一起生活，二老分别于2014年、2015年'
     '去世后，耕地由刘弟继续承包，村委会将该土地确权在了刘弟名下。2015年，刘哥强行在刘弟耕种的两块土地上种'
     '起了核桃和小麦。刘弟要求返还遭到拒绝，于2017年2月将哥哥诉至法院。经过沁阳市人民法院和焦作市中级人民'
     '法院两级审理，判决被告刘哥将侵占的两块土地返还原告刘弟。“父亲留下的承包地，我为啥没有权利继续承包耕种？'
     '”刘哥接受不了判决结果，迟迟不愿履行。执行法官多次前往他家释法明理，最终促使案件执结。承办法官表示，根据'
     '《中华人民共和国农村土地承包法》的规定，农村土地承包经营权分为家庭承包和以其他方式承包两种类型。以家庭承'
     '包方式实行农村土地承包经营的，经营权只能属于农户家庭，不可能属于某一个家庭成员。在我国，土地不是个人私有'
     '财产，不能作为遗产继承。当承包耕地的农户家庭中的一人或几人死亡，必须仍以户为单位，由该农户的其他家庭成员'
     '继续承包经营。本案中，在土地已经确权给刘弟的情况下，刘哥不能以继承为由占用该土地。法官告诉记者，并不是所'
     '有的土地承包经营权都不能继承。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://luncong.cn/yacpzs/show.asp?id=29412',
     '户籍还在本村的“外嫁女”是否能获得村里的分地资格？这是曾丽频过去两年遇到的困扰。曾丽频是江西省宜春市万载'
     '县株潭镇后槎村村民，2015年与另一村村民结婚，婚后户籍一直未迁出。在2018年的新一轮耕地调整中，当地'
     '村委会小组以“不符合传统分地传统、习俗”为由，未分配给曾丽频耕地。曾丽频陆续到村、镇反映无果后，将村委会'
     '起诉至法院，宜春中院和宜春袁州区法院均以该案“不属于行政诉讼”为由驳回了其请求。澎湃新闻采访发现，“外嫁'
     '女”是否具备农村分地资格，在法学界也存在分歧。“该走的程序我们会去走，到现在我们也只能往前。”曾丽频说。'
     '曾丽频1984年出生，婚前常年在外务工；2015她年结婚，丈夫为宜春市袁州区楠木乡千担堝组居民。曾丽频介'
     '绍，婚后他们夫妻二人在宜春市区与株潭镇两地务工租住，为方便赡养父母，曾丽频的户口未迁出后槎村曾家组。曾丽'
     '频的两个孩子分别于2016年、2017年出生，户籍跟着她。常年在家照顾两个孩子，曾丽频没有正式工作。20'
     '18年5月，万载县株潭镇后槎村曾家组将组上的耕地重新调整分配。讨论耕地调整事宜时，以不符合农村分田地传统'
     '、习俗为由，未分配耕地给户口落户在此地的曾丽频母子三人。“曾家组这次参与分田的大约有122人，每人分得6'
     '分3厘田，按照这样算，总的耕地面积大概77亩左右。”曾丽频认为，自己在宜春市一直是租住，没有房产，算是原'
     '集体经济组织的成员。至于其小孩，出生就随其落户在曾家组，也都享有同等权利。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://tvsmo.com/b5/4/12/2/n734838.htm/amp',
     '山東省濟南市市中區黨家莊鎮黨西村位於濟南市西南郊約十公里的104國道旁，是一個回民聚居村。村民素有習武的'
     '傳統，曾舉辦省、市、區各級武術比賽和會議。但就在這個「武術之鄉」，卻多次成為農民為土地而抗爭的「戰場」。'
     '1999年，黨家莊鎮政府以「興辦科技示範基地」為名，僅憑一張沒有經過村民討論通過的「租賃」協議，便將黨西'
     '村近40畝土地非法承租50年，並轉租他人，獲利數十萬元；而失去土地的村民卻沒有得到分文補償。幾年間，黨西'
     '村民和村民代表多次向鎮政府討要一個說法，要求把土地還給農民，並屢次上訪、上告區、市、省、中央有關部門，但'
     '一直沒有回音。新一屆村民選舉的村委會上任後，被迫將黨家莊鎮鎮政府告上法庭。據民選村委會主任張廷夫介紹，這'
     '還僅僅是黨西村流失土地的冰山一角。黨西村3200多口人，20年前，落實家庭聯產承包責任制戶時人均耕地近2'
     '畝。20年後，人均耕地僅3分。以開發建設為名的各種徵地，使該村完全失去耕地的農民已達136戶。全村耕地面'
     '積由3000多畝下降到不到1000畝。大量村民土地被徵用，卻得不到應有的補償，失地農民上告無門。村民們說'
     '：「法律法規在黨家莊成了一張可以被隨時丟棄的廢紙，農民權益成草菅；如果上告舉報，則隨時有被打擊報復的危險'
     '。」',
     'out', '征地拆迁', True, [],
     []),
    # 17
    ('http://m.digipub.cc/dy/article/K8NOSI3K05566NQI.html?spss=dy_author',
     '剛看到澎湃新聞的一則報道，在廣東江門鶴山市鶴城鎮城西村黎村，羅女士的戶口從未離開過村子。然而，結婚后，她'
     '發現自己和其他幾位已婚的獨生女一樣，失去了參與村集體分紅的資格。她們向多個部門反映情況，得到的回應往往是'
     '“這是村集體內部事務，協商不成建議走法律途徑”。經過不懈努力，今年7月，羅女士和另外兩名女性村民終于爭取'
     '到了一次轉機：在村民表決后，她們獲得了最近一次征地款的分紅，每人約1.5萬元。但這只是“部分成功”——她'
     '們無法拿到此前的分紅，她們的丈夫和孩子也依然被排除在外。羅女士感到困惑和委屈：“我們都是獨生女，戶口都在'
     '村里。法律不是明確規定我們已婚女性在村集體應該享有同等的分紅權利嗎？”在涉及宅基地權益和土地征收補償時，'
     '受傳統觀念和婚俗影響，一些農村地區已婚婦女（尤其戶口未遷出的“外嫁女”）的合法權益常受到挑戰。土地征收伴'
     '隨而來的利益，有時會使得村規民約或地方執行細則與法律之間產生沖突，加劇了這類糾紛。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://m.isunte.cn/p/37708.html',
     '農村土地承包經營權證就像是一顆“定心丸”，是農民在承包期內享受國家法律保護的土地承包經營受益權的證明。然'
     '而，在城陽區夏莊街道劉家營社區，土地在被確權后，農村土地承包經營權證并沒有發到村民手中，至今已有8個多月'
     '。據張勇介紹，6月中旬，他又到劉家營社區辦公樓詢問農村土地承包經營權證何時發放，社區工作人員告知沒有農村'
     '土地承包經營權證一事。無奈之下，6月15日，張勇向夏莊街道經管站求助。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://reliancefintube.com/News/1274488.html',
     '土地確權等于給家庭承包耕地“上戶口”，是一件事關農民權益的大事。日前，江蘇省無錫市宜興市徐舍鎮聯星村村民'
     '反映，他們對于村里的土地在劃分和確權上有諸多疑問。聯星村村民吳剛說，早在上世紀90年代初，他家實際種植的'
     '糧田面積就是5畝多，至今都沒變過。但從宜興檔案館中查到的檔案資料卻顯示，1997年他父親在土地確權時登記'
     '的面積是3.24畝，而到了1998年這個數字一再縮水到1.08畝。而像吳剛家這樣承包經營土地面積縮水的不'
     '在少數。另一村民吳琴花家中的情況更為特殊，1998年土地確權時，她連土地證書都沒發到，農村戶口的她一下子'
     '成了失地農民。吳琴花向村委多次反映后，村委隨手就劃了幾畝地讓她耕作，但并未說明原因也沒有留下憑證。聯星村'
     '如此混亂的土地確權狀態引起了村民的不滿，吳剛多次找到村委，要求重新確認土地承包確權。村委說是歷史遺留問題'
     '，沒有辦法解決。宜興市徐舍鎮鎮長張濤說，這一情況確實存在，要用歷史的眼光來看待。*輪土地確權是在1981'
     '年-1982年，第二輪是1998年，第三輪從2006年開始，是對第二輪承包的完善。土地確權面積與實際耕種'
     '面積的鑒定有三個依據，一是農戶與村里簽訂的土地承包合同，二是1998年土地確權時的發證依據，三是土地承包'
     '經營權變更的信息。在此輪頒證過程中，我們會根據實際情況予以解決和補發，土地權屬清晰、沒有糾紛矛盾的村民可'
     '以提出申請。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://paketsehat.com/www/news/detail-75001.html',
     '近期，平原县王凤楼镇张八村村民杨某反映土地确权无效、出嫁女失地问题。镇党委政府高度重视，立即成立以党委副'
     '书记杨荣光为组长，镇经管站、工作片、信访办等部门的主要负责同志为成员的工作专班，对杨某反映的问题进行认真'
     '调查，现将调查情况汇报如下：出嫁女失去耕地，娘家王凤楼镇西杨村依照（2019年平原县乡村振兴战略五整治一'
     '规范）依照户口不在本村为由收回了我的耕地，婆家张八村（户口所在地）依照土地30年不变政策不分配耕地的问题'
     '，杨某反映的情况属实。经调查了解，杨某系平原县王凤楼镇西杨村人，于2008年结婚并将户口迁至王凤楼镇张八'
     '村，常年在张八村居住生活。其娘家西杨村自2002年调地后，人口由195人增长到282人，有87口人缺地，'
     '人地矛盾突出，干群矛盾突出，村庄各项工作难以展开，2017年被列为软弱涣散村，进行重点整治化解矛盾。20'
     '19年西杨村多次召开村两委干部、党员村民代表和全体村民会议，本着公平、公正、公开的原则，会商人地矛盾的问'
     '题，井制定西杨村村规民约，经全体村民签字同意确认了以现有户籍名册为准进行土地调整，人均耕地由原来的2.5'
     '亩调制为1.9亩。杨某的父亲杨某友，当时参加了会议并签字按手印，同意该方案没有提出任何诉求，杨某本人也没'
     '有到村委会反映在张八村没有分配土地的情况。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://tengchong.gov.cn/info/9661/4204643.htm',
     '1、“换发”。因《农村土地承包经营权证》严重污损、毁坏的应予换发。“换发”应按照以下程序办理：（1）承包'
     '方持有《农村土地承包经营权证》换发申请书和需要换发的《农村土地承包经营权证》。（2）申请人持有二轮延包合'
     '同书。（3）村民委员会审核同意后，在申请书上签字盖章。（4）将申请书和需要换发的《农村土地承包经营权证》'
     '报送荷花镇镇农经站审核。经审核后，并在登记簿上进行登记。（5）由荷花镇人民政府向市人民政府提出“换发”《'
     '农村土地承包经营权证》申请（后附有关材料一式两份），由市农经站对荷花镇人民政府报送的申请材料予以审核，符'
     '合规定后，上报腾冲市政府审批同意，并在登记簿上进行登记，填写《农村土地承包经营权证》，并在《农村土地承包'
     '经营权证》上注明“换发”字样，发给承包户。2、“补发”。有下列情形之一的，依法“补发”《农村土地承包经营'
     '权证》：（1）承包方《农村土地承包经营权证》遗失的。（2）承包耕地、园地、荒山、荒沟、荒丘、荒滩等农村土'
     '地从事种植业生产活动，已纳入集体土地统一管理，并登记造册，承包方依法取得土地承包经营权后，应颁发《农村土'
     '地承包经营权证》予以确认。“补发”应按照下列程序办理：（1）承包方持有《农村土地承包经营权证》“补发”申'
     '请书。（2）申请人持有生效的二轮延包合同书。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://caiyes.cn/archiver/tid-40565.html',
     '监利县依法完善农村土地二轮延包工作领导小组办公室（以下简称监利县土地延包办）自2004年11月下旬组建至'
     '2005年五一放假这段时间，有文字记录的接待的材夜思件（来访为主，包括来信来电话）一共是60件。估计这个'
     '数是整个土地延包材夜思件数量的1/3，另外的2/3一半是县委办公室、县政府办公室和县信访办接待的，一半是'
     '县土地延包办的同事们随处接待而未做记录的（或者记在各自的笔记本上）。我借长假值班把手头60件作了一个归类'
     '与分析，报告如下：土地延包材夜思是指土地二轮延包工作开展之后的材夜思。之前也有不少的土地纠纷材夜思，集中'
     '反映在税改之后至土地二轮延包工作之前两年时间。我把这段时间的土地矛盾叫农村土地二轮延包前期矛盾，也曾作过'
     '专题调查分析。监利县土地二轮延包工作有三大目标，其中之一是解决土地承包纠纷，维护农村社会稳定。但是，这项'
     '工作开展并没有立即制止土地矛盾发生的材夜思，相反的，随着土地二轮延包工作逐渐深入并进入高潮，土地问题的材'
     '夜思也同步发展并形成高峰。在监利，春节之后形成的土地问题材夜思高峰，是继企业改革职工材夜思、民师材夜思、'
     '军转干部材夜思、乡镇改革干部职工材夜思之后第五波材夜思潮。60件土地延包材夜思涉及全县17个乡镇场，54'
     '个村，材夜思总人数652人，22件属重复材夜思（未重复计算在60件中），2件是省里转下来的，1件是国务院'
     '一工作人员以个人身份转下来的，1件是中央政治局委员、省委书记俞正声同志负责包结的案件。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH133, "fresh133")
