"""Sealed batch fresh97: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh95th.py; the batch and its row ids are fresh97.)

Theme: 信访 and 维稳: officials intercepting, detaining or beating petitioners (a 信访局副局长
guarding a Beijing 黑监狱, a 信访局副局长 beating a 70-year-old at a 大接访, a 镇信访办主任 sending a
petitioner to a mental hospital, 街道 cadres convicted for a 截访 that ended in suicide, police sent
against villagers who reported a 乡党委书记, a "上访妈妈" put in 劳教), retaliation against
reporters (a 村支书's thugs beating a reporter to death, a 县委书记 jailing posters, a poster
prosecuted for defaming a 镇书记), paying to delete posts (a 县委书记's 3.8万元, 网警 bribed by other
网警 to delete local governments' negative posts) and an old couple petitioning against their
村长; out items are petitioners' own claims with no official's misconduct alleged: two long
lawsuits, a 征地拆迁 petitioner and residents waiting for resettlement, 代课/民办 teachers' pay
and pensions, a family's letter asking help, and three pieces on 接访 and thanks.
Sources (stored-pages search): a 阿波罗网 hk copy of 許志永's "探訪京城黑監獄(二)" (traditional); a
维权网 blog report on 周秀华 (芜湖 镜湖区); a zgmywqzx copy of the 新京报 report on 孙法武 (新泰
泉沟镇); a givemeawish copy of the 新京报 comment on the 龙口 李淑蓮 case (traditional); a pubchn
copy of the 红网 comment on 郭成志 (邯郸 河东村); a 2002 人民报 item on 巨鹿, 宁陵 and 任伟; an 阿波罗网
copy of 冉云飞's comment on 高唐 孙兰雨; a 新浪 copy of the 中国青年报 report on 段磊 (曹县); a
jssljx copy of a comment on the 蕲春 删帖 case (converted, traditional); a forum copy of "“魔警”
启示录" on 魏一宁; a 新浪湖南 copy of the 新华网 report on 唐慧; a 劝返 cadre's essay on an old
couple (iverstown); out: two 现代快报 reports (胡大申 in 宿州, 樊杰 in 射阳), a ppfocus copy of the
央视《新闻调查》 text on 熊海峰 (嘉善, traditional), a ttnews item on the 瀛东小区 拆迁户, 姚立法's
blog on the 秦安 代课教师, a 维权网 item on 内蒙古 民代幼教师, a 船山区 government mailbox letter,
a 睢县 news item on the 县长's reception day, a how01 copy of a 开鲁 thank-you story
(traditional) and a 雅安 government item on a 荥经 锦旗. Five texts are in traditional script
(001, 004, 009, 015, 021).

Conventions: as in fresh62th.py. Excerpts as published (whole sentences kept, paragraphs and
sentences cut; page junk such as headlines, sub-headings ("再进精神病院", "上访的代价", "“网警同盟”",
"16年官司耗尽家财", "第一集：對峙"), bylines ("(维权网信息员周维林报道)", "作者 姚立法", "本刊记者
刘念国/整理"), datelines and source tags ("据中国青年报报道", "(12月4日《中国青年报》)"), repeated
captions, "(待续)", the programme's "以下是該期…" line, mailbox header rows and the truncated last
sentences of the stored copies removed); paragraphs joined; ASCII punctuation written full-width
except inside numbers ("3.8萬元", "9.5万元"); stray spaces removed (005, 008); glossing pinyin
removed (009). Page oddities kept: the dates with lost digits "821", "2012320", "330日", "10许",
"1040分" and the two spellings 周秀华/周秀英 (002); "今年10月" beside "去年10月19日" (003); "辽宁省宁陵县
孔集县" and "好形像" (006); "能势", "孟洲市", "纪录" (007); "登薄" (012); "2005年1月22月" (014);
"(55)" and "1130分至1220分" (017); "2018521日" (018); the converted copy's "這么", "后臺" (009).
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, hired guards and thugs without a post and officials who only
handled, received, investigated, announced or answered are not accused; an organ or an unnamed
group accused as a whole gives no entry; an unnamed accused official is (None, position, unit).
Names, positions (as first written with the name; "原" before the unit dropped as in fresh49th.py,
"现任" kept as in fresh16th.py) and units as written; unit None when the text does not tie the
person to a named unit. Topics only from the twelve names of triage.md. Places and dates
unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (003, 011,
012). Out types: 涉法涉诉 2 (013, 014), 征地拆迁 2 (015, 016), 个人利益诉求 3 (017-019), 其他 3
(020-022). 12 accused entries, all in items 1-12 (none in 011): 8 with a full name (劉鳳祥, 周恒峰,
安士智, 白虎林, 任伟, 孙兰雨, 郭峰, 魏一宁), 1 masked (刘某允), 3 post only. Out items have no
accused entry.

Close calls:
 1  Traditional, first-person blog; the heading "2008年9月22日, 探訪京城黑監獄(二)" cut; ends before
    the truncated "我掏". "開封市信訪局副局長劉鳳祥": ('劉鳳祥', '副局長', '開封市信訪局'); the hired
    看守 are unnamed private guards; 王金蘭 is the victim, 黎雄兵 a lawyer. Topics 群众纪律 (beating
    and holding petitioners) and 滥用职权.
 2  Byline cut; ends before the truncated sentence. "信访局副局长周恒峰": '副局长', unit the
    "芜湖市镜湖区政府信访局" named just before, city prefix dropped ('镜湖区政府信访局', as 赛罕他拉村 in
    fresh86th.py). 孙帮涛 (区人大副主任) received the visit and sat by "并未阻止": not accused (could
    be read as accused for not stopping it). The 房屋拆迁 matter is only named as the reason for
    petitioning: not mixed.
 3  Mixed: the 煤矿塌陷 compensation the village never received (own claim; "村干部称已发放" names no
    one) beside the 信访办主任 seizing him for the mental hospital: ('安士智', '信访办主任',
    '新泰市泉沟镇'). The 镇政府 and 派出所 are organs; the 十多人 who cut his son are not tied to any
    official. Sub-headings cut; ends before the truncated sentence.
 4  Traditional; headline and the lead (the same sentence as the one kept near the end) cut; ends
    before the truncated sentence. The "三名幹部" of the 東萊街道辦事處 are an unnamed group: no
    entry; the single "1名辦事處人員" who watched on the monitor is one post-only entry (None,
    '辦事處人員', '龍口市東萊街道辦事處'). The 保安 are private; 劉明霞 is a victim.
 5  The comment opens with the 中国青年报 facts; the source tag cut; ends before the truncated
    paragraph. 白虎林 '现任村支书', unit '河东村'. 江更友 (信访局长) and 代昌明 (乡党委书记) led the
    接访 and the beating happened "当着…的面": read as the officials who handled the visit, not
    accused (close). Topics 贪污贿赂 (占用赔偿款) and 群众纪律 (打击报复).
 6  The 遂宁 lawsuit story before and its bridge sentence cut. Three stories; only 任伟 is named:
    the page writes "辽宁省宁陵县孔集县…该乡党委书记任伟" (garbled; the 乡 is the 孔集乡 of the
    paragraph before): ('任伟', '党委书记', '孔集乡'). 政府, 县公安局 and 乡派出所 are organs;
    村干部/乡干部 unnamed groups. Topics 群众纪律, 贪污贿赂 (贪污购粮款), 滥用职权 (police sent against
    the reporters); the 大吃大喝 (1997) could add 八项规定.
 7  冉云飞's comment; byline and the subtitle line ("恶霸官员榜样：…") cut; ends before the
    truncated "更可怪的是…". "山东高唐县委书记孙兰雨": ('县委书记', '高唐县'), as 大兴镇党委书记 in
    fresh62th.py. The other cases (彭水, 五河, 志丹, 孟洲) name no official. 董伟, 王子峰 and 扈东臣
    are the jailed posters.
 8  Hard: the source line cut; ends before the truncated sentence. In: the posts' allegations
    against "曹县庄寨镇书记郭峰" ('镇书记', '庄寨镇') relayed, the 县纪委 found nothing, and the poster
    was held for 150 days on a 79-view post; 公安局/检察院/法院 act as organs; 李会清 is the lawyer.
    Could be read as out 涉法涉诉 (a defamation case). Topics 贪污贿赂, 廉洁纪律 (强揽工程), 生活纪律
    (包养情妇).
 9  Converted copy: the glossing pinyin ("據(jù)", "報(bào)道"…) removed; two sentences garbled in the
    copy ("因?yàn)榫W(wǎng)帖…", "他們想要?jiǎng)h除…") cut; ends before the truncated "這些錢是他個…". The county
    and the secretary are unnamed: (None, '縣委書記', None). Topic 滥用职权 (paying to remove
    criticism); 廉洁纪律 too if the money was public (the text asks).
10  Title, byline and the sub-heading cut; ends before the list of the other payers. 魏一宁 first
    "原海口市公安局网警支队一大队副大队长": ('副大队长', '海口市公安局网警支队一大队'); 刘某允 ('网警',
    '河南省濮阳市公安局') paid him to delete posts: accused. The other ten 网警 are an unnamed group.
11  Mixed, hard: the dateline paragraph on her trip home cut; ends before the truncated
    paragraph. Her own claims (death sentences, 184万元: 涉法涉诉) beside the alleged 渎职 of
    "个别民警" (an unnamed group) and the 劳教 ordered by the 劳教委 (an organ): no entry. The
    court and the convicted men are not officials' misconduct. Could be read as out 涉法涉诉.
    Topics 工作纪律 (渎职, 假材料) and 滥用职权 (劳教 of a petitioner).
12  Mixed: an essay by a cadre sent to fetch petitioners; the couple's path and land
    compensation (own claims) with the 村长 who blocked the path, gave their land to a developer,
    bullied villagers and became 村支书. He and his village are unnamed: (None, '村长', None). The
    省信访局局长 only receives. Ends before the truncated sentence.
13  涉法涉诉: a 2200元 lawsuit of 16 years; sub-heading cut; ends before the truncated quote. The
    courts only act; no official's act alleged.
14  涉法涉诉: a debt judgment reopened on the debtor's petition; sub-headings cut.
15  征地拆迁, traditional: a petitioner's daily visit over his land and house; the programme line
    and sub-headings cut; ends before the truncated 周宏 quote. Speaker labels kept.
16  征地拆迁: 拆迁户 waiting nine years for resettlement; repeated headline captions and the
    sub-heading cut. The delay is put on eleven households; the 镇村干部 only persuaded.
17  个人利益诉求: 55 代课教师 petition for pay and pensions; byline cut, the paragraphs on 秦安's
    population and 女娲 and the rhetorical "是谁的耻辱？…谁来担责？" cut; the 局长s only meet them.
18  个人利益诉求: 民代幼教师 petition on pensions; byline, the 微信群 paragraph, "(待续)" and the
    附件 list cut.
19  个人利益诉求, hard: a mailbox letter from a doctoral student asking help for his parents; the
    title row cut; ends before the truncated request sentence. Could be 其他.
20  其他: a 县长's reception day; the matters raised are listed only by kind.
21  其他, traditional: a thank-you letter after the 信访局 got a flat's heating fixed.
22  其他: a 锦旗 after a 拆迁安置补偿 petition was settled; could be 征地拆迁.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH97: list[Item] = [
    # 01
    ('http://hk.aboluowang.com/2008/0929/104898.html',
     '昨天接到一個河南上訪者王金蘭的短訊，她被非法關押在陶然亭公園附近太平街青年賓館後門一個地方政'
     '府辦的黑監獄裏，我去了那裏，見到了她，她不能出來，我在窗外往裏拍照，被看守毆打。稱之為黑監獄'
     '一點兒也不為過。這裏關押數十名上訪者，政府僱傭打手看管。與正規的監獄相比所不同的是，這裏監禁'
     '的上訪者完全是無辜的，他們在國家信訪局或者最高法院等信訪部門正常上訪時被帶到這裏關押，沒有經'
     '過任何法律手續。我打算把這個黑監獄曝光，今天又來到這裏。剛剛進入青年賓館南側胡同不遠，就看到'
     '一個黑監獄的高個子看守坐在凳子上和人聊天，幾乎同時他也認出了我。距離黑監獄的門口幾十米拐角處'
     '就是62中學門口，我在校門口觀察地形，希望可以找到一個方便拍攝的地方，一邊和朋友們聯繫，黎雄兵'
     '律師正在趕過來。等到近六點，黎律師因為堵車還在很遠的地方，怕天黑下來，所以決定我一個人進去。'
     '我的記者朋友在62中學門口作為接應。未到黑監獄門口，四五個看守已經在等候了。剛走近，他們就喝問'
     '幹什麼，我說要找一個人，對方說讓我趕緊離開。其中一個穿紅上衣的看守很面熟，如果我沒有記錯的話'
     '，此人就是開封市信訪局副局長劉鳳祥，三年前在國家信訪局門前胡同里，他和眾多的接訪者曾經毆打過'
     '我，沒想到這裏又碰面了。我說你們這樣非法拘禁上訪者是非法的。劉局長大聲說，誰說我們拘禁人了？'
     '他們都是自願的。我說，隨便舉一個例子，王金蘭是自願的嗎？他說，你怎麼知道她不是自願的？',
     'in', None, False, ['群众纪律', '滥用职权'],
     [('劉鳳祥', '副局長', '開封市信訪局')]),
    # 02
    ('http://wqw2010.blogspot.com/2012/08/blog-post_9830.html',
     '安徽省芜湖市七旬老访民周秀华因上访被信访局局长殴打，821到安徽省公安厅上访，期望能够获得公正。'
     '安徽省芜湖市七旬老人周秀英是因为房屋拆迁问题而上访，2012320，她在芜湖晚报上看到芜湖市市委书记'
     '高登榜书记关于开展大接访活动的讲话，深受鼓舞。330日上午10许到芜湖市镜湖区政府信访局参加大接访'
     '，见信访局无人接谈，于是到区政府要见领导，保安不同意，然后联系了区人大副主任孙帮涛接访，1040'
     '分开始接谈，信访局副局长周恒峰等三名信访局工作人员陪同。在周秀华向孙帮涛副主任陈述上访事由时'
     '，周恒峰副局长多次插话，周秀华请他不要插话，因自己年纪大记性不好，插话打断说话思路，周恒峰副'
     '局长称自己是信访局长为什么不能插话？周秀英说：“今天是领导大接访，不是你区信访局局长接访。”并'
     '咕噜了一声：“真是混账逻辑。”周恒峰副局长闻声大怒，用手猛的一拍桌子，喝道：“你骂人！”就离开座'
     '位，一把揪住周秀华的衣服往下拖按，生怕跌倒的周秀华情急之下两手乱划，抓住了周恒峰的衣服。40多'
     '岁、身高马大的周恒峰将周秀华拖往房间边门，而接访的区人大孙帮涛副主任与另两名信访局工作人员则'
     '一声不吭的坐着，并未阻止周恒峰的行为。周恒峰将周秀华拖进边门的一处小房间时关防盗门时，躺卧在'
     '地的周秀华的腿被防盗门夹伤。关上门后，周恒峰将周秀英的手反关节扳着，使周秀华疼痛难忍，并用力'
     '踢周秀华的膝关节。剧烈的疼痛使周秀英发出惨叫，并喊出：救命啊，信访局长打人！',
     'in', None, False, ['群众纪律'],
     [('周恒峰', '副局长', '镜湖区政府信访局')]),
    # 03
    ('http://zgmywqzx.cn/msgz/4251.html',
     '今年10月，山东新泰农民孙法武赴京上访时，被镇政府抓回送进精神病院20余日，签下不再上访的保证书'
     '后被放出。记者调查发现，在新泰，因上访而被送进精神病院者不是个例。当地政府表示信访压力巨大，'
     '若出现越级上访，会受上级处分。去年10月19日8时30分，山东泰安汽车站。57岁的新泰市泉沟镇大沟桥村'
     '农民孙法武一下车，就四处张望寻找。约好的同伴还没到。突然，一辆面包车“嗖”地停在老孙面前。车上'
     '下来三人，将他半包围了。老孙认得其中一人，新泰市泉沟镇信访办主任安士智。“干什么去？”“北京打工'
     '去。”“打什么工！你是去上访。不能让你走！”两男子一左一右上来，老孙被塞进面包车，送进镇派出所，'
     '关在一间屋里。次日11时，老孙被送到新泰市精神卫生中心（下称新泰精神病院）。老孙是新汶矿务局小'
     '港煤矿职工，去年底退休。因镇煤矿长期采煤，老孙所在的大沟桥村地面大面积塌陷，地没法耕种了，村'
     '里大量房屋也斑裂毁坏。1988年起，泉沟煤矿向大沟桥村多次补偿。按补偿标准，老孙家可获4万多元。但'
     '据老孙及村民徐学玲等人讲，全村300多户都没领到补偿款，而村干部称已发放。2001年起村民选出数名代'
     '表去上访，老孙是代表之一。2003年11月，新泰市纪委调查组调查后，认为孙法武等村民的补偿款已发放'
     '。老孙等人不服，2004年9月28日向新泰市纪委递交了审计该调查报告的申请。三天后，当年10月1日晚，'
     '十多人闯入老孙家打砸。当时老孙没在，老孙的儿子、新婚第五天的孙贵强被砍成重伤。孙法武再次踏上'
     '信访之路，“市、省、中央不停地跑，不停地递材料”。村民补偿费的事和儿子的事至今无果，而老孙“不停'
     '地跑”，不停“被拘”。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('安士智', '信访办主任', '新泰市泉沟镇')]),
    # 04
    ('https://givemeawish.net/blog/%E6%96%B0%E4%BA%AC%E5%A0%B1%E8%AB%87%E8%A8%AA%E6%B0%91%E8%87%'
     'AA%E6%AE%BA%E5%B9%B9%E9%83%A8%E7%8D%B2%E7%BD%AA%EF%BC%9A%E6%88%AA%E8%A8%AA%E6%9C%AC%E5%B0%'
     'B1%E9%9D%9E%E6%B3%95.html',
     '據報導，山東龍口訪民李淑蓮被非法拘禁案於12月28日宣判，四名公職人員構成非法拘禁罪並被法院判刑'
     '。時隔9年後，該案徹底畫上句號。復盤該案案情，又跟截訪有關：龍口村民李淑蓮和劉明霞2002年至2009'
     '年多次赴省進京信訪，2009年9月龍口市東萊街道辦事處三名幹部商議決定，雇人對二人進行封閉看管和毆'
     '打體罰。二人被帶至賓館後，三名保安（另案處理）對她們體罰毆打，還有1名辦事處人員通過監控觀察。'
     '10月2日晚，李淑蓮被發現自縊身亡。與此前有些訪民被黑保安毆打致死、在黑監獄非正常死亡後，只有黑'
     '保安被追刑責不同，李淑蓮案里當地司法機關不是淺「責」輒止，而是追根溯源，對組織截訪者追究刑事'
     '責任。這也能給部分基層工作人員以警示：不能以違法犯罪的方式，對待訪民和上訪、信訪活動。在該案'
     '中，李淑蓮自縊身亡的確是個「變量」——會將這起惡劣事件帶入公共輿論場。但即便沒有該情節，即使所'
     '雇用的人員沒有毆打行為，僅是非法拘禁行為本身，就已涉嫌違法犯罪。依照《刑法》《治安管理處罰法'
     '》和最高檢相關司法解釋，非法限制他人人身自由超過24小時，就構成犯罪，即使時間較短，構不成犯罪'
     '，那也該被治安拘留處罰。就算不是把上訪人控制在賓館或交給黑監獄，而是僅強行截訪、把其強行拉回'
     '，也構成非法限制人身自由乃至非法拘禁罪。由此看，截訪活動從產生之日起，就注定是種非法行為。遺'
     '憾的是，由於截訪有時候並非個別公職人員「個人行為」，而是跟地方濫用「一票否決」權帶來的壓力有'
     '關；以往該現象也很常見，截訪的違法性質也在追責環節被忽略掉。',
     'in', None, False, ['群众纪律', '滥用职权'],
     [(None, '辦事處人員', '龍口市東萊街道辦事處')]),
    # 05
    ('https://www.pubchn.com/news/show.php?itemid=52112',
     '10月15日，河北邯郸市河东村老支书郭成志同其他4名村民到北京举报现任村支书白虎林违法占用村里的土'
     '地、占用赔偿款数以亿计等经济犯罪问题。丛台区委、政府领导得知消息后，派信访局、乡领导进京接访'
     '，被举报人白虎林随后也带着10多名打手同时追到北京。当着信访局长江更友、乡党委书记代昌明的面，'
     '三个打手对郭成志又打又骂，并把郭成志等4人塞进被举报人派来的两辆面包车里。一番殴打后郭成志身体'
     '高位截瘫，最终在医院含恨而死。众所周知，打击腐败是离不开举报的。举报，在中国当下已成了一个家'
     '喻户晓的名词。公民举报腐败，不仅是法律赋予的神圣民主权利，也是国家吸取民间力量参与社会治理、'
     '遏制违法犯罪行为的制度安排，更是公民履行监督权的一种具体方式。现实生活中，一些公民之所以冒着'
     '难以预料的风险举报犯罪行为，体现了高度的社会责任感和身为公民的道德良知。不论是检察、纪检监察'
     '机关，还是执法、信访部门，对在力量上明显处于弱势的举报人给予必要的保护，乃是题中之义和应尽之'
     '责。但遗憾的是，由于举报人举报的问题，绝大多数是与政府的公权力有关联，举报人与公权力的掌握者'
     '双方力量悬殊，导致举报人面临着“羊”举报“虎”的困境。诸如举报信回到被举报人手中，举报信被公开张'
     '贴，举报人遭受打击报复的事件屡屡发生。据悉，全国每年发生的举报人致残、致死案件，从上世纪90年'
     '代每年不足500件，上升到现在的每年1200多件。在这种环境下，公民举报的勇气和热情往往会在众多“前'
     '车之鉴”下逐渐消退乃至消失。',
     'in', None, False, ['贪污贿赂', '群众纪律'],
     [('白虎林', '现任村支书', '河东村')]),
    # 06
    ('https://renminbao.com./rmb/articles/2002/4/5/20138p.html',
     '1998年8月，河北巨鹿县南花窝村村民因本村拒不履行《村民委员会组织法》，不搞财务公开，而集体上访'
     '，当地政府出动大量警察前来围庄，鸣枪抓人，对带头闹事者予以拘禁，并私设公堂，非法关押村民代表2'
     '0多天，每天收取70块钱管理费。河南省宁陵县孔集乡岳柴村的村民因为对村干部在收购国家定购粮上做手'
     '脚以及乡干部吃喝浪费，财务不公开等问题不满，到县、区信访部门行使了上访的权利，结果在半夜，县'
     '公安局及乡派出所出动100多名民警，20辆警车抓人。辽宁省宁陵县孔集县8位村民，97年7月检举该乡党委'
     '书记任伟等官员，乱花公款大吃大喝及贪污购粮款，今年9月，任升县公安局长，马上派出百名公安，逮捕'
     '8名村民，进行毒打，公安人员逼迫一名60岁老人柴月廷跪在地上，令其14岁的孙子用皮带抽打，其孙拒绝'
     '也被公安毒打。8人中目前有5人关押1个月后释放，另外3人则以「妨害公务」被逮捕。书记横，警察坏，'
     '这农村的书记、警察在农民心目中还能有好形像？',
     'in', None, False, ['群众纪律', '贪污贿赂', '滥用职权'],
     [('任伟', '党委书记', '孔集乡')]),
    # 07
    ('https://www.aboluowang.com/2007/1224/68064.html',
     '一直以来，政府在许多方面频频越界，与民争利，腐败蔓延，专横霸道，使得民怨沸腾。而他们面对民怨'
     '的方法，不是好好地解决事情本身，而是以打压各种批评的声音为能势，从重庆彭水诗案到安徽五河短信'
     '案，再到陕西志丹县的短信案，以及河南孟洲市的农民因言获罪，并受到游街示众惩罚的恶行，再到目下'
     '山东高唐县委书记孙兰雨滥用手中的职权，惩治他辖下稍有不同声音，将董伟、王子峰、扈东臣关进看守'
     '所达二十多天，同时还命令该县电视台连续播放五天，说公安局破获一个利用网络攻击县委县政府的特大'
     '犯罪团伙，真可谓滑天下之稽。批评政府是公民的天职，政府不是拿来供着的，是拿来批评的。政府因有'
     '许多权力，且该权力不受监督，往往其为恶倾向非常明显，这就是为什么政府权力必须得到有效制约的原'
     '因。一直以来，最高当局以“伟光正”自居，误导了他下面的地方政府的一把手或者一些有势力的官员，频'
     '繁采取为恶的手段，来压制不同的声音，以彰显其恶政，并因此而为政府的恶行又增添一项罪恶的纪录。'
     '最高当局把批评政府当作颠覆国家，那么地方政府便会以攻击省市县领导来打压不同的声音。领导是我们'
     '纳税人养的，我们老百姓必须拿他当作神来供起吗？领导是什么东西？领导不过就是执行公众利益的一个'
     '托管者和打工者而已。即他不合格就应该将其曝光，应该让他下台走人。如此泛滥的动用公权力，来为官'
     '员的私利服务，不过是掩盖其无处不充满民怨的恶政。',
     'in', None, False, ['滥用职权', '群众纪律'],
     [('孙兰雨', '县委书记', '高唐县')]),
    # 08
    ('http://tech.sina.com.cn/i/2009-07-25/15533294685.shtml',
     '原定8月3日再次开庭的“山东曹县青年发帖举报镇领导被公诉案”今天出现变故，7月24日凌晨3点左右，因'
     '发帖举报镇领导被公诉的曹县青年段磊被释放。此前一天，曹县人民法院裁定，准许曹县人民检察院撤回'
     '起诉。曹县人民检察院撤回起诉的理由是“证据不足”。7月24日，曹县公安局下发了《撤销案件决定书》，'
     '撤销该局办理的段磊涉嫌诽谤案。同一天，曹县公安局签发了对段磊的释放证明。段磊昨天下午对记者表'
     '示，自己尚未确定是否要提起上诉或申请赔偿。今年2月初，山东曹县28岁青年段磊在天涯社区、新浪博客'
     '和百度贴吧，以“写给省委领导的一封举报信”等标题连发6篇内容相同的帖子。帖子称，曹县庄寨镇书记郭'
     '峰“大量贪污受贿，利用职务之便，为亲戚朋友强揽工程，长期包养情妇，其子郭某经营KTV并卖毒吸毒、'
     '卖淫嫖娼”等。此后，曹县县委责成县纪委牵头，组成由组织、监察、政法等部门参加的联合调查组，对所'
     '反映的问题进行了认真的调查核实，未发现段磊所反映的问题。2月25日，段磊被拘留，4月3日被逮捕。7'
     '月6日，曹县人民检察院对段磊涉嫌诽谤罪一案提起公诉。公诉机关认为，被告人段磊故意捏造事实，在互'
     '联网上对他人进行诽谤，损害了他人的人格、名誉，严重危害了社会秩序，情节严重……应当以诽谤罪追究'
     '其刑事责任。曹县公安局网监大队2月10日做的《网上诽谤案远程勘验笔录》显示：经在百度、谷歌两个网'
     '站，先后分6次以“曹县、郭峰、博客”等关键词进行搜索，其中3个帖子未标注浏览量，另3个加起来的浏览'
     '次数为79次。段磊案代理人、北京华一律师事务所律师李会清认为，这不能说明帖子造成了广泛的影响。',
     'in', None, False, ['贪污贿赂', '廉洁纪律', '生活纪律'],
     [('郭峰', '镇书记', '庄寨镇')]),
    # 09
    ('http://jssljx.com/plzhx/dlgc/201505/t20150521_9853734.htm',
     '據新華社報道，近日，湖北省蘄春縣公安局破獲一起特大有償刪帖案，全國22個省市近2000人涉案，涉案'
     '金額超過5000萬元。其中，一名26歲從事刪帖業務的犯罪嫌疑人4年凈賺780余萬元。而這條龐大黑色利益'
     '鏈主要客戶則包括政府官員、知名企業和明星等。有償刪帖背后，原來隱藏這么大的利益江湖，確實令人'
     '震驚。這些犯罪嫌疑人罪有應得，不用多說，但有個問題很多人肯定想問，這些前臺的“操盤手”被抓了，'
     '后臺出錢雇傭他們的那些人，能不能被追究呢？通常而言，希望搞有償刪帖的人都是動機不純。網貼曝光'
     '了短處，所以要用鴕鳥心態來尋求“私了”。換言之，發帖和刪帖之間，是一種監督和反監督的關系。這種'
     '關系如果體現在民眾和官員之間，就更為惡劣。如果出錢的是明星或者企業，往往是為了掩蓋自身短處，'
     '和公共利益可能還沒有直接關聯，而且他們雇傭黑客或者公關公司，也比較容易被曝光追責。出錢雇人刪'
     '帖，在法律上該承擔怎樣的責任，可能還不明確。但官員如果這么做，至少問責是必須。湖北破獲的案件'
     '中，“山西某縣縣委書記”為了刪帖支付了3.8萬元。',
     'in', None, False, ['滥用职权'],
     [(None, '縣委書記', None)]),
    # 10
    ('https://difangwenge.org/forum.php?mod=viewthread&tid=21056',
     '2013年12月20日，原海口市公安局网警支队一大队副大队长魏一宁因为受贿，被一审判处有期徒刑10年。'
     '这不是第一个被判刑的网警。不过，与以往被判刑的网警多收受商业公司贿赂不同，本案中的行贿者，是'
     '来自全国6省11地市公安机关的11名网警。法院查明，魏一宁利用自己监控网络舆情的工作便利，先后280'
     '多次帮助外地网警删除当地政府机关的负面帖子，并收受贿赂共计709980元。魏一宁被判刑是被河南省濮'
     '阳市公安局网警刘某允牵扯出来的。2012年11月，刘某允被河南公安厅纪委调查，供述在此之前的2年多里'
     '，他先后47次通过银行转账的方式向海口市公安局网警支队一大队副大队长魏一宁行贿101600元。案件线'
     '索由河南移送至海南。海口市检方调查发现，向魏一宁行贿的外地网警竟然多达11人。',
     'in', None, False, ['贪污贿赂', '滥用职权'],
     [('魏一宁', '副大队长', '海口市公安局网警支队一大队'), ('刘某允', '网警', '河南省濮阳市公安局')]),
    # 11
    ('http://hunan.sina.com.cn/news/s/2012-08-11/173411400.html',
     '一切肇始于6年前的一场厄运。2006年10月，在柳宗元笔下的“永州之野”，发生了一起令人发指的“11岁女'
     '孩被逼卖淫”案。受害者乐乐遭多人强奸、并被逼卖淫，直到3个月后才被家人和民警从魔窟中解救。这一'
     '案件的立案和审理几经波折，受害人母亲唐慧为此多年持续上访。她认为，在立案和审理期间，当地个别'
     '民警存在渎职行为，还帮助犯罪嫌疑人炮制“立功”的假材料等，她强烈要求法院对7名犯罪嫌疑人判处死刑'
     '、对渎职民警严肃处理，并给予184万元的赔偿。2012年6月5日，湖南省高级人民法院做出终审裁定，被告'
     '人秦星、周军辉被判死刑，陈刚、刘润、蒋军军、兰小强被判无期徒刑，秦斌被判有期徒刑15年。8月2日'
     '，湖南省永州市劳动教养管理委员会认为唐慧“扰乱社会秩序多次被行政处罚后仍不悔改，继续无理取闹，'
     '闹访、缠访，严重扰乱了单位秩序和社会秩序”，因此决定对其劳动教养一年零六个月。这一消息发布后，'
     '舆论哗然。',
     'in', None, True, ['工作纪律', '滥用职权'],
     []),
    # 12
    ('https://m.iverstown.com/Article/gnzs/gongyi/2025-10-20/389135.html',
     '每月的1号，是省信访局局长亲自出面接待上访人员的一天。前些年，去为本系统劝返上访者的我，在省信'
     '访局接待处边上；也就在省府的大门前，我亲眼看到了这样的一幕。一对银发飘飘的老人，穿一身破旧的'
     '棉袄棉裤，在省府值班室的小门旁依偎地坐着。那模样真像两个老叫化子。老太太不一会站起身来拄着拐'
     '棍，蹒跚着向数10步外的信访局接待处走去，在接待处窗口来访者的登薄上，写上了她们的名字（来访者'
     '，每次都要如此这般地登记一回）。然后她再转进那儿的一处公厕。在公厕里，她用带去的大雪碧瓶，接'
     '了瓶自来水又蹒跚着走回。老太太复坐到老头子的身旁，把刚才从公厕里接来的自来水，递给老头儿喝上'
     '几口。看到这一怪异的现象，好奇的我，不由向他们探究起原因——已84岁的老头子姓胡，77岁的老太太姓'
     '苏，是某地的一位农民。他们也是前来上访的。两人先后已上访了10年。上访申诉的是三件事。1：村长家'
     '新造的房子，拦掉了他家进出的路；2：村长把他家的田地划去搞房地产开发了，至今他们没拿到应得的补'
     '偿金；3：那个仗势欺压村民的村长，在村里160多位村民联合签名要求罢免村长的职务。想不到没村长当'
     '的他，可又当上了村支书。这三个问题，他俩一级级上访了这么多年，如今一个也没有解决。于是，不服'
     '的他们就直接来省里上告、上访。打算不讨回个公平、公道，他两老就这样一直告下去，告到老、告到死'
     '为止。老头儿性格看似十分倔强。但他的身体已十分虚弱。他和我说的地方话，我虽听不大懂，但细观他'
     '的神情、神志，其思维还是有条理和清晰的。他说他们到这里上访已经有一个月了！吃住也就在省政府的'
     '大门边。',
     'in', None, True, ['群众纪律'],
     [(None, '村长', None)]),
    # 13
    ('http://dz.xdkb.net/old/html/2008-11/01/content_65794887.htm',
     '宿州市埇桥区栏杆镇的胡大申做梦也没有想到，2200多元的经济纠纷，居然要让自己用16年的时间奔波在'
     '法院和家庭之间。来回800多趟、3万多里的行程只是其保守的算法。究竟是一场什么样的官司使其如此不'
     '计后果奔跑下去？带着疑问，记者日前赶到宿州对此进行了采访。现年68岁的胡大申是宿州市埇桥区栏杆'
     '镇陈楼村的村民。记者在宿州市中级人民法院门口见到胡大申时，他一脸失望，神情木讷，呆呆地蹲坐在'
     '法院大门西边的石台上。见到记者过来，他显得有些激动，眼眶里顿时湿润起来……他拉着记者的手说道，'
     '自己从52岁就开始打这场官司，到现在已经整整16年了，但16年的时间却没有打好一场官司。16年来不知'
     '道吃了多少苦，受了多少罪，可最后得到的结果实在让他无法接受。胡大申告诉记者，以前自己在栏杆镇'
     '信合社里担任信贷员，家里有几亩地，工作之余种种地，全年家里经济收入也较为可观，日子过得很舒适'
     '，在村里也是数一数二的富裕户，村里人都十分羡慕。如今却因为16年前那场小小的经济纠纷，使得自己'
     '几乎倾家荡产，成为村里仅有的几家贫困户。以前他的身体很好，什么毛病也没有，而如今为了这场官司'
     '东奔西走，身体也拖垮了，到医院检查，才得知自己得了冠心病。到现在为止，这场官司已经花了他3万多'
     '元。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://dz.xdkb.net/old/html/2009-04/15/content_68328868.htm',
     '一场简单的官司，历经一审、二审、复查听证、检方抗诉、发回重审等多道程序后被“归零”——以前的一切'
     '都不算数，异地重新立案审理。耗时5年，花了10万，超过了要追讨的9.5万元，但樊杰一直在坚持，在他'
     '看来，官司的输赢关乎名誉和诚信。用樊杰的话来说，这起官司一点儿也不复杂：就是为了向亲戚薛学付'
     '讨债。樊杰手里的三张借据显示，薛学付曾在2003年分三次向他借走了9.5万元钱。由于对方迟迟不愿意还'
     '钱，樊杰只好拉下面子，将他告上了江苏射阳县法院。2004年底，法院两次开庭审理此案。薛学付告诉法'
     '官，那三张借据都是客观事实，不过他与樊杰之间并不是借款关系，而是合伙关系。薛学付从事的是水产'
     '养殖生意，他认为那9.5万元其实是樊杰的投资款，由于生意亏损，这笔投资款当然不该归还。这一观点没'
     '有被法院采纳。2005年1月22月，射阳县法院一审判决薛学付偿还樊杰借款9.5万元。薛不服提出上诉，4个'
     '月后盐城市中院二审判决驳回上诉，维持原判。“本判决为终审判决。”二审判决书文末的一句话让樊杰安'
     '心了，他为能讨回这笔借款而高兴，可是借款还没讨回来，他却在半年后拿到了一份发自江苏省高院的通'
     '知书。上面写着，由于薛学付不服判决，向法院提出再审申请，这起案件将到连云港中院立案审查。一晃'
     '又是半年多，2006年7月中旬，樊杰终于收到了连云港中院寄来的复查听证通知书，上面称将在8月1日上午'
     '对此案进行复查听证。复查归复查，原先的判决并没有失效。射阳县法院也根据已经生效的判决对薛学付'
     '进行了执行，9.5万元钱已经被执行到位。不过樊杰知道，官司并没有结束，暂时进入自己口袋里的9.5万'
     '元究竟归谁还没准。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://ppfocus.com/0/ed0bce7c0.html',
     '在中國基層，徵地拆遷和信訪這兩項工作都被稱為「頭號難題」。這兩個「頭號難題」又往往交織在一起'
     '。2011年11月24日，我們抵達作為全國經濟百強縣之一的浙江省嘉善縣，試圖在這裡觀察基層面臨的「頭'
     '號難題」。在與縣信訪局的一次座談會上，我們接觸到了這樣一個案例，並開始用鏡頭記錄。2012年1月，'
     '嘉善縣縣政府大門。到縣裡上訪的人總會出現在這裡。我們經過連續幾天的觀察，發現一位穿綠色大衣的'
     '老人每天都出現在縣政府門口，他也像縣政府大樓裡的上班族一樣，每天清晨八點準時來到這裡。記者：'
     '「您是每天都來嗎？」熊海峰：「每天都來，我昨天前天都來了。」記者：「一般你在門口做些什麼？」'
     '熊海峰：「做些什麼，我找他們，找縣長、縣委書記出來。我們評理啊，講法律，講憲法。給他們看看，'
     '我就是每天到。」老人名叫熊海峰，今年73歲，是嘉善縣羅星街道魏南社區居民。縣裡徵地拆遷，徵了他'
     '家的四畝多承包地，拆了他和老伴的房子，幾年來他每天都要到縣政府大樓門口報到，和普通上班族不一'
     '樣的是，他的上班時間就這一個多小時，等到政府工作人員都從他眼前進門上班後，他就騎著他的三輪車'
     '回家了。縣信訪局的工作人員提到他都無可奈何。',
     'out', '征地拆迁', False, [],
     []),
    # 16
    ('https://ttnews.xyz/a/5cd58b19dc9b5e75aac8adae?lang=zh-hans',
     '施炳南又一次来到原先居住的地方——瀛东小区拆迁地块。这里，四周虽已建起围挡，却挡不住满目荒芜，'
     '杂草丛生，其间还有几间门窗脱落的小破屋。“这块地2010年开始拆迁，9年了，我隔三岔五来看看，就盼'
     '着能快点动工建房。”施炳南无奈地说。在市房屋征收管理办公室负责人陈忠的文件夹里，有一张市住建局'
     '下发的房屋拆迁许可证，发证日期是2010年5月25日，拆迁范围为瀛东小区拆迁地块，拆迁期限从2010年5'
     '月25日至2010年10月31日止。此后，这张许可证上又一再盖上同意延期的章，一共12个，拆迁期限已延至'
     '目前。据陈忠介绍，当年，因旧城改造需要，这里作为安置房建设区域，共涉及拆迁户402户，选择原地安'
     '置的有300多户。拆迁于2010年5月份启动，目前，大部分拆迁户已搬离拆除，还剩下11户至今未腾房。正'
     '因为此，这块地的拆迁期限一再延迟，安置房建设就此搁置。陈杰家2010年10月28日腾房，也是该地块的'
     '第一个腾房户。“当年，政府说要拆迁，镇村干部上门做工作，我们想着反正早晚要拆，就早早地腾房了。'
     '评估也都是按照标准来的，我家选择了就地安置。”陈杰说。此后，和陈杰一样，大多数拆迁户顾全大局，'
     '陆续腾房搬离。令他们没想到的是，这块地竟然9年还没拆下来。',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('http://yaolifa.blogspot.com/2017/05/55.html',
     '昨天（55）上午近10点钟，甘肃省天水市秦安县的在岗代课教师张孔辉（中山乡）、王丰年（莲花乡）、'
     '柴凤英（兴国镇）、关喜明（刘坪乡）和卢国林（千户乡）55位在岗代课教师，集体到县信访局为工资低'
     '和没交养老保险费上访维权。秦安县现有在岗代课教师192人，最早任教的从1986年开始站讲台，其中1988'
     '年开始任教的占到百分之五十以上。据维权网信息员调查，秦安县的在岗代课教师只有月工资，没有“五险'
     '一金”，他们没有资格评教师职称，他们不分教龄的长短，其工资是一刀切的。比如1988年元月起每人每月'
     '是40；2003年元月起每人每月是150；2007年元月起每人每月是500；2009年元月起每人每月是600；2011年'
     '元月起每人每月是800；2015年元月起每人每月是900；2016年元月起每人每月是1000；2017年元月起每人'
     '每月是1100元。昨天1130分至1220分，秦安县信访局的任局长、教育局任宝民局长、教育局人事股吕东林'
     '股长和教育局师管科胡三顺科长四人，在信访局一楼接待室与55位上访老师见了面。教师们要求全县192位'
     '代课教师工资由现在的每月1100元提高到每月2000元以及为他们办理养老保险。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://wqw2010.blogspot.com/2018/05/blog-post_458.html',
     '2018521日上午，来自内蒙古鄂尔多斯市、呼伦贝尔市、巴盟、包头市、通辽市、兴安盟、呼和浩特市、乌'
     '兰察布市、锡林浩特市和赤峰等市盟的2300多位“被下岗”的原民办、代课和幼儿园的教师，汇合到自治区'
     '政府上访维权。老师们的主要诉求是落实中央文件、解决养老保险。上午，老师们在自治区信访局门前展'
     '示的长长的红色横幅上写着黄色的“强烈要求政府妥善解决民代教师遗留问题”十八个大字。下午，虽然下'
     '起了大雨，老师们仍然打着雨伞、穿着雨衣在自治区政府门前的广场上坚持表达诉求。老师们人人明白上'
     '访维权讨公道十分艰难且心情沉重，但从不少蒙古族老师们穿着像过节的盛装来看，老师们诉求的妥善解'
     '决是指日可待。从维权现场可以看到，有的老师拄着双拐、不少老师用手机在摄像、还有老师在通过扩音'
     '器提醒大家保持好秩序……维权网信息员还了解到，到达呼和浩特上访的老师中，年龄超过八十岁的不止一'
     '人。比如包头市土默特右旗蒋军尧镇西哈家素村的任孝老师，就是一位八十一岁的老者。还有，上访老师'
     '中，包头市土默特右旗明沙淖乡明沙淖村的吴培英老师，是一位七十四岁的教龄超过了40年的老教师。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://www.chuanshan.gov.cn/mail/view.html?bid=a0d1a2963c58971a6e179b96b679f8a2&id=23e0c9'
     'bee80e4f01b14dbc951e0a53f0',
     '政府领导：您好！很冒昧写这封信件。我是永兴镇吉东乡明镜村1社26号一名农民子女，我的家庭人员较多'
     '，爷爷奶奶80多高龄，父亲母亲都是朴素的农民，我是家中老大，还有一个26岁的妹妹，一个23岁的弟弟'
     '。感恩父母勤恳，常年于外打工，透支身体培养我们三个孩子。我目前于四川大学攻读博士学位，妹妹两'
     '年前于成都理工大学本科毕业，目前于成都参加工作，弟弟目前于哈尔滨工业大学硕博连读。对于一个农'
     '村家庭，能培养一个大学生、两个博士甚是不易。可能最艰难的日子我们都挺过去了，我们以为随着国家'
     '的不断强大，我们的日子也会越来越好。而常年打工的父母，他们日益老去，现在从事体力劳动越来越力'
     '不从心。但作为最为简单传统的农民，他们仍为还在读书的两个孩子操心，以至于他们心理都出现扭曲，'
     '处于焦虑抑郁状态，需要药物控制。因我是医学专业，分析他们患病系对自我劳动能力下降的不能接受，'
     '对不能再更多为子女付出的内心不安，甚至是对自我价值否定所致。父亲已在家待业快一年，但是对于他'
     '这样50多岁的中老年，外出务工不再像以前那样容易，体力上的不支，加上身体底子本来就较差，找到一'
     '份维持生计的活实属不易；母亲现在每天早上4点起床，挤着乡村面包车1小时到河东去建筑工地打小工，'
     '很是艰辛。家中三个孩子，只有妹妹在工作，但都只够养活她自己。我和弟弟攻读博士学位，也不能对父'
     '母有所帮扶。现在我们读书有国家补贴，都能养活自己和继续学业。但是看着父母经受心理疾病折磨甚是'
     '难受。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://suixianwang.net/news/shizheng/2015-03-16/14976.html',
     '3月15日，县委副书记、县长吴海燕在县信访接待中心公开接待上访群众，与来访群众面对面交流思想、倾'
     '听民声、为民解忧。副县长李长领及相关职能部门负责人共同参与了接访。在接访过程中，吴海燕认真查'
     '阅每位来访者所反映问题的相关材料，仔细听取来访群众诉求，对现场能解决办理的，都提出具体的落实'
     '意见。对暂时解决不了的，她都耐心细致的向来访者讲解相关政策、法规。据了解，此次接访中，来访者'
     '反映的问题主要涉及宅基地纠纷、债务纠纷、房屋拆迁安置等。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.how01.com/post_aERW03vZEGpdB.html',
     '一位年近七旬老人，步履蹣跚走進了開魯縣信訪接待大廳，「我不是尋求幫助的，我就是特意來感謝一下'
     '咱們這個部門的領導和工作人員」，老人小心翼翼的從兜里掏出一封親筆寫的感謝信。趙老與老母親居住'
     '在縣科技局家屬樓，今年入冬以來，不知什麼原因，別人家供熱都很正常，而他家室內供熱溫度卻一直很'
     '低。開魯縣信訪局接待領導和工作人員了解情況后，及時與縣供熱辦聯繫、協調。開魯縣供熱辦接到消息'
     '后，及時派相關人員到現場勘察，很快解決了老人家的供熱問題，老人非常感動，親手寫了一封感謝信。'
     '一封字跡工整的感謝信，在寒冷的冬季，溫暖了信訪工作人員的心。這封信既是群眾對信訪工作的認可，'
     '更是對信訪工作人員最好的回報。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.yaan.gov.cn/gongkai/show/7ad7d262a097868b627e44bbfb450e16.html',
     '近期，杨某某来到荥经县信访接待中心，将一面写着“坚持不懈，为民解难”的锦旗送到荥经县信访局，以'
     '表达感激之情。杨某某因拆迁安置补偿问题，多年来一直四处信访。县信访局秉承着“为民解难，为党分忧'
     '”的初心使命，积极搭建平台、整合资源，为化解该信访事项创造条件。县信访局多次到信访人家中与信访'
     '人沟通交流，摸清其诉求，积极与职能部门沟通，掌握政策规定，在充分了解矛盾的焦点后，多次组织严'
     '道街道办、拆迁办等责任单位与信访人反复沟通，寻找到最佳解决方案，依法依规妥善化解了杨某某拆迁'
     '安置补偿问题。荥经县信访局多年来始终坚持为群众排忧解难，全力以赴保障群众合法权益，把群众满意'
     '作为衡量信访工作的重要标准，一面锦旗，一声感谢，代表着群众对信访工作的认可。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH97, "fresh97")
