"""Sealed batch fresh130: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh128th.py; the batch and its row ids are "fresh130".)

Theme: letters to leaders' mailboxes and their replies (书记信箱, 县长信箱, 市长信箱, 区长信箱,
领导信箱, 网上投诉 on government sites) and the complaints that reach the same desks by letter,
phone or forum: village cadres keeping 低保 places and forest money for their own people, a
town 书记 and his 总会计 post, a 村委书记 appointed against the vote, a town office head at a
banquet in working hours, a town hall built over the standard, officials leading forced
demolitions; out items are a court's execution news, a demolition-compensation letter to the
市长, a private school's fee, a school gate, two village roads, two night-building noise
complaints, a 县長信箱 monthly statement and a newspaper's fee hotline. The search budget (45
calls, all used) gave few mailbox pages that were new to the development set, so items 4-12
are 纪委 stories, news reports and petition letters on the same village and town matters,
not mailbox pages. Sources (stored-pages search): a 绵阳 市委书记信箱 page with a letter from
三台 观桥镇 village cadres; a copy of a 2011 report on the 合阳 county site's 网上投诉 and a
新池镇 北顺村 低保 post with its reply; a 茂名论坛 post by 崔兆云 on the 高州 泗水镇 village-accounts
audit and the town's reply; a 威信 长安镇 纪委 story on a 瓦石村 小组长 (traditional); a news-site
report on the 平陆 东延村 书记 王功娃; the 灵川 海洋乡 纪委 story on the 思安头村委's relief list;
a copy of the report on the 奉节 吐祥镇 "最牛公务员" 雷清平 (traditional); a 江苏 note on the
盐东镇 书记 and 镇长; a 中国网 copy on the 环县 淤地坝 officials 刘志荣 and 宇军; a copy of the
琼海 "鞭炮茶水费" report (traditional); a 博白 woman's letter on the demolition led by 朱某锋; a
崇阳 villager's complaint against 石峰 and 饶清文; out: a 社旗 court's execution story, a 望城
brothers' letter to the 市长, a 郑州 report on a private school's 学籍管理费 (traditional), a
吴堡 县长信箱 letter on the 二中 gate, a 临湘 市长信箱 letter and the town's reply, a 岳阳楼区
区长信箱 letter, a county mailbox noise complaint with the 城市管理局's answer (traditional), a
领导信箱 noise complaint and the 城管局's reply (traditional), a 县長信箱 monthly statement
(traditional) and the 南京日报 乱收费 hotline notice. Seven texts are in traditional script
(items 4, 7, 10, 15, 19, 20, 21; the glossing pinyin of the pages' converted copies removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings,
numbered heads, bylines, datelines, source tags, captions, mailbox form labels ("信件内容",
"回复部门", "写信人", "電話"), signatures, contact lines, the garbled sentences of the stored
copies and their truncated last sentences removed); paragraphs joined; ASCII punctuation written
full-width except inside numbers ("142.37m²", "1.8万", "50-200元", "2022-2023年"), the
sentence-final "." of 001 written "．" and its "——-" written "——－", the ASCII quotes of 001
written “”; stray spaces removed (001, 003, 011, 017, 020, 022). Page oddities kept: "——－"
(001), "接到村民到举报后" and "对思安头村委并对思安头村委" (006), "莫明其妙", "不公不布", "反应"
(005), "鎮**找" (007), "鼓躁", "150m2" (012), "濡溪镇"/"儒溪镇", "棋杆村"/"旗杆村", "村村部分"
(017), "城市建议", "象样", "觉的" (018), the simplified forms in the traditional texts ("情況后",
"手里", "大于", "后面", "那里", "并要求", "自愿", "后者", "后半夜", "怎么").
scope "in" for alleged misconduct of a party member or public official (village cadres and
村民小组长 included; teachers of a public school count as public servants), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Letter writers, reporters, victims,
witnesses, firms, private schools and people without a post, and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions
(as first written with the name, "原" kept, "时任" dropped) and units as written; unit None when
the text ties the person to no named unit. Topics only from the twelve names of triage.md;
favouring cadres' relatives with 低保 is 群众纪律 (IS.MAS.03), town levies on villages 群众纪律
(IS.MAS.01), an over-standard office building 八项规定 (IS.EP.HL.07), violent forced demolition
by officials 群众纪律 and 滥用职权. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (011, 012,
014). Out types: 涉法涉诉 1 (013), 征地拆迁 1 (014), 个人利益诉求 2 (015, 016), 其他 6
(017-022). 17 accused entries: 15 in items 1-12 and 2 in the mixed out item 014; 9 with a full
name (蒲定国, 王功娃, 雷清平, 刘志荣, 宇军, 石峰, 饶清文, 唐华大, 张志), 2 masked (張某, 朱某锋),
6 post only. Items 006 and 010 are in scope with no accused entry. Out items other than 014
have no accused entry.

Close calls:
 1  A 市委书记信箱 letter (the page's "信件内容 |" label cut) from village cadres to "张书记", the
    addressee. 蒲定国 is first written "镇党委蒲定国书记": ('镇党委书记', '观桥镇'), as 严某某 in
    fresh64th.py; he dodges the cadres' questions, and the 观桥镇党委和政府 (organs) are said to
    take 3000元 from each village for a post made for 关系户. 谢晓东 (三台县委书记) only answered.
    群众纪律 (levies), 选人用人 (a post for 关系户), 形式主义官僚主义 (the reply "与现实严重不符").
    Could be read as 其他 (a complaint about a post).
 2  Short: only the netizen's post and the start of the site's reply kept (the report's account
    of the 合阳 site, its "网帖实录" and "“火星文”也答复" heads cut); ends after "享受低保。" with
    the reply's quote left open, before the truncated list of measures. The 村长 and 村支书 whose
    relatives hold 低保 places are post-only entries with unit '北顺村'; the "五位村委委员" are an
    unnamed group. Only 群众纪律.
 3  Hard: a forum post on a village-accounts audit; the three numbered heads, the "-" bullets and
    the "录音记录" caption cut. The 村长 the villagers said took collective money (the town's reply
    "村长无侵占挪用资金") is (None, '村长', None): the village is not named in the kept text. The
    泗水镇政府 and 高州市信访局 are organs; the 信访局工作人员 who said 信访 was suspended are given
    no entry (could be one official: (None, '工作人员', '高州市信访局')). 崔兆云 is the villagers'
    representative. 廉洁纪律, 群众纪律, 形式主义官僚主义. Could be read as 其他 (村务公开).
 4  Traditional; one sentence garbled in the stored copy ("當?shù)赜…", on the 公益林 history)
    cut, and the truncated "原來，在分配集體林地時…" cut. 張某 is first written "村民小組組長張某";
    his group is unnamed, so the unit is the village '瓦石村'. 張某維 (who drew the high subsidy)
    is not tied to a post: no entry. 群众纪律 and 廉洁纪律.
 5  Byline "【本网讯】(…报道)" cut; ends before the truncated 喷灌设施 sentence. 王功娃 is first
    written "该村村委书记王功娃". The 镇委 that appointed him against the vote is an organ; 镇委书记
    张锦涛 is only said to be close to him (hard: could be accused for the appointments); the 副镇长
    赵某 only confirms; 郭远东, 杨勇, 杨小毛 and 杨建丰 are villagers. 贪污贿赂 (贪污和侵占公款) and
    组织纪律 (appointed without or against election).
 6  A 乡纪委 story opening with a villager's phone report; the 思安头村委 that left 157 households
    off the relief list is an organ: in, no entry. 工作纪律 (工作失职失责) and 群众纪律.
 7  Traditional; the 概要 paragraph, headline, sub-headings and the first body sentence (garbled
    in the stored copy: "取保候?qū)徣藛T…", it named the host 劉書秦) cut, so the text opens at
    "他的這些言行"; the garbled "“支客”是當?shù)貙…" sentence and the truncated "讓不少村民倍感驚奇"
    cut. 雷清平 with a post first in "黨政辦主任雷清平" ('吐祥鎮' from "吐祥鎮村民…去鎮**找"). 楊某
    and 王明清 are villagers. 工作纪律 (a banquet in working hours), 八项规定 (违规吃喝), 群众纪律
    ("很忙沒空").
 8  Short; the cartoon caption "抓耗子 焦海洋 图" and the source tag "(据《现代快报》2月9日)" cut.
    The 镇党委书记 and 镇长 under investigation are two post-only entries ('党委书记', '镇长',
    '盐东镇'). Only 八项规定 (office building).
 9  The source tag "中国网·滨海高新讯" cut, so the text opens at the article title in 《》.
    刘志荣 as '局长' of '环县水土保持管理局' (from "被免去环县水土保持管理局局长一职"); 宇军
    '常务副县长', '环县'. Only 工作纪律 (失职); could add 滥用职权 (玩忽职守).
10  Traditional; the garbled dateline "??诰W8月14日消息" (a 南海网 dateline), the "???" junk before
    three paragraphs and "(編輯:梁影)" cut. The 班主任 of the public 嘉積中學分校 who took the money
    are an unnamed group of three: in, no entry. 劉曉朝 only acts. Only 群众纪律 (乱收费).
11  Mixed: the writer's own claim for her demolished house and lost property (征地拆迁) and the
    violent demolition without papers led by "时任县土地局副局长兼县土地征收拆迁办负责人朱某锋"
    ("时任" dropped; the 局 is the unit). The 县住建局 demolition man who lunged at her is one
    unnamed official: (None, '拆迁人员', '县住建局') (hard). The firm, the men in uniform and the
    "社会人员" are unnamed or private. Central matter taken as the officials' violence: in (hard;
    could be out 征地拆迁, as fresh114th.py's item 17). Ends before the truncated sentence on the
    onlookers' video. 群众纪律 and 滥用职权.
12  Mixed, like 011: the family's demolished house (征地拆迁) and the officials who led the
    demolition and the digging. Page header, title and "传媒/时间/字体设置" line cut; ends before
    the truncated "我老母亲为此". 石峰 first written "原白霓镇党委书记石峰(现已升任副县长)":
    ('原镇党委书记', '白霓镇'); 饶清文 "白霓镇党委副书记". The 拆迁指挥部, the 警察 and the 派出所干警
    are organs or unnamed groups; 武汉三特集团 a firm. 群众纪律 and 滥用职权.
13  涉法涉诉: a court's story of executing two judgments against a "某单位" (an organ; its 负责人
    only delays payment). Byline cut. Could be read as 其他 (court publicity).
14  Mixed, out 征地拆迁: a letter to the 市长 on the brothers' compensation, with the threat of
    "镇政府拆迁负责人唐华大、张志等人": two entries ('拆迁负责人', '星城镇'). The 村、镇政府 are
    organs; 吴红 and 李艳平 family. The central matter is the compensation sum: out (hard). Ends
    before the truncated "我们根据国务院第590号令…" sentence.
15  个人利益诉求, traditional: a child's 学籍管理费 at a private school; the 鄧副校長, 劉校長 and the
    教育局 staff are not officials accused of anything ("這是學校的行為"). The two-line heading cut.
    Could be read as 其他.
16  个人利益诉求, SMS-length: a 县长信箱 letter (form, 须知 and title cut) on a school gate closed to
    the writers' children; ends before the truncated "几十年来…". Could be read as 其他 (a public
    facility), as the road items.
17  其他: a 市长信箱 letter asking for a village road, with the town's reply (form labels and the reply's
    date "2012.8.14" cut, its salutation kept). "村里似乎不大关心" criticises the village (an
    organ): not mixed.
18  其他: a 区长信箱 letter on a village road ("就可以不作为吗" is a rhetorical question to the
    乡政府, an organ). The signature, phone and date lines and the truncated reply cut.
19  其他, traditional: a night-building noise complaint; the form labels cut; the reply's first
    sentence cut (garbled in the stored copy: "屬實??h城市管理局…"), so the reply starts at
    "盡量避免…"; the 辦理人 contact lines cut.
20  其他, traditional: a night-digging noise complaint and the 城管局's reply; form labels cut.
21  其他, traditional: a 縣長信箱 monthly statement; no grievance.
22  其他: a newspaper's 乱收费 hotline notice; the table junk, the site line, the byline and the
    truncated "但仍有个别学校…各种费" sentence cut. The "一些学校" are organs and nobody is accused.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH130: list[Item] = [
    # 01
    ('http://xinxiang.my.gov.cn/article.asp?id=15081&uid=43',
     '张书记：你好！我们是三台县观桥镇村干部，我们于5月网上信访“办事处总会计设置不合理一事”，三台县委谢'
     '书记于5月24日回复说——－总会计每年由村支付几百元，责成观桥镇政府尽快研究“村账管理办法”．但是在'
     '6月初镇上组织了村干部会，镇党委蒲定国书记在会上提到过“总会计一事”，我们村干部提出关于费用一系列问'
     '题，蒲书记并没有回答我们，而是搪塞我们说“我也不清楚，还得向县委问问”．我现在想告诉张书记及三台县委'
     '谢晓东书记，你们的回复与现实严重不符，观桥镇党委和政府为了给部分关系户提供岗位一直在欺骗你们上级领导'
     '和老百姓，我们镇从各村提出3000元费用，而非几百元．今天我们恳请张书记能亲自过问取消“总会计”一事'
     '，从而降低老百姓的支出，我们会将这一笔费用节省下来办一些老百姓最需要的事情．否则，我们将联名向国家信'
     '访局申诉这种不合理设置岗位的现象，各级都在精简部门，为什么观桥镇就这么难呢？',
     'in', None, False, ['群众纪律', '选人用人', '形式主义官僚主义'],
     [('蒲定国', '镇党委书记', '观桥镇')]),
    # 02
    ('http://mqwsgw.com/a/yuelanshi/shehuiguangjiao/20120111/13961_4.html',
     '有网民反映：“新池镇北顺村干部把上级下达的低保扶贫指标都给了村干部的家属，村长父亲村长兄弟村长舅舅，'
     '村支书母亲，五位村委委员的家属不同程度占着贫困扶贫指标。”该网回复称：“经调查，你反映的问题基本属实'
     '。北顺村在低保户评定中，有四户系村干部家属享受低保。',
     'in', None, False, ['群众纪律'],
     [(None, '村长', '北顺村'), (None, '村支书', '北顺村')]),
    # 03
    ('https://bbs.gdmm.com/thread-3412081-1-1.html',
     '村民诉求公开2016年1月－2023年9月账目，镇政府审计却仅覆盖2017年8月－2024年5月，致'
     '使近20个月原始数据缺失，2016年账目不知去向。这违背《广东省村务公开条例》“全面、真实”原则，使'
     '审计徒具形式，结论与村民诉求严重脱节。2024年7月10日，泗水镇政府回复称村长无侵占挪用资金，让不'
     '服的村民起诉，却对《村民委员会组织法》规定的监督职责与村务公开信息避而不谈。镇政府“免责式回应”：处'
     '理意见书仅凭“无侵占挪用”草草结案，拒绝公开依据，逃避应尽的监督责任。矛盾转嫁策略：将村务监督责任推'
     '向司法诉讼，借司法高维权成本压制村民诉求，背离中央“源头治理”原则。村民对审计结果不服，向高州市信访'
     '局提出复查，却遭遇荒谬回应。信访局工作人员称旧《信访条例》废止，新条例未公布，信访程序暂停（有录音记'
     '录）。“信访条例废止”谬论：国务院令第726号表明新版条例自2022年5月1日施行，旧版同步废止，根'
     '本不存在“法律真空”。该说法公然违背《立法法》关于法律延续性规定，暴露基层法治素养严重不足。制度性梗'
     '阻：审计回避关键证据、行政处理虚化责任、信访途径失灵，共同构成“维权闭环”，使村民深陷程序迷宫，无法'
     '有效维权。群众查账代表崔兆云郑重承诺，所述事实真实可靠，愿积极配合调查，并承担相应法律责任。',
     'in', None, False, ['廉洁纪律', '群众纪律', '形式主义官僚主义'],
     [(None, '村长', None)]),
    # 04
    ('http://m.qdubb.cn/html/2023/tiewanfanfu_0203/117498.html',
     '“請大家有序上來簽字領取補助金。”近日，在威信縣長安鎮瓦石村某村民小組會現場，鎮紀委工作人員正在為4'
     '2戶村民重新發放公益林補助金。事情還得從去年8月一村民到縣紀委監委反映該村民小組生態效益補助金發放存'
     '在問題說起。“看到基層小微權力‘監督一點通’平臺上惠民惠農補貼資金發放公示，我就覺得不對勁，我與鄰居'
     '老張家的林地面積差不多，但我家的補助金卻比他少好幾百。”為何會出現林地面積差不多，但補助金額卻相差甚'
     '遠的問題？帶著疑問，長安鎮紀委迅速開展走訪調查。摸清基本情況后，核查組隨即找到村民小組組長張某進行核'
     '實。“公益林面積如何分配？有沒有群眾找你反映過？”核查組直奔主題向張某問道。“分配都按林權證面積占比'
     '攤發到各家各戶了，我自己都沒有分到林地。”張某振振有詞。“你看看補貼發放明細臺賬，張某維享受的補助遠'
     '大于其他村民，是統錯了還是另有隱情？”看著鎮紀委工作人員手里的臺賬明細，張某瞬間慌了神，言辭閃爍。最'
     '終，在確鑿的證據面前，張某羞愧地低下了頭，如實坦白了自己的違紀行為。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('張某', '村民小組組長', '瓦石村')]),
    # 05
    ('http://zgddxww.com/newsshow.asp?big=16&id=2231',
     '山西平陆县东延村位于县城东10公里处，倚黄河而居，人口二千余，交通便利，地理位置较为优越。然而，该村'
     '的经济却始终不景气，2011年，人均收入仅有1500元。据村民们反映，不景气的很大原因在于该村村委书'
     '记王功娃过于贪婪，实际上，王功娃多年来一直是村中的一大祸害，村民们怨声载道。然而，就是这怨声载道的人'
     '物，却在连年选票失利的情况下每每被任命为村里的头号村官。在上届村委书记的选举中，王功娃仅有四票，远远'
     '低于他人，却被其镇委任命为村支书；本届村委选举，其更是不在候选人名单中的情况下，又一次莫明其妙地坐上'
     '了书记的位子。说来是个冷笑话，这一届，他不在候选人名单中，却参与了选举，票数是二十余票，低于该村郭远'
     '东的33票和杨勇、杨小毛的32票。而杨勇、郭远东和杨小毛三人同时被任命为该村村委副书记，王功娃却不公'
     '不布地又一次被推上了书记的位子。这一消息，笔者从平陆县圣人涧镇主管选举工作的副镇长赵某那里得到了证实'
     '，她说：“王功娃此届只被任命为村委第一书记，不是支部书记……”王功娃到底有何能耐，在一次次选举失利的'
     '情况下一次次被任命为村委第一把手的？带着这个疑问，笔者走访了该村的一些村民，得到的一致回答是王功娃多'
     '年来身为村委书记，大肆贪污和侵占公款，能送得起，另外他与镇委书记张锦涛的私人关系很不一般……那么，他'
     '是如何贪污和侵占公款的？以下是笔者了解的情况：据村民杨建丰反应，1986年，王功娃第一次上任为村支书'
     '便引起了村民们的反感，该村官将属于村里公共财产的公路两旁的桐树和沟里的杨树卖掉，款项吞为己有。',
     'in', None, False, ['贪污贿赂', '组织纪律'],
     [('王功娃', '村委书记', '东延村')]),
    # 06
    ('http://yongfu.qlgl.gov.cn/show-242-52126-1-8.html',
     '2022年12月8日，桂林市灵川县海洋乡纪委接到思安头村委思安头村村民电话举报：在村委公示的2022'
     '-2023年冬春困难救助对象名单中只有91名农户的名单公示，漏报一些确实受到旱情汛情影响的农户。接到'
     '村民到举报后，海洋乡纪委立即成立调查组对村民反映的问题进行核查。针对反映的情况，调查组第一时间赶赴思'
     '安头村开展入户走访，对村民反映的情况进行核查。调查组向村委工作人员询问公示人员名单情况。调查组通过实'
     '地走访，深入漏报的农户家中询问了解他们是否知道有冬春困难救助补贴。调查组到乡民政办调取资料核实问题情'
     '况，并要求其在村委未核实确定好符合补贴条件的农户名单时暂缓上报名单、发放补贴。经核查，思安头村委未正'
     '式召开会议讨论补贴名单，就将名单报至乡民政办并将名单在村委进行公示，造成名单上遗漏了157户村民的名'
     '单，使农户利益受损，存在工作失职失责。最终，海洋乡纪委对思安头村委并对思安头村委下发了监察建议，要求'
     '其认真剖析问题原因，提出整改措施，举一反三，抓源治本健全机制。此后，调查组到思安头村再次核实符合补贴'
     '条件的人员公示名单（248户）。近日，思安头村村民终于收到冬春困难救助补贴费。',
     'in', None, False, ['工作纪律', '群众纪律'],
     []),
    # 07
    ('http://m.onedir.cn/zhuangxiu/detail-33637.html',
     '他的這些言行成為近期社會關注的熱點，雷清平本人也在網上被稱為“最牛公務員”。然而，3月29日，雷清平'
     '卻對記者矢口否認此事。吐祥鎮村民楊某（化名）告訴記者，3月17日上午，自己去鎮**找黨政辦主任雷清平'
     '簽字，辦公室其他人說雷主任不在，指點自己到祥和廣場后面的馬路附近去找。“到那里，我嚇了一跳。”楊某說'
     '，“雷主任正紅光滿面地穿梭在幾十桌酒席之間，場面很熱鬧。”吐祥鎮村民王明清也告訴記者，雷清平是酒席的'
     '“支客”。擔任“支客”者，通常酒量較大，與宴席主人關系密切，在宴席中負責招呼客人，安排酒菜杯碟等事務'
     '，有事還要替主人擋酒。當時，雷清平正在安排客人的座次，見到楊某來辦事，不高興地說“很忙沒空”。“為啥'
     '他有空吃宴席，就沒時間理我？”楊某想不通。',
     'in', None, False, ['工作纪律', '八项规定', '群众纪律'],
     [('雷清平', '黨政辦主任', '吐祥鎮')]),
    # 08
    ('http://news.jsw.com.cn/2014-02/18/content_3000705.htm',
     '近日，江苏盐城市亭湖区盐东镇居民反映，因违规超标建设办公大楼一事，该镇党委书记和镇长被纪委调查了。据'
     '该镇熟知政府事务的人士介绍：新政府大楼是2014年元旦正式启用的，当天还在楼下举行了升旗仪式，可在1'
     '月20日前后，镇政府部门连夜匆忙地又从新大楼搬出。',
     'in', None, False, ['八项规定'],
     [(None, '党委书记', '盐东镇'), (None, '镇长', '盐东镇')]),
    # 09
    ('http://news.022china.com/2009/08-18/131488_0.html',
     '《甘肃环县：大坝频频垮塌，天灾还是人祸》，详细报道了甘肃省庆阳市环县境内多处淤地坝频频垮塌的现象。报'
     '道刊登后，相关方面十分重视，组成多个调查组深入调查。日前，本报记者从环县县委获悉，两官员目前已经因为'
     '工作失职遭处理。其中，刘志荣被免去环县水土保持管理局局长一职，并给予党内严重警告处分；环县常务副县长'
     '宇军被给予党内诫勉处分。环县县委、县政府决定在全县范围内扎实开展干部职工作风整顿专项教育活动，干部作'
     '风建设领导小组办公室在发出的《致全县干部职工的一封信》中，号召广大干部职工时刻以发展为要，改陋习，扬'
     '正气，自觉转变作风，干好本职工作，监督、检举、揭发作风飘浮、纪律散漫、不讲大局、造谣诬告、大吃大喝、'
     '贪污腐败，特别是想达到个人目的的利用网络、信息胡作非为的人和事。',
     'in', None, False, ['工作纪律'],
     [('刘志荣', '局长', '环县水土保持管理局'), ('宇军', '常务副县长', '环县')]),
    # 10
    ('http://realestatemoneyvault.com/nrpd/content/2011-08/14/content_411115.htm',
     '《新生領錄取通知書得先交200元鞭炮費？》一文，報道了嘉積中學分校在向學生發放通知書時，有班主任以買'
     '鞭炮、舉辦座談會的茶水費為由，向學生收取費用一事。瓊海市教育局非常重視本報報道，今天上午，教育局紀檢'
     '組對此事介入調查，證實確有該校個別班主任收取了“鞭炮茶水費”。據瓊海市教育局紀檢組初步調查，有3個班'
     '的班主任收取了13名學生，每人50-200元不等的“鞭炮茶水費”共計2250元，當事班主任均稱“是家'
     '長自愿捐贈的，沒有強行收取”，目前此事還在進一步調查。瓊海市教育局局長劉曉朝表示，不論是否自愿，學校'
     '或班主任均無權私自收取所謂“鞭炮茶水費”，他責令收此項費用的有關人員，在今天下午前，必須如數無條件退'
     '還給學生家長，并要求學校對此進行整改。劉曉朝對媒體的監督表示感謝，他說，在新學期開學之際，將總結此次'
     '事件的經驗教訓，堅決杜絕再次發生類似事件，如家長遇到學校不合理收費，可向教育局舉報。',
     'in', None, False, ['群众纪律'],
     []),
    # 11
    ('https://zszx110.org/fazhi/1634.html',
     '“我的家庭住宅被暴力强制拆迁铲除，家庭财产被填埋，并殴打本人致重伤住院。6年来多次反映情况，上级一次'
     '次将材料转到地方属地管理，当地有关部门总是互相拖诿，至今仍不给予赔偿处理。”近日，广西博白县的朱光新'
     '女士致函有关部门反映说。2007年11月，我通过正当渠道在博白县博白镇官田村山塘顶茶根水渠南边（即原'
     '博县农机学校办公楼北侧围墙外）购置了一宗土地250m²，建设房屋居住并经营生猪养殖业。其中猪场面积1'
     '42.37m²，住房面积100多m²。2011年，广西泽坤房地产开发有限公司征收原博白县羽绒制品厂和'
     '原博白县农机学校两个单位的土地，开发“博白县三和·欧洲城”房地产项目。从未有过任何单位（包括三和·欧'
     '洲城房地产商）找过我协商要征我们的民房。2015年7月29日上午，时任县土地局副局长兼县土地征收拆迁'
     '办负责人朱某锋在没有合法征收手续的情况下，准备好救护车，带领几十名身穿制服、头戴钢盔的工作人员和一群'
     '不明身份的社会人员，手持棍棒强闯我房屋，试图拦截我朱光新。我发现对方来势汹汹，房门被堵死，感到情况不'
     '对劲，即爬上房顶保护自己。还没等我反应过来，几个身穿制服人员和社会青年男子也随即追上房顶，其中一个县'
     '住建局的拆迁人员一个箭步正要殴打我时，因用力过重踏烂瓦面而陷下屋内受伤。我随即被后来围上来几个男子围'
     '殴。一个中年妇道人家哪里经得住四五个青年男人的围殴，我当即被打昏迷，腿严重受伤，身上其他部位也多处受'
     '伤，衣服被蛮横撕烂，下体裸露在大众广庭之下。接着，被殴打致昏迷、浑身伤痕、鲜血直流的我，和受伤的拆迁'
     '人员一起被抬上事先备好的救护车，送到博白县人民医院抢救治疗。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('朱某锋', '副局长兼县土地征收拆迁办负责人', '县土地局'), (None, '拆迁人员', '县住建局')]),
    # 12
    ('https://www.zgxsw.xin/wangluotianxia/20160428/3318.html',
     '我是湖北省崇阳县白霓镇浪口村10组村民，全家5口人，上有7旬老母，下有3个读大学的孩子，靠勤扒苦做，'
     '过得虽不算殷实，但也安乐祥和。然而，自2010年县政府引进武汉三特集团公司对我村组的山川、土地、温泉'
     '等宝贵资源进行商业旅游开发后，我家的处境就开始噩运不断。一是强拆住房，无人预告。2011年1月28日'
     '，因我3个孩子都在外面读书，我在县城开麻木，妻子帮人洗碗打工之际，由县、镇、村组成的拆迁指挥部在大批'
     '警察和地方流氓打手的助威下，将我位于温泉河堤下的住房层层包围。他们杀气腾腾，像日本兵进村一样，砸坏门'
     '锁和所有门窗，将所有的家电、家具等物品搬走，并将部分家具砸烂。然后，调来挖土机将二层平顶砸破。我闻讯'
     '赶回家强烈制止，要求妥善处理此事，原白霓镇党委书记石峰（现已升任副县长）竟口出狂言鼓躁说：“怕什么，'
     '只要不死人，不会影响我升官”。这样一来，所谓指挥部人员变本加厉开始进行疯狂侵害。5月8日清晨，他们又'
     '趁我家没人，再次用挖机强行拆除全部房屋，致使我合法持有县国土局于2001年10月批准新建占地面积15'
     '0m2、总建筑面积400m2、当时造价达20万元的房屋被夷为平地，后经清点财产，累计损失24万余元。'
     '二是得寸进尺，步步蚕食。2012年1月9日，白霓镇党委副书记饶清文及指挥部人员和派出所干警，竟将挖机'
     '开进我的老宅基地、菜园地、祖坟山及责任田进行全方位的挖掘破坏。当我与老母亲出面阻止其违法行为并质问凭'
     '什么占用时，他们竟动用武力将我们掀翻在地，并拖离施工现场。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('石峰', '原镇党委书记', '白霓镇'), ('饶清文', '镇党委副书记', '白霓镇')]),
    # 13
    ('https://sqxfy.hncourt.gov.cn/public/detail.php?id=2801',
     '“社旗县法院的执行干警都是好样的！”5月20日，社旗县法院执行干警宋兴林、程沛善分别收到当事人吕女士'
     '及其丈夫张某感谢的电话。去年4月，张某驾驶登记在其妻子吕某名下的普通客车被某单位执法车辆意外碰撞。法'
     '院判令该单位赔偿张某医疗费等各项损失1.8万余元，赔偿吕某车辆损失4.4万余元。两案立案后，分别由执'
     '行干警宋兴林、程沛善执行。两位干警曾先后到该单位交涉履行事宜，该单位负责人每次都满口允诺，却迟迟不兑'
     '现执行款，两案的执行一度陷入僵局。想要顺利执结两案，必须找到一个突破口。近日，两名执行干警再次找到该'
     '单位负责人，拿着社旗法院与社旗县精神文明建设指导委员会办公室联合印发的《关于进一步推进文明社旗建设加'
     '强惩戒失信行为的实施意见的通知》，向该单位负责人释明利害，若不积极履行执行义务，单位在争先创优及文明'
     '单位创建中将受到影响。该单位负责人明白了这是法院发出的最后“通牒”，再加上两位执行干警的锲而不舍，让'
     '他彻底打消了一拖再拖的想法，一再致歉并安排财务部门立即履行两案执行款。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.csflxx.com/f91841.htm',
     '尊敬的市长：您好！打扰您了！我们是吴波、吴伟俩兄弟，系星城镇马桥河村村民。2011年9月3日，我们俩'
     '兄弟的房屋遭村、镇政府非法强拆，现在是居无定所，生活无着落，可以讲是走投无路了，特恳请您在百忙之中抽'
     '出时间看完我们的汇报，我们深信，我们这些弱势群体的生活会牵动您的心，“情为民所系，权为民所用，利为民'
     '所谋”这句话深刻体现了共产党对我们老百姓的深切关怀，相信您会是一位可亲可敬的亲民领导，同时也相信您不'
     '愿意看到我们被迫进京找党中央、国务院领导来解决我们的基本生活保障和住房问题。又或者把我们逼得走极端。'
     '我们两户房屋位于望城县星城镇马桥河村同兴重建地，位于大北农二期工程红线内。大北农二期工程从2010年'
     '4月10日启动征地以来，我们两户开始并不同意征收，到主动配合拆迁，一直得不到星城镇政府公开合理的补偿'
     '方式。今年4月14日镇政府拆迁负责人唐华大、张志等人对我们两户采取威胁的方式。并将于4月15日对我们'
     '两户房屋进行行政强拆为要挟，致使我们两户在村领导的担保下，我们同意在不计吴红（妹妹）母子及母亲李艳平'
     '的拆迁款在内的情况下以每户80万元进行拆迁。当时由于村上担保，双方只签订了一份“协议”，没有付补偿款'
     '，5天之后，也就是4月19日，当我们拆完一半房屋后找镇政府拿补偿款时，镇政府只承认按所谓的“协议”上'
     '的款数进行支付，并且连同吴红母子及母亲李艳平在内，导致我们再次停止拆迁。',
     'out', '征地拆迁', True, [],
     [('唐华大', '拆迁负责人', '星城镇'), ('张志', '拆迁负责人', '星城镇')]),
    # 15
    ('http://www.413629.com/edu/xiaoyuan/1477014-2.html',
     '昨日中午，記者陪馬大姐來到化工路上的中學生學習報附中，一位姓鄧的副校長接待了她。不過，鄧副校長表示，'
     '小金“學籍管理費”的事兒，自己做不了主，需要和劉校長商量商量。而劉校長并未在學校，“他要是下午不回來'
     '，我就給他打電話。”鄧副校長表示，“孩子的事是大事，會給孩子盡力報名，今天一定給個回復。”當天下午，'
     '記者陪著馬大姐來到鄭州市教育局咨詢，民辦教育處的工作人員表示，曾經也有人說過民辦學校收取“學籍管理費'
     '”的事，但是他們向物價部門咨詢過，后者從來沒有批準他們可以收取“學籍管理費”。他說，“這是學校的行為'
     '。”當晚8點45分，記者再次聯系上馬大姐。馬大姐表示，鄧副校長給她打過電話，讓她找后勤上一個姓郭的老'
     '師，不過，后者還是讓她找鄧副校長協商。',
     'out', '个人利益诉求', False, [],
     []),
    # 16
    ('http://wubu.gov.cn/appeal/view.jsp?model_id=1&sq_id=2581',
     '我们是二中后山的住房户，我们的子女都在二中上学，涉及上学学生上千人，现在二中把二门封闭并在二门里边封'
     '墙。把这里堵死后，孩子上学怎么办？',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://linxiang.gov.cn/webapp/lxzfw/email/viewPublic.jsp?id=56637',
     '临湘市濡溪镇棋杆村村里经济较好，村里有渔场、石场、砖厂等企业，但村里公路坑坑洼洼，晴天一身灰，雨天一'
     '身泥，出门都要走二三公里的泥巴路。村民强烈建议以村里带头，村里企业出部分资金，村民自筹部分资金修好村'
     '里通组公路（铺水泥路面），但村里似乎不大关心这一关系老百姓出门难的大事，相比临湘市横卜、壁山等相对穷'
     '困落后地方村组都通上了水泥路，敬请有关领导部门实地调查，给个答案也心安！陈春保同志：您好！收到您反映'
     '的问题，儒溪镇人民政府立即成立工作组进行调查，现就有关调查情况回复如下：经调查，我镇旗杆村村部分公路'
     '确实存在没有铺水泥路、路面坑洼等情况，村里也一直在想办法解决该问题。但是存在一定的困难：一是村财政每'
     '年都要在环境整治等方面进行投入，并且还要还债，村财政十分紧张。二是向市公路局申报修路指标有难度。但尽'
     '管存在困难，镇、村两级还是积极想办法，争取各方面的资金，尽早修好村级公路，方便群众出行。',
     'out', '其他', False, [],
     []),
    # 18
    ('https://yylq.gov.cn/webapp/yylq/email/viewPublic.jsp?id=70412',
     '市领导：您好！我是一名在重庆工作的岳阳人，今年的三月份回到老家给小孩办理更名手续及全家人的护照等证件'
     '，首先对近几年岳阳市的城市建议及政府人员的办事效率和服务态度感到非常的欣慰和满意（说句实话这个感受让'
     '我觉的非常的自豪）；但也有不如人意的事情：近几年全国新农村建设都在开展，且我现所在的城市周边的农村建'
     '设也非常的漂亮，家家通公路；但我的老家（岳阳楼区郭镇乡磨刀村徐家组）还是土路，一下雨车就进不去，全村'
     '近300人连口象样的水塘都没有，这与周边相近的农村建设相差太远（难道就是因为与乡政府距离太远，不影响'
     '政府的形象，就可以不作为吗？附带图片）在写这封信前，我没有抱着能够收到回复的想法，但我相信政府的工作'
     '效率转变不只是表现工作，这封信是代表我那村里父老乡亲而写的望能得到重视我解决，谢谢！',
     'out', '其他', False, [],
     []),
    # 19
    ('http://computernetworkingdegrees.com/e/tool/gbook/show.php?bid=1&showid=325904',
     '2021年9月23日晚上東潤壹號廣場項目整夜都在施工，一直到早上六點多才停，周圍緊鄰住戶，有老人，有'
     '孩子，有上班族，這整夜施工，聲音特別大，吵的都睡不成覺，我們休息不好，孩子怎么上課？我們怎么上班？希'
     '望領導能制止這種擾民行為，不要再出現這種晚上施工的情況了。盡量避免出現施工噪音擾民現象，現已按照相關'
     '法律規定對其夜間施工、擾民行為進行處理。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://wuxinsheng.cn/html/hudong-view.html?classid=10079&itemid=15633+',
     '我是鼓樓都市小區的業主，小區西側每天晚上九點多開始挖掘機施工，一直到后半夜才能消停，影響老人孩子休息'
     '。我局領導高度重視，安排執法人員前去現場勘察，通過現場勘察，群眾反映問題地點為鼓樓都市西側施工工地，'
     '執法人員隨即聯系工地負責人，要求其工地必須按照《河北省生態環境保護條例》第五十七條第二款之規定，嚴禁'
     '夜間（晚22點至凌晨6點）進行產生環境噪聲污染的建筑施工作業。工地負責人表示理解與支持。同時我局執法'
     '人員將會加強夜間巡查力度，嚴肅整治夜間噪音擾民問題。感謝您對城管工作的關注，請您對我們的工作多提寶貴'
     '意見和建議。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.ywjingxing.com.cn/zmhd/lytj/202507/t20250722_1967642.html',
     '2025年4月份，“縣長信箱”欄目共收到群眾來信18件，已辦理18件，網站公開2件；“政務咨詢”欄目'
     '共收到群眾來信2件，已辦理2件，網站公開1件；兩個互動欄目，共受理群眾來信20件，辦理20件，網站公'
     '開3件。網民來信涉道路交通、教育、就業招聘、醫療衛生、市場收費、環境衛生等多方面事項，已通過來信回復'
     '、電話回訪、現場解答做好相關解答工作，并告知來信網民具體負責部門、辦理程序。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://news.sina.com.cn/s/2004-09-02/10363561656s.shtml',
     '昨天，南京市90万中小学生步入学校。今天起，南京日报开通教育乱收费举报热线，欢迎广大学生、家长参与。'
     '据了解，市教育局日前对中小学开学收费标准进行了公示。规定正常情况下，中小学开学只能收取杂费、电教代办'
     '费、住宿费、体检费等规定费用。为了让广大学生、家长了解教育收费政策，并让一些学校违反收费政策的行为得'
     '到及时发现、纠正与查处，本报今起开通教育乱收费举报热线。如遇到此类问题，家长、学生可拨打本报热线84'
     '499000或83994100举报。该热线24小时开通。一经接报，本报将立即和学校、教育部门取得联系'
     '，及时给举报者回复处理办法。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH130, "fresh130")
