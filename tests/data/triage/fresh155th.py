"""Sealed batch fresh157: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh155th.py; the batch and its row ids are "fresh157".)

Theme: restructuring of state and collective firms (国企改制, 乡镇/村办企业改制, 集体企业 sold
off, 1995-2015): a 国企 厂长 and a 总经理 taking the 改制 shares and assets for themselves, a
manager convicted of 徇私舞弊低价出售国有资产, a 生研所 deputy head turning a state-held firm into a
private one, a 镇党委副书记 selling a village group's shares to his own firm, a village's firms
sold by its leaders to themselves, a 镇长 selling a 建筑站 cheaply, a 国企 副董事长's 改制 fraud, a
town government's four-day sale of a collective factory, a village cooperative's board and its
beatings of reporters, a city's organs accused of seizing a bought-out 纺织厂; out items are
a buyer's share-purchase lawsuit against a 国资局, two workers' shareholder lawsuits, the
征收 of a bankrupt 化工厂's housing, workers' claims against privatised firms (南宁鸿基, 延运,
乐缘), a former 保温瓶厂 worker's 房产证, a commentary on laid-off workers' pensions and a
province's 混改 rules. Sources (stored-pages search): an hbsztv report on 钟学周 (九佛电器厂); a
forum copy of the 佛山 华侨总公司 report on 冼希明; a 110.com copy of the 法制日报 report on the
内江 杨方全 case; a 經濟參考報 copy on 盛曉彬 (traditional); page 2 of a fjsen report on 金华友;
a zjol report on 富民 永一村; a 達旗酒廠 story (traditional); a one-line question page on a
镇长; a 东南大学 law-school copy of an article on 国企 "靠企吃企" (佘宝庆); a handmsg copy of a report on
the 新會電器廠 (traditional); a fx361 copy of the 新民周刊 report on 义乌 大塘下; a 315维权 site's
report on the 广元 中广公司; out: a chncase record of 青海铝型材厂 v. 同仁县国有资产管理局, a
findlaw copy of the 南一百货 shareholder judgment, a whmsebhyy copy of the 新华社 note on the
涪陵商貿 shareholders (traditional), a pinggu copy of the report on the 青海光明化工厂 housing,
a chinaruleoflawnet copy of the 经济参考报 report on 南宁鸿基, a 延安 site's copy of the 延运 安置费
report, an 80kuku copy of the 乐缘商贸 report, a czjylp copy of the 济南 保温瓶厂 房产证 story
(traditional), a cntccl commentary on 下岗职工 and a zjpse copy of the 浙江 混改 指引. Five texts
are in traditional script (items 4, 7, 10, 15, 20; the glossing pinyin of 020's converted copy
removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, site and source lines and the truncated last sentences of the stored
copies removed); paragraphs joined; ASCII punctuation written full-width except inside numbers;
stray spaces around punctuation, numbers and quotes removed (004, 007 "人均 GDP", 012, 021),
the spaces after "第一条" to "第五条" (022) and between the two pen names "烎翚 鲭燚" (012) kept.
Page oddities kept: "隸屬于", "所里" and other simplified forms in the traditional 004, 007, 010,
015 and 020, "———" (015), "那些被遗忘的线年代" (021, a garbled phrase of the page), "沈**" and
"刘**" (014, masked by the page), "烎翚 鲭燚" (012).
scope "in" for alleged misconduct of a party member or public official (village cadres and the
board of a village 股份经济合作社 included; managers of state firms and of the state-held firms of
a 改制 count as public servants, as in the earlier 国企 batches; managers and big shareholders of
a firm after it was sold to private owners do not), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Workers, petitioners, reporters, victims, witnesses, buyers and
businessmen without a post, and officials who only handled, investigated, approved, announced or
answered are not accused; an organ (a 镇政府, "职能部门") or an unnamed group ("原村领导班子")
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md; assets and
shares of a 改制 taken by its managers are 贪污贿赂 (and 廉洁纪律 where self-dealing is alleged),
a cheap sale decided by officials 滥用职权. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 012,
019). Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 4 (017-020), 其他 2 (021,
022). 15 accused entries, all in items 1-12: 11 with a full name (钟学周, 冼希明, 杨方全, 盛曉彬,
金华友, 佘宝庆, 朱有云, 朱建文, 朱荣尧, 朱荣盛, 朱宝宝), none masked, 4 post only. Items 007, 010
and 012 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Full page text. 钟学周 first written "广州市九佛电器厂原厂长钟学周". The "国家工作人员" he
    bribed are an unnamed group; the workers and the 检察院 only report and act. 贪污贿赂 and
    廉洁纪律 (挪用, the 改制 shares kept).
 2  Forum copy: the "|" line, the headline, "【背景】" and the sub-heading "暗箱操作侵吞国有资产个人
    控股82.6%" cut; ends before the truncated "经股权变更…并以". 冼希明 first written "公司总经理
    冼希明" of the 华侨总公司 (a 全民所有制 firm): ('冼希明', '总经理', '华侨总公司'). The 建交公司
    that approved the plan only approves. Not mixed: the workers' share claim is already settled
    by the court in the text.
 3  Hard: the article questions the verdict (the wife, 唐水仙 and 张泗汉 speak for him), but the
    text carries the conviction of 杨方全 for 徇私舞弊低价出售国有资产罪 and 贪污罪: accused as
    written "原四川省内江百货（集团）总公司…总经理" (position '原总经理'); "公司副总和财务科长",
    convicted with him, are (None, '副总', '内百集团') and (None, '财务科长', '内百集团'). 唐水仙
    (贸易局副局长) only comments. The sub-heading "昔日国企改制功臣 今日三名高管获刑" cut; ends
    before the truncated 广安中院 sentence. 贪污贿赂 and 滥用职权.
 4  Traditional; the page's title table, the dateline line and the sub-heading "企業改制“改”成一團
    亂麻" cut; ends before the truncated "雖然恢復了“國有控股". The first sentence names only "一家
    國有控股企業的董事長兼總經理"; his name is first written "時任成都生研所副所長的盛曉彬":
    ('盛曉彬', '副所長', '成都生研所') (hard: the misconduct is as 蓉生公司's 董事長兼總經理).
 5  The stored page is the article's second page: it starts at "然而，更大阴谋还在后面。". The
    sub-heading "集体企业改制需加强监管" cut; ends before the truncated "签合同…签署". 金华友 ran the
    village's firms and was appointed "春江镇党委副书记": ('金华友', '党委副书记', '春江镇'). 张光
    and the 现任村支书 only speak. 贪污贿赂 and 廉洁纪律 (shares sold to his family's 新宇公司).
 6  Headline, sub-title and the sub-heading "“超亿元村”变成“负债村”" cut; ends before the truncated
    "已大面积滑…". The "原村领导班子" that sold the good firms to themselves is an unnamed group (no
    entry); the one official singled out is "村委会原副主任兼出纳" who holds back the books: (None,
    '村委会原副主任兼出纳', '永一村'). The 县委工作组 only investigates (the villagers' displeasure
    with it is not an allegation against a person). 廉洁纪律 and 工作纪律.
 7  Hard: traditional, the opening of a story; the only allegation is the framing "一個全資國企如何
    被貪官與奸商蠶食的故事" — no official is named and the 1996 轉制 is told as lawful. In, no entry
    (could be read as 其他). The "內蒙古有位領導" of the GDP remark is not accused. 贪污贿赂.
 8  SMS-length, under 150 characters: the one-line question page, the page's junk prefix
    "端庄是什么意思：" cut. (None, '镇长', None): his town is unnamed. 滥用职权 and 廉洁纪律.
 9  Only the second half of the page kept: it starts at "以往的案例显示" (the first paragraph, on
    袁海科 and 沈浩 of 延长石油 and not on 改制, cut; a 沈浩 is already in the development set) and
    ends before the truncated "巧立名目私…". 佘宝庆 first written "原上海仪电控股集团公司副董事长".
    The 上海市纪检监察机关 only announce. 贪污贿赂 and 政治纪律 (串供, 销毁账册: 对抗组织审查).
10  Mixed: the retired workers' own claim (medical fees, 買斷醫療保險費) and the 1997 sale of the
    collective 新會電器廠 by the 會城鎮政府 in four days without 資產評估 or 職代會. Traditional;
    byline lines and headline cut; ends before the truncated "一位知情人士告訴…". Hard: decided in
    for the sale the reporters press (they want the factory back), but could be read as out
    个人利益诉求. The 鎮政府 is an organ (no entry); 敖景聰 (原廠長) and 梁國華 (原書記) are
    petitioners; 田少華, 田漢華 are buyers. 滥用职权 and 工作纪律.
11  Neighbouring theme (a village 股份经济合作社 after its 改制). Site lines, headline, byline and
    keywords cut; ends before the truncated 股份经济合作社 sentence. Accused as written in "朱有云
    与股份经济合作社董事朱建文、朱荣尧，支委朱荣盛，人大代表朱宝宝": the 董事 with the cooperative as
    unit, 朱荣盛 and 朱宝宝 with unit None (the text names no unit for 支委 and 人大代表; hard:
    '大塘下' could be given). 朱跃海, who joins a beating but has no post, is not accused; 朱跃贤 and
    the other villagers are victims. 群众纪律 (村霸, beatings), 廉洁纪律, 组织纪律 (贷款贿选) and
    贪污贿赂 (贪污公款).
12  Mixed: a private firm's 18-year claim to its assets (信访与司法维权) and its 举报 to the 纪委
    that "原广元市职能部门" abused power, arrested its managers and seized its assets. The sub-title
    and the heading "一、中广公司：…" cut; ends before the truncated "截至2007年5…". Organs only: in,
    no entry (hard: could be read as out 涉法涉诉, mixed). 张国勇 reports. Stray spaces removed.
    滥用职权.
13  涉法涉诉: a buyer's claim under a 股权转让协议 against the 同仁县国有资产管理局 (the seller),
    the "(一)首部" header lines and the "(二)一审诉辩主张" heading cut; ends before the truncated
    股东会 sentence. The 国资局 is a party to a contract suit, not accused.
14  涉法涉诉: a former worker's suit for shareholder status after a collective firm's 转制; the
    page's title and section heads ("审理经过", "一审原告诉称", "一审被告辩称") cut; ends before
    "一审法院查明". His claim that the 转制 broke the rules is a lawsuit ground against the firm, not
    an allegation against an official: not mixed.
15  涉法涉诉, traditional: the 涪陵 workers' shareholder suit. Headline, the dateline "據新華社電",
    "（來源：金羊網）" and "|" cut.
16  征地拆迁: the 无偿征收 of a bankrupt 国企's workers' own houses for 廉租房; the site's header,
    "关于本站" lines, the truncated first copy of the lead and the sub-heading "无偿交出产权房，却换
    来廉租房" cut; ends before the truncated quote "“原来的房子虽然小、虽然破，". The 大通县委、
    县政府 are organs whose plan is disputed, not an allegation of misconduct. Could be read as
    个人利益诉求 (housing in a former factory compound).
17  个人利益诉求: the 职工小股东 of a firm privatised in 2000 against its 董事长 and big
    shareholders. Hard: the 董事长 holds no public post after the 改制 and the "实名举报信" is
    against him, so out, not mixed; "南宁鸿基党组织瘫痪" is not an allegation against a person. Nav
    lines, headline, date line, "原标题…" and the sub-heading cut; ends before the caption "↑在位于…".
18  个人利益诉求: workers' 安置费 in a firm privatised in 2003 (延运集团, 民营). Site lines, title,
    date line, the photo captions ("延安市劳动局", "…批复文件", "…批复意见") and the sub-heading
    "资产置换导致企业“吞没”安置费" cut; ends before the truncated "这个过程…". The 交通局 and 改革
    领导小组 only approved.
19  Mixed: the laid-off workers' own 买断 and 四金 claims, beside "改制涉嫌暗箱操作" (the 协合
    managers did not disclose the 资产评估报告 and the sale price); decided out for the central
    matter, the workers' own losses. Title, site line and the sub-heading cut; ends before the
    truncated 文世瑾 quote. No official named.
20  个人利益诉求, traditional: a former 保温瓶厂 worker's 房改房 certificate, now issued. The
    glossing pinyin of the converted copy removed; the sentence garbled in the stored copy
    ("因?yàn)榉N種原因…") and the truncated last sentence cut. Could be read as 其他 (a settled
    story).
21  其他: a commentary on laid-off workers' social insurance; the header line ("作者：…来源：…")
    cut; ends before the next truncated paragraph. Could be read as 个人利益诉求 (the workers'
    claims it describes), but it is nobody's own petition.
22  其他: a province's 混改 rules; the chapter heads "第一章 总 则" and "第二章 方案决策程序"
    cut; ends before the truncated "（二）所属企业…".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH157: list[Item] = [
    # 01
    ('http://hbsztv.com/news/shehui/20140117/181078.html',
     '近日，广州市九佛电器厂原厂长钟学周贪挪上亿元案得到广东省高院终审判决：这名经员工多年上访最终扳倒的国企厂'
     '长，最终被判死刑缓期二年执行。广州市九佛电器厂是一家主要生产灯具的大型国有公司，1998年钟学周成为该厂'
     '“一把手”。2002年，九佛电器厂开始企业改制，钟学周利用其职务上便利，将该厂2100万余元公款购买的改'
     '制股份据为己有，并通过隐瞒销售银行账户资金，隐瞒债权、房产等方式将国有企业的财产人民币4885万余元和港'
     '币160万元转为其本人持有股份的改制后公司所有。不仅如此，钟学周还向国家工作人员行贿291万余元，将本单'
     '位800多万元占为己有。在担任九佛电器有限公司法定代表人、董事长、总经理期间，挪用本单位资金人民币720'
     '7万余元归个人使用或借贷给他人，并指使他人故意销毁依法应当保存的会计凭证、会计账簿。就九佛电器厂改制中出'
     '现的问题，该厂员工连续上访近10年，甚至写血书抗议。据公开资料显示，2009年10月，九佛电器厂100余'
     '名员工派代表到广东省检察院联名举报，得到检察院高度重视。2010年3月，钟学周被广东省检察院反贪局以涉嫌'
     '贪污等罪名正式立案侦查。广东省高院终审审理认为：钟学周在国有企业改制过程中将企业的股份和资产鲸吞为己有，'
     '贪污数额高达人民币7000余万元，使国家利益遭受特别重大损失。其犯罪行为导致原九佛电器厂员工针对改制问题'
     '连续多年上访，社会影响恶劣。钟学周归案后未能如实供述罪行，且未积极、主动配合退赃，无认罪、悔罪表现。终审'
     '判决驳回上诉，维持原判。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('钟学周', '原厂长', '广州市九佛电器厂')]),
    # 02
    ('http://bbs.cnjxl.com/forum.php?extra=page%3D1&mod=viewthread&tid=50317',
     '因为老职工的逐级上访，华侨总公司转制中的黑幕被揭开。净资产6000余万元的国有企业，转制为民营企业时，只'
     '卖了173万元，而企业原总经理控股达82.6%，引起了众多职工不满。无权参与认购股权的职工逐级上访引起重'
     '视，最高人民检察院督办此案，揭开了佛山市华侨住宅建设总公司（下称华侨总公司）国企转制中的黑幕，公司总经理'
     '冼希明被判处10年有期徒刑。日前，佛山市中级人民法院终审判决推翻原有股权配置方案，冼希明持股被判无效，华'
     '侨总公司目前正准备对公司股权重新配购，以维护职工合法权益。原佛山市华侨住宅建设总公司（下称华侨总公司）为'
     '全民所有制企业，下设3个子公司，实有职工26名。2000年1月24日，华侨总公司向其上级主管单位即佛山市'
     '建设交通资产经营有限公司（下称建交公司）请求，将该公司及下属3家子公司整体改制为职工持股的有限责任公司。'
     '2000年12月1日，华侨总公司向建交公司提出改制申请，并提交16名职工签名同意的《佛山市华侨住宅建设总'
     '公司改制方案》（下称《改制方案》），拟以16名职工受让该公司的全部资产。该《改制方案》第4部分规定了改制'
     '后公司的股权设置。2001年2月7日，建交公司作出批复，同意将华侨总公司改制，并原则上同意该《转制方案》'
     '的股权设置形式。2001年4月26日，华侨总公司完成企业转制，由包括华侨总公司总经理、法定代表人冼希明在'
     '内的14名职工受让了华侨总公司全部资产，将华侨总公司改制成佛山市盈溢房地产有限公司（下称盈溢公司），并由'
     '该14名职工制订了《佛山市盈溢房地产有限公司章程》，办理了公司设立登记。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('冼希明', '总经理', '华侨总公司')]),
    # 03
    ('http://m.110.com/flzs/252144.html',
     '据法制日报报道，“在1999年到2000年，甚至更早，内江的国有企业改制很多采取的是一种方式：即剥离有效'
     '资产。当时有种提法叫‘金蝉脱壳’。这样的模式不仅限于内江，在全国都具有普遍意义。是没有办法的办法。”曾负'
     '责清算工作的贸易局副局长唐水仙认为。国家法官学院的张泗汉教授在了解了案情后认为，关于徇私舞弊低价出售国有'
     '资产罪，本案一审判决存在两个明显的关注点：一是在无共谋事实的情况下，以评估单位的过错来认定改制企业负责人'
     '有罪是否恰当；二是在当初的评估报告经过了政府部门确认的前提下，以事后的鉴定评估结果高于当初的转让价来认定'
     '被告人有低价出售的犯罪故意和行为是否恰当。“这就是我的丈夫杨方全，照片中的黑发现在已经全白了。60岁的年'
     '纪锒铛入狱，以后可能连养老金都没有。”王瑜随身携带着一张拍于2005年的全家福照片，说着说着，眼圈红了。'
     '杨方全，原四川省内江百货（集团）总公司（以下简称内百集团）总经理。2007年3月27日，四川省内江市市中'
     '区人民法院以徇私舞弊低价出售国有资产罪和贪污罪判处杨方全有期徒刑八年，同时被判刑的还有公司副总和财务科长'
     '。内百集团一度曾是四川省的明星企业，是内江最大的商业批发零售企业，职工近2000人。进入90年代，由于企'
     '业体制的弊端，企业业绩年年下滑，欠债一度达1.4亿元。后来百货大楼被抵债给银行，导致1998年11月28'
     '日发生千余名职工上访事件。1999年，杨方全被选为内百集团新任总经理。市政府要求他积极进行内百的改制工作'
     '。据内百集团原来的一位领导层人士介绍，由于涉及很多复杂难解决的问题，改制的进程被一拖再拖。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('杨方全', '原总经理', '四川省内江百货（集团）总公司'), (None, '副总', '内百集团'), (None, '财务科长', '内百集团')]),
    # 04
    ('http://whmsebhyy.com/review/20041130/10091190040.shtml',
     '四川省成都市一家國有控股企業的董事長兼總經理，揮舞著“改革”的大旗，利用企業改制之機，不斷變換手法，蠶食'
     '鯨吞國資1200多萬元，使企業的一步步改制措施，成了他個人發財甚至是逃避法律制裁的一塊塊“墊腳石”。在成'
     '都市區東南郊外的一個小山丘上，有一個隸屬于中國生物技術集團公司、在全國醫藥界都很有名氣的老國有企業——成'
     '都生物制品研究所（以下簡稱成都生研所）。1997年2月，成都生研所以其下屬的全民所有制的經開公司為代表，'
     '聯合三家由職工集資成立的集體所有制公司，共同組建了蓉生藥業有限責任公司（以下簡稱蓉生公司），成都生研所控'
     '股，生產血液制品。時任成都生研所副所長的盛曉彬，接受所里的委派，到蓉生公司出任董事長兼總經理。1998年'
     '12月，包括盛曉彬在內的近千名成都生研所職工集資并以20個自然人為持股代表，成立了一個名為“蓉天”的有限'
     '責任公司。這個公司成立的目的，半年之后才顯露出來。1999年的4月，蓉天公司以改制和“將企業做大做強”的'
     '名義，收購了蓉生公司中成都生研所下屬的經開公司及另外兩個持股公司的全部股權，控股了蓉生公司。這樣一來，經'
     '過一次企業改制，一個國有控股公司便“變臉”成了一家私人控股公司。但是，不久之后，成都生研所的上級主管部門'
     '發現了這件事，強烈要求成都生研所收回對蓉生公司的控股權。2001年4月，蓉生公司再次改制，成都生研所重新'
     '參股蓉生公司。2002年7月，通過增資擴股的方式，成都生研所重新成為蓉生公司的控股股東。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('盛曉彬', '副所長', '成都生研所')]),
    # 05
    ('http://money.fjsen.com/2011-07/19/content_5230407_2.htm',
     '然而，更大阴谋还在后面。2003年3月31日，又一笔贱卖协议将常恒集团在各分厂持有的10%股权以690.'
     '24万元转给了新宇公司。而这笔股权正是新华村民们赖以养老和取得福利的来源。转让的手法与上次的一样，新宇公'
     '司一分钱没付，签了个分批还款的协议了事。股权的转让双方签字依然是金华友一个人。又一次的左手倒右手，通过自'
     '买自卖，23家企业10%的永久性股权就这样到了私人手中。据知情人介绍，此23家企业一年的年产值保守估计也'
     '在15个亿元，每年分红至少在1500万元以上，而去年其中一家企业进行股权变更，新宇公司的10%股权收益就'
     '达1800万元。至此，在金华友一人操控下，新宇公司通过系列转制，已成为金家一台“合法”印钞机。但金华友如'
     '此侵吞村民养命钱的做法在新华村也已怨声载道。金华友虽然被绳之以法，新华村的村民却并没有高兴起来。法院的一'
     '审判决并没有让原本属于集体资产回到村集体来，原村集体资产仍然掌控在金华友的家族人手中，并天天见到效益。同'
     '时，金华友的身份也成为村民质疑的焦点。据村民张光（化名）介绍，2004年新北区区委下发的红头任命文件，任'
     '命金华友为春江镇党委副书记，在分工上分管新华村和对外招商。直到一审判决下达之前，春江镇政府还一直在给金华'
     '友发放工资。对于金华友的国家工作人员说法，也得到了现任村支书的证实。采访中有一位知情人表示，如果金华友身'
     '份不是镇的副书记的话，他的犯罪行为早就会受到阻遏，他一方面代表镇委分管村委的工作，一方面以村里的最高领导'
     '行权，一手遮天，谁能阻止他的犯罪行为呢？在新华村他想做的事情，也就是镇党委与村委会同意做的。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('金华友', '党委副书记', '春江镇')]),
    # 06
    ('http://china.zjol.com.cn/05china/system/2006/08/09/007797063.shtml',
     '云南省富民县永定镇永一村群众反映称：该村原村领导班子违背村民意愿，采取不公开手段将村里效益好的企业自卖自'
     '买，效益差的企业留给村里。近二十年来，永一村出让土地、兴办集体企业积累的数千万元集体资产，由于村委会原副'
     '主任兼出纳拒绝移交二十余本记录该村多年来经济往来的账簿而下落不明。经群众多方反映后，富民县县委于2004'
     '年9月派工作组进驻永一村对该村问题进行全面调查，工作组进驻该村至今对村民关注的问题仍然没有一个明确的交代'
     '，村民们感到不理解，对县委工作组的工作表示极大的不满。永一村集体资产的黑洞究竟有多深，数千万元的集体资产'
     '到哪里去了？对此，记者深入该县进行了调查采访。富民县城距离省会昆明28公里，永一村就在县城里，与新建的县'
     '委办公地近在咫尺。上个世纪70年代后期，永一村利用得天独厚的优势，先后开办了砖厂、养鸡场、电石厂、食品厂'
     '、建筑公司、造纸厂、农贸市场等集体企业，集体资产迅速增长。在永一村委会会议室显眼处，记者看到了十多块各种'
     '各样的奖状和锦旗，它们记载着各个时期该村蓬勃发展而获得的荣誉和光环。1996年，永一村被富民县委、县政府'
     '授予“超亿元办事处”，1998年被云南省委、省政府授予“云南乡镇企业百强村”，2001年5月被云南省委、'
     '省政府授予“云南乡镇企业五十强村”。透过这些荣誉和光环可以想象该村过去曾经的辉煌。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [(None, '村委会原副主任兼出纳', '永一村')]),
    # 07
    ('http://senqingzn.com/dy/article/JE53365U05521YMY.html?spss=dy_author',
     '2009年，內蒙古有位領導在港表示，鄂爾多斯的GDP將超過香港。實際情況是，2008年鄂爾多斯的人均GD'
     'P為10萬元，而香港的人均GDP為20.9萬元。該地區的暴富主要受益于國家西部大開發戰略和富集的煤炭資源'
     '，而少數人的暴富——依靠勤勞致富者不多，官商勾結、投機倒把、蠶食國資、強取民膏、一夜暴富者不少。我今天說'
     '的這個事兒，就是一個全資國企如何被貪官與奸商蠶食的故事。鄂爾多斯市達拉特旗與我國工業重鎮包頭市隔河相望，'
     '黃河的南邊是達拉特旗，黃河的北邊是包頭市。由于傍著黃河的優勢水源，達拉特旗政府在1972年投資建設了一個'
     '制酒廠（以下簡稱達旗酒廠），以釀制響沙系列白酒、富達啤酒為主要產品的全資國有企業，響沙白酒一度成為內蒙古'
     '中西部地區消費者的喜愛產品。1996年，達旗酒廠在國家“抓大放小”國企改革政策的影響下，達拉特旗委和旗政'
     '府也依法對達旗酒廠進行了國企轉制，把達拉特旗制酒廠更名為達拉特旗響沙釀酒有限責任公司，企業也從一家全資國'
     '企轉制成為政府占股70%、職工占股30%的國有控股企業。其中，30%的職工股是怎么來的呢？一是每名職工出'
     '資3000元，作為個人投資入股企業；二是政府拿出一部分國有資產買斷職工工齡，工齡資產轉為職工個人股，酒廠'
     '127名職工共計投入了113.5萬元，占酒廠轉制后30%的股份。新成立的釀酒公司向股東頒發了出資證明書，'
     '同時在達拉特旗工商局完成了股權登記。達旗酒廠的這次轉制依法依規，符合國家的改革政策，也得到了廣大職工的積'
     '極響應。要知道，上世紀九十年代中期，那個年代人們普遍窮的叮當響，一次性拿出3000元入股企業很困難，但是'
     '，職工們毫無怨言地將買斷工齡的錢和家里僅有的一點存款拿出來，個別職工為了支持政府改革，甚至不惜舉債入股。',
     'in', None, False, ['贪污贿赂'],
     []),
    # 08
    ('https://www.218zy.cn/article/qiagti',
     '镇长把镇里的建筑站以招商引资的名义低价转让给个人，不经拍卖，群众很不满意，不知道应该采取什么对策？',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [(None, '镇长', None)]),
    # 09
    ('https://law.seu.edu.cn/fanfufazhi/2020/1122/c20310a353955/page.htm',
     '以往的案例显示，一些国有企业领导人员将国企改制变成了侵吞和瓜分国有资产的机会，个人谋取了巨额利益，给国家'
     '造成了严重损失。“被告人佘宝庆犯贪污罪，挪用公款罪，隐匿、故意销毁会计凭证、会计账簿、财务会计报告罪，判'
     '处有期徒刑十六年，并处罚金八十三万元。”今年9月，原上海仪电控股集团公司副董事长佘宝庆案一审宣判。佘宝庆'
     '不仅在任职期间贪污挪用公款，而且在退休后依然不收敛，为掩盖贪污、挪用公款事实，还指使并伙同他人将财务账册'
     '转移后予以隐匿、销毁。佘宝庆的所作所为与企业改制关系紧密，其于去年6月被通报开除党籍时，上海市纪检监察机'
     '关直指其明修栈道搞改制，暗度陈仓行贪腐，“从一开始就有预谋地通过隐匿资产、侵吞款项等手段，贪污巨额国有和'
     '集体资产，挪用巨额公款，并通过串供、销毁财务账册等行为对抗组织审查”。',
     'in', None, False, ['贪污贿赂', '政治纪律'],
     [('佘宝庆', '原副董事长', '上海仪电控股集团公司')]),
    # 10
    ('http://www.handmsg.com/page/2015/1214/12548839.shtml',
     '2007年，原廣東新會電器廠（現為廣東新會電器廠有限公司）的部分退休職工擔心醫療費無法報銷，向新會區會城'
     '街道辦（舊稱會城鎮政府）要求一次性買斷醫療保險費。直到這時他們才發現，新會電器廠早在1997年就以270'
     '0多萬元的價格賣給了個人，他們的利益訴求難以實現。因此，以敖景聰（新會電器廠原廠長）、梁國華（新會電器廠'
     '原書記）、談勝顯、張社保、鐘麗喜等人為代表的100多名退休職工開始了多年的維權之路，至今事情仍沒有解決。'
     '2015年5月下旬，本刊記者到新會采訪時了解到，這些職工代表不僅想維護自己的利益，還想拿回廠子的所有權。'
     '廣東新會電器廠最初由1956年成立的4家私人商店組成，經過歷史演變，成了城鎮集體所有制企業，規模和產值逐'
     '步壯大，主管部門是會城鎮政府。據本刊記者了解，1997年11月14日，會城鎮政府收到新會電器廠《關于企業'
     '轉制的報告》后批復，同意他們改制。時任新會電器廠工會主席談勝顯告訴本刊記者：“廠里一般大事小事我都知道，'
     '我在職時根本沒有上報過轉制材料，也不知道轉制材料是誰寫的。”1997年11月18日，會城鎮人民政府和田少'
     '華、田漢華兄弟簽訂了“出讓企業產權合同”和“協議書”，將新會電器廠、新會市無線電廠、沈陽高壓開關廠新會分'
     '廠的產權轉讓，出讓金是2719萬元。時任新會電器廠治保主任張社保告訴記者，從企業改制批復到簽訂協議只用了'
     '4天時間，根本沒有時間進行資產評估和召開職工代表大會。據悉，新會無線電廠與新會電器廠是同一企業兩個執照，'
     '沈陽高壓開關廠新會分廠是新會電器廠與沈陽高壓開關聯營設立的合作經營企業，其場地、廠房、設備均由新會電器廠'
     '出資所有。',
     'in', None, True, ['滥用职权', '工作纪律'],
     []),
    # 11
    ('https://m.fx361.cc/news/2011/0530/23246428.html',
     '实名举报腐败分子有多难？义乌市稠城街道大塘下股份经济合作社的村民股东朱跃贤有着深切的体会。因为联合9户村'
     '民股东实名举报大塘下股份经济合作社董事长朱有云贷款贿选、一房多报、违规卖地、利用职权中饱私囊侵害集体经济'
     '与村民利益等腐败问题，朱跃贤一年内连遭三次殴打，最严重的一次头部被砸伤，住院28天。朱跃贤说，他是实名举'
     '报，干部们对他则是实名殴打，而今，一方面举报的问题仍然没有得到解决，另一方面，他的处境却是愈加艰难。在最'
     '近一次殴打过程中，朱跃贤的家人也受到连累，为防家人再遭意外，朱跃贤准备与妻子离婚，誓与腐败分子战斗到底，'
     '哪怕付出生命的代价。连同朱跃贤在内，大塘下共有村民14人遭受毒打共计20多次，他们指控朱有云与股份经济合'
     '作社董事朱建文、朱荣尧，支委朱荣盛，人大代表朱宝宝结成了“村霸”非法占取集体土地、集体财产、贪污公款……'
     '村民朱荣桂因为向朱有云反映家中停电停水问题，遭朱有云指使朱荣尧、朱荣盛等人殴打，花去医疗费15000元。'
     '因对旧村改造等问题不满，村民朱益萍、朱光明、朱桂记都遭到过殴打。村民朱堂辉、吕志明到义乌市信访局举报朱有'
     '云，朱有云带领朱建文、朱宝宝、朱荣尧、朱跃海追到市信访局殴打，朱堂辉、吕志明躲进检察院，检察院领导出面阻'
     '止暴行，这才躲过一场皮肉之苦。',
     'in', None, False, ['群众纪律', '廉洁纪律', '组织纪律', '贪污贿赂'],
     [('朱有云', '董事长', '大塘下股份经济合作社'), ('朱建文', '董事', '大塘下股份经济合作社'), ('朱荣尧', '董事', '大塘下股份经济合作社'), ('朱荣盛', '支委', None), ('朱宝宝', '人大代表', None)]),
    # 12
    ('http://shenzhou.gongpingzhengyi.com/?p=4190',
     '2025年7月15日，315维权服务中心记者烎翚 鲭燚接到一份落款为“中广投资控股有限公司及旗下三家子公'
     '司”、由法人代表张国勇实名签署的举报信，再次递至四川省纪委监委与中央纪委、国家监委。信中直指原广元市职能'
     '部门在2005-2007年间，通过“阻碍融资、扰乱经营、滥用公权、非法抓捕企业高管、胁迫资产过户”等系列'
     '操作，侵吞企业3.05亿元资产，导致3000余名员工一夜下岗，全国罕见，更令人震惊的是，这起曾被纳入“十'
     '八大中央信访工作督导组带案督办清单”的案件，历经18年信访与司法维权，至今仍未得到公正解决。截至2025'
     '年6月，张国勇的举报已获四川省纪委监委确认（查询码：B749HB3GFC7B2ZB5T383），相关信访'
     '事项先后被转交广元市信访局、广元市执法部门经侦支队处理，但企业与员工期盼的“公道”，仍在等待中，经过记者'
     '长达一个多月的走访核实调查，具体情况如下：回溯事件起点，中广公司的诞生与经营，本是一场民企参与国企改革的'
     '正面样本。1999年，依据全国企业兼并破产和职工再就业工作领导小组（1999）12号文件，原广元市纺织厂'
     '被纳入全国企业兼并破产计划。同年12月6日，广元市拍卖有限公司对该厂经营性破产资产公开拍卖，中恒投资控股'
     '有限公司以8500万元竞拍成功，拍卖结果由“广拍成字（1999）字第206号”正式确认。2000年初，中'
     '广公司在广元注册成立，随即与清算组签订《广元市纺织厂破产资产收购协议》，全面接收资产、安置职工并恢复生产'
     '——当年即实现盈利，打破了“破产企业难盘活”的困局。',
     'in', None, True, ['滥用职权'],
     []),
    # 13
    ('http://www.chncase.cn:9090/case/case/1044965',
     '原告（反诉被告）青海铝型材厂（以下简称“铝型材厂”）诉称：2003年1月18日，原、被告经协商签订了一份'
     '《股权转让协议》。协议约定，被告将其持有的黄南铝业有限公司（以下简称“黄南铝业”）32.82%计2500'
     '万元的股权，以每股0.65元的价格一次性转让给原告，总价款为1625万元；转让款采用分期付款的方式，于本'
     '协议签订后3日内首期付款200万元，2003年3月1日前付600万元，2004年6月30日前付200万元'
     '，2004年9月30日前付清剩余的625万元。协议第五条第二款特别约定，在原告正式入驻黄南铝业前，被告有'
     '义务保持企业的正常运转和资产的完整性。此期间如发生转移资金，隐匿财产，出现与2002年期末财务报表不符的'
     '情况，被告按本协议第九条规定承担违约责任，原告并可解除本协议等。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://wap.findlaw.cn/wenshu/a_1345454.html',
     '上诉人刘**因与被上诉人沈阳市南一百货商场（以下简称南一百货）企业出资人权益确认纠纷一案，不服沈阳市沈河'
     '区人民法院（2015）沈**三初字第214号民事判决，向本院提起上诉。本院受理后，依法由审判员张*担任审'
     '判长，与代理审判员李*（主审）、代理审判员林*共同组成合议庭对本案进行了审理。本案现已审理终结。刘**向'
     '原审法院起诉称：南一百货原系集体企业，1998年以全员购买企业产权、全员入股的形式完成企业转制，成为股份'
     '合作制企业，当时我是60名员工中的一员，依法应该是企业股东身份。1995年单位让我下岗回家，1998年3'
     '月企业改制后无人通知扩股的事，我股东身份被剥夺，没有享受行使股东的权利和义务及增资扩股的权益。原集体企业'
     '资产总额36.1万元，负债23.3万，职工权益12.8万，房屋面积846平方米，企业资产审计评估后，没有'
     '依照国家关于企业转制的法律法规，没有进行资产量化，造成企业股东没有集体股份，没有体现集体股份与个人股份的'
     '合作制关系，完全违背国家关于增资扩股式股份合作制、企业转制的法律法规。故诉至法院，请求依法确认刘**享有'
     '股东资格，诉讼费由南一百货承担。南一百货答辩称：一、刘**起诉超过诉讼时效。刘**于1998年4月办理退'
     '休，按当时改制的规定，退休职工不属于入股范围，距其起诉已超过16年，超过《中华人民共和国民事诉讼法》规定'
     '的两年诉讼时效，请求依法驳回原告诉讼请求。二、刘**已经参加过关于企业改制的职代会，对于企业改制的事实是'
     '知悉的，入股也是自愿的，因为刘**没有缴纳入股款，当然就不是股东，不具有股东资格。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://whmsebhyy.com/roll/20050511/155653337.shtml',
     '重慶市高級人民法院日前終審判決，提起上訴的重慶涪陵商貿公司的9名原職工中8人恢復股東身份，1人因未出資未'
     '取得。至此，這場備受關注的全國首例集體股股權確權官司在歷經4載之久后終于塵埃落定。重慶涪陵商貿公司是一家'
     '集體企業，20世紀80年代中期逐漸成為擁有注冊資金1000多萬元的商業企業。1998年1月，該企業改制為'
     '有限責任公司，注冊資本由46名職工作為自然人股東出資64萬元，職工持股會出資1000萬余元組成。根據公司'
     '章程，職工持股會持有的集體股股權為公司集體所有。2001年4月，公司再次規范完善體制，部分職工以領取個人'
     '股股金等方式，領取數萬元后離開企業。部分被買斷工齡者感覺利益受到侵害，遂要求召開臨時股東大會，但此時他們'
     '卻面臨身份尷尬———既非公司職工，也非股東。訴訟也因此而起。9名原職工認為按《公司法》規定，公司以改制為'
     '由讓股東抽回出資為非法，并且他們對集體股股權享有共有權，遂要求法院確認公司收回職工貨幣出資行為無效，并確'
     '認其擁有集體股股權；公司方面則認為，2001年單位改制合法，退個人股的行為不違反法律禁止性規定。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://bbs.pinggu.org/k/news/540528.html',
     '自听说住房困难得到政府关注而被列入政府保障房建设计划后，破产国有企业青海光明化工厂700多户困难职工每天'
     '都盼着能早日住上新房。然而三年多的等待之后，一项旨在解决职工住房困难问题的民生工程，却变成了“民怨工程”'
     '。位于青海省大通回族土族自治县老爷山山坳的青海光明化工厂，于1965年建立，是我国第一家重水化工厂。19'
     '96年，光明化工厂完全破产，几百户留在这里的职工和家属生活陷入困难。2011年，青海省政府两次召开专题会'
     '议，决定按照整体改造搬迁、县城就近安置的方式，新建廉租房784套，总投资7450万元，其中国家补助、省级'
     '配套6282万元，其余资金由西宁市政府负责解决。“我们很感动，天天盼着能够住进新房，但是当我们看到分配方'
     '案时，心都凉了。”下岗职工杨春生说。杨春生告诉记者，根据大通县委、县政府的《原光明化工厂生活区迁建安置方'
     '案》，政府用来安置的房屋性质是廉租房，并对他们原有的自有产权的房屋进行无偿征收。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://www.chinaruleoflawnet.cn/view.php?d=166268',
     '“国企改制，坚持党的领导是关键，推动公司化治理是核心，保证群众利益是根本。”中国企业改革与发展研究会副会'
     '长、国企问题研究专家李锦接受记者采访时表示，而南宁鸿基党组织瘫痪、企业濒临倒闭、职工利益受损，这无疑是改'
     '制的失败。对于这样的改制企业如何监管？大股东侵吞职工利益的行为谁来查处？职工依法维权为何艰难？这些都应该'
     '是有关部门必须面对和解决的问题。“救救职工！救救企业！”这是一封来自南宁鸿基水泥制品有限责任公司（下称“'
     '南宁鸿基”）308名职工按着血红手印的实名举报信发出的呼喊。《经济参考报》记者近日赴南宁调查获悉，南宁鸿'
     '基的前身是1964年成立的国有企业——南宁水泥制品总厂，2000年按职工全员持股方式实施改制后，以董事长'
     '为首的大股东大肆侵占职工利益却无人监管，300余名职工小股东依法维权却难获支持。这家曾是广西规模最大、效'
     '益最好的水泥制品企业，如今陷入党工组织瘫痪、职工生活艰难、企业濒临倒闭的困境。5月的南宁，无忧花开得正艳'
     '，而生活在南宁市大学东路29号生活区里的南宁鸿基职工们却忧心忡忡。据了解，企业改制后，这些职工都是持有公'
     '司股份的股东。可如今他们的生活却过得异常艰难。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.fabriqate.com.cn/quxian/Info.asp?ID=6070',
     '9月11日，本报刊登了《职工质疑延运集团挪用三千万安置费》、《延运集团让40户居民房屋告别阳光》、《革命'
     '圣地延安惊现豪华活人墓》三篇稿件，社会反响强烈，而延运集团表示此事并非如此，对涉嫌挪用职工安置费一事持否'
     '认态度。为了揭开这团迷雾，更深入、更全面地了解延运集团相关事件的真相，10月13日，本报记者再次来到延安'
     '，全方位展开新闻核实与调查。“延安市汽车运输总公司在2003年改制成了股份制企业，至今5年了，我们现在才'
     '知道，原来企业改制时还有一笔职工安置费。”在9月11日的报道中，延运集团的职工曾对本报记者这样说。5年，'
     '3000多万元的职工安置费是怎样不为人知的呢？原延安市汽车运输总公司是1953年成立的国有老企业，上世纪'
     '90年代，企业经营遇到了极大的困难，根据1997年底陕西省和1998年初延安市两个关于放开搞活国有小企业'
     '的决定，2000年末，延安市要求该公司进行改制，并作为第一批改制试点企业。评估核算资产之后，2001年1'
     '0月29日公司职工代表会议审议通过了改制方案，之后，公司上级主管部门——延安市交通局研究同意了改制方案。'
     '2002年10月11日，延安市国有企业改革领导小组通过，并于2003年3月3日下达了同意改制的批复文件，'
     '2003年7月23日新企业挂牌，原延安市汽车运输总公司正式改制成民营股份制企业——延运集团。在改制方案中'
     '，记者看到了有关职工安置费的条款和约定。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.80kuku.com/cylc/101045.shtml',
     '改制已经不是什么新话题了，从目前来看，已改制企业中存在的问题和矛盾随着时间的推移已经逐步显现出来，部分改'
     '制的企业并没有认真履行改制方案，转股资金不到位，利益分配不兑现，职工养老保险、医疗保险、失业保险得不到维'
     '护和保障，甚至随意处置国有、集体资产等等。上海乐缘商贸的改制所暴露的问题就具有标本意义。上海乐缘商贸的前'
     '身是上海协合商业发展有限公司（以下简称“协合”），记者从《关于同意上海协合商业发展公司进一步改革的批复》'
     '中看到批复的日期是2001年7月5日，“但事隔一年多，到2002年12月底职工才知道。”王金宝愤愤不平地'
     '告诉记者。王金宝认为，协合没有及时把改制时的资产评估报告、出售公有资产的价格通知书及企业改制的相关政策文'
     '件给职工公开过。协合通过改制，采取内退、转岗、买断工龄、停薪留职等措施，使职工人数从128人减到30多人'
     '。上海徐汇区国资办批文是要求妥善安置好128名无固定合同职工，但记者得到的调查数据是，用不同的方案安置职'
     '工，其中：待退休43人；买断工龄4人；协保6人；辞退3人；下岗13人；外借15人；长病假4人；已退休14'
     '人；计98人，正式在岗的只有30人。今年46岁的田瑛在2002年1月被迫与单位签了停薪留职合同。“停薪停'
     '了一年，一分钱没有，‘四金’没法交，单位就说先帮我垫，等我退休时拿退休工资再还，今年，算是待退休，每月4'
     '00块，补交‘四金’100元，实际只有300块，要还钱到2007年，现在物价上涨，日子不好过。”说到这，'
     '田瑛低头哽咽了。',
     'out', '个人利益诉求', True, [],
     []),
    # 20
    ('http://m.czjylp.com/23040.html',
     '握著這張房產證，段先生又想起了這16年來的心酸。“記者同志，要是沒有你們報社幫忙，我這證恐怕還沒影呢！”'
     '1997年，段先生所在的原濟南保溫瓶廠進行房改。他的父母也是廠里的老員工，兩位老人居住的房屋是單位宿舍，'
     '產權一直屬于單位所有，正好符合房改房條件。段先生向廠里申請了房改，后來又交了9500元房款，但房產證遲遲'
     '沒下來，段先生多次去單位催，但是一直沒有結果。2000年12月29日，經法院宣布廠子資不抵債實行破產清算'
     '，2001年工廠全面停產。廠子破產后，房改暫停3年。2004年，段先生得知保溫瓶廠被濟南市投資控股有限集'
     '團公司接管，就又開始跑這張房產證，這一跑就是十來年。“如今房產證辦下來了，才花了7700塊錢就把房子買下'
     '來了，真是高興得不知道說什么好。”段先生一邊抹淚一邊說，他的父母是廠里的老職工，享受房改的政策很優惠，但'
     '是父母早已去世多年，很擔心因此辦不了房產證。“我也是廠子的職工，但是如果按照我的條件參與房改，需要花費幾'
     '十萬元。當時想著如果能辦下證來，什么條件都無所謂了。”按照段先生父母的條件參與房改，該房屋價值7700元'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://www.cntccl.com/xinwenzhongxin/20260212/151.html',
     '大家有没有想过，那些曾被称作“奉献一代”的下岗职工，如今白发苍苍地提出补缴社保、认定工龄的诉求，真的是在'
     '“要特殊待遇”吗？或许我们忽略了另一个角度：他们年轻时拿着低工资换来的“国家养老承诺”，在国企改革浪潮中'
     '成了悬空的白条。当我们在讨论养老金压力、财政负担时，是否也应该算一笔历史账？他们的诉求，究竟是索取，还是'
     '对契约精神的追索？今天，我们用数据和政策撕开表面争议，看看下岗职工保障问题背后，那些被遗忘的线年代，国企'
     '改革席卷全国，超过2100万国企职工被迫离开岗位。数据显示，仅1998年至2000年，国有企业下岗职工总'
     '数就达到2137万人，其中35岁以上人员占比超60%，初中及以下学历者近半。这些人曾拿着计划经济时代的低'
     '工资，以“国家包办养老”为信念，将青春钉在机床、纺织机和炼钢炉前。当时的“低工资高保障”模式，本质是职工'
     '将部分应得收入预存为未来的养老成本。但企业改制或破产后，许多人的社保账户出现断档，单位停缴、个人无力续交'
     '，视同缴费年限因档案丢失无法认定。例如柳州一名下岗工人回忆，下岗后“没有技术年纪又大，再找工作哪有那么容'
     '易”，只能靠再就业服务中心每月发放的基本生活费过渡。政策层面，国家确实设计了“三条保障线”：再就业中心托'
     '管（最长3年）、失业保险（最长2年）、城市低保。1998年至2002年，全国国有企业下岗职工中超过90%'
     '进入再就业服务中心，99.4%的人领到基本生活费。但问题在于，这些措施侧重短期救济，而养老、医保等长期保'
     '障的衔接存在漏洞。医保缺口更凸显现实压力。职工医保需累计缴费男25年、女20年方可享受终身待遇，但下岗期'
     '间断缴者往往年限不足。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://zjpse.com/xkt/detail/5274.html',
     '第一条 为进一步推动省属企业积极稳妥深化混合所有制改革（以下简称混改），规范有序实施操作，促进改革取得实'
     '效，根据国家和我省相关法律法规、政策文件有关规定，结合省属企业混改实践，制定本指引。第二条 本指引所称省'
     '属企业，是指浙江省国资委（以下简称省国资委）依法履行出资人职责企业（以下简称省属企业集团本级）及其所属企'
     '业（以下简称所属企业）。省属企业通过产权转让、增资扩股、非现金出资合作设立等方式，引入非公有资本、集体资'
     '本等实施混改的，适用本指引。省属企业以现金出资新设企业、并购重组、投资入股等方式实施混改的，适用省属企业'
     '投资和并购管理有关规定；省属企业首发上市、国有控股上市公司深化混改的，适用证券监管及股份公司（含上市公司'
     '）国有股权管理有关规定。第三条 省属企业实施混改，应当符合“完善治理、强化激励、突出主业、提高效率”的总'
     '体要求，坚持“因地施策、因业施策、因企施策，宜独则独、宜控则控、宜参则参，不搞拉郎配、不搞全覆盖、不设时'
     '间表”的工作原则，确保成熟一个推进一个。第四条 省属企业混改一般应履行以下基本操作流程：确定混改主体、制'
     '定混改方案、履行决策程序、开展审计评估、引进战略投资者、完善公司治理、推进经营机制改革。第五条 省属企业'
     '混改应当符合国有经济布局优化和结构调整要求，符合企业功能定位和发展方向。（一）集团本级。承担政策性功能的'
     '省属企业和省级国有资本投资、运营公司试点企业集团本级需保持国有全资，其他省属企业集团本级可根据实际需要，'
     '结合功能定位、规模大小、盈利能力等情况，“一企一策”研究制定深化混改计划。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH157, "fresh157")
