"""Sealed batch fresh152: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh150th.py; the batch and its row ids are "fresh152".)

Theme: food-safety oversight (动物检疫 and 卫生监督 staff, 市场监管 officers, 食品安全办公室,
病死猪, 注水猪 and 地沟油 cases, restaurants and 小作坊): inspectors who passed pigs for a fee or
for friends, a 检疫员 and his 站长 whose slack let offal go into 地沟油, 卫生监督 staff convicted
for a wedding-feast poisoning, 市场监督管理 officers charged over a fake-sauce works, a 食品安全办
副主任 who tipped off a 毒臘肉 workshop, a 果業站 head and a village committee member in a "肉霸"'s
slaughterhouse, a village 治安主任 selling dead-pig meat, a 市监局's 45万 fine for a photo, a
市场监管所 所长 who would not come out after hours, and a forum post on the 染色馒头 regulators;
out items are food-poisoning and restaurant injury suits, a wedding-banquet appeal, lawyers'
complaint-and-lawsuit saga about an unlicensed eatery, diners' complaints (a live worm, a fly,
an over-priced seaside restaurant), residents' complaint about smelly cake workshops, a raid on
an unlicensed 凉皮 workshop and a licence how-to answer. No page with a shop's own licence
request was found; item 022 (a Q&A on the 小吃 licence procedure) stands in for it. Sources
(stored-pages search): a 检察日报 copy on the 三原 所长 罗伊; a 中国执业兽医网 report on the
沐川 检疫员 费某; a copy of the 新民 協檢員 趙某 case (traditional); a 中新网 copy on the 江都
食品监管渎职 trial; the 刑事审判参考 No. 1135 case (罗山 任尚太 and two others); a 新快报 copy on
the 深圳 海发酱料厂 and five officers; an 881903 (商業電台) news item on 广东 protectors
(traditional); a copy of the 大余 纪委 story on 袁德干 and 袁德東 (traditional); a 新傳奇 copy of
the 孙光明 story (traditional); a 网易号 post on the 兰山 "蛤蟆汤" fine; a 极目新闻 comment on the
大连 所长 于某; a forum post on 上海盛禄; out: a lawyer's note on a 大庆 nitrite poisoning suit, a
jianshu copy of the 邱子凌 appeal judgment, a shutu copy of the 张征征 v 蜀国演义 judgment, a
达达文库 copy of the 闵行 unlicensed-eatery story, a 天津日报 copy on 百饺园, a 鲁北晚报 copy on a
惠民 fly, a copy of the 紫牛新闻 report on 老蓬莱酒楼, a copy of the 武侯 cake-workshop report
(traditional), a 洛阳晚报 item on 凉皮 and a lawparks Q&A. Five texts are in traditional script
(items 3, 7, 8, 9, 20; the glossing pinyin of the converted copies of 3 and 20 removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, "图片" lines, site and forum lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("1,680", "3,436", "44,668" in 014); stray spaces after punctuation removed (022). Page
oddities kept: the simplified forms inside the traditional texts ("后", "并", "余", "干", "什么",
"这里" as "這里", "于"), "倍受" (006), "赫赫写着", "申述" and "送至相关文件" (010), "违犯" and
"、《" (012), "186元" beside "168元" and "此次费医疗费" (013), "观查室" and "压增至310" (015),
"代金劵" (017), "当既" (018). The junk string "; q* b# T! n9 s7 P" inside the forum post 012
removed.
scope "in" for alleged misconduct of a party member or public official (village committee members
and village 治安主任 included; 检疫员, 協檢員 and 卫生监督 staff count as public servants, as the
courts tried them for 渎职 crimes), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 /
其他. Petitioners, reporters, victims, witnesses, restaurants, workshops, slaughterhouse owners,
pig dealers and people without a post, and officials who only handled, investigated, announced or
answered are not accused; an organ or an unnamed group accused as a whole gives no entry; an
unnamed accused official is (None, position, unit) ("姓馮", "姓黎" are no names). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text ties the person to no named unit ("某镇", "某乡镇"). Topics only from the twelve names of
triage.md; passing unchecked pigs or food is 工作纪律 (徇私舞弊 also 滥用职权), shielding a gang
is 群众纪律 (IS.MAS.05). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 011,
016). Out types: 涉法涉诉 4 (013-016), 个人利益诉求 4 (017-020), 其他 2 (021, 022). 19 accused
entries, all in items 1-12: 7 with a full name (罗伊, 任尚太, 杨柏, 黄磊, 袁德干, 袁德東, 李朋兵),
10 masked (费某, 趙某, 姚某, 周某, 曾某, 蒋某轩, 宋某营, 李某, 杨某贤, 于某), 2 post only. Items 010
and 012 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Byline "本报讯（记者倪建军）" cut. 罗伊 is first written "检疫员罗伊"; his unit is named in
    the next paragraph: ('罗伊', '检疫员', '三原县动物卫生监督所渠岸分所') (could be read as '所长',
    his post). 张华, the 屠宰场's 法定代表人 convicted with him, holds no public post: not accused
    (hard: he was tried for the same 检疫徇私舞弊 crime). 王军 is a dealer. The 4190元 检疫费 kept
    for himself gives 贪污贿赂 beside 工作纪律.
 2  Title, date line, the sub-headings "生猪检疫“放水”", "检疫员徇私舞弊获刑", the pull quote, the
    "图片" lines, the repeated lead paragraph and the closing "检疫员是…守门人" section cut. 费某 is
    "动物检疫机关的检疫人员" at an unnamed "某乡镇农业综合服务中心": unit None. 张某 (who faked the
    declarations), 钟某, 宋某, 吴某 are private. 工作纪律 and 滥用职权 (徇私舞弊).
 3  Traditional, glossing pinyin removed; "【導讀】" and four sub-heading lines cut; ends before the
    truncated "經審，2012年12月…" sentence. 趙某 is first written "新民市大民屯動物衛生監督所駐大民屯
    屠宰場協檢員趙某". A 協檢員 may be hired help, but he was convicted of 放縱制售偽劣商品行為罪, an
    official's crime: accused (hard). 盧某, 何某, 史某 are the pig dealers.
 4  Dateline "中新网南京8月1日电（…）" and "（完）" cut. 姚某 ('检疫员') and his 站长 周某 both work at
    "扬州市江都区某镇畜牧兽医站": unnamed town, unit None. 张某, 肖某, 胡某, 唐某 are private. Only
    工作纪律 (slack, no bribe alleged).
 5  Case heading "【第1135号】…" and "一、基本案情" cut; ends before the truncated defence sentence.
    Positions written "原系…城市科科长/副科长/职工": kept without "原" since the text writes "原系"
    (was), not a "原" title (could be read as '原城市科科长'). Could be read as 涉法涉诉 (a criminal
    trial), but the trial is of officials for their supervision: in, as the other batches treat 渎职
    trials. The 酒店 and the 79 guests are not accused.
 6  Site header, headline "酱料厂大量产伪劣调料 监管人员收好处费当保护伞", date line, the sub-title, the
    byline and two sub-headings cut; ends before the truncated "但根据相关账目…". With the headline
    cut, the text charges the five officers only with 食品监管渎职 and 玩忽职守: 工作纪律 only (no
    bribe in the text). Five masked officers, position '市场监督管理执法人员' as written, unit None
    (the text names no 所). 陈某兴 and his six co-accused are private.
 7  Traditional, short radio item, whole. 陽江's "姓馮的原副局長" (640萬 bribes, shielding a gang)
    and 東莞's "中堂鎮食品安全辦公室、姓黎的副主任" (tipping off a 毒臘肉 workshop) are post-only
    entries. Off theme in part (a gambling gang). 贪污贿赂, 群众纪律 (保护伞), 工作纪律.
 8  Traditional; the sub-heading "“地下執法隊”竟有鎮村干部" cut; ends before the truncated 羅某某
    sentence. 袁德干 first written "大余縣青龍鎮果業站原站長" ('原站長'), 袁德東 "平崗村村委會委員".
    鐘金剛 is the private "肉霸"; the 紀委, 公安 only act. 群众纪律 (保护伞) and 廉洁纪律 (入股).
 9  Traditional; header, date, journal and keyword lines and the sub-heading "農民“偷拍者”" cut;
    ends before the truncated quote "“你們賣…". 李朋兵, a slaughterhouse owner who "擔任…路口村的
    治安主任", is taken as a village cadre: ('李朋兵', '治安主任', '路口村') (hard: a village 治安主任
    may be read as a private man with a minor post, which would make the item out, 其他). The
    "畜牧水產部門" that did not act on 30 reports are organs. 孫光明 and 朱月華 are the reporters.
    Only 廉洁纪律 (a cadre's illegal trade); could add 工作纪律.
10  Mixed: the restaurant owner's lawsuit against the 市监局 (涉法涉诉) and the 兰山区市监局's
    baseless 45万 fine; the 联合调查组's findings make the abuse the central matter: in. Page
    header, headline and "0 分享至" cut; ends before the truncated "…并对市监局党组书记等5名人员作出",
    so no person is named: the 市监局 is an organ, no entry. 滥用职权 and 工作纪律.
11  Mixed: the blogger's 皮皮虾 complaint against the 欣欣餐厅 (a consumer claim) and the 所长 who
    would not come out. Byline cut; ends before the truncated "换言之…". ('于某', '所长',
    '葵英街道市场监督管理所') as first written; the 大连市市场监督管理局 only announces. 工作纪律 and
    形式主义官僚主义 (推诿).
12  A forum post; the "|" table marks and the junk string cut. The 监管部门 are accused as a whole
    (no entry); 上海盛禄 is a firm. "如果厂家不给监管部门好处…" suggests bribes: 贪污贿赂 beside
    工作纪律 (hard: speculative; could be 工作纪律 only).
13  涉法涉诉: a diner's poisoning suit against 纪某, a private 餐馆 owner. Title, author line and
    the repeated title cut; ends before the truncated 飞机票 sentence.
14  涉法涉诉: an appeal judgment on a wedding banquet; the blog title and "字数…阅读" line, the court
    name, the spaced "民 事 判 决 书" and the case number cut; ends before the truncated "当晚，…".
15  涉法涉诉: a diner's injury suit against a restaurant firm; "[案情摘要]" (a duplicate of the
    opening) and "[案例正文]" labels cut; ends before the truncated "北医三院请中国人民解…".
16  Mixed, out: lawyers' complaints, 行政复议 and 行政诉讼 over an unlicensed eatery the 闵行区
    市场监督管理局 never closed; site menu, title, time line, "打开文本图片集" and the sub-heading
    "用餐不适 消费者投诉举报" cut; ends before the truncated "…闵行区市场监". The regulator's
    inaction is laid at an organ, and the excerpt ends before any finding: out 涉法涉诉 (hard: could
    be read as in, an organ's 工作纪律).
17  个人利益诉求: a worm in a cold dish, 2000元 vouchers refused; byline cut. The 马场所 only
    mediated.
18  个人利益诉求: a fly, 消协 mediation; site lines, headline, byline "□通讯员…" and "本报惠民讯"
    cut; ends before the site's "新闻推荐" block.
19  个人利益诉求: diners' complaints about 老蓬莱酒楼; the junk "猫眼电影…送91元红包" lines, the
    caption and two sub-headings cut; ends before the truncated quote. "向主管部门投诉未得到有效
    反馈" blames no one by name and the 管委会 only answers: out, not mixed (hard).
20  个人利益诉求, traditional: a resident's complaint about smelly cake workshops (glossing pinyin
    removed); sub-headings "A 舉報", "B 暗訪" and their titles cut; ends before the garbled "因?yàn)
    檫@里…" sentence. The joint raid is only announced. Could be read as 其他 (a news report).
21  其他: an 工商 raid on an unlicensed 凉皮 workshop after a worker's report; byline cut.
22  其他: a Q&A on the 小吃 licence procedure; ends before the truncated "最后是决定与发证…".
    Stands in for a shop's own licence request (none found); could be read as 个人利益诉求.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH152: list[Item] = [
    # 01
    ('https://news.zynews.cn/2013-08/23/content_6530032.htm',
     '为一己私利，负责动物防疫、检疫工作的检疫员罗伊和持有肉品检验员资格证书的张华两人互相勾结，故意放行大'
     '量注水并含有“瘦肉精”的生肉。经陕西省三原县检察院提起公诉，近日，法院作出一审判决，以动植物检疫徇私'
     '舞弊罪分别判处罗伊、张华有期徒刑二年、一年零六个月，并依法没收罗伊、张华违法所得。2012年9月，罗'
     '伊被任命为三原县动物卫生监督所渠岸分所所长，负责境内动物防疫、检疫工作。张华是渠岸乡定点屠宰场法定代'
     '表人，持有肉品检验人员资格证书，并于2012年2月与三原县商务局签订了生猪屠宰加工企业质量安全责任书'
     '，负责肉品质量的检验等工作。检察机关查明，今年1月，生猪贩子王军（另案处理）通过罗伊认识了张华。双方'
     '商定每头猪给罗伊交5元钱的检疫费，猪的尾巴、喉管、小肠等留给张华的屠宰场。随后，王军先后20次将从不'
     '同地方收购的生猪共计838头送往渠岸乡屠宰场屠宰。罗伊、张华两人明知生猪没有产地检疫合格证，仍允许其'
     '入场；且屠宰前未按规定对生猪进行静养观察、自检等工作。在此过程中，两人发现屠宰猪注水并含“瘦肉精”，'
     '却没有逐级上报，而是盖上肉品检疫合格章，并出具肉品检疫合格证明，允许猪肉出场。今年1月31日，陕西省'
     '畜禽生肉质量监督检验站在某菜市场对猪肉进行抽检，由此案发。经查，罗伊共将4190元的检疫费据为己有，'
     '张华共获利1.6万余元。案发后，罗伊、张华分别将赃款退回。',
     'in', None, False, ['工作纪律', '贪污贿赂'],
     [('罗伊', '检疫员', '三原县动物卫生监督所渠岸分所')]),
    # 02
    ('http://zgzysy.com/index/news_xq/id/9708.html',
     '7月24日，沐川县法院审结首例动物植物检疫徇私舞弊案，以动物植物检疫徇私舞弊罪一审判处被告人费某有期'
     '徒刑六个月缓刑一年。2021年10月至2022年6月，费某在沐川县某乡镇农业综合服务中心负责畜牧动物'
     '检疫工作。在此期间，张某为帮助钟某、宋某、吴某三人获取动物检疫合格证明并谋取私利，便虚构货主、联系电'
     '话、生猪头数等检疫信息申报检疫，并让费某出具动物检疫合格证明。因与张某熟识，费某在明知张某提供的信息'
     '系虚假的情况下，不按照《动物检疫管理办法》《生猪产地检疫规程》等规定到现场对申报生猪的健康情况进行检'
     '查，不查验申报信息是否真实，便直接为张某出具包含虚假信息的动物检疫合格证明共计71张，涉及生猪共计5'
     '501头。法院审理认为，被告人费某身为动物检疫机关的检疫人员，因与他人熟识，便不执行检疫制度，伪造检'
     '疫结果，其行为构成动植物检疫徇私舞弊罪。费某到案后如实供述犯罪事实且自愿认罪认罚，依法可以从轻处罚。'
     '根据费某的犯罪事实，犯罪的性质、情节及对社会的危害程度，遂依法作出上述判决。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('费某', '检疫人员', None)]),
    # 03
    ('http://www.18bearing.com/quote/show-2389.html',
     '為給單位創收保證自己工資，新民市大民屯動物衛生監督所駐大民屯屠宰場協檢員趙某以多收檢疫費少開票的方式'
     '謀取利益，未按規定程序檢疫，直接下達準宰通知書、檢疫合格通知書，結果造成3200余頭注水豬經屠宰后銷'
     '往各地。1月26日，沈陽經濟技術開發區人民法院對該案進行審判，趙某犯放縱制售偽劣商品行為罪被依法判刑'
     '。去年1月，經過工作，沈陽經濟技術開發區公安分局破獲一起注水豬案件，相繼抓獲犯罪嫌疑人盧某、何某等6'
     '人，查獲注水豬數十頭。經過鑒定，這些注過水的肉品為假冒偽劣肉品，食用該肉品對身體健康構成潛在危害。因'
     '為當天收來的豬第二天賣時會“掉膘”，往往賣不上好價錢。盧某、何某情急之下想出了給豬“注水增肥”的點子'
     '，每天給生豬“增肥”。為躲避公安機關處理，給豬注水的時間一般都在后半夜。注過水后，每頭豬能多賣好幾百'
     '元。收的豬一運來就立即被盧某、何某等人帶去注水，隨后，立即將豬運送到屠宰場進行屠宰，再由商販拉到各地'
     '進行銷售。案件偵辦過程中，警方發現史某、盧某等人送來的注水豬全部都送到新民市大民屯屠宰場進行屠宰。一'
     '般情況下，檢疫員在檢疫生豬時應將生豬引入待宰圈靜養6小時，并在此期間巡查檢疫，若健康才能開具準宰通知'
     '書。史某、盧某等人送來的注水豬又是如何通過檢疫順利進入屠宰程序的？經查，警方發現新民市大民屯動物衛生'
     '監督所駐大民屯屠宰場協檢員趙某有犯罪嫌疑。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('趙某', '協檢員', '新民市大民屯動物衛生監督所')]),
    # 04
    ('http://cnfood.net/news/show.php?itemid=116436',
     '扬州市江都区人民法院1日公布，该院开庭审理了《刑法修正案（八）》颁布实施以来扬州市首起涉嫌食品监管渎'
     '职犯罪案件。江都区部分人大代表、政协委员、民主党派人士和行政执法机关代表近200人受邀旁听了案件庭审'
     '。庭审查明，2006年至2012年2月，被告人姚某在担任扬州市江都区某镇畜牧兽医站检疫员期间，负责该'
     '镇屠宰场生猪屠宰检疫工作。工作中，其没有按照有关法律法规规定的流程进行屠宰检疫工作。特别是对明确要求'
     '摘除的甲状腺、肾上腺、病变淋巴结，未按照规定进行无害化处理。被告人周某在2009年至2012年2月担'
     '任该镇畜牧兽医站站长期间，疏于履行监督管理职责，对工作中发现的屠宰场检疫员即被告人姚某不按规定进行检'
     '疫问题，未能采取有效措施予以解决，致使姚某不按规定履行检疫职责的行为长期存在。正因如此，屠宰场产生的'
     '甲状腺、肾上腺、病变淋巴结连同其他劣质猪肉长期被屠宰场承包人张某、肖某出售给胡某、唐某（均另案处理）'
     '用于熬制地沟油数万余斤。其中，仅2011年5月至2012年2月，多达3000余斤的地沟油流入江都区部'
     '分饭店、餐馆等餐饮行业，严重危害人民群众的身体健康。2012年4月16日、4月17日，被告人姚某、周'
     '某分别向公安机关自首。同年7月16日，江都区检察院向该院提起公诉，指控被告人姚某、周某犯食品监管渎职'
     '罪。法庭宣布本案将择日进行宣判。',
     'in', None, False, ['工作纪律'],
     [('姚某', '检疫员', None), ('周某', '站长', None)]),
    # 05
    ('http://xsba.vip/xsal/xssp1/1001-1200/xssp1135.htm',
     '被告人任尚太，男，1962年3月15日生，原系河南省罗山县卫生监督执法所城市科科长。2012年5月2'
     '5日被取保候审。被告人杨柏，男，1963年12月26日生，原系罗山县卫生监督执法所城市科副科长。20'
     '12年5月25日被取保候审。被告人黄磊，男，1961年5月19日生，原系罗山县卫生监督执法所城市科职'
     '工。2012年5月25日被取保候审。河南省罗山县人民检察院以被告人任尚太、杨柏、黄磊犯食品监管渎职罪'
     '向罗山县人民法院提起公诉。三被告人对检察院指控的罪名和犯罪事实均无异议，请求从轻处罚。被告人任尚太的'
     '辩护人提出任尚太的职务行为与79人食物中毒的后果不存在刑法意义上的必然的、直接的因果关系，建议宣告其'
     '无罪。罗山县人民法院经审理查明：被告人任尚太、杨柏、黄磊分别为罗山县卫生监督执法所城市科科长、副科长'
     '、职工，负责本县卫生监督执法。按照内部分工，罗山县新都国际大酒店食品安全属任尚太、杨柏、黄磊三人监管'
     '辖区内。因三被告人对该酒店食品安全监管不到位，没有完全正确履行监管职责，造成2012年5月8日中午在'
     '该酒店参加婚宴的客人中有79人陆续发生食物中毒。经罗山县疾病预防控制中心鉴定，该起食物中毒事件为沙门'
     '氏菌感染所致。罗山县人民法院认为，被告人任尚太、杨柏、黄磊身为卫生监督执法人员，未认真履行食品安全监'
     '管职责，导致79人食物中毒的严重后果，其行为均已构成食品监管渎职罪，检察机关指控罪名成立。',
     'in', None, False, ['工作纪律'],
     [('任尚太', '城市科科长', '罗山县卫生监督执法所'), ('杨柏', '城市科副科长', '罗山县卫生监督执法所'), ('黄磊', '城市科职工', '罗山县卫生监督执法所')]),
    # 06
    ('http://www.cnfood.net/news/show.php?itemid=116710',
     '去年11月，深圳光明新区海发酱料厂大量生产假冒伪劣酱油、醋、料酒等调料被媒体曝光后，倍受社会各界关注'
     '。上月底，深圳市人民检察院以涉嫌生产、销售伪劣产品罪对深圳海发酱料厂老板陈某兴等7人提起公诉，深圳宝'
     '安区人民检察院分别以涉嫌食品监管渎职罪、玩忽职守罪对曾某、蒋某轩、宋某营、李某、杨某贤5名市场监督管'
     '理执法人员提起公诉，据悉，此案是《刑法修正案（八）》自去年5月1日实施以来，广东省内首例食品监管渎职'
     '案件。位于深圳光明新区公明街道马山头社区的海发酱料厂，以简易铁皮搭建的生产车间便是酱醋生产线，车间内'
     '污水横流。包装成品的麻袋和纸箱随地堆放。自2009年4月起，海发酱料厂在营业执照、食品生产许可证均过'
     '期的条件下，一直继续用水勾兑酱油、醋、料酒等食品。去年11月2日在警方查处时，现场查获假冒、伪劣调料'
     '成品400余桶、假冒商标59.48万个、包装箱9420个。经检验，海发酱料厂生产的多批次生抽、老抽、'
     '陈醋、白醋、料酒均为不合格产品。其中，勾兑调味品所加入的水均为未经消毒的自来水；灌装调料的玻璃瓶也未'
     '经洗涤和消毒。早在2010年12月和2011年6月份，海发酱料厂就因无照经营以及生产假冒陈醋、白醋、'
     '酱油、料酒两次受到市场监管部门的行政处罚。',
     'in', None, False, ['工作纪律'],
     [('曾某', '市场监督管理执法人员', None), ('蒋某轩', '市场监督管理执法人员', None), ('宋某营', '市场监督管理执法人员', None), ('李某', '市场监督管理执法人员', None), ('杨某贤', '市场监督管理执法人员', None)]),
    # 07
    ('https://www.881903.com/news/amp/local/1793360',
     '廣東省打擊商業賄賂專項小組披露，自廣東實施專項行動以來，全省共查處九宗官員包庇不法活動案件，涉及十七'
     '名官員。去年引發社會關注的毒臘肉案，幕後疑犯亦被查出。廣東打賄辦公室說，陽江市公安局姓馮的原副局長，'
     '合共收受六百四十萬元人民幣，包庇涉嫌開賭的黑社會份子。東莞市中堂鎮食品安全辦公室、姓黎的副主任，涉嫌'
     '向生產毒臘肉的非法工場，通風報信，已被刑事拘留。',
     'in', None, False, ['贪污贿赂', '群众纪律', '工作纪律'],
     [(None, '原副局長', '陽江市公安局'), (None, '副主任', '東莞市中堂鎮食品安全辦公室')]),
    # 08
    ('http://www.aqdtv326.com/news/internal/88978.html',
     '近期，江西省大余縣紀委監委查處了一起黨員干部為當地“肉霸”充當“保護傘”問題，給予大余縣青龍鎮果業站'
     '原站長袁德干開除黨籍、開除公職處分，取消平崗村村委會委員袁德東預備黨員資格，相關部門依法罷免其平崗村'
     '村委會委員一職，二人涉嫌犯罪問題被移送司法機關依法處理。今年3月，大余縣公安局將一條涉黑涉惡問題線索'
     '移送縣紀委監委。公安機關在偵查以鐘金剛為首的惡勢力犯罪集團案件中發現，其中竟有鎮村干部的“身影”。該'
     '縣紀委監委迅速對案件涉及的公職人員展開調查，一個由惡勢力操縱、鎮村干部參與的生豬定點屠宰場進入調查人'
     '員視野。據調查，2014年至2016年，黃龍鎮大合村村民鐘金剛成立雙龍益民肉聯廠，定點屠宰黃龍鎮、青'
     '龍鎮兩地生豬。鐘金剛等人不思經營之道，卻做起了強買強賣的勾當。“每天必須從這里批多少斤豬肉，逢年過節'
     '還加量，不管豬肉能不能賣完！關鍵是這里的每斤豬肉比相鄰的兩個定點屠宰場貴2元錢，而且豬內臟也稱重算錢'
     '，但不給我們。”一個當地屠夫說起該定點屠宰場時憤憤不平。為了讓屠夫們“老實點”，鐘金剛把當地社會上的'
     '閑散人員網羅起來，組成所謂“執法隊”，充當打手，還邀請當時還是村民的袁德東、時任青龍鎮司法所副所長兼'
     '平崗村村黨支部書記袁德干入股合伙經營。后來，袁德干崗位調整為青龍鎮果業站站長，不再兼任村黨支部書記，'
     '袁德東當選為平崗村委員，但兩人一直保持著股東身份。袁德干、袁德東和鐘金剛等人明確告訴涉黑涉惡人員，對'
     '屠夫從其他渠道購進的豬肉可以大膽收繳，出了事他們會擺平。有了這句話，涉黑涉惡人員更加無法無天，什么事'
     '都敢做。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('袁德干', '原站長', '大余縣青龍鎮果業站'), ('袁德東', '村委會委員', '平崗村')]),
    # 09
    ('http://taokecoco.com/page/2015/0530/22452906.shtml',
     '3年來，這位農民一直試圖摧毀一樁“地下生意”。他反復舉報鄰村肉販出售病死豬肉。為此，他暗訪盯梢、跟蹤'
     '偷拍、投訴舉報、越級信訪，撥打的110電話和寄送出的舉報材料已難記其數。年近六旬的孫光明，個子不高，'
     '后背已駝。他常年穿一件臟兮兮的迷彩服，臉上全是贛地寒風刻出的刀斧痕。他是2015年初，震驚全國的江西'
     '販賣死豬肉事件的幕后主角。你幾乎可以“嗅”到這段視頻中的惡臭。抖動的畫面里，黑色的池塘中飄滿豬骨和內'
     '臟，以及看不出種類的小動物尸體，紅綠黃紫的顏色擠滿屏幕。一旁門窗大開的磚房小院內，擺著幾大盆難辨來源'
     '的碎肉，其余的似乎還有待“加工”，散落于污膩的地面。視頻的拍攝者孫光明，是江西省宜春市東邊村的村民。'
     '2012年2月某天，他趁著磚房里工人們出門吃飯的間隙，從后面的小山坡翻墻而入，用手機拍下了這段令人作'
     '嘔的視頻。他所舉報的屠宰場老板李朋兵，是個身高1米8幾的壯漢，同時還擔任東邊村鄰村路口村的治安主任，'
     '在村里頗有影響力——他的屠宰場臭氣熏天，雇了不少人，多年來一直收購販賣死豬肉，卻從未聽說有本村人舉報'
     '過他的違法行為。從2012年春節至今，孫光明向當地各級畜牧水產部門舉報、撥打110報警共計30余次，'
     '向政府機關信訪、越級信訪10余次，寄送的舉報材料已“數不清次數”。此外，他和老伴朱月華還自發進行監督'
     '，走上近3公里的路程，到李朋兵的屠宰場蹲點——無論清晨還是深夜，一發現對方收購、販賣死豬的行為，便立'
     '即給監管部門打電話。這已是夫妻兩人日常生活的一部分。',
     'in', None, False, ['廉洁纪律'],
     [('李朋兵', '治安主任', '路口村')]),
    # 10
    ('https://www.163.com/dy/article/K4GM5IEI0529MOU2.html',
     '就因为在个人社交账号发了一个“蛤蟆汤”照片，就收到了市监局开出的45万罚单，这种事放在任何人身上，估'
     '计都会震惊到。到底是餐馆老板违法售卖，还是市监局荒唐做事，这事还真得好好说说。前几天，山东一饭店老板'
     '爆料，声称自己只是在网上晒出了自己饭店的几道菜，就收到了市监局的电话，对方表示有人举报她出售野生动物'
     '，要求她尽快处理。因为回了娘家，老板回复会在一周内去解决，然而没过几天，她就收到了市监局发来的行政处'
     '罚告知书，上面赫赫写着拒不配合，从重处罚，罚款45万元。这一罚款数字，直接把老板都吓懵了，根本就不知'
     '道自己哪里出错了。于是，她删除了所有视频内容，并按相关流程提交了申述资料等等。可结果是，在事后的三个'
     '月里，市监局既不撤销处罚告知书，也不做出处罚决定，于是迫于无奈，饭店老板将市监局起诉。事情一经曝光，'
     '随即引发了热议，按理说，作为执法部门，一般情况不会如此草率办事，但从饭店老板的描述来看，这事真的就是'
     '荒唐。随着网络舆论的不断发酵，网上的质疑声是越来越重，临沂市也遭受了前所未有的吐槽和谩骂，为此，当地'
     '迅速成立了联合调查组进行调查。7月15日，这事终于迎来了后续进展，经过多日的调查取证，调查组终于查清'
     '了此事，对当地市监局做出了严肃处理。通报称，兰山区市监局在此次事件中，存在三大问题，其一，证据不足，'
     '仅凭视频照片就做出了处罚，事实不清。其二，执法程序不当，当事人提出申诉后，未按规定组织听证。其三，作'
     '出了不处罚决定后，未按规定期限送至相关文件。',
     'in', None, True, ['滥用职权', '工作纪律'],
     []),
    # 11
    ('http://m.cnhubei.com/content/2023-10/25/content_16831772.html',
     '据辽宁省大连市市场监督管理局微信号“大连市场监管”10月24日晚消息，针对消费者投诉举报大连市中山区'
     '欣欣餐厅涉嫌存在缺斤短两经营违法行为一事，经查属实，决定对当事人处以警告、没收不合格计量器具、罚款2'
     '0万元的行政处罚。同时，免去葵英街道市场监督管理所于某所长职务。据10月19日极目新闻报道，国庆长假'
     '期间，一名博主在辽宁大连一家知名餐厅购买2斤皮皮虾，复秤后发现只有1.74斤。他向当地市场监管部门投'
     '诉时，当地市场管理所的所长称已经下班，去不了现场。现在处罚结果显示，涉事餐厅和时任市场监督管理所所长'
     '都受到了严厉处罚。大快人心！国庆假日期间，正是旅游高峰，一个地方出现餐厅宰客，是极易引发负面舆论的。'
     '当前，人们对商家宰客行为零容忍，个别商家的宰客行为，极有可能牵扯到整座城市的形象。另外，口碑旅游也成'
     '为趋势。网上那些“此生不去”“风景再好也不去”的地方，就是因为口碑坏了，让一些人望而却步。淄博的红火'
     '，就是人们用脚投票，奖赏这些诚信待客的地方。个别餐厅宰客，人们最终看的是官方的态度。在此事件中，顾客'
     '投诉后，市场监督管理所所长竟然称已经下班，不去现场解决，无疑让人寒心。所长还称，上班以后他们会带着仪'
     '器上门去检测。问题是，顾客不可能在原地候着，商家还有了做手脚的时间，再检测又有什么意义呢？人们常说，'
     '守土有责。作为市场监督管理所所长，对市场上出现违法违规行为，要有“坐不住、等不起、慢不得”的紧迫感，'
     '及时处理各种纠纷和矛盾，争取消费者的信任。发生在“责任田”的事，投诉来了还不积极处理，不是容易引发包'
     '庇商家的不当联想吗？',
     'in', None, True, ['工作纪律', '形式主义官僚主义'],
     [('于某', '所长', '葵英街道市场监督管理所')]),
    # 12
    ('http://lwsq.cn/forum.php?mod=viewthread&ordertype=2&tid=9174',
     '上海盛禄食品有限公司，在生产馒头的过程中，玉米面馒头是将白面染色制成，并以甜蜜素代替白糖，加入防腐剂'
     '防止发霉，甚至过期馒头被回收后重新销售。这些做法，均违犯了国家《食品添加剂使用卫生标准》、《中华人民'
     '共和国食品安全法》等相关规定。然而，这家公司生产的违规食品，居然几年里无人发现，无人制止，也没有受到'
     '应有的处罚。我们不由得要问，监管部门哪里去了？报道中我们看到，监管部门打酱油去了。监管部门对这家食品'
     '生产厂家的检查，每月只有一次，且每次都是到厂里办公室中，检查厂家送来的样品，根本不到车间生产现场检查'
     '。这叫监管吗？这叫睁一只眼闭一只眼，是失职、渎职，是犯罪！如果厂家不给监管部门好处，谁能相信“猫”会'
     '不逮“耗子”？因此，一方面要对造假企业予以重罚，让其不法获利吐出来，一方面要对失职、渎职的监管部门问'
     '责，并对有关责任人依法处理。',
     'in', None, False, ['工作纪律', '贪污贿赂'],
     []),
    # 13
    ('https://lawyer.110.com/64307/article/show/type/3/aid/512983',
     '母子俩为庆祝到饭馆就餐，美餐花费186元却不幸一人中毒受伤，被迫入院治疗，康复后要求赔偿遭拒绝，一气'
     '之下，要求十倍赔偿及精神抚慰金等各项费用24946元？能否得到法律支持？2014年10月11日，黑龙'
     '江省大庆市高新区人民法院对这起因就餐中毒的健康权、身体权纠纷案进行了公开宣判，判决被告纪某赔偿原告所'
     '受损失16808元；驳回原告梁某的其它诉讼请求。被告纪某系大庆市高新区一个体餐馆的老板。为庆祝第二天'
     '去苏州游玩，2014年3月6日中午11时许，8岁的原告梁某和母亲孙某来到了被告饭馆就餐，两人一顿饭共'
     '花了168元。用完餐不久后，原告就出现了呕吐、头晕等症状。见状后，其母亲和该餐馆老板纪某简单理论后，'
     '便立即将儿子梁某送往医院治疗，经市人民医疗诊断：原告为食物中毒、亚硝酸盐中毒。此次医疗费为624元。'
     '治疗三天后，原告仍然有头晕及双下肢麻木的症状，故原告在其母亲和奶奶的陪同下于3月10日乘飞机到北京儿'
     '童医院就诊，此次医疗费为166元。因未见明显好转，三人于两天后又来到了中国人民解放军307医院就诊，'
     '此次费医疗费为825元。经过三家医院治疗后，原告头晕及双下肢麻木症状仍未治愈，故原告及母亲等三人于3'
     '月23日乘飞机返回大庆，到大庆油田总医院就诊，此次医疗费为848元，最后病情得以好转，并很快康复。在'
     '北京治疗过程中，三人共花费交通费2964元及原告住宿费2693元。在住院期间，原告花费368元购买了'
     '儿童多种营养和儿童维生素C。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://www.jianshu.com/p/8197213b54ca',
     '上诉人（原审原告）邱子凌。委托代理人顾忠华，上海市金马律师事务所律师。被上诉人（原审被告）上海神驰商'
     '务咨询有限公司。法定代表人卫星，总经理。被上诉人（原审被告）上海奥霖居餐饮服务有限公司。法定代表人薛'
     '军，总经理。上列两被上诉人的共同委托代理人吴亮，上海达真律师事务所律师。上列两被上诉人的共同委托代理'
     '人吴德徽，上海达真律师事务所律师。上诉人邱子凌因财产损害赔偿纠纷一案，不服上海市浦东新区人民法院（2'
     '014）浦民一（民）初字第40190号民事判决，向本院提起上诉。本院于2015年6月28日立案受理后'
     '依法组成合议庭，并于同年7月16日、2016年1月20日公开开庭进行了审理。两次庭审中，上诉人的委托'
     '代理人顾忠华，被上诉人上海神驰商务咨询有限公司（以下简称神驰公司）、上海奥霖居餐饮服务有限公司（以下'
     '简称奥霖居公司）的共同委托代理人吴亮均到庭参加诉讼。因有特殊情况并报本院院长批准，本案延长审限三个月'
     '。本案现已审理终结。原审查明，2013年11月24日，邱子凌与神驰公司签订《游船婚宴承办合同—百雀羚'
     '》，约定神驰公司为邱子凌提供游轮租赁、婚礼服务、婚礼喜宴等服务。2014年5月2日晚，神驰公司租用上'
     '海市浦东新区东方路***号游轮码头“百雀羚”号游轮作为邱子凌婚宴举办地，并委托奥霖居公司在其提供的游'
     '轮场地内提供婚宴菜肴（8个冷菜、14个热菜）、饮料（可口可乐、雪碧、美汁源果粒橙）和啤酒（青岛啤酒）'
     '，共13桌（10人/桌）。奥霖居公司按照每桌1,680元人民币（币种下同）的价格与神驰公司结算。邱子'
     '凌按照每桌3,436元的标准向神驰公司支付餐饮费44,668元。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.shutu.cn/template/p7006970.html',
     '原告张征征，男，1976年5月21日出生，汉族，北京**广告有限公司高级客户经理，住北京市海淀区颐和'
     '园宫门前*号院。被告北京蜀国演义餐饮文化发展有限公司，住所地北京市朝阳区农光里*号楼*层。委托代理人'
     '左敏，女，1961年2月26日出生，汉族，该公司行政总监，住北京市朝阳区十里堡*号楼*单元*号。原告'
     '张征征（以下简称原告）与被告北京蜀国演义餐饮文化发展有限公司（以下简称被告）一般人身损害赔偿纠纷一案'
     '，本院受理后，依法组成合议庭，公开开庭进行了审理。原告委托代理人谢怿雪、高明，被告委托代理人苗运平、'
     '左敏到庭参加了诉讼。本案现已审理终结。原告诉称：2006年7月6日，原告前往被告经营的酒楼就餐，并点'
     '用了由其推荐的凉菜“香香嘴螺肉”（凉拌螺肉）。2006年7月19日始，原告出现半身发麻无力症状，在家'
     '休息后发现症状并无减轻反而加重，并开始伴有头痛。7月24日，原告前往北京大学第三医院就诊，医院初步诊'
     '断为疱疹，开了一些治疗药物。次日，原告头痛加重又去同一家医院急诊，经诊断后认为是疱疹的正常反应并开了'
     '一些止痛药。第三天头痛愈发剧烈，疼痛程度已发展到必须有人搀扶才能勉强行走，再去同一家医院挂急诊号，医'
     '院检查后发现内大面积脱髓鞘病变，后又做了腰穿检查，发现压增至310，北医三院要求立即住院。但因北医三'
     '院床位紧张，只能安排在急诊临时观查室治疗。治疗四天后未见好转，原告发展到因头痛难忍已经无法靠个人力量'
     '起床，大小便无法自理。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://www.zqwdw.com/wenku/jiaoyujiaoxue/2020/1009/814135.html',
     '一家没有营业执照，且食品卫生许可证过期的餐饮店，在城市主干道经营多年。有“好事”的消费者经历了一次不'
     '适的用餐后，开始了一场锲而不舍的投诉举报，甚至动用法律武器以维护消费者权益。但两年来，历经投诉举报、'
     '提起行政复议、行政诉讼、一审、二审……无照餐饮店依然开门至今，营业照常。咄咄怪事背后是怎样的无奈呢？'
     '2016年9月29日，上海市新文汇律师事务所（简称“举报人”）部分律师及助理一同前往位于程家桥路的一'
     '家国有单位办事。在办事的间隙，他们随意找了周边的一家餐饮店用餐。然而，不曾料想，简单的一顿午饭，竟惹'
     '出之后一连串的“不适”。在用餐过程中，多名律师出现身体不适反应。出于职业本能，他们发现该餐饮店店内既'
     '未悬挂营业执照，食品卫生许可证也已过期。由于餐后部分同事出现腹痛、腹泻状况，该所便向闵行区市场监督管'
     '理局及上海市卫生和计划生育委员会监督所发出两份投诉举报函，投诉该事件。半个多月后，即2016年10月'
     '17日，上海市闵行区市场监督管理局向举报人回复了《投诉举报受理通知书》。同年10月21日，上海市食品'
     '安全投诉举报受理中心接上海市卫计委转交受理另一份投诉举报，又将函件转交至上海市闵行区市场监督管理局办'
     '理，表示将在60个工作日内办结，并给予答复。',
     'out', '涉法涉诉', True, [],
     []),
    # 17
    ('http://news.72177.com/2016/0322/2871319.shtml',
     '近日，市民孟先生拨打本报热线反映称，他和家人在饭馆里就餐，从凉菜里吃出活虫子，这让他很别扭。不过，百'
     '饺园的负责人回应称，虫子是哪儿出来的，他们不敢肯定，不过，已经把当天的两桌菜钱共1500元免单。顾客'
     '提出的其他要求，饭店不能满足。2015年12月13日，孟先生一家人在百饺园平山道店用餐。“吃菜吃到一'
     '半的时候，我突然发现凉菜碗里有一只活着的虫子。”孟先生说，当时别提多恶心，立刻就想吐。他们随即找来了'
     '饭馆经理，并报警备案。由于在场的老人和小孩均发生了腹部不适，他将问题反映到了河西区市场监管局马场所。'
     '在孟先生提供的视频中，记者看到，这条虫子长约5厘米，在碗中不停蠕动。记者联系了百饺园平山道店。“我们'
     '第一时间就向顾客道歉，并将他们两桌饭菜免单，共计1500元。”张经理表示，百饺园是正规连锁企业，一定'
     '会妥善处理此事。这份凉菜也就十几元钱，可饭店当时已经对顾客进行免单处理，远超过菜品的实际价格。河西区'
     '市场监管局马场所相关负责人告诉记者，他们已经进行了调解，百饺园表示愿意赔付消费者2000元代金劵，而'
     '消费者表示只要现金，两者就赔付方式未能达成一致。调解未果的情况下，该局已告知消费者选择其他程序解决。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://yybnet.net/binzhou/huimin/201011/2790141.html',
     '11月2日，惠民县的季女士、张女士因中午加班到很晚又累又饿，便在单位附近找了一家快餐厅就餐，起初两人'
     '边吃边聊很开心，可吃到一半时却在一盘菜里发现了只苍蝇。顿时没了胃口的二人当即要求服务员退菜，结果遭到'
     '拒绝，之后她们找到大厅经理，对方说可以用代金券代替。两位女士说：“你们的饭菜不卫生，我们下次不打算来'
     '吃了，不要代金券。”在之后的交涉过程中，大厅经理态度非常不好，他拿走代金券扔下18元菜金转身就走，将'
     '两位女士晾在一旁不予理睬。气愤难平的两位女士随后来到消协进行投诉。消协工作人员接诉后非常重视，当既与'
     '双方当事人取得联系，一方面平复消费者的情绪，一方面向店方讲明《山东省消费者权益保护条例》的有关规定，'
     '告诉其食品卫生的重要性及危害性。经消协工作人员调解，店方负责人认识到卫生不达标是自己的过错，并向消费'
     '者当面做出赔礼道歉，同时承诺将赔偿两位女士10倍菜金款。此时两位女士的怨气已消，“他们以后只要尊重消'
     '费者，注意把好卫生关，我们是不会要赔偿款的。”',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://appb.8w.lol/content-/appb-2IssS',
     '山东烟台一家名为“老蓬莱酒楼”的饭店曾在2024年因打包塑料袋10元一个上过热搜，此后关于该酒楼的投'
     '诉依然经常出现。有网友近日在平台发帖，称他们在2025年十一黄金周期间到老蓬莱酒楼吃饭，遇到食材疑似'
     '变质、价格前后不一、饮料过期等问题，向主管部门投诉未得到有效反馈。扬子晚报紫牛新闻记者联系该酒楼，店'
     '家没给实质性回应。蓬莱旅游度假区管理委员会1月4日表示，已经了解到这一事件，当地市场监管部门正在调查'
     '取证，如经调查属实，将依法依规严肃进行处理。“老蓬莱酒楼”位于山东省烟台市蓬莱区，2024年9月12'
     '日，有网友反映老蓬莱酒楼一个打包塑料袋要价10元，赠送的鲅鱼水饺也要收费，该酒楼当时还因此上过热搜。'
     '烟台市蓬莱区市监局次日发布通报，称对该酒楼立即依法开展调查，发现其存在部分产品未明码标价、不履行服务'
     '或价格承诺，涉嫌价格欺诈的行为，已立案调查。但目前尚不知道蓬莱区市监局对该酒楼的调查和处罚结果，记者'
     '发现，此事发生后，在社交媒体网站上依然能够看到不少关于老蓬莱酒楼的投诉。2025年十一黄金周期间，几'
     '名网友到“老蓬莱酒楼”吃饭，他们告诉紫牛新闻记者，刚进去时，店家非常热情，递给他们纸质菜单，但这份菜'
     '单和墙上贴的菜单价格根本对不上。比如他们点的“鱼锅饼子”，店家介绍时说88元一斤，顾客结账时发现是1'
     '28元一份，且根本没有当面过秤。店家介绍时说这道菜里用的是“杂鱼”，有鲳鱼、多宝鱼好几种，结果端上桌'
     '一看，主料是市面上10元3斤的冻鲅鱼。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://m.purepassion-escort.com/foodsafe/case/79499.html',
     '一個普通的村子里，散布著數十家小作坊，廠門口沒有任何標志，可廠里散發出的惡心臭味讓生活在附近的居民忍'
     '無可忍。通過附近居民舉報和本報記者的長期暗訪，這些食品廠的真實身份逐漸浮出水面。11日，武侯工商、質'
     '監、衛生和民警聯合出動，一把法律的利劍揮向了它們……“好臭喲，叫人咋個生活嘛。”家住簇橋新苗四組的居'
     '民張先生近日忍無可忍，他家附近的兩家“食品廠”常常臭氣熏天，廠附近胡亂丟著雞蛋殼，視野里，空氣中，就'
     '一個“臭”字可形容，每當太陽曝曬的時候，簡直沒法在屋里呆，走到街上去，不少人都捂著鼻子。張先生數次找'
     '到兩家食品廠理論，但都無功而返。無奈之下，張先生向報社求助。據他介紹，在新苗村的三、四、五組里都有類'
     '似的食品廠，新苗四組有4戶生產蛋糕，有三戶生產麻辣小包裝，新苗五組有一戶生產糕點，新苗三組有一戶生產'
     '糕點，特征都差不多，廠房建在大院里，大門口沒有任何標志，從外表看不出里面是食品廠，完全就是居民大院。'
     '“雞蛋里有的還是帶小雞的雞蛋，車間發出的臭味撲鼻！”張先生的揭秘更是讓人觸目驚心：這些食品廠基本上都'
     '是無證或者證照不全，原料讓人惡心，還胡亂克扣工人工資，非法使用童工，工人基本上都沒有健康證。簇橋新苗'
     '四組屬于典型的城鄉結合部。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://lywb.lyd.com.cn/html/2007-11/05/content_346257.htm',
     '一外地老板为挣“黑心钱”，在无证的情况下加工凉皮，并向学校周边小店低价出售。“黑心”老板的这种行为激'
     '怒了员工，有人向工商部门进行了举报，大量未售出的凉皮被查扣。据科技园工商所工作人员介绍，3日上午，他'
     '们接到一男子举报，称三山村一民房内有人在做不法生意。工商人员立即赶往现场，看到在一民房院内，地上摆放'
     '着两个大盆，盆里是大量刚加工好的米皮、凉皮，上面还落着不少树叶。制作凉皮的灶台和用具上落了一些苍蝇，'
     '还有些半成品堆放在角落里。经调查，该加工作坊未办理任何经营手续。一个星期前，店老板从外地来此租房，雇'
     '了几个工人，然后悄悄“开张”。为不引人注意，通常是大门紧闭，星夜加工，然后将这些凉皮低价向一些学校、'
     '幼儿园周围的小店出售。举报者说，他是作坊内的一名工人。最初，他以为这是一家正规加工作坊，谁知越看越不'
     '对劲。作坊内满地是污水，到处是苍蝇，眼瞅着那些脏兮兮的凉皮被老板偷偷卖出去，他的良心实在不安，因此悄'
     '悄举报。工商人员根据凉皮的销售情况展开追查，目前已将2500余公斤未售出的凉皮及制作工具查扣，此案在'
     '进一步处理中。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.lawparks.com/ask/snack-catering-license-process',
     '小吃餐饮许可证办理流程是怎样的？小吃餐饮许可证是餐饮行业合法经营的重要凭证，下面为您详细介绍其办理流'
     '程。首先是申请阶段。申请人需要准备一系列材料，比如申请书、主要设备设施布局、操作流程等资料，这些材料'
     '要能清晰反映小吃店的基本情况和运营模式。依据《食品经营许可管理办法》第十二条规定，申请食品经营许可，'
     '应当向申请人所在地县级以上地方食品药品监督管理部门提交食品经营许可申请书、营业执照或者其他主体资格证'
     '明文件复印件、与食品经营相适应的主要设备设施布局、操作流程等文件等材料。申请人可通过线上或线下方式提'
     '交申请，线上一般可登录当地食品药品监管部门的官方网站，按指引填写相关信息并上传材料；线下则需前往当地'
     '食品药品监管部门的办事窗口，领取申请表并提交纸质材料。接着是受理环节。相关部门收到申请材料后，会对其'
     '进行初步审查。若申请材料存在可以当场更正的错误，允许申请人当场更正；若材料不齐全或者不符合法定形式，'
     '会当场或者在五个工作日内一次告知申请人需要补正的全部内容；如果申请材料齐全、符合法定形式，或者申请人'
     '按照要求提交了全部补正材料，就会予以受理，并出具受理通知书。这一规定也是根据《食品经营许可管理办法》'
     '来执行的。然后是审查流程。受理申请后，食品药品监管部门会安排工作人员到小吃店进行实地核查。核查内容包'
     '括场所的卫生条件、设备设施的配备和运行情况、人员的健康管理等方面。工作人员会依据相关食品安全标准和规'
     '定，对小吃店的经营条件进行全面评估。比如，厨房的布局是否合理，是否有有效的防蝇、防鼠、防尘设施，餐具'
     '的清洗、消毒是否符合要求等。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH152, "fresh152")
