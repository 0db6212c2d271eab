"""Sealed batch fresh139: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh137th.py; the batch and its row ids are "fresh139".)

Theme: religious and ethnic affairs (民宗局/宗教局, 统战部, 宗教活动场所, 寺庙 donations and
construction, 少数民族 projects): village cadres suspected of dining on a temple's money, a 疾控中心
head giving public money as 香火钱, the former 统战部 deputy head and 国家宗教事务局 chief 崔茂虎, a
移民局 chief who put his bribes into five temples, a Taoist-robed party member made 村支书, a 村委会主任
second in a monk's gang, a monk who sat on the 政协常委会 and was jailed, village cadres who demanded
a temple's 押金 and pulled it down, the 人大 巡视员 罗廷才 who built an illegal temple with budget
money, 集资 for a village temple gone missing, 水利 money diverted to build 熊山寺, and the 彝家新寨
kickbacks of a 凉山 village; out items are a nunnery's land suit, a mother and son's temple suit,
a temple's retrial application, a villager's letter on a 祠堂 built on collective land, a law
firm's piece on compensation for religious buildings, builders' unpaid temple wages, a question on
changing one's 民族成份, a villager's report on temple managers, a commentary on 釋永信 and
mosque managers' crimes, and the six-department notice on 功德箱. The search found no usable page
on 少数民族发展资金 itself (item 12's 彝家新寨 funds are the nearest) and none on a 民宗局 official
taking temple money, so items 2, 9 and 11 are cadres spending public money on temples and 5 and 7
party members and office-holders in religion. Sources (stored-pages search, 22 queries): a 如皋
纪委 page copy (traditional); a 上游新闻 copy of the 纪检监察报 on 孟冬艳; a 看中国 report on 崔茂虎;
a handmsg copy on 劉浩 (traditional); a 鄠邑 forum post on 朱新财; a 00-net copy of the 新京报
report on 释永旭; a soolun copy on 圆通 (天籁寺); a zbcbb article on 繁峙 龙兴寺; a 北京青年报 app copy
on 罗廷才; a 山西日报 big5 page on 陽坡泉村 (traditional); a cctv big5 copy of the 京华时报 on 熊山寺
(traditional); a 云南网 copy on 斯觉村; out: a zy234 forum copy of the 枞阳 court story, a 郑州 court
page on 督天宫, a pacilution copy of the 吉林 高院 ruling on 地藏寺, an icbw letter from 互利村, a
xinkaichaiqian article, a 百度贴吧 letter on 延寿 青云寺, a 黔江 newspaper copy (traditional), an
icbw letter on 绥中 天龙寺, a 香港 copy of a 风闻 column on 釋永信 (traditional) and a soulun
abstract. Six texts are in traditional script (items 1, 4, 10, 11, 19, 21; the glossing pinyin
of 19's converted copy removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum and site lines, the random-character junk of the icbw and 鄠邑 forum
copies, the English abstract of 022 and the truncated last sentences of the stored copies
removed); paragraphs joined; ASCII punctuation written full-width except inside numbers ("10.04分",
"34.22平方米"); stray spaces after punctuation and around 016's "高度重视" and its list of
governments removed (016, 018). Page oddities kept: "調查限入僵局" (001), "7月30的通报" (006), the
quote opened by "局长说：“我们先调查一下" and never closed, so that it runs into "2016年4月26日"
once the paragraphs are joined, "不让老衲在踏进" (008), the small full-width "﹔" (010), "依法应以
排除防害" (013), "该寺主持" (015), "滕修", "???" and "!!" as full-width "？？？" and "！！" (016),
"补偿款=房屋价值+搬迁费+临时安置费" (017), "青云寺建设施工负责人。" standing alone (018), "开据收款"
and "潭某秋" beside "谭某秋" (020), and the missing full stop at the end of 022's abstract. Two
changes at cuts: 010 ends inside 范寬樂's quote (its close is in the truncated sentence), and 015
ends at the "；" after point 2 (point 3 is truncated).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
a 政协常委 holds a public office, as in fresh104th.py), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, firms, monks, temple
managers and clerics without a public post, and officials who only handled, investigated,
announced or answered are not accused; an organ or an unnamed group accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name, "原" and "前" kept) and units as written; unit None when the text ties the person to
no named unit. Topics only from the twelve names of triage.md; a party member's religion and
superstition are 政治纪律 (IS.POL.05), public money given to or spent on temples 廉洁纪律
(IS.INT.09), levies for temples 群众纪律 (IS.MAS.01). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (008, 016,
018). Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 2 (018, 019), 其他 3
(020-022). 13 accused entries, all in items 1-12: 10 with a full name (孟冬艳, 崔茂虎, 劉浩, 朱新财,
袁明山, 圆通, 罗廷才, 沙马布坡, 巫且木乃子, 沙马作古子), none masked, 3 post only. Items 001 and
011 are in scope with no accused entry. Out items have no accused entry. Novelty: every address
and accused is new to the development set (the 互利村 of fresh47th.py is in 江安县; the 朱某, 张凯,
程文忠 and 黄女士 of other batches are other people and none of them is accused here).

Close calls:
 1  Traditional 纪委 page: the site path, the headline "誰動了寺廟的香火錢" and the date line cut;
    ends before the truncated "寺廟曾由土山村兩委會代管，紹隆寺管委…", so the temple's money is only
    implied. The "搬經鎮土山村干部" are an unnamed group: in, no entry. Only 八项规定 (公款吃喝, a
    "隱形變異的‘四風’問題").
 2  Site path, headline and the time and source line cut; the "●事件回顾" and "●查处经过" heads cut;
    ends before the truncated "巡察组随即调阅…". 孟冬艳 first written "该县疾控中心原主任": unit
    '德安县疾控中心' as written later ("德安县疾控中心党员领导干部"). 王某, the 办公室主任 who invited
    her and arranged the visit, only helps: not accused (hard). 政治纪律 (参神拜佛, a 佛堂) and 廉洁纪律
    (1000 yuan of public money, 小金库).
 3  Headline, photo caption and the "【看中国…】(…)" dateline cut; ends before the truncated
    background paragraph. 崔茂虎 first written "中共中央统战部前副部长、国家宗教事务局前局长": the
    first post kept. 陈舜 is only named. Topics from the 双开 list: 贪污贿赂, 政治纪律, 八项规定,
    选人用人, 廉洁纪律, 工作纪律 (干预司法).
 4  Traditional; the two author lines, the headline and the illustrator line cut; ends before
    the truncated 通話記錄 sentence. 劉浩 first named "河南省唐河縣移民局原局長". The temples are
    built with the bribes, not with public money: 贪污贿赂 and 廉洁纪律 (IS.INT.02) only.
 5  Forum post: the random-character junk between its paragraphs and "消息来源:户县人民网" cut.
    朱新财 is first written "沙窝村共产党员" and "任新一届村党支部书记" in the same sentence: the post
    kept ('村党支部书记', '沙窝村'). The 景区管理局党委 that approved him is an organ. 政治纪律 (a party
    member's 迷信活动) and 选人用人 (made 支书 despite it).
 6  Site path, the two headline lines, the date line, the photo caption and the "涉嫌操纵基层选举"
    sub-heading cut; ends before the truncated "但温俊霞认为，". Hard: a monk's gang, but 袁明山, its
    "二号人物", was "袁寨村现任村委会主任" when arrested: ('袁明山', '村委会主任', '袁寨村'). 释永旭,
    his brothers and 释永亭 hold no public post in the text; the 大口镇 that let him lease the hill is
    an organ. 王五生 and 温少祥 are victims. Only 群众纪律 (IS.MAS.05).
 7  "论文部分内容阅读" and the sub-heading "“处事圆通，以钱铺路”" cut; ends before the truncated "其被
    捕之后，一夜…". Hard: 圆通 is a monk, but "当选娄底市政协常委" (his only public post, taken as in
    fresh104th.py's 政协委员): ('圆通', '政协常委', '娄底市'); 张凯 is his lay name. The unnamed
    officials paid by "以钱铺路" are not given an entry; the 统战部门 only reports. 生活纪律 (重婚),
    贪污贿赂 (以钱铺路) and 廉洁纪律 (the temple's money).
 8  Mixed: the temple's own dispute (its houses pulled down, its claim to stay) and the cadres
    who demanded a 50万 "押金" and the 懒政 the article opens with. Ends before the truncated "随后
    老衲和宗教局范局长来到派出…". The "村委会会计、村主任" of 梨峪村 are accused post-only; 糜白小 is a
    villager; 范局长 of the 宗教局 listens and goes along (only handles); the police who never come
    are an organ. In by the article's own framing (为官不为); could be read as an out temple
    dispute. 群众纪律 and 形式主义官僚主义.
 9  The app header, headline, column name and date cut; the "退休5年被查" and "沉湎封建迷信" heads
    cut; ends before the truncated 处分 sentence. 罗廷才 first written "云南省人大常委会办公厅原巡视
    员". 政治纪律 (迷信, 非法宗教场所, 串供), 组织纪律 (干预选举, 函询), 廉洁纪律 (经商, 土地),
    贪污贿赂 (索要财物), 滥用职权 (超越职权).
10  Traditional; the headline "借修廟向村民集資並佔用土地補償款" and the "17萬元修廟集資款" head cut,
    so the land money is not in the text. The 村支書 of 陽坡泉村 who will not show the accounts:
    (None, '村支書', '陽坡泉村'); the 村委會 and 廟委會 are organs; 范寬樂 is a villager. 群众纪律
    (集资) and 廉洁纪律.
11  Traditional: the site lines, headline, date and source line and the four ">>" heads and
    sub-heads cut; ends before "知情者説" and the truncated "剋扣…". 新化縣 and 槎溪鎮 are organs, the
    村幹部 an unnamed group: in, no entry. 廉洁纪律 (水利 money diverted) and 群众纪律 (捐款 levied).
12  Headline and the "三封举报信" head cut; ends before the truncated "调查人员赶到当事人家中…"
    sentence. 沙马布坡 first written "大花乡斯觉村党支部原书记"; 巫且木乃子 and 沙马作古子 as named in
    the report. 勿里医生子 only attends, 张杰 investigates, 沈子体古 and 沈兵 are the contractors who
    paid. The 彝家新寨 project stands in for the ethnic development funds. 贪污贿赂 and 群众纪律.
13  涉法涉诉: a nunnery's suit against a neighbour, 朱某, over its vegetable plot (a private
    party); the 公安, 居委会 and 宗教部门 only mediate. Could be read as 征地拆迁 (a land dispute).
14  涉法涉诉: a mother's suit against her son over a temple; the page's opening verse kept, the
    three heads cut; ends before the truncated 选址 sentence. 张某 and 赵某 are private.
15  涉法涉诉: a temple's retrial application against a developer; the site, title, date, author
    and keyword lines cut, and the case number line. "拆迁前" is background: not 征地拆迁.
16  Mixed, a letter to three governments: the land taken for a 祠堂寺庙 is the matter (征地拆迁);
    the "国家公务人员" who lead it are an unnamed group: no entry. Junk strings removed. Hard: could
    be read as in (public servants occupying collective land).
17  征地拆迁: a demolition-lawyer's article on compensating religious buildings; the numbered heads
    "一、", "1." and "2." cut; ends before the truncated "征收…". Could be read as 其他.
18  Mixed, a letter: the builders' own unpaid 594万 (个人利益诉求) and the 延寿县人民政府 and 民宗事务局
    that approved the temple without funds and did not supervise (organs, no entry). 释月清, the
    abbot who spent the donations, holds no public post.
19  个人利益诉求, traditional: a mother's question on her child's 民族成份 and the police answer; the
    byline "(記者 徐朝政 文/圖)" and the photo line cut, the glossing pinyin removed; ends before the
    "即申請…" sentence, whose end is garbled in the copy. Could be read as 其他 (an explainer).
20  其他: a villager's report on a temple's managers (王某君 and nine others, none with a public
    post) and their 借庙敛财; the forum header and junk cut; ends before the next paragraph. The
    "有关部门" that did not answer are unnamed. Hard: "违法违纪" wording but no official.
21  其他, traditional: a column on 釋永信 and the 清真寺 managers' crimes; the site title and author
    lines and the "挪用宗教場所資金：" head cut; ends before the "組織非法朝覲…" head. None of the
    clerics or mosque managers holds a public post in the text. Could be read as 涉法涉诉.
22  其他: the abstract of a notice on 功德箱 by six departments, policy only; the English version
    cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH139: list[Item] = [
    # 01
    ('http://www.kudszjk.com.cn/art/2019/10/18/art_1975_136091.html',
     '2018年上半年，如皋市紀委監委第十紀檢監察室收到多份舉報信，反映搬經鎮土山村干部存在公款吃喝問題，信訪'
     '內容表述模糊，沒有具體細節，且舉報人未透露姓名及聯系方式。舉報人說的是真是假？應該從哪里著手調查？面對著'
     '語焉不詳的舉報信，調查人員并未輕易放過這條問題線索。公款吃喝必須要有經費來源，調查人員首先想到的是查賬。'
     '第十紀檢監察室組織相關財務人員，調取了土山村近年來的財務憑證、賬冊，對該村收支情況進行了仔細核查。但查來'
     '查去，卻發現該村賬冊“干干凈凈”，沒有一筆招待費支出，也沒有發現任何公款吃喝的支出。調查限入僵局，但群眾'
     '的信訪舉報又源源不斷。到底是信訪人捕風捉影、無中生有？還是被舉報人手段隱密、“技高一籌”？“群眾反映非常'
     '強烈，賬上卻沒有留下痕跡，這極有可能是一起隱形變異的‘四風’問題，我們決不能輕易放過。既然有群眾舉報，那'
     '我們就去問群眾，到田間地頭、到農戶家中去了解情況、發現真相，給群眾一個明白，如果反映不實也還給干部一個清'
     '白。”在第十紀檢監察室的室務會上，紀檢監察室負責人的一番話為下一階段的調查指明了方向。結合如皋市委開展的'
     '村居巡察，第十紀檢監察室聯合如皋市第三村居巡察組到村進行走訪談話，與干部群眾面對面談話拉家常。一開始，群'
     '眾對于調查小組還心存疑慮，不肯與調查人員多說多談。隨著走訪的深入和接觸的增加，干部群眾的話閘子也逐漸打開'
     '。有知情群眾反映，該村有個紹隆寺，在周圍四鄉八鎮都小有名氣，是由香客和村民捐資興建，并經過職能部門審批的'
     '寺廟。',
     'in', None, False, ['八项规定'],
     []),
    # 02
    ('https://m.cqcb.com/headline/2018-10-31/1195664_pc.html',
     '中国纪检监察报消息，10月8日，江西省九江市德安县通报了该县疾控中心原主任孟冬艳组织单位干部职工参神拜佛'
     '，公款捐香火钱的典型案例（其私设小金库、违规发放津补贴等问题已先期通报）。经查，2016年4月，孟冬艳组'
     '织单位干部职工到某寺庙拜佛，并单独拜会方丈，请教佛法，个人捐赠500元香火钱。2016年7月，孟冬艳再次'
     '组织单位干部职工到另一处寺庙拜佛，用公款捐赠1000元香火钱。为方便平时焚香祭拜、祈求保佑，孟冬艳还在自'
     '家专门设立一间佛堂。2018年4月，孟冬艳受到留党察看一年处分；被撤销副科级职级待遇，降为办事员。孟冬艳'
     '身为德安县疾控中心党员领导干部，却喜欢经常到寺庙参神拜佛，祈求保佑平安。2013年搬新房时，为了方便日常'
     '拜佛，孟冬艳还在自家三楼设了一个佛堂。2016年4月，县疾控中心办公室主任王某了解到孟冬艳有这个爱好后，'
     '便投其所好，邀请她周末到周边一处寺庙参拜。孟冬艳欣然答应，并让王某通知了单位十几名同事一同前往。“我想单'
     '独拜见一下方丈，你看有什么办法吗？”来到寺庙后，孟冬艳看到方丈房间进出的人络绎不绝，便也想和方丈近距离接'
     '触，请求其指点迷津。“我找个熟人打下招呼，等下你直接进去，把这些营养品也带进去。”在王某的安排下，孟冬艳'
     '单独见了方丈，个人捐赠了500元香火钱。2016年7月，孟冬艳再次组织单位职工到周边的寺庙去参神拜佛。参'
     '拜完后，孟冬艳熟稔地来到一个房间，找到一名年长的僧人，把事先准备好的1000元公款作为香火钱捐了。201'
     '7年8月，德安县委巡察组进驻县卫计委，开展了为期20天的专项巡察。',
     'in', None, False, ['政治纪律', '廉洁纪律'],
     [('孟冬艳', '原主任', '德安县疾控中心')]),
    # 03
    ('https://m.secretchina.com/news/gb/2023/09/04/amp1044530.html',
     '9月4日，中共中央统战部前副部长、国家宗教事务局前局长崔茂虎被逮捕。他被指控沉迷奢靡享乐，大搞权色、钱色'
     '交易。据官方通报，崔茂虎涉嫌受贿案，移送检方审查起诉。日前，最高检以涉嫌受贿罪对崔茂虎作出逮捕决定。资料'
     '显示，崔茂虎1965年12月出生，云南宣威人，毕业于云南大学政治系，曾担任云南省委组织部研究室主任科员、'
     '办公室副主任、副秘书长（正处级）、办公室主任、副部长和云南省丽江市委书记、云南副省长等职务。2022年6'
     '月，崔茂虎任中共统战部副部长、中共国家宗教事务局局长。崔茂虎一年之内曾三度履新。2021年5月，他转任云'
     '南省政府副省长、党组成员，2021年11月任云南省委常委、秘书长。同年12月，崔茂虎接替已赴河南出任省委'
     '常委、组织部部长的陈舜，担任中共云南省委秘书长。今年3月18日，崔茂虎被调查。港媒《星岛日报》3月17日'
     '报导曾披露，崔茂虎落马涉及他在云南任副省长期间的问题。8月30日，官方宣布，崔茂虎被开除党籍和公职。官方'
     '双开通报称，崔茂虎“落实党中央决策部署不坚决”，违规占用耕地搞政绩工程，处心积虑对抗审查；沉迷奢靡享乐，'
     '长期接受宴请、旅游等；违规选拔任用官员；违规收受礼品礼金，纵容、默许亲属和其他特定关系人利用其职权承揽业'
     '务获利，大搞权色、钱色交易；违规干预和插手司法活动；非法收受巨额财物。2018年3月的中共“机构改革”中'
     '，中共国家宗教事务局被并入中央统战部，但对外保留国家宗教事务局的牌子。',
     'in', None, False, ['贪污贿赂', '政治纪律', '八项规定', '选人用人', '廉洁纪律', '工作纪律'],
     [('崔茂虎', '前副部长', '中共中央统战部')]),
    # 04
    ('http://www.handmsg.com/page/2017/0217/15828593.shtml',
     '有這樣一位移民局局長，他利用手中掌握移民工程項目的權力，大肆收受賄賂，然而，他既沒有將這些贓款裝進自己的'
     '腰包，也沒有將其留給妻兒，而是全部投入到修建的廟宇道觀中。這個人，就是河南省唐河縣移民局原局長劉浩。20'
     '16年9月，河南省南陽市中級人民法院二審開庭審理認為，劉浩利用職務之便，收受賄賂并為他人謀取利益，事實清'
     '楚，證據確鑿，一審判決適用法律正確，遂依據新修訂的刑訴法及兩高司法解釋，以受賄罪依法判處劉浩有期徒刑4年'
     '，并處罰金20萬元。河南省唐河縣地處豫西南南陽盆地，是河南省10個移民試點縣之一，也是全省南水北調丹江口'
     '庫區移民安置總量第二大縣，涉及全縣13個鄉鎮87個行政村。各級黨委、政府高度重視移民安置工作。然而，有群'
     '眾反映唐河縣移民局局長劉浩利用職權大肆索賄受賄，和他人合伙在石柱山上建了五座廟宇。接到舉報后，唐河縣檢察'
     '院反貪局派出專人登上石柱山，發現在高山上建這幾座廟，造價至少要上千萬元，但功德碑上記載的善款多則1萬元，'
     '少則100元不等，與建廟的高額費用并不相符。經多方打聽，此廟并不是宗教局撥款修建，那么善款從何而來？難道'
     '真是移民局局長劉浩投資？檢察院遂組成專案組進行分析研究。經分析認為，劉浩作為移民局局長，負責移民安置、穩'
     '定、移民住房建設、基礎工程、公益設施等工作，掌握眾多移民項目工程申報、撥付工程款的大權，極有可能涉嫌移民'
     '工程建設領域腐敗問題。據此，該院決定開展初查。經過一個多月的調查，結果讓偵查人員大吃一驚，劉浩及其家人的'
     '銀行賬戶上僅有10余萬元的存款，一家人只有普通單元房1套，除此之外沒有任何資產。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('劉浩', '原局長', '唐河縣移民局')]),
    # 05
    ('http://www.huxianbbs.com/thread-228621-1-1.html',
     '有一位身着道袍、头戴道冠、手持令牌“做法”的沙窝村共产党员朱新财近日在鄠邑区景区管理局涝峪沙窝村任新一届'
     '村党支部书记。《中共中央、国务院关于加强宗教工作的决定》指出：“共产党员不得信仰宗教，要教育党员、干部坚'
     '定共产主义信念，防止宗教的侵蚀。对笃信宗教丧失党员条件、利用职权助长宗教狂热的要严肃处理。”2016年4'
     '月30日，习总书记在全国宗教工作会议上也明确指出：“共产党员要做坚定的马克思主义无神论者，严守党章规定，'
     '坚定理想信念，牢记党的宗旨，绝不能在宗教中寻找自己的价值和信念。”朱新财加入道教多年，多次在涝峪山区，以'
     '身穿道袍，头戴法帽，手拿令牌“跳端公”，进行迷信活动，无人不知，无人不晓。其骗取钱财一事曾被户县公安局机'
     '关处罚过。不知什么原因今年能被鄠邑区景区管理局党委批准为沙窝村任新一届村党支部书记？此事发生后党员、群众'
     '向鄠邑区景区管理局党委、纪委反映无果。西安鄠邑区景区管理局党委应该给党员和群众一个公开的答复。',
     'in', None, False, ['政治纪律', '选人用人'],
     [('朱新财', '村党支部书记', '沙窝村')]),
    # 06
    ('http://my.00-net.com/sl/zs/bk_190545_2.html',
     '2004年，王五生在水库里投放了5000斤鱼苗，正常看管、养殖了两年。2006年的一天，释永旭突然对他说'
     '，“这水库是俺哩，是从俺山上流下来的水，鱼也是我的，不是你哩。”王五生说，释永旭没收了他的鱼，一分钱都没'
     '给，还把他打了一顿。多名山张村村民表示，释永旭将水库占为己有后截断了水库出水口，村里数百亩农田无法灌溉，'
     '导致农田减产。温少祥说，这些年，没有村民敢用水库的水浇地，“天下雨就好点，天旱就旱着，收成差点。”对此，'
     '山张村的一名村委会委员告诉新京报记者，释永旭承包牛心山，走的是大口镇的渠道，没有和村里商量。早年间，多名'
     '村民因为取水浇地被打，此后，再没人敢去和他理论。温俊霞对此事的解释为，释永旭不仅承包了牛心山，还承包了山'
     '下的水库，水库中鱼苗也是他投放的。温俊霞还提到，投放鱼苗是“供人过来旅游钓鱼”，但村民不仅在水库中钓鱼，'
     '还在晚上偷偷电鱼。根据偃师公安局7月30的通报，以释永旭为首的涉黑涉恶犯罪团伙共16人，涉嫌敲诈勒索、寻'
     '衅滋事、聚众斗殴、非法拘禁、扰乱社会秩序等违法犯罪活动。除了释永旭，团伙还包括其二哥王云龙、三哥王云雷，'
     '以及大口镇袁寨村的袁明山（外号“袁孬”）等6人。有消息人士向新京报记者透露，袁明山被定为释永旭涉黑涉恶团'
     '伙的二号人物，5月15日被抓时，为袁寨村现任村委会主任。据温俊霞介绍，袁明山与释永亭为高中同学。正是在释'
     '永亭的介绍下，袁明山结识了释永旭。',
     'in', None, False, ['群众纪律'],
     [('袁明山', '村委会主任', '袁寨村')]),
    # 07
    ('https://soolun.net/periodical/e730f061a5397d718947bdd57f3d41ad.html',
     '2012年10月8日，国家宗教事务局、公安部等10部委联合发文，要求整治寺庙、道观借教敛财等问题，措辞之'
     '严厉，为近年来所罕见。两年前，在湖南娄底天籁寺掀起的一场反腐风暴，至今余波未消。2010年底，天籁寺前任'
     '住持、娄底市佛教协会原会长圆通法师，以挪用资金、重婚等罪，获刑6年。圆通俗家姓名为张凯，1967年出生，'
     '吉林四平市人，18岁从一家电子技校毕业，此后10年，在吉林市的无线电器材厂和消防器材厂当过工人。1996'
     '年初，张凯在吉林省四平市伽兰寺落发出家，从此以法号“圆通”示人。一份公开简历显示，圆通至少于1999年9'
     '月已来到娄底的古天王寺，直到2009年下半年被捕，他在娄底活动了至少长达十年。十年间，圆通法师“功成名就'
     '”：他当上娄底名刹天籁寺住持，2004年出任娄底市佛教协会首任会长。在其任上，天籁寺获批为湖南省重点寺院'
     '，圆通本人当选娄底市政协常委，并与当地政商各界建立起深厚关系。他刚来时的座驾是摩托车，很快换成了广本轿车'
     '。日后，娄底市统战部门的一份官方通报提及：圆通任职天籁寺住持时，大搞建设，却没遇到阻挠，部分原因是因其“'
     '处事圆通、以钱铺路，从而造成了今天的局面”。圆通任上，天籁寺香火旺盛、善款丰厚，寺庙建设却进展缓慢。他任'
     '内建设的一些建筑，直到其被捕入狱，仍是裸露着水泥的烂尾楼，天王殿内的天王塑像，连油漆也未喷上。圆通的继任'
     '者抵达时还发现，天籁寺存留着圆通时代的习惯：寺内僧众不上早晚课，财务住持一个人说了算。僧人基本上是几位本'
     '地老者，均是上了年纪才出家，家中还有子女，“僧尼一人有一个功德箱，收了钱拿到房间去”。圆通被捕之前，天籁'
     '寺即因债务问题，被告上法庭，官司缠身。',
     'in', None, False, ['生活纪律', '贪污贿赂', '廉洁纪律'],
     [('圆通', '政协常委', '娄底市')]),
    # 08
    ('http://zbcbb.com/finance/bgt/2016-11-18/24764.html',
     '为官不为、懒政怠政、乱作为，其根在脑、在心，其形在手、在身。反映在日常办公中解决事关老百姓的问题，那就是'
     '事不关己高高挂起，能推则推，能糊弄则糊弄。有人曾经将“懒政”形象地比喻为“倒洗澡水连孩子一起泼掉”，危害'
     '之大，可见一斑。2016年11月10日，记者收到山西省忻州市繁峙县光裕堡乡梨峪村龙兴寺法人、寺院主持释圣'
     '明的反映材料。第二天，赶赴当地找到当事人释圣明师父了解情况。见到释圣明师父后，释圣明向我们叙述了事发经过'
     '：2015年11月份，梨峪村村民糜白小等人来到寺院赶我们走，不让我们在寺院里居住，村委会会计、村主任向老'
     '衲要五十万修庙押金，理由是寺院年久失修，无能力修缮寺院，只能找其他人来修。老衲说：“修缮寺院这是好事啊，'
     '为什么要交五十万押金？也没那么多钱啊”。再说了，修庙也用不着赶我们走啊？他们说：“如果交不出五十万就让我'
     '们卷铺盖走人”。无奈之下，老衲和其他师父们找到繁峙县宗教局向范局长反映，局长说：“我们先调查一下2016'
     '年4月26日，当老衲化缘回到龙兴寺的时候，被眼前的情景惊呆了，他们并不是修缮而是在没通知老衲的情况下把寺'
     '院里的四处房屋共计12间和自己建起的8间彩钢房全部拆掉了。在了解情况的时候，村民糜白小带着几名陌生男子让'
     '我立马离开寺院，不让老衲在踏进寺院半步，如果不走就要使用暴力。老衲再次去繁峙县找到宗教局局长询问是否知道'
     '寺院被拆一事？局长说：“不知道”，和局长一起来到了寺院被拆的现场，看了现场情况以后局长说：“那只能报警了'
     '”，上午10.04分拨打了110等了3个小时警察还没到场，13.18分又拨打了110说在路上马上到，又等'
     '了快2个小时还没到，15.11分再次拨打了110报警电话还是未到现场。',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     [(None, '村委会会计', '梨峪村'), (None, '村主任', '梨峪村')]),
    # 09
    ('https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6232413&typeid=109',
     '9月22日消息显示，云南省纪委监委披露，云南省人大常委会办公厅原巡视员罗廷才被开除党籍。政知道（微信ID'
     '：upolitics）注意到，通报指出，罗廷才政治上彻底蜕变，理想信念完全丧失，沉湎封建迷信，滥用财政资'
     '金建设非法宗教场所，顶风组织迷信活动。政知道注意到，罗廷才于今年2月被查，彼时他已退休5年。中央纪委国家'
     '监委披露其简历显示，罗廷才，男，汉族，1956年12月出生，云南马关人，中共党员，函授本科学历。自上世纪'
     '90年代起，罗廷才一直在云南任职。1991年12月至2016年4月，罗廷才历任云南省高级人民法院纪检组纪'
     '检员、监察室副主任、纪检组副组长兼监察室主任（审判员、四级高级法官），云南省纪委派驻省审计厅纪检组组长、'
     '审计厅党组成员，云南省纪委派驻省人大机关纪检组组长、办公厅党组成员。2016年4月，罗廷才任云南省人大常'
     '委会办公厅巡视员；2017年1月退休。根据云南省纪委监委通报：罗廷才身为党员领导干部，政治上彻底蜕变，理'
     '想信念完全丧失，沉湎封建迷信，滥用财政资金建设非法宗教场所，顶风组织迷信活动，在群众中造成不良影响，与他'
     '人串供，对抗组织审查；组织原则缺失，插手、干预基层选举，在组织函询时不如实说明问题；违规经商办企业；弄虚'
     '作假，损害群众利益，违规在集体土地上建盖房屋，无偿获得土地使用权；插手、干预财政资金分配；利用职务便利，'
     '索要他人财物；超越职权，给公共财产造成巨额损失。',
     'in', None, False, ['政治纪律', '组织纪律', '廉洁纪律', '贪污贿赂', '滥用职权'],
     [('罗廷才', '原巡视员', '云南省人大常委会办公厅')]),
    # 10
    ('https://news.sxrb.com/BIG5/314090/4332154.html',
     '偏關縣去往水泉堡長城的途中，有這樣一個村庄——陽坡泉村，這個古老的村庄，直到今天，還延續著幾百年來的二月'
     '十九的古廟會活動。這裡群山環抱，溝壑如畫，珍珠般的民舍，分布於各個山窪朝陽之處﹔村民們日出而作，日落而息'
     '，祖祖輩輩過著並不富裕而分外悠閑的生活。近來，在窯頭鄉陽坡泉村委會的動員下，村裡開始發動大家修廟，寄望修'
     '廟來改變現狀。然而，當村民們將錢交給村委會后，他們發現很多事情不是起初想象的那麼單純，有些村民舉家集資5'
     '000元修廟，卻隻得到幾隻褪色的小佛像，而蓋廟的集資款去向卻成謎團……就在進入陽坡泉村村口的地方，正在修'
     '建一座古香古色的廟宇。據說，該廟舊時建於石洞之上，始建於明代，清代乾隆四十年重修，隨后毀於“文革”期間。'
     '在一份村民提供的材料中，陽坡泉村以陽坡泉廟委會的落款，寫道：“近年來，為消民災，保佑千家萬戶，人畜平安，'
     '本村善男信女、成功人士回報神恩，重修三廟……請你們在這工程竣工和迎神開光之際，邀請你們全家參加慶典，種善'
     '因，得善果。”文字圓滿生動，全村人接到這份倡議書后，每戶均集資200元到8000元不等。正是這座廟的修建'
     '，讓大家多了幾分期待，卻也多了幾分憤慨。村民范寬樂，今年53歲，他的兩個孩子均在外地上學，每年，他要依靠'
     '到工地上打工，才能賺夠孩子們的生活費和學費。就是在這麼艱難的情況下，他依然拿出了200元的集資款。范寬樂'
     '從櫃子裡找出了那尊“金色”的小佛像，小金佛已經褪色，露出了裡面黑色的釉質。一般在集市上，這樣的金佛不過2'
     '元錢。“就給了我們這個東西，也不知道值多少錢。我們多次到村委會要求村支書提供修廟的詳細花銷，村支書不予理'
     '會。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [(None, '村支書', '陽坡泉村')]),
    # 11
    ('http://big5.cctv.com/gate/big5/news.cntv.cn/china/20110927/100353.shtml',
     '湖南婁底新化縣是一個國家級貧困縣，當地旱澇災害頻發，水利設施亟須投入。然而即便是這樣，新化縣的水利資金近'
     '日卻被剋扣和挪用，挪用的資金變成了“景區建設”的捐款，用於修建寺廟。湖南新化縣槎溪鎮擬建的熊山寺包括大雄'
     '寶殿、聖帝殿、齊殿、觀音殿、天王殿、娘娘殿等。按照規劃，建成後可以實現每年門票、香火、住宿餐飲收入約14'
     '00萬元的效益。日前，記者來到了熊山寺的施工現場，但映入眼簾的不是熱火朝天的建設場景，卻是一派冷清。幾處'
     '新修建的主殿、門樓上腳手架還沒拆，建築工人已不見人影。熊山寺一位留守工地的工作人員稱，古寺景區建設已經暫'
     '停了，而停工的原因是缺錢。工作人員告訴記者，修建熊山寺需要前期投入總計5000多萬元人民幣，目前的資金缺'
     '口大概在3000萬元左右。而這些錢主要依賴社會各界的捐款，“現在主要那個甲方資金沒到位，暫時停工了，停工'
     '兩個多月了。那個五千多萬現在差好多嘞，一千多萬沒付過，只付了幾百萬。”為了籌措所謂的“捐款”，湖南新化縣'
     '2010年開始了“捐款”活動，槎溪鎮從去年就開始行動，統一給各村的村幹部開了會，讓各村籌集資金。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     []),
    # 12
    ('http://politics.yunnan.cn/html/2018-05/18/content_5211597.htm',
     '“亲眼见到身边经常一起开会的熟人因贪腐受审，十分震撼。”同样作为村党支部书记，在旁听完沙马布坡涉嫌受贿案'
     '庭审后，勿里医生子感触很深。近日，四川省凉山彝族自治州越西县监委首例移送检察院审查起诉案——大花乡斯觉村'
     '党支部原书记沙马布坡涉嫌受贿案开庭审理，县纪委监委组织了该县50余名村干部旁听，以最直观的方式让基层干部'
     '接受一场警示教育。此前，包括村党支部书记沙马布坡在内的3名村干部接受纪律审查和监察调查的消息甫一传出，便'
     '在这个地处四川西南的小山村中掀起了波澜。“真想不到，沙马布坡等人被查了！”2018年年初，一条消息打破了'
     '斯觉村多年的平静。一切都源于三封举报信。2017年10月17日，越西县纪委收到三封一模一样的信访件，其中'
     '两封转自州纪委和县检察院。信访件实名举报大花乡斯觉村党支部书记沙马布坡受贿，村委会主任巫且木乃子、村文书'
     '沙马作古子侵占旧房改造款。2015年，大花乡斯觉村计划实施彝家新寨改扩建项目，旧房改造是项目中的重要工程'
     '，旧房改造款也属扶贫专项资金。“在反腐高压态势之下，竟还有人敢打扶贫专项资金的主意，必须严肃处理！”越西'
     '县委常委、县纪委书记张杰拿着三封举报信拍了桌子，立即开会研究成立调查组。随后，由一名县纪委常委带队，调查'
     '组随即赶赴大花乡开展调查。调查得知，当时在斯觉村实施改扩建工程的承包商叫沈子体古和沈兵，该村党支部书记等'
     '多名村干部向项目承包商收取“辛苦费”，还出具了收条。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('沙马布坡', '党支部原书记', '斯觉村'), ('巫且木乃子', '村委会主任', '斯觉村'), ('沙马作古子', '村文书', '斯觉村')]),
    # 13
    ('https://www.zy234.com/forum.php?goto=lastpost&mod=redirect&tid=211051',
     '佛门乃清静之地，作为凡夫俗子本不应打扰佛教之人清修，然而却有人偏偏染指这块净地，强行占用了寺庙的菜地，经'
     '过多次协调沟通，均不能解决此事，无奈，寺庙一纸诉状告上法庭，请求法院主持公正。这是近日枞阳县法院审结的一'
     '起停止侵害案件。枞阳县望龙庵（寺庙）坐落在枞阳县城金鸡山下月牙湖畔，为安徽省重点文物保护单位（原太平天国'
     '枞阳会议旧址），在庵的院墙外有一片菜园地，多年来一直作为望龙庵的蔬菜供应基地，由庵内人员自己耕种。紧邻菜'
     '园有一排住户，由于菜园面积较大，佛门倡导乐善好施，前任主持便将部分菜地分给该排住户耕种。由于望龙庵近年香'
     '火旺盛，人员增多，菜地已不够耕种，故现任主持欲将分出的菜地收回。占用菜地的朱某认为菜地多年来一直由自己耕'
     '种，依照习惯，应该归住户所有，不应归还，还将望龙庵种植的蔬菜强行拔除，种上自家蔬菜，庵内人员多次与其交涉'
     '，但均不敌他的强悍。面对住户的无礼，庵内人员只好选择报警。后经公安机关、居委会及宗教部门多次协调均未果。'
     '2017年初，望龙庵以朱某停止侵害、恢复原状为由诉至法院，请求维权。法院在接到该起案件后，遂联系国土部门'
     '工作人员一同前往现场勘察，形成现场勘察图，确定争议菜地的具体位置，并由国土部门的工作人员签字确认。依据望'
     '龙庵提交的国有土地使用权证，证实望龙庵于2014年通过划拨取得包括望龙庵与该块菜园在内的土地使用权，被占'
     '用的菜地属于该菜园的中间部分，望龙庵对争议菜地享有土地使用权，朱某的行为侵犯了望龙庵的土地使用权，依法应'
     '以排除防害。故法院最终判决朱某立即停止对望龙庵土地使用权的侵害，并于判决生效后五日内将争议土地上的附着物'
     '清理完毕，恢复土地原状，将土地退还给望龙庵。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://zzfy.hncourt.gov.cn/public/detail.php?id=10653',
     '灵山之下一小庙，母子相争不相让，母称私产归己有，子称文物归国家，子与岳父同携手，誓与母亲见分晓。灵山地处'
     '豫西山区，属嵩山支脉，位于郑州、平顶山、洛阳三市交界，向东五十里是闻名中外的少林寺，向西五十里是蜚声世界'
     '洛阳龙门石窟。优越的地理位置，相对宽松的发展环境，加上林深、石奇、峰秀的自然条件，使得灵山十几年来路畅通'
     '、庙成片、香客常年不断，特别是每年两次的大庙会，山上山下更是车水马龙，盛况空前。近年来灵山上相继建成了十'
     '几座庙宇，督天宫就是其中的一座。督天宫的庙主原是母子两人。依山而建的督天宫上下三层共有二十四间房子，从远'
     '处看酷似一座欧式庙宇。得天独厚的交通条件和较为完善的基础设施使督天宫的进项逐渐多了起来。面对令人眼红的收'
     '益，在建庙初期能和睦相处的母子俩也都有了各自的想法，母子俩在心中都打起了将对方赶走独霸庙宇的算盘。在几番'
     '私下较量无果的情况下，暂时败下阵来的七十岁的老母亲张某最终拿起了法律武器，要求法院判令“强占”入庙的小儿'
     '子赵某搬出庙宇，同时还要求法院将庙宇的所有权确认给自己。1999年8月，年近六旬的张某得病了，常年为别人'
     '治病的张某对自己的病却束手无策，只好求助于医生，谁想看遍了省内的大小医院，病情还是不见好转，后听说本市有'
     '一个半仙治病治的比较好，就向半仙求救，半仙却说张某只有上山建庙，才能治好张某的病，张某接受了半仙的建议，'
     '回家后就开始在灵山上选址建庙。为了建庙，张某曾多次上山选址，但一直没有找到合适的场所。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://pacilution.com/ShowArticle.asp?ArticleID=7153',
     '再审申请人（一审原告、二审上诉人）：吉林省大安市地藏寺。住所地：大安市。负责人：释云真（俗名吴冬亮），该'
     '寺主持。委托代理人：王振洪，吉林于晓辉律师事务所律师。被申请人（一审被告、二审被上诉人）：大庆龙腾房地产'
     '开发有限公司。住所地：大安市。法定代表人：张保起，该公司总经理。一审第三人：程文忠，男，汉族，1970年'
     '4月20日出生，住大安市。再审申请人吉林省大安市地藏寺（以下简称新地藏寺）因与被申请人大庆龙腾房地产开发'
     '有限公司（以下简称开发公司）及一审第三人程文忠财产损害赔偿纠纷一案，不服吉林省白城市中级人民法院（201'
     '5）白民二终字第82号民事判决，向本院申请再审。本院依法组成合议庭对本案进行了审查，现已审查终结。新地藏'
     '寺申请再审称：（一）原审判决认定的基本事实缺乏证据证明。1.原审判决认定争议房屋系赵元章私有房屋错误。争'
     '议房屋系不动产，有效的房屋所有权证和土地使用权证均登记在地藏寺名下，房屋用途为宗教，原审判决认定争议房屋'
     '为赵元章私有财产没有证据证明；2.原审判决认定争议的登记房屋倒塌后由王淑琴翻建错误。登记面积为34.22'
     '平方米的原有房屋在拆迁前仍然存在，并非像原审判决认定的那样原有房屋年久失修倒塌，王淑琴在原址翻建三间砖瓦'
     '房；',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://www.icbw.com.cn/thread-112512-1-1.html',
     '我是四川省广元市苍溪县东青镇互利村村民，现向广元市政府、苍溪县政府、东青镇政府反映情况：在国家公务人员带'
     '头鼓动下，部分东青镇互利村三组村民，私自占有国家（集体）土地修建祠堂寺庙。2019年元月24日开始砍伐树'
     '木滕修祠堂的地方……此事引起了周围邻居的坚决反对、造成激烈冲突！邻居们都是响应国家号召刚刚新修的楼房，现'
     '修建祠堂会紧张邻里关系、影响住户心情而降低生活质量！在没有经过互利村委会全体村民开会表决、在国家土地只增'
     '不减的大政策里，更没有取得政府修祠堂批文的情况下，请问：国家公务人员和部分村民有什么特权在互利三组修建祠'
     '堂？？？望广元市政府、苍溪县政府、东青镇政府高度重视！！把事情处理在萌芽状态！！维护国家法规！和谐一方村'
     '民！保小村永安宁！',
     'out', '征地拆迁', True, [],
     []),
    # 17
    ('https://www.xinkaichaiqian.com/37222.html',
     '当千年古刹的晨钟因征收扩建可能远去，当百年教堂的信众面临临时安置的迷茫，宗教团体作为特殊主体，其房屋征收'
     '补偿问题往往比普通拆迁更复杂、更敏感。您是否也正困惑：宗教活动场所的补偿标准到底是什么？历史建筑的“文物'
     '价值”该怎么体现？信众的宗教需求又该如何保障？今天，咱们就来好好聊聊“宗教团体征收房屋补偿”那些事儿，帮'
     '您理清思路，找到破解难题的关键。普通老百姓的房子被征收，看市场评估价、算安置面积就行，但宗教团体的房屋可'
     '没那么简单。它不仅是“砖头水泥”，更承载着信仰传承、文化记忆和信众情感。这些特殊性，让补偿问题常常陷入“'
     '说不清、算不明、谈不拢”的困境。具体来说，难在这四个方面：普通住宅拆迁有《国有土地上房屋征收与补偿条例》'
     '兜底，补偿款=房屋价值+搬迁费+临时安置费，算法明确。但宗教场所呢？比如寺庙的大雄宝殿、教堂的钟楼，除了'
     '建筑本身的价值，还有“宗教功能价值”——信众来这里做礼拜、举办法会，这种“特殊使用价值”怎么评估？有些地'
     '方直接按“普通厂房”算，显然不合理；有些说“按公益用房”，但补偿款连重建成本都不够。标准模糊，就成了征收'
     '方“压价”的第一道坎。宗教团体的房产来源太复杂了：有的是古代皇家赐建（比如北京的雍和宫），有的是信众百年'
     '捐赠，有的是近代宗教团体自建，还有的和村集体“合作共建”。这就导致一个问题：房子到底算谁的？是宗教团体自'
     '有财产、集体资产，还是国有文物？举个例子：某村有一座百年观音庙，土地是村集体的，房子是信众捐款盖的，平时'
     '由村里老人管理。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://nba.baidu.com/p/3656089789?pid=66030183472',
     '现向各级人民政府及相关部门反映延寿县青云寺拖欠寺院主体建设工程款一事。事实和理由：2006年6月经黑龙江'
     '省宗教事务局审批同意，寺院建设于2011年8月8日经延发改核准【2011】6号文件正式立项，在2011年'
     '8月7日正式开工建设。青云寺建设施工负责人。2013年青云寺主体工程基本完工，但是拖欠的农民工工资一直没'
     '有支付，经我们多方调查发现延寿青云寺存在以下几方面问题：1、青云寺建设审批不符合法律规定。延寿县人民政府'
     '、延寿县民宗事务局违反了国务院宗教事务条例第十四条第四项。条例规定设立宗教活动场所必须有必要的资金，青云'
     '寺从开始修建到现在一直缺乏资金。对于这样的工程项目允许立项开工，试问我们农民工的工资用什么来做保障？2、'
     '从建寺以来，青云寺住持释月清各地云游筹集来的资金并未全部用于寺院的工程建设，导致寺院工程不能按期完工，前'
     '期工程款一直不能结算。到目前为止本息共计594万元。而住持释月清却挥霍部分善款私自建设豪宅供自己居住享受'
     '。3、延寿县人民政府、延寿县民宗事务局在青云寺筹备建设期间没有起到领导和监督检查的职责。4、请求延寿县检'
     '察院、审计局对延寿县青云寺筹集善款的财务收支账目进行审查。综上所述，恳请省、市、县各级政府及相关部门对青'
     '云寺加以领导和监督及时偿还我们农民工的血汗钱。',
     'out', '个人利益诉求', True, [],
     []),
    # 19
    ('http://mainemodularhomesdealer.com/wldsw_content/2021-05/19/content_10169724.htm',
     '黔江是少數民族聚居區，偶爾會有一些民族成份錯誤的情況發生。近日，市民黃女士撥打本報熱線電話反映，她家孩子'
     '的民族成份被搞錯了，請記者幫忙咨詢一下如何改民族成份？記者從黔江區公安局了解到，根據《中國公民民族成份登'
     '記管理辦法》和《重慶市公安局戶政處關于人員入戶及更正相關戶口登記項目的通知》等相關文件要求：公民個人民族'
     '成份，只能依據父或母的民族成份確定。確因有錯的，憑有關原始依據（如一代證、老常住人口登記表等），可以更改'
     '民族。具體可與黔江區公安局咨詢。記者了解到，民族成份是我國公民身份的重要內容之一。我國民族地區大多地處偏'
     '遠，教育基礎設施和師資力量相對薄弱，少數民族的平均受教育程度整體上低于全國平均水平。為逐步改變這一狀況，'
     '國家采取了一些特殊的政策措施，其中重要的一項就是規定了高等學校和中等專業學校招收新生的時候，對少數民族考'
     '生適當放寬錄取標準和條件。公民個人的民族成份，只能依據父親或母親的民族成份確定。父母雙方均不屬少數民族成'
     '份的，本人不得變更為少數民族成份。申請變更民族成份，須嚴格按照相關規定辦理。變更民族成份的審批權限確定為'
     '地市級以上民族事務主管部門和公安部門，審批程序進一步明確。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://icbw.com.cn/forum.php?action=printable&mod=viewthread&tid=91989',
     '9月1日，辽宁省葫芦岛市绥中县塔山镇东白村村民张守信致函上级有关部门反映称，位于本村地界的绥中县天龙寺管'
     '理委员会领导涉嫌存在借庙敛财、放贷养息等违法违纪的问题，村民们多次向当地有关部门反映情况，但至今无果。在'
     '提交给上级有关部门的一份书面反映材料中，村民张守信陈述了事情经过：我叫张守信，男，1946年5月出生，汉'
     '族，高中文化程度，系辽宁省葫芦岛市绥中县塔山镇东白村的一位村民。2008年3月至2016年4月期间，我在'
     '天龙寺做义工，负责每月初一、十五开据收款。反映天龙寺管理委员会领导王某君、黄某兰、王某、王某杰、祝某珍、'
     '安某梅、程某、周某、潭某秋、刘某军（以下简称她们）涉嫌借庙敛财、放贷养息等违法乱纪的问题。绥中县天龙寺（'
     '原天龙三教寺）位于绥中县塔山镇东白村，辽宁沿海公路南侧海岸，占地40余亩。2013年11月份，时任天龙寺'
     '管理委员会主任曹军在山东石岛因涉嫌犯罪被山东公安抓捕，2016年被依法判刑。从此之后，天龙寺管理委员会由'
     '曹军母亲黄某兰与王某君、王某、祝某珍、周某、程某、刘某军、安某梅、谭某秋等人继续管理。据我们所知，天龙寺'
     '管理委员会的成立，疑似没有经过上级有关部门审批同意，而天龙寺也疑似没有合法备案，这才造成天龙寺管理混乱，'
     '财务入不敷出。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://hk.outputnews.com/2025/fengwen/news_2025_07_28_3310609',
     '2025年7月27日，少林寺管理處發佈《情況通報》，確認少林寺住持釋永信因涉嫌刑事犯罪（挪用侵佔寺院項目'
     '資金及資產）及嚴重違反佛教戒律（長期與多名女性保持不正當關係並育有私生子），正接受多部門聯合調查。這一事'
     '件再次以深刻的事實表明：宗教神職人員並非超越世俗法律的存在，他們同樣可能觸犯國法，對其行為進行依法監管具'
     '有現實的必要性和緊迫性。此類問題絕非佛教所獨有，而是具有跨宗教的普遍性。以伊斯蘭教神職人員羣體為例，近年'
     '來公開的司法文書顯示，其犯罪行為主要包括以下類型：挪用宗教場所資金、組織非法朝覲牟取暴利和濫用宗教影響力'
     '煽動信眾實施違法犯罪等。（2020）青28刑終16號《韓成軍、馬佔俊等與白生勃二審刑事判決書》顯示，時任'
     '清真寺管理委員會主任馬佔俊、副主任冶小青、委員馬乙索與出納韓成軍竟集體商議決定，將信教羣眾捐贈的、本應由'
     '清真寺管理的450萬元鉅額資金，挪用借貸給馬乙索個人經營的星龍投資有限公司用於營利活動，並約定收取50萬'
     '元“好處費”給清真寺。擔任會計的白生勃利用職務之便，在2019年6月至8月間，分27次將清真寺對公賬户內'
     '的近136萬元資金挪用於償還個人債務。這些行為不僅是對信眾善意的嚴重褻瀆，更構成了《刑法》中的挪用資金罪'
     '和職務侵佔罪，暴露出部分宗教場所財務管理的巨大漏洞和監管缺失。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.soulun.net/periodical/4b553c8fe4137d3e87979d3cd2d081de.html',
     '4月1日，国家宗教事务局、中央统战部、公安部、住房和城乡建设部、国家旅游局、国家文物局6部门联合发布《关'
     '于开展整治违法违规功德箱等借教敛财问题专项工作的通知》，针对一些地方出现的假功德箱等借教敛财问题，部署开'
     '展专项整治工作。《通知》明确非宗教活动场所、非宗教团体不得设置功德箱，不得接受宗教性捐献；要求各级相关部'
     '门联合开展排查清理工作，重点整治非宗教活动场所、非宗教团体违法违规设立的功德箱，并提出治理要求',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH139, "fresh139")
