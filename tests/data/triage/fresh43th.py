"""Sealed batch fresh45: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-26 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: first-person letters: 实名举报信 / 检举信 / 控告信 texts themselves (the writer says 我 /
我们 / 本人 / 笔者 and names or points at the officials), posted on forums, blogs, 留言板 and
government letter boxes; out items are first-person 留言 and letters about wages, school places,
a hospital deposit and 物业, plus land and lawsuit letters. Sources (stored-pages search): a 2019
blog letter on a 贵阳 南明区 report (yigan120); an open letter to the 中纪委 on a 云岩区 grain
company (独立中文笔会); a 剑阁 中山村 forum letter (tanguan mirror); a 湘鄉 泥溪村 complaint post
(traditional); a 红竹村 reporter's essay (csflxx); the 开江县医院 doctor 肖启伟's own account
(浙江在线 copy of 新华社); a 阜宁县食品公司 workers' blog (zhputi copy of a hexun blog); an 益阳麻纺织厂
workers' letter to 湖南日报 (mshnol); a 剑阁 下寺派出所 beating told in the victim's words
(华西都市报 copy); 付松's 2024 open letter against three 涪陵 judges (traditional, a mirror of a 网易号 article);
a village letter against 谢延峰 (ngmyt forum); a 坦头镇 溪南村 forum post; out: 李秋偉's letter to
the president of the Supreme People's Court (traditional, szspeed copy of a sina blog); a 2024
微博 post of a defendant appealing a 北京互联网法院 judgment (sina.cn); a lawparks question on a
refused filing; an open letter of 沈阳 张士村 to the mayor on 口粮田; a 广安 villager's 麻辣社区
letter on a 征地 survey; a 津市 团湖小区 post in the 市长信箱; a 乐西高速 wage post (icbw forum); a
寧化 parent's letter to the 教育局 on school transfers (traditional); a 人民日报 读者留言台 note on
hospital deposits (pltyw copy); an owner's open questions to a 物业 (zhongli-tech). Four texts
are in traditional script (items 4, 10, 13, 20; the glossing pinyin of the converted copies of 10
and 13 removed). Item 7 has one sentence in traditional script inside a simplified text, as the
page has it.

Conventions: as in the earlier sealed batches (see fresh38th.py and fresh44th.py). Excerpts as
published (whole sentences kept, some paragraphs and sentences cut; page junk such as headlines,
sub-headings, list numbers ("一、", "①、", "1、"), image captions, source tags, column labels
("投訴主題:", "湖南日报投诉直通车:", "留言内容"), bylines, letter closings and signatures with
phone numbers, the forum's random anti-copy strings (19) and truncated last sentences removed;
paragraphs joined; ASCII punctuation written full-width except inside numbers and clock times;
stray spaces the pages put inside sentences or after a 微博 "@" mention removed (14, 19, 22), the
space inside the banner text of 18 ("誓死保卫菜园 我们要生活") kept). Page typos kept ("坦护",
"灰飞烟灰", "驼鸟", "三番五审", "村名" for 村民, "明生工程", "确说", ",," in 19, "承诺地", "既使",
"排出", the page's own "不知到(道)" in 13; 18 joins "种点时令蔬菜" to the next line without
punctuation, as the page has it). scope "in" for alleged misconduct of a party member or public
official (village cadres and managers of state enterprises and public hospitals included), "out"
otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms and officials who only handled, investigated, announced or answered are not
accused; an organ accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name) and units as written; unit
None when the text does not tie the person to a named unit. Topics only from the twelve names of
triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (007, 008).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2 (021,
022). 22 accused entries, all in items 1-12: 9 with a full name (王华贵, 萬國平, 毛思南, 李文白,
万荣国, 田凌, 王艷國, 劉高瑋, 谢延峰), 1 surname only (陶), 12 post only. Out items have no
accused entry.

Close calls:
 1  Reads like a complaint about the 区纪委's handling (answer "答非所问", no written reply), but
    the matter reported is 渎职/滥用职权/私相授受 of the 主要负责人 of 区城管局 and 征收局: two
    post-only entries, units as written ('区城管局', '征收局'). The 区纪委 only handled (its
    leak of the reporter's name sits in the truncated last sentence, cut). 陈学承, 尹静梅,
    顾忠俊, 吴伟 are private beneficiaries, not accused. Header line and the opening paragraph on
    the 纪委 plenum cut.
 2  Letter to the 中纪委: 王华贵 ("贵阳市云岩区粮食供应公司党委书记和经理", a state grain
    company) is the accused, position kept as one string. The 贵州省纪委 that never answered and
    the unknown caller are not accused (organ / undefined); "后台很硬" backers undefined.
 3  "我们的村支书" is unnamed; the letter opens "中山村隶属…" and speaks of "我们村" throughout,
    so unit '中山村'. "村委的不作为" is the committee as an organ, no entry. The 戚富生 case
    that follows in the page (under a sub-heading, then truncated) is cut.
 4  Traditional; a complaint post in the third person about the 左 family: headings cut. 萬國平
    is first written with his post as "泥溪村村支書兼村主任萬國平". His parents (private) and the
    派出所 (handler) are not accused. Topics: 腐敗 as reported, and the retaliation (滥用职权).
 5  Flowery first-person essay. Accused: the unnamed 时任村支书 and 部分村干部 of 红竹村 ("时任"
    is temporal, not part of the post), 毛思南 (市纪委常委, no named unit) who shielded him, and
    the 六亩塘 "镇领导" who "姑息包庇" (post-only, unit '六亩塘镇'). 张迪其 (镇纪委书记) only
    investigated; "六亩塘镇" acting as a body gives no entry. Two sentences garbled in the
    stored copy ("省??委", "??其功于一役") and the two section headings cut.
 6  A doctor's own account: kickbacks in a public county hospital; the unnamed 1998 "新院长" under
    whom the drug sellers came in is the one definable accused ('院长', '开江县医院'). "部分领导
    和医务人员" and "有的医生" are not definable. 肖启伟 is the reporter. Sub-headings and the
    reporter's framing paragraph cut, the opening sentence kept.
 7  Mixed: laid-off workers' own poverty and lost jobs ("牺牲我们这一代人的利益") with the charge
    that the managers of the then state-owned 阜宁县食品公司 embezzled assets in the 改制. 李文白
    is first called "蛀虫" (not a post); his post as first written is '原董事长总经理'. The
    "县改制指挥部官员" and "阜宁县政府官员" are post-only entries ('官员'); "阜宁县委、县政府"
    as organs give no entry. Title, URL line and heading cut.
 8  Mixed: 2248 laid-off workers without 安置费 (their own claim) and the charge that the 益阳市
    国资委主任 colluded with a developer. The 主任 is later called "陶" in "陶、天宝" (parallel to
    "市国资委主任和天宝房地产开发公司"): entered ('陶', '主任', '益阳市国资委'). 胡资生 and the
    "厂级领导" whom 陶 allegedly agreed not to pursue are only hinted at: not entered. 天宝 is a
    firm. "核心提示", headlines and the column label cut.
 9  The victim's words quoted in a news report; the source tag, the headline (which quotes the
    派出所副所长's denial) and the sub-heading cut, so no handler is left in the text. The two
    警察 of 下寺派出所 are one post-only entry; the 茶馆老板 is private.
10  Traditional; pinyin glosses removed; photo captions and the two numbered sub-headings cut. The
    three judges are first written "田凌、王艷國、劉高瑋三名法官": position '法官'. Only 田凌 is tied
    to a named unit ("涪陵法院通知…由田凌擔任審判長"): '涪陵法院'; the other two unit None. The
    院長 who assigned the case, 楊長煌, 劉姣 and the lawyer 王飛 are not accused. Topics 工作纪律
    and 滥用职权 (procedural abuse by judges).
11  谢延峰 is never given a post in the text ("我村谢延峰…拿着当官的权力", "以干部的权利"): entered
    ('谢延峰', None, None). His brother 谢延峨 is a "村电工", not an official: not entered; 谢延华,
    魏春收, 黄金英 and the relatives on 低保 are beneficiaries. The truncated last sentence cut.
12  A short forum post that reads like a grievance (forest cut, villagers gathering at the 镇政府)
    but accuses "村长书记" of acting alone and "中饱私囊": two post-only entries, unit '溪南村'.
    The 坦头镇人民政府 is only where villagers gathered.
13  涉法涉诉, traditional, glosses removed; the blog's date/tag header and the editor's note cut.
    The sentence garbled in the stored copy ("…還我清白?墒牵驮谖疫…開始抗訴。") and the one before
    it cut. The courts and the 檢察院 act as organs; a long-delayed retrial, no official accused.
14  涉法涉诉, hard: a defendant attacks the first-instance judgment and "司法体系" ("构陷", "歪屁
    股") and has filed a complaint, but names no judge; the courts are organs. 江某 is the
    private plaintiff. The two numbered headings of the application cut.
15  涉法涉诉: a first-person question on a refused filing with the start of a lawyer's answer; the
    lawyer's name line cut, one sentence quoting the 民诉法 cut.
16  征地拆迁, hard: an open letter to the mayor on 口粮田 compensation; the 铁西区纪委 (张新宇)
    only answered ("已解案") and refused a written notice: a handler, not accused. Title, list
    markers, closing and the signatures with phone numbers cut.
17  征地拆迁, hard: the 国土局副局长伍局, 国土所所长吴志华 and 村委书记罗代文 only came to explain the
    survey; the dispute is about land classes and the surveyors' map. Forum copyright header and
    the truncated last sentence cut.
18  征地拆迁: a 市长信箱 post about vegetable plots taken back for a gas pipeline; the 政府 acts as
    an organ; "请政府领导不要…玩文字游戏" is a plea, no accused.
19  个人利益诉求, hard: wages owed by "北京局" (a state construction bureau); the writers "质问北京局
    有关领导" as debtors, no misconduct beyond non-payment: out, no accused. Anti-copy strings cut.
20  个人利益诉求, traditional: a parent's letter to the 教育局 asking for transfer places; the page's
    table labels, the writer's name line and the bureau's reply cut; list numbers removed.
21  其他: a reader's note on hospitals keeping deposits (her sister's 500元 as an example); a
    suggestion, not a personal demand. Column header and byline cut.
22  其他: an owner's questions to the 物业 on services, public income and repairs; no official
    involved. Could be read as 个人利益诉求; kept as 其他 like the noise 留言 of fresh38th.py.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH45: list[Item] = [
    # 01
    ('http://yigan120.com/fangchanxinwen/34698.html',
     '自党的十八大以来，反腐倡廉，大力提倡实名举报，尤其是针对党员干部贪腐违法违纪行为。2016年2月'
     '2日，笔者向贵州省贵阳市南明区纪委实名举报区城管局、征收局主要负责人渎职、滥用职权、私相授受，致'
     '国家资金6000余万元非法流入私人老板陈学承、尹静梅（夫妻，贵阳凯利汽车运输公司）及顾忠俊（上海'
     '冶诚物流）、吴伟（中烟贵州分公司退休）手中。同时提交无懈可击之铁证！举报人一直盼望区纪委能认真彻'
     '查，实事求是给予回复。然而至6月17日把举报人叫去，给予了一个答非所问的口头答复：你反映的问题调'
     '查下来，征收局、城管局是按程序进行工作，没有发现哪个干部有违法违纪情况，你也知道私人老板不是我们'
     '监管职责范围。另外请你在这个答复表格上签名（满意、一般满意、不满意），我们拿入档。举报人道：“你'
     '们说的按程序是项目下来→发告示→摸底→开会→交评估→签协议→实施。这不是我举报的问题，我是举报征'
     '收局补偿费几千万不该流到违法建设者的荷包里，城管局不执行下达的行政命令”。“你们称作了很多辛苦调'
     '查工作，我肯定对此口头答复不满意，对非法受益者他们才是满意，对你们毕竟作了调查工作我只能在一般满'
     '意栏打个勾，你们好拿入档，但前提是希望给一个书面答复”。接待的三人都答应“行”，举报人“打勾”。'
     '直到2017年底，举报人没有收到只言片语。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [(None, '主要负责人', '区城管局'), (None, '主要负责人', '征收局')]),
    # 02
    ('https://www.chinesepen.org/blog/archives/23731',
     '尊敬的中纪委：尊敬的王岐山书记阁下：在得知中央政府设立“举报网站”后，我尝试改变方式，在2013'
     '年年中，向中纪委举报网站实名举报了贵阳市云岩区粮食供应公司党委书记和经理王华贵等人长时间巨额贪污'
     '和盗窃国家粮食的行为。几天后，我得到的答复是：“按照‘分级负责、归口办理’原则，您反映问题的电子'
     '邮件本网站已转贵州省纪委。”在等待贵州省纪委回音无结果下，我于2013年8、9月两次向贵州省纪委'
     '举报网站发去同样内容的举报信。几天后，我得到贵州省纪委举报网站的答复如下：“您好，您的举报已收到'
     '，请耐心等待！”。按照“举报须知”第三条：“纪检监察机关提倡署名举报，特别鼓励署真实姓名和准确联'
     '系方式的实名举报。对认定为实名举报的，优先办理，及时回复。”我是署真实姓名和准确联系方式的实名举'
     '报，原以为会有一个回复，可我一直等待到今天，一年半后的2015年3月15日，也没有得到任何回复。'
     '相反，2014年初，在我外出旅行时，收到了一个贵阳市68开头的电话，询问我举报的当事人归属哪一个'
     '部门，即挂断了电话。我当然很看重这个电话，希望会再有电话打来，能得到一个承诺的“回复”，但遗憾的'
     '是，我意外得知，那个在我外出时拨打我手机的电话，只是为了对我“准确定位跟踪”打来的。跟踪监视我当'
     '然可能是其他原因，但是这个电话询问的是我举报的事，就使人难以排出是因为我举报贪官才被跟踪监视的。'
     '这绝不是举报人希望得到的“回复”。这件事证实了我早就得到的一个信息：我举报的这位贪官后台很硬——'
     '即如果他不属于要被清理的对象，就不可能告倒他。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('王华贵', '党委书记和经理', '贵阳市云岩区粮食供应公司')]),
    # 03
    ('https://tanguan.io/post/update2021_10_2/ua45k30g',
     '中山村隶属四川省广元市剑阁县闻溪乡，总人口541人，总户数142户。该村距乡政府20余里；距县政'
     '府60余里。这是一个人杰地灵、山清水秀的好地方。这里的人民朴实、勤劳、善良。党的改革开放几十年来'
     '，我们村却还很落后，这是为什么呢？——生命线（公路）不通畅，靠天吃饭，更重要的是村委的不作为……'
     '温总理曾在前几天讲过：“老百姓是否满意是衡量政府工作的唯一标准”，可现实呢？我们的村支书竟敢在2'
     '010年底的村主任选举大会时如此猖狂的说“我该贪的贪了，该吃的吃了，贪的钱供两个孩子上大学和修房'
     '子了，我还准备买街房呢！”让在场的老百姓听了心里真不是滋味，欲哭无泪。在此我们不得不把我们的委屈'
     '向政府倾诉一下，把我们村的真实情况反映给政府，真诚的跪请政府和相关领导到我们村实地走访调查，为我'
     '们老百姓做主。让我们也能跟上党所制定的“十二个五年规划”步伐。真诚的请政府为我们老百姓做主。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [(None, '村支书', '中山村')]),
    # 04
    ('http://fztd.nmzx.org.cn/show-9749.html',
     '2013年12月16日上午9點，湘鄉市棋梓鎮泥溪村村民左灩科在棋梓鎮東大街開辦的藥店（華溪堂）裏'
     '，來了兩個年逾古稀的不速之客。兩人一進店堂，就不管三七二十一，大吵大鬧，反複數次撕毀左醫師給病人'
     '開的中藥處方，致使其完全無法營業。旁觀者不知所以，隻聽老人嘴裏罵著：“我家搞了錢，你們為什麼看不'
     '過？現在我就是要搞得你家做不成生意”。萬般無奈之下，左醫師隻得向鎮政府反映情況，並向派出所報案。'
     '民警到來後了解情況才明白，原來，上門鬧事的老人是一對夫婦，他們的兒子是泥溪村村支書兼村主任萬國平'
     '。因左醫師舉報萬國平腐敗，大量證據在手，且持續舉報，萬某惱羞成怒，指使其父母上門鬧事。後經派出所'
     '警員極力勸解，事情一直持續到下午2點多，兩個老人才悻悻離去。2013年12月17日早上8點半，兩'
     '個老人繼續來到店裏鬧事。派出所打電話給其子泥溪村支書萬國平，已關機。派出所雖然又出了警，但也無奈'
     '，隻好守著，然藥店無法經營。左家隻好暫停營業，全家外出避難。自黨中央召開十八大以來，中央曆行反貪'
     '反腐。習總書記明確指示：要老虎蒼蠅一起打。政府各部門有責任保護舉報人的合法權益及人身，但左醫師舉'
     '報泥溪村支書兼村主任萬國平腐敗等等問題以來，時間過去了三年，腐敗份子沒有得到應有的懲處，舉報者反'
     '而引禍上身，生意無法經營，名譽受到極大損害，以後很可能遭到被舉報者更瘋狂的報複。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('萬國平', '村支書兼村主任', '泥溪村')]),
    # 05
    ('http://www.csflxx.com/f1549197.htm',
     '“遗民泪尽胡尘里，南望王师又一年”。茕茕孑立踽踽独行于投诉举报之路，屈指一数，“一年三百六十日，'
     '风刀霜剑严相逼”。其间可谓惊涛骇浪，裂石穿云。沉疴宿疾，乱象丛生。2017年4月，伴随村级“两委'
     '”换届选举，我同步将书面材料整理成形，痛诉红竹村时任村支书及部分村干部的违法乱纪行为。市纪委常委'
     '毛思南，在众目睽睽之下公然坦护力挺时任支书。为其截留私分行为撑腰打气，为其约定俗成的提留比例背书'
     '到底。导致六亩塘镇纪委书记张迪其费尽心机的前后两次调查事实迥然不同。处心积虑为时任支书转嫁截留私'
     '分责任的义举，顿时灰飞烟灰化为乌有。对时任村支书的违法事实守口如瓶缄口不言，免职处分理由更是不得'
     '而知。期间，选举任命与投诉举报如鸟之双翼，车之两轮。如火如荼，沸沸扬扬。六亩塘镇却一直置若罔闻麻'
     '木不仁，“驼鸟”政策大行其道。直至被舆情碾压得遍体鳞伤才收锣罢鼓善罢甘收。这其间所造成的行政资源'
     '的浪费，村级机构的空转，社会风气的恶劣影响，全部由时任支书打包拎走，“为他人做嫁衣裳”。而对发现'
     '问题却继续听之任之姑息包庇的镇领导却安之若素毫发无损。时至今日，《处理意见书》依然被束之高阁，与'
     '举报人上演鸡犬相闻，老死不相往来的精彩一幕！去年发生的免职支书事件，六亩塘领导不思悔改总结教训，'
     '反而认为自己幸免于难的能力巅峰造极炉火纯青。进而故技重演，依然对举报事实漠然视之无动于衷。',
     'in', None, False, ['贪污贿赂', '工作纪律', '形式主义官僚主义'],
     [(None, '村支书', '红竹村'), (None, '村干部', '红竹村'), ('毛思南', '市纪委常委', None), (None, '镇领导', '六亩塘镇')]),
    # 06
    ('http://china.zjol.com.cn/05china/system/2006/03/21/006527022.shtml',
     '肖启伟，四川省达州市开江县医院原外科医生，2004年底以实名举报揭开了当地医药机构部分领导和医务'
     '人员收受商业贿赂的盖子。我在医院当了35年医生。就我所知，药品回扣起源于上世纪90年代，当时叫“'
     '优扣”。1998年以后，大大小小的药贩子进入医院，面对面与医生接触，公开发放药品回扣，药品价格迅'
     '速攀升。目前在公立医院十分普遍的分配规则是，医院内部根据科室的药品收入、辅助检查等收入提成。每年'
     '医院都给各科室下达经济指标，与职工的收入挂钩。在开江县医院，有一种门诊用量很大的抗菌素针剂，在外'
     '面只卖10元一瓶，但在县医院里竟然卖到72元钱一瓶，医药公司给医生的回扣多达20元钱，是我们医院'
     '药品回扣最高的一种药。有的医生1天就可以开出6瓶到10瓶，轻轻松松就能拿到一两百元的回扣。举个例'
     '子，我们开江县医院的CT室对外承包给陕西咸阳CT商。对方不向医院交钱，唯一的“好处”是医生每开一'
     '个CT单，提回扣40元。“羊毛出在羊身上”，买单的当然是病人。出于相同目的，开江县医院还将皮肤性'
     '病科对外承包给福建农民。近几年来，医药费迅速暴涨，涨到老百姓难以承受的地步。作为县医院的医生，8'
     '年来，我家里人生病都不在县医院开药，因为这里的回扣药太贵了。1998年新院长上任后，药贩子开始进'
     '医院与医生面对面接触。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [(None, '院长', '开江县医院')]),
    # 07
    ('https://www.zhputi.com/article/116748547',
     '以原江苏省阜宁县食品公司违规改制为例，说说我们的苦难。江苏省阜宁县食品公司违规改制，劫贫济富，公'
     '司的“大蛋糕”被原公司经理等少数人独吞，导致蛀虫李文白、万荣国等少数人暴富，多数人下岗失业，年老'
     '多病，打工没人要，陷入贫困。原因分析如下：阜宁县食品公司原董事长总经理李文白、现任董事长总经理万'
     '荣国2001年6月借改制之机，持权抢劫，与县改制指挥部官员勾结，违反国家有关国企改制规章，恶意串'
     '通搞假资产评估，隐匿、贪污数千万元（现值亿元）公有资产，其中虚报债务约906万元，非法核销资产约'
     '900万元，瞒报土地约10万平方米，瞒报新建房产门市数百间、瞒报公司无形资产——生猪定点屠宰特许'
     '权1000多万元等。瞒报后“资产评估”的结果是公司净资产为—59.01万元，据此进行所谓“承债式'
     '”改制、“零资产转让”，签订产权转让合同，骗取原阜宁县食品公司全部资产，改名为阜宁县黄海食品有限'
     '公司。因企业改制而下岗的40至50（年龄）人员及工龄超过三十年的企业干部、职工再就业十分困难，阜'
     '宁县委、县政府有什么权力牺牲我们这一代人的利益？！為完成改制任務，送光、分光、搶光、賣光國有資產'
     '，阜宁县政府官员与李文白、万荣国等人联手抢劫，造就李文白、万荣国等少数人一夜暴富。',
     'in', None, True, ['贪污贿赂', '滥用职权', '廉洁纪律'],
     [('李文白', '原董事长总经理', '阜宁县食品公司'), ('万荣国', '现任董事长总经理', '阜宁县食品公司'), (None, '官员', '县改制指挥部'), (None, '官员', '阜宁县政府')]),
    # 08
    ('http://www.mshnol.net/a/fazhi/2015/1114/27325.html',
     '我们是湖南省益阳麻纺织厂（现已破产）的下岗职工联名向贵报投诉举报益阳市国资委主任和天宝房地产开发'
     '公司合谋侵吞巨额国有资产等问题。问题如下：一是我们企业破产以来，前后以职工名义向省财政要来2亿多'
     '元，真正用于卖断职工的只有1500人，人均5万不到，共8000万元。剩余1.2亿元都被我市国资委'
     '用于天宝房地产开发公司建房和各种贪腐开支（还不包括益华门面转卖金）；二是安置金不足部分经法院审核'
     '可以变现企业土地资产补偿职工。仅生活空余用地和公益房屋财产评估为1.8亿元，现已被陶、天宝疯狂滥'
     '拆重建败光，这也是2248名下岗职工无安置费的主要原因。凡是破产企业都以安置解决再就业为最大民生'
     '，而我们企业早就被市国资委主任和天宝房地产开发公司瞄准了厂里的土地和资产，他们以反腐和职工住房困'
     '难为由逼迫原厂长和省华升公司，但建房的阴谋没有得逞。市政府国资委接受我厂后，早有权钱交易的陶、天'
     '宝不择手段，以不清算胡资生和不反厂级领导腐化作交换，相互利益和相互利用达成共识，合谋骗取了市政府'
     '关于《益麻职工自建经济适用房》的批文（当时只批180套）。',
     'in', None, True, ['贪污贿赂', '廉洁纪律', '滥用职权'],
     [('陶', '主任', '益阳市国资委')]),
    # 09
    ('https://feidianxing.com/portal.php?aid=12865&mod=view',
     '“我长这么大都没挨过这种毒打。”“派出所的警察，当着我老婆儿子的面，把我打惨了。”昨日，刚从广元'
     '市剑阁县公安局下寺派出所出来的王涛生，向华西都市报记者打来电话，反映了他的遭遇。“26日晚11点'
     '左右，我和几个朋友在家附近的一家茶馆里打牌，因为几句口角和茶馆老板发生了抓扯。后来下寺派出所来了'
     '两个警察，二话没说，就把我带上车拉到派出所里去了。刚一进门，他们就把我一脚踢翻在地，用手铐把我铐'
     '起，把我按在地上拳打脚踢。”王涛生说，27日凌晨4点过，下寺派出所的警察让他老婆接他回家。凌晨5'
     '点过，他被放出了派出所。“我大声说想不通，凭啥打我？”王涛生说，他刚走到派出所大门口，结果又被两'
     '名警察往回拖，因知道进去以后又要挨打，所以他死死抱住派出所的大铁门不放。“我当时心想，这些警察当'
     '着我老婆和两岁儿子的面，总不会打我吧，结果换来的还是一阵乱棍和脚踢。”王涛生称，派出所的民警不顾'
     '他妻儿的哭喊，把他强行拖进值班室，喊他跪在墙角边。他不跪，民警就抓住他的头发往墙上撞。“我老婆和'
     '两岁的儿子被隔在派出所的大铁门外，任凭如何哭喊也无人理睬，直至天亮。”王涛生说。早上7点左右，派'
     '出所民警将王涛生送回了家。“我本来以为这件事情可能就算了，结果刚回到家20分钟左右，和我打架的茶'
     '馆老板一家人又到我家里来闹。”王涛生的老婆拨打了110报警。随后，下寺派出所来了7名民警。“来闹'
     '事的茶馆老板一家人已经跑了，警察把我按住塞进警车，拉到医院去验血，说我喝了酒的。”',
     'in', None, False, ['滥用职权', '群众纪律'],
     [(None, '警察', '下寺派出所')]),
    # 10
    ('http://www.senqingzn.com/dy/article/JFDTU6UL0552C6JC.html?spss=dy_author',
     '尊敬的各級領導：我叫付松，前調查記者、媒體人。2024年10月10日晚，我來到重慶涪陵這座春秋戰'
     '國時曾為巴國國都的山城，旁聽第二天開庭審理的付廷祥涉惡案。我與審理該案的田凌、王艷國、劉高瑋三名'
     '法官素未平生，但通過幾天來的旁聽，我發現三名法官在案件審理過程中存在嚴重問題。在此，我實名對他們'
     '存在的問題進行公開舉報，望有關部門和領導重視。2023年4月10日，涪陵法院通知，經院長決定，付'
     '廷祥等人案件由田凌擔任審判長，與審判員楊長煌、劉姣組成合議庭進行審理。田凌擔任審判長后，既不召開'
     '庭前會議，也不聽取辯護人意見，甚至連被告人名字都還沒搞清楚的情況下，于4月11日也就是審判長變更'
     '后的第二天，田凌就通知辯護人4月20日開庭。田凌不會想到，因自己的疏忽讓涪陵法院上了新聞。原因是'
     '，辯護人王飛于3月21日告知過法院，他3月20日至4月28日在上海參加庭審。因開庭時間沖突，王飛'
     '向全國律協申請維權。此事還引起澎湃新聞等新聞媒體的關注。田凌審判長先是從可容納幾百人的中樓228'
     '大審判庭，換到僅能容納40人左右的右樓218審判庭，進而要求每名被告人只能申請兩名親屬旁聽，并要'
     '求提交親屬關系證明，同時通知大量無關人員旁聽，再次壓縮本就緊張的旁聽席位。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('田凌', '法官', '涪陵法院'), ('王艷國', '法官', None), ('劉高瑋', '法官', None)]),
    # 11
    ('http://ngmyt.com/forum.php?mod=viewthread&tid=290577',
     '尊敬的上级政府领导：本人是憨厚朴实老农民，农民都为响应国家好政策，而喜悦时，我村谢延峰一手遮天胆'
     '大妄为，视国家法律而不顾、拒百姓生计而不管，拿着当官的权力，打着共产党的旗号、藐视上级政府提出的'
     '“三番五审”减轻农民负担，“一事一议”。联合亲弟弟（谢延峨，村电工）霸占本村三眼深井的势力，大肆'
     '收敛农民的血汗钱，每亩地必须交10元钱。谁不交钱，不让谁浇地胁迫老百姓。我们村祖辈都是靠种地维持'
     '生计，无其他经济来源，每1分1毛钱，都是农民的血汗钱、来之不易。刚开始村民都反抗交钱，也曾向上级'
     '部门反映，一直未得到上级处理，谁来给我们做主啊？眼看着小麦干枯、白地干旱，没办法种植棉花；天又不'
     '降雨，他们抓住了我们的命脉，被逼无奈下，只能每亩地都交了10元钱，搜刮民财2万多元，钱去哪里了？'
     '由于收钱还延误农田浇灌，小麦减产，不能及早种植棉花，直接影响了我们老百姓的收成，村里人都有怨不敢'
     '说，有理没处讲！谢延峰还把村西90亩上等水浇地粮田，换成盐碱地，因无水源，造成农民减产过半。其他'
     '2个村分别每亩地领到了500至5000元不等，我们村的补贴款用到哪里去了？谢延峰将村硬化道路，当'
     '宅基地，给予其弟谢延华之子，来扩大宅基面积。从东面进村，很显眼，正好挡着道，影响交通，严重影响新'
     '农村的美观形象。谢延峰将村医疗室建设在好友魏春收家里至今闲置，农民至今享受不上新医疗室的待遇，这'
     '意味着什么？？谢延峰利用职务之便，以干部的权利，蒙骗国家民政部门。用能让吃上低保的方法，让很多不'
     '符合低保的人，享受国家低保，来拉拢人心成为“自己人”，其中有本家族的亲戚，有党员的家属，还有条件'
     '好的，例：其子谢玉露丈母娘（黄金英），干婶子，长子谢玉辉的姨夫等等。',
     'in', None, False, ['群众纪律', '廉洁纪律', '滥用职权'],
     [('谢延峰', None, None)]),
    # 12
    ('https://www.zjtt.cn/thread-113068-1-1.html',
     '坦头镇溪南村原本山清水秀，森林覆盖率达一千多亩，现在村长书记以种油茶为名，没有通过大会小会村名、'
     '村委同意，私自做主（其中大小饭局好几次），将森林承包给某人种油茶，原来只是7米的路，现在已造成1'
     '7米之宽，这多余的10米又造成多少松树树木的砍伐，大肆破坏森林，给现有的森林极大的破坏，迫使全村'
     '百分之90的村名反对，造成今日村民聚集坦头镇人民政府，望有识之士，懂法之人，顶一下帖，现在作为村'
     '民的父母官，都不为村民谋福利，而是中饱私囊，这样的村长，这样的书记，让我们老百姓如何去相信，让我'
     '们如何建设和谐农村，如何建设和谐社会！',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [(None, '村长', '溪南村'), (None, '书记', '溪南村')]),
    # 13
    ('http://www.szspeed.net/Instr_show.asp?id=124',
     '尊敬的最高人民法院院長：你好！我叫李秋偉，吉林省榆樹市人。1989年5月19日。被榆樹市公安局抓'
     '去。1990年6月9日。榆樹市人民法院以盜竊罪判我有期徒刑6年。上訴后，長春市中級人民法院于19'
     '90年8月10日。駁回上訴，維持原判。因在監獄協助民警抓獲一名審訊逃犯立功。長春市中級人民法院給'
     '我減刑1年零10個月。我服刑期滿后。1994年7月5日。向長春市中級人民法院申訴。1995年8月'
     '22日。長春市中級人民法院撤銷了榆樹市人民法院對我的刑事裁定。案發回榆樹市人民法院重新審判。7年'
     '后，我終于等來了榆樹市人民法院重新審判。榆樹市人民法院在2002年1月25日。判我無罪。我當時的'
     '心情無法形容，我激動的流下了眼淚。長春市中級人民法院再次案發回榆樹市人民法院重新審理，現在又過去'
     '快5年了。我的案子到現在沒人管，如石沉大海，我不知到（道）是為什么？我更不知到（道）還要等多久？'
     '我的案子18年多了，我也50多歲的人了，我的大好時光已經過去。身體現在越來越不好。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://www.sina.cn/news/detail/5096376248309551.html',
     '江某诉本人名誉侵权责任一案，2019年立案，2024年7月一审判决，本人已于8月上诉，9月2日立'
     '案，10月24日法庭谈话，目前正等待合议庭决定是否开庭审理。原审是一场严重拖拉、品质粗糙、不负责'
     '任的审理，过程和结果都令人恶心，其判决客观上是对本人的构陷，明显歪屁股，本人坚决反对、强烈谴责。'
     '10月29日，本人向@北京市第四中级人民法院递交关于开庭审理的申请书，主要内容是对原审法院@北京'
     '互联网法院的有关指控。这些指控也是本人递交给北京市高级人民法院的投诉信（在途）的一部分。没有人会'
     '质疑江某的丧女之痛，但母爱不是逃避审视的挡箭牌，司法体系不能因此而被猪油蒙了心。客观上，司法体系'
     '已经制造两个特殊的“法外”公民，一个不受法律约束，一个不受法律保护。真是够了，请有关司法机关停止'
     '制造更多错案，停止助纣为虐。过去、现在和将来，本人原则上坚定地站在基本人权长期不受法律有效保护的'
     '弱者一边，这是人之常情，不需要其它理由。现在，本人自身权利受到类似的不公平对待，感同身受，要求二'
     '审法院必须开庭审理，切实保障本人辩护的权利，纠正错误且荒诞的一审判决。申请书〔申请理由〕部分内容'
     '如下：根据《民事诉讼法》第一百七十六条，二审法院对上诉案件应当开庭审理，且上诉人已提出新的事实、'
     '证据和理由，不开庭审理的法定理由已消失。原审法院属互联网法院，根据《关于互联网法院审理案件若干问'
     '题的规定》第十二条，互联网法院采取在线视频方式开庭，但原审法院罔顾《规定》有关原则，拒绝在线开庭'
     '，改为线下开庭，且拒绝说明理由。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://www.lawparks.com/ask/what-to-do-if-court-rejects-filing-4',
     '我去法院起诉一个案子，结果法院说不给立案。我实在搞不明白为啥，我觉得我的情况挺合理的。我现在很着'
     '急，也不知道接下来该怎么做，想了解下在这种法院决定不立案的情况下，我作为原告有什么办法可以解决。'
     '当法院决定不立案时，原告不必惊慌，法律为保障当事人的诉权，提供了相应的救济途径。首先，需要明确法'
     '院不立案的原因。法院在作出不予立案的决定时，会出具书面裁定，裁定中会说明不立案的具体理由。这可能'
     '是因为起诉不符合法定条件，比如原告与本案没有直接利害关系、没有明确的被告、没有具体的诉讼请求和事'
     '实理由、不属于人民法院受理民事诉讼的范围和受诉人民法院管辖等。如果原告认为法院不予立案的裁定不合'
     '理，有上诉的权利。原告可以在收到裁定书之日起十日内向上一级人民法院提起上诉。上诉时，要向法院提交'
     '上诉状，说明上诉的请求和理由。上一级人民法院会对上诉进行审查，如果认为原裁定确有错误，或者原裁定'
     '认定事实不清、证据不足的，会撤销原裁定，指令原审人民法院立案受理。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://zcfgw.org/show-25400.html',
     '尊敬的吕志成市长：我们是沈阳市铁西区昆明湖街道张士村村民，今去信向您反映，我村村民口粮田土地被征'
     '用一事，至今未给予补偿。请您在百忙之中抽暇过目，并给予帮助解决。我们张士村于1985年被沈阳经济'
     '技术开发区一期征用土地1372亩；1987年，沈阳石蜡化工厂征用土地1132亩；1990年，沈阳'
     '经济技术开发区二期征用土地3561亩；1994年，沈阳经济技术开发区三期征用土地1032亩；20'
     '11年，铁西区政府征用最后一期土地303亩。以上是政府征用土地情况，在被征用的土地中，有我们赖以'
     '生存的八分口粮田土地，现在土地被征用没了，张士村民至今也没得到口粮田补偿。按照国家的惠农政策，失'
     '地农民应得到相应的补偿，现在，我们把失地补偿要求反映给政府，但是政府却把失地口粮田一事推给铁西区'
     '纪委解决。2021年11月9日，铁西区纪委（张新宇）电话告诉我们说：你们诉求的口粮田一事已解案，'
     '张士村没有口粮田补偿。我们要求他出具一份结案通知书，铁西区纪委（张新宇）说没有，不给你们，我们也'
     '没有这个办案流程，那么请问我们口粮田土地哪儿去了？土地被征用不给予补偿，诉求又不给我们出具结案通'
     '知书，这是按照哪条党规国法执行的？请拿出依据。尊敬的吕志成市长，无奈，我们把事情反映给您，恳求解'
     '决以下问题：请解决张士村民赖以生存的口粮田土地补偿问题。请铁西区纪委给出具一份结案通知书。请铁西'
     '区政府领导及纪委（张新宇）给张士村失地农民一个合理合法的答复。在此，期盼吕志成市长给予帮助解决。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://www.mala.cn/thread-15870838-1-1.html',
     '尊敬的市长及各市委领导：您们好！！我是广安区协兴镇牌坊农业村9组农民龙治伟，我想如实向您们反映一'
     '些关于我们组花园水厂二期工程扩建征地的实际情况。花园水厂征地事宜与2019年6月份启动以来，在协'
     '兴园区牌坊办事处，牌坊农业村村委会的大力宣传推动下及我组全体社员积极的全力配合下，所有社员都表示'
     '非常积极的支持水厂二期扩建项目，因为大家都知道这是一项明生工程，从高压线迁移、地面上的附属设施、'
     '坟墓清点等都非常的顺利完成。同年8月村委会、国土局等相关单位对我组进行了第一轮公示，并对征用土地'
     '数量进行了公示为82.74亩，群众看了后都对数量无任何异议。公示期满后进行了第二轮公示，国土局进'
     '行的土地分类和社保安置全组村民对此有很大的异议和十分不满，并口头向村委会和办事处报告，请国土部门'
     '来现场勘查并解释，当时有国土局副局长伍局、国土所所长吴志华、村委书记罗代文等相关领导到现场指认并'
     '解释，并说土地划分是根据现状，还说退耕还林是享受了补助的（退耕还林在补助之外），当场测绘人员对现'
     '场进行了指认，社员就与测绘人员发生了争议，河边的水淹地图纸上标的是林地，测绘人员确说是耕地，还有'
     '现场的杨家石坝、范家嘴、共建公路、麻竹林等等多个地方多达25亩都有非常大的问题，测绘人员都说图纸'
     '没有任何问题，他们都没有去现场实地考察。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://www.jinshishi.gov.cn/letterbox/781748',
     '我不知道这个帖子会被政府哪些领导看到，但是还是要发。我相信在中国每一个政府机关门口都有“为人民服'
     '务”这五个大字，这是我们从小学就开始学习的一篇毛主席写的文章。团湖小区原名团湖村，以前就是一个穷'
     '乡僻壤，虽然当地老百姓发不起多大的财，但是自给自足，丰衣足食。几年前政府大力推进津市市工业经济发'
     '展，征用土地办造津市工业园区，团湖村老百姓响应政府号召，搬迁安置工作如火如荼地展开。自此每家每户'
     '修建起新房子，多少老百姓圆梦终于住上了“小洋楼”。然而任何事情都是有利也有弊，经过几年的建设，家'
     '乡美了，老百姓生活看似富裕了，农民没有了耕地，吃喝全靠买。依靠政府补贴的安置款，风风火火的过了这'
     '几年。好景不长啊，当发现经济来源与经济支出脱节后，又开始了小型的自给自足，利用起自家宅基地后那1'
     '0平方土地种点时令蔬菜今天团湖小区门口拉起了横幅标语“誓死保卫菜园 我们要生活”政府竟然以要安装'
     '天然气管道为由强行收回，让老百姓生活得不到保障。今天在此发这篇帖子，只希望家乡的父母官多关注被开'
     '发地区的老百姓的生活，这都是地地道道的农民，他们不懂法，不会用法律武器来维护自己的合法权益，请政'
     '府领导不要在朴实的他们面前玩文字游戏，自毁长城。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('https://icbw.com.cn/thread-199869-1-17.html',
     '我们是乐西高速沐川舟坝龙川沱1号桥建设的农民工，今年9月由于抢工期抽调到该建设项目，至今年11月'
     '我们加班加点，保质保量地完成了工程建设任务，，北京局承诺完工就支付工资。截止到今天，北京局没有支'
     '付过一分钱的工资，反而以各种理由敷衍搪塞，我们参加工程建设的接近六十人拖欠的工资总额高达121万'
     '余元，大部分人都背负着车贷房贷，临近年关，家里急需用钱，多次讨要无果，在此我们要质问北京局有关领'
     '导，为什么农民工干了活拿不到工资，你们知道这意味着六十个家庭的生存问题！为什么我们的血汗钱你们一'
     '再拖欠？当初承诺地完工就发工资是欺骗我们农民工吗？当我们的生存都成问题的时候你们会有好日子过吗？'
     '！',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.www51822.com/Government/Letter/LetterView.aspx?LetterId=11445',
     '貴局好！在看了今年出臺的“寧化縣2021年秋季城區小學”招生意見后，每所學校的二至六年級插班生招'
     '生意見中，都注明“已經在城區9所小學就讀的不接受報名”，這對于部分需要轉學而不能轉學的家庭來說，'
     '是很遺憾的，因之前未買房，小孩先在A學校就讀了，而之后買了房，也交房或當年可入住了，但孩子卻不能'
     '轉到自己房子的片區。如果家里有二個小孩的，二孩可以在自己房子片區就讀，一孩因不能轉學而在比較遠的'
     '其他片區小學就讀，對于家里只有老人接送兩個孩子的，因兩個孩子在不同學校就讀，就比較麻煩。如果教育'
     '局給每個學校，每個年段設立些可轉學的名額，這樣大大成全了要轉學的家庭。（同時轉出去的學生A，空出'
     '的學位，可以給需要轉到該學校的學生B，這樣方便了學生A，也成就了學生B）。雖然規定是規定，但還是'
     '希望學校能靈活變動。因為對于很多為了孩子讀書而傾盡所有買房的家庭來說，家門口有學校而不能就讀，而'
     '要去更遠的學校就讀，或兩個孩子不能就讀同一所學校，是非常遺憾的，同時因路途的遙遠，也增加了接送途'
     '中的危險系數，縮短了學生的午休時間（特別是小學生中午也走讀的，一天下來接送趟數多）。雖然我是一個'
     '處于當局狀態的家長，站在自己立場看問題，而忽略了這樣的調劑給學校帶來的困難，但還是希望學校酌情考'
     '慮，給予少數轉學名額，適當給需要轉學的學生相互調劑的機會，真誠感謝！',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://www.pltyw.com/showinfo-87-1136208-0.html',
     '现在，病人住院先要交1000元或1500元不等金额的住院押金，再办理住院手续。住院期间，押金用到'
     '只剩几十元时，医院又要下通知催交住院押金。这样做是为了保护医院的利益，病人当然理解。可是许多医院'
     '对病人交的住院押金不多退少补，住院押金非用完不可，病好了还在治。既使出院了，也要开一大批药带回家'
     '。有的医院干脆没用完也不退钱。我姐姐前不久因病住院，交了2000元押金，住了两三天医院，病就完全'
     '好了，还剩500元，医院非要把500元钱用完方能出院，这种现象在医院很普遍。我认为，住院押金不退'
     '还病人，损害了病人的利益，建议医院改变这一违背病人意愿的做法。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://zhongli-tech.com/new/75b1b12415c14155b0c2fda7a588ab69',
     '作为小区业主，每天生活在这片社区里，我们既期待有舒心的居住环境，也希望物业能真正帮我们解决问题。'
     '但实际生活中，不少业主都有一堆疑惑和不满。今天，我就代表小区的业主们，向物业提出三个问题，盼着能'
     '得到明确回复。我们每个月都按时缴纳物业费，从不含糊。有的小区物业费还逐年上涨，物业说“是为了提升'
     '服务质量”。可现实呢？楼道里的垃圾，有时两三天才清理一次，遇到下雨，单元门口的积水半天没人处理。'
     '小区里的健身器材坏了半个月，反馈后只得到“会上报”的答复，至今没修好。甚至有业主家被盗，调监控时'
     '才发现，几个关键位置的摄像头早就故障停用了。既然收了物业费，承诺的“全方位服务”为何总是“缩水”'
     '？是物业把费用用在了别处，还是根本没把业主的需求放在心上？小区的电梯间里，常年挂着各种广告。装修'
     '公司、培训机构、家电品牌的海报，换了一茬又一茬。小区门口的快递柜、丰巢柜，每年都要给物业交场地费'
     '。还有部分业主，租了小区的公共车位，租金也是交给物业。这些公共区域产生的收益，按理说该归全体业主'
     '所有，可我们从没收到过物业的公示：一年到底有多少公共收益？这些钱花在了哪里？更别说按规定分给业主'
     '了。是物业觉得这些收益“该自己管”，还是根本不想让业主知道？难道业主连知情权和收益分配权都没有吗'
     '？家里遇到水管漏水、电路故障，或者外墙渗水、窗户漏风，我们第一时间联系物业维修，可往往要等上好几'
     '天。有业主反映，家里卫生间漏水，给物业打了5次电话，维修人员才上门，而且只是简单缠了几圈胶带，没'
     '几天又漏了。还有老人家里暖气不热，寒冬里反复找物业，对方要么说“正在检修全小区，再等等”，要么推'
     '给供暖公司，互相“踢皮球”。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH45, "fresh45")
