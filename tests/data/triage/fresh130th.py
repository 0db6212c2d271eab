"""Sealed batch fresh132: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh130th.py; the batch and its row ids are "fresh132".)

Theme: agricultural insurance (政策性农业保险, 生猪 and 能繁母猪保险, 森林保险, 种植业保险 理赔 and
保费补贴): a 畜牧站 taking 8% of insurers' premiums while a farmer without a pig drew 93.6万 in
payouts, village and township cadres standing in as fake insured (替保, 虚保, 垫支保费), a 兽医站
organising false livestock claims, 乡村干部 in 骗保 found by auditors; out items are farmers' and a
firm's insurance lawsuits, farmers' unpaid or disputed claims (a 网民留言 with the city's reply, a
TV report, a newspaper follow-up), an insurer's own subsidy fraud, a 森林保险 feature, a county's
statement on dead pigs at a claim check and a premium-subsidy notice. The stored pages held few
named agricultural-insurance cases: after 26 queries the in items were filled from the
neighbouring insurance and farm-subsidy matters (失地农民保险 007; 扶贫养殖补贴 006; 种粮补贴 008,
012; 农机补贴 009; 良种补贴 011; a village's 森林防火 meal bills 010). Sources (stored-pages
search): an ifuun copy of the 新華每日電訊 report on 德陽 生豬保險 (traditional); a pixnet blog copy
of the 驛城區檢察院 analysis (traditional); a cwyan forum copy of a commentary on the 叶县 fraud; a
fnf.org.cn commentary on a 江蘇 獸醫站 (traditional); a fx361 copy of 程光亮's audit article; the
湖北 纪委 copy of the 纪检监察报 report on 武当山's "12头牛"; a 成都大学 纪检 page on the 永康 会计
胡英萍; a sgvbots article on the 东阳 横禾联社 father and son; a changxiangtd copy of a 莊河
農機補貼 case (traditional); a xnjwjc.gov.cn 纪委 story on the 通城 东港村 支书; a hyyz888 copy of
the 连江 定岐村 report; a yinheyuedu book page on a 菏泽 village's 小麦直补; out: a ntfabu report on
a 通州湾 rice-insurance trial, an enongzi page on the 灵台 orchard lawsuit, a fx361 copy on the 逊克
farmer 祁某's fraud trial, a p146 copy of a 冠縣 网民留言 and the 聊城 reply (traditional), a p146
copy of the 濱州 聶寶申 report (traditional), a johnnytowncar copy of a newspaper's follow-up on
灌云 corn claims, a nctudi copy of the 东南网 report on 中华联合's sow insurance, a baogaosu copy of
a 四川 森林保险 feature, the 唐河县农业农村局's statement and the 烟台 premium-subsidy notice. Six
texts are in traditional script (items 1, 2, 4, 9, 16, 17; the glossing pinyin of the pages'
converted copies removed in 4 and 9).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, site lines, source tags ("东南网财经讯", "齊魯網2月19日訊", "（案例来源：灵台
县法院）"), the 留言板 labels and the truncated last sentences of the stored copies removed);
paragraphs joined; ASCII punctuation written full-width except inside numbers ("8:00", "1.5%",
"494.49kg/亩"), "--" written "——" (019); stray spaces after punctuation removed (011, 016, 021). Page
oddities kept: the commentary's own citation "（11月10日 《法制日报》）", "呈现现群体化" and "粘沾性"
(003), the simplified "后" in the traditional 004 and 009, "动作模式" (005), "一反一复" (012),
"这类保险是以村为单位投保的了", "不认可地", "满目苍夷" and "因过于天气转变太过突然" (014), "4.5月份",
"今天7.8月份" and "補償標準一致沒有公示" (016), "補償我折上一分錢沒有" (017), "树子" (020).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the staff of public 畜牧站, 兽医站, 农业服务中心 and 包保干部 count as public servants; the heads of
a cooperative federation entrusted by the government with subsidy review count because the text
calls them 监察对象 (008); insurers' staff, farmers and breeders do not), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses,
firms, insurers, businessmen and farmers without a post, and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name) and units as written; unit None when the text ties the person to no
named unit. Topics only from the twelve names of triage.md; money kept from farmers is 群众纪律,
fraud on insurance premiums, payouts and subsidies 贪污贿赂, checks done for show 形式主义官僚主义.
Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (011, 012,
018). Out types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022). 9 accused
entries, all in items 1-12: 3 with a full name (胡英萍, 吕忠福, 吕键微), 4 masked (伍某順, 张某, 李某,
聂某某), 2 post only. Items 002, 003, 005 and 011 are in scope with no accused entry. Out items have
no accused entry.

Close calls:
 1  Traditional; the site path, headline, "首發…" and "作者…" lines and the two sub-headings cut;
    ends before the truncated 公章 sentence. 伍某順 first written "廣漢市基層畜牧站站長伍某順":
    ('站長', '廣漢市基層畜牧站'). Hard: in the kept text he only explains, but he heads the station
    that took 8% of the premiums and stamped the insurers' data (the report calls 畜牧站 a tool of
    the fraud), so he is accused; the cut sentence on the seal key would have made it plain.
    張某偉 is a farmer without a post and the 保險機構業務員 are private: not accused. 贪污贿赂 (the
    station's 8%) and 工作纪律 (監章 without checking).
 2  Traditional blog copy; the byline "聶旭光 趙海洋" cut; ends before the "犯罪分子“抱團作案”…"
    head and the truncated 97% sentence. The "鄉鎮和村組幹部" who 替保、虛保 and the 13件27人 are
    unnamed: in, no entry. Hard: half the text is on farmers' low payouts (魯老漢 is a farmer); the
    central matter is the 職務犯罪 of the 農業保險 cases. 贪污贿赂 and 群众纪律.
 3  A forum copy of a commentary; ends before the truncated "聚沙成塔…" sentence. The "村干部" are
    accused only as a group: no entry; the 保险公司工作人员 are private. 贪污贿赂 and 群众纪律.
 4  Traditional, glossing pinyin removed; ends with the second paragraph because the next sentence
    runs into a garbled join in the copy ("面目全非”?!昂媒…"). The station head of an unnamed 鎮 is
    accused post-only (None, '站長', None), as fresh127th.py's '院长'; the 獸醫 and 工作人員 are
    unnamed. 工作纪律 and 形式主义官僚主义 (false claims to meet the 考核任務).
 5  Byline "■程光亮" cut; ends before "三是保险资金体外循环隐藏腐败。" and its truncated sentence.
    "基层党员干部", "村组", "农技员" and "协保员" are unnamed: in, no entry. 贪污贿赂 and 工作纪律.
 6  Neighbouring theme (扶贫 养殖补贴). Site header, title and date lines cut; ends before the
    truncated "诉冤" sentence. The fraud is by 徐华东 (a 贫困户's son-in-law) with the breeder 余金波,
    both private; 厉明生 is the 贫困户; 梁启波 only speaks for the 纪委. The 包保干部 张某 whose check
    let it through is accused: ('张某', '包保干部', None) (hard: he presents himself as deceived).
    形式主义官僚主义 and 工作纪律.
 7  Neighbouring (失地农民保险). Two sub-headings cut; ends before the truncated "巡察组". 胡英萍 as
    first written "栋陇村会计胡英萍"; her parents 胡竹林 and 胡冬菊 only benefit. 廉洁纪律 (for
    relatives) and 贪污贿赂 (骗保).
 8  Neighbouring (种粮补贴). Ends before the truncated "父子". The father and son run a cooperative
    federation entrusted with subsidy review and convicted of 贪污: accused with the posts first
    written with their names ('法定代表人兼理事长', '实际负责人') and the unit as the text names it
    there, '横禾联社' (hard: the full name "东阳市横禾粮食专业合作社联合社" comes first, alone).
    贪污贿赂 and 群众纪律.
 9  Traditional, glossing pinyin removed; only the first case kept: the next paragraph's sentence on
    the 村委會黨支部書記兼主任 由某 is garbled in the copy ("當?shù)厝?"), so the text ends with 李某's
    share and 由某 is not in it. 李某 "莊河市某鎮政府農業服務中心副主任": ('副主任',
    '莊河市某鎮政府農業服務中心') as written (hard: the 鎮 is unnamed, unit None is defensible).
    楊某 (the buyer) and 溫某 (who lent his ID card) are private. Neighbouring (農機補貼). 贪污贿赂.
10  Neighbouring (森林防火 money in a village account). Ends before the truncated 报账员 sentence.
    ('聂某某', '村支部书记', '东港村'); not fresh14th.py's 浦口 聂某某. 廉洁纪律 and 工作纪律 (虚报支出).
11  Mixed: villagers' own 良种补贴 and their suit against the 琯头镇人民政府 (涉法涉诉) beside the
    allegation that 12 村干部 and two relatives drew the whole village's subsidy; in by the central
    matter. The caption "图片…" and the "【现象】…" and "【调查】…" heads cut; stray spaces removed;
    ends before the truncated 村民委 sentence. The 12 村干部 are an unnamed group: no entry; 李先生 is
    a villager. Neighbouring (良种补贴). 群众纪律.
12  Mixed: 张自松's own 小麦直补 shortfall and his 上访 beside the allegation that the village kept
    10元 a head. A book page of reportage: its two numbered heads ("（一）补贴款每人少10元…",
    "（二）花名册打出，村干部名下耕地多") cut; ends before the truncated "“花名册一打出来，". The
    村支书 of an unnamed village is accused post-only (None, '村支书', None); the 镇 and 乡 that
    refused the list are organs; the 菏泽农业局 副局长 only acted. 群众纪律.
13  涉法涉诉: a firm's rice-insurance lawsuit; ends before the truncated "最终，法院依…". No official.
14  涉法涉诉: the 灵台 orchard lawsuit; the page's repeated (truncated) summary paragraph and the tag
    "（案例来源：灵台县法院）" cut; ends before the truncated "豆某已按约定…".
15  涉法涉诉: a farmer's fraud conviction; title, byline and sub-heading cut; ends before the
    truncated sentence of the 副乡长 姚某华. Hard: the 克林村委 that "没有核实" and the 会计 许某 who
    collected the figures failed as a village body, but no misconduct is alleged against a person
    and the matter is the criminal case: out, not mixed. ("主犯" hints at accomplices not named.)
16  个人利益诉求, traditional: a 网民留言 to the governor on unpaid wheat-lodging compensation and
    disputed 受災畝數, with the 聊城 reply; the "【網民留言】" and "答復意見:" labels cut, stray spaces
    removed. The mismatch with the 公示 acreage names nobody: out, not mixed (hard). The 副鄉長 and
    包村干部 only handled.
17  个人利益诉求, traditional: a farmer's unpaid 政策性保险 claim. "齊魯網2月19日訊" and two
    sub-headings cut; ends before the truncated "“投保的時候，光…".
18  个人利益诉求, mixed: farmers' unpaid corn wind-damage claims and their suspicion that the money
    was "被部门挪用"; the reporter found no diversion and the insurer's 副经理 王余新 explains. The
    sub-heading "省气象专家建议未被采纳" and the truncated 气象站 paragraph cut. The suspected "部门"
    is unnamed: no entry.
19  其他: an insurer's branch (中华联合财产保险公司湖南某分支机构) inflating sow policies to draw the
    premium subsidy, reported by a website; no public official is accused (hard: the insurer is
    state-controlled and the money is 财政补贴; could be read as in with no entry). Site lines,
    title, the source line "东南网财经讯", two photo captions and two sub-headings cut; ends before
    the truncated 保险单 sentence.
20  其他: a 四川 森林保险 feature; title, caption and the sub-heading "试点的瓶颈" cut; ends before
    the truncated 杨天富 sentence. 李松达's old dispute over a 40% payout is background; could be
    read as 个人利益诉求.
21  其他: the 唐河县农业农村局's account of dead pigs at an insurer's claim check; site header, title
    and byline lines cut; ends before the truncated "根据《国家农…" sentence.
22  其他: the 烟台 notice issuing a premium-subsidy rule; title, document number, signatures and
    date cut; only the notice kept.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH132: list[Item] = [
    # 01
    ('http://www.ifuun.com/a2019071920076384/',
     '政策性生豬保險是一項惠民惠農的好政策，但《新華每日電訊》記者調查發現，一些地區的政策性生豬保險變了味，成'
     '為農險機構、畜牧站串通不法農戶弄虛作假、騙取補貼的工具。2018年下半年，四川德陽紀檢監察機關在深化惠民'
     '惠農財政補貼「一卡通」管理問題專項治理時，發現了一些「生豬保險」的蹊蹺。德陽廣漢高坪鎮農民張某偉2017'
     '年出資42萬餘元購買了7.5萬頭育肥豬保險和200頭能繁母豬保險，年底獲賠93.6萬餘元。但紀檢監察機關'
     '查訪線索時發現，他是「空手套白豬」，一頭豬都沒有養。正常辦理生豬保險業務，需農戶申報，畜牧部門認定養殖數'
     '量，保險機構核驗承保。張某偉是如何打通這些關節的呢？結果讓辦案人員瞠目結舌：不是張某偉打通了關節，是關節'
     '主動找上了張某偉。保險機構業務員向張某偉承諾，只要購買保險，無論豬死不死都按1.5%理賠形式返還，即投保'
     '100頭豬理賠1.5頭，投保費560元，包賠1050元。保險機構為何虧本賺吆喝？奧秘在於，政策性生豬保險'
     '保費由政府補貼80%，農戶出20%。如張某偉這單「生意」，財政補貼就要被冒領約160萬元。財政部門看不出'
     '來嗎？補貼流程需基層畜牧站對保險機構數據進行監章。廣漢市基層畜牧站站長伍某順說，各保險公司將總保額的8%'
     '提供給畜牧站作為獎勵和補貼，每頭「投保豬」為畜牧站貢獻2.24元。',
     'in', None, False, ['贪污贿赂', '工作纪律'],
     [('伍某順', '站長', '廣漢市基層畜牧站')]),
    # 02
    ('http://fe21feyrug.pixnet.net/blog/post/196665630',
     '2013年至2014年9月，河南省駐馬店市驛城區檢察院共查處農業保險領域職務犯罪案件13件27人，涉案金'
     '額累計達1000多萬元，成為農村繼低保、良種補貼、林業補貼等案件的又一個高發點。農民參保意識不強。由於農'
     '業保險的賠償範圍和額度較低，農民參保積極性不高。以2013年小麥保險為例，農戶在遭災後全部絕收沒有任何剩'
     '餘殘值的情況下，才可以獲得全額賠償；如未全部絕收，每次事故保險公司的絕對免賠率為10%，即農戶受災損失1'
     '0%以內的，保險公司不負責任何賠償。也就是說1畝小麥或玉米投保18元，即使完全絕收，全額賠償也就二三百元'
     '，老百姓認為應該按照畝產來賠償，對保額理解有偏差，導致農民不願參保。此外，90%以上的農戶不知道購買保險'
     '有財政補貼，少數知道的也不清楚補貼有多少。2011年，驛城區胡廟鄉農戶魯老漢的5畝玉米受旱災，當地保險公'
     '司派人查勘之後，他共領到了150元的賠償款，嚴重挫傷了其投保農戶的積極性。保險公司不作為，違背保險經營原'
     '則。保險公司為了自身利益伙同相關職能部門、鄉鎮、村組造假，虛報保險標的騙取財政補貼。一些保險業務員採取各'
     '種手段誘使鄉鎮和村組幹部替保、虛保，以農民的名義繳納保費後再由保險公司以虛假理賠的形式為投保人牟利。有的'
     '保險業務員甚至聲稱，無論當年是否遭受自然災害，保證投保人不賠本還能賺。這種做法違背了保險經營的基本原則，'
     '給國家政策資金造成人為損失。如在該院查處的13件27人農業保險費案件中，均和保險業務員誘導有直接關聯。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     []),
    # 03
    ('http://cwyan.com/forum.php?extra=page%3D734&mod=viewthread&tid=7250',
     '河南省叶县一些保险公司工作人员利用农业合作社，与村干部勾结，借用村民的身份证，采取垫支保费的手段，套取国'
     '家四级财政补贴资金200万元，进行虚假理赔。（11月10日 《法制日报》）村干部借村民身份证贪污200万'
     '农业保险理赔款，还“大方”地用一次给十块钱。攫取利益和支出成本的巨大落差前，是“见缝插针”式的农村腐败土'
     '壤犹在，是村干部和保险公司职员“各取所需”的利益分肥之贪婪。村民们轻易把身份证递给村干部，不见得是淳朴到'
     '人心不设防，恐怕还是十元一次的好处费使然。除此之外，还有对村干部贪腐行为“睁一只眼，闭一只眼”的见怪不怪'
     '。农业保险虽然惠及于民，但在农村基层，依然有很多信息不对称的村民游离在外。即便了解情况，但农业保险的相关'
     '申报、定损、发放等环节的大部分权力都掌握在农村干部的手中，村民多少会有“人情闯关”的想法。而十元的好处费'
     '里，即便猜到有猫腻，也会不以为然。毕竟，在乡下，十元还是能解决一些生活上的问题。就此，村民身份证成了农村'
     '腐败“通行证”，甚至在宗族意识浓郁的语境下，村民会认为自己是帮了村干部的忙，在人情账上也添加了写意的一笔'
     '。成了村干部用公谋私的“道具”，但别苛责于村民。毕竟，保险公司工作人员勾结村干部进行虚假理赔，这种呈现现'
     '群体化、共同性的“黑色产业链”，粘沾性极强。法律意识不强、甚至是连身份证上的权益都比较模糊的村民，一旦被'
     '村干部盯上，“挣脱”的几率已然不大。此类的农村腐败，虽然没有土地征收、房屋拆迁等腐败案件中的那么大数额，'
     '却显现出“跑冒滴漏”的典型特征——被虚假理赔的数额不高，不易被人发现，这壮大了村干部的贼胆。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     []),
    # 04
    ('http://www.fnf.org.cn/news/show-3959.html',
     '近日，有媒體報道了江蘇某鎮養殖戶在鎮獸醫站組織下集體造假，騙取政策性農業保險金的案例。本案中，在獸醫站站'
     '長的慫恿下，養殖戶先行購買農業保險，完成獸醫站考核任務，再由獸醫站獸醫、工作人員、養殖戶共同參與，虛報養'
     '殖損失，獲得理賠后，發放給養殖戶，抵銷養殖戶保險費用。養殖戶獲利，獸醫站任務完成，看似“皆大歡喜”的背后'
     '，是政策性保險基金的損失，是國家財政的損失。農業穩定，關乎國家的糧食安全。我國目前推行的政策性農業保險，'
     '是國家通過財政補貼等政策扶持，對農民因遭受自然災害和意外事故造成的經濟損失進行賠付的政策性保險，是一款保'
     '護和扶持農業發展的公益性產品。該政策具有分散農業風險、穩定農民收入、促進農業和農村經濟發展等諸多優點。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [(None, '站長', None)]),
    # 05
    ('https://fx361.cc/page/2018/1205/12412253.shtml',
     '政策性农业保险是以保险公司市场化经营为依托，政府通过保费补贴等政策扶持，对种植业、养殖业因遭受自然灾害和'
     '意外事故造成的经济损失提供的直接物化成本保险。我国政策性农业保险将财政手段与市场机制相对接的动作模式，对'
     '提高财政资金使用效益，分散农业风险，促进农民收入可持续增长具有积极的作用。但是，由于多方面的原因，政策性'
     '农业保险政策及政策执行还存在一些问题。审计实践证明，政策性农业保险特别是水稻保险成为保险机构、乡村干部骗'
     '保的重点领域，造成中央和省级财政资金的巨大损失。一是农业保险保了保险人、协保人。一些县（市、区）通过垫交'
     '保费的形式，利用虚假材料投保和理赔，在理赔款中违规返还农户自缴保费、支付协赔费等，造成中央、省级财政保险'
     '补助资金损失近亿元。损失的资金主要流入保险机构和协保员口袋，如某县除去33%的水稻保费返还，保险公司获利'
     '33%、协保劳务费等25%，实际保险受灾赔付惠及农民的仅9%。二是基层政府党员干部参与骗保。一些县（市、'
     '区）的基层党员干部以完成上级农保任务、落实国家惠农政策为名，在保险机构承诺不管受灾与否均返还保费本金，并'
     '支付相关利息费用等条件诱惑下，直接参与或配合保险机构虚假投保和理赔。如某县村组提供虚假的代种证明、土地流'
     '转合同，农技员在虚假的现场验标记录上签字。某区协保员提供虚假的灾情现场查勘照片，保险机构在虚假的受灾现场'
     '抽样记录、农业损失鉴定报告、定损及理算清单等材料上冒签农业专家、被保险人名字。',
     'in', None, False, ['贪污贿赂', '工作纪律'],
     []),
    # 06
    ('http://hbjwjc.gov.cn/mbag/116734.htm',
     '“我要举报！我和厉明生是一个村的，他是贫困户这事儿不假，但他家根本没养过牛！”前不久，湖北省武当山特区龙'
     '家畈村精准扶贫生态种植养殖补贴名单一经公示，特区纪委便收到反映该村村民骗取补贴的举报。随后，武当山特区纪'
     '委成立调查组到龙家畈村了解情况。通过三天的走访，查明了真相。龙家畈村村民厉明生年逾七十，其女婿徐华东利用'
     '岳父的贫困户身份申报养牛项目骗取补贴。徐华东对外谎称养殖肉牛12头，放置于邻村专业养殖户余金波牛棚内有偿'
     '饲养。徐华东还拉拢余金波与其签订虚假养殖协议，两人合作应付各级检查，得以蒙混过关。“这样的骗术并不高明，'
     '为何能如此顺利地通过各级审核？”武当山特区纪委副书记梁启波说，种植养殖补贴的发放须经过包保干部、扶贫工作'
     '队、村委会、乡镇（街道）逐级调查审核才能最终公示，难道这四级审核都发现不了12头牛的问题？带着这样的疑问'
     '，调查组进一步深入开展调查。“我对厉明生这户人家很熟悉，关系也不错，但是真没想到他女婿居心不良。”厉明生'
     '家的包保干部张某委屈地说：“厉明生家山高路远，每次去都要走近两小时的山路。我入户核查养牛情况时，他女婿徐'
     '华东说12头牛都放在邻村余金波的牛棚内饲养，又得走很远才能实地察看。我提出得去拍照存档，徐华东就近找了几'
     '头牛让我拍照，说牛的大小、花色都差不多。他信誓旦旦地保证没问题，我就信了……”就这样，第一道关顺利通过。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('张某', '包保干部', None)]),
    # 07
    ('https://jwjc.cdu.edu.cn/info/1009/1268.htm',
     '“真没想到，胡英萍居然把户口在外村的父母也纳入到我们村的征地农民保险名单中了，这不是骗保吗？”前不久，浙'
     '江省永康市经济开发区栋陇村会计胡英萍骗取失地农民保险金的案件被查处后，当地群众议论纷纷。2014年8月，'
     '永康市经济开发区组织开展第二批失地农民保险参保工作。胡英萍曾是栋陇村第一批失地农民保险参保工作的具体经办'
     '人，村两委考虑到胡英萍对这块业务比较熟悉，决定第二批参保工作也由她负责。受到村干部和村民的委托，胡英萍开'
     '始着手摸底了解本村符合参保条件的失地农民人员情况，结果却发现参保人数只有4人。在一次回古山镇胡库村娘家探'
     '亲时，胡英萍无意中向父母提起：“爸，妈，2008年你们的土地被征收的时候，也是符合失地农民保险的参保条件'
     '的，你们当年没有投保实在是太可惜了！现在我们村赶上了好政策，可以参加第二批的失地农民保险，结果却只有几个'
     '人报名，这政策要是搁你们身上该有多好？”“萍，听说这块工作就是你在负责，我和你妈当年没抓住机会，现在还来'
     '得及补救吗？”父亲胡竹林试探性地问女儿。“爸、妈，你们俩的户口在古山镇，不在经济开发区，显然是不行的呀！'
     '”“萍，你也说了，第二批参保的人数这么少，你又是具体负责的，你能不能想想办法？”一边是年迈父母的遗憾，一'
     '边是政策红利的大好机会，在孝心与原则的权衡中，胡英萍心中的天平选择向“孝心”倾斜。“胡竹林、胡冬菊不是栋'
     '陇村村民吧？”2018年7月，永康市委巡察组对经济开发区开展村居交叉巡察期间，工作人员发现一份蹊跷的参保'
     '名单，胡竹林、胡冬菊的户口明明在古山镇胡库村，为何出现在栋陇村的失地农民保险名单里？',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('胡英萍', '会计', '栋陇村')]),
    # 08
    ('http://sgvbots.com/news/show-117817.html',
     '近日，随着法槌重重落下，吕忠福、吕键微父子二人通过虚报方式，骗取、贪污国家农业补贴资金一案在浙江省东阳市'
     '人民法院作出判决，吕忠福犯诈骗罪、贪污罪，被判处有期徒刑一年六个月，并处罚金人民币110000元；吕键微'
     '犯诈骗罪、贪污罪，被判处有期徒刑一年六个月，并处罚金人民币10.5万元，这一起骗取农业补贴的“上阵父子兵'
     '”闹剧，终于落下帷幕，然而为何一个骗取农业补贴资金的行为却同时犯了诈骗罪和贪污罪呢？案件宣判的背后带给人'
     '的法律思考和案例警醒值得深思。2017年3月，浙江省东阳市纪委监委接到群众举报称多名种粮大户虚报骗取农业'
     '补贴。农业补贴是党和政府实施的强农惠农政策，竟有人胆敢伸手，里面是否存在职务犯罪？接到举报后，东阳市纪委'
     '监委迅速成立调查组，从农业部门调取核查相关农业补贴资料。调查期间，东阳市横禾粮食专业合作社联合社（下称横'
     '禾联社）进入了调查组的视野。2015年1月，南上湖、东新等粮食专业合作社和德松农机植保专业合作社联合组成'
     '横禾联社。吕忠福担任横禾联社法定代表人兼理事长，吕键微为实际负责人，并经政府委托以横禾联社的名义负责所属'
     '社员相关扶持政策补贴资金申报资料的审核、信息公示和汇总上报工作，按照《中华人民共和国监察法》第十五条第二'
     '项规定的“法律、法规授权或者受国家机关依法委托管理公共事务中从事公务的人员”，属于监察对象。经查，200'
     '9年4月，吕忠福成立了东阳市南上湖粮食专业合作社，建设了育秧中心和烘干中心，采用育秧、机插的方式开展水稻'
     '规模化种植。然而，从2011年起，吕忠福却利用强农惠农政策，通过虚报粮食种植面积，套取相关补贴。2015'
     '年，随着横禾联社的成立，其子吕键微负责联社工作，但他居然“子承父业”。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('吕忠福', '法定代表人兼理事长', '横禾联社'), ('吕键微', '实际负责人', '横禾联社')]),
    # 09
    ('http://changxiangtd.cn/46-71365-1.html',
     '2010年遼寧省大連市實行農機補貼，幅度不小，不過，政策要求申請者必須是本地人。鐵嶺人楊某聽說大連這項優'
     '惠政策，動了心思，他打算買2臺水稻收割機自用，但如何享受大連農機補貼呢？楊某找到莊河市某鎮政府農業服務中'
     '心副主任李某幫忙，李某就是管本鎮農機補貼申報工作的，這是2011年8月的事，李某當然知道大連市有這規定，'
     '必須是本地人才能買，不過，他有辦法，李某找到本鎮人溫某，告訴他借用一下他的身份證，以他的名義買水稻收割機'
     '，事成后有好處。溫某同意了，身份證出借了。李某讓楊某交413600元，以溫某名義買2臺水稻收割機，得到大'
     '連市農機補貼款102720元。2012年2月，李某讓溫某把這筆補貼款領出后，給楊某4萬元，給溫某1萬元（'
     '其中包括支付欠款3500元），剩下56220元，李某揣了腰包。',
     'in', None, False, ['贪污贿赂'],
     [('李某', '副主任', '莊河市某鎮政府農業服務中心')]),
    # 10
    ('http://www.xnjwjc.gov.cn/gzzc/dcjc/202504/t20250422_3972798.shtml',
     '“身为党员干部，我不仅没有发挥先锋模范作用，还弄虚作假，实在不应该，我接受组织的处分……”近日，面对通城'
     '县纪检监察干部送达的处分决定书，隽水镇东港村村支部书记聂某某满脸惭愧。此前，该县纪委监委在隽水镇开展农村'
     '集体“三资”管理专项监督检查时，该村账目上一笔12635元的“森林防火值守加班餐”支出引起了监督人员的注'
     '意。“组长，这份票据显示当年防火值守天数长达61天，但同时期其他村防火天数都只有35天左右，相差有点大。'
     '”工作人员对账目异常提出疑问。“我记得村里山林覆盖率不高，只有2个防火卡点，怎么每天订12个盒饭，这不太'
     '符合常理？”督查组组长也皱起了眉。农村集体资金使用关乎群众利益，一分一毫都不容许侵占。该县纪委监委迅速成'
     '立调查组，对该情况开展调查核实。调查组兵分两路，一路从值班日志和财务账册入手查找疑点，另一路进村走访村民'
     '和送餐厨师，了解防火值守和送餐情况。“我们那个卡点每天是两个人值守，从早上8:00到晚上8:00，每天都'
     '有人送餐，一天送两次，每次两份盒饭。”一位参与值守的村民向调查组反映。“上半年我一直在外面带孙子，没参加'
     '过防火值守啊！”当调查组找到另一位名字出现在值班日志里的村民时，对方却一脸茫然。随着走访的深入，调查组陆'
     '续发现登记送的盒饭数量多于每日实际送餐数量，且多名出现在值班日志中的村民对防火值守一事并不知情，更未曾吃'
     '过盒饭。显然这些值班日志和“森林防火值守加班餐”支出报销票据均存在造假。调查组随即找到村支部书记聂某某。'
     '面对确凿的证据，聂某某交代了虚报支出的事实。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('聂某某', '村支部书记', '东港村')]),
    # 11
    ('https://hyyz888.com/money/2015-10/30/content_16821612.htm',
     '“省财政厅规定，农民的良种农资补贴要打入农民的个人账户，我们村上百户农民2014年的补贴，却被打入12名'
     '村干部及2名村干部亲属的银行户头。”日前，连江县琯头镇定岐村多名村民向本报反映此事。昨日，琯头镇、定岐村'
     '干部向记者解释，钱确实被打入村干部及其亲属银行账户，但这是“无奈的权宜之计”，钱没有少，目前已经取出让群'
     '众来领取。昨日，村民以“连江县琯头镇人民政府不履行法定职责”为由向晋安区法院提起诉讼，晋安区法院已经受理'
     '。10月17日，记者来到琯头定岐村，多名农户拿着他们领取农资补贴的专用银行存折告诉记者，从2011年开始'
     '，他们都会收到上级部门打入他们账户的良种农资补贴，但是2014年的补贴至今没有到账。记者在这些存折上看到'
     '，从2011年到2013年，这些账户上都收到了注明“粮补”的一些收入，数额从几十元到几百元不等。但是20'
     '14年没有这些款项入账。村民告诉记者，村里持有存折的农户达300多户。村民李先生告诉记者，去年他们曾找村'
     '干部询问为何补贴都没到账，村干部告知“今年没有了”。但是到了2015年初，李先生等人发现，隔壁村的村民在'
     '2014年底前，账户上都收到了当年的良种补贴，附近几个村都有发，只有定岐村没发。感到事情蹊跷的村民开始到'
     '处打听情况，他们从琯头镇政府了解到，定岐村2014年的农户良种农资补贴早已下发，打到村民个人户头了。村民'
     '们这下更吃惊了，经多方努力，他们才从镇里复印出了2014年定岐村领取补贴的名单。上面的内容让村民瞠目结舌'
     '：定岐村14户领取了全村的补贴——12名村干部和2名村干部亲属。',
     'in', None, True, ['群众纪律'],
     []),
    # 12
    ('http://yinheyuedu.com/book/detail/9870',
     '随后，我又对多个农户进行了采访调查，才去找村支书。在村子最东头有一处大院子，院子周围长着碗口粗的梧桐树，'
     '走入镶有“共同富裕”四个大字瓷瓦的大门，就进入挂了葡萄的葡萄架下，那儿摆着茶几和藤椅，我和村支书就坐下聊'
     '了起来。总之，归纳情况如下：2011年，村民张自松听说小麦直补标准提高了，每亩地高了10块钱。等他把小麦'
     '补贴领回家时却发现，自家每亩地增加了20多块钱，比国家标准还高。有些疑惑的张自松向周围几个村的村民打听发'
     '现：就他们村每亩地涨了20多块钱，其他村子都是多10块钱。再经过仔细对照，他发现不是他们村标准高了，而是'
     '在2011年之前他们村的标准低，他说：“2011年之前，我们村与其他村相比，平均每人少10块钱。”发现问'
     '题的张自松曾去问村支书是咋回事，是不是补贴款的发放存在问题？结果村支书告诉他：“绝对没有问题。”“可能有'
     '人反映过补贴的问题，村委会怕出事儿，改正了错误。反正只有2011年的小麦直补我们是正常发放。”张自松说。'
     '标准高了10块钱加上之前少的10块钱，一反一复，导致2011年他们村的补贴比2010年多了20多块钱。发'
     '现补贴款少发了这么多年，张自松及村里其他几位村民开始了上访。“刚开始去的镇上，对我们反映补贴款被扣问题，'
     '镇上说绝不可能。”于是，张自松提出打印他们村小麦直补款的花名册对账，结果被告知：“乡里有规定，花名册不能'
     '随便打。”张自松随即拨打了菏泽市长热线。之后，菏泽农业局的一副局长督促镇财政所打出了2007年以后小麦直'
     '补的花名册。张自松说：“镇上说2007年之前的花名册很难查找，就打了2007年至今的补贴花名册。”',
     'in', None, True, ['群众纪律'],
     [(None, '村支书', None)]),
    # 13
    ('http://www.ntfabu.com/detailArticle/26510342_43933_ntfb.html',
     '农业种植保险作为我国农业支持保护体系的核心制度安排，在推动乡村振兴战略实施、维护国家粮食安全格局中起到重'
     '要保障作用。如果农作物收割后发现减产严重，保险公司又以无法查勘具体损失为由拒绝赔偿，投保人该如何维权呢？'
     '记者19日了解到，通州湾示范区法院借助科技力量，审结了一起因水稻大面积减产引发的财产保险合同纠纷。202'
     '3年6月，某饲料公司为其在通州湾某农场种植的3550亩粳稻，在某保险公司投保了“江苏省中央财政补贴水稻完'
     '全成本保险”，保险金额为1300元/亩。粳稻平均正常亩产为550公斤/亩，保险条款约定，水稻开花期、灌浆'
     '期遭遇低温冷害，损失率达到10%（含）以上的，未达到80%（不含）的，按部分损失计算赔付。此外，双方还约'
     '定，发生保险责任范围内的事故，被保险人应当立即通知保险人，并书面说明事故发生的原因、经过和损失情况。金秋'
     '十月，稻子熟了。某饲料公司收割完水稻后发现，稻子减产严重，于是向保险公司报险索赔。保险公司现场查勘后认为'
     '，稻子已收割完毕，投保人未及时报险、保护现场，无法验证损失情况，拒绝赔偿。某饲料公司依据自制称重记录，向'
     '法院提起诉讼，要求保险公司赔偿3550亩水稻种植损失65万余元。通州湾示范区法院审理认为，原告收割过半并'
     '将水稻销售后才报险，收割称重时亦未由保险公司见证，保险公司拒赔有一定的理由。但事故发生后是否产生保险理赔'
     '责任，不能仅依赖于事故后的人工现场查勘。于是，法院引导保险公司委托专业机构进行遥感测绘，根据历史卫星图片'
     '中记录的不同时期水稻长势数据进行大数据分析测算，同时利用遥感技术分析水稻长势情况，最终测算出了水稻估产平'
     '均产量494.49kg/亩，损失面积643.47亩，达到保险合同约定损失率10%的标准。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://www.enongzi.com/news/details?id=4b2ef222-8a4d-459d-9c75-245381b89cae',
     '甘肃灵台，某农户为自家果园购买了一份总保险为120000元的保险，怎料，果园因霜冻受损后，保险公司竟然不'
     '认账，表示“为何不在霜冻前采摘”？农户无奈之下，遂至法院起诉保险公司。开春前，豆某和村里的22户农户都购'
     '买了一份保期一年的地方财政补贴性综合收入保险，豆某40亩果园的保费是1440元，总保额是12万元。11月'
     '份时，灵台县突然大面积降温，因过于天气转变太过突然，豆某抢收不及时，40亩苹果，仅抢收回10亩，看着满目'
     '苍夷的果园，豆某欲哭无泪，但想到开春时所买的保险能够赔偿12万元时，豆某的心略微放了下来，当即就前往保险'
     '公司说明情况。可保险公司员工在实地了解完情况后却拒绝理赔，协商未果后，豆某只能将保险公司告上法院，请求法'
     '院为其主持公道。庭审时，保险公司拒绝理赔的理由是：这类保险是以村为单位投保的了，投保人是23户农户而非豆'
     '某一人，而且同处一地，其他22户农户的果园并未受到损害，因此豆某的损失是因其个人原因导致的，属于保险条款'
     '里的违约情况，因此保险公司不应承担责任。对于保险公司这种甩锅行为，豆某自然是不认可地，表示，苹果的采摘时'
     '间为每年的10月下旬至11月上旬，霜冻时还处于采摘范围，且霜冻属于自然灾害并不是人为可以意料的，因此自己'
     '不存在过失。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.fx361.cc/news/2024/1204/24722790.html',
     '黑龙江一农民祁某利用国家种植补贴政策，大肆虚报土地面积，导致累计80余万元的补贴被冒领。祁某因此被法院以'
     '犯诈骗罪判处有期徒刑7年3个月。我国政府历来高度重视农业和农村发展，长期推行种植补偿政策，以鼓励农民推进'
     '粮食生产，提升农业生产效益。种植补贴是国家对农民进行农业生产的一种经济补偿，补贴范围广泛，主要包括农田补'
     '贴、耕地深松补贴、农业保险补贴以及地力保护补贴等。本案主犯祁某是黑龙江省黑河市逊克县克林镇克林村人。虽然'
     '祁某只有小学文化程度，却很有“经济”头脑，竟然变着法子利用国家乡村振兴的惠农政策骗取补贴。2009年，为'
     '贯彻落实上级的种植补偿政策，逊克县部署落实土地种植补贴申报工作，当时的克林乡（2013年撤乡设镇）召集辖'
     '区内各个村的主任、会计开会，要求各村统计所在村的土地面积，以兑现种植补贴。克林村会计许某参加会议后，按照'
     '上级要求，通知克林村村民上报土地面积及地块。当时，祁某作为该村村民上报了200余亩。值得一提的是，一些村'
     '民误以为上报土地面积是为了缴税，所以当年存在一些村民故意少报土地面积的情况。这些村民在获悉上报土地面积可'
     '以获利补偿后，遂提出补报要求。于是，逊克县政府于第二年组织补报土地面积。这一次祁某又报了400亩，加上前'
     '一年上报的，祁某两年累计上报土地面积663亩。按说，土地面积是兑现补偿的依据，因此村民上报土地面积后，村'
     '委应当进行核实后才能上报。但据许某证实，克林村委对村民上报的面积没有核实，最终上报的面积及地块均以村民自'
     '己填写的为准。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://m.p146.com/news/sdyw/2013-10-17/095745036_4.html',
     '郭省長您好：我是聊城冠縣辛集鄉下面一個村的百姓，今年4.5月份我村因為小麥受到下雨天氣影響，出現不同程度'
     '上的倒伏，有的家庭的小麥甚至全部倒伏，導致減產嚴重，增收困難。出現倒伏之后，鄉政府也曾經派人進村現場勘驗'
     '，并上報了受災情況。但是，目前存在這些問題：一是具體受災畝數與在村公示的畝數不一致；二是補償標準一致沒有'
     '公示；三是補償到現在一直沒有發到老百姓手里。一波未平一波又起，今天7.8月份以來，我們村再次受到多次暴雨'
     '襲擊導致玉米大面積減收減產，村里約有近500余畝玉米絕產，其他1500畝玉米減產50%。希望郭省長，能派'
     '人到該鄉進行實際調查，查看一下群眾受災情況，詢問一下官員對受災工作的統計情況。尊敬的網友：您好！您在人民'
     '網反映今年夏季小麥受災補貼的問題，聊城市政府進行了調查處理，現回復如下：今年以來，受強風、強降雨等自然災'
     '害的影響，冠縣全縣范圍內農業生產受災嚴重，普遍存在小麥倒伏，玉米減產、絕產現象。今年4、5月份，針對小麥'
     '大面積倒伏現象，冠縣辛集鄉立即安排分管副鄉長及包村干部對受災情況進行調查，冠縣保險公司對受災農田的具體畝'
     '數進行了調查統計并在受災村莊逐一公示，補償款標準由山東省保險公司統一制定，由冠縣保險公司通過“一折通”將'
     '補償款直接發放到農戶手中。經協調，補償資金正在審核之中，爭取盡快發放。對于今年7、8月份的玉米受災情況，'
     '冠縣保險公司已經統計審核完畢，待玉米收獲后，根據實際受災情況及時下發。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://m.p146.com/news/m/2014-02-19/102357070.html',
     '據山東廣播電視臺公共頻道《真相力量》報道，聶寶申是濱州市濱城區的一位種糧大戶，剛剛過去的2013年，對于'
     '承包耕種了50畝良田的他來說，有點不太順，由于澇災和風災，他種植的玉米、棉花和小麥都出現了減產甚至絕產的'
     '情況，不過讓聶寶申窩火的是，去年他參保了農業政策性保險，可直到現在，他也沒有拿到一分錢的保險賠償，這到底'
     '是怎么回事呢？聶寶申是濱州市濱城區三河湖鎮瓦屋聶村的村民，從2013年7月開始，他承包種植的50畝農田，'
     '因為持續降雨遭受了不同程度的澇災。其中，這片面積為一畝半的棉花地災情較為嚴重，往年這片棉花地畝產都在50'
     '0斤左右，而去年卻近乎絕產。聶寶申粗略計算了一下，拋開人工不說，光是種子、化肥、薄膜以及耕地的成本，這片'
     '棉花地的損失就在400塊錢左右。而除了棉花減產嚴重，由于澇災和風災的影響，他種植的玉米和小麥產量相比往年'
     '是少之又少。聶寶申告訴記者，作為村里的種植大戶，去年他所有承包的耕地都參保了農業政策性保險。可到現在，他'
     '一個子的保險賠償也沒見著。“我的麥子都倒伏了，整整六畝，補償我折上一分錢沒有，我不知道為什么。”而類似聶'
     '寶申這樣的遭遇，在瓦屋聶村也絕非個例。在調查中記者了解到，瓦屋聶村的村民絕大部分都參加了農業政策性保險，'
     '可有部分村民至今沒有得到任何的保險賠償。而即便是拿到了保險賠償的村民，對于賠償的標準，也是一筆糊涂賬。村'
     '民們告訴記者，對于當初村里要求繳納這個農業政策性保險的保費標準是玉米小麥一畝2塊錢，棉花一畝地5塊錢。可'
     '投保之后出現天災，而不賠償又遲遲不到位，這讓很多村民意見紛紛。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://m.johnnytowncar.com/fortune/2011/06-14/3109618.shtml',
     '本报去年5月24日“新华调查”刊登《农保，惠农好事还须携手办好》一稿，披露了灌云县南岗、陡沟等乡镇的农户'
     '2009年首次参加夏玉米的政策性农业保险，遭受严重风灾没有得到赔偿的问题。不久前，记者再次接到当地数位农'
     '民反映：“玉米风灾赔偿款去年下到了乡镇，却没有发给多数受灾户，大家怀疑它被部门挪用了，请记者来调查，还大'
     '家一个明白。”记者“五一”前夕前往调查，虽然没有发现这笔22万元的赔偿款有被挪用情况，但农民的怀疑却事出'
     '有因。记者来到灌云县人民财产保险支公司，副经理王余新介绍说，去年调查见报后，省有关部门和灌云县政府主要领'
     '导都很重视，县长还召开了专门会议研究，确定给予赔偿，当年就赔偿到位了。记者要求看赔偿报表，他却面露难色说'
     '，玉米风灾赔偿是加在去年小麦受灾赔付报表里的，没有单独的报表，当时要求玉米受风灾的5个乡镇在分配小麦补偿'
     '款时适当向玉米受灾户做些“倾斜”。记者一再要求看报表，他才拿出“灌云县2010年政策性农业保险5月30日'
     '小麦风灾损失赔偿一览表”。在报表上，该县去年向南岗、陡沟、龙苴、圩丰、图河等5个乡镇，分别增加了4-5万'
     '元的赔偿款，而此项赔偿共计22万元。为什么把玉米风灾赔偿放在小麦的受灾赔偿中？他解释，一是县气象局出具的'
     '风力报告只有6级，没有达到需要赔偿的8级风的标准；二是县里评估这次受灾的损失是10%，也没有达到30%的'
     '赔偿标准，因此不好做理赔方案。',
     'out', '个人利益诉求', True, [],
     []),
    # 19
    ('http://www.nctudi.com/news_show.php/id-17052',
     '日前，记者从世纪保网获悉，中华联合母猪保险涉嫌造假，骗取国家补贴200多万。2011年3月1日，知情人向'
     '权威保险网站——世纪保网举报：中华联合财产保险公司湖南某分支机构，2010年承保母猪保险约6万多头，而参'
     '保农户实际养殖数量大约在24000-25000头，按最保守估计，也不可能超过30000头。记者调查发现，'
     '一个养了15头母猪的农户，中华联合保险公司某分支机构2010年出具的保险单是218头；一个没有养殖任何母'
     '猪的屠宰场，中华联合保险公司出具的保险单是201头；一个2010年养殖了7999头母猪的公司，保险单显示'
     '为10000头。记者随后电话联系该公司相关负责人，其并没否认上述事实。国家支农的有关政策资料显示，每投保'
     '一头能繁母猪，农户缴纳保费为12元，国家财政补助保险公司48元。也就是说，从理论上讲，保险公司每虚增一头'
     '母猪数量，将多获得国家支农补贴48元。中华联合财产保险公司湖南某分支机构仅此一项，通过虚增投保母猪数量，'
     '至少骗取国家支农财政补贴近200万元。在一农户养殖场，记者发现该养殖场仅仅有一排非常简陋的猪舍，初步点了'
     '下，共有22个猪栏，但是不少猪栏里面并没有养猪，或空着，或放置杂物。据农户介绍，一般而言，一头能繁母猪，'
     '就需要一个猪栏。2010年，他共养15头能繁母猪，现在已经死了4头，还剩下11头。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://guiyang.baogaosu.com/xinwen/%E6%94%BF%E7%AD%96%E6%80%A7%E6%A3%AE%E6%9E%97%E4%BF%9D%E9%99'
     '%A9%E8%AF%95%E7%82%B9%E5%9B%9B%E5%B9%B4%E8%AF%95%E5%87%BA%E4%BA%86/35324942/',
     '“这么快就拿到钱了。”7月1日，崇州市道明镇红旗村的村民李松达领到了1680元森林保险赔付金，距他家山林'
     '失火只过去了四周。2011年起，我省开展政策性森林保险试点，公益林所有者仅需承担保费的10%，商品林所有'
     '者仅需承担保费的25%，剩下的部分由政府进行补贴。然而，不健全的定损制度、不规范的理赔标准、认定机构缺失'
     '和单一的保险品种，曾经让这一项富农政策举步维艰，也在一定程度上影响了集体林权改革的深化。如今，伴随着相关'
     '政策的完善、森林保险品种逐步健全，林农参保不再瞻前顾后。省林业厅统计，截至目前，全省参保森林面积已经超过'
     '3.14亿亩，占全省林地面积的86.7%。森林遭了灾，灾损谁来定，怎么定？“遭得很凶。”回想起三年前的那'
     '场病虫害，李松达说，当时，承包的14.8亩山林遭了殃，很多树苗成了柴火。不过，那时他并没有太忧心，因为此'
     '前一年，他给林子买了森林保险，“好歹能把成本收回来嘛。”可等到定损的日子，保险公司和镇林业站来勘察了情况'
     '之后，却给出了远低于他预期的赔付面积和金额。这让他很不服气，“所有的树木都有虫子，为啥只按40%的面积赔'
     '付？”保险公司给出了说法：“林业成灾”概念远大于“灾害损失”，尽管所有的树子都遭了虫害，但并不是所有树木'
     '都已死亡。未死亡的树能否治好虫害尚不一定，因此保险公司不能理赔。而乡镇林业站的说法则更让他泄了气：别说崇'
     '州，就是全省也没有专门对林业灾害损失进行评估的机构和统一标准，该赔付多少，只有林农和保险公司协商。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://czj.tanghe.gov.cn/thyw/43318.html',
     '近日，个别新媒体平台发布图文信息，反映在唐河县桐寨铺镇唐岗村委赵湾村，发现有近两百头死猪被随意堆放在村头'
     '地面上，猪身已经发紫发黑，恶臭熏天。一些身份不明的外来人员正在搬运装载，收购交易，现场未采取任何防护防疫'
     '措施。事情发生后，唐河县委、县政府高度重视，责成我局迅速进行调查核实，及时回应社会关切。经调查，群众反映'
     '的该批次病死猪不存在收购买卖交易，是中原农业保险股份有限公司对我县桐寨铺镇梁庄新村养殖场死亡的生猪进行保'
     '险理赔核查并交接收储的现场。为保证食品安全、防止疫病传播和保障养殖业安全生产，我县建立了病死畜禽无害化处'
     '理长效机制，实行保险、收集处理和执法监督联动。由养殖户向保险公司报险，保险公司联系乡镇防检人员到场，保险'
     '公司点数、拍照、称重等核查后，养殖户、保险公司、防检人员三方签字后，由保险公司专用收集车辆装运至唐河县无'
     '害化处理厂集中进行无害化处理，取得了很好效果。媒体反映的现场车辆（车牌号：豫R000JP）所有人为中原农'
     '业保险股份有限公司唐河县支公司，是该公司用于病死猪无害化处理收集车辆。该批次病死猪是桐寨铺镇梁庄新村养殖'
     '场3—6月份养殖生产过程中死亡的生猪（为做好非洲猪瘟疫情防控工作，减少外来车辆和人员流动，降低疫情传播风'
     '险，该养殖场把死亡生猪保存在本场所建的病死猪收储冷库内）。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.yantai.gov.cn/art/2022/8/31/art_99956_51710.html',
     '各区市财政局、发展改革局、自然资源和规划局、农业农村局、海洋发展和渔业局、地方金融监管局、银保监分局，各'
     '农业保险机构：为加强农业保险保费补贴资金管理，推动我市农业保险高质量发展，提高农业风险保障水平，保护农村'
     '产业发展，稳定农民收入，根据《山东省农业保险保险费补贴资金管理实施细则》（鲁财金〔2022〕18号）《关'
     '于完善山东省地方优势特色农产品保险奖补政策的通知》（鲁财金〔2022〕17号）等规定，制定了《烟台市农业'
     '保险保费补贴资金管理实施细则》，现予以印发，请认真遵照执行。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH132, "fresh132")
