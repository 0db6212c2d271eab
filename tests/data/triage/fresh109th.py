"""Sealed batch fresh111: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh109th.py; the batch and its row ids are "fresh111".)

Theme: culture, tourism, sport, heritage and media: village and township cadres at scenic areas
(a 村委書記 beating ticket staff, a 镇人大主席 and 人武部长 forcing their way in without tickets),
a 村主任 selling a 500-year stone stele, a 镇政府 pulling down listed buildings, a county 执法局
beating a tour guide, a county 广电局 副局长 driving drunk, a 文物局 that "does not know" its
长城 was dug up, 体彩 officials taking money, a 非遗 clerk selling heritage listings, a 文体局
paying irregular allowances, a 副县长 shrugging off a listed village razed for coal, a 区长
said to push a museum head over an unpaid subsidy; out items are a song-copyright suit against a
show, a folk-tune copyright suit against a county troupe, a scenic area blocked over a village
land lease, a heritage village's resettlement houses, a tourist's ticket complaint, villagers who
handed in finds, a gym that closed with members' money, basketball and 广场舞 noise, and a
Sichuan-opera troupe put out of its hall. Sources (stored-pages search): a 大紀元 report on the
羅田 三里畈 景区 (traditional); a 香港01 report on the 芮城 灣里村 stele (traditional); an sxworker.com
(陕西工人报) e-paper report on 洽川; a 麻辣社区 forum post on 合江 白鹿镇; a 新浪湖南 report on the 凤凰 guide;
a readfree forum copy of the 长江商报 report on 通城; a 台灣網 big5 commentary on the 輝縣 趙長城
(traditional); a wzatv copy on 彩票 officials (张伟华, 田柳先); a copy of the report on the 上城區
非遺 clerk 徐敏 (traditional); a copy of the 新華網 report on the 恩施 文體局 (traditional); a 北晚新视觉
copy of the 央视 report on 半坡古村; a 上游新聞 copy on the 呂梁 museum (traditional); out: a
copy of the 麗江千古情 judgment (traditional), a copy of the 金寨大鼓 case, the 京华时报 report
on 红螺寺 (新浪), a 洛阳网 留言 on 甘泉古窑村 and its reply, the 梅州 旅游投訴 list (traditional), a
report on the 乾县 要子村 finds, a 海报新闻 copy on a 菏泽 gym, a 河源晚报 report on a 徐洞村
basketball court (traditional), a 温州 留言 on 广场舞 in 龙港 with the police reply, and a 成都商报
report on the 香香巷 troupe. Nine texts are in traditional script (items 1, 2, 7, 9, 10, 12, 13,
17, 20; the glossing pinyin of the converted copies 7, 9, 10, 13, 17 and 20 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source lines, the pages' question labels, reply headers and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers ("20280848.2元", "1." list numbers kept); stray spaces removed (008 "所谓的
“坐黑庄”", 015, 016, 020 "11點多"). Page oddities kept: "—位" (003), "与景区工作人冲突" (003),
the unclosed quote "“来红螺寺就是…爬不了。" (015), the reply following the unpunctuated
question "…靠谱的答复" directly (016), the trailing "；" where 005 is cut, "「…說？」。" (002).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, people without a post and officials who only
handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text does not tie the person to a named unit. Topics only from the twelve names of triage.md.
Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 3 (017-019), 其他 3
(020-022). 18 accused entries, all in items 1-12: 12 with a full name, 2 masked (楊某某, 徐某),
4 post only (村委書記, 村長, 局長, 相關負責人). Item 004 is in scope with no accused entry (an
organ only). Out items have no accused entry.

Close calls:
 1  Traditional; headline and the 大紀元 dateline cut; cut before the sub-heading and the quoted
    blog on village secretaries in general. "湖北一村委書記" is first written without a unit;
    "當地橋頭村委書記" gives (None, '村委書記', '橋頭村'). His son who blocked the gate has no
    post; the 豐太集團 is a firm. Only 生活纪律 (the beating); the blockade could be read as
    滥用职权.
 2  Traditional; headline cut; the "圖片顯示…" sentence (a picture description) and the legend
    paragraph cut; ends before the truncated sentence on who returned the money. "實名舉報村長、
    村主任等人": the 村長 is written apart from the 村主任 楊某某, so two entries, the first post only
    (they may be one man). The 村會計 陰先生 only explains; 駱某某 reports. 滥用职权 (selling the
    stele without the villagers) and 廉洁纪律 (the "貓膩" the reporter suspects).
 3  Sub-headings and the byline cut. 秦晓峰 and 王青峰 as first written ("洽川镇政府人大主席",
    "人武部长", the unit shared); 张自孝 is named among the attackers: '工作人员', '洽川镇政府'.
    The 洽川管委会 staff who seized the scenic area are an unnamed group. 生活纪律 (the beating),
    八项规定 (the 600 free tickets of the 镇政府), 滥用职权 (the seizure).
 4  A forum post, kept whole. The 镇政府社区 that pulled down the listed buildings and the 文物部门
    are organs; "相关人员" are unnamed: in, no entry. 滥用职权 and 工作纪律.
 5  Headline, 原标题, 本报讯 and pictures cut; ends on "给予撤职处分；" where the copy breaks off.
    张和平 first written "城区景区管理行政执法局副局长张和平"; 杨正文's 大队 goes into the position
    (as in fresh104th.py). The 14 执法人员 are unnamed; 李金早, 王超祥 and the 县委 only act.
    群众纪律 (beating a guide), 滥用职权 (violent enforcement), 工作纪律 (hiding it).
 6  Forum header lines, the 长江商报 tag and the sub-heading cut; cut before the 县委宣传部
    paragraph. 徐某 '副局长', '通城县广播电视局'. 生活纪律 (drunk driving, pushing the officer) and
    滥用职权 (cutting the police radio, threatening the officer's daughter's job).
 7  Traditional commentary; the headline and author cut; the sentence "近日當…向媒體反映，…多處突遭
    嚴重破壞。" cut because the stored copy garbles it ("當?shù)囟嗝H友"), so "前後照片對比" follows
    the 2006 sentence; ends before the truncated 風電 sentence. The 局長 and "該局另一名相關負責人"
    who both said they did not know: two post-only entries of '輝縣市文物局'. 工作纪律 (IS.WRK.05)
    and 形式主义官僚主义 (不作为).
 8  The article's second page: the site header and the repeated lead cut, the sub-heading "彩票系统的
    ‘豪奢病’" cut; ends before the truncated "个别不差…". 张伟华 '原副主任', '国家体彩中心'; 田柳先
    with his 办公室 in the position and '丹阳市体育局' as unit. 邵富阳 and the betting shops are
    private; "某些工作人员" and "地方官员" are unnamed groups. 廉洁纪律 and 贪污贿赂 (感谢费).
 9  Traditional; the sub-heading cut; ends before the truncated sentence on the rules. 徐敏
    '原辦事員', '杭州市上城區非遺保護中心' as first written (the later "辦公室負責人" not used).
    贪污贿赂 (the "打點費") and 廉洁纪律 (the 回扣).
10  Traditional; headline, 原標題 and the 新華網 dateline cut; the first sentence cut (garbled in
    the copy: "因?qū)掖芜`規"); ends before the truncated sentence on the phone packages. 劉躍 and
    譚鄂生 with both posts as written. 八项规定 (irregular allowances) and 廉洁纪律 (the 虚列
    审读经费).
11  Mixed: the forced resettlement of the village (a 征地拆迁 grievance) with the razing of a
    listed village for coal and the unsolved arson. The lead that repeats the last paragraph, the
    picture name and the sub-heading cut. 申连太 is the only official named and the text holds
    his "没什么大不了的" against the loss: accused ('副县长', '泽州县'); the 当地政府 and 晋煤集团
    are organs. 滥用职权 and 工作纪律.
12  Mixed: the 区长's alleged abuse and push (in) with the museum's claim to a 300万 subsidy the
    区政府 never paid (a money claim). Traditional; headline, date and source lines, 【資料圖】,
    the sub-heading and the photo caption cut; ends before the truncated quote. 張海文 '區長' with
    the unit '離石區政府' (the only unit the sentence ties him to; '離石區' would also do). The
    市政府新聞辦 only answers; 高宇峰 and 劉朵朵 are the complaining side. 生活纪律 and 群众纪律
    (IS.MAS.02, money withheld).
13  涉法涉诉: a court's summary of a song-copyright suit against the 麗江千古情 show; firms only.
    Traditional; ends before the truncated fifth defence point.
14  涉法涉诉: a composer's suit against a county 演艺公司 and 李建梅; the 送戏下乡 shows are
    government-arranged but no official misconduct is alleged. Ends before the truncated award.
15  征地拆迁: villagers block a scenic area over an unpaid lease of village hill land (林权纠纷),
    tourists ask for refunds (could be read as 个人利益诉求). Byline, caption and sub-headings cut;
    cut before the truncated "村里领导组织他们…" sentence.
16  征地拆迁: a 留言 on a heritage village's stalled tourism project and the resettlement houses
    the 拆迁群众 cannot move into, with the 新安县 reply; no misconduct alleged. The reply header
    and date cut.
17  个人利益诉求: a tourist's ticket and receipt complaint from the 梅州 quarterly list and how the
    五華縣旅游局 handled it; traditional. Only the first row kept, without its table labels and
    the complainant's contact and ID details.
18  个人利益诉求: villagers who handed two jars to the 乾县文物旅游局 find their "捐献" written up as
    "收回" (could be read as 其他). Headline and captions cut, the sub-heading "建房大事" cut; ends
    before the truncated cost sentence. 白保群 is a 村副主任 but the complaining side.
19  个人利益诉求: gym members refused refunds after a closure; the 市消协 only advises. Title and
    picture lines, the dateline and the sub-heading cut; ends before the truncated quote.
20  其他: a village basketball court's noise; traditional; headline and the "市民反映：" /
    "記者幫辦：" labels cut; ends before the truncated sentence.
21  其他: 广场舞 noise and the police reply; the asker and reply headers and the contact line cut.
22  其他: a landlord shuts a Sichuan-opera troupe out of its hall; private parties only (could be
    read as 个人利益诉求). The headline, captions and the "纠纷?" / "误会?" and "突然" heads cut;
    ends before the truncated quote.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH111: list[Item] = [
    # 01
    ('https://www.epochtimes.com/b5/16/2/14/n4639368.htm',
     '2月13日，湖北一村委書記在觀賞當地沙雕公園時發生糾紛，不僅打傷景區工作人員，還叫人堵住景區門口，導'
     '致泡溫泉的4000遊客滯留在景區。據大陸媒體2月13日報導，當天下午，湖北黃岡市羅田縣三里畈溫泉景區'
     '不時傳來吵鬧聲，景區門口被人封堵，從下午2點10分開始不讓進出，直到晚上7點30分才放行。據三里畈溫'
     '泉所屬的湖北豐太集團介紹，當地橋頭村委書記帶領一行人到景區沙雕公園遊玩，因不滿景區工作人員查驗證件而'
     '發生爭吵，繼而大打出手，造成幾名工作人員受傷。後來發展到村支書的兒子帶人堵門不讓遊客進出。據瞭解，當'
     '天有4000遊客因糾紛而被滯留在景區內。車輛一直堵到三里畈溫泉門口的國道上，足有一公里多，直到警方介'
     '入交通才恢復通暢。豐太集團表示，景區內沙雕門票對當地居民是免費的，但需要出示身分證，即使付費門票對當'
     '地農民也相當優惠，溫泉門票對外198元，對當地是99元。豐太集團近年在羅田縣旅遊投資超過20億元，是'
     '湖北省旅遊企業。',
     'in', None, False, ['生活纪律'],
     [(None, '村委書記', '橋頭村')]),
    # 02
    ('https://hk01.com/%E5%A4%A7%E5%9C%8B%E5%B0%8F%E4%BA%8B/1055872/%E6%9D%91%E4%B8%BB%E4'
     '%BB%BB%E8%A2%AB%E8%88%89%E5%A0%B1%E5%80%92%E8%B3%A3500%E5%B9%B4%E5%8F%A4%E7%A2%91-'
     '%E6%9D%91%E5%B9%B9%E9%83%A8-%E6%87%B7%E7%96%91%E6%9C%89%E4%BA%BA%E6%83%B3%E5%81%B7-'
     '%E4%B9%BE%E8%84%86%E8%B3%A3%E6%8E%89',
     '山西運城市芮城縣陌南鎮灣里村的村民，實名舉報村長、村主任等人以20萬元（人民幣，下同）倒賣一塊擁逾5'
     '00年歷史的古碑，幸警方及時追回。有村幹部表示，村委懷疑有人想偷走石碑，「想著乾脆賣掉」。舉報人自稱'
     '為灣里村村民駱某某，在8月24日，村主任楊某某未經村民同意，將村上一塊有幾百年歷史的古碑以20萬元倒'
     '賣到河南，幸警方接報後成功追回，又稱若非警方及時介入，文物就會被賣到外地。《華商報大風新聞》報道，駱'
     '某某介紹，被倒賣的石碑有500多年歷史，是水沖摩崖石材質。大約在5、6年前，有村民在家中建房時挖地基'
     '挖出石碑，之後就一直被栽在村委會。駱某某提到，村主任稱是村兩委決定賣走石碑，「就算是村兩委決定的也是'
     '犯法的，村兩委就能決定文物買賣？他們為什麽不跟全村村民說？」。他又稱，石碑的價值遠不止20萬，或高達'
     '7、80萬，「村委的賬上確實入了20萬，但誰知道裏面有沒有其他啥貓膩」。村主任楊某某未就事件作出回應'
     '，但村會計陰先生介紹，聽說之所以要賣出石碑，是因為村委日前發現石碑底座有被人撬動的痕跡，懷疑有人想偷'
     '走石碑，「所以村上就想著乾脆賣掉」。他證實，當時石碑被賣到河南某地，來往的賬目為20萬元。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [(None, '村長', '灣里村'), ('楊某某', '村主任', '灣里村')]),
    # 03
    ('http://szb.sxworker.com/m/content/2008-07/29/276732.html',
     '7月26日中午，陕西洽川镇政府人大主席秦晓峰、人武部长王青峰带领10余人，无票强闯洽川景区，与景区人'
     '员发生冲突，导致8人受伤，闯景区的10人中有2人受伤。景区被迫一度关闭。目前，洽川镇党委政府决定，对'
     '秦晓峰、王青峰做出停职处理，并要求2人检查。景区公司工作人员介绍，当天秦晓峰等10多人无票要进景区，'
     '被检票员拦阻后，与景区工作人冲突。临走时其中有人称，还要再进景区打人。景区工作人员宋鹏说，—位洽川镇'
     '政府工作人员张自孝，在殴打中说，“连（镇政府）人大秦主席都不能参观景区，你们不想混了。”此后，洽川管'
     '委会工作人员前来景区，强行扭开景区大门锁，切断绑船的绳子，并派出三四十人强行接管景区。下午17时左右'
     '，在景区公司多方协调下，景区恢复经营。事后，洽川镇政府有关负责人称，工作人员是去景区“检查创卫工作”'
     '。对于“检查工作”之说，洽川景区康国庆总经理不能接受。康国庆说，按照协议规定，政府职能部门来景区检查'
     '工作，必须通知洽川管委会，再由洽川管委会以书面形式提前通知。此次，洽川镇政府工作人员事前并未告知，而'
     '且没有洽川管委会人员。据康国庆介绍，截至7月24日，洽川景区售出的门票43200张，而政府部门的免票'
     '已达11093张，这还不包括政府在景区举办的大型会议以及公务招待。洽川镇政府今年就有600多人次免票'
     '。',
     'in', None, False, ['生活纪律', '八项规定', '滥用职权'],
     [('秦晓峰', '人大主席', '洽川镇政府'), ('王青峰', '人武部长', '洽川镇政府'), ('张自孝', '工作人员', '洽川镇政府')]),
    # 04
    ('https://bbs.mala.cn/thread-15970359-1-1.html',
     '在合江县白鹿镇老街，有一大片老房子，已经有好几百年历史了，其中有段老街属于国务院颁布的国家重点文物保'
     '护单位的茶马古道，其余建筑是省级文物保护建筑。可这些极具文物与历史价值的建筑，除个别建筑得到保护外，'
     '大部分长期没得到文物部门的有效保护，造成有的文物建筑在风雨中逐渐破烂不堪。在一个月前，因为认为成了危'
     '房，为了安全镇政府社区组织工人拆除了几处文物建筑，而拆除这些文物建筑，根本没按文物法的规定，经过文物'
     '部门审批同意，也没经过建筑专业机构进行危房鉴定，就拍脑袋认为是危房就开始拆除，造成了不可挽回的损失。'
     '群众对此是痛心疾首，都认为这些具有保护价值的建筑就这样简单粗暴地拆除了，简直是败家行为，这些建筑虽然'
     '破败，有的经维修应该能得到有效保护，即使是危房也该经建筑部门科学鉴定，文物部门审批后才能拆除。群众强'
     '烈呼吁省政府能及时制止这种破坏文物的违法行为，并依法依纪追究相关人员的责任！',
     'in', None, False, ['滥用职权', '工作纪律'],
     []),
    # 05
    ('http://hunan.sina.com.cn/news/2015-08-28/detail-ifxhkafe6126526.shtml?from=hunan_cnxh',
     '8月15日，凤凰县发生行政执法人员暴力执法致张家界永安国际旅行社导游周三胜受伤事件。事件发生后，国家'
     '旅游局局长李金早要求重视该事件的处理，给社会一个满意的答复。记者27日获悉，凤凰县委、县政府决定，对'
     '带队执法的城区景区管理行政执法局副局长张和平给予撤销党内职务、行政撤职处分。8月15日晚，导游周三胜'
     '在湖南凤凰县城被14名“执法人员”以莫须有借口进行群殴。周三胜右侧第3根肋骨断裂、肺部挫伤及右侧气胸'
     '、全身多处挫伤。“做牛做马做牲口，就是不能做导游”，这是周三胜在凤凰古城西门被执法局14人拳打脚踢、'
     '反复群殴近三个小时逃出之后的吼声。国家旅游局通过多个渠道核实信息，并立即责成湖南省旅游局同当地政府有'
     '关部门进行调查处理。经调查，情况基本属实。22日，国家旅游局有关部门表示，此事件性质十分恶劣，对责任'
     '人必须作出严肃处理，切实维护和保障导游合法权益。24日，湖南省旅游局召开党组会议，听取了凤凰县执法局'
     '工作人员暴力执法打伤导游事件处理情况的汇报，并由湖南省旅游局党组副书记、副局长王超祥率工作组赴湘西凤'
     '凰督办导游被打事件查处情况，督促凤凰县有关部门依法依规，从严从快对相关责任人员作出严肃处理。凤凰县委'
     '、县政府决定，对带队执法的副局长张和平执法不规范、对暴力执法制止不力、隐瞒信息不报，造成严重后果的行'
     '为，给予撤销党内职务、行政撤职处分；城区景区管理行政执法局旅游执法大队大队长杨正文制止暴力执法不力，'
     '造成严重后果，给予撤职处分；',
     'in', None, False, ['群众纪律', '滥用职权', '工作纪律'],
     [('张和平', '副局长', '城区景区管理行政执法局'), ('杨正文', '旅游执法大队大队长', '城区景区管理行政执法局')]),
    # 06
    ('https://readfree.net/bbs/thread-5615017-1-1.html',
     '湖北省通城县广播电视局副局长徐某醉酒驾驶无牌轿车回家时，被当地巡逻民警查获，徐某极不配合，打电话停掉'
     '了警用步话机，还扬言开除处警民警女儿。截至前日，记者调查了解到，徐某因涉嫌危害公共安全罪被刑拘。大前'
     '天，一篇题为《干部醉酒、假驾驶证驾驶车辆》的网帖在多个网站及微博上传开。网帖称，12日晚，通城县广电'
     '局副局长徐某醉酒后用假驾驶证驾驶车辆，被通城县公安局巡逻大队查处。醉酒太深的徐副局长说“我又没轧死人'
     '，干吗扣我？你们敢扣我，我马上停掉你们公安局的网络”，随后他通知广电局将公安局网络停掉，还扬言，要将'
     '查处他的公安干警金某在通城广电网络公司（从广播电视局分出来的）工作的女儿开除，性质相当恶劣。网帖发出'
     '后，不少网友跟帖，指责徐某的嚣张和霸道，希望相关部门公正处理。大前天晚上，记者赶往通城县采访。知情人'
     '士称，徐某被处理时非常嚣张，曾指着处警民警金某大骂，还说自己与公检法很熟。得知民警金某通过步话机通知'
     '同事前来扣车扣人时，徐某打电话通知停掉了警方的步话机，并威胁要开除民警金某在通城广电网络公司工作的女'
     '儿。其间，他还推搡殴打金某。没想到金某很“固执”，根本不吃这一套，坚决要依法办事。最后，支援民警赶来'
     '，将徐某制伏。“醉驾者身材高大壮实，那位处警老民警根本不是对手。”有目击者称。',
     'in', None, False, ['生活纪律', '滥用职权'],
     [('徐某', '副局长', '通城县广播电视局')]),
    # 07
    ('http://m.matricorp.com/gate/big5/culture.taiwan.cn/cul/201804/t20180425_11948381.htm',
     '在河南省輝縣市境內，有一條可追溯到戰國時期的“趙長城”，它綿延數十公里，彌足珍貴。2006年，它被併'
     '入第五批全國重點文物保護單位“長城”之內。前後照片對比，如今一片瘡痍讓人痛心不已。面對質疑，4月23'
     '日輝縣市文物局局長表示：（趙長城）應該沒有啥破壞吧？該局另一名相關負責人亦表示不清楚，也不掌握關於趙'
     '長城是否遭遇毀壞的相關資訊（4月24日《大河報》）。文物局官員對自己監管職責範圍內的國家重點保護文物'
     '被破壞一事，居然不清楚，想當然地推測“沒有被破壞”，這是一方文物保護單位應有的工作水準？一把手對文物'
     '是否被破壞表示“不清楚”，就更不能指望他清楚導致文物被破壞的真正原因，這也意味著，搜尋責任方和追責，'
     '都會在不確定期限內被滯後。文物是不可再生的文化資源，古長城屬於不可移動文物，做不到主動保護的話，等到'
     '被破壞了才發現，相當於失去。文物本身承載的文化、歷史、研究等方面的價值，也很可能會損失殆盡。更何況，'
     '這是列入國家重點保護名單的文物，其對後人的意義不同一般。這個局面，讓人痛惜。更值得關注的是，是什麼讓'
     '法定職責在身的官員把法律的規定、群眾的信任、後人的需要淪為一句“不清楚”？',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [(None, '局長', '輝縣市文物局'), (None, '相關負責人', '輝縣市文物局')]),
    # 08
    ('https://wzatv.cc/atv/a/yaowen/2017/0209/200729_2.html',
     '盯上彩票印刷业务的，还不止这一例。国家体彩中心原副主任张伟华，帮助企业垄断电脑彩票热敏纸进口和彩票印'
     '刷业务。有报道称，自称张伟华同学的邵富阳要求彩票制作公司购买纸张必须通过他的公司，否则就做不下去。甚'
     '至一台彩票销售机，也会被一些“苍蝇”盯上。江苏丹阳体育局曾实行对销售成绩优秀的彩票销售员，奖励一台彩'
     '票销售机的政策。听说消息后，立马有人找到丹阳市体育局体育彩票管理办公室主任田柳先，希望给自己奖励一台'
     '。奖励的彩票销售机到手后，对方给了田柳先7000元感谢费。还有个别彩票销售网点，甚至自己坐庄操盘，也'
     '就是所谓的“坐黑庄”。这些网点把彩民用于购买国家彩票的钱，私自侵吞，自己做庄。如果彩民中了小奖就返奖'
     '给彩民，如果中了大奖，就关门跑人。这种现象的背后，折射出体彩中心和福彩中心管理体制的缺失，某些工作人'
     '员因为利益关系疏于监管。官方数据显示，彩票系统成立以来，我国已筹集到公益金6000亿元左右。按照规定'
     '，公益金有一半上缴中央财政，一半留在地方。上缴中央部分按60%、30%、5%、5%的比例，分配至社保'
     '基金、专项公益金、民政部和国家体育总局；留在地方的，也规定须用于“扶老、助残、救孤、济困、赈灾”五类'
     '公益事业。然而，一些地方公益金的使用效率低下，甚至沦为地方官员的“小金库”。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('张伟华', '原副主任', '国家体彩中心'), ('田柳先', '体育彩票管理办公室主任', '丹阳市体育局')]),
    # 09
    ('http://61515n.com/Detail_30_4194.aspx',
     '“以前老覺得拿點‘好處費’、‘辛苦費’是理所當然的，現在我已經明白，這些想法都是錯誤的。我手中的權力'
     '是人民賦予的，是我的本職工作和職責所在。”8月28日，站在遠程法庭視頻前接受審判的杭州市上城區非遺保'
     '護中心原辦事員徐敏對自己的罪行深表懺悔。生于1983年的徐敏，從小就對傳統文化有著濃厚的興趣。200'
     '7年底，他到上城區文化館下屬的非遺中心，擔任辦公室負責人。在擅長的領域從事熱愛的工作，徐敏本可以干出'
     '一番事業，沒想到他竟對手中的權力動起了歪腦筋。徐敏所負責工作中，包括了對非遺項目的挖掘、收集、申報等'
     '。不過，項目是否能被評定為非遺項目，需經過專家評審。2008年，杭州市某餐飲企業申報非遺項目，徐敏暗'
     '示對方“評審專家需要打點”，對方很快便送上消費卡3000元，而這筆錢自然而然進了徐敏的腰包。意外之財'
     '竟來得如此容易，嘗到“甜頭”的徐敏開始一次次突破廉潔底線。隨后幾年里，徐敏開價的“打點費”漲到了80'
     '00元、1萬元，最多時達到3萬元。在徐敏口中，申報非遺項目是一件難度很大且存在“暗箱操作”的事，不但'
     '專家需要“打點”，而且申報材料的要求很高，最好能由他所介紹的公司來制作，否則難以通過。2009年，某'
     '企業申報非遺項目時，徐敏暗示要通過他指定的公司才能制作出合格的申報材料，并收了對方5000元的“介紹'
     '費”。隨后，徐敏又從負責制作的單位拿了7000元回扣，通過“兩頭吃”，僅這一個項目就收受1.2萬元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('徐敏', '原辦事員', '杭州市上城區非遺保護中心')]),
    # 10
    ('http://shougong114.com/news/j/2015-06-19/detail-ifxefurt9439651.shtml?from=hb_ydph',
     '據介紹，2012年6月至9月，恩施土家族苗族自治州文體局以報協的名義，從37家報刊單位違規收取審讀費'
     '共計16200元，并用收取的16200元和土家族苗族自治州文體局管理的協會資金7800元，于2013'
     '年4月發放10名審讀員2012年度審讀費24000元。2013年4月，恩施土家族苗族自治州文體局在已'
     '足額發放通訊費的情況下，用公款139488元為干部職工辦理兩年期的“電信套餐業務”。2014年2月，'
     '恩施土家族苗族自治州文體局以“2013年報刊審讀員審讀經費清單”的形式，在一州直單位虛列審讀經費31'
     '200元。恩施土家族苗族自治州州紀委認為，劉躍作為恩施土家族苗族自治州文體局黨組書記、局長，對違規收'
     '取的16200元審讀費、違規發放24000元審讀費負重要領導責任，對違規辦理“電信套餐業務”負直接責'
     '任；譚鄂生作為恩施土家族苗族自治州文體局黨組成員、副局長，對違規收取的16200元審讀費負主要領導責'
     '任，對違規發放24000元審讀費、虛報審讀經費31200元負直接領導責任。目前，恩施土家族苗族自治州'
     '紀委決定給予劉躍、譚鄂生黨內嚴重警告處分。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('劉躍', '黨組書記、局長', '恩施土家族苗族自治州文體局'), ('譚鄂生', '黨組成員、副局長', '恩施土家族苗族自治州文體局')]),
    # 11
    ('http://www.takefoto.cn/viewnews-302596.html',
     '山西晋城市泽州县的半坡古村，全村有明清时期的院落古宅多达六七十处。2007年，该村被认定为了市级文物'
     '保护单位，而就在同年，当地政府以煤矿开采为由，将全村的近200户居民进行了强制搬迁。又以复垦的名义将'
     '这里的古宅强制拆除。半坡古村多为明清时期所建，由罕见的青石砌成，异常珍贵！但现如今古宅大部分被拆毁，'
     '面目全非。村民认为：这是天地不容的事情！于是，他们到处奔走呼吁保护古村。但为此，村民的家竟被一群不明'
     '身份的人纵火烧毁、砸毁。村民报案，但至今也没有一个明确的说法。晋煤集团和当地政府达成协议，迁走占地3'
     '2亩的半坡古村，可采掘原煤300余万吨，如果按照500元一吨的均价计算，可为企业创造效益15亿。村民'
     '搬迁、古宅文物被毁令人惋惜，可这在泽州县副县长申连太看来，没什么大不了的。',
     'in', None, True, ['滥用职权', '工作纪律'],
     [('申连太', '副县长', '泽州县')]),
    # 12
    ('http://m.greekporn.net/news/rdzz/280104217.html',
     '山西呂梁“博物館長被區長推倒受傷”事件，仍在持續發酵中。5月8日下午，山西呂梁北武當古兵器博物館官微'
     '發布閉館公告稱，呂梁山革命博物館館長高宇峰在離石區政府辦事時被區長張海文辱罵，推倒致傷。9日凌晨，呂'
     '梁市政府新聞辦發布《關于網傳呂梁某博物館館長被區長推倒昏迷的初步調查情況》（以下稱《調查情況》）稱，'
     '“整個過程中，張海文沒有辱罵，沒有與高宇峰有任何肢體接觸。”截然不同的說法，讓整件事更加撲朔迷離。網'
     '傳沖突起因是區政府承諾的300萬（一說200萬）展覽補償款久拖不給，是否真有其事？有報道稱國家文物局'
     '查詢系統顯示該博物館藏品數為607件/套，但公開報道稱它有1萬多件藏品，為何兩個數據相差如此之大？民'
     '辦博物館可以隨意閉館嗎？圍繞該事件的一系列疑問，仍然持續引發廣泛關注。據上游新聞此前報道，8日晚8時'
     '，呂梁山革命博物館副館長劉朵朵證實，幾年前，呂梁山革命博物館、呂梁市文旅局和離石區政府三方合辦了兩次'
     '展覽，“區政府答應每場展覽補貼150萬元，一共300萬元，3年過去了到現在也沒有給。”劉朵朵說，高宇'
     '峰多次前往區政府詢問款項進展，但資金卻一直沒有到位。高宇峰向新黃河記者表示，他在2020年和2021'
     '年與市區兩級政府部門聯合辦了兩個展，投了不少錢。',
     'in', None, True, ['生活纪律', '群众纪律'],
     [('張海文', '區長', '離石區政府')]),
    # 13
    ('http://www.rumin8raps.com/news/202010/xwif_12556.html',
     '北京百慕文化發展有限公司（以下簡稱百慕公司）稱：其依法享有音樂作品《納西情歌》（詞曲：百慕三石）的著'
     '作權，宋城公司于2014年開始在《麗江千古情》大型歌舞演出中，未經百慕公司授權擅自使用《納西情歌》作'
     '為其演出的音樂，且在其景區售票大廳將《納西情歌》作為背景音樂循環播放。宋城公司侵害了百慕公司享有的《'
     '納西情歌》的表演權。經溝通未果，故起訴。百慕公司向本院提出訴訟請求，要求判令宋城演藝發展股份有限公司'
     '（以下簡稱宋城公司）、麗江茶馬古城旅游發展有限公司（以下簡稱茶馬公司）：1.立即停止在《麗江千古情》'
     '大型歌舞演出中使用《納西情歌》；2.立即停止在《麗江千古情》景區內的背景音樂中使用《納西情歌》；3.'
     '對上述所涉及的侵犯百慕公司享有的《納西情歌》表演權的行為進行賠禮道歉；4.共同賠償百慕公司經濟損失2'
     '0280848.2元及維權合理費用113903.9元，合計20394752.1元；5.承擔本案訴訟費'
     '用。審理過程中，百慕公司申請撤回第3項訴訟請求，并變更第4項訴訟請求為：賠償經濟損失20000000'
     '元及維權合理費用640000元，合計20640000元。宋城公司與茶馬公司辯稱：1.百慕公司不具有本'
     '案訴權。2.百慕公司稱宋城公司自2014年起即使用其音樂作品，但未提交相應證據證明。3.宋城公司有較'
     '強的著作權意識，每年通過音著協獲得音樂作品使用許可，不具有侵權的主觀故意。4.麗江千古情景區系斥巨資'
     '打造，以主題公園加旅游演藝為主營模式。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.shutu.cn/template/p9084841.html',
     '刘斗认为自己的著作权反复遭到侵害，将皖西演艺公司和李建梅告上法院，要求被告停止侵权，赔偿损失，公开赔'
     '礼道歉。六安中院审理后认为：刘斗吸收陕北民歌《翻身道情》和《湖北大鼓书》等音乐风格，在配器上加上大鼓'
     '的鼓点来突出大鼓，创作了《金寨大鼓》曲谱，依法享有《金寨大鼓》曲谱的著作权。皖西庐剧团未经刘斗的许可'
     '，多次在“送戏下乡”、民生工程“三下乡”等各种场次的演出中使用《金寨大鼓》曲谱，侵犯了刘斗对《金寨大'
     '鼓》曲谱所享有的表演权和获得报酬权，应当依法支付刘斗相应的报酬。皖西演艺公司在法庭上辩称，剧团已于7'
     '月27日支付过刘斗1000元的创作费，就应当获得《金寨大鼓》曲谱的使用权，但没有证据证明刘斗已许可该'
     '剧团获得永久使用权。皖西演艺公司辩称，159场“送戏下乡”、59场“民生工程”演出是政府安排的公益性'
     '演出，但被告又没有证据证明这些演出都是免费表演，没有向表演者支付报酬。被告李建梅在组织演出活动或在被'
     '邀请参加演出活动的过程中，数次作词并与刘斗的曲谱相结合。在组织演出活动过程中，李建梅履行的是职务行为'
     '，无论侵权与否，其法律责任应当由组织单位承担；在被邀请参加演出活动过程中，是演出单位使用了刘斗的曲谱'
     '，将其与李建梅的作词相结合，无论侵权与否，其法律责任也不应当由李建梅承担。法院认为，刘斗要求李建梅停'
     '止侵权并支付使用报酬的诉讼请求，无法律依据，不予支持。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://news.sina.com.cn/s/2006-09-03/014410903901.shtml',
     '昨天上午9点左右，前来怀柔区红螺寺观光的众游客在进入观音寺和天门景区时，先后遭到景区工作人员和卢庄村'
     '几十村民阻拦。村民们称，堵路是因村里与景区有经济纠纷。游客陈小姐说，昨天上午，她和公司同事共20多人'
     '趁周末来红螺寺爬山，每人购买了一张30元的全价票。一行人走到通往“观音寺”的路口时，几名景区工作人员'
     '拦着不让上去，但没说明原因。“来红螺寺就是为了爬上天门，看看观音庙，现在不让上去，等于一半的山都爬不'
     '了。陈小姐说，一些凌晨就来爬山的乘客当时正下山，说上山了也进不去观音寺和天门，道口有很多村民堵着。见'
     '上山无望，陈小姐随同部分游客下山来到售票处要求退票，但被告知退不了票。“当时红螺寺门口挤满了一百多名'
     '乘客，听说不能退票，大伙情绪很激动，跟工作人员都吵起来了。”11点左右，在景区答应退票后，现场秩序才'
     '恢复正常。昨天中午12点多，记者来到红螺寺时，售票处门口贴着一张告示，其上写着“因当地村民与政府和景'
     '区（有）林权纠纷，现正在观音寺闹事，为了您和景区安全，暂时停止上观音寺参观。”售票员不停提醒购票者“'
     '现在可以上山，但观音寺和天门进不去，票价8折”。记者随后来到进入观音寺和天门的路口，十几名村民并排坐'
     '着，每当有游客想进寺或爬天门，便遭到阻拦。村民们说，他们是卢庄村村民，景区租了村里的山地，现在合同已'
     '到期，但景区一直没有付款。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://people.lyd.com.cn/wenti/20240923203352889',
     '新安县北冶镇甘泉古窑村开发项目前几年搞得红红火火的，最近几年咋没动静了？是不是不再开发建设了？还是啥'
     '情况？还有村里建的安置小区已建成几年了，拆迁群众迟迟住不进去，问题究竟出在哪里？有关部门能否详细说一'
     '下，给老百姓一个合理的靠谱的答复尊敬的网友您好，感谢您对新安工作的监督和支持，您所反映的问题经北冶镇'
     '调查反馈如下：经了解，北冶镇甘泉村于2016年被评为第四批国家级传统古村落。2017年洛阳旅游发展集'
     '团与新安县人民政府就甘泉古窑村文化旅游项目开发签订合作框架协议。目前该项目正在逐步推进中。甘泉古窑村'
     '安置房建设项目于2018年开始选址规划，2019年11月，安置房建设项目经县规委会研究通过，2019'
     '年12月完成设计，2021年10月开工。2022年10月主体完工。由于疫情、资金、土地性质等多方面原'
     '因，二期工程和基础配套设施建设未及时完工，导致群众不能按时搬迁入住。结合该问题，镇政府成立工作专班，'
     '紧盯工作进度，同时积极争取资金，全力推进安置区建设。目前供排水管网、高低压线路、燃气、网线、挡土墙等'
     '配套设施已全部完工，具备入住条件。现正在进行分房前的准备工作，预计十月份可进入分房程序。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://beiersaisi.com/zwgk/zdlygk/lysc/lytsqk/content/post_428961.html',
     '張先生一行7人前往梅州市益塘水庫旅游區游玩，行程日期：2月18日，門票費：共560元。張先生表示到游'
     '客中心購票，普通門票是60元/人，80元/人的門票是含游船的套票，于是其購買80元/人的套票，購票后'
     '發現門票上不含發票，且門票為景點自制，其懷疑門票價格也是自定，于是向游客中心索要發票，被告知不提供發'
     '票，其進入景區后，里面就一個普通水庫，登船游玩時門票被工作人員收走，其特意索要門票作為紀念，但工作人'
     '員拒絕退還門票。張先生對此不滿，故投訴（有門票）。按照屬地管理原則，市局轉辦五華縣旅游局進行查處，五'
     '華縣旅游局聯系景區責令景區對游客做好解釋工作，對涉及到服務質量問題的進行整改，重新制作印制門票方便游'
     '客，并提供發票。景區表示如需要門票作為紀念和消費發票，可郵寄給游客。投訴人表示理解。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://sxccn.com/news/world/2011/05-05/7928.html',
     '5月1日子夜，要子村副主任白保群在炕上煎熬了半宿，长长地“哎”了一声，他掀开被子坐了起来，打开电灯，'
     '摸出珍藏在炕席下的那张乾县文物旅游局给他们10户村民出示的献宝“证明”，摊开在膝盖上。然后慢吞吞地用'
     '旱烟叶给自己卷了一根“大炮”，咂吧了好几次，终于打着了打火机，把叼在嘴角的烟卷点燃。咳嗽了三四声，一'
     '股烟柱从他的胸腔里憋出来，直射在证明上“四月二七日收回关头乡要子村四组白智辉等10人挖掘的陶罐贰个，'
     '铜钱一枚”这行字上。“这咋成了收回？拿罐子时明明说我们是捐献呀？一不小心就变了？”白保群越想心里越发'
     '毛。一股不祥的预感随着烟雾笼罩了他的全身。位于咸阳市乾县西南30公里的关头乡要子村，从今年3月初开始'
     '，实施“三告别工程”。白保群等11户住在危窑、危房、破旧土木房的建房户，被列为首批受益者。他们的新家'
     '住址，就在村北的半坡上。半坡呈梯形分布，原来是村里的三四个碾晒麦子的打麦场。住址要求统一规划，统一设'
     '计，统一建设。工程的第一步就是平整地基，让所有的房子位于同等水平。如此设计除了美观，还为了便于11户'
     '统一浇筑地梁和圈梁，使得房子更加坚固。建房在每位农民的一生中，都占据着非常重要的地位，位于学手艺、嫁'
     '姑娘娶媳妇、生孩子人生四件大事的首位。此谓安家才算立业。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://m.studyofnet.com/433791764.html',
     '近日，一些网友向大众网·海报新闻反映，他们在位于菏泽东方红大街的浩特健身房办了卡，但今年5月这家健身'
     '房突然关闭了，退款要求也遭到拒绝。对此，浩特健身房负责人表示，无法退款，停止营业系因资金链断裂，已安'
     '置会员转店到鹏飞健身俱乐部。对此，市消协表示，可向当地人民法院起诉维权，申请强制执行。根据网友爆料线'
     '索，大众网记者来到位于菏泽市区东方红大街横店影城3楼的浩特健身房看到，玻璃墙上张贴着健身房因资金链断'
     '裂无法经营，会员转店到鹏飞健身俱乐部继续健身等的公告，健身器材都在，但是没有工作人员。网友“风雨飘摇'
     '”是这次事件的直接受害人之一，她告诉大众网·海报新闻记者，2018年9月，她在浩特健身房相关工作人员'
     '处缴纳100元办理了一年的健身卡，但当时健身房还未开始装修。“2019年2月，健身房在未通知会员的情'
     '况下开业；5月，健身房门前就直接贴出这样一纸通知。”该网友说，她一次健身房都没去过，而且像她这样没去'
     '过的人不在少数。此外，该网友还告诉大众网·海报新闻记者，会员去鹏飞俱乐部后被告知，无论几年的会员一律'
     '按一年算，另外还要加收300元服务费。当时在场的会员有三十人，大家一致要求退费，浩特健身房负责人则表'
     '示资金链断裂，无法退款。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://m.hit008.com/2015/sh_0803/41801.html',
     '近日，家住東源縣仙塘鎮徐洞村的市民潘先生向記者反映，村里向上級部門申請建立了籃球場，讓大家擁有了一個'
     '良好的健身休閑環境，原本是一件好事。但是，由于這個籃球場是開放式的，有大量外來人員不分時段在這里打球'
     '，甚至到了晚上11點多，還有人在打球。籃球場打球所產生的噪音對附近居民的作息造成了很大的影響。對此，'
     '潘先生希望相關部門能夠管理一下，還附近居民一個清靜的休息環境。在接到市民潘先生的反映后，記者來到了他'
     '所描述的籃球場進行實地了解。該籃球場位于徐洞村禾子田潘屋的屋中心，只有一面鐵絲網圍繞，是一個開放式籃'
     '球場。而且，離其最近的居民房不足5米。臨近午飯時間，記者看到有幾個孩子在籃球場上玩耍，嬉笑聲此起彼伏'
     '。隨后，記者采訪了在籃球場附近的居民。“真的很吵，籃球砸得籃筐哐哐響，我們把房間窗戶都關上，根本沒有'
     '用，簡直都沒有辦法好好休息了。”潘先生告訴記者，原本為魚塘的地方在兩年前被改建成了籃球場，在平日里有'
     '不少外來人員到這個無人監管的籃球場打球，現在恰逢暑假，學生們也儼然將這里當成了他們的“主場”，一批接'
     '一批的人輪流上場。每日都是“砰砰砰”的打球聲和熱烈的叫喊聲，從早上6點多一直持續到夜里11點多，讓人'
     '不勝煩惱。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://wenzhoujunzhu.com/wenzhouminsheng/1811/thread-18580.html',
     '龙港东盛花园广场噪音扰民，晚上广场舞很大声，严重影响学生的做作业。都是大喇叭高音量，比KTV还要KT'
     'V。还是那种劲爆的歌曲，心情搞得无法平静。希望有关部门能经常来查看管理下，让他们不要在这边跳舞了。尊'
     '敬的网友您好，您反映的关于“东盛花园广场噪音扰民”的问题我们已经收到。经龙港市公安局城北派出所调查了'
     '解，现将答复意见回复如下：社区民警已于2020年5月25日晚上前往实地走访，经走访，该地点为居民休闲'
     '娱乐广场，共有6、7个广场舞队约300余名群众在此跳广场舞锻炼身体，民警已劝告该处跳广场舞组织者和群'
     '众要调低音量，减小音乐声音，避免对周围居民产生影响。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://scnews.newssc.org/system/20190430/000961803.html',
     '剧团老板：剧团与场地方其实并没有什么特别的矛盾，也并不涉及经济纠纷。主要原因可能是前几天电视台来采访'
     '，他们觉得是我们故意找来记者，来曝光他们的消防安全问题。场地方负责人：现在整个片区都在做消防整改，演'
     '出方私自找电视台来检查消防。我们本身的消防整改就没有结束，在这个情况下，就出了通知，停止他们使用这个'
     '场地。唱了10余年川剧的杜玉莲，这次要歇上一阵了。因为剧团老板和场地方的“纠纷”，剧团何时再开演，还'
     '是一个未知数。27日，位于成都成华区香香巷的梅花川剧演艺中心内一片漆黑，剧场舞台的地毯被掀起，能容纳'
     '百人的观众席被大包小包的建渣袋占据。持续近10年的戏曲声不再了。为此，当天上午，剧团与场地方发生了争'
     '执。“演员们都气不过，完全没想到会是这样，既不提前招呼也不跟我们商量，直接断了水电，拆了剧场。”剧团'
     '老板廖先生说，“本来川剧近年来发展就不够理想，有这么多人坚守已不容易了，接下来也不知该咋办了。”位于'
     '成华区望平街香香巷的梅花川剧演艺中心几天前暂停了演出。剧团被场地方告知，不能再继续演了，并一把锁锁上'
     '了大门。熟悉望平街香香巷的人，对这个川剧团并不陌生。在这里，一杯茶就能听上一下午，演员们年至中年，曲'
     '一响，戏便来了。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH111, "fresh111")
