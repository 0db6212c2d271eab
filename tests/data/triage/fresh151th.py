"""Sealed batch fresh153: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh151th.py; the batch and its row ids are "fresh153".)

Theme: online opinion and paid deletion (删帖, 网络舆情, 网评员, 有偿删帖, posters detained for
诽谤): a 省人社厅厅长's "百人删帖部队" against reports on him, a state web editor jailed for
taking money to delete posts, a 派出所所长 travelling to another province over a forwarded post,
the 彭水 SMS case, the 涉县 poster detained over a hospital canteen, the 仁寿 poster detained for
an "官商勾结" post, the posters convicted after reporting the 仲恺 区委书记, the 长沙 blogger 刘华
detained on the orders of 区委 leaders, a 乐山 网吧 owner's deleted post on a 文化局局长, the
焦作 创卫 post deleted, the 神木 police car and 榆林 police's weibo retort, and the 福建 "表叔厅长"
report suppressed across provinces; out items are private web editors' bribery cases, a poster
convicted of defaming a 科员, a blogger's 名誉权 suit, a villager detained for false posts on his
村支书, a 拆迁 post, a user's complaint to a platform about a defaming account, a paper on the
law of paid deletion, a propaganda office's deletion list, a reporter's talk with a deletion
firm and a note on what "五毛" means. Twenty-six searches were used.
Sources (stored-pages search): a labottegadarte article on 朱從明 (converted, traditional); a
cqcxhl copy of the 杨某 (中国经济网) report; a baogaosu copy of a comment on 南漳 巡检镇; a wmlr8
copy of the 南方都市报 report on 秦中飞 (traditional); a 乌有之乡 comment on 涉县; a xucanlvshi
copy of the 仁寿 report on 谭寿康; a 中国经济网 views copy of the 红网 comment on 仲恺; a
johnnytowncar copy of the 羊城晚报 report on 刘华; a 麻辣社区 forum post from 乐山; a 凤凰网 report
on 焦作; a vtrackmedia copy of the 神木 report (converted, traditional); a tvboxnow-style forum
copy of the 都市時報 report (traditional); out: a 文摘报 page on 朝阳 web editors, a lionsea copy
of the 澎湃 report on 张某辉, a jmlvshi copy of the 王太友 v 陈岚 judgement, a ttnews copy of the
衡南 police notice (traditional), a 钱江晚报 item on a 大兴 拆迁 post, a xfb315 complaint page, a
fx361 law paper, a 中国数字时代 copy of a 网宣办 list, a hui168 report and a quzhika note.
Five texts are in traditional script (001, 004, 011, 012, 016).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings,
bylines, datelines, captions, navigation and site lines, the random-character junk of the
forum copy (012) and the truncated last sentences of the stored copies removed); paragraphs
joined; ASCII punctuation written full-width except inside numbers ("50,000元", "1.判令",
"3~9年"), the ASCII double quotes of 012 written “…”; the glossing pinyin of the converted
copies (001, 011) removed; stray spaces after punctuation removed (009, 016, 018). Page
oddities kept: "Q Q" (004), "能个老百姓" and "??" (009), "@麻毛雄 在微博" and "官方微博微博" (011),
"〝…〞" and "壹名" (012), the unpaired "农贸市场”" (013), the masked "**********" (015) and
"小红*", "*台" (018) with that page's spaces before quotes and in "13 万", the closing quotes
used as opening ones (”遇难…, ”对汶川…) in 020, the footnote mark "[1]" (019).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; staff of state-owned media convicted of 受贿罪 count as public servants),
"out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Posters, reporters,
victims, witnesses, firms, private web editors and people without a post, and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit).
Names, positions (as first written with the name, "原" kept) and units as written; a surname
with a title gives the surname as name (胡局长: '胡', as fresh48th.py's '魏' 局长). Topics only from
the twelve names of triage.md; detaining or silencing a poster is 滥用职权. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (007, 008,
009). Out types: 涉法涉诉 4 (013-016), 征地拆迁 1 (017), 个人利益诉求 1 (018), 其他 4 (019-022).
8 accused entries, all in items 1-12: 2 with a full name (朱從明, 李德金), 1 masked (杨某), 1
surname only (胡), 4 post only. Items 004, 006, 008 and 010 are in scope with no accused entry.
Out items have no accused entry.

Close calls:
 1  Converted traditional copy; headline "百人刪帖軍團：…" and the image line cut, and so is the
    sentence after it naming 朱從明, 吳劍英 and 吳禮舵 as reported by JYPC (read as the caption;
    hard: if kept, 吳劍英 and 吳禮舵 would be accused too, but only for what the reports say, not
    for the deletions). 朱從明 first written "江蘇省人力資源和社會保障廳廳長朱從明". JYPC is the
    reporter. Ends before the truncated "他們像策劃…". Only 滥用职权 (administrative resources used
    against reports).
 2  Hard: a web editor of 中国经济网 convicted of 受贿罪 (so a state functionary) for paid
    deletion; in, as a convicted public servant, with ('杨某', '原网站编辑',
    '中国经济网传播中心国际部'). 田某 is the private go-between. The site's filler lead ("成都网站
    建设小编…") kept because the 杨某 sentence runs on from it; "网页标题:…本文来源:…" cut.
    Compare 013 (private editors, out).
 3  Title and date cut. The 所长 is only "该镇派出所所长" / "这名派出所长", 该镇 being 巡检镇:
    (None, '派出所所长', '巡检镇'). 余先生 is the poster. Only 滥用职权.
 4  Traditional; ends before the truncated "在押期間,". 秦中飛 (a 科员) is the victim; the
    彭水縣公安局 is an organ and the 縣委書記 and 縣長 are only the ones said to be defamed: in, no
    entry (hard: could be read as a news report with no allegation).
 5  Site header, title and byline cut; ends before the truncated "5块". The 派出所所长 whose
    duties were stopped: (None, '派出所所长', '涉县公安局') (his 派出所 is unnamed; hard, unit
    could be None). The "办案民警" (number unknown) and the 法制室 and 相关领导 are left without an
    entry; 张某某 is the poster.
 6  Hard: a flat news report that the poster 谭寿康 was detained for an "官商勾结" post; the
    仁寿县公安局 is an organ: in, no entry. Could be read as out 涉法涉诉 (a police case).
 7  Mixed: the criminal case against the posters 李红安 and 魏云新 (涉法涉诉) and the report
    they made on the 区委书记, which the comment says is not shown false:
    (None, '区委书记', '仲恺'), as written "仲恺区委书记". The 惠州市纪委 only investigated.
    贪污贿赂 and 廉洁纪律 (the reported 贪污受贿 and houses).
 8  Mixed: 刘华's own 拆迁 grievance (征地拆迁) and his detention on the 区委、区政府领导指示. The
    opening "无人报案,岂有诽谤?" (the page's title) and two sub-headings cut; ends before the
    truncated last sentence. The 天心区公安分局 is an organ, the 区委、区政府领导 an unnamed group,
    林姓主任 only answers, 任志强 is the alleged victim: in, no entry.
 9  Mixed: the owner's own fee (个人利益诉求) and the 文化局's order to buy the costlier 电信
    camera on pain of closing, with the deleted post. '胡' '局长' '市文化局' as written "市文化局
    胡局长"; the "文化局局长" earlier is taken as the same man. The 海棠社区 管理员 is private;
    姜书记 and 蒋市长 are addressees. 滥用职权 and 廉洁纪律 (a forced purchase that may favour
    电信).
10  Starts at "可帖子发出后…" (the stored page's excerpt); the sub-headings "爆料帖被删除了",
    "全国爱卫会回复会去核实", "■网友:…" and "■焦作创卫办:…" cut; ends before the truncated 创卫办
    denial. The shop fronts faked for the 创卫 inspection are the government's (an organ); the
    创卫办 staff member only answers: in, no entry. Only 形式主义官僚主义.
11  Converted traditional copy; the caption "微博截圖" and the page's comment and footer lines cut.
    The officer in the car: (None, '警察', '神木縣'), as written "神木縣一警察"; the 榆林市公安局's
    weibo staff are an unnamed group. 八项规定 (公车私用) and 工作纪律.
12  Traditional forum copy: the junk strings, "公仔箱論壇", "tvb now,tvbnow,bttvb", the IP lines and
    the TVBNOW footer removed. '李德金' '廳長' '福建交通廳' as written "福建交通廳廳長李德金"; the
    "神秘人" who stopped the paper are unnamed and the 中宣部 an organ; 周智琛 and 朱建國 only speak.
    廉洁纪律 (the watch and belt) and 滥用职权 (the suppression).
13  涉法涉诉: 非国家机关工作人员受贿 cases against editors of private sites (腾讯); 赖芳 and 赵望 are
    private. Header, title and "《 文摘报 》(…)" cut; ends before the truncated "他注册". Compare
    002.
14  涉法涉诉: a poster's criminal conviction for defaming a 口岸办主任科员; "快捷搜索", title and
    "原标题" cut; ends before the court's findings on the land (so the poster's report on a
    国土所所长 is not in the text: not mixed). 张某2 is the victim, not accused.
15  涉法涉诉: a 名誉权 judgement against a blogger (陈岚); the headings "当事人", "审理经过",
    "原告诉称" cut; ends before the truncated "事实与理由". Nobody holds a post.
16  涉法涉诉, traditional: a police notice that a villager who posted on the former 村支书 周某
    was detained after the 镇纪委 found the posts false. Title and its repeats cut; ends before
    "網警提醒". Hard: the posts allege 贪污 by 周某, but the text's matter is the poster's
    punishment and his family quarrel with the cadres: not mixed, no entry.
17  征地拆迁: a villager's post on a house pulled down and low compensation; the officials who
    "踢皮球" and the 镇党委书记 and 镇长 whose phones were off are not accused of misconduct (hard).
    Header, headline and "据潇湘晨报" cut.
18  个人利益诉求: a user's complaint to a platform asking it to ban an account that defamed
    someone; the page's header lines cut.
19  其他: a law paper on paid deletion; title, date, keywords, authors and the "一、" heading cut;
    ends before the truncated "…论".
20  其他: a propaganda office's deletion list (the posts on 绵阳市委书记谭力 are to be deleted,
    not reported); the site's "【数字时代真理部系列…】" note cut. Could be read as in (officials
    ordering reports deleted), but no official's misconduct is alleged.
21  其他: a reporter's talk with a deletion firm and a lawyer's comment; the sub-heading cut;
    ends before the truncated "…违法行". No official is named.
22  其他, short: what "五毛" means; header and "来源" lines cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH153: list[Item] = [
    # 01
    ('http://www.labottegadarte.com/news/2025-09-30/3263.html',
     '江蘇省人力資源和社會保障廳廳長朱從明組織的“百人刪帖部隊”正24小時待命，全力撲殺網絡舉報文章。這支'
     '龐大的刪帖軍團近期“戰績輝煌”，平均每天能刪除一篇舉報他的文章，僅9月份就刪除了30篇。在另一方，舉'
     '報者JYPC全國職業資格考試認證中心則采取“游擊戰術”——不定時發表舉報內容，意圖用時間差和不確定性'
     '來延長文章的“生命”。一方拼命想將聲音塞進公共空間，另一方則動用行政資源奮力堵上缺口。聲音本身的內容'
     '——無論是合理的舉報還是需要正視的問題，在這場激烈的攻防戰中反而被遺忘了。在虛擬世界的狹路相逢中，江'
     '蘇省人社廳與JYPC的纏斗已成為一場數字時代的怪誕戲劇。朱從明廳長組建的“專業刪帖部隊”24小時待命'
     '，展現出強大的資源動員能力。這支百人刪帖軍團平均每天能成功刪除一篇舉報文章，僅在剛剛過去的9月份，就'
     '取得了“刪除30篇舉報文章”的驚人戰績。面對這種系統性的刪帖行動，舉報方JYPC不得不摒棄傳統的“陣'
     '地戰”，轉而采取“游擊戰術”。',
     'in', None, False, ['滥用职权'],
     [('朱從明', '廳長', '江蘇省人力資源和社會保障廳')]),
    # 02
    ('http://cqcxhl.cn/article/scjssc.html',
     '我们处在互联网时代，也处在言论自由的时代，很多人在网上发帖回帖，当然，还有删帖。不过有些删帖行为我们'
     '不要做。今天成都网站建设小编要跟大家说的是有偿删帖，因为最近小编获知消息称，原中国经济网传播中心国际'
     '部网站编辑杨某利用职务之便，发帖、删帖明码标价，以1000元到2000元的价格发帖删帖，一年非法获利'
     '7万多元。记者昨天获悉，朝阳法院以受贿罪判处杨某有期徒刑1年5个月。网络上是这么定义有偿删帖的：有偿'
     '删帖是指某些公关公司主动出击搜寻政府、企业负面信息后，再通过相关网站的工作人员进行删帖，并支付一定费'
     '用。检方指控，2012年1月至2013年5月间，被告人杨某接受田某委托，利用自己在中国经济网国际经济'
     '频道发布和删除信息的职务便利，多次在该网站违规发布、删除信息，并收受田某贿赂，后被查获归案。据证人田'
     '某介绍，2012年初其在QQ群里认识了杨某，因为他删帖、发帖的价格比较优惠，反应时间又快，后来就只接'
     '中国经济网的发帖、删帖。删帖要给编辑1000元到2000元，田某称，他一共向杨某支付宝账户打款8万多'
     '元，其中1万余元是还款，其余7万多是删帖、发帖的钱。法院认为，被告人杨某的行为构成受贿罪。故判处其有'
     '期徒刑1年零5个月。而在2015年1月21日，中国国家互联网信息办公室宣布，国家网信办、工信部等四部'
     '门联合启动一项针对“网络敲诈和有偿删帖”力度空前的专项整治行动。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('杨某', '原网站编辑', '中国经济网传播中心国际部')]),
    # 03
    ('http://shanghai.baogaosu.com/xinwen/%E6%89%80%E9%95%BF%E6%BB%A5%E7%94%A8%E8%81%8C%E6%9D%83%E5%8D%83%E9%87%8C%E8%B7%A8%E7%9C%81%E6%9F%A5%E8%BD%AC%E5%B8%96/25578860',
     '广东媒体报道，在中山市打工的余先生今年5月转发了一条关于老家湖北南漳县巡检镇政府负面言论的帖子。近日'
     '，该镇派出所所长不远千里到其打工地调查，并要求余先生写下致歉书，保证不再出现“诽谤”言论。最高法、最'
     '高检颁布《关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》，其2条第1款规定：“同一诽'
     '谤信息实际被点击、浏览次数达到五千次以上，或者被转发次数达到五百次以上的”，应当认定为刑法第246条'
     '第1款规定的“情节严重”。但诽谤行为，无论是情节严重—触犯刑法第246条，还是情节不严重—仅触犯治安'
     '管理处罚法第42条，侵权对象都是自然人，政府机关并不适格。再者，诽谤案—无论是刑事案件还是治安案件，'
     '都是自诉案，“告诉的才处理”，不告诉的不处理，又有哪个官员“对号入座”—代表巡检镇政府提起自诉了呢？'
     '余先生所转网帖内容是“巡检镇当官的不修路不下乡，有时吃饭用公款，南漳当官的开好车，都是靠关系……”帖'
     '末称“为什么不希望自己的家乡（南漳巡检镇）好呢，一起转起来好吗？”只是现象批评，连具体官员姓甚名谁都'
     '没有，当然压根无涉诬告陷害行为。这名派出所长，千里跨省，调查网帖，“批评教育”余先生写下致歉书，在余'
     '先生将遭“跨省”经历如实发“只是想告诫网友不要乱发帖”后，又“协议”余先生将其删除，并表示将进一步寻'
     '找最初发帖者，核查其真实意图，有滥用职权之嫌，理应受到严肃的责任追究。',
     'in', None, False, ['滥用职权'],
     [(None, '派出所所长', '巡检镇')]),
    # 04
    ('http://wmlr8.com//other/news/2006/10-19/806567.shtml',
     '一名縣教委的辦事科員，一名5歲男孩的父親，一名曾當過中學教師的文學系畢業生，一名愛好舞文弄墨的瘦弱文'
     '人，一名中華人民共和國的普通公民，8月15日，在茶余飯后、閑暇之余，用手機編發了一首有關時事的打油詩'
     '。他萬萬沒想到，半個月后，警察找上門來，這條讓自己小有得意的短信竟招來牢獄之災——彭水縣公安局以涉嫌'
     '“誹謗罪”把他送進看守所關押了一個月。如今，秦中飛已出獄門取保候審，當他對“夢繞云山心似鹿，魂飛湯火'
     '命如雞”的經歷仍心有余悸時，當地警方表示發現了他另外更為嚴重的罪行。案件目前還在審查起訴階段。昨日，'
     '事情有了最新進展，檢察院認定秦中飛誹謗了縣委書記和縣長。當兩個警察和單位領導找上門時，秦中飛驚訝于不'
     '速之客竟對自己在半個月前填寫的詩詞感興趣。“近段時間社會上流傳著一條影響很壞的短信，有人說是從你這里'
     '發出去的，誰發給你的？”一名姓謝的警官問，另一個警官是秦的高中同學。這是秦中飛第一次接受警方的問訊，'
     '戰戰兢兢，但他還是本能地撒了謊。“我想不起來了。”他說。8月15日，重慶市彭水縣教委人事科科員秦中飛'
     '，突然詩興勃發，填了一首《沁園春·彭水》的詞。內容為該縣幾個轟動的社會事件，但熟知彭水官場的人，卻能'
     '從中解讀到對縣政府某些領導的隱喻。秦用短信以及Q Q轉發給了其他朋友。時隔半月，警察突然找到了他。1'
     '0多分鐘后，他向他們承認，短信是自己寫的，“我想，這事兒也沒什么大不了”。警察搜查了他辦公室的書籍、'
     '電腦等，并沒收了秦的手機及Q Q號，隨后又將他帶到了公安局國安大隊。第二天晚上，秦中飛被彭水縣公安局'
     '以涉嫌“誹謗罪”刑事拘留，關押在看守所。10天后，經過數次提審，公安局于9月11日對其正式下發逮捕令'
     '。',
     'in', None, False, ['滥用职权'],
     []),
    # 05
    ('http://www.wyzxwk.com/Article/yulun/2017/08/382519.html',
     '在某些地方官动辄就要用警力维护“一方政治稳定”的惯性思维驱使下，就连这公安局的法制室和相关领导又何尝'
     '不是“背锅侠”？！《河北涉县一男子发帖称医院食堂价高难吃被拘留》的新闻在微信朋友圈中热传一天后，昨天'
     '（8月20日）晚上，邯郸警方已迅速发出回应：原处罚决定“适用法律不当”，责成涉县公安局依据《公安机关'
     '内部执法监督工作规定》第19条第1项，撤销对当事人张某某做出的处罚决定，对派出所所长停止执行职务，对'
     '办案民警调离执法岗位，责令派出所向当事人赔礼道歉。剧情逆转并不出乎所料。因为涉县公安局这次“执法”确'
     '实挑战了不可能！且让我们再来看看这份堪称经典的“挑食者说”：新医院搬迁后，老百姓看病极为不便，路途遥'
     '远，但条件好了远就远吧，新址周围没有小吃摊点，吃饭只能去餐厅，进去一看，富丽堂皇，再问价格，胆战心惊'
     '，一碗面要14元！我晕，我是涉县本土农民，不是来旅游的好吧，忍痛掏钱买吧，10元一份米饭套餐，交钱买'
     '卡拿饭，打开再看，更晕，几片北瓜，蒜薹葱头，土豆块倒是不小，但是说好的肉呢？去哪了？不是两荤一素吗？'
     '米饭也少的可怜，口大点三口能干光，去找卖饭的，人家说：大锅炒的菜不均匀，这样很正常，鱼香肉丝里不是有'
     '肉吗？米饭不够一块钱再加一份。你们这样忽悠我这个见过市面的农民好吗，那也叫有肉，还没星爷捡的那块大。'
     '医院搬迁搬出新高度，医疗水平不知道提高了多少，倒是把涉县老百姓的消费水平提高不少，原来住院一天7、8'
     '块吃不了，现在20块吃不饱，5毛的小米汤呢？1块的大包子呢？4块的卤面呢？',
     'in', None, False, ['滥用职权'],
     [(None, '派出所所长', '涉县公安局')]),
    # 06
    ('http://xucanlvshi.com/n/20131024/768156362438.shtml',
     '记者24日从四川仁寿县政府新闻办证实，该县一网名叫“红叶有泪”的男子因在某媒体网站麻辣社区发帖，涉嫌'
     '散布谣言故意扰乱公共秩序被警方行政拘留10日。10月23日，仁寿县公安局网络警察大队以“散布谣言故意'
     '扰乱公共秩序”传唤网友“红叶有泪”，要求其在当日15时前到文林派出所接受讯问。网名“红叶有泪”的当事'
     '人谭寿康认为散布谣言不成立而拒绝在传唤证上签字。记者在其家属提供的警方执法文书上看到：“10月23日'
     '晚20时54分，警方以谭寿康对‘官商勾结黑恶势力横行’没有任何的事实和证据的情况下，在自己家中以‘苍'
     '凉人生’的网名在麻辣社区仁寿版论坛将自己主观猜测的情况发布为标题为‘实名举报四川眉山相关部门不作为官'
     '商勾结黑恶势力横行（后续）’的帖子，故意在网络上散布谣言扰乱公共秩序，该帖先后被多家网站转载和多名网'
     '民点击。”警方依据《治安处罚法》的相关规定，决定对谭寿康行政拘留十日。目前，谭寿康已由仁寿县公安局网'
     '警大队送仁寿县拘留所执行。网名叫“红叶有泪”的谭寿康在网上有多个网名，也是眉山在网上比较活跃的网民之'
     '一。',
     'in', None, False, ['滥用职权'],
     []),
    # 07
    ('http://views.ce.cn/view/ent/201507/17/t20150717_5957259.shtml',
     '历经4次庭审，“网帖举报仲恺区委书记2人被诉”一案有了一审判决。7月3日，惠城区法院一审判处发帖人李'
     '红安、出资人代表魏云新均犯非法获取公民个人信息罪，2人均被判刑一年六个月。（7月16日《南方都市报》'
     '）本案最终是以“非法获取公民个人信息罪”提起公诉，并一审判决被告人罪名成立、获刑一年六个月的。目前被'
     '告人已经不服上诉，但不管二审终审的裁判结果如何，都意味着闹得沸沸扬扬的“网帖举报仲恺区委书记”事件，'
     '随着被告人一审定罪获刑，而告一段落。值得注意的，是从最初的受害者以“诽谤”提出自诉，到检方以寻衅滋事'
     '罪提起公诉，再到检方最终变更罪名以“非法获取公民个人信息罪”提起公诉，其中的罪名更迭，对应的是不同的'
     '案件性质与犯罪事实以及定罪入刑的不同刑法门槛。撇开据以定罪量刑的关键因素——是否“非法获取”和“情节'
     '严重”的争议不论，不管“非法获取公民个人信息罪”最终能否获得二审支持，可以肯定的是，被告人的网络发帖'
     '举报行为并没有从法律上被定性为诽谤，或者寻衅滋事，也即尽管被告人获取受害者信息的行为、手段是“非法”'
     '的，但并不表示所举报的信息内容本身是虚假的、涉嫌诬告诽谤的，事实真相并不因被告人的获罪而“水落石出”'
     '，受害者也不会因此而“恢复清白”。据报道，被告人在网络发帖之前，曾向纪检部门写信举报，未有回复后才到'
     '网站发帖。尽管公诉人庭审中曾称，经惠州市纪律检查委员会调查，帖中涉及受害者贪污受贿、受害者本人及家人'
     '在上海、海口、湛江的房产信息内容虚假，但被告人坚称自己网帖中调查的内容有90%以上属实。',
     'in', None, True, ['贪污贿赂', '廉洁纪律'],
     [(None, '区委书记', '仲恺')]),
    # 08
    ('https://johnnytowncar.com/estate/2011/07-09/3170009.shtml',
     '去年，羊城晚报独家报道了长沙网友刘华的遭遇，刘华最后状告警方拘留10天违法。记者8日获悉，该案一审判'
     '决，法院确认拘留刘华违法。警方上诉，称刘华诽谤当地两位领导，上诉状再次遭到网友质疑。网友刘华家住长沙'
     '市天心区永远街，2010年5月，刘华家被天心区政府征收。后从11月开始，刘华在新浪、网易等媒体以实名'
     '发表多篇博文，反映自己及其他拆迁户的拆迁情况。11月30日刘华拍摄强拆现场时被法警抓走，后移交公安，'
     '公安以他11月6日发表的博文《任志强来了，我失业了！》诽谤他人为由，将他行政拘留10天。而后“长沙网'
     '友发博被指诽谤拘留10天”的帖子被网友疯狂转载，引起网络轩然大波。网民们纷纷质疑，刘华的博文到底“捏'
     '造了什么事实，又诽谤了谁”。去年12月，羊城晚报记者追问天心区公安分局林姓主任，他勉强地告知记者，刘'
     '华诽谤的是任志强。羊城晚报记者当即追问任志强，对方回短信：“媒体有几个不诽谤我的，报纸诽谤我都没理睬'
     '，一个烂人的文章看都没看过，更不会去告了……”诽谤案一般依据“不告不理”的原则，警方须有受害人去告才'
     '能立案并进行行政拘留。一时舆论哗然，刘华被拘留10天，原来无人举报！去年年底，刘华上诉到天心区法院，'
     '状告天心区公安分局作出的拘留10天行政处罚违法。法院确认天心区公安分局对刘华拘留10天违法。接到判决'
     '书，天心区公安分局立即提出上诉，上诉状提出的拘留理由让刘华“耳目一新”：诽谤当地两位领导。上诉状说，'
     '对刘华的处理是“我局根据天心区委、区政府领导指示，指派我局治安三大队受理此案并开展调查”。',
     'in', None, True, ['滥用职权'],
     []),
    # 09
    ('https://bbs.mala.cn/forum.php?mod=viewthread&tid=922256',
     '前几天注册了乐山新闻网的海棠社区，完全是因为朋友说这个社区很能够反映社情民意，能个老百姓一个说话的地'
     '方。结果哪里知道，发一篇帖子《请姜书记作主，和谐社会里的行政强制高消费！！！》就莫明其妙的被删除了，'
     '一点消息都没有通知。根本不知道违反了论坛规则的哪一条？？我录文如下（凭回忆写的，不一定和原文完全一致'
     '，不过内容一致）：姜书记、蒋市长：你们好！我是市中区一个经营网吧的个体户，这些年来托党的福，自己解决'
     '了温饱。在个人宽带安装越来越多的今天，网吧的生意是每况愈下，已经到了维持经营略有盈利的薄利阶段了。前'
     '些天，文化局通知我们开会，去了电信公司的会议室。会上要求每个网吧必须安装视频监控，会后立刻要求和电信'
     '公司签监控安装协议。因为我的网吧是网通、电信双光纤接入的，所以人家网通公司已经很优惠的给我们装了一个'
     '远程视频监控的摄像头。每年的费用是1680元。我想我已经有了符合文件精神的监控，应该不需要重复安装了'
     '。文化局局长说必须装电信的监控：350元/月。也就是4200元一年。我们本来有的，不需要啊！也没有听'
     '省文化厅说必须装电信的高价的啊？这个月市文化局胡局长明确告诉我们，不装电信的就要我们关门，好久装了好'
     '久开。我这里想请你们二位父母官作个主。如果真的是省文化厅要求安装电信公司的高价的。我没有话说。谢谢！'
     '祝：好！市中区一个小网吧老板今天听说，这个海棠社区的某个管理员的老婆是电信公司的，不晓得和删除帖子有'
     '没有关系哦？',
     'in', None, True, ['滥用职权', '廉洁纪律'],
     [('胡', '局长', '市文化局')]),
    # 10
    ('https://news.ifeng.com/society/2/200903/0317_344_1063846_1.shtml',
     '可帖子发出后没几分钟，“mayi0109”就发现帖子被删除了。9点36分，他发帖回应道：“发的帖子被'
     '删了，我和朋友说过，如果删帖，就发天涯论坛，不是我要丢焦作的脸，是你们自己不要脸。”并将当时发帖的截'
     '屏图随帖发出。“好了，到了谢幕的时候了。”检查组过后，“mayi0109”于14日12点30分再次在'
     '同样的地点拍了一组店铺撤销假门脸的照片。照片显示，同样的位置上，原来挂着“五金店”、“培训中心”、“'
     '书店”等字样的店铺，这一次全都成了饭店的门脸，玻璃窗的帘子也都不见了，门前摩托车等交通工具杂乱地停放'
     '着。晴晴搜索后发现，“mayi0109”所说的第一个帖子已经打不开了，显示“该帖已被删除”。在他发的'
     '第二个帖子中，能看到当地网友的支持，网友“一个实在人”回复说：“楼主，我代表全市市民向你致以崇高的敬'
     '意，表示感谢。你讲出了我们的心声。谢谢！谢谢！谢谢！（几十个‘谢谢’）。”但该帖在3月15日也已被锁'
     '定，无法回复。3月13日夜里，“mayi0109”移步天涯论坛，用“jzcwcw0313”的马甲在不'
     '同的板块发帖曝光此事，得到网友们的支持。李文水电：这是创卫啊还是创伪？梁以薰：我连洗澡吃饭的地方都没'
     '有了，天天方便面。这样的形式主义，如果真的评上了，我们还能相信什么？fengji215：创卫就是这样'
     '创的？百姓的基本生活都保证不了。在电话中，焦作市创卫指挥部办公室一位姓张的工作人员介绍，从11日开始'
     '到13日，全国爱卫会创建国家卫生城市技术评估专家组确实在对焦作创建国家卫生城市工作进行技术评估，“现'
     '在还没有成功”。',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 11
    ('http://www.vtrackmedia.com/news/shehui/933101.html',
     '昨日，一網友微博質疑陜西榆林市神木縣警車私用。想不到榆林市公安局官方微博卻“神回復”：“家里人又違法'
     '了吧？找公安的茬。”此言論迅速引起爭議。今天凌晨，榆林市公安局刪掉該條微博，并致歉稱將提高管理人員的'
     '工作水平，“希望得到大家諒解”。“15年6月19日（五月初四）約18點，神木縣，陜K1989警，執行'
     '公務？”昨天中午，網友@麻毛雄 在微博發出三張照片質疑神木縣一警察可能存在公車私用的情況。隨后，榆林'
     '市公安局官方微博微博對這條微博進行轉發，回復稱，“翻開你的微博發現大都是負能量，尤其針對警察，我想這'
     '個社會都像你一樣整天無所事事，那咱們都去監督好了，好多工作是需要人去做的，我想是家里人又違法了吧？找'
     '公安的茬。”該條微博很快引起了爭議，不少網友指其如此發言并不妥當。今天凌晨1時，榆林市公安局在官方微'
     '博對此行為致歉。榆林市公安局稱，“這反映出我們微博管理人員業務不精、微博發布審核存在漏洞的問題。今后'
     '我們將嚴格微博發布審核制度，提高管理人員工作水平！再次向大家致歉！希望得到大家的諒解。”同時，榆林市'
     '公安局還表示，關于此警車是否存在公車私用的問題，目前，神木縣公安局正在調查，調查結果將及時向大家公布'
     '。',
     'in', None, False, ['八项规定', '工作纪律'],
     [(None, '警察', '神木縣')]),
    # 12
    ('http://5.39.217.76/viewthread.php?extra=page%3D420%26amp%3Borderby%3Dviews&tid=2283951',
     '雲南《都市時報》原本要在10月9號推出《福建“表叔廳長”來了》的報導，不料被神秘人連夜跨省封殺。《環'
     '球時報》隨後證實，《都市時報》數十萬份報紙還沒有來得及打成紙漿，在報社印廠封存。這起事件最早是由雲南'
     '《都市時報》總編輯周智琛在微博上曝光，他說，〝從未感到如此的憤怒和恥辱。〞得到了百萬網民的圍觀和支持'
     '，還有人對表叔喊話：全國網民等妳跨省。不過現在傳出中宣部已經下達封口令，《都市時報》從上到下都不許說'
     '話。記者聯系了雲南《都市時報》的宣傳部和熱線，但對方都不願回應。都市時報熱線：〝很抱歉。我們這邊是熱'
     '線部。這個我們這邊不清楚。〞雲南省委宣傳處長辦公室也說不清楚情況。雲南省委宣傳處長辦：〝這個我回答不'
     '了，妳要找的人也沒在。〞《都市時報》所披露的，就是壹名福建交通廳廳長李德金手戴5萬鑲鉆手表、腰系1萬'
     '5千元愛馬仕腰帶的消息，結果竟然大動幹戈跨省封報，制造了更大的輿論風波。深圳獨立作家朱建國：〝官方對'
     '山西表叔（哥）的被揭露，最後甚至導致撤職，哪都是不得已而為之。心裏並不高興。官方對網民的揭露這種貪腐'
     '並不高興，更不想推廣。〞',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [('李德金', '廳長', '福建交通廳')]),
    # 13
    ('https://epaper.gmw.cn/wzb/html/2014-12/30/nw.D110000wzb_20141230_4-03.htm?div=-1',
     '今年以来，北京朝阳区人民检察院办理了一批涉及互联网行业的非国家机关工作人员受贿案件，共计9件11人，'
     '涉案人员多为网站青年业务骨干。其中受贿数额最高的一名网站编辑涉案数额高达27万余元，受贿次数最高的一'
     '名网站编辑在5年间收受他人贿赂多达160余次。网站编辑有偿删帖成为“潜规则”，这些案件平均潜伏时期（'
     '从初次作案到案发）3~9年，部分网站工作人员入职当年就开始受贿。赖芳（化名）是腾讯网汽车频道的编辑，'
     '在腾讯网工作将近10年。工作期间，赖芳与某公关公司员工赵望（化名）取得了联系。赵望让赖芳帮助他在腾讯'
     '网财经频道将一篇涉及企业的负面信息删除，赖芳见这篇网文并非网站首页信息，而且正好是自己编辑权限内可以'
     '删除的，于是便偷偷将该文章从腾讯网上删了。过了几天，赵望给了赖芳1000元“好处费”。此后，赵望与腾'
     '讯网有关的新闻都找赖芳进行删除。截至2013年案发，5年间，赖芳一共收取了赵望的行贿款18万余元。赵'
     '望是河北人，大学毕业后在北京一家公关公司工作。赵望发现，在QQ群中，各种删帖需求和供给犹如农贸市场”'
     '般叫卖。“某某网删一条1000元，需要的请联系QQ”，“急需删除某某网站信息一条，2000元”……',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://lionsea.net/shuma/317.html',
     '“张某辉发帖诽谤我的事情，对我造成了很大影响，在生活上，我经常受到亲戚、朋友及邻居的质疑和议论，我的'
     '妻子和小孩也经常受到他人和同事的指点和议论，使得我的亲戚朋友都疏远我们一家，不敢与我们来往；在工作上'
     '，我经常受到领导和同事的质疑和议论，使得领导和同事都用异样的眼光看待我。”说这话的是广东惠州市某区口'
     '岸办主任科员张某2。他接着说道，“我因不想面对这些异样的眼光，就提前退线在家。因张某辉在互联网上发帖'
     '诽谤我一事，使得周边的人都误以为我侵吞了他人的财产，使我的心理承受着巨大的压力，造成我经常有精神恍惚'
     '的现象。”澎湃新闻（www.thepaper.cn）注意到，最近全国多地纪委监委出面澄清了失实举报，'
     '但遭遇诬告的干部并未出面细说体会。本月初，中国裁判文书网公布的一则刑事裁定书，成为观察被诬告干部心态'
     '的窗口。早前，惠州市惠阳区人民法院审理惠州市惠阳区人民检察院指控原审被告人张某辉（1977年5月20'
     '日出生）犯诽谤罪一案，于2018年5月7日作出（2017）粤1303刑初781号刑事判决。被告人张某'
     '辉犯诽谤罪，判处有期徒刑一年六个月。宣判后，原审被告人张某辉不服，提出上诉。惠州市中级人民法院依法组'
     '成合议庭，通过阅卷，依法讯问了上诉人并审阅了辩护人意见，认为本案事实清楚，决定以不开庭方式审理。现已'
     '审理终结。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.jmlvshi.com/88.html',
     '博主在微博上发布概括性事实及定性评价，带有强烈主观色彩和道德指控，其言论超出了合理的限度，足以导致受'
     '害人的名誉显著降低的，应当认定侵害了他人的名誉权。博主在微博具有特殊身份和较大影响的，侵权责任的承担'
     '方式应与其影响范围相当。原告：王太友，男，1958年3月19日出生，汉族，住河南省。原告：杨美芹，女'
     '，1986年12月17日出生，汉族，住河南省。被告：陈岚，女，1975年4月17日出生，汉族，户籍地'
     '江苏省泰州市姜堰区**********，现住上海市闵行区。原告王太友、杨美芹与被告陈岚名誉权纠纷一案'
     '，本院立案后，先适用简易程序，后因案情复杂，依法转为普通程序并组成合议庭公开开庭进行了审理。原告王太'
     '友、杨美芹及两原告共同委托诉讼代理人施晓俊、陈伟峰，被告陈岚及其委托诉讼代理人计时俊到庭参加诉讼。本'
     '案现已审理终结。原告王太友、杨美芹向本院提出诉讼请求：1.判令被告停止侵害两原告名誉权的行为；2.判'
     '令被告在河南的《大河报》、上海的《新民晚报》《澎湃新闻》公开向两原告赔礼道歉、消除影响、恢复名誉；3'
     '.判令被告在其实名新浪微博上公开置顶道歉，并且置顶不少于两个月；4.判令被告赔偿原告杨美芹精神损害抚'
     '慰金人民币（以下币种相同）50,000元、医疗费8,365元、两季庄稼损失36,360元、误工费损失'
     '8,000元；5.判令被告赔偿原告王太友两季庄稼损失18,180元、误工费损失17,460元；6.判'
     '令被告赔偿两原告律师费30,000元。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://p2.ttnews.xyz/a/5db69c98dc9b5e4b9d101a76',
     '近日，衡南縣公安局網安大隊在進行網絡違法巡查時發現，“網民山裡紅”“一代天驕”“時刻網友166734'
     '73728”等多次在紅網上發帖：《衡南縣工聯村周某貪汙國家公款專搞豆腐渣工程》《衡南縣工聯村強制壓迫'
     '老百姓簽名明年種植烤煙》等。網貼稱譚子山鎮工聯村強制老百姓種植烤煙；強制封鎖一名一級殘疾人的商店；不'
     '顧群眾生命安全，在暴雨期逼迫群眾下田收菸葉並通過被損菸葉向保險公司騙保；村裡的水渠是豆腐渣工程；村裡'
     '有2億撥款去向不明，村民唐某家中有1500萬來歷不明的財產等等；且工聯村前村支書周某和上述事情又諸多'
     '聯繫。網安大隊民警發現該帖後高度重視，立即將此事反映給譚子山鎮紀委進行核查。經調查，此帖無事實依據，'
     '不符合實際情況，為造謠。衡南縣公安局治安大隊立即對此事受理行政案件並進行調查。經網安大隊配合，通過技'
     '術手段，查明“網民山裡紅”“一代天驕”“時刻網友16673473728”為譚子山鎮村衛星組村民馮某，'
     '其發帖後還冒用村幹部符某的身份在貼子下面跟貼：老百姓是不是也要採用往自來水裡“加點料”的違法行為來毀'
     '掉水井。10月21日，馮某在廣東省佛山市順德區被抓獲歸案。經審訊，馮某發帖的目的主要是想通過帖子引起'
     '政府部門的關注，以解決自己家和村幹部之間的各種矛盾。根據《中華人民共和國治安管理處罰法》第四十二條第'
     '二項之規定，馮某已被衡南縣公安局治安大隊行政拘留五天。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('http://qjwb.thehour.cn/html/2010-02/03/content_254815.htm?div=-1',
     '“出去打酱油，回来发现房屋被偷拆了。”2月1日，网友“安居”在论坛发帖爆料。“安居”称其是北京大兴县'
     '庞各庄镇繁荣村一村民，在1月13日外出办事，回来发现家里房屋被人偷拆了，问了一圈，拆迁办的人说不知情'
     '，派出所的让找镇里，镇政府让找拆迁办，互相踢皮球。而周围二手房价格已直逼每平方米8000元，拆迁部门'
     '给出的赔偿价格却仅为每平方米3250元。帖子还附带相关照片，上面为一排简易的砖瓦房住房，除了两旁的两'
     '间房子之外，绝大多数的房子已被拆得七零八落。特别吸引人眼球的是，在近处的红砖瓦房中间，横拉着一条红色'
     '横幅标语，上面印着“《阿凡达》启示：要誓死捍卫家园！”的字样，红底白字的宣传横幅显得十分醒目。2月1'
     '日，记者联系到了发帖人，他自称姓赵，就是发帖人，他说自己现在是想尽一切办法，希望能让事件的处理进程快'
     '一点。记者电话联系了北京庞各庄派出所，一工作人员称不知情；而记者致庞各庄镇党委书记和镇长，电话均显示'
     '关机。记者随后拨打拆迁户提供的诚达信评估公司老总的电话，接通后对方却称打错了。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://www.xfb315.com/tousu/100091364',
     '尊敬的小红*官方审核团队：您好！我是小红**台的一名用户，现向贵*台举报账号名为 “鹤汀”（小红*号'
     '：42****39199）的用户，其发布的内容存在严重违规行为，恳请*台对该账号执行永久封禁处理。该'
     '用户发布的笔记中，未经当事人同意擅自使用其清晰可辨识的正面照片，直接侵犯了他人的肖像权，同时在内容中'
     '编造 “13 万丰胸血泪教训，假体成本仅 1 万”的不实信息，属于恶意诽谤、扭曲事实，此类内容不仅对'
     '当事人造成了名誉损害，也极易误导其他用户，破坏*台的健康内容生态。根据《民法典》中关于肖像权的相关规'
     '定，未经肖像权人同意公开其肖像已构成侵权，而该用户同时发布虚假信息进行诽谤，已违反了《小红*社区公约'
     '》中关于禁止侵犯他人合法权益、禁止发布不实信息的相关条款。该账号的行为性质恶劣，既侵害了个人合法权益'
     '，也违背了*台的运营规范，若不及时处理，可能引发更多类似的恶意侵权行为，对*台的公信力和用户体验造成'
     '负面影响。我已对该用户的违规笔记、账号信息进行了完整截图保存，可作为证据提供给*台审核。在此郑重申请'
     '，恳请小红*官方对该账号展开全面调查，核实其违规行为后，依据*台规则及相关法律法规对其执行永久封禁处'
     '罚，以维护*台的公*环境和用户的合法权益。感谢*台团队的认真处理，期待尽快收到反馈。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://fx361.cc/page/2019/0527/17668299.shtml',
     '随着互联网时代的到来，网络已经成为人们生活中的重要组成部分。但在信息多元化时代，往往泥沙俱下，不少个'
     '人或者企业的负面信息也暴露在公众的视野之中，这对当事人产生了不良影响，于是便催生了网络有偿删帖这一新'
     '兴行业。部分有偿删帖行为扰乱了社会秩序，需要进行行政法的规制，相关部门相继出台了一些法规对该行为进行'
     '规制，如2000年9月20日国务院审议通过的《互联网信息服务管理办法》（以下简称《办法》），以及20'
     '00年12月28日全国人大常委会审议通过的《关于维护互联网安全的决定》（以下简称《决定》）。正如多数'
     '新兴行业都可能经历野蛮的疯狂生长期，有偿删帖行业也不例外。“两高”和公安部都认为部分有偿删帖行为已经'
     '超出了行政法的调整范围，进入了刑法规制的范围[1]。基于此共识，2013年9月9日，最高人民检察院联'
     '合最高人民法院共同发布了《关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》（法释〔20'
     '13〕21号）（以下简称《解释》）。该《解释》第七条明确规定，“违反国家规定，以营利为目的，通过信息'
     '网络有偿提供删除信息服务，或者明知是虚假信息，通过信息网络有偿提供发布信息等服务，扰乱市场秩序，具有'
     '下列情形之一的，属于非法经营行为‘情节严重’，依照刑法第二百二十五条第（四）项的规定，以非法经营罪定'
     '罪处罚……”这一解释实际上是将有偿删帖行为以非法经营犯罪论处。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://chinadigitaltimes.net/chinese/245058.html',
     '网宣办值班人员：一、请各网站立即删除攻击四川绵阳市委书记谭力抗灾表现的有害帖文和图片。二、请网站在首'
     '页和新闻中心要闻区显著转载《这一路，预测的强余震随时可能发生》，并保留到晚十时。三、请尽快删除网上《'
     '国家救援队：聚源中学混凝土内根本不是钢筋》一文！四、请网站突出转发《科学家回应：指责我国漠视地震科研'
     '成果毫无根据》。五、请各地查删下述信息：1、有关”遇难学生家长拟组成上诉团状告都江堰政府”的信息，如'
     '：《孩子不是死于自然灾害》记者手记：遇难学生家长痛并愤怒着美国记者：遇难学生家长都冲着我跪下2、国务'
     '院相关领导”对汶川地震负有道义责任必须辞职”的帖文。3、有关四川南充、河南郑州部分市民围攻麦当劳的信'
     '息。4、有关《8名川籍性工作者联合捐献100万要求报道》的信息。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://news.hui168.cn/shehui/54315_2.html',
     '网络公关：收费不一样；有的做不了。记者：天涯杂谈能做不？网络公关：你这2条，估计是问过别家了吧？因为'
     '现在这2个是比较难做的。记者：为什么难做啊？网络公关：都是内部严打，内部整顿呢。记者：有没有别的办法'
     '？网络公关：两种方法：1.屏蔽；2.压制。屏蔽不确定能不能做，压制是可以的。记者：什么是压制？网络公'
     '关：就是搜索关键字时，前3页或前5页，显示的都是正面信息，负面的信息压制到后边。记者：怎么收费？网络'
     '公关：新浪博客现在是肯定删除不了的，天涯杂谈的也不太好搞。天涯杂谈能删除的话，价格5000。压制的话'
     '，平均一个关键词3000，具体得看关键词的情况，不过差距不会太大。随后，记者以向上级汇报为借口结束对'
     '话。记者又联系了几家删帖公司，价格按照不同的网站和内容，从2000元到上万元不等。甘肃溥德律师事务所'
     '李冬冬律师接受采访时表示，工业和信息化部发布的关于《规范互联网信息服务市场秩序若干规定》：互联网信息'
     '服务提供者无正当理由，不得擅自修改或者删除用户上载信息，否则都属于非法行为。《刑法》第一百六十三条规'
     '定有“非国家工作人员受贿罪”，指“公司、企业或者其他单位的工作人员利用职务上的便利，索取他人财物或者'
     '非法收受他人财物，为他人谋取利益，数额较大的”，其应受的刑罚是“五年以下有期徒刑或者拘役”。显然，这'
     '些号称网络危机公关公司与一些网站编辑和版主之间的利益输送是一种商业行贿与受贿行为，符合“非国家工作人'
     '员受贿罪”的构成要件。网络编辑或网络版主正常删除一些时效性不强、内容不健康的帖子，属于合法行为。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.quzhika.com/jyzs/994lnv.html',
     '5毛最先的含义是指政府部门为了引导网络舆论风向、改良社会风气而聘请的一批网络评论员，简称网评猿。五毛'
     '的官方称呼是“网络评论员”，但五毛们并不持证上岗，而是冒充群众网民，注册不同马甲，专门发布网民称之为'
     '“混淆真相，一味为政府唱赞歌，弯曲舆论导向”的活动。网上流传着一个关于五毛的内部文件，规定回一个引导'
     '性的贴能得到五毛钱。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH153, "fresh153")
