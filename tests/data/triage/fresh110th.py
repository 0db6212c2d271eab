"""Sealed batch fresh112: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh110th.py; the batch and its row ids are "fresh112".)

Theme: finance, tax and audit: 财政局 and 乡镇 finance staff embezzling or diverting funds, 国库
money drawn with forged 拨款 papers, 税务局 and 国税/地税 officials taking bribes or holding
unexplained wealth, township cadres levying the farm tax by force, 小金库 and 套取 of 财政奖补 and
扶贫 money; out items are firms' tax lawsuits, a tax clause in a judicial auction, land
compensation held in a town's finance account, delayed talent and fishery subsidies from the
treasury, refused restaurant invoices, a 政协 proposal on tax cuts and a commentary on wage arrears
owed by government bodies. No text on an 审计局 official softening an audit for money could be
found in the stored pages (only novels, rules and audit reports came back; the one real story, the
江宁 审计局 section chief, is already in fresh77th.py). Sources (stored-pages search): an 北方网
big5 copy of the 半月谈 report on 宜阳 暴力征税 (traditional); a 新浪 copy on the 临高 国库 fraud; a
nanfei8 copy on the 新洲 财政局 bribes; a 搜狐 copy of the 人民日报 report on the 鄱阳 财政局
9400万; a converted copy of the 章丘 纪委 story on 潘國民 (traditional); a converted copy of a feature
on 黃業生 of the 广州 地税 (traditional); a web copy on the 聊城 东昌府区税务局
王某某; a 纪检 site (qzjjjc) story on the 新巴镇 小金库; a copy of the report on the 阜阳 国税 窝案; a
中国台湾网 big5 copy of a 工人日报 commentary on the 南溪 地税局 协税员 (traditional); a 新唐人 report
on 河东村 and 叶平阳; a 2047.one repost of a 天津 school accountant's complaint; out: a 税务 blog on
the 聚善堂 v. 漳州 稽查局 judgment, a 金华中院 judgment heading in the 可可美 case (traditional), a
财税法 forum post on the 金创盟/爱华医院 case, a converted copy on the 都昌 左里镇 compensation
(traditional), a 联合报 (udn) report on delayed talent subsidies (traditional), a 国务院督查 item on
乐业 fishery subsidies, a 菏泽 paper on restaurant invoices, a 江西网 report on 味千拉面, a 人民政协网
copy on 朱建民's proposal (traditional) and a commentary on government wage arrears. Eight texts
are in traditional script (items 1, 5, 6, 10, 14, 16, 17, 21; the glossing pinyin of the
converted copies of 006 and 016 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source lines, "原标题" lines, list labels ("基本案情:", "法院判决:") and the truncated
last sentences of the stored copies removed); paragraphs joined; ASCII punctuation written
full-width except inside numbers ("3.6萬/畝", "1000亿~10000亿"); stray spaces
removed ("委托 人" in 013, "惯用的 “营销策略”" in 019). Page oddities kept: "国库帐户" and "冲帐"
(002), "2·11" (004), "“協員”" as this copy writes it (010; another copy has "協×員"), "会管村民组" and
the "五到户" that lists four (011), "都均有" (013), "很干脆的回答" (020).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, firms, businessmen without a post and officials who
only handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text does not tie the person to a named unit; "该县…"/"該市…" written as '县…'/'市…' as
fresh40th.py did. Topics only from the twelve names of triage.md; 挪用, 侵吞 and 套取 of public
money are 贪污贿赂 with 廉洁纪律 (IS.INT.09), as in earlier batches. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 2 (017, 018), 其他 4 (019-022).
23 accused entries, all in items 1-12: 18 with a full name, 2 masked (王某某, 刘某某), 3 post only.
Item 010 is in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Traditional; the 导语 kept, the sub-heading "到底是暴力抗稅還是暴力征稅" cut; ends before the
    truncated "經村幹部說情…(同樣" sentence. The "兩位鄉幹部" of 高村鄉 and the 鄉幹部 who took 葉新超
    to the 派出所 are one post-only entry (None, '鄉幹部', '高村鄉') (a pair as one entry, as
    fresh77th.py did); the 徵稅小分隊 and the 派出所 are a group and an organ; 村幹部葉超林 only took
    the money; 王幸福 is the reporter. Topics 群众纪律 (forced levies, fines without receipts)
    and 滥用职权 (detention).
 2  The sub-heading "机关事务管理局平均每月侵吞6万元" cut; ends before the truncated "此案涉及…"
    sentence. 桂峰 is "(合同制工人)" but works as the 财政局 会计员 who forged the 拨款 papers:
    accused. "县机关事务管理局" as written (no county name in the phrase). The "20多名局股领导" are
    an unnamed group.
 3  "(原标题:…)" cut; ends before the truncated 财政部驻湖北办事处 sentence. 邹求东 was once a
    粮食局 worker but acted as a businessman: not accused. 吴列民 is first '副局长' (later
    "总会计师"); 胡求松's 科 goes into the position, the unit being the 财政局 named before it.
 4  The 提要, "[我来说两句]", the "核心提示" label and the sub-heading cut; ends at "目前下落不明。"
    (the next sentence is cut off). "该县财政局" -> '县财政局'. 徐德堂, head of a 农村信用联社 branch,
    is accused as fresh16th.py treated 信用社 heads; his 分社 goes into the position. 欧阳长青 only
    reported.
 5  Traditional; site header and headline cut; ends before the truncated quote of 潘國民. The
    unnamed 溫桑村黨支部書記 who asked him to fake the papers is a post-only entry; the 審計局 and
    紀委 only found and punished. Topics 廉洁纪律 (套取) and 工作纪律 (伪造材料).
 6  Traditional, glosses removed; the first paragraph (garbled in the copy: "?!迸笥验g"), a
    general paragraph on taxes and the truncated career sentence cut, so "然而" opens two
    sentences in a row as the kept text has it. "該市地方稅務局原副巡視員" -> ('原副巡視員',
    '市地方稅務局').
 7  The page's headline lines, the section heads and the meta first paragraph cut. The reporter
    woman, 李某某 (wife) and the son are not officials. Unexplained wealth: 廉洁纪律 and 贪污贿赂.
 8  A 纪检 site story; ends before the truncated 30.25万 transfer sentence. "时任新巴镇党委书记的
    刘某某" -> ('刘某某', '镇党委书记', '新巴镇') ("时任" dropped). The "新巴镇财政人员" whose personal
    account got the money back is a post-only entry; "连续四任镇党委书记" are an unnamed group;
    程春彬 only investigates; 刁某某 (in the cut part) is private. 八项规定 for the 福利.
 9  City level; the numbered sub-heading cut; ends before the truncated list of further names.
    应某 (who killed her daughter and reported her husband) is not an official; the 14 and the
    "多名国税人员" are unnamed groups. 生活纪律 for 杨东升's 情妇 and 私生子.
10  Traditional, a commentary; ends before the truncated 審計署 sentence. In scope with no entry:
    the 南溪地稅局 as an organ hires young women as 协税员 for 陪吃陪喝 receptions; the writer of
    the 微博 complains but the matter is the bureau's conduct (not mixed). 八项规定 only.
11  Mixed: the villagers' own claim to ten years of 退耕还林 grain subsidy (个人利益诉求) and its
    embezzlement by "镇村干部们和原镇人大主席叶平阳" through the 郭陆滩镇财政所. 叶平阳 has no unit
    in his phrase (None); the 镇村干部们 are an unnamed group; 杨富华 and 姜凤祥 are petitioners.
    Dateline "【新唐人…讯】" cut; the last paragraph (cut off mid-sentence) cut.
12  Mixed, a first-person complaint by a school accountant: her own removal from the 会计岗位 and
    pay cut (个人利益诉求) plus the 小金库, 回扣 and 截留 of the new head. He is first written
    "该校领导陈学东" (no post); post from "校长陈学东", unit the school named in the first sentence.
    "学校其他负责人" are an unnamed group; the 商家 are private. The repost's header lines, the
    heading "一、起因和过程" and the truncated last sentence cut. Could be read as off the theme
    (a school, not a 财政所); kept for the accountant and the 小金库.
13  涉法涉诉: a firm's administrative suit won against a 稽查局 (an organ); 林雅玲, 陈文章 and
    陈文可 appear only as representatives. The blog's title lines and "附判决书" cut.
14  涉法涉诉, traditional: an appeal heading; the 稽查局 and the 公安局 only act. Ends before the
    truncated "2015年8月3日…" sentence.
15  涉法涉诉: a civil suit over who bears the taxes of a 司法拍卖; the 郫筒税务所 only assessed.
    The list lead-in "现将…公布如下:", the case heading and the labels cut.
16  征地拆迁, traditional, glosses removed: villagers say the 镇 "擅自截留" their compensation and
    the 镇政府 answers it keeps it until the villagers agree on a split; an organ, no official
    named: the compensation claim, not mixed. Headline, byline, sub-heading and the sentence
    with the garbled name "張?" cut.
17  个人利益诉求, traditional: delayed talent, housing and firm subsidies; the 财政局 and 政府 only
    answer. Could be read as 其他 (a survey report). Dateline and truncated last sentence cut.
18  个人利益诉求, hard: a fisherman's claim to the county's fishery fuel subsidy, found true and
    paid after 督查; the county's delay is an organ's lapse with no official named and no
    misconduct alleged as such (compare fresh77th.py item 12, where a 财政所 worker's conduct made
    it mixed). Headline, date lines and "大家都在评" cut.
19  其他: refused restaurant invoices; the 地税部门 only answers. The byline "(晁会芹)" cut.
20  其他: a chain restaurant refusing invoices; the 地税局 staff only answer. Caption and dateline
    cut.
21  其他, traditional: a 政协委员's tax-cut proposal. Dateline and editor line cut; one paragraph
    garbled in the copy ("?!爸挥羞@樣", "社?;鹄U費") cut.
22  其他: a commentary on wage arrears owed by government bodies (遂平县公路局, 县教育局, 石排镇政府
    as organs); could be read as 个人利益诉求. Headline cut; ends before the truncated sentence.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH112: list[Item] = [
    # 01
    ('http://news.big5.enorth.com.cn/system/2004/06/30/000811248.shtml',
     '王幸福，河南宜陽農民，祕密調查230起暴力征稅事件（75名羣衆被打傷），無一例是真正抗稅的“釘子戶”'
     '。他撰寫的平生第一份調查報告引起了國家稅務總局、河南農監辦的高度重視。縣長對他表示感謝，並告知對他提'
     '出的建議的處理情況，聘請他爲稅收監督員。暴力征稅讓一個普通農民憤然而起。他，叫王幸福，是河南省宜陽縣'
     '農民。從2002年11月到2003年8月，他先後祕密調查該縣13個鄉鎮的230戶被毆打、被非法拘禁、'
     '被搶糧搶物的農家。當他那份含着泥水、血水、汗水和淚水的60多頁調查報告輾轉送到河南省和國家稅務總局等'
     '有關部門時，暴力征稅事件終於露出了冰山一角。2002年11月12日上午，河南省宜陽縣高村鄉兩位鄉幹部'
     '來到該鄉葉溝村村民葉彥智家催繳農業稅。“今年農稅改革，國家規定徵收哪幾項啊？”48歲的農民葉彥智詢問'
     '道。“反正就是這一疙瘩，寫在紙上的全是農業稅，你不交有人來收拾你。”鄉幹部很不高興地回答。第二天一大'
     '早，葉彥智按照鄉里定的農業稅稅額把錢交給了村幹部葉超林。然而，當葉彥智回到家門口，卻被等候在那裏的、'
     '身穿迷彩服的高村鄉徵稅小分隊扭上車，拉到了高村派出所。後來葉彥智的家人向派出所交了200元罰款（沒開'
     '收據）後他才被放行。至此，葉彥智在派出所裏從早上9時捱到次日凌晨1時。與葉彥智相比，葉溝村村民葉新超'
     '更冤枉。11月13日，葉新超拿着錢趕到收稅地點準備交稅，但他發現鄉政府賬上的畝數與自己家的實際畝數不'
     '符。他實種8畝地，而鄉里卻讓他按16.2畝納稅。詢問與反駁中，葉新超說了幾句過激的話。結果，葉新超被'
     '鄉幹部用警車拉到鄉派出所。在派出所裏，他被迫脫掉大衣和棉鞋，跪在水泥地上。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [(None, '鄉幹部', '高村鄉')]),
    # 02
    ('http://finance.sina.com.cn/roll/20060313/0806592069.shtml',
     '一个以“拨款”支付“修缮费”、“领导差旅费”、“接待费”、“会议费”、“小汽车修理费”、“购置费”等'
     '名义侵吞国库资金的犯罪群体，在短短的两年时间内，侵吞了150万元，其中130多万元落入了个人腰包。人'
     '民的血汗钱国库资金在海南临高县成了一群腐败分子的“盘中餐”、“唐僧肉”。据检察机关介绍，海南临高县最'
     '近挖出的这个犯罪集团涉及14部门，有20多名局股领导（其中6人已判刑）参与，共“拨款”作案50次。2'
     '002年4月，人民银行临高县支行国库股办事员符嘉杰和临高县财政局会计员桂峰（合同制工人）开始合谋私分'
     '国库款。因单位拨款需划转到一个机关才能取现，他们便通过县机关事务管理局车管股副股长陈亚良，征得县机关'
     '事务管理局局长陈安荣同意，由桂峰私自填写或打印预算拨款凭证，再由符嘉杰利用掌管单位拨款审核印鉴的便利'
     '条件，在预算拨款凭证上盖章后，通过交换总台，将国库资金从县财政局国库帐户转入县机关事务管理局账户。然'
     '后由陈亚良以虚开的发票“报销”或办理借款手续（事后再拿虚开的发票冲帐）交陈安荣“审批”，一切“合法手'
     '续”便完成，即可取出现金私分。自2003年9月8日至2004年8月5日，不到一年时间，符嘉杰、桂峰、'
     '陈亚良采取上述手段侵吞国库资金22笔，平均每月两笔；合计64.8万元，平均每月近6万元。全部款项除了'
     '机关事务管理局单位留下2万，陈安荣个人得4万，其余全部由3人私分。据县机关事务管理局原局长陈安荣交代'
     '，陈亚良讲人民银行经费要通过县机关事务管理局取现返还，他同意这个操作。款项划拨过几笔后，陈亚良开始给'
     '他送钱，并明确告诉他，这是人民银行给他的“感谢费”。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('符嘉杰', '国库股办事员', '人民银行临高县支行'), ('桂峰', '会计员', '临高县财政局'),
      ('陈亚良', '车管股副股长', '县机关事务管理局'), ('陈安荣', '局长', '县机关事务管理局')]),
    # 03
    ('https://nanfei8.com/zonghexinwen/guoneixinwen/2016-06-21/32133.html',
     '一名商人骗得国家财政拨款720万元案发，4名受贿的政府官员因此落马，昨日（6月20日）湖北武汉市检察'
     '院公布了此案。该案中，省发改委调研员张纪文因受贿、玩忽职守被判刑十年六个月；新洲区发改委调研员周福林'
     '因受贿罪获刑六年；新洲区财政局副局长吴列民、经济建设科科长胡求松因滥用职权罪、受贿罪分别获刑六年和六'
     '年半。他们都是被商人邹求东拉下马的，邹求东被判十二年。年过五旬的邹求东原是新洲区粮食局职工，2003'
     '年下海经商，成立星球米业有限公司。2010年邹求东得知国家对于新兴节能环保项目财政补贴高，星球米业以'
     '投资7682万元新建环保稻草复合人造板项目为由，申请中央财政补助资金770万元。该项目初审单位是省发'
     '改委，邹求东找到新洲区发改委副主任周福林，经周引见结识省发改委环境资源与综合利用处调研员张纪文。邹求'
     '东达不到申报要求，伪造了银行资信证明、环评文件、土地证明等资料，提交了项目申请。张纪文明知此情，反而'
     '帮助该项目通过了国家发改委的评审。星球米业的复合人造板项目获中央财政预算内投资资金770万元。201'
     '1年10月，770万资金经省、市财政部门逐级拨付至新洲区财政局国库账户，将由该局经济建设科按进度逐次'
     '拨付。该科科长胡求松和区财政局总会计师吴列民发现星球米业未按照批准项目要求着手建设，明显达不到拨款条'
     '件。胡求松和吴列民本应停止拨付项目资金，但分别接收了邹求东25万元和5000元贿赂后签署拨款意见，致'
     '使星球米业先后拿到400万元和320万元。拨款期间，张纪文隐瞒情况，接受邹求东20万元贿赂。中间人周'
     '福林获得了邹求东的5万元赃款。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('张纪文', '调研员', '省发改委'), ('周福林', '调研员', '新洲区发改委'),
      ('吴列民', '副局长', '新洲区财政局'), ('胡求松', '经济建设科科长', '新洲区财政局')]),
    # 04
    ('https://news.sohu.com/20110218/n279398134.shtml',
     '江西省鄱阳县，是一个国家级贫困县，2010年全县地方财政收入4.1亿元，却在数年间被人套取转移900'
     '0多万财政资金。2月17日，在闹元宵的鞭炮声中，记者来到鄱阳县，探寻9000多万资金“蒸发”背后的真'
     '相。2月11日下午5时许，鄱阳县公安局接到报案：该县财政局经建股股长李华波伙同县农村信用联社城区分社'
     '主任徐德堂等人，涉嫌转移财政局存储在农村信用联社城区分社的资金9400万元。鄱阳县财政局局长欧阳长青'
     '回忆说，11日中午，李华波给财政局分管领导打来电话，承认私刻公章转移资金；还留下一封信，托李华波的妹'
     '夫交给徐德堂，再转交给欧阳长青。欧阳长青马上开出紧急提款通知单，让工作人员到银行提取资金，发现账户上'
     '已经没有那么多钱，随后向公安机关报案。案情重大，鄱阳县公安局立即向县委、县政府紧急汇报。“2·11”'
     '案件领导小组迅速成立，并派遣县经侦大队全体侦查人员对涉案人员住所和社会关系调查布控，徐德堂和县财政局'
     '经建股专户管理员张庆华落网，而李华波及妻儿早已分批逃离鄱阳，目前下落不明。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('李华波', '经建股股长', '县财政局'), ('徐德堂', '城区分社主任', '县农村信用联社'),
      ('张庆华', '经建股专户管理员', '县财政局')]),
    # 05
    ('http://m.mkcnfr.com/c/2015-12-04/641476.shtml',
     '“他個人一沒貪二沒占，被查處是因為利用職務便利，偽造材料、虛開單據為幾個村套取了農村集體公益事業‘一'
     '事一議’財政獎補資金。雖說這些錢都沒落入個人腰包，也用在了村集體事業發展上，但是改變不了其行為的違紀'
     '性質。”12月2日，山東省章丘市紀委干部對日前查處的一起利用職務便利違規套取財政資金的典型案例進行了'
     '討論。在今年5月的一次財政扶貧資金專項審計中，濟南市審計局發現垛莊鎮溫桑村以兩個蓄水池名義違規重復申'
     '請扶貧資金、“一事一議”資金數萬元，便向章丘市紀委移送了問題線索。垛莊鎮“一事一議”辦公室原主任潘國'
     '民，在監督管理轄區內農村“一事一議”財政獎補項目實施過程中，多次利用職權，幫助村級偽造施工合同、招投'
     '標資料，虛開項目支出單據，累計幫助套取“一事一議”財政獎補項目資金39.2萬元。這些獎補資金未能根據'
     '規定做到“專款專用”，而是用在了非所申報項目的村集體事業中。最終，潘國民被章丘市紀委監察局給予開除黨'
     '籍、行政撤職處分。“‘一事一議’獎補資金申領有嚴格流程，要經過工程決算、鄉鎮初驗、填寫報表、縣級驗收'
     '等多道關口，溫桑村連續兩次虛報套取資金，背后是否有政府監管人員參與？”章丘市紀委進行了深入調查，掌握'
     '了潘國民幫助偽造招投標材料、施工合同、驗收材料的違紀事實，并對其進行立案調查。據潘國民交代，2011'
     '年4月，溫桑村黨支部書記找到他，說村里缺少集體資金，平時想修路、裝路燈、鋪自來水管道都干不了。他們想'
     '弄一筆“一事一議”資金出來用，但是沒有項目可申請，讓他想辦法幫忙。',
     'in', None, False, ['廉洁纪律', '工作纪律'],
     [('潘國民', '“一事一議”辦公室原主任', '垛莊鎮'), (None, '黨支部書記', '溫桑村')]),
    # 06
    ('http://zgkjsz.com/page/2018/1211/11155061.shtml',
     '2018年5月3日，廣州市中級人民法院對外公布了該市地方稅務局原副巡視員（副廳級）、曾常年擔任廣州市'
     '轄區地方稅務局局長的黃業生受賄案一審審理經過。黃業生用稅收政策紅利做人情，大搞涉稅權錢交易，在利用公'
     '權力增進私人友誼的同時，借機中飽私囊。然而，就是這個他與朋友經營多年且自以為“雙贏”的棋局，最終卻落'
     '了個雙雙落入法網的結局。然而，現實生活中，卻有一些別有用心的稅官，通過行使稅收管理職權借機中飽私囊。'
     '本案主人公黃業生，就是這樣一名稅官。這名曾長期擔任基層地方稅務局局長的一把手稅官，把行使稅務管理的職'
     '權作為生財之道，把稅收政策當成與朋友進行感情投資的資本，想方設法幫助朋友享受稅收政策紅利，并借機斂財'
     '。在16年的時間里，黃業生通過為一些涉案企業單位開展代征代售印花稅業務、經營場地租賃、稅收征收管理等'
     '事項上提供幫助，收受賄賂460余萬元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('黃業生', '原副巡視員', '市地方稅務局')]),
    # 07
    ('https://ayfxmy.com/post/21708.html',
     '8月9日下午，一名女子在社交媒体平台上实名举报山东省聊城市东昌府区税务局的一名税务干部王某某及其家庭'
     '成员（妻子李某某和儿子）名下存在高达4000万元的进款，且这些资金的来源不明，举报人指出，王某某一家'
     '三口均为上班族，并未从事任何商业活动，仅凭工资收入难以合理解释如此巨额的财产积累，这一举报迅速在网络'
     '上发酵，引发了社会各界的强烈反响。举报视频中的女子言辞恳切，对王某某一家财产来源的质疑直击人心，她表'
     '示：“他们三人都没有做过任何的生意，都是上班族……都是挣死工资的，这些钱是在哪里来的？”这一质疑不仅'
     '代表了举报人个人的困惑，也反映了公众对于公职人员财产透明度的普遍期待，在反腐倡廉成为时代强音的今天，'
     '任何涉及公职人员经济问题的举报都极易触动公众的敏感神经，引发广泛讨论。面对舆论的强烈关注，聊城市税务'
     '部门迅速作出回应，工作人员证实，王某某确系聊城市东昌府区税务局的税务干部，但已退休，他们表示已接到相'
     '关举报，并自去年起就开始了对该事件的调查工作，这一回应虽然表明了官方的积极态度，但调查的长期性和复杂'
     '性也让公众对于最终结果的期待更加迫切。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('王某某', '税务干部', '聊城市东昌府区税务局')]),
    # 08
    ('http://qzjjjc.gov.cn/x/?d=1172&l=146',
     '持续五年之久，侵吞截留十余项扶贫项目资金，涉案金额逾百万元，涉及连续四任镇党委书记……2018年2月'
     '9日，贵州省贵定县新巴镇套取扶贫资金违规设立“小金库”问题在中央纪委网站曝光。2017年4月，贵州省'
     '审计厅在对贵定县新巴镇易地扶贫搬迁项目的审计中，发现有一笔由工程承建老板打回新巴镇财政人员个人账户的'
     '资金。这笔不寻常的回流资金疑点较大，可能涉嫌违纪违法，遂按程序将问题线索移交到贵定县纪委。“会不会又'
     '是资金往来操作不规范？”这是贵定县纪委干部拿到线索的第一反应。操作不规范是乡镇财务的“常病”，不属于'
     '纪委的管辖范畴，对此，办案人员一开始并没有太过在意。贵定县纪委书记程春彬隐隐感觉事情并没有那么简单，'
     '“每一条线索都要认真对待，特别是扶贫领域，决不能有丝毫马虎。”随着调查深入，工作人员发现事情果然没有'
     '那么简单，隐藏颇深的新巴镇“小金库”逐渐浮出水面……一切是从2012年开始的。新巴镇地处高寒地区，主'
     '要农作物玉米产量较低，经济发展滞后。在这种大环境下，新巴镇干部职工的工作条件也较为艰苦，就连平日吃饭'
     '的食材都需要每周集中到县里采购。面对这样的环境，时任新巴镇党委书记的刘某某回忆说：“大家工作没有积极'
     '性”，“不发点福利，干部职工都很有意见。”可发福利的钱从哪来呢？办公桌上的金银花种植扶贫项目书让刘某'
     '某“眼前一亮”。“减少点数量，多开点发票，有谁看得出来呢？这高寒之地作物产量低、成活率受影响很正常嘛'
     '。”2012年7月初，贵定县林业局将金银花种植扶贫项目款30.25万元转入新巴镇财政账户。',
     'in', None, False, ['廉洁纪律', '贪污贿赂', '八项规定'],
     [('刘某某', '镇党委书记', '新巴镇'), (None, '财政人员', '新巴镇')]),
    # 09
    ('http://cv123.cn/news/hyzx/2738.html',
     '近期，化名“范明”、外逃近两年的安徽省阜阳市国税局原局长柴国良，欲从加拿大温哥华乘机潜入国内，在广州'
     '白云机场被缉捕归案。记者调查了解到，在柴国良外逃前后，阜阳国税系统的塌方式腐败被挖出。截至目前，至少'
     '已有14人落网，包括市局领导2名，阜阳城区3名区局局长，4名区县局副局长、分局局长和数名科长。其中，'
     '个人贪腐数额最大的达2200多万元。尤为恶劣的是，多名国税人员监守自盗，利用国家优惠政策内外勾结骗取'
     '税金。这起腐败窝案的案发，竟起于一名国税局领导妻子“杀女举报丈夫”的悲剧。2013年5月3日晚，地处'
     '阜阳市繁华地段的中央豪景小区发生一起命案：住户应某将13岁的女儿勒死在家中。作案后，应某打电话通知其'
     '夫——阜阳市经济技术开发区国税局副局长杨东升。应某为何要杀死亲生女儿？据了解，其夫杨东升早在阜阳市下'
     '辖的界首市工作时，就另有情妇和私生子，调阜阳工作后，杨仍长期在两个家庭间周旋，应某对此无法接受。为了'
     '报复，应某向有关部门举报丈夫的贪腐行为，但多次举报未果，便产生了“全家同归于尽”的极端想法。案发后，'
     '应某被鉴定患有精神疾病。惨案的发生，令杨东升的贪腐问题公开，他闻风出逃。随后，办案机关根据线索将杨东'
     '升的“死党”——阜阳市颍州区国税局局长方伟控制。方伟在交代自己问题的同时，提供了抓捕杨东升的线索，并'
     '检举了其他数人涉案金额共达2000万元以上的经济问题。据办案人员介绍，方伟、杨东升的落马揭开了阜阳国'
     '税系统腐败的盖子，二人的案情牵出众多行贿人，这些行贿人的供述又牵扯出更多的国税干部。',
     'in', None, False, ['贪污贿赂', '生活纪律'],
     [('柴国良', '原局长', '阜阳市国税局'), ('杨东升', '副局长', '阜阳市经济技术开发区国税局'),
      ('方伟', '局长', '阜阳市颍州区国税局')]),
    # 10
    ('http://big5.chinataiwan.cn/plzhx/dlgc/shizheng/201208/t20120824_2989531.htm',
     '8月21日，一條關於四川宜賓南溪區地稅局《獎懲制度》的微博在網上出現。一位疑似該局的協稅員稱“201'
     '0年一批年輕美貌院校女生招聘到南溪地稅局”，“工作中需陪吃、陪喝、陪跳，簡直把我們當成‘三陪’女”。'
     '（見8月22日《南方日報》）這樣一則由“美貌女協稅員”、“三陪”、“會務接待”等一長串醒目“關鍵詞”'
     '構成的微博曝料，會給人留下許多“曖昧”意味的官場“情色”腐敗想像。但筆者覺得，如果上述微博內容屬實的'
     '話——女協稅員工作確實像“三陪”，不失為一隻值得解剖的“五臟俱全的麻雀”，我們可以從中窺見許多官場真'
     '相。比如，“協員”之類“臨時工”氾濫的真相。“協員”不是一個讓我們感到陌生的詞，如城管部門的“協管員'
     '”、公安部門的“協警”等。在許多輿論關注的執法事件中，被及時處理的往往首先也是這些“協員”。而上述事'
     '件的新穎和讓我們長見識之處僅在於，她們是“年輕美貌的女協稅員”，且並不怎麼直接“協稅”而主要協的是“'
     '會務接待”。比如，“接待就是生産力”的真相。此前有地方接待部門公開打出“接待就是生産力”的標語，被普'
     '遍認為“是一句大實話”。地方稅務局專門招聘“美女協稅員”用於會務接待，再次見證了這種“生産力”的存在'
     '。在我國現行稅制下，一些地方基層政府的財政稅收匱乏，許多基層政府的財政稅收不僅需要直接收稅獲取，更須'
     '仰仗上級的“財政返還”、“轉移支付”。而在“軟約束”的預算制度下，這些“返還”、“轉移”，究竟具體給'
     '多少、給誰，事實上往往缺乏嚴格規範，甚至靠下級“跑部錢進”、不得“怠慢領導”的出色接待。',
     'in', None, False, ['八项规定'],
     []),
    # 11
    ('https://www.ntdtv.com/gb/2011/10/07/a599800.html',
     '2011年10月5日上午，河东村部分农民代表在会管村民组组长杨富华的家门口举行选举宣传和填写“选票”'
     '活动；在推动选举的同时，河东村农民还要加大维权力度向郭陆镇镇政府追讨，从2002年至今的“退耕还林”'
     '粮食补助资金。河东村共计8个村民组，全村一千多亩的山地被“退耕还林”，栽上了白杨树。每年每亩220元'
     '的退耕还林粮食补助资金被镇村干部们和原镇人大主席叶平阳伙同侵吞：名义上由叶平阳一人“承包”河东村8个'
     '村民组的一千多亩“退耕还林”的山地，一千多亩的退耕还林粮食补助资金以“叶平阳领取的”为名直接从郭陆滩'
     '镇财政所截留后镇村干部合伙均分。按照河南省人民政府2004年颁发的《河南省人民政府办公厅关于转发省财'
     '政厅河南省退耕还林补助资金兑现实施方案的通知》（豫政办【2004】95号）的文件规定：乡（镇）村两级'
     '基层政府必须切实做到“五到户”，即政策宣传到户、底册编制到户、张榜公示到户、通知书发放到户。文件同时'
     '还规定：乡（镇）村两级基层政府必须严格执行“六不准”，即不准虚报冒领粮食补助资金、不准由村组集体代领'
     '粮食补助资金、不准用粮食补助资金抵扣任何集体债务和款项、不准截留挤兑和挪用粮食补助资金、不准借发放粮'
     '食补助资金存款折之机向农民收取任何费用、不准拖延粮食补助资金兑现时间。',
     'in', None, True, ['贪污贿赂', '群众纪律'],
     [('叶平阳', '原镇人大主席', None)]),
    # 12
    ('https://2047.one/u/9985',
     '即便在食不果腹的年代，我们也曾经有过“再穷不能穷教育，再苦不能苦孩子”的口号，但是天津市滨海新区塘沽'
     '向阳第三小学竟出现了从学生午餐费和校服款及工程项目拿回扣的腐败现象。该校领导陈学东与商家合谋克扣学生'
     '餐费，用于私设小金库，贪污截留剩余款。在陈学东到任该校的短短三个月时间里，陈学东从每个学生每天15元'
     '的餐费中拿近1元钱回扣及工程回扣款，私设小金库108082.5元，截留尾款25756.69元由其支配'
     '挥霍。学校其他负责人将贪腐的魔爪伸向孩子校服，多次私分回扣款。此现象影响了学生的身体和身心健康，这是'
     '教育系统内职业道德的沦陷。为掩盖事实，陈学东对举报者打击报复。我在天津市滨海新区塘沽向阳第三小学从事'
     '财务工作近30年，陈学东到任仅3个月（除去寒假），由于我在执行财务制度和履行会计职责时阻碍了陈学东的'
     '贪腐道路，校长陈学东以“莫须有”借口把我强行调离会计岗位，调岗降薪，并扬言让我调离学校。',
     'in', None, True, ['贪污贿赂', '廉洁纪律', '群众纪律', '滥用职权'],
     [('陈学东', '校长', '天津市滨海新区塘沽向阳第三小学')]),
    # 13
    ('https://xinxueguanw.cn/shenghuo/938648.html',
     '在增值税专用发票虚开案件中，税局常以“三流”一致作为是否构成虚开增值税专用发票的判断标准。聚善堂（福'
     '建）医药集团有限公司与福建省漳州市国家税务局稽查局行政处罚一案，就是典型的被稽查局认定为无货虚开、存'
     '在资金回流的虚开案。本案涉及如下争议焦点（1）定西市国家税务局稽查局作出的《已证实虚开通知单》，是否'
     '可以作为本案定案依据？（2）本案是否存在资金回流，资金回流是否就能证明聚善堂与涉案企业之间存在虚假交'
     '易，存在虚开？（3）稽查局所作的处罚决定是否程序合法？针对以上争议焦点，法院判决均作出了回应。本案无'
     '论是从虚开事实的认定层面，还是税局进行税务稽查作出处罚决定程序是否合法层面，对于企业防范虚开风险以及'
     '处理涉税争议，都均有参考借鉴价值。本案稽查局最终败诉的根本原因在于所提供的证据链条并不完整，无法证明'
     '虚开和资金回流的事实，并且存在严重的程序违法，最终面临败诉的执法风险。笔者将法院的判决书进行节选归纳'
     '，以飨读者。福建省漳州市中级人民法院行政判决书（2016）闽06行初91号原告聚善堂（福建）医药集团'
     '有限公司，住所地漳州市龙文区蓝田镇水仙大街南侧。法定代表人林雅玲，董事长。被告福建省漳州市国家税务局'
     '稽查局，住所地漳州市芗城区水仙大街47号。法定代表人陈文章，局长。委托人陈文可，男，福建省漳州市国家'
     '税务局稽查局工作人员。原告聚善堂（福建）医药集团有限公司因不服被告福建省漳州市国家税务局稽查局税务行'
     '政处罚一案，于2016年12月2日向本院提起诉讼。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://ppfocus.com/0/ed5ad7bcc.html',
     '浙江省金華市中級人民法院行政判決書（2019）浙07行終671號上訴人（原審原告）義烏市可可美針織廠'
     '。被上訴人（原審被告）國家稅務總局金華市稅務局第二稽查局。被上訴人（原審被告）義烏市人民政府。原審第'
     '三人義烏市展鴻紡織品有限公司。上訴人義烏市可可美針織廠（以下簡稱可可美廠）與被上訴人國家稅務總局金華'
     '市稅務局第二稽查局（原義烏市地方稅務局稽查局）、義烏市人民政府、原審第三人義烏市展鴻紡織品有限公司（'
     '以下簡稱展鴻公司）撤銷稅務行政決定一案，不服浙江省蘭谿市人民法院（2019）浙0781行初7號行政判'
     '決，向本院提起上訴。本院受理後，依法組成合議庭進行了審理。本案現已審理終結。原審法院認定：2013年'
     '9月30日，義烏市地稅局稽查局接實名舉報：展鴻公司於2009年2月將廠房轉讓給原告可可美廠時，故意隱'
     '瞞轉讓價格，逃避稅費，要求查處。2015年1月4日，義烏市地稅局稽查局對展鴻公司作出義地稅稽處（20'
     '15）1號《稅務處理決定書》、義地稅稽罰（2015）1號《稅務行政處罰決定書》，於2015年1月12'
     '日通過《義烏商報》向展鴻公司公告送達上述決定書。義地稅稽處（2015）1號《稅務處理決定書》的主要內'
     '容為認定第三人展鴻公司於2009年2月將廠房轉讓給原告可可美廠的成交金額為850萬元，扣除已申報的各'
     '項稅費，應補繳稅費、滯納金合計4432841.96元；其中決定書第二條第七項：根據《中華人民共和國稅'
     '收徵收管理法》第64條第1款、《中華人民共和國土地增值稅暫行條例》第2、4、5、7條規定，追繳土地增'
     '值稅2094545.95元。因該公司涉嫌觸犯《中華人民共和國刑法》第二百零一條規定，義烏市地稅局稽查'
     '局於2015年3月16日依法將該案移送義烏市公安局。2015年3月18日，義烏市公安局對該案進行立案'
     '偵查。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://bbs.xqtax.com.cn/archiver/?tid-27456.html',
     '2022年10月15日至12月16日，中国法学会财税法学研究会、首都经济贸易大学法学院、首都经济贸易'
     '大学财税法研究中心、德恒律师事务所组织开展了2022年度影响力税务司法审判案例评选。本次案例评选范围'
     '为2021年11月1日至2022年12月10日期间各级法院公开的涉税司法案例。经过案例搜集整理、筛选'
     '提名、评选委员会投票和推荐等严格程序，评选委员会最终确定了十个年度影响力税务司法审判案例。郫都区法院'
     '在该院淘宝网司法拍卖网络平台对爱华医院的土地及设备进行拍卖，金创盟公司竞得。国家税务总局郫都区税务局'
     '郫筒税务所要求爱华医院申报案涉土地税务事项，包括城镇土地使用税、增值税、城建税及附加土地增值税、印花'
     '税、企业所得税。爱华医院缴纳税款后，根据司法拍卖合同中的包税条款，要求金创盟公司承担包括城镇土地使用'
     '税在内的所有税款，金创盟公司拒绝。爱华医院遂向法院起诉，请求金创盟公司向爱华医院支付不动产过户需清缴'
     '的税款及滞纳金。一二审法院支持爱华医院诉请。最高人民法院再审撤销一审、二审判决，判决金创盟公司仅承担'
     '除城镇土地使用税之外的税款。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://m.lqfengji.cn/2904.html',
     '去年8月，都九高速公路（都昌至九江）正式開工，對沿線的征地、拆遷相關資金也保障到位。這條高速公路破土'
     '動工半年多后，今年5月上旬，都昌縣左里鎮村民通過中國江西網發帖投訴，稱土地補償款一直被左里鎮財政截留'
     '，不向村民發放。5月8日，都昌縣左里鎮政府解釋，稱村民對土地補償款的分配方案有爭議，遵循村民自治的原'
     '則，鎮政府不能參與對分配方案的擬定。目前村民還沒有拿出分配方案，鎮政府將這筆近200萬土地補償款存放'
     '在財政賬戶，暫為保管。都昌縣左里鎮新湖村的張武反映，鎮政府擅自截留村民的大筆土地補償款，其中，包括他'
     '家的征地款10萬元左右。他告訴記者，2014年9月，隨著都九高速的開工，左里鎮的公告內容中，對征收農'
     '民的土地價格分4個標準：水田、菜園3.6萬/畝，旱地2.4萬/畝，水塘1.2萬/畝，山林1.05萬/'
     '畝。新湖村委會張家湖村小組有10戶村民的土地在征收范圍，征地款在100萬元左右。時至今日，村民被征收'
     '的土地已經建成了高速路基，這10余戶村民卻沒有領到土地補償款。新湖村委會高家橋村小組，也有近百萬土地'
     '補償款沒有發放到位。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://udn.com/news/story/7333/9026593',
     '中國多地財政吃緊，不在基本「三保」（保民生、保工資、保運轉）範圍的人才補貼、購房補貼和企業獎補都出現'
     '延遲，有些已經一年多未發放。澎湃新聞本月報導，山東省海陽市一名網友透過市政府官網諮詢人才補貼發放問題'
     '。該網友稱，新一年的人才補貼都申請完了，2024年的補貼還沒發。海陽市政府回應稱，經查，當地人才補貼'
     '申請數量較多、涉及金額大，造成了部分延遲發放的問題。經協調，財政部門表示會於今年11月20日前撥付資'
     '金然後發放。在湖南省江永縣，近期也有網友反映人才引進補貼已經拖欠8個月了，購房補貼也已拖欠了。江永縣'
     '財政局8月末就此答覆稱，經核實當地引進人才補貼部分單位發放到2024年6月，有部分單位發到2023年'
     '12月。當地政府對於引進人才補貼沒有及時支付深表歉意，指當前支出進度偏緩，「需要循序漸進，逐步解決」'
     '。江永縣財政局、縣人社局在回應相關問題時透露，目前該縣財政支出進度偏緩。引進人才補貼不在「三保」範疇'
     '，導致引進人才補貼沒有及時支付。在江西寧都縣，其縣委人才工作領導小組辦公室7月時也說，2023年度人'
     '才補貼未能及時撥付到位，預計會延後發放。該縣財政「正在積極籌措資金」。此外，據報導，有廣西柳州市政協'
     '委員表示，當地制定了對企業的一攬子補貼政策，估計補貼資金有人民幣幾十億元，但「資金都沒有及時撥付給企'
     '業」。他建議政府先促進銀行對享受補貼企業發放無抵押貸款，等政府補貼到位了，銀行直接劃走，企業不再承擔'
     '利息。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://shicaozhen.com/m/view.php?aid=184908',
     '百色市乐业县刘先生通过国务院“互联网+督查”平台反映，乐业县迟迟未发放2018年度渔业油价补贴。国办'
     '督查室对刘先生留言初步核实后，及时转广西壮族自治区政府核查办理。广西壮族自治区政府接到国办督查室转送'
     '的问题线索后，立即组织核查办理。经核查，刘先生反映的问题属实。2019年12月，广西壮族自治区下达给'
     '乐业县中央渔业成品油价格改革财政补贴资金81.14万元，用于该县2018年度渔业油价补贴。经审核，乐'
     '业县共有163艘渔船符合补贴发放要求，涉及补贴金额80.34万元。但该县以银行新旧系统更换等为由，截'
     '至核查时仅发放了1艘渔船0.6万元补贴资金，其余162艘渔船共计79.74万元补贴资金未及时发放到位'
     '。经督促，乐业县已将未及时发放的2018年度中央渔业成品油价格改革财政补贴资金79.74万元全部发放'
     '到位。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://bz.heze.cn/html/2008-02/27/content_3_2.htm',
     '王先生告诉记者，自己在曹州路一家饭店请朋友吃饭，结账时店主却说没有发票，承诺给王先生打折扣。在王先生'
     '的一再坚持下，饭店服务人员只好在外面给王先生找来几张发票。王先生说，当天，在同一家饭店就餐当中，有的'
     '索要发票未果而不了了之，有的消费者享受了打折不要发票的待遇。市民李女士向记者透露，有的餐馆会拿一些其'
     '他发票充数，有一次给她的发票刮奖区都被刮开了。宋女士告诉记者，自己常在住处附近的饭店用餐，饭店一般都'
     '会问清她是否要发票，不要发票才送活动礼品，或对餐费进行打折。记者了解到，不少中小型饭店以种种礼品诱导'
     '消费者放弃索要发票，有的则是在菜价上进行优惠，没有发票多是借口。针对此事，记者咨询了市地税部门，地税'
     '部门认为，经营者的目的是赢利，以各种借口拒开发票给消费者，都是惯用的“营销策略”，目的就在于避税。对'
     '于这种违法行为，消费者应据理力争。若遇到这种情况，可以通过地税部门的举报电话，由地税部门查证属实后对'
     '违法经营者进行处罚。举报时，应注意收集商家开出的具有盖章或签名的有关收据。若收到不合法或不齐全的凭证'
     '，应坚决予以拒绝，维权索取发票是消费者的权利。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://redsh.com/pinpai/20110726/104207.shtml',
     '“不好意思，没有发票”、“发票用完了！”9月7日，市民杨小姐致电本网新闻热线反映，南昌市中山路味千拉'
     '面（中山店）经常拒开发票。“因为喜欢面食，我经常约朋友在这里吃饭。但是每次要求服务员开发票时，他们不'
     '是说用完了就干脆说没有。”杨小姐说。8日晚，记者随杨小姐来到这家位于南昌市中山路的味千拉面店，用餐完'
     '毕要求服务员开发票，服务员很干脆的回答“没有”，问其原因，服务员改口称“发票用完了”，当记者再次追问'
     '“为什么每次来你们都说用完了”，服务员转身离开收银台。“以前在一些小餐馆吃饭，店家没有发票还会说一大'
     '堆理由。可是这么大一家店，却经常以没有发票为由拒绝我们的合理要求，我们很想知道，味千拉面拒开发票究竟'
     '是为了逃避什么？”采访中，多数顾客认为这种明目张胆拒开发票是一种逃税行为，相关部门应该加大监督查处力'
     '度。据南昌市地税局工作人员介绍，根据相关规定：“经营者提供商品或者服务，应当按照国家有关规定或者商业'
     '惯例向消费者出具购货凭证或者服务单据；消费者索要购货凭证或者服务单据的，经营者必须出具。”对于这一现'
     '象，南昌市地税局工作人员表示将立即进行调查取证，进行处理，同时通过中国江西新闻网提醒广大市民，发票是'
     '证明消费者和商品销售者之间发生关系的重要凭证，作为消费者需要养成消费后及时索要发票的习惯，以免产生消'
     '费维权困境。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.mkcnfr.com/c/2019-03-08/2305177.shtml',
     '去年11月，習近平總書記在民營企業座談會上提出大力支持民營企業發展的六大舉措，其中排在首位的就是“減'
     '輕企業稅費負擔”。李克強總理在今年的政府工作報告中，再次提出“要明顯降低企業社保繳費負擔”。大幅減稅'
     '降費政策如何落地落實？全國政協委員、奧克集團董事局主席朱建民建議盡快制定并公布普惠制減稅降費的實施辦'
     '法。朱建民建議，在推進普惠制減稅降費的基礎上，對需要加速供給側結構性改革的戰略型新興產業和國家發展戰'
     '略的區域，要進一步予以更大的差別化的減稅降費政策，做到精準施策。國家有關部門在起草制定相關政策時，要'
     '充分吸納行業組織和有代表性的企業參加政策的起草，充分聽取各行各業的意見，切實做到緊貼實際、務實高效。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://zgmgxd.com/news/show-831.html',
     '拖欠农民工工资主要集中于工程建设领域，这是有官方定论的，国家统计局历年发布的《全国农民工监测调查报告'
     '》即说明这一点。因此包工头、施工企业往往被认为是农民工欠薪问题的罪魁祸首，这自是没错。但很多时候，包'
     '工头、施工企业拖欠农民工的钱，是因为拖欠包工头的钱，而工程发包方又拖欠施工企业的钱。而工程发包方，有'
     '私人作坊，有中小企业，更有政府部门。换言之，农民工被欠薪，其中很大一部分是政府部门在欠。去年底至今年'
     '初，各地方相继披露2015年最新地方债务数据。25个省份债务规模从1000亿~10000亿元不等。江'
     '苏、山东、浙江、广东、辽宁、贵州等六省债务规模均超9000亿元。政府“差钱”，其直接后果是与政府投资'
     '项目相关工程款就会被拖欠，以山东为例，截至2014年底，该省17个市（含所属县乡）政府拖欠工程款10'
     '06.07亿元。位于债务链最末端的农民工工资被拖欠就是自然而然的事情了。当然，这也不是什么新问题，早'
     '在2003年通过中国工程建设信息网上报的1860亿元已竣工项目拖欠工程款中，政府投资项目就占40%以'
     '上。业内甚至流传这样一句话，政府工程竣工之日，往往就是农民工开始讨薪之时。2011年，河南省高院院长'
     '替农民工讨薪的新闻曾引起舆论热议，而欠薪单位则是遂平县公路局；新疆伊犁州察布查尔自治县农民工索传平奔'
     '波27年才讨回5000多元工钱，而欠他钱的则是县教育局；2012年，广东东莞市石排镇政府的园林绿化工'
     '程拖欠施工单位210万元工程款，致使许多在此干了一年多的农民工拿不到工钱、春节回不了家。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH112, "fresh112")
