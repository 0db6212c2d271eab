"""Sealed batch fresh60: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: environment and natural resources at county level: a 镇党委书记 shielding sand diggers, a
county 环保局 bribery ring, illegal land approvals by 镇 governments, 滥伐 by a 村支书 and by a
party member, village cadres quarrying and selling collective hills, selling farmland and
withholding forest money; out items are forest-right lawsuits, a contract dispute passed off as a
logging report, a farmland take-over for a nursery park, a forest dispute settled by a 镇, two
unpaid afforestation subsidies, noise and pig-farm complaints and a report of a villager's
illegal shed on farmland. Sources (stored-pages search): a 法治头条 report on the 天镇 新平堡镇
secretary; a copy of the 中国纪检监察报 story on the 平湖 环保局; a 2007 新華社 item on nine Anhui
land cases (traditional); a 人民網 (BIG5) copy of the 中國紀檢監察報 story on a 來鳳 村支書
(traditional); a 驿城区 纪委 notice; a 嵊州 villagers' post on a 村官's quarry; a 海峡都市报 report
on 东兴村; a 浙江在线 report on a 乐清 村委会主任; a 南方日报 report on 管塘村; a 2021 letter from
a 广信区 villager; a 2012 大紀元 letter from a 孝昌 villager (traditional); a 鼎城区 villagers'
letter on 王家坟山; out items: a 镇远 court judgment, a 广东高院 judgment on a 仁化 forest ruling,
a 國家林業局 note on a 順昌 report (traditional), a 长汀 林业局 reply, a 浙江林业 feature on
five walnut trees, a 万安 退耕还林 complaint, a 鹿泉 walnut-subsidy story, a 苏州高新区 noise
complaint and reply, a 祁阳 pig-farm letter and a 广安 forum report of an illegal shed. Four
texts are in traditional script (items 3, 4, 11, 15; glossing pinyin of the converted copy of
item 3 removed).

Conventions: as in the earlier sealed batches (see fresh38th.py). Excerpts as published (whole
sentences kept, some paragraphs and sentences cut; page junk such as headlines, sub-headings,
image captions, bylines, datelines, source tags ("新華社合肥7月22日電(記者王圣志)", "【大紀元…訊】",
"□南方农村报记者…", "核心提示"), labels ("违建基本情况:", "违建位置:", "举报诉求"), list numbers,
signatures, reply timestamps and phone numbers removed; paragraphs joined; ASCII punctuation
written full-width except inside numbers ("2,800", "26.99畝"); the stray space in "零下9度 也都"
(010) removed). Page typos kept ("三令五声", "滥发林木罪", "影向市容", "折掉", "反驳“:", "集林山土",
"民事通则法", "不不知道", "经查;", "已经严重我们小区", "反应举报", "尽然"). scope "in" for alleged
misconduct of a party member or public official (village cadres included), "out" otherwise
with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, reporters, victims,
witnesses, firms and officials who only handled, investigated, announced or answered are not
accused; an organ accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name) and units as written; unit
None when the text does not tie the person to a named unit. Topics only from the twelve names
of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 011,
012). Out types: 涉法涉诉 3 (013-015), 征地拆迁 2 (016, 017), 个人利益诉求 2 (018, 019), 其他 3
(020-022). 16 accused entries, all in items 1-12: 12 with a full name, 2 masked (朱某, 杨某), 2
post only (村干部, 村幹部). Item 9 is in scope with no accused entry. Out items have no accused
entry.

Close calls:
 1  A 法治头条 piece built on a villager's report. The secretary is first written "新平镇党委书记杨文晋"
    (the page writes both 新平镇 and 新平堡镇): position '党委书记', unit '新平镇' as written with
    the name. 姜高 (原国土局局长) only employs the driver who digs sand: no conduct of his own is
    alleged, no entry; the diggers are private. Topics 群众纪律 (充当保护伞) and 政治纪律 (county
    orders carried out with "大打折扣").
 2  毛小弟 is named first without a post; "作为局长" comes in the 平湖市环保局 sentence: '局长',
    '平湖市环保局'. 何骁 is only said to have "相继落马" in the 窝案: kept as accused (his fall in a
    bribery ring is the allegation), position '原大气室主任', unit '环境监测站'. 庄某 and the firm's
    法定代表人 are bribers, not officials. The cut-off last sentence removed.
 3  Traditional; dateline and the converted copy's pinyin glosses removed; the last case (童漢喜,
    村委會副主任) breaks off mid-sentence in the stored copy and was cut, so he is not in the text.
    The 鎮政府 that approved land illegally are organs; 夏陽年 and 丁一鳴 are the named officials
    punished for it. Topic 滥用职权 (非法批地).
 4  Traditional; headline, caption and byline cut, and the sentence cut off in the stored copy.
    楊長勝 is first written "黃柏園村原黨支部書記、天保護林員楊長勝": position '原黨支部書記' (the
    first post written), unit '黃柏園村'. 張超南 sold the trees and is not accused; the 紀委 only
    investigates. Topic 工作纪律 (a 護林員 who felled trees without a permit).
 5  A 纪委 notice whose only tie to a unit is the cut headline ("驿城区老河乡大林子村 马德河"); in
    the body he is a "中共党员" without a post: ('马德河', None, None). In scope as a party member
    punished for 滥伐林木罪. No topic fits well; 生活纪律 (a member's own unlawful conduct) chosen.
    The page's "滥发林木罪" typo kept.
 6  A villagers' post. 章孟西 is the "村官" of 后庄 (a 自然村 of 东雅后俞村); no village is written
    with his name, so unit None. The 嵊州 国土 bureau accused of 包庇 is an organ, and its
    "取证人员" who phoned him are unnamed staff of that organ: no entry (close). Not mixed: the
    cracked houses are part of the damage complained of, not a separate claim.
 7  "村干部私自炸山取石" names no one: one post-only entry (None, '村干部', '东兴村'), unit from the
    village the villagers write from. The 东峤镇政府 only answers. "核心提示" label, byline and
    sub-headings cut; the report breaks off in the stored copy and the cut-off sentence was cut.
 8  朱某 first written "乐清市虹桥镇龙泽村的村委会主任": '村委会主任', '龙泽村'. The 31 other village
    cadres in the statistics and the 村"两委" who decided together give no entry. Sub-headings cut;
    the last sentence, cut off in the stored copy, removed.
 9  In scope with no accused: the villagers suspect "当地村委会" (an organ) of forged accounts, and
    the "村委会干部" were replaced by the town; nobody is named or singled out. 陈传和 is a
    villager whose name was misused, not accused. Not marked mixed: the money claimed is the
    money allegedly taken (one matter). The 摘要 duplicating the lead, headings and byline cut.
10  Mixed: 邱信祥's own grievance (his tofu workshop on farmland demolished three times) with the
    allegation that 村主任杨某 sold 1.5 亩 of basic farmland. The CSS junk at the top of the page
    and the last sentence (cut off in the stored copy) removed. The 乡城管, 工商局 and 乡里 only
    enforce.
11  Traditional, mixed: 張明清's own claim (forest rights and subsidies for the trees he planted)
    with the allegation that village cadres registered his forest in their names to take the
    subsidies. Nobody is named: (None, '村幹部', '響堂村'). "鎮裡某些領導" who "利用這一點" are too
    vague for an entry. The 大紀元 tag cut; the text ends before the note on the later 貪污 case,
    which breaks off in the stored copy.
12  Mixed: the 十三组's collective claim to 王家坟山 against villager 周斌 (a land dispute) with the
    allegation that the 组长, the 村长 and the 林管站 站长 colluded to move the hill to 周斌's father.
    周和平 is written "村长周和平": unit '白马岗村' from the opening sentence. 周建军 first written
    "镇林管站站长周建军": '站长', '镇林管站'. 周斌 and 周金明 are private. Cut after the sentence
    on the 组长's void decision (the page breaks off).
13  涉法涉诉: an administrative lawsuit against a county ruling on a forest-right dispute; court
    header and the party list cut. The 县人民政府 is a defendant organ; no misconduct alleged.
    Could be read as 征地拆迁 (land dispute); the text is court procedure.
14  涉法涉诉: an appeal judgment on a forest-ruling case; the header and the claimants' evidence
    list (cut off in the stored copy) cut. Same reading as 13.
15  Traditional; 涉法涉诉, hard: a report of 盜砍濫伐 turns out to be a contract dispute already
    in court. The complainant says the 林業局 and 林業廳 "查處失實", but that blames organs and
    is refuted; no official misconduct. Could be 其他.
16  征地拆迁: farmland taken for a county nursery park and one villager's unpaid compensation; the
    林业局 only answers. Reply headings ("基本情况", "处理意见"), list numbers, the repeated
    "信访人的申诉要求" paragraph and the signature cut.
17  征地拆迁 (a forest-boundary dispute, OOS.LAND): five walnut trees claimed across the provincial
    border, settled by the 镇 and village cadres, who only handle. Headline, sub-heading and the
    cut-off sentence removed. Could be 其他.
18  个人利益诉求: a contractor's unpaid 退耕还林 subsidy for 2005-2009. "这笔退耕还林款究竟去哪儿了"
    is a question, not an allegation against anyone; 村支书邓昌金 only explains. Title, caption and
    sub-headings cut; the sentence cut off in the stored copy removed.
19  个人利益诉求, hard: the 村委会 has not paid a walnut subsidy for months, which reads like
    withholding (截留), but the text explains it by a court freezing the committee's account; the
    村干部 promised to handle it. No misconduct alleged: out, no accused. Headings and timestamp cut.
20  其他 (pollution): a night-noise complaint and the 环保局's reply. The reply's phone sentence,
    the office label and the timestamp cut.
21  其他 (pollution): villagers' letter on a pig farm; the page headline cut.
22  其他: a forum report of a villager's illegal 700-square-metre shed on farmland. "反映出基层在动
    态巡查和执法监管上可能存在薄弱环节" is a general remark about supervision, not an allegation
    against an official: out, no accused. The salutation line, labels, list numbers and the
    third demand (cut off in the stored copy) removed.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH60: list[Item] = [
    # 01
    ('http://fazhitoutiao.fazhitoutiaozaixian.cn/show-92-2989-1.html',
     '近日接到天镇县新平堡镇新平尔村民举报，有人在天镇县新平堡镇曹家湾大河采砂，举报人称：新平镇党委书'
     '记杨文晋保护天镇县原国土局局长姜高的司机“二亚（同音）”和东北小田，长期在曹家湾大河采砂，因有杨'
     '书记的保护，长期在河道采砂获取暴利！河道采砂是严重的违法行为，天镇县政府三令五声打击，坚持“严”'
     '字当头、“实”字打底，始终保持高压态势，对辖区内私挖滥采等行为进行铁腕整治，做到“零容忍”“零姑'
     '息”，发现一起坚决查处一起。在这种严峻的形势下，新平堡镇杨书记还在为虎作伥，充当保护伞，天镇县政'
     '府在7月份就召开了依法打击私挖乱采专题会议。根据要求，各执法部门将进一步加强日常巡查执法监管，采'
     '取定期和不定期相结合，实地巡逻和高空瞭望相结合的多种形式对山区加强监管，严厉打击各类私挖滥采行为'
     '，严厉打击有证矿山越层越界开采等违法违规行为。杨书记在执行县政府打击私挖乱采中“大打折扣”并且还'
     '助纣为虐充当保护伞，失了党性原则。我们将持续报道！',
     'in', None, False, ['群众纪律', '政治纪律'],
     [('杨文晋', '党委书记', '新平镇')]),
    # 02
    ('http://51haodu.com/t/NU!PNXZsVHM4RQ==',
     '2015年以来，平湖市纪委连续查处了该市环保系统腐败窝案，除毛小弟外，市环保局监察大队原大队长符'
     '新良、环境监测站原大气室主任何骁等多名干部也相继落马。毛小弟是窝案的关键人物。据审查人员透露，他'
     '在受贿手法上，可谓“别出心裁”。2012年，平湖市对废塑料造粒企业进行专项整治，老板庄某的企业因'
     '此被关停。通过一次饭局认识毛小弟后，庄某便请其指明一条可以赚钱的新路子。“你可以在废弃物处置业务'
     '方面试一试。”毛小弟提出了建议，并热心地为他介绍了几家造纸企业。由于生意进展得不错，庄某为了感谢'
     '毛小弟的帮助，又邀请他吃饭，并不失时机地递上了一个装有5万元现金的信封。考虑到直接收钱不太安全，'
     '毛小弟便提出能否换一种方式。两人经过商量，决定让毛小弟的侄子出面“借钱”给庄某，并约定了高额利息'
     '、逾期日息等“特别条款”。就这样，毛小弟先后三次“借”给庄某40万元，在不到一年的时间里，光收到'
     '的“利息”就高达26.5万元。收受企业送上的好处，自然挺不起腰杆严格执法。2015年，平湖市环保'
     '局执法人员对嘉兴某日用品有限公司进行现场检查，查获该公司排放废水中一类污染物超过国家标准三倍以上'
     '，应移送公安机关作进一步侦办。但毛小弟作为局长及案件审议小组组长，不顾小组其他成员的意见，决定“'
     '暂缓移交”，改为行政处罚。在此背后，则是该企业法定代表人送上的高档礼品……不同于毛小弟，平湖市环'
     '保局监察大队原大队长符新良则是一个“小毛病演变成大祸害”的典型。2007年，符新良被任命为市环境'
     '监察大队副大队长兼当湖中队中队长。手中有了权力，阿谀奉承的更多了，称兄道弟的也更多了。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('毛小弟', '局长', '平湖市环保局'), ('符新良', '原大队长', '市环保局监察大队'), ('何骁', '原大气室主任', '环境监测站')]),
    # 03
    ('http://nakedoat.com/jrzg/2007-07/22/content_692913.htm',
     '安徽省國土資源廳、監察廳近日聯合通報了9起土地違法案件的公開查處情況，2人因涉嫌破壞耕地罪被依法'
     '逮捕，多名黨政人員被給予黨紀政紀處分。這9起土地違法案件分別為：宣城市宣州區貍橋鎮政府非法批地案'
     '、巢湖市廬江縣冶父山鎮政府非法批地案、廬江縣白湖鎮政府非法批地案、蕪湖市繁昌縣峨山鄉政府擅自批準'
     '改變土地用途從事房地產開發案、國有壽西湖農場非法批地案、淮南市鳳臺縣古店鄉順天輪窯廠破壞耕地案、'
     '鳳臺縣古店鄉益民輪窯廠破壞耕地案、亳州市天潤房地產開發有限公司未經批準超占土地案、安慶市望江縣高'
     '士鎮高士村高嶺組非法占地案。2002年6月，宣州區貍橋鎮政府非法批準開發商占用26.99畝集體土'
     '地用于建高檔住宅、高爾夫練球場等。宣州區政府依法撤銷了貍橋鎮政府非法批地的文件，收回非法批準占用'
     '的土地。貍橋鎮原黨委書記夏陽年被給予黨內警告處分。廬江縣白湖鎮政府非法批準征用該鎮裴崗社區、毛嘴'
     '行政村土地用于建“工業集中區”，并非法占用22.45畝集體土地用于修建道路，白湖鎮副鎮長丁一鳴因'
     '此被免去副鎮長職務。',
     'in', None, False, ['滥用职权'],
     [('夏陽年', '原黨委書記', '貍橋鎮'), ('丁一鳴', '副鎮長', '白湖鎮')]),
    # 04
    ('http://fanfu.people.com.cn/BIG5/n1/2019/0410/c64371-31022569.html',
     '“作為天保護林員，保護林木是我的本職工作，我卻知法犯法，抱著僥幸心理濫伐樹木，真不應該，我確實是'
     '錯了。”2018年11月，湖北省來鳳縣三胡鄉黃柏園村原黨支部書記、天保護林員楊長勝因濫伐林木受到'
     '處理時，后悔不已。2018年9月，來鳳縣紀委監委接到問題線索，反映楊長勝作為黃柏園村黨支部書記、'
     '天保護林員卻濫伐村裡的樹木。經領導簽批，該問題線索由縣紀委派出第二紀工委負責核查。作為一名接受過'
     '專門培訓的天保護林員，應該了解相關的法律知識，當真會監守自盜濫伐林木嗎？如果確實濫伐林木，原因何'
     '在？第二紀工委調查組帶著疑問進村入戶開展核查調查工作。經調查走訪，有村民反映，楊長勝曾在本村村民'
     '張超南的責任林砍伐過樹木。於是，調查組找到張超南談話。據張超南反映，2018年農歷正月的一天，他'
     '與楊長勝在趕集時偶遇，張超南就打算砍伐自家屋邊杉樹賣錢一事，向楊長勝咨詢辦理《林木採伐許可証》事'
     '宜。楊長勝告訴他，自己正准備制作一副壽枋，需要木材，不如賣給自己。兩人達成一致，楊長勝以1300'
     '元的價格向張超南購買6株杉樹，樹木由楊長勝自行砍伐，採伐手續也由楊長勝辦理。幾天后，楊長勝帶人扛'
     '著電鋸前去張超南家的責任林，攔腰鋸倒6棵杉樹，搬著木材下了山……了解到這一情況，調查組決定到三胡'
     '鄉林站了解楊長勝是否辦理採伐許可証，結果沒有查到楊長勝辦理相關採伐手續的記錄。',
     'in', None, False, ['工作纪律'],
     [('楊長勝', '原黨支部書記', '黃柏園村')]),
    # 05
    ('http://www.zmdsjw.gov.cn/sitesources/zmdjw/page_pc/xsqjw/ycq/xxgk/scdc/articleb6f16257740e4dc9bfb465cb5e71f35d.html',
     '2013年春节后，马德河购买板桥镇大林子村委八虎冲村民荣某栓的林坡，后在未办理林木采伐许可证的情'
     '况下，雇用工人将荣某栓林坡上的树木全部砍伐。经鉴定，被砍伐树木积蓄为23.5257立方米。202'
     '1年3月11日，驻马店市驿城区人民法院以滥发林木罪对马德河判处有期徒刑一年，缓刑一年零六个月，并'
     '处罚金人民币五千元的刑事判决。马德河身为中共党员，违反森林法规，在未取得林木采伐许可证的情况下滥'
     '伐林木，数量较大，其行为已构成滥伐林木罪，被法院判处有期徒刑一年，缓刑一年零六个月，并处罚金人民'
     '币五千元。经区纪委常委会会议研究，决定给予马德河开除党籍处分。',
     'in', None, False, ['生活纪律'],
     [('马德河', None, None)]),
    # 06
    ('http://www.it214.net/c3644662.aspx',
     '嵊州市甘霖镇东雅后俞村的后庄自然村，原本是一个山清水秀的宁静小山村，村子后面的山体下有着丰富的硅'
     '藻土和玄武石资源，然而这个美丽的小山村下面是稳定性极差的硅藻土，一直是嵊州市三类地质灾害隐患点。'
     '自从2011年章孟西当了村官以后，后庄的山不再青，水不再绿。“九脚山”、“竹小”和“狮子山”和山'
     '脚下的山凹是后庄村民世代生活的地方，山上的水库是后庄村为数不多的灌溉用水，正是“九脚山”、“竹小'
     '”和“狮子山”的山体和山脚的护坡支撑着这个水库，如今，水库东侧的整个山包已被挖去了三分之二，山下'
     '一道道的石坎已被挖掉，山体已是千疮百孔，泥土松动，不断有石头往下掉，遇上连日大雨，山体一片片地往'
     '下滑，已有不少居民的房屋墙体出现裂缝。为保护后庄的绿水青山，后庄村民实名举报了村官非法采石盗卖集'
     '体资产的事，于2015年11月开始了艰难的投诉之路，2016年1月嵊州市国土资源局立案调查。在整'
     '个案件中，作为执法部门的嵊州国土，做出种种反常举动，现列举如下：反常行为之一：对章孟西的非法开采'
     '包庇纵容。从2011年章孟西当上村官起，他就把村集体资源看成是自己的提款机，想用钱了就挖些石头卖'
     '，2013年他对村里的玄武石下手，上万方的高档玄武条石被他盗卖，白泥庵水库东侧的山体被挖去了三分'
     '之二，一车车的石头往外运，嵊州国土难道一点觉察都没有吗？村民报警已不止上百次，执法部门来了，挖机'
     '开走，执法人员一走，照挖不误，章孟西因何敢如此胆大妄为？是谁在给他撑腰？执法部门的执法为何又如此'
     '软弱无力？反常行为二：与被投诉人串通，隐瞒真实情况。2016年1月10日市国土资源局执法监察大队'
     '派人去后庄采石点取证，出人意料的是，取证人员电告被调查人章孟西，并叫他带路去采石现场。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('章孟西', '村官', None)]),
    # 07
    ('http://dzb.hxnews.com/2012-03/21/content_34750.htm',
     '“我们的‘祖传山’被村干部私自炸山取石，守护几十年的林木快被砍光了，房屋也被震裂了，连附近的小学'
     '校舍也被危及，三百多名师生成天胆战心惊。”昨日，莆田市秀屿区东峤镇东兴村万兴自然村的村民向本报反'
     '映，当地大帝山这两三年来被开山取石，埋下很多安全隐患，为此村民反对采石。记者昨从东峤镇政府了解到'
     '，当地政府已要求暂停采石，这两天正准备和村民协商相关事宜再作定夺。大帝山位于万兴自然村后面，是当'
     '地村民心中的“祖传山”。村民老李告诉记者，很早以前，村民们就在山上种植了木麻黄、松柏、黑松等林木'
     '，十几年前因为物资匮乏，村民们曾一度将林木砍了当柴火用。这十几年来，随着经济条件的好转和村民对环'
     '境保护意识的增强，大家不仅努力植树造林，还很注意保护山上的林木，大帝山上一片郁郁葱葱，大部分树木'
     '的树龄都有几十年。可这种好景在两三年前却戛然而止——一批采石队进了山，并陆续开始炸山，挖走土石。'
     '去年开始，开山取石尤为频繁，每天都有大型土方车进出大帝山，将土石运出村，一天大概要来回七八趟。由'
     '于不少民房和山头相隔百来米，本身老旧的房子被炸山的余力所震，纷纷开裂。昨日，记者来到大帝山头，看'
     '到山脚下立着一段两百多米的简单防护网，山的东侧岩石已被开采殆尽。在接受采访时，村民们的言语都十分'
     '激愤，纷纷质疑开山行为的合法性。村民们说，开采山体前并没有召开村民代表大会，村干部私自炸山取石，'
     '把这些土石运出去卖，不仅违法，破坏了当地的水土环境，还给村民们的生活带来很大的困扰。',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [(None, '村干部', '东兴村')]),
    # 08
    ('http://zjnews.zjol.com.cn/05zjnews/system/2011/10/25/017942257.shtml',
     '7年前，朱某是乐清市虹桥镇龙泽村的村委会主任，因为“乐清卖地第一案”东窗事发后畏罪潜逃。7年后，'
     '57岁的他迷途知返，投案自首。近年来，村干部非法卖地的案件屡有发生。乐清市检察院最近公布的一组统'
     '计数据显示：最近3年，乐清检察院起诉涉嫌非法转让、倒卖土地使用权的村干部有31名。近日，乐清法院'
     '里，朱某一脸疲惫地站在被告人席上。乐清检察院指控，1999年至2001年期间，朱某代表龙泽村村民'
     '委员会将村里的89.47亩集体土地非法转让给乐清市的11家企业或个人，其中包括非法转让基本农田5'
     '3.39亩、其他农用田36.08亩，得款251.576万元。在富裕的乐清市，龙泽村属于相对落后的'
     '村庄，村里人口多，经济来源单一。不过，从1999年开始，就不断有企业主动与龙泽村的村干部接洽，希'
     '望用村里的田地。朱某说，当时村干部们并不了解土地转让的相关法律规定，他们仅仅通过村“两委”（村委'
     '会和村党支部）的集体讨论，就决定转让村集体的部分土地。在他们看来，村里土地资源比较丰富，把部分空'
     '闲土地转让出去，是件大家都受益的事，而且村里进驻企业，还能解决部分村民的就业问题。据调查，龙泽村'
     '村委会将收取的地价款全部分配给了本村村民及用于本村道路、照明等建设。“明明是为村里人谋福利，卖地'
     '的钱也分文不少全给了村民，怎么到头来自己会落得如此下场？”在法庭上，朱某似乎还是想不明白。对于朱'
     '某的陈述，公诉人当庭反驳“：看上去这样的行为合情合理，但它却不合法。企业想发展、村里想致富，都情'
     '有可原，但如果不按法律程序办，就属于违法，不受保护。”检察官指出，村里集体所有土地所有权属于劳动'
     '群众集体所有。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [('朱某', '村委会主任', '龙泽村')]),
    # 09
    ('http://www.southcn.com/nfdaily/news/content/2014-07/09/content_103892283.htm',
     '生态林补偿金发放多年，英德市黄花镇管塘村不少村民却坚称：从未收到过这笔钱。这个拥有5221亩生态'
     '公益林的粤北山村，近几年每年下发的生态林损失性补偿款约在7万元左右，除去村集体留成的30%，30'
     '5户村民每年应分得5万元左右的补偿金。南方日报记者近日在清远市黄花镇调查发现，管塘村近几年的生态'
     '林补偿金账目十分混乱，有的账户名关联了10多个林地权属人，其对应关系存在虚假关联的嫌疑。管塘村村'
     '民怀疑，当地村委会此前伪造账目，将本应发放给村民的补偿金，据为少数人所有。黄花镇相关领导表示，该'
     '镇也发现管塘村生态林补偿金发放存在问题，不久前已将当地村委会干部撤换，目前英德市纪委已介入调查此'
     '事。52岁的陈传和是管塘村村民，他的名字不仅在管塘村生态林补偿金账目的账户名中出现了15次，还关'
     '联着多名与他并非亲属关系的林地权属人——这些同村的村民由此以为，他们的补偿金被陈传和占有了，因此'
     '总是向他讨要。陈传和说：“我自己从来都没收到过这些钱呢！”',
     'in', None, False, ['群众纪律', '贪污贿赂'],
     []),
    # 10
    ('http://news.ga5.net/p/4819.html',
     '近日，江西省上饶市广信区清水乡前汪村村民邱信祥致函有关部门反映说，他和姨丈（低保户）合伙在一处荒'
     '废的山田上搞的养殖场，多次被要求拆除，而村主任杨某利用职务便利，私自将基本农田1.5亩售卖给他人'
     '用于建造房屋，多次向有关部门反映情况，均未得到回复。在提交给有关部门的一份书面反映材料中，邱信祥'
     '陈述了事情经过：我叫邱信祥，男，1976年8月出生，汉族，初中文化程度，是江西省上饶市广信区清水'
     '乡前汪村的一位普通村民。事情从去年说起。受疫情影响，两夫妻没得工作，向银行贷款25万元回家创业，'
     '准备办个豆腐坊。经村里同意，在自家荒废十几年的田里用毛竹搭了棚。后来创国卫，乡城管把它给拆了，说'
     '影向市容。拆了后就买了个雨棚继续做。去年冬天零下9度也都在做豆腐。做到今年清明节前，工商局罚了3'
     '000元钱，叫我厂房建起来再生产，不然就不用生产了。就这样，找村干部、乡领导，经同意后建上活动板'
     '房。活动板房是今年4月3日建的，领导不同意我哪敢第二次建。过了十几天也就4月20日，乡里通知又下'
     '来了，说是基本农田一定要折掉。我都搞蒙掉了，怎么又要拆了。从4月20日到7月28日，这一天不下十'
     '次来叫我自行拆除。这三个月来根本都没怎么睡觉，找人、找关系都没用还是拆了。',
     'in', None, True, ['廉洁纪律', '滥用职权'],
     [('杨某', '村主任', '前汪村')]),
    # 11
    ('http://tvsmo.com/b5/12/7/4/n3627645.htm',
     '我叫張明清，是孝昌縣王店鎮響堂村人，40歲，在外打工多年。2006年為了響應縣政府的號召回鄉創業'
     '，承包了村裡荒了多年的80畝地栽種生態楊樹林。當時正在搞創建養殖大縣，我又在縣、鎮政府領導的幫助'
     '下在林中建成養雞場2,800平方米投資30餘萬元，承包了村裡的60畝水面搞水產養殖，在幾年時間裏'
     '我花光了所有的積蓄50餘萬元，還欠債近8萬元。我把自己所有的心血和希望都寄托在家鄉這片土地上，而'
     '一些人卻在我毫不知情的情況下用村幹部的名字開始辦理林權證，目的就是要得到本應是我的國家優惠政策和'
     '扶助金。由於我的規模和回鄉創業的影響力，有位鎮領導和縣林業局一位領導看出其中的問題，暗地裡通知我'
     '，讓我想辦法把名字改過來。在接下來的一年時間裏反覆的改正與被改，讓我成了包括村、鎮領導在內的一些'
     '官員眼中的「敵人」。終於我拿到了林權證，可是此後的幾年這片樹林的權屬好像和我沒有一點關係，沒有任'
     '何人過問也沒有拿到國家的一分補貼，就連每年的退耕還林檢查也是由鎮領導和村幹部陪同，我也問過檢查的'
     '情況被告知和你沒有一點關係。從我自購樹苗到現在已經6年了我在樹林裡投入了多少金錢和汗水，欠下一身'
     '外債怎麼就和我沒有關係呢？我為此多次向縣政府、縣林業局、鎮政府反應情況但卻得不到解決，縣政府讓找'
     '林業局、林業局說錢給了你們鎮政府、鎮裡領導說給了你們村幹部，你要有本事找他去。說實話我真不敢，因'
     '為村幹部的社會關係，鎮裡某些領導也是在利用這一點。這件事也就不了了之。',
     'in', None, True, ['群众纪律', '贪污贿赂'],
     [(None, '村幹部', '響堂村')]),
    # 12
    ('https://m.110ask.com/zhishi/6590668951001608669.html',
     '湖南省常德市鼎城区灌溪镇白马岗村十三组，是湘西北地区的边沿山村。历史以来靠山吃山，祖祖辈辈脸朝黄'
     '土背朝天，靠山土维生。七十年代初，村里办林场时将十三组的王家坟山约20多亩面积的集体山林，收回村'
     '里办林场栽树。经过数年的栽培，杉木已成材。一九九九年此山村委会砍伐以后，仍划归于十三组集体所有。'
     '因王家坟山全部是杉木，所以此山未划给村组个人，由集体统一保管。本组村民周斌，早已盯住了王家坟山这'
     '块宝地。心怀鬼胎为了要占此山所有权，以办养鸡场为名，与十三组组长周金盛及村长周和平串通，三人从中'
     '一撮合，周金盛未经全组村民同意，以卫星定位飞机测量为借口将王家坟山这块20多亩面积集体山权，轻而'
     '易举地挂到了周金明（周斌父亲）个人名下。周斌采取了不正当的手段，与镇林管站站长周建军的“关系”周'
     '建军以站长的名义给周斌亲自跑路，亲自找人，亲自到区林业局办理了砍伐证和林权证。周斌通过不正当关系'
     '，以林权证砍伐作为护身符，侵占、挖掘集林山土面积。从九月六日至十月三日已开挖十多亩面积，挖掉集体'
     '3000多兜杉木，之前梯田的山区已变成一片平地，目前仍在继续开挖，导致十三组村民遭受了严重经济损'
     '失。十三组村民为了维护自身权利，在环境污染村民生活饮用水受到污染之下，曾多次向村委会、镇政府领导'
     '反映，迟迟得不到公正处理下，部分村民采取阻工。而财大气粗的周斌耀武扬威地说“搞死三个人我赔得起，'
     '鸡场办不成周明胜死定了”。为此，双方还发生了械斗，导致村民受伤。《中华人民共和国民事通则法》明文'
     '规定“未经村民集体同意所办文书，一律视为无效依据。”因此组长周金盛个人决定是无效的。',
     'in', None, True, ['廉洁纪律', '滥用职权'],
     [('周金盛', '组长', '十三组'), ('周和平', '村长', '白马岗村'), ('周建军', '站长', '镇林管站')]),
    # 13
    ('https://cn.govopendata.com/caipanwenshu/2015/2/14/44590fb0-46d7-4ff7-8bc5-0b74c36afc64',
     '原告成元洪、成元荣、成元立、成元举、成元芬不服镇远县人民政府于2014年6月11日作出的镇府处（'
     '2014）2号《县人民政府关于羊场镇凯言村老官坳组成元和等人与成元洪等人为红苕老山林权属争议的处'
     '理决定书》，于2014年11月15日向本院提起行政诉讼。本院于2015年1月12日立案受理后，于'
     '2015年1月19日向被告镇远县人民政府送达了起诉状副本、应诉通知书、举证通知书。本院依法组成合'
     '议庭，于2015年2月3日在本院科技法庭公开开庭审理了本案。原告成元洪、成元荣、成元立、被告镇远'
     '县人民政府的委托代理人吴千伦、余秀军、第三人成元和到庭参加诉讼。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://m.dingtalk.com/qidian/lawsuit-a7264203796385',
     '仁化县红山镇新山村民委员会荷树下村民小组（以下简称荷树下村民小组）诉仁化县人民政府林业行政裁决纠'
     '纷一案，广东省韶关市中级人民法院于2013年12月9日作出（2013）韶中法行初字第74号行政判'
     '决。荷树下村民小组不服，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。原审法院经审'
     '理查明：争议的林地“直垇下”，四至：东至坑、南至埂天水、西至田垅至埂天水、北至天水，面积300.'
     '7亩，争议范围内松、阔林为天然林，少量杉树双方均认可是原红山大队林场，现变更为新山村委会造林。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://m.ouyidai.com/Item/977.aspx',
     '今年元月，福州專員辦收到福建省順昌縣高陽鄉花橋村一村民舉報件，稱自己承包的山場盜砍濫伐林木現象嚴'
     '重。福州專員辦曾責成順昌縣林業局查處，但舉報人仍一直聲稱順昌縣有關部門和福建省林業廳等查處失實。'
     '為此，福州專員辦日前派員到福建省順昌縣調查督辦。調查組人員不畏炎熱天氣，爬山越嶺，到山場實地調查'
     '，終於查清了事實。原來是舉報人與他人承包山場發生合同糾紛，在當地林業站、鄉政府、林業派出所、縣林'
     '業局、縣政府、縣人大等有關部門調解無效後，該案進入司法審判程序，為了使問題盡快解決，舉報人謊稱承'
     '包的山場當前存在嚴重亂濫伐林木問題。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://www.it214.net/c3213023.aspx',
     '河田镇南堂村村民的农田在没有任何通知的情况下，被长汀县林业局占有并种上树木。当地政府部门也不不知'
     '道怎么处理。请问本人该怎么做呢？关于河田镇南塘村村民陈先生反映的关于南塘村村民的农田被长汀县林业'
     '局占有并种上树木的信访问题，长汀县林业局由专人调查核实后，现答复如下：根据长汀县人民政府专题会议'
     '纪要（[2014]19号）和《关于长汀县现代花卉苗木示范园区建设项目建议书的批复》（汀发改[20'
     '14]165号）有关会议和文件要求，长汀县人民政府同意由长汀县林业局在长汀河三线景观通道（南塘段'
     '）两侧建设长汀县现代花卉苗木示范园区，建设总面积530亩。建设所需要的农田由河田镇人民政府按有关'
     '补偿标准负责征收，征收后移交给长汀县林业局进行建设。因长汀县现代花卉苗木示范园区建设用地由河田镇'
     '人民政府负责征收，经与河田镇人民政府负责农田征收的同志了解核实，园区内现已种植苗木的农田征收补偿'
     '费村民已基本领取，信访人陈家盛村民尚有1.25亩土地未领取农田征收补偿费，河田镇人民政府和南塘村'
     '村委有关同志已与陈家盛村民取得联系，双方正在协商解决，长汀县林业局会继续与河田镇人民政府联系了解'
     '事件进展，并督促落实解决。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://epaper.ncxxb.com.cn/shtml/ncxxb/20090110/31287.shtml',
     '我们是生活在临安与安徽宁国交界山头上的五棵普通山核桃树。怎么也想不到，一向默默无闻的我们，近一、'
     '二年颇受人关注，特别是今年1月5日那天，国家林业局林业工作总站站长陈凤学，会同浙皖两省林业主管部'
     '门、政府部门的领导，一起赶到临安，为我们找到“娘家”作见证。事情还得从头说起——近10多年来，年'
     '货市场上山核桃价格不断上涨，我们的身价也被看好。话说1996年，浙江省临安市大峡谷镇华川村的黄维'
     '林和陈成林，从安徽省宁国市南极乡龙川外塘组李红星、凌林生处承包了一片山核桃林，承包期为10年。这'
     '其中就有我们五兄弟。2006年底，黄、陈2人的承包到期了，他们想继续承包，但又想少付承包金，我们'
     '的“娘家”宁国人不同意了，转而将我们转包给了同是华川村的陈松主。2007年6月底，快到山核桃收获'
     '时节，黄、陈2人便想占有其中的5棵山核桃树，也就是我们。强调这5棵山核桃树是华川村集体分山到户后'
     '遗留下来的，本来就不属于宁国人。宁国人感到很气愤，第二任承包者陈松主也希望能把这块山核桃林的界址'
     '搞搞清楚，免得日后扯不断、理不清，便和李红星、凌林生一起，把这件事反映到了大峡谷镇政府。大峡谷镇'
     '综治办主任许建国接待了他们。据许建国回忆，当时他了解了事情原委后，让他们先回去，待镇里实地了解情'
     '况后再作了断。2007年8月14日，大峡谷镇、华川村干部和黄、陈2人实地查看了这片林地，并拿出林'
     '权证作对照。他们结合华川村和龙川外塘组的山核桃树树龄，当场判定，这5棵山核桃树属于龙川外塘组。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('http://nanchang.baogaosu.com/xinwen/%E6%95%B0%E4%B8%87%E5%85%83%E9%80%80%E8%80%95%E8%BF%98%E6%9E%97%E6%AC%BE%E4%BD%95%E6%97%B6%E9%A2%86/36460048',
     '8月6日，万安县高陂镇农民李材针向本栏目反映，他与村民签订协议，在2010年补种了2005年至2'
     '009年未通过验收的退耕林，验收合格，但一直未收到这5年的退耕还林补助资金。他表示曾多次到县林业'
     '局和财政局表达诉求，均告无果。对此他很疑惑：这笔退耕还林款究竟去哪儿了？据万安县高陂镇彭门村支部'
     '书记邓昌金介绍，自2003年开始，彭门村开始实行退耕还林政策。该村2组有50.9亩土地要退耕还林'
     '，造林成效由万安县林业局进行验收，验收合格后，县财政局将统一划拨补助资金。该村在2003年和20'
     '04年实行退耕还林，验收合格后得到了补助资金。2005年至2009年，该村2组的退耕还林地未通过'
     '林业部门验收，因此，村民未得到补助款。李材针说，由于大家对造林的事不够上心，土地既不种稻又不种林'
     '，荒着可惜，于是他萌生了承包村民退耕还林地的想法。2009年，他与2组17位村民签订《村小组退耕'
     '还林承包协议》，其出示的协议规定，退耕还林总面积50.9亩由村民李材针承包造林，自2005年至2'
     '014年共计9年，9年后土地归还各农户。承包期所得政府补助金按农户30%，承包人70%分成，造林'
     '投资及管理费则由承包人承担，造林质量以政府验收为标准。据李材针介绍，从2010年以来，他开始补种'
     '2005年至2009年未通过验收的退耕林，期间投入了大量的资金和人力，当时林管站派人检查时表示补'
     '植效果还好，并承诺在改进验收合格后将于2011年发放补助款。但在2011年验收合格后，李材针只拿'
     '到了当年的补助款，并未得到之前5年的补助款。记者在高陂镇政府与县林业部门的带领下，实地探访他所承'
     '包的造林地。县林业部门说，现在树林长势不错，算合格了。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://shijiazhuang.baogaosu.com/xinwen/%E6%9D%91%E6%B0%91%E7%A7%8D%E4%BA%86%E6%A0%B8%E6%A1%83%E6%A0%91%E5%8E%BB%E5%B9%B4%E7%9A%84%E8%A1%A5%E5%8A%A9%E8%BF%98%E6%B2%A1/45702511',
     '按规定在地里栽种核桃树可获得补助，2015年度的补助金，去年年底也发到村里了，但村里一直没发给村'
     '民。近日，鹿泉区铜冶镇李家庄村一村民致电“安迪帮你办”，希望记者帮忙给问一下，这笔补助什么时候发'
     '放。据这位村民介绍，他是2013年秋天在自家地里栽种的核桃树。2014年年底，收到林业部门下发的'
     '补助款后，李家庄村委会及时发到了村民手里，补助标准为1200元/亩。可是去年年底李家庄村委会又收'
     '到这笔补助款后，却迟迟没有发给村民。“据我们了解，其他村早就把这笔补助发到村民手里了。”这位村民'
     '说，发放补助共涉及李家庄村十几户人家。去年底，有村民听说这笔补助到账后就去找村干部，村干部也答应'
     '“抽空就去办”，然而直到现在也没领到补助款。希望记者帮忙问一问，看看到底是怎么回事。农业补贴、补'
     '助是国家的一项惠农政策，为何李家庄村十几户村民迟迟享受不到这项惠农“红利”呢？4月7日，记者先联'
     '系了鹿泉区林业局，证实这笔补助早已下发给了铜冶镇政府。4月8日上午，铜冶镇政府包村干部刘先生也反'
     '馈，这笔补助款目前确实还在李家庄村委会的账户上。至今未能发放给村民的原因，是有一场民事纠纷涉及李'
     '家庄村委会，李家庄村委会被起诉后，其账户被鹿泉区人民法院冻结。刘先生说，被冻结的这笔补助款属于“'
     '绿色通道款”，本身就是十几户村民的钱，下一步他们将出面与鹿泉区人民法院进行沟通、协调，看能不能解'
     '冻冻结账户中的这笔补助金，发放给村民。如果不行，再协调先把这部分钱退还给鹿泉区林业局，然后由林业'
     '局重新发放。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://www.csflxx.com/f12095569.htm',
     '我是高新区香港时光的业主，投诉对面的工厂阿克苏诺贝尔公司夜间作业，伴有翁翁的轰鸣声，噪音污染严重'
     '，还请有关部门核查。应禁止带有噪音污染施工，已经严重我们小区的日常生活，晚上都不能好好睡觉。静等'
     '回复和处理结果！网友你好！接到投诉后，我局监察人员立即赴现场勘查。经查；噪声源为阿克苏诺贝尔粉末'
     '涂料（苏州）公司集尘风机运行产生的噪声。该公司2017年最近一次监测报告数据显示，污染物排放达到'
     '国家相关标准。检查现场，环境执法人员要求生产负责人根据公司产能合理调配生产时间，并加强对设备的维'
     '护，减少噪声排放，避免噪声扰民。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://ryxmt.com.cn/tspt/8243.html',
     '尊敬的各位领导，您们好！我们是祁阳县观音滩镇叶家井村唐家院的村民，现因正值我县预防非洲猪瘟疫，和'
     '防控登革热时期，特向相关部门反应举报我村院养猪场的问题。此养猪场地点在观音滩镇叶家井村唐家院二组'
     '天桥边，紧邻356国道旁（原320省道）1202公里路碑处。距离公路才几十米，离村民房子也只有十'
     '几米！本村院是我县百村振兴村，猪场周围都是村民的房子，猪场内的各种垃圾粪便及排泄物，未经任何处理'
     '，直接排到我院水库，严重影响了水库和附近村民饮用水井的水质，现天气炎热气温高，猪场内散发的臭味难'
     '闻，苍蝇蚊子到处都是，严重影响到周围村民的生活，我们与该猪场主人多次沟通无效，大家都在积极配合各'
     '级部门预防非洲猪瘟疫和登革热的工作，该猪场主人居然还是我行我素。在此，我们恳请有关部门到现场调查'
     '处理，为我们做主，还我们老百姓一个原有的生活环境。谢谢！',
     'out', '其他', False, [],
     []),
    # 22
    ('https://bbs.mala.cn/thread-16807517-1-1.html',
     '英雄村2组34号存在一处农村宅基地后院违法搭建铁皮棚，占用耕地，改变土地性质，并长期用于经营性活'
     '动的行为。该行为涉嫌违反宅基地管理、土地用途管制及城乡规划等相关法规，乡村路承载重型货车，导致路'
     '面开裂！在原有宅基地后院，改变土地性质，擅自搭建了面积超700平方米的铁皮棚进行木材加工。面积之'
     '大，在如今基本农田红线国家管控严格下，尽然有如此操作！破坏土地管理秩序：违背了“一户一宅”及宅基'
     '地面积标准的规定。带来安全与环境隐患：经营性活动可能带来消防安全、环境污染、噪声扰民等问题，影响'
     '周边村民的正常生活。助长不良风气：此类长期未处理的违建，易产生“破窗效应”，误导其他村民效仿，有'
     '损社会公平正义和政府公信力。挑战法律权威：违建长期存在且用于经营，反映出基层在动态巡查和执法监管'
     '上可能存在薄弱环节。我们恳请广安区委区政府责成相关部门（如：区自然资源和规划局、区农业农村局、区'
     '住房和城乡建设局及所属镇政府等）：立即开展联合调查：核实所举报的违法建设、改变土地用途及经营行为'
     '的具体情况。依法依规严肃处理：若查证属实，应依据《中华人民共和国土地管理法》《中华人民共和国城乡'
     '规划法》及相关法规，对该违法建筑予以查处。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH60, "fresh60")
