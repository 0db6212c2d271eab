"""Sealed batch fresh120: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh118th.py; the batch and its row ids are "fresh120".)

Theme: post, telecom and cable (郵政局 and 邮政 agents, branches of 中国电信, 移动 and 联通, 广电
and cable TV): a county 郵遞員 selling report letters to the officials reported, a township
邮政代办员 taking subscriptions and "脚力钱" out of farmers' remittances, a 镇 jamming satellite TV
for its cable, a village committee cutting the operators' cables to sell its own ducts, a school
principal letting a telecom firm sell phones in class, an operator's 业务经理 buying black SIM
cards, operator staff selling subscribers' locations and passwords, a 邮局 clerk's forged postage
with ministry mail clerks, the 北京电信 chiefs' public-funds dinners found by the 巡视组, a list of
邮电 and 移动 managers convicted of graft, a 邮政支局 head who diverted a family's deposits, and
county 邮政局 leaders who tricked sixty rural postmen out of their jobs; out items are broadband
and dial-up lawsuits, a billing complaint, a late parcel, a dead landline, villagers pulling down
base stations, a silent village loudspeaker and farmers who cannot pay for cable TV. No county
graft case of a 广电网络 manager could be found that was not already used (the 常州 case is in
fresh76th.py, the 浏阳 one in fresh115th.py, the 电信 dinner commentary in fresh36th.py).
Sources (stored-pages search): a converted copy of the 颍上 郵遞員 judgment report (traditional);
a 1999 光明网 文摘报 piece on the 隆回 滩头镇 邮政代办员; a 仪陇 百姓心声 post on 赛金镇's jammers; a
commentary on cbgc.scol.com.cn on the 安阳 袁薛庄村 cables; a haoyun56 copy of the 乐清 教育局 notice; a 舟山网
report on the 定海 black cards; a 426sm copy of the first 北京 case of operator staff leaking
data; a converted copy of a 2005 report on the 阜成門郵局 case (traditional); a big5 copy of the
中国台湾网 report on the 北京電信 通報 (traditional); a csmtsr article listing convicted telecom
managers; a converted copy of a report on the 江寧 郵儲 deposits (traditional); the 中国劳工通讯
piece on the 三台 rural postmen; out: a 官渡区法院 guiding case on broadband upload speed, a
converted copy of a 2005 中新网 report on a 内江 ADSL judgment (traditional), a 2000 广州日报 report
kept on eclaw.cn on a 佛山 dial-up suit, a 南方财经 report on a 广州移动 charge, a 2007 齐鲁晚报
report on a 济南 parcel, a converted copy of an evening paper's report on a dead landline
(traditional), a converted copy of the 中新网 report on the 横县 旺垌村 base stations
(traditional), a 启东 留言 on a village loudspeaker and its answer, an 東方日報 item on the 西樵
團結村 mast (traditional) and a copy of a 东南网 page with a 新华每日电讯 essay on satellite dishes. Eight texts
are in traditional script (items 1, 8, 9, 11, 14, 18, 19, 21; the glossing pinyin of the
converted copies of 008, 011 and 014 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source tags, board notices, editor and share lines and the truncated last sentences of
the stored copies removed); paragraphs joined; ASCII punctuation written full-width except
inside numbers ("45.70元", "7.95萬元", "0.09元/3分钟"); the ASCII double quotes of the pages written
“ ”. Page oddities kept: "李国安" beside "李国民" (002), "卫星视干扰器" and "知法犯法？，" (003),
"穎上縣" beside "潁上縣" (001), the unpaired “ before "渠道斷了！" (008), "相当於" and "等於" (012),
"c波段" (003), "sim卡" (006), "2006年-2012年" (009), "并" and other simplified forms in the
traditional copies.
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; managers and staff of the state post, the state telecom operators and public
schools hold public posts, as the 邮储 and 农行 staff of fresh116th.py and the 供水总公司 managers
of fresh36th.py), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, agents and dealers without a post and
officials who only handled, investigated, announced or answered are not accused; an organ or an
unnamed group accused as a whole gives no entry; an unnamed accused official is (None, position,
unit). Names, positions (as first written with the name, "原" kept, "时任" dropped as in
fresh104th.py) and units as written; a department inside the unit goes into the position
('林政資源管理科原科長' in fresh104th.py); unit None when the text ties the person to no named unit.
Topics only from the twelve names of triage.md; forced subscriptions, fees and purchases are
群众纪律 (IS.MAS.01), leaked data 工作纪律 (IS.WRK.06), public-funds dinners 八项规定, bribes and
diverted funds 贪污贿赂 with 廉洁纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022). 24 accused entries,
all in items 1-11: 18 with a full name, 6 masked (鮑某, 李某, 王某某, 倪某某, 庄某, 時某寧), none
post only. Items 003, 004 and 012 are in scope with no accused entry. Out items have no accused
entry.

Close calls:
 1  Traditional; the sub-heading "偷拆舉報信換好處費" cut; ends before the truncated "2017年2".
    鮑某 is first written "安徽一郵遞員鮑某" (no unit there): position '郵遞員', unit the
    '潁上縣郵政局' the text gives him two sentences later (as fresh62th.py took 豐勝莊). 李某 and
    王某某 are the officials the letters reported, who got them from him (王某某 paying "白酒及現金"):
    accused as first written with their names ("潁上縣教育局原副局長李某", "潁上縣人民法院原副院長王某某");
    could be read as victims of the leak. Topics 工作纪律 (opening and leaking reports), 政治纪律
    (buying the reports against oneself, IS.POL.03), 贪污贿赂 (the payment).
 2  Headline, date line, byline and the site's footer cut. 曾凡广 is "代办员曾凡广"; unit
    '滩头镇' from "该镇邮政代办员" and "在滩头镇，代办员…" (hard: a postal agent could be read as no
    public post). The 隆回县邮政局 that "睁一只眼闭一只眼" is an organ. Topics 群众纪律 (forced
    subscriptions and fees, IS.MAS.01) and 工作纪律 (the bureau's lax supervision).
 3  A forum post; the board's notice ("《百姓心声》是汇聚民声的桥梁…") cut. 赛金镇 is accused as an
    organ ("他们", "领导们" are addressed, not named): in, no entry. 滥用职权 and 群众纪律.
 4  A commentary; the author line "王钟的" cut; ends before the truncated "“光缆入地".
    The 村委会 and its "工作人员" are an organ and an unnamed group: in, no entry. 滥用职权 and
    群众纪律 (强买强卖, IS.MAS.07); could be read as a dispute between the village and the
    operators (其他).
 5  The page's headline (twice), source and time lines and the "网站申明" cut. 倪某某 '校长' with
    '雁荡山旅游学校' (the school of the sentence before); the "某通讯公司" is a firm. Only 群众纪律
    (a paid phone plan pushed on pupils).
 6  Site path, headline, source line, the two sub-headings and the truncated "截止到4月中旬…"
    sentence cut. 庄某 '业务经理' of "某通信运营商" (unnamed: unit None); hard: the operator is
    unnamed, so his public post is only implied by "三大运营商". 龚某 is a private dealer. Only
    工作纪律 (buying falsely registered cards to meet his quota).
 7  Headline and the sub-headings "缺乏法律意识约束" and "管理漏洞" cut; ends before the truncated
    "据了解，林涛、李磊都曾是…" sentence. The three posts are given in a "分别是" list; the
    departments go into the positions. 林涛 ("无业人员") and 李磊 have no stated post: not
    accused. Topics 工作纪律 (leaking subscribers' data) and 廉洁纪律 (for money).
 8  Traditional, glosses removed; the sub-headline, two photo captions, byline and "核心提示"
    cut, so the text starts with the prosecutors' summary; ends before the truncated "李海所說的人
    叫劉建海…客戶維護(". 劉建海 is first written "郵政局工作人員劉建海": unit '郵政局' as written (the
    阜成門郵局 is named only as "郵局"). The 11 機要收發員 of the ministries are an unnamed group; 李海
    (化名) is a witness. 贪污贿赂 and 廉洁纪律.
 9  Traditional; the editor line and the unrelated items after it cut. "北京電信資深總裁劉博及副總
    孫昊、王慶玉" gives '北京電信' to all three; the five managers "涉及" in the dinners and 王海生
    (later "北京電信辦公室主任王海生") get '北京電信' from the 通報's context (hard: could be unit None,
    and the five could be read as guests only). The 巡視組 only finds. Topics 八项规定 (公款吃喝),
    廉洁纪律 (小金庫), 生活纪律 (王海生's 嫖娼). Not county level.
10  The headline cut; ends before the truncated "武汉市中级人民法院一审以受". Five convicted or
    arrested managers; "原" kept as written before the unit ('原高级工程师', as fresh116th.py's
    '原員工'); '副总经理' for 华仙军 without the "（副厅级）" that follows it. His wife 罗梅 has no
    post: not accused. The opening "不少官员" are a general remark. Provincial and city level.
11  Mixed, traditional, glosses removed: the family's claim to its 243萬 against the bank (which
    refuses to pay and seeks a 抗訴) and the 支局 head who diverted the deposits (judged). Ends
    before the truncated "而對于李先生一家人來說…但眼瞅著涉". "時任江寧郵政局岔路口支局(后改為…)局長
    時某寧" gives '局長', '江寧郵政局岔路口支局'. 李先生 and 李某 are the depositors. 贪污贿赂 and
    廉洁纪律 (挪用).
12  Mixed, hard: the rural postmen's own claim (wages, labour relation, 工龄: 个人利益诉求) and
    the "县邮政局领导" who "以欺诈手段" made them sign agency contracts; the leaders are an unnamed
    group ("三台县局领导来了几个人"): in, no entry. Could be read as out (个人利益诉求) with the
    deception as the grievance itself. Headline, date and the sub-heading cut; ends before the
    truncated "原来魏每月工资有1,500余元…" sentence. Topics 滥用职权 and 群众纪律.
13  涉法涉诉: a court's guiding case on upload speed; the header, title and the numbered list
    of case data (the name 张宏根 stands only there) and the headings "三、案件焦点", "四、法院裁判
    要旨" cut; ends before the truncated "本案中，原告自…". The 督查中心 only answers.
14  涉法涉诉, traditional, glosses removed: an 网吧 owner's ADSL judgment; dateline and the
    closing "(趙春來)" cut.
15  涉法涉诉: a dial-up user's suit against the 佛山市电信局 over a tariff change (a contract
    claim; the bureau acts as a firm). Paper name, date, headline, dateline with bylines and
    "返回" cut; the stored copy's broken lines joined.
16  个人利益诉求: an unexplained 80元 monthly charge. Byline and the sub-heading cut; cut after
    "…自动划账了。" (the following sentences carry the page's "***" gaps and a truncated end).
17  个人利益诉求: a late parcel after a branch office moved; could be read as 其他. Headline, site
    and date lines, dateline and the reporters' names cut.
18  个人利益诉求, traditional: a dead landline not repaired for 20 days. The first paragraph
    (garbled "更“?!?") cut, so "以上這兩部電話" refers to the story cut with it.
19  其他, traditional: villagers closing base stations for fear of radiation and 风水; the
    dateline and the truncated last sentence cut. 黃法輝 and 梁為翠 only answer.
20  其他: a 留言 on a village loudspeaker silent for a year and the 广播站's answer; the headline,
    time line and the closing "(包铃铃)" cut.
21  其他, traditional, short: a mast pulled down by villagers after cancer cases; the headline
    and "【本報綜合報道】" cut.
22  其他: an essay by a 文化执法 official on villagers who cannot pay for cable and use satellite
    dishes; site menu, headline and byline lines cut; ends before the truncated "出了故障只要一个".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH120: list[Item] = [
    # 01
    ('http://www.handmsg.com/page/2017/1229/28089978.shtml',
     '安徽一郵遞員鮑某，打起用自己天天經手的信件換錢的主意。為此，他專門私拆寄給縣政府、縣委和紀檢等部門的'
     '舉報信件；不僅如此，鮑某還將3封舉報縣教育局副局長和7封舉報縣法院副院長的信件提供給被舉報人以換錢。'
     '44歲的鮑某是安徽省穎上縣人，初中文化，案發前在安徽省阜陽市潁上縣郵政局做郵遞員。因涉嫌犯私自開拆、'
     '隱匿郵件罪，于2016年6月2日被潁上縣公安局刑事拘留，2016年7月4日被逮捕。安徽省潁上縣法院審'
     '理認定，2007年至2016年4月，鮑某利用擔任安徽省阜陽市潁上縣郵政局投遞員的職務之便，私自開拆郵'
     '寄至潁上縣委、潁上縣人民政府、潁上縣紀律檢查委員會等部門的信件30余封，隱匿40余封。此后，鮑某將私'
     '自開拆的舉報潁上縣教育局原副局長李某的3封信件提供給李某；將私自開拆的舉報潁上縣人民法院原副院長王某'
     '某的7封信件提供給王某某，并收取王某某給予的白酒及現金。其余信件被鮑某隱匿于其駕駛的工作車輛內的座位'
     '下方和黑色公文包中。安徽省潁上縣法院審理認為，鮑某身為潁上縣郵政局的郵政工作人員，利用職務之便，非法'
     '私自開拆郵件30余封、隱匿郵件40余封，其行為已構成私自開拆、隱匿郵件罪，應依法懲處。鮑某到案后能夠'
     '如實供述犯罪事實，當庭自愿認罪，構成坦白，依法可從輕處罰。但鮑某為謀取個人私利，私自開拆、隱匿人民群'
     '眾郵寄給黨委、政府、紀檢等部門的信件并將部分舉報信件私自交給被舉報人，嚴重損害了黨和政府在人民群眾心'
     '中的光輝形象，破壞了國家廉政制度建設，依法亦應從重處罰。該案經潁上縣法院審判委員會討論決定后作出一審'
     '判決，以鮑某犯私自開拆、隱匿郵件罪，判處有期徒刑一年十個月。一審判決后，鮑某不服，提起上訴。',
     'in', None, False, ['工作纪律', '政治纪律', '贪污贿赂'],
     [('鮑某', '郵遞員', '潁上縣郵政局'), ('李某', '原副局長', '潁上縣教育局'), ('王某某', '原副院長', '潁上縣人民法院')]),
    # 02
    ('http://www.gmw.cn/01wzb/1999-05/16/GB/1645^WZ3-1609.htm',
     '今年4月3日，湖南隆回县滩头镇村民李国民收到外出打工的女儿汇来的500元钱，李指望用这笔钱买春耕化肥'
     '。可该镇邮政代办员却要他拿出39元订报纸。李家没人识字，代办员又说得转成邮政储蓄。李国安跑了6趟，汇'
     '款单最终变成了一张半年期的邮政储蓄存款单。代办员还擅作主张从另一位农民刘志兵的1000元汇款中，拿出'
     '45.70元订了一份广播电视报。刘志兵说：“我连电视机都没有，订电视报有啥用？”该镇村民说：“送报纸'
     '的有空就送，没空就不送，短则个把星期，长则十天半月，我们看的全是旧闻。这还不算，最要命的是有急事收不'
     '到电报。”去年9月，滩头镇工商所的刘家瑞出差在外，有急事和木瓜村的刘团元商量，可发回的电报直到刘家瑞'
     '出差回来数天后才收到。原来电报在代办员那里拖了半个多月。在滩头镇，代办员送一张包裹单和汇款单要收1元'
     '钱，代领1000元以上汇款要收3元，1000元以下收2元，这叫“辛苦费”或“脚力钱”。有的农民不交这'
     '“脚力钱”，代办员曾凡广竟想出让一个间歇性精神病人做当地投递员的缺德办法。因为没人敢惹精神病人。邮政'
     '支局负有对代办员进行业务辅导和对代办所进行业务管理及监督的责任，但隆回县邮政局却对代办员的行为睁一只'
     '眼闭一只眼。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('曾凡广', '代办员', '滩头镇')]),
    # 03
    ('https://www.637600.com/show-253-3612-1.html',
     '赛金镇从12月1日起非法安装“卫星视干扰器”，使辖区内老百姓的卫星电视无法收看。1、赛金镇擅自安装卫'
     '星电视干扰器，导致赛金街道及临近村庄的卫星电视无法收看。请问：赛金镇有上级准许他们安装的批文吗？谁给'
     '了他们胡作非为的权力？拿着纳税人的钱却处处刁难纳税人？2、卫星电视干扰器强大的c波段讯号对人体的辐射'
     '危害相当大，特别是婴幼儿，这些人之人性何在？专职做电视网络这行的，难道会不懂吗？为了利益不顾老百姓的'
     '做法简直令人发指。3、故意安装卫星电视干扰器属于严重违法行为、知法犯法？，是他们不懂法律吗？不是，他'
     '们凌驾于法律之上，愚弄老百姓，这和旧社会的恶霸没有区别。4、侵犯老百姓享用直播卫星电视信号的权利。归'
     '根结底：赛金想借助这一卑劣之手段达到垄断经营，独霸市场的目的。真的是可憎可恨。新政府，新气象，习李新'
     '政，赛金镇难道没有组织学习？领导们，年关将至，老百姓希望能聆听党的声音，而安装干扰器之黑手直接掐断了'
     '这一渠道，这要是建国之期，反革命罪你们当定了。希望领导们重视。谢谢。',
     'in', None, False, ['滥用职权', '群众纪律'],
     []),
    # 04
    ('https://cbgc.scol.com.cn/news/215535',
     '“光缆入地”固然能够改善人居环境，促进乡村文明进步，但采取一种明显违反法律的方式，则不啻为对文明的背'
     '离。互联网时代，断网和断电断水一样让人不能忍受，何况是连续断网20天？这一幕，就真实地发生在河南省安'
     '阳市文峰区宝莲寺袁薛庄村。到底为什么断网？谁造成了网络中断？经过各执一词的罗生门以后，事实逐渐清晰。'
     '安阳市通信发展管理办公室回应称，村委会工作人员坚持要求运营商使用预埋的光缆，并支付相关费用，在未经运'
     '营商允许情况下，擅自剪断正在使用的通信光缆。2017年11月，袁薛庄村曾获评第五届全国文明村镇。据相'
     '关报道，此事起因也与“文明村”的称号有关，为了带头推进建设工作，袁薛庄村要求通信运营商必须完成光缆入'
     '地。袁薛庄村还为运营商做好预埋并穿好光缆，通信运营商如需使用，要出一定的租赁费用或一次性购置费用十几'
     '万元。网络光缆要进村，必须走村委会预埋的线路，并且要支付不菲的费用，这番“强买强卖”的操作，自然让各'
     '大通信运营商不服气。而且，根据运营商的勘查，村委会提供的通信管道并不合规，无法满足改造要求。双方陷入'
     '僵局以后，村委会擅自将村内光缆剪断，至此，村内通信用户无法使用宽带，手机信号也逐渐减弱或消失。村委会'
     '强行切断网络光缆，不仅直接侵犯了通信运营商的产权利益，更涉嫌违反国家有关通信法律。通信是事关国计民生'
     '的重要基础设施。《中华人民共和国电信条例》规定：“任何单位或者个人不得擅自改动或者迁移他人的电信线路'
     '及其他电信设施；遇有特殊情况必须改动或者迁移的，应当征得该电信设施产权人同意，由提出改动或者迁移要求'
     '的单位或者个人承担改动或者迁移所需费用，并赔偿由此造成的经济损失。”',
     'in', None, False, ['滥用职权', '群众纪律'],
     []),
    # 05
    ('https://m.haoyun56.com/Pages/NewsDetail.aspx?id=6781',
     '日前，在浙江温州，有家长在网络平台反映，雁荡山旅游学校不让学生带手机，却卖手机给学生。此举在网上引发'
     '众怒。8月27日，该校校长表示，办绿色手机是为了统一管理，交钱不是买手机的（1500元），都存在用户'
     '个人账号，之后会逐月扣话费月租费，并非强制性，是自愿原则。校长认为，如果职高学生管理手机可以跟普高学'
     '生一样完全堵住，普高可以堵得住，职高采用疏导形式，一些职高学生对手机有依赖症，马上断了之后会带来自身'
     '的心理问题，得有个适应过程，让他们有一定时间与家人、朋友聊天。但这番说辞未能平息公众怒火。8月27日'
     '，浙江温州，乐清市教育局通报：雁荡山旅游学校擅自允许某通讯公司营销人员进入校园，预存话费送带有屏蔽游'
     '戏和不良信息功能的手机给学生。校长倪某某被免职。此外，手机全部收回并全额返还话费。今年9月1日起实施'
     '的《未成年人学校保护规定》，第七十条对手机等智能终端产品的使用作出要求。规定学校对手机管理的权限，明'
     '确规定除教学需要外，禁止手机等智能终端产品进课堂。',
     'in', None, False, ['群众纪律'],
     [('倪某某', '校长', '雁荡山旅游学校')]),
    # 06
    ('http://www.zsxxg.com/news/newsshow-172069.html',
     '我们都知道，手机sim卡必须实名登记。但你不知道的是，一些不法分子可能会冒用你的身份信息开通手机卡。'
     '这种“假实名”的手机卡被称为黑卡，是不法分子实施通信诈骗、办假证等犯罪活动时最热衷的作案工具。因为即'
     '便警方追踪到了手机号码，也难以追查到犯罪者本人。那么，黑卡是怎么来的呢？近日，定海检察院依法批捕了6'
     '名制作、买卖黑卡的犯罪嫌疑人，揭开了这一黑色“产业链”。按照国家关于实行手机实名制的规定，一个用户在'
     '同一家通信运营商办理的有效手机卡限额为5张，即一个身份证可以在三大运营商办卡15张。在市场竞争下，销'
     '售更多的新卡成了运营商扩大市场占有率的一种迫切手段。30多岁的定海男子庄某是某通信运营商的业务经理，'
     '负责定海区域的新卡推销。由于手机卡市场趋于饱和，庄某压力巨大，担心自己完不成公司的销售指标，拿不到业'
     '绩奖励。今年2月的一天，庄某把“心事”告诉了代理商龚某。龚某在舟山开了三家代理门店，主要经营手机销售'
     '和开卡业务。“我有一个开卡渠道，可以帮你完成销售指标……”龚某向庄某详细推介了黑卡。按照工信部规定，'
     '用户办理新卡入网时，一般须在营业厅出示本人身份证，并当场在第二代身份证读卡器上进行验证。而龚某所说的'
     '黑卡，则可以绕过这一验证流程。庄某明知黑卡违法，仍跟龚某沆瀣一气。他跟龚某约定，只要龚某能搞到黑卡，'
     '他就以每张30元的价格购买。',
     'in', None, False, ['工作纪律'],
     [('庄某', '业务经理', None)]),
    # 07
    ('http://www.426sm.com/baohu/1294.html',
     '国内首例电信企业员工因泄露公民个人信息案而被追究刑责的案件，本月17日在朝阳法院公开宣判。三名来自电'
     '信运营商的涉案人员因为为非法经营犯罪提供信息，构成非法经营罪的共犯获刑，分别被判处有期徒刑2年2个月'
     '至2年4个月。信息时代，法律对泄露公民个人信息打击力度的加大，给了处于个人信息“重灾区”的电信行业从'
     '业人员敲响了警钟，同时也折射出电信行业的管理漏洞。三位涉案人吴晓晨、唐纳宇、张宁，此前分别是中国联通'
     '北京三区分公司广安门外分局商务客户代表、中国联通北京分公司网络运行维护部监控中心主任、中国移动北京分'
     '公司客户服务中心亦庄区域中心中级坐席维护。三位涉案人，既有电信运营商的基层人员，又有中层核心岗位员工'
     '。纵观三人的犯罪过程，无论是利用职权非法提供手机定位还是超越权限修改密码，折射出的是涉案人法律意识的'
     '淡薄。在法庭上，唐纳宇对检方的指控供认不讳，“给朋友帮忙，而且能多赚点钱，在利益的驱动下我一时糊涂，'
     '没有认识到后果的严重性。”张宁在供述中称，“我知道（朋友）林涛在通过这个挣钱，但碍于朋友关系，拉不下'
     '面子推辞。”此案不仅反映涉案人法律意识淡薄，更多的是反映出运营商管理方面的问题。在人员管理方面，由于'
     '电信运营商的员工分为A、B、C三类，很多的一线客服人员稳定性较差，离职之后利用掌握的客户信息犯罪的事'
     '情时有发生。本案中张宁帮助无业人员林涛修改用户客服密码，并提供机主信息。经张宁修改密码后的信息经由林'
     '涛转给一名叫李磊的男子，再转卖到调查公司。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     [('吴晓晨', '商务客户代表', '中国联通北京三区分公司广安门外分局'),
      ('唐纳宇', '网络运行维护部监控中心主任', '中国联通北京分公司'),
      ('张宁', '客户服务中心亦庄区域中心中级坐席维护', '中国移动北京分公司')]),
    # 08
    ('http://m.3l9m6z.cn/content/2005-08/22/content_5280734.htm',
     '西城檢方的“降雪行動”將郵政局工作人員劉建海及11名國家部委及北京市有關部門機要收發員送上被告席。上'
     '述12人涉嫌共同貪污150萬公款。檢方發現，為爭取大宗客戶，虛開郵資行賄收發員的現象在京城基層郵局并'
     '非個案，反貪局經過調查對另一基層郵局再次立案5起。案發月余后，北京郵政系統提出新思路，試圖改變“層層'
     '下達計劃指標”的傳統經營方式。與此同時，全國郵政改革的大幕正在拉開。“渠道斷了！7月26日傍晚，阜成'
     '門外大街路邊一報刊亭老板李海（化名）將一張百元面值的神州行充值卡遞給一名小伙子，邊接過錢邊解釋，“以'
     '前這種卡可以優惠一兩塊，現在進價漲了，都是按面值賣。”“一直賣卡給我們的郵局那人最近一直聯系不上，聽'
     '說被抓了。”李海用報紙指著阜成門地鐵方向。在得知記者的身份后，李海頓了頓，反問道：“聽說就是和他賣的'
     '卡有關，是不是？”',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('劉建海', '工作人員', '郵政局')]),
    # 09
    ('http://jieyan321.com/gate/big5/econ.taiwan.cn/jjtjhbh/201505/t20150519_9833529.htm',
     '中央第十二巡視組3月1日進駐中國電信，兩個月後的4月30日，中國電信向全集團通報了初步的巡視結果。北'
     '京電信資深總裁劉博及副總孫昊、王慶玉等人因私設小金庫、公款吃喝被處分。2015年1月，中央巡視組剛剛'
     '結束對中國聯通的巡查不久，反腐風聲正勁，北京電信的幾名副總頂風違紀。上述中國電信通報中稱，僅一個月內'
     '，劉博、孫昊、王慶玉等人就在河北省香河縣的同一家酒店先後組織了三次公款吃喝和高消費娛樂活動，涉及渠道'
     '部經理張琳、政企部經理張新強、人力資源部經理張柏、辦公室主任王海生、辦公室副主任陳東等61人次，共花'
     '費7.95萬元。除了公款吃喝，北京電信辦公室主任王海生在2015年1月組織的三次活動中均通過酒店電話'
     '召來女性按摩人員為其按摩，甚至發生嫖娼行為，累計花費1.08萬元。通報顯示，北京電信與河北香河縣上述'
     '酒店的關係至少可以追溯到2006年。2006年-2012年，北京電信在該酒店舉行了20場會議，支付了'
     '567萬元，其中不少會議費結餘形成了私設的小金庫。',
     'in', None, False, ['八项规定', '廉洁纪律', '生活纪律'],
     [('劉博', '資深總裁', '北京電信'),
      ('孫昊', '副總', '北京電信'),
      ('王慶玉', '副總', '北京電信'),
      ('張琳', '渠道部經理', '北京電信'),
      ('張新強', '政企部經理', '北京電信'),
      ('張柏', '人力資源部經理', '北京電信'),
      ('王海生', '辦公室主任', '北京電信'),
      ('陳東', '辦公室副主任', '北京電信')]),
    # 10
    ('https://m.csmtsr.com/content-62-233977-1.html',
     '中国电信行业无论设备商和运营商都赚钱，使得多年以来电信行业薪酬高居各行业榜首，这已然是公众关注的焦点'
     '。另一方面，近年来屡屡揭开的黑幕，又将这一行业的腐败问题置于舆论的风口浪尖。由于送钱者和收钱者之间配'
     '合默契，行贿、受贿手法高明，所以失手甚少。面对电信行业这块巨大的利益蛋糕，不少官员纷纷“前腐后继”。'
     '2000年8月10日，原山东省邮电管理局高级工程师崔忠良因利用职务之便敛财600多万元，被济南市中级'
     '人民法院一审分别以贪污罪、受贿罪判处死刑，缓期两年执行，剥夺政治权利终身；以巨额财产来源不明罪判处有'
     '期徒刑三年，数罪并罚决定执行死刑，缓期两年执行，剥夺政治权利终身。2001年9月18日，陕西省咸阳市'
     '通信公司原副总经理兼物资供应公司经理孙全文先后45次收受18家业务单位好处费50余万元，还有66万元'
     '巨额财产不能说明合法来源。陕西省咸阳市渭城区人民法院一审以受贿罪和巨额财产来源不明罪判处孙全文有期徒'
     '刑十二年，并处没收个人财产2万元。同年12月14日，南开大学国际经济博士后、广东省邮电管理局原顾问兼'
     '副总经济师刘钊因挪用公款3800万元炒股，被广州市中级人民法院一审以挪用公款罪判处有期徒刑八年；刘钊'
     '挪用公款炒股非法所得的248.8万元，予以没收，上缴国库。2002年1月，湖南省移动通信公司株洲分公'
     '司原总经理唐运祥利用职务之便，高价购买设备，借机收受贿赂37.5万元用于炒股。被湖南株洲市中级人民法'
     '院一审以受贿罪判处唐运祥有期徒刑十二年，所得赃款均上缴国库。1月31日，湖北省移动通信公司副总经理（'
     '副厅级）华仙军因涉嫌收受巨额贿赂，被依法逮捕，其妻子罗梅此前于2001年12月22日也被依法逮捕。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('崔忠良', '原高级工程师', '山东省邮电管理局'),
      ('孙全文', '原副总经理兼物资供应公司经理', '陕西省咸阳市通信公司'),
      ('刘钊', '原顾问兼副总经济师', '广东省邮电管理局'),
      ('唐运祥', '原总经理', '湖南省移动通信公司株洲分公司'),
      ('华仙军', '副总经理', '湖北省移动通信公司')]),
    # 11
    ('http://m.china360online.com/plus/view-80438-1.html',
     '“行長挪用243萬存款”的事兒，這得從2008年說起。當時，為了幫助時任江寧郵政局岔路口支局（后改為'
     '郵儲江寧支行）局長時某寧完成儲蓄任務，李先生一家分別使用3個身份證，往該行存入了135萬元。在此后的'
     '10年時間里，為了幫時某寧完成儲蓄任務，他們每年又將135萬元存款連同當年的利息一起存入郵儲江寧支行'
     '。按照李先生的存折信息顯示，2008年1月6日開戶后，3本存折共計存入135萬元，之后每年12月至次'
     '年3月間，都有本金及利息的支取再存入信息。到2018年12月，3本存折余額共計243萬多元。然而，當'
     '家里要用錢時，他們才發現錢取不出來了。李先生報警后發現，除第一筆存款信息是真實的，存折上其他存取記錄'
     '都是假的。真金白銀存進銀行，卻發現存折上的存取記錄是假的，這事兒已經屬于刑事犯罪，自然不能輕拿輕放。'
     '次年4月，時任郵儲江寧支行的行長時某寧被抓獲。2020年9月，一審刑事判決書顯示：經審理查明，200'
     '8年1月至2018年3月間，被告人時某寧在銀行工作期間，制作假的存折交易流水，先后多次挪用客戶李某等'
     '人的存款，共計人民幣2430109元。最終，被告人時某寧因犯挪用資金罪，被判處有期徒刑二年三個月，并'
     '退賠被害單位銀行人民幣2430109元。按照法庭的判決和正常的邏輯來說，既然李先生一家已經將存款存銀'
     '行了，甭管這筆存款怎么沒的，那都是銀行和時某寧的問題，銀行理應把存款給到李先生。但銀行的邏輯有時候就'
     '是有點兒不正常。他們認為法院對時某寧判決存在問題，申請檢察機關抗訴。說白了，推翻刑事判決結果不是目的'
     '，目的就是不想賠那243萬。',
     'in', None, True, ['贪污贿赂', '廉洁纪律'],
     [('時某寧', '局長', '江寧郵政局岔路口支局')]),
    # 12
    ('https://clb.org.hk/zh-hans/content/%E9%82%AE%E9%80%92%E7%94%9F%E6%B6%AF%E5%9B%9B%E5%8'
     'D%81%E8%BD%BD%EF%BC%8C%E5%B7%A5%E9%BE%84%E5%85%BB%E8%80%81%E6%88%90%E6%B0%B4%E6%BC%82',
     '今年59岁的魏光顺从1972年开始任四川省绵阳市三台县进都乡邮递员，至今已经39年了。三年前，200'
     '7年底，县邮政局领导要求全县六十多名乡邮递员签署一份邮政代办协定，不签便按自动离职处理，领导还说，签'
     '代办协议只是走个形式，工资待遇都不会变。就这样，包括魏光顺在内的全县六十多名乡邮递员因为怕丢饭碗便都'
     '签了字，可没想到一个月后，2008年1月，魏光顺的工资卡户口只存入了280元，相当於原工资1500元'
     '的不到五分之一。魏到县邮政局询问，被告知你跟邮政局已经不是劳动关系了，而是代办关系，每个月的代办费就'
     '这么多，嫌少就走人，有的是人想干。就这样，干了35年乡邮递员，曾二十多次获得明星邮递员称号的魏光顺与'
     '三台县六十多名乡邮递员一样被县邮政局领导以欺诈手段弄得不但失去了劳动关系和三十多年工龄，更从2008'
     '年1月开始，为了留住一线希望，干起了自己贴钱的乡邮递员。2007年12月，三台县局领导来了几个人，把'
     '邮递员们召集到支局会议室，要求邮递员们签劳动合同。一开始邮递员们都不愿意签代办协议的，要签劳动合同。'
     '但邮政局领导说签的协议只是形式，每月还是拿以前的工资。而且不签的话，就等於自动离职。“县邮政局领导下'
     '来喊我们签劳动合同，当时我们一看签合同了但不是劳动合同，他跟我们签的是代办邮政协议，当时我们就不愿意'
     '签，我们说的是要签劳动合同，那怎么是代办协议？邮政局领导就说：‘这个签的啥都一样，是个形式，反正你们'
     '每个月照样拿工资就可以行了，你管它是什么呢’。”',
     'in', None, True, ['滥用职权', '群众纪律'],
     []),
    # 13
    ('http://kmgd.ynfy.gov.cn/mszdxal/79380.jhtml',
     '2013年2月28日，原告向被告电信昆明分公司订购了包年费为1590元的e9套餐。双方在2013年2'
     '月28日的《中国电信股份有限公司昆明分公司业务登记单》上约定，ADSL宽带速率，【新】宽带速率：8M'
     'BPS，【新】端口下行速率（M）：8。原告向被告电信云南分公司支付了年费1590元。原告又于2014'
     '年2月25日、2015年1月30日向被告电信昆明分公司订购了同样的包年费为1590元的e9套餐，并支'
     '付了每年的年费。2015年3月，原告向昆明电信服务质量督查中心的投诉，提出上行速率未达到8M。昆明电'
     '信服务质量督查中心的投诉回复为“目前针对电信个人用户宽带，上下行速率都是不对称的，电信对外承诺宣传速'
     '率均为下行速率，未对上行速率做过承诺，上行速率也无法做修改，无法满足用户特殊要求”。原告对以上答复不'
     '满意，请求法院判令被告将原告宽带上行速度调整为（1036KB/S）并支付赔偿金。原、被告之间的《电信'
     '服务合同》是否对上行速率进行了明确约定，二被告是否违约。昆明市官渡区人民法院经审理认为：上行速率是指'
     '通过ADSL宽带发送出去数据的速度，下行速率是指收到数据的速度。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://m.bjbwlg.com//news/2005/2005-12-30/8/672035.shtml',
     '據人民法院報報道，12月29日，四川省內江市東興區人民法院一審判決中國電信公司內江分公司賠償艾明更換'
     '硬件損失3010元。2002年3月20日，艾明與內江電信分公司簽訂協議，約定租用電信公司的ADSL專'
     '線用于CHINANET的接入服務，租金為每月2500元。不久，原告發現下載速度低于其他同標準網吧，為'
     '此花去3010元更換部分硬件，速度仍未提高。2003年11月，原告停止租用被告專線。法院認為，被告雖'
     '稱無ADSL專線網速標準，但按被告數據部業務主管的證明，2M的理論網速為256K，實際操作中在200'
     'K左右，故應對因網速低給原告造成的損失承擔賠償責任。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://eclaw.cn/right3.htm',
     '佛山市一位网民起诉电信局违约一案，于本月17日在佛山市城区法院开庭审理，这是佛山市第一起互联网用户和'
     '电信部门之间的纠纷案件。1998年5月，世界电信日期间，佛山市电信局开办上网拨号专线，开户费380元'
     '，月租费（住宅用户）60元包月。“网虫”陈先生于1998年5月17日决定办理上网拨号专线，根据电信部'
     '门的建议，陈又花了4000多元将电脑升级，购置调制解调器等设备。1999年5月10日，陈先生收到佛山'
     '市电信局寄来的一份通知，通知说，从5月1日起，取消原来的上网包月制，实行限时包月的办法，即上网通信费'
     '由原来每月60元包月改为每月60元限使用100小时，超过100个小时，上网费用按50%（0.09元/'
     '3分钟）计收。接到通知后，陈先生大为不满，他认为，佛山电信局的行为违反了合同法。电信部门单方面变相违'
     '约提价，违反了双方当初的约定，属违约行为。电信部门答复说，电信资费调整是根据国家规定执行的。客户陈先'
     '生如果认为不合理可停止使用这项业务；佛山市电信局答复说，“陈先生要求我局收购其为上网而购买的终端设备'
     '和赔偿精神损失，我们认为是不合理的。”去年年底，陈先生正式向佛山市城区法院递交民事诉讼书，控告佛山电'
     '信局违约。在两个多小时的庭审中，双方舌枪唇剑，各不相让。法庭调解失败。法官宣布，既然双方不同意调解，'
     '法庭将在下次开庭时进行宣判。本报将密切关注这一案件的进程。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://news.okwc.net/bandiao/4dc1544d1e22ee272cfc3147e272606d.html',
     '“莫名其妙，我的中国移动话费账单突然多了80元，看到短信账单我真的懵了。”近日，广东移动用户小洋（化'
     '名）向南方财经全媒体记者反映称，这个广州移动的全球通号码已经用了18年，现在每个月套餐费用都是固定的'
     '，但是今年6月份收到5月的短信账单却发现被多扣了80元，投诉之后，7月收到的短信账单居然还是继续多扣'
     '80元，“以前只是看到媒体上曝光运营商‘乱扣费’，但是没想到发生在了自己身上，而且最讽刺的是，这还导'
     '致余额不足收到了中国移动10086发来的‘欠费停机提醒’。”小洋对此表示非常不解且气愤。到底是什么样'
     '的费用每个月要多扣80元？为什么在用户不知情的情况下会产生这笔费用呢？6月20日，小洋（化名）收到1'
     '0086发来的5月份的短信账单，比平时多扣了80元话费，而这笔话费显示的消费项目是“全品牌机卡分离月'
     '费（每月80元*1个月）”。由于小洋之前采用的是绑定支付宝的方式交话费，这笔突然冒出来的80元费用就'
     '被自动划账了。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://news.sina.com.cn/c/2007-04-18/000011659790s.shtml',
     '往常一周就到的邮政包裹，过了近半个月了还没有收到，当事人急得不得了。17日，家住天桥区黄台村的刘先生'
     '向记者反映，4月5日前后，菏泽的朋友给他邮寄了一个包裹。按照往常情况，包裹一周左右就能收到。可是直到'
     '今天，十几天过去了，包裹还没有收到。打电话咨询邮政部门，工作人员说邮局拆迁了，耽误了包裹的投递。刘先'
     '生十分着急，打来电话向记者求助。随后，记者拨打了邮政服务热线11185，工作人员表示，按照区域划分，'
     '刘先生的包裹由历城区邮局负责投递，具体情况应该咨询该局。记者又联系了历城区邮政局的邢先生，他告诉记者'
     '，根据刘先生的地址来看，应该到北园大街附近的工北分局取包裹，可是由于道路改造，该局近日拆迁了，这些天'
     '的包裹临时改由黄台支局投递。记者了解到，除了刘先生，还有一些市民有着同样的遭遇。这些顾客啥时候能收到'
     '包裹？记者联系了黄台支局的陈女士，她说该局确实临时接手了工北邮局的邮递业务，由于刚接手，很多邮件和包'
     '裹需要整理，得花费一定时间。陈女士说，该邮局已经开始分发投递包裹了。陈女士告诉记者，为了尽快将包裹投'
     '递出去，黄台支局先是电话联系收件人，联系不到的，向收件人发送包裹单。顾客也可以直接到该局领取包裹，地'
     '址在北园大街和历山北路交叉口北200米。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://ue7jh2y.cn/news/show/2836',
     '趙先生是一家汽修廠的老板，他的汽修廠開了已有十幾年，十幾年前他安裝了一部座機電話，并將電話號碼印在名'
     '片上以備業務交流。以前這部電話也壞過，但隔幾天就被修好了。但這一次，卻干脆“撂挑子”了。20天前，電'
     '話提起來沒聲音，打不出去，也打不進來。他通過客服電話聯系報修，期間來了一位維修人員，卻說不在他管轄范'
     '圍內。接下來這十幾天，趙先生幾乎每天一個電話，但至今仍然無人來修理。趙先生很頭疼，這是一部聯系業務的'
     '電話，這20天成了啞巴，必然影響生意，希望通訊公司能盡快解決。記者發現，以上這兩部電話都屬于一家通訊'
     '公司。昨日下午，記者再次聯系到這家公司，接線人員表示，將通知維修部門盡快修復有問題的電話。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://iosapp77.com/news/shehui/2104687.html',
     '信號減弱、通信中斷、網速緩慢……這是記者25日在廣西南寧市橫縣云表鎮廣平村委旺垌村遇見的情況。當地村'
     '民以輻射以及破壞風水為由，反對新建電信移動共享基站。經多次協商無果，目前三家通信運營商基站均已停閉。'
     '旺垌村共有移動、電信共享基站1座，聯通基站1座，全村共有2000多人口。本月23日關閉基站后，對全村'
     '通信造成不同程度的影響，手機只能夠接收到鄰村的信號，網絡信號從4G變2G，高峰期不能正常使用通信功能'
     '。村中的電信移動共享基站從2013年建成使用，于2018年9月30日到期，續簽三個月后，業主以基站輻'
     '射及破壞村中風水為由不同意續簽。“村民擔心位于村中央的基站破壞了村里的風水，信號輻射會影響身體健康，'
     '要求拆除基站。”中國鐵塔股份有限公司南寧分公司橫縣區域經理黃法輝說。最新的選址位于村口附近300米處'
     '，村民認為破壞全村的“龍脈”很不吉利，不允許建設施工。“我們和村委、基站業主、村民進行多次溝通，都遭'
     '到拒絕，舊的基站合約到期，只能關停。”黃法輝說道。“最近信號比以前差，上網加載視頻圖片變慢。”旺垌村'
     '村民黃先生表示，他從別人口中得知基站輻射會影響身體健康，因此堅持不同意在村中央建設通信基站。對于基站'
     '停閉一事，他并不在意。“停就停吧，我沒什么意見，反正大家都用不了。”村民黃萬彬告訴記者，村里老人多，'
     '為了減少他們的顧慮，希望能夠把基站設在離村子比較遠的地方。廣西移動橫縣分公司工程建設管理工作人員梁為'
     '翠表示，基站選址在村子中央和樓面上是最為理想的，信號可以覆蓋全村。如果應村民要求遠離村子幾公里外選址'
     '建設，信號強度會嚴重減弱，達不到最好的通訊效果。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://www.qidongnews.com/content?father_key=5a72a22f8f933fba058b4571&key=5a74152146a'
     '220c00d00ac65',
     '东海镇全心村村民：东海镇全心村的广播已有一年多不响了，希望有关部门尽快加以解决。东海镇广播站工作人员'
     '、全心村村委会负责人答复，全心村去年开始实施广播线路改造。目前已完成了50%的改造任务。今年，考虑到'
     '广播线路改造投入较大，后期维护成本高昂，市广电部门建议将广播信号调试并入有线电视线路，实现有线电视广'
     '播双入户，但全心村双入户工程尚未实施，因此现在全心村尚有半个村收听不到有线广播。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://orientaldaily.on.cc/cnt/china_world/20140319/00178_028.html',
     '佛山南海西樵鎮團結村於○三年將土地出租予網絡運營商興建訊號發射塔，鄰近村落接連十多人患癌，民眾歸咎是'
     '發射塔輻射。去年底租約期滿後，各村村民緊迫下，發射塔遭拆除，導致數千民眾手機訊號變差，村民接電話都要'
     '跑到村外或走上屋頂，意外醞釀「逃亡」潮。由於當地幾條村落房租便宜，村民三分一為外來民工，搬走將影響出'
     '租收入，令不少原居民陷入兩難。網絡運營商回應，因重新選址、簽訂協議需時，最快也要半年才可興建新的發射'
     '塔。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.folksfolks.com/r/2014-09/26/content_14947953.htm',
     '前不久，领导和我一起去村里开展文化执法工作。途中，领导告诉我，村民特别反对收看有线数字化电视，就连原'
     '来安装了有线数字化电视的用户，都以各种理由陆续报停了。到了村里，只见家家户户都在院外支了一口“锅”。'
     '领导介绍说，那些“锅”全是卫星电视接收器的外部件。按照规定，卫星电视接收器是不允许安装的，村民私自安'
     '装的卫星电视接收器，既不合法又存在较大的安全隐患，必须予以收缴。听说我们要收缴卫星电视接收器，村民们'
     '争着向我们诉苦：不是他们不想收看有线数字化电视，而是他们消费不起有线数字化电视。接着，村民们给我们算'
     '了一笔账：收看有线数字化电视光入户费就要500元，以后每月还要交几十元的收看费；相反，安装一套卫星电'
     '视接收器只要一百多元，而且一劳永逸。相比之下，收入不多的村民更愿意选择卫星电视接收器。“有线数字化电'
     '视能提供一百多套电视节目。”领导对村民说。一提起那些电视节目，村民们反而露出了些许怨气，他们反问领导'
     '：“一百多套节目中，有多少套是电视购物节目？”村民们说，他们不会拿钱去收看没有多大意义的“广告节目”'
     '。“你们私自安装的卫星电视接收器大多是不合格产品，电视信号有没有保证？出了故障找谁维修？出了安全事故'
     '谁负责？”我问村民。有人告诉我，他们的卫星电视接收器都是商家上门安装的，几十套卫视节目的信号质量都很'
     '好，画面清晰，声音清楚。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH120, "fresh120")
