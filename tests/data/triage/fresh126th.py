"""Sealed batch fresh128: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh126th.py; the batch and its row ids are "fresh128".)

Theme: high-standard farmland and land consolidation (高标准农田, 土地整理, 土地整治, 农田水利,
垦造耕地 and 耕地占补平衡): a 土地开发整理中心 head and his site representative taking money from
builders, a former 农业农村局 chief selling 高标准农田 projects, a county's 农业综合开发 and
土地整理 officials in the dock, a village applying twice for one 土地整理 project, a 村支书
building a 农田水利 project without a licence, fake outlets in 澄城, cracked ditches in 射阳,
inflated 土地整理 areas in 高台, fake 垦造耕地 in 柯城, a 村长 keeping a villager's land money and
a 支书 handing a 土方平整 job to his son; out items are a village's 土地平整 contract suit, a
flooded pepper field's suit against a 水务局, land compensation withheld after a won lawsuit,
fields buried by a 水利局 and by a highway, crop and land losses from 水利局 and 坡耕地 works, a
broken 堰塘, a deputy's ditch proposal and a damaged weir. Neighbouring themes where the search
gave too few farmland texts: items 9 and 11 (land compensation for a developer's and an oil
field's roads), 12 (a 消纳场 levelling job) and 15 (a fish pond taken for a tourism project).
Sources (stored-pages search): a chchumg copy of the 《清廉四川》 piece on 大英 (traditional); a
victorzhang copy of the 射洪 张朝平 report (traditional); a cshtsb copy of the 《法制日报》 piece on
临沂 土地整理 crimes (traditional); the 常州 纪委's story of the 长兴村 check; a zsjgx copy of a
泗县 屏山镇 report (traditional); a 414w copy of the 大皖新闻 report on 澄城; a yaliqi post on
射阳 海河镇; a 9w8c copy of the 张掖 纪委 report (traditional); a 纪委 story on the 涟水 支书
张成年; a wxjbdc copy of the 上游新闻 report on 柯城 九华乡; a dcwnkz post on a 9-year claim; a
wxredian copy of the 襄阳 纪委 report; out: a 吉水 judgment (沙上村 v. 中云公司), a 滑县
judgment, a 新浪山东 copy of the 齐鲁网 report on 齐河, a cnshxw report on 夏邑, a 兴宁 forum
letter from 茅塘村 with the reply, a kmyks farmer's post on 羅家塬 (traditional), a 互助 县长信箱
letter with the 水利局's answer, a 163 copy of a 南部县 forum post, a jxxf.gov.cn 局's answer to a
deputy's proposal and a 宁都 网络问政 complaint with the 水利局's answer. Six texts are in
traditional script (items 1, 2, 3, 5, 8, 18; the glossing pinyin of the pages' converted copies
removed in 2, 3, 5, 8 and 18).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source and site lines, the "五金" nav word of 010, the
"核心提示" lead of 016, the truncated last sentences of the stored copies and the sentences the
stored copies garbled ("當?shù)貙嶋H", "領域?qū)m?xiàng)", "從梁頂?shù)杰呌械…") removed); paragraphs
joined; ASCII punctuation written full-width except inside numbers; the ASCII full stops of 017
written "。"; stray spaces removed after punctuation (014) and between Chinese and numbers
("2017 年", "南充 12345 热线" in 020). Page oddities kept: "———" (003), "標民" (005), the unpaired
"豆腐渣工程”" (007), "模式群众利益" and "进姻亲属" (012), the spaced "民 事 判 决 书" (013), the
spaces of 014's heading and its "××" and "***", "一直任何结果" (015), "如图所示" (016), "證策",
"安以前", "從新分" (018), "—位", "现就的问题" (019), "建议》" and "长600，米" (021), "口头反应" and
"农村农业局" (022).
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, builders, firms, businessmen without a post and officials who only
handled, investigated, announced or answered are not accused; an organ or an unnamed group accused
as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md; skimming
or faking project money is 廉洁纪律 (IS.INT.09), steering a project to oneself or kin 廉洁纪律
(IS.INT.03/05), faked acceptance, areas and returns 工作纪律 (IS.WRK.04). Out items have empty
topics, as in fresh114th.py. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (011, 015,
020). Out types: 涉法涉诉 2 (013, 014), 征地拆迁 3 (015-017), 个人利益诉求 3 (018-020), 其他 2
(021, 022). 16 accused entries: 15 in items 1-12 and one in the mixed out item 015; 4 with a full
name (蔣萬東, 潘滔, 張朝平, 张成年), 10 masked (孟某, 王某, 劉某, 李某, 朱某, 丁某, 孫某某, 吕某全,
王某虎, 孙某), 2 post only. Items 006, 007 and 010 are in scope with no accused entry.

Close calls:
 1  Traditional; the headline cut; ends at "最終，金錢的誘惑戰勝了理智。"
    before the truncated "過…". 蔣萬東 first written "遂寧市大英縣土地開發整理中心原主任蔣萬東": ('原主任',
    '大英縣土地開發整理中心'); 潘滔 written in the same phrase "原項目現場代表潘滔", given the same unit
    (hard: the text never says which body he worked for). 範某某 is the builder who paid; 龔洪 of the
    紀委 only speaks. 贪污贿赂, 廉洁纪律 and 工作纪律 (the works on the 竣工圖 that villagers built).
 2  Traditional, glosses removed; the two sentences garbled in the stored copy ("結合當?shù)貙嶋H…",
    "源于當?shù)丶o(jì)委…") and the truncated last paragraph cut, so the text ends with the repeated
    "從中收受賄賂400余萬元。" as on the page. 張朝平 first written "四川省遂寧市射洪市政協原副主席張朝平": ('原副主席', '射洪市政協'); his
    earlier 農業農村局 posts are later. The 商人老板 are not accused.
 3  Traditional, glosses removed; the bold sub-heading (which repeats a later quote) cut; ends
    before the truncated last paragraph ("…就是這樣的‘實權’使…"). Five masked officials as written: 孟某 ('副主任',
    '縣農業綜合開發辦公室'), 王某 and 劉某 ("縣土地局土地整理中心前后兩任主任": '主任' each) and the
    two '副鎮長' 李某 and 朱某 (unit None: "鄉鎮" names no town). The "兩位所長" are unnamed: no
    entry. The 檢察院 only investigates.
 4  A 纪委 officer's first-person story; ends before the truncated "我一边说，一…" (so no finding is
    in the text). 丁某 is "去长兴村委找项目资料编制人村会计丁某": ('丁某', '村会计', '长兴村') (the
    village as named in "朱林镇长兴村"; hard: could be read as unit '长兴村委', or as no one accused
    yet). 吴所长 of the 国土所 only explains. 工作纪律 (重复申报) and 廉洁纪律 (9万元 补助).
 5  Traditional, glosses removed; ends before the truncated "帶著不…". The accused is "徐賀的村支書
    姓吳的" / "這位吳姓支書": a surname only, so (None, '村支書', '徐賀') with the unit as written
    there ("姓吳" is no name, as "姚姓" in fresh104th.py). The page's "村支書們" are an unnamed group;
    the builders and the 水利部門 are not accused. 廉洁纪律 (a cadre taking the contract, "上邊有人")
    and 工作纪律. The farmers' flooded fields are not claimed: not mixed.
 6  Headline, byline and three captions cut; ends before the truncated "“问…". "澄城县农业农村局3名
    相关负责人正在接受纪检委调查" is an unnamed group: in, no entry. 耿学兵 reports; the 村委会成员
    and the 工作人员 only answer. 工作纪律 (fake outlets to pass acceptance) and 廉洁纪律 (套取国家资金).
 7  Hard: a 自媒体 post; the headline, byline and the "0 阅读" footer cut. The accused are organs and
    firms ("射阳县海河镇人民政府", "主管单位、施工单位和监理单位"): in, no entry; could be read as out
    其他 (a quality complaint). Only 工作纪律 (how the works passed acceptance).
 8  Traditional, glosses removed; the garbled 張掖 sentence (領域?qū)m?xiàng)治理) cut, so "市紀委監委"
    follows without its name as on the page; ends before the truncated "張掖市紀檢監…". 孫某某 is
    "該村黨支部書記孫某某" of "黑泉鎮某村": unit None. 廉洁纪律 (套取) and 工作纪律 (虚報面積).
 9  Off theme (land compensation from a developer); ends before the truncated "对于土地…加上". 张成年
    first written "张罗村党总支书记张成年". His wife 杨某芹, 嵇某桂 and 罗某南 are not accused; the
    signers of the 审批表 are unnamed. Only 廉洁纪律 (IS.INT.09); could also be 贪污贿赂.
10  The nav word "五金" before the quote cut; "（见下图）" kept inside the sentence; ends before the
    truncated "但在施工过程中…下坦". The villagers accuse the project as a whole ("套取项目资金"); the
    柯城区 bodies are organs and 郑先生 a witness: in, no entry. 廉洁纪律 and 工作纪律 (田改田 passed
    as 山改田). Hard: the text does not say who would pocket the money.
11  Mixed and hard: 吕先生's own 5000元 claim (个人利益诉求) and the 村长's keeping it plus his sale
    of collective soil. In, because the money is held back by the cadre and the second allegation
    stands alone (IS.MAS.02); could be read as out 个人利益诉求, mixed. The "二、违规乱象…" heading
    run into the paragraph cut; ends before the truncated "自吕某全任职以来…架空". 吕某全 '村长' as
    first written ("时任村长吕某全"), unit None (hard: the text names his village only as 吕先生's,
    "宗某某村"); 王某虎 '包村干部', unit None, for refusing to look. The 镇政府 "相关工作人员" and
    "相关领导" are unnamed: no entry. 群众纪律 (截留, 推诿) and 廉洁纪律 (集体资产).
12  Off theme (a 消纳场 levelling job; 高标准农田 appears only in the checklist). The caption
    "襄阳市各级纪检监察机关围绕高标准农田…图为…孔湾镇…" cut. 孙某 as first written "某村党支部书记、
    村委会主任孙某": unit None. 廉洁纪律 (a job to his son) and 民主集中制 (the 议事规则 and "四议两公
    开" skipped; hard: could be only 廉洁纪律).
13  涉法涉诉: a village's contract suit against its 土地平整 builder; the site's case-data lines cut;
    ends before the truncated "同时，被告还以原告的安置…". 刘贵生 is the village's 主任 as plaintiff
    representative: not accused.
14  涉法涉诉: a flooded pepper field's suit against the 滑县水务局 and a road firm; title and source
    lines cut; ends before the truncated "经了解…由于被". The 水务局 is a defendant organ; no misconduct
    alleged: not mixed.
15  Mixed, out 征地拆迁, hard: a fish pond farmer's compensation kept by the village for three years
    and a won lawsuit not paid, with "被村长签字取走了八万多": (None, '村长', None) as in fresh114th.py;
    the "村干部" are an unnamed group and the 村支书 only asked. Could be read as 涉法涉诉 (an
    unexecuted judgment) or as in (cadres keeping compensation). Navigation, headline, byline and
    the 齐鲁网 dateline cut; ends before the truncated "就在这时…".
16  征地拆迁: fields covered by a 水利局's dredging spoil without the promised compensation (临时用地);
    headline, "核心提示" lead, the "大量可耕地被占用" sub-heading and the rest of the quoted rules
    cut. The 水利局 is an organ; no misconduct alleged.
17  征地拆迁: fields partly taken and partly buried by a highway builder; the villagers ask the
    compensation standard. Forum lines cut; the reply ends before its truncated second sentence.
    陈略宇 is only quoted; the builder's "相关领导" are private. Could be read as 个人利益诉求.
18  个人利益诉求, traditional, glosses removed: a farmer's lost wheat and land in a 水利局 drilling and
    pipe project, and the 水利局's compensation plan; the garbled "從梁頂?shù)杰呌械…" sentence and the
    truncated "他們開始計劃賠償…與我沒" cut. The 光伏 firm is private.
19  个人利益诉求: a 县长信箱 letter on land lost to a pipe in a 坡耕地综合治理 project, with the
    水利局's answer; the mail header lines, the "专此回复" and signature lines cut.
20  Mixed, 个人利益诉求: the repair and compensation for a 堰塘 rebuilt by the 自然资源和规划局 and
    the demand to hold the departments that "相互推诿" to account (organs: no entry). The 广告 lines,
    the source and disclaimer lines cut.
21  其他: a 局's answer to the deputy 钟梅's proposal on a broken ditch; the title and the two
    numbered heads cut. No grievance against anyone (the page sits in a 崇仙乡 section).
22  其他: a 网络问政 complaint that a private project wrecked a weir and the 水利局's answer passing it
    on; title, status and timestamp lines cut. The "村、镇有关领导" who gave no answer are unnamed:
    not mixed (hard: could be 个人利益诉求, mixed, as a group's claim with 推诿).
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH128: list[Item] = [
    # 01
    ('https://chchumg.com/a/qing-lian-si-chuan-guan-zhu-1da-ying-xian-ge-bie-gan-bu-zai-tu-di-zh'
     'eng-li-xiang-mu-gong-zuo-zhong-de-tong-tan-gong-fu-xi-jie.html',
     '土地整理是指在一定區域內，調整土地利用結構，對土地資源重新分配，增加可利用土地面積和有效耕地面積，提高土'
     '地利用率和產出率的活動。農村土地整理對於提高土地質量、緩解人地矛盾、保證糧食安全、維護社會穩定具有重要作'
     '用。然而，以遂寧市大英縣土地開發整理中心原主任蔣萬東、原項目現場代表潘滔爲代表的少數幹部職工，卻利用職務'
     '便利，在土地整理項目中上演了一出同貪共腐的“戲碼”。2023年，遂寧市大英縣紀委監委在開展耕地佔補平衡專'
     '項治理監督檢查中發現，《土地整理項目竣工圖》中標註的施工範圍與實際施工情況有所差異。遂寧市大英縣紀委監委'
     '第一紀檢監察室副主任龔洪說道：“我們在走訪的時候就發現，有羣衆反映村內自主施工的田間道、水渠與《土地整理'
     '項目竣工圖》上的土地平整工程量重合，這其中明顯有問題。”在進一步調查中，多項線索表明，時任大英縣土地開發'
     '整理中心主任蔣萬東、項目現場代表潘滔在項目建設過程中存在違紀違法行爲。蔣萬東，四川蓬溪人，1986年參加'
     '工作，逐步從一名辦事員成長爲一名專業素質過硬的領導幹部。一路走來，蔣萬東也曾恪盡職守、兢兢業業。變化發生'
     '在2017年，這一年，蔣萬東調任遂寧市大英縣原國土資源局任黨組成員，同時擔任工業集中發展區分局局長。在職'
     '務變化的同時，他身邊的商人朋友也漸漸多了起來。龔洪說道：“當年8月，老闆範某某想請蔣萬東在承接的土地整理'
     '項目撥款上予以關照，送給他2萬元。第一次面對管理服務對象送上門來的‘感謝費’，收與不收，蔣萬東內心還是十'
     '分掙扎，不收，太可惜了，收了，又怕‘翻船’。”最終，金錢的誘惑戰勝了理智。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '工作纪律'],
     [('蔣萬東', '原主任', '大英縣土地開發整理中心'), ('潘滔', '原項目現場代表', '大英縣土地開發整理中心')]),
    # 02
    ('http://www.victorzhang.cn/page/2025/0315/26015380.shtml',
     '農村集體“三資”領域點多面廣，監督管理相對薄弱，腐敗問題易發多發。四川省遂寧市射洪市政協原副主席張朝平就'
     '盯住薄弱環節監管漏洞，將高標準農田項目拿來和商人老板做交易，從中收受賄賂400余萬元。目前，張朝平已被開'
     '除黨籍、開除公職，因犯受賄罪、洗錢罪，數罪并罰被判處有期徒刑6年10個月，并處罰金人民幣45萬元，其他涉'
     '案人員也都受到嚴肅處理。四川遂寧位于成都平原邊緣地帶，有不少山地和丘陵，土地坡度大，地塊既小又分散，灌溉'
     '靠天，耕作困難。為改變靠天吃飯的困境，遂寧大力推進高標準農田建設，目的是將分散的地塊改為集中連片，便于實'
     '現機械化耕作，同時配套水利設施，幫助農田旱澇保收，使糧食產量和農民收入都大大提升。但在建設過程中，卻有一'
     '些別有用心的人把高標準農田當成了謀取私利的自留地，群眾對此反映強烈。張朝平曾任射洪市農業農村局黨組書記、'
     '局長。他將高標準農田項目拿來和商人老板做交易，從中收受賄賂400余萬元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('張朝平', '原副主席', '射洪市政協')]),
    # 03
    ('http://cshtsb.com/news/fangchanjiaji/38405.html',
     '提起“土地整理”，也許許多人會感到陌生。比較專業的說法是，“土地整理”是指通過采取各種措施，對田、水、路'
     '、林、村綜合整治，提高耕地質量，增加有效耕地面積，改善農業生態條件和生態環境的行為。近幾年，國家每年都投'
     '入大量資金，對山嶺薄地、荒丘內澇之處進行土地整理開發，這是一件澤被百姓的好事情。但是，就是這種“陌生”，'
     '才使得有人膽大妄為———借土地整理“揩油”。山東省臨沂市的一個農業大縣，每年都能爭取到土地整理項目，而2'
     '006年至2009年，檢察機關在該縣土地整理領域查處了7起職務犯罪案件，涉案人員均為管“土”吃“土”的“'
     '業內人士”。近日，《法制日報》記者走進山東省臨沂市人民檢察院，從辦案檢察官的講述中“還原”了隱藏在土地整'
     '理項目背后的“權錢交易”。“查處的7名犯罪嫌疑人均為分管土地整理的各級各部門負責人，權力相對集中。”臨沂'
     '市人民檢察院的辦案人員告訴記者。據介紹，7名涉案人員職位幾乎包攬了該縣涉土崗位：縣農業綜合開發辦公室副主'
     '任孟某，分管某鎮的農業綜合開發與“2006年至2007年縣二萬五千畝農業開發”項目；王某、劉某則是縣土地'
     '局土地整理中心前后兩任主任；而鄉鎮土地管理所的兩位所長以及兩名鄉鎮分管土地管理所的副鎮長李某、朱某也是“'
     '榜上有名”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('孟某', '副主任', '縣農業綜合開發辦公室'), ('王某', '主任', '縣土地局土地整理中心'), ('劉某', '主任', '縣土地局土地整理中心'),
      ('李某', '副鎮長', None), ('朱某', '副鎮長', None)]),
    # 04
    ('https://jjw.changzhou.gov.cn/html/jw/2020/CFEMPFJM_0609/17989.html',
     '不久前，江苏省常州市金坛区委巡察组在巡察朱林镇长兴村时，了解到该村存在重复申报项目的情况，随即将该问题线'
     '索移交给区纪委，区纪委立即成立核查组开展初核工作。经前期核查了解，长兴村是以土地整理项目的名义申报村集体'
     '经济增收项目，并获得了9万元补助资金。“既然是项目上的问题，我们先到项目实施地点走访一下，看看虚实。”在'
     '向室主任汇报后，我和同事小朱决定先去朱林镇实地走访。到达项目建设地点后，我们看到这里确实已经将废弃的土地'
     '进行了平整，现在已经长了绿油油的农作物了。“看来这个项目是真实的”，我跟小朱边走边说。走到路尽头时，我们'
     '看到路边有一块项目公示牌，上面详细地介绍了项目的基本情况，但建设单位一栏却写着“朱林镇国土所”。“这个项'
     '目不是长兴村委建设的吗？怎么公示牌上写着建设单位是朱林镇国土所呢？”带着疑问，我和小朱决定到朱林镇国土所'
     '了解情况。镇国土所吴所长向我们说明了情况，“项目是我们投资建设的，跟长兴村委没关系，只是项目实施地点在长'
     '兴村，在项目建设过程中村委帮我们处理了不少矛盾，当时的建设费用也是我们打到村委后由村委代付的。”随后，吴'
     '所又把项目建设的相关资料拿给我们看。当看国土所提供的项目建设资料跟长兴村的项目申报材料如出一辙时，我心里'
     '就有数了。把资料复印后，我和小朱决定去长兴村委找项目资料编制人村会计丁某核实情况。“丁会计，你们申报的土'
     '地整理项目是村里投资建设的吗？”我问道。“是我们村投资建设的。”丁会计说完后，就把村里支付建设费用和兑付'
     '村民补偿款的会计凭证拿给我们看。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     [('丁某', '村会计', '长兴村')]),
    # 05
    ('http://www.zsjgx.com/m/view.php?aid=6624',
     '安徽宿州泗縣屏山鎮徐賀等村的農田水利建設項目工程于2010年建好，這個項目區在三條大河之中，國家投資了幾'
     '千萬，可是在去年大旱時卻不能抽上來一滴水，上千畝土地閑了一年沒種，項目區建的很好，路渠完整，可是不到兩年'
     '時間卻都損毀了，讓人痛心。2012年7月6日，記者赴安徽省泗縣農田水利工程建設重鎮屏山鎮進行實地調查了解'
     '：泗縣屏山鎮農田水利建設（土地整治）項目，是國家投資的農田水利綜合治理項目，涉及：枯河村，徐賀村，彭鮑村'
     '，谷楊村，湖半崗村，上劉村，下劉村，小吳莊村。記者跟隨村民來到灌溉渠道及配套的枯河村電灌站，情景觸目驚心'
     '。村民：這里原來已經坍塌過一次了，這是第二次重修了以后又塌下去的，國家再有錢也經不起這樣折騰啊！一位知情'
     '村民憤憤的說：這不是瞎糊弄嗎，這都是村支書們帶著土建筑修的，能修好嗎？記者：不是水利部門修的嗎？村民：徐'
     '賀村現在管周邊好幾個村，都是徐賀的村支書姓吳的包下來干的。記者：他有修建資質嗎？村民：什么資質啊，人家上'
     '邊有人。記者：修好后一次也沒有用過嗎？標民：還用那，還不如不修，去年大旱沒用上一滴水。修這工程把以前田邊'
     '的排水溝都填平了，以前田里有點水就從溝里排出去了，現在都存地里了。由于水太多，玉米都沒法種，我們也不能出'
     '去打工，只能等著，你看看田里這水往哪去？看到質量如此差的工程，想找到施工方了解情況，記者試圖聯系這位吳姓'
     '支書，但是沒能聯系上，據說是外出了。本應是招標建設的工程，怎么就轉包給了沒有任何資質的建筑隊？本是造福一'
     '方的利民工程，怎就成了一次未用的豆腐渣？',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [(None, '村支書', '徐賀')]),
    # 06
    ('https://414w.com/read/603395.html',
     '5月23日，地处渭北旱原的陕西省渭南市澄城县，半个多月没下雨了，田地干渴。赵庄镇樊家洼村多位农民表示，考'
     '虑到种田收益和抽水费增加的成本，他们不愿用新建的农田水利设施浇灌。这容易为水利设施造假提供可能，因为没人'
     '用，造假就难被发现。“一段水管（出水栓）套一个水泥墩，埋在地里冒充抽水井，套取国家资金。”两周之前，樊家'
     '洼村村民耿学兵在网上发帖称，在田地里发现用实心水泥墩冒充出抽水井。这一公开举报帖，将澄城县高标准农田水利'
     '设施项目推向了风口浪尖。澄城县农业农村局随后在一份《澄城县高标准农田水利设施‘存在造假’的情况说明》中表'
     '示：“已责成施工单位停工，并将在上级业务部门指导下，对全县所有高标准农田建设项目进行全面排查。”5月23'
     '日，樊家洼村一位村委会成员告诉记者，经初步排查，全村现有几百个类似出水桩，除了曝光的几个“问题水桩”，其'
     '余都是正常的。由于项目属县农业农村局，更多相关情况需要去该局了解。澄城县农业农村局相关工作人员称“领导都'
     '下乡调研了”，没人知道更多情况，只能等进一步的调查结果。记者从相关知情人士处了解到，澄城县农业农村局3名'
     '相关负责人正在接受纪检委调查。该县联合调查组5月16日发布情况通报称，县委、县政府已成立由纪检监察、公安'
     '、农业农村等部门组成的联合调查组进行深入调查，下一步将根据调查结果依规依纪依法严肃处理。目前，澄城县还有'
     '多少类似“问题出水桩”，尚无权威数据。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     []),
    # 07
    ('https://yaliqi.com/new/c5ef36d23bcc4cde9f992b5d0e739cf2',
     '市民反映：射阳县海河镇花园村一高标准农田改造项目被指豆腐渣工程，上头水上不了，下面堵了，水把小秧和玉米给'
     '冲了，水渠刚用就坏了，裂了个大缝。这样的工程是怎么经过验收的？作为管护单位，射阳县海河镇人民政府你们怎么'
     '看？说是高标准农田改造项目，结果水上不了，下面堵了，水还将小秧和玉米给冲了，水渠还开裂，这完全与高标准农'
     '田的定义背道而驰！这样的“高标准”是怎么通过验收的？还是说所谓的“高标准”就是如此质量？近期就有盐城响水'
     '网友反映响水县一高标准农田沟渠开裂，没想到射阳也出现类似情况！究竟为何频繁出现这种质量问题？“高标准农田'
     '项目”如此质量，究竟是在打谁的脸？频繁出现质量问题，射阳县海河镇主管单位、施工单位和监理单位有脱不开的关'
     '系！农业发展是国之根本，建设高标准农田更是巩固和提高粮食生产能力，保障国家粮食安全的关键举措！而盐城射阳'
     '所谓高质量农田改造项目竟是豆腐渣工程”，如此坑农，令人心惊！针对这一现象，希望盐城市农业部门以及射阳、响'
     '水县有关责任部门重视，加强监管措施，确保项目的质量和效果达到预期目标。同时，对违规行为要严惩不贷，为民众'
     '营造一个安全可靠的农田环境。',
     'in', None, False, ['工作纪律'],
     []),
    # 08
    ('http://www.9w8c.com/gslz/system/2025/02/27/013287836.shtml',
     '前不久，甘肅省高臺縣紀委監委查處了黑泉鎮某村套取土地細碎化整理項目資金的相關問題。經查，該村在高標準農田'
     '建設項目實施過程中，虛報土地整理面積，套取項目資金。最終，該村黨支部書記孫某某受到黨內警告處分。針對高標'
     '準農田建設涉及行業部門多、涵蓋關鍵環節多的情況，市紀委監委注重加強與行業主管部門協同聯動，聯合開展抽查檢'
     '查，找準堵點淤點，推動高標準農田建設提質增效。“下沉監督力量，深入高標準農田建設一線，更有助于發現真問題'
     '。”張掖市紀委監委駐市農業農村局紀檢監察組負責同志表示。該紀檢監察組聯合市農業農村局，隨機抽取14個鄉鎮'
     '、22個村、3個企業，對全市高標準農田建設質量不達標等問題的排查整治情況開展抽查檢查，現場交辦問題并督促'
     '整改。同時，聚焦2019年以來全市新立項實施的230個高標準農田建設項目開展全覆蓋排查整治，發現農田防護'
     '林工程及建后管護問題21個。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('孫某某', '黨支部書記', None)]),
    # 09
    ('http://zhjjw.gov.cn/lz/lzjs/2021-07-28/1420.html',
     '“环境整治款列支通常只有几百元，怎么这一笔7万多元？”不久前，江苏省涟水县纪委监委针对农村集体资产使用开'
     '展专项监督。在对农村集体“三资”信息化监管平台的线上检查中，一个细节引起了工作人员的注意。结合线下查阅对'
     '应账册，工作人员发现一张“张罗村欠杨某芹土地补偿款76896元”的欠条，而在所附的入账审批表中，农经审核'
     '人签字和分管领导签字的笔迹相似。这其中可能存在问题，县纪委监委迅速成立调查组进行调查。为进一步弄清楚事实'
     '，调查组兵分两路，一路查阅杨某芹家土地被征用的相关合同资料，另一路找到当时的村“两委”成员、村民了解情况'
     '。然而，村里的人虽然都证实杨某芹家的土地被征用，但征用后如何补偿并不知情。随着调查的深入，工作人员发现杨'
     '某芹是张罗村党总支书记张成年的妻子。紧接着，调查人员找到张成年了解情况。“这是村里欠我家的土地补偿款。”'
     '张成年理直气壮地说，“2015年，我家承包的地被征收了，按照土地承包合同约定，还剩余12年，每亩800元'
     '，一共应补偿76896元。”“补偿标准是怎么定的？”“这是市场价，村里也开过会的。”张成年继续辩解，边说'
     '边拿出了会议记录本，其中有十几名村干部和村民代表签字。然而调查人员梳理资料发现，2002年7月，张罗村村'
     '委会将老村部门前的土地同时发包给张成年、嵇某桂、罗某南三户，并签订了20年协议，合同期内遇到补偿情形，最'
     '高不得超过每亩136元。然而这块土地被开发商征用后，嵇某桂、罗某南两户如期如约拿到补偿款。张成年却迟迟没'
     '拿，直到2015年才以每亩800元拿到补偿款。至于张成年所说的会议，经调查，是张成年在2015年召集大家'
     '临时讨论了土地补偿问题，但并没有谈及细节。',
     'in', None, False, ['廉洁纪律'],
     [('张成年', '党总支书记', '张罗村')]),
    # 10
    ('http://wxjbdc.cn/xinwendongtai/xingyezixun/114.html',
     '“从我记事起，我们这一片就叫‘四台山’（西台山），2022年的时候，我发现路边的牌子改成了‘后垅’，但很'
     '快牌子又被拆除了，但村里说以后这块地就叫‘后垅’。”今年80多岁的浙江省衢州市柯城区九华乡下坦村村民郑先'
     '生称，这次改名与衢州市柯城区保护耕地和垦造耕地项目有关。10月22日，上游新闻记者实地调查发现，根据九华'
     '乡卫星地图显示，根据柯城区要求，需要垦造耕地的后垅项目位于九华乡下坦村西北方向，而在柯城区九华乡某职能部'
     '门提供的衢州市柯城区供销社“供销粮仓”项目作战图（九华项目明细说明）中，后垅被标注“移位”到下坦村东侧的'
     '四台山区域（见下图）。下坦村村民表示，四台山区域原来就是农田，将政策中的“山改田”变成“田改田”，目的就'
     '是为了套取项目资金。经测算，该村两个垦造耕地项目涉嫌套取金额超2000万元。2020年7月8日，浙江日报'
     '发布报道称，浙江人多地少，人均耕地面积仅0.54亩，只有全国人均水平的36%。耕地后备资源不足，耕地保护'
     '与社会经济发展的矛盾非常突出。7月7日，浙江省吹响了第一批未利用地垦造耕地的冲锋号。根据要求，衢州市柯城'
     '区九华乡有11个垦造耕地项目纳入其中。据衢州市柯城区保护耕地和造地改田领导小组2020年8月14日印发的'
     '柯保耕办（2020）28号文件显示，九华乡垦造耕地项目，涉及九华乡关溪村、近山村、上宅村、下坦村、谷口村'
     '等5个行政村。项目总面积76.3679公顷，按照垦造耕地相关要求进行开发整治后，预计新增耕地面积71.5'
     '338公顷。上游新闻记者获取的项目清单显示，其中下坦村包括后垅12.1公顷和大刀坞13.8公顷两个垦造耕'
     '地项目。经过立项、规划设计论证和招投标等程序后，垦造耕地项目在下坦村启动。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 11
    ('https://dcwnkz.com/new/8abf0aaaa5b1450bae02dc10adb866b0',
     '9年追讨5000元占地赔偿款，宗某某村吕某口组村民吕先生的维权之路满是坎坷。2016年某庆某油田分公司采'
     '油厂因修路需要，占用了吕先生的土地，双方明确此次占地应支付约5000元赔偿款。作为依赖土地生计的村民，吕'
     '先生一直等待款项按流程发放，但此后九年里，他多次询问村级组织，得到的始终是模糊回应，从未被告知款项实际到'
     '账情况。2025年，吕先生意外得知该笔赔偿款早已拨付至村级账户，却被时任村长吕某全以各类无明确依据的理由'
     '截留，并未发放给自己。这场跨越九年的权益纠纷，不仅关乎个人合法财产，更牵扯出集体资产处置、村务公开等多重'
     '疑似违规问题。得知赔偿款被截留后，吕先生当即找到吕某全索要，对方始终以模糊借口推脱，拒绝支付款项。村级沟'
     '通无果后，吕先生向新某边镇政府反映情况，希望上级部门介入协调。令人失望的是，镇政府相关工作人员未对事件进'
     '行任何实地核查，仅以“村民自治”“需村民一致同意”为由，驳回了吕先生的诉求，未开展实质性协调工作。吕先生'
     '进一步请求包村干部王某虎前往占地现场查看核实，却依然遭到拒绝，镇政府相关领导未核实情况便采信吕某全的单方'
     '说法，导致其维权之路陷入停滞。随着维权推进，吕先生发现吕某全的疑似违规行为远不止截留个人赔偿款。据其反映'
     '，吕某全担任村长期间，未经全体村民同意，擅自开挖村集体所有的林草地，将挖掘出的土方出售给某庆油田，用于油'
     '田垫井场、修建道路等工程，而这笔集体资产处置产生的收益去向不明，从未向村民公开。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [('吕某全', '村长', None), ('王某虎', '包村干部', None)]),
    # 12
    ('https://wxredian.com/art?id=dd451358776f1ad71ddb2a9529c38261',
     '“对于村里的工程，我错误地认为只要召开村‘两委’班子会议就行了……”前不久，襄阳东津新区某村党支部书记、'
     '村委会主任孙某在接到处分决定书时后悔地说。此前，东津新区纪检监察工委在工程建设领域突出问题专项治理中，发'
     '现孙某违反村级重大事项议事规则，未经“四议两公开”和招投标程序，仅召开村“两委”班子会议便将消纳场土方平'
     '整项目转包给其子。按照襄阳市纪委监委印发的《村干部承揽或插手村级工程直查直办制度》，该区纪检监察工委统筹'
     '农业农村等部门力量，迅速查实了孙某违规村级工程的问题。最终，孙某受到党内严重警告处分。乡村工程建设项目是'
     '乡村振兴发展的“助推器”，一头连着经济，一头连着民生。今年以来，襄阳市纪委监委把乡村工程建设领域突出问题'
     '专项治理列为集中整治项目，出台专项治理监督指引，细化乡村公路、水利工程、高标准农田建设项目的检查内容和方'
     '式，着力推动形成解决一类问题、治理一域问题的长效机制。同时，督促交通运输、水利、农业农村等牵头职能部门履'
     '行监管职责，制定项目评价清单、工作检查清单，下沉开展交叉检查、联合督导。襄阳市纪检监察机关聚焦村级工程项'
     '目领域破坏公平竞争市场秩序、滥用职权等模式群众利益问题，细化11种违规违纪具体情形，建立村干部承揽或插手'
     '村级工程直查直办制度，重点查处乡村工程建设过程中违反“三重一大”集体决策制度、未批先建、违规审批、党员干'
     '部及其近亲属、进姻亲属直接或借他人名义承揽或插手工程项目等问题。',
     'in', None, False, ['廉洁纪律', '民主集中制'],
     [('孙某', '党支部书记、村委会主任', None)]),
    # 13
    ('https://cn.govopendata.com/caipanwenshu/2016/3/17/0136ee2a-af1d-4272-89a1-8fde99923331',
     '江西省吉水县人民法院民 事 判 决 书（2014）吉民初字第1286号原告吉水县水田乡沙上村村民委员会（'
     '以下简称沙上村）。法定代表人刘贵生，主任。委托代理人孙书华、万德仁，江西丰凯律师事务所律师。被告江西中云'
     '建设有限公司（原抚州市临川第五建筑工程公司，以下简称中云公司）。组织机构代码746076378。住所地江'
     '西省抚州市临川区云山镇镇政府大院内（抚州市体育路**号）。法定代表人傅义爱，该公司总经理。委托代理人邓小'
     '新，江西赣泰律师事务所律师。原告沙上村与被告中云公司承揽合同纠纷一案，本院于2014年8月28日立案受理'
     '后，依法组成合议庭公开开庭对本案进行了审理。原告沙上村的法定代表人刘贵生及委托代理人孙书华，被告中云公司'
     '的委托代理人邓小新到庭参加诉讼。本案现已审理终结。原告方诉称：2011年12月9日，原告土地平整（含抬田'
     '）工程公开招标，被告中标。同年12月16日，双方签订《吉水县水田乡沙上村（东南山）土地平整施工承包合同书'
     '》，该书约定了工程范围、施工日期、质量等事项。随后，被告进场施工。原告按约向被告预付工程款。被告按合同约'
     '定应于2012年4月16日完工，但直到同年5月底仍未完工。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://121.40.203.139/hhb/sg_213719/fy_668814195097669.html',
     '河南省滑县人民法院 民事判决书 （2018）豫0526民初10390号 原告：***，男，1963年9月'
     '7日出生，汉族，住滑县。被告：滑县水务局，住所地：河南省滑县新区人民路于大三路交叉口向东200米路南。法'
     '定代表人：***，职务：局长。委托诉讼代理人：***，男，1978年5月15日出生，汉族，住滑县，系滑县'
     '水务局职工。委托诉讼代理人：***，河南金太阳律师事务所律师。被告：安阳市安华路桥有限责任公司，住所地：'
     '河南省滑县城关镇北关村。法定代表人：***，职务：执行董事。委托诉讼代理人：***，男，1968年11月'
     '25日出生，汉族，住滑县，系安阳市安华路桥有限责任公司法务。原告***与被告滑县水务局，被告安阳市安华路'
     '桥有限责任公司（以下简称安华路桥）财产损害赔偿纠纷一案，本院受理后，依法适用简易程序，公开开庭进行了审理'
     '。原告***，被告滑县水务局的委托诉讼代理人***、***，被告安华路桥的委托诉讼代理人***到庭参加了'
     '诉讼。本案现已审理终结。原告***向本院提出诉讼请求：1.请求法院判决被告赔偿原告经济损失15万元；2.'
     '本案诉讼费用由被告承担。事实与理由：2018年，原告在滑县××道口镇××50亩品种辣椒，为此原告投入了购'
     '苗款、化肥、人工等很多费用。2018年5月22日，金堤河上游突然来水，河水猛涨倒灌进原告的田地，水深达一'
     '米左右，将原告种植的50亩辣椒淹没，虽经原告及时采取措施排水自救，被告的工作人员也在第二天采取了一定的措'
     '施，使倒灌的河水慢慢下降，但最终为时已晚，原告种植的辣椒大部出现倒伏、落叶等状况，部分辣椒甚至死亡，给原'
     '告造成了极大的经济损失。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://sd.sina.com.cn/news/s/2013-12-04/111650329.html',
     '据山东广播电视台公共频道《真相力量》报道，三年前，德州齐河的李先生因为当地重点项目建设需要，他承包的六十'
     '多亩鱼塘被政府征用。按照当时的约定，每年他会领到六万多块钱的土地补偿款。而摆在面前的现实却是，三年来他的'
     '这笔款项一直被村干部扣留。不仅如此，他还听说这笔钱最近被村长签字取走了八万多。李大哥告诉记者，这片鱼塘是'
     '他和哥哥李传文合伙承包的，被征用之前还有五年的承包期。按照齐河县统一征用土地的补偿标准，每亩土地每年可以'
     '获得一千块钱的补偿，六十多亩的鱼塘一年则有六万多元，这笔钱在每年的年底集中发放，通过银行打到村委会的账户'
     '里。然而，三年多的时间过去了，他们两人却一分钱也没有领到。记者在调查中了解到，齐河县开发的玉带湖旅游项目'
     '一共占地两千多亩，牵扯补偿的并不仅仅只有李大哥一家。跟他相同情况的村民都按时领到了补偿款，唯独自己家的土'
     '地补偿款却被村里扣着迟迟不发。无奈之下，2012年，李大哥一纸诉状将村委会告上了法庭。当年村委会对一审判'
     '决不服，随即向德州市中级人民法院提起了上诉。经过大半年的审理，德州市中级人民法院在2013年1月25日做'
     '出终审判决：驳回上诉，维持原判。终审判决后的这大半年里，兄弟两人多次拿着判决书找村支书讨要属于他们的补偿'
     '款，然而却一直任何结果。',
     'out', '征地拆迁', True, [],
     [(None, '村长', None)]),
    # 16
    ('http://cnshxw.com/e/wap/show.php?classid=345&id=14407',
     '近日记者接群众反映：河南省夏邑县车站镇上秦庄村多处耕地被水利局占用一年半之久却从未得到补偿款！2017年'
     '6月25日，记者来到夏邑县车站镇上秦庄“虬龙沟”河岸实地调查发现一处处农田被河道清理出的土石方覆盖。据当'
     '地群众所述：该处土石方是由夏邑县水利局清理“虬龙沟”时所挖掘，原本河堤只处于如图所示的道路内侧，现在由南'
     '至北河堤两岸的可耕地被大量覆盖占用。村民说每户被占耕地数量不等，最多的一户有1亩多被覆盖占用！当时占地时'
     '他们说是给补偿，近两年之久，然而村民却没有得到过任何补偿。相关链接：根据河南省《土地管理法》实施办法第三'
     '十七条：工程项目施工，因堆料、运输或修建其他设施需要临时用地的，应在已征用的土地范围内安排。确需另外增加'
     '临时用地的，由建设单位向当地市或县级人民政府土地管理部门提出临时用地的位置、数量和期限的申请，并制定出复'
     '垦计划报同级人民政府批准，发给临时用地许可证。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://ms.xna8.com/thread-286970-1-73.html',
     '国土部领导，我们是新陂镇茅塘村大窝村民。济广高速平兴段正好经过我们位于长坑尾的农田，因路道需要，当时征收'
     '了我们一部分良田，余有一部分（5.6亩）未征。从去年高速公路建设起，因施工方过失，造成良田全部被山泥掩埋'
     '（而且其中一部分为施工方故意所为，将所挖泥土非法屯积在我们农田之上）。造成无法耕种的现况。同时在我们村窝'
     '尾20多亩水田也被山上冲下来的泥沙掩盖，对我们造成巨大损失。农田为农民之本，粮食亦为国家之基础，现在国家'
     '对于农田保护的政策是非常严厉的，且全国都在践行群众路线教育活动，而施工方相关领导却对此事视而不见，我们村'
     '民去施工方指挥部，他们也只是一味推诿，拖延时间。陈略宇书记近期刚刚强调“没有规矩不成方圆”，对于施工方如'
     '此行为，请领导严格督促其积极改正，确实认识到错误，作出深刻检讨，并积极对我村民造成的损失进行最大限度赔偿'
     '。并将泥渣从我们农田上清理干净。同时保证在今后的施工过程中，做好安全防护措施，禁止出现类似事件。最后请问'
     '领导，像这样农田被毁的情况，是怎样进行赔偿，依哪种赔偿标准？（大窝村民）你好：经调查，茅塘村大窝村民反映'
     '的情况属实。镇、村两级就村民反映的问题及时反馈给高速公路业主方和施工方。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://kmyks.com/data/html/content/2021/02/176320.html',
     '2020年7月開始在羅家塬五組地里開始打鉆，說是引水上塬什么工程又是開挖又是用大型機械朝塬下打鉆。不幸的'
     '是大型機械打鉆的那塊地剛好是我家的地，他們就在我家地里開始打鉆施工，大車小車挖掘機、裝載機、水罐車把好端'
     '端的一塊耕地弄的是面目全非又打眼又挖坑我們都看著心疼，就去問結果他們說弄完后統一恢復賠償，結果在我家地里'
     '打鉆的到8月份不知咋了就撤走了賠償也沒說也沒有恢復耕地。我們以為這就完了大家就到十月份把麥子給種上了她們'
     '又開始了。今年對我們隊村民上來壞事不斷。水利局挖管道挖的是深坑小窖還沒有完，光伏太陽能又進入我們村說承包'
     '耕地做光伏發電大塊大塊的平平整整的耕地被他們弄去做光伏了，最可恨的是只給我們留下了四分之一都不到的耕地種'
     '糧食。你說人們心慌不，相比之下隔壁莊里給連一分口糧田都沒有，我們還是幸運的。跑題了，我還是說水利局挖管道'
     '打鉆吧！還得說一個事，光伏把大部分地承包去以后我們組上又不現有的耕地重新分了，地變動了不知道這合不合證策'
     '，反正土地證上是30年不變，把地變了土地證上的地沒有變，不知道什么原因！這下問題出來了，水利局開始做賠償'
     '計劃了，由于梁上的地光伏承包做太陽能板無法耕種，給村民也從新分了僅有的那點耕地，水利局賠償計劃還是安以前'
     '誰家的地給誰補償，但是剛好到我種的那塊地光伏把那一片沒有要，由于變動地我種的這個地重新分給別人了，因為這'
     '已經是水利局二次進來打鉆了，種的麥子已經有10公分高了。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.huzhu.gov.cn/xjxx.jsp?urltype=leadermail.LeaderMailContentUrl&wbtreeid=1163&lea'
     'dermailid=bndo',
     '尊敬的县长：您好！我是凉州营村上的—位村民，今年靠县上的好政策，把陡坡山地推成梯田，我也是非常高兴，但是'
     '水务局未经我们同意在我的地里埋了水管还是主管道，现在一亩八分的地搞成一亩了，施工队也说没办法，那个管道确'
     '实影响我的耕种，希望县长解决给个！市民朋友您好！您的问题收悉，感谢您对我县水利工作的关注。现就的问题答复'
     '如下：针对您反映的问题，我局及时安排专业技术人员进行了现场调查了解。经调查，您的耕地中埋设的管道是201'
     '5年我局实施的东沟姚马至塘川董家、高羌的人饮管道，当时实施项目时，我局组织威远镇政府、东沟乡政府、塘川镇'
     '政府相关负责人及东沟姚马村、威远镇凉州营村、余家村、兰家村、塘川镇董家村、高羌村等涉及该项目的村两委召开'
     '了协调会，并通知了涉及该项目村社的村民，表示同意埋设管道。今年，我局在凉州营村进行坡耕地综合治理项目，由'
     '于耕地坡度的原因，项目实施后原先的亩数会不同程度的减少，但我局积极协调，将耕地亩数减少到最小。最后，希望'
     '您在今后的工作中，继续关注、关心和支持我们的工作，并提出宝贵意见。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://m.163.com/dy/article/K298TIA00534F8UD.html',
     '2025年6月17日，网友在论坛发帖投诉，原文如下：2017年南部县自然资源和规划局对南部县升钟镇金光村'
     '九组堰塘进行改建，改建后却造成堰塘无法蓄水，致使堰塘下方农田在旱季得不到灌溉，雨季又因堰塘无法蓄水，大量'
     '雨水冲毁农田。这一问题已持续长达8年之久，期间我先后拨打了南充12345热线、南充自然资源和规划局、南充'
     '水务局、南充南部自然资源和规划局、南充南部水务局等部门电话反映情况，然而问题至今无人解决，各级政府部门存'
     '在相互推诿现象。现提出以下诉求：恳请相关部门立即开展调查工作，查明2017年堰塘改建后无法蓄水的原因，明'
     '确责任主体，要求责任方对堰塘进行彻底修复，使其恢复正常蓄水功能，保障农田旱季能得到有效灌溉，雨季能正常蓄'
     '水，避免农田再次被雨水冲毁。对于因堰塘改建问题导致农田无法正常耕种而造成的损失，相关部门应督促责任方进行'
     '合理赔偿，包括但不限于农作物减产损失、农田修复费用等，维护村民的合法权益。追究在此次事件中存在相互推诿、'
     '不作为行为的相关部门及人员责任，加强对政府部门工作的监督与管理，杜绝此类事件再次发生，提升政府部门的公信'
     '力和服务意识。建立长效沟通反馈机制，相关部门需指定专人负责与村民沟通，定期向村民通报堰塘问题的处理进展情'
     '况，直至问题得到圆满解决，确保村民的合理诉求能够及时得到回应和处理。',
     'out', '个人利益诉求', True, [],
     []),
    # 21
    ('http://www.jxxf.gov.cn/xfxxxgk/cxx010/202507/87c4ee80148f4332bc86350550a16f21.shtml',
     '钟梅代表收到交办我局的关于迳头村水渠破损断裂修复的建议》收悉，现答复如下：位于迳头村高水陂至尧井小组的水'
     '渠长600，米，2012年修建水泥硬化U型槽。由于水渠宽度狭小，雨季洪水冲毁破损严重，多处崩塌断裂，影响'
     '200亩农田灌溉，涉及高水陂和尧井小组农户50余户。建议：县农业农村局将迳头村高水陂至尧井小组水渠修复纳'
     '入项目库，并加以批复实施。2025年4月23日，我局衔接资金工作站会同财政局农财科业务人员到迳头村高水陂'
     '至尧井小组损毁水渠现场查看情况。经现场核实，水渠已损毁严重，影响下游200亩农田灌溉，为切实解决当地群众'
     '反映的农田灌溉用水问题，我局已初步将该项目纳入拟实施项目计划中，在后期的资金项目安排中批复项目进行维修建'
     '设。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://apps.ganzhou.gov.cn/xsqwlwzweb/szfbmwz/getContent?id=2aa58071490e952d5f9fbc6bc2ea',
     '宁都县小布镇“小布大桥”下游拦河坝水利设施因建设“森海漂流”项目遭到严重毁坏，完全丧失引水保障能力，直接'
     '影响横照和韶坊两村数百亩农田灌溉。目前靠分流邻渠供水，但邻渠供水能力有限，无法满足全片区基本供水需求。尤'
     '其到农田灌溉高峰且少雨期，农户争水不休、怨声载道。因少水缺水，不少农作物枯萎甚至死亡，造成不同程度减产减'
     '收。农户多次向村、镇有关领导口头反应，并先后两次向村、镇递交修复水利设施的书面申请，截止目前，问题仍没有'
     '得到有效解决也未得到任何有实质性意义的回复。农田灌溉用水是农民的“命根”，是农民“急难愁盼”的大事，恳请'
     '领导切实调查情况，尽早督促解决。按2019年职责划转交接清单，现农田水利建设项目管理属农村农业局管辖，请'
     '转发至该单位。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH128, "fresh128")
