"""Sealed batch fresh182: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh180th.py; the batch and its row ids are "fresh182".)

Theme: officials' words online and in chat groups: a 住建局长's lewd line in a work group, a
village cadre cursing reporters in a village WeChat group, cadres' rumours and jibes in WeChat
groups punished as breaches of political discipline, officials liking friends' posts in office
hours, a police chief's "灭门" threat to a journalist, a 老乡会 WeChat group run by a ministry
cadre, boasts of wealth online by a 纪委 worker and a state-firm employee, a vice-governor
cursing netizens on 微博, villagers and owners removed from official chat groups for what they
said, 街道 staff travelling to another city to warn an owner about his group posts; out items
are private persons' insults and defamation in WeChat groups and on 微博 (police and court
cases, one against a village committee for removing a member), an owners' quarrel with their
业委会, a question on photos posted online, a debunked rumour about 城管, an essay on village
WeChat groups and one on public servants' live streaming. Sources (stored-pages search): a
forum copy of the 联合报 report on 耿卫平; a senqingzn page on the 裴劉村 cadre D某 (traditional);
a copy of the 洞頭 纪委 report on 楊某 (traditional); the 青岛新闻网 copy of the 上游新闻 report
on the 马边 通报; a shyushe copy of the 汉中 通报 on 陳國琴, 符春黎 and 何景林 (traditional); a
commentary on 朱天祥 (the article's second page); a jizihe copy of the 廉政瞭望 piece on 董某
(traditional); a zhongliuw summary of the 朱某 and 周 cases; a DW page on 陳鳴明 (traditional); an
e-com-net post on removal from a village group; a haomeiwen post on 彭鹏; a yooqur forum reply;
out: a 敖汉 police report, a 人民法院报 report on a 罗湖 group quarrel, a 槐荫 court report, a
融安 court report, a 古藺 court report (traditional), a 搜狐 story on a 浦东 业委会, a lawparks
question and answer, a 西安 police rumour notice, a haomeiwen essay and a 网易 essay. Six texts
are in traditional script (items 2, 3, 5, 7, 9, 17; the glossing pinyin of the pages' converted
copies removed in 2, 5, 7 and 17).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, forum and site lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers (no number needed the exception after the cuts); stray spaces after full stops and
before a comma removed (001, 009). Page oddities kept: the unclosed 「 twice in 001, the simplified forms in the
traditional 002 ("干部", "什么", "公仆") and 017 ("后", "并", "于"), "工作地点在在上海" and the spaced " OP " (012),
"1.", "2." as list marks (005), "蒌某" (004), "这付德行" and "异义" (006), "美國國" (009).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; the staff of public schools, kindergartens and state firms count, as in
fresh127th.py), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Reporters, victims, witnesses, private persons and officials who only handled, investigated,
announced or answered are not accused; an organ or an unnamed group accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name, "原" kept) and units as written; unit None when the text ties the person to no
named unit. Topics only from the twelve names of triage.md; an official's own abusive, lewd or
boastful words online are 生活纪律 (taxonomy IS.LIF.04); rumours, incitement and jibes at the
纪委 in cadres' groups are 政治纪律 as the 通报 treat them, a 老乡会 group too (IS.POL.02); chat in
office hours is 工作纪律; silencing or bullying members of the public is 群众纪律. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 5 (013-017), 个人利益诉求 2 (018, 019), 其他 3 (020-022). 17 accused
entries, all in items 1-11: 7 with a full name (耿卫平, 吉寿坚桑, 陳國琴, 符春黎, 何景林, 朱天祥,
陳鳴明), 7 masked (D某, 楊某, 田某, 蒌某, 汪某, 董某, 朱某), 1 surname only (周, see 008), 2 post
only. Item 012 is in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Forum copy of a 联合报 report: forum lines, headline, "[复制链接]", the byline and the caption
    "示意图/ingimage" cut (the caption-like lead before it too); ends before the truncated 燕赵都市报
    sentence. ('耿卫平', '局长', '任泽区住建局'): first with the name as "任泽区的住建局局长耿卫平",
    the unit as in "任泽区住建局局长" (hard). The 徐姓 and other staff are witnesses; the 纪委信访办
    worker only answers. 生活纪律 only.
 2  A senqingzn page, traditional with simplified forms; the lawyer's line "如有侵權請聯系…" cut;
    two garbled sentences of the stored copy ("村民們?nèi)虩o可忍…", "嚴重?fù)p害了政府的公信力…") and
    the question "那么，村民為何要舉報這位D某呢？" that the first one answers; the "當地政府…監管是否形同虛設"
    sentence (garbled) cut too. ('D某', '村干部', '裴劉村') ("化名" kept in the text). His curses on
    reporters are retaliation: 群众纪律, with 生活纪律 for the words themselves.
 3  Traditional; whole page. ('楊某', '干部', '洞頭區綜合行政執法局') as first written; he also heads
    the 大門中隊 (not taken as position). The text names 政治紀律: 政治纪律 only.
 4  The caption "网络流传的马边县纪委违纪通报。受访者供图" cut (twice); ends before the truncated
    sentence after "并非偶然". 吉寿坚桑 is first written with the unit only ("马边县人大教工委吉寿坚桑"),
    the post follows: ('吉寿坚桑', '主任', '马边县人大教工委'). The three named likers as written:
    ('田某', '人大副主席', '民建镇'), ('蒌某', '四级调研员', '下溪镇'), ('汪某', '副局长', '马边县税务局');
    the other four are unnamed. Hard: chat in office hours could be read as too slight for in;
    the 通报 punishes it as 工作纪律.
 5  Traditional (shyushe copy; the 0916001 forum copy of the same 通报 has junk strings and is
    truncated); ends before the truncated "相關部門提醒…". ('陳國琴', '所長', '鎮巴縣興隆鎮財政審計所'),
    ('符春黎', '教師', '鎮巴縣育才幼兒園') (a teacher of a public kindergarten, punished by the 教體局;
    hard), ('何景林', '黨組成員、副局長', '鎮巴縣農業農村局'). 政治纪律 (the copy's own heading
    calls them 謠言 and 不當言論; the forum copy says 违反政治纪律).
 6  The stored page is the commentary's second page; it starts at "可朱局长话锋一转"; "文/郑智银"
    cut. ('朱天祥', '党委书记、局长', '崆峒公安分局') (first with the name; he is "朱局长" before).
    The 平凉市公安局 only investigates. 滥用职权 (a police chief's threat over a report) and 生活纪律.
 7  Traditional; "文/雨 柔" cut; two garbled sentences ("群?jiǎn)T": the 秘书长助理 and "有事找群員"
    sentences, the second carrying the 权钱交易) cut, and the truncated article 68 quote cut, so
    the text ends at "董被追究黨紀責任。". ('董某', '局級干部', None): "某部委" names no unit. Only
    政治纪律 (老乡会, IS.POL.02) is left after the cuts.
 8  A summary page: headline and the three numbered heads cut; ends before the truncated last
    sentence. ('朱某', '工作人员', '长沙市芙蓉区纪委') and ('周', '员工', '江西省国有资本运营控股集团'):
    the page calls her only "周" throughout (a surname; hard, could be (None, '员工', …) as "姓謝"
    in fresh157th.py). Both boasts were found exaggerated; still in (the 不当言论 was punished,
    the 监委 is checking 周). 生活纪律 only.
 9  Traditional (DW); headline and the dateline "2013年7月30日(德國之聲中文網)" cut; the last
    paragraph (netizens' replies, truncated) cut. ('陳鳴明', '副省長', '貴州省'); the netizens'
    demand to declare his assets is not labelled as an allegation of 廉洁 (hard). 生活纪律.
10  A first-person post; title and the "你可能感兴趣的" line cut. The writer was removed by "村领导",
    called "一村公权力拥有者" and "土皇帝" in the singular: (None, '村领导', None) (hard; could be read
    as the village leadership as a whole, no entry). 谭功炎 is praised, not accused. 群众纪律.
11  Mixed: the 伪物业 dispute the owner 彭鹏 spoke up on (an owners' matter) beside the removal by
    the community's group admin; in. Site lines, title and author line cut; ends before the
    truncated "社区作…". (None, '社区管理员', None) (the "B栋业主群" is no unit; hard: a community
    worker, like a community cadre). 群众纪律 and 滥用职权 ("稍有点儿权力就滥用"). Hard as mixed:
    the 物业 matter is only the reason for his posts.
12  Mixed: owners' grievances over falling house prices and the 物业 (个人利益诉求) beside 街道
    staff who travelled to 上海 to warn one of them about his group posts; in. A forum reply; "四五个
    人…地方街道政府工作人员" are an unnamed group: no entry. 群众纪律 and 滥用职权; the 公款旅游 is
    only the owner's jibe (no 八项规定).
13  涉法涉诉: a villager detained for cursing 扶贫干部 in a WeChat group; the headline and the
    "敖汉公安提示" paragraph cut. Hard: his curses carry a claim that cadres misreported his
    land ("多填报了自己的土地亩数"), but the text is the police case against him.
14  涉法涉诉: owners' quarrel in a 小区 group ending in a 名誉权 judgment; site lines, "【资料图】"
    and "本报讯 (记者…通讯员…)" cut; ends before the truncated "但他们在发言过程中…" sentence.
15  涉法涉诉: a villager's suit against the 村委会 for removing him from the village group (close
    to item 10); the heads "案件回顾", "法院审理" cut; ends before the truncated sentence. Hard: a
    village committee's act, but the text is its defence in court, no misconduct alleged.
16  涉法涉诉: a former village cadre's 名誉权 suit over 微博 posts calling him a "村霸"; site lines,
    title, byline and the sub-heading cut; ends before the truncated sub-heading "辩称粉丝少…".
    Hard: the quoted posts accuse 文中天 ("做了几十年的村干部") and an unnamed son "在融安县当官", but
    the text is his lawsuit against the poster.
17  涉法涉诉, traditional: villagers' insults in a village group and the judgment; the authors
    "王葉玲 陳攀" and two sub-headings cut; ends before the truncated judgment sentence.
18  个人利益诉求: owners' long quarrel with their 业委会 (a private body) and their complaints to
    the 居委会 and 街道办; title, date and source lines, "摘要:" and the sub-heading "不被欢迎的人"
    cut; ends before the paragraph describing the 小区 (truncated). Could be read as 涉法涉诉 (the
    知情权官司) or 其他; no official is accused.
19  个人利益诉求: a person's question on photos posted online and a lawyer's answer; the title and
    the lawyer's name line cut, one sentence citing the 民法典 cut, ends before the 第三步. Could
    be read as 其他 (legal advice).
20  其他: a police notice that a video of 城管 "逼得摊贩跳河自杀" was a rumour; headline cut. Hard:
    the rumour is an allegation against 城管, but the text reports it refuted.
21  其他: a personal essay on village WeChat groups (a rumour corrected by the 村长, donation
    certificates); ends before the truncated paragraph. The "村长家二哥" remark is no allegation.
22  其他: an essay on whether public servants may live-stream; ends before the paragraph on
    officials' 皮包公司 (general, no official named).
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH182: list[Item] = [
    # 01
    ('http://169.62.43.246/forum.php?extra=page%3D1&mod=viewthread&tid=469827',
     '大陆一微信显示名称为「耿卫平局长」的人在一个74人的「工作通知群」中发言「明天做一回吧不戴套了」。结果'
     '群聊截图在网上流传后引发热议。经查为河北省邢台市任泽区住建局局长，邢台市纪委查证属实后予以免职。22日'
     '网络上出现一则「工作通知群」的微信聊天纪录截图，纪录显示，在徐姓工作人员发布了与工作相关的消息：「请'
     '涉及生态环境治理的科室，对照《清单》将佐证材料梳理成册装订备检。随后群名称为「耿卫平局长」的人跟着回'
     '应：「涉及哪个科室请回复。赵姓、张姓、魏姓、范姓4名工作人员回复后，耿卫平局长紧接着发送消息称：「明'
     '天做一回吧不戴套了」。结果这些对话被人截图后放在网络上引发热议，并进一步查出当事人疑为河北省邢台市任'
     '泽区的住建局局长耿卫平，陆媒新京报记者23日致电任泽区纪委信访办，该办公室工作人员回应称，今日曾有多人'
     '反映此事，如果要举报可以网上投诉或发送邮件，记者问询邮箱号码，对方称不清楚，随后挂断电话。报道称，9'
     '月23日晚间，一名自称是耿卫平局长同事亲戚的中间人给记者打来电话，对截图解释称，这个传出去的东西，肯定'
     '和真实情况有差距。但对于真实情况如何，对方并未做出回复。澎湃新闻报道，24日上午，耿卫平本人称，他不需'
     '要对此事辟谣。在前述事情发生后，他于月初已经被免职。',
     'in', None, False, ['生活纪律'],
     [('耿卫平', '局长', '任泽区住建局')]),
    # 02
    ('http://www.senqingzn.com/dy/article/K2R5GMQ805457DO7.html?f=post2020_dy_recommends',
     '親愛的朋友們，你們聽說了嗎？鹽城建湖縣裴劉村那位自封“官老爺”的村干部D某（化名），其行為簡直令人瞠目'
     '結舌！在名為“和諧之聲”的微信社群中，他不僅公然對舉報人的子女進行言語侮辱，還惡狠狠地詛咒他們“斷子絕'
     '孫”。這哪里像是人民的公仆，分明是黑幫大佬附體！讓我們來回顧一下D某的“精彩表演”：在2024年6月21日那個'
     '寂靜的夜晚，他竟在97人的大群里連續刷屏，言辭粗鄙不堪，一會兒“問候”舉報人的祖宗，一會兒揚言“舉報者的'
     '子女若不受點苦，都對不起他們的出生”。更令人震驚的是，他不僅毫無悔意，還挑釁舉報人“盡管截圖，看我能怎'
     '樣”，一副“天老大我老二”的囂張模樣。然而，他們的正義之舉卻換來了D某的一頓惡語相向。這不禁讓人疑惑，這'
     '樣的人究竟是如何混進裴劉村村委會的？他連最基本的情緒管理都無法做到，更別提堅守“為人民服務”的宗旨了。'
     '他還能為村民辦什么實事？“和諧之聲”的群名在此刻顯得如此諷刺，D某的言行無疑是在激化矛盾、破壞和諧！基'
     '層干部作為政策落地的關鍵一環，本應成為群眾的“貼心小棉襖”。然而，D某卻將手中的權力當作了泄憤的工具。'
     '為何一個村干部竟敢在微信群里如此肆無忌憚地辱罵群眾？',
     'in', None, False, ['群众纪律', '生活纪律'],
     [('D某', '村干部', '裴劉村')]),
    # 03
    ('http://yhaog.com/newscenter/native/gd/20170412/t20170412_523702880.shtml',
     '記者從洞頭區紀委獲悉，上月25日，該紀委對洞頭區綜合行政執法局干部楊某作出紀律處分。該案系洞頭區近年來'
     '首例黨員干部因發表不當言論被紀律處分的案件。楊某為洞頭區綜合行政執法局大門中隊負責人，事情發生在今年'
     '3月23日。當天，楊某因其兒子就讀的溫州外國語學校校長更換問題，以“深藍·本色”的微信名在學生家長群中發布'
     '了“應該組織家長委員會，策劃方案、募集資金、組織發動隊伍封鎖市教育局”等言論。楊某身為一名黨員干部，違'
     '反政治紀律，發布不當言論，造成不良影響。洞頭區紀委決定給予楊某黨內警告處分，由該區綜合行政執法局免去'
     '楊某綜合行政執法局大門鎮中隊負責人職務，并責令其作出深刻書面檢查。',
     'in', None, False, ['政治纪律'],
     [('楊某', '干部', '洞頭區綜合行政執法局')]),
    # 04
    ('http://news.qingdaonews.com/zhongguo/2020-07/04/content_21972782.htm',
     '7月1日开始，一份违纪通报在四川省乐山市多个社交平台流传并引发热议。通报称，马边县人大教工委吉寿坚桑等'
     '人于工作时间，在个人微信朋友圈发布与工作无关的动态，并有其他公职人员点赞、评论，违反了工作纪律，分别'
     '被书面诫勉等。马边县当地知情人士对记者表示，网络流传的违纪通报确由该县纪委发出，上班时间发布、回复朋'
     '友圈的相关公务员已受到相应处理。马边县纪委相关文件证实，6月29日下午2点，马边县人大教工委主任吉寿坚桑'
     '在个人微信朋友圈中，发布了一条与工作无关的动态。朋友圈发布后的3小时40分钟内，先后有包括马边县民建镇'
     '人大副主席田某、下溪镇四级调研员蒌某、马边县税务局副局长汪某等7名公职人员在上班时间对该条动态进行点'
     '赞或评论，吉寿坚桑在当天14点22分、55分分别对相关评论进行了回复。马边县纪委通报称，包括发布者吉寿坚桑'
     '在内的8名公职人员在上班时间从事与工作无关的事情，违反了工作纪律，责成8人所在的县人大机关党组、民建镇'
     '党委、下溪镇党委、县税务局党委和县文旅局党组向马边县委作出书面检查。7名回复者所在单位的主要负责人被'
     '批评教育，7名回复者所在单位的纪检负责人被批评教育。对朋友圈发布者吉寿坚桑书面诫勉，7名回复朋友圈的官'
     '员进行谈话诫勉。知情人士向记者透露，马边县纪委的这份处理通报在吉寿坚桑的朋友圈发布两天后，7月1号开始'
     '就在该县流传。马边县当地已经完成了相关的诫勉谈话，“他朋友圈发布了什么都不重要了，重要的是在上班时间'
     '做了无关的事，县里面刚好在整治这个问题。”记者注意到，马边县此次对于“工作时间发朋友圈”的处理并非偶然'
     '。',
     'in', None, False, ['工作纪律'],
     [('吉寿坚桑', '主任', '马边县人大教工委'),
      ('田某', '人大副主席', '民建镇'),
      ('蒌某', '四级调研员', '下溪镇'),
      ('汪某', '副局长', '马边县税务局')]),
    # 05
    ('http://shyushe.cn/shehui/2020/127815.html',
     '記者從陜西漢中相關部門了解到，漢中3名公職人員因散布謠言和不當言論被處分。3名被處分人員的情況如下：1.'
     '鎮巴縣興隆鎮財政審計所所長陳國琴、鎮巴縣育才幼兒園教師符春黎在微信群散布疫情虛假信息的問題。2020年1'
     '月24日22時許，陳國琴在“大家跑跑軍團”微信群散布“20日有公安機關的人員在武漢押犯人回來，被感染；公安局'
     '的工作人員是確診，明天會宣布”的虛假信息。符春黎在未經確認核實情況下，又將此條信息轉發到了“鎮巴符氏家'
     '族一家人”微信群，導致該信息被大量轉發，在社會上造成負面影響。2020年2月5日，鎮巴縣紀委給予陳國琴同志'
     '黨內警告處分。2020年2月13日，鎮巴縣教體局給予符春黎警告處分。2.鎮巴縣農業農村局黨組成員、副局長何景'
     '林在微信群散布不當言論的問題。2020年1月25日以來，鎮巴縣紀委根據縣新冠肺炎疫情防控領導小組安排，兩次'
     '對全縣各單位新冠肺炎疫情防控工作紀律及防控工作履職情況開展督查。2020年2月5日上午11時許，何景林用手機'
     '編造了“紀委不怕死，紀委的人百毒不侵”“紀委可以強制性征用防護設施”“那個專業群好搞笑，領導一指示，一路'
     '跟風全收到”等言論，散布在有500名黨政干部加入的非官方“鎮巴縣黨政暖心萬能群”里，造成不良影響。2020年2'
     '月12日，鎮巴縣紀委給予何景林同志黨內嚴重警告處分。',
     'in', None, False, ['政治纪律'],
     [('陳國琴', '所長', '鎮巴縣興隆鎮財政審計所'),
      ('符春黎', '教師', '鎮巴縣育才幼兒園'),
      ('何景林', '黨組成員、副局長', '鎮巴縣農業農村局')]),
    # 06
    ('https://m.tuj8.co/html/202209/123043_2.htm',
     '可朱局长话锋一转，居然为这点小事用“灭门”威胁记者，虽只是说说而已，事情也绝不可能发生，但免不了让公众'
     '浮想联翩。试想：就因为披露这事，朱局长就发话其手下不惜跨省灭了记者全家，有这样的警察头子，那崆峒警方'
     '还有什么事不敢做出来？就他们这付德行，能指望维护社会公平正义吗？如果新闻界真把朱局长的话解读为“善意'
     '提醒”，那媒体、记者还敢履行监督吗？应该质疑的其实还远不止前述那些问号，所以说如何处理这位公安局长？'
     '有关部门需要认真对待，方能消除其给社会所造成的极其恶劣影响。恐吓威胁，我国现行法律虽没有规定单独罪名'
     '，但只要当事人存在恐吓威胁行为，这个行为就可以根据《中华人民共和国治安管理处罚法》第四十二条第（一）'
     '项规定进行处罚。该条款规定，写恐吓信或者以其他方法威胁他人人身安全的；处五日以下拘留或者五百元以下罚'
     '款；情节较重的，处五日以上十日以下拘留，可以并处五百元以下罚款。朱局长的威胁行为当属情节严重应无异义'
     '，虽说平凉市公安局官方微博日前已发布消息称，该局成立由局领导任组长，纪检、督察等部门负责人参加的工作'
     '组，对事件展开调查。但朱天祥的身份不仅是崆峒公安分局党委书记、局长，同时还身兼平凉市公安局副局长、平'
     '凉市崆峒区政府党组成员等职务。由平凉市公安局工作组查处市局领导，避嫌的事不提也罢，可对这事能不能依法'
     '依纪公平处理？公众却有理由拭目以待！权力任性，在官场已是司空见惯。但像朱天祥这样的异类，却实属罕见！'
     '现年52岁的朱天祥，长期服务于警界，到底是什么原因使他走火入魔？令人深思！',
     'in', None, False, ['滥用职权', '生活纪律'],
     [('朱天祥', '党委书记、局长', '崆峒公安分局')]),
    # 07
    ('http://m.jizihe.com/page/2018/0129/16092108.shtml',
     '近日，一則“部委局級官員建微信群被處分：群內互通政商信息”的消息出現在不少門戶網站上，引發不少網友熱議'
     '。這則消息來自中央和國家機關工作委員會主辦的網站“中直黨建網”，講述的是中直機關某部委局級干部董某濫用'
     '網絡“聯誼”群的反面典型案例。2015年春節前，董某召集在京工作的本省老鄉聚餐。其間，經董提議創建了“在京'
     '老鄉精英會”微信群，董自任群主。此后，董以老鄉中的黨政機關領導干部和較成功的商人為主要對象，不斷擴大'
     '該群規模，使群人數最多時達到400多人。為提升群活躍度，董積極組織線下聯誼活動，并被推舉為線下活動秘書'
     '長。從組群到2017年底，全群性線下聯誼已經組織4次，小范圍聯誼或聚餐則不計其數。董被追究黨紀責任。',
     'in', None, False, ['政治纪律'],
     [('董某', '局級干部', None)]),
    # 08
    ('https://www.zhongliuw.cn/shenghuo/1233026.html',
     '近年来，我国频频出现公职人员在社交媒体上高调晒出自己财富和生活品质的案例。从长沙市芙蓉区纪委工作人员'
     '朱某到江西省国有资本运营控股集团的周，这两起事件都在网络上引发了广泛的关注和热议。在长沙市芙蓉区纪委'
     '的一次事件中，朱某因在论坛上发帖引起公众关注。帖子中，她声称自己和丈夫都是公职人员，拥有四套房产和百'
     '万存款。此言论一出，立即引发公众的质疑和讨论，网友们纷纷质疑其利用职务之便敛财。经过官方调查，朱某实'
     '际拥有的房产和资金来源并未如其所言，其言论实为夸大事实的“吹嘘”。最终，朱某因发表不当言论被严肃批评教'
     '育，并责令作出深刻检查。这一事件提醒我们，公职人员应时刻注意自己的言行举止，不能因个人言论不当引发社'
     '会舆论风波。2022年7月，江西省国有资本运营控股集团的员工周在朋友圈晒出了自己的家庭房产、人脉关系及奢'
     '侈品消费记录，甚至自称“家族有后台”。这一行为立即引起了公众的广泛关注，很多人开始质疑其背后是否存在权'
     '力腐败。经过官方调查，周家庭的确拥有多套房产和商铺，但其资金来源均为父母积蓄及贷款，未发现非法收入。'
     '周承认朋友圈内容存在夸大成分，并表示悔意。目前，周已被停职并配合调查，江西监委也在核查其是否存在违纪'
     '行为。这两起事件中，涉事单位都采取了积极的措施来回应舆论关切。他们通过自查或上级纪委介入的方式展开调'
     '查，并在第一时间公布调查结果。对于公职人员在社交媒体上的炫富行为，官方强调将严格核查财产来源的合法性'
     '，并对违反纪律者依规处理。',
     'in', None, False, ['生活纪律'],
     [('朱某', '工作人员', '长沙市芙蓉区纪委'), ('周', '员工', '江西省国有资本运营控股集团')]),
    # 09
    ('https://tiue.org/dw/zh-hant/%E9%AB%98%E5%AE%98%E5%BE%AE%E5%8D%9A%E6%8E%80%E7%BD%B5%E6%88%B0%E6%88%90%E4%BA%9E%E5%8A%9B%E5%B1%B1%E5%A4%A7/a-16987172',
     '7月28日晚間，坐擁28萬多名微博粉絲的貴州省副省長陳鳴明在其新浪認證微博上，轉發《瞭望周刊》官方微博發'
     '出的27日在美國發生的槍擊案微博時，附帶評論時除批評美國老是發生槍擊案，還指責一些網友：“巴不得祖國天'
     '天出事，出事就小題大做”，“天天罵祖國的人，又賴著不去美國國！快去啊！堅決支持！去之前，先整形，不要讓'
     '人家看出是中國人”，其後再吐驚人之語，罵一些網友“不滿意就滾、敗類、人渣。”高官與網友“夜戰”迅速引來更'
     '多網友拍磚，有網友人肉搜索出陳鳴明在不同的公開活動中，曾戴出四種不同手表，要求其“成為第一位敢於在微'
     '博上接受自己和家人財產狀況調查的高級官員”；至7月29日下午，陳鳴明對此次罵戰作出回應並向網友道歉，自感'
     '“亞力山大”（壓力山大的諧音），稱“監督和批評本身就是愛國表現，但有些網友在無限放大一些個案的意義，否'
     '定中國社會的整體進步”；“個別言辭欠妥，以後有話好好說”，但暫不會公佈自己的財產；其道歉微博下目前有3萬'
     '餘次轉發和4萬多條評論，大多評論顯示網友並不買賬，依然不依不饒的再要求陳鳴明公示財產；也有一部分網友'
     '認為陳鳴明顯示出“官民互動”跡象。據官方資料顯示，陳鳴明生於1957年，現任貴州省副省長，2009年時任黔西南'
     '州州長的陳鳴明即開通了微博，是微博10級的資深博主。其微博被人民網、新華網評選為“2012年度十大個人微博'
     '。”',
     'in', None, False, ['生活纪律'],
     [('陳鳴明', '副省長', '貴州省')]),
    # 10
    ('https://e-com-net.com/article/1495396023349084160.htm',
     '疫情期间，建了村微信群，名曰村务公开群。我在上面发过几篇文字，颂扬慷慨捐款的，请求村领导协调修路灯的'
     '，……，前天，因赞美造福一方的福星谭功炎的几句话，被村领导移出群。因言犯忌，没想到。一村公权力拥有者，'
     '职责所系，为村民谋福利也算分内之义。如此不愿提起共同致富的话题，过度敏感，莫不是“此地无银三百两”。害'
     '怕言论，对于潜在的监督，也宁信其有，力行打压。决胜建成小康社会的时候，如此土皇帝惯性思维，对弱势村民'
     '极度漠视，与为民服务的责任担当的要求，是多么的格格不入。',
     'in', None, False, ['群众纪律'],
     [(None, '村领导', None)]),
    # 11
    ('https://www.haomeiwen.com/subject/sjanrjtx.html',
     '彭鹏被他们B栋业主群的社区管理员踢出了群！如果他是在其它楼栋的业主群里被踢出，或许可以理解，但在自己'
     '居住的楼栋业主群中被踢出，这就不仅是令人费解，在我看来简直就是乱弹琴了！楼栋业主群与业主自发建立的群'
     '不同，社区在小区建立楼栋业主群的初衷，无非是为了便于街道社区与业主之间信息的上下传递，也促进业主之间'
     '的交流。因此，除了对有严重问题者，一般不宜踢人出群。然而请问B栋业主群社区管理员，彭鹏在群里做了违法'
     '乱纪的事么？或者说，如果你们B栋业主群有群规，彭鹏是因为他违犯了哪条，非踢他出群不可？小区的许多业主'
     '都了解彭鹏，莫说违法乱纪，即便违犯群规的事他都是不会做的。他只不过是针对小区伪物业的一些事，敢于替业'
     '主仗义执言，其目的是想小区物业正常化合法化契约化而已。如果他因这件事而被踢，实属不该。举例说明不应轻'
     '易踢人出群，若发生停水停电停气，或政府有关政策需要及时告知居民等情况，由于被踢业主本在群里现在而不在'
     '，自然无法及时获知相关信息，有时候是可能导致一定的损失的，届时这个责任由谁来承担？动辄踢人出群，往轻'
     '的说，是阻断了业主获取重要信息的渠道；往重的说，是损害了业主的知情权，甚至还可能涉嫌违法。如果因此造'
     '成后果，受害业主是有权向踢人者提出责任申诉的。我还想问，在群内的业主难道只能说一些恭维话吗？难道逆耳'
     '之言就不能被表达？说了就要被踢出群，这是什么工作作风？怎么可以手里稍有点儿权力就滥用呢？',
     'in', None, True, ['群众纪律', '滥用职权'],
     [(None, '社区管理员', None)]),
    # 12
    ('https://yooqur.com/forum.php?goto=lastpost&mod=redirect&tid=141642',
     '举个身边的例子，我们小区有些业主因为对房子降价和物业不满意，就在群里吐槽了几句大概意思如果当地政府不'
     '给解决，就要去市里和省里信访之类的，结果第二周街道直接找到了他上班的公司办公室（备注：房子买在三线小'
     '城市，工作地点在在上海），同行四五个人都是地方街道政府工作人员，当时被找的业主质问他们如何得知他的工'
     '作单位具体信息的，那些人回答到这个你不用管，我们来就是给你科普违规信访是违法的，希望你在群里注意发言'
     '的之类的，业主又问你们是怎么来上海的（意思是动车还是飞机之类的），花老百姓（纳税人）的钱公款旅游，对'
     '方又回答到我们怎么来的你不用关心，你要明白的是你行为已经触犯法律，我们来是告诫你谨言慎行。我想这四五'
     '个人做的事情，是 OP 所说的忙的事项之一，有时候我想他们已经算是他们这个体制内最忙的人了吧。',
     'in', None, True, ['群众纪律', '滥用职权'],
     []),
    # 13
    ('https://p2.ttnews.xyz/amp/5cb37b23dc9b5e75aaa9c2cd?lang=zh-hans',
     '微信群、朋友圈并非真正的“私人空间”，更不是“法外之地”。在微信群里、朋友圈里发布一些真实见闻或生活感悟'
     '是公民言论自由，但应注意文明用语，切不可随意诽谤、侮辱、辱骂他人。近日，敖汉旗古鲁板蒿镇一男子因在微'
     '信群诽谤辱骂扶贫干部被依法行政拘留10日。2019年4月13日，敖汉旗公安局康家营子派出所接到敖汉旗古鲁板蒿'
     '镇脱贫攻坚工作队工作人员报警称：古鲁板蒿镇敖宝呆村村民张某东在“敖宝呆供电服务群”内公然辱骂扶贫干部，'
     '且不听劝阻，请求公安机关查处。接到报警后，敖汉旗公安局康家营子派出所民警迅速出警展开调查，及时收集、'
     '提取和固定证据，确定在微信群诽谤辱骂扶贫干部的违法行为人张某东。根据调查，2019年4月12日上午，脱贫攻'
     '坚工作队工作人员在敖宝呆村对贫困户进行入户走访，期间，到张某东家进行走访并填写入户材料，张某东没有在'
     '家，工作人员便对张某东的父亲进行了核实了解。工作人员离开张某东家后，4月12日13时54分，张某东在“敖宝呆'
     '供电服务群”里以语音的方式，开始辱骂村干部和扶贫干部，认为父亲是脑瘫不明白情况，村干部和扶贫干部多填'
     '报了自己的土地亩数，还反复说帮扶干部“不干事”、“假慈悲”等等，想把村干部和扶贫干部都整死。从13时54分至'
     '15时50分，张某东接连在微信群中以语音的形式辱骂扶贫干部一共10次，由于该微信群有100余人，造成恶劣影响'
     '。目前，张某东已被敖汉旗公安局行政拘留10日。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.chinazn.com.cn/scrollnews/2023/0414/23350.html',
     '在微信群内因意见不同而“互怼”，会侵犯他人名誉权吗？近日，广东省深圳市罗湖区人民法院审结了一起名誉权纠'
     '纷案，被告李某、高某在微信群内散布不实言论、发表贬损原告人格尊严言论，判决被告在指定微信群内向林某赔'
     '礼道歉。深圳市罗湖一大型小区业主自发组建了480余人的“二手置换群”。林某、李某、高某均为该微信群聊成员'
     '。2022年4月，李某看到小区内草坪有小狗粪便，在群内提醒小区养犬住户注意这一现象。同为小区住户的林某对'
     '李某的言论感到不适，在群内制止并呼吁邻里之间相互尊重，文明养犬。然而，群友高某却发言直指林某是不文明'
     '养犬人，并将林某的职业进行不恰当的比喻，导致争论不断升级。为了维护自身名誉以及职业形象，在与各方协调'
     '无果的情况下，林某将李某、高某起诉至罗湖区法院。林某认为，李某和高某在没有事实依据的情况下，在微信群'
     '内引导舆论扭曲事实，攻击她是不文明的养犬人，对其造成了极大的负面影响，也造成了间接的经济损失。为此，'
     '林某请求法院判令两被告停止发布有损她名誉权的言论，在微信群内赔礼道歉、恢复其声誉，共同赔偿林某精神损'
     '失1万元。李某则认为，大家在群里聊天并不是用真实姓名，各抒己见，观点没有针对个人，没有煽动群里的人。'
     '高某也认为，他们没有指名道姓，也没有辱骂的行为，不存在侵权。法院认为，李某、高某就不文明养犬的行为和'
     '现象进行批评及表达意见，是法律赋予他们言论自由的权利。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://wxredian.com/art?id=e5c16138eb479c2f7c3db7967728298b',
     '因不满微信群主把自己移除微信群，某村集体成员刘某以侵犯名誉权为由将某村委会诉至法院，要求停止侵害并赔'
     '偿精神损失。群主的“踢人”行为，是否构成对名誉权的侵害。近日，济南市槐荫区人民法院通报了一起案件。刘某'
     '系某村委会村集体成员，某村委会工作人员组建微信群聊“某村大家庭群”，刘某曾系该微信群成员。2022年6月，'
     '刘某于该微信群内与另一群成员因土地流转问题言语不合，该微信群管理员将刘某移除该微信群。刘某认为其名誉'
     '权受侵害，遂向法院起诉，请求判令某村委会停止侵害并赔偿精神损失费5000元。某村委会辩称，刘某因多年以来'
     '经常在群聊中发表不利于村集体稳定的不当言论，对其多次警告后仍继续发表，群管理员于2019年11月，将其移出'
     '群聊，2021年新一届村两委成立后，工作人员应其要求将其加回群聊。但因其在群内多次发表不当言论，经村委会'
     '研究决定将其再次移除微信群。刘某多次要求进群并又写了保证书后，工作人员于2021年9月又将其拉回微信群。'
     '此后，刘某又因流转土地事宜在群中发表不当言论宣泄情绪，并建立小群辱骂村委会工作人员，管理员在2022年6'
     '月不得不第三次将其移出群聊。槐荫法院经审理认为，根据《民法典》第一千零二十四条规定“民事主体享有名誉'
     '权。任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。名誉是对民事主体的品德、声望、才能、信用'
     '等的社会评价。”名誉是社会公众对特定主体的道德品质、才干、声望、信誉和形象等各方面的综合评价，是公众'
     '对特定主体的评价，是客观的评价，不包括公民对其内在价值的自我评价，不是个人的自我认识。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://kkbjvesg.com/a/falvzaixian/667.html',
     '在广州工作生活的文隐湘发微博称老家的邻居文中天系“村霸”，霸凌她的家人。文中天发现后气愤难平，将文隐湘'
     '诉至法院，请求法院判令文隐湘在网上消除影响，赔礼道歉；赔偿精神损害抚慰金5000元。日前，融安县人民法院'
     '对这起名誉权纠纷作出判决。20多岁的文隐湘目前在广州工作生活，在一家公司担任文员。她的老家在融安县大良'
     '镇某村。该村村民文中天与文隐湘的家人因甘蔗道路的通行，以及文中天新建房屋飘檐滴水进晒场产生纠纷。文隐'
     '湘知道上述情况后，于2019年11月28日，使用“遇见321”网名发微博：“大良老街村霸强抢农民土地竟无人能管……文'
     '中天仗着自己的儿子在融安县当官，自己也做了几十年的村干部，强抢农民的土地。找村委、找警察、找镇政府，'
     '所有的答案竟都一样，让自己解决，他们没有办法处理。文中天一家各种卑鄙手段都使用了出来，电话威胁、上门'
     '辱骂，想尽办法强抢我的晒场，村干部看戏，政府两耳不闻窗外事……”2019年12月5日，文隐湘再次发微博：“关于'
     '文中天村霸欺凌我家一个态度说明，这个晒场是公家的地，文中天一家想占就占，霸凌我家……”“她在网上捏造、虚'
     '构事实，说我是村霸，欺凌她家人，强抢土地并密谋要让她坐牢。她的行为给我的名誉造成了损害。”文中天发现'
     '此事后，以文隐湘损害自己名誉权为由，于今年3月9日向融安县法院起诉，请求法院判令文隐湘在网络上消除对他'
     '的影响，赔礼道歉；赔偿精神损害抚慰金5000元。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('http://www.wwwfh2222.com/news/m/2021-10-03/detail-iktzscyx7632486.shtml?from=sc_ydph',
     '近日，古藺縣法院審理了原告林某某與被告姜某某名譽權糾紛一案。法院判決被告姜某某賠禮道歉后，姜某某一直'
     '未履行生效判決文書確定的法律義務，林某某申請強制執行。目前，該案已執行完畢。林某某與姜某某均系古藺縣'
     '某村村民。今年4月初，姜某某對自家房屋進行違規維修，經他人舉報，被城建部門叫停。姜某某得知系137xxxxxx'
     'xx號碼舉報后，一氣之下于今年4月12日至4月17日連續多日在“某某村交流群”里發布“1379xxxxx39號碼的機主是個'
     '×腦殼、×龍包”等侮辱、謾罵、貶損言語，并對該號碼機主的女兒進行言語侮辱。林某某（137xxxxxxxx號碼實名制'
     '主人）于4月14日得知姜某某罵人一事后進入“某某村交流群”，在微信群中向姜某某進行辯解。但是，姜某某沒有'
     '停止侵權行為，于4月15日和16日繼續在“某某村交流群”中發送侮辱、貶損性言語，還在“某某社區交流群”也發布'
     '了同類言辭。“某某村交流群”的群成員人數為107人，后增加為113人。“某某社區交流群”的群成員人數為33人。隨'
     '后，林某某起訴到法院，要求姜某某向其公開賠禮道歉，并賠償精神損失1000元。法院審理認為，民事主體享有名'
     '譽權，任何組織或者個人不得以侮辱、誹謗等方式侵害他人的名譽權。姜某某通過微信群對林某某發布侮辱貶損性'
     '言論，該言論在某某村某組引起了關注，客觀上對林某某及其家人的正常生活造成了不良影響，降低了公眾對林某'
     '某及其家人的綜合評價，姜某某的行為侵犯了林某某的名譽權，林某某要求姜某某賠禮道歉符合相關法律規定。',
     'out', '涉法涉诉', False, [],
     []),
    # 18
    ('https://kan.china.com/article/1535644.html',
     '上海浦东新区的一处中产社区里，为了捍卫自己的权利，几户业主花了近4年时间，向居委会、街道办、房屋管理'
     '办事处等投诉小区业委会的违规操作，甚至和业委会打起了知情权官司。为表抗议，其中一户业主坚持不领门禁钥'
     '匙，在近一年的时间里，每天坚持绕路回家。但以上尝试在铁腕的业委会主任面前，几乎没有取得任何可见成果。'
     '然而4月上海的疫情改变了一些事。业主们又重新有了希望，祈祷着疫情能成为一面镜子，或许到明年换届选举时'
     '，这个被民意选上去的业委会主任，最终也能被民意抛弃。搬进小区5年多，很多时候，唐琪和丈夫叶永华能想起'
     '的有关“家”的片段，都是屈辱和无奈的。有过近一年的时间，他们不能走单元楼的正门，他们没有钥匙，保安也被'
     '命令不允许替两人开门。每一天，他们得在光线昏暗的地下车库里穿行，绕进大楼背后的楼梯通道回家。他们的车'
     '好几年开不进自家小区，一次女儿剧烈腹痛，身子都直不起来，他们想将车子开到单元楼下，送女儿到医院看病。'
     '但保安说小区没有他们的停车位，不能开门。两人只能半拖半扶着女儿，走到小区门口才上了车。邻居到他们家里'
     '做客，7楼，却不愿坐电梯，担心被监控拍到，“被看到又要骂的呀。”此前，邻居和几户业主在楼下聊天，不远处'
     '就是个摄像头。第二天，邻居被业委会陈主任质问，聊什么内容要花两个小时？',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://www.lawparks.com/ask/what-to-do-if-photo-posted-online',
     '我本人的照片被别人发到了网上，也不知道对方有什么目的，我很担心照片被滥用，对我造成不好的影响。我不太'
     '懂法律，也不知道遇到这种情况该怎么处理，想问问大家我该怎么办呢？当发现自己的照片被别人发到网上时，可'
     '采取以下措施来维护自身权益。首先要明确，公民享有肖像权。肖像权是指自然人对自己的肖像享有再现、使用并'
     '排斥他人侵害的权利。第一步，及时固定证据。可以对网上发布的含有自己照片的页面进行截图、拍照，有条件的'
     '话还可以进行网页公证，这些都能作为后续维权的有力证据。第二步，与发布者沟通。尝试联系发布照片的人，要'
     '求其立即停止侵权行为，删除照片。在沟通时，注意保留聊天记录，以备不时之需。如果发布者是在某个平台上发'
     '布的照片，也可以向该平台进行投诉，要求平台采取必要措施，如删除相关内容等。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://zixun.wlchinahnzz.com/yxsw1512994.html',
     '2024年5月19日，西安浐灞分局网安大队民警发现一网民在某视频平台发布一则视频，配有聊天记录称：“后海观景'
     '平台城管执法逼得摊贩跳河自杀，城管跑了等”。该视频一经发布迅速引发网民浏览热议，造成不良社会影响。经'
     '核查，视频内容是城管工作人员开展执法活动，并无逼迫摊贩行为，更不存在“摊贩跳河自杀城管跑了”等情况。经'
     '审查，视频发布人刘某某其出于对城管执法不满，为发泄个人情绪和吸引眼球，拍摄城管执法现场视频，恶意剪辑'
     '，并将此谣言信息发布于互联网平台，刘某某对其违法事实供认不讳。目前，西安市公安局浐灞分局已依法责令刘'
     '某某删除相关谣言视频，并对其进行教育批评。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://haomeiwen.com/subject/ktaclhtx.html',
     '我们家属于移民户。怎么讲？2010年，为了能享受到B村人在本村买房的优惠，我妈加入了B村户籍。优惠多少？大'
     '概一万元左右，相当于普通老百姓半年的收入。所以，现在我爸和我妈是一家人两个户口。我爸是老家A村户口，'
     '我妈是B村户口。我爸在A村微信群，我妈在B村微信群。两个村有啥事，我们家都一清二楚。微信这个东西，用好'
     '了，是真方便，用不好，就是矛盾纠纷和信访隐患的汇集地。所以，我一直不建议设立村级微信群。有啥事，喇叭'
     '广播、小队长通知，都行。有些时候，老百姓在微信群里说的话，干部没法回答。可能有人要骂我了，说，村长，'
     '你立场有问题，怎么能说老百姓不好呢？干部就是给老百姓服务的，有啥话不能在群里摊开说？举个简单的例子。'
     '前两天，有人在村群里发了条关于新型冠状病毒的谣言。村长说：“上述消息已经证实是谣言，请大家不要相信，'
     '不要转发。”那个村民生气了：“难道老百姓就没有发言权？”村长怎么办？村长再去说一句：“谁都有发言权，但是'
     '谁也没有传播谣言的自由！”群里马上就要炸了锅。老百姓最要面子。哪怕自己不对，当众让人下不来台，村长也'
     '别想好看。所以，我反复和我爸说：“村群里不要说话，低调一点，不要出头。”为啥？因为我爸也天天骂村长家二'
     '哥——自己兄弟当了干部，给你张的不行。昨天，村群里有人发出了一张捐款证书图片。大致内容是：某某某于某年'
     '某月某日为某地抗击新型冠状病毒捐款100元。起初，没啥问题。一会儿，另一个村民也发出了捐款证书。两三个'
     '小时，陆陆续续有八九个人都发出了证书。我爸着急了：“别人都捐了，咱捐不捐？”我问：“大队干部通知了吗？”'
     '我爸说：“没有。”',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.163.com/dy/article/JL041K7E05439PVE.html',
     '一些地区规定，公职人员不能搞直播。不管是政府机关的干部还是教师以及医生都不能随便搞直播。为什么会有这'
     '种规定？按理说，只要不违法，不违背公序良俗，人人都可以搞直播。一些直播平台放低了门槛，只要有身份证的'
     '人就可以注册申请，可以搞直播，甚至可以带货，没有限制公职人员的规定，也没有把公职人员排除在外。也就是'
     '说，公职人员完全可以到自媒体平台搞直播，没必要顾及很多的限制。倘若真的有公职人员去直播，既不会违背法'
     '律，也不会违背公序良俗，就可以被允许。曾经有一些地区的县长直接搞直播带货，带当地的土特产，刺激了经济'
     '的发展。县长本身就是公职人员，按理说他不能搞直播，但他要利用自身的名气效应聚攒流量，把流量变现，而且'
     '要为当地经济发展服务，并不会提成。那么这样的县长就是好县长，也是为当地经济操心的公职人员，当然可以直'
     '播了。而其他的工作人员直播并不是公益性质的，也不是为了打造地区品牌形象，而是为了自己挣钱。当然，自己'
     '挣钱的同时也刺激了当地的经济发展，属于双赢。但这样的直播并不被允许，也不被推崇，甚至有些公职人员在直'
     '播的过程中被限制，也就懈怠了，不再直播下去了。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH182, "fresh182")
