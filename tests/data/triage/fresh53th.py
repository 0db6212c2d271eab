"""Sealed batch fresh55: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: the health sector at county level: hospital and 卫生院 heads, 卫健局 and 医保局 officials,
kickbacks (回扣) in drugs and equipment procurement, 疫情防控 lapses; out items are medical
disputes, treatment costs and insurance claims of patients. Sources (stored-pages search): a
健康时报 copy on the 嘉禾县人民医院 "塌方式腐败"; a magazine copy on the 阜南县人民医院 president;
a 2025 commentary on 医保局长 giving themselves up (广昌, 广丰, 上饶); a 中国青年网 copy on the
贵南 second hospital president; a 163 copy of the 榆树 卫健局 notice on a 卫生院 president's mahjong;
a 長汀 纪委 warning story on a 卫生院 president (traditional); a 临汾 forum letter against the
尧都区人民医院 party secretary; a 南充 (麻辣社区) forum post against the head of the 新政 community
health centre; a copy of the 襄阳 纪委 通报 on 疫情防控 cases; the 四川 纪委 TV programme on a 涪城
卫生院 president; a 瞭望东方周刊 copy on the smashing of 李惠利医院 with 慈溪 officials present
(mixed); a book chapter on the 静宁 medical-accident case and investigators dining with the
investigated (mixed); out items: a lawyer-site copy of a 来凤县 medical-damage judgment, a 偏關
卫生院 death and the family's court attempts (traditional), a forum post of a son preparing a suit
over his father's treatment, a 凤凰网 copy on a 高港 hospital bill, a 南充 overcharge answered via
the 领导留言板 (traditional), a 永德 卫生院 mediation case, a 三十头乡卫生院 death settled for
compensation, an 安吉 patient's insurance claim (traditional, glosses removed), a reader's 新农合
suggestion (光明日报 文摘报) and a parent's complaint about hospitals refusing a vaccine reaction
(央视网). Four texts are in traditional script (items 6, 14, 17, 20; the glossing pinyin of 020
removed).

Conventions: as in the earlier sealed batches (see fresh38th.py and fresh44th.py). Excerpts as
published (whole sentences kept, some paragraphs and sentences cut; page junk such as headlines,
sub-headings, image captions, bylines, datelines, source lines, labels ("【裁判要点】", "投诉内容:",
"【采访】"), list numbers and forum titles removed; paragraphs joined; ASCII punctuation written
full-width except inside numbers and clock times ("8:30", "13:00", "40-30秒"); ASCII double
quotes written “”; stray spaces the pages put inside numbers and before punctuation removed
(001, 009)). Page typos kept ("追赶性治疗过渡", "修的好好的", "给以吸氧", "一大场医院", the
mixed 后/後 and 于 of 017). scope "in" for alleged misconduct of a party member or public official
(village cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, private firms and their staff, and officials who only
handled, investigated, announced or answered are not accused; an organ accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name) and units as written; unit None when the text does not tie the person to a named
unit. Doctors blamed only for medical errors are not accused (a medical dispute, not official
misconduct). Topics only from the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 5 (016-020), 其他 2 (021, 022), 征地拆迁 0 (none
fitted the health theme). 30 accused entries, all in items 1-12: 23 with a full name, 4 masked
(赵某某, 戴某林, 雷某某, 徐某某), 3 post only. Out items have no accused entry.

Close calls:
 1  Headline, source line ("本文来源:…健康时报") and two sub-headings cut; spaces inside the
    numbers ("2018 年 9 月") removed. The "1名工会主席" who confessed is never named: post-only
    entry (None, '工会主席', '嘉禾县人民医院'). The "2名副院长" are 李孟祥 and 李教辉; of the
    "2名科室主任" only 肖志文 is named (the other may be 陈波, a 中心主任): no further entry.
    Units of 肖志文, 陈波 and the 副院长 from "该院"/"医院". 曹某 and 朱某 are private suppliers.
 2  "论文部分内容阅读", "警钟长鸣" and the sub-heading cut. The "10名干部和医生被查处" are an
    unnamed group: no entry (as the 129 officials of fresh44th.py item 12). 曹刚 is a private
    supplier who bribed.
 3  Sub-heading cut; the excerpt stops before the provincial cases. 吴海泉 is first written
    "广昌县医保局“一把手”吴海泉": position kept as written, '医保局“一把手”' (later "局长"),
    unit '广昌县'. 王传师 ('医保局局长', '广丰区'), 郑寿庆 ('原医保局局长', '上饶市'), 付荣鹏
    ('医保局原局长', '上饶市'). The text says only that they confessed or gave themselves up,
    "手握医保基金分配大权": topics 廉洁纪律 and 贪污贿赂 decided from that. The 民营医院负责人 are
    private.
 4  Headline and dateline cut. 赵某某 first written "贵南县第二人民医院党支部书记、院长赵某某".
    "消极应付、敷衍塞责": 形式主义官僚主义, with 工作纪律. The 县委 and 县纪委监委 only act.
 5  Headline, video prompt, the bureau's signature, source line and an appended "推荐" item on
    another case cut. The "医院领导" who played with him: post-only entry (None, '医院领导',
    '怀家卫生院'). Unit of 范庆山 '怀家卫生院' (大岭镇 is its address). The 卫健局 only handles. The
    text itself does not mention the epidemic: topics 工作纪律 and 生活纪律 (gambling in office).
 6  Traditional (the page's own script). Sub-heading cut. "長汀縣某衛生院原院長戴某林": position
    '原院長', unit '長汀縣某衛生院' as written (the page hides the 卫生院's name). The excerpt stops
    before his concrete acts; topics 廉洁纪律 and 贪污贿赂 from "經濟利益驅使", 留置 and 移送檢察機關.
 7  Forum title, "[问题反映]" and "[复制链接]" cut; the cut-off last sentence removed. The writer
    刘新华 and his wife 徐文娟 are petitioner and victim; 支强's insults ("贪污犯", "收受厂家的钱")
    are not the writer's allegation, so 徐文娟 is not accused. 郭鑫 and 成建莉 are witnesses.
    Topics 滥用职权 (打击报复) and 工作纪律 (drinking on duty).
 8  A short forum reply (page 3 of a thread), kept as posted without a final full stop; its
    "杜坤?" written full-width. No post is written with 杜坤; "当过领导", "向局长汇报" and "医院的
    领导班子…独揽大权" tie him to the 新政社区卫生服务中心: (杜坤, None, '新政社区卫生服务中心').
    Topics 贪污贿赂 ("把钱搞到你包里去", "贪赃枉法") and 民主集中制 ("独揽大权").
 9  Headline, caption, the repeated headline in 【】 and list numbers cut; the excerpt ends with
    case 1, so 陈卫华's conduct comes from the lead paragraph. Case 1 (熊振宇 and 刘金奎, a traffic
    pass during the lockdown) is not a health case but in the same 通报: both accused. 周某军
    (社会人员) is private. Topics 工作纪律 and 滥用职权.
10  TV programme: the host's greeting, "【正文】" and the two interview passages with their
    "【采访】" speaker tags cut (without the tags the quotes would be unattributed). In
    "原城郊乡卫生院院长、党支部书记张庆华" the "原" belongs to the unit ("对原城郊乡卫生院进行巡察"):
    position '院长、党支部书记', unit '原城郊乡卫生院'. The 卫生服务站负责人 who paid 好处费 are
    unnamed heads of stations below the 卫生院 and not clearly public officials: no entry. Topics
    廉洁纪律 (business for his wife and daughter, 规避招标) and 贪污贿赂 (好处费).
11  Mixed: the medical dispute over 苗勤风's death after surgery (an out-of-scope claim against the
    hospital) together with five named 慈溪 officials "被指在场,没有及时制止打砸". 苗勤风, himself a
    科长, is the deceased patient. Positions as first written ("慈溪市委组织部副部长、人事局局长苗长风":
    position '市委组织部副部长、人事局局长', unit '慈溪市'; 沈均达's bare "主任" of the 坎墩街道办事处
    by the list). Sub-heading and cut-off last sentence removed. Topic 工作纪律 only.
12  Mixed, a book chapter (page 4): the opening fragment ("效造成了病人的死亡,张永来负有一定的责任。")
    and the cut-off last sentence cut. Out part: the family's medical-accident claim, a suit the
    court refused, a new 鉴定 sought. In part: the 卫生厅 investigators 雷某某 and 徐某某 dined with
    the hospital's leaders and 副局长 张维智 of the 静宁县卫生局. The masked investigators have no
    post written with their names: (雷某某, None, '卫生厅'), (徐某某, None, '卫生厅'); "静宁县医院三位
    领导": post-only. 张永来 is the doctor at fault (a medical error already handled by the 卫生局):
    not accused. The 司机, the 公安局 and the court no entry. Topics 廉洁纪律 (meals from the
    investigated, long before the 八项规定) and 工作纪律.
13  涉法涉诉: a lawyer site's copy of a 来凤县 court judgment on a medical-damage claim; page title,
    "【裁判要点】", "附:" line, court header and party list cut. The hospital's 法定代表人 (院长) is
    only a party's representative.
14  涉法涉诉, traditional (the page's own script): the wiki's heading list and section headings
    cut, the cut-off last sentence removed. 院长 董二寬 and 張仙保 are blamed for a medical error,
    not official misconduct: out, no accused. Also a 上访 story; 涉法涉诉 because the kept part
    ends with the court and the search for a lawyer. Could be read as 个人利益诉求.
15  涉法涉诉: first-person forum post; its title "漫漫维权路,跨出了第一步" and the cut-off last
    sentence cut. The 肇事医生 are blamed for misdiagnosis; the 市卫生局 and 省卫生厅 only receive
    complaints. 涉法涉诉 because the writer seals the records and seeks a lawyer; could be read as
    个人利益诉求.
16  个人利益诉求: a hospital bill. Two sub-headings and the "免责声明" cut. 唐医生 only answers.
17  个人利益诉求, traditional (the page's converted script: its 后/後 and 于 kept): headline, lede
    line and speaker sub-headings ("市民:", "調查:") cut, the cut-off last sentence removed. The
    發改委 investigates a fee dispute; no official accused.
18  个人利益诉求: a mediation case on a newborn's death in a 卫生院; title and the "【案情简介】",
    "【调解过程】" labels cut, the cut-off last sentence removed. 院长 杨某某 and 分管卫生领导 李某某
    only report and call the mediators.
19  个人利益诉求: a death after a drip at the 三十头乡卫生院, settled for about 30万. 汪院长 and the
    负责人 焦某 only answer (焦某's rude words are no misconduct alleged against him): out. The 县卫生局
    investigates.
20  个人利益诉求, traditional, glosses removed: a patient's claim for hospital allowance from two
    commercial insurers. The headline and the first sentence, garbled in the stored copy
    ("因?yàn)橘I…"), cut, so the excerpt starts at "記者核對了一下"; the cut-off last quote removed.
    Could be 其他 (a commercial dispute); decided 个人利益诉求 as a personal money claim.
21  其他: a reader's suggestion on 新农合 reimbursement rates with his mother's bill as example;
    heading and the signature "(湖北鄂州乡镇公务员 马先礼)" cut. No claim of his own: 其他.
22  其他: a parent's complaint that clinics refused to treat a vaccine reaction; the labels
    "投诉内容:" and "投诉:" cut; "在其处" (the page lost the clinic's name) kept. No compensation
    asked: 其他 rather than 个人利益诉求.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH55: list[Item] = [
    # 01
    ('https://h5.ycbbm.com/myp/47250/mypr/14',
     '作为一家二甲医院，湖南郴州嘉禾县人民医院因“塌方式”腐败，登上了人民日报的官方微信。揪出医院“塌方式'
     '”腐败的是一场廉政谈话会。2018年3月，嘉禾县人民医院院长黄松被查。郴州嘉禾县纪委县监委在查处黄松'
     '违纪违法问题过程中，发现该院多领域、多人员涉嫌违纪。2018年9月28日，嘉禾县纪委县监委组织医院4'
     '0多名股级以上人员召开了集中廉政谈话会。结束谈话后，该院的2名副院长、1名工会主席、2名科室主任陆续'
     '找到审查组工作人员，主动交代了自己的相关违纪问题。两名科主任的收受财物数额远超两位副院长，其中一位科'
     '主任卖一千万药品收近百万回扣。人民日报微信中的“部分医生”为主动交代的内三科主任肖志文。2012年至'
     '2018年，他受某公司业务员曹某委托，在开具处方时向患者推销由曹某代理的左氧沙星、复方益肝灵等10种'
     '药品，同时还向医院一些医生推销这几种药品。在肖志文的帮助下，曹某共计向县人民医院销售了1117万多元'
     '的药品。曹某以“工资+提成”名义，向肖志文及其指定的一个银行账户支付了药品“推广费”98万多元，收受'
     '的回扣接近药品销售额的10%。网络与信息管理中心主任陈波提供药品销售数据，收受8万多元“统方费”。与'
     '两位科主任相比，两位副院长收受财物金额则相对较少。医院副院长李孟祥在设备安装、验收、设备款拨付等方面'
     '，为他人谋取利益，收受13000元现金。副院长李教辉分管医院的项目建设及财务审签工作。2012年，新'
     '住院大楼电梯供应商朱某为了在电梯安装、调试、验收以及电梯款拨付上取得李教辉的支持关照，送了他2万元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('黄松', '院长', '嘉禾县人民医院'), (None, '工会主席', '嘉禾县人民医院'), ('肖志文', '内三科主任', '嘉禾县人民医院'),
      ('陈波', '网络与信息管理中心主任', '嘉禾县人民医院'), ('李孟祥', '副院长', '嘉禾县人民医院'), ('李教辉', '副院长', '嘉禾县人民医院')]),
    # 02
    ('https://soolun.net/periodical/776622c322c0f76b524fa2dea13c89c8.html',
     '医院采购药品器械狂收回扣，医院建楼更要大捞一把……刘学武担任安徽省阜南县人民医院院长十年，敛财229'
     '1万余元，其中非法受贿财物1183万余元、1062万余元不能说明其来源。2015年12月，安徽省高级'
     '人民法院作出终审裁定，维持阜阳市中级法院以受贿罪、巨额财产来源不明罪，判处刘学武无期徒刑的一审判决。'
     '刘学武长期贪腐，导致安徽阜南县人民医院“塌方式”腐败，有10名干部和医生被查处。在购买医疗器材过程中'
     '“以权换钱”，是大多数落马医院院长的贪腐手段。医疗器械企业要想中标，必须用钱开路。中标后要想取得高额'
     '利润，还需医院优先、长期使用其医用耗材，因此常常行贿医院主要负责人。刘学武深谙此道。2009年，合肥'
     '一家电子科技公司经理曹刚得知阜南县人民医院准备购买一台医用X线摄影系统（俗称DR），跑到刘学武的办公'
     '室里，向他介绍了其经销的飞利浦DR，许诺给予最优惠的价格，事成之后必会重谢。刘学武听后很感兴趣，问如'
     '果购买飞利浦DR，能不能送镜头？曹刚说，“可以，但送了镜头之后，医院今后的胶片业务要交给我做。”他之'
     '所以这样说，是因为医院使用胶片的数量很大，利润可观，虽然白送一个镜头，只要医院今后多使用一些胶片，利'
     '润很快回收。双方当即谈到DR的价格，曹刚说不会超过160万元。刘学武当场同意，让曹参加招标就行，他们'
     '医院会选择飞利浦DR。曹刚满脸堆笑说，生意做成后，会好好感谢刘院长的关照。在接下来的招标过程中，刘学'
     '武安排医院制作的招标文件偏向于飞利浦DR的技术参数，曹刚经销的飞利浦DR顺利中标，中标价为158万元'
     '。双方签了合同，不久便装机使用。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('刘学武', '院长', '阜南县人民医院')]),
    # 03
    ('https://www.zhidianjob.com/index.php/newsdetail/id/10385.html',
     '7月12日，江西抚州广昌县医保局“一把手”吴海泉推开纪委监委大门，主动交代问题。这位2023年8月才'
     '上任的局长，在任期内正推进县域医共体改革，手握医保基金分配大权，却最终选择自首。这已是江西半年内第四'
     '个主动投案的医保局长：6月，上饶市广丰区医保局局长王传师主动交代问题；4月，上饶市原医保局局长郑寿庆'
     '投案；去年11月，刚卸任半年的上饶市医保局原局长付荣鹏也向纪委监委自首。风暴席卷之下，当地多家民营医'
     '院负责人被带走调查，有连锁医疗集团遭深度牵连。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('吴海泉', '医保局“一把手”', '广昌县'), ('王传师', '医保局局长', '广丰区'), ('郑寿庆', '原医保局局长', '上饶市'),
      ('付荣鹏', '医保局原局长', '上饶市')]),
    # 04
    ('http://news.youth.cn/jsxw/202110/t20211030_13287325.htm',
     '记者30日从青海省贵南县有关部门证实，贵南县第二人民医院党支部书记、院长赵某某因疫情防控不力被免职。'
     '10月29日，贵南县在疫情防控督导检查中发现，该县第二人民医院在疫情防控工作中无视疫情防控安排部署，'
     '消极应付、敷衍塞责，核酸检测设备损坏后不及时联系人员维修，致使关键时刻无法正常使用。据了解，县第二人'
     '民医院党支部书记、院长赵某某，以已向上级部门递交退休报告为由，履职尽责不到位，本职工作不担当，关键时'
     '刻不作为，防控任务不落实。经贵南县委研究，免去赵某某医院院长职务，并由县纪委监委进一步追责问责。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('赵某某', '党支部书记、院长', '贵南县第二人民医院')]),
    # 05
    ('https://c.m.163.com/news/a/F5LL798V0001899N.html?spss=newsapp',
     '近日有网友爆料，在吉林长春，榆树市大岭镇怀家卫生院，院长范庆山及医院领导，在医院办公期间聚众打麻将。'
     '事发后，榆树市卫生健康局发出通报：关于榆树市大岭镇怀家卫生院院长范庆山打麻将一事处理情况：2020年'
     '2月17日榆树市大岭镇怀家卫生院院长范庆山聚众打麻将事情发生后，榆树市高度重视，榆树市卫健局迅速反应'
     '，第一时间召开党委会，并作出决定：停止范庆山工作，配合调查，安排专人负责怀家卫生院工作。同时，榆树市'
     '成立了联合调查组，彻查此事，依据调查结果，严肃处理责任人并及时向社会公布。',
     'in', None, False, ['工作纪律', '生活纪律'],
     [('范庆山', '院长', '怀家卫生院'), (None, '医院领导', '怀家卫生院')]),
    # 06
    ('http://www.dyxhbz.com/info/1370/5257.htm',
     '“眼看他起朱樓，眼看他宴賓客，眼看他樓塌了……”熟悉長汀縣某衛生院原院長戴某林的人，每每想起他的成長'
     '和墮落軌跡，恐怕都會情不自禁地想起《桃花扇》中的這段唱詞。戴某林，先后擔任過長汀縣多地衛生院副院長、'
     '院長等職，履歷不可謂不豐富，但要說其職業生涯的“高光時刻”，無疑是他自2006年至2018年擔任長汀'
     '縣某衛生院院長這段時間，他通過努力把某衛生院從一所普通的鄉鎮衛生院發展為全縣最大的衛生院。但令人惋惜'
     '的是，在耀眼的光環下，戴某林理想信念發生動搖，沒能正確對待手中的權力，在經濟利益驅使下，經不起誘惑，'
     '以身試法，最終斷送了自己的前程。2019年7月26日，戴某林因涉嫌嚴重違紀違法被長汀縣紀委監委留置調'
     '查，同年10月26日，戴某林被開除黨籍和公職，移送檢察機關審查起訴。走進長汀縣某衛生院，人們很難相信'
     '這只是一家鄉鎮衛生院——樓房氣派、布局合理、設施齊全，數座嶄新的大樓拔地而起，集醫療、養老、護理、康'
     '復、健身、休閑于一體。某衛生院從一個簡陋的鄉鎮衛生所一躍成為全縣首屈一指的綜合性衛生院，戴某林可以說'
     '是功不可沒。自2006年擔任某衛生院院長以來，乘著基層醫改的春風，戴某林多方籌措資金完善基礎設施，積'
     '極探索醫養結合模式，在某衛生院建立起了全省農村地區第一家醫養服務中心，戴某林自己也因此成為炙手可熱的'
     '“明星”院長，收獲贊譽無數，一時風光無限。然而，正是在自己一手打造的“王國”里，戴某林漸漸被耀眼的榮'
     '譽光環迷住了雙眼，私欲開始膨脹，把集體創造的成績，歸結為個人能力和本事，思想上起了變化，一步步放松了'
     '自我要求，人生之舟駛上了一條通往懸崖深淵的不歸路。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('戴某林', '原院長', '長汀縣某衛生院')]),
    # 07
    ('https://linfen365.com/thread-548913-1-1.html',
     '我叫刘新华，是山西省临汾市尧都区人民医院办公室主任徐文娟的爱人，现实名公开举报尧都区人民医院党委书记'
     '支强滥用职权、打击报复徐文娟的相关事实。2019年12月17日，为迎接等级医院评审检查，下午下班后，'
     '徐文娟安排办公室郭鑫、成建莉加班，一起整理材料。到晚上8:30左右，因孩子在辅导站要去接，徐文娟到德'
     '克士给二人买了汉堡，然后去接孩子，送回家准备返回医院，支强书记电话打了过来，徐文娟说：“接了一下孩子'
     '”，支强书记说：“你作为一个办公室主任，别人加班你一个人走了，你好意思”、“接孩子重要，还是单位重要'
     '”、“你好好接孩子吧，下次大会我肯定会好好表扬你”（有录音）。徐文娟到单位门口，接到成建莉的电话，说'
     '书记不让他们加班，让他们回去。徐文娟说，等级医院评审检查对医院来说很重要，要求他们赶紧回来继续准备材'
     '料，然后她去支强书记办公室，想给他解释一下，敲开门后，刚开口，支强就说“不用解释，解释不了，我喝酒呢'
     '，没时间，别在我办公室呆着，出去……”（有录音，该录音录制过程被打进来的电话中止，仅录取一分钟，后来'
     '知道是徐文娟安排留下加班的人返回医院后找不到徐文娟，给徐文娟打电话）。徐文娟给支强解释，支强就骂徐文'
     '娟：你算个屁呀，又骂徐文娟是贪污犯、医院采购工衣时收受厂家的钱、是烂货、跟XXX怎么了……，徐文娟当'
     '时很气愤，回怼支强就是一流氓、无赖，不配当一个党员和书记，更不配当一个优秀青年干部，支强撩起衣服拍着'
     '肚皮说“我就这样”（吵架这一段跟支强一起喝酒的一个人对徐文娟进行了录像）。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('支强', '党委书记', '尧都区人民医院')]),
    # 08
    ('https://www.mala.cn/forum.php?mod=viewthread&page=3&tid=12575873',
     '全县70几个乡镇医院和中心医院哪个医院都修的好好的，办公条件都不错，唯独只有新政社区卫生服务中心还住'
     '在破烂不堪的上世纪五十年代的房子里办公给病人看病。政府拨款修建的新办公楼仅2千多平米和投资几亿的新政'
     '嘉陵江二桥同一天开工，大桥都通车快一年了，可是这个办公楼修了几年了现在还没有修好。杜坤？你那么能干，'
     '吹牛也吹起了嘛还说修，你简直是羞人。当过领导，你自己也没有脸面嘛，怎么向职工交待，向局长汇报；你就知'
     '道怎么把钱搞到你包里去，哪里在考虑把医院发展好；就知道今天怎么去整哪个职工明天去整哪个职工；医院的领'
     '导班子也不和，独揽大权，鸡毛蒜皮都是你说了算，贪赃枉法也是你',
     'in', None, False, ['贪污贿赂', '民主集中制'],
     [('杜坤', None, '新政社区卫生服务中心')]),
    # 09
    ('http://jiangsulong.com/a/2020/0225/02255H622020.html',
     '襄阳纪检监察网2月23日晚间发布《襄阳市通报5起疫情防控违纪违规问题典型案例》，其中提到“高新区团山'
     '镇卫生院院长陈卫华在疫情防控期间履职不力问题。”团山镇卫生院在疫情防控期间未按规范流程妥善处置发热病'
     '人，该病人后确诊为新冠肺炎，导致包括卫生院14名医务人员在内的52名密切接触者被隔离，造成严重后果和'
     '不良影响。通报全文如下：当前，我市疫情防控阻击战已进入决战决胜重要窗口期。越是关键时刻，越能衡量干部'
     '的能力和作风。大多数党员干部和公职人员长期奋战在抗疫一线，以实际行动践行初心使命。但仍有少数党员干部'
     '政治站位不高，责任意识不强，工作履职不力，给疫情防控工作带来一定的风险和隐患。为进一步严明纪律，强化'
     '警示教育，现将近期查处的5起典型案例通报如下：老河口市交通运输局党组成员、副局长熊振宇，老河口市财政'
     '局一级主任科员刘金奎在疫情防控期间违规办理通行证问题。2020年2月3号，值老河口市实施疫情防控交通'
     '管制时期，熊振宇受刘金奎所托，利用职务便利，违规为其办理一张《车辆临时通行证》。随后刘金奎擅自将此《'
     '车辆临时通行证》转借社会人员周某军违规使用，为疫情防控工作带来安全隐患，造成了不良的社会影响。202'
     '0年2月17日，熊振宇、刘金奎分别受到党内警告处分、党内严重警告处分。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('陈卫华', '院长', '团山镇卫生院'), ('熊振宇', '党组成员、副局长', '老河口市交通运输局'), ('刘金奎', '一级主任科员', '老河口市财政局')]),
    # 10
    ('http://old.scjc.gov.cn/7ixVWWajU/detail',
     '2020年7月23日，绵阳市涪城区纪委监委通报了3起工程招投标领域违纪违法典型问题。原城郊乡卫生院院'
     '长、党支部书记张庆华规避招标的问题就是其中之一。通报指出：张庆华为自己妻女的广告公司承揽业务，违规将'
     '卫生院五成以上的广告业务拆分，规避政府招投标程序。调查发现，张庆华的违纪违法事实远不止如此，只要是权'
     '力够得到的地方，他都“生财有道”。2019年2月，绵阳市涪城区委巡察组在对原城郊乡卫生院进行巡察时，'
     '发现了一件蹊跷事。卫生院下属的两个相邻卫生服务站，工作范围、服务对象数量大致一样，但年终考核分数却相'
     '差很大，一个得了90多分，一个只得了70多分。是什么原因导致这两个卫生服务站在年度考核中差距这么大呢'
     '？年终考核直接关系到国家补助给卫生服务站工作经费的多少，卫生服务站自然十分看重，而身为院长的张庆华就'
     '是这个打分的人。打高分的背后，不光是因为卫生服务站负责人会给张庆华好处费，还隐藏着其它“猫腻”。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('张庆华', '院长、党支部书记', '原城郊乡卫生院')]),
    # 11
    ('http://soolun.net/periodical/3d2558e3151fc076c9a9e1108ffe9153.html',
     '2006年底、2007年初，宁波李惠利医院因为医疗纠纷而遭打砸，数间办公室被破坏、医院副院长被打伤的'
     '事件，因为事件当事人身份特殊，事件本身颇为曲折复杂离奇，一时间成为宁波街头巷尾的“热议”话题，闹得沸'
     '沸扬扬。李惠利医院是香港著名实业家李惠利先生捐资、宁波市政府配套出资建造的综合性医院，是宁波规模最大'
     '、医疗科研水平最高的医院之一，也是宁波两家三甲医院之一，这样的医院因医疗纠纷而遭砸，本身就让人震惊。'
     '导致打砸事件发生的，是一起颇为“离奇”的医疗纠纷。患者苗勤风本身也是医生，生前系慈溪市红十字会医院总'
     '务科科长、口腔科主治医师。2006年12月18日上午，他因甲状腺舌管囊肿在李惠利医院动手术，术后呼吸'
     '困难，当晚不治身亡。“主治医师居然因为一个小手术死在医院里，这本身就是一个丑闻”，类似的评价在宁波的'
     '一些网络论坛和聊天群里常常被网友们反复提起。参与该次打砸事件的，主要是患者的亲属好友和不明身份人员。'
     '除此之外，有多名慈溪地方和有关单位领导干部被指在场，没有及时制止打砸事件发生。其中包括慈溪市委组织部'
     '副部长、人事局局长苗长风、慈溪市人民医院副院长胡于健、坎墩街道办事处党工委书记方柏令、主任沈均达、红'
     '十字医院院长干超士等。这些人中，有的是患者亲属，有的是患者家属所在单位领导和患者所在单位领导、好友等'
     '。主治医师为什么会因为甲状腺舌管囊肿手术死在医院里？《瞭望东方周刊》记者曾试图联系采访宁波李惠利医院'
     '，但该院办公室主任冷静地告诉《瞭望东方周刊》记者，“宁波市有关方面正在解决这个事情，所以医院不再接受'
     '任何记者采访了”。',
     'in', None, True, ['工作纪律'],
     [('苗长风', '市委组织部副部长、人事局局长', '慈溪市'), ('胡于健', '副院长', '慈溪市人民医院'), ('方柏令', '党工委书记', '坎墩街道办事处'),
      ('沈均达', '主任', '坎墩街道办事处'), ('干超士', '院长', '红十字医院')]),
    # 12
    ('http://m.666he.com/ck101/1115/794415_4.html',
     '县卫生局经1995年12月18日局务会议讨论决定：张永来写出深刻检查并在职工会议上检讨，向死者亲属赔'
     '礼道歉。死者亲属说：“但是，卫生厅派下来调查的雷某某、徐某某连同司机一行三人于1997年12月23日'
     '下午到达静宁后就进了静宁县医院，晚上又在静宁县医院三位领导及静宁县卫生局张维智副局长的陪同下，在饭桌'
     '上吃喝。我们拍摄了照片。”接下来，静宁县公安局对拍照人数次传讯。调查人员在这种极端尴尬的情况下钻进了'
     '汽车，连夜回了兰州。在此情况下，死者亲属按有关程序起诉到了静宁县人民法院。法院拒绝立案。死者亲属遂要'
     '求平凉地区卫生处鉴定。鉴定结论出自卫生行政部门。从委员会的构成可以看到，鉴定者基本属于医疗行业的从业'
     '人员。人选提名是卫生行政部门的事，同级人民政府只是点个头而已，鉴定委员会的办事机构设在相应的卫生行政'
     '机关。虽然在《医疗事故处理办法》中明确写着，与事故有利害关系的人需要回避，但在同一行业对自身进行鉴定'
     '时，公正性能不能保证就要寄希望于鉴定者自身的品质和整个行业的相对健康了。在这种情况下，死者亲属把希望'
     '寄托到了甘肃省卫生厅。1997年10月29日，受害者亲属在省卫生厅办完要求重新调查鉴定的手续后，向医'
     '政处主管医疗事故鉴定工作的同志要求：卫生厅人员到基层调查不能在被调查双方的任何一方吃喝。',
     'in', None, True, ['廉洁纪律', '工作纪律'],
     [('雷某某', None, '卫生厅'), ('徐某某', None, '卫生厅'), (None, '领导', '静宁县医院'), ('张维智', '副局长', '静宁县卫生局')]),
    # 13
    ('http://szmlawyers.com/showagency.php?id=608',
     '本案争议的焦点是患者死亡原因和被告诊断治疗是否存在医疗过错或过失及二者之间是否有因果关系。鉴定意见：'
     '患者死于消化系统肿瘤（癌症），晚期肿瘤恶液质和DIC（即弥散性血管内凝血）。被告对患者入院诊断治疗处'
     '置的程序上，统观全过程是积极负责的，限于被告的总体设备条件、执业医师的临床经验、专业理论知识深度、实'
     '际操作的技能所限，存在着一定的过错。手术适应征与他真实存在的疾病不相对应，追赶性治疗过渡，对于整个病'
     '程演进，促进了病情的总体恶化。故被告对原告具有诊断治疗疏忽失当的过错。被告对于诊断治疗疏忽失当的过错'
     '，根据本案具体情况其因果关系参与度以占50%为宜。原告李丙云、何辉、何青诉被告县医院医疗损害赔偿纠纷'
     '一案，本院于2007年5月21日立案受理后，依法组成由审判员吴汉和担任审判长，审判员田义书、向绍碧参'
     '加的合议庭，于2007年7月13日公开开庭进行了审理。2007年7月11日，被告县医院提出重新鉴定申'
     '请。本院依法委托中国法医学会司法鉴定中心进行重新鉴定。2007年9月14日，中国法医学会司法鉴定中心'
     '作出中法医司鉴中心[2007]临鉴字第42号法医学鉴定书。本院于2007年10月23日公开开庭进行了'
     '审理。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://newton.com.tw/wiki/%E5%81%8F%E9%97%9C%E2%80%9C%E5%85%88%E9%8B%92%E2%80%9D%E5%85%8D%E7%9A%AE%E8%A9%A6%E9%86%AB%E7%99%82%E7%B3%BE%E7%B4%9B%E6%A1%88/1157138',
     '2006年8月11日，偏關縣天峰坪鎮天峰坪村的楊金玉找到記者，訴說父親楊在羊死亡、他和家人多次上訪的'
     '經歷。楊金玉的父親楊在羊是偏關縣一位普通農民，因身患肺腺癌，於2003年夏天曾在省腫瘤醫院住院治療。'
     '當年8月8日，病情好轉後的楊在羊在楊金玉的陪同下，回到老家偏關。8月20日，楊在羊患了感冒。子女們擔'
     '心他出意外，趕緊將他送到偏關縣人民醫院治療。因為在省人民醫院住院期間，楊在羊對青黴素、先鋒黴素有過敏'
     '史，所以，醫生了解他的情況後，給他開具了“生理鹽水、磷可黴素”等藥物，讓他回家輸液治療。當晚7時許，'
     '楊在羊輸液後出現高燒，女兒急忙到了天峰坪衛生院。院長董二寬詢問過病情後，開具了有“先鋒黴素、安痛定”'
     '等的處方，並在上面註明“必免皮試”，讓本院職工張仙保前去給楊在羊肌肉注射。據楊金玉講，看到有“先鋒黴'
     '素”，他的母親馬上說父親有過敏史，不能使用“先鋒”，但張仙保還是只管打完針便離開楊家。張仙保剛離開，'
     '父親便臉色鐵青、呼吸困難、大小便失禁。楊金玉趕緊飛奔向只有5分鐘路程的衛生院，找到了張仙保。張仙保撥'
     '通電話，董二寬讓他馬上拿撲爾敏去肌注抗過敏。可是，這時候，在場的所有醫生都不願意再去楊家。約一個小時'
     '後，一位姓郝的女工作人員總算同意到楊家，並帶了“付腎素”藥品，然而這時，楊在羊已在家中離開人世。早在'
     '找衛生部門要結果的同時，楊金玉也找了縣人民法院，要求天峰坪衛生院給以相應的賠償。但當時，既沒有對父親'
     '的屍體鑑定報告，雙方也沒有一個書面的契約等，法院認為證據不足，無法立案。後來，協定簽訂了，可是從心底'
     '講，楊金玉和家人並不同意這樣處理。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://56china.com/bbs/forum.php?goto=nextoldset&mod=redirect&tid=7151',
     '我父亲2006年12月24日因“上呼吸道感染”入院，急诊室把我们安排在神经内科。因神经内科医生误诊误'
     '治，滥用药物，尤其是滥用降糖药，一月内发生三次病危，导致多脏器（心、脑、肝、肾、肺）衰竭。为转科室治'
     '疗，我努力了一个月，先后向市卫生局投诉、向省卫生厅反映，终于在4月13日转到内分泌和消化内科。小病入'
     '院的父亲几度在死亡线上挣扎，在病床上囚禁了八个月。最后一二个月，父亲能坐在轮椅上，保姆把他推到走廊的'
     '窗口，父亲独自一人凭窗远眺。傍晚我去医院，走出电梯口，远远看见父亲独坐窗前倚栏远眺的这一幕，我就会泪'
     '水溢满眼眶。长长的走廊，我一步一步挨近父亲身边，我的心情似翻江倒海：有父亲曾经莫名其妙被送到“阎王殿'
     '”差点被埋葬的悲伤；有父亲顽强地躲过一次次劫难、终于死里逃生的欣慰；有父亲因恐惧医生再次停止治疗而反'
     '对我告状的苦闷；有对肇事医生有恃无恐、不但毫无歉意反而放肆谩骂的愤怒……小病入院的父亲三次病危、三次'
     '抢救，大量药物的输入，腹部一直膨隆，腹水经久不退。8月9日B超检查，仍然是“肝硬化、腹水大量”。对病'
     '床生涯已经厌倦、对生命不再渴望的父亲，8月18日抱病出院。我当时忧心忡忡，担心父亲由肝腹水发展为肝昏'
     '迷，由急性肾衰竭发展为尿毒症。没有想到的是，出院后父亲的腹水从9月份的大量、到10月份的少量、到11'
     '月份竟然消除了。8月中旬，我在官司竞标里先后发出《医生草率用药病人几度遭殃》、《寻找懂医的律师，为我'
     '父亲讨回公道》。8月27日，我复印、封存了病历。8月下旬、9月上旬，我在网上联系了杭州的一位医疗律师'
     '。起初他不肯看我的文章，后来记者牵了线，他欣然同意。但看了两篇后，又不愿再看了。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://health.ifeng.com/news/yihuan/detail_2010_08/24/2211452_1.shtml',
     '昨天下午，杨茂海在高港大泗镇的家中，向记者出示了由高港人民医院出具的账单。指着其中一项“阴道分泌物检'
     '查，1次，5元”，杨茂海情绪激动地称，我爸爸是男的，“阴道分泌物检查”从何而来。杨茂海回忆说，出院当'
     '天，他发现账单上这一荒唐收费项目后，马上就找到有关医护人员要“说法”，被询问的一名医护人员看过账单后'
     '竟无奈地表示“我也不清楚”。此外，他还在账单中发现了多个可疑收费的项目。比如，他爸爸住院时，他们陪护'
     '的家人没有向医院租过被子，但在账单中却被多收了10元钱租被费，这个项目被他们“认”出来后，医护人员当'
     '时就同意退钱给他们。此外，导尿管他爸爸只用了一根，却被收了两根的钱；他们家人没有看到爸爸被抢救，却被'
     '“多”收了三次“小抢救”共90元的费用，等等。“被我们看出来，就很随意地同意退钱，那些我们看不出来呢'
     '？”杨茂海质疑说，包括“阴道分泌物检查”在内的项目是他能看出来的，而账单中更多的是他们看不懂的药品学'
     '名以及各项检查项目，他无法判断这些有没有问题。昨天下午，高港人民医院神经内科病房的主治医师唐医生接受'
     '记者采访时称他们医院的收费，是根据有关规定收取的，没有问题。对于账单中出现的“阴道分泌物检查”项目，'
     '唐医生称，经事后核实，是住院部工作人员不小心录入错了，当时他们为此专门向病人家属道了歉，同意退还多收'
     '的“检查费”5元钱。杨茂海事后告诉记者，他们家人当时并没有要医院退还这5元钱的“检查费”，只是想“问'
     '问”医院：“我爸爸到底是男的还是女的？”对于医院“录错了”的解释，杨茂海反问说：“那账单中还有多少项'
     '目收费‘被录错了’？”',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://pjkc.com.cn/n/2015/0416/c14739-26852741.html',
     '近日，南充市民胡先生通過人民網地方領導留言板稱，在南充市嘉陵區第二人民醫院就診時，發現該醫院存在亂收'
     '費的現象，希望相關部門能進行調查。昨日，經過相關部門的調查，該醫院確實存在多收取費用的情況，目前，已'
     '經將多收取的費用退還給胡先生。胡先生介紹，春節期間，他回到老家，帶著老婆去嘉陵區第二人民醫院就診。當'
     '時醫院看病的人并不多，掛號后，來到婦產科。說明情況后，醫生告知他首先要查血和照彩超，于是去交費。第一'
     '次交了近300元費用。醫生看后，開了一些處方藥，這一次又交了300多元。讓胡先生郁悶的是，這一路下來'
     '，花費了600多元，醫院開的單子上卻沒有明細。部分項目根本沒有檢查，同樣被收取了費用。對此，他希望相'
     '關部門進行調查。南充市市長熱線科收到胡先生的情況后，立即將此事移交給南充市發展和改革委員會進行調查。'
     '南充市發改委價格監督檢查局同嘉陵區發改委一起，到了南充市嘉陵區第二人民醫院進行了專門調查。據了解，嘉'
     '陵區第二人民醫院是2014年5月被市衛生局評審為二級乙等綜合醫院，執行二級乙等醫療服務收費價格。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://wonsem.net/archives/53887.html',
     '2017年8月21日上午10时，某某乡某某村产妇罗某某因妊娠35周余，无诱因出现阵发性腹部痛，后出现'
     '少量血性分泌物，中午12时，罗某某到永德县某某乡卫生院做B超检查（胎儿情况良好）、产检后给以吸氧，腹'
     '痛缓解，8月21日19时出现规律性腹痛，呈规律性阵痛40-30秒/次/5-6分钟，19时56分入院，'
     '门诊收住产科。22日凌晨1时50分，胎膜破裂，立即安排上产床，常规消毒铺无菌巾；2时10分顺产下一活'
     '男婴，新生儿脐绕颈2周，新生儿出生后心率、呼吸弱，肌张力差，皮肤青紫，医院采取应急措施。10分钟后新'
     '生儿出现呼吸、心率脉搏停止，经抢救无效死亡。家属认为卫生院处置不当，要求给予说法。2017年8月22'
     '日上午8时，卫生院院长杨某某致电某某乡人民政府分管卫生领导李某某汇报情况，并提出由派出所协助维护治安'
     '，乡人民调解委员会参与调解。2017年8月22日上午10时，医患双方申请某某乡人民调解委员会（下简称'
     '调委会）进行调解，调委会在告知双方调解原则、调解纪律、调解程序后，受理了该案件，并安排人民调解员予以'
     '调解。首先，调解员听取了医患双方对整个事件的阐述，产妇家属李某（产妇母亲）反复描述是医生用力过度造成'
     '胎儿死亡，称值班医生态度不好。要求与上夜班的3个医生当面理论，并要求医院必须对婴儿死亡负全部责任，支'
     '付婴儿死亡赔偿金、医疗费、家属精神抚慰金等各项损失30万元。院方也阐述了自己的观点，认为整个接产过程'
     '没有违规现象。是严格按照规程进行操作，医方不存在过错，事件发生纯属意外，不应承担责任。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://m.shutu.cn/template/p7270609.html',
     '“医院一直不愿将当时替我母亲吊水的医生喊来当面对质。”死者的女儿说，医院一直推托说那名医生回家了，找'
     '不到人。据了解，17日上午，死者家属在医院认出当时那名吊水的女医生，但医院不承认这一点，认为家属认错'
     '人了。家属反映，那名医生被发现后随后又突然不见人影。“那个医生根本就不是护士，她只是个麻醉医生！”死'
     '者的女儿称，院方上午已经当面承认当时的医生是个麻醉医生。而三十头乡医院汪院长回应记者说，“那名吊水的'
     '医生是我们医院的护士，家属那是在瞎讲。”三十头乡卫生院的一名姓焦的负责人说，由于死者家属人数众多，不'
     '让那名医生出现是怕出现危险。焦某对死者家属说，“你们是什么事情都做得出来的，万一出现什么不测怎么办。'
     '”死者的儿子说，其母出现异常痛苦的反应后，喊了三声“大夫”后就没能再开口说话，“当时没有一个医院的人'
     '出现，母亲一句话都没有留给我就走了。”“为什么在我们需要医生的时候，却没有人出现？”死者的儿子认为这'
     '是医院救治不力致自己的母亲死亡。院方的汪院长解释说，吊水的地方距离医生办公室不远，听到他们母子的喊声'
     '后就及时赶过去了。据了解，事件发生后，县卫生局已组成调查组前往三十头医院进行调查。17日下午，卫生局'
     '医政科一位工作人员说，目前调查人员仍在医院与当地司法所进行联合调查。“死亡原因正在调查，相关争议也需'
     '要专家进行技术鉴定。”17日18:00，记者从院方和死者家属那里了解到，目前双方达成初步赔偿协议，医'
     '院赔偿三十万左右。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.888456.cn/baoxian/47242.html',
     '記者核對了一下，2014年2月和10月，朱大伯分別在信泰人壽保險股份有限公司，和中國人民人壽保險股份'
     '有限公司投保，兩份保險合計繳納了61160元保費，都約定如果朱大伯在30年內發生意外傷害住院，住院期'
     '間可以獲得住院津貼。“2023年11月30號，我自己是騎電瓶車，這是我的主責。（被轎車撞了嗎，傷到哪'
     '里）對，私家轎車，當時我渾身痛的不得了，本身我這里就是有骨折的。（2023年）8月份也發生過一次事故'
     '，骨折了8根肋骨，剛剛治愈好兩個月。”朱大伯告訴記者。朱大伯的病歷顯示，去年11月30號下午兩點半左'
     '右，住進湖州安吉縣中醫院，今年1月28號出院，實際住院59天。他認為，按照每家保險公司每天賠償200'
     '元住院津貼來算，自己應該獲得23600元的住院津貼，這筆錢剛好可以覆蓋住院的治療費，以及賠償修車等經'
     '濟損失。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://epaper.gmw.cn/wzb/html/2011-03/08/nw.D110000wzb_20110308_2-01.htm?div=-1',
     '去年，温总理提出新农合住院医疗报销额力争达到70%的目标。目前，在我们乡镇卫生院今年的报销达到了85'
     '%。但是，乡镇卫生院只能治一般性的感冒发烧、小手术之类的小病，稍微大一点的病只能上市级医院，而市级医'
     '疗机构的报销额还是偏低。去年，我母亲在鄂州市中心医院做手术，总共花了7545元，报销了2750元，报'
     '销额只有36%。此外，更多长期在外打工的农民，在外地住院最多只能报20%，为了治病只得千里之外回来住'
     '院。新的一年，希望政府提高百姓住院报销额的同时，实现所有医保全国联网自由结算，让老百姓看病走到哪儿能'
     '看到哪。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://jingji.cntv.cn/20121115151454886.shtml',
     '我于2012年11月10日13:00左右为6岁儿子在其处注射流感疫苗，观察期无不良反应，但到11日早'
     '上6:00左右发现孩子注射疫苗的右胳膊上半部严重肿胀、发硬、发热，于8:30左右到其处询问被值班人员'
     '告知因是星期天不予处理，需到12日才能处理，随后至第十人民医院治疗，但第十人民医院也不予治疗，并告知'
     '需到注射地处理。12日8:30分孩子胳膊反应加重到祈连卫生服务处治疗，医生说先冰敷观察，12日晚19'
     ':06分（因情况继续严重）医生建议一大场医院治疗，但值班医生不予治疗，说是疫苗反应他们无权治疗。发生'
     '疫苗反应这种意外，医院不应互相推辞，应建议患者到相关医院治疗并采取相应措施。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH55, "fresh55")
