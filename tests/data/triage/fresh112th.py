"""Sealed batch fresh114: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh112th.py; the batch and its row ids are "fresh114".)

Theme: reservoir and hydropower resettlement (水库移民, 移民局/移民办, resettlement funds and
houses): officials and cadres in resettlement work: a relocated town's luxury office building, a
civil servant owning a hydropower station, the 三峡 移民资金 audit, 移民款 taken and petitioners
repressed, fake 户口 for fake 移民, missing compensation money, forced removals, fake migrant
lists and 移民建镇 houses taken by officials, wasted 移民局 works, a petitioner detained; out
items are resettlement lawsuits, compensation and protest stories, returned migrants, a damaged
resettlement village and two features. Sources (stored-pages search): a 中新网 copy on the 白河
麻虎镇 office building; a 香港01 report on the 山阳 腰坪 hydropower station (traditional); a
看中国 copy of the 审计署 三峡 移民资金 report (traditional); a 博讯 piece on the 水口 hydropower
移民款; a 新浪 copy on the 开县 乌杨村 fake 户口; a 新浪财经 report on the 福鼎 金尖下 station; a
report on the 房县 寺坪/三里坪 removals; a 大洋网 copy on the 庄浪 "假移民"; a 第一财经日报 copy on
the 彭泽 移民建镇 houses; a 中国新闻周刊 page on 合阳 易地扶贫搬迁; a 中外对话 feature on the 大朝山
migrants at 爱华; a 大纪元 copy on the 云阳 移民 周北军 held under a SARS pretext; out: a lawyer
site's 嫩江 移民 case, a 松桃 law firm notice, the head of a 贵州高院 行政赔偿 judgment (紫云), a
lawyer site's 白鹤滩 (娜姑) story, a 瞭望 report on the 绥江 protest, the lead of a 科学时报 report
on 小湾 migrants, a VOA report on returned 三峡 migrants, a 中国质量万里行 report on the 新郑
新李营 移民新村 (traditional), a 中国能源报 feature on 托口 and a 南方周末 feature on 屏山 cadres
(traditional). Four texts are in traditional script (items 2, 3, 20, 22; the pinyin glosses of
the converted copy of 20 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
source tags ("本报综合消息", "第一财经日报讯", "中新网陕西新闻10月11日电(记者 田进)"), labels
("重要提示:", "基本案情:", "裁判结果:"), captions, editors' notes and the truncated last sentences
of the stored copies removed); paragraphs joined; ASCII punctuation written full-width except
inside numbers ("2.755亩", "1.5万~2万元"); stray spaces removed (010, 015). Page oddities kept:
"———" (005), "肆恣妄为" and "推毁" (007), "其他城市中的城市的小区" (009), "风牛马不相及", "挺而走险",
"冒得说的" (012), "康茂德(化名)" beside "唐茂德", "提出提出", "水库低下" (016), the simplified "后",
"么", "于" inside the traditional 020 and 022, "***号" (015). scope "in" for alleged misconduct of a
party member or public official (village and community cadres included), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses,
firms, investors and people without a post and officials who only handled, investigated,
announced, answered or appeared as a party's legal representative are not accused; an organ or
an unnamed group accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name, "原" kept) and units as
written; unit None when the text ties the person to no named unit. Topics only from the twelve
names of triage.md; 截留 of compensation is 群众纪律 (IS.MAS.02), 套取/侵占 is 贪污贿赂, 挪用 and
违规使用 of funds 廉洁纪律, wasted works 工作纪律 (IS.WRK.03). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (002, 004,
007). Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2
(021, 022). 5 accused entries, all in items 1-12: 4 with a full name (蔡成礼, 江长军, 劉明厚,
张国旺), none masked, 1 post only ("张书记"). Items 003 and 006-012 are in scope with no accused
entry (organs or unnamed officials only). Out items have no accused entry.

Close calls:
 1  Headline, date, dateline and the last (county background) paragraph cut. "白河县麻虎镇党委书记
    蔡成礼": '镇党委书记', '麻虎镇' (as fresh62th.py's 严某某); 江长军 first "镇长江长军", unit
    '麻虎镇' from the later "麻虎镇镇长江长军". The 县委、县政府 only investigate and decide. The
    building is the relocated town's 移民安置 project. 八项规定 (over-size office building, glass
    curtain wall) and 工作纪律 (未批先建).
 2  Mixed, traditional: forced removal by 60 "光頭" and cracked resettlement houses (征地拆迁) plus a
    civil servant who owns the hydropower station. Headline, byline, the photo caption "(VCG)" and
    the sub-heading cut; cut before the truncated 程永林 sentence. 劉明厚 is written only as "一個叫
    劉明厚的人" (the 公務員 boss by context): position and unit None. 吳鳴 only tells the villagers
    who builds; the "光頭" are tied to no one. Only 廉洁纪律 (公职人员经商, illegal land use).
 3  Traditional; the photo caption and the last paragraph (truncated in the copy) cut. The units
    named (雲陽縣交通局, 重慶市移民局, the 秭歸 office) are organs and the five 侵佔 cases unnamed:
    in, no entry. 廉洁纪律 (違規使用, 虛報多得) and 贪污贿赂 (侵佔).
 4  Mixed: the 移民款 and 平反 claims plus 移民款 "被各级贪官污吏侵吞" (unnamed) and the
    repression. Headers and the "重要提示:" label cut; cut before the truncated 600万 sentence.
    张国旺 as first written "南平延平区委书记张国旺": '区委书记', '南平延平区'; his "除非共产党倒了"
    answer to petitioners is the conduct alleged. 徐谦 only did not receive them; 董昌钦 is a
    petitioner. 贪污贿赂 (侵吞) and 群众纪律.
 5  "本报综合消息" cut; the page's line break inside "丰乐镇" joined; cut before the truncated
    25000元 sentence. The 乡镇干部 are an unnamed group and "县里" an organ; "镇里的张书记" (surname
    + post, as in real2.py) is (None, '书记', None): no 镇 is named with him. 民警李娜 and 所长黄建国
    only identify the fakes and explain ("奉命行事"). 贪污贿赂 (套取补偿款), 工作纪律 (假户口),
    群众纪律 (强迫村民).
 6  Sub-heading cut; cut before the truncated "政府还在没有事先…". The town received 362万 and the
    village 163万; nobody is named for it: no entry. 梁世云 is only the legal representative on the
    agreement; 朱友义 and 李永罕 are villagers, 朱 an investor. 群众纪律 (截留) and 工作纪律 (no
    征地公告). Not mixed (the villagers ask where the money went, not for their own share); could be
    read as mixed.
 7  Mixed: compensation below policy plus officials' forced removal (schools and clinic closed,
    power cut, houses bulldozed). Subtitle and sub-heading cut; cut before the truncated "甚至…"
    sentence. "个别官员" and "移民办的个别人" are unnamed: no entry. 群众纪律 and 滥用职权.
 8  The headline lines inside the text cut; ends with the first section. An 易地扶贫搬迁 移民新村
    (no reservoir) given to another village with fake 户口簿 "在政府授意下"; the 政府 is an organ: no
    entry. 工作纪律 (造假) and 群众纪律 (扶持款 not paid).
 9  Site summary and source tag cut; cut before the truncated "按照相关规定…". Flood 移民建镇, no
    reservoir. "一些权力部门官员" unnamed; 刘俊初 only gives figures. 贪污贿赂 (侵占专项资金) and
    廉洁纪律 (houses taken as officials' homes).
10  Page menu, the sub-heading "搬富不搬贫?" and the two paragraphs before it cut; cut before the
    truncated "张崇昌举例". 易地扶贫搬迁, no reservoir. The 虚报 and the "吃商品粮的国家工作人员"
    who take homesteads are unnamed; 张崇昌 only answers. 工作纪律 (虚报) and 廉洁纪律 (占用宅基地).
11  Hard: a feature. Section label, headline, standfirst, editor's note and the sub-heading cut; the
    line break inside "阻碍水电建设" joined; cut before the truncated 云县移民局 sentence. In for the
    移民局 (an organ) spending 两千多万 on irrigation works that never worked (工作纪律, IS.WRK.03); no
    entry. 李仕龙 (组长) only speaks. Could be read as out 其他.
12  The copy's dateline (spam-replaced) cut; cut after "上北京的。" before the lead-in sentence and
    the truncated one. The "负责移民的官员" and the man who handcuffed 周北军 are unnamed: no entry.
    滥用职权 (detention under a SARS pretext) and 群众纪律 (打击上访).
13  涉法涉诉: a lawyer site's case summary; site lines, byline and the labels cut; cut before the
    truncated last sentence. The 嫩江县政府 and 移民办 that did not pay are organs: not mixed.
14  涉法涉诉: a law firm's notice; menu, keywords and the 庭审信息 block cut; cut before the
    truncated statute paragraph. 龙先生 disputes the compensation decision.
15  涉法涉诉: the head of a 贵州高院 行政赔偿 judgment (the stored copy breaks off after the parties);
    metadata cut, the spaced "行 政 赔 偿 判 决 书" joined, the trailing "执业证号…" fragment cut. The
    县长, 乡长 and 局长 appear only as legal representatives: no entry.
16  征地拆迁: a 拆迁 lawyer site's story; 唐茂德's grandson left out of the 安置人口 and his 12万 unpaid;
    the 镇政府's delay is an organ's: not mixed. Could be read as 个人利益诉求. Cut before the
    truncated application sentence.
17  征地拆迁: the 绥江 protest over 安置政策; headline, dek, byline and sub-heading cut; cut before the
    truncated "《了…". 杨凯 (副镇长) and 黄勇 (常务副县长) only speak.
18  征地拆迁, short: the lead of a 科学时报 report reposted on a blog; the blogger's note cut; cut
    before the truncated 王银书 sentence.
19  个人利益诉求: returned 三峡 migrants; the sub-heading cut; cut before the truncated "医疗保…".
    李运国's own status and losses; could be read as 其他 (a feature).
20  个人利益诉求, traditional: pinyin glosses removed; two captions and the sub-heading cut; cut
    before the truncated last sentence. An old man hurt by falling concrete in a 南水北调 移民新村;
    no official is blamed in the kept text: out, not mixed. Could be read as 其他.
21  其他: a feature on the 托口 station's ten years of resettlement; header, byline, captions and the
    repeated standfirst cut; cut before the truncated "一方面…".
22  其他, traditional: 屏山 cadres' ways with migrants (干兒子, 喝酒); the dek, editor line, photo
    caption and sub-heading cut; cut before the truncated "李代輝認出". No misconduct alleged;
    李代輝 only does his work.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH114: list[Item] = [
    # 01
    ('https://xian.baogaosu.com/xinwen/%E7%99%BD%E6%B2%B3%E5%8E%BF%E4%B8%80%E9%95%87%E6%94%BF%'
     'E5%BA%9C%E5%BB%BA%E8%B1%AA%E5%8D%8E%E5%8A%9E%E5%85%AC%E6%A5%BC/25042152',
     '记者11日从陕西省白河县官方获悉，因违规建造豪华办公楼而被网络曝光的白河县麻虎镇党委书记蔡成礼已'
     '被组织免职，镇长江长军被给予行政警告处分。此前有媒体报道称，白河县麻虎镇政府新建了一栋11层共有'
     '5800平方米的豪华办公楼，而镇政府仅有43名干部。麻虎镇是白河水电站建设整体搬迁镇，新镇政府大'
     '楼每层400多平方米，2012年5月开工建设。事件曝光后，白河县委、县政府进行了调查。调查结果显'
     '示，由于汉江白河水电站建设需要麻虎镇政府机关进行搬迁，该麻虎镇综合服务楼项目为实施搬迁后的重建项'
     '目。为节约用地，当地将镇机关办公用房、便民服务大厅、驻镇单位和站所业务用房及干部周转房、新型社区'
     '用房等合并建设，与移民安置同步实施。该项目于2012年6月开工建设，并于当年12月底主体完工。白'
     '河县政府新闻办表示，该项目尚未获得国家正式核准，土地审批尚未完成，与之相关的电站移民安置工程所需'
     '的土地审批手续无法取得，致使枢纽施工区先期启动的搬迁群众安置房、镇政府等搬迁复建项目处于实质上的'
     '未批先建状态。此外，综合服务楼项目室外局部装修玻璃幕墙，违反了办公用房装修相关规定。白河县委、县'
     '政府研究决定，免去蔡成礼麻虎镇党委书记职务，给予党内警告处分，给予麻虎镇镇长江长军行政警告处分。',
     'in', None, False, ['八项规定', '工作纪律'],
     [('蔡成礼', '镇党委书记', '麻虎镇'), ('江长军', '镇长', '麻虎镇')]),
    # 02
    ('https://hk01.com/%E4%B8%AD%E5%9C%8B/94272/%E9%99%9D%E8%A5%BF%E5%AE%98%E5%95%86%E5%8B%BE%'
     'E7%B5%90%E9%81%95%E8%A6%8F%E4%BF%AE%E6%B0%B4%E9%9B%BB%E7%AB%99-%E5%BC%B7%E9%81%B7%E6%9D%'
     '91%E6%B0%91%E6%B7%B9%E6%B2%92%E6%9D%91%E8%8E%8A',
     '為了修建水電站，陝西山陽縣楊地鎮的金盆村多年前被水淹沒，村民遭到迫遷。後來，村民查證後卻發現，水'
     '電站居然是「未批先建」、非法佔用大面積土地，而水電站老闆更是當地公務員。整個水電站建設有嚴重違規'
     '之虞。據《華商報》報道，2007年下旬，山陽縣楊地鎮某村莊的村民被告知，村莊要被修建成水電站。村'
     '民程永全指，楊地鎮人大主席吳鳴是這次水庫移民小組的組長，當時他表示一個叫劉明厚的人出資修建水電站'
     '，而一些參與徵地的工作人員卻說是政府行為。另一名村民程鴻遠回憶道，當年徵地時只貼上了一張沒有落款'
     '出處、在黃紙上用毛筆寫成的告示，許多村民都不知道是誰在修水電站。後來，有人開始遊說村民，希望村民'
     '配合搬離村子。就在拉鋸式的搬遷談判中，「突然就有60名『光頭』闖入村莊，他們帶著洋鎬把強迫我們搬'
     '遷」，有村民說。這些「光頭」出現了兩次，明顯加劇搬遷速度，有一些村民陸陸續續地簽字同意搬遷。最後'
     '，在拆遷村中的小學時，許多村民闖入學校阻止拆遷，卻很快就被抬出來，學校終化為廢墟。程永全表示，曾'
     '經生活的家園，在2011年變成汪洋水澤，只有房屋屋頂露在水面上。他稱，村莊大概明朝開始就有人居住'
     '，當地自然條件非常好，更有個好聽的名字叫「金盆村」。村子有約50畝的平整耕地，村民在這裡世世代代'
     '種植藥材。被迫遷的大部分村民先後被集中安置到附近的山槐村。有村民發現這裡的房屋質量太差，很多村民'
     '家的房屋出現裂縫、地基下沉、漏雨等現象。',
     'in', None, True, ['廉洁纪律'],
     [('劉明厚', None, None)]),
    # 03
    ('http://www.secretchina.com/news/b5/2007/01/26/182067.html',
     '中國興建三峽大壩，當地120萬居民被迫遷離家園，但遷移經費卻頻傳遭官員不法挪用。中國審計署發布調'
     '查報告，證實確有一些部門、單位違規使用移民資金。據官方新華社報導，審計署去年對湖北省、重慶市本級'
     '和兩省（市）所屬十個移民區縣2004年、2005年三峽庫區移民資金進行審計。兩年內共撥付三峽移民'
     '資金人民幣96億元，實際完成投資88億余元。此次審計共發現各類違規問題金額2.89億元。一是違規'
     '使用移民資金2.72億元，主要用於超規模移民項目或非移民項目建設、行政開支、辦企業、平衡預算、購'
     '房、付息等。如重慶市雲陽縣交通局出借1440萬元移民資金用於非移民項目；重慶市移民局超計畫和重複'
     '安排計畫使用移民資金542萬餘元購建辦公用房、培訓中心和職工住宅。此外，審計還發現五起涉嫌侵佔移'
     '民資金的案件。另一個嚴重問題是虛報多得移民補償和政策性補助資金1694萬餘元。例如2004年至2'
     '006年，湖北省秭歸縣三峽庫區搬遷企業結構調整領導小組辦公室通過虛報關破企業職工安置資金缺口和將'
     '非搬遷企業納入搬遷範圍申報的方式，多得職工安置補助資金1000餘萬元，其中160萬元用於未納入移'
     '民搬遷範圍企業的職工安置和生產經營，其餘款項結存未用。審計調查發現，三峽庫區遷移經費違規違紀使用'
     '移民資金的主要作法包括：把移民資金用於非移民項目；移民工程項目超規模、超標準建設現象普遍，有的超'
     '額補償。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     []),
    # 04
    ('https://boxun.com/news/gb/china/2008/04/200804240125.shtml',
     '在着手写这篇调查文章的时候，我的案头上堆放着这样三大叠材料：一叠是各级政府对移民款发放的《文件》'
     '；一叠是移民们的一份份《请求报告》；一叠是国家机关对部分移民的《判决书》。对此，我敢说：政府官员'
     '对前面两叠“不闻不问”，如果“有闻有问”的话，就不会有这第三叠！华东最大水电站水口水电站库区移民'
     '从2000年4月得知自己的移民款被各级贪官污吏侵吞后开始诉求。仅樟湖镇就有56位村民遭到当地政府'
     '不同程度的镇压（最高获刑3年半！）。2006年1月，当最后一名维权村民董昌钦刑满释放后，村民们开'
     '始了“第二轮”的集体上访。村民们向南平市政府提出两项诉求：“移民款”和“平反”。在多次要求面见现'
     '任市委书记徐谦无果的情况下，只好向其下级南平延平区委书记张国旺诉求。张国旺书记对村民代表提出的“'
     '平反”诉求作出了这样的表态：“除非共产党倒了，你们才有机会。”而对“移民款”诉求则作出《关于水口'
     '水电站移民反映的库区政策落实宣传材料》。文中对移民款作出“下拨”的解释；对“优惠电”作出“作废”'
     '和“弃水流失”的解释。这无疑是“一纸空文”。对此，村民们大为不满，怨声载道，甚至忿忿不平。不久后'
     '的一天，陷入极度贫困而缴不起电费的村民与前来拆卸他们电表的电力公司人员进行长大6个多小时的围堵，'
     '险些酿成一场悲剧。',
     'in', None, True, ['贪污贿赂', '群众纪律'],
     [('张国旺', '区委书记', '南平延平区')]),
    # 05
    ('http://news.sina.com.cn/c/2005-11-05/09197364550s.shtml',
     '重庆开县是三峡移民的重点区域，然而近日，中央人民广播电台《新闻纵横》记者却在当地发现，很多村民被'
     '当地乡镇干部强迫办理假户口，以套取国家对三峡移民的安置补偿款，涉及资金可能近千万元……重庆东部的'
     '开县，是三峡库区22个县市中被淹没面积最大的县，也是三峡移民工作重点地区。不久前，中央人民广播电'
     '台《新闻纵横》记者前往开县采访，意外地发现，开县丰乐镇乌杨村许多村民拥有两个户口本，其中一个——'
     '—也就是今年5月刚发下来的，是假的。记者走访了几个村组，发现家家如此。乌杨村村民告诉记者，全村1'
     '08户、400多人，今年5月开始都拥有了这样一个“假户口本”。记者陪同乌杨村一位村民，拿着户口本'
     '，到派出所要求辨别户口真伪。接待人恰好就是户口本上的承办民警李娜。李娜一看到记者手中盖有她印章的'
     '户口就说是假的，并且要收回。当记者向丰乐镇派出所所长黄建国反映情况时，他透露，乌杨村出现这些假户'
     '口并不奇怪，因为不仅丰乐镇，邻近的赵家、厚坝等乡镇都有假户口。这件事是县里统一安排的，他们只是奉'
     '命行事。乌杨村多位村民证实：今年5月，镇政府来人给他们发放的假户口，而且来人还说，办这些假户口，'
     '为的就是给他们办移民。一位村民回忆了当时的场景：“当时镇里的张书记说，这事真真假假、假假真真说不'
     '清楚。乌杨村要发展，我还是想着要给你们弄点儿钱。”这位村民说：“当时书记还说，你们别闹，这是个骗'
     '局，可你们闹了之后就对你们没好处了。”',
     'in', None, False, ['贪污贿赂', '工作纪律', '群众纪律'],
     [(None, '书记', None)]),
    # 06
    ('http://finance.sina.com.cn/20050628/0955157753.shtml',
     '来到福建省福鼎市管阳镇章峰村溪里自然村，记者站在山路上，俯瞰正在建设中的大坝，“这大坝就要砌到我'
     '们头顶再高一些的位置，到时候水位估计也会到我们现在站着的这个高度。围起来的水库就是要建个水电站。'
     '”村民李永罕向记者介绍。记者往前走，看到工地民工房门口挂着两块牌子，一块是“核工业华东建设工程集'
     '团公司金尖下隧洞项目部”，另一块是“宁德市水利电力工程局大坝工程项目部”。记者围绕这个工程进行了'
     '实地采访。工地上机器隆隆，一派繁忙景象。有一施工人员告诉记者，这里原先住着一些村民，不久前拆除了'
     '大部分房屋，只剩下两三户没有拆。村民朱友义拿出一份《福鼎市金尖下水电站工程库区移民房屋拆迁土地征'
     '用协议书》（下称《协议》）给记者。记者看到，这份合同甲方为“福鼎市管阳镇重点扶贫项目建设指挥部”'
     '，法定代表人梁世云；乙方为福鼎市管阳镇章峰村溪里自然村移民户，户主：朱友义。按照协议，朱友义家在'
     '淹没区房屋一排，补偿费4万元；水田2.755亩，农地2.834亩，林地4.4亩，木竹716元，应'
     '得补偿费用、青苗补偿费共计21468元，总合计为61468元。村民们告诉记者：“这一户田地被淹得'
     '多，田地和青苗补得多，别人就没这么多了。”他们说，全村得到的征地与拆迁等各类赔偿加起来是163万'
     '多元，平均每户5万元左右。而投资商曾告诉村民，他们已经付给镇里用于征地和拆迁安置的费用362万元'
     '，但不清楚其余近200万元的钱花到哪里去了？记者向水电站的投资方中一位姓朱的老板证实时，对方以投'
     '资人总共有十多人不能擅自透露数字为由，没有正面证实村民们的说法。据村民反映，要建水电站他们早就知'
     '道，但他们从来没见政府张贴过征地公告。',
     'in', None, False, ['群众纪律', '工作纪律'],
     []),
    # 07
    ('http://fzwhbw.net/Article/jiadian/201510/3418.html',
     '修建水电站，本当是造福一方的大好事，可是在湖北省房县却酿成了一场灾难，致使数千移民背井离乡，流离'
     '失所，成了名副其实的难民。这到底是怎么一回事呢？记者针对此事进行了采访调查。2005年，为了让湖'
     '北房县老区致富，国家投入巨资，在房县山区的一条河上，修建了“寺坪”和“三里坪”两个中型水电站，库'
     '区基本上在房县境内，大批乡民需要移民。乡民们从大局着想，支持国家建设；同时也满怀希望，深信借此东'
     '风，必能摆脱贫困，过上富裕的生活。可是这一切对未来美好的憧憬，在湖北省房县地方政府的个别官员和移'
     '民办的个别人的操控下，都化为梦幻泡影，让人不堪回首，欲哭无泪。移民们的灾难不得不从移民安置补偿上'
     '说起。国家关于移民的规定是“先补偿，后安置”，保证移民正常的生活，体现着国家对移民的关怀。可是偏'
     '偏房县政府的个别官员肆恣妄为，不按国家移民政策和市场价格给移民合理的补偿，反而擅自出台各种花样百'
     '出的地方“小政策”，随意侵害移民的合法权益，从而激起民愤，一些乡民未能如期撤出库区。为了按期完成'
     '“拆迁任务”，他们可谓不择手段，强行驱民。2006年，地方政府（移民局）的个别官员在根本未向群众'
     '宣传移民政策的情况下，首先撤掉当地学校，致使群众子女无法入学；2007年春又撤销卫生院，致使群众'
     '无处就医，数千人当场跪求政府暂时保留医院，可是依然未能软化政府个别官员的铁石心肠。接着陆续停电停'
     '水，进而动用国家“公检法”对付手无寸铁的老百姓，采用铲车强制推毁移民房屋，使用“飞达灭草剂”毁坏'
     '移民所种青苗。',
     'in', None, True, ['群众纪律', '滥用职权'],
     []),
    # 08
    ('http://peopledailynews.eu/zgxw/20150122_24192.html',
     '在甘肃省庄浪县朱店镇东北约2公里处，郑山村和毛柳村紧密相邻，前者地处半山坳滑坡地带，后者处于山脚'
     '下临近省道的沿河川地。按照规划，郑山村的200多户村民，应该在6年前就入住由政府实施建设的移民新'
     '村。然而，最终住进移民新村的，却是与该项目毫不相干的毛柳村100多户村民，在保留原户口的同时，政'
     '府还为他们颁发了明显作假的“郑山村”户口簿。在政府授意下“顶替”郑山村村民入住新居的毛柳村村民，'
     '本应是知足的，但实际上他们也憋屈得很，房款几乎全部由自己负担，政府的扶持款成了空头支票，还不得不'
     '再缴纳一笔土地使用证费用，显得“弄巧成拙”。2014年12月中旬，记者前往甘肃省庄浪县，对朱店镇'
     '郑山村及周边乡镇展开为期四天的采访调查，结果令人震惊——为了改善山区居民的居住环境，易地扶贫搬迁'
     '移民工程一直都是我国各级政府力推的重要民生工程。对于地处甘肃省庄浪县偏远山区的郑山村，借力政府规'
     '划建设移民到新农村，无疑是改变贫困落后的唯一希望。早在2007年，庄浪县政府就下发了一份《关于印'
     '发2007年全县新农村建设实施方案的通知（庄政办发〔2007〕17号）》，文件指出，要率先对郑山'
     '村完成搬迁安置，并明确年内要开建朱店镇郑山村新建村。',
     'in', None, False, ['工作纪律', '群众纪律'],
     []),
    # 09
    ('https://www.pubchn.com/character/show.php?itemid=5139',
     '据记者调查，江西省彭泽县一些权力部门官员冒认受灾移民，侵占国家移民建镇专项资金近1600万元，县'
     '城近郊近千套“移民建镇房”竟成为官员私邸；与此形成强烈对比的是，真正应该享受国家“移民建镇专项资'
     '金”的移民，所购领的移民建镇房不少却因为质量问题而无法入住。按中央财政划拨给彭泽县的1.4亿专项'
     '资金计算，除去位于县城里的900套“移民建镇房”，真实移民房应该还有6000多套。如果普遍采取统'
     '筹建房的方式，而这些房屋都像记者所见，每户建房成本不足1万元，则将有巨额资金流向不明。2006年'
     '12月18日，走在彭泽县（属江西省九江市）街头，在由九江方向刚进县城的地方，有两个小区格外引人注'
     '目，它们就是被命名为“渊明湖小区”（为500套）和“钓鱼台小区”（为400套），分属彭泽县第三和'
     '第四批移民建镇小区。两个小区紧邻县城，进入小区，一排排整齐划一的房屋和其他城市中的城市的小区没有'
     '什么两样，也一点都感受不到八年前受灾的情形。彭泽人恐怕很难忘却那场百年不遇的洪涝灾害。由于毗邻长'
     '江和鄱阳湖，彭泽是受灾比较严重的地区之一，不少地方都是一片泽国。也正因此，这里也是国家移民建镇的'
     '重点区域之一。彭泽县政府2006年工作报告显示，该县得到中央财政拨付的共计1.4亿元移民建镇专项'
     '资金，“十五”期间全部完成四期工程并验收合格，新建、扩建集镇126个、中心村363个、基层村20'
     '97个。彭泽县建设局局长刘俊初也告诉《第一财经日报》，四期移民建镇工程共有7000户移民受惠。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     []),
    # 10
    ('http://cn.chinagate.cn/povertyrelief/2011-05/27/content_22656767_2.htm',
     '即使是交了钱的搬迁户中，也并非都是急需要搬的，甚至产生了虚报和私下转让的行为。据陕西省发改委《关'
     '于合阳县2008年以工代赈易地扶贫搬迁试点工程实施方案的批复》：“路井镇乳阳村一组50户、230'
     '人，集中安置在该村南1.5公里公路边42户、184人，插花安置8户、46人”。该村一位不愿透露姓'
     '名的村民反映，一组实际只有30多户，不到180人，这明显属于虚报；上述村民称，多出的指标被二组或'
     '邻村村民“冒名顶替”，有的搬迁户甚至私底下转让指标套取补助款，更有甚者，一些“吃商品粮”的国家工'
     '作人员也借村民的名义占用宅基地。类似情况在防虏寨乡高家坡村移民点也有反映。作为2009年的搬迁项'
     '目，高家坡村上报搬迁40户、236人，集中安置到城关镇北街5组，但该村实际在北街5组建房子的不到'
     '20户。一位当地村民告诉《中国新闻周刊》，在高家坡安置点建房的村民有37户，其余的宅基地均被以1'
     '.5万~2万元不等的价格私下转让。负责全县易地扶贫搬迁工作的张崇昌说，由于两个安置点离县城很近，'
     '不排除有村民私底下转让，包括转让给国家工作人员，“这种私下的转让很难监督”。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     []),
    # 11
    ('https://dialogue.earth/zh/4/42101',
     '十多年来水电迁移所引发的争议不断，然而这并没有阻碍水电建设的扩张，据中国水利水电建设有限公司网站'
     '，澜沧江流域（云南省境内）共规划建设15座电站，总装机容量2560.5万千瓦。28岁的康良红和他'
     '21岁的媳妇，在自家的玉米地里施肥。远远看见他们，只不过是山坡上两个小白点，在缓缓的按“之”字形'
     '的路径从上向下移动。走近才看出，两个年轻人各自提着一个肥料袋子，空出的一只手一把一把抓了肥料往地'
     '里撒。在这片地里的任意一项工作，在外人看来都像是惊险的杂技——这片地的坡度超过45度。13年前从'
     '平整的河谷地搬来时，康良红也不擅长这种杂技。2000年冬，康良红一家和来自8个村委会的近四千名村'
     '民一道，因大朝山水电站建设而被外迁至爱华镇。大朝山水电站建于澜沧江中下游，是澜沧江上最早建成的漫'
     '湾水电站的下游梯级电站。爱华村目前严重缺乏可供饮用及灌溉的水源，而爱华村所在的云南省，当前正经历'
     '着百年一遇的旱灾。让移民们费解的是，移民局前后花了两千多万建的引水工程却没一个能用。在一处玉米地'
     '里，自然村橄榄箐的组长李仕龙指着并排的一条水沟和一条水管说“水沟是移民搬来前就建成的，移民局告诉'
     '我们花了647万，从凤庆镇角安水库引水用于灌溉，为此每年给凤庆10万元。”但用了两年移民局就不再'
     '买水，水沟从此被弃置。',
     'in', None, False, ['工作纪律'],
     []),
    # 12
    ('http://tvsmo.com/gb/3/8/30/n367314.htm',
     '读者一看这标题就觉得好笑，“非典”，法轮功和三峡移民虽然都是国产的“Made in China”'
     '，但三者实在是风牛马不相及。无论多棒的想象力，也很难将它们联系起来。可我们重庆地方官员，特别是负'
     '责移民的官员就有这个能力，不仅把它们连起来了，还连得有鼻子有眼，煞有介事。今年四月底和五月是全国'
     '闹“非典”的高峰期。我们云阳县也不例外，弄了很多措施来防范这无处不在且搞得人人自危的怪病。这都冒'
     '得说的，都是为了大家的安全与健康。云阳医院也被用作临时隔离场所，有些来自疫区特别是北京和广东的“'
     '非典”疑似病人就被隔离于此。周北军就是这么个疑似病人。怀疑和隔离他的理由很充足：他是四月底从北京'
     '回云阳的，那时正是北京城“非典”的高峰期。但实际上他本来没有资格享受如此待遇，因为他哪怕是一点点'
     '“非典”症状都没有：三十多岁的小伙子气壮如牛，看起来比以往任何时候都健康。他坚持要回高阳老家与亲'
     '人团聚。他的要求遭到拒绝。先是苦苦的请求然后是激动的抗议。不识时务的他换来的是一副手铐。给他戴手'
     '铐的人临走时丢了一句话：“你到北京干嘛去了？你还不仅是个非典问题！”这下周北军醒过来了，隔离他并'
     '不为“非典”的事，也和他及别人的健康没有干系，而是冲着他到北京告状的事来的。周北军属于三峡二期移'
     '民。高阳镇的邻里乡亲都知道北军是个特别本分又很能干的小伙，里里外外都是把好手，小日子过得红红火火'
     '。没有谁相信他是个喜欢惹事生非的角色。要不是啥事弄得他转不过弯来，他不会挺而走险上北京的。',
     'in', None, False, ['滥用职权', '群众纪律'],
     []),
    # 13
    ('https://wsdc90.com/139615',
     '马某原系黑龙江省嫩江县某村村民，因修建水利工程需要，移民到山东省某县。2003年马某与接收地政府'
     '签订安置协议，安置补偿费已汇至接收地政府。2006年8月，国家发改委提高移民安置补偿费，嫩江县移'
     '民办将调整增加的安置补偿费全额兑现，拨付给嫩江县某村。马某认为，增加的安置补偿费应拨付给移民接收'
     '地，而不是嫩江县某村，并多次去嫩江县移民办及嫩江县政府讨要，但始终未予拨付。马某为此信访投诉，2'
     '011年6月，黑河市政府作出信访复核意见，要求嫩江县政府负责协调，将调整后的安置补偿款交给移民接'
     '收地。收到黑河市政府复核意见书后，马某多次去嫩江县政府提出拨款申请，嫩江县政府未履行相关拨付义务'
     '。马某提起诉讼，要求嫩江县政府履行发放安置补偿款法定职责。一审法院认为，黑河市政府于2011年6'
     '月27日作出信访复核意见书，马某于2013年10月16日提起诉讼，超过两年法定起诉期限，裁定驳回'
     '起诉。二审法院认为，黑河市政府作出的信访复核意见，不属于行政诉讼受案范围，裁定驳回上诉，维持一审'
     '裁定。最高人民法院第二巡回法庭提审后认为，黑河市政府作出的信访复核意见书，撤销嫩江县政府的信访复'
     '查决定，要求嫩江县政府将调整后的补偿款交给移民接收地，嫩江县政府应当执行。嫩江县政府未履行黑河市'
     '政府决定，是不履行法定职责的行为，属于行政诉讼的受案范围。黑河市政府作出信访复核意见后，马某多次'
     '向嫩江县政府提出拨款申请，嫩江县政府一直未履行拨款义务，2013年10月16日，马某提起本案行政'
     '诉讼。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://shengtinglaw.com/gonggao-xiangqing-3929.html',
     '龙先生是松桃苗族自治县某镇某村村民，拥有合法房屋及附属用房面积为70平方米，处于铜仁市大型水利枢'
     '纽工程项目建设规划范围内，属于移民搬迁户。因龙先生对县政府的征地补偿和移民安置补偿标准有异议，故'
     '拒绝与县政府的房屋征收部门签订征收补偿协议并拒绝搬迁其房屋。2018年4月，因龙先生拒迁，县政府'
     '作出《安置补偿决定书》（编号：27，以下简称27号补偿决定）。龙先生不服县政府作出的27号补偿决'
     '定，提起行政诉讼。一审法院判决：驳回龙先生的诉讼请求。龙先生不服一审判决，提起上诉。本案的争议焦'
     '点是27号补偿决定的合法性问题。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://cn.govopendata.com/caipanwenshu/2016/10/26/d1c94a7f-245d-4d8b-81f6-d54a5fe7f8a8',
     '贵州省高级人民法院行政赔偿判决书（2016）黔行赔终69号上诉人（原审原告）罗朝龙，男，苗族，1'
     '949年8月15日生，住贵州省紫云苗族布依族自治县。委托代理人李杰，北京市农权律师事务所律师。执'
     '业证号11101199611217866，代理权限为特别授权。被上诉人（原审被告）贵州省紫云苗族'
     '布依族自治县人民政府。地址：该县城墙路***号。法定代表人王永胜，县长。委托代理人刘筑兰，该县人'
     '民政府法制办公室副主任。被上诉人（原审被告）贵州省紫云苗族布依族自治县四大寨乡人民政府。地址：该'
     '县四大寨乡高平村马鞍营。法定代表人吴勇，乡长。被上诉人（原审被告）贵州省紫云苗族布依族自治县水库'
     '和生态移民局。地址：该县松山镇教场路***号。法定代表人叶有胜，局长。被上诉人（原审被告）贵州省'
     '紫云苗族布依族自治县水利局。地址：该县松山镇教场路。法定代表人陆洪庆，局长。被上诉人共同委托代理'
     '人陈汝昌，贵州袭明律师事务所律师。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://cxzfz.com/cqzs/villageremoval/20385.html',
     '2018年，白鹤滩水电站会泽县部分工程需要如期进行，建水电站意味着移民，移民就是搬迁，搬迁就要安'
     '置补偿。会泽县便展开土地征收与补偿、移民安置等一系列工作。康茂德（化名）一家就住在金沙江旁的娜姑'
     '镇，这是个历史悠久的城镇，早在公元前135年就建立了城市，由于地理位置特殊，人口流动往来频繁，建'
     '水电站又涉及移民。唐茂德有一个孙子，四代同堂。虽然一家人在娜姑镇生活多年，但响应国家政策，在补偿'
     '足额合理的情况下，也可以接受移民。毕竟长江三峡那些人都搬了，咱们有什么理由不搬呢？今时不同于往日'
     '，乡土情怀淹没在水库低下就很快遭人遗忘，不如考虑给的钱多还是少，这才是老百姓最现实的问题。这些都'
     '是可以谈妥的，唯独有一件事唐茂德无法接受，就是他所疼爱的孙子居然没有被算作是安置人口，这是他不能'
     '接受的，换做谁都不能接受。他向移民方提出提出异议但没有人听，只好以拒绝签署搬迁安置协议的方式，以'
     '示抗议。因水库工程建设在即，移民工作亟需推进。娜姑镇政府于2019年11月28日发布通告，督促村'
     '民签订安置协议尽快集中搬迁。如果逾期，只能自己搬迁。为了达到督促目的，镇政府还规定签协议并搬迁者'
     '可以获得金钱的物质奖励。唐茂德因孙子仍未列入安置人口，故始终未签协议，只能自行搬走，没有获得奖励'
     '，也未得到安置补偿。这期间唐茂德遭受了损失的金额并依法可以自政府处获得补偿费、装修费及设施恢复费'
     '、补偿补助费及奖励金共计12万余元。这些款项理应由镇政府兑付，但后者既不拒绝，也不履行，奉行拖字'
     '方针。直到2021年，唐茂德不得已才寻求律师的帮助。唐茂德委托了雷亚律师助其索要上述应得款项。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://zgxsw.xin/jiaodianwangtan/20160428/3413.html',
     '被移民围堵5天4夜后，地处川滇交界处的云南省昭通市绥江县恢复了往日的平静。在这座金沙江边的山城里'
     '，三轮摩托车一字排开在路边候客，狭窄的老城区道路时堵时通。如果不是巡逻的武警，这与3月25日之前'
     '的绥江没有什么不同。从3月25日开始，两千余向家坝水库移民走上街头，表达他们对安置政策的不满。事'
     '件至29日方平息。事件虽已平息，但向家坝水电站蓄水日期临近，移民诉求依然悬而未决，安置补偿政策尚'
     '不明朗，移民安置意愿签订期限推后。多位受访的绥江县干部对此表示无奈，他们说，在大型水电工程移民工'
     '作中，基层政府对移民政策基本没有发言权，但维护移民稳定是压倒一切的任务，“权力无限小，责任无限大'
     '”。聚集移民最多的绥江县城B、C区（绥江县根据移民搬迁安置划分的区域）进场路口是一个三岔路口，县'
     '城主干道、绥江至水富和通往新县城建设工地的三条道路在此交汇。此处是“3·25”事件的主要现场。“'
     '如果把这里阻断，也就断掉半个县城的交通。”绥江县城所在的中城镇副镇长杨凯说。3月25日，正是绥江'
     '县启动移民人口身份界定、移民安置意愿调查和签订工作预定完成日期。当天上午，部分移民陆续聚集在县城'
     'B、C区进场路口，南岸镇金沙江大桥，老城区回头湾等路段，搬来沙发、停放摩托车设置路障，将进出县城'
     '的主要路口阻断。“绥江县各项移民工作启动早，对群众上访聚集有预案。当天参与的群众本来不多，也没有'
     '什么过激行为，但两个偶然事件使冲突升级了。”绥江县委常委、常务副县长黄勇说。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://www.sciencenet.cn/blog/user_content.aspx?id=210403',
     '一边是家园即将被淹没，下闸蓄水的小湾电站，水位将逐渐上升；一边是临沧市耿马县勐撒镇移民村的自建房'
     '屋还没有建好，补偿太低，无从筹钱……何去何从，云南省临沧市凤庆县大寺乡平河村的一百多户小湾水电站'
     '移民群众困在一个进退两难的十字路口？！他们能过好今年这个春节吗？',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('https://voa.pangea-cms.com/preview/zh-CN/a/article-20111012-three-gorges-dam-immigrants-'
     '1-131582238/789104.html',
     '为了建设三峡工程，重庆、湖北等长江沿岸地区共移民130多万人。经过10多年的努力，虽然移民搬迁已'
     '经基本完成，但是仍有大量遗留问题需要解决。美国之音记者最近在三峡库区采访时就见到许多重返家乡的三'
     '峡外迁移民。三峡大坝所在地湖北省秭归县有一个特殊群体。他们生活在祖辈世代生息的土地上，却属于外来'
     '务工人员，因为他们的户口不在祖籍地，而在外省或湖北其他地方。他们就是被迁往外地后，又重返家乡的“'
     '回流”三峡移民。这些回到自己家乡的“外地人”自称是弱势群体，很受歧视。郭家坝镇的李运国就是他们当'
     '中的一个。他说：“像我们外迁的成了弱势群体了。我们住的地方的当地政府也不理我们了。像现在选举，我'
     '们没有选举权。像我们在这里买个摩托车，驾驶证办不了。要身份证的，身份证是外地的。外地的办不了啊！'
     '”三峡移民主要分为两种：一种是后靠移民，就是从被水库淹没的家园向后迁移，不离开家乡；还有一种是外'
     '迁移民，就是迁往其他地方，甚至其他省份。李运国作为外迁移民于2003年来到江西省龙南，在那里呆了'
     '三年。他说，经济上，龙南比秭归落后很多，新移民没有土地，需要自己开荒。秭归是脐橙之乡。李运国原来'
     '就是种橙子的，到江西后仍然种橙子。不同之处在于：“劳动强度大，比这边辛苦多了。昼夜温差要大。我们'
     '这里苗到那里就不长。我们这里产橙子一年打3次药。他们那虫害相当大，打了14次。我们去的时候土地不'
     '肥，不施肥就不长。一年施肥要10多吨一次。经济上我们承受不了。”2006年回到家乡后，失去土地的'
     '他只好去建筑工地打工，一天能挣100多元，比在江西强。他儿子的学习也被耽误了，现在也在打工。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://hairdiseases.net/survey/224259.html',
     '中國質量萬里行記者在新李營村采訪期間，蘇章軍也不時提醒記者，要靠著路的中間走。“水泥塊可能會隨時'
     '掉下來。”響應國家號召搬入南水北調移民新村不到兩年，年逾七旬的老人被房屋脫落的水泥塊砸傷，這讓村'
     '民們心頭蒙上了一層陰影。水泥塊脫落，屋頂漏雨，墻面裂紋……“高質量建設”的移民新村出現系列問題，'
     '究竟是村民們口中的“豆腐渣工程”或只是質量通病？河南新鄭市郭店鎮新李營村的村民們迫切想知道答案。'
     '蘇章軍做夢也沒有想到，年逾七旬的老父親會禍從“天”降。4月23日，正在胡同里和鄰居聊天的75歲老'
     '人蘇欽，突然被一棟房屋外墻脫落的一片水泥塊擊中。也許是巧合，老人當時和鄰居們聊天的內容就是村里房'
     '屋的水泥塊脫落等問題。堅硬的水泥塊正好砸在了蘇欽老人的頭頂，頓時鮮血直流，地上被染紅了一大片。“'
     '當時就暈過去了，流的血太多了。”120急救車把不省人事的蘇欽老人送到了醫院。新鄭市中醫院的診斷顯'
     '示，蘇欽為氣滯血瘀癥，頭部外傷綜合癥，頭皮挫裂傷和軟組織損傷。縫合六針，經過一個多月的治療后，蘇'
     '欽出院。蘇章軍說，此后一直沒有間斷輸液，而即便是在輸液的情況下，老爺子還是會頭發暈。“畢竟是年紀'
     '大了，還流了那么多的血。”他擔心，“以后的事兒真是多了去了。”',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://www.hydropower.org.cn/showNewsDetail.asp?nsId=9664',
     '4月的沅水，刚刚摆脱了春寒，逶迤在湘西阴雨连绵的天气里，静静流淌。沅水的春天似乎比别处来得更早，'
     '沿江两岸的油菜花这时已凋谢多半，不远处的吊脚楼，屋顶的一袭炊烟，伴随着偶尔几声鸡啼和狗吠，让人觉'
     '得时光似乎在这里刻意放慢了脚步。就在这条河上，一座被称为流域收官之战的水电站，因一个千年古镇的搬'
     '迁十年建设至今未能下闸蓄水。原本定于今年2月28日的下闸蓄水目标，一度挪到4月底。就在记者采访期'
     '间，有消息传来，下闸日期将再次延迟到今年9月。托口十年，移民与地方政府之间、地方与业主之间的博弈'
     '从未间断。托口十年，几乎与我国关于水电工程移民搬迁安置政策的变化和调整同步。农村和集镇有关土地与'
     '户籍的历史遗留问题，又遭遇了《土地管理法》和《物权法》出台之后民众维权意识的急遽增强，移民在关乎'
     '切身利益的补偿标准问题上锱铢必较。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.zprce.cn/contents/79448?source=202&source_1=79447',
     '號稱中國第三大的向家壩水電站的移民拆遷工作任務，層層下達之后，最后是由一批沒有受過完整現代政治訓'
     '練的基層鄉鎮干部完成的。認干兒子、喝酒這些洋溢著鄉土氣息的傳統做法，彌合了宏觀政策與基層現實之間'
     '的裂痕。一邊是基層民眾物權意識的增強，一邊是造成群體事件后的維穩壓力，軟下來，姿態低下來移民，成'
     '為基層官員的選擇。屏山縣干部李代輝收干兒子的歷史，要從向家壩水電站屏山庫區移民搬遷工作進入實物指'
     '標復核調查（簡稱“實調”）時說起。屏山縣位于四川省南部邊緣，宜賓市西部。為方便國家補償，2003'
     '年2月，政府下了“封庫令”：不蓋新房，不再栽樹，不遷進戶口，一切凝滯封存。在“生一個娃兒都讀得書'
     '了”的等待途中，刮過幾陣搶栽搶種風。——一根樹苗栽下去本錢幾角最多一兩元錢，賠償則幾元甚至十幾元'
     '，傻子也會算這賬。一封就是五六年。2007年的一天，吃過午飯，李代輝實調歸來，中午趴在辦公桌上休'
     '息，有兩口子拎個兒子找上門來。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH114, "fresh114")
