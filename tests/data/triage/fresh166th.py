"""Sealed batch fresh168: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh166th.py; the batch and its row ids are "fresh168".)

Theme: rural drinking water and small irrigation works (农村饮水安全工程, 自来水 into villages, 水费,
水窖, 机井, 小型农田水利): a 村党总支书记 paying for a bridge out of irrigation upkeep money with
re-used acceptance papers, a 村支书 lending out 10万 of villagers' 自来水费, officials who passed a
padded 农田整治 project, a county 水务局's gang of chiefs and its 223 "半拉子" water works, a 水利
站 ring of stationmasters and clerks, a 村大队长 who put the village cistern by his own house, a
村支书 whose yard holds the only working water tower, a 水利站 head said to have gambled away the
pipe money, fake 饮水安全 works in 南充, a 村支书's husband taking every village water contract, a
村主任 colluding with a water contractor to dry a farmer's fields, and a 水利站 charging 300元 to
connect a house; out items are water-supply lawsuits (a 水厂 against a 村委会, a 水厂's unpaid water
bill, a 貉子 farmer sued for water), a neighbour digging up an irrigation ditch, a cemetery that
took land and cut the fields' water, villagers who paid for pipes that never carried water, a
网民's question and the town's reply, a short post on a village left without tap water, a news
report on idle 饮水 works, and the 水利部's national figures. Sources (stored-pages search): a
qdubb copy of the 剑川 纪委 case of 杨继昌 (traditional); a sea-nc copy of the 金东 傅村镇 story of
徐洋军 (traditional); a 东北网 copy of the 法制日报 report on the 陵水 广进洋 project; a feifmx copy
of the 大方 水务局 report (traditional); a xohku forum copy of the 金湖 水务 case; a 中工网 report
on the 纳雍 大坡村 "龙门父子"; a 南国早报 report on the 全州 三里村 人饮 works; a hbxmad copy of a
report on the 武鸣 四联村 人饮 works; a 传播网 forum report on 南充 嘉陵区; a xna8 forum letter on
福庆村; a xkys4 copy of 李天福's letter from 沙湾 (traditional); a xcxy forum post from 东阳村;
out: a cbi360 copy of the 嵊州 石璜 judgment, a 民主与法制 report on the 鲸头水厂 case, a 东北网
report on the 呼兰 望山村 case (traditional), a blog post from 平山 东沿兴村, a ming7 copy of a
report on the 汪集 cemetery (traditional), an 安州论坛 copy of the 直播绵阳 report on 七里村, a
csflxx copy of a 慈利 陈坪村 question and reply, a shuji post on 河山村, a xinb2b copy of the
人民网 report on 金沙, and a 中国西藏网 copy of the 中新社 report on the 水利部 figures
(traditional). Seven texts are in traditional script (items 1, 2, 4, 11, 15, 17, 22; the
glossing pinyin of the pages' converted copies removed in 2, 11 and 17).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, image file names ("qw2.jpg"), "如下图:" image pointers, source and advert
lines, and the truncated last sentences of the stored copies removed); paragraphs joined; ASCII
punctuation written full-width except inside numbers ("22.75万元", "1899.55万元"), so the
judgment's list marks read "1．" and "2．" (013); stray spaces removed (008, 009); the doubled
punctuation of the feifmx copy (",,", ",、", ",。", ",!") written once (004). Sentences that the
converted traditional copies garble ("嚴(yán)重?fù)p害", "當?shù)厝罕姷", "因?yàn)樾藿陥@", "?!敝苤酒秸f")
cut (002, 004, 017). Page oddities kept: the missing year digits "年7月", "8年春节前至年2月" and
"多万元" and the masked "水*员" (005), "时刻", "移用", "置疑", "成果" in the reworded copy (008),
"接连“烂尾”" with no full stop before the next paragraph (007), "解决下" with no mark before
"陈坪村网民：" (019), "自来的自来水" (019), "嗮辣椒" and "村委會包水人" (011), "阔暑", "至于何地",
"及时想捞点钱", "能责三百块" (012), "鲸头公司" beside "鲸头水厂" (014), "副业———养貉子" (015).
scope "in" for alleged misconduct of a party member or public official (village cadres and the
staff of 水利站, 水务站 and county water firms included), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, contractors, private
water managers and officials who only handled, investigated, announced or answered are not
accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed accused
official is (None, position, unit). Names, positions (as first written with the name, "原" kept)
and units as written; unit None when the text ties the person to no named unit. Topics only from
the twelve names of triage.md; project money padded, diverted or taken is 廉洁纪律 (IS.INT.09)
with 贪污贿赂 where the text has 贪污, 受贿 or a conviction; villagers' money or water kept back
from them and cadres' bullying over water are 群众纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 3 (018-020), 其他 2 (021,
022). 22 accused entries, all in items 1-12: 17 with a full name (楊繼昌, 徐洋軍, 王朝山, 杨国崇,
杨运朝, 林剛, 龍和勁, 趙明泉, 徐永詞, 袁萬鴻, 绪金发, 王培明, 杨登山, 王树亚, 姚霞文, 陈中玉,
龙德江), 2 masked (马某, 郝某泉), 3 post only. Items 009 and 012 are in scope with no accused
entry. Out items have no accused entry.

Close calls:
 1  Traditional; the "【執紀者說】" paragraph and the source "(劍川縣紀委 李錦福)" cut. ('楊繼昌',
    '黨總支部書記', '桃源村') as first written "劍川縣甸南鎮桃源村黨總支部書記楊繼昌". The money went
    to a public bridge, not his pocket: 廉洁纪律 for the diverted and twice-reported funds
    (IS.INT.09) and 工作纪律 (hard: could be 工作纪律 alone). The other 村干部 are an unnamed group.
 2  Traditional, glosses removed; the opening quote of his self-criticism (garbled in the copy)
    and the question "徐洋軍后悔所為何事?" with the garbled sentence after it cut, so it starts at
    "近日"; ends before the
    truncated "無獨有…". ('徐洋軍', '原村黨支部書記', '東后徐村'). 吳某 is the firm's man
    (private). 廉洁纪律 (collected 自来水费 lent out) and 民主集中制 ("未經村民代表大會集體討論",
    IS.DC.02). Off the drinking-water works themselves: a 污水 contract paid from water fees.
 3  The headline "海南两农业部门负责人受贿百万…", the sub-heading "虚增工程款骗领国资" and the
    "作者: 来源:法制日报 编辑:郑通" line cut. Three entries: ('王朝山', '主任', '县农综办') from
    "身为县农综办主任的王朝山"; ('杨国崇', '原总负责人', '县农业综合开发项目') from "被陵水县政府任命
    为县农业综合开发项目原总负责人的杨国崇" (hard: the post and unit are one phrase); ('杨运朝',
    '原分管副县长', '陵水县') (signed the audit, convicted of 玩忽职守). The 审计厅 and 检察院 only
    act. 贪污贿赂 (套取 277万), 滥用职权, 廉洁纪律. A 农田整治 project (farmland works, not
    drinking water).
 4  Traditional; the sentences garbled in the copy ("消息一出…", "問題嚴重…", "調查發現…") cut,
    the sub-heading "三級干部“踢皮球”" cut, and the truncated sentence on the 設計員 陳章 cut, so he
    is not in the text. Five entries as written after "縣水務局腐敗窩案…——": unit '縣水務局'
    (the county named before, as fresh43th.py's '县水务局'). The netizens, 信訪局 and 紀委 only
    speak or act. 贪污贿赂 (腐敗窩案, prison terms), 群众纪律 (水窖補助款被克扣), 工作纪律 (半拉子
    工程).
 5  Forum copy of a 纪检 article; the cartoon credit "李明新漫画", the sub-heading "随波逐流，迷失
    人生航向" and the 周敦颐 paragraph cut; the missing digits kept. Six entries: 绪金发 heads a
    county 水利建设工程公司 and is accused of 挪用公款 (taken as a public firm's manager; hard);
    王培明's unit '县水务局' from "该县水务局"; the 站 staff with the two unit names as written
    ('吕良镇水利服务站' for 杨登山, '吕良镇水利站' for the clerks). The 闵桥镇/涂沟镇 水利站 cadres are
    an unnamed group; the 包工头 are private. 贪污贿赂 and 廉洁纪律.
 6  The stray "输" at the top, the "“龙门”倒，民心安。" line, the editor's paragraph after it, the
    scenic paragraphs "晨雨初霁…" and "殊不知…", the caption "纳雍县厍东关乡大坡村", the
    broken sub-heading "龙闸阀”操纵选举长期独揽村务大权" and the truncated "换句话说…" sentence
    cut. ('龙德江', '村大队长', '大坡村') ("作为村大队长的龙德江"; the post is from the 1970s).
    His son of the "龙门父子" is unnamed and without a post in the excerpt: no entry (hard).
    群众纪律 (water cut to villagers) and 廉洁纪律 (the cistern by his house, "截留套取"); the
    election rigging is only in the cut sub-heading.
 7  Headline, caption and the numbered sub-heading "1.三项工程均“烂尾”" cut; ends before the
    truncated 享里 sentence. ('马某', '村支书', '三里村'): "村支书马某"; the village is "三里村"
    (the 村委 of the three 自然村). 蒋某 is a villager; the 水利部门 an organ. 群众纪律 and 廉洁纪律
    (IS.INT.08, a public well in his yard).
 8  A reworded copy of a news report (the site's "广西墙体广告" prefix, the sub-heading "交钱约两年
    仍等不来自来水", "来源:新美" and the advert line cut). The accused is the rumoured "水利站的负责
    人": (None, '负责人', '两江镇水利站'); "水利站人员" are an unnamed group; 梁先生 and the 梁组长
    of the 乡民小组 are villagers. Hard: the embezzlement and gambling are villagers' talk
    ("我们都说…"). 廉洁纪律, 群众纪律 (villagers' 50元 a head), 生活纪律 (赌博).
 9  Forum report; the page's praise paragraph on the benefits of the 工程 cut (it has "工项程目"),
    ends before the truncated "据当地村民向本网介绍:…" sentence. "部分乡镇" are organs: in, no entry
    (hard: the body of the report with names is not in the stored excerpt). 廉洁纪律 (套取, 中饱
    私囊) and 工作纪律 (弄虚作假).
10  Forum letter; the three "如下图:" pointers and part (四) (the temple nursery, truncated) cut.
    (None, '村支书', '福庆村'): her husband takes every contract at inflated prices (IS.INT.05).
    The 村干部 who stopped the ditch are an unnamed group; the 村主任's house "也在路旁立起来了" is
    only hinted at: no entry (hard). The crop-damage 赔偿纠纷 was settled by the 镇: not mixed.
    廉洁纪律 and 群众纪律.
11  Mixed: 李天福's own lawsuits (two courts made him pay the 水費; he wants a retrial, the fee
    back and damages: 涉法涉诉) beside a 村委會主任 who had his fields dried with the water
    contractor and gave false certificates. Traditional, glosses removed; ends before the
    herbicide and arson paragraph. ('郝某泉', '村委會主任', '西野地村') and (None, '工作組組長', None)
    (the 工作組 is unnamed). The 包水人 is private, 王某軍 a fellow farmer, the 司法所 an organ.
    群众纪律 (IS.MAS.05/02) and 滥用职权 (false certificates).
12  Mixed and hard: a household's demand about the 300元 fee before the water is connected (a
    personal claim, "您告诉我们到底应该不应该交") beside "马坝水利站…也想捞一把": in, the 水利站 is a
    public station (an organ, no entry); the 施工方 is a contractor; 李先生 is the leader who
    ordered the works (praised). The forum's "|" marks cut. Could be read as out 个人利益诉求.
    群众纪律 (乱收费).
13  涉法涉诉: the head of a civil judgment (a private 水厂 suing a 村民委员会 and a 合作社 for water
    bills); the court header, "来源:中国裁判文书网" and the truncated "2014年…" sentence cut. 夏冬
    is the 村委会's legal representative, not accused.
14  涉法涉诉: a 水厂 sued for unpaid water bills; the sub-heading "响应号召返乡建厂" and three
    paragraphs (吴圣堂's childhood, 温州's water, his decision) cut; ends before the well's collapse.
15  涉法涉诉, traditional: a 村自来水管理员 (a private contractor of the village) sues a 貉子
    farmer for water fees; the dateline "東北網8月13日電" and the sub-heading "拒交貉子飲水費成了
    被告" cut. Hard: 趙景纔 collects money under a contract with the 村, but no misconduct is
    alleged.
16  征地拆迁 (a neighbour's claim on a ditch and a public strip, OOS.LAND, as fresh62th.py's
    item 18): the blog's first paragraph and the "疫情开始的一个鼠年…" paragraph cut; ends before
    the truncated "按理说，这应该…" sentence. Hard: "村长却在不断的推诿" is a complaint of 推诿 by a
    village head (IS.MAS.06), read as the grievance of the dispute (as fresh62th.py's item 17).
    Could be 其他.
17  征地拆迁, traditional: land taken for a cemetery and its fields' water cut; only the
    ungarbled sentences of the stored page kept (the 王紅利, 萬秋得, 周志平 quotes and the
    "強行把莊稼推了" quote are garbled and cut); ends before the truncated 強占 sentence. The
    "奢華的建筑" is the cemetery. No official accused.
18  个人利益诉求: villagers who paid 2300元 to connect and have no water; "据@今日头条 直播绵阳
    消息:", the forum lines and image names cut; ends before the truncated 分水闸 sentence. Hard:
    nobody is said to have taken the money.
19  个人利益诉求: a 网民's question and the 镇政府's reply; the signature, date and time lines
    cut. The 副镇长, 镇水利站 and 村支部书记 only investigate.
20  个人利益诉求: a short post asking the "父母官" to restore tap water after a flood; no
    official accused.
21  其他: a 人民网 report on 饮水 works left dry in 金沙; the sub-heading "“等了3年多”" cut, ends
    before the description of the 2018 works. Hard: "怎么就实现了安全饮水全覆盖？" doubts the
    county's 全覆盖 claim, but no official or act is accused; could be read as 个人利益诉求.
22  其他, traditional: the 水利部's 2022 figures; the site path, headline, date line, the
    dateline "中新社北京12月14日電 (記者 陳溯)", "(完)" and the copyright lines cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH168: list[Item] = [
    # 01
    ('http://m.qdubb.cn/html/2017/yunlingyaowen_0902/34992.html',
     '“我原以為只要沒把項目資金放進自己的口袋，為群眾辦實事，可以搞一下變通，沒想到違反了項目資金使用紀律'
     '。作為村黨總支部書記，認識不到位，沒有把好關，應當承擔責任，我愿意接受組織的處理。”劍川縣甸南鎮桃源'
     '村黨總支部書記楊繼昌面對紀委談話調查時如是說。經查，2014年3月，甸南鎮桃源村因中下桃源自然村內的'
     '吊橋被沖毀，導致一百多畝農田無法過橋耕種。群眾要求修復吊橋，村黨總支部書記楊繼昌主持召開村“兩委”會'
     '議研究決定，用縣水利局下達的專項灌溉工程維護費5萬元資金修建吊橋。工程竣工報賬時，由于吊橋工程不符合'
     '專項灌溉工程的報賬要求，楊繼昌又主持召開村“兩委”會議研究，用原本向甸南鎮農村集體經濟辦公室上報過的'
     '上桃源灌溉溝工程驗收材料，重復到鎮財政所報賬，將該資金用于支付吊橋工程建設費用。2017年8月15日'
     '，劍川縣甸南鎮黨委給予楊繼昌黨內警告處分，對其他村干部進行批評教育。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('楊繼昌', '黨總支部書記', '桃源村')]),
    # 02
    ('http://sea-nc.com/Detail_29_7549.aspx',
     '近日，金華市金東區傅村鎮紀委工作人員在東后徐村黨員大會上宣布了對原村黨支部書記徐洋軍的處分決定，面對'
     '這一決定，徐洋軍悔不當初，連聲道歉。傅村鎮東后徐村位于金華—義烏交界處，地理位置優越。近些年，因金義'
     '都市新區開發建設需要，東后徐村的大部分土地被征用，沒了土地，村集體經濟日漸薄弱。隨著新農村建設發展，'
     '2014年，東后徐村被列入金東區生活污水治理項目村。同年11月25日，東后徐村與金華市某建設公司簽訂'
     '了排污工程合同，簽約合同價為624950元。合同實施后，該建設公司委派吳某為東后徐村排污工程施工負責'
     '人。同時，工程施工后，東后徐村根據合同約定按進度支付了相應工程款。2015年12月，吳某以公司項目資'
     '金周轉不暢為由，拿著10萬元的發票找到徐洋軍要求提前支付工程款，后該發票被傅村鎮三資代理服務中心工作'
     '人員及時發現并制止。2016年2月5日，吳某又出具了一張借條，以污水工程款的名義向東后徐村借錢。徐洋'
     '軍為避免村兩委其他成員反對，在未經村民代表大會集體討論的情況下，擅自決定將本該入賬的、從村民手中收來'
     '的自來水費中取出10萬元“借”了出去。',
     'in', None, False, ['廉洁纪律', '民主集中制'],
     [('徐洋軍', '原村黨支部書記', '東后徐村')]),
    # 03
    ('https://palj.dbw.cn/system/2015/07/21/056686168_01.shtml',
     '2011年初，陵水县农业综合开发广进洋农田整治工程开始兴建，资金来源为财政专项资金。为保障工程质量，'
     '该县专门成立工作领导小组，身为县农综办主任的王朝山负责工程全面工作，被陵水县政府任命为县农业综合开发'
     '项目原总负责人的杨国崇负责工程技术、监督、管理、验收等职责。二人均承担保证农业专项资金的管理和使用职'
     '责。然而，在工程施工验收中，王朝山、杨国崇利用职权，违反规定程序进行验收，不按要求对工程量进行测算。'
     '王朝山还擅自决定，让杨国崇采取虚增工程量的方式制作不真实的工程结算表领取工程款，后财政部门将工程款全'
     '部支付给工程承包方并使用完。就在工程结算审计的顺利通过，王朝山、杨国崇觉得可以高枕无忧时，海南省审计'
     '厅决定对全省重点项目工程开始审计，陵水县广进洋项目工程自然也在审计之列。审计很快有了结果：陵水县20'
     '11年广进洋农田整治项目拨付财政资金共计1899.55万元，广进洋农业综合开发项目的工程造价是160'
     '1.56万元，差额为277.74万元。据陵水县检察院指控，该项目结算审计核实确认书由时任陵水县原分管'
     '副县长杨运朝签字通过，这样，虚增工程量套取工程款277万余元才得以实现。2014年3月24日，杨运朝'
     '因涉嫌玩忽职守罪被查，随后被判处有期徒刑11年。',
     'in', None, False, ['贪污贿赂', '滥用职权', '廉洁纪律'],
     [('王朝山', '主任', '县农综办'), ('杨国崇', '原总负责人', '县农业综合开发项目'), ('杨运朝', '原分管副县长', '陵水县')]),
    # 04
    ('https://feifmx.com/socialgd/10000169/20180724/32723475_all.html',
     '“這些蒼蠅，拍得好！”“為民除害，值得點贊……”貴州省大方縣近日曝光了對縣水務局腐敗窩案的查處進展—'
     '—原局長林剛、龍和勁被移送司法機關處理，原副局長趙明泉、徐永詞、袁萬鴻被判刑。縣水務局多名領導干部被'
     '查處，與縣里223個“半拉子”水利工程有關。水窖補助款被克扣，水利工程開工后“沒下文”，有水池沒水源'
     '，“豆腐渣”工程，飲水不安全……近年來，大方縣群眾頻頻到縣、鄉相關部門反映水利工程質量等問題以及飲水'
     '困難問題。2016年僅縣信訪局、縣紀委信訪室就受理相關信訪件12起，涉及10個鄉鎮。針對農村群眾反映'
     '集中的突出問題，2016年下半年，大方縣展開全縣水利工程專項檢查，堅持“見人、見項目、見資金”，要求'
     '對每一個項目都查個清楚。檢查結果令人震驚：2008年以來400個工程中，223個是“半拉子”工程，3'
     '6個驗收交付后不能通水……辦案人員介紹，2003年，縣水務局啟動了對江鎮白龍村的人畜飲水工程。按照計'
     '劃，這一工程將解決2794人、1912頭牲畜的飲水困難。',
     'in', None, False, ['贪污贿赂', '群众纪律', '工作纪律'],
     [('林剛', '原局長', '縣水務局'), ('龍和勁', '原局長', '縣水務局'), ('趙明泉', '原副局長', '縣水務局'), ('徐永詞', '原副局長', '縣水務局'), ('袁萬鴻', '原副局長', '縣水務局')]),
    # 05
    ('http://bbs.xohku.com/archiver/showtopic-5219.aspx',
     '农田水利是农业的命脉。对水域面积占全县总面积三分之一的水乡金湖而言，水利工程的好坏与当地群众的生产生'
     '活息息相关。年7月，江苏省金湖县水利建设工程公司原经理绪金发挪用公款、受贿等违纪违法问题被调查后，该'
     '县纪委抽丝剥茧、顺藤摸瓜，该县水务局农水科负责人兼农村水利工程服务中心原主任王培明、吕良镇水利服务站'
     '原站长杨登山等11个“水务官”纷纷落网，7人被司法机关追究刑事责任，涉案金额达多万元。8年春节前至年'
     '2月，杨登山任吕良水利站站长，他在吕良镇农村水利工程分配安排、工程款支付及材料采购等事项中收受有关材'
     '料供应商、工程包工头等所送钱物共计10多万元，并与吕良镇水利站原报账员王树亚、水*员姚霞文、工程员陈'
     '中玉等干部职工及相关工程包工头一起合谋，用虚列工程材料、虚增工程量及以虚假工程借款等手段共同贪污公款'
     '22.75万元。无独有偶，在查办吕良镇水利服务站窝案的同时，金湖县纪委还发现闵桥镇水利站、涂沟镇水利'
     '站等干部的违法行为，违法手段如出一辙。杨登山在接受组织询问时说：“这些是我们基层水利服务站站长的‘看'
     '家本领’，虽然嘴上不说出来，但是大家都懂的。别人都是这么捞钱的，我如果不捞不是吃亏了吗？”',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('绪金发', '原经理', '金湖县水利建设工程公司'), ('王培明', '农水科负责人兼农村水利工程服务中心原主任', '县水务局'), ('杨登山', '原站长', '吕良镇水利服务站'), ('王树亚', '原报账员', '吕良镇水利站'), ('姚霞文', '水*员', '吕良镇水利站'), ('陈中玉', '工程员', '吕良镇水利站')]),
    # 06
    ('https://www.workercn.cn/32851/201807/26/180726154029489.shtml',
     '在很长一段时间里，贵州省纳雍县大坡村有个奇怪的现象，几乎家家户户都要养公鸡，为的是有朝一日被村里的龙'
     '家父子断水后，抱鸡求水……2017年8月，县委巡察组入驻，揭开“村霸”父子的面纱。本文深度透视一个贫'
     '困村“龙门父子”通过控制饮水资源把持村务大权40余年，横行乡里、肆意妄为、截留套取，对党群干群关系的'
     '伤害。大坡村，村如其名，山高坡大，全村六个村民小组，沿着山脊，从山顶至山脚散居在丛林深处。大坡缺水，'
     '水制约着全村的发展，牵动着村民的神经。然而长期以来，大坡村的饮水问题，却被村里的“龙门父子”把持，群'
     '众敢怒不敢言。水是生命之源、生存之本，大坡村民倍加珍惜。上世纪70年代，村民四处寻找，在隔壁的梅花箐'
     '村大海子朱家龙井找到水源，水质很好，但密林丛深，地势陡峭，山高无路。为了能喝上一口自来水，纳雍县水利'
     '局出资、村民投工投劳穷尽一切手段，开山辟路，人背马驮，安装水管。然而在修建蓄水池时，作为村大队长的龙'
     '德江玩起了“小聪明”，以饮用水项目是他所争取为由，要求把水池建在他家附近。龙德江家住三组山腰处，如果'
     '把水池建在此，山上一二组村民要饮水就需与山下五六组村民的用水时间错开。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('龙德江', '村大队长', '大坡村')]),
    # 07
    ('https://www.ngzb.com.cn/news/17340.html',
     '全州县凤凰镇三里村的村民反映，水利部门先后在该村委三个自然村实施了三大人饮工程项目。开工建设八年来，'
     '至今仅惠及村支书一家人，其余村民没有用过一天水。8月4日，南国早报记者实地采访发现，村民所言不虚。据'
     '了解，三个项目总投资上百万元，却因各种原因接连“烂尾”8月4日上午，南国早报记者来到全州县凤凰镇三里'
     '村委斗江自然村，刚到村口就看到一户人家院子里建了一个水塔，村民蒋某说，这个水塔2009年水利部门来村'
     '里搞人饮工程时修的，至今八年了，却没有向村民供过一天水。蒋某称，当初建设时，村民们提议将水塔建在黄家'
     '岭，那里地势高，可以给全村供水，但村支书马某未经与村民协商，便将水塔建在自家院中。建成后，因水塔高度'
     '不够，无法向二楼以上高度供水。目前全村只有马某一家能用上公用水井的水，村民觉得，这项惠民工程根本没有'
     '给大家带来什么实惠。随后，记者来到斗江村多户村民家中查看，发现有的自来水管到了家门口，但没有装水龙头'
     '和水表，有的自来水管已经被挖坏了。村里几乎家家户户都打了井。接着，记者又来到三里村委菰塘自然村，看到'
     '村后建了一个人饮工程水池，虽然封了顶，但进水管无水，出水管没有接通，无法向村民家中供水，只好闲置在野'
     '外。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('马某', '村支书', '三里村')]),
    # 08
    ('http://hbxmad.com/newdetail-65346.html',
     '武鸣县两江镇四联村人饮工程是一项惠民工程，大多数资金由政府部门划拨，乡民自筹10多万元。约两年时刻过'
     '去了，2000多名乡民仍未喝上自来水，有乡民置疑有关钱款被水利站人员移用，导致工程竣工延期。1月12'
     '日，记者对此进行了走访调查。当天正午，记者来到两江镇四联村巴案屯，看见水泥路下埋有一根塑料水管，周围'
     '的泥沟埋着另一根塑料管，两根水管之间只要三四米的距离，但彼此之间并没有连通。据了解，因为这两根自来水'
     '管没有连接起来等缘由，巴案屯仍未通自来水。巴案屯乡民梁先生称，两年多前，乡民小组长发布通知称，两江镇'
     '水利站牵头开建人饮惠民工程，到2013年就可以喝上自来水。政府划拨专用工程款，用于付出自来水厂到该屯'
     '村头的管线工程费用，而乡民也要交纳50元/人，用于采购从村头连接到乡民家的管线。现在，他们交钱已有两'
     '年时刻，但管线还没有铺设结束，我们仍未喝上自来水，“我们都说工程款被水利站的负责人移用赌博，输了很多'
     '，成果没钱买管线”。乡民小组梁组长说，屯里共有220名乡民交钱，将1.1万元交给两江镇水利站，用于采'
     '购村头到各乡民家的管线。此外，他们还付出在村内埋水管的人工费等。人饮工程一向没有竣工，是因为管线不行'
     '，且没有钱采购，所以施工老是停停开开。',
     'in', None, False, ['廉洁纪律', '群众纪律', '生活纪律'],
     [(None, '负责人', '两江镇水利站')]),
    # 09
    ('https://icbw.com.cn/forum.php?mod=viewthread&ordertype=1&tid=94339',
     '近年来我省积极开展农村饮水安全“民生工程”建设，省委、省政府高度重视农村饮水安全工作，将农村饮水安全'
     '工程纳入十大“惠民工程”和八大“民生工程”之列，农村饮水安全也成为各级政府的重要职责。然而，这样的惠'
     '民工程，在部分乡镇实施时却变了样，存在弄虚作假、欺上瞒下，套取国家专项资金、中饱私囊的违法违纪行为。'
     '近日本网工作人员接到四川省南充市嘉陵区部分乡镇村民的反映，该区的四川农村饮水安全工程项目，修在山上的'
     '蓄水池里面多处无水，也不安全卫生。接到反映后，本网工作人员来到该区的大兴乡、天星乡、大观乡、安平镇、'
     '金凤镇、安福镇、临江乡等乡镇进行了实地调查走访。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     []),
    # 10
    ('http://3g.xna8.com/forum.php?goto=nextnewset&mod=redirect&tid=499187',
     '（一）2013年春在洋矿坑水库至潘屋莲矿窝的引水工程修复时，由于村干部和施工方的极端不负责任，没有按'
     '原沟修复，而且把十多家农户的自留地和所种的香蕉等农作物挖掉，引起了赔偿纠纷。由镇主持赔偿后，村干部不'
     '但不反思自己的错误，而是迁怒于村民，赌气地把只剩下不到十五米的水沟停修，不给接通。至整条引水工程毁于'
     '一旦。下面有潘屋队、刘角队、刘屋队、曹屋队、磨子形队等村民的几十亩稻田，要水时放不了水，下雨时不要水'
     '，整条沿山水沟的洪水都从没有接通的缺口倾泻而下。这些田还能耕种吗？现在全部丢荒了。水利是农业的命脉，'
     '农以耕为本，民以食为天。农民的生产生活生存的保障就是悬在村干部的一念喜怒之间！劳民伤财！（二）老刘屋'
     '的一路两水沟工程，实质是无用功工程。前面所讲的引水工程停止后，这大片刚砌好，村主任的楼房也在路旁立起'
     '来了。此路实质是由村支书的丈夫承包，很多泥水工都看了，按此工程做法最多5万，谁都能做好。却花了19万'
     '（先付10万）。更可恶的是修成豆腐渣工程。（三）福庆村除楼房外，村里什么工程都是村委支书丈夫做的。谁'
     '都能够用几千元建好的垃圾池，他却用了一万元，四年了，还没使用过。小学的厕所改造，换瓦面装修一下，谁都'
     '能在两万元内搞好的，他却用了四万五千元。村里的扶贫款都扶了谁啊？据干部们透露，此垃圾池和厕所还要拆迁'
     '，真是浪费资源。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [(None, '村支书', '福庆村')]),
    # 11
    ('http://xkys4.xyz/2016/0626/111640.html',
     '在提供給媒體的一份反映材料中，新疆塔城地區沙灣縣老沙灣鎮西野地村村民李天福陳述了事情經過：2009年'
     '以來，西野地村村委會主任郝某泉伙同包水人，以管道不好為由，故意旱我的莊稼。2009年把能收10噸西紅'
     '柿的莊稼旱的只收了2.5噸。2013年打官司，我要求村里出具莊稼損失的證明，村里不給開，卻為對方開了'
     '3份假證明，其中一份居然是司法所打的。2011年，我的棉花7月28日滴完水下一輪剛澆到我和王某軍跟前'
     '，包水人便將水停了。大家可以想一下，7月28日停水，損失多少棉花。2013年打官司，一審、二審在知道'
     '我莊稼受旱受損的情況下，依然判我付水費。我想問一下：包水人故意旱我莊稼我應不應該付水費？故意旱莊稼應'
     '不應該賠償損失？故意旱莊稼應不應該擔法律責任？2014年，工作組組長以給我嗮辣椒為由，將一整塊辣子偷'
     '走；2014年，工作組組長以辦低保為名，騙老太太喂養20多只雞；2014年，工作組組長串通村委會包水'
     '人對抗拒包水的人嚴厲報復，一、播種后以各種名義拖延滴出苗水時間，有的播種后一個月才滴出苗水。二、滴出'
     '苗水時不給壓力。我們五家82畝地，前后滴了37個小時，滴出淹死高處還不見水。為此，我要求將故意旱莊稼'
     '的人繩之以法，重新開庭追回水費，并依法賠償損失。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('郝某泉', '村委會主任', '西野地村'), (None, '工作組組長', None)]),
    # 12
    ('http://xcxy.net/forum.php?goto=nextnewset&mod=redirect&tid=1560',
     '经过东阳村人民多年的努力，反映，终于把李先生盼来了，经过二个多月的蜗牛管道改造工程，我们也辛苦的坚持'
     '没水日子过了高温阔暑，终于走到了后期向农户接水的时候了，本该高兴的事情因为眼看就要能吃上放心水了，可'
     '是问题来了，施工方要收费，强迫家家户户都要换水表，先说要收费六百，估计百姓反响太大，现在改收三百了，'
     '不交钱不给接水，难道想吃个放心水就这么难吗？我记得农电站改电换表都好几次了，好像从没有收过费，为什么'
     '马坝水利站改个水竟然也想捞一把，这里面是个人行为，还是有其它猫腻不得而知！可你们别忘了我们东阳村自来'
     '水是李先生钦点的工程，你们又把李先生至于何地！希望水务局领导能够出来解释一下，这收费到底是怎么回事，'
     '合法吗？我们小老百姓不懂，您告诉我们到底应该不应该交！难道就因为我们东阳村自来水是个人承包的，就可以'
     '乱收费吗？及时想捞点钱那么你告诉我一个水表和器材能责三百块吗？急盼回复，谢谢！',
     'in', None, True, ['群众纪律'],
     []),
    # 13
    ('https://m.cbi360.net/hhb/sg_867626/fy_18235539.html',
     '原告：嵊州市**自来水厂，经营场所嵊州市**镇镇东路内河巷****。经营者：沈军正，男，1956年2'
     '月28日出生，汉族，住嵊州市。委托诉讼代理人：王凯鸣，浙江计然律师事务所律师。被告：嵊州市**镇**'
     '*村民委员会，住所地嵊州市**镇***。法定代表人：夏冬，主任。被告：嵊州市**镇***股份经济合作'
     '社，住所地嵊州市**镇***。法定代表人：钱国锋，社长。上述两被告的共同委托诉讼代理人：朱勇，浙江三'
     '惟律师事务所律师。原告嵊州市**自来水厂（以下简称**水厂）与被告嵊州市**镇***村民委员会（以下'
     '简称***委）、嵊州市**镇***股份经济合作社（以下简称楼家合作社）供用水合同纠纷一案，本院于20'
     '19年12月3日立案后，依法适用简易程序，后因案情复杂，裁定转为普通程序，依法组成合议庭，公开开庭进'
     '行了审理，原告**水厂经营者沈军正及其委托诉讼代理人王凯鸣，两被告共同委托诉讼代理人朱勇到庭参加诉讼'
     '。本案现已审理终结。原告**水厂向本院提出诉讼请求：1．判令被告立即支付原告水费488724.2元，'
     '并支付以该款为基数计算的利息（自2019年3月28日起至2019年8月19日止按中国人民银行规定的同'
     '期同类贷款基准利率计算的利息为8503.8元，自2019年8月20日起按全国银行间同业拆借中心公布的'
     '贷款市场报价利率（LPR）计算至付清之日止，计算至起诉日暂计为5758.8元）；2．本案诉讼费由两被'
     '告承担。事实与理由：2009年，嵊州市**镇溪东村并入为嵊州市**镇***。原告于2010年6月3日'
     '成立。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://e.mzyfz.org.cn/mag/paper_16314_9208.html',
     '2016年12月13日，浙江省温州市苍南县人民法院龙港法庭审理了一起供水合同纠纷案，原告苍南县平原引'
     '供水有限公司（下称平原公司）起诉要求苍南县龙港镇鲸头自来水厂（下称鲸头水厂）支付数百万元水费。201'
     '7年3月24日，龙港法庭再次开庭审理了此案。据了解，其实早在此案立案审理之前，平原公司就曾于2014'
     '年9月因水费欠缴问题起诉过鲸头水厂，法院判决平原公司胜诉。用水缴水费，本是再正常不过的事，鲸头公司缘'
     '何屡次欠缴水费以致被告上法庭，其背后到底有何隐情？吴圣堂是鲸头水厂的创办人，据他讲述，在回到家乡办水'
     '厂之前，一家在北京做生意，事业做得不错，落户在了北京。2003年10月，吴圣堂的自来水工程动工兴建。'
     '第一期工程承担了中对口、士金兜两个村400多户村民的饮用水供应，采用打井取水的办法建设水厂。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://heilongjiang.big5.dbw.cn/system/2006/08/13/050511112.shtml',
     '養了13年貉子的哈市呼蘭區白奎鎮望山村村民王雙林做夢也沒想到因為貉子成了被告。今年4月，該村自來水管'
     '理員趙景纔向王雙林索要養貉子用水費用未果，將王雙林告上法庭。庭審前，較真的趙景纔委托東北農業大學對公'
     '貉、母貉、幼貉的年飲水量進行了測算。7月4日，呼蘭區法院一審判定王雙林應交納養貉子用水費用。判決下達'
     '後，王雙林認為趙景纔與村裡簽訂合同中沒有收貉子用水費一項，況且其他貉子戶也都從來沒交過。7月31日，'
     '王雙林上訴到哈市中級人民法院。記者在采訪中發現，此案頗具戲劇性。哈市呼蘭區白奎鎮望山村距離呼蘭城區大'
     '約50公裡，全村大概有700戶左右，村民一直以種地為生。13年前，村裡開始有人搞起了副業———養貉子'
     '，當時不過幾家。後來，村裡人看到養貉子的家庭有豐厚的收入，於是養貉子的人家逐漸增多。記者到當地采訪時'
     '，據一位村民估計，全村大概有三分之一的家庭從事這個行當。13年來，盡管養貉子的家庭逐漸增多，但是大家'
     '都各做各的買賣，一直相安無事。然而，今年4月初發生的一件事情，打破了村裡多年來的寂靜，村裡的自來水管'
     '理員趙景纔到養貉子戶王雙林家裡收取2005年貉子的飲水費，因為王雙林拒交，隨後被趙景纔告上了法庭。隨'
     '著這個消息衍生出來的就是，如果王雙林輸了官司，那麼，就意味著全村所有的養貉子戶都得交納貉子的飲水費。'
     '而這些年來，沒有任何一個單位和個人來收取這項費用。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://39.103.169.235/p/89e49fc6598e',
     '而后春暖花开，疫情在国内已然开始慢慢解冻，我因为工作地域问题一直走不了，然后一直在家跟着装修翻新旧屋'
     '，但是问题的出现总是猝不及防，不知所以。在我们家门前，是一片生产队那会儿分的地，我们的地在正门北侧，'
     '在门前是我们相邻的人的地，就在3月21号，人家把浇地所需要的水渠挖了。按理说，这个水渠属于村里公共设'
     '施，我们不能去阻拦，而且如果阻拦的话就会起了正面冲突，所以只是拍视频取证，想着说找村长解决。本来水渠'
     '破坏了，应该是村长来把控着来管理协调，村长却在不断的推诿不断的推脱，最后说管不了你们看着弄，大概和他'
     '没关系的事儿他从来没有管过，这也让我真实的认识了一村之长的嘴脸。水渠破坏总归是有理由的，破坏水渠的人'
     '家的理由是觉得“村村通”项目给打的道路宽了，盖住了原先的水渠，然而这里的地长已经量过了，地长够数，除'
     '自家地的地方外，按理说都是公共的地方，而且他家的实际地边距离公共道路还有一两米，一两米撑不下一个浇水'
     '用的水沟吗？他家一直是把水沟当成自家的了。那户人家还想多占村里道路下边的地方，一直想把他家的地挨着的'
     '公共道路锯了毁了，才重起水渠，这不可能，前边我说了，这是我们正门前边。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://m.ming7.cn/dfpd/shehui/2013-08/15/content_16897033_2.htm',
     '奢華的建筑外，是另一番景象。一墻之隔，就是汪集街汪集村一組。紅墻外，是幾個污濁不堪的小水塘，里面還長'
     '著荷花。紅墻根下，幾塊已經結穗的水稻，整根倒在地里。這片田地，本來可以用兌公咀湖的水灌溉，湖水可以通'
     '過溝渠流到這里，而如今，陵園將水路切斷。紅墻幾米外，就是村民周志平新修的房子。據村民吳秀梅介紹，這塊'
     '公墓在2009年和2011年兩次向他們征地，包括青苗補貼每次征地補償為16600元/畝和19600元'
     '/畝。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://bbs.anzhoulife.com/forum.php?goto=lastpost&mod=redirect&tid=6200',
     '近年来，在农村地区，村民生活用水逐步便利，但仍有一些区域不通自来水。四川绵阳安州区塔水镇七里村村民向'
     '直播绵阳反映，去年2月，他们就交了相关的安装费用，可自来水至今未通。89岁的曾世喜是安州区塔水镇七里'
     '村村民。多年来，他家里用水一直依靠井水，遇到干旱时节，常出现缺水问题。去年2月，村里传来好消息——要'
     '通自来水了。曾大爷赶紧交纳了2300元安装费用。如今，一年多时间过去了，他期盼的自来水却迟迟没有通。'
     '“那么早就交了钱，肯定想早点用上自来水，结果一直没来水。我看安这些水管、水龙头就是摆设。”曾世喜说。'
     '七里村的很多村民都遇到了同样的困扰。从缴纳安装费用至今，村里陆续铺设了自来水管，村民们自己出钱又铺设'
     '了入户管线、安装了水龙头，供水的设施基本都配置到位了。可是，水呢？“村里铺水管会铺到房后面。屋里的水'
     '龙头那些都是自己管。这是我女儿安的水龙头，你看，哪里有水？只有眼流水。”村民张永秀说。“我们之前都用'
     '的井水，井水用起来不稳定，又不放心，当然希望有更安全的自来水。现在水管都安了，什么都规矩了，就是没水'
     '。”村民王和明说。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.csflxx.com/f1315776.htm',
     '通津铺镇陈坪村水库组阳雀组凡山组三组的村民何时能喝上自来的自来水？自来水装了几年了，年年半年抽水喝，'
     '半年抽都没有抽，年年过年没水喝，谁能帮忙解决下陈坪村网民：感谢您对陈坪村村民饮水问题的关心关注，您反'
     '映的“慈利县通津铺镇陈坪村村民何时能喝上自来水？”问题，通津铺镇党委政府高度重视，安排镇分管水利工作'
     '的副镇长、镇水利站和陈坪村支部书记实地进行调查，具体情况是：通津铺镇陈坪村水库、阳雀、凡山三个组属于'
     '上世纪九十年代规划设计建设的老供水区，由于地理位置较高，当时的资金有限，规划设计的供水量仅能解决当时'
     '人畜饮水需求。现在农村水源污染严重，导致日常其他生活水源减少，又由于热水器、洗衣机等大量进入农村，农'
     '村规模养殖大户大量涌现，农村用水量大增，故此出现陈坪村水库、阳雀、凡山三个组供水不正常的情况发生。现'
     '在通津铺镇已经规划重新建设一条高水压供水管道，从高梁垭经过陈坪村到扶贫村二吾台村塘边组，以上陈坪村三'
     '个高位置组的供水问题将一并解决。特此回复。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://shuji.tmwcn.com/view?id=87528',
     '自从今年8月汉江汛期持续大水以来，河山村的自来水一直停摆至今，特别是9组、10组，无人问询，无人管理'
     '。只是苦了那些老弱病残者和小孩子们。大家知道，如今的农村不像以前，池塘绿水处处可汲，老人们苦守了几个'
     '月，天天盼，天天等，洗衣做饭成了最头疼的事，实在可怜。希望父母官想人民所想，急老百姓所急，尽快解决老'
     '百姓的心头之忧。就要到年底了，也让拼搏在外的人回家有口水喝！',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://m.xinb2b.cn/know/nih279373.html',
     '65岁的李富珍不知何时能告别吃水“看天”。她是贵州省金沙县安洛乡下坝村中坝组村民。3年前，政府实施农'
     '村安全饮水工程把自来水管安装到家，她以为终于不用再人背马驮了。不承想，装好的水管成了摆设，拧开水龙头'
     '不出水。人民网《人民直击》记者10月中旬实地走访发现，金沙县安洛乡、大田乡、禹谟镇不少村民仍在盼水来'
     '，有的是水龙头不出水，有的是水管等设备破损失修，还有水龙头尚未接通入户。金沙县2018年的政府工作报'
     '告中提出，准备投入6.55亿元，实施安全饮水、电力、通讯等建设，实现安全饮水全覆盖。时隔两年，该县2'
     '020年政府工作报告又提出，在2020年巩固提升农村安全饮水工程，实现农村90%的自来水普及率。金沙'
     '县政府相关负责人介绍，全县农村自来水工程用了近1亿元，“几乎每个村都建设了自来水用水设施”。而金沙县'
     '辖区多个村的村民却不断在反映饮水难问题。安洛乡大贤村半箐组村民安锡江抱怨，村里的自来水管道都还没装完'
     '，怎么就实现了安全饮水全覆盖？“祖辈留下的水井里没水的时候，也不见有人来供水。”村民安锡江“不乐意”'
     '了。他和其他17户村民等了3年的自来水工程最终烂尾，主管道修到了家门口却没进家门。同村的赵银生比喻，'
     '村里的自来水工程，像是“飞机上放鞭炮，是个空响（想）”。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.tyjgjz.com/cn/Instant/domestic/202212/t20221214_7327326.html',
     '中國水利部14日對外公布，中國農村自來水普及率已達到87%。當天，水利部對外公布2022年中國水利基'
     '礎設施建設有關情況。據介紹，今年以來，中國加快水利工程建設進度、一批工程發揮效益。農村供水工程已完工'
     '16196處，提升了7449萬農村人口供水保障水平，全國農村自來水普及率達到87%，比年度目標提高了'
     '2個百分點。中國水利部農村水利水電司司長陳明忠當天表示，水利部會同各地加快農村供水工程建設，持續提升'
     '農村供水保障水平。截至12月初，各地共完成農村供水工程建設投資918億元人民幣，完成工程建設1.6萬'
     '處，吸納農村勞動力就業33.2萬人。他表示，中國飲水安全脫貧攻堅成果得到鞏固，強化農村飲水狀況全面排'
     '查和動態監測，已排查并推動累計解決389萬農村人口飲水不穩定問題。組織對150個縣近5000戶用水戶'
     '開展了暗訪檢查，其中脫貧戶占到25.5%，及時發現問題、解決問題，堅決守住了供水安全底線。此外，水利'
     '部會同國家發展改革委、財政部、國家鄉村振興局印發《關于加快推進農村規模化供水工程建設的通知》，指導各'
     '地加快規模化供水工程建設，經過大力推動，截至12月初，農村規模化供水工程已建設完工1852處，規模化'
     '供水工程覆蓋農村人口的比例達到56%，比年度目標提高了2個百分點。“下一步，水利部將繼續強化督導調度'
     '，在超額完成今年農村供水各項目標任務的基礎上，統籌謀劃好明年工作，確保農村供水保障水平持續得到提升。'
     '”陳明忠說。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH168, "fresh168")
