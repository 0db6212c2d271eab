"""Sealed batch fresh140: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh138th.py; the batch and its row ids are "fresh140".)

Theme: teachers' and schools' conduct (有偿补课, 学校乱收费, 学位费 and places sold, 体罚 by
public-school teachers, 教师招聘 and 教师调动 favours): teachers, principals and 教育局 heads and
staff; out items are pupils' injury suits, a private-school teacher's beating case, a teacher's
transfer application and a private tutoring school's unpaid wages, a dismissed teacher's claim
after a rigged 招录, a parent's complaint about homework, a 不收禮 notice and a paper on 职称评审
lawsuits. Nothing on 职称评审 favours or 择校费 as such was found within the search budget; the
neighbouring 学位费 (008), 入学/分班 bribes (007) and 教师调动 (011) stand in. Sources
(stored-pages search): a yifen30 copy of the 教育部 有偿补课 通报 (尧都区 teachers); a bfszw item on
the 屯溪一中 teacher; a 石家庄 教育局 complaint-site post on the 新乐 teacher's dance and tutoring
class; a csflxx forum post on a 四中 class taught in a hotel; a wzatv copy of the 澎湃 report on the
青县 李家镇小学 teacher; a shzx copy of the 新华网 report on the 曲沃 北关小学 slaps; a yaliqi
commentary on the 贵阳 principal 钟某燕; a 东南网 copy of the 广州日报 report on the 三水 principal
陆衍党; a kaqiz copy of a report on 龍崗 principals (traditional); a jendow wiki page on the 鄞州
教育局長 李永明 (traditional); a 文學城 copy of the 中国青年报 report on the 武安 教育局長 馮雲生
(traditional); a txtbbs copy of the 北京青年报 report on the 于都 student; out: a 杭州网 report on
the 萧山 tooth suit, a shushuxiu copy of the 中新網 report on the 嘉興 fence suit (traditional), a
顺义 report on the 罚站 suit, a published template of a teacher's transfer application, a htin8
copy of the 華商報 report on the 西安 tutoring school's wages (traditional), a 华图 copy of the
中国青年报 report on 罗海伟 and the 库伦旗 招录, a 明报 report on the 临城 private-school teacher, a
parent's forum post on the 石油南路小学 homework, a copy of the 廈門 不收禮 notice (traditional) and
the 中国人民大学 教育学院 copy of 叶阳永's paper. Six texts are in traditional script (items 9-11,
14, 17, 21; the glossing pinyin of the converted copies removed in 14 and 17).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, source tags ("新华网太原4月15日新媒体专电(记者王菲菲)", "【明报专讯】", "顺义区招商网讯:",
"中新網杭州5月11日電(…)"), captions, "(责任编辑:本港台直播)", "(記者 郭文娟)", forum and site lines,
the random-character anti-copy strings of the icbw forum copy, the repeated lead paragraph of the
htin8 copy and the truncated last sentences of the stored copies removed); paragraphs joined;
ASCII punctuation written full-width except inside numbers ("6248.23元", "1.1萬"); stray spaces
after punctuation and inside brackets removed (001, 005, 016, 020, 022). The spaces that alone
separate the numbered cases of 001 kept. Page oddities kept: "报怨" (004), "反应" for 反映 and
"!!!!!!" (020), "证情况属实" (019), "后", "于", "里", "先后", "范圍", "什么" and the other simplified forms
in the traditional 009, 014, 017 and 021, "國中"/"國小"/"程式"/"網路" of the converted wiki copy (010),
"93名，" before a new sentence (010), the placeholders "xx" of the template (016).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
teachers and heads of public schools and 教育局 staff count as public servants, as in fresh54th.py
and fresh127th.py; teachers and heads of private schools do not), "out" otherwise with out_type
涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, parents,
bribers and go-betweens without a stated post, private schools and their staff, and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written (the school with the
county or district written before it, as '桃源县文昌中学' in fresh63th.py); unit None when the text
ties the person to no named unit ("某实验小学", "某小学"). Topics only from the twelve names of
triage.md; 有偿补课 by teachers is 廉洁纪律 (paid side work, IS.INT.06) with 群众纪律 for the
families' burden, 乱收费 群众纪律, 体罚 群众纪律 (as beating children in care in fresh127th.py).
Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (012, 015,
018). Out types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022). 17 accused
entries, all in items 1-12: 8 with a full name (安文丽, 王文静, 肖立芬, 陆衍党, 李永明, 馮雲生, 楊淑斌,
彭為民), 7 masked (吕某某, 刘某, 钟某燕, 王某, 李某, 周某, 果某), 2 post only (both in 006). Items
004 and 012 are in scope with no accused entry. Out items have no accused entry. (The 吕某某 of
handwritten5.py is a 市委副书记 of 任丘, and the 费斌 of fresh78th.py a 书记 who only speaks: other
people.)

Close calls:
 1  An official list as published: the numbered cases run on with a space and no stop ("有偿补课 2、
    …"), kept; "(节选)" kept, the page's "|" cut. Only the 尧都区 case names anyone: 安文丽 as first
    written "临汾市尧都区五一路小学一年级8班班主任、语文教师安文丽" (the class in the position, as
    劉勇俊's 科 in fresh104th.py), 王文静 '数学教师' of the same school. The "部分教师" of the other
    five schools and the two schools that ran collective classes are unnamed groups or organs: no
    entry. The 尧都区教育局 and the 教育部治理办 only act. 廉洁纪律 and 群众纪律.
 2  The two headline lines ("教师在别墅补课被现场查处", "【…】") cut. ('吕某某', '教师', '屯溪一中'); the
    黄山市教育局 only acts; the "极少数教师" of the parents' complaint are unnamed. A different 吕某某
    from handwritten5.py's.
 3  A complaint-site post; the site header ("当前位置:首页 > 职业培训 > 正文"), the headline
    "石家庄市教育局举报投诉网" and the page's "多重随机标签 / 猜你喜欢文章" cut. 肖立芬 is first
    "新乐市彭家庄乡郭村的肖立芬老师": unit '郭村' (hard: her school is not named, so the unit could be
    None). The text does not say she teaches in a public school; she was punished by the 教育局 and
    is treated as one of its teachers. Her paid dance class and tutoring at home: 廉洁纪律 and
    群众纪律. Not mixed: the parents ask the 教育局 to act, no claim of their own.
 4  A forum post and one reply, SMS-length; the post's date line cut. The teachers of "四中有班级"
    are an unnamed group: in, no entry. Hard: real4.py labels a parent's complaint of a school's
    补课费 with no one named out 其他 (OOS.EDU); this batch follows fresh54th.py and fresh127th.py
    (item 6), where a public school's or its teachers' levies are in with no entry.
 5  The "(责任编辑:本港台直播) |" tail cut; the space inside "情况说明 》" removed. 刘某 is first
    "涉事教师刘某" in a text about "青县李家镇小学": ('刘某', '教师', '青县李家镇小学'). The school that
    "冷淡处理" the parents is an organ; the 青县教育局 and its 工作人员 only answer. Only 群众纪律.
 6  The 新华网 dateline cut. The teacher is unnamed: (None, '教师', '曲沃县北关小学') as in "曲沃县
    北关小学一教师". The 校长 got a 行政警告 for the incident: accused post-only (None, '校长',
    '曲沃县北关小学') for the failure of oversight, as fresh63th.py's 李平 (hard: could be read as
    one who is only disciplined). The 公安部门 and 教科局 only act. 群众纪律 and 工作纪律.
 7  A commentary; the last sentences after "荣誉称号。" cut where the copy breaks off. 钟某燕 is
    "贵州省贵阳市某实验小学校长钟某燕": the school is unnamed, unit None. Bribes for 入学, 转学 and
    分班 (places sold) and for works: 贪污贿赂 and 廉洁纪律. The 最高人民法院 only publishes.
 8  Navigation, headline, byline, the deck, the two bullet lines and the sub-heading "擅收约70名外地生" cut;
    ends before the truncated "2012年7月,三水区". 陆衍党 '校长', unit None ("西南街道某小学"). 张某莉
    (介绍贿赂, "张老师") is a go-between whose post is not stated: not accused (hard: "张老师" may be a
    teacher). 张某 and the 园长 are parents' side. 贪污贿赂 and 廉洁纪律.
 9  Traditional; site header and "揭落馬中小學校長斂財伎倆采購大收回扣(三)" title and date cut; the
    sub-heading "如何給中小學校長權力“減負”" cut; ends before the truncated "深圳市一位辦案". Four former
    principals, all masked: 王某 with '龍崗區平安里學校', 果某 with '龍崗實驗學校', 李某 ("龍崗某學校")
    and 周某 ("龍崗區某小學") with unit None. The 送菜公司 is a firm; the 檢察官 only speak. Partly off
    theme (canteen money, works, travel claims) but ends on 教師入編 favours. 贪污贿赂 and
    廉洁纪律.
10  Traditional wiki copy; the "簡介" and "官方回應" heads cut. ('李永明', '局長', '鄞州區教育局') as
    in "寧波市鄞州區教育局局長李永明"; his daughter benefits and is not accused; the 區紀委-led group and
    the 財政局 only act. Hard: the page ends with the district's finding "符合相關規定"; the desk still
    holds an allegation of a 局長's favour in 教师招聘: in. 选人用人 only.
11  Traditional; header, title, image junk, caption and the sub-heading "網帖稱教育局局長退休後仍在批
    調令" cut; ends before the truncated sentence on the post. 馮雲生 is written "已在教育局局長職位上
    待了12年的馮雲生" with "武安市教育局" in the sentence before: ('馮雲生', '局長', '武安市教育局') as
    李永明 in 010. 楊淑斌 ('人事科科長') and 彭為民 ('工作人員') ran the overnight transfer office where
    "大量的腐敗行為" and "價碼" are alleged: accused (hard: could be read as staff who only handled).
    費斌 is a witness (化名); 郝文明 and 祁有山 only act. 滥用职权, 选人用人 (teacher transfers) and
    廉洁纪律.
12  Mixed: the student's own schooling (the private school will not take him back: 个人利益诉求)
    beside his report that the 于都县教育局 leaked his name and tolerated the 补课 and fees. The
    school is private (民办) and its 班主任 private staff: not accused; the 教育局 is an organ: in,
    no entry. Scope by the central matter, the 教育局's leak and the retaliation (hard: could be
    read as out, 个人利益诉求, mixed). The repeated "3月16日…" paragraph and "(来源北京青年报)" cut.
    工作纪律 (泄露) and 群众纪律.
13  涉法涉诉: a pupil's injury suit against the 校长, the school and a classmate's parents; the two
    sub-headings cut. The claim that the school took a pupil without the right to enrol and was
    slow to call the parents is the suit's argument, not an allegation against an official.
14  涉法涉诉, traditional: the 嘉興 fence suit; dateline cut; glossing pinyin removed; ends with
    the school's answer in court, before the court's reasoning (which breaks off at "對事故").
15  涉法涉诉, mixed: the 罚站 injury suit; the allegation of 体罚 by the "李老师" of a "顺义区某中学"
    is part of the claim. No entry ("李老师" is a surname and a title, as "姚姓" in fresh104th.py,
    and out items carry no entry); the three sub-headings cut; ends before the truncated "故诉至
    法院".
16  个人利益诉求: a teacher's transfer application as a published template ("xx" placeholders
    kept); the title and the "此致 敬礼 申请人" lines cut.
17  个人利益诉求, traditional: a private tutoring school's teachers' unpaid wages (OOS.LABOR); the
    repeated lead paragraph and the sentence garbled in the stored copy ("因?yàn)楸煌锨…") cut; ends
    before the truncated "1月27日下午". The school and its 校長 are private: no entry.
18  个人利益诉求, mixed: 罗海伟, a teacher listed as a 涉弊 candidate and stopped from work, seeks
    her name cleared; beside it the report that "包玉修改分数的行为存在权钱交易". Hard: the 库伦旗
    招录 fraud could be taken as the central matter (in, with 包玉, whose post the excerpt does not
    give). The stored copy is the article's third page; its site lines and repeated headline cut.
    包恩和 and the 纪检委 only speak; 麻某某, 赵某某, 廉某 and 闫某某 are candidates.
19  其他: a teacher of a private school (私立小学树人学校) beating pupils, handled by the 教育局 and
    the police; not a public servant: out, no entry. Header lines and "【明报专讯】" cut. Could be
    read as 涉法涉诉 (the 派出所 has the case), as fresh127th.py's item 15.
20  其他: a parent's follow-up post on homework and a teacher's temper at the 石油南路小学 (a
    teacher's method, not misconduct); the forum's anti-copy junk strings cut; ends before the
    truncated "但结果".
21  其他, traditional: the 廈門 教育局's 不收禮 self-check notice; no grievance, no one accused.
22  其他: the abstract and the opening of 叶阳永's paper on 职称评审 lawsuits; header, date,
    "摘  要:", "关键词" line and the "一、引言" head cut; ends before the truncated sentence on 职称
    评审腐败.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH140: list[Item] = [
    # 01
    ('http://www.yifen30.com/portal.php?aid=10980&mod=view',
     '据了解，2015年，教育部治理办收到群众关于中小学有偿补课的信访举报508件，已全部重点督办。其中，对六'
     '起典型问题及查处情况予以通报。分别是：1、湖南省衡阳市衡阳县第六中学部分教师组织开展有偿补课 2、河南省'
     '开封市祥符区陈留镇南街小学部分教师组织开展有偿补课 3、山西省临汾市尧都区五一路小学部分教师参与有偿补课'
     ' 2015年6月30日至7月19日，临汾市尧都区五一路小学一年级8班班主任、语文教师安文丽，数学教师王文'
     '静组织本班17名学生补课，向13名补课学生收取每人500元补课费，向4名写作业学生每人收取300元，共计'
     '7700元。五一路小学责令安文丽、王文静将违规收取的费用全部退回学生并作出深刻检查；尧都区教育局给予安文'
     '丽、王文静行政警告处分。4、广西壮族自治区河池市东兰县高级中学组织开展集体有偿补课 5、江西省吉安市峡江'
     '中学组织开展集体有偿补课 6、湖北省黄冈市黄梅县停前中学组织开展有偿补课。（节选）',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('安文丽', '一年级8班班主任、语文教师', '尧都区五一路小学'), ('王文静', '数学教师', '尧都区五一路小学')]),
    # 02
    ('http://bfszw.com/zhi/92441.html',
     '7月27日早上，根据家长及媒体提供的有效线索，黄山市教育局组织人员突击行动，在该市屯溪区某豪华别墅区的一'
     '幢别墅内，对屯溪一中教师吕某某涉嫌有偿补课行为进行了现场查处。近期以来，黄山市很多家长反映称，极少数教师'
     '热衷有偿补课，补课对象有的是本校本年级的学生。有的教师在自家别墅或住宅有偿补课，有的教师为逃避打击就网络'
     '补课，有的通过在培训点授课获利。很多家长称，一个孩子动辄数千元投入，增加了无数家庭的沉重负担，家长也是一'
     '边掏钱一边满腹抱怨。黄山市教育局相关负责人表示，对教师有偿补课现象“零容忍”，这两年也查处了多起教师有偿'
     '补课行为。如果家长、学生以及社会各界发现有教师有偿补课，请积极提供有偿补课教师姓名、补课地点等具体信息，'
     '教育部门将坚决查处。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('吕某某', '教师', '屯溪一中')]),
    # 03
    ('https://mikewind.cn/20241217/2/716703',
     '石家庄市教育局举报投诉网上的家长们呼吁关注，反映新乐市彭家庄乡郭村的肖立芬老师存在严重问题。据投诉，肖老'
     '师在未经过允许的情况下，在村内大街私自开设舞蹈班，尽管去年因类似举报受到过教育局的处罚，但她并未改正，反'
     '而继续偷偷进行，这严重影响了孩子们的正常教学和学习生活。据反映，肖老师在学校内的课程安排紧张，学生在学校'
     '内学到的知识有限，而回家后的作业量巨大。例如，舞蹈班夏天的课程安排在下午3点，孩子们不仅需要在课上完成作'
     '业，回家后还有大量额外任务，直到深夜才能完成，这对他们的身心健康造成了负担。家长对此深感无奈，只能支付额'
     '外费用让孩子去老师家补课，但效果并不理想，孩子们压力增大，对学习的兴趣也有所减退。家长们强烈请求教育局领'
     '导高度重视这个问题，为了孩子们的未来和健康成长，能迅速、果断地处理肖老师的不当行为，确保孩子们能在轻松愉'
     '快的环境中学习和成长。他们衷心希望教育局能采取有效措施，保障孩子们的权益，让他们在快乐的环境中全面发展。'
     '感谢领导们的关注与行动！',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [('肖立芬', '老师', '郭村')]),
    # 04
    ('http://www.csflxx.com/f2270983.htm',
     '最近，在这炎炎夏日，四中有班级在河东华盐大酒店十楼会议室进行补课。并收取高额费用，为了避开教育局的耳目在'
     '白天自习，并将大门紧闭，晚上则正常上课。该补课是上一轮复习的课，暑假补的课学校正式开始上课时不会再上，学'
     '生不得不去上课，这真可谓老师赚钱的一个好手段，希望有关部门立刻采取措施保护学生的财产和合法利益。顶风作案'
     '，财迷心窍。老师的收入虽然比不上医生，但是从性价比来看已经很不错了，尤其对于没有当班主任的老师来说，工作'
     '强度也不大，那些整天报怨收入低、地位低的老师，你们真的有比较过别人的劳动强度和收入比例吗？三令五申不准有'
     '偿补课，还这样顶风作案，这样的三观如何去教学生？',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     []),
    # 05
    ('http://wzatv.cc/atv/a/yaowen/2016/0630/93816.html',
     '近日，河北省青县李家镇小学一四班学生被曝遭教师连续两节课用棍体罚。6月28日，青县官方网站“中国·青县”'
     '针对此事通报称，涉事教师刘某已当面向学生家长致歉，得到家长们谅解，县教育局对当事老师按有关规定严肃处理。'
     '据微博网友爆料，多名李家镇小学学生家长反映，6月24日，该小学一四班全班学生连着两节课遭教师用棍体罚，导'
     '致有学生流鼻血，多数学生腰疼。事后，家长们曾找校方“讨说法”，遭学校冷淡处理，于是家长们选择网上曝光维权'
     '。6月28日，青县在官方网站“中国·青县”发布《青县李家镇小学教师体罚学生情况说明》，称6月27日11时'
     '许，当事教师刘某当面向学生家长们致歉，得到学生家长们的谅解。青县教育局表示，对当事教师要按有关规定做出严'
     '肃处理，决不允许类似现象再次出现。6月29日，青县教育局工作人员表示，目前，此事已处理完毕，涉事双方已达'
     '成和解。澎湃新闻注意到，在官方通报中，并未披露当事教师为何要体罚全班学生，当事教师具体接受什么处罚等内容'
     '。对此，上述工作人员表示，“不太清楚”。',
     'in', None, False, ['群众纪律'],
     [('刘某', '教师', '青县李家镇小学')]),
    # 06
    ('https://m.shzx.org/a/47-65-0.html',
     '记者日前从山西省曲沃县政府办公室了解到，针对该县一名小学教师体罚学生致其受伤一事，公安部门已介入调查。目'
     '前，涉事教师已被辞退，该校校长也依据有关规定，被给予行政警告处分。日前有媒体报道称，3月31日，曲沃县北'
     '关小学一教师在检查作业时，发现一名学生有一道题空着没做，便打了这名学生两个耳光，然后用手扭学生的胳膊致其'
     '受伤。经调查，事件属实。曲沃县教科局对此事及处理结果进行了通报，要求全县各中小学校迅速开展师德师风教育专'
     '项整治活动，汲取教训、举一反三，坚决杜绝类似事件再次发生。同时，组织专门队伍对各学校专项整治进展情况进行'
     '督导。',
     'in', None, False, ['群众纪律', '工作纪律'],
     [(None, '教师', '曲沃县北关小学'), (None, '校长', '曲沃县北关小学')]),
    # 07
    ('https://yaliqi.com/new/0266e0fdf72d4222a1e7bcb7c3fcf77f',
     '校园是教书育人的地方，在人们心中一直被视为清贫之地。然而随着时代的变迁，这种固有的认知已经被颠覆。据新华'
     '网消息，最高人民法院发布依法惩治“蝇贪蚁腐”典型案例，其中贵州省贵阳市某实验小学校长钟某燕因犯受贿罪、洗'
     '钱罪，判决执行有期徒刑十一年，并处罚金人民币六十万元，依法追缴犯罪所得。是什么样的受贿情节，能使一个小学'
     '校长被判处有期徒刑十一年。判决书显示，2010年至2023年，被告人钟某燕利用担任某实验小学校长职务上的'
     '便利，将教育资源当商品，为他人在学生入学、转学、分班及项目承接、工程款拨付等方面提供帮助，非法收受他人财'
     '物共计949万余元。受贿了这么多钱，钟某燕心里也不踏实，担心钱多了会咬手，便耍起了小聪明，于2021年3'
     '月至2023年3月，将其中收取的123万余元好处费，通过转账等方式进行操作，企图掩饰非法资金来源。不料聪'
     '明反被聪明误，继受贿罪外，又增加一项洗钱罪，这才有了被判决合并执行有期徒刑十一年。现在，我们说查处一个县'
     '长、市长受贿上千万元时，可能已经不感到惊奇了，但若说查处一个小学校长，而且还是贵州这样一个不发达的落后省'
     '份小学校长受贿近千万元，还是相当令人震惊的。有人给她算过一笔账，13年受贿949万余元，平均下来一年就是'
     '73万元，一天就是2000元。贵州作为一个经济欠发达省份，贵阳当地义务教育阶段普通老师的年工资收入，应该'
     '不会超过10万元，但这位钟某燕校长一年受贿的钱，却相当七八个普通老师的年工资总和，这种收入悬殊，让那些每'
     '天站在讲台上教书育人的老师情何以堪。更气人的是，这位钟某燕校长除了钱捞得多外，她还是当地教育系统的先进人'
     '物，曾获得过贵阳市劳模和全国先进工作者荣誉称号。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('钟某燕', '校长', None)]),
    # 08
    ('http://news.fjsen.com/2014-04/11/content_13866104.htm',
     '记者昨日从相关权威渠道获悉，2009年至2011年，三水区西南街道某小学校长陆衍党违规安排约70名外地学'
     '生进入该校读书，从而收取“学位费”19.7万元。三水区法院近日一审以受贿罪判处其有期徒刑5年6个月，并处'
     '没收其个人财产5万元。另一名相关人员张某莉则因犯介绍贿赂罪被判处缓刑。2011年，张某的儿子（外地户籍学'
     '生）一直找不到小学读书，于是打电话给儿子曾读书的幼儿园的园长，问有什么办法。该园长给他介绍了一位“张老师'
     '”（即张某莉），说是掏3000元就可以搞到学位。张某与这位“张老师”取得了联系，两三天后，“张老师”叫张'
     '某到西南街道某小学交钱。到了该校，“张老师”共让张某交了3790元，其中3000元没有收据，另外的790'
     '元由该校校长陆衍党开了收据。后来，张某哥哥的儿子（也是外地户籍学生）也想进该校读书，张某于是又联系“张老'
     '师”。与上次同样操作，张某哥哥的儿子也顺利入读该小学。与张某有着同样经历的家长不在少数。经查，2009年'
     '至2011年，三水区西南街道某小学校长陆衍党违规安排40余名外地户籍学生进入该校上学，同时还在张某莉的撮'
     '合下违规安排26名外地户籍学生进入该校上学，陆衍党从中收取“学位费”19.7万元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('陆衍党', '校长', None)]),
    # 09
    ('https://m.kaqiz.cn/XiaoXueZiXun/329328-3.html',
     '檢察官介紹，龍崗區平安里學校原校長王某，在私設“小金庫”后，與送菜公司相關人員商議，以虛構購菜數量的方法'
     '，將學校伙食費專用賬戶內的錢通過送菜公司套取出來，以現金形式交給學校納入“小金庫”，王某本人也收受了該送'
     '菜公司先后送來的好處費3.5萬元。“工程基建雖已大都剝離出校長的權力范圍，但從案件來看，有的校長作為工程'
     '籌建負責人之一、有的則因‘項目的工程款結算需要我簽字劃賬’等原因，仍然在工程基建環節具有一定話語權。”辦'
     '案檢察官說，如龍崗某學校原校長李某，利用20萬元以下校園工程可由學校內部簡易招標的權限，幫人承攬了體育館'
     '場地、足球場地、辦公室改造等多項工程，并收受好處。“公款報銷也是一些中小學校長可以利用的權力。”辦案檢察'
     '官舉例說，如龍崗區某小學原校長周某，通過暑假組織教師出外旅游的機會，以報銷的名義，通過報大旅游人數的方式'
     '騙取公款11萬余元，這筆款項被周某個人據為己有。龍崗實驗學校原校長果某，也涉嫌多次將私人的一些費用指使他'
     '人納入公款報銷等。“另外，目前還發現一些中小學校長在決定公務車定點維修、教師入編等環節利用職權收受好處費'
     '”。記者采訪發現，在“落馬”的中小學校長中，不乏名師、“優秀校長”，甚至有些人還頂著一些國家級的榮譽。那'
     '么，是什么原因導致這些教書育人、為人師表的校長們涉貪“落馬”呢？',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('王某', '原校長', '龍崗區平安里學校'), ('李某', '原校長', None), ('周某', '原校長', None), ('果某', '原校長', '龍崗實驗學校')]),
    # 10
    ('https://jendow.com.tw/wiki/%E6%9D%8E%E6%B0%B8%E6%98%8E%5B%E5%AF%A7%E6%B3%A2%E5%B8%82%E9%84%9E%E5%B7%9E%E5%8D%80%E6%95%99%E8%82%B2%E5%B1%80%E5%B1%80%E9%95%B7%5D',
     '2011年7月16日，網友“大白天下2011”在國內某知名論壇發帖，稱（浙江）寧波市鄞州區教育局局長李永'
     '明的女兒2010年大專畢業，在鄞州區教師招聘中，擊敗眾多本科生，分到某學校實習，半年後由人事局轉為正式教'
     '師，但一直沒來學校上班。其實她在轉正的第二天就調到了鄞州區的財政局。帖子發出後，引起了網民的廣泛關注。2'
     '011年7月20日，寧波市鄞州區就“教育局長女兒招考”帖文作出回應，稱屬正常流動。針對近段時間網路論壇上'
     '有關教育局局長李永明女兒工作等問題，鄞州區專門組織了由區紀委（監察局）牽頭、相關部門參與的區聯合調查小組'
     '。據調查，2010年3月市教育局牽頭組織全市中國小教師招聘工作，鄞州區面向社會公開招聘國中教師13名、國'
     '小教師155名、幼稚園教師85名，總計253名，由區相關職能部門實施，紀委（監察局）監督。各招考環節信息'
     '均在鄞州教育網、鄞州人事編制網公布。面向社會發布招考公告後，經過報名、筆試、面試、體檢、考核、擬錄用公示'
     '等程式，共有1631人報考，最終錄用人員238名，其中大專學歷93名，李永明的女兒系師範畢業生（大專學歷'
     '），錄用為國小教師，於2010年8月到學校報到，擔任學校二、四、六三個年級七個班級的品德與生活學科及品德'
     '與社會學科教學工作，每周14節課，同時，協助學校書法興趣小組輔導工作，直至學期結束。2011年2月，鄞州'
     '區財政局下屬信息中心（事業單位）因工作需要，經商調，根據事業單位聘用制及相關規定，將李永明的女兒調入財政'
     '信息中心工作，屬正常流動。經調查，上述情況符合相關規定。',
     'in', None, False, ['选人用人'],
     [('李永明', '局長', '鄞州區教育局')]),
    # 11
    ('https://zh.wenxuecity.com/news/2009/09/16/socialnews-50312.html',
     '8月20日，費斌（應采訪對象要求化名）走到河北省武安市第五中學的門口，看到校門前圍滿了黑壓壓的人群，還有'
     '保安在把門。他擠過人群，徑直走進校門，然後來到右邊的“體藝樓”前，在靠左手邊第一個教室的門口，他又看到了'
     '黑壓壓的一群人。費斌心裏很清楚，這些人跟他一樣，也是來辦調令的。8月19日，武安市教育局進行了人事變動。'
     '當晚8時許，市委副書記郝文明等人宣布，該市交通局原局長祁有山接任已在教育局局長職位上待了12年的馮雲生。'
     '然而，多名知情人士證實，馮雲生在離任後，並沒有選擇靜靜地離開，而是利用手中已不存在的權力，簽署了大批調令'
     '，將數百名農村教師調入城市。且在離職後的第二天，讓武安市教育局人事科科長楊淑斌（一為楊樹斌，電話表及多處'
     '資料上顯示為楊淑斌）、工作人員彭為民等3人在武安市第五中學現場辦公，辦理調令。包括費斌在內的幾位人士都表'
     '示，在辦理這些調令的過程中，存在著大量的腐敗行為，而且形成了比較一致的“價碼”。這個消息初現於網絡論壇中'
     '的一篇爆料帖。',
     'in', None, False, ['滥用职权', '选人用人', '廉洁纪律'],
     [('馮雲生', '局長', '武安市教育局'), ('楊淑斌', '人事科科長', '武安市教育局'), ('彭為民', '工作人員', '武安市教育局')]),
    # 12
    ('https://txtbbs.cc/xs/266.html',
     '于都实验中学是于都县一所包含初中部、高中部的民办学校。今年3月7日，该校学生刘文展在一封发至信访部门的举'
     '报信中提到，学校存在周六上午及周末全天的收费性质补课行为。他也曾于高一上学期及高一下学期初在其他网络渠道'
     '举报，但时隔半年，学校还在补课。没想到几天后，班主任就找到了他，并暗示学校被举报了，此事是否与他有关。刘'
     '文展很生气，认为有人泄露了他的个人信息，于是又写下第二封举报信：投诉学校违规补课以及出卖举报人信息。刘文'
     '展同时也举报了于都县教育局，他认为自己的信息泄露与县教育局有关，并且举报县教育局放纵于都实验中学的违规补'
     '课及收费等行为。北京青年报记者查询到，一份3月16日发布的《关于反映实验中学违规补课及收费等信访事项的答'
     '复意见书》显示，于都县教育局调查核实认为，于都实验中学组织周末补课问题基本属实，但收取补课费与事实不符。'
     '对于这样的结果，刘文展称他不满意。他保持着几乎每周一次的举报频率，举报行为有线上的也有线下的。本学期开学'
     '前，刘文展的母亲收到了一条来自班主任的微信，微信的内容是接到学校通知下学期不接受刘文展的报名，请换一个学'
     '校。截至目前，本应读高二的刘文展已在家待了十多天。',
     'in', None, True, ['工作纪律', '群众纪律'],
     []),
    # 13
    ('http://hznews.hangzhou.com.cn/shehui/content/2014-10/10/content_5477066.htm',
     '在教室和同学嬉闹，小高被同学推了一把，结果撞掉了大门牙，由此引发官司纠纷。小高父母将校长和同学及同学的家'
     '长告上了法庭。10月8日，杭州萧山区法院义蓬法庭公开审理了这起侵权责任纠纷。因为官司涉及未成年人权益保护'
     '，而且作为该院“走近司法、感受公正”主题系列公众开放日活动之一，萧山区法院特地邀请了南阳街道人大代表、科'
     '教文卫负责人和各学校负责人前来旁听此案的审理。小高与小黄现为萧山某小学的三年级学生。事情发生在今年1月7'
     '日上午11点左右，当时上午的课已经结束。小黄和小高在教室内嬉闹，期间小黄将小高推倒在地，导致小高门牙磕在'
     '方凳角上而掉落。小黄的父母提到，当时有个女生推了一下小黄，小黄本来是要推那个女生的，但女生躲开了，就推倒'
     '了小高。事后，经老师通知，小高爸妈赶到学校并带着小高去医院医治。虽然经过手术治疗，但小高脱落的门牙因为错'
     '过了最佳治疗时间，最终无法生长在原处。医生表示，只能等小高成年后，再进行种植手术。根据小高父母的说法，他'
     '们是在事发40分钟后才接到通知，得知孩子在学校出事了。因赔偿问题，小高父母与学校方、小黄父母多次协商，但'
     '无法谈拢，故将学校和小黄及其父母均告上了法庭。开庭时，小高和父母，校长和小黄父母都来了，小高一方还请了律'
     '师，父母作为小高的法定代理人出庭。小高一方认为，小高的受伤系小黄所致，而小黄作为外来务工人员子女并不具有'
     '在该校就读的资格；学校和老师在发现小高受伤后，并未第一时间采取救护措施，且拖延近40分钟才通知家长，致使'
     '错过了最佳的治疗时间。他们要求学校和小黄父母赔偿原告6248.23元。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://m.shushuxiu.com/shyf/fajiedongtai/2015-05-12/378113.html',
     '一年級學生午餐后在學校操場上的柵欄邊玩耍，卻被翻倒的柵欄立柱砸傷右手導致截肢，家長遂將學校告上了法庭。近'
     '日，浙江嘉興市南湖區法院對該案作出一審判決，判決學校賠償醫療費、殘疾賠償金、精神撫慰金等各項損失共計85'
     '9404.58元。2006年出生的小云是家里的獨子，就讀于嘉興某小學。2013年10月14日，當時讀一年'
     '級的小云在學校操場東側的柵欄邊玩耍時，因同學搖晃柵欄致柵欄立柱翻倒，將其右手砸傷。后小云因傷重被截肢，治'
     '療花去醫療費用9812.17元。經鑒定，小云雙手十指缺失50%；雙掌缺失30%以上，綜合評定為六級傷殘。'
     '小云父母認為，小云作為無民事行為能力人，在學校學習、生活期間，校方負有教育、管理的職責，但校方未能履行法'
     '定義務。同時，柵欄作為學校校園內設施，未能達到安全使用標準，從而使小云因其他學生的危險行為而受傷致殘，因'
     '無法查明實際肇事者，校方應承擔小云受傷致殘的全部責任和相關的人身損害賠償。由于雙方經過多次協商仍無法達成'
     '協議，小云的父母將校方起訴到法院，要求賠償醫療費、住院伙食補助費、殘疾賠償金、殘疾輔助器具費、精神損害撫'
     '慰金等各項損失合計923425.17元，扣除校方墊付的1.1萬元，實際支付912425.17元。法庭上，'
     '校方表示上述事實屬實，愿根據法院判決積極履行賠償義務。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://cnzsyz.com/beijing/info/166460.html',
     '14岁的小林被老师罚站后突然摔倒，造成颅脑损伤及耳聋等症状，其父母作为小林的法定代理人将老师和学校一起诉'
     '至顺义法院，索赔各项损失共计33万余元。近日，顺义法院受理了此案。小林起诉称，他是顺义区某中学初一学生，'
     '他在学校上课时，李老师在未调查的情况下，以他说话为由对其进行了体罚，责令他和另外一名女同学夏夏到教师讲台'
     '旁的墙边罚站，由于长时间的站立导致他摔倒，头部受伤。事情发生后，李老师未将此情况及时向学校领导汇报，也未'
     '对他进行正确的救治，而是带他找到本校生物老师查看伤势情况，经初步检查发现他耳朵出血，此时小林受伤害才受到'
     '重视并被送到顺义区医院进行抢救治疗。经医院诊断，小林所受伤为颅脑损伤、右侧颞骨岩部骨折、右侧脑脊液耳漏、'
     '面瘫、鼓室积血（右侧）。今年6月，小林进行了第二次住院治疗，出院诊断结果为“右耳外伤后听力下降伴耳鸣一年'
     '余”、“颞骨骨折（右）、传导性聋（右）”。小林的父母称，事发之后，他们多次到校找校方负责人与李老师协商解'
     '决小林的医疗费和如何保障孩子的正常学习等问题。而学校在支付了部分医疗费后再未支付任何费用，且李老师和校方'
     '至今未赔礼道歉，对小林的学习情况不予理睬，甚至多次劝小林退学，致使孩子的受教育权利无法得到保障。小林家人'
     '表示，孩子受伤系李老师体罚行为导致，其应向小林赔礼道歉并赔偿损失。被告中学作为教育机构，理应对小林的人身'
     '权利和受教育权利进行必要保障。',
     'out', '涉法涉诉', True, [],
     []),
    # 16
    ('https://hxshici.cn/zuowen/liunianji/195098.html',
     '尊敬的领导：本人xx，女，xx年xx月出生，xx年x月毕业于xx师范学校普师专业，同年x月被分配到xx镇'
     '小学工作至今。本人于xx年x月至xx年x月，在xx教育学院进修xx专业，获得xx文凭。本人自从参加工作以'
     '来，一直热爱教育事业，勤勤恳恳，认真做好各项教学工作，如期完成学校布置的各项教学任务，教学成果较好，所教'
     '的班级参加全镇性、全校性统考，成绩均名列前茅。因而本人也多次获得了全镇、全校“优秀教师”光荣称号，今年x'
     '月又被推荐为县优秀教师。xx年xx月，我与在xx工作的爱人结婚。xx年我们按揭在县城购置了房屋。爱人父母'
     '一直跟我们居住。我们的女儿今年9岁，现在实验小学读书，我们工作繁忙，根本无法亲自接送。现在爱人父母年岁已'
     '高，身体都不好，均患有严重的骨质增生，腰椎间盘突出等病症，常年靠药物维持，奔波于各家医院。弟妹在外求学，'
     '家中无人来照料老人和小孩，这给我们工作和生活都带来了诸多困难。因为我们夫妻都在xx工作，无暇顾及家庭，教'
     '养孩子，以及家务劳动。希望上级领导能体谅我家庭生活上的不便与困难，审验我的调动申请，为一个热爱教育事业的'
     '年轻教师减少生活上的后顾之忧，支持鼓励我将教学工作搞得更好，同意我的请求，将我的工作调动到县内离家相对较'
     '近的学校——xx镇xx小学或xx乡xx小学。如果上级同意了我的调入，那么，我坚信，不用在xx镇和县内往返'
     '奔波的我，将能腾出的更多精力投入到教学工作中，创造出更好的教学成果，为xx的教育事业添砖加瓦。最后，我再'
     '一次请求领导考虑到我的实际困难，同意我的工作调动。谢谢！',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://htin8.cn/wz/80540.htm',
     '從去年8月份開始，在補習學校當老師，到12月份不得不辭職，至今被拖欠了3萬余元工資，而學校里很多老師都存'
     '在被長期拖欠工資的情況。1月27日上午，張老師告訴華商報記者，自己去年8月份到位于雁塔區長安西路的西安學'
     '幫補習學校當老師，工資由底薪、課時費和輔導費構成，學校沒簽勞動合同。中間一直都沒有正常發工資，多次催促無'
     '果。在張老師提供的機打工資明細單上，每個月工資不等，有的1.1萬多元，有的七八千元，12月份為2600多'
     '元。上面有補習學校校長的“屬實，2017年12月底付清”的承諾簽字。“學校里有二三十位老師都被欠薪，每位'
     '老師拖欠1000元到四五萬元不等，不少人只好離職，但被欠的工資還是一拖再拖，大家實在沒有辦法了。”張老師'
     '說，現在臨近春節，大家實在經濟拮據，日常生活開支都成了問題。為了討薪，老師們先后到雁塔區及西安市勞動監察'
     '部門反映，由于學校去年12月搬遷到藍田，更名為西安新港補習學校，他們又到藍田縣勞動監察部門投訴，但仍無果'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://v.huatu.com/htnews/guanzhu/renwu/2010/0407/8001_3.html',
     '记者拿到的《库伦旗2009年招录教师涉弊考生名单》上共有14名考生，其中13人通过了考试并被录用。库伦旗'
     '2009年招录教师考试的招录分配方案为：“录用考生按考试成绩由高到低的顺序录满为止，录到最后一名时如成绩'
     '出现并列，则突破拟定岗位名额予以录用”。记者将13名涉弊考生的分数对比招录岗位设置后发现，不少涉弊考生的'
     '分数都恰好是并列的录取分数。以“汉授高中美术”岗位为例，此岗位计划招录1人，报考此岗位3名考生的成绩分别'
     '为：麻某某，69分；王某某，63分；赵某某，69分。按照录用规则，麻某某和赵某某被同时录用，但两人都是涉'
     '弊考生。又如，“汉授小学体育”计划招录两人，报考并通过资格审查的考生人数为17人。分数从高到低排序为：王'
     '某某，81分；廉某，78.5分；闫某某，78.5分……依据招录规则，除王某某外，廉某和闫某某因成绩并列被'
     '录用，而廉某正是被调查出的涉弊考生。罗海伟称，在接到被列入涉弊考生名单而被停止工作之初，同在库伦旗第二中'
     '学工作的麻某某和赵某某也都表示“感到意外”。但随后两人并没有像她一样坚持“讨说法”，而是转到别的地方工作'
     '了。通辽市纪检委的一位书记也对罗海伟说，“现在也就你一个人一直不停地在找说法。”据了解，通辽市纪检委在库'
     '伦旗调查2009年招录教师存在舞弊行为时，被列入涉弊考生名单的考生曾被通辽市纪检委一一找来谈话，询问在招'
     '录中是否有不良行为，并在类似笔录的文本上签字，而罗海伟却没有被找来谈话。通辽市纪检委监察室主任包恩和告诉'
     '记者，2009年5月初接到的举报信称，包玉修改分数的行为存在权钱交易。',
     'out', '个人利益诉求', True, [],
     []),
    # 19
    ('http://mingshengbao.com/tor/article.php?aid=653341',
     '河北邢台市临城县私立小学树人学校一名数学教师，日前被揭长期体罚学生，当地教育局查明事件属实，已交由警方调'
     '查，并将白会平列入该县教师失信黑名单，要求任何学校不得聘用。河北广播电视台日前报道，有涉事学生指出教师白'
     '会平常体罚学生，曾把人打流血，甚至用不锈钢管打，一年间持续体罚学生。被打学生不敢告知家长，以免被白老师得'
     '知而遭打得更狠。临城县教育文化广电新闻出版体育局的微信公号「临城教育」周二（16日）通报称，教育局上周五'
     '（12日）接到家长反映，白会平体罚学生，该局立即成立调查组，证情况属实，辖区派出所已介入调查。教育局作出'
     '3项处理，包括责令树人学校校长和白会平向学生及家长道歉，对涉事学生加强心理疏导；给予树人学校警告，责令限'
     '期改正；责成树人学校辞退白会平，并将白会平列入该县教师失信黑名单，要求任何学校不得聘用。临城县教育局表示'
     '，将以此为戒，坚决杜绝有损师德师风的行为，对有令不行、有禁不止者严肃查处、绝不姑息。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://www.icbw.com.cn/forum.php?action=printable&mod=viewthread&tid=107558',
     '本人在9月18日的时候在麻辣社区发表了一篇《教育局的同志麻烦管管石油南路小学和附属幼儿园吧！不要让老师折'
     '腾学生了！》的文章，首先我要感谢教育局的同志们第一时间处理了此事。但是这件事并没有由于教育局同志的干预和'
     '石油南路小学一个回复而解决。在我反应了石油南路小学作业多的情况后，学校确实给老师开了会，老师也确实让我们'
     '家长知道了这件事，但是作业问题并没有解决反而让我们家长更加麻烦！我孩子二年级，在我发帖后，学校开会后的那'
     '一天，老师在班上当着学生的面大发雷霆，又哭又闹，说不管学生了，再到过了几天后不在QQ上布置作业了，也不会'
     '在学校写下作业，但对家长的要求还是家长必须辅导检查完成作业，没完成没检查的不会在QQ上点名批评了，变成在'
     '班上上课的时候直接点名学生，因为怕留下证据。现在的作业布置变成开始口述让孩子自己写作业是什么，二年级的孩'
     '子心智还不成熟，口述的作业根本写不完整，回家后家长直接不知道到底要做什么作业，但又怕孩子被点名批评，家访'
     '的时候被冷嘲热讽，家长们没得办法又单独建了一个群，然后把每个孩子抄的作业来做个汇总，才能大概猜出来今天的'
     '作业到底是哪些，关键是作业量并没有减少！！！！！！朋友家的孩子两个分别在三四年级，作业量一样没变，而他们'
     '班老师更加过分，直接发短信说嫌作业多，家长不愿意检查作业的就不要在这个班读书。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://iosapp77.com/xiamen/news/794808.html',
     '中秋節臨近，如果家長給老師送月餅、禮品券，老師收下就是違紀行為。昨天，廈門市委教育工委、市教育局對全市教'
     '師在教師節等節日期間開展“不收禮”活動作出部署。據了解，這是“六一”期間在全市小學和幼兒園教師中開展以自'
     '查、清退為主的“不收禮”活動取得良好階段性成效的基礎上進行的。本次自查范圍是2014年秋季開學以來，全市'
     '各類學校教職員工以任何方式索要或接受學生及家長贈送的禮品禮金、有價證券和支付憑證等財物；要求、暗示或誘導'
     '學生參加本人組織或與本人有利益關系的補課，違規收受以任何方式支付的補課酬金；讓學生及家長支付或報銷應由教'
     '師個人或親屬承擔的費用；通過向學生推銷圖書、報刊、生活用品、社會保險等商業服務獲取的回扣；利用職務之便要'
     '求學生及家長為個人謀取的私利等；特別是中秋節、教師節、國慶節等節日期間接受學生及家長贈送的月餅等禮品禮金'
     '。一些家長認為教師節向老師“表示”，孩子在學校就會得到照顧。市教育局紀檢部門負責人表示，家長大可不必有此'
     '想法。按規定，現在給老師送禮，不但起不到正面作用，而且會給教師帶來不必要的麻煩。在自查過程中，對于收禮事'
     '實清楚拒不清退的，責令限期清退。情節較為輕微的，予以廉潔從教談話提醒；情節較重的予以組織處理或紀律處分；'
     '涉嫌犯罪的將移送司法機關處理。對于隱瞞不報或不如實報告，今后查證屬實的，將從重或加重處分。能夠自查并自覺'
     '清退的，免予或從輕問責。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://soe.ruc.edu.cn/info/1132/3186.htm',
     '解决中小学教师职称评审争议首先需要明确职称评审的法律性质。职称是反映中小学教师专业技术水平的标志，经规定'
     '主体与程序认定后附属于教师。中小学教师职称评审是行政机关和其委托的组织对中小学教师专业技术水平的审查与认'
     '定，认定结果对教师工资水平有决定性作用，具有行政确认行为的本质属性，属于行政确认行为。为保障教师合法权益'
     '和监督行政机关依法行使职权，中小学教师职称评审争议应当被纳入行政诉讼受案范围。基于司法审查的考虑，中小学'
     '教师职称评审应当进一步明确评审的决定主体和程序要求。中小学教师职称是联结教师评价与教师工资之间的中间要素'
     '，涉及中小学教师重大切身利益。近些年来，中小学教师职称评审争议频频诉诸法院，而法院却以种种理由将其拒之门'
     '外。比如，法院认为职称评审是“内部行政行为”或者“内部管理行为”，不属于行政诉讼的受案范围；或者认为职称'
     '评审涉及对申请者专业技术能力的判断，是学术性的判断，应当尊重专家判断，排除司法审查。又因被告不适格而驳回'
     '起诉，因职称评审需经过学校、职称评审委员会、不同层级政府的教育行政部门或人社部门，比如，高级职称评审如果'
     '按规定应由省人社部门组织评审，市人社部门公布结果，原告起诉市人社部门，则被驳回起诉；再比如，市人社局委托'
     '教育局组建职称评审委员会评审，教师起诉教育局，被驳回起诉。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH140, "fresh140")
