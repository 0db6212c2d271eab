"""Sealed batch fresh164: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval, no
pytest was run on these texts, and the triage code was not read). The lead measures it once; nobody
tunes on it. (The file is fresh162th.py; the batch and its row ids are "fresh164".)

Theme: farmers' cooperatives and family farms, and the farm subsidies and project money around them:
a 农经站 head and a cooperative of his clan faking 深耕 acreage, a 副镇长 whose cooperative kept the
village's subsidised seed and fertiliser, a village cooperative's 扶贫 money kept off the books, two
village 扶贫互助社 (credit cooperatives) lent out or diverted by their cadre managers, a 村主任 who
let one cooperative take over another's base, a 镇委书记 who stopped a contract farmer's grain
subsidy, a 畜牧站 head paying grazing subsidies to his relatives, the 江西 农机 bureau chiefs, a
湖北 通报 on grain subsidies kept by a village, a 村支书 drawing grain subsidies in his wife's name
and the 辉南 农机站 heads; out items are a private cooperative head's subsidy fraud in police hands,
a court mediation and an appeal judgment between cooperatives and farmers over rent, pig-farm
demolition compensation, a cattle farmer's contracted land taken by a highway, a paddy field ruined
by a works road, a lettuce grower's plea and the 农业农村局's answer, a report on cooperatives'
skewed dividends, the 空壳社 clean-up notice and a subsidy acceptance check. Sources (stored-pages
search): a ttnews copy of the report on the 项城 红旗合作社; an igdzc copy of the 沙洋 纪委 story on
陈某 and the 路翔合作社; the 沅江 story on 三码头村 on the 湖南 纪检 site (sxfj.gov.cn); the 潮州
纪委 case on the 余厝村 扶贫互助社 (cyqf.gov.cn); a guozhigang copy of the 沐川 story on the 黄龙村
扶贫互助社; a 22gi copy of a report on a 松滋 cooperative (traditional); a cnhubei forum letter from
a 峪山镇 contract farmer; a www6ccc copy of the 镇康 巡察 story (traditional); a yuzhongnet copy of
a report on 江西 农机 corruption (traditional); a 中国国情网 copy of the 新华社 report on 湖北's 15
cases; a 长城网 copy of the 京华时报 report on 落星堡村; a baogaosu copy of the 辉南 procuratorate
report; out: a 苍南 police report, a 法治甘肃网 report on the 红川法庭, a chineselaw copy of the
吉安 appeal judgment, a forum copy of the 南方农村报 survey of pig-farm compensation (traditional),
a blog copy of 田探虎's 维权网 letter, a 武冈人网 post, a 新泰 question and answer, a 央视网 big5
copy of the 沂南 dividend report (traditional), a yaozui post on the 空壳社 notice and a 遂平 note
on a 土地流转 acceptance check. Five texts are in traditional script (items 6, 8, 9, 16, 20; the
glossing pinyin of the converted copy removed in 006).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum and site lines, the pinyin glosses in brackets of the 中国国情网 copy
("[HuiNong]", "[ZhengCe]", "[JingGao]", "[ChuFen]", "[NongHu]") and the truncated last sentences of
the stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers; straight double quotes written “ ” (017); stray spaces removed (006, 007, 010, 012, 016,
022). Page oddities kept: "&&人" for "带头人" in the big5 copy (020), "购置和更新农生产所需" (012),
"家家户户已种地为生", "现在以为疫情管控" and "快要饿死了！！，" (019), "以向村里以要地为由" (007),
"省报的土地流转情况" and "有县纪委" (022), the mixed simplified forms of the converted traditional
copies (006 "什么", "這里", "以后", "村干部"; 008 "什么", "關系", "范圍", "對比后"; 009 "先后",
"并非", "于2004年"; 016 "縉云縣", "兔每只"), the list marks "●" (021).
scope "in" for alleged misconduct of a party member or public official (village cadres and the
party-member managers of village 扶贫互助社 included), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons (cooperative heads
without a post among them) and officials who only handled, investigated, announced or answered are
not accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed accused
official is (None, position, unit). Names, positions (as first written with the name, "原" kept,
"时任" dropped as in fresh104th.py) and units as written ("X镇党委…" as position '镇党委…', unit
'X镇', as in fresh64th.py); unit None when the text ties the person to no named unit. Topics only
from the twelve names of triage.md; subsidies and project money faked, kept off the books or
diverted are 廉洁纪律 (IS.INT.09), money or goods kept from the farmers they are for and favours to
relatives 群众纪律 (IS.MAS.02, IS.MAS.03). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (006, 007). Out
types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 1 (019), 其他 3 (020-022). 17
accused entries, all in items 1-11: 8 with a full name (曾贱保, 余汉亮, 余汉添, 李帮富, 黄祥秀,
黄随帮, 王紹萍, 李拉成), 8 masked (栾某, 陈某 twice, 李某某, 刘某 twice, 张某, 郭某), 1 post only.
Item 012 is in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  The page's headline (printed three times) cut; ends before the truncated 李俊民 sentence. Two
    men named 栾某: the 合作社负责人 (private, not accused) and the 农业局农经站负责人, the accused:
    ('栾某', '农经站负责人', '项城市农业局') as first written ("农经站长" later; the 站 in the
    position as fresh104th.py put the 科). 刘某 reports, the 办公室主任 only answers. 廉洁纪律 (虚报
    acreage, 竞标 collusion) and 贪污贿赂 (骗取 by a post-holder).
 2  The photo note "(资料图片仅供参考)" cut; ends before the truncated
    "原来，陈某是该合作社法人代表…", so the text does not say that 陈某 runs the 路翔合作社 (hard).
    ('陈某', '镇党委委员、副镇长', '拾回桥镇'), first written with the name as
    "拾回桥镇党委委员、副镇长陈某" (the acts were as 老山村 书记). The 村 staff who stalled are
    unnamed. 廉洁纪律 (套取物资) and 群众纪律 (farmers got less fertiliser than due).
 3  The title "【纪律在线】…", the sub-heading "督查现“猫腻”" and the truncated sub-heading and
    sentence "假账来“凑数”…" cut. ('曾贱保', '村支书', '三码头村'); 向小平 is the nominal 法人代表
    (private). Hard: the text gives only "没有进行专款专账核算、收据未入账" and a 处分, and his own
    "钱又没装进我自己的袋子里": 工作纪律 and 廉洁纪律 (账外, IS.INT.09).
 4  Site lines, title, source line and the heads "【典型案例】", "【案例剖析】" cut; ends before the
    truncated "这里的…是指在种" sentence. 余汉添 (互助社理事会会长, no village post written) is
    accused because he took a 党内严重警告 (a party member), as the brief counts party members.
    廉洁纪律 (挪用) and 群众纪律 (poor households' money, hard).
 5  The caption "李帮富代写的入社申请…" and the sub-heading "互助社成一人社，审核放款自作主" cut;
    ends before the truncated "帮人帮到…". ('李帮富', '村干部', '黄龙村') as first written with the
    name ("时任村主任" later); 黄祥秀 "时任村支书、理事长" ("时任" dropped) is accused as the
    "甩手掌柜" who co-signed the loan (hard; could be read as one who only neglected). 樊某
    (村委委员、村民小组长) only borrowed more than his share and 李某 is a member: not accused (hard
    for 樊某). 廉洁纪律 (挪用) and 工作纪律.
 6  Mixed: 劉國's own loss (base taken, 15萬, no contract: a business claim) beside a 村主任 who let
    another cooperative use his base and stalled the contract for eight months "有不可告人的目的";
    in, as 干涉生产经营 (IS.MAS.07, 群众纪律). Traditional, headline cut, "鮮食玉米合作社
    負責人劉國：" kept as the interview line (space removed); ends before the truncated
    "原來，去年底，健綠合作社…項目資金…" sentence, so the project money is not in the text (hard:
    without it the allegation is thin). (None, '村主任', None): the village is unnamed; the "村干部"
    who came to rent are unnamed.
 7  Mixed: a contract farmer's own 承包 rights and withheld 粮补款 (his claim) beside a 镇委书记 who
    rewarded a false petitioner and had the 财政所 stop the subsidy. The headline
    "镇委书记逼我去上访" cut; the paragraph spaces removed; ends before the truncated
    "其次，…以撤职相威胁，强". ('黄随帮', '镇委书记', '峪山镇') from "峪山镇委黄随帮书记" (as
    fresh19th.py and fresh87th.py wrote '镇委书记'). 方道军 is a private petitioner; the 财政所 only
    acted. 滥用职权 and 群众纪律.
 8  Traditional; the paragraph "這么久的事…記不清補助金的事情。" cut; ends before the truncated
    "移交給了縣紀委監…". Two 李某某: the accused station head ('李某某', '原畜牧技術推廣站站長',
    '鎮康縣農業農村局') and his cousin, a villager paid the subsidy (private). The relatives of
    趙某某 and 龔某某 "在該站工作" are unnamed and no act of theirs is written. 群众纪律 (优亲厚友)
    and 廉洁纪律.
 9  Traditional; the sub-heading "層層分食“唐僧肉” 20名農機局長落馬" cut; ends before the truncated
    新余 procuratorate sentence. ('王紹萍', '原局長', '江西省農機局'); the 20 局長 and 45 staff are
    unnamed groups. Off theme in part (農機 subsidies, no cooperative). 贪污贿赂 and 滥用职权.
10  The page header, the title and dateline "新华社武汉3月31日电(记者 李鹏翔)" cut; cut before the
    阳新 石某 paragraph (its last sentence is cut off in the copy). Five accused as written:
    ('刘某', '民兵连长', '湾潭村'), ('张某', '财经所干部', '湾潭乡'), ('陈某', '财经所所长',
    '湾潭乡'), ('刘某', '副主任', '市农村综合改革领导小组办公室') (the 市 is 汉川, unit as written),
    ('郭某', '乡党委副书记、常务副乡长', '湾潭乡'). 廉洁纪律 (截留, 账外), 群众纪律 (the tenants'
    subsidy) and 工作纪律 (the 乡 and 市 staff who let it through).
11  The site path, headline, source line and the two sub-headings cut; ends before the truncated
    "不能以单位名义接…". ('李拉成', '村支书', '落星堡村') as first written with the name
    ("该村支书李拉成"); his wife 寇彩侠 is only the name on the form. The 纪委 and 财政局 only act.
    廉洁纪律 (subsidy kept for village use) and 群众纪律 (the 租地人's subsidy); the Audi is only
    the villagers' remark.
12  Headline and date line cut; ends before the truncated 郭某 sentence, so the 农机站 heads and
    "某些农机系统工作人员" stay unnamed groups: in, no entry. 滥用职权 (渎职) and 工作纪律.
13  涉法涉诉: a private cooperative head's 种粮补贴 fraud in police hands; the page prints the
    report twice (kept once) and the "通讯员叶其念" line cut. Hard: the theme's fraud, but nobody
    holds a post.
14  涉法涉诉: a court's mediation of 26 farmers' rent suits against a cooperative; "法治甘肃网讯(…)"
    and the editor and copyright lines cut. Could be read as 个人利益诉求 (rent owed).
15  涉法涉诉: the opening of an appeal judgment between a cooperative and its tenant; the site path,
    title, the "结案日期…" line and the heads "当事人信息", "诉讼记录", "案件基本情况" cut; ends
    before the truncated account of the first judgment.
16  征地拆迁, traditional: a survey of pig-farm demolition compensation; forum lines and title cut,
    the sub-heading "拆遷補償與期限有關" and the truncated 上虞 sentence cut. The 地方領導 and
    畜牧獸醫局 are background. Could be read as 其他 (a survey, no claimant).
17  征地拆迁, hard: 田探虎's first-person letter on the contracted land (his cattle farm) taken for
    a highway without compensation; the blog's date, title, link and source lines cut; ends before
    the truncated "我买下牛…". "钱已经给了村干部了" is the 移动公司's word and the 村长 刘树旺 and
    会计 刘毅 only answer: no allegation of taking the money is made, out, no accused (could be read
    as mixed in).
18  征地拆迁: a paddy field ruined by a works road laid without asking; "基层干部无能" and
    "当地政府这样漠视" are the grievance, not an allegation of a named post's act. The disclaimer
    and copyright lines cut. Could be read as 个人利益诉求.
19  个人利益诉求: a grower's plea for help selling his lettuce and the 农业农村局's answer (尹义湖
    is the grower); the headline "新泰市群众咨询：新泰菜农滞销" cut; the plea has no closing
    punctuation on the page, so it runs into the answer line. Off theme (no cooperative).
20  其他, traditional: a 央视网 report on skewed cooperative dividends; "原標題:" cut; ends before
    the truncated 第三十七條 sentence. No official; 楊愛蓮 is content.
21  其他: a post on the 2019 空壳社 clean-up notice; the title and the account line "康博制药" cut,
    the label "附文件全文:" and the notice's signatures and date cut; the post's broken lines
    joined. Hard: it names 套取 but no one.
22  其他: a note on a county team's acceptance check of a cooperative's 土地流转 claim; the 纪委
    sits on the team and only checks; the "京公网安备" line cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH164: list[Item] = [
    # 01
    ('https://p2.ttnews.xyz/a/5e5f2cfadc9b5e216b67a8f3?lang=zh-hans',
     '农业补贴是国家扶持农村经济的一项重要制度。在政策方针的指导下，种植大户、农场主、新型农业主体成为国家'
     '重点扶持的对象。很多创业者抓住机会，承包农村土地开发农业项目。然而近日一份来自河南项城市的反映材料，'
     '再次将骗取农业补贴拉近了大家的视线内。项城市韩楼村居民刘某近日向我们反映，该村以及项城市所辖的丁集、'
     '南顿、高寺、秣陵等乡镇一部分土地，近年来以土地流转的方式让项城市红旗合作社承包了。从2016年项城市红旗'
     '合作社负责人栾某和项城市农业局农经站负责人栾某（二人系同村同族），利用职务便利以虚报土地亩数方式骗取'
     '国家土地深耕补贴资金近千万。2017年5月肥料竞标中，红旗合作社负责人栾某利用自己开办的公司，和农业局农'
     '经站长栾某合伙把产油大县奖励资金扶持项目资金中的一部分作为购买肥料款，后提高正常批发价，按照《招标法'
     '》标底价应与批发价接近赚取差价等等。随后，我们来到项城市了解情况。在项城市农业局办公室，我们说明来意'
     '后，农业局办公室主任说“这事情已经处理过了，你们去宣传部了解吧”。我们提出查看一下项城市红旗合作社实际'
     '深耕的地亩数和上报的地亩数时，办公室主任说：“你们还是去宣传部了解吧。”我们对此感到不解，既然已经处理'
     '过的事情，何必遮遮掩掩呢。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('栾某', '农经站负责人', '项城市农业局')]),
    # 02
    ('http://m.igdzc.com/city/redian/0827/27132366.html',
     '“我对自己犯下的错误感到羞愧，对不起组织的培养和信任……”在湖北省沙洋县纪委监委的谈话室里，陈某后悔不已'
     '。事情源于去年8月，沙洋县纪委监委收到县审计局移交的问题线索，反映该县拾回桥镇党委委员、副镇长陈某在'
     '担任该镇老山村党支部书记、主任期间，存在虚报高油酸油菜种植面积套取物资问题。“高油酸油菜种植是全县重'
     '点特色农产业，决不能让群众失去种植积极性和信心。”该县纪委监委和县审计局立即成立核查专班开展核查。“为'
     '鼓励农户种植，全县采取种植1亩高油酸油菜免费发放1斤种子并补贴28斤肥料的标准进行扶持。”“各镇分村公示确'
     '认种植农户和面积后，由县农业农村部门统一分发种子。后期将根据抽查种子发放情况配发肥料。”在向相关部门'
     '了解高油酸油菜种植的扶持政策和工作流程后，核查专班调取了老山村上报的高油酸油菜种植明细表。通过梳理，'
     '该村上报高油酸油菜种植面积3423亩，占全村耕种面积90%，但核查专班电话询问了解到多数农户种植高油酸油菜'
     '意愿不强。“这不是我签的，我没有在物资领取清单上签过字。”“我当时领的肥料没有这么多。”核查专班前往老山'
     '村实地走访，了解到有些种植户物资领取清单中的签名并非本人，有些种植户领取的肥料少于应补数。核查专班立'
     '即到村委会核实，该村工作人员闪烁其辞，以原始资料丢失为由搪塞，但仍从其言语中捕捉到涉及一家叫路翔合作'
     '社的某些讯息。随后，核查专班立即前往该合作社，发现仓库内堆放着大量的油菜种子和肥料，在仓库角落里找到'
     '了一些满是涂改的“小账”。核查专班通过核查“小账”数据，终于揭开了真相。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('陈某', '镇党委委员、副镇长', '拾回桥镇')]),
    # 03
    ('http://www.sxfj.gov.cn/gong_zuo_dong_tai/yi_xian_kuai_bao/222232827.shtml',
     '“前段时间挨了处分，当时确实挺难受，钱又没装进我自己的袋子里。后来经过组织的教育开导，我彻底明白了，'
     '扶贫资金每一分都必须用在刀刃上，我作为村委班子领头人更应该不踩红线，扎扎实实搞好村里工作。”2020年2月'
     '，冒着寒风，沅江市草尾镇三码头村村支书曾贱保奔波在疫情防控和春季复产的路上。曾贱保所说的事情，源于去'
     '年上半年进行的全市产业扶贫资金专项督查。“在对草尾镇三码头村稻虾种养专业合作社检查过程中，发现该合作'
     '社存在20万元产业扶贫资金没有进行专款专账核算、收据未入账等问题”，督查组发现这一问题后，迅速将线索上'
     '报。随后，沅江市纪委监委派调查组到三码头村进行调查。调查组了解到该村的稻虾种养专业合作社是前三码头村'
     '村委筹钱成立的，名义上是一个叫向小平的人为法人代表，但事实上是由三码头村村委进行监管，现任村支书曾贱'
     '保就是实际监管人。“你讲一下这20万产业扶贫项目资金的来源以及它的用途。”调查人员开门见山地问曾贱保。“'
     '合作社的这20万产业扶贫资金是我们从金江水产有限公司争取到的，分配到我们合作社进行稻虾养殖的投资。为了'
     '争取到这笔资金，村委与该公司签订了协议书，规定委托合作社实施帮扶项目，合作社享受项目财政资金的25%（5'
     '万），其余75%（15万）按2000元一个人的标准折算到贫困户。”曾贱保回答。“那么贫困户怎么去参与分红了？”“'
     '合作社作为帮扶主体，5年期内自主经营，盈亏自负，贫困户不承担经营风险，合作社需支付贫困户每人每年200元'
     '以上委托帮扶的保底分红收益。5年过后，合作社才与贫困户双方同股同利，风险共担。”曾贱保介绍道。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     [('曾贱保', '村支书', '三码头村')]),
    # 04
    ('https://cyqf.gov.cn/news_view.asp?id=1605',
     '2015年下半年，经饶平县海山镇余厝村党支部书记、村委会主任、村扶贫互助社监事长余汉亮与该村扶贫互助社理'
     '事会会长余汉添商议后，由余汉亮于2015年12月、2016年4月先后二次主持召开村委连同互助社理事会成员等人参'
     '加的扩大会议，会议讨论同意将互助社的扶贫专项资金分两次共支取人民币19.8万元（以下未标明币种均为人民币'
     '）借给余厝村，用于支付村建设办公楼和村道结欠的工程款。会后，经余汉添授意，互助社从该社账户分两次共支'
     '出19.8万元借给余厝村用于支付工程款。2018年1月，余汉亮、余汉添均被饶平县纪委给予党内严重警告处分。本'
     '案是一起违规挪用扶贫互助社扶贫专项资金的典型案例。扶贫互助社，是由贫困村村民自愿参加成立的非营利性互'
     '助资金组织，主要是通过创新扶贫模式，有效缓解贫困村、贫困农户生产发展资金短缺问题。村常年居住户口，年'
     '满18周岁且有劳动能力，每户一人按照入社程序申请，可加入成为互助社社员。《广东省贫困村互助资金和小额贷'
     '款贴息省级补助资金管理办法》（以下简称《办法》）第九条规定，互助资金主要用于支持具有一定发展能力的合'
     '作组织成员发展生产经营性项目，包括种植业、养殖业、农副产品加工和营销等。非生产经营性项目、公益设施建'
     '设项目、试点村开展试点所需的培训和组织实施费用以及管理、监督机构的人员经费、工作经费不得使用互助资金'
     '。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('余汉亮', '党支部书记、村委会主任、村扶贫互助社监事长', '余厝村'),
      ('余汉添', '扶贫互助社理事会会长', '余厝村')]),
    # 05
    ('https://guozhigang.com/news/showat/articleqx_17056',
     '去年5月，乐山市沐川县沐溪镇黄龙村扶贫互助社依规停办。这背后，为了帮助村民还款，村干部李帮富垫过不少'
     '钱，最终却挨了个处分。个中原因还得从该村成立互助社时说起。原来，早在2009年，黄龙村成立了由财政补助15'
     '万元、村民缴纳互助金3.43万元的扶贫互助社。这本是件大好事，相当于村里开了个“小银行”，入股村民可以从中'
     '借款，缓解生产发展资金短缺问题。然而，李帮富却将其视作自家“提款机”，管理随意，借款糊涂，借机挪用，最'
     '终借款难收。黄龙村互助社理事会成立之初，时任村支书、理事长黄祥秀就当起“甩手掌柜”，大小事务很少过问。'
     '理事长“不理事”，业务工作就落在了时任村主任的李帮富身上，他会计、出纳“一肩挑”，有时甚至代黄祥秀签字审'
     '核。互助社的执行小组长、监督小组长、监督员等形同虚设，从未履职。这种监督缺失的管理模式，导致互助社审'
     '核发放借款极其随意。社员樊某想发展产业，向互助社申请借款5000元。考虑到樊某是村委委员、村民小组长，黄'
     '祥秀、李帮富大笔一挥，直接放款。李帮富事后发现，只交纳300元互助金的樊某，按照章程最多能借款3000元。“'
     '他是小组干部，应该靠得住，钱都借出去了，也不好意思再要回来……”碍于情面，讲“义气”的李帮富默默为樊某补'
     '缴了互助金200元。2017年2月，黄祥秀因病退职，李帮富接任理事长，借款审核、业务办理均由他一手完成，互助'
     '社彻底变成无人监督的“一人社”。当年8月，社员李某口头申请借款5000元。面对平时“称兄道弟”的李某，李帮富'
     '依然很是“义气”，直接将钱借出。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('李帮富', '村干部', '黄龙村'), ('黄祥秀', '村支书、理事长', '黄龙村')]),
    # 06
    ('http://www.22gi.com/html/news/jituandongtai/2016/0617/796.html',
     '有位松滋的鄉親給我們打電話，說他的合作社被別人掛上了蔬菜合作社的招牌，都已經八個月了，讓他很氣憤。鮮'
     '食玉米合作社負責人劉國：“我這原來都是鮮食玉米合作社的招牌，全部換成了健綠蔬菜合作社的招牌。這個牌子'
     '當時也換了，這個月的10號他們給我換回來的。”自家的大門上掛著別人的招牌，這中間一定還有什么隱情，要不'
     '然換誰，肯定早就把這招牌給拆了。鮮食玉米合作社的負責人劉國說，去年下半年，村干部來找他，說要租賃玉米'
     '合作社的場地，給健綠蔬菜合作社辦公。劉國說他當時沒有同意租賃場地的提議，而是提出雙方可以合作，希望以'
     '自己基地為資產，加入健綠合作社，共同發展，對方當時回答“明天就搬進來”。口頭協商好以后，招牌就換成了健'
     '綠蔬菜合作社的招牌了。劉國這1500平方的基地就成了健綠的辦公場所。健綠搬進來以后，劉國多次去找村主任簽'
     '合同，但卻一次次被拖延，這一拖就是八個月。八個月時間，劉國沒有跟健綠達成合作，自己的玉米生意也幾乎停'
     '滯了，損失自然不小。他說：“好比你一個做面包的，掛賣大米的招牌，別人來不來？如果還是我玉米的招牌，今'
     '天可以發展500畝的玉米。供種供肥回收玉米，一畝田300塊錢的利潤，直接損失15萬。”說到這里，劉國氣憤地說'
     '，村主任和健綠合作社就是利用他的場地，有不可告人的目的。',
     'in', None, True, ['群众纪律'],
     [(None, '村主任', None)]),
    # 07
    ('https://bbs.cnhubei.com/thread-4560507-1-1.html',
     '尊敬的领导：我于2004年在襄阳市襄州区峪山镇朱洼村四组承包了五块三级撂荒地，并签订了承包合同，进行耕种'
     '和植树。这期间，依据承包合同约定和通过严格的申报程序，襄州区政府给我颁发了林权证和土地经营权证，2016'
     '年又对我的承包地进行了确权，从法律上对我的承包经营权加以确认和保护。朱洼村四组村民方道军以前是在外地'
     '作上门女婿，在朱洼村没有分到土地，2015年又回到朱洼村。方道军于2016年2月受人指使和其他几个多年在外的'
     '无地人员以向村里以要地为由到处上访（幕后主使人派出所已查出），意图给村组施压把我的承包合同作废，达到'
     '瓜分我承包地的目的。后经襄阳市工作组裁决认定方道军等人不符合分地条件。方道军仍不甘心，继续四处上访诬'
     '告，无理取闹，影响社会稳定。峪山镇委黄随帮书记为息事宁人，减少信访问题，就对方道军极力进行安抚，给其'
     '2万元补助和5亩地耕种，并放纵方道军以各种名目对村组干部和我进行诬告信访，即使是在市工作组、区纪委、区'
     '公安局对各种诬告信访问题进行调查核实，认定方道军举报的朱洼村三十多件事均不属实，纯属诬告之后，黄书记'
     '对方道军这种有违公序良俗，危害基层稳定的行为仍然采取听之任之的态度。而对于我，黄书记则是采取强权打压'
     '的办法，逼迫我步步退让。首先，以承包合同土地面积与实际耕地面积不符为名，其个人认定我冒领国家粮补款，'
     '强制命令峪山镇财政所扣发了2017年度我应得的粮补款近1.5万元，并于2017年6月给我下发退款通知书，让我退还'
     '承包地以来所谓冒领的粮补款10万多元。',
     'in', None, True, ['滥用职权', '群众纪律'],
     [('黄随帮', '镇委书记', '峪山镇')]),
    # 08
    ('http://www.www6ccc.com/html/2023/yunlingyaowen_1206/124992.html',
     '“當時覺得退牧還草的補助金不算多，自己就能說了算，用來賣個人情沒什么，現在才知道這種想法錯得離譜。”面'
     '對紀律處分決定，云南省臨滄市鎮康縣農業農村局原畜牧技術推廣站站長李某某悔恨不已。一切還得從一本不起眼'
     '的花名冊說起。不久前，鎮康縣委第一巡察組在對鎮康縣農業農村局畜牧技術推廣站進行延伸巡察時，一份2015年'
     '草原畜牧業生產方式轉變項目補助花名冊引起了巡察組干部的注意，對比同期領取補助的其他村民，有三名村民領'
     '取的補助金竟高出6000至10000元不等。這三人是誰？為什么他們領取的補助金與其他人相差如此之大？為解開疑'
     '問，巡察組立即到該項目實施地點——勐捧鎮南梳壩村和半個山村查閱相關資料，同時還到財政部門調取了該項目實'
     '際補助款兌付表和補助資金撥付明細，兩相對比后巡察組發現了蛛絲馬跡。“李某某、趙某某、龔某某3戶都來自木'
     '場鄉，并不在項目補助金劃定的范圍，為什么還享受了補助？”“是不是他們在勐捧鎮有土地？”帶著疑問，巡察組'
     '隨即找到這3戶村民進行核實。“他們三戶都是土生土長的木場鄉人，家庭產業都在木場鄉。”在調取資料深入查驗'
     '后發現，三人在勐捧鎮均沒有土地，這讓巡察組的疑問愈發強烈。當巡察組正在計劃下一步查證方向時，意外地從'
     '三人的家庭關系中發現了端倪。“李某某的表兄李某某在縣農業農村局畜牧技術推廣站任站長，趙某某、龔某某兩'
     '人也有親戚在該站工作，這中間肯定有問題。”根據巡察組的了解，這項補助金的認定和發放正是由該縣畜牧技術'
     '推廣站負責。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('李某某', '原畜牧技術推廣站站長', '鎮康縣農業農村局')]),
    # 09
    ('http://www.yuzhongnet.com/dfpd/2014-03/31/content_17392262.htm',
     '大到手扶拖拉機、挖坑機，小到太陽能殺蟲燈，紛紛鉆政策空子，大肆套取農機補貼，造成國家農機補貼資金巨大'
     '流失……去年以來，江西查辦的農機領域腐敗系列案件中，省市縣三級共20名農機局長落馬，讓人震驚。隨著春耕備'
     '耕時節來臨，農機購置進入高峰期。專家指出，近年惠農補貼資金時常曝出未用在刀刃上，騙補、腐敗現象頻出，'
     '加大監管、“補貼賬”曬透曬細是當務之急。為促進提高農業機械化水平和農業生產效率，財政部、農業部于2004年'
     '共同啟動實施了農機購置補貼政策。僅2013年，中央財政安排農機購置補貼資金就達217.5億元。據江西省農機局'
     '有關負責人介紹，江西農機購置補貼政策實行“自主購機、縣級結算、補貼入卡、逐級監督”方式，2013年中央財政'
     '下撥江西的農機補貼資金為7.348億元，今年下撥的上半年補貼資金為5.9億元。然而，中央下撥且逐年增加的龐大'
     '補貼資金，成為了一些腐敗官員和不法商人的覬覦目標。據辦案人員介紹，2007年7月至2012年11月，江西省農機'
     '局原局長王紹萍先后收受各地農機商等22人行賄的財物共計700余萬元。作為回報，王紹萍為行賄人套取農機補貼'
     '大開“綠燈”，將不符合享受農機補貼條件的產品進入江西省農機購置補貼產品目錄，造成國家農機補貼資金損失達'
     '2203萬元。為此，王紹萍最終被法院以受賄罪、濫用職權罪兩罪并罰，判處有期徒刑18年。因農機補貼資金引發的'
     '腐敗案，王紹萍并非特例。今年1月，江西省人民檢察院披露，去年省檢察院組織查辦的全省農機系統45名國家工'
     '作人員涉嫌濫用職權，致使大量農機購置補貼被套取窩串案，涉及省市縣三級農機局長20人。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('王紹萍', '原局長', '江西省農機局')]),
    # 10
    ('http://zggq.com/a/guoqingdongtai/2011/0331/10051.html',
     '利用职权截留、抵扣、挪用强农惠农资金、侵犯农民土地承包权、以人口普查为名违规收费……记者31日从湖北省纪'
     '委获悉，湖北日前严肃查处了15起农村基层违反强农惠农政策行为，并要求全省基层党员干部要从中汲取深刻教训'
     '，引以为戒，确保党的强农惠农政策落到实处。经查，湖北省汉川市湾潭乡湾潭村有100多亩机动田，村里将这些'
     '机动田发包给农户耕种后，将种粮面积归并在村干部名下上报、领取粮食补贴资金。2007年至2009年，该村共截留'
     '粮食补贴资金5.47万余元，并置于账外用于村其他开支。汉川市纪委决定，分别给予湾潭村民兵连长刘某、湾潭乡'
     '财经所干部张某党内严重警告处分；给予湾潭乡财经所所长陈某、市农村综合改革领导小组办公室副主任刘某、湾'
     '潭乡党委副书记、常务副乡长郭某党内警告处分。',
     'in', None, False, ['廉洁纪律', '群众纪律', '工作纪律'],
     [('刘某', '民兵连长', '湾潭村'),
      ('张某', '财经所干部', '湾潭乡'),
      ('陈某', '财经所所长', '湾潭乡'),
      ('刘某', '副主任', '市农村综合改革领导小组办公室'),
      ('郭某', '乡党委副书记、常务副乡长', '湾潭乡')]),
    # 11
    ('http://law.hebei.com.cn/system/2014/10/27/014196856.shtml',
     '23日，据陕西岐山县蔡家坡镇落星堡村二组村民反映，“村支书妻子名下竟有500多亩耕地，村支书开着豪车每年领'
     '取4万余元的国家粮食直补款。”该村支书李拉成说，只是暂时将粮食直补款打到媳妇名下。岐山县纪委、县财政局'
     '相关负责人称，该村支书行为违规，目前已介入调查。10月23日，岐山县蔡家坡镇落星堡村二组公示栏上张贴的一'
     '张《岐山县2015年粮食综合补贴面积核定表》引起了村民的注意。在村上核定的粮食直补面积中，村党支部书记李'
     '拉成的妻子寇彩侠的补贴面积为558亩，村民质疑村支书开着奥迪豪车，领着国家粮食直补款，其行为不妥。村民'
     '李师傅说，组里的机动耕地大约有40亩，根本没有500亩之多，如果按照去年粮食直补每亩价格为84.85元计算，50'
     '0亩耕地就可以领取补贴42425元，“农民种粮两三年也挣不到这么多钱！”李师傅说。村民王师傅说，他与李拉成是'
     '邻居，据他的了解及《核定表》显示，李拉成名下的种植面积还有17亩多。王师傅说按国家规定，粮食补贴必须是'
     '一户一组一账户，若以李拉成名义申报，那么其妻子就不能申报，现在两人名下都有耕地，明显违反国家规定。当'
     '日，蔡家坡镇落星堡村党支部书记李拉成说，村上目前有600余亩机动耕地，这些耕地都已承包出去，由于当时的'
     '承包价较低，为了弥补这部分收入，村里决定不把粮食直补款发放给租地人，而是留作村里自用。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('李拉成', '村支书', '落星堡村')]),
    # 12
    ('https://changchun.baogaosu.com/xinwen/%E5%86%9C%E6%9C%BA%E8%A1%A5%E8%B4%B4%E4%B8%AD%E7%9A%84%E6'
     '%B2%B9%E6%B0%B4/51173793',
     '为促进提高农业机械化水平和农业生产效率，国家出台农机具购置补贴政策，对农民个人、农场职工、农机专业户'
     '和直接从事农业生产的耕地作业、农机作业服务组织，购置和更新农生产所需的农机具给予补贴。这原本是一项利'
     '民、惠民政策，但却被一些“蛀虫”盯上，利用不法手段从中牟利，给国家和人民带来损失，辉南县检察院就查办了'
     '这样一系列案件。2011年6月份，当地群众向检察机关反映农机系统工作人员涉嫌渎职犯罪的案件线索，经调查核'
     '实后，该院决定争取公安机关配合侦查此案。结合当地农业生产特点，办案干警从全县农机补贴审批、审核、发放'
     '情况档案中抽剥出有价值的线索100余条，会同公安机关干警奔赴各个乡镇，展开了对案件的进一步侦查。通过对'
     '这些农民的走访，干警发现了大量农民身份被冒用的情况，所存在的问题都直指一批农机贩子和一些农机站站长，'
     '其中，农机贩子利用某些农机系统工作人员不认真履行工作职责的漏洞，在农机补贴审批、审核、发放等环节弄虚'
     '作假套骗国家农机补贴款，根据前期掌握的大量证据，该院调集反渎部门精干力量全面开展了突审和立案工作，取'
     '得了案件的重大突破。“农机站站长是农机购置补贴工作审核第一关，监督管理农机使用的直接负责人，掌握当地'
     '农业作业需求和农民生产需要的具体情况。发生套取农机补贴款这样的事，农机站站长是关键。”该案办案干警回'
     '铁坤说到。',
     'in', None, False, ['滥用职权', '工作纪律'],
     []),
    # 13
    ('http://m.cnlg.cn/news/20160622/103281.htm',
     '日前，苍南县公安局灵溪中心派出所接线索称，该镇农民黄某虚报种植面积，套取国家种粮补贴。接报后，该所迅'
     '速组织警力展开调查，并依法传唤了黄某。经查，黄某于2008年在苍南县灵溪镇开办了一个水稻合作社，种植水稻'
     '。2012年，该县出台了对种粮大户进行补贴的政策。黄某便就此动起了歪脑筋，通过伪造承包合同，虚构种粮面积'
     '，向政府申领种粮大户补贴，金额10余万元。现黄某已被苍南警方刑拘，案件还在进一步审理中。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://www.gsfzb.com/content-420-144146-1.html',
     '近日，成县法院红川法庭充分发挥司法能动性，通过耐心调解成功化解26起涉农土地租赁合同纠纷案件，既保障了'
     '26名农户的合法权益，又助力合作社纾困解难，实现了法律效果与社会效果的有机统一。2012年，被告某合作社为'
     '生产经营，与26户村民分别签订《土地经营权流转合同》。合同签订后，被告按照合同约定按期向26户村民支付土'
     '地租金。但2019年以后，被告因经营困难，开始拖欠村民租金。无奈，26户村民遂诉至法院。考虑到案件涉及农户'
     '切身利益和涉农合作社生存发展，若处理不当，易激化矛盾，影响辖区特色农业产业稳定。红川法庭受理案件后，'
     '迅速启动涉企纠纷“绿色通道”，组建“法官+调解员”专班，以“调解优先、调判结合”为原则，力求实质性化解纠纷'
     '。面对农户诉求集中与合作社经营困难的双重压力，承办法官深入田间地头走访调查，发现合作社因经营不善导致'
     '资金周转困难，并非恶意违约，法庭随即采取“三步调解法”：1.分类梳理矛盾：针对租金支付、土地复垦等争议焦'
     '点，逐户制定调解方案，明确法律风险；2.双向释法纾困：向农户解读农村土地承包法相关规定，引导理性维权；'
     '向合作社释明诚信经营法律责任，建议其盘活资产、分期履行；3.多元联动解纷：联合镇村调解组织，明确农户土'
     '地面积，帮助农户把账算明白。最终，经多轮释法说理及“面对面”“背对背”调解，26户村民与某合作社达成一致意'
     '见，案涉80余亩土地已由农户自行复耕。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.chineselaw.com/mapDetail/510',
     '上诉人（原审原告、反诉被告）：遂川县惠民水稻种植病虫防治专业合作社，住所地江西省遂川县雩田镇任溪村，'
     '组织机构代码06349066-8。法定代表人：袁硕华，该合作社总经理。被上诉人（原审被告、反诉原告）：巫外国，'
     '男，1964年9月18日出生，汉族，住江西省石城县。委托诉讼代理人：魏运科，广东华商（赣州）律师事务所律师'
     '。上诉人遂川县惠民水稻种植病虫防治专业合作社（以下简称惠民水稻种植合作社）因与被上诉人巫外国土地租赁'
     '合同纠纷一案，不服江西省遂川县人民法院（2016）赣0827民初1188号民事判决，向本院提起上诉。本院于2017年'
     '5月15日立案后，依法组成合议庭进行了审理，本案现已审理终结。惠民水稻种植合作社上诉请求：撤销原判，依'
     '法改判，支持惠民水稻种植合作社在一审提出要求巫外国支付拖欠租金和押金的诉讼请求，驳回巫外国的反诉请求'
     '。事实和理由：惠民水稻种植合作社已依与巫外国签订的租田合同约定将水田交付给巫外国使用，但巫外国没有按'
     '照合同约定的时间交付全部租金和押金，拖欠租金30667.2元、押金30000元。巫外国耕种后水田遭到破坏需要复耕'
     '，其应按合同约定支付30000元押金，原判以没有证据证明水田遭到破坏不予支持给付押金的理由不成立。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://www.ahrqab.live/club/show.php?itemid=2',
     '近日，據媒體報道，廣州清拆豬場再度導致暴力沖突，令人痛心。拆遷，是當今養豬人繞不開的話題。而隨著拆遷'
     '矛盾的不斷出現，豬場拆遷也在不斷地變換著方式——補償從多到少再到無，豬場從搬遷到強拆再到不拆。南方農村'
     '報記者搜集了廣東惠州、東莞、增城，江西南昌、宜春，廣西陸川，海南海口，浙江杭州、紹興、瑞安、麗水等地'
     '的豬場拆遷補償標準，也尋得一些規律。總結搬遷的一些特點，豬場所在的地方政府要有錢，豬場所在地政府有更'
     '好的規劃，地方領導或者一些協會比較開明。比如同樣在浙江的麗水縉云縣補償標準是：按文件規定該批畜禽養殖'
     '場（在2014年5月31日前自行拆除清理的）除畜禽處置補助、自行拆除誤工補助外，還可得到自行拆除誤工補助總'
     '額15%的獎勵。但一位稱作老田的，其養豬場在麗水縉云新建鎮欽村，生豬存欄七百多頭。報道中他表示，80斤以'
     '上的豬補償200元，80斤以下的只補償120元。同樣是在浙江的瑞安補償標準也少了許多（如上表）。但值得肯定的'
     '是，當地政府還比較好。“未取得設施農用地備案的畜禽養殖場原則上不予補助，考慮到養殖戶生產生活困難，對'
     '按期拆除的，給予困難補助。補助金額按照畜禽存欄量計算，豬羊每頭100元、牛每頭300元、兔每只3元，禽類每'
     '羽2元。”報道中，瑞安市畜牧獸醫局相關負責人說，申請延期拆除的養殖場，要與所在鎮街簽訂延期拆除協議書，'
     '期滿拆除不再予以補償。可見同在浙江，其地區不同、發展不同，差別也是相差甚遠。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://debatechina.blogspot.com/2009/02/blog-post_6122.html',
     '我叫田探虎，今年45岁，家住陕西省绥德县中角乡大庄里村，全家五口人。2003年农历正月十三，全村120多户开'
     '会，公开承包村里的一些土地。经过公平竞争，我承包了村里的52亩坝地，承包期为8年，承包费共21340元，当场'
     '签了合同，一次性缴清承包款。承包时我就盘算好了，利用承包地种饲料，从事肉牛养殖业。承包后我雇人平整、'
     '深翻了土地，种了洋芋、玉米，买了七头牛、两辆三轮运输车，一台铡草机，一台粉碎机，盖了牛棚，共投资约8'
     '万元。在承包后的两年里，我每年雇七八个人种地、喂牛，每年付工钱七八千元。2004年10月，村会计刘毅给我个'
     '书面通知，说国家要建太原至银川的高速公路，经过我们村，占我们村的地，要收回我承包的地。我问说：我8年'
     '承包期，只种了两年，投资那么多，占多少地？应补偿多少？会计没提补偿的事。到2004年12月底，建路单位来测'
     '量划线，占了我承包地的17亩，村干部根本不提补偿的事。2005年春天，我在没有占的地里种了蓖麻、玉米。到4'
     '月中旬，因高速公路占用了电话线路，移动公司要把电话线路移到我没有被征用的地里，共十七根线杆，连占地带'
     '施工，要毁坏不少青苗，我到现场阻拦，移动公司的人说：“不白占你的地毁你的苗，栽一根杆，拉一根拉线，给'
     '你补偿40元，钱已经给了村干部了。”我接着找到村长刘树旺问这件事。村长说：“人家给不给钱，我也不知道，这'
     '坝地都收回来了，去年冬天就已经通知你了，没你的事了。”我说：“村里没给任何补偿，说收就收了？”村长刘树'
     '旺说：“你承包地八年，已经种了两年，给你退6年的承包款和利息。”',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://4305.cn/w/b6nnxbhf48l',
     '我老家是马坪乡石地村石地园，离开家乡已经有10多年了，一直在广东这边生活居住。因为没人照顾小孩，年迈的'
     '父亲也随我在这边生活，帮助照顾小孩。父亲已经60多岁了，还要背井离乡，我也难过。但是生活这样，没有办法'
     '。前不久，放暑假了，他老人家特意回老家一趟。不料才回到老家，就看到一个晴天霹雳的事情，我家原有一块有'
     '7分多口粮田被毁了。原来，有关部门在我们石地园修建水利设施时，竟然在我家的水田里修了一条便道，方便运'
     '载碎石和水泥等物料。修建水利设施，本是好事。我们全家人举双手赞成。但是在我家的水田上修建便道时，根本'
     '就没人问过我家的人。也没有人通知我的家人。还是我父亲回到老家后才知道。而这时，这项工程已经开始了数个'
     '月。而这样的乌龙事情，据村干部介绍，说是工程包工头搞错了。对此，我们全家人都十分无语。我不知道是基层'
     '干部无能，还是欺负我们这些弱小老百姓。水田是农民的命。如今，我家仅有的良田里面遍布碎石，以后也基本失'
     '去耕种的功能。目前，老父亲投诉到当地村干部那儿，村干部也表示要处理这事。但是一直到现在，也没有给我们'
     '答复。找到包工头，包工头只答应帮清理田里石头。今天已经开始在清理了。那些石头怎么清理得干净，水田的生'
     '产肯定受影响了。在此，我希望上级有关部门和有关领导，要重视我这样老百姓的声音，保护村民的利益。如果当'
     '地政府这样漠视老百姓的诉求，我们将通过各种手段维持自己的权益。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://ktkj.cn/artinfo/6254.html',
     '我是新泰城南的一名村民，疫情管控期间请求市领导、市民援助。城南近5、6个村，家家户户已种地为生，保守估'
     '计莴苣产量有一万吨，我家种植的大棚莴苣即将入市，现在以为疫情管控所有的市场都关停了，大车不让来，莴苣'
     '已经到了成熟期，滞销卖不出去，望领导看见高度重视，帮帮我们，农民种菜不容易，一年就指望着莴苣养家糊口'
     '，从扎棚到成熟已经大半年了，现在没车来收，家家户户都快要饿死了！！，疫情期间也要重视老百姓啊，希望出'
     '台政策帮帮我们农民朋友吧新泰市农业农村局在2020-02-14回复：您好，您好，已和尹义湖取得联系，得知对方种'
     '植的莴苣上市还有10多天时间，当事人怕到时外地客商进不来，影响蔬菜产生滞销，我局承诺帮助协调交警部门给'
     '予发放通行证，确保蔬菜产得出、卖得掉。当事人答应我们的服务承诺，表示满意。如您还有其它问题，请联系市'
     '农业农村局办公室，联系电话：0538―7222227。感谢您对我们工作的支持。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://big5.cctv.com/gate/big5/sannong.cntv.cn/2015/01/26/ARTI1422252216608699.shtml',
     '剛進臘月門，楊愛蓮就拿到了合作社的90元分紅，她家入股的金額是1000元。“入股1000元能分到90元紅利，比存'
     '銀行合適。我還想多入點股，可是合作社不讓，只允許我入股1000元，即1股。”楊愛蓮家在沂南縣蒲汪鎮大趙家村'
     '，因地與日照接壤，就加入了日照的一家花生專業合作社。合作社有社員712戶，分佈在日照、臨沂多個縣市區的7'
     '0多個村。合作社年加工銷售花生米3萬餘噸。記者隨手翻了翻這家合作社的賬本，發現社員分紅差距很大。大多數'
     '社員和楊愛蓮一樣，2014年的分紅只有90元，10多人有三五千元，但也有分得多的，其中有5個人的分紅達到了近1'
     '0萬元。差距為什麼會如此之大？這家合作社的負責人介紹説，合作社600多萬元的股金主要來自5個發起人，其他'
     '社員入股只是象徵性的。“前年合作社建了一個花生油加工廠，投資500萬元左右，社員也曾經提出入股，不過，由'
     '於合作社這幾年發展很快，自有資金比較充裕，所以就沒必要募集股本。”農業合作組織對社員入股有抵觸不是個'
     '別現象。農業部經管司赴聊城、泰安、濟寧3市，對農民專業合作社發展情況進行的專題調研報告中就提到，一些'
     '合作社的股本結構往往發起人佔出資大頭，存在“一股獨大”風險。安徽農業大學對山東農民專業合作社規範化發展'
     '的研究報告中也提到，根據對泰安、臨沂兩市的實地調研和全省13個市的問卷調查發現，少數人佔有60%-80%股份'
     '的合作社不在少數。報告説，現在的合作組織在市場競爭力、經營效益方面相對較好，也更符合我國農村生産的實'
     '際情況。不過，目前合作社的股權越來越集中到少數人手中，從某種角度説，合作社的&&人更像是具有較大買賣能'
     '力的經紀人，可以説已經背離了合作社的成立初衷。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://yaozui.com/p/762848',
     '近几年僵尸合作社、空壳合作社骗取国家补贴，项目扶持资金的事件数见不鲜，国家要整顿这些合作社了！中央农'
     '村工作领导小组办公室、农业农村部、市场监管总局、发展改革委等11部门联合印发《开展农民专业合作社“空壳'
     '社”专项清理工作方案》的通知。通知提出，将重点清理六大类合作社，包括：●无农民成员实际参与●无实际性生'
     '产经营活动●因经营不善停止运行●涉嫌以合作社名义套取国家财政奖补和项目扶持资金●群众举报的违法违规线索●'
     '从事非法经营活动，如变相高额揽储、高利放贷和冒用银行名义运营等各省、自治区、直辖市、计划单列市、新疆'
     '生产建设兵团党委农办、农业农村（农牧、农业）厅（委、局）、市场监督管理局、发展改革委、财政厅（局）、'
     '水利厅（局）、税务局、银保监局、林草厅（局）、供销合作社、扶贫办：经国务院领导同意，决定开展农民专业'
     '合作社“空壳社”专项清理工作。现将《开展农民专业合作社“空壳社”专项清理工作方案》印发给你们，请结合实际'
     '，认真贯彻落实。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://nmwwt.org/html/7njdt/20130718/67034.html',
     '2013年4月10日下午，有县纪委、县农办、县财政局、县农业局联合组织的土地流转验收小组一行，对遂平县常庄'
     '乡粮机农机合作社省报的土地流转情况进行了实地验收。验收小组人员深入到村里了解群众、实地查看、实地测量'
     '、实地拍照、并对申报材料的真实性进行了核实。对于瞒报虚报的土地流转面积一一取消，不予验收，对于符合奖'
     '励政策的流转土地，出具了验收报告，并在验收报告上有乡长、乡纪委书记、乡财政所长、乡农办主任及县土地流'
     '转验收小组主要成员的签字，确保了流转土地的真实、合法性。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH164, "fresh164")
