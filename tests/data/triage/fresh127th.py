"""Sealed batch fresh129: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh127th.py; the batch and its row ids are "fresh129".)

Theme: orphans, left-behind children and child welfare (孤儿基本生活费, 儿童福利院, 留守儿童,
事实无人抚养儿童): a village 支书 keeping an orphan's allowance, welfare-home staff beating or
chaining children, an empty 福利院 shown with borrowed orphans, 福利院 heads selling babies,
schools keeping left-behind children's grants, a village that never listed a 事实无人抚养 child;
out items are a 香港 NGO's abuse case in the courts, a private "爱心妈妈"'s 低保 fraud trial, a
private fake orphanage, an orphan family's allowance application, a 民政局 self-report, policy
and academic texts and a one-line enquiry. The search budget of the session ran out after eleven
queries, so five in items come from the neighbouring welfare funds (低保, 五保, 救济, 退耕还林 and
救灾款: items 7-10, 12) and six out items are policy, research, enquiry or self-report texts
rather than petitions. Sources (stored-pages search): a 看中國 report on the 邵陽 支书 粟甲午 (traditional);
a 2008 comment on the 石河子 福利院; a tvboxnow forum copy of the 蒼南 福利院 report
(traditional); a gg899 copy of the 新华社 follow-up on the 揭阳 榕城 "空壳" 福利院; a 宝贝回家
forum copy of the 衡阳 福利院 贩婴 trial report; a lishui.me article on 留守儿童 grants kept by
schools; a 社科院 政治学所 copy on the 沂南 低保 科长 张凤乔; a 中华网 page on the 民政 cadres
董绕琪 and 沈怀宝; a copy of the 婺源 subsidy cases (traditional); a commentary on the 達縣 flood
money (traditional); a 如东 纪委 story on the child 洋洋; a 海口晚报 report on the 云阁 副主任;
out: a 新浪 copy of the 环球网 report on 童乐居, a copy of the 武安 李利娟 trial report
(traditional), a 郑州晚报 report on the 景县 fake orphanage, a forum copy of the 博白 民政局's
answer on the 冯友 siblings, the 济源 民政局's self-report, a 孤儿基本生活费 policy, a one-line
question page, a 社会工作与管理 abstract, a 南京虐童案 paper's opening (traditional) and a
中华女子学院学报 paper on the US. Six texts are in traditional script (items 1, 3, 9, 10, 14,
21; the glossing pinyin of the pages' converted copies removed in 14 and 21).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, forum and site lines, the random-character junk of the tvboxnow copy and the truncated
last sentences of the stored copies removed); paragraphs joined; ASCII punctuation written
full-width except inside numbers; stray spaces after punctuation removed (004, 015, 016). Page
oddities kept: "新华社人播发了" (004), "领刑" (005), "仍然无法领到的这笔" (012), "事实无人托养儿童"
(011), the simplified forms in the traditional 003 ("開裆褲", "羊癫瘋", "隻好将"), the footnote
marks "[1]" to "[3]" (021, 022) and the spaces between the unit names in 017's title.
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; the staff and heads of public 福利院 and schools count as public servants,
hired village carers do not, as in fresh81th.py), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, firms, private
charities and people without a post, and officials who only handled, investigated, announced or
answered are not accused; an organ or an unnamed group accused as a whole gives no entry; an
unnamed accused official is (None, position, unit). Names, positions (as first written with the
name, "原" kept) and units as written; unit None when the text ties the person to no named unit.
Topics only from the twelve names of triage.md; money kept back from the people it is for is
群众纪律 (IS.MAS.02), beating children in care 群众纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 个人利益诉求 1 (016), 其他 6 (017-022). 13 accused entries, all
in items 1-12: 5 with a full name (粟甲午, 张凤乔, 董绕琪, 沈怀宝, 陈长兴), 5 masked (程某 twice,
鮑某某, 俞某, 吳某), 3 post only. Items 003, 004, 006, 010 and 011 are in scope with no accused
entry. Out items have no accused entry.

Close calls:
 1  Traditional; the photo caption, the dateline "【看中國…】(…)", the sub-heading and the
    netizens' last paragraph (cut off mid-quote) cut. 粟甲午 first written "邵陽縣酈家坪鎮原乾塘村
    黨支部書記粟甲午": ('原黨支部書記', '乾塘村'). The 邵陽縣民政局 worker who "誤將" paid the
    allowance to him is accused post-only (None, '工作人員', '邵陽縣民政局'): the mis-payment is
    the fault the 通报 answers with "其他相關責任人均受相應處理" (hard; could be read as one who only
    handled). 艾某某 is the orphan. Topics 群众纪律, 廉洁纪律 and 工作纪律.
 2  Short; headline cut. The "阿姨" who beat the children is staff of a public 福利院:
    (None, '阿姨', '石河子市社会福利院'). Hard: if she is a hired carer (the text does not say) she
    would not be accused, as in fresh81th.py. The 院长 is only the one nobody dares to tell.
 3  Traditional, forum copy: the junk strings, "TVBNOW…資訊。", "公仔箱論壇", the site names and the
    dateline "(北京1日綜合電)" cut. The 4 護工 are "蒼南當地農村婦女", hired carers (not accused,
    as fresh81th.py's 叶淑荣); the 院方 that admits "監管不到位" is an organ: in, no entry. 工作纪律
    and 群众纪律.
 4  Headline "紫峰寺里的孤儿" and three sub-headings cut; ends before the truncated 双峰寺 sentence.
    The "榕城区民政官员" who borrowed orphans for an inspection are an unnamed group and the 民政局
    an organ: no entry. 王汉周 is a witness, 林某 a tenant; the 揭阳市委宣传部 only answers; the
    政协委员 who heads a temple is not accused. 形式主义官僚主义, 工作纪律 (借孤应付检查) and
    廉洁纪律 (the building lent and let).
 5  Forum header, title, byline, the two-line heading and the sub-heading cut; ends before the
    truncated "两名妇女刚把3个婴" sentence. The first post written is "作为被告人的福利院院长": one
    entry (None, '院长', None), his 福利院 unnamed. The "多名福利院干部" and the 9 defendants are
    unnamed groups; the 衡阳市委领导 who pressed for arrests only act. 滥用职权 and 廉洁纪律.
 6  Hard: a thin article (the headline and the site's "单职业传奇私服" line cut; ends before the
    truncated "有关部门已…"). "一些学校" keep left-behind children's grants as a 小金库: public
    schools as organs, in, no entry. 群众纪律 and 廉洁纪律.
 7  Site header, title and byline cut; the "聊天牵出低保腐败" sub-heading cut; ends before the
    truncated "侦…". 张凤乔 first written "沂南县民政局城乡居民最低生活保障管理科原科长". 周某 is a
    破产管理人 (private); her husband, "正式在编人员" of an unnamed 机关单位 drawing 低保, is not
    given an entry (hard: could be (None, '正式在编人员', None)). 贪污贿赂 and 群众纪律.
 8  The stored page is the article's second page: it starts at "凡是经手的款项，他们…". The
    "◎执纪者说" head cut; ends before the truncated 电视机 sentence. 董绕琪 and 沈怀宝 are tied to
    a post only in "作为基层民政工作者，董绕琪和沈怀宝": position '基层民政工作者', unit None ("该镇"
    is unnamed; the 区民政局 is where he fetched money). 贪污贿赂, 群众纪律 and 廉洁纪律.
 9  Traditional; byline, the "私吞4年退耕還林補助" sub-heading and the 六安 prosecutor's paragraph
    cut; ends before the truncated "“其實林…". Five masked village cadres as written: the two 程某
    ('村干部', '上溪村' / '漁潭村'), "長灘村村委會原主任鮑某某、報賬員俞某" (both '長灘村'), "硯山村
    村委會原村干部吳某" ('村委會原村干部', '硯山村'). 潘平凡 and the 審計廳 only act. Off theme
    (farm subsidies). 贪污贿赂 and 群众纪律.
10  Traditional commentary; title and the page's image and 責任編輯 lines cut. The 沿溪口村村委會
    that took half the flood money is an organ; 何志貴 a victim; the writer's home 村委 unnamed: in,
    no entry. Only 群众纪律.
11  Mixed: the family's own claim to 洋洋's 困境儿童 allowance (个人利益诉求) and the village's
    排查表 that left them out against the 实施意见. Site line and headline cut; ends before the
    truncated "调查组决定…". The "各村包组村干" are an unnamed group, the 镇民政部门 an organ; 柳某
    and the grandmother are the claimants: no entry. 群众纪律 and 工作纪律.
12  Mixed: 33 villagers' own 五保 and 低保 money (their claim before the New Year) and its
    diversion by the 副主任: ('陈长兴', '副主任', '云阁村委会'). Site lines, headline, dateline,
    caption and four sub-heading lines cut; ends before the truncated 民政助理 sentence. The 镇政府 only
    acts. Off theme (old people's 五保). 群众纪律 and 廉洁纪律.
13  涉法涉诉: staff of a private charity's children's home arrested and charged; "原标题…来源" cut
    and the truncated 林郑月娥 sentence cut. Nobody is a public official; 蔡苏淑贤 and 钟雅伦 only
    act. Could be read as 其他 (a police case).
14  涉法涉诉, traditional: the criminal trial of 李利娟, a private "愛心媽媽". Headline and
    sub-heading cut; the sentence garbled in the stored copy ("當?shù)赜…") and the quote after it
    cut; ends before the truncated "不是滋…". Her claim that "武安政府也應當承擔責任" and the 民政
    staff's failed checks are not an allegation against a named official: out, not mixed (hard).
15  涉法涉诉: a private fake orphanage under a 民政局 and police 专案组 investigation. "原标题:",
    byline and sub-heading cut; ends before the truncated "引出了狐…". 李某 and 王茹铮 are private.
    Could be read as 其他.
16  个人利益诉求: an orphan family's 孤儿基本生活费 application and the 民政局's answer to the rumour
    that it was hurried through under pressure; no misconduct alleged. The "赞一个 |" line and the
    lead headline cut; ends before the truncated 冯官成 sentence.
17  其他: the 济源 民政局's own account of the 事实无人抚养儿童 fund ("没有发现…"); no grievance.
18  其他: a 孤儿基本生活费 policy; the numbered headings "五、" to "七、", "（一）", "（二）" cut;
    ends before the truncated 信息系统 sentence.
19  其他: the one-line question page, as published; could be read as 个人利益诉求 (an enquiry
    about one's entitlement).
20  其他: a journal abstract on child abuse; the page's header, citation and author lines cut.
21  其他, traditional: the opening of a paper on the 南京虐童案; author and address lines cut; the
    sentence garbled in the stored copy ("因?yàn)闆]有…") and the rest cut, so the case's facts (an
    adoptive mother's beating) are not in the text.
22  其他: a paper on US child protection; header, keywords and the "一、前言" head cut; ends
    before the next heading.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH129: list[Item] = [
    # 01
    ('https://kzg.secretchina.com/news/b5/2023/02/25/1029784p.html',
     '據陸媒報導，湖南省邵陽縣酈家坪鎮某村一黨官將一名孤兒生活補貼金4.61萬餘元佔為已有，長達5年，甚至'
     '邵陽官方一口氣通報了4起類似典型案件。不少大陸網友表示類似情況農村普遍存在，黨「組織都變垃圾桶了」。'
     '據中國新聞週刊微博號24日報導，2月22日，「清廉邵陽」通報了湖南「邵陽縣酈家坪鎮原乾塘村黨支部書記'
     '粟甲午非法佔有孤兒生活補貼問題」。2015年7月至2020年10月，邵陽縣民政局工作人員誤將酈家坪鎮'
     '蔡家田村村民艾某某的孤兒生活補貼金4.61萬餘元，發放到時任酈家坪鎮乾塘村黨支部書記粟甲午的個人銀行'
     '賬戶。粟甲午明知是他人孤兒生活補貼金，但沒有主動向有關部門說明情況和退繳資金，卻將資金據為己有，用於'
     '家庭日常生活開支。2022年10月，粟甲午遭中共黨內嚴重警告處分（處分影響期二年），其他相關責任人均'
     '受相應處理，所佔資金予以退繳。對此，有大陸網民回覆道，「誤將？這次不是臨時工干的了？有進步啊！」「犯'
     '罪成本真低，難怪沒人當回事」「這叫佔有嗎？這明顯就是貪污嘛」「靈魂都賣給魔鬼了！」。有大陸網民怒說，'
     '「明知人家是孤兒還貪人家錢，這等賊子真是該死，那孩子可能就指這一口活著，遭雷劈都不多。」「這麼惡劣的'
     '行為警告就完了？」「大事化小，小事化了！」「麻木不仁，人血饅頭」',
     'in', None, False, ['群众纪律', '廉洁纪律', '工作纪律'],
     [('粟甲午', '原黨支部書記', '乾塘村'), (None, '工作人員', '邵陽縣民政局')]),
    # 02
    ('https://www.cvimg.cn/en/article/2008/10/15/606345.html',
     '新疆石河子市社会福利院一群孩子集体被阿姨暴打，事情发生在10月12日下午。一些孩子受伤，腿部留下道道'
     '红肿伤痕，他们告诉记者，没人敢告诉院长，怕受到更重的处罚。这样的报道令人震惊，就仅仅因为他们是福利院'
     '的孩子？就因为他们在学习或生活上出现不足？孩子教育中的体罚就足以让他们幼小的心灵受到伤害，更何况是这'
     '样的暴打？',
     'in', None, False, ['群众纪律'],
     [(None, '阿姨', '石河子市社会福利院')]),
    # 03
    ('https://www2.tvboxnow.com/viewthread.php?extra=page%3D848%26amp%3Borderby%3Dview'
     's&tid=2130068',
     '中國浙江溫州市市民端午節前往蒼南縣社會福利院探望孤兒時，看見兩名智障男孩，一個被鐵鏈鎖腳、一個被布條'
     '圈頸綁在木椅上，狀況令人心酸。記者周五前往福利院實地探訪，孩子們正在4名護工的照看下吃着飯。一名穿着'
     '開裆褲的男孩坐在痰盂上，手裏捧着小盒吃着米飯，他的脖子上拴着一根打了死結的藍色布條，布條的另一頭拴在'
     '旁邊的長木椅上。小男孩吃完飯後依舊坐在痰盂上，身體蜷縮着，時不時用手去拉、用嘴去咬脖子上的藍色布條。'
     '被拴着的還有另一名患有唇腭裂的男孩，拴着他的是一條鐵鏈，一頭拴在長椅上，另一頭拴在男孩右腳踝處。福利'
     '院護工表示，用布條拴着的男孩大概6歲，是個智障兒，患有先天性聾啞和羊癫瘋，大小便失禁，出生不到3個月'
     '就被父母遺棄，“他大小便随處亂拉，我們試了很多辦法都教不會，有時候還會打其他孩子，沒辦法隻好拴起來。'
     '”被鐵鏈拴着的男孩9歲，也是智障兒，患有先天性唇腭裂，“這個孩子很不聽話，總要往外跑，也隻好将他拴起'
     '來。”目前，該福利院供養着21名孤殘孩童，最小的1周歲左右，其中十幾名孩子有肢體殘疾或智障。照顧21'
     '名孤殘孩童生活起居的是4名護工，她們是蒼南當地農村婦女，平均年齡超過60歲。面對虐待兒童的質疑，院方'
     '承認負有監管不到位的責任。',
     'in', None, False, ['工作纪律', '群众纪律'],
     []),
    # 04
    ('https://m.gg899.com/obkybx/325989.html',
     '日前，新华社人播发了《福利院空壳17年，临时“借孤”太荒唐》一稿，对广东省揭阳市榕城区民政官员借孤儿'
     '应付检查一事进行了报道。记者继续调查发现，这座空壳“福利院”的5层大楼当年是以建福利院的名义向社会募'
     '捐筹款而建，如今除了被其他部门挪作办公使用，还有部分房间疑似出租给企业使用，而当地寺庙却收养了309'
     '名孤儿。榕城区民政局此前在接受新华社记者采访时承认，这座5层大楼17年前是以“福利院”名义建成的，只'
     '是人员从未到位，也没有收养过一个孤儿。在榕城区收容所工作了20多年的当地人王汉周告诉记者，1995年'
     '建楼的经费是向社会募捐而来，记得当时大楼上还刻有石碑纪念捐款的善举。揭阳市委宣传部15日书面答复记者'
     '提问称，这座福利院当年投资110多万元，其中社会募捐21万多元。除了此前已证实，这座名义上的“福利院'
     '”被殡葬、婚姻登记、残联等部门挪作他用，记者还发现，除用作政府部门办公，大楼还有部分疑似出租给企业办'
     '公。记者在大楼二层看到，右侧一个房间墙上贴着“安利（中国）生产基地”的字样，橱柜上还摆放着各种样品。'
     '王汉周称2010年后，一家卖棺材的商铺也使用了一层部分房间。揭阳市委宣传部证实“福利院”部分楼层确有'
     '出租：2011年12月，榕城区福利院利用部分空置房间，将二楼西面一套房（约150平方米）出租给林某。'
     '林某租用后，用于安利公司产品宣传，租期4年、月租金800元，租金被用于“福利院”的日常开支。除了名声'
     '在外的紫峰寺，记者走访揭阳市的石母双峰寺、广安寺、古山寺等发现，这些寺庙都从多年前开始收养孤儿。',
     'in', None, False, ['形式主义官僚主义', '工作纪律', '廉洁纪律'],
     []),
    # 05
    ('https://bbs.baobeihuijia.com/forum.php?goto=lastpost&mod=redirect&tid=9348',
     '2005年11月，湖南省祁东县警方在侦破一起团伙贩婴案中，发现其幕后指使竟然是福利院。几年间，这些人'
     '贩子与福利院勾结，将数百婴儿送入涉外收养渠道，从中牟取暴利。但此案审理却一波三折。作为被告人的福利院'
     '院长辩称，这些婴儿均为弃婴，而非被拐卖儿童。福利院即使收买了“被拐卖儿童”，也不构成犯罪。而将婴儿送'
     '入涉外收养渠道，均是国家相关政策办理。此案究竟是善举还是恶行，引起广泛争议。2006年2月22日，湖'
     '南省祁东县人民法院公开审理曾轰动一时的衡阳多家福利院贩婴案。2005年11月，衡阳市多家福利院贩婴案'
     '被媒体曝光。但此案的查处却一波三折。以“涉嫌拐卖儿童”被刑拘的多名福利院干部先后被取保放出。在中共衡'
     '阳市委领导的干预下，这些涉案人员又被宣布逮捕。此番开庭审理也远非风平浪静。庭审中，公诉方祁东县检察院'
     '指控，9名被告人涉嫌拐卖人口罪，一福利院院长涉嫌收买被拐卖儿童罪。公诉方认为，上述被告人大肆收买婴儿'
     '，进入涉外收养渠道牟取暴利，因此，应依法追究其刑事责任。然而，作为被告人的福利院院长辩称，他们收买婴'
     '儿之举，客观上拯救了这些弃婴的生命。是善举还是犯罪，控辩双方展开了激烈交锋，引发社会各界广泛关注。2'
     '月24日，法庭判决10名被告构罪，分别领刑1年到15年。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [(None, '院长', None)]),
    # 06
    ('https://www.lishui.me/post/518.html',
     '近年来，我国农村留守儿童问题日益凸显，国家为了保障这些孩子的基本生活，出台了一系列的补助政策。然而，'
     '近日一则关于留守儿童补助金被克扣的新闻引起了广泛关注。报道指出，一些学校以要求充值食堂卡为由，变相截'
     '留了这些补助金，严重损害了留守儿童的利益。留守儿童，是指因父母双方外出务工或其他原因，无法与父母共同'
     '生活的农村儿童。他们面临着诸多困境，如生活照顾、教育问题等。为了解决这些问题，国家设立了留守儿童补助'
     '金，旨在保障他们的基本生活和学习需求。然而，在实施过程中，一些学校却出现了克扣留守儿童补助金的现象。'
     '据报道，这些学校以“充值食堂卡”为名，要求留守儿童将补助金存入食堂卡中，以此作为学生在校就餐的保障。'
     '实际上，这种做法却让补助金变成了学校的“小金库”，严重损害了留守儿童的利益。首先，这种做法剥夺了留守'
     '儿童自主选择的权利。补助金原本是为了保障留守儿童的基本生活，让他们能够安心学习。然而，学校却将补助金'
     '作为“食堂卡”的充值，使得留守儿童无法自主支配这笔钱，甚至连吃饭的选择权也受到了限制。其次，这种做法'
     '存在安全隐患。由于补助金被用于充值食堂卡，留守儿童在使用过程中，一旦卡内余额不足，就无法正常就餐。这'
     '不仅影响了他们的身体健康，还可能引发一系列社会问题。此外，这种变相截留补助金的行为，也暴露了学校管理'
     '上的漏洞。一方面，学校在发放补助金时，没有严格按照规定操作，导致补助金流失；另一方面，学校对留守儿童'
     '的生活和学习状况关注不足，未能及时发现并解决问题。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     []),
    # 07
    ('http://chinaps.cass.cn/xszy/mzzzsjk/qljdtz/201506/t20150629_2313663.shtml',
     '在我国，民政机构的工作内容涉及民间组织管理、优抚安置、救灾救济、社会福利和社会事务、老龄工作等，与百'
     '姓尤其是弱势群体的切身利益息息相关。然而近年来，民政系统工作人员利用职务之便违法违纪、贪污受贿现象时'
     '有发生，尤其是基层民政系统暴露出的问题发人深思，检察机关查办的一些基层民政工作人员职务犯罪案件深刻地'
     '说明了这一点。近日，山东临沂市沂南县民政局城乡居民最低生活保障管理科原科长张凤乔因涉嫌贪污、受贿，由'
     '沂南县检察院立案侦查并提起公诉。法院经审理查明，2009年底至2010年初，张凤乔在担任沂南县民政局'
     '低保科科长期间，利用职务便利，伙同他人采取虚报、隐瞒、伪造等手段，骗取城市居民最低生活保障金1874'
     '52元，收受他人贿赂19000元。今年4月13日，法院一审以贪污罪判处张凤乔有期徒刑十年，剥夺政治权'
     '利一年，以受贿罪判处有期徒刑一年零六个月，决定执行有期徒刑十一年，剥夺政治权利一年。这是一起办案干警'
     '在侦查群众举报案件线索时牵出来的民政贪腐案。2010年6月下旬的一天，沂南县检察院干警在一次与人聊天'
     '时，从些许的蛛丝马迹中捕捉到这样一个线索：有人无意中说起原山东华日集团破产后，有职工在领取城市居民最'
     '低生活保障金，而且原山东华日集团破产管理人周某的丈夫也在领取下岗职工低保金。不过，众所周知，周某的丈'
     '夫供职于该县某机关单位，是正式在编人员，怎么可能去领取低保金呢？',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('张凤乔', '城乡居民最低生活保障管理科原科长', '沂南县民政局')]),
    # 08
    ('https://3g.china.com/act/news/10000169/20170524/30563430_2.html',
     '凡是经手的款项，他们都要雁过拔毛，用于扶危济困的慈善捐款、临时救济款也不例外。该镇2014年度、20'
     '15年度共收到慈善捐款14.14万元，他们将部分上交到区慈善总会，余款6.84万元一直放在手里，既不'
     '上交也不入账，后被二人私分。其中，董绕琪分得3.45万元，沈怀宝分得3.39万元。临时救济款是为灾民'
     '、困难户、低保户、残疾人等弱势群体解燃眉之急而设，救济款有上级民政部门直接下拨与基层民政办自主发放两'
     '个渠道。2014年春节前，董绕琪从区民政局领取了临时救济款9600元，在下发过程中，发现如现金不入账'
     '无人知晓，若救济对象领钱可让对方打白条收据，然后自己审批签字，再从民政账户上报账，那么民政局发放的这'
     '笔钱就可以由他们自由支配了。前后三年，二人如法炮制共私分救济款2.2万元。直到被组织调查后，董绕琪才'
     '回想起当初考上农校时父亲的一路嘱托，直言后悔：“给钱迷住了双眼，我真的好后悔，肠子都悔青了。”而沈怀'
     '宝更是道出了根源所在，“大脑里面有个‘贪’字在作怪，造成我今天走到这个地步”。作为基层民政工作者，董'
     '绕琪和沈怀宝本应做群众身边扶危济困、济弱救残的贴心人，却置群众利益于不顾，想方设法谋取私利，导致本应'
     '专款专用的民生资金被虚报冒领、截留侵占，让民心工程的落实在最后一公里打了折扣，影响极坏，教训深刻。综'
     '合分析，此案的发生有以下几点原因：信息不对称，条线监管形同虚设。民政资金多为垂直管理，上级部门对下级'
     '的资金审核、发放、领取等监管缺乏实质性的举措，少了实地核实、现场验收，难以掌握基层真实情况，给他们钻'
     '空子提供了机会。',
     'in', None, False, ['贪污贿赂', '群众纪律', '廉洁纪律'],
     [('董绕琪', '基层民政工作者', None), ('沈怀宝', '基层民政工作者', None)]),
    # 09
    ('http://www.handmsg.com/page/2014/0910/9628025.shtml',
     '退耕還林工程、公益林補助工程等本是政府的“民心工程”，卻被個別村干部當成了斂財的好機會。記者近日在江'
     '西省上饒市婺源縣調查采訪時發現，類似的案例并非少數：溪頭鄉上溪村村干部程某將3萬余元公益林補助侵吞；'
     '秋口鎮漁潭村村干部程某貪污國家退耕還林補助款4.5萬余元；思口鎮長灘村村委會原主任鮑某某、報賬員俞某'
     '等人套取國家糧食補貼5萬余元后私分。江西省審計廳曾于2005年對本省2001年至2004年退耕還林工'
     '程18.5億元專項資金進行審計。審計糾正違規資金3.2億元；查處違法違紀案件18起，9人受到黨紀政紀'
     '處分，5人被判刑。審計發現，少數地方和部門的退耕還林資金使用存在一些問題，如糧食發放不實，差價收入被'
     '侵占、挪用；荒山代造款收取未與退耕農戶充分協商，收取標準過高，變相擠占退耕戶利益等。在騙取政策性補貼'
     '的犯罪中，享有涉農資金分配權的涉農資金管理部門、鄉鎮黨政機關、基層站所工作人員涉案的占有一定比例。2'
     '011年，婺源縣檢察院查處了溪頭鄉硯山村村委會原村干部吳某貪污案。在江西省婺源縣人民檢察院采訪時，反'
     '貪局副局長潘平凡介紹了具體案情。他稱，吳某將全村的退耕還林項目劃歸到他個人名下，虛構退耕還林農戶名單'
     '。在領取退耕還林補助資金后，吳某侵吞大部分資金，對被借用名稱、田畝面積的農戶則只支付少量的資金。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('程某', '村干部', '上溪村'), ('程某', '村干部', '漁潭村'), ('鮑某某', '村委會原主任', '長灘村'), ('俞某', '報賬員', '長灘村'),
      ('吳某', '村委會原村干部', '硯山村')]),
    # 10
    ('http://caoliu14.com/2011-04/06/content_4286348.htm',
     '去年四川達縣遭受“7·18”洪災，該縣龍會鄉沿溪口村多戶農民房屋受損，其中何志貴等6戶村民受災嚴重，'
     '經當地鄉政府報告，由國家補助每戶1.1萬元災后重建資金。近日媒體報道，該村村委會竟以修建辦公室之名，'
     '強行“捐”走受災農戶每家5500元，也就是拿走了受災戶應得救災款的一半。“樂觀”的網民說，這個村的村'
     '官還不錯嘛，畢竟還給受災群眾留下了一半重建家園的錢。是的，在沒有最糟只有更糟的農村基層貪腐惡行中，能'
     '給村民留一半好處的還真算“良心未泯”的了。村官是官嗎？還真不好說，若就國家行政編制而言，“村官”非公'
     '務員，無階無品，不是真正意義上的“官”。全國60多萬個行政村，90來萬村支書、村主任，在權力金字塔的'
     '底端，正是這個龐大的群體最直接地管理著9億多農民，支撐起整個權力體系。村官處于權力末梢，但“縣官不如'
     '現管”，無論是農牧、水利、衛生還是計生等部門的工作，最后都要他們參與才得以落實，而各種惠農政策以及社'
     '會福利性、救助性工作，也要經他們之手來進行利益分配。可怕的是，這樣一種堪稱全方位的權力卻因其表面上的'
     '“小”，常常缺乏任何監督來加以制衡。正因如此，村官一把手，每每堪比土皇帝，無論是經濟發達地方的土地補'
     '償款，還是經濟欠發達地區的國家下撥款物，要不要截留、截留多少比例，村官能一錘定音，能說一不二，像我老'
     '家村子里的土地被一些高污染的企業征用后，給的一點補償款，就被行政村村委截留了一大半。隨著政府對欠發達'
     '地區惠農力度的加大、社會對西部欠發達地區獻愛心熱情的高漲，政府的“溫暖”與社會的“慈善”能不能不打折'
     '扣地送到農民手中，也就看村官這“最后一步”了。',
     'in', None, False, ['群众纪律'],
     []),
    # 11
    ('http://www.jshrkg.com/Show_Type.asp?id=589',
     '“感谢纪委，我的孙子洋洋终于能享受到困境儿童基本生活补贴了。”洋洋的奶奶紧紧握着调查人员的手表示感谢'
     '。事情还得从去年夏天说起。2022年7月，江苏省如东县纪委监委收到马塘镇长路村儿童洋洋未领取到困境儿'
     '童基本生活补贴的问题线索，立即组成调查组开展核查。为了解该户实际情况，调查组一行到家中实地走访。知道'
     '调查人员来意后，洋洋的父亲柳某有点激动，他浑浊的眼中闪过一丝希望，赶紧翻出家中的残疾证给调查人员。“'
     '你们看，这是我们夫妻俩的残疾证，孩子平时靠着老人家生活，家里也没什么收入……”柳某打着手语，他的母亲'
     '翻译着，说着说着，老母亲有些哽咽。“您别担心，我们会调查清楚。”调查人员安慰道。通过查看夫妻俩的残疾'
     '证，调查人员核实到该户夫妻俩都是先天性聋哑人，属于多重残一级。对照如东县民政局、县财政局下发的《关于'
     '进一步完善困境儿童分类保障制度的实施意见》，他们的儿子洋洋属于实施意见中的“事实无人托养儿童”，按政'
     '策规定符合申请困境儿童基本生活补贴条件，从2020年12月开始，每月可享受1656元补贴。该实施意见'
     '还指出，村（居）民委员会要大力宣传困境儿童保障政策，对无能力提出保障申请的儿童或家庭，应当主动派员帮'
     '助提出申请。镇村为什么没有将该户纳入政策名单呢？带着这个疑问，调查组找到镇村负责民政工作的人员了解事'
     '情原委。2020年8月，镇民政部门召开困境儿童排查上报工作专题会议，会上就困境儿童具体保障政策进行了'
     '解读，并要求各村包组村干按政策要求落实排查上报工作。调查组随即查阅了长路村的困境儿童排查表，并没有发'
     '现柳某户的名字。',
     'in', None, True, ['群众纪律', '工作纪律'],
     []),
    # 12
    ('https://news.sohu.com/20070210/n248162639.shtml',
     '春节将至，海口市云龙镇云阁村委会的村民老王等33人却闷闷不乐。他们赖以生存的五保户补助金和低保金共计'
     '6000多元，早就由云龙镇政府发放下来，但被云阁村委会副主任陈长兴挪作私用，一个月过去了，他们仍然无'
     '法领到的这笔“活命钱”。2月9日，在本报记者的督促下，云龙镇政府责令陈长兴将钱全部退还。2月9日清晨'
     '，海口市云龙镇大街热闹非凡。一名老人正艰难地驾驶着一辆机动三轮车揽客，他叫老王，今年63岁，是云龙镇'
     '云阁村委会的一名鳏居老人，多年前就获得了五保户资格。“马上要过年了，可是去年第四季度整整三个月的五保'
     '户补助金，我还没有领到。”老王说，去年9月份左右，他从云阁村委会副主任陈长兴那里领回了第三季度的五保'
     '户补助金279元，可去年第四季度的补助金至今还没有领到。他年老失去了劳动能力，而发下来的“活命钱”早'
     '已花光，因为补助金迟迟不发，为了生活，他不得不整天在街上开三轮车揽客为生。经调查走访，记者了解到，包'
     '括老王在内，云龙镇云阁村委会共有33名村民（其中五保户7名，低保户26名）都没有领到五保户补助金或低'
     '保金。而这些村民绝大部分都是孤寡老人或者残疾人，平时他们就靠这些补助金或低保金来维持生活。为何这么多'
     '村民迟迟领不到“活命钱”呢？',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [('陈长兴', '副主任', '云阁村委会')]),
    # 13
    ('https://finance.sina.com.cn/jjxw/2021-12-29/doc-ikyamrmz1870524.shtml',
     '以保护儿童福祉为使命的香港保护儿童会旺角院舍“童乐居”竟爆出集体虐童丑闻，引起社会强烈愤慨。据香港星'
     '岛网28日报道，香港保护儿童会总干事蔡苏淑贤今日（28日）会见记者并说明更多事件详情，她表示，经翻查'
     '监控视频后，发现又多出4名职员涉及体罚儿童，至此，涉及虐儿的职员总数增至7人，已通报社会福利署和警方'
     '，涉事职员均已被停职。据报道，香港保护儿童会称，“童乐居”有80多名职员，其中涉案7人均为幼儿工作员'
     '，属同等职级，她们有专业资格，均已停职。香港保护儿童会提到，目前所有虐儿事件均在“童乐居”内，会方强'
     '调零容忍暴力，会外聘专家，除“童乐居”外一同检视该会辖下其他婴儿院和幼儿学校的监控视频片段，共涉及8'
     '91个镜头。报道称，这是香港保护儿童会在事件发生4日后首度现身，蔡苏淑贤对事件表示极度痛心，称会成立'
     '专责小组查找原因和跟进措施，以挽回公众信心。根据保护儿童会官网介绍，该组织成立于1926年，目前辖下'
     '共有29个服务单位，为初生至16岁儿童及其家庭提供服务。出事的“童乐居”位于砵兰街，也为一般家庭提供'
     '暂托服务，暂时有约100名幼童寄住及照顾。西九龙总区刑事部警司钟雅伦介绍称，12月17日有附近居民目'
     '睹儿童院舍露天游乐场有女职员袭击幼儿，包括大力扯其头发、插眼、拍头、掴面等暴力行为，甚至扯起爬行的孩'
     '子然后扔到地上，于是向院舍管理层投诉。22日，警方接报后到院舍调查，当晚10时拘捕3名涉案女职员。她'
     '们负责在院内照顾寄养幼童，已被实时解雇，其中2人疑出手虐打，被控对所看管儿童或少年袭击罪，另一人获准'
     '保释。24日晚，警方发现共有至少18名幼儿受虐须送到医院。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://m.qianjiji.cn/society/201906/434987_3.html',
     '庭審中，公訴機關提到，2014年至2018年期間，李利娟以愛心村26名人員名義騙取國家城鎮低保補助資'
     '金共約56.85萬元。其中，她向武安市民政局、武安市武安鎮政府隱瞞事實，提供23名與事實不符的申請低'
     '保人員信息，使武安市民政局為不符合申請低保人員辦理了低保手續；她還隱瞞3名享受低保人員已死亡的信息，'
     '騙取城鎮低保金。李利娟指出，對此，武安政府也應當承擔責任。武安民政部門相關工作人員在接受警方調查時稱'
     '，根據低保規定，民政部門要對享受低保的人員進行抽查，但對愛心村的抽查卻一直沒能完成，“我們多次前往愛'
     '心村核查，但每次李利娟要么說孩子在上學，要么說在住院，還有的在外面工作，始終沒能見到全部申請低保的孩'
     '子。”還有外地家長因想讓孩子去武安上高中，便借由親戚關系，找到李利娟幫忙把戶口遷到愛心村，但沒有在愛'
     '心村生活過。楊梅（化名）的孩子也在23名違規辦理的低保名單上。五六年前，護工楊梅和丈夫曾一同在愛心村'
     '打工，楊梅負責照看孩子，丈夫則負責放羊喂豬等體力活。楊梅從小是“黑戶”，和丈夫沒領結婚證，孩子大了沒'
     '法上學。楊梅稱，李利娟主動找到她，說可以把孩子戶口登記在愛心村名下。像愛心村里別的孩子一樣，楊梅的兩'
     '個女兒稱呼李利娟“媽媽”。楊梅回憶，有一次，10歲的女兒悄悄告訴她，李利娟曾摸著她的頭向記者介紹說，'
     '“孩子命苦，爹媽出車禍死了”。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://xiaofei.china.com.cn/news/info-12-28265.html',
     '21名孤儿里，假冒的孤儿竟然有20名，这些可怜的孩子是500块钱租来的“假孤儿”，随同孩子们来的大人'
     '中，有三个竟然就是“假孤儿”的父母。由于拿钱心急，揭牌当天河北中华蓝天儿童村这个假“慈善机构”由此浮'
     '出水面。目前景县民政局与警方均成立了“孤儿院雇假孤儿募捐”的专案组，正就此事展开调查。涉事的河北中华'
     '蓝天儿童村旗下景县孤儿院，地处偏僻，除了几间租来的空房子一无所有。短短一个月内揭牌2次，来这里做义工'
     '还要交50元“资料费”。这到底是一家什么样的孤儿院？郑州晚报记者实地探访，揭秘河北景县租假孤儿行骗的'
     '“幌子孤儿院”。“我没有爸爸妈妈，你们就是我的爸爸妈妈。”6月25日，在山东聊城盛大华天集团的募捐现'
     '场，当站在演讲台的孤儿代表说出这句话时，台下2000多人唏嘘不已，不少人潸然泪下。然而，这温情的场面'
     '很快被随之而来的欺骗和愤怒瓦解。该企业董事长王茹铮怎么也没有想到，这次从河北景县远道而来的21个孤儿'
     '中，竟然有20个是花钱租来的假孤儿！该集团相关负责人告诉郑州晚报记者，因为企业一直有慈善方面的投入，'
     '这让有些专门靠欺骗善心的人打起了“歪主意”。今年6月初，李某便以“中华蓝天儿童村孤儿院院长”的名义，'
     '通过微信联系到该企业董事长王茹铮，说是要共同做慈善事业。经过简单的考察后，放下戒心的企业方，积极筹划'
     '成立爱心基金，以帮助孤儿院盖楼助学。6月25日，在该集团举办了一场募捐会，并到河北景县孤儿院接来了2'
     '1名孤儿参会，除了50万爱心基金外，现场共捐款1.5万余元。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://www.hzzx365.com/forum.php?from=album&mod=viewthread&tid=2210',
     '9月初网传“当地政府迫于舆论压力后给冯友四兄妹的孤儿补助申请特事特办”的说法，带着疑问，记者走访了博'
     '白县民政局。该局工作人员提供的相关文件显示，今年8月7日，水鸣镇西塘村委会、水鸣镇人民政府、水鸣派出'
     '所出具冯友4兄妹的父亲病故、母亲失踪的证明；8月12日，水鸣镇西塘村委会提出孤儿基本生活费补助申请；'
     '8月15日，水鸣镇人民政府审查通过；8月15日，博白县民政局收到水鸣镇民政办上报西塘村水井头队冯海军'
     '等四位孤儿的材料，已按孤儿审批的条件程序办理，于8月21日已确认享受孤儿生活待遇，将4兄妹纳入孤儿生'
     '活保障对象，从今年8月份补起，将把每人每月基本生活费600元的孤儿补助发放到他们的监护人大叔冯圣成提'
     '供的信用社个人结算账户上，以后按季发放；9月26日转银行发放，预计8、9月款项将在10月10日左右到'
     '账。博白县民政局工作人员表示，玉林市委、市政府及民政、教育等部门对困难群众生活救助高度重视，冯友4兄'
     '妹的孤儿补助申请实际上已于今年8月依法依规按程序办理，而并非网传的9月初经媒体报道后迫于舆论压力而因'
     '此特事特办。此外，孤儿居住房屋纳入当地保障性住房建设计划，如在农村建房民政部门也有适当的补助支持。除'
     '此之外，记者从博白县教育部门获悉，自从自治区免收学费政策出台以后，学校再没有收取过学生的学杂费、课本'
     '费，学习用品由学生自行购买。目前，博白县学生资助管理中心和水鸣镇中心小学已发动师生从学习、生活等方面'
     '帮扶冯友兄妹，学校已对四个孩子的学习用具全免，并做好孤儿的思想工作，让他们安心学习。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://mzj.jiyuan.gov.cn/14191/14294/20849/20856/20862/t905986.html',
     '根据《济源产城融合示范区民政局 济源市人民法院 济源市人民检察院 济源产城融合示范区发展改革和统计局'
     ' 济源产城融合示范区教育体育局 济源产城融合示范区公安局 济源产城融合示范区司法局 济源产城融合示范'
     '区财政金融局 济源产城融合示范区卫生健康委员会 济源产城融合示范区医疗保障局 共青团济源产城融合示范'
     '区委员会 济源市妇女联合会 济源产城融合示范区残疾人联合会 关于进一步加强事实无人抚养儿童保障工作的'
     '实施意见》（济民〔2019〕145号）文件，将我市父母双方均符合重残、重病、服刑在押、强制隔离戒毒、'
     '被执行其他限制人身自由的措施、失联情形之一的儿童；或者父母一方死亡或失踪，另一方符合重残、重病、服刑'
     '在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童纳入事实无人抚养儿童保障范围。按'
     '照孤儿基本生活养育标准（社会散居孤儿基本生活费最低标准提高到每人每月1050元，机构养育孤儿基本生活'
     '费最低标准提高到每人每月1450元）、发放方式和资金渠道进行保障，已获得最低生活保障金、特困人员救助'
     '供养金或者困难残疾人生活补贴且未达到事实无人抚养儿童基本生活保障补贴标准的进行补差发放。我单位严格按'
     '照事实无人抚养儿童保障金的管理，从资金的申报、审批、发放等程序严格把关，确保资金安全。事实无人抚养儿'
     '童资金实行财政专户集中打卡支付，于每月底之前打卡发放到各个对象手中，没有发现挤占、截留、挪用、骗取、'
     '套取、浪费资金的行为。',
     'out', '其他', False, [],
     []),
    # 18
    ('http://www.fsou.net/html/text/lar/172565/17256508_2.html',
     '对儿童福利机构集中养育的孤儿，财政部门根据同级民政部门提出的支付申请，将孤儿基本生活费直接拨付到养育'
     '机构集体账户；对散居孤儿，由区县（自治县）民政局统一为孤儿监护人办理银行卡，乡镇人民政府（街道办事处'
     '）负责将银行卡发放到户，区县财政部门根据同级民政部门提出的支付申请，及时足额将孤儿基本生活费直接划拨'
     '到孤儿监护人银行账户。按照动态管理原则，孤儿年满18周岁（除在中学或中等职校就读的孤儿外），从其18'
     '岁生日的次月起停发孤儿基本生活费。在发放孤儿基本生活费期间，发现其父母或父母一方健在，从当月起停发基'
     '本生活费。新产生孤儿可随时申报审批，符合审批条件的孤儿，从区县（自治县）民政局批准之日的次月起发放孤'
     '儿基本生活费。各地要做好孤儿基本生活费发放制度与城乡低保、农村五保制度的衔接工作，孤儿基本生活费发放'
     '后，取消其原享受的城乡低保或农村五保。市级儿童福利机构养育孤儿基本生活费由市级财政负担；区县儿童福利'
     '机构养育孤儿和散居孤儿由市级财政给予适当补助，差额部分由区县财政负担。孤儿是社会上最困难、最弱小的群'
     '体，全社会应给予他们更多的关心、关注和关爱。各地要充分利用广播、电视、报刊、网络等传媒，加大孤儿基本'
     '生活费发放政策宣传力度。区县民政、财政部门和乡镇（街道）要加强工作领导，明确责任，统筹协调，确保孤儿'
     '基本生活费发放工作有序开展。区县民政部门、乡镇（街道）和各级儿童福利机构要按照工作要求，将孤儿保障信'
     '息归卷立档。',
     'out', '其他', False, [],
     []),
    # 19
    ('https://www.zhetiaohe.com/ss/145597641d8f7e8b8200cc8b95279e058a3655acb7777249a47'
     'bf64eb603ada296b6a85d0df074e9059d7d5ccdddf731b13ef34e3972d08f875871c09711cace.ht'
     'ml',
     '孤儿和事实无人抚养儿童的保障标准和认定条件',
     'out', '其他', False, [],
     []),
    # 20
    ('https://html.rhhz.net/shgzygl/html/20170131.htm',
     '探讨我国儿童虐待的现状，说明儿童虐待是我国不容忽视的问题。基于此，进一步分析认为，引发儿童虐待的重要'
     '因素包括：宏观层面中传统文化的消极观念、不健全的制度环境、部分消极的社会因素；中观层面中防范儿童虐待'
     '的组织体系缺乏、消极的家庭因素；微观层面中儿童的自身特质。社会工作介入我国儿童虐待服务的策略为：在个'
     '人和家庭方面，社会工作可开展辅导、资源联结、风险评估和个案管理的工作；在组织层面，社工可参与推动政府'
     '明确主责机构、加快民间组织发展、培育社会工作队伍和构建专业共同体；在社区层面，社工的介入可聚焦在社区'
     '教育、社区亲子活动和整合社区资源方面的工作；在制度层面，社工应充分发挥倡导的策略，通过游说、与媒体合'
     '作、充当代言人的角色来帮助儿童发声，推动制度环境的改善。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.zgkjsz.com/page/2018/0517/20030575.shtml',
     '兒童不僅是家庭的成員，也是國家公民。根據《聯合國兒童權利公約》，兒童作為獨立的權利主體，享有生存、受'
     '保護、發展和參與四項最基本的權利。其中，受保護的權利是指保護兒童在受父母、法定監護人或其他任何負責照'
     '管兒童的人照料時，不致受到任何形式的身心摧殘、傷害或凌辱、忽視或照料不周、虐待或剝削，包括性侵犯。['
     '1]狹義的兒童保護主要是指預防和干預兒童虐待和忽視的集體行動，即國家通過一系列的制度安排，包括社會救'
     '助、法庭命令、法律訴訟、社會服務和替代養護等措施，對受到和可能受到暴力、忽視、遺棄、虐待和其他形式傷'
     '害的兒童提供的一系列旨在救助、保護和服務的措施，使兒童能夠在安全的環境中成長。[2]中國是《兒童權利'
     '公約》的最早締約國之一，頒行了《中華人民共和國未成年人保護法》，強調對兒童進行家庭、學校、社會和司法'
     '保護。近年來，屢屢曝光的兒童虐待案件說明我國在兒童保護方面尚存在空白。其中，2015年4月初發生的“'
     '南京虐童案”引起司法干預，並經過媒體的持續報道，得到廣泛的社會關注。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.fx361.cc/news/2018/0426/16714500.html',
     '从国际比较角度来看，美国儿童的福利水平并不理想。2013年，联合国儿童基金从五个方面（身体、健康和安'
     '全、教育、行为及风险、住房和环境）比较了29个富裕国家的儿童福利情况。报告显示，美国儿童福利水平在2'
     '9个比较国家中排名第26，仅优于立陶宛、拉脱维亚和罗马尼亚。[1]具体来看儿童被虐待情况，2015年'
     '，美国有0到17岁的儿童736万人，占总人口的22.9%，约有68万余名儿童被虐待，其中大约有167'
     '0名儿童因此死亡。[2]美国儿童遭受到的虐待中，忽视是最常见的一种形式，因此在很多语境下，儿童被虐待'
     '等同于儿童被虐待与忽视。正是在这样的背景下，美国政府十分重视被虐待儿童福利，在研究界也形成了一种导向'
     '，即对儿童被虐待与忽视、儿童福利工作、寄养儿童等的研究是美国儿童福利研究的主流内容。[3]反观国内，'
     '虽然没有关于被虐待与忽视儿童案件的权威统计数据，但是见诸新闻媒体的“南京乐燕案”、毕节留守儿童自杀事'
     '件等牵动着大众的神经，如何借鉴美国政府、社会组织和学术研究的经验来应对我国日益高发的儿童被虐待事件，'
     '具有重要的现实意义。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH129, "fresh129")
