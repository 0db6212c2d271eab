"""Sealed batch fresh163: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh161th.py; the batch and its row ids are "fresh163".)

Theme: village merging and relocation (合村并居, 撤村建居, 新型农村社区 and "农民上楼",
易地扶贫搬迁, 生态移民, 治淮 and 三峡 resettlement, 安置房 and 安置地 allocation): village cadres
selling land bought in the name of an 易地整体搬迁, a township cadre keeping a family's 移民搬迁
补助 papers, a 镇党委书记 pushing a village into a 管委会 to seize its fields, a provincial 纪委
通报 on 易地扶贫搬迁 in 昭通, police hunting a villager who would not sign a 合村并居 demolition
deal, the 滨州 纪委 通报 on 麻店镇, a village accountant and town staff placing impostors in 治淮
安置房, a village coaching relocated people for inspections, a 街道 cadre's land-measuring crew
beating villagers over 新型农村社区, a 副县长 and town cadres selling 王家坝 移民安置 plots, a 村支书
paid as if his pig farm were a house, and the 平邑 demolition in which a villager burned; out
items are a family's lawsuit over 易地扶贫搬迁 money, a lawyer's page on a 棚户区改造 demolition
suit, a commentary and a news report on 山东 合村并居, a 宁夏 reservoir village waiting for its
move, a 奉节 woman's demand for a 移民统建房, a 旬邑 households' letter on a promised subsidy, a
county's 撤村建居 discipline rules, a 潼关 安置房 lottery and a 红寺堡 success story. Sources
(stored-pages search): a 麻辣社区 forum letter on 尖包岭村; a forum copy of the 华商报 report on
芦粉花 and the 杜马乡 cadre 付某; a 新唐人 report on 乳山 贾家庄; a copy of the 云南省纪委 通报
(traditional, glosses); the RFA report "山東合村並居的噩夢(上)" (traditional); a juzizhoutou
report on the 麻店镇 通报; the 新浪 copy of the 新华社 report on 涡阳 涡东村; a k88 copy of the 澎湃
report on 宣汉 冒尖村; the 人民网 copy of the 半月谈 report on 浚县 界牌村; the 阜阳 paper's follow-up on
阜南 王家坝 (yybnet); a copy of the 铜山 纪委 story on 赵圩村 (traditional, glosses); a waichu1 copy of the
report on 平邑 后东崮村 (traditional); out: a court's typical case from 白河, a 盛廷律师 page on a
房山 case, a p146 copy of 吕德文's "山东合村并居的真实情况" (traditional), a 神马文学 copy of the
南方都市报 report on 中卫 上游村, a yinhu3 copy of the 新京报 report on 奉节 统建房 (traditional), a
陕西 问政 热线 letter from 鹏旗村, the 杭州 廉政 site's item on 淳安, the 潼关 government notice, a
copy of the 新华网 report on 红寺堡 (traditional) and a 香港01 report on 合村併居 (traditional).
Eight texts are in traditional script (items 4, 5, 11, 12, 15, 17, 21, 22; the glossing pinyin of
the converted copies of 004 and 011 removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, case headings and the truncated or garbled last sentences of
the stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("3-6万", "28.5米", "4.5万元") and the list numbers "1." and "2." of 004; the ASCII double
and single quotes of 005 written “…” and ‘…’, the ASCII full stop after "搬离“" in 001 written
"．"; stray spaces removed (003, 005). Page oddities kept: "任然", the closing quote used as an
opening one in "尽快搬离“" and the ASCII dots "..." (001), "惊讶的发现" and "其他乡镇的任职的"
(002), "老俩口" (003), the simplified "云", "于", "干部", "滞后" in the traditional 004, "诚勉" (006),
the space inside the quoted title "《镇政府广售安置地 村主任变身…》" (010), "怎么", "后", "并" in the
traditional 011 and 012, "领带下", "犹豫村上通一规划", "移民搬政策" and the unpunctuated join
"移民搬迁协议自建房已建成" where the letter breaks a paragraph without a stop (018).
scope "in" for alleged misconduct of a party member or public official (village cadres and a
public school's head included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 /
其他. Reporters, victims, witnesses, private persons and officials who only handled, investigated,
announced or answered are not accused; an organ or an unnamed group accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name, "原" kept) and units as written; unit None when the text ties the person to no named
unit. Topics only from the twelve names of triage.md; cadres taking or misplacing relocation money
or places are 群众纪律 (IS.MAS.02/03) with 廉洁纪律 or 贪污贿赂 where the text says so; forced
demolition, beating and police pressure on those who will not sign are 群众纪律 and 滥用职权.
Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (002, 005).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 2 (017, 018), 其他 4
(019-022). 27 accused entries, all in items 1-12: 26 with a full name (米本平, 刘成明, 姜林凯, 陳霖,
陳宗國, 謝澤軒, 黎平, 張順良, 丁安玉, 张永山, 高立珂, 李勇, 吴表辉, 杨振才, 窦影, 柴国清, 邓华,
蔡永阁, 马文发, 刘昌辉, 李思合, 郑金标, 趙振舉, 魏運波, 管彥省, 高群), 1 masked (付某), none post
only. Items 005 and 008 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  A first-person forum letter; the salutation to the "达康书记" (a nickname for the town and
    village heads, not accused) kept. Hard: the land sale is charged to "村两委" and "我们的村官";
    the only village heads named are "米本平书记" and "二货村长刘成明" (then in office, the letter's
    targets): ('米本平', '书记', '尖包岭村'), ('刘成明', '村长', '尖包岭村'). Could be read as an
    organ accused (no entry). Not mixed: the villagers' lost 补贴 is the harm of the abuse, not a
    separate claim (hard). 群众纪律 (门面钱, land taken for 补贴养老保险) and 廉洁纪律 (地基 sold).
 2  A forum copy of a 华商报 report (the 124.237 page starts at the 2006 paragraph); ends on the
    quote "“他立刻就承认了。”", the truncated "芦粉花说，付某不但…还表" cut. Mixed: the family's
    own claim to its 移民搬迁补助 beside the cadre's taking of the papers. ('付某', '负责移民搬迁的
    干部', '杜马乡') as written "当时杜马乡负责移民搬迁的干部付某". 群众纪律; 贪污贿赂 (hard: only
    "拿走了" and "承认了" are in the kept text; the page's lead on 冒领 is not).
 3  The 新唐人 series heading "(一)山东省乳山市强抢占地之贾家庄纪实" cut, "背景：" kept as published;
    the rhetorical "在世界粮荒…小麦？" sentence cut. ('姜林凯', '镇党委书记', '白沙滩镇'); the
    乳山市委 "买通" is an organ; 贾秀金 and the 村支书 are victims. Not mixed (the villagers'
    "要求赔偿" for the wheat is part of the story, hard). 贪污贿赂 for "买通" (hard).
 4  Traditional with glosses ("監(jiān)督", "發(fā)現") removed; ends before item 3 of the 通报 (truncated
    "對巧家縣爐房鄉(x…"). The 縣委、縣政府 通报問責 are organs. Positions as first written: '縣委常委、
    常務副縣長' of '大關縣' (as "衡陽市委書記" in fresh104th.py); 陳宗國's 組 in the position and the
    指揮部 as unit; 張順良's unit as written '縣發展改革局' (巧家縣 implied). 謝澤軒 only got
    "提醒談話、批評教育" but is named as a responsible person: accused. 工作纪律 (整改不到位) and
    群众纪律 ("嚴重侵害貧困群眾切身利益").
 5  Mixed: the family's refusal to sign the 拆遷協議 (a demolition dispute) and the 蘭陵縣公安局
    wanting and "ransoming" the father to break it. The program line "本臺記者唐家婕採寫了…今天
    請聽上集…" and two captions cut; ends before the truncated "山東"合村並居"運動自今年…". The
    公安局, 警方 and 政府 are organs: in, no entry (as fresh104th.py's item 10). 老李 and 小李 are
    victims. 滥用职权 and 群众纪律.
 6  A news report on the 滨州 纪委 通报; ends before the county's earlier publicity. 刘家义 and
    李干杰 only speak. "惠民县人大常委会主任李勇、副县长吴表辉": 吴表辉 is a 副县长 of the county, not of
    the 人大常委会, so unit '惠民县' (hard). 张永山's two posts as written. 形式主义官僚主义 (as
    通报ed), 群众纪律 (损害了群众利益), 工作纪律 (督导落实不力).
 7  Dateline, title, byline and the two sub-headings cut; ends before the truncated "涡阳县调查组
    调查结果中". Five accused as written: the 会计 of '涡东村', two '工作人员' of '闸北镇', "原闸北镇工作
    人员邓华" ('原工作人员', '闸北镇': "原" moved into the position) and "原涡东小学校长蔡永阁" ('原
    校长', '涡东小学': a public school's head who brokered six places). 马艳 reports; the "一些镇政府
    工作人员" are unnamed. 群众纪律 and 廉洁纪律.
 8  The stored page is the article's second page; its broken first sentence ("查发现，已经竣工的29幢
    房屋…") and the sentences on empty houses before "已入住安置房的村民" cut, and the site's
    previous/next links and headline; ends before the truncated "澎湃新闻获取的一份2017年毛坝镇党政".
    The "村干部" and "村委干部" who coach villagers for inspections are unnamed (one or many, not
    said): in, no entry (hard; could be (None, '村委干部', '冒尖村')). 形式主义官僚主义 and 工作纪律
    (弄虚作假); the leaking 安置房 (a housing complaint) is not a separate claim: not mixed.
 9  Two captions, the sub-title and the sub-heading cut; ends before the truncated "3人随后入住…".
    Hard: the beating was by 巡防队员 (unnamed) in a crew that "现场指挥量地的伾山街道工委副书记马文发"
    led: ('马文发', '工委副书记', '伾山街道'). The 办事处 and 当地政府 are organs; 王学善 and 王金波
    are witnesses. 群众纪律 (强行流转, 殴打) and 滥用职权.
10  Headline, "[摘要]" line and "本报讯" cut; ends before the truncated 安置意见 paragraph. Three
    accused as written: '原副县长' of '阜南县政府', '党委原副书记' of '王家坝镇', '原站长' of '王家坝镇
    农业综合服务站'. The 村主任 of the quoted earlier headline is unnamed. 贪污贿赂 (涉嫌经济犯罪),
    群众纪律 (违规收费) and 廉洁纪律 (安置地 sold).
11  Traditional with glosses removed; the sentence garbled in the stored copy ("補償?shù)?，共?jì)獲得了
    240余萬元…", the finding of the check) cut, so "養豬場怎么能按照住宅標準進行補償？" follows the
    start of the check as on the page; ends before the next garbled sentence ("部分?jǐn)?shù)據…").
    ('趙振舉', '黨支部書記', '趙圩村'); 陳某 is a firm's employee (private). 廉洁纪律 and 贪污贿赂
    (hard: could be 滥用职权 for "違規操作").
12  Traditional; the sub-heading "【張紀民家被圍】" and the caption "事發前張紀民妻子潘進惠被打后扔在
    路邊" cut; ends before the truncated "另據張紀民的大嫂范文…". Three accused written with their
    posts in brackets: ('魏運波', '黨委副書記', '地方鎮') (地方鎮 is the town's name), ('管彥省',
    '東崮工作區書記兼東崮社區黨總支書記', '地方鎮'), ('高群', '工作人員', '地方鎮政府'). The "鎮政府官員"
    and the 8 young men are unnamed. Not mixed: the compensation talks are background, the victim
    makes no claim (hard). 群众纪律 and 滥用职权.
13  涉法涉诉: a family lawsuit over 易地扶贫搬迁 and 腾退 money, from a court's list of typical
    cases; the "(一)基本案情", "(二)裁判结果", "(三)典型意义" heads cut; ends before the truncated
    "虽高某琴等". The 镇政府 only signed the agreements.
14  涉法涉诉: a lawyer's page on a 棚户区改造 demolition suit won against a 镇政府; the heads
    "一、案情简介", "二、庭审信息" (with its list of case number, parties and lawyers), "三、法院观点"
    and "1. 被告主体适格：" cut; ends before the truncated "2. 强拆行为违法". Hard: the 镇政府's illegal
    demolition is an organ's act already before the court; no official is named.
15  征地拆迁, traditional: a commentary on forced 合村并居; the byline "作者 | …呂德文", the
    sub-heading "拆 除" and the caption cut; ends before the truncated "關鍵是". Hard: the 鎮領導 and the
    "一百多位鄉鎮干部" who press for signatures are unnamed and no act of misconduct is named; could be
    read as 其他 (a commentary).
16  征地拆迁: villagers waiting eight years for a promised move; the copy's header lines, the deck
    ("◎库区农民埋怨政府…") and three captions cut (one caption says the 安置 houses were sold);
    ends before the truncated 2001 paragraph. The 政府 is an organ. Could be read as 个人利益诉求.
17  个人利益诉求, traditional: a woman's 102 visits to get a 统建房; the caption and the sub-heading
    "“侵占者”" cut; ends before the 據了解 paragraph. 吳應俊 only receives her. Could be read as 其他
    (a feature on clearing occupied houses).
18  个人利益诉求, hard: a letter to the 省委 from households promised 7万 and then left out of the
    搬迁 policy; title ("…坑骗移民搬迁户"), author and date lines cut; ends before the truncated
    "直到今年国家精准扶贫国". The 村干部 and "村书记打包票" made the promise; a broken promise on the
    policy is not read as misconduct (could be read as in and mixed).
19  其他: a county's discipline rules for 撤村建居; the second rule ("二是严肃组织纪律…") and the
    truncated "各级纪检监察组" cut. No one is accused.
20  其他: a government notice of a 安置房 lottery; 李建军 only acts.
21  其他, traditional: a 新华网 success story; site lines, title, dateline, byline, "(資料圖片僅供
    參考)" and two captions cut; ends on 王航弟's quote, the truncated "王航弟說，蓋房子…" cut.
22  其他, traditional: policy news on 合村併居 with the critics' view; headline cut; ends before the
    truncated "例如在山東臨沂李". Hard: "許多地方政府強行拆毀" is said of organs and no official is
    accused; could be read as 征地拆迁. 張新文 only speaks.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH163: list[Item] = [
    # 01
    ('https://mala.cn/forum.php?mod=viewthread&tid=14892837',
     '铁佛镇及尖包岭村的达康书记，你们好，众所周知，尖包岭村下辖的5社地处刘家河右岸的半山坡上，地形崎岖，'
     '条件艰苦，大约10年前，整个5社的山体发生过一次大滑坡，后续又有数次小滑坡，有不少人房屋都不同程度受'
     '损，山体的裂痕至今任然清晰可见，当时米本平书记和二货村长刘成明分别在罗家和刘家两大院子的后山石头上书'
     '写了一排大大的红字，“山体滑坡危险，无法居住，所有村民尽快搬离“．由于当时村民收入过低，无能力搬迁，'
     '所有村民仍然居住在原来的房屋内，但是村上的人当时说了一句话，照片也拍了，也报上去了，就等上级政府的决'
     '定，有无补贴也不一定，于是文化程度不高，对政策不了解的村民就这样被忽悠过去了。时过境迁，5年以后，几'
     '乎所有的5社村民都拿着自己的全家积蓄搬离了5社，在4社买地，置房，不光没有拿到一分钱的国家补贴，反而'
     '还给村里交门面钱3000/间（即沿公路修建的房屋按每间征收，不交不批村集体土地使用证）。房子建好了，'
     '所有年轻人都出去打工还债，留下一堆老弱妇孺...让我们再来看看村两委打着5社滑坡和地质灾害的名义，跟'
     '国家要了什么，干了什么，当年上级政府对5社村民滑坡实施的意见是村里免费出土地，国家补贴加村民自筹的易'
     '地整体搬迁，我们的村也的确这么做了，还做得非常的漂亮，在2社通达路西侧与3社交界处以补贴养老保险的办'
     '法从村民手中征收了一大片地，开了一条路（名曰移民街），适逢铁佛镇扩建的大好时光，周边乡里来铁佛买地建'
     '房的人特别多，于是我们的村官便将这条路上的几百间地基以每间3-6万不等的价格卖给邻村以及周边文峰双泉'
     '三合乡的居民前来建房置业，并在路的另一端搞了一栋8层住宅楼（每户13万左右），一个酒店（可持续发展观'
     '念相当不错），一个菜市场（至今荒芜人烟）。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('米本平', '书记', '尖包岭村'), ('刘成明', '村长', '尖包岭村')]),
    # 02
    ('http://124.237.177.129/p/6714846036',
     '2006年，芦粉花是平陆县杜马乡上卓村的付东明家的儿媳妇，“当时我们家的人口构成是我公公婆婆，我公公'
     '的父母，我的丈夫本在我们这边的电厂上班，但那时已经因为厂子发生事故去世好几年了，我们有一个女儿，当时'
     '两岁多。”芦粉花说，公公婆婆本有两个儿子，但正是因为贫穷，曾将小儿子送人，因此，当时她们家就是爷爷奶'
     '奶，公公婆婆，芦粉花及其年幼的女儿6口人。芦粉花说，当年国家的移民政策下来了，按照规定需要递交材料申'
     '报，她们家也按要求递交了材料，但是却成了泥牛入海，没有了后话。“我当时经常在外边打工，家里有公公婆婆'
     '当家，我也不便过多过问，就以为没办成。”芦粉花说，因而村民们究竟啥时候开始领钱她也不知道，至于因此而'
     '带来的家庭不睦以及自己辛苦赚钱养活并供女儿上学的诸多的辛酸无法言表。直到2020年3月10日晚，现在'
     '所在的行政村贤良村村委在村微信群中发布了一份贤良村移民名单，该名单是当年办理了移民搬迁补助手续的所有'
     '村民名单，村上要求大家及时核实自己的信息，如有错误出入，及时修正。已经重新组建家庭的芦粉花不经意间惊'
     '讶的发现名单中赫然有公公婆婆、自己和女儿4人的名字，只是把芦粉花打成了芦粉丝。名单中有名字就说明当年'
     '自己家的补助款手续也办成了，但为什么家人一直不知道？芦粉花及亲属决定一查究竟。然而时隔多年，不论是村'
     '上还是乡里的干部都早已更换了好几茬，但芦粉花并未轻易放弃，多方寻找当年的村、乡两级干部询问查询，功夫'
     '不负有心人，终于查到自己家的手续是被当时杜马乡负责移民搬迁的干部付某拿走了。于是，芦粉花和亲属随即找'
     '到了这名已调到其他乡镇的任职的付某，“他立刻就承认了。”',
     'in', None, True, ['群众纪律', '贪污贿赂'],
     [('付某', '负责移民搬迁的干部', '杜马乡')]),
    # 03
    ('https://ntdtv.com/gb/2008/10/22/a212111.html',
     '背景：2006年乳山市白沙滩镇党委书记姜林凯买通乳山市委，以银滩管委会的名义全面控制了白沙滩镇周围村'
     '庄近10万亩农田。2007年他又计划把贾家庄从海洋所镇并入银滩管委会，进而抢占该村耕地和滩涂共400'
     '0余亩耕田。2008年5月25日，四川地震，举国默哀期间，山东省乳山市白沙滩镇贾家庄百亩小麦田，面对'
     '即将丰收的小麦，农民们没有欢乐，只有悲伤。贾家庄77岁农民贾秀金老人老泪纵横地说：“你看，我的小麦长'
     '得多好啊，再过十几天就可收了，他们不讲理，一会儿功夫就全推倒了，我们老俩口指望收下最后一茬的小麦，可'
     '全完了。”2008年的5月25日上午，四辆大铲车开进了这百亩麦田，还来了一车打手，开始强行推平麦田，'
     '村民觉得不妙，急忙回村喊人保护庄稼。之后打手们和村民发生冲突，打手们手持一米多长的棍棒和管制刀具，对'
     '手无寸铁的村民胡砍乱打，当时就有六、七个村民受伤。不一会，几十亩丰收小麦就被毁了。村民们越聚越多，他'
     '们气急了，砸了铲车的玻璃窗，扣下了四辆铲车，要求赔偿。村民们愤怒了：“你们要强行征地，也等小麦收了再'
     '说呀，就差十几天了，你们就不容我们农民多吃一口小麦！你们存心毁青苗，打人还铲庄稼，就是要给不同意征地'
     '的农民来一个下马威啊！”在现场看到大片大片的小麦倒在地上。据村民们说，贾家庄的打人场面还不算大，在银'
     '滩大大小小的抢地武斗事件每月都发生多起，政府每次都出动一批打手强抢征地，人们都问：“谁养活了这批打手'
     '？”姜林凯对来告状的贾家庄村支书恶狠狠地说：“你带头反对征地，我要处分你！”',
     'in', None, False, ['滥用职权', '群众纪律', '贪污贿赂'],
     [('姜林凯', '镇党委书记', '白沙滩镇')]),
    # 04
    ('http://33664.cn/articleDetail/46259',
     '云南省紀委關于易地扶貧搬遷推進不力等問題問責的4期通報指出，昭通市、怒江州、文山州、麗江市等4個州（'
     '市）的7個縣（市）在易地扶貧搬遷中工作推進不力、責任不落實、整改不到位、監督管理失職失責，貫徹落實黨'
     '中央和省委、省政府易地扶貧搬遷工作決策部署不到位，嚴重侵害貧困群眾切身利益，傷害黨和政府公信力，影響'
     '脫貧攻堅進程，相關責任單位和責任人必然受到嚴肅問責。針對調查中發現全省易地扶貧搬遷工作中計劃下達、政'
     '策調整、工作要求、督促指導、稽查檢查等方面存在的一些問題，已向省發展改革委發出監察建議書，建議健全相'
     '關制度，完善工作流程，從制度機制上防范類似問題再次發生。1.昭通市大關縣易地扶貧搬遷工作推進不力、整'
     '改不到位問題。大關縣部分易地扶貧搬遷安置點的實施方案批復規模與實際情況不一致；對住房面積超標等問題整'
     '改不到位，搬遷戶負擔仍然較重。給予大關縣委、縣政府通報問責。給予大關縣委常委、常務副縣長陳霖談話誡勉'
     '問責，給予縣脫貧攻堅指揮部易地搬遷組專職副組長、縣政府重點項目稽察特派員陳宗國書面誡勉問責。對大關縣'
     '發展改革局干部謝澤軒提醒談話、批評教育。2.昭通市巧家縣易地扶貧搬遷工作推進不力、整改不到位問題。巧'
     '家縣2017年度易地扶貧搬遷項目前期工作普遍滯后，截至2017年12月，部分安置點未辦理完成規劃批復'
     '、實施方案批復、地質災害評估、項目建設用地和環境影響評價等相關手續；對住房面積超標、群眾自籌建房基金'
     '超額等問題整改不到位。給予巧家縣委、縣政府通報問責。給予巧家縣副縣長黎平談話誡勉問責，縣發展改革局局'
     '長張順良書面誡勉問責。',
     'in', None, False, ['工作纪律', '群众纪律'],
     [('陳霖', '縣委常委、常務副縣長', '大關縣'),
      ('陳宗國', '易地搬遷組專職副組長、縣政府重點項目稽察特派員', '縣脫貧攻堅指揮部'),
      ('謝澤軒', '干部', '大關縣發展改革局'),
      ('黎平', '副縣長', '巧家縣'),
      ('張順良', '局長', '縣發展改革局')]),
    # 05
    ('https://www.rfa.org/mandarin/ytbdzhuantixilie/hecunbingju/jt-07222020105821.html?encoding=traditional',
     '今年以來，山東的“合村並居”政策在齊魯大地大張旗鼓地開始實施，要在今年內拆遷全省兩成、也就是一萬四千'
     '多個村子。除了威逼利誘的老手段，“先拆後建”更引發民怨。六月上旬，山東煙臺港，從大連來的渤海渡輪慢慢'
     '靠岸。農民工老李坐了八個小時的船抵達煙臺，準備轉車回老家蘭陵。他由於擔心自己會受到政府的報復而不願透'
     '露全名。當他扛着行囊、交出身份證，在煙臺火車站買票時，老李突然被一羣警察包圍。小李：“被煙臺當地的警'
     '方抓捕。抓捕的理由是說他是‘非法採礦嫌疑人’。”這是老李的兒子小李，同樣因爲安全的原因不願透露全名。'
     '“解送到蘭陵縣公安局，讓我父親給親屬打電話，帶三萬人民幣到公安局贖我父親出來。”小李說自己感到不可思'
     '議。公安局指控的是他父親在二十多年前、在當地政府鼓勵下的採礦行爲。小李做了一番法律研究後發現，即使有'
     '爭議，也早已過法律追訴期。蘭陵縣公安局憑什麼突然把他父親當成犯罪嫌疑人，全網通緝？村裏的人都心理有數'
     '，這與老李家不願簽署拆遷協議有關。小李：“我們村這種情況很多。我父親被列爲通緝犯是第一個。但其他很多'
     '村民也遇到類似的（情況），針對我們這些不簽署拆遷的拆遷戶起到震攝作用。很簡單，就直接把我們抓到鎮派出'
     '所裏，把（拆遷）事情解決了。”',
     'in', None, True, ['滥用职权', '群众纪律'],
     []),
    # 06
    ('http://juzizhoutou.net/tianxia/jiaodian/2020-07-03/6839.html',
     '在山东省委书记刘家义与省委副书记、代省长李干杰等轮番表态后，极具争议的山东“合村并居”工程开始有了微'
     '妙变化。今天，一份《关于惠民县麻店镇在推进美丽宜居乡村建设工作中形式主义官僚主义问题的通报》出现在山'
     '东省滨州市纪委的官方网站。据悉，该文件是一份针对违法违纪的处理通报，对象是惠民县多名官员。该文件指出'
     '，2020年4月以来，惠民县麻店镇在推进美丽宜居乡村建设工作中，对省委、市委工作要求落实不到位，工作'
     '方法简单，没有及时解决群众困难，损害了群众利益，存在形式主义官僚主义突出问题。根据调查情况，对相关责'
     '任人员依规依纪作出如下处理：麻店镇党委书记丁安玉对上述问题负有直接责任，按程序免去其镇党委书记职务；'
     '惠民县住房和城乡建设局党委书记、局长张永山，作为县委督导组组长，对麻店镇整改工作督导落实不力，给予其'
     '党内警告处分；惠民县政府副县长高立珂，作为分管领导履职不力，对其诚勉谈话并责令作出深刻检查；惠民县人'
     '大常委会主任李勇、副县长吴表辉，作为联系该镇的县级领导，履职不到位，分别对其批评教育并责令作出深刻检'
     '查。这份文件所通报的，正是在该县推行的“合村并居”工程。这也是目前可知的，山东省首个因推进“合村并居'
     '”工程不当被处分的县市。',
     'in', None, False, ['形式主义官僚主义', '群众纪律', '工作纪律'],
     [('丁安玉', '镇党委书记', '麻店镇'),
      ('张永山', '党委书记、局长', '惠民县住房和城乡建设局'),
      ('高立珂', '副县长', '惠民县政府'),
      ('李勇', '主任', '惠民县人大常委会'),
      ('吴表辉', '副县长', '惠民县')]),
    # 07
    ('http://news.sina.com.cn/c/2010-01-27/175219559883.shtml',
     '记者近日调查获悉，国家治淮骨干工程之一的涡河治理工程，在涡阳县拆迁安置过程中，村干部上报虚假材料，帮'
     '助他人冒名顶替拆迁户购买安置房。其中一些买房者就是当地乡镇干部本人或亲戚。淮河流域涡河治理工程属于1'
     '991年国务院确定的19项治淮骨干工程之一，其中在涡阳县境内段长达55公里，投资6亿多元。涡阳县闸北'
     '镇涡东村拆迁户马艳等人向新华社记者反映，2005年11月，涡阳县闸北镇涡东村因为涡河治理工程被拆迁。'
     '2009年6月底，一些拆迁户领到了安置房，但一些拆迁户发现自己的户名，被一些镇政府工作人员盗用，一些'
     '并非拆迁户的人却领到了拆迁户安置房。拆迁户遂多次上访反映问题。涡阳县委县政府高度重视拆迁户举报，立即'
     '成立由公安、纪委、检察等部门组成的联合调查组。调查结果显示，涡东村上报集中安置时，上报集中安置的44'
     '户，除了其中7户申请集中安置、4户个人协商集中安置，其余的33户集中安置户均系他人冒名顶替。这33户'
     '冒名顶替户上报材料都是由涡东村会计杨振才经手上报。其中冒名顶替者18户是直接找杨振才联系的，闸北镇工'
     '作人员窦影从中牵线搭桥找杨振才的有3户，闸北镇工作人员柴国清牵线搭桥找杨振才的4户，原闸北镇工作人员'
     '邓华牵线搭桥找杨振才的2户，原涡东小学校长蔡永阁牵线搭桥找杨振才的6户等。安置房被冒名顶替的情况并非'
     '仅仅出现在涡东村。据涡阳县调查组有关负责人介绍，经调查组深入全面调查，发现闸北镇有8个村存在类似问题'
     '，涉及近百拆迁户。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('杨振才', '会计', '涡东村'),
      ('窦影', '工作人员', '闸北镇'),
      ('柴国清', '工作人员', '闸北镇'),
      ('邓华', '原工作人员', '闸北镇'),
      ('蔡永阁', '原校长', '涡东小学')]),
    # 08
    ('http://k88.net/article/sort034/sort0383/info-71554_2.html',
     '已入住安置房的村民告诉澎湃新闻，他们原本就住在村委会附近，有自己的土地。这个位置是全村较为平缓的区域'
     '，也是田地最富足的区域。被纳入易地搬迁名额后，他们第一时间就住进来了，无论生活还是生产，可以照旧进行'
     '。但对于较远处的村民来说，除了不方便生活、生产外，新竣工不久的安置房已出现质量问题。冒尖村二社村民阳'
     '某告诉澎湃新闻，今年初交房后，他至少在两幢房间内发现了房顶漏水问题。阳某称，其中一户漏水房房主，搬进'
     '安置点后，他在山上的危房被强制拆除，但是安置点新房却因漏水无法居住，至今未能得到解决。有村民称，安置'
     '点除有上述尴尬局面外，村干部还教他们如何应对上级部门检查。长年在外务工的村民黎开文说，在上级部门前来'
     '现场检查安置点入住情况时，村委会会提前通知村民入住，黎的父母接到通知后则简单收拾下铺盖，去安置房住上'
     '几天，然后回到老宅。从今年一月以来，黎的父母已如此折腾了三四次。黎开文记得，他有次回家看见父亲拿出眼'
     '镜，在电灯下仔细翻阅一写满字的本子。询问后得知，村委干部给黎的父亲打招呼说，上级部门电话抽查时，要他'
     '按照拟定的稿子念。在白天，有人会给短暂入住的老人发几张报纸，让他们在新房门口拿着看。而检查一过，这些'
     '老人又回到原来的住处。扶贫搬迁工作，村里抓得紧，上面也催得紧。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 09
    ('http://politics.people.com.cn/n/2013/0726/c1001-22342538.html',
     '今年6月，河南省浚县一个街道办事处企图强行流转土地，甚至发生了殴打群众事件。半月谈记者深入调查后发现'
     '，在这起土地流转冲突的背后，竟然有两份截然不同的民意调查签名表——当地政府的一份调查表，声称得到了多'
     '数农民的同意；而民间自发的调查却显示，超过50%的村民对土地流转持反对态度……两份签名表的强烈反差暴'
     '露了围绕土地流转“官意”与民意间的尖锐冲突。而从意见冲突转为现实冲突，这背后的催化剂恰恰是当地政府不'
     '顾群众意愿，单方面推进新型农村社区建设，强迫农民“上楼”的粗暴行径。67岁的王学善是浚县伾山街道办事'
     '处界牌村村民。据他回忆，6月8日上午，办事处一群人进村强行丈量土地，为土地流转做准备。当量地活动受到'
     '阻拦时，冲突随即爆发，多名村民被打伤，其中有5人住院治疗。“我看到有群众掏出手机拍照，量地的人发现后'
     '抢夺手机并动手打人，当场打倒打伤了2人，后来又强行用车拉走3名村民，整个过程持续了2个小时左右。”王'
     '学善说。王金波等目击事件过程的村民反映，当时有多名办事处人员和界牌村村干部参与量地，但动手打人的是巡'
     '防队员。当日界牌村村口的监控视频也显示，事发前，有一批统一戴黑帽子、着蓝色短袖上衣的年轻人进了村。现'
     '场指挥量地的伾山街道工委副书记马文发承认，巡防大队是乡镇为治安巡逻、处理突发事件而成立的，当天一共去'
     '了20人左右。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('马文发', '工委副书记', '伾山街道')]),
    # 10
    ('https://m.yybnet.net/fuyang/funan/201010/337886.html',
     '本报7月20日刊发《镇政府广售安置地 村主任变身“开发商”阜南县王家坝移民安置宅基地竟成牟利工具》之'
     '后，阜阳市委、市政府、阜南县委、县政府高度重视，分别责成有关部门成立调查组、工作组进行调查。问题查处'
     '过程中暴露出来的阜南县政府原副县长刘昌辉、王家坝镇党委原副书记李思合、王家坝镇农业综合服务站原站长郑'
     '金标等三人涉嫌经济犯罪，均被免去职务，移交司法机关。10月22日，中共阜南县委外宣办向本报反馈了上述'
     '情况，该反馈材料同时对王家坝保庄圩建设的其他情况作了说明。王家坝保庄圩是2003年以后国家实施的治淮'
     '工程的一部分，为集体建设用地。在首批安置对象安置完后，2007年至2010年期间，王家坝镇先后审核批'
     '准109户村民在保庄圩建设住宅，并违规向入住群众收取一定费用，违规与他人签订租地、购地合同，由此导致'
     '部分“开发商”开发安置地牟利。本报刊发稿件披露了这些违规现象后，阜南县委、县政府于7月28日成立了由'
     '县领导带队的王家坝镇村民居住安置情况工作小组，30多名工作人员进村入户调查摸底。对住在28.5米以下'
     '不安全庄台居民住户排查，对排查出的住户，正给予妥善安置。根据调查情况，调查组责成王家坝镇对符合安置规'
     '定的住户全部退款，退款由县纪委、县财政局派人全程监督；对不符合安置规定的坚决不予安置；对违规出租、买'
     '卖的土地依法收回。非法房地产开发问题和竞价土地收入违规使用问题已经调查清楚，相关部门正在依法处置和认'
     '真整改。',
     'in', None, False, ['贪污贿赂', '群众纪律', '廉洁纪律'],
     [('刘昌辉', '原副县长', '阜南县政府'), ('李思合', '党委原副书记', '王家坝镇'), ('郑金标', '原站长', '王家坝镇农业综合服务站')]),
    # 11
    ('http://17happy99.com/contents/177/12648.html',
     '“大家看公示欄，村書記家那個養豬場的拆遷補償款怎么拿了那么多錢？”“這事肯定有問題，咱們得一起到紀委'
     '反映去！”不久前，江蘇省徐州市銅山區紀委監委第五派出監察員辦公室接到群眾舉報，反映在某工程項目征遷過'
     '程中，該區伊莊鎮趙圩村黨支部書記趙振舉違規操作，幫助自家養豬場拿到了巨額拆遷補償款，群眾意見很大。接'
     '到舉報后，銅山區紀委監委立即成立核查組啟動初核程序。養豬場怎么能按照住宅標準進行補償？帶著疑問，核查'
     '組調閱了征收檔案中的補償明細測算表，發現評估定價的部分重要項目名稱和測量數據有明顯修改痕跡，如“豬飼'
     '料房”被劃去，改為“磚木房”，“豬圈”被劃去，改為“磚混房”，并在豬圈下方添加“高3.8m”字樣。“'
     '請解釋一下，趙振舉的養豬場為什么是一層合法住宅？”核查人員找到該項目委托的土地評估咨詢公司了解情況。'
     '“補償明細測算表上是這樣記錄的，應該就是吧……”評估公司工作人員陳某言辭閃爍。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('趙振舉', '黨支部書記', '趙圩村')]),
    # 12
    ('http://www.waichu1.cn/news/show-13432.html',
     '火，要了張紀民的命。火的背后，是一場“基層干部法紀觀念淡薄、作風簡單粗暴”的強拆。9月14日上午，山'
     '東平邑縣地方鎮后東崮村，46歲農民張紀民被燒死在自己家中。張家親屬和現場目擊者指出，地方鎮政府就房屋'
     '拆遷賠償一直沒和張紀民談攏，當日鎮政府官員帶了四五十人來強拆，期間起火引發悲劇。平邑新聞中心的通報一'
     '開始將此定性為“民宅火情”，初步認定“系死者自身行為所致”，且在連續4次通報中回避強拆問題。昨晚（1'
     '7日晚），事件調查組發布最新通報，承認強拆，同時確認負有直接責任的相關人員魏運波（地方鎮黨委副書記）'
     '、管彥省（地方鎮東崮工作區書記兼東崮社區黨總支書記）、高群（地方鎮政府工作人員）等已被公安機關刑事拘'
     '留。9月14日上午8點多，山東平邑縣地方鎮后東崮村村民張紀華接到弟弟張紀民的電話，被告知弟媳潘進惠“'
     '失蹤了”。那天是星期一，潘進惠一早送兩個女兒上學，先送12歲的小女兒文文到村小學，再把16歲的大女兒'
     '靖靖送到鎮中學。過了慣常的回家時間，張紀民開始是擔心妻子出了意外，隨后又擔心她“被人綁架了”。當時，'
     '張紀民的堂哥張紀友也接到了找人電話。張紀友稱，張紀民在電話中表露出擔憂，說房屋拆遷還沒談攏，怕有人使'
     '壞。潘進惠確實遇到了麻煩。事后她回憶，離開大女兒學校不遠，自己正騎著電動車，被8個二十來歲的小青年強'
     '行帶上了一輛面包車，“有車在路邊停著，下來一個人，拖著我就上車，我就喊救命，他就說你再吆喝我就殺你…'
     '…”',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('魏運波', '黨委副書記', '地方鎮'), ('管彥省', '東崮工作區書記兼東崮社區黨總支書記', '地方鎮'), ('高群', '工作人員', '地方鎮政府')]),
    # 13
    ('https://ssfb86.com/mobile/News/detail/newsid/9823.html',
     '高某琴与高某明系同胞兄妹，高某航、高某雪系高某琴的子女，上述4人均与案外人高某宝（高某琴之父）属同一'
     '户籍，被识别为贫困户。高某明肢体贰级残疾，其妻视力壹级残疾。2017年5月，户主高某宝与镇政府签订了'
     '《易地扶贫搬迁协议》和《易地扶贫搬迁旧宅基地腾退协议》，享受易地扶贫搬迁安置政策人均补助25000元'
     '，共计125000元；享受旧房宅基地腾退补助政策人均补助10000元，共计50000元，上述款项均汇'
     '入高某明指定的账户。2016年10月，高某明购买房屋一套，支付购房款140000元，契税、印花税合计'
     '1860元，该房屋系该户唯一住房。高某琴等起诉请求高某明支付贫困户移民搬迁款75000元、旧宅基地腾'
     '退款30000元，合计105000元。陕西省安康市白河县人民法院经审理认为，易地扶贫搬迁政策和旧房宅'
     '基地腾退政策，其目的均为保障当事人的基本居住权利。高某明按照上述政策购买住房，该住房现为其唯一住房，'
     '高某琴等与高某明、案外人高某宝均享有该房屋的居住权，在该房屋未被处置的情况下不能主张已享受政策资金的'
     '返还，遂判决驳回高某琴等的诉讼请求。陕西省安康市中级人民法院经审理认为，案涉款项是政府为解决贫困户基'
     '本住房问题的特定款项，具有专款专用的性质，高某琴分割款项用于生活开支的主张，与政府发放该款项的特定用'
     '途相悖，维持一审判决。本案既涉及残疾人的居住权又涉及扶贫安置政策的具体落实。扶贫安置政策是政府为改善'
     '贫困户的生活质量、从自然条件恶劣地区搬迁到生存与发展条件较好的地方、解决农民基本住房的惠民政策，应当'
     '用好，以真正解决当事人住房需求。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://shengtinglaw.com/gonggao-xiangqing-10091.html',
     '是自主腾退还是强制拆除？在王先生的这起案例中，征收方以“村民自治”之名规避行政责任，最终法院依旧判决'
     '强拆违法，这也说明了强拆必须严格遵循法定程序，行政机关须依法行政，任何以“公共利益”或“村民自治”为'
     '名的强制行为均需经得起法律检验。被征收人的合法权益不容践踏，司法将继续为公民守护公平与正义。2023'
     '年12月，北京市房山区某镇村民王先生的合法宅基地及房屋遭强拆。强拆发生时，屋内仍有居住人员，其配偶被'
     '暴力拖出并控制于面包车内，现场监控被破坏。事后调查发现，此次强拆系镇政府主导的“棚户区改造项目”所为'
     '，但未与原告达成补偿协议，亦未履行法定程序却辩称，强拆是村委会依据村民自治实施的“帮拆”行为，属于民'
     '事纠纷，非行政行为。然而，根据公安机关笔录及项目文件，拆除行为实为镇政府授意，委托第三方公司执行，且'
     '项目明确由镇政府负责回迁安置。原告认为，政府未保障其知情权、协商权和救济权，严重违法，遂提起行政诉讼'
     '。某村委会虽名义上委托第三方拆除，但实际拆除行为由镇政府主导。派出所询问笔录证实，拆除并非完全由某村'
     '委会依据村民自治所实施的自主腾退行为，是“被告的领导下实施的”，拆除公司由镇政府指定，村委会仅为执行'
     '单位。项目实施方案明确回迁安置工作由镇政府负责，进一步证明其责任主体地位。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://m.p146.com/news/2020-06-22/detail-iircuyvi9762960.shtml?from=sd_ydph',
     '近幾個月，許多山東農民被突如其來的疫情和合村并居搞得五味雜陳。所謂合村并居，就是拆除農民住房、合并原'
     '有村莊，建立新型農村社區，讓農民集中住進樓房。如果說疫情還只是一場天災，人們還可以躲在溫馨的家園迎來'
     '黎明，陰霾終會過去。那么，合村并居就像是一場人禍，它來勢洶洶，不講人情。它對農民的心理沖擊，怕是會伴'
     '隨終身。甚至，對許多普普通通的農民來說，何時能適應新秩序，還是未知數。劉彬的老家在山東萊蕪劉家村，4'
     '月20日，這里公布了合村并居規劃方案，鎮里召開動員大會，劉家村在被拆除之列。劉彬有點懵，消息來得太突'
     '然，他心里說不出的恐慌。他和鄉親們都擔心，一旦村子被拆了，將來怎么生活？村干部帶回來的消息是，村子是'
     '要拆的，但怎么個拆法，未來的小區建在哪里，住了小區怎么耕種，一切都未知。劉彬胡思亂想了很多，他和父親'
     '都是黨員，他很清楚，他家得配合“大局”，會是第一批被拆的農戶。拆遷補償肯定不夠置換樓房，這就意味著，'
     '經濟條件本就不寬裕的他，現在就得準備一筆錢安頓父母。和劉彬相比，濱州的袁珍和她的袁家村鄉親們，甚至連'
     '發懵的機會都沒有。4月中旬，村里突然召開村民大會，鎮領導宣布袁家村被納入了合村并居范圍，率先拆村。隨'
     '即，一百多位鄉鎮干部組成的工作組開進袁家村，入戶宣傳動員。目的只有一個：讓村民簽字，同意拆房子。這一'
     '變故實在太大，袁珍和大多數村民根本沒有心理準備。她是土生土長的袁家村人，親眼目睹袁家村從一個落后村莊'
     '變成了道路、廣場、電力、網絡、垃圾桶等一應俱全的“美麗鄉村”。沒想到，剛過上好日子，馬上就面臨變故。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://www.smwenxue.com/article/478853',
     '大漠，长河。滔滔东流的黄河进入宁夏境内后，在中卫市拐了个大大的“几”字。“几”字下面蔓延约四公里，沿'
     '黄河而居的农舍群落，便是常乐镇上游村了。《明史·地理志》载，中卫市“西有沙山，一名万斛堆。大河在南”'
     '，此处胜境，即是如今盛名海内外的5A级景区沙坡头。沙坡头以南，跨过黄河再走几百米，就到葛凤英的家了。'
     '这是一个破败的农舍，几道裂缝在土墙上昭示着这屋子已年久失修，此外，屋后的土山每逢大雨都会冲下泥石。“'
     '住在这里太可怕了！”葛凤英幽幽地说。担心居住条件的，不仅是葛凤英一人。在上游村其他三个生产队约800'
     '名居民，多数都面临这一困扰。“八年了，房子坏了政府也不让修，说要等待整体搬迁。”',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://m.yinhu3.com/news/content/2015-06/15/content_2570446.htm',
     '王老太又來了，每次到移民局，她都指定移民局局長吳應俊親自接待，每次接待時間，都超過一個小時。吳應俊咕'
     '咚咕咚喝了一杯水，“還是反映移民統建房的問題。她在老縣城沒有產權房，非要住到統建房不走，讓分給她一套'
     '。”算上6月初的這次，這是她第102次來了。吳應俊說。但按要求，她的房子是必須要被清退的。40多歲的'
     '吳應俊，可以說是目前奉節最忙碌的公務員之一。去年11月開始，奉節開始啟動被非法侵占的統建房清收工作，'
     '半年時間，吳應俊說他和同事幾乎沒有休息日，每天神經繃得緊緊的。2012年，吳應俊調任奉節縣移民局局長'
     '，第二年奉節就動議清理移民統建房。“感覺每天都在打仗。”吳應俊說，清收涉及目前居住在統建房的近兩千戶'
     '居民，誰都不愿搬，以各種方式軟磨硬抗。奉節一位老干部告訴記者，移民統建房問題由來已久，現在已到了尾大'
     '不掉的地步。“狗都住得，人住不得？”一些居民說，這難免不讓人紅眼，干脆撬鎖住進安置房。統建房，是指在'
     '三峽工程建設期間，為了安置三峽移民而由當地政府利用三峽移民資金修建的安置房。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://rexian.cnwest.com/data/html/content/2017/07/108653.html',
     '我们移民搬迁户知道你们日理万机，工作很忙，我们多次向镇政府，县政府，扶贫办，城建局信访无果，我们扶贫'
     '易地搬迁户曾2016年9月，2017年6月向你们举报求助至今没有得到彻底的解决，所以向省委领导举报求'
     '助。咸阳市旬邑县鹏旗村搬迁户向你反映如下：2016年初村干部动员我们：国家扶贫移民搬迁，旧庄基腾退，'
     '从滑坡地带移至马路边分庄基自己建房，上面验收上给10万元补贴其中3万元的基础建设费，我们还想着是在总'
     '书记的领带下政策就是好。不料2016年6月份村干部带着推土机现场一户一户面谈给予腾退旧庄基户一户7万'
     '元，前提条件必须把旧庄基推了，自己建房建成后，上面验收上给予补贴款村书记打包票说，我们同意了，就这样'
     '旧庄基几天之后变为平地。现在腾退的庄基地村上已经种上了树木。2016年7月村上划分的庄基地下来了交付'
     '了3万元的庄基费，村上考察统一规划，8月份我们开始东借西借开始借钱，借来的钱开始自建房8月底基本完工'
     '，犹豫村上通一规划制式基本一样面积都差不多，也没说面积要求。不料不久中央正式文件下来，村上让我们签了'
     '移民搬迁协议自建房已建成才开始宣传移民搬迁政策条件，这以前承诺的7万元又打水漂了，按国家政策限制。政'
     '策又变了，我们户口少的一人户两人户让迁出移民搬迁项目说我们不符合条件，享受不上国家的移民搬政策，我们'
     '觉得不合理，就没签退出合同，同样从滑坡地带搬迁到安全地带，我们不是人吗？为什么享受不上？我们又开始找'
     '政府部门他们说你们是一人户两人户不符合移民搬迁政策，你们这些一人户两人户县上会从其他扶贫政策上给4万'
     '5千元。又承诺了我们4.5万元。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://hzlz.hangzhou.com.cn/articles/15447.html',
     '开展撤村建居是深入实施省市提出的“三改一拆”行动计划的重要举措，为确保千岛湖镇城中村、城郊村撤村建居'
     '工作依法科学、稳妥有序实施，淳安县制定出台《关于撤村建居工作若干纪律规定的通知》，严肃四大纪律服务保'
     '障撤村建居工作。一是严肃政治纪律。要求党员干部自觉做到“三带头，三不准”：即带头支持撤村建居工作，不'
     '准说、不准做不利于撤村建居的话和事；带头签订协议、搬迁腾空，不准拖撤村建居的后腿；带头做好亲戚朋友的'
     '工作，不准为撤村建居群众说情、打招呼。严禁任何单位和个人阳奉阴违、弄虚作假。对工作中散布不负责任的言'
     '论，或者顶着不办、消极怠工、敷衍了事的行为，要坚决严肃处理，决不姑息迁就。三是严肃财经纪律。要求严格'
     '执行有关财经纪律，做到“五个不准”：不准克扣、截留、挪用征地拆迁安置补偿款；不准非法侵占、贪污、私分'
     '和破坏集体资产；不准突击花钱，用公款乱吃乱喝、请客送礼；不准擅自提高村干部报酬，滥发奖金、补贴和实物'
     '；不准拖欠或占用集体的款项和财物。对违反规定的，将严肃予以处理；涉嫌犯罪的，要移送司法机关依法追究刑'
     '事责任。四是严肃工作纪律。坚持“有报必查”、“露头就打”，对撤村建居工作中出现的违法违纪行为，做到发'
     '现一起、严查一起，形成打击不法行为的高压态势。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://tongguan.gov.cn/zfxxgk/fdzdgknr/yjgl/gyjz/1640283403655700482.html',
     '12月22日，我县举行移民（脱贫）搬迁避灾生态类多层安置房摇号分房仪式，全县106户避灾搬迁户将分配'
     '到安置房。县委常委、副县长李建军，要求各相关部门尽快完成钥匙交付前的各项工作，确保搬迁群众早日领到新'
     '房钥匙。同时要积极做好协调，帮助群众解决新房装修过程中遇到的各种困难，让群众尽早入住新家。各相关单位'
     '也要统筹安排，群众积极配合，做好旧宅基地腾退工作。活动现场，参与摇号分房的搬迁户在工作人员的引导下，'
     '有序进入会场，通过公开摇号，分配新房，此次分配的安置房分别位于县城移民搬迁安置点秦岭苑和民生苑。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://eda-rhinos.com/guancha/2022/1014/143834.html',
     '如果沒有20多年前的那場移民大遷徙，2700多平方公里的紅寺堡仍是一片沉寂的荒原。今年40歲的移民王'
     '航弟也不可能從西海固來到黃河邊拓荒、安家，住上兩層樓房更是天方夜譚。“那時幾個姊妹就睡一張炕，整整睡'
     '了十幾年。”干旱少雨的西海固給王航弟帶來的苦，不僅是缺水，還缺一個像樣的家。住新房成了她最大的愿望。'
     '2002年從寧夏固原市西吉縣山溝里搬遷到當時的吳忠市紅寺堡開發區，王航弟和丈夫逐步擺脫貧困，先后三次'
     '建新房，從54平方米到120平方米再到210平方米，一座寬敞明亮、設施齊全的二層小樓，終于讓她曾經遙'
     '不可及的夢想成真。經過20多年的移民開發，紅寺堡這個我國最大易地生態移民集中安置區蓬勃發展，成為移民'
     '搬遷致富和生態保護修復的樣板。40%的綠化覆蓋率、超10萬畝的釀酒葡萄種植園、近500萬千瓦的新能源'
     '裝機……曾經的戈壁荒原已是生態綠洲，葡萄、枸杞、黃花菜等特色農業產業提質增效，輕工紡織等現代工業趨向'
     '規模化，一座現代化新城拔地而起。到2021年底，紅寺堡區城鎮和農村居民人均可支配收入從搬遷之初的32'
     '00多元、800元，分別增長到2.7萬元、1.2萬元。“靠著種枸杞和黃花菜，以及直播賣貨，現在一年能'
     '掙40多萬元，有了條件就蓋新房，安居才能樂業嘛。”',
     'out', '其他', False, [],
     []),
    # 22
    ('https://hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/489618/%E5%B1%B1%E6%9D%B1%E8%BE%B2%E6%9D%91%E5%BC%B7%E6%8E%A8-%E5%90%88%E6%9D%91%E4%BD%B5%E5%B1%85-%E5%A4%9A%E5%9C%B0%E5%BC%B7%E6%8B%86%E8%BE%B2%E8%88%8D-%E6%9D%91%E6%B0%91%E5%A0%B1%E8%AD%A6%E7%84%A1%E4%BA%BA%E7%90%86',
     '山東近期推進「合村併居」工作，合併原有村莊，建立新型農村社區，讓農民集中住進樓房。山東先行試點的菏澤'
     '、聊城、濱州、臨沂、德州等地區，已經開始了大範圍強推。不過，近期有內地媒體及學者指出，在「合村併居」'
     '推行過程中，許多地方政府強行拆毀農民房屋，卻未準備好新安置房屋，或未給予村民足夠補償，導致許多村民利'
     '益受損，部分村民更只能住在臨時搭建的房屋甚至窩棚裡；而已經建好的安置房屋，部分也被指存在距離田地較遠'
     '、不利農民耕作等問題。面對外界質疑，山東省政府17日召開新聞發佈會，稱「合村併居」工作中，政府「拆不'
     '拆、搬不搬、建不建，由農民群眾說了算，村民同意率必須達到95%以上才能實施」。2018年8月，山東省'
     '發改委聯合省委組織部、宣傳部等部門印發了方案，全面啟動了鄉村振興「十百千」工程，該工程要求，在全省1'
     '0個縣（市、區）、100個鄉（鎮、街）、1000個村，開展示範創建工作。「十百千」工程的重點之一就是'
     '「合村併居」——將幾個臨近自然村整合起來，建立農村社區的綜合改革和探索。山東目前有農村常住人口490'
     '0多萬，行政村6.9萬個，按2019年3月山東省發展改革委黨組書記、主任張新文在全國兩會上的說法：「'
     '（行政村）壓縮至4.8萬—5.8萬左右，5萬個是比較合適的。」進行「合村併居」是否有必要性？山東德州'
     '政府文件就指，現在村級單位運轉成本高，「空心村」（指村民外出打工，居住人口較少的村）比例高，土地浪費'
     '嚴重，基礎建設成本高，因此，政府綜合考量之下，決定「合村併居」。不過，內地媒體及學者調查發現，「合村'
     '併居」在執行過程中，存在強制搬遷、補償不到位等許多問題，對村民利益侵害嚴重。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH163, "fresh163")
