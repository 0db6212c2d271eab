"""Sealed batch fresh47: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: 12345 and other hotlines (西部网 民生热线, a 行风热线 programme, a newspaper 帮办 line),
问政 boards and letters to leaders, short desk-like posts with their official replies. In items
name county and township officials and village cadres (a 镇党委书记 blocking a village election, a
副镇长 telling a petitioner to get out, a 镇长 smashing a bottle at villagers, a 信访局 clerk
insulting a petitioner by SMS, village secretaries and cadres taking funds); out items are the
usual desk load: lawsuits and stalled enforcement, demolition and resettlement grievances,
personal claims (an epidemic-time return, a 低保 quarrel) and two road requests.
Sources (stored-pages search): 西部网 《民生热线》 posts (泾阳 高庄镇, 靖边 张家畔); a 湘潭 杨嘉桥镇 online
complaint with the town's reply; a 五华 forum letter to the 县委/纪委; a 丰城 拖船镇 villagers'
letter (traditional); a 湘乡 党风政风行风热线 report (traditional); a 麻辣社区 reply post on 双泉乡 清溪村;
a 廉政瞭望 story on a 宜宾 纪委 WeChat message; a 纪工委书记's note on 慈溪 高河塘村; news copies on 海口
东山镇, 大荔 范家镇 and 苍南 龙港镇; out items: a letter to a 大连 court president, a 中新网 copy on a 罗平
lawsuit left unregistered, a 2001 北京 enforcement story, a 郑州 心通桥 post on a 棚改, a 问政四川
letter from 广元 红岩镇, a 绥德 纪委 story on an old demolition claim, a 茅坪场镇 village committee's
reply, a 渠县 hotline column on 低保, a 济南 12345 phone record and a county 住建局 reply on road
barriers (traditional). Three texts are in traditional script (items 4, 5 and 22;
glossing pinyin of the pages' converted copies removed).

Conventions: as in the earlier sealed batches (see fresh38th.py). Excerpts as published (whole
sentences kept, some paragraphs and sentences cut; page junk such as headlines, sub-headings,
image captions, column tags ("党风政风行风"), datelines, bylines, source lines, labels ("网民问题：",
"县住建局回复：", "回复时间…"), list numbers ("1."), signatures, forum counters and phone numbers
removed; paragraphs joined; ASCII punctuation written full-width except inside numbers and clock
times ("10:00", "5.12", "83.5万元"); "......" written "……"). Page typos and oddities kept ("彭定然",
"心里负担", "反应", "赌村民的嘴", "己推开", "过度补偿", "不夠", "办亊处", "四庭厅长", "检查部门",
"椐查", "丶", "！。", "Youki"/"Yuoki", "一曼清莲"/"一曼清廉", the starred names "杨**", "刘**", the
censored "***对象", the unbalanced quote of 021, the spaces used as pauses in 013). scope "in" for
alleged misconduct of a party member or public official (village cadres included), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms and officials who only handled, investigated, announced or answered are not
accused; an organ accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name) and units as written; unit
None when the text does not tie the person to a named unit. Topics only from the twelve names of
triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 011,
012). Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2
(021, 022). 15 accused entries, all in items 1-12: 7 with a full name, 3 masked (張某輝, 符某某,
李某), 5 post only. Out items have no accused entry.

Close calls:
 1  西部网 民生热线 post; headline, timestamps and the board's notes ("[此内容为网友反映问题…]") cut.
    彭宏权 is first written "镇党委彭宏权书记" (the post wraps the name): position '镇党委书记', unit
    '高庄镇'. "彭定然当着群众的面说" kept as published (he is the speaker). "高庄镇党委" as a body is
    criticised too: no entry. Topics 群众纪律 ("随便告去") and 形式主义官僚主义 (作风和效率); the
    stalled election could also be read as 组织纪律.
 2  A complaint and the town's reply; the reply's unfinished last paragraph cut. 左科文 is written
    "镇领导左科文" (position '镇领导', unit '杨嘉桥镇' from "杨嘉桥镇政府领导"); 赵双南 is written "村
    妇女主任赵双南" without a village: unit '燕荆村' from the opening "燕荆村村干部" (the merged
    village; "原燕山村" is its former part). The 镇政府's 公款 road is an organ's act: no entry.
 3  Forum letter to the 县委 and 纪委; stray spaces inside "目 的" and "是 否" removed. Only the
    村书记 is accused; the "上级领导" are asked to act.
 4  Traditional; the article's generic opening paragraph cut, the quoted letter and its first
    point kept ("其一" kept as prose). 張某輝 "我們村支書張某輝": unit '張家村' from "還張家村一個
    和諧村莊". The 村小組長 is a witness.
 5  Traditional; column tag, sub-headings, one sentence garbled in the stored copy ("并下?…石灰補
    助…") and the trailing speaker tag cut. The cadres are never named: one post-only entry
    (None, '村干部', '大橋村') for the collected money and the 紅包. 周秀福 and 劉玉曾 are villagers.
 6  A reply post against the 双泉乡 党政办's answer. 王良俊 "党委书记王良俊" silenced a party member
    (unit '双泉乡' from the opening). The appointed "儿子当书记，小老子当文书" of 清溪村 are said to
    "控制全村经济": two post-only entries; the unnamed appointers who "拿了手短，吃了嘴软" are the
    乡 as a body, no entry. 李现树 is the silenced member. Topics 选人用人, 民主集中制.
 7  Hard: a 纪委 WeChat message whose allegation the 纪委 found to be a misunderstanding. The
    text still alleges that 村支书 邓碧容 "只拿工资，不干实事" and that the 副村长 minds his own
    business: in, two entries (the 副村长 post-only); "村长无能" is no misconduct. The 纪委 staff and
    周建华 (县委常委) only handle and speak. The sub-heading and the cut-off last paragraph removed.
 8  A 纪工委书记's first-person note. 华琴 first written "高河塘村原党总支书记华琴" (she was the
    出纳 when she took the rent). The last, cut-off sentence on the sanction removed. The writer,
    the auditors and the tenants only investigate or testify.
 9  Could be read as a mere meeting quarrel, but the 镇长 smashed a bottle at villagers and was
    criticised for it: in, 群众纪律. 符某某 "东山镇镇长符某某". Captions and the cut-off last
    paragraph removed; "听我......说话" written "听我……说话".
10  Mixed: 史某's own fish-pond loss from polluted water (a personal claim) and the 副镇长's "滚出去".
    李某 "范家镇的副镇长李某"; he denies it, the allegation stands. The forum's bracketed headline
    and the last, unfinished sentence on the 纪委监委 cut. The 纪委监委 only receives the clue.
11  Mixed: the petitioner's ancestral house demolished without agreement (征地拆迁) and the 信访局
    clerk's insulting SMS. The clerk is unnamed: (None, '工作人员', '龙港镇信访局') as in the
    @欧阳委员 post; a netizen's claim that she was a temporary hire does not take her out of the
    office. 丁振俊 (镇委书记) only orders the inquiry; 欧阳后增 and the netizens are reporters. Two
    captions, the sentence quoting the SMS platform's number and the cut-off last sentence removed.
12  Mixed, no accused: three firms' demolition compensation (a 征地拆迁 claim) of which the
    "张家畔村委会" allegedly took 48%; the village committee is accused as a body, so no entry.
    "公告称；" kept. 刘某 (the original lessor) is a private informant.
13  涉法涉诉, hard: a litigant's letter to the court president on an overdue civil case. The
    judge (刘**) and the 庭长 (王**) only say "wait"; the talk of 干扰 rests on the defendant's boast
    about a relative who is a 副院长; "个别人不作为" is asked, not alleged: out. The digression on
    瓮安 cut.
14  涉法涉诉: a company's administrative suit left unregistered for two years; the 国土局's second
    land certificate is the subject of the suit (an organ). Headline, caption and sub-headings cut;
    the cut-off last sentence removed.
15  涉法涉诉: stalled enforcement of a mediation agreement; the 执行庭 and its 康庭长 only answer.
    The source line "(《生活时报》2001.11.2)" cut.
16  征地拆迁: a 心通桥 post against the 棚改 compensation; the 区政府 and 办事处 are organs.
17  征地拆迁, hard: a 问政四川 letter on a 一万元 deposit per room for resettlement houses. The
    doubts ("放银行吃利息也够好些人生活了吧？", "为了形象工程") are aimed at the 政府 as a body and
    no misconduct of a named or described official is alleged: out. Board header and the unfinished
    closing sentence cut.
18  征地拆迁: an old demolition compensation settled through the 县纪委; 高怀和, 马保全 and 李贵斌
    only handle. The unfinished last sentence cut.
19  个人利益诉求: a village committee's reply on a sister not allowed back during the epidemic. The
    netizen's hint of unequal treatment is only answered; list numbers, the phone line and the
    signature cut.
20  个人利益诉求: a hotline column on a brother left without 低保 while better-off families get it.
    No cadre is accused of favouritism; the 村支书 隗建国 only explains. Headline, summary,
    sub-headings and byline cut; a stray backslash before the closing quote of "‘吃’上"
    removed.
21  其他: a 济南 12345 phone record and the 市政公用局's answer; headline, the dates and the
    boilerplate thanks line cut (153 characters).
22  其他, traditional: a 网民 question and the county 住建局's reply on broken road barriers; labels,
    headline, the phone number and the editor line cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH47: list[Item] = [
    # 01
    ('https://rexian.cnwest.com/data/html/content/2012/12/42732.html',
     '陕西泾阳县高庄镇在去年的农村换届选举工作中领导无能、工作不力，致使该镇的东风村等数个村子至今'
     '没有公选出村委会领导班子，使农村基层工作瘫痪、干群矛盾激化、日常事务无人处理，造成群众大量上'
     '访、问题不断积压，当地社会动荡不安。东风村党员群众多次找镇党委彭宏权书记解决村子长期无村委会'
     '班子的事情，彭定然当着群众的面说：“东风村永远不选村长，我就这样答复你们，你们有意见随便告去'
     '！我们的工作已经高效率了”。刚刚闭幕的中国共产党18大没用一周就选出了国家主席等重要职务，而'
     '我们的一个基层村委会主任选举工作竟如此艰难吗？如此程序复杂吗？东风村的选举工作已开展12个月'
     '了，不知高庄镇“党委”还需十几个月呀？不知你们党委到底是高效还是搞笑！！！党的十八大再次重申'
     '“三农”问题是全党工作的重中之重！习总书记带头改作风、立新规，试问象高庄镇党委的如此工作作风'
     '和效率谁人能管？老百姓还需等多久？',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     [('彭宏权', '镇党委书记', '高庄镇')]),
    # 02
    ('http://www.csflxx.com/f2171056.htm',
     '湘潭县杨嘉桥镇政府领导为保职务与燕荆村村干部官官相护，上下两级一致对抗投诉村民。对于先前村民'
     '在网上投诉的内容不解释、不处理。反而镇领导左科文等一行人亲自上门鼓励村妇女主任赵双南对于村民'
     '所举的事实不要有心里负担，政府为其撑腰！正所谓“大树底下好乘凉”，村干部们正是因为有了镇领导'
     '这样的大树，他们能不嚣张能不违纪吗？杨嘉桥镇政府动用国家公款为原燕山村清帐小组7人私修公路，'
     '不用自筹！企图用国家财政赌村民的嘴！据有关村民反应村妇女主任赵双南曾将民政局下发的慰问金，因'
     '私人恩怨随意更改领取人。试问国家财产怎能个人随意支配？政府领导违规违纪就可以动用公款替自己洗'
     '白？？一言不合就能滥用职权私改名单？？？当官不为民做主，完全忽视村民呼声。先前村民反映有人在'
     '责任田内搞建设影响居民出行，镇领导听后不仅不去实地了解情况反而得到一句“请回避”！正是因为“'
     '上梁不正，下梁歪”才使得村干部们更加肆意妄为，村、镇干部同流合污，扰乱社会风气！根据您反映的'
     '情况，回复如下：原燕山村群力组范围内的道路全长800米，是与我镇旷家新村连接的一条通道，道路'
     '泥泞不堪，严重影响部分群众的出行，当地群众意见很大，多次向村上反映要求改善，将道路硬化。但因'
     '沿线直接受益住户只有4户，自筹资金筹措缺口大，所以，一直没有得到解决。合并村后，支村两委商议'
     '，采用受益群众筹措一部分，村级向上争取一部分，镇政府支持一部分，企业捐赠一部分的模式来硬化这'
     '条道路，解决群众出行方便的问题。并不是您反映的为私人修路，更不存在堵村民嘴巴之说。目前，该道'
     '路的路基整修工作已经完成，马上进入水泥硬化的阶段。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('左科文', '镇领导', '杨嘉桥镇'), ('赵双南', '村妇女主任', '燕荆村')]),
    # 03
    ('http://4g.mz168.com/thread-157018.htm/thread-10072.htm',
     '尊敬的五华县委，纪委领导：我们横陂镇小都村片区（包括正上、河坎。社下、小都圩街等）本来村里的'
     '自来水就紧缺。但是上级政府拨下50万元建水库的（专项资金）水利款。目的是建水库解决村民所需的'
     '饮水问题。但是所用50万元在村书记蔡广灼的带领下只在山上挖了个坑（所有村民都可作证）。村民所'
     '需饮水问题几年始终无法解决。村书记蔡广灼上任之前在圩街修表。但是上任村书记后不但在家建了三座'
     '楼。还买了一部十几万的日产轩逸小车。请问监督最基层干部的上级领导。这种民生问题是否需要解决。'
     '这种干部是否需要审查！',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('蔡广灼', '村书记', '小都村')]),
    # 04
    ('http://www.qintougao.com/a/shishi/20190901/59066.html',
     '“我們以普通村民的身份，實名反映我們村支書張某輝涉嫌存在以權謀私、虛假發包，強買強要、吞霸村'
     '民田地不還，貪污侵吞國家扶貧補貼款，騙取民政局貧困村民補貼資金和政府項目資金等問題，懇請上級'
     '領導本著還村民一公道，還張家村一個和諧村莊的原則，在查清事實的基礎上，責令張某輝交還強霸我們'
     '的農田，歸還集體水庫重新發租，同時清查我們村的賬目，查證事實，張榜公布，將違法亂紀人員繩之以'
     '法，使老百姓早日過上小康生活。”江西省豐城市拖船鎮張家村的部分村民致函上級有關部門反映說。其'
     '一，涉嫌以權謀私，虛假發包。2016年，張某輝沒有經過公開、公平招標，也沒有跟村民商量，自己'
     '直接私自做主，將承包價本應在2萬元左右每年的提垱外集體水庫，發包給自己承包，自己跟自己簽訂虛'
     '假合同，約定每年只需2000元承包費。村民跟他理論，他便說已經經過公示，而我們村民和村小組長'
     '等人無人知道他們有過公示，說多了他還揚言要打人，每年2000元的承包款也不知道在哪里，村民都'
     '敢怒不敢言。',
     'in', None, False, ['廉洁纪律', '贪污贿赂', '滥用职权'],
     [('張某輝', '村支書', '張家村')]),
    # 05
    ('http://www.blackcollegiateintl.com/xw/hn/sh/270400.sHtml',
     '最近，湘鄉市育塅鄉大橋村的村民，向我們黨風政風行風熱線欄目反映，他們村的村干部在大大小小的各'
     '種事情上，都是雁過必拔毛，這會是真的嗎？記者隨后展開了調查。當記者趕到湘鄉市育塅鄉大橋村時，'
     '很多村民們聚集在一起，向記者反映村上的一些問題。村民周秀福拿出了一個存折，上面有不少的存取款'
     '，轉賬記錄。當周秀福說，這上面好多錢都不是他的。在周秀福的存折上，我們看到了不少特意打鉤注明'
     '的轉賬記錄，有的是九百多，有的是一千多，時間跨度在2014年至2017年之間，總共有將近五千'
     '元，這些錢在轉賬之后不久就都取了出來，周秀福告訴記者，這些錢他每筆都只得到了十元錢左右的跑路'
     '費。而在大橋村，除了周秀福之外，還有不少的村民都有類似的經歷。如此多的款項，通過村民的賬戶進'
     '行了操作，最終卻并沒有給村民，而是都交給了村上，這讓村民們很是懷疑這些錢的來路和流向。村民劉'
     '玉曾家里條件不好，房屋在2012年出現了破損，為了能夠享受到國家的危房改造補助，他多次打報告'
     '卻沒有結果，最后，給村干部打了幾百元的紅包，才領到了補助款，可是這多達九千元的補助款，到他手'
     '里最后也是大打折扣。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [(None, '村干部', '大橋村')]),
    # 06
    ('https://bbs.mala.cn/thread-8501090-2-1.html',
     '双泉乡党政办公室的回复纯属谎言，其理由是：因为清溪村第八届就是任命，在这第九届是旧病复发，拿'
     '了手短，吃了嘴软。儿子当书记，小老子当文书，控制全村经济，把清溪村变为“王家村”。出门打工人'
     '是有，但是各社的党员和村民代表全在家里，为什么不召集全体党员和群众代表讨论通过呢？况且70多'
     '岁的中共党员李现树同志举手请求发言，被党委书记王良俊以高压大嗓门的态度，制止了他的发言。建议'
     '：组建村委领导班子，至少也要全体党员和村民代表选举产生，按得票多少组建，这样才基本合民意。否'
     '则，我们呼吁全村村民到有关政府、检查部门讨回党的民主、群众路线在清溪村的实施为止。',
     'in', None, False, ['选人用人', '民主集中制'],
     [(None, '书记', '清溪村'), (None, '文书', '清溪村'), ('王良俊', '党委书记', '双泉乡')]),
    # 07
    ('https://fx361.cc/page/2016/0927/8565049.shtml',
     '8月10日凌晨，宜宾县纪委微信公众号“一曼清莲”的后台收到网友“Youki”的一条留言。“合'
     '什镇唐坎村办公室形同虚设，平常基本没有人在办公室，村支书邓碧容在柳嘉镇上做生意，基本在店头，'
     '只拿工资，不干实事……村长无能，副村长做自己的生意，这样的一个村谈何发展，村干部只顾小家，没'
     '有全心全意为人民服务的思想认识！”“Youki”用犀利的言辞写道。当天上午，恰逢宜宾县纪委在'
     '合什镇开展工作。于是10:00左右，收到这条信息的县纪委工作人员，就留言中所反应的情况进行了'
     '暗访。对宜宾县纪委来说，向公众号后台的监督信息作出迅速反应，早已不是头一次。县纪委干部暗访时'
     '发现，唐坎村支书邓碧容正在办公室值班，而村务公开栏的醒目位置上，也张贴着村两委成员的电话号码'
     '，有紧急事情村民可通过电话直接联系。“Yuoki”误会了村干部。8月17日，“一曼清廉”对“'
     'Yuoki”反映的信息作出回应，除了暗访情况，还包括村干部管理方面的内容。“宜宾县暂无相关文'
     '件规定村常职干部不能做生意。同时，鼓励村常职干部在不影响工作的情况下，带头致富。”“一曼清廉'
     '”在回应中称。宜宾县委常委周建华表示，像“Yuoki”这样不太了解村级管理机制的老百姓不在少'
     '数，他们往往会对村干部的工作产生这样那样的误解。',
     'in', None, False, ['工作纪律'],
     [('邓碧容', '村支书', '唐坎村'), (None, '副村长', '唐坎村')]),
    # 08
    ('http://fzzx.org.cn/show-439921.html',
     '“别小看一个小小的村级收款二维码，它能极大地降低资金挪用风险。比如，高河塘村原党总支书记华琴'
     '就是用个人账户收款……”前不久，慈溪市白沙路街道针对村（社区）“一把手”召开了警示教育会，我'
     '作为街道纪工委书记用一起挪用案给大家敲了敲警钟。时间倒回到去年9月，街道纪工委收到高河塘村监'
     '察工作联络站的问题反映——“村级资金开销这么大，该收的欠款却不去收。”“这个村的应收款多达1'
     '6笔，共计83.5万元，有的还欠了好几年，确实有点反常。”在分析研判后，我和同事都认为这个问'
     '题反映虽然没有具体到哪个人、哪笔钱，但还是透出一点值得深挖的苗头。鉴于财务领域的专业性和问题'
     '指向的模糊性，我们邀请审计部门以村级应收款清欠整改行动的名义，到高河塘村核实相关情况。“这个'
     '租户2018年和2019年的租金都交了，2017年的74025元租金却一直拖欠着。”在应收款'
     '明细中，有一笔反常的欠款引起了审计人员的关注。一番商议后，我们决定由审计人员“打前站”向租户'
     '核实情况。“怎么可能没交？我和另一个人一起合租的，每年租金大概18000元，是现金交的，当时'
     '的出纳就是现在的村党总支书记华琴。”租户的话让我们离真相更近了一步，但现金交付，证据很难固定'
     '。另一位合租人同样表示，租金已经转账给华琴。核实转账记录后，我们决定把华琴叫到街道谈话。“我'
     '知道这个事情瞒不住了。”谈话中，华琴稍作辩解后便在证据面前缴了械。“父母身体不好，经常住院看'
     '病，家庭经济负担重，为此我还贷了款。”华琴交代了挪用租金的去向和初衷，“自己是出纳，临时用一'
     '下就还，别人也不会知道。”然而，这一挪就将近4年。因为怕暴露，他对其他欠款也不敢动真格去清收'
     '。',
     'in', None, False, ['贪污贿赂'],
     [('华琴', '原党总支书记', '高河塘村')]),
    # 09
    ('http://suanyewang.com/kuaixun/16252.html',
     '11月11日，一段“镇领导开会怒砸水瓶后村民拍桌回怼”的视频在网上流传，引发热议。极目新闻记'
     '者了解到，此事发生在近日海南海口秀英区东山镇东星村委会土地整治项目工作协调会上。11日，东山'
     '镇政府回应极目新闻记者称，当地很重视此事，领导已牵头成立小组进行核查。据当地官方人士透露，主'
     '席台上怒砸水瓶的人员是东山镇镇长符某某，网上的视频不完整，已开会批评涉事干部。符某某确认，已'
     '按程序向上级汇报此事。视频显示，协调会现场比较嘈杂，主席台上一位干部重重地将一个水瓶摔在桌上'
     '，疑似对台下怒斥道，“听我……说话。”随即，台下一村民拍桌子，用手指向主席台回怼。其间，台下'
     '多人站起来指向主席台，情绪激动，有村民疑似说，“我们东山不需要你这样的镇长。”随后，工作人员'
     '在现场维持秩序。11日，东山镇政府值班人员对记者称，关注到上述视频后，秀英区、东山镇政府很重'
     '视，有领导已牵头组成了小组，到村里去核查相关情况。该值班人员表示，经初步了解，坐在主席台上的'
     '有镇干部，其中主席台上砸水瓶的人员是镇长符某某。对于会上发生争执的起因及会议结果等具体情况，'
     '该工作人员表示不太清楚。事发后，镇政府也召开会议对涉事干部进行了严厉批评，后续会公布具体的调'
     '查结果。',
     'in', None, False, ['群众纪律'],
     [('符某某', '镇长', '东山镇')]),
    # 10
    ('https://anquan.party/thread-153446-1-1.html',
     '10月25日，有网友发布一则视频，视频内容显示，陕西渭南大荔县范家镇的副镇长李某在接待反映事'
     '情的村民时，两人发生言语冲突，李某拉高裤腿，翘着二郎腿，一边抽烟一边生气地让村民“滚出去”。'
     '10月26日，红星新闻记者联系上录制视频的华原村村民史某。史某称，该视频是他在9月26日录制'
     '的。据史某介绍，当时他正在向李某反映污水导致其鱼塘被污染，遭遇鱼类死亡的巨大损失，但李某的态'
     '度很差，让他“滚出去”。10月26日，李某告诉红星新闻记者，他并没有对史某说“滚”字。“完全'
     '是造谣，只有‘出去’两个字，不要受（网传视频）字幕的影响。”李某承认，他在视频中的形象有问题'
     '，但称这是有原因的，他分管防汛工作，当时当地遭受洪涝灾害，持续下了大半个月的雨，他先是去一处'
     '坡道查看情况，然后到村部，衣服和鞋子都湿透了，所以才将裤子挽了上去。10月26日上午，红星新'
     '闻记者致电大荔县纪委监委宣传部，反映网络传播李某在接待反映事情的村民时，让村民“滚出去”一事'
     '。',
     'in', None, True, ['群众纪律'],
     [('李某', '副镇长', '范家镇')]),
    # 11
    ('http://sinoca.com/news/china/2014-07-12/348421.html',
     '信访局工作人员被曝用单位短信平台骂上访者“贱人”、“怎么不去吃屎”。7月12日，温州市政协委'
     '员欧阳后增发微博称，浙江温州苍南县龙港镇委书记丁振俊已批示“马上彻查”。12日凌晨，实名认证'
     '为“温州市政协委员”的网友@欧阳委员发微博质疑：龙港镇信访局工作人员用单位短信平台辱骂上访者'
     '？该微博注明源自网友@岸到彼岸：“信访局某位女工作人员（受理举报的），态度恶劣，电话辱骂还不'
     '够，居然用单位短信平台辱骂上访人员。现在不是开展党的群众路线教育么？为何工作人员可以如此没有'
     '素质啊”。@欧阳委员的百度人物资料显示，其真名为欧阳后增，系温州市政协委员，有“提案大王”之'
     '称。该微博引发网友热议。@聚焦余额宝：“椐查该接线员属临时招聘辅助人员。”@lxpcyf：“'
     '系统被黑客攻（击）了？玩笑？”澎湃新闻记者私信@欧阳委员、@岸到彼岸，均未获回复。@岸到彼岸'
     '所发微博显示，其举报位于云岩乡中对口村的祖房8日被强拆：“好好的房子拆成一片废墟，连双拖鞋都'
     '不让拿出来，政府这就是一种强盗行为，让一群农民住哪里？”并称拆迁没有通知，没有公告，连拆迁协'
     '议都没有签。微博图片显示，被拆后房屋一片狼藉。上午10点，“@欧阳委员”发微博称，苍南县委常'
     '委丶龙港镇委书记丁振俊在龙港舆情群作出批示：马上彻查！。',
     'in', None, True, ['群众纪律'],
     [(None, '工作人员', '龙港镇信访局')]),
    # 12
    ('http://rexian.cnwest.com/data/html/content/2021/09/190528.html',
     '尊敬的领导您好！我们是靖边县柳河湾仓储市场、靖边县夏都游乐公园、靖边县盛景健身游泳馆，现将靖'
     '边县张家畔镇张家畔村委会瓜分我三家企业的巨额拆迁补偿款一事，据实反映如下：2019年，靖边县'
     '政府实施芦河水环境治理，将我三家企业纳入拆迁范畴，并向我三家企业送达了拆迁公告，以及政府规定'
     '的奖励办法和时限要求政策。公告称；在本通告发布次日到第11日为政策宣传期。宣传期结束后60日'
     '内征收户与县房屋征收与补偿办公室签订征收补偿协议。根据公告要求，我三家企业在接到政府公告之日'
     '起，便积极配合政府的搬迁政策要求。我三家企业于公告发布的十日内，便将企业内的设施搬离完毕，便'
     '等待政府的赔偿兑付。等到赔偿兑付后，我三家企业只领取到了拆迁补偿规定的52%，并且，政府所规'
     '定的奖励，我三家企业均未领到。就在我三家企业准备去咨询政府相关部门时，土地租赁的原始人刘某告'
     '诉我们称，拆迁补偿款剩下的48%，被张家畔村委会所瓜分，拆迁配合奖金全部被吞，如若不给村委会'
     '分配48%的拆迁款，我三家企业在村委会的操控下，将得不到政府的任何拆迁补偿。在此，我三家企业'
     '请求相关职能部门，根据相关法律法规，追缴回我们企业应得的拆迁补偿款及奖金，从而维护我们的合法'
     '权益。',
     'in', None, True, ['贪污贿赂', '滥用职权'],
     []),
    # 13
    ('https://blog.creaders.net/user_blog_restore.php?did=MjczNTI%3D',
     '尊敬的黄院长：您好！我叫杨**2008年1月2日起诉给大连新世纪建筑安装工程有限公司垫款24'
     '万元不还的诉讼案件，该院并于当日受理。该案由甘井子区法院第四法庭刘**法官受理并主审。该案庭'
     '审清楚、理由充分、证据确凿。况且从1月2日至今7月3日已经过了审判期了。我多次找（至少有50'
     '次）本案主审官刘**、四庭厅长王**，给的答复就是叫我等，今天去找竟然告诉我“得等上面的通知'
     '”。（我有录音）就这样一个普通的民事垫款案件事实清楚，对方打的收条证据确凿为什么我们法院就不'
     '给判呢？听了刘**法官的话我不禁心头紧缩，一个普通的民事案件要受多大干扰才能要“等上面通知”'
     '？难道法官判案不是按法律去断案，而是要以领导的主观意识去断案？被告曾经说打官司他法院有人，他'
     '的舅哥是西岗区法院的副院长。现在看来被告真的很神通，连庭长都处理不了一个普通的民事案件了。法'
     '院不是在清理超期案件吗 我的案件也超期了 为什么不在清理当中呢？是法院个别人不作为 还是领导'
     '不作为？是法大还是权大？',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://cnfl.com.cn/2015/0619/50756.html',
     '“两年前，因我公司土地被非法划走后到曲靖中院提起行政诉讼，法官收下诉状和材料后叫我等通知，这'
     '一等长达两年都没有立案。”朱建国说，在这漫长的两年中，他先后20多次从罗平往返曲靖中院，每次'
     '得到的答复是“等通知”。他曾经书面报告请求立案，云南省高院是监督了，但下面还是不立案。昨天，'
     '朱建国先查询原来提交的材料并问为什么没有立案时，立案庭法官说：“我才调来，认不得你的材料在哪'
     '里？”因此，朱建国再次向法官提交材料和报告并要求立案，法官收下材料后说：“等通知……”朱建国'
     '是原国有云南罗平粮油工业公司的厂长，因该公司长期亏损，资不抵债。2003年初，各级政府将该企'
     '业从公改民。朱建国以出让方式取得该公司财产，前提是负责承担原罗平粮油工业公司债权债务，并安置'
     '好职工。由此，朱建国就将这些财产包括土地已登记为罗平银瀑公司财产，有关机关已作了依法登记，朱'
     '建国作为法定代表人。“当年，粮油工业公司的固定资产是30亩土地和厂房。”朱建国说，企业改制前'
     '，根本没有人敢接受这些老厂，因为还有跟着改制的几十号职工。2013年发生了一件大为意外的事。'
     '“其他公司公然来我们公司的土地上搞建设。这时我才认得国土局又颁发了一个土地证给其他公司，这属'
     '于典型的‘一女二嫁’嘛！”朱建国说。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://gmw.cn/01wzb/2001-11/11/03-9462C454B0D89EC248256B000083615F.htm',
     '无奈之下，高先生于2000年9月向北京市朝阳区法院提起诉讼，要求酒楼返还欠款。法院进行了调解'
     '并下达了民事调解书，酒楼同意全额支付货款并赔偿损失2.75万元，酒楼还和高先生拟订了一个还款'
     '计划。打赢了官司，高先生总算放心了：法院判决还能出岔儿？谁知事情还没那么简单。2000年12'
     '月13日，黄某经营的酒楼宣布关门停业，高先生一个子儿也没拿到。无奈，高先生向法院申请强制执行'
     '，但法院多次传唤黄某，黄某都置之不理。高先生打听到，欠了一屁股债的黄某还是一副大老板派头，整'
     '天出入歌厅酒楼。不久，朝阳区法院率先推出了限制被执行人超常消费的举措，给欠债者划出了禁区：禁'
     '止在宾馆、酒楼、歌舞厅、酒吧、夜总会、娱乐城等高消费场所消费等等。听到这个消息后，高先生想这'
     '回总算有辙了。于是，他再次找到朝阳区法院执行庭。执行庭一位负责人说：“你到外面看看黄某在哪儿'
     '，看到后给我们打个电话，我们把他抓回来。”一天晚上，高先生果真看见黄某在一家酒楼吃饭。高先生'
     '当即打“110”报警，但“110”告诉他说：这样的债务纠纷只能找法院，而法院早就都下班了，结'
     '果高先生只得眼睁睁地看着黄某吃饱喝足抹抹嘴走了。执行庭康庭长说，要想落实对于欠债不还者的“限'
     '制超常消费”，除了法院积极查找和社会监督外，申请人进行举证监督尤为重要。但高先生无法认同。我'
     '国目前主要还是以无记名的现金支付方式消费，致使“限制超常消费”很难落实。中国人民大学法学院郭'
     '禾教授认为，要彻底根除法院判决执行难问题，必须建立起全社会的信用制度。而建立完善的信用制度，'
     '单靠法院一个部门、一个具体措施、一段时间是无法完成的。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://xtq.zynews.cn/forum.php?goto=nextoldset&mod=redirect&tid=1324290',
     '粮机家属院所谓“棚改”己推开近半年！仍然没有多大进展！最关键的是惠济区政府仍然坚持几年前的过'
     '度补偿标准！因此造成有双证的住户超过半数仍然无法搬迁租房！补偿太低！不夠租房！差的太离谱！现'
     '在又宣传不是“棚户区”改造（本来就不符合“棚户区”条件），是“响应”市政府的改造项目。只是“'
     '响应”？！不是“征收”？！那么说还是可以自由选择的？说是旧城区改造！弄成了不伦不类！。可是惠'
     '济区政府关于“棚户区”改造粮机家属院的文件仍然高高的挂在院子里！这是怎么回事？。最起码区政府'
     '应该先宣布此文件作废后再进行下一步吧！要重新下文件吧！现在是区政府一句话，办亊处跑断腿，说破'
     '嘴！明显错误明显不合理也要强推！官大一级压死人呀！',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://ly.scol.com.cn/thread?tid=2705140&fid=1301',
     '罗书记：您好，我是元坝区红岩镇的一位普通公民，由于红岩镇属于亭子口移民工程的淹没区，加上广元'
     '港红岩作业区的修建，使得08年5.12地震之后已成危房的很多村民一直生活在帐篷中近4年之久，'
     '冬冷夏热，苦不堪言，为了支持政府工作，群众一直耐心等待，终于盼来了生产安置的好消息，一切政策'
     '也基本明了，但疑惑的是：政府告知每位农户修建房屋之前先缴纳每间一万元的保证金，问政府官员交此'
     '项款的用途，说是为了保证每位农户按照政府要求的风格修建，按要求修好之后退还，不按要求则不再退'
     '。我们没有看到文件，请问罗书记这样的行为属于政府行为吗？有红头文件吗？如果一家按修三间算，一'
     '家就是交三万，镇政府会收到多少保证金？这笔账作为普通老百姓的我不敢细算，放银行吃利息也够好些'
     '人生活了吧？农户修建房屋资金紧张没找政府解决还先要给政府交费？没有享受到一天新房的喜悦，农民'
     '面朝黄土背朝天的血汗钱就来的这么容易？也许在公务员的眼里3万块钱真的不算什么。根据元坝区人民'
     '政府关于亭子口移民的公告所说，搬迁补偿款有10%会在新房修建完毕拆除旧房时支付，为什么不以此'
     '为保证金？难道政府为了形象工程、为了他们的工作业绩就可以不管老百姓的疾苦？政府如此取信于民我'
     '无法理解，当地政府官员传达指示也不出具任何政府文件，如此的强制搬迁，如何确保移民库区的人心稳'
     '定，社会和谐，还有既然是抓阄决定个人的地基所在地，为什么有人前有人后，交了保证金的先抓，没交'
     '的后面排队，如此的方式能确保公平公正？',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://yulin.qinfeng.gov.cn/info/1057/11533.htm',
     '“为拆迁补偿的事，我不知跑了多少路，而今问题解决了，你们为党分忧，为民解困，不愧是党的好干部'
     '，人民的好公仆，我特别感谢你们”，这是王美丽（化名）特意写给为她解决问题的绥德县纪委的一份感'
     '谢信。王美丽，女，绥德县人，家住县城南关，现年72岁，健康状况不佳，腰腿疼痛行动不便。200'
     '1年，县政府在南关老城区改造过程中，拆除了她的厕所和大门，由于各方面的原因，拆迁补偿方案没能'
     '得到执行。2002年以来，她不断上访寻求解决办法，但是一直没能如愿。2014年6月，在万般无'
     '奈下，她听说今年是绥德县“干部作风建设年”，县委、县政府决定以党的群众路线教育实践活动为契机'
     '，着力解决群众反映强烈的热点难点问题，着力化解一批信访积案。抱着试试看的态度，王美丽向绥德县'
     '纪委反映了她的拆迁补偿问题。收到王美丽的来信后，县纪委高度重视，立即让工作人员与她取得联系，'
     '详细了解案件情况。经查，王美丽反映的问题基本属实，拆迁办当时拆迁了她的厕所和大门后，曾承诺给'
     '她新建。但是由于她与邻居关系不是很融洽，在新建过程中，遭到了邻居的阻挡，导致拆迁补偿方案搁置'
     '。随着时间的推移，拆迁办主要领导先后都调离了绥德县，拆迁办又是一个临时机构，工作人员都是从各'
     '单位抽调过来的，拆迁工作结束后，拆迁办的工作人员都回到原单位工作，没有具体单位负责解决拆迁遗'
     '留问题，她反映的问题也就没能得到解决。据悉，为了使群众的合法权益得到维护，妥善化解这起信访积'
     '案，绥德县委常委、纪委书记高怀和带领县监察局局长马保全、副局长李贵斌等人，先后多次前往王美丽'
     '家中，详细了解情况，倾听她的诉求。同时，积极与原拆迁办负责人协商，研究妥善解决这一问题的办法'
     '。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://bbs.chijio.com/forum.php?extra=page%3D1&mod=viewthread&tid=85300',
     '陈大大：您好！非常感谢您对茅坪场镇疫情防控工作的关注。关于您所反映的问题和诉求，昨天已有工作'
     '人员通过电话跟您进行了沟通、宣传和解释，今天上午镇、村干部也专程登门再次向您的父亲进行了宣传'
     '解释。现就您的诉求做正式解答：关于您反映的妹妹回家村里不接收的诉求：此次人员有序流动工作，茅'
     '坪场镇和龙河村是严格按照县指挥部的统一安排和要求来落实的。根据县指挥部的要求，此次人员流动的'
     '对象是交通管制实施以前，因团年、走亲访友滞留在城区和其他乡镇的本村常住居民。您的妹妹结婚以后'
     '实际常住地是鸣凤镇双泉村，不符合此次人员有序流动的对象标准。关于您反映的本村和邻村有人可以回'
     '来，经查实，返回的人都符合人员有序流动的对象条件，村委会在办理过程中严格按照程序、按标准执行'
     '，不存在标准不一、尺度不一的问题。如果您依然有疑问或者有相关实证线索，也欢迎向上级部门反映，'
     '我们十分愿意接受您的监督。对于您和您妹妹的心情，我们十分理解。疫情发生以来，村组干部放弃休假'
     '、冲在一线，长时间、高负荷地开展防疫工作，所有的一切都是为了保护辖区内百姓群众的生命健康安全'
     '，暂时的强化管控是为了尽早地解除疫情，希望您能理解我们的工作和付出，等到疫情结束后，家乡的大'
     '门永远向您妹妹及其家人敞开！祝身体健康！',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://m.yybnet.net/dazhou/quxian/201608/5154359.html',
     '“同一个村民小组，为什么条件好的农民吃低保，条件差的反而与低保无缘，这究竟是什么情况？”昨日'
     '，渠县三板乡香安村一组的村民洪世兵向本报“丁山帮办”栏目来电反映。洪世兵称，该组村民刘某家有'
     '儿子媳妇在外打工，每月收入数千元，他却在享受低保；该组村民周某某家，两个儿子媳妇打工，每月收'
     '入近万元，也在享受低保。此外，该组村民展某某，有女有外孙，每月竟在享受五保金待遇。洪世兵说，'
     '他的哥哥洪世文，房子垮了20多年，现住在他家，加上他哥眼睛高度近视，还长期生病。其嫂子是智残'
     '，一家人靠种庄稼维持基本生活，是全组公认最穷的，反而其哥哥没有享受低保，让人无法想通。“那几'
     '家每月都有数千元或近万元的收入，比哥哥家的经济条件要好百倍，他们还能如愿‘吃’上低保，真正条'
     '件差的却不能享受，让人想不通……”洪世兵十分不解。香安村村支书隗建国解释称，村民刘某家其儿子'
     '是复员退伍军人，在部队就患有“甲亢”，家庭十分贫困，才享受低保的；村民周某某家，其本人患有严'
     '重的腰椎间盘突出，丧失了劳动力，加上其老伴也有病，所以享受低保。展某某家有一儿一女，因其儿子'
     '几年前外出打工时死亡，他五六年前办了“五保”。洪世文家的确贫困，村委会也一直在帮扶，2014'
     '年、2015年其家也被纳入了“***对象”。隗书记表示，鉴于洪世文家的特殊情况，只要今年下半'
     '年低保申报工作一开展，村委会将会对其优先考虑。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://12345.e23.cn/html/2011/dhfk_1125/1294.html',
     '林先生来电反映：天桥区重汽彩世界小区西侧，长期立有一块大铁板，铁板上标有孟家桥施工，请绕行的'
     '字样，影响附近小区的居民通行。希望相关部门落实何时修复完毕。市市政公用局答复：经道桥处核实，'
     '“该桥存在较大的安全隐患，如果拆除围挡，将出现较大的安全事故。该桥已立项，正进入招标程序，招'
     '标完毕即进行维修，请居民谅解。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://m.cq66666.cn/zlk/202303/t20230313_6724817.html',
     '位于檢察院宿舍區附近兩頭的路障被人為損壞無人修，車上綠道很危險。我單位接到有關部門通知后，局'
     '領導高度重視，立即安排人員查看現場情況。據了解，松茲街道辦事處為守護山林生態安全，清理錢家山'
     '枯死樹木，要求臨時拆除綠道路障，工作完成后將及時恢復。經與松茲街道溝通協調，將于本周完成清理'
     '工作，并恢復路障。感謝您對我們工作的支持，同時請您對我們的工作提出建議。有需要解決和反映的事'
     '項，也可以和我們直接聯系。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH47, "fresh47")
