"""Sealed batch fresh117: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-27 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh115th.py; the batch and its row ids are "fresh117".)

Theme: propaganda, media and the internet (宣传部, 网信办, 广电, county 融媒体中心, journalists
who are officials): a 融媒体中心主任 under investigation for 定制新闻 and kickbacks, a 外宣办
official in paid post deletion, a 广电 manager's public-funds spending exposed online, a 省台
台长's bribes, a county website's faked photo of leaders, and officials or police punishing
online critics (a 镇党委书记's critic arrested across provinces, a 12-character comment, a
village election poster, a "草包支書" remark, a 公众号 song, 形象工程 posts, a 村支书 cursing a
questioner in the village chat); out items are citizens' defamation suits over chat-group
insults, requests to take down stolen or defaming pictures and videos, a personal-data question
and rumour rebuttals (one about a 县长助理).
Sources (stored-pages search): a 唐人日报 item on 安乡 肖平; a 163 commentary on 尹建根 and 和县
历阳镇 刘莹; a 香港01 report on 湘陰 肖新良 (traditional); a wanbiaoku piece on the 内黄 村支书
张俊书; a sskyn copy of the 星島日報 report on 高劍雲 (traditional); a 9x1x copy of a 晚报 report
on the 会理 "悬浮" photo; a jendow wiki page on 師喜照 (臨潁, traditional); a fyzhizao copy of
the 瀏陽 廣電 report (traditional); the 中央纪委 case study of 史联文; a 大紀元 hk report on the
畢節 "草包支書" case (traditional); a 新浪 copy of the 津雲 report on 鎮雄 黃先生 (traditional);
a chinavalue commentary on 郧西 陈永刚; out: a 163 item on the 长乐 chat-group suit, the 新巴尔虎
右旗 court's copy of a 奉化 case, a 宁夏法治报 item from 青铜峡, a 看看新闻 item on a 广州 汉服
fan, a 43b item on a 上饶 bride, a lawparks question, a rumour rebuttal on 郊尾镇 poultry, a 岷阳镇
notice on "silver coins", a 宣汉 网信办 rebuttal and a copy of the 靖边 rumour report. Six texts
are in traditional script (003, 005, 007, 008, 010, 011; the glossing pinyin of 008's converted
copy removed).

Conventions: as in fresh62th.py and fresh104th.py. Excerpts as published (whole sentences kept,
paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines, datelines,
captions, source tags ("唐人日报10月16日讯:", "晚报讯", "(綜合報道)(星島日報報道)", "本报讯
(通讯员 张晗)"), site menus and the truncated last sentences of the stored copies removed);
paragraphs joined; ASCII punctuation written full-width except inside numbers ("1.6万"); stray
spaces around numbers and before quotes removed (004, 006). Page oddities kept: "巧夺天工.毫无痕迹"
(006), the unpaired "“此次選舉…行為。“上訪" (007), "后" and "并" in the converted 008, "统一改造
接到門面" (003), "应该说。这些帖子" (012), "......" (014), the closing quotes used as opening ones in
”明星梦”、”虚荣” (016), "中伤害自己" and "则时像" (017).
scope "in" for alleged misconduct of a party member or public official (village and community
cadres included; managers of state media and state broadcasting firms are public officials),
"out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners, posters,
reporters, victims, witnesses, firms, netizens without a post and officials who only handled,
investigated, announced or answered are not accused; an organ or an unnamed group accused as a
whole gives no entry (the police who detained critics are "警方", "警察" or a named 公安局 or
派出所 throughout); an unnamed accused official is (None, position, unit). Names, positions (as
first written with the name, "原" kept; a "前" or "原" before the unit is not part of the
position, as in fresh95th.py) and units as written; unit None when the text ties the person to
no named unit. Topics only from the twelve names of triage.md; detaining or arresting a critic
for a post is 滥用职权, a cadre's abuse of a villager 群众纪律, faked achievements 形式主义官僚主义 with
工作纪律 (IS.WRK.04). Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (13-22). Two mixed items (002, 010). Out
types: 涉法涉诉 3 (013-015), 个人利益诉求 3 (016-018), 其他 4 (019-022); none 征地拆迁. 11
accused entries, all in items 1-12: 9 with a full name, 1 masked (劉某某), 1 post only (网站工作人员).
Items 011 and 012 are in scope with no accused entry. Out items have no accused entry.

Close calls:
 1  Headline and the source tag cut; ends before the truncated "调查人员将坚持…深挖背" sentence.
    肖平 as first written "安乡县融媒体中心主任肖平". 廉洁纪律 (宴请, 礼品礼金, 外包合同), 八项规定
    (宴请), 选人用人 (关系户), 贪污贿赂 (权钱交易); 滥用职权 ("滥用手中权力") left out.
 2  Mixed, a commentary: the byline "文|李宇琛" cut. 陈德珍's 9万元 brick debt and her 赔偿协议
    (个人利益诉求) plus the town secretary who rewrote that agreement and the 和县 police who took
    the blogger 尹建根 from 株洲 after he refused to delete his post on her. 刘莹 '党委书记',
    '历阳镇' ("刘莹,是安徽和县历阳镇的党委书记"). The "几名警察" are an unnamed group, 当地政府 an
    organ. 群众纪律 (the rewritten agreement) and 滥用职权 (the arrest to force a deletion).
 3  Traditional; the "date 2025-08-11" line and two captions cut; ends before the truncated
    "不服這一處". Hard: 李鎮江 ("當時的湘陰縣縣委書記李鎮江") is accused through the comment on his
    relatives' advertising firms behind the 統一招牌 and his "雙開"; the detention itself is by
    the 湘陰縣公安局, an organ. 蔣建良 is a netizen. 滥用职权 and 廉洁纪律 (IS.INT.05).
 4  Short: only the first two paragraphs (the "二、透视病灶" part with other cases cut).
    张俊书 '村支书', unit '吉村南街' as written in "马上乡吉村南街村民微信群" (could be '吉村');
    the 村委会's water contract is an organ's act; the 内黄县公安局 only punishes. 群众纪律
    (insulting a villager who questioned him) and 生活纪律 (online misconduct, IS.LIF.04).
 5  Traditional; the source tags and the trailing "星島日報" cut. 高劍雲 first written
    "前中央外宣辦五局副局長高劍雲": '副局長', '中央外宣辦五局'. 彭波 only announces; "網絡主管部門的
    一些幹部" are unnamed. 贪污贿赂 (受賄, 有償刪帖), 生活纪律 (情婦), 政治纪律 (攻守同盟). Central
    level.
 6  The site line, headline, byline "见习记者 王煜", "晚报讯" and two sub-heads cut; ends before
    the truncated last quote. Hard: the faked photo was made by "网站工作人员" (one post-only
    entry, (None, '网站工作人员', None), though it may be several; the 县政府网站 is no unit). The
    three 县领导 really inspected the road (not accused); the 宣传部工作人员 only answers.
    形式主义官僚主义 and 工作纪律 (a fake achievement photo).
 7  Traditional; the heading "發帖緣起" and the sub-head "發帖被抓" cut; ends before the
    truncated "兩人誰也說服不". 師自獻 is first written "當選者師自獻" (no post), then "當選村主任
    的師自獻": '村主任', '大屈村' (election fraud with the 鄉幹部, an unnamed group). 王偉峰 "鄉長
    王偉峰" waits at the 固廂鄉派出所 and has the poster sign a pledge: unit '固廂鄉' from the
    same passage (could be None). 组织纪律 (rigged election) and 滥用职权.
 8  Traditional, a converted copy with glosses removed. 許征 is first named in "停止許征總經理
    職務" of the 瀏陽市廣播電視集團有限公司: '總經理' with that unit (he is also the 網絡公司's
    總經理, the "負責人" of the post). 易佳良 and the 紀委 only handle. Only 八项规定.
 9  The site line, headline, sub-title "——辽宁广播电视台原台长史联文违纪违法案透视", source line
    and sub-head cut; ends before the truncated "1999年至2012年…还". 史联文 first written "时任辽宁
    广播电视台“一把手”的史联文": position '一把手' as written (the text later gives 台长).
    贪污贿赂 (受贿, 挪用公款) and 民主集中制 (buying dramas against the 审查小组). Provincial.
10  Mixed, traditional; two captions and a sub-head cut; ends before the truncated "她還質".
    The owner's grievance against the 業委會 and the new 物業 (保證金; out, 其他) with her
    handcuffing and detention for "草包支書". Hard: 劉某某 ('社區支書', unit None: the 小區 is
    unnamed) is accused for taking sides and calling the police on his critic; he could be read
    as a mere complainant. The 洪山派出所 police are an organ. Only 滥用职权.
11  Traditional; the site menu, headlines, the "【津雲關注】" lead title and a sub-head cut; ends
    before the 第二十六條 quotation that breaks off. In, no entry: the 鎮雄警方 and the "碗廠政府
    幹部" of an old beating are an organ and an unnamed group. Only 滥用职权.
12  A 2010 commentary. In, no entry: the 郧西县公安局 and 当地政府 are organs, the 县领导 of the
    形象工程 an unnamed group. Only 滥用职权 (政治纪律 for the 形象工程 left out).
13  涉法涉诉: a chat-group defamation suit between two private people; three sub-heads cut and
    the text ends before the 民法典 paragraph.
14  涉法涉诉: the court's copy of a 奉化 case; the menu, "法官说法:" and source lines cut.
15  涉法涉诉: a chat-group insult case; the police fine is background. "本报讯…" cut.
16  个人利益诉求: a woman's photo stolen and captioned by a stranger; she wants the harm undone
    and platforms better managed; could be 其他. Video and source lines cut.
17  个人利益诉求: a bride demands that a stranger delete a defaming video and apologise; the
    "摘要:" summary (repeating the lead) cut; ends before the truncated sentence.
18  个人利益诉求, short: the question of a lawyer-site page on a platform leaking personal data
    (the answer cut); could be 其他 (an enquiry).
19  其他: a 镇政府 rebuttal of a dead-poultry video; the poster 阮某 is private; site lines cut.
20  其他: a 镇政府 notice on a "silver coins" rumour at a demolition site (no land claim); the
    hashtag title cut.
21  其他: a 县委网信办 rebuttal of a faked video; the poster 程某 is private; footer lines cut.
22  其他, hard: a forum post accuses a 县长助理 (贾某) of an affair, and the 县政府 and his son
    call it a fabricated rumour; the text reports the rumour and its denial, so out with no
    accused. Headline, byline, read counter and two sub-heads cut; ends before the truncated
    "贾某儿子".
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH117: list[Item] = [
    # 01
    ('https://trrb.net/%e6%b9%96%e5%8d%97%e5%ae%89%e4%b9%a1%e5%8e%bf%e8%9e%8d%e5%aa%92%e4%bd%93%e4'
     '%b8%ad%e5%bf%83%e4%b8%bb%e4%bb%bb%e8%82%96%e5%b9%b3%e8%a2%ab%e6%9f%a5',
     '湖南省常德市纪委监委近日通报，安乡县融媒体中心主任肖平涉嫌严重违纪违法，目前正接受安乡县纪委'
     '监委的纪律审查和监察调查。这一消息在当地媒体系统引发强烈震动，也为近年来备受关注的“舆论监督'
     '者失守”现象再添典型案例。肖平长期在宣传、新闻和融媒体系统任职，掌握着地方舆论阵地的话语权。'
     '原本肩负着宣传党的声音、引导社会舆论的重要职责，却逐渐背离初心，滥用手中权力，将公权私用，沦'
     '为利益输送与个人敛财的工具。据多方了解，他在分配宣传资源、媒体项目采购、广告投放及人员录用等'
     '环节中，涉嫌权钱交易、利益勾连，甚至通过“项目包装”与外包合同牟取不当收益。纪检部门透露，调查'
     '组在初步审查中发现，肖平疑似长期接受下属和外部合作单位的宴请、礼品礼金，在广告业务承揽、宣传'
     '报道安排中人为干预，严重破坏新闻宣传工作的公信力。一些原本应以社会效益为导向的报道，被他私下'
     '操作为“定制新闻”，媒体公信力因此蒙尘。同时，调查还发现，肖平在干部选拔与用人方面存在违规行为'
     '，多次为关系户开“绿灯”，排挤不同意见的职工，在单位内部形成“小圈子文化”。这种“人情至上”的作风'
     '，使融媒体中心的政治生态遭到侵蚀，新闻工作失去了应有的公正与纯洁。纪检监察机关指出，肖平的问'
     '题不仅是个人贪腐，更折射出部分地方融媒体机构在快速转型中存在的监督真空和制度漏洞。一些干部打'
     '着“改革创新”的幌子，实则将融媒体平台当作牟利工具，脱离了舆论工作的政治属性与社会责任。安乡县'
     '纪委监委表示，目前案件正在进一步调查中，相关问题线索正被全面梳理。',
     'in', None, False, ['廉洁纪律', '八项规定', '选人用人', '贪污贿赂'],
     [('肖平', '主任', '安乡县融媒体中心')]),
    # 02
    ('https://www.163.com/dy/article/K9GKKBCH0556G388.html?f=post2020_dy_recommends',
     '2025年8月11日，安徽省马鞍山市和县的几名警察，出现在了湖南省株洲市的一扇门前。他们此行的目的'
     '很明确，是为了一篇文章，以及写了这篇文章的人。这个人叫尹建根，笔名“笔耕下的阳光”。他是一名自'
     '媒体人。阳光这个词，有时候并不受欢迎，尤其是在某些不想被照亮的地方。几天前，尹建根在他的微博'
     '上发表了一篇题为《报假警、陷害无辜者获刑！刘莹，看你还能横行到几时》的文章。文章的主角，刘莹'
     '，是安徽和县历阳镇的党委书记。跨省而来的警察，给了尹建根一个解决方案。方案很简单，只有两个字'
     '：删帖。尹建根拒绝了这个方案。于是，警察们启动了备用方案。他们给尹建根赋予了一个新的身份，并'
     '提供了一次从株洲到和县的免费长途旅行。这个新的身份是：寻衅滋事犯罪嫌疑人。在中国广袤的土地上'
     '，从一篇网文到一个刑事罪名，有时只隔着一次点击“发送”和一次点击“拒绝”的距离。这趟跨省执法的列'
     '车，起点在尹建根的键盘上，但轨道，却是在一年前，由一位名叫陈德珍的六旬妇人铺下的。故事要从很'
     '久很久以前讲起。不是王子与公主，而是访民与债务。1995年，陈德珍与历阳镇的一家砖瓦厂有笔生意，'
     '对方欠了她9万元的红砖款。那时候，9万块钱可以在县城买下好几套房。但在随后的二十多年里，这笔钱'
     '变成了一张不断褪色的白条。陈德珍开始了漫长的上访之路。这条路，她走得比玄奘取经还久。终于，在'
     '2021年，事情似乎有了转机。当地政府与陈德珍达成了一份专款赔偿协议。白纸黑字，红章落印。可协议'
     '的墨迹未干，就上演了一出魔术。据网络消息，这份“专款赔偿协议”，在陈德珍不知情的情况下，被刘莹'
     '书记改头换面，变成了“拆迁预支款”协议：赔偿款的性质从归还欠款变成了送温暖。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('刘莹', '党委书记', '历阳镇')]),
    # 03
    ('https://www.hk01.com/%E5%A4%A7%E5%9C%8B%E5%B0%8F%E4%BA%8B/60265395/%E6%B9%96%E5%8D%97%E7%94%'
     'B7%E5%9B%A012%E5%AD%97%E8%A9%95%E8%AB%96%E8%A2%AB%E6%8C%87-%E5%B0%8B%E9%87%81%E6%BB%8B%E4%BA'
     '%8B-%E8%A1%8C%E6%8B%98-%E8%92%99%E5%86%A42%E5%B9%B43%E6%AC%A1%E4%B8%8A%E8%A8%B4%E7%B5%82%E7%'
     '8D%B2%E6%B8%85%E7%99%BD',
     '一條30秒影片下短短的12字評論，卻讓49歲的湖南人肖新良蒙冤2年。綜合內媒報道，2023年7月5日上午'
     '，在湖南岳陽市湘陰縣經營著一家家具店的肖新良停下手頭工作，刷著短視頻。一條發布於前一晚的30秒'
     '影片引起他的注意。30秒的影片中，是消防車救援的畫面，影片上的文字是「三井頭步行街在四樓上做事'
     '的一個人，滴到二樓的一個做事的人身上兩人一起受傷了」。據悉，事故原因是在湖南湘陰縣弼時街，有'
     '人從4層墜落到2層樓體外置腳手架平台上，消防員正在組織救援。事故發生時，當地老區正在統一改造接'
     '到門面、廣告招牌樣式。而肖新良自然而然聯想到，有人墮樓必是因樓房建築質量不達標。於是，他在評'
     '論區留言「還在搞豆腐渣工程，統一招牌？」。這條12字的評論收到了6個點讚和1條留言，IP屬地顯示為'
     '湖北的網民「蔣建良」在肖新良的評論下留言「那你就不曉得吧！他好多姨妹子、舅子都是做廣告公司的'
     '」。肖新良認為，「蔣建良」提到的這個「他」，就是當時的湘陰縣縣委書記李鎮江，而統一招牌的事正'
     '是源自李鎮江。據悉，這位縣委書記2021年到任，2024年7月13日就被依法「雙開」。然而，就是這短短'
     '的12字評論，給肖新良帶來了大麻煩。7月7日，肖新良接到了湘陰縣公安局的傳喚，在詢問取證後，湘陰'
     '縣公安局以肖新良發表的12字評論為「不實言論」、「在網絡上起哄鬧事」為由，告知肖新良的行為已構'
     '成尋釁滋事，根據《中華人民共和國治安管理處罰法》第二十六條規定，對其處行政拘留五日。',
     'in', None, False, ['滥用职权', '廉洁纪律'],
     [('李鎮江', '縣委書記', '湘陰縣')]),
    # 04
    ('https://wanbiaoku.com/new/bd1e135bb5804dae9c0d59b6b9601699',
     '2025年2月26日，河南省内黄县马上乡吉村南街村民微信群（群成员273人）爆发激烈冲突。村支书张俊书'
     '因村民孙现元质疑“村委会私下签订供水合同”，在群内发送多条语音辱骂对方“无赖”“造谣生事”，语音内'
     '容被村民截图传播后引发舆论风暴。4月25日，内黄县公安局依据《治安管理处罚法》第四十二条，对张'
     '俊书作出行政拘留8日的处罚决定。4月28日，张俊书向媒体表示“骂人不对，但事出有因”，并提出行政复'
     '议，拘留暂缓执行。这起看似偶然的干群冲突，暴露出基层治理中的深层矛盾：权力运行失范：村支书将'
     '微信群视为“私人领地”，试图以辱骂压制村民质疑，折射出部分基层干部法治意识淡薄。沟通机制失灵：'
     '饮用水问题纠纷持续两个月未能解决，反映出村务公开不透明、民意反馈渠道堵塞。监督体系缺位：从村'
     '民2月26日报警到4月25日处罚，长达两个月的处理周期，凸显基层监督的滞后性。',
     'in', None, False, ['群众纪律', '生活纪律'],
     [('张俊书', '村支书', '吉村南街')]),
    # 05
    ('http://sskyn.com/thread-38419-1-1.html',
     '國家互聯網信息辦公室（國信辦）副主任彭波昨天透露，去年初落馬、分管網上新聞的前中央外宣辦五局'
     '副局長高劍雲，涉嫌監守自盜，內外勾結，參與有償網絡刪帖。彭強調，將深入打擊以權謀私的「害群之'
     '馬」，「不管涉及誰，查到誰就是誰」。去年九月，高劍雲被開除中共黨籍公職並移交司法機關。當時中'
     '紀委通報稱，高利用職務便利為他人謀取利益，索要、收受巨額賄賂，長期包養情婦並育有一子，最引人'
     '注目的罪狀是「與他人訂立攻守同盟，對抗組織調查」。此前各級官員的查處通報，從未出現類似字眼。'
     '國信辦昨天舉行記者會宣布啟動針對網絡敲詐、有償刪帖的專項整治。副主任彭波在會上主動透露，當局'
     '在相關調查中發現，網絡主管部門的一些幹部監守自盜，內外勾結，參與網絡刪帖的行為，包括前中央外'
     '宣辦五局副局長高劍雲。他說，今後將陸續公布案例，不管涉及誰，查到誰就是誰。',
     'in', None, False, ['贪污贿赂', '生活纪律', '政治纪律'],
     [('高劍雲', '副局長', '中央外宣辦五局')]),
    # 06
    ('https://www.9x1x.cn/article/jopwnf',
     '近日有网友爆料称，四川凉山自治州会理县政府网站发布的一则新闻中使用了合成痕迹明显的相片，在相'
     '片中，县领导“飘浮”在一条公路的上空，图片说明称这几位领导在“检查新建成的通乡公路”。今天上午，'
     '会理县委宣传部工作人员向记者表示，那张相片确实是网站工作人员后期合成处理的，但通乡公路的建设'
     '和领导的检查都是事实。今天上午，会理县政府的网站已经无法打开。记者从搜索引擎的缓存中看到，该'
     '网站于6月16日在首页发布了一条题为《会理县高标准建设通乡公路》的新闻，并把相片放至头条位置。'
     '网友发布的截图上显示，该新闻标题下的第一张相片中，三位县领导的图像被“贴”到了一条公路的背景上'
     '，看上去就像浮在公路的上空，PS合成的痕迹非常明显。相片下的图片说明称这几位领导正在当地某乡镇'
     '检查新建成的通乡公路，文字则对这次检查的情况进行了描述，记录了县领导对通乡公路下一步建设的“'
     '四点要求”。此事在网络传播后，立即引起网友的“围观”、热议。不少网友调侃地称“太牛了，都能腾云驾'
     '雾了”“实在是太喜庆太欢乐了。这条通乡公路的标准绝对高得不能再高了，采用了人悬浮的尖端技术。”“'
     '是不是小县城找不来水平高些的美编，这种图片，想吓死谁啊！”“巧夺天工.毫无痕迹，鉴定完毕”。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [(None, '网站工作人员', None)]),
    # 07
    ('https://jendow.com.tw/wiki/%E5%B8%AB%E5%96%9C%E7%85%A7',
     '2008年12月8日，師喜照參加河南臨潁縣固廂鄉大屈村副主任競選，在選舉中，他和另兩名村民搭幫，他'
     '參選副主任。三人選票都沒到300張，而當選者師自獻選票超過1300張。師喜照認為這種票數懸殊的結果'
     '，一定是對方用了不光彩的手段，而且得到了鄉幹部的配合。選舉結束後，他和同伴先後到鄉、縣、市乃'
     '至省信訪部門上訪。最終，他們反映的問題，都又被轉由固廂鄉政府處理。而鄉政府一直堅持認為，“此'
     '次選舉程式合法、公正公平、決不存在舞弊行為。“上訪沒辦法，我就開始上網。”師喜照開始在臨潁線上'
     '和大河網上大量重複發帖。對於國中畢業的師喜照來說，發帖是件困難事。他只會用“智慧型ABC”輸入法'
     '，而他不太熟悉拼音，眼巴巴盯著鍵盤，一分鐘能敲出十幾個字。為了發帖，每一夜，師喜照總上網到凌'
     '晨兩三點，白天恍恍惚惚。目前能查詢到他最早的帖子，是2008年12月15日在當地網站“臨潁線上”論壇上'
     '。之後，他又先後在大河網和天涯論壇等網站，多次重複發帖。帖子的中心意思，是認為那次村委選舉舞'
     '弊，例如沒有公開唱票，例如當選村主任的師自獻選票總數初始統計結果甚至超出村民總數，後才被糾正'
     '；而師自獻曾被判刑三年……2009年3月13日傍晚，固廂鄉派出所的一輛警車開到了大屈村，師喜照被帶走'
     '了。派出所內，師喜照發現鄉長王偉峰在等他。王鄉長說，師喜照在大河網上發帖，嚴重影響了臨潁縣乃'
     '至漯河市的形象。認為自己驚動了市領導而大受驚嚇的師喜照按照對方的要求寫下了一張保證書，“以後'
     '保證不在網上發布此事”，並按下紅手印。鄉長王偉峰後來在接受採訪時，證實讓師寫過保證書。王偉峰'
     '向師解釋那次選舉並無違規之處，師喜照很快與王鄉長爭得臉紅脖子粗。',
     'in', None, False, ['组织纪律', '滥用职权'],
     [('師自獻', '村主任', '大屈村'), ('王偉峰', '鄉長', '固廂鄉')]),
    # 08
    ('http://www.fyzhizao.com/news/6237.htm',
     '3月6日凌晨網上出現了《湖南瀏陽廣電局長公款奢侈消費明細表》的帖子，將瀏陽國安廣電寬帶網絡有限'
     '責任公司負責人在某酒店進行消費的清單進行曝光。3月6日上午，根據長沙市委常委、瀏陽市委書記易佳'
     '良的指示精神，由市紀委牽頭，成立由宣傳部、審計局組成的聯合調查組進駐廣電集團展開調查。帖子出'
     '現后，引起了湖南省紀委、長沙市紀委和瀏陽市委、市政府主要領導的高度關注。3月9日、10日，易佳良'
     '書記兩次聽取調查組的匯報，表示對這種公款吃喝玩樂的行為要嚴查到底，絕不姑息。瀏陽市委現已責成'
     '瀏陽市廣播電視集團有限公司停止許征總經理職務，并建議瀏陽國安廣電寬帶網絡有限責任公司董事會依'
     '照公司章程的有關規定停止許征網絡公司總經理職務。目前，整個調查工作正在有序進行。',
     'in', None, False, ['八项规定'],
     [('許征', '總經理', '瀏陽市廣播電視集團有限公司')]),
    # 09
    ('http://www.ccdi.gov.cn/xcjy/yajs/201503/t20150311_53127.html',
     '原本2万元一集的电视剧，却花了35万购买。不听取审查小组意见，花费千万元购买5部电视剧，其中一部'
     '因为收视率不达标，仅播出3集就停播了……利用影视行业内的贪腐“潜规则”，时任辽宁广播电视台“一把手'
     '”的史联文，把权力当成了牟取私利的工具，最终把自己送进了监狱的大门。2014年7月21日，史联文因犯'
     '受贿罪、挪用公款罪被判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产。1952年5月出生的史'
     '联文，从辽宁电视台新闻部记者干起，历任新闻部主任、副台长，2009年出任辽宁省广播电影电视局党组'
     '成员、辽宁广播电视台台长，2012年4月退休。曾几何时，史联文也立志要当一名好党员、好干部。他先'
     '后获得过全国五一劳动奖章、全国新闻界最高奖之一的范长江新闻奖，享受国务院特殊津贴。辽宁广播电'
     '视台的改革成为全国同行业的一面旗帜。作为党的舆论宣传战线的领导干部、省广播电视台台长，史联文'
     '应该有着高度的政治敏感性和社会责任感，牢牢把握政治舆论导向。然而在追名逐利的动机驱使下，史联'
     '文提出“在我的经营范围内不能丢掉一分钱”，追求经济效益第一，很少从政治上和社会效益上考虑问题。'
     '权力越大，伴随而来的风险也越大。史联文手中掌管着3000余人的干部队伍和几十亿的流动资金，却没有'
     '认识到这些权力的背后隐藏着风险。临近退休年龄，史联文想方设法为自己找“后路”，利用职务上的便利'
     '，为他人谋取利益。',
     'in', None, False, ['贪污贿赂', '民主集中制'],
     [('史联文', '一把手', '辽宁广播电视台')]),
    # 10
    ('https://hk.epochtimes.com/news/2021-01-28/76158826',
     '在微信群裏，因為一句「草包支書」，貴陽市的任女士被畢節警方跨市抓捕，並遭到拘留及虐待。此事正'
     '值貴州省「兩會」召開之際，官方迅速「滅火」，引發網民熱議。任女士的家在貴陽市，但她也是畢節市'
     '某小區的業主。她曾在小區業主群對業委會不召開業主大會便擅自讓新物業通過試用期表達不滿，並質詢'
     '數十萬保證金去哪了。根據任女士的微信記錄顯示，2020年9月，社區支書劉某某回應「開不開業主大會'
     '，怎麼開是業委會的事」，任女士就回了一句「草包支書」，認為社區書記拉偏架。此後，她返回貴陽的'
     '家中，沒想到社區支書劉某某為此報警，任女士就被畢節市七星關區洪山派出所警察用手銬從貴陽銬到了'
     '畢節，並被行政拘留3日。1月27日，任女士就此事向大陸媒體表示，「當時的情況就是那些警察可以輕易'
     '決定他人的人身自由，異地傳喚的程序一直到他們區公安局的層面都沒發現問題，給我下達拘留通知的時'
     '候，我要求聯繫律師，那邊警察說我港片看多了……」任女士說，「我在沒有反抗的情況下被畢節警察銬上'
     '手銬，從我貴陽家裏面帶到畢節，中間4個多小時我要求喝水不給我水喝，洪山派出所虐待我，死亡威脅'
     '我。」最初，任女士曾跟畢節市公安局申訴過，沒有結果。她也打過畢節的12389警務督察電話，但兩個'
     '多月了還沒有回覆。她還嘗試過貴州省委書記、省長交流直通台，舉報他們濫用職權。日前，任女士無奈'
     '之下選擇在微博上曝光案情，求助於媒體。任女士認為，在此次事件中，警方違反異地傳喚規定，並且違'
     '法使用警械。',
     'in', None, True, ['滥用职权'],
     [('劉某某', '社區支書', None)]),
    # 11
    ('http://dailynews.sina.com/bg/international/chinanews/2019-04-19/doc-iwrwcvzs2039165.shtml',
     '雲南鎮雄縣人黃先生平時在廣州打工，4月初，家鄉鎮雄警方到廣州將其押回鎮雄，並拘留了14天，理由'
     '是其涉嫌尋釁滋事，證據是2年前其在微信公衆號上發佈一個帖子諷刺了其家鄉鎮政府。據黃先生說，警'
     '方私下透露，真正原因就是他在公衆號上發的負面信息太多，讓媒體記者得到了關於鎮雄負面新聞線索。'
     '黃先生老家雲南省昭通市鎮雄縣碗廠鎮，曾給津雲記者提供過新聞線索，但聯繫並不多，最後一次記者主'
     '動微信聯繫他還是在4月1日。這之後他的朋友圈和微信公衆號十幾天都沒有更新。4月17日下午，黃先生'
     '主動微信聯繫了津雲記者，發來一份警方開具的行政處罰決定書的圖片稱：“（我）今天剛出來。”津雲記'
     '者仔細看了該決定書，上面寫着：現查明，黃某於2017年7月20日在微信公衆號鎮雄微訊上發佈根據碗廠'
     '政府幹部打人事件改編的上海灘歌曲，尋找碗廠好聲音的帖子；以上事實有違法行爲人的陳述和申辯，網'
     '上截圖、抓獲經過等證據證實。根據《中華人民共和國治安管理處罰法》第二十六條之規定，給予十四日'
     '行政拘留。該決定書上並沒說清當事人到底涉嫌何種非法行爲。',
     'in', None, False, ['滥用职权'],
     []),
    # 12
    ('https://www.chinavalue.com.cn/article/2010/3/5/636549.html',
     '今日《新华网》一篇题为《湖北一青年发帖质疑县领导搞形象工程遭拘捕》的文章，披露了湖北省郧西县'
     '的一次“跨省追捕”行动。《中国（郧西）·天河七夕文化节，能不能圆满成功达到预期效果？》、《形象'
     '工程和民生工程的不同之处》、《国家级贫困县耗资双亿为牛郎织女建庄园——不差钱》和《一个江湖骗子'
     '，四地执政官员，到底谁在骗谁？》，陈永刚先后将这四篇帖文发在天涯等国内知名论坛，并在帖中大量'
     '引用了当地官方的消息，并对此提出质疑和评论。应该说。这些帖子都是富有建设性的帖子。可当地政府'
     '连这样的文章也不给往外发，哪里还有舆论自由？郧西县公安局以“侮辱”的嫌疑传唤陈永刚，真是“莫须'
     '有”。河南的“跨省追捕”发生于利益直接相关的人，而湖北省的“跨省追捕”，却针对的是乐于关注当地社'
     '会发展的赤子，令人担忧。这样的举动，分明是威慑网民，让大家不要说话。',
     'in', None, False, ['滥用职权'],
     []),
    # 13
    ('https://www.163.com/dy/article/K4LMGSMT05560NUH.html',
     '2025年7月9日，福州长乐法院公布一起因微信群互骂引发的名誉权纠纷案：陈某甲与陈某乙因钱款纠纷，'
     '自2023年12月至2024年10月，在21人微信群内持续发布侮辱性言论攻击对方，最终闹上法庭：双方互诉名'
     '誉侵权。在微信群互骂需要承担什么后果呢？起因是一笔数万元金额的民间互助会会钱产生纠纷，陈某甲'
     '被指拖欠该款项。自2023年12月下旬开始，两人在微信群（群中共有21人），就上述会钱问题发生激烈争'
     '执。这场争执持续至2024年10月下旬，期间双方多次在群内发布极具贬低和侮辱性质的语句攻击对方。最'
     '终，陈某甲率先起诉，指控陈某乙侵犯其名誉权，要求赔礼道歉并赔偿损失；陈某乙随即反诉，主张陈某'
     '甲同样侵权。法院经审理认为，双方在微信群中持续发布的言论，包含大量具有明显侮辱、贬损人格性质'
     '的内容，均在一定范围内（即案涉微信群成员中）造成对方名誉的贬损，构成对对方名誉权的侵害。因此'
     '，双方均应立即停止侵害对方名誉权的行为。关于双方要求对方在微信朋友圈道歉、书面道歉等请求，法'
     '院认为没有充分证据证明侵权影响扩散至案涉微信群之外，且恢复名誉的范围应与侵权影响范围相当。因'
     '此，长乐法院判令双方在该涉事微信群内发布经法院审查的致歉声明（持续保留十日）。关于双方律师费'
     '损失，法院酌定双方各自赔偿对方合理律师费3750元。对于双方都主张的精神损害抚慰金，法院认为现有'
     '证据无法证明有关言论造成当事人严重精神损害后果，且双方均有过错，故均不予支持。长乐法院判决后'
     '，双方均向福州中院提出上诉，福州中院经审理后驳回双方上诉，维持原判。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://nmxyqfy.nmgfy.gov.cn/article/detail/2020/06/id/5308876.shtml',
     '日前，浙江省宁波市奉化区人民法院审结了一起名誉权纠纷案件，被告王某在村民微信群辱骂原告孔某，'
     '侵害孔某的名誉权，最后被判决赔礼道歉并赔偿精神损害抚慰金。王某和孔某系同村村民，两人曾因投资'
     '发生纠纷。2019年12月，王某在两人所在的村民微信群里（微信群共有70人）中多次发表“孔某断子绝孙.'
     '.....败类”等污秽性言语，辱骂、侮辱孔某，造成严重的负面影响。2020年1月，孔某向奉化法院起诉，'
     '要求王某公开赔礼道歉、消除影响并赔偿精神抚慰金。法院经过审理后认为，被告王某多次在微信群发表'
     '不当言论，已经损害了原告孔某的名誉权。法院结合王某的过错程度、侵权行为情节及造成后果的严重程'
     '度等因素，判决被告王某在微信群向原告孔某赔礼道歉，并赔偿原告精神损害抚慰金3000元。公民的名誉'
     '权受法律保护，微信、微博等网络社交平台并非法外之地，公民在网络空间开展社交活动时，同样需要遵'
     '守法律法规，不能为所欲为、不加节制。如果在微信群、朋友圈等网络空间里损毁他人名誉，构成侵权，'
     '同样要承担相应的法律责任。当事人在发生经济纠纷后应当互谅互让，积极寻求合理合法的途径妥善解决'
     '，否则，不但纠纷无法解决，还可能使冲突加剧，甚至造成违法犯罪的严重后果。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('https://szb.nxrb.cn/nxfzb/pc/con/202303/08/content_60989.html',
     '张某和刘某系邻居关系，但素有嫌隙。2022年11月的一天，刘某为泄愤在小区业主微信群里发送涉及张某'
     '家人隐私等具有侮辱性的不当言论，张某遂向公安机关报案，公安机关作出行政处罚决定书，认定刘某侮'
     '辱的违法行为成立，给予刘某罚款的行政处罚。因民事赔偿部分未协商一致，张某将刘某诉至青铜峡市法'
     '院。法院经审理认为，名誉是对民事主体的品德、声望、才能、信用等的社会评价。民事主体享有名誉权'
     '，任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。网络空间既是人们传播信息和交流的场'
     '所，更是一个健康有序的活动空间，任何人在互联网上发表言论均应当受到道德的规范和法律的制约。利'
     '用互联网以侮辱等方式侵害他人名誉权的，应当承担民事责任。本案中，刘某在微信群里发表对张某蔑视'
     '、贬低的话语言论，在主观上具有对张某的名誉进行贬损的恶意，客观上实施了侵犯他人名誉的行为，不'
     '可避免地影响了他人对张某的公正评价，应当承担侵权的民事责任。遂依法判决刘某在小区业主微信群中'
     '向张某公开赔礼道歉，并赔偿张某精神损害抚慰金2000元。经办案人员耐心释法，刘某服判息诉，对自己'
     '的不当行为深表懊悔，并积极履行了生效判决所确定的法律义务。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('https://m.kankanews.com/detail/djQKDM38WwO?isVertical=1',
     '前几天，来自广州的高小姐被人恶意盗图还配上侮辱性文字，让她非常生气。低俗的话还配上自己和好友'
     '的合照，这谁忍受得了？高小姐说，自己是一名汉服爱好者，同时也是一名汉服文化讲师，有时候会在社'
     '交平台上，分享自己的照片，前几天她突然发现自己的照片，被某短视频平台上的一个用户恶意盗用。高'
     '小姐很生气，她说原图是11月21日，自己和朋友在某汉服节上的自拍。“我在11月24号在社交平台发布，'
     '就是单纯的朋友合影留念的性质去发的。”高小姐表示，那个恶意盗用图片的用户自己并不认识，而且配'
     '图也让人感觉有误导性，网友评论更令自己不适。从截图上看，这条视频有1.6万点赞，超过3000条评论'
     '，而评论大多是”明星梦”、”虚荣”等，令人难堪的言语。后来，高小姐向平台方举报，涉事账号也已经被'
     '封禁，但大量类似的视频还在网上流传。造谣一张嘴，辟谣跑断腿，这段时间，高小姐一直被这件事困扰'
     '着，她希望能消除影响，并且有关部门能加强网络平台管理。律师表示，涉事网友的这个行为，已经侵犯'
     '事主的肖像权和名誉权，可以先保留相关证据，再追究相关责任。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://news.43b.com.cn/a/1830272.html',
     '婚后第五天，家住江西上饶的王欣本应沉浸在新婚的甜蜜之中，但却遭遇了一场突如其来的噩梦。10月8'
     '日，一个陌生人从王欣母亲的账号里下载了她的结婚视频，并发布到自己的账号上。这个陌生人还自称是'
     '王欣的“朋友”，可在文案和评论区却恶意造谣，声称王欣“四婚四子，现在的老公五十多岁”。王欣的母亲'
     '最先发现了这个情况，焦急地打电话问女儿是不是得罪人了。王欣得知此事后，犹如晴天霹雳，她怎么也'
     '想不明白，自己与这个人素不相识，对方为何要如此恶意中伤害自己。她迅速联系造谣者，要求其删除视'
     '频，停止这种不实的造谣行为。然而，换来的不是对方的歉意和配合，而是一连串的恶意辱骂。那些不堪'
     '入耳的话语，则时像一把把利刃，刺痛着王欣的心。王欣并没有选择忍气吞声，她决定通过自己的方式找'
     '出造谣者。她凭借视频中出现的书包以及对方透露的姓名等线索，最终锁定了造谣者的身份。当王欣找上'
     '门去，要求对方给个说法时，让人意想不到的是，造谣者竟然笑着说这一切都只是为了“好玩”。王欣说，'
     '她当时非常气愤，想着要报警。但看到造谣者的公公婆婆一直道歉，且旁人透露该女子“精神状况不稳定”'
     '，她最终心软。王欣仅要求对方录制并发布澄清道歉视频，且永久保留。',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('https://www.lawparks.com/ask/what-to-do-if-online-platform-leaks-info',
     '我在一个网络平台上注册了账号，提供了不少个人信息。最近我发现有不明来源的电话骚扰，怀疑是这个'
     '平台泄露了我的信息。我很担心个人信息安全，也不知道该如何应对这种情况，想了解遇到网络平台泄露'
     '个人信息该怎么办。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://m.folksfolks.com/py/2020-02/17/content_30175238.htm',
     '近日，一段长约15秒，内容为“郊尾镇阮庄村、塘边村交界地带存在多堆死亡鸡鸭，大家千万不要到这里'
     '购买鸡鸭”的视频在微信群和朋友圈传播。对此，郊尾镇政府高度重视，立即组织调查核实，2月11日、15'
     '日镇分管领导带领镇村干部前往现场核实，并向当地群众了解，经初步调查，阮庄村、塘边村近期没有出'
     '现大量鸡鸭死亡问题。目前阮庄村一位村民向镇村干部证实，该视频中橙色袋子装的是豆腐渣，白色袋子'
     '装的是垃圾，不是死亡鸡鸭。视频拍摄者阮某10日左右在自家田地附近发现2个麻袋，未经核实即拍视频'
     '发布朋友圈定下“郊尾镇阮庄村、塘边村交界存在多堆死亡鸡鸭”的结论，造成不良影响，郊尾派出所已对'
     '其立案调查，具体调查结果请大家关注后续警情通报。当前正处在肺炎疫情防控的关键期，请广大市民自'
     '觉做到不信谣、不传谣。对于编造、传播谣言的，公安机关将依法予以查处。',
     'out', '其他', False, [],
     []),
    # 20
    ('https://www.ousaite.com/new/732008166990023680',
     '甘肃定西岷县岷阳镇人民政府1月22日发布：近日，有网民发布“岷县一拆迁工地挖出银元”等图文视频，'
     '并有部分自媒体用户为博取流量，恶意拼接展示挖出银元的视频图片，造成不明真相的群众盲目跟风并聚'
     '集挖掘。经我镇组织核查，证实为谣言虚假信息，并向公安机关报案，公安机关已对相关人员进行了约谈'
     '。网络空间不是法外之地，编造和传播网络谣言需承担相应法律责任。请广大网民自觉抵制谣言，做到不'
     '造谣、不信谣、不传谣，共同营造清朗网络环境。',
     'out', '其他', False, [],
     []),
    # 21
    ('https://wxredian.com/art?id=2e35d56c219e1c7becd8a412237994ed',
     '10月22日，宣汉县委网信办第一时间组织宣汉县公安局和南坝镇政府调查核实，经核查，该信息为谣言，'
     '请广大网民不信谣、不传谣。据宣汉县南坝镇当地反馈，当地并未发生视频所反映的因女孩跳河群众聚集'
     '围观事件，经比对，南坝镇辖区范围内无与视频内容相似场景。该网民为吸引眼球，博取流量，截取网上'
     '视频恶意编造不实信息，在社会上造成不良影响，破坏网络生态环境。目前，当地公安机关已对视频发布'
     '人程某处以行政处罚。网络不是法外之地。对于利用互联网发布、传播不实信息，扰乱社会秩序、诽谤他'
     '人等行为，公安机关将依法严厉打击。请广大市民、网民不造谣、不传谣、不信谣，共同维护健康清朗的'
     '网络舆论环境和良好社会秩序。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://www.smwenxue.com/article/448884',
     '近日，一条“靖边县县长助理与情人亲热被咬伤”的帖子通过网络迅速传播，成为靖边群众甚至全国网民争'
     '相议论的焦点。7月6日，靖边县政府公开回应称，这是一起编造虚假事件，恶意诽谤他人的行为。目前，'
     '警方正在立案查处诽谤者。7月1日，一位读者向本报热线反映，近日靖边县城到处传言：该县某领导和情'
     '人将车停放在高速路边，在车中幽会时，遭到后车撞击，情人顺势将其咬伤。记者随后多方了解得知，这'
     '一传言已在靖边县城广泛流传，且有多个版本。传言当中，除了咬伤内容相同外，关于当事人、事发时间'
     '、事发地点等都有所差异。还有传言称，当事领导目前已去外地就诊。7月2日，在某网站论坛中，出现关'
     '于此事的帖子，与传言不同的是，该帖内容为“靖边县县长助理贾某，某晚与一名女教师，在高速公路上'
     '，由于两人情绪过高，在车内发生暧昧关系，因怕被人发现，车未开灯，导致后方冲上来一辆车造成追尾'
     '事故，此女一惊，不慎将其下身咬伤，导致悲剧发生。”同时配发了贾某的工作照。随后，该帖子通过网'
     '络转载，引发网民大规模议论，一些网民开始在网上谩骂贾某，并将焦点转向靖边县政府。在随后的跟帖'
     '中，还有网友暴露了当事女教师的实名。在众多回帖中，有几条以当事领导贾某儿子的名义的留言引起了'
     '记者的注意。该留言表示，在传言爆发前两天，他和爸爸去西安看录取的大学刚回来，这根本就是谣言，'
     '希望大家不要轻信谣言。贾某儿子在个人空间中表示：“现在才发现什么叫人言可畏……”',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH117, "fresh117")
