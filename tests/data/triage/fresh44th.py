"""Sealed batch fresh46: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-26 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it.

Theme: county and township leadership (县委书记, 县长, 县直局长, 乡镇党委书记, 镇长 and their
deputies): 公款吃喝, 公车, 醉驾, 婚丧喜庆 and 升学宴, gambling in office hours, 卖官, violence
against petitioners and colleagues; out items heavy on 征地拆迁 grievances plus lawsuits, personal
claims and two road/lighting requests where a county or town leader only answers. Sources
(stored-pages search): a 中国数字时代 copy of a 中央社 item on the 琼中 财政局长; a 2010 環球時報
copy on a 黃山 耿城鎮 副鎮長 (traditional); a 看中國 copy of the 成都商報 report on a 崇州
集賢鄉 副鄉長 playing cards (traditional); a 看中国 essay on the 广丰 卖官 case; a 2005 中新网
item on a 五马镇 meeting brawl; a 2009 chinavalue blog on 迁安 五重安乡; a 华商报 copy on a 陇县
固关镇 副镇长 beating a petitioner; a 南方日报 copy on the 陆丰 公路局长's funeral; a 巫山 升学宴
item; a 人民网 copy on a 焦村镇 副镇长 driving a police van; a 2025 forum letter to a 纪委 about
the 利州区法院 and its president; a 2015 commentary on fallen county secretaries; out items: a
唐县 court judgment against the 恒州镇 government, a 2025 forum post against a 东台 court ruling on a
demolition agreement, a 民主与法制 story on a custody fight, a 商南 富水鎮 demolition by mistake
(traditional), a 电白 forum post on a demolition led by the 镇长, a 大孟镇 forum post on a
night demolition, a 安吉 杭垓镇 wage case, a 武威 领导留言板 reply on a disability allowance, a
建湖 TV answer by the acting county head on street lights (traditional) and a 蒲城 县长信箱 letter
on a village road. Four texts are in traditional script (items 2, 3, 16, 21; glossing pinyin of
the pages' converted copies removed).

Conventions: as in the earlier sealed batches (see fresh38th.py). Excerpts as published (whole
sentences kept, some paragraphs and sentences cut; page junk such as headlines, sub-headings,
image captions, bylines, datelines, source tags ("(中央社记者…电)", "环球时报消息", "中新网2月1日电", "南方日报12月21日
报道", "核心提示:"), labels ("【网民留言】", "答复意见:"), list numbers, phone numbers and the
forum's random anti-copy strings removed; paragraphs joined; ASCII punctuation written full-width
except inside numbers and clock times ("1.5万元", "7.6", "00084322-7"); "---" written "——";
stray spaces the pages put inside sentences or after commas removed (007, 008, 017, 022)). Page
typos kept ("正科极", "就己被", "应违法用地", "事实求是", "推到", the unbalanced quotes of 006).
scope "in" for alleged misconduct of a party member or public official (village cadres
included), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他. Petitioners,
reporters, victims, witnesses, firms and officials who only handled, investigated, announced or
answered are not accused; an organ accused as a whole gives no entry; an unnamed accused official
is (None, position, unit). Names, positions (as first written with the name) and units as
written; unit None when the text does not tie the person to a named unit. Topics only from the
twelve names of triage.md. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (006, 007,
011). Out types: 涉法涉诉 3 (013-015), 征地拆迁 3 (016-018), 个人利益诉求 2 (019, 020), 其他 2
(021, 022). 22 accused entries, all in items 1-12: 12 with a full name, 7 masked (陳某, 黄某,
朱某, 韩某, 付某, 邓某, 沈某), 3 post only. Out items have no accused entry.

Close calls:
 1  王群 is first named as "县财政局长王群" right after "琼中是海南省的贫困县": unit '琼中县'. 罗志军
    (省纪委副书记) only speaks; the 省纪委 and 县纪委 only act. Topics 八项规定 (the text ties the
    case to the 八项规定 campaign) and 廉洁纪律.
 2  Traditional; the headline and the source tag cut. 陳某 is first written "黃山市耿城鎮副鎮長陳某"
    (later "黨委委員、副鎮長、該鎮金橋工業園區管委會主任"): position '副鎮長', unit '耿城鎮'.
    Drunk driving of an investor's BMW: 生活纪律 and 廉洁纪律; the unnamed 領導 he drank with is
    not accused (no conduct alleged). The 交警 only enforce.
 3  Traditional; the opening question, sub-headings ("舉報:", "暗訪:") and the cut-off last sentence
    removed. 許志 is named first without a post ("他叫許志"); the post comes with the unit in the
    next sentences: '副鄉長', '集賢鄉'. The 舉報人 and the reporters are not accused.
 4  A 2004 essay; only the 广丰 paragraph kept, the sentence on the brother's bought post cut (he
    would be a separate, unclear accused). 毛先锋 is accused both of 贪污公款 (as "他们的厂长",
    unit '广丰县羽绒厂') and of buying his post; 郑元盛 ('县委书记', '广丰县') sold eight posts.
 5  The victim 李宝坤 is himself a 镇党委副书记 and is not accused. 黄某 (first "该镇党委委员") beat
    him for opposing false figures; 朱某 ("主持会议的镇党委书记") condoned it: both unit '五马镇'.
    The "五马镇乃至谯城区党委政府" criticised at the end are organs, no entry. "法制日报消息" sits
    inside a sentence and was kept. Topics 形式主义官僚主义 (虚报 figures) and 工作纪律.
 6  Mixed: 朱海林's contract hill land taken without compensation (an out-of-scope land claim)
    together with beatings by the 乡 cadres. The blog's caption line naming 陈春山 cut; in the
    body he is "乡书记陈春山" (unit '五重安乡' from the surrounding "五重安乡"). The 乡村干部 and the
    派出所警察 who attacked the family are post-only entries; "乡政府" and "派出所" acting as
    bodies give no entry.
 7  Mixed: 张某's own complaint (the town's archway pressing on his mother's roof) and the beating
    by the 副镇长. 韩某 is first written "值班副镇长韩某": "值班" (on duty) is not part of the post, so
    '副镇长' as in "给予副镇长韩某"; unit '固关镇'. The 纪委, the 派出所 and the 工作人员 only handle.
    Caption, dateline and sub-headings cut; stray spaces ("这 样", "时候 再") removed.
 8  Headline, timestamp, comment counter, "核心提示:" and the dateline cut. 谢平发 first written
    "陆丰市公路局局长谢平发": unit '陆丰市'. A 2007 case (before the 八项规定): topic 廉洁纪律 only.
    The page's "(以下简称《通报》)" followed by "《通知》说" kept.
 9  Three accused from one 纪委 notice: 付某 is accused although his wife held the banquet
    ("付的妻子为小女儿…办了6桌升学宴"), as the 纪委 removed him; 邓某 and 沈某 likewise through
    their former wives. The 骡坪镇党委 told to write a self-criticism is an organ, no entry.
10  Reads like a traffic-accident report with a sympathetic explanation (election duty, no
    driver), but the 区纪委 charges 朱勇 with 私自驾驶公车: in, topic 八项规定. The sentence where
    he declines to comment and the byline cut.
11  Mixed, 2025 letter: the lost case file is a 涉法涉诉 matter, the president's "人身攻击" and
    "信访敛财" insult is an allegation against a named post: (None, '党组书记、院长', '利州区法院').
    "利州区法院的人" who pushed her around are not a definable accused. The forum's random
    anti-copy strings between sentences removed; the third question ("三问…") cut.
12  Commentary; the sub-heading and the paragraph quoting 习近平 cut. Five
    accused with posts as first written ("冀东书(副厅级)": the rank is not part of the post). The
    "129名华亭县官员" are unnamed and not individually accused: no entry.
13  涉法涉诉: a first-instance administrative judgment on the 恒州镇 government's occupation of
    farmland. The plaintiffs' name list and the court header cut; the judgment breaks off in the
    stored copy. 齐某某 ("法定代表人…职务镇长") is only the defendant government's legal
    representative: not accused. Could be read as 征地拆迁; the text is court procedure.
14  涉法涉诉: villagers attack a 东台 court judgment that dismissed their suit on a 2010 demolition
    agreement. The 镇政府 and the court are organs; "故意置…于不顾" criticises a judgment, not a
    named judge. Could be read as 征地拆迁; the complaint is about the ruling.
15  涉法涉诉: a magazine story on a custody fight; sub-heading cut; no official involved.
16  征地拆迁, traditional, glosses removed; headline and sub-heading cut; the last sentence,
    garbled in the stored copy ("當?shù)嘏沙鏊槿搿"), cut. The 富水鎮政府 only answers.
17  征地拆迁, hard: a villager's own grievance about a demolition "黄凤明镇长带队". The 镇长 acts in
    his office; no misconduct beyond the demolition itself is alleged in the kept part: out, no
    accused. Forum headings cut; the truncated last sentence cut.
18  征地拆迁: a forum post on a night demolition; "派出所没有一个民警出警" and "某些领导的带领" blame
    organs and unnamed leaders in a grievance about the houses: out, no accused. ASCII full stops
    and quotes of the page written full-width.
19  个人利益诉求: 18 workers ask the 镇 for unpaid wages; the 司法所 and the 镇党委、政府 handle.
20  个人利益诉求: a 领导留言板 message on a brother's cancelled disability allowance and the reply;
    the 市委 and 凉州区委 only answer; page header and the labels "【网民留言】", "答复意见:" cut.
21  其他, traditional, glosses removed: street lights on a 省道. 付陽 (代縣長) only answers and
    apologises. The sentences garbled in the stored copy ("因?yàn)檫@個…", "直截了當?shù)…") cut, so
    the text is short (168 characters); forum title, author lines and replies cut.
22  其他: a 县长信箱 letter on a village road and the 镇's reply. The two phone numbers cut. The 交通局
    staff and "姓李的一个股长" pass the writer on (a hint of 推诿) but no misconduct is alleged: out,
    no accused.
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH46: list[Item] = [
    # 01
    ('https://chinadigitaltimes.net/chinese/2013/01/%e5%8f%91%e7%8e%b0%e6%96%b0%e9%97%bb-%e4%b8%89%e9%a4%90%e5%90%837%e4%b8%87%e3%80%80%e6%b5%b7%e5%8d%97%e8%b4%ab%e5%9b%b0%e5%8e%bf%e8%b4%a2%e6%94%bf%e5%b1%80%e9%95%bf%e5%81%9c%e8%81%8c/',
     '海南省琼中县财长因利用公款宴请朋友，三餐吃掉人民币1.5万元。中共海南省纪委做出停职处分，并'
     '追缴费用。综合大陆媒体报导，大陆各地近来贯彻落实中共中央「八项规定」，海南省相关部门组成联合'
     '检查组，暗访酒楼饭店，严查公款吃喝豪奢行为，结果发现有官员违反规定，其中一张发票金额高达人民'
     '币1.5万元（约新台币7万元）。报导指，琼中是海南省的贫困县，县财政局长王群1月5日、9日、'
     '20日在同一家酒楼分別宴请外地客人、同学朋友和相关业务部门，3次消费金额分別是4860元，5'
     '576元和4564元，最後以琼中县财政局名义开具了一张发票。报导說，1月20日吃饭的有8个人'
     '，最贵的菜一道是680元，还有海参、老虎斑鱼等，平均一个人就吃了570元。中共海南省纪律检查'
     '委员会副书记罗志军指出，此作法严重违反党员领导干部不能用公款为自己消费的有关规定，也严重违反'
     '中央和省委有关规定。报导說，王群已被停职，接受县纪委调查，并被追缴1.5万元宴请费用。中共海'
     '南省纪委表示，将会同财政部，建立长效机制，从源头防止公款大吃大喝和其他奢侈浪费行为，以落实中'
     '央规定。',
     'in', None, False, ['八项规定', '廉洁纪律'],
     [('王群', '县财政局长', '琼中县')]),
    # 02
    ('http://www.zhxpm.cn/news/xwzh/201002/26341.shtml',
     '2月1日，黃山市耿城鎮副鎮長陳某和記者說起醉酒后駕駛的事情時，仍顯得很“無奈”：“我是為陪好'
     '投資商而喝酒的，這個事情確實是沒辦法的。”據悉，1月25日晚，陳某醉酒后，駕駛投資商的寶馬車'
     '被交警抓個正著。據悉，1月25日晚，黃山市交警支隊高速二大隊民警在屯黃高速公路及匝道開展酒后'
     '駕駛統一查處行動。8時半許，一輛江蘇牌照的寶馬轎車駛進高速公路匝道，在距離交警檢查點200米'
     '處突然停車。民警上前詢問，當駕駛人打開車窗時，車內散發著濃烈的酒精氣味，4個人坐在車里不知所'
     '措。面對呼氣式酒精測試儀，駕駛員拒絕配合檢測，一再推脫自己不是駕駛人。“我是為了招商引資工作'
     '的，你們這樣做要造成負面影響，要負責任的。”該駕駛人態度惡劣。一小時后，駕駛人接受了酒精測試'
     '，顯示為酒后駛駕。隨后，該駕駛人陳某被帶到黃山市區進行血液酒精含量檢測，陳某此時還找來“替身'
     '”，稱“我的駕駛員來了，你們抽他的血化驗吧”。最終，陳某的血液檢驗結果超過了醉酒標準。1月2'
     '6日上午，交警部門查實陳某是黃山區耿城鎮黨委委員、副鎮長、該鎮金橋工業園區管委會主任。陳某也'
     '承認了醉酒事實，稱事發當晚喝完酒后，想開車把客人送到高速公路入口，當時同車4人都飲酒了。當天'
     '中午，陳某被處以暫扣駕駛證6個月、罰款1000元并行政拘留的處罰。“當晚，我是和領導一起陪投'
     '資商喝酒的，是為了工作。喝完酒后，想開著寶馬車玩玩，沒想到被交警逮著了。”昨日，陳某和記者說'
     '，他醉酒也是為了工作。',
     'in', None, False, ['生活纪律', '廉洁纪律'],
     [('陳某', '副鎮長', '耿城鎮')]),
    # 03
    ('http://cn.secretchina.com/news/b5/2005/09/15/126799p.html',
     '「崇州市集賢鄉的一個副鄉長，長期在西江河邊的茶座打牌『鬥地主』……」數日前，一崇州市民突然舉'
     '報。9月1日，本報記者與成都電視臺記者，一同前往崇州市找舉報人瞭解情況。「他叫許志。常來打牌'
     '，跟其他人看起來沒什麼區別。」舉報人說，剛開始他並不知道許志的身份，只是喝茶時發現有這麼個不'
     '到40歲，戴淺棕色眼鏡、看來有點派頭的茶客經常來打牌。開始以為許志是生意人。但一次偶然的機會'
     '，他聽說這位經常出現在崇州市濱河路茶座的男子，竟是崇州市集賢鄉副鄉長，分管政法、綜合治理、建'
     '設等工作。「我當時就很奇怪：一個鄉幹部，即使不在鄉上辦公，也該到基層去，哪來這麼多空閑到距離'
     '鄉上6、7公里外的河邊茶座打牌？不是有禁令說領導幹部不准打牌麼？」舉報人說，今年元月以來，他'
     '經常都看到許志在上班時間出現在茶座打牌。他說：「他一個月怕有20天是在這裡：他上班時間常來，'
     '週末也常來！」記者決定就此展開暗訪，並與舉報人約定：看到許志到濱河路打牌，就馬上電話通知記者'
     '。「他來了。」9月2日（週五）下午2時許，舉報人打電話說。下午3時許，記者在舉報人帶領下到了'
     '濱河路「三號茶座」，舉報人指著西江河河堤上「三號茶座」正圍成一桌打牌的三男一女，說：「背對我'
     '們的男子就是許志。」記者在一旁坐下——許志，國字臉，平頭，戴一副淺棕色眼鏡，穿淺色短袖體恤、'
     '深色西褲，嘴裡叼著香菸，翹著二郎腿斜靠在休閑椅上，手裡捏著一把牌……他神情悠閑，看上去和其他'
     '茶客沒有兩樣。陪著他打牌的有一名穿黃色短袖上衣身材略胖的30來歲女子及兩男子。',
     'in', None, False, ['工作纪律', '生活纪律'],
     [('許志', '副鄉長', '集賢鄉')]),
    # 04
    ('https://kzg.secretchina.com/news/gb/2004/08/22/70856.html',
     '卖官鬻爵死灰复燃，是最近10年的事，而目前已到了登峰造极的地步。我们最早看到关于卖官的公开报'
     '道发生在江西省广丰县。1994年7月，广丰县羽绒厂50多名职工集体举报他们的厂长毛先锋贪污公'
     '款。工人们不明白，这样一个只会贪污不会管理的人县里怎么会重用他。他们先是向县里告状，告了没用'
     '，遂把状子递到了地区。这事经报界披露，才揭开了广丰县卖官买官的黑幕。毛先锋原是新华书店的职工'
     '，是个极善投机钻营的人。从1989年到1994年，他先后给县委书记郑元盛24次送钱，共计人民'
     '币9.44万元，结果被县委“任命”为县羽绒厂厂长兼党委书记（正科极）。郑元盛在广丰县县委书记'
     '的任上（1989年至1995年）出卖了八顶官帽，“赚”了大约14万元。当时广丰县老百姓形容郑'
     '元盛卖官是“500元挂个号，1000元起价买顶帽”。郑元盛卖官案曝光后，舆论界有“要发财，到'
     '广东；要当官，到广丰”的说法。',
     'in', None, False, ['选人用人', '贪污贿赂', '廉洁纪律'],
     [('毛先锋', '厂长', '广丰县羽绒厂'), ('郑元盛', '县委书记', '广丰县')]),
    # 05
    ('http://news.sina.com.cn/o/2005-02-01/09135007425s.shtml',
     '安徽省亳州市谯城区五马镇党委副书记李宝坤因在镇党政扩大会议研究计划生育专项清理问题时，对尚未'
     '核实情况的所谓清理户上报持反对意见，该镇党委委员黄某公然对李进行殴打。法制日报消息，主持会议'
     '的镇党委书记朱某对此采取放纵态度，致李宝坤被打成轻伤。目前，黄某因涉嫌刑事犯罪已被当地检察机'
     '关公诉至法院。去年9月21日，五马镇党政班子全体成员召开扩大会议，研究计划生育专项清理情况。'
     '由于五马镇清理情况较谯城区下达的指标相距甚远，会议在研究由镇党委副书记李宝坤分包联系的张楼村'
     '上报数字问题上发生分歧。镇党委委员、负责张楼村工作的管理区书记黄某同意将未经核实的所谓清理户'
     '上报，这招致李宝坤的反对，认为是造假行为。李宝坤说，这些所谓的清理户根本没有见到人，甚至有的'
     '打工在外七八年时间了，怎能凭空认为他们计划外怀孕生孩子？由于李宝坤坚持不同意虚报，黄某十分不'
     '满。他从会议桌对面绕过书记等数人，对李实施殴打。整个殴打过程，在场的镇党委书记未出面制止。李'
     '宝坤随后进行了伤情鉴定，其右耳外伤穿孔，被亳州市公安局法医鉴定中心认定为轻伤。镇党委副书记在'
     '党政扩大会议上被殴打为轻伤，发生刑事案件，在当地产生极为恶劣的影响。事件发生后，五马镇乃至谯'
     '城区党委政府并没有采取积极有效的措施，挽回影响，而是放任事态发展。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     [('黄某', '党委委员', '五马镇'), ('朱某', '镇党委书记', '五马镇')]),
    # 06
    ('https://chinavalue.com.cn/article/2009/12/26/261080.html',
     '河北省迁安市五重安乡政府用流氓暴力手段殴打村民案持续发生，百姓一旦不听政府领导的话就遭拳打脚'
     '踢，甚至叫你有家不能回！咋听之下这哪像是政府部门的施政行为，简直像黑社会、流氓下三滥！其行为'
     '不仅伤害了群众的感情，还涉嫌违法行政或违法犯罪。笔者接触过五重安乡一部分上访群众，其中有不少'
     '人遭到了乡政府干部的殴打，群众反映的焦点主要聚集以乡书记陈春山为首的一部分干部，说这些人工作'
     '作风消极浮躁，方式方法简单粗暴。把“流氓的手段”运用到政府的行政管理中，他们要保证为一部分“'
     '有产者“服好务，不为群众着想，使用这种“流氓手段”，保证达到不可告人的目的。1999年8月3'
     '0日，五重安乡杏山村村民朱海林与村委会签订了荒山承包合同，期限为35年。2003年6月14日'
     '，五重安乡政府、杏山村委会单方撕毁协议，强制收回承包地，用于凯联铁矿废石料排放。双方对赔偿并'
     '未达成协议，也未付给朱海林任何赔偿。山场被占，粮田被毁，为维护自身合法权益，朱海林三个女儿相'
     '继被政府人员暴力殴打。两年之内，多次遭受乡村干部和派出所警察惨无人道的侵害，一家人精神和肉体'
     '上倍受折磨。2004年6月27日，五重安乡政府动用推土机，把朱海林家种植1米多高青苗强行破坏'
     '，遭到朱家抵抗，乡政府及派出所把他夫妇二人抓到派出所，以扰乱社会秩序为由强行扣留10多小时。',
     'in', None, True, ['群众纪律', '滥用职权'],
     [('陈春山', '乡书记', '五重安乡'), (None, '乡村干部', None), (None, '派出所警察', None)]),
    # 07
    ('http://guangzhou.baogaosu.com/xinwen/%E5%89%AF%E9%95%87%E9%95%BF%E5%B0%86%E4%BF%A1%E8%AE%BF%E8%80%81%E4%BA%BA%E6%89%93%E6%88%90%E9%A2%85%E8%84%91%E6%8D%9F%E4%BC%A4/21449103',
     '陇县固关镇镇政府在修建一座牌楼时，飞檐部分压住村民的房顶，按民间说法“压头”代表不吉利，村民'
     '张某前往镇政府信访反映情况时，与值班副镇长韩某发生争执，被打成颅脑损伤。6月23日，陇县纪委'
     '决定，给予副镇长韩某党内严重警告处分。6月23日，在固关镇固关街，87岁的张大妈说，6月7日'
     '，镇政府在马路上横着修建一座牌楼时，牌楼顶部的飞檐部分正好压住自家房顶，按照当地说法，这样被'
     '“压头”代表不吉祥。张大妈请求施工人员停工未果，告诉儿子张某后，张某到镇政府向值班副镇长韩某'
     '反映情况，韩某回复称，要等到星期一开党委会的时候再研究。“那我星期一再来，你给我答复意见。”'
     '张某说，韩某听到这句话后，说让他自己把牌楼拆了。“拆就拆。”张某撂下这句话后出了镇政府大院。'
     '张某说：“自己说的也是气话。”出了镇政府大院后，韩某把张某拉住，两人发生口角并争执起来。“他'
     '当着众人的面，掐住我的脖子，拳打脚踢。”张某说，自己年近60岁，身体扛不住。随后韩某被工作人'
     '员拉走。村民张某某说，当时正吃酒席，看见有人打架，上前一看，原来是副镇长韩某在打人。张某在陇'
     '县人民医院治疗，病例显示：头部颅脑受损。陇县公安局固关派出所伤情鉴定，张某的伤未达到轻伤害标'
     '准，构不成刑事立案标准，未对韩某进行刑事拘留。6月23日，华商报记者来到固关镇政府，工作人员'
     '称韩某外出下乡，电话也无人接听。昨日再次联系韩某，他说不便发表观点。',
     'in', None, True, ['群众纪律'],
     [('韩某', '副镇长', '固关镇')]),
    # 08
    ('https://qingdaonews.com/content/2007-12/21/content_7788916.htm',
     '11月17日中午，陆丰市公路局局长谢平发给母亲办丧礼，将近3000人参加，送葬队伍近1公里。'
     '12月14日，谢平发被撤销党内一切职务。12月16日，谢平发获行政降级处分，并被调离陆丰市公'
     '路局。陆丰市日前召开300多人的干部大会，宣读汕尾市纪委和公路局对“风光葬母事件”当事人陆丰'
     '市公路局局长谢平发的处理决定：撤销党内一切职务，行政降级，并调离陆丰市公路局工作。12月17'
     '日，汕尾市纪委、监察局向各（县、市）区党委、政府、纪委和监察局发出《关于谢平发同志为其母大操'
     '大办丧事违纪案的通报》（以下简称《通报》）中说，2007年11月18日，《南方日报》、《南方'
     '都市报》分别以《陆丰市公路局局长为母风光大葬轰动甲子镇》和《陆丰公路局长风光葬母》为标题，报'
     '道陆丰市公路局局长谢平发同志为其母举办丧事的问题。对此，省纪委领导和汕尾市委、市政府、市纪委'
     '主要领导分别作出严肃查处的指示。汕尾市纪委迅速成立专案组。12月14日，经市纪委常委会研究决'
     '定，给予谢平发同志撤销党内一切职务处分。12月16日，汕尾市公路局党组决定给予谢平发同志行政'
     '降级处分，并调离陆丰市公路局工作。《通知》说，“谢平发同志身为党员领导干部，在为其母办理丧事'
     '的问题上，将自己等同于一般群众，置党和国家三令五申于不顾，屈服于陈规陋习和封建权贵思想，背离'
     '党的理想信念，无组织，无纪律，大操大办，严重违反了《中共中央办公厅、国务院办公厅关于领导干部'
     '操办婚丧喜庆事宜的通知》和领导干部廉洁从政有关规定，在社会上造成不良影响，情节严重，教训深刻'
     '。',
     'in', None, False, ['廉洁纪律'],
     [('谢平发', '公路局局长', '陆丰市')]),
    # 09
    ('http://zhongguo.center/edu/2/04148488.html',
     '昨天，巫山县纪委相关人士介绍说，付某原是该县骡坪镇计生办主任，其小女儿今年高中毕业被沈阳大学'
     '录取。8月25日中午，付的妻子为小女儿在该镇一家餐馆办了6桌升学宴，收受礼金7400元。无独'
     '有偶，巫峡镇柳树村原党支部书记邓某的儿子考上大学。8月15日晚，邓的前妻为其子在县城一家酒楼'
     '办升学宴41桌，收受礼金72400元。此外，巫峡镇柳树村原文书沈某的女儿，今年也考上了大学。'
     '8月21日晚，沈的前妻为女儿办升学宴22桌，收受礼金22900元。事发后，巫山县纪委接到群众'
     '举报，迅速介入调查，该3名镇村干部承认办升学宴事实。日前经巫山县纪委常委会研究决定，以上3名'
     '镇、村干部都被免职。还责令骡坪镇党委，对拟操办喜庆事宜自查工作不到位等问题，向县纪委作出书面'
     '检讨，同时取消骡坪镇党委2011年度党风廉政建设工作评优评先资格。',
     'in', None, False, ['廉洁纪律'],
     [('付某', '计生办主任', '骡坪镇'), ('邓某', '原党支部书记', '柳树村'), ('沈某', '原文书', '柳树村')]),
    # 10
    ('http://copperhome.net/news/202002/copper118962.html',
     '7月6日，安徽省黄山市黄山区焦村镇挂职副镇长朱勇，驾驶一辆悬挂皖JD061司法警牌的面包车，'
     '行驶途中与一辆载着3人的摩托车发生碰撞，造成1人死亡2人受伤。据了解，事发时，当地村民王先生'
     '骑摩托车带着妻子和母亲走亲戚，途中与朱勇所驾警车相撞。王先生全身多处骨折，69岁的母亲受伤严'
     '重，经抢救无效死亡，而其妻子头部也受了伤。7月9日，人民网安徽频道记者从焦村镇政府了解到，事'
     '故发生后，朱勇等人第一时间拨打了120、110报警，及时将伤员运送至黄山区人民医院进行抢救。'
     '焦村镇也成立了“7.6”交通事故善后处置工作领导小组，积极做好伤员救治、事故赔偿等工作，交警'
     '部门正在按照程序对事故进行认定。朱勇为什么会开警车？7月9日，黄山区向本网通报了调查情况。通'
     '报称，7月6日清晨，朱勇赶往焦村镇郭村，参加村党组织换届选举党员村民代表推荐会，途中发生交通'
     '事故。肇事车辆为该镇司法所车辆，因选举工作，当天乡镇车辆安排不过来，便使用了司法所车辆接送干'
     '部。由于周末没联系上驾驶员，朱勇就自行驾车。黄山区纪委表示，朱勇身为科级领导干部，私自驾驶公'
     '车行为严重违反了党纪党规，第一时间对朱勇同志违纪问题予以立案调查，并于7月9日向焦村镇党委下'
     '发《停职建议书》，立即暂停朱勇担任的焦村镇政府副镇长职务。下一步，黄山区纪委将根据有关法律条'
     '规，对朱勇给予纪律处分。',
     'in', None, False, ['八项规定'],
     [('朱勇', '挂职副镇长', '焦村镇')]),
    # 11
    ('https://www.icbw.com.cn/forum.php?goto=nextoldset&mod=redirect&tid=209323',
     '尊敬的市纪委领导：我是一名年过半百的老婆子，今天斗胆写下这封信，不是为了闹事，只是想问问利州'
     '区法院的领导们：我到底做错了什么？就因为想看一眼本该存在的卷宗，就要被你们骂、被你们欺、被你'
     '们逼到不想活？一问利州区法院：卷宗丢了就是丢了，你们还要瞒到什么时候？从2025年6月我申请'
     '复制卷宗开始，利州区法院的人不是说“找不到”就是“正在查”，推来推去两个多月，给我的全是冷眼'
     '和欺骗。我就想不通，卷宗是你们法院保管的，丢了就是丢了，这是铁打的事实，你们为什么不敢承认？'
     '难道老百姓的事在你们眼里就这么不值钱？丢了卷宗不认错、不补救，还让我们苦等，你们到底要我们等'
     '什么？等你们把“丢了”说成“没丢”，还是等我们这些老婆子熬不住了自动放弃？二问利州区法院党组'
     '书记、院长：你凭什么说我“信访敛财”？7月28日11时56分，第二调解室的监控和法警执法记录'
     '都清清楚楚——你作为法院一把手，接待我时不仅不解决问题，反而一口咬定卷宗没丢，还多次人身攻击'
     '。你说我“信访敛财”，我倒想问问你：我一没要你们一分钱，二没提过分要求，就想看看自己的卷宗，'
     '怎么就成了“敛财”？你坐在高高的位置上，对一个身患疾病的老婆子说出这种话，良心过得去吗？联合'
     '调查组明明要求你们正视问题，你却对着老百姓恶语相向，这就是你们的“为人民服务”？',
     'in', None, True, ['群众纪律'],
     [(None, '党组书记、院长', '利州区法院')]),
    # 12
    ('http://sinoca.com/news/china/2015-05-07/413715.html',
     '甘肃省华亭县原县委书记任增禄收受贿赂991万元，另有411万元巨额财产来源不明。该案牵涉12'
     '9名华亭县官员，几乎覆盖了该县县委、县政府以及各乡镇政府机关。“郡县治，天下安”，在我们党的'
     '组织结构和国家政权结构中，县一级处在承上启下的关键环节。县委是我们党执政兴国的“一线指挥部”'
     '，县委书记就是“一线总指挥”。县委书记这一角色，承担着发展经济、保障民生、维护稳定等繁重任务'
     '，责重权大，同时也面临着来自各个方面的诱惑和考验。从去年2月28日江西会昌县县委书记傅春荣涉'
     '嫌严重违纪违法被调查，到今年4月9日河北省通报清河县县委书记冀东书（副厅级）涉嫌严重违纪违法'
     '接受组织调查，从中纪委等权威渠道通报的消息中，至少有38名县委书记落马。被判死缓的江西南昌县'
     '原县委书记汤成奇受贿3901万元，玩忽职守、滥用职权，造成国家损失2.8亿多元；安徽泗县原县'
     '委书记晏金星10年受贿600余次，平均每周一次，金额达500余万元。',
     'in', None, False, ['贪污贿赂', '滥用职权', '廉洁纪律'],
     [('任增禄', '原县委书记', '华亭县'), ('傅春荣', '县委书记', '会昌县'), ('冀东书', '县委书记', '清河县'), ('汤成奇', '原县委书记', '南昌县'), ('晏金星', '原县委书记', '泗县')]),
    # 13
    ('https://shengtinglaw.com/anli-xiangqing-1127.html',
     '诉讼代表人崔xx、谷xx、史xx。委托代理人郭律师，北京市盛廷律师事务所律师。委托代理人，北'
     '京市盛廷律师事务所律师。被告曲阳县恒州镇人民政府。组织机构代码00084322-7。法定代表'
     '人齐某某，职务镇长。委托代理人杜xx，曲阳县城区蓝天法律服务所法律工作者。原告崔xx、谷xx'
     '、史xx等24名原告要求确认被告曲阳县恒州镇人民政府强行占用原告集体农用地的具体行政行为违法'
     '，于2015年3月20日向本院提起行政诉讼。本院于2015年4月13日立案受理，于2015年'
     '4月20日向被告送达行政起诉状、应诉通知书、举证通知书。本院依法组成合议庭于2015年7月9'
     '日公开开庭审理了本案。原告诉讼代表人崔xx、谷xx、史xx、委托代理人郭律师，被告委托代理人'
     '杜xx到庭参加诉讼。本案现已审理终结。原告诉称，原告均系曲阳县恒州镇西河流村村民，依法享有本'
     '村土地承包经营权。被告称因曲阳县南环路滨河公园建设项目，欲征用原告的集体农用土地。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('http://qfapi.hmting.com/wap/thread/view-thread/tid/15599668',
     '2010年，射阳县原耦耕镇人民政府与当地村民签订《房屋拆迁协议》，协议中明确承诺“由政府免费'
     '统一办理产权证”，然而，十余年间，村民不仅始终未能拿到协议约定的产权证，更在2025年通过政'
     '府信息公开渠道，意外得知当年的拆迁安置行为存在诸多违法情形：镇政府既无合法的拆迁审批文件，也'
     '未按《土地管理法》规定发布拆迁公告、公示补偿安置方案，收回宅基地使用权时未履行“报原批准用地'
     '人民政府批准”的法定程序；安置地块实为农用地，直至2024年才补办相关手续，且村民所建的房屋'
     '也应违法用地在2023年就己被射阳县自然资源局没收，所谓“免费办证”的承诺，更是镇政府超越自'
     '身法定职权的无效约定。得知真相后，村民以行政协议纠纷为由，将现合德镇政府诉至东台市人民法院，'
     '请求撤销案涉《房屋拆迁协议》并判令镇政府赔偿损失。令人意外的是，江苏省东台市人民法院却以“超'
     '过民事除斥期间”为由，驳回了村民的全部诉讼请求。这份判决最核心的不公，在于对证据的选择性采信'
     '——故意置《行政诉讼法》第七十条规定的“程序违法、超越职权”等可撤销情形于不顾，仅在裁判文书'
     '中着重强调与《民法典》“欺诈行为”相关的内容，以此诱导公众聚焦“村民因欺诈签协议、房屋被没收'
     '”的表面事实，却对村民提交的、能证明行政行为违法的关键证据视而不见。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://e.mzyfz.org.cn/mag/paper_42811_21924.html',
     '在离婚诉讼中，彼此最难达成共识的就是子女抚养权的归属问题。那么，法院会视什么情况来裁定呢？广'
     '西壮族自治区柳州市有一对夫妻离婚后，为了争夺女儿的抚养权打了几次官司，来回拉锯，耗时数年。随'
     '着孩子的渐渐长大，这场旷日持久的官司才终于得到了圆满的解决。生于上世纪八十年代初的刘秋生和周'
     '小敏，从小到大，学习成绩一直不错。学有所成的两个同龄人，毕业后在广西工业重镇柳州市寻求发展。'
     '刘秋生应聘到一所大学任教，周小敏则就职于一所名牌中学。工作稳定下来不久，彼此便登记结婚了。婚'
     '后生育一女，取名刘秀丽。原以为情投意合的两人会一直相伴到老，可没料到“相爱容易相处太难”的魔'
     '咒，居然会在这对高知男女的身上也应验了！那是2013年，由于双方性格都要强，在面对柴米油盐和'
     '教育孩子的琐事中，不合拍的观念终于爆发了。但是，谁也不愿先服软，于是闹到了辖区法院。经过法院'
     '调解，双方同意离婚。按常理，年仅3岁的女儿，应由周小敏携带抚养比较合适，可由于当时一些客观方'
     '面的因素，加之是协议离婚，所以，把刘秀丽交由刘秋生抚养，周小敏也同意了。协议中还约定，周小敏'
     '每半个月可以探视刘秀丽两天。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://m.liuxurong.cn/html/news/gn/2016_03/02/15164251.html',
     '因鎮上修路，房屋被納入拆遷范圍，在沒有和村民談妥的情況下，施工方將2戶村民的房屋、樹木推到，'
     '當時兩戶村民均不在家中。對于村民房子被拆，商南縣富水鎮政府發文回應稱，系施工隊誤拆。富水鎮小'
     '伙小汪家在鎮街道，2015年鎮上實施富東街道路建設項目，小汪和其他幾十戶村民被納入拆遷范圍。'
     '具體的征地工作由富水鎮政府組織實施。小汪家情況比較特殊，其父母過世，家中三個姐姐都已出嫁，他'
     '則在外地打工。今年小汪家的房子突然被村里開進來的挖掘機推倒。“第二天聽我姐姐告訴我的，趕回來'
     '發現房子已被夷為平地。”上午，提及此事小王仍氣憤地說，房子被拆前沒有人給他提過此事，父親在世'
     '時，聽說要拆遷，但由于各方面原因最終沒有達成協議。與此同時，和小汪家緊挨著的村民張勇家的廁所'
     '、沼氣池及兩棵大樹也被一起推倒。“我當時在我弟家，等我回來時發現，一臺挖掘機正在推，旁邊有不'
     '少施工方的人。”',
     'out', '征地拆迁', False, [],
     []),
    # 17
    ('https://dianbai.mom/threads/165301/post-3665480',
     '我原有楼房建于九十年代，位于观马公路旁（即河垌道班旁边），是我个人的合法私有财产。现因扩大公'
     '路，圈在征拆范围内，对于扩建道路我是相当支持配合的，去年扩路征地的领导和我谈话，说我的房子在'
     '道路扩大后太近路了，在拆迁范围，叫我在旧房后面建新房，要快点。我爽快的答应了，对他说：『好，'
     '但不知能不能快，因为要选日子』。领导们的回复是那你叫先生择快的嘛。我有次要求领导开出相关手续'
     '或写几个字证明允许我在后面新建。领导给我的答复是你可以新建，政府不会阻挠，但是不会写字或出证'
     '给我。就这样，出于对政府的信任，对政府领导的信任，我相信了他们的安排。就这样，建新房的日子选'
     '在了今年二月，在打地基建基础的时候某些领导不乐意了，阻挠我施工，说是什么控制区。鉴于政府实施'
     '阻挠，我只好打好基础就不建了。停工之后，我找到征地办的领导对他们说：「新房暂时不同意我建，旧'
     '房虽近路但不碍路，门前之地修路需要多少即用多少，旧房暂时就不要拆。」领导们也同意，对我说：『'
     '可以，尽量帮你争取在此建新房。』时间到了2018年5月15日星期二上午约九时多，我和妻子吃完'
     '早饭后，她去干活了，我在家和一位路过的村民聊天。刹时间，门前路边停很多车，下来一大帮人，我起'
     '身出去问他们要干什么，有人回应说拆我房子。我心一惊，赶紧把门关了，急忙爬出天面一看，原来是黄'
     '凤明镇长带队，开着挖掘机过来约有百十号人（当中有观珠派出所治安干警，政府相关人员等）。',
     'out', '征地拆迁', False, [],
     []),
    # 18
    ('https://xtq.zynews.cn/thread-749702-1-1.html',
     '今天凌晨一点钟，大孟镇政府工作人员几十人，把守雁鸣大道大孟村出入口，雇用两台大型工程机械（俗'
     '称勾机），把住户叫醒后骗出房子控制住，接着安排人员把房内的能搬的物品搬出室外，使用勾机在短短'
     '的两个小时内拆了三栋房子（其中两栋因为严寒没有住人）。住人的房子户主徐玉山因为阻拦政府人员强'
     '拆自己的房屋，被几个人按压住打伤在地，三根手指受伤，徐玉山的老母亲闻听自己的房屋被强拆，心脏'
     '病发作被送入医院急救。目前尚在医院治疗中。另外两户被拆的一户主姓穆，另一户主姓孟。在拆迁进行'
     '时，户主和围观群众多次拨打110报警电话，但是直至拆迁完毕，距离被拆房屋几百米之遥的大孟镇派'
     '出所没有一个民警出警！甚至徐玉山受伤后去派出所报案也被告知不受理。今天下午两点钟左右，大孟镇'
     '政府工作人员十几人又挨户通知没有拆到的户主，要挟说限三天内搬迁，不然的话到时候所有物品会砸到'
     '房内！今天晚上六点左右，又有镇政府工作人员登门通知户主，说明天就要商户和户主搬走，不然会安排'
     '人过来“帮你搬”。今天凌晨强拆房屋时候，附近的居民都出门观看并想帮被拆的户主搜集一些证据，但'
     '是刚一拍照闪光灯就引来镇政府工作人员过来抢夺相机阻拦拍照。月黑风高，严冻酷寒，大孟镇政府的工'
     '作人员在某些领导的带领和直接指挥安排下，上演一出和平盛世的强盗之举！可怜的被拆迁户举报无门，'
     '欲哭无泪，天寒心更寒！法律在此时此刻只是一纸空文罢了！',
     'out', '征地拆迁', False, [],
     []),
    # 19
    ('http://ajnews.zjol.com.cn/ajnews/system/2008/01/25/010319952.shtml',
     '事情是这样的：1月16日，承建杭垓镇一工程的安吉某建筑公司的18名工人来到镇政府，反映他们临'
     '近年关但仍未能拿到工资，希望政府给予帮助。镇党委、政府得知情况后十分重视，立即指派司法所介入'
     '，帮助农民工讨工资。司法所接到镇政府的通知后，马上会同法律服务所、社会发展办等部门人员展开调'
     '查，并积极与相关人员取得联系，了解事情经过。经过调查证实，因包工头外出办事，所以未及时和建筑'
     '公司结算工资，导致拖欠32名农民工工资共20余万元。司法所当即指出，无论出现何种情况都不应该'
     '拖欠农民工工资，建筑公司和包工头都有义务及时足额发放农民工的工资，维护地方稳定，促进社会和谐'
     '，并做工作要求他们及时兑现工资。经过连续两天的协商，动之以情，晓之以理，司法所终于促成建筑公'
     '司和包工头达成如下协议：即由建筑公司出资16万，包工头出资4万，合计20万元交由政府用于农民'
     '工工资的支付。18日下午，由政府出面向所有在杭垓境内的18名农民工发放了拖欠的工资，其他暂时'
     '不在杭垓的农民工，政府将为他们在信用社开设个人帐户，将拖欠的工资打到每个人的帐户里。目前，该'
     '项工作正在有条不紊地进行。',
     'out', '个人利益诉求', False, [],
     []),
    # 20
    ('http://m.people.cn/n4/2019/1125/c315-13433767-2.html',
     '我哥哥是个残疾人（从小就小儿麻痹症），以前政府每月给100元的贫困残疾补助，为什么后面就给取'
     '消了呢？他是个残疾人，没有经济来源，而且是事实求是的事情，父母已经年老体弱多病了，也没法务农'
     '了，为什么政府就给取消了呢，希望您百忙之中解答一下吧！网友：您好！您留言反映残疾人补助取消相'
     '关问题后，市委高度重视，即责成凉州区委核查办理。现回复如下：经核查，您哥哥为凉州区九墩镇下窝'
     '村四组村民，肢体二级残疾，现担任九墩镇下窝村村级民政协理员。您哥哥家庭于2017年7月被评定'
     '为农村二类低保户，根据《甘肃省人民政府关于进一步完善困难残疾人生活补贴和重度残疾人护理补贴制'
     '度的实施意见》（甘政发〔2016〕13号）中“城镇低保及农村一、二类低保家庭中的残疾人生活补'
     '助按每人每月不低于100元标准执行”的规定，您哥哥自递交残疾人两项补贴申请当月开始，按月足额'
     '发放困难残疾人生活补贴资金100元。2019年6月，九墩镇下窝村“两委”重新评定该村低保户时'
     '，由于您哥哥家庭收入核算超过评定低保的标准，取消了您哥哥二类低保户资格，因此，您哥哥不符合发'
     '放困难残疾人生活补贴的条件，于当月停发了每月100元的困难残疾人生活补贴。',
     'out', '个人利益诉求', False, [],
     []),
    # 21
    ('http://rocheandco.com/forum.php?action=printable&mod=viewthread&tid=225593',
     '建湖縣的居民反映的一個問題，每天往返的一段省道兩側沒有安裝一盞路燈，摸黑行路非常的不安全；我'
     '們來請建湖縣的負責同志來回應一下；我是建湖縣人民政府代縣長，我叫付陽，首先呢，我做個檢討，我'
     '們工作沒干好啊，讓群眾受累了，他反映的情況呢，是屬實的。已經做了這個前期的準備工作，做了招投'
     '標的一些布局，我們準備8月份進場，9月底前把路燈全部亮起來。',
     'out', '其他', False, [],
     []),
    # 22
    ('http://pucheng.gov.cn/appeal/view.jsp?model_id=1&sq_id=11895',
     '县长好：我是荆姚镇宣化村人，从荆姚镇纪村通往宣化的水泥路前两年还能看见有人维护（会清除路边的'
     '杂草），这两年没有看到了，村里的汽车是越来越多，目前路边杂草较多，路面太窄行车不便。另外，这'
     '条路修的时间也挺长了，路面破损严重。今天我打电话到交通局，说是另外一个部门管，然后又转到“农'
     '业股”还是啥没听清楚，又给了一个电话说是专人在管（姓李的一个股长，手机号码也有），人家说乡村'
     '路都是镇上自己管。所以在此想肯请领导方便的时候过问一下这个事情，如果有专门的经费，那就让用在'
     '专门的事情上。我知道领导很忙，如有时间麻烦过问一下。谢谢！网友您好：您留言反映“乡道维护问题'
     '”后，荆姚镇政府进行调查了解，现就相关情况答复如下：镇政府立即派专人开展摸底调查工作。通过镇'
     '村对接，已派专人对纪村通往宣化的水泥路两侧杂草进行清理，并确定专人管护，保证群众出行便利，乡'
     '村道路畅通整洁，提升广大群众满意度。感谢您的宝贵留言，欢迎您继续监督支持我们工作！',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH46, "fresh46")
