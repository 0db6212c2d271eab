"""Sealed batch fresh118: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh116th.py; the batch and its row ids are "fresh118".)

Theme: housing provident funds and state-owned banks, mostly at county level: 住房公积金 (and 住房资金)
管理中心 heads and staff diverting or lending out the fund, a 副市长 over the fund, county and township
branches of 农行, 建行, 工行, 中行, 农发行 and 邮储 whose heads and staff diverted deposits, forged bills, took
kickbacks for loans or were fined for loan management, a county party secretary's land money
parked in the 农行, a 村书记 who took loans made in villagers' names and a 农行 支行行长's private borrowing
under the bank's seal; out items are depositors' and guarantors' lawsuits against banks, a house
expropriation, deposits lost from accounts, a provident-fund loan made in a nurse's name, a
buyer's provident-fund loan that never came, a 储蓄所 closing and a provident-fund centre's notice on
fraudulent withdrawals. No page on a county 公积金 manager lending the fund to relatives or taking
fees for withdrawals could be found (the searches on it returned only tag pages and rules).
Sources (stored-pages search): a converted copy of the 建湖 农行 湖中分理处 report (traditional); a digipub
copy of a report on the 嘉荫/伊春 邮储 staff (traditional); a 网易 piece on the 容城 and 雄县 邮储 fines; an
outputnews copy of the 芜湖 检察院 report (traditional); a kknews copy of the 中央纪委国家监委网站 report on the
工行 cases (traditional); a 2005 新浪 report on 李树彪 and 雷渊利; a copy of the 兰州 report on 陈其明 and 王景旭; a
fx361 copy of the 共产党员 piece on the 通化 fund; the 检察日报 (正义网) analysis with the 汉川 case; a
yesterdayprotests report on the 奉节 永安镇 land money; a converted copy of the 垄上行 report on 公安县 高丰村
(traditional); an aboluowang forum post on the 阜阳 行长 李群; out: a 征和律师事务所 page on an 枝江 deposit
judgment, a kan.china.com copy of a 消费日报 page on the 扎兰屯 depositors' suits, an apecsme copy of the
中新经纬 report on a 四子王旗 guarantor, a 盛廷律师 page on a 邯郸 expropriation, a 法治周末 copy on a 临汾 depositor,
a 文学城 copy on the 柳林 depositors (traditional), a converted copy of the 商南 report (traditional), a
2005 新浪 report on a 琶洲 buyer, a 2007 搜狐 report on a 太原 储蓄所 and a 海峡网 item on the 福州 fund centre.
Seven texts are in traditional script (items 1, 2, 4, 5, 11, 18, 19; the glossing pinyin of the
converted copies of 001, 002, 011 and 019 removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source tags, share and ad lines and the truncated last sentences of the stored copies
removed); paragraphs joined; ASCII punctuation written full-width except inside numbers
("1.36億", "6228****", "2-3万/平"); stray spaces after punctuation removed (006, 019). Page
oddities kept: the garbled name "徐；" (the page's "徐;", 001), "檢查機關" (001), "2013年30日" (013),
"住房供給貸款" (019), "更有没提供" (017), "报告也需要由亲自盖章" (016), "麵臨…局麵" (018), "他"
for 李群 beside "她" (012), "冷酷的宣称" (010) and the simplified forms the traditional copies
carry ("然后", "背后", "怎么", "采訪", "儲户"). A stock quote "(2.50,0.00,0.00%)" inside the first
sentence of 001 removed.
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; heads and staff of state-owned banks and of the provident-fund centres hold
public posts, as fresh57th.py's 农发行 行长 and fresh110th.py's 人民银行 clerk), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms, businessmen and brokers without a post and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept) and units as written; unit None when the text does not
tie the person to a named unit. Topics only from the twelve names of triage.md; 挪用, 侵吞 and
套取 of public or depositors' money are 贪污贿赂 with 廉洁纪律 (IS.INT.09), improper borrowing
廉洁纪律 (IS.INT.07), as in earlier batches. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010-012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 4 (017-020), 其他 2 (021, 022).
25 accused entries, all in items 1-12: 17 with a full name, 7 masked (楊某某, 閆某某, 馮某某,
王某, 楊某, 翟某, 邓某), 1 post only. Out items have no accused entry.

Close calls:
 1  Traditional, glosses removed; byline and the stock quote cut; the garbled sentence
    "當?shù)毓、檢察院和法院對罪名的認定仍存在爭議。" cut, so "爭議" now has no antecedent; ends
    before "而在此案中…兼而有之!艾F(xiàn)在…" (garbled). 張俊豪 and 洪文生 are first written
    "分理處員工…": position '員工', unit the 分理處 named in the sentence before
    ('農行建湖湖中分理處'). 徐； is "非銀行工作人員": not accused. 挪用 of deposits: 贪污贿赂 with
    廉洁纪律.
 2  Traditional, glosses removed; "![]()", the two teaser paragraphs (an unnamed second 信貸員
    and an unnamed 支行行長 among "4人因此獲刑") and the sub-heading "罰單背后" cut, so the kept
    text names only the three sanctioned staff; ends before the sentence on the 業務專用章 kept
    by 張某磊 and the truncated "更嚴重". "這三位原郵儲銀行員工" gives ('原員工', '郵儲銀行') for
    each (the 原 written before the unit, kept in the position as '林業局原局長' gives '原局長');
    李某丹 only testifies. Topics 廉洁纪律 and 贪污贿赂 (挪用資金), 工作纪律 (內控管理不到位).
 3  Hard: a regulator's fines, not a graft case; the three 行长 are punished for 贷后管理不到位
    and 违反审慎经营规则: in (a violation by managers of a state bank), only 工作纪律. Headline
    cut; ends before the truncated "说明" sentence. "雄县支行前后两任行长冯敏哲、冯振浩" gives
    '行长' for both; the 保定金融监管分局 only acts.
 4  Traditional; headline cut; ends after "…添盛受賄、貪污案即是一例。" (the truncated "據查，2011"
    cut). The three 農發行 heads are first written "前後三任支行行長王某、楊某、翟某": '支行行長',
    '中國農業發展銀行蕪湖支行'. The other of the 12 suspects are an unnamed group; 鄭海濤 only
    informs. Could add 滥用职权 (違法發放貸款).
 5  Traditional; headline, the summary box ("顧國明和謝明案有以下共性特點…") and the byline cut,
    so the names first come with their posts in the 紀檢監察組 sentence: '工行上海分行' and
    '重慶分行' as written; ends before the sub-heading. The 河南分行 and 工銀理財 only pilot a
    rule; the 紀檢監察組 only investigates. Provincial branches: one of the items not at county
    level.
 6  Header table, "本报综合消息", the sentence the page breaks off ("因为雷分管该市"), two
    sub-headings and the source tags cut. 李树彪 as first written "湖南郴州住房公积金管理中心主任"
    (unit with the place names, as written); 雷渊利 '副市长', '郴州市' (his earlier 区长 and 县委书记
    posts come later). 戴道晋 and 曾锦春 only answer. Topics 贪污贿赂 (挪用, 捞了上千万), 群众纪律
    (摊派工程款 on the townships), 廉洁纪律 (贺仪 at his restaurants).
 7  Two sub-headings cut; ends before the truncated "为此，王秀芝又找到王景旭…" sentence. 康进成
    only carried out 陈其明's order (开出支票): not accused, could be read as accused. 王秀芝 is a
    businessman (行贿): not accused.
 8  A magazine piece; site header, date, journal and keyword lines and two sub-headings cut;
    ends before "根据现行的《住房公积金管理条例》…" (its second sentence is truncated). Only 车世刚
    is named ("其公积金中心原主任": unit '公积金中心' as written, the 通化市 of the sentence before
    not repeated); his "部分下属", the "管理员" and the "出事的地方公积金中心主任" are unnamed
    groups. 刘洪玉 and 梁荣 only comment.
 9  The 检察日报 analysis: title, byline and share lines, the three "△" lead points, the
    sub-heading "主要业务环节存在隐患" and the list label "住房公积金缴存环节。" cut; ends before the
    next label. Only 邓某 is named; the "负责人和关键岗位人员" are unnamed.
10  Mixed: the villagers' claim to their 1997 征地补偿 (征地拆迁) and the party secretary who
    parked it in four banks without consent, the "县领导" who moved it and forced collection of
    the passbooks. Headline (twice) cut; ends before the truncated "然而，村民们驳斥道，他们".
    "时任奉节县委书记刘本荣" gives ('县委书记', '奉节县') (the county written once, as fresh104th.py
    split "衡陽市委書記"); the "某位县领导" is post-only (None, '县领导', None), no unit written
    with it. The 农行 支行, the "当地政府" and "当地官员" are organs or unnamed; the 银行行长 only
    answered. Topics 贪污贿赂, 群众纪律 (截留补偿款), 滥用职权 (强制收缴, 威胁).
11  Mixed, traditional, glosses removed: the bank dunning 易師傅 for a loan in his name (a loan
    dispute) and the former 村書記 who took the money and does not repay (and a second loan from
    虢師傅). Three numbered sub-heads and the first paragraph (garbled "天經地義??勺罱?") cut; the
    sentence telling how the four villagers borrowed at the 農業銀行 cut (garbled
    "當?shù)剞r(nóng)業銀行"), so the kept text says "欠銀行的這筆錢是以他的名義貸的"; the page's
    ASCII closing quote after 冤大頭 written ”. 湯建國 '前任村書記', unit '高豐村' (易's village,
    as fresh62th.py took 豐勝莊 from the villagers). The 現任村書記 only answers. Only 廉洁纪律
    (IS.INT.07).
12  Mixed, hard, a forum post: creditors crying "农行还我血汗钱" (their debt claim) and a 农行
    支行行长 who borrowed a hundred million under the 腾达支行 seal; the writer calls it private
    borrowing, but the seal and the post make it an allegation against her: in, 廉洁纪律
    (IS.INT.07). "安徽阜阳农行支行行长李群" gives ('支行行长', '安徽阜阳农行'). Her husband, brother-in-law,
    father and brother are named by post only as her background: not accused. 徐杨 is a creditor.
    Ends before the truncated "初略看一眼…" paragraph.
13  涉法涉诉: a 储蓄存款合同纠纷 judgment against a 农行 customer. Headline, the ad lines, the
    case header ("案由…审理法院") and the section labels cut; ends before the truncated holding.
14  涉法涉诉: depositors' suits against a bank after an employee's fraud; 孟某芝 "已因诈骗罪获刑"
    and the text is about the civil claims: not accused, out (could be read as mixed). Headline
    and dateline cut. The bank is not named.
15  涉法涉诉: a guarantor sued by a 村镇银行 (not a state bank) over a 联保 loan; "部分银行…审查
    不严" blames banks as a whole; the 信贷员 only advised. Dateline and sub-heading cut; ends
    before the truncated "于是，他找到自…".
16  征地拆迁: a law firm's page on an expropriation; the 政府 and "征收方" act as organs. Ends
    before the list of questions. No bank: the theme's "similar" out items.
17  个人利益诉求: a depositor's lost 95万; the 副行长 吴强 only took the deposit and the bank
    denies liability; no misconduct alleged in the kept part. Section junk, headline and
    sub-headings cut; ends before the truncated "从那以后愁得整".
18  个人利益诉求, traditional: 57 depositors' claim against the bank for losses through three
    "業務員" who were not bank staff (楊娜 is one of them); the 監管分局 only answers. Caption
    and sub-heading cut; ends before the truncated "營業廳裏". Could be read as 涉法涉诉.
19  个人利益诉求, traditional, glosses removed: a provident-fund loan made in a nurse's name, her
    wages deducted by the 公积金 管理部 after a court 支付令; nobody is accused in the kept part
    (the page goes on to "為了能夠順利辦理住房公積金貸款，李雪…", cut with the two sub-headings).
    Could be read as 涉法涉诉 (支付令).
20  个人利益诉求: a buyer's provident-fund loan not granted in nine months; developer, lawyer and
    工商银行 are no officials. The sub-heading and the truncated "开" cut.
21  其他: residents ask to keep a 农行 储蓄所; the 银监局 answers. Site header, title and
    dateline cut; ends before the truncated "万一有人".
22  其他: a fund centre's notice on freezing 61 workers who cheated on withdrawals; the workers
    are citizens, "如属公职人员" is a general rule: out. Dateline and source tag cut.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH118: list[Item] = [
    # 01
    ('http://yylmh.cn/NewShow.aspx?CatalogId=15&RecordId=118048',
     '農業銀行再發窩案。日前，江蘇省建湖縣法院開庭審理了農行建湖湖中分理處多名銀行員工涉嫌職務犯罪、票據詐'
     '騙等罪名的案件，涉案金額3000多萬元。作案者包括分理處員工張俊豪、洪文生等人，以及非銀行工作人員徐'
     '；。據悉，涉案人員挪用此筆資金，是企圖以個人名義到安徽某地開礦。目前法院對此案尚未宣判。據銀行內部人'
     '士透露，爭議主要是因農行對此事的處理態度而起。此案被發現於2011年5月，當時存款人到農行湖中分理處'
     '取錢，發現存款無法兌現，巨額資金已經被挪用。當月，江蘇建湖縣公安局對張俊豪、洪文生等農行湖中分理處等'
     '員工進行刑事拘留，同時被刑事拘留的還有徐；，共計抓獲犯罪嫌疑人8名。經警方偵查，張俊豪等人通過偽造票'
     '據等方式，挪用特定存款人存款3000多萬元。所謂特定存款人，就是指某一具體存款人，而非針對廣泛人群。'
     '據檢查機關人員7月18日向本報透露，銀行人員挪用客戶存款一般有兩種形式，一種是銀行人員與企業存款人勾'
     '結。另一種是銀行工作人員通過偽造票據，私刻印章，然后通過轉賬支票等形式將存款轉出去。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('張俊豪', '員工', '農行建湖湖中分理處'), ('洪文生', '員工', '農行建湖湖中分理處')]),
    # 02
    ('http://m.digipub.cc/dy/article/KG17508B0556EXW8.html?spss=dy_author',
     '監管罰單往往只是銀行內部問題的冰山一角。國家金融監督管理總局伊春監管分局最近的一張罰單，直接將郵儲銀'
     '行三名員工推至臺前。楊某某、閆某某和馮某某，這三位原郵儲銀行員工因“內控管理不到位”受到不同程度的禁'
     '業處罰。金融研究院通過裁判文書網深挖發現，楊某某被罰背后，不僅藏著一樁涉案金額超百萬的挪用資金案，還'
     '暴露了該支行內部“集體失守”的管理亂象。更令人震驚的是，閆某某和馮某某所在的郵儲銀行伊春市烏翠區支行'
     '，不久前因“內控管理不到位、貸款‘三查’不到位”被罰款30萬元。在第一樁挪用資金案中，時任嘉蔭縣郵儲'
     '銀行信貸部經理的李某丹證實，楊某某在工作期間，辦理的多為農戶聯保貸款。',
     'in', None, False, ['廉洁纪律', '贪污贿赂', '工作纪律'],
     [('楊某某', '原員工', '郵儲銀行'), ('閆某某', '原員工', '郵儲銀行'), ('馮某某', '原員工', '郵儲銀行')]),
    # 03
    ('https://www.163.com/dy/article/KDSJJVMI05390R8Z.html',
     '2025年11月7日，保定金融监管分局连续发布五张行政处罚决定书，直指中国邮政储蓄银行在河北地区的两'
     '家分支机构存在严重信贷管理问题。其中容城县支行因贷后管理不到位被罚款30万元，雄县支行则因叠加信贷业'
     '务严重违反审慎经营规则被重罚80万元，合计罚没金额达110万元。更值得关注的是，三任支行行长同时被追'
     '责，反映出监管部门对金融机构“关键少数”的问责力度正在持续加强。从处罚细节来看，贷后管理缺失成为两家'
     '支行的共性违规问题。容城县支行原行长秦红斌因对此负有直接责任，被处以警告并罚款6万元；雄县支行前后两'
     '任行长冯敏哲、冯振浩也分别被警告并处以6万元和12万元罚款。这种“机构+个人”双罚模式，凸显出监管层'
     '对银行信贷全流程管理的严格要求。特别是雄县支行同时存在“信贷业务严重违反审慎经营规则”的情形，暴露出'
     '该机构在贷款审批、资金流向监控等环节可能存在系统性漏洞。对比两家支行的处罚力度差异颇具深意。虽然容城'
     '县支行仅涉及贷后管理问题，但30万元的罚款已相当于其上级机构雄县支行同类问题罚款的3.75倍（雄县支'
     '行贷后管理问题部分罚款约21.3万元）。这种差异化的处罚尺度，既体现了过罚相当的原则，也反映出监管部'
     '门对雄县支行更严重的违规行为实施了“顶格处罚”。值得注意的是，冯振浩作为时任行长被处以12万元个人罚'
     '款，这在银行业管理人员处罚案例中属于较高金额，释放出监管对“屡查屡犯”行为从严惩处的强烈信号。',
     'in', None, False, ['工作纪律'],
     [('秦红斌', '原行长', '容城县支行'), ('冯敏哲', '行长', '雄县支行'), ('冯振浩', '行长', '雄县支行')]),
    # 04
    ('https://hk.outputnews.com/2012/huanqiu/news_2012_07_02_1395799',
     '違規放貸、違規發放大額度信用卡、挪用儲户存款放高利貸，甚至有家銀行連續三任行長“前腐後繼”。記者近日'
     '從安徽省蕪湖市檢察院獲悉，今年3月以來，該市檢察機關在金融系統開展專項行動，截至目前已立案查辦該系統'
     '貪污賄賂、挪用公款犯罪案件12人，所有案件涉案案值都在10萬元以上，其中100萬元以上特大案件3起。'
     '被查處的12人，大多為掌握信貸審批等實權的銀行行長或銀行工作人員，包括中國農業銀行蕪湖分行原副行長吳'
     '為民以及中國銀行蕪湖弋江支行原行長添盛等5名縣區支行行長。其中中國農業發展銀行蕪湖支行前後三任支行行'
     '長王某、楊某、翟某均涉嫌職務犯罪。蕪湖市檢察院反貪部門負責人鄭海濤告訴記者，這些案件發案環節相對集中'
     '在存儲環節和信貸環節。在存儲環節，嫌疑人通過存款不入賬、私自截留，存款到期後以幫助理財為由，將存款挪'
     '用放高利貸、炒股等等。在信貸環節，嫌疑人則與貸款人相互勾結，偽造客户貸款審批材料，事後收取客户賄賂款'
     '，進而違規放貸，或以向貸款客户企業借款為名變相挪用本該專款專用的款項。在犯罪手段上，主要包括四種方式'
     '，一是違規簡化辦理貸款擔保業務手續收回扣；二是為大經銷商謀取不正當利益收取好處費；三是辦理個人業務時'
     '違法發放貸款收受賄賂；四是違規發放大額度信用卡，讓持卡人得以套現融資。此外，還有嫌疑人作案手段與金融'
     '業務自身沒有關係，他們或利用職務之便虛假報銷營銷費用，或在銀行裝修過程中為承包人提供幫助收受賄賂。此'
     '外，銀行工作人員與外部人員相互勾結共同實施犯罪，也是這批案件的突出特點之一。中國銀行安徽蕪湖弋江支行'
     '原行長添盛受賄、貪污案即是一例。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('吳為民', '原副行長', '中國農業銀行蕪湖分行'), ('添盛', '原行長', '中國銀行蕪湖弋江支行'),
      ('王某', '支行行長', '中國農業發展銀行蕪湖支行'), ('楊某', '支行行長', '中國農業發展銀行蕪湖支行'),
      ('翟某', '支行行長', '中國農業發展銀行蕪湖支行')]),
    # 05
    ('https://kknews.xyz/16552',
     '最近，中國工商銀行河南分行和工銀理財公司，承擔了來自工行黨委的一項特殊任務——試點新制定的《管理人員'
     '違規插手干預重大事項記錄辦法》，為今後全面推開積累經驗。《辦法》圍繞授信審批、選人用人等11個方面重'
     '大事項，明確適用範圍、報告要求、處置流程等，進一步規範管理人員用權行為。這是工行推進以案促改、以案促'
     '治的一項舉措。中央紀委國家監委駐中國工商銀行紀檢監察組自2019年1月成立後不久，即聯合地方紀委監委'
     '嚴肅查處了工行上海分行原黨委書記、行長顧國明，重慶分行原黨委委員、副行長謝明嚴重違紀違法案件。通報稱'
     '，謝明“經濟上貪婪無度，與不法私營企業主沆瀣一氣，甘於被‘圍獵’，直接插手、干預信貸專案審批，大搞權'
     '錢交易”。對顧國明的一審判決顯示，其利用分管工行上海分行授信審批部、信貸管理部、主持全行工作等職務便'
     '利，為相關單位和個人在辦理融資貸款、專案配資、承攬工程等事項上提供幫助，謀取利益，共計收受賄賂摺合人'
     '民幣1.36億餘元。顧國明和謝明案是工行近年來查處的涉案金額最大、最典型的兩起腐敗案件。案件暴露了案'
     '發分行高管以貸謀私、信貸風險防範制度機制失效等突出問題。信貸環節腐敗緣何高發頻發？其中暴露了哪些制度'
     '和監管漏洞？如何以案促改、以案促治？記者進行了採訪報道。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('顧國明', '原黨委書記、行長', '工行上海分行'), ('謝明', '原黨委委員、副行長', '重慶分行')]),
    # 06
    ('http://news.sina.com.cn/c/2005-04-22/07545718580s.shtml',
     '湖南郴州住房公积金管理中心主任李树彪挪用1.3亿公款赴澳门豪赌一案最近又有新进展。李树彪的顶头上司、'
     '郴州市副市长雷渊利被双规了。郴州市长戴道晋接受记者采访时表示，雷渊利被省纪委叫去谈话了。据郴州市纪委'
     '书记曾锦春介绍，雷是4月14日晚9时被双规的，当时他正在家里。目前雷已被湖南省纪委带到长沙进行调查。'
     '雷被双规第二天，该消息就开始在郴州政府各部门之间震荡性流传。据知情人说，雷渊利先是在郴州当苏仙区区长'
     '，1997年调到永兴县当县委书记。在永兴，他提出了“十大工程”项目。其中最有影响力的是“人民大会堂”'
     '。雷在当地仿北京的那个人民大会堂，给该县每个乡镇设了一个会议室。然后以此为借口向这20多个乡镇摊派工'
     '程款。他把各乡镇的一把手叫来开会，限期把工程款上交，到时交不上的，“一把手”就下台。工程最初计划投资'
     '1000万元，做预算的时候，雷力主把预算提到1600万，最后工程结算的时候，工程款已达到2700万。'
     '平均下来，每个乡镇要负担上百万的工程款。知情人称，其中雷起码捞了上千万元。知情人称，雷渊利有一个爱好'
     '，就是开酒店，而且都开不长，短的一个月，长的也不过一年。关了再开新的。每有新酒店开张，雷就四处大派请'
     '帖，有幸被邀出席者，少不得掏出一笔不菲的贺仪。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '群众纪律'],
     [('李树彪', '主任', '湖南郴州住房公积金管理中心'), ('雷渊利', '副市长', '郴州市')]),
    # 07
    ('https://halmhg.com/DocHtml/1059/10/04/00109129',
     '记者27日从甘肃省高级人民法院了解到，兰州市住房资金管理中心原主任陈其明等挪用上亿元公积金一案目前已'
     '经终审宣判，3名被告分别被判处17年、14年和8年有期徒刑。法院经审理认定，被告人陈其明在职期间，单'
     '独和伙同中国建设银行兰州市铁路支行原副行长王景旭，为原甘肃省金正房地产开发有限公司老板王秀芝和其他单'
     '位招标土地和其他盈利性活动提供资金便利，共挪用公积金1.17亿元，受贿64.3万元，判处有期徒刑17'
     '年；中国建设银行兰州市铁路支行原副行长王景旭单独和伙同陈其明挪用公积金1亿元，受贿21.3万元，判处'
     '有期徒刑14年；通过陈其明和王景旭挪用公积金的原甘肃省金正房地产开发有限公司老板王秀芝被判处有期徒刑'
     '8年。王秀芝还给国家工作人员行贿6笔共25万余元。一起引起社会广泛关注的案件有了结果。然而，上亿元的'
     '资金如何流出、案件对公积金等公共基金管理体系提出怎样的警示等问题需认真思考。法院审理查明：王秀芝为了'
     '在经营活动中筹措资金，多次让熟人王景旭约请陈其明吃饭、喝茶，并许诺要“报答”。2003年5月，王秀芝'
     '向陈其明行贿1万元。陈其明表示借款可以，但只相信银行。王景旭出点子说，可以按委托理财方式，银行作担保'
     '。陈其明指派公积金管理中心财务科副科长康进成于2003年6月25日从管理中心专户维修基金中开出500'
     '0万元的转账支票一张，康进成将支票交给铁路支行，该款项当天进入王秀芝金正公司账户。6月30日，金正公'
     '司将钱还给公积金管理中心。2003年7月，浙江临海的土地正式挂牌出让，参加竞买的单位必须向临海市土地'
     '储备中心存入1000万元竞拍保证金。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('陈其明', '原主任', '兰州市住房资金管理中心'), ('王景旭', '原副行长', '中国建设银行兰州市铁路支行')]),
    # 08
    ('http://m.fx361.com/news/2014/1118/1905858.html',
     '越来越多的人开始盯上公积金这块“大肥肉”。躺在民众“粮堆”上的管理员正如硕鼠般对公积金进行偷盗挥霍，'
     '中介机构则勾结相关部门和工作人员为套现者提供“无风险套现服务”，收取高达30%的服务费。近年来，公积'
     '金领域大案要案频发，目前已经受理并公开报道的住房公积金相关案件就有数十起。其中，最令人震惊的是去年吉'
     '林省通化市的公积金案，一个经济欠发达地区的中小城市，其公积金中心原主任车世刚及部分下属居然违法挪用住'
     '房公积金高达11亿多元。公积金到底是怎样的一块“大肥肉”？来自住建部的数据显示，截至2014年3月，'
     '公积金全国实际缴存职工1.06亿人，缴存总额6.47万亿元，缴存余额3.27万亿元。而各地公积金管理'
     '中心所管理的公积金余额，从几亿元到上千亿元不等。清华大学房地产研究所所长、建设管理系教授刘洪玉说，公'
     '积金中心的钱很多，着急发展的地方政府、急于融资的开发商、眼红的“管家们”，自然盯上了这块“肥肉”。不'
     '少出事的地方公积金中心主任，多数是通过伪造个人购房需要提取的相关凭证等手段，违法将住房公积金借给房地'
     '产开发商捞取好处，还有的是挪用出来放贷或自己挥霍。“事关民众切身利益的这么一大笔私钱，最怕管理上落入'
     '官官相护的套路。”内蒙古大学房地产研究中心主任梁荣指出，每年地方上组织的那几次检查都是有明确的时间提'
     '示，如果想应付过去，提前准备好材料就够了。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('车世刚', '原主任', '公积金中心')]),
    # 09
    ('http://www.jcrb.com/procuratorate/theories/practice/201404/t20140411_1370632.html',
     '住房公积金是解决职工住房问题的专项资金，资金安全关系群众切身利益和社会和谐稳定。最近，一些涉及住房公'
     '积金违法犯罪案件陆续曝光，涉案往往数额巨大，住房公积金领域日益受到社会关注。从近年来住房公积金领域发'
     '生的一些违法犯罪案件看，该领域各个层面都存在廉政风险隐患，必须引起重视，加强监督管理，确保住房公积金'
     '资金安全。有的地方住房公积金管理中心负责人和关键岗位人员利用职务之便，采用伪造资料、收入不入账、设立'
     '账外账等手段，将收缴的职工住房公积金据为己有，非法谋求个人利益。还有的地方住房公积金管理中心管理不严'
     '，出现职工挪用公款行为。如湖北省汉川市住房资金管理中心职工邓某利用本单位管理松懈、其他人员疏于监督，'
     '在收取一些单位的住房公积金的过程中，采取截留不上缴的手段，多次挪用公款累计100多万元，用于购买彩票'
     '和赌博，最后无力归还。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('邓某', '职工', '湖北省汉川市住房资金管理中心')]),
    # 10
    ('https://yesterdayprotests.com/%e5%ae%98%e5%91%98%e3%80%81%e9%93%b6%e8%a1%8c%e8%81%94%e6%'
     '89%8b%e4%be%b5%e5%90%9e6000%e4%b8%87%e5%ad%98%e6%ac%be%ef%bc%8c%e6%9d%91%e6%b0%91%e7%bb%'
     'b4%e6%9d%83%e8%a2%ab%e5%88%a4%e5%88%91%ef%bc%882025-11',
     '截至11月6日，重庆市奉节县永安镇的数十名村民，已在中国农业银行奉节夔州路支行连续坚守了三周。他们不'
     '是在等待取款，而是在讨要一笔高达六千多万元的巨额存款——这笔钱，原是他们在1997年为配合三峡工程建'
     '设而失去土地的征地补偿。在过去的二十多年间，这笔资金仿佛凭空“消失”，而村民的漫漫讨款路，却成了一部'
     '充满暴力与悲剧的维权史，多名村民因此被殴打、关押，甚至被判刑，但巨款至今分文未回。事件的根源，要追溯'
     '到1997年。当时，因三峡工程奉节新县城的建设，永安镇原十里村、桂井村、白马村的数千亩土地被当地征收'
     '。据村民透露，当地政府曾口头承诺每亩给予7000元赔偿。然而，接下来的操作却彻底违背了程序和承诺。时'
     '任奉节县委书记刘本荣等人在未经村民同意的情况下，私自将这笔补偿款存入了永安镇的农业银行等四家银行。直'
     '到1999年，这笔本该用于安家立业的征地款，才以远低于承诺价的金额，通过存折的形式发放到村民手中。然'
     '而，村民发现这些存折徒有其表：它们既无本金，也无利息，形同废纸，根本无法取出任何款项。两年后的200'
     '1年，当地政府更进一步，采取了强制收缴手段——以每个存折9954元的价格，并以限制小孩入学等方式作为'
     '威胁，强行收走了部分村民的存折。另一部分没有交出存折的村民，至今仍分文未获。当他们前往银行追问存款下'
     '落时，得到的答复令人震惊：银行行长告知，这笔征地款已经被某位县领导转走，至于具体是哪位领导，则被行长'
     '以“秘密”为由而拒绝透露。与此同时，当地官员则冷酷的宣称：“土地是国家的，补偿归政府所有。”',
     'in', None, True, ['贪污贿赂', '群众纪律', '滥用职权'],
     [('刘本荣', '县委书记', '奉节县'), (None, '县领导', None)]),
    # 11
    ('http://www.22gi.com/html/news/2016/0418/627.html',
     '易師傅是荊州市公安縣閘口鎮高豐村的村民，他告訴記者，現在銀行每天打電話過來，就是要他把款還了，可這錢'
     '不該他還呀！追債電話一來，他的心就像刀割一樣難受，易師傅的愛人鄔大姐說，錢是前任書記收上去了的，不是'
     '村民的私人貸款，這錢，當然不能找村民們要。怎么又跟村書記扯上關系了呢？易師傅說，他其實是個“冤大頭”'
     '，雖然欠銀行的這筆錢是以他的名義貸的，可錢一打到卡里，就借給了前任村書記湯建國。今年的4月7號，這次'
     '貸款到期了。可是湯建國已經卸任了。易師傅找到了現任村書記，現在的村書記一句話，這事我們得慢慢商量，說'
     '等村里有錢就給。這下輪到易師傅想不通了，村里既然認這筆賬，那就趕緊還錢啦！你這還錢要等等，銀行催債的'
     '可不能等呀。易師傅還告訴我們，以前村里借款蓋過村委會的公章，但每年借的也都還了，所以這次就沒蓋章。就'
     '在我們在村里采訪的時候，另一位師傅也找了過來，原來前任村書記湯建國也找他借了錢，現在也沒還。當時湯建'
     '國分兩次找虢師傅借了十萬塊錢，欠條上只有湯建國的簽名和手印，并沒有村委會的公章，而且欠條上還有一條，'
     '按月息百分之一的利率付息。',
     'in', None, True, ['廉洁纪律'],
     [('湯建國', '前任村書記', '高豐村')]),
    # 12
    ('https://bbs.aboluowang.com/thread-19423-1-1.html',
     '安徽阜阳可真是一个出新闻的地方，而且似乎是专门出官场前腐后继之负面新闻的著名小地方，这几天它又不甘寂'
     '寞，再次出了点小名；据报道，安徽阜阳农行支行行长李群借款亿元无力偿还，上百群众聚集，要求“农行还我血'
     '汗钱”。据称李群现已投案自首，且李群投案后，目前已有60多人报案。据初步估算，最多的人借给李群行长2'
     '000多万。这里我们可得先弄清楚了，李群确实是阜阳当地的一个农行行长，但他却是纯粹私人形式以高额回报'
     '的诱惑向所谓的“群众”借钱，而“群众”们高喊“农行还我血汗钱”，其实根本就是张冠李戴的诉求。我们可以'
     '先来看看简单的情节：身为农行行长的李群，向人借钱时声称，是为了帮一些中小企业偿还银行贷款，利息是两分'
     '，借钱仅仅打个借条，打的借条就是简简单单一句话，落款是李群本人的签名，并盖着中国农业银行阜阳腾达支行'
     '的公章，但有些10万、20万的条子连公章都没有盖。阜阳市市民徐杨说，前后共借给李群760万，利息是两'
     '分，李群还了80万，至今还有680万没有还，徐杨说：“我跟她十几年的朋友，她老公又是咱们阜阳宣传部的'
     '领导（副部长）、广电局局长，她姐夫是我们旅游局局长，她爸爸原来是我们底下县城的县委书记，她哥哥又是检'
     '察院的批捕科科长，这个家庭背景，我们对她肯定是深信不疑的。”其它几个大额债主也分别持有数百万到数千万'
     '不等的借条至今无法收回。',
     'in', None, True, ['廉洁纪律'],
     [('李群', '支行行长', '安徽阜阳农行')]),
    # 13
    ('http://www.zhenghelvshi.cn/post/9498',
     '邹某言于2013年30日在某某支行开通卡号为6228****的个人结算账户，预留手机号为1398**'
     '**5336，并开通了短信服务功能。《中国农业银行个人银行结算账户管理协议》第四条约定，申领金穗借记'
     '卡必须设定密码，凡密码相符的交易均视为持卡人本人的合法交易，因密码泄漏或卡片保管不当造成的损失，由持'
     '卡人负责。邹某言又于2016年3月24日开通了网上银行、动态密码设备绑定、K宝绑定、短信银行等功能。'
     '邹某言于2024年4月8日申请开通中国某某二类数字人民币钱包（母钱包号00410217），提交了本人'
     '居民身份证号、身份证有效起止时间、手机号13985336、银行卡等注册信息。2024年4月13日申请'
     '开通子钱包（号0041****0854），同样提交了上述个人信息。2024年4月10日，有9000元'
     '从邹某言农行卡兑出到数字人民币母钱包，当日分6笔消费转出7985元。2024年5月11日，有10笔共'
     '计19990元从农行卡兑出到母钱包，随后10000元转入子钱包并被转出，另有1500元从母钱包消费转'
     '出。邹某言手机号收到上述交易的短信提示。邹某言于2024年5月11日18时向公安机关报警称银行账户资'
     '金被盗刷。法院经审理认为，邹某言在2024年4月10日已有9000元转账到数字钱包并进行消费，与其在'
     '法庭上声称对开通数字钱包不知情的说法自相矛盾。开通数字钱包需提交身份证、银行卡等信息并通过验证，银行'
     '已履行保障储户资金安全的义务。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://kan.china.com/article/6704755_3.html',
     '为追回损失，多名储户陆续将该银行告上法庭，引发多起民事赔偿诉讼。2025年4月，扎兰屯市人民法院对7'
     '0岁储户孙女士的诉讼作出一审判决，以“ATM机转账需输入密码，储户存在重大过失”为由驳回其诉求；孙女'
     '士上诉后提交账户明细表，显示两笔42秒间隔的ATM机转账非其本人操作（年事已高且不熟悉ATM机操作）'
     '。2025年8月，呼伦贝尔市中级人民法院终审改判银行支付其4万元本金及利息。截至2026年1月，其余'
     '储户的索赔诉讼仍在推进中：2025年11月，朱女士75万元存款索赔案一审败诉，其上诉案件于2026年'
     '1月5日开庭尚未宣判；张女士的案件则定于2026年2月上旬一审开庭。对于系列诉讼，银行方面表示，若法'
     '院判决其承担责任，将依法履行判决。律师指出，孟某芝已因诈骗罪获刑，但无退赔能力，储户的损失追偿主要依'
     '赖与银行的民事纠纷诉讼结果，核心争议焦点在于银行是否因内控失职需对员工职务相关诈骗行为承担赔偿责任。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.apecsme.org/shangye/2022012167610.html',
     '内蒙古四子王旗第三中学的退休教师李泰山（化名）多年前在亲戚介绍下，为“农户联保贷款”做了增信担保人，'
     '在两名借款人不再还款后，银行将三名借款人和他一起告上法庭，身患严重慢阻肺的他存款被划转，资产被冻结，'
     '看病只能靠女儿资助。近年来，普惠金融的概念异常火热，农户联保贷款就是其中的一种形式。大多数农民因不具'
     '备合规的抵押物而难以从银行获取贷款，因此需要借助外部手段增信，农户联保贷款应运而生。该贷款是由3-5'
     '个农牧户结为联保小组，联保小组成员相互承担连带保证责任，或提供1-2户作为担保人发放的贷款。但部分银'
     '行开展这项业务时，对农户贷前审查不严、贷后管理的放松，过于依赖担保人还款能力，不仅令担保人深陷还款危'
     '机，也给银行增加了坏账风险。原本旨在帮助农牧户解决贫困问题的贷款，为何让担保人陷入困境？这笔贷款到底'
     '去了哪儿了？农户联保贷款在操作中出现哪些问题？近日，李泰山的女儿李梅对中新经纬讲述了事件的经过。她介'
     '绍道，2014年1月底的一天，一位亲戚找到李泰山，称自家亲戚闫某勇、闫某凯和另外一位村民赵某强想从四'
     '子王蒙银村镇银行（下称蒙银村镇银行）贷9万元“农户联保贷款”，由于资信不够，需要各自再找一个“挣工资'
     '”的人做增信，希望李泰山给闫某勇的3万元贷款做担保。“由于有亲戚作为介绍人，并且身边不少人都为这种农'
     '户联保贷款做增信担保人，我父亲便答应了。”她表示。闫某勇也向中新经纬回忆道，2013年时，他从一位村'
     '民处了解到了农户联保贷款，彼时他希望能贷款种植油菜籽以及养羊，于是找到蒙银村镇银行的信贷员咨询了情况'
     '，并得知贷款需要3户联合贷款，还需要一名担保人。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://shengtinglaw.com/qita-xiangqing-10125.html',
     '“补偿方案不合理，评估程序不透明，断水断电后房屋被强推……”这是河北省邯郸市杨先生一家在房屋征收中面'
     '临的困境。面对“缩水”的补偿和粗暴的征收手段，法律能否为被征收人撑起一把保护伞？2025年1月，当地'
     '启动“改造提升项目”，杨先生家的260余平经营性房屋被纳入征收范围。然而，政府提出的补偿方案却令人难'
     '以接受：仅置换120平住宅和86平商铺（位置、交付时间均未明确），临时安置费每月1000元，而当地租'
     '房成本高达每月1500元。更让杨先生不解的是整个征收流程中存在的种种问题。比如，评估公司未经被征收人'
     '参与选定，报告无公章，补偿按“重置成新价”远低于市场价（周边住宅6000元/平，商铺2-3万/平）。'
     '也未依法公告征收决定，强制推进中甚至出现断水断电、强拆台阶等行为。“我们的诉求很简单，就是公平的货币'
     '补偿。”杨先生告诉盛廷律师。眼看着涉及300多户的征收，现在仅剩两户，杨先生不免有些担心，如果还迟迟'
     '不通过法律途径主张自身合法权益，最后只能听之任之。法律是他最后的底气。杨先生的遭遇并非个例。根据法律'
     '规定，合法征收必须对征收决定、补偿方案等依法公告，评估机构由被征收人协商选定，报告也需要由亲自盖章，'
     '补偿不得低于类似房地产的市场价格，以保障被征收人的居住条件。然而现实中，部分征收方却“选择性执行”：'
     '跳过公告、变相压低补偿，甚至以断水电逼迁。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://mip.gucheng.com/money/201806/3433454.shtml',
     '“选择农业银行，未来充满希望”。这是一些地方农业银行的宣传口号。不过，对山西临汾的黑琳（化名）来说，'
     '这句话倒像是嘲讽。她选择了农业银行，现在却充满了绝望。这是怎么回事？黑琳是临汾市尧都区居民，在一家家'
     '具城上班。2017年3月，她在当地农业银行存了95万元，但在她本人不知情更有没提供任何手续的情况下，'
     '存款却“失踪”了。她说，她多次到农行讨要说法，但银行方面的说法是：存款被盗，是她个人信息泄露所造成的'
     '，银行没有责任。法治周末记者了解到，作为农行的储户，黑琳的遭遇不是个案。记者还了解到，近些年来，不仅'
     '是农行，在其他银行，储户存款“失踪”的事件也屡屡上演。根据黑琳的描述，事件过程大概是这样的：2017'
     '年3月31日，农业银行临汾分行尧都支行金钥匙银行（相当于分理处）副行长吴强打电话告诉黑琳，“银行近期'
     '搞活动，利率很高”，让她帮忙完成点任务。黑琳就直接到金钥匙银行柜台存了定期50万元，活期45万元。存'
     '完款后，她给吴强回了话，吴强很高兴。黑琳也向记者提供了她的定期存款凭证。时间过了不到一年，大约是20'
     '17年12月2日，黑琳的亲戚买家具急需用钱，她随即来到存钱的金钥匙银行取钱，让她吃惊的是，银行柜员对'
     '她说，她的钱已被取走，账户里没钱了。此话一出，黑琳眼前一黑，险些晕倒在地。这怎么可能？存单、身份证和'
     '密码都在她手里，别人怎么能随意把她的存款取走？她再次找到吴强，要求查清明细和电子银行流水账。经查账显'
     '示：黑琳的95万元确实已被转走。95万元，对黑琳来说可是巨款，而且那笔50万元定期用的是她姐姐的钱。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://zh.wenxuecity.com/news/2025/10/24/126384122.html',
     '在銀行營業廳由“業務員”幫忙“存錢”、買理財，一群儲戶就這樣賠光了“家底”。據受害者們自行統計，20'
     '19年到2020年，山西省呂梁市柳林縣57名儲戶在當地某銀行營業廳購買了“業務員”推薦的理財後，損失'
     '了1180萬元本金。儲戶稱，三名“業務員”在銀行營業廳用他們的手機，通過銀行APP，將錢轉賬給不同的'
     '商業公司，購買風險極高的理財產品。理財到期後，儲戶們發現本金和利息無法提取。事後，他們才得知，接待他'
     '們的三名“業務員”並非銀行工作人員。這些受害者絕大部分是中老年人，缺乏分辨能力，他們投入的是多年積攢'
     '的“養老錢”。事發已經5年，儲戶們的損失至今仍未追回。他們認為，事發在銀行營業場所，銀行應該對他們的'
     '損失承擔連帶賠償責任。根據規定，商業銀行不得允許非本行人員在營業網點從事產品宣傳推介、銷售等活動。公'
     '開信息顯示，有多家商業銀行因非銀行工作人員在銀行兜售金融產品被處罰。中國銀行保險監督管理委員會（現國'
     '家金融監督管理總局）呂梁監管分局調查後認為，涉案的三人並非銀行員工，沒有證據可以證明三人以銀行名義開'
     '展活動，也沒有證據證明舉報人購買的保理產品與銀行有關聯。法律專家表示，銀行是否應當承擔連帶賠償責任，'
     '取決於銀行未盡審慎經營義務是否與儲戶的損失存在因果關係。儲戶們可以“安全保障義務侵權”為由起訴銀行，'
     '但他們麵臨舉證難、維權難的局麵。2019年12月，王慧芳（化名）收到了“銀行營業員”楊娜的微信，對方'
     '說這幾天有個“存錢的項目”，讓她來了解。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.gzkndz.com/news/yuwai/2015-05-22/387382.html',
     '自春節以後，在商南縣城關鎮衛生院上班的王女士總是憂心忡忡，因為從2月份至今，她的工資連續三個月被商洛'
     '市住房公積金管理中心商南縣管理部劃走，而這一切均源自一筆記在王女士名下，而她本人卻根本不知情的住房公'
     '積金貸款。“我從來沒有辦理過住房公積金貸款，怎么在我的名下會有一筆50000元的住房公積金貸款呢？”'
     '5月20日上午，在商南縣城關鎮衛生院，王女士郁悶地說，2014年9月9日，她突然接到商南縣人民法院的'
     '支付令，讓她在接到該支付令15日內，向商洛市住房公積金管理中心商南管理部支付住房供給貸款本息共計56'
     '563.08元。“當時接到這個法院的支付令，我都懵了，真想不起來自己什么時候辦理過住房公積金貸款。”'
     '王女士說，接到法院的支付令后，2014年10月14日，她的住房公積金賬戶上的20000元住房公積金，'
     '被商洛市住房公積金管理中心商南縣管理部以逾期貸款扣款名義扣除。與此同時，作為王女士住房公積金貸款擔保'
     '人，現在商南縣金絲峽衛生院工作的曹先生也因連帶責任，被商洛市住房公積金管理中心商南管理部，扣除了其公'
     '積金賬戶中僅有的20000元住房公積金。“按照法院支付令，我名下的這筆莫名公積金貸款本息共為5656'
     '3.08元，我和我所謂的擔保人，共扣除了40000元公積金，還剩下16563.08元，則從我的工資中'
     '扣除。”王女士說，從2月份開始，她每個月2500余元的工資均全部被商洛市住房公積金管理中心商南管理部'
     '扣除，至今三個月時間，已經扣除了她7000余元工資。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://finance.sina.com.cn/lifeconsume/20050325/14371461323.shtml',
     '琶洲有一楼盘业主日前向记者反映，其去年买下该盘的一套物业后申请了公积金贷款，但至今9个月过去了，公积'
     '金贷款仍未批下来。如果按揭办不了就收不了楼，发展商称可能还要半年或更长的时间才能办下来，建议他改成商'
     '业贷款或一次性付款，并说如果不想选择这两种付款方式也可以退房。该业主很疑惑，其他业主的商业贷款在去年'
     '国庆前就办好了，为何他的公积金贷款需要这么长的时间？去年6月初，我和开发商签好合同，并且办理了公积金'
     '贷款，资料都交到律师那里了。可是一直到现在，公积金贷款都没有批下来。其间每隔一个月左右，我都会打电话'
     '到律师事务所问一下情况。一开始，律师说：“资料已经交到工商银行了，正在审查。”到了去年国庆节后，律师'
     '又说：“发展商和工商银行有一个协议还没有签，因此银行还不会放款。”今年春节前，传出开发商内部人事变动'
     '的消息。我打电话给律师楼，他们说开发商人事变动已经完成了，现在和工商银行又开始谈了，开发商已经下决心'
     '，一定要在春节前完成这些手续，让我们放心。但前几天，律师打电话给我说：“公积金办不成了，改成商业贷款'
     '吧。”我感到很奇怪，我的资料很齐全，没道理办不好的。我打电话到开发商那里问，他们矢口否认，说公积金是'
     '可以办的，不过时间比较长，可能半年或者更长，并说：“你如果坚持办公积金也可以，不过在办好贷款前，你是'
     '无法收楼的。”他建议我改成商业贷款，或者一次性付款。从去年6月初到现在已经9个月了，我不明白开发商和'
     '委托律师究竟在干什么？和我一同签约的一些住户在去年国庆节前就开始供楼了，不过那些是商业贷款。在这个楼'
     '盘，和我一起办公积金贷款的共有4户，现在他们也跟我一样办不了按揭。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('https://news.sohu.com/20070719/n251145736.shtml',
     '“我们社区里的农行又要拆并了，给院里近两千名居民存取款带来诸多不便，去最近的农行也得倒两趟车，来回就'
     '得一个半小时。”今日，小店区农科院社区的张先生向本报求助。他说，这家储蓄所以前就拆并过一次，后来在居'
     '民及社区的一再挽留下才得以恢复，没想到现在又要拆并了。今日上午，记者在农科院社区内看到，原农业银行农'
     '科院储蓄所大门已经上锁，门口一张“拆并网点公告”显示，该所于7月12日并入农业银行太原市迎宾支行。附'
     '近老人说，现在离小区最近的农行就是迎宾支行了，但从这儿走的话，还没有直达车，得倒两趟车后，再走一段路'
     '才能到，来回就得一个半小时。“农科北路、太榆路上来往车辆多，而且，去银行取了钱坐公交也不安全。”在农'
     '科院居住的张先生说，这里住的大部分都是退休老人，单位都是通过农行发放工资。农科院社区的工作人员称，2'
     '005年7月，这家储蓄所突然关门，几百名老人就因存取钱不便，找到社区，社区干部很快和农行协商。银行先'
     '是答应设立一个自助银行，但老人不同意，担心不会用。后来几经努力，2005年8月，这家储蓄所总算恢复营'
     '业了。今年7月12日再次关门后，社区也曾努力挽留，但银行方面称这家储蓄所营业额太低，最终没答应。“如'
     '果银行方面非要拆并，派人定期来这里给居民服务也可以。”农科院社区的老人们这样说。山西省银监局称，农行'
     '属于商业银行，有自主经营权，在什么地方设储蓄所，由农行自行决定。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.wearcold.com/info/1332/1281.htm',
     '福州住房公积金管理中心针对目前职工骗取骗贷住房公积金违法行为多发的态势，采取专项检查和后台重点核查及'
     '关口前移的打击模式。目前经查实后冻结61名涉嫌骗提职工住房公积金提取贷款资格，初步达到对骗取骗贷违法'
     '行为的震慑作用，维护住房公积金管理良好秩序。对凡被福州住房公积金管理中心查证核实的骗取骗贷职工，中心'
     '均将其纳入行政处理的范围，按造成的违法后果分别给予3年、5年、8年内取消住房公积金提取和贷款资格，并'
     '将处理结果告知所在单位、纳入中心信用黑名单，如属公职人员则按时抄送给纪检部门等处理。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH118, "fresh118")
