"""Sealed batch fresh156: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh154th.py; the batch and its row ids are "fresh156".)

Theme: public rental and low-rent housing (公租房, 廉租房, 保障性住房, 经济适用房 allocation and
rent): public servants buying up 经济适用房, a village 支书 taking "公租房保证金" from the poor,
public servants moved into 公租房 on leaders' notes, a 纪委 drive against "亲友房", vice-directors
who waved through 廉租房 applications, officials sanctioned over a forged 廉租房 quota, a 街道
副主任 squatting in a public flat, a village 支书 building a house in a 五保户's name; out items
are a 廉租房 rent lawsuit, tenants' leak complaints, tenants' subletting found by 巡察 and
清理 drives, applicants' false income, a 房管局 campaign notice and two policy answers. Most
queries turned up only policy titles, and many good hits were already in the development set
(the 信阳 集资建房 通报, the 罗江 薛蓉, 永嘉 余乾寿, 郑州 "房妹", 潜江 周某, 丹凤, 桂东, 冕宁
cases), so four in items are from neighbouring housing themes (008 公房 周转房, 009 rural
homestead, 010 and 012 officials and real estate) and the two 涟源 items (003, 004) are two pages
on one event. Sources (stored-pages search): a 台湾网 big5 page on the 龙岩 经济适用房 "团购"
(traditional); the 城市化网 copy of the 人民日报 report on the 渠县 支书 陈以朋; a commentary and a
Q&A page on the 涟源 公租房 clearance; a 双柏 纪委 report; a 中国台湾网 commentary on 镇雄
(traditional); an audit case story on "A县" (海南); the 中央纪委 story on 游启华 (南平); a
ttnews copy of the 临安 story on 邱慶軍 and 鄭紅衛 (traditional); a copy of a piece on officials
in real estate opening with 周久耕; a commentary on 丁萌 and a 南京 廉租房 rumour (traditional);
a commentary on fallen officials and property (traditional); out: the 新浪 copy of the 南方日报
report on the 银川 生存权 judgment, a 昆明 公租房 leak report (traditional), a forum post on the
连馨家园 leak, a 内江 隆昌 巡察 story, a 西安 经适房 income report (traditional), the 中卫 住建局
report, a 济源 清理 report, a 羊城晚报 report on the 广州 campaign (traditional), a 北京 住建委
Q&A and a 成都 本地宝 answer (traditional). Nine texts are in traditional script or mostly so
(items 1, 6, 9, 11, 12, 14, 17, 20, 22; the glossing pinyin of the pages' converted copies
removed in 11, 12, 14 and 20).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source and editor lines, the forum's random-character junk and the
truncated last sentences of the stored copies removed); paragraphs joined; ASCII punctuation
written full-width except inside numbers; stray spaces after punctuation removed (015). Page
oddities kept: the simplified forms in the traditional texts ("讀后", "并", "干部", "于", "什么",
"墙里面"), the unpaired closing quote after "猫腻......" and the ASCII dots (016), the unclosed
quote "“有一天聽到…漏濕了！" and the speaker labels "住戶 魏大姐" (014), "大家不用如果獲得…"
(022), "(云網)" (006), "公租房注意这是保障性住房" (004).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, tenants, applicants, people without a post and
officials who only handled, investigated, announced or answered are not accused; an organ or an
unnamed group accused as a whole gives no entry; an unnamed accused official is (None, position,
unit). Names, positions (as first written with the name, "原" kept) and units as written; unit
None when the text ties the person to no named unit. Topics only from the twelve names of
triage.md; 保障房 taken from the poor or handed to insiders is 群众纪律 and 廉洁纪律. Places
and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (002, 015).
Out types: 涉法涉诉 1 (013), 个人利益诉求 2 (014, 015), 其他 7 (016-022). 7 accused entries,
all in items 1-12: 6 with a full name (陈以朋, 游启华, 邱慶軍, 鄭紅衛, 周久耕, 丁萌), 1 post
only (副局長). Items 001, 003, 004, 005, 007 and 012 are in scope with no accused entry. Out
items have no accused entry.

Close calls:
 1  Traditional; the caption-headline "2011年5月9日 網曝…（5月9日攝）" and "[責任編輯:王怡然]" cut.
    The 公職人員 who "團購" 经济适用房 are an unnamed group: in, no entry. 廉洁纪律 and 工作纪律
    (the 乱象 of 违规出租、出售). Short.
 2  Mixed: the victims' money and the police case (涉法涉诉 side) beside the allegation against
    the village party secretary; in, the central matter is his scheme. The sub-heading "受害群众
    向公安机关提供900多张…收条" cut; ends before the truncated "今年5月31日…最后日". 陈以朋 first
    written "该县龙凤乡娱乐村党支部书记陈以朋": ('党支部书记', '娱乐村'). The letter's "陈某某"
    is not given a second entry (most receipts are signed 陈以朋; hard: could be another 掮客).
    徐燕 is a victim. 群众纪律 and 廉洁纪律 (hard: the fraud could be read as 贪污贿赂).
 3  Title and "文|龙之朱" cut, and the trailing "资料图公租房..." junk. The 公职人员 in 公租房 are
    an unnamed group: in, no entry. 廉洁纪律 and 群众纪律.
 4  Same 涟源 event on another page (a Q&A site): header, date and author lines and the teaser
    that repeats the first paragraph cut; the "0 精彩评论…" tail cut. Netizens say the 公职人员
    got flats by "找领导打批条": in, no entry (unnamed group; the 领导 unnamed too).
 5  Hard: a 纪委 report of its own drive; "(相关资料图)" cut; ends before the truncated
    "截至目前…" paragraph. Read as in: it names the misconduct it targets (党员干部 违规享受,
    为关系人预留房源, "亲友房") and the 70 households cleared; no named person: no entry. Could be
    read as out 其他 (a work report, like fresh127th.py's 济源 self-report).
 6  Traditional commentary; the title, date and "來源:中國臺灣網" lines cut; ends before the
    truncated "健全廉租房的準入、". The "兩名幫助過關的副局長" are two unnamed officials: one entry
    (None, '副局長', None) for the post (their bureau is unnamed), as in earlier batches; could be
    two entries or none. The applicants who drive BMWs are private. 工作纪律 and 廉洁纪律.
 7  An audit case story with names changed by the page ("均系化名"): the title lines, the note
    and the sub-heading "联合审计组的计划" cut; ends before the truncated "审计组其他成员6人…".
    The "6名责任人员" and the one who forged seals are unnamed (no post): in, no entry. 李处长
    and 张泉 only audit. 工作纪律 and 群众纪律.
 8  Off theme (a 周转房 public flat, not 公租房). Header, "原标题:" and the date line cut; ends
    before the truncated "他说“早些年…". 游启华 first written "建阳区潭城街道办事处副主任":
    ('副主任', '建阳区潭城街道办事处'). 曹声波 only explains; the 水利局 only sends notices.
    八项规定 (as the 通报 says) and 廉洁纪律.
 9  Traditional; off theme (a rural house in a 五保户's name). The title cut; ends before the
    unclosed question "“你作為城鎮居民…". 邱慶軍 "該村黨支部書記" of 朱穴村; 鄭紅衛 "該鎮人民醫院
    基建科科長", a public hospital post: ('基建科科長', '人民醫院') (hard: the unit is written only
    as "該鎮人民醫院"; he could be read as a buyer only). 嚴某 and 應某 are villagers; the 鎮村鎮
    建設辦 is an organ. 廉洁纪律, 工作纪律, 群众纪律.
10  Off theme (officials and real estate). The heading "1、周久耕:一包烟引发的闹剧" cut; ends
    before the truncated netizen post "《赞一下…看人家抽的烟》——“在网上…仔". 周久耕 accused
    as ('局长', '南京市江宁区房产局') (hard: the excerpt stops before his cigarettes are named;
    the text sets him among "沉沦于地产江湖的官员"). 廉洁纪律 and 贪污贿赂.
11  Traditional commentary: the paragraph with the garbled sentence ("倍∶纫菜銢]吹牛") cut; ends
    before the truncated "張先生既然申請到了廉租…". 丁萌 first written "重慶沙坪壩區征地辦公室普通
    干部丁萌": ('普通干部', '重慶沙坪壩區征地辦公室'). 張仲辰, the 廉租房 tenant cleared by the
    check, is not accused. 贪污贿赂.
12  Traditional commentary; only the first paragraph kept (the next ones are garbled in the
    stored copy: "房?jī)r"). Fallen 省部級官員 as a whole: in, no entry. 贪污贿赂 and 廉洁纪律.
    Hard: could be read as out 其他 (a general comment with no case).
13  涉法涉诉: the 西城房管所's suit against a 廉租房 tenant for rent and the courts' judgments;
    headers and the dateline cut; ends before the truncated lawyers' sentence. 金某 is the tenant;
    the 房管所 is a party, not accused.
14  个人利益诉求: a tenant's leak, mostly traditional; ends before the 物管's unclosed quote.
    The 物管 and the 公租房公司 are not accused.
15  个人利益诉求, mixed: a forum post on a 公租房 leak with a complaint that the 区住建局住房保障中心
    "推脱" (an organ's delay: no entry). The forum's random-character junk lines cut; "!!!" kept as
    "！！！". Could be read as in (a 群众纪律 complaint against an organ); the central matter is
    the repair.
16  其他: tenants' subletting found by the 隆昌 巡察组; the title and the photo caption cut; ends
    before the truncated "“谁的问题谁负责…现场". 李某 and his sub-tenant are private: no
    misconduct by an official is alleged.
17  其他, traditional: applicants' false incomes in a 经适房 list; the applicants are not said to
    hold posts. 石英 only comments.
18  其他: the 中卫 住建局's report of its own 转租 clearance.
19  其他: a 济源 纪工委 and 住建局 clearance of sublet 公租房; the byline "(刘静李涛)" cut. The
    tenants are private.
20  其他, traditional: the 广州 房管局's campaign notice (it also covers checks of 住房保障工作人员,
    but alleges nothing); the photo caption, "羊城晚報訊 記者趙燕華報道:" and the editor and link
    lines cut.
21  其他: a 北京 住建委 Q&A on false 租金补贴 claims, question and answer as published; could be
    read as 个人利益诉求 (an enquiry).
22  其他, traditional: a 本地宝 answer on the 公租房 waiting period; the "【導語】" summary, the
    question heading and the "推薦閱讀"/"溫馨提示" lines cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH156: list[Item] = [
    # 01
    ('http://big5.chinataiwan.cn/xwzx/dl/shh/201105/t20110510_1851991_3.htm',
     '近日，網民“福建龍岩人”在天涯、大旗等多家網路論壇發表《龍岩2011經濟適用房大拷問！望有關部門給個説法'
     '》一帖，質疑福建龍岩經濟適用房被某些公職人員“團購”。新華社“中國網事”記者9日趕赴福建龍岩對此事進行調'
     '查核實發現，福建龍岩確有不少經濟適用房被公職人員購買，更令人不安的是當地經濟適用房亂象叢生，違規出租、出'
     '售經濟適用房現象不少。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 02
    ('http://ciudsrc.com/webdiceng.php?id=105887',
     '7月12日，本报读者来信版“身边事”栏目刊登一篇题为《四川渠县廉租房乱象 掮客骗走我们的血汗钱》的来信，'
     '反映该县水口乡大田村村民徐燕给陈某某交了8万元保证金，以为可以申请到廉租房（从2014年开始统一称为公租'
     '房），最终却上当受骗的经历。据反映，像徐燕这样受骗的，在该县有近千户人家，且大多数属低收入群体，其中还有'
     '不少人家根本就不具备申请公租房的资格。这不禁让人疑惑：他们为什么就这样轻易相信掮客而上当受骗呢？为此，记'
     '者于8月23日赴当地了解情况。8月23日至25日，记者采访了众多被骗群众、公安机关办案民警、房管局负责同'
     '志，了解到这起通过收取所谓的“公租房保证金”而诈骗受害群众的案件情况。23日下午，在渠江边的一块空地上，'
     '记者与上百名受害群众见了面。他们有的是为父母申请公租房的，有的是为自己申请的。他们中有的是低保户，有的有'
     '残疾人证，有的是城镇户口，有的是农村户口，有的原来是农村户口，但因征地拆迁已转为城镇户口。但大多数是普通'
     '的农村人。受害群众给我们一摞收条，事后数了数，共有61张。其中大部分收条的落款是陈以朋。收条均是手写的，'
     '除了交款人姓名不同、金额不同外，其他内容大致一样。时间跨度从2013年到2016年。据了解，2012年，'
     '渠县后溪社区的公租房陆续投入建设。这批公租房全部为20层以上的高层建筑，分几期建设。该县龙凤乡娱乐村党支'
     '部书记陈以朋看到公告后，萌生出一个快速赚钱的歪点子：收公租房保证金。从2013年开始，他对享受低保、五保'
     '或有残疾证的农民说，他们符合申请政府公租房的条件，可以帮助他们申请到，但要交一定数额的保证金。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [('陈以朋', '党支部书记', '娱乐村')]),
    # 03
    ('https://mebceil.com/tags-27921.html',
     '大批公职人员正从公租房中撤退。据媒体报道，湖南省涟源市（由娄底代管的县级市）近期正对公职人员违规占用公租'
     '房，进行集中整顿。统计显示，4个公租房小区排查出入住的公职人员878户，其中包括正科级及以上公职人员28'
     '户，后核实实际数量为766户。公职人员户数占比最高的为润中小区，有669户公职人员，占小区居民总数约37'
     '%。其中522户在摇号结果公示名单中，其余147户不在摇号名单之列。当地要求，名单上的766户，都要在1'
     '1月底前腾退。上一次的人潮涌动，是前两年公职人员的大规模入住。一进一出，五味杂陈。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     []),
    # 04
    ('https://www.devze.com/ask/1695705Ino1gPZbd',
     '公租房注意这是保障性住房，是国家专门给民众准备的住房资源。最近湖南公租房事件引起大家的关注，有人通过排查'
     '发现，在湖南涟源市的4个公租房小区，就排查出766户公职人员，而润中小区、润泽小区、惠民小区、润苑小区加'
     '起来的公职人员一共有878户，其中还包括正科级别以上的公职人员28户。该视频下方有网友表示，他们是通过找'
     '领导打批条等方式，以特权获得了原本要分给百姓们的公租房，其中很多人还没有在摇号的名单里面。有专家表示“公'
     '租房不是一块肥肉，而是低收入人群的口粮，公职人员应该起到模范作用。”目前湖南涟源市的公租房事件，已经引起'
     '当地有关部门注意，正在成立专项小组，对公租房进行调查，这也是我国第一起专项整顿公租房的事件。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     []),
    # 05
    ('http://51emo.com/redian/2022/0905/83432.html',
     '“向相关单位发出工作交办函11份，清理腾退不符合续租保障家庭70户，收取欠缴租金10.38万元……”这是'
     '双柏县纪委监委对保障性住房开展专项整治交出的成绩单。今年以来，双柏县纪委监委在开展“小切口”整治民生领域'
     '腐败问题专项行动中，将党员干部、国家公职人员违规享受保障性住房等违规违纪列为专项整治重点，确保公共租赁住'
     '房公平善用，低收入住房困难家庭实现应保尽保，让保障性住房福利真正惠及住房困难家庭，守护困难群众“安居梦”'
     '。该县纪委监委及时成立了专项整治监督工作专班，督促县住房和城乡建设局、县人社局、县民政局等部门，紧盯保障'
     '性房屋的准入、配租、租赁、退出、使用等环节，对申请家庭需要保障性住房的主体资格进行严格审核，监督推动各责'
     '任部门落实行业监管责任，扣紧责任链条，管好保障性住房的分配和使用。同时，采取不发通知、不打招呼、不听汇报'
     '、不用陪同、直奔基层、直插现场、公开举报等方式，对县城区4个公共租赁住房小区开展专项核查，严肃查处党员干'
     '部利用职务便利干预公共租赁住房配租以及在配租过程中为关系人预留房源、优先选房，影响配租工作，把保障性住房'
     '当成“唐僧肉”变成“亲友房”问题，坚决做到发现一户、清退一户、追缴一户。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     []),
    # 06
    ('http://www.ncdzx.com/plzhx/wyrt/201404/t20140409_5986351.htm',
     '云南昭通市鎮雄縣6113戶申請到廉租房的家庭中，有不少開著寶馬車、有多處房產的魚目混珠者。近日，鎮雄縣委'
     '、縣政府嚴查嚴審，撤銷了3422戶不符合條件的廉租住房申請資格，并對兩名幫助過關的副局長給予撤職處分。（'
     '云網）“開著寶馬住廉租房”其實并不算是新鮮事。2009年，上海開通居民經濟狀況核對系統，僅半年就發現41'
     '62戶家庭的申報家庭與實際狀況不符。廉租房是一項民心工程，也是一項德政工程，是為了讓城市低收入群眾滿足基'
     '本的住居需要，解決群眾的住房困難。然而，由于種種原因，部分廉租房落入收入并不低、住房并不困難的群體手中。'
     '這些人以低價騙取廉租房，再以相對高的價格出租，以公共資源套取私利。不僅傷害了困難群眾的住房權益，也敗壞了'
     '社會風氣。因此，在嚴厲懲處違規當事人的時候，更要思考如何避免類似事件再次發生。“雪中送炭”變成了“錦上添'
     '花”，導致這種問題出現的原因是多方面的，最重要的就是“高冷”的廉租房管理機制，單純的依靠政府主管部門審核'
     '決定。信息共享制度不健全，審核把關不嚴，公示走過程，管理不到位，退出憑自覺自愿，主管部門力不從心，普通群'
     '眾無法參與；導致一些人隱瞞收入，偽造證明，騙取租賃資格；更有甚者，腐敗分子和利益群體勾結，欺上瞞下，以權'
     '謀私。而這些人即使被查出，除了接受媒體和公眾的道德譴責，幾乎不用承擔任何法律責任。巨大的尋租空間、高昂的'
     '價值回報、無代價的犯罪成本，使廉租房成為一些人眼中的“香餑餑”。因此，要杜絕這種“開著寶馬住廉租房”的不'
     '良風氣，就必須建立和完善“接地氣”的廉租房管理體系。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     [(None, '副局長', None)]),
    # 07
    ('http://www.axtoutiao.com/v226656',
     '诗圣杜甫“安得广厦千万间，大庇天下寒士俱欢颜”的希冀，道出了千百年来中国人的梦想和追求：住有所居，安居乐'
     '业。时隔3个月，如今再读起这首诗，A县保障性安居工程审计组的成员们仍感慨良多。2015年11月，海南省审'
     '计厅组成联合审计组深挖线索，走乡串户，倾听百姓呼声，揭露了一起骗取廉租住房指标的违法违纪问题线索，并按规'
     '定向有关部门进行了移送，涉及廉租住房调查、审批的6名责任人员均受到了党纪政纪处分，涉嫌伪造国家机关公章的'
     '1名责任人员被公安机关逮捕。当地住房保障部门高度重视审计发现的问题及审计建议，建立健全了5项管理制度，促'
     '使保障性安居工程这一民心工程、民生工程在A县做到民心更暖、民生更惠、民意更顺。根据审计署统一安排，自20'
     '12年起，全国审计机关对保障性安居工程开展跟踪审计。2015年是跟踪审计的第四年。古语有云：“一鼓作气，'
     '再而衰，三而竭。”为了避免这种情况的发生，海南省审计厅采用了“上审下、交叉审、自己审”的审计组织方式。考'
     '虑到A县作为近年来完成保障性住房建设任务的“大户”，项目体量大、保障对象多，厅里安排S处与A县审计局抽调'
     '人员组成联合审计组，对该县保障性安居工程开展审计。联合审计组组长由S处李处长担任，他五十出头，经验丰富，'
     '曾组织查处多起重大违法违纪案件线索；担任主审的是A县审计局张泉科长，她人虽年轻，但头脑灵活、能力强，已连'
     '续参加过3年的保障性安居工程审计，且对A县的保障性安居工程情况十分了解。',
     'in', None, False, ['工作纪律', '群众纪律'],
     []),
    # 08
    ('http://fanfu.people.com.cn/n1/2018/0820/c64371-30238885.html',
     '“自己有房还长期占着公房不退，不但没有居住还拿来打麻将，对周围群众造成恶劣影响！”日前，福建省南平市纪委'
     '监委通报了建阳区潭城街道办事处副主任游启华违反中央八项规定精神长期违规占用公房的问题。游启华受到党内警告'
     '处分。游启华占用的公房原本是部分单位为干部异地任职、新考录公务员保留的周转房。然而，一些干部在“周转”过'
     '程中，一住下来就不走，当起了“老赖”，其中，不乏一些单位的领导干部。去年7月开始，南平市启动专项整治，直'
     '指党员领导干部利用职务便利和职务影响违规占用公房问题。南平市纪委监委党风政风监督室主任曹声波介绍，有些领'
     '导干部明明已经购买商品房，却占着公房不退，甚至自己退休之后还留给子女或近亲属使用或用于出租谋利。以游启华'
     '为例，其在建阳区水利局工作期间分得一套40多平米的宿舍。多年过去，早已调任潭城街道办事处副主任的他并不在'
     '该宿舍居住，却依然占用该宿舍，用于平时打牌娱乐。2017年11月，建阳区水利局两次向其发出退房通知书，其'
     '态度蛮横，拒绝清退。接到反映后，建阳区纪委决定成立核查组，对游启华违规占用公房问题线索开展初步核实。掌握'
     '相关证据材料后，区纪委决定对游启华违规占用公房问题进行立案审查。“我是不会签字的，我又没违纪！”谈话一开'
     '始，游启华情绪激动，将立案决定书重重地拍在桌上。调查组亮出“撒手锏”——两份由游启华签字确认的清退公房通'
     '知书。证据面前，游启华原先气势汹汹的架势不见了。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('游启华', '副主任', '建阳区潭城街道办事处')]),
    # 09
    ('https://ttnews.xyz/a/5bc7d6a9dc9b5e148304983f?lang=zh-hant',
     '不久前的一天，67歲的五保戶嚴某像往常一樣，在浙江省杭州市臨安區某養老院的房間裡悠閒地看電視。而此時，嚴'
     '某老家——50多公里外的臨安區昌化鎮朱穴村，一份以他的名義提出的農村村民建房申請材料已由該村黨支部書記邱'
     '慶軍一手操辦好。之後，這份建房申請材料被送到昌化鎮村鎮建設辦，開始進入建房審批流程。審核、踏勘、放樣……'
     '道道審批流程一路順暢通過。就這樣，五保戶嚴某在村裡擁有了建一套“小別墅”的資格，而智力存在障礙的他對此卻'
     '毫不知情。這幢房子究竟是誰在建？為何審批一路“綠燈”？一封匿名舉報信讓真相漸漸浮出水面……這封舉報信反映'
     '，昌化鎮朱穴村一已故村民的子女將其閒置房屋賣給了一名無農村建房資格的城鎮居民——該鎮人民醫院基建科科長鄭'
     '紅衛。房子正在修建中，有村幹部參與其中幫助運作。接到舉報後，臨安區紀委監委立即成立調查組，就信中提到的信'
     '息前往有關部門查詢。結果並未發現有關該已故村民子女的建房申請記錄。事有蹊蹺，難道舉報不實？“群眾的反映一'
     '般不會毫無根據，一條路走不通，不妨試著換個角度，從朱穴村正在建設的房子入手！”調查組迅速轉變調查方向。很'
     '快，瞭解到已故村民應某的地基上正在建房，出資建房的人正是鄭紅衛。按照規定，農村申請建房必須是宅基地使用權'
     '人，應某已經過世，而他的子女也沒有提交建房申請。那麼這個房子如何通過了審批，又是借用了誰的名義呢？就在調'
     '查組困惑之時，從相關部門傳來昌化鎮朱穴村的五保戶嚴某在2個月前申請建房的消息。調查組立即找鄭紅衛談話，正'
     '面瞭解情況。',
     'in', None, False, ['廉洁纪律', '工作纪律', '群众纪律'],
     [('邱慶軍', '黨支部書記', '朱穴村'), ('鄭紅衛', '基建科科長', '人民醫院')]),
    # 10
    ('http://bibowang.com/ck101/2543/897343.html',
     '2010年3月30日，新华社发表社论——《坚决清除房价中的“腐败成本”》：“一个房地产项目，从最初批准立'
     '项到最终开盘销售，涉及的部门少则一二十个，多则百十来个。而仅从目前查办的案件来看，腐败几乎渗透到了从立项'
     '、贷款、工程招标、用途变更、容积率调整、监理验收等各个环节”；“从掌权者直接受贿后为开发商提供便利转为较'
     '隐蔽的‘权房交易’，低价购房、转卖套利；继而更隐蔽地以权力为‘干股’，幕后参与房地产开发。房地产商与腐败'
     '官员为逃避法律制裁，可谓煞费苦心。”新华社的评论高屋建瓴、措辞严厉。地产江湖是一个利益博弈非常激烈的地方'
     '，充满了诱惑，一旦踏入江湖，就要面对自己的欲望。尤其是大权在握的官员，既然有点石成金的本领，难免有朝一日'
     '揣几块金砖进自己的腰包。而沉甸甸的金砖又会让自己步履蹒跚，露出蛛丝马迹，所以，沉沦于地产江湖的官员层出不'
     '穷。地产江湖风高浪急，但这不是身不由己的落水，而是情不自禁的跳水。而腐败官员的跳水姿态却各有不同，也是地'
     '产江湖上的一道风景。2008年12月10日，南京市江宁区房产局局长周久耕在接受记者采访时，说了一句“对于'
     '开发商低于成本价销售楼盘，我们将和物价部门一起进行查处”。此言一出，石破天惊，一石激起千层浪。在高房价搞'
     '得民怨沸腾的大环境下，这样的言论无疑犯了众怒，后面的事态发展是周久耕意料不到的，也是他控制不了的。次日一'
     '早，就有网友发帖子质疑周久耕的观点。一篇《遍撒英雄帖，追查南京市江宁区房产局局长周久耕》的帖子拉开了“人'
     '肉搜索”的大幕。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('周久耕', '局长', '南京市江宁区房产局')]),
    # 11
    ('http://m.hongxiaspring.com.cn/view/ent/201411/02/t20141102_3824363.shtml',
     '有兩則新聞，讀后的心理感受可用“悲喜交加”來形容。一則是來自11月1日《揚子晚報》對網絡爆料叫價4500'
     '萬的豪華別墅“房主”申請廉租房的事情，進行的記者求證調查，也就是本文標題所言的“土豪的廉租房”；一則是1'
     '0月31日《新民周刊》爆料：重慶沙坪壩區征地辦公室普通干部丁萌，面對女檢察官一番“萌翻全場”的時尚告白，'
     '讓人終于為“萌官”混不下去，找到了智商上的證明，也就是本文標題里說的“貪官的西裝”。最萌“西裝貪官”是原'
     '重慶沙坪壩區征地辦公室干部，是靠倒騰地皮才換來這一身身價值不菲的人皮的。另一個新聞，就沒有這么好笑了。位'
     '于南京梅園新村的一幢別墅，房主叫價4500萬元，都被稱作低調。記者對有關該房主張仲辰曾經申請過廉租房的網'
     '絡爆料，進行了求證。最終經南京有關部門證實，張先生只不過是租住過這棟土豪級的別墅，這與廉租房相關政策并不'
     '矛盾，所以記者得出調查結論：可以肯定張仲辰不是別墅的主人，也不存在別墅主人申請廉租房的說法。張先生究竟是'
     '何許人也，現在具體收入幾何？新聞中并未予以說明，或者沒有求證到南京方面的消息吧？',
     'in', None, False, ['贪污贿赂'],
     [('丁萌', '普通干部', '重慶沙坪壩區征地辦公室')]),
    # 12
    ('http://enerteksolarenergy.com/shyf/fajiedongtai/2013-10-10/123559.html',
     '自2000年以來，14年中，共有53名落馬省部級官員涉及房地產。而據不完全統計，14年來落馬的省部級官員'
     '在100人左右。這就意味著，近一半的落馬省部級高官或多或少與房地產業有著千絲萬縷的關系。有分析人士指出：'
     '“前十余年，交通建設領域腐敗頻發，交通局長頻頻落馬。而近年來，國土局長的落馬節奏顯然快過了交通部門，這充'
     '分表明房地產利益鏈已經成了當前經濟腐敗案件中居高不下的一個毒瘤。”（10月9日《中國經濟周刊》）',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     []),
    # 13
    ('http://news.sina.com.cn/w/2005-07-24/09396514067s.shtml',
     '银川消息“承租人没有生活来源，不支付房租，房屋所有人要求法院解除双方租赁关系，法院却没这么做，因为金某及'
     '其家人的居住保障权和生存权不容侵犯。”银川市中级人民法院近日维持了银川市兴庆区法院对该案的判决。这是宁夏'
     '法院首次将“生存权”写进判决书。今年3月，银川市兴庆区法院开庭审理了银川市房产管理局西城房管所诉金某拖欠'
     '房屋租赁费一案。庭审中，原告诉称，金某承租其单位一套30多平方米的直管公房，自2003年12月至2004'
     '年12月的房租一直未交，请求法院判令金某支付拖欠的房租及滞纳金共1000多元，并解除房屋租赁关系。被告则'
     '称，自己欠原告房租属实，但自己原先的私房被拆后住进了房管局直管公房，自己和妻子都下岗了，家庭生活困难，无'
     '钱支付。一审法院审理认为，金某拖欠房屋租金未及时清偿，应承担民事清偿责任。但该房屋是金某及其家人生活所必'
     '需的具有政策保障性质的廉租房，收取租金并不是双方租赁合同的唯一目的，因此为了保护金某及其家人的居住保障权'
     '和生存权，在金某没有其他住房的情况下，即使金某在履行合同中存在违约行为，双方的租赁关系也不宜解除。故法院'
     '判决金某在判决生效之日起10日内支付原告房屋租金及部分违约金共700多元；驳回西城房管所要求解除与金某的'
     '房屋租赁关系的请求。宣判后，银川市房产管理局西城房管所不服，遂向银川市中级人民法院提起上诉。近日，二审法'
     '院维持了一审判决。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.blackcollegiateintl.com/xw/gn/kx/506788.shtml',
     '市民魏大姐是昆明子君村居安園公租房的租戶，入住四年多，一直都住得很舒適。但是上個月中旬，家里的衛生間、臥'
     '室、客廳的天花板開始漏水。而向物管反映了以后，遲遲沒有維修的進展，這可把她給愁壞了。魏大姐住在一樓，房屋'
     '是兩室一廳，一走進他們家，記者就看到了客廳正中擺著的兩個大塑料盆，盆上方的天花板滲出了不少水珠，水珠集聚'
     '滴落到盆里，天花板上還能看到兩塊明顯的水印。此外，記者還看到，房屋的客廳、臥室墻壁上，因為漏水還長出了霉'
     '菌。據了解，魏大姐所住的是公租房，她已經住了四年多，之前什么問題都沒有發生過。直到從上個月中旬開始，房子'
     '出現了漏水的情況。住戶 魏大姐：“有一天聽到咚咚咚的滴，我不知道是漏水。有一天洗澡才發現是廁所漏水，后來'
     '客廳也開始漏水，廚房也漏了積水，臥室的墻壁也跟著漏濕了！魏大姐說，二樓住戶白天上班，晚上回家。只要住戶不'
     '在，漏水情況會好些，但是只要對方一回家，使用了自來水，他們家的陽臺，廚房馬上就會變成“水簾洞”。從魏女士'
     '拍攝的視頻可以看到，漏水嚴重時，廚房的積水達三四公分深。住戶 魏大姐：“可能是在墻里面的水管爆開了，他一'
     '用水就到處漏出來，他不用水就漏得小。”魏大姐介紹，發現房子存在漏水的情況后，她向物管進行了反映。但是等了'
     '一個多月，遲遲沒有人來維修。由于漏水導致房屋陰冷潮濕，已經嚴重影響到了一家人的正常生活。針對魏大姐遇到的'
     '情況，記者也找到了物管。工作人員稱，他們已經報給了公租房公司。',
     'out', '个人利益诉求', False, [],
     []),
    # 15
    ('https://bbs1.luoohu.com/forum.php?goto=nextoldset&mod=redirect&tid=4029266',
     '自2019年12月以来，连馨家园9栋17楼层E、F、G、H单元水管总阀处出现地下水管破裂，地面渗水、漏水'
     '。当时我们就反映给了物业，连馨家园物业把维修申请报给区住建局住房保障中心审批。3个月过去了！！！没有答复'
     '，没有派工人来维修，放任不管，听之任之。询问物业，物业工作人员表示，对于房屋渗水、漏水问题，物业一直在积'
     '极跟进。工作人员说：“我们已经向住房保障中心反映，等他们维修审批，然后给您回复。”2020年前的回复是“'
     '没钱，施不了工！”不知道这句话领导听了会不会苦笑，是穷酸，还是推脱呢？豪横的说一句“根本不是钱的事儿”，'
     '是你们有没有想群众之所想，急群众之所急。这事儿搁你们家，施工队早就进场敲砖头埋管子了。走点心，做点事，不'
     '会“太南”。现在的情况是：楼下16层住户也受到影响了，像“水帘洞”，天天在家里摆放盆、水桶接水。楼上17'
     '层住户墙面地面渗水，像“划轮船”，拿着拖把来回拖地面的积水、渗水。但问题依然没有解决。最近连续降雨，墙面'
     '、地面渗水更严重，壁纸被泡开了，屋里潮湿得没法住人。白天出去抗疫，晚上回来抗洪。抗击疫情，使命必达，你们'
     '辛苦了！同时本职工作也责任重大，也请你们拿出抗击疫情的态度来对待平时的工作，别再慢下去了！再慢，水更大，'
     '事更大。',
     'out', '个人利益诉求', True, [],
     []),
    # 16
    ('http://jjyq.org.cn/show-91140.html',
     '据社区干部介绍，凡在社区接种疫苗的都是小区实际居住人员，但这与住建局廉租房相关资料中的申请人员名单有出入'
     '，难道这里面有猫腻......”此前，隆昌市委第一巡察组对市住建局开展巡察时，社区所提供资料中的城北廉租'
     '房小区疫苗接种人员名单和住建部门提供的廉租房申请人员名单引起了巡察组注意。带着疑问，巡察组将两份人员名单'
     '进行反复比对，发现实际居住人员和申请人员信息不一致的有40余户。“该廉租房小区难道存在违规转租、转借问题'
     '？”巡察专员心中充满疑惑，立即向巡察组组长作了汇报。为了查清事实，巡察组派出数名工作人员，在第二天深入城'
     '北廉租房小区进行了实地走访。“你好，我们是巡察组的人员，请问您是这户廉租房的租户李某吗？”巡察组人员敲开'
     '李某家的门问道。开门的是一名40岁左右穿着讲究的中年男人，“不是，我是他家属，请问你们有什么事吗？”听说'
     '是巡察组人员，租户随口解释说道。“那请问你贵姓呢？你是李某的什么亲属？”面对进一步追问，租户说话开始变得'
     '结巴，眼神飘忽，脸色略显紧张不安，并没有给出明确回答。随后，巡察组向市住建局进一步核实房主家庭成员信息，'
     '发现此户廉租房居住人并非名册登记人，也并非其亲属。见工作人员拿出材料证据，该租户这才不得不承认是李某的转'
     '租户。有了这个发现，再联想到诸多信息不一致的名单，巡察组更加怀疑廉租房转租的情况不是个例。工作人员通过电'
     '话询问的方式对廉租房租户随机抽查，发现转租3户，转借5户，死亡后他人居住3户。',
     'out', '其他', False, [],
     []),
    # 17
    ('http://www.handmsg.com/page/2011/0815/13386145.shtml',
     '近日，一條網帖列舉了一批在西安住房保障和房屋管理局網站上公示的經濟適用房購買資格審核名單，并附上了這些名'
     '單中涉及的個人在西安住房公積金網站上可查詢到的公積金繳存情況，直指經適房申購中存在造假行為。網帖顯示，這'
     '些經濟適用房申購者所填寫的上一年年收入都是剛過萬元，但通過他們的身份證號碼登錄西安住房公積金管理中心網站'
     '，就會看到他們的公積金繳存基數大多在每月三四千元。由此推算，他們的年收入遠遠高于他們在經濟適用房申請表中'
     '填寫的數字。如其中一位張姓申請者，在申請表中填寫的上年工資、薪金及勞務報酬所得為9676.8元，而他的公'
     '積金繳費情況卻顯示其月繳基數為4468元。據了解，西安相關部門正對這一事件進行調查和處理。陜西省社會科學'
     '院副院長石英認為，保障性住房建設無疑是惠及百姓的民生大事，但如果將不該保障的對象納入保障，就會背離初衷。'
     '因此，在保障性住房的分配中，一定要注意把好審核關，防止“開寶馬住經適房”現象的出現。',
     'out', '其他', False, [],
     []),
    # 18
    ('https://jst.nx.gov.cn/xwdt/zjdt/202412/t20241210_4753985.html',
     '近年来，公租房领域出现的违规转租、转借等违规行为，严重背离了公租房的初衷。为深入贯彻落实全国、全区、全市'
     '集中整治群众身边不正之风和腐败问题的工作要求，中卫市住房和城乡建设局采取了一系列措施，以确保公租房的公平'
     '分配。截至今年11月底，市辖区共查处并收回违规转租转借或长期空置公租房47套，追缴拖欠房租75户28.3'
     '万元。市住房城乡建设局坚持小切口破题、大纵深推进，把公租房违规转租转借作为住建领域重点自查整治问题，紧盯'
     '公租房申请、审核、分配、管理等关键环节，严禁承租住户违规转租、转借公租房及拖欠房租现象等，确保违规公租房'
     '应退尽退、欠缴租金应缴尽缴，让公租房真正成为惠及群众的“公平房”。为了整治违规转租转借公租房行为、营造风'
     '清气正的住房保障环境，市住房城乡建设局通过入户排查、收集举报线索、发放调查问卷等方式，对市辖区已分配入住'
     '的1.3万套公租房进行地毯式排查。同时，联合公安、人社、市场监管、不动产登记等相关部门，对比承租人、共同'
     '申请人相关信息，排查不符合住房保障条件和转租转借情况。同时，为进一步健全完善公租房管理长效机制，强化动态'
     '管理，规范公租房申请流程，厘清责任清单，修改完善了《中卫市市辖区公共租赁住房分配入住管理办法》，印发了《'
     '关于开展公租房违规问题专项整治的通知》，使住房保障工作规范管理有章可循，确保公租房申请、分配、运营和后续'
     '管理全过程阳光透明。',
     'out', '其他', False, [],
     []),
    # 19
    ('https://i.xpaper.net/hnrbncb/news/6690/41256/203354-1.shtml',
     '近日，济源示范区纪工委监察工委联合区住建局等部门组成专项检查组，对全区所有公租房进行转租、转借等违规行为'
     '进行专项清理整治。“这是我朋友租的房子，我来他家玩，他刚才出门了。等他回来了，我通知他去确认签字。”当工'
     '作人员敲开一户家庭的房门对家中人员进行身份询问时，得到了这样的答复。而当工作人员继续追问房屋承租人的姓名'
     '时，该居民闪烁其词，这引起了检查组的怀疑。经工作人员再三询问，该住户承认自己是以每年4800元的价格从房'
     '屋承租人处转租的。对此，检查组立即对其下达了整改通知，限期一周内将存在的问题进行整改，并通知房屋承租人，'
     '因违规使用公租房将对其进行清退。“公租房是党和政府实施的民生工程，对公租房中存在的问题，发现一起、查处一'
     '起，坚决维护住房保障工作的严肃公正。”示范区纪工委监察工委相关负责人表示，下一步，将督促相关部门建立长效'
     '监管机制，持续加大治理力度，切实维护群众利益。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://m.matricorp.com/gate/big5/econ.taiwan.cn/dc/201411/t20141127_8168692.htm',
     '想騙購、騙租保障房的人最好打消念頭了！昨日，廣州市國土房管局透露，從2014年10月起至2015年3月，'
     '市住房保障辦會同市民政局等相關部門組織開展全市保障性住房分配違規行為專項整治工作，採用全面排查的方式核實'
     '保障性住房使用情況，疑似轉借、轉租、出租及空置的保障性住房，將發現一宗核查一宗、查實一宗處理一宗。據介紹'
     '，本次保障性住房分配違規行為專項整治工作包括以下三項內容：一是查處違規騙取住房保障行為，包括騙購、騙租保'
     '障性住房或騙取住房租賃補貼等行為；二是查處違規使用或空置保障性住房行為；三是查處住房保障工作人員違規違紀'
     '行為，包括市、區、街（鎮）三級住房保障工作人員在保障性住房實物配租和住房租賃補貼分配過程中是否存在濫用職'
     '權、玩忽職守、徇私舞弊、索賄受賄等行為。整治工作分排查、整治和建立長效機制三個階段進行。其中：2014年'
     '10月-2015年1月為排查階段，整治階段至2015年2月，2015年3月為建章立制階段。據了解，房管局'
     '將採用全面普查和按比例抽查以及入戶重點抽查相結合的方式核查住房保障對象取得資格情況。與此同時，將採用全面'
     '排查的方式，核查已安排入住的約3.5萬套保障性住房的使用情況。此外，對於工作人員違紀違規行為，則採用自查'
     '的方式排查。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://zjw.beijing.gov.cn/bjjs/zfbz/dyjh/11026048/index.shtml',
     '对申请公租房租金补贴中虚假申报或骗取补贴的行为如何处理？根据相关规定，对不如实申报家庭人口、收入、住房、'
     '资产等情况以及伪造相关材料骗取租金补贴的申请家庭，由各区住房保障管理部门取消租金补贴资格，已骗取租金补贴'
     '的，由各区住房保障管理部门责令退还，通过媒体公示并计入信用档案，五年内不得再次申请保障性住房或廉租住房租'
     '金补贴。构成犯罪的，移交司法机关处理。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.qsbxgb.com/fangchan/202374/164661.shtm',
     '《公共租賃住房管理辦法》第十條中對登記為輪候對象的申請人，應當在輪候期內安排公共租賃住房。直轄市和市、縣'
     '級人民政府住房保障主管部門應當根據本地區經濟發展水平和公共租賃住房需求，合理確定公共租賃住房輪候期，報本'
     '級人民政府批準後實施並向社會公布。輪候期一般不超過5年。大家不用如果獲得公租房申請資格後耐心等待，相關的'
     '選房和搖號公告會在成都住房保障信息網上公布，大家可以隨時關注哦。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH156, "fresh156")
