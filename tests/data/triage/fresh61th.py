"""Sealed batch fresh63: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: very short texts as an SMS-only mobile and a duty phone receive them: every text is
100-186 characters (the theme's 40-200 overrides the usual 150-1,500), plain and sometimes
ungrammatical: forum one-liners, hotline and 热线 notes, a caller's 反映, a 纪委 or town notice
of a few lines, the lead paragraph of a short report. In items: village cadres (a 村干部 on drought
money, a 村支书 drunk driving, a 村支书 beating a woman, a 村主任 digging villagers' hills, a
村主任 holding back land money, a 党总支书记's 满月酒), a 副镇长's hit-and-run, a 党工委 一把手
late and passing the buck, 社区工作人员 rude to a caller, a county hospital head using the cars,
an empty 文化站 at four in the afternoon, cadres pushing a hill "流转". Out items: three lawsuits and
unexecuted judgments, two demolition grievances, two money claims, a noise complaint, a burst
water main and a police notice that a report was false.
Sources (stored-pages search): icbw.com.cn forum posts (仪陇 桂花屋村; 宁晋 邱头村); a
chuanbowang forum post (合江 望龙镇); a 大纪元 copy of a 仁壽 hospital post (traditional); a xna8
copy of a 中国江苏网 item (沛县 龙固镇); a 澎湃 copy of a 中国纪检监察报 notice (天长 漂牌村); a
周庄镇 通报 copy on agwz; a 百灵网 report (威宁 开坪); a 07340 forum post (包山); a 新黄河 copy
(勉县 红光村); a 大公网 copy (青田 港头村); a 西咸新闻网 报料 letter (邢台 水门村). Out: a
traditional copy of a 今日安阳/今报 report (新乡 景翠珍); a forum copy of the 港口街镇 工程款 story;
a forum copy of a 广州 TV transcript (花都 庾永光); an ETtoday item (淇縣, traditional); a 华商报
copy (堰下张村); a 陕西工人报 letter (武功 德力邦); a one-paragraph post (寒亭 环卫处); a 大河报
copy (郑州 烧烤店); a 观察者网 copy of a 大连 police notice; a 海都报 热线 item (福州 江南名城).
Three texts are in traditional script (items 3, 13, 16).

Conventions: as in the earlier sealed batches (see fresh38th.py and fresh44th.py). Excerpts as
published: whole sentences, some sentences and paragraphs cut; page junk removed (headlines,
captions, bylines, source tags, the forums' random anti-copy strings, the pinyin glosses of the
converted traditional copy of item 13, phone numbers: "拨打本报968111反映" written "拨打本报反映"
in 022); paragraphs joined; ASCII punctuation written full-width except inside numbers, dates and
times; "— –" written "——" (003); stray spaces inside sentences removed (005 "由北 向南", 019).
Page typos kept ("议陇县", "难到" 001; "这事儿的的" 015; the "！" after "經過" in 013; "听的很清楚", "吵的人" 020). scope "in" for alleged misconduct of a
party member or public official (village and community cadres included), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, firms
and officials who only handled, investigated, announced or answered are not accused; an organ
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name) and units as written; unit None when the text does
not tie the person to a named unit. Topics only from the twelve names of triage.md. Places and
dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (002, 009,
012). Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 2 (018, 019), 其他 3
(020-022). 12 accused entries, all in items 1-12: 6 with a full name (饶家宪, 楊文才, 张九林,
王仕俊, 汤小林, 刘庆山), 5 masked (谷某坡, 李某, 薛某, 汤某, 徐某), 1 post only (村干部, 009).
Item 002 has no accused entry (organs only). Out items have no accused entry.

Close calls:
 1  The post's first line (body, after the anti-copy string) names 饶家宪 as "村干部" of 桂花屋村:
    position '村干部', unit '桂花屋村'. Rigging who gets the 旱灾款 and telling people what to say
    to callers from above: 群众纪律 only (no money said to be taken).
 2  Mixed: a request to mend the broken 单杆 at the 文化站 (其他) together with the allegation that
    the 文化站 and the 药品食品管理所 were empty at four in the afternoon (工作纪律). Only organs
    and unnamed staff, so no accused entry; the headline line cut.
 3  Traditional. A county 傳染病醫院 head is a public official (公办医疗单位 manager): '院長',
    unit '仁壽縣傳染病醫院'. 公車私用 to 麻將館/舞廳: 八项规定 and 廉洁纪律. The page's later
    accusations (outsourcing departments, a criminal case) are not in the excerpt.
 4  The headline cut; 谷某坡 is '村支书' of 邱头村 ("该村支书"). Drunk driving and flight:
    生活纪律. The 交警 only fail to decide and are not accused in the excerpt.
 5  The 网友's post is quoted inside the report and kept with the report's frame sentence. 李某
    '副镇长', unit '龙固镇'. Hit-and-run (drink is in a later, cut paragraph): 生活纪律. The victim
    朱某 and the police who confirmed are not accused.
 6  A 纪委 case notice; the notice's opening sentence (天长市纪委通报…) cut to stay short, so the
    八项规定 link rests on the 满月喜宴 44桌 with gifts from 低保户 and 村组干部. '党总支书记',
    unit '漂牌村'. The 镇党委 only punishes.
 7  A town's 通报 on community staff: 社区工作人员 counted as grass-roots cadres (like village
    cadres), so in scope. The 社区 is not named: unit None for 薛某 and 汤某 (the 周庄镇 only
    punishes). The caller 田某 is not accused. 群众纪律 (态度恶劣 to a resident).
 8  王仕俊 is first written "开坪党工委找到“一把手”王仕俊" (a later, cut sentence calls him
    党委书记): position '一把手', unit '开坪党工委'. Two-hour late arrival and sending the caller
    elsewhere for the seal: 工作纪律 and 形式主义官僚主义. The other 工作人员 is not accused.
 9  Mixed: the villagers' hill use rights (a land claim, 征地拆迁 kind) with the allegation that
    the 村干部 forged consent and demand deposits. The cadres are never named in the excerpt:
    one entry (None, '村干部', None) for the acting cadres rather than none, since they are people
    acting, not an organ. 群众纪律 and 滥用职权.
 10 汤小林 '村支书', unit '红光村'. The woman 欧建英 and the 派出所 are not accused. 群众纪律
    (beating a villager who came for help).
 11 徐某 is first written "温溪镇港头村主任徐某": position '村主任', unit '港头村'. His nephew
    徐某伟 (no post) is not an official and gets no entry. The dug-up 责任山 is the misconduct
    itself (not a separate claim), so not mixed. 滥用职权, 廉洁纪律 (selling the earth) and
    群众纪律 (beating the villager).
 12 Mixed: the 112 households' land-compensation claim (征地拆迁) and the allegation that the 村主任
    刘庆山 and the town colluded to swallow the money. 郝何琴 (镇领导) is only named as present
    at the agreement; the 镇政府 is accused as an organ: no entry for either. Topics 贪污贿赂
    ("想吞掉这笔补偿款") and 群众纪律.
 13 Traditional. 城管局 staff took cigarettes and drink on credit in 1998 and the bureau gave an
    IOU; the text is about the unpaid debt and the court's failed enforcement, with no private
    gain alleged: out 涉法涉诉, not in. The late 局長 劉煥林 is not in the excerpt.
 14 A town government owes the contractor and ignores its own 执行和解协议: the debtor is an organ
    and no official is said to have misused office: out 涉法涉诉 (an enforcement matter), not
    个人利益诉求.
 15 A landlord's lawsuit won and not executed, the tenant 汤伟新 (a private person) obstructing:
    涉法涉诉.
 16 Traditional. A house pulled down for a road while the owner was out; the county's 拆遷辦 (not
    in the excerpt) calls it lawful enforcement. No official is charged with misconduct in the
    text (the 鄉政府某幹部 only failed to agree terms): out 征地拆迁.
 17 A question about late 拆迁过渡费 with the 管委会's answer: 征地拆迁 (the 街道办 only pays).
 18 A private firm not paying in the workers' pension money: 个人利益诉求 (the county is only
    asked to look into it).
 19 Unpaid cleaners of a district 环卫处: a wage claim against a public unit, no official accused:
    个人利益诉求.
 21 A police notice that a report of two 民警 "违规吃喝" was false and the reporters were
    detained: the text alleges nothing that stands, so out 其他; 丛某 and 孔某 are private persons.
 20, 22 A noise complaint about a 烧烤店 and a burst water main: 其他.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH63: list[Item] = [
    # 01
    ('https://www.icbw.com.cn/thread-199864-1-1.html',
     '四川省南充市议陇县永乐镇桂花屋村，村干部饶家宪在村委会召开村民大会说旱灾像坐席一样能流转！202'
     '4年1月5日在村委会开村民大会时说，旱灾款像坐席一样能流转，还强调说，上面打电话问一定要说是旱灾'
     '款。还说村干部家属就没有这笔款，名字报上去就要取消。这是啥逻辑？难到村干部家属就不受旱灾了吗？',
     'in', None, False, ['群众纪律'],
     [('饶家宪', '村干部', '桂花屋村')]),
    # 02
    ('http://www.chuanbowang.net/archiver/tid-26467.html',
     '合江县望龙镇文化站旁的单杆坏了很久都没人管，只用一根铁丝穿起来代替铁杆，前来锻炼的群众很不方便。'
     '8月25日星期二下午四点过就去找文化站反映下，可看到文化站大门紧闭，费劲打开铁门进去敲遍了所有的'
     '办公室门，都空无一人一片死寂，只有门口阅报栏的几张破报纸随风飘动发出响声。而隔壁的药品食品管理所'
     '更是铁将军把门进都进不去。咋四点过这些机关单位就无人上班了？',
     'in', None, True, ['工作纪律'],
     []),
    # 03
    ('http://tvsmo.com/b5/5/6/27/n967420.htm',
     '四川省仁壽縣傳染病醫院迎來了新任院長楊文才，所謂“新官上任三把火”一點都沒錯。一上任，楊文才就想'
     '方設法燒起他的第一把火——公車私用！從楊文才上任的第一天開始，醫院的兩部車子就成了他家的私人小車'
     '，我們經常可以看到醫院的小車停在某個麻將館門口、或者舞廳門口、或者茶館門口，而同時，這些場所裡面'
     '呆著的，不是有楊文才，就是有他的家人。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('楊文才', '院長', '仁壽縣傳染病醫院')]),
    # 04
    ('https://www.icbw.com.cn/thread-107094-1-1.html',
     '10月11日，河北邢台市宁晋县候口乡邱头村村民爆料称，该村支书谷某坡2018年9月21日晚上醉酒'
     '驾驶致4人重伤后逃逸，事发20多天至今尚未定性。恳请上级有关部门尽快查明事实真相，依法依纪予以严'
     '肃处理。',
     'in', None, False, ['生活纪律'],
     [('谷某坡', '村支书', '邱头村')]),
    # 05
    ('http://news.xna8.com/hot/201601/49712.html',
     '近日，有网友在徐州当地论坛发帖称“徐州沛县龙固镇副镇长李某于2015年12月2日晚上10时23分'
     '，在沛县龙固镇致龙固前程子村南北路由北向南行驶至龙固公墓前与行人朱某发生交通事故，致朱某当场死亡'
     '。发生交通事故后，李某驾驶轿车快速驶离事故现场。”记者对此事进行了追踪调查，并从沛县当地警方处确'
     '认核实了此事。',
     'in', None, False, ['生活纪律'],
     [('李某', '副镇长', '龙固镇')]),
    # 06
    ('http://www.thepaper.cn/newsDetail_forward_1524290',
     '2016年1月29日，汊涧镇漂牌村党总支书记张九林在漂牌村一饭店为孙子办满月喜宴44桌，共收取礼'
     '金9.64万元，参加人员除张九林亲朋好友外，漂牌村村组干部、低保户、危房改造户等44人也参加了满'
     '月喜宴，并随礼9600元。2016年5月18日，经汊涧镇党委研究决定，给予张九林党内严重警告处分'
     '，责成其将9600元礼金退还。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('张九林', '党总支书记', '漂牌村')]),
    # 07
    ('https://www.agwz.net/news/mE7XXoY7bQ.html',
     '2025年1月7日，田某至社区反映他人房屋违建情况，社区工作人员薛某、汤某在接待过程中态度恶劣、'
     '言辞不当，未妥善处置。事后，田某拨打12345电话投诉社区工作人员汤某，要求其当面道歉。1月14'
     '日，汤某在其他工作人员见证下向田某当面道歉。目前，周庄镇已对社区工作人员薛某、汤某作出停职处理，'
     '并对社区负责人进行批评教育，将根据调查结果作进一步处置。',
     'in', None, False, ['群众纪律'],
     [('薛某', '社区工作人员', None), ('汤某', '社区工作人员', None)]),
    # 08
    ('http://www.cciatv.com/n/jiankang/jianfeijianmei/201510/19192.html',
     '9月8日，李某带上新发乡开坝村民委员会开具的证明到开坪党工委找到“一把手”王仕俊，要求在其证明里'
     '盖章办理小孩的户口。李某从早上8点赶到开坪党工委办公楼，在开坪党工委办公楼等了将近2个多小时后，'
     '在10点半左右才看到王仕俊来上班。据李某介绍：当时李某找到王仕俊，王仕俊看了证明后告诉李某说公章'
     '不在他手里，在其他工作人员的手里。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [('王仕俊', '一把手', '开坪党工委')]),
    # 09
    ('https://bbs.07340.com/forum.php?extra=page%3D1&mod=viewthread&tid=3380',
     '村干部于2018年8月18日在郭家祠堂开会，要求村民流转包山，当时村民并没有达成一致，村干部选了'
     '几个村民，在自己家里开会，并成立了合作社。欺骗村民签字，把山流转到合作社，然后又签名同意承包山。'
     '村干部等几个带头人以假借少数服从多数为由强迫村民放弃使用权，另外要村民交2000元一户押金，挖掘'
     '机费700元每亩，已经开始向村民收钱，还说不交钱的，等于放弃了包山，山就不是你的了。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [(None, '村干部', None)]),
    # 10
    ('http://tech.xfqyw.cn/tech/2023/0625/1000158199.html',
     '“村支书目无党纪国法，肆无忌惮暴力殴打村民。”近日，陕西省汉中市勉县村民欧建英在短视频平台反映称'
     '，5月26日下午5点左右，她在勉县周家山镇红光村村委会办公区院内，被村支书汤小林殴打，致其全身多'
     '处软组织挫伤。如今事情过去快一个月，欧建英仍感觉头重脚轻、浑身无力。',
     'in', None, False, ['群众纪律'],
     [('汤小林', '村支书', '红光村')]),
    # 11
    ('http://news.takungpao.cn/society/topnews/2013-10/1960034.html',
     '上个月底，丽水青田县一网友爆料：青田县温溪镇港头村主任徐某利用村长职权，未经审批，私自开挖他人责'
     '任山和自留山，将开山采的土方卖给他人获取巨额非法收入。9月12日晚6时许，徐某伙同其侄子徐某伟，'
     '殴打前来阻止的村民，不仅如此，两人还将接警后赶到现场的民警打伤。',
     'in', None, False, ['滥用职权', '廉洁纪律', '群众纪律'],
     [('徐某', '村主任', '港头村')]),
    # 12
    ('http://www.dxxnews.com/content-165-53815-1.html',
     '我们是邢台县浆水镇水门村112户村民，现向您反映因修邢和铁路，2017年3月16日上午，在镇政府'
     '信访办公室镇领导郝何琴和水门村村主任刘庆山与村民商定，国家赔偿土地款的75%归被征户，25%归水'
     '门村村集体（有录音为证）。然而镇政府和村主任刘庆山出尔反尔，在土地被征，土地补偿款也下来后，竟然'
     '不按协商下放补偿款给被征户。竟与浆水镇政府互相勾结，暗箱操作，想吞掉这笔补偿款。',
     'in', None, True, ['贪污贿赂', '群众纪律'],
     [('刘庆山', '村主任', '水门村')]),
    # 13
    ('http://m.smgjgz.com/sh/news/2007/12-14/1104922.shtml',
     '城管局拿走一小商店2萬多元的煙酒，只打了張白條。店主多次討要無果，遂告到法院，官司雖然贏了，但直'
     '到法院強制執行也無新進展。昨日，在新鄉市鳳泉區自己的小商店里，53歲的女店主景翠珍嘆著氣講起自己'
     '10年討債的經過！1998年，原新鄉市北站區城管局的工作人員，多次到我的商店里拿煙酒，每次都說下'
     '次給錢。時間不長，很快就欠下25490元錢。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://51yimindiy.com/bbs_forum/canada/canada_news/2023/0214/2703365.html',
     '江西九江市柴桑区港口街镇，62岁民营企业主朱汉民的一笔工程款，硬是被镇政府拖欠了10年不还。20'
     '22年5月20日，港口街镇政府与朱汉民达成《执行和解协议》，承诺对于法院“判决书确定的还款义务不'
     '持异议”，并承诺在2022年12月31日及之前，向朱汉民支付工程款本金不少于600万元。但时至2'
     '023年2月6日，也即承诺期过去了一月有余，港口街政府并未给予朱汉民分文的款项。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://mmmtw.com/forum.php?goto=nextnewset&mod=redirect&tid=116183',
     '今天咱们讲这事儿的的主人公姓庾，今年已经74岁，按说是早已过了古稀之年，本该在家安享晚年。可是在'
     '过去的三年里，一连串的遭遇让他苦不堪言，不知该从哪着手。而这一切，还得从一栋厂房说起。2011年'
     '，庾先生将最靠近公路的这栋厂房出租给包括汤伟新在内的五人经营餐饮业务。类似这样阻挠判决执行、阻挠'
     '场地收回的情况还发生过多次。而庾永光指出这些阻挠行为的始作俑者就是汤伟新。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://cdn1.ettoday.net/news/20180212/1112806.htm',
     '「不知道今年的年怎麼過…」，大陸一名家住河南省鶴壁市淇縣的居民袁鵬利，日前只是出門去菜市場，路上'
     '遇到朋友一起吃個飯，沒想到回到家後，房子就變成了一堆廢墟，讓他欲哭無淚，「孩子馬上就放假了，我爸'
     '做了心臟支架手術，我都不敢讓他們知道。」關於房子拆遷問題，袁鵬利指出，自己和鄉政府某幹部溝通過2'
     '次，但均未談攏，為了修路，政府還在2017年初時，將該片區域圍閉，並斷水斷電。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://shlanke.com/a/guoneizixun/2021/0909/284587.html',
     '1月10日，有市民向华商报反映，称他是西咸新区沣东新城斗门街办堰下张村村民，不知道什么原因村子拆'
     '迁过渡费已经半年没发了。截至目前，该村搬迁安置工作已基本完成，共发放过渡费36个月，已发放至20'
     '20年6月；2020年7月至今的过渡费，已于近期将该笔款项拨付至斗门街道办事处，目前，斗门街道办'
     '事处正在加快付款审批流程，确保尽早支付群众过渡费。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://szb.sxworker.com/m/content/2007-04/09/245418.html',
     '4月3日，本报收到武功县农大德力邦有限公司职工来信。来信称：农大德力邦有限公司原来是武功县办全民'
     '所有制企业，1998年8月改制为私营企业。从2001年至今，公司一直没有把职工的养老保险费缴纳到'
     '社保经办机构，但是至今，个人缴纳的部分公司每月还从职工工资或生活费中扣除。现在有一部分职工已经到'
     '了退休年龄，企业不上缴养老保险费，职工没有办法退休。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://wanbiaoku.com/new/652581089788827648',
     '这两年国家经济发展遇到了一些困难，由于房地产市场不景气，很多地方财政也没钱了，我朋友在潍坊市寒亭'
     '区环卫处干保洁，已经一年多了，没有发工资了，据我朋友说，不光他们没有发，在机关单位干保安的绿化的'
     '都拖欠一年多了，干保洁的大部分都是五六十岁的老人，他们大部分家庭都不是很富裕，能找到保洁这份工作'
     '也不容易，不愿意轻易放弃，现在我朋友也是借钱度日，工资什么时候发？还是未知数。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://zhengzhou.baogaosu.com/xinwen/%E7%83%A7%E7%83%A4%E5%BA%97%E6%8E%92%E9%A3%8E%E8%AE%BE%E5%A4%87%E5%99%AA%E9%9F%B3%E6%89%B0%E6%B0%91%E9%82%BB%E5%B1%85%E6%8A%95%E8%AF%89/78518858',
     '“一到深夜，尤其是凌晨，对面的排风设备噪音‘嗡嗡’作响，严重影响我们的睡眠。”连日来，家住郑州金'
     '水区经一路和林科路交叉口附近的部分居民投诉，称该处有一家烧烤店排风扇，发出很大响声，多次协商未果'
     '。“向烧烤店反映好几次了，现在噪音仍然很大。”附近一名不愿透露姓名的住户说，白天还好些，一到晚上'
     '夜深人静时，噪音听的很清楚，在对面能听的清清楚楚，吵的人都睡不着觉。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://www.chinagovernance.com/document/900024038',
     '2025年11月，大连市公安局举报平台接到关于2名民警“违规吃喝”举报。经全面核实，举报人冒用他'
     '人姓名，举报内容均不属实。大连市公安局启动维权机制，为民警澄清正名。举报人丛某、孔某因诬告他人均'
     '被予以行政拘留处罚。举报人事后表示自己“法律意识淡薄”，并对造成两位民警工作不便表示歉意。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://dzb.hxnews.com/2011-12/09/content_17857.htm',
     '昨日福州刘女士拨打本报反映：我住在金山大道江南名城小区，3日，小区的地下自来水管爆裂了，高层住户'
     '的家中水压不稳，几乎都没有水，市自来水公司的工作人员来了两次，仍没有修复。小区物业工作人员说，小'
     '区有18座楼，受影响的是其中4座楼，大约百来户居民。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH63, "fresh63")
