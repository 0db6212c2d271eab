"""Sealed batch fresh147: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh145th.py; the batch and its row ids are "fresh147".)

Theme: retired cadres and veteran-cadre bodies (老干部局, 老干部活动中心, 关工委, 离退休干部,
退休后兼职取酬, 吃空饷): retired officials paid as "顾问" or 监事 by firms they once oversaw, a
老干部活动中心 head's 小金库, a 关工委 秘书长's 60万 "文件签发费", the 关工委's 安教办 selling a
school campaign, retired leaders spreading rumours and promoting their own people, a hospital
clerk who kept paying meal money onto retirees' cards and cashed it, a "1岁工作、22岁退休" file,
gifts taken before and after retirement, an over-age cadre still on full pay; out items are a
retired worker's dormitory lawsuit, a family's 77 house lawsuits, a widow's claim to a returned
house, retired army officers' welfare petition, retirees' lost 计生奖, a retired worker's medical
bill enquiry, old people's 长寿补贴, a grumble about 慰问 by shopping card, an essay on retired
officials' anxiety and a policy explainer on 兼职取酬. No page about a 老年大学 or 退休返聘
misconduct turned up in the searches, so items 9-11 are neighbours (a hospital clerk, a 疾控
worker's forged retirement, a 街道 cadre's gifts), and so are out items 14-16 (an inheritance, a
teacher's widow, retired army officers). Sources (stored-pages search): a handmsg copy
of a magazine piece on 王輔剛, 邱平, 詹樹柏 and 郭德清 (traditional); the jendow wiki page on
金曉東 (traditional); a-site's copy of 褚朝新's post on the 太原 关工委; jynet's copy of the
南方周末 report on 安教办; a 联合早报 copy on 曹白隽 and 白省魁; a freewechat post on 茆庆国 and
three others with a retired 国企 head's own story; a qdubb copy on 和建 and 周連科 (traditional);
the 中国经济网 通报 on 宋希军; a 天府早报 item on a Beijing hospital's "僵尸卡"; an HTK copy of the
央广网 item on the 蒲县 file; a 纪检 article by 胡波 on gifts after retirement; a jssljx copy of
the 中国之声 report on 喬華余 (traditional); out: a 崇明 court judgment, a handmsg report on the
青岛 couple's 77 lawsuits (traditional), a report on 刘国珍's house in 新野, a 大紀元 copy of the
中央社 report on 北京 retired officers (traditional), a 惠州 市长信箱 letter, a 山西工人报 "百事通"
answer, a 海拉尔 forum post, a wanyishang comment, a freewechat essay and a 09mi explainer. Six
texts are in traditional script (items 1, 2, 7, 12, 14, 16; the glossing pinyin of the
converted copies removed in 7 and 12).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, summaries, "(点击阅读…)" links, site and editor lines and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers ("13点31分", "335.97"); stray spaces removed (010, 014, 018, 020, 021).
Page oddities kept: 喬華余 beside 喬華宇 and the unclosed quote after "不應該多拿！" (012),
"五年之间内" (009), "做为", "在拖延了" and "您们" (019), "應該開始那退休工資" (012), the masked
"x" of the judgment (013), "王庆王庆先生" where the signed letter meets the answer (018).
scope "in" for alleged misconduct of a party member or public official (retired cadres included,
for what they did in office or with their old post's weight after it; staff of public hospitals
and 疾控 centres count as public servants), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 /
个人利益诉求 / 其他. Petitioners, reporters, victims, witnesses, firms, businessmen without a post
and officials who only handled, investigated, announced or answered are not accused; an organ or
an unnamed group accused as a whole gives no entry; an unnamed accused official is (None,
position, unit). Names, positions (as first written with the name, "原" kept) and units as
written; unit None when the text ties the person to no named unit. Topics only from the twelve
names of triage.md; a retired cadre's paid post in a firm (兼职取酬) is 廉洁纪律 as in
fresh49th.py and fresh92th.py; 吃空饷 is 选人用人 (IS.SEL.05); a forged personnel file 组织纪律
(IS.ORG.04). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (004, 015,
016). Out types: 涉法涉诉 2 (013, 014), 个人利益诉求 5 (015-019), 其他 3 (020-022). 20 accused
entries, all in items 1-12: 15 with a full name, 3 masked (叶某, 李某, 张某), 2 post only. Items
004 and 012 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Traditional; byline "│文 本刊全媒體記者李浩瑄" cut; ends before the truncated 2014 通知 sentence.
    Four accused as first written: 王輔剛 ('原副主任', '長治市人大常委會'), 邱平 ('原副巡視員',
    '杭州市公安局'), 詹樹柏 with the 委員會 in the position ('城鄉建設環境與資源保護工作委員會原副主任',
    '廣州市人大常委會', as fresh104th.py's 劉勇俊), 郭德清 ('原主席', '白銀市政協'). The "蘭州市
    發改委、國土局的領導干部" he used are an unnamed group; the firms are not accused. 廉洁纪律
    (兼职取酬) and 贪污贿赂 (邱平's "約定退休后收受好處").
 2  Traditional wiki page, whole. 金曉東 has two posts; the first written is kept ('原主任',
    '葫蘆島市老幹部活動中心'), as fresh104th.py's 林風. 八项规定 (公款送禮, 公款旅遊, 濫發津補貼)
    and 廉洁纪律 (小金庫).
 3  Blog post: the summary paragraph, the "(点击阅读…)" link and the truncated last sentence cut.
    佀五虎 ('副主任兼秘书长', '太原市关工委'); hard: a retired 处级 official in a 群众性工作组织,
    taken as in for the theme (a retired cadre selling a 红头文件). 杨瑞武 only answers; 杨维骏 is
    praised; the writer 褚朝新 reports. Only 廉洁纪律.
 4  Mixed: the 关工委's 安教办 taking fees from partner firms (in) and a 山东 partner firm's lawsuit
    for its money back (涉法涉诉). Title, time and author lines and the 内容摘要 (a repeat) cut; ends
    before the truncated 关工委 reply. 安教办 is an office as a whole: in, no entry. The 三部委 only
    withdraw. Only 廉洁纪律 (牟利 from a public campaign).
 5  Header and the repeated summary cut; ends before the truncated 斯鑫良 sentence (so 斯鑫良 is
    not in the text). 曹白隽 ('四局原局长', '中央对外联络部'); 白省魁 "当地副县级退休干部": position
    as written, unit None (hard: "当地" points at 上饶市, a place, not a unit). His 非法集资 is
    taken as the 余威 abuse the piece describes. Only 廉洁纪律.
 6  Title and the story's "一" heading cut; ends before the truncated "纪委找上门来时…". Four
    named as first written, and the first-person narrator, "国有大型化工企业的一把手" who took
    20多万 as a 顾问 of a partner firm: (None, '一把手', None) (hard: a told story, but the
    account is the man's own; the firm is unnamed). Only 廉洁纪律; the four others' "严重违纪违法"
    names no kind.
 7  Traditional, glosses removed; ends before the truncated "案發后…" sentence. 和建 "紅河州委原常委、
    政法委原書記": ('和建', '州委原常委、政法委原書記', '紅河州'), as fresh104th.py's 童名謙
    ('市委書記…', '衡陽市'). 馬某某, the 原校長 he set on to write false reports, is not accused
    (hard: he wrote them). 周連科 ('原黨組書記、廳長', '遼寧省文化廳'). 政治纪律 (政治謠言),
    组织纪律 (向組織伸手, 未經請示) and 选人用人 (突擊調整25名干部).
 8  The 中国经济网 dateline and the 责任编辑 line cut. 宋希军 ('原党委书记', '营口市中心医院'),
    still taking after retirement. Six topics as the 通报 lists them: 政治纪律 (对抗组织审查),
    八项规定, 廉洁纪律, 组织纪律, 选人用人 (干部选拔任用 for money), 贪污贿赂 (受贿).
 9  Neighbour theme. "■链接", the headline and "(天府早报记者周琴)" cut. 叶某 "北京某附属医院
    总务处工作人员": the hospital is unnamed, so ('叶某', '总务处工作人员', None). The retirees
    whose "僵尸卡" he topped up are the victims. 贪污贿赂 and 廉洁纪律 (挪用).
10  Neighbour theme; short. The "HTK新闻网" line and the truncated headline cut. The worker is first
    written "山西蒲县一职工", then "山西蒲县疾控中心一职工": (None, '职工', '蒲县疾控中心') (hard: the
    last sentence speaks of "企业职工"; a staff member of a public 疾控中心 is taken as a public
    servant). The officials who passed the file "层层审核" are an unnamed group. 组织纪律 (档案
    涂改) and 工作纪律 (the checks).
11  Neighbour theme: a 纪检 article's case. Byline "作者:胡波" cut; ends before the truncated 2022
    文件 sentence. 李某 and 张某 are "某市辖区街道城管办主任 / 综治办主任": the 街道 is unnamed, unit
    None. 朱某 is the private giver: not accused. 廉洁纪律 and 八项规定 (春节 礼金 from a firm they
    inspect).
12  Traditional, glosses removed; the caption "喬華余的工資條" cut and the garbled sentence "喬華余是
    軍轉干部，曾被授予“少!本，1991年…至今。" cut whole; ends before the truncated "據了解，他".
    Hard: the man reports himself for drawing in-service pay two years past retirement ("吃空餉");
    he is the reporter and the fault lies with the 江都 组织部门 that never retired him (organs):
    in, no entry. Could be read as out (个人利益诉求, a man asking to be retired) or with
    ('喬華余', '黨總支副書記', '揚州大運集團公司') accused. 选人用人 (吃空饷) and 工作纪律.
13  涉法涉诉: a judgment in a 管理局's suit to move its retired worker out of a dormitory; the
    title and "文章简介" (a repeat) cut; ends before the truncated "两次致函…" sentence. Nobody is
    accused; the judge only acts.
14  涉法涉诉, traditional: a couple's 77 lawsuits over an inherited house; headline and the "緣起"
    heading cut, the stray spaces inside numbers ("77 次", "2001 年2 月") removed; ends before the
    truncated 三樓 sentence. The 房產局 that "代收" the rent is not accused of anything.
15  个人利益诉求, mixed: a teacher's widow's claim to two returned rooms, with the county 房产处
    worker who let the brother take the notice "因为跟肜万兴熟识" (a favour by an unnamed worker).
    The "1套房子5个家庭" heading cut; ends before the truncated 2007 sentence. Could be read as
    涉法涉诉 (her judgments and rulings) or 征地拆迁 (a property dispute); out, no entry.
16  个人利益诉求, mixed, traditional: retired officers' welfare petition, with the suspicion that
    北京市 "挪用…專項撥款" and the 公安's threats (organs). Title, tag line, dateline and the
    "相關新聞" block cut. Neighbour theme (army veterans, OOS.VETERAN).
17  个人利益诉求: a retirees' letter on the 计生奖 paid to serving staff only; "来信内容 |" cut.
18  个人利益诉求: a retired worker's question on his medical bills and the paper's answer; could be
    read as 其他 (an enquiry). "■百事通" cut.
19  个人利益诉求: a forum post asking the 海拉尔区 to pay the 长寿补贴; the post header cut. "领导们
    还要克扣不给吗？" is rhetorical about an organ's delay: out, not mixed (hard).
20  其他: a comment on 慰问 by shopping card; the title cut, the spaces between sentences removed.
21  其他: an essay on retired officials' troubles; title and the "忌心态失衡怨天尤人" heading cut,
    ends before the truncated "某省厅一名…". 钟明 did nothing wrong.
22  其他: a policy explainer on 兼职取酬; title cut; ends before the truncated "答案是:在未经批…".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH147: list[Item] = [
    # 01
    ('http://www.handmsg.com/page/2022/1019/10650853.shtml',
     '日前，山西省長治市人大常委會原副主任王輔剛被開除黨籍。王輔剛已于2018年6月退休，山西省紀委監委的'
     '通報指出其“退休后違規在民間社會團體中兼職取酬”。黨員領導干部退（離）休后違規兼職取酬的情況不在少數'
     '。2018年7月，已提前退休6年的浙江省杭州市公安局原副巡視員邱平，主動要求放棄退休待遇。3年后，在'
     '全國政法隊伍教育整頓中，邱平違紀違法問題線索浮出水面。辦案人員調查發現，邱平退休以來先后接受杭州某檢'
     '測技術有限公司、浙報某文化集團股份有限公司、杭州某網絡科技有限公司等邀請，出任安全法務顧問，收受“顧'
     '問費”320萬余元。其間，邱平通過創辦“互聯網安全與治理”論壇，幫助上述企業擴大知名度，為其網絡風險'
     '防控積極出謀劃策。他還在杭州市公安局網監部門任職期間，便利用職務便利，為兩家公司在網絡安全監管方面提'
     '供幫助，并約定退休后收受好處。和邱平類似，個別黨員領導干部在退（離）休后，把違規任職、兼職當作權力尋'
     '租或變現的“過墻梯”。廣東省廣州市人大常委會城鄉建設環境與資源保護工作委員會原副主任詹樹柏，在辦理提'
     '前退休后不到兩年，就到某地產公司任高管領取高薪。甘肅省白銀市政協原主席郭德清退休后，到一家公司擔任監'
     '事，通過蘭州市發改委、國土局的領導干部，為該公司協調商業項目有關手續，其退休期間收受的錢財是在任時違'
     '紀違法所得的兩倍多。事實上，黨員領導干部退（離）休后不是一律不能兼（任）職，而是有明確的從業限制規定'
     '。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('王輔剛', '原副主任', '長治市人大常委會'), ('邱平', '原副巡視員', '杭州市公安局'),
      ('詹樹柏', '城鄉建設環境與資源保護工作委員會原副主任', '廣州市人大常委會'), ('郭德清', '原主席', '白銀市政協')]),
    # 02
    ('https://jendow.com.tw/wiki/%E9%87%91%E6%9B%89%E6%9D%B1%5B%E8%91%AB%E8%98%86%E5%B3%B6%E5%B8'
     '%82%E8%80%81%E5%B9%B9%E9%83%A8%E6%B4%BB%E5%8B%95%E4%B8%AD%E5%BF%83%E4%B8%BB%E4%BB%BB%5D',
     '據葫蘆島市紀委訊息：葫蘆島市紀委對葫蘆島市老幹部活動中心原主任、葫蘆島市委老幹部局原副局長金曉東涉嫌'
     '違紀問題進行了立案審查。經查，金曉東身為黨員領導幹部，在任職期間嚴重違反中央八項規定精神、違反廉潔紀'
     '律和國家有關法律法規規定，私設“小金庫”，用於單位購置車輛、濫發津補貼、公款送禮、公款旅遊、核銷應由'
     '本人負擔的費用等，且在十八大後仍不收斂、不收手，應予嚴肅處理。依據《中國共產黨紀律處分條例》等有關規'
     '定，經葫蘆島市紀委常委會議審議並報葫蘆島市委批准，決定給予金曉東留黨察看（一年）處分，退休待遇由副縣'
     '級降為正科級，收繳違紀所得。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('金曉東', '原主任', '葫蘆島市老幹部活動中心')]),
    # 03
    ('https://www.a-site.cn/article/1844013.html',
     '这两天，我在微信公号“褚朝新说事”披露山西省太原市关工委的腐败新路径：签发红头文件推荐某个企业的项目'
     '，“文件签发费”要60万元。“文件签发费”，第一次如此正式地出现在太原市关工委副主任兼秘书长佀五虎签'
     '署的书面合同里，让自称资深时政观察者的我大吃一惊，真的是开了眼界，太原的这些个老干部真的是厉害，又发'
     '明创造出了腐败的新形式。太原市关工委主任杨瑞武告诉我，太原市关工委是太原市委直接领导下，以离退休老干'
     '部为主体，在社会层面教育青少年的群众性工作组织，为机关的其他类别。引导和支持社会办学组织，为促进青少'
     '年健康成长做有益的事，是该委的工作任务。一般人进不了关工委。杨瑞武退休前，曾任太原市人大常委会副主任'
     '，是副厅级官员。他说，太原市关工委的常务副主任，都是太原市的副市级老干部，这意味着也是厅级官员。现任'
     '太原市关工委副主任兼秘书长的佀五虎，退休前是处级官员。佀五虎这类老干部，打着教育青少年的旗号新创出了'
     '“文件签发费”。他退休了还能利用权力的余温发明创造出权力腐败的新形式，让人很难相信他们在位时是清白干'
     '净的。有些老干部，退休了依然心系民生、为民请命。云南退休的省政协副主席杨维骏，退休多年，八九十岁了，'
     '还经常为了替老百姓反映问题四处奔走，甚至让上访群众坐着他的专车去反映情况。多好的老干部，多好的老人啊'
     '。',
     'in', None, False, ['廉洁纪律'],
     [('佀五虎', '副主任兼秘书长', '太原市关工委')]),
    # 04
    ('http://www.jynet.org/news/?14532.html',
     '2016年7月下旬以来，中国关工委接二连三地失去了一些合作伙伴。先是教育部7月22日公开宣布退出由关'
     '工委发起的全国中小学生交通安全教育活动；一周后，国家质检总局在7月29日上午公开宣布退出，接着安监总'
     '局在当天下午也宣布退出。三个大部委几乎在同一时间，高调退出一项“国”字头的活动，并不多见。这些部委在'
     '声明中认为，这项活动已经变味，“公益”蜕变成了生意。“全国中小学生交通安全教育活动”，具体工作由关工'
     '委下属的交通安全教育活动办公室（简称“安教办”）执行，其中一项主要工作是在中小学推广“小黄帽”。帽子'
     '添加了360度强反光材料，司机在200米以外就能觉察到，可以减少事故发生，帽内记有学生信息，含有保险'
     '，万一发生交通事故，可以先救治后付费。就是这样一项初衷良好的“小黄帽”工程，最终让“安教办”成为众矢'
     '之的。三部委在退出声明中称，安教办在开展过程中收取费用、从事牟利活动，违背了公益原则。实际上，据南方'
     '周末记者了解，真正将安教办推上风口浪尖的，还不仅因其收取费用，而是因为“收钱不办事”，被山东的一家合'
     '作企业告上法庭，要求退钱，法院终审判决安教办败诉。',
     'in', None, True, ['廉洁纪律'],
     []),
    # 05
    ('http://yzaobao.com/shiju/20180412/44330.html',
     '4月10日，《中国纪检监察报》刊登了一篇题为《永葆政治本色正确发挥“余热”》的文章，点出了当前在官场'
     '上的一个问题：离退休干部如何正确发挥“余热”，这是值得我们注意的重要问题。其中讲到：退休并不代表党员'
     '领导干部的威望与人脉从此消失。调查发现，个别党员领导干部利用原来职务的“余威”，发挥异化“余热”，谋'
     '求不正当利益。此问题被重视，有两个点值得注意：其一，我国离退休干部人数已近2000万，多数党员干部都'
     '能在离退休后正确发挥“余热”，但仍存在一些人利用“余威”以权谋私，甚至违背党纪国法，造成了严重的破坏'
     '。其二，中纪委机关报也点出了个别违纪官员的名字，其中的教训是非常深刻的。这个被点名的人是中央对外联络'
     '部四局原局长曹白隽。今年1月，中纪委网站通报了其违纪的严重问题，其存在“退休后违规从事与原任职务管辖'
     '业务相关的营利性活动和兼职取酬”。而金融领域的“余威”带来的腐败也值得警惕。中纪委机关报点名批评：江'
     '西省上饶市曾爆发“白氏骗局”，当地副县级退休干部白省魁以投资地产项目需要资金为由，非法集资45亿余元'
     '，涉及吸存人员606人。还有个别官员通过自己掌控的人脉资源来插手公权力，造成了严重的后果。',
     'in', None, False, ['廉洁纪律'],
     [('曹白隽', '四局原局长', '中央对外联络部'), ('白省魁', '副县级退休干部', None)]),
    # 06
    ('https://freewechat.com/a/MzAxMDU0MDYwMQ==/2653018158/1',
     '昨天，2014年8月退休的中国盐业有限公司原党委书记、董事长茆庆国接受审查调查。本周三，2013年1'
     '2月退休的安徽省公安厅原副巡视员王辉接受审查调查。本周一，安徽省水利厅原党组成员、纪检组组长方卫星严'
     '重违纪违法被开除党籍，他于2017年11月退休。同日，江西广播电视台原党委委员、副台长张晓建严重违纪'
     '违法被开除党籍，他也已退休……也许是在任时以权谋私，退休后问题暴露；也许是退休后“余热”不散，利用在'
     '任时的关系和影响力谋取私利，晚节不保。老来行差踏错，“平安着陆”是奢望，更可能的结局，是一场人生起起'
     '落落落落落落落。今天，来讲几个扎心的晚年故事。门庭冷落鞍马稀，便知旧事如流水。——这不是我想要的退休'
     '光景。我1968年参加工作，从一个车间工人干起，勤勤恳恳数十年，一步步晋升，最终成为年营业额超百亿的'
     '国有大型化工企业的一把手。遥想我在位那些年，鲜花着锦、烈火烹油，身畔宾客往来、友朋环围，金钱名利也如'
     '潮水般滚滚而来，淹没了我的理智。再光鲜的人生，都会因衰老而黯淡。2013年9月，我退休了。茶凉得很快'
     '，大部分所谓的朋友，借口工作忙几乎不和我来往了，我知道他们去另攀高枝了。幸而还有人惦记着我。退休后没'
     '多久，就有一个公司邀请我去担任顾问。这个公司，和我曾经任过董事长的集团有业务关系。我在国企工作几十年'
     '，知道《国有企业领导人员廉洁从业若干规定》有一条规定：“国有企业领导人员离职或者退休后三年内，不得在'
     '与原任职企业有业务关系的私营企业担任职务。”但我兴许是老了，一时忘记了，或者故意没想起来。反正我在那'
     '个公司担任了8个月顾问，领了20多万工资。',
     'in', None, False, ['廉洁纪律'],
     [('茆庆国', '原党委书记、董事长', '中国盐业有限公司'), ('王辉', '原副巡视员', '安徽省公安厅'),
      ('方卫星', '原党组成员、纪检组组长', '安徽省水利厅'), ('张晓建', '原党委委员、副台长', '江西广播电视台'), (None, '一把手', None)]),
    # 07
    ('http://www.qdubb.cn/html/2019/toutiao_1121/76714.html',
     '退休就意味著功成身退、“平安著陸”？未必！黨的十八大以來，領導干部退休后被查的案例不勝枚舉。有的“退'
     '休腐”實際上是“在職腐”的延續，有的在任時以權謀私、退休后問題暴露，有的違紀行為正是發生在臨近退休之'
     '際或退休之后。我們盤點了領導干部退休前后的一些典型違紀情形：有的信奉“有權不用過期作廢”，人未退休、'
     '心已脫韁；有的認為“不要白不要”，利用退休“打掩護”，大搞“期權腐敗”；有的因為“船到碼頭車到站”，'
     '放松要求、誤入歧途……退休前還想“更進一步”，要求未得到滿足就挾私報復。2018年10月，退休僅7個'
     '月的云南省紅河州委原常委、政法委原書記和建被查。退休前后，和建使用他人身份信息購買兩張電話卡，發送匿'
     '名短信在領導之間制造、散布、傳播政治謠言；教唆慫恿某中學原校長馬某某寫舉報信，向中央領導、省委領導反'
     '映不實信息；先后向中央領導，云南省委、省政府、省紀委、省委組織部主要領導和紅河州部分領導干部寄發由其'
     '本人署名的質疑紅河州委主要領導政績的公開信，并上傳至全國網絡舉報平臺。這一切，源于一件事：2015年'
     '5月，和建向組織伸手，要求退休前解決正廳級待遇未果。2019年1月，和建被開除黨籍，通報嚴肅指出其違'
     '反政治紀律和政治規矩等問題。“即將到站”前，突擊提拔“身邊人”。知道自己“即將到站”，便抓緊最后時間'
     '，在到達任職年限的前兩個月，未經請示省委組織部同意，擅自4次主持召開廳黨組會議研究干部事宜，突擊調整'
     '25名干部。如此違規用人的，是遼寧省文化廳原黨組書記、廳長周連科。',
     'in', None, False, ['政治纪律', '组织纪律', '选人用人'],
     [('和建', '州委原常委、政法委原書記', '紅河州'), ('周連科', '原黨組書記、廳長', '遼寧省文化廳')]),
    # 08
    ('http://district.ce.cn/newarea/sddy/201807/23/t20180723_29832652.shtml',
     '据辽宁省营口市纪委监委消息：日前，经营口市委批准，营口市纪委监委对营口市中心医院原党委书记宋希军严重'
     '违纪违法问题进行了纪律审查和监察调查。经查，宋希军违反政治纪律，对抗组织审查；违反中央八项规定精神和'
     '廉洁纪律，违规收受礼金、礼品；违反组织纪律，利用职务上的便利在干部选拔任用等方面为他人谋取利益并收受'
     '财物。利用职务上的便利为他人谋取利益并收受财物涉嫌受贿犯罪。宋希军身为党员领导干部，理想信念丧失，政'
     '治上蜕变，经济上贪婪，目无党纪国法。对党不忠诚、不老实，为逃避组织审查调查，将收受财物转移他人名下隐'
     '匿，在违纪问题败露后提供虚假情况欺骗组织并与他人串供，企图瞒天过海、蒙混过关；搞“两面派”，做“两面'
     '人”，人前装清廉、人后图享受，退休后购置高档轿车和别墅；对党纪置若罔闻、顶风违纪，违规收受礼金、礼品'
     '，甘于被“围猎”；贪欲膨胀、利欲熏心，既想当官又想发财，大肆搞权钱交易和利益输送，把治病救人的医院当'
     '做生意场，把党和人民赋予的权力当做“摇钱树”，在医疗药品、耗材采购、结算欠款及干部选拔任用等方面收受'
     '回扣和好处费，直至退休后仍不收手。宋希军严重违反党的纪律，并涉嫌违法犯罪，且在党的十八大后不收敛、不'
     '收手，性质恶劣、情节严重，应予严肃处理。依据《中国共产党纪律处分条例》《中华人民共和国监察法》等，经'
     '营口市纪委常委会会议、市监委会会议研究并报营口市委批准，决定给予宋希军开除党籍处分并取消其退休待遇；'
     '收缴其违纪所得；将其涉嫌犯罪问题及所涉款物移送检察机关依法审查、提起公诉。',
     'in', None, False, ['政治纪律', '八项规定', '廉洁纪律', '组织纪律', '选人用人', '贪污贿赂'],
     [('宋希军', '原党委书记', '营口市中心医院')]),
    # 09
    ('http://106.15.159.191/zhuzhan/kandian/20160918/69630_4.html',
     '北京某附属医院总务处工作人员叶某利用负责管理单位食堂饭卡的职务便利，五年之间内，挪用和贪污140万元'
     '公款用于炒股和个人花销。近日，叶某因涉嫌挪用和贪污公款两宗罪被朝阳区人民检察院提起公诉。叶某自200'
     '9年9月起负责医院食堂饭卡的管理工作。医院通过饭卡管理员每月向员工餐卡发放200元餐补，不足部分员工'
     '则需要持现金到叶某处充值。叶某不久即发现医院食堂的充值系统与财务系统并不挂钩。发现此漏洞后，叶某将饭'
     '卡充值款私自截留，未按照规定上缴财务，而是存入个人银行卡。在长达5年的时间里，私自截留现金达70余万'
     '元。该医院还规定，职工离退休或者离职之后应持饭卡到叶某处办理退卡手续。叶某本应将这些饭卡注销，但其每'
     '月仍然向这些饭卡充值200元的饭补，使得这些饭卡成为名副其实的“僵尸卡”，然后套现部分钱款转个人账户'
     '，侵吞公款70余万元。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('叶某', '总务处工作人员', None)]),
    # 10
    ('http://htkaptar.com/new/694096566385905664',
     '央广网27日13点31分发表文章：山西蒲县一职工，“1岁工作、22岁退休”，“退休”后一边领取养老金'
     '累计69万元，一边又在新单位工作取酬。央广网文中说，山西蒲县疾控中心一职工的人事档案有14处涂改，层'
     '层审核后通过“1岁工作，22岁退休”申请。我国的企业职工退休审核必须经过审核部门审核、提前申请获批、'
     '提交材料真实、所在单位初审和政府部门审核五个程序。',
     'in', None, False, ['组织纪律', '工作纪律'],
     [(None, '职工', '蒲县疾控中心')]),
    # 11
    ('http://xywbxg.com/down1970001278/index.htm',
     '实践中，党员干部收受管理服务对象礼品礼金的行为比较常见，依纪处理相对简单。但对于退休前后均有收受管理'
     '服务对象礼金的行为，如何准确依纪处理，则存在条例适用和尺度把握等需要综合考量的问题。笔者在工作中曾遇'
     '到这样一起案例。某市辖区街道城管办主任李某、综治办主任张某（均系中共党员）于2021年春节前夕到辖区'
     '内某私营企业检查工作时，分别收受该企业负责人朱某给予的礼金人民币3000元。同年7月，李某到龄退休。'
     '2022年春节前夕，张某约李某到朱某办公室喝茶，两人分别再次收受朱某礼金人民币3000元。接受审查后'
     '，李、张二人均如实交代违纪事实，并主动退缴了违纪款项。该案中，对于张某，依据党纪处分条例第八十八条之'
     '规定，“收受可能影响公正执行公务的礼品、礼金”，给予党内警告处分没有异议，但对于李某，如何依纪处理？'
     '有人认为，李某于2021年春节前夕收受朱某礼金3000元的行为应当适用党纪处分条例第八十八条之规定，'
     '给予党内警告处分。而对于2022年春节前夕收受朱某礼金的行为，因此时李某已经退休，不再具有公职人员身'
     '份，其接受私营企业主的礼金不符合“可能影响公正执行公务”，不宜认定为违纪。对于上述两种观点，笔者均不'
     '赞同。笔者认为，对李某退休前后收受朱某礼金的行为，应当分别适用党纪处分条例第八十八条和第一百一十一条'
     '进行处理。但在对李某进行最终量纪时，除了应严格依照党纪处分条例第二十三条的规定，也应考虑李某在组织核'
     '查时积极配合，如实说明违纪事实、主动退缴违纪所得的情节，依据党纪处分条例第十七条关于从轻或者减轻处分'
     '的规定，予以减轻处分，给予党内警告处分。',
     'in', None, False, ['廉洁纪律', '八项规定'],
     [('李某', '城管办主任', None), ('张某', '综治办主任', None)]),
    # 12
    ('http://jssljx.com/xwzx/dl/shh/201610/t20161030_11607632.htm',
     '據中國之聲《新聞晚高峰》報道，近日，江蘇揚州江都區一企業干部，給央廣新聞熱線4008000088打來'
     '電話，稱自己超過退休年齡2年，但仍領在職干部的工資，每月8800多元，簡直就是在“吃空餉”。這位干部'
     '為何要揭發自己？為什么不辦理退休手續？喬華余，揚州大運集團公司黨總支副書記，1954年12月出生，兩'
     '年前他就應該退休了，但他的工資條上，仍顯示每月近九千元。喬華余說：“應該退休嘛是6000塊錢左右，現'
     '在給我是8848元（每月），我感覺拿這么多，心里不踏實，也違背了黨的紀律，我作為黨員，不應該多拿！喬'
     '華宇的工資條，是按照“主任科員”的技術等級發放，包括等級工資和一些津貼補貼。記者以家屬身份到江都區人'
     '社局工資科詢問，核實這張工資條確實是在職工資。工作人員表示，“他已經到齡了，2014年12月到齡，2'
     '015年1月份應該開始那退休工資。”到了退休的年齡，仍拿在職的工資，喬華宇甚至寫信向有關部門反映，自'
     '己在“吃空餉”。拿著高工資，擔任國企領導崗位，喬華宇為什么要自己舉報自己？這個問題，要從他的身份說起'
     '。在1997年的場圃管理體制改革中，江都市委發文，將大運集團12名干部的工資關系調入地方，規定這12'
     '人應參照江都縣委（92）17號文，由江都組織部門代為管理。喬華宇屬于文件中規定的“場黨總支委員會委員'
     '、副書記”，也在名單之列。喬華余雖然身在企業，但他的身份是事業編制，這一點也得到了現江都區機構編制委'
     '員會辦公室確認。',
     'in', None, False, ['选人用人', '工作纪律'],
     []),
    # 13
    ('https://www.bilezu.com/html/28598542.html',
     '原告上海市x管理局崇明分局与被告陈x排除妨碍纠纷一案，原告于2009年12月3日向本院提起诉讼，本院'
     '立案受理后，依法适用简易程序，由代理审判员周健独任审判，并于2010年1月14日公开开庭进行审理。嗣'
     '后，本案转适用普通程序，依法组成合议庭于2010年8月9日再次公开开庭进行审理。原告委托代理人董x、'
     '陈x，被告陈x到庭参加诉讼。本案现已审理终结。原告上海市x管理局崇明分局诉称，被告系原告下属新河x所'
     '的退休职工。1980年之前，被告分得位于崇明县新河镇x室公房一套。1988年原告经批准建造崇明县新河'
     'x所办公、集体宿舍楼。当时考虑到被告工作和生活需要，原告将新河x所办公楼三楼的集体宿舍住房一套提供给'
     '被告使用。2004年被告退休。2007年，根据上级部门对x所达标建设工作要求，原告决定对新河x所进行'
     '全面改扩建，需把原集体宿舍部分改为办公场所。为此，原告多次与被告进行沟通，要求被告及时搬出集体宿舍，'
     '如被告主动归还房屋，原告愿意为被告另行提供他处房屋居住，但均遭被告拒绝。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://m.handmsg.com/page/2008/0429/27661727.shtml',
     '李建華與陳正幾乎要成為了山東青島的名人。7年間，這對夫婦先后為失去的房子進行了77次訴訟，至今，他們'
     '仍舊走在訴訟之路上。訴訟所涉及到的房產，是一座有閣樓的三層樓房，位于青島市萊蕪二路2號，建于上世紀3'
     '0年代。投資建房的是陳正的外祖父趙仲如和趙仲如的侄子趙炳麟。而今，這座樓房被多家住戶擠占，房租由當地'
     '房產局“代收”。作為擁有著樓房的兩層產權的李建華、陳正夫婦，卻只能無奈地在外租房。幾年間，兩人已搬家'
     '數次，時常在急促的電話中被催搬家騰房。自2001年2月就辦理下來的房產證，與建筑面積達335.97平'
     '米的兩層樓房，成了夫妻倆多年的一塊心病。緣何自己的房子，自己卻不能入住呢？如此蹊蹺怪事要從50年前說'
     '起。1958年6月，在城市私有出租房屋社會主義改造中，這處房產被作為房主自留房。私改后不久，自留房的'
     '一二層及附屬平房被二次納入改造并安置了住戶。但是，入住進房子的，不僅有李建華、陳正夫婦，還有陳正家族'
     '。“雖是親戚，但幾家人擠在一層樓里，難免發生糾紛”，李建華說，“好不容易維持到了上世紀80年代，中央'
     '開始落實私房政策，自留房歸業主自管。我和老伴馬上打官司要求獲得這處房產的繼承權。其實這個繼承官司不在'
     '意輸贏。”因為根據當時的政策，沒有私房的職工，可拿著判決書向單位索要分配的房子。繼承官司自1983年'
     '延續至1992年，塵埃落定。不曾想，根據法院判決，陳正繼承了50%的產權。擁有家族樓房的一二層產權的'
     '李建華夫婦，在2001年2月領到了房屋產權證。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://fuchi.sooqee.cn/ZErO/zczc/alfx/5987.html',
     '丈夫祖上传下来的两间老房子，让刘国珍纠结了29年，也许还将纠结下去，一同卷入纷争的，还有另外4个家庭'
     '和新野县房管局等职能部门——纷争缘起。2月22日上午，今年60岁的刘国珍老人将一个个编织袋解开，判决'
     '书、裁定书、证言、举报信，各色文件摊了一床一地。刘国珍住在新野县实验中学后院一套40平方米的廉租房里'
     '，丈夫肜万象1996年去世后，刘国珍一直住在这里。肜万象原是一名高中教师，二人1983年3月结婚时，'
     '办公、住宿就在这一间房里，于是才向县里写了申请，希望借落实私房改造的机会解决住房困难。刘国珍说，19'
     '83年10月26日，县里派人到学校调查核实后出台了一个文件：“经查明，房屋是祖籍其父肜德岑留下的……'
     '因四儿子肜万象外出上学，户口迁出，没有留房。根据河南省政府（1981）80号文件精神，经县落实私房改'
     '造政策领导小组研究决定，退还肜德岑原市房二间（80平方米），为其四儿子肜万象解决住房困难。”这一文件'
     '她和丈夫查阅房产档案时多次见过，内容早就背了下来。肜德岑祖上原有房产21间，因成分问题，新中国成立后'
     '16间房子被纳入改造，全家12口人仅留下了5间。肜万象当时兄弟6人，家家住房紧张，肜万象更甚。刘国珍'
     '所说的两间房，位于新野县南关老街南段，是肜家祖传的两间门面房，清代建筑风格，砖木结构。一直等待领房的'
     '刘国珍，1984年8月1日却发现肜万兴从县房产处领走了退房通知书，肜万兴是肜万象的二哥。当时工作人员'
     '解释说是因为跟肜万兴熟识才让他去领的。肜万兴先是将房子租了出去，后又以7.5万元的价格把房子卖给了吴'
     '洪献和曹俊臣。',
     'out', '个人利益诉求', True, [],
     []),
    # 16
    ('http://tvsmo.com/b5/7/8/2/n1789840.htm',
     '中共中央當局昨天在北京舉行大型建軍節之際，多名北京的退役軍官仍在不停地向多個中共中央及北京市的政府部'
     '門申訴，要求解決福利待遇問題。多名退役軍官對香港「明報」表示，他們自二零零四年開始不斷向各個黨政部門'
     '申訴，但都被像皮球般踢來踢去，問題一直得不到解決。這些退役軍官表示，北京市一直沒有執行中央政策，懷疑'
     '北京市挪用中共中央給安置退役軍人的專項撥款。報導指出，一九六九年參軍，九一年退役時為正營級軍官的陳敏'
     '，轉業後到了一家軍隊企業，每月僅得六百元人民幣工資。由於她患腎病，被迫退休，換腎兩次，借債六十萬元。'
     '目前她每月醫藥費一萬多元，醫療保險只能報銷七成，入不敷支。經過多次上訪，過去兩年一共收到二萬三千元撫'
     '恤金，但也因多次上訪，受到公安嚴密監控，經常有公安登門調查，並威脅不要繼續上訪。在北京武警部隊服役十'
     '四年的宋先生，當年響應號召，退役後自謀職業，獲二千四百元補償，做過多項生意但都失敗。他表示，當年軍隊'
     '承諾為他們保留幹部身分，他為此每月繳納二十元保管檔案，但現在他有困難，卻連幹部的身分都未能得到承認。',
     'out', '个人利益诉求', True, [],
     []),
    # 17
    ('http://www.huizhou.gov.cn/viewletter.shtml?method=viewLetter&lid=ff808081613bf08a01616b43d'
     '5331ca0',
     '据了解，市直行政事业单位2017年的计生奖（津贴）已经发放，往年退休人员同样发放，但今年则不给退休人'
     '员发放，为什么？在已退休人员中，特别是我们50后一代的退休人员，当年为落实计划生育基本国策作出贡献（'
     '甚至可以说是无法补救的牺牲！），现在人老了，则不能直接享受计划生育带来的红利，让我们这一代人想想就心'
     '寒！大家在一起议论此事时认为，在职人员与退休人员其他方面待遇有所区别，我们完全理解，但是将过去同等享'
     '受的计划生育奖励取消，就让人很难理解，今天国家社会经济发展的大好局面难道不是与我们一代人当年在计划生'
     '育方面做出的牺牲和贡献有着直接的关系吗？我们这代人当年的牺牲和奉献现在也就一笔勾销了吗？以上是我们5'
     '0后一代退休人员的心声，请市政府引起关注！',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://szb.sxworker.com/m/content/2000-11/01/341319.html',
     '百事通先生：我原在省直机关工作，于今年五月份退休，属建国前参加工作的退休工人。省直机关事业单位医疗制'
     '度改革以后，我的医疗费如何报销？王庆王庆先生：您提出的问题，几位老同志都打电话或来信询问，现一并答复'
     '如下：陕西省财政厅，劳动和社会保障厅《关于省级医疗制度改革有关问题的补充通知》（陕财社（2000）1'
     '71号）文件，对此问题作了明确规定。《通知》第五条规定：建国前参加工作的退休老工人，其医疗费与离休干'
     '部一样实报实销。并且还规定：建国前参加工作的退休工人不参加医疗制度改革，由所在单位按规定实报实销。所'
     '以你的医疗费应在你们单位报销。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://bj.szzqlj.com/thread-23648-9-1.html',
     '尊敬的海拉尔区委、区政府领导：党的惠民政策已执行很多年了，为什么做为我们呼伦贝尔市的桥头堡海拉尔区迟'
     '迟不肯执行？享受社保的老年人为什么不给发放长寿补贴？难道上级文件在海拉尔区就是一张白纸？还是另有不可'
     '告人的难言之隐？同为呼伦贝尔市管辖的满洲里市和牙克石市为什么在这方面做的非常好，及时准确发放到每名合'
     '乎年龄规定老年人手里，可不分有无工资的，难道他们的财政富裕？我们海拉尔地区财政紧？我想与这都无关吧，'
     '这是典型的群众路线出了问题，谁没有老的时候，希望此贴能得到区委区政府领导的高度重视，谁家没有老人，难'
     '道就这一点待遇，领导们还要克扣不给吗？做为海拉尔人要尊重善待老人，我们的长辈还能活几个80岁，如果连'
     '这点民心工程都要拖拖拉拉，我们美丽发展的呼伦贝尔海拉尔区还整天谈什么十个全覆盖？老年人在海拉尔区还能'
     '得到党的恩惠政策吗？那岂不是在作秀、在吹牛吗？党的群众路线就是“一切为了群众，一切依靠群众，从群众中'
     '来，到群众中去”。恳请海拉尔区领导尽快落实发放补贴，请您们不要在拖延了，您们是人民的公仆海拉尔地区老'
     '年人谢谢您们。2015年12月30日',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://wanyishang.com/new/728314271867342848',
     '元旦春节慰问老干部，这事越来越没以前那个味儿了。以前一到过节，单位老干办就备好米面油。局领导亲自带着'
     '物资上门。老干部坐在家里，和领导拉家常、忆往事。心里暖乎乎的，被组织惦记着，比啥都强。现在倒好，慰问'
     '直接改成发购物卡。还得让老干部自己跑到单位去领。有人说这样方便，缺啥就能买啥。可更多老同志犯嘀咕。领'
     '导连家门都不登了，这慰问咋就只剩一张冷冰冰的卡了？咱得说清楚，慰问的核心从来不是物资多少。前阵子看新'
     '闻，省药监局领导专门去百岁离休干部家祝寿。坐在床头聊健康、听往事，走的时候还塞了手写的祝福。这哪是走'
     '程序，分明是把老同志的分量搁在心里。有网友说，购物卡虽实在，可少了面对面的热乎气，总觉得缺了点啥。有'
     '人说，以后制度会越来越完善。退休了领退休金就行，别老惦记单位福利。笔者认为，可在老同志心里，那份被记'
     '挂的心意，比啥都金贵。对此，你怎么看呢？',
     'out', '其他', False, [],
     []),
    # 21
    ('https://freewechat.com/a/MzA3OTQ3OTgyMQ==/2651343315/1',
     '退休，是每一名官员都要面临的问题。日本作家渡边淳一写了一本名叫《优雅地老去》的书，专门谈退休的话题。'
     '他说，退休对于一般的男人来讲，总不是件喜闻乐见的事。好不容易工作了大半辈子，突然被传话：“辛苦你了，'
     '以后这里不需要你了。”从此，收入一下子少了，多出来的是大把的时间、困惑还有不安。可见，人性有着普遍的'
     '弱点，但如果没有智慧和定力来克服这些弱点，身心都有可能走偏，以致误入“禁区”，最后酿成不幸。官员退休'
     '之后，不忌讳这三点，伤身伤人不说，还可能误入法律禁区。有媒体曾报道过这样一个有趣的真实故事，一名退休'
     '的老干部，因为没人找他签字盖章，便与保姆立下规矩，每次保姆买菜回来的清单都要拿来给他签字。如此怪异的'
     '行为，只为求得一种心理上的平衡。官场生活少不了签字、开会、讲话、视察……可一旦退休，“人走茶凉，门可'
     '罗雀”，某些患上权力依赖症的官员角色转换不过来，严重的甚至出现精神疾病。曾担任某地级市处级干部的钟明'
     '退休后，大家对他的称呼也由“钟处长”变成“老钟”，他心里的弯转不过来，退休后每天早晨还是按照上班习惯'
     '6点左右就起床了，偶尔受到“惯性思维”驱使，起床后泡好茶夹着一个公文包，就往原单位走，走到半路上才忽'
     '然明白，“自己已经退休了，以前的办公室已经是他人在办公了”。退休半年后，钟明才改掉这个“健忘”的“小'
     '毛病”。但是，其他的“小毛病”随之来了，他在夜里经常会莫名其妙地紧张、失眠，甚至出现手抖的症状。跑遍'
     '了大大小小的医院做了很多检查，得出的结论都是“没问题”。最后，当地的一名医生建议他到精神疾病专科医院'
     '去看看，“这应该是焦虑症”。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.09mi.com/zyjh/41833.html',
     '退休干部利用余热、发挥专长，本是一件好事，但“兼职取酬”这四个字，却始终是悬在头顶的一把利剑。其核心'
     '争议在于：这究竟是发挥余热的合理回报，还是利用原有职权影响力的灰色交易？答案并非简单的“行”或“不行'
     '”，而是一套严密、细致的规范体系。理解这套体系，不仅关系到退休干部的个人声誉与晚年安宁，更关系到维护'
     '社会公平正义和清明的政治生态。因此，我们必须拨开迷雾，直击问题的核心。首先，要明确“退休干部兼职规定'
     '”的刚性约束。这些规定并非凭空而来，其根本目的是为了防止“权力期权化”。所谓权力期权化，指的是领导干'
     '部在位时为企业或个人谋取利益，但不立即收取回报，而是约定退休后再以兼职、顾问等形式兑现。这种行为本质'
     '上是变相的腐败，严重破坏了市场公平竞争和政府公信力。为此，中共中央办公厅、国务院办公厅以及中组部等部'
     '门出台了一系列规范性文件，其中最核心的一条就是对党政领导干部退休后兼职的“三年冷却期”规定。即，县处'
     '级以上领导干部在退休后三年内，不得受聘于原任职务管辖的地区和业务范围内的企业，或其他营利性组织；不得'
     '从事与原任职务管辖业务相关的营利性活动。这条红线，是判断退休干部兼职是否合规的首要标准，任何试图规避'
     '或变通的行为都蕴含着巨大的风险。那么，是不是过了三年冷却期就可以“随心所欲”了呢？答案依然是否定的。'
     '三年之后，退休干部的兼职行为依然受到严格监管。根据规定，退休干部经批准兼职的，不得在企业或其他营利性'
     '组织中兼任“实际”职务，更不得获取薪酬、奖金、津贴等额外利益。这里的关键在于“取酬”。很多人会问，“'
     '退休官员取酬违法吗？”',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH147, "fresh147")
