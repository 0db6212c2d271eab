"""Sealed batch fresh106: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh104th.py; the batch and its row ids are "fresh106".)

Theme: people's congress deputies and CPPCC members (人大代表, 政协委员) and the officials who
choose them: seats bought with bribes, deputies shielded from arrest by their 人大常委会, deputies
and committee members at the head of gangs or flaunting their status, officials rigging or
obstructing deputy elections, a deputy's status used against a creditor; out items are citizens'
requests and proposals through deputies, lawsuits that deputies mediate or sit in on, and
land claims. Sources (stored-pages search): a 街头部落 forum post on the 临泉 临新社区 主任 and
市人大代表 陈建民; a copy of the 福州 notice on the 福清 father and son (林德發, 林風) and four
officials (traditional); a 《財經》 report on the 衡陽 破壞選舉案 (traditional); a commentary on
黃玉彪's 賄選 (traditional); 劉洪波's commentary on 羅志元 (traditional); a 香港01 commentary
on the 阜陽 政協委員 李紅偉 (traditional); a commentary on 人大常委会 refusing arrest (莆田 林庆财,
周宁 张某); a 澎湃 report on the 霞浦 deputy 蘇某輝 (traditional); a commentary on the 徐州 deputy
李宝俊; a gua.media copy of the RFA report on 北京 independent candidates; a 民主与法制 report
on 王合軍's debt against a 魏縣 deputy (traditional); a 大紀元 letter from a 綏德 farmer
(traditional); out: a 渝北 court mediation joined by a deputy, a 润州 trial watched by deputies,
the 新华网 report on the 香河 deputy 王淑榮 in court (traditional), a 西区 reception of 大水井
resettled farmers, the 郭伙佳 election story (南海 三山岛 land), a 人大代表工作室 reception day
(traditional), a 福州 profile of the deputy 张榕华, 连玉明's 政协 proposal on rural pensions, a
来宾 deputy's road request and a 武胜 street-light proposal. Ten texts are in traditional script
(items 2-6, 8, 11, 12, 15, 18; the glossing pinyin of the pages' converted copies removed).

Conventions: as in fresh62th.py. Excerpts as published (whole sentences kept, paragraphs and
sentences cut; page junk such as headlines, sub-headings, bylines, datelines, captions, source
lines and the truncated last sentences of the stored copies removed); paragraphs joined; ASCII
punctuation written full-width except inside numbers ("20:37", "203.5mg/100ml"); stray spaces
after punctuation removed (001, 007, 013, 022). Page oddities kept: the unpaired "‘關系網" (002)
and "‘兩會都是" (003), "壹" for 一 throughout 004, "203.5mg/100m" beside "203.5mg/100ml" and
"163 mg/100ml" (008), "王峭玲" beside "王峭岭" (010), the closing quotes used as opening ones
(”審批…, ”國家…) in 012, "幫幫我??" and the space in the banner "人大代表為人民 心系百姓解民憂"
(018), "为我院" (014). The junk "atv," inside a sentence of 007 removed.
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; a 人大代表 or 政协委员 holds a public office, as in fresh18th.py's 杨亚贵), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters,
victims, witnesses, firms, businessmen without a post and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept) and units as written ("福清市人大代表" gives '人大代表',
'福清市'); unit None when the text does not tie the person to a named unit. Topics only from the
twelve names of triage.md; bought or rigged elections and obstructed candidates are 组织纪律
(IS.ORG.03). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 2 (018, 019), 其他 3
(020-022). 22 accused entries, all in items 1-12: 18 with a full name, 2 masked (张某, 蘇某輝),
2 post only. Items 004 and 010 are in scope with no accused entry. Out items have no accused
entry.

Close calls:
 1  A forum post: the headline and board lines cut, the two sub-headings cut, cut before the
    list of 陈建民's properties. 陈建民 '社区主任', '临新社区' as first written (his 市人大代表
    seat shields him). The 阜阳市人大常委会 worker who told the reporter to "找中央" and was
    moved for it is accused as (None, '工作人员', '阜阳市人大常委会') ("姚姓" is no name); 白飚
    only handles, 姚征亿 reports; "阜阳人大及当地纪委" are organs. 廉洁纪律 (illegal building, as
    fresh70th.py's 吴康孟) and 群众纪律 (推诿).
 2  Byline and headline cut; the 河北 paragraph that follows cut. 林德發 is first named with
    '人大代表' ('福清市'); 林風 with '政協委員' before '原村委會主任' (the first post written is
    kept). The four officials as written: '原局長' of '福清市林業局', '原教導員' of
    '福清市公安局森林分局', '黨工委原書記' of '陽下街道' (the 街道 as its own name, as '大兴镇' in
    fresh64th.py), 劉勇俊's 科 in the position ('林政資源管理科原科長', '福清市林業局'). The other
    "28名…黨員干部" are unnamed. Topics 群众纪律 (黑恶), 组织纪律 (破壞換屆選舉), 贪污贿赂 (行賄).
 3  The byline and the quoted "本來是可以…" paragraph (garbled in the copy, naming 李億龍) cut,
    so "兩個月前" follows the 兩會 sentence as on the page; cut before the 謝宏治 quote (garbled
    close). 童名謙 with both posts of "時任衡陽市委書記、市人大換屆領導小組組長" ('市委書記、…',
    '衡陽市'); 胡國初 and 左慧玲 '主任' / '副主任' of '衡陽市人大常委會' (the 副主任 is written after
    the 主任's unit). The 56 and 512 deputies and 50 suspects are unnamed groups. 滥用职权 for
    童名謙's 失職瀆職.
 4  Hard: the stored page starts at "黃玉彪的這次賄選" (no facts of the bribe before it). 黃玉彪 is a
    businessman without a stated post who bribed to become a 省人大代表 and failed: not accused,
    like a gang member without a post; the bribed 市人大代表 (implied) and the 當地 that picks
    deputies by money are unnamed: in, no entry. Only 组织纪律.
 5  Cut before the 衡陽 paragraph (the same case as item 3). 羅志元 '人大代表', '河南省'.
    梁耀輝 "是全國人大代表" and 朱思宜 "獲選全國人大代表" by bribing 省人大工作人員: position
    '全國人大代表', unit None (全國 is no unit). The bribed 工作人員 are unnamed. 生活纪律 (包養),
    组织纪律 and 贪污贿赂 (朱思宜's 行賄 for a seat).
 6  The page's first paragraph (general) and the photo caption after it cut; ends before the
    courtroom caption and the truncated judgment paragraph. 李紅偉 is named first as a gang
    head; the public post written with her is "曾經的安徽省阜陽市政協委員": '政協委員',
    '阜陽市' ("曾經" is not "原"). Only 群众纪律.
 7  A commentary; its lead sentence (repeated later) cut, so it starts at "据报道". 林庆财
    ('莆田市') and 张某 ('周宁县') are deputies written with their units; the 人大常委会 that
    refused arrest are organs. 生活纪律 (张某's drunk driving) and 滥用职权 (the refusals the
    writer calls 越权); 林庆财's 诬告陷害 has no closer topic.
 8  Traditional; the headline and the "最新進展:" / "案情介紹:" heads cut; cut before the
    truncated last sentence. 蘇某輝 '人大代表', '霞浦縣'. Only 生活纪律 (drunk driving, flaunting
    his card); the 縣人大常委會 that granted the arrest only acts.
 9  A commentary; the headline cut and the general last paragraphs cut. 李宝俊 first named in
    "人大代表李宝俊的辞职报告" after "徐州人大代表私挖地下室": unit '徐州' as written there.
    生活纪律 (illegal digging under his house); could be read as 廉洁纪律.
10  Hard: RFA copy, the site header, four photo captions and the sub-heading cut; "十四" and
    "位参选人" (split by the page) joined; ends before the truncated 李海荣 quote. The 警方,
    当局 and 警察 are organs or unnamed groups: in, no entry. 倪玉兰 and the candidates are the
    wronged side. 组织纪律 (obstructing an election) and 滥用职权 (house arrest).
11  Mixed: 王合軍's own debt judgment (涉法涉诉) plus a defendant whose "人大代表" status makes
    it "無法執行". The text (as kept) does not say which defendant is the deputy (李某蒼 refuses
    to pay, but the link is not written): (None, '人大代表', None); 李某蒼 and 李某如 appear only
    as debtors. The 魏縣農發行行長 only introduced the loan; the 魏縣法院 is an organ. 廉洁纪律
    (IS.INT.07, 借款不还). Cut before the truncated "據王合軍…" sentence.
12  Mixed, a first-person 上訪 letter: the writer's land claim against three bodies (an organ
    each, among them the 綏德縣政協) plus two judges who took him from his field and had him
    jailed without papers: '民事審判庭庭長' and '審判員' of '縣法院' (the 庭 goes into the position,
    as in fresh98th.py). 宋子良 leads the builders (private); 薛建利's wife is a fellow victim;
    the 信訪 offices and 縣政府 officials are organs or unnamed. Dateline cut; cut before the
    truncated 市價 sentence. 群众纪律 and 滥用职权.
13  涉法涉诉: a firm's lawsuit for unpaid work in mediation; the deputy 马琴 and 沈光辉 mediate,
    no misconduct alleged. Ends before the mediation itself.
14  涉法涉诉: a 民间借贷 trial watched by deputies and 政协委员; the court's own news. Header and
    source lines cut.
15  涉法涉诉: the deputy 王淑榮 represents her 村委會 in a suit against two governments over 40
    畝 of land; "村幹部説'必須選'" (1987) is background, not a complaint: out, not mixed. Could be
    read as 征地拆迁. Headline, 原標題 and caption cut; ends before the sub-heading.
16  征地拆迁: resettled farmers ask deputies for land and house certificates of the 安置点;
    the deputies and the 住建局 only answer. Byline cut.
17  征地拆迁: a land-rights villager elected deputy; "典型的未批先征" is said of the 原南海县政府 (an
    organ) and is the land claim itself: out, not mixed. 陈冠球 is the other candidate. The
    two-line sub-heading cut; ends before the truncated "令村…" sentence.
18  个人利益诉求: residents' own claims (權益, 醫保, 工資) brought to a deputy's reception day; the
    firms are not officials. Byline and editor lines cut.
19  个人利益诉求: a retired cadre's medical-insurance account put right through the deputy 张榕华;
    could be read as 其他 (a profile). Headline, caption and sub-heading cut.
20  其他: a 政协委员's proposal on rural pensions; the dateline and the photo caption cut.
21  其他: a road repair requested through a deputy and done; headline and editor lines cut.
22  其他: a 人大代表 proposal on street lights, carried out by the 住建局.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH106: list[Item] = [
    # 01
    ('https://bbs.jietou.cn/forum.php?mod=viewthread&ordertype=1&tid=317818',
     '安徽省阜阳市临泉县临新社区主任陈建民因与他人发生合同纠纷，通过诉讼证明自家的房屋属于违法建筑，“社区'
     '主任自曝违法建房”经过媒体公开披露后，曾在社会上引起巨大反响。然而奇怪的是，举报至今将近一年，阜阳人'
     '大及当地纪委对该人大代表违法建房事件的查处结果却含糊其辞，或装聋作哑不予回应，调查结果成了一个谜！事'
     '情源于职业举报人姚征亿接到一条线索，反映阜阳市临泉县城关镇临新社区主任陈建民有多处违法建筑，在临泉县'
     '政府历次组织的全面清理违建行动中，其都能轻松逃脱，怀疑该主任有市人大代表的特殊身份而受到地方保护。出'
     '于对当事人及地方人大的高度负责，2014年10月份，举报人就相关问题致电阜阳市人大常委会予以核实，不'
     '料，该人大工作人员竟让举报人“找中央”！此事被媒体曝光后，阜阳市人大常委会对此专门召开了会议，让举报'
     '人“找中央”的姚姓工作人员被调离工作岗位，并责令其作出深刻检讨和反省。对于违法建房的社区主任、市人大'
     '代表陈建民的问题，由阜阳市人大常委会副主任白飚负责，并要求临泉县人大常委会认真调查此事。事件发生后，'
     '当地村民又提供了更多有关该人大代表的违建信息，并曝出陈建民在任村干部及社区主任期间的其他违法违纪线索。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('陈建民', '社区主任', '临新社区'), (None, '工作人员', '阜阳市人大常委会')]),
    # 02
    ('http://zgkjsz.com/page/2018/0420/3420530.shtml',
     '4月3日上午，福州市委公開了一起涉黑涉惡違法典型案件的查處情況。這起案件一舉牽連出了28名涉嫌為黑惡'
     '勢力擔任“保護傘”的黨員干部，而涉黑涉惡的兩名主犯，一父一子，竟然分別是福州市下轄的福清市原人大代表'
     '與原政協委員。父親林德發，在被查之前一直擔任福清市人大代表，而兒子林風，不僅位列福清市政協委員，還是'
     '陽下街道北林村的原村委會主任。自數年前起，林德發、林風父子二人便糾集部分無業閑雜人員等，橫行鄉里，盤'
     '踞一方。二人涉嫌操縱破壞基層換屆選舉、濫伐林木、尋釁滋事、非法轉讓倒賣土地使用權、行賄等多起違法犯罪'
     '案件。2017年的一份舉報材料表明，林德發家里非法所得的名貴樹種紅豆杉、香樟等都是2014年11月底'
     '在福清市新厝鎮鳳際村公開盜挖的。同時，在福清市龍江街道下劉村紗帽山，林氏父子也非法砍伐了800畝本應'
     '被保護起來的桉樹。根據福州市官方通報的說法，他們“采取利益誘惑、感情投資等手段，羅織‘關系網，拉攏腐'
     '蝕國家工作人員，鞏固和擴張其社會影響力”。在被腐蝕的黨員干部中，福清市林業局原局長官國忠、福清市公安'
     '局森林分局原教導員林洪、福清市陽下街道黨工委原書記林澤新、福清市林業局林政資源管理科原科長劉勇俊等被'
     '處以開除黨籍處分并依法追究刑事責任。',
     'in', None, False, ['群众纪律', '组织纪律', '贪污贿赂'],
     [('林德發', '人大代表', '福清市'), ('林風', '政協委員', '福清市'), ('官國忠', '原局長', '福清市林業局'),
      ('林洪', '原教導員', '福清市公安局森林分局'), ('林澤新', '黨工委原書記', '陽下街道'), ('劉勇俊', '林政資源管理科原科長', '福清市林業局')]),
    # 03
    ('http://jizihe.com/page/2014/0312/23575828.shtml',
     '2014年的湖南省“兩會”，比以往來得晚一些。2月9日，農歷大年初十，來自各市州的“兩會”代表云集長'
     '沙，在四個接待賓館開會。“按照以往的慣例，‘兩會都是在農歷年前開，開完了大家好過年。在年后開會，今年'
     '是第一次。”湖南省人大一位內部人士介紹。湖南省“兩會”的延期，事關去歲舉國震驚的衡陽破壞選舉案。兩個'
     '月前，2013年12月27日至28日，湖南省人大常委會召開全體會議，對在衡陽市十四屆人大一次會議期間'
     '以賄賂手段當選的56名省人大代表，依法確認當選無效，并予以公告。同在12月28日衡陽市有關縣（市、區'
     '）人大常委會分別召開會議，決定接受512名收受錢物的衡陽市人大代表辭職。時任衡陽市委書記、市人大換屆'
     '領導小組組長，后升任湖南省政協副主席的童名謙，因失職瀆職，對該案負有直接領導責任，被中央紀委立案調查'
     '。收受錢款的時任衡陽市人大常委會主任胡國初被移送司法機關處理，副主任左慧玲等50名犯罪嫌疑人被采取強'
     '制措施。《財經》記者獲知，涉嫌賄選的衡陽籍省人大代表，大致分為三類：民營企業家、市直機關干部與國企高'
     '層，后兩類用于送紅包的錢款源自所在單位的襄助。在涉案的代表中，各級黨政官員職務代表占據相當比例，這造'
     '成衡陽官場的人事震動。',
     'in', None, False, ['组织纪律', '贪污贿赂', '滥用职权'],
     [('童名謙', '市委書記、市人大換屆領導小組組長', '衡陽市'), ('胡國初', '主任', '衡陽市人大常委會'), ('左慧玲', '副主任', '衡陽市人大常委會')]),
    # 04
    ('http://trklw.com/gushidaquan/5s5lzscufx.html',
     '黃玉彪的這次賄選，肯定是經過精明算計的，看中了在這件事上的高投資回報率。然而，正是這樣的算計，讓人更'
     '覺可怕。為什麽願意為了當上省人大代表花錢賄選？即便是想替人民參政、為群眾代言，也要講求程序。何況，這'
     '更可能是因為人大代表這壹身份有光環效應，頂著這種“社會榮譽”，話好說，事好辦。在壹些人眼裏，人代會也'
     '是“拓展人脈”的好去處。除去比例不高的基層代表，人大代表中有地方領導、商界大佬，這些都是“閃著金光的'
     '資源”，自然是有人願意花大價錢混跡其中。意外落選，黃和另外壹名同樣賄選了的企業家代表，自然“有情緒”'
     '。然而，原因卻不僅是因為花了錢沒辦成事，更是因為“均認為自己於當地貢獻頗多”。壹個壹年向當地捐資24'
     '00余萬元，壹個旗下企業多年納稅額雄踞第壹。可見，在某種程度上，當地在向上級人大推薦代表時，並沒有考'
     '慮參政能力、民意基礎，而是以經濟貢獻定。這又何嘗不是另壹種形式的“賄選”？如果能夠順利當選，黃玉彪多'
     '半會用代表身份，為自己贏取更多利益，成為更可怕的行賄者。明明是代表人民參政，壹些人卻把人大當成了“私'
     '人俱樂部”，當做搞關系、做公關的平臺，這樣的代表，怎能不讓人寒心。',
     'in', None, False, ['组织纪律'],
     []),
    # 05
    ('http://jizihe.com/page/2014/0303/3131898.shtml',
     '河南省人大代表羅志元，被一名女子舉報包養情婦、養私生女。這應該是前赴后繼“情婦反腐”的又一個例子。羅'
     '志元是私企老板，若僅以這一身份包養情婦，雖然還是腐敗，但屬于社會腐敗，而不是典型的政治腐敗。但他頭頂'
     '人大代表之冠，雖不是黨政官員，卻是一個國家職務，那就是政治腐敗的一個例子。人大代表出席人大會議，人大'
     '會議按照法律具有最高權力，人大制度是中國的根本制度。盡管人大又時常被認為作為發揮不夠充分，人大代表履'
     '行職務也時常不力，但人大代表至少是個光環，既代表著某個人正式被政治系統所接納，又依法享有審議、表決、'
     '提名、選舉、提出議案、質詢、提出罷免案、提出建議批評意見、提議、言論表決免究、人身特別保護、執行代表'
     '職務保障等諸多權利。無利不起早，這些年商人進人大、當代表，蔚然成風。前幾天，東莞掃黃，涉及一家酒店，'
     '店主外號“太子輝”，正號梁耀輝，是全國人大代表。早幾年，韶關查處“粵北首富”朱思宜，其行賄犯罪中的一'
     '項，就是行賄省人大工作人員，獲選全國人大代表。此次正被舉報的羅志元，短信對舉報者說，“我的人大代表身'
     '份疏通了多少關系才選上的，如果被撤了，你看著辦吧！”',
     'in', None, False, ['生活纪律', '组织纪律', '贪污贿赂'],
     [('羅志元', '人大代表', '河南省'), ('梁耀輝', '全國人大代表', None), ('朱思宜', '全國人大代表', None)]),
    # 06
    ('https://www.hk01.com/議事廳/396802/觀察-中共掃黑除惡再曝內幕-市政協委員追債逼死人母',
     '將「掃黑除惡」和「進一步鞏固黨的執政基礎」聯繫在一起的中共，自2018年1月發起為期三年的「掃黑除惡'
     '專項鬥爭」。中共能否用三年時間，終結政府與黑惡勢力之間這一場糾結了上千年的貓鼠遊戲？答案尚未可知，但'
     '是可以肯定的是這場掃黑戰爭挑戰重重。《香港01》曾在〈【解碼習時代掃黑】一場紅色政權與黑社會的「基層'
     '爭奪戰」〉中指出，這場掃黑運動，將遭遇「紅黑灰」三重挑戰。其中的紅，就是指黑惡勢力頭目在完成原始資本'
     '積累後，為逃避法律打擊，多憑藉雄厚經濟實力，打着發展地方經濟、慈善捐款等旗號，千方百計撈取人大代表、'
     '政協委員的「紅頂子」，藉此和官員和政府搭上關係。通過戴上政治光環，借用「紅色」保護傘遮蔽自己違法犯罪'
     '的案底。11月9日，有內地傳媒報道，安徽阜陽市潁泉區檢察院提起公訴的李紅偉等14人涉惡犯罪團伙案，一'
     '審公開宣判，團伙頭目李紅偉犯非法拘禁罪、尋釁滋事罪、高利轉貸罪被判處有期徒刑8年。案中的李紅偉（女，'
     '1975年10月生），不僅是涉黑團伙頭目，還是曾經的安徽省阜陽市政協委員。李紅偉團伙催債時曾致欠債人'
     '母親自殺身亡。',
     'in', None, False, ['群众纪律'],
     [('李紅偉', '政協委員', '阜陽市')]),
    # 07
    ('https://wzatv.cc/atv/a/yaowen/2016/1022/159733.html',
     '据报道，福建莆田市人大代表林庆财涉嫌诬告陷害被立案侦查，但当地警方无法对他采取强制措施，因为莆田市人'
     '大常委会不许可，理由是：倾向于立足调解，争取息访息诉。一些地方的人大常委会不批准公安机关刑拘人大代表'
     '的要求，这样的新闻早已屡见不鲜。比较有名的一例也发生在福建：周宁县人大代表张某在上海醉驾，上海警方向'
     '周宁县人大常委会发函，提请批准对张某刑事拘留，周宁县人大常委会表决后未获通过。后来，周宁县人大常委会'
     '再次开会，审议许可了上海警方的申请，才让矛盾得到了解决。在媒体报道的一些地方的人大常委会否决公安机关'
     '对人大代表采取强制措施的新闻中，从实体上看，人大的否决多数是错误的。对人大代表采取强制措施必须经过人'
     '大准许，是《代表法》第32条的规定，目的在于保证人大代表履行职务的权利。“人民代表大会主席团或者常务'
     '委员会受理有关机关依照本条规定提请许可的申请，应当审查是否存在对代表在人民代表大会各种会议上的发言和'
     '表决进行法律追究，或者对代表提出建议、批评和意见等其他执行职务行为打击报复的情形，并据此作出决定。”'
     '也就是说，人大审议的依据在于被采取强制措施的人大代表是否因履行职务而受到打击报复，如果不是，那就应该'
     '批准。如果人大根据案情否决公安机关刑拘的要求，那显然属于越权。但是，人大否决公安机关的要求，在程序上'
     '却可能是合法的。因为人大之所以否决公安机关的要求，是参加会议的人大常委会委员投票表决的结果，人大无法'
     '推翻该结果。',
     'in', None, False, ['生活纪律', '滥用职权'],
     [('林庆财', '人大代表', '莆田市'), ('张某', '人大代表', '周宁县')]),
    # 08
    ('https://www.zixundingzhi.com/lianghui/e9dc30bd1b82c739.html',
     '“我是人大代表，你們無權處置我！”福建霞浦縣人大代表蘇某輝酒駕將車子違停在鬧市道路中央，之後拒不配合'
     '交警執法，並掏出了自己的人大代表證叫囂，這一系列行為經警方通報後引發社會關注。8月15日，澎湃新聞從'
     '霞浦縣交警大隊瞭解到，經司法鑑定，蘇某輝的血樣中檢出乙醇含量為203.5mg/100m，達到醉駕標準'
     '，該大隊已對蘇某輝以涉嫌危險駕駛罪立案調查。8月15日，澎湃新聞從福建省寧德市霞浦縣人大常委會了解到'
     '，當天上午召開的常委會上，縣人大常委會聽取和審議並表決通過了關於許可縣公安局對第十七屆人大代表蘇某輝'
     '採取強制措施，並暫時停止其執行代表職務的決定。據霞浦縣交警大隊介紹，7月17日20:37，蘇某輝飲酒'
     '後在霞浦縣鬆港街道金山路發現自己的閩JD***8號小車因違規停車被交警貼告知單，遂心懷不滿，故意將車'
     '行駛至霞浦縣太康路正中，以南北朝向將車輛停在太康路中心達23分鐘之久，其時正值該路段通行高峰期，蘇某'
     '輝的行為導致太康路通行不暢直至堵塞。巡特警大隊出警後，蘇某輝自稱為縣人大代表，拒不將車移開。後霞浦縣'
     '公安局指揮中心指派霞浦交警協助，蘇某輝仍不配合。交警大隊民警將蘇某輝帶回隊部進行調查，到隊部後蘇某輝'
     '酒勁上頭仍不配合調查。隨後，交警將其帶往醫院，蘇某輝在其子女的勸解下，才進行了酒精呼氣測試和抽血檢測'
     '，現場呼氣值達163 mg/100ml。7月19日，福建正揚司法鑑定所出具意見書，蘇某輝的血樣中檢出'
     '乙醇含量為203.5mg/100ml，霞浦縣交警大隊對蘇某輝以涉嫌危險駕駛罪立案調查。',
     'in', None, False, ['生活纪律'],
     [('蘇某輝', '人大代表', '霞浦縣')]),
    # 09
    ('https://www.lijianfans.net/archives/637.html',
     '近日，徐州人大代表私挖地下室造成北京德内大街塌陷的新闻不绝于耳，闹得沸沸扬扬，1月31日下午，徐州市'
     '人大常委会确认“人大代表李宝俊的辞职报告合法有效”，这意味着李的人大代表资格已自行终止。有报道说，李'
     '的闪辞是一次“危机公关”，通过辞职来远离舆论的靶心。难道撕掉自己人大代表的“名牌”就能万事大吉吗？难'
     '道人大代表这一头衔只是李宝俊之流的“护身符”、“挡箭牌”的吗？人大代表，顾名思义代表着人民群众的利益'
     '，是人民选出的、为人民说话的，要为人民办事、为人民服务。人大代表的义务也明确规定了，人大代表要模范遵'
     '守宪法和法律，要在自己的生产、工作和社会活动中，自觉地学法、用法、守法，严格按照法律办事。但我们发现'
     '，现实中有部分人大代表并没有真正履职尽责，只是把参加人代会作为获取更多人脉关系、拥有更多社会资源的平'
     '台，更有甚者，把人大代表这一身份作为自己违法违纪活动的“保护伞”，背着人大代表的“名牌”干有损国家和人民的事。',
     'in', None, False, ['生活纪律'],
     [('李宝俊', '人大代表', '徐州')]),
    # 10
    ('http://gua.media/topic/38541/北京多位人大代表独立参选人遭逼迫-犹如-阶级敌人/',
     '北京十四名公民宣布以独立身份参选北京市区县级人大代表后却成为当局严加管控的目标。目前，有多位独立参选'
     '人遭警方软禁在家或强制离京“旅游”，被迫取消了选举宣传活动。此前宣布参选的北京公民包括：野靖环、杨凌'
     '云、王峭玲、王秀珍、周秀玲、刘秀贞、张善根、范素君、郭树梅、李海荣、郭启增、李文足、朱秀玲和刘二敏。'
     '十四位参选人被当局严防死守，本台10月29日多次致电，全部无法接通。中国《宪法》承诺允许独立候选人参'
     '加地方选举，但是对民间老百姓来说，这似乎是一场注定徒劳的败局。北京维权人士倪玉兰告诉本台，“（当局）'
     '这么做，是严重地剥夺了公民参与选举的权利。参与选举人大代表不单单是这十四位公民，参选人很多，只是有些'
     '人没有在推特、微信上发表意见，也是为了减少被找麻烦。”根据王峭岭和李文足在推特上发布的最新消息，朱秀'
     '玲29日计划进行选举宣传，但是从21日开始，警察的车就停在小区门口，还经常到14楼敲门，警告她29号'
     '要呆在屋里。朱秀玲不得不取消参选宣传，但呼吁本选区的选民能够用“另选他人”投票。',
     'in', None, False, ['组织纪律', '滥用职权'],
     []),
    # 11
    ('http://zgkjsz.com/page/2019/1216/11108439.shtml',
     '一起事實清楚、證據充分的借貸糾紛案件，在經過法院審理后，欠債不還的被告被判敗訴。此后，因為被告拒不履'
     '行生效判決，經過原告申請，案件隨即開始進入強制執行階段。然而，由于被告擁有“人大代表”的身份，致使案'
     '件陷入到“無法執行”的尷尬境地。作為原告的案件當事人王合軍困惑不解：“人大代表”，緣何成了“老賴”欠'
     '債不還、規避執行的“護身符”？由此造成的法律窘境，又該如何破解呢？王合軍是河北省魏縣人，在魏縣開辦多'
     '家企業。2017年5月，經魏縣農發行行長介紹，出現流動資金短缺情況的河北倉盛興糧油工貿有限公司（以下'
     '簡稱倉盛興公司），向王合軍借款人民幣300萬元，用于銀行“過橋”。5月27日，雙方約定：借款期限為一'
     '個月，利息為月息2分，并由倉盛興公司法人代表李某蒼、股東李某如（二人系夫妻關系）為該筆借款提供了連帶'
     '償還保證責任。借款到期后，由于倉盛興公司遲遲未償還欠款，王合軍于2018年4月將倉盛興公司以及承擔連'
     '帶償還責任的李氏夫妻一同起訴至魏縣人民法院，要求三被告返還300萬元借款及利息。經過法庭審理，魏縣人'
     '民法院于2018年10月15日下達了民事判決書，判定倉盛興公司于判決生效10日內償還原告王合軍本金3'
     '00萬元及利息，并由李氏夫妻對上述債務承擔連帶償還責任。之后，由于李某蒼拒不履行生效判決，王合軍又于'
     '2019年3月向魏縣法院申請了強制執行。隨后，魏縣法院向李某蒼等三被告下達了執行通知書。孰料執行效果'
     '卻猶如“拳頭打在了棉花上”，其結果自然也只能是“威力盡失”、無功而返。',
     'in', None, True, ['廉洁纪律'],
     [(None, '人大代表', None)]),
    # 12
    ('http://tvsmo.com/b5/9/2/11/n2425326.htm',
     '2006年9月14日晚，中國人民銀行綏德縣支行、綏德縣政協、綏德縣市政管理所指使施工隊開著三輛推土機'
     '，鏟倒我們承包地裡種的莊稼和蔬菜，第二天我得知後，和鄰近幾家土地被侵害的人到地裡阻止施工。我要求施工'
     '隊長宋子良出示徵用耕地的審批文件和購地手續，宋子良說：”審批文件和手續在領導手裡，是保密的，不能給你'
     '們看。”我說：”國家大事都要叫老百姓知道，你們佔我的承包地，能不叫我知道嗎？”我阻擋他們破壞、強佔我'
     '承包的土地，堅持了十天，9月25日，縣法院民事審判庭庭長王永碧、審判員李文武帶兩名法警，把我和也是保'
     '護承包地的薛建利的妻子從我們的承包地裡帶到縣法院，要我們寫保證，承認錯誤，要求我們不能阻止施工，說是'
     '上述三個單位已經購買了土地。我堅決要求看土地佔用審批文件和購地手續，不寫保證，法官當晚就把我關進了縣'
     '看守所，沒有出具任何拘留手續。我兒子找了村長，第二天（26日）我被釋放。從10月初起，我到村、名州鎮'
     '、綏德縣、榆林市、陝西省、中央逐級上訪，全國人大、國務院、中紀委、國土資源部等我都去過。2008年1'
     '1月7日，我和35位綏德的上訪人員到國家信訪總局上訪，被國家信訪總局送到國務院信訪接待處關了20多天'
     '。其間有縣政府、縣公安局、縣信訪辦的官員到北京來與我們談過話，說我們犯了法，要我們回綏德，我們不敢回'
     '去。後我們被國務院信訪接待處送回綏德。一到綏德，我和另外兩個就被關進縣看守所。我被在看守所裡拘留了1'
     '0天，到12月10日釋放時才給我們出具了拘留證。我們家祖祖輩輩是農民，現全家八口人，主要靠三畝地種菜為生。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('王永碧', '民事審判庭庭長', '縣法院'), ('李文武', '審判員', '縣法院')]),
    # 13
    ('https://www.zsfy.gov.cn/Article/view/cateid/7365/id/49513.html',
     '“工程早就竣工并通过验收，他们一直不支付尾款和质保金，是存心想把我们拖垮！”重庆市渝北区人民法院调解'
     '工作室里，盛强公司代理人王某冲着重庆市人大代表马琴和调解员沈光辉一顿“输出”。“你别着急，咱们坐下来'
     '慢慢谈，有什么矛盾是说不开的嘛。”沈光辉向王某递过一杯水，请他坐了下来。这是一起标的额近300万元的'
     '建设工程合同纠纷。2020年5月，八方公司与盛强公司签订劳务分包合同，将某建设工程劳务分包给盛强公司'
     '，工程款3300万余元。2022年底，工程完工并通过竣工验收，但八方公司迟迟未向盛强公司支付工程尾款'
     '及质保金共计295万余元。多次催讨未果，盛强公司遂提起诉讼。“案情并不复杂，关键点在于尾款和质保金的'
     '支付，调解难度应该不大。”拿到案件材料后，沈光辉就给双方代理人拨去了电话，却碰了钉子。“几千万都给了'
     '，就剩这点钱还值当起诉？既然起诉了，那咱们就一审二审奉陪到底。”“对方一次次地以走流程敷衍我们，分明'
     '就是想赖账。”前期的追讨工作让双方心里都积压了一股怨气，这会儿全都一股脑地撒向沈光辉。沈光辉也不恼，'
     '心平气和地对双方说：“法官既然把案子交给我，就是想通过调解化解矛盾。这样吧，咱们先见个面坐下来谈。若'
     '实在谈不拢，法官再开庭审理，于你们也没有任何坏处。”八方公司是一家大型建设企业，盛强公司是小微民营企'
     '业，长期拖欠账款，既影响八方公司信誉，也影响盛强公司经营。为提升纠纷化解质效，依托渝北区法院建立的“'
     '代表委员联络站”，沈光辉通过该案承办法官邀请到了从事基层工作、有丰富矛盾纠纷化解经验的重庆市人大代表'
     '马琴参与联合调解。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://www.zjzy.gov.cn/xwzx/jckx/rzqfy/2019/0424/19937.html',
     '4月19日上午，润州法院公开开庭审理一起民间借贷纠纷，七里街道人大代表、区政协委员11人旁听了庭审，'
     '并开展座谈。原告与被告系朋友关系，自2017年11月，原告通过支付宝及微信支付方式出借给被告40余万'
     '元，被告已还款20余万元，尚有23万余元未付。原告现诉至法院，要求被告返还欠款及利息。代表委员们观摩'
     '了由法官助理何莉婷主持的庭前质证及张小兵法官主持的庭审程序，对润州法院速裁团队高效的庭审模式给予充分'
     '肯定。在庭后的座谈会上，政治处王蒙向代表委员们介绍了润州法院“法官+法官助理+书记员”的速裁简易民事'
     '案件审判团队工作情况及取得的良好效果，何莉婷介绍了民间借贷纠纷中原、被告举证责任的分配、利息约定等相'
     '关法律规定以及民间借贷和套路贷的区别。代表委员们纷纷感慨法院工作压力确实大，法官工作辛苦，为我院开展'
     '速裁团队试点工作，简化审理程序，快速化解小额纠纷，减少当事人诉累，提供便捷司法服务等举措点赞。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://big5.news.cn/gate/big5/www.xinhuanet.com/2017-04/12/c_1120791375.htm',
     '王淑榮獨自坐在原告席上，與被告桌後的8個青年男女“對峙”著。在這個村委會訴縣、市兩級政府的庭審現場，'
     '她是絕對的“少數派”，這也正如30年前她首次參加縣人大代表選舉時的場景——1987年，河北省香河縣人'
     '大換屆，王淑榮拒絕投票給她壓根兒不認識、但村幹部説“必須選”的候選人，而是投給了自己，最終，她得了“'
     '極少數”的10票。接下來的20年，越來越多的選民注意到了王淑榮——這個不在候選名單的人。一年年下來，'
     '她的票數突破40、100、400……2005年王淑榮成功建議全國人大常委會修改了河北某個法規，到20'
     '07年，她的名字被印在了選票上，而且大多數人支持了她。直到10年後的今天，王淑榮仍然認為，“敢監督”'
     '是自己被選民信任的主要原因。這一回，78歲的王淑榮代表香城屯村村委會出庭追問：為什麼村裏有40畝集體'
     '土地變成了國有土地？“縣人大代表比村民力量大啊。”王淑榮自嘲總到處“尋仇覓恨”。她像一匹不聽招呼的“'
     '野馬”，闖入了基層的政治生態，一些幹部則被“推”著開始“思想鬥爭”：他們知道該維護村民利益，卻被批評'
     '“不講大局”；他們試圖勸説王淑榮別出庭，又覺得該派人開車送她進城打官司，但“一定要保密”，“因為畢竟'
     '是去告上級政府”。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://www.yybnet.net/news/shehui/201404/4917490.html',
     '“我当面向人大代表反映事情，他们把办理意见填写在了接待登记表上。”4月9日，西区大水井征地农民1号安'
     '置点的柳文龙说，他看到了问题解决的希望。当天，西区“人大代表、政协委员接待室”2014年第二期接待活'
     '动如期开展，区人大代表龙杨、向芳萍与区人大常委会和区行政效能投诉中心有关负责人一起参与了接待活动。在'
     '区人大代表、政协委员接待室，龙杨、向芳萍2位人大代表们接待了西区大水井征地农民1号安置点20余名群众'
     '，认真听取了群众代表关于大水井拆迁房1号安置点住户至今未办理土地使用证和房产证，要求区级相关部门及时'
     '办理的诉求。2位人大代表和部门陪同人员就接待群众反映部分问题直接进行了现场回复；不能现场答复的，在接'
     '待登记表上做好详细记录。经过近2个小时面对面的沟通，代表们将群众反映的问题收集整理形成了书面材料，并'
     '及时反馈给区住建局，要求区住建局牵头区级相关部门及时办理，将落实情况反馈给来访群众代表。20余名群众'
     '对人大代表面对面倾听民意，反映民情的做法表示了赞赏。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://world-china.org/newsdetail.asp?newsid=3492',
     '在广东佛山市南海区桂城街道禾仰村路边的宣传栏里，同样都是区第十五届人大代表正式候选人，但这“声势”就'
     '硬是不同：担任桂城街道东区经联社社长陈冠球的宣传海报清晰可见，彩色的光面纸十分华美，而中区新填地村民'
     '郭伙佳的宣传单，只是在众多撕得破破烂烂的布告间觅得早前一份《南方都市报》对其土地维权行为的新闻报道的'
     '影印版，末了贴一块小纸片呼吁大家“选人大代表就选郭伙佳”……但最终，郭伙佳比陈冠球高出近2000票，'
     '高票当选区人大代表。土地维权是整个南海三山岛上村民心口上的一根刺。总面积为10.42平方公里的南海三'
     '山岛紧邻广州，与番禺交界，四面环水且周边水网密布，正处广佛都市圈中心，距离广州环城高速仅两公里，武广'
     '高铁穿岛而过，开车五分钟即到广州南站。地理位置十分优越。而这片土地，被苏女士形容为“种下什么，基本不'
     '用管，旱涝保收”，堪称“鱼米之乡”。1992年，原南海县政府宣布预征三山土地11522亩，拟作仓储、'
     '商业、住宅之用。虽说1986年实施的《土地管理法》于1988年首次修订中明确征地程序，但那次征地却仍'
     '被郭伙佳认为是“典型的未批先征”，“完全未经国务院立案批准、未公布详细征地方案、未经村民签名同意、未'
     '与村民协议补偿价”。然而，1992年的那一份征地协议被人在2005年偷来并公之于众，预征协议给出了当'
     '年的补偿标准，如水田补偿13600元/亩，并约定“每推后一年批准使用土地，则递增10%计算补偿”，还'
     '约定粮食将统一供应，即定量每人每月平均14公斤。“但这些都没兑现，8000多村民拿到的唯一现钱就是青'
     '苗补偿款，几千元。”郭伙佳说。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://www.yinyuexiaowu.com/news/lhsz/2021/06/81500596202106071054.html',
     '6月4日上午，全國人大代表寧雅秋、省人大代表胡亞萍一早就到位于建業壹號中心的市人大代表第一工作室接待'
     '群眾來訪。這是該工作室開展的第八次接待日活動。胡亞萍是我市資深律師，經常幫助來訪群眾解決涉及法律、法'
     '規的疑難問題。市民張先生多年前與一企業形成租借關系，后來企業資產被處置時自己的權益未得到補償，就多次'
     '向胡亞萍咨詢。他說：“胡亞萍是律師，又是省人大代表，幫我想了很多辦法、做了不少工作。我很感謝她。”“'
     '胡律師，你一定要幫幫我??！我今年60多歲了，可是一直沒有辦理醫保。”我市一名退休職工焦急地說。“單'
     '位當時為什么沒給你辦醫保？其他人員辦了嗎？”胡亞萍耐心詢問情況，然后根據現行法律法規和有關政策給出建'
     '議，并表示將過問此事。當天上午，來訪的人絡繹不絕。市民姚艷艷將一面寫有“人大代表為人民 心系百姓解民'
     '憂”字樣的錦旗送到市人大代表第一工作室。姚艷艷原來在我市一家企業上班，離職后被企業以不正當理由扣掉應'
     '得工資，后在胡亞萍的幫助下依法拿到工資。據了解，人大代表工作室為代表履職提供了有效載體和平臺，架起了'
     '代表和群眾之間的橋梁，特別是通過接待日活動，解決了一批群眾的操心事、煩心事和揪心事。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://m.fznews.com.cn/dsxw/20201209/5fd01f0ff1b5a.shtml',
     '“张代表，谢谢您帮我们反映情况，现在我每月医保个人账户都会增加几十元。”近日，下班路过永泰县南湖公园'
     '的市人大代表张榕华，被退休干部林登坚拦下表达谢意。老林说，还有其他问题想反映，于是张榕华拿出本子，坐'
     '在公园石凳上和老林聊了起来。“我在县社保中心上班，因为工作关系很多人认识我，他们愿意找我聊，我都认真'
     '听。”张榕华说。林登坚向张榕华表达谢意的事发生在今年7月。“我们退休干部的养老金发放问题都是到县机关'
     '事业单位社保中心处理，张代表是负责人，所以我和张代表早就认识。”老林说，当时听说机关事业单位退休人员'
     '养老金有所增加，但他发现医保个人账户的金额并没有多，于是到社保大厅办事时顺便和张榕华说了此事。“这本'
     '不是机关社保职责范围内的事，需要各单位主动向医保中心申报缴费基数变动情况。但作为市人大代表，我有责任'
     '维护退休人员的利益，所以我马上和县医保中心沟通，摸清问题症结。”张榕华说，县医保中心也迅速向市医保中'
     '心反映，最终由市医保中心批量更新数据，圆满解决了此事。“虽然增加的钱不多，但这个政策牵涉面非常广，仅'
     '我们县就有4000多人。早一点让退休人员享受到政策红利，就是早一点把党和政府的温暖送给他们。”',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://www.0xu.cn/article/intelnet/dynamic/37252.html',
     '“农村养老是全社会养老服务体系建设的重要组成部分，也是我国基本养老服务体系建设的薄弱环节。”全国政协'
     '委员、北京国际城市发展研究院创始院长连玉明拟提交《关于大力提高农民养老金标准加快完善农村养老服务体系'
     '》的提案。在中国近3亿60岁以上老人的“养老挑战”中，农村老人的养老问题更为突出。对此，连玉明建议，'
     '启动全国范围内的农民养老金统一上调，在现有基础上，每人每月至少上调100元。据连玉明估算，如果在现有'
     '基础上，每人每月养老金至少上调100元，按照全国1.3亿农村60岁以上老年人口算，每年新增财政支出1'
     '560亿元。按照去年全国一般公共预算支出274574亿元，这笔支出约占全国财政支出的5.6‰。随着中'
     '国经济不断向上攀升，农民养老金也需要跟上经济增长的步伐。对此，连玉明建议，进一步强化农民养老金增长机'
     '制，确保农民养老金增长不低于年度农村居民人均可支配收入的增长幅度。解决农民的养老问题是一个系统性工程'
     '，除了养老金保障，农村养老制度建设还需进一步完善。连玉明还建议，加快基于应对人口老龄化和乡村振兴背景'
     '下农村养老服务体系建设。此外，还要强化社会资源和社会力量参与农村养老制度建设，加快补齐特殊老年群体长'
     '期护理（失能照护）服务短板。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.gxlbrd.gov.cn/content/2023-10/08/content_105979.htm',
     '“龙山村主干道为龙山小学通往龙山村委的重要路段，路面破损严重，路面坑洼不平，周边群众反映强烈，希望上'
     '级部门能够及时修缮。”近日，人大代表蒙高勇通过“代表在线”点单，将群众诉求及时反馈至镇人大主席团。主'
     '席团收到代表建议后，立即组织镇乡村建设综合服务中心、兴宾区交通运输局一同实地查看路面破损情况和车辆通'
     '行状况，并走访周边群众，听取群众的意见建议。在随后的座谈交流中，联络站驻站代表各抒己见，为解决眼前道'
     '路出行问题出谋划策。在汇集多方建议后，兴宾区交通运输局将该路段的修缮工作纳入规划，并及时协调施工单位'
     '共同推进项目落实。目前，龙山村主干道塌陷破损的路面已修缮完成，村民可以正常出行。“非常感谢政府对我们'
     '的关心，帮助村子修缮路面，解决大家的出行难题。”小平阳镇发挥“群众点单、代表督办”工作机制优势，不断'
     '深入群众，为民代言，为民办事，切实解决群众“急难愁盼”问题，进一步提高群众的获得感、幸福感和满意度。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.scspc.gov.cn/html/dbgz_18/2012/0223/65004.html',
     '“没想到给人大代表的建议，能得到迅速办理。给人大代表的建议管用！”家住武胜县城东街的张大爷走在街上，'
     '看到的路灯焕然一新，心情特别舒畅。“我们这里的路灯部分陈旧、老化、破损，影响行人夜间通行，存在安全隐'
     '患。”春节前夕，县人大代表郭荣、赵国锋和刘莉平在一次考察中，张大爷提出了这样的建议。3名代表进行走访'
     '调研后，提出了《关于加快整治维修县城出口损坏道路及大街小巷破损路灯的建议》。武胜县人大常委会财经工委'
     '组织部分代表对此建议的落实情况进行了实地视察，县政府也加强督办。在人大监督和县政府的督促下，武胜县住'
     '建局在春节前就投资300余万元，新安装背街小巷路灯150盏、迎宾大道路灯30盏，更换了建设南北路、上'
     '东街、东街路灯150盏，切实解决群众通行的安全隐患。在这次整治中还投资31万元完成了武中校至城北初中'
     '段道路、兴工大道等县城主干道人行道路面和步砖的维修整治。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH106, "fresh106")
