"""Sealed batch fresh172: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh170th.py; the batch and its row ids are "fresh172".)

Theme: agricultural inputs and their oversight (假种子, 假化肥, 假农药, 种子站, 植保站, 农技站,
良种补贴, 配方肥, 农机购置补贴, 粮食直补): a 乡长, a 县法制科 deputy and 农技站 heads selling fake
rice seed, a 农业局 deputy who listed an unsuitable wheat and sold it through his wife's
cooperative, a 种子站 head charged with 玩忽职守 over a fake-seed case, a 农业局长, a county seed
company's manager and a 副县长 punished for faked 良种补贴 acreage, a 植保植检站 head jailed for
bribes from pesticide firms, a 农机局长's "操心费", the 四川 农业厅 bribery ring, a town 农技员
and village cadres who left subsidy fertiliser undelivered, a net complaint on 上蔡 农业局 and
土肥站 leaders selling fake 配方肥, a former town 人大主席 selling fake pesticide, a 农业农村局
that co-founded the seed firm it polices, village cadres drawing villagers' 粮食直补; out items
are fake-seed police cases, farmers' compensation complaints and a 农业局's mediation, a farmer's
worries, a 中央纪委 commentary on seed-sector corruption and a ministry's typical-case release.
Sources (stored-pages search): the 央视 big5 page on 关岭 (traditional); rongk copies of the 青年导报
report on 方城 and the 南方农村报 report on 天等 (traditional); a fraudsandswindlers copy of the
中新网 report on 隆尧 (traditional); a zgkjsz copy on 如东's 周勇 (traditional); a
habitationmahault copy on 郓城's 张乾德 (traditional); the 《财经》 report on 四川; a ZAKER copy of
the 上观新闻 story on 永康 芝英镇; a yuduxx page on 上蔡; an lhlaw copy of the 经济与法制网 report
on 余庆; a fzzgw report on 宾县; a fzwhbw report on 东阿 下马头村; out: a senqingzn copy on the
乌兰察布 假种薯 (traditional), a senqingzn copy of the 今日说法 case on 白术 seed (traditional), a
baogaosu copy of the 新华社 report on 多伦's carrots, a 518pifa copy of the 农财 report on 雷州
(traditional), a chinaseed114 copy of the 镇平 农业农村局's reply, a 新浪河南 report on 浚县 maize,
the 百色早报 on 德保, a theworldseeds report from 林州, a gowu797 copy of the 中央纪委 article
(traditional) and a 邢台 copy of the 农业农村部 ten cases. Ten texts are in traditional script
(items 1-6, 13, 14, 16, 21; the glossing pinyin of the converted copies removed in 2-6, 13, 21).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source lines, site lines and the truncated last sentences of the stored
copies removed); paragraphs joined; ASCII punctuation written full-width except inside numbers
("2012-2013", "1元/斤"); stray spaces removed (005 "19 74年", 008, 012, 016). Sentences garbled
in the stored copies cut (002, 004, 006, 013, see below). Page oddities kept: "生産" in the big5
001, "為什么" (005), "被告之" (015), "带这网友投诉的问题" and "对改事情" (009), "坦护" and the
unpaired closing quote of the farmers' material in 010 (its opening quote is in the part cut
after "求助。"), "玩起了“失聯。" (014), "14亩花黄豆" (017), "其它" (007).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
heads and staff of 种子站, 植保站, 农技站 and of a county seed company count as public servants; a
人大代表 holds a public office, as in fresh104th.py), "out" otherwise with out_type 涉法涉诉 /
征地拆迁 / 个人利益诉求 / 其他. Reporters, victims, witnesses, private sellers and firms, and
officials who only handled, investigated, announced or answered are not accused; an organ or an
unnamed group accused as a whole gives no entry; an unnamed accused official is (None, position,
unit). Names, positions (as first written with the name, "原" kept) and units as written, the
innermost named unit kept; unit None when the text ties the person to no named unit. Topics only
from the twelve names of triage.md; officials selling inputs themselves or through kin are
廉洁纪律 (IS.INT.05/06), selling bad inputs to farmers and keeping their subsidies 群众纪律,
bribes and faked subsidy claims 贪污贿赂. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (010, 011,
012). Out types: 涉法涉诉 4 (013-016), 个人利益诉求 3 (017-019), 其他 3 (020-022). 16 accused
entries, all in items 1-12: 13 with a full name (劉會合, 農科, 東瑞華, 檀峰軍, 邢占軍, 周勇, 張乾德,
吴忠厚, 余勇, 胡相全, 李崇禧, 姜文康, 山鹏高), 0 masked, 3 post only. Items 009, 011 and 012 are
in scope with no accused entry. Out items have no accused entry. (No masked accused official
turned up within the search budget; masked names appear only as private persons in 017 and 022.)

Close calls:
 1  Big5 page of the 央视 《经济半小时》 transcript; the title, the date and the source clause
    "據中央電視臺《經濟半小時》…報道組最新報道" before "今年5月" cut; the interview lines between
    "拔稻的情景。" and "這幾位農民告訴記者" cut. Accused post-only: the 鄉長 (his 鄉 unnamed: unit
    None) and the "縣法制科副科長" as ('副科長', '縣法制科') (as fresh104th.py wrote
    '縣法院'); the "三個鄉鎮農技站的正副站長" are an unnamed group (no entry; hard). The
    斷橋鄉農業技術服務站 that sold the seed is an organ. 廉洁纪律 (officials' own trade) and
    群众纪律.
 2  Traditional; headline, 原標題 and "本報訊" cut, and the first paragraph cut because its
    sentence is garbled in the stored copy ("減產嚴重??h委、…"); ends before the truncated
    "目前，該案件進展情況…". ('劉會合', '副局長', '方城縣農業局'). 廉洁纪律 (his wife's cooperative,
    IS.INT.05) and 滥用职权 ("擅自" listing the variety); could add 群众纪律.
 3  Traditional; site lines, title, date line, the "■《…》追蹤報道" head and "南方農村報訊 (記者
    李曉芬)" cut; ends before the truncated sentence on his careless check. ('農科', '原站長',
    '天等縣種子管理站') (first written "廣西天等縣種子管理站原站長農科"). 韋舒文 is a private seller.
    工作纪律 (监管不力) and 滥用职权 (玩忽职守).
 4  Traditional; "中新網6月6日電" cut; the third finding ("三是挪用良種補貼資金?h種子公司…")
    cut as garbled; ends before the truncated "甚至存在違規違…". Three accused as written:
    ('東瑞華', '黨總支書記、局長', '隆堯縣農業局'), ('檀峰軍', '經理', '隆堯縣種子公司') (a county
    seed company's manager under party and 行政 discipline: taken as a state-firm head; hard),
    ('邢占軍', '副縣長', '隆堯縣') (only "領導責任"; hard). The 農業部、財政部 only act. 工作纪律
    (虚报), 廉洁纪律 (套取) and 贪污贿赂 (挪用).
 5  Traditional; ends before the truncated "從最初的接受企業老板吃請…最后發展到收" (so the text
    gives only the 受賄罪 judgment and his "滑坡"). ('周勇', '原站長', '如東縣植保植檢站').
    Only 贪污贿赂.
 6  Traditional; the sentence on the judgment and on 楊春波 ("斂財?shù)泥i城縣…") and the
    sentence "每一個農機生產經銷企業…向當?shù)剞r民…" are garbled in the stored copy and cut, with
    the "而且…香餑餑”。" paragraph that followed and the sub-heading; ends before the truncated
    "面對紛紛找上…". So "這里面的訣竅" points back to the first paragraph. ('張乾德', '原局長',
    '鄆城縣農業機械管理局'). Off the narrow theme (农机 subsidies). 廉洁纪律 and 贪污贿赂 (the
    "三包服務費" and "操心費").
 7  Headline, date and byline lines and the sub-heading "行政审批权力寻租" cut; ends before the
    truncated "姜文康分管…" sentence. Five entries: 吴忠厚 ('原巡视员', first written "四川省农业厅
    原巡视员"), 余勇, 胡相全 ('巡视员' from "时任四川省农业厅巡视员", "时任" not kept), 李崇禧
    ('政协主席', '四川省'; only "被调查" and "关系紧密", the text says the case papers do not involve
    him: hard), 姜文康 ('原副厅长'). Off the narrow theme (审批 and 动物疫病 in the 农业厅). Only
    贪污贿赂.
 8  ZAKER header, "上观新闻 08-22", the headline and the sub-heading "2 年前发放的化肥为何中途
    ' 挥发 '?" cut; the page's ASCII quotes with inner spaces written “…”. The "一名镇农技员" as
    (None, '农技员', '芝英镇') (the town named only later, as fresh157th.py's 派出所); the "两名村
    干部" are an unnamed pair (no entry; hard). The 巡察组 only investigates. Only 群众纪律.
 9  A net complaint relayed by a site: site path, headline and the "[摘要]" lead (repeating the
    first paragraph) cut, and the sub-heading "调查一：本网记者实地调查"; ends before the
    truncated quote "农业局主要领导有经营股份。记者通过上蔡…". The "县农业局和土肥站的主要领导" are
    unnamed leaders of two bodies: no entry (hard; could be (None, '主要领导', '上蔡县农业局')).
    廉洁纪律 (以权谋私, 变相销售) and 群众纪律.
10  Mixed: nine farmers' claim for their losses (个人利益诉求) and a former 镇 leader and 县人大代表
    selling fake pesticide, shielded by "职能部门". Header lines, the "导读" and "核心提示" (both
    repeating the text) and the sub-heading "九户农七百多亩果园受损惨重" cut; ends before the
    truncated "我们从发现系假农药…至今已4个多月，桃园". ('山鹏高', '原党委副书记、人大主席、县人大代表',
    '龙溪镇') from "原余庆县龙溪镇党委副书记、人大主席、县人大代表山鹏高". The 职能部门 are organs.
    廉洁纪律 and 群众纪律.
11  Mixed: a cooperative's 197万 loss from bad soybean seed (its own claim) and a 县农业农村局 that
    "参与组建了" the seed firm and 推诿 the complaint; in, the 局 is an organ: no entry. Ends
    before the sub-heading "购买东北农业大学研发的种子…". 唐维君 and 张云峰 are the claimants.
    廉洁纪律 (an organ in business) and 群众纪律 (推诿).
12  Mixed: villagers' own 直补 and 黄河护坡 land money (their claims; the land part could be read
    as 征地拆迁) and 村干部 drawing it in their names. The two paragraphs of 聊城 statistics after
    the first point cut; ends before the truncated "四是前任村干部…". The 村干部 are unnamed: no
    entry; 李少海 only wrote a note (not accused, hard). 群众纪律 and 廉洁纪律.
13  涉法涉诉, traditional: a farmer's fake seed-potato case at the 公安局 (the 中间商 侯某 is
    beyond the cut). The caption line repeating the 农业农村部 sentence and the paragraph "我國
    是…" (its sentence "薯?xiàng)l、薯片…" garbled) cut; ends before the truncated "這項馬…".
    Could be read as 个人利益诉求.
14  涉法涉诉, traditional: a fake 白术 seed case the farmer reported to the police; "01" and the
    sub-heading "藥田怪象：…" cut; ends before "02".
15  涉法涉诉: a fake-seed case with suspects arrested but the growers' losses unassessed. The
    dateline, the photo caption (repeating the lead) and the sub-heading "“问题种子”致…" cut;
    ends before the truncated "“这些胡萝卜外形难看，". Could be read as 个人利益诉求.
16  涉法涉诉, traditional: a seller of fake rice seed arrested by the 雷州 police; the heading
    "01以低價為誘餌的假種子" cut; ends before the "一眼假" paragraph with the truncated price
    sentence.
17  个人利益诉求: two farmers' soybean-seed compensation, mediated by the 县农业农村局 (赵景刚
    only handles); "(来源:" cut. Could be read as 其他 (an office's reply).
18  个人利益诉求: villagers' maize seed, the seller refusing compensation; the duplicate copy of
    "村民们说…用过了。" and the "来源：都市频道 编辑：邱瑾" lines cut. Hard: the 种子管理站's phone
    "无法接通" is not alleged misconduct.
19  个人利益诉求: three farmers' complaint to the 工商 about a seed dealer, compensation ordered;
    site lines, headline, "□刘维涛" and "新闻推荐" cut. Could be read as 其他.
20  其他: a farmer's worries about bad seed told to a reporter; headline cut; ends before the
    reporter's truncated advice. No claim against anyone named.
21  其他, traditional: the opening of a 中央纪委 article on seed-sector corruption in general; the
    spam and site lines and the title, date and source lines cut; ends before the truncated
    "比如，利用邀請評審人員…". Hard: corruption is described, but no official or unit is accused.
22  其他: the 农业农村部's release of ten typical enforcement cases (first two kept); the page's
    keyword and source lines and the case headings "一、…案", "二、…案" cut; ends before the
    truncated "因当事人的行为涉嫌…". 邵某某 and the 农资公司 are private. Could be read as 涉法涉诉.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH172: list[Item] = [
    # 01
    ('https://big5.cctv.com/gate/big5/www.cctv.cn/financial/xingdong/sanji/xiang12.html',
     '今年5月，貴州省關淩布依族苗族自治縣紀委、監察、農業等部門查處了一起制售假種子案。令人震驚的是，制售'
     '假種子的人員不是市場上的不法商販，而是老百姓稱為“父母官”的鄉長，縣法制科副科長和三個鄉鎮農技站的正'
     '副站長。作為國家幹部和部門的負責人，他們為何要同謀坑害農民呢？假種子現在造成了什麼樣的影響呢？我現在'
     '是在貴州省關淩布依族苗族自治縣，在我身後是碧綠的稻田和藍天白雲，一派美好的田園景色，然而在這個縣至少'
     '有幾百戶農民不會有心情來欣賞這個景色，因為在他們的稻田裏種下的是假稻種。不久前的一封群眾來信使記者了'
     '解到，在整個關淩縣，至少在5個鄉鎮同時出現了假稻種的現象，受害面積之大在當地是前所未有的。記者首先來'
     '到的是頂雲鄉角寨村，還沒進村，記者就看到了農民拔稻的情景。這幾位農民告訴記者，他們的稻種全是在關淩縣'
     '斷橋鄉農業技術服務站購買的。在進村的路邊，我們遇到了角寨村生産二組的組長，他是最早發現種子有問題的人'
     '之一。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     [(None, '鄉長', None), (None, '副科長', '縣法制科')]),
    # 02
    ('http://www.rongk.cn/news/12/news_58365.html',
     '經調查，來訪群眾反映的問題基本屬實。造成這一問題主要是方城縣農業局副局長劉會合利用分管業務工作的職務'
     '便利，在明知省農作物品種審定委員會鑒定新麥26品種特性不適宜在信陽、南陽播種的情況下，在2012年9'
     '月制定該縣2012-2013年度小麥品種布局指導意見文件中，擅自把新麥26確定為適宜推廣品種，把由其'
     '妻子任理事長的方城縣兆豐糧食專業合作社購進的2.5萬公斤新麥26小麥品種全部進行銷售，直接造成了使用'
     '此小麥品種的農民減產受損。查明基本事實后，方城縣委、縣政府召開會議，進行專題研究，依法迅速進行調查問'
     '責。',
     'in', None, False, ['廉洁纪律', '滥用职权'],
     [('劉會合', '副局長', '方城縣農業局')]),
    # 03
    ('http://www.rongk.cn/news/10/news_47735.html',
     '歷時一年多的“優優128”種子案（見南方農村報2011年3月24日9版）有了新進展。廣西天等縣種子管'
     '理站原站長農科因監管不力導致發生假種子案件，日前，廣西天等縣檢察院以涉嫌玩忽職守罪對農科進行立案偵查'
     '，而生產、銷售假種子的幾名被告已被依法移送法院起訴。2010年底，“優優128”種子案發生期間，農科'
     '任天等縣種子管理站站長。廣西天等縣檢察院相關人士介紹，2010年7月7日，農科到天等縣種子經銷戶韋舒'
     '文的店里進行種子市場大檢查。',
     'in', None, False, ['工作纪律', '滥用职权'],
     [('農科', '原站長', '天等縣種子管理站')]),
    # 04
    ('http://m.fraudsandswindlers.com/news/2004year/2004-06-06/26/445225.shtml',
     '據光明日報報道，中國農業部、財政部近日就河北省隆堯縣在執行國家小麥良種補貼項目中虛報面積，套取中央財'
     '政專項資金91.89萬元的情況通報了處理結果：扣回隆堯縣弄虛作假套取的91.89萬元中央財政資金，取'
     '消隆堯縣2004年承擔優質專用小麥良種推廣項目的資格。農業部、財政部日前組成聯合工作組，赴隆堯縣進行'
     '調查核實。經查，隆堯縣在落實小麥良種補貼工作中存在以下問題：一是未按項目計劃落實補貼任務。計劃面積2'
     '0萬畝，實際落實10.811萬畝，尚有9.189萬畝未落實。二是編造虛假良種補貼登記冊，套取虛報面積'
     '的91.89萬元中央財政資金。河北省有關地方黨委、政府已對有關責任人做出了嚴肅處理。對以虛報手段套取'
     '中央財政資金負有主要責任和對挪用資金負有重要領導責任的隆堯縣農業局黨總支書記、局長東瑞華給予撤銷黨總'
     '支書記、局長職務的處分，對挪用資金負有直接責任的隆堯縣種子公司經理檀峰軍給予留黨察看兩年和行政撤職處'
     '分，對負有領導責任的隆堯縣副縣長邢占軍給予行政記過處分，并責成隆堯縣委、縣政府做出深刻檢查。農業部、'
     '財政部指出，良種補貼是近幾年來國家扶持糧食生產，調動農民種糧積極性的一項重要舉措，對促進糧食發展，加'
     '大良種推廣力度起到了積極作用。確保黨中央、國務院的政策落實到位是各級領導的重要責任。',
     'in', None, False, ['工作纪律', '廉洁纪律', '贪污贿赂'],
     [('東瑞華', '黨總支書記、局長', '隆堯縣農業局'), ('檀峰軍', '經理', '隆堯縣種子公司'), ('邢占軍', '副縣長', '隆堯縣')]),
    # 05
    ('http://m.zgkjsz.com/page/2013/0811/13167130.shtml',
     '近日，江蘇省如東縣植保植檢站原站長周勇被法院以受賄罪判處有期徒刑8年，并處沒收財產10萬元。昔日的高'
     '級農藝師為什么會走上這條路？1974年，周勇高中畢業后回到老家當了一名知青。1976年，周勇被推薦到'
     '當時的江蘇農學院（南京農業大學前身）植保專業學習。1980年大學畢業后，他被分配到如東縣植保站工作（'
     '如東縣植保植檢站前身）。植保植檢站是如東縣農業局下屬的一個事業單位，主要職能是為農民提供病蟲害防治指'
     '導。一心想在植保工作中有所作為的周勇，在十多年時間里，幾乎把自己的大部分休息時間都用在田間調查和業務'
     '研究上。功夫不負有心人，到了1992年，周勇和他的同事發出的病蟲害預測準確率已達95%以上，這在當時'
     '是一個比較高的技術水平。他也因此先后被評為江蘇省優秀科技工作者、高級農藝師、農技推廣研究員，享受教授'
     '級待遇，并在1990年被提拔為如東縣植保植檢站副站長，1995年升任站長。周勇的逐步沉淪是從1995'
     '年當上植保植檢站站長開始的。起初的一段時間，周勇的內心還是比較平靜的，因為他深知自己能夠有今天，實屬'
     '來之不易，所以還是能守住“不拿好處”的做人底線。但隨著時間推移，尤其是面對各種物質誘惑，周勇的心理逐'
     '漸變得不平衡起來。他認為自己論學歷不比那些老板低，論貢獻更不比那些老板少，可一個月工資還不及農藥企業'
     '老板住一晚總統套間花的錢多，可那些人好多只有小學文化。正是因為這種心理，周勇的思想開始滑坡了。',
     'in', None, False, ['贪污贿赂'],
     [('周勇', '原站長', '如東縣植保植檢站')]),
    # 06
    ('http://m.habitationmahault.com/news/2010/30374.html',
     '哪家企業給的“三包服務費”高，就跟哪家簽訂農機供銷協議；哪家企業給“操心費”，就重點推薦哪家的產品—'
     '—這是山東省鄆城縣農業機械管理局（以下簡稱農機局）原局長張乾德從農機購置補貼中悟出的“生財之道”。2'
     '005年是鄆城縣實施國家農機購置補貼政策的第一年，也是時年43歲的張乾德就任鄆城縣農機局局長的第一年'
     '。從這一年，鄆城縣百萬農民開始享受到這項國家強農惠農政策所帶來的實惠。也是從這一年，作為農機局“掌門'
     '人”的張乾德開始了自己的蛻變。張乾德發現了這里面的訣竅。他拋開班子其他成員，自己親自主管農機購置補貼'
     '事宜。',
     'in', None, False, ['廉洁纪律', '贪污贿赂'],
     [('張乾德', '原局長', '鄆城縣農業機械管理局')]),
    # 07
    ('https://m.caijing.com.cn/api/show?contentid=4027094',
     '随着两名关键人物贪腐案一审定谳，四川农业系统腐败窝案更多细节及权力寻租的特殊轨迹浮出水面。2014年'
     '，四川省农业系统有两名正厅级、一名副厅级、一名处级官员先后落马。四川省农业厅原巡视员吴忠厚、四川省动'
     '物疫病预防控制中心原主任余勇是其中两人。近期，吴忠厚、余勇的案件分别宣判。吴忠厚受贿300余万元，被'
     '四川省宜宾市中级法院判处有期徒刑12年。余勇受贿金额高达2700余万元，被四川省遂宁市中级法院判处有'
     '期徒刑14年。除该窝案外，全国农业系统也有其它类型贪腐案件相继发生。这些腐败案件的背后，是中国对农投'
     '入的持续加大，农业部门掌握和管理着巨额涉农资金。2014年1月初，四川省纪委发布消息，时任四川省农业'
     '厅巡视员胡相全、吴忠厚（均为正厅级）涉嫌严重违纪违法，接受组织调查。今年62岁的胡相全曾担任四川资阳'
     '市委常委、组织部长，2008年担任四川省农业厅副厅长。同为62岁的吴忠厚，早在1998年就担任四川省'
     '农业厅副厅长，2009年担任四川省农业厅巡视员，协助胡相全工作。2013年12月29日，时任四川省政'
     '协主席的李崇禧被调查。多名四川政界知情人士向《财经》记者透露，胡相全、吴忠厚与李崇禧关系紧密。李崇禧'
     '落马后不久，胡、吴二人就被调查。但吴忠厚案相关的司法材料中，并未涉及李崇禧。两名正厅级干部同时被查的'
     '消息发出后，在全国农业系统产生较大震动，但四川省农业系统的震荡实际上刚刚开始。2014年10月，四川'
     '省农业厅下属的四川省动物疫病预防控制中心原主任余勇（正处级）被调查。2014年11月21日，四川省农'
     '业厅原副厅长姜文康（副厅级）被调查。',
     'in', None, False, ['贪污贿赂'],
     [('吴忠厚', '原巡视员', '四川省农业厅'), ('余勇', '原主任', '四川省动物疫病预防控制中心'), ('胡相全', '巡视员', '四川省农业厅'), ('李崇禧', '政协主席', '四川省'), ('姜文康', '原副厅长', '四川省农业厅')]),
    # 08
    ('https://www.myzaker.com/article/5d5e38d68e9f0970973cf927/',
     '“庄稼一枝花，全靠肥当家”。对农民来说，化肥是最花钱的环节，化肥补助是最实惠的政策。日前，浙江省永康'
     '市纪委监委查处了一起漠视侵害群众利益典型案例，2016年统一发放的化肥补助，竟然在私人樱桃园“躺了”'
     '近2年，直到2018年才被领到手里，一名镇农技员和两名村干部因漠视化肥补助发放被处分。“我们是芝英镇'
     '上英村的村民，我们发现村里化肥补助发放有点怪。”日前，浙江省永康市委巡察组在巡察芝英镇期间，几位村民'
     '匆匆忙忙赶来。“你们先别急，说说具体怎么‘怪’。”巡察组问道。“今年我们收到了上级补助的有机肥和配方'
     '肥，大家都挺高兴，干农活的时候刚和邻村的农户交流此事，他们说化肥补助政策已经实行三年了，问我们咋从今'
     '年才领到肥料？我们就想来问问，2年前的化肥没发到农户手里，到底去哪儿了？”惠农补助化肥都是政府集中采'
     '购后统一发放给农户使用的，怎么会不翼而飞呢？巡察组迅速组织人员对村民反映的问题进行调查。经向有关部门'
     '了解，芝英镇上英村210亩标准农田于2016年被永康市农业部门确定为质量提升土壤培肥项目，建设单位为'
     '芝英镇人民政府。按照永康市农业、财政等部门出台的政策，该村农户四年内每年可根据农田面积享受一定数量的'
     '商品有机肥和配方肥补助。可是，据村民反映，2016年并没有收到任何化肥补助，2017年只领到有机肥，'
     '配方肥未曾发放。巡察组随即前往芝英镇人民政府调阅相关资料，发现2016年—2018年的配方肥和有机肥'
     '补助都已悉数运到该村。若村民反映的问题属实，那么2016年、2017年的未发放的化肥到底去向何处？难'
     '道化肥中途会“挥发”吗？',
     'in', None, False, ['群众纪律'],
     [(None, '农技员', '芝英镇')]),
    # 09
    ('http://zmd.yuduxx.com/shangcai/130106.html',
     '近日，本网接到网友投诉，来电称：当前，正值小麦用化肥备肥阶段，但在河南上蔡化肥市场却显得十分混乱，假'
     '冒伪劣产品十分严重，上蔡县农业局、土肥站却以假乱真，打着国家补贴、配方施肥的名义把假化肥直接送到农民'
     '的手中，工商等监管部门目前只能监管乡镇政府及重点集市化肥质量，对这些假冒伪劣化肥，工商等监管部门很难'
     '查到，致使假冒伪劣盛行，逃避监管、坑农害农现象十分严重。为了还原事情真相，本网记者带这网友投诉的问题'
     '，来到了河南上蔡对改事情进行调查走访。本网记者从河南上蔡发回报道，记者来到了网友投诉的事发地位于河南'
     '省驻马店市上蔡县事发所在地，记者首先向当地的知情人士了解到现在正是播种小麦的好季节，县农业局和土肥站'
     '的主要领导，以自身监管、服务农业职责优势，以国家补贴推广配方施肥的名义，变相销售化肥盈利，利用国家赋'
     '予自身的公权力，以权谋私。并通过各乡镇政府主要领导、各乡农业发展中心，分配销售化肥任务到各个村组，然'
     '后由一些“体面人物”以国家补贴等欺诈手段，把化肥分发到不明情况的老百姓手中。',
     'in', None, False, ['廉洁纪律', '群众纪律'],
     []),
    # 10
    ('http://www.lhlaw.com.cn/a/201691115423937164.shtm',
     '自今年8月18日以来，贵州省遵义市余庆县龙溪镇红军村的杨青学、杨家林、吴国友、杨刚强，苏羊村的安培贤'
     '、小河村任明伍、赵云元、张启伦，大乌江镇马龙村彭思银等9户果农多次书面或电话向贵州省经济与法制建设促'
     '进会及《经济与法制网》、中国网和民主与法制社贵州记者站等多家单位反映原余庆县龙溪镇党委副书记、人大主'
     '席、县人大代表山鹏高贩卖假农药（肥）坑害果农一事。从8月底到9月初，多家媒体记者先后多次深入事发地进'
     '行了调查。据九户果农书面反映材料称：贵州余庆国家党员干部，龙溪镇原党委副书记、人大主席、县人大代表山'
     '鹏高长期贩卖假农药坑农害农。造成果农上千亩桃园基地损失惨重”，“职能部门执法不公，公开坦护黑心农药商'
     '山鹏高，果农损失上百万，维权无门，只有向社会各界求助。',
     'in', None, True, ['廉洁纪律', '群众纪律'],
     [('山鹏高', '原党委副书记、人大主席、县人大代表', '龙溪镇')]),
    # 11
    ('http://fzzgw.com.cn/page152.html?article_id=20398&pagenum=all',
     '2019年春，唐维君所在的黑龙江省北安农垦云峰旱田农作物种植专业合作社购买了黑龙江普兰种业有限公司的'
     '“高产东农豆252”大豆种子在哈尔滨市呼兰区种植，种植后造成比普兰种业公司宣传的亩产500斤，平均减'
     '产了180多斤，总体减收74万4795斤。不仅没有挣到钱，反而给合作社造成了197万多元的巨额经济损'
     '失。唐维君代表黑龙江省北安农垦云峰旱田农作物种植专业合作社到黑龙江普兰种业有限公司的注册所在地的哈尔'
     '滨市宾县农业农村局投诉反映情况，宾县农村农业局以种种理由推诿一直不予立案、不予处理解决，至今已经长达'
     '五年多时间。几年来唐维君多次到省、市和国家相关部门反映情况，惊动了国家农村农业部、国家监委和黑龙江省'
     '多个部门，哈尔滨市还为此专门召开听证会，可是至今为止，“高产东农豆252”假冒伪劣种子问题依然没有得'
     '到解决。后来唐维君得知，黑龙江普兰种业有限公司与宾县农业农村局有着密不可分的关系，宾县农村农业局20'
     '17年参与组建了这家公司。他们这一行为违反了国家法律法规，难怪有人说：不管上面怎么重视怎么批示都落到'
     '了宾县农业农村局来处理，他们怎么会对自己进行处理和处罚呢？',
     'in', None, True, ['廉洁纪律', '群众纪律'],
     []),
    # 12
    ('http://fzwhbw.net/Article/Print.asp?ArticleID=1006',
     '近日，记者针对东阿县牛角店镇下马头村村民陈永涛等人反映该村村干部冒名领取粮食直补款等问题进行了实地采'
     '访。根据采访，记者归纳了以下几个问题：一是村民承包200多亩农田种小麦玉米等粮食作物，十多年来，所有'
     '种地村民从来没有得到粮食直补款。村民怀疑他们应得到的粮食直补款被村干部冒领了。二是2013年50多户'
     '村民口粮田小麦直补款也被冒领了，从杨均海等村民手上的粮食直补款银行存折看，他们的直补款被冒领从三四百'
     '元到八九百元不等，总数估计三四万元。三是2013年黄河护坡占该村土地30.15亩，河务局按每亩三万元'
     '给予补偿，总补偿款90.45万元。该村从中享受补偿的村民有692人，每人按860元补偿，总共5951'
     '20元。对上述情况，记者看到了村干部李少海写给村民陈永涛的字条。也就是说村民从中得到补偿款接近60万'
     '元。90多万元补偿款减去发给村民的近60万元，还剩余30多万元，这些钱哪去了？村民一概不知。但让村民'
     '气愤的是，村干部从60万元中扣去了20多万元，村干部说，20多万元是村民五年的土地承包费和三水钱（包'
     '括预扣的）。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     []),
    # 13
    ('http://www.senqingzn.com/dy/article/K1CP0G0805506O99.html?spss=dy_author',
     '2025年5月26日，農戶孟祥旭從農忙之中抽身，又一次來到內蒙古烏蘭察布市公安局。他還想為自己三年前'
     '種植的馬鈴薯討個說法。他曾在內蒙古烏蘭察布市的望愛村承包了680畝地，用來種植馬鈴薯。還沒迎來豐收季'
     '，就在兩個月后發現，其中300畝地里的馬鈴薯“病了”，幾乎停止生長。孟祥旭后來才知道，那300畝地里'
     '，種下的全都是“假種薯”。他并非唯一的受害者。近三年來，在最高人民法院、最高人民檢察院發布的涉農典型'
     '案例中，每年都有馬鈴薯假種薯的身影。2025年4月，農業農村部發布《2025年全國種業監管執法年活動'
     '方案》，將馬鈴薯種薯列為專項整治內容之一，整治工作將聚焦河北、內蒙古等區域展開。人們習以為常的土豆，'
     '正成為多地增收致富的“金種子”。而“金種子”的另一面，則是令農戶深惡痛絕的“種薯造假”。在一些農貿市'
     '場，這些肉眼難以分辨的假種薯，以低價、配送禮品的方式，進入了防不勝防的農戶手中。它們被種入土地幾個月'
     '后，才因患病被察覺，此時后悔為時已晚，證據鏈也難以保存，眾多農戶只能獨自承受損失。另一方面，育種公司'
     '的聲譽受損，優質種薯也難以銷售。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://www.senqingzn.com/dy/article/K4A846LI0512CUPE.html?f=post2020_dy_recommends',
     '近日，央視《今日說法》欄目曝光一起假劣種子案，涉案損失接近1800萬元。在去年春天，江西共青城市江益'
     '鎮的中藥種植大戶王建偉，在其承租的50畝土地上播下了中草藥種子——白術。他貸款購買種子、雇傭人工、除'
     '草施肥，期待能靠種白術有所收獲。但是，幾個月過去，他等來的不是豐收，而是滿地的荒蕪和上百萬元的虧損。'
     '本應茁壯生長的白術藥苗，被鴨跖草這一雜草所大面積取代，僅僅有少量的白術幼苗零零星星地夾雜其中，而且成'
     '活率極低。為此，他和妻子也爭吵不斷，落下個身心俱疲。這些種子，是王建偉在短視頻平臺上聯系到一名省外商'
     '人購入的。對方承諾，種子發芽率不低于85%，但實際情況卻是大相徑庭。面對質疑，賣家一口咬定種子沒有問'
     '題，說是當地水土不適合白術生長、王建偉的種植經驗不足造成，但最后甚至玩起了“失聯。在無奈之下，王建偉'
     '報警求助。由于本案涉及到很多專業知識，警方邀請江西中醫藥大學專家趕赴田間，聯合踏勘。專家們發現，在同'
     '一海拔氣候和水土條件下，在同一播種時間下，周邊地塊白術幼苗的長勢良好，出芽率超75%，而王建偉田里的'
     '，卻苗稀草密。更令人驚訝的是，鴨跖草是一種無規律生長的雜草，但在王建偉田里，鴨跖草的分布卻呈井字形狀'
     '，非常規律，與白術的播種條帶一致。專家們進一步觀察發現，播種機路過的位置，也長出了鴨跖草。這樣規則的'
     '分布狀況，基本可以推測，當初這些鴨跖草的種子，就是和所謂“白術”種子一起被混合種下地里的。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://huhehaote.baogaosu.com/xinwen/%E5%9D%91%E5%86%9C%E5%A4%A7%E6%A1%88%E8%87%B4%E5%86%9'
     'C%E6%B0%91%E6%8D%9F%E5%A4%B1%E4%B8%8A%E5%8D%83%E4%B8%87%E4%B9%85%E6%8B%96/44944959',
     '花了100多万元买的假种子致1600余亩土地经济损失上千万元，犯罪嫌疑人也抓了，但损失的种植户却被告'
     '之过了收获季节，较难估价。多级倒卖，层层剥皮。非法经营种子的几方都赚钱了，如今出了事，却无人为之买单'
     '。一桩事实清楚、责任者明确的假种子案件为何久拖不决？非法种子的背后，映射出怎样的混乱和无奈？北方春耕'
     '在即，记者深入内蒙古自治区多伦县、正蓝旗等地，还原这起恶劣坑农事件的真相。“这种子可坑死人了，那些奸'
     '商太可恶了！”记者在多伦县大北沟镇白音坤兑村见到刘德明时，这位农业合作社的负责人正在为即将到来的春耕'
     '生产犯愁，“出事到现在已经一年半了，你说啥时候能给个说法呢？”他眼中充满了无奈。刘德明的种植专业合作'
     '社成立于2013年底。当时，胡萝卜产业已在当地迅速崛起，每亩最高产值达1.2万元。看这产业挣钱，乡亲'
     '们出钱、出地、出人，跟着刘德明在地里起早贪黑忙活一夏天。然而秋后一算账，却赔了120多万元。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://518pifa.cn/news/28/news_136494.html',
     '“一眼假”的“低仿”包裝、流動作案、虛開憑證……日前，農財君從業內知情人士處了解到，廣東省雷州市公安'
     '局查獲一起假種子案，案件涉及廣東最大雜交稻品種“吉豐優1002”。廣東雷州市南興鎮是傳統產糧大鎮，在'
     '2024年晚稻播種前，該鎮某村一位種植大戶聽聞有流動攤販以售價明顯低于市價，銷售所謂“吉豐優1002'
     '”種子，便于2024年7月4日、7月9日分別購入了280斤、2400斤水稻種子。“在4日購入第一批后'
     '測了芽率，感覺還可以。加上周邊好多農戶也都買了他的種子，我就又買了一批。”購入種子后，該種植大戶逐漸'
     '發現異常：購入種子的包裝與正規廠家包裝有明顯不同，種子粒型也存在明顯差異，便向當地農業農村局的綜合執'
     '法大隊反映了相關情況。雷州市公安局食藥環大隊在介入后迅速行動，在掌握充分線索、證據后，于2024年1'
     '2月12日以“非法經營罪”將嫌疑人抓獲。據悉，該犯罪嫌疑人用成本在1元/斤的普通常規稻冒充知名雜交稻'
     '種，在網上購入種子包裝袋，自行套包銷售。犯罪嫌疑人開著貨車，在雷州多地流竄倒賣假種子，哪有集市就往哪'
     '開，行蹤飄忽不定，還明目張膽地散發自己的名片，收款碼系其本人實名認證，為購種農戶開的收據憑證則蓋著某'
     '知名種子公司的公章。“種子包裝一看就是假的，各種基本信息漏洞百出。”“哪個品種好賣就套哪個品種的名稱'
     '，包裝都不帶換。”“嫌疑人的法律意識非常淡薄。”當地一位種子經銷商表示。',
     'out', '涉法涉诉', False, [],
     []),
    # 17
    ('https://chinaseed114.com/news/23/news_114953.html',
     '7月20日，镇平县贾宋镇一农户反映：该村两户村民买的黄豆种子，一户种植后不出苗，另一户种植后出苗率低'
     '。就此问题，南阳市农业农村局转交镇平县农业农村局调查了解，回复如下：关于镇平县贾宋镇李民村杨某某反映'
     '问题的回复：根据贵局2021年7月20日转来镇平县贾宋镇李民村杨某某反映“所买黄豆种子不出芽，涉嫌过'
     '期种子”问题，我局高度重视，现就此问题回复如下：7月14日上午，我局接到贾宋镇李民村农民王某某、李某'
     '某（此二人系杨某某亲戚）反映其种植的黄豆不出苗、出苗率低；当日下午，分管局长赵景刚带领局法制股工作人'
     '员及2名农业专家进行现场核查调查。现场核查调查结果：王某某2.5亩黄豆地不出苗，有可能是种子问题；李'
     '某某14亩地黄豆出芽率达到50%以上，有可能是播种量不足的问题。针对以上问题，我局工作人员及专家当场'
     '要求：对王某某2.5亩黄豆地不出苗问题，种子销售商王某积极赔偿损失；对李某某14亩花黄豆出芽率低问题'
     '，种子销售商王某给予对方一定补偿。但双方就赔偿、补偿款数额未达成一致。此后几天，我局就赔偿、补偿问题'
     '一直在调解中。7月20日下午，我局相关执法人员再次到贾宋镇就赔偿、补偿款数额问题对双方进行调解，赔偿'
     '、补偿问题基本达成一致。另对王某农资经营门店涉嫌销售过期种子进行初步调查。7月21日上午，分管局长赵'
     '景刚带领执法人员到贾宋镇王某农资经营门店进行执法检查；并促使王某某、王某双方就赔偿问题达成一致协议。'
     '赔偿款1800元已到位。7月23日上午，李某某、王某双方就补偿款达成一致协议。补偿款3000元已到位'
     '。就王某农资经营门店涉嫌销售过期种子问题，根据前期初步调查情况，已要求执法大队依法立案调查处理。对处'
     '理结果我局将及时报送贵局。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://henan.sina.com.cn/news/s/2018-09-29/detail-ihkmwytp8187165.shtml?from=henan_ydph',
     '昨天（27日），鹤壁浚县的不少村民给记者打电话说，自己家中的玉米，外表看起来和普通的玉米没区别，可是'
     '剥开皮，里面却不一样了。老陈是浚县新镇镇西双鹅头村的村民，家里种了十几亩的玉米，眼瞅着到了收玉米的时'
     '候，可是老陈发现，自己家的玉米，跟别人家的不太一样。除了老陈外，村子里的大多数村民今年都是用的这款名'
     '为0989号的玉米种子，而他们出现的情况也是一模一样。村民们说，这款种子他们并不是第一次使用，在去年'
     '的时候就已经用过了。记者了解到，村民们所使用的种子，都是从村里的一个种子代理商那里购买的，这个代理商'
     '是浚县县城里的一个种子营销点进的货。代理商说，在发现第二批种子出现问题后，他也找到经销商询问，经销商'
     '也承认自己的种子质量有问题，但是对于赔偿问题，经销商却不愿意接受。那么，村民们所使用的种子到底有没有'
     '问题呢？记者电话联系上了种子的经销商刘某。当记者拨打当地种子管理站电话的时候，却一直提示电话无法接通'
     '。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://yybnet.net/baise/debao/201209/2030693.html',
     '今年7月，德保县马隘镇3名农民到工商部门投诉称，马隘镇上的某农资公司销售人员推荐他们种一种玉米，这个'
     '品种适合本地种植，而且产量较高。可是他们买回来的种子发芽率却很低，严重影响正常的农业生产，他们多次与'
     '该农资公司协商，均未果，所以寻求工商部门帮助维权。德保县工商局会同农业局派员到现场进行实地调查，发现'
     '该批玉米种子是马隘镇某农资公司经销四川某种业有限公司的产品，包装袋上标注的种植区域为“四川山区及热量'
     '条件较好的田块区域种植”。其实这批玉米种子并不适合在本地的土壤种植，但该农资公司销售人员仍对农户说该'
     '种子适合本地种植，其行为违反了《消费者权益保护法》的有关规定。同时该农资公司购进的种子没有按照《种子'
     '法》的规定建立健全的进货索证索票制度，工商部门要求种子销售公司赔偿该3名农民经济损失1350元，并对'
     '其进行立案调查。近年来，农民投诉种子质量问题的案件有上升趋势，每年的3月到8月农民投诉农资问题成了热'
     '点问题。因此，工商部门提醒广大农民消费者，在选购农资商品的时候应当注意产品信息，避免购买到不适宜当地'
     '农业生产的农资商品，当发现种植的作物发苗率低或种植的作物与同类作物相比有明显差异时，一定要查找出原因'
     '。如果是种子问题，要找经营者协商交涉或到农业、工商、质监等相关部门投诉，及时维护自身的合法权益。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://theworldseeds.cn/index.php?p=8402',
     '“你是报社的，你给俺老百姓反映反映种子的事吧？”11月3日下午，当记者在林州市城郊乡桃园村的麦田里为'
     '一位正在喷洒灭草剂的农妇拍照时，农妇向记者提出了这样的要求。这位农妇叫李新爱，今年60岁，当时她在麦'
     '田里喷洒灭草剂，她80岁的公爹正在清理地头的玉米秆。记者问：“老乡，你说的是啥种子？种子怎么了？”李'
     '新爱停止了喷洒，背着喷雾器站到地头，从一捆玉米秆中翻拣出了一穗漏掰的玉米，对记者说：“你看看，俺今年'
     '种的玉米大多都是这么大，跟往年的差远了，我就觉着种子有问题，老百姓种地最怕买到赖种子。”接着，她用手'
     '比划了一下说：“往年的玉米有这两倍长。”老人掰下那个玉米，扔了玉米秆，说：“不光是玉米种子有问题，小'
     '麦种子有时也会出问题，小麦种下去，麦秆长得不低，可就是不结麦子，或不长麦穗，这些年我们村里种地的也碰'
     '到过。老百姓种地不容易，碰上赖种子就耽误一季的收成，可心疼了。希望你们报社的人能给老百姓反映反映。”'
     '记者问：“你们是从哪里买种子的？”老人说：“有时从县城种子门市部，有时从村供销社，有时买那些开着三轮'
     '车走村串户的小贩的，有些小贩来村里卖种子还送洗衣粉或小盆儿。”',
     'out', '其他', False, [],
     []),
    # 21
    ('http://m.gowu797.com/news/26/news_126216.html',
     '種子是農業的“芯片”，也是糧食安全的重要保障。把牢糧食安全主動權，確保糧食產能和品質，必須抓住種子安'
     '全這個要害。近年來，各地紀檢監察機關堅持嚴的基調、采取嚴的措施，深化開展糧食購銷領域腐敗問題專項整治'
     '，查處了一批涉及種子安全、危害糧食生產的案件，為夯實糧食安全根基、全面推進鄉村振興提供了堅強保障。透'
     '視查處的案件，種子領域腐敗和不正之風主要表現在以權謀私、“靠種吃種”、失職瀆職三個方面。在統一供種時'
     '期，有的種子經營企業出于入圍補貼品種、縮短補貼款結算周期、提高供種面積等目的，主動向相關工作人員貼靠'
     '“表示”，干部與商人互相勾結，大搞利益輸送。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://nync.xingtai.gov.cn/news_show.aspx?id=5614',
     '为有效维护农业生产秩序，保障国家粮食安全，2022年农业农村部先后部署开展了农业综合行政执法“护奥运'
     '、保春耕”、种业监管执法年等活动。各地农业综合行政执法机构聚焦品种权保护、农资质量等领域，加大执法办'
     '案力度，查办了一批违法性质恶劣的案件。日前，农业农村部从中选取了10个典型案例予以公布。2022年1'
     '月，山东省济南市农业农村局接群众举报，邵某某等人涉嫌无证生产经营假劣玉米种子。济南市农业综合行政执法'
     '支队执法人员立即开展核查，发现邵某某等人未取得种子生产经营许可证，在济南市4个区建立生产窝点，非法生'
     '产经营玉米种子且数量较大，涉嫌构成犯罪。济南市农业农村局商请济南市公安局提前介入，并积极配合公安机关'
     '查明邵某某等人生产涉案玉米种子共141个品种，在山东省聊城市、泰安市、德州市、潍坊市等多地建立分销渠'
     '道销售涉案玉米种子。经依法抽样送检，涉案141个玉米品种有106个为假种子，11个为劣种子。经公安机'
     '关进一步侦查，目前已查明涉案假劣玉米种子约1200吨，涉案金额1200万元。2022年4月，贵州省毕'
     '节市七星关区农业农村局接群众举报，七星关区某农资公司涉嫌经营假大豆种子。经立案查明，该农资公司从黑龙'
     '江省哈尔滨市某农业发展公司购进96吨商品大豆，以安顺市农科院选育的“安豆10号”名义对外销售，涉嫌经'
     '营假种子。至案发时，当事人已销售涉案大豆种子92.72吨，销售金额250万元。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH172, "fresh172")
