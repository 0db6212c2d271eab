"""Sealed batch fresh159: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh157th.py; the batch and its row ids are "fresh159".)

Theme: officials' off-duty offences (赌博, 醉驾/酒驾, 打架斗殴, 嫖娼, 吸毒 by cadres and public
servants) and the police who shield them: a 派出所 that fined and released gamblers, a 所长 whose
neighbour was a gambling den, a 镇干部's drunken brawl and axe, a police officer squeezing money
out of a villager over an alleged 嫖娼, officials caught 嫖娼 in Beijing, a list of 酒驾 cases,
a state-firm manager's drunk driving in an official car, a village cadre in forced 戒毒, cadres
playing mahjong in a 信访 office, a 村支书 sheltering drug makers, a retired 纪检 cadre let go by
traffic police, a 政协委员 abusing traffic police; out items are private persons' bar and
restaurant brawls (police and court cases), a private drunk driver, a driver's letter on a traffic
late fee, a debunked rumour of police letting a driver go, a 纪委 raid that found no cadres, and
two discipline/policy texts. Sources (stored-pages search): a nbnewpower copy of the 岳阳 土桥
派出所 report (traditional); a 长城网 copy of the 南国都市报 report on the 草坡派出所 所长 符文干;
a gzmeiin copy of the 陕西广播电视台 report on the 宁强 青木川镇 cadre 曹友林 (traditional); an
am730 report on the 郯城 villager and the officer 謝 (traditional); an aboluowang commentary on
officials' "進京嫖娼" (traditional); a 网易 list of 公职人员 酒驾 cases; a 纪委 site's copy of the
中央纪委 article on 谢德春; a 搜狐 copy of the 南方农村报 report on 茂名 大同村; a chinavalue
commentary on the 德惠 同太乡 mahjong table; a 中华网 copy of the 新京报 report on 陆丰 博社村; a
fx361 copy of the 中国青年报 comment on the 保定 case; a 西陆 page on the 商州 政协委员; out: a
钱江晚报 report on a 金沙湖 bar fight, a 现代快报 report on a 止马营 restaurant fight, a 天水 court
report on a "火吧" fight (traditional), a report on the 蚌埠 TT 酒吧 guards' old fight (traditional),
a 玛莎拉蒂 drunk driver, a 铜川 市长信箱 letter and reply, a 巴中 forum copy on a rumour, a 荆楚网
report on a 武汉 raid, a 河南 自然资源厅 page on party members' drink-driving and a 43u page on
嫖娼 and public servants. Six texts are in traditional script (items 1, 3, 4, 5, 15, 16; the
glossing pinyin of the pages' converted copies removed in 1, 3 and 15).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, forum lines and the truncated last sentences of the stored
copies removed); paragraphs joined; ASCII punctuation written full-width except inside numbers
("2,000元", "124.2mg/100ml"); stray spaces removed (003, 012, 013, 019). Page oddities kept:
the mixed simplified forms in the traditional 001, 003 and 015 ("曝光后", "采取", "什么"), "侯武傑"
beside "侯伍傑" (005), "李XX" (004), "到派出，謝警官" (004), "党组成员，副局长" (006), "貓腻" in a
simplified text (011), "及时的寄出了" (018).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
a 政协委员 holds a public office, as in fresh104th.py), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons and officials who only
handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md; an
official's own 赌博, 醉驾, brawl, 嫖娼 or 吸毒 is 生活纪律 as in the development set; shielding,
releasing or squeezing offenders is 滥用职权 (with 工作纪律 or 廉洁纪律 where the text says so).
Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (004, 008).
Out types: 涉法涉诉 5 (013-017), 个人利益诉求 1 (018), 其他 4 (019-022). 26 accused entries, all
in items 1-12: 16 with a full name (符文干, 曹友林, 李書躍, 侯伍傑, 李国宁, 张合军, 苏宁, 何强军,
龚晓雍, 蔡涛, 文政奎, 辛荣均, 谢德春, 赖儒辉, 冼奕, 蔡东家), 6 masked (邱某, 崔某, 姜某, 邓某,
徐某, 李某某), 4 post only. Every in item has at least one entry. Out items have no accused entry.

Close calls:
 1  Traditional, short; the byline "(記者禹志明)" cut, and the sentence garbled in the stored copy
    ("當?shù)嘏沙鏊参床扇…", on the 治安联防检查站 5 m away) cut. The arrested 所長 is named only by
    post: (None, '所長', '岳陽樓區公安分局土橋派出所'), the unit as written later for the 派出所 that
    fined and released 50 gamblers. 滥用职权 and 工作纪律; no off-duty offence of his own.
 2  Site lines, headline, photo line and three sub-headings cut; ends before the 所长's truncated
    quote. ('符文干', '所长', '草坡派出所'); the "两名民警" suspended with him are an unnamed
    group (no entry; hard, they could be one (None, '民警', '草坡派出所') entry). The 垦区公安局党委
    only acts. 工作纪律 and 滥用职权 (a den left open near the station; could be 工作纪律 alone).
 3  Traditional; the source line "(陜西廣播電視臺《第一新聞》)" cut; interview lines kept as
    published. ('曹友林', '干部', '青木川鎮'): "鎮上確實有名叫曹友林的干部" (first written "一名鎮
    干部" without the name). 劉女士 is the victim, 沈玉宏 only answers. 生活纪律 only.
 4  Mixed: the villager's own case (a 嫖娼 summons he says is false, his wish to have it "依法處理")
    beside the officer's demand for money and the loudspeaker van; in, the squeeze is central.
    Traditional; headline cut, the sub-heading "李先生：今年是我最尷尬難堪的一個春節" cut, ends
    before the truncated "喊話事件涉事民警謝某…" sentence, so the officer is only "一名姓謝警官":
    (None, '警官', '郯城縣派出所') ("姓謝" is no name, as "姚姓" in fresh104th.py). 滥用职权, 廉洁纪律,
    群众纪律. 李某某 is the villager.
 5  Traditional commentary; "評論 > 言論 > 正文" and the title cut; ends before the truncated "侯武傑
    在北…". Three accused: ('李書躍', '經偵大隊大隊長', '寶豐縣警局'), ('邱某', '副主任', '景山街道')
    (first written "甌海區景山街道副主任邱某"), ('侯伍傑', '原市委書記', '太原市') (first written
    "原太原市委書記侯伍傑"; hard: the 嫖宿 was when he was 山西省委宣傳部長). 龍某 is the go-between;
    the 陽泉電視台 女台長 is named as the woman, not accused (hard). 生活纪律; 贪污贿赂 for 侯伍傑's
    受賄 conviction, which the text states only in passing (hard).
 6  A list of published cases; ends before the truncated 高巍 case. Eight entries, positions as
    first written with the name ('干部', '工作人员', '原九级职员', '副局长' for "党组成员，副局长",
    '原党支部书记、监区长', '原三级警长', '副局长', '四级调研员'), units as written before the post.
    生活纪律 only.
 7  Site path, title and date line cut; ends before the legal paragraphs. ('谢德春', '原副总经理',
    '首创集团'): a state-firm manager in the 监察 scope. 八项规定 (公务用车) and 生活纪律.
 8  Mixed: 何锋's own claim to his job after a "被辞职" (个人利益诉求) beside a village cadre's 吸毒,
    the forced dismissal and cadres taken away by the 检察院; in. Captions and the sub-heading "村委
    委员“闪电戒毒”" cut; ends before the truncated "据大同村一村干部透露…". Accused: ('赖儒辉',
    '村委委员、团支部书记', '大同村') and ('冼奕', '村委会主任', '大同村') (he forced the dismissal;
    hard). 赖春山 only wrote the self-criticism, 蔡伟明 only investigates; the "三位村干部" are an
    unnamed group. 生活纪律, 滥用职权, 贪污贿赂 (frozen collective funds; hard).
 9  Commentary with the news paragraph it quotes (the citation "(2009年8月3日华商网—新文化报)" is in
    the text as published); ends before the truncated "而且，负责信…". Four masked players:
    ('崔某', '工作人员', '同太乡') (first "崔某为乡政府工作人员"), ('姜某', '林业站工作人员', '同太乡'),
    ('邓某', '村支书', '邓家村'), ('徐某', '村主任', '西二道村'). 李岩 only answers, 罗某 is the 信访
    worker on duty (not said to play). 工作纪律 and 生活纪律.
10  Page header, headline and the "脱毒隐忧" sub-heading cut; ends before the truncated "一个巧合
    是…". ('蔡东家', '村支书', '博社村') and (None, '所长', '甲西派出所'); the 14 cadres, the 陆丰
    公安局机关干部 and the 民警 are unnamed groups. Off theme (drug trade, not an official's own
    吸毒). 滥用职权 (保护伞), 廉洁纪律 (利益输送) and 选人用人 (a 所长 unrotated for 12 years, the
    支书's seats; hard).
11  Headline, date and journal lines and the source "(摘自《中国青年报》…)" cut. ('李某某', '二级
    调研员', '保定纪检监察系统'), the post "曾…担任" (retired). The 交警 who let him go are unnamed
    and unnumbered: no entry (hard; could be (None, '交警', None)). 生活纪律 and 滥用职权 (包庇).
12  The stored page is the article's second page; the sub-heading "拒绝抽血，医院内闹腾半小时" cut;
    stray spaces in "当 晚" and "并非 自己" removed. The unnamed man "称自己是商州区政协委员":
    (None, '政协委员', '商州区') (hard: only his own claim). 生活纪律.
13  涉法涉诉: private persons' bar fight and their request for police mediation of compensation;
    byline cut; ends before the truncated 行政拘留 sentence. Could be read as 个人利益诉求.
14  涉法涉诉: a drunken fight between two diners, mediated by the police. Could be read as 其他.
15  涉法涉诉, traditional: a criminal judgment on a "火吧" fight; headline and "天天天水網訊【記者
    景春燕】" cut; the commentary after the judgment cut.
16  涉法涉诉, traditional: bar guards prosecuted 13 years after a settled fight; the families'
    question why. The caption and a sub-heading cut; ends before the truncated account of the
    fight. 徐軍, 盧懷偉, 吳繞利, 喻斌, 徐林 are private.
17  涉法涉诉: a private drunk driver in a 玛莎拉蒂 under investigation; headline cut.
18  个人利益诉求: a driver's 市长信箱 letter against a 200元 late fee and the 交警支队's reply;
    the truncated last sentence of the reply cut. No misconduct alleged (the writer finds the
    answer unsatisfying); 杨剑光 only answers. Could be read as 涉法涉诉 (an administrative penalty).
19  其他: a forum copy of a 巴中 report: a crowd suspects 交警 let a driver go, the checks show
    she had not been drinking. Forum lines, the link and the two sub-headings "质疑：…" and
    "调查：…" cut; stray spaces removed; ends before the truncated 公安局 sentence. Hard: the
    suspicion of 徇私 is an allegation against unnamed 交警, but the text reports it refuted.
20  其他: a 纪委 and police raid on a den reported as cadres' gambling that found "没有发现党员干部
    参与其中"; the "荆楚网消息 (…)" line and the trailing "|" cut. Hard: the 6 "带彩" cases were
    already dealt with and no official is accused.
21  其他: a discipline Q&A on three party members' drink-driving (hypothetical 李某, 杨某, 吴某 of
    firms); the title and the heads "【案例】", "【分歧意见】", "【党纪评析】" cut. Hard: could be
    read as in (party members' 醉驾), but it is a teaching case without a real accused.
22  其他: a page on the rules for public servants' 嫖娼; the title, summary and heading cut; ends
    before the truncated 事业单位 sentence.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH159: list[Item] = [
    # 01
    ('http://m.nbnewpower.cn/sh/news/2007/06-12/955831.shtml',
     '湖南省岳陽市城區站前東路光天化日下大規模聚眾賭博一事被媒體曝光后，案發地派出所所長日前以涉嫌瀆職犯罪'
     '被逮捕。這個位于鬧市中的“地下賭場”規模大時7張賭桌同時開賭，甚至有未成年人參與，圍觀者很多。此事經'
     '有關媒體曝光后，賭案背后的瀆職犯罪引起有關部門重視。岳陽市檢察院初步查明：2007年1月至4月間，此'
     '案案發地岳陽樓區公安分局土橋派出所共查處賭博案件29件50人，均采取收取罰款、私自放人的形式處理，造'
     '成犯罪嫌疑人逍遙法外、片區內賭博之風蔓延的嚴重后果。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [(None, '所長', '岳陽樓區公安分局土橋派出所')]),
    # 02
    ('http://law.hebei.com.cn/system/2014/10/13/014112026.shtml',
     '10月12日，南国都市报03版《被举报数年赌场仍在开》一文，报道了位于海口市海垦路、与海南省垦区公安'
     '局草坡派出所相隔不远的一处较为隐蔽的赌场，开了数年之久，群众多次拨打110报警举报，警察查了数次仍在'
     '开的事。该报道见报当天，海南省垦区公安局党委针对禁赌问题召开了专题研讨会议。决定对草坡派出所所长符文'
     '干停止执行职务一个月，对辖区的两名民警停止执行职务15天，分别给予调查。记者了解到，目前省垦区公安局'
     '已成立专案组，将对本报报道中现场的涉赌人员，尤其是提供场地的人员将采取法律措施，立案调查。下一步，省'
     '垦区公安局将清查辖区内的涉赌场所、赌场，从严打击赌博违法行为。12日下午，记者来到省垦区公安局草坡派'
     '出所。据该派出所所长符文干介绍，在南国都市报报道此事后，省垦区局党委对此事高度重视，也对他做出了初步'
     '的处理。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('符文干', '所长', '草坡派出所')]),
    # 03
    ('http://m.gzmeiin.com.cn/news/202002/copper116516.html',
     '寧強縣青木川鎮有一名鎮干部，因為幾句玩笑話惱羞成怒，和住同一條街的中年女子大打出手。隨后還覺得不解氣'
     '，竟然抄著斧頭上門“算賬”。在青木川鎮，記者見到了當事人劉女士的兒子，他說，母親5月20號晚飯后串門'
     '時，遇到同一條街居住的曹某，因為幾句玩笑話發生沖突，雙方廝打在一起，等他得到消息時，母親已被送往醫院'
     '。當事人劉女士的兒子：傷是拳頭打的，當事人是曹友林。安頓好母親，劉女士的兒子回家后發現，自家雕花木門'
     '上出現多條被銳器砍出的深槽，深達兩三厘米，門板上被砍出兩厘米寬的口子，玻璃也被砸碎，一位目擊者說，這'
     '是有人故意砍的。記者：拿什么砍？目擊者：就是拿那個斧頭。記者：是誰砍的？目擊者：就是姓曹的。記者：當'
     '時那個姓曹的人喝酒了么？目擊者：喝酒了。對于5月20號晚上發生的這一幕，青木川鎮上很多人都不愿多談，'
     '只說這個人不好惹。目擊者：男方就姓曹。記者：那個姓曹的是什么身份？目擊者：在鎮上么。記者：在鎮上做什'
     '么工作？目擊者：他就是一般干部。劉女士的兒子說，鄰里之間有點磕碰很正常。但這位姓曹的干部打人后又持械'
     '損毀私人財物，就有點說不過去了。寧強縣青木川鎮政府表示，鎮上確實有名叫曹友林的干部，一直在休病假，現'
     '在鎮上已經立案調查。寧強縣青木川鎮武裝部部長沈玉宏：我們鎮紀委責令他向鄰居道歉，由公安機關進行調查，'
     '該他自己承擔的責任他自己承擔，鎮紀委調查以后，也按照相關的條例進行處理。',
     'in', None, False, ['生活纪律'],
     [('曹友林', '干部', '青木川鎮')]),
    # 04
    ('https://am730.com.hk/中國/警車鳴笛入村指名道姓廣播某人涉嫖娼-事主-就算有可以依法處理-有片-/448573',
     '今年春節期間，山東臨沂郯城縣，有警車鳴笛駛入村，並用廣播村民李某某涉嫌嫖娼。事主氣憤喊冤，郯城縣公安'
     '局表示，對事件高度重視，涉事民警已被停止執行職務，相關調查工作正在進行中。綜合報道，35歲事主李先生'
     '表示，他是司機經常在外，大年初四（2月13日）當日，有警車鳴笛駛入他住的村，廣播著「李XX涉嫌嫖娼」'
     '。網上影片顯示，先有一架警車駛經並廣播，一分鐘後又掉頭。李先生指出，2023年接到郯城縣派出所電話，'
     '一名姓謝警官指他有一筆轉賬涉嫌嫖娼，提出有人可以幫忙處理，李先生稱自己沒有嫖娼，但媽媽身體不好，免得'
     '她生氣，就轉賬2,000元人民幣給對方。詎料後來派出所傳召他，他只好拿出5,000元希望了結此事，惟'
     '對方稱要兩三萬元，並要他回村處理才能解決。李先生續指，他去年10月到派出所，謝警官聲稱涉嫌嫖娼一事上'
     '會照顧他，李先生回應自己不需要照顧，給錢並非真有嫖娼，只是想息事寧人，當日，李先生就被羈留了近24小'
     '時，翌日就把他釋放。今年2月，派出所通知他，已把傳召證貼在他的家門，還警告其母親不准撕下。李先生只好'
     '再到派出，謝警官未有拿出證據證明他嫖娼就要他承認，否則會再傳召他十多次，李先生當日再被羈留逾20小時'
     '，並警告除夕當日要再到派出所，李先生沒有依從，直至2月13日，派出所就派警車到村上找他，就發生警車鳴'
     '笛廣播事件。李先生重申自己沒有嫖娼，就算是有，可以依法處理，他說：「指名道姓說我涉嫌嫖娼，是對我人格'
     '極大侮辱，讓我在村裡抬不起頭做人。」他又形容，2024年春節是他有生以來「最尷尬難堪的一個春節」，決'
     '定到縣公安局和紀檢委反映。',
     'in', None, True, ['滥用职权', '廉洁纪律', '群众纪律'],
     [(None, '警官', '郯城縣派出所')]),
    # 05
    ('https://tw.aboluowang.com/2014/1017/459125.html',
     '日前，《法制晚報》報導，今年7月5日下午4時，北京警方在北京市東城區廣渠門外大街某小區7號樓1611'
     '號，將涉嫌介紹賣淫的龍某查獲。根據其交代，隨後，警方又在海淀區北京某大廈360號房間，將涉嫌嫖娼的河'
     '南省平頂山市寶豐縣警局經偵大隊大隊長李書躍查獲。李書躍於7月7日被處以行政拘留15天的處罰。據稱，李'
     '書躍近日表示：「北京那邊（警方）不存在辦錯案不辦錯案的問題，現在我正在進行訴願。」訴願結果如何，我們'
     '拭目以待。不過，很長一個時期以來，一些官員喜歡「進京嫖娼」，當是個不爭的事實。稍加盤點，我們不難發現'
     '，迄今為止，因「進京嫖娼」而當場被抓並被處理的官員，委實不少。去年4月10日晚，有網友爆料：浙江省溫'
     '州市甌海區景山街道副主任邱某，帶領工作人員去北京公幹，嫖娼被抓，被依法收容教育6個月。該網友還稱，甌'
     '海方面曾試圖與北京警方溝通，欲低調處理，但遭拒。據報，邱某後被開除黨籍。這是一起較早些的案例——20'
     '06年9月18日被北京市第二中級法院以受賄罪判處有期徒刑11年的原太原市委書記侯伍傑，曾於1996年'
     '3月（時任山西省委宣傳部長）利用在北京出差之機，找俄羅斯「小姐」嫖宿，結果被北京警方抓了個正著。一向'
     '牛氣沖天的侯伍傑還以為這是在山西太原自己的「一畝三分地」上，不僅不認錯，反而大發雷霆：「你們知道我是'
     '誰嗎？告訴你們，我兒子也在公安部門工作，他的官都比你們大！」侯武傑「進京嫖娼」還有另外一個版本，據《'
     '三聯生活周刊》報導，侯武傑任陽泉市委書記期間，「進京嫖娼」自備資源，嫖的是陽泉電視台「不漂亮，但愛打'
     '扮」的女台長。侯伍傑被北京警方當場抓獲後，警方還曾通知山西方面到北京領人。',
     'in', None, False, ['生活纪律', '贪污贿赂'],
     [('李書躍', '經偵大隊大隊長', '寶豐縣警局'), ('邱某', '副主任', '景山街道'), ('侯伍傑', '原市委書記', '太原市')]),
    # 06
    ('https://m.163.com/news/article/JGORNCLH05561256.html',
     '首先我们要清楚醉驾的标准是车辆驾驶人员血液中的酒精含量达到或超过80mg/100ml。接下来列举几个'
     '近年来一些地方政府公布的公职人员酒驾醉驾处理结果：2024年4月15日，江西省井冈山市市场监督管理局'
     '茨坪分局干部李国宁酒后驾车被交警查获，最后给予了李国宁政务警告处分。2024年3月25日，河南省鹤壁'
     '市卫生健康服务中心工作人员张合军酒驾被查，血液中酒精含量为79mg/100ml，2024年7月，张合'
     '军受到警告处分。2024年1月14日，河南省淇县市场监督综合执法大队原九级职员苏宁酒后驾车造成严重交'
     '通事故，经鉴定，苏宁血液中酒精含量高达233.65mg/100ml，这个属于非常严重的醉驾了，在受到'
     '3个月的拘役和2万罚金之后，2024年5月，苏宁受到开除处分。2023年9月，湖南省永州市新田县司法'
     '局党组成员，副局长何强军酒驾被抓，血液中酒精含量为148.05mg/100ml，2024年8月，受到'
     '党内严重警告处分。2023年4月14日，贵州省毕节市监狱七监区原党支部书记、监区长龚晓雍饮酒后驾驶机'
     '动车被公安机关查获。经检测，酒精含量为76.8mg/100ml。2023年6月，龚晓雍受到党内严重警'
     '告、记大过处分，免去其党支部书记。2023年3月5日贵州省黔东南州施秉县公安局指挥中心原三级警长蔡涛'
     '酒后驾车被查，酒精含量为23mg/100ml，后来蔡涛受到政务记大过、调离公安系统。2023年2月2'
     '5日，甘肃省酒泉市公路运输管理局副局长文政奎醉驾被查，血液中酒精含量为224.90mg/100ml，'
     '这也是非常严重的醉驾，2024年3月文政奎受到开除党籍、开除公职处分。2023年2月21日晚，江西省'
     '宜春市宜阳新区管委会四级调研员辛荣均酒后驾驶机动车被交警查获。经检测，辛荣均属饮酒后驾驶机动车。20'
     '23年5月，辛荣均受到政务记过处分。',
     'in', None, False, ['生活纪律'],
     [('李国宁', '干部', '井冈山市市场监督管理局茨坪分局'), ('张合军', '工作人员', '鹤壁市卫生健康服务中心'), ('苏宁', '原九级职员', '淇县市场监督综合执法大队'), ('何强军', '副局长', '新田县司法局'), ('龚晓雍', '原党支部书记、监区长', '毕节市监狱七监区'), ('蔡涛', '原三级警长', '施秉县公安局指挥中心'), ('文政奎', '副局长', '酒泉市公路运输管理局'), ('辛荣均', '四级调研员', '宜阳新区管委会')]),
    # 07
    ('https://lxjj.gov.cn/contents/6/422.html',
     '“2019年1月10日晚，谢德春应邀参加私人聚餐，餐后，谢德春独自驾驶单位公务用车回家，途中因醉酒驾'
     '车被公安机关查获，被东城区人民法院判处拘役一个月。谢德春受到开除公职处分。”春节前夕，北京市纪委监委'
     '通报了首创集团原副总经理谢德春醉酒驾驶公务用车等4起酒后驾驶公务用车违纪违法问题。通报称，从曝光的典'
     '型问题看，党员干部特别是领导干部发生酒驾、醉驾等违法行为前，不同程度存在违反中央八项规定精神问题，有'
     '的甚至长期存在，再次表明了“破法”必先“破纪”，“破纪”往往从漠视中央八项规定精神开始，这些人受到党'
     '纪政务处分和法律惩处，付出惨痛代价，教训十分深刻，广大党员干部务必引以为戒。公务用车、醉酒驾车、拘役'
     '、开除公职，通报中的四个关键词清楚呈现了国有企业管理人员谢德春受到处分的前因后果，也给党员领导干部和'
     '公职人员及时敲响警钟：守住底线才能安心过节！',
     'in', None, False, ['八项规定', '生活纪律'],
     [('谢德春', '原副总经理', '首创集团')]),
    # 08
    ('https://news.sohu.com/20100829/n274545051.shtml',
     '最近一个月来，在广东省茂名市茂港区羊角镇大同村，茶余饭后，不少村民仍在热议村委会调解副主任何锋在本人'
     '毫不知情的情况下“被辞职”一事。8月11日，在茂名市委组织部的要求下，茂港区委组织部副部长蔡伟明率领'
     '羊角镇政府等有关人员前往大同村委会调查了解临时雇用干部何锋“被辞职”的有关情况。会后，大同村“两委”'
     '被要求作出书面检讨。随后，茂港区委组织部将一份关于大同村委会解雇何锋的调查报告上交到茂名市委组织部，'
     '报告并没有提及解聘何锋的公告是否有效。目前，除了村支书赖春山代表大同村支部作了书面检讨外，村委的检讨'
     '还没有交。“被辞职”之后“赋闲”在家的何锋毫无心思打理自己的生意，一直期盼上级有关部门能给自己一个说'
     '法。大同村部分村干部也希望区、镇有关领导能向村支书、主任施加压力，让何锋回来继续上班，“免得再节外生'
     '枝。”部分村干部怕事情越闹越大的担忧来自于离职后的何锋可能带给村里的“麻烦”。在此之前，大同村大部分'
     '“对外”事务都是由何锋负责，“掌握的‘内幕’肯定不少。”一位村干部告诉南方农村报记者。今年3月以来，'
     '以何锋“被辞职”事件为发端，一村委委员被强制戒毒、三位村干部被检察院带走调查、20万元集体资金遭冻结'
     '，“丑闻”缠身的大同村“两委”危机空前。今年3月1日，就在村委会主任冼奕突然召集会议强行解聘何锋当天'
     '，村委委员、团支部书记赖儒辉也被当地派出所送进位于茂港区小良镇的强制戒毒所。',
     'in', None, True, ['生活纪律', '滥用职权', '贪污贿赂'],
     [('赖儒辉', '村委委员、团支部书记', '大同村'), ('冼奕', '村委会主任', '大同村')]),
    # 09
    ('https://chinavalue.com.cn/article/2009/8/5/186220.html',
     '8月1日10时50分许，记者在德惠市同太乡采访时，在乡政府信访接待办公室看到有人在打麻将。参与者之一'
     '崔某为乡政府工作人员，称他们玩只是为了赢午饭。同太乡党委副书记李岩说，经过调查，确认了参与打麻将的4'
     '个人，其中两人为乡政府公务员，崔某为乡政府办公室文书，姜某为林业站工作人员。另外两人为邓某，邓家村村'
     '支书；徐某，西二道村村主任。（2009年8月3日华商网—新文化报）办公场所，那是办公和接待来访群众办'
     '事的地方，居然被放进了麻将桌，而且还有公务人员参与了搓麻，实在是不敢想象。笔者孤陋寡闻，只听说过，有'
     '人在上班时间利用电脑玩游戏、打扑克、炒股、聊天等而违反工作纪律的，还没听说过有人将专业麻将桌搬进（也'
     '许一直就放在室里）办公室，进行赌博，尽管参与者称他们玩只是为了赢午饭，但是该乡信访工作负责人称每天都'
     '安排人值班的，也就是说工作时间公然打麻将，实在不知还有什么时间不能玩乐消遣的。也许有人会说，休息日来'
     '访的群众本来就少，因此，虽然安排工作人员值班了，但是反正没事，闲着也是闲着，打个平锅（赢午饭），没什'
     '么大惊小怪的。不过，“话”虽可以这么说，但是“理”绝对不能这么讲。首先，办公场所，打麻将是纪律所不允'
     '许的。同太乡党委副书记李岩说，信访办每天都有人值班，专门接待群众来访，除罗某（负责信访工作）外，其他'
     '部门的工作人员也都参与值班，“但不论什么时候，都不允许在机关单位打麻将，这是违反有关纪律的。”既然是'
     '违反纪律的，那么为什么还有人明知故犯，这样的纪律还有什么约束力，不拿纪律当回事的工作人员，还能拿群众'
     '的信访问题当回事，热衷于搓麻、玩乐，还能耐心接待群众、热心服务群众，“门难进，脸难看，事难办”的机关'
     '诟病又如何消除？',
     'in', None, False, ['工作纪律', '生活纪律'],
     [('崔某', '工作人员', '同太乡'), ('姜某', '林业站工作人员', '同太乡'), ('邓某', '村支书', '邓家村'), ('徐某', '村主任', '西二道村')]),
    # 10
    ('https://news.china.com/domestic/945/20140118/18296969_3.html',
     '有村民感叹，禁毒和戒毒一样难。检索博社村所在的三甲地区历史可见，涉毒犯罪并非新生事物。早在1999年'
     '，三甲地区就因涉毒问题严重，被国家禁毒委列为“全国毒品危害重点地区”。第一顶“毒帽”于2004年摘下'
     '，过了几年，当地毒品犯罪死灰复燃，2011年重戴“毒帽”。虽然很多当地官员把毒品屡禁不绝的原因，归咎'
     '于村民法律意识淡薄、暴利诱惑驱使，但不得不正视的问题还包括，基层政府的涣散和来自政府警队的保护伞。广'
     '东警方的行动中，陆丰党政部门干部，涉嫌充当毒贩保护伞的有14人，除了博社村支书蔡东家等村干部，还包括'
     '陆丰公安局机关干部，当地派出所所长和民警等。尤其是被媒体广泛关注和报道的涉毒村支书蔡东家，据称早年在'
     '外经商，回村走马上任没多久，即沦为村里制毒、贩毒人员的“保护伞”。这样一个涉毒的村支书，是如何长期占'
     '据“村党支部”和“村委会”负责人的位置，又如何能够接连当选陆丰市和汕尾市人大代表？蔡东家保护毒贩的同'
     '时，谁在保护蔡东家，也需要彻查。此外，早在2012年7月，陆丰市政法委曾建议，轮换“三甲地区”部分民'
     '警。背景是，三甲地区的公安派出所、刑警中队、交警中队民警67名，其中“三甲地区”籍45名，占比达67'
     '%。而甲西派出所所长，连续担任所长12年没有交流。目前，相关民警和派出所长已被采取措施，但一个所长为'
     '何能12年不交流，背后有没有利益输送或者“保护伞”，同样需要彻查。',
     'in', None, False, ['滥用职权', '廉洁纪律', '选人用人'],
     [('蔡东家', '村支书', '博社村'), (None, '所长', '甲西派出所')]),
    # 11
    ('https://m.fx361.cc/news/2020/0902/7002575.html',
     '最近，一则“有人酒后驾车，交警不测酒”的视频在网上热传。视频中，一名女子驾车被逆行车辆撞到，交警却并'
     '未当场对逆行车主做酒精检测，直到两个多小时后，在被撞女子的一再要求下，才用酒精检测仪测出男子体内酒精'
     '含量为175毫克/100毫升。然而，交警并未进一步抽血检查，就以心脏病为由放走了醉驾者。事发之后，在'
     '舆论场上引发了轩然大波，逆行车主曾在保定纪检监察系统担任二级调研员的身份，更让事件备受关注。7月26'
     '日，保定市公安局交通警察支队发布通报称，警方已经以涉嫌危险驾驶罪对当事人李某某刑事立案，并采取刑事强'
     '制措施。从通报上看，当事人确系醉驾无疑。那么，交警为何没有在第一时间对其测酒，又为何在已经测出醉驾的'
     '情况下把人放走？7月28日，经保定市纪委常委会会议研究并报市委批准，决定给予醉驾者李某某开除党籍处分'
     '，按规定取消其退休待遇。这从另一方面加深了公众对交警当时做法的质疑。这起交通事故发生在深夜，而且是逆'
     '行所致，无论出于职业警觉、还是例行公事，交警抵达现场后，都应快速检测驾驶员是否涉嫌醉驾。而交警故意放'
     '走涉嫌醉驾者，背后是否有貓腻？交警不按章执法，有包庇之嫌。执法者应以此为鉴。',
     'in', None, False, ['生活纪律', '滥用职权'],
     [('李某某', '二级调研员', '保定纪检监察系统')]),
    # 12
    ('http://www.xilu.com/news/weiyuanjiujiarumajiaojing_2.html',
     '交警将该男子带至医院后，男子用手机联系了儿子亲戚等，很快几人赶到。男子拒绝被带至抽血区，并辱骂交警。'
     '“这个人一直不配合抽血。”3月24日上午，交警介绍，在去医院的路上，男子称自己是商州区政协委员。“我'
     '们说，既然是政协委员，更应该配合执法，但他根本不听。”男子在医院内闹腾半小时多，亲戚劝说后才开始抽血'
     '。接着，他又被带回商州交警大队事故中队办案区做笔录。“当晚我们共查获5起涉嫌酒后驾车案件，其他人都比'
     '较配合。”交警无奈地说，到了办案区，男子在做完笔录后仍然对他们进行辱骂。而对于男子称他没开车、车并非'
     '自己的“谎言”，他们通过调取监控查询等证实，男子在距查酒驾处几百米的路上，曾右手接电话左手驾车，而他'
     '驾驶的黑色雅阁轿车也是他本人的。',
     'in', None, False, ['生活纪律'],
     [(None, '政协委员', '商州区')]),
    # 13
    ('http://hznews.hangzhou.com.cn/shehui/content/2019-04/09/content_7174185.htm',
     '随着天气转热，人们的夜生活也丰富起来，约三五好友唱个歌、喝个酒，好不惬意。不过，几杯酒下肚，脾气也就'
     '跟着上来了，一点小摩擦就可能引发一场冲突。前几天金沙湖派出所就处理了一起酒吧打架警情。“有好几个人在'
     '酒吧里打架，你们快过来看看。”上周三，金沙湖派出所接到市民报警，称高沙商业街某酒吧有人发生肢体冲突。'
     '赶到现场后，民警发现一名小伙子手捂着头，满脸鲜血站在酒吧门口，与面前的4名男子对峙。“怎么回事？为什'
     '么打架？”民警询问起现场的4名打架嫌疑人。“没打架，我们开玩笑，他不小心摔倒了。”面对民警的询问，4'
     '人均表示男子是自己摔伤的，等会就带他去医院处理。“你是摔伤的？还是他们打你？”民警不放心，多次询问受'
     '伤男子，但他却坚称不是打架，不需要民警处理。眼见双方都说没事，民警登记了他们的身份信息后离开了现场。'
     '没曾想，到了下午5人一同来到派出所，要求民警帮忙调解。“受伤小伙又说不是摔伤的，是对方4个人打的他，'
     '现在要求赔偿医药费、误工费。”调查之后，民警得知，当天凌晨2点左右，受伤的朱某在酒吧里喝闷酒，因一点'
     '琐事与汪某发生了纠纷，后汪某伙同陈某、张某、项某，与朱某互相扭打在一起。“朱某喝多了酒，就对着边上一'
     '个不认识的女孩，不停质问她为什么不回微信、不接电话。汪某看到后，就出头说了句，‘为什么要接电话，关你'
     '屁事啊。’就这样，双方拿着酒瓶打了起来。”民警调取监控录像后发现，几人从酒吧里一路推搡至门口，冲突中'
     '陈某拿起手中的酒瓶，砸在朱某的头上，汪某、张某等人见状也冲了上来，双方随即扭打在一起。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://news.lc123.net/ask/2016-12-20/88468.html',
     '12月10日晚，止马营派出所接到某饭店服务员报警称，他们饭店里两名顾客打起来了，还有人受了伤，需要民'
     '警到现场处理。现代快报记者了解到，民警赶到时看到一男一女正相互对峙，男的捂着头，血从指缝间往下流，而'
     '女的额头也青了一大块。民警立即制止两人，并询问事情经过。这时，报警的饭店服务员告诉民警，两人是一起来'
     '用餐的，但付钱时发生纠纷。当时受伤的男子正准备结账，但这位女伴不乐意，说这顿饭必须她来付钱，不然就是'
     '看不起她。男子没有搭理她，执意要付钱。接下来的一幕让服务员目瞪口呆，女子竟然直接拿起旁边桌子上的啤酒'
     '瓶给男子的头上来了一下。男子当场头破血流，并很快和女子撕扯到了一起。双方在扭打的过程中，还将饭店的一'
     '副价值千元的字画给弄坏了。民警随后将受伤的两人送到了附近医院，经过医院救治，男子头部缝了6针，而女子'
     '则只是表皮伤并无大碍。待两人酒醒后，民警将他们带回派出所。现代快报记者了解到，经民警调解，两人对于自'
     '己酒后的行为非常后悔。打人女子戴某主动赔偿了受伤男子张某的医药费，并承诺将赔偿饭店的损失。戴某告诉民'
     '警，她知道自己以前酒后自制力较差，但是没想到会冲动到动手打朋友。警方提醒：逢年过年朋友聚会喝酒要适量'
     '，过量饮酒不仅伤身还有可能造成不必要的损失，酒后违法一样要受到相应处罚。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://sq-yy.com/xwzx/2017-01/19/content_1528927.htm',
     '秦州區法院日前開庭審理了一起酒后尋釁滋事案，依法判處被告陶某、王某一年二個月和一年有期徒刑。2016'
     '年4月16日凌晨1時許，被告人陶某、王某與朋友在秦州區某“火吧”包廂飲酒玩耍。其間，王某外出時遇到亦'
     '在此玩耍的朋友許某，遂將許某等人也叫至包廂一起玩。不一會兒，許某欲先行離開，陶某與王某等人即以“喝完'
     '一瓶啤酒才能離開”為由有意為難許某，許某無奈之下打電話叫來朋友鄭某甲、鄭某乙、郭某接其離開。陶某見鄭'
     '某乙進包廂后，未打招呼直接將許某往出拉而心生不滿，即揮拳打了鄭某乙的面部，后又持啤酒瓶在鄭某乙頭部、'
     '肩部亂打，并持匕首戳傷鄭某乙左肩部，王某持啤酒瓶對隨后準備進入包廂的鄭某甲進行毆打，陶某又持匕首上前'
     '幫忙，并將鄭某甲身體多處刺傷。經司法鑒定：鄭某甲、鄭某乙均構成輕微傷。法院審理認為，被告人陶某、王某'
     '酒后隨意毆打他人，致二人輕微傷，情節惡劣，其行為均構成尋釁滋事罪，遂依法對二被告人作出上述判決。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://www.tnttimes.net/society/29262.html?variant=zh-tw',
     '一起發生在2011年1月的酒吧保安與客人糾紛事件，在經警方介入後，賠償受輕傷者35萬元後調解結案。然'
     '而，13年之後，2024年11月，涉事酒吧老闆及保安共15人被以故意傷害罪立案，後以涉嫌尋釁滋事罪刑'
     '拘，最後又以涉嫌聚眾鬥毆罪提起公訴。目前，安徽蚌埠市蚌山區人民法院受理了該起檢察機關移送的聚眾鬥毆案'
     '件。針對家屬認為的「當年已經賠償了受害人並獲諒解，事情過去十多年為何還追究」的疑問，該法院工作人員向'
     '家屬表示，該案起訴罪名為聚眾鬥毆罪，其追訴時效是15年，因此仍在有效追訴期內。不過，由於該案以聚眾鬥'
     '毆罪名移送與該法院此前判決過的故意傷害罪名衝突，因此開庭暫無排期。2024年11月11日，50歲的徐'
     '軍在自家樓下被警方帶走。徐軍的妻子很吃驚，「老公基本上跟我24小時不離開，他沒有犯過什麼錯，他才動過'
     '心臟手術還沒滿一個月。」此後，47歲的盧懷偉、吳繞利等十多人相繼被警方抓獲，皆因13年前在酒吧當保安'
     '時的一樁鬥毆事件。2010年12月，蚌埠市經濟開發區新開了一家名叫TT的酒吧，酒吧老闆有兩人，分別是'
     '外地的喻斌和本地的徐林。酒吧向社會招聘，蚌埠附近居民徐軍、盧懷偉等十多人過來應聘當保安，吳繞利應聘為'
     '保安隊長。酒吧規定，如果顧客與工作人員發生糾紛，保安要先行勸阻，勸阻無效後，保安就要參與打架，酒吧配'
     '了鋼管、棒球棍等。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://bilezu.com/html/251149601.html',
     '近日，交警五大队指挥中心接群众报警称，中山北路中央商场附近发生一起单方事故，有一辆玛莎拉蒂撞上护栏，'
     '司机却丢下车子跑进了商场，导致后方拥堵。接警后指挥中心立刻通知附近警力前往处理。民警到现场后，发现一'
     '段护栏被撞损，司机仍然不见踪影。因目击者称司机躲进了中央商场，于是民警持着从车内找到的身份证进商场试'
     '图寻找当事人。果不其然，在商场一个靠窗的位置找到了正在打电话的当事人，并证实了门口的玛莎拉蒂确实是该'
     '男子所驾驶，同时闻到了该男子身上浓郁的酒气，怀疑他是酒后驾车。事故车辆被拖离现场，男子拒不配合吹气，'
     '被直接带往附近医院抽血检验，随后被带去五大队作相关询问。经询问，男子姓苏，车子是朋友的。据苏某交代，'
     '当日凌晨5点多在1912酒吧喝了点洋酒和几瓶啤酒，一直喝到早上8点多，准备返回家中。因为心情不好，加'
     '之侥幸心理作祟，便没有喊代驾，酒后驾车上路。根据11月21日出具的血检报告显示，苏某当时血液内酒精含'
     '量为192.2mg/100ml，远超醉驾标准。苏某因涉嫌危险驾驶，目前已被公安机关立案侦查。',
     'out', '涉法涉诉', False, [],
     []),
    # 18
    ('http://www.tongchuan.gov.cn/web/hdjl_email/show.rt?channlId=4009&mailId=540',
     '你好！我于2月4日去交警三大队处理交通违章，被告知有一个2012年7月18日的超速违章，罚款200元'
     '，滞纳金200元。对于200元的违章处罚我没有异议，但问道为何会有200元的滞纳金？交警回复说交通违'
     '法后他们及时的寄出了“交通违法通知单”。但是不知道为什么我却没有收到这个单子，于是问会不会漏寄了？又'
     '问如何确认寄出了？寄出的是否有单号或凭证？我应该如何到邮局查询？如何确认通知单已送达当事人？回答是一'
     '般不会漏寄，查询没有办法，认为寄出了就视为送达。对于以上问题的回答我极为不满意，这岂不成了你说寄出了'
     '就是寄出了，你说收到就收到了，或是说当事人是否收到都与滞纳金的产生无关？！在这个规范，文明，人性化的'
     '今天，这种做法让一个老百姓很受伤。市公安局收到市长信箱《我市交警寄出交通违法处罚通知单该如何查询？》'
     '摘要后，我支队杨剑光支队长高度重视，立即安排有关科室及相关大队进行调查和落实，现就有关情况汇报答复如'
     '下：目前，我支队及所属交警大队依照国家法律法规取证的各类道路交通违法行为，主要采用现场粘贴告知书、邮'
     '寄交通安全宣传明信片（中国邮政挂号投递）进行违法告知。收不到明信片的原因：一是车主在车辆报户时提供的'
     '身份证明上标注住址是原老住址（请核对您行驶证上登记的住址信息是否和你现住址一致，如果不一致，您应该持'
     '现住址合法证明到交警支队车管所办理行驶证登记住址变更手续）；二是即使住址信息一致，但不在中国邮政投送'
     '范围。邮局有时也存在不能投送到户现象；三是有些单位、社区门房收发工作不到位或车主没有及时到收发室领取'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://www.0827ug.com/thread-36535-1-1.html',
     '因为怀疑交警在夜间查酒驾行动中放走了有酒驾嫌疑的一位女司机，有旁观市民据此对交警提出质疑，后引起多位'
     '市民围观。21日晚，巴城交警在吊桥街路口查酒驾时，发生了这样一个小“插曲”。经查证，当事奔驰车司机实'
     '为外地籍男子，酒驾行为也无从说起。21日晚10点左右，晚报记者接线报赶到现场时，已有众多市民将一辆警'
     '车团团围住，旁边的天桥及梯步上也站满了围观者，整个道路非常拥堵。一位民警正大声劝说围观者散去，但他的'
     '声音淹没在了围观者的质疑声和汽车鸣笛声中。“我们在这里看他们查酒驾，有个南充车牌号的奔驰车女司机可能'
     '喝了酒开车，可在检查过程中，有交警接了一个电话后，就把这名司机放走了。”有围观市民说，那是辆豪车，司'
     '机肯定有关系。随后，市公安局、交警支队的相关负责人陆续赶到现场，经劝诫，事情逐渐平息，晚上10时30'
     '分许，围观市民陆续散去。事情发生后，有网友在论坛、微博中发帖称，“巴中交警放走酒驾司机”、“交警查酒'
     '驾疑放走奔驰车司机”……引发关注。随后，市交警支队等相关部门连夜调查，结果表明：21日晚21时09分'
     '，市交警支队直属一大队在开展酒驾整治中，对一辆奔驰轿车司机进行了两次呼吸式酒精测试，测试结果均显示未'
     '达到法定酒后驾车标准，民警随即对该车予以放行。但现场有市民质疑，是否因为该车不是本地车辆或是豪车的原'
     '因就免于处罚，短时间内现场聚集了较多市民围观。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://news.sohu.com/20080402/n256060434.shtml',
     '近期，武汉市纪检、公安机关携手打掉一个深藏在民居私房内的赌博窝点，对开设该窝点的4人分别给予行政拘留'
     '15天并罚款3000元的处理，给涉赌党员干部敲响了警钟。今年2月，武汉市纪委收到群众举报，武昌四美塘'
     '20号长期有党员干部聚众赌博。查清事实后，3月5日，武昌区纪委与该区公安分局组织警力，当场查获摇骰子'
     '赌博者21人，收缴赌资3万余元。经核实，没有发现党员干部参与其中。武汉市纪委、市监察局近年来一直严查'
     '党员干部参与赌博以及“带彩”娱乐行为，今年会同市公安机关共到娱乐场所暗访30余次，检查娱乐场所数百家'
     '，查获赌博案3件，收缴赌资24万余元；发现党员干部参与“带彩”娱乐6起，均按规定进行了严肃处理。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://wap.dnr.henan.gov.cn/2021/11-25/2354792.html',
     '案例一：李某，中共党员，某公司部长。某晚，李某酒后驾车被查获，血液中酒精含量为124.2mg/100'
     'ml。经法院判决，认定李某行为构成危险驾驶罪，判处拘役一个月，缓刑二个月，罚金1000元。案例二：杨'
     '某，中共党员，某企业副总经理，某日杨某酒后驾车前往酒店旁道路寻找等候的代驾，被执勤交警查获，血液中酒'
     '精含量88mg/100ml，超过醉酒标准值。法院认为杨某构成危险驾驶罪，但犯罪情节轻微，决定对杨某免'
     '于刑事处罚。案例三：吴某，中共党员，某公司主任。某晚，与家人聚餐后，驾车回家被民警查获，经测试，结果'
     '为45mg/100ml，未达到醉驾标准。交管部门依据《道路交通安全法》，给予吴某罚款1500元，记1'
     '2分，暂扣驾驶证6个月的处罚。意见一：党员酒后驾车行为应一律开除党籍。意见二：党员酒后驾车行为，应当'
     '根据情节，具体问题具体分析。上述案例中，行为人酒后驾车情节不同、性质不同，应根据规定具体分析。案例一'
     '中李某醉酒驾驶，经法院作出判决。依据《中国共产党纪律处分条例》第32条规定，应给予李某开除党籍的处分'
     '。案例二中杨某醉酒驾驶，但因情节轻微，法院依法免于刑事处罚。依据《中国共产党纪律处分条例》第31条规'
     '定，应给予杨某撤销党内职务以上处分。同时，杨某作为国有企业领导人员，应按照《国有企业领导人员廉洁从业'
     '若干规定》管理权限给予杨某相应的组织处理或组织调整。案例三中吴某酒后驾驶，虽未达到醉酒驾驶标准，但其'
     '行为已违反《道路交通安全法》。依据《中国共产党纪律处分条例》第28条规定，吴某行为与一名党员的身份极'
     '不相符，影响了党的形象，应给予相应党纪处分。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://news.43u.com.cn/a/177901.html',
     '在社会的公序良俗与法律规范的双重审视下，嫖娼行为始终被钉在违法的耻辱柱上。而当这一丑行牵涉到公务员和'
     '事业单位人员时，其引发的连锁反应犹如一场强烈的职业“地震”，究竟会给他们的公职生涯带来怎样的冲击？是'
     '否就意味着必然被开除公职，彻底告别体制内的舞台呢？先看公务员群体，他们作为国家行政事务的执行者，被赋'
     '予了较高的权力与责任，相应地，行为规范的要求也更为严苛。《行政机关公务员处分条例》与《公职人员政务处'
     '分法》如同两把高悬的达摩克利斯之剑，明确规定参与卖淫、嫖娼等活动者，面临撤职或开除的惩处。不过，法律'
     '亦不乏人性化的考量，对于初犯且有主动投案、如实交代等悔过表现者，给予撤职处分，若已无职位可撤，则处以'
     '降级处分，这无疑是在法律的刚性中融入了一丝弹性，给那些一时失足者以改过自新的机会。相反，若存在多次嫖'
     '娼的劣迹、在调查过程中拒不配合甚至故意对抗，或者因嫖娼行为造成恶劣的社会影响等情形，开除公职便成为不'
     '可逃避的结局，以彰显法律对公职人员道德败坏行为的零容忍态度。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH159, "fresh159")
