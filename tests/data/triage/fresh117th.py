"""Sealed batch fresh119: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh117th.py; the batch and its row ids are "fresh119".)

Theme: mass organisations and the money that passes through them: a 乡 工业助理 collecting the
慈善总会 donations of a 工业园区 without accounts, a 乡's donation meeting for poor pupils whose
passbooks were taken back and whose money went on meeting costs, a 社区 handing a sick woman's
designated donations to others, a 居委会 sending a daughter round for a mother's 残疾证, a
水電七局 worker leaving his 工會 over wages shared out by the 人勞處, cadres faking 残疾证 and
drawing dead people's disability subsidies, the 盘龙区 红十字会 spending 19万 on 800 yuan of
donations, a 21-year-old's seat on the 共青團贛州市委, the 四川省红会 head convicted over 2.4亿 of
donations, the 希望工程 fund of the 青基會 invested away, the 中國科協 party secretary under
investigation and the 红十字总会's 备灾仓库 rented out; out items are workers' injury and wage
claims brought to a 工会 (临邑 and 肇慶 work injuries, 清涧 and 达县 wage arrears), a private
Taipei 職業工會 accused by its members, a disabled man's fee for a new 残疾证, a queue for 残疾证
in 資中, a dead girl's family keeping donations, a battered wife helped by the 湛江 妇联 and a
Taiwan 红十字会 branch whose quake donations went unrecorded. No page on a 县总工会 or 镇工会
chairman embezzling 工会经费, or on a 妇联 cadre's misconduct, could be found that was not already
used (the searches on them returned only rules and tag pages, or the 勐腊 and 湘潭 cases of
fresh78th.py).
Sources (stored-pages search): a loveapple copy of the 中国纪检监察报 piece on the 泗洪 车门乡; the
2003 新浪 (新华网) report on the 农安 龙王乡; a 2010 搜狐 copy of the 快报 report on 张桂香 in 常州;
a 未名空间 forum copy of the 新华网 report on the 烟台 宫家岛居委会; a 大紀元 copy of 王全鑫's letter
(traditional); a hualis piece on 黑龙江 disability subsidies; a blogspot commentary on the 盘龙区
红十字会; an 阿波羅網 report on 李楚彬 (traditional); a 2015 搜狐 copy of the 《财经》 report on
文家碧; a 看中國 report on the 希望工程 fund (traditional); a nibeiya copy of the 新華社 item on
申維辰 (traditional); a 中国数字时代 copy of the 腾讯财经 report on the 备灾仓库; out: a zdwx copy of
the 山东 工会 report on 刘爱祥; a 廣東 工會 page on 姜紅梅 (traditional); 鏡週刊 on the 台北市中藥
製造業職業工會 (traditional); the 陕西工人报 on 清涧县总工会; a fx361 copy of the 中国工人 piece by
the 达县总工会; the 湖南日报 reader letter on the 桑植县残联; a copy of the 華西都市報 report on 資中
(traditional); a szmag copy on the 盐亭 girl 梁颖; the 湛江日报 on the 湛江 妇联 and a 大纪元 copy of
the 中央社 report on the 嘉义市支会. Seven texts are in traditional script (items 5, 8, 10, 11, 14,
15, 19; the glossing pinyin of the converted copies of 011 and 014 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source lines, editor's notes and the truncated last sentences of the stored copies
removed); paragraphs joined (one line break kept in 018, between the reader's letter and the
paper's reply); ASCII punctuation written full-width except inside numbers ("2,500", "2.4亿",
"2014.09--2016.07"), the ASCII double quotes of 006 written “…”; the stray spaces of 010 ("是在
1988年", "超過 5億元") removed (these edits, the gloss removal and the line splitting done with a
plain string script, nothing else run on the texts). Page oddities kept: the closing quotes
used as opening ones in 005 (”依法維護…”), "排懮", "報复", "物价" and "十几年" (005), "诚染感谢"
(007), "待分配（期間…）2017.07" without a stop and "該分配？？" (008), "據新華社…消息據中央組織部"
(011), "日本赈灾款向" (022), "回表示" (019), "梁发永" beside "梁永发" (020), the space in the banner
"排忧解难为妇女 真情实意娘家人" (021).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; the heads and staff of the 群团 organisations hold public posts), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms, private union and charity officers and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept, "时任" dropped) and units as written; unit None when the
text does not tie the person to a named unit. Topics only from the twelve names of triage.md;
donations and subsidies kept back or drawn falsely are 廉洁纪律 (IS.INT.09) and, where they were
meant for the needy, 群众纪律 (IS.MAS.02); a named crime (受贿, 贪污) adds 贪污贿赂. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (003, 004,
005), all in. Out types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022). 10
accused entries, all in items 1-12: 7 with a full name, none masked, 3 post only. Items 002, 005,
007 and 012 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Headline, "国内", 原标题 and source lines cut; ends before the truncated answer. 刘为银 is first
    named "该乡工业助理刘为银" after "该县车门乡…该乡": unit '车门乡'. The "个别干部" of the letter are an
    unnamed group; the 纪委监委 only checks. Donations for 贫困户: 廉洁纪律 and 群众纪律.
 2  Headline, the dateline "新华网吉林频道电" and the sub-heading "被愚弄的爱心" cut; ends before the
    next sub-heading. The 乡 and its "领导" are an organ and an unnamed group: in, no entry.
    形式主义官僚主义 for the passbooks handed out for the cameras and taken back.
 3  Mixed, hard: the sick woman's own claim to donations made out to her (个人利益诉求) and the
    community staff who gave them to other poor households. (None, '社区工作人员', None): the
    community is not named (西新桥二村 is her block). Caption, bylines and the sub-heading cut;
    ends before the truncated "接着…". Could be read as out (the money went to other needy).
 4  Mixed: the daughter's request for her mother's 评残表 and the 居委会 staff sending her for
    papers and a "领导批条" the 党支部书记 says is not needed. The forum header lines, the poster's
    own comment line, the news headline and the sub-heading cut; the forum's line breaks inside
    words joined; ends before the truncated "但芝罘区…". The 党支部书记 only answers: not accused.
 5  Mixed, traditional: a letter leaving the 工會, with his own wages and hardship aid (个人利益
    诉求) and the 人勞處 "私分我的工資含量獎" and docking his pay in reprisal. The 人勞處, the
    局 and the 工會 are organs: no entry. The 大紀元 editor's note, the letter's title, closing,
    signature, 抄送 line and "附：" cut; ends before the truncated "今年…".
 6  The title and sub-headings cut; ends before the truncated 民政助理 sentence. "村干部" and
    "部分乡镇干部" are unnamed groups; the single "某乡镇民政所工作人员" is (None, '民政所工作人员',
    None) (the 乡镇 is not named). 群众纪律 for the 关系户.
 7  A blog commentary: the date, title, section heading, the notice's source line, its numbered
    heads and the "800元（具体明细见下表）" line cut. Only the 盘龙区红十字会 (an organ) is questioned:
    in, no entry; could be read as out (no misconduct proven, a spending report).
 8  Traditional; the site path, title lines and the caption-like "李楚彬成為…爭議隨之而來。" and
    the repeated first paragraph cut; ends before the truncated quote. 李楚彬 first written "李楚彬
    當選中共共青團贛州市委常委": '常委', '共青團贛州市委' (the organ as the text names it next).
    He is the subject of the netizens' charge of a privileged, irregular seat: 选人用人, and
    组织纪律 for the doubted record ("15歲參加工作", "待分配"). The private firms' posts are not
    public posts.
 9  Starts at "就在红会整体处于舆论风口的当时" (the 郭美美 and 审计署 paragraphs before it cut); the
    sub-heading "文家碧其人" cut; ends before the truncated "有报道称…". 文家碧 as first written
    "四川省红会原党组书记、常务副会长文家碧". 李春城 ("时任四川省委常委、省委副书记" with "时任"
    dropped, unit '四川省') 落马 and 曲松枝 "被调查" are accused as well. 贪污贿赂 (受贿、贪污).
10  Traditional. 徐永光 is first named "共青團中央組織部長徐永光" ('組織部長', '共青團中央'), later
    青基會 "常務副理事長兼法人代表"; 周強, 萬里 and 吳征 only hold honorary posts. Cut before
    the truncated "據本報取得的資…". Only 廉洁纪律 (挪用); the "損失慘重" investments could add
    工作纪律.
11  Traditional, pinyin glosses removed; the caption "申維辰。資料圖" and the "新聞加點料" part (other
    太原 officials taken away, a separate list of people) cut. The text names no act:
    廉洁纪律 taken as the nearest topic for an unspecified 严重违纪违法 case.
12  The 中国数字时代 editor's note cut; the 微博 post of "@哑巴" and the 导读 kept, cut before the
    report's body. Only the 中国红十字总会 (an organ) is accused: no entry; 廉洁纪律 (违规出租,
    利益输送).
13  涉法涉诉: a work injury won in court with the 工会's legal aid; the 编者 note cut; ends before
    the truncated "正所谓…". Could be read as 个人利益诉求. The firm is private.
14  涉法涉诉, traditional, glosses removed: a work-injury appeal chain and a new arbitration
    with the 工會 lawyer; the husband's conviction is background. Headline cut; ends before the
    truncated quote.
15  涉法涉诉, traditional, hard: members accuse the chair and board of a private Taipei 職業工會
    of sharing out insurance rebates, with a civil suit won and a call for prosecutors; union
    officers are no public officials. Could be read as 其他. Captions and a sub-heading cut.
16  个人利益诉求: wage arrears of three migrant workers recovered by the 清涧县总工会; the
    包工头 and the firms are private, the 中铁隧道局 only deflects. Headline, byline and
    sub-heading cut; the list of "三重难" joined; ends before the truncated work log.
17  个人利益诉求: a union cadre's own account of wage arrears recovered; the offered 感谢费 is
    refused. Title, date, keywords and byline lines and a sub-heading cut; ends before the
    truncated "奔‘衙门…".
18  个人利益诉求, hard: a disabled man asks why a new 残疾证 cost 170元; the 残联 worker explains
    the fees (no official accused). Could be read as in (乱收费). The signature "一市民" and the
    reporter's byline cut.
19  其他, traditional: a forum post on one 残疾证 day a quarter and the 資中縣殘聯's answer;
    no official accused. Site junk, headlines, date and sub-headings cut; ends before the
    truncated quote. Could be read as 个人利益诉求.
20  其他: a family keeping left-over donations; the 社区 only intervenes. Title, source line,
    the site's intro sentence, a caption and a sub-heading cut; ends before the truncated "盐…".
21  其他: domestic violence mediated by the 妇联 (as fresh78th.py's items 21 and 22); the
    caption and the general paragraph cut; ends before the truncated "经过妇联…".
22  其他: a Taiwan 红十字会 branch's quake donations unaccounted for amid a branch election
    dispute; the branch is a private body and no officer is named; 林秀芬 only answers.
    Headline and dateline cut; the trailing "相关文章" cut. Could be read as in.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH119: list[Item] = [
    # 01
    ('http://www.loveapple.cn/china/2019/06/22/214298.html',
     '2019年初，江苏省泗洪县纪委监委收到一封信访举报件，反映该县车门乡个别干部在慈善募捐活动中违规谋利'
     '：“乡里搞的爱心募捐不公示资金收入，募集善款仅有收据没有其他凭证，具体负责人在钻制度空子……”泗洪县'
     '纪委监委迅速组成核查组，对此条问题线索进行核查。核查组兵分两路，一路调取该乡财政、县慈善总会的账户信'
     '息，一路走访捐赠企业了解情况。“你们企业献爱心捐款几年了？善款都交给谁？”核查人员在对几家悬挂了“爱'
     '心企业”牌匾的企业走访后发现，从2017年起，车门乡每年都会组织工业园区企业为贫困户捐款，有时派工作'
     '组来，有时由乡工业助理代为收取，每家企业都会捐出5000元至一万元不等的善款。“每次捐款都现场开票吗'
     '？交现金还是转账？”与部分企业负责人交流后，核查人员发现企业捐款形式多样、金额也不尽相同，有时候还存'
     '在转账到政府工作人员个人账号代为捐款的情形。另一路前往县慈善总会及车门乡政府的核查人员也有了发现：车'
     '门乡在县慈善总会的统一部署下，于2017年和2018年分别组织了一次捐款活动，但2019年截至目前没'
     '有募捐活动记录。其中，2017年捐款是由车门乡政府安排工作组到园区组织企业现场捐款，款项由专人保管后'
     '统一汇至县慈善总会账户。2018年的捐款则由该乡工业助理刘为银带着收据，独自前往企业收取，但刘为银交'
     '给财务的捐款却未提供明细。“2018年车门乡组织的慈善扶贫捐款，园区企业是由你负责的吗？具体是怎么操'
     '作的？”核查人员找到刘为银进行谈话。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('刘为银', '工业助理', '车门乡')]),
    # 02
    ('http://news.sina.com.cn/s/2003-02-25/1809922669.shtml',
     '2001年教师节前，在吉林省农安县龙王乡捐助贫困生大会上，发给上台贫困生每人一个70元的存折，会后竟'
     '被全部收回，两个月后，发到贫困生手里的只有三四十元钱，有的还没有得到。城市晚报记者两赴该乡调查，发现'
     '此次捐款到底有多少谁也说不清，部分捐助款竟用作了会务费……农安县龙王乡中学一位不愿透露姓名的老师在接'
     '受记者采访时说，自从2001年教师节以来，一看到自己教的学生因贫困辍学，他的心里就像压了一块石头，让'
     '他喘不过气来。每当这时该老师就想起一件事情，让他想不明白：全乡中小学老师和其他单位职工、干部、个体工'
     '商户在2001年教师节前捐的救助中小学贫困生的捐助款，在教师节的前一天全乡召开大会以存折的形式发给贫'
     '困学生代表，每人70元钱。可是领导讲完话，新闻单位录完像，还没散会，发给贫困生的存折就被收了上去。大'
     '约两个月后，这笔爱心助学捐款发放到贫困学生手里时却莫名其妙地减少了数额，由每人70元降到40元钱。这'
     '件事折磨了该老师一年半多了，他说，虽然他当时捐出爱心助学款才30元钱，钱数不多，但总觉得捐款人的一片'
     '爱心被愚弄了。',
     'in', None, False, ['廉洁纪律', '群众纪律', '形式主义官僚主义'],
     []),
    # 03
    ('https://news.sohu.com/20100723/n273701821.shtml',
     '47岁的纺织女工张桂香身患重病急需救命钱，常州一些爱心人士纷纷伸出援助之手，为她积极捐款、捐药，让这'
     '位患病的下岗女工感激不尽。但让她意想不到的是，一次偶然的机会中在捐款名单上发现，几笔指名捐助给她的善'
     '款一部分被另外分配给别的贫困户了。定向捐给她的善款为何出现这种情况呢？记者进行了调查。“我没想到他们'
     '会把我的救命钱分配给别人。”日前，记者来到了西新桥二村99幢张桂香的家里，她住在小区某栋居民楼一楼，'
     '屋外，她自己用废弃木材搭建了一个小棚子。棚内，则是码得整整齐齐占据一面墙的木柴，原来，她常等到深夜没'
     '什么人的时候，去一些拆迁地块捡一些废弃的桌椅，回来拆下处理，几年来一直靠着用这些废木材生火烧水做饭，'
     '没有用一点煤气，“能省就省一点嘛。”她不以为意。一条小狗、一只画眉，还有一些花花草草，只有它们陪伴着'
     '张女士。走进房内，只有二十几平米，陈设简单，除了一张双人床外，没有第二件大型家具。打开旧冰箱，里面也'
     '是空荡荡的，一锅吃剩的白粥摆在正中。甚至身上穿的衣服，不少都是她捡回家的。她说，离婚后为了有一个安身'
     '之所，她贷款买了一间很小的房子栖身，就是这里。此时的张女士双眼红肿，声音沙哑，脸上写满了委屈与伤心。'
     '“今年我被诊断为极高危高血压、低钾血症、肾动脉狭窄梗死等多项疾病，随时都有可能猝死，但是那些好心人捐'
     '给我的救命钱却被社区工作人员另外用来帮助别人，我很伤心。我不明白，当那些真心帮助我的人得知他们的捐款'
     '没有到我手上，又是什么心情？”说着说着，声音哽咽起来。',
     'in', None, True, ['群众纪律'],
     [(None, '社区工作人员', None)]),
    # 04
    ('https://m.weiming.info/zhuti/Returnee/13645887',
     '随着社会保障制度的愈发完善，残疾人可以通过办理残疾证，有效保障自己的合法权益。办理残疾证的第一步是提'
     '交申请，填写评残表。而这样一张评残表，却难倒了烟台市芝罘区只楚街道的那女士。那女士想给母亲办理残疾证'
     '，前前后后跑了七八天，评残表还是没有拿到。那女士说，母亲的户口是在宫家岛村，退休之前一直在哈尔滨量具'
     '刃具集团烟台有限公司设在宫家岛村的一家量具厂工作，因此需要到宫家岛居委会申领评残表。前前后后跑了好几'
     '趟，那女士终于按要求准备好了全部材料，再次来到了宫家岛居委会的办公小院，但没想到工作人员又提出了新要'
     '求，“去开家庭情况说明。把你家庭情况详细说一下，之后再找领导开条，就是到哪里办理什么业务，签上名。”'
     '按照工作人员的要求，那女士离开了居委会办公小院，来到了母亲之前的工作单位，哈尔滨量具刃具集团烟台有限'
     '公司开具家庭关系证明，却被告知，母亲精神疾病的问题不能开证明，只能去找医院。另外，按照居委会工作人员'
     '的说法，除了家庭关系证明之外，还需要领导批条。这个批条却让那女士犯了难，因为之前那女士就因为此事已经'
     '找过宫家岛居委会的党支部书记，但被告知不需要开条。',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     [(None, '工作人员', '宫家岛居委会')]),
    # 05
    ('http://tvsmo.com/b5/2/8/25/n210706.htm',
     '工會：我是1966年參加工作到水電七局的，記不清是哪年加入工會的了，但絕不會少於二十年。自入會到現在'
     '，工會既不能維護我的合法權益，又不能替我排懮解難，根本沒有”依法維護職工的合法權益”、沒有”關心職工'
     '的生活，幫助職工解決困難”，所以我已沒有必要再保留我的會員身份了。現特履行書面手續退出工會。水電七局'
     '工會既不能維護我的合法權益又不能替我排懮解難的事實太多，僅舉兩例：a.水電七局沒有經過任何程序、沒有'
     '任何手續地長期克扣我的工資（先是人勞處私分我的工資含量獎，我訴諸法律後他們又采取克扣我的崗位工資、施'
     '工津貼費和基本工資等來進行瘋狂的報复），工會熟視無睹。b.我愛人下鄉11年返城後一直沒有工作。從八十'
     '年代初開始因物价上漲和我家沒有增加就業人口造成生活困難那十几年到現在，我沒有得到工會一分錢的困難補助'
     '。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     []),
    # 06
    ('https://hualis.com/yxzx/87697.html',
     '近年来，随着国家对弱势群体保障力度的加大，残疾人补贴等民生资金规模不断扩大。然而，这些本该雪中送炭的'
     '“救命钱”，却频频成为某些人眼中的“唐僧肉”。近日，黑龙江曝出多起基层干部冒领残疾补贴案件，手法之大'
     '胆令人咋舌，引发社会广泛关注。这些案件不仅暴露出基层监管的严重漏洞，更让真正需要帮助的残疾人群体陷入'
     '“补贴难”的困境。在黑龙江某县曝光的案件中，村干部通过伪造残疾证、篡改评残等级等方式，将完全健康的亲'
     '友“包装”成重度残疾人。调查发现，这些伪造的残疾证明往往盖有正规医院的公章，有的甚至能通过初期审核。'
     '更令人震惊的是，这种手法在当地已成为心照不宣的“潜规则”，部分乡镇干部互相“打掩护”，形成利益共同体'
     '。另一种常见手法是冒用已故残疾人的身份信息。某乡镇民政所工作人员利用系统更新滞后的漏洞，持续领取已去'
     '世残疾人补贴长达三年。由于农村地区信息不通畅，加上部分残疾人家属缺乏维权意识，这种“死人领补贴”的现'
     '象往往难以被及时发现。有村民反映，曾多次向有关部门反映情况，却始终得不到有效处理。在补贴指标分配环节'
     '，部分基层干部大搞“人情保”“关系保”。调查显示，某村10个残疾补贴名额中，有7个被村干部亲属占据，'
     '而真正符合条件的三位重度残疾人却连续两年申请未果。这些“关系户”往往只是轻微残疾甚至完全健康，却凭借'
     '特殊关系获得高额补贴，导致有限的民生资金严重错配。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [(None, '民政所工作人员', None)]),
    # 07
    ('https://msguancha.blogspot.com/2024/07/blog-post_12.html?m=0',
     '（编者按：连日来昆明盘龙区红十字会财务告急在网络持续发酵，引发世人对中国红十字会问题的再度关注与热议'
     '。追索中国红会近年来层出不穷的丑恶事件，让人触目惊心之余，不无悲哀地发现，中国红会的问题只是中共政府'
     '存在种种问题之一斑，由此世界可以管窥中共权力机构黑幕重重到何等程度。一个连国民爱心良心都要被欺骗利用'
     '诈取的权力集团，能给国人带来什么？能值得国人如何信赖？显然这是个不言自明的问题。）近日，网络热传昆明'
     '盘龙区红十字会的一份财务告急文。这个看似寻常的地方分会，却因其财务收支的惊人反差，成为了舆论的风暴眼'
     '。800元的季度收入，却对应着高达19万元的支出，如此悬殊的比例，如同用金箔纸包裹饺子般奢侈，引发了'
     '公众对于红十字会资金使用合理性的深刻质疑。盘龙区红十字会是党领导下的群团组织，是从事人道主义工作的社'
     '会救助团体，是党和政府在人道领域的助手和联系群众的桥梁纽带，开展社会募捐和救助是《中华人民共和国红十'
     '字会法》赋予的法定职责。现将盘龙区红十字会2024年1月1日至2024年3月31日接收的社会捐赠资金'
     '、物资和使用情况公示如下，诚染感谢您的监督并以实际行动支持盘龙区红十字公益事业。',
     'in', None, False, ['廉洁纪律'],
     []),
    # 08
    ('http://tw.aboluowang.com/2023/0114/1855130.html',
     '中國一名零零後的青年李楚彬當選中共共青團贛州市委常委，成為「中國全國最年輕團市委常委」，網友從他的經'
     '歷往前推算是「15歲參加工作」、初中畢業「待分配」等，引起輿論譁然。共青團贛州市委在微博發文稱這是響'
     '應貼近青年，才打破年齡等限制。網路自媒體披露，贛州市共青團在2022年10月31日召開全體會議，選舉'
     '產生了新一屆共青團贛州市委常委等幹部。其中，最突出的是2002年3月出生的李楚彬當選為共青團贛州市委'
     '常委。文末附上李楚彬的公開簡歷顯示，2014.09--2016.07贛州市章貢中學就讀。2015.1'
     '2（13歲）加入共青團，2016.07（14歲）–2017.07待分配（期間：9月當選共青團章貢區第'
     '三次代表大會團代表）2017.07（15歲）至今進入江西金楚餐飲服務管理有限公司，任江西輕茶里餐飲管'
     '理服務有限公司行政主任、江西金楚企業管理服務有限公司團總支書記。網易「華聞之聲」一篇「為江西贛州，為'
     '「00後」李楚彬，為21歲共青團市委常委鼓勁點讚」的文章引來許多網友不滿。有人說，「點啥贊，這種有背'
     '景的故事悄悄的就算了，還大張旗鼓，在職大專，15歲參加工作，我請問下，哪個中學畢業後有待工作分配的。'
     '」「14歲，初中畢業、待分配。都童工，該分配？？」',
     'in', None, False, ['选人用人', '组织纪律'],
     [('李楚彬', '常委', '共青團贛州市委')]),
    # 09
    ('https://news.sohu.com/20150915/n421207426.shtml',
     '就在红会整体处于舆论风口的当时，四川省红会却出现2011年至2013年间涉及2.4亿余元的善款被违规'
     '违法使用和处理的事情。2015年7月28日，因上述资金使用问题，四川省红会原党组书记、常务副会长文家'
     '碧受贿、贪污案宣判，其被四川省眉山市中级法院判处有期徒刑20年。从《财经》记者获取的有关司法材料分析'
     '，该案暴露出地方红会资金使用的随意性以及监管措施的严重缺失。文家碧出生于1953年，为四川安岳人。1'
     '971年起，18岁的文家碧成为安岳县华严乡的广播员和妇女干部，21岁成为安岳县妇联的副主任。1986'
     '年，文家碧调入四川省妇联办公室，不久即升任办公室副主任。在妇联系统打拼24年后，1996年，文家碧升'
     '任四川省妇联副主席，官至副厅。随后，她转任资阳市副市长、四川省人口计生委副主任。2009年11月，出'
     '任四川省红十字会党组书记、常务副会长，行政级别提升到正厅。2012年12月，时任四川省委常委、省委副'
     '书记李春城落马，担任成都市红十字会常务副会长的李春城之妻曲松枝也很快被调查。2014年2月，已退居二'
     '线的文家碧落马。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('文家碧', '原党组书记、常务副会长', '四川省红会'), ('李春城', '省委常委、省委副书记', '四川省'), ('曲松枝', '常务副会长', '成都市红十字会')]),
    # 10
    ('https://secretchina.com/news/b5/2002/02/28/12774p.html',
     '「青基會」是在1988年在共青團中央的支持下，共青團中央組織部長徐永光倡議下成立的，實施以救助貧困地'
     '區失學少年為主旨的「希望工程」。第二年，希望工程正式成立，獲得中共黨政高層的重視。青基會的名譽會長由'
     '前全國人大委員長萬里擔任，會長目前由共青團中央第一書記周強擔任，徐永光則擔任青基會常務副理事長兼法人'
     '代表。新浪網主席吳征擔任「希望工程」高級顧問。明報報導稱，如果以每個希望工程援助的小學生1年受到30'
     '0元幫助計，這筆錢可讓50萬貧困學生讀1年書。希望工程自1989年誕生以來，在內地和世界各地募集資金'
     '至少20多億，其中僅香港熱心人士捐款就超過5億元，事件令人關注。據來自北京和香港人士的舉報指出，希望'
     '工程基金被挪用事件已引起中南海的關注，並對有關人物及帳目作了深入調查，但當局不想影響希望工程的聲譽，'
     '希望以較低調的方法清理帳目，解決問題。迄今為止，青基會拒絕接受媒體的查證採訪。曾經在青基會工作、熟悉'
     '其財務運作的人士出示大量青基會內部文件，顯示被挪用的希望工程基金，投資範圍包括房地產、高科技、農業、'
     '醫療、證券等多個項目，時間橫跨整個90年代，投資地點包括廣東、廣西、浙江、北京、江蘇、四川、遼寧等十'
     '多個地方，投資性質包括股票、房地產，也包括從農業、運輸、醫療、飯店到高科技企業的股權投資。這些投資，'
     '據消息人士形容，不少「損失慘重」，而且，把慈善用途的基金作高風險的投資，基金會的核數師也認為不符合有'
     '關法規。更為嚴重的是，青基會法人代表徐永光為了應付審計部門的審計及上級的檢查，「拆東牆補西牆」，用後'
     '來的捐款補洞，又以高息回報承諾，促使各省的地方希望工程組織上繳捐款，使其繼續有錢投資。',
     'in', None, False, ['廉洁纪律'],
     [('徐永光', '組織部長', '共青團中央')]),
    # 11
    ('http://www.nibeiya.com/news/guonei/2014041814012885881.htm',
     '據新華社“新華視點”微博消息據中央組織部有關負責人證實，中國科協黨組書記、副主席、書記處第一書記申維'
     '辰涉嫌嚴重違紀違法，中央已決定免去其領導職務，現正在按程序辦理。4月12日，中央紀委監察部網站發布消'
     '息，中國科協黨組書記、常務副主席申維辰涉嫌嚴重違紀違法，接受組織調查。中國科協網站顯示，申維辰，男，'
     '漢族，1956年5月生，山西省潞城市人，1969年8月參加工作。2000年5月任晉中市委書記，同年9'
     '月任山西省委宣傳部部長；2001年任山西省委常委、宣傳部部長；2006年1月任山西省委常委、太原市委'
     '書記；2010年9月，任中宣部副部長；2013年4月任中國科協黨組書記；2013年6月當選中國科協副'
     '主席，主持中國科協常務工作。現任中國科協常務副主席、黨組書記、書記處第一書記。',
     'in', None, False, ['廉洁纪律'],
     [('申維辰', '黨組書記、副主席、書記處第一書記', '中國科協')]),
    # 12
    ('http://chinadigitaltimes.net/chinese/2014/08/%e8%85%be%e8%ae%af%e8%b4%a2%e7%bb%8f%ef%bd%'
     '9c%e7%ba%a2%e5%8d%81%e5%ad%97%e6%80%bb%e4%bc%9a%e7%9a%84%e7%a7%98%e5%af%86%e4%bb%93%e5%b'
     'a%93/',
     '@哑巴：腾讯财经今天出了篇大稿，揭秘红十字总会备灾仓库出租牟利的内幕。调查四个月，内容非常翔实。转发'
     '之后，发现原稿旋即被删，又转发和讯网等其他网络转载页面，也纷纷遭遇404。如果报道有误，就站出来辟谣'
     '。全网删稿虽然证明能量大，却也证明心太虚。越删，越虚。导读：它是中国红十字总会斥资上亿、占地近百亩建'
     '造的备灾仓库；它是一个受到国际红十字会高度评价的样板工程；它也是不同物流公司进进出出、戒备森严的仓库'
     '；它的背后藏着两份合作协议和一家皮包公司；声称“无力维持运营”的中国红十字总会，“以捐代租”违规出租'
     '国家备灾仓库，涉嫌数百万元利益输送。',
     'in', None, False, ['廉洁纪律'],
     []),
    # 13
    ('https://www.zdwx.com/news/show_1150518.html',
     '虽然案结事了都整整一年了，可让临邑县农民工刘爱祥挂怀的一件心事始终没放下。这不，日前他辗转来到济南，'
     '在记者跟前一落座就说开了：“您得帮俺好好宣传一下咱省总工会派来的法律援助律师，好人呐。要不是他们没白'
     '没黑、辛辛苦苦帮俺打赢这场没头没脑的官司，俺全家人真不知怎么过下去呢！”那还是2015年6月6日的上'
     '午，正在青州市某生物科技公司打工的刘爱祥，干活时脑袋一懵，右手和手臂突然被卷入粉碎机中，后经医院诊断'
     '为右尺桡骨多段开放性粉碎性骨折，右手及右前臂皮肤软组织肌肉挤压撕脱伤。业经一番紧锣密鼓地抢救、伤情稳'
     '定后，刘爱祥满脑子的烦心事随之而来：生物科技公司支付了部分医疗费后，就再没提任何补偿和后续治疗的事。'
     '“该怎么跟公司说理？说哪些理？俺一个农民工对‘法律’这俩字都怪生疏的，别说是理直气壮维护权益了。到底'
     '该怎么办啊？”刘爱祥及其家属情急之下开始“有病乱求医”，只要是“在外挣钱的”亲戚、“干公家事的”朋友'
     '，他们都求了个遍。可人家一听他这案情都感觉一头雾水，无能为力。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://gzhdqzgh.com/ShowInfo-20140109104943414739613832366536_119_zhidu.html',
     '2013年10月，廣東肇慶女工姜紅梅發生工傷事故後第四年，她的第三次工傷認定結果才出來，其工傷得到最'
     '終認定。姜紅梅的代理律師、肇慶工會律師團的謝志賢剛松了一口氣，沒想到企業并不“買賬”。眼看又将陷入新'
     '一輪“拉鋸戰”，謝志賢再次申請勞動仲裁。“樂觀估計，也要1年到1年半才能出結果。”他憂心忡忡地說。姜'
     '紅梅案是廣東工會實施法援和困難幫扶一體化的案例之一。姜紅梅原是四會市國耀鋁業有限公司操作工，2009'
     '年7月19日，在工作時被倒下的排架擊中頭部及右肢，經佛山市三水區人民醫院診斷為腦震蕩。當年11月，四'
     '會市勞動和社會保障局認定姜紅梅為工傷。随後，肇慶市勞動能力鑒定委員會對姜紅梅做出勞動能力鑒定。姜紅梅'
     '方不服結論，2011年8月，肇慶市勞動能力鑒定委員會重新作出鑒定。用人單位四會市國耀鋁業有限公司又對'
     '此結論不服，向廣東省勞動能力鑒定委員會申請重新鑒定，并于2013年10月得到工傷認定的結果。在4年多'
     '的“拉鋸戰”中，姜紅梅一家付出了沉重的代價：2010年9月，丈夫李秀前因找用人單位討要姜紅梅病假工資'
     '與該單位人員發生沖突，後被四會市法院以故意傷害罪判刑3年。此後，女兒李翠辭去報社工作，兒子李威威辍學'
     '。姐弟倆來廣東一邊照顧母親，一邊繼續維權。由于維權和生活的雙重壓力，他們多次陷入無助中。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://www.mirrormedia.mg:443/story/20220123soc005/',
     '成立近40年、會員多達2,500人的台北市中藥製造業職業工會，驚爆掏空疑雲。多名會員指控，現任理事長'
     '袁千富與妻子輪流擔任理事長、總幹事把持會務，還與其他理監事合謀瓜分保險回饋金，導致上千萬元款項流向不'
     '明，其中一名監事不願同流合汙，竟遭解職，為了監督工會，該監事透過民事訴訟成功回復職務，也呼籲檢調單位'
     '盡快介入調查，以保障廣大會員的權益。「當初為了監督工會，被解除職務，我實在嚥不下這口氣！」台北市中藥'
     '製造業職業工會常務監事陳培森說，2年多前，他發現工會財務有問題，向司法單位檢舉理事長袁千富及其他理監'
     '事涉嫌掏空，結果遭解除職務，所幸法院上個月底判決解職無效，他才能繼續留在工會，為廣大的會員發聲。陳培'
     '森告訴本刊，台北市中藥工會目前約有2,500名會員，大部分的會員都是因為沒有固定雇主才會加入，除了每'
     '個月繳交125元會費，還須繳交45元的福利金，也就是說，工會每年光是行政收入就超過500萬元。此外，'
     '很多會員加入工會，也是希望能擁有條件較好的團體保險。陳培森說：「工會現行的團保金額每個月250元，眷'
     '屬加保則是每人150元，若會員想額外投保病故、意外、重大疾病險，每個月再加30元，會員還可再多繳10'
     '0到200元，增加醫療保險項目或意外身故金額。」至於和工會配合的保險公司，則會提撥保費的10%做為回'
     '饋金，實際金額不一，每個月大約有5萬到7萬元，用於補助工會的房租、水電、薪水等相關行政支出。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://paper.sxworker.com/xpaper/news/2273/9852/78039-1.shtml',
     '7月19日下午，远在千里之外的重庆黔江区，农民工喻绍祥用刚追回的钱给孙子交上了暑期兴趣班费用。电话那'
     '头，他难掩激动，对身旁的老乡感慨：“遇到难事别怕，工会就是咱的靠山。以后干活，俺们第一句就问‘签不签'
     '合同’！”喻绍祥此刻的“安逸”，源于一段跨越1300公里的艰辛讨薪路。故事的开端，要回溯到两个月前那'
     '通焦灼的电话。“喂，是清涧县总工会吗？俺们在你们那儿的高铁工地干活，快半年了，四万多元工资一直没拿到'
     '……”5月13日，清涧县总工会12351职工维权热线响起，电话那头，57岁的重庆农民工喻绍祥声音哽咽'
     '。2024年寒冬，喻绍祥与同乡李学明、石化建奔赴陕西清涧县，投身延榆高铁七标段建设。从12月10日到'
     '次年1月17日，他们在零下十几摄氏度的工地上绑钢筋、支模板，常常日工作近十个小时。然而工程未完，他们'
     '因家中有急事不得不返乡。临行前，包工头杨明红只撂下一句“年后再说”，便再无音讯。回重庆后，三人的讨薪'
     '之路陷入困境，面临“三重难”：无凭无据——当初干的是零工，包工头以“都是老乡，签啥合同”为由未签书面'
     '协议，如今缺乏维权凭证；路远难返——从重庆黔江到陕西清涧，单程转乘耗时超20小时，往返路费对经济拮据'
     '的他们是沉重负担；责任推诿——找包工头，对方推说“总包中铁隧道局没结款”；联系总包方，又被指“你们是'
     '分包湖北筑安劳务公司招的人”，各方互相“踢皮球”。“家里就指着这笔钱给孙子交学费、还春耕贷款啊。”喻'
     '绍祥在电话中反复念叨。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://fx361.cc/page/2013/0815/13108250.shtml',
     '当农民工被拖欠一年的工资有了着落时，他们一再说要给我们工会干部50元的感谢费才足以表达感激之情。在他'
     '们过意不去的眼神里，包涵着无助、期盼、感激，还有疑虑。农民工在万般无奈的情况下，走进总工会的大门抱着'
     '试一试的心态求助，却得到满意的效果，这不能只是一条简单的工作信息。工会干部为农民工讨回去年工资的过程'
     '，与其说是帮扶维权的具体体现，不如说是为去年清欠农民工工资的“补课”。这是一篇迟到的“作业”。3月6'
     '日，春寒料峭。几个农民工怀着感激的心情从达县总工会大门出来。手里还拿着包工头摁有鲜红手印的欠条，久久'
     '地看着。他们被拖欠一年的工资终于有了着落。临走，一位年长的中年人一个劲地问工会干部，该给多少车费和其'
     '他费用，他们愿意给。经我们反复解释说工会不收一分钱，都是免费后，他们带着几分怀疑，满眼的过意不去，还'
     '执意说要给50元感谢费。那时，将近中午一点了，街对面的“7元快餐”店早已坐满了人。2013年3月6日'
     '上午10点许。有轻轻的敲门声。“同志，这是县工会吗？”“是，请进。”我放下手中的活儿。4位乡下打扮的'
     '中年人相互推让着走进县总工会办公室。年纪大概都在50多岁，3男1女。其中一位村干部模样，还没坐下就说'
     '他们找了好几个单位，现在又来工会反映，希望帮助他们。倒上几杯热水，请他们坐下慢慢说。等他们争先恐后且'
     '语无伦次的表述后，我明白了大概意思。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://hnrb.voc.com.cn/hnrb_epaper/html/2021-04/29/content_1515602.htm?div=-1',
     '编辑同志：我是一个失去右脚的三级残疾人，最近在桑植县残疾人联合会换残疾证的时候，被要求收取170元费'
     '用，其中包括鉴定费150元、照相费20元。我向他们要收费依据，但没有得到明确答复。换个证为何这么贵？'
     '希望有人帮我过问一下。\n记者追踪：4月22日，记者联系上桑植县残疾人联合会一名工作人员，他明确表示，'
     '办理残疾证不收取工本费，照相费是因为委托第三方拍照，需自费。之前没有残疾鉴定的，需要鉴定以后才能评残'
     '；已经过鉴定机构鉴定的，不需要再鉴定，也就不需要收费。另外，县残联与县卫健局、县定点评残医院（县人民'
     '医院）协商后，对建档立卡贫困户（含边缘户）、低保户、五保户等特殊困难对象减免评定残疾类别、等级的费用'
     '，困难对象只要持证到残联，残联通过系统确认后，就可以免费办理。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.gzjgpet.cn/livelihood/show.php?itemid=31875',
     '近日，有網友在本地網絡論壇上報料：內江市資中縣一個季度只有一天辦理殘疾證。6月30日下著雨，上千殘疾'
     '人站在雨中排隊，只為等著辦殘疾證，帖子中還上傳了一張圖片。對此，資中縣殘聯回應稱殘疾證周一到周五都可'
     '辦理，一個季度辦理一次的是殘疾人鑒定證。6月30日當天正好是之前定下的每個季度的辦證時間。近日，在內'
     '江某論壇上，一篇名叫“資中每個季度只有一天辦理殘疾證”的帖子引發眾多網友關注。在帖子中，網友“資中大'
     '帝國”稱：“內江資中縣，每個季度只有一天辦理殘疾證。6月30日下著大雨，上千殘疾人在雨中排隊，只為辦'
     '理殘疾證。”帖子中還上傳了一張圖片，在一個斜著的梯坎上面，站著一群打著傘排隊的人。網帖一出，引發多名'
     '網友關注。一些網友對該事件持譴責態度，認為殘聯的做法不妥，有“欺負殘疾人”之嫌；另一些網友則對事件的'
     '真實性表示懷疑，如網友“蝸牛在威遠”認為“可能是有誤會，東興區每個月有三天可以辦證，時間很充足。”隨'
     '后，記者多次試著聯系發帖人“資中大帝國”，遺憾未能聯系上。就此，華西城市讀本記者聯系上資中縣殘聯。相'
     '關工作人員回表示，殘疾證周一到周五都可以辦理，而殘疾人鑒定證則是一個季度辦理一次。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://szmag.net/show/57136.html',
     '去年12月下旬，盐亭13岁单亲女孩梁颖，因患癌症晚期且家庭贫困，引起广大爱心人士关注并纷纷捐款，仅有'
     '账目可查的捐款就达到11万余元。梁颖的父亲、爷爷在接受善款时曾承诺，治病结束后，剩余的钱将捐给需要的'
     '人。但今年1月14日，梁颖病重不治去世。有细心的爱心人士发现，当初的捐款并没有用完，于是联系梁颖的家'
     '长，但被告知不愿意退钱。随后，当地社区也介入，同样被告知“没钱了，不退”。一场捐款后的退款风波，再度'
     '引发讨论……梁颖是盐亭县石牛庙乡灯塔村八社人，从小父母离异，父亲梁发永长期在外打工，她从小跟着爷爷奶'
     '奶生活。去年12月中旬的一天，梁颖告诉奶奶腿部和胸部疼痛难忍，小颖的爷爷奶奶随后带着她辗转盐亭县医院'
     '、绵阳中心医院、四川大学华西医院检查，确诊为恶性肿瘤。去年12月20日，小颖入住盐亭县肿瘤医院接受治'
     '疗。据爱心人士当时了解到的情况，小颖一家只有父亲在外打工支撑家里的开支，爷爷奶奶年纪大了，只能在家喂'
     '养一些家畜。小颖患病后，爷爷奶奶卖了家中的猪、羊，凑了2000多元，父亲也拿出全部积蓄，但要治疗小颖'
     '的病，还差很多。小颖的消息传出后，当地各界爱心人士纷纷慷慨解囊，帮助病重的梁颖。去年12月26日，石'
     '牛义校组织募捐9129.5元、盐亭摩托车协会募捐15998元、盐亭肿瘤医院募集10670元、好心人士'
     '转来1670元、石牛文通社区爱心捐款30062元……这一笔笔爱心款，都在这一天送到了梁颖的父亲梁永发'
     '手中。同时，还有不少人通过银行卡号、微信等直接转账。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://m.gdzjdaily.com.cn/p/2914205.html',
     '“我的事情解决了，终于可以开始新的生活，妇联就是我的‘亲娘家’！”2024年4月，李女士将一面印有“'
     '排忧解难为妇女 真情实意娘家人”的锦旗送到广东省妇女维权与信息服务站（湛江站），对市妇联的暖心服务表'
     '达感谢。去年3月，遭遇家庭暴力的李女士来到广东省妇女维权信息与服务站（湛江站）寻求帮助。李女士身上的'
     '淤青、伤痕和忧虑的神情，让人深切感受到她的无助和不安，其向工作人员表达了在婚姻中的遭遇及想要从不幸遭'
     '遇中解脱出来的迫切心情。接到李女士的求助后，市妇联迅速启动婚调委机制，为李女士提供精准服务，多次联系'
     '其丈夫了解情况，促使夫妻双方共同到服务站进行沟通。依托“律师进妇联”项目，引入律师为当事人提供专业的'
     '法律意见及指引。在沟通现场，工作人员与夫妻双方20多次“一对一”“多对一”“面对面”“背对背”沟通协'
     '调，为李女士及其丈夫化解矛盾纠纷。与此同时，及时联系管辖法院，发挥婚调委平台积极作用，快速开展诉前联'
     '调。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://iloveguava.com/gb/12/2/9/n3507840.htm/amp',
     '日本三一一海啸核灾届满周年之际，红十字会嘉义市支会传出赈灾募款流向不明的事件，中华民国红十字会总会今'
     '天去函了解，也静待嘉义市社会局查账、调查结果。今天有媒体接获爆料指出，红十字会嘉义市支会募得新台币1'
     '60余万元日本赈灾款向，没有核实开立收据，款项流向不明。中华民国红十字会总会副秘书长林秀芬指出，全案'
     '涉及嘉义市支会的会长选举纠纷，总会尽力调解，依现行中华民国红十字会法的规定，总会和支会的财务、人事各'
     '自独立，总会无权去查支会的账务，也无权指派支会会长，嘉义市支会的主管机关嘉义市社会局已展开查账，总会'
     '静待调查结果。去年日本海啸引发福岛核灾之后，中华民国红十字会总会募款赈灾，台湾地区19个支会将募得的'
     '新台币3200多万元委请总会转交，但也有少数支会自行募款拟直接交付日方，嘉义市支会就在其中，总会未收'
     '到嘉义市支会的款项。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH119, "fresh119")
