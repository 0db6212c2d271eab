"""Sealed batch fresh143: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh141th.py; the batch and its row ids are "fresh143".)

Theme: lotteries and charity money (福利彩票 and 体育彩票 centres, 彩票公益金 and 发行费, 红十字会,
慈善总会, 救灾捐赠款, 募捐 for the sick): the heads of the national 福彩中心 and their 民政部
superiors fallen in its "系统性腐败", provincial and city 彩票 centre heads taken for bribes, a
青岛 福彩 head's 2000万 yacht, the 西安 宝马彩票 fraud and the 体彩 heads made to resign for it,
the 审计署's finds of 发行费 spent on cars and bonuses for superiors, officials who embezzled to
buy lottery tickets, 珠海 红十字会 bags found in a used-clothes exporter's store, the 成都 红会's
forgotten mouldy donation boxes, the 山西 民政厅's office block built with 救灾捐赠款, a 南京
慈善总会 deputy secretary-general's embezzlement, the 永定 红会 that held a dying girl's
donations until after her death and a villager who will not donate because the old 村支书's
money went "进了私人腰包"; out items are three lawsuits over prizes (西安 1001万, 沂水 体彩站
against its clerk, 株洲 雷建炎 against the 文旅体育局), a 开封 彩民's complaint that his seller
kept his 33万 prize, two patients' families asking for help (邹平, 利川), the 中华儿慈会 under
民政部 investigation over a volunteer's fraud, a whistle-blower's complaint on 儿慈会 money sent
to the 成龙基金会, a cancer patient's daughter on a foundation that never paid out and a 呼和浩特
prize stolen from a photo. No page on a county 福彩 or 体彩 centre head under a 纪委 通报, or on a
named 红十字会 worker selling donated goods, came up that was not already used (the searches
returned tag pages, the national cases or the 泗洪, 织里, 盘龙区 and 备灾仓库 cases already in the
set), so the lottery items are mostly national and provincial cases and two items come from the
neighbouring village money (012) and officials' lottery gambling (006).
Sources (stored-pages search): a handmsg copy of the 《中國經濟周刊》 piece on 王素英 (traditional);
a liuyd copy of the 法治周末 report on 徐小平, 尹明奎 and 秦怀国; the 人民网 copy of the 新华社 report
on 彩票资金 (王增先); the 2004 新浪 copy of the 北京青年报 report on the 宝马彩票案; a wzatv copy of
the 中国新闻周刊 piece on the 审计 of 发行费; a jvnan piece on officials fallen over lottery tickets;
the 看中国 copy of the 法广 report on the 珠海 红十字会 bags; a gupiaobar copy of the 錢江晚報
comment on the 成都 募捐箱 (traditional); a 2005 commentary on 挪用 救灾扶贫款 (traditional); a
rinaloveslife article on charity scandals; a 贴吧 copy of the report on 苏田田's donations; an
anonymous post on a village's donation call; out: an amazingday copy of the 上游新闻 report on
the 西安 prize, two 网易 case pages (沂水, 株洲), the 浙江在线 copy of the 开封 彩民's complaint,
a bg3 report on 王俊哲 (traditional), the 恩施 report on 秦雨, a huarenbao report on the
中华儿慈会, the 2012 搜狐 report on 周筱赟's letter, a 与癌共舞 forum copy of the 华夏时报 report
and a Yahoo 奇摩 report on the 呼和浩特 prize (traditional). Five texts are in traditional
script (items 1, 8, 9, 17, 22; the glossing pinyin of 008's converted copy removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, decks, sub-headings,
bylines, datelines, captions, "核心提示", forum and site lines, the 案例 pages' numbered heads
("一、裁判理由:" …) and the truncated last sentences of the stored copies removed); paragraphs
joined; ASCII punctuation written full-width except inside numbers ("15,000元", "突尼斯2:1");
stray spaces after punctuation removed (001, 005). Page oddities kept: "单纯版人误用" (007),
"《□元望東方周刊》", "———" and "……" (009), "……" (006), "规定—通常" (003), "被判处有期徒刑"
without a term (010), "上诉人(原审被告)" for the respondents (015), the missing
stop after "患有白血病的兒子" (017), "2010“公益彩票 爱心使者”奖" (002) and the spaces inside
"1001万元大奖 投注站老板" (013) and "机选大乐透 10" (013).
scope "in" for alleged misconduct of a party member or public official (village cadres
included; the heads and staff of the 福彩 and 体彩 centres, of 红十字会 and of a 慈善总会 and the
managers of state firms count as public servants), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, lottery sellers,
private foundations and their volunteers, and officials who only handled, investigated,
announced or answered are not accused; an organ or an unnamed group accused as a whole gives no
entry; an unnamed accused official is (None, position, unit). Names, positions (as first written
with the name, "原" kept) and units as written; unit None when the text ties the person to no
named unit. Topics only from the twelve names of triage.md; money diverted from disaster and
poverty relief is 群众纪律 beside 廉洁纪律, bonuses, cars and trips paid from 发行费 八项规定,
officials' lottery gambling 生活纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 015).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022). 22 accused entries,
all in items 1-12: 21 with a full name (尹明奎 twice, in 002 and 006), none masked, 1 post only.
Items 005, 007, 008 and 011 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Traditional; byline "姚冬琴", the sub-heading "旋渦", the stray "?" after the first paragraph
    and the truncated "說起鮑學全，故事還" cut. Seven accused as first written with a post:
    王素英 ('原主任', '中國福利彩票發行管理中心'), 王云戈 and 鮑學全 (of '福彩中心', the text's own
    short name), 李立國 ('原部長') and 竇玉沛 ('原副部長') of '民政部', 曲淑輝 ('原紀檢組組長',
    '中央紀委駐民政部'). 陳傳書 is first written bare; his post from "陳傳書、鮑學全先后擔任過福彩中心
    主任職務": ('陳傳書', '主任', '福彩中心') (hard: could be '原主任'). No act is named, only
    "嚴重違紀違法" and "系統性腐敗": 廉洁纪律, and 工作纪律 for the ministers fallen for their
    "所轄單位".
 2  Deck, byline "法治周末记者 张舒 尹丽", the sub-heading "彩票里的窝案串案" and the truncated "而在
    尹明奎之前，于3月6日从湖北省纪委" cut. 徐小平, 尹明奎 and 秦怀国 as first written; 尹明奎's second
    post (新疆民政厅副巡视员) not used. All three are held for 受贿: 贪污贿赂 only.
 3  Headers, the cartoon credit, the dateline "据新华社北京12月7日电" and "(长沙晚报)" cut.
    ('王增先', '原主任', '青岛市福彩发行中心'); the 广东 彩票管理中心 buying beer and the 上海 bodies
    are organs. 贪污贿赂 (贪污4744万元), 廉洁纪律 (挪用), 八项规定 (the yacht).
 4  Headers, the photo credit "张永民 贾安庆 摄影/袁景智", "西安宝马彩票案追踪", "本报记者报道" and the
    truncated 党组会 sentence cut. 贾安庆 first written bare, then "被责令辞去陕西省体彩中心主任职务":
    ('贾安庆', '主任', '陕西省体彩中心'); 张永民 and 樊宏 as written (樊宏's second post, 西安管理站
    站长, not used). The forgers of the 宝马 tickets are not in the text. 工作纪律 only ("用人失察，
    监管不力，违规操作"); hard: could add 选人用人 for "用人失察".
 5  The stored page is the article's second page: it starts at "这两个方面的支出…". All payers
    and payees are organs (北京福彩, 陕西福彩中心, 民政厅, 长春福彩中心 …): in, no entry.
    八项规定 (bonuses, cars, trips) and 廉洁纪律 (挪用).
 6  The photo caption, the two sub-headings ("国企领导疯狂敛财900万", "“买彩票的欲望…”") and the
    truncated "一次次丧失" cut; "……" kept as its own paragraph. Five accused as first written: 王保安,
    尹明奎 (also in 002, here with his 民政厅 post), 王世才 of a state coal firm, 冯恩波 ('计生职工',
    '云南腾冲县') and 徐轲 of a state firm (hard: staff of state firms counted as public servants).
    贪污贿赂, 廉洁纪律 (挪用公款), 生活纪律 (buying tickets as gambling). Off the charity side:
    officials' lottery gambling.
 7  Headers, "来源：法广" and the site's membership lines cut. Hard: only a suspicion that the
    珠海 红十字会 or 民政局 sold donated clothes, denied by both; organs, no entry. The clothes firm
    and its 负责人 are private. 廉洁纪律 only.
 8  Traditional comment; the spam header, headline and time/source line cut; two sentences
    garbled in the stored copy ("被嚴重?fù)p耗" and "因?yàn)檫@么點小錢") cut with the "確實，6116元…"
    sentence that answers the second, and the truncated last sentence cut. The 成都市紅十字會 is an
    organ: in, no entry. 形式主义官僚主义 ("官僚化") and 工作纪律.
 9  Traditional commentary; byline "成彪/文" and the truncated "既不緊不" cut. 薛長春 first
    written "原廣東省原扶貧經濟開發總公司總經理薛長春": ('薛長春', '總經理', '廣東省原扶貧經濟開發總公司')
    (hard: the leading "原" could go with the post). The 山西省民政廳 and the 海青村 are organs.
    廉洁纪律, 贪污贿赂 (侵吞公款), 八项规定 (the 豪華辦公樓), 群众纪律 (relief kept from the
    people).
10  An article page: the headings "引言…", "一、…", "1. 郭美美事件…", "信任崩塌的细节", "2. 南京…" and
    "挪用手段", the first bullet list and the truncated third bullet cut; the two kept bullets joined
    as sentences. 郭美美 holds no post; the 红十字会 is an organ. ('潘锴红', '副秘书长', '南京市慈善
    总会') (hard: a 慈善总会 post counted as public, as the 挪用公款罪 conviction implies). 廉洁纪律
    and 贪污贿赂.
11  Mixed: the donors' and the mother's claim to the money given for 苏田田 (a personal claim, given
    up after her death) beside the 永定 红会's holding of it. A 贴吧 copy: the two sub-heads and the
    page's repeated second half cut. 沈卜魁 only explains; the 红会, the 会计核算中心 and the absent
    卫生局长 are organs or unnamed: in, no entry. 形式主义官僚主义 and 群众纪律 (拖欠群众款物).
12  Short anonymous post. Hard: the money that "都进了私人腰包" is not tied to anyone by name; the
    post's context (the 村支书 removed after the fight "因为帐目") makes him the accused:
    (None, '村支书', None); the 村会计 is not given an entry (could be). The donation call itself is
    not alleged as misconduct. 廉洁纪律 only.
13  涉法涉诉: the 1001万 prize suit. The sub-heading, the caption "涉案彩票。/受访者供图" and the
    truncated "得知中奖当晚，" cut. 王某 and his cousin are private sellers.
14  涉法涉诉: a 体彩站 owner's suit against her clerk 高同坤 over a 209724元 prize. The heads
    "一、裁判理由:" and "二、案件详情:" cut; the "原告:" and "被告:" labels kept; ends before the truncated
    "原告所述的…".
15  涉法涉诉, mixed: 雷建炎's appeal for refunds and damages against the 文旅体育局 (which he says
    acted "违法违规" and had him "被强制送" to hospital) and two sellers. Heads "一、" to "三、" cut;
    ends before the truncated 6月30日 sentence. The 局 is an organ and the claim is the centre:
    out, no entry (hard: could be read as not mixed, the 违法违规 being only his pleading).
16  个人利益诉求: a 彩民's complaint that his seller 陈梅风 kept his prize. The "核心提示" paragraph
    (with the site's "(微博)" link junk), the caption and the "【彩民投诉】…" sub-heading cut; ends
    before the truncated "抑制…". Could be read as 涉法涉诉 if he sues (the text does not say).
17  个人利益诉求, traditional: a mother's plea for marrow and money. Headline, caption, "大陸中心
    綜合報導", the father's telephone line and the last caption cut.
18  个人利益诉求: a 7-year-old's leukaemia and her family's appeal; the sub-heading and the
    sentence truncated at "小雨才一岁" cut. The 马晓岸 students and 张俊宝 are helpers and another
    patient. Could be read as 其他 (a news report of help given).
19  其他: the 中华儿慈会 (a private foundation) under a 民政部 inquiry and its volunteer 柯某孝
    held for fraud. Title, author, date, hit-count and the caption cut. The 民政部 only acts.
    Could be read as 涉法涉诉 (柯某孝 is in custody).
20  其他: a whistle-blower's letter on 儿慈会 money moved to the 成龙基金会; both are private
    foundations, 周筱赟 a reporter. Headline and byline "王丹阳" cut; ends before the truncated
    "对此，成龙…".
21  其他: a cancer patient's daughter on the 中国癌症基金会's unpaid "愿望基金". Forum header, title,
    the "本帖最后由…编辑" line and the byline "本文首发于《华夏时报》记者 | 崔笑天" cut; ends before her
    truncated quote. The foundation and 轻松筹 are not public bodies. Could be read as 个人利益诉求
    (her demand that the money go back to the donors).
22  其他, traditional: a prize taken with a photo of the ticket and returned after police
    persuasion. Date, headline and byline "大陸中心／倪譽瑋報導" cut. Nobody holds a post.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH143: list[Item] = [
    # 01
    ('http://www.handmsg.com/page/2018/0921/4246390.shtml',
     '又一位福彩中心主任落馬。9月12日，中央紀委國家監委網站發布：中國福利彩票發行管理中心（下稱“福彩中'
     '心”）原主任王素英涉嫌嚴重違紀違法，目前正接受紀律審查和監察調查。算下來，2017年以來，繼陳傳書、'
     '鮑學全之后，這位女廳官已經是第三位落馬的福彩中心主任了。不僅如此，在她之前，福彩中心原副主任王云戈去'
     '年也因涉嫌嚴重違紀落馬。當然，如果我們再把關注度延展開一點，值得關注的地方就更多了。此前，民政部原部'
     '長李立國、原副部長竇玉沛、中央紀委駐民政部原紀檢組組長曲淑輝，一名正部級、兩名副部級干部因為所轄單位'
     '發生系統性腐敗問題而落馬。一腐敗就是“一窩”，問題很嚴重。先簡單還原一下事件原貌。王素英，女，今年5'
     '7歲。從2008年至2017年這10年間，她的工作都與彩票有著緊密的聯系。2008年9月至2012年'
     '10月，擔任民政部社會福利和慈善事業促進司副司長；2012年10月至2015年1月，又兼任民政部社會'
     '福利中心黨委書記（正司級）；2015年1月至2017年5月，擔任福彩中心主任。目前，對王素英的調查結'
     '果沒有公布，她有哪些嚴重違紀違法行為，尚不得而知。但一位彩票業內人士對《中國經濟周刊》記者分析稱，王'
     '素英落馬，很可能與之前已落馬的，其在民政部的領導、前任有牽連。2017年2月8日，民政部原黨組書記、'
     '部長李立國和民政部原黨組成員、副部長竇玉沛落馬；同日，福彩中心原主任鮑學全、原副主任王云戈等因涉嫌嚴'
     '重違紀被立案審查。值得一提的是，在描述這兩起事件時，中紀委網站用到了“系統性腐敗”這一詞匯，可謂罕見'
     '。事實上，福彩中心主任這個崗位，一度仿佛是個“旋渦”。在王素英之前，陳傳書、鮑學全先后擔任過福彩中心'
     '主任職務，目前均已落馬。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('王素英', '原主任', '中國福利彩票發行管理中心'), ('陳傳書', '主任', '福彩中心'), ('鮑學全', '原主任', '福彩中心'), ('王云戈', '原副主任', '福彩中心'), ('李立國', '原部長', '民政部'), ('竇玉沛', '原副部長', '民政部'), ('曲淑輝', '原紀檢組組長', '中央紀委駐民政部')]),
    # 02
    ('http://liuyd.cn/chuanmei/df/18451.html',
     '在国家审计署对18省开展彩票资金审计工作的半年后，第三起由官方公布的彩票官员涉嫌违法犯罪被查事件浮出'
     '水面——江苏省常州市体彩中心原主任徐小平以涉嫌受贿罪被立案侦查。这条消息于2015年5月12日传出。'
     '此前被查出的两位彩票官员分别是：新疆福彩中心主任尹明奎、湖北省福利彩票发行中心襄阳管理站主任秦怀国。'
     '近年来，随着彩票事业的高速发展，落马的彩票官员时有出现。对于彩票系统的公开性、透明性，公众的质疑之声'
     '甚嚣尘上。而这些落马官员的贪腐轨迹，也折射出不少彩票系统值得注意的问题。据法治周末记者不完全统计，自'
     '2005年以来，已有超过21位体、福彩系统在职官员被查消息公之于众。其中，大部分落马官员来自体彩中心'
     '、福彩中心，也有的来自这两家单位的上级单位——民政部门与体育部门。副厅级彩票官员尹明奎除了担任新疆福'
     '彩中心主任外，还是新疆民政厅副巡视员。他也曾获得2010“公益彩票 爱心使者”奖。2015年4月1日'
     '，中央纪委监察部网站发布消息称，尹明奎涉嫌严重违纪违法，正在接受组织调查。5月11日，最高人民检察院'
     '网站显示：对尹明奎以涉嫌受贿罪立案侦查并采取强制措施。不过，他的落马与彩票是否有直接关联还未可知。有'
     '报道称：“因尹明奎长期从事、负责新疆福利彩票工作，因此尹明奎出事和尹明奎问题可能与福彩有关联。”',
     'in', None, False, ['贪污贿赂'],
     [('徐小平', '原主任', '江苏省常州市体彩中心'), ('尹明奎', '主任', '新疆福彩中心'), ('秦怀国', '主任', '湖北省福利彩票发行中心襄阳管理站')]),
    # 03
    ('http://house.people.com.cn/n/2014/1208/c164220-26167780.html',
     '近日，审计署针对彩票资金展开大范围审计。官方数据显示，我国启动彩票事业20多年来，发行规模已累计达1'
     '.7万亿元。作为动员社会力量参与福利事业、体育事业发展筹集的“公益钱”，有明确用途规定—通常彩票销售'
     '额的15%用作发行费，35%用作公益金，50%留作奖金池。彩票资金是以抽签有奖方式筹集的社会公益金，'
     '理应“取之于民、用之于民”。而“新华视点”记者调查发现，对彩票的发行费和公益金，各地在使用中存在巨大'
     '差异，标准、去向均模糊不清。一方面，发行费标准多年居高不下；另一方面，有大量公益资金趴在地方政府账上'
     '“睡大觉”，还有部分公益资金被用于盖大楼、买游艇、补亏空。被控贪污4744万元的青岛市福彩发行中心原'
     '主任王增先在任时，曾斥2000万元公款，购买当时国内最顶级的豪华游艇。记者获得的广东省政府采购中心招'
     '标文件显示，2013年11月起，广东省一家彩票管理中心采购啤酒期间，还公告降低招标要求，广州南沙区某'
     '食品店的一次中标金额就达98.895万元。即便是打着公益“旗号”，资金也屡屡被挪用。上海市审计局报告'
     '显示，2009年该市用于体育场馆改造公益金共1643万元，但有543万元实际用在场馆办公房改造及出租'
     '房屋修缮、办公设备购置，超规定范围的支出占总支出近三成。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '八项规定'],
     [('王增先', '原主任', '青岛市福彩发行中心')]),
    # 04
    ('http://news.sina.com.cn/c/2004-05-12/05522509121s.shtml',
     '经过媒体和公众的多日等待之后，国家体育总局体育彩票管理中心就西安“宝马彩票案”的明确表态和相关举措于'
     '昨日公之于众。同时，陕西省和西安市两级体彩中心的三位相关负责人也在昨天因“用人失察，监管不力，违规操'
     '作”而遭受处理：曾经“拿头担保体彩中心没作假”的贾安庆被责令辞去陕西省体彩中心主任职务；负有直接分管'
     '责任的陕西省体彩中心副主任张永民被责令停职检查；西安市体彩中心主任樊宏被责令辞职。西安市体育局党组同'
     '时建议陕西省体彩中心撤销樊宏的西安管理站站长职务，并派出纪检组进驻省市体彩中心。昨天下午4点，记者得'
     '到消息称，陕西省体彩中心就假彩票事件正在召开一个内部通气会。当记者赶到现场，却被门口一名手拿对讲机的'
     '工作人员拦住。据他称，领导要求不允许记者入内。同样受阻的还有多名闻讯前来的当地媒体记者和央视记者。在'
     '等待过程中，央视体育频道的记者拨通陕西省体彩中心主任贾安庆的电话，希望得到他的许可进入。而贾安庆表示'
     '无能为力，因为他已因假彩票事件而“辞职”。昨晚，西安当地各大媒体均从有关部门获得一份新闻通稿，内称：'
     '今年3月的西安假彩票事件是发生在即开型彩票销售中的极其恶劣的欺诈案件，影响极坏，严重损害了广大彩民的'
     '利益，给政府的公信力造成了不良影响。',
     'in', None, False, ['工作纪律'],
     [('贾安庆', '主任', '陕西省体彩中心'), ('张永民', '副主任', '陕西省体彩中心'), ('樊宏', '主任', '西安市体彩中心')]),
    # 05
    ('http://wzatv.cc/atv/a/yaowen/2017/0325/215766_2.html',
     '这两个方面的支出看起来很普遍，有的金额很大，比如北京福彩动用发行费609.87万元，超过规定标准为单'
     '位职工发放工资及奖金；北京体彩则为此动用了3905.55万元。审计结果公告显示，“三公”支出挪用彩票'
     '资金也很普遍。共有122个单位将彩票资金用于“三公”支出，包括超标准或超编制购买和使用公车，违规组织'
     '出国（境），以及借培训和会议等名义公款旅游。“三公”支出的受益方，不仅有本单位，还有上级单位。比如，'
     '有4家省福彩中心买车给民政厅长期使用，分别是山西、吉林、云南和陕西。其中陕西福彩中心为民政厅买了4辆'
     '，花费125.41万元。其他三家福彩中心购车数量虽不及陕西，但单价更高：山西花费62.06万元买了一'
     '辆越野车；吉林花了124.46万元买了一辆越野车；云南花费156.39万元买了两辆越野车。这种用发行'
     '费为上级服务的事情还有很多，除了买车之外，大多是发放奖金。比如长春福彩中心为该市民政局职工发放奖金2'
     '9.28万元；大庆福彩中心动用29.1万元，为该市民政局职工发放奖金；江苏体彩中心动用发行费67.7'
     '万元，为该省体育局等单位职工发放奖金。一位熟悉内情的业内人士介绍说，此类事情的发生，有的是下级单位主'
     '动行事，也有的是上级单位索要，个中含义双方都心知肚明。“各自都把发行费当成了一块轻而易举到手的‘肥肉'
     '’，都眼睁睁地盯着，于是要搞平衡，领导拿一点，员工拿一点，上面拿一点，下面也要拿一点。平衡之后，内部'
     '就没有风险了，大家皆大欢喜。”这位业内人士告诉《中国新闻周刊》，有的彩票发行和管理部门对发行费的管理'
     '较为随意，“有的机构想怎么花就怎么花，但按规定，发行费和公益金都要编制预算，使用范围有专门的规定。”'
     '相关单位花钱随意性的另一个表现，是采购时不经过法定的程序。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     []),
    # 06
    ('https://m.jvnan.com/article/223062.html',
     '彩票，被定义为“以抽签给奖方式进行筹款”。它源于游戏，而游戏的本质就是一种出于人的生理需要而产生的玩'
     '乐活动。国家发行彩票的目的是为了筹集社会公众资金，资助福利、体育等社会公众事业发展，而并非赌博。但近'
     '些年，总有些官员因“彩票”而落马。2017年，国家统计局原党组书记、局长王保安利用职务上的便利，为相'
     '关单位和个人在彩票销售等事项上提供帮助，非法收受他人财物共计折合人民币1.53亿余元，一审被判处无期'
     '徒刑。2016年，新疆维吾尔自治区民政厅原副巡视员尹明奎获刑5年半。据他交代，受贿280万余元多用于'
     '购买彩票。2013年，青海煤业鱼卡公司人力资源管理部原副部长、财务负责人王世才被查贪污公款786.3'
     '万元、挪用公款8085万元，全部用于购买彩票，致使这9000余万元公款挥霍一空。2012年，云南腾冲'
     '县计生职工冯恩波挪用128万余元社会抚养费，购买体育和福利彩票，最终被判处有期徒刑15年。……他们或'
     '抑制不住对金钱的渴望、或无法克制赌徒的心理，亦或沉溺于其中不能自拔……把买“彩票”当成了“赌博”。为'
     '了“赌”赢，不惜搭上自己的前途和自由。2017年6月2日，中国电子科技网络信息安全有限公司党群工作部'
     '副主任徐轲涉嫌贪污被立案侦查。据徐轲交待，年仅34岁便走上了副处级领导岗位，使得他不断膨胀，不再满足'
     '于工作成绩带来的成就感，开始通过购买足彩换取更大的刺激。他曾单天赢过70万元，也在半日时间就输掉20'
     '多万元，输多赢少注定入不敷出。先后卖掉成都的两套住房后，开始贷款购彩。徐轲在忏悔录中说：“买彩票的欲'
     '望就像毒瘾一样侵蚀着我，以致疯狂”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '生活纪律'],
     [('王保安', '原党组书记、局长', '国家统计局'), ('尹明奎', '原副巡视员', '新疆维吾尔自治区民政厅'), ('王世才', '人力资源管理部原副部长、财务负责人', '青海煤业鱼卡公司'), ('冯恩波', '计生职工', '云南腾冲县'), ('徐轲', '党群工作部副主任', '中国电子科技网络信息安全有限公司')]),
    # 07
    ('http://cn.secretchina.com/news/gb/2013/05/11/497037.html',
     '中国红十字会对赈灾物资的处理再受质疑，有网民上载照片显示，珠海一家旧衣物收购公司仓库内，存在一、二十'
     '个印有珠海红十字会标识和珠海市民政局字样的募集物资专用袋，引发舆论质疑，红会是否变卖市民捐助的衣物？'
     '抑或单纯版人误用？珠海市红十字会和民政局工作人员否认变卖捐赠物资，而珠海市已成立调查组，稍后公布调查'
     '结果。据报，珠海市香洲警方9日在查处一间旧衣物回收工厂内是否存在非法入境、非法居留及非法就业的“三非'
     '”人员时，意外在厂内的旧衣物中发现有红会标识的白色编织袋，袋上还印着“珠海红十字会募集物资”、“珠海'
     '市募集衣被专用袋”、“珠海市民政局制”以及电话号码等字样。事件曝光后，舆论质疑这究竟是市民捐赠的衣物'
     '被变卖，还是该公司冒用、偷用、误用红会的专用袋？广州记者10日再到现场，印有相关字样的袋已不复见，负'
     '责人称，红会的袋子在被工人取出袋中物资后已被丢弃。负责人曾向记者展示运费账单，显示旧衣物的运输车辆均'
     '为江西、福建等外省车辆。不过，记者发现，有关账单数据曾经人手改动，而且出入货数量不符，有些相差逾一千'
     '公斤，但负责人又拒绝进一步提供原始单据供查阅。珠海市民政局人士表示，部门数年前已不接收市民捐助的各类'
     '旧衣物，以免引发次生危害，不明白为何会有编织袋流出市面，具体情况须待调查组调查。',
     'in', None, False, ['廉洁纪律'],
     []),
    # 08
    ('http://m.gupiaobar.cn/plzhx/dlgc/shehui/201212/t20121227_3495666.htm',
     '近日，網爆成都市紅會在汶川地震后設立的募捐箱，因多年未取，導致箱內紙幣長出白毛。直到今年6月，紅會才'
     '派人到倉庫，清點募捐款。最后，紅會提供的兩張愛心收款統一票據顯示，共計捐款6116元。捐的紙幣發霉，'
     '簡直令人發指。成都紅會面對發霉的紙幣，一直沒有回應，如果他們回應，會怎么說呢？會不會欣喜地舉著捐款箱'
     '說，大家看，你們的捐款我們一分沒動，都在箱子里發霉呢！還是嚴肅地告誡踴躍捐款的諸位，紙幣易發霉，以后'
     '捐款請用硬幣呢？報道中說，這些募捐箱是成都市紅十字會在汶川地震后設立的，合作單位是兩家公司。可是紅會'
     '出現了人事變動，單方面違約，導致數百只募捐箱設置工作無法進展，公司與紅會協調數百次未果。這說明，我們'
     '的紅會機構是多么的官僚化，人事一變動，就違約了，慈善工作就無法開展了，那紅會的人事再變動幾下，是不是'
     '慈善事業就基本與它無關了呢？',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 09
    ('http://whmsebhyy.com/review/essay/20050401/10271480272.shtml',
     '3月27日晚，央視《焦點訪談》報道，山西省民政廳動用了2000多萬元救災捐贈款和260萬元福利金，建'
     '造豪華辦公樓和宿舍樓。而所謂的老年人活動中心只是三間小房。稍加留意，發現近期媒體報道的挪用扶貧、救災'
     '款的惡性事件還有不少———3月27日《中國青年報》報道：吉林省松原市長嶺縣海青鄉海青村申請到10萬元'
     '國家扶貧款，然而，發到村民手中的，只有區區1000元，其余款項被用于還村集體陳欠款和干部陳欠工資。今'
     '年1月的《□元望東方周刊》刊載：原廣東省原扶貧經濟開發總公司總經理薛長春，在任期間利用職務便利，采用'
     '虛構合同、虛構支出等手段，涉嫌侵吞公款2700多萬元，挪用公款356萬多元，其中大部分是扶貧專用款。'
     '……扶貧、救災款被挪用的現象究竟有多嚴重？從2000年7月7日《華聲報》的報道便可見一斑：1997年'
     '至1999年上半年，中央和地方各級政府共向全國592個國家重點扶持貧困縣投入扶貧資金488億元。經審'
     '計，查出扶貧資金被擠占挪用、虛列支出、轉移資金和私設“小金庫”達43.43億元，占被審計扶貧資金總額'
     '的20.43%。災民水深火熱，饑民嗷嗷待哺，救災、扶貧款物卻被挪作他用，某些官員的目無法紀、膽大包天'
     '只是一個原因，救災、扶貧部門的懶政同樣是“罪魁禍首”。救災、扶貧款物，是用于扶持那些生活最艱難、最需'
     '要幫助之人群的，國家嚴格規定，對此的管理和使用，必須專款專用，不得挪用；如何保證專款專用？最簡單的方'
     '法便是公開：各層各級向全社會公開上級撥發的救災扶貧款數額，每個基層單位和個人配給的具體數額，讓救災、'
     '扶貧的“最終端”———災民、貧困人口知道自己該得多少，那么誰也別想挪用一分錢救災款。',
     'in', None, False, ['廉洁纪律', '贪污贿赂', '八项规定', '群众纪律'],
     [('薛長春', '總經理', '廣東省原扶貧經濟開發總公司')]),
    # 10
    ('https://www.rinaloveslife.com/news/ci-shan-zu-zhi-shi-xin-an-li-shen-du-pou-xi-cong-xin-ren-wei-ji-dao-zhong-jian-zhi-lu-ru-he-bi-mian.html',
     '慈善组织作为社会财富的第三次分配者，其核心资产并非资金规模，而是公众的信任。然而，近年来频发的慈善失'
     '信案例，如同一颗颗重磅炸弹，不断冲击着公众的爱心防线。从郭美美事件引发的红十字会信任危机，到地方性慈'
     '善机构的善款挪用丑闻，每一次曝光都让公众的捐赠热情降至冰点。本文将深度剖析慈善组织失信的典型案例，揭'
     '示信任危机的根源，探讨重建信任的路径，并提供切实可行的建议，帮助公众和监管机构识别风险，避免善款被挪'
     '用。2011年，一个名为郭美美的年轻女孩在微博上炫富，其认证身份为“中国红十字会商业总经理”。这一事'
     '件瞬间引爆舆论，尽管红十字会迅速撇清关系，但公众的质疑声浪并未平息。这起事件暴露了红十字会内部管理的'
     '混乱和信息不透明。后果：事件发生后，红十字会收到的捐款额急剧下降，公众对其信任度跌至谷底。这起事件成'
     '为慈善组织信任危机的标志性案例。2013年，南京市慈善总会副秘书长潘锴红因挪用公款罪被判处有期徒刑。'
     '潘锴红利用职务之便，将慈善总会的善款用于个人投资和消费，涉案金额巨大。虚构项目：通过虚构慈善项目，将'
     '善款转入个人控制的账户。内部勾结：与财务人员串通，伪造票据和审批流程。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('潘锴红', '副秘书长', '南京市慈善总会')]),
    # 11
    ('http://45.113.194.42/p/1178506755?pid=13774670346',
     '对此，永定红会办公室主任沈卜魁解释称，捐款要由县会计核算中心核算，并由县卫生局局长签字后才能转存。各'
     '界捐给田田的5万元，已历经3次核算，“但县里正在换届，目前卫生局长还没有到位，没有他的签字，我们不能'
     '转出”。刘先生是永定县委某部门的普通职工，他有亲属和苏田田家是同村的。6月15日，本报报道了苏田田的'
     '不幸遭遇后，刘先生所在单位也收到了由县妇联等多部门联合发出的“捐款倡议书”。刘先生当即捐了500元钱'
     '，“小孩子太可怜了，我们单位的同事都很同情”。刘先生说，当时单位10多个同事基本都捐了钱，差不多有2'
     '000元钱，他们都将钱转入由县红十字会开设的专门账户中，“钱虽然不多，可代表着我们的一份心意”。刘先'
     '生说，据他了解，县里不少单位都发动了捐款，一个月下来应该有几万元爱心款。刘先生一直以为，这些钱已在第'
     '一时间送到了田田手中，并作为她的医疗费用。前几天，刘先生碰巧遇上了田田的母亲郑金凤。闲聊中，她告诉刘'
     '先生，从头到尾，永定县红会都没有送来任何给田田的医疗费，这让刘先生百思不得其解。郑金凤告诉记者，田田'
     '住院期间，她曾向永定县红会咨询爱心捐款一事，“当时他们说，还有捐款没有送到他们那里，等捐款收齐了以后'
     '再一起转到田田的账户。但是，一直到田田走的那天，他们还是没有转过来任何钱。田田去世了以后，我也就没有'
     '再去问这个事了”。',
     'in', None, True, ['形式主义官僚主义', '群众纪律'],
     []),
    # 12
    ('http://39.103.169.235/p/fbf7ba18842a',
     '村里大喇叭又号召人们捐钱用于村集体消毒和值守，村民微信群里晒出了捐款的人名和数额。我不想捐的原因，我'
     '们是城中村，村集体本来挺有钱的，村里经常卖地，那些工厂买地，除了给农户钱还要每亩交我们大队七千元，最'
     '近这些年卖了有几百亩地，村集体相当有钱。前年村支书和村会计打架，因为帐目吧，闹到镇上，镇领导不让上一'
     '任村支书干了，村里重新选了新的村支书，新的村支书上任村里穷的叮当响，人家不断地自己掏钱用于村支部支出'
     '。原先村里那些钱哩，都进了私人腰包。村民们也都心知肚明，但谁又愿意出头得罪人呢。现在连大队部平常的支'
     '出都是人们捐钱。如果是自己辛苦劳动所得捐点，心里也痛快。那么多钱据为己有，你比别人多捐点也让人鄙视。',
     'in', None, False, ['廉洁纪律'],
     [(None, '村支书', None)]),
    # 13
    ('http://amazingday.cn/a/202405/127.html',
     '这是一场持续将近5年的诉讼拉锯战。西安市民姚先生通过微信转款给彩票店老板买彩票，没想到彩票店老板发来'
     '的彩票，居然中了1001万大奖。随后彩票店老板声称中奖彩票发错了，各方因一张1001万元的中奖体育彩'
     '票归属起了争执。最后，竟然是彩票店老板的表哥去领了奖。今年3月15日，这张千万中奖彩票奖金归属权，终'
     '于有了一审判决：领奖的彩票店老板表哥，被判归还全部奖金并支付利息给购彩者姚先生。有涉事方依据经验告诉'
     '上游新闻记者，一审判决，绝非此事的终点。据上游新闻此前刊发《西安男子网购彩票中1001万元大奖 投注'
     '站老板：发错了，不是你的》报道显示，陕西西安市民姚先生当年43岁，在西安市鄠邑区打工，月入3000元'
     '左右，长期有购买彩票的习惯，并常在王某夫妇经营的彩票站购买彩票。王某夫妇经营的彩票代销站位于西安市鄠'
     '邑区。法院调查显示，2019年7月17日下午1时，有案外人在王某处购买了自选彩票，选中号码为涉案彩票'
     '号码（体彩大乐透19082期，票号110610-177960-065449-965002-73965'
     '8），该张彩票共5注，价值10元。出票时，王某未按照案外人要求追加倍投。于是，这张彩票被案外人弃置于'
     '彩票站内。而重新追加倍投的彩票，被该案外人当场带走。此后，该案外人中奖1800万元。有法院调查显示，'
     '当日下午5时25分，姚先生向王某发送20元微信红包，并注明“机选大乐透 10”，寓意要购买彩票。此后'
     '，王某通过微信向姚先生发送了一张照片，内有两张彩票，其中一张为涉案中奖彩票。后经法院调查显示，王某向'
     '姚先生发送照片时，遮盖了中奖彩票的出票时间。日后，这也成为双方争议焦点之一。当晚，体彩超级大乐透第1'
     '9082期开奖。这张彩票中奖，奖金为1001万元。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.163.com/news/article/HPGLQEG30553B1ZU.html?clickfrom=subscribe',
     '山东省沂水县人民法院，投注号码经投注机打印出的对奖凭证即为彩票，是按特定规则确定是否获取奖金的有价凭'
     '证，中奖彩票为兑奖唯一凭证，不论被告是作为一般购买还是作为员工购买，双方已形成了先出票后补款的交易习'
     '惯，双方也已形成了票款不一致需被告“垫钱”进行平账的报账方式，被告于2019年12月30日进行彩票投'
     '注并打印，此时彩票应归被告所有，被告享有获奖的机会，即使彩票款尚未支付，对于彩票所有权的归属并无影响'
     '，出卖人仅享有追索彩票款的权利，同时，被告不能以拒领彩票从而拒绝支付购票款。原告：1、请求人民法院依'
     '法判令被告返还彩票奖金209724元及并承担利息；2、本案诉讼等费用由被告承担。事实和理由：原告在河'
     '东区医院沿街楼经营体彩站，销售彩票，门店编号为22-023691号。2019年7月29日被告高同坤到'
     '原告处工作。2019年12月30日，被告使用原告站点资金15元购买彩票一张。该彩票得中20001期超'
     '级大乐透，中奖税后金额为209724元，为被告领取。因该中奖彩票系被告使用原告站点资金购买，中奖奖金'
     '应归原告所有。原告就被告返还奖金一事与被告多次协商未果。为此，向人民法院提起诉讼，请法院查清事实，依'
     '法支持原告的诉讼请求。诉讼过程中，原告将事实和理由中的“购买”均变更为“盗打”。被告：原告诉讼请求无'
     '任何事实，法律依据，被告不予认可，请求法院依法驳回原告诉讼请求。第一：本案既然是彩票、奖券纠纷，争议'
     '的焦点就应该是彩票奖金权属问题。原告在诉状中称，被告使用原告站点资金15元购买彩票一张，该彩票得中2'
     '0001期超级大乐透，中奖税后金额为209724元，为被告领取，因该中奖彩票系被告使用原告站点资金购'
     '买，中奖奖金应归原告所有。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.163.com/news/article/HNIV33GT0553B1ZU.html?clickfrom=subscribe',
     '湖南省株洲市中级人民法院，1、彩票不记名、不挂失、不返还本金的规则。2、因购买彩票精神失常不具有可预'
     '见性，无侵权的主观过错。上诉人（原审原告）：雷建炎上诉请求：撤销原审判决，改判：1.判令文旅体育局退'
     '还雷建炎2018年世界杯足球赛没有购买中国体育彩票款15,000元；2.判令文旅体育局返还雷建炎已经'
     '购买突尼斯对巴拿马、法国对阿根廷、俄罗斯对西班牙、比利时对日本、瑞典对瑞士的中国体育彩票款27,20'
     '0元；3.判令文旅体育局承担雷建炎被强制送株洲市第三人民医院住院19天的费用8,673元；4.判令文'
     '旅体育局承担雷建炎在株洲市第三人民医院住院19天的误工费6,002元；5.判令文旅体育局支付违法违规'
     '造成雷建炎直接经济损失相等的赔偿金56,875元，精神伤害赔偿抚慰金42,200元。上述5项合计15'
     '5,950元；6.判令文旅体育局从2018年8月起，按照中国人民银行规定的贷款利率支付利息；7.判令'
     '文旅体育局按照国务院《彩票管理条例》的统一规定，结算已经购买的中国体育彩票的开奖兑奖，支付违法违规的'
     '赔偿金。上诉人（原审被告）：文旅体育局、彩票发行站、刘畅、彭春花统一辩称，一审判决认定事实清楚，适用'
     '法律正确，应当维持原判。一审法院认定事实：雷建炎在世界杯期间有购买体育彩票的习惯。2018年6月29'
     '日，雷建炎到刘畅经营的投注站购买突尼斯对巴拿马的中国体育彩票，刘畅告知雷建炎突尼斯作为主队需让一球才'
     '能视为胜，雷建炎表明对规则清楚后，购买了2万元突尼斯××队对巴拿马客队胜的中国体育彩票。后比赛结果为'
     '突尼斯2:1，雷建炎认为其已中奖，而刘畅对其解释按游戏规则未中奖。',
     'out', '涉法涉诉', True, [],
     []),
    # 16
    ('http://qz.zjol.com.cn/07qztk/system/2012/09/03/015398468.shtml',
     '“我的情绪从来没有像这几天一样大起大落过，从得知中奖时的惊喜，到眼看着奖金被人领走时的愤怒。就这样，'
     '33万元大奖，飞了。”9月1日，韩先生见到记者时，情绪依然激动。韩先生是铁杆彩迷，他告诉记者，7年来'
     '，他一直在他家附近的开封市向阳路福彩销售站买彩票。“我跟老板两口子都熟悉，几个月前，男老板去世了，我'
     '仍然经常打电话、发短信委托女老板为我投注，这在老彩民中是常有的事。”韩先生说，他和女老板陈梅风（音）'
     '一直相互信任，他委托对方投注，就很快把钱还上；有一次他中了4.9万元奖金，陈梅风也给他送过去。韩先生'
     '说，他和陈梅风之间因彩票引发争执，让他“根本没想到”。“8月21日，我出差去北京之前，就给陈梅风打电'
     '话，说定了在8月23日替我购买‘3D149’及其他类型的彩票。”韩先生说，“23日中午，我在北京给她'
     '打电话，让她替我买‘3D149’333注，一个100倍、另一个200倍的彩票，加上其他类型的彩票共计'
     '投入资金2000元。”“下午3点多，我给她发信息，询问彩票购买情况，她给我回信息：‘知道，打完了20'
     '00元’。晚上7点15分，我又问了一次购买的情况，她仍然回复信息‘打好了，共2000元’。”韩先生拿'
     '着手机让记者看当日他和陈梅风互发的信息。当晚，韩先生得知自己所买的3D彩票号码149中奖，奖金总额为'
     '33万元。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://tw.bg3.co/a/shan-dong-bai-xie-bing-bao-bao-deng-gu-sui-mu-xin-tong-xiang-tai-wan-qiu-yuan.html',
     '山東鄒平縣長山鎮高旺村有個未滿2歲的孩子，去年10月因高燒入院，最後證實得了白血病，目前已進行4個療'
     '程的化療，並等待骨髓移植手術。其母本月1日心痛地PO文表示，他們在中華骨髓庫臍帶血庫都尋找了，卻沒找'
     '到適合的骨髓，「我們想聯繫臺灣那邊，大家能幫幫忙嗎？」這個孩子名爲王俊哲，他的父母均是農村在外打工者'
     '，爲了給孩子看病家中債臺高築。他們也在新浪微博成立了「俊哲寶寶生命里程」，時時更新孩子的動態，並公佈'
     '俊哲的「HLA分型結果」，懇求大家救救他們患有白血病的兒子陸媒報導，鄒平縣宣傳部管理的山東鄒平微博已'
     '確認訊息真實性，各方對小俊哲的善款也涌入。可惜，俊哲父母最想要的合適骨髓還沒找到，父親王偉也一遍遍的'
     '祈求好心人幫忙。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://www.es9e.cn/info/1027/9904.htm',
     '一个7岁利川白血病女孩秦雨，因家庭贫困无法支付高额治疗费用，上网求助引发多方爱心人士捐助。中南民族大'
     '学在校研究生马晓岸知道后，号召“晓风柳岸”志愿服务队发起湖北、贵州十所高校，联合为秦雨开展“情系小雨'
     '，传递真爱”大型公益活动。3月31日上午，志愿者们不远千里送来善款，小雨父母感激不尽，并把其中一万多'
     '元转捐给了他们认为更需要帮助的白血病男孩张俊宝。去年12月25日，州城处处洋溢着圣诞节的欢乐气息，一'
     '封标题为《为7岁白血病患者儿童秦雨募捐倡议书》的帖子出现在恩施新闻网《新恩施论坛》上，称一名7岁利川'
     '女孩患白血病，家庭贫困无力支付高额医疗费用，希望得到援助。本网记者见到后立即赶到州中心医院了解情况。'
     '在州中心医院一病区二楼儿科隔离病房门口，记者见到秦雨的母亲李春华，经了解得知，秦雨是利川市沙溪乡花嵌'
     '村十组人，就读于湖北省利川市沙溪乡民族小学102班。2012年12月17日，小雨被确诊为急性髓系白血'
     '病M3，化疗是挽救她生命的唯一方法，然而眼下巨额的医疗费却成为了她与病魔斗争的最大阻碍。李春华透露，'
     '小雨的奶奶在2001年患急性脑膜炎，在家徒四壁、无钱医治的情况下，不愿拖累这个家，跳进天坑身亡。事隔'
     '十余年，家人仍然无法走出这个阴影。孩子的大伯患先天性小儿麻痹症，也因无钱医治，走路异常吃力。现在小雨'
     '又查出白血病，已经下了两次病危通知书，让整个家又陷入更深的困境。除了用药，小雨几乎每天都需要输血。住'
     '院的费用加上陪护的家人生活费用已经花了七、八万，多半都是借款。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://huarenbao.net/shizheng/4564.html',
     '据民政部网站9月27日消息，针对群众举报和媒体反映的中华少年儿童慈善救助基金会“9958儿童紧急救助'
     '项目”及其他有关问题，民政部高度重视，约谈督促中华少年儿童慈善救助基金会切实负起责任，依法依规维护所'
     '涉家庭的正当权益。近日，民政部已派出调查组入驻该基金会开展全面调查，坚决查处和纠正违规违法问题。调查'
     '处理情况将及时向社会公布。近日，中华少年儿童慈善救助基金会陷入“配捐”诈骗风波。该机构志愿者柯某孝被'
     '指涉嫌诈骗数十名大病患儿家长，卷走上千万元善款。涉事项目为中华少年儿童慈善救助基金会9958儿童大病'
     '紧急救助项目，服务于0至18岁的困境儿童群体。中华少年儿童慈善救助基金会（以下简称“中华儿慈会”）是'
     '具有民间色彩的全国性公募基金会，于2010年1月12日成立。事发后，中华儿慈会回应称，柯某孝不是该会'
     '工作人员，曾在该项目河北廊坊地区合作机构中当过短暂的志愿者，中华儿慈会从未委托柯某孝个人为9958儿'
     '童紧急救助项目筹集资金。目前涉案人员柯某孝已被拘押调查。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://news.sohu.com/20121225/n361448585.shtml',
     '上周四，中华儿童慈善救助基金会（下称“儿慈会”）召开新闻发布会，通过第三方审计机构，证实48亿巨款为'
     '会计报表编辑错误所致，并不存在洗钱行为。眼看尘埃落定，而昨日，网络爆料人周筱赟再次发声，此次剑指成龙'
     '慈善基金会（下称“成龙基金会”）。周筱赟在举报信上称，儿慈会在2011年度工作报告上宣称“回家的希望'
     '救助项目”直接用于受助人（救助被拐卖的儿童）1903万元，但其实是把1800万元打给了成龙基金会，直'
     '接用于受助人的捐款只有99万元。成龙基金会收到这1800万元，根本没有去救助被拐卖儿童，而是改变用途'
     '，用于“贫困大病儿童救助”项目。《第一财经日报》记者在儿慈会2011年年报中查询到，“重大公益项目收'
     '支明细表”表明，“回家的希望”项目总收入为31182304.00元，其中直接用于受助人的款项是190'
     '32543.00元。在当年的“重大公益项目大额支付项目”表中，此项目将1800万元打到了成龙基金会的'
     '账上。而这笔款项的用途却标注为“贫困大病儿童救助”项目。据公开资料，儿慈会又在今年8月向成龙基金会追'
     '缴133万元左右，用于贫困儿童大病救助。这两笔款项，均来自2011年9月14日第九届BAZAAR明星'
     '慈善夜的竞拍和捐款。“回家的希望”3118万余元捐赠收入就来自该晚会。当时的活动官网称，当晚募集的善'
     '款将全部用于儿慈会为被拐儿童设立的“回家的希望”项目，和其与成龙基金会合作的“贫困大病儿童救助”项目'
     '。周筱赟认为，成龙基金会作为民间非公募基金，本没有资格进行公募活动，这是它与儿慈会合作的原因。他告诉'
     '本报记者，其并不排除儿慈会因为一些异地项目，而需要委托其他公益组织执行，但他不能理解的是钱款改变用途'
     '。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://wwq.yuaigongwu.com/archiver/tid-81196.html',
     '“各位好，我是左手版主。以下是我的亲身经历。向媒体反映，让这个事实被披露出来，不是因为我个人有任何经'
     '济上的赔偿诉求，或是情感上的郁结难抒。纯粹是因为，官僚而冷漠的基金会辜负了患者的信任与期待，竟然没有'
     '任何人知道。一切都被公益和慈善的宣传掩盖。这是一种作恶。做错事的人，应该得到批评，并且应有惩罚。否则'
     '你猜他下次会不会肆无忌惮？”千位捐赠人怀着美好愿望捐出的一笔笔款项，却拖延3年多至今未到达癌症患者手'
     '中。在等待的过程中，该名患者已经去世，本可以雪中送炭的“愿望基金”，失去了应有的意义。晓晨的妈妈是一'
     '名肺癌患者。2016年9月，她作为患者家属参与“生命的愿望”活动投稿，并在发起方中国癌症基金会的帮助'
     '下，在轻松筹上筹集了19881.81元的“愿望基金”用于妈妈、舅舅与姨妈三位癌症患者出游。据《华夏时'
     '报》记者了解，“生命的愿望”活动涉及多个组织，发起方为中国癌症基金会，病友互助社交平台“觅健”负责患'
     '者组织，轻松筹平台提供募集款项的存管服务。在多家媒体宣传中，这笔“愿望基金”早已在2016年“交到肺'
     '癌患者手中”，但这并非实情，晓晨一家至今仍未收到“愿望基金”，在等待的过程中，晓晨的妈妈身体渐渐衰弱'
     '、不能行走，最终去世。如今，晓晨唯一的诉求就是这笔钱能够退回到当初的捐赠人手中。2019年12月24'
     '日，她写了一封《申请退回轻松筹款项的函》给中国癌症基金会。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://tw.news.yahoo.com/%E4%BB%96%E5%BD%A9%E5%88%B8%E4%B8%AD%E7%8D%8E%E5%A4%AA%E9%96%8B%E5%BF%83-%E6%8B%8D%E7%85%A7-po%E5%9C%A8%E7%BE%A4%E7%B5%84%E7%82%AB%E8%80%80-%E9%9A%94%E5%A4%A9%E6%85%98%E4%BA%86-225000133.html',
     '財不露白！11月中旬中國有位男子彩券中獎了很開心，就把它拍照PO到在地群組中，連條碼都沒打馬賽克，一'
     '位居民看到就把照片下載下來，傳給彩券行老闆問「能兌獎不？」老闆一看，彩券中獎金額不高，對方又是老常客'
     '，就直接把獎金轉帳了，隔天真正的中獎男子去兌獎，驚覺錢被人領走了，所幸在警察勸說下，那位盜領者願意歸'
     '還獎金，男子也原諒他。根據陸媒《九派新聞》報導，11月11日中國內蒙古呼和浩特市，有一位王姓男子發現'
     '彩券中獎後，心情非常開心，就拍下整張彩券的照片，連馬賽克都沒打便PO到彩券業主微信群組中，一位趙姓男'
     '子看到彩券獎號、條碼一覽無遺，隨即把照片下載下來。之後趙男把彩券的照片傳給彩券行老闆，聲稱自己中獎了'
     '，人在外地想要透過微信轉帳領錢，老闆一看，對方是老常客，中獎金額也不高，就這麼把獎金轉給趙男了。12'
     '日王男高興地拿著實體彩券去兌獎，結果老闆說錢已被領走了，王男當下急忙報警。土默特左旗公安局的警察到場'
     '後，馬上就透過群組聯繫到趙男，並對他進行一番「說服教育」，最後趙男意識到自己做錯了，便把領走的獎金轉'
     '帳回彩券行，在警方的現場協調下，王男願意原諒趙男，並順利地拿到屬於自己的獎金。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH143, "fresh143")
