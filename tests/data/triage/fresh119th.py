"""Sealed batch fresh121: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh119th.py; the batch and its row ids are "fresh121".)

Theme: animal husbandry, veterinary and slaughter inspection (畜牧兽医局, 动物卫生监督所, 检疫站,
定点屠宰): inspectors paid to sign quarantine certificates for sick or dead pigs, false
certificates and skipped inspections, subsidies for diseased pigs and epidemic-prevention money
claimed on false returns, a 副局长 holding up ear tags, fees for piglets not yet born, outbreaks
handled with negligence, a forced cull; out items are lawsuits with feed and contract-farming
firms, pig and chicken farms closed or pulled down, a cull compensation cut short, a question
about a poultry cull, and neighbours' complaints about pig farms and home slaughter.
Sources (stored-pages search): a copy of the 通山 纪委 story on the 副局长 and the pig ear
tags (traditional); a 中国农村网 account by a 纪检 officer of the 启东 畜牧岗位干部 卫某; a copy
of the 新华 report on the 龙岩 dead pigs and 张水华; a 舜网 copy of the 柳州 court report on the
协检员 林廖奇; a 中国食品网 copy of the 正义网 report on the two 舟山 vets; a copy of the 法制日报
report on the 平原 荊某 (traditional); a 中国新闻网 copy on the 高安 and 丰城 officials; a copy
of the 元氏 report on piglet fees (traditional); a 万维 (creaders) report on 袁延文; a report
on 醴陵's pig subsidies; a 弋阳 县长信箱 letter on a pig farm by a reservoir; a post on a forced
cull in 阿巴嘎旗 (traditional); out: the 广吉康 feed lawsuit (traditional), 正农通 contract-farming
lawsuits, the 广昌 farm closed in a 禁养区 (中国畜牧兽医报), a 问政湖南 post on the 龙塘镇 farm
pulled down, a 广东 forum post on a chicken farm pushed over, a 乳源 farmer's cull compensation, a
岳阳 领导信箱 question on a poultry cull, the 惠南镇 pig farm smell, a 莆田 ground-floor pig farm,
and a 城步 留言 on home slaughter. Five texts are in traditional script (items 1, 6, 8, 12, 13;
the glossing pinyin of the pages' converted copies removed in 1, 6, 8 and 13).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source and site lines, "本报讯", "核心提示:" and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("7,8次") and in the page oddity "2017?年" (016); "." kept in "1.", "2.", "2020.2.12" and
the web address of 022; stray spaces removed (015 "51 岁", 018 "约 80 亩", "( 1000多 头", "共 157头",
"总计 621760 元"). Sentences garbled in the stored copies are cut (001, 008). Page oddities kept:
"至此香番任上" (009), "邹湘健" beside "邹湘建" (010), "未成年年签字" (011), the spaces between the
place names of 012, "直接损失达百多历元" and "施工在方" (016), "这么多的里" (017), the unpaired
"（1000多头" and "作岀" (018), "冒得禽流感" (019), the first person without quotes in the 吴胜荣
passage and the subjectless "就都按照…" (003), "于" for 於 in the traditional texts.
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, firms, pig dealers and butchers without a post and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md. Places and
dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 011,
012). Out types: 涉法涉诉 2 (013, 014), 征地拆迁 3 (015-017), 个人利益诉求 1 (018), 其他 4
(019-022). 14 accused entries, all in items 1-9: 3 with a full name (张水华, 林廖奇, 袁延文), 11
masked (吳某某, 卫某, 史某, 胡某, 荊某, 王某 and 艾某, 兰某, 孙某, 唐某 in 007, 王某 in 008), none post
only. Items 010-012 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Traditional, glosses removed. Two sentences garbled in the copy (the 徐德興 question to the
    代養戶 and 李叔's answer) and the truncated last sentence cut. 吳某某 as first written
    "縣農業農村局黨組成員、副局長吳某某" (unit '縣農業農村局' as written, like '縣法院' in fresh104th.py). The 調查組組長
    徐德興 only investigates; the firms and 代養戶 are the wronged side. 群众纪律 (吃拿卡要).
 2  A 纪检 officer's first-person account; ends before the truncated quoted heading. 卫某 is
    "启东市某镇畜牧岗位干部": the town is unnamed, unit None (as the unnamed 派出所 in fresh62th.py).
    The dead "举报人" and the 防疫员 are not accused. 廉洁纪律 (虚报冒领).
 3  The page's "核心提示:" label and the headline repeated inside the copy cut; cut before the
    truncated 张志强 sentence. 张水华: the 科-like 申报点 goes into the position, the 局 is the unit
    (as 劉勇俊 in fresh104th.py). 林深, 赖建华, 张志强 are dealers without a post. 廉洁纪律 and
    贪污贿赂 (the monthly "辛苦费").
 4  The page's 摘要 (the same words as its first paragraph) and a sub-heading cut; ends before the
    truncated sentence. 林廖奇 is first written "作为水产畜牧兽医站协检员" (no named unit), then
    "柳州市柳南区太阳村镇水产畜牧兽医站协检员林廖奇": the named unit taken. 黄某某 (pig dealer),
    梁某某 (head of a slaughterhouse of a 联合加工厂, no public post written) and 张某夫妇 are
    private. 工作纪律 and 滥用职权 (徇私舞弊).
 5  Headline and source lines cut; ends before "2013年年初，" (truncated). 史某 and 胡某 are
    first tied to a unit as "浙江省舟山动物卫生监督所的两名兽医"; the first post written with their
    names is "作为官方兽医": ('官方兽医', '舟山动物卫生监督所'). Could be read with the dispatching
    '普陀区畜牧兽医局' as unit. 工作纪律 (false certificates, 翘班) and 滥用职权.
 6  Traditional, glosses removed. "調查動機", "□特別調查" and a sub-heading cut; ends before the
    truncated "不久，平原縣商務局". 荊某 as first written "平原縣商務局原黨組書記、副局長荊某". The
    檢察室主任 魏明起 only investigates. 廉洁纪律 (套取 subsidies) and 滥用职权 (his own 濫用職權罪).
 7  Headline, meta lines and 核心提示 cut; the truncated 宜春 sentence cut, so the text is short.
    "副局长艾某、兰某": both '副局长' of '高安市畜牧水产局'. The other 11 of the 16 are unnamed. The
    屠宰场老板 is private. 工作纪律 (监管失职) and 滥用职权 (玩忽职守罪).
 8  Traditional, glosses removed; two headlines cut (one garbled), and the sentence "…檢疫費!
    苯眨B養豬戶孫洪奎告訴記者…" (garbled) cut, so 孫洪奎 is introduced by the next paragraph. The
    元氏縣畜牧局 and its 動檢站 are organs. Hard: 王某 is the one who took the fee, "收取費用的鄉
    獸醫站王某": accused with no post, unit '鄉獸醫站' as written (the 蘇村鄉獸醫站 of the text).
    群众纪律 (乱收费).
 9  "![]() |" and the sub-heading cut; cut before the truncated 唐席珍 sentence. 袁延文 as first
    written. The charge is not specified beyond "涉嫌严重违纪违法"; the 2018 警告 for the 下塞湖
    矮围 gives 工作纪律. Provincial level (the batch is otherwise county and township).
10  Mixed: 邹湘健 and 刘建民's own subsidy claims (刘建民 sued) plus the 畜牧水产局 paying
    unqualified farmers (an organ): no entry. 张先华主任 only explains the bureau's rule: not
    accused (could be read as accused). The text reads like a back-translation; kept as published.
    "导航菜单" and headline cut; ends before the truncated "然而，桌子上的一些农民…". 群众纪律.
11  Mixed, a 县长信箱 letter: a pig farm by a reservoir (an out-of-scope objection) plus "投资方联合
    村干部…送钱上门…稀里糊涂就签了字" and no 村民代表大会: the 村干部 are unnamed and not told
    apart: no entry. The 县长热线办 reply only answers (kept). 群众纪律.
12  Mixed: the forced cull 50 km from the outbreak without compensation (a compensation claim) plus
    the owner and his wife held in an officers' car for four hours: "當地政府的工作人員" and
    "執法人員" are unnamed groups: no entry. 群众纪律 (no compensation) and 滥用职权. Could be read
    as out (个人利益诉求), the text asking questions. Taken from the unglossed topnokia copy.
13  涉法涉诉: a feed firm's suit and the pig farmer's counterclaim; firms only. Traditional,
    glosses removed; sub-heading and truncated last sentence cut.
14  涉法涉诉: contract-farming suits against 正农通 (firm); the 工山镇人民调解委员会 only sits in.
    Headline and sub-heading cut; ends before the truncated "此后，…诉至安".
15  征地拆迁: a farm closed in a 禁养区 and a claim for 行政补偿; the 村支书 and the 发改委主任 only
    welcomed the investor (no misconduct). Could be read as 个人利益诉求. Header lines and the
    sub-heading cut; ends before the truncated sentence.
16  征地拆迁, hard: a farm pulled down without expropriation; "严重越权动用公安刑警" and "无法无天"
    are said of the 龙塘镇人民政府 and the 指挥部 (organs) and are the demolition claim itself: out,
    not mixed (as fresh104th.py item 17). The report's title line cut; the page's "本村/村民" line
    break joined; the letter has no section "二、" on the page.
17  征地拆迁: a chicken farm pushed over by the 镇政府 without notice, the family asking who pays;
    the 村委主任 who "不知道这回事" is not accused. Could be read as 个人利益诉求.
18  个人利益诉求, hard: a culled farm's compensation cut from 62万 to 11万; "到了某些部门和具体负责人
    的手里，却迟迟贯彻落实不下来" names no one and alleges no act beyond the cut: out, not mixed. 龚民,
    李金照 and 莫世雄 only handled the cull. Truncated last sentence cut.
19  其他: a 领导信箱 question whether a poultry cull is real and what the compensation standard is,
    with the 管理处's reply (the threat of 强制措施 is the policy, not a complaint). Could be read
    as 个人利益诉求. "来信人/来信时间" and "回复部门/回复时间" lines cut.
20  其他: a pig farm's smell and flies reported by a reader; the 镇政府 worker only answers.
21  其他: a neighbour's ground-floor pig farm; the 畜牧局 only answers. Byline, "本报讯", two
    sub-headings and the truncated "记者随后向" cut.
22  其他: a 留言 asking for a slaughter point in 西岩镇; the 镇政府办 worker only answers.
    "本报讯" and the byline "（张 洋）" cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH121: list[Item] = [
    # 01
    ('http://mylovecards.com/post/2/194311',
     '“生豬耳標領取難的問題解決了，我們對家鄉生豬養殖業的發展也更有信心了！”日前，通山縣紀檢監察干部到多'
     '家生豬養殖公司進行回訪，相關公司負責人感慨地說道。年初，通山縣紀委監委聚焦群眾急難愁盼問題開展一線走'
     '訪時，接到多名群眾反映，縣農業農村局黨組成員、副局長吳某某在發放生豬耳標的過程中，存在利用職權便利吃'
     '拿卡要的問題線索，隨即組成調查組開展核查。基于該縣“公司+代養戶”的生豬代養模式，核查組分別向生豬養'
     '殖公司和生豬代養戶了解情況。“養豬本來就是賺的辛苦錢，還向我們討這要那的……”面對調查組成員，多家生'
     '豬養殖公司的負責人不約而同地抱怨道。牲畜耳標是加施于牲畜耳部，用于承載牲畜個體信息的標志物。根據畜禽'
     '標識管理的相關規定，鄉鎮畜牧獸醫服務中心承擔本行政區域畜禽標識的領取、保管、發放、使用等工作。',
     'in', None, False, ['群众纪律'],
     [('吳某某', '黨組成員、副局長', '縣農業農村局')]),
    # 02
    ('http://crnews.net/70/20627_20160315015904.html',
     '去年3月，一封署名顾某某、陆某某、王某某3人并身份证号码的联名举报信“飞到”了笔者手头，反映江苏省启'
     '东市某镇畜牧岗位干部卫某采取虚报冒领的办法骗取动物疾病预防经费的问题，举报信内容十分简单。根据领导安'
     '排，笔者和同事决定先听听举报人的话，以此获得更详细的线索。我们首先根据身份证号码，下村找举报人密谈。'
     '到了村组一问举报人住宅，周围群众说顾某某、陆某某、王某某3人已经去世了。听到这个令人吃惊的消息，我们'
     '与被询问村民都哭笑不得。但“不愿意实名举报，说明真正的举报人怕打击报复，举报内容真实的可能性较大”，'
     '我们商议着。“被冒用的‘举报人’都在这个村，真正的举报人也叫得上这些逝者的名字，举报内容是否与这个村'
     '有关呢？”于是我们以下乡调研干部的身份来到了某畜牧专业养殖合作社走访了解情况。恰巧，理事长是镇上聘用'
     '的畜牧防疫员，当向他了解镇兽医站防疫情况和防疫员待遇时，他介绍：镇兽医站聘请的防疫员要包干完成防疫任'
     '务，平时除有一部分劳务费外，还发了一点雨衣等劳保用品，上级来检查时，有时还安排一点招待。“有钱领、有'
     '物发，有酒喝，必有财务账据，不妨先从财务入手看点问题”，我们这样考虑。从镇财政所了解到市动物疾病预防'
     '控制中心对疫苗是免费发放的，防疫经费主要用于防疫员的注射费及添置防疫器械等支出。查阅会计账证，畜牧岗'
     '位的费用，仅发现有支付动物防疫劳务经费的发放明细和添置相关防疫器械发票，防疫劳务经费的发放不使用现金'
     '，通过农民（防疫员）“一折通”打卡发放，相关防疫器械发票如冰箱等报销手续也都符合规定，却找不到防疫员'
     '所说的有关“劳保费”、“招待费”等支出凭证。',
     'in', None, False, ['廉洁纪律'],
     [('卫某', '畜牧岗位干部', None)]),
    # 03
    ('https://qydsj.cn/xw/show-4004.html',
     '福建林深、赖建华等人在龙岩大量收购病猪、死猪，并雇人进行加工后销售，金额达1243万余元；犯罪分子张'
     '志强等人在龙岩漳平市租用正规屠宰厂场地，收购、私自屠宰并销售病死猪肉，金额达4300余万元。两起案件'
     '销售的病死猪肉达到2000多吨。林深、赖建华等涉案的12名被告人终审被判处16年至2年6个月不等有期'
     '徒刑。根据镇政府和畜牧兽医站要求，处理病死猪要挖坑、消毒、深埋，雇人处理一头病死猪要花200元以上，'
     '而根据现行补贴政策，无害化处理只能领到80元补贴，且申领手续繁琐。很多养殖户即使不卖给猪贩，把病死猪'
     '随意丢弃到河里的也很多。龙岩新罗区秀东村村民吴胜荣养了2000多头猪，一个月平均有30多头病死猪，有'
     '疫情时一次死上百头也很平常。为处理这些病死猪，我花六七万建了两个300立方的化尸池，但很快就被死猪堆'
     '满了，压力很大。虽然大型养殖场不会做这种事，但这个市场是存在的。根据《动物防疫法》和农业部《动物检疫'
     '管理办法》相关规定，屠宰的动物要提前进行申报检疫，检疫合格才能进入屠宰点，屠宰过程中检疫人员要全程同'
     '步检疫，出售或者运输的动物、动物产品要取得《动物检疫合格证明》后，方可离开产地。林深、赖建华等人让收'
     '购的病死猪进入屠宰点，每月给龙岩市新罗区畜牧兽医水产局驻屠宰点检疫申报点负责人张水华送每月2100元'
     '‘辛苦费’，张水华将屠宰场大门钥匙交给了林深等人。就都按照他们的要求开具了动物检疫合格证和出县境检验'
     '检疫合格证。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('张水华', '驻屠宰点检疫申报点负责人', '龙岩市新罗区畜牧兽医水产局')]),
    # 04
    ('http://mall.e23.cn/content/2015-08-18/2015081800002.html',
     '广西柳州市柳北区人民法院近日开庭审理一起动植物检疫徇私舞弊案，被告人林廖奇作为水产畜牧兽医站协检员，'
     '涉嫌为柳州一屠宰场开具检疫合格证明，使价值高达900多万元的5700多头走私生猪顺利屠宰并流入市场销'
     '售。走私生猪从入境到屠宰、销售，最终走上市民餐桌，这些禁止进口的物品如何能突破层层监管？记者对此进行'
     '了追踪调查。“上市的生猪必须是经严格检疫后，并配带有‘耳标’的健康生猪才允许在屠宰场宰杀、上市。而这'
     '些从越南走私入境的生猪，却在乡镇兽医站的‘官方兽医’处虚开《动物检疫合格证明》，并新打上耳标，堂而皇'
     '之进了屠宰场宰杀，然后上市销售。”检察机关办案人员告诉记者，“官方兽医”开具假证，成为这些走私生猪合'
     '法上市的关键环节。“耳标”，即动物免疫标识，是追溯牲畜来源的重要线索，也是动检部门检查牲畜是否免疫的'
     '重要依据。根据《生猪屠宰管理条例》等相关规定，屠宰生猪须凭免疫耳标和检疫证明，方可进入屠宰场。检察机'
     '关查明，猪贩子黄某某和柳州肉类联合加工厂屠宰场负责人梁某某合谋，从中越边境的崇左市宁明县张某夫妇处购'
     '进走私的生猪，然后找到柳州市柳南区太阳村镇水产畜牧兽医站协检员林廖奇，由林为他们伪造检疫合格证。“林'
     '廖奇接到任务后，就随意虚开合格证，往往一张合格证就证明一个养殖户出产几十甚至上百头生猪。”',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('林廖奇', '协检员', '柳州市柳南区太阳村镇水产畜牧兽医站')]),
    # 05
    ('http://cfoodw.com/n/10462.html',
     '食品安全大于天，但浙江省舟山动物卫生监督所的两名兽医值班时间却经常“翘班”在家睡觉，为应付检查甚至不'
     '惜伪造检疫结果，出具虚假检疫合格证明1700余份。今年58岁的史某从1979年开始就在舟山市普陀区某'
     '兽医站（2008年兽医站统一更名为动物卫生监督所）工作。胡某曾是史某同事，两人共事30余年。2010'
     '年1月，普陀某肉品配送有限公司（下称“肉配公司”）成立。史某、胡某作为官方兽医，被普陀区畜牧兽医局派'
     '驻至肉配公司，轮流负责该公司的动物检疫工作，包括驻点生猪产地检疫、宰前检疫和屠宰同步检疫等。根据规定'
     '，官方兽医必须到养殖场进行产地检疫，出具产地检疫合格证明后生猪才能出栏。而生猪运入屠宰场大门前，官方'
     '兽医还要做宰前检疫，一般在宰前两小时出具宰前通知书，屠宰方在规定时间内屠宰。在生猪来源单一、路程短的'
     '情况下，官方兽医如在产地检疫后，立即随车前往屠宰场可以省略宰前检疫。屠宰同步检疫需要按照国家规定要求'
     '进行，官方兽医需要全程参与检疫，并进行旋毛虫镜检抽检，之后盖上检疫合格章，出具动物检疫合格证明。由于'
     '养殖场交通不便，而屠宰场的屠宰时间又往往在凌晨，史某、胡某在任职期间常常无故“翘班”。据该养殖场的法'
     '定代表人等人透露，2010年至2013年年初，肉配公司屠宰场每天会有运猪车到养殖场转运生猪，史某、胡'
     '某有时会随车前往养殖场。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('史某', '官方兽医', '舟山动物卫生监督所'), ('胡某', '官方兽医', '舟山动物卫生监督所')]),
    # 06
    ('http://m.aaronsonvanlines.com/html/zhonghe/huixun/2013022734514.html',
     '病害豬補貼資金，是國家為保障豬肉質量安全，保護消費者利益，對屠宰環節病害豬無害化處理的一項補助。但是'
     '，這一惠農政策在山東省平原縣卻被相關部門“雪藏”了起來，成為平原縣商務局原黨組書記、副局長荊某的斂財'
     '工具。近日，《法制日報》記者專赴平原縣，對荊某如何套取國家病害豬無害化處理補貼資金展開調查。“我在全'
     '面負責平原縣服務業發展局工作期間，弄虛作假，套取了國家病害豬無害化處理補貼資金，使國家受到了損失，是'
     '一種瀆職犯罪行為，構成了濫用職權罪。”這是山東省平原縣商務局原黨組書記、副局長荊某悔過犯罪時說的話。'
     '辦案檢察官第一次與荊某約談時，荊某自以為沒將造假套取的國家專項資金裝入個人腰包，不會有大麻煩，卻因此'
     '受到法律的懲處。2月22日上午，記者在平原縣恩城鎮王打卦鄉集市上，與一位賣豬肉的村民聊起國家對病害豬'
     '補償一事。他說自己在附近幾個村集賣豬肉已有兩年，如果不是檢察官下鄉宣傳國家對病害豬處理有補助，他從不'
     '知道有這事。“聽村里幾個養殖戶說，他們養的豬送去屠宰有病害，處理完連個說法都沒有，飼料啥的都賠進去了'
     '。”2012年5月，平原縣人民檢察院派駐恩城檢察室主任魏明起下村時，聽到養豬戶的幾句牢騷話后心里生疑'
     '：黨中央和政府對三農問題高度重視，國家對處理病害豬到底有沒有政策？為此，他專門進行了一番了解，發現其'
     '中存在瀆職侵權犯罪嫌疑，隨即向縣檢察院反映了情況。平原縣檢察院反瀆職侵權局于同年6月4日立案。',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [('荊某', '原黨組書記、副局長', '平原縣商務局')]),
    # 07
    ('http://www.ar114.com.cn/news/show-73306.html',
     '23日，记者从江西官方获悉，对于2014年的江西病死猪事件，目前已对高安市畜牧水产局局长王某、副局长'
     '艾某、兰某及丰城市畜牧水产局党组成员孙某、丰城市商务局副局长唐某等16人涉嫌玩忽职守罪立案侦查。20'
     '14年中央电视台报道，“记者在江西高安跟踪调查一年，发现当地不少病死猪被猪贩子长期收购，有些病死猪甚'
     '至携带A类烈性传染病口蹄疫。某屠宰场老板介绍，他们的病死猪肉销往广东、湖南、重庆、河南、安徽、江苏、'
     '山东等7省市，年销售2000多万元。”记者了解到，病死猪事件主要涉及江西宜春下辖的高安市、丰城市、上'
     '高县。江西“病死猪”事件曝光后，宜春市人民检察院及时督促高安、丰城市检察机关介入事件调查。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('王某', '局长', '高安市畜牧水产局'), ('艾某', '副局长', '高安市畜牧水产局'),
      ('兰某', '副局长', '高安市畜牧水产局'), ('孙某', '党组成员', '丰城市畜牧水产局'),
      ('唐某', '副局长', '丰城市商务局')]),
    # 08
    ('http://m.nbnewpower.cn/sh/news/2009/01-10/1522376.shtml',
     '為調動農民養豬積極性，保障豬肉市場穩定供給，從2007年開始，國家財政實施對能繁母豬的補貼政策，讓全'
     '國大量養殖戶得到很多實惠。然而，從2008年10月以來，河北省元氏縣畜牧局開始按母豬數量，在能繁母豬'
     '補貼發放前“突擊”向各養殖戶收取還未出生的仔豬的檢疫費，這種“生幾頭仔豬由畜牧局動檢站說了算”的荒唐'
     '做法，引起全縣廣大養豬戶的強烈不滿。孫洪奎是元氏縣蘇村鄉南蘇村一名養殖戶，2008年共喂養3頭母豬，'
     '其中兩頭屬于國家補貼范圍內的能繁母豬。當時，孫洪奎養殖的兩頭母豬并沒有產下仔豬，只有等到仔豬出售時才'
     '做檢疫，按理說不用交檢疫費。“怎么國家一邊發補貼還要一邊先收費呢？”孫洪奎從蘇村鄉獸醫站拿到了一張蓋'
     '有元氏縣動物檢疫站財務專用章的票據。老孫仔細查看后發現，這張編號為3292510的河北省行政事業性統'
     '一收據的票據上顯示，收費項目：檢疫費（補）；單價：2元；合計：36元；而數量一欄里竟然寫著18。“明'
     '明喂養了兩頭能繁母豬，怎么一下子收取了18頭豬的檢疫費？”孫洪奎馬上向收取費用的鄉獸醫站王某詢問。',
     'in', None, False, ['群众纪律'],
     [('王某', None, '鄉獸醫站')]),
    # 09
    ('https://news.creaders.net/china/2023/03/25/2591099.html',
     '据湖南省纪委监委消息：湖南省农业农村厅党组书记、厅长袁延文涉嫌严重违纪违法，目前正接受湖南省纪委监委'
     '纪律审查和监察调查。袁延文，男，汉族，1965年3月出生，湖南道县人，1985年7月参加工作，198'
     '6年9月加入中国共产党，大学学历，农学学士学位。他长期在湖南工作，曾任衡东县县长、衡东县委书记、耒阳'
     '市委书记、湖南省畜牧水产局局长、湖南省农委副主任等职，2018年10月起任湖南省农业农村厅厅长、至此'
     '香番任上被查。2013年4月，时任湖南省畜牧水产局局长的袁延文带头吃鸡肉，他希望能消除许多人对鸡肉的'
     '恐惧。随着H7N9禽流感疫情的扩散，家禽行业如履薄冰。官员有理由带头吃鸡，以重塑消费者信心、拯救家禽'
     '业。据报道，袁延文当时在餐桌旁，就着各式鸡肉很快吃完了午餐。“我们带头吃鸡，是希望呼吁大家正确消费。'
     '”袁延文告诉记者，禽流感已经使全省肉禽产品消费锐减，价格大幅下跌，省内家禽产业受到严重冲击。据测算，'
     '当时湖南有近7000万羽家禽无法正常出笼，直接经济损失10亿元以上，并且影响还在持续加大。“对大型家'
     '禽养殖企业特别是一些家禽外调型养殖企业造成致命打击。”袁延文说。2018年9月，湖南省委常委会听取了'
     '洞庭湖区下塞湖非法矮围问题调查情况汇报，对有关责任人员作出了严肃问责的决定，共有涉及25个单位的62'
     '名国家公职人员被问责。给予省农委党组书记、主任袁延文（时任省畜牧水产局党组书记、局长）党内严重警告处'
     '分。',
     'in', None, False, ['工作纪律'],
     [('袁延文', '党组书记、厅长', '湖南省农业农村厅')]),
    # 10
    ('http://www.mbedu.cn/gnxw/2020/01/17/20200117266515.html',
     '有人曾说消费者价格指数CPI被称为中国猪指数（china pig index），这表明猪肉在中国人的'
     '食物篮子中的重要性。近年来，国家对生猪养殖业给予了大力支持。如果农民在一定规模上饲养更多更好的猪，他'
     '们可以得到补贴和奖励。然而，湖南省醴陵市的一些地方却肆意使用这些资助资金。邹湘健是醴陵市的一个养猪大'
     '户。2008年，他在市场上的猪数量超过了1000头。根据当时国家发改委和农业部的相关规定，他应该得到'
     '的资助金额至少是40万元，但实际收到的金额远远低于此。总金额只有8万元。2011年，邹湘建的养殖规模'
     '达到顶峰，市场上有1800头猪。然而，他仍然没有按照有关规定得到他应得的奖励。畜牧局只在2012年补'
     '发了他3万元。养猪户刘建民曾经是王坊镇养猪最多的人。像邹湘建一样，他应该得到几十万元的支持和奖励资金'
     '，但他十多年来总共只得到11万多元。刘建民说，“我们在2010年提起诉讼，第二年支付了3万元。”当地'
     '仍然有相当多的养猪户。为什么这些符合配套法规的大型养猪户中的一些人没有得到奖励，而另一些人得到的奖励'
     '却远非标准？记者走访了负责处理此事的醴陵市畜牧水产局。张先华主任说：“如果按照省里的规定执行，只有十'
     '几个家庭可以享受400多万元。”据张主任说，这就是为什么那些养猪大户得不到或得不到所有的饲养奖励的原'
     '因。然而，一些不合格的农民可以获得奖励或补贴。在市畜牧水产管理局的电脑里，记者随机阅读了几页统计报告'
     '后发现了这个问题。例如，本市规定的奖励条件是存栏生猪数量达到300头以上，其中可繁殖母猪数量超过25'
     '头，检疫后可存栏母猪数量超过500头。只有自给自足的农民才能获奖。',
     'in', None, True, ['群众纪律'],
     []),
    # 11
    ('http://hero8090.com/petition2005.html',
     '身为在外打工的人员，听说三县岭龙家村委会和祥村二级水库旁要建设大型养猪场。请求人民政府禁止。原因：1'
     '.目前弋阳县养猪处于饱和状态，不宜新建养猪场；2.二级水库旁500米为限养区，不可新建；3.目前投资'
     '方联合村干部以每人7元/年，共40年补贴，送钱上门，找留守在家的老年人，甚至未成年年签字，不给看内容'
     '，不讲环保后果，稀里糊涂就签了字。我们在外根本不知情；4.没有召开村民代表大会讨论重大事项，严重违规'
     '；请领导根据县政府今年7月份文件《弋阳县畜禽养殖“三区”划定方案》文件精神，在别的地方都在拆除养猪场'
     '的情况下，我们村还要新建猪场。请为后代子孙着想，不要污染仅剩的山清水秀！来信人：您好！你通过县长信箱'
     '反映的养猪问题收悉，该问题你此前已经在县长信箱反映过，我们已经及时转交相关部门依法依规处理，待处理结'
     '果出来后，我们会在规定时间进行回复，请你耐心等待，不要重复反映。感谢你对我们工作的理解与支持！',
     'in', None, True, ['群众纪律'],
     []),
    # 12
    ('http://topnokia.cn/index.php?a=view&p=9&r=2202',
     '在內蒙古 錫林郭勒盟 阿巴嘎旗 查干淖爾漁場發生了一起“生豬強行撲殺”事件。鑫昊合作社負責人郭先生的'
     '豬場被全盤清理，上百頭活豬被當地政府的工作人員強行撲殺。在撲殺過程中，郭先生及其妻子被強行控制在執法'
     '人員的車內，前后歷經4個小時。隨後遭撲殺生豬被全部拉走，卻沒有得到分文補償。在這起事件中有三處疑問：'
     '第一、按照阿巴嘎旗頒布的疫區封鎖令，別力古臺鎮漢貝社區被定為了非洲豬瘟疫點，其外延3公里為疫區，外延'
     '10公里為威脅區，在這些區域內豬場的生豬將被依法撲殺，并且豬場將受到嚴格封鎖。然而郭先生的豬場距離疫'
     '點（別力古臺鎮漢貝社區）的直線距離達到了50多公里，為何會被當地政府強行撲殺？第二、按照財政部頒發的'
     '“關于做好非洲豬瘟強行撲殺補助工作的通知”被納入撲殺范圍的生豬將按照1200元/頭的標準，補償豬農損'
     '失。那么即便郭先生的豬場被納入了撲殺范圍（據郭先生講述其豬場內沒有出現非洲豬瘟的案例），也應該有相應'
     '的損失補償。為何相關補償卻未到位？第三、執法人員在執法過程中有無不當行為？為何要限制郭先生及其妻子的'
     '人身自由？郭先生的豬場已然空空如也，相關損失又有誰來負責？',
     'in', None, True, ['群众纪律', '滥用职权'],
     []),
    # 13
    ('http://m.aaronsonvanlines.com/html/zhonghe/news/2011/071123986.html',
     '去年12月22日，廣州市廣吉康飼料有限公司將方崇義告上法庭，稱他拖欠飼料加工承攬報酬30多萬元。今年'
     '5月17日，案件在白云區人民法院開庭，然而在法庭上，方崇義卻反訴對方提供的問題飼料導致他的豬場損失1'
     '40多萬元。究竟誰是誰非？在庭上雙方均承認了方崇義拖欠廣吉康飼料貨款的事實。對于不肯還錢的原因，方崇'
     '義作出了自己的解釋：“你去飯店吃飯，把你給吃得拉肚子了，你難道還愿意給錢么？”根據方崇義介紹，他原本'
     '是在廣州智特奇生物科技有限公司工作，2008年4月開始自己經營豬場，最多時曾達到存欄母豬280頭的規'
     '模，當初在智特奇公司的黃勝平總經理介紹下，認識了同為四川老鄉的廣吉康公司董事長陳友慷。從2008年5'
     '月開始，雙方開始了飼料加工承攬的合作。廣吉康為方崇義代加工豬飼料，完成加工后再由方崇義將飼料拉回去。'
     '方崇義表示起初雙方合作一直相安無事，直到2010年2月8日他從廣吉康拉回了36.2噸中豬料，5.08'
     '噸懷孕母豬料，5噸哺乳母豬料。使用了12天之后，發現豬開始不采食。他向廣吉康投訴之后，對方只是通知他'
     '這批飼料水分超標，要他盡快使用。但由于水分超標導致的飼料發霉，最終還是有幾十噸飼料無法使用，廣吉康對'
     '此沒有任何其他處理措施。庭上，方崇義出示了廣吉康當時的技術經理李瑞對此事的書面證明。到了2010年6'
     '月4日，問題再次出現，用方崇義的話說，這次的問題把他搞慘了。他從廣吉康拉回中豬料18.24噸，懷孕母'
     '豬料3.04噸，哺乳母豬料1.96噸。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://bkbbs.net/yule/wlrd/600124_2.html',
     '此外，法院认为，“料塔”是正农通芜湖分公司为方便吴七宜养殖所做的基础投入，在吴七宜已经获得合同利益的'
     '前提下，不支持她“各付一半”的请求。而吴七宜在履行合同过程中并没有违约，正农通芜湖分公司没有理由不退'
     '还她缴纳的保证金。输掉一审后，正农通芜湖分公司向安徽省宣城市中级人民法院提起上诉，二审法院维持了原判'
     '。“正农通芜湖分公司拟定的肉猪回收单价明显低于双方合同约定，损害了养殖户的利益，正农通芜湖分公司对此'
     '不能做出合理说明，法院对结算价款不予认定。”同样是安徽泾县，与顺利交付生猪的吴七宜相比，代养户翟和平'
     '因遭遇生猪大面积死亡，损失惨重。翟和平在2020年12月1日与正农通芜湖分公司签订了代养合同。当年1'
     '2月13日，正农通芜湖分公司向翟和平的养殖场供应了1000头猪苗，翟和平则向公司缴纳了62650元保'
     '证金。按照计划，生猪将在2021年5月18日上市。6月21日，正农通芜湖分公司向翟和平回购315头生'
     '猪，共计50560公斤。6月26日，翟和平和其他十几名代养户，在南陵县工山镇人民调解委员会在场的情况'
     '下，与养殖公司协商。翟和平当时还没有收到315头生猪的结算款，养殖场里还有400头生猪未出栏，他担心'
     '无法结算。正农通向翟和平承诺，已回购生猪将在7月6日后按程序打款，异常结算代养费以1元/头/天上报，'
     '正在走审批程序，还没有批复。但还没等到回购生猪的结算款，7月5日，养殖场的生猪开始死亡，翟和平当日就'
     '联系了养殖公司，但没有收到回复。第二天，他又微信联系正农通的工作人员，对方回复他：“死猪不报了。”1'
     '0天后，未及时回购的猪全部死亡。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://freewechat.com/a/MzI5ODE1NTE3Nw==/2650858317/1',
     '11年前，被江西省广昌县奉为招商引资的座上宾，如今却命运逆转，落了个驱逐客的下场。投资6千多万元的猪'
     '场被关，政府补偿杯水车薪，这让广昌县金宝生态农业有限公司老板陈信权欲哭无泪。11月初，金宝公司的代理'
     '律师就禁养区划定合法性问题，向广昌县人大及抚州市政府相关部门提出了备案审查建议，同时向广昌县人民政府'
     '提出了1.8亿多元的行政补偿。一场关于猪场的权益之争正在燃起。广昌地处丘陵地带，山地和丘陵占全县面积'
     '90%，平原仅有10%。眼下虽已立冬，广昌白天气温仍有二十五六摄氏度，晚上八九摄氏度，昼夜温差十六七'
     '度。占地300亩的金宝公司万头规模猪场，坐落在头陂镇塘下村周家排山林上，掩映在橙林中。放眼望去，挂满'
     '鲜果的橙树沐风而立，可偌大的猪场里却不见猪，也不见人，除了排风扇被风扫动几下，四下里显出一副难以捉摸'
     '的宁静。记者见到陈信权时，他显得很冷静。今年51岁的他是福建龙岩永定县人。在养猪之前，他曾是一名高级'
     '电工和煤矿矿长，这个双重身份并未限制他对生活的跨界追求。2002年，陈信权发现养猪业很有前景，便果断'
     '说服在水电站工作的妻子，一起回老家龙岩养猪。经过6年的摸索，陈信权信心满满，已看不上家里小打小闹养猪'
     '，决定扩大规模，“养出点名堂”。2009年，经人介绍，陈信权结识了广昌县盱江镇下湖村的村支书。听说陈'
     '信权有意投资养猪，这位村支书告知目前广昌县正在大力招商引资，并引荐了时任广昌县发改委主任。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('http://wz.rednet.cn/show.asp?id=261408',
     '尊敬的上级领导：一、事由：我养殖小区系涟源市龙塘镇河东村，于2007年根据国务院1号文件精神：大力发'
     '展生猪养殖业。本猪场经涟源市国土部门畜牧部门及村、镇各单位指示5人合股，本村村民投资土地流转兑换补偿'
     '形式，共有土地20多亩，总建筑面积7000多平方米，附属建设建地几亩，每年出栏生猪一万多头。于201'
     '5年12月26日由于龙琅公路经过猪场被迫压缩养殖，于2017?年10月对猪场周围实行施工，施工方没经'
     '猪场同意，强行通过猪场压烂生猪饮水动用大型挖机、推土机等，生猪多次断水，造成特大影响，当时死去生猪3'
     '00多头，直接损失达百多历元，间接损失无法估算，至今没有得到解决。三、又于2018年4月2日由涟源市'
     '龙塘镇人民政府没有经过猪场同意，也没有正确处理任何矛盾，没跟猪场股东做任何征用解释，严重越权动用公安'
     '刑警、政府公务人员及施工在方，在未对养殖场征收的情况下，对我猪场实行强拆，强行破坏猪场水电，下水排放'
     '，强行动用大型机械，强行把公路、石坑填埋，石坑一直都没丈量，填埋了无法丈量，难道龙琅高速指挥部就这样'
     '无法无天，当时直接导致猪场死生猪几十头，现在每天施工，陆续断水断电达到7,8次，导致猪死亡每天增加，'
     '这样施工下去，不到几个月时间，猪场的猪会全部死尽，到时损失达一千多万了。现龙塘镇指挥部不闻不问。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://bbs.gdmm.com/thread-3187442-1-132.html',
     '我们是住在机修厂货台这边的一个村子上塘村。1月5日（上个星期六）镇政府的人打电话给我妈，叫我妈处理好'
     '，不然星期一就来推鸡场！这么多的里，有大有小叫我们怎么处理！这不是为难我们农村人吗？于是我爸星期一不'
     '上班在鸡场等了他们一整天都没来，想着如果来了非要推的，也能把鸡赶回一边，不用造成没必要的损失！结果他'
     '们那天没来！星期二他们来了，我们都上班不在家，他们趁我们不在把鸡场全推了，一个杂装箱压成这样（图三）'
     '，叫我爸搭的铁皮小屋睡觉的都推了（图四），水泵也压坏了（图5），搭的帐篷小屋给鸡的4个也推了！帐篷掉'
     '下来还压死了一个鸡（图6），树压断了成10条，所有围着的板、网全部推成一堆堆的！吓得鸡都走丢了5百左'
     '右！这些损失谁来补偿我们这些土生土长的农村人！而且我爸问村委主任的时候，主任却说不知道这回事！我想说'
     '，为什么村里面的各种问题镇政府没有经过村委的同意，也没有贴通知书出来，就这样来推了我们的鸡场，这说得'
     '过去吗？试问下大家，我们哪个农村人没有些养鸡养鸭养猪的！我们就是靠这些维持生活！就算你要推也得让我们'
     '在家通知一声再推，这样造成那么多损失，镇政府这样做还让不让我们活了！望镇政府给个说法，望市委那边可以'
     '处理一下，给个说法给我们！这样做到底对不对？',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://www.zdwx.com/news/show_4475314.html',
     '一场“非洲猪瘟”，把个乳源的养殖业扫荡得七零八落，几乎奄奄一息。这飞来横祸也毫无意外地落在了共产党员'
     '张亚有的头上。张亚有的养猪场位于乳城镇侯公渡大东旱洞，占地面积约80亩，共养殖生态黑猪（1000多头'
     '，疫前尚存栏800多头。当疫情降临的时候，每天有大量生猪死亡。张亚有随即上报了防疫部门。经县防疫部门'
     '检测，确定为“非洲猪瘟”，需迅速深埋处置，且作全面消毒灭菌以防进一步扩散疫情。2019年3月13日，'
     '负责管农业的副县长龚民、县畜牧局局长李金照、副局长莫世雄同时到场，分别指挥调度机械、人力进行深埋处置'
     '并全面消毒。经各位领导及工作人员的现场清点并见证，认定深埋处置大小生猪共157头，鸡、鸭、狗等禽畜一'
     '批，以及所有与猪场相关的可能感染用具、物品，并一一造册登记。后经政府部门认定、核实并作岀补偿单价及金'
     '额总计621760元。见《张亚有猪场已清理物资补偿清单》（镇政府）。我们说，上级政府对广大养殖户是扶'
     '持体恤的。明明是天降横灾，却由政府买单。虽说不能补偿全部损失，却也极大程度缓解了养殖户们的精神和经济'
     '压力。这充分体现了我国社会主义制度的优越性！然而，不知何故，如此大好的利民政策，到了某些部门和具体负'
     '责人的手里，却迟迟贯彻落实不下来。事隔半年多后，镇畜牧部门才通知张亚有去签字拿钱。却告知只能拿到十一'
     '万多元。这与原补偿清单上的总计六十多万元也相差太远了。于是张亚有表示不能签这个字。直至今天为止，其间'
     '张亚有曾先后问询过县畜牧局、乳城镇政府共三次，回答都是同一句话：只能这么多，不满意可以向上反映。人们'
     '不禁要问：能回答得更具体更有充分理由更有说服力一些么？',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://yueyang.gov.cn/webapp/nanhu/email/viewPublic.jsp?id=127205',
     '尊敬的领导：你好最近南湖新区郭镇乡这一大片地区有相关单位人员在每村每组进行流动性通告，要对每家每户饲'
     '养的家禽（鸡，鸭，鹅）进行扑杀行动，请问这一消息属实吗？政府相关部门是否有下发过这类扑杀行动文件？如'
     '果有，请问，国家政策在这类补助这方面的具体标准是怎样？请尽快回复告知，谢谢。尊敬的居民：您好！您所反'
     '映的消息属实。当前动员农户紧急扑杀所养殖的家禽，重点是鸡鸭鹅，是因为全省上下正在开展禽流感疫情防控工'
     '作所要求。禽流感作为致命性病毒，会从家禽传染到人，并且导致被感染的人的死亡率高。鉴于此，当前各级都明'
     '文通知并召开了专题会议，要求抓紧这项工作，敬请广大养殖户理解支持和配合，趁自养的家禽还冒得禽流感，抓'
     '紧扑杀，防止可能被感染的风险发生。对于不执行的，政府将会采取行政强制措施，确保执法到位。至于是否有国'
     '家政策进行补偿养殖户损失一事，目前还没有这方面的规定或者表态。如果继续拖延下去不执行，那么家禽病死的'
     '损失将会更大，到时只能集中焚烧与填埋了。再次希望您抓紧。南湖新区龙山管理处，2020.2.12。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://nzgx.org/html/NongZiJiShu/YangZhi/20091218/112205.html',
     '昨晚，读者沈小姐致电本报，反映惠南镇幸福村一养猪场每天产生大量猪粪，由此散发出的臭味、滋生的苍蝇不断'
     '侵扰村民，让人苦不堪言。沈小姐家住惠南镇黄路村富强一组，村东头百来米远有一家养猪场，饲养着数百头猪。'
     '养猪场每天产生大量猪粪，饲养人员将猪粪堆放在外面，等收肥料的人上门收购。由于猪粪露天堆放，苍蝇满天飞'
     '舞。沈小姐说，自从有了这家养猪场，几年来，数十户村民生活深受影响。由于养猪场在村东头，夏天常刮东南风'
     '，村民们几乎就整天生活在恶臭连连的环境下。他们无法挡住臭味，还要受到苍蝇的不断袭扰。虽然每家每户都装'
     '有纱窗门，但是无孔不入的苍蝇还是会飞进房内，不时落到餐桌和饭菜上。记者与惠南镇镇政府取得联系。一名工'
     '作人员表示，他们将派人实地查看，责令整改；同时会要求养猪场经常喷洒药水，及时处理猪粪，改善周边环境。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://dzb.hxnews.com/2014-03/11/content_173674.htm',
     '居民楼底层竟成了养猪场，附近村民长期与猪为邻，这样的事发生在莆田城厢区龙桥街道洋西村山兜自然村。村民'
     '林先生称，除了从未间断过的臭味，每天清晨几乎都是被猪叫声吵醒的。城厢区畜牧局表示，将组织人员前往现场'
     '查看。林先生3年前搬到山兜村的老房子居住，和村民姚女士成了邻居。本想到乡下清静养老，可林先生没想到，'
     '和自己成为邻居的，还有数十头猪。林先生说，入住后总是闻到臭味，也能听到猪叫声。顺着声音一找才知道，姚'
     '女士居然在家中一楼办起了猪场。因为是邻居，林先生和姚女士沟通，但对方一直没有将猪场搬离。接下来的3年'
     '时间里，林先生称，自己每天早上几乎都是被猪吵醒的。因为臭味和噪音，姚女士的几位邻居只能到外头租房暂住'
     '了。村民李小姐说，自己在市区上班，原本每天下班只花10分钟即可回山兜村，可因为邻居办着养猪场，自己只'
     '好花钱在市区租房住了。上周，记者来到林先生家中，在门口就闻到臭味，不时还有猪叫声。沿着村道旁的一条小'
     '路走过去，能看到一栋三层新式楼房，便是姚女士的家，四周是其他几家的房子，猪场就在姚女士家一楼。记者走'
     '进猪场，发现半个篮球场大小的底层用铁栏分成几个区域，共养着80多头猪。姚女士家外侧的水渠上，覆盖着满'
     '满一层猪粪。附近村民王大爷说，这些猪粪还引来不少蚊虫，一到夏天根本不能靠近。记者采访时，姚女士正在二'
     '楼阳台晒衣服，记者上前询问，其间姚女士告诉记者太臭了不要靠近，记者随即表示这样会不会对邻居造成困扰，'
     '对方当即沉默。姚女士表示，最近市场行情不好，自己准备将猪先养大，过段时间就卖出去，以后还养不养再看情'
     '况。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://szb.shaoyangnews.net/syrb/html/2017-09/07/content_40550.htm',
     '8月27日，城步网友“老百姓”在邵阳新闻在线（www.shaoyangnews.net）留言称，城步'
     '西岩镇没有固定的生猪屠宰点，生猪都是在家宰杀。他希望政府部门能够规范管理。网友“老百姓”说，西岩镇以'
     '前的生猪屠宰是在食品站定点屠宰。但近几年，食品站不开了，生猪屠宰都是在屠夫家里宰杀。“在家宰杀，猪肉'
     '是否安全成为老百姓担心的问题。没有屠宰点，宰杀生猪时污水直接排放到河里，对环境也有影响。”网友“老百'
     '姓”说，希望有关部门能够重新设立生猪屠宰点，加强监管，让百姓吃到安全放心的猪肉。8月28日，城步西岩'
     '镇政府办工作人员称，西岩镇人口较多，猪肉需求量大，原有生猪屠宰场，因经营不善在2015年停止营业。现'
     '在西岩镇没有固定的生猪屠宰场，商家都是在家进行生猪宰杀，宰杀点多且杀猪时间灵活不固定。“我镇正在积极'
     '开展协调工作，推进市场改造项目落地，将重新建造生猪屠宰场，统一规范管理，以解决这一问题。”该工作人员'
     '称。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH121, "fresh121")
