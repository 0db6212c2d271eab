"""Sealed batch fresh58: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: county and township officials as covered by traditional-script and overseas Chinese media
(大紀元, 新紀元, 看中國, 新唐人, 東方日報, 明報, 旺報, 商業電台, ETtoday, 民主中國, RFA copies), plus
short forum posts and a 纪委-style notice: violent demolition and land seizure, beating of
petitioners, a 保護傘 police chief, 賣官, gambling and mistresses of town leaders, a 送别宴 on
public money, officials' illegal building, a county head's car hitting a boy, a village 公款旅游;
out items are grievances and lawsuits the same media report (a hospital death, a demolished
ancestral house, a vaccine case, toll-station land, a besieged town hall, a Shenzhen 釘子戶,
unpaid wages at a bankrupt factory, a vaccine-damaged boy, a mud road, a village without water).
Sources (stored-pages search): a 大紀元 item on the 化州 中垌鎮 land seizure; a 東方日報 item on the 巧家
老店鎮 demolition death; a 新紀元周刊 feature on the 定遠 county secretary 陳兆豐; a 大紀元 copy
on two 方城 petitioners beaten after being lured by 獨樹鎮 cadres; a 看中國 item on the 唐山
woman reporting the 豐南區 police chief; a converted 中新網 item on the 石泉 兩河鎮 secretary and
town head caught gambling; a 2001 大紀元 item on the 輝縣 北云門鎮 secretary's mistress; a 雷家店镇
送别宴 notice; a 海门 forum complaint by 王兰香; a 高州 下元村 forum post; a 民主中国 essay on the
邢台县 county head's car; a 浦江 浦南街道五村 notice; out items: a 明報 item on a 珠海 hospital
death (via 長青網), a lawyer's story of a 兴化 ancestral house, an RFA copy on a 伊犁 vaccine suit,
a 旺報 story on the 柳邕 toll-station land, a 新唐人 copy of an RFA item on 亦庄镇 land, a 大紀元
item on a 深圳 蔡屋圍 釘子戶, a 東方日報 item on the 東莞 橋頭鎮 garment workers, a 商業電台 item on
a vaccine-damaged boy, a 灌云 陡沟乡 forum post on a mud road and an ETtoday item on 楊塢村 water.
Thirteen texts are in traditional script (items 1-7, 13, 16, 18-20, 22; item 6 from a converted
copy with glossing pinyin, the glosses removed); the theme asked for at least six.

Conventions: as in the earlier sealed batches (see fresh38th.py and fresh44th.py). Excerpts as
published (whole sentences kept, some paragraphs and sentences cut; page junk such as headlines,
sub-headings, image captions, bylines, datelines, source tags ("【大紀元2015年11月23日訊】",
"【本報綜合報道】", "【明報專訊】", "旺報【記者…】", "(文宇晴 报道)", "(漫画/赵春青 文/周伟灵)"),
letter headings, signatures and forum headers removed; paragraphs joined; ASCII punctuation
written full-width except inside numbers and clock times ("1.5億", "9,000", "2.3元"); "--"
written "——"; stray spaces inside sentences removed ("皖 北", 003). Page typos kept ("還且",
"打的高保剛", "人民幣，，", "想相关部门", "私自将改房屋", "修缮的的", "吓的", "已1000元",
"陈福生", "兩年來多", "滑到", the spun wording of 008: "效劳", "恪守", "别离", "摆布", "正告处置").
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, firms and officials who only handled, investigated, announced or
answered are not accused; an organ accused as a whole gives no entry; an unnamed accused official
is (None, position, unit). Names, positions (as first written with the name) and units as
written; unit None when the text does not tie the person to a named unit. Topics only from the
twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (001, 005,
011). Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2
(021, 022). 27 accused entries, all in items 1-12: 14 with a full name, 3 masked (汪某某, 余某,
胡某), 10 post only. Out items have no accused entry.

Close calls:
 1  Mixed: the villagers' fight to keep their land (an out-of-scope land claim) together with the
    beating. "一名鎮長指揮，唆使警察毆打村民" gives (None, '鎮長', '中垌鎮'), the town named in the
    first sentence; the police who beat and the one shouting "打死他們不用負責" give one post-only
    entry. "歷屆鎮政府官員" and "鎮政府" forging papers are the town government as a body: no entry.
    The two picture captions between paragraphs cut; the cut-off last sentence cut.
 2  Not mixed: the 僭建露台 demolition and the 一萬元 paid by the county are not a claim the text
    makes; it reports a death. The staff who beat 丁發朝 ("多名鎮政府工作人員…遭暴打") are one
    post-only entry; "一名姓黃的副鎮長" refused him a hospital: name None (only a surname), unit
    '老店鎮'. 陳德順 is first named "老店鎮黨委書記陳德順" (earlier "鎮委書記" without name) and is
    accused as the county suspended him. 陳懷品 (縣紀委書記) and the 公安局長 only act.
 3  The caption sentence above the text and the sub-heading cut; the cut-off last sentence cut.
    陳兆豐 is first written "前定遠縣委書記陳兆豐": '縣委書記', '定遠縣'. The three unnamed 蒙城縣
    secretaries and the eighteen 縣委書記 are a tally, not individually accused: no entry.
 4  陳書先 ("方城縣獨樹鎮人大主席") and 張濤 ("鎮政府工作人員") lured the two petitioners into the
    trap and left them with the men who beat them; 張紹正 ("獨樹鎮政府張紹正", no post) paid the
    leader: all three accused. The men in "「特警」制服" are not shown to be officials (the page
    itself quotes the word): no entry; "派出所的一人" only waited. "--" written "——".
 5  Mixed: her own loss of 107萬 to the fraud ring (a criminal matter) together with the report
    against the police. Both the 公安局長 of 豐南區 and "主要辦案人員" are accused, post only. The
    sub-heading and the paragraphs on the city's hotline cut; the page's doubled comma kept.
 6  Traditional copy with pinyin glosses ("鎮(zhèn)"), glosses removed; the dateline "中新網8月17日
    電" cut; the sentence garbled in the stored copy ("當(dāng)?shù)氐囊桓刹空f…") and the cut-off last
    sentence on 劉大彥 cut. The earlier "南鄭縣陽春鎮“賭博書記”" is an allusion to another case
    with no conduct told here: no entry. Topics 生活纪律 (gambling) and 工作纪律 (the false errand).
 7  張榮祿 is first named without a post ("上面的名字是張榮祿"); the post comes in the next
    paragraph: '党委書記', '北云門鎮'. The lead sentence also tells of another 鎮党委書記's child,
    a 鎮長 who drove his mistress to death and a 局長 keeping a mistress: three post-only entries
    (units not given). The police officer 張新義 only acts. Page characters as published (党,
    証, 后, 儿). The cut-off last sentence cut.
 8  A notice in spun wording. 余某 is first written "原雷家店镇农技效劳中心主任余某": the former
    post; 胡某 "副镇长", unit '雷家店镇' from "该镇两名干部". The nine centre heads and the 13 other
    guests are unnamed: no entry; the 县农业局党组 is an organ.
 9  Not mixed although her son's building agreement with the family is mentioned: the complaint is
    the officials' own illegal building and the collusion. 吴一平 "海门区三星镇税务局局长":
    '税务局局长', '三星镇' (the bureau kept in the post, as '县财政局长' in fresh46); 黄丽华
    "原海门宣传部副部长"; 李箭飞 "现四甲镇副镇长" (the former 城管队长). 汤远渊 (村委书记) and the 镇城管局 only
    answered: not accused. The heading "控诉书(…)" and the cut-off last sentence cut.
10  Hard: the land grab is by villagers (黄日祥, 黄兴强, not officials); the post is in scope only
    through "勾结村长强买强卖村集体土地", so (None, '村长', '下元村'). Read as a village land
    dispute it would be out (其他); the collusion charge decides.
11  Mixed: the delayed compensation to the boy's family is the out-of-scope claim; the county head
    顾鹏图 drove on to a banquet. Started at the survey paragraph; the first paragraph on 庄河 (a
    removed mayor and missing compensation) and the sub-heading cut. The general statements on
    "县太爷" and 纪检部门 name no one: no entry. A 2009 case: topic 群众纪律 only.
12  潘松涛 (村委会主任) was dealt with by 诫勉谈话 and is accused with 潘群仙; the village cadres
    陈某 and 吴某 are the ones taken on the trips, not charged by the text: no entry.
13  涉法涉诉: a hospital death heading for a lawsuit; the doctors are not charged with misconduct
    beyond the family's view, and the 維穩部門 only intervened. The source tag, the sub-heading and
    the opener "《南方都市報》報道，" cut.
14  涉法涉诉: a lawyer's account of a suit over a demolished ancestral house; "案子久拖不決" and the
    judge's remark are not an allegation against a named official. Sub-headings cut.
15  涉法涉诉: the suit over a vaccine-paralysed boy; "政府部门…推卸责任" and "高院老是刁难县法院"
    blame organs. The picture caption ("控告地方政府部门造假"), the byline and the cut-off last
    sentence cut. Page characters kept ("︰", "甚么").
16  征地拆迁, traditional: the brothers' compensation claim at the 柳邕 toll station. The two-week
    detention and the 規畫局/國土局 making permits conditional on the land deal are told as the
    family's grievance against organs; 楊旭升 (former 徵地中心主任) only explains. Source tag and
    sub-headings cut; the cut-off last paragraph cut.
17  征地拆迁: villagers besieging the 亦庄镇 government over compensation; the summons of 刘安军 and
    "当局凶残的报复" name no official's misconduct. Dateline, the interview lines and the cut-off
    last sentence cut.
18  征地拆迁, traditional: a Hong Kong owner's holdout in 深圳 蔡屋圍; the 國土局 only rules. The
    site tag "(//www.dajiyuan.com)" cut.
19  个人利益诉求, traditional: workers of a bankrupt Hong Kong-owned factory besiege the 橋頭鎮
    government for their wages; the owner who fled is private, the police only keep order and the
    town only invites talks. Source tag and sub-heading cut; the ASCII dot of "（人民幣.下同）" kept.
20  个人利益诉求, traditional: a family seeking recognition and help for a vaccine-damaged boy;
    the petitions "未獲理會" blame organs, and the doctor's private remark accuses no official.
21  其他: a forum request for a paved road; header, photo notes and footer cut.
22  其他, traditional: a village without water and the town's answer; the 鎮政府 only answers.
    Headline, captions and byline cut; the cut-off last sentence cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH58: list[Item] = [
    # 01
    ('http://www.epochtimes.com/b5/15/11/23/n4579826.htm',
     '大陸官方強徵土地現象頻繁上演。11月20日，廣東化州市中垌鎮西門坡村數十村民阻止強徵土地時，遭到'
     '數十名警察毆打，其中一人重傷入院，至今未出院。另有2名村民被抓捕。同日，惠州市惠東縣稔山鎮大埔屯'
     '村亦發生數百警察、武警進村強徵，至少16名村民被抓捕。11月20日上午10時許，西門坡村三四十名'
     '村民來到被強徵的土地上，阻止開發商施工，當地政府調動二十餘名防暴警察進場鎮壓。村民陳先生對大紀元'
     '記者表示，警察到現場之後強行從地裡拉村民，村民堅持站在自己的土地上維權，遭到警察毆打，警察用盾牌'
     '將村民圍住，開始用警棍亂打。還有村民表示，當時現場有一名鎮長指揮，唆使警察毆打村民除頭部外，其他'
     '部位隨便打，還且一名手持警棍的警察叫囂使勁打，打死他們不用負責。據悉，有2名村民被打傷住院，其中'
     '一名村民頭被打破，至今未出院，另有多名村民輕傷，2名村民遭警方抓走仍未獲釋。被打村民大部分都是七'
     '八十歲的老人。據村民介紹，當地歷屆鎮政府官員以徵收、國家使用等名義，強占村民土地200餘畝，用以'
     '興建鎮政府辦公大樓，以及賣給開發商進行商品房開發，同時還將土地抵押給開發商充當工程款等。近日，鎮'
     '政府在未通知村民、未支付補償款的情況下，偽造證件，將村集體土地當成國有土地拍賣，引起全體村民反對'
     '。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [(None, '鎮長', '中垌鎮'), (None, '警察', None)]),
    # 02
    ('http://orientaldaily.on.cc/cnt/china_world/20120420/00178_004.html',
     '雲南省巧家縣老店鎮政府周二強拆農村建築時，毆打其中一名戶主丁發朝，並將他拖走扣押在鎮政府，翌日丁'
     '傷重死亡，引起死者家屬及村民逾百人圍堵鎮政府並停屍辦公樓討說法。縣當局宣布將鎮委書記免職、調查事'
     '件，並補償丁家一萬元人民幣。親屬昨日凌晨將設在鎮政府的靈堂撤走。周二（十七日）下午四時，多名鎮政'
     '府工作人員進入丁發朝家拆僭建露台，丁疑因阻撓拆遷遭暴打，渾身傷被收押。丁發朝被帶到了鎮政府後，其'
     '當老師的兒子丁明寶趕到鎮政府看望父親。「當時他（父親）臉色發黑，沒有力氣說話。」丁明寶說，他先後'
     '五次請求鎮政府官員讓父親先去醫院治療，但一名姓黃的副鎮長卻要求其父必須先認錯，才可以送院。翌日凌'
     '晨四時，丁發朝情況惡化，鎮政府通知家屬領人，丁被背回家不久即死亡。家屬遂將屍體帶回鎮政府討說法，'
     '同村逾百村民也陸續趕往聲援。數十名警員在現場戒備，但無阻止村民放鞭炮、哀樂的追悼會。縣政府隨後停'
     '止老店鎮黨委書記陳德順的職務，由縣紀委書記陳懷品暫時主持該鎮工作，公安局長帶隊調查案件。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [(None, '鎮政府工作人員', '老店鎮'), (None, '副鎮長', '老店鎮'), ('陳德順', '黨委書記', '老店鎮')]),
    # 03
    ('https://www.epochweekly.com/b5/053/4200.htm',
     '在二零零七年底，中國安徽省爆出查處了十八名現任和離任縣委書記的驚人消息，有的縣竟然有三任縣委書記'
     '落馬，主因都是腐敗賣官買官所致。縣委書記一職在中共的衙門中是最低一層的芝麻官，為什麼會發生如此多'
     '的腐敗案件？是如何發生的？為什麼連續幾任縣委書記都會涉案？安徽省以長江為界，分為皖南、皖北兩大地'
     '區，一般來說，皖南經濟較皖北發達，但整體來說安徽省算不上經濟發達的省份。有資料顯示，二零零五年安'
     '徽省的人均國內生產總值（GDP）排名在全中國的第三十一位。此次曝光落馬的十八位縣太爺都是在以阜陽'
     '為中心的皖北地區，涉及到十一個縣。其中蒙城縣有三任縣委書記「前腐後繼」被查辦，還有幾個縣也是前任'
     '縣委書記剛剛落馬，繼任縣委書記不久即步其後塵。而前定遠縣委書記陳兆豐賣官案，則是安徽省歷年來受賄'
     '數額最大的一起縣委書記犯罪要案。向陳兆豐買官，並如願以償者多達一百一十人，涉及金額高達人民幣上千'
     '萬元。有二十多年中共黨齡的陳兆豐，先後在安徽省定遠縣擔任副縣長、縣長、縣委書記。根據大陸媒體報導'
     '，陳兆豐擔任公職的這段期間，在工程承攬招標、職務提拔、工作調動、辦理入編等方面，為他人謀取私利，'
     '收受財物約人民幣兩百八十四萬元、八百美元。此外，還有人民幣五百四十五萬多元、將近七千元美元、港幣'
     '一萬七千元不能說明來源。',
     'in', None, False, ['选人用人', '贪污贿赂'],
     [('陳兆豐', '縣委書記', '定遠縣')]),
    # 04
    ('http://tvsmo.com/b5/17/3/8/n8886517.htm/amp',
     '3月3日是兩會召開第一天，各地訪民依然遭受各種打壓。3月2日下午3點左右，高保剛在中共公安部大樓'
     '前，被四名截訪人員抓捕後，送到方城進京截訪人員的住地——北京順來福賓館。在賓館一樓大堂，高保剛見'
     '到了同是訪民的親戚袁天甫。袁是在中共信訪局門前，被方城縣獨樹鎮人大主席陳書先和鎮政府工作人員張濤'
     '剛剛「勸」至此處的。大約下午四點，陳書先說，鄭州公安局的「谷局長」在此接見高保剛等解決問題，讓等'
     '到五點鐘。但陳隨即藉口身體不適上樓，只留張濤「陪」著高、袁兩人。幾分鐘後，8名身穿「特警」制服的'
     '年輕小伙子衝進大堂，三個人不由分說架起70多歲的袁天甫就往外走，另外五人把高保剛摔倒在地，一陣拳'
     '打腳踢。袁天甫在掙扎中，被推上門外的一輛七座商務車，被兩人夾坐在後排座位，手機被搜走。同時高保剛'
     '被那些人一邊打，一邊拖出賓館塞進商務車裡。他們把高保剛按到座位上，仍然用拳頭往臉上頭上一陣亂打，'
     '打的高保剛滿臉是血，直到高保剛不再掙扎才停手。天黑後車上留下四個「特警」押送五名上訪者，一路疾馳'
     '出京。早晨7點左右，車到河南方城高速出口，高、袁二人所屬的獨樹鎮政府張紹正和派出所的一人，開著警'
     '車等著接人。袁天甫看到，張紹正塞給帶隊「特警」一沓錢後，他被推下車。而高保剛仍蜷縮在車後面，雙眼'
     '緊閉一動不動。押送者把他抬下車扔在地上，但張紹正看到這種情況，不敢接收。跟押送者嘀咕了幾句，那些'
     '人就又將高保剛抬上來時的車，車轉頭上了高速。不久，押送者將高保剛抬出車扔在路邊，揚長而去。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('陳書先', '人大主席', '獨樹鎮'), ('張濤', '鎮政府工作人員', '獨樹鎮'), ('張紹正', None, '獨樹鎮政府')]),
    # 05
    ('https://m.secretchina.com/news/b5/2022/06/15/amp1009249.html',
     '唐山打人事件或許只是大陸當今社會的冰山一角，但是輿論聲討已經延伸國際，中共國內也掀起了「舉報潮」'
     '，一女子在社交網絡實名舉報一公安局長就是詐騙集團保護傘。唐山燒烤店打人視頻曝光，引發民眾對當地警'
     '匪黑幫背景高度關注，許多百姓拿出自己的身分證拍攝影片控訴當地黑社會。抖音、快手等短影音平台，一度'
     '成了舉報黑社會大會，其中唐山一名女子郭立立實名舉報唐山市豐南區公安局長，稱公安局局長為一個詐騙團'
     '夥充當保護傘。郭立立拍下的視頻表示，實名舉報唐山市豐南區公安局長及主要辦案人員為「車把頭」詐騙團'
     '伙充當保護傘。她提到，她被詐騙了107萬元人民幣，，全國有1500人被詐騙，涉案金額達到1.5億'
     '元。但主要詐騙人員至今都逍遙法外。據悉，郭立立所在的豐南區此前也有一個蛋糕店老闆實名舉報自己因被'
     '當地黑社會暴力砸店只能歇業。',
     'in', None, True, ['滥用职权'],
     [(None, '公安局長', '豐南區'), (None, '辦案人員', None)]),
    # 06
    ('http://92880.cn/news/2004year/2004-08-17/26/472880.shtml',
     '繼南鄭縣陽春鎮“賭博書記”風波剛剛平息，陜西安康市石泉縣兩河鎮黨委書記周軍、鎮長張少翠又因聚眾賭'
     '博，被石泉縣紀檢、公安部門當場抓獲。日前，經石泉縣委常委會討論決定，分別免去二人書記、鎮長職務。'
     '據三秦都市報報道，石泉縣紀委一負責人介紹：9日晚上10點多，有人舉報兩河鎮有干部在進行賭博，紀委'
     '立即抽調紀檢人員聯合公安局直奔兩河鎮。10日凌晨1時許，在距離兩河鎮十幾公里的興坪電管站羅某的家'
     '里，將參與賭博的兩河鎮黨委書記周軍、鎮長張少翠等8人一舉抓獲，其中有5人是鎮干部。兩河鎮紀檢委的'
     '陳書記講：8月9日晚7點多，書記周軍說他和鎮長到興坪電管站處理一個用電糾紛，處理完了以后就到縣上'
     '去了。10日下午，卻聽說書記、鎮長和幾個干部賭博被抓了……陳書記講，11日和12日鎮上開了兩次干'
     '部大會，書記和鎮長在會上把防汛、防滑、烤煙等工作逐一作了安排。在會上，張鎮長說了他們打牌的經過，'
     '并痛哭著告誡干部以后不要賭博，與會的其他干部也都哭了。8月15日石泉縣常委會作出決定，對身為黨員'
     '領導干部且頂風違紀參與賭博的兩河鎮黨委書記周軍、黨委副書記兼鎮長張少翠分別給予黨內嚴重警告處分，'
     '免去其書記、鎮長職務。',
     'in', None, False, ['生活纪律', '工作纪律'],
     [('周軍', '黨委書記', '兩河鎮'), ('張少翠', '鎮長', '兩河鎮')]),
    # 07
    ('https://www.epochtimes.com/b5/1/1/15/n34702.htm',
     '近日，河南省新鄉市紀檢部門在調查鎮党委書記包養“二奶”一案時，發現做親子鑒定的孩子是另一個鎮党委'
     '書記的私生子；鎮長為了頂缺當上書記，竟然逼死了他包養的“二奶”；鎮長“二奶”之死又爆出了局長包“'
     '二奶”丑聞……1999年深秋的一個下午，新鄉市花園派出所副所長張新義，接到一個陌生男子打來的舉報'
     '電話，稱在本轄區解放路一座樓里有人嫖娼。當天深夜11時，張新義等4名民警敲響了舉報者所說的那戶人'
     '家的房門。開門的是一位裹著睡袍的少婦，她睡眼惺忪地問：“你們找誰？”民警們出示証件后，問道：“這'
     '里的房主是誰？”少婦說：“這是俺家。”民警們進屋后，一名光著上身的中年男子從臥室里走出來，不耐煩'
     '地問：“半夜三更的，你們有什么事？”張新義反問道：“你是這家的什么人？”中年男子說：“我是這家的'
     '主人，你們想干什么？”張新義沒有理會他，走進臥室，見床上躺著一個不滿周歲的男孩，看來是一個三口之'
     '家。難道舉報有誤？張新義要中年男子出示証件，那人拿出了一個輝縣市的人大代表証，上面的名字是張榮祿'
     '。因其身份特殊，民警們遂停止調查。原來，張榮祿是輝縣市北云門鎮的党委書記。掌了大權后，張榮祿不惜'
     '重金在新鄉市解放路購置了一套房子，物色了一名年輕女子包養在那里。他不僅和“二奶”拍了婚紗照，還特'
     '意選擇良辰吉日，舉行了隆重的“結婚”儀式，宴請了各方賓客。此后，兩人儼然夫妻般地過起了日子。并縱'
     '容“二奶”為他生了一個儿子。張榮祿滿以為遠离輝縣市，在新鄉包“二奶”，神不知鬼不覺，誰知一個舉報'
     '電話惊破了他的黃粱美夢。据深圳法制報報道，不久，又一封舉報張榮祿包“二奶”的信投到輝縣市紀檢部門'
     '。',
     'in', None, False, ['生活纪律'],
     [(None, '鎮党委書記', None), (None, '鎮長', None), (None, '局長', None), ('張榮祿', '党委書記', '北云門鎮')]),
    # 08
    ('http://m.gyxmad.com/newdetail-232067.html',
     '4月12日上午，群众向该县纪委告发：雷家店镇农技效劳中心主任汪某某当天中午将在镇上一酒楼大摆筵席'
     '，为其上一任送别。县纪委当即派人赶赴现场，将正准备用餐的一群干部“逮”了个正着。经查，3月底，该'
     '县农业局调整干部，原雷家店镇农技效劳中心主任余某调离，由汪某某接任。4月12日，汪某某未请示县农'
     '业局，也未恪守该局“办理交代必须由局有关人员现场监督”的规则，致电余某，邀其到雷家店镇交代作业，'
     '一起组织单位管帐用公款在镇上某酒楼预定“送别宴”2桌。随后，汪某某、余某别离告诉此前已联络好的9'
     '个城镇农技效劳中心主任前来雷家店镇聚餐，并电话邀请副镇长胡某前来“重视”一下。上午11时摆布，受'
     '邀人员陆续抵达雷家店镇农技效劳中心；11时30分，副镇长胡某邀约该镇两名干部一起前来。12时许，'
     '汪、余二人办完交代手续后，一行十余人即动身前往酒楼。孰料饭菜现已上桌，大家还未开吃即被查获。县纪'
     '委对汪某某给予党内严重正告处置，对余某、胡某给予党内正告处置；对县农业局党组实行监督职责不力问题'
     '在全县通报批评，一起责成县农业局和雷家店镇别离对别的13名违规参与者诫勉说话。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('汪某某', '农技效劳中心主任', '雷家店镇'), ('余某', '农技效劳中心主任', '雷家店镇'), ('胡某', '副镇长', '雷家店镇')]),
    # 09
    ('https://bbs.0513.org/thread-4231173-1-1.html',
     '各位热心的领导和社会朋友们：我是南通市海门区四甲镇二桥村十五组18号村民王兰香，今年84岁。我实'
     '名控诉海门区三星镇税务局局长吴一平及其妻子原海门宣传部副部长黄丽华，勾结部分当地乡镇政府官员，严'
     '重无视周围村民利益，在我村违法用地，违规建房！在约2014年和2019年，其夫妻俩分两次无证违法'
     '改扩建其已故叔叔的房屋。其叔吴汉达去世距今已经十八年，无子嗣，原本房屋已经残破，其房屋用地也可不'
     '久收归小队集体分配。期间他们不仅私自将改房屋大肆修缮，还将原两间扩建为三间，以及向西延伸进深！现'
     '四甲镇副镇长李箭飞（当时为城管队长）全程参与，并纵容此事发展。当时我多次想相关部门和12345举'
     '报，但没有任何解决问题的回复。时至今日，村委、乡镇知情，但也根本不予调查和处理。现在还说，毕竟他'
     '们一家是当官的，让我们老百姓给个面子！在2015年，我大儿子家自建平房时，吴一平一家百般阻挠、刁'
     '难。最后在村委会主持下，10月6日双方签订了一份关于今后两户如何规划建房的协议：双方前后对齐，高'
     '度对齐（不超前，不落后，不超高），全部为平房。我大儿子家遵照协议，才得参照吴一平家老平房尺寸建房'
     '。原本以为会相安无事，但是在2021年11月，吴一平一家突然又无证动工拆除老房四周砖墙和屋面，深'
     '挖基础，意图利用修缮的的说法，大肆改（扩）建老宅。我在多次向现村委书记汤远渊反映后，没有实质性的'
     '回复。汤远渊说过，你们要自己盯好他们施工情况，我们村委会怎么可能有时间、有精力，24小时看在现场'
     '阻止他们的行为呢？之后我向海门12345举报，镇城管局在意料之中走了个过场，没有回访，没有结论。'
     '现场施工队替其出头，野蛮阻止我和家人的抗议。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [('吴一平', '税务局局长', '三星镇'), ('黄丽华', '宣传部副部长', '海门'), ('李箭飞', '副镇长', '四甲镇')]),
    # 10
    ('http://www.0668.com/forum.php?mod=viewthread&page=1&tid=50225',
     '2017年03月高州根子镇下元村村民黄日祥，黄兴强等人，非法强占下元村集体土地600多平方做房子'
     '，下元村集体土地原来是村民晒稻谷的地方，但是现在给黄日祥，黄兴强霸占来做房子了。下元村村民去抗议'
     '，他们就摆出要吃了人的样子，吓的村民都不敢靠近。村民也去找了相关部门来解决，但是都没有什么效果。'
     '直到前两天有抗议的村民晕倒后，有关部门才让他们先停工，商量好了再做房子。直到今天他们和村民说他们'
     '和村长商量好了，已1000元一平方的价格买断。你们这样不是商量，你们这样是勾结村长强买强卖村集体'
     '土地。是谁给你们权力，能在没有任何手续和霸占村集体用地上浩浩荡荡的做房子。你们的靠山到底有多硬，'
     '霸占了村集体用地村长都不敢去抗议。难道根子，高州，茂名就没有哪个单位能管的了你们这些村霸了吗。',
     'in', None, False, ['滥用职权'],
     [(None, '村长', '下元村')]),
    # 11
    ('https://minzhuzhongguo.org/?p=20532',
     '据北京最高当局指令民政部与国家信访总局所作的调查表明：从二○○五年初到二○一○年底，与县长、县委'
     '书记违纪违法行为直接相关的进京上访案件（内部称为“不满『县太爷』类上访”），有五千六百余件没有解'
     '决，纪检部门介入而没结果的大约三千二百件，佔人民“不满『县太爷』类上访”的百分之五十七。尽管民政'
     '部与信访总局的秘密调查结果不能公开，也没有涉及全国进京上访总量，但它至少说明：其一，各级纪检部门'
     '实际上是倾向於保护“县太爷”这个群体的，因为“县太爷”能够及时通过上级关系人疏通更上层的关系，这'
     '也是大量县级驻京办存在的基本原因；其二，北京权力核心不敢真正整顿县治，因为“县太爷”集体怠政会导'
     '致基层政权瘫痪，乃至於中共整体下台。由於这两点原因，中国的“县太爷”们绝大多数都藐视小民。比如，'
     '两年前发生在河北省邢台市下辖的邢台县“县长公车撞飞放学少年”事件，到现在才为社会所知。而其之所以'
     '为社会所知，根本原因是县政府拖延对受害家庭的赔款，致使受害家庭不顾当地政府的威胁而向媒体爆料。二'
     '○○九年三月九日，县长顾鹏图的公务车撞飞少年李小林的惨祸发生后，这位县长并未下车救助伤者，而是在'
     '手下的簇拥下急着去参加欢迎上级的公务宴会。在车祸发生后的两年多时间里，该县长从未探视过受害者李小'
     '林本人，也未出面慰问其家人。',
     'in', None, True, ['群众纪律'],
     [('顾鹏图', '县长', '邢台县')]),
    # 12
    ('http://kjb.sckjw.com.cn/6a5f749f69954227bdb8703c796bed6a',
     '前不久，浙江省浦江县浦南街道五村党支部书记潘群仙等人借集体活动名义公款旅游问题被通报曝光。201'
     '8年1月，浦南街道五村经村“两委”干部商议后，以庆祝该村被评为环境卫生示范村名义，组织村干部陈某'
     '等8人到武义泡温泉；同年3月，借赴安吉参观新农村之机，组织村干部吴某等8人到安吉天荒坪景区旅游，'
     '两次旅游费用共计6400元，在村集体报销。2019年1月，潘群仙受到党内严重警告处分，村委会主任'
     '潘松涛受到诫勉谈话处理，违纪款项已收缴。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('潘群仙', '党支部书记', '浦南街道五村'), ('潘松涛', '村委会主任', '浦南街道五村')]),
    # 13
    ('https://www.e123.hk/zh-hant/news/94831',
     '廣東珠海一名男子昏迷送院後不治，家屬認為醫生未盡力搶救，抬棺到醫院抗議，政府維穩部門介入，迫使院'
     '方借出10萬元人民幣給死者家屬到法院告醫院。今年1月22日晚上，斗門乾北村44歲村民阿良（化名）'
     '昏倒在路邊，被送往遵醫五院。由於無法確認阿良的身分，院方把他登記為「無名氏」。阿良的家屬7天後才'
     '透過警方獲悉此事。再過一周，阿良終告不治，家屬認為他送院的頭7天未獲救治，要求醫院負責，更一度將'
     '棺材抬進醫院。院方稱一直依照程序施救，但在政府介入後「很不情願地」借了10萬元給阿良家屬，讓對方'
     '聘律師打官司。由於法院傳票未到，周二（13日）阿良的家屬又到醫院索賠。政府人員表示，這場糾紛複雜'
     '，當局是鑑於阿良家屬聲稱沒錢打官司，才讓醫院借款給對方。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://shanghai.baogaosu.com/xinwen/%E5%81%B7%E6%8B%86%E7%BB%8F%E4%B8%A4%E5%B9%B4%E8%AF%89%E8%AE%BC%E5%90%8E%E5%88%A4%E5%86%B3%E6%81%A2%E5%A4%8D%E5%8E%9F%E7%8A%B6/40822020',
     '在江苏老家由祖母传给父亲的祖屋，竟被老家的邻居偷偷拆除了，还在原址上搭建了一间平房，这让家住上海'
     '的老人李福生十分愤怒。可是起诉到法院后，案子久拖不决不说，法官还表示他的诉请可能无法实现，因为房'
     '屋已经被拆了，作为城里人的他无权在宅基地上建房。无奈之下，年近六十的李福生找到我寻求帮助……李福'
     '生虽是土生土长的上海人，可户籍上的籍贯一栏填的却是“江苏省兴化市”。因为他的父亲李贵宝出生在兴化'
     '农村，建国初期离开老家到上海谋生，在他晚年时还是每年要回老家探亲，也经常会带上包括李福生在内的几'
     '位子女。由于父亲的原因，虽然李福生长期生活在上海，但对这片故土还是有着很深的感情。2006年，李'
     '贵宝过世，根据父亲魂归故里的遗愿，李福生及其兄妹将父亲的骨灰安葬在了家乡，此后每年清明节都要回家'
     '乡祭扫，顺便去看一下由祖母留下的两间瓦房。但2010年9月，陈福生再次回到兴化老家时，却发现老房'
     '竟然已被拆得只剩残垣断壁了，而且在部分宅基地上新建了一间平房，这间平房连着邻居王柏高家，成了王柏'
     '高家的厨房及客堂。邻居怎么会有这么大的胆拆除李家祖屋并自行建房呢？当李福生去找邻居王柏高及其妻子'
     '理论时，这家人理直气壮地表示，他们不过是拿回原本就属于他们的东西。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://08charterbbs.blogspot.com/2016/02/8_27.html',
     '大陆毒疫苗事件爆发后，尽管当局加强疫苗的质量和检测，但仍然不时发生孩童在注射后出现不良反应，甚至'
     '导致永久残疾。新疆伊犁一名8岁孩童接种疫苗致瘫，上月中法院撤销逾百万的赔偿。受害孩童家长抗议司法'
     '不公，亦指责涉事的政府部门和学校推卸责任。大陆在疫苗生产行业存在质量问题屡见不鲜，伊犁哈萨克自治'
     '州疫苗受害孩童家长王红军对本台表示，约3年前，儿子在学校接种了疫苗后瘫痪，从此无法站起来，一直躺'
     '在床上。经过诉讼，霍城县法院裁定厂方赔偿136万，可是厂方上月中上诉到高院时，被法院裁定胜诉，撤'
     '销县法院的判决，理由是事件不属法院处理。王红军说︰没有甚么驳回理由，我问你说不属于法院管，那为甚'
     '么要我打了3年官司？这里面肯定存在很大问题。县法院之前说了，不管是疫苗造成还是甚么造成的，只要造'
     '成小孩的伤害，都可以走民事。人身损害，本来事实存在，所以觉得这案件是百分百可以立。可是高院老是刁'
     '难县法院，都判了上面就觉得不对，但又不给县法院一个不对的原因。王红军的诉讼案一波三折，他说，儿子'
     '接种疫苗后瘫痪，未经过协商，县卫生局私下决定疫苗生产商要赔偿25万元。他不服提出诉讼，控告卫生局'
     '疾控中心、学校、负责接种的医疗部门、疫苗生产商。县法院立案后在2014年一审裁决，王红军可获12'
     '0万的赔偿。不过王红军觉得不合理，厂家则认为赔偿太多，双方提出上诉。王红军继续说，当案件来到高院'
     '后，撤销判决发回县法院重审。然而法院再次判决胜诉，赔偿金额增至136万。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://twpassiveincome.blogspot.com/2011/07/yahoo_31.html',
     '之所以形成現在的「山寨」收費站，覃鳳孝的丈夫韋烈卷表示，最大的轉捩點就在2005年收費站興建時的'
     '徵地。當時擔任柳江縣國土局徵地中心主任的楊旭升表示，最初收費站選建的地方是現址再往北4百公尺，需'
     '要徵用20多戶村民的土地，包括覃家3兄弟：大哥杜貴、二哥珠貴與小弟福貴以及其父母承包耕種的水田。'
     '依照徵地程序，柳江縣政府先發水田獎勵款，覃家報4個戶頭、總計1200元；在徵地補償費發放前，有位'
     '村民不滿自家魚塘的獎勵款與水田相同，遲遲不同意徵地，收費站興建計畫被迫暫停，最後換到土質條件較差'
     '的旱地現址。南移之後，柳邕收費站的國道東側280畝土地得到自治區政府的批文，準備開發工業園，並與'
     '多數農戶簽好徵地補償協定，可直接作為收費站的服務區，建辦公大樓和宿舍。國道西側的土地需另外徵用，'
     '其中包括覃鳳孝和韋烈卷的1畝多旱地，以及由覃家3兄弟擁有的7分多旱地。楊旭升回憶說：「覃家3兄弟'
     '拿到水田獎勵款後，即停止施肥，當年產量因而下降，後來改徵旱地時，他們即要求賠償水田產量損失，才同'
     '意徵用旱地。」覃珠貴表示：「土地補償費、安置補助費、青苗補償費和獎金等幾項加在一起，每畝旱地才1'
     '.9萬元，太低了。」覃福貴對青苗補償不滿，表示哥哥種玉米和黃豆，他種的是經濟價值較高的果樹：「1'
     '株2.3元買來的溫州柑果苗，他們只肯賠我1元錢1株。」直到收費站竣工，覃家3兄弟都沒有簽徵地協議'
     '。覃福貴說：「2005年收費站西側施工，2個哥哥出來阻攔，被帶走拘留15天。」2006年，覃珠貴'
     '和覃杜貴申請宅基地，想在收費站旁的旱地蓋房子，但規畫局和國土局要求他們先同意徵地，才發規畫許可證'
     '和土地使用證，他們只好妥協。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://www2.ntdtv.com/gb/2010/09/03/a425766.html',
     '北京大兴区亦庄镇的数百村民围堵镇政府，周四已经四天。村民们不满当局的征地补偿，要求老有所养，病有'
     '所医，提供与目前市价相应的合理补偿，当局未有理会。此外，关注农民的维权人士刘安军当天再被传唤。本'
     '台本周一已报导，北京大兴区亦庄镇约四百名失地农民，围堵镇政府大门，当局出动大批警员与民众对峙。连'
     '日来，亦庄镇政府门前每天都聚集着数十，甚至数百村民，要求政府落实他们的诉求。当地一位村民周四告诉'
     '本台：“亦庄这边现在基本上都拆完了，也不给解决，反正这帮老百姓为这事（请愿）。”村民说，自199'
     '2年，北京经济技术开发区在当地成立开始，他们的土地被以各种名义瓜分、占据。一位李姓村民说，补偿问'
     '题一天不解决，百姓就不会放弃上访：“但这个问题没给解决，反正这帮老百姓就坐那儿等着呗，坐在那儿。'
     '”据博讯中文网周四报导，周一开始，每天上午都会有数百名民众自发前往亦庄镇政府。为防止当局凶残的报'
     '复，所有参与者都是50岁以上的老年人。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://tvsmo.com/b5/7/4/12/n1676064.htm/amp',
     '中國城市拆遷「釘子戶」的維權抗爭此起彼伏，而其中牽扯到港人的釘子戶案也逐步曝光。繼早前本港媒體報'
     '導深圳寳安區一名港人近日因一幢建成僅三年的村屋被列入清拆範圍與當地村委會抗爭之後，昨日再證實一名'
     '在深圳蔡屋圍的港人，因不滿當地賠償額拒絕搬遷在10年前建築的1間6層高面積約800平方米的樓宇。'
     '據悉，深圳蔡屋圍一個計劃興建88層高商廈的地盤，目前仍然有一戶港人不滿賠償額，拒絕搬遷，周圍三百'
     '多戶的樓房已經清拆，地盤內只剩下這名港人六層高，面積約八百平方米的樓宇，國土局裁定明日是最後的搬'
     '遷期限，他已經向當局申請要求推翻裁決，發展商話會等候當局指示，明日不會強行清拆。57歲的港人戶主'
     '，在1977年獲該土地使用權，10年前重建了1間6層高，面積約800平方米的樓宇。他不滿發展商提'
     '出的每平方米9,000多元賠償，要求倍增至18,000元，即要賠償1,400多萬元才肯搬走。現場'
     '地盤內只剩下這名港人的樓房。有地產代理說，蔡屋圍村附近，10年或以上樓宇，每平方米值6,000至'
     '7,000元。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://orientaldaily.on.cc/cnt/china_world/20150502/00178_006.html',
     '東莞近年出現工廠倒閉潮，工人因被拖欠薪金而上街示威的維權事件不時發生。東莞橋頭鎮一間港資製衣廠周'
     '三突然倒閉，欠下員工數百萬元（人民幣.下同）薪金的老闆下落不明，遂引發數百名工人前日上街遊行並圍'
     '堵鎮政府大樓，希望討回欠薪及要求獲得賠償。示威工人當晚陸續散去，而鎮政府則在昨日邀請工人代表到鎮'
     '政府辦公室進行協商。據了解，涉事的厚宏製衣有限公司是香港導峰集團旗下的子公司，主要是生產高級針織'
     '襯衣、睡裙及休閒系列服裝。公司位於橋頭鎮中心宏達工業區，鼎盛時期員工人數曾高達六千人，目前有員工'
     '數百人。周三，該製衣廠突然倒閉，數百名工人討薪無門下，只好在前日高舉「還我青春錢」、「還我血汗錢'
     '」等橫額上街示威，並圍堵橋頭鎮政府大樓，導致多處交通癱瘓。當局出動大批持盾警員到場維持秩序，以防'
     '示威工人進行衝擊。多名目擊者將現場圖片上傳網絡，有網民表示：「製衣老闆跑了，欠幾百名員工幾百萬，'
     '所有員工大鬧橋頭鎮中心，交警無奈。」示威事件一直維持到當天晚上，工人陸續散去。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://www.881903.com/news/amp/local/2077088',
     '內地揭發有黑心疫苗，五年來分銷二十多個省市。來自山東的男童張梓浩，懷疑在鎮衛生院接種疫苗後，出現'
     '發燒嘔吐和小兒麻痺癥狀，病情一直惡化，現時全身癱瘓，智力和語言能力都受損。男童母親接受本台訪問指'
     '，有醫生曾私下向他們透露是疫苗後遺症，但病歷上不可以寫明病情由疫苗引起。一家人兩年來多，到不同醫'
     '院求診，又向各級政府部門上訪，但一直未獲理會。張太說兒子現時需長期在北京住院，接受針灸等康復治療'
     '，每次看到兒子身上佈滿針孔，都感到特別心痛，亦責怪自己帶他去接種疫苗，害了兒子的一生，現時只希望'
     '兒子能恢復自理能力，日後可照顧自己。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://aiganyu.com/article-8171-1.html',
     '江苏省2003年提出村村通公路，现在已经提出10年了，有些地方已经基本实现乡村通公路，我家住在连'
     '云港市灌云县陡沟乡陡沟村陡沟街商贸城向南300米左右向东这条路上，附近有些小路几年前就修成了水泥'
     '路，而我家门前这条大路至今还是烂泥路，就连乡下也见不到这种路了，这几乎也成为陡沟街唯一一条烂泥路'
     '，为什么其他的路都修水泥路，而我们这条就是不修呢？每逢下雨、下雪季节，道路都很难通行，全是泥泞不'
     '平的泥土路，汽车都不能走，一走就陷进去了，给居民出行带来很大困扰，家里老人上街买菜也很不方便，万'
     '一滑到怎么办？想不通为什么门前这条路为什么一直不给通上，请领导明察，希望能够早日修上水泥路，给百'
     '姓一个满意的答复，也希望领导能给百姓办件实事！',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.ettoday.net/news/20251020/3053315.htm',
     '江西上饒市廣豐區毛村鎮楊塢村近日有民眾投訴，當地長期依靠山坳水潭取水，逢旱即斷供，村民生活嚴重受'
     '影響，甚至必須自行過濾泥沙才能勉強飲用。對此，地方政府回應，確因高溫乾旱導致水源枯竭，現已啟動管'
     '網延伸及集中供水工程，以緩解居民缺水問題。《極目新聞》報導，近日，有上饒廣豐區的網友在江西廣播電'
     '視台融媒問政平台《贛問》上發帖反映，廣豐區毛村鎮楊塢村在山坳水潭裡靠天吃水，水質無法保障，再加上'
     '近年經常乾旱，影響居民的生活。村民投訴稱，當地取水全靠天降雨量維持，水源不穩且水質堪憂，「今年乾'
     '旱幾個月，家裡一點水都沒有，只能去別的地方挑水用，下雨天水潭裡滿是泥沙，根本無法直接飲用，用水問'
     '題已嚴重影響基本生活，盼政府能儘速改善供水設施。」毛村鎮政府回應稱，近期連續高溫導致河道補水不足'
     '，加上蒸發量大，使水源供需出現缺口，鎮村已協調翻身自來水廠擴建管網，目前部分村小組已接通自來水，'
     '緩解部分居民飲水困難，「地方已申報三個集中供水項目，三座蓄水池均已完工，後續將逐步覆蓋更多村落。'
     '」',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH58, "fresh58")
