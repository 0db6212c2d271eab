"""Sealed batch fresh145: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh143th.py; the batch and its row ids are "fresh145".)

Theme: photovoltaic and industry poverty projects (光伏扶贫, 光伏电站 收益分配, 产业扶贫 shares and
dividends, 扶贫车间): a 市人大主任's 光伏 money passed to relatives' and classmates' firms, a
village 光伏扶贫电站 paid for and never built, 太阳能路灯 poverty projects and a 挂职县委副书记,
a 镇党委书记 steering poor households' 入股 money into his own firm, a 村支书's 合作社 holding
20万 of 产业扶贫 money off the books, a 副县长's father's 合作社 drawing subsidies into the family,
a 扶贫办 faking chicken and goat numbers, a 巡察 walk to an overgrown fruit project, idle
扶贫车间, a 村支书's "一言堂" over 2700万 of 扶贫 money, a town cadre and village cadres taking
poor households' bee colonies, village cadres sharing out 扶贫羊; out items are a farmer's
lawsuit against the 自然资源局 over land in a 光伏扶贫 project, two 光伏 contract cases in court,
villagers' land taken for a 光伏 base, farmers' land leased to a 光伏 firm, a 光伏贷 borrower left
with the loan, villagers paying to clean 扶贫 panels, a 纪委's 光伏 supervision report, a paper on
户用光伏 lawsuits and a 四川 光伏扶贫 收益分配 rule. The stored pages hold few 光伏 corruption
cases, so most in items come from the neighbouring 产业扶贫 projects (items 4-12) and one from
太阳能路灯 (item 3); no request for income records and no roof-lease lawsuit was found, so a
光伏贷 story and a firm-to-firm 承揽 appeal stand in. Sources (stored-pages search): a 网易号
commentary on 鲍长山; a xny365 copy of the report on the 天镇 一畔庄村 电站; a 索比光伏网 copy of the
瞭望 report on the 湘西 路灯 cases; a jiangsulong copy of the 纪检监察报 piece on 陈东明; a ttnews
copy of the 沅江 纪委 story on 曾賤保 (traditional); a copy of the 临沧 纪委 officer's account of the
良園 合作社 (traditional); a copy of the 织金 扶贫办 report (traditional); a copy of the 巡察
story on 劉和村 (traditional); a copy of the 新华 report on idle 扶贫车间; a forum copy of the
龙坪村 letter; the 琼中 蜂种 story on a 纪委 site; a copy of the 中新网 report on the 泗阳 扶贫羊
(traditional); out: a 21spv copy of the report on the 台前 farmer 张汉云, a 光伏 dispute round-up,
the 苏州 中院's 葵润 appeal, the 世纪新能源网 copy of the 安徽日报 piece on 灵璧, a 自贡 article, a
forum copy of the 凤凰网 风暴眼 story on 李贵民, a lishui.me article on cleaning fees, a copy of
the 泸水 纪委 report (traditional), the 中国反腐败司法研究中心's copy of a 户用光伏 paper and a
solar firm's copy of the 四川 rule (traditional). Seven texts are in traditional script (items
5-8, 12, 20, 22; the glossing pinyin of the pages' converted copies removed in 6, 7 and 12).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, site and forum lines, the forum's random-character junk in 010 and the
truncated last sentences of the stored copies removed); paragraphs joined; ASCII punctuation
written full-width except inside numbers (the ASCII "<" and ">" inside 《》 in 022 written 〈〉);
stray spaces around punctuation removed (004, 010, 021) and the space in "第 一條" (022). Sentences
garbled in the stored copies ("下?lián)芙o", "當?shù)氐膱?bào)賬" in 007; "地?cái)[放著" in 006) cut.
Page oddities kept: "民众反应" and "100万KW" (002), "脫貧攻堅" (008), "一踏A4纸" and "定位清洗"
(018), "发电量可达承诺的三成" (017), "国家发改革文件" (015), the simplified forms in the traditional
texts ("采用", "采購", "調查后", "1.25萬只" in 007; "之后", "什么" in 006; "兩年后", "134只",
"怎么" in 012; "這么", "最后", "關于" in 008).
scope "in" for alleged misconduct of a party member or public official (village cadres and
村民小组 heads included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, businessmen and cooperative heads without a
post, and officials who only handled, investigated, inspected, announced or answered are not
accused; an organ or an unnamed group accused as a whole gives no entry; an unnamed accused
official is (None, position, unit). Names, positions (as first written with the name, "原" kept)
and units as written; unit None when the text ties the person to no named unit. Topics only from
the twelve names of triage.md; poor households' money or goods kept back or taken are 群众纪律
(IS.MAS.02), 扶贫 money faked out of projects 贪污贿赂 and 廉洁纪律 (IS.INT.09), an official's
relatives' firms 廉洁纪律 (IS.INT.05). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (012, 013,
016). Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 3 (017-019), 其他 3
(020-022). 13 accused entries, all in items 1-12: 10 with a full name (鲍长山, 陈东明, 曾賤保,
楊厚云, 安德學, 何经波, 陈华雄, 盘明燕, 陈成发, 王昌良), 2 masked or familiar (羅某某, 老劉), 1 post
only. Items 002 and 009 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  A 网易号 commentary; the two "打开网易新闻 查看精彩图片" lines cut; ends before the truncated
    "案子还没判，教训已经钉在墙上：". 鲍长山 "一路升到市人大主任": ('鲍长山', '市人大主任', None),
    no city named. The "村支书老赵" only comments. 廉洁纪律 (relatives' and classmates' firms,
    no tender) and 贪污贿赂 (三亿光伏款 gone, "接受审查调查").
 2  The site's unrelated "国务院关于印发…的通知" line, the headline (twice), the sub-heading and the
    caption "资料显示…一片荒地" cut; ends before the truncated "在工作人员的". The 45万 was paid for a
    电站 the audit table called built and nobody ever saw: in, no entry (the "个别利益群体" unnamed;
    山西帝华建筑工程有限公司 a firm; the "富姓工作人员" of the 村委会 a witness). 工作纪律 (虚报,
    监管漏洞) and 廉洁纪律 ("唐僧肉"). Hard: nobody with a post is named.
 3  索比光伏网's copy: the page's path, headline, source line, the firm's two opening paragraphs on
    路灯 and the sub-heading "一件信访举报牵出一串腐败案" cut; ends before the truncated "办案人员". The
    village cadres of 尖岩村 were cleared ("证实群众举报不实"): not accused. The "当地挂职县委副书记"
    is accused post-only, unit None ("当地" names no unit); the 400 公职人员 and 承包商 are unnamed.
    Off theme (太阳能路灯 as a 扶贫 industry). 廉洁纪律 (插手项目) and 工作纪律 (quality).
 4  The copy's title line "中国纪检监察报|扶贫产业咋成个人提款机" and ":原题为_…。" cut; the spaces the
    copy puts around every comma and full stop removed; ends before the truncated "在明知国家公职人员
    不能直接参与经商办企". 陈东明 "冯坡镇原党委书记": ('陈东明', '原党委书记', '冯坡镇'). 亿佰公司,
    his 战友 and 堂姐 are private. 贪污贿赂 (the 职务犯罪 judgment), 廉洁纪律 (his own firm) and
    民主集中制 ("主导操纵和违规决策" over the 班子; hard).
 5  Traditional; the headline "12.09 沅江：20萬元產業扶貧資金去了哪裡？" cut; ends before the
    truncated "在清查過程中，調查組發現賬目做得". 曾賤保 "草尾鎮三碼頭村村支書": ('曾賤保', '村支書',
    '三碼頭村'). 向小平 is the nominal 法人代表, 金江水產有限公司 a firm, the 督查組 and 紀委 only act.
    廉洁纪律 (money off the books, 收據未入賬) and 工作纪律.
 6  Traditional, glosses removed; the sentence garbled in the copy ("映入眼簾…地?cái)[放著，兩排的養殖棚
    早已“羊”去棚空。") cut. 羅某某 "雙江縣委常委、縣人民政府副縣長": both posts as one position (as
    fresh104th.py did for 童名謙), unit '雙江縣'. His father (the 合作社's 法人) is private; the writer
    (審查調查室) only investigates. Only 廉洁纪律 (subsidies into the family's accounts).
 7  Traditional, glosses removed; the sub-heading "虛報冒領國家扶貧資金" and the two garbled 報賬
    sentences (one with "下?lián)芙o") cut, so "但審計部門…" follows the 林下商品雞 sentence; ends before
    the truncated "實際上，…相差了". 楊厚云 "織金縣扶貧辦原主任" ('原主任', '織金縣扶貧辦'); 安德學
    "縣扶貧辦辦公室原主任": the 辦公室 in the position, unit '縣扶貧辦' as written (could be given as
    '織金縣扶貧辦'). The "主要負責人和個別工作人員" are the same two. 张正宣 and 宋剛 are households.
    贪污贿赂 and 廉洁纪律 (虛報冒領).
 8  Traditional; the sub-heading "現場走訪調查" cut; ends before the truncated "午飯后，李副組長表".
    Hard: a 巡察 story where the 21萬 project stands in tall grass and the 黨支部書記 "好像在刻意回避";
    the excerpt stops before any finding. '老劉' as written (a familiar form, as fresh-batch '老蔡'):
    ('老劉', '黨支部書記', '劉和村'). 李副組長 and "我" only inspect; the 縣扶貧辦 only paid. Only
    工作纪律. Could be read as having no accused.
 9  新华 report: headline, the caption "▲在河南某县…(3月19日摄)" and the reporters' line cut; the
    sub-heading "脱离实际村村建厂 堆积资金“造盆景”" cut; ends before the truncated "其中，一个村子的扶贫
    车间“人去厂空". Local governments ("西部某县", "东部的一个贫困县") as organs: in, no entry; the
    中央巡视组 only reports. 形式主义官僚主义 and 工作纪律 (money wasted).
10  A forum copy: the random-character junk lines, the title "2700万扶贫款去向成谜：…村支书何经波搞
    “一言堂”" and the sub-heading "资金“暗箱”：…" cut; the opening quote ("2017年“2700多万扶贫款，…”")
    cut because its "2017年" is glued to a junk string; the space before three "。" removed; ends before
    the truncated "但龙坪村的…也". 何经波 "村党支部书记" of 龙坪村. The villagers' demand to see the
    accounts is part of the allegation, not a claim of their own: not mixed (hard). 民主集中制
    (一言堂) and 群众纪律 (refusing 村务公开). Off theme (扶贫 infrastructure).
11  A 纪委 story (the 琼中 site): ends before the truncated "陈华雄等已从贫困户手里". 陈华雄 first
    written "长征镇农业服务中心主任、镇政府派驻烟园村工作点点长": ('陈华雄', '农业服务中心主任', '长征镇'),
    the 中心 in the position as fresh104th.py did with a 科. 盘明燕 "烟园村党支部书记、村委会主任" and
    "时任烟园五队副队长的陈成发" ('副队长', '烟园五队'; a 村民小组 head, as fresh81th.py's 社长) both
    took part in the seizure. The 县扶贫办, 县科协 and 镇政府 only issued bees. The households' bees
    are told as the case, not claimed by them here: not mixed (hard; compare 012). 群众纪律 (强行拉走)
    and 廉洁纪律 (8 boxes to relatives).
12  Mixed, traditional, glosses removed: the households' own 扶贫羊 ("我們都沒見到一根羊毛", their
    claim to the state's sheep) and the 村官 who shared them out. The caption "五名犯罪嫌疑人的悔過書"
    and the dateline "中新網南京8月18日電（記者 劉林 通訊員周煒）" cut; ends before the truncated
    "當偵查人員把前期…伙同…將134只扶貧" (the other four 村官 are named only there). 王昌良 "潘集村
    村主任"; the "5名村官" otherwise unnamed; the 鎮政府 only paid out. 贪污贿赂 and 群众纪律.
13  Mixed, 涉法涉诉: 张汉云's lawsuit, lost at two instances, against the 县自然资源局 over his land
    in the 光伏 project, beside the villagers' account that the land was leased with no 村民大会
    (the "时任村长" unnamed: no entry; 张汉岭 only answers). The sub-heading "大喇叭通知的项目" cut;
    ends before the truncated "《中华人民共和". Could be read as 征地拆迁 (a land case in court).
14  涉法涉诉: a round-up of 光伏 disputes, a 龙岩 court judgment (张某 and a 新能源设备经营部) and the
    start of a 南京 case. The stored copy starts the 龙岩 case at "…发电。" (a fragment, cut); the
    "调解/判决结果", "来源：龙岩新罗法院", "07 居民安装…案" and "基本案情" lines cut; ends before the
    truncated "2021年，因该光伏设备在使用过程中". Nobody has a post.
15  涉法涉诉: the 苏州 中院 judgment on a 光伏 installation between two firms; the court header, case
    number and the parties' address and agent lines cut; ends before the truncated "海格公司二".
    Stands in for the roof-lease lawsuit the search did not find.
16  Mixed, 征地拆迁: villagers' 600 亩 measured for a 光伏 base at a low rent, beside "多次找到镇里
    询问，却一直没有答复" (the 镇 as an organ; hard: could be not mixed). The 镇长 徐纪元 only answers;
    the 合肥 firm is private. The site's menu lines, headline, date and "核心提示" cut.
17  个人利益诉求: farmers' land leased to a 光伏 firm that fell short of its promises; the 当地政府
    only investigates. Headline cut; ends before the truncated official's quote. Could be 其他.
18  个人利益诉求: 李贵民's 20万 光伏贷 after the firm's boss ran away; the 信用社 staff only came to
    sign the loan. The stored copy starts at "然而，在政策东风之下"; ends before the truncated
    "他尝试找过光伏公司，…也给使用的光伏品牌…打过电". Stands in for a household's loan dispute.
19  个人利益诉求: villagers made to clean 扶贫 panels at their own cost. The site line "单职业传奇私服
    阅读:1 …" and headline cut; ends before the list of measures (truncated). Hard: "一些地方却将清洗
    费用转嫁给了村民" could be read as organs shifting costs (in, 群众纪律 摊派); the text lays it on the
    运营方 and weak protection.
20  其他, traditional: the 瀘水 纪委's supervision report; ends before the truncated "截至目前，共發現
    并督促整改…管理相". The "發放不精準、使用程序不規范" finds are told as fixed work with no one named
    (hard: could be read as in with no entry). 楊某某 is a pleased villager.
21  其他: a 户用光伏 law paper; "【中文摘要】", "【全文】" and "一、引言" cut; ends before the truncated
    "好不容易捱过一年，其中几块板无". 老万 and the salesmen are private.
22  其他, traditional: a solar firm's page with the 四川 村级光伏扶贫电站 收益分配 rule; the firm's
    keyword line and the rule's title lines cut; ends before the truncated "縣（市、區）級供".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH145: list[Item] = [
    # 01
    ('https://m.163.com/dy/article/KJCM1ASR05566R4H.html',
     '三亿光伏款，说没就没，连个响都没听见。鲍长山在主席台上念“阳光扶贫”那几年，下面的人把太阳板当瓦片晾'
     '，风一刮就掉角，发电量连宣传册上的零头都凑不齐。村里老人以为终于能靠电表倒转省点钱，结果年底结算，电'
     '费比没装之前还贵，理由是“设备维护费”。维护啥？维护谁？没人说得清。他当年从粉笔灰里爬出来，一路升到'
     '市人大主任，简历干净得像新打印的A4纸，谁会想到最后一行是“接受审查调查”。有人翻旧账，发现那几笔光'
     '伏款走的就是他签字的小通道，没招标、没审计、没验收，三连空直接打钱。流程表上该出现的名字，不是亲戚就'
     '是老同学的公司，像提前排好座位的婚宴，一桌都不浪费。最尴尬的是，他前一天还在电视台放狠话：“谁动扶贫'
     '资金，我就动他的帽子。”镜头里义正词严，镜头外帽子先飞。老百姓把这话当了真，结果真相反转，像吞了苍蝇'
     '，咽不下吐不出。村支书老赵私下说：“早看出来他喊得响，可没想到连台词都是偷别人的。”光伏板杵在地里，'
     '锈迹顺着铝合金框爬，像一块块发黑的奖状。太阳照常升起，只是不再给它们发工资。当初被拉来站台的贫困户，'
     '如今成了反面背景板，外人一提“光伏”，就先笑：“哦，就是那个被骗的村。”名声坏了，投资不敢来，年轻人'
     '更跑得快，只剩老人守着一堆废铁晒太阳。有人说鲍长山倒霉，赶上巡视利剑，可剑一直悬在那儿，他自己往上撞'
     '。三亿不是小数目，摊到两千多户头上，每户能分十几万，够把屋顶全换一遍再加两辆代步三轮。现在钱没了，太'
     '阳还在，日子还得过，只是没人再信“阳光”两个字。下次上面再派新项目，村民先摆手：“不要光伏，要现金，'
     '当场点钞，按手印。”',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('鲍长山', '市人大主任', None)]),
    # 02
    ('https://xny365.com/news/article-75282.html',
     '大同市天镇县是山西省内35个国家级贫困县之一，扶贫攻坚本应是当地政府部门重要工作内容之一，扶贫资金监'
     '管更应是重中之重。已投资45万元的村级光伏扶贫电站项目声称已建成却仍是一片荒地，多条获扶贫补贴200'
     '多万元建设的屠宰生产线闲置……近期天镇县民众反应的上述问题却暴露出当地扶贫资金监管工作存在巨大漏洞，'
     '扶贫款俨然成为了个别利益群体眼中的“唐僧肉”。天镇县由于光照条件较好、日照时间长，被山西省政府列为光'
     '伏发展重点县之一。2015年，天镇县规划建设光伏电站装机总容量42MW，工程计划6月全面启动，10月'
     '中旬完成。按照规划，谷前堡乡一畔庄村将建设一座装机容量100万KW的村级光伏发电站。根据《2016大'
     '同市光伏扶贫搬迁跟踪审计情况表》显示，一畔庄村村级光伏电站由山西帝华建筑工程有限公司施工建设，计划投'
     '资95万元，省级资金已拨付45万元，2015年10月31日此项目已建成规模100万KW，已进入办理并'
     '网接入手续阶段。但是，一畔庄村民众却反映一直以来都没见过这座“豪华大气”的光伏电站。12月27日上午'
     '，一畔庄村村委会一位富姓工作人员也证实这座光伏电站至今一直未能投入建设。“光伏电站没有建好，只是推平'
     '了一块地，其他的什么也没弄。”',
     'in', None, False, ['工作纪律', '廉洁纪律'],
     []),
    # 03
    ('https://news.solarbe.com/201804/08/285718.html',
     '近些年来，太阳能路灯作为扶贫的标准产业在农村大范围推广，但同时，腐败也随之蔓延。近日，从中央纪委、湖'
     '南省纪委交办的一起信访举报入手，湖南省湘西土家族苗族自治州纪委“顺藤摸瓜”调查，发现当地农村太阳能路'
     '灯项目部分质量低劣，刚装不久竟过半数“失明”，或者存在数量严重短缺、采购价格虚高等问题。近3个月来，'
     '湘西州纪委、监察委在近600个太阳能路灯项目中发现“腐败利益链”线索近200条，约谈、诫勉谈话、立案'
     '查办包括多名县级领导干部在内的400多名公职人员和工程承包商。“太阳能路灯腐败”绝非湖南湘西一地独有'
     '的问题。太阳能路灯等新兴惠民项目是容易被忽视的腐败高发地带，亟待针对当前该领域存在的定价、质量标准、'
     '招投标等方面漏洞，完善规范，加强监管。2017年下半年，中纪委、湖南省纪委交办并指导湘西州纪委查办一'
     '件信访举报。举报者反映，花垣县麻栗场镇尖岩村太阳能路灯项目资金被村干部虚报冒领。湘西州纪委派出专门班'
     '子深入调查，证实群众举报不实，但是却从中发现当地挂职县委副书记等公职人员涉嫌插手项目牟利。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [(None, '挂职县委副书记', None)]),
    # 04
    ('http://tech.jiangsulong.com/a/2020/0801/1596234575.html',
     '近日，海南省文昌市人民法院对该市冯坡镇原党委书记陈东明涉嫌职务犯罪问题作出判决，判处有期徒刑三年六个'
     '月，并处罚金25万元。陈东明违纪违法问题露出端倪，得从冯坡镇的芡实产业扶贫项目说起。芡实又称鸡米头，'
     '是一种传统草药，此前陈东明在当地大力发展该产业。但进驻该镇的市委巡察组从多方了解到，作为引进的外来品'
     '种，芡实在冯坡镇的种植并不顺利，海南亿佰农业发展有限公司的两次试种均以失败告终。让人不可思议的是，明'
     '知种植芡实技术不成熟、盈利风险极大，陈东明竟然在班子成员面前大肆鼓吹、夸大这一项目的前景，而对该市其'
     '他扶贫龙头企业的申请视而不见。在陈东明的主导操纵和违规决策下，冯坡镇政府决定将种植芡实打造成该镇的重'
     '点扶贫产业，亿佰公司顺利地同冯坡镇政府达成协议。文昌市开展“三带全覆盖”工程后，对于由财政拨付的生产'
     '帮扶资金，贫困户能以入股形式投入龙头企业、合作社，年终获得分红。亿佰公司借着“三带全覆盖”工程的名义'
     '，与贫困户签订资金入股书，先后分三次取得48户200多人的生产帮扶资金26.8万元。而事实上，亿佰公'
     '司不仅不属于龙头企业，还处于亏损状态，这也使得贫困户的生产帮扶资金存在较大风险。陈东明真的是糊涂到不'
     '知分辨利弊，还是别有用心，置贫困群众的利益于不顾？顺着问题，巡察组将目光锁定在这个能“化虚为实”的亿'
     '佰公司。不出所料，亿佰公司藏着诸多猫腻，4名出资人除了技术入股的技术员外，其余分别是陈东明本人、其战'
     '友、其堂姐。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '民主集中制'],
     [('陈东明', '原党委书记', '冯坡镇')]),
    # 05
    ('https://p2.ttnews.xyz/a/5e6455b8dc9b5e23750cc367',
     '“前段時間捱了處分，當時確實挺難受。後來經過組織的教育，我徹底明白了，扶貧資金每一分都必須用在刀刃上'
     '，我作為村委領頭人不應該踩紅線，應該紮紮實實搞好扶貧工作。”12月2日，面對回訪的沅江市紀委監委幹部'
     '，草尾鎮三碼頭村村支書曾賤保深深悔悟。曾賤保所說的事情，源於今年上半年進行的全市產業扶貧資金專項督查'
     '。“在對草尾鎮三碼頭村稻蝦種養專業合作社檢查時，發現該合作社存在20萬元產業扶貧資金沒有進行專款專賬'
     '核算、收據未入賬等問題。”督查組發現這一問題後，迅速將線索上報。隨後，沅江市紀委監委派調查組到三碼頭'
     '村進行調查。調查組瞭解到該村的稻蝦種養專業合作社是前三碼頭村村委籌錢成立的，名義上是一個叫向小平的人'
     '為法人代表，但事實上是由三碼頭村村委進行監管，現任村支書曾賤保就是實際監管人。“你講一下這20萬產業'
     '扶貧資金的來源以及它的用途。”調查人員開門見山地問曾賤保。“合作社的這20萬產業扶貧資金是我們從金江'
     '水產有限公司爭取到的，分配到我們合作社進行稻蝦養殖的投資。為了爭取這筆資金，村委與該公司簽訂了協議書'
     '，規定委託合作社實施幫扶項目，合作社享受項目財政資金的25%（5萬），其餘75%（15萬）按2000'
     '元一個人的標準折算到貧困戶。”曾賤保回答。“那麼貧困戶怎麼參與分紅？”“合作社作為幫扶主體，5年期內'
     '自主經營，盈虧自負，貧困戶不承擔經營風險，合作社需支付貧困戶每人每年200元以上委託幫扶的保底分紅收'
     '益。5年過後，合作社才與貧困戶雙方同股同利，風險共擔。”曾賤保詳細介紹。與此同時，另一組調查人員也在'
     '緊鑼密鼓地對合作社的相關賬目進行清查。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('曾賤保', '村支書', '三碼頭村')]),
    # 06
    ('http://www.www6ccc.com/html/2023/yunlingyaowen_0805/122316.html',
     '“我宣布，良園農民專業合作社移交儀式正式開始！請合作社與南華村雙方簽訂移交書……”隨著主持人的聲音落'
     '下，良園農民專業合作社正式移交給了云南省臨滄市臨翔區南華村委會。在場的群眾，無一不拍手稱贊。看著這一'
     '幕，我不禁回想起了合作社“回歸”途中的種種艱辛。去年，我所在的審查調查室在辦理雙江縣委常委、縣人民政'
     '府副縣長羅某某涉嫌嚴重違紀違法一案時發現，由羅某某父親擔任法人的臨滄市良園農民專業合作社在2014年'
     '至2021年間，以發展南華村種植養殖產業為由申請到了上百萬的產業發展補助金。合作社具體運營情況如何？'
     '補助資金是否進了私人口袋？多年的辦案工作經驗告訴我，這當中恐怕有貓膩。為進一步弄清事實真相，我們決定'
     '到合作社看一看。“這合作社自成立之后就沒見著發展過什么產業，倒是羅某某經常帶著他的幾個朋友來野炊。”'
     '一名家住附近的社員向我們坦言，他不清楚合作社的發展情況，也沒有出資，更沒有拿過任何分紅。我們繼續走訪'
     '合作社的其他社員，也是同樣的情況。果然，幾名所謂的合作社成員都只是“掛名”，這小小的合作社里面大有文'
     '章。我們隨即調取了合作社近幾年的資金往來流水，發現大多爭取來的項目資金都以不同的形式轉入了羅某某家人'
     '的賬戶中。',
     'in', None, False, ['廉洁纪律'],
     [('羅某某', '縣委常委、縣人民政府副縣長', '雙江縣')]),
    # 07
    ('http://fjjgj.com/20070907/17874.html',
     '扶貧辦作為一級政府扶貧工作的常設機構，主要職責是籌措和爭取扶貧資金，實施和管理扶貧項目。但貴州省織金'
     '縣扶貧辦主要負責人和個別工作人員，采用虛報冒領等手段套取國家專項扶貧資金，甚至采購劣質種苗發放給農戶'
     '。經過有關部門立案偵查，織金縣扶貧辦原主任楊厚云和縣扶貧辦辦公室原主任安德學已被檢察機關提起公訴。地'
     '處烏蒙山區的織金縣是國家重點扶貧開發縣，迄今仍有貧困人口9萬多人，低收入人口15萬多人。林下商品雞養'
     '殖是這個縣扶貧辦組織實施的一個扶貧項目。但審計部門對珠藏鎮牛硐村等4個鄉鎮74戶農戶調查后發現，他們'
     '實際得到的雞苗為1.25萬只，相差1.59萬只，虛報雞苗數占報賬數的比例高達55.9%。調查還發現，'
     '這個縣扶貧辦組織實施的黑山羊養殖等項目也存在虛報冒領等問題。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('楊厚云', '原主任', '織金縣扶貧辦'), ('安德學', '辦公室原主任', '縣扶貧辦')]),
    # 08
    ('http://www.qdubb.cn/html/2019/toutiao_0521/67767.html',
     '“老劉，請帶我們再看看這個產業扶貧項目。”巡察組同志剛剛徒步丈量完水利和通村公路工程，巡察組李副組長'
     '又拿出資料來準備看下一個項目。“李組長，我們村里這幾年的項目基本都看完了，沒問題，您就放一百個心，剛'
     '剛走了這么遠的路，要不先休息一下？”劉和村黨支部書記老劉邊說邊把手中的礦泉水遞給李副組長。“不休息了'
     '，抓緊時間看完這最后一個項目。”李副組長擺擺手說。“這個產業扶貧項目，在村后頭，得走一段路，這也快到'
     '飯點了，要不先去食堂吃過飯，休息一下再去看吧。”老劉好像在刻意回避，李副組長見狀更加堅定地說：“產業'
     '扶貧是脫貧攻堅工作的主要內容，是直接增加貧困戶收入的重要手段，縣委還等著我們的匯報，不看完最后一個，'
     '吃飯也不香，還是辛苦您帶我們走一趟。”在老劉的帶領下，我們登上了劉和村村后的一座山頂。“小李，我們眼'
     '前的這幾十畝地，就是劉和村申報的產業扶貧項目，冬棗和紅心柚，你怎么看？”李副組長手指著前方的果林問我'
     '。我仔細觀察著眼前的果林，不時查看手上關于項目的資料，這個水果產業種植項目于2015年立項，三年來縣'
     '扶貧辦先后撥入21萬元用于該項目的建設。項目地址、規模、樹種好像都和資料一致，感覺沒什么可疑的。“可'
     '是，為什么茅草都長這么高了？”我發出疑問。“對，茅草都長這么高了，這里有問題。”李副組長堅定地說。“'
     '老劉，這個冬棗和紅心柚是否已經有產出？這個茅草怎么都長這么高了，沒人管理嗎？”李副組長問道。“這個冬'
     '棗和紅心柚我們買的都是幼苗，成長期需要3年，現在還沒有掛果，這個茅草我們是一年清除兩次，上半年清理了'
     '一次，我們打算在最近安排第二次除草工作。”老劉也毫不含糊地回答。',
     'in', None, False, ['工作纪律'],
     [('老劉', '黨支部書記', '劉和村')]),
    # 09
    ('http://ljzjr.cn/china/2019/0531/c_38044.html',
     '新建不到两年的“扶贫车间”，曾经热闹一时的生产景象不复存在，设备搬离、人去厂空，只留下废弃的塑料垃圾'
     '和原材料散落一地。墙上“实施产业带动、助力脱贫攻坚”的标语变成了难以兑现的口号，显得异常刺眼……“扶'
     '贫车间”被视作吸纳贫困户“家门口就业”的重要方式。记者在部分地区调研扶贫车间时，却看到了上述这番景象'
     '。一些扶贫车间不符合实际和市场规律，“建设火热、运营冷清”，结果长期闲置、停摆，难以带动贫困户脱贫，'
     '造成财政资金浪费，甚至变成了一种形式主义扶贫。扶贫车间遍地开花、村村建厂，这是记者在部分地区看到的场'
     '景。这种情况在东中西部地区皆存在：西部某省，不少贫困村建有100平方米到500平方米不等的扶贫车间；'
     '在安徽省，有的县每个贫困村都建有扶贫车间，多达200多个；在河北省北部某县，2016年以来共新建和改'
     '建提升的扶贫车间达到124个。然而，不少地方扶贫车间“遍地开花难结果”，出现闲置、停摆等问题。201'
     '8年，西部某县提出一年内实现扶贫车间“全覆盖”，将扶贫车间推广至全县所有乡村的田间地头。但根据201'
     '9年中央巡视组的反馈，该县167个扶贫车间一度只有22个在使用。位于东部的一个贫困县提出扶贫车间“建'
     '成率、使用率”两个100%的目标，一个500平方米的车间政府投入约40万元。今年初，记者在该县随机走'
     '访6个扶贫车间，发现1个产能利用率较低，2个完全停产。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 10
    ('https://www.icbw.com.cn/forum.php?goto=nextnewset&mod=redirect&tid=213527',
     '近日，龙坪村多位村民联名向记者反映，村里近年接收的2700余万大额扶贫资金使用全程不透明，配套建设的'
     '基础设施质量堪忧，而村党支部书记何经波被指独断专行，将村级事务变成“一言堂”，让群众的知情权与监督权'
     '形同虚设。据村民回忆，自扶贫项目落地以来，龙坪村累计接收扶贫资金达2700余万元，主要用于村内道路硬'
     '化、安全饮水改造、山坪塘改造、文化广场建设等基础设施项目。但这笔关乎全村发展的“民生钱”，从拨付到使'
     '用始终处于“隐秘状态”。“别说每月公开账目，连季度公示都没有过。”一位村民代表翻出手机里的村务公开栏'
     '照片，显示栏内空空。村民曾多次在村民代表会议上要求公开资金去向，均被何经波以“账目由乡财政统一管理，'
     '村级无权公示”为由拒绝。更令人费解的是，部分宣称“完工验收”的项目，村民从未见过施工方案、招投标记录'
     '及验收报告，与“四议两公开”的村务规范要求严重不符。按照《中华人民共和国村民委员会组织法》规定，政府'
     '拨付的补贴补助资金管理使用情况，属于必须及时公开的事项，集体财务往来较多时应每月公布收支情况。',
     'in', None, False, ['民主集中制', '群众纪律'],
     [('何经波', '村党支部书记', '龙坪村')]),
    # 11
    ('https://ayjjjc.gov.cn/xjzd/jzcm/202004226197.html',
     '“太好了！私分我们群众的扶贫蜂种，活该被查！”近日，听说私分村民蜂种问题已经被查明，违纪干部已受到处'
     '分，海南省琼中黎族苗族自治县烟园村的村民纷纷拍手叫好。此前，琼中县纪委监委收到反映该县长征镇农业服务'
     '中心主任、镇政府派驻烟园村工作点点长陈华雄占用贫困户扶贫物资、拉走贫困户蜂种等问题的信访举报。“现在'
     '正是脱贫攻坚关键时期，敢把黑手伸向扶贫物资的，都必须高度重视，严肃查处！”县纪委监委迅速对该问题线索'
     '进行分析研判，开展初核工作。为弄清楚蜂种问题，核查组首先到长征镇政府调取了县里发放给烟园村蜜蜂蜂种登'
     '记情况。根据蜂种登记领取表，核查组挨家挨户走访烟园村领取蜂种的贫困户，随着调查核实的开展，陈华雄占用'
     '贫困户扶贫物资，拉走贫困户蜂种的问题随之浮出水面。原来，2015年3月20日，县扶贫办联合长征镇政府'
     '给烟园村委会2014年度、2015年度贫困户发放蜂种共计26人178箱。陈华雄得知该情况后，与烟园村'
     '党支部书记、村委会主任盘明燕等人商议，计划在烟园村委会集中养蜂，蜂种从此次发放的蜂种中获取。在蜂种发'
     '放现场，盘明燕等人做贫困户思想工作，部分贫困户愿意从所领取的蜂种中取一部分交给村委会集中饲养。而对于'
     '一些不愿意交出蜂种的贫困户，陈华雄叫上盘明燕、时任烟园五队副队长的陈成发等人，到这些贫困户家里，在违'
     '背贫困户意愿的情况下，强行拉走20箱蜂种，放到陈成发的槟榔园内，由陈成发饲养。“要是不给他们几箱蜂种'
     '，就怕以后扶贫补贴没有我们的份了。”一些村民反映。蜂种留下来后，陈华雄从中取出8箱，送给了自己的亲戚'
     '。核查组在翻阅蜂种领取登记表时发现，2015年下半年县科协曾经发放给陈成发一批20箱蜂种。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('陈华雄', '农业服务中心主任', '长征镇'), ('盘明燕', '党支部书记、村委会主任', '烟园村'), ('陈成发', '副队长', '烟园五队')]),
    # 12
    ('http://mituya.cn/fp/2016-08/18/content_26987390.htm',
     '2013年江蘇省泗陽縣推行“菜單式”扶貧工程，按照要求，撥付給該縣潘集村的34.6萬元扶貧資金應當以'
     '良種山羊的形式發放到困難戶手中。兩年后，有困難戶反映“沒見到一根羊毛”。18日，記者從江蘇省宿遷市泗'
     '陽縣檢察院獲悉，134只“扶貧羊”被5名村官私分，辯稱是怕扶貧羊入冬后凍死才私自分了這批羊。“聽說政'
     '府兩年前給我們貧困戶發放了一批扶貧羊，可到現在我們都沒見到一根羊毛，這到底是怎么回事。”2015年8'
     '月，有群眾來到江蘇省泗陽縣檢察院反映這一情況。泗陽縣檢察院反貪局偵查人員調查得知，撥付給潘集村的34'
     '.6萬元扶貧資金應當以良種山羊的形式發放到困難戶手中，資金由鎮政府負責統一調配使用，用于購買良種山羊'
     '。在鎮政府，偵查人員發現早在2013年12月，潘集村村主任王昌良等人就從鎮政府領走了這346只山羊。'
     '在這之前，偵查人員已經找到了部分貧困戶了解情況，約有60余戶貧困戶均表示從未領到政府發放的扶貧羊。諸'
     '多證據證實，鎮政府發放的扶貧羊已被村干部足額領回，而有一部分村民并未領到扶貧羊。“總共有多少戶能領到'
     '扶貧羊？都發放到位了嗎？”面對偵查人員的問題，王昌良支支吾吾地辯稱：“已經過去兩年多了，我記得應該都'
     '發給貧困戶了。”',
     'in', None, True, ['贪污贿赂', '群众纪律'],
     [('王昌良', '村主任', '潘集村')]),
    # 13
    ('http://21spv.com/news/show.php?itemid=220732',
     '今年3月，河南濮阳的农民张汉云收到了濮阳市中院的二审判决书，他的诉讼请求再度被驳回。事情起因，是张汉'
     '云认为自家的6.48亩土地属于永久基本农田，却被纳入当地一个占地达3500多亩的光伏项目之中。他向县'
     '自然资源局反映情况后，后者并未查处该项目。于是张汉云选择将县自然资源局告上法庭。县市两级法院分别在今'
     '年1月和3月做出了一审和二审判决，张汉云的请求均被驳回。记者在张汉云所在村镇走访数日，发现各方看法不'
     '一：在村镇干部看来，光伏项目是上面大力推动的扶贫项目，造福一方，而反对者有且只有张汉云一人，他两次官'
     '司也都败诉；在项目建设方华电台前光伏发电有限公司（下称“华电台前”）看来，自己合法合规；从当地部分村'
     '民的角度，他们对光伏项目看法不一，一些人希望拿回土地自己耕种。台前县是河南省唯一的全国光伏扶贫重点县'
     '，何以出现针对光伏项目的“民告官”？“这儿没有孬地，甚至有不少一等地。”69岁的张汉云行走在田间，向'
     '记者指认自家农田所在。张汉云自小生活在濮阳市台前县侯庙镇张楼西村。这里地处豫鲁交界，属平原，当地种粮'
     '本是一年两熟，冬小麦、夏玉米。2016年10月前后，当季玉米收完，张楼西村委会的大喇叭通知村民，村里'
     '的地包出去了，不要再播种了。根据记者走访，多位村民表示当时并不知道包给谁，也并未征求自己同意。田里的'
     '坟头以800元一座的补偿价格移到了公墓。一位村民对记者说，自己常年在外打工，家里老人提了一句说家里地'
     '被包出去了才得知。张汉云及其他几位村民对记者表示，此过程并未召开村民大会，也没有村民大会签字同意。记'
     '者在张楼西村见到了村支书张汉岭，张汉岭说此事主要是时任村长负责，自己不知情。',
     'out', '涉法涉诉', True, [],
     []),
    # 14
    ('https://www.tanbohui.com.cn/news/show-1589.html',
     '当前，在绿色能源日益普及的今天，太阳能光伏作为清洁、可再生的能源解决方案，正逐步融入我们的日常生活。'
     '然而，随着其广泛应用，一系列因光伏安装而引发的纠纷也逐渐浮出水面，成为社会关注的焦点。从邻里之间的采'
     '光权争夺，到产品质量引发的安全隐患，再到合作项目中的经济纠葛，不仅揭示了光伏行业发展的挑战，也考验着'
     '法律与社会的应对智慧。验收时，张某发现安装在自家的光伏发电组件外包装与官方公示的正品差异较大，为此，'
     '张某拒付货款。某新能源设备经营部则强调自己所卖产品系官方正品，要求张某如约履行付款义务，并将张某诉至'
     '法院。法院一审审理认为，依法成立的合同，对当事人具有法律约束力。当事人应当按照约定全面履行自己的义务'
     '。某新能源设备经营部未按约定安装相应型号的光伏发电板，已构成违约。其行为致使合同的主要目的不能实现，'
     '张某主张解除与该新能源设备经营部的光伏发电板买卖合同，理由充分。张某主张的退款及要求某新能源设备经营'
     '部自行拆除运走已经安装在张某家屋顶的全部光伏发电板，具有事实和法律依据，予以支持。法院作出一审判决，'
     '判令解除某新能源设备经营部与张某的光伏发电板买卖合同；某新能源设备经营部退还张某货款2万元，并拆除、'
     '运离安装在张某家屋顶的光伏发电板。2018年，家住南京的李某在路某的推销下，李大爷便与路某名下的某公'
     '司签订了《A品牌产品销售安装合同》。合同约定，产品为A品牌家用光伏标准成套发电系统。合同订立后，李大'
     '爷按照约定向路某支付货款8万元。路某也交付了光伏设备并完成了安装。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.cbi360.net/hhb/sg_884396/fy_12250571.html',
     '上诉人苏州葵润新能源有限公司（以下简称葵润公司）因与被上诉人苏州海格园林建设集团有限公司（以下简称海'
     '格公司）承揽合同纠纷一案，不服江苏省苏州市吴江区人民法院（2018）苏0509民初11956号民事判'
     '决，向本院提起上诉。本院于2019年5月21日立案后，依法组成合议庭对本案进行了审理。本案现已审理终'
     '结。上诉人葵润公司不服原审判决，向本院上诉称，请求撤销一审判决第二项，改判驳回海格公司的全部反诉请求'
     '，案件受理费由海格公司负担。事实和理由：一、本案中，双方共提交三个版本的合同，一审法院已经认定葵润公'
     '司提交的吴天闻签字的合同为双方实际履行的合同，合同双方未就项目竣工时间做出约定，故葵润公司不存在逾期'
     '竣工的违约行为。二、一审法院认定葵润公司对海格公司未享受国家补贴承担责任，适用法律错误。国家发改革文'
     '件属于国家政策，从法律上应定性为不可抗力。案涉合同3.6条明确约定，海格公司负有保证其用电符合并网条'
     '件的义务，据此，海格公司应当履行本案所涉合同及相关规定的所有义务，安装独立电表是本案所涉工程履行的必'
     '要条件。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://ne21.com/news/show-80862.html',
     '灵璧县渔沟镇梁集村多位村民向本报反映：今年初，合肥一家公司在当地投资建设光伏发电基地，但事先没有与村'
     '民商量，就开始丈量村民的农用地和退耕还林地，大约600亩土地，每亩地每年给予一定补偿。他们认为补偿的'
     '费用，比自己种地的收入要低得多，而且国家有规定，农用地、牧地和林地都不能做光伏发电的基地。他们多次找'
     '到镇里询问，却一直没有答复，项目施工方也不解释，只是强行施工。该镇镇长徐纪元告诉记者，建设光伏发电基'
     '地是县政府的招商引资项目，所有手续都齐全，所用土地都是国有用地，没有村民承包地和集体土地。只有几十亩'
     '村民的自耕地，现在正与村民协商处理。',
     'out', '征地拆迁', True, [],
     []),
    # 17
    ('https://m.zigong.me/post/1281.html',
     '近年来，随着国家对新能源产业的扶持力度不断加大，光伏发电项目在各地农村地区迅速推广。然而，在四川省自'
     '贡市，一场光伏发电的“骗局”正在上演，让当地农民的千亩良田变成了发电板上的“牺牲品”。据了解，自贡市'
     '某光伏发电项目在推广过程中，承诺农民在自家的良田上铺设光伏板后，发电量可达承诺的三成。然而，当农民们'
     '满怀期待地将土地出租给光伏发电企业后，却发现实际情况与承诺相去甚远。据当地农民反映，光伏板铺设后，发'
     '电量只有承诺的三分之一左右。这意味着，原本期待通过光伏发电项目增加收入的农民，现在却面临着发电量不足'
     '、收益减少的困境。“当时企业承诺说，光伏板铺好后，每亩地能发电3000度，一年能收入1.5万元。我们'
     '当时很高兴，觉得这是一个好机会。”一位农民表示，然而，现实情况却让他们大失所望。据了解，该项目涉及自'
     '贡市多个乡镇的千亩良田。在项目推广过程中，企业承诺的发电量和收益吸引了大量农民参与。然而，在项目实施'
     '过程中，企业并未按照承诺进行，导致农民们利益受损。“我们当时以为企业会按照承诺进行，没想到发电量这么'
     '低。现在，我们不仅没有增加收入，反而还要承担土地租赁费用。”一位农民无奈地说。针对这一情况，当地政府'
     '高度重视，立即展开调查。经调查，发现该光伏发电项目存在诸多问题，如企业未按承诺进行项目实施、发电量不'
     '足、收益分配不公等。针对这些问题，当地政府要求企业立即整改，并要求企业对农民进行赔偿。同时，政府还加'
     '强对光伏发电项目的监管，确保农民的合法权益不受侵害。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://bbs.pc186.com/thread-1094217-1-1.html',
     '然而，在政策东风之下，据凤凰网《风暴眼》了解，很多光伏公司的口碑并不好，不仅没有让农民挣到钱，反而还'
     '让很多农民“困”在了搭建光伏板的屋顶下，与之相比，积极推进的银行、光伏公司却成为获益方。44岁的李贵'
     '民就是被“困”的一员。他对光伏发电最初认知来自网上、电视上的新闻报道。他觉得这东西是高科技、有前景，'
     '所以当业务员拿来厚厚一踏A4纸张大小的合同条款时，李贵民看都没怎么看，就在销售人员的指示下，在空白处'
     '签了名字。第二天，销售人员和信用社的人就上门来到李贵民家里，办了20万的贷款。一直到半年后，李贵民才'
     '意识到情况不妙。业务员所说的“光伏板发电足以覆盖贷款利息”，“即使遇上天气不好的时候，发电量不足，公'
     '司可以补偿差价”等承诺在兑现了几个月后，便不再兑现，因为光伏公司的老板跑路了。当时上门的业务员是邻村'
     '的，现在也寻不见，只听说跑到上海去了。李贵民只能瞅着手机上的APP干着急。在这个APP上，有一个跳转'
     '的箭头显示发电量，但李贵民发现，每月发电量带来的收入根本就偿还不了贷款，不得不从自己其他的银行账户转'
     '账偿还。“安装第一年，电费不够还贷款利息，自己倒贴了2000元；第二年，倒贴了4000元，今年估计至'
     '少要倒贴5000元。”除了贷款本息要偿还外，还有杂七杂八的维修费，每年也要上千块。李贵民给凤凰网《风'
     '暴眼》算了一笔经济账：光伏板需要定位清洗、维修，每次清洗费用就要500元，维修上门费也要200元，这'
     '还不包括材料费。每年暑季的三个月里，他几乎每一个月都要找人维修一次。不只金钱上的损失，李贵民更觉得精'
     '神上受挫。他不得不承认自己“冒失”了。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://lishui.me/post/1771.html',
     '近年来，光伏发电作为一种清洁、可持续的能源形式，在我国得到了迅速发展。作为国家扶贫政策的重要组成部分'
     '，光伏扶贫项目在贫困地区推广，旨在帮助村民脱贫致富。然而，近期有村民反映，扶贫光伏板的清洗费用被转嫁'
     '给了他们，导致年收入反而降低了2000元。这一现象引发了社会广泛关注，村民的权益如何得到保障成为了一'
     '个亟待解决的问题。扶贫光伏板是利用太阳能发电的一种设备，其产生的电力不仅可以满足村民的日常生活需求，'
     '还能通过并网销售获得一定的经济收益。然而，光伏板在使用过程中需要定期清洗，以保证其发电效率。按照常规'
     '操作，清洗费用应由光伏项目运营方承担。然而，一些地方却将清洗费用转嫁给了村民，使得原本的扶贫项目变成'
     '了村民的负担。据村民反映，他们不仅要承担光伏板的清洗费用，还要负责日常维护。原本以为光伏扶贫项目能带'
     '来收入，没想到却成了负担。一位村民表示：“我们每天都要花费大量时间清洗光伏板，不仅耽误了农活，还增加'
     '了家庭负担。以前年收入能增加2000多元，现在反而减少了。”这种现象的出现，一方面是由于光伏项目运营'
     '方管理不善，将本应由自己承担的费用转嫁给了村民；另一方面，也与村民权益保护不到位有关。在光伏扶贫项目'
     '中，村民的知情权和参与权没有得到充分保障，导致他们在项目实施过程中处于被动地位。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://m.qdubb.cn/html/2025/xinfangjubao_0528/139130.html',
     '在瀘水市老窩工業園區榮華光伏電站項目點內，一個個光伏組陣連接成片，猶如一片藍色海洋，這里創新實踐“板'
     '上發電、板下種植”的復合發展模式，一幅“農光互補”的鄉村振興新畫卷徐徐展開。“自從有了發電站，我們不'
     '僅可以拿到山坡土地的租金，還可以在電站打工，在家門口就能掙到錢。”近日，瀘水市紀委監委工作人員到老窩'
     '鎮中元村開展監督檢查時，村民楊某某高興地說道。近年來，瀘水市積極踐行“生態優先、綠色發展”的理念，大'
     '力發展光伏發電新能源產業，成為云南省太陽能資源較佳的開發區域之一。同時，探索創新“公司+村集體經濟”'
     '合作模式，將太陽能發電與現代農業結合，建設一地兩用光伏電站，打造“農光互補”先行示范區。截至目前，全'
     '市共有6個光伏發電投產并網發電，去年累計發放光伏扶貧電站村級收益金654萬元。為保障光伏產業發展成果'
     '真正惠及于民，瀘水市紀委監委將光伏產業項目作為鄉村振興領域專項監督的重要內容，采取“室組地”聯動、“'
     '協作片區”監督的方式，聚焦光伏項目審批、土地流轉、資金使用等關鍵環節開展全過程跟進監督，以強有力監督'
     '護航“光伏+”產業規范運行、“陽光收益”精準落地。“我們通過大數據比對、查閱資料、實地走訪等方式，發'
     '現部分村級光伏扶貧電站收益資金人員發放不精準、使用程序不規范、使用途徑不合規等問題。”駐市農業農村局'
     '紀檢監察組組長介紹道，針對發現的問題及時向市農業農村局下發工作提醒函，并督促市農業農村局對各鄉鎮（街'
     '道）的所有光伏公益崗位進行起底排查，重新規范設置光伏公益崗位，確保光伏公益崗位規范管理使用。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.cicjc.com.cn/info/1040/15429.htm',
     '分布式光伏行业在过去几年迎来快速发展。不同于地方政府、国企主导下的“整县推进”模式，户用光伏中的诸多'
     '新问题逐渐引起各方关注。经过对101份判决书进行分析，可以总结出户用光伏案件的画像、政策与商业逻辑。'
     '实证分析反映出的首要问题是发电量难以达标，应当引入“划定红线、参考同类”的标准，规制远未达到额定功率'
     '的情形，并将符合特定条件的光伏宣传认定为要约。通过分析案件中的贷款流向，发现“光伏贷”是驱动此类商业'
     '交易的动力，也是引发虚假宣传等问题的根本缘由。对于“光伏贷”，最关键的是变革现有担保方式，倒逼企业长'
     '期规范经营，还需强化银行对光伏贷款的审查，加强对安装公司这一合作对手方的审查与管理。“国家政策补贴，'
     '投资0成本，轻松坐享收益20年！”正是乍暖还寒时，老万刚回村口就被光伏安装公司的宣传所吸引。工作人员'
     '笑着解释：“万伯，俺们这是国家扶贫项目，政策上还有光伏贷款，只用一万块钱就能装上机器。机器装上之后只'
     '需每隔几天清理清理，大的维修给老弟打电话，俺们来弄就中，发电量和机器质量俺们给保障20年！”老万见对'
     '方虽并非是政府工作人员，有些犹豫。工作人员趁热打铁拿出一箱酒、一台电饭煲，当场作为“签字费”送给了老'
     '万。眼见其出手“豪阔”，端的是古道热肠，老万心中甚是欢喜，没隔几天就让工作人员带着自己去办了贷款、在'
     '屋顶装了光伏板。随后的故事就非一言能尽。光伏板好生娇贵，春夏的灰尘雨水、秋冬的落叶飞雪，都能让发电效'
     '率大打折扣，老万不得不爬上爬下每天清理；几个月后，老万发现光伏板发电量根本未达到销售人员的承诺，实际'
     '发电量还不到宣传的一半……',
     'out', '其他', False, [],
     []),
    # 22
    ('http://xxjdfw.com/content/173.html',
     '光伏扶貧主要是在住房屋頂和農業大棚上鋪設太陽能電池板，“自發自用、多余上網”。也就是說，農民可以自己'
     '使用這些電能，并將多余的電量賣給國家電網。通過分布式太陽能發電，每戶人家都將成為微型太陽能電站。第一'
     '條 為加強村級光伏扶貧電站收益分配使用管理，建立利益聯結和帶貧減貧長效機制，依據《國務院關于打贏脫貧'
     '攻堅戰的決定》《關于做好財政支農資金支持資產收益扶貧工作的通知》（財農〔2017〕52號）和《關于印'
     '發〈村級光伏扶貧電站收益分配管理辦法〉的通知》（國開辦發﹝2017﹞61號）以及《關于印發〈光伏扶貧'
     '電站管理辦法〉的通知》（國能發新能﹝2018﹞29號）等有關文件要求，結合工作實際，制定本實施辦法。'
     '第二條 村級光伏扶貧電站是指在具備光照、資金、土地、接網、消納等條件的建檔立卡貧困村建設，且納入國家'
     '光伏扶貧計劃的電站。村級光伏扶貧電站單體規模300千瓦左右（具備就近接入和消納條件的可放寬至500千'
     '瓦），少數建設單村電站困難的建檔立卡貧困村可以聯建方式建設聯村扶貧電站。第三條 村級光伏扶貧電站資產'
     '確權給村集體所有，聯村光伏扶貧電站資產按比例確權至各村集體，村集體行使管理權。第四條 享受光伏發電財'
     '政補貼的村級光伏扶貧電站需納入國家光伏扶貧年度計劃，并列入財政部、國家發展改革委、國家能源局、國務院'
     '扶貧辦四部門聯合印發的光伏扶貧項目補貼目錄，市（州）、縣（市、區）應當對應納入年度計劃。第五條 縣（'
     '市、區）政府或委托相關機構負責光伏扶貧發電收入結算、結轉工作。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH145, "fresh145")
