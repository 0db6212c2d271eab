"""Sealed batch fresh146: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh144th.py; the batch and its row ids are "fresh146".)

Theme: village work teams and first secretaries (驻村工作队, 第一书记, 包村干部, 帮扶责任人): first secretaries
recalled for being absent or "走读", a 车路村 first secretary recalled after asking for a kitchen, a
TV and a toilet, city cadres whose village sign-in sheets and 民情笔记 were written by others, a
帮扶手册 signed two years ahead, work-team members who could not show their own bed, a villager's
post on teacher-帮扶干部 who came only to fill forms, the 云南 recall of 1117 队员, 帮扶责任人 who wrote an
illiterate 贫困户's 帮扶成效 and signed for her, a 村委会主任 on his own village's 扶贫 list, 福建 officials who took
扶贫 money, a video of absent village cadres that the 和县 answer calls untrue, and the 巨鹿 扶贫办
chiefs who passed fake poor households; out items are a contractor's judgment debt that a 驻村
cadre meets on his first night, a boundary quarrel that a work team mediates, a first
secretary's diary on a neighbour's land report, a villager who fed the village's visiting cadres
for 8 years and was never paid, a letter on a lame 贫困户's muddy yard, a farewell 锦旗 for a work
team, a first secretary who "截留" a thank-you letter, a 新华社 diary on 脱贫饭, and two policy
questions on the work teams' rules and money. No stored page came up on a work-team member
drinking at a villager's expense that was not already in the set (the 襄汾 包村干部 and 中东村 drinking
cases were used), so the eating theme is carried by the out items 016, 020 and 022, and three in
items come from the neighbouring 扶贫 money and lists (009, 010, 012).
Sources (stored-pages search): a 新浪河南 copy of 濮阳发布 on the recalled first secretaries; a baogaosu
copy of the 人民日报 report on 召回制度 and 车路村; the 人民网 (BIG5) copy of the 半月谈 report on the 长沙 民情笔记
(traditional); the 天全 纪委 page on the "来自未来的帮扶手册"; the 南方农村报 copy of the 半月谈 "复盘驻村" report; an
观察者网 user post on the teacher-帮扶干部; a copy of the 中工网 cartoon comment (from 北京晨报) on 挂名式帮扶; an
ryxmt copy of the 新京报 report on the 颍泉 邱营村 扶贫手册; a handmsg letter from a 重庆 home visit
(traditional); a dddjmc copy of a 福建 report on 扶贫 money cases (traditional); an hbcasj report on
the 长建村 video (traditional); a freewechat copy of the piece on the eight kinds of "虚假入贫"; out: a
hebiw (鹤壁) newspaper profile of the court officer 李勇, a 网易 report on the 西关村 mediation, an
lxweimin copy of a first secretary's diary (traditional), a 010bz report on the 旬邑 "派饭" debt
(traditional), a letter on the 大英 (daying.gov.cn) government mailbox, an 凤凰网安徽 report on the 兴圩村
farewell, a yxnxf copy of a newspaper story on 刘向东 (traditional), the 中华网 copy of the 新华社
reporter's 驻村 diary, a 乐都 "应知应会" policy page and a Q&A page on 驻村工作队经费 (traditional).
Eight texts are in traditional script (items 3, 9-11, 15, 16, 19, 22; the glossing pinyin of the
converted copies removed in 10, 11, 16 and 22).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, decks, sub-headings,
bylines, datelines, captions, "打开网易新闻 查看精彩图片", the pages' numbered heads and question
numbers ("1", "那些“尬事”", "一、明知存在…", "1.", "1、") and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("34.6萬元", "2014-2020年"), the ASCII double quotes of 020 written “…”; stray spaces
after punctuation removed (005, 018) and the space inside "研究 部署" (021). Page oddities kept:
"公裡" and the small "﹔" (003), "庚即" (004), "!!" (006, full-width), the unpaired closing quote
after "脱贫致富。" (002), "视他乡为故乡“" (018), "和胡春耕簽訂補充協議" (015, the page's slip for
胡學義), "睛天" (022) and the mixed simplified forms of the traditional pages ("干部", "并", "后",
"于", "里").
scope "in" for alleged misconduct of a party member or public official (village cadres
included; first secretaries, 驻村 and 帮扶 cadres sent by state banks, institutes, power bureaus,
firms and schools count as holding a public post while they serve in the village, as fresh98th.py
did for 刘素兵), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, villagers and officials who only handled, investigated, announced,
mediated or answered are not accused; an organ or an unnamed group accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name, "原" kept; for a sent cadre the "驻…村第一书记" post with the sending unit as unit,
as fresh98th.py's 刘素兵) and units as written; unit None when the text ties the person to no
named unit. Topics only from the twelve names of triage.md; absent, "走读" and paper-only 帮扶 and
forged records are 形式主义官僚主义 beside 工作纪律, 扶贫 money and goods kept back from poor
households 群众纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (016,
017). Out types: 涉法涉诉 1 (013), 征地拆迁 2 (014, 015), 个人利益诉求 2 (016, 017), 其他 5
(018-022). 17 accused entries, all in items 1-12: 12 with a full name (朱少飞, 李应华, 彭京仁,
劉利冰, 秦良蒂, 牛杰 (a pseudonym as written), 龔嵩啟, 葉力生, 廖林華, 何鎮炎, 程蕴昭,
葛之理), 1 masked (陳某陸), 4 post only. Items 004, 006 and 007 are in scope with no accused
entry. Out items have no accused entry.

Close calls:
 1  Site lines, headline and "来源:濮阳发布" cut; ends before the page's share links. The two
    named first secretaries as first written, "市农商银行驻濮阳县白堽乡刘庄村第一书记朱少飞" and
    "市林科院驻…曹闵城村第一书记李应华": position the 驻村 post, unit the sending unit (as
    fresh98th.py). The one "存在“走读”现象的市派驻村第一书记" who was 约谈 is one unnamed accused
    official: (None, '市派驻村第一书记', None) (hard: could be left out as only talked to). The
    older one sent back for his age is not accused of anything. 工作纪律, 形式主义官僚主义.
 2  The headline "【人民日报】…", the date, the heads "人在心不在 干事走过场", "车路村第一书记召回记",
    "村民从热盼到失望", the deck "工作不力,驻村干部被召回…" and the byline cut; ends before the
    truncated "加上没有厕…" sentence, so the unpaired closing quote after "脱贫致富。" stays as on
    the page. The recalled "第一书记" of 车路村 is one unnamed accused official: (None, '第一书记',
    '车路村'); the "扶贫干部" recalled with him are of no stated number (a group, no entry), and the
    first secretary of the free clinic is the new one. Hard: the recall is told, the faults
    (做饭、电视机、厕所) only begin. 工作纪律, 形式主义官僚主义.
 3  Traditional (a BIG5 copy); title, deck, the "應付檢查“走基層”…" sub-heading and the page's
    site lines cut; ends before the 民情日记本 paragraph. "長沙市電業局副局長彭京仁、發展策劃部主任
    劉利冰、辦公室副主任秦良蒂" as written, all with unit '長沙市電業局'. The 鎮、村干部 who signed
    for them are an unnamed group, the 電業局 that defends them an organ. 形式主义官僚主义 and
    工作纪律.
 4  The 天全 纪委 page's path line, title and info line cut. Nobody is named: the "包村干部和村组
    干部" and the "5名相关责任人" are unnamed groups, 杨志明 the 贫困户: in, no entry. 形式主义官僚主义
    (future-dated 帮扶手册) and 工作纪律.
 5  The numbered head "1" and "那些“尬事”" cut; ends before the truncated "经过一番“闹剧”…". 牛杰
    is a pseudonym the page gives ("牛杰(化名)"); kept as written, position '驻村干部' and unit
    None ("某通信企业员工牛杰…是一山区脱贫村的驻村干部": the firm and the village are unnamed;
    hard: '员工' is the post written first). The two cadres with one bed are an unnamed pair (no
    entry); the 扶贫干部 who guides is only a witness. 形式主义官僚主义, 工作纪律.
 6  A user post; its "【本文来自…】" note and title cut. The "扶贫干部" who are "县城里的老师" and
    the "调查干部" are unnamed groups: in, no entry. The wasted water-project money is told, not
    laid on anyone. 形式主义官僚主义, 工作纪律.
 7  A cartoon comment, short; the site lines, byline and image credit cut. In, no entry: the
    1117 recalled 队员 are an unnamed group. 形式主义官僚主义, 工作纪律.
 8  The stored page is the 新京报 report's fourth page (it starts at "83岁的王素清"); ends before
    the truncated "村干部来到她家," sentence. The 帮扶责任人 who wrote 王素清's 帮扶成效 and "代签" for
    her is one unnamed accused official: (None, '帮扶责任人', None) (hard: the text says 帮扶责任人
    are "包括村干部在内", so the post could be read as an unnamed group and given no entry). 李永刚,
    the 邱营村 村干部 who denies it ("他们说啥我们记啥"), only answers: not accused (hard). The
    颍泉区扶贫办 only listed her. 形式主义官僚主义 (paper 帮扶成效) and 工作纪律. This item replaces
    the 泗阳 扶贫羊 page first chosen: it was sealed in fresh145 (fresh143th.py) a minute before
    this batch was first committed.
 9  Traditional; a letter-essay after a home visit; the page's closing "……" cut. The 表叔's
    "他們村村委會主任" (on the 扶贫 list himself, the other places to his own clan) is one unnamed accused
    official with no named village: (None, '村委會主任', None); the other relative's "村干部" are an
    unnamed group. 群众纪律 (优亲厚友) and 廉洁纪律 (the feasts villagers attend to get a place).
10  Traditional; the garbled heading "斬…黑手”" cut; ends before the truncated 魏正福 sentence (so
    he is not in the text). The type labels "虛報冒領：", "截留挪用：", "騙取專項資金：" are inline and
    kept. Four named: 龔嵩啟 ('原校長', '寧德市壽寧縣南陽高級中學', a public school head), 葉力生
    ('原常委、統戰部長', '明溪縣委'), 廖林華 ('原黨支部書記', '新村'), 何鎮炎 ('村委會原主任', '下河村',
    as fresh127th.py wrote "長灘村村委會原主任"). The "少數單位" are organs. Off theme (扶贫 money).
    贪污贿赂, 群众纪律, 廉洁纪律, 八项规定 (公款購買土特產、茶葉及其他禮品).
11  Traditional; the page's unrelated 新疆 paragraph that follows and its truncated "20" cut. A
    villager's video says the 村委主任、書記 and others were away; the county's 情况说明 calls it
    untrue. Scope is the allegation, in even when answered as untrue (as fresh9th.py's 周某): the
    村書記 first written "村書記陳某陸" is the one named: ('陳某陸', '村書記', '長建村'); the
    村委主任 may be the same man and is not named. 楊某, 胡某婷, 趙某嬌, 陳某, 謝某濛, 賈某智 are
    those on duty or away on work, 司某某 the villager: not accused. Hard: could be read as 其他 (an
    official rebuttal). Only 工作纪律.
12  The title and the numbered heads "一、…" and "二、…" cut; ends before the third type (its 马玉凤
    sentence is truncated). 程蕴昭 ('原主任', '巨鹿县扶贫办') and "主任科员葛之理" (unit from the
    same sentence, '巨鹿县扶贫办'). The 崔寨村 and the 马山县 are organs, its "多名责任人" and the
    343 财政供养人员 unnamed groups. Off theme (false poor households). 工作纪律, 廉洁纪律 (虚报冒领)
    and 群众纪律.
13  涉法涉诉: the contractor 张某's 4万 工程款 against the 村委会, "经法院判决，现已到执行阶段". The
    sub-heading "10多平方米的小屋成临时法庭" cut; ends before the truncated "这件事…". Most of the
    text is a profile of the 驻村 cadre 李勇 (a court officer); the unpaid village debt is a judged
    civil debt, not an allegation: out, not mixed. Could be read as 其他.
14  征地拆迁: a quarrel over a field boundary ("土地种植地界不清") between 杨某 and 王某, mediated by
    the 村调委会, 包村干部 and the 驻村工作队. "原标题:…" and the "打开网易新闻 查看精彩图片" lines
    cut. Could be read as 其他 (a news report of a settled quarrel).
15  征地拆迁, traditional: a first secretary's diary; a villager's mailbox report of his
    neighbour "違法占用村集體一畝地種樹" is found to be a grudge; ends before the truncated "現在老…".
    The 村集體's "瑕疵" (a spoken permission without a written agreement) is no misconduct laid
    on anyone: out, not mixed. 胡春耕 and 胡學義 are villagers, 嚴學亮, 邢書記 and 陳鎮 only handle.
    Could be read as 其他.
16  Mixed, traditional: 張養新's claim to the 2.5万 for 7,876 "派飯" meals the village's visiting
    cadres ate on the 村委會's promise (个人利益诉求) and the 村委會 that left him with 白条 for some
    15 years. The byline "本報記者 程剛 武丹文/圖" cut; the sentence "多年來,他們不斷到當…" garbled
    in the stored copy ("當?shù)乜h") cut; ends before the truncated "可把他們一…". Out as a debt
    claim (hard: could be read as in under 拖欠群众款物, IS.MAS.02); the 村委會 is an organ and the
    eating 干部 an unnamed group: no entry.
17  Mixed, hard: a mailbox letter (the title "泥泞里的期盼,与院坝上的热闹" and the empty 办理情况
    cut) asking for the lame 老李's yard path to be filled, beside the criticism that "党员们"
    paved a comrade's own 院坝 instead. Out 个人利益诉求 (the request); the party members are an
    unnamed group and no use of a post or of public money is alleged, so it could be read as
    out and not mixed, or as in (优亲厚友).
18  其他: a work team's farewell and the 锦旗; site lines and title cut; ends before the truncated
    "希望工作…". Only praise.
19  其他, traditional: a first secretary "截留" a thank-you letter addressed to the 市政府 (he asked
    to keep it); title lines, "□記者 董卿 從春龍 報道" and the dateline "本報煙臺訊" cut. No
    misconduct despite the word 截留.
20  其他: a 新华社 reporter's 驻村 diary on eating at former 贫困户's homes; the site lines, the
    title, dateline, byline and the diary's date line "2018年5月15日 天气晴 星期二" cut. The work
    team brings its own food; no misconduct alleged.
21  其他: a policy Q&A on the 驻村 rules (日志, 考勤, 请假); the account line, headings "第二章…",
    "第十一节 驻村帮扶", the question number "1." and the item "(五)定期培训制度。" with its truncated
    sentence cut.
22  其他, traditional: a Q&A page on 驻村工作队经费 and the old "吃派飯" rules; the question number
    "1、" cut; ends before the truncated 春節 sentence. Could be read as 个人利益诉求 (a question
    about a cadre's own pay).
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH146: list[Item] = [
    # 01
    ('http://henan.sina.cn/news/z/2018-10-18/detail-ihmrasqs0022623.d.html?vt=4&cid=56303',
     '10月15日，濮阳市委组织部启用召回程序，对2名市派驻村第一书记进行了组织召回。截至目前，全市已召回'
     '8名市、县派驻村第一书记。近期，根据基层反映和督查了解情况，市委选派办发现市农商银行驻濮阳县白堽乡刘'
     '庄村第一书记朱少飞经常不在村，不坚守岗位；市林科院驻濮阳县渠村乡曹闵城村第一书记李应华作风不实，工作'
     '不在状态。根据《河南省驻村第一书记召回办法（试行）》规定，市委组织部责令选派单位对2名驻村第一书记进'
     '行组织召回，并重新选派优秀党员干部担任驻村第一书记。同时，市委组织部对1名存在“走读”现象的市派驻村'
     '第一书记，进行了约谈；对1名年龄较大、不宜担任驻村工作的驻村第一书记，责令其派出单位重新选派。据了解'
     '，市委组织部将持续加大第一书记驻村帮扶工作督导力度，严格落实奖惩措施，激励全市驻村第一书记在打赢脱贫'
     '攻坚战中发挥“尖兵”作用。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [('朱少飞', '驻濮阳县白堽乡刘庄村第一书记', '市农商银行'), ('李应华', '驻濮阳县渠村乡曹闵城村第一书记', '市林科院'), (None, '市派驻村第一书记', None)]),
    # 02
    ('http://lanzhou.baogaosu.com/xinwen/%E6%8C%82%E5%90%8D%E5%BC%8F%E5%B8%AE%E6%89%B6%E5%A4%9A%E5%9C'
     '%B0%E5%AE%9E%E6%96%BD%E6%89%B6%E8%B4%AB%E5%B9%B2%E9%83%A8%E5%8F%AC%E5%9B%9E/51322451',
     '针对“走读式”“挂名式”帮扶，只转转不用心、只谈谈不落实等情况，多地实施扶贫（驻村）干部召回制度。对'
     '被召回的干部，情节轻微的教育培训、“回炉再造”，严重的要给予组织处理。截至目前，贵州、湖北、云南等地'
     '，已有数千名干部被召回。对扶贫干部召回制度应当怎么看？出现“走读式”“挂名式”帮扶，主要原因是什么？'
     '怎样通过干部召回来压实责任，确保驻村扶贫制度在执行中不走样、不变形？本报记者调查相关案例，约请专家解'
     '读分析。雨过天晴，车路村村委会前的篮球场上人声鼎沸。原来，是村里的第一书记和驻村扶贫干部请来省里的医'
     '疗专家在进行义诊和健康宣传教育，给村民送医、送药。车路村位于青海海东市乐都区瞿昙镇。村民还记得，今年'
     '初，派到他们村的第一书记和扶贫干部曾被组织部门召回，引起不小的震动。村委会主任杨登奎说，车路村常住户'
     '只有68户，其中贫困户33户，2户是五保户。这里交通不便，土地贫瘠，人均可种植土地不足一亩，村民外出'
     '务工干的也多是体力活，挣不到大钱，脱贫任务十分艰巨。去年10月18日，省上派来的第一书记和驻村干部到'
     '了我们村，我心头一热，指望着他们带领大家脱贫致富。”村里的会计魏礼唐说。据瞿昙镇副镇长李红婷介绍，第'
     '一书记和扶贫干部到村里不久，就向镇上提出要解决他们的做饭、电视机、厕所等问题，镇上答应先解决做饭问题'
     '。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [(None, '第一书记', '车路村')]),
    # 03
    ('http://cpc.people.com.cn/pinglun/BIG5/n/2013/0418/c78779-21180336.html',
     '明明人在數十公裡之外的市區，簽名卻出現在聯點駐村的簽到本上﹔三本密密麻麻的民情筆記，竟然全由基層干部'
     '代寫……近期，在長沙市組織的一次暗訪中，發現市電業局三名聯點駐村干部公然造假。在輿論一片嘩然之際，長'
     '沙市電業局仍然振振有詞，稱其駐點干部“工作扎實”、為村裡辦了不少實事，贏得了當地群眾“較好的口碑”。'
     '2011年底以來，長沙市全面推行萬名干部聯點駐村駐社區，一場旨在密切干群聯系、改進作風的活動正如火如'
     '荼地開展。然而，在長沙市電業局的聯系點長沙縣開慧鎮葛家村，半月談記者與長沙市委群眾工作辦公室的督查人'
     '員卻碰到一樁怪事。今年2月28日上午，當督查人員來到葛家村時，長沙市電業局副局長彭京仁、發展策劃部主'
     '任劉利冰、辦公室副主任秦良蒂三名干部均不見蹤影。按照長沙市規定，每月9、10、27、28日四天，作為'
     '駐點工作隊長的電業局副局長彭京仁必須到村，其他兩名干部則應長期脫產駐村。督查人員撥通了彭京仁的電話，'
     '電話那頭聲音很嘈雜。督查干部問：“我是葛家村的，請問彭局長您現在哪裡？”彭回答：“在開會。”暗訪干部'
     '又問其他兩位脫產聯村干部的去向，彭回答“不知道”，然后就挂斷了電話。很顯然，三人並沒有按規定下村。翻'
     '開葛家村群眾工作站的簽到本，三人名字卻赫然在目。看到事情“露餡”了，在場的鎮、村干部不得不承認，三名'
     '干部這些天根本就沒過來，簽到本上的名字是由基層干部代簽的。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('彭京仁', '副局長', '長沙市電業局'), ('劉利冰', '發展策劃部主任', '長沙市電業局'), ('秦良蒂', '辦公室副主任', '長沙市電業局')]),
    # 04
    ('http://tqjw.gov.cn/nzcms_show_news.asp?id=1350',
     '“老乡，最近生活有什么困难吗？有人到你家走访吗？”新华乡纪委检查组在新华乡银坪村对贫困户杨志明的情况'
     '进行现场了解。“来了，来了，那天村上来关心我了，我很配合都签字认可了的，一下子签了好几页呢。”这位老'
     '乡的回答，让检查组的同志心底犯起了嘀咕：这签字的应该是扶贫帮扶手册，扶贫帮扶手册是从2014-202'
     '0年对扶贫措施的连续记录，是对贫困户脱贫前后的持续帮扶佐证，扶贫帮扶手册应该是一季度一签字认可，为什'
     '么老乡会说一下子签了好几页呢？会不会是有人在弄虚作假呢？带着这个疑问，检查组庚即赶到银坪村村委会仔细'
     '翻看了户档资料，果不其然，发现贫困户杨志明的帮扶手册中从2018年下半年到2020年都有签字和手印的'
     '痕迹，这帮扶的时间都还未到，何来的帮扶措施和成效？这是明显弄虚作假啊。看到这一幕，检查组的同志直呼：'
     '荒唐啊，荒唐！这…这简直就是一本来自未来的“帮扶手册”嘛。针对这个问题，检查组立即在现场对负责此事的'
     '干部进行了谈话教育。在场的包村干部和村组干部都被检查组问得面红耳赤，一句话也答不上来。事后，涉及这个'
     '问题的相关村干部找到检查组的同志说：“我们也是一时‘图便利’，做了如此荒唐的事情，现在经过检查组的批'
     '评教育，已经清醒认识到了脱贫攻坚来不得半点虚假，对于群众的利益开不得半点玩笑，保证在以后工作中要做到'
     '一步一个脚印，踏踏实实工作”。目前，涉及银坪村脱贫攻坚档案资料弄虚作假问题的5名相关责任人已被通报批'
     '评，相关问题线索已按照要求移交县纪委立案审查。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 05
    ('https://news.nfncb.cn/gdxczxfwzx/2328.html',
     '在脱贫攻坚期间，奋战在扶贫一线的驻村干部是不可或缺的重要力量。脱贫攻坚告捷，乡村振兴接力，“驻村”仍'
     '将是阶段性工作的有力抓手。半月谈记者多年蹲点调研驻村工作发现，对驻村工作来说，既有现实困境，又潜藏形'
     '式主义弊病，真正做好驻村工作绝非易事。站在新的历史交汇点，中央要求健全常态化驻村工作机制。在这种背景'
     '下，亟须对“驻村”这一工作形式进行复盘，在新阶段重新定义“驻”的逻辑，明确并完善相应的配套体制、激励'
     '机制，让广大驻村干部全身心投入乡村振兴。数年间，不少驻村干部从“初来乍到”到“驻村能手”，用沾满泥土'
     '的脚印，为脱贫攻坚作出生动注脚。但也有少数基层干部心怀“过客心理”，虽占比不多却发人深省。在某驻村队'
     '办公室，放置了两张单人床，A床铺盖齐全，B床只有床垫没有床单，且两床用品都比较新，没有太多居住痕迹。'
     '当记者分别询问两位驻村干部所住床位时，两人竟指向了同一张床，发现不对劲后连忙改口称“我们有时换着床睡'
     '”，场面十分尴尬。这是记者夜间突访距离县城10分钟车程的一个村子时遇到的场景。某通信企业员工牛杰（化'
     '名）是一山区脱贫村的驻村干部。采访中记者提出了解牛杰的居住环境时，他说由于村里条件有限，他们住在离村'
     '约2公里的乡政府。为了进一步确认，记者和县里扶贫干部前往乡政府，并提议让牛杰带领查看居住地。“带看”'
     '过程并不顺畅。在一位扶贫干部的“引路”下，牛杰进入一间卧室，然而连灯的开关在哪里都找不到，他称自己几'
     '个月前住过这里，现在不熟悉了。他又称最近住在乡里的农家宾馆，随后记者发现该宾馆并未营业，先前看过的卧'
     '室也被证实是乡政府干部的休息室。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('牛杰', '驻村干部', None)]),
    # 06
    ('https://user.observersnews.com/main/content?id=959844&s=fwzwyzzwzbt',
     '我谨叙述下我接触的扶贫干部，只是我所在地的情况，以小见大以点带面见微知著也好，一叶障目管中窥豹以偏概'
     '全也罢，只是叙述实际情况。我村扶贫干部都是县城里的老师，无事不登三宝殿每次都是上面有要求填表了才会来'
     '，乡里出现过来过两次找不对家门、不知道户主姓啥、最后大检查前突击进门交代如何说、对接户只见过一次帮扶'
     '人员的情况。填的那张情况表格特别大比两张A4纸还大，内容也很丰富，但基本都是一问一答自己不去实际看看'
     '，问的时候也很有“技巧”，举个例子，调查表里有一项是自来水饮用水是否安全，就我村情况，都修了3个水塔'
     '换了2次管道了，结果呢？时不时停水，时不时坏，最后结果是家家户户都打了井，是所有的户都打了井！！国家'
     '拨款白花了。然后就这人家默认打勾，还有的家水滑溜溜的，调查干部也不喝一口说没事直接打勾。每次来都特别'
     '着急，他们老师打一辆车过来，火急火燎地问完就走，字多的就手机拍照说回去再填，我们对他们没有一点信任，'
     '他们对我们也当完成任务。2020大检查完成后，没有一对帮扶人员和村里还有联系。小康在我们那就是202'
     '0年到了该实现小康了，发展成什么样，这个样就是小康，先射箭后画靶。仅单个人单个地区意见，不具代表性。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 07
    ('https://m.auribault.com/comment/443/201608/17/160817102323256.shtml',
     '针对有的驻村帮扶干部搞“走读式”“挂名式”帮扶，有的驻村干部“只转转、不用心”“只谈谈，不落实”的问'
     '题，今年4月，云南省实施了《驻村扶贫工作队员召回办法》，截至目前已有1117名驻村扶贫工作队员被召回'
     '。（《中国青年报》）驻村干部的工作作风虚浮，直接影响脱贫攻坚任务的落实。不合格驻村干部不但要召回，还'
     '应问责。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 08
    ('https://ryxmt.com.cn/News/scroll/19749_4.html',
     '83岁的王素清一人独居，患有肺气肿，经常喘不过气。她的两个儿子住在同村，但据她说儿子很少履行赡养义务'
     '；她还有三个女儿，都身患疾病自顾不暇。2016年起，王素清被颍泉区扶贫办列为一般贫困户。新京报记者在'
     '王素清家中看到两本“扶贫手册”，上面记载了每月帮扶责任人到家中扶贫的“时间”和“成效”。据一名邱营村'
     '村干部介绍，包括村干部在内的帮扶责任人每人帮扶五户贫困户，每个月都要去贫困户家里走访，询问家中情况，'
     '填写扶贫手册。新京报记者将扶贫手册上的内容与王素清老人一一核实，发现诸多记载存在争议。例如，在今年的'
     '成效内容中记载，对于1月份“子女过年给600”，王素清称“老大给100元，老三给100元，老四给20'
     '0元，一共给了400元”；对于2月份“亲戚来看望给900元礼金”，老人表示“没印象”；5月份“子女给'
     '400”，王素清称“只给了100元”。然而，在每项“帮扶成效”后面，均有王素清的签字和手印。王素清说'
     '，她不识字，每次均由帮扶责任人代签，“手印也是让我按就按了”。新京报记者看到，每处签名后面都标了“代'
     '”字。新京报记者在走访中发现，在颍泉区行流镇邱营村，有王素清类似遭遇的贫困户并非个例。新京报记者与多'
     '户不识字老人核对“帮扶成效”时，均有老人表示所载内容与实际不符。6月26日，邱营村一名村干部李永刚对'
     '此事予以否认，李永刚表示，“他们说啥我们记啥，会签字的签字，不会签字的就按个手印。他们不说的事儿你哪'
     '敢记呢？”李永刚称，“农村人都好哭穷，一进门儿都说我没钱，但是你算算，一个人一年养老金就有1000多'
     '元。”新京报记者了解到，在邱营村，老人养老金为每月110元，一年共计1320元。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [(None, '帮扶责任人', None)]),
    # 09
    ('http://m.handmsg.com/page/2016/0412/25386839.shtml',
     '前不久，我回重慶市東北某縣老家小住了幾日。晚間，和村鄰親朋圍坐一席，雖是粗茶淡飯、薄酒鄉菜，卻也愜意'
     '。飯后，大家一起閑聊，無意間說到了脫貧致富的話題，不少親朋對中央提出全面建成小康社會的目標非常振奮，'
     '對縣里要求建立貧困戶臺賬、要求每家每戶都有對口干部幫扶的做法表示支持，但對于基層干部的某些做法頗有微'
     '詞。一位遠房表叔說，他們村村委會主任，在十幾年前就建起了上下兩層樓的磚房，讓全村人都很羨慕。他的兒子'
     '多年前在外地讀完大學，在當地工作安了家，女兒早年也嫁到了城里。如今，兒子、女兒很少回來，老兩口自己住'
     '著一幢大房子，家里還養著豬和雞。然而，就是這樣一個富足的家庭，居然還領著扶貧款。表叔說，全村只有五個'
     '貧困補助名額，村主任自己占了一個，其他幾個名額都給了他本姓的幾家。“村西頭老李他們家，土墻房子被雨淋'
     '得都快垮了，僅靠幾根棍子頂著，這樣的家庭卻領不到救濟。你說，這叫什么事？”表叔睜著酒后血紅的大眼盯著'
     '我問，讓我感到無比尷尬，卻不知該說什么好。另一位親戚接話說，他們村也好不到哪兒去。村干部掌握著分配貧'
     '困戶指標的權力，誰和村干部的關系好，誰給村干部的利益多，他就把名額給誰。為了得到這樣的救助指標，不少'
     '村民都得巴結著村干部，村干部家里有紅白喜事辦酒席，即使沒有發請帖，那炸得啪啪響的鞭炮就是信號，周圍的'
     '村民特別是希望得到這些名額的人，都會“自覺主動”地去吃酒席。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [(None, '村委會主任', None)]),
    # 10
    ('http://m.dddjmc.com/news/fujian/gcdt/2016-10-19/1839420_2.html',
     '扶貧資金是脫貧攻堅的“兜底”之舉。然而，少數基層黨員干部卻在管理和發放扶貧資金的過程中，雁過拔毛、優'
     '親厚友，甚至直接侵占，導致扶貧政策、惠民資金在“最后一公里”走偏、受阻。從近年來曝光的案例來看，主要'
     '存在以下幾種類型：虛報冒領：在審批環節，少數黨員干部采取改變審批條件或名冊造假、重復申報等方式套取、'
     '侵吞扶貧資金。寧德市壽寧縣南陽高級中學原校長龔嵩啟負責本單位承接的陽光（雨露）培訓工作，他采取虛構培'
     '訓期數、虛報參訓人數、虛增學員補貼費等方式，騙取培訓專項款12.85萬元用于個人生活開支。截留挪用：'
     '少數單位將扶貧資金用于購買高檔煙酒、支付接待費，有的甚至占用部分扶貧資金用于彌補單位經費不足。比如，'
     '明溪縣委原常委、統戰部長葉力生將扶貧資金挪作辦公經費，公款購買土特產、茶葉及其他禮品，違規干預和插手'
     '公共財政資金分配。騙取專項資金：龍巖市永定區岐嶺鄉新村原黨支部書記廖林華偽造材料，套取危房改造補助款'
     '39.2萬元，騙取農村改廁補助資金和拆舊建新扶持資金22萬元，并占為己有；詔安縣梅嶺鎮下河村委會原主'
     '任何鎮炎則將鎮里的53名貧困戶，列為其本人擔任法人代表的縣江海水產養殖專業合作社的扶貧對象，從縣委農'
     '辦申領補助資金12萬元。',
     'in', None, False, ['贪污贿赂', '群众纪律', '廉洁纪律', '八项规定'],
     [('龔嵩啟', '原校長', '寧德市壽寧縣南陽高級中學'), ('葉力生', '原常委、統戰部長', '明溪縣委'), ('廖林華', '原黨支部書記', '新村'), ('何鎮炎', '村委會原主任', '下河村')]),
    # 11
    ('http://m.hbcasj.com/socialgd/10000169/20250827/48764831.html',
     '8月25日，有網友在社交平臺發布了一段視頻，質疑安徽省馬鞍山市和縣功橋鎮長建村村干部提前下班。視頻中'
     '，一名男子在村部拍攝并表示，下午4點51分時，村委主任、書記和其他干部均不在崗，導致村民辦事找不到人'
     '。26日，該視頻發布者未回應媒體聯系。同日下午，視頻已從社交平臺上刪除。隨后，和縣有關部門發布了一份'
     '情況說明，指出視頻內容不屬實。據情況說明，8月25日下午4點50分左右，長建村村民司某某來到村部找村'
     '書記陳某陸反映問題。當時，村黨總支副書記楊某、村黨總支委員胡某婷、村委委員趙某嬌及村后備干部陳某等四'
     '人在崗。而村書記陳某陸正陪同縣人保經理前往晉村脫貧戶家宣傳農業保險，村副主任謝某濛在外收集材料，書記'
     '助理賈某智則在鎮巡察辦處理事務。村副書記楊某告知了司某某關于陳書記的去向，并建議他電話聯系陳書記，但'
     '司某某表示不接受，并拍攝了視頻。情況說明還提到，大約4點55分，村副書記楊某將現場情況告知了在外的陳'
     '某陸書記。隨后，陳某陸給司某某回電詢問是否需要返回村部，司某某表示不需要。兩人通話過程中語氣客氣，無'
     '任何沖突。通話結束后，司某某離開了村部并在社交平臺發布了視頻。8月26日上午，功橋鎮迅速介入調查，核'
     '實了村干部在崗情況，并與視頻發布人司某某進行了溝通。最終，司某某的問題得到解決，他于當天下午1時主動'
     '刪除了發布的視頻。',
     'in', None, False, ['工作纪律'],
     [('陳某陸', '村書記', '長建村')]),
    # 12
    ('https://freewechat.com/a/MjM5NTExMTYwMQ==/2649503458/2',
     '开着高级轿车领补助款、名下有车有房有商铺还是贫困户、“关系户”“人情户”成补贴对象……这些在贫困人口'
     '精准识别工作中弄虚作假，将不符合标准的非贫困人口纳入帮扶范围享受政府救助的现象令人愤恨。近年来，各级'
     '纪检监察机关严肃查处曝光多起“假贫困户”背后的腐败和作风问题，透过这些问题，我们梳理了“虚假入贫”的'
     '8类表现。2015年至2016年，河北省巨鹿县观寨乡崔寨村在实施蔬菜大棚项目中以非贫困户冒充贫困户等'
     '方式虚报冒领国家扶贫资金63.27万元，巨鹿县扶贫办明知虚报冒领行为，却仍然批准拨付资金。2017年'
     '11月，巨鹿县扶贫办原主任程蕴昭受到开除党籍、政务撤职处分，降为科员；主任科员葛之理受到政务撤职处分'
     '，降为科员。2015年8月，审计署对广西壮族自治区马山县进行抽查时发现，该县认定的扶贫对象中，有31'
     '19人不符合扶贫建档立卡标准，其中有343人属于财政供养人员，有2454人购买了2645辆汽车，43'
     '人在县城购买商品房或自建住房，439人为个体工商户或经营公司。问题披露后，当地迅速采取整改措施，对各'
     '乡镇、县扶贫办、县财政局、县民政局等单位多名责任人进行责任追究。当年10月起，广西抽调25万名干部进'
     '村入户，对全区500多万贫困人口开展精准识别工作，剔除了50多万“假贫困农户”。',
     'in', None, False, ['工作纪律', '廉洁纪律', '群众纪律'],
     [('程蕴昭', '原主任', '巨鹿县扶贫办'), ('葛之理', '主任科员', '巨鹿县扶贫办')]),
    # 13
    ('http://qbwb.hebiw.com/html/2012-10/29/content_100785.htm',
     '10月26日清晨，当深秋的第一缕阳光照进淇滨区钜桥镇艾庄村的时候，驻村干部李勇已早早洗漱完毕，准备到'
     '村头的张大娘家调解家庭纠纷了。“俗话说，‘早起的鸟儿有虫吃’，凡事都要赶早。忙完手头的活，下午还要去'
     '区里开个会。”李勇笑着对记者说。驻村半年多来，他和同事们尽全力帮助艾庄村改变落后面貌。“一撇一捺写出'
     '个人，一生一世才做成个人，红手印摁出个大写的人，万世根本是做人……”李勇说，2011年年初，淇滨区法'
     '院组织干警观看电影《第一书记》，他对这部电影的主题曲印象特别深刻，也从以安徽凤阳县小岗村原第一书记沈'
     '浩为原型摄制的电影中认识到了一个共产党员对党和人民的那份忠诚。“当时心中唯有震撼与深思，从那刻起，我'
     '也希望有机会到农村历练一下。”李勇说，今年6月，淇滨区组织“百名干部下基层，维稳创安促发展”行动，他'
     '主动报名到条件艰苦的艾庄村驻村。一间十多平米的小屋挤满三张木板床，没有空调、办公桌、饮水机，就是在这'
     '间简陋小屋，李勇恪守着他的驻村使命。进驻艾庄村的第一天，晚上九点多，他刚安顿好，一阵急促的敲门声打破'
     '了宁静。“你们是不是区里来的驻村工作组？”李勇打开门，发现来访者是一位情绪激动的中年男子，声音里充满'
     '了火药味。“我刚从村委会回来，跟村干部谈到现在，我还是没拿到他们欠我的工程款，都欠了四五年了。”该男'
     '子冲着李勇不停地说道。原来该男子姓张，是一名包工头。村委会欠他4万元工程款一直未还。经法院判决，现已'
     '到执行阶段，但由于强制执行会影响村委会正常运转，所以执行工作一时陷入困境，张某因迟迟得不到工程款而十'
     '分着急。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.163.com/news/article/H7M3LTSB041999RB.html',
     '5月17日下午，城关镇西关村七组两名群众杨某和王某因土地种植地界不清发生口角，导致两家多年来积怨、旧'
     '怨一起爆发。杨某、王某及家属情绪十分激动，双方各执一词、态度强硬、眼看将发生肢体冲突，西关村党总支和'
     '驻村工作队及时赶到事发地。了解事情来龙去脉后，村调委会、包村干部、驻村工作队开始了4个多小时的耐心调'
     '解，以“背靠背”的工作方式为双方讲理讲法，现场用“地亩帐”说话、用“公平尺”丈量，最终双方均做出了让'
     '步。调解结束后，王某和杨某现场订立“君子协定”，以“地亩帐”所定亩数为准，双方握手言和，这场几乎发生'
     '流血事件的矛盾纠纷在村两委和驻村工作队的耐心调解下得到了妥善化解，周围群众都拍手称赞。今后，西关村党'
     '总支、驻村工作队将持续深入推进“我为群众办实事”实践活动，不断发扬为民服务精神，全方位、多角度摸排并'
     '真诚耐心化解涉及辖区群众切身利益的各类矛盾纠纷，全力以赴做好辖区群众的贴心人、暖心人，努力提升人民群'
     '众获得感、安全感和幸福感。用实际行动为民办实事、解难题，将矛盾纠纷化解在基层，全面助力推进乡村振兴建'
     '设。',
     'out', '征地拆迁', False, [],
     []),
    # 15
    ('http://www.lxweimin.com/p/4413e874e231',
     '2020年7月2日，升官莊村。下午三點多，鎮上負責政法信訪的邢書記和包村領導陳鎮帶著幾個鄉鎮干部匆匆'
     '來到村委會。邢書記面色嚴峻，在會議室剛落座，就質問村兩委有關村民舉報違法占地的事兒查清沒有。我想起來'
     '，前幾天有村民給縣長郵箱留言，舉報他的鄰居違法占用村集體一畝地種樹的事兒。但是，作為村第一書記，我只'
     '能是旁觀者，最多可以給予宏觀指導。這是村委會的具體事務，我沒有權利直接干涉。只能在村里明確求助或者鎮'
     '領導直接指定的時候，我才能插手。當然，如果村委會處置明顯不當，我也可以直接向上級反映情況予以糾正。但'
     '是這種情況幾乎沒有。負責治安的村委委員嚴學亮立即匯報說，昨天已經把事情查清核實，舉報人胡春耕和被舉報'
     '人胡學義是前后鄰居，前不久兩家發生糾紛，胡春耕為了泄憤就舉報胡學義占地種樹的事兒。事實是，六年前村集'
     '體決定把胡學義家門前的大坑填平，留作宅基地備用。當時胡學義自己已經把坑填了大半，種的楊樹也很高了，遮'
     '擋了鄰居家光線。村委會把坑填平后，把楊樹也砍了。村委會沒錢補償，就允許胡學義暫時在填平的大坑上繼續種'
     '小樹。簡單說來，就是胡春耕舉報的事情不實，胡學義是經過村委會同意暫時種樹的，不是違法占用集體土地。胡'
     '春耕就是故意報復，胡攪蠻纏！嚴學亮瞪著眼珠子生氣地說。邢書記伸出手向下壓了壓，示意嚴學亮稍安勿躁。他'
     '沉思片刻說，事情雖然搞清楚了，但是縣里還要求書面回復的報告。胡春耕利用舉報發泄私憤不假，但是村集體當'
     '時做法也存在瑕疵，允許胡學義種樹的事兒只有人證，沒有協議，只有村委會知道，村民代表不知道。建議村委會'
     '立即和胡春耕簽訂補充協議，并召開村民代表大會，由村民代表簽字表決。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('http://www.010bz.com/news/b/2016-04-07/detail-ifxrcizu3704040.shtml?from=sx_ydph',
     '近日，旬邑縣底廟鎮一位姓張的村民向記者反映，多年前他家因飯食做得好，被村委會安排為駐村干部做“派飯”'
     '。當時不論是縣里還是鄉鎮里來的干部，凡是到村里工作都可以在他家吃頓飯、歇歇腳，村委會也承諾按期給他結'
     '算伙食費用。然而讓他沒有想到的是，這個做派飯的任務他一干就是8年，卻始終沒有拿到一分錢伙食費，至今仍'
     '在為這筆派飯欠款四處討要。3月10日，記者就這位村民反映的問題，來到旬邑縣底廟鎮進行了調查采訪。在該'
     '鎮西牛村的反映人張養新家中，這位憨厚的村民拿出村干部給他的欠賬白條告訴記者，1993年7月至2001'
     '年9月的8年時間里，他一直負責給來村里工作的干部管飯，凡是來吃飯的干部只要給他記個賬、簽個字即可離開'
     '，村委會承諾每頓飯按照3.2元給他結算費用。幾年下來，張養新家的記賬條子寫滿了4個筆記本，前后一共吃'
     '了7876頓飯，一共墊付了2.5萬余元伙食費，村里沒有給他結算過一分錢費用。采訪中張養新的老伴抱怨說'
     '，這筆錢在當時可是一個不小的數字，幾乎相當于一戶村民所有的積蓄。回憶起給村里做“派飯”的那段日子，張'
     '養新說當年不管是搞計劃生育、農田基建還是校舍建設，凡是縣里各個政府部門給村里安排工作的時候，幾乎天天'
     '都有干部在他家里吃飯。',
     'out', '个人利益诉求', True, [],
     []),
    # 17
    ('https://www.daying.gov.cn/mail/view.html?bid=10a1b7ea7ef5e5e8d439aad04f775fff&id=5931b5baf2be6d'
     'def62c152db194fa7e',
     '村头老李的腿不利索，院子里的路坑洼得厉害，阴雨天里更是滑得难行，他拄着拐杖挪一步都要喘半天，多少次念'
     '叨着“能把路填填就好了”，声音轻得像怕惊扰了谁。而村尾那片空地上，最近却热闹得很——党员们正一起动手'
     '，给自家同志的院坝铺水泥。铁锹碰撞的声响、说笑的声音传得老远，和老李院子里的寂静比起来，像两个世界。'
     '本该是“先群众之忧而忧”的党员，却在自家院坝的水泥地上聚得整齐；本该被优先关照的腿脚不便的贫困户，还'
     '在泥泞里数着日子盼。这热闹里，藏着多少没说出口的寒心？这水泥的温度，又该暖向谁的脚下？希望这热闹能分'
     '些目光给泥泞里的期盼，让该被看见的需求，真的被放在心上。',
     'out', '个人利益诉求', True, [],
     []),
    # 18
    ('https://ah.ifeng.com/c/8arhOw7jusM',
     '6月28日是安徽省第八批选派干部驻村最后一天，也是和县历阳镇兴圩村驻村工作队和乡亲们告别的日子。兴圩'
     '村举办了“欢送第八批驻村工作队仪式”，历阳镇分管兴圩村的包村干部、镇行政服务中心主任宋寿华，兴圩村两'
     '委干部、网格员以及党员、群众代表和驻村工作队全体成员参加，进行了座谈交流、赠送锦旗、颁发聘书、送行道'
     '别等仪式。在座谈会上，第八批驻村工作队第一书记、工作队队长郭道江深情回忆驻村三年工作的点点滴滴，并表'
     '示“三年驻村行政、一世驻村情”，三年下来兴圩村已成为“第二个故乡”。驻村三年，工作队用脚步丈量兴圩大'
     '地，用心倾听群众心声，用情感悟兴圩村万家灯火，用力书写兴圩村的振兴序章。虽然马上就离开兴圩村了，但依'
     '然“心留兴圩，情系兴圩”；回到工作岗位后，将一如既往地关心兴圩村的发展，力所能及为兴圩村的发展出力、'
     '献策。兴圩村包村干部宋寿华主任对安徽工业大学等四家帮扶单位对兴圩村的大力帮扶表示最诚挚的感谢，同时对'
     '驻村第一书记郭道江、工作队成员三年“视他乡为故乡“、“视群众为家人”，驻村工作走深走实，扎下根子、俯'
     '下身子、迈开步子、甩开膀子，用心用情用力建强村党组织、推进强村富民，提升治理水平、协调落实结对帮扶，'
     '发展产业带动就业，打造农产品品牌促进消费帮扶以及夯实基础设施，提升群众的幸福感、获得感等方面做了很多'
     '卓有成效的贡献。兴圩村党总支书记、村委会主任王燕代表村两委对工作队的真心付出、真情奉献、真抓实干表示'
     '真诚的感谢，兴圩村村民将铭记在心。',
     'out', '其他', False, [],
     []),
    # 19
    ('https://yxnxf.com/xinwen/minsheng/qwe7q.html',
     '一封要寄給棗莊市政府的感謝信，卻被村裡的第一書記給“截留”了。這是咋回事？7月16日，煙臺大學“書初'
     '心·記扶貧”實踐隊到羅營村後，聽村民講了這封“沒有寄出去的感謝信”的故事。今年，煙臺大學的劉向東，被'
     '選派到棗莊市山亭區店子鎮羅營村擔任第一書記。劉向東駐村後，挨家挨戶進行走訪，瞭解百姓困難，並著手抓農'
     '村基層黨建工作，改變了村黨支部16年“無新人”的局面。在走訪中，劉向東瞭解到，在江蘇南京打工的村民羅'
     '宗生因肌肉萎縮喪失勞動能力。其家中上有90歲老母、下有3個孩子，挑起家庭全部重擔的妻子分身乏術，沒有'
     '足夠的精力照顧他。劉向東在得知羅宗生的境遇後，告訴他，“不要放棄希望，你回家，我們都來照顧你”。羅宗'
     '生感動地說：“多虧了劉書記，一段時間我覺得自己是家裡的累贅，是劉書記讓我看到了希望。”羅宗生讓女兒替'
     '他寫了一封感謝劉向東的信，並要寄給市政府。劉向東得知後，說：“如果你真的想感謝我，就把這封信送給我吧'
     '。”他一直將這封信放在自己的口袋裡，將它作為鞭策自己、不斷為群眾辦實事的動力。“這封信對第一書記來說'
     '，是一份最珍貴的禮物。”劉向東說。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://kan.china.com/article/277491.html',
     '今天午饭前，郑兵书记告诉我，今天到李桂庭家里吃午饭。李桂庭曾是村里的贫困户，因为儿子患上了鼻癌，家里'
     '的积蓄都用于治疗费用，生活一度难以为继，他们家也因此被评为了贫困户。但是这位在村里出了名的能吃苦的汉'
     '子，被评为贫困户以后不等不靠，靠着自己养的一匹马，经常到山里去帮人驮运货物，再加上打些零工，生活逐渐'
     '走出了困境，再加上扶贫干部时常到家里来走访帮扶，他创造美好生活的劲头也越来越足。尽管已经脱了贫，但是'
     '去他家吃饭，不会给他们添麻烦吗？我的心里犯起了嘀咕。郑兵一眼就看出了我的顾虑，他笑着告诉我，这是贫困'
     '户的“脱贫饭”，是让我们一起去庆贺的，我们要是不去，贫困户会觉着我们看不起他们。原来，为了更好地开展'
     '帮扶工作，驻村工作组的成员在来到村里的第一天，就决定不做“走读式”的帮扶干部，他们把被褥和行李带到了'
     '村部，和村民生活在同一屋檐下。大到产业发展和政策帮扶，小到日常生活中的琐事，帮扶干部都全天候“在线”'
     '，在同吃同住同劳动的过程中，村民们和帮扶干部结下了深厚的友谊。山里人秉性淳朴，也懂得感恩，许多贫困户'
     '脱贫“摘帽”后，为了感谢帮扶干部的用心付出，纷纷主动邀请他们上门吃上一顿“脱贫饭”。驻村工作组成员郭'
     '发龙告诉我，刚开始的时候，他们也觉得不好意思，但是经不住脱贫户三番五次的盛情邀请，“农村就是这样的，'
     '人家请你吃饭，你一再推脱不去，人家心里会有意见的。”于是，每逢村民邀驻村干部去家里吃个便饭，驻村干部'
     '就自己也买点菜带到贫困户的家里，避免让贫困户破费。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://wxredian.com/art?id=a63f3d5d74766940d4b9fd695c036424',
     '驻村干部应当遵守哪些制度？答：（一）工作例会制度。乡镇党委和政府每月至少召开1次工作例会，听取驻村工'
     '作汇报、协调解决困难问题、研究部署阶段性工作。（二）驻村日志制度。驻村干部写好驻村日志，如实记录工作'
     '进展、心得体会、面临困难和每周计划等情况。（三）日常考勤制度。乡镇党委和政府指定专人，对驻村干部进行'
     '日常考勤，确保每年驻村工作时间不少于200天，严禁“走读”和“两头跑”。县级组织部门、农办、农业农村'
     '部门及乡镇党委政府要加强精细化管理，严格落实日常管理考核相关制度。对交通便利且离家路程较近、能够及时'
     '到村的本地选派驻村干部，经县级组织、农业农村部门严格审核同意后，不硬性要求全部在村住宿，须安排与村干'
     '部晚上轮流值班值守，同时也要防止大面积“走读”现象。选派到牧业村的驻村干部，要以服务好村级发展和牧民'
     '群众为原则，经县级组织、农业农村部门严格审核备案后，可按照牧民群众季节轮牧的生产生活习惯和规律，适时'
     '在冬季牧场、夏季牧场群众集中居住地办公和住宿，开展驻村帮扶工作。（四）请假报备制度。驻村干部因病因事'
     '请假5天以内的，由乡镇党委书记审批；超过5天的经乡镇党委书记审核同意，报县级党委组织部门审批备案。外'
     '出参会培训、协调项目、争取资金等需要离村的，应当向乡镇党委和政府报备，离村期间视为驻村工作。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.sushanshangmao.com/taiwan/tainanshi/360701.html',
     '七月初，新選派的鄉村振興工作隊壓茬駐村。從2019年下半年，駐村工作隊員的補貼由組織部統一發放，每個'
     '工作隊最多報三個人，多余的則由單位按組織部門的標準自行發放，年底，撥付每村駐村工作隊經費5000元，'
     '用于開展脫貧攻堅工作使用，不得用于生活方面。駐村工作隊經費最高多少？請問：你是問的上世紀五六七十年代'
     '人民公社時期的，駐生產隊工作組的經費待遇呢？還是問近兩年的扶貧工作隊的待遇呢？問近兩三年的不知道。問'
     '五六七十年代人民公社沒撤消之前的能告訴你，那時講為革命奉獻精神，為革命事業艱苦奮斗的三觀精神。步行或'
     '騎自行車下鄉，自帶行李卷，住在生產大隊隊部或生產隊隊房子或飼養員的值更喂馬的小屋里，吃派飯（由生產隊'
     '保管員記事，輪流安排）。標準就是家常便飯，房東吃啥干部吃啥，一頓飯交給房東三兩糧票1角錢，不得超標準'
     '吃飯，誰違犯誰是多吃多占，搞特殊化！這是紀律，誰違犯誰犯錯誤，會受到處理！沉入到田間地頭，與廣大社員'
     '促膝談心，調研農情，解決農情中存在的問題，與社員同吃同住同勞動，睛天一身土，雨天一身泥。與社員站在一'
     '起基本分不出誰是社員誰是國家干部，當時人民公社的國家干部沒有星期天。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH146, "fresh146")
