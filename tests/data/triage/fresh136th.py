"""Sealed batch fresh138: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh136th.py; the batch and its row ids are "fresh138".)

Theme: small organs, the so-called 清水衙门 (纤维检验局, 农科所, 机关事务管理局, 党校, 地质调查院,
职校 and 社保中心, a 农办, a 林业局, a school, weather and hail prevention): heads keeping 小金库 (a
纤维检验局's unbooked income, a 农科所's ledger burned before the audit, a 林业局 head's nine
小金库, a school head's 账外账), banquets over the standard (黄冈 机关事务管理局), drinking and dinners
during 党校 training, training money drawn with padded rosters (通渭), a "training" that was a
tour (百里杜鹃), a 副乡长 jailed after missing a hail-prevention shot, 地质调查院 staff selling free
forms, officials' children placed in county posts with faked records (江永), and a 局长's speech
against staff who complained of his triple bonus; out items are archives-access lawsuits (广安,
长沙县), a recruitment lawsuit over a 文化站 post, a drought-insurance claim, unpaid wages of a
计生委 law-enforcement team, staff's own pay and allowance claims (攸县, 紫阳), a 林业站 worker's
letter on awards and titles with the bureau's answer, a 气象局 meeting and a guide to finding
one's personnel file. The search found few pages on the 气象局, 地震局, 档案局, 史志办, 科协 and 文联
themselves, so several in items come from neighbouring small units (林业局, 农办, 职校, school, 环保局)
and one from a 市财政局/省政府 training case. Sources (stored-pages search, 26 queries): a 国家电投
廉洁 page copying the 中国纪检监察杂志 story on 黎明 (青海 纤维检验局); an nlaw copy of the 新华网
report on 顾本新 (汉南 农科所); a publishhk copy of the 政知道 piece on 王國川 (丹棱, traditional);
a shzx page on 王长德 (从江 贯洞中学); a creator-school copy of a 湖北 report on four banquets
(traditional, converted copy); an fx361 commentary on 党校 training (顾中伟, 笪乘胜, 师存武, 李青川);
a cndongbu copy of the 西部新闻网 report on the 通渭 training money; a 宁波职院 纪检 page copying
the 中国纪检监察报 case on the 百里杜鹃 农办; a jiuxingjy copy on 萬志安 (宣恩, traditional,
converted copy); a big5 taiwan.cn copy of the 新华社 report on the 广州 地质调查院; a 新浪湖南 copy
of the 中国青年报 report on 江永; a yogviha copy of a 中新网 item on the 遼源 環保局 (traditional,
converted copy); out: a szline copy of the 四川高院 ruling on the 广安市档案局, a zzchaiqian page on
彭志林 v 长沙县国土资源局, a gsdjw page on 瞿江桓, a vobao copy of a 中宁 drought report, a 搜狐
copy of the 南都 report on 砀山, a csflxx forum post from 攸县, a 紫阳 政协 社情民意 sheet, a 淮南
林业局 letter and reply, a baogaosu copy of a 代县气象局 item and a buyisou guide on personnel
files. Five texts are in traditional script (items 3, 5, 9, 10, 12); in 5, 9 and 12 the glossing
pinyin of the pages' converted copies ("紀(jì)委", "會(huì )") was removed.

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines ("新华网武汉9月27日电(记者梁建强、廖君)", "本報訊(記者王雪)", "西部新闻网讯(记者张龙
刘国盛)", "新華社北京7月31日電(記者 王立彬)", "南都讯 记者张东锋"), captions, section heads
("(一)基本案情", "●事件回顾"), a hash string, form labels and the truncated last sentences of
the stored copies removed); paragraphs joined; ASCII punctuation and straight quotes written
full-width except inside numbers ("9.58%", "2.5萬元", "2023届"); stray spaces removed (002, 009,
018, and the label spaces of "案 由", "建 议" in 019). Page oddities kept: the dropped characters of
001 ("今年620日", "(20082012年)", "占63.1%20151月至8月"), "留黨察看" in the simplified 006, "怎么",
"由于", "后" and "里" in the traditional 009 and its unclosed quote ending "冰雹災害！", "屬于" and
"并" in 005, "中国××科技培训中心" (008), the spun wording of 015 ("岗亭", "必定复原", "雇用单元",
"人社部分规复"), the double and triple commas of 018 ("最近，，", "上调了，，，"), "您们" (020)
and the space inside the signature "县计生委 2014年11月19日" (017).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the staff of public schools, 农科所, 地质调查院 and 社保中心 count, as the 通渭 court says "身为国家
工作人员"), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
plaintiffs, reporters, victims, witnesses, insurers, training firms and people without a post, and
officials who only handled, investigated, announced, answered or reported are not accused; an
organ or an unnamed group accused as a whole gives no entry; an unnamed accused official is
(None, position, unit). Names, positions (as first written with the name, "原" kept) and units as
written; unit None when the text ties the person to no named unit. Topics only from the twelve
names of triage.md; 小金库 and unbooked income are 廉洁纪律 (IS.INT.09), banquets, tours and
improper allowances 八项规定, burning the ledger before the audit 政治纪律 (IS.POL.03), faked work
records for officials' children 组织纪律 (IS.ORG.04) with 选人用人. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (012, 017).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 4 (016-019), 其他 3 (020-022). 29 accused entries,
all in items 1-12: 26 with a full name (黎明, 王学良, 陈江涛, 顾本新, 耿成根, 李茂生, 陈华珍, 王國川,
王长德, 顾中伟, 笪乘胜, 师存武, 李青川, 陈贵福, 韦世品, 张绪荣, 熊启新, 熊齐莲, 王玲, 萬志安, 羅錦華,
黃健民, 孫光芒, 黃光華, 聂嫔, 聂昌禹), 2 masked (魏某某, 南某), 1 post only (012). Item 005 is in
scope with no accused entry. Out items have no accused entry.
Novelty: every address and accused is new to the development set. "黎明" is also the name of an
accused in fresh4th.py, but that is the 凤凰县卫生局 局长, another man; the masked "魏某某" and
"南某" of other batches are other people. The 江永 affair of item 011 was told, without names, in
real2.py's handmsg item; the address and both accused here are new.

Close calls:
 1  The headline, the "来源…" line and the truncated "问题被指出后，黎明认识…" cut. 黎明 as first
    written ("青海省纤维检验局原局长黎明"); 王学良 and 陈江涛, who held the 局务会议 with him, are
    accused with the unit of that sentence ('省纤维检验局'). The 巡视组 and 纪委 only act. The money
    went to staff, not to his pocket: 八项规定 and 廉洁纪律, no 贪污贿赂.
 2  Dateline and the trailing " |" cut. 顾本新 is "汉南区农科所干部" (the 农科所, not the 农贸公司,
    is his unit); the three 农贸公司 staff punished for the 小金库 are accused with '区农科所农贸公司'.
    Topics 廉洁纪律 (小金库) and 政治纪律 (burning the books before the audit).
 3  Traditional. Byline, two sub-headings, a hash string and the next case (浦江 潘家村, from
    "截留部分應該入公賬的資金也是重要途徑。") cut. 王國川 as first written "四川省丹棱縣林業局局長王國川":
    ('局長', '丹棱縣林業局') (later "原黨組書記、局長"). The 承德 29人 are an unnamed group. The money
    served "個人花銷": 廉洁纪律 and 贪污贿赂.
 4  Byline "(吴小瑕 朱旭 吴如雄)" cut. 王长德 first written "贯洞中学原校长王长德". The 纪委 names the
    topics itself: 群众纪律 and 廉洁纪律. A school head rather than a 衙门 head (off theme, near).
 5  Traditional, converted copy; dateline and the page's comment lines cut. Four organs (省民政廳,
    黃州區政府, 沙洋縣, 黃岡市機關事務管理局) over the reception standard, nobody named: in, no entry
    (hard: could be read as a bare 通报 with no one to accuse). Only 八项规定.
 6  Byline "曾勋" and the truncated 大理 paragraph ("無獨有偶…") cut. Four accused: 顾中伟 and
    笪乘胜 as first written; 师存武 "时任青海省委委员、省政府党组成员、秘书长" and 李青川 "时任省委委员、
    省农业农村厅党组书记、厅长" with the post inside the named unit ('党组成员、秘书长', '省政府';
    '党组书记、厅长', '省农业农村厅'; hard, the 省委委员 part dropped). The dead 干部 is a victim and
    the "其他人员" an unnamed group. 八项规定 and 廉洁纪律 (接受可能影响公正执行公务的宴请).
 7  Dateline and reporters cut. Both masked defendants as first written: ('魏某某', '原校长',
    '通渭县职业中等专业学校'), ('南某', '原主任', '县社保中心'). The 县劳务办 that shared the money is an
    organ. The court's 滥用职权 and 廉洁纪律 (套取 training money kept for the units).
 8  Site lines, the head "五天“培训”四天半“考察”?…", "违纪问题通报", "●事件回顾" and the truncated
    last sentence ("报到处工作人员告知了…") cut. Six accused as punished: 陈贵福 ('党组成员、水利局局长',
    '区农办'), 韦世品 as first written "区发改局党组书记、局长韦世品（区农办原党组书记、主任）" ('党组书记、
    局长', '区发改局'), 张绪荣, the 纪检组长 熊启新 (only a 书面检讨 for lax supervision; hard), 会计
    熊齐莲 and 报账员 王玲. The "中国××科技培训中心" is a firm. Only 八项规定 (公款旅游).
 9  Traditional, converted copy; "核心提示", the sub-heading "縣畜牧局黨組書記“被抓”" and the
    repeated, truncated 胡全珍 paragraph cut. 萬志安 is first written "剛從…椿木營鄉副書記、副鄉長調任
    縣畜牧局書記一年的萬志安"; the post of the 瀆職 is taken ('副書記、副鄉長', '椿木營鄉'; could be
    '縣畜牧局書記'). The 煙農 are victims who reported; 胡全珍 his wife; the 氣象局 負責人 only
    comments. The story leans to his side, but the central matter is an official's dereliction:
    in, not mixed. 工作纪律 and 滥用职权 (玩忽职守).
10  Traditional; dateline cut; ends before the 国土资源部's closing paragraph. 羅錦華 and 黃健民
    ('工作人員') took 2.5萬 for free forms; 副院長 孫光芒 and 院長 黃光華, removed or suspended "並接受
    調查", are accused with the posts as written (hard: could be read as only answering for the
    unit). 群众纪律 (charging the public) and 贪污贿赂 (受賄).
11  The sub-heading "不愿详谈的外地任职经历" and the truncated sentence after "见到了聂嫔。" cut.
    聂嫔 first written "该县生态能源局办公室主任聂嫔" (unit '生态能源局' as written), accused of the
    faked earlier post she was moved in on; her father 聂昌禹 '副调研员', '县政府' is one of the six
    reported 县领导 (the other five are unnamed). 选人用人 and 组织纪律.
12  Mixed, traditional, converted copy; the page's copyright line cut. The staff's complaint about
    their share of the 目标责任制 bonus (an own-pay claim) beside the 局長's triple share and his
    speech against those who went to the 纪检: in, as the matter reported is the 局長's conduct.
    (None, '局長', '遼源市環保局'). 组织纪律 (打击报复 of complainants) and 廉洁纪律 (the bonus).
13  涉法涉诉: an archives-access suit against the 广安市档案局 in the 四川高院; the court and case
    headers ("四川省高级人民法院", "行 政 裁 定 书", "(2019)川行再13号") cut; ends before "一审法院认为".
    The plaintiffs 某A, 某B are masked private people.
14  涉法涉诉: 彭志林's information-disclosure suit; the heads "(一)基本案情", "(二)裁判结果" and the
    "(三)典型意义" part cut. 高细贵's "一户两证" is a villager's, not an official's, matter.
15  涉法涉诉: a candidate's suit over a 文化站 post; the headline "事业单元招考…底细如何?(3)" cut;
    ends before the truncated second 人社局 quote. No misconduct is alleged, only a disputed
    eligibility ruling.
16  个人利益诉求: villagers' drought-insurance claims refused by the insurer; the page begins
    mid-article ("不过让农民们…"); ends before the truncated "大…". The 支书 李学, 村主任 张信琪 and
    副主任 马军 only describe the loss. Could be read as 其他 (a news report).
17  Mixed, out: a 计生委 执法大队 member's unpaid wages (the central matter) beside "有关系的，亲戚在
    县委上班的、是计生委领导的都能拿到工资" (favouritism by unnamed leaders). The caption "砀山县网络问政
    平台截图。 |", "主打", the byline and the truncated last sentence ("…然后返还一部") cut. 个人利益诉求.
18  个人利益诉求: a forum post on 工勤 allowances; the trailing "也应得到" and the timestamp cut.
19  个人利益诉求 (hard, could be 其他: a 政协 proposal for a class of civil servants). The sheet's
    header ("政协紫阳县…第19号", "标 题:…", "提案者:…" with a name and phone number) cut.
20  其他 (hard, could be 个人利益诉求: the writer wants award quotas that help his own title). The
    letter's title, the "信件编号…" header, "内容:", the "答复情况/答复单位…答复时间…" lines and the
    reply's numbered parts (from "现根据全市林业系统…") cut; the letter and the reply's opening kept.
21  其他: a 气象局 study meeting on the eight-point rules; headline and dateline line cut. 高香元
    only chairs.
22  其他: a guide to finding one's personnel file; the example "张某某" is a graduate. Cut after
    the third paragraph.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH138: list[Item] = [
    # 01
    ('http://www.spic.com.cn/ztjj/ffclxcy/jzcm/201710/t20171009_280934.html',
     '我深感悔恨和内疚，其实自己对中央八项规定精神等政策规定不是不知道，但还是没有坚守住原则，认为这也是给大家'
     '办实事。八项规定是铁律，违规谋福利是绝对不行的。谈及对自己违纪行为的认识，青海省纤维检验局原局长黎明懊悔'
     '不已。今年620日，青海省纪委通报一起违反中央八项规定精神典型问题：青海省纤维检验局原局长黎明因违规发放'
     '津补贴、违反中央八项规定精神受到党内严重警告处分，违规发放的资金予以追缴。2016年下半年，青海省委巡视'
     '组对省质量技术监督局进行巡视时，发现省质量技术监督局直属参公副处级事业单位纤维检验局存在滥发津补贴的问题'
     '线索并移交省纪委。省纪委收到问题线索后，立即组织力量进行核查。经查，2008年至2014年期间，省纤维检'
     '验局对棉花公检、纤维袋检验、咨询培训等收入，采取收入不入账和棉花公检中虚报人工费、劳保费、耗材费、住宿费'
     '等方式，通过原局长黎明，副局长王学良、陈江涛召开局务会议研究决定的形式，违规发放棉花公检津补贴32.19'
     '万元、年节费62.77万元、年度考核奖与精神文明奖39.17万元，累计发放134.13万元，占经营服务性'
     '收入的9.58%。其中，十八大之前（20082012年）违规发放49.50万元，占36.9%；十八大之后'
     '（20132014年）违规发放84.63万元，占63.1%20151月至8月，黎明先后批准为执法检查人员'
     '违规发放加班误餐费58笔，共计9862元。经青海省纪委调查，黎明等集体研究决定违规发放津补贴，黎明批准违'
     '规支出加班误餐费用，其行为违反了财经纪律，尤其是在中央八项规定和青海省21条措施出台后仍没有及时纠正。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('黎明', '原局长', '青海省纤维检验局'), ('王学良', '副局长', '省纤维检验局'), ('陈江涛', '副局长', '省纤维检验局')]),
    # 02
    ('http://nlaw.org/a/fazhidongtai/yejiedongtai/2015/0927/117725.html',
     '得知纪委要来查账，湖北一名干部竟故意将“小金库”的账本和部分凭证焚毁。记者从湖北省纪检监察部门获悉，这名'
     '干部近日被武汉市汉南区纪委给予开除党籍处分，另有多名相关责任人被问责。据通报，调查显示，2010年以来，'
     '武汉市汉南区农科所农贸公司采取出售被征地块的地面附着物、协助征地拆迁公司收受“辛苦费”等方式，攒下人民币'
     '70余万元，私设“小金库”用于发放福利、招待费等开支。日前，负责相关工作的汉南区农科所干部顾本新在得知区'
     '纪委对该公司的账务进行审计的消息后，竟将“小金库”的账本和部分凭证提前焚烧损毁。近日，汉南区纪委给予顾本'
     '新开除党籍处分；汉南区农科所给予区农科所农贸公司副经理耿成根党内严重警告处分，给予区农科所农贸公司副经理'
     '李茂生党内严重警告处分，给予区农科所农贸公司出纳陈华珍党内严重警告处分。',
     'in', None, False, ['廉洁纪律', '政治纪律'],
     [('顾本新', '干部', '汉南区农科所'), ('耿成根', '副经理', '区农科所农贸公司'), ('李茂生', '副经理', '区农科所农贸公司'), ('陈华珍', '出纳', '区农科所农贸公司')]),
    # 03
    ('http://www.publishhk.com/59294.html',
     '臨近年底，各地對“小金庫”專項治理繼續加碼。“小金庫”其實是個老生常談的話題，這些年各級紀委的通報都屢見'
     '不鮮。政知道（微信ID：upolitics）注意到，河北承德在清理“小金庫”專項行動中黨政紀處分29人。'
     '不過設“小金庫”常見，一下設9個的並不多。四川省丹棱縣林業局局長王國川近日被披露私設9個“小金庫”，套取'
     '項目經費共計644萬餘元，用於個人花銷等事項。可能有人會問，一下設9個小金庫，管得過來嘛？“小金庫”也可'
     '以理解為“私房錢”，拋開嚴格的定義，這筆不義之財好多“大老虎”和“小蒼蠅”都有，但“大老虎”的金庫來源相'
     '對單一，很多都是受賄所得，“小蒼蠅”的則多與貪汙有關。公款是有限且不能隨意支取的，為了充實小金庫的資金，'
     '“小蒼蠅”們想出的名目極其繁多。套取經費就是其中重要途徑之一。四川省的丹棱縣有將近50%的森林覆蓋率，林'
     '業局對於9個重點林業項目都有補助。2011年12月，丹棱縣林業局原黨組書記、局長王國川走馬上任，授意身邊'
     '工作人員、個體老板、部分林業種植戶虛報林業補助項目領取這些補助，再讓享受了補助的農戶簽訂捐款倡議書，表示'
     '自願上繳補助支持全縣林業建設，這樣冒領套取的資金就都進了林業局的“小金庫”。如此，從2012年到2017'
     '年3月最終被查處，林業局先後從9個項目套取資金644餘萬元，設立了9個“小金庫”，最多的時候同時有4個“'
     '小金庫”在運轉，為王國川和其他林業局的幹部提供服務。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('王國川', '局長', '丹棱縣林業局')]),
    # 04
    ('https://m.shzx.org/a/22-481-0.html',
     '近日，记者从从江县纪委获悉，当地一所中学的校长私设“小金库”套取教育专项资金用于发放津贴被查处。今年1月'
     '，从江县纪委收到关于贯洞中学原校长王长德截留惠民资金的举报材料后，立即成立调查组着手调查。经查，2014'
     '年9月至2016年7月，王长德在担任从江县贯洞镇贯洞中学校长期间，违规套取寄宿生困难补助、学生营养餐补助'
     '经费81.2万元，设置账外账用于该校教师的早晚自习辅导费、贫困教师补贴、校舍维修等费用开支。在接受组织调'
     '查时，王长德主动交代：发放这些津补贴既不合规也不合法，但他侥幸以为，自己没有私吞私占，打一下政策的擦边球'
     '，应该不会有问题。王长德采取虚报、冒领、截留手段骗取财政资金，私设“小金库”，自定薪酬滥发津贴、补贴、奖'
     '金等，其行为违反了群众纪律和廉洁纪律，在社会和教师队伍中造成严重影响。4月7日贯洞镇党委会议研究给予王长'
     '德留党察看两年处分，3月12日从江县教育局和科技局给予王长德降级处分。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('王长德', '原校长', '贯洞中学')]),
    # 05
    ('http://creator-school.com/2015/1006/15823.shtml',
     '昨天，省紀委監察廳網站通報了4起超標準接待、超人數陪餐問題。其中，省民政廳2015年5月25日，公務接待'
     '10人，陪餐5人，消費3736元。2015年4月15日，黃州區政府公務接待15人兩次，一次陪餐人數11人'
     '，花費2288元；一次陪餐人數13人，花費2493元。2015年3月12日，沙洋縣在政府食堂公務接待13'
     '人，11人陪餐，花費2026元。黃岡市機關事務管理局，2014年5月13日公務接待7人，11人陪餐，花費'
     '1580元；2015年3月4日公務接待9人，8人陪餐，花費1980元；2015年3月12日，公務接待7人'
     '，11人陪餐，花費1520元。省紀委表示，上述問題嚴重違反中央八項規定精神，屬于頂風違紀問題，將責成相關'
     '地方和單位嚴肅查處，并點名道姓通報曝光。',
     'in', None, False, ['八项规定'],
     []),
    # 06
    ('https://fx361.cc/page/2023/1126/23184333.shtml',
     '今年临近中秋、国庆之际，中央纪委国家监委公开通报了7起违反中央八项规定精神典型问题。其中包括安徽省阜阳市'
     '委编办原主任顾中伟、市财政局局长笪乘胜，在党校培训期间擅自外出、接受宴请问题。2022年12月，顾中伟、'
     '笪乘胜在参加市委党校举办的领导干部学习贯彻党的二十大精神培训班期间，未经批准擅自外出，接受可能影响公正执'
     '行公务的宴请，并饮用高档酒水，顾中伟还邀请其他公职人员参加宴请。顾中伟因此受到党内严重警告处分、调整职务'
     '处理，笪乘胜则受到党内警告处分，其他人员分别受到相应处理。干部培训本是对领导干部能力素质的“充电”“升级'
     '”，个别干部却将培训当成“聚会场”“休息区”“旅游团”，在培训期间违法违规聚众饮酒、擅自改变路线把培训变'
     '旅游等等，使干部培训发生“变异”。近年来，“在党校培训期间外出饮酒”等类似案例并不鲜见，这反映出个别干部'
     '纪律观念淡薄，责任单位和责任人履职尽责不严不实。2022年12月，在青海省举办党政主要领导干部培训期间，'
     '时任青海省委委员、省政府党组成员、秘书长师存武，组织时任省委委员、省农业农村厅党组书记、厅长李青川等6人'
     '，在省委党校学员宿舍聚餐饮酒。师存武利用职权要求省政府机关食堂为其提供并安排公务车辆运送菜肴到宿舍，李青'
     '川提供了8瓶白酒，当晚6人共饮用7瓶白酒。第二天，师存武因醉酒缺席省有关会议，一名干部在学员宿舍被发现死'
     '亡。最后，师存武被给予开除党籍、开除公职处分，李青川留黨察看二年、政务撤职处分，其他人员和相关责任单位也'
     '被严肃问责和处理。一些领导干部在培训期间外出聚众饮酒，败坏风气，违反纪律，教训深刻，值得警醒。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('顾中伟', '原主任', '阜阳市委编办'), ('笪乘胜', '局长', '市财政局'), ('师存武', '党组成员、秘书长', '省政府'), ('李青川', '党组书记、厅长', '省农业农村厅')]),
    # 07
    ('http://cndongbu.cn/js/121023512.html',
     '虚报培训人员人数，套取国家的专项培训费用于单位的日常开支。12月9日，通渭县法院以犯滥用职权罪，依法判处'
     '通渭县职业中等专业学校原校长魏某某、县社保中心原主任南某免予刑事处罚。经审理查明，2007年，时任通渭县'
     '社保中心主任的南某等人向通渭县职业中等专业学校校长魏某某提议，由通渭县职校承担通渭县社保中心主管的“失业'
     '人员技能培训”项目。南某、魏某某采取虚报被培训人员人数的手段在2007年共套取培训费7万元，给社保中心返'
     '还6万元，县职校留存1万元。此后至2011年每年都以此模式套取培训费，套取该项费用总金额为51万元，其中'
     '南某任社保中心主任期间套取41万元，魏某某任校长期间套取10万元。2011年至2012年，通渭县职校还承'
     '担了县劳务办主管的“劳务品牌培训”项目。其间，经该县劳务办提议并与魏某某协商，采取虚报被培训人员花名册的'
     '手段套取培训费30万元，县职校和县劳务办各得15万元。另查明，魏某某、南某将上述留存和返还的培训费均用于'
     '单位的日常支出。法院认为，魏某某、南某身为国家工作人员，采取虚报被培训人员的手段套取培训费，数额均达到3'
     '0万元以上，其行为均构成滥用职权罪。鉴于魏某某、南某在侦查机关立案前接受调查时，能全面、如实地交代问题，'
     '应当认定为自首，应当减轻处罚。结合全案来看，二被告人将套取的培训费均用于单位日常支出，故应认定二被告人犯'
     '罪情节轻微，符合刑法“免予刑事处罚”的规定。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [('魏某某', '原校长', '通渭县职业中等专业学校'), ('南某', '原主任', '县社保中心')]),
    # 08
    ('https://jjjcc.webs.nbpt.edu.cn/2016/0325/c519a37817/page.htm',
     '2016年2月，贵州省毕节市百里杜鹃管理区纪工委对区农办有关人员违规变相公款旅游问题在全区进行通报。经查'
     '，2013年10月，区农办以到张家界参加业务培训为名，安排8名人员在培训期间到天门山、武陵源、凤凰古城等'
     '景区游览，并公款报销景区景点门票等相关费用36270元。2015年12月，区纪工委给予负直接责任和重要领'
     '导责任的区农办党组成员、水利局局长陈贵福党内警告处分；分别给予履行主体责任不力、负重要领导责任的区发改局'
     '党组书记、局长韦世品（区农办原党组书记、主任）和区农办副主任张绪荣党内警告处分和行政记过处分；责令履行监'
     '督责任不力的区农办纪检组长熊启新作出书面检讨；参加旅游的区农办会计熊齐莲、报账员王玲受到行政警告处分；公'
     '款旅游费用由参加培训人员退缴财政。2013年9月，毕节市百里杜鹃管理区农办接到中国××科技培训中心培训通'
     '知，要求各单位根据实际组派人员于10月参加在湖南张家界举办的“全国村镇供水工程施工及质量验收疑难问题解析'
     '与建后管理培训班”。9月16日，区农办原党组书记、主任韦世品召集召开主任办公会，同意由区农办党组成员、水'
     '利局局长陈贵福带队，一行8人参加为期5天的培训。10月16日，陈贵福等8人到张家界某酒店报到。报到处通知'
     '每人需交纳培训费3800多元。“通知上不是说培训费是1200元吗？怎么让交这么多？”',
     'in', None, False, ['八项规定'],
     [('陈贵福', '党组成员、水利局局长', '区农办'), ('韦世品', '党组书记、局长', '区发改局'), ('张绪荣', '副主任', '区农办'), ('熊启新', '纪检组长', '区农办'), ('熊齐莲', '会计', '区农办'), ('王玲', '报账员', '区农办')]),
    # 09
    ('http://www.jiuxingjy.com/sh/news/2008/01-14/1132717.shtml',
     '事情來得太突然，剛從恩施州宣恩縣椿木營鄉副書記、副鄉長調任縣畜牧局書記一年的萬志安怎么也想不到，自己有一'
     '天會鋃鐺入獄。去年9月18日，萬志安（正科級）突然被逮捕，原因要追溯到2006年8月16日。當天，一場突'
     '如其來的冰雹降臨在宣恩縣椿木營鄉，眾多煙農發現地里的煙葉遭受了毀滅性的打擊——即將采摘的煙葉上，出現了指'
     '頭大的“窟窿”，煙葉賣不出去了，村民們一年的收成沒有了指望。因為村民的集體舉報，這起瀆職案引起了省檢察院'
     '的重視。根據恩施州檢察院相關材料，萬志安在擔任椿木營鄉副書記、副鄉長時，“作為該鄉防雹工作的負責人，由于'
     '工作嚴重不負責，導致了‘8·16’冰雹災害！宣恩縣氣象局有關負責人表示，及時發射人工降雨用的炮彈，可以使'
     '這場冰雹化為雪水。而由于萬志安的失職，錯失了稍縱即逝的減災良機。去年8月的一天，萬志安早上上班后，就沒有'
     '回家。當天下午，萬的妻子胡全珍聽說“萬書記被公安抓了”，因為“萬書記在擔任椿木營鄉副書記、副鄉長時，工作'
     '嚴重不負責，導致了‘8·16’冰雹災害的發生”。宣恩縣城有條穿城而過的貢水河，萬志安的妻子胡全珍就租住在'
     '河邊一處不顯眼的居民樓里。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('萬志安', '副書記、副鄉長', '椿木營鄉')]),
    # 10
    ('http://big5.taiwan.cn/xwzx/jrbd/200908/t20090801_963348.htm',
     '針對廣州市地質調查院個別人員收受地質災害點應急調查報告單費用事件，國土資源部要求加強行政監督，堅決杜絕地'
     '質災害防治工作的腐敗行為。記者31日從國土資源部獲悉，為加強地質災害防治工作的時效性，廣州市地質調查院2'
     '006年擬定了兩種三聯單式錶格，並加蓋“廣州市國土資源和房屋管理局”印章，以便工作人員現場填寫或及時派發'
     '給區、縣國土房管部門。按規定，調查單和通知書不面向行政管理相對人，不收取任何費用。今年7月13日，廣州市'
     '地質調查院工作人員羅錦華、黃健民借處置地質災害之機，假借單位名義私自填寫《地質災害點應急報告單》，收取人'
     '民幣2.5萬元。據悉，事件經媒體曝光後受到社會廣泛關注，國土資源部立即要求廣州市國土資源和房屋管理局從速'
     '查報。廣東省、廣州市政府和相關部門對此事進行調查處理，對廣州市地質調查院直接分管副院長孫光芒予以免職並接'
     '受調查，對廣州市地質調查院院長黃光華予以停職並接受調查。廣州市組成工作組進駐廣州市地質調查院，對其進行全'
     '面清查整頓。目前，涉案人員被停職審查，涉嫌受賄、瀆職的3人正接受檢察機關調查。',
     'in', None, False, ['群众纪律', '贪污贿赂'],
     [('羅錦華', '工作人員', '廣州市地質調查院'), ('黃健民', '工作人員', '廣州市地質調查院'), ('孫光芒', '直接分管副院長', '廣州市地質調查院'), ('黃光華', '院長', '廣州市地質調查院')]),
    # 11
    ('http://hunan.sina.com.cn/news/b/2013-11-15/112677450.html',
     '“这个问题别问我了，我也不知道怎么说。”在湖南省永州市江永县政府大楼，当记者问起哪年进入本单位工作时，该'
     '县生态能源局办公室主任聂嫔这样回答。今年上半年，有网帖举报称，江永县6名县级领导干部为子女伪造在外地工作'
     '的档案，之后将其调动回江永县行政或事业单位工作，以此规避本应该参加的统一招考。聂嫔是被举报的官员子女之一'
     '。中国青年报记者实地调查发现，被举报的官员子女大多是在近三年进入行政或事业单位，且此前没有参加现单位对应'
     '岗位的省、市、县统一招考。他们进入现单位，大多是通过工作调动。江永县委某核心部门一位不愿公开身份的人士告'
     '诉记者，网帖所提及的现象在2007年前后开始出现，湖南省及永州市曾多次派人进行调查，但最后都没有结果。“'
     '事情不是我们想象得那么简单。这些子女都是‘绕个弯’调过来的，如果调查组深挖，应该会推翻原来调查的一些结论'
     '，因为事情的根源在他们是怎么获得‘原单位’的那份工作。”这位人士称，此间存在一些不便公开的行为。对于“伪'
     '造在外地工作档案”的说法，记者尚未证实。截至发稿，多数官员及其亲属没有就被举报者进入行政或事业单位的时间'
     '、渠道、编制等问题作出回应。这则发表于今年3月的网帖，列举了6名在职县领导及其亲属的姓名。其中称，聂嫔从'
     '湖南省回龙圩管理区农业局调入江永县生态能源局，但原单位工作经历是虚假的。记者证实，聂嫔是县政府副调研员聂'
     '昌禹之女。江永县委办公室2013年6月印发的干部通讯录显示，聂嫔目前系县生态能源局办公室主任。11月11'
     '日下午，记者在该局办公室见到了聂嫔。',
     'in', None, False, ['选人用人', '组织纪律'],
     [('聂嫔', '办公室主任', '生态能源局'), ('聂昌禹', '副调研员', '县政府')]),
    # 12
    ('http://m.yogviha.cn/shipin/2011/05-25/news38727.html',
     '官員的雷人語錄大家也都聽過不少了，可是最近吉林省遼源市環保局的一位局長在開會時的雷人語錄卻讓大家感到震驚'
     '。天涯網網友曝光了這段錄音。而事情的起因則是在2010年目標責任制獎金的發放上，局長與職工相差三倍，有的'
     '同志認為不公平，向紀檢部門反映，結果惹怒了局長，該局長遂在全局大會上做了這番演講。記者已經通過該局一位工'
     '作人員證實，網帖中所說的獎金不公情況是存在的。',
     'in', None, True, ['组织纪律', '廉洁纪律'],
     [(None, '局長', '遼源市環保局')]),
    # 13
    ('https://www.szline.cn/administrative/2023/0704/637.html',
     '再审申请人（一审原告，二审上诉人）某A。再审申请人（一审原告、二审上诉人）某B。被申请人（一审被告，二审'
     '被上诉人）广安市档案局。再审申请人某A、某B因诉广安市档案局不履行法定职责一案，不服四川省广安市中级人民'
     '法院（2018）川16行终43号行政裁定，向本院申请再审。本院于2019年7月23日作出（2018）川行'
     '申1205号行政裁定，对本案进行提审。本院依法组成合议庭审理了本案，现已审理终结。一审裁定载明，某A、某'
     'B诉称：二人向广安市人民政府申请政府信息公开，广安市人民政府在回复中表明，该政府信息已存档，并告知向广安'
     '档案馆查询。二原告向广安档案馆查询时，该馆以所查档案属于未开放档案为由，不予受理。根据《中华人民共和国档'
     '案法》及《中华人民共和国档案法实施办法》的规定，广安档案馆应允许其查阅。为此，二原告向被告提出申请，要求'
     '被告履行法定职责，责令广安档案馆限期整改并让原告查阅相关档案。被告认为广安档案馆不予受理行为没有违法，故'
     '作出拒绝履行法定职责的答复。被告的答复违反了《中华人民共和国档案法》及《中华人民共和国档案法实施办法》的'
     '相关规定，侵犯了原告依法利用档案的权利。故请求法院依法判决撤销被告于2018年1月19日作出的《答复书》'
     '，并责令被告履行法定职责，督促广安档案馆依法开放经济、科技类档案，让原告查阅复制其申请查阅的档案。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://zzchaiqian.com/fwcq/case/58.html',
     '2012年10月6日，彭志林向长沙县国土资源局提出政府信息公开申请，申请获取本组村民高细贵建房用地审批信'
     '息。11月28日，长沙县国土资源局作出答复：根据《档案法实施办法》第二十五条的规定，集体和个人寄存于档案'
     '馆和其他单位的档案，任何单位和个人不得擅自公布，如需公布必须征得档案所有者的同意。故查询高细贵建房用地审'
     '批资料必须依照上述法律规定到本局档案室办理。同时建议如反映高细贵建房一户两证的问题，可以直接向局信访室和'
     '执法监察大队进行举报，由受理科、室负责依法办理。彭志林不服，提起诉讼，请求法院撤销被告作出的答复，并责令'
     '被告公开相关信息。长沙县人民法院经审理认为，根据《最高人民法院关于审理政府信息公开行政案件若干问题的规定'
     '》第七条的规定，原告申请的政府信息系保存在被告的档案室，并未移交给专门的档案馆，被告长沙县国土资源局依法'
     '应适用《政府信息公开条例》的规定对原告申请公开的信息进行答复，而被告在答复中却适用《档案法实施办法》的相'
     '关规定进行答复，属于适用法律、法规错误，依法应予撤销。原告申请公开的信息是否应当提供，尚需被告调查和裁量'
     '，故原告该项诉讼请求不予支持。判决撤销被诉答复，责令被告30个工作日内重新予以答复。长沙县国土资源局不服'
     '，提出上诉，长沙市中级人民法院判决驳回上诉、维持原判。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://gsdjw.com/news/fazhi/189361_3.html',
     '2018年10月16日，九江市人社局通告武宁县文广新局乡镇宣传文化站“文化向导员1”岗亭因考生资格复审不'
     '及格发生岗亭空额，递补总分第二名的柯文迪拟入围体检。正式确认打消瞿江桓体检资格。“报考前，笔试后，我先后'
     '两次向武宁县人社局咨询、确认本身所学专业可否报考该岗亭，获得的都是必定复原，‘专业切合要求，可以报考’。'
     '”让瞿江桓不解的是，为何笔试、口试后却被‘所学专业与岗亭要求不符’为由刷下来。无缘体检，瞿江桓开始维权之'
     '路。2018年11月1日，瞿江桓向永修县人民法院提起行政诉讼，要求人社部分规复其体检资格。2018年12'
     '月28日，永修县人民法院驳回瞿江桓的诉讼请求。经一审败诉，九江中院二审裁定因一审漏掉第三人，违反法定措施'
     '，取消原判，发回重审。2019年12月12日，永修县人民法院依职权追加第三人柯文迪后，从头审理了此案。九'
     '江市人社局、武宁县人社局、武宁县文广新旅局均坐在了被告席上。庭审中，武宁县人社局给出了与此前回覆相抵牾的'
     '表明，“瞿江桓本科所学专业为艺术设计（装潢艺术设计），不在‘文化向导员1’岗亭本科专业要求范畴之列，属于'
     '没有专业代码的专业，瞿江桓该当事先咨询雇用单元，在雇用单元承认的景象下报市人社局存案方可通过审查，但瞿江'
     '桓并没有在报考前向雇用单元咨询并获得承认。”',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://m.vobao.com/news/829496037431576799.shtml',
     '不过让农民们稍感欣慰的是，他们的玉米买了保险，这也能在一定程度上减少他们的损失。据了解，作为西部的一个农'
     '业大县，中宁县政府一直在全县范围内推广政策性农业保险，以降低自然灾害发生后的农业受损程度。以玉米为例，中'
     '央和地方三级财政，每亩投入17元，村民只需出1块钱，就能享受这种保险。政策是好，买保险时大家也都说得很好'
     '，不过到了该赔付的时候，却出了问题。村民们反映，他们曾多次找到保险公司，但是保险公司的人都没有到过现场就'
     '一口回绝了理赔要求。原本惠农的政策，为何却伤农？“天旱了，着火了，地下的青苗晒干了……”歌曲中夸张的唱词'
     '，却实在地落在了中宁县大战场镇的一些农民的头上。长山头村的王继东，今年种了10亩玉米，一把捏了四五个玉米'
     '棒子的王继东估计，今年能收两三轮车玉米棒子，就很不错了。王继东：没棒棒嘛，就这么长，有的直接绝产，纯粹没'
     '棒棒。记者：这不是棒子掰了吧？王继东：不，这是没结上棒棒。记者：那这还灌水了是吧？王继东：对啊。长山头村'
     '支部书记李学说，今年村里的玉米种植面积18600亩，减产7成以上的，有5000亩左右。如此严重的旱情，这'
     '二三十年都没有遇到过。李学：很多地一死一片，像这一块将近三亩，能掰四袋子玉米，这种情况可以说几乎就没有结'
     '。与长山头相去不远的花豹湾，情况也差不多。村主任张信琪说，一些村民把带着棒子的玉米杆，一起当饲草卖了，收'
     '的那点玉米，还不够人工。张信琪：你看这玉米，田边上还有个玉米棒，为啥呢？通风一点。你到地中间，有的就没棒'
     '子。类似的情况，还有石喇叭村。村副主任马军说，全村的玉米，全部减产，只是程度不同罢了。马军：几乎全部都受'
     '灾了，没有一户好的。旱死了。今年这个情况，基本上可以说好玉米都不多。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://news.sohu.com/20141125/n406357163.shtml',
     '安徽省砀山县网络问政平台的一条问政信息昨天吸引了部分网友围观。截图显示，在回复一位自称“小王”的网友投诉'
     '该县计生委执法大队几年没发工资的问题时，被告知执法队是“自收自支单位”，收到钱才能发工资，结果引发网友质'
     '疑。截至昨日19时，这条题为《计生委拖欠工资》的问政信息，在安徽省砀山县的网络问政平台上依然存在。信息显'
     '示，问政者是一位叫“小王”的网友，问政对象则是“县委书记”，时间是2014年11月19日。“现在计生委已'
     '经几年没发给我们工资了，连基本生活费都不发。”小王称，其是砀山县计生委执法大队的队员，“我在执法队已经上'
     '班一二十年了，为我县的计划生育事业奉献了自己的一生”，“每次找计生委领导他们都说县委领导正在研究，请问朱'
     '书记，你们要研究几年，什么时间能研究好，为什么有关系的，亲戚在县委上班的、是计生委领导的都能拿到工资，而'
     '我们一直都不发工资”。3天后，问政平台上公开了砀山县计生委的答复：“尊敬的网友您好：您的问题已经收到，砀'
     '山县人口和计划生育执法监察大队是自收自支单位，财政不拨钱，收到钱能发工资。县计生委 2014年11月19'
     '日。”微博记录显示，正是这条答复，被网友感叹“信息量好大”。“好一句收到钱能发工资。”网友“南国魔逗”评'
     '论说，怪不得乱收费现象严重，要自己想办法去挣钱出工资，这什么世界啊？而网友“新三浪”则质疑：“原来是一群'
     '临时工，这样的人都有执法权？”砀山县计生委办公室一名工作人员向南都记者证实执法大队部分队员没有发工资一事'
     '。',
     'out', '个人利益诉求', True, [],
     []),
    # 18
    ('http://www.csflxx.com/f1933935.htm',
     '最近，，攸县事业单位专技岗位的津贴费要比以前文件上规定的统一恢复上调了一个档次，听说这是专技人员维权的结'
     '果，而工勤岗位没人过问这次就没恢复上调了，，，大家都知道，事业工勤二级技师也是国家认可的中级职称，工资待'
     '遇可以说相当或接近专技类中级和管理类正科级的，可为什么津贴费却比专技类和管理类的普遍要低一个档次，这是什'
     '么道理？相信不可能是国家的相关政策对工人们另眼低看的，难道真是“人为的原因”造成的！相信省，市会有公开，'
     '公平政策的，因此，请株洲市人事局解惑并维权！',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://zyzx.gov.cn/Article/ShowArticle.asp?ArticleID=979',
     '案由：目前，我县部分年满50周岁工龄超过30年的公务员，在基层工作岗位兢兢业业工作几十年，如不被提拔，不'
     '通过提升职务工资就一直处于公务员工资中的最低档次，不是所有人都能通过晋升的渠道提高工资待遇，坐轿还需抬轿'
     '人。前几年有工龄满30年，年龄满50岁的可享受副主任科员的待遇，后来又取消了这个政策，据悉去年乡镇又恢复'
     '了此待遇，但县级机关的这些人却无法享受，目前的工资与刚参加工作的公务员相比相差无几。建议：对我县年满50'
     '周岁工龄超过30年的公务员进行统计，切实做好公平公正。审查意见：县人社局办理。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://lyj.huainan.gov.cn/content/article/551772648',
     '尊敬的领导：您好！我是基层乡镇林业站工作人员。对基层林业工作还是比较熟悉的。因为工作业务较多。平时也比较'
     '忙。基层林业工作人员大多数是专业技术岗位，辛苦一年年，也没有个评比结论。干好干差都一个样。影响了工作积极'
     '性。再说在基层工作，工作琐碎，也很难有大的发展空间。建议：每年市林业局出个评比文件，优秀或先进指标相应给'
     '基层乡镇一些指标。这样，不仅是荣誉，而且在专技职称聘任上也是个助力条件。谢谢！尊敬的来信人：您好！您的《'
     '建言献策》收悉，非常感谢您对全市林业工作的支持和付出！您们面向基层、联系群众，工作繁杂、条件艰苦，工作传'
     '导压力大，是全市林长制实施和林业高质量发展的具体实践者，劳苦功高。市林业局向您及林业基层一线的同志们表示'
     '崇高的敬意！',
     'out', '其他', False, [],
     []),
    # 21
    ('http://taiyuan.baogaosu.com/xinwen/%E4%B8%A5%E8%82%83%E5%B7%A5%E4%BD%9C%E7%BA%AA'
     '%E5%BE%8B%E6%95%B4%E9%A1%BF%E5%B7%A5%E4%BD%9C%E4%BD%9C%E9%A3%8E%E4%B8%93%E9%A1%B'
     '9/44071383',
     '2月23日下午，代县气象局召开了严肃工作纪律整顿工作作风专项活动会议。会议由高香元局长主持，全体干部职工'
     '参加会议。会议首先集中学习了市气象局转发的《省纪委通报4起违反中央八项规定精神问题》，高局长指出，对无视'
     '纪律、违反纪律要求的行为，一律按照有关规定严肃追究单位负责人和当事人的责任，各科室负责人牵头做出响应。随'
     '后，高局长强调严肃工作纪律、整顿工作作风是一项长期任务，必须坚持加强思想教育与强化纪律约束共举、制度规范'
     '措施与运用科技手段并用、开展集中整治与完善长效机制结合，坚持多管齐下，务求见到实效。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.buyisou.com/category333/zhengcefagui/13552.html',
     '在当今社会，个人档案作为记录学历、工作经历等重要信息的载体，关系到职称评定、社保办理等切身利益。然而许多'
     '人在需要使用时才发现档案“不知所踪”，或查询系统显示“无记录”。这既可能因档案流转环节复杂导致信息滞后，'
     '也可能存在存档单位变更、材料缺失等系统性原因。本文将系统梳理档案查询的完整路径，分析常见查询失败的原因，'
     '并通过实际案例帮助读者理解应对策略。毕业生应优先联系母校档案管理部门，根据教育部规定，高校需保留毕业生档'
     '案至少两年。可通过学校官网的“档案查询”入口，或直接联系就业指导中心获取转递记录。2023届毕业生张某某'
     '即通过母校提供的EMS单号，最终在户籍地人才中心查到了被误标为“待入库”的档案。已就业人员需区分单位性质'
     '：国企/事业单位员工可直接联系单位人事部门；私企就业者则要查询单位注册地或户籍地人才市场。值得注意的是，'
     '2024年起全国人社政务服务平台已实现31个省区市档案信息联网，实名注册后可通过“就业创业-档案存档情况'
     '”在线查询。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH138, "fresh138")
