"""Sealed batch fresh98: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh96th.py; the batch and its row ids are fresh98.)

Theme: epidemic control 2020-2022: 防疫 formalism (表格防疫, faked 核酸 records, a 村 that did
nothing), officials taking donated supplies, 隔离 fees charged by a 镇, 层层加码 (a 社区 sealing
doors), officials breaking their own rules (banquets, a wedding, a trip to 澳门, a village meeting),
supplies left to rot and subsidies withheld; out items are lawsuits over 防疫 measures, refund
and wage claims, residents' questions to the 留言板/信箱 and news of price gouging, pass misuse
and an assault on a village cadre. Sources (stored-pages search): a 书记留言 post on 天门 王湾村;
a chinagcw report on the 南三官庙村 meeting; the 中新网 report on the 集宁 核酸 records; the
观察者网 report on the 鄂州 凤凰 donated supplies; a converted copy of the 上游新闻 piece on the
浠水 火神山 builders' 隔离费 (traditional); an hk01 report on the 沂水 banquet and drunk driving
(traditional); the 湘潭 notice on 胡新芝's wedding (湖南 政务 site); the 中央纪委 site story on
the 海淀 骆某 (via 中国经济网); the i东莞 copy of the 上海 纪委 notice on the 张庙 supplies; a
converted copy on the 鸡西 幸福里社区 seals (traditional); a 風傳媒 copy of the 新华网 piece on
表格防疫 (traditional); a 大紀元 report on withheld subsidies in 武汉 (traditional); out: a
律芒 account of a 15-day quarantine and a suit against the 市政府 (nnews copy), a commentary on a
律所's suit against the 汉阳区 government, the 澎湃 report on the 万安 隔离 fees, the 枞阳 notice on
the 安逸宾馆 fees, a 中央社 report on the 沈阳 采样员 strike (traditional), a 益阳 信箱 letter and
reply, a 平阳 question and the 腾蛟镇 reply, the 呼和浩特 police statement on misused passes, a
mnews report on 蒋丽莎's vegetable box (traditional) and the 兴城 assault on a 小组长. Items 5, 6,
10, 11, 12, 17 and 21 are in traditional script (the glossing pinyin of item 10's converted copy
removed).

Conventions: as in fresh62th.py. Excerpts as published (whole sentences kept, paragraphs and
sentences cut; page junk such as headlines, sub-headings ("事件还原", "援建者回鄉隔離，政府要求收隔離
費"), bylines, datelines, captions, source tags ("(观察者网讯)", "(新華社)", "(完)", "(县新闻办)",
"(中央社台北24日電)", "【記者李新安/報導】", "原标题:", "据新华社"), form labels ("来信标题:",
"答复内容:"), cookie notices and the truncated last sentences of the stored copies removed);
paragraphs joined, except with a line break in 018 and 019 (question and reply); ASCII punctuation
written full-width except inside numbers ("4,843人", "1,609.8萬元", "7:50分", "26,462例"); stray
spaces after punctuation and inside the 文号 removed (018, 019). Kept: the spaces that stand for
punctuation in the 益阳 letter (018) and the space after the Weibo handle "@鄂州发布" (004).
Page oddities kept: the post's unpunctuated "却没有制止3.对" and "具体情况不祥" and its last line
without a full stop (001); "哪都没去....。.”" (008); the converted copy's "回複", "爲", "于",
"標准", "上遊" (005); "政策范圍" (010); "山東7名官員" for eight names and "臨沂市紀檢委" (006);
"精准防空" (014); "兴城市局碱厂乡派出所" (022); "倡狂" (021); the mask "张某某" used both for a
网格长 and for the reporter's relative (003).

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Two mixed items (005, 012).
Out types: 涉法涉诉 2 (013, 014), 个人利益诉求 3 (015-017), 其他 5 (018-022). 21 accused
entries, all in items 1-12: 15 with a full name, 6 masked (葛某某, 张某某, 张某, 陈某, 馬某, 骆某),
none post only. Items 001, 002, 010, 011 and 012 are in scope with no accused entry (only organs
or unnamed groups accused). Out items have no accused entry. No text found on cadres selling
passes; item 020 (private persons misusing a pass) is the nearest, out.

Close calls:
 1  A short 书记留言 post listing a village's "不作为行为" during the 封村 (no 宣导, gatherings not
    stopped, returnees not checked, no supplies bought). The 村干部 are an unnamed group: no entry.
    形式主义官僚主义 (不作为) and 群众纪律 (漠视群众诉求). The villagers' own want of supplies is
    part of the allegation, not a claim of the writer's own: not mixed.
 2  The 村委会/村两委 that called 30 people to a meeting is an organ: no entry. 江某某 is the
    reporting villager. The 大喇叭 and propaganda paragraphs cut; ends before the 兖州区 official's
    truncated answer (which says the 街道办事处 agreed). 工作纪律 (breaking the 防疫 rules).
 3  葛某某, 张某某, 张某 "网格长…负责虎山街道天成印象小区第39核酸采样点工作": '网格长', unit
    '虎山街道' for all three (张某 is later dismissed by the 就业服务中心, read as his employer of
    record, not his post). 陈某 "点位长陈某作为采样点负责人", punished "按照管理权限" by the
    集宁区住保中心: unit '集宁区住保中心'. The second "张某某 (系举报人家属)" is the relative, not
    accused; the 张某某 entry is the 网格长. 工作纪律 (弄虚作假) and 形式主义官僚主义.
 4  Positions as first written with the name: 余建兵 '党工委书记、凤凰街道疫情防控指挥部指挥长',
    unit '鄂州市鄂城区凤凰街道' (as fresh92th.py did for "河南省委原常委、洛阳市委原书记"); 杜焕保
    '党组书记、局长'; 成学军 '所长'. The 警嫂 in the video is not accused; the 纪委监委 only
    investigates. Ends before the "全文如下" notice (truncated). 廉洁纪律 and 群众纪律 (donated
    supplies diverted from residents).
 5  Mixed, traditional: the builders' own fee dispute (whether they paid it themselves, whether
    it was owed) beside the 镇's charging against the policy and the removal of "涉事副鎮長馬某":
    ('馬某', '副鎮長', '洗馬鎮'), the "涉事" read like "该" (fresh88th.py item 9). The 值守賓館的鎮幹部
    are unnamed: no entry. 岑某 (also the labour firm's owner) and 王某 are the petitioners. Caption
    and sub-heading cut; ends before the truncated "但鎮幹部的答複，". 群众纪律 (乱收费). Compare 015
    and 016 (fees complained of, no official's misconduct alleged: out).
 6  Eight names. 張亮 ('書記', '沂水縣諸葛鎮陽湖管理區'); 楊德明 ('副書記', '陽湖管理區'); 肖偉
    '包村官員' with no unit; "鎮綜治辦主任段寶欣" and "鎮文化站站長顧玉燕" split as ('主任',
    '鎮綜治辦') and ('站長', '鎮文化站'), as 009's 欧阳智; 曹恒偉, who arranged the banquet
    ('黨支部書記', '陽湖管理區鳳落院村'). The general paragraphs on the epidemic after the notice
    cut. 八项规定 (接受宴请), 工作纪律 (gathering against the rules) and 生活纪律 (醉驾).
 7  胡新芝 '支村两委委员、卫健专干', unit '湘潭县排头乡双联村'. Headline cut. 工作纪律 and 八项规定
    (违规操办婚庆).
 8  骆某 "海淀区体育局综合管理服务中心工作人员". The 体育局相关负责人 are only 约谈'd about management:
    no entry. Headline and byline cut; ends before the truncated "骆某看似表面上交代了问题，".
    组织纪律 (a trip to 澳门 without 报备, IS.ORG.05) and 工作纪律 (no 居家隔离).
 9  郇秀志 and 杨成 '副主任', '上海市宝山区张庙街道办事处'; 欧阳智 "社区党群办主任": ('主任',
    '社区党群办'). The last sentence (the 公寓负责人 张喜生 under 监察调查 for taking supplies) cut:
    he is a firm's manager, not a public official, and would only blur the labels. 工作纪律 and
    滥用职权 (失职渎职).
10  Traditional, glosses removed. The 幸福里社区 that sealed the doors of low-risk returnees is an
    organ: no entry; the 區紀委 only investigates. 形式主义官僚主义 (一刀切, 加码).
11  Traditional. The officials who held three-hour meetings and posed for photos are unnamed; the
    清遠 村支書, the 泰州 街道辦工作人員 and the 急診科主任 are witnesses. Ends before the
    truncated 泰州 sentence. 形式主义官僚主义 (表格防疫, 留痕).
12  Mixed, traditional: the volunteers' and residents' own subsidy claims beside "各級官員還貪汙
    補貼款" and "一層層被剋扣" (unnamed: no entry). 劉喜堂 only announced figures. Byline cut;
    ends before a truncated quote. 群众纪律 (克扣) and 贪污贿赂.
13  涉法涉诉: a first-person account of a 15-day quarantine written after filing a suit against
    the 市政府; no official's misconduct alleged. The navigation line and headline cut; ends
    before the truncated sentence.
14  涉法涉诉, hard: a commentary on a 律所's 行政起诉状 against the 汉阳区 government and the 建桥
    街道办事处 over 过度防疫. The 层层加码 charge is against organs, and the matter is the suit;
    吴重远 and 郭笑撰 are the defendants' legal representatives, the 社区党支部书记 only talks. Ends
    before the truncated notice sentence.
15  个人利益诉求: a 领导留言板 complaint that the 自费隔离 fees were too high and the reply lowering
    them; no official's misconduct alleged (contrast 005). Headline line cut; ends before the
    truncated sentence.
16  个人利益诉求: a county notice on a hotel (a firm) that charged quarantine fees against the rule
    and refunded them after a complaint; could be 其他.
17  个人利益诉求, traditional: 采样员 on strike for unpaid wages; the 衛健局 only answers. "還被領導
    約談，要求刪除影片" names no one and is not the matter: out, not mixed. Cookie notices,
    caption and the truncated 張涵 sentence cut.
18  其他: a 信箱 question whether 自费隔离 is needed and the 疾控中心's reply.
19  其他: a question on returning home and the town's reply ("原则上不予进入" is the policy answer,
    not an allegation).
20  其他: police statement on private persons misusing a 通行证; "发证机关也未收回" is a lapse
    mentioned in passing, no official accused. Headline and the "情况通报" heading cut; ends before
    the new-pass section.
21  其他, traditional: price gouging on a vegetable box in 上海; the sellers are unknown.
22  其他: a villager beat a 小组长 doing 疫情排查; the cadres are victims, the 派出所 acts.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH98: list[Item] = [
    # 01
    ('https://shuji.tmwcn.com/view?id=65340',
     '湖北省天门市渔薪镇王湾村3组。不作为行为：1.1月24日封村以后，并未对疫情的相关情况以及注意事'
     '项做宣导。2.村民仍然存在聚众打麻将，跳广场舞，赶集，闲逛，聚众聊天的行为，却没有制止3.对武汉'
     '返乡人员以及与武汉返乡人员亲密接触过的人员，没有进行摸底了解，更加没有隔离。导致有人员发烧多天连'
     '续去往乡村医务室看病并无人举报。（此发烧人员现在已被带走，具体情况不祥）4.由于封村多日，很多村'
     '民家里的生活品耗尽，村干部不曾统一采购，导致人员自行用小船过河去采购',
     'in', None, False, ['形式主义官僚主义', '群众纪律'],
     []),
    # 02
    ('http://chinagcw.com.cn/shehuibaoliao/22047.html',
     '为坚决遏制疫情蔓延势头，坚决打赢疫情防控阻击战，按照《山东省突发公共卫生事件应急预案》关于Ⅰ级响'
     '应期间疫情防控有关规定，2月3日，山东省印发了《山东省春节上班后新型冠状病毒感染肺炎疫情防控工作'
     '细则》，对如何做好疫情防控工作做出了详细规定，要求层层落实到各级政府及企事业单位，做到万无一失的'
     '执行到位。但济宁市兖州区兴隆庄街办南三官庙村委会却无视上述工作要求，被指违规聚集开会，给疫情防控'
     '带来隐患。然而，在这严峻的非常时期，南三官庙村委会却要顶风乱作。据村民江某某反映，2月28日下午'
     '，在南三官庙村委会会议室内未做消毒、加大座位间隔、保证会场通风、测体温等防控措施，村两委召集了村'
     '民、党员代表共30多人聚集开会。',
     'in', None, False, ['工作纪律'],
     []),
    # 03
    ('http://www.nmg.chinanews.com.cn/news/20221114/35371.html',
     '未核酸采样，却能查询到核酸检测结果。14日，内蒙古自治区乌兰察布市集宁区新冠肺炎疫情防控工作指挥'
     '部发布情况通报，4名相关人员被处理。11月13日，集宁区有市民举报，家属在没有参加核酸采样的情况'
     '下，却查询到了核酸检测结果。经集宁区新冠肺炎疫情防控工作指挥部调查核实，网格长葛某某、张某某、张'
     '某负责虎山街道天成印象小区第39核酸采样点工作。11月12日，该采样点核酸采样结束后，经信息比对'
     '发现，张某某（系举报人家属）未参加当日核酸采样，但葛某某等3人未按规定对其进行补采，而是通过蒙速'
     '办“新增家人”功能，对张某某信息进行采集，随即对该采样管进行封箱送检。通报称，该问题性质恶劣，对'
     '集宁区疫情防控工作造成一定负面影响。点位长陈某作为采样点负责人，工作不实不细，对采样工作没有进行'
     '严格监督把关，负有领导责任。按照管理权限，集宁区住保中心给予陈某警告处理；葛某某、张某某、张某工'
     '作不负责任、弄虚作假，虎山街道办事处给予葛某某、张某某开除处理；集宁区就业服务中心给予张某辞退处'
     '理。',
     'in', None, False, ['工作纪律', '形式主义官僚主义'],
     [
         ('葛某某', '网格长', '虎山街道'),
         ('张某某', '网格长', '虎山街道'),
         ('张某', '网格长', '虎山街道'),
         ('陈某', '点位长', '集宁区住保中心'),
     ]),
    # 04
    ('https://observersnews.com/politics/2020_02_22_537735.shtml',
     '近日，网上流传湖北鄂州凤凰街道派出所违规分配和领取疫情防控捐赠物资的消息，引发舆论关注。据微博@'
     '鄂州发布 2月22日凌晨消息，鄂州市21日对此事作出通报：鄂州市鄂城区凤凰街道党工委书记、凤凰街'
     '道疫情防控指挥部指挥长余建兵、鄂城区发展改革和经济信息化局党组书记、局长杜焕保被免职；鄂州市公安'
     '局鄂城区分局凤凰派出所所长成学军被停职。据封面新闻报道，2月18日，一女子在朋友圈晒出一段水果和'
     '蔬菜的视频。“我老公派出所的几嗦彪（厉害之意）啊，这个水果4箱子，今天又发了这么多菜，这菜都是他'
     '们凤凰派出所发的，这水果4箱，我拿了3箱回去给家里人。”视频画面显示，在女子面前摆放的泡沫箱里，'
     '堆满了芒果和圣女果，旁边还有各色蔬菜——红菜苔、金针菇、木耳等，还有一盒鸡蛋。该视频立即引发热议'
     '，“嗦彪”也成为一时热词。有网友质疑，派出所分配水果蔬菜等捐赠慰问物资是否存在捐赠物资使用不透明'
     '的问题。鄂州政府网20日发布鄂州疫情防控指挥部对此回应：2月19日晚，鄂州市纪委监委迅速成立专班'
     '，立即对我市捐赠慰问物资分配、使用情况进行全面介入、深入调查，如发现违规违纪违法问题，无论涉及任'
     '何单位、任何个人，绝不姑息，坚决依法依纪依规严肃处理。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [
         ('余建兵', '党工委书记、凤凰街道疫情防控指挥部指挥长', '鄂州市鄂城区凤凰街道'),
         ('杜焕保', '党组书记、局长', '鄂城区发展改革和经济信息化局'),
         ('成学军', '所长', '鄂州市公安局鄂城区分局凤凰派出所'),
     ]),
    # 05
    ('https://fastread.xyz/?p=47942',
     '連日來，湖北黃岡市浠水縣洗馬鎮的兩名火神山醫院建設者發帖稱，回鄉隔離被鎮政府收取4200元隔離費'
     '，兩人還曬出了收條。此事引起人民日報等多家媒體關注。浠水縣政府回複媒體采訪時稱，上述4200元隔'
     '離費是由武漢某勞務公司替火神山援建者“代付”，被外界解讀爲“兩人沒有自掏腰包”。“這是誤讀，就是'
     '我倆自掏腰包。”3月8日，當事人王某告訴上遊新聞記者。他和另一名建設者岑某是同學，他當時身上沒錢'
     '，由岑某幫忙付了。“岑某就是上述勞務公司的老板，股東就他一人。公司出錢，就等于他個人出錢。說到底'
     '，就是個人掏腰包。”3月8日，浠水縣新冠肺炎疫情防控工作指揮部（以下稱浠水疫情防控指揮部）發布通'
     '告稱，收取隔離費行爲錯誤，錢已返還，涉事副鎮長馬某被免職。援建者王某向上遊新聞記者介紹，1月31'
     '日，同學岑某帶著他和另外3名工友，從浠水老家來到火神山醫院建設現場。他們5人給衛生間潔具打膠，總'
     '共幹了3個白班、3個夜班。幹完活後，另3名工友于2月9日回到浠水，住進酒店隔離。因他在武漢有房，'
     '他便和岑某留在武漢隔離。工商信息顯示，岑某爲上述勞務公司的法定代表人。王某稱，2月21日，他和岑'
     '某回到浠水縣洗馬鎮。按照規定，他倆住進鎮上“不見不散”賓館。3月4日，值守賓館的鎮幹部通知他，要'
     '按200元/天的標准收取隔離費。他當即詢問了黃岡市新冠肺炎疫情防控工作指揮部，得到答複是不需要交'
     '隔離費，由財政兜底。接著，他又詢問了浠水疫情防控指揮部，得到答複是必須要交隔離費。王某稱，隨後，'
     '他多次向鎮幹部反映，他是援建者，黃岡市新冠肺炎疫情防控工作指揮部說可以不交。',
     'in', None, True, ['群众纪律'],
     [('馬某', '副鎮長', '洗馬鎮')]),
    # 06
    ('https://hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/467087/%E6%96%B0%E5%86%A0%E8%82'
     '%BA%E7%82%8E-%E9%81%95%E8%A6%8F%E8%81%9A%E9%A4%90%E9%86%89%E9%A7%95%E8%87%B42%E6%AD%B'
     'B-%E5%B1%B1%E6%9D%B17%E5%90%8D%E5%AE%98%E5%93%A1%E9%81%AD%E8%99%95%E5%88%86',
     '內地新冠肺炎（COVID-19）疫情持續緩解，此前疫情重災區湖北武漢在院患者也已清零。但在防疫期'
     '間，山東7名官員違規聚餐醉駕，造成兩人死亡，引發關注。山東臨沂市紀檢委4月28日通報指，2月22'
     '日中午，沂水縣諸葛鎮陽湖管理區書記張亮、陽湖管理區副書記楊德明、包村官員肖偉、鎮綜治辦主任段寶欣'
     '、鎮文化站站長顧玉燕、石埠子村黨支部書記陳洪全、北黃家莊村黨支部書記黃文忠等七人，接受陽湖管理區'
     '鳳落院村黨支部書記曹恒偉組織安排的宴請，違規聚集、聚眾飲酒。餐後，張亮醉酒駕車發生交通事故，造成'
     '兩人死亡。張亮受到開除黨籍、開除公職處分，曹恒偉受到撤銷黨內職務處分，楊德明、肖偉、段寶欣、顧玉'
     '燕、陳洪全、黃文忠受到黨內警告處分。',
     'in', None, False, ['八项规定', '工作纪律', '生活纪律'],
     [
         ('張亮', '書記', '沂水縣諸葛鎮陽湖管理區'),
         ('楊德明', '副書記', '陽湖管理區'),
         ('肖偉', '包村官員', None),
         ('段寶欣', '主任', '鎮綜治辦'),
         ('顧玉燕', '站長', '鎮文化站'),
         ('陳洪全', '黨支部書記', '石埠子村'),
         ('黃文忠', '黨支部書記', '北黃家莊村'),
         ('曹恒偉', '黨支部書記', '陽湖管理區鳳落院村'),
     ]),
    # 07
    ('https://zwfw-new.hunan.gov.cn/hnzwfw/1/5/194/42995/43005/43007/content_96999.html',
     '近日，湘潭市纪委发出《关于严明新型冠状病毒感染的肺炎疫情防控工作纪律的紧急通知》，严明工作纪律，'
     '严肃执纪问责，为打赢疫情防控阻击战提供坚强纪律保障。今天，湘潭县对1起违反新型冠状病毒肺炎疫情防'
     '控工作纪律问题进行了通报。湘潭县排头乡双联村支村两委委员、卫健专干胡新芝违反工作纪律，疫情防控期'
     '间违规操办婚庆事宜的问题。1月30日中午，胡新芝违反《关于新型冠状病毒感染的肺炎疫情防控工作的调'
     '度令》（潭县疫防令〔2020〕1号）“全县取消各类聚餐活动”，以及《关于严明新型冠状病毒感染的肺'
     '炎疫情防控有关纪律的通知》“全县党员干部发挥表率作用，必须做到不串门、不聚集、不请吃、不吃请”等'
     '规定的要求，组织人员聚集聚餐，为其子操办婚庆事宜，对疫情防控工作造成不良影响。2月1日，排头乡党'
     '委决定给予胡新芝党内警告处分。',
     'in', None, False, ['工作纪律', '八项规定'],
     [('胡新芝', '支村两委委员、卫健专干', '湘潭县排头乡双联村')]),
    # 08
    ('http://district.ce.cn/newarea/roll/202007/18/t20200718_35352921.shtml',
     '“在疫情期间，对于个别党员干部职工纪律意识淡薄、顶风违纪问题，要发现一起严查一起，绝不能手软。”'
     '2020年7月13日上午，北京市海淀区纪委监委有关负责人在约谈该区体育局相关负责人时严厉指出。“'
     '你们要以案为鉴，举一反三，对党员干部职工开展警示教育，同时查找管理漏洞，健全完善日常考勤、请示报'
     '告、谈心谈话等制度，切实加强管理，做到常管常严、敢管敢严。”事情还要从今年3月说起。“疫情期间多'
     '次离京出国，回京后不向单位、社区报告，也不居家隔离……”2020年3月，正值全国上下防控新冠肺炎'
     '疫情的关键时期，北京市海淀区纪委监委收到一条举报线索，被举报对象是海淀区体育局综合管理服务中心工'
     '作人员骆某。“接到问题线索后，我们意识到，如果反映情况属实，这是一起典型的顶风违纪行为，而且性质'
     '较严重。”办案人员介绍。海淀区纪委监委驻区文旅局纪检监察组第一时间成立调查组，联合有关部门迅速行'
     '动，对问题线索开展全面核查。调查组首先来到骆某所在单位，调取其春节以来离京、出国境报备手续等材料'
     '，同时向骆某主管领导和同事分别了解情况。“请谈谈你2月以来至3月15日期间的主要活动。”“我们单'
     '位实行的是弹性工作制，我报名参加了社区值守，其他时间在家里待着，哪都没去....。.”第一次谈话'
     '，骆某还心存侥幸，企图蒙混过关。随后，办案人员出具了部分材料。证据面前，骆某仅承认自己于今年3月'
     '11日至15日，离京前往珠海、澳门游玩的事实。',
     'in', None, False, ['组织纪律', '工作纪律'],
     [('骆某', '工作人员', '海淀区体育局综合管理服务中心')]),
    # 09
    ('https://pub.timedg.com:443/s/2022-04/28/AP6269f167e4b03443f3ee5758.html',
     '上海市纪委监委27日公开通报保供物资采购发放中的失职渎职典型问题，多名干部被问责。据通报，上海市'
     '宝山区张庙街道办事处副主任郇秀志、杨成，社区党群办主任欧阳智在负责发放兄弟省份捐赠的蔬菜礼包过程'
     '中，对部分蔬菜礼包未及时发放导致腐烂毁损负有责任，造成严重不良影响。此外，郇秀志对兄弟省份捐赠的'
     '蔬菜礼包部分被不法分子乘机倒卖负有责任，造成极其恶劣的社会影响。郇秀志、杨成、欧阳智3人均被责令'
     '停职检查，并被党纪立案，接受进一步调查。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('郇秀志', '副主任', '上海市宝山区张庙街道办事处'), ('杨成', '副主任', '上海市宝山区张庙街道办事处'), ('欧阳智', '主任', '社区党群办')]),
    # 10
    ('http://iosapp77.com/news/china/2356316.html',
     '針對有群眾反映的“對低風險地區抵返人員貼封條管控”情況，黑龍江省雞西市雞冠區有關部門立即進行調查'
     '，確認雞冠區西雞西街道幸福里社區對疫情防控政策落實不當，存在將社區健康監測人員住所貼封條問題，要'
     '求街道社區馬上糾正，解除封條，向當事人道歉。由區紀委（防疫督導專班）對該社區執行政策不嚴謹，存在'
     '簡單化、一刀切的問題進行調查處理。1月31日下午，“雞冠區防疫指揮部”緊急召開鄉（街道）、村（社'
     '區）負責人參加的視頻會議，要求要嚴格執行國家、省、市防疫政策，立即對超出政策范圍的不當防控問題進'
     '行全面排查，杜絕對社區健康監測返鄉人員進行貼封條管理等問題。要引以為戒，堅持科學防疫、精準防控的'
     '策略，在全力做好外防輸入、內防反彈的同時，避免出現加碼管控。',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 11
    ('https://storm.mg/lifestyle/2287806',
     '武漢肺炎疫情持續，就在各地方大力抗疫之際，官媒新華網說，中國在疫情防控中存在形式主義情形，有官員'
     '跑到醫院加油打氣卻「一講3小時」，更有基層人員面臨填不完的各式表格。新華網報導，這次疫情期間，形'
     '形色色的形式主義讓基層不堪負荷，北京、江蘇、廣東等多地基層官員反映，防疫期間一天要填報多份表格，'
     '這些表格由不同部門下發，內容基本相同，只是格式、體例稍有差異。一些表格更超出工作人員的認知。廣東'
     '省清遠市一名村支書就表示，一項針對外來人口的檢查項目要求記錄外來人員咽喉痛、全身乏力以及眼角膜充'
     '血等情況，但這些臨床症狀需要專業醫生的判斷，村幹部根本不懂。此外，工作人員還要面對上級一波又一波'
     '的檢查。江蘇省泰州市一名街道辦工作人員說，這幾天為了應對上級檢查忙得團團轉，有時一天要來好幾次，'
     '每來一次就要安排多人陪同；而這些檢查多半都流於形式，解決不了實際問題。一些地方的領導幹部則熱衷開'
     '動員會和宣誓。武漢一家醫院急診科主任反映，有領導到醫院開了3次會，每次都長篇大論宣讀最新文件和政'
     '策，並且為醫護人員「加油鼓勁」，有一次長達3小時，他不得不在會議途中帶走醫生。有些官員則不忘拍下'
     '工作照「留痕」，例如湖北某市一社區動員居民參加防疫志工服務，活動尚未開始，就先要大家合照。多地基'
     '層工作人員抱怨，各種形式主義消耗了原本就緊張的人力和物力，對防控疫情造成明顯干擾。據透露，在疫源'
     '地武漢市主城區一個疫情防控指揮部，工作人員需要從早到晚不斷地填表，直到凌晨兩點都未填完，「我們指'
     '揮部辦公室一半的人晚上都在填表，8個人從早填到晚，街道的工作人員接到我們電話都哭了。」',
     'in', None, False, ['形式主义官僚主义'],
     []),
    # 12
    ('http://www.epochtimes.com.tw/n308939/補貼被扣-基層工作人員抗議.html',
     '中共病毒（武漢肺炎）疫情中，中共政府非但不給武漢等疫區的受災民眾任何補償和救濟，各級官員還貪汙補'
     '貼款，救災物資分配不公，以致基層工作人員上街抗議。近日，一段「武漢人上街」的影片在網路流傳，影片'
     '顯示，一些呼喊著口號的民眾不顧現場警察的制止，舉起「發國財！補貼費用透明公開」的橫幅遊行。有知情'
     '人告訴本報，這是武漢「紅袖章」志願者在要補貼。他們的收入很多，待遇很好，可是一層層被剋扣，所以上'
     '街抗議。而在武漢的王先生（化名）看來，各種補貼都被黑了，平民老百姓拿不到一毛錢。「我們從封城至今'
     '沒有得到政府一毛錢的補貼。中央給錢也不會分到真正有困難的普通百姓手裡。」中共民政部社會救助司司長'
     '劉喜堂在3月14日的記者會上表示，截止到3月13日晚，武漢市一共設置了69個安置點，累計安置了4'
     ',843人，累計發放臨時生活困難救助金5,839人，1,609.8萬元（人民幣，下同）。對此，有'
     '人留言說，「同在武漢的表示！武漢沒有！領到的人真的是非常困難，睡在地下室吃不起飯，或者外地人擠在'
     '親戚家裡，十幾個人住一個房子的人！」「辦個出入證已經很難了，領錢更是難上加難。」「根本領不到。」'
     '「政府臨時救助的標準是什麼？」「補助電話全天24小時打不通，做給誰看呢！」「滯留武漢已不知道多少'
     '天了！工作上面臨著失業、經濟上面臨著破產！武漢政府能給個明確的說法嗎！」據了解，武漢的補貼有各種'
     '門檻，非常困難的才能拿得到千把塊錢，還要各種證明文件。被困在武漢的白血病患兒的父親付合天向記者確'
     '認，在武漢沒有房、沒有工作、沒有親朋好友，這樣的外地人每人3千元。',
     'in', None, True, ['群众纪律', '贪污贿赂'],
     []),
    # 13
    ('https://nnews.eu/topnews/444941.html',
     '现在是2022年10月5日，因为原定的隔离期从7天变成14天又变成15天。像压死骆驼的最后一根稻'
     '草，我再也控制不住我的愤怒了。在提交了起诉状和证据目录后，我打算把我在集中隔离点经历的这一切都记'
     '录下来。我为什么会被集中隔离呢？9月23日早上9点40左右我从医院门口出来，打算去吃一碗热乎乎的'
     '鸡火丝，我走出门，我的爸爸就在10米外等着接我。我全程戴着口罩走在马路边上，突然很多人很凶的吼不'
     '要走这里，我以为是交警在执勤，就打算走人行道，结果误入了人行道上的封控圈。发现不对劲，我立马想走'
     '出来，警察和医生都奔过来不让我走了。因为不清楚发生了什么，我也很配合的留在原地，登记身份信息。后'
     '来才知道，是因为刚才有一个密切接触者在医院门口的核酸检测点做核酸，所以把密切接触者到过之后的所有'
     '在核酸点的人全部就地封控。而且因为没有做好管控措施，还有好几个像我一样误入封控圈的人。我们在原地'
     '等了近一个半小时，因为封控标识不明显，这期间无数的人从我们旁边路过，也有很多不知情的人想进入封控'
     '圈，最后来了很多辆救护车集中转运了70多人。这70多人里，有正在保胎的高危孕妇，有老婆正在旁边妇'
     '幼保健院生孩子出来买点吃的男士、有六七十岁高血压糖尿病的老婆婆、还有很多准备出门来这里做核酸或者'
     '像我一样路过的路人。大家都在猜测，觉得可能当天就能走，或者3天，最多7天。有很多有经验的男士，赶'
     '紧让朋友来送烟。第一次坐救护车，我觉得很新奇，还有兴致拍照记录。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://contracts.com.cn/news/page/6_2586_7765.htm',
     '疫情这些年，特别是2022年初至今，一些地方政府为了免责保帽子，抛弃精准防空要求，搞层层加码、过'
     '度防疫，甚至公然提出“范围足够大、措施足够严”的防控原则，时间上想封多久就封多久，区域上想控多大'
     '就控多大，不顾辖区企业经营、不计百姓民生，动辄封城封区，这已是司空见惯的事了。包括媒体、律师在内'
     '的很多社会精英，也在这种习惯中潜意识地接受了这样的被封被控模式。不过，武汉市汉阳区人民政府及其下'
     '属的建桥街道办事处这次没有这么走运了，他们所采取一些“过度防疫”的做法被质疑了，他们被当地的一家'
     '律师事务所告了。据我手头的这份《行政起诉状》，原告来自湖北朋来律师事务所，住所地武汉市汉阳区汉阳'
     '大道139号汉商大厦20楼整层，负责人为刘源波主任。被告一为，武汉市汉阳区人民政府建桥街道办事处'
     '，法定代表人吴重远主任。被告二为，武汉市汉阳区人民政府，法定代表人郭笑撰区长。原告的诉讼请求有两'
     '个：一是确认两被告在2022年10月26日至2022年11月5日和2022年11月21日至11月'
     '23日管控不允许原告进入住所地实地办公的行为违法。二是判令两被告承担本案的诉讼费。湖北朋来律师事'
     '务所的事实和理由如下：2022年10月26日约9时，原告工作人员和往常一样来到汉商大厦，发现一楼'
     '大门紧锁，门前许多人因不能进入写字楼而聚集。于是，刘源波当即拨打12345反映相关部门过度防疫，'
     '违反国务院精准防控防疫政策。约半小时后，汉商大厦所在的西大街社区党支部书记过来沟通，但仍然只允许'
     '每家单位派人员进楼把紧急办公用品拿出来，不允许人员进入写字楼实地办公。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://48903.com/news/show-134866.html',
     '澎湃新闻注意到，近日，一名来自江西省吉安市万安县的网友反映，他从境外回到家乡后进行集中隔离，但住'
     '宿和用餐存在收费不合理情况。对此，吉安市委作出回复，降低住宿和用餐收费标准，之前多收部分将在隔离'
     '期满后如数退回。3月15日，该网友在人民网领导留言板称：3月10日从泰国入境回来，县里防疫部门要'
     '求统一隔离。他配合政府工作，但是自费隔离收费标准为住宿费160元一天，餐费90元一天，14天一共'
     '3500元。隔离的酒店是一家普通小宾馆，在网络平台上一天的房费只有100元左右。“对于隔离人员1'
     '60元一晚，是不是可以理解为不合理收费？”上述网友表示，他能够接受隔离收费，但对于不合理的收费，'
     '希望有关部门介入。15日晚，吉安市委办表示，已责成万安县委进行调查核实，有关情况回复如下：经核实'
     '，该网友于3月9日从泰国乘坐飞机到深圳，3月10日7:50分从深圳坐火车到赣州，后转高铁回万安。'
     '一落地万安，万安县疫情防控指挥部立即安排专人专车将其接至华云大酒店集中隔离。针对网友反映的住宿费'
     '、用餐费过高等问题，万安县作出以下整改：一是住宿费按每人每天80元收取，用餐费按每人每天50元收'
     '取，之前多收部分将在隔离期满后如数退回；二是认真做好集中隔离点的管理服务工作，热情周到为隔离人员'
     '提供生活保障、防控指导、心理疏导等服务，确保把境外返回人员疫情防控工作做实做细做到位。3月16日'
     '，该网友通过人民网领导留言板表示，隔离不合理收费问题已经解决。万安县疫情防控指挥部已进一步调整隔'
     '离酒店住宿费为一晚80元，餐费调整为一天50元，不足部分由县财政补贴。同时，允许他自主点餐解决餐'
     '饮问题，不用缴纳餐饮费。',
     'out', '个人利益诉求', False, [],
     []),
    # 16
    ('http://www.aqzyzx.com/zongyang/202208/t20220803_6269801.html',
     '自疫情发生以来，我县根据上级部署，安排安逸宾馆用于从湖北（武汉）等高风险地区来（返）枞人员实行集'
     '中隔离，不对外接待其他人员，安逸宾馆于2月8日开始启用，共隔离观察50人，目前已解除42人，现住'
     '8人。该宾馆的食宿等费用一律由县、乡（镇）政府财政承担，不收取居住隔离人员任何费用。3月9日晚，'
     '县新冠肺炎疫情防控应急综合指挥部接到群众投诉，反映安逸宾馆集中隔离点收取了被隔离对象的食宿费用，'
     '县防控指挥部高度重视，立即安排人员调查核实。经调查，该宾馆收取了个别隔离观察对象的费用，指挥部责'
     '令立行立改，该宾馆已于当晚将收取的费用全额退还，并要求举一反三，严禁类似的情况再次发生。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://cna.com.tw/news/acn/202207240187.aspx',
     '中國瀋陽市近日多個核酸檢測點停止檢測，因為多名暱稱「大白」的採樣員被拖欠數月工資憤而罷工。消息傳'
     '出後，當地衛健局人員稱，應是財政部門轉錢晚了幾天，22日已撥款給外包公司。中國地方財政今年因CO'
     'VID-19疫情迅速惡化，龐大的常態化核酸檢測費用，更把多地壓得喘不過氣，就連身處第一線，每天穿'
     '著白色防護衣辛苦工作的採樣員也受害。綜合網路社群訊息，遼寧省瀋陽市20日傳出多個核酸檢測點停止檢'
     '測，原因是大白罷工了。多張照片顯示，多個檢測點窗口貼出「因拖欠工資，罷工停台」公告，檢測點裡面已'
     '無工作人員。多名大白透過網路社群爆料後，還被領導約談，要求刪除影片與貼文。網友聞訊後大表驚訝，「'
     '連大白工資都拖欠」；許多人痛批官方「不發工資又不讓發布訊息」。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://yiyang.gov.cn/webapp/jkzxly/email/viewPublic.jsp?id=38505',
     '五一准备从东莞回益阳坐高铁 打电话问社区 社区说我需要自费隔离7天 但是东莞是低风险地区 我也是'
     '绿码人员疫苗全部都到了 做了很多核酸的 请问我回益阳真的需要自费隔离7天吗？需要隔离吗？\n您好，'
     '感谢您对益阳市疾病预防控制中心工作的关注！如果您确需返乡，提前3天向所属村、社区报备，如实报告返'
     '程时间、乘坐交通工具、身体健康状况、14天内旅居史等信息，并提供48小时核酸检测阴性证明。出行途'
     '中做好防护，全程规范佩戴一次性医用口罩，保持安全距离，做到安全出行。我将电话联系您。具体情况可与'
     '当地社区、疾控中心、疫情防控指挥部联系。',
     'out', '其他', False, [],
     []),
    # 19
    ('https://wenzhoujunzhu.com/wenzhouminsheng/0101/thread-30093.html',
     '我一家人年前自驾从平阳腾蛟到辽宁沈阳亲戚家，在沈阳亲戚家没有外出过，现在已经超14天，现在想回家'
     '想问一下现在高速可以下吗？我们都是本地户口，需要隔离吗？是统一隔离还是居家隔离？\n尊敬的苏先生：'
     '您好！您所反映的“我一家人年前自驾从平阳腾蛟到辽宁沈阳亲戚家，在沈阳亲戚家没有外出过，现在已经超'
     '14天，现在想回家想问一下现在高速可以下吗？我们都是本地户口，需要隔离吗？是统一隔离还是居家隔离'
     '”问题，已收悉。现就您的问题答复如下：根据平阳县（平防卡控〔2020〕8号）文件规定对平阳籍在外'
     '返乡对象，原则上不予进入，少数特殊情况人员（不含异地工作人员）征得属地乡镇同意后，一律由属地乡镇'
     '带回集中隔离医学观察14天。感谢您的来信！',
     'out', '其他', False, [],
     []),
    # 20
    ('http://m.ccschy.com/news/b249763a144dda962a4a3e3366ce0498.html',
     '针对网民反映有人违规使用通行证的情况，公安机关高度重视，主动作为，配合发证单位和有关部门及时对网'
     '民提供的线索进行调查，近日已依法对部分违法人员进行了查处。10月30日16时，巡查工作人员发现张'
     '某某、刘某二人驾驶面包车形迹可疑，拦截后现场查获违规使用的疫情防控通行证。经调查，呼市某热力公司'
     '雇佣人员王某某在解除劳动关系后，未将用于维修保供的通行证交回公司，发证机关也未收回。王某某伙同张'
     '某某、刘某在市区及金川附近小区，利用该通行证私自运送货物。以上三人以牟利为目的，违反疫情防控规定'
     '，扰乱疫情防控秩序，增加疫情传播风险，土左旗公安局已依法对三人作出行政处罚，并将相关线索移交有关'
     '部门进一步调查。同时，我们在工作中也发现个别网民，为发泄情绪、博人眼球，将编造的虚假信息在网上散'
     '布，造成不良社会影响，公安机关已依法予以行政处罚。希望广大网友自觉抵制网络谣言，共同营造清朗的网'
     '络空间。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://mnews.tw/story/amp/20220412nm006',
     '中國堅持動態清零，12日卻還是通報26,462例本土案例，其中上海占23,342例最多，而上海近'
     '日在嚴格又缺乏配套的「封控措施」下，產生許多因食物短缺而生的社會問題。港星陳浩民與出身湖南的模特'
     '兒太太蔣麗莎透過直播記錄封控下、一家八口的日常生活，因為家中4個小孩和2位長輩餓不得，蔣麗莎主動'
     '攬下社區團購主的工作，並成功買到價值人民幣1,500元、換算新台幣要價近7千元的蔬菜「大禮包」。'
     '打開禮包，裡面有1斤菜、2根胡蘿蔔、3顆番茄、15顆雞蛋和1袋米，蔣麗莎表示，平時這些只要人民幣'
     '50元（約新台幣230元），且須另外付人民幣500元（約新台幣2,300元）的跑腿費，為了吃到蔬'
     '菜，總共要付出新台幣9千元，直指其中不知哪個環節出了問題。陳浩民出聲，認為外送員在特殊時期冒著高'
     '風險送貨，一般人應心存感謝，蔣麗莎反駁，她認為雖然自己家庭條件不錯，高價對他們來說不是問題，但普'
     '通家庭根本吃不起，「我們是被人坑了，或者有人故意用這個非常時期亂收費，我們應該站出來制止，不能讓'
     '這種亂收費行為如此倡狂。」',
     'out', '其他', False, [],
     []),
    # 22
    ('http://m.jinbaonet.com/news/news/2022/0213/200055204.html',
     '近日，辽宁葫芦岛兴城市局碱厂乡派出所及时处理一起妨碍疫情防控工作相关案件。2月9日，兴城市碱厂乡'
     '四间村村主任刘某和该村某小组小组长王某到辖区开展疫情排查工作，组织村民填写《疫情排查表》，当排查'
     '到村民高某家时，发现于某等人正在聚集聊天。村干部劝说大家不要聚集，要积极配合疫情排查工作。当时，'
     '来自碱厂乡碱厂村的于某对村干部的工作很不配合，之后与小组长王某发生了口角，并对王某进行了殴打，造'
     '成王某4颗牙齿被打落。接到警情后，碱厂乡派出所迅速出警，将于某控制。于某对其妨碍疫情防控工作、殴'
     '打疫情排查人员的事实供认不讳。之后，于某被公安机关依法刑事拘留。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH98, "fresh98")
