"""Sealed batch fresh115: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh113th.py; the batch and its row ids are "fresh115".)

Theme: fire safety, civil air defence and emergency inspections (消防大队/消防救援, 人防办,
应急管理局, 安监 inspectors): an 应急局 科长 forcing paid sign boards on fireworks retailers,
人防办 chiefs waiving or not collecting 易地建设费, 人防办 staff taking bribes for approvals,
fire and police officers prosecuted after a KTV fire, an 安监局 chief paid to hide mine
accidents, a mine-flood cover-up and its township protector, 消防局 acceptance staff paid to pass
buildings, officials dismissed after a market fire, a fire venue certified while an investor's
husband sat in the county police, a fire victim's report on the 消防大队's finding, residents'
suspicion of bribes behind a fake hydrant; out items are lawsuits after fires and over a 消防
notice, a demolition carried out with fire engines, fire victims' relief and compensation claims,
neighbours' complaints on a blocked fire lane and 人防 parking, a 留言板 question on a missing
fire acceptance, and shops closing before a fire inspection. Sources (stored-pages search): a
麻辣社区 forum letter from a 巴州 fireworks retailer; a 新浪 copy of the 汉中 通报 on three county
人防 chiefs; the 浙江日报 piece on the 瑞安 人防办 窝案; a copy of the 新华网 report on the 长垣
KTV fire; a 搜狐 copy of the 法制周报 report on 刘诗元 of 嘉禾; a converted copy on the 左云 瞒报
judgments (traditional); a 浙江在线 copy on the 深圳 消防局 建审处; a converted copy of the
中国新闻周刊 report on the 郴州 人防办 (traditional); a page on the 岳阳 中南大市场 fire; a converted
copy on the 承德 足療館 fire (traditional); a 临海 fire victim's web post; a 宁波 forum post on a
fake hydrant (traditional); out: a 北京青年报 report on the 涪陵 fire suit, a 中国青年报 report on
范刘芳's 认定书, a converted copy of the 乌兰浩特 电子告知单 judgment (traditional), a 看中国 report
on the 福清 音埔 demolition, a 合肥 victim's account of 临时救助, a 长江云 report on a 武汉 family
burnt out by fireworks, a 网易 report on 仪征 人防 parking locks, a 大连 resident's letter on a
fenced fire lane, a 新泰 留言板 item and its 住建局 reply, and a 文学城 copy of the 正面连接 report on 潮州
shops closing before the 国检 (traditional). Six texts are in traditional script (items 6, 8,
10, 12, 15, 22; the glossing pinyin of the converted copies of 006 and 015 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source tags, 原标题 lines, "核心提示" labels and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("2019-08-26", "3-4级"); the brackets of "湘办发电[2014]120号" kept (009); stray spaces
removed (001, 004, 009, 016). Page oddities kept: the list labels "1。", "2。", "3。" (002),
"12·15" (004), "左云" and "什么" in the traditional copy (006), "張曉軍承" (010), "*防队消**" and
"VS" (011), the unpunctuated paragraph end "徹查" now running into "我們是" (012), "對恃", "3品房"
(016), "在10业主家里" (018), "地锁疑存在" from the page's broken lines (019), "并判令" (015),
"怎麽", "隻好", "經曆" (022).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, businessmen without a post and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit); a
surname with a title is (surname, position, unit) as '魏' '局长' in fresh48th.py and fresh107th.py.
Names, positions (as first written with the name, "原" kept with the post and dropped before a
unit as in fresh103th.py, "時任" dropped as in fresh104th.py) and units as written, the province
and city dropped from the unit; unit None when the text ties the person to no named unit.
Topics only from the twelve names of triage.md; officials punished for a fire or a hidden
accident are 工作纪律 (IS.WRK.05), with 滥用职权 where they were prosecuted for it; bribes are
贪污贿赂, forced fees 群众纪律 (IS.MAS.01). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 2 (017, 018), 其他 4 (019-022).
32 accused entries, all in items 1-11: 25 with a full name, 4 masked or surname-only (郑, 余某某,
朱某添, 李某亮), 3 post only. Item 012 is in scope with no accused entry. Out items have no
accused entry.

Close calls:
 1  A forum letter to "各位领导"; the board header cut; ends before the truncated "有哪一部的法律"
    question. "巴州区应急局的郑科长" gives ('郑', '科长', '巴州区应急局'). 何军章 collects the
    money for the forced boards and adds "10元…运费": accused as '安办主任', unit None (the 安办
    is not tied to a named unit; it may be 顶山镇's). Hard: he could be read as one who only
    handled the money. 群众纪律 (forced purchases, IS.MAS.01/04) and 廉洁纪律 (the kickback
    "给郑科长返的钱"). Not mixed: the retailer claims nothing for himself beyond being spared.
 2  A 纪委 通报 copied by 新浪; the closing paragraph cut after its first sentence. The county
    written before the compound post is the unit: ('秦晓春', '住建局副局长、县人防办主任', '西乡县')
    as fresh104th.py's 童名謙; 林振文 "宁强县原地震局副局长" keeps the "原" inside the post. 滥用职权
    for the approvals that lost 115万 and 工作纪律 for 林振文's 履职不力; could add 形式主义官僚主义
    ("敷衍了事").
 3  Headline, sub-headline, byline and the sub-heading "一条线索 牵出腐败窝案" cut; ends before
    the truncated "收下现金后…" sentence. 黄余芳 and 倪勇生 with '瑞安市人防办'; 蔡建胜 "市人防办原
    副主任" as written. 何允海 investigates; the 承包商 马某, 廖某 and 包某公司 are private; 陆某,
    副院长 of a 民防建筑设计院, brings the cash when 蔡建胜 asks: taken as the briber, not accused
    (hard). The "主任、副主任…普通办事员" are an unnamed group.
 4  Headline and byline cut; cut before the paragraph on the twelve disciplined officials (the
    page names five more there), so 7 entries: 张学峰 from the first paragraph ("等12人被给予党政纪
    处分") and the six arrested. 工作纪律 (IS.WRK.05) and 滥用职权 (arrested for 玩忽职守-type
    offences).
 5  Headline lines, source line, the "核心提示" label and the byline cut; ends at the question
    before the sub-heading "挂历后隐藏的真相". "湖南嘉禾县安监局首任局长" gives '首任局长',
    '嘉禾县安监局' (province dropped). 贪污贿赂 and 工作纪律 (paid to hide mine accidents).
 6  Traditional, glosses removed; the sub-heading "鄉人大主席團主席就是礦主的親哥哥" cut; ends before
    the truncated "包工頭白…". "原左云縣安監局工會主席": "原" before the unit dropped, ('張永祥',
    '工會主席', '左云縣安監局'); "原鄉人大主席團副主席" and "原鄉長" name no 鄉, so unit None with the
    "原" kept in the post (as fresh38th.py's '原县长'); could be '張家場鄉'. The unnamed
    "張家場鄉人大主席團主席", the mine owner's brother in charge of coal, is the implied
    "保護傘": (None, '人大主席團主席', '張家場鄉'). The 監管部門 are organs. 工作纪律 (瞞報, 監管流於
    形式) and 群众纪律 (保護傘); could add 滥用职权.
 7  Header lines cut; ends before the truncated "如，借鉴新加坡…" sentence. Three masked names;
    李某亮 is written "建审处副处长李某亮" without the 局: unit '深圳市消防局' by the "深圳市消防局
    建审处7人" of the lead (could be None). The two 贪污 suspects are unnamed. City level.
 8  Traditional; the byline "周群峰" cut; ends before the truncated "該文寫道…做" sentence, so the
    relatives' bid for works is not in the text. 白廣華 is first written as "曾凡軍的前任": post and
    unit from "出任郴州市人防辦主任"; 李石平 "時任黨組成員、副主任" with the 人防辦 of the lead (could
    be None). 寧戰宏 is only quoted. Only 贪污贿赂 ("尋租", "嚴重違紀違法"); hard for topics.
 9  The caption "火灾现场截图" and the source tag "（岳文）" with the page's link list cut. The three
    dismissed officials as written; "中共通海路管理处工委书记" gives unit '通海路管理处'. 黎作凤 only
    chairs the meeting; the firework firm is private. Only 工作纪律 (dismissed for the fire).
10  Traditional; the sub-heading "失火歌廳獲消防安全合格證" cut; ends before the truncated "當地…".
    Hard: the dead's families say the investor 王某 is the wife of "承德縣公安局一科長", and the
    venue without exits had a 消防 certificate from the same 公安局's 消防科 ("有些事情我們說了不
    算"): in, (None, '科長', '承德縣公安局'); 王某 is private, the 消防科 an organ, 陸文龍 and 李明忠
    only answer. 廉洁纪律 (a relative's business, IS.INT.05) and 工作纪律. Not mixed: the
    families ask questions, no claim of their own is stated.
11  Mixed: a fire victim's dispute with the 消防大队's 火灾事故认定 (the out-of-scope matter,
    涉法涉诉-like) and the "案件承办人" said to have destroyed video evidence: (None, '案件承办人',
    '临海市消防大队'). Ends before the sub-heading "二、火灾事故认定结论错误". Only 滥用职权.
12  Traditional, short; the title line cut. Mixed, hard: residents' complaint about a fake hydrant
    in their estate (a housing and safety grievance) and "驗收…到底收了多少黑心錢" against unnamed
    acceptance officials: in, no entry. 工作纪律 and 贪污贿赂. Could be read as out 其他.
13  涉法涉诉: a family's suit against the 物业 with the 消防救援支队 as third party; the 支队 is an
    organ and no official's act is alleged. Headline, byline and two sub-headings cut; ends
    before the truncated "原告诉称" paragraph.
14  涉法涉诉: a firm's fight against a fire-cause 认定书 it cannot take to court; the 消防 bodies
    act as organs. The sub-heading "不能诉的火灾责任认定书" cut; ends before the truncated "因为，
    2000年…" sentence.
15  涉法涉诉, traditional, glosses removed: a driver's suit against a 消防救援大队 notice; the
    court's reasoning kept; ends before the truncated "根據《中華人民共和國行政處罰法》…"
    sentence.
16  征地拆迁: the 音埔 demolition carried out with police and fire engines; the 市政府 acts as an
    organ and the claim is compensation and 宅基地; could be read as in (强拆). Headline, byline
    and the 【看中国…】 tag cut; the closing "（文章仅代表…）" cut.
17  个人利益诉求: a fire victim's 临时救助 granted; could be 其他 (a thank-you story). Ends before
    the truncated "落实春节过…" sentence.
18  个人利益诉求: fire victims claim compensation nobody pays; the 消防 report blames the 村委会,
    街道 and 派出所 as organs, no official is accused: out, not mixed (hard). Header lines cut;
    ends before the truncated "带电器…" quote.
19  其他: owners against the developer's locks on 人防 parking; the 人防办 only owns the spaces.
    Title, video line, sub-heads ("投诉…", "回应…") and "打开网易新闻" lines cut; ends before the
    truncated 物业 reply. Could be 个人利益诉求.
20  其他: a resident's letter on a fire lane fenced by the 物业; the signature line cut.
21  其他: a 留言板 question on a building without fire acceptance and the 住建局 reply; the title
    line and the "问题办理责任人…联系电话" line cut. "相关监督部门有没有责任？" only asks.
22  其他, traditional: shops closing before a fire inspection; headline, source lines, 原標題 and
    the sub-heading "今日店休" cut; ends before the truncated "根據網傳…" sentence.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH115: list[Item] = [
    # 01
    ('https://bbs.mala.cn/thread-16255706-1-1.html',
     '尊敬的各位领导：我是巴州区顶山镇的一名烟花爆竹零售户，从事烟花爆竹销售行业已经10余年，属于合法'
     '经营，今年我们的《烟花爆竹零售许可证》即将到期，按照惯例，巴州区应急管理局的工作人员将对我们的门'
     '市进行核查是否合规，然后培训取得新许可证。但是，今年巴州区应急局的郑科长下来核查时，告诉我们必须'
     '要把我们店内已有的制度牌更换为新的制度牌，180元一套，让我们自己到应急局对面的科瑞打印去领取或'
     '者是把钱交到安办主任何军章处统一购买，否则不予办证。本来我们的制度牌就是齐全的，挂在屋内墙上也没'
     '有损坏，为什么非要购买新的？难道是有什么猫腻？迫于无奈，我们选择交了190元（何主任说有10元是'
     '运费）给何主任购买新的告示牌，后来在无意间发现有同行在转发这张照片，说是在科瑞拍到的照片，还说什'
     '么有内部人员说红笔字就是给郑科长返的钱，科瑞一套制度牌只要130，多的就是郑科长的。我偷偷按照照'
     '片上记载的乡镇去找同行问了一下，发现他们真的都已经购买了新的制度牌。而且在下来审证的时候，应急局'
     '的那位郑科长还告诉我们今年有新的规定，要求我们必须要购买很多品种的保险和安装监控，监控价格给我们'
     '说的一套就要2000多元，到时候通知我们统一购买，还说如果不按规矩来，就不要想换证。我们乡镇上一'
     '年最多也就挣一万多块钱，就因为郑科长的一句话，我们就要花费很多钱去办证，并且也没有任何文件告诉我'
     '们要换新制度牌，要买各种保险，还要安装2000多元的监控。为什么去年年初换证的时候，以前的制度牌'
     '没有损坏也可以继续用？也没有要求我们买这样那样的保险？监控更是没有提起。真的是换了领导，新官上任'
     '三把火就要烧到我们头上一把吗？',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('郑', '科长', '巴州区应急局'), ('何军章', '安办主任', None)]),
    # 02
    ('https://sx.sina.com.cn/news/g/2021-01-07/detail-iiznezxt0974746.shtml?from=sx_ydph',
     '为强化警示震慑，深化人防系统腐败问题专项治理工作，现就汉中市查处的3起人防系统腐败和作风典型问题'
     '通报如下：1。西乡县住建局副局长、县人防办主任秦晓春违规批准人防工程欠缴易地建设费的问题。201'
     '5年1月，西乡县标准化养殖场房地产开发有限公司以公司开发项目不能结建修建人防工程，申请易地建设并'
     '缴纳相关费用，随后又以资金紧张为由，提出缴纳部分费用，出具一张欠缴170万元易地建设费的欠条，秦'
     '晓春签字同意。2016年该公司补缴55万元，剩余115万元欠费长达五年之久，造成国家财产损失。2'
     '020年8月，秦晓春受到政务警告处分。目前，欠缴的易地建设费已追缴到位。2。宁强县原地震局副局长'
     '林振文工作作风不实、履职不力的问题。2013年1月至2018年12月，林振文负责宁强县人防工作期'
     '间，未开展人防工程建设规划制定、立项审批、设计审查及易地建设费收缴等工作，致使多个项目未配建人防'
     '工程、未缴纳人防工程易地建设费。且在省市安排易地建设费排查清缴工作后，仍然敷衍了事，造成不良影响'
     '。2020年3月，林振文受到政务警告处分。目前，欠缴的易地建设费已追缴到位。3。留坝县住建局原副'
     '局长、县人防办主任张海涛违规办理规划许可证的问题。2010年，留坝县引进汉王城综合娱乐城及小区开'
     '发项目，张海涛未正确履行职责，在该项目未缴纳人防易地建设费的情况下，违规审批、核发建设工程规划许'
     '可。2020年3月，张海涛受到党内警告处分。目前，欠缴的易地建设费已追缴到位。全市各级党委党组要'
     '落实好主体责任，强化政治监督，紧盯问题整改，坚决制止违规干预人防部门依法行政。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('秦晓春', '住建局副局长、县人防办主任', '西乡县'), ('林振文', '原地震局副局长', '宁强县'),
      ('张海涛', '住建局原副局长、县人防办主任', '留坝县')]),
    # 03
    ('http://zjrb.zjol.com.cn/html/2016-05/18/content_2972130.htm?div=-1',
     '人防办是管理人民防空工作的行政主管部门，负责组织管理人民防空建设，战时组织开展城市人民防空袭斗争'
     '。平常，它与老百姓的工作生活有些距离，仿佛也与贪腐无缘。但在温州瑞安，这个“冷门”单位却曝出了令'
     '人震惊的腐败窝案。从主任、副主任，到审批科长、副科长，甚至普通办事员，所有涉及人防工程审批、验收'
     '的人员，集体“湿了鞋”。贪腐，是如何一步步吞噬他们的？人防办里，隐藏着怎样的廉政风险？记者就此采'
     '访了瑞安市纪委第一纪检监察室主任何允海。“账目上的那条线索立了大功！”谈起瑞安市人防办的腐败窝案'
     '，何允海印象最深的是案件的突破口——人防工程承包商包某公司账目上的寥寥数字——“送给瑞安老黄2万'
     '元”。2014年底，在查处温州市人防系统系列腐败案时，这条线索进入了瑞安市纪委工作人员的视线，“'
     '瑞安老黄”正是瑞安市人防办审批科原副科长黄余芳。调查人员很快查明，黄余芳曾多次以房子装修、儿子读'
     '书花费多等为由，主动向马某、廖某等人防工程承包商索取平板电脑等贵重物品。随着调查的深入，黄余芳被'
     '查出共受贿15万余元。但市人防办的“肃贪”工作，才刚刚开始。倪勇生，2004年至2010年上半年'
     '任瑞安市人防办主任。在此期间，他利用职务便利，为他人谋取利益，非法收受贿赂共计100余万元。最多'
     '时，倪勇生办公室内间的床下，存放现金达80余万元。蔡建胜，市人防办原副主任，分管人防工程审批，嗜'
     '好玉器收藏。2014年上半年，蔡建胜多次授意福建省民防建筑设计院副院长陆某前来购买玉器，陆某便揣'
     '着10万元现金来到蔡建胜家中。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('黄余芳', '审批科原副科长', '瑞安市人防办'), ('倪勇生', '主任', '瑞安市人防办'), ('蔡建胜', '原副主任', '市人防办')]),
    # 04
    ('http://dyzxw.org/html/article/201512/08/212243.shtml',
     '2014年12月15日，河南省新乡市长垣县皇冠KTV发生一起重大火灾事故，造成12人死亡，28人'
     '受伤。河南省政府长垣皇冠歌厅“12·15”重大火灾事故调查组日前公布调查结果：该事故被认定为是一'
     '起生产安全责任事故；长垣县公安局副局长赵阁委等6人于今年初被司法机关采取措施，长垣县副县长张学峰'
     '等12人被给予党政纪处分。事故调查报告显示，火灾发生的直接原因为：皇冠歌厅吧台内使用的硅晶电热膜'
     '对流式电暖器，近距离高温烘烤违规大量放置的具有易燃易爆危险性的罐装空气清新剂，导致空气清新剂爆炸'
     '燃烧引发火灾。人员死亡原因均为吸入灰烬及CO引起窒息死亡。因火灾事故造成重大影响，18名官员被追'
     '责。其中长垣县蒲东派出所副所长牛增道，长垣县消防大队代理大队长职肖强，分管消防工作的长垣县公安局'
     '副局长赵阁委，长垣县消防大队原教导员于鹏飞，长垣县文化广电旅游局工作人员赵永波、王胜利于今年1月'
     '被检察机关批准逮捕。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('赵阁委', '副局长', '长垣县公安局'), ('张学峰', '副县长', '长垣县'), ('牛增道', '副所长', '长垣县蒲东派出所'),
      ('职肖强', '代理大队长', '长垣县消防大队'), ('于鹏飞', '原教导员', '长垣县消防大队'), ('赵永波', '工作人员', '长垣县文化广电旅游局'),
      ('王胜利', '工作人员', '长垣县文化广电旅游局')]),
    # 05
    ('https://news.sohu.com/20081226/n261428349.shtml',
     '近日，被称为“了难局长”的湖南嘉禾县安监局首任局长刘诗元，被判有期徒刑10年。刘诗元案发的关键原'
     '因在于，在安全生产上缺乏对监管者的有效监管。湖南嘉禾县安监局是一个只有10多个编制的机构，从规模'
     '上来说，这是嘉禾县行政系统最小的部门之一。但对于位列全国200个重点产煤县之一的嘉禾县来说，这个'
     '组建不到5年的小局，在该县行政系统中却有着举足轻重的作用。58岁的刘诗元是亲自组建该局的核心人物'
     '，也是该局第一任局长。不过，这个被称为专家的安监局长，如今却意外落马。不久前，桂东县人民法院一审'
     '判处刘诗元有期徒刑10年，并处罚金50万元；对涉案赃款、非法所得共计460万余元予以没收。刘诗元'
     '的仕途经历充满了传奇色彩，而更让外界关注的是，作为该县负责安全生产监管的一把手，其案发竟恰恰与他'
     '的职责相反——在检察机关指控的15笔受贿事实中，有7笔是他为了帮出事煤矿掩盖事故真相而收取的好处'
     '费。嘉禾坊间由是给刘诗元送上了一个“了难局长”的外号，当地报纸甚至直接将此写入标题，以《矿难的“'
     '了难局长”落马记》为题对其进行报道。一个执掌地方安全生产的官员，是如何蜕变成矿难安全事故的“了难'
     '局长”？',
     'in', None, False, ['贪污贿赂', '工作纪律'],
     [('刘诗元', '首任局长', '嘉禾县安监局')]),
    # 06
    ('http://www.jiuxingjy.com/gn/news/2007/01-12/853027.shtml',
     '2006年12月，山西省靈丘縣人民法院等四家縣級人民法院依法對“5·18”左云特別重大透水事故瞞'
     '報事件11名犯罪嫌疑人作出判決。原左云縣安監局工會主席張永祥、張家場鄉原黨委書記常瑞、原鄉人大主'
     '席團副主席陳喜清、原鄉長劉永鑫等人，分別根據涉案情節的輕重“領”到了法律對自己的懲罰。2006年'
     '5月18日20時30分左右，山西省左云縣張家場鄉新井煤礦發生透水事故，56名礦工遇難。事故發生后'
     '，礦主隱瞞不報，煤礦主要管理人員逃匿。從長期違法、違規生產，到發生重特大事故以后的瞞報，礦主為何'
     '如此膽大包天？據事故調查組調查，縣鄉政府和安全、監察、行業管理、資源管理等部門存在嚴重的監管漏洞'
     '，導致了左云礦難的發生，事故瞞報的后面、非法礦主的背后有“保護傘”。事故調查組的調查表明，發生事'
     '故的新井煤礦所在的張家場鄉人大主席團主席就是礦主的親哥哥，而且在鄉里分管煤炭工作。一些礦工介紹，'
     '礦主在這個地方很有勢力，什么事情都能擺平。有時候礦工被包工頭或礦長欺負了，也敢怒不敢言。同時，有'
     '關部門對新井煤礦的安全監管流于形式。當地監管部門在2006年2月3日和事故發生當天，曾兩次向煤礦'
     '下達執法文書，只允許該礦開采批準的煤層，這至少表明監管部門知道煤礦存在非法違法開采問題。但可惜的'
     '是，這一監管只是停留在了紙面上，煤礦并沒有執行，否則礦難有可能避免發生。據一些礦工們反映，有關部'
     '門也經常來礦上檢查，但往往都讓礦長“擺平”了，轉一圈就走。',
     'in', None, False, ['工作纪律', '群众纪律'],
     [('張永祥', '工會主席', '左云縣安監局'), ('常瑞', '原黨委書記', '張家場鄉'), ('陳喜清', '原鄉人大主席團副主席', None),
      ('劉永鑫', '原鄉長', None), (None, '人大主席團主席', '張家場鄉')]),
    # 07
    ('https://qz.zjol.com.cn/07qztk/system/2014/09/15/018440762.shtml',
     '收钱放马“不合规”消防工程，向工程“推荐”消防产品获利……本应是火灾的第一道防线，深圳市消防局建'
     '审处7人却图利任火患“潜伏”。日前这一腐败窝案已全部侦查终结，犯罪嫌疑人已被陆续移送审查起诉。市'
     '消防局5人涉嫌受贿罪，2人涉嫌贪污罪。2007年至今，深圳共查办23名消防系统工作人员。按照消防'
     '法规定，应当进行消防验收的建设工程，未经消防验收或者消防验收不合格的，禁止投入使用。包括建筑审核'
     '科、工程验收科、消防产品检验科的深圳市消防局建审处，就是负责建设工程消防设计审核、验收、抽查等及'
     '公众聚集场所投入使用、营业前的消防安全检查，并对建设工程使用的消防产品和装修装饰材料进行监督管理'
     '。深圳市消防局建审处工程验收科科长余某某，2009年帮助某公司在深圳市南山区开发的大型综合楼盘的'
     '消防项目顺利通过验收。为表感谢，两年后，余某某购买该公司开发的房屋，享受高达100多万元“优惠”'
     '。深圳市消防局建审处处长朱某添，以支持其老家村委建设篮球场为由，向某公司索要“赞助”，该公司乖乖'
     '送上10万元现金。建审处副处长李某亮，在进行抽检时故意放个别公司一马，从而获利。某消防产品公司的'
     '业务经理在接受调查时称，该公司生产的防火门“质量很一般，只有50%的合格率”，在消防部门来抽检时'
     '，他挨个去敲，听到声音是实心的就停下，前来取样抽检的李某亮就心照不宣地有针对性抽检。“防火者须防'
     '腐。消防工作人员为了私利危害公共安全，在某种意义上无异于‘放火’。”办案检察官认为，应适当收缩消'
     '防部门的权力。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('余某某', '建审处工程验收科科长', '深圳市消防局'), ('朱某添', '建审处处长', '深圳市消防局'), ('李某亮', '建审处副处长', '深圳市消防局')]),
    # 08
    ('http://www.handmsg.com/page/2018/0930/4300996.shtml',
     '在人防工程審批和人防異地建設費收取上的自由裁量權，為人防主管部門留出了巨大的尋租空間。不足百日，'
     '湖南省郴州市人防系統三名重要官員相繼落馬。9月11日，湖南省紀委省監委官網稱，郴州市人防辦黨組書'
     '記、主任曾凡軍涉嫌嚴重違紀違法，正接受郴州市紀委市監委紀律審查和監察調查。此前三個月，6月9日，'
     '曾凡軍的前任、已退休三年的白廣華和時任黨組成員、副主任李石平落馬。9月7日，郴州市紀委市監委公布'
     '對二人的黨紀政務處分：白被開除黨籍，取消退休待遇，李被開除黨籍和公職。“人防辦”是人民防空辦公室'
     '的簡稱，該部門的職能是戰時組織開展防空襲斗爭，平時負責組織人民防空建設，向民眾普及防震減災和國防'
     '教育知識。江蘇省新沂市人防辦綜合科原科長寧戰宏告訴《中國新聞周刊》，相對于建設、國土等部門，人防'
     '系統在政府部門構成中比較邊緣化。同時，人防跟軍事有關，該領域腐敗案件往往因涉密不公開審理。近年來'
     '，該領域腐敗呈高發態勢，全國多地人防系統發生腐敗案例，新疆、貴州、寧夏三個省級人防部門的“一把手'
     '”被調查，多個地級市的人防辦主要負責人落馬，溫州、保定等地還查出人防系統窩案。平時“不顯山露水”'
     '的人防系統緣何成腐敗高發區？在郴州落馬的三位人防系統官員中，白廣華案比較典型。一位知情者告訴《中'
     '國新聞周刊》，白廣華有過從軍履歷，他曾兩度出任郴州市人防辦主任：先是2001年出任該職，2003'
     '年轉任郴州市委組織部副部長，2008年再次出任郴州人防辦主任。2011年，《中國人民防空》雜志曾'
     '刊發過一篇關于白的人物稿件《飽蘸熱血寫忠誠》。',
     'in', None, False, ['贪污贿赂'],
     [('曾凡軍', '黨組書記、主任', '郴州市人防辦'), ('白廣華', '主任', '郴州市人防辦'), ('李石平', '黨組成員、副主任', '郴州市人防辦')]),
    # 09
    ('https://csqac.com/16704.html',
     '1月25日凌晨3时许，湖南省岳阳市消防支队官兵从中南大市场火灾现场新发现一具尸体，被证实为经营户'
     '孙子。至此，此次火灾事故共造成6人死亡，没有其他人受伤。岳阳经开区工委、管委会已对3人启动问责，'
     '并免除相关职务。25日上午，岳阳市副市长黎作凤再次主持召开紧急工作会议，传达落实湖南省政府、省安'
     '监局和市委、市政府主要领导指示精神，指挥调度救援工作，处置善后事宜。当前，岳阳市成立的现场处置组'
     '、事故原因调查组、善后工作处理组、医疗救护组等6个工作小组工作人员正按职责分工，全力开展各项工作'
     '。岳阳经开区工委、管委会按《中共湖南省委办公厅湖南省人民政府办公厅关于采取断然措施坚决遏制重特大'
     '事故的通知》（湘办发电[2014]120号）和岳办发电[2014]21号文件精神，先行免除宁灵春'
     '的岳阳经开区发改局党组副书记（安全生产工作分管负责人）职务；免除黎为的中共通海路管理处工委书记职'
     '务；免除李石斗的中共通海路管理处工委副书记、通海路管理处主任职务。久盛烟花爆竹有限公司法人代表、'
     '股东正在接受公安机关调查。当前，现场搜救工作已全部完成，善后工作正在有序推进。',
     'in', None, False, ['工作纪律'],
     [('宁灵春', '党组副书记', '岳阳经开区发改局'), ('黎为', '工委书记', '通海路管理处'),
      ('李石斗', '工委副书记、通海路管理处主任', '通海路管理处')]),
    # 10
    ('http://xieliaobaba.com/sh/news/2007/11-18/1080421.shtml',
     '昨天是承德足療館大火過去第4天。11名死者的血樣、切片等物質已送往天津檢測，最終將依據檢測結果確'
     '定死者的死亡原因。據了解，與發生火災的足療館為一體的歌廳投資人王某已被警方控制。死者家屬稱，王某'
     '是承德縣公安局一科長的妻子。另外，死者家屬及一些相關人士提出失火場地沒有安全通道，火災地點為何兩'
     '次變更等問題。面對家屬的質疑，昨天上午，承德縣縣委常委、副縣長陸文龍表示，目前已經展開了一些調查'
     '程序，最后肯定會給家屬們一個交代。另外，調查還要等公安部專家來最后下結論。從接近調查組的人士處獲'
     '悉，目前承德縣至少已有6人以上接受調查。11月14日早晨，火災現場位于承德縣珠源路的中段，是個三'
     '角地，地處縣城中心地帶。發生火災的建筑外墻呈黃色，是獨棟建筑，東側為一棟兩層的樓房，懸掛著“歌都'
     'KTV”的廣告牌。歌都西側又延伸出一個偏房，寫有“足療、刮痧”字樣。16日上午，承德消防隊隊長李'
     '明忠介紹，消防隊趕到火災現場后，無法進入屋內，不得不使用劈斧將寫有足療館字樣的窗戶劈開，花了好幾'
     '分鐘時間。“一般的窗戶幾腳就能踹開。”消防隊員劈開窗戶后，一股濃煙沖出，前面兩名隊員被沖倒。進屋'
     '內發現，門窗都封得非常嚴實，從內都很難看出是窗戶。縣消防隊劉副隊長說，在劈開窗戶時發現，窗戶及墻'
     '體上有木棱、玻璃絲、毯子以及隔音泡沫等物質。死者張巖的姑姑張曉軍承，她以前曾看過張巖，足療館與歌'
     '廳之間有通道，但睡覺時通道就被關上，歌廳內沒有消防通道。但記者通過查詢得知，歌都歌廳在2006年'
     '2月獲得承德縣公安局消防科核發的“消防檢查合格證明”。11月16日，承德縣公安局消防科負責人解釋'
     '稱：“有些事情我們說了不算。”',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [(None, '科長', '承德縣公安局')]),
    # 11
    ('http://www.shicijianshang.com/o/noIHn60P9DpziqqeCWEgVjv4OKgIkYCF.html',
     '近日，浙江临海“2023.1.16”火灾事故中西门街47号三级残疾受害人网络实名举报临海市消防大'
     '队滥用职权严重渎职。称案件承办人利用火灾事故责任认定排除在行政诉讼之外这一挡箭牌，滥用职权灭失关'
     '键视频证据、“扭西为东”、歪曲事实炮制冤案。直指火灾事故调查是现代版的“葫芦僧乱判葫芦案”。“真'
     '相”，不能由颠倒黑白的人来肆意认定！在此发帖设擂VS南昌工商“指鼠为鸭”，试看谁更“赵高”？！一'
     '、简要案情与火灾事故认定：2023年1月16日7时22分报警，临海市古城街道西门街民房起火，7时'
     '25分*防队消**到场，经全力扑救，8时许火势被扑灭，未造成人员伤亡，西大街45号-59号共8间'
     '两层木结构房屋过火。天气史官网显示临海2023年1月16日是西北风，风力3-4级，气象台显示16'
     '日早上风力达到5级。2023年3月1日临海消防救援大队向受害人作火灾事故认定说明，认定起火时间：'
     '2023年1月16日7时00分许；起火部位：临海市古城街道西门街47号民房二层卫生间吊顶上方人字'
     '形闷顶区域；起火原因：可以排除放火、外来飞火、用火不慎、遗留火种、自燃引发火灾的可能性，不能排除'
     '电气线路故障引发火灾的可能性。受害人表示异议。3月16日临海消防救援大队作出火灾事故认定书。将起'
     '火时间修改为：2023年1月16日7时10分许；起火部位、起火原因不变，3月23日召集当事人宣读'
     '送达认定书。',
     'in', None, True, ['滥用职权'],
     [(None, '案件承办人', '临海市消防大队')]),
    # 12
    ('https://ttnews.xyz/a/5e5f1b7cdc9b5e6437597777',
     '寧波網友“甬城老妖”東論發帖：今早小區業主群傳出幾張照片，照片中一根室外消防栓，倒在地上。讓人無'
     '法理解的是這消防栓居然沒有跟地下管道相鏈，是一個擺設，假的消防栓。當初買房的朋友們可能很少關注此'
     '類事，但是想想一個小區居然有假的消防栓是多麼讓人後怕的事。有一根假的也會有很多假的，希望有關部門'
     '能追究相關責任人，當初的驗收審計是怎麼通過的，到底收了多少黑心錢，懇請相關部門徹查我們是寧波江北'
     '的，今早小區業主們發現了假的室外消防栓，當初買房子恐怕誰都不會關注這個問題。但是一旦出問題可是要'
     '危急生命安全的大事。當初的消防設施驗收都不知道是怎麼通過的，到底收了多少黑心錢？',
     'in', None, True, ['工作纪律', '贪污贿赂'],
     []),
    # 13
    ('https://app.bjtitle.com/8816/newshow.php?mood=w&newsid=6077855&typeid=26',
     '两年前的一场火灾，对重庆涪陵的刘先生来说，成为他人生一场无法去除的噩梦，他的父亲、妻子、儿子儿媳'
     '、孙子孙女共6口人在火灾中不幸丧生。家属认为小区消火栓没水以及消防车里缺水等延误扑救，将两家单位'
     '告上法庭。1月17日，北京青年报记者从刘先生处了解到，该案一审被判驳回起诉，家属已经上诉。201'
     '9年12月30日6时40分许，重庆涪陵区马鞍街道踏水桥小区一居民楼12层发生火灾。涪陵消防救援支'
     '队指挥中心接警后，立即调派救援队伍赶赴现场处置，7时55分明火扑灭。事故造成6人死亡。一场火灾夺'
     '去6位亲人的生命，对刘先生来说，天塌了，其乐融融的四代同堂，只剩下了他和80多岁的老母亲相依为命'
     '。事发后，刘先生因为受打击太大，一度不吃饭不说话。2020年1月1日，重庆涪陵殡仪馆共有十几间告'
     '别厅，刘先生的亲人占了其中的四间。一间是他的父亲，一间是他的妻子，一间是他的儿子儿媳，一间是他的'
     '孙子孙女。火化后，他把亲人的骨灰带回老家安葬。火灾当天，刘先生在贵州工地工作，母亲在医院治病，两'
     '个人因此逃过一劫。媒体报道了事发当天的火灾情况，也提出了关于消防设施、消防扑救方面的状态。由于认'
     '为小区物业和消防部门在火灾扑救中的设施存在瑕疵，刘先生将重庆雅仕物业服务有限公司（以下简称雅仕物'
     '业）、第三人涪陵区消防救援支队（以下简称涪陵消防）两家单位告上法庭，要求由被告赔偿损失和精神抚慰'
     '金共163万余元，第三人承担补充赔偿责任。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://zqb.cyol.com/html/2011-11/14/nw.D110000zgqnb_20111114_1-04.htm',
     '把范刘芳卷入维权漩涡的是一场火灾。2007年2月15日，山西省临汾市尧都区的一个仓库失火。根据公'
     '安消防部门作出的火灾原因认定书，范刘芳担任总经理的临汾市好运来礼品公司应为此次事故负责。也就是说'
     '，好运来礼品公司要赔偿另外4家公司在火灾中的损失。范刘芳认为临汾消防支队的结论是错误的，但是，纠'
     '错历程却异常艰难。5年来，她都无法让“对手”站到被告席上。失火的是临汾市水利局物资供应站的仓库。'
     '当时，好运来礼品公司等5家公司存放在这里的物品被烧坏，“过火面积320平方米，造成经济损失292'
     '147元”。2007年5月11日，临汾市尧都区公安消防大队作出火灾原因认定书，“起火部位位于好运'
     '来礼品有限公司西南角仓库。起火点位于好运来礼品有限公司西南角仓库大梁中部下方货物堆垛的上部。起火'
     '原因为大梁下方未采取任何防护措施的100W白炽灯泡在长时间通电状态下，照明灯泡炸裂引起火灾。”“'
     '我们自己动手做过模拟实验，无论什么原因导致的灯泡破裂都引发不了火灾。”范刘芳说。随后，好运来公司'
     '向临汾市公安消防支队申请对这起火灾事故原因进行重新认定。2007年7月17日，临汾市公安消防支队'
     '下达火灾原因重新认定决定书，“经调查，原认定事实清楚，证据充分，符合法定程序”，维持尧都区公安消'
     '防大队的结论。根据修订前的公安部《火灾事故调查规定》规定，这次对火灾事故责任的重新认定为最终决定'
     '，范刘芳无法再向上一级消防机构要求复核。同时，她也无法起诉消防部门。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://m.gxkexin.cn/gsxw/2058.html',
     '今年5月，范某將私家車停放在烏蘭浩特市某街道的消防通道上，烏蘭浩特市消防救援大隊消防監督員進行車'
     '道治理時，認定范某車輛占用了消防車通道，遂在范某車輛上吸附了臉盆狀“電子告知單”，告知其掃碼按照'
     '提示到烏蘭浩特市消防救援大隊接受處理。范某占用消防車通道的行為因違反《中華人民共和國消防法》第六'
     '十條第二款的規定，罰款150元。范某對該處罰決定無異議，并已經繳納罰款。但是，范某認為烏蘭浩特市'
     '消防救援大隊工作人員對其車輛吸附臉盆狀“電子告知單”的行為沒有法律依據，侵犯其合法權益，故訴至烏'
     '蘭浩特市人民法院，請求依法確認烏蘭浩特市消防救援大隊將“電子告知單”扣放在其車輛的行為違法，并判'
     '令烏蘭浩特市消防救援大隊向社會公開賠禮道歉。原審法院經審理認為：根據《中華人民共和國消防法》第四'
     '條、第六十條之規定，烏蘭浩特市消防救援大隊作為縣級消防救援機構，負責本行政區域內消防工作的具體實'
     '施，對占用消防車通道的行為有行政處罰的法定職能。依據《中華人民共和國行政處罰法》第二條規定，本案'
     '中吸附臉盆狀“電子告知單”僅起到告知違法事實和指引其接受行政處理的作用，不屬于行政處罰行為。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://m.secretchina.com/news/gb/2011/01/08/385762.html',
     '福建省福清市音西街道8日清晨6点30分左右，福清市政府发动了公安、消防、城建等单位，约8百人到音'
     '埔自然村进行强拆，村民爬到屋顶上以汽油弹与之对恃，大概到8点多强拆人员才撤离。据该村一位林姓村民'
     '表示：上午6点多，这些强拆人员开着消防车、公安巡逻车，大概有8百多人到他们村进行强拆，城管拿着切'
     '割机将住房的门切开后，强行进入民宅，有一位50多岁何姓妇女被他们从屋内拖到马路边，昏倒在外面，其'
     '它村民则爬到屋顶上，准备拿汽油弹往下扔，与市政府的强拆部队对抗。林先生表示：“他们按照这样的方案'
     '，强奸民意，进行强拆的话，未来我们只好汽油弹加花炮与他们对抗。”据了解，该村的改建计划不受村民埋'
     '单，主要是市政府的赔偿方案不合理，不但没有考虑老百姓的生活需求，还让老百姓感到非常吃亏。林先生指'
     '出具体的问题大概是两方面：一、赔偿不合理，未按市价来赔偿所征收的土地。二、没有考虑到他们是农民，'
     '有其居住的特殊需求。林先生表示，所要给他们的3品房为18层楼的建筑，加上物业管理费、电梯费、公共'
     '设施费、其它的费用等支出，每个月可能要2、3百元，他们是农民，没有稳定收入，负担不起；此外，由于'
     '是农民，所以一般家庭都养着鸡、鸭、猪，住到楼房里，难道要把那些家禽都养到屋子里去？林先生表示，他'
     '们的主要要求就是给他们宅基地，如果把他们的房子拆了，请政府规划好一个让他们农民可以重新建新村的地'
     '方。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://yybnet.net/hefei/news/201905/9055205.html',
     '我叫吴娟，今年45岁，家住包公街道炳辉社区物化探院小区2栋303室。这些年一直在家待业没有工作，'
     '家里唯一的生活来源只能靠着丈夫王红岭一人的工资支撑。他的工作单位也不是特别理想，在环宇旅汽当汽车'
     '司机，月工资仅有3500元。女儿也还小，在青年路小学读书。本就困难的生活，因一场突如其来的灾难更'
     '是将我们推进无底深渊。今年2月1日上午，因为邻居304操作不当引发大火，火灾造成我家全部过火，室'
     '内装修和物品全部被烧毁。同时也造成2栋其它住宅顶面墙面装修、物品造成不同程度烧毁和水渍损失。经过'
     '评估公司评估，家里共损失142394元。因临近火灾发生点位，所以我家的损失最惨重。本就不富裕的家'
     '庭因这个巨大的灾难而步入深渊，我们一家对今后的生活不知所措，仅有的一套住宅被烧毁，这以后的日子该'
     '怎么过？我真是愁得无法入眠。困难之时，政府伸出了援手，民生工程的落地生根，让我们这些弱势群体看到'
     '了生活的希望。社区民生联络员了解到我们的情况后，告诉我们，合肥市的临时救助制度正好适用我们这类因'
     '突发事故导致的基本生活暂时出现严重困难、需要立即采取救助措施的家庭。听到这个消息后，可把我高兴坏'
     '了，赶紧根据申请要求去准备相应的证明材料，没过多久这笔3000多元的救助款就打到了我的卡上。这真'
     '是雪中送炭啊！真没想到民生工程惠民政策这么贴民心，真是解决了我的燃眉之急，切实让咱老百姓感受到民'
     '生工程实施带来的温暖。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://news.hbtv.com.cn/p/4364278.html',
     '最近，武汉的周女士打来电话称，她们家的房子因过年期间小区内燃放烟花，被烧成了废墟，现在却无人赔偿'
     '。周女士夫妇以及两个儿子、儿媳、孙子，一家8口人都住在武汉市青山区黎明小区的一套120平米的房子'
     '内。周女士说，他们一家在此居住已经5、6年了，然而今年大年初三，一场意外，让他们这个温馨的房子几'
     '乎变成了废墟。“这里原来是个沙发，这有个空调，烧成那样子，有的位置连痕迹都看不到，8口人连过冬的'
     '衣服都没有，那时正是下雪天，我们冻得抖。”今年大年初三晚上7点多，周女士和家人还在外拜年走亲戚，'
     '只有大儿子一家人在家，正给小孩洗澡，此时，意外发生了。“3个大人，1个小孩，就在这里放烟花，冲天'
     '炮吧，冲到我们9楼，把我们家阳台烧着了，泼了好几桶水泼不灭，119消防救援来，这里的消防栓又没有'
     '水，烧了1个小时40分钟。”帮女郎了解到，这场意外不仅影响了9楼的住户，10楼、11楼家中也受到'
     '了影响。在10业主家里，帮女郎仍然可以闻到一股浓浓的烟味。“我们已经是70岁的人了，到现在为止无'
     '家可归。”在辖区消防救援大队出具的“消防技术调查报告”火灾成因分析中写到：起火原因是居民燃放烟花'
     '引燃阳台可燃物，同时村委会没有及时维修小区损坏的室内消火栓系统，导致住户在发生火灾采取自救时无水'
     '可用，使火势蔓延扩大，最后，街道、村委会、派出所禁鞭宣传、巡逻不到位，为火灾发生埋下了隐患。然而'
     '事故发生后至今已经快两个月，无论是肇事者还是相关单位，都没能给3家受害的业主一个明确的说法。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://m.163.com/news/article/I6QCIU2K0537B1BN.html?clickfrom=subscribe',
     '“如果人防车位对外出租有人用了，我们也不会产生这样的矛盾，现在既不对外出租，也不给业主使用，反而'
     '把它锁住了，这是为什么？”近日，有玫瑰园二期业主向记者反映，称小区内人防车位上安装了大量地锁疑存'
     '在违规行为。事实如何呢？记者进行了调查采访。“应该是在五月底还是六月初的时候，物业没有通知业主，'
     '也没有进行公示，突然把人防车位用地锁全部锁了起来。”该业主告诉记者，小区内人防车位有200多个，'
     '目前90%以上已经上锁，询问物业上锁原因，对方只简短回复说是为了规范车辆管理。该业主认为，并非是'
     '这个原因，这或是物业为了把没有卖出去的车位尽快卖出去采取的办法。小区内的人防车位并未对外出租，有'
     '部分买了车位的业主，由于购买的车位距离居住的楼栋很远，就会把车停到靠近的人防车位上去。“如果人防'
     '车位出租了，我们可以把车挪走，不影响管理，但现在没有出租，为什么不让停呢？并且我们了解到，小区内'
     '人防车位的产权，它不属于物业，属于住建部门人防办，物业何来的权利在人防车位上安装地锁？”在该小区'
     '地下车库，记者看到上方悬挂有人防车位标识牌的车位上，几乎都有一个高高立起的黄色地锁。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://zhenguoke.com/read/-dy-article-JPNI3F0A0514R9M0.html',
     '我是辽宁大连市甘井子区中华城领汇小区居民。在我们小区北门，有一条消防通道，本来就不宽，小区物业公'
     '司荷原物业在便道上打了地桩，并在马路中间竖起隔离栏杆。物业公司称为了治理乱停车问题，防止临时停车'
     '，设置了栅栏和地桩。但此举不但影响居民出行，而且，将原本畅通的消防通道隔开了（见下图）。根据消防'
     '规定，消防通道宽度不能低于4米，现在这条路被隔开后明显不足4米。这些人为设置的障碍，一旦发生火灾'
     '，消防车需要绕路掉头才能进入小区，容易贻误宝贵时间，希望相关部门关注此事。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.waijing.com/artinfo/11265.html',
     '平步青云小区1、2楼开发商已经让我们业主收房6年了，但是消防验收一直没有通过，请问一下政府相关部'
     '门，如果楼房失火且消防系统无法使用造成人员伤亡，财产损失由谁来负责，相关监督部门有没有责任？新泰'
     '市住房和城乡建设局在2019-08-26回复：您好，经了解核实，平步青云1#、2#楼未经竣工验收'
     '擅自交付使用，我局多次约谈该项目开发商，并多次下达《责令停止违法行为通知书》和《限期改正通知书》'
     '，已于2018年12月份将该违法违规行为移交市综合行政执法局立案查处。消防验收职责于2019年7'
     '月1日正式由消防部门移交住建部门，我局已就平步青云等因消防验收未通过等历史遗留问题的项目督促按照'
     '相关处理意见尽快推进。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://zh.wenxuecity.com/news/2024/12/11/125910793.html',
     '“當地不存在為逃避消防檢查，店鋪大規模閉店情況。”11月底，潮州和汕頭的很多商戶關門停業。社交媒'
     '體傳聞，國務院巡查組要到潮州和汕頭開展安全生產和消防檢查，如不合格就會罰款。傳言中的罰款金額從幾'
     '千到數十萬不等。傳聞多是微信截圖，從抖音傳到微博、小紅書，迅速發酵、蔓延，又與線下的風聲一起，編'
     '織成一個密不透風的巨網。商戶們害怕被罰，卻不知道怎麽做才能避免被罰，隻好躲避。11月23日到27'
     '日，我們來到潮州和汕頭，試圖還原和理解這場風波。11月20日至23日，網傳的街景影像中，潮州商家'
     '“集體關門”：多家工廠停工，沿街相連的商鋪大門緊閉，路上連車輛和行人也少見。網上流傳各種卷簾門上'
     '的閉店告示：老板心情不好，今日店休；豬腳被偷，休息一天；夫妻吵架，休息一天；怕鬼，今天休息。還有'
     '潮州古城最著名的牌坊街，不少商鋪閉店，明顯比平日蕭條。牌坊街是潮州最為吸引遊客的景點之一，22座'
     '牌坊列於中間，兩側是騎樓建築。一位抖音用戶在視頻中笑稱：“今晚的牌坊街是真的來看牌坊的，大年三十'
     '都沒這麽安靜。”她的鏡頭裏，隻有高大的牌坊矗立在街道中央，兩旁商鋪大門緊閉，往日熙熙攘攘的遊客也'
     '不見了。那時，潮州正在經曆一場全國性的安全生產和消防檢查。今年11月，22個國務院巡查組陸續進駐'
     '全國各省份，坊間稱之為“國考”。廣東省的檢查時間為11月19日至28日，巡查城市為潮州和汕頭。商'
     '家“集體關門”是因為一些罰款傳聞。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH115, "fresh115")
