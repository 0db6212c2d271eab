"""Sealed batch fresh48: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: social security, medical insurance, pensions, 低保 and 残疾补贴 administration: fraud,
骗保 and 优亲厚友 by 民政/人社/医保 staff, health-centre heads and village cadres; out items are
personal benefit claims and disputes (pensions, 新农保, 低保, 民办教师 pension subsidy, 失地社保,
work injury, unpaid 社保) plus two items on the theme with no official accused. Sources
(stored-pages search): a 中国新闻周刊 copy on the 吉林 社保 fraud and a 桦皮厂镇 official; a
仙桃 纪委 list of three village cases (traditional); a blog post on a 高县 disabled woman beaten
by village secretaries before the 镇党委书记; a 广西 news report on 灌阳 village cadres and 五保金;
a 香港01 report on a 綏德 village head drawing disability aid (traditional); a report on the
承德 社保局 clerk and the 248 pensioners told to pay; a 凤翔 report on 低保 bribes; a 法治周末
lead on bought disability certificates; a magazine story on the 富源 大河鎮衛生院 and 新農合
fraud (traditional); a 羊城晚报 story on a Shenzhen 社区工作站 and a disabled woman's allowance;
a 新华社 report on the 东源 社保基金 and a forged judgment; a commentary on 低保 embezzlers;
out items: a work-injury appeal judgment, a union story on a cleaner's 社保 arbitration
(traditional), a 宁乡 demolition-and-社保 case, a letter on 失地社保 places in 大邑, a Shanghai
relocation story, a 渠县 低保 complaint answered by the village, a 菏泽 新农保 passbook story, a
宁德 民办教师 letter, a 国家医保局 release on private 骗保 cases and a commentary on rural
pensions. Four texts are in traditional script (items 2, 5, 9, 14).

Conventions: as in the earlier sealed batches (see fresh44th.py). Excerpts as published (whole
sentences kept, some paragraphs and sentences cut; page junk such as headlines, sub-headings,
image captions, bylines, datelines, source lines and list numbers removed; paragraphs joined;
ASCII punctuation written full-width except inside numbers ("6.5万元", "2-3人", "143元/月");
stray spaces the pages put around numbers, dashes and quotes or between paragraphs removed (015,
019, 022)). Page typos kept ("末稍神经", "这就是发生广东省", "日子过的", "先后"/"于"/"云" in the
traditional 009, "不依不挠"). scope "in" for alleged misconduct of a party member or public
official (village cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 /
其他. Petitioners, reporters, victims, witnesses, lawyers, private persons and officials who only
handled, investigated, announced or answered are not accused; an organ accused as a whole gives no
entry; an unnamed accused official or group of officials is one (None, position, unit) entry.
Names, positions (as first written with the name) and units as written, the unit taken from the
text around the name when it ties the person to a named unit, None when it names none. Topics only
from the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (003, 006,
010). Out types: 涉法涉诉 2 (013, 014), 征地拆迁 3 (015-017), 个人利益诉求 3 (018-020), 其他 2
(021, 022). 26 accused entries, all in items 1-12: 20 with a full name, 1 masked (史某维), 5 post
only; item 010 is in scope with no accused entry (an organ). Out items have no accused entry.

Close calls:
 1  中国新闻周刊 copy; headline, photo caption, byline and the sub-heading "入局" cut; the excerpt
    stops before the truncated sentence on the "代办社保" scheme. 关凤玲 first appears without a
    post ("镇政府的关凤玲"); the first post written with her is "桦皮厂镇民政部门负责人" (then
    "镇政府办公室主任"): ('民政部门负责人', '桦皮厂镇'). 王世国 and 老付 (go-betweens) and 王莲
    (victim) are private persons. Topics 廉洁纪律 and 滥用职权 (selling a sham retirement through
    her stamp); not 贪污贿赂, the excerpt does not say who kept the 6.5万.
 2  Traditional; a 纪委 list of which only the first three cases are kept (危房改造, 临时救助,
    高齡補貼); case 4 (a collective land lease, off theme) and case 5 (cut off in the stored copy)
    cut, list numbers removed. 張傳彪 is "村會計" without a village in the phrase; he is 鐘臘平's
    accountant in 白三洲村 ("鐘臘平等人"), so unit '白三洲村'. 王某, 何某, 李某 are beneficiaries.
    Topics 群众纪律 (优亲厚友) and 工作纪律 (false certificates, an age raised by 20 years).
 3  Mixed: the family's housing, the husband's cancelled 残疾证 and the low 低保 (claims) together
    with the beating by 村支书 while the 镇党委书记 looked on. The labelled lines "事发时间:",
    "事发地点:", "事发经过:" at the top and a sub-heading cut; the excerpt stops before the 镇政府's
    answer. 刘雨彬 is named only among the mahjong players, but "罗敏被三个村支书殴打" charges all
    three: entry. "该镇三名村支书" names no village: unit None for the three. 刘仕文 ('党委书记',
    '文江镇') stood by. Whoever cancelled the 残疾证 ("被人为操作注销") is unnamed: no entry.
    Topics 群众纪律 (violence against a petitioner) and 生活纪律 (beating, mahjong).
 4  史某维 is masked. The unnamed cadres of the "3个村" and the "其余几名村干部" who shared the
    五保金 with 周忠群 and 吕莫忠: one post-only entry ('村干部', unit None, several villages). The
    出纳 吕莫忠 is one of the "村干部" in the text; 周忠群 and 吕莫忠 get '龙吟村' from the paragraph.
    粟继群 (民政局副局长) only investigated. A sub-heading cut; the excerpt stops before the
    truncated sentence on the amounts.
 5  Traditional; headline, byline and the photo caption (which named "新當選的村長延鵬飛" first)
    cut. Hard: the fraud alleged (drawing 殘疾補助 while healthy) is not done through his office,
    but he is the newly elected 村委會主任 and the villagers also question the election (another
    village's ballots): in, topics 廉洁纪律 and 组织纪律. Position '村長' as first written with the
    name. 王非 (鎮黨委副書記) only answers; 胡東風 (殘聯理事長) could not be reached: not accused.
 6  Mixed: the 248 insured told to make up the hole or lose their pensions (a benefit dispute, with a
    lawyer's view) and the clerk's embezzlement. Unit as written with the name: '市社保局' (the page
    has just defined "承德市社保局"). He was convicted of 诈骗 for taking pension money "据为己有":
    topics 廉洁纪律 and 贪污贿赂. The 社保局 demanding the money is an organ; 李桂霞 and the lawyer
    谢通祥 are not accused. The page starts mid-story ("随后告诉她"); the caption "河北省承德市。" and
    the truncated last sentence cut.
 7  Headline, date and a sub-heading cut. The unnamed "南光耀村干部" who took 好处费 and 回扣: one
    post-only entry with unit '南光耀村', beside 陈宝平 ('村委会主任', '南光耀村'). Not mixed: 金拉绪's
    低保, not granted after he paid, is the object of the bribery allegation and nobody claims it
    now. The 横水镇纪委 only investigates.
 8  The headline, the sub-headline and the source and byline lines cut. The excerpt ends on the
    lead sentence "他们称残疾人证是通过村支书花钱办来的", which has no full stop on the page (kept
    so), because the next paragraph breaks off in the stored copy; the village is not named in the
    kept part: (None, '村支书', None). Topic 廉洁纪律 (certificates bought through him). The 中央纪委
    cases of the preamble are generic: no entry.
 9  Traditional (the page's simplified 后/于/云 kept); the author lines "文·圖/曲軒" and the
    headline cut; the excerpt stops before a truncated dialogue. Entered: the officials with posts,
    張禮 ('原院長') and 王享 and 楊平 ('副院長', from "副院長王享、楊平"), unit '大河鎮衛生院'. 周章
    (醫生), 劉驊 (聘用人員) and the pharmacy owners 張弦 and 劉永 were sentenced with them but hold no
    office in the text: not entered (hard for 周章).
10  Mixed: the family's own unpaid 残疾人补助 (about 18000元) and the suspicion that the 桂花社区
    工作站 drew it with forged signatures. The accused is the 工作站 as an organ: no entry (the
    "相关工作人员" are mentioned only by the 办事处 official who promises to pursue them, a handler).
    Headline and two sub-headings cut. Topics 群众纪律 (截留) and 廉洁纪律.
11  Dateline and a sub-heading cut; the excerpt stops before a truncated sentence. "本该追究责任的
    公务人员" is one post-only entry (unit None); the 县法院副院长 who forged the judgment is (None,
    '副院长', '县法院'). The 河源市劳动局 that 挤占挪用 is an organ; the 社会保障基金管理局负责人 only
    answers the reporter. Topics 滥用职权 (forged judgment) and 廉洁纪律 (diverted 社保基金).
12  Commentary; headline, deck, a sub-heading and a photo caption cut; the excerpt stops before the
    truncated sentence on 李莉's punishment. Three accused with posts and units as first written
    with the name; the essay's "个别基层干部" are general: no entry. Topics 群众纪律, 廉洁纪律 and
    贪污贿赂 (李莉's 72万).
13  涉法涉诉: an appeal judgment on a work-injury decision; the 劳社局 is a party organ; the site's
    masked names ("黄**") are parties. Page header and section headings ("一审法院查明", "上诉人诉称")
    cut; the excerpt stops before a truncated sentence.
14  涉法涉诉, traditional: a cleaner's claim for unpaid 社保 taken to labour arbitration with the
    union's legal aid. Could be read as 个人利益诉求; the text follows the arbitration case. No
    official involved; the 工會 staff help. The numbered claims, which break off, cut.
15  征地拆迁: eighteen years without the 宅基地 promised in a 拆迁 agreement and without 失地社保; the
    final judgment against her is part of the story, so it could be read as 涉法涉诉. "拦截、拖延、
    推诿" by unnamed "相关方" charges no person. Image captions ("(图片由蔡女士提供)", "打开网易新闻
    查看精彩图片") and a sub-heading cut; stray spaces around numbers and the dash removed.
16  征地拆迁: a letter against the lottery for 失地社保 places; the 村上 and the 村民代表大会 decide
    as bodies and no misconduct is alleged in the kept part (the letter's objections break off).
    Salutation kept.
17  征地拆迁: relocation flats ten years late; no official named. Headline, the summary, the byline
    "东方网记者陈珠还3月22日报道:" and a sub-heading cut.
18  个人利益诉求, hard: better-off families get 低保 and his poor brother does not, but no cadre is
    charged with favouritism; the 村支书 隗建国 only explains. Headline, summary, sub-headings and
    byline cut; the page's stray backslash after "‘吃" removed; the site's "***对象" kept.
19  个人利益诉求: a 新农保 passbook not issued for a year; the village 张会计 and the 劳保所 only
    handle. Dateline cut; the page's "新农合"/"新农保" mix kept.
20  个人利益诉求: a first-person letter on a cleared 民办教师's pension subsidy; the school's pressure
    to resign and the 教育局's refusal are grievances against organs, no person charged. Title cut;
    the excerpt stops before a truncated sentence.
21  其他: the 国家医保局's cases of insured private persons defrauding the fund; no official. The
    sentence on a 雅安 insured person who used "职务之便" (employer unstated) and the truncated last
    paragraph cut.
22  其他: a commentary on a deputy's proposal to raise rural pensions; no grievance against anyone.
    The excerpt stops before a truncated paragraph.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH48: list[Item] = [
    # 01
    ('http://gsdjw.com/news/fazhi/4551.html',
     '王莲和丈夫站在十字路口，目送王世国的车渐渐消失。桦皮厂镇冬季干冽的空气中，他们轻轻呼出一口气。几'
     '小时前，他们去银行取出了6.5万元现金。现在，一摞摞钱就堆在王世国的车上。按照王莲和丈夫的预期，'
     '他们将会得到一个有保障的晚年。中间人承诺，代办社保成功后，每个月可领取1050元养老金，当月办理'
     '，下月开支。在距离吉林市区30多公里的桦皮厂镇，上世纪八九十年代厂办大集体的辉煌早已不在，只剩下'
     '废弃的淀粉厂、化肥厂和绿化厂，厂房破败，门框脱落。当地人主要靠天吃饭，收成好时一年上万元，不好时'
     '就只有几千。6.5万元——对37位受骗的桦皮厂镇人而言，是费尽口舌从亲戚或高利贷处借来的“养命钱'
     '”。然而，他们的“老有可依”注定无法到来。据不完全统计，在2016年到2018年间，吉林市发生一'
     '起特大社保诈骗案，受害人数达六七百人，覆盖吉林市多个区域，涉案金额达5000万元。截至2018年'
     '11月，这起诈骗案的核心成员已经陆续落网，案件目前正处于第二次退回补充侦查阶段。2016年8月，'
     '和王莲一起卖冰糕的老付说，可以找人帮忙办社保。她问是谁，老付说，是镇政府的关凤玲。关凤玲以前是桦'
     '皮厂镇民政部门负责人，后来做了镇政府办公室主任，镇上人办低保和退休，都找她盖章。关对王莲说：“你'
     '岁数正好，交得少，开得多。一次性交六万五，这个月办，下个月就能领1050元，工龄给你算25年。”'
     '那时，王莲46岁，离法定退休还有4年。虽然是非农户，但由于常年打零工，没有在任何企业正式工作过，'
     '没有参加过城镇职工养老保险。',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [('关凤玲', '民政部门负责人', '桦皮厂镇')]),
    # 02
    ('http://2021my.com/2020-06/03/content_41171848.htm',
     '近期，湖北省仙桃市各級紀檢監察機關嚴肅查處了一批群眾身邊不正之風和腐敗問題。現將部分典型案例通報'
     '如下：陳場鎮黃灣村黨支部委員、村副主任王孫標違規為他人申報危房改造對象問題。2018年6月，王孫'
     '標負責本村危房改造申報工作期間，明知村民王某不符合危房改造申報條件，仍將其上報為危房改造戶，幫助'
     '王某違規領取國家危房改造資金17500元。2019年9月，王孫標受到黨內警告處分，違規領取的資金'
     '被追繳。長埫口鎮白三洲村黨支部書記鐘臘平等人在社會救助工作中為他人出具虛假證明問題。2018年1'
     '1月，鐘臘平明知村民何某是財政供養人員家屬，不符合社會救助條件，仍安排村會計張傳彪為其出具申請辦'
     '理臨時救助的證明材料，致使何某違規領取臨時救助金2100元。2019年11月，鐘臘平、張傳彪分別'
     '受到黨內警告處分，違規領取的資金被追繳。剅河鎮趙灣村黨支部書記趙德虎在高齡補貼工作中優親厚友問題'
     '。2015年10月至2019年6月，趙德虎采取隱瞞事實、虛增20歲年齡的方式，為李某（趙德虎奶奶'
     '）申報高齡補貼，致使李某違規多領取國家高齡補貼14700元。2019年7月，趙德虎受到黨內警告處'
     '分，違規領取的資金被追繳。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [('王孫標', '黨支部委員、村副主任', '黃灣村'), ('鐘臘平', '黨支部書記', '白三洲村'), ('張傳彪', '村會計', '白三洲村'),
      ('趙德虎', '黨支部書記', '趙灣村')]),
    # 03
    ('https://yaliqi.com/new/3518aee4a63b4ae6846005b89d66462a',
     '这是一个未被媒体关注到的旧闻。残疾女子罗敏去找村支书杨奎反映家庭困难问题（其丈夫也是残疾人），遇'
     '见文江镇党委书记刘仕文，正和该镇三名村支书（郭长军、杨奎、刘雨彬）在麻将室打麻将。罗敏向村支书杨'
     '奎打招呼：“杨书记，你们在这儿打牌吗？”另一名村支书郭长军很不高兴，张口就大骂罗敏：“滚你妈B，'
     '你出去”。郭长军觉得骂人还不够解气，站起身抓住罗敏的头发就打。或许是因为麻将室打人施展不开，郭支'
     '书将罗敏拖到麻将室外继续殴打，直至将罗敏打晕倒地。郭长军还扬言：就算是不当书记，也要打死你！其间'
     '，村支书杨奎也参与了对罗敏的施暴。村支书暴打残疾村妇的事固然让人很气愤。更让人气愤的是，作为镇党'
     '委书记的刘仕文，居然就站在一旁冷眼旁观。那么，罗敏为什么要上访控告呢？罗敏称一家没有安全住房已经'
     '很多年了，罗敏丈夫的二级残疾证被人为操作注销，而家里这点低保待遇无法满足一家人的温饱，为了这些问'
     '题去上访，罗敏被三个村支书殴打，一个党委书记袖手旁观，导致了严重的后遗症，而对罗敏施暴的几人却至'
     '今逍遥法外。据罗敏介绍，一家四口在文江镇蔬菜村租房住已有15年，其丈夫张德金于2019年因脑梗至'
     '半边瘫痪，两个孩子在读书，家庭无生活来源。全家的生活来源原来每月享受低保690元，在罗敏上访后，'
     '提升到每月1755元最低生活保障。罗敏表示，作为一个普通老百姓，只想有一个家，为此，她问高县文江'
     '镇政府，你们能给我这个租房已经15年的家庭一个家吗？',
     'in', None, True, ['群众纪律', '生活纪律'],
     [('杨奎', '村支书', None), ('刘仕文', '党委书记', '文江镇'), ('郭长军', '村支书', None), ('刘雨彬', '村支书', None)]),
    # 04
    ('http://gx.sina.com.cn/news/gx/2013-07-23/1434535.html',
     '日前，灌阳县检察部门透出消息，该县黄关镇正江村村支书史某维涉嫌截留村民的低保款，已被立案侦查。事'
     '实上，灌阳县检察院自去年以来，已查办了黄关镇龙吟、正江和陡水等3个村村干部的贪腐案。这些被查办的'
     '村干部利用手中职权，或是以死亡村民的名义冒领五保金，或是截留村民的低保款。这些村官有的被判刑6年'
     '6个月，有的被判缓刑。这几起案件引起了社会关注。这些原本是政府用于救济的民生款，为何能轻易被村官'
     '截留、贪污？这些民生款发放的环节中，有着怎样的漏洞？如何才能避免类似案件的再次发生？记者从已宣判'
     '的3起村官贪腐案中，试图寻找答案。案发最早的是黄关镇龙吟村。引起检察部门介入调查，缘于该村村民的'
     '举报。2011年12月，灌阳县民政局接到龙吟村村民的信访举报，称该村村干部存在私分五保金的现象，'
     '希望民政部门能介入调查，给村民们一个说法。“接到举报后，我们联合黄关镇政府工作人员，一起到村里调'
     '查，发现该村的五保金发放确实有问题。”作为当时的调查人员之一、现任灌阳县民政局副局长的粟继群回忆'
     '说。调查人员进村初步摸底调查时，将调查对象重点放在配合镇政府发放五保金工作的村干部身上：原村委副'
     '主任周忠群和出纳吕莫忠。上述两人承认，他们伙同其余几名村干部私分五保供养金2万余元，并提供了一份'
     '资金用途花名册，以及资金发放人员和停发人员名单的笔记本。初步掌握该村村干部的贪腐情况后，调查人员'
     '将情况反映到了县纪委。随后，灌阳县检察院介入调查。',
     'in', None, False, ['群众纪律', '廉洁纪律', '贪污贿赂'],
     [('史某维', '村支书', '正江村'), (None, '村干部', None), ('周忠群', '原村委副主任', '龙吟村'), ('吕莫忠', '出纳', '龙吟村')]),
    # 05
    ('https://www.hk01.com/大國小事/217624/陝西精神病人當村長-鎮政府稱其-事實上-正常-村民質疑騙補助',
     '近日，陝西綏德縣中角鎮延家溝村選舉村委會班子時，竟然將一名持證精神殘疾人列為了候選人，並當選村委'
     '會主任，這讓村民不禁懷疑選舉的公平性。對此，中角鎮政府回復稱：殘疾證不知如何辦理，但候選人事實上'
     '正常。而一些村民則懷疑此人有騙取殘疾補助的嫌疑，涉嫌違法。據村民稱，新當選的村長延鵬飛系一名殘疾'
     '人，精神病三級，編號為綏16521。「延鵬飛幾年來都領著殘疾補助，精神病患者卻成了村主任候選人，'
     '這是拿村民的生活開玩笑。」村民延師傅稱。另外，有村民拿出的選票視頻和照片顯示，延家溝村選舉期間，'
     '村民從選舉票中竟然發現另一個村延家川的選舉票，這讓不少村民質疑村委會選舉的公平性。對此，村民向綏'
     '德縣中角鎮政府提出異議，不過，該鎮黨委副書記王非卻表示，延鵬飛是延家溝人，有沒有精神病村裡最清楚'
     '，殘疾證如何辦理的他不清楚，也不是他的管轄範圍。「我們從側面調查瞭解延鵬飛並沒有精神病史，你們尊'
     '重事實就行。」王非說。記者多次聯繫綏德縣殘疾人聯合會理事長胡東風，希望了解情況，但電話均無法接通'
     '。「既然辦理了殘疾人手續還領取殘疾人補助，而自己卻承認是一個正常人，那麼就有騙取國家殘疾人補助的'
     '嫌疑，能參與競選村主任嗎？」不少村民質疑，延鵬飛如果真的有精神病更不能參與競選，如果正常就有騙取'
     '殘疾人補助的嫌疑。「如果騙取殘疾人補助，是否涉嫌違法，相關部門就不追究這個責任麼？」據悉，目前，'
     '此事已經引起綏德縣紀檢委、綏德縣民政局以及綏德縣組織部重視，現已成立調查組，對中角鎮延家村選舉進'
     '行調查。',
     'in', None, False, ['廉洁纪律', '组织纪律'],
     [('延鵬飛', '村長', '延家溝村')]),
    # 06
    ('https://bohdziewicz.com/FNiQMIggFI/neizhan/4887.html',
     '承德市社会保险局（以下简称“承德市社保局”）随后告诉她，市社保局科员白雪杉（男，42岁）利用养老'
     '保险系统漏洞，将部分养老保险金据为己有。而白雪杉造成的亏空，需要由这些参保人员自己来补齐。李桂霞'
     '今年57岁，自2014年10月中旬开始领取养老金。一年多来，她的养老金已从每月600多元涨到了9'
     '00多元。接到要“补缴”的通知后，她呆住了。白雪杉犯诈骗罪一案一审刑事判决书指出，2010年至2'
     '019年间，承德市社保局综合科科员白雪杉多次虚构他人已在丰宁县（承德下辖县）社保局投保的事实，并'
     '将他人虚假的养老保险转移单转入承德市社保局养老保险系统，为他人办理养老保险续接手续。李桂霞说，她'
     '在2010年通过白雪杉一次性补缴了15年养老保险，当时并没有发现问题，“不但入了保、发了养老保险'
     '手册，社保系统也能查到养老保险账户。”据前述判决书显示，到了2019年，承德市社保局工作人员在办'
     '理相关人员退休审批的过程中，发现承德市养老保险金存在亏空，之后查出亏空部分被白雪杉据为己有。案发'
     '后，白雪杉退回给承德市社保局800多万元，但仍有不足。承德市社保局认为李桂霞等人将钱直接交给了白'
     '雪杉，没有通过正常途径缴纳养老保险。于是，承德市社保局要求李桂霞等248名参保人自己补齐这部分亏'
     '空，否则不再计发养老保险金。北京知名律师谢通祥表示，一部分个体户在承德市社保局直接将钱交给了社保'
     '局工作人员白雪杉，且已录入社保部门养老保险系统并发放真实养老保险手册和个人养老保险账户对账单的，'
     '应该认定为参保人已经缴纳了养老保险，不应该要求其继续补缴。',
     'in', None, True, ['廉洁纪律', '贪污贿赂'],
     [('白雪杉', '科员', '市社保局')]),
    # 07
    ('http://xian.baogaosu.com/xinwen/%E6%9D%91%E5%B9%B2%E9%83%A8%E5%90%91%E4%BD%8E%E4%BF%9D%E6%88%B7%E7%B4%A2%E5%A5%BD%E5%A4%84%E8%B4%B9%E5%BD%93%E5%9C%B0%E7%BA%AA%E5%A7%94/28528696',
     '低保作为国家对困难群众的一种救助方式，帮助困难群众达到最低的生活保障，然而在凤翔县横水镇南光耀村'
     '干部却把困难群众当成‘摇钱树’，要求每户困难群众办低保要给予500元左右的好处费，并在国家给予村'
     '民的危房补助款中，收取千余元的好处费。涉事的村干部说，低保钱都是群众自愿给的，危房补助款是村里办'
     '公经费不够，决定收取的。目前，横水镇纪委工作组进入该村进行调查。1月13日，记者在南光耀村9组村'
     '民金拉绪家了解到，他家一贫如洗，本人患有严重的眼疾导致双眼基本失明，他的妻子和孩子也都患病在身，'
     '每个月都要承担一笔较大的医药费，加之他基本失去劳动能力，日子过的十分拮据。金拉绪说，他从2009'
     '年开始就领取低保，之前一直挺顺利，直到2013年低保年审时，找到村委会主任陈宝平，请求他为自己办'
     '理低保。“当时，陈宝平说办理低保可以，必须要支付500元的好处费和一条香烟。”金拉绪说，当时没有'
     '办法，就把钱和烟给了村主任，但是低保最终并没有办下来。2012年突来的一场大雨，将金拉绪的土房冲'
     '毁，国家为了帮助群众灾后重建家园，给予了危房改造补助金。按照规定，金拉绪可以领到一笔1万元的补助'
     '金，但拿到手的钱却缩了水，只有8500元，事后找村干部理论时，村干部解释村里要收取1500元的回'
     '扣。村民陈小平说，自己生活困难，日子难以为继，在申领低保时给村干部给了1000元的好处费，这才办'
     '下来。在危房补助中，村干部也拿走了1500元的回扣。陈小平质疑，自己本身经济困难，又身患疾病，这'
     '些都是国家给的救命钱，为何就进了村干部的口袋？而且村干部的生活条件比较好，为何也申领低保？',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [(None, '村干部', '南光耀村'), ('陈宝平', '村委会主任', '南光耀村')]),
    # 08
    ('http://finance.sina.com.cn/roll/2016-06-15/doc-ifxszmaa2022896.shtml',
     '虽然村干部是“比芝麻官还小”的“官”，但由于村干部们身处群众之中，是党和政府的“末稍神经”，其一'
     '言一行关系到党和政府的形象。十八大以来，小官腐败问题逐步走进公众视野，不断曝出村干部集体或个人违'
     '纪违法案件。前不久，中央纪委通报了13起侵害群众利益的不正之风和腐败问题典型案例，都是发生在基层'
     '，其中8起是村干部。从近期查处、通报的案例看，虚报冒领、套取私分扶贫资金以及在办理扶贫事务时吃拿'
     '卡要，骗取挪用、贪污侵占集体“三资”、惠农补贴和土地征收补偿款等问题依然严重。这让公众的关注点再'
     '次聚焦到了如何有效监督治理村级权力生态，也由此感受到党中央对村干部腐败治理的高度重视。根据一些举'
     '报线索，本报记者近期进行实地调查采访，形成了一组报道，对一些村干部的所作所为予以披露，以期引起相'
     '关部门的重视，为农村基层政权建设和民主法制建设添柴加火。今天推出的是第一篇。一个只有700多口人'
     '的小村庄，全村持有残疾人证44本，其中一、二级重度残疾高达36人，然而，很多“重度残疾人”却是活'
     '蹦乱跳的健全人。他们称残疾人证是通过村支书花钱办来的',
     'in', None, False, ['廉洁纪律'],
     [(None, '村支书', None)]),
    # 09
    ('http://www.handmsg.com/page/2014/1214/22664594.shtml',
     '一個鄉村衛生院從院長、副院長、醫生到醫藥經銷商，一鍋端，先后因禁不住誘惑，利用新農合制度初期存在'
     '的監管漏洞，把新農合基金當做“唐僧肉”，采取虛構事實、偽造住院處方及用藥等手段內外勾結，騙取新農'
     '合資金達百萬余元。2013年3月，經法庭審理，法院先后對云南省富源大河鎮衛生院原院長張禮、副院長'
     '王享、楊平，醫生周章，聘用人員劉驊、藥房老板張弦、劉永等先后作出判決，鑒于其積極退贓等情節，法庭'
     '以貪污罪判處張禮有期徒刑10年，同罪分別判處同案人張弦、劉驊等有期徒刑三年至八年不等……一審判決'
     '宣判后，張禮等三被告人以量刑過重、行為不屬于犯罪等提出上訴。2013年5月24日，云南省高級人民'
     '法院經過審理，裁定駁回上訴，維持原判。1985年7月，張禮畢業后分配至富源老家一鄉鎮衛生院工作，'
     '因工作業績突出，1993年12月被選任鄰鎮衛生院副院長，四年后于1997年5月任院長。新農合資金'
     '由農戶和國家行政部門共同出資籌集，屬于優撫救濟性資金，專款專用，任何部門和個人不得擠占或挪用。2'
     '007年1月，按照當地新型農村合作醫療的實施方案，張禮所在的衛生院屬于合作醫療定點機構。當地農戶'
     '到衛生院住院看病，只要提交本人新農合醫療證、身份證明并交一定住院預交款，出院時按照報銷比例現場減'
     '免。減免費用后，報設立于醫院并由時任院長張禮任主任的鎮合管辦（“新型農村合作醫療管理委員會辦公室'
     '”簡稱，成立初抽調衛生院人員臨時組成）審核后報縣合管辦，縣級財政部門按照縣合管辦提交數據將申請撥'
     '付的款逐級下發至醫院。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('張禮', '原院長', '大河鎮衛生院'), ('王享', '副院長', '大河鎮衛生院'), ('楊平', '副院長', '大河鎮衛生院')]),
    # 10
    ('https://kuaihz.com/tid5/tid499_699311.html',
     '家住深圳龙华观澜的黄送娇今年已经81岁，她领了残疾人证4年多，却从未领到过任何助残金。要不是辖区'
     '残联在今年3月初上门家访，黄送娇一家人甚至不知道残疾人还能得到政府补助。事后，其儿媳陈女士专门到'
     '观澜办事处调阅了相关清单，令人吃惊的是，各种“已领款”的表格上均有黄送娇及其儿子的“亲笔签名”。'
     '陈女士于是怀疑桂花社区工作站截留并私吞了这笔钱。羊城晚报介入调查后，8日下午，观澜办事处社会事务'
     '科负责人回应称，已请求公安机关介入调查，如查实社区截留，会足额给老人发放补助并依法依规追究相关工'
     '作人员的责任。在观澜办事处桂花社区企坪新村的出租房里，羊城晚报记者见到了当事人黄送娇，她坐在轮椅'
     '上一言不发。她的小儿子翁玉祥说，母亲之前患有脑中风，下身和右上身没有知觉，他抬起母亲的右手，软绵'
     '绵的，“这怎么能签得了字”。家人介绍，黄送娇今年81岁，身患残疾已有10年，2009年领取了残疾'
     '人证。证书显示，黄送娇为一级肢体残疾，证件签发时间为2009年11月26日，有效期10年。今年3'
     '月5日，观澜办事处残联到桂花社区慰问，翁玉祥的妻子陈女士对残联工作人员说：“现在政策那么好，你们'
     '怎么只来慰问，却没有实在的东西？”残联工作人员当即表示，辖区残疾人每个月都有补助，每逢节日还有慰'
     '问金，让陈女士到观澜办事处查一下存档。陈女士查阅后吃了一惊，原来黄送娇的残疾人补助和慰问金从20'
     '10年就开始发放，至今已有4年多时间。据家人统计，4年来各级政府部门给黄送娇发放的款项约1800'
     '0元。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     []),
    # 11
    ('http://win668899.com/shownews.asp?id=121',
     '不允许挪用的社保基金被拿去投资，导致亏损308万元无法收回；本该追究责任的公务人员逍遥法外，却有'
     '司法人员伪造判决书对“窟窿”资金进行“依法核销”。这就是发生广东省河源市东源县的荒唐事。经举报，'
     '经手伪造判决书的县法院副院长已被检察机关立案侦查。事件背后，究竟是法官个人行为还是当事人集体行为'
     '？新华社“新华视点”记者进行了追踪采访。记者调查发现，1996年以前，东源县社保基金总共借出60'
     '0多万元。借款单位多数是与当地政府“沾亲带故”的企业或机构。这些钱，有的借给了劳动与社会保障部门'
     '的下属企业，如县社保实业公司、县劳动局劳联公司分别借款30万元、49万元，其后这两公司法人代表不'
     '知去向；有的借给了“国字头”企业，如康泰制药厂借了50万元解决配套生产资金缺额问题；河源松香厂、'
     '河源水泥厂分别借了10万元、88万余元；有的被有关部门挤占挪用，如河源市劳动局挤占挪用17万元，'
     '县劳动局下属单位挤占10万元用于建设培训设施。相关会议纪要显示，借款企业纷纷亏损、破产或关停后，'
     '东源县社保基金共有11笔308万元无法收回。作为一个欠发达农业县，这是一笔不小的资金。被人举报后'
     '，记者向时任社会保障基金管理局有关负责人核实，得到的答复是：“当年对社保基金的管理没有那么严格，'
     '拿出部分社保基金投资运营，保值增值，是政策允许的行为。”然而，记者查询文件发现，早在1993年，'
     '劳动部发布的《企业职工养老保险基金管理规定》指出：“各级社会保险管理机构不得经办放款业务，不得经'
     '商、办企业和购买各种股票，也不得为各经济活动作经济担保。”',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [(None, '公务人员', None), (None, '副院长', '县法院')]),
    # 12
    ('http://ljzjr.cn/china/2019/0904/c_70384.html',
     '59次向低保户索要“好处费”终被严惩。近日媒体曝光了吉林省乾安县大布苏工业园区原民政助理刘凤军以'
     '各种名义索取、克扣当地低保户低保金共计10.34万元的问题，在社会上引起强烈反响。低保金是贫困群'
     '众的“活命钱”，是维持生活的最基本保障。但在有些人眼里，低保金竟然成了一块大肥肉。笔者在基层调查'
     '时发现，低保变“关系保”“人情保”“权力保”的情况接连发生，更有个别基层干部打着惠民便民的“幌子'
     '”，在低保金发放时“趁火打劫”，这些手握“微权力”的基层干部在入户走访、审查核实低保户申请材料中'
     '，通过骗取、侵吞、截留等方式拿走群众“活命钱”，鹌鹑嗉里寻豌豆，鸡脚杆上硬刮油，手段不断翻新，其'
     '危害不容小觑。伪造虚假信息、冒名签字领取低保金，这是骗取低保金惯用的手段。前不久，天津市纪委监委'
     '通报了北辰区北仓镇政府综合服务中心工作人员赵国庆（已退休）虚报冒领低保金问题。2008年5月至2'
     '013年6月，赵国庆利用负责低保金发放的职务便利，通过伪造签字、虚报隐瞒等手段，冒领26名低保户'
     '的低保金8244元用于个人消费。2018年8月被降低退休待遇，违纪资金已被追缴。无独有偶。天津市'
     '河北区江都路街道办事处社区工作科原职员李莉，采用虚构低保人员、向银行提供虚假发放明细等方式，共骗'
     '取低保金72万余元。',
     'in', None, False, ['群众纪律', '廉洁纪律', '贪污贿赂'],
     [('刘凤军', '原民政助理', '大布苏工业园区'), ('赵国庆', '工作人员', '北仓镇政府综合服务中心'), ('李莉', '原职员', '江都路街道办事处社区工作科')]),
    # 13
    ('https://wap.findlaw.cn/wenshu/a_2558157.html',
     '上诉人黄**因与被上诉人肇庆高新技术产业开发区劳动和社会保障局（以下简称高新区劳社局）、原审第三'
     '人肇庆高**理有限公司（以下简称安**公司）工伤认定纠纷一案，不服广东省四会市人民法院作出的（2'
     '015）肇四法行初字第7号行政判决，向本院提起上诉。本院受理后，依法组成合议庭审理了本案，现已审'
     '理终结。原审法院经审理查明，黄**是安**公司员工，任职绿化工，2014年3月24日早上7时许，'
     '黄**推着自行车走进安**公司处，并在工具房发生呕吐，其同事见状并询问，黄**称在上班途中被摩托'
     '车碰撞。安**公司管理人员即送黄**到肇庆**民医院诊治，经诊断，黄**为重型颅脑损伤，后在该院'
     '住院治疗至2014年4月8日。同年4月9日黄**回家乡**人民医院继续住院治疗至同年4月12日。'
     '出院后于2014年4月22日在家中死亡。安**公司为黄**等员工投保了团体意外险。2015年2月'
     '11日，其亲属黄**在安**公司协助下，以黄**上班途中可能被机动车碰撞受伤，医治无效死亡为由，'
     '向中国太平洋**庆中心支公司申请理赔。保险公司经调查核实黄**确于2014年3月24日上班途中被'
     '摩托车撞倒受伤，经治疗无效死亡后，向黄**亲属赔付了保险金。2014年9月3日，黄**向被上诉人'
     '提出工伤认定申请，反映黄**于2014年3月24日上午约9点在修剪树枝时摔倒，最终不治死亡，被上'
     '诉人受理黄**申请后，于同年9月10日向安**公司发送《工伤认定举证通知书》，安**公司于同年9'
     '月13日向被上诉人提交了相关举证材料。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.demonfordetails.com/gonghui/wq/2015-04-21/37235.html',
     '2001年7月，商洛農民工李有（化名）經人介紹進入西安某廠社區做保潔員。單位從來沒提出與李有簽訂'
     '勞動合同，也未給他繳納過任何社會保險，直到2014年，每月工資還是800元，低于西安市最低工資標'
     '準。他每天工作時間從早上四點開始到早上七點結束，下午從一點半到六點結束，工作期間沒有雙休日，也沒'
     '有法定節假日，還要負責24小時的下水值班。李有上有老下有小，干了這么多年也沒有任何社會保障，他曾'
     '多次找單位協商繳納社保的事情，均被單位拒絕。2014年7月7日李有通過郵政特快專遞給單位送了要求'
     '解除雙方勞動關系的函件，并要求單位給以經濟補償。單位拒絕補償，無奈之下，李有找到了西安市總工會信'
     '訪室，希望工會幫他維權。市總信訪室的工作人員接待了李有之后，通過產業工會與單位進行了溝通，單位態'
     '度強硬，始終不愿意解決此事。為了維護職工的合法利益，市總信訪室的法律工作者為李有提供法律援助，幫'
     '助李有將用人單位上訴到西安市雁塔區勞動爭議仲裁委員會。2014年8月20日，西安市雁塔區仲裁委員'
     '會進行了開庭審理，工會法律援助工作者代理李有出庭應訴。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.163.com/dy/article/KLDLPADF0556IGXX.html',
     '白纸黑字的宅基地安置承诺，竟让长沙宁乡市民蔡某辉一家苦等18年！2007年，蔡某辉积极配合楚沩综'
     '合开发小区建设，签订拆迁协议并主动拆除房屋，可协议中明确的宅基地安置迟迟未兑现，被征地后的社保权'
     '益也始终无着落。为讨回公道，她先后通过当面反映、进京上访、司法诉讼等方式奔走维护权益，却屡屡遭遇'
     '拦截、拖延、推诿的重重阻碍，核心诉求从未得到实质性回应。近日，长沙中院的终审判决生效，这份迟来的'
     '判决非但未解决问题，更让蔡某辉一家的维护权益之路雪上加霜——法院以涉案拆迁协议安置条款违反“一户'
     '一宅”规定为由，直接驳回其核心诉求，困扰这个家庭18年的安置与社保难题，至今依旧悬而未决。200'
     '7年，蔡某辉前夫张某军的父亲张某华名下一处59.8平方米的房屋被纳入拆迁范围。同年7月，宁乡县征'
     '地拆迁事务所与张某华、蔡某辉签订《拆迁房屋协议书》，约定拆迁补偿19200元，若10日内完成拆房'
     '可获3000元奖励，新宅基地则由相关方按政策统一安置并办理审批手续。次日，张某华领取22200元'
     '全额款项，案涉房屋顺利拆除。这份权责看似明确的拆迁协议，却成为蔡某辉一家十八年维护权益的开端。房'
     '屋拆除后，相关方的宅基地安置义务被长期搁置，承诺的统一安置始终杳无音信。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://wz.mala.cn/wz/message/p/43/type/1',
     '尊敬的各位领导：我们是四川省成都市大邑县晋原镇镇东村5组的村民，也是本轮成温邛公路扩容工程项目征'
     '地拆迁中，宅基地、耕地、自留地被合法征收且家庭成员仅2-3人的多户拆迁家庭。镇东村5组全村约71'
     '户家庭，集体经济成员281人，本次征地涉及34户2018年腾地拆迁的家庭宅基地被占、部分家庭耕地'
     '被占和部分集体用地被占，可安置社保51个名额，去除在历次征地中享受失地社保的村民30个、事业编制'
     '人员3个，共248名成员参与社保名额。现村上举行了村民代表大会，有46户投票同意以方案一形式分配'
     '社保名额，19户同意方案二，村上决定以方案一分配社保，具体方式是以户为单位，5人一组进行抽签，抽'
     '中者得1个社保名额，家庭成员够5人的直接分配1个社保名额，家庭成员不足五人的与其他家庭组成五人抽'
     '签，抽中者得1个社保，抽中社保的家庭，人员不足5人的，以每人2.5万的差额补出赔偿款给未分得社保'
     '的人员。此次拆迁中涉及的宅基地在7年前便在政府组织下预先进行了腾地拆迁，进行了住房安置，但未匹配'
     '社保，当时搬迁文件中承诺“待征地批文下达后，依征地安置方案批复时间作为失地农民参保的时间，按政策'
     '解决需安置的农业人口”。近日，我们获悉了本村村民代表大会通过了关于成温邛公路扩容项目征地拆迁社保'
     '名额分配方案一的决议。在仔细研读并理解该方案具体条款后，我们深感震惊与不安。我们多户家庭属于拆迁'
     '户，在本次征地中还有耕地、自留地被占，但家庭仅有2-3名成员，在这个方案中抽中社保几率很小。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://mp.zhongguojie.org/post/6115.html',
     '十年前，出于惠南新城建设的需要，当地塘路村的四百多户村民们的住房被拆，在原址上造起了科教园区。按'
     '照拆迁协议，村民每月可领取一定金额的过渡费，直至搬入新房为止。然而，十年过去了，原定的安置房却还'
     '有15幢楼未建成，两百多户村民依旧拿着过渡费，住在承租的房子里。“说好的安置房呢？”剩余的楼房迟'
     '迟不开建，村民们内心的焦虑不知何时是个头。现年70岁的朱炎弟老人，原为塘路村第四生产组村民，膝下'
     '育有二子。2003年7月，他签下了拆迁协议，按规定，总共可以分到四套安置房。朱炎弟原本希望，不久'
     '之后两个孩子就可以在新房内过上三口之家的生活，没想到的是，老俩口于2006年顺利搬进了安置房，但'
     '两个孩子的房子至今没有着落，还在外面租房。说起这些，朱老伯一肚子怨气：“有的人因为没有房子，迟迟'
     '结不了婚，还有的老人为了让孩子结婚，虽然身患重病，也只能把房子让出来，自己在外租房，真的很可怜。'
     '”',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://m.yybnet.net/dazhou/quxian/201608/5154359.html',
     '“同一个村民小组，为什么条件好的农民吃低保，条件差的反而与低保无缘，这究竟是什么情况？”昨日，渠'
     '县三板乡香安村一组的村民洪世兵向本报“丁山帮办”栏目来电反映。洪世兵称，该组村民刘某家有儿子媳妇'
     '在外打工，每月收入数千元，他却在享受低保；该组村民周某某家，两个儿子媳妇打工，每月收入近万元，也'
     '在享受低保。此外，该组村民展某某，有女有外孙，每月竟在享受五保金待遇。洪世兵说，他的哥哥洪世文，'
     '房子垮了20多年，现住在他家，加上他哥眼睛高度近视，还长期生病。其嫂子是智残，一家人靠种庄稼维持'
     '基本生活，是全组公认最穷的，反而其哥哥没有享受低保，让人无法想通。“那几家每月都有数千元或近万元'
     '的收入，比哥哥家的经济条件要好百倍，他们还能如愿‘吃’上低保，真正条件差的却不能享受，让人想不通'
     '……”洪世兵十分不解。香安村村支书隗建国解释称，村民刘某家其儿子是复员退伍军人，在部队就患有“甲'
     '亢”，家庭十分贫困，才享受低保的；村民周某某家，其本人患有严重的腰椎间盘突出，丧失了劳动力，加上'
     '其老伴也有病，所以享受低保。展某某家有一儿一女，因其儿子几年前外出打工时死亡，他五六年前办了“五'
     '保”。洪世文家的确贫困，村委会也一直在帮扶，2014年、2015年其家也被纳入了“***对象”。'
     '隗书记表示，鉴于洪世文家的特殊情况，只要今年下半年低保申报工作一开展，村委会将会对其优先考虑。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://epaper.qlwb.com.cn/qlwb/content/20111226/ArticelP03006FM.htm',
     '“我的存折，啥时给啊？”今年85岁的刘冯氏新型农村社会养老保险办理材料已经递交近1年时间，可是迟'
     '迟没有拿到领钱的存折。“家里兄弟3人聚在一起吃饭，老母亲便问我，她的新农合存折为什么还不给她。”'
     '一年来，在菏泽安兴镇经商的刘兴合每次见到85岁的老母亲刘冯氏十分无奈。原来，当初由他经手为母亲办'
     '理的新农合，相关材料已经上交近1年时间，存折还没有发下来，老母亲经常向他讨要。“去年7月份，我为'
     '老人办了身份证，身份证办理下来已是2011年初。”2011年2月份，身份证办理成功之后，刘兴合便'
     '将相关材料交到安兴镇姚庄行政村相关负责人手中，为老母亲办理新农合。在等待过程中，同住姚庄村和刘冯'
     '氏年龄相当的几位老人均领到新农保的存折，几位老人聚在一起，不可避免地谈到新农合的存折。“几位老人'
     '一起讨论自己领的是第几次钱，领了多少，母亲就嘀咕，为什么我没有把存折给她。”自己经手办理的新农保'
     '，却没有将新农保存折交到母亲手中，刘兴合有口难辩，一方面担心家人误会自己将母亲的养老钱扣住，也为'
     '让老母亲宽心，刘兴合用自己的身份证办理了一张存折，存进800元钱交给母亲，“我在存折上写上她的名'
     '字，不想让她再为这件事烦心。”但是刘兴合办理的存折和新农保存折的颜色不一样，老母亲与村里其他人一'
     '对比，便识破了，老母亲不依不挠地追问，刘兴合不得不一直打电话询问情况，“听别人说是母亲的证件号码'
     '输入错误。”究竟什么原因呢？姚庄村负责该项工作的张会计告诉记者，刘冯氏因为身份证问题，今年参加新'
     '农保，但是存折为什么没有办理下来他不清楚。随后，记者联系到安兴镇劳保所刘所长。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.it214.net/c2821838.aspx',
     '2014年2月6日本人向宁德市教育局发出“请求解决清退民办教师养老补助的报告”，3月5日宁德市教'
     '育局给予回复，认为该问题无法解决，理由是没有相关政策依据。针对以上回复，我想再次申明两点：一是针'
     '对回复中提到的本人“1976年至1993年12月在宁德市民族中学任民办教师（在总务处任后勤工作）'
     '，后经本人同意，宁德市民族中学给予2100元辞退补偿金后（按当时每月本人工资100元，21年工作'
     '时间计算）作辞退处理。”这一说法，本人不赞同。当时本人并没有选择“同意”或“不同意”的权利，因为'
     '校方表示“现在民中已经不存在民办教师了，不管你同不同意都得回家”；同时，校方表示“如果你不写辞职'
     '报告并表示同意辞职，就不给你补偿金2100元了”。当时，因为生活压力很重，我不停地请求校方能否帮'
     '我转到该校的校办工厂工作，也被断然拒绝，校方回答“根本不可能”。为此，我在当时被迫写的“辞职报告'
     '”中表达了我的悲愤心情，以及被迫离开长年工作岗位的万般无奈与不舍。1976年，该校在白塔建立校办'
     '农场，地处穷乡僻壤，条件艰苦恶劣，无人愿意前往工作。那时我不顾条件简陋艰苦，怀着对革命工作的满怀'
     '热情，一接到通知，就赶往白塔农场。多少个日日夜夜，我起早贪黑，努力做好农场的后勤管理工作，保障全'
     '体师生的正常工作生活。农场取消后，我回到学校做后勤工作，勤勤恳恳，任劳任怨，从来没有请过假，即使'
     '生病也坚持工作。年轻时以为所有的努力，所有的付出终将会有回报，可是当我步入中年，上有老，下有小，'
     '生活的沉重已将我压得直不起身时，学校要求我“同意辞职”，并告诉我“没有其他选择”。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://61.152.230.22/news,cjpl,56413503.html',
     '国家医保局日前发布第二期个人骗取医保基金典型案例，涉及全国8个省市11起案件。此次曝光的典型案例'
     '涵盖冒名就医、倒卖药品、伪造票据等多种作案手段，涉案金额超百万元，11名涉案人员均被追究刑事责任'
     '，最高判处有期徒刑三年，并处罚金，再次敲响医保基金安全警钟。此次曝光的案例显示，骗保行为呈现组织'
     '化、专业化特征，作案手段隐蔽且涉及多环节协作。例如，江苏泰州参保人景某伙同中间人刘某、唐某某，通'
     '过虚构用药需求、超量开药等方式，在多地医院骗购他克莫司等高价药品，再以低价转卖至外省，形成跨省药'
     '品倒卖链条，涉案金额达28万元。法院以诈骗罪判处景某有期徒刑三年，缓刑三年六个月，并处罚金3万元'
     '。部分参保人通过伪造票据或篡改病历材料骗取医保待遇。湖南常德参保人李某某在其妻袁某去世后，串通药'
     '店伪造购药单据，骗取门诊慢特病医保基金3.5万元；内蒙古包头参保人马某则通过篡改病历材料，虚构脑'
     '梗病史骗取慢性病待遇，涉案金额7953元。上述案件均被依法追回全部被骗基金，并追究相关人员刑事责'
     '任。国家医保局在案件查处中充分依托大数据筛查技术，精准打击骗保行为。例如，贵州遵义通过慢特病药品'
     '数据分析锁定异常开药线索，宁夏银川通过跨区域就医数据比对发现社保卡外借问题，甘肃平凉通过微信套现'
     '广告顺藤摸瓜打掉75人参与的骗保团伙。这些案例表明，数字化监管已成为破解骗保行为的重要手段。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.zangshuxian.com/new/739556143367458816',
     '“这才是为民发声！”全国人大代表张学武建议“5年内将农民养老金逐步提升到每月1000元！”这句话'
     '一出，立刻引爆了网络舆论的热潮。为什么一个看似简单的数字调整，能引发如此强烈的共鸣？背后，折射出'
     '的是中国农村老年人生活的真实困境。如今，中央城乡居民基础养老金标准仅有143元/月，而城镇职工养'
     '老保险月均3498元的待遇水平形成了鲜明对比。这个差距，不只是数字上的悬殊，更是城乡发展不均衡的'
     '缩影，是无数农村老人“老有所养”梦难圆的现实写照。你或许会问：143元能干什么？买几斤菜？交点水'
     '电费？甚至连基本的药费都难以覆盖。农村老人们靠着这点养老金，过着怎样的生活？有多少人为了省钱，宁'
     '愿忍受病痛不去医院？有多少家庭因为老人没有稳定的养老金，陷入了经济压力的泥潭？张学武代表的建议，'
     '直击痛点，提出了一个明确且务实的目标——5年内让农民养老金达到每月1000元。这不仅是数字的提升'
     '，更是对农村老人尊严的肯定，是对他们几十年辛勤耕耘的回报。更重要的是，这一建议如果被采纳，将极大'
     '改善农村老人的生活质量，缓解他们的后顾之忧，让他们真正感受到国家的温暖和关怀。然而，现实远比我们'
     '想象的复杂。养老金的提升，涉及财政投入、制度设计、城乡统筹等多方面挑战。有人质疑：“这钱从哪来？'
     '财政压力不小啊！”但如果我们换个角度想想，农村老人是社会的基石，他们的生活保障做好了，家庭和谐稳'
     '定，社会稳定也会更有保障。投入养老，不是花钱，而是投资未来，是社会进步的标志。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH48, "fresh48")
