"""Sealed batch fresh155: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh153th.py; the batch and its row ids are "fresh155".)

Theme: public-welfare jobs and village posts (公益性岗位, 护林员/保洁员 slots, 村级误工补助, 村干部
工资, 环卫工): a 党支部委员 keeping his daughter on the cleaners' roll without work, a 村党总支书记
putting his daughter and son-in-law into 公益性岗位, a 村民小组 drawing 误工费 in relatives' names,
a 财政所 keeping 28 unclaimed 村干部 wage cards, a 环卫处 head selling a job, a 护林员 and his
superiors failing to stop logging, a 村监会主任 paid twice; out items are a 公益性岗位 worker's
arbitration, a street sweeper's wage lawsuit, a dismissed 公益性岗位 worker's compensation question,
cleaners' unpaid wages, a 林场 housing reply, and policy, enquiry and news texts on 护林员 and
公益岗位. The stored pages hold few texts on the exact theme, so five in items come from the
neighbouring subsidy and compensation frauds (公益林补偿, 农业补贴, 退耕还林, 征地补偿: items 9-12)
and from 护林员 duty (items 6, 8). Sources (stored-pages search): a nxbjm copy of the 石獅 溪前村
巡察 story (traditional); a college 纪检 page on the 墨江 坝老村 支书 张应祥; a qdubb copy of the
江川 業家山 巡察 story (traditional); a handmsg copy of an audit story on Q縣 R鎮 (traditional); a
中新网 copy of the 检察日报 report on the 连云港 海州 环卫 cases; a 海口网 report on the 五指山 毛道乡
毁林 通报; a 台州 椒江 纪委 page on a 村监会主任's double pay; a szketai copy of the 中纪委 story on
古田 灣口村 (traditional); a copy of the report on the 宜州 定满村 公益林 money; a 华夏时报 report on
the 道县 白泥山村 subsidies; a wzatv copy on the 米脂 退耕还林 case (its second page); a 搜狐 copy of
the 法制日报 report on the 涪陵 双溪村 cadres; out: a 劳动争议调解网 case of a 城管 协管员, a
law-firm copy of a 槐荫 court judgment on a sweeper's pay, a law-firm page on a dismissed 公益性岗位
worker, a forum copy of the 华商报 report on 灃東 焦家村 cleaners (traditional), a copy of a 华商报 item on
西八里村 cleaners, a 六安 government page with a 林业局's 县长信箱 reply on 看花楼林场, a 09mi article on 村干部 as 护林员,
an isoyu page on 生态护林员 选聘, a 东北网 report on 牡丹江 公益岗位 exams and the 郭嘉镇 report on
its 生态护林员 selection. Five texts are in traditional script (items 1, 3, 4, 8, 16).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, site and navigation lines, image lines, copyright notices and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers ("100-150元", "1.085万元", "4×12个月×1400/月"); the ASCII brackets of
"信箱[2016]43号" (018) and "[2×12个月+2]" (014) kept; stray spaces removed (007, 009, 022). Page
oddities kept: "隨后" and "村裡" (001), "終于" (003), "決不可能" (004), "李治保所在单位" (011), "按照株树" (012), the dates written without 年/月 in the
judgment ("20171215日", "20103月", 014), "九月、十月、的工資" (016), "区财政不在支付" (017), the
synonym-spun wording of 020 ("补助尺度", "懂得", "发明问题", "材质") and its ASCII full stop after
"森林火灾等" written full-width.
scope "in" for alleged misconduct of a party member or public official (village cadres and
村民小组 干部 included; a 护林员 who is a party member counts, as in fresh37th.py), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms and businessmen without a post, and officials who only handled, investigated,
announced or answered are not accused; an organ or an unnamed group accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name, "原" kept) and units as written; unit None when the text ties the person to no
named unit. Topics only from the twelve names of triage.md: pay drawn for ghost or double posts is
廉洁纪律 (IS.INT.09 虚报冒领) with 贪污贿赂 where the money went into private pockets; slots given to
relatives are 群众纪律 (IS.MAS.03 优亲厚友); dereliction is 工作纪律 with 滥用职权 (IS.LAW.02) where
the text writes 失职渎职. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (008, 009).
Out types: 涉法涉诉 2 (013, 014), 个人利益诉求 4 (015-018), 其他 4 (019-022). 21 accused entries,
all in items 1-12: 8 with a full name (张应祥, 严枫, 张琳, 杭亮, 周昌齐, 张文树, 张光福, 张周元), 13
masked (許某, 陳某某, L, 黄某, 黄某强, 黄某芳, 林某贵, 杨某, 唐某, 李某某, 王某, 陈某, 邹某), none post
only. Item 008 is in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Traditional; the hotline line, title, "浏览…分类" line and the page's summary paragraph cut;
    ends before the truncated admission "最終承認他…但從未到村委". 許某 first written "溪前村黨支部
    委員許某": ('許某', '黨支部委員', '溪前村'). The daughter on the roll and the evasive 村干部 are
    not accused. 廉洁纪律 (pay for a cleaner who never worked) and 贪污贿赂 (hard: the text stops
    before saying who took the pay).
 2  Header, title and date cut; ends before the truncated "私自将其女儿张某某、女…". 张应祥 as
    "坝老村原党总支书记": ('张应祥', '原党总支书记', '坝老村'). 老纪 and 小杨 are inspectors.
    群众纪律 (优亲厚友 in 公益性岗位) and 廉洁纪律.
 3  Traditional; the clean qdubb.cn copy used (the www. copy is mojibake); ends before the
    truncated "業某、李某我們也打好招…". 陳某某 first written "業家山小組副組長陳某某":
    ('陳某某', '副組長', '業家山小組'); the other two 組干部 are an unnamed group; 業某, 李某, 王某
    are the relatives whose names were used (not accused). 廉洁纪律 and 贪污贿赂.
 4  Traditional; two sentences garbled in the stored copy ("核查。?/p>", "村干部?!辈⑻峁…") cut,
    so the text ends inside Z會計's quote, before the truncated "2017年…" (the quote is left
    unclosed). 財政所所長L kept the 28 unclaimed wage cards and had them drawn: ('L', '所長',
    'R鎮財政所'). Z會計 acted on his order and tells it (not accused, hard); the L局 audit team,
    Y大姐, 小G and C股長 only check. 廉洁纪律 (套取 by a false roll) and 工作纪律 (弄虚作假); not
    贪污贿赂, as the money went to village accounts.
 5  Nav lines, title, source line and the sub-heading cut; ends before the truncated "于是在严枫
    的帮助下，". 严枫 first written "该区城管局前任局长、环卫处前任主任严枫": ('严枫', '前任局长、
    环卫处前任主任', '城管局'); 张琳 and 杭亮 as "时任环卫处主任张琳、副主任杭亮": ('主任' / '副主任',
    '环卫处'). The three others sentenced are unnamed; 郑育新 is a businessman who bribed (not
    accused). The page's headline on 虚报冒领 环卫工人工资 is cut, so the text itself shows only the
    bribe and a job turned 合同工 for the briber's child. 贪污贿赂 and 廉洁纪律.
 6  The 海口网 copyright lines cut. Four entries: 黄某 ('护林员', '毛道乡'; a party member,
    expelled), 黄某强 first written "毛道乡林业站站长的黄某强" ('站长', '毛道乡林业站'; later "原站
    长"), 黄某芳 ('党支部书记兼村委会主任', '毛枝村'), 林某贵 ('党委委员、副乡长', '毛道乡'). The
    "党政主要负责人" who got 诫勉谈话 are an unnamed pair: no entry (hard). fresh37th.py has an
    unnamed later 毛道乡林业站 站长 in a 2019 黄花梨 story; 黄某强 was jailed in 2014, so taken as
    a different person. 工作纪律 and 滥用职权 (失职渎职).
 7  Header, title and date line cut; ends before the truncated "因此往年都由村集体按照…".
    ('杨某', '村监会主任', '前街村'). 小张 and the 组长 are inspectors. Only 廉洁纪律 (double pay).
 8  Traditional; the page's label junk, the "新華網 正文" and share lines, title and source line
    cut; ends before the truncated "護林員都是由鄉鎮選…". Mixed: the villagers' own grievance over
    their collective forest (林家才's logging, already judged) beside their demand to call the
    absent 護林員 to account. Hard: in, as the 鎮紀委 takes up the 護林員 (a paid village post) and
    the 林業站's choice of them; the 3 護林員 and the 村支委 are unnamed: no entry. 鄭銀冰 and 林萬琪
    only answer. Only 工作纪律.
 9  Title lines, date and source line and the sub-heading cut; ends before the truncated "国家或
    上级有补…". Mixed: the 屯s' own 公益林 补偿 claim beside the letter that the 村支书 gave a false
    certificate and drew the money: ('唐某', '村支书', '定满村'). Hard: the opening says a private
    farmer (廖某, not accused) took the money, so the 村支书's part is only alleged. 群众纪律
    (截留) and 廉洁纪律.
10  Title and byline cut, the sub-heading "村干部突然“致富”" cut; ends before the truncated "将这些
    土地算到自己妻子、". ('周昌齐', '村支书', '白泥山村'). 周红成 and 周昌明 are the reporters; the
    "村干部们" an unnamed group; 唐主任 of the 纪委 only answers. Not mixed (the text asks for the
    cadres to be dealt with, not for a payment). 群众纪律 and 贪污贿赂.
11  The stored page is the article's second page; the sub-heading cut; ends before the truncated
    "28间粉条加工厂房，实际只…". The three "村干部" (张文树, 张光福, 张周元) with unit None (the
    village is not named on this page). 李某某 of the 榆林市路政执法支队, who took 6000元 of the
    money as "随礼" for a project, is given (李某某, None, '榆林市路政执法支队') (hard: he is dead and
    the text does not call it a bribe). 张生福, the reporter and new 村主任, is not accused.
    Off theme (退耕还林). 贪污贿赂 and 廉洁纪律.
12  Byline and the sub-heading cut; ends before the truncated "在2008年分5次共计…". Units as
    written: 王某 "双溪村村民委员会党支部书记" ('党支部书记', '双溪村村民委员会'), 陈某 "双溪村7社
    社长" ('社长', '双溪村7社'), 邹某 ('社长', '双溪村1社'). Off theme (征地补偿). Only 贪污贿赂.
13  涉法涉诉: a 协管员 in a 公益性岗位 takes the 城管局 to arbitration for severance and withdraws;
    the "案例回顾" and "知识链接" heads cut; ends before the truncated "解…". No misconduct alleged.
14  涉法涉诉: a sweeper's pay lawsuit against a private cleaning firm; the court and case-number
    lines and the party list cut; ends before the truncated "清扫…" sentence. The 城管 信队长 only
    placed him.
15  个人利益诉求: a dismissed 公益性岗位 worker's own compensation question to an arbitration
    committee; title cut; ends before the truncated "都应…". Could be read as 涉法涉诉 or 其他.
16  个人利益诉求, traditional: cleaners' unpaid wages after their hand-over to a firm; image and
    upload lines and the source line cut. The 街道辦 only answers: no allegation.
17  个人利益诉求: 西八里村 cleaners' unpaid wages; the "(资料图)" line, headline, byline and
    "关键词" cut. The 环卫站 only explains.
18  个人利益诉求: the 林业局's reply to a 林场 family on its unfinished housing; 段贤柱 only
    instructs. Short.
19  其他: a commentary on whether 村干部 may be paid as 护林员; the doubled title cut.
20  其他: a 生态护林员 selection guide; the title, the "/ 0评 / 0" line, the three numbered
    question heads, the inserted junk "百思特网" (three times) and "(原创www.isoyu.com版权)" cut;
    the "(一)" to "(五)" markers kept. Could be read as 个人利益诉求 (how to apply for a post).
21  其他: a news item on disabled people sitting an exam for 公益岗位; dateline and 责任编辑 cut.
22  其他: a 镇 report to the 县林草局 on its 生态护林员 choice; the sender line and title cut; the
    space before the date removed.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH155: list[Item] = [
    # 01
    ('http://nxbjm.com/2150097-2150097_sswhjxqczlcsglxcwlmdb.html',
     '“本以為可以瞞天過海，沒想到還是搬起石頭砸了自己的腳。”前不久，福建省石獅市蚶江鎮溪前村黨支部委員許'
     '某收到蚶江鎮紀委發出的處分決定書時說。此前，石獅市委對蚶江鎮溪前村開展了村“三資”管理專項巡察。工作'
     '人員在查閱資料時發現，該村花名冊內登記了一名保潔員。截至巡察期間，村委會每月都會固定給這名保潔員發放'
     '工資。然而在實地走訪中，工作人員了解到溪前村委會並未聘任保潔員，而是委托一家保潔公司派人上門進行保潔'
     '服務。既然已經有保潔公司人員上門服務，為什麼還要另外聘請一名保潔員呢？帶著疑問，工作人員經過進一步查'
     '閱相關資料和談話了解，發現該保潔員原來是該村黨支部委員許某的女兒。隨后，巡察組工作人員直奔村委會，隨'
     '機找來幾名村干部進行訪談。“村委會除了與保潔公司合作，有自己聘任保潔員嗎？”“沒有，村委會保潔是由保'
     '潔公司派人來做的。”“那花名冊上的保潔人員是誰？”“沒見過”“不太清楚”……面對巡察組工作人員的突然'
     '到訪，幾名村干部支支吾吾，均表示不清楚有聘任保潔員這回事，從未見過這個人。接著，工作人員找到許某了解'
     '情況。“這名保潔員是你女兒嗎？她是否在村裡做保潔員？”',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('許某', '黨支部委員', '溪前村')]),
    # 02
    ('http://jijian.yzjsxy.com/Item/3/1737.html',
     '“马上就卸任了，想到多年来为村上的发展付出了很多，便打算最后为自家人捞点好处。我对不起组织，对不起信'
     '任我的群众。”拿到处分决定书，云南省普洱市墨江县鱼塘镇坝老村原党总支书记张应祥后悔不已。此前，墨江县'
     '委巡察办派出14个巡察组，对墨江县11个乡（镇）的89个村（社区）党组织进行常规巡察，第十二巡察组进'
     '驻墨江县鱼塘镇，对坝老、景平等六个村开展巡察工作。一天晚饭过后，第十二巡察组成员老纪和小杨踱步到村民'
     '聚集较多的坝老村丫口组村口。在闲谈中与村口散步的村民逐渐热络起来，老纪也开始切入正题，了解村干部的履'
     '职情况。“我们村上的几名干部任职时间都比较长，平时工作也尽职尽责，但是村党总支书记把女儿、女婿都招进'
     '了公益性岗位。”“我们丫口组共有31户建档立卡户，不少贫困户脱贫难度比他女儿女婿家大，为什么他女儿、'
     '女婿能享受政策？”在场的村民打开了话匣子，反映的问题直指时任坝老村党总支书记的张应祥。“公益性岗位是'
     '国家帮助困难群众解决就业问题的扶贫项目，选聘对象要经过严格的程序，并且要优先考虑条件困难的家庭。”老'
     '纪抓到问题的关键，随即进一步与村民了解情况。紧接着，巡察组重点走访了丫口组17户农户，大部分群众都反'
     '映了同样的情况。从群众口中大致掌握来龙去脉后，巡察组继续深入村委会详细了解情况。2020年2月，坝老'
     '村分到的滇沪劳务公益性岗位名额是31个。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('张应祥', '原党总支书记', '坝老村')]),
    # 03
    ('http://qdubb.cn/html/2023/xunshixuncha_1214/125208.html',
     '“你們看，業家山村民小組2月份的誤工考勤表竟然登記了30天……”江川區委第三巡察組在對前衛鎮業家山村'
     '開展巡察時，一筆不合常理的報銷引起了工作人員的注意。“為什么業某和李某等8人的誤工補助領了15天，每'
     '天100-150元？而其他人只領了3天，每天30-50元？”帶著問題，巡察組隨即對業家山小組的誤工費'
     '報銷情況進行了統計分析。發現業家山小組2020年至2022年發放誤工補助高達21.22萬元，對一個經'
     '濟薄弱的村來說，這無疑是一筆“巨款”。“從誤工考勤表上看，3個小組干部似乎沒有領取過誤工費，但業某和'
     '李某等8人的名字卻頻繁出現，領取的誤工費也最多，這里面可能有貓膩。”經過比對，巡察組鎖定業某等8人進'
     '行走訪核實。經過入戶走訪，巡察組了解到業某2022年初已赴西藏打工，李某長期從事油罐車專職駕駛，王某'
     '在外地承包荒山從事養殖……是他們虛報冒領，還是有人搞“移花接木”？為徹底查清事實，巡察組進一步向業家'
     '山小組核實情況。“你們發放誤工補助費是否以考勤表為準？”“是的。”“是否存在有人多報、錯報的情況？”'
     '“沒有。”“那這一筆，2月有30天誤工是怎么回事？”“業某2022年初已赴西藏打工，這期間，他的名字'
     '卻在誤工考勤表上出現了44次，還領取了誤工補助6095元，是怎么回事？”……“我們小組干部工資低、任'
     '務重，但領取誤工費的話，群眾意見又很大。業某等人是我們的家人和熟人，我們用他們的名字來代替我們領取誤'
     '工費，可以多領，又能避免村民看到我們經常領取誤工費而生疑。所以誤工考勤表上從未出現過我們三個組干部的'
     '名字。”在巡察組的追問下，業家山小組副組長陳某某終于和盤托出。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('陳某某', '副組長', '業家山小組')]),
    # 04
    ('http://www.handmsg.com/page/2018/0101/25918617.shtml',
     '村干部是農村工作的主要力量，依法選舉村干部不僅事關社會主義新農村建設和發展，而且事關農村的社會穩定。'
     '但L局赴Z市Q縣扶貧交叉審計組，在對Q縣2016年扶貧政策措施落實和扶貧資金分配管理使用情況交叉審計'
     '中，卻查出了一起提供虛假村干部名單套取工資50余萬元的怪事。審計過程中，審計人員將Q縣住建局提供的危'
     '房改造信息與財政局提供的村干部工資發放明細表比對發現：Q縣R鎮有兩名村干部享受危房改造資金2.4萬元'
     '。審計組將調查核實的任務交給了Y大姐和小G負責。Q縣住建局C股長如約來到審計組辦公室。Y大姐問C股長'
     '：“你們實施危房改造的具體程序是什么？”C股長一五一十講完后，Y大姐又問：“你們享受危房改造人員中有'
     '兩名村干部，你知道嗎？”C股長表示決不可能。Y大姐把財政局提供的“村干部工資發放明細表”遞到了C股長'
     '面前，C股長詫異的同時，查看了“村干部工資發放明細表”，但嘴里不停地重復著：“是這個鎮的嗎？是這個村'
     '的嗎？是這兩個人嗎？會不會搞錯？”Y大姐和小G把核查的方向轉向了R鎮。她們到達R鎮財政所，向財政所村'
     '級代管資金會計Z了解情況。Z會計表示，Z某某和F某某兩人從未當過村干部，并如實陳述事情的經過：“20'
     '15年新選的全鎮的村干部工資卡是我發放的，發完后還剩余28名村干部工資卡沒人領，經請示財政所所長L后'
     '，他讓我先保管著。2016年L所長要求我把這28張工資卡的資金取出，上交到村級經費賬戶上，按領導簽字'
     '支付給村聘用村干部工資一部分，剩余的用于村公用經費。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('L', '所長', 'R鎮財政所')]),
    # 05
    ('https://www.chinanews.com.cn/sh/2017/03-21/8179059.shtml',
     '2015年以来，江苏省连云港市海州区检察院立案侦查城管环卫系统贪污贿赂案件5件6人。该区城管局前任局'
     '长、环卫处前任主任严枫受贿63.4万元，被判处有期徒刑六年零六个月；时任环卫处主任张琳、副主任杭亮，'
     '因犯贪污、受贿罪，分别被判处二年和六年有期徒刑；该系统另有3人因涉嫌共同贪污被判处缓刑。今年47岁的'
     '严枫，一毕业就被分配到海州区（原新浦区）城管局环卫处工作，从普通科员、环卫处主任，到城管局局长，在严'
     '枫26年的工作经历中，有20年的时间与环卫领域关系密切，在当地环卫系统有着深厚的根基和广泛的人脉。2'
     '000年，严枫刚刚坐上环卫处主任的位子。一天，一直在环卫处做工程的老板郑育新找到严枫：“小严，你刚工'
     '作没有多少钱，送你点钱家用。”说着，就把一个塑料袋递给了严枫。严枫打开一看，里面装着11沓百元大钞，'
     '一共是11万元！此前，严枫与郑育新并不是很熟悉，但还是收下了这份见面礼。尽管对方没有提什么要求，但严'
     '枫心里明白，这是希望自己能够在日后多多“照顾”，所以也就却之不恭了。后来由于郑育新不再干工程了，严枫'
     '因为“没有帮上什么忙，心里一直不好意思”。终于有一天，郑育新又来找严枫，希望能帮自己的小孩从环卫处清'
     '运公司的临时工转为合同工。正苦于“还不上人情”的严枫，自然竭力帮忙。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('严枫', '前任局长、环卫处前任主任', '城管局'), ('张琳', '主任', '环卫处'), ('杭亮', '副主任', '环卫处')]),
    # 06
    ('http://hkwb.net/news/content/2014-04/07/content_2196807.htm',
     '既要金山银山，更要绿水青山。五指山作为生态核心保护区，保护森林资源尤为重要。近日，五指山市纪委通报毛'
     '道乡毁林典型案件，护林员怠于履行巡山职责，相关领导干部消极作为、失职渎职，造成30多亩国有省级重点公'
     '益林被村民滥伐。他们的失职行为受到惩处，其中，党纪政纪处分4人，诫勉谈话2人，2人被追究法律责任。2'
     '011年下半年至2012年期间，由于五指山市毛道乡护林员黄某长期怠于履行巡山职责，造成自己管护范围内'
     '的省级公益林被滥伐，特别是在得知自己管护范围内的国有公益林遭受毁林后，没有及时到毁林现场查看并制止；'
     '作为毛道乡林业站站长的黄某强，在接到毁林报告后，瞒报毁林情况，最终导致黄某所管护的毛枝村巾穿水库周围'
     '国有省级重点公益林被村民滥伐34.3亩，活立木蓄积量102.9立方米的重大损失。近日，五指山市纪委监'
     '察局决定，给予负有直接责任的护林员黄某开除党籍处分；给予负有直接领导责任的林业站原站长黄某强开除公职'
     '处分；给予负有监管责任的毛道乡毛枝村党支部书记兼村委会主任黄某芳党内警告处分；给予负有重要领导责任的'
     '毛道乡党委委员、副乡长林某贵党内警告、行政记过处分。此外，市纪委还对负有主要领导责任的毛道乡党政主要'
     '负责人进行了诫勉谈话。同时，司法机关也对失职渎职导致毁林事件发生的黄某、黄某强依法追究了法律责任。其'
     '中，黄某被判处有期徒刑二年，黄某强被判处有期徒刑三年六个月。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('黄某', '护林员', '毛道乡'), ('黄某强', '站长', '毛道乡林业站'), ('黄某芳', '党支部书记兼村委会主任', '毛枝村'), ('林某贵', '党委委员、副乡长', '毛道乡')]),
    # 07
    ('http://www.tzqf.gov.cn/art/2022/9/15/art_1229059953_58926570.html',
     '“组长，这笔支出有问题，杨某作为村监会主任，已从村里领取了报酬，不应再从街道领取！”近日，台州市椒江'
     '区委第三巡察组在对章安街道前街村开展巡察时，巡察干部小张在账册中发现了“猫腻”。“杨某领了多少钱？仔'
     '细看看前几年是否也存在同样的情况？”巡察组组长提醒小张道。“我查过了，杨某先于2021年1月领取了村'
     '里发放的2020年1-11月报酬2.8万元，又于同年7月领取了街道发放的2020年1-11月报酬1.'
     '085万元，而且他在2020年11月已不再担任村监会主任，多领取的钱应该退回来才是。不过暂时没有发现'
     '前几年有重复领取的情况，我马上找杨某来核实。”小张翻着账本说。面对巡察组的询问，杨某对重复领取报酬的'
     '事实供认不讳，并深刻认识到自己的错误：“我以为自己不再担任村监会主任，发我的报酬拿了就拿了，没有人会'
     '知道。唉，小便宜贪不得呀，我马上把多领的钱退还组织。”然而事情到此并没有结束。虽然从账面看，杨某领了'
     '“双份”工资，理应退还，但村里和街道对此事是否知晓，有没有向他催讨过，而且发给杨某的报酬不仅金额不一'
     '样，时间也有先后，村监会主任的工资究竟是如何发放的，这中间到底哪个环节出了问题？凭借多年的巡察经验，'
     '巡察组组长觉得此事并没有表面看起来那么简单。他决定带领巡察组打破砂锅问到底，全面了解村监会主任报酬发'
     '放情况。根据《椒江区村务监督委员会主任履职考核及基本报酬资金使用管理暂行办法》相关规定，村监会主任报'
     '酬可在村集体与街道发放标准中取其高者。',
     'in', None, False, ['廉洁纪律'],
     [('杨某', '村监会主任', '前街村')]),
    # 08
    ('http://www.szketai.com/politics/2020-10/19/c_1126627519.htm',
     '“現在護林員巡山可勤快了。”9月27日，我再次來到福建省古田縣水口鎮灣口村，村民陳大爺樂呵呵地告訴我'
     '。今年4月，我和鎮紀委同事到灣口村開展日常走訪活動。一進村，幾個情緒激動的村民就圍了上來。“我們村一'
     '片桉樹林全被破壞了，村里都沒人出來管管嗎？”“山場是我們村民的集體財產，被人說挖就挖了。”“林地被破'
     '壞，護林員必須給我們一個說法。”……“大家一個一個慢慢說，我這邊進行登記。你們放心，查明有問題一定會'
     '處理的。”我們安撫村民情緒，并向他們了解具體情況。原來，灣口村村民林家才要在該村長垅山場砍伐林地，重'
     '新種植桉樹苗，他雇用的鉤機超范圍開墾，破壞了山場和林地。林家才未經林業主管業務部門審批，擅自鉤挖桉樹'
     '林，造成桉樹林大量毀壞，已于今年1月被縣人民法院以犯濫伐林木罪，判處有期徒刑一年六個月，并處罰金2萬'
     '元。令村民憤憤不平的是，本該出面制止濫伐林木行為的護林員卻始終不見蹤影。因此，村民要求追究相關人員責'
     '任。我直接帶著問題趕往灣口村村委。“村民反映的問題屬實。我出面協調過糾紛，但村民并不滿意。”村民主任'
     '鄭銀冰說。“你們村林業工作誰負責，怎么分工？”我追問。“分管林業工作的是一名村支委，另外有聘用3名護'
     '林員，護林工作由鎮林業站安排分配。”鄭銀冰回答。',
     'in', None, True, ['工作纪律'],
     []),
    # 09
    ('http://www.ljohz.com/iebqrtna/108088.html',
     '4年前，宜州市福龙瑶族乡定满村村民，以为天上突然掉下馅饼：有人自愿帮助管护村内荒山，无需任何报酬，且'
     '所有收益也都由村屯所有。2年后，村民们却突然发现，由国家发放的重点公益林补助款，被当初提供馅饼的人占'
     '去11万元。原来，宜州市庆远镇一农民，提前获悉国家将对重点公益林发放补助，遂与定满村各屯签订合同，其'
     '中一条规定，国家给予的任何补助将不由村屯享受。目前，宜州市公安局已介入调查，政法部门正在进一步处理中'
     '。去年4月，宜州市检察院接到福龙乡定满村12名村民来信，称其村支书出具虚假证明，冒领村委会各屯公益林'
     '补偿金。宜州市福龙乡位于宜州南端，而定满村则是福龙乡偏远的乡镇之一，信息相对闭塞。据村民们称，去年年'
     '初，林业部门开始发放2007年至2008年的重点公益林补助款，按照每亩补偿4元的标准，自己屯内应得到'
     '补偿款17240元，但村支书唐某却称仅7800元。去年5月，宜州市公安局介入调查。然而，唐某却拒不承'
     '认冒领款项，并称补助款是被一名林业部门的工作人员领取。唐某称，3年前，各村屯小组长曾与他签合同，每亩'
     '补偿价格按2元发放，因此在补偿金发放不久后，便迅速被该工作人员收回。据村民们回忆，2007年12月，'
     '一位名为廖某的人，曾来到村内，召集各自然屯屯长开会，称要保护村里荒山，要求各屯长与其签订一份《封山育'
     '林管护合同》。合同中称，由廖某负责调处各处荒山纠纷，协调各处坏林毁林行为，管护期间，由廖某给村屯每亩'
     '2元。这些条款让不少村民开始认为，廖某是林业部门的工作人员。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [('唐某', '村支书', '定满村')]),
    # 10
    ('https://www.chinatimes.net.cn/article/8195.html',
     '走出纪委办公室的大门，60岁的周红成一脸迷茫和无奈。从2008年3月开始，每个周一到周三，周红成记不'
     '清是多少次来到这里了。周红成是湖南省永州市道县白芒铺乡白泥山村维权村民代表，从2008年3月开始，近'
     '两年来，为反映当地村干部贪污挪用村民多项农业补贴，周红成、周昌明与白泥山村的5位村民代表辗转奔走，从'
     '乡、县、市一级级向上反映问题。今年3月全国“两会”期间，道县有9个村上访反映问题，都牵涉到基层干部侵'
     '吞中央补贴农业资金问题。事实上，有关农业研究专家表示，这样的问题在全国都很普遍。自2004年国家实行'
     '农业补贴政策以来，中央和地方政府每年投入农村的各类资金在8000亿元之上，这些资金大量的投入要通过乡'
     '村干部来使用，或通过村干部发放到农民手上，这为乡村基层干部腐败提供了便利；基层乡村干部利用手中的权力'
     '和操作空间大肆违规截留、侵吞惠农资金，在短短几年内快速发家致富。道县纪委廉政办公室的唐主任在接受《华'
     '夏时报》记者采访时表示：“白泥山村这个事情确实是非常严重的。为此，道县最近几个月也正在对多个乡镇进行'
     '清账。”据白泥山村周红成、周昌明等几位村民代表介绍，2004年农业补贴实施第一年，村里所有的农业补贴'
     '就被该村村支书周昌齐直接取走，后来的解释是这个钱用来抵扣上一年该村村民欠下的农业税。2005年实施直'
     '接打到户主户头的“一本通”后，在基层掌握上报村内花名册“大权”的村干部们依然有充分的操作空间。',
     'in', None, False, ['群众纪律', '贪污贿赂'],
     [('周昌齐', '村支书', '白泥山村')]),
    # 11
    ('https://wzatv.cc/atv/a/yaowen/2016/0921/145149_2.html',
     '最终，米脂县法院认为，三人身为村干部，在协助县有关政府部门从事退耕还林补贴款兑现过程中，利用职务上的'
     '便利，以虚报退耕户的方式，非法占有国家退耕还林补贴款45840元，数额较大，其行为已构成贪污罪。收到'
     '判决不久，张文树提出上诉，请求改判无罪。在张文树看来，他“并未占有或者自己支取国家退耕还林补贴款，是'
     '为了村集体利益的随礼行为”，而且，“行礼的目的是为了村集体利益争取有关项目，根据现有国情及地方习俗，'
     '为了项目行礼这种情况根本无法避免”。例如，判决书中提到，张光福和张周元供述，所获补贴款中有6000元'
     '送给榆林市路政执法支队李某某。2011年，李因病去世。李治保所在单位对其身份予以证实，并证明单位曾通'
     '过李给三人所在村拨付扶贫捐赠2万元。张文树在上诉书中坚称他的做法无可厚非，因为拿到项目后获益的仍然是'
     '村集体和村民。对张文树“贪污”的质疑，最早可追溯到2013年年底村民的举报。现年63岁的张生福在持续'
     '举报张文树等人1年多后，已于2015年1月当选为新一届村主任。据张生福介绍，之所以会举报张文树，源于'
     '当地一篇报纸报道。他在报道中发现了太多与村中实际情况不符的地方，继而怀疑张文树贪污。这篇发表于201'
     '3年11月26日的新闻宣传报道，至今仍挂在当地新闻网站上。该报道称：2005年，村委在没有任何资金的'
     '情况下，张文树个人垫资50余万，新建28间粉条加工厂房；2012年粉条加工实现产值550万，创利润3'
     '00多万，仅此一项全村农民人均收入增加5000多元，此外村里还新修了8座淤地坝和引进优质山羊850只'
     '等等。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('张文树', '村干部', None), ('张光福', '村干部', None), ('张周元', '村干部', None), ('李某某', None, '榆林市路政执法支队')]),
    # 12
    ('https://news.sohu.com/20120302/n336448760.shtml',
     '为骗取国家征地补偿费和国家救灾补偿款，重庆市涪陵区李渡新区双溪村的3名干部在征地拆迁过程中，多次虚报'
     '坟墓、林木数量以及征地面积，不到3年竟贪污35万余元。据检方指控，从2008年1月到2010年5月，'
     '双溪村村民委员会党支部书记王某参与作案7次，参与金额300879.10元，分赃240111.10元；'
     '双溪村7社社长陈某参与作案3次，参与金额111673元，分赃81673元；双溪村1社社长邹某参与作案'
     '1次，参与金额60088元，分赃30044元。近日，重庆市涪陵区人民法院以贪污罪判处被告人王某有期徒'
     '刑12年，被告人陈某有期徒刑10年，被告人邹某有期徒刑5年，并责令3被告人将贪污所得赃款，退还给涪陵'
     '区国土局李渡工业园区分局。涪陵区法院承办法官今日向《法制日报》记者披露了3名村官利用职务之便，虚报各'
     '类名目骗取国家补偿款的“把戏”。2007年，重庆市涪陵区要开建占地约195亩的油漆厂，而双溪村支部书'
     '记王某所承包的葡萄园恰在被拆迁范围内。在征地拆迁初期，由于在葡萄树数量问题上，王某未与涪陵区李渡工业'
     '园国土分局达成补偿协议。2007年年底，涪陵区李渡新区管委会社会事务管理处再次与王某协商补偿事宜，并'
     '向当地国土分局出具了书面工作函。2008年1月，王某向涪陵区李渡工业园国土分局提供了一份报告，称其被'
     '拆迁的葡萄园面积70亩，包括酒厂在内共计投入138万元。当时，涪陵区有文件规定，葡萄树的补偿应该按照'
     '株树进行补偿。到现场实地查看过的李渡国土分局工作人员称，在确定具体补偿时不可能一株一株去数，于是按王'
     '某报告里所提的葡萄园面积70亩为基础，确定了葡萄树数量和相应的土地设施附属物。',
     'in', None, False, ['贪污贿赂'],
     [('王某', '党支部书记', '双溪村村民委员会'), ('陈某', '社长', '双溪村7社'), ('邹某', '社长', '双溪村1社')]),
    # 13
    ('http://ldzytj.cn/News/NewsDetail/4036',
     '职工孙某系家庭就业困难人员，现年56岁，身体也不好，2011年4月1日被某区城管局安排进了公益性岗位'
     '工作（协管员），并签订了3年期限的劳动合同，工资1250元/月。2014年3月31日劳动合同期满后，'
     '城管局书面通知劳动合同到期后将不再续签。他对此亦无异议，但认为根据《劳动合同法》的规定，城管局理应按'
     '他的工作年限支付经济补偿金，但城管局以他所在的岗位是公益性岗位为由，拒绝了他的要求。孙某对此不能理解'
     '，于2014年5月将城管局告到劳动人事争议仲裁委，请求裁决城管局支付经济补偿3750元。劳动仲裁委收'
     '到孙某的仲裁申请书后，进行了立案前的劳动保障政策法规宣讲和释明，最终促成孙某撤回了仲裁申请结案。公益'
     '性岗位是当地人民政府使用财政资金提供公益性短期就业岗位，帮助那些通过市场竞争难以实现就业，譬如：年龄'
     '偏大、技能单一、城镇零就业家庭人员等困难人员的援助措施，而不是按照市场机制相互选择、协商一致后确定的'
     '劳动关系。鉴于公益性岗位安置就业的确有其特殊性，对此，《劳动合同法实施条例》第十二条规定：“地方各级'
     '人民政府有关部门为安置就业困难人员提供的给予岗位补贴和社会保险补贴的公益性岗位，其劳动合同不适用劳动'
     '合同法有关无固定期限劳动合同的规定以及支付经济补偿的规定。”',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://sdcylaw.com/lvshianli/571.html',
     '原告郭泗才与被告济南大地机械化保洁有限公司（以下简称大地公司）劳动争议一案，本院于20171215日'
     '立案后，依法适用简易程序于2018125日公开开庭进行了审理。原告郭泗才及其委托诉讼代理人朱绍磊，被'
     '告大地公司的委托诉讼代理人范修奎到庭参加诉讼。本案现已审理终结。郭泗才向本院提出诉讼请求：1.判令被'
     '告支付原告20103月至20143月经十路至经八路路口清扫路段的工资福利待遇67200元（具体计算标'
     '准为4×12个月×1400/月）；2.判令被告支付原告2011年至20133月八一立交桥东侧两个弯道'
     '清扫路段的工资福利待遇36400元（具体计算标准为[2×12个月+2]×1400/月）；3.判令被告'
     '支付原告20126月起至20149月的老年环卫补贴4500元。事实和理由：2009年原告经济南市市中'
     '区城管机扫大队信队长安排到被告处从事道路清扫工作。20095月至20102月期间，被告管理人员姜淑军'
     '安排原告清扫八一立交桥南头至经十路处约300米的路段每月1400元。20103月至20143月，在原'
     '告原来工作量的基础上，姜淑军又给原告增加了经十路至经八路路口路段约700米的清扫路段。该清扫路段实际'
     '是四个人的工作量，却仅有原告及老伴两人清扫而且被告也没发放该清扫路段的工资福利待遇。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://zzttlaw.com/dismissal-termination/arrangements-for-public-service-positions-in-the-government-dismissed-a-compensation.html',
     '王某系下岗职工，由于年龄大身体也不好，2007年4月被政府安排进了公益性岗位工作，并签订了2年期限的'
     '劳动合同。最近，由于劳动合同到期及单位效益不好不需要那么多岗位，他又成了失业人员。他认为根据《劳动合'
     '同法》的规定，按他的工作年限，单位理应支付经济补偿金，但单位以他所在的岗位是公益性岗位为由，拒绝了他'
     '的要求。公益性岗位是否适用《劳动合同法》？王某对此不能理解，特意找到当地劳动争议仲裁委员会进行咨询。'
     '仲裁委有关人员经过了解，发现王某所说的情况属实，他所从事的工作确实是政府提供的公益性岗位。公益性岗位'
     '是政府帮助那些通过市场竞争难以实现就业的困难人员的就业援助措施，而不是按照市场机制相互选择协商一致后'
     '确定的劳动关系。它体现的是一种公益性、临时性和过渡性的特点，政府还要给予岗位补贴和社会保险补贴。为了'
     '鼓励公益性就业岗位的发展，《劳动合同法实施条例》第12条规定，地方各级人民政府及县级以上地方人民政府'
     '有关部门为安置就业困难人员提供的给予岗位补贴和社会保险补贴的公益性岗位，其劳动合同不适用《劳动合同法'
     '》有关无固定期限劳动合同的规定以及支付经济补偿的规定。《劳动合同法实施条例》做这样的规定，既有利于维'
     '护在公益性岗位上工作的劳动者的基本劳动权益，避免用人单位滥用公益性岗位规避《劳动合同法》，又有利于调'
     '动用人单位吸纳就业困难人员的积极性，还有利于鼓励就业困难人员通过接受再就业培训等，积极提高自身技能，'
     '通过人力资源市场自谋职业实现再就业。',
     'out', '个人利益诉求', False, [],
     []),
    # 16
    ('http://www.s7lqpy.cn/thread-781185-1-1.html',
     '10多位環衛工人辛苦工作了3個月，卻遲遲拿不到應得的工資。曹路（化名）是西咸新區灃東新城焦家村的一名'
     '保潔員，平時負責村內一段道路的清潔。12月11日，他向華商報熱線反映稱，村內十多名保潔員有3個月的工'
     '資都沒有發了。“工資大概是2800元一個月，到現在村里有十多位保潔員九月、十月、的工資都沒發。”曹路'
     '說，今年5月，建章路街辦把他們交給北控服務中心后，工資經常不能按時發放。“之前管事的說，11月底發不'
     '了，12月給每個人發兩個月工資。”曹路說，他快50歲了，為了方便回家照顧身體不好的妻子，選擇從事了離'
     '家近的環衛工作。之前他們歸屬于建章路街辦管理，每個月15日準時發工資，但在今年5月，街辦把他們移交給'
     '一家公司后，他們也與該公司簽了勞動合同，但之后工資常不能按時發放，現在就希望能盡快拿到自己的工資。1'
     '2月11日，華商報記者聯系到建章街道辦，工作人員了解情況后表示需向城管部門核實后回復。下午4時許，該'
     '工作人員回電表示，因為發放工資的單位年底結算，賬目扎帳，所以導致保潔員的工資沒有正常到賬，保潔員的工'
     '資將在12月底全部到位。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://cq.eeju.com/guancha/2023/0606/60818.html',
     '最近一次发工资是3月份，只发了去年12月份的工资。2023年以来，20多个西安市西八里村保洁员未领到'
     '工资。6月5日，有多名西八里村保洁员向华商报热线反映，今年的工资至今未发。其中一名保洁员表示，往常都'
     '是每个月18日到20日之间发上个月的工资。“一个月工资2805元，上次发工资是3月份，发的是去年12'
     '月的工资。”多位保洁员表示，他们负责的是城中村内的保洁，不仅是西八里村的保洁员，同为长延堡街道环卫站'
     '管理的庙坡头村、潘家庄村、东三爻村，这几个城中村的保洁员也有欠的工资。保洁员们收入本就不高，今年1月'
     '到5月的工资都没有发，影响生活。华商报记者前往南三环的长延堡街道环卫站，工作人员表示，城中村保洁员工'
     '资没发是事实。今年开始区财政不在支付已征拆城中村的保洁员工资，保洁员提到的东三爻村已经拆迁，取消城中'
     '村保洁，有的村征拆后还未回迁也进行了取消，城中村的保洁员由村上负责。西八里村目前还未拆迁，环卫站也在'
     '与雁塔区联系，目前区上还未确定如何处理，何时拨付。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.luan.gov.cn/content/article/7828711',
     '王文玲你好：你于2016年6月26日在县长信箱反映看花楼林场危旧房改造工程成了“烂尾楼”问题，县长段'
     '贤柱高度重视，并作了重要批示。县人民政府办公室以信箱[2016]43号《县长信箱办件交办单》的形式送'
     '交我局办理。从你的来信可以看出，前期林业局对解决林场与当地群众纠纷这个问题的态度和不懈努力你们是非常'
     '了解的。看花楼林场是林业局下属单位，林场职工我们都是林家大院里的一家人，我们的心情和你一样，心急如焚'
     '，祈盼早日解决问题，早日入住新房。我们将进一步向有关领导汇报，继续与姚李镇搞好对接，力争尽快解决问题'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://www.09mi.com/jsqs/2610.html',
     '村干部兼职护林员，并由此领取一份报酬，究竟是合情合理的劳动补偿，还是触碰纪律红线的违规行为？这个问题'
     '，长期悬在许多基层干部心头，也成为基层治理中一个模糊而敏感地带。要厘清这个问题，不能简单粗暴地用“是'
     '”或“否”来回答，而必须深入其背后的政策逻辑、法律关系与实践生态，才能找到一条既不违反原则、又能激励'
     '实干的有效路径。问题的核心，在于如何界定“兼职”的性质，以及如何理解这份“报酬”的内涵。从纪律规矩的'
     '源头来看，禁止党政机关干部违规兼职取酬，根本目的在于防止权力寻租和利益输送，确保干部能心无旁骛地履行'
     '其主要职责。《中国共产党纪律处分条例》中对于违规兼职、兼职取酬有着明确的禁止性规定。这是因为，如果干'
     '部利用手中的权力或影响力，在企业或其他社会组织中挂名取酬，极易形成“政商旋转门”的灰色地带，滋生腐败'
     '。然而，村干部这一群体，尤其是“一肩挑”之后，其身份具有多重性：他们是村里的“当家人”，是村民选举产'
     '生的管理者，同时也是贯彻落实乡镇党委政府决策部署的“最后一公里”。他们的工作范畴往往超越了传统意义上'
     '的“公职”，充满了“一岗多责”的复杂性。护林员，恰恰就是这种复杂性的典型体现。护林防火工作是农村一项'
     '至关重要的底线任务，事关生态安全和村民生命财产。在许多地区，特别是林区、山区，村干部本身就承担着巡山'
     '、宣传、及时发现火情等责任，让他们兼任护林员，是“多员合一”、整合基层治理资源的现实需要。因此，理解'
     '村干部领取护林员报酬是否违规，关键在于区分其身份是“权力支配者”还是“劳务提供者”。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://isoyu.com/archives/135300.html',
     '最近有不少朋友在后台咨询生态护林员补助尺度为多少每年？但其实更多的农民朋友都不知道什么是生态护林员，'
     '重要是做哪些事情？下面一起来懂得下。生态护林员是指在建档立卡贫困人口规模内，由中央财政支配补贴资金支'
     '撑购置劳务，受聘加入森林、湿地、沙化土地等资源管护服务的人员。（一）公告。村两委张贴选聘公告，明白选'
     '聘资历条件、名额，选聘程序、方法以及聘请后的劳务关系，管护义务和报酬，报名方法和须要提交的材质等内容'
     '。（二）申报。贫困人口通过村两委向林业工作站申报。（三）审定。林业工作站组织对申报材质、个人素质等方'
     '面进行审核和评定。（四）公示。村两委将拟聘的生态护林员名单进行公示，征求村民看法。（五）聘请。经县级'
     '林业、财政、扶贫部门共同审定后，依据县级人民政府有关规定签署管护劳务协定。生态护林员的重要职责是对划'
     '定管护区域森林资源进行日常巡视管护，发明问题及时报告，防止损坏森林资源行动产生，防备林业有害生物疫情'
     '产生、森林火灾等。据懂得，这个补贴尺度各地都不同，大部分地域差不多一年一万左右。综上就是生态护林员的'
     '全体介绍，想参与并且符合申请条件的朋友，可以向当地相干部门咨询。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://heilongjiang.dbw.cn/system/2006/12/17/050641331.shtml',
     '17日，牡丹江市残疾人考生正在考场内认真答题。当天，黑龙江省牡丹江市311名残疾人接受了竞聘社区残疾'
     '人专职委员岗位的笔试考试。据牡丹江市残疾人联合会秘书长谭军介绍：目前，牡丹江市残疾人联合会正在全市范'
     '围内公开招聘残疾人专职委员，并在全市126个社区内，每个社区设置一名残疾人专职委员的公益岗位，目的是'
     '更周到地做好全市的残疾人工作。竞聘上岗者，将协助残联部门做好社区内的残疾人教育、就业、康复、组织联络'
     '、维权等服务。同时，专职委员本人也将获得240元的公益岗位补贴。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.qinan.gov.cn/info/12322/407151.htm',
     '县林草局：为加强我县森林资源的管护，将生态护林员精准落实到建档立卡贫困户，森林资源管护任务精准落实到'
     '山头地块，持续发挥生态护林员在森林保护和扶贫攻坚工作中的作用。我镇组织成立由乡镇干部、行政村两委委员'
     '、村民小组长组成的生态护林员选聘评议组，采取谈话、查阅资料、实地调查走访等方式考察备选人员，重点考察'
     '政治素质、贫困状况及岗位适应程度评议组对符合条件的人员进行评议排序，最终确定53名生态护林员，现将花'
     '名册随文上报。附件：郭嘉镇生态护林员花名册2022年8月30日',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH155, "fresh155")
