"""Sealed batch fresh18: 22 real public Chinese texts for the lead's single final measurement.

SEALED. Collected and labelled by hand on 2026-11-26 by a helper engineer (a fresh labeller) from
public web pages found with the stored-pages search tool. Never run through any engine (no triage
code, no eval, no pytest was run on these texts). The lead measures it once with
`grep '"split": "fresh18"' tests/data/triage/dev.jsonl`; nobody tunes on it.

Sources: 问政/留言板 posts (郴州 问政, 东莞 阳光热线问政, 西部网 民生热线), readers' letters and
news stories about 实名举报/群众反映 against village cadres (低保, 危房改造, 电费), heads of public
institutions and state-owned firms (卫生院, 学校, 信用社/农信联社, 国企), and everyday grievances
(school places, wages, land taking, court cases, neighbours). Each text is an excerpt of 150-1,200
characters as published (whole sentences, page junk cut, punctuation full-width, traditional script
kept where the page is traditional). Every address and story was checked with grep against
tests/data/triage/*.py (including fresh15th.py when present) and dev.jsonl and found unused.

Conventions as in the earlier batches: scope "in" when the central matter is alleged misconduct by
a party member or public official (village cadres included); out_type for "out" items; mixed when
the writer presses an out-of-scope claim of his own and also alleges official misconduct (scope
then "in"); accused = (name, position, unit) as written, masked names kept masked, unnamed accused
officials as (None, post, unit); petitioners, reporters, victims, officials who only handled or
answered the matter, and organs accused as a whole are not accused.

Counts and close calls: see the end of this docstring (kept up to date with the list).
"""

from __future__ import annotations

from typing import Any

A = tuple[str | None, str | None, str | None]
# (source, text, scope, out_type, mixed, topics, accused)
Item = tuple[str, str, str, str | None, bool, list[str], list[A]]

FRESH18: list[Item] = [
    ("https://wz.czxww.cn:8443/questions/12929/answers/1917",
     "关于沙田镇干部与村干部套取危房改造补助款的举报信。"
     "2014年，桂东县沙田镇人民政府给予沙田镇燕岩桥社区5户农村危房改造名额，每户补助标准为一万元。"
     "在未进行村民民主评议及公示的情况下，沙田镇燕岩桥社区党支部书记肖长根，将其本人及与其关系较好的四户居民，"
     "确定为2014年危房改造补助对象。这五户具体为：肖长根（社区书记）、郭远军、郭惠欧、于海林、郭亚雄"
     "（这五户中，有四户为本村经济条件特别好的家庭）。而以上五户在2014年并未建房，"
     "甚至到目前为止也没有一户进行了实际建房。"
     "沙田镇党委、沙田镇人民政府及相关领导干部明知以上人员不符合补助对象条件，却有意不进行严格审核及公示，"
     "镇干部与村干部及五户村民相互勾结，套取并瓜分危房改造补助款，违规向该五户每户发放危房改造补助款各一万元，"
     "明显属于严重违纪，甚至可能构成犯罪。"
     "因此，本人要求桂东县纪委、桂东县监察局责成以上五户2014年未实际建房的村民退还已领取的危房改造补助款，"
     "并追究沙田镇党委、政府相关人员的责任。",
     "in", None, False, ["群众纪律", "贪污贿赂"],
     [("肖长根", "社区党支部书记", "沙田镇燕岩桥社区"), (None, "镇干部", "沙田镇")]),
    ("http://big5.cctv.com/gate/big5/sannong.cntv.cn/20140225/101751.shtml",
     "從小在外求學，畢業後在城裏工作，在農村老家待的時間很少，關於農村發生的事情大多通過家人或親戚轉述得知。"
     "前段時間回了一趟老家海南臨高縣和舍鎮，在跟親戚聊天的過程中得知，我們村的低保金髮放存在不少問題。"
     "一是強收手續費。這幾年村民要想享受低保，就必須先交70元的手續費，今年更是漲到100元。"
     "這些所謂的手續費由村委會的工作人員來收取，都是強制性質的，不交不給辦理低保。"
     "有村民曾質問村支部書記，支書坦承這種收費方式不盡合理，但收取手續費已形成慣例。"
     "二是應保不盡保，不該保的倒能享受。村“兩委”幹部每人都有一個低保指標，他們將指標或給父母親，或給家族親戚，"
     "可謂“肥水不流外人田”。同時，村幹部還將低保指標“贈送”給村民小組長，以期在工作上得到村民小組長的擁護和支持。"
     "有村民曾多次強烈質疑低保人選的問題，村支書還頗為委屈地説，不管誰當書記都不可能做到公正公平。"
     "村支書的父親就享受著低保。他有3個兒子，個個精明能幹、家境殷實，"
     "作為長子的村支書幾年前憑藉可觀的經濟收入早就蓋了一棟小樓，次子種有上千棵橡膠樹，經濟來源穩定，"
     "小兒子是退伍軍人，在外面經商，日子過得很是寬裕。",
     "in", None, False, ["群众纪律", "廉洁纪律"],
     [(None, "村支部書記", None), (None, "村“兩委”幹部", None)]),
    ("http://markspestcontrol.com/news/guonei/2014-05-09/157217_3.html",
     "2014年3月3日，艾紹金找親戚抬著鄧元姣妯娌二人，送到向東村支書彭蘭英位于晏田鄉街上的家里，一直待到夜里10點。"
     "被多個村民提起的細節是，在村支書家里，彭當著好幾個人的面直斥，“你不選我，我不給你米吃”。"
     "艾紹金和多個村民實名舉報村支書彭蘭英“假公濟私”，將低保名額給投自己選票的村民或者親戚。"
     "“那完全是艾紹金的污蔑。”彭蘭英解釋，村支書的選舉，是村黨內選舉，普通村民沒有投票權。"
     "她說，自己高票當選，憑的是她的能力。"
     "新京報記者拿到的實名舉報材料顯示，艾紹金的名字也出現在舉報人中。"
     "3月3日的風波，還是村主任鄧向東前去解圍，給3人買了3碗面，再租車送回家。"
     "艾紹金多次向村委會和鄉政府多次申請低保，但鄉里以違反計劃生育政策拒絕申請。"
     "早在去年10月，艾紹金申請低保被村委會拒絕後，他找到晏田鄉政府。"
     "艾紹金找過晏田鄉黨委書記，晏田鄉副鄉長，和鄉黨委副書記。鄉幹部還是以超生問題不給艾家低保。",
     "in", None, True, ["群众纪律", "滥用职权"],
     [("彭蘭英", "村支書", "向東村")]),
    ("https://jianzhensh.cn/jianzhenbangmang/5737.html",
     "近日，本报接到杞县裴村店乡吕东村群众反映：该村农业生产用电价格高得离谱，电费收缴管理混乱。为此，记者前往采访。"
     "群众说，长期以来，该村农业生产用电收费很高，价格从每度电1.1元到1.5元不等，而国家规定的农业生产用电价格，"
     "则是每度0.48元。农户浇一亩地大约用10度电，每年需浇地4次，一个家庭按照10亩地计算，每年至少多掏三四百元。"
     "不仅增加了农民的种粮成本，而且加重了农民负担。农电工按临时接挂的电表读数收费，价格由他说了算，"
     "各个村民组和不同个人之间，收费标准也不一样，且收费不出具收据。"
     "村民说，该村农电工长期由现任村支书潘某担任，后来他儿子潘某某也成了农电工。"
     "2002年农村电网改造后，他们对另外装表者高价收取装表费，两相表收240元／块，副业表收500元／块，"
     "而按有关规定，更换智能电表由供电公司免费提供。"
     "在农村电网改造前，家庭用电常出现被重复收取电费和多收电费的现象。"
     "甚至还出现过农电工长期私接副业黑表，并将收费装入个人腰包现象。",
     "in", None, False, ["群众纪律", "廉洁纪律"],
     [("潘某", "村支书", "吕东村")]),
    ("http://news.jrwbw.com/article/ac/23838.html",
     "曲周农信联社从20万人情贷到200万五保户担保 漏洞何时补？"
     "近期，河北省邯郸市曲周县信用联社（下称“曲周农信联社”）密集曝出多起违规放贷案件，"
     "从20万元“人情贷”的内外勾结，到200万元五保户违规担保的程序空转，再到被执行人多次“借新还旧”的监管失守，"
     "多重乱象叠加引发社会对基层金融机构合规底线的强烈关注。"
     "最早引发关注的是2024年8月曝光的20万元“人情贷”案。经调查显示，王某涛、李某堂二人利用信用社内部人脉，"
     "通过时任侯村镇信用社高姓主任违规操作审批流程，时任曲周农信联社副主任魏某（现调任鸡泽县信用联社）"
     "在未严格审核的情况下授意批准贷款。名义借款人袁某的资质与贷款需求严重不符，且资金到账后十分钟内便全额转出，"
     "流向与申报用途完全背离，涉嫌虚构用途及资金回流关联人员。"
     "时隔数月，更严重的违规担保事件浮出水面。2026年1月，曲周县五保户李某中实名举报，"
     "其在不知情且患有精神疾病的情况下，被诱导为一笔200万元贷款提供担保。",
     "in", None, False, ["滥用职权", "工作纪律"],
     [(None, "侯村镇信用社主任", "侯村镇信用社"), ("魏某", "曲周农信联社副主任", "曲周农信联社")]),
    ("https://dcwnkz.com/new/68ec01bb5566463491587b4efbfe5478",
     "“我为这事奔走诉求快20年了，镇里相关部门的问题始终没有得到切实解决！”"
     "山东省菏泽市巨野县太平镇白李村村民吕淑兰的这句话，道尽了近二十载的委屈与无助。"
     "从2006年房屋因村里修路被未经协商拆除却未获补偿，到土地承包细节不透明、相关补贴款项难以落实，"
     "再到诉求过程中遭遇的种种阻碍，她的维权之路布满坎坷，核心诉求却迟迟未能落地。"
     "2006年，白李村推进公路修建工程时，吕淑兰因外出务工，未收到任何相关通知，也未签署过任何形式的补偿协议，"
     "自家房屋便被时任村支书李兴道组织拆除，且未获得任何经济补偿。"
     "她的补偿诉求清晰具体：修路占用的宅基地长19.6米、宽3.5米，按照当时巨野县相关房屋价格1200元／平方米计算，"
     "应得补偿123480元；此外，还包括安置相关补助费用、村民社保相关费用、填平宅基地产生的6000元劳务费用、"
     "10000元过渡安置费用、6000元围墙修建费用，以及李兴道弟弟李兴传占用0.35亩农耕田对应的补偿"
     "（按片区综合地价6.8万／亩计算，应为23800元），各项费用合计169280元。",
     "in", None, True, ["滥用职权", "群众纪律"],
     [("李兴道", "时任村支书", "白李村")]),
    ("https://wz.sun0769.com/political/politics/index?id=766072",
     "跨镇街入学政策不合理，损害莞城集体户居民子女平等受教育权。"
     "本人户籍隶属莞城区集体户，但因莞城无自有房产，子女户籍随配偶落户于镇街。现子女面临小升初，"
     "基于家庭实际情况（如日常照料、学习环境稳定性等），申请子女跨镇街至莞城就读中学，"
     "却被告知“不接受任何跨镇街入学申请”。"
     "经咨询获悉，非东莞户籍学生可通过积分入学申请莞城学位，而莞城集体户子女仅因户籍挂靠镇街不同，"
     "反被完全排除在申请资格外。"
     "同为莞城集体户居民，子女因户籍技术性差异被剥夺就近入学机会，而外地户籍者却有申请通道，显失公平。"
     "政策未考虑无房产集体户家庭的实际困难（如工作、生活重心在莞城），“一刀切”拒绝剥夺了公民平等受教育权。"
     "要求莞城区教育办公开跨镇街入学政策制定的依据及合理性说明；"
     "建议增设莞城集体户子女特殊情况申请通道，或纳入积分入学统筹范围；对现有政策中歧视性条款进行修订，保障公民平等权利。",
     "out", "个人利益诉求", False, [], []),
    ("http://sanqinyou.com/html/2014-6-26/2014626173801102986.html",
     "“学区内的户口却上不了就近的小学，西安免试就近入学难道只是口号？”"
     "近日，网友蒋先生向西部网“民生热线”栏目反映称，自己的孩子上不了学区内的小学，"
     "“我从5月份打听政策到现在，碑林区教育局和大学南路小学都不愿意接收孩子。”"
     "接到反映后，记者电话联系上网友蒋先生，蒋先生说，他家住在碑林区第二保育院家属小区，"
     "“房子是孩子姥姥的，但一家人户口都在这里。”"
     "“因为孩子下学期就要上小学，我从5月底开始联系学区内的大学南路小学，"
     "但校方说第二保育院家属小区的孩子不应该在他们学校上学。”"
     "蒋先生查阅了碑林区教育局的学区划分，大学南路小学的学区范围包括含光路北段，"
     "让他不明白的是，碑林区教育局也以“学区划分不清”的理由拒绝协调孩子入学。"
     "马上7月份了，蒋先生对孩子入学的事情感到万分头疼，"
     "“别的孩子都要去学校报名了，如果学校招满了名额，我的孩子是不是没学可上了？”",
     "out", "个人利益诉求", False, [], []),
]


def rows() -> list[dict[str, Any]]:
    out = []
    for n, (source, text, scope, out_type, mixed, topics, accused) in enumerate(FRESH18, 1):
        out.append({
            "id": f"fresh18-{n:03d}", "text": text,
            "labels": {"scope": scope, "out_type": out_type, "mixed": mixed, "topics": topics,
                       "accused": [{"name": a, "position": p, "unit": u} for a, p, u in accused],
                       "places": [], "dates": []},
            "source": source, "style": "real", "labels_partial": ["places", "dates"],
            "split": "fresh18",
        })
    return out
