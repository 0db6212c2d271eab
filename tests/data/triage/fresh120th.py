"""Sealed batch fresh122: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh120th.py; the batch and its row ids are "fresh122".)

Theme: sanitation, municipal services and parks (环卫处/环卫所, 市政, 园林, 垃圾处理, 公厕): cadres
who charge villagers for bins, pad cleaning wages or price a village rubbish station at 56万,
环卫 and 园林 chiefs taking bribes from suppliers and builders, a 环卫 chief letting rubbish be
dumped anywhere, a 大队 head drawing the wages of fake sanitation workers, a 鄉長 sending the
清潔隊 onto a private plot, a zoo and park chief's embezzlement, a 环卫局 whose regular staff are
paid without working and a 环卫所 head who sacks a sweeper for complaining; out items are a
sweeper's 工伤 case and a manhole lawsuit, land for a landfill and for a rubbish plant, sweepers'
unpaid wages (a report and a letter), a rider's compensation claim for a pothole, a letter on
broken pavement, a bin under residents' windows and dead street lights.
Sources (stored-pages search): a 三湘风纪 story on the 平江 栗木村 bin fee; the 新华网 (big5) copy
of the CCDI story on the 东山 金石村 cleaning wages (traditional); a 钱江晚报 report on the 柯桥
尹家畈 rubbish station (traditional copy); an ETtoday report on the 花壇鄉 鄉長 (Taiwan,
traditional); a commentary on the 广饶 环卫处 chief 郝东升; the 中新网 copy of the 纪检监察报 on
the 宁乡 园林局 chief 郑泽良; the 杭州 清廉 site on 江干区 胡耀文; an essay on the 门头沟 and
石景山 环卫中心 bribery; a commentary on the 邯郸 延辉 case; a 中国经济网 commentary on the 北京动物园
肖绍祥; a forum post on the 孝义 环卫局; a commentary on the 绣惠 环卫所 sacking; out: a 映象网
report from the 许昌 court, a 南寧 manhole judgment (traditional), a report on the 臨城 landfill
(traditional), a 中国新闻周刊 report on the 桂平 rubbish plant, a report on the 平邑 临涧镇
sweepers, a sweepers' letter on a 郑州 心通桥 board, a 银川 evening paper on a pothole, a letter to
the 岳阳 城管局 with its reply, a 吉州 report on a rubbish bin and an 安庆 report on street lights.
Five texts are in traditional script (items 2, 3, 4, 14, 15).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, decks, bylines,
datelines, captions, source lines ("(8月21日《新京报》)", "(2月14日澎湃新闻)"), forum and
letter-form chrome and the truncated last sentences of the stored copies removed); paragraphs
joined; ASCII punctuation written full-width except inside numbers ("7.75萬", "228.02"), the
ASCII double quotes of 020 written as “”. Page oddities kept: "尹家坂" beside "尹家畈" and the
unclosed ”我們… opening 003's last quote; "失职。渎职", "考火费", "**了" and ",," (now "，，")
in 011; "都有承包商负责", "即为社会做贡献", "减轻孩子负责" (018); "做起群众的“思想工作。”"
(016); "带了不便" (022); "村裏", "説" and "就趕緊就全還上了" (002). The stray "jCy" tokens
between 011's paragraphs removed.
scope "in" for alleged misconduct of a party member or public official (village cadres
included; a Taiwanese 鄉長 and 清潔隊長 are public officials, as fresh108th.py's 高偉祥), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters,
victims, witnesses, firms, contractors and officials who only handled, investigated, announced
or answered are not accused; an organ or an unnamed group accused as a whole gives no entry; an
unnamed accused official is (None, position, unit). Names, positions (as first written with the
name, "原" and "前" kept, "时任" dropped as fresh104th.py did) and units as written; unit None
when the text ties the person to no named unit. Topics only from the twelve names of triage.md.
Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 3 (017-019), 其他 3
(020-022). 13 accused entries, all in items 1-12: 10 with a full name, 1 masked (朱某成), 2 post
only. Item 003 is in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  A 纪委 story; headline, editor line and the closing "(岳阳市纪委监委)" and share lines cut.
    朱某成 "作为时任支部书记" ('支部书记', '栗木村'; "时任" dropped). The 村干部 and the 支村两委
    meeting that decided the fee are an unnamed group; 报账员朱某祥 only claimed the bins back
    from the 财政所 (as written, no misconduct of his); 村民朱某 reports. 群众纪律 (IS.MAS.01
    the levy) and 廉洁纪律 (the 9690元 kept off the books).
 2  Traditional; site chrome, headline and dateline cut; ends with the 林梅鳳 sentence (the page
    goes on). 林梅鳳 "負責村衛生管理工作的村委會原委員": '村委會原委員', unit '金石村' (the 村 of
    the story; could be read as None). The other five of the "6名村幹部" are unnamed; 徐華坤
    speaks; 林阿姨 is a witness. 廉洁纪律 (虛列工資) and 八项规定 (過節費, IS.EP.HL.03).
 3  Hard: traditional; headline, dateline and the two sub-headings cut. The villagers question
    the 56萬 cost of the village station: an allegation against the village as a whole (its
    accounts), in scope with no entry. 村主任章曉海 and the two 村委委員 only decline or answer;
    尹先生 posted it. Only 廉洁纪律.
 4  Traditional (Taiwan); nav line, headline, two photo captions and byline cut; cut before
    the truncated "顧否認犯行…並". 顧勝敏 '鄉長', '花壇鄉'; "前廖姓清潔隊長" has no name:
    (None, '前清潔隊長', '花壇鄉') ("前" kept as fresh108th.py's "前輔導員"; the unit from
    "擔任花壇鄉清潔隊長"). 滥用职权 (清潔隊 used on a private plot, 圖利) and 廉洁纪律 (the
    鄉長's own share in the land).
 5  A commentary; "原标题" line cut; ends before the truncated sentence on where the rubbish
    went. 郝东升 as first written "山东省广饶县城乡环境卫生处原主任郝东升" ('原主任',
    '广饶县城乡环境卫生处'); 曹某 is the contractor. 工作纪律 (rubbish dumped anywhere,
    IS.WRK.05), 滥用职权, 廉洁纪律 ("垃圾财", "腐败分子"; the bribes sit in the cut part).
 6  Site chrome, headline and dateline cut; cut before the truncated "2011年，肖某通过".
    The quote's "林业局副局长、园林局局长" has no name; first with the name: "宁乡县园林管理局
    原党支部副书记、局长郑泽良". 唐某 and 肖某 are builders; 张毅 speaks. 贪污贿赂 and 廉洁纪律
    (a 借款 never repaid, IS.INT.07).
 7  Headline, source line and reporters cut; the paragraph on how 供应商 are chosen cut (kept
    short). 胡耀文 '原副局长', '江干区城管局'. 贪污贿赂, 廉洁纪律 and 八项规定 (请吃).
 8  An essay (its truncated last paragraph cut). 王春海 '主任', '北京市门头沟区环境卫生服务中心';
    董泗臣 '原纪委书记', '石景山区环境卫生服务中心'. "其余4人" and the two "有权人" of the 环卫
    中心 are unnamed; the bidder who paid is private. 贪污贿赂 and 廉洁纪律 (a tender).
 9  A commentary; headline, date line and byline cut; cut before the truncated "还值得一问的是…".
    延辉 with both posts of the first mention ('原四级调研员、站前市容环卫大队负责人',
    '邯郸市城市管理综合执法支队', as fresh104th.py's 童名謙); the "下属" are unnamed.
    廉洁纪律 (虚报冒领, IS.INT.09), 贪污贿赂, 群众纪律 (the sweepers' money).
10  A commentary, only its first paragraph kept (short). 肖绍祥 '原副园长', '北京动物园' (the
    later "北京市动物园副园长和陶然亭公园园长" not used). 贪污贿赂, 廉洁纪律 (巨额财产).
11  Mixed, a forum post: the sweepers' own claims (no contract, no 五险一金, no rest days, no
    补助: 个人利益诉求) with allegations against the 环卫局 leaders (regular staff paid without
    working, a bonus withheld). "环卫局的部分领导" is an unnamed group; 王聪杂 first written
    "新上任的王聪杂局长": '局长', unit '环卫局' (the only 局 of the post; could be None). 苏运福
    only left the bonus; 李二 (who drives the sweeper) is not said to do wrong. Ends before the
    truncated "王局告工人说用来". 群众纪律 (扣发) and 选人用人 (吃空饷, IS.SEL.05).
12  Mixed, a commentary: the sweeper's own fine and dismissal with the 所长's abuse in sacking
    her for a 12345 complaint. "这位环卫所的刘所长" has no name: (None, '所长', '绣惠环卫所')
    (the named unit of the text; "环卫所" as written beside him). 傅女士 is the victim; the
    "查岗的" only checked. 滥用职权 and 群众纪律 (打击报复). Site lines and headline cut; cut
    before the truncated "就拿".
13  涉法涉诉: a 环卫处's lawsuit against a 工伤 decision; the court and the 人社 bodies only act.
    Dateline and reporters cut; cut before the truncated last sentence.
14  涉法涉诉, traditional, short: a manhole injury judged against the 市政工程管理處; only the
    first paragraph kept (the court's reasoning, with the copy's pinyin glosses and its
    "endprint" junk, cut).
15  征地拆迁, traditional: contracted hill land taken for a landfill before compensation. The
    村支书's "樹木問題找林業局，土地問題找土地局" and the TV report of finished talks are part of
    the land grievance (推诿 at most, no misconduct of a post alleged as such): out, not mixed.
    Headline and three sub-headings cut; cut before the truncated 趙通國 sentence.
16  征地拆迁, hard: villagers against a 征地公告 for a rubbish plant; could be read as 其他 (a
    siting and health dispute). 梁均荣 only explains. Headline, source, deck, byline and the
    sub-heading cut; cut before the truncated 莫与信 sentence.
17  个人利益诉求: 保洁员 unpaid for five months by the contracting firm; the firm's "应该是政府拖欠"
    is a guess, no misconduct alleged; the 镇政府 staff only answer.
18  个人利益诉求, a letter on a 心通桥 board: wages delayed by a contractor. The board's chrome
    and title lines cut; cut before the truncated "房租交不".
19  个人利益诉求: a rider's claim for treatment costs after a pothole fall; the bodies only
    answer about ownership. Headline, byline and two sub-headings cut; cut before the
    truncated 中铁水务 sentence.
20  其他: a letter on loose paving stones and the 城管局's reply (form labels, the signature and
    "附件:图片" cut); the writer 彭凌 is a citizen.
21  其他: a bin under residents' windows; headline, deck and sub-heading cut; cut before the
    truncated "肖女士说，" sentence.
22  其他, short: dead street lights; only the first two paragraphs kept.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH122: list[Item] = [
    # 01
    ('http://www.sxfj.gov.cn/ee45c4/b9ff1a/222230241.shtml',
     '2019年3月，岳阳市纪委扶贫领域暗访督查组在平江县浯口镇栗木村入户走访时，村民朱某反映2017年该'
     '村村干部以每个垃圾桶15元的标准收取了农户垃圾桶费用，没有开收据问题。督查组同志敏锐感觉到情况反常，'
     '收费为什么没开收据？垃圾桶费是财政补贴的吗？随后，督查组同志迅速将问题反馈给平江县纪委，该县纪委又将'
     '问题交浯口镇纪委调查核实。原来，2016年12月底，浯口镇栗木村购买了容量50升的垃圾桶730只，容'
     '量100升的垃圾桶60只，共计费用58040元。2017年1月，报账员朱某祥已向镇财政所报销了垃圾桶'
     '费用。之后，经栗木村支村两委、党员组长、理财小组成员会议研究，决定按每只15元的价格向村民收取垃圾桶'
     '费用，共收得垃圾桶费用9690元，未记入村账，用于村级会议费、伙食费等账外开支。栗木村违反规定向群众'
     '收取垃圾桶费用，加重了群众负担，朱某成作为时任支部书记负有直接责任。2019年6月，朱某成受到党内严'
     '重警告处分。同时，浯口镇纪委责令栗木村将违规收取的垃圾桶费用退还给群众。“一丝一粒，我之名节；一厘一'
     '毫，民之脂膏”。“微腐败”虽小，关系人心向背，“15元垃圾桶费”损害的是老百姓的切身利益，啃食的是群'
     '众获得感和幸福感，挥霍的是基层群众对党的信任。岳阳市纪委监委将违规收费问题作为“不忘初心、牢记使命”'
     '主题教育侵害群众利益突出问题专项整治重要内容。截至11月中旬，共查处违规乱收费问题18件处理27人，'
     '给予党纪政务处分18人。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('朱某成', '支部书记', '栗木村')]),
    # 02
    ('http://big5.news.cn/gate/big5/www.xinhuanet.com/legal/2019-02/25/c_1124156618.htm',
     '“上一任6名村幹部因虛列衛生清理工資用于發放‘過節費’被‘一鍋端’，代價慘重、教訓深刻。大家一定要以'
     '此為戒，千萬不要耍小聰明，以身試紀……”近日，在福建省東山縣西埔鎮金石村的正風反腐警示教育大會上，鎮'
     '紀委書記徐華坤用身邊的“活教材”教育新一任村幹部。6名村幹部為何被“一鍋端”？事情還得從2017年説'
     '起。2017年3月，東山縣委巡察一組對西埔鎮開展政治巡察，同時延伸巡察包括金石村在內的部分重點村，一'
     '筆高達7.75萬元的衛生清理工資引起了巡察組的注意。2018年1月，縣紀委監委將問題線索轉給西埔鎮紀'
     '委核查。為了不打草驚蛇，鎮紀委決定從外圍入手。“阿姨，聽説村裏長時間拖欠你們的衛生清理工資，有這事嗎'
     '？”“有啊，就是2010年下半年的衛生清理工資，拖了三四年，直到前幾年才給我們，這可都是大夥的辛苦錢'
     '……”金石村衛生清理隊的林阿姨回憶道。“當時你領了多少錢？”“4000多。”林阿姨不假思索，脫口而出'
     '。隨後，核查組又走訪村衛生清理隊的其他成員，從中了解到衛生清理隊領取的拖欠款與村裏報賬的金額有很大出'
     '入的問題。獲取這一重要線索後，鎮紀委立即向縣紀委監委報告，並開始跟相關的村幹部正面“交鋒”。“你們知'
     '道，以前我們村沒啥收入。2010年組建村衛生清理隊後，工資一直發不出。有一段時間，我經常被幾個保潔阿'
     '姨堵在家門口。2014年，村裏有了徵地拆遷補償款的收入，就趕緊就全還上了……”面對調查人員，負責村衛'
     '生管理工作的村委會原委員林梅鳳大倒苦水，一口咬定這筆衛生清理工資沒有問題。',
     'in', None, False, ['廉洁纪律', '八项规定'],
     [('林梅鳳', '村委會原委員', '金石村')]),
    # 03
    ('http://www.hanfengnongye.com/07tztk/system/2014/11/08/018663125.shtml',
     '四面磚墻外加一扇鐵門，造這樣一個垃圾中轉站，要花多少錢？最近，有網友在紹興當地論壇上發表了一篇名為《'
     '尹家畈天價垃圾中轉站》的帖子，稱紹興柯橋福全鎮尹家畈村的垃圾中轉站造價高達56萬元。發帖的網友“無名'
     '小卒70”還公布了兩份尹家畈村“村級財產物資公布表”。2012年的表格顯示，垃圾中轉站原值為3847'
     '9.00元，而到了2014年，垃圾中轉站的原值飆升到了564900.20元。這究竟是怎么一回事？近日'
     '，錢江晚報記者來到尹家畈村實地探訪，傳說中的“天價垃圾中轉站”就位于村口的稻田中。整個垃圾中轉站占地'
     '不到50平方米，由四面磚墻外加一扇鐵門構成，顯得十分簡陋。村里的清潔工告訴記者，這個垃圾中轉站是前兩'
     '年新建的，至于造價為什么那么貴，她也不清楚。村民尹先生自稱就是發帖的網友，他說，村里公布數字時，大伙'
     '都覺得不可思議。“這價格比得上排屋了，去年村里剛驗收了兩幢連體排屋，包括綠化在內的造價也才45.6萬'
     '。”尹先生說，建垃圾中轉站的56萬多錢是怎么花的，村里要有個說法才行。錢江晚報記者來到尹家坂村村委會'
     '試圖求證，但接連遇到的兩位村委委員都借故拒絕了采訪。其中一位委員告訴記者，自己老早不當會計了，并以鎖'
     '門為由將記者請出了辦公室。記者按照村委會墻上公布的電話聯系上了尹家坂村村主任章曉海，聽說是垃圾站的事'
     '，他要求讓記者去鎮里了解情況。”我們這是做賬的，56萬不光是一個垃圾中轉站，還包括其他的物資。',
     'in', None, False, ['廉洁纪律'],
     []),
    # 04
    ('https://www.ettoday.net/news/20250910/3030977.htm',
     '彰化縣花壇鄉鄉長顧勝敏與前廖姓清潔隊長，因涉嫌違反《貪污治罪條例》等罪嫌，遭彰化地方檢察署提起公訴。'
     '檢方調查指出，顧、廖二人明知私有土地不在公告清除範圍內，卻未經申請程序，擅自動用清潔隊資源，砍除私有'
     '土地上的竹木，並涉嫌不法圖利12萬114元。全案經偵查終結，依法提起公訴。根據起訴書，顧勝敏自201'
     '8年12月25日起擔任花壇鄉鄉長，廖則於2017年至2024年10月16日期間擔任花壇鄉清潔隊長，二'
     '人均屬依法令服務於地方自治團體的公務員。檢方調查發現，花壇鄉公所早在93年即公告指定清除地區「未包含'
     '私人土地」，且依2000年公告，巨大垃圾需由民眾自行搬運至地面樓層並縮減體積，並預先繳費申請後才能清'
     '運。然而，顧、廖二人卻未依規定程序，擅自指示清潔隊前往私有土地，砍除竹木及樹木（計有竹樹8棵、果樹1'
     '棵，清除面積共228.02平方公尺），並動用公務車輛載運至花壇鄉第十公墓堆置，使顧及相關人獲得不法利'
     '益共12萬114元。檢方偵辦更發現，顧與土地共有人有宗祠持分關係，其請託廖前往現場會勘後，未製作正式'
     '紀錄，即指示清潔隊進行砍除。廖雖辯稱僅修剪「妨害交通」部分，但調查顯示，該土地竹木遭「全數砍光」，明'
     '顯超出公共利益所需範圍。檢方偵查，顧因宗祠持分問題，希望透過清理系爭土地，換取其他共有人的持分利益，'
     '涉違反《公務員利益衝突迴避法》第12條規定。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [('顧勝敏', '鄉長', '花壇鄉'), (None, '前清潔隊長', '花壇鄉')]),
    # 05
    ('https://m.news.shi-fen.com/china/201907/50-391277.html',
     '最近一段时间，“垃圾分类”可谓是最热门的社会话题之一。多座城市先后出台了垃圾分类的新规与细则，引发了'
     '广泛的社会讨论，以至于形成了一股潮流。一时间，“你是什么垃圾”成了最时髦的网络流行语，而与垃圾分类相'
     '关的严肃讨论与社会思辨，也在舆论场上占据了不容忽视的一席之地。然而，就在人们纷纷关注垃圾分类与垃圾处'
     '理工作的社会价值与文明意义的时候，《中国纪检监察报》刊登的一篇与“垃圾”二字相关的反腐报道，却让人大'
     '跌眼镜。这篇报道让我们发现，原来在普通人看来只会令人头疼的垃圾，竟然也能成为腐败分子的“摇钱树”，让'
     '某些官员发起了令人不齿的“垃圾财”。这篇报道的“主角”，乃是山东省广饶县城乡环境卫生处原主任郝东升。'
     '作为一名曾经参加1998年抗洪抢险的老兵，郝东升在转业到地方之初，也曾因为吃苦耐劳、敢为人先等军中淬'
     '炼出来的品质，赢得过领导和同事们的广泛好评。因为工作成绩出众，2016年9月，郝东升被组织任命为广饶'
     '县城乡环境卫生处主任。这个岗位虽然级别不高，但权力却不小，每年掌管着上千万元的城市维护费用。某种意义'
     '上，让郝东升担任这一职位，体现的是组织对他深厚的信任，同时也是组织对其能力与品质的一次考验。然而，遗'
     '憾的是，郝东升辜负了组织的信任，没能通过这道考验。2017年5月，承揽运送广饶县城生活垃圾到外地某垃'
     '圾处理厂业务的曹某告诉郝东升，该厂因处理能力所限将不再接收广饶县生活垃圾。郝东升听后，出于私心，他索'
     '性告诉曹某，只要把垃圾拉出广饶去，就是倒在大海里他也不管。只要能拿来处理厂的过磅单，他就给曹某算运输'
     '费用。',
     'in', None, False, ['工作纪律', '滥用职权', '廉洁纪律'],
     [('郝东升', '原主任', '广饶县城乡环境卫生处')]),
    # 06
    ('https://www.chinanews.com.cn/sh/2017/05-18/8227457.shtml',
     '“作为林业局副局长、园林局局长，他本应是守护林木的健康卫士，却堕落成蛀食林木的‘蛀虫’。”5月9日，'
     '提起湖南省宁乡县园林管理局原党支部副书记、局长郑泽良违纪案，该县纪委副书记张毅十分惋惜地告诉记者，郑'
     '泽良在任宁乡县林业局副局长期间，利用职权和职务上的便利，侵吞、窃取公共财物4.46万余元，利用职权或'
     '职务影响为他人谋取利益，收受他人所送财物共计人民币35.88万元，最终被开除党籍、开除公职，涉嫌犯罪'
     '问题线索移送司法机关依法处理。去年1月，郑泽良因涉嫌严重违纪接受组织调查，那时候，他从县林业局调任县'
     '园林管理局任局长不久。调查组人员告诉记者，经查实，2012年8月，在宁乡举行长沙首届自然生态博览会期'
     '间，郑泽良不按正常程序，将部分摆花项目交给了套用他人工商营业执照的唐某。“明知唐某可能不具备承揽资格'
     '，郑泽良仍然违反相关规定，让唐某顺利中标。”有关工作人员告诉记者，之后，唐某送给郑泽良10万元以示感'
     '谢。但这并不是郑泽良第一次利用职务之便，在绿化工程上为别人提供“帮助”。早在2010年，郑泽良在宁乡'
     '县豪德市场购买门面时，就向做绿化工程的肖某“借”了10万元，其后并未归还。“后来，郑泽良打电话说要还'
     '钱，但一直没拿钱来。因为我做的东花公路绿化项目还需要他帮忙，就告诉他这钱不用还了。”肖某说。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('郑泽良', '原党支部副书记、局长', '宁乡县园林管理局')]),
    # 07
    ('https://hzlz.hangzhou.com.cn/articles/5917.html',
     '浙江省杭州市纪委近日通报，江干区城管局原副局长胡耀文利用职务上的便利，以侵吞、骗取等手段非法占有公共'
     '财物；为相关业务单位谋取利益，非法收受他人所送财物，被开除党籍、开除公职，并被移送司法机关处理。20'
     '15年5月初，群众向江干区纪委反映胡耀文接受垃圾袋供应商请吃并收受好处。区纪委立即展开调查，发现胡耀'
     '文在分管环卫、垃圾分类、景观亮灯、数字城管等方面工作中，几乎收受了所有与其分管业务有联系的管理对象所'
     '送的钱物，每次少则几千元多则数万元。特别是在党的十八大以后，在正风反腐的高压态势下，胡耀文不但不收敛'
     '不收手，反而更加肆无忌惮、来者不拒，累计收受现金和购物卡达37万余元人民币。甚至在被采取组织措施的前'
     '一天，他还收受了一名垃圾袋供应商的3万元“红包”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '八项规定'],
     [('胡耀文', '原副局长', '江干区城管局')]),
    # 08
    ('https://m.meiweny.cn/zheli/renshengganwu/160440.html',
     '我本厚道。厚道的我认为人有贵贱，职业有高低。像我这样无权无势的人，应该属于低层人群；像我这样的职业，'
     '只能充当喉舌而已。正是因为厚道，才限制了我的想象，我以为像我这样生活在底层，干着被那些“人上人”瞧不'
     '起的活的人，都是安分守己的，都有体恤之心的。比如环卫系统，在大家的印象中，是负责城市清洁工作，打扫打'
     '扫街道、清理清理厕所等，是个“清水衙门”。即使是贵为环卫所长，连个七品芝麻官都算不上，理应是厚道之人'
     '，绝不会成为“清水衙门”里的小官大贪者。可北京市石景山区检察院办理的一起环卫系统6名官员受贿窝案，颠'
     '覆了我的认知，不得不让人对这个系统刮目相看。经过近7个月的侦查，石景山区检察院将北京市门头沟区环境卫'
     '生服务中心主任王春海移送审查起诉。经查，王春海在任期间涉嫌受贿20万元。此前，石景山区环境卫生服务中'
     '心原纪委书记董泗臣因受贿已获刑，其余4人均被提起公诉。据犯罪嫌疑人交代，门头沟区环卫中心采购的11台'
     '设备，招标额100多万元，他参与了投标，并以94万元顺利中标。为表谢意，他给王春海10万元，还分别送'
     '给门头沟区环卫中心另外两个“有权人”2万元和1万元。办案人员分析，有关部门对环卫系统采购垃圾桶、改建'
     '公厕等小项目关注不多，监管不到位，容易进行暗箱操作。虽说这些小项目标的不大，但其成本小，利润大，更容'
     '易滋生腐败。从这个角度看，人们印象中的“清水衙门”无疑是座“富矿”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('王春海', '主任', '北京市门头沟区环境卫生服务中心'), ('董泗臣', '原纪委书记', '石景山区环境卫生服务中心')]),
    # 09
    ('http://dev.zurlan.org/index.php?sxo3=O8iv.html',
     '6月21日，河北省纪委监委通报了邯郸市城市管理综合执法支队原四级调研员、站前市容环卫大队负责人延辉虚'
     '报冒领环卫工人工资问题。2014年至2022年，延辉担任站前市容环卫大队大队长、站前市容环卫大队负责'
     '人期间，通过本人或安排下属借用他人银行卡虚报冒领环卫工人工资556万余元。延辉还存在其他严重违纪违法'
     '问题，2024年5月，延辉被开除党籍并取消退休待遇，涉嫌犯罪问题移送检察机关依法审查起诉。市容环卫是'
     '一个工作辛苦但收入不高的行业，连这个群体的利益都不放过，肆意虚报冒领长达8年，可谓伤天害理、胆大包天'
     '。虚报冒领的部分，本来就是环卫工人的血汗钱。虚报冒领的部分是根据环卫工人的工作量和考核办法进行申报的'
     '，打着的是一线环卫工人的名义，从根本上说，这是对该大队环卫工人利益的非法侵占和对他们感情、尊严的巨大'
     '伤害。环卫工人拿到工资，是早出晚归辛苦劳作的结果，可是坐在办公室里的“蛀虫”却只需动动手、刷刷卡就能'
     '拿到丰厚的“回报”，此种情形冲击着每一个有良知者的内心。虚报冒领环卫工人工资，实际上“摊薄”了一线环'
     '卫工人的合法收入，更是给上级在进行实际工作编制安排上制造了幻象。当上级以为那些费用是用来改善环卫工待'
     '遇时，却没想到这居然是一场骗局。上级被蒙蔽的结果，可能会影响到一个城市在市容环卫方面的决策，让不少人'
     '的利益受到隐形侵害。这种行径，不仅有违公序良俗，更涉嫌违规甚至违法犯罪，还败坏政府部门形象，必须受到'
     '有力惩治和遏制。',
     'in', None, False, ['廉洁纪律', '贪污贿赂', '群众纪律'],
     [('延辉', '原四级调研员、站前市容环卫大队负责人', '邯郸市城市管理综合执法支队')]),
    # 10
    ('http://views.ce.cn/view/ent/201408/22/t20140822_3406918.shtml',
     '近日，北京动物园原副园长肖绍祥因涉嫌贪污、受贿和巨额财产来源不明罪三项罪名在北京市二中院受审。据指控'
     '，肖绍祥在担任北京市动物园副园长和陶然亭公园园长期间贪污1400余万元。此外，肖绍祥在担任北京市动物'
     '园副园长期间，收受施工单位好处费10万元。还另有800余万元无法说明具体合法来源。肖绍祥庭审时表示，'
     '这都是他的合法收入，他从1975年开始工作，晚上加班开出租挣钱。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('肖绍祥', '原副园长', '北京动物园')]),
    # 11
    ('http://scifans.net/read.php?fpage=25&tid=1063650',
     '山西吕梁孝义市是全国的百强市，是国家园林级城市，还是全国双拥双模城市，环卫局有900多工人，是独立的'
     '一级局。环卫工是城市的美容师，离不开他们白天黑夜的勤劳和汗水。可是环卫局的部分领导不把他（她）们当人'
     '看，只顾自己发财，不顾国家法律法规，不求实际，失职。渎职，现将他们的犯罪事实简要例举如下：1、环卫局'
     '不和工人不签订劳动合同，更不缴纳五险一金，想用就用，不想用就打发，常年没有一天休息日，请假还要交钱，'
     '福利很少发，高温补助。考火费都没有，节假日，没有领过一次双倍工资，没有休息过一天，工资是固定工资，加'
     '班后想给就给人们发点，不想给就不给，今年除雪又铲又扫又倒好几天连一分钱的补助都没有，也不知是他们领了'
     '不给个人发，**了，还是咋回事。环卫工是没本事的，有本事的谁干，可他们也是人啊，他们也知道又脏又累，'
     '但他们能一天天干下去，就是为了生存，为什么要小看她们。2、环卫局有不少正式工，有一部分上班，但有的人'
     '领双工资（李二开新的豪华清扫车，一百多万的共两台），有一部分根本不上班，照样领工资，为了应付检查，安'
     '排了督查之类的名，可不上班就能领工资，谁愿意上班，工资少不了一分，奖金福利少不了一样，尤其是去年中秋'
     '节正式工每人200元的福利，临时工一分也没有，前半年，地区纪检委查了好长时间，因为很多正式工不上班，'
     '照领工资，等事，最后也没有结果，他们还是照样，正式工难道他们不会扫街，倒垃圾吗？在当今的社会正式工和'
     '临时工还是这么大的差别，这说明有的领导不顾国家法律法规，，失职。渎职。3、新上任的王聪杂局长为什么一'
     '上任就扣发工人的200元的奖金，这是上任苏运福局长调离时给工人留的，因为我们是这个月发上个月的工资，'
     '压一个半月。',
     'in', None, True, ['群众纪律', '选人用人'],
     [('王聪杂', '局长', '环卫局')]),
    # 12
    ('http://www.quda100.com/jinriredian/20170216168086.html',
     '今年61岁的傅女士，从2016年6月开始做环卫工，主要负责章丘绣惠镇中央大街500米左右的路段。“元'
     '旦期间，1号或者2号，那天是雾霾天，还下着蒙蒙小雨，我感冒了就在村里的诊所输液，叫老头子替了我两个小'
     '时，结果查岗的逮住了。”2月9日，傅女士接受采访时说，替岗被发现以后她赶紧来到工作地点，之后几天也只'
     '在中午休息的时候输液治疗。因为觉得单位罚款太重，章丘环卫工傅女士打了12345热线投诉，本想能减轻些'
     '处罚，没想到却被环卫所辞退了。就算是傅女士生病找来丈夫替岗，违规在先，按照《绣惠环卫所岗位目标责任书'
     '》其中的规定罚款100元，这傅女士也是认可的。傅女士私自找人替岗，她这样做无疑是她的不是，按规罚款看'
     '似是合理。但是，这“举报也要罚款”的说法理从何来呢？举报或投诉是员工的权利，也是公民的权利。先不管她'
     '举报的对不对，但就因为她举报了就二次罚款，哪有这种规定呢？向上级部门反映问题，又有什么不妥呢？这位环'
     '卫所的刘所长一句话就要开除人家，是不是有些权力滥用呢？其实，就是《绣惠环卫所岗位目标责任书》也属于霸'
     '王条款，环卫工每人每月的工资才800多块钱，替岗一次就扣除100元。傅女士也是61岁的人了，选择做环'
     '卫工的人大都是这个岁数的老人了，谁还没有个头疼脑热的，这样的“责任书”未免有些霸道，太不人性化，甚至'
     '有欺负人的味道。傅女士感冒了，都到了输液的程度了。如果她能坚持工作，想必也不会找老伴儿替岗的。就算有'
     '“责任书”上的规定，可她向上级反映情况，也不能把她开除啊！环卫工的辛苦，几乎人尽皆知，他（她）们收入'
     '非常低。',
     'in', None, True, ['滥用职权', '群众纪律'],
     [(None, '所长', '绣惠环卫所')]),
    # 13
    ('http://xc.hnr.cn/jpyc/20170711/308469',
     '环卫工罗某清扫道路时被电动车撞伤导致骨折，其所在单位许昌市某环卫处却不服市人力资源和社会保障局（以下'
     '简称市人社局）作出的工伤认定决定及省人力资源和社会保障厅（以下简称省人社厅）作出的行政复议决定，遂向'
     '法院提起诉讼，要求撤销上述决定并重新作出工伤认定。7月10日，许昌市魏都区人民法院对此案进行审理后，'
     '驳回了其诉讼请求。罗某是许昌市某环卫处的一名员工。2015年，罗某在该市区一路段打扫卫生时，被胡某驾'
     '驶的二轮电动车撞伤。胡某承担事故全部责任，后罗某被诊断为右侧胫骨平台骨折、多发软组织损伤。2016年'
     '，罗某向许昌市人社局提出工伤认定申请，该局认定罗某所受伤害为工伤。环卫处认为和罗某之间仅形成劳务关系'
     '，不能形成劳动关系，其所受伤害不应认定为工伤，遂向省人社厅提出行政复议申请。该厅维持了市人社局作出的'
     '工伤认定决定。环卫处仍不服该决定，遂向魏都区法院提起行政诉讼，请求依法撤销省人社厅做出的行政复议决定'
     '书及市人社局作出的认定工伤决定书，并重新作出工伤认定结论，认定罗某所受伤害不属于工伤。法院审理后认为'
     '，《工伤保险条例》规定，职工在工作时间和工作场所内，因工作原因受到事故伤害的，应当认定为工伤。本案中'
     '，罗某与环卫处之间存在劳动关系以及罗某在工作时间、工作场所内、因工作原因受到事故伤害的事实已由市人社'
     '局所举有效证据证实，并根据该事实，依据《工伤保险条例》之规定，作出罗某所受伤害为工伤的认定结论，适用'
     '法律、法规正确，程序合法。故环卫处要求撤销该局作出的认定工伤决定书的诉讼请求，法院不予支持。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://zgkjsz.com/page/2017/1011/2349760.shtml',
     '今年3月26日上午7時許，南寧女子李某駕駛電動車行駛到五象大道一處輔道時，連人帶車墜入一個沒有井蓋又'
     '無任何警示標志的管線井，致其牙齒斷裂、下巴留下傷疤。李某將南寧市城市管理局、南寧市市政工程管理處一并'
     '訴至法院，索賠1.8萬余元。近日，南寧市良慶法院一審判決南寧市市政工程管理處擔責8成，賠償李某316'
     '0.26元。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://ppfocus.com/0/hic3d3fc8.html',
     '眼看著自己承包的山場變成了大工地，補償款尚未到手，臨城縣洞上村民楊同河、師青行氣憤又無奈。出臨城縣城'
     '不遠，就到了一處大工地，工地上的指示牌顯示，這片190多畝的工地是臨城縣生活垃圾衛生填埋場工程。據村'
     '民楊同河、師青行等人介紹，幾個月以前，這裡還是他們承包的一片荒山，山上栽有核桃樹等經濟林木。1997'
     '年，臨城縣搞「四荒拍賣」時，師青行等人拍得目前正在建設垃圾填埋場的荒山，承包期限為50年。之後，他們'
     '在荒山上栽種了棗樹，因為效益不佳，2008年春天，他們在荒山上重新填土栽了核桃樹，並在山頂修建了蓄水'
     '池，把崗坡變成水澆地。今年春天，臨城縣決定在這片山地上建設生活垃圾填埋場。「奇怪的是，在我們承包的地'
     '上建項目，沒有人同我們商量。」師青行說。五六月間，縣裡的城建、土地、物價等部門開始在現場進行土地、林'
     '木普查，仍然沒有人同他們協商補償問題。「直到8月施工隊進入現場施工後，村支書才拿來一份部分土地附著物'
     '的核查數目和價格表，我們感覺和國家政策有差距，表示不同意，支書說『如果有意見，樹木問題找林業局，土地'
     '問題找土地局』。」師青行回憶說。不久，他們意外地從縣電視臺上看到了有關垃圾填埋場的新聞，說相關負責人'
     '和承包者已經面對面做好工作，徵地工作完成。「我們還沒見過面呢。」一承包者說。眼看著施工隊挖開了自己辛'
     '苦栽種的果樹，師青行等人心疼不已。之後，師青行等人開始一遍遍地找各職能部門，均未得到滿意答覆。雙方爭'
     '議的焦點主要集中在用地補償和林木補償上。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://news.sohu.com/20100319/n270952216.shtml',
     '村口的一堆稻秆被点燃，这暗示着政府的“垃圾宣传队”要进村了。闻“狼烟”而动的几百名村民迅速聚集到晒场'
     '上，只留下老人和小孩看家——这是他们的策略，以“不对抗、不接触”的方式与宣传队展开拉锯。中了几次“空'
     '城计”的宣传人员索性不来了，大喇叭宣传车替代了进门入户，做起群众的“思想工作。”每天早上九点，宣传车'
     '就开始在村口反复“嚷嚷”：“广西桂平市生活垃圾无害化处理厂是列入国家2009扩大内需保增长的新增中央'
     '预算项目，项目选址可行，废气达标，要顾全大局……”机械的宣传在村民们看来“毫无感情可言”，有人干脆捂'
     '着耳朵绕行，“宣传车”与村民之间的隔阂越来越深……生活变成这样，起因于一纸“桂平市人民政府征地公告”'
     '。公告发布于2009年6月23日，称广西桂平市拟建“生活垃圾无害化处理厂项目”，通过修建垃圾堆肥厂、'
     '填埋场等方法，以消化市里日益膨胀的生活垃圾。项目选址距市区约21公里的下湾镇石塘屯东南面，下湾镇龙岭'
     '村、团结村和社步镇宁江村的近300亩土地将被征。据桂平市发展与改革局局长梁均荣介绍，该项目的选址“经'
     '过了前期大量的环境评估研究和可行性研究”。村民们不明白，“可不可行难道不应该先听听我们的意见么？”',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://m.hxnews.com/news/gn/shxw/201701/22/1147017.shtml',
     '大家都知道，环卫工作每天起早贪黑非常辛苦。据《每日新闻》报道，在平邑县临涧镇165名保洁员勤勤恳恳工'
     '作了五个多月，却一分钱工资都没有拿到。早晨七点半，临涧镇保洁员李大爷就扛起了扫帚，开始打扫村里的卫生'
     '。李大爷说村里保洁员这个工作自己已经干了三年了，每天至少得有8个小时是在村里打扫卫生，一个月工资伍佰'
     '元。不过现在已经五个月没有发工资了。李大爷今年已经61岁了，无儿无女、孤身一人，家中全部开销就指望这'
     '点工资。在李大爷家中，一大桶自制的辣椒酱、几个干巴巴的煎饼就是李大爷平日的口粮。最近，李大爷有些感冒'
     '，因为没钱看病，一直抗到了现在。记者了解到，临涧镇共有165名保洁员，都已经小半年没发工资了。大伙说'
     '，村里保洁员这个工作都是些年龄偏大、家庭贫困的村民才肯做。连续被拖欠五个多月的工资让这些家庭更是雪上'
     '加霜。据了解，临涧镇环卫工作已经承包给了一家叫康洁环卫的公司，刚开始发了几个月的工资，后来不知道为什'
     '么一直没发。记者联系上了公司的项目经理。这位经理说“应该是政府拖欠了我们的承包费。具体情况是和公司签'
     '的合同，我不太清楚。”随后记者来到了临涧镇政府了解情况。临沂市平邑县临涧镇政府工作人员说：“主要领导'
     '没在家，环卫所过年休假了，分管宣传的也请假了。”',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://xtq.zynews.cn/thread-1454479-1-1.html',
     '尊敬的领导，您好！我们是一群郑州市二七区第四环卫公司的环卫工，主要负责洁云路，长江路及大学路等几个路'
     '段的清洁。虽然我们大部分都是来自农村的老年人，没什么文化，但无论凌晨还是深夜，无论刮风还是下雨，我们'
     '都坚守自己的岗位，为城市的整洁尽自己最大的努力。自从今年1月份以后，公司领导说路段被别人承包了，我们'
     '的管理及工资待遇都有承包商负责。当时我们都认为不管谁负责，我们照样认真干活，只要给我们发工资就行了。'
     '可是，事实并不是想像的那样。自从承包商接手后，我们的工资就没有按时发放过，从开始的拖一两个月到后来拖'
     '三个月发一次，至今12月了，我们9月份的工资还没发放。不但工资不按时发放，原来承诺的垃圾清运车的维修'
     '费用，也不兑现，都是我们自己拿钱维修。高温补贴更是没有一分，没有任何奖励，倒是莫名其妙的罚款比以前更'
     '多了。我们每个月就2600元的工资，除去房租水电费生活费，基本上没有剩余，更不敢生病。平时买菜都是特'
     '价的处理的，穿的衣服和鞋子大部分也是别人送的或者从垃圾桶中捡的旧的。生活虽苦，但对于我们这些从农村来'
     '的老年人来说，能自力更生自食其力，即为社会做贡献，又能减轻孩子负责，已经很满足了。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://szb.ycfbapp.com/ycwb/pc/con/202507/11/content_87469.html',
     '近日，市民马女士向记者反映，6月16日上午7点40左右，她骑电动车经过凤凰南街189号时，因为路面井'
     '盖旁的一个坑，导致严重摔伤，可事后当马女士想要维权的时候却发现困难重重。6月23日，接到线索后，记者'
     '第一时间赶到现场，并在凤凰南街189号门前非机动车道的一处井盖旁边找到了这处坑洞，井盖上写着“银川城'
     '建局”及“消防”的字样。据马女士回忆，当天她像往常一样骑电动车上班，途经这里时，意外突然降临——电动'
     '车前轮卡入洞中，惯性将她甩出车外，重重摔在地上。事故造成她颅脑外伤、脑震荡、面部贯穿伤及两颗门牙断裂'
     '。“现在连吃饭都困难，头痛得无法工作，严重影响了我的正常生活。”马女士告诉记者，前期治疗已花费450'
     '0元，后续治疗预计还需2万元至2.5万元。马女士希望，搞清楚这处“卡轮坑”的权属方，并给予她医疗费、'
     '误工费、交通费等补偿。在这处“卡轮坑”附近，记者观察了40分钟左右发现，市民骑行电动车路过这里时大多'
     '会选择绕行，但也有个别市民的电动车轮胎卡进坑里。依据井盖上标注的字样，记者首先找到银川市住房和城乡建'
     '设局，工作人员表示，凤凰南街已经建成且近几年没有新修，权属早已移交。随后，记者通过电话联系到了银川市'
     '市政工程管理处，再次询问这处坑洼的权属，在询问井盖上的字样后，工作人员告诉记者，消防井及井周的维护工'
     '作均由中铁水务集团管理。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://cgj.yueyang.gov.cn/webapp/cgj/email/viewPublic.jsp?id=176381',
     '岳阳人行道地砖空鼓现象不说严重但也是普遍存在，以我经常走的东升小学沿线以及长炼小区沿线为例，一到雨天'
     '，雨水汇集在空鼓地砖之下。行人走过肉眼是无法分辨是否积水，这就导致一旦踩空污水飞溅打湿鞋袜甚至裤子。'
     '在我写这封信前五分钟（五月五日下午十七时十分许）恰逢东升小学放学，我沿长炼往北港路口过马路至少有四位'
     '行人踩空地砖溅湿。“知屋漏者在宇下，知政失者在草野。”从2016年回岳阳参加工作至今我目睹了岳阳的巨'
     '大变化，高楼多了，道路修了，但好像在这当中还少了一点什么？少了细微之处的为百姓着想。地砖空鼓的维修我'
     '想不是一件麻烦事，也不算是一件大事，是不是恰好就是这个事太小，小到让我们的工作去忽略了它。我们城市的'
     '“大”恰恰就是无数的“小”成就的，希望我们的城市建设者多俯下身子，倾听民意。热心市民：您好！您的来信'
     '《关于人行道地砖空鼓踩空溅湿的事情》已收悉，现就有关情况回复如下：接到您的来信后，我局下属市市政维护'
     '管理中心第一时间对您所反应的情况进行核实，发现岳阳大道确实有多处地砖松动现象，雨天踩踏易发生溅水。目'
     '前我局已对东升小学松动地砖进行修复（见附件），接下来将对其他松动地砖进行逐一修复。感谢您对城市管理工'
     '作的关心和监督，欢迎多提宝贵意见。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://sqsmgg.com/xwzx/gsdt/1659.html',
     '6月5日上午，家住吉州区沿江路白鹭苑小区的住户肖女士向记者反映，该小区里的垃圾箱摆放位置实在不合理。'
     '自从搬到这里，天天受楼下垃圾堆的侵扰，尤其是进入高温天气后，垃圾发酵变质后产生的气味以及蚊蝇让全家人'
     '痛苦不堪。“天气一热，我们家简直没法待。阳台下面垃圾堆的臭气和蚊蝇已让我们无法正常生活。”6月5日上'
     '午，记者接到电话后立刻赶往白鹭苑小区。记者看到，肖女士居住的B栋单元楼旁放着一个蓝白色的垃圾箱，离肖'
     '女士家的窗户不到一米。原本不算宽敞的过道，垃圾箱又占去近一半，楼下还摆放了十多辆私家车，余下的过道宽'
     '度正好能通过一辆车。虽然垃圾箱里满是垃圾，可外面也扩出一片“垃圾圈”。快餐盒、西瓜皮等生活垃圾堆在那'
     '里，发出难闻的气味，经过的居民大多捂着鼻子。在高温烘烤下，垃圾堆散发出难闻的气味，远远地还能看见苍蝇'
     '“嗡嗡嗡”地在围着垃圾堆“欢快地起舞”。“我很早就向社区反映过，但情况依然如故。”肖女士说。“我家4'
     '个窗户都对着这个垃圾箱，另外一侧的阳台下面还有2个绿色的垃圾桶。”“天气越来越热，老不开窗通风，时间'
     '长了，人都要憋出病来。要是一开窗，恶臭扑鼻而来，苍蝇“嗡嗡”乱飞，这会损害身体啊，你说我该咋办？”肖'
     '女士的丈夫称，一刮风，臭味就直接“飞入家中”。这时，一位住在E栋2楼的住户对记者说，这片垃圾离他们的'
     '窗户太近了，蚊虫直接就飞进楼道、屋里，喷洒杀虫剂都不管用。许多住户常年门窗紧闭，不敢通风换气。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://aq365.com/html/201105/27/13802.html',
     '“居民楼旁的路灯3月份就已经坏了，居民们也多次向社居委反映，可就是不见有人来修。”5月25日，家住市'
     '人民新村的许先生给安庆晚报热线来电反映。许先生告诉记者说，他是人民新村19栋居民楼的居民，今年3月上'
     '旬，他住的这栋居民楼西侧的一盏路灯突然不亮了，附近22栋居民楼东侧的一盏路灯也坏掉了。因为路灯不亮，'
     '这给当地居民夜晚行路带了不便，尤其是社区里的一些老人晚上行路更是困难。“因为没有路灯，这对小区安全也'
     '带来了影响。”许先生说，就在路灯不亮的那天晚上，他们楼上一居民的电动自行车黑灯瞎火中被人给偷走了。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH122, "fresh122")
