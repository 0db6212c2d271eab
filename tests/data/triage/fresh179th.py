"""Sealed batch fresh181: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh179th.py; the batch and its row ids are "fresh181".)

Theme: idleness and rudeness at work: a 出入境 window officer who threw a citizen's papers on the
floor, a 社区 医保 clerk, window staff watching videos and shopping online (镇雄, 西安 胡家庙), a
大方 window clerk who traded insults with an old man, a township clerk asleep (静海 良王庄乡),
empty township offices after the holiday (渠县 三汇镇), a game player in an empty 党政办 (巨野
董官屯镇), officials who left their epidemic posts or drank and slept on duty (襄阳), a 武汉
name-and-shame round, 马边 officials' WeChat posts in working hours, and a retiree blocked by a
"领导打招呼"; out items are a passenger who insulted police and 拆迁 petitioners who injured an
official (criminal cases), a dismissed 联防队员's judgment in execution, a personnel arbitration
on an absent employee, cadres' own demands for rest days, a citizen's proposal for weekend
service, rules and campaigns against games at work, and two thank-you stories.
Sources (stored-pages search): a 麻辣社区 post on the 中江 民警 饶燕; an icbw post on the 肖坝社区
clerk; a copy of the 新华网 report on 镇雄 (吴汉奇, 宋艳); an a4491 copy on the 大方 clerk 張義
(traditional); a 111bq copy of a 西安 TV report (traditional); a qiwang copy of the CCTV 天津
report; an icbw copy of the 四川在线 report on 三汇镇; a szwc copy of the 齐鲁网 report on 董官屯镇;
a 南方都市报 (oeeee) page on the 襄阳 通报; a pixnet copy of the 楚天都市报 report (traditional); a
lu-xu copy (a rewritten text) on 马边县; a juduo commentary on 馬嘯 (traditional); out: a hwsss
copy of the 南方日报 report on 謝某某 (traditional); a findlaw copy of the 海淀 judgment; a
toutiaox first-person story; a shutu case analysis; a ttnews copy of the 人民网 report on cadres'
rest (traditional); the 宣城 数据资源局 reply; a 搜狐 copy of the 南昌晚报 report; the 湖北文明网
page on 刘倩; an aiborain copy of the 半岛都市报 report on 周斌 (traditional); a 东北网 report on
明水. Seven texts are in traditional script (items 4, 5, 10, 12, 13, 17, 21; the glossing pinyin of
the converted copies removed in 4 and 5).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum and site lines, the random-character junk of the icbw copies and the
truncated last sentences of the stored copies removed); paragraphs joined; ASCII punctuation
written full-width except inside numbers ("14:30", "[2014]0186号", "109㎎/100ml"), ASCII double
quotes as “” (019), "......" as "……" (005); stray spaces removed (009, 017, 021). Page oddities
kept: "出入镜处" (001), "弄么多" (002), "登陆淘宝" (003), the unpaired “今天剛看了一下！ (005),
"闫瑞闫瑞" (009), the three spellings 季守健桑 / 纪守健桑 / 吉首建桑 and "四级研究员", "出版人"
(011), "處於個人的利益" (012), "右足第5拓骨" (014), "待岗适用不合格" (016), "晚上8才閉眼" and
"反應" (017), "Thank youverymuch" (021), the space inside the quoted headline of 007.
scope "in" for alleged misconduct of a party member or public official (village and community
cadres and the staff of public window units included), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons and officials who only
handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name) and units as written. Topics only from the twelve
names of triage.md; idling, absence, games, shopping and sleeping at work are 工作纪律, cold or
rude service 形式主义官僚主义 (IS.EP.FB.03), with 群众纪律 where a citizen is refused or insulted
(IS.MAS.04) or pushed from office to office (IS.MAS.06). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (007, 012).
Out types: 涉法涉诉 4 (013-016), 个人利益诉求 1 (017), 其他 5 (018-022). 20 accused entries, all
in items 1-11: 11 with a full name (饶燕, 吴汉奇, 宋艳, 張義, 刘书勇, 曾前明, 闫瑞, 舒滋萍, 高紅武,
王以芳, 季守健桑), 3 masked (田某, 楼某, 王某), 6 post only. Item 012 is in scope
with no accused entry. Out items have no accused entry.

Close calls:
 1  Forum post; the title "投诉!!!" and the last sentence (cut off at "另外一个叫袁勇") cut, so
    the text ends at "…坏了一锅汤”吧。". ('饶燕', '民警', '中江县政务中心出入镜处'), the unit as
    written with the page's "出入镜处". 形式主义官僚主义 and 群众纪律 ("我今天就是不给你办").
 2  Short post, forum junk removed. The clerk is "社区办理医保的工作人员": (None, '工作人员',
    '肖坝社区') (community staff count, as community cadres). Hard: could be read as a plain
    service complaint with no official named (out 其他).
 3  Dateline "新华网昆明2月13日电(记者王研)" cut. Units as written before each post: '县政务服务中心
    发改窗口' and '水务窗口'. The netizen "我是草根" reports. 工作纪律 only.
 4  Traditional; the "這是怎么會回事?接下來跟著小編…" line, the sub-heading, the page's repeat of
    the news paragraph and the netizens' comments cut. The 通报 says the two insulted each other
    and the clerk was handling another person's matter on the phone (hard: the misconduct is
    partly disputed). ('張義', '工作人員', '大方縣政務服務中心'): unit from the first mention of
    "一個工作人員". 黃某 is the complainant.
 5  Traditional; the caption lines (twice "上班專注網購…") cut; ends before the truncated "因為早在
    第一次…" sentence. (None, '工作人員', '西安市胡家廟街道辦計生科'). 工作纪律 and 形式主义官僚主义
    ("你現在說你的事情").
 6  Headline, "相关新闻" junk cut. One sleeping clerk: (None, '工作人员', '良王庄乡政府').
 7  Mixed: the follow-up of the villagers' 地坝 damage claim from the road works (an out-of-scope
    damage claim) beside the empty offices; in. Only the first paragraph of the forum copy kept
    (junk strings and the sub-heading cut). (None, '镇党委主要负责人', '三汇镇'); the other late or
    absent staff are an unnamed group.
 8  First line "时间:… 来源:深圳维创信息技术 1", a stray closing quote at the start and "(如图)" cut;
    the split quotes rejoined; ends before the truncated "当地政府管理如此松懈,怎". Hard: the player
    says "我不是这个办公室的人" and the 办公室主任 曹召军 (who only answers) says he may be a
    "村委书记"; labelled as the reporter first writes him: (None, '工作人员', '董官屯镇政府'). The
    9 absent staff are an unnamed group. 工作纪律 only.
 9  Sub-headings cut; ends before the 网格员 张龙 case (truncated in the stored copy). Three entries
    with posts as first written; 庄某某 shared the post but is not said to have done wrong.
10  Traditional; byline "楚天都市報訊 (記者…)", "(原標題:…)" and blog junk cut. Four entries: the
    unnamed man with the indecent screen saver as (None, '工作人員', '經濟發展科') (hard: one could
    leave him out); 王以芳's 科 (固定資產投資科) is not in the position. The two 派出所 with stale
    duty boards are organs.
11  A content-farm rewrite of a news report (oddities kept); the caption and the truncated last
    paragraph cut. The poster's name appears as 季守健桑, 纪守健桑 and 吉首建桑: labelled with the
    first spelling and the post written with the second ('主任', '马边县人大教育委员会'; hard: the
    first mention is "马边县人大教工委季守健桑"). 田某 '人大副主任' '闽江镇', 楼某 '四级研究员' '下溪镇'
    (a garbled 四级调研员), 王某 '副局长' '马边县税务局'; the other four commenters are unnamed.
12  Mixed, traditional: 馬嘯's own claim to retirement and pension (个人利益诉求) beside the
    allegation that a "領導" blocked her file and that the 社保局 pushes her off; in, no entry (the
    領導 has no post or unit; the 社保局 and 組織部 are organs). Ends before the truncated next
    paragraph. Hard: could be read as out 个人利益诉求.
13  涉法涉诉, traditional: a passenger convicted of 妨害公务; the judge's remarks and byline cut.
14  涉法涉诉: a criminal judgment against 拆迁 petitioners; the headings cut; ends before the
    defendant's objections (which call 朱* "粗暴执法"; cut because the list breaks off). Could be
    read as 征地拆迁 (the petition was about 拆迁补偿).
15  涉法涉诉: a dismissed 联防队员's judgment against the 镇政府 still unpaid in execution; the two
    sub-headings cut, ends before the commentary. Could be read as 个人利益诉求.
16  涉法涉诉: a personnel arbitration on an employee of a 事业单位 dismissed for 旷工; the heading
    "案件分析:" cut, ends before the truncated ruling. Hard: an absent public-institution employee,
    but the matter is his dismissal dispute, not an accusation.
17  个人利益诉求, traditional: cadres' own demands for rest days and overtime pay; dateline and the
    two "建言" headings cut. Hard: posted to a "形式主义" collection, and a 鄉 that cancelled
    weekends is blamed (an organ; no named official).
18  其他: a citizen's proposal for weekend service and the 数据局's reply; no misconduct.
19  其他: policy news on a 南昌 ban on games at work; the sub-headings and the psychologist's part
    cut. Hard: "也不乏有机关工作人员的身影" accuses no one.
20  其他: praise for a 出入境 window officer (刘倩); headline and byline cut.
21  其他, traditional: praise for a 社保 window clerk (周斌); "本報訊(記者 孫林 通訊員蘭大順)", the
    source and address lines cut; the poem lines joined.
22  其他: a 纪委 campaign against games at work; "东北网12月15日讯" and the editor line cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH181: list[Item] = [
    # 01
    ('https://bbs.mala.cn/thread-8181432-1-284.html',
     '1月2日，我和父母一起到中江县政务中心出入镜处办理港澳通行证，没想到五号窗口一个叫饶燕的民警态度极其恶劣'
     '，一开始就对我们说“不办理的人都走开”（这是原话，当然，我清楚她表达的意思是让一个一个办理，不过试问一个'
     '窗口行业这样的用语合适吗？）我们也按照她说的一个一个开始办理，当我询问她需要什么资料时，她正在整理她的私'
     '人包包未回答我，我想她也许没听见，就等她把包包整理完毕，然后她对我说“东西拿来撒”，我再次问她需要什么资'
     '料，她告诉我需要“相关资料”！对于我们不熟悉的人来说，我们怎么知道她说的相关资料是什么？她这种十分不耐烦'
     '的态度已经让人很窝火了，难道群众找警察办事真的需要看脸色的吗？随后就跟她吵了起来，争吵之后在我不差任何资'
     '料的情况下，告诉我“你态度太差，我今天就是不给你办”，并当场将我交给她的资料全部扔到办理大厅的地上！我理'
     '解的意思为群众找她办理业务态度必须毕恭毕敬，否则她可以利用她一点点的权力不给我办理……最后另一名工作人员'
     '让她暂时离开，临走时还骂了一句“瓜婆娘”，最后连一句道歉的话都没有……在外工作几年回来办理一个小小的通行'
     '证，我真没想到在中江政府的服务窗口居然遇到素质如此低下的人员，我也从事服务行业，我从来不认同什么顾客是上'
     '帝之类的观点，大家都是相互尊重，都是平等的！她这样又摔东西又骂人的公务员，我还是第一次见到！也许这只是个'
     '个例，态度好的工作人员占多数，但我相信中江政府的窗口形象也不想“一颗耗子屎坏了一锅汤”吧。',
     'in', None, False, ['形式主义官僚主义', '群众纪律'],
     [('饶燕', '民警', '中江县政务中心出入镜处')]),
    # 02
    ('https://icbw.com.cn/thread-61949-1-1.html',
     '我是肖坝社区居民，前天在肖坝社区买医保，社区办理医保的工作人员态度极其恶劣，问几个问题，极不耐烦：“墙上'
     '有贴的，自己看！我弄么多事，弄么多人，不可能都给你解释！”我就想问一下：1、如果每个居民自己都懂了，都成'
     '了专家，还要你这个工作人员干什么？2、社区的工作是服务居民，你如此的服务态度，如此的高高在上，还谈什么服'
     '务群众？请社保局的领导加强教育，别让个别人员败坏了整个部门的公众形象。',
     'in', None, False, ['形式主义官僚主义'],
     [(None, '工作人员', '肖坝社区')]),
    # 03
    ('https://shuaishou.com/news/6781.html',
     '11日，有网友发微博称云南省镇雄县政务服务大厅工作人员上班时间视频聊天、逛淘宝等。12日镇雄县政务服务管'
     '理局作出回应：确有窗口个别工作人员搜索视频、逛淘宝，已责令相关人员写检查并进行通报批评。11日，腾讯微博'
     '网友“我是草根”发表微博称“今天去县政府办公大厅，看见我们的人民公仆好忙好忙！电脑屏上：有在视频聊天的，'
     '有在看网络小说的，有在打牌斗地主的，有在淘宝购物的，真是忙得不亦乐乎！”并附上了照片，显示一名男子、一名'
     '女子在电脑上浏览网页，因照片不是很清晰，仅能看出网页上有很多图片。镇雄县政务服务管理局12日作出情况通报'
     '：11日11时左右，县电子监察中心视频监控系统发现，县政务服务中心发改窗口工作人员吴汉奇搜索与工作无关的'
     '视频、水务窗口工作人员宋艳登陆淘宝网页，二位同志上班期间做与工作无关的事，违反工作纪律，影响正常工作秩序'
     '，损害单位形象。经研究，责令两位同志写出深刻书面检查，并通报到县政务中心各窗口、县直分中心、各乡镇为民服'
     '务中心。县政务中心各窗口、县直分中心、各乡镇为民服务中心要引以为戒，督促窗口人员严格执行相关工作制度，切'
     '实转变工作作风、提高工作效率。今后，凡在上班时间聊QQ、玩游戏、看视频等与工作无关的事，发现一起，严处一'
     '起，绝不姑息迁就。12日镇雄县委宣传部官方微博“微镇雄”也通过微博作出回应，并在微博中“对给前来办事的群'
     '众带来不便表示歉意”。',
     'in', None, False, ['工作纪律'],
     [('吴汉奇', '工作人员', '县政务服务中心发改窗口'), ('宋艳', '工作人员', '水务窗口')]),
    # 04
    ('http://a4491.cn/article/154623.html',
     '其實政務窗口的初衷是為了方便群眾，但是有些群眾把方便當成隨便，辦事情不講流程不講道理。窗口態度差，群眾不'
     '聽勸，窗口和群眾的沖突從來沒有停止過。近日網曝出一段視頻，在貴州畢節市大方縣政務服務中心的一個工作人員在'
     '接待辦事老人時因玩手機被老人指出，隨后出言不遜斥罵老人“有能耐你告老子去”。事件爆出后便引起了社會各界的'
     '輿論以及廣泛關注，大方縣委、縣政府高度重視，主要領導及時組織召開專題會議，責成縣紀委、監委進行全面調查，'
     '從嚴從快處理。對此大方縣委宣傳部于17日晚上發布通報稱：老人黃某到縣政務中心咨詢事宜，工作人員張義接受咨'
     '詢時，同步用手機處理另一辦事群眾事宜。老人黃某認為張義玩手機，服務語氣、態度不好，故而不滿，雙方相互辱罵'
     '。現給予張義留黨察看一年、政務降級處分，調離窗口服務崗位。',
     'in', None, False, ['形式主义官僚主义', '群众纪律'],
     [('張義', '工作人員', '大方縣政務服務中心')]),
    # 05
    ('http://111bq.cn/news/shannxi/329807.html',
     '最近在“笑臉行動”的過程中，記者發現很多基層單位的大部分辦公作風已經有所轉變，不過似乎有一些人，不知道是'
     '部門工作太閑，還是什么原因，昨天是熱聊美容美發，今天有一位則是專注于網絡購物。記者：“這不是在網上購物？'
     '”工作人員：“……”記者：“剛才看到你在購物了？”工作人員：“你現在說你的事情。”今天上午，記者跟隨一名'
     '群眾前往西安市胡家廟街道辦計生科，進門咨詢有關獨生子證明開具問題，打開對口的計劃生育辦公室大門后，一名女'
     '性工作人員并非辦公狀態，甚至桌子上的電腦都沒有打開，卻專心致志的在手機上網絡購物，聽到辦事群眾發問，這名'
     '工作人員立刻將手機屏幕翻了過去，緊緊的壓在雙手下面。記者：“你這手機呢？”工作人員：“手機啥？”記者：“'
     '購物呢？”工作人員：“沒有。”堅決不承認自己網購行為，本想著拿出手機后快速切到手機桌面，可是沒曾想，翻過'
     '手機后，手機顯示的正是網購付款畫面，眼瞅著無法掩蓋，這名工作人員再次將手機放進抽屜，迅速關上，最終承認自'
     '己網購的事實。工作人員：“今天剛看了一下！如果說翻錯界面，或者順帶看上一眼也無可厚非，可是早上該辦公室的'
     '一幕已經是第二次發現。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [(None, '工作人員', '西安市胡家廟街道辦計生科')]),
    # 06
    ('http://qiwang.cc/lagua/20140212/7552_5.html',
     '央视记者在天津红桥区、东丽区、静海县多家窗口单位和基层乡镇发现，市区和郊区县的窗口单位工作人员都准时准点'
     '上班，但个别乡镇工作人员上班时间还在睡觉。10日早上，记者分别来到天津红桥区房产交易中心、东丽区行政许可'
     '服务中心、红桥区劳动保障中心等窗口单位，这些单位的上班时间是早上八点半，记者发现，办证大厅各个窗口的工作'
     '人员都已经准时到岗。10日下午，记者走访了静海县良王庄乡政府，当地上班时间是14:30。然而14:40，'
     '记者在一间挂着“城建办”牌子的办公室里并没有发现工作人员，而办公室隔壁门缝里却传来“呼噜声”。记者连喊了'
     '两声，工作人员才从睡梦中醒来，工作人员说没听见，以为在做梦。',
     'in', None, False, ['工作纪律'],
     [(None, '工作人员', '良王庄乡政府')]),
    # 07
    ('https://www.icbw.com.cn/thread-73534-1-1.html',
     '1月19日、1月26日四川在线曾分别以“渠县重石村修路致地坝受损 雨水倒灌进屋谁负责？”和“网友反映渠汇'
     '路遗留问题：谁为我家地坝买单？”为题，连续报道“渠汇路”（渠城至三汇镇）建设施工引致渠县三汇镇重石村部分'
     '村民地坝损坏一事，2月3日，大年初七，春节长假后首个工作日，记者前往渠县三汇镇回访该事件进展。根据采访行'
     '程安排，记者于当日上午率先赶抵三汇镇党政机关办公地，却意外发现，本已到机关上班时间，但在党政机关办公楼及'
     '镇便民服务中心，多名工作人员存在上班迟到、早退；部分人员上班时间玩手机、“电脑黑屏”、心不在焉；更有包括'
     '镇党委主要负责人在内的多名机关工作人员从上午8点41分至中午12点过记者离开时，办公室始终紧闭。',
     'in', None, True, ['工作纪律', '形式主义官僚主义'],
     [(None, '镇党委主要负责人', '三汇镇')]),
    # 08
    ('http://szwc.szdataplus.com/cydz/2353.html',
     '齐鲁网环保频道记者在菏泽巨野县董官屯镇政府采访时，意外发现有一名镇政府工作人员在上班时间用办公电脑打游戏'
     '，面对质疑记者得到了这名当事人如此的答复。7月5日上午11点钟，齐鲁网环保频道记者到菏泽巨野县董官屯镇政'
     '府采访。位于镇政府办公大院较北侧的“党政办公室”，记者敲门并询问“有工作人员在吗？”在多次敲门没有回应的'
     '情况下，记者推门而入，在这间办公室西侧的套间里发现一名工作人员正在忙着打游戏。这名工作人员面对办公电脑神'
     '情专注，直到记者走到其身后说话，他才发现有人进屋。记者看到这名工作人员正在玩一种“连连看”的电脑游戏，对'
     '于记者的到来这名工作人员很是意外，在记者表明身份，并没有说明采访意图的情况下，该男子突然表示：“我不是这'
     '个办公室的人。”记者发现办公室的墙上贴有一份镇政府工作人员通讯录，这名上班时间打游戏的工作人员告诉记者有'
     '事可以联系办公室的曹主任。“这位打游戏的不是董官屯镇政府工作人员，可能是附近的村委书记。”记者通过电话采'
     '访时，菏泽巨野县董官屯镇政府办公室主任曹召军如此答复。记者发现，菏泽巨野县董官屯镇政府办公室有9名工作人'
     '员登记在册，如果真如曹主任所说，打游戏的这名工作人员是一名“村委书记”，那么在工作时间该镇党政办公室竟然'
     '没有一名工作人员在上班。与此同时，记者质疑“村委书记”可以在镇政府的办公场所里，随意使用他人办公电脑打游'
     '戏，菏泽巨野县董官屯镇政府的管理是何等松懈？对此，有网友表示在工作时间镇政府的党政办公室都找不到办公人员'
     '，却有人在政府办公室用办公电脑打游戏，真的是“没事可干”？',
     'in', None, False, ['工作纪律'],
     [(None, '工作人员', '董官屯镇政府')]),
    # 09
    ('https://m.mp.oeeee.com/a/BAAFRD000020200305277037.html',
     '违反“双报到”有关规定，擅自离岗回家，未按要求在疫情防控卡点带班值守；社区干部午饭期间饮酒，下午在防控卡'
     '点值班时睡觉……日前，湖北省襄阳市通报了疫情防控工作中履职不力被处分的4起典型案例。2月26日下午，南漳'
     '县发改局党组成员、副局长刘书勇违反南漳县委“双报到”有关规定，擅自离岗回家，未按要求在龙乡明珠小区疫情防'
     '控卡点带班值守，被南漳县纪委检查发现。3月2日，刘书勇受到党内警告处分。2月21日，南漳县科技和经信局党'
     '组副书记、副局长曾前明违反南漳县委“双报到”有关规定，擅自在家休息，未按要求到原县纺织厂家属院疫情防控卡'
     '点带班值守，被县纪委检查发现，在社会上造成不良影响。3月2日，曾前明受到党内警告处分。郑岗社区七组路口防'
     '控卡点由高新区郑岗社区党总支委员、居委会副主任闫瑞闫瑞和庄某某负责值守。2月23日中午，闫瑞回到家中在午'
     '饭期间饮酒（经酒精测试仪测试其酒精含量为109㎎/100ml）。闫瑞工作日午间饮酒，违反了工作纪律规定，'
     '导致下午在防控卡点值班时睡觉，无法正确履行工作职责，严重损害党员干部在人民群众心目中的形象，造成不良社会'
     '影响。3月3日，闫瑞受到党内严重警告处分，并被免去郑岗社区党总支委员职务，待疫情结束后按有关程序免去其郑'
     '岗社区居委会副主任职务。',
     'in', None, False, ['工作纪律'],
     [('刘书勇', '党组成员、副局长', '南漳县发改局'), ('曾前明', '党组副书记、副局长', '南漳县科技和经信局'), ('闫瑞', '党总支委员、居委会副主任', '高新区郑岗社区')]),
    # 10
    ('http://jh33jhnhju.pixnet.net/blog/post/140372657',
     '“糾正和治理基層幹部作風問題”是今年武漢市承諾整改的“十個突出問題”之一。5月16日，武漢市治庸問責辦作'
     '風建設組赴3個城區、11家單位，暗訪基層幹部周末前的工作作風。暗訪組發現，各單位總體工作情況良好，但仍有'
     '個別工作人員在崗時看電影、玩游戲。該市治庸辦對上班時間“開小差”的工作人員進行了實名曝光。當日上午10時'
     '30分，暗訪組來到江漢區發改委。在會計辦公室內，一名工作人員正在瀏覽股票網頁。被督查員發現後，該工作人員'
     '急忙把網頁關閉。經詢問得知，該名工作人員是會計舒滋萍，其本人承認上班看股票是違規行為。上午10時35分，'
     '督查員來到成本監審價格認定分局辦公室，一名工作人員正戴著耳機在網上邊看電影、邊在網上打撲克。督查員進來時'
     '，他毫無察覺。該工作人員名為高紅武，他向督查員解釋，自己剛剛忙完工作，坐下來休息一下。隨後，督查員來到經'
     '濟發展科，一名工作人員的電腦處於待機狀態，屏幕保護程序正播放不雅照片。江漢區發改委負責人表示，將對以上三'
     '名工作人員進行嚴肅處理。下午3時07分，暗訪組來到東西湖區審計局。在固定資產投資科辦公室內，督查員發現，'
     '科長王以芳正在電腦上玩連連看游戲。她表示，上班期間玩游戲實屬不該。下午4時許，暗訪組來到硚口區。在韓家墩'
     '派出所、漢水橋派出所，督查員發現，“今日值班”公示牌均更新不及時。韓家墩派出所的公示牌還停留在5月15日'
     '周四，漢水橋派出所的公示牌則停留在更早的5月6日。',
     'in', None, False, ['工作纪律'],
     [('舒滋萍', '會計', '江漢區發改委'), ('高紅武', '工作人員', '成本監審價格認定分局'), (None, '工作人員', '經濟發展科'), ('王以芳', '科長', '東西湖區審計局')]),
    # 11
    ('http://lu-xu.com/shehui/1026165.html',
     '自7月1日起，一份处分通知在四川省乐山市多个社交平台上流传，引发热议。报道称，马边县人大教工委季守健桑等'
     '人在工作时间在个人微信朋友圈发布与工作无关的新闻，其他公职人员予以表扬和评论，违反工作纪律，受到书面训诫'
     '。马边县一位当地知情人士告诉记者，网上流传的处分通知确实是县纪委下发的，相关在上班时间发布回复好友的公务'
     '员已得到相应处理。马边县纪委相关文件证实，6月29日下午2时，马边县人大教育委员会主任纪守健桑在其个人微'
     '信朋友圈发布了一条与工作无关的消息。朋友圈发布后3小时40分钟内，马边县闽江镇人大副主任田某、下溪镇四级'
     '研究员楼某、马边县税务局副局长王某等7名公职人员在工作时间内对本文进行了表扬或评论。季守健桑当天14时2'
     '2分和55分回应了相关评论。马边县纪委通报说，包括出版人季守健桑在内的8名公职人员在工作时间内从事与工作'
     '无关的事情，违反了工作纪律，并责成县人大党组、闽江镇党委、下溪镇党委、县税务局党委、县文化旅游局党组向马'
     '边县委作出书面检查。对七个被调查单位的主要领导进行批评教育，对七个被调查单位的纪检领导进行批评教育。朋友'
     '圈出版者纪守健桑被书面训诫，回复朋友圈的七位官员被谈话训诫。知情人士向记者透露，马边县纪委的报告两天后在'
     '吉首建桑的朋友圈流传，7月1日开始在全县传播。马边县已完成相关会谈。“他在朋友圈发什么都无所谓。重要的是'
     '他在工作时间做了不相干的事情，县里也只是在整顿这个问题。”',
     'in', None, False, ['工作纪律'],
     [('季守健桑', '主任', '马边县人大教育委员会'), ('田某', '人大副主任', '闽江镇'), ('楼某', '四级研究员', '下溪镇'), ('王某', '副局长', '马边县税务局')]),
    # 12
    ('https://juduo.cc/other/7844771.html',
     '馬嘯是一位在四川宜賓工作了20多年的老太太，在她工作的二十年中，被事業單位評為先進工作者，是企業的優秀員'
     '工。但是至今已67歲的老人，在辦理退休手續時卻重重受阻。根據相關法律的規定，馬嘯老太本應在2008年的1'
     '2月份年滿退休，但是至今已經超過十多年時間，相關部門卻以各種理由不予辦理退休手續，導致早就應該領到退休金'
     '的卻沒有領到。為此她到所在的翠屏區社保局找相關的工作人員詢問原因，得到的答覆竟然是“領導打招呼，不同意提'
     '取你的個人檔案。”當她繼續追問是否有檔案的時候，工作人員的回答是沒有什麼檔案，只是口頭打招呼。馬嘯老太就'
     '到存放著她個人檔案的組織部詢問，工作人員的答覆依舊是一句簡單的領導不同意。據瞭解，馬嘯老太1972年開始'
     '參加工作，在1992年的4月份開始繳納養老保險，達到了法定的退休年齡，組織部門應提供個人檔案，但是組織部'
     '門卻以領導不同意為由拒絕提供，社保部門又推諉說沒有個人檔案不能辦理退休手續，達到了養老保險繳納年限，應該'
     '領到的退休金卻一分錢也沒有領到，究竟是什麼樣的領導，可以以行政手段干預法律對退休人員辦理退休的規定和程式'
     '呢？會不會是有領導處於個人的利益阻撓馬嘯老太辦理退休呢？對此，相關人員回答說我們都是根據相關法律辦事，這'
     '種事情不太可能發生。',
     'in', None, True, ['滥用职权', '群众纪律'],
     []),
    # 13
    ('http://www.hwsss.com/guonei/2020123012091.html',
     '2020年，口罩成為人們日常生活的必需品，出門戴口罩是常態化疫情防控的必要措施，乘坐人流量大的公共交通工'
     '具時更是如此。然而，有人卻不戴口罩就鉆進地鐵站，還辱罵、毆打前來勸阻的民警……廣州市白云區法院12月29'
     '日通報稱，該院近期已以妨害公務罪對該名人員判刑。被告人謝某某，女，1994年出生，大學本科文化程度，戶籍'
     '地湖南省衡陽縣。2020年7月16日10時許，謝某某在廣州市白云區太和地鐵站內售票區排隊等待購買地鐵票時'
     '，工作人員發現其未佩戴口罩，違反了防疫規定，于是上前提醒其佩戴口罩。面對工作人員的勸解，謝某某執意不佩戴'
     '口罩進入站臺，并對前來勸阻的值班民警徐某、王某實施辱罵、毆打行為。廣州市白云區法院經審理認為，被告人謝某'
     '某未佩戴口罩進入地鐵，以辱罵、毆打方式阻礙國家機關工作人員依法執行職務，其行為已構成妨害公務罪。其犯罪后'
     '如實供述罪行并自愿認罪認罰，可以從輕處罰。綜合案件的事實、情節、危害后果及謝某某的認罪態度、悔罪表現，判'
     '決被告人謝某某犯妨害公務罪，判處拘役五個月，緩刑六個月。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://wap.findlaw.cn/wenshu/a_5404762.html',
     '北京市海淀区人民检察院以京海检刑诉[2014]0186号起诉书指控被告人苏**、苏**、王*、关*犯妨害'
     '公务罪，于2014年1月30日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。北京市海淀区人民检'
     '察院指派代理检察员杨**出庭支持公诉，被告人苏**、苏**、王*，被告人关*及其辩护人李**到庭参加了诉'
     '讼。本案经合议庭评议、审委会讨论并决定，现已审理终结。北京市海淀区人民检察院指控，2012年5月23日，'
     '被告人苏**、苏**、关*、王**（另案处理）等人，因拆迁补偿问题到本市海淀区四季青镇政府上访，围堵四季'
     '青镇政府大门并阻止公务车辆出行。北京市公安局海淀分局四季青派出所民警、四季青镇政府镇长助理朱*（男，52'
     '岁）到现场维持秩序，引导公务车辆从大门一侧向外行驶，由于被告人苏**等人阻碍车辆出行，朱*在阻拦苏**过'
     '程中与其发生肢体接触。被告人王*、关*、苏**、苏**及刘**见状上前对朱*进行拉拽、推搡，在此过程中致'
     '使朱*右侧腓骨下段骨折，右足第5拓骨基底部骨折。经法医学人体损伤程度鉴定，朱*所受伤为轻伤。2012年5'
     '月23日，被告人苏**、王*、关*被公安机关抓获归案，被告人苏**经公安机关传唤到案。针对上述指控，公诉'
     '机关向本院提供了相应的证据材料，认为被告人苏**等四人的行为已构成妨害公务罪，提请本院依照《中华人民共和'
     '国刑法》第二百七十七条第一款之规定，对被告人苏**等四人定罪量刑。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://toutiaox.com/tengxun/43225.html',
     '在这个充满复杂人性与社会矛盾的时代，一个普通人的故事却引发了广泛关注。作为一名普通的联防队员，我经历了人'
     '生中一次难忘的转折——因见义勇为被镇政府解雇，而本应属于我的数万元补偿款，至今执行了整整十年仍未结清。时'
     '间回到2015年的一天，当时我正在巡逻途中，突然听到不远处传来呼救声。原来是一名村民因山体滑坡被困，情况'
     '十分危急。没有丝毫犹豫，我立即冲向现场展开救援。经过一个多小时的努力，我和同事终于将被困者成功救出。然而'
     '，这次英勇行为并未给我带来荣誉，反而成为了一场噩梦的开始。不久后，我收到了来自镇政府的一纸通知：因“工作'
     '表现不佳”以及“不服从工作安排”，我被解除了劳动合同。这样的理由让我感到无比震惊和委屈。明明是因为见义勇'
     '为耽误了部分日常工作，为何要以这样的方式对待一位尽职尽责的员工？更令人寒心的是，随后关于补偿款的问题也逐'
     '渐浮出水面。为了维护自己的合法权益，我选择通过法律途径解决问题。2025年1月17日，法院最终判决镇政府'
     '违法解除劳动合同，并裁定需向我支付违法解除劳动合同赔偿金7.2万元。然而，这笔钱却迟迟未能到账。尽管我们'
     '达成了执行和解协议，约定分批支付赔偿金，但至今仍有3万余元未结清。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://m.shutu.cn/template/p8514986.html',
     '申请人A，某事业单位专业技术人员。被申请人某事业单位。A因与所在部门的领导有矛盾，不到该部门上班，后又未'
     '经有关领导批准，履行相关手续，便到其他部门工作，单位方经过对A做思想工作无效的情况下，根据事业单位辞退工'
     '作人员的有关规定，以旷工事由对A作辞退处理。该案争议的焦点在于：申请人认为，不到原部门上班，是因与该部门'
     '领导有矛盾，到其他部门工作，是经过有关领导同意的，没有存在旷工的事实。被申请人认为，申请人未经领导同意，'
     '职能部门批准，擅自到其他部门干活完全是其个人行为，此段时间作为旷工论处是合情合理的。单位方为了给申请人一'
     '个改过的机会，将其安排到其他部门待岗试用。但申请人对安排的工作态度消极，从事其他工作，也不能完成定额任务'
     '，被所在部门评定为试用不合格。鉴于申请人以往的表现和待岗试用的情况，单位根据有关规定和程序对其作辞退处理'
     '并无不妥。经查：申请人不到原部门上班，未经批准到其他部门上班情况属实。而该事业单位对工作人员的内部工作调'
     '整是有一定程序规定的，申请人到其他部门工作，并未经个人申请，部门领导及人事部门提出意见并经单位领导审批。'
     '为此，人事部门也曾经要求申请人回原部门工作，但申请人并未按规定回原部门工作。对此，单位按内部规定将申请人'
     '调往其他部门进行待岗试用，申请人因工作态度消极、不能完成工作任务等原因，被评为待岗适用不合格，单位经研究'
     '决定，给予申请人半年时间自找工作单位。因申请人期满未能找到接收单位，单位方经研究，以申请人不参加部门工作'
     '，累计旷工时间超过30天，且在待岗期间态度消极，未完成所在岗位工作为由，将申请人作辞退处理。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://ttnews.xyz/a/5cb623bfdc9b5e75aaac6495?lang=zh-hant',
     '“週六保證不休息，週日休息不保證”，工作忙起來不是“996”就是“007”，看似玩笑話，卻是很多基層幹部'
     '工作中的真實寫照。“手機要24小時開機，週六日要隨叫隨到”，身體要時常保持“待機狀態”，“想休，但不能休'
     '”“能休，但休不好”等問題都成了基層幹部正常休假的“攔路虎”。近日，就有不少網友通過人民日報、人民網聯合'
     '推出的“曬曬你身邊的形式主義”徵集活動留言，反應基層幹部休假難的問題，並給出了不少好建議。其中“5+2”'
     '“白加黑”，“無補助”“沒調休”等問題被多次提出，網友期盼“真的有周末”“真的有假期”，建議在連續加班之'
     '後能給予正常的調休和合理的補助，在服務“大家”的同時，也能有時間照顧“小家”。“我是一個在基層鄉鎮工作近'
     '10年的副職，平均每天工作時間沒少過10小時，最多從當天早上6點到第二天的晚上8才閉眼，一天一夜不睡覺是'
     '經常的事，我都很長時間不記得禮拜幾了，除了過年放了7天，一年就沒請過假。”一位來自陝西某鎮的副鎮長留言表'
     '示，“家裡是什麼都顧不上，孩子正在上學，老人年事已高，錢掙不到，家顧不上”。“工作‘5+2’‘白加黑’，'
     '並且不給補休、補助，侵佔了幹部職工合法的休息時間。”一位雲南網友留言表示，當地是深度貧困鄉，處於攻堅克難'
     '的關鍵時期，決定於2018年3月11日起，全鄉幹部職工及村（社區）取消週末雙休，時間截止五月底，並且不安'
     '排補休和加班補助。他希望“給予基層必要的關懷和休息生活的權利。”',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://sjzy.xuancheng.gov.cn/OpennessContent/show/1982657.html',
     '网友建议：市政府各机关单位周末都不上班，老百姓到政府办事很多都只有周末有时间，每次要办事都要向单位请假去'
     '办理，是否可以考虑政府人员轮休，留人值班为老百姓服务。市数据局回复如下：一、市政务服务大厅作为政府部门为'
     '企业群众提供办事服务的场所，已实行“朝九晚五”作息制度，目前下午1点半正常上班。二、今年疫情以来，我局大'
     '力推行“网上办、掌上办、预约办、邮寄办、自助办”，确保政务服务“不打烊”。三、我局严格执行延时、上门、预'
     '约（含双休日、节假日）等便民服务机制，急事急办，满足办事需要。',
     'out', '其他', False, [],
     []),
    # 19
    ('https://business.sohu.com/20090922/n266917122.shtml',
     '以前，网友见面流行的话是：“今天，你“灌水”了吗？”如今，网友见面流行的话是：“今天，你“偷菜”了吗？”'
     '针对一些机关工作人员上班时间忙“偷菜”，南昌市效能办提醒，上班时间禁止玩电脑游戏，他们将在近期通过暗访等'
     '形式加强监督。“种菜”、“偷菜”来自一款当下最热门的游戏，深受白领喜欢。在一块属于你的土地上种菜，但玩家'
     '种的菜如果成熟了没有及时收获，很容易被朋友偷走。不少“菜农”认为，他们平时上班压力比较大，通过“偷菜”游'
     '戏，可帮助他们释放压力。而“偷菜”的这些菜农里，也不乏有机关工作人员的身影。“严禁上班玩电脑游戏。”这是'
     '南昌市机关工作人员行为规范五条禁令之一。记者了解到，违反规定的，将视情节给予党纪政纪处分，给予诫勉教育和'
     '效能告诫。据了解，2006年1月1日开始实施的《公务员法》第五十三条规定，公务员必须遵守纪律，不得有玩忽'
     '职守，贻误工作等行为。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://hbwmw.gov.cn/wmywtj/202107/t20210726_178041.shtml',
     '“我不知道你的姓名，但我真心谢谢你！”7月22日上午，在武汉光谷行政服务中心出入境窗口上演感人一幕：一名'
     '年轻母亲带着两个孩子到大厅办理证件，办证工作人员的暖心服务感动了这家人，其中年龄稍大点的小女孩竟现场手写'
     '一封感谢信，让办证工作人员激动不已。当日上午，在光谷行政服务中心公安出入境窗口，窗口工作人员刘倩正通过窗'
     '口平台对各类人员出入境证件进行受理和审批。上午10时左右，一位年轻妈妈带着一儿一女坐到了刘倩所在的A35'
     '号窗口。“女孩大一些，文文静静的，男孩小一些，很活泼，一直动个不停。”通过了解，刘倩得知，这名年轻母亲姓'
     '杨，因特殊原因需要随丈夫一起出国，今天到窗口的目的是办理护照。然而，刘倩在审核时发现，这名年轻母亲提供的'
     '资料并不全，需要现场对相关手续进行补充。刘倩随即灵活安排业务办理流程。室外炎热高温，两个孩子年龄很小，加'
     '之又碰上午饭时间，刘倩告诉杨女士材料齐全后随时可为其延时服务。下午1时30分，刘倩放弃午休时间全程跟进杨'
     '女士证件的办理，最终成功容缺受理。“这是姑娘刚才蹲在座椅边写的，她非要让我交给你。”接过杨女士手中一张写'
     '满字的纸，刘倩看着看着，眼睛慢慢涨红了。稚嫩的文笔，温暖的文字，为杨女士一家服务的每个瞬间，都是她每天工'
     '作的日常，却都被杨女士的大女儿看在眼里，记在心里，付诸于笔端。刘倩看了又看，还特意数了数信上文字，总共2'
     '26个字。刘倩说，孩子满满一张纸的文字褒奖，就是对她工作最好的肯定。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.aiborain.com/newsdetail.asp?id=2421512',
     '近日，市民大廳社會保險處窗口負責人于潔收到了一封特殊的表揚信——一首打油詩，詩中滿含對工作人員周斌的感謝'
     '之情。此詩為何而來？原來，6月2日，即墨市退休老教師宮象文由于意外丟失了醫保卡，來到市民大廳一樓5號窗口'
     '辦理掛失。由于醫保卡內有不少錢款，一旦被盜刷，會造成不小的損失。發現醫保卡丟失后，宮老師非常慌張，一路小'
     '跑，前來問詢。這時，市人社局社會保險處5號窗口工作人員周斌熱情地接待了他，問清了他的問題后，一邊勸解撫慰'
     '，一邊迅速地幫助宮老師辦理了掛失手續，并告訴宮老師第二天前來領卡。6月3日，宮老師如期拿到了新制的醫保卡'
     '，由于感受到周斌熱情細致的服務，感受到人社局窗口的真情相助，感受到市民大廳的利民便民，曾任語文老師的宮象'
     '文詩興大發，當即作詩一首。醫卡丟失心里慌，老人心中無主張。五號周斌服務強，微笑把卡來補上。老人心情很舒暢'
     '，熱情服務該表揚。惠民政策實在強，感謝你們感謝黨！最后，年過六旬的宮老師還不忘用英文加上一句“Thank'
     ' youverymuch”（非常感謝）。一個溫暖的微笑換來了老人舒暢的心情，一次微不足道的幫助換來了市民'
     '熱情的表揚。小小的幾句打油詩，樸實無華的文字，記錄了退休職工宮象文的真切感受，表達出老人對大廳服務的滿意'
     '和感謝，體現出窗口服務人員和辦事群眾之間濃濃的情誼。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://heilongjiang.dbw.cn/system/2009/12/15/052266537.shtml',
     '11月初，明水纪委将上班时间玩电脑游戏“种菜”列入违反机关效能建设禁令行为，在全县范围内开展机关效能建设'
     '执行情况自查自纠专项活动。近期以来，“开心农场”风行，“种菜”、“偷菜”游戏也蔓延到一些机关单位。针对这'
     '种情况，明水县纪委在全县范围内开展机关效能建设执行情况专项整治活动，主要检查各部门落实长效管理机制情况，'
     '检查机关工作人员是否存在上班时间上网聊天、炒股、玩电脑游戏等行为。县纪委组织人员对各部门进行明察暗访，在'
     '检查中发现问题的，将依照有关规定严肃追究有关人员的责任，结合党风廉政责任制考核，给予责任单位相应扣分，追'
     '究科室（站、所）负责人直至单位负责人的领导责任。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH181, "fresh181")
