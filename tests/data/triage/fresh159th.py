"""Sealed batch fresh161: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh159th.py; the batch and its row ids are "fresh161".)

Theme: straw-burning bans and environmental enforcement on farmers and small firms: a 磁县 禁烧
fine of 一万 per fire paid into a private account, a 92-year-old fined by his 村委会 and shown
holding his self-criticism, a 忻府 通报 fining the cadres of villages where straw was burnt, faked
督察 rectification (播州, 前川社区's "P图整改", a 副镇长 tipping off firms in 亳州), the 临沂 板材
"一刀切", 曲阳's detentions for burning 散煤, a 惠来 副局长's "殺雞儆猴" fines on fish-ball
workshops, the 灌口镇 整治办 taking bribes in the pig-farm closures, a 新登镇 cadre's unequal
closure payments, the 海鹽 环保局 bribery ring, 博羅 villages' 控告 against a polluting plant and
its "保護傘", and a 襄州 环境监察 squad that fined the wrong firm; out items are a farmer's killing
of the 村支书 who stopped him burning straw, fish-pond pollution suits (one against a 镇政府), a
禁烧 volunteer beaten by a neighbour, pig farms pulled down in 福清 and 东莞, a pig farmer told to
close in 文成, villagers' complaint about a neighbouring pig farm, a brickworks cut off from power
and a commentary on 黑龙江's 1.782亿 禁烧 "fine". The stored pages hold few first-person letters
on this theme: most in items are news, commentary and 通报. Sources (stored-pages search): a 长城网
copy of the 中国之声 report on 磁县; a kantie copy of the 央广网 post on 濂水镇; a 135zwxs copy of
the 忻州 通报 (traditional); a 10086mp3 page on faked 督察 rectification; a bancaiwang post on 临沂;
a 十分网 commentary on 曲阳; a blg686 copy of the 网易 report on 神泉镇 (traditional); a 猪价格网
copy of the 集美 story; the 南方农村报 on 新登镇; a satrik copy of the 海鹽 report (traditional); a
zi.media copy of the 博羅 控告 (traditional); a gqgt copy of the 红星新闻 report on 襄州; out: a
网易号 piece on the 蒋某萍 case, an arweave copy of a 荣昌 judgment, a bjhlhd report on the 桐梓
fish farm's suit (traditional), a 映象网 report from 鲁山, a 看中国 report on 陈云英's 控告状, a
handmsg report on 东莞's "禁豬" (traditional), a 51猪价网 copy of the 人民网 report on 文成, a 天门
市委书记留言板 item with the 小板镇's reply, a 随州 forum copy of the 生态环境分局's news, and
陈靖's commentary on a 乌有之乡 copy. Six texts are in traditional script (items 3, 7, 10, 11, 15,
18; the glossing pinyin of the pages' converted copies removed in 3, 7 and 10).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, forum and board lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("1.8米", "1.782亿"; the brackets of "襄州环罚字[2019]30号" written "［2019］", the ASCII
quotes of 015 written “”); stray spaces removed (008, 015, 021). Page oddities kept: "李富山：李富山："
(001), the unpunctuated run of joined lines in 002 ("最高罚款为500元7日凌晨"), the simplified
forms in the traditional 003, 010, 015 and 018 ("后果", "并", "事后", "先后", "于是", "什么"),
"混凝土攪拌因違法排污" (015), "开进进他家田地" (016), "祁柏祥的妻子向回憶" (018), "到目前前" and
"评为我们百姓做主" (020).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the staff of a 镇's 整治办 and of a 环境监察大队 count as public servants), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, complainants,
farmers, firms and officials who only handled, investigated, announced or answered are not
accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed accused
official is (None, position, unit). Names, positions (as first written with the name, "原" kept)
and units as written; unit None when the text ties the person to no named unit. Topics only from
the twelve names of triage.md; fines, detentions and closures out of measure ("以罚代管",
"一刀切") are 形式主义官僚主义 (IS.EP.FB.02) as fresh142th.py's 迎泽 item, faked rectification
形式主义官僚主义 and 工作纪律 (IS.WRK.04), a failure to stop burning 工作纪律; a plain pollution
complaint is out (OOS.ENV). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (009, 011,
012). Out types: 涉法涉诉 4 (013-016), 征地拆迁 2 (017, 018), 个人利益诉求 1 (019), 其他 3
(020-022). 21 accused entries, all in items 1-12: 12 with a full name (楊成云, 張成牛, 崔銀有, 王金海,
崔貴生, 張建文, 寿松元, 朱曉芳, 張海明, 張健, 陳亞偉, 平昊飛), 3 masked (李某某, 丁某某, 李某), 6 post
only. Items 001, 005, 006 and 011 are in scope with no accused entry. Out items have no accused
entry.

Close calls:
 1  The site path, headline, URL, date and font-size lines, "关键词…", "稿源…" and the byline
    "(记者刘黎)" cut. The page's speaker line "邯郸市磁县农工委常务副书记李富山:" is followed by
    the dialogue's own "李富山:", kept ("李富山：李富山："). In, no entry: the 农工委's 以罚代管 and
    the fines paid "到了建行账户，一位梁姓个人名下" name no accused official (the 梁姓 holder is
    not said to hold a post); 李富山 only states the rule (hard: could be ('李富山', '常务副书记',
    '磁县农工委')). 形式主义官僚主义 (以罚代管) and 廉洁纪律 (fines into a private account). The
    fines fall on 乡镇 and 村, not on farmers.
 2  A phone layout, one phrase a line without punctuation: the lines joined as published, so
    "最高罚款为500元7日凌晨" runs on; the header lines (今日头条, 阅读, 评论, 央广网), the three
    headings ("92岁老人烧秸秆 被罚100元并写检讨", "官方回应：…", "网友：…") and the netizens' and
    experts' part cut. ('李某某', '村委会委员', '流西河村') took and posted the photo and is the one
    named of the "两名相关责任人"; 刘某某 is the victim; the 镇党委副书记 only apologises.
    群众纪律 and 形式主义官僚主义.
 3  Traditional, glosses removed; the page breaks off at "…警告處分；對": the trailing "對" cut, so
    the text ends on "；". Seven entries: (None, '黨支部書記、村委會主任', '關城村') for the 通報批評
    (hard: one person or two), ('楊成云', '包片領導', '部落村') as first written (later "分管領導"),
    and the five "巡查責任人" with unit None (hard: could be '部落村'; they may be hired patrols
    rather than cadres). 郭茂井 is the burning villager (private); the "豆羅鎮黨委、政府有關責任人"
    are unnamed. 工作纪律 only.
 4  The page's unrelated title ("8个部门相继出手 为“稳猪”拼了") cut. Two post-only entries:
    "该社区相关负责人" (None, '相关负责人', '前川社区') for the "P图整改", and "魏岗镇一位微信名为
    “龙哥”的副镇长" (None, '副镇长', '魏岗镇') ("龙哥" is a WeChat name). The 播州区党委 and the
    "范县相关部门" are organs; 陈某 (who has the contracts) has no stated post. 形式主义官僚主义,
    工作纪律 (弄虚作假, 通风报信) and 政治纪律 (the 党委's "违反政治纪律").
 5  A 板材 trade site's post, the stored text up to the truncated "持续几个月…" paragraph. The
    执法人员 and "基层" are unnamed: in, no entry (as fresh142th.py's 迎泽 item). Hard: could be
    read as out, 其他 (a trade's complaint about a policy). 形式主义官僚主义 and 群众纪律
    (IS.MAS.07).
 6  Header, title, "原标题:" and the summary line cut; ends before the truncated "而在当地下发的…
    也明确提" sentence. The 环保局, 大气办 and 县政府 are organs and their 工作人员 only answer: in,
    no entry. 形式主义官僚主义 (口径一变再变, 高压措施) and 滥用职权 (detention for burning coal;
    hard, the 县政府 denies any detention). 散煤, not straw: the neighbouring ban.
 7  Traditional, glosses removed; the sub-heading "全鎮114家魚丸加工作坊，僅6家企業被窮追猛打近4年",
    "打開網易新聞 查看精彩圖片", the caption and the truncated "後來，因" cut. (None, '副局長',
    '揭陽市生態環境局惠來分局'): "該局一奚姓副局長" ("奚姓" is no name, as "姚姓" in
    fresh104th.py). Not mixed (hard): the firms ask for the standards and test reports, not for
    their fines to be lifted. 滥用职权 (选择性执法) and 形式主义官僚主义.
 8  Site lines, headline and date cut; the stored copy lost the quotation marks around "整治办",
    "整治小组", "塌方式腐败", "监督在线", "微腐败", "塌方式" and "链条式", leaving spaces: the spaces
    removed. Ends before the truncated "据区纪委办案人员介绍". Two post-only entries (None, '原主任',
    '整治办') and (None, '原副主任', '整治办'); the 8 staff, the 3 who forged papers and the 19 are
    unnamed groups, the 整治小组 an organ. 贪污贿赂 and 廉洁纪律.
 9  Mixed: 金某's own closure payment (3.5万 kept back; his 17000元 at the end) beside the cadre's
    宴请, 优亲厚友 and double payments. The epaper header and headline cut; ends before the
    truncated "而金某养猪场因延迟拆迁…扣除" sentence. ('寿松元', '原区域发展与治理中心干部', '新登镇')
    from "新登镇原区域发展与治理中心干部寿松元" (hard: could be ('干部', '新登镇原区域发展与治理中心')).
    冯某 is a farmer paid twice (private). 群众纪律 (优亲厚友, 克扣) and 八项规定 (宴请).
10  Traditional, glosses removed; the caption "郭山澤/漫畫", the sentence on 殳乃峰 (garbled in the
    stored copy: "一審?fù)，等待法院擇期宣判?/p>"), the sub-heading "權力入股，賺得“分紅款”" and the
    truncated "拿下協議後…" cut, so 殳乃峰 is not in the text. Five entries with the 中心, 科 or
    大隊 in the position and '海鹽縣環保局' ("該單位") as the unit, as fresh104th.py's 劉勇俊. 樓某
    and 馮某 are private. 贪污贿赂 and 廉洁纪律 (权力入股).
11  Mixed, traditional: the villagers' own pollution claim against a private plant (OOS.ENV, with
    its 民事責任) beside the charge that the 博羅縣環保部門 and an unnamed "保護傘" 不作為、假作為、
    欺上瞞下: in, no entry (an organ and an unnamed group). The site's header, the headline, the
    sub-heading "—近萬受害村民以「人民的名義」強烈控訴", the line of ten 代表人 names and the
    truncated "屆於上述事實…" cut. 工作纪律 (IS.WRK.05) and 形式主义官僚主义.
12  Mixed (hard): the firm's own penalty and 征信黑名单 (an administrative penalty it wants set
    right) beside the 通报's two officials. The sub-heading "“被失信”一月不知情" and the truncated
    "朱明提供的截屏文件显示…" cut. ('丁某某', '原负责人', '襄州区环境监察大队四中队') and ('李某',
    '原工作人员', same unit) as written; 朱明 is the complainant; the 襄州区环保分局 and 纪委监委 only
    act. 工作纪律 and 滥用职权 (玩忽职守).
13  涉法涉诉: a criminal case (a farmer killed the 村支书 蒋某萍 who stopped his burning; his death
    sentence carried out); she is the victim. The piece's "硬邦邦的态度" is advice, not an
    allegation. Ends before the rest of the commentary. Could be read as 其他.
14  涉法涉诉: a fish farmer's 水污染责任纠纷 suit against an 环境综合整治 company and the 龙集镇人民
    政府; the title (its first character lost on the page), court, case number and party lines
    cut; ends before the truncated "事实和理由…". The 副镇长 诸世禄 only represents the town in court.
    Hard: a 镇政府 as defendant, but no misconduct alleged.
15  涉法涉诉, traditional: a fish farm's suit against a firm's mixing plant; the stray spaces
    around the numbers removed; the sub-heading "原告：攪拌站違法排污 造成魚兒大量死亡" cut; ends
    before the defendant's sub-heading. "多次向相關部門反映…一直未得到解決" names no one: not mixed.
16  涉法涉诉: a 禁烧 volunteer beaten by a neighbour; the tag "【核心提示】" (its text kept), the
    dateline "映象网平顶山讯(…)" and the sub-heading "投诉：…" cut; ends before the truncated
    9点40分 quote. 喻魁 is a volunteer, not a cadre; 张召 only handles. Could be read as 其他.
17  征地拆迁: a pig farm pulled down by the 城头镇人民政府 and the 控告状's compensation claim;
    "追究相关责任人的法律责任" names no one (as fresh119th.py's 龙塘镇): out, not mixed. Header
    lines, the caption, the dateline "【看中国记者杨蓉真采访报导】" and the sub-heading "合法经营
    非法拆除" cut; ends before the truncated 庄上水库 quote.
18  征地拆迁, traditional: the 東城區辦事處's demolition of pig farms "在沒有任何法律手續的情況下"
    and the farmers' losses, said of an organ and its unnamed cadres: out, not mixed (hard, as 17).
    The lead summary, the sub-heading "“禁豬”浩劫" and the truncated 高兒強 paragraph cut.
19  个人利益诉求: a pig farmer's plea to go on farming near a water source and the 县长's answer;
    the road and power cut are said of the 黄坦镇政府 (an organ); 王彩莲 only answers. Header lines,
    "消息：", the two sub-headings and "[1] [2] 下一页" cut. Could be read as 征地拆迁.
20  其他: a 留言 asking the 镇 to pull down a neighbouring pig farm (a pollution complaint,
    OOS.ENV) and the 镇委办's reply; the board's title, name, time and signature lines and the
    salutation "网友“文强”：" cut.
21  其他: a 生态环境分局's cutting off a brickworks' power; the forum's edit line and title and the
    trailing "|" cut.
22  其他: a commentary on 禁烧 fines and the 压力型体制; the title and the heading "一、罚款谁来交？"
    cut; ends before the truncated 安徽 paragraph. No official accused.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH161: list[Item] = [
    # 01
    ('http://heb.hebei.com.cn/system/2013/10/24/013032654.shtml',
     '据中国之声《新闻和报纸摘要》报道，治理大气污染，河北在行动，但是记者在邯郸调查发现，当地农工委牵头开展秸'
     '秆禁烧工作，发现一处着火点罚款一万元，以罚代管，罚款还进了个人账户受到质疑。邯郸从市到村，各级领导对禁烧'
     '秸秆这项工作抓得很细。对一线乡镇或者村干部来说，完全杜绝村民烧秸秆并不现实，可是一旦被邯郸市农工委进乡入'
     '村的巡查人员发现着火点，后果就是行政处分，外加经济罚款。邯郸市磁县农工委常务副书记李富山：李富山：一把火'
     '罚一万，按着火点罚。记者：那要是着的面积大呢？李富山：一平方米顶一把火。罚款不是目的，关键要通过罚款造成'
     '一个高压态势。找到点火责任人，罚款该由当事人出，找不到村里出，不过，一般都得乡镇买单。一面交罚款，一面乡'
     '镇干部却是一肚子苦水。乡镇财政经费一年只有一二十万，交的上罚款真得四处想办法。知情人士：没有什么经济来源'
     '，就是靠县里拨些经费，再有就是自己想办法，借钱之类的。更有知情人士反映，这项举措已经实施了两三年，今年他'
     '们乡的禁烧罚款已交，但收据还没开，让他疑惑的不仅是罚款依据，钱更是打到了建行账户，一位梁姓个人名下。知情'
     '人士：既然是罚款，就把单位的财务账号告诉我们就行了，给一个个人的账号。这些钱去向到哪儿去了？',
     'in', None, False, ['形式主义官僚主义', '廉洁纪律'],
     []),
    # 02
    ('https://kantie.org/news/548439159',
     '“基层治理不能光在“罚”上下功夫，采取“堵”“疏”结合的方式，才是治理要义。”近日“一名92岁老人手举检'
     '讨的照片”引发网友关注相关话题登上热搜榜据悉事件当事人为陕西汉中南郑区濂水镇一位92岁老人因烧秸秆被罚款'
     '100元并写检讨该检讨中称“没按上级严禁秸秆焚烧的要求在地里焚烧秸秆已知道自己的错误愿意接受处罚永不再烧'
     '秸秆”落款日期为9月4日濂水镇政府6日回应称相关处罚是按照南郑区的文件要求执行的据了解，南郑区对焚烧秸秆'
     '最高罚款为500元7日凌晨事发地汉中市南郑区濂水镇发布情况通报回应此事称刘某某（92岁，男）手持检讨书的'
     '照片系流西河村村委会委员李某某拍摄并发至村民微信群目的是起到警示教育作用据通报濂水镇党委副书记带领李某某'
     '登门向刘某某及家属当面致歉并退还100元罚款获得了刘某某及家属谅解两名相关责任人因工作行为和方式不当被处'
     '分',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     [('李某某', '村委会委员', '流西河村')]),
    # 03
    ('http://135zwxs.com/info/1286/148530.htm',
     '近期，隨著氣溫的逐步回升，我市春耕備耕陸續開始，焚燒農作物秸稈現象時有發生。1月14日，忻府區豆羅鎮關城'
     '村村民郭茂井在自己的耕地內焚燒已粉碎的秸稈。2月25日，原太高速路原平服務區附近農田內村民焚燒田地雜物。'
     '2月25日，《網情摘要》第10期刊登報道大運高速和忻阜高速互通西南方向焚燒秸稈。這3起違規焚燒農作物秸稈'
     '事件，雖未造成嚴重后果，但也受到了市委、市政府有關領導的高度重視和社會各界及媒體的廣泛關注。特別是發生在'
     '主要交通干線的焚燒秸稈問題，不僅影響交通安全、大氣環境，而且影響忻州的政治社會形象，同時對森林防火工作造'
     '成很大隱患。依據《中國共產黨紀律處分條例》、《國務院行政機關公務員處分條例》、《山西省森林防火行政責任追'
     '究暫行規定》和《中華人民共和國治安管理處罰法》等有關規定，忻府區和原平市對違規焚燒秸稈人員及相關責任人依'
     '法依規做出如下處理：1、對忻府區豆羅鎮關城村村民郭茂井由派出所進行訓誡，罰款500元，并在高音喇叭作出公'
     '開檢查；豆羅鎮黨委政府對關城村黨支部書記、村委會主任作出通報批評；忻府區委、區政府責成區紀委監察局對豆羅'
     '鎮黨委、政府有關責任人進行調查處理。2、對忻府區部落村包片領導楊成云處以1000元罰款，對巡查責任人張成'
     '牛、崔銀有、王金海、崔貴生、張建文分別處以300元罰款；給予部落村分管領導楊成云黨內警告處分；',
     'in', None, False, ['工作纪律'],
     [(None, '黨支部書記、村委會主任', '關城村'), ('楊成云', '包片領導', '部落村'), ('張成牛', '巡查責任人', None), ('崔銀有', '巡查責任人', None), ('王金海', '巡查責任人', None), ('崔貴生', '巡查責任人', None), ('張建文', '巡查責任人', None)]),
    # 04
    ('http://www.10086mp3.cn/129.html',
     '“遵义市播州区党委在‘回头看’期间公然违反政治纪律，大量编造虚假文件应对督察，弄虚作假，性质十分恶劣。”'
     '2019年5月，中央第五生态环境保护督察组向贵州省反馈“回头看”及专项督察情况，公开通报该起典型案例。原'
     '来，该区党委临时编造了10份常委会会议纪要，其中涉及传达学习领导讲话精神及《环境保护法》等有关环保法律法'
     '规、重要文件等内容的会议纪要6份，涉及安排部署中央环境保护督察整改工作的会议纪要4份。实际上，从近年来通'
     '报的中央环保督察“回头看”反馈情况看，平时不重视、临时抱佛脚、弄虚作假等问题并不少见。河南省濮阳市范县相'
     '关部门怕被追究责任，便照搬照抄濮阳市政府的相关文件，编造了《关于印发范县“十三五”煤炭消费总量控制工作实'
     '施方案的通知》，但印发日期却比市政府的文件还要早6个月，甚至比河南省级方案还提前2个月。有的地方甚至在督'
     '察和整改问题上弄虚作假、谎报瞒报，结果被抓了现行。2019年2月，湖北省武汉市城管委发布黄陂区前川社区范'
     '围内20多处需要整改的点位图片。整改时限将至，前川社区还有8处未整改。该社区相关负责人“灵机一动”，想出'
     '了“P图整改”的“妙招”，借用科技手段对这8张图片“整改一新”，作为成效上传应付整改。“在中央环保督察组'
     '离开之前，最好不要启动酸洗工序”“有需要合同的，陈某那有，派人去拿”……2018年11月，中央第三生态环'
     '境保护督察组抽查安徽省亳州市边督边改情况，魏岗镇一位微信名为“龙哥”的副镇长通过微信群“直播”督察组现场'
     '检查行程，为企业放哨站岗、通风报信，并在群内“指导”企业通过伪造合同、水冲雨水沟、临时停产等手段，应付督'
     '察组检查。',
     'in', None, False, ['形式主义官僚主义', '工作纪律', '政治纪律'],
     [(None, '相关负责人', '前川社区'), (None, '副镇长', '魏岗镇')]),
    # 05
    ('https://bancaiwang.cn/news/show-480.html',
     '常言道：世界板材看中国，中国板材看临沂，山东临沂素有“板材之都”的美称。然而，在中央环保督察组进驻临沂数'
     '日之后，临沂的板材企业全部关停，无论是小工厂、家庭作坊，还是拿到环评手续的大企业都一个不留。前几天有新闻'
     '报道，山东省对环保不作为、乱作为将要严肃问责，对违法者依法打击，不能简单一关了之、一拆了之，继四川之后出'
     '台通知叫停环保一刀切，要求各市严格执行。几天时间过去，临沂板材企业却全部被停产，断电、断气、强拆，手段无'
     '所不用其极。通知有了，可变化呢？工厂还是停工，还是没有明确的标准下达到，没有日期的停工。那这所谓的新闻报'
     '道是表面功夫还是三天热度？不止板材行业，也不止临沂，大到各行各业，乃至全国各地，环保闹得人心惶惶。各行各'
     '业被强拆、取缔的企业数不胜数，养殖业都不放过，餐饮业也被关停很多。网上的各种强行执法的视频传的沸沸扬扬，'
     '环保什么时候会结束，结束后板材业、各行各业的出路在哪呢？蓝天出现了，是用苦涩的西北风换来的吧！说好的青山'
     '绿水和金山银山都要，现在呢，百姓的生计还要吗？温饱都是问题，何谈金山银山？中央政府的政策没错，出发点是好'
     '的，各项计划都可行，可是实施起来到了下面基层为什么变了个模样？这些问题的症结到底是什么？这些失误、后果不'
     '应该让百姓来承担，人民的公仆不应该是保护人民的吗？而现在看到那些执法人员真的可怕，不是老百姓好欺负，而是'
     '执法人员太强悍，大路上没了人影，曾经的板材城成为了空城。',
     'in', None, False, ['形式主义官僚主义', '群众纪律'],
     []),
    # 06
    ('https://news.shi-fen.com/china/201812/50-115761.html',
     '近日，河北曲阳县环保局官方微信公众号“曲阳环保”发布《我县拘留2名燃烧散煤用户》一文，称自11月26日起'
     '共查处34名违规燃用劣质散煤人员，其中有2人不听劝导二次违规被行拘，并配上两名当事人接受询问的照片。此事'
     '曝光后引发广泛争议。仅仅燃烧散煤就被行拘，这一行为于情于法于理本就已经矫枉过正，但更耐人寻味的还有当地官'
     '方口径的一变再变——引发舆情后，先是曲阳县大气污染治理领导小组办公室（下称“大气办”）工作人员称，“对于'
     '违规使用劣质散煤的村民，第一次发现只是训诫，不听劝阻继续使用的才给予治安拘留”；之后，该县环保局工作人员'
     '又称，标题可能“措辞不当”，被拘用户系不听劝阻二次使用劣质煤；没过多久，曲阳县政府又发文致歉，称内容有误'
     '，当地未拘留过燃用劣质散煤用户，只给予了批评教育。环保局以及大气办都曾承认的事，却被县政府一纸通告否定为'
     '“误会一场”。如此翻云覆雨，难免会让公众对于事件的真相云里雾里。更何况，还有一些细节不能不提——根据曲阳'
     '县政府官方网站公开资料，11月底，当地连续召开三次空气质量会商工作会议。在会议就治理散煤污染问题提出的1'
     '0项措施中，就包括“对污染空气环境的人员进行拘留，电视台负责跟踪报道，对发现的负面典型公开曝光”等高压措'
     '施。',
     'in', None, False, ['形式主义官僚主义', '滥用职权'],
     []),
    # 07
    ('http://blg686.com/news/article/JK940EMB0541AQW6.html?clickfrom=subscribe',
     '廣東省揭陽市惠來縣神泉鎮，這個素有中國“魚糜之鄉”的漁港小鎮，上百年來形成的魚丸等特色產業，在當地環保部'
     '門選擇性、釣魚式，甚至公開宣稱“殺雞儆猴”式執法的亂政治理之下，多家小型加工企業，正面臨著一場生死之劫。'
     '多家被處罰企業因對環保執法程序的正義性存疑，要求揭陽市生態環境局惠來分局（下稱“環境局惠來分局”）向全社'
     '會公開此次執法處罰的標準、被檢查100多家企業的水樣檢測報告，以求公平公正。結果，該局一奚姓副局長卻這樣'
     '表示：被處罰企業無權知道其他企業的檢測結果，也沒有資格知道，就是殺雞儆猴，想處罰誰就處罰誰！惠來縣神泉鎮'
     '是一個海濱小鎮，臨海水產養殖、海產品加工等特色產業，一直是當地人賴以謀生的重要方式，帶動產業鏈上下游近萬'
     '人就業，當地政府也對此予以大力的支持。據統計，該鎮海產品加工企業共有114家。近年來，隨著環境保護意識的'
     '加強，惠來縣神泉鎮的環保問題也日益得到重視。早在2020年，惠來縣相關部門向轄區內海產品加工企業發出通知'
     '，需配套上污水處理設備。但有意思的是，當時僅有惠來長榮食品公司、惠來元興海產品經營部、惠來鵬騰食品公司、'
     '惠來縣惠煌食品公司、惠來海裕食品加工廠、惠來縣神泉鎮沃角管區裕隆興食品廠6家，被要求進行污水處理設備的安'
     '裝配套。',
     'in', None, False, ['滥用职权', '形式主义官僚主义'],
     [(None, '副局長', '揭陽市生態環境局惠來分局')]),
    # 08
    ('http://m.zhujiage.com.cn/article/841743.html',
     '在退养工作开始前的摸底清点阶段，整治办的工作人员就几乎全军覆没：要么在收受养殖户的现金或礼品后，对养殖户'
     '多报的养殖数目不予核实；要么对不符合补偿条件的建筑物，甚至将鸡舍鸭舍等当作猪圈，纳入补偿范围；要么与村民'
     '勾结，假冒养殖户上报，共同瓜分补偿款。近年来，福建厦门市集美区全面推进生猪退养，各镇街相继成立生猪养殖污'
     '染整治工作领导小组（以下简称整治小组），由镇街领导任正副组长，并抽调部分镇街干部、村居防疫员，成立生猪养'
     '殖污染整治办（以下简称整治办），负责具体执行工作。然而，在厦门灌口镇的生猪养殖污染整治过程中，出现了塌方'
     '式腐败现象。有这样一组数字：整个系列案涉案人数达19人，其中7人因涉嫌犯罪被移送司法机关处理；整治办作为'
     '临时工作机构，除内勤之外，9名工作人员中竟有8人被查出收受被征迁户礼品、现金或者利用职务之便骗取补偿款；'
     '3人合伙制作虚假材料，骗取政府补助奖励金47万余元；整治办原主任收受他人现金27万元，原副主任收受他人现'
     '金14万元。近日，集美区纪委办案人员在接受本报监督在线记者采访时总结该案，这是一起发生在群众身边的微腐败'
     '典型案例，具有塌方式、链条式腐败特点。2016年以来，集美区纪委收到多封群众举报信，反映灌口镇生猪养殖污'
     '染整治工作领导小组存在严重腐败问题，引起区委领导高度重视，区纪委、区检察院、区审计局三家随即联合成立调查'
     '组，对灌口镇生猪退养工作进行调查。通过走访现场，分析材料，调查组果然发现了问题。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [(None, '原主任', '整治办'), (None, '原副主任', '整治办')]),
    # 09
    ('https://epaper.nfncb.cn/nfnc/content/20200625/Articel09007MT.htm',
     '5月下旬，浙江省杭州市富阳区新登镇长兰村村民金某收到一笔17000元的补偿金。至此，困扰他一年多的养猪场'
     '关停事件风清云散。一个多月前，金某向杭州市纪委监委实名举报：“新登镇原区域发展与治理中心干部寿松元接受监'
     '管服务对象宴请，优亲厚友、吃拿卡要，同是养猪场关停，造价低的能赔24万，造价高的却只赔18万……”富阳区'
     '纪委监委成立调查小组，向金某了解情况。“凭什么寿松元这么定标准？他一句话就扣了我们3万5千元补偿费！隔壁'
     '冯某的猪舍只是用油布简陋地搭了下，竟然比我红砖砌成的猪舍多赔4万元。”金某愤愤不平地表示。在谈话中，调查'
     '组发现评估公司对金某猪舍的评估价达到21万，但新登镇在关停协议中没有采用这一价格，而是按照面积计算的补偿'
     '金额。“难道关停协议上有人做手脚？”在查找翻阅当年政策文件后，调查小组发现新登镇的做法并没有错误：金某、'
     '冯某的养猪场都属于限养区，根据猪舍面积给予每平方300元的关停补助符合当时政策。问题又来了。两家养猪场，'
     '哪怕成本一样，同样政策下都不该出现如此大的赔偿差异，何况成本多少一目了然？调查组决定走访冯某。在谈到历年'
     '补助款时，线索浮现：冯某早在2016年的时候就申报过9万元的生猪养殖污染治理补贴，在2018年养猪场关停'
     '时又重复享受了这一补偿。原来，为了推进长兰村风情小镇建设，2018年下半年新登镇政府对金某、冯某等村民的'
     '养猪场实施关停。作为经办人的寿松元，在明知冯某等养殖户已获得过补助的情况下仍然给予重复补偿。',
     'in', None, True, ['群众纪律', '八项规定'],
     [('寿松元', '原区域发展与治理中心干部', '新登镇')]),
    # 10
    ('http://satrik.com/shyf/fajiedongtai/2014-12-09/249107.html',
     '浙江省海鹽縣環保局在清污的同時，也成為被“清污”的對象：迄今為止，上至局長下至普通工作人員，已有6人因受'
     '賄落馬。近日，海鹽縣環保局原局長朱曉芳因涉嫌受賄罪被該縣檢察院依法提起公訴。此前，該單位宣傳教育信息中心'
     '原主任張海明、生態科原科員張健、環境監察大隊原副大隊長陳亞偉、環境監察大隊原工作人員平昊飛等4人，分別被'
     '法院一審以受賄罪判處有期徒刑七年零六個月至十一年零三個月不等。據了解，擁有環保執法權的環境監察大隊工作權'
     '力不小，包括依法開展環境保護行政執法、現場監督檢查，參與環境污染事故、環境糾紛的調查處理，等等。但缺乏監'
     '督的權力是滋生腐敗的“溫床”，過多的權力讓環境監察大隊成為了最容易被腐敗侵蝕的部門之一。平昊飛1998年'
     '進入海鹽縣環保局工作，2003年起擔任單位環境監察大隊監察員，直至今年2月辭職。工作期間，平昊飛結識了某'
     '塑料制品廠廠長樓某。“2011年8月，平昊飛到我辦公室聊天，我跟他講起塑料粒子很賺錢，但是原料弄不到。”'
     '樓某事后交代說，平昊飛說自己有關系能弄到原料，并且給他介紹了馮某。到了當年10月，馮某就幫樓某拿到了海鹽'
     '一家造紙廠生產廢料回收的協議。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('朱曉芳', '原局長', '海鹽縣環保局'), ('張海明', '宣傳教育信息中心原主任', '海鹽縣環保局'), ('張健', '生態科原科員', '海鹽縣環保局'), ('陳亞偉', '環境監察大隊原副大隊長', '海鹽縣環保局'), ('平昊飛', '環境監察大隊原工作人員', '海鹽縣環保局')]),
    # 11
    ('https://zi.media/@yidianzixun/post/xD3GEe',
     '控告人：廣東省惠州市博羅縣泰美鎮良田村委：下埔村、增龍村、窯下村、下園村、下一村、下二村；博羅縣羅陽鎮東'
     '坑村委：東坑村、黃泥塘村、東龍村、面頭村、竹園圍村、蛇坑村等兩個鎮、兩個村委、十二個村及近萬民眾。被控告'
     '人（一）：惠州雲海鎂業有限公司（以下簡稱雲海鎂業）被控告人（二）：博羅縣環保部門及涉嫌對雲海鎂業排放劇毒'
     '氣體，污染環境、噪音擾民、嚴重毒害周邊百姓違法犯罪的「保護傘」。控告請求：（1）依法查實所控告內容，課以'
     '犯罪人云海鎂業長達二年多排放劇毒氣體，污染環境、噪音擾民、嚴重毒害百姓身體健康、腐蝕門窗等建築物，破壞土'
     '壤性質等犯罪的刑事和民事責任。（2）實事求是，依法嚴查博羅縣有關環保部門不作為、假作為、欺上瞞下，縱容雲'
     '海鎂業持續毒害老百姓的行政行為。追究「保護傘」的責任，並責令該廠立即停產停業，停止污染、毒害村民。事實與'
     '理由：惠州雲海鎂業有限公司自2015年到惠州市博羅縣泰美鎮良田村建廠投產以來，每天24小時不間斷冶鍊鎂、'
     '鋁等廢舊金屬，排放大量劇毒氣體、噪音擾民，對周邊群眾和環境造成嚴重損害和污染，其熔解過程中產生的氯氣、氟'
     '化氫、鹽酸霧、硫化氫等致癌劇毒有害氣體，嚴重超標，嚴重腐蝕了周邊建築物的門窗，破壞了土壤性質，污染了水源'
     '。時刻排放的刺鼻氣體，嚴重導致了村民嘔吐、頭暈、噁心，呼吸道發炎等癥狀，嚴重損害了村民的身體健康。',
     'in', None, True, ['工作纪律', '形式主义官僚主义'],
     []),
    # 12
    ('https://www.gqgt.com/zcpg/156749.html',
     '2023年4月17日，湖北省襄阳市纪委监委网站通报一起生态环境保护领域失职失责问题典型案例。通报称，20'
     '19年11月，襄州区环境监察大队四中队原负责人丁某某、原工作人员李某在处理一起企业污染土壤环保案件时，未'
     '按规定程序调查取证、送达执法文书，造成不良社会影响。2022年12月，丁某某受到党内警告处分，李某受到政'
     '务警告处分。红星新闻记者调查发现，上述污染土壤环保案发生于当地一家大型企业的上市筹备期。污染发生后，负责'
     '该企业旧厂房拆迁的建筑公司老板发现，在自己“不知情”的情况下，其公司受到当地环保部门的行政处罚，并因此上'
     '了征信黑名单。其质疑自己的公司被拿来“顶包”，并开始长期举报，要求相关部门查清真相。2022年10月，襄'
     '阳市襄州区纪委监委针对此事作出初步核实情况报告，其中显示，经襄州区纪委监委初步核实，反映人所反映的相关问'
     '题，经查基本属实；责成襄州区环保分局对相关问题进行重新调查处理，根据调查情况明确责任主体进行行政处罚。2'
     '019年12月16日，因为年底要给工人发工资，武汉格瑞建筑工程有限公司（以下简称武汉格瑞公司）法定代表人'
     '朱明到银行办理续贷业务。在银行柜台，工作人员告诉他“贷不了”。对方说其征信有问题，并用手机截屏出示了相关'
     '信息。“我当时就蒙了。”随后，在国家企业信用信息公示系统上，朱明查到自己公司已经被列入严重违法失信企业名'
     '单。相关信息显示，武汉格瑞公司在一月前的2019年11月18日受到行政处罚，决定书文号为“襄州环罚字［2'
     '019］30号”；违法行为类型为“未采取相应防范措施，造成危险废物扬散、流失、渗漏”；处罚内容为“罚款伍'
     '万伍仟元整”。',
     'in', None, True, ['工作纪律', '滥用职权'],
     [('丁某某', '原负责人', '襄州区环境监察大队四中队'), ('李某', '原工作人员', '襄州区环境监察大队四中队')]),
    # 13
    ('https://www.163.com/dy/article/K2MV1VBE0556DIK6.html',
     '两年前，一场秸秆禁烧纠纷，让两个53岁的人阴阳相隔。村支书蒋某萍，当职多年，负责守好禁烧红线。种地的胡某'
     '清，小学没毕业，守着田埂过活。两人同村，平日无冤无仇，偏因一把火成了死局。2023年9月2日下午四点，胡'
     '某清在田里点了秸秆。蒋某萍巡逻撞见，上前劝停，对方不听。她掏出手机要拍照取证，胡某清急红了眼。地上的锄头'
     '举起来，几下砸向蒋某萍的头。人当场没了，胡某清跑了一天一夜，最终自首。法院判了死刑，上诉没用，2025年'
     '4月29日，注射执行。烧秸秆，农民说“老辈传了几千年”。说是能肥田，能杀虫，图个省事省钱。可政策不让烧，'
     '说污染空气，有火灾风险。秸秆还田？操作不好根烂虫多，种地成本反而涨。农民犯难，干部也犯难——上边要执行，'
     '下边要活人。蒋某萍单枪匹马劝，直接掏手机要举报，矛盾激化了。要是先帮忙灭火，喊几个村干部一起劝，悲剧能躲'
     '不？这事儿给基层干部提了醒：硬邦邦的态度，解决不了软乎乎的矛盾。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://gfzgtsr6ayzcnyrald7upuh4qruzqwafgpfztk4s32bdmpryokxa.arweave.net/JBP2rFDv_DiGHXKoUJ-RYuVuCQE_BxsEhWV1ozd1fpg',
     '原告贺学兵诉被告重庆市荣昌区兴荣环境综合整治有限责任公司（以下简称兴荣公司）水污染责任纠纷一案，本院于2'
     '018年1月19日立案后，原告贺学兵于2018年5月15日申请追加重庆市荣昌区龙集镇人民政府（以下简称龙'
     '集镇政府）作为本案被告参加诉讼，本院依法适用简易程序公开开庭审理了本案。原告贺学兵及其委托诉讼代理人曾凤'
     '，被告兴荣公司委托诉讼代理人廖友谊，被告龙集镇政府委托诉讼代理人诸世禄、孔雷到庭参加了诉讼。本案现已审理'
     '终结。原告贺学兵向本院提出诉讼请求：1.请求判决被告赔偿原告从2016年1月1日起至2018年10月31'
     '日止因管道泄漏和污水倒灌造成鱼塘污染致使鱼类死亡的损失共计120000元；2.本案诉讼费用由被告承担。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.bjhlhd.com/news/show.php?itemid=122235',
     '遵義市桐梓縣一養殖場，所養的魚在去年5月、10月先后兩次出現大量死亡，累計8萬多斤。養殖場老板認為，因上'
     '游的一個攪拌站違法排污給自己造成損失，于是提出共計190余萬元賠償。11月25日，仁懷市法院對該案作出判'
     '決。該案的原告方貴州某水產養殖有限公司（以下簡稱“水產公司”），于2019年初在桐梓縣新站鎮修建水產養殖'
     '設施，發展鱸魚養殖，共投入資金1000余萬元。2019年5月，該項目建成并投產正常經營，從新站小水河中取'
     '水養殖鱸魚。然而，被告某工程有限公司（以下簡稱“工程公司”）承包高速公路建設項目過程中，卻在養殖場上游1'
     '公里左右的地方自建了一個混凝土攪拌站。水產公司認為，被告方自建的混凝土攪拌因違法排污，造成河水污染，并引'
     '發河中魚類大量死亡，自己的養殖場，也不幸中招。公司曾向環保部門舉報，環保部門也現場進行調查并下達整改通知'
     '書，但被告方并未整改。2020年5月，因攪拌站排污量持續增加造成下游的魚池用水被污染，大魚、魚苗死亡近2'
     '千斤，價值50余萬元。水產公司稱，他們多次向相關部門反映，要求責令被告停止污染并賠償損失，一直未得到解決'
     '。2020年10月，攪拌站排污量又持續增加，河水PH值再次持續嚴重超標，造成76000余斤魚死亡，損失價'
     '值137萬余元。此外還有處理死魚支出的人工工資、運輸等費用7000元。水產公司認為，正是由于攪拌站違法排'
     '放廢水導致小水河環境污染，給自己造成重大損失。經當地調解未果后，水產公司向法院提起190余萬元的賠償請求'
     '。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://www.hnr.cn/news/yc/pds/201406/t20140618_1307551.html',
     '进入麦收以来，也是秸秆焚烧的集中时期。鲁山县张官营乡土楼村村民喻魁因发现有人纵火焚烧秸秆，随即将破碎机开'
     '进田地进行火源分割。因没经该片土地承包户马金钟允许将破碎机开进他家田地，遂发生口角。当晚马某伙同儿子找到'
     '喻魁将其暴打一顿，送往医院后被诊断为右侧第7根肋骨骨折。6月17日上午，映象网记者在鲁山县张官营乡卫生院'
     '病房内见到了受害人喻魁。喻魁告诉映象网记者，为了搞好村里秸秆禁烧工作，土楼村成立了一个由10多人组成的义'
     '务禁烧工作组，对全村秸秆禁烧工作进行督导排查，他是禁烧工作组的其中成员之一。“6月7号下午4点半左右，我'
     '在正常的进行禁烧排查，此时发现一道截面大约有50米长的大火由村的东南方向向西北方向迅速蔓延，我赶紧把粉碎'
     '机开进田地耙开一道1.8米左右宽的隔离带，及时的控制住了火势。”喻魁对映象网记者说，当天晚上7点多，他与'
     '另一名禁烧队员张友和一同去田间排查，遇到了喝过酒的同村村民马金钟，“他见我之后不由分说就骂了起来，质问我'
     '是谁让我把车开进进他家田地了，我也跟他解释了，这也是为了禁烧工作，但马金钟一直在骂我，后在村民的劝解下他'
     '才离开。”喻魁说，事后他给土楼村支部书记张召反映了情况，支部书记告诉他会处理此事，让他先回家。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://secretchina.com/news/gb/2012/12/22/479602.html',
     '日前《看中国》记者收到一份署名陈云英的控告状，该控告状的被控告人为福清市城头镇人民政府，控告人要求政府对'
     '其猪舍强拆所造成的损失进行赔偿，并追究相关责任人的法律责任。2009年9月18日，陈云英位于南田村南田坪'
     '山坡上的猪舍遭到城头镇人民政府的强拆，据控告状的描述，当天凌晨5点左右，当地政府组织公安、城管，以及社会'
     '地痞流氓等400多人，以两部挖掘机强行拆除陈云英所经营的1800多平方米左右的猪舍，致使生猪被砸死，一些'
     '猪因无水饮用活活渴死，而一些跌落水塘的猪被淹死，造成经济损失超过295万。陈云英于2003年开始经营养猪'
     '场，后逐步发展并达到一定规模，过程中受到政府的肯定与支持。2009年，福清市政府以环境污染问题要求当地养'
     '猪户关闭养猪场。陈云英于9月13日收到福清市城头镇政府的拆除通知，将于9月20日进行拆除，但18日凌晨，'
     '却在无预警的情况下，对陈云英的猪舍进行强拆。一位当地了解该事件的陈姓居民表示，政府当时说是20日要拆猪场'
     '，但18日提早两天就强行拆掉了。“政府派了很多人强行拆迁，我们根本没办法，实在没办法。”据陈云英的女儿陈'
     '品仙讲述，镇政府以环境污染问题为由，对当地养猪户进行拆除。陈品仙：“我们建猪舍的时候，是逐步发展起来的，'
     '当时政府也没有说对环境有什么要求。到强拆的时候就以污染为借口，但是我们根本没有污染到他们所说的那两个水源'
     '。”',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://www.handmsg.com/page/2009/0101/26796167.shtml',
     '2008年11月10日，廣東東莞東城區梨川鄉大街村大王洲村民祁柏祥，氣憤地向筆者講述起自己的不幸。祁柏祥'
     '介紹說，2005年11月8日，東城區辦事處以“四清理（清理違法搭建、清理違法用土、清理養殖業污染、清理無'
     '證照經營）”為由，在沒有任何法律手續的情況下，組織了公安民警、治安隊員、城監人員和各自然村的干部、辦事處'
     '干部一百多人，對他們家的養豬場的生產設施和房屋進行了強拆。“那個場面太凄慘了，由不得我們的同意、更由不得'
     '任何的思想準備，多輛警車、上百號人壓向我們的養豬場，眨眼之功，挖掘機就推倒了我家的2000多平方的豬舍及'
     '其它附屬設施。”祁柏祥的妻子向回憶當時的情形，仍心存余悸。“700多頭豬是躥的躥、死的死，最后點數還剩下'
     '400多頭；更讓人不忍目睹的是，當時他們來強拆時，我們有10多頭母豬正在產仔，和他們好說歹說再停一會兒，'
     '可這幫人仍沒有半點人性，毅然推倒了母豬產房，那情形和當年遇上鬼子進村沒有什么兩樣！”早在1990年，他們'
     '父子三人開始承包本村40多畝魚塘搞養殖，1993年，市場放開，豬肉價格上漲，政府鼓勵（每頭母豬每年補助1'
     '3元）并號召發展立體養殖，他們從村里借了一筆款，又從銀行貸款一百多萬，建成3000多平方米的母豬立體養殖'
     '場，此后又陸續投入大量資金建成立體養魚養豬的養殖場，2004年開始逐漸有了可觀的收入。',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://www.51zhujia.com/technology/yangzhijishu/yangzhu/zhuchangguanli/jingyingguanli/162401.html',
     '“你的养猪场必须关停。”在打进“清廉温州”进文成活动的现场热线前，养猪户赵先生想不到，得到的竟是这样一个'
     '答案。一边是养猪户的生存，一边是500万温州人民的“大水缸”，文成县委副书记、县长王彩莲毫不犹豫选择了后'
     '者。赵先生的养猪场位于黄坦镇培头民族村。原先他的养猪场并不在这里，2011年，他听从镇里的统一安排，将养'
     '猪场搬迁至此。就在赵先生以为养猪事业正有一个全新开始时，镇里的态度却突然发生了急剧转变。2013年，黄坦'
     '镇政府要求赵先生停止养猪。赵先生很生气，“我养了好几百头猪呢，如果不让我养，我全家怎么生存？”尽管发出了'
     '呐喊，但赵先生的呼声却没有得到黄坦镇政府的同情，相反，镇政府却以强硬的手段切断了赵先生的生计。“电压器坏'
     '了，通往养猪场的水泥路也在四个月前被挖掉，至今未修复。”赵先生不明白，他养猪养得好好的，为何镇里突然不让'
     '他养了？带着这样的疑问，他拨通了10月31日“清廉温州”进文成活动的现场热线。接听了赵先生的电话后，王彩'
     '莲表情坚决，语气果断，“赵先生，你的养猪场必须关停。”道是无情却有情。王彩莲的话事出有因。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://shuji.tmwcn.com/view?id=55466',
     '小板镇领导，您好！位于罗黄村鲁家台和荷叶市中间的养猪场，我们八组的村民多次到镇里反映要求拆除违法违规建设'
     '的养猪场，到目前前养殖老板违规承包给了另外的一个养殖户非法养猪，未办理任何环保措施，非法利用集体所有地造'
     '成环境严重污染！造成的八组百姓每天猪粪臭气污染环境中生活，天气一热，蚊子，苍蝇，到处乱飞，给居民健康造成'
     '极大影响，评为我们百姓做主，彻底拆除违法所建，违法所养殖，还集体一个好的环境！天门多地今年严格关闭对居民'
     '造成环境污染的养殖场，相信我们镇领导也能排除万难，为百姓生计健康做出努力！您好！感谢您对小板镇工作的关心'
     '。经调查核实，您反映的养猪场属中小养殖场，按天门市2018年畜禽养殖粪污综合治理相关规定，该养殖场已于2'
     '018年10月份完成了雨污分离、干粪收集、三级沉淀池等相应配套升级整改设施建设，并通过了小板镇和市畜牧局'
     '验收。小板镇始终会加强对全镇各养殖场设备设施使用的监督管理，对整改升级验收不达标或拒不接受整改的养殖场坚'
     '决依法依程序给予关停拆除。再次感谢您对小板工作的关心、理解和支持。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.szbbs.org/thread-1535842-1-1.html',
     '11月13日上午，随州高新区生态环境分局会同曾都区供电公司、淅河镇政府，出动执法及工作人员10余人，对位'
     '于淅河镇高岗村的一家水泥砖厂采取断电措施，供电工作人员现场切断了该砖厂生产用电接口，使该砖厂不再具备恢复'
     '生产的条件，消除了环境污染隐患。该砖厂因粉尘、噪声污染，系2018年中央环保督察“回头看”交办的信访件。'
     '在高新区生态环境分局和淅河镇政府的督办下，砖厂经营人于2018年底自行拆除了生产设备。2020年5月，高'
     '新区生态环境分局在日常巡查中发现该砖厂重新安装设备，擅自恢复生产，经多次督办，砖厂经营人拒不停止生产。2'
     '020年8月，经报市生态环境局批准，依法对其立案，2020年9月下达行政处罚决定书。根据《供电监管办法》'
     '有关规定，高新区生态环境分局报请市局致函曾都区供电公司，对其采取断电措施，得到供电部门的积极配合。下一步'
     '，该局将加强巡查，防止反弹。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.szhgh.com/Article/gnzs/farmer/2023-04-24/325415.html',
     '近日，有媒体报道称“黑龙江185人因违规焚烧秸秆被处罚1.782亿元，人均罚款96.3万元”。记者在黑龙'
     '江省人民政府检索到，这1.782亿元是发生在2022年11月1日—12月15日期间。为什么罚这么多钱？这'
     '些钱谁来交？秸秆禁烧存在哪些问题？基层治理付出了什么代价？4月19日，黑龙江省生态环境保护综合行政执法局'
     '局长王凤华在接受红星新闻记者采访时表示：“必须要澄清的一点是，1.782亿是直接扣拨地方财政资金，跟焚烧'
     '秸秆的农民本人无关，此次对农民并无实际处罚。扣拨的资金我们最终还是‘用之于民’，用来奖励那些禁烧工作推行'
     '较好的地区。”这个回应大体符合事实，因为目前秸秆禁烧工作“痛点”除了存在于政府与农民之间，还存在于政府部'
     '门和政府层级之间，这又与我国当前执行秸秆禁烧的工作机制有关。目前地方层面在执行秸秆禁烧工作中，主要依赖属'
     '地管理，将禁烧任务层层下压，所谓层层压实责任，各级对上订立“军令状”，而各级通常都以“政治任务”话语向下'
     '加压，层层下压直到村一级。很多地方最终会将禁烧任务与个人责任挂起钩。在这种压力型体制之下，为了保证基层在'
     '这项工作上的动力，上级部门的工作方式无非奖惩两类。即对禁烧工作的“优等生”进行奖励，对“差等生”进行惩罚'
     '。惩罚下级的方式中就包括罚款，既有对部门的罚款——上级政府对下级政府工作的奖惩，也有对个人的罚款——对包'
     '保责任人进行奖惩。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH161, "fresh161")
