"""Sealed batch fresh135: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh133th.py; the batch and its row ids are "fresh135".)

Theme: wage arrears and labour inspection (欠薪, 农民工工资, 工资保证金, 劳动保障监察大队,
人社局): a 信访办主任 calling beaten wage claimants "活該", a 劳动监察 clerk chasing workers away
because the debtor is a government school, townships and a city government owing workers on
government projects or diverting the money, a 劳动保障所 head keeping part of a worker's injury
compensation, deputy heads of a 支队 diverting the wage-guarantee fund, 人社 employment bureaus'
training funds, a 驻京办 turning away a six-year arrears case, village cadres in a road contract
whose builder owes the villagers; out items are 拒不支付劳动报酬 criminal cases, an arbitration
award challenged in court, an arbitrator's account, an injured worker's bills, workers' own wage
claims (one with complaints against the county and town), a paper on the 恶意欠薪罪 and a 人社局
answer to a 政协 proposal. Named labour-inspector bribery cases were scarce in the stored pages, so
three in items come from neighbouring ground: the 阿坝 employment-fund cases (008), the 海宁 安监局
inspectors taking gifts from the firms they inspect (009) and a 街道 cadre taking favours from a
school-building contractor (010). Sources (stored-pages search): a 看中國 copy of the 南方都市報
report on 東莞 葉柱權 (traditional); a commentary on the 遵化 劳动监察大队; a commentary on the
宝莲寺镇 arrears; a report on the 巴拉格歹乡 wages; a 齐鲁网 copy of the 中国之声 report on the
四平 road money; a 新華網 copy of the 中央紀委 story on 玉環 吳福康 (traditional); a 天津商业大学
审计处 copy of the 郴州 audit case; an 恩平 纪委 copy of the 阿坝 就业系统 case; an fx361
copy on the 海宁 安监局; a 中国海洋大学 纪委 site copy on 路桥 牟逢春; a commentary on the 台江 arrears
and the 黔东南州驻京联络处; a 攀枝花 report on the 烂柴湾村 road; out: a copy of a newspaper
report on a 湛江 subcontractor, a copy of a report on a 许昌 judgment, a 0735jby report on 甘興's
award (traditional), a 上海人社 arbitrator's note, a 2006 海口 report on an injured worker, a
工人日报 report on 中梁镇 workers, a report on the 许堡乡 门庭 wages, a 问答 post by 井洞村 well
diggers, the 义联 paper on the 恶意欠薪罪 and the 楚雄州人社局's answer to a proposal. Three texts
are in traditional script (items 1, 6, 15).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, decks, sub-headings,
bylines, datelines, captions, source tags ("【看中國訊】南方都市報報導，", "据中国之声《新闻纵横》
报道："), the site tag "融易资讯网(www.ironge.com.cn)," inside a sentence of 019, numbered
headings and the truncated last sentences of the stored copies removed); paragraphs joined;
ASCII punctuation written full-width except inside numbers ("73.2万余元", "1.608%"), the ASCII
"--" of 020 written "——"; the footnote marks "[1]" to "[4]" (021) and the placeholders "XXXXX"
(016) kept. Page oddities kept: "聯係", "來源于" (006), "辭職后于", "勞動關系" and "并要求" in the
traditional 015, "自來水", "沒把", "过來" and "笫二期" in the simplified 020, "付乡长" (019), "20108月底"
(021, the page lost "年"), "该议案内容" (022), the subjectless "与等在这里…汇合在一起。" (004).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the staff of a public 劳动保障所 or 劳动监察大队 count as public servants), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Workers, claimants, reporters, victims,
witnesses, firms, contractors and 包工头 without a post, and officials who only handled,
investigated, judged, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit); a
surname with a title is (surname, position, unit), as '李' '站长' in fresh107th.py. Names,
positions (as first written with the name, "原" kept) and units as written. A public body's own
arrears to workers on a government project are an allegation (IS.MAS.02, 群众纪律), not a
separate claim: such items are in and not mixed; an item is mixed when the workers' own claim
is against one party and the misconduct alleged is another's (011, 012, 020). Topics only from
the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (011, 012,
020). Out types: 涉法涉诉 4 (013-016), 个人利益诉求 4 (017-020), 其他 2 (021, 022). 19 accused
entries, all in items 1-12: 15 with a full name (葉柱權, 吳福康, 竹勇, 宋跃斌, 肖素琼, 张国辉,
卢朱平, 董明祥, 陈国荣, 董建平, 陈新甫, 程俊祺, 牟逢春, 雷德银, 李勇兵), 1 surname only (王), 3
post only (002, 007, 011). Items 003 and 005 are in scope with no accused entry. Out items
have no accused entry.

Close calls:
 1  Traditional, 看中國 copy: the headline, the date line, "【看中國訊】南方都市報報導，", the
    sub-headings "工人討薪遭黑衣人毆打" and "「要交學費，那是你的事情哦」" cut; ends before the
    truncated "昨天下午3時…" sentence. 葉柱權 '信訪辦主任' of '東城區政府信訪辦' as written. Hard:
    the "政府的人…其中一個戴墨鏡的" who ordered the beating is an official of no stated post or
    unit; not given an entry (could be (None, None, None)). The 黑衣人, the 酒店 and 田先生 are
    private. Only 群众纪律 (could add 工作纪律).
 2  A commentary; the headline cut; cut before the "媒体曾报道" paragraph on the 东莞 信访办主任
    (item 1's case, truncated in the copy). The 接待室 clerk: (None, '工作人员',
    '遵化市劳动监察大队'). The 职教中心 that owes 老何 is "政府的" (a public debtor, see the
    conventions): in, not mixed (hard: 老何's arrears could be read as a separate claim). 群众纪律
    (推诿, 呵斥).
 3  A 2006 commentary on a 人民日报 letter; ends before the truncated "官府诉讼，一应花销都…". The
    宝莲寺镇政府 and "该镇党委、政府" are organs and "该镇领导" an unnamed group: in, no entry.
    群众纪律 (拖欠) and 形式主义官僚主义 (the "层层上报的清偿数据弄虚作假"; could be 工作纪律).
 4  The caption line and the sub-heading "农民说：干的是政府惠民工程" cut; ends before the last
    sentence (its end is cut off in the copy). "王乡长" gives ('王', '乡长', '巴拉格歹乡'); the
    乡政府 is the debtor (organ). In, not mixed (the township's own arrears); 田凯 and 老申头
    are workers. Only 群众纪律.
 5  The page's "全部" line, headline, source and date lines, the lead tag "据中国之声《新闻纵横》报道："
    and the sub-heading cut; ends before the truncated 许先生 sentence. "四平市政府" that diverted
    the 1.9亿 is an organ; 许先生 (a state contractor's manager) is the claimant: in, no entry,
    not mixed (hard: his 工程款 claim against the 指挥部 could be read as a separate claim, then
    mixed). 群众纪律 (拖欠) and 廉洁纪律 (挪用, IS.INT.09).
 6  Traditional; headline, share and source lines and the sub-heading "企圖瞞天過海 不料反露馬腳"
    cut; ends before the truncated "原來在聽聞李士廣去…". 吳福康 first written "原玉環人力資源和
    社會保障局城區勞動保障所所長吳福康": ('原所長', the whole unit as written). 孫婉琴 only
    investigates; 李士廣 is the victim. Could be read as off theme (injury money rather than
    wages). 贪污贿赂 and 群众纪律 (克扣赔偿金).
 7  The 审计处 header and the headline "斩断伸向农民工保障金的“黑手”" cut, the sub-heading
    "初现端倪" cut; ends before the truncated 延伸审计 sentence. Hard: "J支队先后两任副支队长"
    are two unnamed officials; one entry (None, '副支队长', 'J支队') for the post (could be two
    entries, or none as an unnamed group). The "R局局长" is only audited. 廉洁纪律 (挪用保障金)
    and 滥用职权 (执法不作为、乱作为).
 8  Neighbouring ground (人社 employment funds, not wages). Site lines, headline and the
    sub-heading "贪欲充盈：清水衙门里吃起“唐僧肉”" cut; ends before the truncated 2012 sentence.
    竹勇 with both posts as in fresh104th.py's 赵中社 ('原党组成员、公共就业和人才交流服务局原局长',
    '茂县人力资源和社会保障局'); 宋跃斌 and 肖素琼 with their 就业局. The 49 cadres are an unnamed
    group; the 州就业局负责人 only explains. 贪污贿赂 and 廉洁纪律.
 9  Neighbouring ground (安监 inspectors). The date and author lines, headline and the
    sub-heading "变味的“人情”" cut; ends before the truncated 二手车 sentence. Seven entries as
    listed, the 科 or 大队 in the position and the unit '海宁安监局' as written before the list
    ('海宁市安监局' for 张国辉). 沈某 is a businessman. 贪污贿赂, 廉洁纪律 and 八项规定 (吃吃喝喝,
    娱乐场所, 购物券).
10  Neighbouring ground (a contractor's favours, not wages). Starts at the 牟逢春 paragraph (the
    page's opening paragraph on the 教育局 officials and the sub-heading "街道干部主动索贿" cut, so
    "该区" has no antecedent); ends before the truncated 后悔 quote. ('牟逢春', '人大原副主任',
    '螺洋街道'); 张某 is the 包工头. 贪污贿赂 and 廉洁纪律.
11  Mixed: the workers' 2497万 claim against the state-owned 台江扶开公司 (个人利益诉求 through
    their 代理人) beside the 驻京联络处 主任 who turned them away. Headline and two sub-headings
    cut; ends before the truncated 李炳军 sentence. (None, '主任', '黔东南州驻京联络处'); the
    "曾曝出" 民警 bribe is an old unnamed case (no entry); 李炳军 only instructed; the "地方部门"
    are organs. 群众纪律 (推诿) and 形式主义官僚主义 (批示空转).
12  Mixed: the villagers' 务工费 claim against the builder beside "该村主要村干部在工程承包操作
    过程中存在问题". Byline and sub-heading cut; ends before the 朱定军 sentence (its end is cut
    off in the copy), so the sub-contracting is not in the text. Hard: the allegation names no
    one, but the 村支书 雷德银 and 村主任 李勇兵 are "村主要干部" who took the road contract: two
    entries. The 共和乡政府 负责人 only answers. Only 廉洁纪律 (IS.INT.03).
13  涉法涉诉: a 拒不支付劳动报酬 case handed to the police; headline and bylines cut; ends before
    the truncated 讨薪 sentence. The 人社局 and police only act; 何某令 and 徐某诚 are private.
14  涉法涉诉: a court's report of a 拒不支付劳动报酬 judgment; headline and bylines cut; ends
    before the truncated 检察院 sentence.
15  涉法涉诉, traditional: a worker's arbitration award and the firm's application to set it
    aside; headline and the "法院裁定" head cut; ends before the truncated 法院認為 sentence.
16  涉法涉诉: an arbitrator's own account of a wage arbitration between former spouses; the
    "仲裁手记" head and title cut; ends before the truncated phone-call sentence. Could be read
    as 其他 (a narrative by the arbitrator).
17  个人利益诉求, SMS-length: an injured worker's medical bills, settled by the boss. The
    dateline "本报海口12月27日讯（记者吴懿斌）" cut. Could be read as 其他 (a news report of a
    settled claim).
18  个人利益诉求: 500 workers' arrears on an illegal building; the deck lines, headline, captions
    and sub-heading cut; ends before the truncated 镇政府 sentence. The 镇政府 staff only answer
    that it is "违法建筑" (the deck's "镇政府称不知情" is cut): out, not mixed (hard).
19  个人利益诉求: three sub-contractors' 门庭 wages owed by two private contractors; the date and
    source line, three title lines and the two numbered headings cut, the site tag removed;
    ends before the truncated "因…". 李海江 and 李奇 (乡 officials) only answer.
20  Mixed, 个人利益诉求: the well diggers' own 195600元 claim against the village, with "县里…吃霸王
    餐" and the 车头镇 pressure on the cadres. The question title and three sub-headings
    ("县政府玩忽职守…", "车头镇党委、政府霸道行政 ，助纣为虐" among them) cut; ends before the
    truncated "村干部只…". Organs only: no entry.
21  其他: a paper on the 恶意欠薪罪; header, logo, author lines, "【摘要】", "【关键词】…" and the
    heading "一、问题的提出…" cut; ends before the truncated 2011 sentence.
22  其他: a 人社局 answer to four 政协委员' proposal (the members only propose); the file number,
    the heading "一、欠薪屡治不绝的成因" and the markers "（一）", "（二）" cut (their heading
    sentences kept); ends before the truncated sentence on 临时用工.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH135: list[Item] = [
    # 01
    ('https://m.yaggayow.com/news/b5/2010/07/30/361266.html',
     '工人拿不到工資，是「交學費」，工人討薪被打，是「活該」。也許你不相信，這話出自信訪辦主任之口。前天，'
     '東莞市東城區「藏寶國際大酒店」拖欠裝修工人工資，工人拉橫幅討薪，兩工人被不明身份的黑衣人毆打。昨天東'
     '城區政府信訪辦就此舉行協調會，會上工人再次提及工人被打一事，主持會議的信訪辦主任葉柱權卻稱「活該」。'
     '該信訪辦主任在會上情緒激動，甚至拍桌子罵女工人為「潑婦」，稱工人拿不到工資是「交學費」。昨天中午，東'
     '莞市莞龍路的石碣路邊一幢正在裝修的大樓下站著近200名工人，拉著寫著「藏寶國際大酒店還我工人血汗錢」'
     '的橫幅。小包工頭田先生說，他們近200工人為「藏寶國際大酒店」做了三個月裝修，但至今一分工錢都沒有拿'
     '到。「按合同，酒店應每個月向我們支付工程款的70%，這樣算來，這家酒店總共欠了我們將近200萬元。」'
     '前天上午，這些工人就在此處聚集討薪。「當時政府的人過來了，還有警察、治安員。有幾名身穿黑衣服的人打了'
     '我們。」工人李明生說，「我們跟政府的人理論，他們其中一個戴墨鏡的就叫‘不聽話就給我打’，隨即上來幾名'
     '身穿黑衣服的人，將橫幅下的竹子抽出，猛打在我額頭上，再朝我的腹部猛刺，然後一腳踢在我的下陰，將我打倒'
     '在地。」他的額頭和腹部都包著紗布，褲子上仍留有血跡。被打的還有田先生的妻子左雲飛及其弟弟，左雲飛說：'
     '「當時一個高個子黑衣人，把我弟弟打倒在地，我的眼鏡也被打爛了。連女人都打！」',
     'in', None, False, ['群众纪律'],
     [('葉柱權', '信訪辦主任', '東城區政府信訪辦')]),
    # 02
    ('http://foodmate.cn/hrinfo/guanxi/56163.html',
     '近日，农民工老何等3人从唐山出发来到河北遵化市劳动监察大队。最近两年，被长期拖欠薪酬的老何和他的工友'
     '们，曾多次到遵化市劳动部门寻求帮助，每次都是无功而返。这次，遵化市劳动监察大队接待室的工作人员了解来'
     '意之后说：“职教中心是政府的，政府的事我们管不了，如果是私人企业那种，比如盖小区的，我们能管。”要不'
     '到钱意味着老何孙女的心脏病手术无法进行，他和工友再次返回劳动监察大队，希望能有转机。“你还要我跟你说'
     '多少遍才能明白啊，你赶紧给我走，听见了么，别在这待着。”这名工作人员再次呵斥。又到了农民工讨薪的高峰'
     '期，一说到讨薪难，人们首先想到欠薪的无良企业——企业欠薪不还，理应被法律严惩，但农民工讨薪路上遇到的'
     '辛酸与无奈，又何止来自欠薪企业？劳动监察部门本有责任帮农民工讨薪，但河北遵化市劳动监察大队这名工作人'
     '员这句“你赶紧给我走，听见了么，别在这待着”，堪称近期最让人寒心的话，政府公信力也是这样流失的。即便'
     '欠薪的职教中心确实是政府的，也不意味着劳动监察部门就可以叱责农民工“赶紧给我走”，难道政府部门就可以'
     '冠冕堂皇地当“老赖”？农民工讨薪遇到难题，不找劳动监察部门找谁，找上门来正是寄望于通过合法渠道化解讨'
     '薪难。如果劳动监察部门不为农民工说话，岂不堵死了农民工的讨薪路？翻检现实，不作为或乱作为的监管部门委'
     '实不少，比如有农民工求助监管部门，结果被推来推去，以至于农民工感叹“（我们）就像皮球一样，被一脚踢过'
     '来，一脚踢过去”、“像孤儿一样无助”。',
     'in', None, False, ['群众纪律'],
     [(None, '工作人员', '遵化市劳动监察大队')]),
    # 03
    ('http://old.zgrm.org/detail.asp?id=473',
     '8月6日《人民日报》刊发农民工来信说：1994年，河南安阳县70多名农民工承包安阳县宝莲寺镇的开元大'
     '道修路工程，完工后，宝莲寺镇政府拖欠150多万元工资。之后，该镇党委、政府签订还款协议承诺每年还50'
     '多万元，到1999年6月30日还清。然而，该镇领导还了部分欠款后，剩余的61万元（不包括利息）迟迟不'
     '给。为讨回血汗钱，7年来，这些农民工去过镇里无数次，都失望而归。中共中央机关报把这封控诉信刊发出来，'
     '足见其问题性质恶劣。这是一件凝聚着农民工兄弟无限悲愤的控诉状！凡具人性常态和起码诚信意识的人读了这封'
     '人民来信，都绝不会无动于衷，一是对受欺骗愚弄的70多名农民工兄弟的深切同情，一是对赖皮政府的强烈愤慨'
     '，并会由此生出一串问号。问号一，全国范围的讨薪风暴已经刮了4年；国务院决定“用三年时间基本解决建设领'
     '域拖欠工程款和农民工工资问题”，三年“大限”已过；尤其是，早在2004年底国家建设部就发布权威统计说'
     '：“全国2003年末以前拖欠的农民工工资已经清偿了95.88%。”（据2005年1月17日《人民日报'
     '》）时间又过去了一年零七个月，所剩的4.12%的尾巴，早该偿还完了。为什么宝莲寺镇政府7年前拖欠的6'
     '1万元农民工工资没有还？显然，层层上报的清偿数据弄虚作假了，中央机关的“权威统计”显了尴尬，失了可信'
     '。目前到底还有多少像宝莲寺镇政府这样的赖皮机关、赖皮企业、赖皮工头，全国拖欠农民工血汗钱的总额到底还'
     '有多少，惟有天知道！不能再“层层哄，级级骗”下去了，应该有一个实实在在的交待了。问号二，欠薪的农民工'
     '怎么不起诉宝莲寺镇政府？可能会有不少人这么想。毕竟目前我们的国家还处在努力构建“法治社会”的进程中，'
     '在这样的政治环境之下，“民告官”谈何容易？',
     'in', None, False, ['群众纪律', '形式主义官僚主义'],
     []),
    # 04
    ('http://zbcbb.com/finance/bgt/2017-01-05/26952.html',
     '眼看就到新年了，内蒙古兴安盟科尔沁右翼前旗人民政府门口，仍聚集着来自黑龙江和吉林等地的农民工，他们眼'
     '神焦急，表情无助。这些人在政府门前走走停停，犹犹豫豫，望着门楼上高悬国徽的科尔沁右翼前旗的政府大楼，'
     '他们不知道这一次能不能进去。2016年4月，家住黑龙江省龙江县龙江镇的老申头和临近村镇的乡亲们共计3'
     '00余人，在老乡田凯的带领下，来到了兴安盟科尔沁右翼前旗的巴拉格歹乡打工。与等在这里的来自吉林的农民'
     '工汇合在一起。这么多人能离家从黑龙江、吉林到兴安盟科尔沁右翼前旗打工，一方面是来自对工头田凯的信任。'
     '田凯四十多岁，多年来一直带着乡亲们在外从事土建施工，从没欠下过乡亲们的工钱；另一方面是来自对这个项目'
     '发包者科尔沁右翼前旗巴拉格歹乡政府的信任，当时听田凯说这是政府的惠民工程，乡亲们更放心了，纷纷扛着行'
     '李卷登上了去往兴安盟方向的客车，在这些农民眼里，政府是不会坑害百姓的。2016年4月15日，近500'
     '名农民工开始了对巴拉格歹乡9个行政村的村容村貌整改及围墙施工。2016年10月，项目按约定完成。这期'
     '间，巴拉格歹乡政府方面除了给少量的生活费之外，工人们没有拿过满月的工资。据张姓农民工讲，从完工之日起'
     '，他们多次去乡里讨要工资，王乡长开始还好好说话，去的次数多了，王乡长就表现得有些不耐烦了，有一次竟然'
     '说，别说乡里没有钱，即使有钱也不能给你们，这句话，让好些农民工接连几晚没睡着觉。',
     'in', None, False, ['群众纪律'],
     [('王', '乡长', '巴拉格歹乡')]),
    # 05
    ('http://news.iqilu.com/china/gedi/2019/0114/4165583.shtml',
     '有车的朋友可能经常会问，我交的车船税，用到哪儿了？部分车船税资金，就用来翻新、修建道路，可谓取之于民'
     '用之于民。比如2017年建成通车的绥化至沈阳的203国道，建设资金就来自纳税人缴纳的车船税。但是在吉'
     '林四平，有农民工反映，有1.9亿的车船税专项资金本该用来支付他们的工程款，却被四平市政府挪作他用。导'
     '致2017年就完工的工程，至今拿不到工钱，每次去找，都是要他们“再等等”。中央划拨专项资金专款专用，'
     '四平市把应该给农民工的工钱，用到哪儿了？许先生是中交一公局第六工程有限公司的项目负责人，2016年1'
     '0月，他们与四平市交通局下设的绥沈公路建设指挥部签订合同，负责该公路四平境内服先至金宝屯段的一个标段'
     '建设。从2016年开工建设，到2017年10月验收完成，可是施工结束后，工钱却迟迟没有下发。许先生说'
     '，工程款6700多万，总共涉及700多人，现在欠农民工两千万左右，按理说完工就应该给：“因为刚开始说'
     '是资金没到位，但为了抓紧通车。我们也信得着指挥部，我们这些人就贪黑起早的干，基本提前完成任务了，完工'
     '了说的指定差不了钱，因为这是国家专项资金，绥沈公路建设指挥部，交通局下属的。”本以为，给国家干工程，'
     '有专项资金拨付，市交通局负责，工钱肯定没的说，但左等右等，还是等不来属于他们的钱。一开始以为是资金没'
     '到位，但后来，许先生看到绥沈公路在其他城市的标段，都已经拿到了工钱，只有他们的钱“资金没到位”，再去'
     '找，才被告知，中央拨付的钱到了四平，只不过，被挪作他用了。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     []),
    # 06
    ('http://big5.news.cn/gate/big5/www.xinhuanet.com/legal/2019-05/06/c_1124456771.htm',
     '在今年“五一”勞動節前夕，浙江省玉環市人民法院公開宣判原玉環人力資源和社會保障局城區勞動保障所所長吳'
     '福康貪污受賄案件。當天法庭旁聽席上座無虛席，而其中不少是身穿工作服的企業工人。一起普通的貪污受賄案件'
     '，為何得到這麼多企業工人的關注？其背後究竟隱藏著什麼故事？根據玉環市紀委監委工作人員介紹，這起案件的'
     '線索來源于一次群眾現場舉報。孫婉琴，是玉環市紀委監委派駐第三紀檢組組長，市人力資源和社會保障局是她負'
     '責聯係監督的單位，而城區勞動保障所是人社局下屬的一家事業單位，負責勞動仲裁和勞動監察兩項職能。在一次'
     '市人社局駐點監督過程中，一位名叫李士廣的工人找到孫婉琴，反映有人“吃”了他的傷殘賠償金，而對象直指時'
     '任城區勞動保障所所長吳福康。李士廣是玉環市一家機械公司的工人，在上班途中發生交通事故受傷，事後他要求'
     '企業賠償工傷有關費用。該公司通過委托城區保障所進行仲裁調解後，他從吳福康手中拿到了37000元的賠償'
     '金。後來，他從同公司的工友那裏聽聞，公司實際賠償金額是45000元。從45000元到37000元，這'
     '裏面的8000元怎麼會不翼而飛呢？一氣之下，他就過來實名舉報。玉環市紀委市監委派駐第三紀檢組迅速成立'
     '調查組，對這一問題線索進行初核，分別找到企業方負責人、經辦人了解情況。出乎他們意料的是，企業方竟然異'
     '口同聲地否認，一致回復賠償金額只有37000元。然而，通過核查財務憑證、銀行流水等數據，企業負責人不'
     '得不吐露真相。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('吳福康', '原所長', '玉環人力資源和社會保障局城區勞動保障所')]),
    # 07
    ('http://sjc.tjcu.edu.cn/html/xxjl/aljs/2017/06/13/23d379e1-e40b-4a73-a22b-279ecab15d7a.html',
     '建立建筑行业农民工工资保障金制度是党中央、国务院高度重视农民工切身利益的一项重要举措，对于保障农民工'
     '的合法权益，从源头上治理和预防拖欠、克扣农民工工资行为具有十分重要的意义。2004年，湖南省政府下发'
     '了关于建立建筑行业农民工工资支付保障金制度的通知，郴州市于2006年初正式执行这一惠民制度。2013'
     '年，郴州市审计局在对R局局长进行任期经济责任审计时，对其二级独立核算单位——J支队进行了延伸审计，发'
     '现挪用农民工工资保障金的重大违法违纪问题线索。针对J支队先后两任副支队长系副处级领导干部，于是采取财'
     '产保全措施，单独立项实施经济责任审计，深挖问题，及时移送案件线索。最后，审计部门与纪检、监察、司法机'
     '关联手，共同查处了一起利用职务之便，多次挪用农民工工资保障金牟取私利、购置私车或借给他人使用，行政执'
     '法不作为、乱作为的违法案件。2013年10月，根据郴州市领导干部经济责任审计领导小组确定的审计计划，'
     '市审计局派出审计组对R局局长进行任期经济责任审计。为做到有的放矢，审计组进行了大量审前调查，摸清了R'
     '局的基本情况，了解到R局二级独立核算单位有16个，管理的专项资金种类多、规模大，涉及的政策面广，且R'
     '局收费和执法存在不少问题。由于全面厘清R局情况与审计力量不足的矛盾十分突出，审计面面俱到肯定是不现实'
     '、行不通的。',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [(None, '副支队长', 'J支队')]),
    # 08
    ('http://jijian.enping.cn/a/anjianjingshi/20201012/6236.html',
     '茂县人力资源和社会保障局原党组成员、公共就业和人才交流服务局原局长竹勇接受纪律审查和监察调查，九寨沟'
     '县公共就业和人才交流服务局副局长宋跃斌接受监察调查，马尔康市公共就业和人才交流服务局原局长肖素琼主动'
     '投案接受纪律审查和监察调查……2018年12月开始，四川省阿坝藏族羌族自治州纪委监委网站接连发布审查'
     '调查信息，涉嫌违纪违法人员均正在或曾在就业系统任职。经查，全州13县（市）就业系统共有49名干部受到'
     '党纪政务处分，15人被移送司法机关，涉案资金1200余万元。究竟何人在其中兴风作浪？系统性违纪违法问'
     '题又如何隐藏数年不被发现？在大多数人心中，就业局主要负责向社会提供公共就业服务，权力不集中，腐败问题'
     '发生较少，是名副其实的清水衙门。阿坝州就业系统系列案查处后，就连一些办案人员也对涉案人员之多、涉案面'
     '之广感到不可思议。这起系列案主要针对就业专项资金。阿坝州就业局相关负责人介绍，“专项资金大部分用于加'
     '强劳务品牌培训和农民工返乡创业培训，提升劳动者职业素质和就业能力。”每年州就业局审核培训学校资质合格'
     '后，各县就业局从中选取合作方，组织人员参训，并负责专项资金的拨付和监管。由于培训班大多分散在村中，资'
     '金量多为几万元，没有达到公开招投标的标准，县就业局确定哪所学校承揽培训业务，便带有了“指定”意味，这'
     '为培训学校老板提供了活动空间。早在2010年，《国务院关于加强职业培训促进就业的意见》就提出加大职业'
     '培训资金投入。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('竹勇', '原党组成员、公共就业和人才交流服务局原局长', '茂县人力资源和社会保障局'),
      ('宋跃斌', '副局长', '九寨沟县公共就业和人才交流服务局'),
      ('肖素琼', '原局长', '马尔康市公共就业和人才交流服务局')]),
    # 09
    ('https://m.fx361.cc/news/2015/0910/9660213.html',
     '在浙江海宁市安监局的这起窝案中，7名中层以上干部落马，他们中不仅有人主动向企业老板伸手要钱，也有人拿'
     '了贿款后集体分赃，还有人退居二线依然贪腐……去年以来，仅有30名正式员工的浙江海宁市安监局，就有7人'
     '因贪污受贿落马，其中包括2名局级领导和5名中层干部。这些人“成群结队”走上腐败路，不禁让人疑问，海宁'
     '安监到底怎么了？去年10月19日，海宁市安监局原副局长张国辉因受贿罪，被该市人民法院判处有期徒刑7年'
     '10个月，并处没收财产5万元。在此之前，海宁安监局原副局长卢朱平、行政审批科原科长董明祥、行业监察科'
     '原科长陈国荣、监督管理科原副科长董建平等4人已被判刑，该局办公室原主任陈新甫涉嫌受贿被起诉，安全生产'
     '监察大队原大队长程俊祺正在接受立案调查……这些官员的落马，始于“人情”往来变味，其中最典型的是卢朱平'
     '。他2008年调任市安监局副局长，2010年，他开始分管行政审批工作，负责对辖区内危险化工企业经营、'
     '烟花爆竹批发零售的审批事项。这之后，卢朱平身边的“朋友”多了，而介绍这些“朋友”的，是安监局行政审批'
     '科原科长董明祥。经过董明祥的介绍，卢朱平的社交圈扩大了，他经常和企业老板们吃吃喝喝、出入各种娱乐场所'
     '，开始和这些老板称兄道弟，收受他们的礼品。这些人中，一个化工企业老板沈某最“积极”。2012年初，沈'
     '某刚认识卢朱平时，就经常给他送几百上千元的购物券、加油卡，两人的关系也愈加密切。一次，卢朱平得知沈某'
     '准备买辆二手车，就随口说了句：“兄弟，车子买来，先让我开开。”沈某当场答应。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '八项规定'],
     [('张国辉', '原副局长', '海宁市安监局'),
      ('卢朱平', '原副局长', '海宁安监局'),
      ('董明祥', '行政审批科原科长', '海宁安监局'),
      ('陈国荣', '行业监察科原科长', '海宁安监局'),
      ('董建平', '监督管理科原副科长', '海宁安监局'),
      ('陈新甫', '办公室原主任', '海宁安监局'),
      ('程俊祺', '安全生产监察大队原大队长', '海宁安监局')]),
    # 10
    ('https://jw.ouc.edu.cn/2013/1028/c7847a44545/page.htm',
     '2012年4月，区检察院对长期承包该区教育系统基建工程的包工头张某进行调查，随之牵出了该区螺洋街道人'
     '大原副主任牟逢春。之后，区纪委迅速对牟逢春展开调查，并很快查清了其违纪违法事实。2009年，该区南山'
     '小学基建工程上马，张某承包了该工程。作为分管教育的街道领导，牟逢春把这看成自己退休前大捞一笔的最后机'
     '会——隔三差五地收受张某“奉上”的汽油卡、超市卡；编造理由索要香烟；让张某给其儿子的手机充值；甚至长'
     '期“借用”张某的轿车。为了让钱来得更快，牟逢春还开始违规入股投资娱乐场所。资本不够，他便向张某长期无'
     '息借款25万元；投资的娱乐场所工作人员宿舍要维修，他也让张某负责，人工费、材料费分文不付……据办案人'
     '员透露，牟逢春任职期间共收受购物卡、现金等财物共计人民币6万元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('牟逢春', '人大原副主任', '螺洋街道')]),
    # 11
    ('http://hbwhxs.cn/zixun/27834.html',
     '年关岁末，数百名农民工的血汗钱仍在寒冬中煎熬。黔东南州驻京办“不管这种事”的冷漠回应，揭开了台江县扶'
     '贫开发投资集团有限责任公司拖欠2497.41万元工程款及工资长达6年的黑幕。更令人震惊的是，即便20'
     '21年时任贵州省长李炳军已明确批示要求处理，地方部门仍置若罔闻，甚至以“霸王条款”胁迫农民工，这场跨'
     '越6年的欠薪纠纷，早已不是简单的经济问题，而是基层治理失灵、民生底线失守的典型写照。作为地方政府在首'
     '都的“窗口”，黔东南州驻京联络处本该是连接群众与政府的“连心桥”。但现实却是，这个租赁三层办公楼、年'
     '租金超百万元、配备三名主任及多名工作人员的机构，面对农民工代表的合理诉求，竟上演了一场“踢皮球”的闹'
     '剧。农民工代理人石先生满怀希望上门求助，换来的却是某位主任“面露嫌弃”的粗暴打断：“我们不管这种事，'
     '别跟我说”。工作人员不仅拒绝接收材料，更拒绝转交诉求，将“服务群众”的职责抛诸脑后。如此高成本运营的'
     '驻京联络处，沦为对群众急难愁盼视而不见的“空壳子”，其冷漠程度与政府机构应有的民生情怀背道而驰。更值'
     '得追问的是，这个曾曝出民警挂职期间受贿遣送访民业务的驻京联络处，是否早已丧失了基本的履职初心？这起欠'
     '薪案的起点，是2018年至2019年的台江县台盘安置房项目，一项关乎民生的政府工程。300余名农民工'
     '从江西跨省到贵州辛苦劳作，工程审计确认工程款8484.11万元，而台江扶开公司却在工程完工后恶意拖欠'
     '，这一拖就是6年。',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     [(None, '主任', '黔东南州驻京联络处')]),
    # 12
    ('https://yybnet.net/panzhihua/yanbian/201012/4970552.html',
     '因为在11.3公里的村道工程中产生的问题，12月8日，盐边县共和乡烂柴湾村多位村民数次联名向本报“民'
     '生·社会”热线反映，工程施工方拖欠全村100余位村民共计130余万元务工费已近两年之久，至今没有解决'
     '；同时他们还反映，该村主要村干部在工程承包操作过程中存在问题。村民们反映的情况到底怎样，本报记者就此'
     '到共和乡采访。烂柴湾村的村道是上世纪70年代修的一条伐木土路，宽处不到2米，窄处仅0.5米；因为年久'
     '失修、雨水冲刷等原因，整条道路崎岖难行；村里人运肥料、拉烟叶等农用物资和农产品，最常用的交通工具是摩'
     '托车。扩建、硬化村道成了烂柴湾村迫切需要解决的问题。2008年底，烂柴湾村通过了村道通畅工程的立项。'
     '2009年3月，烂柴湾村的村支书雷德银、村主任李勇兵从乡政府接过了修建村通畅公路的责任书；全长11.'
     '3公里的村道硬化工程开始启动，而由此也引发了村民与村主要干部之间的矛盾。“烂柴湾村村道硬化工程是由省'
     '、市、县按比例下拨资金，以每公里25万元的造价进行投建的；2009年3月18日开工，按计划同年年底就'
     '应完工，但由于施工方与村民就劳务费问题产生了诸多纠纷，导致工程多次停工，目前整个工程还有200多米没'
     '有完工。”今年11月23日，共和乡政府有关负责人告诉记者。一位村民讲，烂柴湾村虽然地处偏远，修公路的'
     '造价却不会太高，因为这里的沙和石都很便宜，能省下不少的工程造价费。很多村里人认为，既然是本村的公路，'
     '就应该是村里人来修。',
     'in', None, True, ['廉洁纪律'],
     [('雷德银', '村支书', '烂柴湾村'),
      ('李勇兵', '村主任', '烂柴湾村')]),
    # 13
    ('http://monday.noabears.com/2971534/50801559.html',
     '广东湛江某建筑公司欠薪73万余元，包工头却以生病为由，跟警方玩起了“捉迷藏”，拒绝接受调查。近日，广'
     '东省湛江市公安局霞山分局严厉打击恶意欠薪违法犯罪行为，办理了这起拒不支付劳动报酬案，刑拘1名犯罪嫌疑'
     '人，为30名工人追回劳动报酬。2022年12月14日，湛江市公安局霞山分局建设派出所接到区人力资源和'
     '社会保障局移交的一宗拒不支付劳动报酬案件。据人社局反映，该案所涉及的项目总包公司是广东万某建筑工程有'
     '限公司（以下简称万某公司），基坑支护专业分包单位是某经建筑工程（湛江）有限公司（以下简称某经公司），'
     '某经公司法人代表为徐某诚，某经公司派驻该项目负责人（包工头）为何某令。2022年9月7日，该项目工人'
     '王某文等30名工人向人社局反映在该项目被某经公司拖欠工资共计73.2万余元，人社局于当月13日立案查'
     '处，并分别找到徐某诚和何某令询问调查督促支付拖欠的工人工资。直到当年11月5日，人社局劳动保障监察综'
     '合执法大队从王某文等3名工人代表处了解到，30名工人被拖欠的工资仍未支付。随后，人社局先后于2022'
     '年11月7日和2022年11月17日两次向某经公司发出《劳动保障监察限期改正指令书》，要求某经公司限'
     '期支付王某文等人被拖欠的工资。然而，某经公司未能在规定期限内结清王某文等人被拖欠的工资。2022年1'
     '2月14日，霞山警方接收该案件后，由建设派出所主办该案。次日，侦查民警立刻召集王某文等3名工人代表了'
     '解情况，经询问得知，工人工资均由何某令约定并支付，所有工人均未签订劳动合同。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://throat.ywf-taiyuan.com/Z_0147095.html',
     '“企业应严格执行员工薪酬制度，遇到困难了，应及时与员工沟通，避免劳动争议纠纷给企业及员工带来不必要的'
     '讼累。”1月7日，河南省许昌市中级人民法院组织法官深入辖区企业了解企业所需所求，并针对企业岁尾年终常'
     '见的劳资纠纷以案说法，引导企业规范员工薪酬等相关制度，防范法律风险。在一起拒不支付劳动报酬罪案件中，'
     '被告人杨某被许昌市建安区人民法院一审判处有期徒刑2年，缓刑3年，并处罚金1万元。2022年12月24'
     '日，许昌中院维持了一审判决。目前，该案判决已生效。据悉，2020年5月12日，许昌某健康科技有限公司'
     '职工李某等人向许昌市建安区人力资源和社会保障局劳动监察大队投诉公司拖欠职工工资，劳动监察大队立案后，'
     '于2020年5月14日对许昌某健康科技有限公司体检部实际控制人杨某下达了《劳动保障监察限期整改指令书'
     '》，责令许昌某健康科技有限公司体检部10日内支付拖欠的劳动者工资。收到限期支付劳动者工资整改指令后，'
     '被告人杨某作为许昌某健康科技有限公司、许昌某健康科技有限公司体检部的实际控制人，在有能力先行支付部分'
     '劳动者工资的情况下，仍拒不支付，并于2020年5月19日至6月1日期间，先后安排其公司出纳将公司资金'
     '用于支付体检设备CT机余款、购买体检试剂及支付水电费等。立案后，迫于压力，被告人杨某于2020年6月'
     '12日至14日向被拖欠工资的职工支付报酬11万余元。经审计，截至2020年6月30日，许昌某健康科技'
     '有限公司体检部欠发228名职工13个月工资共计284.75万元。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://m.0735jby.com/jj/2022/0315/25216.html',
     '因為拖欠工資，甘興辭職后于2021年2月向勞動爭議仲裁機構申請勞動仲裁，請求裁令公司向其支付被拖欠的'
     '工資及離職經濟補償金等費用。仲裁庭審中，甘興提交2020年6月至2020年12月工資表截屏打印件、2'
     '020年5月工資發放記錄截屏打印件等，證明其所在公司自2020年6月開始未付工資、扣發工資，因此，他'
     '于仲裁中要求解除勞動關系。公司主張其曾在會議上告知甘興工資每月以現金形式發放，因甘興本人未到財務處領'
     '取所以未發放，但公司未提交證據證明該主張。2021年12月23日，仲裁機構依據查明的事實裁決：一、公'
     '司支付甘興解除勞動關系經濟補償金5212.94元；二、公司支付甘興2020年5月21日至2021年2'
     '月2日期間工資15304.25元。該裁決對公司為終局裁決。公司不服仲裁裁決，但該裁決為終局裁決，公司'
     '只得向中級法院請求撤銷該裁決。公司的理由是依據《勞動爭議調解仲裁法》第49條第1款規定，用人單位有證'
     '據證明仲裁裁決有本法第47條規定相關情形之一，可以申請撤銷。公司稱，2020年7月1日，甘興與公司領'
     '導談過工資問題，領導告知其現金發放，甘興未提出異議。然而，甘興在仲裁期間隱瞞了這一事實，故請求撤銷仲'
     '裁裁決第一項，同意裁決第二項。甘興稱，2020年7月1日，公司開會說明工資改為現金發放，并要求將其工'
     '資轉為罰款。他沒去財務部門辦手續，公司亦沒有發放工資。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://rsj.sh.gov.cn/dzb/rsj/2025-12-04/aid/02-01.html',
     '书记员：“你好，请问是某实业公司负责人常某吗？”常某：“是的，你是哪里？”书记员：“这里是上海闵行区'
     '劳动人事争议仲裁院，劳动者宁某就劳动争议申请仲裁贵公司。我们向注册地上海XXXXX路寄送法律文书被退'
     '回，麻烦告知有效送达地址。”常某：“什么？他居然有脸告我？他连孩子的抚养费都拖欠至今！”书记员：“抚'
     '养费纠纷不属于本案处理范围，麻烦确认送达地址。”常某：“我现在北京，寄到北京XXXX路XX号XXX室'
     '。”这是一段书记员按照惯例核实当事人法律文书地址的对话，引出的却是我担任仲裁员十几年遇到的一起颇为特'
     '殊的劳动仲裁案件。一名劳动者要求公司支付拖欠近5年的工资30万元，看似普通，但凭我的直觉，5年的工资'
     '单位分文未支付，劳动者还继续工作了5年，这是怎样无私的付出精神？从中必有蹊跷！开庭前，我和申请人宁某'
     '取得联系，想着能先了解一下案情。宁某说他是做销售员的，5年的工资不发，无奈只好仲裁。我旋即抛出疑问，'
     '5年里公司都没付过工资吗？对方一开始支支吾吾，在我一再追问下，这才说出实情，原来宁某和常某曾经是夫妻'
     '，被申请人实业公司登记注册时，公司营业执照上登记的法定代表人就是常某。但这五年时间内，他确实没收到过'
     '公司发放的工资。随后我又问他，那这个公司现在还在正常经营吗？我们的仲裁文书寄往他仲裁申请书上所填写的'
     '公司注册地址被退回了。宁某表示，公司主要经营的是仪器、仪表的销售，在上海并无实际经营地，他主要都是通'
     '过微信与客户联系，当时的注册地只是个虚拟地址，现在公司已经没有其他员工了。庭前沟通的寥寥数语，已让案'
     '件疑点丛生。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://news.sohu.com/20061228/n247307123.shtml',
     '从工地上高空坠落，受伤摔断了臂骨，医院催着交费治伤，工地老板却迟迟不露面，伤者一气之下吊着胳膊肘儿到'
     '工地阻挠施工。本报昨天对此事进行报道后，施工方负责人终于出面与伤者协商，并答应出钱为其治伤。受伤的工'
     '人文兴瑞告诉记者，姓陈的老板下午到工地来与他协商，答应到医院去交医药费，并支付了1000元给他，作为'
     '他的生活费和护理费。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://www.workercn.cn/papers/grrb/2011/10/27/5/news-1.html',
     '年关将近，辛苦劳作一年的农民工们都希望怀揣血汗钱回家看望妻儿老小，可在重庆市沙坪坝区中梁镇茅山峡村一'
     '处建设工地，500多名农民工却欲哭无泪——2年多前他们在此打工，共计被欠下700多万元工钱，多的达到'
     '3万多元，少则几千元，数次讨要均无功而返。不得已，几十名农民工代表来到本报重庆记者站，希望《工人日报'
     '》能帮助他们维护自己的合法权益。农民工代表刘胜说，今年国庆前夕，他带着部分农民工，说不清楚是第几次，'
     '来到沙坪坝区中梁镇镇政府，希望镇政府帮助农民工督促老板发工钱。然而，镇政府相关人员表示，农民工们打工'
     '的工地是违法建筑，他们无能为力！与刘胜同来的农民工，或站或蹲，神情呆滞，沧桑的脸上，写满无奈。他们中'
     '年龄最大的农民工已经64岁。“我们为了讨要这点工钱，不知跑过多少次了，每次政府部门都说还在追，但从2'
     '009年6月停工到现在，一分钱没追到。”农民工陈少猛说。46岁的谢平华是重庆江津区白沙河口镇村一组社'
     '员，他说，2009年2月，他和妻子陈少芬一起，到中梁镇茅山峡村修歌乐山学生训练基地。每天早上，天一亮'
     '就起床，晚上吃了饭后还点起灯接着挖。他在地沟里挖泥巴，老婆在上面倒泥巴，最深处挖了10多米，总共挖了'
     '3个多月。进场时老板讲好，每立方米400元，3个多月下来，他们挖了180立方米的土石方，应得工钱7.'
     '2万元，但现在一分钱都没有拿到。女儿读大学的3万多元学费，是找亲戚借的。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://m.ryxmt.com.cn/finance/zx/210307.html',
     '2016年大同市大同县（云州区）许堡乡扶贫搬迁和农村抗震改建工程发包，2017年施工，当年9月21号'
     '王志信等三人通过张彪和郭建宇介绍，领一班农民工去施工，工程整体由66个门庭，180间房组成，共438'
     '0平米，其中门庭每个6.4平米，共422.4平米，不在工程之内。每平米390元，计164736元。该'
     '工程由许堡乡政府发包，刘永清、胡生有承包，王志信等三人为门庭实际施工人。因为整个工程坐落于火山岩上，'
     '施工难度大，而承包商又不能妥善安排，导致窝工、误工现象频繁，直至2018年10月份才勉强完工。王志信'
     '等人一合计，大家不仅没有赚到钱，而且还赔了十多万。赔就赔了，总算交工了，一个月后移民也陆陆续续住了进'
     '来，该是付工钱的时候了！然而令人意外的是：承包商刘永清、胡生有竟先是忽悠让等，后明确告诉王志信等三人'
     '说：“如果乡政府给我们门庭款，我们就给你们，乡政府不给，我就不能给”，再后就与他们玩起了失踪躲猫猫，'
     '直至人也找不到，电话拒接，如彻底消失一般。万般无奈的王志信等三人对承包商雷人的话语将信将疑，乡政府怎'
     '么可能干活不给钱呢？于是就找到了许堡乡李海江书记核实并诉说了他们的艰难。李书记说：“你们清算吧，要是'
     '不给你们，乡里就可以扣他们，没有白做的营生，受苦人撩锹土，也得给钱，等审计工作做完我会联系你们的”。'
     '付乡长李奇进一步解释说：“我们的确不给他算门庭款，但在工程总量里面也给他们另外加了钱，至于承包商给不'
     '给你们和我们乡里没有关系。”',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://wz.czxww.cn:8443/questions/8704',
     '2011年3月，我们5个农民工给本县本镇井洞村打村集体水井，同年12月完工，验收结算为260600元'
     '，除在2011年付给了我们65000元外，欠下的195600元，不管我们如何讨要和向政府各有关部门多'
     '次反映，并上访到北京，但仍分文收不到。2011年元月，井洞村在县政府的授意下，书写打井搞自來水报告，'
     '报请县政府审批，审批后，县政府把这一项村自來水工程交给县水务局全权负责筹建。为把水井打好，县水务局和'
     '县有关领导在打井期间亲临了打井现场查看、指导。几年前，井洞村引进外资在村里座落了几家工厂，虽然村里和'
     '村民惟有微不足道的年两三万元的收入，但给县里带来了年创上千万的税收，在现有的政策和村民的呼吁下，县里'
     '起动了这一项预计七十万元的村自来水工程。水井打好后，正当村民们兴高采烈地为自来水筹划了几个月，等待县'
     '里拨款开展自来水笫二期工程时，县里却忽然说要用盘江水库的水引过來做自来水，这口井不要了。但至今也沒把'
     '水库水引过來。县里拍屁股走人，既不用掏一分钱也不用损一滴口水——吃霸王餐，干霸王活！而这对井洞村这个'
     '完全依靠县里拨款打井搞自来水的贫困村来说，支付工钱就成了无法解决的问题。为了给付打井工钱，井洞村多次'
     '请求县里解决，未果。村干部说：“村子一穷二白。要钱，就是刮肉也刮不出来。”县里做霸王，村里当无赖，灾'
     '难通通落到劳工身上。2013年年初，车头镇党委、政府见情况属实后，就对村干部进行施压。首先对村干部进'
     '行斥骂、追责，接着是冠以“滥用公章”的帽子，把村委的公章缴到镇里了。',
     'out', '个人利益诉求', True, [],
     []),
    # 21
    ('http://www.yilianlabor.cn/yanjiu/2013/1206.html',
     '恶意欠薪罪的制定和实施过程中始终伴随着有关恶意欠薪应否入罪的争论。其中，对于该罪正当性和合理性的质疑'
     '，一定程度上导致很多恶意欠薪案件难以进入刑事司法程序，从而无法有效震慑违法用人单位，致使一些劳动者生'
     '活陷入困境，甚至引发群体性事件，影响社会稳定。鉴于此，本文围绕这场争论中支持者和反对者两方的观点，也'
     '即通过刑法的“补充性”和“谦抑性”两个标准的讨论揭示了在我国当前的社会形势下恶意欠薪罪的正当性。恶意'
     '欠薪问题一直以来都是社会关注的重点，也是一个沉重的社会话题。为有效保护劳动者的合法权益，国家和地方政'
     '府出台了一些民事和行政法律规范。[1]但是，近年来，用人单位恶意拖欠劳动报酬的现象愈演愈烈，劳动者尤'
     '其是农民工通过暴力、自杀、下跪、爬楼顶、爬塔吊、跳楼、堵路等极端方式讨要工资的事件屡见不鲜。[2]对'
     '此，一些官员、学者主张在刑法分则中增加“恶意欠薪罪”，以弥补民事和行政手段的不足。[3]然而，也有一'
     '些学者从刑法谦抑性角度出发反对恶意欠薪入罪。[4]由此学界掀起了一场关于“恶意欠薪罪正当性问题”的激'
     '烈争论。20108月底，全国人大常委会对《刑法修正案（八）（草案）》进行审议，争议多年的“恶意欠薪罪'
     '”在修正案中也得到了回应。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://rsj.cxz.gov.cn/info/1118/13872.htm',
     '尊敬的邹志琼、金德能、鲁文兴、张运恩委员：你们提出的“关于保障农民工工资支付工作”的提案，已交我局研'
     '究办理，现答复如下：该议案内容：一是指出了当前欠薪特别工程建设领域欠薪的现状和问题；二是对治理欠薪提'
     '出了实施意见。表面上看欠薪只是拖欠工资的问题，但其背后隐含着深层次的政治、经济、社会和文化等因素，涉'
     '及利益主体多元，成因复杂，矛盾交织，是我国社会转型中要面临的重大民生课题，屡治不绝的主要原因有以下几'
     '个方面：工程建设领域市场秩序不规范。工程建设领域存在着深层次矛盾还没有得到有效解决，是发生欠薪的重灾'
     '区，一些工程项目资金不到位即擅自开工建设，施工企业压价中标、垫资施工、挂靠承包、层层转包、违法分包等'
     '问题仍屡禁不绝；工程建设项目管理不科学，大多依然采取传统、落后的管理方式，部分项目甚至“以包代管”，'
     '把工程项目分解，分包给“包工头”，由“包工头”来进行人员管理和工资发放。导致建设单位与农民工之间形成'
     '了很长的债务链，工资支付的责任主体难以厘清。同时部分建设单位还仍然采取把人工费用与工程款捆绑拨付结算'
     '，部分施工企业采取平时只给农民工发基本生活费，待工程竣工后或春节前结算工资的做法，一旦发生资金链断裂'
     '或者出现工程结算纠纷，极易导致欠薪，引发讨薪维权纠纷。监管体制不顺。按照《中华人民共和国劳动法》、《'
     '中华人民共和国劳动合同法》、《劳动保障监察条例》等法规规定，人社部门管理具有劳动关系的劳动者。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH135, "fresh135")
