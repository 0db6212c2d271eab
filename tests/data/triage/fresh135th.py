"""Sealed batch fresh137: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh135th.py; the batch and its row ids are "fresh137".)

Theme: river chiefs and the water environment (河长制, 湖长, 河道采砂, 黑臭水体, 排污口, 水利和环保
站所): a village 河长 whose patrol app said "一切正常" while the stream foamed, 河长 signboards that
hide the chiefs' posts, 黑臭水体 evaluations faked in 武汉 and 清远, environment officials who tipped
off or went easy on polluters (潮阳, 余杭, 桐乡), a 水产局 chief who told the lake clean-up to wait,
officials bought by the 西江 sand cartels, a 副市长's paper rectification, the 下塞湖 dyke's years of
formalism, and a 县长信箱 report on sand digging left "不了了之"; out items are a sand-digging
trial, a neighbours' fish-pond pollution suit, a fisherman's 退捕 compensation, a river-works
caller's drying yard, unpaid river-clearing wages, a letter about sabotaged water pipes,
pollution and sand-digging complaints with the bureaus' answers, a village head reporting dumping,
and a news item on 黑龍江's river chiefs. Sources (stored-pages search, 20 queries): a 巴蜀网 forum
copy of the 浙江 纪委 story on 临安 澞溪; a 浙江日报 page on 金华's signboards; a 新浪湖北 copy of
the 新华社 report on 巡司河; a copy of the 清远 "清澈有魚" comment (traditional); a 政知圈 copy on
陳洪平 (traditional); a 杭州日报 copy on 郑尚杰 and 吕建龙; a 湖北日报 page on 斧头湖; a copy of the
西江 反渎 report; a copy of the 桐乡 王小龙 story; an in-en page on the 督察 accountability round
(黄绍科); a 河南 page on 下塞湖; a nzgx copy of the 沅陵 letter; out: a 法治安徽网 feature on 罗瑞标,
an arweave copy of the 宣州 judgment (唐佑松 v 丁银花), a 洪泽 forum copy on 王福明, two it214
copies of 12345-style items (德清, 嵊州), a 资阳 report on 乐至 river clearers, a copy of the 隆回
马头村 letter, a 周口晚报 page on 涡河 sand digging, a 东南网 copy of the 南方日报 report on 潭洲村,
and a gov.cn big5 page on 黑龍江. Three texts are in traditional script (items 4, 5, 22).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, forum and site lines, "原标题", "(完)" and the truncated last sentences of the
stored copies removed); paragraphs joined; ASCII punctuation and straight quotes written full-width
except inside numbers ("4.5m", "73.4%", "2020-2021", "9斤/条"); stray spaces after punctuation
removed (016, 019). Page oddities kept: "单位单位" (012), "××" (014), the missing year in "年是长江"
and "年9月" and the masked "*府", "*策" (015), "严惩在破坏分子", "自已", "自力更新", "难艰苦奋斗",
"下拔" and "四组成李鸣放" (018). One change at a cut: 007's last clause ends "被诫勉谈话;" on the page
(the next clause is truncated) and is closed with "。" here.
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; the staff of public 环保所, 环境监察大队 and 水产局 count), "out" otherwise with
out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses,
firms, polluters and sand diggers without a post, and officials who only handled, investigated,
announced, answered or reported are not accused; an organ or an unnamed group accused as a whole
gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as first
written with the name, "原" kept) and units as written; unit None when the text ties the person
to no named unit. Topics only from the twelve names of triage.md; faked patrols, reports and
evaluations are 形式主义官僚主义 with 工作纪律 (IS.WRK.04), lax oversight of polluters and of lake
clean-up 工作纪律 (IS.WRK.05), tipping off polluters 工作纪律 (IS.WRK.06). Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (012, 018).
Out types: 涉法涉诉 2 (013, 014), 征地拆迁 1 (015), 个人利益诉求 3 (016-018), 其他 4 (019-022).
14 accused entries, all in items 1-12: 13 with a full name (张斐, 程建军, 徐照彪, 叶林, 金洪, 万学刚,
陳洪平, 郑尚杰, 吕建龙, 李胜强, 张汉中, 王小龙, 黄绍科), 1 masked (曾某), none post only. Items
002, 004, 008, 011 and 012 are in scope with no accused entry. Out items have no accused entry.
Novelty: every address and accused is new to the development set ("叶林" occurs only inside
"阔叶林" in fresh47th.py; the masked "曾某" of other batches are other people).

Close calls:
 1  Forum copy: the board lines, "源自…", "原文标题…", the title, an image file name and two
    sub-headings cut; ends before the truncated "调查人员从相关部门走访了解到，杭州市相关…".
    曾某 as first written ('村级“河长”', unit None: his village is not named; 澞溪 is the stream).
    His 助理徐某, who typed the "一切正常" entries on his call, is not accused (he acts on the
    河长's instruction; hard). The other two of the "3名'河长'" are unnamed. 形式主义官僚主义 and
    工作纪律 (信息报送虚假).
 2  Hard: a 浙江日报 督查 report; could be read as out 其他. The page header, the two headline lines,
    the dateline "本报金华9月27日电 (记者 梁国瑞)" and the "多数河长不亮身份" sub-heading cut; ends
    before the truncated "根据全省…为每". The 河长 who hide their posts are unnamed and the "金华
    当地干部" only explain: in, no entry. "朱明溪" is a stream, not a person. Only 形式主义官僚主义.
 3  "原标题", the dateline and "(完)" cut. Six accused with the posts as written, the leading "局"
    (the bureau just named) dropped from '党组成员、副局长', '水资源处处长' and '污水专班负责人';
    叶林's unit is '洪山区政府'. The 社区工作人员 who filled in the 26 forms are unnamed and acted on
    the bureau's suggestion: no entry; the two 水务局 are also organs. 形式主义官僚主义 and 工作纪律.
 4  Traditional. Site junk, menus, title, date and the twice-printed photo caption cut; the page's
    lead sentence kept; ends before the truncated "如此“現實扭…". "清遠地方政府相關責任人" are an
    unnamed group: in, no entry. 形式主义官僚主义 and 工作纪律 (數據造假).
 5  Traditional. Menus, title, the date and source line and the sub-heading cut; ends before the
    truncated "…于是決定在這一". 陳洪平 '原副局長', '汕頭市潮陽區環保局'. The 區環保局 is an organ; the
    針織廠 and 石材廠 are firms. 贪污贿赂 (收受財物), 工作纪律 (通風報信), 滥用职权 (包庇、縱容).
 6  Headline, source line and sub-headings cut; ends at the sub-heading "为什么总是会逃脱环保执
    法?" (the rest cut). 郑尚杰 and 吕建龙 '原副所长' with the units as written ('余杭区环保局塘栖
    环保所', '临平环保所'). The firms (建德化工二厂, 荣圣, 宏安) are not accused. 滥用职权 (渎职犯罪)
    and 工作纪律.
 7  Caption and "湖北日报讯 (记者…)" cut; see Conventions for the last clause. 李胜强 first named
    "局长李胜强" after "省水产局": ('李胜强', '局长', '省水产局'); 张汉中 ('副局长', '省水产局'),
    admonished for "督办不到位" (hard: a light fault, but he is the one the 通报 answers). The
    unnamed 分管副局长 and 渔政处负责人 who pressed for removal are not accused; 斧头湖管理局 is an
    organ. 工作纪律 (lake clean-up neglected) and 形式主义官僚主义 ("暂缓").
 8  Headline, date and two sub-headings cut; ends before the truncated list of gang heads ("林某泉、
    梁某林…"). The "各级水务工作人员" and "30名国家工作人员" are unnamed; the 富商 and gangs are
    private: in, no entry. 贪污贿赂 (权贵交易) and 滥用职权 (渎职).
 9  The sub-heading cut; ends before the truncated 贾某 quote. 王小龙 '原大队长', '桐乡市环境监察
    大队'; 贾某 (a dyeing firm's boss) is the private lender; the 3 + 5 cadres are unnamed. 廉洁纪律
    (borrowing from a regulated firm, IS.INT.07) and 工作纪律 (lax enforcement).
10  Ends before the truncated "截至今年2月20日…". 黄绍科 '原副市长', unit '文山市' (the narrowest
    of "文山州文山市"). The 毕节, 大方, 七星关, 纳雍 党委政府 and 中山市 are organs; 黄小赠 and 董志明
    only speak; the 16 cadres are unnamed. A little off theme (small hydro and sewage works).
    形式主义官僚主义 and 工作纪律.
11  The sub-heading cut; ends before the truncated 湘阴 example. 夏顺安 built the 矮围 (private);
    刘高 investigates; the "相关责任主体" and the 党委政府 are organs: in, no entry.
    形式主义官僚主义 and 工作纪律.
12  Mixed and hard: a 县长信箱 report on a 项目部's sand digging "假借清理河道" (an out-of-scope
    illegal-activity complaint) and the charge that the 乡政府's reply was untrue and the 县采砂
    整治办 left it "不了了之" ("究竟是谁赋予…'特权'"). Decided in: the authorities' inaction and
    false reply are the point of this second letter. No entry: 乡政府, 县水利局 and 采砂整治办 are
    organs, the "当地村干部" only questioned the diggers. Could be read as out 其他. The "评论 |"
    line cut. 群众纪律 (推诿, IS.MAS.06) and 形式主义官僚主义.
13  涉法涉诉: a feature on 蚌埠's sand-digging gangs and the trial of 罗瑞标, a private man who
    cooked for the 治砂办 to spy on it; header and sub-heading cut; ends before the truncated "“什
    么…". The "涉腐涉'伞'案件4件4人" are a statistic with no person or case: out, not mixed. Could
    be read as 其他 (a crime story).
14  涉法涉诉: a 宣州 civil judgment between neighbours (a pig farm's slurry in a fish pond). The
    title (its first character garbled in the copy), the court header and the party list cut,
    and the "事实与理由" part cut (truncated in the copy), so it ends with the six claims.
15  征地拆迁: a fisherman's grievance over 退捕 compensation ("既然都是‘拆迁’，为什么标准不一样?");
    the forum header "TUhjnbcbe - 2021/5/23 18:24:00" cut; ends before the truncated "江苏省推进…".
    No misconduct alleged. Could be read as 个人利益诉求.
16  个人利益诉求: a 德清 caller's follow-up about his drying yard beside river works and the 水利局's
    reply; the site's "德清县水利局 2017/11/08" line cut. Could be read as 征地拆迁 (红线, 补偿).
17  个人利益诉求: elderly villagers' unpaid river-clearing wages. Headline, sub-headings,
    "(资料图片仅供参考)" and four photo captions cut; ends with 刘能志's quote (the page goes on).
    刘女士, who hired them for the 社区, only passes on "上面没有拨钱": not accused (hard: the
    community's 拖欠 could be read as 群众纪律, IS.MAS.02).
18  Mixed, out 个人利益诉求: a group letter about their sabotaged water pipes ("严惩在破坏分子，
    打击村霸") with one line against unnamed cadres ("追责镇村两级干部办事不力，不作为"); the central
    matter is their own water supply. 李德志 and 邱华荣 are praised, not accused. Ends before the
    truncated "由于合并之前和合并…". Could be read as 其他 (vandalism, a police matter).
19  其他: a pollution complaint and the 环保局's reply; the site's "嵊州市环境保护局 2017/09/08"
    line cut. No official is accused.
20  其他: villagers report sand digging by 李某, 时某 and 时某某 (private) and the 水政监察大队 answers;
    byline "□晚报记者 侯国防" and "本报讯" cut. "执法人员一来，采砂者就销声匿迹" hints at no leak by
    anyone named: not an allegation.
21  其他: a village 主任 (区汝江) reports dumping and red water; he is the reporter, not accused
    (hard: his "束手无策" could be read as 不作为). Menus, title, source line, caption and the
    sub-heading cut; ends before the truncated "当时拍摄的照片显示…".
22  其他, traditional: a 新华社 item on 黑龍江's five-level river chiefs; the header lines, the
    dateline "新華社哈爾濱1月1日電(記者 楊喆)" and the "【我要糾錯】…" footer cut. No grievance.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH137: list[Item] = [
    # 01
    ('http://www.phoer.net/thread-1032406-1-1.html',
     '杭州市临安区地处天目山区，境内山清水秀，风景如画。然而，就在今年5月，该区昌化镇的一条溪流发生了河道'
     '水质污染事件。经查，担负河道巡查之责的3名“河长”，因工作流于形式，信息报送虚假，受到了问责处理。今'
     '年5月的一个上午，几位电视台记者来到临安区昌化镇澞溪河畔，就环保治水工作进行暗访。暗访组走到一处河段'
     '发现，平静流淌的水面上突然泛起阵阵灰白泡沫。随行人员对抽取的水样进行检测，一张放入水中的试纸迅速被染'
     '黑。之后，暗访人员沿溪查看，又有两处排污情况被一一摄入镜头。与此同时，这天上午，负责澞溪河道巡查的村'
     '级“河长”曾某，也来到澞溪边开始了“巡河之行”。他像往常一样，站在溪边某处，看该处溪水并无异常，就电'
     '话告知助理徐某，让其打开“杭州河道水质”APP，将“一切正常”的巡河情况一一填报上传。因为未按照巡查'
     '要求走完全程，他对该责任河段另一些点位涌动的污水一无所知。巡河人员未走完全程，填报信息“例行公事”，'
     '污水有多处流入却浑然不知……此事经媒体曝光之后，临安区纪委监委随即介入调查。污水排入澞溪的曝光视频，'
     '成了调查组手中最直接的证据。“河道的巡查情况，都有电子记录，可以从‘杭州河道水质’APP上查到。”',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('曾某', '村级“河长”', None)]),
    # 02
    ('http://zjrb.zjol.com.cn/html/2015-09/28/content_2914348.htm?div=-1',
     '9月24日、25日，按照省治水办“河长制”工作督查方案，本报记者奔赴金华永康、东阳、义乌、浦江等地，'
     '对四地河道保洁特别是“河长制”落实情况进行暗访督查。记者在四地接连寻访了14条河流，其中12条河流都'
     '在较显眼处竖立了河长公示牌。但记者发现，各地河长公示牌仍然存在各种问题：信息不全、电话不通、河长身份'
     '不清，有的乡镇，甚至所有河道都是同样的整治目标。通过暗访调查，记者发现，各地的河长公示牌，“河长不亮'
     '身份”现象严重。在记者找到的12块河长公示牌中，仅有永康市象珠镇的朱明溪亮明了河长的身份职务，其余1'
     '1块公示牌上，河长身份都是“云遮雾罩”。有金华当地干部向记者表示：“很多河长都是乡镇书记、镇长，一旦'
     '职务、手机号码全部公布，电话还不被打爆？”他们担心的并不只是群众举报河道保洁和水质问题，“各种矛盾纠'
     '纷、大事小事都会找上门来。”也有的地方对于公示牌上是否需要公布河长职务存在疑问。直至记者告知对方，2'
     '015年5月6日出台的《关于进一步落实“河长制”完善“清三河”长效机制的若干意见》中明确“河长公示牌'
     '应包括河流名称、河道长度、河长姓名及职务、联系部门、管治保工作目标及任务、举报电话等信息，并要求及时'
     '更新”时，对方才恍然大悟。公示牌上“河道管治保工作目标及任务”模糊不清的问题也比较突出。在东阳南马镇'
     '，记者走访的东庄坑、下和堂坑、干溪坑，河长公示牌上的整治目标一模一样。',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 03
    ('http://hb.sina.com.cn/news/j/2018-12-17/detail-ihqhqcir7473148.shtml?from=hb_ydph',
     '黑臭水体整治工作未按期完工，却弄虚作假上报情况，经查实后，湖北多名涉事干部受到处分。湖北省纪委监委近'
     '日对这一生态环保领域形式主义官僚主义典型案例进行了通报。通报显示，2016年11月至2017年12月'
     '，武汉市洪山区未采取有力措施完成辖区内巡司河河段的黑臭水体整治工程任务。2017年12月中旬，洪山区'
     '水务局在开展第三方整治效果评估时，违反上级“整治工程未完工不能评估”的要求，擅自决定将未完工项目剔除'
     '出评估范围，仅对部分已完工项目进行评估，并对参与满意度测评的群众提出填写“满意及以上”的建议，将26'
     '份群众测评表由社区工作人员代填，导致第三方测评结果失实。武汉市水务局明知洪山区黑臭水体整治工程不符合'
     '测评条件，对失实的测评结果不做深入调查，也未按约定组织专家评审验收，直接将第三方“初见成效”的评估结'
     '论在官网上公示，并上传至住建部监管平台。日前，住建部、生态环境部在黑臭水体专项检查中发现并曝光了上述'
     '问题。查实相关情况后，湖北省纪委责成武汉市水务局党组向武汉市委、市政府作出深刻检查；武汉市水务局党组'
     '书记、局长张斐受到诫勉谈话处理，局党组成员、副局长程建军受到党内警告处分，局水资源处处长徐照彪受到诫'
     '勉谈话处理。同时，洪山区政府党组成员、副区长叶林受到诫勉谈话处理，洪山区水务局党委副书记、局长金洪受'
     '到党内警告处分，局污水专班负责人万学刚受到党内严重警告、政务记过处分，其他相关责任人均受到相应处理。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('张斐', '党组书记、局长', '武汉市水务局'),
      ('程建军', '党组成员、副局长', '武汉市水务局'),
      ('徐照彪', '水资源处处长', '武汉市水务局'),
      ('叶林', '党组成员、副区长', '洪山区政府'),
      ('金洪', '党委副书记、局长', '洪山区水务局'),
      ('万学刚', '污水专班负责人', '洪山区水务局')]),
    # 04
    ('http://www.njmfgj.cn/detail.aspx?id=29948&itemid=1',
     '清遠地方政府相關責任人，通過數據造假、臨時達標調水稀釋等行為應付檢查，這是“欺上瞞下式治污”。科技界'
     '有一個詞叫“現實扭曲力場”，意思是指結合駭人的眼神、專注的神情，口若懸河的表述、過人的意志力、扭曲事'
     '實以達到目標的迫切愿望，及所形成的視聽混淆能力。說得直白一點，就是顛倒黑白。最近，生態環境部通報的一'
     '個謊報治污成果的案例，就頗有點“現實扭曲力場”的意思。被列入廣東黑臭水整治的清遠瀾水河、海仔大排坑、'
     '龍瀝大排坑和黃坑河，其上報資料顯示，四條河水質監測均達到要求，公眾評議結果為96%，其中甚至還用到“'
     '清澈見底、魚類成群”這樣的詞匯。但中央第五環保督察組近日隨機抽查了清遠市海仔大排坑的治理情況，卻發現'
     '，該河涌仍在整治中，岸邊硬化仍在施工階段。盡管近期連續下雨，站在海仔大排坑旁，仍然有陣陣臭味襲來。黑'
     '色的底泥高過水面清晰可見，岸邊留下黑色的污垢痕跡。總之，跟所謂的“清澈見底、魚類成群”可謂是霄壤之別'
     '。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 05
    ('http://www.gppfuon.com.cn/Article/news/fanfu/2019-08-09/207154.html',
     '有這樣一把“保護傘”，保護的不是黑惡勢力，而是環境違法企業。他非法收受他人財物，向環境違法企業通風報'
     '信，多次教唆企業主應對環保執法檢查，且包庇、縱容環境違法行為。政知圈所說的他，就是廣東省汕頭市潮陽區'
     '環保局原副局長陳洪平。昨天出版的《中國紀檢監察報》披露，為了找出這把“保護傘”，汕頭市潮陽區紀委監委'
     '成立了專案調查組，還專門挑了一個“黃道吉日”。2018年，為了查出練江整治不利的背后，是否存在著執法'
     '不力，甚至辦“人情案”“金錢案”，充當“保護傘”的現象，汕頭市潮陽區紀委監委成立了專案調查組。調查組'
     '將排查環保執法卷宗及巡查記錄作為切入點，輪番把近年來的執法檔案翻了數遍之后發現，不少污染企業被輕罰或'
     '不處罰，甚至沒有依法關停取締。其中，兩宗處罰案件引起他們的注意：2013年，區環保局查處谷饒某針織廠'
     '私設印花工廠，原擬罰款20萬元并責令停產，但最終卻作出“暫不處罰”決定；西臚鎮陂頭村某非法石材廠被區'
     '環保局取締后，仍長期違法生產。這種“不正常”的行為引起了調查組的注意，并前往摸排。調查期間有一個背景'
     '。2018年6月5日至7月5日，中央第五環境保護督察組對廣東省第一輪中央環境保護督察整改情況開展“回'
     '頭看”，并于7月6日結束進駐離開。督察組進駐期間，違法企業會選擇停產避查，督察組一走，這些企業必定會'
     '急于復產，而潮汕民俗通常是擇日開工。',
     'in', None, False, ['贪污贿赂', '工作纪律', '滥用职权'],
     [('陳洪平', '原副局長', '汕頭市潮陽區環保局')]),
    # 06
    ('http://news.qz828.com/system/2017/01/12/011253464.shtml',
     '趁着下雨天雨水管道里有自然降雨流向运河的机会，化工企业竟然偷偷将超过7000吨的严重污染废水直接排进'
     '京杭大运河余杭塘栖段。这起震惊杭城的环境污染案，涉事企业及相关负责人终被追究刑责。环境污染大案背后，'
     '司法机关还揪出了2名渎职犯罪的“内鬼”——余杭区环保局塘栖环保所原副所长郑尚杰和临平环保所原副所长吕'
     '建龙。近日，该两人均被杭州市中级人民法院二审裁定维持原判，判处3年半有期徒刑，并分处罚金15万元、2'
     '0万元。2014年7月17日和18日，本报曾连续报道了一起特大污染环境案的庭审。这起案子之所以引人注'
     '目，一是因为企业偷排废水体量巨大，二是偷排地点竟选择了京杭大运河，其间，京杭大运河刚刚被列入世界文化'
     '遗产。据悉，2011年时，建德化工二厂租用杭州余杭的荣圣化工公司的槽罐，用来存储磷酸盐混合液，而宏安'
     '公司则帮建德化工二厂运输化学品。2012年5月起，建德化工二厂希望将存储在荣圣公司的废液运输到其他地'
     '方处置。因存储时间过长，部分磷酸盐混合液沉淀，导致无法抽出。运输公司与建德化工二厂商量，直接把这些废'
     '液交由荣圣公司处理，而荣圣公司根本没有相关资质。荣圣公司趁下雨天或者运河水位上涨时，用水冲洗槽罐，把'
     '磷酸盐混合液直接从下水道里直排进运河。当执法人员发现这起污染案时，荣圣化工公司的槽罐里尚有近3000'
     '吨污染物等待排放。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('郑尚杰', '原副所长', '余杭区环保局塘栖环保所'), ('吕建龙', '原副所长', '临平环保所')]),
    # 07
    ('http://qianjiang.cjyun.org/p/16042.html',
     '我省第四大湖斧头湖逾七成水面被水产养殖围栏围网占据，水质受污染，省水产局分管副局长和渔政处负责人多次'
     '向局长李胜强提议推进拆围工作，李胜强竟表态说“暂缓”。昨日，省纪委召开新闻发布会，通报9起突出环境问'
     '题的追责问责情况，其中，李胜强被免职，并受到行政记大过处分，成为此次问责中唯一被免职的厅官。近期，省'
     '纪委、省监察厅、省环保厅对9起损害生态环境的典型问题进行了调查核实，依据《党政领导干部生态环境损害责'
     '任追究办法（试行）》和湖北省《实施细则》进行严肃追责问责，给予党纪政纪处分26人（其中撤销党内职务、'
     '行政撤职2人，其他处分24人），免职处理2人，诫勉谈话12人，其他问责方式17人。被问责干部中，厅局'
     '级1人，县处级21人，乡科级以下35人；10个地方政府、部门和单位被责令限期整改、写出书面检查、通报'
     '批评等。据介绍，长期以来，受水产养殖户围网养殖、生活和工业污水排放等因素影响，斧头湖水质不断恶化，由'
     'Ⅱ类退化为Ⅲ类。目前斧头湖共有围栏109处138802亩，占湖面总面积的73.4%。根据《湖北省湖泊'
     '保护条例》《湖北省水污染防治条例》，省水产局负责其直属管理的斧头湖养殖围网围栏拆除工作。省环委会曾下'
     '达整改通知，要求在今年5月30日前完成养殖围网拆除，斧头湖管理局未按要求完成任务。有权必有责、有责要'
     '担当、失责必问责。李胜强作为局党委书记、局长，对拆围工作重视不够，致使围网围栏养殖问题未得到有效治理'
     '，被免去省农业厅党组成员、省水产局党委书记、局长职务；因坚持原则不够，对分管工作督办不到位，省水产局'
     '副局长张汉中被诫勉谈话。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [('李胜强', '局长', '省水产局'), ('张汉中', '副局长', '省水产局')]),
    # 08
    ('http://guangzhou.baogaosu.com/xinwen/%25E5%258F%258D%25E6%25B8%258E%25E5%2587%25BA%25E5%25'
     '87%25BB%25E6%2596%25A9%25E6%2596%25AD%25E4%25B8%258D%25E6%25B3%2595%25E5%25AE%2598%25E5%25'
     '95%2586%25E7%259B%2597%25E9%2587%2587%25E5%2590%258C%25E7%259B%259F/25335130',
     '一条西江，绵延2000余里，是中国第三大河流，下游从广西经肇庆封开县典口镇进入广东，至佛山思贤窖与北'
     '江共同并入珠江三角洲水网。西江一路南下，在广东汇贺江、罗定江、新兴江，成辽阔之势，沿江人民视之为母亲'
     '河。而这“母亲”却是不少盗采河砂者眼中的“黄金宝藏”，因为，江面下便是历史沉淀的河砂，以盗采河砂为业'
     '，可日进数百万元。正是这疯狂的“淘金梦”，刺激着富商们抛出数千万元，争抢标段开采权，进而又结盟、合而'
     '为一，垄断西江河砂市场，共同进退，以获重利。为了获得“淘金”权，也为了安全“淘金”，富商们结交各级水'
     '务工作人员，构筑数个权贵交易网络，彼此阡陌沟通，结成了抽吸西江河砂的同盟，致使政府的监管之网形同虚设'
     '。但“天网恢恢疏而不漏”，这一同盟终有被击溃的一天。广东省人民检察院反渎职侵权局挥刀亮剑，30名国家'
     '工作人员落马，不法奸商锒铛入狱，相关制度得以建立健全。今日，盗采的喧嚣不再，西江重归平静。2012年'
     '3月6日晚，西江德庆县九市镇河段江面上，两层楼高的一艘无动力泵船像往常一样，指挥着抽砂船盗采河砂。它'
     '在西江一带赫赫有名，被称为“砂站”，是四大采砂团伙的统一指挥部。不过，这一天是它的末日。当晚，冲进“'
     '砂站”执法的德庆公安干警在船上搜出了500余万元现金，捣毁指挥部、查没赃款。而这500余万元是他们售'
     '卖河砂的一天所得，可见暴利。盗采河砂泛滥的起因正是暴利，引诱富商“疯狂”的也是暴利。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     []),
    # 09
    ('https://suejacobssells.com/wanboguanwangmanbetx/honest/jzcm/3175.html',
     '当身为治污者的环保工作人员追寻“铜臭”而去，与排污者沆瀣一气，为人民服务就难免成了“喂人民服雾”。当'
     '良知在金钱的腌渍下萎缩，他们的人生就注定将在铁的纪律面前归于黯淡。2015年以来，浙江省桐乡市在重拳'
     '治污的同时，狠下决心严查“黑”、“臭”现象背后的腐败问题。全市环保领域共有3名领导干部和5名中层干部'
     '被纪检监察机关立案审查。当地百姓在拍手称快之余，对身为治污者的环保工作人员为何反被治理对象“污染”充'
     '满了疑问。近年来，随着国家一系列环保法规和数据标准的出台，环保局这个曾经的“清水衙门”逐渐掌握了一批'
     '实权。其中，尤以环境执法权和环评审批权最为“耀眼”。前者决定了对排污企业是否处罚、如何处罚，后者更是'
     '一项决定企业能否上马的“生杀大权”，成为了人人紧盯的“香饽饽”。浙江省桐乡市环境监察大队原大队长王小'
     '龙清楚手中的权力有多大、肩头的责任有多重、群众的期许有多高，但面对金钱的诱惑，一切都被他抛诸脑后。从'
     '2006年任环境监察大队大队长一职后，王小龙的心思就没有放在工作上。买房、装修、炒股，这些事情不仅占'
     '用了他大量的精力，也使他感到工资收入有些入不敷出。为解囊中羞涩，王小龙先后向一印染企业老板贾某借款2'
     '0万元。印染企业本就是排污大户，对于王小龙的借款要求，贾某哪有不答应的道理。吃人嘴短、拿人手软。对于'
     '贾某这个债主，王小龙在执法过程中自然是硬不起来。据王小龙自己交代，对于贾某的印染企业“在COD（即化'
     '学需氧量，是衡量主要污染物排放的重要指标）指标超标排放的监管上有放松，处罚的时候也会处理相对轻点”。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('王小龙', '原大队长', '桐乡市环境监察大队')]),
    # 10
    ('https://huanbao.in-en.com/html/huanbao-2368844.shtml',
     '贵州省毕节市、大方县、七星关区、纳雍县党委、政府对城区污水处理设施建设、生活污水收集处理工作重视不够'
     '、推进不力；广东省中山市落实上级治水决策部署不力，推进中央生态环保督察问题整改不到位，先后36次被省'
     '政府等发函提醒、通报或约谈……近日，6个省份和2家央企公开了中央生态环境保护督察移交问题追责问责情况'
     '。“这几轮中央生态环保督察发现，有的地方污水集中收集处理率甚至都不到10%。”生态环境部水生态环境司'
     '司长黄小赠指出，水污染的问题表象在水里，根子在岸上，究其原因还是一些地方没有树立正确的政绩观。污染治'
     '理“重面子、轻里子”，甚至有的地方还有一些等靠要的思想，没有从根本上下决心彻底解决这个问题。在污染治'
     '理中，这样的敷衍塞责时有发生。“牵头部门负责提供数据，我们只负责审批、汇总然后上报。”在云南省文山州'
     '违建小水电敷衍整改案例中，面对省纪委监委调查组的核实，文山州文山市原副市长黄绍科坦言，自己既没去现场'
     '看过，也没收集过下级部门在整改中存在的困难和问题。通过对行业部门、分管领导、工作职责的责任倒查，云南'
     '省纪委监委、文山州纪委监委给予4个责任单位通报问责和16名责任领导干部追责问责。“在污染治理中不担当'
     '不作为，背后是错位政绩观作祟。”浙江省杭州市临安区纪委监委第二纪检监察室主任董志明分析，某些领导干部'
     '只顾短期政绩，担心治理会影响本地短期经济发展，因此应对污染治理工作不敢动真碰硬，选择“睁一只眼闭一只'
     '眼”。在问题被曝光后，为了应付考核和整改要求，甚至在环保整改中参与、掩护作假，给监测数据强行“注水”'
     '，妄图蒙混过关。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('黄绍科', '原副市长', '文山市')]),
    # 11
    ('http://news.hnr.cn/201810/16/4956.html',
     '从沅江市地方海事处码头登船，不到半小时便到达下塞湖矮围北闸口所在地。这里是赤磊洪道南侧与茶盘洲镇防洪'
     '大堤东侧交汇处。临近枯水期，土黄色的洲块露出湖面，如岛屿一般，在视野范围内绵延而去。夏顺安修筑的北闸'
     '已于去年炸毁，数米高的矮围也于数月前在100多台推土机的努力下重归泥沙。洲块上，零星的牛粪和推土机留'
     '下的履带印，成为关于矮围的最后记忆。十多年未能解决的顽疾，最终只用了十几天便得以铲除。颇具讽刺意味的'
     '对比，暴露出的是过去很长一个时期监管层层失守、责任虚化空转，以及充斥其中的形式主义、官僚主义。在参与'
     '调查的湖南省纪委监委第十纪检监察室正处级纪检监察员刘高看来，此前其实有很多次机会解决矮围问题，但都没'
     '有把握住。“尤其是2014年省国土资源厅通过遥感卫星发现下塞湖非法矮围后，省委、省政府多次部署开展专'
     '项整治，2016年省政府还组织开展了河湖围网养殖清理等五大专项行动，2017年省防汛抗旱指挥部甚至下'
     '达了《清障令》，但相关方面的拆除工作均未达到要求。”刘高说，如果哪一次行动动真格了，真正把省委、省政'
     '府的整治要求落到实处，也不会出现这样的局面。省委、省政府三令五申下，省直相关职能部门、案发地党委和政'
     '府究竟在做什么呢？据湖南省委通报，相关责任主体表态多、行动少、落实差，形式主义、官僚主义问题突出。有'
     '的敷衍应付，以文件落实文件，以会议落实会议，满足于“轮流圈阅”“层层转发”“安排部署”；有的热衷于与'
     '下属单位签订“责任状”，转移责任主体，层层推卸责任。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 12
    ('http://nzgx.org/html/ZhengCeFaGui/JuBaoTouSu/20190329/556815.html',
     '2018年9月初，本人在沅陵县政府网页县长信箱栏目中，向县水利局举报了沅陵县清浪乡麻立坡村下老屋组某'
     '项目部《假借清理河道之名行非法采砂之实》，2018年9月20日县水利局将该信访件转交至清浪乡人民政府'
     '。2018年10月20日乡政府的回复是：在9月3日当地村干部对非法采砂当事人进行了询问调查，核实该区'
     '域采砂是非法行为，并要求其停止一切非法采砂活动，施工单位便终止了非法采砂。9月18日乡政府领导再次赴'
     '现场查看，要求当事人对采砂设备进行拆除，对稻田进行恢复，由于麻立坡公路刚刚硬化，当时无法将采砂设备拖'
     '走，后续托运采砂设备工作正有序开展中。但现在的实际情况是该施工单位不仅没有拆除和运走采砂设备，还在继'
     '续大张旗鼓的进行非法采砂，期间也通过短信和电话的形式向县采砂整治办进行了举报，但始终得不到明确的答复'
     '，最终都是不了了之，究竟是谁赋予该施工单位单位的“特权”，以非法的手段随意处置国家砂石资源？',
     'in', None, True, ['群众纪律', '形式主义官僚主义'],
     []),
    # 13
    ('http://wap.fzahw.com/news/2020/06/11/c_49618.htm',
     '淮河流经蚌埠市147公里。受河砂价格上涨等因素影响，蚌埠市辖区内的非法采砂此前一度出现猖獗态势。非法'
     '采砂分子为了逃避执法部门的打击，有人充当免费厨师“卧底”在治砂办，有人以装疯卖傻、跳河、假装喝农药等'
     '方法抗拒执法，更有甚者在豪华大酒店开房间“盯梢”水政部门的执法行动……非法采砂分子近乎到了无所不用其'
     '极的地步。为打击非法采砂分子的猖獗态势，蚌埠市在扫黑除恶专项斗争中下重手、出重拳，自2018年1月至'
     '今年3月底，共打掉非法采砂团伙15个，其中涉恶犯罪团伙3个；刑拘涉砂人员151人，批捕68人；排查涉'
     '网涉“伞”线索16条，判处涉腐涉“伞”案件4件4人，依法扣押、冻结涉案资金1500余万元。在打击的同'
     '时，蚌埠市还认真查摆相关监管工作中存在的漏洞，并着眼于“长效常治”制定出台多项举措。如今，淮河蚌埠段'
     '非法采砂现象已基本绝迹。1972年出生的罗瑞标，家住蚌埠市淮上区沫河口镇大李村。2016年末，闲来没'
     '事的罗瑞标便到沫河口镇治砂办转悠，后又主动帮助治砂办工作人员做饭。尽管工作人员多次谢绝罗瑞标的帮忙，'
     '但“好心”的罗瑞标似乎乐此不疲，不仅依旧跑来帮忙，有时甚至还会自己掏腰包为治砂办食堂买菜。俗话说，无'
     '利不起早。罗瑞标看似“好心”帮忙的背后，却掩藏着不可告人的目的。利用做饭的机会，罗瑞标掌握了治砂办工'
     '作人员的动态信息，去哪查处非法采砂、何时出动等，而这也成为了罗瑞标谋财的“利器”。2017年初，被告'
     '人江怀建在一个饭局上与罗瑞标认识。当场，罗瑞标便建议江怀建买条船到沫河口采砂，并表示可以照应江怀建。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://gfzgtsr6ayzcnyrald7upuh4qruzqwafgpfztk4s32bdmpryokxa.arweave.net/BpVNJ6xviqh-eSaT6'
     'aRhHTqqyM48jcA-NiV2Vw2D4BU',
     '原告唐佑松诉被告丁银花环境污染责任纠纷一案，本院于2021年7月12日受理后，依法适用简易程序，于2'
     '021年8月11日公开开庭进行了审理。原告唐佑松及其委托诉讼代理人唐良木，被告丁银花及其委托诉讼代理'
     '人尚啟国到庭参加诉讼。本案现已审理终结。唐佑松向本院提出诉讼请求：1、判令被告立即停止对原告位于水阳'
     '镇××村××字组，依法承包29亩塘口“让字小沟”的排污行为，禁止猪场污水流入鱼塘，或净化后排入，恢复'
     '鱼塘原状；2、判令被告赔偿原告直接经济损失8.8万元（金额构成：打捞上来死鱼损失8万元，杂鱼损失3千'
     '元，螃蟹损失5千元）；3、判令被告赔偿原告未来经济损失2.5万元。（因鱼尚未到11月捕获季节，还可以'
     '继续长大，现在平均9斤/条，市场价13元/斤，按往年11月平均最低12斤/条）；4、判令被告赔偿原告'
     '2020-2021年生态保证金2.32万元，和2021年塘口标底费8700元（计算依据：《渔业水面承'
     '包合同》）；5、判令被告赔偿原告恢复鱼塘水体，污水治理费用1.5万元（计算依据：投放螺蛳、水草、施药'
     '、人工费）；6、判令被告承担本案所有的诉讼费用。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://bbs.hongzezx.com/archiver/showtopic-5588.aspx',
     '年是长江“十年禁渔”的开局之年。2月10日农业农村部公布的数据显示，长江十年禁捕，共计退捕上岸渔船1'
     '1.1万艘、涉及渔民23.1万人，目前渔船渔民退捕基本完成。整个过程中，退捕如何退？安家如何安？转产'
     '如何转？这些都是落在每一个渔民身上实实在在的问题。退捕如何退？年近50的江苏省淮安市洪泽县洪强村村民'
     '王福明，只要有空都会回渔村转转，坐在他家之前水泥船靠泊的岸口，一个人发呆。岸边很少有人路过，往日的热'
     '闹一去不复返，“这心头呀，跟这湖面一样，空空荡荡的。”就在四个月前，王福明一家人赖以生存的水泥船以及'
     '外出捕鱼的小船，都被挖掘机拆除了，“签字的时候，我让我爸去的，我不想看。”春风荡开湖水，把王福明往岸'
     '上推了又推。交出水泥住家船后，王福明获赔了十二万多。“别人比我船小两倍，都能赔个十五六万。”王福明有'
     '些不平，“我买这水泥住家船外加装修，花了将近二十万，赔的钱连成本都不够。既然都是‘拆迁’，为什么标准'
     '不一样？”王福明习惯把退捕称作“拆迁”，在他朴素的逻辑里，拆迁就应该按照住房面积进行补偿。前些年为了'
     '增加收入，王福明和同村渔民一起合作，在洪泽湖里进行围网养殖，当时*府批准了五十多亩水域，如今围网全部'
     '拆除，“我们积极响应，是去年拆的，一亩才赔一千多，那些拖到今年的，一亩赔了一万多。”王福明很委屈，“'
     '怎么响应*策还少赔了几十万？”年9月，江苏省农业农村厅印发《江苏省长江流域禁捕退捕补偿安置指导意见》'
     '指出，在综合考虑各地经济发展水平的基础上，对涉及两个及以上设区市或县（市、区）的跨界水域退捕，尽可能'
     '统一补偿和安置*策，缩小相对差距，实现同一个水域内基本平衡、相对公平。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('http://www.it214.net/c3566170.aspx',
     '我之前反映的问题：我是新安镇新桥村22号的住户，因为开河筑坝工程，开挖的地方与我家晒场距离太短，且泥'
     '土有塌方现象，请相关部门处理。2017年9月21日水利局反馈：2017年9月18日上午，县水利局会同'
     '新安镇、新桥村进行了现场调查，经了解，该户位于新桥村塘郎组西侧倒数第二户。经现场查看，工程施工范围未'
     '超出征地红线，并设置了铁丝网安全围护。工程实施后，该户主房前晒场将增加4.5m左右（现状主房距河岸约'
     '5m）。工程实施前，新安镇委托房屋安全鉴定机构对该组农户均进行了摄像取证，如鉴定确认因南排工程施工致'
     '使房屋安全受损，将按规定进行补偿。如再遇类似信访，建议由新安镇政府调处。现来电人表示其房前晒场只增加'
     '了4米，比计划的4.5米少了0.5米，希望相关部门解决。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://m.coalstudy.com/zixun/2023/0403/49493.html',
     '去年夏季极端高温天气，想来大家都还记忆犹新。在那个夏天最热的时候，乐至大佛镇一群年迈的老人头顶烈日，'
     '受雇清理河道。然而，当时许诺的每天100元的工钱至今尚未拿到，大家既无助又担心。3月30日，《资观帮'
     '忙》栏目组记者来到大佛镇了解情况。在大佛镇大堰社区，记者见到了72岁的郎建光，“就是去年最热的那几天'
     '，我们去干的活。说好的一天一百块，我干了五天，但是到现在一分钱都没给。”郎建光告诉记者，去年夏天，社'
     '区负责环卫工作的刘女士找到他参与河道清理工作，许诺工钱每天100元。但干完活后，郎建光找刘女士要工钱'
     '时却被告知：上面没有拨钱，没有钱发。于是便一拖再拖，如今大半年过去了，工钱的事情一直杳无音信。郎建光'
     '说，当时每天早晨6点多就要出发去大佛镇场镇附近的河边砍树、清理河道垃圾。“我骑三轮车过去要三四十分钟'
     '，中午1点过也要去，晚上天黑才回来。”顶着炎炎烈日，郎建光连续5天起早贪黑赶去干活。据郎建光介绍，和'
     '自己一同干活的人有时一天七八个，有时五六个，最多的时候有十来个。随后记者一路打听，找到了当时同郎建光'
     '一起干活的唐怀全。唐怀全家住大佛镇观音寺村10组，当天，60岁的他正在忙着犁田。“我干了5天半，说的'
     '一天一百块，到现在都没有拿到钱。”唐怀全告诉记者，自己也是村里一个刘姓女士喊去干活的。“那几天热哦，'
     '热得遭不住，但是要挣钱嘛，哪有好挣的钱哦。”除了郎建光、唐怀全，记者还打听到了源柏村6组的刘能志。刘'
     '能志今年73岁，记者见到他时，他正忙着平整土地育秧苗。“好不容易有个挣钱的机会，就跟着一起去了。”',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://worldcapitalmarket.cn/junshixinwen/8605.html',
     '尊敬的湖南省各级领导：我们是湖南省邵阳市隆回县岩口镇马头村（原半岭村2组村民共计170多人），现在有'
     '人故意破坏我们自己集资修建的自来水管及村里修建的自来水管，给我们生活带来极大不便，在家的基本上是老人'
     '和儿童，生活苦不堪言。现反馈给你们，希望你们安排人员处理，严惩在破坏分子，打击村霸。追责镇村两级干部'
     '办事不力，不作为。我们半岭2组是原半岭四个小组饮用水最缺的一个村民小组，以前只有一口泥巴井，二组一百'
     '多人搞点生活水都要赶早，如果晚了，泥巴井水也被全部淘干了，没有办法只能到4组的井水担水吃，来回要一个'
     '多小时，给2组的人生活带来极大不便。为了解决2组生活用水问题，于2006年正月我们2组几十户村民自发'
     '组织自已出资出力，自力更新，艰苦奋斗，在烂烂冲（地名）刘克心屋下邱光玉田角边打了一口水井，历时4个月'
     '之久。解决了2组170多人的饮用水难的问题。整个工程当时造价折合人民币3万多元。当时上级人民政府也看'
     '到半岭2组确实存在饮用水困难，支持和鼓励2组村民难艰苦奋斗修建自己的自来水工程，并且下拔5000元资'
     '金支持2组村民。2组饮水工程到今天已经使用12年了，一直正常使用，没有再现任何问题。时间来到2015'
     '年，原村委会干部李德志和邱华荣两位同志，看到半岭村还有400多人没有喝上自来水，于是以他们两名同志为'
     '首，向上级政府反映全村饮水的困难，政府下拔12万元资金，作为修建饮水工程费用。于是在四组成李鸣放屋下'
     '原老水井处，修建了一处饮水工程，又解决了4百多人的饮水问题。并且村里也给我们原2组以前几十户集资自己'
     '办的自来水用户也装上了村里自来水管和水表。',
     'out', '个人利益诉求', True, [],
     []),
    # 19
    ('http://it214.net/c3167275.aspx',
     '上游北漳镇土块村养猪场趁下雨偷排污水，导致下游村庄河道水塘严重污染，溪水呈现暗红色散发刺激性气味，严'
     '重影响下游群众正常生产生活！同志：你于2017年9月8日向嵊州市环境保护局反映“北漳镇土块村养猪场雨'
     '天偷排污水”信访件（来访编号：WX20170190696）已收悉，嵊州市环保局已派员进行调处，现将调'
     '查处理情况答复如下：经实地踏看猪场，并未发现偷排现象，但发现污水处理终端因9月6日雷雨天气导致系统停'
     '止运作，生活污水直接排放到了渠道。污水处理终端维护人员已赶到村内抢修，并对渠道进行截流，对污泥进行清'
     '理。现已完成污水处理终端维修与污泥清理。特此答复。嵊州市环境保护局2017年9月12日',
     'out', '其他', False, [],
     []),
    # 20
    ('http://www.zhld.com/zkwb/html/2009-05/18/content_26655.htm',
     '连日来，记者不断接到鹿邑县玄武镇时口行政村村民反映：有人在涡河非法采砂。昨日上午，记者驱车赶到现场采'
     '访，几名非法采砂者见记者拍照，纷纷逃走。昨天12时许，记者在玄武镇时口村村北看到，涡河南岸、北岸各有'
     '一些砂堆，河南岸停放着一只采砂船，北岸两只采砂船正在紧张作业，采砂机器轰鸣声震耳。正在船上作业的5名'
     '民工见记者拍照，赶忙关停机器，乘小船逃走。在河北岸，一老年妇女告诉记者，南岸的采砂船是时口村村民时某'
     '的，这几天他没有干（采砂）；北岸的采砂船是时口村村民李某和时某某的，这段时间他们天天都在干（采砂）。'
     '在时口村西头，一位村民对记者说，采砂生意是本村李某、时某和时某某干的，他们经常在河内抽砂，村民们曾向'
     '有关部门反映过，有关部门曾派人来查处，但执法人员一来，采砂者就销声匿迹；执法人员一走，采砂者又开始行'
     '动。这样长期采砂，危及两岸村民的房屋和麦田，不知何时才能取缔？记者随后拨通了鹿邑县水利局水政监察大队'
     '一罗姓负责人的手机。他告诉记者，10多天前，他们也接到过村民举报，并组织执法人员到玄武镇时口村进行查'
     '处，但执法人员赶到后却一直找不到采砂者。他们将尽快组织人员进行一次彻底查处。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://news.fjsen.com/2013-04/03/content_11043267.htm',
     '近日有人在网上发帖举报佛山顺德区陈村镇潭洲村三大乱象——河涌红又臭，鱼塘填垃圾，土堤装泥浆，举报者为'
     '该村村主任区汝江。本负责村中日常事务管理的村主任，却自称对这些乱象束手无策，只能靠向上级部门、媒体举'
     '报来解决问题。顺德潭洲村位于东平水道和潭洲水道交界处，村内多河涌、鱼塘，曾是一片富庶的鱼米之乡。在网'
     '帖上的潭洲村内却是另一种景象：建筑垃圾乱倒、河涌水臭不可闻、河边倒建筑垃圾……本月1日，记者从潭洲水'
     '道大堤走下来，有一块新翻动过的土地，一道土堤高高围起，堤内全是黑色、红色、黄色的粘稠泥浆。放眼望去，'
     '被倾倒泥浆的区域有数百平方米。当地村民透露，这处土堤3月初垒砌，之后常有泥头车开来，“看起来都是外面'
     '开进来的，每次倒泥浆来快，去也快。”潭村工业区厂房附近也有一个类似大小的鱼塘，建筑垃圾堆起堤坝，里面'
     '同样是泥浆。靠近河堤的地方，有一个鱼塘干脆被建筑垃圾填埋了大半。潭洲村厂房、菜地、鱼塘间杂其间，在其'
     '中一块厂房旁边，砖头瓦砾组成的建筑垃圾堆成一条长龙，高三四米。“这里以前也是这样的菜地，都被糟蹋了”'
     '，建筑垃圾堆和旁边绿油油的菜地对比鲜明，村民何先生直摇头。只要是大块空地，类似场面比比皆是，特别是潭'
     '洲水道的北侧岸边，数千平方米的区域堆满了建筑垃圾。举报者称“上游3公里就是取水口”。上月28日前后，'
     '潭洲村下了几场暴雨。大雨过后，贯穿工业区的最大一条河涌变红了。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2018-01/01/content_5252232.htm',
     '記者從黑龍江省水利廳獲悉，這個省將河長體系延伸至村，建立了包含省市縣鄉村的“五級”河長體系。目前，全'
     '省五級河長體系已全部落實，共落實河長35119人。黑龍江省河長體系覆蓋全省所有江河湖泊，省市縣鄉村各'
     '級河長已陸續上崗巡河，協調解決問題。截至2017年12月中旬，黑龍江省五級河長累計巡河3.2萬次，處'
     '理了一批群眾反映的問題。黑龍江省還設置了省市縣鄉四級河道警長，縣級以上設立河道警長辦公室，並對無河湖'
     '村屯設雙河長，重點解決強降雨時農業、畜牧、生活垃圾等面源污染匯流到河湖等問題。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH137, "fresh137")
