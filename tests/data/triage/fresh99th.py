"""Sealed batch fresh101: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh99th.py; the batch and its row ids are "fresh101".)

Theme: utilities and public services: water, heating, gas and power supply (state firms, town
water stations, 供电所) and the officials who regulate them: water-station heads and a county
power-company head taking bribes, village cadres stealing power, a heat plant's 所长 scorning
complainants, a 市委书记 gone abroad after a heating failure, a grid's faked satisfaction survey,
住建 and 物价 offices covering a gas firm's overcharging, a 供电所's levies, power cut to force a
road levy and water and power cut to punish a petitioning family, a 村支书's failed water scheme;
out items are heating-fee lawsuits, land taken by power poles, a water pipe blocked by a land
dispute, refund and installation claims, outages and cold radiators brought to letter boxes.
Sources (stored-pages search): the 浙江日报 on 海盐's six 自来水站 heads; a copy of the story on
the 泗洪 供电公司 總經理 張某 (traditional); a journal abstract on 五台 阳白村, the "偷电村"; a 新华社
item on 哈尔滨热电's 李公明 (traditional); a 搜狐 copy of the report on 凤城's 王国强; a ttnews copy
of the 云南电网 通报 on faked surveys; a 央视网 copy of the 新华社 report on 合肥 gas fees; a forum
post on the 戶縣 西戶天然氣 fees (traditional); a report on the 汝南 留盆镇 供电所; a hkwb copy of
the 南国都市报 on 高坡村; a copy of the report on the 羅埠鎮 山下周村 family (traditional); a 天台
site report on 水堆岙村's water; out: a 中新網 copy on the 寶能熱力 lawsuit (traditional), a
黑龙江 court page on a 东方红 heating-fee mediation, a wbzol piece on 湛江 power poles in 六礼村
fields, the 南都 report on 恩平 "春平" village's pipe, a 仪陇 site copy of the 柳垭 gas-money
story, the 华商报 on a 中天锦庭 refund, a 邯報 report on 館陶 gas pipes (traditional), a 东莞
阳光热线 letter on 常平 outages with the reply, a 海口 post on 仁里村 outages with the reply, and a
网易 copy of a 太原 留言板 item on cold radiators. Items 2, 4, 8, 11, 13 and 19 are in
traditional script (the glossing pinyin of the pages' converted copies removed).

Conventions: as in fresh62th.py. Excerpts as published (whole sentences kept, paragraphs and
sentences cut; page junk such as headlines, sub-headings, bylines, datelines and source tags
("新華社哈爾濱12月16日電(記者強勇)", "据新华社电", "中新網11月2日電 據京華時報報道"), the 編者按
(002) and 核心提示 (001), captions, page headers and footers, numbered reply heads (020), reply
signatures and dates, the forum's anti-copy garbage strings (008) and the truncated last
sentences of the stored copies removed); paragraphs joined, except with a line break between a
post and its reply in 020 and 021; ASCII punctuation written full-width except inside numbers
("84.3万元", "360-400元", "5.8元/平方米"); stray spaces after full stops and marks removed (003,
008, 014). The straight quote opening "村民建设盖房 (009) written “. Page oddities kept: "31 400多
kW·h", "3 000多口人", "176 m", "102 270kW·h", "50 943.9元" (003), "20年多来" (002), "？？怪事", "結果
？？？", "憑什么多收？！" (008), "吃拿长要", "四相电", "被村民反映，被" and the unclosed quote (009),
"建电工程", "基杆塔" (015), "搞到家里的电器" (020), "经济帐", "！？" (021).
scope "in" for alleged misconduct of a party member or public official (village cadres, managers
and staff of state firms and heads of public water stations included), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses,
firms, village electricians (as fresh16th.py's 农电工) and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept) and units as written; unit None when the text does not tie
the person to a named unit. Topics only from the twelve names of triage.md; 乱收费 and cutting a
household's supply to force or punish are 群众纪律 (IS.MAS.01, IS.MAS.04); rude or absent service
to complainants is 形式主义官僚主义. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 3 (017-019), 其他 3
(020-022). 16 accused entries, all in items 1-12: 12 with a full name (刘勤生, 孟宪清, 孟计文, 李公明,
王国强, 杨永智, 陶则勇, 陈春桥, 夏波, 吕凌霄, 李刚, 倪志華), 1 masked (張某), 3 post only (电业局长,
鎮司法所長, 村支书). Items 007, 008 and 010 are in scope with no accused entry (only organs, firms
or unnamed cadres accused). Out items have no accused entry.

Close calls:
 1  核心提示, headline, byline and sub-headings cut; ends before the 陈红祥 paragraph (truncated),
    so only 刘勤生 ("西塘桥镇自来水站原站长刘勤生") is named; the other five 站长 are unnamed: no
    entry. The 包工头 陆勤忠 (the briber) and the 检察官 are not accused. The stations are
    "事业单位，企业化运作": their heads count as public officials.
 2  Traditional; 編者按 and the sub-heading "悶聲發大財" cut; ends before the truncated "4月23日…".
    張某 masked, as first written "江蘇省電力公司泗洪縣供電公司總經理張某". "優化用電方案" for
    bribes: 贪污贿赂 and 廉洁纪律.
 3  A journal abstract: page header, title and "摘 要" label cut; ends before the truncated "这些人
    形成了一…". Only the secretary and the 村主任 are named; the other seven cadres are unnamed, the
    电工 and 抄表收费工 are not officials. Stealing power read as 廉洁纪律 (公共财物); could be
    贪污贿赂.
 4  Traditional; headline, dateline and the page's 相关链接 and copyright lines cut. 李公明 '所長',
    unit '哈爾濱熱電有限責任公司動力四所' (written just before "所長李公明"). The fined company is
    an organ. His "雷人" answers to complainants: 形式主义官僚主义 and 群众纪律.
 5  Headline, three bullet lines and two sub-headings cut; ends before the truncated profile.
    王国强 as first written with a post, "辽宁省丹东市凤城市委书记王国强": ('市委书记', '凤城市'),
    as earlier batches wrote ('回建', '市委书记', '张家口市'). 海德热电 is a firm; the 宣传部 worker
    only answers; 马延春, 李树民 and 刘向阳 only appear. 卷款 is a rumour, 擅自离境 is confirmed:
    组织纪律 (IS.ORG.05) and 贪污贿赂.
 6  Headline (twice on the page) cut; the list of sanctions stops after 吕凌霄 because the page cuts
    off in the next "给予", so its semicolon is written as a full stop. Five named, the other two
    of the "7名相关责任人" are in the cut part; the 供电局党委 are organs. 吕凌霄 as first written
    '巡察办主任', '云南电网有限责任公司' (his former post in brackets not used).
 7  Hard. Site header and "据新华社电" cut. The overcharging 合肥燃气集团 and the 蜀山区住建部门
    that paid the excess from public money are accused as wholes: no entry. 张仁晟 and the 局长
    张华 only explain ("区里决定"); could be read as ('张华', '局长', '蜀山区住建局'). Topics
    群众纪律 (乱收费) and 工作纪律 (a regulator siding with the firm).
 8  Traditional; the first line may be the thread title, kept as the post's opening. The 建住局
    and 物價局 are organs and the gas firm a firm: no entry. "違規濫批亂作為" gives 滥用职权,
    "行政不作為" 形式主义官僚主义. Ends before the truncated sentence.
 9  Sub-heading cut; ends before the truncated 表箱 sentence. 李刚 as written "供电所李刚所长",
    unit '留盆镇供电所' (the one 供电所 of the text, named in the second sentence); the "电业局长"
    named beside him as the one the electricians send complainants to: (None, '电业局长',
    '汝南县电业局'). The electricians, the "局有关领导" and the 电业局 as a whole give no entry.
10  Caption cut; ends before 吴祖生's truncated answer. Who cut the wires is not said; the
    residents tie it to the 2万 levy of unnamed 村干部: no entry. 村支书杨波 only gives an excuse on
    the phone: read as answering (could be ('杨波', '村支书', None)). Not mixed: refusing the levy
    is the allegation itself.
11  Traditional; headline and sub-heads cut, a sentence the page itself breaks off ("…則稱，停水停電
    是村") and the truncated last sentence cut. Mixed: the family's own contract-land claim
    ("被逼無償退出承包田", "土地調整") and the supply cut by the 山下周村兩委 (an organ) and the town
    officials' raid on petitioners. 倪志華 first written "鎮干部倪志華", unit '羅埠鎮' from
    "(…羅埠鎮)鎮干部"; the unnamed "鎮司法所長" (post as written) likewise. The "穿警服的人" are an
    unnamed group; 祝雪風 and 周聰 are the victims.
12  Site header, headline, dateline, two captions and the sub-heading cut; ends before the
    truncated sentence. Mixed: the village's drinking water (a supply request) and the 村支书's
    "不作为乱作为" and wrecked 水坝. (None, '村支书', '水堆岙村') from "该村支书" (该 + 村支书, as
    fresh86th.py's 马某). The report may not come from its named author (the number is wrong):
    still an allegation. 王某某 is the reporter.
13  涉法涉诉, traditional: the owners' quoted protest and the quoted regulation cut (the copy
    garbles their closing quotes into "!边"); dateline and byline "(傅沙沙)" cut.
14  涉法涉诉: a heating-fee suit mediated by the court; site header, headline and date cut; ends
    before the truncated sentence. 王某 is a party.
15  征地拆迁 (OOS.LAND): farmland taken by the 湛江供电局's poles with compensation unsigned; the
    state firm acts as a whole and its 负责人 only admits: out, not in. Title, author, 导读 and tag
    lines cut.
16  征地拆迁: a land-ownership dispute between two villages blocks a water pipe; captions, the 南都
    scoring box and 评点 cut; ends before the truncated "代耕农" sentence. Could be 其他.
17  个人利益诉求: prepaid gas installation money; 张某权 is a 居民 collecting for the firm. The
    巡察组 only handles it ("这个事情不涉及干部问题"); "向党委政府、主管部门反映过，均无结果" names no
    act of an official. Page header cut; ends before the truncated sentence.
18  个人利益诉求: a refund for a cold flat; headline, summary and sub-heads cut; the 物业 and the
    heat company only answer.
19  个人利益诉求, traditional: a gas-pipe fee; cut before the copy's garbled characters ("燃?xì)獗…")
    in the 住建局's answer. The 村委會 and the 雙代科 only answer.
20  其他: outages; letter and the 供电分局's reply (its numbered heads cut). "供电局无故停用了自拉线"
    blames the utility's service, not an official. Title and "0参与 0评论" cut.
21  其他, hard: an angry post ("电老虎", "供电所的工作人员就任由问题存在") on evening outages and the
    市能源办's reply; title, signature and date cut. A service complaint with no act of a named
    post: out; could be read as in (形式主义官僚主义).
22  其他: cold radiators, a 留言板 item and the district's reply; "来源：黄河电视台" cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH101: list[Item] = [
    # 01
    ('http://zjrb.zjol.com.cn/html/2010-08/26/content_508876.htm?div=-1',
     '8月12日、13日，在海盐，6名乡镇自来水站原站长站在了被告席，他们都因受贿被判刑。海盐共有8个自来'
     '水站，6名前站长被判刑，实属罕见。在这些站长中，西塘桥镇自来水站原站长刘勤生受贿最多，总额达84.3'
     '万元，其中最大单笔受贿25万元。庭上，他数次落泪，在被法警带走时，他望着前来旁听的妻子，嘴唇嚅动，却'
     '一直未能说上一句话。这6名自来水站站长，在当地算是业务精通，能力不错的人。一名知情人说，出事后，有很'
     '多人为他们感到惋惜。刘勤生和其他5名站长落马，都和一名管道工程“包工头”分不开。这次查出的受贿案中，'
     '“包工头”陆勤忠是个关键人物，其因构成行贿罪，被判处有期徒刑两年、缓刑3年。这6名站长和陆勤忠间，究'
     '竟隐藏着怎样的瓜葛？在海盐，管道工程包工头中，陆勤忠算是老资格，在这行做了20多年。陆勤忠长得普普通'
     '通，办起事来却不简单。在管道工程行业“混”了多年，陆勤忠认识不少行内人，其中就包括这6名站长，常在一'
     '起吃饭，成了“好朋友”。慢慢地，这些自来水站要铺设管道时，站长们首先想到的便是陆勤忠。“乡镇自来水站'
     '是‘事业单位，企业化运作’。”海盐县检察院的一位检察官介绍，乡镇自来水站很少有财政拨款，人员发工资、'
     '运作经费、管道建设，全要靠自己想办法创收，没有一定能力的人，干不了。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('刘勤生', '原站长', '西塘桥镇自来水站')]),
    # 02
    ('http://m.zjjairport.com/news/show-htm-itemid-184665.html',
     '在江蘇省宿遷市，江蘇省電力公司泗洪縣供電公司總經理張某利用電力工程建設在監管上的諸多漏洞，從對變壓器'
     '型號“調整”的不起眼環節上，利用職權大肆貪腐，案發時收受賄賂達52萬元，近日被一審法院判處有期徒刑1'
     '1年，沒收財產15萬元。案件暴露出的電力系統內部的管理問題，值得相關部門警惕。“在他們眼中，幾萬元不'
     '過是‘小錢’，退了就完事。”承辦張某案件的檢察官說，針對這種情況，宿遷市宿城區人民檢察院對該電力公司'
     '發出了檢察建議，以提高職務犯罪預防意識，幫助該公司查找風險源點、堵漏建制。再過半年，在江蘇電力系統曾'
     '經風光一時的張某就要榮升宿遷市供電局副總了，可偏偏在這節骨眼上，宿遷市宿城區人民檢察院對他進行了傳訊'
     '。1990年從電力學校畢業的張某，從業務員干起，20年多來逐步成長為擁有高級經濟師職稱、在當地行業內'
     '部響當當的人物。2010年，他升任江蘇省電力公司泗洪縣供電公司總經理。在電力系統這個相對封閉的壟斷王'
     '國，成為一名地方公司總經理，就是“一方諸侯”，幾乎無人監管。張某則利用了這一天然的環境，一方面成為熱'
     '衷于用權力為他人“優化”用電方案、介紹工程的“熱心人”；一方面則利用關系網，通過“對價交換”的隱秘方'
     '式，“悶聲發大財”，不僅有人給他“代購”房子，還有人“墊資”為他購車。2012年4月，一則宿城區新宿'
     '中花園小區供電方案“被變動”的線索，被群眾舉報至宿遷市人民檢察院，矛頭直指張某。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('張某', '總經理', '江蘇省電力公司泗洪縣供電公司')]),
    # 03
    ('https://agrisci.alljournals.cn/view_abstract.aspx?aid=73DFB5BC907CEB77&cid=9881099E8576553'
     '4&iid=38B194292C032A66&jid=0F6174E822F1D653FE315FE0BAD74110&pcid=03F54A49DE00578AA0E5DDF5B'
     'C021AA7&yid=14E7EF987E4155E6',
     '党支部书记、村委会主任分别为县、乡人大代表的山西省五台县阳白乡阳白村竟是一个“偷电村”。前不久该村9'
     '名村干部全部参与的团伙盗窃电能案告破，村党支部书记和为首电工被警方予以刑事拘留。2000年1~9月，'
     '该县电业局4次查获阳白村窃电，手段为倒拨电能表、照明接排灌用电等，窃电31 400多kW·h。每次查'
     '获，村党支部书记孟宪清都很气粗地认账，并表示：“都是我和村主任安排的，电工们只是动动手。”这位书记是'
     '乡党委委员、乡人大代表，村委会主任孟计文是县人大代表。该村900户、3 000多口人，在五台县是数得'
     '着的大村子。2000年11月5日，阳白村农网改造工程施工。在停电过程中，施工队发现该村有私接电源形成'
     '双回路的问题，如不是发现得早，几乎酿成施工人员触电伤亡事故。11月6日，县电业局缘此到该村检查用电情'
     '况，查获了该村破坏电能计量装置，并通过地埋电缆把照明线接在排灌线上的用电问题，电业局随即向警方报案。'
     '经警方现场侦察，认定为盗窃电能案。村党支部书记孟宪清和该村作案电工供认，这条长达176 m的地下电缆'
     '是1999年11月埋设的，从村北一台机井变压器上接线，引到村内照明用电回路上，因照明电价高，排灌电价'
     '低，以此偷差价。孟表示，此次作案他和村委会主任是指使者，村干部们都同意。电业局统计，阳白村此次窃电，'
     '共计102 270kW·h，折合人民币50 943.9元。据警方提供的情况，该村党支部书记、副书记、'
     '村委会主任、村委委员、妇联主任、治保主任、会计和出纳等9名村干部用电只是象征性地交一些电费，几乎是白'
     '用，3名村电工、1名抄表收费工，还有书记的弟弟、村委会主任的父亲也不交电费。',
     'in', None, False, ['廉洁纪律'],
     [('孟宪清', '村党支部书记', '阳白村'), ('孟计文', '村委会主任', '阳白村')]),
    # 04
    ('http://hanxinmy.cn/news/content/2017-12/16/content_3421762.htm',
     '針對群眾投訴量大、供熱服務不到位、室溫不達標等突出問題，哈爾濱市近日對哈爾濱熱電有限責任公司給予10'
     '萬元的上限處罰，并在全市通報批評。記者從哈爾濱市住建委獲悉，近日，哈爾濱市星光家園居民因室溫不達標，'
     '到哈爾濱熱電有限責任公司動力四所反映情況。但所長李公明卻把腿放在桌子上，爆出一連串“雷人”答復。目前'
     '，李公明已被撤職，并追究黨內責任。據通報，哈爾濱熱電有限責任公司分別存在部分小區居民供熱室溫不達標、'
     '供熱設施維修改造不及時、個別基層管理和維修人員服務意識淡薄等問題。哈爾濱市已責成哈爾濱熱電全面整改，'
     '要求其所在區供熱辦對熱企加強監管。供暖是我國北方城市冬季最大的民生工作。入冬以來，哈爾濱市供熱形勢整'
     '體平穩，但局部仍存在延期供熱、不達標等現象。哈爾濱市將繼續加強供熱監管，對發現的突出問題，特別是大面'
     '積停熱事故或群體事件，在通報批評的同時，還將嚴肅追責。',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     [('李公明', '所長', '哈爾濱熱電有限責任公司動力四所')]),
    # 05
    ('https://news.sohu.com/20120828/n351724061.shtml',
     '王国强离境被传与海德供热事件引发市民投诉上访有关。去年12月、今年1月，海德热电有限公司连续两次上了'
     '辽宁省住建厅通报批评黑名单。1月份的通报称，春节期间，海德公司多次频繁出现设备故障，造成大面积断供事'
     '件，使凤城地区大多数用户在10℃左右的室温中度过春节。事发后，辽宁省纪委监察厅组成专门调查组对海德公'
     '司进行专门调查。今年3月，王国强被调往丹东市某建设指挥部任职。日前，网络上传言称，今年四五月间，辽宁'
     '省丹东市凤城市委书记王国强卷款2亿多元离境，辗转跑至美国。昨天，早报记者致电丹东市委宣传部，一位工作'
     '人员表示，王国强大约在今年4月底擅自离境，而其在离境前已被调至丹东市某建设指挥部任职。对于王国强的离'
     '境原因及卷款2亿元等传言，她表示并不清楚，“王国强是省管副市级干部，具体调查处理都是由省里相关部门负'
     '责，我们是市直部门，不清楚情况。”凤城市政府网站昨日发布消息称，凤城市当天召开领导干部大会，丹东市委'
     '宣布任命马延春同志为该市新一任市委书记。丹东市委副书记李树民，丹东市委常委、组织部长刘向阳出席会议。',
     'in', None, False, ['组织纪律', '贪污贿赂'],
     [('王国强', '市委书记', '凤城市')]),
    # 06
    ('https://ttnews.xyz/a/5e794a8fdc9b5e5de3ff954c?lang=zh-hans',
     '3月23日，云南省纪委监委发布了《云南电网有限责任公司党委关于严肃查处昭通镇雄供电局、红河供电局用电'
     '客户满意度调查弄虚作假问题的通报》。通报中提到，2019年10月，云南电网有限责任公司下属昭通镇雄供'
     '电局、红河供电局在用电客户满意度调查工作中，以赠送礼品为条件，诱导客户作满意评价，新京报等多家媒体报'
     '道，引发网络舆情，造成不良社会影响。通报提到，经查，上述问题属实。云南电网有限责任公司党委责令有关单'
     '位深刻反思、彻底纠正，并组织全省各地供电单位全面排查、立即整改。通报中提到，客户满意度调查是为企业自'
     '身发展查找问题、改进服务、改善营商环境的重要举措，但昭通镇雄供电局、红河供电局在组织实施过程中跑调走'
     '偏、弄虚作假，以礼品诱导客户作满意评价，导致调查结果不能全面真实反映客户满意度，严重背离了客户满意度'
     '调查的初衷，属于典型的形式主义、官僚主义问题。经云南电网有限责任公司党委研究，对昭通镇雄供电局、红河'
     '供电局以及7名相关责任人进行严肃问责。通报提到，责令昭通镇雄供电局党委、红河供电局党委作出书面检查；'
     '给予昭通供电局副局长杨永智通报问责；给予昭通供电局市场营销部主任陶则勇诫勉问责；给予昭通镇雄供电局党'
     '委书记、局长陈春桥党内警告、行政记过处分；给予昭通镇雄供电局副局长夏波撤销党内职务、行政撤职处分（2'
     '018年12月，夏波因违纪受到党内严重警告、行政记大过处分）；对云南电网有限责任公司巡察办主任吕凌霄'
     '（时任红河供电局党委书记、局长）进行批评教育，责令作出书面检查。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('杨永智', '副局长', '昭通供电局'),
      ('陶则勇', '市场营销部主任', '昭通供电局'),
      ('陈春桥', '党委书记、局长', '昭通镇雄供电局'),
      ('夏波', '副局长', '昭通镇雄供电局'),
      ('吕凌霄', '巡察办主任', '云南电网有限责任公司')]),
    # 07
    ('http://jingji.cntv.cn/20120508/104182.shtml',
     '政府定价1600元的天然气新增用户安装费，合肥市燃气集团却收费2800元！被曝光8年，违规收费依然不'
     '改。蜀山区北苑小区，年初启动老旧小区改造工程，但居民被告知每户必须缴1400元建设费才能通天然气。但'
     '按照合肥市规定，该小区铺燃气管网项目所需资金由蜀山区财政统筹解决。记者在蜀山区住建局与合肥燃气集团公'
     '司签订的合同上看到，北苑小区天然气新增用户建设安装费为2800元。而政府批准的安装价为1600元。记'
     '者发现，小区居民安装天然气却要自掏1400元。原来，蜀山区住建部门把原本应惠及老百姓的财政投入，补到'
     '企业违规收费上。合肥燃气集团公司副总经理张仁晟说，多出的1200元是从城市主管网到庭院管网的成本。蜀'
     '山区住建局局长张华解释，在请示了上级主管部门后，区里决定1200元的超额收费由财政全额买单。而对有收'
     '费依据的1600元部分，由居民自掏腰包解决。考虑到北苑小区居民生活困难，优惠了200元，居民只需负担'
     '1400元。记者发现，北苑小区居民的遭遇在合肥已不新鲜。早在8年前就被集中曝光，但燃气公司依然违规收'
     '费。',
     'in', None, False, ['群众纪律', '工作纪律'],
     []),
    # 08
    ('http://m.zjsysy.com/thread-19443-1-1.html',
     '至今戶縣西戶天然氣公司仍在收取安裝天然氣2278元，比省市物價局規定多收760元？戶縣灃化小區227'
     '8元；天裕豐苑天然氣入網費3160元；家福花園天然氣初裝價格3500元……憑什么多收？！戶縣規劃建設'
     '和住房保障局關于對網民反映戶縣西戶天然氣安裝費的回復，安裝天然氣的價格為什么是2278元？戶縣建住局'
     '不按法規辦事，違規濫批亂作為，是不是有什么“黑幕”？？怪事！戶縣物價局行政不作為，戶縣西戶天然氣公司'
     '違規收費，為何對此案查處沒有結果？？？西安市物價局于2007年5月下發了《關于停止收取天然氣建設資金'
     '的通知》，要求各天然氣公司停止向居民收取760元的天然氣建設資金（管網建設城市配套費）。通知要求，從'
     '5月10日起，各天然氣公司停止收取天然氣用戶的建設資金。西安市物價局要求天然氣公司認真清理所有收費項'
     '目，對沒有政策依據的收費項目要堅決取消，同時，各營業收費場所要做好相關價格、收費的公告工作，在顯著位'
     '置將天然氣價格及燃氣安裝、維修收費等文件依據、標準進行公示，確保天然氣的正常供應。強烈呼吁：為了防止'
     '和糾正損害群眾利益行為，維護公民、法人和其他組織的合法權益，根據《中華人民共和國行政監察法》、《陜西'
     '省損害群眾利益行為行政責任追究試行辦法》，切實解決好群眾反映強烈天然氣公司違規收費的突出問題，對在效'
     '能建設中干部不作為、亂作為以及存在突出問題久拖不決的，要予以追究。',
     'in', None, False, ['群众纪律', '形式主义官僚主义', '滥用职权'],
     []),
    # 09
    ('http://hnjjgc.com/zhumadian/showinfo.asp?infoid=12944',
     '近日，河南省驻马店市汝南县留盆镇一些群众，向媒体打来求助热线，反映当地电业局管理混乱，纵容乡镇供电所'
     '联合电工违规强制收取名目繁多的各种费用，导致农民负担增加，苦不堪言。而这些涉嫌违规得来的资金，被村民'
     '反映，被留盆镇供电所领导赌博和吃喝消费并纳入供电所的小金库，一部分用于上交汝南县电业局和行贿局有关领'
     '导。接到投诉后，媒体驱车赶往事发地，并见到举报人和其他群众代表，对方表示，在汝南县用电成本非常高，多'
     '数民众却敢怒不敢言。“就拿我们这来说吧，上一段时间，每次农业灌溉用电，电工从来不计表数，是按天数算，'
     '每天最高收到70元，没任何票据，实际上每次都超收，村民一提意见，电工就让找供电所李刚所长和电业局长。'
     '”汝南县留盆镇朱楼村民透露。“如果不照此执行，就没电可用”。事实上，此类行为一直被中央层面所禁止。公'
     '开资料显示，为进一步推进社会主义新农村建设，规范农业灌溉收费行为，切实减轻农民负担，国家规定“农业用'
     '电标准为每千瓦时0.6289元收取。”在此基础上，官方还三令五申，“严禁多收费、乱收费，严禁各种形式'
     '的搭车收费，严禁增加农民负担”。同时并要求“各基层部门严格执行收费标准，不允许有丝毫偏差。”不仅如此'
     '，除了高昂的农业用电外，更多名目的收费让汝南县留盆镇群众难以承受。“村民建设盖房、红、白事用电，都不'
     '按表数，每天最高达数额300元。“新上一块电表，需要支付高达360-400元开户费，电工也不告诉我们'
     '收费依据，不交就不给装表。”而村民想搞副业，农产品加工要用电时，电力部门更是吃拿长要，并且也要收取7'
     '00元的入户费，而四相电收2000-4000元的入户费，孙庄村民反映称。',
     'in', None, False, ['群众纪律', '廉洁纪律', '贪污贿赂'],
     [('李刚', '所长', '留盆镇供电所'), (None, '电业局长', '汝南县电业局')]),
    # 10
    ('http://hkwb.net/news/content/2014-01/03/content_2070875.htm',
     '居住在海口市龙华区高坡村的何先生1月2日向南国都市报反映：2013年12月31日下午4点多，自己家里'
     '突然没电了，原以为是正常停电，可后来发现村里有的住户家有电，何先生查看自家电表发现，电表盒被撬开，电'
     '线被剪断，和自己家遭遇相同的还有十几户。何先生表示，这与他们拒绝缴纳2万元修路费有关。1月2日上午9'
     '时许，记者来到高坡村采访此事。据何先生介绍，2013年11月27日，高坡村开始对他们附近一条路进行硬'
     '化改造。动工后20多天，自称是村干部的人打电话叫住户们到村附近茶店开会，商议缴纳村里修建道路资金缺少'
     '的问题。一村干部告诉何先生，村里根据“一事一议”村民代表大会通过，道路硬化资金缺口由道路两旁的住户出'
     '资，每户2万元。何先生认为，村里修路虽说是惠及乡里的好事，资金征集应该公告，而不是在茶店里找几户人家'
     '谈话就能解决的大事，于是就拒绝交费。可是，2013年12月31日下午4点多，何先生家里就突然没电了，'
     '以为是正常停电。后来发现电表盒被撬开，电线被剪断。而村里其他拒绝交费的十几户同样也被断电。何先生打电'
     '话给村支书杨波，杨波说可能是电压负荷低才剪断了这几户。何先生说就算电压低也不至于剪断电线吧，而且，只'
     '有拒绝交钱修路的住户家里停电了，修路归修路，与用电是两码事，你不能不给用电，谈到这里，杨波把电话挂了'
     '。随后记者走访了几家被断电的住户，均表示对被剪断电线断电强收修路费不满。在采访现场，记者多次拨打村民'
     '提供的村支书杨波的电话，一直无人接听。记者就此事向城西镇党办主任王福腾了解情况，王主任提供了村干部吴'
     '祖生的联系电话给记者。',
     'in', None, False, ['群众纪律'],
     []),
    # 11
    ('http://m.szkaixx.com/content/2012-08/02/content_9353660.htm',
     '昨天上午8時許，網友“金華周聰”在微博上直播“被逼無償退出承包田”。“金華周聰”的真名叫周聰，她稱，'
     '因為與官方對抗，她家被停水停電80天，昨天，她媽媽祝雪風被（浙江省金華市婺城區羅埠鎮）鎮干部脫光了衣'
     '服，她的手機被搶，她的父母最后被鎮干部強行帶走了……周聰稱，“事情的起因是斷水斷電逼我們無償退出承包'
     '田……媽媽術后信訪求助80天不處理，今天準備去縣政府上訪，因為有重要領導來參觀，鎮干部倪志華、鎮司法'
     '所長一大早就來家里圍堵，阻止我們上訪，司法所長帶頭打我并搶了我的手機和照相機。”周聰的微博顯示，到昨'
     '天為止，她家已被停水停電80天。8點23分，周聰發布微博：“我媽媽衣服被脫光。”8點31分，周聰在微'
     '博上稱，“我家來了很多穿警服的人，媽媽被他們打傷了。”9時19分，周聰稱，“他們將我爸媽強行帶走了。'
     '”下午2時36分，周聰的朋友“hz_fred”在微博上稱，“周媽媽已經安全到家，面無血色，滴水未進，'
     '全身癱軟。周爸爸還未歸，不知道在哪里，家人現在非常擔心。”下午4時25分，“hz_fred”稱，周聰'
     '“現在去鎮政府協商”了。當地官方媒體婺城新聞網則在官方微博上描述了一個完全不同的場景。婺城新聞網稱，'
     '事件當事人祝雪風是金華市婺城區羅埠鎮山下周村村民。由于對村里的土地調整有異議，“曾先后到有關部門上訪'
     '”。山下周村兩委于5月10日晚對周家“作出暫停用水用電的處理”。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('倪志華', '鎮干部', '羅埠鎮'), (None, '鎮司法所長', '羅埠鎮')]),
    # 12
    ('http://ttrcw.com.cn/newsinfo_12348.html',
     '近日，一位来自欢岙水堆岙村的年近七旬老农王某某带着一份《报告》来到本报，反映该村饮水难问题。在这份《'
     '报告》中显示：2012年时，为解决该村饮水难题，我县相关部门拨款给该村，以修建蓄水池和铺设自来水管道'
     '。该村支书用良田水坝结水池，安装自来水管，致使该村良田无法耕种。自来水管安装后，发现自来水管道形同虚'
     '设，根本不能出水……此后，村民强烈要求该村支书寻找水源以解决村民饮水问题，事后非但问题得不到解决，而'
     '且还破坏了村民赖以生存的良田水坝，严重损害了村民的合法权益。要求上级机关依法督促被报告人（水堆岙村党'
     '支部书记）解决本村饮水问题，以保护村民的合法权益。在这份《报告》中，不仅有王某某的本人签名、身份证复'
     '印件和联系方式，还附上该村20名村民的签名（复印件）。当前，全县上下正轰轰烈烈开展五水共治工作，其中'
     '，“保供水”是五水共治中的一项重要内容。一个山村有供水设施却无水可吃，良田水坝被改作他用致使田地无法'
     '耕种，村党支部书记视村民切身利益于不顾，不作为乱作为。难道这一切真的如该村王某某所说的那样吗？记者在'
     '接到这份《报告》后，按照材料上留下的电话号码拨打过去核实，结果却令人颇感意外。“你这里是水堆岙村吗？'
     '是王某某家吗？”记者问。“你打错了。”电话那头传来的是一个年轻女人的声音。',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     [(None, '村支书', '水堆岙村')]),
    # 13
    ('http://m.nbnewpower.cn//news/2005/2005-11-02/8/646033.shtml',
     '由于拒絕交納兩年的供暖費，北京市海淀區吳家村10號院的30名業主被北京寶能熱力有限責任公司告上法院，'
     '要求其支付所欠供暖費及利息。1日，該案在海淀法院復興法庭開庭審理。寶能公司稱，在2003年11月至2'
     '005年3月期間，該公司按時、按標準向業主們提供了供暖服務，但有30名業主至今仍拖欠著2年的供暖費拒'
     '絕繳納。出庭的幾名業主反駁寶能公司稱，寶能公司并未和業主簽訂供暖合同，供暖費應由簽訂合同的單位繳納。'
     '1日，本案沒有宣判。據了解，2004年至2005年度北京市集中供暖用戶因各種原因已拖欠供暖費超過4億'
     '元。北京市珺山經紀事務所法律顧問胡玉勇表示，《北京市住宅鍋爐供暖管理規定》開始施行時，供暖費作為社會'
     '福利還是由職工單位交納。如今住房已基本私有化，城市供暖逐步向商品化供應轉變，但供暖方面卻沒有出臺新規'
     '范，這使得規范城市供暖的法規與時代脫節。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.hljcourt.gov.cn/public/detail.php?id=43774',
     '“感谢法官，拖了这么久的闹心事终于解决了！”近日，在东方红人民法院法官的多番调解下，一起牵扯多套房产'
     '、横跨多个采暖期的供暖费纠纷圆满化解。事情要从几年前说起。王某在某小区有3套房产，分别拖欠热力公司3'
     '个、8个和5个采暖期费用，供热费及违约金累计5万余元。热力公司多次催要无果，把王某诉至法院。法官核实'
     '案情过程中，热力公司称已按合同履行了供热义务，所以王某应足额补缴费用。王某却满腹委屈，直言连续多个采'
     '暖季家中室温过低才拒缴费用。双方各执一词、互不相让。考虑到供暖问题关乎民生，为防止矛盾激化，法官组织'
     '双方调解。调解时，法官先安抚王某情绪，告知其供热问题可通过合法途径维权，不能单方面拒缴热费；然后向热'
     '力公司释法明理，引导其重视居民对供暖质量的诉求。但由于双方积怨已久、分歧较大，首次调解未能成功。为寻'
     '找突破口，法官前往王某所在小区，实地走访查看3套房产的供暖情况。走访过程中，多位业主也纷纷向法官反映'
     '家中暖气不够热。掌握情况后，法官组织第二次调解。针对热力公司供暖服务存在不足的事实，法官建议其酌情减'
     '免费用，同时劝导王某，指出虽然热力公司供暖服务不到位，但毕竟供热了，所以完全拒缴费用于理不合。经法官'
     '释法说理后，双方意识到了各自的问题，但在减免金额上仍未能达成一致，调解再次陷入僵局。为实质化解纠纷，'
     '法官决定改变调解策略。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://www.wbzol.com/zixun/202307/392872.html',
     '近日，有群众反映南方电网建电工程占用基本农田，没有和村民事先沟通，所占农田一平米只补偿几块钱的事情，'
     '引起了网友的关注。有网友表示这一类电线杆的建设并不在征地范围之内，但是也占用了基本农田，这种对基本农'
     '田盗洞式的蚕食应该引起足够的重视。在2021年南方电网广东湛江供电局就已经启动了110千伏太平站10'
     '千伏太平线的工程建设，这条线路全长有12公里，一共设计了231个基杆塔。在2023年的4月份已经竣工'
     '投入使用，但是最近一段时间有群众反映该工程占用了基本农田，已经严重影响到村民的农业生产。太平镇六礼村'
     '的村民表示，在2022年的夏季水稻快成熟的时候，当地供电局为了建设工程，没有经过自己同意的情况下，就'
     '将施工车辆直接开进了农田，将水稻压坏，还占用了农田建设基杆塔。湛江供电局的负责人也承认当时在施工过程'
     '中，为了赶进度一边施工，一边和群众商谈赔偿的协议，一直到输电线路投入使用之后，仍然有部分群众没有签署'
     '占用地和青苗的赔偿协议。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('http://www.epdsw.cn/article/article_8839.html',
     '恩平“代耕农”聚居成村26年，现欲装自来水管入村，已铺到村口，却被邻村阻挠，政府制定三次方案均告失败'
     '。日前，南都记者深入恩平市圣堂镇三联村委会调查获悉，该事件背后的原因竟是一场持续十多年的土地权属纠纷'
     '。当年签下的《转让耕地合约》现被两村不同解读，“转让所有权”还是“转让承包权”？一方拒绝支付承包款，'
     '另一方阻挠水管铺设。近日，南都记者收到江门恩平圣堂镇三联村委会“春平”村民反映，称其村里安装自来水需'
     '要挖路铺水管，但隔壁的尚和塘村称水管所经路段是其村的，不允许施工。“春平”村认为路是国家的，并非尚和'
     '塘村私有。由于此事一直无法处理，导致“春平”村从2015年至今无法正常使用自来水。6月28日中午12'
     '时30分许，南都记者来到位于江门恩平圣堂镇三联村委会“春平”村（土名：水尾）。进入该村，需从325国'
     '道边上的一条仅能通过一辆车的小路走数百米，十多栋村居坐落在开阔的田野上。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://www.637600.com/show-2-32846-1.html',
     '“没想到，5年都没有得到解决的问题，给你们巡察组一反映，我们村的天然气安装问题这么快就解决了。”日前'
     '，南充市仪陇县柳垭镇原茶店垭村村民李政给县委第四巡察组组长吴疆打电话时激动地说。今年4月初，十三届仪'
     '陇县委第十二轮巡察启动，县委第四巡察组负责对柳垭镇党委巡察“回头看”。“有个情况，不晓得好不好给你们'
     '说？”入户走访时，路过的一名村民拉住了巡察人员。“老乡，你讲，我们这次巡察，就是要给老百姓解决问题的'
     '。”“我叫李政，我们村的天然气安装款已经预缴了5年了，到现在还没安，你们能不能帮忙催促一下，或者把钱'
     '退回来也行。”该村民反映，2016年8月，柳垭镇居民张某权代表天然气公司收取了他家的天然气上户安装费'
     '4150元，但一直未安装天然气。几年来，他陆续找过张某权及天然气公司多次，也向党委政府、主管部门反映'
     '过，均无结果。民生问题无小事。走访结束后，巡察组成员小廖立即将相关问题向组长汇报。随即，第四巡察组组'
     '长吴疆召开组务会专门研究李政反映的问题。“这个事情不涉及干部问题，群众应该到法院起诉，我觉得可以转给'
     '镇党委政府或司法机关处置。”在组务会上，一名组员建议。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://news.hsw.cn/system/2022/1124/1552387.shtml',
     '市民苏女士家住西安市银河坊中天锦庭小区，去年供暖时，按照5.8元/平方米的收费标准，苏女士向小区物业'
     '交了全额的暖气费。“整个供暖季温度都不高，室外大太阳时室内还能好一些，室外温度到了5℃，室内地板就是'
     '冰冰凉。”苏女士诉说。苏女士家里是地暖，因为温度不高，物业、热力公司都上门检测过。据苏女士回忆，20'
     '21年12月，小区物业和太华热力公司累计到家测温了3、4次。“测出来12、13℃，远远低于18℃。洗'
     '地暖、洗进水网家里也都做了，可情况一直没有改善。”2022年供暖季到了，苏女士交新一年暖费时，想到去'
     '年供暖温度低的问题还没解决，且至今未收到供暖不达标的退费。找物业，物业称热力公司给小区供暖是达标的。'
     '“供暖效果不好，退费的事也没解决。今年我就没交暖费了。”苏女士说。中天锦庭小区供热性质属于物业代管，'
     '负责供暖的是西安市热力集团有限责任公司太华供热公司。11月24日下午，华商报记者来到小区物业服务中心'
     '。物业工作人员称，去年供暖季，热力公司给的水温、流量都够。物业也清洗了过滤网，检查了入户阀门等。“前'
     '期的工作都做完了，检查了主管网、单元楼内的分支管网、入户的过滤网，上门也查看了业主家里的分水器、阀门'
     '等，都正常。影响户内不热的原因有很多，地板垫层比较厚、木质地板、多层防潮垫等，都影响供热效果。”物业'
     '工作人员说。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://evokeinteriorspace.com/html/news/area/guantaoxian/2019_11/22/203233637.html',
     '日前，館陶縣的李先生向邯報融媒體記者反映說，他家最近安裝煤改氣時，從壁掛爐到灶具的十幾米管道要收取費'
     '用。他們鄰居家也安裝了這樣的管道卻沒有收取任何費用。并且他之前已經繳納了2600元的天然氣接口費，其'
     '中就包含管道費用，怎么安裝時還要收費？李先生表示，他也將此事反映給了村委會，村里說，安裝天然氣管道的'
     '是兩個施工隊，收費標準也不同。村委會的解釋更是讓李先生有些丈二和尚摸不到頭腦。隨后，邯報融媒體記者也'
     '聯系到了李先生所在的村委會，他們也表示兩個施工隊是上級安排的，為啥收費不一樣，他們也說不清楚是怎么回'
     '事。邯報融媒體記者隨后聯系到了館陶縣住建局雙代科。工作人員表示，按照規定，農戶安裝天然氣統一收費標準'
     '是每戶繳納天然氣接口費等費用共計2600元。政府給予每戶的補貼為一個價值2700元以內的壁掛爐，一臺'
     '價值200元的灶具，以及160元的報警器和自閉閥。天然氣入戶鋪裝的管道是不收取費用的。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://wz.sun0769.com/political/politics/index?id=288606',
     '常平镇袁山贝村竹园新村年年停电，一日停好几次，上年由村委会督促超报装合同用电工业户以“自拉线”形式转'
     '移至邻近变压器用电，问题得以解决，但是今年十月份起供电局无故停用了自拉线，竹园新村现在每天都饱受停电'
     '痛苦，搞到家里的电器，很多都损坏了。为什么这个问题年年出现？供电局又为什么无故停用了自拉线？居民们何'
     '日才能摆脱这些日子？\n'
     '对于用户反映的问题，经核实有关情况回复如下：用户反映停电情况是由于超负荷用电引起开关跳闸的。经核查，'
     '停电时间出现在2015年10月及2014年8月，袁山贝作为常平镇毛织行业比较集中的村，随着经济发展，'
     '机器转型等因素影响，用电需求增长迅猛，2014年的8月初用户反映的片区出现了跳闸停电的情况，当时常平'
     '供电分局通过新拉低压线路调整负荷的临时措施，暂时解决了超负荷跳闸问题。同时为解决该片区日后用电问题，'
     '在2014年8月常平供电分局与该村委会沟通协商，村委会书面同意在袁山贝村竹园新建一供电台区以解决用电'
     '紧张问题，该工程于10月取得立项批复，计划2015年2月开工建设，于2015年8月竣工投产。但在动工'
     '建设时，袁山贝村竹园的几名村民以影响风水为由阻止施工，不同意在既定位置兴建电房，经过我局与村委会的多'
     '次协调，仍无法达成一致，导致工程投产延误，该片区再次出现超负荷跳闸停电问题。前期常平供电分局已向镇政'
     '府、村委会汇报相关情况，接下来将在镇政府的支持与帮助下，继续做好村民的协调解释工作，争取早日进场施工'
     '，解决该片区的用电问题。常平供电分局已将相关情况回复用户，用户表示理解，我局将继续跟进，确保尽快解决'
     '问题。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.it214.net/c2669354.aspx',
     '城西路仁里村最近三天每到下午五点左右就停电，打电话给供电所，说是因为变压器的问题，要减负荷，可是白天'
     '又不见人来修，供电所的工作人员就任由问题存在，完全不理老百姓感受，仍然是一到五点就拉闸，已经连续三天'
     '，给仁里村的居民的生活带来极大的不便，现在居民区里的居民是投诉无门，难道说国企就可以任意致老百姓的基'
     '本生活权利于不顾，只算经济帐，不需承担社会责任！？难道说政府就只能任由电老虎肆意发威，而对此毫无解决'
     '之道？！难道说，这么一个小问题都不能在电力公司内部通过技术解决，而要老百姓通过网络、通过媒体、或者通'
     '过上访来解决问题！？\n'
     '尊敬的网民：您好。针对您提出的问题，我办高度重视，已经协商海口供电局妥善处理此事，并通过调整负荷解决'
     '了停电问题，感谢您对我们工作的支持和理解。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.163.com/dy/article/KD99SE0P0535B1FH.html',
     '从人民网领导留言板获悉，太原市万柏林区千峰路千鸿花苑居民反映暖气不热，尤其晚上暖气管几乎是凉的，室内'
     '温度连20度都达不到，望解决。太原市万柏林区委办公室回应：经了解，社区第一时间上门测温，室内温度18'
     '度，温度偏低，经过放气、排水、热力站提温等措施，效果不明显。工作人员接着对楼道管井中立管及分水管进行'
     '测温，热力公司判断管井中您家立管滤网堵塞，循环不畅，遂对您家立管滤网进行清洗，清除堵塞物，清洗后效果'
     '明显，目前，出水管温度已达25度。下一步，下元街道及社区将持续跟进供热温度，确保居民温暖过冬。',
     'out', '其他', False, [],
     []),
]


def rows():
    return labelled_rows(FRESH101, "fresh101")
