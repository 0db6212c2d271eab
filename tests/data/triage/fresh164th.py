"""Sealed batch fresh166: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh164th.py; the batch and its row ids are "fresh166".)

Theme: taxis, ride-hailing, buses and driving schools: a 交通局长 behind a taxi firm's "茶水费",
a 交通局长 holding 51% of a taxi firm he set up, state bus-company heads taking suppliers' money,
a 交通执法支队 head shielding 黑车, 运管 staff who let a 黑驾校 run in a 运管所 yard, 钓鱼执法
against 网约车 drivers by a 交通局's lent man and 运管站 officers and by a 交通局 with hired
decoys, an 出租办 taking protection money from 黑车, 运管 who do nothing but take gifts, a village
cadre driving an unlicensed cab, a 执法支队 leader who keeps a paid-up car for a grudge; out items
are private 驾校 cheating cases in court, a 网约车 driver's suit and another's 行政复议 on a fine,
villagers blocking a bus station over old land, a taxi driver's plea on 份子钱, coaches' "软过费"
punished by a 车管所, a 网约车 fine, a commentary on 份子钱 and a 有奖举报 notice. Sources
(stored-pages search): a zqwdw (达达文档网) copy of a story on the 海口 "茶水费" and 王桂云; a
yzblive copy of 《交通局長的利益輸送鏈》 on 顏承魯 (traditional); a pbszb copy of the 中山 纪委监委
notice on 陆国业; a gsjw.gov.cn copy of the 中国纪检监察报 analysis of the 鄂州 公共汽车公司 case;
a hzdd17 copy on the 哈爾濱 王洪生 trial (traditional); a haicao88 copy of the 大河報 follow-up on
the 潦河運管所 黑駕校 (traditional); a 腾讯 copy of the 封面新闻 report on the 松北区 钓鱼执法; a
shzx copy of the 中国青年网 report on the 平度 钓鱼执法; a 陕西 message board letter from 华县 taxi
drivers; a 238000.net forum thread from 巢湖; a 麻辣社区 post on 屋基村 杨浩淞; a 东北网 (big5)
report on 趙先生's car (traditional); out: a 星岛 report on the 漯河 驾校 case, a 光明网 copy of
the 河南法治报 piece on the 开封 驾校 "暗语", a wxredian case note on a 网约车 driver against a
运管处, a forum copy of a report on the 深泽县汽车站 and 郭庄村, a 国际在线 (big5) report on a 海口
driver's 12345 call (traditional), a kaisidi copy of a 花都 行政复议决定书 (traditional), a hyqcw
copy on the 重庆 "软过费", a 重庆法治报 item on a 网约车 fine, a lu100 commentary on 份子錢
(traditional) and a cangchu copy of the 景洪 有奖举报 notice. Seven texts are in traditional
script (items 2, 5, 6, 12, 17, 18, 21; the glossing pinyin of the pages' converted copies removed
in 5 and 6).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, site menus, forum lines and the truncated last sentences of
the stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("8:20", "17:00"); stray spaces removed (016). Page oddities kept: the simplified "背后",
"并" and "今后" in the traditional 005 and 006, "法治批" (007), "问问了叫什么名字" (008), "出租车市国家正规
营运", "不停得鸣笛声", "到时县城" (009), "不受影想", "买的起" (010), "非法载客、，" (011), "副考长",
"主退", "人民币‧下同" and the 「」 quotes (013), "注冊" (018).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the heads and staff of state bus companies and of 运管 and 交通执法 bodies count, private 驾校
heads, coaches, taxi firms and hired decoys do not), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Reporters, drivers, victims, witnesses, firms and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written, the province dropped;
unit None when the text ties the person to no named unit. Topics only from the twelve names of
triage.md; bribes and kickbacks are 贪污贿赂, stakes in firms and gifts 廉洁纪律, 钓鱼执法, fines and
cars held without ground and shielding 黑车 滥用职权, inaction of 运管 and 监管 bodies 工作纪律. As in
fresh107th.py, a driver's claim on his fine or his firm is 个人利益诉求. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (001, 008,
012). Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 2 (017, 018), 其他 4
(019-022). 16 accused entries, all in items 1-12: 12 with a full name (吴淑楷, 顏承魯, 陆国业,
程再平, 杨守堤, 郭小兵, 王吉安, 王洪生, 李保國, 李豪, 劉亞東, 杨浩淞), 3 masked (杨某某, 周某某,
钟某), 1 post only. Items 008, 009 and 010 are in scope with no accused entry. Out items have no
accused entry. Lengths 217 (010) to 650 (018) characters.

Close calls:
 1  Mixed: 王桂云's own claim to a new taxi 指标 (个人利益诉求) beside the 局长 behind the "茶水费"
    and his 受贿 sentence. Site menu, title line "茶水费_出租车司机叫板交通局长…" and the two-line
    sub-heading cut; ends before the truncated "王桂云却没那么乐观…" sentence. ('吴淑楷', '交通局长',
    '海口市') as first written "海口市交通局长吴淑楷" (as "福清市人大代表" in fresh104th.py). The 顺达
    company and the 公司领导 are private. The page is a magazine-style story, not a report.
 2  Traditional; the site line, title and the sub-heading "在新出租車公司中佔51%的干股" cut; ends
    before the truncated "…僅與時任副" sentence, so 杜明飛 is not in the text. The 交管局 that
    "難辭其咎" is an organ. 贪污贿赂 and 廉洁纪律 (the hidden stake in a taxi firm).
 3  A 纪委监委 notice; the trade-fair paragraph the page appends cut. A state bus group's deputy
    manager counts as a public official. 八项规定 for "无视中央八项规定精神，违规收受礼品".
 4  Site lines, title, sub-title, source line and the sub-heading "屡被“围猎”…" cut; ends before
    the truncated "郭小兵果然“上钩”，多". 郭小兵's first post is the list "先后任鄂州市公交客运管理处
    副主任、党总支书记、主任" (hard: he is later 经理 of the bus company); 王吉安 '副经理' of
    '公共汽车公司' as written. 何某某 is a car salesman (private); the "多名中层管理人员" unnamed.
 5  Traditional, glosses removed; the title, a garbled sub-heading ("保護傘”?讓…"), the caption,
    the sub-heading "“黑車”橫行…" and the garbled last sentence ("“?!弊值…") cut. A trial, but of
    an official: in, not 涉法涉诉. The 129 "黨員干部及工作人員" are an unnamed group. 滥用职权
    and 群众纪律 (保护伞).
 6  Traditional, glosses removed; the first sentence (the 大河報's earlier headline, garbled in the
    copy: "《運管所里辦起了黑駕?!窞轭}…") and the byline cut, so the text starts at "昨天". Three
    staff given 誡勉談話 for 監督管理不到位: ('李保國', '分管副局長', '運管局'), ('李豪', '介紹人',
    None) (hard: "介紹人" is his role in the affair, not a post, and no unit is written with him),
    ('劉亞東', '所長', '潦河運管所'). 顧全福, who ran the school, is private. 工作纪律 only.
 7  Title, byline, caption and sub-heading cut; ends before the truncated "网约车开到…". The lent
    man who set the trap, formerly of the 征收办, is staff: ('杨某某', '借用人员', '哈尔滨松北区交通局');
    the two officers ('周某某', '钟某') as "交通局运管站执法人员". The Rolex is only a netizens' hint
    (no 廉洁纪律). 滥用职权 and 群众纪律 ("收拾他").
 8  Mixed: 宋修福's 行政诉讼, now in 二审 (涉法涉诉), beside the 钓鱼执法 alleged against the 平度市
    交通局, an organ: in, no entry; the decoy 李中浩 is not in the kept text, the "社会人员" are
    private. Captions, dateline, sub-headings cut; ends before the truncated "他后来".
 9  A drivers' letter: the 华县出租办 that takes protection money and the 政府 and 交通部门 that do
    nothing are organs: in, no entry. "内容:" and the last, unfinished request cut. The drivers'
    own losses are the motive, not a separate claim: not mixed (hard).
10  Hard: a forum thread, title cut; the first post (a driver asking 运管 to act, "开着公车…到处乱
    转，就是不办正事") and the reply that ends "运管…每次到过年过节，还能收点礼品" kept, the other
    replies cut. Organs and unnamed "有关领导们": in, no entry. Could be read as 其他 (a request
    to curb 黑车). 工作纪律 and 廉洁纪律.
11  Title, two sub-headings, the two legal paragraphs, the last sentence of the 柏林乡 paragraph
    and the truncated "这种“无" cut. ('杨浩淞', '村干部', '屋基村') as first written ("村专干" later).
    His unlicensed cab taken as 廉洁纪律 (IS.INT.06, hard: could be 生活纪律); the 柏林乡政府's lax
    watch (an organ) 工作纪律.
12  Mixed: 趙先生's own demand for his car after paying the fine (个人利益诉求) beside a leader who
    had it held over a phone quarrel. Traditional; dateline and two captions cut. One post-only
    entry (None, '領導', None) for the leader whose "指示" keeps the car; the 支隊長 who hung up
    is not given an entry (hard: could be (None, '支隊長', '交通行政綜合執法支隊')); 王某某 is the
    officer he quarrelled with, not accused; the 停車場 worker only relays.
13  涉法涉诉: a criminal judgment on a private 驾校 head; "date 2026-01-24" cut. Hard: the
    "考场管理员梁某、刘某" among his helpers could be exam-hall staff, but the text ties them to the
    school's group and no post is said to be public.
14  涉法涉诉: a private 驾校's "暗语" cheating in court. The page's opening, written as short lines
    without punctuation, cut with the heads "判决结果" and "检察官提醒", the byline and share lines;
    the text starts at "自2022年5月…该驾校". The coaches as 考试安全员 are school staff.
15  涉法涉诉: a 网约车 driver's suit against a 运管处's fine, won on appeal; the analysis cut. The
    quashed fine is not alleged misconduct of anyone (hard: could be read as in, 滥用职权).
16  征地拆迁: villagers block a bus station whose land was taken in 1994 and is now sold; the stored
    copy starts mid-article. Caption, sub-heading, a sentence with spam inserted into it ("…村民们想
    不通，christian louboutin…") and a second caption cut; ends before the truncated quote. 郭进雨
    speaks for the villagers; the late 村主任's oral promise is not misconduct.
17  个人利益诉求, traditional: a driver asks for the promised 份子錢 cut; 李友強 only answers. The
    second caller's bus-line question and the rest cut.
18  个人利益诉求, traditional: a 網約車 driver asks to reduce his fine in a 行政復議. The title and
    party lines cut; ends before the truncated "…已辦理《網絡預" sentence. Could be read as 涉法涉诉
    (administrative reconsideration).
19  其他: two private coaches took "软过费" and were punished by the 车管所; the coach's claim "要通过
    需要打点车管所关系" is answered by "车管部门未收取任何费用" (hard: could be read as a hint
    against the 车管所). Source line, three sub-headings and link lines cut. Could be 个人利益诉求
    (the fees refunded).
20  其他: a 网约车 driver fined; "本报讯" and the byline cut.
21  其他, traditional: a commentary on 份子錢 and the firms that live on it; no official accused.
22  其他: a 景洪 notice of rewards for reporting 黑车 and taxi offences; the title, "(资料图片仅供参考)"
    and the head "一、有奖举报范围" cut; ends before "二、举报方式".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH166: list[Item] = [
    # 01
    ('https://www.zqwdw.com/yingyongwenshu/2019/0106/26137.html',
     '海口市女出租车司机王桂云因车辆到期报废失业后，为了拿到一个新车指标，她几方筹措，终于筹够了5万元的保证金'
     '和8万元预交的“车份子钱”，却被告知，要想拿到指标，还需缴纳6万元的“茶水费”。面对一贫如洗的家，王桂云多次找'
     '单位协商，却屡次被挡在门外，受尽屈辱。这让她下定决心要揭开“茶水费”背后的利益链条。经过调查，王桂云得知一'
     '个惊人事实：海口市交通局长吴淑楷是“茶水费利益集团”背后最强有力的靠山。就在此时，王桂云莫名被人打伤，丈夫'
     '也因她到处“惹事”与她分居。为了让“英雄的姐”不再孤独，四名“的哥”来到王桂云身边，与她组成“同盟会”，共同取证'
     '。2010年3月1日，海南省第一中级人民法院以受贿罪判处吴淑楷有期徒刑11年。2009年1月3日，因车辆到期报废，在海'
     '口市开了6年出租车的“老的姐”王桂云失业了。晚上回到家，面对桌上的饭菜，王桂云一口也吃不下。丈夫刘民强宽慰'
     '她道：“别太愁了，既然报废了一部分出租车，政府肯定会下发一批新车指标（出租车经营权），你是公司的老员工，'
     '排也能排到你。”',
     'in', None, True, ['贪污贿赂'],
     [('吴淑楷', '交通局长', '海口市')]),
    # 02
    ('https://m.yzblive.com/news/b5/2012/12/30/480572.html',
     '2012年12月25日，甘肅省蘭州市交通運輸局原局長、黨組書記顏承魯被蘭州市中級人民法院一審認定收受千萬元賄賂，'
     '獲無期徒刑。從案情看，除直接收受錢款等常見腐敗手法外，顏承魯的案情中的一個細節尤其受到關注——他成立了一家'
     '新出租車公司，然後控制了51%的股份，暗中當上了「老總」。近年來，蘭州出租車運行亂象經常見諸媒體，尤其是今'
     '年5月初的停運事件，更是轟動一時。雖然停運的導火索是因為出租車加氣難，但其間暴露出了該行業許多的深層次問'
     '題，如出租車單雙號限行、繳納高額份子錢、黑車橫行等，作為行業管理部門，交管局難辭其咎。停運事件發生幾天後'
     '，顏承魯突然被蘭州市人民檢察院帶走，5月17日，即被刑事拘留。對顏承魯的庭審長達3天，公訴機關展示的系列證據'
     '，完整展現了一個局長直接插手出租車運營業的始末。官員利用手中的管制權力，到出租車這一公共事業中分得一塊肥'
     '肉，這正是我國各地出租車行業問題層出不窮的重要原因。2005年底，蘭州市引進建設吉利蘭州汽車生產基地。為支持'
     '吉利汽車蘭州生產基地的發展，蘭州市政府成立了「蘭州市出租汽車報廢更新工作領導小組」，顏承魯擔任領導小組的'
     '副組長，蘭州市政府要求工作領導小組將吉利遠景車投放到出租車行業。在此要求下，工作領導小組決定，由市交通主'
     '管部門負責籌建以吉利車型為主的出租汽車公司，車輛規模為350輛。其中市政府增加出租汽車指標200個，另外150個'
     '指標從扶優扶強指標中劃撥。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('顏承魯', '原局長、黨組書記', '蘭州市交通運輸局')]),
    # 03
    ('https://www.pbszb.com/gn/114485.html',
     '日前，中山市纪委监委对中山市公共交通运输集团有限公司原党委委员、副总经理陆国业严重违纪违法问题进行了立案'
     '审查调查。经查，陆国业丧失理想信念，背弃初心使命，廉洁底线失守，无视中央八项规定精神，违规收受礼品；纪法'
     '意识淡薄，利用职务便利为他人在项目采购等方面谋利，并非法收受巨额财物。陆国业严重违反党的廉洁纪律，构成严'
     '重职务违法并涉嫌受贿犯罪，且在党的十八大甚至二十大后仍不收敛、不收手，性质严重，影响恶劣，应予严肃处理。'
     '依据《中国共产党纪律处分条例》《中华人民共和国监察法》《中华人民共和国公职人员政务处分法》等有关规定，经'
     '市纪委常委会会议研究，决定给予陆国业开除党籍处分；由市监委给予其开除公职处分；将其涉嫌犯罪问题移送检察机'
     '关依法审查起诉，所涉财物一并移送。',
     'in', None, False, ['廉洁纪律', '八项规定', '贪污贿赂'],
     [('陆国业', '原党委委员、副总经理', '中山市公共交通运输集团有限公司')]),
    # 04
    ('http://www.gsjw.gov.cn/content/2017-06-01/19534.html',
     '程再平，2011年12月至2016年9月，任湖北省鄂州市公共汽车公司党总支副书记、经理，因严重违纪被查。杨守堤，200'
     '1年9月至2011年11月任鄂州市公共汽车公司经理，2011年12月任公司党总支书记，2012年12月退休，2016年12月，因严'
     '重违纪被查。郭小兵，2001年2月至2016年11月，先后任鄂州市公交客运管理处副主任、党总支书记、主任，市公共汽'
     '车公司党总支书记、经理等职，因严重违纪被查。鄂州市公共汽车公司前后三任经理前“腐”后继，令人震惊。他们从起'
     '初的不守规矩，到之后的随波逐流，思想蜕变、破纪破法，最终断送一生前途，埋葬一家幸福，教训深刻。执纪人员表'
     '示，该案是近年鄂州市纪委查办的一起影响较大的国企腐败窝案、串案，企业三任一把手落马，移送司法机关7人，违'
     '纪人员还包括公共汽车公司副经理王吉安（已被司法机关立案并逮捕）等其他班子成员及多名中层管理人员，且大部分'
     '人员在党的十八大后仍不收敛、不收手，性质恶劣。程再平、杨守堤、郭小兵等人在入党之初，尚能自警自省，但走上'
     '领导岗位以后，反而放松警惕，结果在不法商人的“围猎”中迷失自我，陷入贪腐泥沼。2007年，鄂州市公汽公司为拓展'
     '公交运营线路增添一批车辆，各地汽车销售代理商闻风而动，时任武汉某公司销售员的何某某多次前往公汽公司推销车'
     '辆业务，但一直没有进展。后来，经人介绍，何某某认识了时任鄂州市公交客运管理处副主任的郭小兵。何某某千方百'
     '计拉拢郭小兵，并许以厚利。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('程再平', '党总支副书记、经理', '鄂州市公共汽车公司'), ('杨守堤', '经理', '鄂州市公共汽车公司'), ('郭小兵', '副主任、党总支书记、主任', '鄂州市公交客运管理处'), ('王吉安', '副经理', '公共汽车公司')]),
    # 05
    ('http://hzdd17.cn/html/11/77123.html',
     '1月12日，黑龍江省哈爾濱市南崗區人民法院公開審理了哈爾濱市交通行政綜合執法支隊原支隊長王洪生濫用職權一案'
     '。王洪生成為哈爾濱市2017年打擊非法營運車輛、深挖背后“保護傘”一案中第一個站上被告席的公職人員。2017年下半'
     '年，哈爾濱市紀委聯合公安、檢察、交通等機關和部門組成調查組，清查車輛1.68萬輛，查扣非法營運出租車214輛，'
     '打掉“黑車”團伙7個，移送公安機關處理非法營運出租車174輛，并嚴肅查處、問責了129名為非法營運出租車充當“保護'
     '傘”的黨員干部及工作人員。問責人數之多創哈爾濱市新中國成立以來之最，充分體現了哈爾濱市委依法打掉各類“保護'
     '傘”的堅定決心和全面從嚴治黨、從嚴整頓作風、從嚴懲治違紀違法的鮮明態度。出租車是一個城市的流動窗口，展現'
     '著一個城市的精神風貌。然而，近些年在哈爾濱的大街小巷卻出現了大量貌似出租車的“黑車”。這些“黑車”搶客宰客、'
     '違章行駛，不但嚴重擾亂了出租車行業的正常運營秩序，而且一旦出現事故，乘客的安全也得不到保障。對此，本地市'
     '民及外地游客都怨聲載道。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('王洪生', '原支隊長', '哈爾濱市交通行政綜合執法支隊')]),
    # 06
    ('http://m.haicao88.cn/xinwenpindao/guoneixinwen/12870.html',
     '昨天，臥龍區交通運輸局紀檢部門給記者通報了對該事件的查處情況，認定該駕培訓練場屬非法訓練場，臥龍區運管局'
     '存在監督管理不到位，工作人員存在違反相關工作紀律問題。已責令相關責任人寫出書面檢查，并被紀檢部門誡勉談話'
     '。臥龍區交通運輸局紀檢張書記告訴記者，就在報道見報的當天上午，臥龍區運管局二十余名執法人員，投入四臺執法'
     '車輛，已對該非法訓練場進行查處取締，并拆除非法訓練設施設備。對顧全福利用豫R7333學、豫R7661學、豫R7015學'
     '車輛擅自從事駕培經營的違規行為，根據《機動車駕駛員培訓管理規定》第五十二條第一款之規定進行了嚴肅處理。4'
     '月9日，臥龍區交通運輸局對臥龍區運管局監督管理不到位的相關責任人作出如下處理意見：1.責成運管局分管副局長'
     '李保國同志寫出書面檢查；2.責成介紹人李豪同志寫出書面檢查；3.責成潦河運管所所長劉亞東同志寫出書面檢查；4.'
     '交通運輸局紀委對李保國、李豪、劉亞東進行誡勉談話。張書記告訴記者，針對該事件，今后交通局將舉一反三，虛心'
     '接受社會各界及媒體對工作的監督與支持。',
     'in', None, False, ['工作纪律'],
     [('李保國', '分管副局長', '運管局'), ('李豪', '介紹人', None), ('劉亞東', '所長', '潦河運管所')]),
    # 07
    ('https://new.qq.com/omn/20220614/20220614A081XY00.html',
     '乘坐网约车抽烟被拒，乘客便以司机没证件为由举报。涉嫌遭遇“钓鱼执法”的网约车司机随即将相关视频发布到社交平'
     '台，主管部门立即介入。6月13日，哈尔滨市松北区对这一事件作出处理并发布官方通报。通报称，涉事乘客杨某某为'
     '哈尔滨松北区交通局借用人员，已对其予以清退；两名执法人员均受到党内严重警告处分，同时被调离执法岗位。封面'
     '新闻记者注意到，此次被处理的交通局运管站执法人员周某某、钟某，此前都有被处分的经历。事发后，网友怀疑涉事'
     '乘客杨某某系哈尔滨尚行网约车服务有限公司高管，但该公司工作人员称，两人并非同一人。6月14日，封面新闻记者'
     '从知情人士处获悉，被借用前，杨某某曾在松北区征收办工作。有网友还发现，执法人员周某某佩戴的手表疑为劳力士'
     '牌，价值不菲。当事网约车司机公布的相关视频显示，6月11日晚，副驾驶乘坐的乘客试图在车内抽烟，遭司机拒绝后'
     '拿出手机拨打电话：“回局里吧兄弟，我打个车，还没有营业资格证，也没有网约资格证。一个小黑车，我要回家还不'
     '让我抽烟，那我就收拾他就完了呗……一会儿让你认识认识我……”随后，该乘客又接着拨打电话，向“哥们儿”询问黑车如'
     '何处罚，对方回复“罚5000元到20000元”，该乘客又让人带上执法证，称“一个人不行，要两个执法人员”，并称可以先'
     '收罚款，“明天法治批就完了呗，你着什么急啊”。司机问乘客“是哪个单位的”，该男子回答：“我就是个热心市民。”',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('杨某某', '借用人员', '哈尔滨松北区交通局'), ('周某某', '执法人员', '交通局运管站'), ('钟某', '执法人员', '交通局运管站')]),
    # 08
    ('https://m.shzx.org/a/15-428-0.html',
     '山东省莱阳市多名网约车司机日前致电中国青年网，称去年6月遭到山东省平度市交通局与社会人员合谋的“钓鱼执法”'
     '，事后社会人员承认帮平度市交通局“钓鱼”获取报酬。去年7月27日，曾被“钓鱼”的一名网约车司机宋修福向平度市人'
     '民法院提起行政诉讼，目前案件已进入二审。宋修福向中国青年网回忆，2016年6月22日上午8:20左右，自己在某网约'
     '车平台接到一名男子从莱阳到平度南苑新区的订单。上车后，该男子称自己微信余额不足，希望司机取消订单，自己到'
     '平度拿完东西后还要返程，到平度后可先以现金形式支付单程车费。宋修福说，自己没多想就取消了订单。到目的地后'
     '，自己按照约定收取了对方100元，但就在接钱的时候，左边的门就被人拉开，有人拉着自己称“这是非法营运”，要下'
     '车接受处罚。这时宋修福才看到两辆交通局的执法车在自己车辆前后停下。宋修福被要求上了一辆执法车，自己的车辆'
     '则交由执法人员驾驶，并到达一个停车场做笔录。“笔录都是提前做好的，问问了叫什么名字，在哪上的车，自己就是'
     '签了个名字”。对于笔录里写的内容，宋修福表示已经记不清楚。随后宋修福交了5000元罚金。回莱阳后，宋修福把自'
     '己的遭遇告诉了其他的网约车司机，提醒大家不要再上当。没想到第二天，还真有同行称自己再次接到了去往平度的订'
     '单。很快，多名嘀嘀车主赶了过去，大家一起把约车的男子围了起来。男子的同伴报了警，警察将这名男子和司机带回'
     '派出所。宋修福赶到派出所，认出这名男子正是前一天骗自己的人。',
     'in', None, True, ['滥用职权'],
     []),
    # 09
    ('https://sxsjtt.sxtm.com/home/words/wordsinfo/wid/1863',
     '你好：我是华县出租车司机代表。出租车市国家正规营运的车辆，每年每月都要交各种保险和管理费用，运营成本很高'
     '。可华县的黑车由来已久，特别猖獗，华县出租办公开向黑车收保护费，每辆黑车一年交两三千元就可以在县城随意拉'
     '客，华县政府及交通部门也没人管。前几年有陕西电视台记者报道过华县黑车疯狂载客的事情，最终还是没人理睬。今'
     '年黑车更为疯狂，数量猛增，只要你站在街道两边，你会发现几乎从身边过去的每一辆非出租车都会使劲向你鸣笛，那'
     '是他们在用喇叭招揽生意，不停得鸣笛声十分嘈杂，无序的竞争到时县城交通拥堵和交通事故频发。同时也使得我们这'
     '些运营成本很高的正规出租车无法正常运营，高昂的管理费和保险费，收入却没有保障，相关部门的以权谋私和不作为'
     '，极大的损害了我们这些正规出租车的合法权益。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 10
    ('https://238000.net/archiver/tid-426045.html',
     '我是一名出租车驾驶员，每天傍晚（17:00）以后汽车站就多了太多的黑头车在跑营运。我们出租车都快没生意了，每'
     '当来了一班客车，他们人就跟着客车跑，不知道哪天非要出个事故。希望有关领导们能重视一下。不要每次一打电话就'
     '说知道了，就是不见行动，不要开着公车在街上到处乱转，就是不办正事，人民的眼睛是雪亮的。难道真的不受影想吗'
     '？私家车谁都买的起，下次我们都把出租车包了，去跑黑车看你还有生意吗？其实是运管不想去管，每次到过年过节，'
     '还能收点礼品。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     []),
    # 11
    ('https://www.mala.cn/forum.php?mod=viewthread&tid=16808223',
     '“杨干部开着私家车拉客收钱，问他有没有营运证，说‘跑几趟没事’，这要是出了事故谁负责？”屋基村村民的疑问，直'
     '指村干部杨浩淞无运营证载客的违法事实，更将柏林乡政府的监管责任推至台前。身为基层干部却触碰法律红线，背后'
     '暴露的监管缺位问题，亟待给出明确答案。据多位村民反映，村专干杨浩淞长期驾驶私家车在村内及往返乡镇的路线上'
     '载客，以微信转账、现金支付等方式收取费用，单次车费5至10元不等。“他经常在本村各个路口非法载客、，说是‘顺'
     '路带一脚’，但每次都要钱，”一位村民提供的微信支付截图显示，收款方确为杨浩淞，附言标注“车费”。面对村民关于'
     '“谁来管”的质疑，柏林乡政府的监管责任无法回避。从法定职责来看，虽然非法营运的直接执法主体是县级以上交通运'
     '输主管部门，但乡镇政府负有协助排查、线索上报、日常监管的属地责任。现实中，柏林乡政府的监管响应却显滞后。'
     '未见到任何核查或制止动作。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('杨浩淞', '村干部', '屋基村')]),
    # 12
    ('https://heilongjiang.big5.dbw.cn/system/2013/03/27/054671169.shtml',
     '2013年1月7日，哈爾濱市民趙先生的車因涉嫌非法營運，被交通部門暫扣。2月22日，趙先生繳納了5000元罰款，並拿'
     '到了放車單。截至3月26日，放車手續齊全的趙先生到交通局停車場跑了好幾趟，卻依然無法將車取出來。停車場不放'
     '車的原因是，趙先生與辦案人通話時出言不遜，領導指示不放。2013年1月初，趙先生向記者反映，哈爾濱市交通行政'
     '綜合執法支隊暫扣他涉嫌非法營運的車輛時未開具扣車手續。2月22日，哈爾濱市交通行政綜合執法支隊終於對趙先生'
     '作出了處理，以其未取得出租汽車經營權擅自從事營運為由罰款5000元。繳納罰款後，趙先生拿著放車單多次到哈雙停'
     '車場取車，但停車場卻拒不放行。3月25日，記者隨趙先生再次來到停車場。停車場辦公室一位中年男性工作人員檢查'
     '了罰款收據和放車單後，告訴趙先生：“你跟領導打電話罵人了，法制科來電話就說不讓取車。”這位工作人員表示，雖'
     '然是罰款已繳、放車單也在手，但他得到了領導的指示，說車不能放，具體原因就在於趙先生在與具體經辦執法人員王'
     '某某的電話溝通中出言不遜。幾經交涉，拿著全套提車手續的趙先生仍舊無法取回車，無奈之下，只好撥打交通行政綜'
     '合執法支隊支隊長電話尋求解決。但電話接通後，該人在電話中問清事由後，不再說話並掛斷電話。再次撥打，語音提'
     '示無法接通。隨後撥打辦案人王某某的電話也是無法接通。趙先生很疑惑：交通部門對暫扣車輛的放行與否，應該以相'
     '關法律法規為依據，還是以類似言語衝突等個人恩怨為依據？希望交通部門能給出明確答復。',
     'in', None, True, ['滥用职权', '群众纪律'],
     [(None, '領導', None)]),
    # 13
    ('https://www.stheadline.com/zh-hans/realtime-china/3538512/%E8%80%83%E8%BD%A6%E7%89%8C%E5%87%BA%E7%8C%AB%E9%A9%BE%E9%A9%B6%E5%AD%A6%E6%A0%A1%E6%A0%A1%E9%95%BF%E6%94%B6%E9%92%B1%E5%8A%A95677%E5%90%8D%E8%80%83%E7%94%9F-%E6%8C%89%E5%A4%A9%E5%88%86%E7%94%A8%E7%89%B9%E5%8A%A1%E7%BA%A7%E5%99%A8%E6%9D%90',
     '日前，河南省许昌市中级人民法院公布判决书，揭开漯河市一宗大规模的驾驶考试作弊案件，当中涉及当地一间驾驶学'
     '校杨姓校长、联同副考长及考场管理员等人，利用各样的工具，与5677名考生作弊，以取得驾驶执照。一审判决认定，'
     '2017年以来，杨某担任漯河市某某机动车驾驶员培训有限公司（下称「某某驾训班」）校长。2018年开始，杨某纠集该'
     '校副校长丁某、李某、考场管理员梁某、刘某、「枪手」张某（均另案处理）等人，先行对需要作弊的学员按文化程度'
     '、年龄大小、机敏程度等进行筛选，并决定使用不同的作弊方式，利用针孔镜头、微型耳机等作弊器材，先后组织5677'
     '名学员作弊。期间，杨某收取每名学员高额费用，扣除提成后，余款转帐到驾训班，组织考生利用作弊方式及手段，参'
     '加各科驾驶考试，从中非法获利。事发后，杨某曾承认其违法所得共256万元（人民币‧下同）。扣押在案的杨某曾退15'
     '0万元。一审判决后，杨某提出上诉，二审庭审中，杨某撤回原上诉意见，愿意认罪，并主退剩余全部赃物106万元。20'
     '25年12月，许昌市中院二审判杨某入狱四年，禁止杨某在刑满释放后五年内从事驾校相关业务。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.gmw.cn/2025-03/27/content_1304001982.htm',
     '自2022年5月至2023年6月，该驾校共收取1万余名学员的暗语培训费用，累计金额高达200万余元。而驾校的8名教练员'
     '，因参与帮助学员作弊，每人分别领取了五万至七万余元不等的奖金。开封城乡一体化示范区检察院以组织考试作弊罪'
     '对袁某、牛某等10名被告人提起公诉。最终，法院依法判处袁某、牛某等10名被告人有期徒刑四年零六个月至九个月不'
     '等，并处罚金五万元至一万元不等。驾考是对驾驶员安全驾车的重要把关环节，关乎公共安全，不容存在任何弄虚作假'
     '。驾校从业者应当严守职业底线，凭真本事教学，莫让利益蒙蔽双眼。广大学员也要牢记，诚信驾考方能练就过硬本领'
     '，安全驾驶于道路之上。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://wxredian.com/art?id=f5653f5cd846526b2adb16c9f1ada6aa',
     '2017年8月5日，李某通过某网络预约车平台接单约车，由某小区接2名乘客到某机械厂时，被某市交通运输局道路运输'
     '管理处（以下简称“运管处”）的执法人员拦截。李某认可通过平台接单进行营运的事实，且已成功接单610单。同月9日'
     '，运管处向李某送达了违法行为通知书，经集体讨论后作出《行政处罚决定》，决定对李某处以10000元罚款。李某不'
     '服处罚决定，遂向法院起诉运管处。一审法院认为李某的行为构成未取得经营许可，擅自从事网约车经营活动。李某认'
     '为一审法院适用法律错误，运管处作出处罚时《某市网络预约出租汽车经营服务管理实施细则》（以下简称“《实施细'
     '则》”）尚未制定，办理经营许可证等一系列工作并未开展，根本无法办理相关许可证件，遂提起上诉。一、撤销一审'
     '法院作出的行政判决；二、撤销运管处作出的《行政处罚决定》；三、运管处于判决送达之日起十五日内返还李某已缴'
     '纳的罚款10000元。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://test.internet-directory.com/showthread.php?t=1625073',
     '有村民附和说，“当年村里做工作的时候就说了，20年内车站搬迁，土地归还到户，现在搬了，却没啥说法了。”郭进雨'
     '称，时任村主任的郭进发系其亲哥哥，已于2008年去世，“当时村里确实是和县里这么沟通的，但是没有体现到书面上'
     '。”站外热闹站内冷，界限是三大堆沙子。“我们从早上5点开始，拉了好几车，一共百十来立方米吧。”三堆沙子分别在'
     '进出站口以及停车场的门口，如此一堵，汽车站无法正常运行。郭进雨说：“沙子（堵门）是我们村民表达意见的一种'
     '方式，我们希望能把问题解决。”郭进雨所说的问题，源于深泽县汽车站将迁新址的消息。“我们听说汽车站这片地已经'
     '被拍卖了，马上就要进行商业开发，汽车站也要搬走了。”在郭进雨提供的文字材料中显示，深泽县汽车站现址用地，'
     '是1994年由石家庄客运总公司向郭庄村征用，共23.2488亩。郭庄村委会提供的书面材料中，还有一条引人注意：“车站'
     '现址……无论从现状还是从发展来看都是最合适的位置。”郭进雨坦承，自16年前位于本村西北角的汽车站建成以来，确'
     '实给村民带来了一些收益，“有十几户在周围开了小卖部和饭馆。”“影响收益”也是郭庄村村民不愿车站搬迁的原因之一'
     '。到昨日14时，郭庄村的村民已在深泽县汽车站聚集了近9个小时。村干部称，此举“实属无奈。”',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://big5.cri.cn/gate/big5/hi.cri.cn/20170503/f34af491-7909-46b1-4846-fae6a7b296ca.html',
     '“我們每個月要上交7000多元‘份子錢’，壓力很大，能否減免？”5月2日，海口市交通運輸和港航管理局副局長李友強“'
     '坐班”12345熱線，一名計程車司機反映“份子錢”問題，李友強回復説，年底前將落實減免1個月“份子錢”政策。這名計'
     '程車司機反映説，他們每個月需要向公司交7000多元的“份子錢”，“份子錢”由管理費用、車輛維護費用、管理人員工資'
     '、車輛和駕駛員的保險費用等組成，工作強度大、收入低、工作壓力大，“聽説2017年將會有減免‘份子錢’的政策出臺'
     '，何時落實？”李友強表示，《海口市人民政府關於出租汽車行業深化改革的實施意見》明確，每年有一個月減免“份子'
     '錢”，目前交通部門正在制定具體落實方案，今年年底前將落實。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.kaisidi.cc/xxgk/xzfy/content/post_8745876.html',
     '申請人不服被申請人作出的行政處罰決定，向本府申請行政復議，本府依法予以受理，現已審查終結。申請人請求：撤'
     '銷被申請人于2022年4月2日作出的粵穗花交運罰〔2022〕HD20220225004號《行政處罰決定書》，減輕處罰金額。申請'
     '人稱：對處罰金額有異議，我駕駛的是網約出租車，是有營運證的車，按照交通運輸局交規，未拿到網絡駕駛證駕駛網'
     '約車的，處罰200至2000元。希望減輕處罰。被申請人答復稱：一、被申請人具有對本案違法行為進行管理和行政處罰'
     '的法定職權。《網絡預約出租汽車經營服務管理暫行辦法（2019修正）》第四條第三款規定：“直轄市、設區的市級或'
     '者縣級交通運輸主管部門或人民政府指定的其他出租汽車行政主管部門（以下稱出租汽車行政主管部門）在本級人民政'
     '府領導下，負責具體實施網約車管理。”依據該規定，被申請人作為廣州市花都區的交通運輸主管部門，享有對申請人'
     '在本轄區內的網約車經營活動進行管理的法定職權。二、申請人違法行為事實清楚，證據充分。被申請人執法科執法人'
     '員于2022年2月25日在廣州市花都區長途汽車客運站北站西廣場路段發現申請人黃某某駕駛牌號粵A7XXXX的車輛搭載兩'
     '名乘客。根據被申請人執法人員對申請人黃某某的詢問筆錄等證據顯示：黃某某稱其為網約車平臺的注冊駕駛員，牌號'
     '粵A7XXXX車輛的所有人為廣州市亞滴汽車租賃有限公司。2022年2月25日，乘客通過高德平臺聯系黃某某，黃某某駕駛'
     '牌號粵A7XXXX的車輛搭載該兩名乘客從花都區花都廣場前往花都區北站西廣場，并收取車費14.56元。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://hyqcw.cn/news/201101/9439.html',
     '“驾驶技术不过关，交钱就能拿驾照。”因考驾照中存在这一潜规则，不知诞生了多少马路杀手，制造了多少交通事故！'
     '昨日，重庆市交管局车辆管理所通报称，重庆吉成驾校和重庆诚信驾校教练员吴某和朋某，收取学员“软过费”，车管部'
     '门目前已提请运管部门取消两人教练员资格，终身禁教。车管部门同时还作出处罚：两所驾校禁考15天。据市车管所副'
     '所长李卫国介绍，今年1月，重庆诚信驾校（位于江北鲤鱼池）学员张某，在参加科目二桩考前担心自己无法通过考试'
     '，这时，负责其训练的教练员朋某私下找到张某，表示可以帮助他通过考试。朋某随后违规收取了张某“科目二软过费”'
     '600元。今年2月12日，重庆吉成驾校（位于渝中区朝天门）的两名学员也进行到科目二考试，教练员吴某表示可以帮忙'
     '让他们通过，并告诉两人“要通过需要打点车管所关系”。随后违规收取两学员“软过费”各500元。交了“软过费”后，张'
     '某等3名学员参加了科目二的考试，但连续两次考试，3人都因不达标被考官判定为考试不合格。交了“软过费”却没有通'
     '过考试，这让几名学员纳闷了。不久，市车管所接到举报，随即展开调查。原来，整个过程中，车管部门未收取任何费'
     '用。吴、朋两人私收“软过费”的行为，不仅损害了学员的合法权益，也严重损害了车管部门的形象。李卫国副所长告诉'
     '记者，查明事实后，车管所迅速作出严厉处罚，责令两名驾校教练员立刻退还违规收取的费用，并已向运管局去函，提'
     '请运管局取消其教练员资格，终身不得从事教练员工作。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://szb.cqfzb.net/html/2025-12/12/content_114054_19125624.htm',
     '近日，重庆交通执法总队直属支队执法人员在两江新区楠竹路路段查出一起非法营运行为。当天早上，重庆交通执法总'
     '队直属支队执法人员接到城投金卡系统预警：“重点车辆”名单中一辆涉嫌违规运营的小轿车出现在楠竹路路段。9时45'
     '分左右，执法人员抵达现场，发现驾驶员李某正待在车内，车上还载有2名乘客。经核实，该车使用性质为“预约出租转'
     '非”，按规定已不能从事网络预约出租车经营活动，但执法人员现场发现该车正接有网约车订单。随后，执法人员对李'
     '某作出罚款3000元的行政处罚。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://lu100.cc/ZhengCeGaiGe/337066-2.html',
     '當前國內絕大多數城市中，出租車司機都難逃“份子錢”盤剝。以北京為例，出租車每月“份子錢”達到4000元，而油費、'
     '修車、保養等費用都由司機負擔。司機每天一睜眼，就欠公司100多塊，每月一半以上收入都交了“份子錢”。溫州市在1'
     '998年將出租車改為個體經營為主，使出租車司機度過了一段“幸福時光”，但后來多數個體車主將牌照層層轉包，又重'
     '新導致一線司機負擔高額的承包費。坐收“份子錢”的出租車公司以及出租牌照的個體戶等附著在出租車行業的食利者，'
     '已成為整個行業的頑疾。高額“份子錢”迫使司機長時間、超負荷勞動，收入被大幅剝奪，怨氣叢生，導致“繞路”、“拼'
     '客”、“拒載”多發，消費者深受其害；由此引發的“打車難”、“罷運”也成為社會問題。清除出租車行業食利者已成為整'
     '個行業改革的關鍵點、引爆點。坐收“份子錢”的人，無論是公司還是個人，本質上都是專營壟斷的既得利益者。司機抱'
     '怨收入低，消費者抱怨服務差，而“專車”等創新又受到強力打壓，所有問題的焦點就在于食利者的存在。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.cangchu.u0y.com/zixun/2023/0503/11460.html',
     '为深入贯彻落实省、州、市交通市场秩序要求，严厉打击出租车、网约车等营运车辆违法经营及“黑车”非法运营行为，'
     '进一步规范市场秩序，提升行业服务水平，有效净化道路运输市场环境，保障群众合法权益，维护行业和社会安全稳定'
     '。经研究决定从即日起在全市实行有奖举报制度，现就有关事项通告如下：（一）未取得《巡游出租车经营许可证》或'
     '《网络预约出租汽车经营许可证》擅自从事或变相从事出租汽车经营活动的企业；未取得《网络预约出租汽车运输证》'
     '或《巡游出租汽车运输证》擅自从事或变相从事出租汽车经营活动的车辆，或者网络预约出租汽车线上提供服务的车辆'
     '与线下实际提供服务的车辆不一致的；未取得《巡游出租汽车驾驶员证》或《网络预约出租汽车驾驶员证》的驾驶员，'
     '或网络预约出租汽车线上提供服务驾驶员与线下实际提供服务驾驶员不一致的。（二）出租车、网约车拒载、议价、挑'
     '客、途中甩客、故意绕道行驶和未经乘客同意搭载其他乘客（强行拼客）的；出租车不按规定使用计程计价器收费、“'
     '一口价”违规收费欺客宰客和不按规定出具相应车费票据的；网约车有线下接单、线下收费行为的。（三）其他从事交'
     '通运输行业违法违规行为的。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH166, "fresh166")
