"""Sealed batch fresh154: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh152th.py; the batch and its row ids are "fresh154".)

Theme: travel at public expense (公款旅游, 出国/出境考察, 培训 as cover for tourism, 违规公务出行,
差旅费 fraud): a city's 赴美培训团 and the four officials punished for it, a 卫生局 trip to 港澳
under cover of a meeting, a 镇 paying its cadres to tour 昆明 and 大连, a 乡党委副书记's fourteen-day
"考察" of four reservoirs, the central 通报 on 培训 tours (彭付平), a research institute's 虚报差旅费,
two villages' trips paid from collective and 征地 money, a school head's weekend at a water park on
the 差旅费, a community 支书's detour to 西安, a 镇's 80-cadre trip to 婺源 and a county's 公车 driven
to another province for seafood; out items are a traveller's complaint against an agency that
vanished with the fare, two letters and comments where staff claim their own unpaid pay beside
leaders' bonuses, banquets and trips, four lawsuits over trips, a 旅游投诉 report, a note on the
因公临时出国经费 rules and a city's tourist compensation fund. Sources (stored-pages search): a 新浪
copy of the 新华社 report on the 温州 "23人赴美培训团" 通报; a tvboxnow-type forum copy on the 寶塔區
衛生局 (traditional); a copy of the 楚天都市報 report on 陽新 龍港鎮 (traditional); a yexian114 copy
of the 恩施 屯堡乡 story; a liantu page on the 中央纪委 通报 of 培训 tours; a 中國經濟周刊 copy on the
文昌 農科所 (traditional); a 搜狐 copy of the 中国青年报 report on 东莞 渔梁围村; a tvboxnow copy of
the 南方農村報 report on 仁化 岩頭村 (traditional); a copy of the 興仁 纪委 article (traditional); a
copy of the 通江 巡察 story (traditional); a 中国网 江苏 copy of the 人民网 report on 灌云 大伊山镇;
a copy of the 西安晚報 comment on 泰順 (traditional); out: a 深圳新闻网 report (2026), a 荆楚网 forum
letter from 掇刀区交通运输局 staff, a 2002 陕西工人报 comment, a 虹口 court judgment on a 途牛
tour, a 宁波 traveller's account of his lawsuit, a 人民网 云南 copy on the 邵陽 "超齡費" death case
(traditional), a copy of the 2007 上海 長城 death case (traditional), the 重庆 文化旅游委's 2024
complaint report, a legal-dictionary note on 公务出国 and the 因公临时出国经费管理办法, and a copy
of the 界面新聞 item on 成都's "旅游誠信金" (traditional). Ten texts are in traditional script
(items 2, 3, 6, 8, 9, 10, 12, 18, 19, 22; the glossing pinyin of the pages' converted copies
removed in 3, 9 and 10). 23 stored-pages searches were used.

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum and site lines, the random-character junk of the tvboxnow copies and the
truncated last sentences of the stored copies removed); paragraphs joined; ASCII punctuation
written full-width except inside numbers ("36,000元"); stray spaces after punctuation removed
(014, 017, 021). Page oddities kept: "反应" for 反映 and the braces of "荆编机{2001}14号" (014), the
comma ending "物业补贴," (014), "原告王施霞琴" and the spaced "民 事 判 决 书" (016), "標准" (018), "并不途
徑" (012), the spaces in "第四条 因公" and "第五条 出访" (021), the two "昨日" of 003 and the
simplified forms in the traditional copies ("干部", "旅游", "隨后", "什么", "為什么").
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; the head of a public school and the staff of a public research institute count
as public servants), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Reporters, travellers, victims, witnesses, agencies, firms and people without a post, and
officials who only handled, investigated, announced or answered are not accused; an organ or an
unnamed group accused as a whole gives no entry; an unnamed accused official is (None, position,
unit). Names, positions (as first written with the name, "原" kept, "时任" dropped) and units as
written. Topics only from the twelve names of triage.md: trips at public expense, trips under
cover of training or 考察 and 公车 used for them are 八项规定 (IS.EP.HL.05 / HL.06); 虚报差旅费 and
public money moved to pay for trips are also 廉洁纪律 (IS.INT.09). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (014, 015).
Out types: 个人利益诉求 3 (013-015), 涉法涉诉 4 (016-019), 其他 3 (020-022). 22 accused entries,
all in items 1-10: 18 with a full name, 3 masked (向某某, 王某楚, 任某平), 1 post only (008's
村支書). Items 011 and 012 are in scope with no accused entry. Out items have no accused entry.
No 征地拆迁 item: the 征地 money in 003 and 008 is what paid for the trips, not anyone's claim.

Close calls:
 1  A 通报 on the "23人赴美培训团": dateline "据新华社温州12月4日电" cut; ends before the truncated
    "对本次违规出国考察情况予…" (the 责令 sentence cut with it). Four accused as written: 余薛民
    "市委组织部分管教育的副部长" ('副部长', '市委组织部'); 徐有平, 谢作雄 and 周建强 are each first
    written with both their 团 post and their office ("该培训团团长、温州市纪委副书记徐有平"): the
    office is kept ('纪委副书记', '温州市'; '县长', '文成县'; '组织处副处长', '温州市委组织部'),
    the 团长/副团长 left out (hard: could be kept as in fresh104th.py's 童名謙). The 调查组 and the
    市委 only act. 八项规定 (tour in the guise of 培训) and 工作纪律 (余薛民's 失职).
 2  Traditional forum copy: the junk strings, "公仔箱論壇", the "TVBNOW…資訊。" lines and the closing
    "|" cut. 張永春 "區衛生局局長" and 劉文忠 "區衛生局黨委書記": unit '區衛生局' as written. 王光星 is
    "旅遊聯絡人", a party member given 黨內警告 for organising it: ('王光星', '旅遊聯絡人', None)
    (hard: a role in the trip, not a post). The other 參與旅遊者 are an unnamed group. 八项规定 and
    组织纪律 (going out of the province without reporting, IS.ORG.01).
 3  Traditional copy of a reader's 投訴 with its follow-up; glossing pinyin "(zhèn)", "(jù)", "(jīng)"
    removed; two garbled passages of the stored copy cut: the reader's quote after "麗江進行旅游!"
    (its opening quote mark is "斑@") and the sentences "在5天的時間中…當?shù)剞r…飲水工程" and "龍港鎮
    主要負責人解釋，前段時間…干部們?nèi)找箠^戰…獎勵給鎮政府5萬元。這些錢如何花呢？", so the 5萬 reward
    for the 征地拆迁 work is no longer in the text; byline cut. 孔祥鵬 "該鎮副鎮長" leads one of the
    two groups: ('孔祥鵬', '副鎮長', '龍港鎮') (hard: he also only explains). The "鎮政府主要領導"
    who decided are an unnamed group: no entry. Only 八项规定.
 4  HTML tags and the page's 核心提示 (a copy of the first lines) cut; ends before the truncated
    "目的…" question. 向某某 first written "…清网专班”时任负责人、屯堡乡党委副书记向某某":
    ('向某某', '党委副书记', '屯堡乡'). The other six are unnamed. Only 八项规定.
 5  Title, date line and the three sub-headings cut; ends before the truncated 肖某 sentence (so the
    丽江 渔业站站长 肖某 is not in the text). 彭付平 ('原副司长', '交通运输部安全与质量监督管理司'),
    陈佳元 "安全监察处原副处长" ('原副处长', '安全监察处'), 张智 "国家卫生健康委干部培训中心纪委原书记"
    ('纪委原书记', …; the bracketed 时任 posts left out). The 14 领导干部, the 1000 余名 and the
    台头镇卫生院 (an organ, its 相关责任人员 unnamed) give no entry. Only 八项规定: "依法追究刑事
    责任" and "风腐一体" name no offence (hard: 贪污贿赂 could be added).
 6  Traditional; headline cut; the page's "……" after the three named cases kept; ends before the
    truncated "顯然…跨市" sentence. Three accused as each is first written ("林先群，海南省文昌市
    農業科學研究所所長"): position after the unit. "黃海燕" is not the defendant 黄海燕 of
    fresh103th.py (a same-name private party). 廉洁纪律 (套取 by 虚报) and 八项规定 (虚报差旅費當津補貼,
    IS.EP.HL.03); not 差旅 tourism itself (the neighbouring 差旅费 fraud of the theme).
 7  The villagers' 实名举报 and the answers. 朱月兴 "村委会副书记", leading the trip, and 朱汉文
    "党支部书记", who answers but is the village's responsible head whose 两委 approved it (hard:
    could be read as only answering). The 纪委 staff only act. Not mixed: the participants' refusal
    to pay the fare back is not a claim to the desk (hard). Only 八项规定.
 8  Traditional forum copy: title, forum lines, the junk strings, the TVBNOW lines and the
    sub-heading "1500元遊津京和東南亞" cut; ends before the truncated "包括5…" sentence. The "村支書"
    who says the trips were approved is the village's responsible cadre: (None, '村支書', '岩頭村');
    謝首綱 "村委會治保主任" led the 北京 group: unit '岩頭村' (the 村委會 is the 岩頭村委會 named just
    before; hard: could be '村委會' as written). 謝興民 (化名) is a participant and source: not
    accused. 八项规定 and 廉洁纪律 (征地款 spent on trips).
 9  Traditional copy of a 纪委 article; headline, the "(興仁縣紀委 李娜)" signature and the page's
    comment lines cut; pinyin glosses removed. Only 劉興 ('校長', '興仁縣第五小學') was punished;
    李某某 and 董某 joined the group but no misconduct of theirs is stated apart from the shared
    報銷 (hard: could be accused). 八项规定 and 廉洁纪律 (虛報差旅費).
10  Traditional; pinyin glosses removed; the middle one of the three quoted remarks cut because the
    stored copy garbles it ("您帶我們?nèi)ラ_開眼界唄"); ends before the truncated "三不準" sentence.
    王某楚 "時任社區支部書記" ('社區支部書記', '鸚鴿嘴社區') and 任某平 "居委會主任", one of the five
    who went. The 鎮領導 who approved the red-education trip only approve. Only 八项规定.
11  A 人民网 report copied by 中国网 江苏: header lines, the summary paragraph (a copy of the lead) and
    the "原文链接" line cut. The accused are the 镇政府 and 管委会 (organs) and "80多名中层以上干部"
    (an unnamed group): in, no entry; the 县委宣传部 worker only answers and denies.
12  Traditional comment on the 泰順 公車; the page's tag junk and title cut; ends before the
    truncated last sentence. The 工作人員 who drove to 福鼎 are an unnamed group; "姓翁的主任" only
    answers: in, no entry. 八项规定 (公车 and the 獎金 dinner; 违规公务出行).
13  个人利益诉求: a traveller's own refund claim against a private agency (two short quoted
    complaints lead); dateline, the AI-summary lines, sub-heading and screenshot caption cut; ends
    before the truncated 报警 sentence. Nobody holds a post. Could be read as 涉法涉诉 (the police
    report is in the cut part).
14  个人利益诉求, mixed: staff's own unpaid 公积金, 补贴 and pay at a 交通运输局 beside the
    complaint that the 局领导 still paid the 机关's year-end bonuses; "请求书" heading cut; ends
    before the truncated retirement sentence. The central matter is the pay; the 局领导 are an
    unnamed group: no entry.
15  个人利益诉求, mixed: a newspaper comment on a 分厂 that owes its workers' pay while its leaders
    hold a banquet and push a paid outing; signature "■赵德铭" cut. The enterprise and its leaders are
    unnamed and not said to be public (hard: could be 其他, not mixed).
16  涉法涉诉: a civil judgment on a 途牛 tour; the page's 案件名称 / 法院 / 当事人 lines cut; starts
    at the judgment's own heading, ends before the truncated "按照…" sentence.
17  涉法涉诉: a 宁波 traveller's lawsuit he won against an agency; the sub-heading and a doubled
    caption cut; ends before item 4's truncated sentence.
18  涉法涉诉, traditional: a 邵陽 court's case on an old traveller's death; title cut; ends before
    the truncated court reasoning.
19  涉法涉诉, traditional: the 2007 上海 case of 陸宗道's death on the 長城; the two-line sub-heading
    cut; ends before the truncated 雨披 sentence. 施曉華 and 徐曉平 are agency staff.
20  其他: the 重庆 文化旅游委's 2024 report on tourist complaints; index lines, title, the headings
    "一、"/"二、" and "（一）" cut; ends before the truncated 景区 paragraph.
21  其他: a legal-dictionary note on 公务出国 quoting the 因公临时出国经费管理办法; "释义 |" cut; ends
    before the truncated (三).
22  其他, traditional: 成都's "旅游誠信金" notice; the site's tag junk, title, "【資料圖】", the four
    numbered headings, the source line and the spam links cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH154: list[Item] = [
    # 01
    ('https://news.sina.com.cn/c/2008-12-05/082214834740s.shtml',
     '记者4日下午从温州市委获悉，温州市纪委已查清“23人赴美培训团”的问题，为严肃纪律，市委今天分别作出'
     '对余薛民等4名相关责任人党内严重警告和党内警告处分。“23人赴美培训团”问题被网络曝光后，温州市高度'
     '重视，市纪委迅速组织三个调查组对此事进行调查。经查实，该团组的组团、报批等手续符合有关规定，属于正常'
     '的干部培训学习考察。但该团主要存在两个问题：一是该培训团在外听课和公务活动时间明显少于批复的日程安排'
     '。二是驻留的城市明显多于批复的日程安排。市纪委调查核实认定，市委组织部分管教育的副部长余薛民在履行职'
     '责过程中，未能充分认识因公出国（境）管理工作的重要性、必要性和紧迫性，未能严格执行中央对外方针政策和'
     '外事管理规定，对一家中外文化交流中心提交的与报批培训安排严重不符的培训安排审核把关不严，工作失职，造'
     '成较严重的后果和影响。市纪委调查核实认定，该培训团团长、温州市纪委副书记徐有平，副团长、文成县县长谢'
     '作雄，副团长、温州市委组织部组织处副处长周建强三人作为团组负责人，未做到严格要求、严格管理、严格监督'
     '，对欠妥的培训日常安排未提出异议并向有关部门和领导报告，造成不良的后果和影响，负有一定的领导责任。为'
     '严肃纪律，及时总结经验教训，根据《中国共产党纪律处分条例》、《中纪委、中组部、外交部、公安部关于加强'
     '因公出国（境）团组境外纪律的通知》有关规定和干部管理权限，经报请省纪委批准，温州市委决定分别予以余薛'
     '民党内严重警告处分，予以徐有平、谢作雄、周建强党内警告处分。',
     'in', None, False, ['八项规定', '工作纪律'],
     [('余薛民', '副部长', '市委组织部'), ('徐有平', '纪委副书记', '温州市'), ('谢作雄', '县长', '文成县'), ('周建强', '组织处副处长', '温州市委组织部')]),
    # 02
    ('http://5.39.217.76/thread-2029254-1-1.html',
     '“陝西省延安市寶塔區衛生局一行10人借開會之名赴港澳公費旅遊”一事經媒體報導，引發關注。日前，事件有'
     '關責任人受到免職、記過等處分。記者26日了解到，寶塔區委、區政府、區紀委已對有關責任人作出嚴肅處理：'
     '給予區衛生局局長張永春黨內嚴重警告、行政記大過處分，並免去其副書記、局長職務；給予區衛生局黨委書記劉'
     '文忠黨內警告處分，免去其書記職務；給予旅遊聯絡人王光星黨內警告處分；其他參與旅遊者予以警示訓誡。旅遊'
     '費用全部由個人自理，不得以任何理由變相報銷。同時，寶塔區委辦公室、區政府辦公室聯合下發了《關於進一步'
     '加強作風建設嚴明組織紀律的通知》，嚴禁全區各部門、各單位主要領導隨意外出，堅決杜絕一般性的學習考察和'
     '沒有實質性內容的學習考察活動，決不允許假借學習考察之名公費旅遊。對未履行報告審批程序和手續、擅自外出'
     '的領導幹部，區紀委將嚴肅查處。',
     'in', None, False, ['八项规定', '组织纪律'],
     [('張永春', '局長', '區衛生局'), ('劉文忠', '黨委書記', '區衛生局'), ('王光星', '旅遊聯絡人', None)]),
    # 03
    ('http://latitude-buildinganddevelopment.com/sh/news/2009/07-30/1797180.shtml',
     '昨日，有讀者投訴：在革命老區陽新縣龍港鎮，鎮政府給干部發錢，讓他們組團出去旅游。這位讀者說，6月初，'
     '鎮政府主要領導商議，對愿意出去旅游考察的，每人發放1000元，不足部分由所在單位或集體進行補貼。隨后'
     '，該鎮朝陽辦事處和黃橋辦事處共組織了30多人的領導團，分兩批前往大連、青島和昆明、麗江進行旅游！昨日'
     '，記者趕到陽新縣龍港鎮采訪此事。據了解，該鎮副鎮長孔祥鵬是去昆明麗江一線的負責人。他解釋，他們這個團'
     '共有25個人，都是鎮辦事處和轄區各村的主要領導。整個行程委托旅行社定的，沿途考察了昆明、大理、麗江等'
     '地。為什么這些干部都選擇風景名勝地進行考察？鎮政府主要領導商議后，決定給干部們每人補貼1000元，不'
     '足部分自貼，讓干部出去放松一下，也為龍港即將實施的紅色旅游積累經驗。兩批“考察團”共花了近4萬元獎金'
     '。',
     'in', None, False, ['八项规定'],
     [('孔祥鵬', '副鎮長', '龍港鎮')]),
    # 04
    ('http://www.yexian114.com/guonei/107167.html',
     '“外出考察为什么刚好在旅游景点高速出口下？”日前，湖北省恩施市纪委监委对屯堡乡进行检查时，一张“乌镇'
     '”高速出口的通行费票据，引起了工作人员的注意。该市纪委监委迅速成立调查组进行调查核实。通过走访相关单'
     '位，调查组了解到“屯堡车坝河水库清网专班”时任负责人、屯堡乡党委副书记向某某带队一行7人，以推进车坝'
     '河库区渔民转产转型进程为由，申请到湖南、广西、浙江、江苏等地的四个水库考察学习。调查组调阅此次出差的'
     '所有高速通行费票据、酒店住宿发票，发现可以在地图上画出一条完整的旅游路线。考察团除了到四个水库所在地'
     '之外，中途还到广西的漓江，广东的茂名、深圳和汕头，浙江的杭州和乌镇、江苏的苏州等地，历时14天才返回'
     '恩施市。考察四个水库，行程却如此弯弯绕绕，调查组决定找带队人向某某进行谈话。“你们此次考察是去哪些地'
     '方？”调查人员直奔主题。“到湖南、广西、浙江、江苏等地的四个水库学习考察。”向某某说。',
     'in', None, False, ['八项规定'],
     [('向某某', '党委副书记', '屯堡乡')]),
    # 05
    ('https://liantu.cn/gonglue/k69226.html',
     '变相公款旅游是隐形变异“四风”的重要表现之一。日前，中央纪委国家监委公开通报了借培训之名组织公款旅游'
     '的典型问题。交通运输部安全与质量监督管理司原副司长彭付平、安全监察处原副处长陈佳元，国家卫生健康委干'
     '部培训中心纪委原书记张智（时任培训中心主任助理兼培训三处处长）等人，因以培训为名大规模组织公款旅游等'
     '问题被查处，3人均被开除党籍、开除公职，并依法追究刑事责任。两部委有关下属单位14名领导干部被追责问'
     '责，1000余名参与公款旅游的各地党员干部受到相应处理。该案涉及面广，参与公款旅游的党员干部遍及31'
     '个省区市，一些培训班甚至未安排授课，全程组织旅游，违纪违法金额大，是严重违反中央八项规定精神，隐形变'
     '异、风腐一体的典型案件。各级纪检监察机关在纠治“四风”的过程中，还查处了一批变相公款旅游典型案例。比'
     '如天津市静海区台头镇卫生院，以工会名义先后组织职工到河北保定白石山风景区、野三坡风景区旅游，两次行程'
     '均为两日，为在形式上符合相关规定，还伪造了一日游活动方案和参加人员名单，相关费用由公款报销。相关责任'
     '人员均受到处理。此外，还有的党员干部擅自改变行程，在公务差旅中“绕道游”“搭车游”，或是在时间上动手'
     '脚，多报备外出天数，提前出发，中途停留，延后返回。',
     'in', None, False, ['八项规定'],
     [('彭付平', '原副司长', '交通运输部安全与质量监督管理司'), ('陈佳元', '原副处长', '安全监察处'), ('张智', '纪委原书记', '国家卫生健康委干部培训中心')]),
    # 06
    ('http://www.mmbfl.com/2019/1213/279788.shtml',
     '在正風反腐高壓態勢下，一個研究所，竟然有六名干部職工“虛報差旅費當津補貼”！虛報者包括所長、副所長、'
     '報賬員等，虛報時間持續3年多！林先群，海南省文昌市農業科學研究所所長，2015年虛報差旅費6000元'
     '，2016年虛報5840元，2017年虛報10400元，2018年1-4月虛報3040元，共計虛報2'
     '5280元；黃海燕，海南省文昌市農業科學研究所副所長，2016年虛報差旅費4960元，2017年虛報'
     '6560元，2018年1-4月虛報2720元，共計虛報14240元；鄭慶導，海南省文昌市農業科學研究'
     '所報賬員，2015年虛報差旅費6160元，2016年虛報5600元，2017年虛報7040元，201'
     '8年1-4月虛報4400元，共計虛報23200元；……幾個月前，海南省文昌市委巡察組在一次巡察中發現'
     '，文昌市農科所“農業科技110”服務情況登記表登記的出差地點，與同一日記賬憑證中的出差地點有多次不符'
     '。一起虛報差旅費“撈錢”的窩案，就這樣被掀開了“蓋頭”。文昌市農科所所長林先群第一次虛報差旅費，可以'
     '追溯到2015年1月。據林先群解釋，當時是因為對財務制度不熟悉，有些跨市縣的出差，不知道怎么處理，為'
     '了圖方便，就把一次跨市縣出差，拆分成兩三次市內出差報銷。在林先群看來，“這樣數額差別不大，不是什么問'
     '題”。然而，長期虛報差旅費，像這樣赤裸裸地套取公共資金，又豈是一句“為了圖方便”就能搪塞的？調查情況'
     '顯示，在文昌，當時跨市縣出差是可以報銷的，在這方面也是有明確規章制度的。',
     'in', None, False, ['廉洁纪律', '八项规定'],
     [('林先群', '所長', '海南省文昌市農業科學研究所'), ('黃海燕', '副所長', '海南省文昌市農業科學研究所'), ('鄭慶導', '報賬員', '海南省文昌市農業科學研究所')]),
    # 07
    ('https://news.sohu.com/20130801/n383087848.shtml',
     '日前，东莞市清溪镇渔梁围村村民向当地纪委实名举报：7月21日，由村委会副书记朱月兴带队，该村首批30'
     '多名村干部、党员及村民代表外出旅游。一行人先飞抵河南，再乘高铁至陕西，先后参观了少林寺、兵马俑等景点'
     '，全程住宿皆为五星级或准五星级酒店，人均花费5880元。按照两批52人计算，总费用将达30多万元，全'
     '部为村集体出资。此后，该村党支部书记朱汉文回应称，按照原计划，安排分两批旅游的52人分别为村干部、党'
     '员及村民代表。目前，原定7月25日晚出发的第二批出游计划已经取消。7月24日，已通知首批出游人员，费'
     '用自理。7月29日，朱汉文向中国青年报记者表示：“最初是村民代表强烈要求去的，后来也经过了各村小组组'
     '长、村干部10多人开会讨论通过，我一个人也很难反对。村民代表都同意了，不少村民也知道这件事。村里决定'
     '重要事务时，一般村两委会议通过就可以实行。”7月30日，东莞市纪委相关负责人告诉中国青年报记者，接到'
     '村民实名举报电话后，市里已成立了调查组，着手调查处理此事。清溪镇纪委相关工作人员告诉中国青年报记者：'
     '“7月25日接到举报信息后，纪委已马上启动调查。因为此事没有经过任何上级部门审批，我们已要求其立刻终'
     '止第二批了，第一批的花费由村民自己支付，还会考虑要求相关负责人作出检讨。针对村里的资金使用，上级部门'
     '都有明确规范。最后的处理情况将等调查结果出来后统一公布。”然而，据媒体报道，曾有首批出游的村民表示，'
     '“如果这次旅游是自费，之前肯定不会同意出去，旅游的钱村里已经出了，要我们自己出钱肯定没可能。如果非要'
     '自费，那么谁说的这个话谁就自己来掏这笔钱。”',
     'in', None, False, ['八项规定'],
     [('朱月兴', '村委会副书记', '渔梁围村'), ('朱汉文', '党支部书记', '渔梁围村')]),
    # 08
    ('http://os.tvboxnow.com/thread-2815316-1-888.html',
     '作為一個省級貧困村，廣東韶關市仁化縣董塘鎮岩頭村集體全年的收入尚不足1萬元，仍有不少村民居住在低矮的'
     '泥磚房中。然而，該村村幹部今年卻公然違反中央八項規定，用徵地款組織黨員及村幹部的家屬30多人次，分別'
     '到天津、北京、泰國、新加坡、馬來西亞等地旅遊。村支書表示，旅遊活動請示過上級領導，共花費公款八九萬元'
     '。去年以來，仁化縣向岩頭村徵收400多畝土地，擬用作垃圾填埋場。盡管徵地還未獲上級部門的批準，但46'
     '0多萬的徵地款已經發放到岩頭村委會的賬戶中。日前，岩頭村的黨員謝興民（化名）告訴南方農村報記者，今年'
     '3月，村委會幹部問他，“去天津北京旅遊，去不去”，謝興民稱願意去。和村裏的其他黨員一樣，謝興民交了5'
     '00元費用，今年3月25日，在村委會治保主任謝首綱的率領下，一行17人從韶關坐高鐵到湖南長沙，從長沙'
     '乘坐飛機到天津遊玩一天後，坐大巴到北京待了三四天，參觀故宮、長城、十三陵等名勝古跡，然後從北京乘坐火'
     '車回韶關。整個行程前後7天，路費、食宿及門票等他們個人都無需支付。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [(None, '村支書', '岩頭村'), ('謝首綱', '治保主任', '岩頭村')]),
    # 09
    ('http://retirebossier.com/news/xingren/20161021/356067.htm',
     '“興仁縣第五小學校長劉興等8人到興義搞校際交流，活動本應是5月14日（星期四）、15日（星期五）兩天'
     '，他們差旅費居然還報5月16日（星期六），而且花了近4000塊錢。”這一天，興仁縣紀委收到這樣一封信'
     '訪舉報件。經核查，2015年5月14日至15日，興仁縣第五小學校長劉興等8人預支5000元活動經費到'
     '興義市豬場坪鄉中心小學和威舍鎮中心小學進行校際交流活動，期間在該校支教教師李某某和該校教師董某及其妻'
     '前往匯合。“明天星期六，這里離羅平又近，不行我們去走走？”在興義市參加完校際交流活動后，一行人等你一'
     '言，我一語。意見統一后，5月16日，該行人員一同到云南省曲靖市羅平縣長底鄉水上樂園游玩，當日從500'
     '0元活動經費中支出在水上樂園游玩的費用共1528元。5月28日，以上人員共8人報銷5月14日至16日'
     '差旅費總計4635元，其中：違規多報銷伙食補助費1000元，違規沖抵5月16日到長底鄉水上樂園游玩支'
     '出費用1528元。2016年6月23日，經興仁縣紀委常委會議研究決定，給予劉興黨內嚴重警告處分；收繳'
     '違規報銷的2528元上繳國庫。虛報差旅費沖抵個人應負擔的游玩費用，變相公款旅游，違反中央八項規定精神'
     '，且在黨的十八大和群眾路線教育實踐活動后，仍頂風違紀，劉興必須為自己的違紀事實買單。看似嚴厲的處分，'
     '體現的是全面從嚴治黨的要求，查糾“四風”問題，必須一寸不讓，而且越往后執紀越嚴，處分越重，不成規矩無'
     '以成方圓，黨員干部要在思想上要時刻牢記講規矩的重要性，時刻不放松守紀律講規矩這根弦。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('劉興', '校長', '興仁縣第五小學')]),
    # 10
    ('http://byxmsc.com/gslz/system/2021/02/24/012547053.shtml',
     '“到儀隴、廣安等地接受紅色教育，為何只有一張8000元的報銷單就列報支出了，相關報銷材料均缺失，會不'
     '會有什么貓膩？”近日，四川省巴中市通江縣委第三巡察組在延伸巡察民勝鎮鸚鴿嘴社區時，一張報銷單引起了巡'
     '察組長的注意。隨后，巡察組長安排人員兵分兩路深入了解核實，一組詳細查閱相關財務憑證資料；另一組對涉及'
     '人員進行談話，深入了解情況。“你們到儀隴等地接受紅色教育具體有哪些人，去了哪些地方，線路是怎么走的？'
     '”巡察人員找來時任社區支部書記王某楚詢問。“我和居委會主任任某平等5名同志開了一輛車，先到了儀隴，后'
     '到廣安，共去了2天。”一開始，王某楚回答得還算鎮定。“你們住的旅店叫什么名字？”“都在哪些餐館吃過飯'
     '？”“發票等詳細資料呢？”……面對巡察人員的追問，王某楚臉“刷”地一下紅了，吞吞吐吐半天，終于坐不住'
     '，向巡察人員坦白了情況。原來，時任社區支部書記的王某楚與班子成員研究，為提高基層干部的黨性修養，經報'
     '鎮領導批準后，打算周末組織5名干部到廣安、儀隴等地接受紅色教育。誰知，剛上高速，幾名干部就七嘴八舌討'
     '論，“到廣安、儀隴去過好幾次了，沒有新鮮感”“走嘛，王書記，我們改道去西安、華山。”“我是社區的老干'
     '部，跟大家關系都處得比較融洽，耳根子又軟，不想得罪人。幾人一慫恿，我就堅持不住原則，同意了改變路線。'
     '”王某楚懊悔道。',
     'in', None, False, ['八项规定'],
     [('王某楚', '社區支部書記', '鸚鴿嘴社區'), ('任某平', '居委會主任', '鸚鴿嘴社區')]),
    # 11
    ('http://jiangsu.china.com.cn/html/yq/jsyq/245691_1.html',
     '近日，一则网贴爆料称，江苏省连云港市灌云县大伊山镇政府、管委会违反中央八项规定，于去年9月组织80多'
     '名中层以上干部赴江西省婺源、景德镇、三清山等地公款旅游，引发关注。今天，灌云县委宣传部工作人员告诉中'
     '国青年报记者，针对此事，已经对大伊山镇进行了初步调查，称网帖中反映的情况与事实不符，活动并非公费出游'
     '，而是当地政府为建设乡村旅游项目组织的考察活动，且经费并非由镇政府所出。“大伊山镇范围内有一个国家4'
     'A级景区，依托这个景区，当地正在搞乡村生态旅游，打造特色村。”该工作人员说，这次活动是为打造旅游特色'
     '村而进行的一次考察活动。参与人员主要是搞乡村游的特色村和搞旅游发展的相关人员，镇政府没有提供任何经费'
     '。“不是镇政府安排的，但是镇政府知道这个事情。”该工作人员表示，考察的具体行程是由特色村自行安排。对'
     '于考察经费的来源是什么、考察活动由谁组织、哪些人员参与等问题，该工作人员尚不能给予确定答复，表示已经'
     '要求大伊山镇进行详细调查，待调查结果出来之后，将给予本报答复。',
     'in', None, False, ['八项规定'],
     []),
    # 12
    ('http://www.anatanomikataha.cn/plzhx/dlgc/201210/t20121024_3220902.htm',
     '前日有網友發帖稱，在福建一家名為“碧海鮮都”的餐館門口，拍到了車牌隸屬于浙江溫州市泰順縣政府的公車。'
     '對此，泰順縣政府辦一位姓翁的主任表示，當天政府工作人員一行是去溫州市體檢，順路去了該餐館吃飯，并且當'
     '天的飯錢不是公款，而是之前上級獎勵的評優獎金。浙江溫州泰順的公務員，竟然開著公車到福建福鼎吃海鮮，這'
     '生活過得是太滋潤了，而被“偶然”曝光了，竟然給出“順路”的說法，也實在是可笑。按這些官員的說法，體檢'
     '結束已經是下午1時許，吃飯的一共有25個人，花了2000多元，但“沒用公款”，花的是單位此前評優、評'
     '先時上級發給大家的獎金。顯然，疑點重重：這么多人浩浩蕩蕩去吃海鮮，竟然只吃2000多元，究竟是太節省'
     '，還是海鮮價格太便宜？另外，體檢為何不在本縣城體檢，卻要跑到溫州市去體檢？其實，從地圖上看，從溫州市'
     '返回泰順縣，并不途徑福建福鼎市，而是要繞行不短的路程。怎么說，也算不上是“順路”。公款吃喝很兇猛，一'
     '些人也因此養成了集體無意識，見怪不怪，即便是“跨省吃海鮮”也是無所顧忌的，只因現在是網絡時代，一不小'
     '心被曝光了，才“歪”出幾句話來應付一下。這么做，自然是低估公眾的智商。當然，他們這么做，只要能夠讓上'
     '級部門不出面調查，基本上也是平安無事的。',
     'in', None, False, ['八项规定'],
     []),
    # 13
    ('https://www.sznews.com/news/content/2026-03/17/content_31981250.htm',
     '“报了2月16日出发迪拜的团，临出发前20小时旅行社单方面取消行程，按照合同约定，旅行社应将团费和1'
     '5%违约金退回，但至今未退。”“2月18日香港一日游，在导游的介绍下买了两张夜游船票，结果却变成了日'
     '游。”3月初，接连有市民向深圳特区报&读特报料热线（0755-83511111）反映春节假期报团旅游'
     '遇到的糟心事。有关律师建议，如果遇到协商难以解决的情况，消费者可通过法律途径维护自身权益。“之前就认'
     '识，在她那里报过。”3月9日，市民阿美（化名）告诉记者，她加微信的人是深圳市乐美途国际旅行社有限公司'
     '的业务员，春节前看到其朋友圈的广告，就报了团。“谁知实体店1月份就搬空了。”阿美跟该旅行社是1月21'
     '日签的合同，拼团游线路是迪拜6天4晚，两个人，旅游费合计35398元。“我之前一直问出团通知书，回复'
     '说等通知，直到临行前20小时才告知，有客人受伤，人数不够，不成团。”按照合同约定，成团最低人数为10'
     '人，如不能成团，旅游者可解除合同。“不成团没事，那就把团费退了嘛，但失联，搬空，代表什么呢？”阿美说'
     '，旅行社违约后，她与其业务员、负责人沟通退费事宜，但他们电话拒接，信息不回。无奈之下，阿美找到了该旅'
     '行社的实体店，却发现人去楼空，但“他们业务员每天仍在朋友圈发广告行骗”。',
     'out', '个人利益诉求', False, [],
     []),
    # 14
    ('https://bbs.cnhubei.com/thread-4656899-1-1.html',
     '我们怀着十分气愤的心情，在此反应荆门市掇刀区交通运输局拖欠职工工资的情况，希望有关部门能重视并督促纠'
     '正其不正常拖欠基层职工工资的行为，保障基层工作人员的合法权益，维护国家法制尊严，具体事实如下：我是掇'
     '刀区交通运输局的在职员工，1988年12月正式工作于荆门市交通局并分配于十里铺交管站。我们自2002'
     '年11月起，根据荆门市政府23号会议纪要和荆编机{2001}14号文件精神，将劳动关系从东宝区交通局'
     '移交掇刀区交通局管理。但是自此长达十几年，掇刀区交通局一直以种种理由拖欠我们的工资，具体拖欠工资和福'
     '利明细如下：1、2003年1月到2013年12月期间，11年的住房公积金；2、2014年7月至201'
     '6年10月，三年的住房补贴和物业补贴，3、2014年7月到2015年12月，一年半的交通补贴；4、2'
     '014年10月到2016年12月，国家普调涨薪未落实；以上所有拖欠的薪资均有合理合法的国家文件证明，'
     '但是荆门市掇刀区交通运输局以单位无钱为理由，拒绝发放我们的这部分薪资。对此我们有以下疑问：1、作为交'
     '通局职工，局领导理应首先全局考虑保证所有基层职工基本薪资，而不是只发放局机关职工年底各项补贴、奖励？'
     '现在实际情况为，掇刀区交通运输局均已正常发放局机关工作人员年底各项补贴、奖励，但一直拖欠基层职工工资'
     '。对于局领导，为何不考虑基层职工工资而只考虑机关人员年底补贴、奖励。局机关领导的补贴、奖励是否比基层'
     '职工基本工资更重要？领导都说单位差钱，而最终还是落实了机关职工的补贴、奖励。',
     'out', '个人利益诉求', True, [],
     []),
    # 15
    ('http://szb.sxworker.com/content/2002-01/30/325130.html',
     '近日，笔者听到了这样两件事：有一企业分厂，连续几个月都没有给职工发工资，但分厂领导们却心血来潮，要在'
     '年末岁首宴请全体职工。许多职工向领导建议，既然有钱，就先给职工补发点工资吧，但领导们根本听不进去，依'
     '然我行我素，并规定凡不参加者一分钱也不给私人，其结果使得宴请不欢而散。还有一车间，要组织职工外出旅游'
     '，凡参加者单位补助100元，凡不参加者一分钱不给，其结果搞得去者心里也不舒畅，未去者怨声载道。这两件'
     '事形式虽有不同，但反映的病根是一样的：就是领导们没有设身处地地站在职工的角度替他们想一想。因为作为当'
     '今的企业职工，其大多数人的工资都并不高，像笔者本人，参加工作已40多年，如今工资才602元，特别是那'
     '些上有老，下有小的中年职工，仅靠这一点工资，要维持一大家人的生活，本来就够艰难的，再加上有许多职工，'
     '一方又下岗，你再几个月不发工资，让他们靠什么为生。而你不给补发工资，要大家去饱餐一顿，能吃得下去吗？'
     '再说像集体组织外出旅游这件事，你完全可以一视同仁对那些有实际困难不能前往者，予以照顾，把钱发给他们么'
     '，为什么要强迫人家外出旅游，像一些孩子正上学的军人家属及单身女工，她们一旦外出旅游，谁来替她们照管孩'
     '子。所以，作为那些有职有权者，在决策某件事时，都应该认真想想，看能否代表各层面职工的利益，这样，你才'
     '能得到广大群众的拥护。',
     'out', '个人利益诉求', True, [],
     []),
    # 16
    ('https://cn.govopendata.com/caipanwenshu/2017/8/13/a54c0a7a-334b-4e41-a110-18055460e65e',
     '上海市虹口区人民法院民 事 判 决 书（2017）沪0109民初7771号原告：施霞琴，女，1961'
     '年3月31日出生，汉族，住上海市。原告：陈秋庆，男，1959年9月17日出生，汉族，住上海市。委托诉'
     '讼代理人：施琴霞。被告：上海途牛国际旅行社有限公司，住所地上海市。法定代表人：于敦德，总经理。委托诉'
     '讼代理人：陈丽。委托诉讼代理人：刘开伟。原告施霞琴、陈秋庆与被告上海途牛国际旅行社有限公司旅游合同纠'
     '纷一案，本院立案受理后，依法适用简易程序，实行独任审判，公开开庭进行审理。原告王施霞琴（暨原告陈秋庆'
     '的委托诉讼代理人），被告上海途牛国际旅行社有限公司的委托诉讼代理人陈丽、刘开伟到庭参加诉讼。本案现已'
     '审理终结。原告施霞琴、陈秋庆向本院提出诉讼请求：被告双倍返还旅游费用36,000元。审理中两原告变更'
     '诉讼请求：1、被告返还旅游费用18,000元；2、被告退还未游览部分旅游费用12,600元；3、被告'
     '赔偿机票费用6,000元；4、被告退还自助餐费396元。事实和理由：二原告于2016年7月4日与被告'
     '签订《团队境内旅游合同》，约定二原告参加被告组织的2016年7月31日至8月10日“新疆全景：天池+'
     '吐鲁番+喀纳斯+那拉提+巴音布鲁克+天鹅湖双飞11日”游，二原告向被告支付了旅游款共18,000元。'
     '行程单写明不走回头路，每天景色各不同。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('http://132dy.cn/a/20180915/384987.html',
     '“很多业内人士都说旅游官司很难打，我们坚持下来了，还赢了！”8月28日，宁波的傅先生根据法院的判决书'
     '，终于从某旅行社拿到了1022元的赔偿和退款，人也松快了。他说，想通过晚报讲讲自己这一年来的维权经历'
     '，让更多市民尤其是老年人在旅行中维护自己的权益。他也建议，市民能结合法院的判决，如果在旅行过程中遇到'
     '权益受损，要更妥善、完整地留存相关证据。这一切，要从傅先生去年8月的旅行说起。当时，傅先生和20多个'
     '老年朋友想一起去山东旅行。“经过比较，我们选择了这家旅行社的路线，每人2850元。”傅先生说，这个价'
     '格算是中高档的团了。去年7月底，双方签订了旅游合同。同时，旅游计划书约定：全程准三星酒店标准；33座'
     '空调旅游车；一个购物店。30个团友都根据合同一次性付清了费用，大家也都挺期待接下来的旅行。傅先生和团'
     '友们如期出发了，可没想到，期待的旅行却成了堵心之旅。他回忆：1、下飞机后，地接旅行社的空调旅游车把我'
     '们接到码头。下船后，导游说旅游车没跟着上船，于是，我们等来了一辆没有空调的公交车。2、晚上6点多，来'
     '到了酒店，是一家食品公司的招待所，我们被安排住在一楼和地下一楼、二楼，非常潮湿，被子湿乎乎。在我们的'
     '坚持下，在店门口滞留了4个多小时后，终于在晚上10点多入住另一家条件略好点的酒店，我认为也没达到准三'
     '星的标准。3、第二天，地接社没有安排大巴，而是当地的公交车，中止了合同中本应提供的空调旅游车。每个景'
     '点看完之后等，公交车就需要半个到一小时，严重影响旅游质量。',
     'out', '涉法涉诉', False, [],
     []),
    # 18
    ('http://yn.people.com.cn/BIG5/n2/2026/0109/c361322-41467715.html',
     '公司為客戶策劃旅行活動，旅行社提供服務，68周歲老人交納了“超齡管理費”加入該旅行團。經歷15個小時'
     '旅行行程后，老人因中暑引發高血壓暈倒，被送醫后搶救無效離世。公司、旅行社和老人子女就賠償問題爭執不下'
     '后訴諸法院。近日，湖南省邵陽市大祥區人民法院審結了這起生命權、身體權、健康權糾紛案，酌定患有高血壓仍'
     '堅持旅行且未主動告知的老人對其死亡後果承擔60%的責任，旅行社作為旅游經營者承擔25%的責任，公司作'
     '為旅游策劃者承擔15%的責任。2024年10月，某公司為其客戶策劃了某項旅行活動，某旅行社為此提供旅'
     '游服務並對年齡超過65周歲的人員收取800元“超齡費”。68周歲的客戶王某在交納了“超齡費”后成功報'
     '名參團旅行。旅行第4天自早上7時30分左右，王某隨團先后經歷商場購物、爬山觀景、篝火晚會和夜市游覽等'
     '項目，至晚10時20分左右返回酒店。在酒店等待電梯時，王某因身體不適導致嘔吐暈倒，經緊急送醫搶救，仍'
     '因急性呼吸循環衰竭、高血壓等疾病離世。王某的子女認為某公司和某旅行社未對老人的疾病盡到審核義務，未對'
     '出行風險盡到告知義務，王某的死亡與高強度旅游行程具有因果關系，故要求兩被告連帶賠償死亡賠償金、喪葬費'
     '、精神撫慰金等各項損失共計80萬元。某公司和某旅行社認為王某的死亡系因自身突發疾病而導致，王某事先未'
     '提出存在身體不適，事發后兩被告積極實施了救助義務，故王某的死亡與兩被告沒有直接因果關系，且損失計算標'
     '准過高，請求法院駁回原告的訴訟請求。',
     'out', '涉法涉诉', False, [],
     []),
    # 19
    ('http://www.handmsg.com/page/2007/1231/28107409.shtml',
     '71歲的退休教師雨中游長城摔倒身亡，家屬理賠遭拒，狀告保險公司和旅行社，2007年10月18日法院判'
     '決，家屬獲賠30萬元。上海銀發旅行社是一家專業組織老年人旅游的公司，旅行社總經理施曉華介紹：搞老年旅'
     '游很難，收費低，常常出意外，幾年來我們慘淡經營。2006年，銀發旅行社推出“銀發之旅—北京雙特臥六日'
     '游”：……導游：地陪導游服務；保險：旅行社責任保險。71歲的退休教師陸宗道攜64歲的妻子以及里弄里其'
     '他4位老鄰居報名參加北京游，6位老人年齡最小的60歲。除了旅行社必買的旅行社責任保險之外，經旅行社推'
     '薦，6位老人還購買了中國人民財產保險公司上海分公司境內旅行意外傷害保險。從上海至北京，是6位老人自己'
     '上的火車，旅行社沒有派導游陪同。到了北京，是北京“神舟國旅”接團。接團后，6位老人被安排到其他普通團'
     '隊中，團隊中不光是老年人，還有青壯年游客。2006年5月26日，當天天氣預報說有大雨，導游徐曉平安排'
     '游客上午逛購物商店，下午爬長城。大霧迷茫，雨下得很大，下午1點20分來到長城腳下，每位游客都在長城小'
     '店里買了8元一套的簡陋的一次性雨披。徐導帶領團隊坐滑車上了長城，在長城門口檢完票，接下去就是自由行，'
     '徐導不再陪同，他關照全團游客原路上原路回，兩個小時后坐滑車下長城在停車場集合。此時，黑云滾滾，雷聲大'
     '作，雨越下越大，團隊中有一位殘疾軍人行動不便，他說他不上去了，另有一對河南老年夫妻也說不想爬了，于是'
     '，導游陪同殘疾軍人和那對河南老年夫妻坐滑車下長城去了停車場。好不容易來到長城，上海去的6位老人堅持要'
     '在雨中爬長城，身穿簡陋雨衣的老人們艱難地手拉著手往上爬，想一直爬到好漢坡。',
     'out', '涉法涉诉', False, [],
     []),
    # 20
    ('http://whlyw.cq.gov.cn/zwxx_221/bmdt/jdzf/202501/t20250110_14114573.html',
     '全市共收到旅游投诉举报7099件（投诉7031件，举报68件），同比2023年减少177件，下降2.'
     '43%，主要来源为全国文化市场技术监管与服务平台、12345政务服务热线、来访来电、上级交办、涉旅网'
     '络舆情等渠道。所有投诉举报均按规定程序处置完毕。旅行社类6261件，占旅游投诉举报总量的88.19%'
     '，主要反映游客自身原因取消行程，旅行社未按承诺或约定退还游客支付的定金或预付款、扣取退费违约金过高等'
     '退团退费问题；旅行社或导游擅自增加购物店、延长购物时间。导游等工作人员诱导或变相强迫购物，退货退款等'
     '参团购物问题；旅行社委派的导游等工作人员履职尽责不力、服务质量不佳等服务问题；旅行社提供的食宿、交通'
     '工具等服务降标降档问题；旅行社擅自减少景点、增加自费项目、变更游览顺序等行程变更问题；旅行社强制收取'
     '高额旅游意外险费用等问题。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://uianet.net/dictionary/b13609966.html',
     '指规范公务出国行为的法律法规，主要包括公务出国人员的条件、安全保障措施、费用保障措施等方面的规定，其'
     '目的是确保公务出国行为合法、合规、安全。根据该办法公务出国人员应当符合以下条件：1、具有出国境的必要'
     '性和紧迫性；2、具有出国境的资格和条件；3、具有出国境的安全保障措施；4、具有出国境的费用保障措施。'
     '综上所述：建议公务出国人员在出国前应当认真审查自身是否符合出国条件，并严格遵守相关法律法规和规定，确'
     '保出国行为合法、合规、安全。【法律依据】：《因公临时出国经费管理办法》第四条 因公临时出国经费应当全'
     '部纳入预算管理，并按照下列规定执行：（一）各级财政部门应当加强因公临时出国经费的预算管理，严格控制因'
     '公临时出国经费总额，科学合理地安排因公临时出国经费预算。（二）各地区各部门各单位应当加强预算硬约束，'
     '认真贯彻落实厉行节约的要求，在核定的年度因公临时出国经费预算内，务实高效、精简节约地安排因公临时出国'
     '活动，不得超预算或无预算安排出访团组。确有特殊需要的，按规定程序报批。第五条 出访团组实行计划审批管'
     '理，并按照下列规定执行：（一）各地区各部门各单位应当认真贯彻中央有关外事管理规定，科学制订年度因公临'
     '时出国计划，认真履行因公临时出国计划报批制度，严格控制因公临时出国团组人数、国家数和在外停留天数，正'
     '确执行限量管理规定。组团单位和派出单位要明确责任，谁派出、谁负责。（二）因公临时出国应当坚持因事定人'
     '的原则，不得因人找事，不得安排照顾性和无实质内容的一般性出访，不得安排考察性出访。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://m.socomic.net/hanye/2023/0501/0501105315.html',
     '“成都發布”消息，為強化游客至上的旅游服務理念，凈化旅游消費市場，提升旅游服務質量，提升成都旅游良好'
     '的體驗感，成都市設立“旅游誠信金”，建立完善“旅游投訴快速處置、旅游糾紛快速賠付”工作機制。游客如遭'
     '遇消費糾紛，可通過“12345”熱線平臺提出賠付要求。文旅、市場監管、商務、發改等部門聯合成立工作專'
     '班，對相關投訴提級提速辦理，原則上對游客無過錯的一般糾紛3個工作日內辦結并完成退賠。市區兩級統籌設立'
     '“旅游誠信金”2000萬元，建立涉旅投訴先行賠付機制。游客通過“12345”平臺投訴后，對游客無過錯'
     '且事實清楚、證據充分、索賠依據明確的，工作專班即啟動先行賠付。游客在蓉旅行期間，與當地旅行社、賓館酒'
     '店（民宿）、以及在景區景點內餐飲店、購物商店等發生在合同、價格方面的消費糾紛，均可申請快速賠付。下一'
     '步，相關部門將制訂出臺旅游糾紛快速賠付實施細則，優化“旅游誠信金”管理、使用、追償等各項流程，確保快'
     '速、高效處理旅游投訴糾紛，構建規范有序、和諧穩定的旅游環境。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH154, "fresh154")
