"""Sealed batch fresh141: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh139th.py; the batch and its row ids are "fresh141".)

Theme: government procurement and official reception (政府采购, 采购中心, 定点饭店, 公务接待 and
会议费 invoices, 办公用品 and equipment bought at inflated prices): a city 采购中心 and its agency
ring, procurement officials steering school-equipment tenders for bribes, blank 公函 and fake
reception lists, reception bills passed off as fuel, food or office supplies, a 镇长 running up
white slips at a restaurant, a village's 招待费 and a 村支书's election meals, a 镇 with 3,800
receptions a year, a school's 14,050-yuan camera and a unit's 500 sheets of paper a day; out
items are restaurants' and suppliers' unpaid bills against 镇 governments and a government
guesthouse, a restaurant's lawsuit against a county bureau, two bid-challenge lawsuits against
财政局, a budget typo cleared up, a 會議費 rule and a one-line question. Sources (stored-pages
search): a 搜狐 copy of the 瞭望东方周刊 report on the 广州 采购 ring (张以权 and six others); a
copy of the 來鳳 空白公函 case (traditional); a forum copy of the 故城 环保局 piece (胡树凯);
a copy of the 纪检监察报 piece on 虚开发票 (葛延军, 杨文革, 高明华); a copy of the
澎湃 follow-up on 彭水 大同镇 (冉宇航); a 0594 copy of the 福建 教育 通报 (廖锦镖, 孙银聪, 江道平);
a 中华网 copy of the 新华社 report on 安徽 教育 采购 (缪富国); a copy of the 湖北日报 item on 渔光村
(欧阳红星); a copy of the 央广网 report on 石棉 希望小学; a 羊城派 copy of the 新华社 微博 item on
渣溪村; a copy of the 华商报 report on 神木 中鸡镇; a 中华网 copy of the 纪检监察报 piece on the 广州
巡察 and 打印纸; out: a copy of the report on 同心 新月楼 and 杨开礼's suit, a 汕头 金平 judgment
header (洁亚 v 龙湖区财政局), a 大足 judgment header (九鼎 v 大足区财政局), a 東北網 report on the
五常 拉林 四海飯店 (traditional), a 华县 杏林镇 restaurant owner's white slips, a 海峡都市报 copy on
the 平和 秀峰 restaurant, a copy of the report on 邳州迎賓館's debts to market traders
(traditional), a 網易號 copy on the 廣西 "2.95億" computers (traditional), the 通海縣 會議費 rule
(traditional) and a one-line question page. Five texts are in traditional script (items 2, 16,
19, 20, 21; the glossing pinyin of the converted copies of 19 and 20 removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, decks,
bylines, datelines, captions, source and editor lines, forum lines, site navigation, the spam
lines above 020 and the truncated last sentences of the stored copies removed); paragraphs joined;
ASCII punctuation written full-width except inside numbers, the ASCII double quotes of 004 written
“ ”; stray spaces removed (003, 017). Page oddities kept: "---" (001), the forum's censor marks
"加油**", "《中国**纪律处分条例》" and "ZF" (003), "集ti资金" and "经神" (008), "需进一行了解" (011),
"很高峰时" and "乡镇府" (018), "?6715元" (a lost currency sign) and the IOU lines "欠款單位:何XX
那XX", "時間:…" run together (016), the spaced court headings "行 政 判 决 书" (014, 015), the
cut address "竹子林紫竹六道路敦煌" (014), "9000C CPU" (020). The spam string "继发性癫痫的症状以及
如何治疗" inside "凭据" of 018 removed.
scope "in" for alleged misconduct of a party member or public official (village cadres
included; staff of public schools and the managers of a state grain company count as public
servants), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, suppliers, restaurant owners, firms, businessmen without a post
and officials who only handled, investigated, announced or answered are not accused; an organ or
an unnamed group accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name, "原" kept) and units as
written; unit None when the text ties the person to no named unit. Topics only from the twelve
names of triage.md; over-standard or faked reception and reception bills passed off as other
costs are 八项规定 with 廉洁纪律 or 工作纪律; bribes for contracts 贪污贿赂 and 廉洁纪律. Places
and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (005, 013,
017). Out types: 涉法涉诉 3 (013-015), 个人利益诉求 4 (016-019), 其他 3 (020-022). 20 accused
entries, all in items 1-12: 19 with a full name, 1 post only. Items 009, 011 and 012 are in scope
with no accused entry. Out items have no accused entry.

Close calls:
 1  The title, the deck ("窝案涉及的一些成员…"), the byline and the "“正阳”引爆窝案" sub-heading cut;
    ends before the truncated "2000年之前，黄是广州一家". Seven officials as written, the 科 or 办
    in the position where the unit is the bureau ('交管科原科长', '天河区交通局'; '信息化采购办原主任',
    '白云区教育局', as fresh104th.py's 劉勇俊); the three posts of the 采购中心 share its unit. 黄绮梅
    runs a private agency and bribed: not accused. (A different 何辉, a plaintiff, is in
    fresh53th.py; this one is new as an accused.) 贪污贿赂 and 廉洁纪律.
 2  Traditional; the "投稿郵箱" line, the "1. 案例" / "2. 說紀" heads and the "今日說紀：…" line cut;
    ends before the truncated 鄧國富 sentence, so the last sentence stands alone. 楊連鋒 as
    first written "來鳳縣農經局分管機關副局長" and 鄧國富 "舊司鎮財經所所長" (the page writes both
    財政所 and 財經所; the name's own unit kept). 趙某, 龍某, 黃某, 向某 are the staff whose names
    were used: victims, not accused. The 恩施州紀委 only acts. 八项规定 and 工作纪律 (虚假公函).
 3  The forum header, the "本帖最后由…" line and the junk string ") v! N. …" cut. 胡树凯 '局长、党组
    书记', '故城县环保局'. Reception money kept as fuel invoices is not embezzlement ("也没装进自己
    腰包"): 八项规定 and 廉洁纪律 (财经纪律 under the reception rules).
 4  The site lines, title, date and the bold sub-heading ("国企领导班子授意…") cut; ends before the
    truncated 软中华 sentence. 葛延军 with both posts; 杨文革 "伊春市原南岔区卫生健康局局长": the
    "原" belongs to the abolished 南岔区, so position '局长', unit '原南岔区卫生健康局' (hard). 高明华
    manages a state-owned company and is a party cadre: accused. The 副校长, 总务主任, 某医院院长 and
    财务人员 who acted on orders are unnamed: no entry. 八项规定 and 廉洁纪律.
 5  Mixed: the restaurant's 14万 claim beside the 镇长's receptions and his friends' meals "说政府
    来报"; the 纪委 investigation makes the official's conduct central: in. "关键字:" label, the
    headline and the "一年八个月…" sub-heading cut; ends before the truncated "此后，赵昌飞多次找".
    赵昌飞 is the creditor. 冉宇航 first written "大同镇政府镇长" ('镇长', '大同镇'). 八项规定, 廉洁纪律.
 6  Headline and "传媒中国" line cut; the truncated 德化 三中 sentence (fees, ending "购买电") cut.
    廖锦镖's school is "厦门市某小学": unit None. 孙银聪 with his first post ('原副校长', '黎明职业大学');
    江道平 "福州市闽侯青口投资区纪工委原书记…" ('纪工委原书记', '闽侯青口投资区'). The "15名公职人员"
    and "其余14人" are unnamed groups. 贪污贿赂, 廉洁纪律 and 滥用职权 (失职渎职).
 7  The "新华社合肥…电题" line and byline cut; the sub-heading cut; ends before the truncated
    "受贿官员与成某按照成某公司产品的技" sentence. 缪富国 first written "时任该厅基础教育处处长":
    ('基础教育处处长', '安徽省教育厅'). 成某 is a supplier's manager (the briber): not accused; the
    贵池区教育局领导 and the 10 county officials are unnamed. 贪污贿赂 and 廉洁纪律.
 8  The site menu, headline and dateline "湖北日报讯(记者…)" cut. 欧阳红星 '村党支部书记', '渔光村';
    punished for lax control of the village's 签单挂账 reception bills. 八项规定 and 工作纪律.
 9  Headline and dateline "央广网成都3月27日消息(…)" cut; ends before the truncated "相关工"
    sentence. The school and the 教育局 are organs and the "相关人员" the 纪委监委 handled are
    unnamed: in, no entry; the 教育局 worker only answers. 廉洁纪律 and 工作纪律 (审核不到位).
10  Short: the headline, the date line, the deck and "来源 | … 责编 | …" cut. The accused is
    "当地一名原村党支部书记" of the 渣溪村 election: (None, '原村党支部书记', '渣溪村'); the 村会计
    acted on his order. 八项规定 and 廉洁纪律 (hard: the election meals could add 组织纪律).
11  Hard: netizens question 3,800 receptions a year; the 镇长 白煜 only answers and the 纪检部门
    has not decided: in (suspected over-reception by the 镇 as an organ), no entry; could be read
    as out 其他. The site lines, headline, "原标题:" and the reporter's name after the last
    sentence cut. 八项规定.
12  The site line, headline, date and "(原标题:…)" cut; ends before the truncated "功夫不负有心人"
    sentence. "某被巡察单位" is unnamed and its 办公用品管理员 only fails to answer: in, no entry;
    石国荣 leads the 巡察组. 廉洁纪律 (虚高 prices and 虚开发票).
13  Mixed, 涉法涉诉: a restaurant owner's suit over 80万 of white slips from 100-odd agencies, and a
    城建局 cadre's remark that many slips were "个人餐后签的单". The unpaid bills and the lawsuit
    are the matter; the agencies are organs and the private signers unnamed: out, no entry
    (hard: could be read as in, 八项规定). Site lines, title, date and the pull-quote line "“单位想
    欠账…”" cut; ends before the truncated "虽然有欠账，".
14  涉法涉诉: the header of a 汕头 金平 administrative judgment on a procurement 投诉处理决定书;
    the case-information lines above "全文" cut; ends before the truncated sentence naming the
    决定书. Lawyers and the 局长 郑伟光 (legal representative) are not accused.
15  涉法涉诉: the header of a 大足 administrative judgment (a supplier against the 财政局's
    procurement complaint decision). The repeated company name and "来源:中国裁判文书网" cut;
    ends before the truncated appearances sentence.
16  个人利益诉求, traditional: a closed restaurant's 四五萬 of white slips (one from a 村委會).
    Dateline "東北網哈爾濱11月30日電" and the sub-heading "經營十餘年攢下一堆白條" cut; ends before
    the truncated 牡丹江 sentence. "何XX 那XX" who signed for the 前藍旗村 村委會 are masked
    signatories of an organ's debt: no entry.
17  Mixed, 个人利益诉求: 老宋's 7万 of white slips from the 杏林镇 government, with "一部分是镇政府
    领导和工作人员自己吃的" signed by three unnamed 镇长: the unpaid bills are the matter; the
    officials are an unnamed group: no entry. The sub-heading "镇政府当“老赖” 七万欠款难要回" cut;
    ends before the truncated "时间一年又一年" sentence.
18  个人利益诉求: a restaurant's debts from the 乡政府, 计生办, 派出所 and 村委 (organs). Title,
    caption, dateline, "【朱东海讲述】" and three sub-headings cut; ends before the truncated
    sentence naming the two village signers 游树枝 and 游主亮 (so they are not in the text).
19  个人利益诉求, traditional: market traders' 一百多萬 owed by the former government guesthouse.
    "新聞提示" and the sub-heading "事件起因…" cut; the traders' list of debts (its closing garbled
    in the stored copy: "!边@是記者…") and the next sentence (garbled: "因?yàn)楸粋…") cut, so the
    text ends with the guesthouse's history. Short.
20  其他, traditional: a procurement notice's "2.95億" for five computers, explained as 元 written
    as 萬元. The spam line, "網易首頁 > 網易號 > 正文 申請入駐", headline and "0 分享至" cut; ends
    before the truncated "但反". The 涉事單位 only answers; no misconduct.
21  其他, traditional: the 通海縣 rule on meeting costs; no grievance.
22  其他: the one-line question page, as published; could be read as an enquiry before a
    procurement complaint.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH141: list[Item] = [
    # 01
    ('https://news.sohu.com/20090323/n262960783.shtml',
     '在2009年中国经济的关键词中，“扩大内需”、“政府采购”显得格外引人瞩目。作为一个由政府主导的强力'
     '启动内需之年，各地正相继出台扩大内需的举措。广州市近日专门下发了《关于进一步扩大内需促进我市经济平稳'
     '增长若干措施的通知》，强调围绕筹办2010年亚运会，2009年至2010年，计划安排重大建设项目总投'
     '资6500亿元。在这一背景下，始发于2007年7月的广州一起政府采购窝案，就引人对完善政府采购制度的'
     '关注。有来自相关部门的消息说，这起政府采购窝案，广州市司法部门已予以处理，但并未披露其详情和处理结果'
     '，其原因是什么，他们感到不解。这起政府采购窝案到底因何引爆，涉及层面多大，处理结果究竟是什么？了解清'
     '楚这些问题，不仅可以回答人们关心的问题，相信也会对完善政府采购制度有所帮助，于是，《瞭望东方周刊》记'
     '者展开了独家调查。《瞭望东方周刊》记者在调查中了解到，广州市这起政府采购窝案的引爆，源于民营招标代理'
     '机构---广州市正阳招标采购服务中心（以下简称“正阳”）的东窗事发。“正阳”女老板黄绮梅被查时交出了'
     '一个本子，纪检部门围绕本子上记录的“行贿清单”顺藤摸瓜，广州市政府采购中心原主任张以权、原副主任陈建'
     '科、原审核部副部长何辉、广州市财政局原主任科员吴一峰、天河区采购办原主任池立武、白云区教育局信息化采'
     '购办原主任刘秉新、天河区交通局交管科原科长张益湘等数名官员卷入其中。黄绮梅与张以权是中学同学。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('张以权', '原主任', '广州市政府采购中心'), ('陈建科', '原副主任', '广州市政府采购中心'), ('何辉', '原审核部副部长', '广州市政府采购中心'),
      ('吴一峰', '原主任科员', '广州市财政局'), ('池立武', '原主任', '天河区采购办'), ('刘秉新', '信息化采购办原主任', '白云区教育局'),
      ('张益湘', '交管科原科长', '天河区交通局')]),
    # 02
    ('http://343507.com/n1/2021/0210/c422384-32027648.html',
     '2018年12月28日，湖北省來鳳縣農經局干部趙某、龍某、黃某、向某來機關正常上班，可他們的名字卻出'
     '現在舊司鎮財政所的接待公函上，這份公函用來報銷鎮財政所的接待餐費。另外兩名干部也有類似遭遇，明明在其'
     '他鄉鎮出差，在舊司鎮財政所的餐費報賬資料里卻顯示他們“被接待”。這是怎么回事？2020年12月18日'
     '，湖北省來鳳縣紀委監委處理了一起年底開具空白公函、利用空白公函報賬的案件。2018年12月，因年底報'
     '賬所需，來鳳縣農村經濟管理局向舊司鎮財政所補開4張空白公函，虛報了公務接待4次共計2560元，使公函'
     '中填報的6名縣農經局工作人員出現了“被出差”、“被接待”的問題。2020年12月18日，來鳳縣農經局'
     '分管機關副局長楊連鋒、舊司鎮財經所所長鄧國富分別受到誡勉談話處理。2020年10月，恩施州紀委在中秋'
     '國慶明察暗訪中發現，來鳳縣舊司鎮財政所涉嫌虛假公函報賬、來鳳縣農經局涉嫌開具虛假公函的問題。10月2'
     '1日，恩施州紀委將該問題線索移交來鳳縣紀委辦理。經查，舊司鎮財政所在2018年12月13日至2019'
     '年1月9日這不到一個月的時間里，共報銷接待費5筆合計3760元，且均是接待同一個單位——縣農經局。根'
     '據核實，這5次接待中，僅1次為真實接待，其余4次為虛報。2018年，來鳳縣農經局作為土地確權、農村集'
     '體產權制度改革的牽頭單位，多次到各鄉鎮包括舊司鎮財政所檢查指導工作并就餐。但楊連鋒及部分干部出差不帶'
     '公函，也未及時補開公函。2018年12月，臨近年關，舊司鎮財政所需要向接待餐館結賬。',
     'in', None, False, ['八项规定', '工作纪律'],
     [('楊連鋒', '分管機關副局長', '來鳳縣農經局'), ('鄧國富', '所長', '舊司鎮財經所')]),
    # 03
    ('http://yzqcw.com/thread-43403-1-1.html',
     '河北省衡水市故城县环保局局长、党组书记胡树凯最近有些郁闷，20多万元的支出都是为了工作，也没装进自己'
     '腰包，却背了一个处分，难免有些想不通。要说起来，还真是一点也不冤。2014年1月至2015年4月，故'
     '城县环保局虚开汽油费252445.75元用于公务接待，其中就餐等费用144915.75元，烟酒费用1'
     '07530元。故城县纪委调查认为，胡树凯将252445.75元招待费变通为加油**进行报账，属违反财'
     '经纪律行为。根据《中国**纪律处分条例》规定，决定给予其党内警告处分。公务接待是“三公”经费支出的“'
     '大头”。近年来，各级党委、ZF对公务接待的预决算控制越来越严，目的就在于遏制铺张浪费、大吃大喝等现象'
     '，减少不必要的公务接待支出。但是在一些领导干部的心中，似乎不吃一顿喝一顿，就不知道工作怎么做，因此招'
     '待费用仍居高不下。为了规避检查，就把招待费用以其他费用的名目“包装”起来。违规公务接待、超标准超预算'
     '接待已经错了，还把招待费变通为加油费报销则是错上加错。对这样的行为，依据党纪给予应有的处理，既是一种'
     '惩戒，更是大声的喝止。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('胡树凯', '局长、党组书记', '故城县环保局')]),
    # 04
    ('http://shxhsfy.com/jw/lzwh/202211/t20221128_6556584.html',
     '元旦前夕，中央纪委国家监委网站通报的“四风”案例显示，虚开发票套取公款现象时有发生。2016年1月至'
     '2020年1月，吉林省珲春市第一高级中学原党支部书记、校长葛延军，安排副校长、总务主任采取虚开发票方'
     '式套取资金发放奖金、福利等共计65000元；2018年12月，黑龙江省伊春市原南岔区卫生健康局局长杨'
     '文革虚开发票，并授意某医院院长违规为其核销个人费用4884元……这些干部是如何虚开发票的？虚开的发票'
     '又是如何报销的？这类问题怎么查怎么治？记者就此进行了采访。正风肃纪持续高压之下，一些人通过虚开发票套'
     '取公款妄图逃避监督。浙江省杭州市富阳区粮食收储公司，是该区唯一一家承担政策性粮食收储业务的国有独资企'
     '业。虽然每年都参照市场类企业执行一定数额的业务招待费，但对于公司原经理、党总支副书记高明华等人来说，'
     '这笔资金用起来却是“捉襟见肘”。该公司接待繁多，违规消费高档烟酒是家常便饭。谈及公司搞接待的酒水，高'
     '明华称：“白酒主要是茅台、舍得等，请部门人员吃饭的时候，一般都将茅台酒灌在可乐瓶里，请省外业务单位吃'
     '饭直接就拿茅台酒出来招待。我们每个月大概要安排十二三桌饭，红酒要喝掉十几箱，茅台有时一顿要喝掉两三瓶'
     '……”如何将一笔笔高昂的费用“洗白”，并通过正规途径报销？高明华等人经班子集体商议，授意财务人员以食'
     '品、办公用品、薄膜、板材、装卸费、运输费、会务费等名目，列支日常购买的烟酒、餐费及土特产等，几年间合'
     '计220余万元。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('葛延军', '原党支部书记、校长', '珲春市第一高级中学'), ('杨文革', '局长', '原南岔区卫生健康局'),
      ('高明华', '原经理、党总支副书记', '富阳区粮食收储公司')]),
    # 05
    ('https://observersnews.com/society/2018_07_28_465975.shtml',
     '针对重庆市彭水县大同镇政府欠该镇鑫悦阁酒楼老板赵昌飞14万余餐费未支付一事，彭水县纪委、彭水县监委工'
     '作人员7月27日下午回应澎湃新闻（www.thepaper.cn）称，该县已成立调查组，对相关问题线'
     '索进行调查核实，如属实将严肃追究相关人员责任。澎湃新闻当日独家刊发《重庆一镇政府公款吃喝欠酒楼2斤白'
     '条》，报道了大同镇政府镇长冉宇航自2016年起多次到鑫悦阁酒楼搞公务接待，除了支付10多万元餐费外，'
     '还剩14万余元未支付，记录这些欠款的白条就足足有两斤重。2010年8月，赵昌飞的鑫悦阁酒楼开张。这家'
     '餐馆位于大同镇镇上，距离镇政府步行只要5分钟左右。赵昌飞告诉澎湃新闻，之前镇上只有3家大一点的餐馆，'
     '他的餐馆平时生意不错，偶尔也有镇政府的人来这里吃饭，“都是给的现钱，从没有打过白条”。2015年12'
     '月，冉宇航调到大同镇当镇长。赵昌飞说，冉宇航来后，政府工作人员经常到他的餐馆吃饭，绝大部分都没有付钱'
     '，而是打白条。“说是上面搞接待。冉宇航有时候来，有时候不来。有些他的朋友，不是在政府上班的，到我这里'
     '吃饭也是记账，说政府来报。”赵昌飞告诉记者。赵昌飞提供的手写账单显示，从2016年11月1日至11月'
     '30日，政府工作人员在餐馆消费15532元。赵昌飞称，2016年全年，以镇政府名义在他那里签的白条总'
     '共有20多万元，后来政府工作人员过来结过一次账，给了10多万元。此后，镇政府再也未支付剩下的餐费。“'
     '2016年欠9万多，2017年1月到7月欠5万多。”赵昌飞说，去年7月底，他拒绝镇政府的人再来打白条'
     '吃饭，“欠的钱太多，开不下去了”。赵昌飞将全部白条放在电子秤上一称，这些账单足足有两斤重。',
     'in', None, True, ['八项规定', '廉洁纪律'],
     [('冉宇航', '镇长', '大同镇')]),
    # 06
    ('http://0594.com.cn/2014/0831/6879.html',
     '学校采购教学设备，总务处主任利用职务之便，多次收受供应商送给的贿赂款共计82000元。此事发生于厦门'
     '市某小学，该校总务处原主任廖锦镖因此受到纪检部门调查，并获有期徒刑3年，缓刑5年。近日，福建省委教育'
     '工委、省教育厅联合通报了11起教育系统违纪违法典型案件，均为今年以来查处的，廖锦镖案也在此列。从通报'
     '的11起案件看，主要涉及四类问题，即工程建设、入学招生、教辅材料征订以及实验设备等用品采购。其中，涉'
     '案金额较大的有3起，比如黎明职业大学原副校长、泉州市教育局原副局长、副调研员孙银聪涉嫌在工程承包、工'
     '程款拨付等方面为他人提供帮助，多次收受他人送的钱款共计60余万元，今年4月28日被移送司法机关处理。'
     '还有，福州市闽侯青口投资区纪工委原书记、闽侯县教育工委原副书记、教育局原局长江道平（副处级）涉嫌于2'
     '010年至2012年利用职便，在项目建设、教师调动、职务提升、招考录用、职称评聘、新生入学等方面为他'
     '人提供便利，从中收受数十人贿赂共计约70余万元。此外，江道平涉嫌伙同该县教育系统15名公职人员（其中'
     '中小学校长12人）在校舍除险加固工程竞标中为他人提供便利，失职渎职、收受贿赂等问题，江道平等人已被移'
     '送司法机关追究刑事责任。其余14人分别受到党纪、政纪处分。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '滥用职权'],
     [('廖锦镖', '总务处原主任', None), ('孙银聪', '原副校长', '黎明职业大学'), ('江道平', '纪工委原书记', '闽侯青口投资区')]),
    # 07
    ('http://3g.china.com/act/news/11038989/20170711/30952221.html',
     '教育扶贫项目招标成“私人订制”，一个商人搞定11名官员；采购一本练习簿“雁过拔毛”收5厘钱“好处费”'
     '，几十家出版机构在中小学教辅材推销中行贿，招标采购部门官员“前赴后继”受贿落马……近期安徽曝光的几起'
     '教育腐败案，透露了学校设备、教材等招标采购过程的乱象和制度漏洞。近期，江苏锡光科教设备公司业务经理成'
     '某行贿案在安徽池州法院审理宣判。经查，2011年以来，为销售教学仪器，成某在农村义务教育薄弱学校改造'
     '计划项目招标采购过程中，先后向安徽教育系统11名官员行贿，涉及省教育厅和7个区县，行贿金额达232.'
     '5万元。作为一名外省销售人员，成某是如何“搞定”安徽多名官员的呢？据了解，2011年，成某通过安徽省'
     '教育厅一名机关驾驶员“牵线”，结识了时任该厅基础教育处处长缪富国。2012年，经缪富国向池州市贵池区'
     '教育局领导“打招呼”，锡光公司成功中标该区当年的教育薄弱学校改造项目。为感谢“帮助”并希望日后继续得'
     '到支持，成某送给缪富国30万元。靠省厅处长“打招呼”中一次标之后，为了年年中标、在更多地方中标，成某'
     '开始更大范围地“活动”。从2012年到2014年间，成某先后向安徽池州市贵池区、东至县、石台县，阜阳'
     '市颍州区、颍泉区及泗县教育系统的10名官员行贿，涉及县教体局局长、教育局副局长、电教馆馆长等多人。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('缪富国', '基础教育处处长', '安徽省教育厅')]),
    # 08
    ('http://m.meili43.com/yule/2017/0428/82032.html',
     '近日，武汉市纪委通报，东湖风景区渔光村招待费数额巨大，3年超过100万元。村党支部书记欧阳红星因管理'
     '责任缺失，受到党内严重警告处分。50岁的欧阳红星1995年入党。去年6月，东湖风景区纪工委接到渔光村'
     '存在“执行公务接待管理规定不严，铺张浪费集ti资金”的问题线索后，迅速展开调查核实。经核查，2013'
     '年至2015年欧阳红星任渔光村党支部书记期间，该村招待费数额巨大，且执行财务制度不规范。办案人员表示'
     '，这些招待费基本上都是在同一家餐馆吃喝的支出，平时吃完后签单挂账，再统一结账。经查阅财务账目，这些招'
     '待费支出没有公务接待函、相关审批手续及明细。欧阳红星作为村支书，存在审核把关不严、落实中央八项规定经'
     '神不坚决的问题。',
     'in', None, False, ['八项规定', '工作纪律'],
     [('欧阳红星', '村党支部书记', '渔光村')]),
    # 09
    ('https://ijiandao.cn/society/hot/71095.html',
     '14050元的“松典相机”、29500元一台的除颤仪、总价24万元的餐盘……近日，有网友发布关于“石'
     '棉县希望小学设备设施采购项目标价不合理”等帖文引发社会关注。3月27日下午，石棉县教育局工作人员回应'
     '央广网记者称：“目前正对‘除颤仪’等情况积极展开调查，最新进展会及时通过官方渠道发布。”近日，在20'
     '23年的一份《四川省石棉县希望小学灾后恢复项目设备设施采购及安装中标（成交）结果公告》中，网友发现，'
     '四川省石棉县希望小学采购的“松典相机”中标价格14050元，而该相机网络售价仅631元。此外，采购清'
     '单中还包含一款“麦邦除颤仪AED7000S”，单价29500元，目前网购售价11000元。3月25日'
     '，石棉县教育局发布回应称：2023年11月货物交付时，石棉县希望小学发现供货商提供的相机与采购使用需'
     '求不符，拒收该相机。经与供货商协商后，供货商将相机更换为与中标价价值和使用要求相符的相机，经组织专家'
     '验收，符合合同约定标准。2024年7月，纪委监委获悉相关情况后介入调查，认定该项目采购过程中存在审核'
     '不到位的情况，并对相关人员给予相应处理。但对于此官方说明，许多网友并不认可，认为该说明并没有解释清楚'
     '大家关心的问题。另据四川省石棉县希望小学灾后恢复项目厨房设备及教室灯光系统改造采购政府采购合同公告显'
     '示，该校共采购餐盘8400个，单价29元，餐盘一项花费超24万元，而石棉县希望小学全校仅1800余名'
     '师生。种种情况再次引发网友的广泛质疑。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 10
    ('https://ycpai.ycwb.com/ycppad/content/2021-04/17/content_1603505.html',
     '“猪肉13斤、鸭肉9斤、鱼7斤……10个人一餐公款吃了40斤肉，平均1人4斤。”近日，江西省抚州市临'
     '川区纪委查处了一起违反中央八项规定精神的案件。当地一名原村党支部书记在2018年渣溪村“两委”换届选'
     '举过程中，每次都会安排参选村民和工作人员用餐，且每餐必上烟酒。他当选村支书后指使村会计把这些招待费全'
     '部算为菜钱一并报销，便出现了“10人一餐40斤肉”的情况。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [(None, '原村党支部书记', '渣溪村')]),
    # 11
    ('https://wap.qqzyw.com/news/show-148125.html',
     '“一年公务接待3800次，工作日日均接待15次，这镇政府比酒店还热闹。”近日，神木市人民政府网站陆续'
     '公布了2016年度全市各部门财政信息。网友发现，神木市中鸡镇去年公务接待位居榜首。昨日上午，华商报记'
     '者在神木市人民政府网站看到，12月4日至今，已经有40多个部门公开了2016年度“部门决算”。其中，'
     '“中鸡镇2016年度公务接待累计3800批次，经费总额17.66万元。公务接待费比上年减少1.19万'
     '元，严格贯彻执行八项规定。”按此计算，2016年全年，该镇工作日日均公务接待15.1次，平均每次花费'
     '46.5元，日均接待花费701元。在《中国中小城市绿皮书2016》公布的2016年度全国千强镇榜单中'
     '，神木有五个乡镇上榜，分别为：孙家岔镇、大柳塔镇、花石崖镇、锦界镇以及栏杆堡镇。上述5强镇中孙家岔、'
     '大柳塔、锦界已经公布了2016年度公务接待费，数额均低于中鸡镇，接待次数也远少于3800次。在神木市'
     '已经公布的40多个部门中，中鸡镇2016年“公务接待”总费用和总批次都位居榜首。对于网友质疑公务接待'
     '次数过多，昨日中午，该镇镇长白煜表示，中鸡镇之所以有如此多的接待次数是由于2016年时，中鸡镇曾开过'
     '大型现场会。白煜称，所谓接待“批次”实际是指“人次”。针对镇长的回应以及中鸡镇公务接待是否存在问题，'
     '华商报记者向神木市纪检部门反映核实，工作人员表示此事需进一行了解后再做判断。截至昨晚7时华商报记者发'
     '稿前未得到回复。',
     'in', None, False, ['八项规定'],
     []),
    # 12
    ('https://news.china.com/domestic/945/20180620/32554055.html',
     '“你们单位一天要用500张打印纸？”“呃……”近日，面对广东省广州市区委巡察第17组工作人员的问题，'
     '某被巡察单位办公用品管理员支吾半天回答不出，也无法提供打印纸领用记录。为解决“地方小、人头熟、巡不深'
     '、察不透”等问题，2017年6月开始，广州在全市各区全面铺开交叉巡察工作。由11个区各派出3个巡察组'
     '，在市委的统一领导下，统一命名为广州市区委巡察第1至33组，并通过抽签方式确定巡察对象。第17组在对'
     '某单位开展巡察时，一个奇怪的现象引起了大家的注意。“我们在翻阅该单位办公用品购置凭证时发现，这个单位'
     '每月支出等额资金购买办公用品，有悖于常理。”巡察组长石国荣介绍，他们将采购清单和对应发票进行整理分析'
     '，比对得出该单位打印纸的用量约为500张/日。“我们认真研究了这个单位的业务特点、人员构成数量及岗位'
     '设置情况，他们总人数不多，部分人员还需要长期外勤作业，根本用不了这么多打印纸。”石国荣说，他们进一步'
     '调查发现，中央八项规定出台后，该单位的办公经费仍然每年递增20%左右，“这里面肯定有猫腻。”通过一番'
     '抽丝剥茧，巡察组发现该单位存在部分办公用品的采购地点舍近求远（远至东莞、清远）、办公用品单价虚高（高'
     '出市场价十几倍）等问题。至此，该单位办公用品日常采购价格虚高、数量虚多的情况基本确定。那么虚开发票的'
     '目的何在？多开出来的钱又到哪里去了？在巡察中，工作人员不动声色，在开展日常常规检查时，着重了解重点资'
     '金流向。',
     'in', None, False, ['廉洁纪律'],
     []),
    # 13
    ('http://1234123i.com/1234123_com/__wanyuanbaitiaobaolugongkuanzhaodaiganga_4483.html',
     '国家级贫困县宁夏同心县100多家党政机关单位和部门，在当地一家“新月楼”餐馆欠账吃喝，历时十余年，吃'
     '喝白条竟近5000张，拖欠金额高达80多万元。“新月楼”不堪重负，8月24日，忍无可忍的餐馆老板杨开'
     '礼起诉了欠款大户同心县发展计划与经济贸易局。该事件在一个月前经媒体广泛报道后，在社会上引起强烈反响。'
     '不久前，本网记者来到同心县，对事件再次进行深入采访。11月18日，记者来到同心县城。从车站出来，随意'
     '向几个行人打听去“新月楼”的路怎么走，竟没有一个说不知道的。记者顺着所指方向走进“新月楼”，一位女服'
     '务员问记者要吃饭吗，记者说有点事找杨老板，服务员打量了一下记者后称“老板不在”。记者又要杨老板宅电或'
     '手机号码，她说“不知道”。记者又问了几名服务人员，回答都是一个样。第二天，记者想了很多办法，但都无功'
     '而返。见不到杨开礼，记者决定从外围了解一些情况，于是找到一位同心县的熟人，请他约几个朋友一起出来坐坐'
     '。在饭桌上，记者引出了“新月楼”的话题，不料他们一个个反应平平，并没有什么大惊小怪的样子。“其实你不'
     '知道，我们这里开餐馆的几乎都有单位欠账的。你不欠账，你这馆子肯定开不下去，所以这种现象是很正常的。”'
     '在座的一位城建局干部说，“据我所知，我们单位在这家餐馆也吃了几万元，可事实上有相当一部分欠条都是个人'
     '餐后签的单，并非单位在正常公务招待中所签。”水利局一名干部插了话说，最初是他们单位和供电局等一些有钱'
     '单位，把“新月楼”给“扶”起来的。',
     'out', '涉法涉诉', True, [],
     []),
    # 14
    ('https://cn.govopendata.com/caipanwenshu/2016/7/31/8f1bcabd-e7ad-422a-a7f5-0395b13f001c',
     '广东省汕头市金平区人民法院行 政 判 决 书（2015）汕金法行初字第18号原告深圳市洁亚清洁服务有'
     '限公司，住所地深圳市福田区竹子林紫竹六道路敦煌，统一社会信用代码：91440300741224386'
     'R。法定代表人朱晓芬。原告委托代理人刘萍、肖徽玲，广东特力律师事务所律师。被告汕头市龙湖区财政局，住'
     '所地广东省汕头市。法定代表人郑伟光，局长。委托代理人王建辉，广东国源岭东律师事务所律师。第三人汕头市'
     '龙湖区环境卫生管理局，住所地汕头市龙湖区。法定代表人陈宏波，局长。委托代理人洪一涛、马朝辉，盈信律师'
     '事务所律师。原告深圳市洁亚清洁服务有限公司（下简称洁亚公司）不服被告汕头市龙湖区财政局（下简称龙湖区'
     '财政局）、第三人汕头市龙湖区环境卫生管理局（下简称龙湖区环卫局）其他行政行为，于2015年8月4日向'
     '本院提起行政诉讼。本院同日立案后，于同月6日向被告送达了起诉状副本及应诉通知书。本院依法组成合议庭，'
     '于同年11月5日公开开庭审理了本案。原告委托代理人刘萍、肖徽玲，被告法定代表人郑伟光、委托代理人王建'
     '辉，第三人委托代理人洪一涛到庭参加诉讼。本案现已审理终结。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.cbi360.net/hhb/sg_805676/fy_9194015.html',
     '重庆市大足区人民法院行 政 判 决 书（2014）足法行初字第00115号原告重庆九鼎教具有限公司，'
     '地址重庆市渝北区双凤桥街道玉峰山村二社，组织机构代码67867533-5。法定代表人林素，该公司总经'
     '理。委托代理人张来俊，重庆正义律师事务所律师。被告重庆市大足区财政局，地址重庆市大足区龙岗街道办事处'
     '白鹤林片区139号，组织机构代码75009235-4。法定代表人杨爱民，该局局长。委托代理人杨廷端，'
     '重庆名豪律师事务所律师。第三人重庆市大足区教育委员会，地址重庆市大足区龙岗街道北山路11号，组织机构'
     '代码00934793-2。法定代表人覃伦富，该委主任。委托代理人贺波，该委工作人员。第三人重庆市大足'
     '区公共资源综合交易服务中心，地址重庆市大足区棠香街道办事处南环二路商务中心，组织机构代码573421'
     '79-3。法定代表人范树华，该中心主任。委托代理人王开进，该中心工作人员。原告重庆九鼎教具有限公司（'
     '简称九鼎公司）不服重庆市大足区财政局（简称大足区财政局）2014年4月14日作出的政府采购投诉处理决'
     '定，于2014年7月11日向本院提起行政诉讼。本院同日受理后，依法向被告大足区财政局及第三人重庆市大'
     '足区教育委员会（简称大足区教委）、重庆市大足区公共资源综合交易服务中心（简称大足公共资源交易中心）送'
     '达了起诉状副本、应诉通知书及参加诉讼通知书等相关诉讼文书。本院依法组成合议庭，分别于2014年8月7'
     '日、9月28日两次公开开庭审理了本案。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://heilongjiang.big5.dbw.cn/system/2003/11/30/014290184.shtml',
     '發黃的、皺巴巴的飯費白條擺滿了一張大床，總金額達四五萬元———這就是五常市拉林鎮吳躍平老兩口開了十多'
     '年飯店的『收獲』。飯店在兩年前黃了，可討債的任務還遠未結束。17日上午，記者在五常市拉林滿族自治鎮找'
     '到吳濤時，他正在舅舅家裡翻看那些飯費欠條，看看哪些是有可能要出錢來的。吳濤在阿城市工作，每次回來為父'
     '母討債都要跟單位裡請假，幾位知情的親屬也在幫他找舊賬出主意，不一會兒，那些欠條已經擺滿了一張大床——'
     '—欠據：陸仟柒百壹拾伍元整?6715元——上記款系欠四海飯店吳躍平飯費（98—2000年度）欠款單位'
     '：何XX 那XX時間：2003年3月10日面對這張記者隨便拿起的飯費欠條，吳濤說，這是與拉林相鄰鎮的'
     '一個叫前藍旗村的村委會欠的，原來是許多張白條子，後來算總賬時纔合成了這一張。『我們去要了多少次，但對'
     '方就一句話：沒錢。開始時還說是能給點土地讓我們去種，可後來連地也沒給』。吳濤的舅舅則指著滿床的飯費白'
     '條無奈地告訴記者：『每一張飯費白條的後面，都有一段反復討債的故事，鞋都跑壞了好幾雙，人家多難聽的話咱'
     '都得賠著笑臉聽著，可到現在白條依舊是白條。』吳濤的父親吳躍平和母親蘭淑琴在上世紀八十年代末在鎮中心拉'
     '林旅社旁開了家飯店———四海飯店。但記者找到那裡時，只見門上的燈箱式牌匾已經破爛不堪，昏暗的大廳裡，'
     '有幾個人正在打牌，見有人進來，其中一人頭也不抬地說：『今天不營業！』據吳濤介紹，他的父母經營這處飯店'
     '十多年，最後只剩下滿滿一塑料袋白條。兩年前的這個季節，老兩口無奈將飯店低價兌給了別人。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://v25v.net/news/article-9-5592-0.html',
     '老宋：“中途开了20年餐馆，03年就开不下去，倒闭了，欠账太多，（欠了）7万，当年的7万，杏林镇政府'
     '欠的。”当年，24岁的老宋在华县火车站外开了一家名为华州酒家的餐馆，因为离杏林镇政府比较近再加上口味'
     '不错，从97年开始，就成了杏林镇政府公务接待的定点饭店。老宋：“镇上的各个部门都来过，基本都是熟人，'
     '刚开始咱还问人家要过钱，因为是政府名义，时间一长就都成了写个字嘴一抹就走了。”从97年的第一张白条到'
     '03年饭店倒闭的最后一张，7年间这样的白条老宋足足攒了一百多张。几乎每张单子上的内容都如出一辙，菜名'
     '、金额、签字。老宋：“反正是吃公家的，当场也不用掏现钱，每回都是来一大波人，抽烟喝酒饮料都在里面算着'
     '。”记者翻看这些单子中，最小的有15块钱的饺子，最大的有400多元的酒席，而其中以二三百元的饭局居多'
     '。大盘鸡、烧肚条、烧吊子、带鱼这样当年的硬菜频频出现，而很多单子上都明确标注着用餐的缘由。老宋说，一'
     '百两百一百两百，七年间累计起来的近7万块钱，硬生生将他的华州酒家的饭店吃垮。不过饭店都垮了，可是白条'
     '上的钱却还是一个个冰冷的数字，至今难以要回。老宋说，七万块钱的欠款主要分为两种，一部分是镇政府领导和'
     '工作人员自己吃的，另一部分是镇政府公务接待时欠下的。而这些账目，历经了三任镇长。老宋：“这上面都有这'
     '几个镇长的签字，他们都认账，但就是说政府没钱。”从03年至今12年过去了，闲暇时间老宋不是在要帐，就'
     '是在要帐的路上。发黄的白条，包裹在柜子里的盒子的最底层，拿了又放，放了又拿，可是钱却没要几个。老宋：'
     '“2000年的时候还了5000元，到后来剩下的一直都要不回来，昨天我还去要了。”',
     'out', '个人利益诉求', True, [],
     []),
    # 18
    ('http://new.aaohe.com/dwsj/16979.html',
     '手握万元吃喝白条却无法兑现，昨天，平和秀峰乡福塘村村民朱东海回想起自己11年来的讨债历程，心酸又无奈'
     '。早在1994年到1999年，当地乡镇府、乡计生办、秀峰派出所、秀峰村委等单位开始频频光顾他家三兄弟'
     '开的餐馆，饭后对方直接签单消费走人，很高峰时被拖欠了10多万元。见欠款有增无减，到2000年，朱东海'
     '等人经营的餐馆只好关门大吉。此后，他多次上门讨要欠款，却遭到对方的推脱，至今仍有一大笔钱无影踪。早在'
     '1985年，朱东海三兄弟就在秀峰村开了一家餐馆。而秀峰村此后成为秀峰乡政府所在地，当地所有行政机关都'
     '设在此处。据朱东海回忆，出于对公家单位的信任，他被积欠的饭钱越来越多。到了2000年，他们的餐饮店再'
     '也无法支撑下去。担心欠款无法收回，再办下去只能继续被拖欠，不敢再开了。我们的餐馆算是被公家单位吃垮了'
     '！朱东海一脸苦笑。自从餐馆关门之后，朱东海就开始四处要债，但也只能要回一半左右。至今11年了，他还被'
     '拖欠近3万元。他的债务人就是当地乡镇府、乡计生办、秀峰派出所、秀峰村委四家单位。在朱东海家中，记者看'
     '到他拿出的白条。其中，乡政府、乡计生办、秀峰派出所三家单位都盖有公章，乡政府、乡计生办是以结欠他人报'
     '销凭据作为欠条，事由是填着报销、日常费用，秀峰派出所则直接写上代办伙食！',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://m.nbnewpower.cn/shipin/2011/05-05/news37558.html',
     '萬興大市場是邳州市最大的農貿產品市場，從2004年開始，萬興大市場內一些小商販就開始陸續向當時的邳州'
     '市政府招待所——邳州迎賓館提供農副產品。2007年，邳州迎賓館改名易主之后，幾年來拖欠的小商販們的貨'
     '款卻遲遲沒有歸還。多年來小商販們通過各種途徑向政府有關部門討要欠款，一共一百多萬的欠款至今仍然有大部'
     '分沒有歸還。近日，記者對此進行了調查。邳州迎賓館在2004年開業后就作為邳州市政府的第一招待所使用，'
     '雖然注冊是企業，但賓館領導一直由市政府委派任命。2007年，邳州迎賓館被福建一家企業買下后改名易主，'
     '變成了現在的富興源酒店，而各類商販們所供貨的時間就是在2004年到2007年這三年之間。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://m.admirer.cn/dy/article/KFPK7OOK0553D36Y.html?spss=dy_author',
     '2025年12月初，一則政府采購公告在網絡上掀起軒然大波。廣西政府采購網顯示，廣西民族語文研究中心計'
     '劃以29500萬元，約2.95億元預算，采購5臺華為擎云W585x臺式計算機，折算下來單臺電腦價格高'
     '達5900萬元。這個數字瞬間擊穿公眾認知，網友驚呼這哪里是買電腦？公告詳細列出了電腦配置：華為海思麒'
     '麟9000C CPU、16GB內存、512GB+1TB硬盤、23.8英寸顯示器，支持統信與銀河麒麟國'
     '產操作系統。但網友查詢電商平臺發現，同款機型單臺主機價格僅4000元左右，整套配齊也不超過1萬元，5'
     '臺總價撐死5萬元，與2.95億預算相差近6000倍。隨著話題發酵，近20天的輿論熱議后，12月2日官'
     '方終于給出反轉回應：涉事單位工作人員承認是刊登錯誤，把預算單位元誤寫成了萬元，實際預算應為29500'
     '元，單臺均價5900元，符合政府采購3500-8000元的正常區間，目前正加急修改公告。5900元一'
     '臺的國產化電腦，符合事業單位辦公需求，預算沒毛病。有網友表示，政府采購公告流程繁瑣，偶爾看錯單位符號'
     '可以理解，沒必要上綱上線。還有人補充，框架協議采購的公告表述容易出現疏漏，涉事單位回應及時、修改迅速'
     '，已經盡到了責任。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://qdubb.cn/html/2014/dangfengzhengfeng_1231/4501.html',
     '為進一步精簡會議，改進會風，節約會議經費開支，日前，通海縣出臺《會議費管理辦法（試行）》，對會議的“'
     '分類和審批”、“形式和場所”、“開支范圍、標準和報銷支付”及“監督和管理”等作出制度約束。《辦法》規'
     '定，召開會議不得報銷以下費用，即：購買文件包、筆、筆記本、洗漱用品、紀念品、禮品、土特產的費用；擺放'
     '鮮花、植物、小食品、香煙及設置氣球拱門、制作背景板、懸掛歡迎布標、安排茶歇的費用；會議舉辦地的參會代'
     '表住宿費用；因提高用餐、住宿標準產生的費用；超出規定人數的會議人員、超過會期產生的費用；參會代表洗衣'
     '、長途電話、游覽、娛樂、健身費用；以保障會務為由，添置計算機、打印機等辦公用品產生的費用。《辦法》規'
     '定，嚴禁各單位借會議名義組織會餐或安排宴請；嚴禁從承接會議的賓館飯店提取現金及報銷費用；嚴禁套取會議'
     '費設立“小金庫”；嚴禁在會議費中列支公務接待費；嚴禁“以會代訓”，舉辦培訓按照其他有關管理規定執行。'
     '各單位應嚴格執行會議用房標準，不得安排高檔套房；會議用餐嚴格控制菜品種類、數量和份量，安排自助餐，嚴'
     '禁提供高檔菜肴，不安排宴請，不上煙酒；會議會場一律不擺花草，不制作背景板，不提供水果；不得組織會議代'
     '表旅游和與會議無關的參觀；嚴禁組織高消費娛樂、健身活動；嚴禁以任何名義發放紀念品；不得額外配發洗漱用'
     '品。《辦法》明確，對違反辦法規定的，由財政、監察、審計等部門責令改正，追回資金，并經報批后予以通報；'
     '對直接負責的主管人員和相關責任人，報請有關部門按規定給予黨紀政紀處分；造成浪費的，按照《黨政機關厲行'
     '節約反對浪費條例》規定處理；如行為涉嫌違法的，移交司法機關處理。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.zhetiaohe.com/ss/45f317e7a6e1692192ad8b4974f41cb8fe6252f006c8c99796e'
     'efa673416c1de5d51a93551880308.html',
     '政府指定采购单位违法吗',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH141, "fresh141")
