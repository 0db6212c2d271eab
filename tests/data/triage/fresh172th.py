"""Sealed batch fresh174: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh172th.py; the batch and its row ids are "fresh174".)

Theme: forged seals, papers and records: a 村委会主任 said to have stamped a false 证明 with an old
seal to have a villager's 低保 cancelled, a 村委会主任 who certified a forged contract for a public
employee's loan, a 村支书 who had a disabled villager "appointed" in his place by a forged 红头文件, a 发改委's false
approval, a 发改局长 who went to school under another man's name, a 镇党委副书记's doubted degree,
village cadres who forged compensation tables, two 村官 tried for making a new 财务章, 档案造假
(ages, records), a 街道办事处 said to have forged fingerprints to convert farmland, a 村委会 said
to have signed an agreement with a dead man, and signatures forged for a 整村改造 approval; out
items are private forgery cases in the courts (a fake "邓州市人民政府", a print shop's 派出所
stamps, a forged 村委会 seal for a birth permit), a forest-land dispute over an altered 林地证, a
letter on a village's condition for a 计生证明, a woman without a 户口, a village seal that does
not match the ID cards, a 检察院 study of seal-forgery cases and two reports on 证明 demanded of
communities. Sources (stored-pages search): the 西安理工大学 纪委 copy of "旧公章开出假证明" (茶庵村);
a 延安日报 copy of the 纪检监察报 case of the 彭山 中和村; a qunfachuanzhen commentary on the 南寨镇
forged appointment; a converted copy of a commentary on the 新鄭 發改委 false approval
(traditional); a 东南网 copy of the 新华社 report on 冷立群; a 财富中文网 item on 纪云浩; a 人民网
copy of the 湖南日报 report on 申家滩村; a ppfocus copy of a report on the 天津 邊村 trial
(traditional); a 中国经济网 report on 档案造假; a 搜狐青岛 report on 杜家疃村 with 李荣茂's words;
a 法律常识 copy of a 1007 complaint from 古城村; a baogaosu copy of the report on the 涧西 forged
signatures; out: a hyyz888 copy of the 东南网 copy of the 大河网 report on 张海新, a 91fabiao copy of the 仁寿 case of
王某某, a fx361 copy of a case note on 潘某, a 驻村 diary from 石药村, a 兴宁 forum letter to the
市长, a 天水日报 report on 吕建荣, a 常熟 forum copy of a 12345 item on 洩水村, a 检察日报 article on
伪造公司印章 cases, a 中国日报网 copy of a report on 奇葩证明 and a converted copy of a 半月谈 report
on community 证明 (traditional). Three texts are in traditional script (items 4, 8, 22; the
glossing pinyin of the converted copy of 4 removed).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, site paths, link lines, forum lines and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers, the page's straight double quotes written as “ ” (010); stray spaces
removed (005, 010, 017). Page oddities kept: "马相兰" beside "马香兰" (013), "韓樹剛" beside
"韓樹鋼" (008), the simplified forms "合伙", "后知", "怎么", "最后", "云里" and "里面" in the
traditional 004, "嫩在这" and "我住会下去拿" (010), "方能可以" (017), "二十世纪的第一个十年" for the
2000s (016).
scope "in" for alleged misconduct of a party member or public official (village cadres and
村民小组长 included; staff of public institutions such as a 房地产服务中心 count as public
servants), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Reporters,
victims, witnesses, private persons, hired village staff and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry; an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept, "时任" dropped as in fresh104th.py) and units as written;
unit None when the text ties the person to no named unit. Topics only from the twelve names of
triage.md; forged or false papers, seals and signatures by officials are 工作纪律 (IS.WRK.04
弄虚作假), with 滥用职权 where the post itself is used to do it; 档案造假 and faked ages and degrees
are 组织纪律 (IS.ORG.04), as fresh92th.py did for age fraud. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (011, 012).
Out types: 涉法涉诉 3 (013-015), 征地拆迁 1 (016), 个人利益诉求 2 (017, 018), 其他 4 (019-022).
15 accused entries, all in items 1-12: 10 with a full name (马永怀, 胡志安, 陶芳, 帖托, 冷立群,
纪云浩, 李菊芳, 李建安, 翟福軍, 韓樹鋼), 1 masked (宋某), 4 post only. Items 004, 010
and 011 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  A 纪委 story; the site path, title and date line cut; ends before the truncated "为查明真相，
    调查组翻阅了历年…". ('宋某', '村委会主任', '茶庵村委会') as first written "茶庵村委会主任宋某";
    袁某 is the victim, the 镇民政办 worker and the seal keeper only answer. The story stops before
    the finding, so the false 证明 is still an allegation. 工作纪律, 群众纪律 (a 低保 taken away) and
    滥用职权.
 2  A 纪委 通报 with its comment; the heads "典型案例", "分析点评" and the source line cut. Three
    accused: ('马永怀', '原村委会主任', '中和村'), ('胡志安', '组长', '中和村二组') (a 村民小组长,
    called "基层党员干部" in the text) and ('陶芳', '职工', '区房地产服务中心') (hard: her forgery
    served a private loan, but she is a public employee and was "开除公职"). 工作纪律 and 滥用职权.
 3  A commentary; ends before the truncated list "他为什么敢这样做？…". ('帖托', '村支书',
    '孙石窑村'): first written "时任村支书帖托", the village taken from the forged appointment to
    "孙石窑村党支部书记" that replaced him (hard; could be unit None). The seal keeper is
    (None, '工作人员', '南寨镇') ("南寨镇负责管理公章的工作人员"). The 时任镇长 was only punished (the
    two acted "瞒着镇领导"): not accused (hard). 郭白虎 and 郭黑某 are victims. 滥用职权, 工作纪律
    and 群众纪律 ("侵害弱势群体权益").
 4  Traditional commentary; the sentence garbled in the stored copy ("該廠領到營業執照?缮a(chǎn)
    不到兩個月，建材廠就被拆除") cut, the citation "（10月16日《新聞晚報》）" kept as published,
    ends before the truncated "我國《刑法》". The 新鄭市發改委 is an organ and the text names
    no one in it; the 省發改委檔案室 主任 only confirms: in, no entry. 工作纪律 and 滥用职权.
 5  The "原标题" line, the dateline "新华社长沙9月7日新媒体专电（记者谢樱）" and the sub-heading
    "官员顶替上学引发“实名”举报" cut; ends before the truncated "“蒋录明”近日看到…".
    ('冷立群', '发改局长', '新宁县'); 蒋录明 is the victim and reporter; the 组织部 only answers.
    Only 组织纪律 (could add 选人用人 for the "多次提拔").
 6  A short news item and a reader's comment on the same page; title, date, "立即打开", "| 相关阅读
    （虎嗅）" and the user lines cut; ends before the truncated "通过这起事件，有关部门应当深刻反".
    ('纪云浩', '党委副书记、政法委员', '建华镇'); the "一些镇村干部" who were rude are an unnamed group.
    The 增补承包费 is background, not a claim of the writer: not mixed. 组织纪律 (the doubted degree)
    and 群众纪律 (the cadres' treatment of farmers).
 7  The site path, title, date and "原标题" lines and the sub-heading "“随便报数据，也不会被发现”"
    cut; ends before the truncated "于是，李菊芳借…". ('李菊芳', '村委委员', '申家滩村') from
    "申家滩村委委员李菊芳" (hard: could be '委员', '申家滩村委') and ('李建安', '村党总支书记',
    '申家滩村') (first "时任村党总支书记李建安", the village from the text). 谭雪春 is a "临聘人员":
    not accused, as hired village staff; the other of the 7 村干部 are unnamed. 贪污贿赂 and
    廉洁纪律 (套取).
 8  Traditional; the inline sub-heading "財務章是公章嗎？" cut; ends before the truncated "根據庭審
    證據顯示…". Hard: a trial of two village cadres for 偽造印章罪 told with sympathy (they seem to
    have followed a procedure); in as alleged misconduct of village cadres, could be read as
    涉法涉诉. First written together as "邊村的兩位村官"; positions from "翟當年被…推選為村委會主任，韓
    則做了村委會委員": ('翟福軍', '村委會主任', '邊村'), ('韓樹鋼', '村委會委員', '邊村'). 張延年 only
    answers. Only 工作纪律.
 9  The sub-headings "乱象", "河北11名干部身份造假" and "干部调广西科级变处级" cut; ends before the
    王红英 and 王亚丽 paragraph (its 王亚丽 sentence is truncated). The 11 河北 cadres and the
    青海 "相关管理人员" are unnamed groups; the one 广西 cadre is (None, '处级干部', None) (hard: a
    single person, but no unit; "广西" is where he was sent). 组织纪律.
10  The link line "》》》李荣茂讲述：…（视频）", the video caption "2014年3月24日中午…卖地过程。" and
    "以下为文字实录：" cut; the transcript kept as published; ends before the truncated "我就上了经管
    站…". The 香店街道办事处 is an organ; the village 书记 and 主任 who took the seals are written as
    threatened ("“威胁”村干部") and the text stops before what they did: no entry (hard; could be
    (None, '书记', '杜家疃村')). The 平度官方 statement only answers. 滥用职权, 工作纪律, 群众纪律.
11  Mixed: 王先生's complaint on how the 征迁 money was paid (an out-of-scope compensation claim)
    and the agreement signed in his dead grandfather's name. The date line "时间：…来源：法律常识"
    cut; ends before the truncated "王先生说，与此同时…". The 古城村村委会 is an organ: in, no
    entry. 工作纪律 and 群众纪律.
12  Mixed: villagers who lost houses and land without compensation (征地拆迁) and forged signatures
    used for the approval. Title and the sub-heading "一张伪造征地补偿表 揭开违法征地黑幕" cut;
    ends before the truncated "“这完全是村委和政府造假。”村民李根洛说…" (so 村支书李好志 is not in
    the text). The "涧西区相关部门" are organs; the heads whose signatures are on the forged table:
    (None, '负责人', '涧西区工农街道办事处') and (None, '负责人', '遇驾沟村委') (hard: could be no
    entry). 滥用职权, 工作纪律, 群众纪律.
13  涉法涉诉: peasants' "山寨政府" and their sentences; site navigation, title and date lines cut;
    ends before the truncated "他们还以中央九部委…". No official involved.
14  涉法涉诉: a print shop's forged 派出所 stamps; the heads "[基本案情]", "[诉讼过程及判决结果]"
    and the defendant's details line cut; ends before the truncated ruling. 辜某某 is private.
15  涉法涉诉: a case note on a villager's forged 村委会 seal; authors line and the heads "一、案情
    简介", "二、意见分歧" cut; ends after the first of the three opinions (the second cut, the third
    truncated). The 村民委员会 only refused. Could be read as 其他 (a legal note).
16  征地拆迁 (a forest-land dispute between two families), hard: 何奇 "状告村支书霸占了他家的林地",
    but the 林业部门 found his own certificate altered. A 驻村 diary: the date and weather line cut;
    ends before the truncated "两家争执不下，各自". Out, no accused (as fresh157th.py's item 19).
17  个人利益诉求: a letter to the 市长 on a 计生证明 the 村委 will stamp only after sterilisation,
    for a child's 户口 transfer; the trailing "|" cut. Hard: it questions the 村委's rule, not a
    named official's act; could be read as in (群众纪律) with no entry.
18  个人利益诉求: a woman's wish for a 户口; the byline and the sub-headings "没户口成了心病" and
    "村支书翻找户底" cut; ends before the truncated 户底 sentence. Could be read as 其他 (a news
    story).
19  其他: a 12345 item on a village seal that reads "洩水村" against "泄水村" on the ID cards; the
    forum's junk strings and "|" cut. Could be read as 个人利益诉求 (毛先生's refused letter).
20  其他: a 检察院 study of seal-forgery cases; nav lines, title, author and the sub-heading cut;
    ends before the truncated "“三高一低”" sentence.
21  其他: a report on the 证明 communities are asked for; the sub-heads "最常见", "“你是否活着”"
    cut; ends before the "燃气本" part.
22  其他, traditional: a 半月談 report on 证明 still demanded of villages; the sub-heading "“明明有
    結婚證，還要開婚姻關係證明”" cut; ends before the truncated 重慶 policy sentence.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH174: list[Item] = [
    # 01
    ('https://jiwei.xaut.edu.cn/info/1016/3309.htm',
     '“多亏你们及时发现，要不然我自己还蒙在鼓里……”近日，湖北省襄阳市樊城区牛首镇茶庵村居民袁某对前来回访'
     '的纪检监察干部说道。此前，樊城区牛首镇纪委对该镇民生领域台账开展日常监督检查时，发现了一份可疑材料。材'
     '料内容为茶庵村村委会建议镇民政办取消村民袁某的低保户资格，但却没有写明理由，更为蹊跷的是，材料上所盖的'
     '公章没有防伪编号。“现在村委会的公章都是带有防伪编号的，只有几年前的老公章没有编号，而且镇政府早就将旧'
     '公章收回销毁了，这枚公章为什么会出现呢？”镇纪委随即成立调查组，对袁某的家庭情况展开外围调查。经初步了'
     '解，袁某早年在外务工遭遇车祸致残，丧失了劳动能力，全家人仅靠妻子务农维持生计。袁某办理低保后均通过了历'
     '年年审，外围调查并没有发现其家庭收入改善的情况。此时，距离当月发放低保金的时间还有几天，袁某却对低保资'
     '格已被取消一事毫不知情。村委会出具的证明与实际情况不符，是疏忽大意还是另有隐情？随后，镇纪委工作人员兵'
     '分两路，分别向镇民政办和茶庵村村委会核实情况。“递交材料的是茶庵村委会主任宋某，她说已经向村民解释了政'
     '策，同意取消资格，我们看到证明上盖有村委会的公章，于是就着手办理了取消手续。”镇民政办工作人员回忆道。'
     '“旧公章已按规定上交镇政府，而且新公章启用后，村委会公章都锁在办公室保险柜里。如果用印必须经村‘两委’'
     '会议讨论，而这个事项压根没经过会议讨论，用印登记本上也没有这一项，难不成是因为宋某跟袁某之间有矛盾？”'
     '茶庵村负责保管公章的村干部对调查组工作人员说道。',
     'in', None, False, ['工作纪律', '群众纪律', '滥用职权'],
     [('宋某', '村委会主任', '茶庵村委会')]),
    # 02
    ('https://paper.yanews.cn/yarb/20240513/html/content_20240513002008.htm',
     '四川省眉山市彭山区纪委监委通报了该区黄丰镇中和村原村委会主任马永怀等人帮助他人伪造合同的案例。2016'
     '年，黄丰镇中和村二组组长胡志安帮助区房地产服务中心职工陶芳伪造了一份黄丰镇中和村二组60亩果园承包合同'
     '，并帮陶芳联系时任村委会主任马永怀签字盖章。马永怀在明知承包合同是虚假合同的情况下，仍在合同上签署“情'
     '况属实”并加盖村委会公章。陶芳利用该虚假合同骗取了银行贷款40万元。2018年5月31日，彭山区监委给'
     '予陶芳开除公职处分；2018年6月14日，彭山区纪委分别给予马永怀、胡志安留党察看一年处分。本案中，马'
     '永怀、胡志安作为基层党员干部，对陶芳伪造合同的行为非但不制止，还帮助造假，为陶芳利用虚假资料办理农村土'
     '地经营权证从而骗取银行贷款提供了帮助。他们违反了党纪，触犯了刑法，自尝苦果。广大基层党员干部要从中汲取'
     '教训，增强纪律观念和法治意识。基层“小微权力”是公权力的“末梢”。当前，村级经济事项越来越多，村组干部'
     '的责任越来越大，公章分量越来越重。然而，有些村组干部在行使公权力时，抹不开情面，凭主观意愿办事，无视纪'
     '法的存在，公章管理混乱、使用失范等问题屡见不鲜，“公章上的腐败”也时有发生。公章虽小，却是公权力的象征'
     '，它承载着各级组织的公信力，其严肃性不容破坏。一个公章盖上去，就具有了相应的法律效力，相关人员就要承担'
     '相应的法律责任。此案进一步警示我们，公章姓公，必须建立完善基层公章保管、使用、登记、监督等制度，建立公'
     '章使用台账，详细登记每一次盖章事项、盖章日期、签署人等信息，让公章盖得明明白白，让“小微权力”运行受到'
     '强有力的监督。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('马永怀', '原村委会主任', '中和村'), ('胡志安', '组长', '中和村二组'), ('陶芳', '职工', '区房地产服务中心')]),
    # 03
    ('https://qunfachuanzhen.com/new/8609f1bef3044cb1b99987d3c34bd6bb',
     '南寨镇党委的红头文件上，赫然写着“经镇党委研究决定：郭黑某同志为孙石窑村党支部书记”。没人会想到，这份'
     '盖着真公章的文件竟是彻头彻尾的伪造品，而被任命的郭黑某，是一位智力二级残疾的61岁村民。事件的根源是一'
     '笔78万余元的村委会债务。原村支书郭白虎在垫付这笔款项后，历经四次审判，终于胜诉。案件进入执行阶段，时'
     '任村支书帖托面临着被“限制高消费”的处境。于是，帖托“找到”了南寨镇负责管理公章的工作人员。两人瞒着镇'
     '领导，在伪造的红头文件上盖上货真价实的党委公章，炮制了一份将智力残疾人郭黑某“任命”为村支书的假文件。'
     '当一个地方村支书，面对法院要将他列为“限高”人员时，他想到的不是履行判决，而是如何金蝉脱壳。他找到了镇'
     '里掌管公章的人，两人一拍即合，在一份伪造的任命文件上，盖下了真实的镇党委公章。这个连“十加十等于几”都'
     '无法回答的五保户，就这样成了他的“替身”，被法院限制了高消费。而帖托自己，则在事发后，安然地回到了市场'
     '监督管理所上班。事件曝光后，当地纪委对帖托、公章管理人员及时任镇长三人作出了党纪政纪处分。看看新闻的报'
     '道明确指出，处分内容包括“调离岗位”。帖托那句“我回市监所上班了”，恰恰印证了这个结果。他从需要承担债'
     '务执行责任的村支书岗位上被“调离”，回到了原单位辉县市市场监督管理局工作。这难免让人产生疑问：对于一个'
     '伪造国家机关公文、利用职务侵害弱势群体权益的公职人员，这样的处理是否过轻？“调回”原单位，在某种程度上'
     '是否成了一种保护，让他得以避开舆论中心，等待风波过去？',
     'in', None, False, ['滥用职权', '工作纪律', '群众纪律'],
     [('帖托', '村支书', '孙石窑村'), (None, '工作人员', '南寨镇')]),
    # 04
    ('http://destroybadbreath.com/plzhx/dlgc/shizheng/201110/t20111017_2108478.htm',
     '2006年，鄭州市民黃中建等合伙到新鄭市投資新型建材廠，同年10月，該市發改委給其函稱：“備案申請已經'
     '河南省發改委同意。”黃中建后知這份省發改委批文是假的。近日，省發改委確認批文是假的。14日，新鄭市回應'
     '，要求由市發改委、市國土局等抽調專人組成調查組予以調查處理。（10月16日《新聞晚報》）雖然新鄭市回應'
     '假公文的態度較好，值得肯定，但怎么能這般輕描淡寫，由偽造公文的機關領銜組成調查組，去查自己的問題？的確'
     '，機關偽造公文如今不算新聞了，之前就不斷有媒體曝光過一些公共機構出假公文的案例，甚至國家稅務總局，也鬧'
     '出過“烏龍假公文”怪事。最后，這些事的走向，往往還是“神龍見頭不見尾”。調查處理往往都是“裝裝樣子、表'
     '表態度”罷了。難怪有人稱，別以為會處理誰，說不定來日就有調查結果公布：市發改委的臨聘人員偽造的，或是打'
     '字員打錯了字。這起事件，的確給人云里霧里的感覺。里面充滿著太多未知事項，比如究竟是不是“說批便批、說拆'
     '就拆”，究竟有人是否在建廠時存在“利益輸送、渾水摸魚”的問題，我們僅從報道中難以看出。但從黃中建等人與'
     '新鄭市發改委這起建廠拆廠的長達數年的糾紛過程中，曝露出的有人弄虛作假的問題是明顯的。而且從省發改委檔案'
     '室的這名主任堅定的語氣中，我們已經較為清晰地感覺到，相關部門應該盡快問罪這起偽造公文的機關或個人。',
     'in', None, False, ['工作纪律', '滥用职权'],
     []),
    # 05
    ('http://news.fjsen.com/2016-09/07/content_18432566.htm',
     '近日，有网民实名举报称湖南省邵阳市新宁县发改局长冷立群曾有冒名顶替上学、在毕业后修改名字掩盖冒名顶替事'
     '实等问题。记者就此调查发现，从冒名转学报考，到工作后提交“更名”申请换回原名，25年来，被举报人冷立群'
     '经多次提拔却未被发现冒名一事。邵阳市委组织部日前向新华社记者介绍，经查实，冷立群并非截取盗用蒋录明的录'
     '取通知书入学，而是冒用蒋录明的初中学籍、姓名参加中专入学考试，中专毕业分配工作后通过申请改名报告的形式'
     '更回原名。目前冷立群已被取消副县长候选人提名资格。据记者了解，8月22日，湖南邵阳市委发布了一份长达1'
     '31人的干部公示名单，其中包括现任新宁县发改局长、拟提拔为副县长的冷立群。8月25日，一个自称为“蒋录'
     '明”的人士在网上“实名”举报称，冷立群曾有假冒自己名字顶替上学行为。“蒋录明”在举报材料中称，网上简历'
     '显示，1974年出生的冷立群，1992年进入当时的邵阳农校就读中专，1995年毕业参加工作。但实际情况'
     '是，1992年，冷立群已高中毕业，因成绩太差无学校可上，便“窃取”了蒋录明当年被农校录取的通知，并改名'
     '“蒋录明”去了农校上学。1995年毕业后，他又改回“冷立群”的名字。网帖中称，1993年左右，一位同乡'
     '同学告诉蒋录明，邵阳农校有个人和蒋同名，他当时以为只是同名，没在意。但后来发现此人一毕业就立即改了姓名'
     '叫“冷立群”。经过一番了解，蒋录明才弄清了当年被冒名顶替上学的来龙去脉，“不过当时因为邵阳农校不是什么'
     '好学校，所以也就没追究冷立群的责任。”',
     'in', None, False, ['组织纪律'],
     [('冷立群', '发改局长', '新宁县')]),
    # 06
    ('https://www.fortunechina.com/jingxuan/38701.htm',
     '4月22日，有媒体报道内蒙古自治区开鲁县建华镇双胜村村民被要求缴纳土地“增补承包费”一事，引发广泛关注'
     '。被免职的副书记系此前在媒体报道中出现的开鲁县建华镇党委副书记、政法委员纪云浩，部分网友质疑，纪云浩1'
     '7岁时入伍，退伍后时隔两年7个月参加工作，大学学历究竟是如何得来？目前县委正在一并调查、核实，后续结果'
     '也将及时向社会公布。开鲁县近期发生的这起基层干部阻挠春耕事件在网上持续发酵，整个事件中基层干部群体角色'
     '清晰，出场表现无论从形象到语言都可谓戏份十足，如果原封不动搬上屏幕说不定会火。关于事件的全部也许会有很'
     '多细节，但仅凭花絮足以令人震惊不已。县里对这个事件的处理通报也是及时。不过关于深挖镇领导的学历问题，虽'
     '有疑团待解，但要平息观众的心，却显然不够。关于学历，如果不是全日制，拿到一个文凭有多种方式。但是一个9'
     '0后干部在此次事件中的临场状态，也是让人堪忧。我想说组织部门不仅是查学历问题，更重要的是如何对干部的选'
     '拔和培养。此次事件中，一些镇村干部态度蛮横、言语粗鲁，对待群众的方式严重不当。他们的行为不仅损害了基层'
     '干部的形象，也影响了党和政府在群众中的声誉。',
     'in', None, False, ['组织纪律', '群众纪律'],
     [('纪云浩', '党委副书记、政法委员', '建华镇')]),
    # 07
    ('http://fanfu.people.com.cn/n1/2020/0623/c64371-31756977.html',
     '益阳市G234公路横穿赫山区会龙山街道申家滩村，打通了这个偏僻村庄到市区的通道。2017年，该项目启动'
     '征地拆迁工作，申家滩村委负责协助该项工作的开展。然而，7名村干部却在工作中跑了偏，因骗取征拆款200多'
     '万元被“一锅端”。“该案的发生，暴露出监管的漏洞和人性的贪婪。”近日，益阳市赫山区纪委监委披露了案情细'
     '节。征地拆迁工作启动后，申家滩村委委员李菊芳和临聘人员谭雪春参加了几次实物清量工作，就发现一个漏洞：每'
     '次到现场对苗木、坟墓进行清点时，区征拆办工作人员并不参与清点，只登记数据，且对登记计算表的审核完善也不'
     '及时。他俩将这一发现向时任村党总支书记李建安提过几次，还开玩笑说，“即使随便报数据，也不会被发现。”之'
     '后的一次村务会议上，李建安提议：“村里经济困难，趁现在搞拆迁，我们从项目里搞点资金出来作村里的建设经费'
     '吧？”该提议得到其他人附和。于是，他们分别伪造了3份资料，都是在真实的青苗补偿调查登记计算表中，混入一'
     '些虚假的青苗数。果然，资料上报后，征拆工作人员未经核实便签字认可。征拆补偿数据须经过公示，为避免被村民'
     '发现，他们在公示名单上用虚假的身份和配套资料蒙混过关。最终，210余万元青苗补偿款打到李建安个人账户上'
     '，由出纳负责保管，拟用于村务开支。这笔款项还没下来前，李菊芳又提议：“这段时间大家都辛苦了，我们从迁坟'
     '款中搞点钱出来给每人发点补助？”其他村干部纷纷赞同。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('李菊芳', '村委委员', '申家滩村'), ('李建安', '村党总支书记', '申家滩村')]),
    # 08
    ('https://ppfocus.com/0/edaf3d037.html',
     '翟福軍和韓樹鋼在兩年前，還是天津市西青區邊村的兩位村官。翟當年被村民一致推選為村委會主任，韓則做了村委'
     '會委員。一年前，讓邊村的百姓們震驚的是，這兩名他們給予高度信任的村官，竟然涉嫌犯罪被捕了。起初，村民議'
     '論紛紛，很多人以為這兩個人是貪汙了村集體的財產。後來，大家逐漸明白，兩人犯了這些村民聞所未聞的罪名：偽'
     '造印章罪（涉嫌罪名之一）。2008年7月11日上午，一位老漢站在西青區法院第五審判庭的門口說：「要是咱'
     '們不推選他們做村領導，也許就沒有這檔子事。」這句話透過粘熱的空氣，引來部分自願旁聽的村民的共鳴。法庭內'
     '，翟福軍和韓樹鋼正在接受審判。事情還要追溯到翟福軍和韓樹鋼當選村主任和村委會委員之初。他們在收取諸如村'
     '屬房屋租金等費用時，發現村裡給承租人出具的收據，是用村裡一家公司的公章，有的租金交納單位提出了質疑。經'
     '過與其他村委會對比，翟和韓發現，其他很多村委會在對外收取費用時，使用的是村委會財務章。隨後產生了兩種說'
     '法。一種說法是，翟和韓曾找到村黨支部書記張延年索要村裡的財務章，張延年說丟了。另外一種說法是來自於公安'
     '機關的詢問筆錄，張延年否認翟和韓曾向他索要過財務章，也否認曾經說丟了。如此看來，財務章沒有在村委會主任'
     '翟福軍和委員韓樹剛的控制之下。在翟和韓等人的決定下，村委會會計拿著村委會的介紹信來到《每日新報》報社。'
     '2007年5月19日，天津《每日新報》第38版左側，刊登出一則「遺失聲明」：西青區李七莊街邊村村委會不'
     '慎將財務專用章一枚丟失，特此聲明。',
     'in', None, False, ['工作纪律'],
     [('翟福軍', '村委會主任', '邊村'), ('韓樹鋼', '村委會委員', '邊村')]),
    # 09
    ('http://district.ce.cn/newarea/sddy/201502/26/t20150226_4655927.shtml',
     '根据全国统一安排，目前，各级组织部门正在对干部人事档案分级、分批展开系统专项审核，各级别公务员和参公管'
     '理人员档案均将纳入审核范围，直接向干部人事档案造假乱象“亮剑”。记者采访发现，在档案中修改年龄、增删履'
     '历，将背景材料整体“洗白”，成为一些地方干部人事管理的“潜规则”。在中纪委公布的2014年中央巡视组两'
     '轮巡视整改情况中，巡视涉及的20个省份中15个省份的整改通报提及整治干部档案造假，其中河北处理了11名'
     '身份造假的干部。河北省委通报称，对涉及年龄、学历、党员身份造假的11名干部，其出生年月、学历、党员身份'
     '不予承认，并相应作出诫勉谈话、党内警告、行政记过、免职等处分。青海省委通报，对中组部干部监督局督查的4'
     '件涉嫌档案造假的案件全部查核完毕，对相关单位进行了通报批评，对相关管理人员给予了纪律处分。广西壮族自治'
     '区党委通报称，对涉嫌档案造假骗官的1名处级干部进行立案调查。据知情人士说，广西通报的这名涉嫌造假干部是'
     '从外省调入的。之前，这名干部仅为副科级，通过年龄、履历造假“洗档案”后，一跃成为正处级干部调到广西任职'
     '。干部档案是记载干部基本信息、政治思想、业务能力、工作表现、工作实绩等内容的文件材料，是历史、全面地考'
     '察干部的重要依据。记者在多地采访了解到，档案造假在一些政府机关和企事业单位中几乎成“公开的秘密”。',
     'in', None, False, ['组织纪律'],
     [(None, '处级干部', None)]),
    # 10
    ('http://qd.sohu.com/20140324/n397122684.shtml',
     '平度市杜家疃村原村委“文书”李荣茂称，2006年，香店街道办事处（注：现凤台街道办事处）“威胁”村干部'
     '、欺瞒村民，通过伪造村民指印、签名，制造假材料，将该村几乎全部耕地、三个块共计374亩地转为建设用地，'
     '其中包含火灾所涉地块。而就在昨日凌晨，平度官方发布消息称，“3·21”火灾所涉地块土地手续合法，征地补'
     '偿均已到位，不存在非法征地、非法拆迁问题。（开会）书记一个屋，主任一个屋，文书一个屋。我们文书在办事处'
     '人大委员会办公室开会。我们文书，说实话对这些东西比书记、主任都要精通，因为文书都是接触国家有关法律法规'
     '文件多，都要比他们（书记、主任）要多一点。要说开会，我们在那开会，其实也不是开会，也就是在那扯淡玩儿就'
     '是了。我们很明白，分开就没个好，（目的就是）不要扰乱书记主任去签字。不一多会，俺的书记打电话给我，问我'
     '带着公章没有。我要开会，必然要带着公章，我说你干什么，我要盖个东西，我要盖个章。我说你要盖个章不要紧，'
     '你说明什么东西，（主任说，）“我绝对不干别的，我干点私事吧，我住会下去拿。”他就把公章要去了。要公章去'
     '以后，陆陆续续地，那几个村的文书都接这个电话或者主任亲自去要，都把公章要走了。我就怀疑这个事，他们怎么'
     '同时都有事要办。我说，不好，伙计们，咱文书的心眼比他们多，叫傻子骗咱了，骗取公章去了。我赶快去看看，嫩'
     '在这。',
     'in', None, False, ['滥用职权', '工作纪律', '群众纪律'],
     []),
    # 11
    ('https://m.falvchangshi.com/tags/196071.html',
     '“真的是滑天下之大稽啊！我活了几十岁，从没遇到过这么奇葩的事。”近日，家住福州闽侯县南通镇古城村镜口自'
     '然村的王先生向1007投诉称，村里在2017年进行了一次征迁，古城村村委会和爷爷王昌海签订了征迁补偿协'
     '议书，落款时间为2019年3月，但自己爷爷在2019年2月就已经离世并火化，因此他怀疑是村委会私自背着'
     '爷爷伪造了这样一份协议书。王先生告诉记者，为建设南通镇西环路和镇里的防洪四期项目，镜口自然村先后于20'
     '17年、2018年和2019年进行了三次集体土地的征迁，共涉及土地大约120亩，“因为有部分土地事实上'
     '属于其他自然村，所以属于我们镜口的，大约是107亩。”据王先生介绍，负责征迁的南通镇镇政府，已经将全部'
     '征迁款打到古城村村委会的账户里，但村委会却没有按照规定，将属于镜口的钱打入自然村户头，却绕过自然村，直'
     '接和村民签补偿协议。“在我们镜口自然村村民看来，这是违法的。”王先生说，不仅如此，按照规定，征迁补偿协'
     '议书一式三份，村委会留一份，爷爷手上应该留有一份，“我爷爷是2019年2月6日过世，2月9日火化的，到'
     '死都没拿到过正式的协议书。”由于对征迁的透明度不满意，王先生和其他一些村民不停向南通镇和闽侯县有关部门'
     '反映问题，“直到2021年1月，古城村村委会才把协议书的复印件贴出来，我们还是没拿到原件。”据王先生介'
     '绍，从时间和协议书的行头分析，村委会公布的这份协议，应该是2017年拆迁那一次的补偿。',
     'in', None, True, ['工作纪律', '群众纪律'],
     []),
    # 12
    ('https://nanchang.baogaosu.com/xinwen/%25E5%25BE%2581%25E5%259C%25B0%25E5%25BC%25BA%25E6%258B%25'
     '86%25E4%25BC%25AA%25E9%2580%25A0%25E6%259D%2591%25E6%25B0%2591%25E7%25AD%25BE%25E5%25AD%2597%25'
     'E9%25AA%2597%25E5%258F%2596%25E4%25B8%258A%25E7%25BA%25A7/20615976',
     '在许多村民毫不知情的情况下，河南省洛阳市涧西区相关部门伪造村民签字取得了小所村和遇驾沟村的整村改造用地'
     '审批，“被签字”的村民中有的甚至已死亡多年。此后，涧西区又以伪造村民签字的用地审批，对部分村民的土地和'
     '房屋实施强制征迁，引发村民不满。记者采访了解到，由该事件引出的系列征迁乱象所反映出的农地征收补偿立法缺'
     '失、政府权力失范、基层村民自治不完善等问题，在城镇化快速推进背景下日渐凸显，亟须引起关注。小所村和遇驾'
     '沟村位于洛阳市涧西区的先进制造业集聚区内。2012年7月，涧西区政府与河南正商置业有限公司签署整村改造'
     '协议，决定投资40亿元用于两村1540亩土地的改造开发。时近两年，部分项目已经开工建设，在两村许多村民'
     '的房屋和耕地已经被拆迁、占用的情况下，村民却迟迟未领到补偿款。2013年10月，遇驾沟村村民无意中从涧'
     '西区国土分局拿到一张签有村民名字的征地补偿明细表时发现，涧西区相关部门竟然伪造征收补偿方案中的村民签字'
     '，从而顺利“骗取”上级的土地审批。在遇驾沟村村民提供给记者的一张农地征收补偿明细表上，记者看到，共计2'
     '2户的村民全部在高达780余万元的房屋征收补偿明细表上签了字、按了手印，而表单下方不仅盖着涧西区工农街'
     '道办事处和遇驾沟村委的公章，还附有上述两机构负责人的签字。',
     'in', None, True, ['滥用职权', '工作纪律', '群众纪律'],
     [(None, '负责人', '涧西区工农街道办事处'), (None, '负责人', '遇驾沟村委')]),
    # 13
    ('https://hyyz888.com/news/2014-06/28/content_14384942.htm',
     '去年，邓州三名农民以邓州市人民政府不作为为由，宣布将其予以“撤销”，自己组建“新邓州市人民政府”，他们'
     '私刻公章，下发红头文件，对外招聘公务员，多名不明真相的大学生纷纷应聘。昨天上午，邓州法院对张海新伪造国'
     '家机关公文案宣判，判处其有期徒刑2年；从犯马相兰和王良双因同样罪名，分别被判有期徒刑10个月和8个月。'
     '经查，2013年9月，邓州市文渠乡蒋庄村农民张海新，伙同汲滩镇廖寨村农民马香兰、高集乡李岗村孔营组农民'
     '王良双，3人经密谋后，以邓州市人民政府不作为为由，宣布将其予以撤销，并在位于市政府旁边的古城广场对面，'
     '成立一个“新邓州市人民政府”。新政府下辖文渠乡、高集乡、汲滩镇3个乡镇政府，张海新任“新邓州市人民政府'
     '”一把手兼管文渠乡政府，马香兰、王良双则分别负责汲滩镇人民政府和高集乡人民政府。该案事发源于汲滩镇一个'
     '城镇开发项目，因为项目用地涉及马香兰和王良双亲戚利益。随后，房地产开发商先后收到了“邓州市人民政府停工'
     '通知书”和“汲滩镇政府违法建房处罚通知书”，感觉事情蹊跷的开发商随即报案。警方立案调查后，张海新3人浮'
     '出水面，民警从3人住处搜出他们通过街头广告刻制的相关印章10余枚。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://91fabiao.com/zazhi/11101032.html',
     '2010年11月至2011年6月期间，仁寿绅港汽修厂对任某某等人被刮车辆维修后，该汽修厂保险理赔员辜某'
     '某到中国平安保险公司（以下简称保险公司）办理理赔，因缺少公安机关出具的事故车辆的报案证明，辜某某遂到仁'
     '寿县文林镇陵州路二段“小王印务”门市，让王某某为其打印公安机关的报案证明。王某某用辜某某提供的车主信息'
     '打印出10余份报案证明后，将其以前扫描储存在U盘内的仁寿县公安局文林派出所和北斗派出所的公章粘贴在报案'
     '证明上，用彩色打印机打印出盖有派出所公章的报案证明给辜某某，并按每份报案证明10元的价额收费。辜某某将'
     '伪造的报案证明及其他理赔材料拿到保险公司仁寿分公司理赔，获得车辆刮擦的赔偿款。因涉嫌伪造国家机关公文、'
     '印章罪，王某某于2011年7月6日被仁寿县公安局刑事拘留，同月26日被取保候审。2011年8月12日因'
     '诉讼需要，被刑事拘留；经仁寿县人民检察院批准，同年9月17日，王某某被仁寿县公安局逮捕。仁寿县公安局侦'
     '查终结后，以被告人王某某涉嫌伪造国家机关证件罪，于2011年11月15日向县检察院移送审查起诉。县检察'
     '院受理后，经审查，认为证据不足，于2011年12月14日退回公安机关补充侦查。同年12月21日公安机关'
     '再次移送审查起诉。2011年12月26日，县检察院以王某某涉嫌伪造国家机关公文、印章罪，向仁寿县人民法'
     '院提起公诉。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://fx361.cc/page/2014/1103/2932061.shtml',
     '某村村民潘某与妻子因故未办理结婚证而同居，二人欲生育一孩子，潘某便向某村村民委员会提出申请，但遭到村民'
     '委员会的拒绝。潘某便以50元的价钱让人伪造了一枚该村村民委员会的印章，后将其盖在《申请生育第一胎审批表'
     '》上，从而顺利办理了一张准生证。2005年1月24日，潘某与妻子生育一女。2005年底，当潘某因违反计'
     '生被计生部门调查时，潘某拿出准生证及《申请生育第一胎审批表》予以应付，后案发。该案中潘某请人私刻村民委'
     '员会的印章的行为是否应当追究刑事责任？构成何罪？存在以下三种意见：第一种意见认为，潘某伪造村民委员会印'
     '章的行为，触犯了《刑法》第280条第1款，构成伪造国家机关印章罪。虽然村民委员会是群众性自治的组织，并'
     '非国家机关，但是在协助行政机关履行计划生育政策时，可视为施行部分管理社会公共事务的行政职能，况且《宪法'
     '》第一百一十一条关于村民委员会的规定，也包含在第三章国家机构之内。因此，潘某的行为也就侵犯了国家机关的'
     '正常管理活动和信誉，符合该罪的构成特征，应认定为伪造国家机关印章罪。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://haomeiwen.com/subject/koojxjtx.html',
     '石药村是国家级贫困村，离市区100多公里，离县城20公里。距离虽不远，但路不好走，一条窄路曲曲弯弯，会'
     '个车都很难，一不小心就有掉下路边深沟的危险。村里有一百多户人家，以何姓为主。年轻人都出去打工了，每家都'
     '只剩下一两个老人守着自家的穷家。村里坡地居多，粮食不好长，爬高上低的，老人们也干不动，一些人家得靠救济'
     '生活。但这里适合树木生长，很多人家都有林地。上世纪八十年代初，县里林业部门根据实地丈量核实情况，给每一'
     '户都办理了林地证，何狗子家的林地与何疙瘩家的林地相邻。三十年后，到了二十世纪的第一个十年，为了规范管理'
     '，县里将村民手中的林地证统一收回，并根据收回的证载面积进行重新登记。何狗子和何疙瘩都过世多年了。何狗子'
     '的儿子何奇有一天发现，何疙瘩的儿子何胜占了他家的林地在种树。何奇要求何胜立刻停止这种侵权行为。但何胜说'
     '，他种的，是自家的林地，并拿出证来让何奇看。何奇何胜两家由此结下了梁子。后来，何胜当了村支书。何奇一下'
     '找到了何胜的软肋，四处上访，状告村支书霸占了他家的林地。何奇的告状依据就是当年他爹何狗子传给他的林地证'
     '。写着何狗子姓名的林地证上，记载着某山坡横七竖八多少米，属何狗子家所有。按照证载的面积计算，何胜种树的'
     '那块地，就在何奇家的林地范围内。但何胜也有证据。他爹何疙瘩的林地证上，按照位置和面积，就是他种树的范围'
     '。后来，林业部门查了林地证收回来后登记的底数，发现两个证都没错，但何狗子的证上，有明显的改动痕迹，改过'
     '的面积，正好把何胜家的林地收入囊中。何奇说，这是他爹传给他的证，他自己从来没有改过，认准何胜种的地，就'
     '是他家的，必须要回来。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://ms.xna8.com/thread-364324-1-1.html',
     '尊敬的市长先生：您好！我是一名普通的兴宁市民，在中山工作，夫妻双方均为农村户口，生有两个小孩（大的为女'
     '儿，小的为儿子，相隔6岁），均为合法生育，并均已入兴宁户口，现由于小孩读书需要，得到中山政府的允许，可'
     '以将户口迁到中山，但在办准迁证的过程中，按照相关规定，需在兴宁开具计划生育证明，并要求当地村委及镇计生'
     '盖章，村委承认我们的手续均为合法合理，但必须要求我老婆结扎后方能可以盖章！想请问市长先生：1、村委的要'
     '求是否合法，符合相关文件规定？2、如果村委的做法是按相关规定执行的，那请问此政策是否有明文规定，文件出'
     '处为哪里？是否为地方政策（因为珠三角这种情况只会要求上环）？地方政策是否可以凌驾于国家政策及宪法之上？'
     '结扎已经是非人道行为，这种行为迟早要淘汰，请市长先生高瞻远瞩，帮老百姓办些实事，老百姓都会记在心里！',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://www.tsrb.com.cn/xwzx/2013-05/20/content_606842.htm',
     '15年的苦苦期盼之后，吕建荣终于和家人幸福团聚，然而由于自己是黑人黑户，她又为自己没有户口而颇为焦急。'
     '5月16日，本报得知此消息，又开始冒雨为吕建荣落户的事情而热心奔波。1998年6月底，与前夫再次因家庭'
     '琐事发生纷争后，已在麦积区渭南镇营房村成家的吕建荣离家出走，来到了秦州城区。由于智力有缺陷、记忆力不好'
     '，她迷失方向、摸不着回家的路了。流浪一周后，吕建荣所幸遇到了前来我市打工的江苏省宿迁市宿城区南蔡乡陈圩'
     '村徐庙组男子徐士雷，他看到吕建荣这么可怜，就为她买了吃的喝的。慢慢地两人感到情投意合，吕建荣遂跟着徐士'
     '雷前往陈圩村徐庙组组成了新的家庭。后来，他们便有了一个女儿及一对双胞胎儿子，日子过得很幸福。今年5月以'
     '来，在《宿迁晚报》的联系以及本报记者几经周折的苦苦寻找之下，吕建荣终于找到了娘家——麦积区渭南镇营房村'
     '，让她和日思夜想的家乡亲人得以团聚。但是由于吕建荣没有户口，至今她在江苏省还是个“黑人黑户”。因此，首'
     '先在渭南镇落户、然后将户口转往江苏的陈圩村徐庙组，再办理新型农村合作医疗等手续，便成了吕建荣继找到娘家'
     '、和家人团聚之后的一个最大愿望。她对记者说：“没有户口就无法参与新型农村合作医疗，生病住院时难以享受到'
     '农合报销，更重要的是没身份证的话、连出门坐火车都成了妄想。虽然我们现在已有3个孩子，丈夫也对我很好，可'
     '咱们现在却没有正规合法的证件、有的时候难以得到法律保护，咋行呢？”为此，自5月15日吕建荣回到娘家之后'
     '，记者又开始为她的第二个愿望——落户一事奔波、联系。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://www.qc84.com/forum.php?mod=viewthread&tid=15799',
     '虞山镇洩水村村委会给村民出具的证明上加盖“洩水村”印，而村民身份证上却是“泄水村”。一字之差给村民办事'
     '带来不便。村民毛先生8月1日向“12345”热线反映，上个月他去重庆办事，村委会出具的介绍信上盖有“虞'
     '山镇洩水村村民委员会”公章，可身份证上写的是“泄水”。对方认为“泄水村”和“洩水村”不是同一个村，不承'
     '认他的介绍信。该村村委会大门和政务公开栏上都写着“洩水村”，但村警务室和125路公交车站牌上写的是“泄'
     '水”，多位村民出示的身份证上也是“泄水村”。村委会一位工作人员说，村委会公章已经使用20多年，未曾变过'
     '。他怀疑当初进行户籍登记时，“洩”字电脑中无法显示，才用“泄”字代替。2006年7月出版的《常熟市地名'
     '志》收录有“泄水村”词条，还加以“以泄水沥桥古地得名”的注解。村民毛先生觉得，应尽快将村名统一起来，避'
     '免因音同字不同带来困扰。',
     'out', '其他', False, [],
     []),
    # 20
    ('http://newspaper.jcrb.com/2025/20250819/20250819_007/20250819_007_1.htm',
     '2024年，我院受理的伪造公司印章类案件数、涉案人数较2019年分别增长275%和414%。笔者以20'
     '19年至2024年我院办理的伪造公司印章案件为样本，通过剖析此类案件治罪与治理面临的现实困境并探寻破解'
     '之道，以期对执法办案实践有所裨益。从犯罪主体和犯罪主观方面分析，相较于盗窃犯罪案件，伪造公司印章犯罪案'
     '件涉案人员年龄总体偏轻且具备一定文化程度，平均年龄约40周岁，30至50周岁的中青年占比达61.9%，'
     '大专以上学历占比44.4%。另外，涉案人员犯罪动机分化，少数旨在实施关联违法犯罪或牟取不正当利益，68'
     '.6%的涉案人员为简化工作流程等工作便利伪造公司印章。按照前述行为人要求实施伪造公司印章的违法主体多为'
     '经营广告公司、文印刻章部的个体经营户。从犯罪客体和犯罪客观方面看，有两个特点，一是犯罪对象相对明确，多'
     '数案件行为人提供了印模或公司名称等具体信息，要求伪造真实存在公司的公章，个别案件涉及伪造现实中不存在或'
     '者已经注销公司的印章。二是在危害后果认定方面存有障碍。多数案件是行为人携带伪造的印章过安检时被查获而案'
     '发，但行为人伪造的印章是否使用过、使用造成的危害后果等方面证据，囿于种种原因往往难以充分查证。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://covid-19.chinadaily.com.cn/hqcj/xfly/2016-02-23/content_14563862.html',
     '如果说开具“证明我妈是我妈”让人纠结，那么为别人开具这类证明的人更是痛苦。每个月，在北京东城区某社区居'
     '委会工作的陈宁（化名），都得面临类似的论证难题。作为基层的群众自治组织，社区居委会承担了面向居民开具证'
     '明的职责。然而，如何证明“证明”却成了社区居委会最头疼的事儿。记者走访发现，证明活着、燃气本丢了、菜刀'
     '丢了、赡养父母了……一个小小的社区居委会，开具的奇葩证明能有十几种。“一年之中，居委会开得最多的证明就'
     '是证明‘你是否活着’。”提起开证明的事儿，陈宁就有一肚子的话可说。自从2008年进入社区居委会工作后，'
     '他才发现，小小的一个基层居委会，竟然有那么多的事儿需要证明。陈宁所在的社区，是一个2003年建成的老小'
     '区，20人的居委会要服务近2000户居民，也因此每个月需要开具很多份五花八门的证明。“近几年，小区来了'
     '不少从外地老家投奔子女到北京养老的老人，‘你是否活着’的证明，就是给这些老人开的。”陈宁说，按照老人所'
     '在户籍地的要求，老人既然是在异地领取退休金，就必须由所居住地的社区居委会开具一份“健在证明”，宽松的要'
     '求一年证明一次，严格的要求一个季度证明一次。“活着的人还需要别人证明确实活着？那只能是我们让老人家到社'
     '区居委会，看到了，就开份证明。”陈宁说，虽然听着有点儿搞笑，但“健在证明”毕竟是社区居委会开具的“不算'
     '离谱”的证明之一。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://laicaspain.com/content/1950204.html',
     '近年來，各地大力為基層減負、規範村（社區）組織工作事務，由基層開具的證明大幅減少，但不合理開具證明的情'
     '形仍在一定程度存在。半月談記者走訪發現，一些企業和單位依然要求居民到村、社區開具“親屬關係證明”“政審'
     '證明”“貸款證明”“家庭困難證明”等。這讓村、社區犯了難——開，沒有政策依據，有些證明甚至還有法律、責'
     '任風險；不開，群眾無法辦事有意見，可能引發幹群矛盾。針對村、社區被迫開具五花八門證明的問題，近年來中央'
     '和地方出台相關政策文件，有效規範基層證明事項，明確提出，凡缺乏依據的證明事項，黨政群機構一律不得要求村'
     '級組織出具。2023年，重慶市相關部門印發涉村（社區）事項“四清單一目錄”，明確規定“農村土地承包經營'
     '權辦理變更事項證明”“婚姻登記檔案丟失的婚姻狀況證明”等5項證明為村（社區）依法出具證明事項清單，包括'
     '親屬關係證明、無犯罪記錄證明、死亡證明、健在證明等32項證明不應由村（社區）出具。重慶市永川區萱花路社'
     '區黨委書記伍景紅表示，過去基層要開具的各種證明太多，平均一天要開十幾張，一年下來用章登記冊是厚厚的一本'
     '，如今一個月開的證明少則幾張、多則十幾張，大大減輕了基層負擔。盡管開證明少了，但半月談記者走訪了解到，'
     '部分保險公司、銀行要求居民開具的證明，讓村（社區）幹部犯難。“去年一位居民因辦理保險業務來開婚姻關係證'
     '明，明明有結婚證，但保險公司就是要社區開證明。當時我挺生氣，但居民要辦事，還是開了。”西部某地一位社區'
     '黨支部書記說。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH174, "fresh174")
