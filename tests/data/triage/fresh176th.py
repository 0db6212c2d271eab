"""Sealed batch fresh178: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh176th.py; the batch and its row ids are "fresh178".)

Theme: kindergartens (幼儿园 fees, 捐助 and meals, 民办园 subsidies, 公办园 places, heads and
教育局 staff): a state bus firm's kindergarten whose purchasing manager and relatives cut the
children's food, a 学区 clerk who passed a 民办园's faked head count for subsidies, a 村委会主任
letting the village culture hall to a relative's private kindergarten, a Taiwanese public
kindergarten head held for overcharging, a 园长 dismissed for a dinner, a 园长's 46-table birthday
feast in the kindergarten, a county's missing central-funded kindergarten, a state-firm
kindergarten head convicted of 贪污, a 民办公助 founder's letter against a 教育局局长, 11 private
kindergartens closed amid suspicion of protected monopoly, a 村委会's trucks blocking a migrant
kindergarten, and a 园长 under investigation; out items are a private kindergarten head's arrest,
a private 园长's burial of a dead child in court, parents wanting a promised kindergarten and
nearby places, a private 园长's complaint about closures, a grandfather's lost place, villagers
blocking a kindergarten site over compensation, a parent's fee complaint and its reply, a 纪委
check of private kindergartens' fees and a commentary on a 机关幼儿园 letter. Sources
(stored-pages search): an 東方日報 report on the 惠州 公交總公司幼兒園 (traditional); a 閩南網
copy of the 海峽都市報 report on 翔安 慈恩幼兒園 (traditional); a copy of the 安溪 湯內村 report
(traditional); a udn report on the 彰化 附幼主任 (traditional); a qqzyw copy on the 志丹 候市幼儿园;
a 華圖 copy of a commentary on the 金堂 云合鎮 園長 (traditional); a 新西部網 copy of the 合陽
report (traditional); a flipchinanews report on 孟希娟 (traditional); a xiongdixin post of 贾永平's
letter; a 中新網 copy of the 江南時報 report on 大豐 (traditional); a zhaoqt copy on the 看丹村
kindergarten; a laotaotie post on 沈爱武; out: a 东南网 copy of the 新华网 report on 莫宝珠, a
zu001 copy on the 玉溪 case (traditional), a 信網 report on 瑞海馨園 (traditional), a 每日商报
report on the 杭州 问政, a 宝宝知道 answer, a copy of the 福州 温泉幼儿园 report, a 人民网 copy on
白浪镇, a 江西 问政 letter with the 袁州区 reply, a 海南 copy on the 定安 纪委 check (traditional)
and a 長沙晚報 commentary on 信陽 (traditional). Twelve texts are in traditional script (items
1-4, 6-8, 10, 14, 15, 21, 22; the glossing pinyin of the pages' converted copies removed in 2, 3,
7, 14, 21, 22).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, hashtags and the truncated last sentences of the stored copies
removed); paragraphs joined; ASCII punctuation written full-width except inside numbers ("4:1",
"0532-80889431"); stray spaces removed (006, 010, 011, 012, 020). Sentences garbled in the stored
copies cut (003 "里面?zhèn)鱽?lái)…", 015 "所有?,F在…", 022 "因?yàn)樗钦…"); the random characters
"眨坊", "训筛径" and "安糟" inserted into words of 017 removed. Page oddities kept: "第三我幼儿园"
and the unclosed quote of the agreement (009), "把把" (017), "求学不再出省笔者从当地政府获悉" and
the missing final stop (019), the spun wording of 018 ("器材酬劳", "名额已剩", "不告诉"), "郭一至唐"
(014), "妥善管，" (020), 「」 quotes (008), "你好我是" (020, paragraphs joined).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
heads and staff of public and state-firm kindergartens and 学区 staff count as public servants;
private kindergartens' owners and heads do not), "out" otherwise with out_type 涉法涉诉 / 征地拆迁
/ 个人利益诉求 / 其他. Reporters, victims, witnesses, private persons and officials who only
handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name, "原" kept) and units as written; unit None when the
text ties the person to no named unit. Topics only from the twelve names of triage.md; fees and
levies on parents are 群众纪律 (IS.MAS.01), food money cut from children 群众纪律 (IS.MAS.02),
feasts and dinners 八项规定. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (009, 010,
011). Out types: 涉法涉诉 2 (013, 014), 个人利益诉求 4 (015-018), 征地拆迁 1 (019), 其他 3
(020-022). 9 accused entries, all in items 1-12: 5 with a full name (盧金坤, 林慶國, 孟希娟, 刘秀珍,
沈爱武), 2 masked (陳某妮, 范某), 2 post only. Items 007, 010 and 011 are in scope with no accused
entry. Out items have no accused entry.

Close calls:
 1  Traditional; "【本報綜合報道】" cut. A 公交總公司 kindergarten is taken as a state firm's (the
    text does not say so; hard). One entry (None, '物業經理', '惠州市公交總公司幼兒園'); the cook,
    the accountant and the 保健老師, his relatives, are not officials. 群众纪律 and 廉洁纪律 (kin).
 2  Traditional, the page's second page; the sub-headings "相關人員不負責任" and "監管環節形同虛設"
    cut; ends before the truncated "接下來的第二個環". ('陳某妮', '工作人員', '馬巷學區輔導室'), who
    passed the papers unchecked; 林某燕 is the private kindergarten's clerk; the 翔安區教育局 is an
    organ. 工作纪律 only (失职; could add 形式主义官僚主义).
 3  Traditional; the caption and the sub-heading "現場 村文化活動中心 出租辦起幼兒園" cut; the
    garbled sentence on the children's noise cut; ends before the truncated "村民們認為…損害了村民的
    權", so the 擅自 charge is only the villagers' earlier words. ('盧金坤', '村委會主任', '湯內村'):
    the kindergarten's owner is his relative (hard: "村干部" act as a group). 廉洁纪律.
 4  Traditional, Taiwan (hard: a public official, but not of the mainland). Headline cut. The head
    is unnamed and her school unnamed: (None, '主任', None). 贪污贿赂 and 群众纪律 (overcharging).
 5  A 教育局 notice retold: ('范某', '园长', '候市幼儿园'); 刘某某 is the host, 薛治银 only
    answers. 八项规定 only (the 局长's "并不违反规定" is his view).
 6  Traditional commentary; the site lines and title cut; the citation "（成都商報11月20日）" kept as
    published (space removed); ends before the truncated "真替林園長臉" sentence. ('林慶國', '園長',
    '云合鎮中心幼兒園'). 八项规定, 廉洁纪律 (大操大办) and 工作纪律 (classes cancelled).
 7  Traditional; the headline "合陽縣教育局欺上瞞下 藐視中央學前教育政策", the document captions
    and the "圖片鏈接" line cut; ends before the truncated 路井鎮 sentence. Hard: with the headline
    gone, the charge is only the missing 中心幼兒園 built with central money; the 教育局 and the
    county are organs: in, no entry. 工作纪律.
 8  Traditional; "【2025年06月11日訊】" and "None" cut; ends before the truncated contract paragraph.
    ('孟希娟', '園長', '秦都偏轉幼兒園'): first written "省級示範幼兒園園長孟希娟", the unit from
    "秦都偏轉幼兒園原園長". Not mixed: the family's appeal is her defence, not a petitioner's claim
    (hard; could be read as 涉法涉诉 mixed). 贪污贿赂.
 9  Mixed, a first-person letter: the founder's own investment and losses (个人利益诉求) beside
    the 局长's pressure and promises. Site path and the headline "乌海市海南区教育局以权谋私,暗箱操作
    榨取百姓利益!" cut (hard: the accusation is then only implied); ends before the truncated "正是
    有了…扩" sentence. ('刘秀珍', '教育局局长', '海南区教育局'); 贾永平, a former 人大代表 and 政协委员,
    is the writer. 滥用职权.
10  Mixed, traditional: the private kindergartens' wish to stay open (个人利益诉求) beside the
    suspicion of "執政不公庇護壟斷"; the site lines, "中新網8月15日電" and the sub-heading cut; ends
    before the truncated licence sentence. The 大豐市教育局 and the other 局 are organs: no entry.
    滥用职权.
11  Mixed: the tenant's claim to the leased land (a contract dispute) beside the 村委会's trucks,
    power cuts and "几十人三番五次闹事". Title lines, date line and the sub-heading "民办幼儿园被“取缔”"
    cut; ends before the truncated 《通告》 sentence. The 村委会 is an organ: no entry. 群众纪律.
12  A post: headline and author line, the hashtags and the read count cut; the post's inline
    labels "专家解读：", "民生视角：", "唤羽师小结：" kept. ('沈爱武', '原中心幼儿园园长', '黄桥镇') as
    first written "泰兴市黄桥镇原中心幼儿园园长沈爱武" (as "大兴镇党委书记" in fresh64th.py). No topic:
    only "严重违纪违法" is stated (hard; the general 招生、采购 remarks are no charge).
13  涉法涉诉: a private kindergarten head detained for fraud ("职务犯罪" in the police words, but a
    民办 kindergarten); "新华网珠海5月15日电 (记者魏蒙)" and the related-links lines cut. Hard.
14  涉法涉诉, traditional: a private kindergarten's 园长 sentenced to pay damages; the page's opening
    table on 公辦/民辦/黑幼兒園 and two sub-headings cut; ends before the truncated 報警 sentence.
15  个人利益诉求, traditional: a parent wants the promised kindergarten; the developer's answer (its
    garbled "所有?,F在…" sentence) and the 教體局's truncated answer cut. The developer 青島城投 is
    a state firm, but no misconduct is alleged.
16  个人利益诉求: parents' wish for nearby kindergarten places at a televised 问政; "每日商报讯" and the
    two sub-headings cut. The 副区长 only answer. Could be read as 其他 (news).
17  个人利益诉求: a private 园长's answer on a Q&A page about closures (the question line cut). Hard:
    "政府怕承担责任，掉了乌纱帽" blames the government as a whole, no official named.
18  个人利益诉求: a grandfather's lost place and a 4000元 fee; the "本文摘要" repeat and the site line
    cut. Hard: if the kindergarten is public (the text does not say) the fee tied to places would be
    in scope; the 马园长 only answers.
19  征地拆迁: villagers block a kindergarten site over low compensation (a praise story of the 镇);
    only that paragraph of the spun copy kept. Hard: short and without a final stop.
20  其他: a parent's 问政 letter against a public kindergarten's early fees and the 教体局's reply
    finding none; ends before the truncated second point. Hard: an allegation against a public
    kindergarten, answered as unfounded (could be 个人利益诉求).
21  其他, traditional: a 纪委 check of 56 private kindergartens' fees; "本報訊 (記者…)" cut. No official
    accused ("不擔當、不作為" is a promise).
22  其他, traditional commentary: 倪某, a 財政局 worker, got a sealed letter for his child's place; the
    writer finds the letter by the rules and blames 機關幼兒園 admissions. The garbled paragraph and
    the truncated last sentence cut. Hard: could be read as in (公權私用).
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH178: list[Item] = [
    # 01
    ('https://orientaldaily.on.cc/cnt/china_world/20141211/00178_031.html',
     '廣東惠州市公交總公司幼兒園前早被近百名家長堵住校門。家長表示因透過老師所拍攝的照片，發現學生的膳食被'
     '剋扣。家長對此極度不滿，圍堵校門，並要求總公司調查和撤換負責採購膳食的物業經理，還有換掉廚師和財務等'
     '四人。部分家長向傳媒展示從老師傳來的相片，發現學生用膳時三名學生只能分享一根香蕉，部分蘋果更出現腐爛'
     '的情況。老師亦指出負責採購的物業經理、廚師、財務及保健老師均有親戚關係。據悉相關教育部門已經成立調查'
     '小組了解事件，並已將物業經理等四人停職。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [(None, '物業經理', '惠州市公交總公司幼兒園')]),
    # 02
    ('http://m.yyykp.com/xiamen/news/647986-2.html',
     '慈恩幼兒園為什么能如此順利的騙取到補助款呢？根據市教育局《關于民辦幼兒園實行分級收費管理等事項的通知'
     '》（廈教財【2011】21號，以下簡稱“21號文”），民辦幼兒園申領財政補助時，在審核、撥付、抽查等各個環節都'
     '有嚴格規定。然而調查發現，翔安區教育局沒有盡到監管職責，上述規定對慈恩幼兒園來說，都形同虛設。按照“2'
     '1號文”的規定，馬巷學區（即馬巷中心小學）應當負責收集馬巷鎮各民辦園上報的符合財政補助的幼兒材料，核對'
     '每個幼兒的戶口原件、進城務工人員隨遷子女證明等。但2012年9月，慈恩幼兒園經辦人林某燕向馬巷學區輔導室'
     '申報財政補助材料時，以種種理由沒有提交戶口原件，輔導室工作人員陳某妮未進一步確認，也未到實地核查幼兒'
     '人數，就接收上報了。林某燕順利通過了第一個審核環節。',
     'in', None, False, ['工作纪律'],
     [('陳某妮', '工作人員', '馬巷學區輔導室')]),
    # 03
    ('http://www.ghqlgyb.cn/quanzhou/anxi/xw/888709.html',
     '村里的文化活動中心大樓落成后，村民們未曾在里面活動過，便變成私人幼兒園——這讓安溪縣金谷鎮湯內村一些村'
     '民難以接受。近日，接到湯內村多名村民反映稱，他們村的文化活動中心，被村干部擅自對外出租辦起了幼兒園。'
     '村干部回應稱，將新建的文化活動中心出租給幼兒園辦學，是為了還清工程款。真實情況到底如何？13日，記者進'
     '行采訪。13日上午11點多，記者來到金谷鎮湯內村。多名村民反映，村文化活動中心現在已經成幼兒園辦學場地了'
     '。記者看到，一幢三層高的新樓房，在附近的民宅中顯得很突出，三樓外沿鐫刻著“湯內村文化活動中心”幾個醒目'
     '的大字。透過大門，可見成群的小朋友在上課或做游戲。樓前空地上停放著幾輛校車。79歲的村民盧興泰和62歲的'
     '村民盧興華等人介紹，該村文化活動中心由縣政府撥款100萬元建設，大樓很氣派，可是建成后，“大樓并沒有成為'
     '老年人、村民的活動中心，卻擅自租給別人辦起了幼兒園。”幾位村民透露稱，開設幼兒園的老板為湯內村村委會'
     '主任盧金坤的親戚。',
     'in', None, False, ['廉洁纪律'],
     [('盧金坤', '村委會主任', '湯內村')]),
    # 04
    ('https://udn.com/news/story/6898/9324598',
     '彰化1名國小附設幼兒園主任疑超收學費中飽私囊，昨天經彰化地檢署檢察官訊問後，認其涉犯貪污治罪條例，且'
     '有串供滅證之虞，向彰化地院聲押禁見，今天地院開庭裁定獲准。據指出，這間國小附設幼兒園已成立10多年，該'
     '名主任原本在他校擔任幼兒園教師，在幼兒園成立後即擔任主任，因此取得家長信任。即使幼兒園收取費用比縣府'
     '所定收費標準高，家長仍依單據繳交費用；多名家長昨天接到檢方通知約談詢問收費細節，才得知遭幼兒園超收費'
     '用。彰化地方檢察署今天表示，案件仍在偵辦中，無法說明。彰化地方法院下午開羈押庭，認為其犯罪嫌疑重大，'
     '恐有勾串、逃亡之虞，裁准收押禁見。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [(None, '主任', None)]),
    # 05
    ('https://xwzx.qqzyw.com/show-86745.html',
     '4月8日，志丹县教育局网站通报称，该县候市幼儿园园长范某接受老板吃请，造成不良影响被解聘。通报中称，4'
     '月3日，网传候市幼儿园园长范某接受蔬菜店老板吃请拍视频一事，4月5日该局经调查后了解到，2016年1月26日，'
     '范某受邀参加朋友刘某某生日聚餐。席间刘某某的妻子和几个朋友劝范某喝酒，其他朋友为了玩耍拍摄了视频，发'
     '到朋友圈。昨日，记者在网上看到了这段时长16秒的视频，画面显示，一名男子和三名女子在饭桌前搂抱嬉闹，其'
     '中一名女子坐在该男子怀中；画外有一个男声在说：“哎呀园长，你左搂右抱。”志丹县教育局在通报中称，经调查'
     '，范某接受吃请违反中央八项规定相关要求，经会议研究决定，解聘范某双河镇候市幼儿园园长职务。昨日，志丹'
     '县教育局局长薛治银表示，受邀参加朋友生日宴会并不违反规定，问题就是这个视频造成的影响不好。',
     'in', None, False, ['八项规定'],
     [('范某', '园长', '候市幼儿园')]),
    # 06
    ('http://m.bcdbw.cc/a/view/2013/1121/805404.html',
     '昨日是星期二，但四川省金堂縣云合鎮中心幼兒園的100多個孩子都沒有上學。不過，沒有了孩子們的幼兒園卻比'
     '平時更加熱鬧：一大早，鍋灶就架起來了，桌椅也擺好了，門口的鞭炮也鋪好了。臨近中午時，幼兒園門口更是人'
     '聲鼎沸，賓朋陸續趕來，一片喜氣洋洋。記者一探究竟原來是園長林慶國在過50大壽，在幼兒園大擺46桌宴席。（'
     '成都商報11月20日）為什么林園長要在中央八項規定嚴格貫徹執行的當下，敢于高調祝壽呢？為什么要選擇在星期'
     '二這個教學日占用幼兒園操場辦酒席呢？林園長及其家人解釋說：今年5月家里有人出車禍，7月份女兒開的培訓學'
     '校又出了些狀況，同時兒子的感情今年也特別不順。正好林園長今年滿49歲，家人希望，借著這場壽宴，能給家里'
     '沖個喜，帶來些好運。因為實在找不到能擺開46桌酒席的地方，生日必須當天慶賀才吉利，所以就只能讓幼兒放假'
     '，在園里辦了。這就是林園長在幼兒園內大擺宴席的“沖喜說”和“場地有限說”，無論從哪里說，都無法逃脫“特權'
     '說”和“迷信說”。',
     'in', None, False, ['八项规定', '廉洁纪律', '工作纪律'],
     [('林慶國', '園長', '云合鎮中心幼兒園')]),
    # 07
    ('http://feixiangquan.com/info/1050/10755.htm',
     '國家為了改善中西部農村學前教育，2012年中央投資900萬元用于渭南市合陽縣建設鄉、村幼兒園，改善辦園條件'
     '，合陽縣當地政府配套資金240萬元共計1140萬元。合陽縣2012年農村學前教育推進工程包括路井鎮、新池鎮、坊'
     '鎮、甘井鎮、楊家莊、百良鎮、洽川鎮等7所幼兒園的生活、活動及附屬用房，總建筑面積6430平方米，購置設備8'
     '00余臺（套）。中央投資重點是鄉（鎮），村兩級幼兒園建設，著力擴大農村學前教育資源，為農村留守兒童上學'
     '提供方便，普及學前教育，嚴格要求不得高標準建設豪華幼兒園，不得擅自更換項目或調整規模。近日本報記者在'
     '渭南市合陽縣路井鎮調查學前教育推進工程落實情況，在該鎮并未見到2012年學前教育推進工程中新建的路井鎮中'
     '心幼兒園。在鎮上記者經過多次打問走訪，只見到兩所幼兒園，但建設規模都不大而且都是陳舊的樓房。兩所幼兒'
     '園均為民營幼兒園。',
     'in', None, False, ['工作纪律'],
     []),
    # 08
    ('https://flipchinanews.com/cn/%e6%b6%89%e8%b2%aa%e8%a2%ab%e5%88%a4%e5%88%91-%e9%99%9d%e8%a5%bf%e'
     '7%9c%81%e7%b4%9a%e7%a4%ba%e7%af%84%e5%b9%bc%e5%85%92%e5%9c%92%e5%9c%92%e9%95%b7%e4%b8%8d%e6%9c%'
     '8d.html',
     '近日，中國一則關於省級示範幼兒園園長孟希娟貪腐的判決，震動了教育界。其被指控，在未報告、未經幼教集團'
     '同意的情況下開設秦都偏轉幼兒園帳戶，將本應納入幼教集團偏轉幼兒園帳戶管理的託管費、伙食費、藝術班費等'
     '費用，以秦都偏轉幼兒園銀行帳戶及其他個人銀行帳戶進行收取。占有公共財物1079餘萬元（人民幣，下同），構'
     '成貪污罪。而被告人始終堅稱「幼兒園是我個人承包經營，何來貪污國有資產？」陝西省咸陽市淳化縣法院一審裁'
     '定：秦都偏轉幼兒園原園長孟希娟因貪污罪獲刑11年，責令退賠涉案資金1079.5萬元。並處罰金100萬元。澎湃新'
     '聞報導，6月8日，從孟希娟家屬處獲悉，一審法院認為孟希娟係受偏轉電子委派到企屬幼兒園從事「公務」的國家'
     '工作人員。不過，孟希娟的親屬仍堅持，偏轉幼兒園確係孟希娟租賃承包經營。1079萬公共財物實為幼兒園資本備'
     '用金，非國有資產，孟希娟不構成貪污罪。目前，他們已經向上級法院提起上訴。1993年，咸陽偏轉電子科技有限'
     '公司（國有關聯企業）成立了企業辦幼兒園。2005年，孟希娟接手管理，將這座幼兒園打造為省級示範園。2017年'
     '國企改制浪潮中，幼兒園隨非經營性資產移交至咸陽幼教集團有限公司。',
     'in', None, False, ['贪污贿赂'],
     [('孟希娟', '園長', '秦都偏轉幼兒園')]),
    # 09
    ('http://www.xiongdixin.com/2og/slcy/20191012/45033.html',
     '我是海南区第三我幼儿园法人贾永平，1970年出生，民进会员，曾任乌海市第七届委员会人大代表，连任海南区第'
     '六届、第七届政协委员，被评为海南区“十优青年”，被海南区工商联（总商会）评为“执行委员”。2011年，我听说'
     '海南区要建民办公助幼儿园，我就找到海南区教育局了解情况，说明我的想法：根据自己的经济实力办一所民办幼'
     '儿园。教育局局长刘秀珍同意我的想法后，海南区教育局与我合作创办了海南区第三幼儿园（属公助民办），但万'
     '万没有想到，从此，我的人生厄运便开始了。当幼儿园准备开工建设前，教育局局长刘秀珍口头告知我，要是按照'
     '她提供的施工图纸和要求来建设，她有自治区扶持建设项目资金600万元给我投入，和我合伙建设公助民办幼儿园'
     '。超规模建园是违背我建园的初衷和前期建园准备的，但考虑是和教育局合伙办园，政府可以在资金方面给予支持'
     '，所以出于对政府的信任，我就采用刘秀珍提供的施工图纸。2012年4月30日，我与海南区教育局局长刘秀珍签订'
     '了《关于创办海南区第三幼儿园的协议书》及补充协议书。协议书明确规定：“教育局投入资金形成固定资产资金'
     '计入第三幼儿园固定资产数，资产随幼儿园总产值升、贬同步，政府投入部分待政府因政策或合约期满回收第三幼'
     '儿园资产时，政府回购或补偿第三幼儿园总资产中应扣除因政府投入所形成的产值。此外，协议书中明确规定了甲'
     '方教育局保证乙方第三幼儿园享有与公办幼儿园同等的法律地位和相同的优惠政策，还有政府投入资金的合作方式'
     '。',
     'in', None, True, ['滥用职权'],
     [('刘秀珍', '教育局局长', '海南区教育局')]),
    # 10
    ('http://www.cec100.cn//kj/jydt/news/2006/08-15/774032.shtml',
     '據江南時報報道，江蘇省鹽城大豐市11所私立幼兒園幾天前突然收到政府“取締”的通令，面臨“馬上封”的厄運。通'
     '過11所幼兒園負責人提供的材料以及記者的深入調查，發現大豐市此次的“封園”整治行動疑點頗多，厄運的背後，'
     '被懷疑是政府執政不公庇護壟斷。2006年8月4日，大豐市草堰、白駒、南陽、大中、三龍以及沈灶6鎮政府的11所'
     '民辦幼兒園突然收到大豐市教育局、安全生產監督管理局等五大局聯合下發的“關于在全市開展取締非法幼兒園集'
     '中整治行動的通知”。通知中明確表明，在今年8月11日至31日，大豐市有關行政主管部門將集中對以上6鎮政府的1'
     '1所幼兒園進行清查、取締行動。據了解，這11所幼兒園的園長此前一直從事幼兒學前教育，都有幼兒教育的資格'
     '證書。',
     'in', None, True, ['滥用职权'],
     []),
    # 11
    ('https://zhaoqt.net/youmoxiaohua/254655.html',
     '垃圾车堵在“民工子弟幼儿园”大门，200个孩子无园可上。原因是承租人在十几年前租赁的荒芜土地，如今成了香'
     '饽饽，村民、村委会意欲收回。2010年9月15日正午时分，几个村民模样的人在幼儿园一侧打牌并不时环顾四周，'
     '而幼儿园大门口仍然有十几辆垃圾车东倒西歪地堆放在那里。徐翠和她60岁的父亲徐永强打开了幼儿园大门。幼儿'
     '园所在的北京市丰台区花乡看丹村，属于比较偏远的区域，这里聚集着大量外来务工人员及其家属。外来务工人员'
     '和本地人员的比例是4:1，民工子女没有幼儿园可上一直是当地的老大难问题。26岁的徐翠是北京晓星月明培训中'
     '心的投资人，2009年，她正式接手这所被附近居民称为“民工子弟幼儿园”的培训机构。这家幼儿园是当地方圆30里'
     '内唯一经过政府批准的民营幼儿园，每月收费300元（含两餐），吸引了附近200多名外来务工人员的子女来此学唱'
     '歌、跳舞、认字。一个多月前，这所“民工子弟幼儿园”遭遇当地村30多辆垃圾车堵门、断电、断水等强制措施。孩'
     '子们渴了只能喝买来的矿泉水，一些接送孩子的家长见村委会派来的几十人三番五次闹事，且日夜守候在幼儿园门'
     '口，都不敢再把孩子送到这里。幼儿园被迫停业。记者看到，这座大院的土地面积约4.5亩，最里面也是最宽敞的'
     '空间即是幼儿园。办公室墙上的工商营业执照和税务登记证仍在，徐翠用手指了指说：“这是幼儿园的执照，但村'
     '委会却说我们是无照经营。”',
     'in', None, True, ['群众纪律'],
     []),
    # 12
    ('https://laotaotie.com/new/741190322740011008',
     '2026年3月，泰兴市黄桥镇原中心幼儿园园长沈爱武涉嫌严重违纪违法被查。两年前，她刚被任命为南街分园园长'
     '，并在集团揭牌仪式上承诺“办好家长满意的好幼儿园”；一年前，她亲自主持师德师风培训，强调“绝不触碰红线”'
     '。如今，她自己成了案中人。专家解读：幼儿园园长手握招生、采购、基建等权力，容易滋生“微腐败”。这类腐败'
     '隐蔽性强、小额多次，但直接侵害家长和孩子利益。2025年全国检察机关起诉教育领域职务犯罪1700余人，教育反'
     '腐正向基层延伸。民生视角：幼儿园腐败，伤的是孩子吃的食材、穿的园服，痛的是家长的信任。守护孩子，必须'
     '清除蛀虫。唤羽师小结：权力不分大小，失去监督必生腐败。“绝不碰红线”不是口号，是必须守住的底线。',
     'in', None, False, [],
     [('沈爱武', '原中心幼儿园园长', '黄桥镇')]),
    # 13
    ('https://folksfolks.com/women/2011-05/16/content_4556277.htm',
     '珠海市公安局相关负责人15日傍晚透露，因涉嫌诈骗和职务犯罪，珠海香洲创艺荣泰中英文幼儿园原园长莫宝珠已'
     '于12日被刑事拘留。5月11日，新华社以新华调查的形式对这家幼儿园存在的问题进行了曝光。此事的起因是数名'
     '离职教师集体投诉这家民办幼儿园克扣老师工资、克扣孩子伙食。曾任这家幼儿园的厨师吴清秀说，这里的厨师很'
     '难当，做300多人的饭，每4天才能用一瓶用普通矿泉水瓶装的油，一个鸡蛋、一个苹果要一分为四、一分为六，分'
     '给4个人、6个人，一根香肠要对半再对半切……曾任这家幼儿园会计的黄美梅提供了2010年11月的伙食费实际支出账'
     '单。这份账单表明，当月真实的买菜款仅为8040元，比虚假的账单少48826元。据此推算，每个孩子在此日均花费'
     '不到1元钱。即使加上煤气费、油米钱和厨师费，每月实际支出也远低于每个孩子每月交的210元。“每个月仅克扣'
     '伙食费就高达5万元，一年总计克扣60万元。”有家长说，但这家幼儿园原园长莫宝珠作出的回应是：这是“清淡营'
     '养餐”。珠海市公安局指挥中心副主任杨卫平告诉记者，接到报案后，珠海市公安局以及香洲分局对此高度重视，'
     '立即组织力量介入此案。经查，莫宝珠在任这家幼儿园园长期间，不但通过虚开现金支出票据以实际不到1元的“清'
     '淡营养餐”克扣幼儿伙食费，而且在收取的幼儿伙食费、保险费、保育费等项目上涉嫌诈骗和职务犯罪。目前，针'
     '对此案的调查取证和审理工作仍在进行中。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://zu001.cn/consumer/edu/136602.html',
     '云南省玉溪市一個1歲零8月的幼兒被家長托管在幼兒園里，飯后被異物阻塞氣管出現生命垂危癥狀，經醫院搶救無'
     '效死亡。荒唐的幼兒園園長唐成艷竟然帶著另一名工作人員郭一至唐私自將幼兒尸體掩埋后，報警謊稱幼兒走失。'
     '日前，該案由玉溪市紅塔區人民法院公開審理后，一審判決二被告賠償幼兒家屬喪葬費、死亡賠償金、精神撫慰金'
     '等近18萬元。今年3月31日上午8點，在玉溪市紅塔區打工的劉宗全將自己1歲零8個月的兒子翔翔送上“智多星”幼兒'
     '園開到家門口接孩子上學的面包車，就去工地上干活了。他的兒子從3月28日開始送到這個幼兒園上學，每天早上8'
     '點校車來接，下午6點送回家。但這天下午6點過了，劉宗全的兒子還沒被送回來。劉宗全趕緊打電話給幼兒園園長'
     '唐成艷。唐稱：“孩子很快就會送回家。”然而，又等了半個小時，兒子還沒送回來。一個半小時以后，劉宗全再次'
     '打通了唐成艷的電話。唐說，自己下午帶著孩子逛街的時候，不小心把孩子弄丟了。劉宗全認為事有蹊蹺，于是迅'
     '速報警，并邀請數十名老鄉一起尋找孩子。然而，到了4月1日早上8點，都沒有孩子的音訊。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://www.zhuanguanjia.com/langfang/anci/52027.html',
     '“當初購房時，小區規劃就有幼兒園，但是到現在還沒有開園，每次詢問都沒有明確的答復。”市民王女士告訴信網'
     '（0532-80889431），瑞海馨園小區附近沒有幼兒園，孩子們現在上幼兒園都要去很遠的地方，給孩子和家長都造'
     '成了不便。自己當初購買瑞海馨園也正是因為看好了這個幼兒園，自家孩子上幼兒園方便。“2017年底我向市北區'
     '教育局咨詢幼兒園的事，答復是幼兒園將在2018年6月招生，目前已經和華中師范大學簽約了，幼兒園名字叫華中'
     '師范大學瑞海馨園附屬幼兒園。”本以為幼兒園即將開園，誰知道一年過去了，幼兒園開園的事還遙遙無期。近期'
     '王女士又一次向開發商青島城投集團咨詢幼兒園的事情，工作人員告訴王女士，市北區教體局可能不會在這里開公'
     '辦幼兒園了。這個消息讓王女士沒辦法接受，“我們家長心心念念盼的幼兒園就這樣不開了，孩子上學的事依然是'
     '個問題。”',
     'out', '个人利益诉求', False, [],
     []),
    # 16
    ('https://hznews.hangzhou.com.cn/chengshi/content/2019-11/17/content_7305368.htm',
     '11月15日下午，2019杭州市“公述民评”面对面问政迎来了第四场电视直播。这场直播聚焦“美好教育是否有效推进”'
     '，重点围绕学前教育均衡优质发展，民办学校“择校热”治理以及校园周边的食品安全、交通秩序、文化环境、社会'
     '治安等问题展开。市教育局、市市场监管局、杭州市十城区及钱塘新区等相关负责人到场，接受面对面问政。人生'
     '百年，立于幼学。孩子到了3岁能够就近入园，是每个家长梦寐以求的。家住上城区南星公寓的家长却为此备受困'
     '扰。其实离家最近的，是隔壁的凤凰亲亲幼儿园，走路在十分钟之内，之前小区里的孩子都是在那儿入园。但是今'
     '年新入园的孩子们却被分去了太庙广场附近的紫阳幼儿园，步行需要40分钟。同样的，余杭区五常街道合景映月台'
     '小区，一路之隔就有杭州未来科技城海创幼儿园。可到了今年入学季，映月台小区业主的孩子都无法就近入园，而'
     '是被调剂到了更远的文福幼儿园。上城区副区长毛素云回应，目前划分学区是按社区为单位的，所以出现入学调剂'
     '、远距离就学的情况是有可能的。之后，区教育局会对幼儿园进行排摸，了解情况后给家长满意的答复。余杭区副'
     '区长许玲娣则表示会对这一情况进行核实。她说：“这几年，余杭区对教育非常重视，一直在各方面加大力度保障'
     '人民对美好教育的需求。比如外来务工子女，只要符合条件政府都有责任和义务保证孩子入学，挖掘一切潜力保障'
     '资源。”',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('https://baobao.baidu.com/question/2b5eda8ce4147f11ac1797ae37f61c5e.html',
     '我就是大兴区刘村的一所幼儿园园长，现在因为旧宫的一场大火殃及了很多企业，政府怕承担责任，掉了乌纱帽，'
     '所以采取了一刀切的办法，可是这样的同时政府部门没有想想以后这些孩子应该如何安置，据我了解，公立幼儿园'
     '面对当地的孩子居多一些，外地孩子要收借读费还要托关系，很难，以前政府把把私立幼儿园叫民办幼儿园，可是'
     '现在却说成黑幼儿园，我们的幼儿园一直都在教委有备案而却是教委来下发一些文件，一直都是教委在管理，我们'
     '把幼儿园当成了自己的事业来做可是政府说不让干了就不让干了，一点说法都没有，5月3号下发通知5月6号关闭，'
     '不关闭的幼儿园会断水断电，不让在村里住立刻搬走，政府在驱赶外地人口，还说没有义务去分流',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://hljlqhb.com/qiyedongtai/636.html',
     '福州市民赵先生的孙子去年在福州市鼓楼区温泉幼儿园上了一年娃娃班，却没领取小班报名表，孙子同班的几名小'
     '伙伴，都有报名表，就我们没拿到。随后，赵先生寻找园方，园方称之为名额已剩。赵先生猜测，这和自己并未及'
     '时交纳4000元器材酬劳有关。赵先生回想，幼儿园在5月底开会过家长会，让家长交纳4000元，用作购置园里的公'
     '用器材、桌椅、玩具等，并提及没发票。但是，由于赵先生一家的疏失，并未及时交纳这笔钱。6月底，孩子即将'
     '放暑假，园里开始放小班报名表，自己的孙子就没获得报名表。之后，赵先生从领取报名表的孩子家长那里了解到'
     '，他们都早已递了这笔钱。记者随后联系了温泉幼儿园的马园长，马园长称之为，不告诉有交4000元器材酬劳的事'
     '情，他们都是按规定收费，如今幼儿园甄选早已累计，名额已剩。附近居民告诉他记者，因为名额紧绷，递一些额'
     '外的费用，出了一种潜规则。有很多就住在幼儿园附近的孩子，都未能取得入学的名额。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.nanjingshizx.com/njsly/1927.html',
     '为了办好家门口的教育，让辖区内儿童的心愿得以实现，求学不再出省笔者从当地政府获悉，白浪镇党委政府以“'
     '学前教育三年行动计划”为契机，于2013年投资206万元立项面积1143平方米的白浪镇中心幼儿园，但好事多磨，在'
     '2014年开工建设之际，却遇到了很大困难，当地村民强力阻拦，原因只在土地政策性补偿标准低，大家谁都不愿意'
     '将自家的土地让出来，致使这项惠民工程无处可建',
     'out', '征地拆迁', False, [],
     []),
    # 20
    ('https://wenz.jxnews.com.cn/ms/viewpage/202409/view_414985.html',
     '尊敬的教育局领导：你好我是一名幼儿家长，现对袁山实验幼儿园提前收取学费的违规行为进行举报。该幼儿园在'
     '本学期还未学完就要求家长提前缴纳下一学期的学费，严重违反了相关规定。提前收取学费给众多家庭带来了经济'
     '压力和困扰。我们家长认为，幼儿园应该按照正常的学期安排，在学期结束后再根据实际情况收取学费，而不是提'
     '前数月甚至更早时间要求缴费。提前交学费的行为不仅不合理，也可能存在资金安全风险。我们无法确定幼儿园是'
     '否能够妥善管，另一方面，不通过赣服通收费也不符合相关政策要求，扰乱了正常的教育收费秩序。规范的收费渠'
     '道有助于提高收费的透明度和公正性，保障家长和学生的合法权益。希望相关部门能够对袁山实验幼儿园的这种违'
     '规收费行为进行严肃查处，督促其立即整改，严格按照规定通过赣服通等正规渠道收取学费，确保教育收费的规范'
     '、安全和公正。宜春市袁州区教育体育局回复：网友“敏敏”：您好！9月10日，收到您反映的“袁州区袁山实验幼儿'
     '园违规收费”问题，我单位高度重视，9月11日，我局教育股负责人钟利及工作人员赴现场进行核查，现将有关情况'
     '回复如下：您反映的袁山实验幼儿园为袁州区秀江街道中心幼儿园袁山分园，业务归口秀江街道中心幼儿园管理。'
     '1.关于您所反映的该园提前预收下一学期学费的问题，经调查，袁山实验幼儿园在5月28日收取该生500元费用为20'
     '24年春季学期所欠伙食费，收据上已写明“2024春季”，由于开具收据教师的疏忽，未列清楚项目。另您反映缴交33'
     '00元费用的缴费时间为9月2日，为2024年秋季学期保教费等费用，经核实，该园未提前收取费用。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.hg87897.com/hnnew/2021-06-18/4_138220.html',
     '“錢已經退回來了，感謝紀委的幫忙，以后再也不用給孩子交空調費了！”近日，看到前來回訪的定安縣紀委監委工'
     '作人員，新竹鎮的一位家長笑著說。為切實規范民辦幼兒園收費行為，定安縣紀委監委日前對全縣56家民辦幼兒園'
     '教育收費情況進行專項督查。定安縣紀委監委駐縣教育局紀檢監察組通過走訪調查、查閱資料等方式，重點圍繞未'
     '經備案擅自收費，未嚴格執行收費公示制度，伙食費管理不規范等問題開展督查，對民辦幼兒園“精準把脈”。督查'
     '中發現，5家民辦幼兒園存在未經備案擅自收費行為，4家民辦幼兒園違規收取住宿費、保險費、空調費、舞蹈費，'
     '1家民辦幼兒園伙食費虛造支出明細。同時，伙食費管理手續、退費手續不規范，伙食費結算未按月張榜公布，收'
     '取保教費和住宿費時未使用稅務機關統一印制的稅務發票等問題也不同程度存在。目前，紀檢監察組已將問題集中'
     '反饋至定安縣教育局，督促該局扛起監管責任，對問題限期整改并跟蹤問題整改情況。定安縣紀委監委有關負責人'
     '表示，將結合全縣作風整頓建設工作，深挖細查問題背后的作風問題，嚴厲查處不擔當、不作為、亂作為行為，保'
     '護群眾合法利益。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://www.wxdmx.com/plzhx/dlgc/201401/t20140117_5547555.htm',
     '近日有網友發微博稱，河南信陽市一所幼兒園收到蓋有政府部門公章的介紹信，信中讓幼兒園對倪某的孩子“給予'
     '適當照顧”。據了解，該幼兒園是信陽市政府機關幼兒園，倪某是市財政局工作人員，去年7月他帶孩子去報名，被'
     '幼兒園拒收，于是他就開了這封介紹信，當他再去報名時，幼兒園稱孩子符合入園條件。對于網友們的質疑，該幼'
     '兒園一名老師回應稱，他們主要是面向信陽市直機關單位招生，讓單位開介紹信是為了證明孩子的身份。（1月16'
     '日《河南商報》）公章代表著公權力，為自家孩子上幼兒園開具蓋有公章的介紹信，難免有公權私用、以權謀私之'
     '嫌，網友們的質疑正在于此。但搞清事情的來龍去脈后，你會發現這個介紹信確有必要開，甚至是按規矩辦事。所'
     '以，問題的關鍵并不在于介紹信，而在于機關幼兒園對招生對象的限定。毋庸諱言，這是一種顯而易見的不公平。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH178, "fresh178")
