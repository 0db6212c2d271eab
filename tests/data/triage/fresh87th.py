"""Sealed batch fresh89: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: safety production and emergency management: township leaders and 安监/应急 officials who
hid mine and fireworks accidents (瞒报), took 红包 or bribes from the firms they inspected, held
shares in mines or shielded illegal pits; out items are injury and death compensation claims, a
工伤 case, lawsuits and judgments after accidents, houses cracked over mined-out ground, a
neighbour's complaint about a workshop and accident news. Sources (stored-pages search): a 新浪
copy of 褚朝新's post on the 浏阳 碧溪 fireworks 瞒报; a 2005 山西新闻网 item (新浪) on the 古县 北平镇 人大主席
and 村支书 who signed a hidden accident's settlement; a 2008 大纪元 item on the 蔚县 李家窪 瞒报
(traditional); a 江苏龙 copy of the 纪检监察报 piece on the 蒲县 应急管理局 红包; a 2008 搜狐 copy
of the 南川 高桥煤矿 安监局长 case; a blog letter on the 洪洞 曹家沟 mine and the county's
silence; a 2020 WeChat report (chinashina) on 孝义 兑镇镇 black coal pits; a 网易 commentary on
the 洛宁 reporter whose 举报 reached the mine; a 2007 traditional copy of the 阳曲 明星煤矿
police-chief shareholder story; a 南方都市报 copy on the 静乐 安监局长 and the 8800万 compensation
(traditional); a 2017 report on a 宁武 余庄乡 death and the 乡书记's threat; a 2005 搜狐 account by
a 清水河县 mine investor; out: a 工人日报 工亡 lawsuit in 长春, a 2003 扬子晚报 (新浪) judgment on
the 徐州 贾汪 7·22 mine owner, a 人民日报 来信调查 on 金沙 五星村 (copy on an odd domain), the 神木
大柏堡村 subsidence, a 揭阳 injured worker refused 工伤认定, the 安宁 1827 mine's private
settlement, a 丹东 凤城 miner's widow and the compensation (traditional), a 东莞 阳光热线 noise
post and its replies, the 代县 精诚铁矿 瞒报 and the offices' answers, and 巢湖 散兵镇 fireworks kept
in houses. Four texts are in traditional script (items 3, 9, 10, 19; the pinyin glosses of the
converted copies of items 10 and 19 removed).

Conventions: as in fresh62th.py (see also fresh59th.py, the earlier safety batch). Excerpts as
published (whole sentences kept, some paragraphs and sentences cut; page junk such as headlines,
sub-headings, decks, image captions and their file names ("微信图片_…jpg"), bylines, datelines,
source tags ("本报4月15日讯", "(原标题:…)"), title lines, the letter's sign-off, phone numbers,
"0参与 0评论" and the truncated last sentences of the stored copies removed); paragraphs joined,
except with a line break in 020 (post and reply); ASCII punctuation written full-width except
inside numbers ("10.6萬元", "2米5宽", "“7.14”"); stray spaces the pages put around
punctuation and numbers removed (004, 007, 008, 016). Page oddities kept ("此次爆炸故事", "启获",
"在来乡政府找我", "一起场发生在", "垮塌的的矿石", "罗学梅"/"罗雪梅", "沙轮", "服装尾部", "丹東鳳城市陽",
the reversed quotes ”黑煤矿” in 007). scope "in" for alleged misconduct of a party member or
public official (village cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 /
个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, firms, mine owners without a post
and officials who only handled, investigated, announced or answered are not accused; an organ or
an unnamed group accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name, "原" kept, "时任" dropped where
the unit sits between) and units as written, the place name before the post given as the unit;
unit None when the text does not tie the person to a named unit. Topics only from the twelve
names of triage.md; hiding an accident is 工作纪律 (as in fresh59th.py). Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 011,
012). Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 3 (017-019), 其他 3
(020-022). 20 accused entries, all in items 1-12: 15 with a full name, none masked, 5 post only.
Items 003, 007 and 008 are in scope with no accused entry (only organs or unnamed groups
accused). Out items have no accused entry.

Close calls:
 1  The blog's title lines and sub-heading cut; cut before the truncated 11时20分 sentence.
    刘法裕 "时任澄潭江镇镇委书记": '镇委书记', '澄潭江镇'. The five he sent to move the bodies and
    to handle the dead in 江西 "为隐瞒真相" took part in the cover-up and are accused, each with
    the post as first written; the town is not in their phrase, so unit None. 陈发学 (the firm's
    boss) and the "镇工作人员" who wrote the false report are not entries.
 2  Header, dateline and two sub-headings cut; cut before the truncated last sentence. 张计仓
    "北平镇人大主席", 刘生炎 "北平村支书". 杨国才 (no post) is not accused; the 矿主 are private.
    Topics 工作纪律 (瞒报 settled through them) and 廉洁纪律 (relatives' pits).
 3  Traditional, short; headline and "本文留言" cut. Only "縣、鎮少數領導幹部" and "有關人員":
    unnamed groups, no entry. 企圖賄賂核查人員 read as 贪污贿赂.
 4  The title line and a bracketed repeat of it cut; sub-heading cut; stray spaces around the
    commas removed; cut before the truncated 乔家湾乡 sentence. 郭龙虎 has no post where first
    named; the first post given ("山西省临汾市蒲县应急管理局党总支书记、四级调研员的他") is used.
    The other 14 检查组成员 are unnamed. Topics 八项规定 and 廉洁纪律 (红包).
 5  Captions, the deck and a sub-heading cut; the text stops before the truncated sentence on
    what 张仁松 gave him. 张武胜: '安监局局长兼煤监局局长', unit '南川区' ("时任" dropped). The
    "6个正、副处级贪官" and "3个执法人员" are unnamed; 廖鹏 only investigates; 夏某 and 张仁松 are
    mine people.
 6  A blog letter; the deck, captions ("图:…", "右二为…") and the truncated last sentence cut.
    陈玉士 and 段新 first named in "中共山西省洪洞县县委书记陈玉士、县长段新": '县委书记' and '县长',
    unit '洪洞县' for both. The "官兵" and the 涉黑势力 are unnamed. Topics 工作纪律 (瞒报 and
    silence) and 群众纪律 (举报人 beaten); no personal claim of the writer: not mixed.
 7  Hard: the headline ("谁是…黑煤矿的保护伞?") and the byline cut, so the text only says the
    black pits are "兑镇镇政府的摇钱树" while the town holds anti-mining meetings. The 镇政府 is an
    organ: no entry. 赵瑞敏 (镇长) and 刘方炳 (副镇长) only chair and read at the meeting: not
    accused. Topics 形式主义官僚主义 and 廉洁纪律. Cut before the truncated 举报 sentence.
 8  A commentary; the reporter's information leaked to the mine, and the 应急管理局's inaction.
    Only organs (洛宁县应急管理局, 洛阳市安防委办公室) and an unknown "内鬼": no entry. Note
    "洛宁县应急管理局长期置之不理" is 管理局 + 长期, not a 局长. 吴经理 is the mine's. Cut before the
    truncated paragraph on his call.
 9  Traditional; the sub-heading cut, ends after the whole sentence on the signatures. 吳長勝
    "太原市公安局萬柏林分局副局長"; 金慶年 "區國土資源局的金慶年副局長": unit '區國土資源局' as written.
    吳長生 (brother, who signed for him), 杜文平 and 石喜成 are private. Read as in and not mixed:
    佟明晶's unease is about the officials' shares themselves; could be read as mixed (his own
    shareholder grievance).
10  Mixed, traditional (glosses removed): 鞏彥榮's suit against the 靜樂縣人民政府 (涉法涉诉) and
    李東青's bribery ("靜樂縣安監局原局長李東青": '原局長', '靜樂縣安監局'). Captions cut; the
    sentence naming the other three officials is garbled in the copy ("取保候?qū…") and cut;
    the sub-heading and the truncated last sentence cut. "分管煤礦官員和法院工作人員" unnamed.
11  Mixed: the family's grievance over the death and the "乡书记" who cursed and threatened them.
    Unnamed: (None, '乡书记', '余庄乡') (the 乡 is named in the same sentence). The headline (which
    says "乡政府主要领应追责"), the image file names and caption, and the truncated sentence naming
    the 村长 cut. 于某平 and 于某红 organised the digging but have no post: not accused.
12  Mixed, first person: the investor's lost mine ("现在已经属于乡长的哥哥所有了") and the 乡 and
    county officials who pressed for a hidden 私了. All unnamed: 乡长, "乡里的党委书记" ('党委书记'),
    '分管副乡长', and "县里矿办的主任" (unit as written '县里矿办'; could be None); the 乡 is
    unnamed (unit None). The 县矿办的工作人员 are an unnamed group. The sub-heading and the
    truncated "乡长找…" cut. Topics 工作纪律 (瞒报), 滥用职权 (forced partner, threat to close the
    mine), 廉洁纪律 (the 乡长's brother).
13  涉法涉诉: a 工亡 father's lawsuits; cut before "是人社局的过失导致我无法获得赔偿" and his 上访
    (a complaint against an organ's fault, left out so that the item stays plainly out).
    Headline and deck cut.
14  涉法涉诉: the judgment on a mine owner and his co-defendants; headline, byline and a
    sub-heading cut; the line break inside "罚金…5万元" joined; cut before the truncated sentence.
15  征地拆迁: a 来信调查 letter on relocation after a mine-induced landslide ("政府和煤矿企业始终没提出
    一个合适方案" is a grievance, no official act alleged). Site lines, headline, deck, byline and
    the letter's sign-off cut; cut before the truncated sentence.
16  征地拆迁, hard: a village over old mine workings, "是迁还是留?"; the government stopped the
    mine. Could be 其他 (damage news). Captions and a sub-heading cut; cut before the truncated
    sentence. "8时, 奔流" space removed.
17  个人利益诉求: an injured worker in an unlicensed workshop; the 劳动部门 refused his 工伤认定
    under its rule, not alleged as misconduct. Headline and the site lines cut, a sub-heading cut;
    cut before the truncated sentence.
18  个人利益诉求: the dead miners' families unhappy with a private settlement went to the 信访局;
    the hiding was the mine's legal person's (杨喜祥, private). Sub-headings cut; cut before the
    truncated sentence.
19  个人利益诉求, traditional (a gloss removed): a feature on a miner's widow and the 10.6萬元; could
    be 其他 (no request). A sub-heading cut; cut before the truncated sentence.
20  其他: a 阳光热线 post on a clothing workshop's fan and ironing noise, and the two bureaus'
    replies (only handle). The title "居住区噪声扰民", the phone-number sentences and "0参与 0评论"
    cut; the post has no final stop.
21  其他, hard: a firm's 瞒报 of 17 deaths and the offices' answers (unanswered phones, a 领导小组);
    no official's misconduct alleged. "(原标题:…)", a caption and "相关新闻" cut.
22  其他: residents' complaint about fireworks stored in houses; the 巢湖 departments only answer.
    Headline, deck and the bracketed sub-heads cut; the unrelated "新闻推荐" item cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH89: list[Item] = [
    # 01
    ('http://think.sina.cn/doc-iihnzahk5454641.d.html?vt=4',
     '有目共睹，一些地方政府和地方官员遇到大型事故会习惯性瞒报。本文，将以最近一起瞒报事件为例，讲述瞒报的'
     '经过、目的以及瞒报导致的后果。2019年12月4日7时32分，位于湖南省长沙市浏阳市澄潭江镇的碧溪烟'
     '花制造有限公司发生爆炸。官方对爆炸原因是这么表述的：因员工违规操作，13号工房内药饼与筐内残留药物摩'
     '擦起火，引起5栋工房发生殉爆。殉爆，简单的讲就是指一处炸药发生爆炸又引爆附近其他的炸药发生爆炸。此次'
     '爆炸故事，造成13人死亡、17人受伤、直接经济损失1528万元。但是，当地官方最初通报里说的是1死1'
     '伤，后来又说是7死13伤。这种伤亡数据逐步递增的情况时下很常见，有的确实是因为情况发生变化，比如地震'
     '之后交通中断、通讯中断，信息收集与传递完全靠人传播，很容易造成信息统计的不完整和不准确。但浏阳这次事'
     '故伤亡数据递增，完全不是客观困难导致的，而是人为瞒报导致的。爆炸事故发生不久，时任澄潭江镇镇委书记刘'
     '法裕获知伤亡情况为5死1伤。为隐瞒真相，他安排副镇长王挺攀协助碧溪公司实际老板陈发学将现场4具尸体运'
     '往江西，同时安排镇党委副书记唐建华和副镇长刘守龙、陶长富、武昶林等到江西协助陈发学处理死者善后事宜。'
     '从刘法裕的人员安排看，是一个镇领导负责一名死者，这是做好了严防死守不希望真相流传的准备。上午9时39'
     '分，刘法裕安排镇工作人员向浏阳市委办、浏阳市政府办、浏阳市应急局等部门书面报告该事故导致1死1伤。1'
     '0时10分，王挺攀向刘法裕报告，有1具尸体在镇干部到达事故现场前已经被家属运回家中。',
     'in', None, False, ['工作纪律'],
     [('刘法裕', '镇委书记', '澄潭江镇'), ('王挺攀', '副镇长', None), ('唐建华', '镇党委副书记', None),
      ('刘守龙', '副镇长', None), ('陶长富', '副镇长', None), ('武昶林', '副镇长', None)]),
    # 02
    ('http://news.sina.com.cn/c/2005-04-16/03555665035s.shtml',
     '春节期间“黑口子”大肆生产，结果发生冒顶事故，导致两名矿工死亡，这是今年正月初四（2月12日）发生在'
     '古县北平镇的一起被瞒报的矿难。事发后，3名矿主为“摆平”死者家属，竟请来北平镇人大主席张计仓和北平村'
     '支书刘生炎来当中介人调解。经过谈判，双方达成书面协议，而张和刘竟在该协议中介人一栏中签上了大名。今年'
     '正月里，古县北平村民刘春红、靳海波、钟永刚3人在该镇南梁沟私开的煤矿红红火火地生产着。2月12日下午'
     '，该矿发生冒顶事故，北平村民杨金学、李斌才被埋在井下。事发后，北平镇和北平村都派出人员抢救。2月13'
     '日下午，救援人员发现二人均已死亡。但是，此事县市两级安监部门均无人知晓。随后，矿方开始和死者家属谈判'
     '赔偿事宜。同时，由北平镇人大主席张计仓、北平村支书刘生炎及另一个叫杨国才的人组成了“事故调解组”，不'
     '停地给死者家属做工作。2月15日，双方终于达成每人赔偿10万元的赔偿协议，而张计仓和刘生炎也在该协议'
     '中介人一栏中签上了自己的名字。日前，记者见到了这份荒唐的协议，上面确实有张、刘的签名。村民们反映说，'
     '北平镇私挖滥采非常严重，“黑口子”多集中在李子坪和上宝丰两村的山沟里，“都快开疯了，数都数不过来”。'
     '村民们还说，这些“黑口子”多有村镇两级干部参与，比如此次出事的“黑口”，3名矿主均是张计仓和刘生炎的'
     '亲戚：刘春红是刘生炎的孙子，钟永刚是刘生炎的妹夫，靳海波是张计仓的外甥。',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     [('张计仓', '镇人大主席', '北平镇'), ('刘生炎', '村支书', '北平村')]),
    # 03
    ('https://m.secretchina.com/news/b5/2008/10/26/amp268478.html',
     '河北省蔚縣李家窪煤礦新井“7.14”特別重大炸藥燃燒瞞報事故調查組揭示，事故發生後，礦主膽大妄為、無'
     '視法律，惡意瞞報事故，縣、鎮少數領導幹部組織參與瞞報，性質極為惡劣。據介紹，事故發生後，礦主將遇難礦'
     '工遺體秘密轉運至山西省廣靈縣和河北省陽原縣進行處理，封閉井口，拆除井架，破壞現場。為達到封鎖消息的目'
     '的，還以高額賠償遇難者家屬、收買部分記者等手段，進一步實施隱瞞。縣、鎮少數領導幹部有的組織、有的直接'
     '參與事故瞞報，企圖掩蓋事故真相。甚至還組織所謂的調查組，搞假調查，弄假材料，寫假報告，以欺騙上級；在'
     '上級有關部門組織核查時，縣、鎮有關人員故意迴避事故井，轉移視線，提供虛假材料，企圖賄賂核查人員，封鎖'
     '消息。',
     'in', None, False, ['工作纪律', '贪污贿赂'],
     []),
    # 04
    ('http://m.jiangsulong.com/a/2020/0706/0683917.html',
     '提起端午节前被中央纪委国家监委点名通报的事，郭龙虎懊悔不已：“自觉羞愧，无颜面对。”原本是山西省临汾'
     '市蒲县应急管理局党总支书记、四级调研员的他，因为一起违纪违法行为，受到撤销党内职务、政务撤职处分，降'
     '为二级主任科员。通报显示，今年2月14日，在疫情防控最吃劲的阶段，蒲县应急管理局、县卫生健康和体育局'
     '开展联合检查，郭龙虎带队对某煤业公司疫情防控期间的复工复产、职业卫生工作进行检查验收，包括他自己在内'
     '的15名检查组成员分别收受该公司1000元到2000元不等的红包。随后，临汾市纪委监委查处该案，多人'
     '受到党纪政务处分。在中央八项规定精神深入人心、纠治“四风”持续深化，特别是疫情防控的特殊时段，监管者'
     '为何还敢顶风违纪？蒲县位于山西省西南部，有着“寸土寸金”的美誉，1500多平方公里的县域面积中，含煤'
     '面积在90%以上，地质储量超百亿吨，围绕煤炭资源形成的工业经济对全县GDP贡献率超过60%。因此，在'
     '全国疫情防控最吃劲的2月，蒲县在未发现确诊病例、受疫情影响相对较小的情况下，统筹推进疫情防控和复工复'
     '产，加快推进煤炭等行业复工复产。为防止相关企业因准备不充分而出现设备带病运行、安全管理不到位，甚至抢'
     '工期、赶进度，超能力、超强度生产等问题，蒲县应急管理局、县卫生健康和体育局等单位组织力量，联合开展检'
     '查验收，未通过验收的不允许复工复产。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('郭龙虎', '党总支书记、四级调研员', '山西省临汾市蒲县应急管理局')]),
    # 05
    ('https://news.sohu.com/20081222/n261343572.shtml',
     '南川区高桥煤矿一起死亡13人的矿难事故，因检察机关介入而掀开背后的官煤勾结丑闻，10人涉案。包括煤矿'
     '安全监管行业的6个正、副处级贪官、3个执法人员、1个矿主。这也是我市矿难引发的最大官场地震。昨天，市'
     '检察第三分院职侦局首次向媒体通报了这起官煤勾结导致矿难背后的故事。据称，当煤监局长被抓时，反贪干警在'
     '他身上搜出3个共计七八千元的红包。今年1月18日，南川高桥煤矿因煤与瓦斯突出，死亡13人。事发后，市'
     '检察院三分院职侦局副局长廖鹏带队主动介入调查。廖鹏称，经他们初步调查，“1·18”矿难时正是该矿停产'
     '整顿期间。为什么会这样？煤矿安全对反贪干警来说很陌生，他们遂请教专家，从高桥煤矿的库存炸药入手调查。'
     '尽管该矿库管员夏某在市政府调查组面前两次都说其管理的爆炸物没有问题，但反贪干警根据该矿产煤量分析，其'
     '自报的炸药量根本采不出那么多煤，也就是说炸药肯定另有来源。经搜查，反贪干警果然找到炸药的两套账册：一'
     '套是真实的，一套应付检查。这时，夏某不得不交代，一部分炸药是从其他矿运来的。矿难后，矿老板安排他背了'
     '100发雷管到自家藏起。反贪干警闻言吓了一跳：要是100发雷管爆炸，整个村庄都要夷为平地。反贪干警连'
     '夜通知当地警方启获全部雷管，随后，警方以非法储存运输爆炸物品罪和重大安全责任事故罪将矿主张仁松抓获。'
     '经审查，张仁松不但承认了非法储存运输炸药雷管事实，还吐出了时任南川区安监局局长兼煤监局局长的张武胜（'
     '安监局和煤监局是一套班子两块牌子）。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('张武胜', '安监局局长兼煤监局局长', '南川区')]),
    # 06
    ('http://zhanghan.ltd/article/html/1692.html',
     '“九也恨来十也恨，洪洞县内是无好人。”这是戏剧名段《苏三起解》中蒙冤的苏三发出的千古一叹。不是说所有'
     '的洪洞县人都不是好人，苏三是说洪洞县的衙门里没有好人。公民举报山西洪洞一起6人死亡矿难，却遭遇洪洞县'
     '“官兵”围堵，并勾结涉黑势力对举报人进行暴力袭击，试图制造“毁灭性”惨案，恐怖场景惊心动魄。面对洪洞'
     '县的腐败现状，举报人奋不顾身公开致信中共山西省洪洞县县委书记陈玉士、县长段新，要求对瞒报事故及相关涉'
     '黑事件及时做出正面回应……7月14日之前，在互联网上搜索了一下，有关这一事故，互联网上竟然只字片语都'
     '没有。今日接到爆料：“有证据显示”洪洞县山头乡曹家沟5号煤矿矿主及其儿子曾派送重金“封口费”，因此瞒'
     '报得以如此严密。去年的“山西霍宝干河煤矿封口费事件”远不及此！这次洪洞县政府是否接到过举报？这起已经'
     '过去了10个月时间的矿难，当地政府查处情况如何？为避免当地政府仍然以“正在调查”为名继续官煤勾结进行'
     '瞒报，本网向洪洞县县委、县政府寄发了《监督函》。想必，洪洞县政府不可能再仍然沿用之前的“正在调查”进'
     '行答复，应当会有一个明确的查处答复。然而，结果让人非常惊诧：洪洞县县委书记陈玉士、县人民政府县长段新'
     '竟然无视监督，始终保持缄默。因此不得不说，洪洞县的瞒报与涉黑事件不与上述两位“县太爷”无关！作为洪洞'
     '县这样一个近几年丑闻频爆的重灾区，上述两位“县太爷”也是新到的“继任者”，咋就偏偏选择了“继任腐败”'
     '？',
     'in', None, False, ['工作纪律', '群众纪律'],
     [('陈玉士', '县委书记', '洪洞县'), ('段新', '县长', '洪洞县')]),
    # 07
    ('http://chinashina.com/plus/view.php?aid=19694',
     '近期举国上下共抗冠状病毒，为取得战疫的胜利，无数医务工作者，社会团体及个人都做出了应尽的职责义务，甚'
     '至献出了宝贵的生命，全国人民携手共进一定能取得最后的胜利。山西省孝义市兑镇镇政府在特别时期更是严抓日'
     '常工作。2020年1月15日，孝义市兑镇镇打击私挖滥采专项行动推进会召开。镇机关党政班子成员、包村干'
     '部、农村两委主干以及派出所、国土所、供电所等相关责任单位负责人参加了会议，会议由镇长赵瑞敏主持。会上'
     '要求，相关职能部门和各村“两委”主干要切实增强责任感和紧迫感，加大打击力度，严格责任落实，强化工作措'
     '施，全面展开打击私挖滥采违法犯罪专项行动，充分调动群众参与的积极性，鼓励群众积极检举，形成打击私挖滥'
     '采的强大声势和社会氛围，维护和巩固全镇良好的矿产资源开发秩序。会上，副镇长刘方炳宣读了兑镇镇党委和政'
     '府关于开展打击私挖滥采专项行动的工作方案。相关村委主干做了表态发言，相关负责人及各村主干与镇分管副职'
     '签订了责任状。会议通报了近期打私工作情况，分析了当前打私工作的严峻形势，就2020年各打私责任单位的'
     '目标任务进行了分解说明，对下一步工作进行了推进安排。然而在山西省孝义市兑镇镇却是令人无法理解的现象，'
     '一边是有关职能部门当地打击“私挖滥采”，而另一边却是”黑煤矿”正在明目张胆组织违法生产。这是记者在山'
     '西省孝义市兑镇镇后沟村调查后惊人的发现，更令人吃惊的是”黑煤矿”成为兑镇镇政府的摇钱树。',
     'in', None, False, ['形式主义官僚主义', '廉洁纪律'],
     []),
    # 08
    ('https://m.163.com/dy/article/K3VVOR260514AGAB.html',
     '“大家都是求财……你把这个情况不属实搞一下啊，上面下来查，我们损失大。改口我们共赢啊！”河南漯河的郭'
     '先生实名举报矿山事故18天后，等来的不是职能部门反馈，而是被举报方的“交易”邀请。更荒诞的是，印有他'
     '身份信息的举报移送单，竟出现在被举报矿山的办公桌上。这场事故举报，如同一面照妖镜，照出安全生产监督链'
     '条上触目惊心的漏洞。举报人信息保护机制全面失效，构成第一重信任危机。郭先生通过省级应急管理厅官方平台'
     '实名举报时，按要求提供了身份证号与手机号，这是公民对公权力的基本信任。然而，举报信息如入无人之境：矿'
     '方吴经理直言“公司办事员给了我一份打印件，上面有你的手机号码”。更令人震惊的是，洛阳市安防委办公室发'
     '给县政府的举报移送文件——内含举报详情及举报人信息——被拍摄于涉事企业办公室内，时间就在吴经理致电前'
     '一小时。尽管当地称已对信息“模糊处理”，但完整信息如何流出？“模糊处理”是否形同虚设？“内鬼”藏身何'
     '处？这些疑问直指信任根基的崩塌。监管响应机制的滞后与被动，暴露出第二重制度性漏洞。从6月9日、10日'
     '两次举报，到6月28日信息泄露，18天内应急管理部门未作任何正式反馈。直至媒体曝光引发舆情，洛宁县才'
     '在7月8日通报，承认3月至5月发生3起工伤及1起死亡事件，企业存在瞒报。这种“媒体倒逼调查”的模式，'
     '严重损耗法定举报渠道的公信力。更反常的是，郭先生主动提供吴经理电话号码助查时，洛宁县应急管理局长期置'
     '之不理，最终需由媒体转交线索。这种消极姿态，难免引发公众对“猫鼠同盟”的合理怀疑。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     []),
    # 09
    ('http://www.ok153.com/2007/0415/55649.shtml',
     '今年春節后不久，東北的佟明晶來到山西省陽曲縣，看上了西凌井鄉韓莊煤礦（明星煤礦），因為資金不足，就聯'
     '系了石喜成入股，為了打通當地官場關系，石喜成又聯系了太原市公安局萬柏林分局副局長吳長勝入股。從此，佟'
     '明晶的噩夢就開始了。10月28日下午，佟明晶對記者說，到了交款的時候，吳局長拖了幾天，遲遲拿不出錢來'
     '，最后吳局長把佟明晶和石喜成叫到自己的辦公室說，他的款沒有到位，但他找了一個在杜兒坪開礦的老板杜文平'
     '一起投資，并保證說杜不會插手明星煤礦的事，礦上的事還是佟明晶兩人辦，遇到大事情由他出面協調。雖然很不'
     '情愿，但迫于吳局長的面子和壓力，佟明晶還是同意了。第二天，辦理礦產承包的交割手續，吳局長親自挑了地點'
     '，并把哥哥吳長生一起帶來了。付完了買礦錢款，幾個人商量股份構成的事，分別是佟明晶、石喜成、杜文平每人'
     '投資125萬元。但杜文平說，應該把礦上欠西凌井信用社和陽曲的62萬元貸款以及欠賣礦方的50萬元頂給吳'
     '局長，合計112萬元。杜文平當時拿出13萬元給吳局長，交到石喜成手上，這樣吳局長的投資也算125萬元'
     '。股份由此確定，四人每人持股25%。當時，佟明晶已經在前期買礦時花了80多萬的中介費和10萬元定金，'
     '多投的部分，吳局長說年終如果沒有事故就讓佟明晶的股份達到30%。后來吳局長說區國土資源局的金慶年副局'
     '長要入股，杜文平說還有一個人也要入股，但不能說是誰，佟明晶不同意，但吳局長和石喜成同意，最后只得又加'
     '進了一個投資125萬的股東。這樣，大股東變成了5個。股份確定以后，幾個股東簽合同，吳局長說，他和金慶'
     '年副局長是國家公務員，不能搞第二職業，吳局長讓他哥哥吳長生簽的字，金慶年副局長是讓他妻子簽的字。',
     'in', None, False, ['廉洁纪律'],
     [('吳長勝', '副局長', '太原市公安局萬柏林分局'), ('金慶年', '副局長', '區國土資源局')]),
    # 10
    ('http://jieyan321.com/xwzx/jrbd/201506/t20150630_10141636.htm',
     '今年6月中旬，山西省靜樂縣中莊鄉紅崖上村石盆圪洞煤礦（以下簡稱“石盆圪洞煤礦”）法人代表鞏彥榮向忻州'
     '市中院提交訴狀，狀告靜樂縣人民政府對該煤礦從起初的行政亂作為到後來的不作為。從2001年開始，該礦經'
     '過幾次融資、轉讓，直到2010年7月該礦資源被山西省霍州煤電集團有限責任公司（以下簡稱“霍州煤電”）'
     '整合後實行永久性關閉。但8800萬元的煤礦補償款卻成了“唐僧肉”，首先由靜樂縣安監局原局長李東青在該'
     '煤礦整合過程中暗箱操作，收禮受賄，致使這筆鉅款被打進靜樂縣財政局專戶近五年。此間，因補償款分割問題股'
     '東們矛盾升級，出現互掐，為了獲取更大利益股東們還向分管煤礦官員和法院工作人員進行利益輸送。今年4月2'
     '日，石盆圪洞煤礦法人代表鞏彥榮向忻州市中級人民法院民一庭提出申請，他對管轄權有異議。該院民一庭已經受'
     '理石盆圪洞煤礦相關案件5次。事實上，這起長達5年的訴訟起因，一個繞不開的重要人物便是靜樂縣安監局原局'
     '長李東青。2008年，山西官方舉起煤礦“轉型”大旗，以結束“小煤窯”時代。此間，一些想分一杯羹的涉煤'
     '官員因此倒下，而靜樂只是山西煤礦整合中的一個縮影。',
     'in', None, True, ['贪污贿赂', '廉洁纪律'],
     [('李東青', '原局長', '靜樂縣安監局')]),
    # 11
    ('http://coolummotel.com/100hero/survey/15894.html',
     '山西宁武矿产资源丰富，很多地方都有浅层矿产资源。由于监管不到位，违法成本低，在利益的驱使下曾经有一段'
     '时间在宁武地方私挖滥采成灾。在中央、省、市出台一系列打击私挖滥采的政策和规定后，监管责任分明，明确了'
     '地方行政领导为第一责任人，此后私挖滥采现象逐渐减少。但是随着煤价的回暖，私挖滥采在宁武又有所抬头。近'
     '日，记者接到举报称，宁武县余庄乡庙儿沟村存在私挖乱采现象，而且在私挖乱采过程中导致庙儿沟村一村民死亡'
     '，死者家属多次向余庄乡政府领导申述冤屈，竟然无人问津，甚至遭到乡书记的谩骂和威胁，“在来乡政府找我，'
     '就让派出所把你们抓起来”。据了解，死者名为赵建云，系庙儿沟村人，现年33岁，家中排行老二，生前在宁武'
     '县城务工，死者目前仍在太平间。死者哥哥赵建国称，2017年10月底，同村于某平、于某红等人组织在该村'
     '周边私挖乱采煤炭资源，为了能把挖下的煤运输出去，于是就把县城务工的弟弟叫回村里帮忙，雇佣他驾驶农用三'
     '轮车进行运输，并且雇佣同村王存柱（音）、于金挠（音）、五文子（小名）三人装车。11月29日中午，赵建'
     '云和于某平两人驾驶三轮车运输煤时，由于所经路线都是因私挖滥采而修的道路，路况很差，于某平在前缓慢通过'
     '，但是在后的赵建云就没那么幸运了，竟然翻车出事故了。',
     'in', None, True, ['群众纪律'],
     [(None, '乡书记', '余庄乡')]),
    # 12
    ('https://news.sohu.com/20050721/n226390927.shtml',
     '“我们投资办的矿叫德胜煤矿，现在已经属于乡长的哥哥所有了。2001年11月17日在我们经营的时候曾发'
     '生一起塌方事故，死亡3人。按照惯例，像我们这样年产量只有几万吨、一次死亡3人以上的小煤窑，绝对不可能'
     '再办下去了。可是只要领导们愿意保，这个煤矿就能保住，就能赚钱。“矿难发生的时候，我不在现场，接到通知'
     '，连夜从内蒙古鄂尔多斯市东胜区赶到清水河县。我是煤矿投资者、法人代表，晚上9点多赶到死者家里。当时乡'
     '里的党委书记、分管副乡长都到了。死者中有两个是亲兄弟，都是30多岁，另一个岁数稍大一点。“我回来后，'
     '乡党委书记、分管副乡长就找我谈话，说‘私了吧’。我以前是包头矿务局的，知道这事严重，就说‘恐怕了不了'
     '，3个人，属于重大安全事故’。第二天，县里矿办的主任也来找我谈话，说‘还是私了吧’。“当时我们的煤矿'
     '一共三大股，我们二人占两股，另外一股是乡里、县矿办的领导给我们找的合作者。他以前承包过乡里的万才煤矿'
     '，在2000年的时候出事死了人，煤矿巷道塌陷，办不下去了。领导们多次找我谈话，让我和他合作。我不同意'
     '，副乡长跟我说，要是不合作你们这个矿就得关闭。为了写合作协议，我们在副乡长的家里从下午5点一直商议到'
     '次日凌晨2点……“这个事故完全是人为事故，他当时违反安全操作规定，没有处理好工作面安全，就放车下井拉'
     '煤，结果顶板上面6米多厚的煤层全塌了下来。“到晚上，乡党委书记、副乡长、县矿办主任、县矿办的工作人员'
     '又都来找我谈话，说是想办法包庇一下吧，要不然大家都脱不了干系，而且煤矿也不好保了。第二天他们接着劝，'
     '我当时就是怕煤矿关了，投资收不回来，就同意了。他们叫我放心，说煤矿保证关闭不了。”',
     'in', None, True, ['工作纪律', '滥用职权', '廉洁纪律'],
     [(None, '乡长', None), (None, '党委书记', None), (None, '分管副乡长', None), (None, '主任', '县里矿办')]),
    # 13
    ('https://www.workercn.cn/papers/grrb/2017/04/15/3/news-4.html',
     '“4年了，总算见到点儿希望，现在还不知道这笔28万余元的赔偿款能否顺利拿到。”当工亡农民工李某的父亲'
     '近日收到长春市宽城区人民法院的胜诉判决书时，他的心情挺复杂。2013年4月23日，农民工李某在长春某'
     '工地施工时，坠入电梯井死亡。该工程的通信网络部分被总承建方分包给吉林省内一家通信公司和一家科技公司，'
     '两者项目的施工地点有重合之处。李某父亲提起索赔，却无人理会。李父在未理清李某的受聘公司时，以通信公司'
     '为被申请人向人社局申请工伤认定。该通信公司在答辩期内拒不答辩、举证。当年11月，人社局做出认定决定，'
     '认定李某为工亡。随后，该通信公司以与李某不具有劳动关系为由，向长春市朝阳区人民法院起诉，请求撤销该工'
     '伤认定决定书。等待开庭期间，通信公司与李父达成和解协议，由公司借支李父15万元，用于处理李某后事和向'
     '责任方索赔的相关费用。待索赔成功后，李父再将借款返还。2014年4月，李父向长春市宽城区人民法院提起'
     '人身损害赔偿诉讼，请求发包方和总承建方承担赔偿58万余元。开庭时，主审法官审理查明李某为分包方科技公'
     '司的员工后，建议李父以该公司为被申请人申请工伤认定，再由该公司给付工伤赔偿金，李父接受建议并撤诉。然'
     '而，令李父始料未及的是，2015年5月，在长春市人社局再次做出工伤认定决定书时，涉事的科技公司为逃避'
     '法律责任，已注销工商登记。几番周折，耗费大量时间和精力，最后却一头扎进死胡同，李父感到很沮丧。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://news.sina.com.cn/c/2003-09-29/1235840296s.shtml',
     '2003年9月28日上午，徐州市中级人民法院对贾汪区岗子村五副井“7·22特大瓦斯煤尘爆炸事故”责任'
     '人、矿主庄金才依法作出了一审判决。被告人庄金才因犯故意伤害罪，判处死刑，剥夺政治权利终身；犯重大劳动'
     '安全事故罪，判处有期徒刑7年；犯非法买卖爆炸物罪，判处无期徒刑，剥夺政治权利终身；犯虚报注册资本罪，'
     '判处有期徒刑1年，罚金2万元；数罪并罚决定执行死刑，剥夺政治权利终身，罚金2万元。另外，与其一同受审'
     '的被告人曹召玉因犯故意杀人罪、抢劫罪、盗窃罪，数罪并罚决定判处死刑，剥夺政治权利终身；罚金5万元；被'
     '告人汪胜来犯故意杀人罪、盗窃罪，判处无期徒刑，剥夺政治权利终身，罚金2万元；被告人董秀玲犯窝藏罪，判'
     '处有期徒刑7年。对被告人曹召玉、汪胜来犯罪所得予以追缴。该案9月2日开庭审理后，记者专程赶赴贾汪区岗'
     '子村，对当年的那场爆炸事故进行了一番调查，揭开了爆炸发生前后许多鲜为人知的内幕。岗子村距徐州市区约3'
     '0公里。村里有3000多口人，人均土地不到半亩。近百年来，村民们一直靠矿吃矿。到2001年的时候，岗'
     '子村已经开采了8口矿井。这些矿井均属地方小煤矿。岗子村多数的青壮年劳力都在小煤矿里工作。被官方称为岗'
     '子村五副井的出事矿井，因为开采的时间最晚，村民们习惯称它八号井。在贾汪7·22特大瓦斯煤尘爆炸事故中'
     '遭遇不幸的92人里，除来自外省的工人外，岗子村首当其冲，占了29人。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://js.mingriaudio.com/n1/2025/0915/c64387-40563771.html',
     '编辑同志：贵州毕节市金沙县新化乡五星村旁有一座国照腾龙煤矿，煤矿开采诱发山体地质灾害，2017年村里'
     '的住房出现墙体裂缝、地基位移等问题。第三方机构鉴定认为，我们村需要搬迁。但多年来政府和煤矿企业始终没'
     '提出一个合适方案，我们一直提心吊胆地住在地质灾害危险区。希望党报予以关注。接到五星村村民的来信，记者'
     '近日来到贵州毕节市金沙县新化乡五星村。2018年的鉴定报告认为“有形成较大规模崩塌的可能性”。70多'
     '户村民为何不搬迁？“一块直径六七十厘米的大石头从山上滑落，砸到离两户人家房屋10多米的空地上。”五星'
     '村村民李先生告诉记者，今年7月21日，金沙县下了场大雨，这块掉落的大石头把周围村民吓坏了。“国照腾龙'
     '煤矿2017年8月停产停建了，但村子里还是会出现滑坡、落石，尤其是雨季，大家就会很担心。”村民所说的'
     '国照腾龙煤矿归属贵州省大西南矿业有限公司，村子旁边是10906采面。2017年4月，煤矿开采诱发了五'
     '星村牛滚坡、马家坡、太阳坡一带的山体地质灾害。李先生说，当时他家墙壁上出现第一道裂缝，“起初只是细纹'
     '，很快便大到手指可以塞进去，地面也老是晃，后来才知道是煤矿开采导致的。”',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://www.xuehua.us/a/6648579af57b61b1f7af4eeb',
     '即使是微弱的噪声，也能让李怀留从睡梦中惊醒，他会从帐篷里探出头，察看院子周围动静。自5月10日以来，'
     '村庄周边的地面发生明显下陷后，李怀留就一直睡在帐篷里，“以前一觉可以睡到天亮，现在每晚都要醒来好几次'
     '，担心房子会塌，担心地面会陷。”陕西省神木市地域广阔，蕴藏着丰富的矿产资源，其中以煤炭储量为最。公开'
     '资料显示，当地储煤面积达4500平方公里，占全市总面积的59%，已探明储量500多亿吨。李怀留所在的'
     '神木市迎宾路街道大柏堡村小墩沟小组的地下，20世纪90年代以前也有数千吨煤被开采出来，被掏空的村庄如'
     '今房屋裂缝、地面塌陷，水源干枯，村民的心也一直悬着。是迁还是留？李怀留迷茫了……5月16日上午8时，'
     '奔流新闻记者从神木市驱车前往大柏堡村小墩沟小组，大约20分钟车程，一路上遇到很多拉煤大车。当地司机刘'
     '师傅说，拉煤车最近少了，因为小墩沟小组附近的瑶渠煤业在5月14日被政府叫停了。而这次叫停与小墩沟小组'
     '房屋裂缝、地面塌陷有关，该村庄整体处在瑶渠煤业井田范围内。走进小墩沟小组，有一种类似“震后”的错觉，'
     '房屋墙壁上的裂缝随处可见，窄的如细线，宽的有三四厘米，严重的甚至超过十厘米。有些人家大门上挂着锁，人'
     '去屋空，院子周围长满了荒草。李侯华家的房屋裂缝最严重，内部墙体错位倾斜，砖石裸露，宽一些的裂缝可以轻'
     '松伸入拳头，房屋内地面塌陷，厨房的整个灶台开裂变形，瓷砖脱落一地。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://news.hqcr.com/projects/news/view.aspx?nid=362924',
     '出了工伤事故后，不少务工者都会第一时间选择依法维护自身权益。然而，尽管维权意识在劳动者群体中日益增强'
     '，但若一不小心进了“黑工厂”当了“黑工”，由此导致日后自身维权难的事例也屡见不鲜。近日，贵州籍务工人'
     '员王先生来电称，他在磐东一工厂打工时因工受伤，造成下颌骨骨折及神经挫伤，至今已有5个多月，“老板却不'
     '搭理”。他向劳动部门申请劳动仲裁，但劳动部门以“用人单位系非法用工单位”为由不受理其工伤认定申请。2'
     '9岁的王先生来自贵州毕节市，2010年3月，他通过应聘来到位于东山区磐东浦东村一家五金抛光厂工作，实'
     '行计件工资，但双方并没有签订书面劳动合同。2010年4月15日下午，王先生在沙轮打蜡时手不慎被拉进平'
     '抛机，当场晕倒。这次事故造成王先生右手与下颌受伤，被诊断为脑震荡、下颌骨骨折，以及右侧臂丛神经挫伤、'
     '全身多处软组织挫裂伤。据王先生介绍，出事后，他随即被送往东山区第一人民医院医治，并进行手术治疗。4月'
     '27日，王先生出院。根据医院提供的出院记录显示，王先生于4月21日入院，并于4月22日下午在该院进行'
     '下颌骨手术治疗，27日签名出院。据话语不甚清晰的王先生讲述，直到现在，他的右手掌除小指外，其余四指全'
     '都是麻木的，而整个右手臂仍然用不了力，拎不起东西。第一次手术后，留在他下颌的钢钉还没有取出来，口腔咬'
     '合仍会疼痛，导致说话不清晰。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://news.sohu.com/20060106/n241298189.shtml',
     '昨日15时10分，随着绞车的轰鸣声，10多名联合调查组的成员从安宁市草铺镇王家滩村1827矿井的矿坑'
     '中探出头来。一起场发生在2005年12月14日夜23时50分安宁市草铺镇王家滩村1827矿井的矿难，'
     '直到2006年1月4日，因对赔偿金额感到不满的死者家属上访到安宁市信访局才逐渐浮出了水面。2005年'
     '12月14日晚，在1827矿井（该1827矿井有多个矿井）矿主周兴国所属的矿井，周兴全、尹红才、尹红'
     '生、尹红高等6人陆续下到矿井内约280米处进行开采。6人分成两组从两个方向进行挖掘。23时50分左右'
     '，组长尹红生发现矿顶顶板发生松动，还没有等他反应过来，矿坑顶约4米长、2米5宽、1米5厚的一块的矿石'
     '突然就垮了下来，他的弟弟尹红才当场就被垮塌的的矿石淹没了，最小的弟弟尹红高的腿部也被砸伤。尹红生当时'
     '就吓呆了，反应过来后和腿受伤的立即就扑上前要把尹红才救出来，尹红高也顾不得腿伤，急忙和大哥一起扒矿石'
     '。也不知道过了多久，两兄弟才把尹红才和从上层掉下的周兴全刨了出来，而此时，两人都已经没有了呼吸。昨日'
     '，死者尹红才的妻子罗学梅说起丈夫，忍不住就抽泣起来，她说，这么多天她一直不敢面对6岁的女儿，最怕女儿'
     '问她：“爸爸在哪？我想爸爸了。”她只好骗女儿说尹红才到北京打工去了，根本不敢告诉女儿真相，没进行一次'
     '这样的对话，罗雪梅就要伤心伤一阵，半天都缓不过来。事发之后不久，矿井的法人杨喜祥就得知了此事，可他并'
     '没有将这起两死一伤的事故向上级主管部门汇报，而是采取了和死者家属私了的方式，希望以此解决此事。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://zxbline.com/News/101601.htm',
     '既然礦難無法絕對避免，死難礦工的賠償問題就無法逃避。一直以來，礦難之痛始終纏繞著中國。實事求是地說，'
     '幾乎每一位礦工都對死亡的降臨有著心理準備，他們出生入死勞作于礦坑之內，所期望的無非是為了父母妻兒的生'
     '活幸福。但更多的情況是，貧窮的生前，他們沒能帶給家庭足夠的經濟幸福；寂寞的死后，他們單薄的生命依然無'
     '法為家庭謀取到期望不高的經濟賠償。3月31日，丹東鳳城市陽一座小煤礦發生冒頂事故，兩名礦工喪生，他們'
     '的家屬雖百般爭取，但最后的賠償也僅10.6萬元，而這，在附近的煤礦里竟然算是最高標準的賠償。本報記者'
     '深入采訪，終于觸摸到了關于礦難賠償在黑洞中跳舞的潛規則。丹東鳳城市屬于礦產豐富地區，僅云陽就有145'
     '家大小煤礦。于兆春就在其中的一家小煤礦里打工，每月的收入在1500元左右。如果不是3月31日的一場冒'
     '頂，也許于兆春還會和妻子及兩個孩子享受著1500元的幸福。3月31日早晨7點，于兆春一如往常地和妻子'
     '鄭淑坤說了句我去礦上了，然后就離開了。鄭淑坤已經習慣了這種生活，也就沒有和他說什么，而這也成為她今生'
     '的遺憾，竟想不起來最后和丈夫說過的話是什么。晚上5點多，丈夫沒有如往常般回來，來的是礦上報信的人，和'
     '于兆春同時遇難的還有一個來自內蒙古的礦工。鄭淑坤突然覺得天一下子黑了下來，沒有工作的她從來沒想過失去'
     '丈夫時會如此痛苦，雖然以前曾親眼見到別人哭得死去活來。于兆春年近七十的父親也聞訊趕來，但最后見到的竟'
     '是血肉模糊地躺在寬甸醫院里的兒子。雖然搶救工作沒有被耽誤，但醫生還是遺憾地向老人和鄭淑坤搖了搖頭。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://wz.sun0769.com/political/politics/index?id=773243',
     '位于博美村十三巷十五号五楼服装尾部，不管周六周日一大早，中午午休时候，开那个排风扇同烫衣服那个噪声已'
     '经严重影响周边居民的休息环境，望相关部门给予重视\n尊敬的市民，您好！您反映的问题已收悉，现回复如下：'
     '信访内容反映虎门镇博美村十三巷十五号五楼噪音扰民问题。2025年6月12日，东莞市生态环境局虎门分局'
     '派员到现场调查，该企业从事服装加工行业，设有衣车、熨烫、打珠工序。熨烫工序使用的是中烫，现场检查期间'
     '未发现明显工业噪音产生。鉴于以上情况，我局虎门分局责令该单位加强管理，夜间生产时合理安排生产时间，防'
     '止扰民现象发生。感谢您对我们工作的理解。（虎门生态环境分局）接投诉后，我分局于2025年6月12日派'
     '出执法人员联同社区工作人员到虎门镇博美村十三巷十五号进行调查，发现该处抽风机在四楼，运作时确实会发出'
     '噪音。针对群众反映情况，执法人员对当事人进行批评教育及责令其整改，减少使用时间，我分局已安排属地社区'
     '对此情况进行监督跟进。（虎门城管分局）感谢您对我们工作的支持和理解！',
     'out', '其他', False, [],
     []),
    # 21
    ('http://jwbk.com/news/0f3dd2116e16ad4f8649826a152f9dfb.html',
     '6月29日，有媒体报道称，山西代县精诚矿业有限责任公司（以下简称精诚铁矿）在十几年的时间中瞒报多起矿'
     '难事件，至少十余名矿工的死亡未被上报。针对这一情况，山西省应急管理厅相关负责人29日晚间向澎湃新闻表'
     '示，已将报道内容通知业务处室。据中国新闻周刊报道，日前接举报称，精诚铁矿自开始开采至2022年“9·'
     '1”滑塌事故发生，除“9·1”滑塌事故中死亡的三人外，还有30多名矿山工作人员在精诚铁矿因安全生产事'
     '故死亡而被瞒报。后记者辗转山西、陕西、重庆等地，对举报所涉瞒报事件进行调查核实。调查发现，自2007'
     '年至2022年“9·1”滑塌事故发生，精诚铁矿瞒报多起矿难事件，至少涉及17名矿工。6月29日晚间，'
     '澎湃新闻多次拨打代县应急管理局电话，始终无人接听。18时40分许，代县县政府一名工作人员告诉澎湃新闻'
     '，目前还未收到关于该事的“文件”，尚未作出具体举措，“后续将由宣传部门对接记者”。忻州市应急管理局值'
     '班人员则回应称，对上述报道内容并不了解，让记者联系忻州市应急局办公室一刘姓工作人员，后澎湃新闻多次拨'
     '打刘姓工作人员电话，一直无人接听。29日19时许，山西省应急管理厅相关负责人向澎湃新闻表示，已将上述'
     '报道内容通知相关业务处室，有进展将及时告知。20时许，代县人民政府一名工作人员回应澎湃新闻称，针对该'
     '事件，县里已成立领导小组，晚些时候或发布通报。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.yybnet.net/hefei/chaohu/201401/266916.html',
     '巢湖市散兵镇，作为一个集中生产花炮的地区，根据相关规定，去年底就应结束所有生产流程。然而，近日本报接'
     '到当地居民反映，虽然很多厂子已关闭，可镇上依然到处都是花炮，很多人就把花炮储藏在民房里，有很大安全隐'
     '患。日前，记者到散兵镇此前集中生产花炮的高林社区探访。山腰一处民房作坊边摆放着大量半成品硬纸筒，两名'
     '工人正在制作。一工人称，这样的小作坊在高林依然很多，因为规定只说不准再搞药物生产线，配件还是可以继续'
     '弄。记者以顾客身份询问有无成品花炮，工人爽快地带着记者进屋看货。“你看，这都是今年刚生产出来的，大小'
     '都有。”记者看到，成品花炮堆满半间房子，工人手里还夹着烟，而隔壁就是民居小院。记者在高林社区看到，民'
     '房储存花炮的情况并不罕见，镇上一些卷闸门半开的门面房里也能看到大量花炮。根据规定，这种储存方式涉嫌违'
     '规。当天，记者在附近的山上山下探访了多家花炮生产厂家和作坊。大型烟花爆竹厂基本停产，不过很多厂房还储'
     '藏着大量烟花爆竹。巢湖市相关部门介绍，截至1月中旬，散兵镇各花炮企业生产的核心——“A级线”拆除已全'
     '部结束。按照计划，所有退出企业在今年2月28日确定“转产”或“全拆”。退出补助随后进行。巢湖市花炮企'
     '业整体退出之后，该市政府表示将始终保持“打非治违”高压态势，对非法储藏行为进行严格查处。',
     'out', '其他', False, [],
     []),
]


def rows():
    return labelled_rows(FRESH89, "fresh89")
