"""Sealed batch fresh105: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh103th.py; the batch and its row ids are "fresh105".)

Theme: fisheries, ports and coastal villages: 渔业 officials and village cadres taking fuel
subsidies (燃油补贴/油补), boat-scrapping and relief money, 渔政/船检 staff taking money from boats
or shielding illegal fishing, cadres profiting from public waters; out items are lawsuits between
boat owners and crews, compensation claims for reclaimed or seized 滩涂 and sea areas, unpaid
subsidies and wages, and accidents at sea. Sources (stored-pages search): a 臺海網 copy of the
纪检监察报 piece on the 秀嶼 海洋與漁業局 窝案 (traditional); a 搜狐 copy of the 中新网 report on the
临海 渔政 officials' trial; a 弋江新闻网 copy of the 新华视点 report on the 湛江 东海渔政大队; page 2 of
a 东南网 copy of the 法制日报 piece on fuel-subsidy cases; a 南海网 video page on the 儋州 南港村
relief rice; a shipoe item on the 白马井 船检 分局局长's appeal; a 融易新媒体 letter to the 沅江
leaders on 渔政 licences; a 泰兴 forum post on a 村副主任's brother's fish traps, with the town's
reply; a freewechat copy of the 海南 赵中社 review; a 石拐区检察院 page on the 宁德 油补 cases; a
新法制报 print page on the 余干 大塘乡 licences and subsidies; a cnfisher item on 大连 boat owners'
fines; out: a 北海海事法院 collision judgment (赖福艺), a 广州海事法院 collision judgment (陈榕胜), a
半岛 report on the 青岛海事法院 arresting boats for crews' wages in 石岛, a 民主与法制 report on the
苍南 龙港 farmers' losses, a 中國水產門戶網 copy on the 綏中 sea-cucumber ponds (traditional), a copy of
the 洞頭 小三盤 灘涂 report (traditional), a 中新网 report on 海南's unpaid 2012 油补, a crew-agency
account of the "成路29" crew's unpaid wages, the 辽沈晚报 on a boat burnt off 石岛 and a 中新社 report on
a 黄岐 boat lost off 东引岛. Items 1, 17 and 18 are in traditional script (the glossing pinyin of
item 18's converted copy removed).

Conventions: as in fresh62th.py. Excerpts as published (whole sentences kept, paragraphs and
sentences cut; page junk such as headlines, decks, sub-headings, numbered heads, bylines,
datelines, captions, court headers, forum post headers, source lines and the truncated last
sentences of the stored copies removed); paragraphs joined, except with a line break between the
post and the town's reply in 008; ASCII punctuation written full-width except inside numbers
("280,000元", "6.8億元"); the ASCII "~" of 009 ("2003~2013年", "6万~7万元") kept as a range sign.
Removed besides: the site name "融易新媒体，" injected into a sentence of 007, and a stray space
before the closing quote in 021. Page oddities kept: "的的" and "峰尖浪口" (002), "1300瓦" and
"300瓦" (004), "欠收", "检查部门" and the missing stop in "将近3个月了当地渔民" (005), "尤加猖狂",
"渎职亵职", "？！" and "阴奉阳违" (007), "薛新明" in the post against "薛新民" in the reply (008),
"码头的变得冷清" (012), "’成路29’" and "病的很重" (020), "截止到" and "李出任说" (021), "二00八年",
"十七下午" and "救生阀" beside "救生筏" (022).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, boat owners and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept where it stands with the post) and units as written; unit
None when the text does not tie the person to a named unit. Topics only from the twelve names of
triage.md; withholding or diverting money due to fishermen is 群众纪律 (IS.MAS.02), bribes and
红包 贪污贿赂 with 廉洁纪律, shielding illegal fishing 群众纪律 (保护伞), dereliction (玩忽职守, 渎职)
工作纪律 and/or 滥用职权. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2 (021, 022).
14 accused entries, all in items 1-12: 12 with a full name, 1 masked (陈某), 1 post only. Items
007, 010, 011 and 012 are in scope with no accused entry (only organs or unnamed groups accused).
Out items have no accused entry.

Close calls:
 1  Traditional; headline, date/source line, "0瀏覽 評論0" and two sub-headings cut; ends before
    the 平海鎮/埭頭鎮 examples (the second truncated). The five named share "區海洋與漁業局" (the
    text then says "該單位有5人"), so each gets unit '區海洋與漁業局'; the 執法快艇船/執法大隊 parts go
    into the position with the "原" as written ('執法快艇船原船長' etc.).
 2  Dateline and the repeated sub-headline cut; ends before the truncated 王如万 confession.
    "原临海海洋与渔业局渔政渔港监督管理站站长王如万": the "原" stands before the unit, so position
    '站长', unit '临海海洋与渔业局渔政渔港监督管理站' (as fresh41th.py did for "原市建设局副局长");
    same for 周贵宏 ('站长', '上盘站'). 梁绍信 is only "办事员": unit None. A trial report is news
    here, not 涉法涉诉. 王某 and 黄某 are the fishermen who paid.
 3  Headline, subtitle, cartoon caption, dateline and sub-heading cut; ends before the truncated
    prosecutor's sentence. 钱平乐, 王炳四 and 陈文艺 run the illegal-fishing firm: not accused.
 4  Page 2 of the story, so it opens on "上述这起…窝案串案"; headline and sub-heading cut. The
    unnamed station chief is one post-only entry (None, '站长', '县畜牧水产局渔政渔港监督管理站');
    "有关领导"/"某领导" (no post, unclear) and "等3人" give no entry; the 渔场老板 is a briber.
 5  Site header and date line cut. 黄石奎 first named as "…南港村居委会支部书记兼主任黄石奎":
    '支部书记兼主任', '南港村居委会'. The police who sat on the case are an organ; the 叶队长 and the
    居委会干部 who let it out are not accused. Topics 群众纪律 (克扣救济) and 廉洁纪律 (挪用).
 6  In, not 涉法涉诉: the official appeals his own conviction, nobody complains about a court.
    '局长' from "局长（正科级）". 吴某 (a firm's head) and the 刘某某 fishermen are not accused; the
    "村干部" who put them in touch is not said to have done wrong.
 7  A letter; ends before the truncated 老汉 story. The "畜牧渔政工作人员", "一线渔政执法人员" and
    "相关部门人员" are unnamed groups: no entry. Theme stretched to a lake fishery (洞庭湖).
 8  Hard, short: a forum post and the town's reply, river fishing. Read as in: the post says the
    public river and the stocked fry are exploited by "村副主任薛新明的兄弟" and "被村里某些人谋私",
    i.e. a village cadre's family profiting; ('薛新明', '村副主任', '焦荡村') with the village from
    the same sentence. Could be read as out 其他 (a private villager's fishing). The brother and
    薛海林 are private; the town only answers; the 张书记 is only asked.
 9  Headline and the summary deck cut. 赵中社 labelled like fresh98th.py's 華志: unit '儋州市' from
    "海南省儋州市原市委书记", the rest of the first mention in the position. The "48名干部" are an
    unnamed group; the 兆隆大酒店 head is a briber. Cut before the truncated land-price sentence.
10  A prosecutor's survey: the 26 officials and 33 村两委成员 are unnamed groups, no entry. The
    "一、…" and "（一）…" heads and the truncated 红包 paragraph cut.
11  Mixed: the 129 fishermen's claim to their own 捕捞证 and subsidies, and the 乡政府's answer that
    part of the subsidy went to 村集体公益事业 (withheld money, IS.MAS.02). The 乡政府 and 村委会 are
    organs; the 村会计 only holds the licences for the village: no entry (could be (None, '村会计',
    None)). Headline, subtitle, caption and sub-heading cut; ends before the truncated house
    sentence. Theme stretched to 鄱阳湖.
12  Mixed, hard: boat owners' complaint about their own heavy fines, beside the allegation that
    fines are levied to quota ("上面罚款给定任务了") by 渔政, 渔监 and 地方 and that unidentified men
    take money to card numbers. All organs or unnamed: no entry. Could be read as out 个人利益诉求.
    孙生世 and the 渔业协会 head only answer.
13  涉法涉诉: a collision judgment between a fisherman and a shipping firm; the court header cut;
    ends before the truncated defence sentence.
14  涉法涉诉: a collision judgment; the title lines and court header cut; ends before the
    truncated list of losses. The judges and clerk only act.
15  涉法涉诉: a court executing crews' wage claims by arresting boats; image name, caption,
    byline and sub-heading cut; ends before the truncated description of the boats.
16  征地拆迁: farmers' losses from a 管委会 closing the sea gates for a new district; the headline
    lines and sub-heading cut, the lead kept. The "管委会工作人员" act for the organ; no named
    official or personal misconduct: out, not mixed. Ends before the truncated 银达 sentence.
17  征地拆迁, traditional: sea-cucumber ponds filled in by the county; ends before the truncated
    licence sentence. The 縣政府 is an organ.
18  征地拆迁, traditional: the county revoking 灘涂 use rights for a development company. The first
    paragraph (a garbled "靠海吃!," in the copy) and the sub-heading cut; the page's pinyin glosses
    ("(quán)" etc.) removed; ends before the truncated sentence. 莊崢嶸 only answers.
19  个人利益诉求: fishermen's unpaid 2012 油补; nav lines, headline, caption, dateline and
    sub-heading cut; ends before the truncated list of villages. Nobody accuses an official.
20  个人利益诉求: a crew's unpaid wages told to a crew agency (a merchant ship, a port story); the
    site blurb, headline, caption and two sub-headings (one "法院不受理?") cut; ends before the
    truncated sentence, so the last quote stays open as on the page.
21  其他: a boat fire and a missing fisherman; byline and the trailing "|" cut. The 海事局 and rescue
    bodies only act.
22  其他: a boat lost with eight crew; dateline and "(完)" cut. The 副镇长 only reports.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH105: list[Item] = [
    # 01
    ('http://e1mgy15.cn/qznews/2016/0802/452338.html',
     '據中國紀檢監察報，漁船燃油補貼、漁船拆解改造補貼等是國家給予廣大漁民的政策紅利，作為行政主管部門的海'
     '洋與漁業局，本應恪盡職守把這些政策落到實處，不曾想，福建省莆田市秀嶼區海洋與漁業局一些干部財迷心竅，'
     '居然向漁船伸出黑手，漁民們反映強烈。民有所呼，我有所應。秀嶼區堅決查處了區海洋與漁業局腐敗窩案，5名'
     '嚴重違紀干部受到嚴懲，漁民們拍手稱快。秀嶼區7個鄉鎮中有6個靠海，海域面積4514平方公里，作業船只'
     '3500多艘。秀嶼區海洋與漁業局責任重大，僅漁船燃油補貼，從2008年至2014年，區海洋與漁業局就'
     '發放了6.8億元，平均每年發放近億元。2015年初，秀嶼區紀委對掌握的問題線索進行集中摸排，發現區海'
     '洋與漁業局一名干部涉嫌違紀。區紀委迅速組織力量調查，不久后，區海洋與漁業局原出納宋冬冬應聲“落馬”。'
     '之后，區紀委順藤摸瓜，又揪出區海洋與漁業局原副局長詹慶章、執法快艇船原船長林美慷、執法大隊原大隊長顏'
     '奇生、執法大隊原干部陳國強等4名腐敗分子。短短一年之內，該單位有5人因嚴重違紀“落馬”，涉案金額達1'
     '30多萬元，在秀嶼引發強烈反響。“翻船”的5個人，都栽在了漁船上。以顏奇生為例，他在擔任執法大隊大隊'
     '長后，主要心思都放在如何利用手中權力收受紅包、發家致富上。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('宋冬冬', '原出納', '區海洋與漁業局'),
      ('詹慶章', '原副局長', '區海洋與漁業局'),
      ('林美慷', '執法快艇船原船長', '區海洋與漁業局'),
      ('顏奇生', '執法大隊原大隊長', '區海洋與漁業局'),
      ('陳國強', '執法大隊原干部', '區海洋與漁業局')]),
    # 02
    ('https://news.sohu.com/20090708/n265072123.shtml',
     '海洋与渔业局的工作被很多人看做是绝对的美差，而最近曝出来的浙江台州临海市海洋与渔业局受贿窝案，更将违'
     '规倒卖马力指标、捕捞证书等“本本”而牟取“万利”的的渔政部门推上了舆论的峰尖浪口。据了解，海洋与渔业'
     '局，是水利局下属的一个二级局，主要负责辖区水域渔政执法检查、渔船管理以及办理涉及捕捞的各种证件，在很'
     '多人看来，这绝对是个肥差。正因如此，一些官员利用职务之便谋取暴利。7月7日，浙江临海法院对原临海海洋'
     '与渔业局渔政渔港监督管理站站长王如万、原上盘站站长周贵宏以及办事员梁绍信等三人涉嫌受贿案进行了公开开'
     '庭审理，王如万和梁绍信分别被判处有期徒刑六年六个月和五年六个月，周贵宏案因对是否成立自首等问题存在争'
     '议，法庭没有当庭作出判决。翻开厚厚的案卷，潜规则下的证书买卖和权钱交易不禁让人震惊。据被告人周贵宏陈'
     '述，国家对渔业管理的政策在2000年后进行“双控”，即控制总马力数、控制总船数，并对渔船的马力指标按'
     '一定的标准进行回收。但这种回收是国家直接对渔民的补偿行为，回收后的指标也应统一上交上级主管部门。20'
     '06年上半年，临海上盘镇翻身村的渔民王某要打造一艘大功率的渔船，但因马力指标尚有400匹的缺口而无法'
     '获得批准打造。为此，经黄某介绍，他找到了被告人周贵宏，并经周介绍联系上了负责报废船拆解工作的王如万。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('王如万', '站长', '临海海洋与渔业局渔政渔港监督管理站'), ('周贵宏', '站长', '上盘站'), ('梁绍信', '办事员', None)]),
    # 03
    ('http://www.yjqnews.cn/Infos/Doc.aspx?fid=18d68e7c-c7ba-4e54-b537-44eec03cd649',
     '涉及几乎所有核心岗位，形成了一条等级分明、分工明确的腐败“产业链”。日前，广东湛江市东海渔政大队贪腐'
     '一案中，30多人因涉及腐败被起诉或判刑。本是打击犯罪的监管队伍，却蜕变成非法捕捞获利的幕后“黑手”。'
     '我国渔业法第三十条明文规定，禁止使用炸鱼、毒鱼、电鱼等破坏渔业资源的方法进行捕捞，禁止在禁渔区、禁渔'
     '期进行捕捞。负责监管非法捕捞的东海渔政大队大队长王民生等人被“股份”、贿赂搞定，变成非法捕捞的“保护'
     '伞”。2011年8月，湛江当地人钱平乐、王炳四、陈文艺三人谋划成立一个组织渔船使用电拖网进行非法捕捞'
     '的“公司”，商定由王炳四、陈文艺各自出资35万元作为启动资金，钱平乐负责管理。“公司将‘股份’分成4'
     '份，其中一份送给东海渔政大队大队长王民生，以换取东海渔政大队对非法捕捞的保护。”钱平乐在法庭供述中说'
     '。钱平乐在法庭供述中说，公司并没有注册登记，他们动员约50艘渔船“加盟”，每艘船每月的“加盟费”为5'
     '00元。公司70万元的启动资金用于贷款给“加盟”的渔船用于配置电网设备和油料费用。这些渔船“加盟”的'
     '好处是：如果渔船被渔政、边防等部门查处，由公司出面搞定。“非法捕捞的渔船被渔政等部门扣押时，由公司出'
     '面‘讲情’，减轻处罚。如果被罚款，由公司和渔民各出一半。”王炳四说。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('王民生', '大队长', '东海渔政大队')]),
    # 04
    ('http://news.fjsen.com/2014-08/28/content_14771688_2.htm',
     '“查办完上述这起燃油补贴领域窝案串案后，我们总结了经验，之后，指导另一县的人民检察院对这个县水上燃油'
     '补贴发放情况进行外围初查。”上述反渎局长说。有了此前的经验，检察院办案人员成功查办了县畜牧水产局渔政'
     '渔港监督管理站站长等3人，通过虚假船只套取燃油补贴的特大案件。据了解，县畜牧水产局渔政渔港监督管理站'
     '站长负责渔政、渔船检验、渔业燃油补贴申报等工作。某渔场老板在得知国家政策后，找到有关领导，获得130'
     '0瓦的补助。之后，渔场老板顺利办理了相关的证件，但这些证件与渔场实有船只的情况无一相符，县渔管站站长'
     '等人对这个情况很清楚。两年后，渔场老板又找到某领导，加办了300瓦的证件。依据燃油补贴政策，渔业养殖'
     '场船舶实际情况与船舶证件（书）不符，是不能获取国家渔业燃油补贴的，可县渔管站站长依然填写了虚假的船舶'
     '登记证、检验证等相关证书和虚增船舶的相关证书，为渔业养殖场申报国家渔业燃油补贴。2006年至2012'
     '年间，某渔业养殖场每年按办理的证件申报渔业补助。县渔管站站长明知申报材料与渔业养殖场实有船只不相符，'
     '却不对申报材料予以审核，直接上报至有关单位，导致某渔业养殖场违法领取渔业补助高达491万余元。此外，'
     '县渔管站站长还利用职务之便，收受渔业养殖场老板的贿赂8万元。',
     'in', None, False, ['贪污贿赂', '工作纪律'],
     [(None, '站长', '县畜牧水产局渔政渔港监督管理站')]),
    # 05
    ('https://yeshipin.hinews.cn/xinwen/show-8168.html',
     '南港村是海南省儋州市海头镇较大的一个行政村，有400多户村民，渔船近100艘，是当地有名的渔业村之一'
     '。2006年和2007年，由于自然灾害，儋州市海头镇南港村的渔民连续两年欠收，儋州市民政部门给每艘渔'
     '船两年分别发放了400和350斤救济大米，可是渔民两年只领到了200元现金。今年2月，一位居委会干部'
     '无意中透露了“救济大米变现金”一事。渔民们才知道领的钱不够大米价，救济米被克扣了。于是渔民们向儋州市'
     '纪委举报，要求调查此事件，查处相关责任人。这件事于2009年5月11日在南国都市报见报，于是居委会第'
     '二天就给渔民补发550元。主动补发说明居委会作假，儋州市纪委、儋州市检察院和儋州市公安局介入联合调查'
     '，认为儋州市海头镇南港村居委会支部书记兼主任黄石奎等人涉嫌截留、挪用特定款物罪并由检查部门发函移交公'
     '安部门办理。记者看到，在检察院发给公安部门的移送函上清楚的写着移送函发出的日期是2009年6月24日'
     '，移交事由是怀疑儋州市海头镇南港村居委会支部书记兼主任黄石奎等人涉嫌截留、挪用特定款物，但是移送函已'
     '经发出将近3个月了当地渔民告诉我们，并没有看到公安部门有所行动，黄石奎等人还在继续担任村居委会支部书'
     '记等职务。为什么3个多月的时间过去了，公安部门却没有行动呢？海头镇南港村的渔民代表找到了儋州市公安局'
     '。当到达那里的时候，负责侦查此案的经济侦查大队却大门紧闭。经过将近2个小时的等待，终于在经济侦查大队'
     '找到了一名工作人员，找到了经济侦查大队负责本案的叶队长的联系方式。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('黄石奎', '支部书记兼主任', '南港村居委会')]),
    # 06
    ('https://shipoe.com/news/show-13444.html',
     '转往外省的10艘渔船在海南骗补贴没被发现，造成国家经济损失199万余元，海南省渔业船舶检验局白马井分'
     '局局长（正科级）陈某因涉嫌玩忽职守罪，被儋州市检察院立案侦查终结，向法院提起公诉。今年2月8日，儋州'
     '市法院一审陈某犯玩忽职守罪，判处有期徒刑3年。陈不服提起上诉，称自己没有失职，请求改判无罪。近日，海'
     '南省第二中级法院作出：驳回上诉，维持原判的终审裁定。2010年4月，年满60岁的陈某退休。退休前，他'
     '是海南省渔业船舶检验局白马井分局局长（正科级）。在查处陈某之前的下属时，检察机关发现了陈某涉嫌玩忽职'
     '守罪的线索。2015年6月，已退休5年多的陈某被立案调查。在其担任白马井渔业船舶检验局局长期间，海南'
     '洋浦南鹰远洋渔业开发有限公司（以下称南鹰公司）法人代表吴某冒用10艘已经转回浙江温岭的渔船骗取补贴。'
     '陈某没有发现，并在检验报告书上签字。公诉机关指控，陈某玩忽职守，造成国家经济损失199万余元无法追回'
     '。2003年，浙江温岭的刘某某等10名渔民出资在浙江打造了10艘钢质渔船。因当时的政策限制，他们没法'
     '在浙江办理渔船捕捞证件。通过村干部的联系，他们与南鹰公司法人代表吴某取得联系，由吴某帮助他们在海南办'
     '理渔船检验证、渔船登记证和捕捞许可证等证件（以下简称“三证”），之后再想办法转回浙江。拿着海南的证件'
     '，10艘渔船却一直在东海捕鱼。因跨海域作业生产，10艘渔船经常被处罚。此后，刘某某等10名渔民便向浙'
     '江省海洋与渔业局申请将渔船转回浙江作业生产。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('陈某', '局长', '海南省渔业船舶检验局白马井分局')]),
    # 07
    ('https://ryxmt.com.cn/tspt/60440.html',
     '尊敬的沅江市市委书记、市长：本人系一名街道基层工作人员，今年多次参与沅江市禁捕退捕渔民摸排工作，进展'
     '到目前阶段，对大量渔民仍对此项工作的抵触甚至上访情绪深有感触，个人认为其根本原因在于沅江市一直以来存'
     '在的渔政管理乱象。第一，沅江市渔政管理乱象几乎是人人皆知，近年来尤加猖狂，先不说关系户、先缴罚款就可'
     '以违法捕捞等人人皆知的潜规则，仅早两年在核发渔民证这一工作开展中就存在典型的渎职亵职、违纪乱规行为。'
     '一条烟、两条烟、只要稍微能和畜牧渔政工作人员扯得上关系的，人人都能得到一本渔业捕捞证书，光明正大、人'
     '人皆知！直接导致现在沅江市存在上千余本专业渔民证，这部分人真真假假，持证无恐，人人都说自己是专业渔民'
     '，人人都想要国家财政的专项补贴，从渔民基层走访就能了解到，绝大多数的持证者这辈子都没有上过渔船，有的'
     '甚至一直在外务工经商，外嫁几十年的女儿等都回来购置船舶渔具，贪婪虚伪的面目让人可笑可恨，何来专业渔民'
     '一说！作为长期与真实渔民打交道的一线渔政执法人员，岂能不知这个村这个岛真正的渔民有几个？！每个村估计'
     '也就十来个，瞧瞧如今，除了三岁的孩儿几乎人人都能拿出一本渔民证，沅江市何来数千人的专业持证渔民？直接'
     '导致如今的退捕安置工作难以合法顺利进行，睁半眼闭半眼、阴奉阳违等违纪乱规行为，富裕的是小金库、践踏的'
     '是党纪国法！请严肃追究处置相关部门人员玩忽职守、渎职亵职的行为。第二，精准识别专业渔民不精准，唯有精'
     '准识别才能精准决策。在沅江市公布精准识别专业渔民名单后，陆续一段时间内就有大量人员聚集办事处上访反映'
     '，发泄抵触。',
     'in', None, False, ['廉洁纪律', '工作纪律', '滥用职权'],
     []),
    # 08
    ('http://bbs.taixing.cn/archiver/?tid-14571.html',
     '张桥镇焦荡村宗严一组西边港河，去年国家花费财力物力整治中沟，现在被村副主任薛新明的兄弟在河里下地笼捕'
     '鱼抓虾，政府投入大量资金，却被村里某些人谋私，南北方向从薛海林家北边的闸门处一直到焦阜港桥向西的河道'
     '里至少有35个大地笼每天都在创收，政府投入的鱼苗虾苗却被个人捕捉用来贩卖，严重破坏水体生态系统，河道'
     '是大家的河道，不是个人财产，请村领导张书记实地调研一下问问周边老百姓有无此现象，再给我们老百姓一个答'
     '复！备注：每天捕鱼的船停在薛海林家东边的桥下，早的时候早上5点就开始去倒地笼网一直忙到上午9、10点'
     '钟才上岸……\n网名你好，我镇相关职能科室已与焦荡村副主任薛新民对接，薛新民已将其兄弟的地笼网没收，并'
     '叫其兄弟下次不许再捕捞，还存在部分地笼网是其他人放置的，薛新民已通知相关人员将地笼网收回，并禁止再次'
     '放置。对以后再出现下地笼的情况，我们将联合市渔政执法中队进行查处。',
     'in', None, False, ['廉洁纪律'],
     [('薛新明', '村副主任', '焦荡村')]),
    # 09
    ('https://freewechat.com/a/MjM5NzUzNjE2MA==/208938001/4',
     '今年5月，海南省儋州市原市委书记、海南省海洋与渔业厅原厅长赵中社因犯受贿罪、滥用职权罪、非法低价出让'
     '国有土地使用权罪，数罪并罚，被判处无期徒刑，剥夺政治权利终身，没收个人全部财产。值得反思的是，赵中社'
     '的贪腐案引出了海南省海洋渔业系统的“塌方式腐败”，先后有48名干部因腐败问题被立案调查，其中厅级干部'
     '6人，厅机关及直属单位16人。一位贪腐渎职厅长引发系统内干部“塌方式腐败”，暴露出海洋渔业系统在海域'
     '审批、渔政管理等方面的诸多顽疾。经法院审理查明：2003~2013年4月，赵中社利用担任儋州市委书记'
     '和海南省海洋与渔业厅厅长等职务上的便利，为13家公司和个人谋取经济利益，收受上述公司和个人给予的68'
     '7.4万元人民币、37万美元、50万元港币、1110.01克黄金制品、33.3万元购物卡、5万元高尔'
     '夫球充值卡、1枚钻戒和1套高尔夫球具，共计价值1077万元人民币。办案人员认为，赵中社最大的危害在于'
     '，其渎职行为给国家造成的经济损失动辄近千万元，尤其是在海域资源管理方面，将企业老板的利益置于国家法律'
     '之上，党性意识差、政治觉悟低。在担任儋州市委书记期间，赵中社违反用地申请程序，非法低价出让国有土地使'
     '用权。儋州市兆隆大酒店负责人在购买一宗土地时，认为每亩20万元的价格过高，找赵中社帮助协调将地价降至'
     '每亩6万~7万元。',
     'in', None, False, ['贪污贿赂', '滥用职权', '廉洁纪律'],
     [('赵中社', '原市委书记、海南省海洋与渔业厅原厅长', '儋州市')]),
    # 10
    ('http://nmgjcy.changpu3d.com/cms/html/wzxt/qczj_1969_2291.html',
     '2006年以来，由于国际燃油价格调整，引发国内相关产业物价上涨，国家决定对部分弱势群体和公益性行业给'
     '予燃油补贴并进行财政转移支付。机动渔船燃油财政补贴（以下简称“油补”）是国家在燃油价格调整后出台的一'
     '项针对从事近海、内陆捕捞及养殖用机动渔船的惠民政策。然而在实际操作过程中，由于具体环节的监管缺位，大'
     '笔的“油补”款项成了部分不法分子眼中的“唐僧肉”，导致贪污受贿、渎职侵权等违法犯罪行为滋生蔓延。20'
     '09年以来，宁德市检察、公安机关共查办“油补”系列案件56件78人。其中检察机关立案51件73人，现'
     '已侦查终结54件68人，起诉50件59人，判决43人，通过办案为国家挽回经济损失共计1600多万元。'
     '主要特点如下：从涉案人员来看，分别涉及行政执法人员、村级组织成员及普通渔民等三类群体，其中海洋与渔业'
     '部门行政执法等工作人员26人，乡镇及13个行政村的两委成员33人、渔民14人。罪名主要集中为贪污、受'
     '贿、滥用职权、玩忽职守等。在立案查处的73人中，涉嫌贪污45人，占总数的62%；涉嫌受贿18人，占总'
     '数的25%；涉嫌行贿4人，占总数的5%，涉嫌渎职6人，占总数的8%。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     []),
    # 11
    ('http://jb.fxw.name/yljd/Print.asp?ArticleID=10971',
     '余干县大塘乡位于县城西北部、鄱阳湖南岸，大部分村民房屋在小山、缓坡山，依山傍水，曾经主要以渔业为生，'
     '90%人口为渔民。2004年下半年，大塘乡129名渔民在接到乡政府通知后，办理了渔业捕捞许可证。但是'
     '这张以渔民个人身份办理的捕捞证却未能及时发放到渔民本人手中。无捕捞证不但导致渔民不能正常捕鱼，而且无'
     '法领取国家发给渔民的渔船燃油补贴。2011年，由于江西省对鄱阳湖渔民渔船燃油补贴的增加，大塘乡办证渔'
     '民再次向大塘乡政府讨要7年未发的捕捞证。但被乡政府告知，捕捞证属村集体所有，不能发给个人，而渔民的补'
     '贴款有部分已用于村集体公益事业。2007年，吴爱忠去村委会补办捕捞证，却得知捕捞证“在村会计手里”。'
     '在大塘乡，同样遭遇的共有129人。12月8日中午，余干县大塘乡40岁的村民吴爱忠饭桌上的午餐是：一条'
     '分两盘装的水煮鱼、一大盘鱼杂米粉、一盘肉炒藜蒿、一碗咸萝卜干。“鱼其实是朋友送的。”吴爱忠不好意思地'
     '边吃边说，曾经主业是捕鱼的他，现在只能偶尔出湖捕鱼，多数时间在种田，开收割机。16岁时，吴爱忠继承父'
     '业，开始捕鱼生活。直到去年，他家里仍“养”着3条捕鱼船。而现在，他只留了一条7吨位的机帆船。1999'
     '年至2004年，他从事捕捞作业。',
     'in', None, True, ['群众纪律'],
     []),
    # 12
    ('https://cnfisher.com/2013/zonghezixun_0525/11285.html',
     '中国渔民在国内水域捕鱼，有时候一天收到四五万元的罚单。有船主质疑，渔政、渔监等多个部门都来罚到底对不'
     '对。而当地渔业协会的负责人就说，罚款不是目的。在中朝海洋边界的敏感水域，近年来中国渔船多次被朝鲜掠夺'
     '甚至撞沉。2005年，丹东20条渔船被朝方没收，2条被撞沉，1人死亡。此后，又发生4起朝鲜撞沉中国渔'
     '船，导致渔民伤亡的事件。不少渔民说，宁愿在国内近海打鱼，保个平安。不过在家门口似乎也不太平。船主：“'
     '现在有些在海上不明身份的人，他上去不给罚单给卡号，5月17日的时候，船被不明身份的人押到小长山去。”'
     '船主说，希望政府保护渔民，打击海洋犯罪。也希望有关部门能够明确提示生产规则，避免渔民糊涂受罚。船主：'
     '“年年都在那拉网，谁也不知道谁违规，咱也不知道违规，一天给罚四万五，说上面罚款给定任务了好几个单位去'
     '罚，现在罚我们都红眼了，什么渔政、渔监、地方，还有我刚才讲的不明身份的也上去。”而杏树港当地的渔业协'
     '会会长就说，有关部门不会无故罚款。金州新区海润渔民协会会长孙生世：“执法人员他都得以国家法律法规的条'
     '文来执行公务，他不会用一种产值一种数额来阻碍生产，我认为罚款不是目的。”随着一艘艘渔船离开港口，昔日'
     '热闹的码头的变得冷清。渔民希望满载而归的愿望似乎变得奢侈。',
     'in', None, True, ['群众纪律'],
     []),
    # 13
    ('http://fawu365.com/Html/mspjs/2012-7/1/127101393916275.html',
     '原告赖福艺，男，34岁，汉族，渔民，住所：广西钦州市钦南区龙门镇北村村民委员会泥沥村。委托代理人陈润'
     '泽，男，66岁，北海顺捷海事海商服务有限公司法律顾问。被告江苏连云港海运公司，住所：江苏省连云港市墟'
     '沟。法定代表人孙开森，经理。委托代理人袁晓勇，邕江律师事务所律师。原告赖福艺诉被告江苏连云港海运公司'
     '船舶碰撞损害赔偿纠纷一案，本院于2001年5月28日受理后，依法组成合议庭，于7月10日、9月3日公'
     '开开庭进行审理，原告委托代理人陈润泽，被告法定代表人孙开森及其委托代理人袁晓勇到庭参加诉讼。本案现已'
     '审理终结。原告诉称，2001年4月27日中午约12时，原告所有的“桂钦渔1312”号渔船抛锚休息，被'
     '告所属的“苏昌”轮自东向西直撞我船前左舷，将我船拦腰撞断并沉入海底，导致我船全损，船上财物全部灭失，'
     '原告身受重伤。“苏昌”轮对此次事故应承担全部责任。为此，诉请法院判令被告赔偿原告船舶损失280,00'
     '0元，网具、铅坠等捕鱼工具损失21,000元，拖网缆索损失12,000元，备用柴油5吨13,500元'
     '，鱼货损失10,000元，冷藏设备损失8,500元，炊具损失1,000元，船员个人生活物品损失5,0'
     '00元，船上现金损失10,000元，救送伤员雇艇费10,000元，船期损失63,000元，船员生活维'
     '持费24,000元，医疗费100,000元，护理费6,600元，营养费2,400元，其他费用1,30'
     '0元，诉前财产保全费9,000元，共计577,300元，并承担本案的诉讼费。被告辩称，船舶碰撞属实，'
     '原被告双方对该事故都负有不可推卸的责任。因“桂钦渔1312”号渔船的船舶状态不明，直接导致我方船员判'
     '断失误，影响了航行安全，故该渔船本应承担至少60%的责任。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://szjj.lawyermr.com/68114.html',
     '原告：陈榕胜。委托代理人：周崇宇，广东海建律师事务所律师。委托代理人：廖敏儿，广东海建律师事务所律师'
     '。被告：黄海燕。被告：朱明凯。被告：珠海市粤潮海陆运输有限公司。住所地：广东省珠海市。法定代表人：叶'
     '深厚，该公司经理。三被告共同委托代理人：吴毓斌，广东亚太时代律师事务所律师。原告陈榕胜诉被告黄海燕、'
     '朱明凯、珠海市粤潮海陆运输有限公司（以下简称粤潮公司）船舶碰撞损害责任纠纷一案，于2012年12月2'
     '5日向本院起诉。本院于2013年1月24日受理后，依法组成由审判员张科雄担任审判长，审判员吴贵宁、人'
     '民陪审员许明参加的合议庭进行审理，书记员卢诗颖担任本案记录，于7月25日召集各方当事人进行庭前证据交'
     '换，并公开开庭进行了审理。原告陈榕胜及其委托代理人周崇宇、廖敏儿，被告黄海燕、朱明凯、粤潮公司共同委'
     '托代理人吴毓斌到庭参加诉讼。本案现已审理终结。原告诉称：2012年9月22日，原告所属的“珠湾318'
     '8”船与“粤珠海货0016”轮在澳门嘉乐庇总督大桥附近海面发生碰撞，“珠湾3188”船3名船员死亡，'
     '船舶严重损坏，船上渔具全部丢失。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://sanpai.9xgk.com/plus/view.php?aid=881',
     '初冬的石岛渔港吹起了寒风，但码头上依然是一片繁忙的景象。作为中国北方最大的渔港，石岛渔港一直是海事诉'
     '讼的高发区。由于近几年海运业不景气，船东欠薪的官司不少。11月22日，半岛记者与青岛海事法院执行干警'
     '一起奔赴石岛渔港，见证了干警执行的整个过程。他们此行目的明确，就是为了给船员们讨回被拖欠的近百万元薪'
     '水。经过执行干警的连夜工作，一共3条涉案船只被扣押，据了解，这些船只经过评估之后，将进入法院的司法拍'
     '卖系统，按照法定流程，船员们有望在年前领到薪水过年。11月22日上午11时许，青岛海事法院执行法官从'
     '申请执行人处得知有三艘涉案船舶停靠在石岛码头。几名法官顾不上吃中午饭，立即驱车赶往250余公里外的威'
     '海石岛渔港。对于青岛海事法院的执行法官来说，经常需要查扣的标的物往往是货船或者渔船，而这些船大部分时'
     '间是不会固定在某个位置的。因此，出差执行成了法官们最普遍的日常，威海石岛渔港正是他们经常出差的目的地'
     '之一。三个多小时的车程中，执行法官也没有闲着，他们一边整理文件，一边商讨到达石岛渔港后如何协同配合，'
     '以尽快将涉案船只扣押。下午2时许，执行法官到达石岛渔港后，首先找到了两艘涉案渔船。“这两艘渔船的船东'
     '拖欠了船员工资，我们得到申请人发来的消息后，立即过来扣押。”青岛海事法院执行法官王昊介绍。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://e.mzyfz.org.cn/paper/424/paper_2425_1461.html',
     '一方是海域村民的海水养殖，一方是谋求区域发展的地方政府，双方的矛盾因“滩涂规划占用了养殖空间，养殖户'
     '是否应得到补偿”而生。在经济发展大潮中，这样的矛盾似乎已经成为普遍现象。值得思考的是，政府究竟应该如'
     '何真正依法行政。刚跨入新年的浙江省苍南县龙港镇江南海域，俨然是个繁忙的大工地。海水仍然在永不停息一浪'
     '接着一浪地拍打着海岸，但对于这里的养殖户来说，一切都已不同，他们经历了沧海桑田的巨变。2012年12'
     '月3日，苍南县新城管委会工作人员带领大批人员，强行进入海水养殖的大坝合龙，将两座进入海水的水闸堵死，'
     '众多养殖户没有来得及捕捞，大量海产品死亡。据统计，苍南方面强行关闸堵死海水导致该海域海涂海产养殖户直'
     '接经济损失达1.5亿元，间接损失无法计数。两年多过去了，300户养殖户的损失没有得到补偿，而世代在该'
     '海域海涂从事传统海产品养殖的农民失业。苍南县龙港镇拥有几万亩浅海和海涂，是知名的海产品养殖基地，龙港'
     '江南海域的海产品畅销江浙闽沪，海产养殖是龙港镇的传统产业，海产品销售收入占苍南县大农业的52%。今年'
     '60岁的金守合，从20岁就开始从事养殖业。早年间，他的祖辈就从事养殖业。这十几年，他养殖的水产品主要'
     '有雪蛤、蛏子、鱼虾等，每年投资100多万，年收入几十万不等。2000年，投资30多万的雪蛤，卖了10'
     '0多万元。3个股东合股经营，金守合占的股份最多。2012年12月的大坝合龙，130亩围塘受损，损失逾'
     '百万元。银达水产品养殖有限公司（下简称银达公司）2005年登记注册，法定代表人林发伦。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://www.56qq.top/article.asp?artid=60509',
     '作為遼寧省綏中縣萬家鎮老戶村最早的海參養殖帶頭人，李學生年初的愿望是到年底買一臺轎車，“如今連自行車'
     '都買不起了”他自嘲說。今年4月，他參股并擁有合法手續的海參池被綏中縣政府強制填埋，破壞性的填埋導致大'
     '量海參被埋掉或嗆死，他也因此錯過了5月和11月這兩個海參收獲的最好季節。一年到頭，他不僅沒買上轎車，'
     '還要向銀行貸款償還欠下的巨額外債。提起這鬧心事，他一籌莫展。這個結果李學生沒有想到，和他一樣懷揣夢想'
     '的其他20多名海參養殖戶，同樣沒有想到。有“關外第一縣”之稱的綏中，位于遼寧省西部，西與山海關接壤，'
     '南鄰渤海遼東灣。憑借瀕臨渤海的地理優勢，近年來，海產品養殖成為當地經濟的主要增長點。去年春天，濱海公'
     '路綏中段的修建，使當地沿海地皮升值。綏中縣抓住綏中濱海經濟區被列為遼寧省“五點一線”重點支持區域這一'
     '契機，不斷加大招商引資力度。在綏中縣政府提供的項目建設情況中可以看到，國華發電廠二期，遼寧威利集團、'
     '葫蘆島宏躍集團等一批項目正在籌備和建設當中，種種跡象表明，這片投資熱土的開發形勢喜人。沿海土地的增值'
     '，也使濱海公路南北兩側原有的參池、蝦池、蟹坑等一些正在使用和未建設的灘涂成為這一屆政府治理的目標。早'
     '在2004年，在當時綏中縣政府“打造海上綏中，使海域養殖業成為一條致富途徑”的口號下，萬家鎮和西甸子'
     '鄉的漁民、農民以及下崗職工相繼承包海域灘涂，并把它改造為現代養殖用地。養殖戶不僅與當地村委會、鎮政府'
     '簽下了30年有效期的土地承包合同，而且李學生等部分有規模的養殖戶還辦理了手續。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://m.92880.cn/sh/news/2007/09-22/1033387.shtml',
     '洞頭縣是全國12個海島縣之一，海洋捕撈、海水養殖、灘涂水產采集是該縣的主要支柱產業。1984年，洞頭'
     '縣政府按照省政府文件給縣里的村集體發給《淺海灘涂使用權證》，并稱使用權長期不變，受國家法律保護。然而'
     '，到了2002年，縣政府卻又發出通知，要求全縣范圍內廢止淺海灘涂使用權證，在北岙鎮筑起一條全長250'
     '8米的堤壩，將堤壩與其內側海岸線形成的大片海域劃為墾區，并要求在墾區范圍內的養殖戶停止作業。隨后，縣'
     '政府將這一區域的使用權確定給洞頭縣“北岙后圍墾建設開發公司”，用于開發建設旅游休閑地。養殖戶們傻眼了'
     '，他們賴以生存的“口糧涂”沒了。縣里是否有權收回灘涂使用權呢？9月21日，記者采訪了縣農村水利局局長'
     '莊崢嶸。莊局長說：“縣里作出這一決定依據的是2002年1月1日起實行的《海域使用管理法》，其中規定養'
     '殖用海最高年限為15年。1984年確立的使用權長期不變的規定已經不能適用。縣政府此舉是符合法律規定的'
     '。”但養殖戶認為，海域使用的年限規定與“使用權長期不變”并不矛盾。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('https://www.chinanews.com.cn/sh/2014/06-17/6290523.shtml',
     '截止目前，海南省多个市县2012年度渔业柴油补贴尚未发放，致使一些渔民生产生活遇到困难。记者采访海南'
     '省海洋与渔业厅得知，2012年度油补预计在今年底前才能发放完毕。今年5月，记者随疍家文化协会课题组调'
     '研，走访了海口、临高、昌江、三亚、陵水、文昌等6个市县的14个渔业社区。在采访过程中，这些市县的渔民'
     '纷纷向记者反映自2012年以来他们都没有领取柴油补贴，导致渔业生产生活受到不同程度的影响。临高县新盈'
     '镇昆社村的林忠仁家里分别有150吨和100吨的两艘渔船。他表示，两年没有领到柴油补贴，至今也没有政府'
     '部门向他们说明为何不发油补。陵水黎族自治县新村镇新村港是海南较大型的渔业生产作业区。正值夏季伏季休渔'
     '期，港湾内停满了渔船。琼陵水13668船船东冯安峰介绍，5年前他向银行贷款和向他人借款的方式筹资数百'
     '万元建造了一艘100吨的渔船，但每个月的银行利息却让他颇感负担沉重。虽然他的渔船是编外，每年只能拿到'
     '编内船30%的柴油补贴费用，但十多万元的补贴是他还银行利息的主要来源。两年没有拿到柴油补贴，让他压力'
     '陡增。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://crew.sol.com.cn/CYSC_V_dckdi.html',
     '2020年8月17日，公司来了两位寻求“讨薪”帮助的船员。两名壮年男子，黝黑粗糙的脸上留下了海风的痕'
     '迹，落寞的眼神里透露出无助与焦急，背上鼓鼓囊囊的背包里装着沉甸甸的“生活”。待为其倒上一杯热茶后，我'
     '开门见山：“跟我说说具体情况吧。”大副神情略显焦急：“我们是’成路29’轮上的船员，我是船上大副，旁'
     '边这位是船上的大厨。船上有16名船员，都是中国人。船一般跑中日韩航线，有时候会去台湾。”“欠薪情况是'
     '怎么样呢？”我继续问。聊起这个，大副眼神渐渐有光了。“船上从5月份起就没有发过工资了，全部16名船员'
     '一个月工资大概20多万人民币，船东差不多欠了我们60到80万。”“你们其他的船员呢？现在在哪里？”我'
     '问。此前沉默的大厨发话了，浑厚的声音有些模糊又有些虚弱。“我们是因病下船的，在看完医生后已经完成了1'
     '4天的隔离，其他的14名船员还在船上。”大副补充道：“当时我们大厨病的很重，代理就帮我们办了就医，我'
     '当时身体也出现了一些问题，所以和大厨一起下来了。”大副喝了一口茶继续说：“我们船（“成路29”轮）是'
     '从韩国仁川开到舟山的，差不多是6月26号到达舟山。当时船东和我们说是上坞修船，在马峙锚地抛锚，结果船'
     '就被扣了。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://hy163.com/news/ZX409/ZX4281075126679.html',
     '4月27日早6时30分，一艘辽宁籍渔船在山东省荣成市石岛港外海域着火沉没，在各方的努力营救下，遇险渔'
     '民10人获救，1人失踪。截止到昨晚8时20分，失踪渔民仍未获救。威海市海事局李主任告诉记者，沉没渔船'
     '是一艘280马力的木制渔船，船籍是大连市瓦房店的，船上共有11名工作人员，均为男性。27日6时30分'
     '左右，这艘木制渔船在离威海石岛镇9海里左右的区域着火，原因是渔船电路故障引发火灾。这艘木船沉没时，附'
     '近还有另一艘辽宁籍的木制渔船，这艘木制渔船帮助沉船发出了求救信号。接到险情报告后，威海市海上搜救中心'
     '立即启动应急预案，协调海洋渔业部门组织附近渔船援救遇险人员，同时紧急调派救援力量赶往事发现场。山东海'
     '事局海上巡查执法支队调派在附近值守的“海巡071”出海救援并接应遇险人员，与此同时，在石岛港附近海域'
     '待命的交通运输部北海救助局专业救助船“北海救201”也奉命前往搜救。6时40分左右，10名遇险渔民被'
     '附近一艘渔船救起。但有一名渔民下落不明，海上搜救行动仍在进行中。昨晚8时20分，失踪渔民仍未获救。李'
     '主任告诉记者，当时海上风浪并不是很大，这名船员为什么会失踪，原因不详。李出任说：“不间断的搜救进行一'
     '天了，现在这个情况，失踪人员生还希望不大。”',
     'out', '其他', False, [],
     []),
    # 22
    ('http://taiwan.cn/xwzx/dl/shh/200802/t20080219_589173.htm',
     '福建连江黄岐镇十七日发生一起海难，当日下午十七时四十分许，“闽连渔一九一七”号渔船在东引岛附近海域作'
     '业时，前舱进水沉没，船上八名船员全部失踪，截至十八日十八时，所有失踪人员仍下落不明。据黄岐镇政府副镇'
     '长林位琅介绍，该船原有船员十名，其中一人是四川人，三人是霞浦县人，其余六人均为连江县黄岐镇人。今年过'
     '年时，四川人和其中一名霞浦人回家过年离船，因此实际失踪人员为八名。失踪的“闽连渔一九一七”船登记长度'
     '二十九米，宽六米，深二点五五米，检验有效期至二00八年七月十四日，持有渔业临时捕捞许可证。十七下午十'
     '七时许，福建沿海东引岛附近海域突起大风大浪，在该海域作业的“闽连渔九二五五”号渔船突然接到同编队“闽'
     '连渔一九一七”号渔船的求救信号，称风浪太大，该船前舱已进水即将沉没；“闽连渔九二五五”号渔船立即赶往'
     '事故现场施救，但当三十分钟后再次与“闽连渔一九一七”联系时，已无通讯信号。当晚十九时四十分，黄岐渔业'
     '公司接到警报后立即组织附近海域船只赶往救援，黄岐镇政府立即启动渔业船舶突发事件应急预案，并成立海上搜'
     '救工作领导小组。十七日夜里，搜救小组共组织在事故现场附近海域作业十四艘渔船一百六十人，在周围二十海里'
     '海域内进行拉网式搜救。十八日凌晨，交通部东海救助局、福建省海难救助中心、福州市海洋渔业局的直升机、救'
     '助船只也赶到事发海域，参与搜救。据查，失事船上有两个救生阀，并人手配备一套救生服，林位琅表示，如果他'
     '们在出事前能及时放下救生筏并穿上救生服，将有生还的希望。目前，搜救工作正在紧张进行，事故原因正在进一'
     '步查实中。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH105, "fresh105")
