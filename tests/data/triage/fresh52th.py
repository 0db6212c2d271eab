"""Sealed batch fresh54: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (File fresh52th.py; rows fresh54-001 … fresh54-022.)

Theme: retaliation against reporters and petitioners, and the handling of petitions: a 镇纪委书记
copying a secret-level report to the reported 副镇长, police leaking a reporter's identity to the
reported 派出所所长, a 纪委 handing a letter to the accused leaders, a 镇党委书记 threatening a
petitioner's son, a town answering five petitions "没有问题", 截访 by town staff in Beijing, a judge
luring a petitioner into a "学习班", 乡干部 beating villagers who spoke about village cadres; out items
are petitions about old court cases (execution of a judgment, state compensation, a 1986 sentence),
demolition and farm-closure compensation, personal claims of veterans and an injured worker, a
township cadre's account of a 30-year petitioner and an investor's dispute with a villager.

Sources (stored-pages search): a xuehua.tw copy of a 中青評論 on the 覃巴鎮 leak (traditional); a
careerengine copy of the 南方周末 report on the 隆德 leak; a 博讯 item on the 平度 云山镇 secretary; a
freewechat copy of a 纪委 story on 仙居 白塔镇; a dzsm.com item on the 厦门 海沧 leak; a hyyz888 copy of
a commentary on 周荣焱 (巴南区); a 倍可親 repost of the 人民網/中国青年报 report on the 響水 "學習班"
(traditional); a 2016 民生观察 blog on 截访 by 井店镇 staff; a 中国青年出版总社 copy of the 《中国青年》
report on 方信娟 (上虞); a 2001 人民报 item on 巴东 溪丘湾乡; a zhputi copy of the essay "官员最恨上访者"
(大冶 石遵和); a jphase commentary on a 慈利 村主任; out items: a 大紀元 item on 何代銀 (traditional), a
gswwjm copy of a report on 王忠志 (砀山), a jendow wiki page on 王鳳枝 (渦陽, traditional), a 中华网
page on 蒋先生's old house, a machine-reworded lu-xu copy of a report on the 富顺 duck farms, a 自贡网
item on 罗德华, a 代县 forum post, a 麻辣社区 post to the 广安区社保局 on land-lost farmers'
pensions, a township cadre's self-account on farm.00-net (2009) and a baogaosu copy of a 法治周末
report on 郯城.

Conventions: as in the earlier sealed batches (see fresh46th.py). Excerpts as published (whole
sentences kept, some paragraphs and sentences cut; page junk such as headlines, sub-headings,
image captions, bylines, datelines, source tags ("(中央紀委國家監委網站4月12日)", "人民網3月30日報道",
"【人民报消息】", "(见10月12日《华龙网》)", "自贡网讯(记者 黄鸿)"), reading times, signatures and
forum footers removed; paragraphs joined; ASCII punctuation written full-width except inside
numbers; stray spaces removed (010, 016)). Page typos kept ("单位导", "乘认", "报孝", "刘緊才", "政能力",
the reworded phrases of 017). scope "in" for alleged misconduct of a party member or public official
(village cadres included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, private persons and firms and officials who only
handled, investigated, announced or answered are not accused; an organ accused as a whole gives no
entry; an unnamed accused official or group is (None, position, unit); a surname-only official is
(surname, position, unit) as in fresh38th.py ('楊', '書記'). Names, positions (as first written
with the name) and units as written; unit None when the text does not tie the person to a named
unit. Topics only from the twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (008, 009,
011). Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 3 (018-020), 其他 2
(021, 022). Four texts in traditional script (001, 007, 013, 015). 21 accused entries, all in items
1-12: 8 with a full name (吳永洪, 寧伯承, 赵慧, 安继海, 王丽, 陈金军, 陳曉軍, 向传彪), 4 masked or
surname-only (张某, 刘某, 苏某, 马), 9 post only. Out items have no accused entry.

Close calls:
 1  Traditional; the page's "摘要" and "中青評論" lines, its summary sentence (repeated in the body)
    and the source tag cut. 吳永洪 (first "覃巴鎮紀委書記吳永洪": '紀委書記', '覃巴鎮') copied the
    report to the reported man; 寧伯承 ('副鎮長', '覃巴鎮') is both the subject of the 涉黑涉恶 report
    and the one who showed it round at a meal: both accused. Topics 工作纪律 (the leak) and 群众纪律
    (the 涉黑涉恶 clue). "一些部門和官員" is general: no entry.
 2  The page's two lead points kept as sentences; caption, reading time, byline, the trailing
    section heading and what follows cut. 赵慧 is written only "派出所所长赵慧", the 被举报人; his
    station (观庄派出所) is named only in the cut caption: unit None. He is accused as the reported
    man who received the leak (the kept text does not say who beat the reporter). The "三个民警" who
    leaked: one post-only entry. 安继海 is first written with a post in "原任宁夏固原隆德县公安局长的
    安继海": ('公安局长', '隆德县'); disciplined for direct and leading responsibility. The 西吉
    "县纪委" threatening reporters is an organ: no entry.
 3  Site header, dates, the headline, the repeated lead and the sub-heading "涉事官员被停职?" cut.
    王丽 ('党委书记', '云山镇') threatened to prosecute a petitioner's son; the petitioner's own claim
    is unknown ("具体诉求目前仍不清楚"): not mixed. The 平度市委 and its 宣传部 only act and announce.
 4  The sub-heading "调查细节" cut; the rhetorical line "难道信访问题并不存在?" kept as a sentence.
    陈金军 with his post as first written. "白塔镇副镇长、镇党委副书记等8人" give two post-only entries
    (the other six have neither name nor post: no entry); the 副镇长 is the one "负责信访工作". The
    "镇政府" answering five times "没有问题" is the organ. 李某 (the petitioner), the 纪委 and the
    施工方 are not accused. Topics 形式主义官僚主义 and 群众纪律 (a 信访 met with 推诿).
 5  The byline "(陈捷 记者陈强)" cut. 张某 is first "民警张某"; the same text ties him to a station
    ("海沧派出所民警张某"): unit '海沧派出所'. 刘某 ('副所长'), punished for lax supervision, is
    accused as well.
 6  The page's typo "单位导" (for 单位领导) kept; the truncated last sentence cut. The "3名领导" who
    had the reporter committed to a mental hospital: one post-only entry ('领导', '巴南区农业局').
    The 区纪委 that handed the letter to them acts as an organ: no entry (its leak is why 工作纪律
    stands beside 滥用职权). 周荣焱's old wish for a 福利房 is background, not a claim pressed now:
    not mixed.
 7  Traditional; forum header, the "核心提示" (garbled in the stored copy), the source tag and the
    sub-heading "上訪者被民政局關進了學習班" cut; text stops before the truncated sentence. 陳曉軍
    ('法官', '響水縣人民法院') and "一名法警" lured the petitioner into the car to the "學習班": both
    accused (the 法警 post-only). The 保安 of the compound are not shown to be officials: no entry.
    Not mixed: the housing dispute with the 糖煙酒公司 is told only as the cause of the petition.
 8  The dateline "民生观察工作室2016/2/29 消息:" and the trailing "没有评" cut. Mixed: 截访 by
    "井店镇政府人员" (one post-only entry, position '政府人员', unit '井店镇'; the grey- and
    red-clothed men belong to it) together with the petitioners' own matters (金丽丽's assault case
    the police did not file, 程海忠's 宅基地 suit without a ruling). "地方政府勾结北京丰台警方" blames
    organs; the neighbour's cousin, the 武安市市长, is not said to have done anything: no entry.
 9  Page header, headline (it speaks of "镇干部拿电警棍打女人"), subtitle, byline, the heading
    "问题问题问题!" and the list numbers cut; the truncated third point cut. Mixed: the 征地
    compensation owed to 青丰村 (out) together with the 村支书 hiring thugs against the 人大代表 (in).
    "方信娟所在村" is 青丰村 ("方信娟是青丰村人"): unit '青丰村'. The "市、镇二级土地管理部门" are organs:
    no entry, but their 暗箱操作 gives the topic 廉洁纪律. Who used the 电警棍 is not said in the
    kept text: no entry for the 镇干部 of the cut headline.
10  2001; the quoted sub-heading "“张口就骂,动手就打。这像乡干部的样子吗?”" and the sentence cut off
    in the stored copy cut. The surname-only "那个姓马的乡干部" is ('马', '乡干部', '溪丘湾乡');
    向传彪 ('乡党委副书记') led the "执法队"; the other 乡干部 who beat about eight villagers: one
    post-only entry. Retaliation for speaking about village cadres during a violent tax drive.
11  Title, author name and sub-heading cut; the truncated last sentence cut. Mixed: 石遵和's own
    grievance is a 强征地 (征地拆迁, out) and he was beaten and confined for reporting it (in). The
    开发区 "工作人员" who beat him: post-only entry. The 开发区负责人 only speaks (he calls the
    confinement "法制学习"): not accused, a close call; the unknown knifemen are not shown to be
    officials.
12  A spam string ("白姐图库,") that the page injected into a sentence removed; the truncated last
    sentence cut. 苏某 ('村主任', unit None: no village named). The threat came from "对方": no
    separate entry. The officials who answered "情况均不属实" are criticised for a perfunctory
    notice, but they only answer: no entry.
13  Traditional; the truncated last sentence cut; "80(歲)" written full-width. 涉法涉诉: execution of
    a 2013 judgment against private employers. "汾陽市政府沒人管這個事" and the court's gatekeeper
    are complaints in passing; the 市委 and the 市長 help: out, no accused.
14  Headline, author line, the repeated headline, a caption and a sub-heading cut; the truncated
    last sentence cut. 涉法涉诉: state compensation for an old wrongful conviction; the 1950s
    "非法关押" names nobody: out.
15  Traditional wiki page; its headline-like first line and a sub-heading cut; the truncated last
    sentence cut. 涉法涉诉: a 20-year petition over a 1986 sentence and a second arrest ordered by
    the 渦陽縣人民法院 (an organ); the doctor of the dubious certificate is not named; 王太華 only
    gives instructions: out, no accused.
16  Two picture captions cut; the page's stray spaces around numbers removed and its ASCII quotes
    written “”. 征地拆迁: an old house demolished before the agreement was signed; "有关方面" are
    unnamed: out.
17  A machine-reworded copy; its garbled phrases ("一个社会在抚顺县注册成立了三个纪念碑农场",
    "三块北农场", "杨国民") kept; a sub-heading and two captions cut; the truncated last sentence cut.
    征地拆迁: compensation for duck farms closed and demolished in an environmental campaign;
    "踢球" and "打太极" blame unnamed departments: out.
18  Dateline and byline "自贡网讯(记者 黄鸿)" and the sub-headings cut; the truncated last
    paragraph cut. 个人利益诉求: work-injury compensation from a private brick works; "被执行企业"
    hints at enforcement, so it could be read as 涉法涉诉.
19  Forum title, the poster's signature line and the archiver footer cut; the page's typos and
    ellipses kept. 个人利益诉求: recognition of a dead father as a disabled veteran; "代县民政因搬迁
    丢失文件" blames an organ: out.
20  Forum frame and the appended "附1" definitions cut; the page's typos ("政能力", "广安府办发(2004]",
    "广安府办法") kept. 个人利益诉求: pensions of land-lost farmers paid late and cut after a policy
    "调包" by the 广安区人力资源和社会保障局, with repeated 上访; the complaint is about a policy and
    its organ, no one is named: out. Could be read as 征地拆迁 (the pensions follow a 征地).
21  The editor's note, the sub-heading and the truncated anecdote that follows cut. 其他, hard: a
    镇党委副书记's own account of 截访 and round-the-clock "稳控" of a 30-year petitioner; the writer
    presents it as his duty and accuses no one, and the petitioner's grievance is not described:
    out, no accused (the theme's repeated petition without an allegation).
22  The picture caption, the lead (without closing punctuation in the stored copy) and the byline
    cut; the truncated last line cut. 其他: an investor's dispute with a villager over a factory
    site; the 派出所, the 镇政府 and the court that do not act are told without an allegation
    against anyone: out.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH54: list[Item] = [
    # 01
    ('https://www.xuehua.tw/a/5ec80fe2c9f0c0899d460e20',
     '2018年9月，廣東湛江吳川市覃巴鎮紀委書記吳永洪接到一封中央掃黑除惡督導組以祕密級別轉辦的羣衆'
     '實名舉報信，主要反映覃巴鎮副鎮長寧伯承涉黑涉惡問題線索。吳永洪隨後把寧伯承喊來，直接把舉報信複印'
     '給了他。之後，寧伯承在吃飯時故意將舉報信拿出給同席者閱看、拍照，導致該實名舉報信在社會上流傳。舉'
     '報人身份被曝光後，遭到具有黑社會背景的舉報對象家屬等人的警告質問，造成惡劣的社會影響。舉報信轉了'
     '一圈之後，最終落入被舉報人手中，然後舉報人各有各的下場，這種劇情一直是舉報人的夢魘。因爲這種現象'
     '的存在，舉報的“門檻”被人爲做高，很多人對舉報心存顧慮。舉報信息被泄密、舉報人遭打擊報復的報道，'
     '不時見諸媒體，而媒體報道，也多以官方查處打擊報復者結尾。“出賣舉報人”之事卻少有公開消息。廣東這'
     '起“飯局泄露舉報信22人被查處”事件，之所以成爲熱新聞，引發廣泛關注，一是因爲這種“有結局”的消'
     '息不是很多，二是因爲反映出舉報人缺乏安全感的焦慮。一些部門和官員保密意識不強，甚至濫用職權、故意'
     '泄密，是舉報信息泄露一大原因，但更大的問題，是對舉報人保護機制落實不嚴。上級以祕密級別轉辦的羣衆'
     '實名舉報信，鎮紀委書記一個人的“變節”就把舉報人給出賣了。制度程序的“失守”值得反思：事關舉報人'
     '權益，更關係到政府公信甚至國家機密，不應全部託付給“人”，而應以嚴格、科學的機制來運作。通常而言'
     '，保密工作領域中，涉密級別的信息需要分工管理，各方相互制約，避免信息外泄。',
     'in', None, False, ['工作纪律', '群众纪律'],
     [('吳永洪', '紀委書記', '覃巴鎮'), ('寧伯承', '副鎮長', '覃巴鎮')]),
    # 02
    ('https://posts.careerengine.us/p/5d5823d7dda0c33fb7ad7449',
     '三个民警明知被举报人是派出所所长赵慧，还将举报信息泄露给了他，并将询问举报人的地点安排在派出所。'
     '两起因泄密导致举报人被报复、威胁的事件发生后，固原市政法系统已开始进行作风整顿。“有关情况请向市'
     '局咨询。”安继海的声音有些嘶哑，2019年8月7日上午，他说自己正在医院看病，“已不是县公安局局'
     '长”。原任宁夏固原隆德县公安局长的安继海，因为一起泄密事件丢了官。2019年7月12日，宁夏扫黑'
     '办通报了那次“性质恶劣，情节严重”的泄密过程：中央扫黑除恶督导组将举报线索转交隆德县公安局核查，'
     '公安局将举报人信息泄露给被举报人，致使举报人被打。负有直接责任和领导责任的安继海，受到党内严重警'
     '告处分，随后被免去隆德县委常委、公安局长职务。不止隆德，同属固原的西吉，在中央督导组进驻期间，也'
     '发生了县纪委威胁、打击举报人的事件。两起事件被通报后，固原扫黑办发出通知，要求加强对举报人的保护'
     '。举报人惊疑未定，泄密事件似乎已画上句号。但在固原境内，有关泄密事件的线索仍偶可寻觅。',
     'in', None, False, ['工作纪律'],
     [('赵慧', '派出所所长', None), (None, '民警', None), ('安继海', '公安局长', '隆德县')]),
    # 03
    ('https://boxun.com/archives/85140',
     '近日，山东平度一镇政府官员在回应民众上访诉求时，公然说出“我有一百种方法去刑事他儿子”等雷人话语'
     '，再度引发公众舆论对于当局信访制度和基层干部作风的质疑。“这一家人都不怕死的话，那你就豁（出去）'
     '，他们能豁上我也能豁上，你就转达给他就行了。给脸不要脸的话，那就不需再给脸……。”一位听众近日向'
     '本台提供了以上录音片段。据介绍，这是山东省平度市云山镇党委书记王丽在做当地一位上访户的“思想工作'
     '”时，要求其外甥向他转达的话，而王丽还有话要说：“你放心，我豁上了，我有一百种方法去刑事他儿子，'
     '只不过现在我还不愿去用那些方法……。”本台记者无法独立证实录音的确出自王丽本人，但多家中国媒体此'
     '前报道曝光的录音片段与此吻合。中共平度市委宣传部官方微博账号“平度发布”上周日也通报，有网民近日'
     '反映云山镇党委书记王丽在做“群众工作”时，“方法简单、言语失当、作风粗暴”，造成不良影响。平度市'
     '委已于当天对王丽作出停职调查的处理决定，责令她向当事人赔礼道歉。当局还成立了调查组，将对该事件进'
     '行处置。本台在当地时间周一晚间多次致电云山镇政府，但无人接听。事件中，这名上访户的具体诉求目前仍'
     '不清楚。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('王丽', '党委书记', '云山镇')]),
    # 04
    ('https://freewechat.com/a/MzAxMDU0MDYwMQ==/2653030852/{{href}}',
     '2019年2月，浙江省台州市仙居县白塔镇政府水利员、镇农办副主任兼农业服务中心副主任陈金军受到留'
     '党察看一年和政务撤职处分，白塔镇副镇长、镇党委副书记等8人均受到相应处理。事情还要从一封举报信说'
     '起……2018年8月，白塔镇景星村村民李某向仙居县纪委监委举报：村里堤坝水毁修复工程存在弄虚作假'
     '、偷工减料问题，我多次向镇政府反映，他们只是敷衍、推诿和袒护……2018年10月，仙居县纪委监委'
     '第二纪检监察室向信访群众反馈：堤坝水毁工程信访件办理过程中有关干部涉嫌不担当不作为问题，我室已经'
     '组成调查组着手调查。我们将尽快查清问题，对失职失责的干部严肃追责问责。2017年至2018年，仙'
     '居县景星村村民李某先后5次向镇政府反映，村内堤坝水毁修复工程存在偷工减料问题。镇政府5次均回复：'
     '“工程量达到要求，工程没有质量问题”，甚至要求村民自己找第三方鉴定机构进行鉴定。难道信访问题并不'
     '存在？2018年8月，李某再次将问题反映到仙居县纪委监委。“群众的诉求是通过第三方机构鉴定工程的'
     '实际施工量，这是解决问题的关键。”在县纪委监委的监督下，白塔镇政府、县水利局、业主方、施工方、质'
     '检单位、审计单位以及信访群众一起到工程现场进行实地勘查和丈量。结果让人大吃一惊：工程存在基础未做'
     '、工程量减少等问题，实际造价比原结算价少了11万之多！工程存在问题事实清楚，而镇政府5次回复“没'
     '有问题”则值得深究。对此，2018年10月，县纪委监委第二纪检监察室组成调查组，调查问题线索并约'
     '谈相关人员。首先被找来谈话的是白塔镇负责信访工作的副镇长。',
     'in', None, False, ['形式主义官僚主义', '群众纪律'],
     [('陈金军', '水利员、镇农办副主任兼农业服务中心副主任', '白塔镇'), (None, '副镇长', '白塔镇'), (None, '镇党委副书记', '白塔镇')]),
    # 05
    ('https://dzsm.com/showarticle.asp?id=14716',
     '5月18日，本报刊发报道《信访件落入被举报人手中举报人被起诉侵犯名誉权》后，引起厦门市公安局高度'
     '重视。近日，该局对农民上访材料遭泄露一案相关责任人作出严肃处理。厦门市公安局调查后认为，此次信访'
     '材料遭泄露且造成不良后果，原因是民警张某“因工作疏忽导致信访材料外泄”。据警方介绍，此次处分是根'
     '据《公务员法》第53条第3项之规定，其行为已构成玩忽职守、贻误工作的违纪错误。依照《行政机关公务'
     '员处分条例》第20条第4项之规定，经厦门市监察局驻公安局监察室办公会研究，5月19日，厦门市公安'
     '局决定，对责任人海沧派出所民警张某给予行政记过处分。同时，对保密制度落实不力、监督检查不到位的海'
     '沧派出所副所长刘某给予行政告诫处分。据了解，厦门市公安局在全局通报了此案件，并责令海沧公安分局吸'
     '取教训，落实整改措施，加强民警保密意识教育。同时，还要求各单位加强保密工作监督检查，防止今后再发'
     '生此类问题。',
     'in', None, False, ['工作纪律'],
     [('张某', '民警', '海沧派出所'), ('刘某', '副所长', '海沧派出所')]),
    # 06
    ('https://hyyz888.com/r/2011-10/14/content_6370350.htm',
     '原巴南区农业局（现巴南区农委）公务员周荣焱，当年在检举信中辱骂和控告单位导，结果除掉鉴定时间外，'
     '被强行送往精神病医院关了93天。后被权威专家鉴定为“无精神病确切证据”。出院后，他又被迫逃亡6年'
     '，并以惊人的毅力不断通过各种方式向相关部门反映。昨天，记者从市五中院获悉，周荣焱已获赔包括工资等'
     '在内的经济补偿金约15万元。目前，周荣焱还表示，将追究相关责任人的刑事责任。周荣焱因要求单位分职'
     '工福利房未果，于是写信给区纪委检举单位3名领导。令人匪夷所思的是这份检举信，最终会落入被举报人的'
     '手里。被周荣焱检举信辱骂的3名领导向巴南区法院提起自诉刑事诉讼，认为周在诽谤他们，要求追究周的刑'
     '责，不过后来他们都撤回了自诉。撤诉并不是因为这3名领导屈服了，而是因为这是一封区纪委交给他们的检'
     '举信。为何最终会落入被举报人手里，这个证据的来源自诉人有难言之隐。被举报人不能追究检举人的责任，'
     '一场旷日持久的对于检举人权力内的迫害就此展开。周荣焱被单位领导强行送往精神病医院关了93天，而后'
     '6年的大好时光，都消耗在逃避迫害的逃亡路上。当纪委把检举信交给被举报人，这与包公把秦香莲的诉状交'
     '给陈世美，有什么本质上的区别。其潜台词无非是，检举信交给你们了，检举人你们愿意怎处理就怎么处理。'
     '巴南区农业局的3名领导，之所以敢于对周荣焱丧心病狂的迫害和打击，显然与纪委在背后撑腰不是没有关联'
     '。纪委部门在接到检举信以后，就要对检举人反映的问题，做出认真客观的调查。即使检举人反映的问题不属'
     '实，纪委部门可以对检举人提出批评教育。但是纪委决不能把检举信，交给被检举人。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [(None, '领导', '巴南区农业局')]),
    # 07
    ('https://big5.backchina.com/forum.php?mod=viewthread&tid=756701',
     '他在拚命地跑，後面一直有群人追趕他，他跑得喘不過氣來……王信書說，一年來，他經常被這樣的惡夢驚醒'
     '。57歲的王信書是江蘇響水縣的一名殘疾退伍軍人，他在1979年那場自衛反擊戰中受過腦震蕩。他經常'
     '自豪地對鄰里鄉親們說：「在槍林彈雨的戰場上，我流血流汗，沒有一次流過淚。」2007年底，王信書因'
     '為上訪被抓進「學習班」學習，從「學習班」逃出來后，他開始了長達8個多月的流亡。王信書告訴中國青年'
     '報記者，8個月來，他不止一次的流淚，想以自殺來結束自己顛簸的生活。2007年12月24日，因為房'
     '改的房屋被原單位響水縣糖煙酒公司收走，王信書到南京去上訪。他沒想到，原本維護自己權益的上訪行動讓'
     '他變成了流亡者。2007年12月29日下午，響水縣人民法院法官陳曉軍和一名法警找到了王信書，說讓'
     '他到法院去解決房子問題。王信書說，上車后，他發現車並不是往法院方向開的，他便給老闆打電話，告訴了'
     '他自己的情況。他被送進了郊外的一個高牆大院里，一名保安搜走了小靈通、通訊錄、殘疾人證、700元現'
     '金，抽走了他身上的腰帶。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('陳曉軍', '法官', '響水縣人民法院'), (None, '法警', '響水縣人民法院')]),
    # 08
    ('https://msguancha.blogspot.com/2016/02/blog-post_29.html?m=0',
     '今天中午，吴继新等十数访民到北京市公安局门前看望昨日遭遇抢劫的浙江乐清市访民金丽丽时，偶遇河北涉'
     '县井店镇政府人员暴力截访。江苏南京访民胡云拿出手机准备拍照被穿灰色衣服的截访男子大声呵斥，追过去'
     '抢夺其手机。闻讯赶来的吴继新、张翠磊、王心灵、杨秀梅、汤树秀、闫春凤、杨宗生、王金兰、李志国、刘'
     '緊才、吴翠美、吉林王胜江等人一起上前制止暴力截访，张翠磊拍照取证再次遭到截访暴力制止。红衣截访人'
     '员称，你们这样会害了他的，回去肯定要刑事拘留他，拘留3个月，已经有10几个人被拘留了，地方有规定'
     '。被强截的程海忠和妻子候学苗不顾截访人员的威胁、阻拦，走到北京市公安局前的20路车站处准备乘车离'
     '开，被红衣男子死死缠住。胡云上前制止红衣男子被其挥拳打在了胸前，最后在众人的帮助下程海忠夫妻才乘'
     '车离开。和程海忠同时被截的一老人则被带回原籍。据了解，金丽丽是因为被本地的泼皮无赖金晓荣无故寻衅'
     '暴力殴打致残，警方不立案处理而上访，上访期间被地方政府勾结北京丰台警方把她暴力绑架，致使她再次受'
     '伤瘫痪。她回京后就一直找北京市公安局投诉，一直没人理会，她迫于无奈才“定居”在北京市公安局门前讨'
     '说法。昨天被人从北京市公安局门前推到很远的地方，然后那人抢了她的东西就跑了。金丽丽说，这个人经常'
     '和北京市公安局还有正义路派出所的人来这赶我走，他把我包括手机在内的物品都抢走了。程海忠夫妻则是因'
     '为房产证被无故收回，造成他和邻居的宅基地纠纷，2013年，在他翻盖旧房时，邻居依仗其表哥是武安市'
     '市长的权利把程海忠父子打成重伤。程海忠为此起诉到涉县法院，法院至今没有处理结果，不得已才进京上访'
     '。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [(None, '政府人员', '井店镇')]),
    # 09
    ('http://www.cyp.com.cn/?viewnews-2477.html',
     '2007年国庆节前夕，浙江省上虞市章镇镇人大代表方信娟用手机发来短信：“刘记者，我现在被黑社会找'
     '上门来，应该向哪个部门求救？”方信娟所在村村民告诉记者：“黑社会”是村支书花钱雇来的流氓打手，剃'
     '着光头，画着文身，脸上带着一股凶气。方信娟的女儿俞芳在城里上班，那天一大早接到妈妈打来的电话，叫'
     '她向上虞市公安局报警。听到村里有人被电警棍击昏，她说：“换个人，吓也吓死了！我外婆劝过我妈妈多少'
     '次，让她不要再管了，可我妈妈就是不听…”想找方信娟很不容易。在那段时间里，她的手机总是不通，家里'
     '的电话也没人接。记者听说，方信娟代表乡亲们向省里和中央有关部门反映青丰村的土地问题以后，上虞市政'
     '府曾经表示要召开“听证会”。为此，方信娟很激动，以为问题能解决。谁知，“听证会”一直没开。方信娟'
     '是青丰村人，从2005年开始，她就被村民选为代表到上虞市政府和市国土资源局反映青丰村土地被征用后'
     '没有解决的六大问题：上虞市国土资源局统一征地应该给付补偿款合计1476.7826万元，一直分文未'
     '付。市、镇二级土地管理部门暗箱操作，少征多占，多划给开发商20.136亩，使村集体蒙受经济损失5'
     '60万元，无人敢管。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [(None, '村支书', '青丰村')]),
    # 10
    ('https://www3.renminbao.com/rmb/articles/2001/9/24/16051.html',
     '“在交税款时，我只是说了说村干部的问题，乡干部就打了我一顿。”村民贾刚林红肿着脸说。“那个姓马的'
     '乡干部，还没等我把话说完，就打了我两耳光，并把我踢翻在地。”年过五十的残疾人贾世熬泪流满面的描述'
     '着挨打的经过。乡干部挥拳殴打村民的事件发生在湖北巴东县溪丘湾乡白虎坡村。提起当时的情景，许多村民'
     '仍心有余悸，怒气难平。据统计，这次白虎坡村被乡干部殴打的村民约8人。溪丘湾乡政府作为基层政府组织'
     '为何凶狠的对村民施以“暴力”呢？7月20日，我前往该乡进行了调查。白虎坡村是巴东县溪丘湾乡最偏远'
     '的村庄，全村有1500多人口，村民大多以种地为生。7月17日上午，一阵阵警笛声在白虎坡村骤然响起'
     '。正在田间地头洒汗劳作的村民惊恐万分，不知出了什么大事……乡党委副书记向传彪带领“执法队”，来到'
     '白虎坡村执行特殊任务———逼收税款。当日召开村民大会，要求村民务必在次日下午5点之前，交清当年的'
     '税款和历年欠款，否则就带到派出所。村民的脊梁骨直冒冷气。田里的玉米、稻子没收，在这青黄不接的节骨'
     '眼上，每户要在这短短的20多个小时，拿出几百块钱来十分困难。于是不少村民连夜低价卖粮种，四处筹措'
     '钱款。到18日下午5点钟，仍有不少村民无法凑齐税款，乡“执法队”便采取行动。贾世熬便是其中挨打的'
     '一个。他是个聋子，右腿萎缩得只有三根大拇指粗，家境清贫。“执法队”找到他，骂骂咧咧的问他，款交了'
     '没有。他如实说“农业税、特产税已交，只剩下上交提留未交了，但和村里的干部说了。”“执法队”的人认'
     '为他是故意抵赖。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('马', '乡干部', '溪丘湾乡'), ('向传彪', '乡党委副书记', '溪丘湾乡'), (None, '乡干部', '溪丘湾乡')]),
    # 11
    ('https://www.zhputi.com/article/116688419',
     '上访，本是宪法赋予公民的一种权利，受法律保护，可如今，上访者成了官员最恨的人。这种匪夷所思的怪现'
     '象有大量事实可以佐证。官员们像扑火似地对待他们定义为“刁民”的上访者，组织人员围追堵截，毒打软禁'
     '，强送精神病院等等，各种招数都使出来。官民尖锐对立的状况触目惊心。湖北大冶市经济开发区罗家桥街办'
     '石洪甫村村民石遵和举报强征地遭毒打软禁，官员称助其学法。从举报大冶市经济开发区强征土地开始，石遵'
     '和先后遭毒打，被软禁，挨刀子。恐惧已经慑住这个农民的心。而开发区负责人则对《中国青年报》记者说，'
     '石遵和举报、上访乃出于个人私利，挨打只是和开发区工作人员因辈分口角所致，被软禁实际上是帮助他“法'
     '制学习”。至于“被人杀”，“那是社会治安问题。石遵和这个人是十足的刁民，他超生。”3月25日，石'
     '遵和正在家里睡午觉。突然，有两人持刀、一人拿钢管进门，看到他一句话不说，家伙就奔身上来。石遵和一'
     '时发懵，即刻感到自己的血流出来，腰间疼痛难忍。此时，隔壁邻居恰好过来找他，那3人见有他人，拎着刀'
     '、钢管就跑了。经医院检查，石遵和的右侧第九根肋骨被打断，身上刀伤两处，其中臀部伤口长两公分，深1'
     '0公分，触及骨头。他住院1个月，才回家。案子报了警，至今未破。“警察每次都说找不到人。”石遵和不'
     '是第一次“遇险”了。去年9月4日，大冶市经济开发区领导允诺解决他的问题，结果被其工作人员“关门打'
     '狗一样”地打。有两个值班老人劝阻，但是打人者却大喊，“我是听你们的还是听领导的？”后来，其他人把'
     '门撞开，才让打人者罢手。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [(None, '工作人员', '大冶市经济开发区')]),
    # 12
    ('http://jphase.com/36608/206.html',
     '近日，张家界慈利县村民罗某在网上实名发文，称自己因举报村干部而遭遇死亡威胁，对方扬言要在扫黑除恶'
     '行动后弄死她。罗某走投无路，向社会求助。罗某在文中指出，村主任苏某长期欺压村民，明明是百万富翁，'
     '却拿着国家的贫困补助；扶贫只帮扶干部亲戚，村里真正需要建档立卡的人，却在破败的木屋中居住。不仅如'
     '此，苏某还借女儿婚礼大肆敛财，收取礼金四十多万元；此外勾结地痞流氓，祸害乡里，辱骂烈士后代。罗某'
     '愤而举报，被逼得“有家不敢回，天天睡在桥洞下”。这篇举报文章指向明确，举报的内容比较具体，所以很'
     '快引发许多网友的关注。当地官方介入调查也还算迅速，可通报出来的结论却只有一句“情况均不属实”。这'
     '一“言简意赅、惜字如金”的通报，实在很难让人满意。本来，罗某作为相对弱势的村民，实名举报干部，要'
     '承担一定的风险，舆论的天平天然倾向于她。而她举报的内容，也有明确的指向性，若所言不实，纯属诽谤诬'
     '陷，官方是不是应该就举报的内容，一一给予有针对性的回应？至少也该让公众知道，这中间经过哪些调查程'
     '序，有没有走访其他村民，有没有调查贫困户的档案和真实的经济情况，有没有采取措施排除一些不正当干扰'
     '。如果村民“住在破败的木屋不属实”，那么是不是可以提供实际居住的房屋照片，好让公众看得清楚明白？'
     '这些公众关心的重要信息，官方通报中都语焉不详，难免给人敷衍塞责之感。而在此前，相关工作人员在接受'
     '记者采访时，曾说“情况没有那么严重”，“一个巴掌拍不响”，“一个村干部敛财四十多万，不太可能……'
     '”',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('苏某', '村主任', None)]),
    # 13
    ('https://hk.epochtimes.com/news/2018-12-05/86844847',
     '陝西鎮巴一級殘疾人何代銀和父母歷盡艱辛來到山西汾陽法院，請求法院執行「僱主賠付拖欠5年的工傷賠償'
     '金」的判決，法官卻說對方沒錢不能執行。何代銀說沒有這筆救命錢，無法活命，在絕望的等待中，他留下了'
     '遺書。何代銀向大紀元記者表示，到汾陽至今已近一個月，仍沒等到結果，「外面天氣現在已經很冷了，生活'
     '津貼也沒有，每天只能吃最便宜的一點麵條，老人家都拖瘦了。」他說現在無助地躺在山西汾陽市人民醫院裏'
     '，「父母親都快80（歲）了，他們去了法院也進不去，現在只能被動地在這個地方等消息。」何代銀200'
     '5年在山西煤窯上班時，因工致殘全身癱瘓，山西呂梁汾陽法院2013年8月判決僱主張榜銀和田明茂賠償'
     '，但拖延多年此判決卻得不到完全執行。因家裏是低保無依無靠，何代銀只能靠近80歲的老母親餵飯翻身，'
     '無專人護理，身上多處生褥瘡，危及生命。何代銀說，近日老人已經無法支撐了，所以全家決定到汾陽市政府'
     '求助。「這是法院判的，肯定是應該要執行。現在還差50%，有56萬多沒有執行，執行了我回家才可以請'
     '個護理人。」11月8日，何代銀由年邁的雙親拖著來到汾陽市政府，希望汾陽市委領導督促法院儘快執行這'
     '筆賠償，他說當時汾陽市政府沒人管這個事，始終也見不到相關領導和接待的人。直到他在社交媒體上留言才'
     '引起關注。何代銀說市委出面協調，「第一是要求法院儘快執行，第二是給生活津貼，讓我們在這邊也有個保'
     '障性。」「我爹他們答應了，也寫了個申請，上去市長也簽了字，所以他們把我弄來醫院。但是來到醫院，他'
     '們就不給生活津貼了。」',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://gswwjm.com/shehui/100982.html',
     '86岁了，王忠志还在等待法院赔笔钱，这个愿望从13年前就有了，却一直没能实现。为此，王忠志申诉了'
     '200多次，又经历数场官司，但各级法院都认定不予支持。执拗的王忠志，只能像尊粗糙的雕塑一样，在安'
     '徽宿州砀山县的乡村消耗余生。13年的春秋，只是一段故事的续集。曾经，他一度有机会考入名校，改变命'
     '运。他最美好的回忆是上个世纪50年代，作为当地为数不多的中学生之一，当年高考后，王忠志在报志愿时'
     '只填写了清华大学。等待录取结果期间，他被非法关押。从此，命运犹如看不清的黑洞，看不到太多光亮。王'
     '忠志含冤入狱12载，然后用38年、2465次申诉，才给自己挽回无罪之名。60多年来，王忠志再也没'
     '有过好日子。虽然贫困潦倒，但他多年来自费订阅像《南方周末》这样的报纸，获取信息，保持信念。时间像'
     '一条没有尽头的路，王忠志像个找不到路标的流浪者，他还在等待应得的那份赔偿。和大多北方村庄一样，砀'
     '山县关帝庙镇邵陈楼村没什么特色，单调乏味的村宅，不容易让人记住。王忠志曾和老伴在村边一个小屋居住'
     '了很久，他们在周围种下果木换钱，日子紧紧巴巴。2019年，老伴离世后，他一人搬到镇上的敬老院，每'
     '月1000元的费用由4个儿子平摊。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://jendow.com.tw/wiki/%E7%8E%8B%E9%B3%B3%E6%9E%9D',
     '原任安徽省委書記、現任國家廣電總局局長王太華等領導同志，在專供信息上作出重要批示，安徽省、市、縣'
     '等紀檢、政法部門組成聯合調查，經過一年時間的認真、細緻、負責的調查，該上訪案件有了基本處理結果，'
     '進入“信訪調查終結”狀態。儘管這起上訪案件“調查終結”，但引起的思考遠未終結。一起小小的冤案，導'
     '致農婦20年上訪，個人和家庭付出多多；與此同時，20年中，各級黨政、法務部門，為接待農婦上訪，又'
     '付出了多少人力、物力等社會公共資源成本；另外，這起案件先後得到兩代新華社記者的長時間關注，亦可見'
     '農婦上訪之艱。1985年9月份的一個下午，安徽渦陽縣石弓鄉農民王清俠和弟弟搬新家時，把架車放在鄰'
     '居羅淑萍的門旁。為此，羅跑出來大罵，認為架車擋了她家的路，最後兩人廝打起來。隨後趕來的羅的大女兒'
     '、丈夫也一起毆打王，後來圍觀的民眾拉開了這場持續時間很短暫的廝打。第二天上午，羅淑萍莫名其妙地住'
     '進了醫院，28天后羅主動要求轉進了縣醫院，並一住就是104天。在這期間，縣醫院開出一份證明：羅的'
     '小腦受傷，患抑鬱精神分裂症。後經了解，開具這份證明的醫師既不是科主任也不是羅的主治醫師，也不是分'
     '管醫師。僅憑這一疑點重重的醫院證明，渦陽縣人民法院以故意傷害罪判處王清俠有期徒刑一年，賠償羅淑萍'
     '經濟損失1200多元。1987年年初，王清俠本該刑滿釋放，但渦陽縣人民法院以王家沒有交納賠償金為'
     '由，對王清俠進行了第二次逮捕，左手給釋放證，右手遞逮捕證。王清俠沒過幾天就在獄中瘋了，整天光著身'
     '子，也不知道吃飯。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://kan.china.com/article/1258162_2.html',
     '蒋先生说，老宅是2004年在祖宅基础上翻建而成，那几个水泥柱子上面，曾经是老宅的阳台。当地启动对'
     '该地块的拆迁工程后，有关方面便与他协商拆迁方案。当时评估的房屋建筑面积为210.96平方米，评估'
     '价格为497791元，但有关方面说该老宅无产证，是违法建筑，按他不明白的“倒四六计算模式”只能补'
     '偿12万元。由于12万元还不及他当初建造成本，《城乡规划法》在2008年1月1日才实施，按照“法'
     '不溯既往”原则，在此之前建筑的房子，不好说是违法建筑，蒋先生就没有同意，没在拆迁协议上签字。“之'
     '后，这幢老宅没有了水，也没有了电。”蒋先生说，由于身患癌症，他还是希望能回到这里休身养体，但他7'
     '月11日从医院回到这里时，老宅已拆平，砖头渣土已运走，一台挖掘机正试图将堆在路边的混凝土梁柱破碎'
     '，然后取出混凝土里的钢筋。那一根根从混凝土梁柱里伸出来的钢筋，瞬时刺痛了蒋先生内心，刺得他泪眼婆'
     '娑，“这幢老宅，外面贴了瓷片，里面装修了，怎么也没有想到，拆迁协议还没有签，房子就已经拆了！”',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://lu-xu.com/junshi/811285.html',
     '四川富顺县的专业养殖户杨国明、周江平、李运川，从没想过他们从90年代末到2017年借了几百万，2'
     '017年从500多个小规模发展到大规模养鸭。经过多年的艰苦努力，经济没有取得什么进展。没想到的是'
     '，2017年8月，当地政府因为农场污染、环境改善、环保督察而被“拆”，这两年来，他们已经记不清跑'
     '了多少次去政府和相关职能部门要求赔偿，要么“踢球”，要么“打太极”，至今没有得到合理的赔偿。杨国'
     '民、周江平和李运川告诉记者，1996年，为了响应富顺县的“水禽基地”项目，他们利用河沟饲养了50'
     '0多只种鸭。由于县里的大力支持，2005年，杨国明和他的搭档周江平在七龙镇八角村。一个社会在抚顺'
     '县注册成立了三个纪念碑农场，经营范围是养鸭、孵化幼鸟；李运川由女婿唐明健在富顺明健农场东湖镇黄泥'
     '村阿米西注册成立，经营范围为家禽、种禽、雅禽孵化。两个农场都申请了动物防疫条件证书。2012年，'
     '由于规模扩大，杨国明、周江平将三块北农场更名为富顺扬州畜牧发展有限公司，经营期限至2030年。2'
     '005年6月，杨国明、周江平、李运川三人集资110多万元，在富顺县七龙镇狮子湾水库建设了2500'
     '平方米的养鸭场和硬化场。通过前期的努力，他们的养鸭取得了不错的利润。在随后的两年里，由于县里对养'
     '鸭的大力支持，为了扩大规模，他们向富顺县信用社借了170万元，然后又向亲戚朋友借了210万元现金'
     '，分别在东湖镇唐家村和黄泥村修建了近4500平方米的鸭舍和3000多平方米的养鸭场，并在八角村修'
     '建了1660平方米的孵化基地和990平方米的硬化运动场。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://www.zgm.cn/html/a/2018/1009/166797.html',
     '如果把人生比作道路，那么，年仅十八岁的罗黄丽脚下的路就无比崎岖，四年前，罗黄丽的父亲罗德华因伤致'
     '残，然而，赔偿金却迟迟不能兑现，眼下，罗黄丽不仅家中“粮仓见底”，自己也将面临辍学，她希望被执行'
     '企业尽快履行责任，让自己的家庭渡过难关。罗德华，内江市威远县靖和镇木瓜村人。上世纪九十年代，时年'
     '二十余岁的罗德华来到自贡务工，在位于大安区三多寨镇同春村的自贡市大安群乐机砖厂（以下简称：群乐厂'
     '）从事粉料工作。虽说每天工作超过十小时，条件艰苦，工作劳累，但对于学历不高、技能匮乏的罗德华来说'
     '，每月两千余元的工资已是相当满足。生活的轨迹在四年前发生巨变，当年十月十五日凌晨六时许，罗德华工'
     '作中发现机器发生故障，在制砖车间使用棍棒搅动机器滚筒时，不慎被滚筒铁钩拖拉绊倒，并从三米来高的机'
     '器上摔倒在地，坠地后，罗德华剧痛难忍，随后被工厂负责人及工友送往医院救治。市第四人民医院入院记录'
     '显示，罗德华从高处跌倒，右下肢先着地，伤后感右髋疼痛伴活动受限，无昏迷、恶心、呕吐、胸闷、气促等'
     '不适，予以拍片检查后，急诊以“右侧股骨颈及粗隆下骨折”收入骨科。随后，罗德华在医院进行了第一次手'
     '术，并修养三月后出院，此时，本该于不久后进行的第二次手术，因群乐厂拒绝支付治疗费用而一直延误至今'
     '，如今，罗德华仍不时感到腿痛，天气变化时更加明显。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('http://2.ytbbs.com/archiver/tid-6484614.html',
     '我是代县人：请问代县民政能还老兵一个心愿吗，我不要待遇，只想说我是一个兵，………………。我的父亲'
     '，一个左背部胸部留有弹片，左臂被击穿残疾手指不能伸展的老兵，一生没拿过国家一分伤残金的老人，用自'
     '己残疾的身体参加了新中国的建设，60年代为了建设内蒙古呼和浩特双十个指甲在工地冻掉鲜血染红一把把'
     '铁杆都没有停止的代县汉子，用一生勤奋报孝祖国，见证了新中国的成长，因常年在工地高强度的工作，和没'
     '有任何防护措施重度粉尘污染的工作，在老年一次次的旧伤感染引发严重的肺病，10多年不能躺着睡觉，8'
     '9年因肺心病去世，…………父亲只想证明，我是军人，代县下花庄人，栗福义代县民政因搬迁丢失文件，一'
     '直未乘认老人是伤残军人，可是为什么登记表里有栗福义的名字，就因为后面没点两个点，就不给办理，可是'
     '老人身上的伤是…………',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('https://bbs.mala.cn/thread-16368859-1-203.html',
     '广安区社保局：近年来，失地农民因为征地补偿和参加社会保险等问题上访甚至酿成群体性恶性事件在全国屡'
     '有发生，极大地损害了党和政府的公信力，如不慎重的处理好被征地农民的切身利益，将对政府的政能力形成'
     '严峻的考验。希望政府及有关部门引起高度重视，进一步通过各种有效措施维护被征地农民的切身利益，维护'
     '广安的社会稳定。凡执行广安府办发（2004]127号文件参保的，不管多少年后才办理退休，都必须按'
     '该文件规定计发退休待遇，其他的参保人员则执行川劳社发（2006]17、18号文件。广安岔路村村民'
     '是2007年第一批建设用地的农转非人员，执行的广安府办发（2004）127文件参加的失地农民社会'
     '保险。并不适用于川劳社（2006）17号文件。广安府办发（2004）127号文件执行这些年，没有'
     '发生过上访及群体性恶性事件，群众满意度较高。而去年该领养老金的人员到目前才领到工资，有的已经被拖'
     '欠一年之久，而且发现执行政策被“调包”，原来可以领到1700元左右，现在政策被“调包”之后只能领'
     '到1029元，群众怨气较大，大家自发到各部门表达诉求以及上访。广安区人力资源和社会保障局用川劳社'
     '（2006）17号文件取代广安府办法（2004）127号文件是否合理合法，是否有足够的政策支撑，'
     '大家拭目以待。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://farm.00-net.com/news/3/2009-04-13/44502.html',
     '我在乡镇工作十几个年头，从事信访工作6年多，10多年来在几个乡镇干过，从一名普通的工作人员成长为'
     '分管信访工作的镇党委副书记。自从分管信访以来，我天天胆战心惊，如履薄冰。李水富（化名）是一名远近'
     '闻名的老上访户，至今未婚、无业。从17岁随父亲以“受迫害”为由上访，30多年来，他几乎每年都要在'
     '重大会议召开时（如中央、省、市级“两会”等）上访。他一旦进京，或到省上、市里，镇政府都要安排专人'
     '去接访，甚至中途截访。每次接访，我们都要安排两人以上去，到省城、北京来回一趟，每次差旅费少则三五'
     '千元，多则上万元。近年来，为了确保万无一失，每到全国“两会”等时期，镇里都要派出5名干部24小时'
     '跟随李水富，陪吃陪喝陪睡陪上厕所，一次耗时半个多月。如果一年下来有多个敏感期，每年单是稳控他一个'
     '人的费用就多达数万元。如一不小心失控，还要到火车站、汽车站分头堵截，堵不住就到北京接，耗费了大量'
     '的人力、物力和财力。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://chengdu.baogaosu.com/xinwen/%E8%A1%A5%E5%81%BF%E6%89%92%E6%8E%89%E5%B7%A5%E5%8E%82%E5%9B%B4%E5%A2%99%E6%8A%95%E8%B5%84%E5%95%86%E4%B8%8A%E8%AF%89%E6%97%A0%E4%BA%BA/17056788/',
     '一个多月来，在山东省郯城县办厂的浙江商人金金焕心急如焚，他从派出所找到公安局，从镇政府找到县政府'
     '，盼望有人能出面干预，把被当地村民谢宗来扣压的挖掘机要回来。6年前，一纸招商协议，把杭州萧山人金'
     '金焕吸引到郯城重坊镇开办防护用品厂，2009年，经过一系列程序，金金焕取得了在重坊一村的20亩土'
     '地使用权，并拿到了《国有土地使用证》。但这张《国有土地使用证》并未能保障防护用品厂的独立使用权。'
     '“从我搬进来就没有消停过，谢宗来一家老闹事，不是到厂子里种树种庄稼，就是扒墙头、堆沙土。作为一个'
     '外地人，我又不敢惹他。”金金焕告诉法治周末记者，到了2013年2月，谢宗来竟然扒掉工厂几十米围墙'
     '，在厂区内建起8间临街门面房。2013年12月16日深夜，在起诉谢宗来侵权但法院不予受理后，金金'
     '焕悄悄请人来拆除这8间房屋，没想到，房子未拆成，挖掘机还被谢家扣下了。“这可怎么办？机主天天追着'
     '我讨要挖掘机，人家40多万元的设备，干一小时就要260元呢！”金金焕急得团团转。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH54, "fresh54")
