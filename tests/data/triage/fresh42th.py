"""Sealed batch fresh44: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-26 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: cadre selection and elections (换届 贿选, rigged village-committee elections, 买官卖官,
promotion and hiring of officials' sons and relatives, a 军转 placement blocked for a 市领导's
relative) and 形式主义官僚主义 (fake figures in 脱贫 checks, bought rankings, officials leaving
their posts early); out items on election lawsuits, labour and personal job claims, exam
disputes, veterans' placement, demolitions and two ordinary requests. Sources (stored-pages
search): a 投書 on the 西辛峰村 vote count (traditional); a report on a 吴川 那贞村
election committee head under 纪委 investigation; a 2017 《祖国》 item quoting 万荣 通化二村
villagers on a cash-waving candidate; a 杭州 廉政 site copy of the 金华 通报 of 贿选 cases; a
法治周末 report (chinalegalblog copy) on the 灵璧 组织部长 and his son; a 中新网 item (央视网
copy) on the 平阳电大 "父亲招聘儿子" exam; a forum commentary on the 三门峡 买官 case; a 军转
干部's letter to the 漯河 mayor; a 中新网 item (job-site copy) on a 重庆市政委 "萝卜招考" for
veterans; a copy of the January 通报 of three 形式主义 cases; a commentary on 脱贫 验收 造假
cases; a 海南网台 item on a 琼山 fee office; out items: a copy of the 小漩村 report (election
annulled, lawsuit refused), an appeal in a 民办教师 labour case, the party list of an
administrative appeal over the 水贝村 election (法律快车), a 后坂村 demolition report, a 新浪 copy
of a 尹家寨村 宅基复垦 report, a 郓城 demolition report, a 南方农村报 copy on a 雷州 exam dispute
(traditional), a 中時 item on veterans' petitions (traditional), a 仪征 forum post on a village
road with the town's reply and a 山东 answer on the veterans' 优待证. Three texts are in
traditional script (items 1, 19, 20; glossing pinyin of 019's converted copy removed).

Conventions: as in the earlier sealed batches (see fresh38th.py). Excerpts as published (whole
sentences kept, some paragraphs and sentences cut; page junk such as headlines, sub-headings,
image captions, bylines, datelines, source tags ("中新网温州12月25日电 (记者 李飞云)", "(8月30
《经济观察报》)", "中经联播讯"), list numbers and case headings of 004, forum signatures and
post times of 021, editor lines and source lines removed; paragraphs joined; ASCII punctuation
written full-width except inside numbers and clock times; the spaces the pages put around
numbers and quotes ("1 月 17 日", "3月24 日") removed; the pages' own slips kept ("2017年12日
12日", "侯选人", "承认却有此事", "进行进行了", "买官卖官的的", "既可获取", "补充到")).
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, firms and officials who only handled, investigated, announced or
answered are not accused; an organ accused as a whole gives no entry; an unnamed accused
official is (None, position, unit). Names, positions (as first written with the name) and units
as written; unit None when the text does not tie the person to a named unit. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (008, 009).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2 (021,
022). 16 accused entries, all in items 1-12: 11 with a full name, 4 masked or surname-only
(贾某某, 何某忠, 司某, 谢), 1 post only (市领导). Out items have no accused entry.

Close calls:
 1  Traditional script; the headline "投書-..." cut. 李東霞 is first quoted defending the count
    ("選舉程序合法") but the commentary says the election was run by "一副鎮長親自主持" and
    "在權力之手的導演當中", dismissing the "鎮領導冠以合法之名": she is accused, ('李東霞',
    '副鎮長', '崔村鎮') (the page's "村鎮" in the first sentence kept). The 監票員 and 唱票員 are
    village election staff, not entered.
 2  Byline and the sub-heading "【现场还原】..." cut; stops before an unfinished paragraph.
    庄亚福 is first written "委员会主任" (then "选举委员会主任"); he is said to be under 纪委
    investigation for 侵占集体资产 and to have extended the vote for his followers' 贿选: topics
    组织纪律, 滥用职权, 贪污贿赂; unit 那贞村, the village whose election he leads. The 化名
    villagers are witnesses; the 街道办 is only named by him.
 3  The opening paragraph on another county's WeChat 红包 case cut; the villagers' quoted
    report kept whole with its slips ("2017年12日12日", "侯选人"). 蔡俊红, a candidate who was
    then elected 村长, is accused as first written ('村长侯选人', unit 通化二村); the 镇党委政府
    and 选举委员会 that let the vote go on are organs (no entry; topic 工作纪律). 蔡堂生 is a
    victim.
 4  Intro and cases 1 and 3 of the five kept; case 2, the sentence "以下是5起…" and the case
    headings/list numbers cut. 贾某某 ('党员', no unit: the village named is 翁某's) and
    何某忠 ('原党支部委员', 利丰村) bribed voters and were punished. 翁某 and 何某福 received the
    gifts; 何某福's 组织关系 was moved but no misconduct of his is stated: not entered.
 5  Title, deck, byline and sub-heading cut; stops before 司某's own answer. 司某 is
    first written "我们县组织部长司某" (unit from "安徽省灵璧县组织部长司某"). His son 司元
    (化名) is the beneficiary, not accused; the 举报人 is anonymous.
 6  Hard case (reads like an exam dispute). The dateline cut; stops before the 人事局 staff's
    further explanation. 林传杯 is the 校长 of 平阳电大, the unit that hired his son: accused
    (选人用人). 林廷耀 is the son; the 人事局 staff member only answers.
 7  Forum commentary; the source tag and the unfinished story of an "易城县" secretary cut.
    连子恒 (double-regulated, "曾任河南三门峡市委书记") and 聂卫东 (义马市副市长, who boasted of
    buying his post) are accused; the two retired 处级干部 are witnesses.
 8  Mixed: a 军转干部's own placement claim, and 李小平局长 refusing him because "一位市领导给他
    打了招呼，说他的亲戚要进这个单位". Accused: ('李小平', '局长', '漯河市质量技术监督局') and the
    unnamed (None, '市领导', None). The letter's title (to 市长吕清海) cut; the mayor is the
    addressee, not accused; 市军转办 and 市纪检委 only handled.
 9  Mixed, hard case: a veteran's lost job (his own claim) and the "萝卜招考" charge that the
    市政委 organised the exam for its employees' sons with only internal examiners. The
    misconduct is the unit's (an organ): no accused entry. 莫某, 龙某 and 赵某 are candidates;
    the 林昌文 answer is cut. Caption, dateline and sub-headings cut.
10  Section tag, headline, byline, the paragraph on a leader's speech and sub-heading cut.
    Organs only (海城市, 河南省商务厅): in scope, topic 形式主义官僚主义, no accused entry.
11  The unfinished fourth case (a 村主任) cut. 刘乡 written "莲花县委原书记刘乡": position
    '县委原书记', unit '莲花县'; 邢庭忠 "两岭镇原镇长"; 左明甫 "茶亭村党支部书记". 左明华 and
    左文华 are villagers.
12  Headline, timestamp, source tag and editor line cut. 谢股长 (surname and post only) and
    颜春妹 (no post written) left work early: unit the 分局 the reporter visited. The desk clerk
    who covered for them and the locked 局长/副局长 offices are not entered (no misconduct
    stated of named persons). Topic 工作纪律.
13  涉法涉诉, hard case on the theme: a 村主任 whose election the 辽阳市政府 annulled by a
    信访 ruling, and the courts refused his suit. The organ's act gives no entry; 王英石 (镇党委
    书记) only tells the reporter; 崔喜春 and 崔艳丽 are private parties. Title lines cut; stops before the town's
    own inquiry.
14  涉法涉诉: a court's reasoning and the appeal in a former 民办教师's labour claim; 县教委 and
    KK中学 are parties (organs). The heading and the school's reply paragraph cut.
15  涉法涉诉, hard case: the party list of an administrative appeal by members of the 水贝村
    election committee. The 县长, 局长 and 镇长 appear only as 法定代表人 of the defendant organs:
    not accused. Four of the seven appellants' lines (one with a garbled character) cut.
16  征地拆迁: "步文镇地方领导，组织、带领…实施强拆" is the owners' demolition grievance (as in the
    earlier batches' demolitions led by town officials): out, no accused. Sub-headings cut;
    stops before the paragraph on the workers sent into the village.
17  征地拆迁: a 宅基复垦 relocation; the 村委会 loudspeaker and the cut power are part of the
    grievance, no one accused. Byline, sub-heading and two sentences on the reporter's reception cut.
18  征地拆迁: a house demolished at night during his 行政复议; 公安局 not opening a case is part
    of the complaint against organs; 朱道依 is the petitioner. The sentences on his family's
    hardship and a sub-heading cut; stops before an unfinished sentence.
19  个人利益诉求: traditional script, glossing pinyin removed; a 公务员 exam loser says the winner
    周曉城 was not eligible and he should be hired; no official accused. Sub-heading cut.
20  个人利益诉求: traditional; veterans' placement petitions; 總政 staff only handled. A sub-heading
    cut; stops before the paragraphs on a veteran held in a "學習班", to keep the item a
    placement claim.
21  其他: a village road request and the town's reply (handler). The post title, signatures and
    timestamps cut; the page's unclosed quote ("产业兴旺…) kept.
22  其他: an answer on when veterans can apply for the 优待证; the question line kept; title,
    date line and tags cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH44: list[Item] = [
    # 01
    ('https://www.bg3.co/a/tou-shu-cun-wei-hui-xuan-ju-bei-hou-de-cao-zuo.html',
     '19日，北京昌平區村鎮西辛峰村進行村委會換屆選舉，兩位村主任候選人計票數加上廢票數，超過選民'
     '投票數。選舉委員會代表稱，選舉中有重複唱票現象。崔村鎮副鎮長李東霞稱，選舉程序合法，但未迴應'
     '如何處理投票結果。此次選舉結果暫未公佈。622人投票，除掉廢票17張，居然能夠得出315+2'
     '94的結果，這不是腦筋急轉彎，而是由一副鎮長親自主持的村委會換屆選舉，真讓人不得不感嘆「一切'
     '皆有可能」。再看來自各方的表演，監票員可以中途隨意的走開，而唱票員則是「不知道爲何票數變多。'
     '他們讓念哪個，我就念哪個。」如此，答案已昭然若揭，一場原本體現村民民主選舉，實現村民自治的村'
     '委會換屆選舉，實際上從開始到結束都在權力之手的導演當中，至於那多出來的6票，不過是計票環節的'
     '疏漏罷了。根據《村民委員會組織法》第15條規定，「以威脅、賄賂、僞造選票等不正當手段當選的，'
     '其當選無效。」由此看出，這個所謂程序合法的選舉，事實上已經違反了相關法律法規，根本就沒合法可'
     '言。所以，筆者以爲，不管任何不知情的推托之詞，或鎮領導冠以合法之名，這場選舉都已是人爲敗筆拙'
     '劣表演。如此，談村民自治、談村委會代表村民的意願，似乎都有些南轅北轍，自相矛盾。',
     'in', None, False, ['组织纪律', '滥用职权'],
     [('李東霞', '副鎮長', '崔村鎮')]),
    # 02
    ('https://w9cctv.com/news/10443.html',
     '“他都被纪委查着了，凭什么还来管我们的选举？”1月17日，广东省吴川市大山江街道那贞村村民庄'
     '先生（化名）拿着一叠证据材料，情绪激动地向记者讲述了村里换届选举中的诸多反常现象。这场原定于'
     '1月16日举行的“三员”（监票人、计票人、唱票人）选举，因投票时间临时延长、公示的委托投票名'
     '单部分不是委托人本人亲笔签署，涉嫌造假等问题，引发全村村民强烈不满，而主导选举的委员会主任庄'
     '亚福，正是一名涉嫌侵占集体资产超千万元、正被纪委调查的涉案人员。“1月14日就贴了公告，说1'
     '6号上午9点到12点半投票选‘三员’，我们都按时间去了。”参与选举的村民庄伦明（化名）向记者'
     '还原了当天的场景。他回忆，12点左右，现场投票的村民已寥寥无几，“天气好好的，没刮风没下雨，'
     '完全没特殊情况”，但选举委员会主任庄亚福突然宣布：“投票时间延长到下午5点半。”这一临时变更'
     '瞬间引发骚动。“公示的投票截止时间怎么能说改就改？”村民庄亚强（化名）当即提出质疑，却遭到庄'
     '亚福的强硬回应：“这是街道办同意的，我说延长就延长，村民无权反对！”记者在村民提供的现场录音'
     '中听到，庄亚福的声音带着不容置疑的强硬，而背景里满是村民的抗议声。“当时才12点，已经投了差'
     '不多了，延长5个小时干什么？”庄伦明（化名）告诉记者，村民们普遍怀疑，延长时间是为庄亚福的亲'
     '信争取贿选时间，“后来果然是他的人全当选了，这不是明摆着操纵吗？”',
     'in', None, False, ['组织纪律', '滥用职权', '贪污贿赂'],
     [('庄亚福', '委员会主任', '那贞村')]),
    # 03
    ('https://zgzzs.com.cn/index.php/article/detail/id/13264.html',
     '2017年12月13日，山西省万荣县通化镇通化二村村民反映：“2017年12日12日，万荣县'
     '通化镇通化二村组织本届村民委员会换届选举，在选举委员会主任蔡堂生正在宣读选举办法过程中，村长'
     '侯选人蔡俊红未经允许冲到主席台公然上台两次打断选举委员会主任讲话，夺过选举委员会主任手中的话'
     '筒，扰乱选举现场秩序，将装有几十万现金的手提包放在选举台上，并打开手提包，手持大量现金对选举'
     '现场参加选举的村民说，如果你们选我一票一百元，选好后到我家领也行，待会摆上桌子在后面发也行，'
     '谁要是出一千块钱一张票了，我就不参选了。之后在场民警和村民为维持现场秩序，半小时之后将装有现'
     '金的手提包从台上拿至台下，并未予以没收。在发生如此大的破坏选举风波之后，镇党委政府、选举委员'
     '会仍放任选举继续进行，仍放任蔡俊红继续以侯选人参选，并放任实行贿选行为的蔡俊红在选举中当选。'
     '在选举结果公布后，众多村民向镇党委政府、选举委员会检举蔡俊红的贿选、破坏选举行为，但镇党委、'
     '选举委员会却无视民意、无视法律，蔡俊红竟然顺利当选。”',
     'in', None, False, ['组织纪律', '工作纪律'],
     [('蔡俊红', '村长侯选人', '通化二村')]),
    # 04
    ('https://hzlz.hangzhou.com.cn/articles/8287.html',
     '近日，金华市村社组织换届领导小组办公室通报5起贿选典型案例。有关部门提醒广大党员群众，别以为'
     '发一个微信红包、递一包烟、送一点慰问金没事，在村和社区组织换届中，这些都属于违反换届纪律行为'
     '，将被严肃查处。1月8日，金东区岭下镇新亭村生病在家的党员翁某家来了一名特殊客人。党员贾某某'
     '以看望为由送来100元钱，寒暄之余，还提出希望其在换届中多支持，被群众举报。1月13日，贾某'
     '某以慰问为名拉票贿选被查实，金东区给予其党内警告处分，相关案情在全区范围内通报。3月12日，'
     '浦江县白马镇利丰村原党支部委员何某忠为在换届选举中得到党员何某福的支持，送给何某福一包香烟。'
     '3月16日，白马镇党委依法查处此次贿选事件，何某忠受到党内警告处分，还被撤销党内职务，党员何'
     '某福的组织关系也被转入镇教育整转支部。',
     'in', None, False, ['组织纪律'],
     [('贾某某', '党员', None), ('何某忠', '原党支部委员', '利丰村')]),
    # 05
    ('https://www.chinalegalblog.com/2010/08/27/15247/',
     '“我们县组织部长司某违规提拔他儿子做团县委副书记。我知道我很冲动，但我是为了正义举报他们，希'
     '望你们下来调查。”一周前的一个傍晚，记者接到了举报人情绪激动的匿名举报电话———安徽省灵璧县'
     '组织部长司某其子司元（化名，现任灵璧县团委副书记），上了高一之后直接读大学，后到县里任职。单'
     '位提拔期间，司某利用自己手中的权力，为团县委副书记候选人加上了“年龄不超过28周岁”的条件，'
     '致使符合条件的只有司元一人。举报人称，自己手头有司元同学的录音，证明司元未读高二、高三；还有'
     '司元单位同事录音，证明加上年龄条件后只有司元一人符合当选团县委副书记条件。并承诺，见面后会给'
     '记者提供更多详情。记者上网查阅发现，该举报内容8月4日已在某论坛发布网帖。发帖人指司某儿女毕'
     '业后均未通过考试就直接被安排到机关工作，矛头直指司某违规安排儿女。此帖在国内几大网站引起了强'
     '烈反响，不少人纷纷质疑官二代提拔存违规。网帖中称，司元生于1982年12月，2002年7月毕'
     '业于安徽农业大学农学系农学专业，“在从未留级的情况下推算（大学4年，高中3年，初中3年，小学'
     '6年，共16年），3岁多就上一年级了，这可能吗？”',
     'in', None, False, ['选人用人', '滥用职权'],
     [('司某', '组织部长', '灵璧县')]),
    # 06
    ('http://news.cctv.com/society/20091225/101367.shtml',
     '12月23日晚上10点20分左右，温州当地网络上爆出一则《史上最牛考试父亲招聘儿子》一帖，言'
     '平阳县电大招一人，出现三人报名却只一人有成绩，其他两人成绩为零。而巧合的是，应聘者考试的是父'
     '亲负责的单位，网民称此事令人浮想。爆料者还说：“现在工作这么难找，报了名连考试都不参加，这可'
     '信吗？”因此“强烈要求”有关部门公布报名的另外两个人的姓名，并说明缺考原因。记者在平阳县人事'
     '局公开的信息中找到“平阳县2009年公开考录职高专业课教师（实习指导师）拟录用人员名单公示”'
     '中看到争议人名字林廷耀，准考证号03329010109，法学本科，应试单位平阳电大，这学校的'
     '校长正是他父亲林传杯。同时记者在“平阳县2009年公开考录职高专业课教师（实习指导师）考试成'
     '绩”中，找到应考法学的三人准考证号分别为03329010107、03329010108、03'
     '329010109，前两位的考分为零，显然是没来考，第三位正是林廷耀，考试总分为101.5分'
     '，面试分为37.5分，笔试分为64分。而在报名表和公布成绩表中均没有出现姓名，只有准考证号。'
     '当记者致电平阳县人事局查询另外缺考考生电话时，一名工作人员在电话中承认却有此事，并称此事他们'
     '于当天下午已经发现这个问题。',
     'in', None, False, ['选人用人', '滥用职权'],
     [('林传杯', '校长', '平阳电大')]),
    # 07
    ('http://heluo.cc/thread-81208-1-1.html',
     '近日，曾任河南三门峡市委书记的连子恒被“双规”。这位正厅级干部离开三门峡前后，当地曾被查出大'
     '规模买官卖官窝案。两位退休处级干部证实，义马市副市长聂卫东曾在饭局上公开宣称，“没想到一个副'
     '市长还是挺便宜的。我准备了200多万，结果只花了100万就把事情办成了。”买官卖官，古已有之'
     '。以清朝为例，国库空了，皇帝就要卖官。卖官的钱，理论上都交到了吏部，最后归到国库。但历朝历代'
     '，人们是看不起这些捐官的，总觉得捐官通过买卖上任后，肯定要连本带利一起捞回。买官卖官的的风气'
     '之所以久盛不衰，其根本原因就在于，在一些地方，官位炙手可热，含金量高，升值潜力大，花50万买'
     '个县长，顶多不过两三年，不但能顺利收回成本，而且还能赚他个盆满钵满，何乐而不为？在一些贪官心'
     '目中，“官”，是一种独有的特殊商品。卖官者的好处一方面是买官者所送的金钱、实物等贿赂，一旦交'
     '易成功，买官者少不了再要感谢卖官者的“知遇之恩”，而且可能以后还有定期的“纳贡”；另一方面是'
     '通过买官卖官，卖官者可在一定程度上培植亲信，形成官官相护的黑色网络，这就更便于以后进行腐败活'
     '动。',
     'in', None, False, ['选人用人', '贪污贿赂'],
     [('连子恒', '市委书记', '三门峡'), ('聂卫东', '副市长', '义马市')]),
    # 08
    ('http://www-125456.com/a/www_67297cf_com/419.html',
     '我叫高俊普，生于1975年11月，1994年12月入伍，硕士研究生学历，党员，副营职。201'
     '0年因爱人在漯河职业技术学院工作，所以按政策转业到爱人户口所在地。经考试安置到市质监局，但该'
     '局某些人不按政策百般阻挠、刁难，至今未能上班，在无奈、无助之下只好写下了这封信。首先向领导谈'
     '谈我的工作安置过程：按照军队安置暂行办法（中发[2001]3号）第三章第十六条规定：“军队一'
     '般由其原籍或者入伍时所在省（自治区、直辖市）安置，也可以到配偶随军前或者结婚时常住户口所在地'
     '安置”，我符合转业到家属户口所在地――漯河市区安置。并于去年8月24日参加了漯河市军转办组织'
     '的考试考核，总成绩排名第四，因前五名宣布为公务员，所以我自然属行政编制。于9月6日在市纪检委'
     '相关人员的监督下，按名次进行进行了公开、公平、公正的双向选择，被安排到漯河市质量技术监督局（'
     '可到市纪检委核实）。但在选择单位后，漯河市质量技术监督局却迟迟不予接收，也不写不愿接收的报告'
     '，直至12月底才同意接收我的档案（已经过了退档时间）。12月27日下午市军转办通知我到市质量'
     '技术监督局报到，我于第二天上午先去见了李小平局长，见面后他首先向我解释了为什么拖到十二月底才'
     '接收我的档案，原因是一位市领导给他打了招呼，说他的亲戚要进这个单位（也是这次的军转干部，但考'
     '试排名靠后没能选上这个单位，直到快过退档日期时才放弃），接着又向我说现在市局、区局所有单位都'
     '满编，没有编制，让我到离漯河市区100多里外的舞阳县局工作。我说：“局长，我们军转干部都是带'
     '编制的，可以按照先进后出的原则安排。”',
     'in', None, True, ['选人用人', '滥用职权'],
     [('李小平', '局长', '漯河市质量技术监督局'), (None, '市领导', None)]),
    # 09
    ('https://xmzhichang.com/6712.html',
     '重庆市市政管理委员会近期举行的一场面向退伍军人的招聘考试被落榜者和网民质疑为“萝卜招考”。今'
     '年32岁的考生龙洋玥在笔试中排名第二，却在面试中被两名“内部子弟”反超约30多分而最终落榜。'
     '经调查，此次考试的7名考官全部为该单位内部人员。今年8月到9月，重庆市政委为安置其员工的“退'
     '伍兵”子女，专门组织了一场面向退伍军人招聘考试。在重庆市民政局有关部门的统筹下，龙洋玥、赵某'
     '以“外人”身份参加这场考试，他们和6名“内部子弟”一同竞争3个职位。笔试中，赵某、龙洋玥以8'
     '0多分排名第一、第二，其分数高出6名“内部子女”17.5分以上。但面试中，赵某的得分表现平平'
     '，龙洋玥则低出所有考生20分以上，成为倒数第一。按照笔试成绩60%、面试成绩40%的规则计算'
     '后，赵某总分依旧位列第一，龙洋玥则以1.1分之差位居第四，由此，他被面试成绩超过自己约30分'
     '的两名市政委“内部子弟”挤下录取线。龙洋玥对这个结果感到愤愤不平。据他自己调查，将他挤下录取'
     '线的莫某、龙某都是“城镇兵”，入伍2年退伍，高中学历。而他则是“农村兵”，从军12年后转业，'
     '三级士官，通过自考获得本科学历，且在部队立过三等功。这些在采访中也得到证实。龙洋玥开始怀疑这'
     '场考试的公平性。他将对该考试的种种质疑发布在网上，引发沸沸扬扬的讨论。',
     'in', None, True, ['选人用人'],
     []),
    # 10
    ('http://www.cctv-cmpany.net/nav9/104247.html',
     '一份份虚假数据，一摞摞水分报告，形式主义、官僚主义的新表现再次被中央层面点名通报。三起典型案'
     '例背后，是扭曲的政绩观和加重基层负担的现实困境。1月19日，中央层面整治形式主义为基层减负专'
     '项工作机制办公室会同中央纪委办公厅对3起整治形式主义为基层减负典型问题进行公开通报。这些问题'
     '涉及不同地区，却共同暴露出一些地方和部门政绩观存在偏差。通报的第一起案例涉及辽宁省鞍山市海城'
     '市。2024年6月，海城市花费498万元与某“百强县”榜单评价机构签订“县域经济和新质生产力'
     '研究综合服务”咨询项目合同。该咨询项目未结合当地实际提出有价值的发展建议，但海城市顾及“百强'
     '县”排名等因素，未就项目成果实效不强等向该评价机构提出不同意见，项目验收流于形式。在2025'
     '年榜单评价过程中，该评价机构通过提高主观指标得分的方式帮助多个合作县（市）实现“百强县”上榜'
     '进位，其中海城市由客观指标得分第118名调整至综合得分第91名。第二起案例涉及河南省有关部门'
     '在引进省外资金工作中设置不合理考核指标，导致基层为完成任务弄虚作假。近年来，河南省商务厅在引'
     '进省外资金考核中，在基数虚高的情况下仍要求逐年递增，频繁通报地方完成情况，却对上报数据不实问'
     '题不进行认真审核把关。',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 11
    ('https://paituo.cc/qianming/178218.html',
     '日前，中央纪委国家监委公开曝光在“不忘初心、牢记使命”主题教育期间查处的8起典型案例，其中，'
     '江西省萍乡市莲花县委原书记刘乡在国家贫困县脱贫摘帽验收检查中弄虚作假被通报处理。作为国家贫困'
     '县的“一把手”，本应实事求是地对待脱贫摘帽验收工作，然而刘乡竟然总结迎检“过关诀窍”并以文件'
     '形式印发，用一种半公开方式组织全县造假“摘帽”。近年来，随着脱贫攻坚力度不断加大，越来越多的'
     '困难地区如愿摘掉了贫困的帽子，踏上了致富的道路。但从各地通报案例来看，不乏一些浑水摸鱼者夹杂'
     '其中，在脱贫验收这一环节大做文章，上演了一出出“自导自演”的闹剧，企图通过弄虚作假来蒙混过关'
     '。有的提前规划迎检路线，并在沿途“精心”设计以应对检查。比如陕西省山阳县两岭镇原镇长邢庭忠在'
     '负责三合村新农村建设工作期间，在原定新农村产业发展项目未实施情况下，为应付上级观摩验收，同意'
     '该村组织群众在3亩土地上除草、翻地，盖上玉米秆并插上“三合村猪苓基地”牌子“造假迎检”。有的'
     '打起了“狸猫换太子”的主意，用冒充顶替的方式通过验收。比如武汉市新洲区茶亭村党支部书记左明甫'
     '在落实贫困户危房改造工作中，明知贫困户左明华的危房改造超标准建设，无法通过验收。为了完成任务'
     '，安排本村村民左文华（非危房改造户）的房屋冒充通过验收，在政策落实过程中弄虚作假。',
     'in', None, False, ['形式主义官僚主义'],
     [('刘乡', '县委原书记', '莲花县'), ('邢庭忠', '原镇长', '两岭镇'), ('左明甫', '党支部书记', '茶亭村')]),
    # 12
    ('https://haikou.baogaosu.com/xinwen/%E4%B8%89%E4%BA%BA%E4%B8%8A%E7%8F%AD%E4%B8%80%E4%BA%BA%E5%9C%A8%E5%B2%97%E5%8F%A6%E5%A4%96%E4%B8%A4%E4%BA%BA%E5%8E%BB%E5%93%AA%E4%BA%86/29931281',
     '过年七天假结束，迎来上班第一天。各个机关单位的工作人员有没有缓过劲来？下面跟着我们的记者一块'
     '到海口的各个职能部门看看吧。今天早上11点40分，记者首先来到海南省交通规费征稽局琼山分局，'
     '业务厅里设置5个窗口，但只有一名工作人员在岗。这名工作人员表示，今天原本这里5个窗口有三个人'
     '上班，不过这会另外两人都去上厕所了，应该很快就会回来。可记者等了近20分钟，一直都没有见到人'
     '。见记者疑惑，这名工作人员立马改了口。记者随后来到工作人员所说的楼上发现，这里只有两间办公室'
     '，分别是局长办公室和副局长办公室，不过都已经大门紧锁，一个人影都没见着。十分钟后，对于本应在'
     '岗的谢股长和颜春妹去哪了，另一名自称是办公室工作人员来到了现场，却给出了不一样的说法。为了核'
     '实情况，记者也当着工作人员的面打电话给谢股长核实。直到最后，这名工作人员才承认，谢股长和颜春'
     '妹既不是上厕所，也不是到油站检查，而是提前下了班。记者随后也接连走访了海口市公安局办证中心、'
     '海口市公安局琼山分局、海口市政务中心等，各个业务窗口全都已经正式上班，并未出现类似迟到早退或'
     '者不在岗的情况。',
     'in', None, False, ['工作纪律'],
     [('谢', '股长', '海南省交通规费征稽局琼山分局'), ('颜春妹', None, '海南省交通规费征稽局琼山分局')]),
    # 13
    ('https://www.cmule.com/viewthread.php?authorid=759775&page=1&tid=237777',
     '“老百姓选我当村委会主任，没抽我一支烟，没喝过一口水。”今年4月21日，说起竞选村主任，董长'
     '民就抑制不住激动。董长民是辽宁省辽阳县小屯镇小漩村农民，2007年6月30日，他当选村主任，'
     '并接到了镇政府颁发的当选证书。董长民上任后，先是修路，接着又更换了自来水管，垫付2万多元给全'
     '村安装了有线电视，还带领村民到凤城市参观新农村建设。正当董长民要让小漩村变个样的时候，200'
     '8年4月4日，小屯镇政府突然宣布（口头）：根据辽阳市政府红头文件，小漩村2007年6月30日'
     '举行的村委会换届选举无效。当了10个月村主任的董长民“当选无效”。对换届选举结果，县、镇政府'
     '认为有效，市政府认为无效。更为离奇的事还在后头。董长民状告辽阳市政府，请求撤销关于小漩村选举'
     '无效的红头文件，辽阳中院认为，市政府的红头文件是信访复核意见，是指导性的，不具有强制力，不是'
     '具体的行政行为，不可诉。辽宁省高院认为，涉及村委会换届选举的有关内容，不属于行政诉讼审查范围'
     '，驳回上诉。“我现在是投诉无门了。”董长民无奈地说。与董长民一起竞选村主任的是崔喜春。小屯镇'
     '党委书记王英石告诉记者，“在2007年6月30日举行的村委会选举中，崔喜春落选。第二天，崔喜'
     '春的女儿崔艳丽就组织亲属及村民20余人到辽阳市政府集体上访”。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.fymate.cn/html/text/art/3355757/335575703_1.html',
     '当地县法院经审理认为，林汝1976年到1986年在芜湖KK中学工作属实。但林汝在1986年3'
     '月被县教委批准担任民办教师后，属以教代工，从事炊事员工作享受民师待遇。1997年底，县教委根'
     '据政府文件规定辞退林汝，林汝业已领取了辞退金，双方人事关系解除。1998年至2004年6月，'
     '林汝虽仍在芜湖KK中学工作，但其是向KK中学提供洗烧、楼室保洁等劳务，双方无从属性和人身依附'
     '性。林汝只要完成劳务既可获取相关报酬，不受学校管理制度约束，双方是一种劳务关系。法院遂判决，'
     '驳回林汝诉讼请求。林汝不服上诉称，原判认定事实有误，实际上县教委并未与其办理任何辞退手续。“'
     '民师”只是资格证书，县教委的“辞退”实质上是取消民师资格，而不是自己的工作（食堂工作）。自己'
     '“顶编民师”期间以及“顶编”前受聘和“顶编”后被“留任续聘”的工龄均应合并计算为连续工龄，2'
     '9年来，自己与芜湖KK中学之间已形成了长久而稳定的劳动关系。自己在KK中学工作期间，工作是持'
     '续的，且按KK中学规定的工资领取报酬，双方很明显是一种劳动关系，而非原审认定的劳务关系。另外'
     '，2001年6月，自己领取的辞退金，是在KK中学拿的，不是在县教委拿的。2004年7月后，自'
     '己就没有工作了，单位也没有给自己任何形式补助或补偿。综上所述，请求二审法院依法改判。2005'
     '年3月21日，二审法院公开开庭审理了本案。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://anli.lawtime.cn/xzssfal/2006102643547.html',
     '上诉人（原审原告）：黄建华，男，40岁，汉族，农民，原附城镇水贝村村民选举委员会成员，住龙川'
     '县附城镇水贝村。上诉人（原审原告）：黄巧平，男，45岁，汉族，个体户，原附城镇水贝村村民选举'
     '委员会成员，住址同上。上诉人（原审原告）：黄居运，男，51岁，汉族，个体户，原附城镇水贝村村'
     '民选举委员会成员，住址同上。诉讼代表人：黄建华。以上上诉人委托代理人：林德胜，广东汇明律师事'
     '务所律师。被上诉人（原审被告）：龙川县人民政府。法定代表人：丘钦城，县长。委托代理人：陈元青'
     '，龙川县法制局干部。被上诉人（原审被告）：龙川县民政局。法定代表人：李平枢，局长。委托代理人'
     '：殷云仿，龙川县民政局干部。被上诉人（原审被告）：龙川县附城镇人民政府。法定代表人：黄细友，'
     '镇长。委托代理人：陈元青，龙川县法制局干部。委托代理人：魏文华，附城镇人民政府干部。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://zbcbb.com/finance/bgt/2016-11-29/25098.html',
     '2016年8月9日至12日，在未与被拆迁户就补偿问题达成一致，也未经法定程序授权的情况下，福'
     '建龙文区步文镇地方领导，组织、带领一批安徽籍民工对后坂村民严波池、陈阿思、李宗白、李宗奋等四'
     '人的家实施强拆。直至发稿前，已经三个多月了，尚无人来过问强拆事件和处理安置赔偿事宜。严波池等'
     '四人皆为后坂村村民，他们在这小村庄里已经住了大半辈子了。严波池是个聋哑人，因为残疾没有娶妻生'
     '养，90年代初在残疾人工厂上班，靠一个月800多元的工资攒起来盖了一座3层小楼，此楼在201'
     '3年被强拆了，严波池的兄弟气不过替他请了律师告了镇政府，镇政府败诉，但却一直未找严波池处理赔'
     '偿事宜。今严波池又一次遭遇了强拆，此次被强拆的是他的祖屋，此祖屋建于清末，是典型的闽南古厝，'
     '严波池早上出门去姐姐家，傍晚回来房子已经平了。其他三人的房子皆是90年初建的，三人当时盖房子'
     '时都是按照程序去申请皆有证，即集体土地使用证。“像我们这种证的在福建农村并不多，省法条里都规'
     '定具备此证的房子合法，务必不能强拆。那会盖房子需要向政府交一平方14元的手续费。在90年代对'
     '于农民，这笔费用挺大的”，村民陈阿思补充到。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://news.sina.com.cn/o/2012-05-16/031024421997.shtml',
     '4月24日下午，记者到临沂市河东区汤头街道尹家寨村，暗访正在开展的“宅基复垦、群众迁居”的情'
     '况。没成想，竟然上了该村委会的大喇叭：“各位村民注意了，我村来了一个身份不明人员，形迹可疑，'
     '大家要注意防盗啊。”更有“不放心”的村民，竟然拨打了110报警电话。尹家寨村最东部的一片民居'
     '，大部分已被推倒并清理干净，露出赤裸的泥土，显得分外空旷。所以，那些没有拆掉的院落，就显得特'
     '别突出。村民尹加元（化名）的家，就是其中之一。当记者走进他家，他赶紧让人从外面反锁院门。如此'
     '，便消除了他接受采访被人发现的后顾之忧。尹加元一家四口人，女儿已经成年，还没有出嫁。他说：“'
     '只给俺三间小瓦房，总共40多平方米，一家人怎么住得下？”在自己的宅基地上他原有5间堂屋、4间'
     '配房，还有一个约40平方米的院落。他有一台煎饼加工机，设置在西边配房里。粮食之类的杂物，放在'
     '东边配房里。一台太阳能热水器，安置在南边的一间配房上。他说，如果搬到三间瓦房、一间配房的“过'
     '渡房”里，光这些东西就没处摆放。正因为如此，他拒绝搬迁。因为他拒绝搬迁，4月19日他家的电被'
     '“掐”了。电一停，他的煎饼加工机也就停摆了，买卖暂时没法做了。所谓“过渡房”，就是村民们“上'
     '楼”之前、拆迁之后的临时住处。要义有两点，一是村民将来要“上楼”；二是现在的宅基地村民要腾出'
     '，暂居“过渡房”。其实，村民们的疑惑也主要是质疑这两点。第一，“上楼”能否实现？第二，“过渡'
     '房”会不会成为“永久房”？',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://fzwhbw.net/Article/Print.asp?ArticleID=3132',
     '“我合法拥有的房屋竟然被偷拆了，我报警可公安局不立案；我找检察院和信访部门，人家都不管！我家'
     '的房子在郓城县政府的旧城改建范围内，因为补偿不到位，我没签定补偿合同，并提起了行政复议。但就'
     '在此期间，房子竟被人在凌晨给偷拆了，家中价值5万元左右的家具、家电等被埋在了废墟里。我立即打'
     '电话报警，让人难以理解的是，多次拨打了110电话，都没人接听；天亮后，我妻子再报警，警察虽然'
     '出警了，但取证之后就没了音讯，后来得知公安局根本就没立案；我找其他部门也没人管！”2015年'
     '3月24日，接到郓城县南城社区居民朱道依投诉材料的记者，赶到了事发地进行采访。踏着残砖断瓦，'
     '记者来到了位于郓城县城东门街南段路西富强中段的一栋已经倒塌的楼房前。面容憔悴的朱道依告诉记者'
     '：“这就是我家的楼房。”随后，他向记者做了如下叙述——“2015年1月27日，郓城县住房和城'
     '乡规划建设局以房屋征收单位的名义，在我家楼房的墙上张贴了《郓城县人民政府关于实施南关片区旧城'
     '改建项目被征收人朱道依房屋征收补偿的决定》{郓房证补（2015）03号）}，明确了征收实施期'
     '限和被征收人提起行政诉讼或行政复议的法定期限和权利。该决定还明确显示我的房屋面积是232.5'
     '平米。经山东宏远房地产评估有限公司评估，给我的补偿总价是54.86万元：若选择产权调换，给我'
     '的回迁面积为232.5平米，安置面积内回迁安置房平均价格为每平米2335元。”',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://badmintonwiki.com/htnews/gongkaorensheng/shehui/2011/0503/25134.html',
     '4月27日下午，望著印有其名字的一份公務員考試成績排名單，黃日保緊緊地咬著嘴唇。他告訴南方農'
     '村報記者：“真想把這張成績單撕爛。”黃日保的憤怒來自成績單上的另一個名字——周曉城。黃日保和'
     '周曉城同為1980年出生，2003年分別畢業于廣東省農工商職業技術學院和廣東新安職業技術學院'
     '。2003年6月，黃日保成為雷州市客路鎮計生服務所的一名司機。2003年9月，周曉城將其檔案'
     '從學校遷入雷州市人事部門，并和紀家鎮供銷社建立起勞動關系。黃日保和周曉城原本素不相識，但去年'
     '的一次公務員考試，卻將他們拉扯到一起。為了能夠搶到“金飯碗”，一場爭奪在二人之間展開。懷著對'
     '公務員職位的向往，黃日保和周曉城報考了雷州市紀家鎮政府的同一職位。最終，周曉城以筆試132.'
     '9分、面試82.71分的成績，在報考該職位的考生中排名第一而被錄用。而黃日保則以筆試124.'
     '6分、面試74.96分的成績排名第二，名落孫山。但黃日保并不認可這一結果。他認為，雖然周曉城'
     '的勞動關系在紀家鎮供銷社，但他沒有在那上過一天班，也沒有拿過一分錢工資，而是一直在珠三角打工'
     '，根本沒有資格參加考試。黃日保說，他才應該被錄用。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://www.chinatimes.com/newspapers/20091028000933-260303?chdtv',
     '由於退伍後的就業安置問題，近年來大陸屢次出現退伍復員軍人上訪情事。據傳，來自全大陸十多個省的'
     '數百名復員軍官，齊聚前往北京解放軍總政治部門前上訪；雖然總政相關工作人員出面處理，但這批復員'
     '軍人一時之間並未散去。復員軍官是大陸退伍軍人中1993年至1999年期間的特殊產物。這批軍官'
     '當年退役時僅領到一筆補償金，但並未安置工作，不少退伍軍官生活陷入困境。2007年山西一批退伍'
     '軍人在上訪書中指出，「選擇部隊不僅僅是覺得軍人是神聖而偉大的，更重要的是退伍後能有一份穩定的'
     '工作……，本以為部隊退伍後就能參加工作，為人民服務。當我們滿懷報效社會之心走出部隊後，現實並'
     '非如此。」退伍軍人上訪的問題不但已經歷時數年，而且存在於大陸不少地方。位於山西省東南部的長治'
     '市潞安礦務局，在接收17年軍齡的退伍軍人後，長達8年沒有安排任何工作。2005年，長治數百退'
     '伍軍人因用工企業的擅自裁員下崗等問題，集體上訪，引起山西省委、省政府高度重視。經過當局安排，'
     '這些問題後來都得到了妥善解決。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://bbs.yizheng.cn/archiver/tid-2170937.html',
     '各位领导，你们好！这个道路问题反映了好多次，已经二年多了！每次的回复都让我们心里有了希望，可'
     '又每次都失望。不知道路在何方！雨天都无法出门，全是泥泞，老人家一小心就会滑倒！国家一直注重新'
     '农村建设，总书记更是在十九大报告中首次提出“乡村振兴”战略，明确了“产业兴旺，生态宜居，乡风'
     '文明，每年投入大量资金对乡村的道路，水渠灌溉的规划建设。我们龙山村邻村乡村道路都已经是水泥路'
     '了，每每路过都羡慕不已。“晴天一身土，雨天一身泥”是我对家的深刻印象。我家位于月塘镇龙山村团'
     '结组，我们龙山村多少年没有规划，和别的村相比要落后十几年，现在还有很多烂泥路，从通往304县'
     '道的那条路上再向南的一条乡村道路上（下面地址通往画圈地方，都是烂泥路）。希望有关领导能够关心'
     '一下！给一个能否修路的确切时间，谢谢了！希望这次能够真的让我意识到我的家乡领导确实还关怀着我'
     '们！反映人所反映的道路问题，近期将安排人员现场查看，争取年底前保证安全出行。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://m.ddtbk.com/techan/274902.html',
     '在山东何时可以申领优待证？目前，《退役军人、其他优抚对象优待证管理办法（试行）》已正式印发实'
     '施，全国退役军人、其他优抚对象优待证申领制发工作于2021年12月14日正式启动。目前，全省'
     '各级退役军人事务部门正按照退役军人事务部统一部署要求，积极做好优待证申领发放各项准备工作，包'
     '括基层退役军人服务中心（站点）工作人员的培训、相关信息系统的联调联试、配套的相关优待政策研究'
     '制定等工作都在有序推进中。根据退役军人事务部的工作安排，用大概一年的时间完成此轮优待证集中申'
     '领发放工作，今后优待证的发放工作也将成为退役军人事务部门的一项常态化工作。我们将加快推进相关'
     '工作落地落实，待省、市、县层面的各项准备工作就绪后，我们会通过各级退役军人事务部门门户网站、'
     '微信公众号等媒体和平台向社会公布信息，正式全面接受优待证申领申请，为符合条件的对象提供优质的'
     '服务。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH44, "fresh44")
