"""Sealed batch fresh96: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh94th.py; the batch and its row ids are fresh96.)

Theme: farmers' burdens of 1995-2010: 集资 and 摊派 by township and village cadres (a 建校集资 in
柘城, road money taken out of grain subsidies in 监利 三洲镇, a 道路捐资 collected by 拖粮 in 宿迁),
levies far above the 负担监督卡 (枞阳), beatings, detention and "坐车费" in tax and 提留
collection (监利 黄歇口, 沈丘 北郊乡), fines by a township work group (旬阳), forced 义务工 and a
村支书's taking of collective grain (贵德), forced 计生 fines and 二胎指标 sold by a town (沈丘 付井,
邱县, 赣榆), teachers' pay kept back while the 教育附加费 vanished (乔集乡); out items from the same
kind of villages: court cases (a village debt judged but not executed, a 宅基 case stuck for ten
years, a 外嫁女's share of 征地补偿), land disputes (a 50-year forest boundary, brothers over a
宅基地), personal claims (a villager's loan that paid the 三提五统, a 民办教师's IOUs, a migrant's
wages) and ordinary rural complaints (a broken water main, a village road).
Sources (stored-pages search): a 1998 page of a 山西 workers' paper (sxworker) on 柘城 安平镇; a
rmrb.online copy of the 1998 人民日报 report "“三进三桥”好困惑" (枞阳 三桥村); a 新生网 item on
熊華品 (监利, traditional); a yzblive copy of a 2002 report on 解莊村 (沈丘, traditional); a
secretchina copy of 劉水's 2003 comment on the 旬阳 涌泉村 suicides (traditional); a 新浪 copy of
the 2004 快报 report on 丁嘴镇; a 青岛新闻网 copy of a 2005 report on the 格尔加村 控告信; a handmsg
copy of the 2007 《小康》 report on 付井鎮 (traditional); page 2 of a 中华网 copy of the 2013 中国
青年报 report on 石岭村; the 长城网 copy of the 2014 北京青年报 report on 邱县 龚堡村; a 2000
teachers' letter from 乔集乡 kept on a school site; a 北京之春 report of 2007 on 赣榆; out: a 东北网
big5 copy of the 2011 生活报 report on 林口 village debts (traditional), a 零零农业 copy of a 2008
report on a 临猗 庙上村 宅基 case, a lawyer-site note on a 彭州 外嫁女 (traditional), the 浙江法制报
of 2008 on the 野坑山 forest, a 齐鲁晚报 item of 2013 on two brothers in 杨庄镇, a 零零农业 print
copy of the 农村新报 report on 刘昌顺's loan (汉川), a 520新闻网 copy of the 澎湃 report on 陈崇华
(潢川), a 青岛新闻网 copy of the 2004 中国青年报 letter of a 长治 schoolboy, a 新浪 copy of a 2005
成都晚报 item on 苏坡乡 万家村 and a 中新网 report of 2011 on 筢子铺村. Six texts are in
traditional script (items 3, 4, 5, 8, 13, 15); none of them carried glossing pinyin in the kept
part (the one garbled sentence of 015 cut).

Conventions: as in fresh62th.py. Excerpts as published (whole sentences kept, paragraphs and
sentences cut; page junk such as headlines, sub-headings, bylines, captions, source tags
("【新生6月18日訊】", "黑龍江日報6月21日訊", "中新网四平10月10日电 (李彦国 赵佳俊)"), the label
"新闻索引:", editor's notes (002, 020), site navigation and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("373.06元", "2/3"); stray spaces removed (005, 011, 018). Page oddities kept ("巧立名目。
加重", "熊品華" beside "熊華品", "4。5畝", "1999年月10月", "朱容基", "揚道州", "瀋丘縣", "陝西省省
旬陽縣", "嗷嗷待敷", "“证据“", "作出的的", "搜索财务", "要帐的", "起訴書上說了", "陈强" beside "陈刚",
"杨林沟村委会" for the 沟南村 committee, "开据").
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, firms and officials who only handled, investigated, announced or
answered are not accused; an organ or an unnamed group accused as a whole gives no entry; an
unnamed accused official is (None, position, unit). Names, positions (as first written with the
name, "原" kept) and units as written; unit None when the text does not tie the person to a named
unit. Topics only from the twelve names of triage.md; 摊派, 乱收费, forced collection and 计生
fines are 群众纪律 (taxonomy IS.MAS.01/02), with 滥用职权 where people were beaten, detained or
their goods taken. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 3 (018-020), 其他 2 (021, 022).
14 accused entries, all in items 1-12: 13 with a full name, none masked, 1 post only. Items 002,
006, 008, 011 and 012 are in scope with no accused entry (only organs or unnamed groups
accused). Out items have no accused entry.

Close calls:
 1  The headline (cut off in the stored copy, "府巧立名目…"), the byline and the sub-heading
    "5.15事件:镇政府抓了5位农民" cut; ends before the truncated "会上". "安平镇副镇长冯国领、白超、
    政研员王洁(女)" read as two 副镇长 and one 政研员: 白超 given '副镇长' (the post stands before
    both names). 张连举 (镇司法所所长) only quarrels in the kept text: not accused; 杨传鹤 and
    郭宪友 only hear the report (the arrests of the cut sub-heading are not in the kept text).
    Topics 群众纪律 (a per-head 摊派 paid against a 白条) and 滥用职权 (wheat taken by force, a
    villager pushed into the mud).
 2  Forum header, headline, byline and the 编者按 cut; the next sentence, which names the
    村党支部书记兼村委会主任, is truncated in the stored copy and cut, so nobody is named: in,
    no accused entry (the village's levy as a whole). 工作纪律 for the two books (receipts of
    400多元 against a 监督卡 of 100多元).
 3  Traditional; site navigation and the source tag cut; ends before the truncated "我們說家裏有
    稻谷…". 吳先金 as first written "黃歇口鎮副鎮長、黃壇管理區總支書記吳先金": position
    '副鎮長、黃壇管理區總支書記', unit '黃歇口鎮'; 杜愛平 "總支副書記": unit '黃壇管理區' (the
    總支 of the same 管理區). The other 鎮、村幹部 and the 打手: unnamed group. 熊華品's own 1999
    留黨察看 is background on the victim; 揚道州 and 李昌平 are only mentioned.
 4  Traditional; starts where the stored copy starts; the truncated sentence on the court's
    ruling ("…計373") cut. 董汝德 "鄉幹部董汝德"; the 鄉 is named only through
    "北郊鄉法律服務所": unit None. The 瀋丘縣人民法院 that "抓人" and took "坐車費" acts as an
    organ: no entry. Not mixed: 倪愛榮's exemption for the land taken by the highway is part of
    the levy complaint, not a separate claim.
 5  Traditional commentary; the headline "劉水:鄉村政權的冷血…" and the truncated last sentence
    cut. 薛成芳 "該鄉人大副主任", the 鄉 being the 桐木鄉 named before: unit '桐木鄉'. The other
    three of the work group: unnamed group. 李祥 (村小組長) is a victim. 形式主义官僚主义 (the
    cold answers) would also fit.
 6  Site navigation, headline, dateline, the label "新闻索引:" (its paragraph kept) and the
    sub-heading "为躲村官,儿童翻墙上学" cut; ends before the truncated quote. Only "村干部" and
    their "突击队": no entry.
 7  The sub-heading "青稞滩:213万元征地款哪儿去了?" cut and a line break inside "法院" joined; ends
    before the truncated quote of 马明忠. 喇占山 '原村支部书记', '格尔加村'. Not mixed, a close
    call: the 控告信 also objects that the 州人民法院 released him, but the villagers press no
    claim of their own beside the accusation. 廉洁纪律 (侵占, 40多万斤 wheat sold cheap) and
    群众纪律 (义务工 forced on pain of losing the contracted land).
 8  Traditional; headline, the sub-heading "老支書實名舉報" and the truncated list of sums cut.
    The 付井鎮 government and the 鎮黨委 that dismissed 陳志學 are organs: no entry. 陳志學 is the
    reporter; his dismissal is told as retaliation, not pressed as a claim: not mixed. 付井鎮 is
    in 沈丘縣 like item 4 (another story).
 9  Page 2 of the report (it starts "同样在基层…"); the truncated 下沙村 sentence cut. The unnamed
    "村支书" of 石岭村 who took a woman to the 信用社: (None, '村支书', '石岭村'); the other 村干部
    are an unnamed group. The events run 2009-2012, past the theme's years, but the levy is the
    same kind.
10  Site navigation, headline ("…6个月后揭发镇领导"), source line and the sub-heading "“垫付”账本与
    15%返还" cut; the truncated last sentence cut. Five accused as first written: 艾连坤, 郝广军,
    杜云杰 (龚堡村), and the town's 杨学友 ('包村干部') and 何孝峰 ('包片干部'), punished for not
    stopping it and for lax supervision. Not mixed, a close call: 艾连坤's wish to overturn the
    county's "结论" is told as his defence, not pressed as a claim. 群众纪律 and 工作纪律.
11  A teachers' letter; its headings "一、事由:" and "二、教师被谁欺骗了?!" and the list number
    "(1)" cut (the question "是谁挪用了教师的工资?" kept as a sentence); a stray space before
    "光让人" removed; cut before point (2), truncated. Mixed: the teachers' own unpaid wages
    (个人利益诉求) beside "是谁挪用了教师的工资?" and "教育附加费哪去了?". The 乡 is accused as an
    organ: no entry; 李书记 and 陈主任 only inform. 廉洁纪律 (挪用) and 群众纪律 (拖欠).
12  Headline and the author line "(江苏)玉林山" cut; the 石灵平 sentence, truncated in the stored
    copy, cut. Mixed: 石福奎's administrative suit against the 县计生委 (涉法涉诉) beside the
    "严重违法" of town governments and 村干部 in collecting (辱骂, 殴打, 非法拘禁, 入室搜索). In
    rather than out: the report is about the collection, the suit is one case of it. Organs and
    unnamed groups only: no accused entry.
13  Traditional; site navigation, headline, source line, the source tag, the sub-heading
    "利滾利的債務" and the truncated last sentence cut. 涉法涉诉, a close call against 个人利益诉求:
    the village debt was judged in 2008 and the complaint is "法院至今沒有執行"; 周培洋's debt,
    never sued for, is told beside it. 劉忠信 borrowed for the village: not accused.
14  The sub-heading "邻里间的宅基地纠纷" cut; ends before the truncated next paragraph. 涉法涉诉 (a
    宅基 case the court has not decided in ten years) rather than 征地拆迁; the "有关部门" that sent
    conflicting letters are organs and the complaint is the delay; 陈福印 works at the 乡计生站
    but is a party to a private dispute: not accused.
15  Traditional lawyer's note; the second sentence, garbled in the stored copy ("當?shù)卮逦?…"),
    and the appended "法律依據" cut. 涉法涉诉: a 外嫁女's share of 征地补偿费 decided by the
    彭州市人民法院; the 村長 citing the 村規民約 speaks for a party: not accused.
16  Page header, headline and byline cut; ends before the truncated sub-heading. 征地拆迁: a
    50-year forest boundary between two villages, now settled; the double registration by the
    青田县政府 at the 土改 is history, no misconduct alleged.
17  Source line and the trailing "|" cut. 征地拆迁 (a 宅基地 between brothers; could be read as
    其他, a family quarrel). The 派出所 only mediates. A 2013 item, past the theme's years.
18  Site header, headlines, source, byline and two sub-headings cut; a stray space before a quote
    removed; ends before the truncated example. 个人利益诉求: a villager's 1999 loan to the village
    that paid the 三提五统; 王洪海 and 刘尚清 only borrowed, and "被镇里收走了" is their excuse, not
    an allegation.
19  Site header, headline, date line, the caption, the sub-heading "乡模范教师教学成绩被认可" and
    the truncated last sentence cut. 个人利益诉求: a 民办教师's 15 years of pay in village IOUs;
    the 村委会主任 李祖斌 only answers.
20  The 编辑注 cut; the letter kept until the truncated sentence. 个人利益诉求: a migrant's wages
    owed on a Beijing site (a firm and a 工头, no official).
21  Site header, headline, dateline and source tag cut. 其他: a broken water main; the 乡 water
    works was slow to repair it but only answers; no misconduct alleged.
22  The dateline cut; cut before the 王世良 story (truncated). 其他: a village road; the villagers'
    yearly 自发集资 is not a levy, and "两不管" blames nobody by name. A 2011 item.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH96: list[Item] = [
    # 01
    ('http://szb.sxworker.com/content/1998-10/30/269668.html',
     '数年来，河南省柘城县安平镇巧立名目。加重农民负担，并强行收钱收物，引起了当地群众的强烈不满。今年5月'
     '，因镇政府再次强行收钱收物，酿成干群冲突。至7月中旬，该镇大史村已有300余户农民集资1.5万余元，'
     '声称将把镇政府推上被告席，“和镇政府算一算近几年的账”。1998年5月14日，安平镇副镇长冯国领、白'
     '超、政研员王洁（女）等10余人到大史村收“集资建校款”，人均30元。在古德兴家（古本人系县水利局离休'
     '干部，其爱人和儿子是农村户口），古说交钱可以，但一定要把钱用在建校上，要给他开张收据。冯国领等人没有'
     '正规的集资票据，后来在古的强烈要求下，冯国领、白超、王洁3人联合签名，给古打了张白条。在村民古自德家'
     '，古说家里没钱，等卖了麻再说，镇干部提出帮古卖麻折款。在双方商量如何卖麻折款的过程中，镇司法所所长张'
     '连举与古发生了激烈争吵。古德兴也加入了争吵之中（古德兴系古自德之弟），后来，古自德的侄子替他交了80'
     '元钱（古家6口人，依“镇里的规定”，应交180元）。村民杨守礼交了100元钱，但仍差80元。镇干部从'
     '他家强行拉走了约150斤小麦。杨骂镇干部是“土匪”。在村民古俊廷家，镇干部与古发生冲突，古被推倒在泥'
     '水里，镇干部要带他去镇政府，古的儿媳交了105元，方算了事。这一天，镇干部的收款工作很不顺手，相当一'
     '部分群众或关门闭户，或与镇干部发生争吵甚至冲突。群众不愿交钱的主要理由是：国家有规定，集资要坚持“自'
     '愿、量力”的原则，镇政府为啥按人头摊派，人均30元？在大史村收款受阻后，冯国领等人回到镇政府向镇党委'
     '书记杨传鹤和镇长郭宪友作了汇报。第二天上午8时许，镇政府召开班子会。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('冯国领', '副镇长', '安平镇'),
      ('白超', '副镇长', '安平镇'),
      ('王洁', '政研员', '安平镇')]),
    # 02
    ('https://rmrb.online/read-htm-tid-1173669-fpage-4.html',
     '今年2月，安徽枞阳县白湖乡三桥村39名农民联名投书新闻单位，再一次反映该村农民负担过重等问题。199'
     '6年以来，该村部分村民曾多次上访，将信访材料递交有关部门，均石沉大海。4月17日，我们前往三桥，途中'
     '在庐江县罗河镇一家旅社小憩。30多名三桥村民闻讯赶来，不少人刚丢下农忙时的活计，脚上还沾着田里泥土。'
     '他们有的含悲忍泪，有的不停地在地上跺脚，异口同声：“咱三桥村民简直没法活！”程应斗、周许明等人出示的'
     '交款收据表明，该村1996年、1997年每年人均负担达400多元，可《农民负担监督卡》仅填100多元'
     '。',
     'in', None, False, ['群众纪律', '工作纪律'],
     []),
    # 03
    ('https://www.xinsheng.net/xs/articles/big5/2001/6/18/7970.html',
     '監利縣一農民因欠稅費，被打抓關後服毒自殺。湖北省監利縣黃歇口鎮新熊村五組農民熊華品欠稅費11月1日被'
     '鎮、村幹部打、抓、關，隨後幾天，他多次找鎮領導要錢治傷未果，於11月6日服毒自殺。今年來，監利縣因棋'
     '盤鄉黨委書記李昌平上書朱容基總理反映農村問題引起重視而開展了聲勢浩大的減輕農民負擔工作，8月中旬，已'
     '於4月份升任荊州市副市長的縣委書記揚道州在全省會議上介紹了監利縣“減負”取得的成效。然而，熊華品之死'
     '卻使該成效大打折扣。熊品華，44歲，黨員（因任村電工期間工作不力，電費收繳不及時於1999年月10月'
     '受到留黨察看一年處分），復員軍人（其父熊啟玉1950年當過志願軍，次子熊國強現在昆明某部服役），和妻'
     '子宗守英、長子熊軍強（原為民辦教師，今年被精簡）三人均在家務農。今年，熊家種責任田14畝，接包面積4'
     '。5畝，應交稅費2085元。宗守英說，在沒有算清所欠稅費情況下，11月1日晚10點左右，我們睡下，黃'
     '歇口鎮副鎮長、黃壇管理區總支書記吳先金、總支副書記杜愛平等7名鎮、村幹部和幾個打手共10多人來到我家'
     '，讓熊華品到管理區去辦學習班，問為什麼，說你們差錢，心裏還不清楚？！',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('吳先金', '副鎮長、黃壇管理區總支書記', '黃歇口鎮'),
      ('杜愛平', '總支副書記', '黃壇管理區')]),
    # 04
    ('https://yzblive.com/news/b5/2002/03/27/14394.html',
     '在解莊村，農民倪愛榮告訴記者，她家有3畝耕地，去年8月份，鄉里統一下達徵收決定書，要求她家上交各項費'
     '用373.06元。從負擔明白卡上，她瞭解到，這些費用中，除統籌提留和農業稅外，還有平攤的特產稅57.'
     '23元，水稅11.34元，教育集資49.62元，還有5元不知道是什麼費用。今年1月10日，徵收組到各'
     '家催款，因當地修高速公路徵用了倪家的耕地，按規定應免去部分提留款，倪的丈夫解國軍於是先交了300元錢'
     '。1月19日凌晨，鄉幹部董汝德帶領一群人，闖進倪家，不由分說就把倪愛榮推到一輛麵包車上，帶到鄉政府。'
     '倪丈夫的弟弟解海軍聞訊後立即趕到鄉政府，董汝德說，你哥家還欠30多塊錢的提留（其餘部分因修路佔地被免'
     '去），不交別想走人。解海軍答應替嫂子先交上這筆錢，董不願意，說鄉里已經申請強制執行，還得再給法院交1'
     '50塊錢的「坐車費」。沒辦法，解海軍只好按照他們的要求，除了33.68元的「提留」外，又交了150元'
     '的「坐車費」。據群眾反映，解莊村連個村辦小學都沒有，但他們幾乎每年都要交教育集資款。有些人地裡除了小'
     '麥就是玉米、紅薯，但農特稅年年都得交。有意見也不能提，誰提意見法院就抓誰，也不問問到底該收不該收。村'
     '民解超賓告訴記者，前不久，他看到有人到鄰居解超恆家催要提留款，解超恆說了句「你們把賬算清再收，誰也不'
     '會欠你們的」，結果法院就把他也抓到鄉政府。雖然最後查清他沒有欠提留，但仍然向他要了150元的「坐車費'
     '」。在倪愛榮家，記者見到了150元「坐車費」的收據。其中有瀋丘縣人民法院行政廳收取的「訴訟費」和「案'
     '件工本費」各50元，此外還有北郊鄉法律服務所收取的50元「執行車費」。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('董汝德', '鄉幹部', None)]),
    # 05
    ('https://m.secretchina.com/news/b5/2003/08/13/amp48462.html',
     '8月11日晚間，央視一套《新聞調查》節目播出「農民連續自殺調查」，政府工作組人員的冷血，獨裁，讓我心'
     '裏冷嗖嗖的。短短5天之內，三個30出頭的年輕男人，連串自殺，每人身後都留下嗷嗷待敷的幼兒，年輕的寡妻'
     '。自殺起因源於政府政策朝令夕改，違背農民意願，胡亂罰款，逼死村民。這個慘悲事件就發生在剛剛過去的灼熱'
     '七月。網路流傳的那篇《鄉村政權的破產》，看來不是空穴來風。從電視畫面可以看出，陝西省省旬陽縣桐木鄉湧'
     '泉村，這是一個大山深處的村莊，村民單獨居住在一個個山頭，相距遙遠。在政府號召下，村民們都種植經濟作物'
     '烤煙，但在烤煙已經成熟即將採摘的季節，以該鄉人大副主任薛成芳帶領的一行四人工作組，進駐該村。第一個村'
     '民因罰款自殺。第二個自殺者、村小組長李祥（男，31歲）。該村民小組一直沒有人願意當組長，後來，心直口'
     '快，敢說敢為的李祥被村民推選為小組長。一天晚上，工作組住在村民家裡打麻將，吩咐李祥快去收罰款，他唉聲'
     '嘆氣回家，關切地讓老婆孩子早點睡覺，他心裏很窩火，感到左右為難：種植烤煙是政府要求的，現在又要罰款，'
     '實在沒有天理。內心掙扎半天，無法違背良心，無力抗拒政府的蠻橫。他拿起了農藥瓶。非常令人氣憤的是，當時'
     '四個工作組人員就住在李祥的叔叔家，他們兩家住在一個大院裡，工作組住房距離李祥家僅有幾十米。發現李祥口'
     '吐白沫後，家人急忙跑去敲打工作組的房門。那個薛成芳在記者採訪時，一口咬定，他沒有聽到救人聲，是被同組'
     '人員叫醒的，滿臉的冷漠。牽扯他的幾件事，張口回答什麼都不知道。工作組沒有馬上去救人，卻商量李的死跟工'
     '作組有什麼關係……',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('薛成芳', '人大副主任', '桐木鄉')]),
    # 06
    ('http://news.sina.com.cn/o/2004-11-03/09234125282s.shtml',
     '10月25日下午，一位在安徽打工的女孩向快报求助：近日在她的故乡宿迁市宿豫区丁嘴镇，村干部为催缴道路'
     '捐资费，强行入室拖走农户家的粮食，抬走物品，甚至有农民在拖粮过程中被打伤。当地村民担心打击报复，不敢'
     '向外举报，只能委托她给快报打来电话。记者随即赶赴宿迁采访，未成想竟与部分村干部组成的拖粮“突击队”不'
     '期而遇……10月26日清晨，丁嘴镇丁庄村倪庄组。农忙已基本结束，但多数村民家却是铁将军把门。快报采访'
     '车沿村庄门前一路寻找，终于见一村民从铁门上开通的门洞里往外招手。记者下车接过他的钥匙开了门，村民探头'
     '四下看了一圈，才出门开腔：“没法子啊！要是让村干部们看见家里有人可不得了！”村民拿出两只凳子，让记者'
     '坐在门口，仍旧锁上大门。记者一落座，四下不知从何处冒出的村民们很快围了上来，并七嘴八舌介绍起村上已经'
     '持续了四天的“催款行动”。据63岁的孙老汉介绍，早在今年6月份的时候，村干部就通知农户及时交纳200'
     '4年度的水利工程费、机电排灌费、一事一议费与道路捐资费。这四项费用中，仅有道路捐资费属于政府要求的“'
     '群众赞助一点”的自愿性费用，同时也是收费额度最高的一项：按人头收取，每人60元，凡有耕地的农户就需交'
     '纳。一算下来，不少农户家都要交个三百余元。对于这部分费用，相当一部分村民觉得自身的经济能力不能承受，'
     '便拒绝交纳。其中尤以丁庄村与继章村这两个经济薄弱村未交纳的村民为最多。',
     'in', None, False, ['群众纪律', '滥用职权'],
     []),
    # 07
    ('https://qingdaonews.com/content/2005-01/08/content_4138879.htm',
     '岁末年初，本报收到一封发自青海省海南州贵德县格尔加村的控告信，信中历数了该村原村支部书记喇占山在任1'
     '0年间，随意更换出纳会计、随意打白条、侵占村集体资产等村霸行径，并称，县、州都曾成立联合调查组，前后'
     '5次查账，时间达3年之久，其间还因喇占山潜逃在外，县公安局实施网上追逃，将其抓获，但今年州人民法院却'
     '以证据不足将其无罪释放。信尾是格尔加村540名村民长达11页的签名和摁的手印，几乎是全村18岁以上村'
     '民的总数。记者随即赶往该地调查。青稞滩是格尔加村以西10多公里外的一片沼泽滩，村民们怀着造福子孙后代'
     '的愿望，从1990年起，在喇占山的号召下，男女老少齐上阵，对青稞滩进行开发。头3年，格尔加村的村民们'
     '以出义务工的形式在青稞滩上共开荒造田560多亩。连老人、孩子和残疾人也都派了义务工。喇占山作出硬性规'
     '定：不干义务工，要么交钱，要么收回承包地。现年60岁的村民李凤兰说，当时喇占山要求每户不论老少每人必'
     '须出21个工，我当时带着自己十多岁的儿子开荒，开荒特别艰苦，夏天皮肤都晒掉皮了。时任村委会副主任的王'
     '正福回忆说，当年群众积极性很高，帐篷扎得满山都是，架子车都是大家从没有路的山岭上抬过去的。村民牟学义'
     '说，1992年开始种庄稼，凡是收割机收不了的地都是农民出义务工收，这样一个人一年上了50个义务工，“'
     '苦吃的实在太多了！”村民们说，青稞滩在村民的共同开发下，很快就产生了效益，但这些实惠村民们却从未享受'
     '到。从1991年到1993年，青稞滩小麦每年均有14万斤入库，但据2001年底贵德县纪委、县审计局、'
     '县农业牧区经营管理站联合检查，发现原村委会已将40多万斤小麦低价出售。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('喇占山', '原村支部书记', '格尔加村')]),
    # 08
    ('http://www.handmsg.com/page/2007/0101/28753157.shtml',
     '2006年7月份以來，河南省沈丘縣付井鎮不但向全鎮的31個村強行攤派二胎生育指標，收取高額的“罰款”'
     '，而且還強行募捐，用于購買“警車”。河南省為了從根本上解決農民負擔過重的問題，早在2005年就已全部'
     '取消了農業稅，這讓農民們高興無比。然而沈丘縣付井鎮一些農民的笑容卻只燦爛了一年便戛然而止。沈丘縣位于'
     '豫皖交界處，居潁水中游，是周口市的東大門，也是豫東南和皖西北交流的重要門戶和物資集散地。沈丘縣下轄1'
     '0鎮11鄉，付井鎮便是其一。付井鎮東鄰安徽省界首市，北傍漯阜鐵路和漯周界高速公路，黃金水道沙潁河及省'
     '道豫S20線穿境而過。付井鎮連續六年被周口市評為鄉鎮企業發展強鄉鎮，計劃生育工作連續幾年被評為一類鄉'
     '鎮。2007年1月6日，寒風中的付井鎮，裹著厚厚棉衣的行人腳步匆匆。陳志學是鎮上陳營村前任支書，“付'
     '井鎮強行攤派二胎生育指標收取高額錢款，強行攤派購買小汽車費用”的實名舉報者。1984年，陳志學退伍回'
     '鄉后就當了21年村支書，但2006年10月，他被鎮黨委免職了。原因是“2006年9月全鎮村干部大會上'
     '，對付井鎮借發放二胎生育指標斂財的做法發表了不滿言論”。陳志學向《小康》記者出示了他寫的4封舉報信，'
     '舉報信分別寫給沈丘縣和周口市相關部門，主要的內容有兩個：一是反映付井鎮政府為了創收，給每個行政村攤派'
     '8個二胎生育指標，每個指標收取3000元現金；二是自2006年7月以來，付井鎮以發放募捐函的名義，強'
     '行攤派，為8個辦事處購買“警車”。“二胎生育指標攤派，是攤派給行政村的，然后由村里公開買賣。‘警車’'
     '款攤派，由各村集資購買鎮辦公車輛，名義上是治安巡邏，但實際上根本就不下村”。',
     'in', None, False, ['群众纪律', '滥用职权'],
     []),
    # 09
    ('https://news.china.com/domestic/945/20130202/17667483_2.html',
     '同样在基层“走了样”的，是“村村通”工程。“村村通”的工程费用，应该是由中央、省、市、县四级财政承担'
     '，地方财政财力不足的，可以动员受益群众捐资，捐资的前提是“自愿”。但记者调查发现，石岭村在修筑农村道'
     '路时，强行向农民摊派集资。记者从官方网站看到，监利县三洲镇石岭村村级公路施工始于2009年12月29'
     '日，竣工于次年5月15日。2010年5月30日，上级已拨付公路修建资金70万元。而村民告诉记者，石岭'
     '村村级公路全长2.5416公里，总投资72.5万元，村干部按每人每年185元标准，分三年向群众集资摊'
     '派，将修路资金转嫁给村民。中国青年报记者将3年乘以全村1787人，就能算出，2010年至2012年，'
     '石岭村村民被收取的粮食“两补”资金高达99.1785万元。在石岭村三组，一位60多岁的村民告诉记者：'
     '“去年，村支书来家收修路钱，一次要收3500多元。媳妇交不起，村支书就把她带到镇信用社，逼着她拿出粮'
     '食补贴‘一本通’，取钱给他。”“这几年，我从来没有领过粮食补贴的钱，因为村支书不说存折密码，取不了钱'
     '。2011年村支书收修路钱时，才告诉我密码。”他的妻子说。粮食补贴“被绑架”的现象，在石岭村还不是个'
     '别。石岭村四组、五组、六组的村民也告诉记者：“为了收修路钱，村干部用车子将村民带到镇信用社，取出粮食'
     '补贴的钱。如果存折上的钱不够，村民还得另外掏腰包。”一组的一位老村民觉得难以接受，“我们老两口一下子'
     '交了300多块钱，要不是儿子在打工，我们上哪里弄去？中央不是说要减轻农民负担吗？”而村干部则抱怨，他'
     '们不辞辛劳地到县里磨嘴皮、跑项目，好不容易争取到县里的支持，才有机会修路。“如果不向村民集资，路就修'
     '不起来。”',
     'in', None, False, ['群众纪律'],
     [(None, '村支书', '石岭村')]),
    # 10
    ('http://news.hebei.com.cn/system/2014/06/16/013520335_01.shtml',
     '服毒事件有了结论。2013年12月12日，在接受新华社记者采访时，邱县政府回应，“近期在县里没有安排'
     '的情况下，龚堡村村支部书记艾连坤、村委会主任郝广军和村会计杜云杰等3名村干部，找到艾广栋家，以征收社'
     '会抚养费为借口，要求其缴费。”县里主管计生工作的负责人介绍称，“按照规定，任何村干部和乡镇政府干部，'
     '都不允许私自违规向村民征收‘超生费’。”作为当事人，艾连坤被免职并开除党籍，另两名村干部也受到处分。'
     '此外，事发当天，“前去找艾连坤办理公务的梁二庄镇包村干部杨学友，因未及时制止村干部违规行为，被处留党'
     '察看一年；梁二庄镇包片干部何孝峰因对事件发生疏于监管、工作失察，被处党内警告处分。”“我自己能干这个'
     '事？你觉得我作为村干部，是想收就能收这超生费？”6个月前，艾连坤只是如此反问，并未直接否认；6个月后'
     '，他翻出书面证据，想推翻县里的“结论”。“证据“五颜六色、新旧不一，既有很随意的手写收条、盖着梁二庄'
     '乡财政所公章的“暂存款”单据，也有正规的“河北省社会抚养费征收专用票据”。此前，这些票据被细心地夹在'
     '信封、日记本里，最早一张落款为2007年，艾连坤刚当上村支书那一年。与墙上日历一样薄的票据，如今承载'
     '着相当厚重的期望——作证。按理说应该开给缴款人的“河北省社会抚养费征收专用票据”，大部分都被留在了村'
     '支书手中。出发点据说是为了“将来说得清”。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('艾连坤', '村支部书记', '龚堡村'),
      ('郝广军', '村委会主任', '龚堡村'),
      ('杜云杰', '村会计', '龚堡村'),
      ('杨学友', '包村干部', '梁二庄镇'),
      ('何孝峰', '包片干部', '梁二庄镇')]),
    # 11
    ('https://yhyx.xhedu.sh.cn/cms/app/info/doc/index.php/10196',
     '我校60余名教师一年来尽职尽责，兢兢业业，各项工作都取得让乡教办室和乡政府非常满意的成绩，但眼看就要'
     '放寒假了，迟迟听不到发工资的消息（我们的工资发到2000年5月份），我们把问题反映到校委会，经研究后'
     '，校长带领教师代表三人到乡教办室询问，教办室陈主任当即与乡政府联系，得到的回答是：一个月有保证，二个'
     '月有困难，三个月剥了皮都没有。我们对乡里的回答很不满意，辛辛苦苦干一学期了，欠了一屁股的债（一名教师'
     '上课时曾三次让要帐的从讲台上拉下来），发一、两个月工资怎么过年！决定再派代表向乡里讨个说法。在校长带'
     '领下，我们派了十个代表去乡政府反映问题。党委书记李书记首先向我们通报乔集乡财政状况，最近计划生育罚款'
     '乡里收进31万元（教师原认为只计划生育罚款一项就能发两个月的工资！）现在已支出26万余元，还剩5万不'
     '够发一个月的工资，乡政府尽量想办法发两个月工资。是谁挪用了教师的工资？几年来，乡里一直以财政吃紧为由'
     '长期拖欠教师工资，善良的教师一再勒紧腰带，把苦水往自己肚里咽。本来就不太多的那么一点工资（我们一直执'
     '行的是93年的工资标准，举例：我大专学历，中教二级，教龄5年，工资287.2元）还不能按时发放。我们'
     '连日常生活都无法维持了！拖欠工资长达七、八月之久！难道乡年初预算没有工资这项吗？光让人干活不让人吃饭'
     '吗？据初步计算，乡里仅所欠自93上班以来的教师工资高达140万元。请问教育附加费哪去了？我们想这不能'
     '用“财政困难”搪塞得了吧，难道会出现2/3的缺口？！',
     'in', None, True, ['廉洁纪律', '群众纪律'],
     []),
    # 12
    ('http://beijingspring.com/c7/xw/zgbd/20070209194911.htm',
     '“我知道这个结果，肯定是要败诉的，但是无论如何我都会选择上诉，”2006年的12月4日，石福奎在电话'
     '里对他的律师说，尽管律师告诉了他诉讼的难度，他仍然选择穷尽法律上的救济权利。2007年1月22日，中'
     '国江苏赣榆县潭湖村的石福奎收到了一审法院的判决书，果然不出所料，一审法院驳回了他的全部诉讼请求。20'
     '06年9月20日，石福奎收到了赣榆县计划生育委员会新的征收社会抚养费的决定书，新决定书无视不久前县行'
     '政复议委员会的复议结果，反而大幅增加征收额度。这也是石提起行政诉讼的原因。石福奎认为，县计生委的行政'
     '行为是违法的，一个是程序不合法，另一个是征收费用缺乏法律依据和事实依据。村民的收入远没有统计数据那么'
     '高。根据赣榆县计生委的答辩状，对石福奎夫妇作出的的征收依据是统计部门2004年全县各镇农民人均纯收入'
     '3358元，事实是否如此呢？采访者根据抽样的采访调查显示，在被采访的39户家庭中，其2006人均纯收'
     '入仅仅为1435元，这39户家庭几乎全部是超生家庭，社会抚养费正是针对他们作出。在当地，因为根本没有'
     '任何针对农民的养老福利，除新婚不久的夫妇以外，有生育能力的家庭都选择生2胎或更多。石福奎所揭示的仅仅'
     '是县政府机关对超生家庭社会抚养费征收的畸高。镇政府和村干部更严重违法的行为也普遍发生：不按照法定的程'
     '序进行，征收数额随意定价，由村干部代收，大多数没有专用票据，征收过程中存在着普遍的辱骂、殴打、非法拘'
     '禁、非法入室搜索财务的行为。',
     'in', None, True, ['群众纪律', '滥用职权'],
     []),
    # 13
    ('https://heilongjiang.big5.dbw.cn/system/2011/06/21/053239200.shtml',
     '欠債還錢，本是天經地義的事情，可是拿到『村級債務』這個范圍來說，就生出許多難題和無奈。對於林口縣古城'
     '鎮馬路村、長安村的一些村民們來說，更是沒有看到這種『天經地義』。這兩個村欠村民們錢，當初借債的人，從'
     '壯年步入老年，不僅二十年來一分沒還上，村民追討至今，何時還款，依舊沒有眉目。20日，記者到林口縣古城'
     '鎮馬路村、長安村等地，對這裡嚴重的村級債務進行了采訪。20日一大早，記者來到了馬路村村民任衍玉家。提'
     '起村上欠自己的錢，今年62歲的任衍玉情緒非常激動：『村上借我錢時，我纔四十多歲，現在我都62歲了，可'
     '是這幾千元就是要不回來！』任衍玉說，1992年，當時的村書記劉忠信以村委會的名義向其借6000元錢用'
     '於改造農村用電，月利息是3分錢，當時劉忠信保證『不會差事兒，轉年就能還上錢。』這一個『轉年』，就轉了'
     '20年。2008年，任衍玉和村民倪和林因村上欠錢不還，將馬路村村委會告上法庭，任衍玉和倪和林勝訴，起'
     '訴書上說了，判決生效後30日內給付。然而，又三年過去了，連本帶利4萬元，他們還是沒拿到。法院至今沒有'
     '執行。通過法律途徑討要債務未果，這讓兩人很是郁悶，也讓別的村民對法律失去了信任。而這種事情不僅發生在'
     '這一個村。在長安村，當年村領導以每月2分利從村民周培洋手裡借走現金15000元，這麼多年別說是還利息'
     '，就是本金也一分錢沒有見到。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://farm.00-net.com/news/9/2008-01-31/94113.html',
     '对于千千万万农民来说，他们最大的幸福就是在一块理想的宅基地上盖一座象样的住房，圆自己的小康之梦。为实'
     '现这个梦想，他们会尽其一生奋力拼搏而无怨无悔。近日，报社接到临猗县庙上乡的群众反映，当地有一起原本非'
     '常明晰的宅基侵权纠纷案件，由于有关部门四次向法院出示意见相左的确权公函，导致法院对该案十年都无法做出'
     '判决。这起宅基纠纷案发生在临猗县庙上乡庙上村。庙上是闻名全国的梨枣之乡。纠纷的一方当事人叫陈福印，4'
     '6岁，原本是庙上村的村民，现在乡计生站工作。另一方当事人是孙惠珍，原籍也是庙上村，1985年，孙的全'
     '家农转非全部迁往西安，现在是西安市的市民。听说采访，一些热心的村民向记者介绍了两家矛盾冲突的过程，孙'
     '惠珍的宅院座西向东，它的北边是陈福印父亲的老宅院。院的南边相邻的是一片总计不到三分的公用垃圾地。19'
     '86年，政府进行第一次旧村改造规划时，因这片垃圾地影响到了村容村貌。所以，村委决定将这块临街的垃圾地'
     '改做为一块宅基用地。因为陈福印正好兄弟两人，按当时政策除了旧宅院外陈家还可享受一处新宅基，所以村里就'
     '将这块垃圾地划归给了陈福印。1987年8月20日，孙惠珍同陈福印达成一份协议，由于影响建房规划，双方'
     '经过协商，孙同意将宅院南边东西长14.9米、南北宽8米的刀把地交还给集体，由上级批准后再交给陈福印规'
     '划院基占用。与此同时，陈福印将自家老宅的东西长24.4米、南北宽4米的地界提供给孙惠珍做建房宅基地使'
     '用。1987年10月9日，经临猗县土地局审核，陈福印拿到了县政府颁发的《宅基使用证》；1988年12'
     '月1日，县政府也按照规划给孙惠珍颁发了《宅基使用证》，两份证书里按照双方的协议对四至做出了明确的规定'
     '。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.zxgdst.com/news/content-2831.html',
     '嫁出去的女兒，潑出去的水。在中國傳統習慣和風俗中，農村集體經濟組織成員認為外嫁女就應該由夫家所在地集'
     '體經濟組織分配承包地，自然無權享有出嫁前村里的土地，更不用談土地補償費了。究竟作為外嫁女在法律上能否'
     '支持其土地補償費的請求權呢？2000年3月，張某外嫁他村（未將戶口遷出），未在男方處分得“責任田”，'
     '但張某每年按時交納了應承擔的各種農稅。今年3月，北京村十組向每個村民發放征地補償費共10860元，但'
     '沒有分配給張某。北京村村長言稱，本村村規民約規定外嫁他村的人不享受本村村民的權利，即使戶口未遷出。也'
     '曾針對張某補償款發不發放的問題召開社員大會，大會決定按照本村村規辦理此事。張某經多次與北京村村委、組'
     '進行溝通皆無滿意答復，故向彭州市人民法院起訴。法院認為，按照《中華人民共和國農村土地承包法》第二十六'
     '條、第二十七條的規定，土地承包合同簽訂后，在承包期內，發包方不得隨意收回承包地，也不得隨意調整承包地'
     '。承包期內，婦女結婚但未在夫家分得責任田的，發包方不能收回張某的承包地。張某具備北京村村民的身份，由'
     '此，法院判決村里一次性支付張某補償費10860元，保障了張某的權益。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://fzb.zjol.com.cn/gb/node2/node802/node240379/'
     'node401807/node401812/userobject15ai5382634.html',
     '上世纪50年代，因为边界“野坑山”山林权属的归属问题，温州永嘉县柴皮村和丽水青田县平溪村之间闹起了纠'
     '纷；50余年后的今天，在省有关部门的共同见证下，两个村子的9名代表终于握手言和。在杭州举行的调解协议'
     '签字仪式上，他们一个个激动地签下了自己的名字。至此，这桩跨世纪的山林纠纷案终于画上了一个圆满的句号。'
     '方圆1400亩的“野坑山”地处永嘉县和青田县交界处。山上杉木林、杂木林繁茂，林木蓄积量约为5000立'
     '方米。然而由于历史原因，这片郁郁葱葱的山林土地权属一直不明。省山林办负责人介绍说，历史上柴皮村与平溪'
     '村曾同属一个县。土改时，“野坑山”的山林土地证由青田县政府重复登记给两个村。到了上世纪60年代，柴皮'
     '村划入永嘉县。从此，两村的村民们虽然各有来往，但为了山上的林木归属，矛盾冲突一直不断。80年代初，因'
     '为一起林木砍伐纠纷，矛盾彻底激化。“两个村都认为山是属于自己的，当时柴皮村的几个村民到山上去砍树，我'
     '们村里人冲上去阻止他们。”今年48岁的平溪村村支书黄廷标对那起纠纷记忆犹新，他告诉记者，那时他们村里'
     '的几十个人拿了锄头、柴刀上山去赶对方，结果在对峙的混乱中，柴皮村的一个村民失足掉进了水塘，意外身亡。'
     '“那件事情后，我们和柴皮村可以说是彻底断了交往。”56岁的张友廷是这次在调解协议上签字的村民代表之一'
     '，他回忆说，随后的几年里，柴皮村和平溪村虽然相隔不远，但村民之间形同陌路，有时为一点小事，就可能引发'
     '村与村之间的矛盾。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://epaper.qlwb.com.cn/qlwb/content/20130807/ArticelV06005FM.htm',
     '亲兄弟之间本应该和和睦睦、情同手足，但莱芜市杨庄镇某村的亲兄弟20年来却为了宅基地纷争不断。近日，两'
     '兄弟因为宅基地属于谁的问题又打了起来。50年前，大哥陈勤（化名）十岁时被过继了出去。2011年，二人'
     '母亲去世，两人便因老宅基地的问题发生了多次争吵，甚至大打出手。弟弟陈刚（化名）认为，大哥陈勤被过继出'
     '去，以前也未曾尽到赡养老人的义务，所以，老人的房产应该由他继承。大哥陈勤认为，1988年时，他曾用一'
     '块自留地和弟弟陈刚对换了老宅基地的位置，所以，老宅基地应归他所有。兄弟二人矛盾越演越烈，村委会、家族'
     '人员数次出面协调，兄弟二人均态度强硬，不做任何让步。近日，大哥陈勤把弟弟陈强打伤，陈勤报警。接到报警'
     '后，杨庄派出所民警到达现场了解情况。民警认为，若是因为打架事件单独对陈勤进行处罚，二人矛盾仍然不会化'
     '解，冲突会进一步升级。所以民警多次对兄弟二人做思想工作。二人最终都愿意让步。大哥陈勤愿意不再争夺老宅'
     '基地，弟弟陈刚愿意不再追究陈勤打人责任。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://farm.00-net.com/e/DoPrint/index.php?classid=537&id=194541',
     '“杨林沟村委会是一级村组织，我手里拿的是白纸黑字盖了公章的借条，怎么就借钱不还呢？”前几日，汉川市杨'
     '林沟镇沟南村5组农民，60岁刘昌顺来到农村新报编辑部大吐苦水。话题要回到17年前。1999年，为了完'
     '成上头下达的“三提五统”任务，时任村支书的王洪海和村主任刘尚清抠破了头皮。不得已，村干部们按惯例向农'
     '民借款。刘昌顺告诉记者，当时王洪海等人找自己借款，承诺“三提五统”收起来后就还给他，期限是半年。刘昌'
     '顺便将存入杨林沟镇经管站基金会的49800元取出来，借给了沟南村委会完成“三提五统”任务。村里出具了'
     '欠条。记者在出借人刘昌顺出具的三张“汉川市整顿农村民间借款换据凭证”上看到，开据时间统一为2000年'
     '8月19日，盖着“汉川市杨林沟镇沟南村委会”的公章。三张票据的借款金额分别为3000元、26000元'
     '、20800元，总计借款为49800元。欠债还钱，天经地义，何况是借钱给一级组织？刘昌顺本以为借钱给'
     '村委会十拿九稳，不会坏账，没想到就还真出了问题。刘昌顺表示，2009年，因为子女婚嫁需要用钱，自己多'
     '次上门与王洪海、刘尚清沟通，但对方表示，当时“三提五统”收上来后全部被镇里收走了，何况这是村委会的债'
     '务，自己不应负责也无力负责。“冤有头债有主，当初是你们借的钱，现在就该你们还！”听说了哥哥的遭遇，刘'
     '昌顺同族的几个弟弟愤怒不已，多次采取极端方式讨债。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://seo520.cn/a/jiaoyu/20160910/171.html',
     '2016年9月10日是中国第32个教师节，从教恰巧也是32年的陈崇华却并没有心情庆祝，他手里拿着15'
     '年总计16000多元的工资欠条，无法兑现。陈崇华是河南省信阳市潢川县堡孜口村人。1984年，他进入村'
     '办的堡孜口村小学任教至今，其间，他从最初的民办教师成了计划外民办教师，也就是人们常说的“代课教师”。'
     '从1984年到1999年，陈崇华这15年的工资都以村委会开具的欠条形式发放。潢川县教育局、隆古乡乡政'
     '府和堡孜口村委会的工作人员在接受澎湃新闻采访时都确认了拖欠工资这一事实。堡孜口村村委会主任李祖斌表示'
     '，村里像陈崇华这样被拖欠工资的民办教师至少还有20多人，但现在村里无力承担这部分债务。“1984年1'
     '0月26日。”时隔32年，对于自己开始教书的那一天，陈崇华还是能脱口而出，他说那是他一生中记得最清楚'
     '的日子。1982年高中毕业后，陈崇华像他的大多数农村同学一样回家当了农民。1984年10月，他得知村'
     '小招教的消息，便在家里人的支持下报名参加了由乡教育管理站组织的堡孜口村小学招教考试，以第一名的成绩进'
     '入村小成为教师。“当时真是说不出的高兴。”回想起得知成绩的情形，陈崇华依旧难抑心中的喜悦，在当年，一'
     '个农村家庭有人能当教师是件“出名”的事情，“种地每天都面朝黄土背朝天，没什么出路。我没凭关系就考上教'
     '师，很幸运。”',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://qingdaonews.com/content/2004-01/15/content_2572897.htm',
     '我是山西长治市某中学的高一学生，父亲是进京打工的农民工。2003年3月到9月，父亲在北京朝阳区日盛达'
     '集团古建机械一公司某工地打工，却没有拿到工钱。攥着工头打给的6000元“白条”，父亲在元旦前再次去北'
     '京追讨工钱，如果这次还拿不到，我将再次面临失学。2003年，我考上了高中，但没有钱交学费，差点失学。'
     '是舅舅拿出多年积蓄给我交了学费。舅舅的家境也不好，后来我才知道，舅舅给我的那部分钱里，有好些是他向别'
     '人借的。我所在的学校，是长治市一所非常不错的中学，我在重点班读书。每次考试，我都排在前5名。家里人都'
     '希望我能考上大学。我是全家的骄傲。为了供我读书，近几年来，父亲一直在外面打工。他每月1000多元的收'
     '入，是我们全家的惟一经济来源。我的母亲因病长期在家休息，我要一边读书一边照顾母亲。父亲没有拿到工钱，'
     '对全家的打击特别大。母亲最近一直精神不好，身体更差了。怕影响我学习，家里人一直没有告诉我这件事。快到'
     '年底了，父亲狠了狠心，再次上北京讨工钱，我才知道真相。为了讨工钱，父亲去北京已好几次了。我外公重病住'
     '院期间，父亲也在北京讨工钱，都没能赶回来。为了讨工钱，他向别人借了交通费。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://news.sina.com.cn/s/2005-03-16/04165369569s.shtml',
     '“我们院子里二十多户人家半年没喝上自来水了。”昨日，苏坡乡万家村5队张家大院的村民给本报打来热线称，'
     '从去年7月开始，村民家的水管就停水到现在。昨日下午，记者从村上和自来水厂获悉，他们今、明两天就着手解'
     '决此事。昨日下午3时，记者刚到万家村5队，村民立即围上来大倒苦水。郭大姐说，他们家吃水都是到半里以外'
     '的地方去提。王先生说，他家干脆在自家院里打了口压水井。蒋大姐还领着记者来到她家，说她家水龙头昼夜都开'
     '着，半年来没见过一滴水，她指着水龙头说：“看，都生锈了！”她说，她家新买的热水器也从来没机会用，成了'
     '摆设。村民说，村上的运渣车去年7月把地下主水管给压破了。他们找到乡上的自来水厂时，水厂说年后来修，可'
     '现在都没来。记者正要去找万家5队的队长，队长张绍凯自己找来了，他说：“明天就开始换新管子。”他解释道'
     '，以前跟乡上的水厂反映过，但他们没来。苏坡乡培风自来水厂的王厂长告诉记者，停水的原因是因为主水管老化'
     '被铁锈堵塞了。他说，村民停水半年的说法有点夸张，因为水管是从春节开始堵塞的，而且有时早中晚都会有一点'
     '水。他说，由于换水管需要很大一笔资金，所以就耽误了。他们将此事上报到了区、乡后经商量决定，“明、后天'
     '就将水管改道”，这样既可以节约成本，又可以尽快解决村民吃水问题。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.chinanews.com/df/2011/10-10/3378570.shtml',
     '2011年，中国重要商品粮基地吉林省粮食总产量首次突破300亿公斤，迎来史上空前丰收年。然而，享受到'
     '丰收成果的吉林省四平市杨大成子镇筢子铺村村民却无论如何也高兴不起来，一条让人近乎“绝望”的村路将他们'
     '的丰收成果挡在了15公里的村外。10日，记者对那条残破不堪的乡村土路进行了实地探访。筢子铺村位于吉林'
     '省长岭县与公主岭市交界地带，有耕地1330公顷，村民3100余人。一条长达15公里的土路是该村与外界'
     '联系的唯一通道。十月中旬的吉林省，绝大部分地区的秋粮已经收割完毕。在路人指引下，记者乘车将行至筢子铺'
     '村时却发现，很多待收的玉米仍在田地里搁置。沿着这些待收割的玉米地向前直行不远，便是那条通向筢子铺村的'
     '乡村土路。40厘米深的车辙、被风吹起的尘土、数百名修路的农民……正在指挥村民修路的筢子铺村党支部书记'
     '隋广军告诉记者，这条有十几年历史的村路，是3000多名村民的一块心病。“每到秋收前，村民都自发集资并'
     '出动劳力先修这条路，否则地里的粮食根本运不到村里来，十几年都是如此。”筢子铺村三社社长刘高生介绍，因'
     '为这条村路处于公主岭和长岭的交界处，属“两不管”地带。每年修这条村路，只能是村民自发集资进行简单的临'
     '时修整，不能彻底解决问题。最为让村民心痛的是，因为路太破，每年粮食丰收后，粮商根本不会到村里去收粮，'
     '村民都需要自己将粮食运出村，这样农民辛辛苦苦耕作一年的收入就被这条路“吃”掉许多。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH96, "fresh96")
