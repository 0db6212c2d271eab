"""Sealed batch fresh93: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: SMS-length texts (50-230 characters, none over 250) as they reach a desk by SMS, hotline,
message board or forum: a phone report to a 市纪委, a 鄉紀委 visit, a 本报热线 call, forum and Weibo
posts, a 纪委-style 通报 quoted in a commentary, one-paragraph reports quoted in news; the in items
name or point at township, village, department and state-farm officials; the out items are short
ordinary complaints and requests (a court-enforcement plea, a petition letter on a criminal case, a
resettlement flat not built, a neighbours' boundary row, a work injury, subsidies cut, unpaid
wages, a loose street-lamp cover, a rubbish point, a village water cut). Sources (stored-pages
search): a wanbiaoku commentary quoting the 今日武进 notice on 前黄镇 龚新宇; a 纪检 staff diary (hths119) on
the phone report about the 百花村 支书; a 2011 新浪 copy of the 肥东 城北村 检举信; a www6ccc copy
of the 文山 壩心鄉 馬家寨 rent story (traditional); a 51.ca item on the 甘泉 城管 大队长's wedding
feast; a cdp1989 copy of the 澎湃 report on two 零陵 城管; a 2004 新浪/新华网 report on a 邓州 民政局
副局长 playing cards; a 2013 seelvyou copy of a 西部网 piece on the 宝轮镇 爱国村 支书's trip; a
2012 中原网 report on the 太康 高贤乡 trip; a 中国经济网 report on the 麻城 凌家垸村 支书; a 2015 大西北网
hotline item on the 秦川镇 四社社长; a kcuv copy of a 漳州 report on 五峰農場 pensions (traditional);
out: a 湖南长安网 copy of the 法治日报 piece on 冷水江 enforcement, a 2013 forum copy of 吴华玉's letter
on the 福清纪委爆炸案, a rixinpaint copy of a 青岛 report on 團島山 resettlement flats (traditional),
a 云南长安网 piece on a 勐往乡 boundary row, a dingqianjf copy of a 台州 工会 story (traditional), a
22gi copy of a 公安縣 subsidy report (traditional), the 菏泽 市长公开电话 weekly summary, a 绍兴晚报
hotline item, a 市长信箱 letter on a rubbish point and a 海丝商报 hotline item on a 南安 water cut
(traditional). Items 004, 012, 015, 017, 018 and 022 are in traditional script (the glossing
pinyin of the pages' converted copies removed).

Conventions: as in fresh62th.py. Excerpts as published (whole sentences kept, paragraphs and
sentences cut; page junk such as headlines, sub-headings, bylines, datelines, captions, source
lines ("臺海網8月8日訊 據海絲商報報道,"), editor's notes and the truncated last sentences of the
stored copies removed); paragraphs joined (no line breaks kept); ASCII punctuation written
full-width except inside numbers ("0.145", "1,088", "6.24", "0595-26531010"), "@" kept ASCII as in
earlier batches; the space after the Weibo handle in 006 removed. Two mojibake repairs, both where
a converted copy turned "。”" into "?!" plus a garbled next character: 004 ("腰包里嘍。”", the
garbled following sentence cut) and 015 ("還沒開工。”88歲", the age confirmed by the page's next
paragraph). Page oddities kept: the unmatched closing quote in 006 ("拳击头部。”"), "两名身着城管制服与"
(006), "举报前前已退赃" (010), "（1元人民币约合0.145美元）" (005), and the simplified leftovers of the
converted traditional copies (于, 后, 并, 干, 里 in 004, 012, 017, 018, 022).

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 3 (017-019), 其他 3 (020-022).
10 accused entries, all in items 1-12: 7 with a full name (龚新宇, 管玉章, 李明春, 王长青, 俞开武,
王永贵, 韓文海), 2 masked (张某, 王某), 1 post only (村支书 of 百花村). Items 004 and 006 are in scope
with no accused entry (only an unknown "哪個村干部" and two unnamed 城管). Out items have no accused
entry.

Close calls:
 1  A commentary's quote of the official 通报 plus its account of the post; the commentary's own
    opinions cut. "前黄镇党委书记龚新宇": '镇党委书记', '前黄镇' (as fresh62th.py did for 大兴镇).
    Only 生活纪律 (online misconduct, IS.LIF.04).
 2  The page opens with the later 通报 naming the 支书; that sentence is cut, so the accused is
    post only: (None, '村支书', '百花村'). The caller gives no more than a meal at lunchtime:
    八项规定 (违规吃喝). The 纪委 staff who take the call only handle.
 3  "城北村上任村委会书记管玉章" is one of the three accused members (the other two unnamed, no
    entry): '上任村委会书记' kept like '原'. Topics 贪污贿赂 (侵吞补偿款), 群众纪律 (money owed to
    villagers), 八项规定 (he admits part went on meals for 乡镇领导).
 4  Traditional, converted copy. The villager only suspects "哪個村干部" pocketed the rent: in,
    no accused entry. Cut after the first sentence of the next paragraph; the earlier paragraph
    (the 村總支書記 馬康許 answering at a later meeting) not kept. 廉洁纪律 only.
 5  张某 as first written "甘泉县城管局市容监察大队大队长张某": '大队长', unit the 大队 as written.
    八项规定 (违规操办婚丧喜庆); could also carry 廉洁纪律 for the 11万 of gifts. Currency gloss kept.
 6  The two 城管 are unnamed: no entry. The first paragraph (a fragment naming the 城管局局长
    杨宏伟, who only answers) cut. 群众纪律 (roughing up a vendor in enforcement).
 7  A reporter's account, not a complaint letter; kept as the short news-of-a-complaint type.
    "李明春副局长" with "邓州市民政局" in the first sentence: '副局长', '邓州市民政局'. 郝主任 only
    points the way. 工作纪律.
 8  Only the post is kept; the first paragraph's "贿选" framing and the town's "自发自费" answer
    cut. 八项规定 (公款旅游).
 9  王某 "乡长王某带领…": '乡长', '高贤乡'. The 乡党委 (an organ), the 班子, the 所长 and the
    村支书 are unnamed groups: no entry. The 乡党委书记 李凤杰's "纯属扯淡" part cut.
10  陈先生's aside (a 计生 fine after his divorce) is not taken as an out-of-scope claim of its
    own: not mixed. 生活纪律 (不正当关系) and 贪污贿赂 (收受5万余元). 俞开武's denial paragraph cut.
11  Mixed: a migrant family's land (to be requisitioned) and crops, plus the 四社社长 behind the
    destruction. 社长 of a 村民小组 read as a village cadre: in, ('王永贵', '社长', '四社').
    群众纪律. Could be read as out 征地拆迁 with no official misconduct.
12  Mixed, traditional: an old worker's unpaid pension (a personal claim) and the 國有 farm's
    alleged 截留. Hard: 韓文海 is named only as "當時的法人代表…現任五峰農場副場長韓文海" who refused
    an interview; read as the accused official ('副場長', '五峰農場'); the 場長 鄭宴義 only answers.
    群众纪律 (IS.MAS.02).
13  涉法涉诉: an enforcement plea to the court; sub-headings and the later cross-province story cut.
14  涉法涉诉: a petition letter on a criminal case kept in detention; "被福建警方当作替罪羊" accuses
    the police as an organ and is the case claim itself: out, not mixed. Headline and sign-off cut.
15  征地拆迁 (resettlement flats not built after demolition); headline and "????" junk cut.
16  征地拆迁 (OOS.LAND: two neighbours' boundary); sub-headings and the middle dialogue cut; ends
    with the villagers' call to the 综治中心.
17  个人利益诉求 (work-injury compensation), traditional; the opening sentence and the 工会 part cut.
18  个人利益诉求 (a village group's grain subsidies cut by half), traditional; no one is accused
    in the kept text (the later "组长漏报" explanation cut); could be read as 其他 (涉农政策).
19  个人利益诉求: two wage-arrears calls from the weekly summary; the bosses 马某 and 陈某 are
    private. The other calls of the paragraph cut.
20  其他: a hotline call on a loose lamp cover; caption cut.
21  其他: a 市长信箱 letter alone (the 市容局's reply not kept), 50 characters.
22  其他: a water cut reported to a newspaper hotline, traditional; dateline cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH93: list[Item] = [
    # 01
    ('https://wanbiaoku.com/new/e7ca334097c64758b98c3edb5fe3c1b7',
     '“今日武进”微信公众号2024年最后一天发布通报称，“江苏常州市武进区前黄镇党委书记龚新宇在微信群发'
     '布不雅言论，造成社会不良影响，经研究决定，免去其相关职务，并接受组织调查”。据相关媒体报道，就在接近'
     '2024年最后一天的晚上，龚新宇在150多人的微信群里发布一条“让我看看你泡澡的样子亲爱的”不说，还'
     '配发了表情包。尽管有人提醒龚新宇，乃至群主很快将微信群解散，但还是没有逃脱眼疾手快的人将龚新宇的言论'
     '截图公开网络。',
     'in', None, False, ['生活纪律'],
     [('龚新宇', '镇党委书记', '前黄镇')]),
    # 02
    ('https://m.hths119.com/gslz/system/2021/02/24/012547255.shtml',
     '1月13日，临近中午下班的时候，我接到一个举报电话：“喂，市纪委吗？我举报，刚才，百花村村支书和一群'
     '人进饭店吃饭……”“请问，饭店名称是什么？”“是一家羊肉馆，具体记不清了。百花街就那么大，你们去看不'
     '就知道了……”说完，举报人挂掉了电话。',
     'in', None, False, ['八项规定'],
     [(None, '村支书', '百花村')]),
    # 03
    ('http://news.sina.com.cn/s/2011-04-19/121622319411.shtml',
     '近日，本报采编大厅来了一位老者，只见他颤颤巍巍地从一只布袋子里掏出一份检举信。信上写明，被检举人为肥'
     '东县石塘镇城北村上任村委会的三名成员，他们私自侵吞国家退耕还林补偿款、国家粮食补助款等等，共有四五十'
     '万元。检举信的下方是几十个人的签名并按上了红手印。被检举人之一，城北村上任村委会书记管玉章表示，这些'
     '款项除了部分上交农业税，其余的入集体账户了，至于具体用途并不清楚，但是他也坦承有部分用于吃喝了，包括'
     '招待乡镇领导和原村委会人员自己吃喝。',
     'in', None, False, ['贪污贿赂', '群众纪律', '八项规定'],
     [('管玉章', '上任村委会书记', '城北村')]),
    # 04
    ('http://www.www6ccc.com/html/2020/jijianrenshouji_0405/83683.html',
     '事情得從該鄉紀委在高筧槽村馬家寨走訪中接到的群眾反映說起。“你是紀委書記，我們村有個事你得管管，聽說'
     '村活動室出租給了來我們鄉修路的施工方，租金應該有好大一筆，但村上沒有對這筆錢進行公示，是不是落到哪個'
     '村干部的腰包里嘍。”接到反映后，鄉紀委連著走訪了幾家群眾，大家都搖頭表示不清楚村活動室租金的去向。',
     'in', None, False, ['廉洁纪律'],
     []),
    # 05
    ('https://info.51.ca/articles/505267?wyacs=info-article-item-bt-related',
     '日前，有中国大陆网友发帖举报称，陕西延安市甘泉县城管局市容监察大队大队长张某嫁女，大摆婚宴49桌。对'
     '此当事人张某回应称，当天只摆了19桌，礼金收了11万（1元人民币约合0.145美元）。目前，甘泉纪检'
     '部门已介入调查。据陆媒《华商报》报道，网友在微博举报时还称，每桌饭菜消费为1,088元，网帖还附了当'
     '天婚宴现场的数张照片。',
     'in', None, False, ['八项规定'],
     [('张某', '大队长', '甘泉县城管局市容监察大队')]),
    # 06
    ('https://cdp1989.org/news/2017/11/15/59627.html',
     '网友@微永州村约发布网帖称，15日，永州市零陵区徐家井菜市场附近，两名身着城管制服与一名女性中年摊贩'
     '厮打一起，女摊贩多次被城管摔倒在地，遭拽头发、拳击头部。”澎湃新闻获取的时长59秒的视频显示，两名身'
     '着城管制服的男子将一名疑似女性商贩两次殴打摔倒在地。一名身着环卫工服饰的女子在一旁劝解，并试图扶起被'
     '摔倒在地的女商贩。',
     'in', None, False, ['群众纪律'],
     []),
    # 07
    ('http://news.sina.com.cn/o/2004-11-03/10074125918s.shtml',
     '昨日下午，记者到邓州市民政局采访，不料想正好碰到副局长在玩“电脑扑克”。背对等待采访的记者，副局长电'
     '脑桌前旁若无人继续玩牌。在郝主任的指点下，记者来到了三楼李明春副局长的办公室。据郝主任介绍，李明春是'
     '该局主管殡葬的副局长。李副局长的门开着。记者敲门进屋时，看到李明春正在玩“电脑扑克”。拿出采访证件，'
     '记者说明了来意。“等我把这一局玩完。”招呼记者坐下后，李明春又坐在了电脑前玩起了扑克牌。',
     'in', None, False, ['工作纪律'],
     [('李明春', '副局长', '邓州市民政局')]),
    # 08
    ('http://www.seelvyou.com/html/news/2013/1120/9157.html',
     '近日，广元网友“nowlingfeizi”在当地的某论坛发帖称，广元市利州区宝轮镇爱国村的村支部书记'
     '王长青，在11月7日带领该村的30多人集体去南充市仪陇县以及广安市等地利用公款旅游。网友“nowli'
     'ngfeizi”在帖子中爆料称，如此庞大团队旅游的花费情况，“人均花费上千元”之多。最后他反问道：“'
     '请问这样的人能当书记吗？”',
     'in', None, False, ['八项规定'],
     [('王长青', '村支部书记', '爱国村')]),
    # 09
    ('https://zynews.cn/2012-04/23/content_2297962.htm',
     '“不是现在正狠刹‘公款旅游’不正之风吗？为啥俺乡的乡政府班子成员和全乡村党支部书记用公款外出旅游呢？'
     '”近日，太康县高贤乡有群众向记者反映。据知情人介绍，4月份，在高贤乡干部职工和各村党支部书记的努力下'
     '，全乡计划生育等各项工作取得了较好成绩。高贤乡乡党委经过研究，决定由乡里出钱，乡长王某带领乡班子全体'
     '成员、财政所长、派出所长以及全乡村党支部书记共计46人，到南京、上海和杭州等地考察“旅游”，时间为4'
     '天。',
     'in', None, False, ['八项规定'],
     [('王某', '乡长', '高贤乡')]),
    # 10
    ('http://district.ce.cn/newarea/roll/201501/09/t20150109_4306752.shtml',
     '“他害得我儿子妻离子散，我找他要儿媳时他竟然说再睡三天就还给我。”李婆婆称，说这话的是湖北麻城南湖街'
     '凌家垸村支书俞开武。麻城陈先生也指，发现前妻冯某和俞开武有不正当关系后，双方在街头偶遇发生肢体接触并'
     '报警，其和前妻离婚后莫名接到计生部门电话让他交罚款。俞开武还被指在一项工程中收受5万余元，俞开武表示'
     '在举报人举报前前已退赃。',
     'in', None, False, ['生活纪律', '贪污贿赂'],
     [('俞开武', '村支书', '凌家垸村')]),
    # 11
    ('http://photo.dxbei.com/news/gansuxinwen/20150626/190751.html',
     '6月24日上午，本报热线96555接到兰州新区秦川镇胜利村六社村民田建平反映，他家的庄稼遭到四社村民'
     '的恶意毁坏，损失惨重，幕后人员疑为四社社长王永贵。“我们是1997年从天水来这里的移民，在这里有合法'
     '的落户手续，土地手续也是齐全的。因为这里的土地要被国家征用，现在他们要赶我们走，一直欺负我们。”田建'
     '平说。',
     'in', None, True, ['群众纪律'],
     [('王永贵', '社长', '四社')]),
    # 12
    ('http://www.kcuv.cn/shebaozhishi/989492',
     '網帖報料稱，位于薌城天寶的五峰農場，老職工黃何蓮在不知情的情況下，于2000年被單位辦理了社保，但養'
     '老金卻分文未得。網帖稱，養老金是被單位截留了。五峰農場場長鄭宴義表示，自己是后來才調任過去的，對此并'
     '不知情。當時的法人代表是現任五峰農場副場長韓文海，而韓文海本人則拒絕接受采訪。知情人士透露，這些老人'
     '的養老金系被五峰農場截留，目前薌城區檢察院已介入調查此事。',
     'in', None, True, ['群众纪律'],
     [('韓文海', '副場長', '五峰農場')]),
    # 13
    ('https://www.hnzf.gov.cn/content/646046/98/15682210.html',
     '“法官啊，我儿子残疾十多年了，至今还有30多万元没执行到位，您得想想办法才行啊。”听着小皓父亲声泪俱'
     '下地哭诉，执行干警内心百感交集。当年，这起交通事故纠纷经法院审理，判决保险公司及两名被执行人赔偿小皓'
     '医疗费、康复费等共计103万元。事发初期，保险公司和被执行人积极赔付，然而在履行一部分赔偿金后，两名'
     '被执行人便不再支付剩余费用，至今仍有30余万元赔偿金未给付。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://space.aboluowang.com/archiver/tid-68979.html',
     '中共中央总书记习近平：我是福建福清市旅日华侨吴华玉，我的弟弟吴昌龙在2001年被福建警方当作替罪羊成'
     '了6.24“福清纪委爆炸案”施爆者，此冤案绵延十二年，福建省高院第二次二审六年多不终审结案。目前，吴'
     '昌龙仍被关押在看守所长达十二年无罪不放！近日，习书记说“让民众在每个案件中都感到公平正义。”今年实施'
     '的新刑事诉讼法第96条明确规定：不能在审限内办结的案子，对被告人应当予以释放。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://rixinpaint.cn/content/2011-02/17/content_8668157.htm',
     '“我原住市南區云南路4號，2007年因青島火車站擴建工程，房子被拆了，協議給團島山房子，按協議是20'
     '10年5月31日交房回遷。但到現在團島山補償房還沒開工。”88歲的市民于鳳桐近日向本報反映。市南區有'
     '關負責人介紹，過渡期補償款最早這個月底就可足額發放給回遷戶，而安置房年內應該就可開工建設。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://www.yncaw.gov.cn/html/2025/mdgfhhhxfj-lm3_0821/136269.html',
     '西双版纳州勐海县勐往乡某村的清晨，本应是炊烟袅袅的宁静时刻，却因两户邻居的争执打破了平静。刀大哥与岩'
     '大叔的房屋仅一墙之隔，多年来对房屋边界的界定就像一根“隐刺”，藏在两家日常相处中。这天，刀大哥拿着工'
     '具在屋旁平整土地，打算扩建一片小菜园——这是他琢磨了许久的“增收计划”。可施工刚起步，岩大叔就气冲冲'
     '地赶来：“你这锄头都挖到我家地界了！”“综治中心吗？村里两户人家因为地界吵起来了，再不管就要动手了！'
     '”围观村民见势不妙，赶紧拨通了勐往乡综治中心的电话。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://www.dingqianjf.com/news/show/571/1210678_0.html',
     '2016年12月30日，三位四川民工結伴來到臺州市職工服務中心上訪求助，他們訴稱：曹桂平去年8月2日'
     '開始在臺州市路橋區飛龍湖小區工程工地上班，曹系水泥工，負責搬運磚頭，哪知當天就發生架子板摔下來的事故'
     '，砸中曹的身體，當場致其肋骨、肩骨骨折，住院治療將近5個月。其間，工地方面付過前3個月的醫療費和90'
     '00元生活費，然后就撒手不肯再管了。由于生活費用完，又無其他收入，導致曹生活陷入困境。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.22gi.com/html/news/2015/1008/312.html',
     '國家為了支持三農，有非常多的惠農政策，對種糧鄉親給予糧食補貼就是其中的一項。荊州市公安縣埠河鎮東風村'
     '三組的不少鄉親們最近卻發現，今年發到手里的糧食補貼，比往年少了一大半。東風村三組的鄉親反映，有的是往'
     '年拿八百元補貼，今年卻只有兩百多元；有的每年補一千元，今年卻只有五百元了。更讓大家想不通的是，同在東'
     '風村的其他組鄉親，糧食補貼都是正常的，唯獨他們3組，糧食補貼莫名其妙少了許多。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://123.130.246.115/znxx/2019-02/21/content_370357.htm',
     '成武县杨先生反映，他在红旗剧院从事木工工作，负责人马某拖欠他工资1.2万元，多次索要不予支付。市开发'
     '区王先生反映，他在万达广场从事塔吊工作，工程负责人陈某拖欠他工资1.1万元，希望政府督促解决。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.shaoxing.com.cn/p/3217539.html',
     '来自热线88643111：“我们小区里面有一盏路灯的灯罩脱落了，就靠一根电线悬挂在半空中，砸到路人就'
     '不好了！”昨天，住在越城区稽山街道大众社区华清公寓的张先生打电话反映。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://ejinsh.com/html/.hd.tsjbtsjb201511t20151106_67480.html',
     '宏冠小区东侧与主街路连接处，附近有个垃圾点，积水严重，臭气熏天，严重影响老百姓出行，望有关部门管下。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://m.dddjmc.com/news/fujian/shms/2017-08-08/2042433.html',
     '“南安市省新鎮省身村交口自然村不知為何，停水半個多月了。”近日，市民戴先生撥打本報新聞熱線0595-'
     '26531010反映，停水后村民生活面臨諸多不便。昨日，自來水公司回復稱因輸水管道破損導致停水，目前'
     '已經恢復正常。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH93, "fresh93")
