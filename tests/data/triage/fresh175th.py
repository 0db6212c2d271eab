"""Sealed batch fresh177: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh175th.py; the batch and its row ids are "fresh177".)

Theme: petitioners held in "legal study classes" and psychiatric wards (法制学习班, 训诫中心,
被精神病, 黑监狱) and the township, 信访 and police officials who order it: a 太湖 "政府私牢" run
by a former 乡党委副书记, the 响水 访民学习班 and the 信访局 men who led a petitioner into it,
three 大刘乡 cadres who forged papers to commit 徐林东, the 龙口 街道 staff who held 李淑莲 in a
"学习班" at a hotel, the 河南 训诫中心, a 盐业局 科长 promoted while on bail for 非法拘禁, a 镇长
who burned a petitioner's house (the petitioner now locked in a 县委党校), village cadres and
police who took a villager and his mother to a psychiatric ward, an old soldier committed for
going to the 省纪委, a 村会计's relative's school contract and its petitioner sent to 劳教, the
十堰 psychiatric hospital paid to hold petitioners, and a 上海 街道's home "黑监狱"; out items
are near it: a petitioner prosecuted for 诬告陷害, the 王高伟 黑保安 trial, the first 精神卫生法
case (a family commitment), a petitioner's post on his own 劳教 decision, an old petitioner's
son's 工伤 claim, 尘肺 workers' 进京上访 settled, a police news item on "依法信访", two texts on
the 精神卫生法's involuntary admission and a 山东 信访条例 explainer. Sources (stored-pages
search): a hycs forum copy of a 天涯 post on the 湖州 太湖 lock-up; a jendow wiki copy of the
《瞭望东方周刊》 report on 响水 (traditional); a 新浪 copy of the 《瞭望》 report on 徐林东; a
freewechat copy of a 新京报快评 on 李淑莲; a chinadigitaltimes copy of the 新京报 report on the
训诫中心; a yzblive copy of a 2002 report on 李在良 (traditional); a zhxpm copy of the 环球时报
report on 李绍庭 (traditional); a ucptt copy of the 新唐人 report on 李和永; an RFA Cantonese
report on 黄定彬 (traditional); a soolun copy of a magazine report on 佘兰芳; a 大纪元 copy of
the RFA report on 十堰 (traditional); a cdp1989 copy of 冯正虎's account of 崔福芳; out: a
南方周末 report on 何子云, a 中国台湾网 report on the 朝阳 judgment (traditional), a 澎湃 report on
徐为, a webkingyp copy of a report on 张新年 (traditional), a 天涯 post on a 工伤 claim, a
陕西工人报 item on 紫阳 workers, a 商洛日报 item on 商州 police, a daowen book page on the
精神卫生法, a docqm forum post by a psychiatrist and a 临朐县信访局 copy on the 山东省信访条例
(traditional). Eight texts are in traditional script (items 2, 6, 7, 9, 11, 14, 16, 22; the
glossing pinyin of the converted copy removed in 7).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, editor's notes, site and forum lines and the truncated last sentences of
the stored copies removed); paragraphs joined; ASCII punctuation written full-width except
inside numbers ("12:00"); stray spaces removed (001, 011, 016). Page oddities kept: "途逕",
"乾什麼", "這么" and "國小" for 小学 in the converted 002; "僅限于", "房間里" in the traditional
007; "商量著" (008); "佘兰芳" beside "余兰芳" (010); the closing quote in "“黑监狱“" (012); "于"
and "2天后" in the traditional 014; "行政等拘留" (016); "第三十条精神障碍" without a space (021).
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, hired guards and "黑保安" without a post, hospital staff not said
to be public servants, and officials who only handled, investigated, announced or answered are
not accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed accused
official is (None, position, unit). Names, positions (as first written with the name; "原" kept,
"时任" dropped as in fresh104th.py) and units as written; unit None when the text ties the
person to no named unit. Topics only from the twelve names of triage.md; holding petitioners in
a class, ward or lock-up is 滥用职权 and 群众纪律, as in fresh95th.py. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (004, 008,
009). Out types: 涉法涉诉 4 (013-016), 个人利益诉求 2 (017, 018), 其他 4 (019-022). 14 accused
entries, all in items 1-12: 11 with a full name (顧從林, 蔡安來, 楊亞寶, 杨耀勤, 陈会军, 宋长兴,
杨新军, 谢守泉, 王焕磊, 李在良, 程福梅), 2 masked (沈某, 劉××), 1 post only (the 龙口 局领导).
Items 005, 008, 009, 011 and 012 are in scope with no accused entry. Out items have no accused
entry.

Close calls:
 1  First-person forum post; the "原载:天涯社区 作者:… 发表日期:…" line cut; ends before the
    truncated "饿到第七天时…". ('沈某', '原党委副书记', '白雀乡') as first written "原白雀乡党委副书记
    沈某", who commanded the guard. 沈卫忠 is a "干将" among guards "大多是国家机关工作人员", but
    his own post is not written: no entry (hard; could be (None, …) or his name with no post).
    The "领导们" and the 市委书记、市长 who "应知道" are unnamed or only said to know: no entry.
 2  Traditional wiki copy; the heading "事件起因" and the sub-heading "進入“上訪學習班”" cut; ends
    before the truncated "“早晨是稀湯水…". Hard: 顧從林 denies the account, but he and 蔡安來
    waited for 賀立榮 and sent him to 楊亞寶, who took him to the class: all three accused, as
    first written with the name ('局長', '響水縣信訪局'), ('局長', '縣化建輕局'), and 楊亞寶 with
    no post ("縣信訪局的楊亞寶": position None, unit '縣信訪局'). 周萬富 is a petitioner.
 3  Headline, the sub-headline "诸多雷同案件的背后…" and the sub-heading "精神病院里还有多少个
    徐林东" cut; ends before the truncated quote on the electric shocks. Three accused with the
    posts "时任…" as written ("时任" dropped). 张桂枝's 宅基地 dispute and the beating by unnamed
    "干部" are background of 徐林东's petition: not mixed (hard).
 4  Mixed: the daughter's complaint about the court that never tried the officials ("对司法裁判
    表示不满", a 涉法涉诉 claim) beside the detention and beating. Captions, "▲…" lines and the
    heading "1.上访的母亲被拘禁、殴打,死亡" cut; ends before the truncated "按照起诉书的描述…".
    The 龙口 case is fresh95th.py's item 4 in another article; this text names the staff.
    Accused: the 局领导 who asked for a bribe (None, '领导', None) ("龙口市某局" is no named
    unit); 杨新军 and 谢守泉 ('工作人员', '龙口市东莱街道办事处'); 王焕磊, who "授意、默许" the
    beatings, with no post written ('王焕磊', None, None) (hard: the text never says he is an
    official). The guards 赵焜, 王利男 and 鲁旭 are hired: not accused. 贪污贿赂 for the 索贿.
 5  The heading "官网:建训诫中心是处置非正常上访新路子" cut; ends before the heading "网友:不签
    保证书就会无期训诫". The "当地政府工作人员" and the county governments and police that built
    the centres are unnamed or organs: in, no entry (hard: most of the text quotes the
    governments' own accounts).
 6  Traditional; only the first two paragraphs (the page goes on to the witnesses' arrest, cut
    with its truncated sentence). ('李在良', '鹽政科長', '商丘市鹽業局'): first written "該市鹽業局
    鹽政科長李在良", the city named in "商丘市鹽業局" in the next paragraph (hard). Off the
    petitioner theme (非法拘禁 of a whistleblower's witnesses, told only in passing). The 市委
    組織部 that promoted him is an organ. 滥用职权 and 选人用人 (promoted while on bail).
 7  Traditional, glosses removed; the "環球時報消息" dateline and the two sub-headings "房屋被燒"
    and "劉鎮長厲聲喝止…" cut; ends before the truncated "沒了房子的老李…". ('劉××', '鎮長',
    '新圩鎮') as first written "新圩鎮鎮長劉××"; who locked him in the 縣委黨校 is not in the text.
    Not mixed: the burned house is itself the official's act.
 8  Mixed: the seven villagers' lost civil land suits and appeals ("均涉田地等民事诉讼,都是败诉后
    一直在申诉") beside the forced commitment. PTT lines (媒体来源, 记者署名, 标题, image link,
    caption) and the "【新唐人…】" dateline cut; the PTT line breaks joined; ends before the
    truncated 肖玉军 answer. The 村干部 and 派出所公安 are unnamed groups; 马和平 heads the ward of a
    hospital not said to be public: no entry (hard).
 9  Traditional; mixed: 黃定彬's own claim to his 退休工資 and 養老保險 beside his commitment for
    going to the 省紀委. Ends before the 武漢 程雪 paragraph. The 警衛 and the 鎮和縣政府 are
    unnamed or organs: no entry.
10  The "论文部分内容阅读" line, the 编辑部 note and the sub-heading "村民求助“女能人”" cut; ends
    before the truncated "1997年工程竣工,". Hard: ('程福梅', '村会计', '塘下村') for the contract
    given to her 妹夫 (the text says "村里" gave it); who sent 佘兰芳 to 劳教 is not in the text.
    Her petitions are about village misconduct (in), not a personal claim: not mixed. 群众纪律
    (摊派), 廉洁纪律 and 滥用职权 (劳教).
11  Traditional; "【大紀元4月15日訊】(自由亞洲電台記者…)" cut; ends before the truncated 劉士輝
    quote; the stray space in "的 20餘名" removed. The 茅箭公安分局 警察 and the "當地政府" are
    organs or unnamed: no entry. 彭寶泉 and 吳祖華 are victims; the 值班警員 only answers.
12  First-person account by a witness; the page path, title, word count and "卢秀燕转自博讯网"
    cut, and the heading "一、见证崔福芳的“黑监狱“"; ends before the truncated 110 sentence. The
    guards are "社区保安人员" hired by the 金扬街道办事处 and 金扬街道派出所 (organs): in, no entry.
    The 60 people's own court filings are only the occasion: not mixed (hard).
13  涉法涉诉: a petitioner in custody for 诬告陷害. Headline, the summary lines and the three
    pull quotes (道县监委委员赵太华, 道县公检法司), the caption and the heading "不识字的举报人"
    cut; ends before "何子云的说法是…" (his charges against 何子显). Hard: the 镇干部 who called
    him to the 镇政府 where the police took him could be read as an allegation (in); the
    村支书 was dismissed before the text begins.
14  涉法涉诉, traditional: the criminal judgment on the 王高偉 "黑保安" (private persons); the
    "[責任編輯:…]" line cut. 賈秋霞's 拆遷 grievance is only named.
15  涉法涉诉: the first 精神卫生法 case, a family commitment; the sub-heading "原告:一审被判败诉"
    and the photo caption cut; ends before the truncated "同时,法庭指出…". 徐某 is the plaintiff's
    brother (private).
16  涉法涉诉, traditional, hard: 張新年's post against his own 勞動教養 decision (an administrative
    measure, for 行政复议 or the courts); the title "近日四次勞教" and the sub-heading cut;
    stray spaces removed; ends before the truncated "鑒於…決定對張新年實行勞動教養". The "編號相同"
    of two decisions hints at an irregularity of the 勞教委 (an organ) but no official is
    accused. Could be read as in (an organ's abuse) or as 个人利益诉求.
17  个人利益诉求: an old petitioner's son's 工伤 insurance and pay; the forum header lines and
    "TOP↑" cut. "被维稳,被打压…打击报复" is said of the "政府" in general, no official named.
18  个人利益诉求: 尘肺 workers' 进京上访 demands against a firm, settled by the county; the three
    sub-headings and the byline "(杨志贵)" cut. Could be read as 其他 (praise news).
19  其他: a police news item on 依法信访; "本报讯 (王阶运)" cut.
20  其他: a book page on the 精神卫生法's involuntary admission; the figure line and "对上图作如下
    说明:" cut, the site tag "(https://www.daowen.com)" and the truncated item (4) cut.
21  其他: a psychiatrist's forum post on the 精神卫生法; it starts mid-sentence on the stored page
    ("年5月1日开始施行的…"), so the first sentence is cut; ends before the truncated "实际上,…".
22  其他, traditional: a 信访局 explainer of the 山東省信訪條例; the "轉發:" title, the "法律 時政
    臨朐縣信訪局 2018-12-18" line and the sub-heading "信訪渠道入口過寬…" cut; ends before the
    truncated list "一是…".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH177: list[Item] = [
    # 01
    ('http://www.hycs.zj.cn/bbs/read.php?fpage=17&tid=31644',
     '这是浙江省湖州市当地政府修建的专门关押进京上访人员的“黑监狱”——“政府私牢”，建在太湖里，四面是水，只有'
     '一条用水泥板架起来的小通道。通道的一端通往牢房，一端通到太湖旅游度假区水上派出所的门厅。“牢房”里面安'
     '装两个摄像头，便于决定实施非法拘禁的“领导”随时监控被关押者的举动。说它是“黑监狱”，是因为政府拘禁公民'
     '不出具任何手续，也不说明理由或者“罗织罪名”，更不引用法律依据，比“文革”时关押干部群众还随便，想关就关'
     '，想放就放，想打就打，程序上随心所欲，同关一条没有主人的狗没有什么两样。说它是“政府私牢”，是因为它不'
     '同于北京“安元鼎”保安公司所设的“民间”黑监狱，而是政府“亲自”私设的牢房，看守人员大多是国家机关工作人员'
     '，轮流担任，另一部分也是政府长期雇佣的人员。他们对“领导”都绝对忠诚，有个叫沈卫忠的“干将”无数次对我说'
     '：“领导叫我们把你关起来，我就不让你跨出大门半步（连一分钟“放风”时间也不给我）；领导叫我们打你，我就'
     '打得你半死；领导说叫我们弄死你，我就把你杀掉！”（据说他身上一直带把刀）这里究竟拘禁过多少人我无从知'
     '道，而我一个人3次被拘禁在这里，第一次是2008年9月9日晚7时许被关进去，9月16日夜里10点半被释放，即连续'
     '关了整整七天多（171小时多）。那天一关进去，我就向奉命负责指挥看押我的原白雀乡党委副书记沈某索要相关'
     '手续，遭到拒绝时，我就表明态度——“拿不到拘禁手续，我决不吃饭”。绝食至第三四天，我饿得连站都站不起来，'
     '小便象血一样红，但决定拘禁我的“领导们”却无动于衷（市委书记、市长都应知道此事）。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('沈某', '原党委副书记', '白雀乡')]),
    # 02
    ('https://jendow.com.tw/wiki/%E8%A8%AA%E6%B0%91%E5%AD%B8%E7%BF%92%E7%8F%AD',
     '對有媒體說，響水縣上訪者被抓進學習班的說法，江蘇省響水縣信訪局局長顧從林並不認可，而對於法制學習班學'
     '員所講述的在學習班的一些“非人”遭遇，他在接受本刊記者採訪時更給予否認，表示“不可能存在”。顧從林說自己'
     '感到不理解的是，“具體問題還是要縣裡來解決，為什麼非要去外地上訪？上訪走合法的途逕到該去的地方，動不'
     '動跑到外地去乾什麼？”“到鹽城市反映情況，我們心裡有障礙，怕官官相護，市縣之間聯繫太緊密了。”上訪者周'
     '萬富對本刊記者這樣說。對於顧從林來說，存在反差的地方不僅限於他的自我感受和一些信訪人對他的印象。學習'
     '班事件經媒體報導後受到輿論關注的響水縣，近幾年，一直有著因信訪工作成績突出而贏得的一個個榮譽。賀立榮'
     '，江蘇省鹽城市響水縣人，64歲。他回憶說，2007年9月5日上午8時許，在響水縣磚瓦廠工作的他接到通知，到縣'
     '信訪局“談事情”，傳遞通知的人告訴他，縣信訪局局長顧從林和縣化建輕局局長蔡安來正在等他。他放下手上的工'
     '作，急匆匆趕往縣信訪局，顧從林和蔡安來果然在等他，但並沒有和他多說什麼，而是讓他找縣信訪局的楊亞寶談'
     '，楊亞寶見到他後也沒有談具體的事情，只是說“找個地方談”。他被楊亞寶帶到小浦國小，小浦國小因搬遷，只剩'
     '下空蕩蕩的舊校舍，賀立榮不明白楊亞寶將他帶到這么一個地方談什麼。賀立榮說，他後來才知道自己成為一名上'
     '訪學習班學員，小浦國小廢棄的校舍是縣上訪學習班所在地，他與另外兩名學員是當年上訪學習班的首批學員。“'
     '十幾天不刷牙，不洗臉，也沒有衣服換，和家人失去了聯繫。”賀立榮這樣對《瞭望東方周刊》說，“我是被騙進去'
     '的。”',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('顧從林', '局長', '響水縣信訪局'), ('蔡安來', '局長', '縣化建輕局'), ('楊亞寶', None, '縣信訪局')]),
    # 03
    ('http://news.sina.com.cn/s/sd/2010-06-07/151120427885.shtml',
     '2010年4月底，“徐林东事件”一经媒体曝光，迅速成为舆论关注的焦点。因为替同村残疾人伸张正义而不断赴京上'
     '访的河南农民徐林东，被河南省漯河市有关部门“以组织的名义”送进精神病院，接受了长达6年半之久的强制性治'
     '疗。《瞭望》新闻周刊记者采访徐林东时看到，如今的他已经成了一个神情木讷、反应迟钝的残疾人。目前，河南'
     '省漯河市源汇区“徐林东事件”领导小组现已查明：2003年时任大刘乡党委副书记、纪委书记的杨耀勤，时任大刘乡'
     '计生办主任的陈会军，时任大刘乡纪委委员、综合治理办公室工作人员的宋长兴，滥用职权、弄虚作假，伪造了徐'
     '林东入住精神病院所需的有关证明。目前，这三人已被有关部门免职。这一令人震惊的案例，揭开了个别地方政府'
     '对待赴京上访群众黑幕的冰山一角。而诸多雷同案件的背后，也隐约浮现出将上访者送进精神病院的幕后推手。19'
     '97年，漯河市郾城县（现为郾城区）大刘乡（2003年划归漯河市源汇区管理，后改为大刘镇）东王村农民张桂枝，'
     '因为和邻居的宅基地纠纷，多次向当地政府反映，不但没有得到解决，反而受到干部和邻居的殴打辱骂。腿部残疾'
     '、丈夫耳聋、儿子智障的张桂枝的遭遇，引起了同村农民徐林东的同情。从1997年开始，徐林东和张桂枝从当地乡'
     '镇政府逐级上访到北京，但问题一直没有解决。2003年10月，大刘乡政府几名工作人员再次从北京把徐林东接回漯'
     '河。此后，他被送进了驻马店市精神病院。徐林东对《瞭望》新闻周刊记者说，他在驻马店市精神病院被强行捆绑'
     '48次，电击54次。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('杨耀勤', '党委副书记、纪委书记', '大刘乡'),
      ('陈会军', '计生办主任', '大刘乡'),
      ('宋长兴', '纪委委员、综合治理办公室工作人员', '大刘乡')]),
    # 04
    ('https://freewechat.com/a/MzA3NzMxNjQzMA==/2650659302/1',
     '八年了，当异地管辖的窗户打开，光线照进来，李宁终于看到了希望。2009年，山东省龙口市发生了一起上访者死'
     '亡事件。事发后，死者家属要求追究涉事官员的刑事责任，但当地法院立案四年始终未开庭审理。八年来，李宁及'
     '家人未放弃对母亲死因的追问，对司法裁判表示不满。这期间，李宁一边照顾父亲和哥哥，一边重新走上了母亲的'
     '上访之路。八年后，该案实现异地管辖，有望迎来转机。死去的上访者叫李淑莲。这个名字，难免让人想起电影《'
     '我不是潘金莲》中的上访女主角李雪莲。李淑莲和李雪莲上访的原因不同，但过程之波折，却非常相似。据报道，'
     '2002年前后，龙口市某局领导索贿不成，放水淹了李淑莲的仓库并强封其商店。拒绝行贿的李淑莲莫名遭到经济损'
     '失，为反映该问题，她多次上访。这一上访就是七年。据检方起诉书称，2009年9月27日，龙口市东莱街道办事处'
     '工作人员杨新军、谢守泉以办学习班为名，将李淑莲关在龙口市南山宾馆，限制其人身自由。期间，杨新军、谢守'
     '泉、王焕磊授意、默许雇佣的龙口市金鑫公司保安赵焜、王利男，龙口市保安公司保安鲁旭采取用电警棍电击、用'
     '沾水的毛巾抽打臀部等手段多次对李淑莲进行殴打。2009年10月2日晚，李淑莲自杀身亡。',
     'in', None, True, ['滥用职权', '群众纪律', '贪污贿赂'],
     [(None, '领导', None),
      ('杨新军', '工作人员', '龙口市东莱街道办事处'),
      ('谢守泉', '工作人员', '龙口市东莱街道办事处'),
      ('王焕磊', None, None)]),
    # 05
    ('https://chinadigitaltimes.net/chinese/333182.html',
     '近日，有河南南阳市民发微博称，其近70岁的母亲赴外地上访后，被当地政府工作人员“拘禁”于“南阳市卧龙区非'
     '正常上访训诫教育中心”。这条配有“卧龙区非正常上访训诫教育中心”图片的微博随即引发网友关注，不少网友质'
     '疑其为“新型劳教所”。新京报记者查询河南多地政府官方网站发现，在南阳、驻马店、邓州、新乡等地均建有类似'
     '的“非正常上访训诫教育中心”，职能多为对非正常上访人员“进行24小时不间断训诫、警告和劝导教育”。昨日，记'
     '者就有关训诫中心的问题联系南阳市、驻马店市及正阳县信访局，均未得到回应。驻马店市政府网站去年12月24日'
     '发布的一条“政务信息”显示，该市正阳县建立“训诫中心”是“积极探索依法集中处置非正常上访新路子”。该县财政'
     '专门下拨30多万元经费，在县公安局拘留所设立专区，成立县非正常上访训诫教育中心。该“政务信息”还称，正阳'
     '县对非正常上访人员进行登记造册，由专职训诫工作人员、非访人员所在单位领导分别对其进行24小时不间断训诫'
     '、警告和劝导教育，并签字归档。河南平安网一条来源为“新野县公安局”的消息亦显示，2010年底，南阳市新野县'
     '财政下拨7万余元经费，建设了县非正常上访训诫教育中心。中心共设置了9间办公用房屋，2间训诫室、家属陪护'
     '室、厨房、医疗室、安全防范监控室、档案资料室等，配备全程监控设备，并抽调县公安局和县有关部门经验丰富'
     '的工作人员，充实到县非正常上访训诫教育中心，经费全部由县财政实报实销。',
     'in', None, False, ['滥用职权', '群众纪律'],
     []),
    # 06
    ('https://m.yzblive.com/news/b5/2002/01/10/amp9874.html',
     '一個被判刑的鹽業局副局長，反而穩居原官位，至今沒有受到任何處分。這樣的怪事，就發生在河南省商丘市。20'
     '00年年底，河南省商丘市委組織部對該市鹽業局鹽政科長李在良進行任用考察時，李在良因涉嫌非法拘禁被市檢察'
     '院取保候審。去年1月，李在良被任命為鹽業局副局長。3月，法院以非法拘禁罪，判處其有期徒刑6個月，緩期一'
     '年執行。但時至今日，李在良依然穩穩地當著他的副局長。1998年初，個體工商戶彭書雲舉報商丘市下屬的永城市'
     '鹽業公司計畫外調進私鹽、工業用鹽，發送給個體戶銷售的問題。經商丘市鹽業局查實，永城市鹽業公司從1997年'
     '7月到1998年7月共無計畫購銷工業鹽7650噸。永城市鹽業公司的違法行為，致使大量外省原鹽投放市場，國家計畫'
     '鹽庫存達3000多噸，碘鹽計畫無法落實。',
     'in', None, False, ['滥用职权', '选人用人'],
     [('李在良', '鹽政科長', '商丘市鹽業局')]),
    # 07
    ('http://www.zhxpm.cn/news/xwzh/201004/31006.shtml',
     '夕陽西下，凹凸不平的操場上，五六個十多歲的男孩正在嘻嘻哈哈地打籃球。一個孩子玩得興起，奪過同伴手中的'
     '皮球扔向遠處。籃球借著力道，“骨碌骨碌”地滾到球場旁一座破舊樓房的鐵窗下。男孩們一窩蜂地跑過去，其中有'
     '個搶先俯身將球撿了起來，又蹦蹦跳跳地跑開。鐵窗中，一位形容枯槁的老頭，每天都目睹著這些事情的發生。打'
     '打鬧鬧的少年、抱著幼兒的婦女、下班歸家的男人，來來往往地從窗外經過，但幾乎沒人看老頭一眼。他和鐵窗之'
     '外世界的交集，僅限于無處不在的空氣，和鋪灑進來的陽光。從2010年3月26日至今，他在廣東陽西縣委黨校這間'
     '加裝了雙層防盜網的房間里，已經孤獨地捱過了20多天。這位老人叫李紹庭，今年63歲，是廣東陽西縣新圩鎮沙河'
     '村新屋村小組的一位普通村民，也是一位上訪了10多年的“上訪釘子戶”。1997年5月25日上午9點，在外務工的李紹'
     '庭接到同村村民的電話：“你家的房子被人燒了”。驚慌失措的老李立刻搭車往回趕，等他回到家，看到的是一片燒'
     '得焦黑的廢磚瓦。才離開家門幾個小時，自家的住房就變成了斷壁殘垣，老李著實嚇出了一身冷汗。他趕忙四處打'
     '聽，最終得知：“是新圩鎮鎮長劉××帶人燒的”。據當時在場的村民介紹，劉鎮長厲聲喝止想要救火的村民：“誰敢'
     '去救火，就捉去鎮政府關15天，潑一瓢水罰款300元”。無奈之下，附近村民只能眼睜睜地看著老李家的房子化為灰'
     '燼，愛莫能助。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('劉××', '鎮長', '新圩鎮')]),
    # 08
    ('http://cn.ucptt.com/article/Gossiping/1716549597/967',
     '湖北省恩施村民李和永，因涉地纠纷计划上访，被村官勾结派出所及医院负责人，提前一天送进了精神病院。年近'
     '八旬的李母因向村委会讨要自己的儿子，当晚也被强送精神病房。亲属多方搭救无果后，日前向媒体曝光了此事件'
     '。湖北省恩施市屯堡乡杨家山村村民李和永的姐姐李和云告诉陆媒澎湃新闻，自己的弟弟是在4月19日，被村委会'
     '的人以帮其治疗坐板疮为由，送进了恩施华龙总医院的精神病房，当时弟弟正与6名恩施州村民商量著次日去信访'
     '，他们7人均涉田地等民事诉讼，都是败诉后一直在申诉。据李和云讲述，一个月前，他接到弟弟的电话，他说要'
     '去信访，让姐姐照顾母亲几天。4月19日下午，多名当地派出所公安、村干部和恩施华龙总医院精神科负责人马和'
     '平等人，强行将李和永带走，声称要带他去城里治疗屁股上的坐板疮。然而直到深夜，李和永没被送回家，拨打李'
     '和永电话也是“空号”，李和云就报了警。当晚12点，她在屋里，听到家中77岁的老母亲付必香在院子里和到来的村'
     '干部发生了争吵，之后老母亲也被对方强行带走。李和云情急之下从后门跑出，在附近山上过了一夜。',
     'in', None, True, ['滥用职权', '群众纪律'],
     []),
    # 09
    ('http://rfa.org/cantonese/news/petitioner_abuse-10032008115403.html',
     '黃定彬居住在四川省仁壽縣，曾當解放軍，參加過朝鮮戰爭，他現已八十歲。黃定彬的兒子黃偉說，其父上月五日'
     '前往四川省紀律委員會辦公室，準備向領導遞交申訴信，投訴當局拒絕向他發放退休工資和養老保險，結果被門外'
     '警衛帶走送進仁壽縣精神病院。他說，自從其父送進精神病院後，情緒愈來愈低落，不到一個月，已變得說話不清'
     '，詞不達意，而且院舍環境惡劣。而父親已有近一個月沒有洗澡，令他變得惡臭難聞。他說：這兩天說話都有一點'
     '不清楚，他進去後沒有洗過一次澡，差不多一個月了。他已八十歲，以前在家也是我們幫他洗。他一生不容易，小'
     '時受苦，年輕時當兵打仗，中年時遇上文革，沒有過好日子，現在更不用說，受這種苦，真沒意思。他說，醫生亦'
     '承認其父並沒有精神病，所以沒有堅持要其父服用精神科藥物，但表明沒有政府同意，不得放人。家人多次到鎮和'
     '縣政府要求放人，對方堅持要黃定彬承諾以後不上訪才肯放人。考慮到父親的身體和精神狀況，家人已簽了不上訪'
     '承諾書，亦說服了父親簽名，但政府以國慶假期沒人辦工為理由，拒絕釋放其父。他說：他們都是說要觀察，要等'
     '專家鑑定，要等國慶假期後，看他的態度，其實都是借口，他們要我父親承認錯誤。',
     'in', None, True, ['滥用职权', '群众纪律'],
     []),
    # 10
    ('https://soolun.net/periodical/f1673d131328d08ed89f732d0b5277e1.html',
     '为“村小学教学楼建成豆腐渣”、“村财务十几年未公开”和“税费改革违背上级政策”等关系到广大人民群众切身利益'
     '的问题，一名54岁的农村妇女、民选村官在几十次自费到乡、县、市、省反映无果后，不得不进京上访，但问题未'
     '得到解决，反而被判劳教。这事发生在今年的湖北省咸宁市通山县大路乡塘下村。上访者佘兰芳教过七年小学，19'
     '82年至1991年任村妇女主任（其间曾被群众推选为村主任，因家庭困难婉拒），2002年12月经村民“海选”当选村主'
     '任。在大路乡乃至通山县，余兰芳称得上“名人”。因她过去是全县有名的养猪专业户，多次被评为县“科技致富带'
     '头人”、“双学双比女能手”、“优秀妇女干部”、“劳动模范”和“全省科技示范户”，还曾靠养猪供养三个孩子读了大'
     '学。2000年，老伴从邮政部门退休，最小的儿子也大学毕业参加工作，余兰芳到在荆门市工作的大儿子家照看孙子'
     '。在外人看来，她完全可以在城里享清福了。然而2002年5月，自她回村之日起，她开始走上了一条上访路。事缘'
     '于塘下村新建小学成危楼。1996年，塘下村拆毁80年代兴建的3000平方米的平房教室，向村民每人摊派200元共集'
     '资40多万元修建新教学楼。村里先以240元/平方米将工程承包给一包工头，后来却赔偿5000元解除了合同，反以28'
     '0元/平方米将工程承包给村会计程福梅的妹夫余兆训。',
     'in', None, False, ['群众纪律', '廉洁纪律', '滥用职权'],
     [('程福梅', '村会计', '塘下村')]),
    # 11
    ('https://www.epochtimes.com/b5/10/4/15/n2877732.htm',
     '湖北十堰五交化職工今年4月9號打橫幅抗議，有旁觀者因拍攝抗議照片被警方帶走，有的被送進精神病院關押。此'
     '外，有維權人士披露了被關押在十堰精神病院的訪民金漢豔和金漢琴姐妹的情況。中國的《楚天都市報》和《新京'
     '報》等媒體星期二報導，目前湖北十堰市發生的多起訪民被關進精神病院事件，令人關注。今年4月9號，十堰五交'
     '化公司的20餘名員工打橫幅，在宏正酒店門前抗議。十堰建設銀行職工彭寶泉、報告文學作家鄧復華和十堰市糧食'
     '局職工吳祖華因在現場用相機拍照，隨被十堰市茅箭公安分局警察連同上訪者一起帶走。據稍後獲釋的吳祖華透露'
     '，他們的相機被沒收，所拍攝的照片也被刪除。警方還把彭寶泉和鄧復華送往茅箭精神病醫院。警方和茅箭精神病'
     '院方面也沒有及時將他們的情況正式通知兩人的家屬，並禁止家屬前往醫院探視。本台記者在本週二晚致電茅箭精'
     '神病醫院瞭解情況，但是電話始終無人接聽。而十堰市茅箭公安分局的值班警員則表示，對此事件並不知情：「對'
     '不起，我不太瞭解這個情況，我沒有聽說過這個情況。」星期二當天，因從事維權活動被當局剝奪律師執業資格的'
     '劉士輝在海外「博訊新聞網」發布了他暗中錄製的十堰訪民金漢豔、金漢琴姐妹在精神病院中的情況。錄像資料顯'
     '示，十堰市精神病院的醫護人員公開表示，當地政府為了強行關押訪民，每月向醫院提供5000元人民幣的補貼，而'
     '醫院是否放人完全由當局決定，當局還要求被關押訪民簽寫放棄上訪的書面保證。',
     'in', None, False, ['滥用职权', '群众纪律'],
     []),
    # 12
    ('http://cdp1989.org/member/2015/03/14/25319.html',
     '2015年3月10日中午，我们60人去上海市第三中级人民法院立案，顺道去崔福芳家接她一起去三中院办理立案手续'
     '。据说，她已被非法拘禁在家，所以我们要亲眼见证一下，地方基层领导是如何全面对抗中央“依法治国”的决定，'
     '怎么与“两会”的精神唱对台戏。约12:00，我们一行抵达崔家（上海市德平路1189弄10号），非法看守人员见我们'
     '一到，纷纷逃脱去呼救兵，来不及撤走非法拘禁的用具，这些是他们的罪证。我们小部分人上四楼看望崔福芳，大'
     '部分人在楼下等候，大家见证了崔福芳的“黑监狱“。这些非法看守人员非法侵占私宅之地，在2楼与3楼之间的狭隘'
     '楼道口，建造了岗亭，一台热水汀晚上取暖，白天当作一张桌子，还有两把靠背椅及其他杂物，一台电脑显示器，'
     '把2平方米的空间塞得满满的，三楼的入口堵得水泄不通，楼内的居民无法正常行走。数名社区保安人员24小时轮'
     '班监管，将崔福芳拘禁在家，连出门买食品也不准许，不让她出门一步。这些没有执法权的非法看守人员受雇于上'
     '海市浦东新区金扬街道办事处、金扬街道派出所，没有任何执法凭证，在一个非法的关押场所公然拘禁一个守法的'
     '公民。这个非法限制人身自由的强制措施是从3月7日开始。崔福芳见此公然违法犯罪行为，坚决依法反抗，把这些'
     '侵占私宅楼道的违法用品全部扔到楼下，并且阻止他们私接楼内电线的偷电行为。崔福芳的反抗行为使非法看守人'
     '员恼羞成怒，用红砖砸崔家的防盗门，威胁崔福芳及其家属的人身安全。',
     'in', None, False, ['滥用职权', '群众纪律'],
     []),
    # 13
    ('http://www.infzm.com/contents/188114',
     '66岁的何子云已在看守所待了半年多。这位湖南道县寿雁镇新村四组的村民，从2016年开始持续上访，举报村支书'
     '。村支书已被撤职，但何子云没有就此罢休。他继续上访，想让村支书坐牢，不料最终被抓的却是自己，所涉罪名'
     '是“诬告陷害”。何子云是寿雁镇近两年来第四个被追究刑事责任的访民，也是道县第一个因涉“诬告陷害”被起诉的'
     '访民。在“依法治访”的大背景下，基层政府已越来越多地使用刑事手段对待访民。对于这一变化，有官员认为有利'
     '于正常信访秩序的恢复，相关学者则担心过度使用刑事手段，会反过来破坏法治。2019年12月1日晚，何子云正在'
     '家看“天气预报”节目，一镇干部电话通知他次日一早去趟镇政府，谈一下他举报前村支书何子显的事情。第二天，'
     '何子云等人到了镇政府门口，出现在他们面前的派出所民警，当着村里其他举报人的面，将何子云带走。54岁的何'
     '子显从2011年开始任村支书，与何子云的关系原本很好，两人曾经常在一起喝酒。他们“翻脸”的原因，各方说法不'
     '一。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://big5.chinataiwan.cn/gate/big5/www.taiwan.cn/xwzx/PoliticsNews/201302/t20130206_3755384.htm',
     '北京市朝陽區法院5日公開宣判一起非法拘禁案，10名來自河南禹州的被告人因非法拘禁11名河南籍來京陳情人員'
     '，被法院以非法拘禁罪判處6個月至2年不等的有期徒刑，法院同時判決10名被告連帶賠償其中10名陳情人員民事損'
     '失。早在2012年12月，這起非法拘禁案就引發輿論的高度關注。12月2日，北京市的一家報紙刊發了“北京首次判決'
     '外地截訪人員”的報道，隨後被包括新浪、搜狐在內的多家門戶網站轉載，網民們為這一判決感到歡欣鼓舞。然而'
     '，報道刊發當日，法院方面澄清案件並未宣判。5日的判決書證實了這起非法拘禁案的發生。檢方指控，今年42歲'
     '的王高偉夥同另外9名被告于2012年4月28日將來京陳情的金紅娟等4人強行帶到北京市朝陽區一處偏僻的院落，在'
     '將他們非法拘禁近2天后，將他們送回河南省。金紅娟談起當時的場景仍心有餘悸。“我當時不想上車，他們就把我'
     '硬塞進車裏，拉扯的時候，我的上衣被扒掉。”金紅娟對記者哭訴稱，被送回河南後，深感屈辱的她和另外3人商量'
     '回北京報警。5月2日，4人乘火車到北京向警方報警，民警找到了王高偉等人租下的兩處院落，解救了另外7名河南'
     '籍來京陳情人員。另一名被非法拘禁人員賈秋霞向記者展示的照片顯示，在被帶走的時候，她和金紅娟面部均被毆'
     '傷。來自河南省禹州市的賈秋霞告訴記者，她是因為房屋拆遷不滿當地政府的處理而選擇到北京陳情。和金紅娟、'
     '賈秋霞一樣，許多中國老百姓往往因為不滿當地政府或司法機關對拆遷、徵地甚至普通糾紛所做的裁決，選擇到上'
     '級政府甚至到北京申訴或提出控告。他們普遍認為，如果能獲得來自上級政府或者更高層的介入，會有助於問題的'
     '解決。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.thepaper.cn/newsDetail_forward_1320951',
     '《精神卫生法》2013年5月1日实施后的“全国第一案”落槌。4月14日，上海市闵行区人民法院就徐为（化名）诉上'
     '海市青春精神康复院、监护人徐某（原告大哥）侵犯人身自由权案，作出一审宣判：驳回原告徐为的全部诉讼请求'
     '。本案原定于2014年11月25日进行宣判，后被取消。时隔近5个月，闵行法院终于在2015年4月14日作出一审判决。'
     '宣判当天下午，澎湃新闻（www.thepaper.cn）记者在闵行法院民一庭第一法庭看到，原告徐为本人并未到场，由'
     '代理人、北京盈科（上海）律师事务所的律师杨卫华代为出庭。法庭当庭表示，上海市精神卫生中心司法鉴定所对'
     '原告徐为的精神状态进行的司法鉴定结果表明，其患有精神分裂症，目前精神症状基本缓解，在本案中具有诉讼能'
     '力。法庭认为，原告系限制民事行为能力人，需要监护，被告监护人徐某在履行监护义务的同时也享有监护的权利'
     '，包括享有选择合理方式进行监护的权利。被告徐某为履行监护责任，选择将原告安排在上海青春精神病康复院（'
     '简称“康复院”），是根据其目前实际条件及原告方的家庭状况等因素所作的安排。法院判定被告监护人徐某的安排'
     '是尽责的。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://www.webkingyp.com/webking1/sk-bsls.com/?page_no=2.16&lang=0',
     '近日，河南省安陽縣柏莊鎮張小莊村50歲的農民張新年，以“安陽市勞動教養所非法收押守法公民”為題在河南省政'
     '府政務論壇發帖：反映其自2006年10月以來因上訪問題先後4次被當地公安機關行政拘留和勞動教養一年，並在帖'
     '子附件中上傳了兩份編號相同、被勞教對象各異的“安陽市勞動教養委員會勞動教養決定書”照片。編號為“安勞教'
     '字（2009）第081號”的“安陽市勞動教養委員會勞動教養決定書”的照片顯示，這位名曰張新年的農民先後4次被當'
     '地公安機關以擾亂公共秩序行為予以行政拘留和勞動教養一年，被勞動教養的一年主要違法事實及根據是：2000年'
     '10月24日，張新年在鄭州市（注：省）人民大會堂無理取鬧衝擊會場被安陽縣公安局以擾亂公共秩序（行為）行政'
     '拘留5日；2007年8月30日，張新年在北京中南海大西門無理取鬧，擾亂了該地區的公共秩序被安陽縣公安局以擾亂'
     '公共秩序（行為）予以行政等拘留10日；2008年3月10日，張新年在全國“兩會”期間到北京上訪，在天安門廣場被'
     '執勤民警強行帶離，被安陽縣公安局以擾亂公共秩序（行為）予以行政拘留10日；2008年8月15日，張新年到北京'
     '市國家信訪局鬧訪被安陽縣公安局以擾亂單位秩序（行為）行政拘留10日。2009年3月6日下午，在全國“兩會”召開'
     '期間，張新年到北京上訪，在北京天安門廣場接受民警檢查時，擾亂社會公共秩序。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://tianyatuoshui.com/p/106258/1.html',
     '在我们市信访局，政府官员把多年不解决的信访问题说成是陈芝麻烂谷子。是谁把老百姓反映的问题拖成了陈芝麻'
     '烂谷子，而且政府还接二连三的不断制造问题，使上访路永远只有起点，没有终点。而且上访人年年被维稳，年年'
     '被打压。甚至于被刑事拘留，被判刑。违法者逍遥法外，受害者遭到打击报复迫害。1997年3月我儿退伍分配到辽'
     '宁省华侨化妆品厂，6月份在工作中被380电击伤，1998年被劳动局定为工伤。受伤后单位一直没有给我儿交工伤保'
     '险，为了维护我儿子的合法权益，我被迫走上了上访维权路。至今我受伤的儿子没有工伤保险，没有养老保险，没'
     '有医疗保险。没有工资。受伤后经过医院检查治疗确诊为电击伤心脑细胞损伤。至今没有得到解决，这就是政府干'
     '部口中的陈芝麻烂谷子，问题没有得到解决，一拖再拖是谁把劳动法规定的劳动者应该享受的合法权益拖成了陈芝'
     '麻烂谷子。信访部门是解决发生在老百姓身边的问题，政府是帮助老百姓解决陈芝麻烂谷子的事。而不是一拖再拖'
     '，而不是把群众身边发生的事情拖成陈芝麻烂谷子，最后把人拖没了。百姓希望政府带着感情对待每一个老百姓，'
     '也许许多不合理的事情一旦发生在了政府官员的身上他们才会体验到百姓的艰辛。老百姓希望政府官员不要把老百'
     '姓的问题拖成陈芝麻烂谷子。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://szb.sxworker.com/m/content/2014-12/08/105937.html',
     '日前，紫阳县等七名农民工因务工导致尘肺病，原务工单位不执行当地主管部门处理意见而集体进京上访，要求安'
     '徽某矿业公司进一步检查、安排工作并支付停工期间生活费。当时紫阳县在京的工作人员主动与上访农民工亲切交'
     '流、“拉家常”，了解他们的诉求，但上访人员情绪激动，对驻京工作人员缺乏信任，拒绝反映情况并表示非要得到'
     '国家信访局明确答复。该县工作人员通过耐心细致的说服工作，宣传要依法逐级上访，并晓之以理，动之以情，稳'
     '定了上访人员的情绪，一方面劝说他们返回安徽原务工单位，另一方面立即安排由紫阳县人社局、司法、信访组成'
     '的协调工作组赶赴安徽调处。由紫阳县人社局牵头，会同司法、信访组成的协调工作组日夜兼程赶赴安徽后便马不'
     '停蹄地开展工作：首先与当地人社局、安监局、信访局等相关部门取得联系，得到了他们的大力支持和全力配合，'
     '并详细介绍了对此案的处理情况，提供了详实的资料法律文书，随后深入矿区和工人座谈，了解他们的困难，认真'
     '听取上访人员的诉求，到用工单位对信访人员反映的情况进行调查核实。了解用工企业的情况，听取他们的想法。'
     '调处会上，通过两地主管部门的调解，双方当事人现场达成一致性调处意见：一是由用工企业出资对紫阳县等七名'
     '农民工进行职业病复查，并预支一个月生活费；二是鉴定后，对鉴定出的职业病患者，由本人向当地人社局按《工'
     '伤保险条例》依法申请赔偿。对职业病观察期人员用工企业依据个人条件合理调换工种。至此，一起在特别时间内'
     '、特定环境下引发的农民工自身维权跨省进京集体上访的案件，在短短的5天内稳妥、及时、成功地得到圆满解决'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://eslrb.slrbs.com/slrb/20150312/html/content_20150312005004.htm',
     '商州公安分局驻市行政中心警务室依法打击信访活动中的违法犯罪行为，大力推进依法信访，2014年会同有关部门'
     '依法处置违法上访90余起，维护了行政中心的正常工作秩序，受到干部群众的好评和上级的表扬。信访活动中违法'
     '犯罪行为是指信访人以信访为名，在信访过程中违反《刑法》《治安管理处罚法》等有关法律法规，故意扰乱公共'
     '秩序，妨害公共安全，侵犯公民人身权利、财产权利，妨害社会管理的行为。驻市行政中心警务室以保障市行政中'
     '心办公秩序稳定为目标，协同分局巡特警大队和城郊派出所扎实有效地维护了市行政中心门前信访秩序，收到了良'
     '好的效果。全年共疏导、劝返各类来访人员1.1万余人，依法处置违法上访活动90余起，确保了市行政中心工作秩'
     '序稳定。公安机关提醒，当个人有诉求需找政府解决时，务必听从工作人员劝导，去市信访接待大厅反映。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://www.daowen.com/book/content/201476778/3385122.html',
     '（1）根据《精神卫生法》第二十八条，除个人自行到医疗机构进行精神障碍诊断外，疑似精神障碍患者的近亲属'
     '可以将其送诊；对查找不到近亲属的流浪乞讨疑似患者，由当地民政等有关部门送诊；有伤害自身行为或伤害自身'
     '危险的患者，及有危害他人安全行为或危害他人安全危险的患者，由其近亲属、所在单位、当地公安机关送诊。因'
     '此，送诊的情形分为三种：有自伤行为或自伤危险，有危害他人安全的行为或危害他人安全危险，以及疑似精神障'
     '碍患者三种情形。下文将对此作批判性的检讨。（2）根据《精神卫生法》第二十九条规定，相关主体将有自伤行'
     '为或危险及有危害他人安全行为或危险的患者送诊后，医疗机构必须将其留院观察，并及时诊断出具诊断结论；而'
     '对于没有前述情形的疑似患者，被近亲属送诊的，则没有留院观察的强制性规定。（3）根据《精神卫生法》第三'
     '十条和第三十一条规定，被送诊的精神障碍患者被诊断为严重精神障碍患者，并且有自伤行为或自伤危险的患者，'
     '经监护人同意，医疗机构应当对患者实施住院治疗；监护人不同意的，医疗机构不得对患者实施住院治疗。此种情'
     '形的患者是否住院，全凭监护人的意志决定，而且患者本人没有异议权，没有申请再次诊断和鉴定的权利。下文将'
     '对此作批判性的检讨。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://bbs.docqm.com/archiver/showtopic-4158.aspx',
     '据我所知，从最初立法倡导者刘协和教授等老一辈精神科医生的初衷来看，他们是希望通过国家立法来保障精神障'
     '碍患者的人格尊严和相应的各种诊治方面的权益。但在后期受一系列所谓“被精神病事件”报道的影响及相关法律工'
     '作者尤其是律师的强势介入，在为精神障碍患者住院治疗的条件设置方面，过分强调了“自愿住院”的法定约束力。'
     '对“非自愿住院治疗”患者设置了在操作层面非常狭窄的条文，使得许多需要住院治疗但又不可能自愿住院的病人游'
     '离在这个本应惠及所有人的法律的光芒之外。为方便陈述，现将《精神卫生法》第三十条内容引述如下：“第三十'
     '条精神障碍的住院治疗实行自愿原则。诊断结论、病情评估表明，就诊者为严重精神障碍患者并有下列情形之一的'
     '，应当对其实施住院治疗：（一）已经发生伤害自身的行为，或者有伤害自身的危险的；（二）已经发生危害他人'
     '安全的行为，或者有危害他人安全的危险的；第三十一条精神障碍患者有本法第三十条第二款第一项情形的，经其'
     '监护人同意，医疗机构应当对患者实施住院治疗；监护人不同意的，医疗机构不得对患者实施住院治疗。监护人应'
     '当对在家居住的患者做好看护管理。第三十二条精神障碍患者有本法第三十条第二款第二项情形，患者或其监护人'
     '对需要住院的诊断结论有异议，不同意对患者实施住院治疗的，可以要求再次诊断和鉴定。”在以上几条之后的条'
     '款有相当一部分是细化了第三十至三十二条的可操作性指导，故本文未再详引。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.zixundingzhi.com/falv/8c2bcff400f5447f.html',
     '2015年9月24日，山東省十二屆人大常委會第十六次會議表決通過了《山東省信訪條例》（以下簡稱《條例》），'
     '將於2016年1月1日起施行。這是我省制定出臺的第一部全面規範各級國家機關信訪工作的基礎性、綜合性法規，對'
     '於深化全省信訪工作制度改革，把信訪納入法治化軌道，運用法治思維和法治方式解決信訪突出問題，實現維護信'
     '訪群眾合法權益與維護信訪秩序的統一，具有十分重要的意義。目前，各地各有關部門正在深入學習宣傳貫徹《條'
     '例》。為便於各方面準確理解和把握《條例》的主要內容，依法規範信訪活動和信訪工作，現將《條例》著力解決'
     '的八個方面的問題作一簡要介紹。我國法律制度體系設置了包含訴訟、仲裁、行政複議等在內的多種權利救濟渠道'
     '，但是當前群眾通過信訪渠道尋求權利救濟的意願仍很強烈，少數群眾“信訪不信法”甚至“棄法轉訪”、“以訪壓法”'
     '等問題比較突出。這其中一個很重要的原因就是信訪與訴訟、仲裁、行政複議等權利救濟渠道的邊界不夠清晰。信'
     '訪渠道入口過寬，受理範圍具有不確定性，幾乎所有的矛盾糾紛，包括已經或者正在通過其他渠道解決的矛盾糾紛'
     '，都可以進入信訪領域，導致信訪制度的權利救濟功能過度擴張，造成了信訪工作“包治百病”的職能錯位。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH177, "fresh177")
