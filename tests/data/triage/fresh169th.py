"""Sealed batch fresh171: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh169th.py; the batch and its row ids are "fresh171".)

Theme: officials' weddings, funerals and feasts (操办婚丧喜庆, 大操大办, 升学宴, 乔迁宴, 生日宴,
收受礼金 and 红包, 借机敛财) and village cadres' meals charged to the village: a city 纪委's list of
乔迁宴 and 新居宴 and a 林业局长's six days of funeral banquets, a 工商局长's funeral procession and
奠儀 notices, a 州政府办 deputy's 53万 and 27 cattle, a county 局长's 乔迁 feast, a 镇 government's
"乔迁庆典" that charged every village 2000元, a kindergarten head's 升学宴 paid by WeChat transfer
and a village committee member's, a school head inviting guests through the school's SMS platform, a
state-firm party secretary's 80-table wedding, a 镇长's wedding gifts and dinners signed to the 镇's
account, a 乡人大主席's birthday dinner reported on 微博 and denied, and two restaurants' white
slips from village cadres; out items are a restaurant owner's lawsuit against a 村委会, a
wedding-deposit case, a court case on who owns the wedding gifts, a family's claim for 300 wedding
guests' medical bills against a restaurant, a family's funeral-meal "罚没" refunded by the village,
a resident's post on a private funeral shed, a 村主任 stopping a villager's 寿宴, a villager's post
against private 寿宴, a 红白理事会 report and a retired official's memoir of a wedding without red
envelopes. Sources (stored-pages search): a baogaosu copy of the 东方 纪委 report (符某民); an on.cc
report on the 海豐 工商局長 張輝民 (traditional); a commentary on 杨彬's funeral gifts; a 工人日报
site copy of a 经济日报 cartoon note on a 浙江 局长's 乔迁 feast; a dzsm copy of a report on the
道县 蚣坝镇 "乔迁庆典"; a 中国网 湖北 copy of the 荆州 纪委 升学宴 通报; the 江苏 纪委 site's story
on the 吕良 school head 张建中; a 青島新聞網 copy of the 華聲在線 report on 滿斌 (traditional); a
cfxx commentary on the 利辛 镇长 沈涛; a 中新网 copy of the 四川新闻网 report on 刘毅明; a 新浪安徽
report on the 陡张村 white slips; a 新浪江苏 copy of the 北京青年报 report on 生盖营村; out: a copy
of the 民生周刊 report on 徐瑞梅's suit (traditional), a 现代快报 report on a deposit case, a law
firm's page on a 石景山 court case, a copy of the 齐鲁网 report on a 济南 wedding's food poisoning,
a 四川在线 copy of the 现代快报 report on 沙川村, a 江油 forum post, a forum copy of the 都市时报
report on 甘田村, a 麻辣社区 post from 宁南, a 重庆 report on 长生桥镇 and a converted memoir page
(traditional). Four texts are in traditional script (items 2, 8, 13, 22; the glossing pinyin of the
converted copy removed in 22).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, site and forum lines, the random-character junk of the forum
copies and the truncated last sentences of the stored copies removed); paragraphs joined; ASCII
punctuation written full-width except inside numbers ("53.51万元", "1.周某"); stray spaces removed
(008, 011, 016, 019, 020). Page oddities kept: "今年来" (001), "办的风光体面" and "开心的很" (007),
"飯店里" (008), the lead's "邰宏福是泗县瓦坊乡人" repeated at the start of the body (011),
"这样的做生意" and the quoted source "（6月17日 新华网）" (009), "呼浩特市" (012), "鎮干部" in the
traditional 013, "李R" and "反应过" / "我反应这件事" (018), "喪事酒" in a simplified text (020), the
simplified forms in the traditional 022 ("于是", "最后", "然后", "怎么", "什么", "后遺癥") and
"我會感很不舒服" (022). The page's "无缘." written "无缘。" (003).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; heads and staff of public schools, kindergartens and state firms count, as in
fresh127th.py), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters,
victims, witnesses, guests, creditors, private persons and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept) and units as written (a province, city or county before a
unit's own name dropped, as "咸安区食品药品监督管理局" in fresh62th.py); unit None when the text
ties the person to no named unit. Topics only from the twelve names of triage.md; 违规操办婚丧喜庆
and meals on public or village money are 八项规定 and 收受礼金 is 廉洁纪律, as in the development
set; levies on villages are 群众纪律 (IS.MAS.01); public money for an official's private dinners
is 贪污贿赂. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 2 (016, 017), 其他 5 (018-022). 18 accused entries,
all in items 1-12: 11 with a full name (張輝民, 杨彬, 邹敏, 赵兵, 张建中, 滿斌, 沈涛, 刘毅明, 侯振飞,
刘建平, 刘福锁), 5 masked (林某, 林某文, 符某民, 符某成, 符某杰), 2 post only. Every in item has at
least one entry. Out items have no accused entry.

Close calls:
 1  The headline and the dateline "09.12.2014 17:14" cut; the last paragraph (the city's summary
    and the byline "(吴平 王小龙)") cut. 林某 is "东方市计生委林某" with no post: position None.
    符某民 as first written "东方市林业局党组原书记、原局长符某民"; 符某成 from the bracket
    "(市人大办公机关党支部原组织委员)": ('符某成', '原组织委员', '市人大办公机关党支部') (he held the
    banquets with his uncle). The two teachers of public schools are public servants. The "3名纪检
    干部" are an unnamed group: no entry. 八项规定 and 廉洁纪律.
 2  Traditional; the "播放本新聞相關短片" line, the headline, "【本報訊】" and the promo lines cut.
    ('張輝民', '局長', '海豐縣工商局'). The 工商所 that posted notices are organs. 八项规定 (the
    工商局 cars, the procession) and 廉洁纪律 (奠儀).
 3  A commentary; the title, the site's dateline "【…2016年09月17日讯】" and the lead "凉山州…杨彬
    已被“双开”...近日，郑智银撰文评论…全文如下:" cut; the sentence "杨彬系州政府办副主任…也许不算
    什么" cut (it has no closing punctuation on the page and would run into the next paragraph), and
    the closing poem "有诗为证:…" cut. ('杨彬', '原副主任', '凉山州政府办'). 八项规定, 廉洁纪律.
 4  Short: a 经济日报 cartoon note on the 工人日报 site; the caption "朱慧卿 漫画", the page's
    repeat of the text, the site line and "编辑:周文" cut. "浙江某县一局长": (None, '局长', None),
    the county unnamed. The guests from 事业单位 and firms are not accused. 八项规定, 廉洁纪律.
 5  The photo caption "3月19日上午，…本报记者 黄玉浩 摄" cut; ends before the sub-heading "“动员会”
    限定礼金". "该镇党委书记" is unnamed: (None, '镇党委书记', '蚣坝镇') (position as in the
    triage.md example). "镇领导" and the village cadres who "挪用了公款" are unnamed groups; the
    村委会主任 唐小东 pays and speaks: not accused (hard: he may have paid with village money).
    八项规定 (an organ's 乔迁 banquet), 廉洁纪律 (礼金), 群众纪律 (levies on the villages); could
    add 贪污贿赂 for the villages' diverted funds.
 6  The "通报强调…" paragraph and the "案例内容" heading cut; ends after the second case's heading,
    before its truncated body ("…异地操办儿子“升学"), so 赵兵's case is only its heading (hard).
    ('邹敏', '副园长', '黄山头镇中心幼儿园') (the county dropped) and ('赵兵', '党支部委员、村委会
    委员', '过脉岭村'); 邹敏's sister, who lent her name, is private. 八项规定, 廉洁纪律.
 7  The site path, title, date line, the heading "张校长的喜事与烦心事" and the sub-headings
    "向组织报备" and "多形式邀请宾客" cut; ends before the truncated "最终，除了家". ('张建中',
    '校长', '吕良中心初中'). The 副校长 who urged him on is unnamed and only advised and attended:
    no entry (hard). 八项规定 and 廉洁纪律 ("把多年来出的礼钱收回来", invitations to colleagues).
 8  Traditional; the spam line, the 青島新聞網 menu line, headline, source line, the caption "婚宴
    現場，賓客禮金不菲。網友供圖" and the heading "【曝光】官員嫁女擺80多桌婚宴一桌4200元" cut; two
    sentences garbled in the stored copy (the quoted post "我震驚了!…一桌4200多元?!?月8日凌晨…",
    and "…全部被他家包下了?!?/p>") cut with their sentences; ends before the truncated "帖子的最后，
    該網". ('滿斌', '黨委書記', '葛洲壩新疆工程局'), a state-firm party secretary. The 新聞處 worker
    only answers. 八项规定 only (no 礼金 in the kept text; the cut caption mentions it).
 9  A commentary; the quoted source "（6月17日 新华网）" is in the text as published; the last two
    general paragraphs and "(文/张雨竹)" cut. ('沈涛', '党委副书记、镇长', '王市镇'); the 驾驶员 and
    党政办主任 who signed the bills and the 63 givers are not accused (unnamed; the two acted for
    him, hard). 八项规定, 廉洁纪律 and 贪污贿赂 (dinners signed to the 镇, "涉嫌贪污受贿").
10  Hard: a 微博 report against a named 乡人大主席 and the 乡政府's reply that it was "不实"; in,
    because the report names him and the denial comes from his own township, not from a finding
    of a 纪委, and the reporter stands by it; could be read as out 其他, as the refuted suspicion
    in fresh157th.py's item 19. The site menu, headline and date and source line cut; ends before
    the truncated "…但这次举报并不是打". ('刘毅明', '人大主席', '三古乡') ("三古乡人大主席刘某" in
    the post is the same man). 八项规定, 廉洁纪律.
11  Mixed: 邰宏福's 3万 claim for unpaid meals (个人利益诉求) beside the village cadres' meals on
    the village's credit; in because the 原村书记 is named and admits eating and signing (as
    fresh139th.py's item 5; hard: could be read as out 个人利益诉求 and mixed, as that file's item
    17). The sub-headings "村委会吃请打白条" and "追债遇难被迫改行" cut; stray spaces removed ("餐馆
    里 吃 过饭", "自己 不 知 此事"); ends before the truncated "邰宏福显得很无奈". ('侯振飞', '原村
    书记', '陡张村'); the 陆姓村主任 only refuses to pay. 八项规定.
12  Mixed: 云有贞's 30万 claim beside 10多万 a year of meals by village cadres, with the current
    支书 and 副书记 among the signers; in. The site lines, headline, "北京青年报" and "关注" lines
    cut; ends before the truncated "…除几个人不在任外,". ('刘建平', '党支部书记', '生盖营村') and
    ('刘福锁', '党支部副书记', '生盖营村') ("现任" dropped); the 村会计 and the others are unnamed.
    八项规定.
13  涉法涉诉, traditional: a restaurant owner's suit against the 北方村 村委会 for 8823元 of meals
    and the court's finding that the 村会计 王某明 signed for the village (a defendant, not
    accused); the other debtors (派出所, 工商所, 學校…) are organs. The two paragraphs on the
    reporter's visit cut; ends before the truncated judgment. Hard: could be read as 个人利益诉求
    (the unpaid debts) or as mixed, as fresh139th.py's item 13.
14  涉法涉诉: a wedding-banquet deposit dispute settled in court; "快报讯(记者 马乐乐)" cut.
15  涉法涉诉: a 石景山 court case on who owns the wedding gifts; the headings "【裁判要旨】" and
    "【案情】" and the 案号 line cut; private persons only.
16  个人利益诉求: a family's claim on a private restaurant for the guests' medical bills after
    a 37-table wedding; "齐鲁网6月1日讯(记者 刘洋 王雅娉" (unclosed on the page) cut; the space in
    "食物中毒? 新郎父亲" removed; ends before the truncated "问题不解决…" paragraph. Private
    persons and a private restaurant only; could be read as 其他 (a news report).
17  个人利益诉求, hard: a family's 5000元 "罚没" over a two-table funeral meal, refunded; the village
    cadres who held back the ashes act under the 村规民约 (an organ's rule): out, no entry; could
    be read as in (群众纪律) or as 其他 (already settled). Headline and source line cut; ends
    before the villagers' truncated paragraph.
18  其他: a resident's forum post on the noise of a private funeral shed, with a question to the
    民政部门; the 社区 that did nothing is an organ. The forum's random-character junk lines cut.
    Could be read as 个人利益诉求 (their own living conditions).
19  其他: a 村主任 stopping a villager's 80th-birthday banquet under the 村规民约; netizens "不理解",
    no misconduct alleged. Stray spaces removed; the trailing junk "# ^) {, …" cut. Hard: a
    cadre's intervention in a private feast.
20  其他: a villager's forum post against private 寿宴 that invite a whole 队, asking the 镇政府 and
    村委会 to curb them ("村民不是干部"). Stray spaces removed; the trailing "|" cut.
21  其他: a 红白理事会 report praising a 村支书 and the "两委" cadres of 白沙村 who held a wedding
    simply; no one accused. Ends before the truncated "该镇相关负责人表示" paragraph.
22  其他, traditional: a former 工商局 leader's memoir of his daughter's 1994 wedding without
    official cars or red envelopes; glosses removed ("結(jié)婚", "領(lǐng)導", "應(yīng)付"); the
    sentence garbled in the stored copy ("有一次在乒乓球室…這個月接了兩“罰款單”??梢妳⒓踊檠绲?，
    並不都是心甘情愿的。") cut; the trailing "來自: 大紅門16 > …" cut. No one accused (a trap: 公車,
    紅包, 婚宴 in an official's own words).
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH171: list[Item] = [
    # 01
    ('https://haikou.baogaosu.com/xinwen/%E4%B8%9C%E6%96%B9%E6%9E%97%E4%B8%9A%E5%B1%80%E5%8E%9F%E5%B1%80%E9%95%BF%E4%B8%BA%E6%AF%8D%E6%B2%BB%E4%B8%A7%E8%BF%9E%E6%91%86/27260869',
     '为深入贯彻落实中央八项规定精神，规范党员干部操办婚丧喜庆等事宜，坚决制止大操大办借机敛财和参与吃喝铺'
     '张浪费行为，东方市已于2013年7月出台了《东方市党员干部、国家机关工作人员操办婚丧喜庆事宜暂行规定'
     '》，明确提出“限办”和“禁办”的对象及标准。今年来，东方市纪委加大整治力度，共开展明查暗访11次，先'
     '后查处了东方市计生委林某违规操办乔迁宴敛财问题，东方市纪委给予其党内警告处分，并收缴礼金1000余元'
     '；板桥镇三间小学教师林某文违规操办乔迁宴问题，市教育局给予其在全市教育系统内通报处分，并收缴礼金50'
     '00余元；东方市林业局党组原书记、原局长符某民在为母亲治丧期间，会同侄子符某成（市人大办公机关党支部'
     '原组织委员）连续6天摆设酒席收受礼金26万余元，东方市纪委给予符某民留党察看一年、行政撤职处分，给予'
     '符某成撤销党内职务、行政记大过处分，并对二人收受的礼金予以收缴；东方市第一小学教师符某杰操办新居宴收'
     '受礼金2万余元，东方市纪委给予其党内警告处分，并将其收受的礼金予以收缴；东方市纪委监察局3名纪检干部'
     '借参加丧事吊唁进行吃喝问题，东方市纪委在全市范围内进行通报批评。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('林某', None, '东方市计生委'), ('林某文', '教师', '板桥镇三间小学'), ('符某民', '党组原书记、原局长', '东方市林业局'), ('符某成', '原组织委员', '市人大办公机关党支部'), ('符某杰', '教师', '东方市第一小学')]),
    # 02
    ('http://the-sun.on.cc/cnt/china_world/20090522/00429_010.html',
     '廣東省海豐縣工商局局長張輝民日前為母親辦喪禮，排場誇張，送殯隊伍在鬧市穿行而過，延綿近一公里。有消息'
     '稱，張趁辦喪事大收帛金，還於靈堂上公開金額，涉嫌斂財。經媒體披露後，廣東省工商局、汕尾市工商局和海豐'
     '縣紀委將聯合調查。新華社報道，張輝民前日為亡母舉殯排場驚人。當日下午一時許，在數十輛摩托車引導護衞下'
     '，披麻戴孝的送殯隊伍在縣城的鬧市區穿行而過，一路吹吹打打，隊伍後方還有豪華轎車壓陣，另有兩輛工商局汽'
     '車隨行送水。廣東媒體發現，海豐縣工商局下屬的一些工商所，更為張喪母一事貼告示，提醒職工交納奠儀。而靈'
     '堂上，一大塊木板貼滿寫有奠儀數額的黃紙條，從二十元到三百元不等。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('張輝民', '局長', '海豐縣工商局')]),
    # 03
    ('https://m.yzblive.com/news/gb/2016/09/17/amp618724.html',
     '家有丧事，总有亲朋好友、邻里同事前往吊丧，其中免不了礼节性的往来。普通丧事各方面送礼不外乎烛炮、花圈'
     '等，以寄托哀思；中国地广人多，风俗各异，入乡随俗，一些地方丧事要办酒席，随份子要送少量礼金，似乎也在'
     '情理之中。可不乏有权者，以办丧事作为谋财手段，借手中权力的威慑力收礼敛财，类似的典型案例，最“牛”莫'
     '过于凉山州政府办原副主任杨彬。日前，四川省纪委通报称，去年2月，杨彬在其母亲去世时在老家大办丧事，共'
     '收礼金53.51万元、牛27头。都说送礼要看场景，礼单中还有27头牛，并不是纸糊的，而是老百姓的耕牛'
     '。当地至今，仍与机械化无缘。农业生产很大程度上依赖于牛的耕种，年迈体弱的家庭更是如此。彝族谚语讲：“'
     '农业不景气，只因无耕牛”，可杨副主任还是照单全收，简直贪婪到取之尽锱铢的地步。27头牛该如何存放总是'
     '个难题，也许杨副主任早料到了，因为这事，凉山州纪委监察局给予其开除党籍、开除公职处分，正遂了他回老家'
     '办牧场的心愿。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('杨彬', '原副主任', '凉山州政府办')]),
    # 04
    ('https://workercn.cn/443/201310/22/131022113541029.shtml',
     '日前，浙江某县一局长乔迁新居大摆筵席，前后两次共办32桌，约有300人参加，收取礼金31万多元。据称'
     '，当地已对此事做出严肃处理。乔迁新居，邀请亲友小聚，本是人之常情，无可厚非。但300人的规模，数额不'
     '菲的礼金，且宾客中有不少是相关事业单位工作人员和企业负责人，这不禁让人浮想联翩。当前，各地各部门认真'
     '落实中央八项规定，一些人无视党纪国法，就应该受到严肃处理。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [(None, '局长', None)]),
    # 05
    ('http://dzsm.com/showarticle.asp?id=11353',
     '开会、收钱、答谢，这些天，湖南永州市道县蚣坝镇的政府官员们很是忙碌。镇政府搬迁，镇领导要各村来“贺喜'
     '”，并要求礼金不得低于2000元。该镇党委书记称，政府乔迁而财政紧张，要各村多“支持”。他的理由是：'
     '你们不支持镇里的工作，镇里怎么支持你们的工作。在收到请柬后，村干部们挪用了公款或“代管”的村民的钱，'
     '赶赴镇政府的筵席。21日，道县县委书记表示，将派专人调查此事，若查实将严肃处理相关人员。“火焰炮”咚'
     '咚作响，从早晨7点，一直放到下午1点。3月19日这天，湖南永州市道县蚣坝镇，镇政府的“乔迁庆典”举行'
     '。蚣坝镇全镇37个行政村，是道县第二大镇，人均年收入4000余元。当天，37个村的“三大柱头”（当地'
     '对支书、主任、会计的合称），全部到场贺喜。他们排队交钱。“不要挤，先交钱，拿着发票，到旁边领纪念品。'
     '”镇政府办公院内，两张办公桌前，工作人员忙碌着：收钱，盖章，开票。票据是“非税收入”专用发票，名称为'
     '“赞助费”，盖有镇财政所公章。镇信用社在现场办公。凭票据，每个村“三大柱头”领到3件纪念衬衫。油榨屋'
     '村村委会主任唐小东交了2000元。他说，这是给镇政府搬迁贺喜的礼金。此前镇政府明确要求每村贺礼不得低'
     '于2000元，多则不限。唐小东慨叹，“2000元相当于当地一个农民半年的收入，相当于一个村干部全年的'
     '工资。”“但镇领导让来，谁敢不来呢”。据现场工作人员透露，当天收到礼金20万元以上。',
     'in', None, False, ['八项规定', '廉洁纪律', '群众纪律'],
     [(None, '镇党委书记', '蚣坝镇')]),
    # 06
    ('http://hb.china.com.cn/2020-08/24/content_41266586.htm',
     '为深入贯彻落实中央八项规定精神，严防“四风”问题反弹回潮，荆州市纪委近日通报3起违规操办“升学宴”的'
     '典型案例。通报指出，违规操办“升学宴”，越过了纪律“红线”，损害了党员干部形象，影响了社风民风，必须'
     '引起高度重视。全市各级党组织要切实履行主体责任，严守市纪委《关于进一步严明2020年度中考、高考升学'
     '期间有关纪律的通知》“五个严格五个不得”纪律要求，紧盯重要时间节点，加强对党员干部和公职人员的教育监'
     '督管理，坚决制止所属范围内举办“升学宴”。一、公安县黄山头镇中心幼儿园副园长邹敏违规操办儿子“升学宴'
     '”问题。2019年10月，邹敏为掩人耳目、逃避监管，以其妹为父母操办130岁寿宴名义，在湖南省安乡县'
     '黄山头镇某酒店“搭车”操办儿子“升学宴”，并通过微信转账方式违规收受非亲属人员礼金共计5200元。2'
     '019年11月，邹敏受到党内严重警告处分。二、石首市团山寺镇过脉岭村党支部委员、村委会委员赵兵违规操'
     '办儿子“升学宴”问题。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('邹敏', '副园长', '黄山头镇中心幼儿园'), ('赵兵', '党支部委员、村委会委员', '过脉岭村')]),
    # 07
    ('http://www.jssjw.gov.cn/art/2017/7/12/art_29_107246.html',
     '张校长家儿子30岁了，这在农村可算大龄青年，现在终于要结婚了，这可是一件大喜事。在金湖县吕良中心初中'
     '，校长张建中儿子要结婚的消息不胫而走，一些同事纷纷向张校长道喜，张校长心里也是开心的很。可现在上级对'
     '党员领导干部要求很严，喜事不能大操大办。可是儿子结婚是大喜事，张建中心里既想把婚礼办的风光体面，还想'
     '顺便把多年来出的礼钱收回来。在儿子举行婚礼的前半个月，张校长就一直为儿子婚礼邀请宾客的事情烦心。张校'
     '长的烦心事被学校一名副校长知晓，他劝说道：“你当校长这么多年，也没办过什么大事，儿子结婚是大喜事，应'
     '该办得热热闹闹，不管别人去不去，反正我是肯定要去的。”听了这名副校长的说法，侥幸在张校长心中占了上风'
     '。按照金湖县《关于严格规范共产党员和国家公职人员操办婚丧喜庆事宜的暂行规定》，2017年2月10日，'
     '张建中向金湖县纪委报备，于2月18日以男女双方合办方式在县城某酒店为儿子操办婚礼，宴请范围为双方亲戚'
     '和部分同学，桌数为20桌。对是否邀请吕良中心初中教职工，张校长心有顾虑，一方面多次对副校长说不邀请任'
     '何一名单位教职工去，但在这名副校长的一再询问下，又告诉了他婚宴的具体时间、地点。对与他共事过现在又在'
     '其他学校工作的教师，张校长或者自己直接邀请，或者通过他人代为邀请，甚至还授意他人通过学校短信平台通知'
     '。对外地学生，张校长则采用了即时通讯工具——微信。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('张建中', '校长', '吕良中心初中')]),
    # 08
    ('http://www.jnxjqwl.com/content/2011-08/11/content_8898653.htm',
     '紅花郎酒、清蒸石斑魚、極品三文魚……近日，有網友“sb1122”爆料稱，葛洲壩新疆工程局黨委書記滿斌'
     '在烏魯木齊一家五星級酒店鴻福大飯店為其女舉辦婚禮，4200多元一桌的酒席共訂了80多桌，令眾多網友咋'
     '舌。8月8日下午，華聲在線記者致電中國葛洲壩集團公司，新聞處一名工作人員表示網帖內容已向領導匯報，紀'
     '委正在調查了解中。網友“sb1122”在帖子中稱上周六（記者注：8月6日）去烏魯木齊出差，朋友請他在'
     '當地的鴻福大飯店吃飯，誰知去了才被告知，“飯店有超級大的婚禮，要改地方吃飯。”此外，飯店里的服務員告'
     '訴該網友，婚宴訂的是4200多元一桌的標準，“包廂里的更貴呢。”“一桌4000多，到底吃的啥？”帶著'
     '疑問，該網友還特意跑到宴會大廳一探究竟，“婚禮上用的酒水是紅花郎酒，餐桌上有清蒸石斑魚、極品三文魚，'
     '鷹嘴豆遼參”，“都是高檔菜”。',
     'in', None, False, ['八项规定'],
     [('滿斌', '黨委書記', '葛洲壩新疆工程局')]),
    # 09
    ('http://news.cfxx.cn/news/she/2014/0618/1933.html',
     '借女儿婚礼宴请60多名镇村干部、收受礼金4万多元，还以公款支付宴请开销费用，安徽省亳州市利辛县一乡镇'
     '干部被纪委实名通报，并因涉嫌贪污受贿被移送司法机关。（6月17日 新华网）亳州市纪委通报称，沈涛系亳'
     '州市利辛县王市镇党委副书记、镇长。2013年3月13日，沈涛女儿结婚，王市镇镇、村干部有63人到沈涛'
     '家送贺礼，共计41600元，沈涛收下。事后，沈涛先后分两次在该镇公务接待定点饭店盛世金典酒店宴请了镇'
     '、村干部，其驾驶员、党政办主任分别签单、挂账。这位镇长可谓是“无本万利”，借女儿结婚不仅收取了大量的'
     '礼金，而且在宴请客人的时候还使用公家钱签单、挂账。可谓没有用一分钱同时又收到了一大笔钱，这样的做生意'
     '实属聪明之至。此案是安徽省亳州市纪委近日实名通报的6起违反中央八项规定的典型案例之一。不仅是在风口浪'
     '尖大摆筵席。从中央到地方都是三令五申严禁党员干部大操大办婚丧喜宴。中央提出的“八项规定”要厉行勤俭节'
     '约，严格遵守廉洁从政有关规定，干部为子女大操大办婚宴之风还持续存在，这种借机敛财的行为极大地影响了机'
     '关干部的形象。',
     'in', None, False, ['八项规定', '廉洁纪律', '贪污贿赂'],
     [('沈涛', '党委副书记、镇长', '王市镇')]),
    # 10
    ('https://www.chinanews.com/gn/2014/05-27/6218322.shtml',
     '日前，邻水县人“李事锦”通过微博举报：乡干部“操办生日宴，电话通知村干部参加并收受礼金”。邻水县三古'
     '乡人民政府就此回应：该乡人大主席刘毅明生日时宴请了家人及亲朋，但并未违规，李举报的内容不实。5月25'
     '日，网民“李事锦”通过微博报料称：邻水县三古乡人大主席刘某做生日，电话通知各村干部必须去，不去不尊重'
     '，不然不好办事，送礼的干部至少200元起。26日下午，三古乡人民政府就此作出回复：5月25日是三古乡'
     '人大主席刘毅明的生日，此前的24日，刘向乡纪委作了报告，称自己过生，要在县城请3桌客，宴请对象是家人'
     '和朋友。24日晚，刘在邻水县城的老亿安鲜鱼庄预订了3桌。刘毅明本人没有通知他人，也未委托他人请客。参'
     '加25日当天生日宴的，多数是刘的亲戚，其中有村干部5人。生日宴共花费1200元，由刘个人买单，没有收'
     '受礼金。三古乡一名干部证实，他参加了刘的生日宴，但没有送礼金，也未发现他人送礼金。在接受四川新闻网记'
     '者采访时，“李事锦”称：25日当天，他在三古街上看到有村干部前往县城，说是参加乡人大主席刘毅明的生日'
     '宴会，还说要送礼金。他认得的干部有龙头村的、华尖村的、三教村的，有居委会的。“现在中央有规定，不准搞'
     '这种宴请；我觉得三古乡的干部没听上级要求，因此就通过微博举报。”',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('刘毅明', '人大主席', '三古乡')]),
    # 11
    ('http://ah.sina.com.cn/news/g/2015-05-18/detail-icczmvup1887949.shtml?from=ah_cnxh',
     '邰宏福是泗县瓦坊乡人，他和妻子在瓦坊乡街上开了一家餐馆，这家餐馆成为瓦坊乡陡张村委会的“定点饭店”，'
     '可是几年来，村委会在这里吃饭消费的3万多元，全打的白条。昨天下午，陡张村原村书记侯振飞在电话中向记者'
     '承认在邰宏福的餐馆里吃过饭，也有欠账条子，“但当时没有钱给。现在我不干了，村领导也换人了，你找他们吧'
     '。”陡张村现任陆姓村主任称自己不知此事，不会还钱。邰宏福是泗县瓦坊乡人。7年前，他和妻子在泗县瓦坊乡'
     '中心街经营一家小餐馆，他负责后厨，妻子负责前台，两口子辛苦经营，每天生意还算红火。“当时生意还不错，'
     '每天几张桌子都能坐满，收入也可以。”邰宏福说，他的餐馆距离乡政府不远，那时经常有村干部到他那里吃饭。'
     '“一回生二回熟，我知道他们是村委会的干部，所以对他们也比较客气。”邰宏福回忆说，双方熟悉起来后，村干'
     '部要求挂账，把饭店当成定点饭店，他和妻子也同意了。此后，村干部们经常到这里吃饭，几乎隔三差五就来一桌'
     '，有低至几十块钱的，也有上千块钱一顿饭的。邰宏福最后一盘算，所有白条加一起，共计3万多块钱。本来只是'
     '一家小型的餐馆，却要肩负村干部集体的吃喝账，村干部还一直打白条，邰宏福觉得不能这样下去，就开始找村委'
     '会要钱。“一说算账要钱，他们就说没有钱，就这样一直拖着。”邰宏福说，每次吃饭，好几个人都签字，其中就'
     '有侯振飞，“我是后来才知道他是村书记的。”记者看到，在这近百张白条上面，每张都有工作人员的签字，每张'
     '数额不一，其中有一张为1054元。邰宏福开始找侯振飞要钱，但是效果不大，“不但不给钱，他们还照样过来'
     '吃饭，我又不能不给他们吃。”',
     'in', None, True, ['八项规定'],
     [('侯振飞', '原村书记', '陡张村')]),
    # 12
    ('http://jiangsu.sina.cn/news/2019-04-17/detail-ihvhiqax3419069.d.html',
     '云有贞是呼浩特市新城区成吉思汗大街街道办事处生盖营村村民。2008年，他在生盖营村附近110国道边开'
     '了家“云山饭店”，饭店开业没多久，生盖营村的一些村干部就开始在饭店吃饭打白条。从2008年至2013'
     '年，这些村干部在云有贞的饭店打了大量白条，时至今日尚有30多万元饭费没还上。4月11日上午，记者在云'
     '山饭店见到了云有贞，据他介绍，2008年饭店开业不久，村里的一些干部就开始到他家饭店吃饭。因为是熟人'
     '，他们又是村干部，云有贞就同意了他们提出的“吃饭签单，年底结账”的要求。从2008年开始，这些村干部'
     '每年在云有贞的饭店消费达10多万元。年底，生盖营村委会也会拿出三五万元结算当年的部分饭费，余下欠款说'
     '下一年再给。就这样一直到2013年，村干部们共欠下饭费30多万元。从2013年下半年开始，村干部不再'
     '到云有贞的饭店吃饭了，但欠账也没还上。见村干部们不再来吃饭了，云有贞就拿着白条多次找到这些村干部，但'
     '欠账“到底谁还、怎么还”一直没个说法。采访期间，云有贞给记者出示了当年生盖营村干部给他打的白条，记者'
     '发现，这些白条都是在2008年至2013年打的，每张白条金额从100多元至500多元不等。白条上面不'
     '仅有吃饭的村干部的签字，有些白条还标明了此次吃饭请的是哪些部门。“这些白条到底有多少张，我记不清了，'
     '不过应该有1公斤重。”云有贞说。经云有贞统计，经现任生盖营村党支部书记刘建平签字的白条累计有8875'
     '8元，现任生盖营村党支部副书记刘福锁签字的白条累计有80000元，此外，还有村会计等10多人签字的白'
     '条，共计30多万元。',
     'in', None, True, ['八项规定'],
     [('刘建平', '党支部书记', '生盖营村'), ('刘福锁', '党支部副书记', '生盖营村')]),
    # 13
    ('http://www.handmsg.com/page/2025/0828/29521262.shtml',
     '從《奎勒河鎮政府：“飯費”還要欠多久？》見諸人民日報，11年過去了，內蒙古呼倫貝爾市莫力達瓦達斡爾族'
     '自治旗奎勒河鎮干部已調整了幾輪，徐瑞梅也因為身體原因把飯店交給兒子管理。這些年來母子二人拿著一疊疊發'
     '黃的“白條”去當地派出所、工商所、學校、礦產辦及周邊村委會要錢，每次去，聽到最多的答復是“我們換領導'
     '了，我們管不了”。前不久，徐瑞梅寫信給人民日報社《民生周刊》。信中，徐瑞梅反映：“一筆筆陳年舊賬拖垮'
     '了我們兩代人，換了領導怎能新官不理舊賬？”“人情也講了，官司也打了，到頭來還鬧個一場空！”圍繞一場訴'
     '訟，淚眼婆娑的徐瑞梅打開了話匣子。2020年，徐瑞梅把奎勒河鎮北方村民委員會和當時在“白條”上簽字的'
     '時任村會計王某明告上法庭。“鄉里鄉親的，誰愿意法庭相見？但大把大把的白條子已經把我們壓垮了，走法律途'
     '徑真是萬般無奈的選擇。”徐瑞梅解釋，之所以選擇起訴北方村，是因為北方村欠的飯費最少，沒有超過萬元，想'
     '先看看結果如何。莫旗人民法院審理認定：原告徐瑞梅要求被告北方村民委員會給付餐飲費8823元的訴訟請求'
     '，不違反當時政策，不違反法律規定，應給予支持。被告王某明在二份欠據上簽名，王某明時任村會計，村民委員'
     '會賬目內有此筆欠款，且上報莫旗奎勒河鎮應付款項清查登記表內有欠8823元的賬目，不是被告王某明個人行'
     '為，被告王某明不應承擔給付義務。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://dz.xdkb.net/old/html/2008-07/24/content_64191991.htm',
     '明明说提前两个月退订酒席，就可以要回定金，可市民李先生这么做时，酒店却不愿退定金。协议中一句模棱两可'
     '的“糊话”成了纠纷的导火索。今年春节期间，市民李先生就开始张罗婚事。他找到白下区一家酒店，打算今年8'
     '月10日在这里办一场16桌的婚宴。交了2000元定金后，他与酒店签订了一份协议。酒店方面告诉他，如果'
     '要取消，必须提前两个月通知酒店，让他们好做准备。今年5月，李先生与妻子一合计，决定不在南京办婚宴了。'
     '他带着当初签订的协议，到酒店去退订。不料酒店答应退订，却不答应返还定金。李先生掏出协议，看到上面写着'
     '：“……若乙方（李先生）因故取消预订，需提前两个月通知甲方（酒店），否则乙方需承担甲方当天同样标准定'
     '餐的全部损失，且定金甲方不予退还。”“写得很明显，只有我违约，才不会退定金。”李先生说。让他意外的是'
     '，酒店人员告诉他：“你没看懂，只要乙方取消预订，那么就定金不予退还，而不在于有没有提前两个月通知。”'
     '李先生傻眼了，他认为这完全就是在搞文字游戏。“且定金甲方不予退还”到底与前面的文字是什么关系，成了双'
     '方争执不下的地方。李先生一气之下将酒店告上了法院。法院开庭时，酒店方面态度急变，他们一再向李先生道歉'
     '，并表示协议中的文字表述的确有些模糊，今后将作修改。昨天，在法官的调解下，酒店将2000元定金退给了'
     '李先生。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.wandianlvshi.com/dianxinganli/1382.html',
     '馈赠婚礼礼金是具有鲜明社会特征和多重社会功能的赠与行为，当事人之间就礼金归属问题产生争议的，应当依次'
     '按照赠与人意思表示规则、当地特定风俗习惯规则、身份密切联系规则确定礼金享有者。原告：韩某。被告：周某'
     '。被告：谢某。周某与谢某系夫妻关系，周小某系双方之子；周小某与韩某原系夫妻关系，双方于2009年4月'
     '10日登记结婚，于2012年12月经法院判决离婚。2009年5月10日，周小某与韩某举办婚宴，周某、'
     '谢某出资并负责操办；婚宴签到台由周某、谢某组织设立，有工作人员安排到场宾客在签到本上登记。婚宴期间，'
     '有众多受邀宾客通过签到台交付礼金，或分别直接交付新婚夫妇及双方父母礼金。婚礼结束后，所有宾客通过签到'
     '台交付的礼金由周某、谢某收取。以馈赠礼金人员的身份关系区分，包括以下情形：1.周某、谢某邀请的亲属、'
     '同事、同学、朋友；2.周小某邀请的同事、朋友、同学；3.韩某父母邀请的亲属、同事、朋友、同学；4.韩'
     '某邀请的朋友、同学。婚礼现场的礼金给付情况如下：1.韩某及其父母分别邀请的部分宾客共计向签到台交付礼'
     '金7900元（包括韩某同学、朋友交付的2700元）；2.经法院充分释明，周某、谢某拒绝提供真实的婚宴'
     '签到本，以说明收取礼金具体数额；3.周某提供的宾客名单中，载明宾客总人数共计约490人，其中男方宾客'
     '约350人（包括周小某邀请的同事、同学约90人）。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://m.baijiantest.com/infoDetails/83/12858207',
     '每年的春秋两季，都是婚庆市场火热的季节。这个时候不冷不热，正适合结婚。前两天济南匡山就有这么一家办婚'
     '宴的。而且看得出来这家人气挺旺足足摆了37桌，得小四百人。可是让主家没想到的是，这喜事却出了大麻烦。'
     '据山东广播电视台公共频道《民生直通车》报道，5月27号，在济南匡山老谢家娶儿媳妇的婚礼现场，老谢家办'
     '喜宴人逢喜事精神爽，亲朋好友也为这对新人感到高兴，整个宴席热热闹闹。新郎大爷告诉记者：“婚宴是一桌7'
     '00的标准，一共是订了37桌，场面什么的都挺好的，酒店的菜当时也表示满意。结果到下午4点多就开始有出'
     '现不舒服。”上吐下泻还发烧，这吃完喜宴没多久就开始不舒服，老谢家一听说有这个情况，抓紧挨个给亲朋好友'
     '打电话询问。打电话一问，好嘛，来宾当中得有三百多口人同时发生了不适，附近的大医院小诊所，没别人了，全'
     '是婚礼上的老面孔。诊所医生赵传胜称：“28号早上5点，我被叫过来的。一直到晚上，大部分都是过来处理这'
     '个事的。28号上午一直到昨天，一共是67个人。他们的症状主要是腹泻腹痛和恶心呕吐，急性胃肠炎，可能是'
     '食物中毒造成的。”食物中毒？新郎父亲一直就跟饭店协商，新郎母亲刘德翠也表示，好说好商解决了算了，把老'
     '百姓的医药费解决了就算了。要说这家舜昌山庄在匡山这里也是开了好些年了，附近有个场合宴会的，都会想到这'
     '里，这么多年也没有听说发生过什么问题。出了问题就好好处理，一场婚礼下来，这可是把二三百人弄到医院去了'
     '啊。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://focus.scol.com.cn/zgsz/202407/82573757.html',
     '近日，浙江温州乐清市沙川村陈女士在社交媒体宣称其为亡父办丧事摆席两桌后，在领取亡父骨灰时“被罚没50'
     '00元”。现代快报记者7月24日前往沙川村采访了陈女士的母亲郑女士，了解到“罚款”已于7月20日上午'
     '退还。郑女士称“事情已经过去、妥善解决了，不想再多提及”。据此前报道，陈女士的父亲过世后于7月12日'
     '送往当地殡仪馆，自己原定7月14日早上6点半钟去殡仪馆领骨灰。但沙川村村干部却通知陈女士，骨灰需要被'
     '扣押3个小时，9点半以后才能够领取。据陈女士讲述，当自己去领取押金时，被告知“罚款5000元”。记者'
     '在沙川村采访了陈女士的母亲郑女士。郑女士告诉记者，钱已经由村干部联系家中其他家属在20日上午退还。她'
     '还表示，当时家中确实摆了两桌酒席，一共有18人参与，主要都是家中至亲朋友。目前子女均已返回工作地，家'
     '中只有自己一人。郑女士也表示，因为这件事，把自己和家人搞得非常疲惫，这两天也将外出“散心”。“这个事'
     '就到此为止了，问题都解决了，也没有什么可再提的了。”沙川村村党委工作人员告诉记者，当地居民家中办理丧'
     '事都需要向村里备案并提交保证金一万元，这是当地村规民约的一部分；而陈女士被“罚没”的5000元也不能'
     '被称作“罚款”。“我们这里不允许对丧事进行大操大办，所有丧事的办理都要严格申请和报备。”该工作人员表'
     '示，实施这一举措，也是因为当地多年前曾存在“丧事攀比”的风气。“家家户户都要摆上几十桌甚至上百桌，时'
     '间持续七八天，互相比谁办得规模更大、请的人更多，所以政府才要制止这一风气。”',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://icbw.com.cn/forum.php?mod=viewthread&ordertype=1&tid=113286',
     '我住在江油第二人民医院后面的老军管楼，楼和医院距离中间由农户李R私人搭建一铁皮丧葬棚，正好和医院三号'
     '门相对。每每医院死人送行的炮仗不分昼夜山响，这些也都可理解，毕竟人生死一次。可是李R搭的棚子就开始热'
     '闹却是令人烦恼至极。有的丧主请的嚎丧的，有的请的吹拉弹唱的真是好不热闹。白天闹哄，晚上也不自觉闹腾多'
     '晚。严重影响我们附近住户生活。我们也向社区反应过，也没见什么成效。北二社区还是江油打造的优秀社区，反'
     '映了这么久也没见社区去做什么，一切还是照旧。我反应这件事是想了解江油民政部门是否允许私人在生活区开设'
     '盈利性的殡葬场所？是否发放营业执照？如若允许是不是可以让李R把殡葬铁棚子搬离生活区远一点？',
     'out', '其他', False, [],
     []),
    # 19
    ('https://icbw.com.cn/forum.php?mod=viewthread&ordertype=1&tid=67400',
     '据云南《都市时报》报道，12月22日，云南省昭通市永善县黄华镇甘田村治安员粟明军接到电话举报称，该村'
     '白沙一组胡某正在为父亲举办80岁寿宴，祝寿的人非常多。接到举报后，村主任魏银龙向镇政府报告，并立即带'
     '领工作人员赶往胡某家。经半小时的说服教育，这场寿宴被制止。这条消息传出后引起不小的争议。有网友表示，'
     '不理解村主任上述行为。12月26日中午，魏银龙向澎湃新闻解释称，“我们村今年6月份颁布过村规民约，禁'
     '止大操大办各种宴会。”对于“大操大办”的标准，魏银龙指出，村规中有明确规定，摆酒席最多不超过十桌，每'
     '桌八人，并且在办酒席前，应该向村委会申请，而胡某准备宴请约400人。“可以在家里小范围庆祝，但不能这'
     '样大操大办，收人份子钱，还请了周围四邻来帮忙做饭、端菜、洗碗。”他还表示，甘田村是贫困村，摆酒席劳民'
     '伤财，而且宾客还要交份子钱，“把大家都搞得苦不堪言。”甘田村村民周某告诉澎湃新闻，村里确实颁布了上述'
     '规定并提出“红白喜事可以办，满月酒和祝寿酒提倡村民不要办”。黄华镇政府官方微信公号“魅力黄华”也提到'
     '了12月22日的事件。文章指出，亲戚朋友曾提醒过胡某，不允许置办除婚丧嫁娶外的宴席，但主人不听劝导，'
     '执意要办。村民们也是抹不开面子，主人家邀请了，不去的话左邻右舍以后不好相处。魏银龙告诉澎湃新闻，在进'
     '行沟通协商后，胡某认识到了自己的错误，取消了寿宴。“我们去的时候还没有开始办，寿宴取消之后过来帮忙的'
     '邻居都回去了，准备过来喝酒的亲戚后来也都陆续散了。”',
     'out', '其他', False, [],
     []),
    # 20
    ('https://bbs.mala.cn/forum.php?goto=lastpost&mod=redirect&tid=13333357',
     '农村老人过大寿，亲戚朋友来祝寿本是欢乐的喜庆日子，但举办者邀请一个队的人全部来“吃酒”，说句不爱听的'
     '话，这习俗却对本应欢喜的事增添了本队不想来送寿礼的群众的烦恼。宁南县华弹镇金沙村五队一个邓姓人家，近'
     '日对老人大寿进行了全队邀请，这事儿就让部分村民纠结：不去吧，一个队的，其它人都去了，自己觉得不去又不'
     '太好，去吧，又不是什么亲戚，平时关系也不是很好，又不是婚酒、喪事酒，这家家都有老人，他家办寿宴全队都'
     '请了，我家不办也不行，因为寿宴礼都送了，到自己家老人大寿也要“请回来”，如此一来，形成老人大寿全队都'
     '请，这寿礼往来咋个得了！金沙村五队的群众收入在本镇就不高，却要时刻负担以前都没出现过的寿宴类人情往来'
     '费。金沙村五队老人寿宴邀请全队来送礼现已发生两起。干部滥办酒席也明文制止，村民不是干部，村民大摆寿宴'
     '也属不正之风，当地镇政府、村委会也该根据当地实情，制止这类“人情消费”，建立良好的村风、社风，这是老'
     '百姓的希望也是政府的职责。以前农村只有红白喜事操办酒席，现在大摆寿宴全队农户来送礼有了很不好的苗头，'
     '政府也该管管，该刹刹这种风气了。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://nawmsj.cbg.cn/show/5802-2394969.html',
     '“我们村的红白理事会人员由村子中有威望、公道正派、热心服务群众的老党员、新时代乡贤、退休老干部等组成'
     '。自红白理事会成立以来，村里的婚丧嫁娶都会第一时间做好登记报备。”近日，南岸区长生桥镇广福村村党支部'
     '书记胡廷明告诉记者。前不久，广福村有村民打算给孩子办升学宴，听到消息后，胡廷明便和村里红白理事会的相'
     '关人员一起上门做思想工作。经过宣传引导，村民表示不再大操大办升学宴了，一家人在一起吃个饭庆祝庆祝就好'
     '。“红白事从简，提倡厚养薄葬，人人都孝老敬老。如今，村里的陈规陋习不见了，减轻了村民负担，大家有了健'
     '康文明的生活方式。”胡廷明笑呵呵地说。乡村振兴既要塑形又要铸魂，切入点就是乡村移风易俗。长生桥镇把村'
     '规民约、红白理事会作为提升乡风文明、推进移风易俗的重要抓手，依规立德，将移风易俗的内容和要求纳入村规'
     '民约，同时健全完善红白理事会章程，让移风易俗有章可循，推动形成文明乡风、良好家风、淳朴民风。目前，红'
     '白理事会在推动全镇移风易俗、倡导文明新风方面发挥着越来越重要的作用。长生桥镇共和村、长生桥镇新塘村作'
     '为市级“文明村”，把“红白理事会”作为“破除红白陋习、弘扬文明新风”的新载体，营造文明和谐、向上向善'
     '的社会氛围；白沙村“两委”干部，带头简办儿子婚礼，不宴宾客，以身作则将文明新风尚的种子深深地根植在群'
     '众的心里；凉风村红白理事会成员以温情服务群众，用春风化雨的方式推进移风易俗，村民家中有白事自觉报备，'
     '不放炮、不宴请，村民之间互不攀比。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://m.ahfyzs.com/content/19/0908/23/32589450_859925974.shtml',
     '一九九四年，女兒結婚登記了，女婿也是煙臺的。婚禮咋辦？風俗多，七嘴八舌好幾套方案。家人寄希望我這個芝'
     '麻官能辦的車好、客多，風光排場。我一直思考，但沒說話。有一天老伴催我：到底咋弄？再不拍板就耽誤事了！'
     '于是我說，咱辦婚事要改革，一輛公車不用，咱女方一個客不請，一個紅包不收。我很感謝老伴和女兒女婿，我們'
     '就照這“三不”原則做了。我沒有找朋友要公車，連工商局我的專車也沒用。女兒出嫁那天，娶女兒的車到齊了，'
     '樓下齊刷刷六輛紅色出租車，女兒女婿坐第二輛，我和老伴坐最后一輛，陪女兒到東海邊各景點照相，然后把女兒'
     '送到了女婿家，中午一塊參加了婚宴。看到女兒甜蜜，我們心中也很高興。我女兒出嫁，我對工商局的同志全保密'
     '，連給我開車的司機都不知道。我想，我是工商局的領導，如果工商局的同志參加，他們乘機把紅包弄大了我怎么'
     '處理？工商局的同志能都參加嗎？如果有的知道有的不知道，有的參加有的不參加，親呀疏的，這會有什么后果呢'
     '？實踐證明我做對了，一點后遺癥沒有。事后很多人怨我沒告訴他，我都打著哈哈應付了事。社會上的婚宴越搞越'
     '大很不好。這幾十年，我接到上百個婚宴邀請，我都去了。別人欠我的行，如果讓我欠別人的，我會感很不舒服，'
     '這就是我的處事觀。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH171, "fresh171")
