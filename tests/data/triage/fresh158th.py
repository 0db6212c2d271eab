"""Sealed batch fresh160: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh158th.py; the batch and its row ids are "fresh160".)

Theme: vocational training and employment subsidies (职业技能培训补贴, 公益性岗位补贴, 就业见习补贴,
创业担保贷款, 下岗职工生活费) and the 人社局/就业局/劳动局 and village and community cadres around
them: a 人力资源开发局 chief selling 公益性岗位 places, village doctors' training award taken back by
a 卫协会 head, a community secretary using a worker's name for 就业困难人员 status, a town 人社中心
head keeping trainees' board money, community workers made fake "unemployed" trainees, a forum
letter on training subsidies paid short, 社保局 and 劳动保障厅 officials running and licensing fake
training schools, two training schools and their 监管部门 registering employed workers as
unemployed trainees, a 劳动局长 bribed for training quotas, a 职业学院's leaders skimming interns'
pay, a community head's mother and a cadre's wife on 公益性岗位, and state-firm managers inventing
laid-off workers; out items are trainees', graduates' and private
schools' own subsidy frauds and disputes in court, trainees' and schools' subsidy demands, a
graduate's 见习补贴 paid after a 留言板 message, and policy and work news. Sources (stored-pages
search): a 中国经济网 copy of the 法制日报 report on the 临高 局长 符坚坚; the 澎湃 report on the 沛县
village doctors; a qterp copy of the 南都社论 on the 衡南 陈长前 case (traditional); a wxredian copy
of the 织金 纪委 story on 化起镇; a qqx123 copy of the 新华网 report on community workers as fake
trainees (traditional); a 麻辣社区 post to the 蓬安 财政局 and 就业局; a zhongguo.center report on the
贵州 training-subsidy cases (舒秋, 张吉英, 袁重, 杨锦福, 江捷); a victorzhang copy of a report
on the 交口 training schools (traditional); a cye.com.cn report on the 大渡口 劳动局长 杨某; a 沧州晚报
comment on a 江西 职业学院; a jinjitv copy of the 瀘縣 巡察 story on 高潔 (traditional); a 秦风 site copy of the
北京包装制罐厂 report; out: a jdgod copy of the 最高检 case of 47 杭州 graduates, a lurdlur copy of
the 海淀 天泓 school trial report (traditional), a 泉州晚报 report on an intern's injury settlement
(traditional), a 古楚 forum copy of a 宿迁 12345 report, a 中新网 copy of a 沈阳 普惠制 trainee's
complaint, a 长沙 driving school's question and the 人社局's answer, the 人民网 report on a 南京 见习
subsidy (traditional), the 牡丹江 创业担保贷款 rules, a 叶集 人社局 公益性岗位 check and the 雅安
审计局 report on 就业创业补助资金. Seven texts are in traditional script (items 3, 5, 8, 11, 14, 15,
19; the glossing pinyin of the converted copies removed in 3, 8, 11 and 14).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, image file names, speaker labels, forum and site lines, document numbers,
signatures and the truncated last sentences of the stored copies removed); paragraphs joined;
ASCII punctuation written full-width except inside numbers and the URLs ("3.2万元", "1,039条",
"www.thepaper.cn"); stray spaces removed ("8月20 日" in 002, the double spaces after "第一条" to
"第三条" in 020). Page oddities kept: "中专至学员", "您们好", "这很难让有说服力呀" and the spaces in
"1000元 1350元" and "300元 400元" (006), "有他这样遭遇的人" (002), "最高人民检察院日
发布" and "主观恶不同" (013), "補貼標准" and "証據" (019), the simplified forms in the traditional 003,
008, 011 and 014 ("并", "后", "于").
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; heads of state firms and of public schools and centres count), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons,
private schools and their staff, and officials who only handled, investigated, announced or
answered are not accused; an organ or an unnamed group accused as a whole gives no entry; an
unnamed accused official is (None, position, unit). Names, positions (as first written with the
name, "原" kept when it stands in the post) and units as written; a sub-unit goes into the position
when the named unit is the town ("人社中心负责人", '化起镇' as fresh104th.py's "林政資源管理科原科長");
unit None when the text ties the person to no named unit. Topics only from the twelve names of
triage.md; subsidies kept back from trainees and villagers are 群众纪律 (IS.MAS.02), bribes and
embezzlement 贪污贿赂 with 廉洁纪律 for 套取 and officials' stakes in schools, fake figures to meet
targets 工作纪律 and 形式主义官僚主义. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (002, 006).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 4 (016-019), 其他 3 (020-022). 15 accused entries,
all in items 1-12: 12 with a full name (符坚坚, 邹众斐, 韩强, 舒秋, 张吉英, 袁重, 杨锦福, 江捷, 高潔,
高大源, 赵明利, 陆玲), 2 masked (刘某某, 杨某), 1 post only. Items 005, 006, 008 and 010 are in
scope with no accused entry. Out items have no accused entry.

Close calls:
 1  The sub-heading "公开倒卖公益就业岗位指标" cut; ends before 邹众斐's quoted account. ('符坚坚',
    '局长', '临高县人力资源开发局'), first written "时任该县人力资源开发局局长" (unit from the later
    "临高县人力资源开发局原局长"). 邹众斐 bribed him and collected the fees with him: accused as
    "原临高县粮食局干部" ('干部', '临高县粮食局'; the "原" before the unit dropped; hard, he could be
    read as a private go-between since his 粮食局 post has nothing to do with the posts sold).
    贪污贿赂 and 廉洁纪律 (could add 群众纪律 for the people who paid).
 2  Mixed: 260 village doctors want their own 1000元 back and ask who took it (个人利益诉求), beside
    the taking of a provincial training award by "张庄镇崔寨乡卫协会的韩强主任" and the trainer. Hard:
    in only if the 卫协会 is a public body (the text does not say); the doctors only ask "是否合法".
    ('韩强', '主任', '张庄镇崔寨乡卫协会'); the training teacher is private. Site lines, headline,
    byline and the sub-heading "账户上突然冒出了1000元" cut; ends before the truncated "曾于2014年
    8月…" sentence. 群众纪律 only.
 3  Traditional commentary, glosses removed; the "南都社论" line, headline and the photo caption
    "陳長前在政務APP中查詢到…" cut; the sentence garbled in the stored copy ("因?yàn)榘l…",
    "這些信息是否屬實…") cut; ends before the truncated personal-data paragraph. The community
    secretary is unnamed and his 社區 unnamed: (None, '社區居委會書記', None); the 鎮政府 that set
    the task is an organ. 工作纪律 and 形式主义官僚主义 (names used "為完成任務"; could add 群众纪律).
 4  A 纪委 story; ends before the truncated "最终，刘某某因克扣截留…". 刘某某 first written "时任镇
    人社中心负责人", later "时任化起镇人社中心负责人": ('刘某某', '人社中心负责人', '化起镇'). The
    private 培训中心 only paid him; the villagers' money is delivered in the text: not mixed (hard,
    compare fresh127th.py's item 12, where the claim was still open). 群众纪律.
 5  Traditional; site lines, headline, editor and source line and the sub-heading "社區書記竟有
    “失業證”？" cut; ends before the truncated "他到現場發現…" sentence. 任薇 (a 社區副書記) and 王媛
    tell of being made to play "失業人員": reporters, not accused; the "基層組織", the 街道 and its
    勞動保障所 are organs and groups: in, no entry (hard: could be read as 任薇's own complicity).
 6  Mixed, hard: a forum post to the 财政局 and 就业局 asking why a friend got 300元 and 400元 of
    the published 1000元 and 1350元 (the friend's own money) and suggesting the 培训中心 keeps the
    rest ("这是政府的技能培训"). Read as an allegation of 克扣 against an unnamed public 培训中心: in,
    no entry. Could be read as out 个人利益诉求 (questions only, the centre may be private). The
    trailing "|" cut. 群众纪律.
 7  Sub-headings "农民信息 遭到收买编造", "主管官员 参股经营培训" and the trailing "培训造假 何以接二连三"
    cut. Five accused as first written: ('舒秋', '副局长', '遵义市红花岗区社保局'), ('张吉英', '主任',
    '就业培训中心') ("…社保局副局长舒秋和就业培训中心主任张吉英"; hard, the 中心 is only implied to be
    红花岗区's), ('袁重', '副所长', '正安县安场镇派出所') (sold household data), ('杨锦福', '副厅长',
    '贵州省劳动和社会保障厅') ("时任"), ('江捷', '副局长', '贵州省劳动和社会保障厅就业局'). 刘文勇 is
    the private school's 副校长, the 5 bribers private. 贪污贿赂, 廉洁纪律 (stakes in schools),
    工作纪律 (the leaked data).
 8  Traditional, glosses removed; the section heads "虛報培訓對象、縮短培訓課時。" and "與企業簽訂虛假
    再就業用工協議，編造學員就業去向，騙取職業培訓補貼。" cut, and the truncated "但兩培訓機構先將他們…
    騙取補" sentence cut. The "監管部門" that registered the schools' employed trainees as
    "失業農民工" with them is an organ; the 扶貧學校 and 青山學校 are not said to be public: in, no
    entry (hard: the text is mostly about the schools). 工作纪律 (false registration; could add
    廉洁纪律 or 滥用职权). (A copy of the 阿壩 通報 on the 卡谷村 公益性崗位 money was dropped here:
    the same 通報 is in fresh23th.py.)
 9  The stored page is the article's second page; the sub-heading "主管领导缺乏监督 审核漏洞触目惊心"
    and the truncated "曾炮制多名“…" cut. ('杨某', '劳动局长', '大渡口区劳动局'): first with the post
    "经劳动局长杨某审批", the unit from "2009年大渡口区劳动局". 周某 is a briber; the schools private.
10  Short comment; ends before the truncated "据《新华日报》". "部分校领导" of an unnamed 江西 职业学院
    are an unnamed group: in, no entry. Hard: the text does not say the college is public. Interns'
    pay, not a subsidy (near the theme). 群众纪律 and 廉洁纪律.
11  Traditional, glosses removed; ends before the truncated "“長期代表…如果是，". ('高潔', '原主任',
    '正大街社區') as first written "…正大街社區原主任高潔" (her mother's 公益性崗位 pay refunded);
    ('高大源', '社會事務服務中心副主任', '玄灘鎮') from "該鎮社會事務服務中心副主任高大源" (hard: only
    his wife 劉某's post and her claims for an advertising firm are examined in the excerpt). 劉某 is
    private; 小莉 and 老宋 investigate. 群众纪律 and 廉洁纪律.
12  The trailing "(记者高健)" and "|" cut. ('赵明利', '厂长', '北京包装制罐厂'), ('陆玲', '副厂长',
    '北京包装制罐厂') from "原北京包装制罐厂厂长赵明利和副厂长陆玲" (the "原" before the unit dropped).
    State-firm heads; 下岗职工生活费 from the 劳动局 (an older employment subsidy). 贪污贿赂 (私分,
    挪用) and 廉洁纪律.
13  涉法涉诉: 47 private graduates and a private agent (邱某) prosecuted for 骗领 a 人才补贴; headline
    cut; ends before the truncated "其中，韩某积极介绍…" sentence. Could be read as 其他 (a published
    典型案例).
14  涉法涉诉, traditional, glosses removed: the trial of a private school's former head for faking
    2,000 trainees. "本報訊 (記者王秋實)", the sub-heading "自稱為指標而造假" and the truncated "檢方
    建議加強審查 海淀區勞保…" cut. His "如果勞保部門審查嚴格…" is a plea, not an accusation of officials.
15  涉法涉诉, traditional: an intern's injury suit settled in court; ends before the truncated "此外，
    毛某作為成年人…". The 泉州 人社局 only decided "不予受理". Near the theme (職校 internship).
16  个人利益诉求: residents' 12345 call on a 1000元 training subsidy unpaid since June; forum lines,
    image file names and the speaker labels "市民", "昌升职教工作人员" and "宿城区公共就业（人才）服务中心
    培训科科长 虞敏" cut (so two quotes stand unlabelled); ends before the truncated "我们区里钱有缺口…".
    虞敏 only answers (a funding gap, no misconduct).
17  个人利益诉求: a laid-off trainee's claim to a 300元 exam fee from a private 普惠制 school; the
    sub-heading "投诉：考证费300元，该收吗？" and the copyright line cut. 谷某 is the school's staff.
18  个人利益诉求: a driving school's question on its unpaid 驾照培训补贴 and the 人社局's answer
    (which mentions a 纪检 investigation of training; no one accused). The page's URL kept as written.
    Could be read as 其他 (an enquiry).
19  个人利益诉求, traditional: a graduate's 见习补贴 held back by a private 教育機構 and paid after her
    留言板 message; header, headline, byline, the caption "人民網“領導留言板”截圖" and the truncated
    official's quote cut. Praise of the 秦淮區人社局; could be read as 其他.
20  其他: the opening of the 牡丹江 创业担保贷款 rules; the document number line, the signature and
    date, the headings "第一章 总则" and the truncated 第四条 cut.
21  其他: a 人社局 work report on 公益性岗位 checks ("虚挂顶岗" posts cleared; no one accused); the
    "本报讯（刘薇薇）" line cut.
22  其他: an audit report on 就业创业补助资金 (loopholes in eligibility checks, money recovered). Hard:
    "资格审核上存在漏洞" could be read as an organ's fault (in, no entry); read as a report of checks
    and recovery.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH160: list[Item] = [
    # 01
    ('http://district.ce.cn/newarea/roll/201509/17/t20150917_6508869.shtml',
     '公益性岗位，是政府针对困难就业群体所开发的就业援助项目，主要对“零就业”家庭、“4050”人员等特殊'
     '就业困难群体实施托底安置，有效缓解就业压力。然而，随着公益性岗位开发数量的不断增加，这项民生工程却沦'
     '为某些人的“摇钱树”。据海南省临高县人民检察院指控，2009年期间，邹众斐为了给儿子办理公益性岗位指'
     '标，送给时任该县人力资源开发局局长符坚坚3.2万元。之后，符坚坚让邹众斐负责找要办理公益性岗位指标的'
     '人。此后，符坚坚以帮他人办理公益性工作岗位为由，通过邹众斐向办理人索取岗位指标费。符坚坚和邹众斐共收'
     '取了62名办理公益性岗位人员共计182.3万元。《法制日报》记者在临高县人民检察院采访中获悉，近年来'
     '该院共查处县就业局倒卖公益就业岗位指标窝案5件6人，涉案金额达182万元。作为临高县人力资源开发局原'
     '局长的符坚坚“暗箱操作”，将公益就业岗位指标当生意来经营，近日被海南省第二中级人民法院以受贿罪终审判'
     '处12年有期徒刑。1962年8月，符坚坚出生在海南省儋州市。案发前，任临高县人力资源开发局局长。20'
     '13年4月，被刑事拘留。据临高县检察院指控，2009年期间，原临高县粮食局干部邹众斐为了给儿子办理公'
     '益性岗位指标，送给时任临高县人力资源开发局局长的符坚坚3.2万元。这是符坚坚当上就业局局长之后收的第'
     '一笔钱。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('符坚坚', '局长', '临高县人力资源开发局'), ('邹众斐', '干部', '临高县粮食局')]),
    # 02
    ('https://thepaper.cn/newsDetail_forward_1379308',
     '一笔1000元的补贴款悄无声息地流入到个人持有的银行存折里，次日，这笔钱又被人神秘地强行划走。近日，'
     '江苏沛县260多名乡村医生遭遇了如此怪事。他们向澎湃新闻（www.thepaper.cn）反映说，希'
     '望有关部门能介入调查，查清是谁划走了这笔钱，他们强行划走这笔钱是否合法、妥当？今年8月20日，沛县张'
     '庄镇夹河卫生室的孙医生发现，她领取农业补助的存折里多出了1000元。因为这个存折是专门领取各种农业补'
     '助的，所以对于账户上突然“冒”出的这些钱，孙医生也没有多想，隐约猜到是上级给的各种补助款。她想着“孩'
     '子马上要交学费了”，还幻想着用这笔钱帮孩子交学费。然而，一个星期不到，8月26日下午，3个陌生人找到'
     '了孙医生，要求孙医生带上存折和身份证，陪他们一起去银行，取出这1000元，交给他们。孙医生对澎湃新闻'
     '回忆，来的这三个人分别是：张庄镇崔寨乡卫协会的韩强主任，去年曾给他们进行计算机培训的一个老师，另外一'
     '个人她不认识。为什么自己存折里的1000元钱要取出，交给别人？来的人告诉她：因为去年8月，孙医生参加'
     '了县里组织的计算机培训，并通过了资格证考试。这1000元钱就是江苏省财政给那些“通过考试的人”发的财'
     '政补助奖励。但因为当初孙医生在参加计算机培训时是免费的，所以，这1000元钱被“收走”，相当于是补缴'
     '了当初的培训费。事后，孙医生了解到，有他这样遭遇的人还不少。',
     'in', None, True, ['群众纪律'],
     [('韩强', '主任', '张庄镇崔寨乡卫协会')]),
    # 03
    ('http://www.qterp.net/news/6648334',
     '近日媒體報道，長期在廣州市工作的41歲湖南衡陽市衡南縣栗江鎮男子陳長前，今年6月回鄉辦理更名業務時，'
     '意外發現被人冒名進行就業困難人員認定和失業登記，并申領了社會保險補貼（靈活就業人員）、生活費用補貼。'
     '社區居委會書記稱為完成鎮政府交辦任務，“只湊人數未領補貼”。其坦言，和陳長前情況類似的“還有百多個”'
     '。借用他人名義冒領國家補貼，事件性質之嚴重不言而喻。社區書記的表態似乎可以讓公眾的情緒舒緩一下，畢竟'
     '“未領補貼”意味著公帑未有實際損失。但事情是否真的如此簡單？在社區書記對記者的多次陳述中，“這些補貼'
     '到底有沒有申領到錢，他并不清楚”，“居委會這個層面沒有拿到社會保險補貼（靈活就業人員）和生活費用補貼'
     '的任何資金”，無疑是最重要的信息。在這一事件中，即便未發生實際的補貼冒領行為，但沒有損失也不能免除相'
     '關人員的責任，所暴露的一系列問題需要追問。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [(None, '社區居委會書記', None)]),
    # 04
    ('https://wxredian.com/art?id=0172fe4e0ac7d01c15cf20ee05735ced',
     '“老伯，你把钱收好了，这是你之前参加培训的补贴……”近日，毕节市织金县纪委监委工作人员在化起镇中山村'
     '将被截留的培训补助送到村民袁大伯手中。此前，织金县十三届县委第四轮巡察在化起镇巡察时，发现2018年'
     '职业技能培训补助发放异常问题线索，随即将线索反馈县纪委监委，县纪委监委成立联合调查组开展调查核实。通'
     '过调阅培训台账和相关资料，调查组了解到，化起镇组织开展职业技能培训时，由毕节市某职业技能培训中心负责'
     '组织开展培训，验收合格后，相关培训补贴由县人社局发放。为查清问题，调查组分别到县人社局、培训中心、参'
     '训群众家中了解情况。根据县人社局提供资料显示，2018年化起镇对全镇199名贫困户开展为期15天的就'
     '业技能培训，由时任镇人社中心负责人刘某某负责。根据相关文件规定，需给参训村民发放食宿补助费。“培训结'
     '束以后我们就把6.2万余元培训费转给刘某某，委托他将钱发放给群众。”职业技能培训中心相关负责人说。“'
     '当时是说有补助，但是都几年了，一直没有收到。”在中山村走访时，多名群众反映。随着调查深入，种种线索都'
     '指向时任化起镇人社中心负责人刘某某，随即调查组到银行调阅了刘某某个人银行流水，发现其收到培训补贴后，'
     '先后支付职业技能培训场地费、补助费用等共计2.5万余元，剩余3.3万余元一直滞留在其个人账户上未发放'
     '给群众。随后，工作人员找到刘某某谈话。“2018年化起镇职业技能培训，群众的培训补贴去哪儿了？为什么'
     '到现在群众还没领到？”在证据面前，刘某某交代了自己的违纪事实。原来，培训中心将钱转到其个人账户后，刘'
     '某某心存侥幸，想着有群众反映再发放，便将3.3万余元培训补贴一直滞留在个人手中。',
     'in', None, False, ['群众纪律'],
     [('刘某某', '人社中心负责人', '化起镇')]),
    # 05
    ('http://m.qqx123.com/read75191.html',
     '明明是基層社區工作者，卻領取失業證，一年參加兩三個職業技能培訓，拿失業培訓補貼。這是記者在基層采訪時'
     '遇到的怪事。當前，加強職業技能培訓是多地穩就業、擴就業的重要舉措。但一些地方的基層組織，為完成任務，'
     '安排社區工作人員花國家補貼，參加質量不高的培訓。這些培訓補貼被誰鉆了空子？一些部門、培訓機構有著怎樣'
     '的“生意經”？任薇是江蘇某地一名基層社區副書記，前段時間她又收到某職業培訓學校的“催收”微信：“書記'
     '，上面發的技能培訓補貼都打到卡上了吧？麻煩收一下盡快轉給我哦。”她向記者吐槽：“好好上著班，非要我們'
     '去領失業證，還要抽時間考這些個亂七八糟的資格證。財政補貼一到賬，又叫我們‘返利’給培訓機構。”另一名'
     '社區工作人員王媛也告訴記者，她和周邊社區的不少工作人員都有“被失業”去“考證”的經歷。8月初，一位基'
     '層社區工作人員參加了所在街道組織的一堂培訓。街道微信公號發布的相關內容稱，街道社會事業局勞動保障所全'
     '程跟蹤培訓，考試合格的頒發《國家職業資格證》。',
     'in', None, False, ['工作纪律', '形式主义官僚主义', '廉洁纪律'],
     []),
    # 06
    ('https://bbs.mala.cn/thread-16433186-1-118.html',
     '@蓬安县财政局、蓬安县就业局：您们好！近期看到了公众号：蓬安就业居保，刊登的“2022年蓬安县技能培'
     '训补贴名单公示表”，正好也有朋友参加了这个培训，无意间问起这个补贴的事。据我了解，我朋友参加了两个培'
     '训班，按照公示表的补贴金额分别应领取：1000元 1350元，但他说他实际领取到的金额为：300元 '
     '400元（其中有一个好像还没领取），中间产生的1650元的出入。因此产生了如下的疑问：1.补贴金的实'
     '际发放渠道是什么？（财政局直接转到学员银行卡？由培训中心中专至学员？或者其他？）2.学员补贴金中是否'
     '包含了培训老师的工资？学校的运营费用？3.是否公示金额为实际财政发放金额，及学员领取金额？作为普通的'
     '人，我们能理解培训中心要生存，需要资金运营。但就算是在培训过程中以及老师的招募过程中会涉及到一些费用'
     '，我想这个费用不会差距这么大，而且这是政府的技能培训，不是某个私人组织机构的培训。也就是说作为一个学'
     '员，辛辛苦苦上了十几天课，也付出了时间和精力，难道十几天的时间连补贴的一半都不值得吗？就算在某个种植'
     '园去扯草，按天算一天也有50块钱吧？按培训时间算12天也得600块钱吧。蓬安的城市小，人们的生活压力'
     '也不小，理解每个人的压力，但如果说公示金额为实际所得，那么我想应该是有点过分了。虽然说补贴的钱按现在'
     '人们的生活水平也不多，我们人民群众是老实，但不是傻。又在公示，实际领取的又不一样，这很难让有说服力呀'
     '。就算实际操作每人发一半，也就是1000（领取500），1350（领取675元），都还能说的过去。但'
     '是呢？？？？？？？',
     'in', None, True, ['群众纪律'],
     []),
    # 07
    ('http://zhongguo.center/gz/04016821.html',
     '国家规定，培训机构要想领取培训财政补贴，必须有受培训农民户籍材料、联系方式、签字或签章等相关证明资料'
     '。经贵州省遵义市人民检察院查实，遵义市红花岗区社保局副局长舒秋和就业培训中心主任张吉英伙同他人，共同'
     '出资30万元成立“创立”职业学校，开展农民工培训。舒秋、张吉英两人委托学校副校长刘文勇和一些社会无业'
     '人员，搜集农民身份证及照片，搞虚假培训资料，骗取财政补贴谋私利。为获取这些材料，刘文勇以每份资料20'
     '元的报酬，说服正安县安场镇派出所副所长袁重，将派出所户口信息里的771套农民身份证资料和照片复制出来'
     '，又组织37个虚假的“农民工培训点”，拍摄一些所谓的“现场照片”，同时，在遵义县虾子镇，利用赶场天在'
     '街头摆摊设点，以一个塑料脸盆为“诱饵”收集赶集农民的户籍资料。培训补贴成了人见人爱的“唐僧肉”，各种'
     '培训学校也应运而生。2006年5月至2008年1月，先后有5人向时任贵州省劳动和社会保障厅副厅长杨锦'
     '福行贿，申请成立“理想”、“腾飞”、“时代”、“海丰”、“益通”、“现代”等培训学校，获得农民工技能'
     '就业培训定点机构资格，培训农民工指标也从每月500名增加到1000名。今年4月初，杨锦福因非法受贿8'
     '7.2万元，被贵阳市中级人民法院一审判处有期徒刑12年。与收取贿赂相比，贵州省劳动和社会保障厅就业局'
     '副局长江捷犯罪手段更隐蔽。他利用培训主要管理者的便利，在制定培训政策和实施管理时有意留下疏漏，在试点'
     '培训农民工的9所培训机构中，自己参股经营达3所，报告培训人数4万余人，占全部试点培训人数81%，获取'
     '财政补贴1680余万元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '工作纪律'],
     [('舒秋', '副局长', '遵义市红花岗区社保局'), ('张吉英', '主任', '就业培训中心'), ('袁重', '副所长', '正安县安场镇派出所'), ('杨锦福', '副厅长', '贵州省劳动和社会保障厅'), ('江捷', '副局长', '贵州省劳动和社会保障厅就业局')]),
    # 08
    ('http://www.victorzhang.cn/page/2015/0429/26833584.shtml',
     '交口縣人民政府關于職業培訓實施方案規定，職業培訓的對象主要是在法定勞動年齡內的城鎮未就業人員、進城求'
     '職的農村勞動者、下崗失業人員、復員軍人；創業培訓的對象是具有創業意愿并具有一定創業條件的城鄉勞動者。'
     '根據規定，職業培訓不得少于一個月，并且對四種不同檔次的培訓內容都規定了相應的最低教學課時。而扶貧學校'
     '和青山學校兩家培訓對象主要是大型企業已在崗員工。為了能夠通過檢查驗收，培訓機構與監管部門將已就業員工'
     '全部登記為失業農民工。據調查，兩校向勞動部門上報的培訓時間為1個月或3個月，實際培訓1天、15天、3'
     '0天不等。按規定，定點培訓機構對有意進城求職的農村勞動者和已在崗的農民工進行實用技能培訓，并取得相應'
     '證書六個月內沒有實現就業的，按最高不超過職業培訓補貼標準60%給予補貼；對六個月內實現就業的，按職業'
     '培訓補貼標準100%給予補貼。而兩機構進行培訓時，培訓的對象都是企業在崗員工，培訓結束后無須學校再推'
     '薦就業，不能獲得100%補貼。',
     'in', None, False, ['工作纪律'],
     []),
    # 09
    ('http://cye.com.cn/chuangyezixun/chuangyexinwen/20101204200015_2.htm',
     '检方指控，2006年至2009年，杨某在对农民工培训指标分配、补贴支付等工作中，为三家学校牟取利益，'
     '收受贿赂8.5万元。他于日前被法院判处有期徒刑两年，缓刑三年。除了重金买指标外，一些培训学校还严重夸'
     '大其办学能力，骗得指标后又搞“缩水”培训，获得高额“利润”。重庆大渡口区检察院职侦干警曾化妆成农民工'
     '，到一些职业培训学校去摸底，发现一些学校一年向就业局申报数千个培训指标，自身却只有两三间办公室，根本'
     '没有培训场地。国家要求技能培训必须达到60个学时，有的学校开课时就组织几十个农民工，吃吃瓜子、水果，'
     '像开茶话会一样糊弄几节课，待收齐农民工的身份材料往上一交，骗了补贴就了事。惠民资金的使用本应严格管控'
     '，却为何屡屡被不法分子钻空子？办案人员认为，一是“一把手”权力过大，缺乏监督；二是审核把关不严，漏洞'
     '百出。劳动局长对“指标争夺战”有多大决定权？大渡口区劳动就业部门相关工作人员说，每年指标分配是先由就'
     '业局综合科提方案，经劳动局长杨某审批后，再提交讨论通过，其中杨某有决定性审批权。过去他就曾修改过指标'
     '分配计划。在培训学校普遍关心的补贴支付方面，也是先由相关科室提出初步付款计划，杨某负责签发先后顺序和'
     '金额。记者采访获悉，2009年大渡口区劳动局对指标分配搞了招投标，但学校争指标的成败、领补贴的早晚还'
     '是离不开杨某一支笔。行贿人周某说，指标分配实行招投标后，劳动局长仍然有很大权力。杨某本人向检方供认，'
     '分配培训指标和支付培训补贴，都属于劳动局下属的就业局负责，最后都要自己审批签字。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('杨某', '劳动局长', '大渡口区劳动局')]),
    # 10
    ('http://czwb.bohaitoday.com/pc/content/202311/21/content_109688.html',
     '近日，有人爆料称，江西一所职业学院克扣学生实习报酬，部分校领导从中牟取巨额收入。相关部门已介入调查。'
     '实习是职业教育的重要一环，通过实习，企业缓解了一线“用工荒”，学生则得到了实践机会，获得一定报酬，可'
     '谓双赢。但职校领导竟然从中发现“商机”，克扣学生的“血汗钱”，这种做法与黑心“包工头”无异。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     []),
    # 11
    ('http://www.jinjitv.com/show-1-16132.aspx',
     '“聽說沒？高潔她媽媽把在公益性崗位上領的工資退了！”9月6日，四川省瀘縣玄灘鎮正大街社區原主任高潔被'
     '查處的消息傳開后，社區居民議論紛紛。案件查處要從一次大數據線索排查說起。2018年10月15日，瀘縣'
     '縣委第三巡察組工作人員小莉在對玄灘鎮機關干部信息開展大數據線索篩查時，發現該鎮社會事務服務中心副主任'
     '高大源的妻子劉某曾經在該鎮東街社區從事過公益性崗位工作。“據我所知，公益性崗位人員的聘用都是有很多限'
     '制條件的，很少聽說有機關干部的家屬能夠滿足條件。”小莉帶著疑問向巡察組組長老宋匯報了這個情況。“這個'
     '問題誰也保不準，我們要用證據說話，一起跟進核實一下就曉得了嘛。”老宋聽了匯報，決定對該問題一探究竟。'
     '隨后，巡察組工作人員到鎮勞保中心提取了劉某從事公益性崗位的相關資料，得知劉某因符合《關于瀘州市就業困'
     '難人員申請認定辦法的通知》中“經公共就業服務機構推薦就業3次及以上未成功的‘4050’（女性年滿40'
     '周歲、男性年滿50周歲及以上）人員”，被認定為就業困難人員，并被東街社區聘用為公益性崗位人員。然而，'
     '另外一邊查賬的同事卻發現了玄灘鎮政府宣傳經費報賬單附件上，多次出現了經辦人“劉某”的名字。“是重名嗎'
     '？那么巧？”巡察組工作人員覺得問題肯定沒那么簡單。經過詢問得知，這兩個“劉某”確實是同一人。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('高潔', '原主任', '正大街社區'), ('高大源', '社會事務服務中心副主任', '玄灘鎮')]),
    # 12
    ('https://dali.qinfeng.gov.cn/info/1006/6799.htm',
     '原北京包装制罐厂厂长赵明利和副厂长陆玲联手虚报下岗职工名单，骗取下岗职工生活费及安置补偿费110余万'
     '元，这笔钱作为年终奖分给了该厂中层以上干部。昨天，二人因私分国有财产罪和挪用公款罪获刑5年半和1年。'
     '检方指控称，原市劳动局曾出台规定，亏损的国有企业，可以在企业内部成立再就业服务中心，各再就业服务中心'
     '可以成立劳务派遣组织，接纳、安置下岗职工，根据劳务派遣组织的人数，由市劳动局拨付费用。利用该项优惠政'
     '策，1998年至2003年，包装制罐厂先后成立了北京包装制罐厂再就业服务中心及北京梦园四海劳动服务社'
     '。通过这两家单位，赵明利和陆玲虚报下岗职工名单，骗取下岗职工生活费及安置补偿费110余万元。随后，二'
     '人伪造职工签名，又把这笔钱从梦园四海劳动服务社的账上转至工厂，其中61万余元发放给中层以上干部当做资'
     '金补差和年终奖，另一部分退还了职工股息。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('赵明利', '厂长', '北京包装制罐厂'), ('陆玲', '副厂长', '北京包装制罐厂')]),
    # 13
    ('http://kxhea.jdgod.com/alerts/2021/1210/5350.html',
     '通过挂靠社保，47名应届生骗领49万元人才补贴。这是最高人民检察院日发布的检察机关贯彻少捕慎诉慎押刑'
     '事司法政策典型案例中的一例。该案中，检察机关区分情形，区别对待，准确把握少捕慎诉慎押刑事司法政策。2'
     '019年6月，浙江省杭州市为吸引人才安家落户出台了相关政策，对来杭州工作的本科及以上学历应届毕业生发'
     '放一次生活补贴，其中，本科1万元、硕士3万元。毕业生在申请补贴时限内，需在杭州市用人单位就业或自主创'
     '业，并按规定缴纳社会保险。2020年5月至6月期间，韩某、马某等47名不符合上述补贴领取条件的应届毕'
     '业生，通过中介人员邱某（因本案，以诈骗罪被判处有期徒刑4年6个月，并处罚金4万元）操作，挂靠在邱某所'
     '在的杭州某公司短暂缴纳社保，虚构在杭州劳动关系，骗领补贴共计49万元。其中，韩某骗领补贴1万元后，又'
     '介绍其他9名人员以相同方式骗领补贴9万元，并收取好处费；马某等其余46人分别骗领补贴1万元或3万元不'
     '等。2020年10月，浙江省杭州市公安局萧山区分局对该案立案侦查。杭州市萧山区人民检察院对专门以骗补'
     '为业的中介人员邱某等建议提请批准逮捕，从严惩处；对认罪态度好的涉案大学生韩某等人建议适用取保候审措施'
     '，从宽处理。公安机关对韩某等47人取保候审，运用杭州市检察院、公安局联合开发的“非羁码”数字监管系统'
     '，加强对非羁押人员监督管理。韩某等47人移送审查起诉后，检察机关经审查认为，该47人危害后果、主观恶'
     '不同，应区别对待。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://m.lurdlur.com/edu/edu-xyztc/news/2010/04-13/2221662.shtml',
     '作為市勞動和社會保障局（現已更名為人力資源和社會保障局）公示的定點培訓機構，北京市海淀區天泓職業培訓'
     '學校原負責人趙大偉利用勞保局只審查書面材料的漏洞，虛報培訓農民工人數上千人，騙領國家發放的培訓補貼6'
     '2萬余元。昨天上午，趙大偉因涉嫌詐騙罪在海淀法院出庭受審。此案未當庭宣判。據檢方指控，2007年8月'
     '至11月，趙大偉稱為海淀東升六道口汽車修理廠等40多家單位培訓外來農民工2984人，以此向海淀區勞保'
     '局申領職業培訓補貼62萬余元。事實上，這些單位只有330多人參與了培訓，其余的2000多人都是虛構的'
     '。庭審中，趙大偉稱，他冒領的62萬余元并沒有轉移到個人賬戶上，而是全部劃到學校賬戶，用于學校的運營。'
     '案發后這些款項全部退回給了勞動部門。趙大偉說，從2007年7月之后，他找人刻了七八個假公章，申報花名'
     '冊上的人名和身份證號都是他讓學校員工弄來的，拿到身份證復印件和證件照片就給員工提成。趙大偉共偽造30'
     '0多個培訓協議和花名冊，報到海淀區勞保局，該局報到市勞保局后，經審批，再由市勞保局將補貼撥到學校。他'
     '說，自己這樣做“既有內因也有外因”，外因就是培訓學校的指標。從2007年開始，原有的區屬和市屬職業學'
     '校的師資力量，已經不足以完成培訓外來農民工的任務，于是他這樣的民辦學校也可以申報培訓經費。但是，如果'
     '每年完不成培訓人數指標，他的“定點培訓學校”的名頭就可能被拿掉。為了完成指標，他只好虛報材料上報。趙'
     '大偉說：“如果勞保部門審查嚴格，不可能詐騙成功。”',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.iosapp77.com/quanzhou/huian/889045.html',
     '年滿18周歲的毛某在實習過程中傷了左眼。訴至法院后，近日，經法院主持調解，毛某和實習單位達成協議，實'
     '習單位再支付原告毛某因本案事故受傷造成的損失合計21萬元（之前已支付款項81556元），而毛某承諾不'
     '再因本案事故向公司主張權利。毛某是某職校的學生，畢業前夕被學校安排在福建一公司實習。毛某和實習單位簽'
     '訂了約定實習時間和實習補貼等內容的《學生實習協議書》。2013年1月28日，毛某在工作時被塑料管打傷'
     '眼睛，造成左眼球鈍挫傷。經司法鑒定，毛某的傷情被鑒定為八級傷殘，目前尚無特制眼鏡可供佩帶。毛某的父親'
     '就該事故代為申請工傷認定，泉州市人力資源和社會保障局以“雙方之間不存在勞動關系”依法做出不予受理決定'
     '書。法院經審理后認為，毛某基于學校的安排到實習單位實習，由于其與實習單位之間不存在勞動關系，所以，在'
     '實習過程中受到的傷害按照一般民事侵權糾紛處理。本案中，作為實習生實習活動的指揮安排者，實習單位系實習'
     '生進行勞動的勞動條件提供者和某種程度勞動成果的獲得者，應該為毛某在實習活動中受到的傷害承擔相應的法律'
     '責任；對毛某在實習時存在安全隱患負有直接的提醒和注意義務，因公司未盡到相應義務，對毛某受傷的損害結果'
     '存在一定的過錯，應當承擔相應的賠償責任。而某職校安排毛某到實習單位實習，此項實習是學校教學內容的延伸'
     '和擴展，某職校對毛某在實習單位的安全仍負有一定的安全教育和管理義務，但其未加強對學生的安全教育和進行'
     '必要的管理，負有疏于管理的責任，對毛某受傷的損害結果存在一定的過錯，也應承擔相應的賠償責任。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://www.guchu.com/thread-43860-1-1.html',
     '最近，宿城区有居民拨打12345热线反映说，去年他们参加保育员的技能培训，并且通过考试取得了证书，但'
     '是原本承诺的培训补贴，却迟迟没有发下来。交钱是交在昌升职业学校的，说你这边只要考完试，然后拿到证，政'
     '府就会把补贴给你，1000块钱，去年六月份考的试，然后八九月份拿的证，学校现在说不归他们管。昌升职教'
     '工作人员表示，该补贴由政府发放，他们只是负责将学员材料上报到主管部门，后期会由主管部门统一发放下来，'
     '但是从去年6月开始，他们的学员就没有领到过补贴了。去年下半年六月份申报的都没发。我们学校就几十万，几'
     '百个人吧。宿城区公共就业（人才）服务中心培训科科长虞敏给出了解释：技能补贴之前都是三四个月发放一次，'
     '如今补贴迟迟没说法，主要是因为资金问题导致的。自2019年开始，国家开展“三年职业技能提升行动”，通'
     '过培训补贴的方式，促进技能型人才的培养，按照文件要求，对取得保育、西点、烹饪等证书的学员，可以补贴1'
     '000元。去年是三年计划的最后一年，申报补贴增多，加上市直的补贴也转由宿城区申领，导致去年宿城区申报'
     '学员人数突增，原本市财政局分配给宿城区的补贴资金远远不够，所以从去年6月开始就停发了该笔补贴。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://johnnytowncar.com/sh/2011/10-25/3411476.shtml',
     '日前，市民郭先生向沈阳市民服务热线投诉称：我是一名下岗职工，现在沈阳有个为下岗人员培训的制度叫“普惠'
     '制”，这个就是由国家拿钱为下岗职工再就业进行的培训，我在经济技术开发区的三维学校参加了这个培训。但这'
     '个三维学校收取了我300元的考证费，现在不退给我。据我所知，这笔钱是不应该收取的。昨天（24日），沈'
     '阳三维机械职业技能培训学校一名工作人员称，这300块钱是用来支付给监考老师的薪酬，不能退还。而记者从'
     '劳动部门了解到，参加普惠制就业培训的机构，都能得到财政补贴。收完政府的钱，再收学员的钱，这个算盘打得'
     '可够“精”的。市民郭先生告诉本报记者，去年12月份，他在沈阳三维机械职业技能培训学校报名参加普惠制就'
     '业培训。之所以选择这家学校，一方面原因是距离自己家比较近，另一方面，是因为他在政府部门网站上看到，在'
     '普惠制就业培训基地名单中，这家学校榜上有名。郭先生说：“我参加的是车工培训，培训时间是3个月。在培训'
     '开始之前，就收了钱，说是考证钱。7月份毕业之后，我问过别人才知道，考证钱是不允许收的。”记者在郭先生'
     '手里看到了一张落款为谷某的“白条子”，上面这样写着：书本费53元、考证费300元、早餐150元。郭先'
     '生说，由于自己当时交款时，学校会计没在，所以当时只给了一张“白条子”，其中的谷某就是学校组织培训的负'
     '责人。郭先生后来因为与学校闹翻，“白条子”也没能换成收据。在郭先生的帮助下，记者联系上了郭先生培训时'
     '的同班同学路先生，路先生手里有一张三维学校开的收据，其中就列明了300元的考证费。“说我缺勤，钱压根'
     '没退回给我！”路先生说。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.csflxx.com/f142458.htm',
     '领导您好！我受驾校的委托，就农民工下岗职工驾照培训补贴下发的问题进行咨询。驾校在去年就将相关人员的培'
     '训资料都已经送交长沙市人社局了，包括部分人员的审批结果也进行了公示，公示内容见：http://www'
     '.csldbz.gov.cn/xxgk/zfxxgkml/tzgg/201305/t20130530'
     '_458165.html，但是学校一直尚未收到这部分补贴款，现在很多农民工为了这个事情在学校进行吵闹'
     '，并且威胁要付诸武力，对学校的运营造成了极大的影响，也严重影响了社会稳定，我想就此问题咨询领导，这个'
     '农民工和下岗职工培训补贴的审批工作什么时候会继续？已经审批的人员补贴款什么时候会发放？现在学校已经无'
     '法继续向广大农民工朋友进行解释了，盼领导予以明确答复，谢谢！您好，关于您反映的问题，长沙市人社局业务'
     '部门已多次向上级汇报，但是受今年相关案件影响，目前纪检、检察部门仍在对全市职业培训的违规问题做相关调'
     '查。待相关案件处理完毕、对全市的职业培训工作整改到位并且出台《长沙市职业技能培训和鉴定补贴实施细则》'
     '后，按新政策组织实施，请您理解。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://js.people.com.cn/BIG5/n2/2022/0124/c360302-35109961.html',
     '“接到南京秦淮區人社局打來的電話時，我就知道事情有解決的希望了。”江蘇省南通大學的研究生張同學沒想到'
     '，在人民網“領導留言板”上的一條留言讓她如願拿到了被拖欠的4800多元見習補貼。2021年3月初，正'
     '讀研究生三年級的張同學與南京市秦淮區的一家教育機構簽訂了見習協議，開始了為期3個月的教資培訓見習工作'
     '。她說，該教育機構HR當時表示南京有見習補貼政策，並承諾此補貼等政府發放后會發給個人，她便依照申請流'
     '程填寫了相關表格。然而，直到去年底，這筆補貼還是遲遲沒到賬。此間，她多次與該教育機構溝通，均被以各種'
     '理由搪塞。直到今年1月10日第5次溝通時，對方明確表示了拒絕，稱沒有証據証明該補貼是發放到個人的。張'
     '同學非南京市戶籍。據了解，按照2021年南京市見習補貼標准，畢業后兩年內未就業的全日制普通高校畢業生'
     '、離畢業時間不足6個月尚未落實工作單位的全日制普通高校學生開展就業見習工作，見習期間每月補貼1616'
     '元，非南京市戶籍人員見習期間生活費補貼採取“先墊后補，留用結算”的方式按留用人數一次性撥付至見習單位'
     '，再由見習單位撥付至個人。情急之下，張同學1月11日在人民網“領導留言板”上留言求助。秦淮區人社局看'
     '到留言后，即與上述教育機構所屬街道聯系。經街道工作人員解釋協調，該機構負責人同意將相應的補貼發還給張'
     '同學。1月15日，她便收到了4848元見習補貼。研究生畢業的她也已經在去年11月份通過人才引進政策正'
     '式落戶南京。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://wcm.mdj.gov.cn:9000/preview/zfxxgkml/gfxwj/202012/t20201221_311662.html',
     '各县（市）、区人民政府，市政府各直属单位：经市政府同意，现将《牡丹江市创业担保贷款实施办法（试行）》'
     '印发给你们，请认真遵照执行。第一条为进一步加大创业就业支持力度，规范促进我市创业担保贷款工作，充分发'
     '挥创业担保贷款对促进创业带动就业的积极作用，根据《财政部人力资源社会保障部中国人民银行关于进一步加大'
     '创业担保贷款贴息力度全力支持重点群体创业就业的通知》（财金〔2020〕21号）、《黑龙江省财政厅等七'
     '部门关于修订印发〈黑龙江省创业担保贷款贴息及奖补资金管理办法〉的通知》（黑财规审〔2020〕17号）'
     '等文件精神，结合本地实际，制定本办法。第二条本办法所称创业担保贷款，是指以具备规定条件的创业者个人或'
     '小微企业为借款人，由创业担保贷款担保基金（以下简称担保基金）提供担保，由经办此项贷款的银行业金融机构'
     '（以下简称经办银行）发放贷款，由财政部门给予贴息，用于支持个人创业或小微企业扩大就业的贷款业务。第三'
     '条本办法所称担保基金，是指由地方政府出资设立的，用于为创业担保贷款提供担保的基金。担保基金由政府指定'
     '的公共服务机构或其委托的融资担保机构（以下简称经办担保机构）负责运营管理。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://wxrb.luaninfo.com/p/a.aspx?id=15007&t=8&time=2019-07-31',
     '为进一步加强对公益性岗位的监督管理，充分发挥公益性岗位援助就业困难群体就业的积极作用，叶集区人社局开'
     '展公益性岗位集中排查整治工作。全面铺开公益性岗位排查。该区人社局党组召开公益性岗位彻底排查部署会议。'
     '传达脱贫攻坚整改会议精神，对公益性岗位排查内容作具体安排，认真研判整改措施，确保整改见效，并就下一步'
     '工作作出部署。实地查看，真实反映公益性岗位运用。区人社局就业中心工作人员对全区涉及公益性岗位的开发单'
     '位采取查看台账资料、审核财务凭证、面对面询问公益性岗位受益人的方式，深入全区8家开发单位，对103名'
     '公益性岗位人员开展实地查看，现场解读公益性岗位政策。督促整改，确保公益性岗位公益为民。根据实地走访和'
     '复核情况，对公益性岗位空岗或在公益性岗位上虚挂顶岗的、不能坚持正常工作的和严重违反用工单位管理制度的'
     '等情形，要求用人单位予以清退，停止发放补贴。对工作责任心不强的公益性岗位人员现场进行了批评教育，并要'
     '求其立即纠正。截至目前全区公益性岗位运用合规健康有序。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.yaan.gov.cn/gongkai/show/20190930152122-27100-00-000.html',
     '今年上半年，市审计局采取上下联动方式对全市就业创业补助资金的管理使用情况进行专项审计。通过大数据分析'
     '手段，充分利用多部门数据，对不同类型的补贴领取人进行比对分析，筛查出4大类共1,039条疑点数据下发'
     '各县（区）审计组进行核查。经审计核查，发现因申领补助资金人员的资格审核上存在漏洞，造成部分不符合领取'
     '条件的人员领取补助资金以及部分人员重复领取补助资金等问题。针对发现的问题，审计部门责成主管部门及时追'
     '回资金，同时建立健全资格审查制度，严格按照相关政策规定执行审核程序，杜绝问题的再次发生。截至目前，全'
     '市已追回违规领取的补助资金23.65万元，归垫资金68万元。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH160, "fresh160")
