"""Sealed batch fresh180: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh178th.py; the batch and its row ids are "fresh180".)

Theme: animal-disease culling and carcass disposal (禽流感 and 非洲猪瘟 outbreaks, 扑杀 and its
compensation, 病死猪 and 病害猪 subsidies, quarantine of sick animals): 禽流感 outbreaks ignored by a
镇畜牧站 head and his superiors, a 獸醫站站長 certifying chickens from an outbreak area, a 畜牧兽医站
head keeping an inspector in an illegal slaughterhouse, officials taking the 病害猪 subsidy with
slaughterhouses, 223 cadres held to account for hiding 非洲猪瘟, 20 cadres punished after 68 dead
pigs in a ditch, a 乡政府 leaving dead pigs in a well, "鸵鸟政策" on suspected outbreaks, a hidden
outbreak in 绥宁, a pig farm pulled down while the owners were called away, a 街道 charging pig
farmers for carcasses, an inspection chief's false certificates; out items are a 台灣 dumped-
chicken case, carcass collectors hired by a 镇政府 selling dead pigs, a sick-goat prosecution, an
administrative public-interest suit, 增城 pig farms on land taken for industry, 福清 farmers' cull
compensation, 杭锦旗 herders against a sheep firm, compensation paid in 巢湖, a debunked 骗补 rumour
and two firms hiding 非洲猪瘟. Sources (stored-pages search): a lurdlur copy of the 大竹 report
(traditional); a 92880 copy of the 中新網 report on 趙永和 (traditional); a 搜狐 copy of the 现代快报
report on the 兴化 "注水猪肉" judgment; a 中国养猪网 copy of the 东北网 report on the 哈尔滨 "506"
case; a 三立 report on the 223 問責 (traditional); a kgamso copy of the 灌云 report (traditional);
a zgyqwz report on 曲沃; a ygsite copy of an investigation on unreported 非洲猪瘟; a 大紀元 copy of
the 亚洲时报 report on 绥宁; a 看中國 copy of the 新安晚报 report on 衡巧仁 (traditional); a
mnewstv report on 阳春; a 法律常识 page on 刘全检's judgment; out: a Yahoo 奇摩 report on 新竹
(traditional), a 中国养猪网 copy on the 南靖 collectors, a copy of the 商洛日報 report
(traditional), a forum copy of a 黔 administrative judgment, a 中国养猪网 copy of the 南方农村报
report on 新塘, a 大紀元 copy of the 亚洲时报 report on 福清 (traditional), a baogaosu copy of the
澎湃 report on 杭锦旗, the 央视国际 copy of the 新华社 report on 巢湖, a copy of the 德阳日报 report
(traditional) and an i-CABLE report on 亞歐牧業 and 加華 (traditional). Ten texts are in
traditional script (items 1, 2, 5, 6, 10, 13, 15, 18, 21, 22; the glossing pinyin of the pages'
converted copies removed in 1, 2, 6 and 21).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, site, forum and disclaimer lines and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation written full-width except inside
numbers ("1,500", "73,000") and the address "www.thepaper.cn"; stray spaces removed (004, 007,
008, 019). Page oddities kept: the simplified forms in the traditional texts ("后", "并", "于",
"只", "干部", "灌云"), "乡镇府" (007), "A(以下简称“A县”)" (016), "以**聊養牛" (021).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the staff and heads of public 畜牧兽医站, 动检站 and 检疫站 count as public servants; people hired
by a 镇政府 to collect carcasses do not, as the hired carers of fresh127th.py), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Farmers, reporters, victims, witnesses,
firms and officials who only handled, investigated, announced or answered are not accused; an
organ or an unnamed group accused as a whole gives no entry; an unnamed accused official is
(None, position, unit). Names, positions (as first written with the name, "原" kept) and units as
written, short unit forms too ("縣畜牧局", as fresh104th.py's "縣法院"); unit None when the text
ties the person to no unit. Topics only from the twelve names of triage.md; hidden or unreported
outbreaks and neglected carcasses are 工作纪律 (IS.WRK.05), compensation kept back or fees charged
to farmers 群众纪律, false certificates and staff left in illegal slaughterhouses 滥用职权 with
工作纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (009, 010,
011). Out types: 涉法涉诉 4 (013-016), 征地拆迁 1 (017), 个人利益诉求 2 (018, 019), 其他 3
(020-022). 11 accused entries, all in items 1-12: 10 with a full name (劉盛宇, 鄒高平, 曾競,
趙永和, 史庆国, 杨进培, 戴荣章, 胡從躍, 刘全检, 任建荣), no masked name, 1 post only (the 杨谈乡
乡长). Items 004, 005, 006, 008, 009 and 011 are in scope with no accused entry. Out items have
no accused entry.

Close calls:
 1  Traditional; the dateline and headline cut. The clause on 黃繼龍 (大竹縣動檢站副站長) is garbled
    in the stored copy ("黃繼龍?jiān)诘弥獥罴益?zhèn)…") and was cut between its semicolons (the only
    cut inside a sentence in this batch), so he is not accused; the last sentence (the sanctions,
    naming 馮仁富, truncated at "曾競的縣畜牧食品") cut, so 馮仁富 appears only as one who was told
    and is not accused (hard: the lead counts "5名黨政干部"). Accused: ('劉盛宇', '站長', '鎮畜牧站')
    from "鎮畜牧站站長劉盛宇", ('鄒高平', '鎮黨委書記', '楊家鎮'), ('曾競', '黨組書記、局長',
    '縣畜牧局'). 工作纪律 and 形式主义官僚主义 ("不落實、不務實").
 2  Traditional; the dateline "中新網4月17日電 據新華網報道，" and the byline "(尤宏韜 辛建華)" cut.
    ('趙永和', '獸醫站站長', '八道壕鎮') from "時任八道壕鎮獸醫站站長的趙永和" (he was also hired as a
    檢疫人員 of the 動物檢疫站). A court judgment on an official: in. 滥用职权 and 工作纪律.
 3  Off the disease theme (water-injected pork), kept for the 检疫 staff. Byline and the three
    sub-headings cut; ends before the truncated "史庆国一直未撤回检疫人员，". Positions as first
    written: '原站长' of '兴化市大营畜牧兽医站'; 杨进培 '副站长' and 戴荣章 '退休职工' written after
    that unit (same unit given, as fresh104th.py did for a 副主任). 廉洁纪律 for 史庆国's own
    加工厂 (hard). The 屯军公司 is a firm.
 4  Site path, headline and byline cut; ends before the truncated "专案组随后对…展开侦查，". The 12
    商务局 and 检疫站 staff are an unnamed group: in, no entry. 滥用职权 and 工作纪律.
 5  Traditional; caption and the "※ 非洲豬瘟比口蹄疫可怕…" lines cut. The 223 cadres and the 縣、鄉
    departments are unnamed: in, no entry. 工作纪律 and 形式主义官僚主义 (相互推諉).
 6  Traditional; the lead's second sentence (no full stop on the page), the "2月12日…" paragraph
    and the "次日…" paragraph cut (both garbled in the stored copy: "當?shù)匾淮迕…", "工作??h農委"),
    and the editor and disclaimer lines cut. The 20 punished cadres are unnamed; 彭進 only answers;
    鄭某 and 夏某 are farmers. In, no entry. 工作纪律.
 7  The spaces the page puts after full stops removed. Hard: (None, '乡长', '杨谈乡') for "刘乡长"
    ("刘" alone is no name, as "姓謝" in fresh157th.py): his choice to test the water first and leave
    the pigs in the well is the inaction the text reports; he could be read as one who only answers
    for the 乡政府 (an organ). 朱副乡长 only confirms. 工作纪律 and 群众纪律 (反映人举报多次).
 8  The heading "一、“鸵鸟政策”" cut; ends before the 山东 paragraph. Local officials who refuse to
    confirm and report are unnamed: in, no entry. 李荣胡 (a firm) only got partial compensation
    after a 内参: not mixed (his claim is settled in the text; hard). 工作纪律 and 群众纪律.
 9  Mixed, hard: the 专业户's unpaid cull compensation (an out claim) beside the 当地政府 that hid
    the outbreak. The spam dateline "【大澳门威尼斯人赌场官网5月15日讯】", the byline "(亚洲时报 徐祥
    撰文/摄影)", the caption and the 龙小英 paragraphs cut. Organ only: in, no entry. 工作纪律 and
    群众纪律.
10  Mixed: the couple's pigs and demolished farm (a 征地拆迁 grievance) beside the 胡副鎮長 who called
    them away while it was pulled down. Traditional; dateline, captions and the "看完那這篇文章覺得"
    junk cut. Hard: ('胡從躍', '原副鎮長、現鎮人大副主席', '城關鎮') is the "胡副鎮長" of the call as
    the text implies and later only answers; the 縣 and 鎮 that 推諉 are organs. 群众纪律 and 滥用职权. Off the disease theme (a 拆遷 of a pig farm).
11  Mixed: farmers' wish for compensation ("没地方去要求这个赔偿") beside a 当地政府 that denies the
    outbreak and charges carcass fees. Site path and headline cut; ends before the truncated
    "自去年8月辽宁…" sentence. Organ only: in, no entry. 群众纪律 (乱收费) and 工作纪律.
12  The site lines and the headings "案情简介", "一、…", "二、…" cut; ends before the truncated
    judgment. ('刘全检', all three posts as first written, 'SX市畜牧兽医局') and ('任建荣', '副局长',
    'SX市畜牧兽医局') who ordered the false certificates ("另案处理"). 滥用职权 and 工作纪律.
13  涉法涉诉, traditional: a 台灣 farming couple's dumped chickens, 不起訴. Headline and byline cut.
14  涉法涉诉, hard: "林某红" and "吴某荣" were "受聘于当地镇政府" to collect carcasses and sold them
    (the page's title says "政府雇员以权谋私"); hired collectors, not public servants, as fresh127th.py's
    hired carers: out. Title line, sub-headings and the SEO junk "生猪价格，" inside a sentence cut;
    ends before the truncated "警方随后来到协鑫冷" sentence. Could be read as in (with masked entries).
15  涉法涉诉, traditional: private sellers of sick goats prosecuted. "商洛日報 - 商洛之窗訊 (陳 濤)"
    cut.
16  涉法涉诉, hard: a 行政公益诉讼 judgment against a 农业农村局 for 怠于履行法定职责 (an organ,
    the 检察院 as plaintiff); forum header, title and the unpunctuated party lines cut; ends before
    the truncated 回访 finding. Could be read as in (an organ's 工作纪律).
17  征地拆迁: pig farms on land taken for an industrial zone; the farmer sued the 合作社; "政府的强拆
    行为" is the grievance of the claim. Sub-headings cut; ends before the truncated 吴庆波 sentence.
18  个人利益诉求, traditional: farmers' claim for cull compensation and their planned suit (could be
    涉法涉诉). Dateline and sub-heading cut; ends before the 福清 background paragraph. Hard: "地方政府
    為了隱瞞疫情" is said of an organ in passing.
19  个人利益诉求: herders who want a firm held to account for dead sheep (could be 其他). Captions cut;
    ends before the truncated 刘永喜 sentence; he and the 农牧兽医 departments only answer.
20  其他: the 巢湖 compensation being paid; headline, dateline and byline cut.
21  其他, traditional: a 德阳 rumour of 骗补 refuted; site lines and headline cut; ends before the
    truncated "按以上統計數據…" sentence.
22  其他, traditional: two firms hid 非洲豬瘟 and get no cull subsidy; "date 2019-01 【i-CABLE】" cut;
    ends before the truncated sentence on 遼寧 officials, so no official is accused.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH180: list[Item] = [
    # 01
    ('http://m.lurdlur.com//news/2006/2006-05-10/8/727976.shtml',
     '記者10日從四川省大竹縣縣委了解到，在該縣“1·3”禽流感疫情的處置過程中，有5名黨政干部因在工作中'
     '存在不落實、不務實等問題而被嚴肅查處，分別受到免職等處分。今年1月3日，農業部發布消息，確認大竹縣楊'
     '家鎮禽只不明原因死亡為高致病性禽流感疫情，且疫點疫情已被撲滅。據大竹縣有關部門調查，2005年12月'
     '23日、24日，楊家鎮養殖大戶劉某家的家禽陸續出現死亡后，24日11時30分，劉某先后向鎮畜牧站站長'
     '劉盛宇、鎮政府分管領導馮仁富報告了家禽死亡的情況。劉盛宇在得知情況報告后，重視不夠，未到現場組織處理'
     '，也未向鎮上主要領導報告，對此負有主要領導責任；楊家鎮黨委書記鄒高平和縣畜牧局黨組書記、局長曾競對疫'
     '情重視不夠，對此負有重要領導責任。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [('劉盛宇', '站長', '鎮畜牧站'), ('鄒高平', '鎮黨委書記', '楊家鎮'), ('曾競', '黨組書記、局長', '縣畜牧局')]),
    # 02
    ('http://92880.cn//news/2006/2006-04-17/8/718437.shtml',
     '遼寧錦州黑山發生禽流感期間，時任八道壕鎮獸醫站站長的趙永和，濫用職權違規開具檢疫合格證，近日被判刑。'
     '據了解，2005年5月，趙永和被黑山縣動物檢疫站聘用為白廠門動物檢疫分站的檢疫人員。當年10月23日'
     '，八道壕鎮頭臺村的雞發生疫情。趙永和留在疫區觀察疫情，組織進行防疫、消毒等工作。10月24日，趙永和'
     '在沒有消毒和檢查的情況下，為他人賣出的雞開具了“出縣境動物檢疫合格證”和“動物及動物產品運載工具消毒'
     '證明”兩份，致使這些雞都被運到溝幫子某熏雞廠加工成熏雞，大部分被銷售出去。近日，黑山縣法院經過審理認'
     '為，趙永和違規出具相關檢疫證明，其行為已經構成濫用職權罪，依照刑法判處趙永和有期徒刑1年，緩期3年執'
     '行。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('趙永和', '獸醫站站長', '八道壕鎮')]),
    # 03
    ('https://news.sohu.com/20141227/n407326498.shtml',
     '今年5月，媒体曝光了兴化市大营镇“注水猪肉”事件，其中暴露出的各种乱象让人触目惊心：检疫合格印章随意'
     '加盖、多次被举报却一直没查到。近日，兴化市人民法院作出一审判决，原兴化市大营畜牧兽医站站长史庆国犯滥'
     '用职权罪，被判处有期徒刑一年三个月，副站长杨进培和退休职工戴荣章犯滥用职权罪，被判处有期徒刑一年三个'
     '月，缓刑两年。另据了解，“注水猪肉”事件中，兴化市纪委、监察局分别给予包括史庆国、杨进培在内的7人相'
     '应的党纪政纪处分。法院审理查明，被媒体曝光的兴化市屯军畜禽有限公司（以下简称屯军公司）由兴化市大营镇'
     '长美畜禽肉类加工厂更名而来，而后者从2005年诞生之日起，从未取得过生猪定点屠宰证书以及生猪定点屠宰'
     '标志牌，不具备生猪定点屠宰资质，不能进行生猪屠宰，也不能派驻检疫员。但是，畜牧兽医站站长史庆国仍然安'
     '排检疫人员戴荣章驻场屠宰检疫。2009年12月，屯军公司更名成立，但手续依然不齐备，只能挂靠在史庆国'
     '经营的兴化市兴缘畜禽肉类加工厂名下。当年10月，戴荣章退休，史庆国依然安排他在屯军公司驻场屠宰检疫。'
     '2010年5月22日和2014年3月24日，兴化市生猪办先后两次下发《责令关闭通知书》，要求关闭屯军'
     '公司，并要求大营畜牧兽医站不得为屯军公司提供屠宰检疫。2013年6月18日和2014年4月15日，兴'
     '化市林牧业局动物卫生监督所先后两次下发通知，要求大营畜牧兽医站不得为屯军公司提供屠宰检疫。',
     'in', None, False, ['滥用职权', '工作纪律', '廉洁纪律'],
     [('史庆国', '原站长', '兴化市大营畜牧兽医站'), ('杨进培', '副站长', '兴化市大营畜牧兽医站'), ('戴荣章', '退休职工', '兴化市大营畜牧兽医站')]),
    # 04
    ('http://cj.zhue.com.cn/a/201501/16-163656.html',
     '日前，黑龙江检察机关在检查哈尔滨20余家屠宰厂时发现，这些屠宰企业普遍存在虚报病害猪数量，大额骗取国'
     '家补贴的现象。检察机关随后查处当地商务局、检疫站等部门涉嫌渎职犯罪工作人员12人，挽回和避免经济损失'
     '近2000万元。2013年年初，警方在哈市香坊农场辖区内一家屠宰厂门前发现，有货主赶着走路歪歪扭扭的'
     '猪进入到屠宰厂。因为怀疑这些猪可能患有瘟病，警方随即将这个屠宰窝点端掉。在随后的侦查中公安机关发现，'
     '这家屠宰厂的账簿根本对不上，屠宰数量虚增了数倍，病害猪火化处置申报国家补贴的数量也存在大量猫腻，其中'
     '可能有国家公职人员涉嫌渎职犯罪的情形。黑龙江省检察院将涉及该领域的案件交由黑龙江农垦检察分院着手侦查'
     '。2013年5月，农垦检察分院反渎职侵权局抽调基层检察院精干力量，成立了“506”专案组。据“506'
     '”专案组成员介绍说，根据国家的相关规定，屠宰厂发现病害猪后要逐级向上汇报，并由进驻在屠宰厂内的动检站'
     '工作人员检验确认，然后将病害猪进行火化处置。屠宰厂在填写《病害猪无害化处置档案》时，除了需要动检员、'
     '厂长、货主的共同签字以及对应照片外，还应提供无害化处理的全程录像。这些材料需提交到哈尔滨市商务部门的'
     '畜禽屠宰监督管理处审批，再由财政部门于次年发放补贴。按照国家政策，2012年起每头病害猪的补贴款是8'
     '00元，加上80元的无害处理费，企业发现并无害处置一头猪可得到补贴款880元。',
     'in', None, False, ['滥用职权', '工作纪律'],
     []),
    # 05
    ('https://setn.settv-it.com/News.aspx?NewsID=478959&p=0',
     '中國大陸非洲豬瘟疫情擴散，官方始終強調疫情「總體可控」，還公布國際組織積極評價防控工作的消息。但據內'
     '蒙古黨建網公布，遼寧等3地已有223人因故意瞞報疫情，監測排查不力被問責。中國大陸各地方黨建網由中共'
     '中央宣傳部主管。內蒙古黨建網2018年12月30日公布一篇來源為中國農業農村部新聞辦公室的疫情新聞：'
     '「國務院辦公廳對遼寧安徽湖南三地非洲豬瘟防控工作進行問責」。上述問責消息並未廣為發布，也少見陸媒報導'
     '。非洲豬瘟疫情在中國持續蔓延23個省區，中國農業農村部2018年12月24日仍然聲稱，非洲豬瘟疫情「'
     '總體可控」，25日還在官網公布一則「世界動物衛生組織積極評價中國非洲豬瘟防控工作」消息。問責情況通報'
     '說，近日，國務院辦公廳督查室向前期非洲豬瘟疫情集中連片發生，出現小範圍流行的遼寧、安徽、湖南共3省發'
     '出督辦函，要求對查實問題嚴肅追責問責。據通報，遼寧省一些縣、鄉政府有關部門在初期防控工作中相互推諉，'
     '部分人員存在故意瞞報疫情資訊，監測排查責任不落實等問題，安徽省和湖南省常德市部分市縣也存在防控工作不'
     '到位，履職不力等問題，3地共223人被問責處理。這份文件提及，在非洲豬瘟防控工作出現的問題，曝露出一'
     '些地方和部門存在有令不行、有禁不止，工作責任和措施不力的問題。同時提醒相關部門要認識非洲豬瘟防控工作'
     '的艱巨性、複雜性，做好落實非洲豬瘟防控工作，嚴防新的疫情發生。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     []),
    # 06
    ('http://www.kgamso.com/news/show-6690.html',
     '“江蘇灌云68頭死豬被棄河溝”事件有了最新進展。2月14日，據該縣農委辦公室主任彭進說，死豬數量共計'
     '68頭，系由多名小型養殖戶丟棄。16日，灌云縣人民政府通報了河溝出現丟棄死豬問題的調查情況。通報稱，'
     '經連云港市畜牧獸醫站對送檢樣本進行檢測均呈陰性，排除非洲豬瘟。縣公安、農委等部門分別對違法行為人鄭某'
     '、夏某等給予行政處罰。針對網友反映相關部門對丟棄死豬“不管”的問題，灌云縣人民政府表示，縣紀委、監委'
     '對南崗鄉、縣農委、縣環保局等相關單位的主要領導、分管領導以及其他共20名相關責任人，分別給予誡勉談話'
     '、黨內警告、黨內嚴重警告、記過、撤職、辭退等處分。',
     'in', None, False, ['工作纪律'],
     []),
    # 07
    ('http://zgyqwz.com/redianzixun/3189.html',
     '依据《中华人民共和国动物防疫法》《重大动物疫情应急条例》《生猪屠宰管理条例》《兽药管理条例》《病原微'
     '生物实验室生物安全管理条例》等法规规定：当出现重大疫情时，当地政府部门必须逐级上报。否则，将追究责任'
     '。然而，在山西省曲沃县，大量生猪出现死亡，涉及死猪无害填埋了事；对于养殖户抛井死猪不及时处理；当地政'
     '府却不按制度上报。6月27日，记者来到曲沃县，对此事进行了解。据山西省曲沃县杨谈乡群众反映，在201'
     '9年元宵节前后，杨谈乡沟东村出现大量生猪死亡，有的死猪在乡镇府和县畜牧局组织下进行了无害掩埋，有的死'
     '猪被养殖户私自抛入附近井中。政府组织掩埋时间为2019年2月19日晚上，埋猪地点为贾小宏猪场南300'
     '米地方。死猪大约一百多头。而抛进东沟村北一废弃井大量死猪，反映人举报多次，当地政府都没有派人及时处理'
     '。另外一个是山下村杨海顺养猪厂，死猪大约在六百多头，埋猪时间为4月8日，埋猪地点为该猪厂东约200米'
     '地方。此事为当地政府组织。记者采访了当事人，并确认了埋猪地点和抛猪水井。在杨谈乡政府，此事也得到刘乡'
     '长和朱副乡长确认。在采访中，关于水井抛死猪说法，刘乡长认为，最初在6月4日接到群众实名举报，这也与政'
     '府热线转过来的信息一致。接到举报后镇政府立即和县环保局联系，对举报人反映的地域水质进行检测，目前没有'
     '发现水出现污染情况。刘乡长认为该水井是枯井（记者查看是深水井），据乡政府掌握的情况大概有二三十头死猪'
     '。与举报人反映的一百多头数字有出入。为什么至今不对水井死猪进行及时处理，刘乡长认为先检查水源是否被污'
     '染比及时处理井里死猪要更重要。然而，从6月4日接到举报，到接受记者采访，乡政府也没有对水井死猪采取任'
     '何措施。',
     'in', None, False, ['工作纪律', '群众纪律'],
     [(None, '乡长', '杨谈乡')]),
    # 08
    ('http://ygsite.cn/m/show.asp?id=71055&pageno=2&trcms=1',
     '在过去数月的深入采访中发现，在最初的“遇瘟即报”之后，许多地方又频频出现对“疑似非洲猪瘟疫情”视而不'
     '见、不愿确认的情况。高烧、厌食、全身发红、耳朵发绀，皮肤上有坏死点、出血，死后体内脾脏异常肿大，肠道'
     '出血……这些典型的非洲猪瘟症状无人关注，被拒绝确认上报，也拒绝给予扑杀补贴；急于减少损失的养殖户不得'
     '不恐慌性低价抛售活猪，引致疫情随着走村串户的收猪车四处蔓延，越市跨省，轻易击穿防控系统，给更大区域的'
     '生猪养殖户造成惨重损失……类似问题绝不仅仅出现在广西几地。例如在广东，至今官方公布的疫情为三起：20'
     '18年12月19日，农业农村部通报了广东第一例非洲猪瘟疫情在珠海市香洲区一家屠宰场暴发，该屠宰场同批'
     '待宰生猪50头，发病11头，死亡11头；3天后，广州市黄埔区一家养殖场确诊非洲猪瘟疫情；12月25日'
     '，农业农村部通报广东惠州博罗县一名养殖户发生非洲猪瘟疫情。但记者近期走访的广东茂名、肇庆等地都是“疑'
     '似非洲猪瘟”的爆发地，今年初以来陆续有大面积猪只死亡。在肇庆市高要区，当地养殖户形容疫情“像火一样烧'
     '起来”。肇庆市高要区泰盛生态养殖有限公司（下称泰盛公司）法定代表人李荣胡告诉记者，他位于肇庆市高要区'
     '回龙镇的猪场存栏生猪达1万余头，从1月12日至2月18日，猪场每天数百头猪死亡，共死亡11101头猪'
     '。病猪死亡后曾有检测显示非洲猪瘟病毒核酸阳性，数次上报未被理睬。直至新华社记者写内参反映后，他才获得'
     '部分赔偿。但肇庆疫情始终未正式公布。',
     'in', None, False, ['工作纪律', '群众纪律'],
     []),
    # 09
    ('http://tvsmo.com/gb/6/5/15/n1319232.htm',
     '湖南省邵阳市绥宁县—中国各地方政府隐瞒疫情，是中国内地当前禽流感的最大忧虑。亚洲时报在线特约记者从不'
     '同省份看见的隐瞒疫情，是大同之余又各有其异。安徽安庆枞阳县和湖南邵阳绥宁县同样是死了人却坚称没有疫情'
     '，但后者的保密力度来得更大。记者在枞阳寻找大批禽鸟死亡的蛛丝马迹，较为容易；但在绥宁，城乡居民几乎一'
     '致地充当政府喉舌，并且对外来人高度警惕。可能这就是长江下游城市和山区之别。但亚洲时报在线特约记者前往'
     '当地调查发现，该地不但从2005年的7、8月份就开始有大量的鸡鸭死亡，一专业户家更是有逾1,500只'
     '鸡鸭被扑杀，不过至今没有拿到全部补偿，当地政府完全没有将此事件按照有关规定进行上报。',
     'in', None, True, ['工作纪律', '群众纪律'],
     []),
    # 10
    ('https://m.secretchina.com/news/b5/2014/04/10/536904.html',
     '安徽五河縣一對養豬戶夫婦接到通知去鎮裡見領導，結果領導沒見到，回家卻發現自家養豬場被拆，193頭良種'
     '豬不知去向。據新安晚報及安徽網星期三報導，3月17日，五河縣衡臺村養豬戶衡巧仁接到城關鎮胡副鎮長通知'
     '，說上面領導有事要通知，要他夫妻倆去鎮裡一趟。他倆去後左等右等也不見人來。中午回到家卻驚呆了，養豬場'
     '的豬圈全部被毀，所有193頭豬蹤影全無。報導說，衡巧仁家的養豬場每年出欄近千頭豬，聞名周邊。去年下半'
     '年，他接到通知，養豬場被列入拆遷計畫。今年春節衡巧仁低價賣掉了一批豬，剩下的193頭準備繼續處理。丟'
     '豬之後，衡巧仁夫婦踏上尋豬之路，但找到縣裡、鎮裡，都被推諉。據新安晚報記者近日找到城關鎮原副鎮長、現'
     '鎮人大副主席胡從躍調查此事。胡從躍說，衡巧仁的養豬場屬於違章搭建房屋，3月17日被正常拆除，他們的9'
     '3頭而不是193頭豬，作為暫扣物資，被安全轉移至該縣一家屠宰場暫時代為飼養。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('胡從躍', '原副鎮長、現鎮人大副主席', '城關鎮')]),
    # 11
    ('http://www.mnewstv.com/article2021/7f/7626.html',
     '广东省阳江市阳春市河西街道，最近爆发非洲猪瘟死猪遍地，恶臭难闻，但是当地政府不承认这是非洲猪瘟，还向'
     '猪农收取处理费用。阳春市河西街道下辖11个村，合岗村一位村民林先生透露，河西街道爆发非洲猪瘟将近一个'
     '月，目前处于高峰期。合岗村民林先生：“有时一死200头，就死光了，很快的，在高峰期，差不多一个月都有'
     '了，河西那边几个管理区大面积都是死猪。”林先生说，在该村出入路口500米处的变电站垃圾点，每天早上都'
     '有一二十头死猪，被猪农丢弃在那里。他还说，河西街道设有多处垃圾点，那里成了死猪的处理场，环卫工人有时'
     '不去清理，导致各处恶臭扑鼻。林先生：“在我们管理区村民进出的一个路上，可以说是垃圾的回收点吧，但是他'
     '不是每天去收垃圾，有时几天收一次，猪都是在那里发臭。现在阳春的每一条小路往那里开车慢慢开，每一个地方'
     '都有死猪。”林先生透露，虽然政府会去处理死猪，但猪农不敢让政府知道，因为得不到赔偿，还要倒贴钱给政府'
     '处理费。崆峒村的猪农周女士表示，她的200多头猪一下子发病，全死了。崆峒村猪农周女士：“拿到垃圾桶那'
     '里，扔掉算了，没地方埋呀，如果有得赔，当然想赔了，这个损失是很大的，200多头猪啊。我想买保险，他说'
     '要600头猪才能买保险，一买就一年的，那个资金。”周女士说，面对大面积猪只死亡，当地政府至今不承认这'
     '是非洲猪瘟，仅称是病毒感染。周女士：“说是一个病毒的死亡，政府都不承认这个是非洲猪瘟啊，没地方去要求'
     '这个赔偿，路边都是死猪，每天都很多很多啊。”',
     'in', None, True, ['群众纪律', '工作纪律'],
     []),
    # 12
    ('https://m.falvchangshi.com/tags/132966.html',
     '2009年至2014年间，刘全检先后担任SX市畜牧兽医局动物卫生监督科工作人员、动物卫生监督稽查队队'
     '长、市动物检疫站站长，负责动物防疫、产地检疫、屠宰检疫等工作。在此期间，在对SX市辉达生态养殖有限公'
     '司、SX市唐皇种猪有限公司、SX咸亨绍鸭育种有限公司、SX市越州家禽育种有限公司等四家公司的牲畜实施'
     '产地检疫过程中，顺从其上级领导SX市畜牧兽医局副局长任建荣（另案处理）的安排，贪图便利，在未对动物进'
     '行现场检疫、未查验养殖（防疫）档案等情况下，伪造检疫结果，为上述四家公司直接开具《动物检疫合格证明》'
     '数百张，造成大量未经产地检疫的牲畜流入SX市越城区、柯桥区、上虞区及浙江省余姚、金华等地市场。201'
     '1年11月至2014年2月，被告人刘全检在担任SX市畜牧兽医局动物卫生监督稽查队队长、市动物检疫站站'
     '长，全面负责检疫站各项工作期间，在明知部分养殖户运往SX市天天屠宰场进行屠宰的生猪未附有《动物检疫合'
     '格证明》，SX市畜牧兽医局派驻天天屠宰场的检疫人员违反《中华人民共和国动物防疫法》、《动物检疫管理办'
     '法》等相关规定，在对上述生猪进行补检后，未对货主处同类检疫合格动物货值金额百分之十以上百分之五十以下'
     '罚款的情况下，不提出纠正意见，默许下属检疫人员违反规定开展屠宰检疫工作，导致此期间在屠宰场补检的35'
     '472只生猪，在货主未被罚款处罚的情况下进入屠宰环节，至少造成国家经济损失人民币5979089元。2'
     '015年1月15日，被告人刘全检经侦查机关电话通知后，自动投案并如实供述了上述事实。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('刘全检', '动物卫生监督科工作人员、动物卫生监督稽查队队长、市动物检疫站站长', 'SX市畜牧兽医局'), ('任建荣', '副局长', 'SX市畜牧兽医局')]),
    # 13
    ('https://tw.news.yahoo.com/%E7%A6%BD%E6%B5%81%E6%84%9F%E7%97%85%E6%AD%BB%E9%9B%9E%E6%A3%84%E5%B1%B1%E8%B0%B7-%E9%A4%8A%E9%9B%9E%E5%A0%B4%E5%A4%AB%E5%A6%BB%E8%AD%89%E6%93%9A%E4%B8%8D%E8%B6%B3%E4%B8%8D%E8%B5%B7%E8%A8%B4-215153109.html',
     '今年二月間爆發禽流感，造成不少雞、鴨、鵝等家禽大量死亡。二月中旬新竹縣湖口鄉通往新埔鎮的偏僻產業道路'
     '旁山坡地，遭人丟棄四百隻的雞，警方根據裝死雞的飼料袋及路口監視器，追查到新埔一家養雞業者，並傳喚林姓'
     '夫妻到案說明，但兩人都否認涉案，加上警方提供的證據不足，全案以不起訴處分結案。據了解，今年二月間全台'
     '多處養禽場都爆發禽流感疫情，造成大量飼養家禽死亡，也引起民眾的恐慌。新竹縣湖口鄉往新埔鎮的偏僻產業道'
     '路旁山坡地，二月中旬遭不明人士棄置四百隻的死雞，經化驗後這批死雞禽流感呈陽性反應，環保局除了進行消毒'
     '之外，一度封閉道路。警方接獲報案後，調閱週遭道路的監視器，並根據地緣關係找到林姓養雞戶，警方也發現養'
     '雞場的飼料袋和棄置病死雞的飼料袋相同。警方傳訊養雞戶林姓夫妻到案說明，但夫妻二人矢口否認棄置病死雞，'
     '而且家畜疾病防治所將養雞場其它的病死雞送化驗，也都沒有感染禽流感。全案警方則是依違反廢棄物清理法函送'
     '檢方偵辦。檢方在偵查後指出，就算這些死雞是林姓夫婦所丟掉的，也只違反動物傳染防治條例12條之1，是行'
     '政罰最高可罰一百萬元，並不涉及刑責。而且儘管裝死雞的垃圾袋與林氏夫妻養雞場的塑膠袋類似，但不能就此推'
     '斷就是林氏夫妻所丟棄，全案檢察官則是以不起訴處分結案。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://zhuwang.com.cn/show-30-198453-1.html',
     '他们原本受聘于当地镇政府，负责对病死猪进行无公害处理。但在利益的驱动下，他们收购病死猪，制作成猪肉出'
     '售，从中牟利。今年1月至3月，他们就卖出了近40吨病死猪肉，案值高达300多万元。把捡收来的病死猪制'
     '售成病死猪肉，运往广东、湖南等地销售，短短三个月，竟卖出近40吨病死猪肉。近日，公安部官方微博披露了'
     '南靖肉制品犯罪典型案件，目前，此案3名主要嫌疑人已被逮捕。据了解，这些病死猪肉被运往广东、江西、湖南'
     '等地，大多数供应给肉制品加工厂，流向了餐桌，但没有销往福建省内。漳州南靖人林某红（女、44岁）、吴某'
     '荣（33岁）原本受聘于当地镇政府，负责在各自村里捡病死猪或到养猪户收病死猪，然后对这些病死猪进行无公'
     '害处理。去年8月、9月，林某红在处理病死猪的过程中发现了商机，便把捡收来的病死猪制作成猪肉出售，收入'
     '暴涨。随后邻村的吴某荣也加入其中，两人合作贩卖病死猪，并在南靖县靖城镇天口村建了一个6吨的冷冻库，除'
     '捡来一些扔在路边的病死猪，他们还分别以0.1元到0.8元不等的价格大量收购病死猪。两人在池塘边设屠宰'
     '场，雇请3名河南工人屠宰，再将猪肉和排骨按20公斤/袋的标准包装。随后，他们还将病死猪肉转移到台商投'
     '资区角美镇协鑫冷冻食品有限公司的冻库进行冷冻。今年3月15日中午1点多，他们像往常一样用货车载着病死'
     '猪出现在漳州台商投资区角美镇协鑫冷冻食品有限公司门口，被早已布控的漳州警方当场抓获。打开车门，民警都'
     '吓到了：货车内全是横七竖八的死猪，多达7吨之巨。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://av069.com/shyf/shenghuoyufa/2014-08-18/180463.html',
     '被告人王乙、王丙合伙從山東省巨野縣購買33只山羊（各為17只和16只），購回后山羊即患病并陸續有病死'
     '現象。市縣動物疫病預防控制中心先后兩次到二人住地對患病的存羊進行會診，診斷為疑似山羊傳染性胸膜肺炎，'
     '并告知王乙羊已感染傳染病，病死羊要埋無害化處理，活羊封存，不得食用，不得買賣，否則要承擔法律責任，同'
     '時讓王乙轉告王丙。二人在明知上述情況的同時，為了減少損失，王丙將3只病羊賣給王甲后獲款600元，王乙'
     '將3只死羊、7只病羊賣給王甲后獲款500元。王甲明知二人出售的山羊系病羊和死羊仍予以收購并宰殺待售，'
     '先后雇人在其租住院落內宰殺病羊10只、死羊10只，并將宰殺的其中3只羊肉折抵雇人工資。王乙、王丙和王'
     '甲的行為涉嫌生產、銷售不符合食品安全標準罪。洛南縣檢察院及時受理并審查了該起案件，于日前向該縣人民法'
     '院依法提起公訴，等待三人的將是法律的懲處。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://bbs.jbzyw.com/archiver/tid-552832.html',
     '公益诉讼起诉人A人民检察院（以下简称“A县人民检察院”）认为被告A农业农村局（以下简称“A县农业农村'
     '局”）怠于履行法定职责，于2020年10月12日向本院提起行政公益诉讼。本院同日立案后，依法向被告送'
     '达了公益诉讼起诉书副本及应诉通知书、向第三人送达了公益诉讼起诉书副本及参加诉讼通知书。本院依法组成合'
     '议庭，于2020年11月9日公开开庭审理了本案。公益诉讼起诉人A县人民检察院诉称，2016年以来，A'
     '（以下简称“A县”）沙子街道玉桐村村民田宏坤在未办理牲畜屠宰许可手续的情况下，在玉桐村桐元自然寨中搭'
     '建简易棚子，用于宰杀从外地购买的未经检疫的山羊，销售到县城部分餐馆。其屠宰未经检疫的山羊存在严重的食'
     '品安全隐患。宰杀过程中产生的脏器、粪便及污水等废弃物未经无害化处理，自然顺沟露天直排，发出恶臭气味，'
     '污染下游的饮用水源和人居空气环境。2020年3月18日，A县人民检察院向A县农业农村局发出检察建议书'
     '，督促其依法履行职责，对田宏坤违法屠宰行为依法调查处理，责令田宏坤停止违法行为，并对其屠宰污染的饮用'
     '水源及人居环境进行有效治理。2020年3月26日，A县农业农村局书面回复称已依法履行职责，对田宏坤进'
     '行了宣传教育，田宏坤承诺改正并清除屠宰造成的污染，不再违规屠宰，已拆除了屠宰山羊的锅、灶台等设施。2'
     '020年8月4日，A县人民检察院在开展公益诉讼“回头看”专项活动中对A县农业农村局发出的检察建议落实'
     '整改情况进行现场回访。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('http://cj.zhue.com.cn/jinrijujiao/guoneixinwen/201003/23-81157.html',
     '养猪在广东增城市新塘镇似乎难以从长计议，这早已成为业内的共识。自2005年起，新塘镇政府多次以环保为'
     '由，开展“清理无牌无证非法养猪场”行动，近百家猪场被强拆。然而强拆风暴的背后，除了猪场带来污染的问题'
     '，其根本原因在于工农业用地之争。家住新塘镇长巷村龙南经济合作社的吴镜坚，对此深有体会。“自2005年'
     '3月起，我们与合作社签订该村所属的铺岭鱼塘近23亩地，发展养鱼养猪，租期为20年。”吴镜坚向记者介绍'
     '，近年来，他投资近百万元，年出栏生猪上千头。然而好景不长，2009年，猪场所在地方圆千亩被征收开发工'
     '业区，也就在那一刻起，周围数十家猪场要么搬迁，要么被强拆。据了解，长巷村委会在征地补偿问题上，只对青'
     '苗和已报批建筑物进行补偿。但就养殖场而言，据新塘镇政府相关负责人介绍：“目前该镇没有一家养殖场经过报'
     '建”。所以，龙南经济合作社只补偿吴镜坚共计66700元约4.6亩的青苗费（以14500元/亩为标准，'
     '据称补偿方案经过90%以上的村民签名同意）。显然，这种补偿方案让吴镜坚无法接受，于是多次据理抵抗强拆'
     '，并就补偿问题将龙南经济合作社告上了法庭，所以他的猪场才得以幸存下来。如今，他的猪场名副其实地成为工'
     '地上的“钉子户”。其实，在新塘由于征地对猪场“零补偿”或补偿不合理造成的猪场“钉子户”并不在少数。养'
     '殖户正纷纷通过信访、上诉等法律手段来抵制政府的强拆行为，捍卫自己合法的权益。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://tvsmo.com/b5/4/9/15/n661877.htm',
     '據亞洲時報在線調查所知，中國福建省福清市在2003年年底到2004年年初確實曾經發生過多起懷疑禽流感'
     '事件。有當地雞農指，地方政府為了隱瞞疫情，甚至自掏腰包支付數萬隻被撲殺病雞的補償款。諷刺的是，因為補'
     '償不及時而差點被農民告上法庭。福清市城頭鎮離福清市區有近十公里的距離，該鎮有七八個村從事雞鴨的養殖。'
     '而該鎮的西池村的田中自然村就有近20家雞鴨養殖場。該村目前的家禽家畜的存欄數就達到了數十萬隻（頭）。'
     '在福（清）城（頭）公路線的兩旁不時可見設施簡陋的大小養雞場。今年新年該地養雞場有3家養雞場發生了禽流'
     '感，一共有大約10000隻家禽死亡，還有16500多隻家禽被市鎮有關部門撲殺。福清某律師事務所張律師'
     '告訴說：今年的5月份，福清市城頭鎮西池村的田中自然村的3個農民張國興、陳紅兵、張建岸找到律師事務所，'
     '要請律師狀告福清市畜牧公司和福清城頭鎮人民政府。原來，從去年年底開始，這3個農民的養雞場開始出現大批'
     '量的雞鴨死亡。陳紅兵作為第一個死雞的養雞場，他的損失最重。到2003年12月底，他的養雞場共有600'
     '0多隻雞相繼死亡。不久靠近陳紅兵家養雞場不遠的張國興、張建岸的兩家養雞場也先後出現了雞死亡的事件。當'
     '時他們將病死雞處理掉後，連忙向鎮和市有關部門作了彙報。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://huhehaote.baogaosu.com/xinwen/%E5%86%85%E8%92%99%E5%8F%A4%E6%9D%AD%E9%94%A6%E6%97%97%E4%B8%87%E4%BD%99%E7%97%85%E6%AD%BB%E7%BE%8A%E8%A2%AB%E6%8C%87%E9%81%AD%E5%81%B7/67630118',
     '就四年前内蒙古自治区鄂尔多斯市杭锦旗是否有数万只羊因疫病集中死亡一事，农牧民、政府部门以及“扶贫明星'
     '企业”蒙羊牧业股份有限公司（下称“蒙羊公司”）各执一词。今年以来，农牧民们不惜自曝自家养殖场将病死羊'
     '偷埋于“万羊坑”之中，以图重新追究合作方蒙羊公司的责任。2015年被评为全国劳模的杭锦旗牧民吉木斯等'
     '人向澎湃新闻（www.thepaper.cn）称，2014年、2015年，他们与蒙羊公司合作养羊，该'
     '公司提供的羊调入他们养殖场约一周后，开始出现大规模死亡。他们认为俗称“羊瘟”的小反刍兽疫导致了“大规'
     '模死羊事件”：蒙羊公司调来的一些羊来自刚刚发生过小反刍兽疫疫情的巴彦淖尔市，且部分羊未经检疫，它们可'
     '能带来了小反刍兽疫疫情。蒙羊公司则否认疫情由其引发。今年5月17日，蒙羊公司旗下多家子公司的法人代表'
     '武世龙回应称，小反刍兽疫是大的区域性疫情，并非由蒙羊公司导致。但他承认“死羊事件”在杭锦旗存在，他称'
     '，不只是杭锦旗有“万羊坑”，巴彦淖尔市也有，而且有几十个。2014年巴彦淖尔市烧羊时，晚上火光冲天。'
     '澎湃新闻获得的一份有武世龙签名并加盖公章的统计表格显示，野诚（吉木斯）等五家养殖场2014年和201'
     '5年一共进羊44956只，死淘21204只（截至2016年年底）。但杭锦旗农牧兽医等管理部门不认可“'
     '疫病”和“大规模死羊”的说法。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://news.cctv.com/news/china/20040709/102776.shtml',
     '9日15时，安徽省巢湖禽流感疫区开始对扑杀禽只农户进行补偿发放工作，预计这项工作将在10日结束。居巢'
     '区指挥部新闻发言人朱同贵介绍，8日，省、市财政筹集的28.64万元补偿款到位，当晚市、区指挥部按照国'
     '家有关政策，紧急讨论制定了相关补偿方案。9日上午，指挥部从农委、财政、街道办三部门抽调30多人组成3'
     '个组开始逐户核对每户被扑杀的家禽数，并在街道多个人流集中的地点张榜公布《居巢区扑杀禽类补偿明细表》。'
     '在群众无异议的情况下，15时开始向群众发放补偿款。朱同贵称，补偿的标准是平均一只家禽10元。其中成鸡'
     '、鸭、鹅每只补偿10元，子鸡、鸽子、子鸭5元，良种蛋鸡每只16元。补偿范围是疫点周围3公里范围内的1'
     '0个村、3075户的2.86万只家禽。截至记者发稿时，补偿工作正在进行中，疫区农民对政府的补偿工作基'
     '本表示理解和支持。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.yummyhousebrockton.com/main/ShowNews_77096.html',
     '近段時間以來，在抖音、快手、今日頭條等平臺上，不斷有網民發布有關德陽一養殖場虛報存欄騙取補貼的短視頻'
     '，引發全網廣泛關注。記者注意到，網絡上發布的視頻中，有的稱“德陽某養牛場，虛報200萬頭存欄，騙補2'
     '億元”，有的稱“德陽某豬場虛報投保2700萬頭豬，騙取補貼6000多萬元”。且多是以**聊養牛、交流'
     '養殖技術等名義的賬號進行發布。視頻畫面中，還有養殖場的畫面，并配文稱“四川德陽某牛場竟然虛報200多'
     '萬頭的存欄量……”經向市農業農村局核實，上述網傳信息均為不實信息。目前，市農業農村局已向各發布平臺舉'
     '報，并將該情況反映至市公安局。記者了解到，據德陽統計核定數據，2022年，我市生豬存欄160.11萬'
     '頭，出欄281.37萬頭；肉牛存欄12.9萬頭，出欄7萬頭。2023年，全市生豬存欄150.99萬頭'
     '，出欄286.3萬頭；肉牛存欄12.66萬頭，出欄7.06萬頭；2024年一季度，我市生豬存欄149'
     '.51萬頭，出欄69.3萬頭，肉牛存欄11.96萬頭，出欄2.38萬頭。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.ktsf.com/2019/01/25/china-asfarviridae-accountability/',
     '非洲豬瘟疫情持續，中國20多個省市都爆發疫情，當局開始問責，揭發規模最大的兩個豬場，分別在黑龍江及江'
     '蘇涉及瞞報及防控不力。中國內地兩個大型養豬場最近被農業部通報，故意瞞報非洲豬瘟疫情，它們分別是黑龍江'
     '亞歐牧業有限公司，以及江蘇的浙江加華種豬有限公司。其中黑龍江亞歐牧業有限公司，在綏化市擁有73,00'
     '0多隻豬的豬場，被指去年11月中便出現疑似非洲豬瘟疫情，源頭懷疑是載過有問題母豬的運輸車，未經嚴格消'
     '毒後就使用，把病毒帶入豬場。到了22日，豬場產房中有4隻小豬死亡，其後豬隻死亡數量不斷增加，但工作人'
     '員仍然以為是普通豬瘟，到了12月10日，更為每批一至兩千隻豬，用同一個針頭注射豬瘟疫苗，結果疫情暴發'
     '式擴散。直到29日，豬場終於通報疫情，經當地動物疫病預防控制中心確診後，已經有3,700隻豬死亡。另'
     '外，它亦被指雖然有7萬多隻豬，但只有一名駐場獸醫，而即使技術人員向管理層反映防疫意見，經常得不到管理'
     '層認可。至於在江蘇泗陽縣兩個豬場，擁有近69,000隻豬的浙江加華種豬有限公司，就被指於去年12月初'
     '，已經有豬隻異常死亡，經過檢測，確認是非洲豬瘟病毒呈陽性反應，但仍然沒有向部門報告，甚至私自篡改數據'
     '，到1月中被揭發時，已有1,300多隻豬死亡。另外，兩間公司亦被指多次對外銷售未經檢疫母豬，黑龍江豬'
     '場賣出578隻母豬，賺取81萬元。江蘇豬場亦賣出數百隻母豬，官方已經向兩間公司的涉事豬場撲殺了14萬'
     '多隻豬，而由於它們涉嫌違法，農業部決定不會對撲殺的豬隻給予補貼。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH180, "fresh180")
