"""Builds tests/data/triage/dev.jsonl: the labelled development set of the triage engine.

Synthetic items are composed from independent parts (channel frame, accused official,
misconduct episode, grievance, filler) so that no two share a text; the labels are
derived from the parts, not from the engine. A short list of real public texts
(condensed, names and facts kept, with their source address) is added at the end.
About a quarter of the items, chosen by a hash of the id, form the held-out split
(`"split": "heldout"`) that the rules are never tuned on.

Hand-written items (handwritten.py) in other styles are added and split the same way.
The development split is also bundled as xunshi/triage/data/train.json, from which the
model is fitted at first use.

Run: python tests/data/triage/build_dev.py  (deterministic; rewrites both files)
"""

from __future__ import annotations

import hashlib
import importlib
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import zhconv

sys.path.insert(0, str(Path(__file__).parent))
from handwritten import rows as handwritten_rows
from handwritten2 import rows as handwritten2_rows
from handwritten3 import rows as handwritten3_rows
from handwritten4 import rows as handwritten4_rows
from handwritten5 import rows as handwritten5_rows
from places_real1 import LABELS as PLACES_REAL1
from places_real2 import LABELS as PLACES_REAL2
from places_real3 import LABELS as PLACES_REAL3
from real2 import rows as real2_rows
from real3 import rows as real3_rows
from real4 import rows as real4_rows
from real5 import rows as real5_rows
from real6 import rows as real6_rows
from real7 import rows as real7_rows
from real8 import rows as real8_rows
from real9 import rows as real9_rows

# The real batches collected and sealed one by one (fresh.py, fresh2nd.py, … fresh181th.py);
# each module's rows() gives its labelled rows.
FRESH_BATCH_MODULES = ["fresh", "fresh2nd", "fresh3rd", *(f"fresh{n}th" for n in range(4, 182))]
OUT = Path(__file__).with_name("dev.jsonl")
BUNDLE = Path(__file__).parents[3] / "xunshi" / "triage" / "data" / "train.json"
rng = random.Random(20150803)

COUNTIES = ["青县", "东光县", "南皮县", "沧县", "河间市", "任丘市", "献县", "盐山县", "孟村县", "吴桥县"]
CITY = "沧州市"
TOWNS = ["流河镇", "乾元镇", "马厂镇", "木门店镇", "大官厅乡", "龙王李镇", "寨子镇", "连镇",
         "潞灌乡", "凤凰镇", "王口镇", "崔尔庄镇", "高川乡", "小营乡", "杜林回族乡", "姚官屯乡"]
VILLAGES = ["张庄村", "王家楼村", "小营村", "前进村", "后屯村", "李家洼村", "东辛庄村", "西河头村",
            "刘官庄村", "三里铺村", "北孙村", "南堤村"]
DEPTS = ["县交通局", "县国土资源局", "县住建局", "县教育局", "县卫计局", "县财政局", "县水务局",
         "县民政局", "县扶贫办", "县供销社", "县林业局", "县环保局", "县人社局", "县农业局", "县城管局"]
SURNAMES = [*list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤边"), "欧阳", "司马"]
GIVEN = list("建国军红霞伟明德新庆志远淑芬晓燕立鹏海波永春玉兰桂英长福宝山文华学东金锁二柱秀云振江俊峰丽娟守义广才占")
ORDINARY = ["老百姓", "村民", "群众", "一名党员", "退休教师", "知情人"]


def person_name() -> str:
    s = rng.choice(SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def masked(name: str) -> str:
    s = name[:2] if name[:2] in ("欧阳", "司马") else name[0]
    r = rng.random()
    if r < 0.45:
        return s + "某"
    if r < 0.75:
        return s + "某某"
    return s + "某" + rng.choice(GIVEN)


# --- Officials: (level, position as written after the unit, unit kind) -------------------
COUNTY_POSTS = ["县委书记", "县长", "县委副书记", "常务副县长", "县委常委、组织部长", "县纪委书记",
                "县人大常委会主任", "县政协主席", "副县长", "县委常委、宣传部长"]
TOWN_POSTS = ["党委书记", "镇长", "党委副书记", "副镇长", "纪委书记", "人大主席"]
DEPT_POSTS = ["局长", "党组书记、局长", "副局长", "主任", "党组书记"]
VILLAGE_POSTS = ["村支书", "党支部书记", "村主任", "村委会主任", "党支部书记、村委会主任", "村会计"]


def official() -> dict[str, Any]:
    """One accused official with the way the text introduces them."""
    level = rng.choices(["county", "town", "dept", "village"], [3, 4, 3, 3])[0]
    county = rng.choice(COUNTIES)
    name = person_name()
    style = rng.random()
    shown: str | None = name if style < 0.5 else (masked(name) if style < 0.9 else None)
    places = [county]
    if level == "county":
        post = rng.choice(COUNTY_POSTS)
        if county.endswith("市"):
            post = post.replace("县委", "市委").replace("县长", "市长").replace("县纪委", "市纪委") \
                .replace("县人大", "市人大").replace("县政协", "市政协")
        unit: str | None = county
        prefix = county
        # "青县县委书记" is how people write it; "县委书记" alone happens too.
        if rng.random() < 0.25:
            unit, prefix, places = None, "", []
    elif level == "town":
        town = rng.choice(TOWNS)
        post = rng.choice(TOWN_POSTS)
        if town.endswith("乡"):
            post = post.replace("镇长", "乡长")
        unit, prefix = town, (county + town if rng.random() < 0.5 else town)
        places = [county, town] if prefix.startswith(county) else [town]
    elif level == "dept":
        dept = rng.choice(DEPTS)
        post = rng.choice(DEPT_POSTS)
        unit, prefix = dept, (county + dept[1:] if rng.random() < 0.4 else dept)
        if prefix != dept:
            unit = prefix
        places = [county] if prefix.startswith(county) else []
    else:
        town, village = rng.choice(TOWNS), rng.choice(VILLAGES)
        post = rng.choice(VILLAGE_POSTS)
        unit = village
        prefix = town + village if rng.random() < 0.6 else village
        places = [town, village] if prefix.startswith(town) else [village]
    mention = prefix + post + (shown or "")
    if shown and rng.random() < 0.12:
        mention = (shown + "（" + prefix + post + "）")
    short = shown or post.split("、")[-1]
    return {"level": level, "name": shown, "position": post, "unit": unit, "mention": mention,
            "short": short, "places": places}


def accused_label(o: dict[str, Any]) -> dict[str, Any]:
    return {"name": o["name"], "position": o["position"], "unit": o["unit"]}


YEARS = list(range(2009, 2016))


def date_expr() -> str:
    y = rng.choice(YEARS)
    forms = [f"{y}年", f"{y}年{rng.randint(1, 12)}月", f"{y}年春节期间", f"{y}年以来", f"{y}年{rng.randint(1,12)}月{rng.randint(1,28)}日",
             f"{y}年中秋节前后", f"{y}年下半年", f"{y}年底"]
    return rng.choice(forms)


# --- Misconduct episodes: (template, topics). {P}: first mention; {S}: later reference ---------
MISCONDUCT: list[tuple[str, list[str]]] = [
    ("{D}，{P}借给儿子办婚宴之机大操大办，摆了六十多桌，辖区老板每人送礼金两千元以上。", ["八项规定", "廉洁纪律"]),
    ("{P}经常用公车接送孩子上学，{D}还开着单位的车回老家过年，加油费都在单位报销。", ["八项规定"]),
    ("{D}，{P}在县城一家酒店用公款宴请上级来的朋友，喝的是茅台，一顿花了一万多元。", ["八项规定"]),
    ("{P}收受工程老板送的购物卡和红包，{D}一次就收了五万元。", ["廉洁纪律", "贪污贿赂"]),
    ("{P}插手{X}道路工程招投标，指定让他小舅子的公司中标，工程质量很差。", ["廉洁纪律", "滥用职权"]),
    ("{P}的老婆开了一家建材公司，{S}利用职权让辖区内的项目都用她家的材料。", ["廉洁纪律"]),
    ("{P}{D}挪用扶贫资金三十多万元，用于给单位职工发福利，账目是假的。", ["廉洁纪律", "贪污贿赂"]),
    ("{P}虚报冒领危房改造补助，把名额给了自己的亲戚和关系户，真正的困难户一户也没有。", ["群众纪律", "廉洁纪律"]),
    ("{P}截留克扣群众的退耕还林补贴，{D}每亩少发了一百多元。", ["群众纪律", "贪污贿赂"]),
    ("{P}在低保评定中优亲厚友，他家的亲戚好几户都吃上了低保。", ["群众纪律"]),
    ("{P}卖官鬻爵，{D}调整干部时，想当站所长的都要给他送钱，少的三万，多的十万。", ["选人用人", "贪污贿赂"]),
    ("{P}突击提拔干部，{D}换届前一个月连着提拔了十几个人，其中有他的秘书和老乡，没有公示。", ["选人用人"]),
    ("{P}搞一言堂，重大项目和大额资金从来不上会研究，都是他一个人说了算。", ["民主集中制"]),
    ("{P}和班子成员不团结，{D}以来各管一摊，互相拆台，工作都推不动。", ["民主集中制"]),
    ("{P}在{X}搞形象工程，盲目举债修广场，欠了工程队好几千万，群众意见很大。", ["政治纪律", "形式主义官僚主义"]),
    ("{P}对上级的环保督察整改要求搞变通，表面停产，晚上照样偷偷开工。", ["政治纪律", "工作纪律"]),
    ("听说巡视组要来，{P}召集下属统一口径，不让大家反映问题，还说谁反映就收拾谁。", ["政治纪律"]),
    ("{P}搞封建迷信，{D}花钱请风水大师给办公楼看风水，还在办公室摆了佛像烧香。", ["政治纪律"]),
    ("{P}长期在外面包养情人，给她在县城买了房子，{D}还带着她出去旅游。", ["生活纪律"]),
    ("{P}经常在工作时间打麻将赌博，输赢好几千，喝醉了还打人。", ["生活纪律"]),
    ("{P}瞒报个人有关事项，他在外地有三套房子，配偶还在经商。", ["组织纪律"]),
    ("{P}的档案年龄是改过的，实际已经超过退休年龄还在岗位上。", ["组织纪律"]),
    ("{D}换届时{P}请客拉票，给代表每人送了一千块钱。", ["组织纪律"]),
    ("{P}工作作风漂浮，一个月要开二十多次会，天天让村里填表留痕，真正的事不干。", ["形式主义官僚主义"]),
    ("群众到{X}办事，{P}门难进、脸难看、事难办，一个证拖了半年不办，不送礼就不给盖章。", ["形式主义官僚主义", "群众纪律"]),
    ("{P}滥用职权，违规把{X}的集体土地低价转让给开发商，国有资产损失上千万。", ["滥用职权", "廉洁纪律"]),
    ("{P}对辖区内的非法采砂不闻不问，{D}发生塌方死了两个人，他是采砂场的保护伞。", ["工作纪律", "滥用职权", "群众纪律"]),
    ("{P}插手司法案件，给法院打招呼让他的亲戚减刑。", ["工作纪律"]),
    ("{P}统计造假，把{X}的人均收入数据虚报了一倍，搞假脱贫。", ["工作纪律"]),
    ("{P}违规在企业兼职取酬，{D}以来每年从一家药厂拿分红，入了干股。", ["廉洁纪律"]),
    ("{P}{D}违规给单位职工发放过节费和购物卡，每人三千元，都是从小金库出的。", ["八项规定", "廉洁纪律"]),
    ("{P}{D}以考察学习为名，带着家属到海南公款旅游了一个星期。", ["八项规定"]),
    ("{P}索要好处费，群众办宅基地证必须给他五千块钱，不给就不办。", ["群众纪律", "贪污贿赂"]),
    ("上次巡视反馈的问题，{P}搞虚假整改，材料上写已整改完毕，实际一点没改。", ["工作纪律", "形式主义官僚主义"]),
    ("{P}的办公室面积严重超标，{D}又花两百多万豪华装修了办公楼。", ["八项规定"]),
]

# The episodes that turn a land/lawsuit/welfare grievance into a misconduct allegation.
MIXED_TURN: dict[str, list[tuple[str, list[str]]]] = {
    "征地拆迁": [
        ("我家的征地补偿款本来应该是八万多，实际只拿到五万，后来才知道是{P}截留了，还私分了一部分。", ["群众纪律", "贪污贿赂"]),
        ("拆迁时{P}给他自己亲戚多算了两处房子的补偿，虚报面积，我们这些老实人反而少拿了。", ["群众纪律", "廉洁纪律"]),
        ("{P}带人强拆了我家的房子，还把补偿款打到了他指定的账户上。", ["群众纪律", "滥用职权", "贪污贿赂"]),
    ],
    "涉法涉诉": [
        ("我打了三年官司，判决一直没执行，后来才知道是{P}收了对方的钱，给执行局打招呼压着不办。", ["工作纪律", "贪污贿赂"]),
        ("我的案子一审判得不公，对方是{P}的亲戚，{S}给法院打过招呼，这是干预司法。", ["工作纪律"]),
    ],
    "个人利益诉求": [
        ("我申请低保好几年都批不下来，{P}说要给他送两千元才能办，我家实在拿不出来。", ["群众纪律", "贪污贿赂"]),
        ("我在工地干活的工资被拖欠，包工头说钱被{P}拿去了，工程款被他们截留挪用了。", ["廉洁纪律", "贪污贿赂"]),
        ("我是退伍军人，安置待遇一直没落实，{P}把我的名额给了他自己的侄子。", ["群众纪律", "选人用人"]),
    ],
}

# Out-of-scope grievances, by out_type; {X} is a place, {D} a date.
GRIEVANCE: dict[str, list[str]] = {
    "征地拆迁": [
        "我家在{X}，{D}修路征了我家三亩地，补偿标准太低，一亩才给两万，周边的都给四万，要求按标准补偿。",
        "{D}我家房子被拆迁，说好两年内回迁，到现在安置房还没开工，一家人一直在外面租房，过渡费也停发了。",
        "我们{X}的宅基地被划进了开发区，拆迁补偿协议一直谈不拢，现在天天有人来断水断电，希望上级给个说法。",
        "{X}搞棚户区改造，评估公司给我家房子估价明显偏低，我申请复核没人理，请求重新评估。",
        "征地以后我们成了失地农民，养老保险一直没给办，补偿款也只发了一半，请求帮忙协调解决安置问题。",
    ],
    "涉法涉诉": [
        "我和邻居因为宅基地边界打官司，{D}一审判决我败诉，我认为法院认定事实错误，已经上诉，请求巡视组督促二审公正判决。",
        "{D}法院判决对方还我二十万元借款，判决早已生效，申请执行一年多了一分钱没执行回来，请求督促执行。",
        "我儿子被公安局以寻衅滋事拘留，我认为是冤案，要求撤销处罚，申请再审。",
        "我被人打伤报警后，派出所一直不立案，我要求追究打人者的刑事责任。",
        "我的劳动仲裁裁决{D}就下来了，公司不服起诉到法院，官司拖了两年还没判，请求领导关注。",
    ],
    "个人利益诉求": [
        "我在{X}的工地干了十个月，包工头拖欠我农民工工资三万多元，过年都回不了家，请求帮助讨薪。",
        "我是{D}退伍的老兵，按政策应该安排工作，至今没有落实，要求解决待遇问题。",
        "我母亲常年卧病在床，家里困难，申请了两次低保都没批下来，希望政府帮忙解决。",
        "我在单位干了二十年临时工，要求转为正式编制，补缴社保。",
        "我孩子今年上小学，户口不在学区，学校不给入学，请求帮忙解决孩子上学问题。",
        "我{D}在县医院做手术，医保报销比例太低，自付了六万多，请求按政策重新报销。",
        "我的养老金从{D}开始少发了三百元，去社保局问了几次都说不清楚，要求补发。",
    ],
    "其他": [
        "{X}附近的化工厂天天晚上偷偷排污，河水都变黑了，气味很大，希望有关部门管一管。",
        "我们小区物业收费高还不干事，电梯坏了一个月没人修，房产证办了五年还没下来。",
        "{X}到县城的公路坑坑洼洼，下雨天根本没法走，建议尽快修路。",
        "建议县里多建几个停车场，现在县城停车太难了，到处乱停车。",
        "{X}有人打着高息理财的旗号搞非法集资，好多老人都上当了，请相关部门查处。",
        "我们村附近的养殖场噪音和异味太大，晚上根本睡不着觉。",
        "想咨询一下巡视组的受理范围，举报需要提供哪些材料？",
        "{X}的菜市场有商家卖假货缺斤短两，食品安全没人管。",
        "县里的干部都是贪官，没有一个好东西，请巡视组全部查一查。",
        "我们村的农田灌溉水渠年久失修，希望政府拨款修一下。",
    ],
}

NEUTRAL_OFFICIAL = [
    "{P}接待过我们一次，说会研究，后来就没消息了。",
    "我们找过{P}，他说这事需要县里统一协调。",
    "{P}来村里开过会，讲了政策，但大家还是不理解。",
]

URGENT = [
    ("他扬言谁再告状就让谁家破人亡，我现在人身安全受到威胁。", "retaliation"),
    ("我实名举报后被他找人打击报复，我家的门店被停业整顿。", "retaliation"),
    ("现在他们正在销毁账本，把证据往外转移，请尽快来查。", "evidence"),
    ("村里几十户群众准备集体上访，情绪很激动，怕出群体性事件。", "group"),
    ("如果再不解决，我就只能从县政府楼上跳下去了。", "life"),
]

FILLER_IN = [
    "这些情况{X}的老百姓都知道，可以随便找人问。",
    "我手里有转账记录和照片，可以提供给巡视组。",
    "希望巡视组认真调查，还群众一个公道。",
    "我怕打击报复，所以不敢署名，请谅解。",
    "以上情况句句属实，如有不实愿承担责任。",
    "此人在当地民愤极大，大家敢怒不敢言。",
    "他原来在别的乡镇当一把手时就有这些问题，换了地方还是老样子。",
]
FILLER_OUT = [
    "我们多次找过有关部门，一直没有解决。",
    "恳请领导重视，帮我们解决实际困难。",
    "我家生活非常困难，实在没有办法才写这封信。",
    "希望巡视组能帮我们反映一下。",
    "这个问题已经拖了很长时间了。",
]


def frame(body: str, channel: str) -> str:
    sign_date = f"2015年{rng.choice([8, 9])}月{rng.randint(1, 28)}日"
    if channel == "letter":
        head = rng.choice(["尊敬的巡视组领导：", "省委巡视组：", "巡视组领导你们好：", "尊敬的省委第七巡视组："])
        tail = rng.choice(["此致\n敬礼！", "请领导明察。", "盼复。"])
        who = rng.choice(["一名老党员", "知情群众", "村民代表", "一个受害者", "匿名"])
        return f"{head}\n    {body}\n{tail}\n{who}\n{sign_date}"
    if channel == "sms":
        return body
    if channel == "email":
        subj = rng.choice(["反映问题", "举报材料", "情况反映", "请求解决问题", "来信"])
        return f"主题：{subj}\n发件人：{rng.choice(['匿名', '一群众', 'zhangsan1975'])}\n\n{body}\n\n{sign_date}"
    # phone note taken by the duty officer
    caller = rng.choice(["来电人（匿名）", "来电人自称村民", "一男子来电", "一女士来电"])
    return f"值班电话记录 {sign_date} 上午10时\n{caller}反映：{body}\n记录人：值班员"


def fill(t: str, o: dict[str, Any] | None, places: list[str], dates: list[str]) -> str:
    if "{X}" in t:
        x = rng.choice(TOWNS + VILLAGES)
        t = t.replace("{X}", x, 1)
        places.append(x)
    if "{D}" in t:
        d = date_expr()
        t = t.replace("{D}", d, 1)
        dates.append(d)
    if o is not None:
        t = t.replace("{P}", o["mention"], 1).replace("{P}", o["short"]).replace("{S}", o["short"])
    return t


def make_in(i: int, mixed_type: str | None = None) -> dict[str, Any]:
    o = official()
    places, dates = list(o["places"]), []
    topics: set[str] = set()
    parts: list[str] = []
    out_type = None
    channel = rng.choices(["letter", "sms", "email", "phone"], [4, 2, 2, 2])[0]
    sms = channel == "sms"
    if mixed_type:
        t, tp = rng.choice(MIXED_TURN[mixed_type])
        parts.append(fill(t, o, places, dates))
        topics |= set(tp)
        if rng.random() < 0.5 and not sms:
            parts.insert(0, fill(rng.choice(GRIEVANCE[mixed_type]), None, places, dates))
    else:
        n = 1 if sms else rng.choice([1, 1, 2, 2, 3])
        chosen = rng.sample(MISCONDUCT, n)
        first = True
        for t, tp in chosen:
            if not first:
                t = t.replace("{P}", "{S}")
            parts.append(fill(t, o, places, dates))
            topics |= set(tp)
            first = False
    if rng.random() < 0.4 and not sms:
        parts.append(fill(rng.choice(FILLER_IN), None, places, dates))
    flags = []
    if rng.random() < 0.12 and not sms:
        u, f = rng.choice(URGENT)
        parts.append(u)
        flags.append(f)
    body = "".join(parts)
    accused = [accused_label(o)]
    return {"text": frame(body, channel), "labels": {
        "scope": "in", "out_type": out_type, "mixed": bool(mixed_type), "topics": sorted(topics),
        "accused": accused, "places": dedupe(places), "dates": dedupe(dates)},
        "channel": channel, "flags": flags}


def make_out(i: int, kind: str) -> dict[str, Any]:
    places: list[str] = []
    dates: list[str] = []
    channel = rng.choices(["letter", "sms", "email", "phone"], [3, 3, 2, 2])[0]
    sms = channel == "sms"
    parts = [fill(rng.choice(GRIEVANCE[kind]), None, places, dates)]
    if rng.random() < 0.25 and kind != "其他" and not sms:
        o = official()
        places += o["places"]
        parts.append(fill(rng.choice(NEUTRAL_OFFICIAL), o, places, dates))
    if rng.random() < 0.5 and not sms:
        parts.append(rng.choice(FILLER_OUT))
    flags = []
    if rng.random() < 0.08 and not sms:
        u, f = rng.choice(URGENT[3:])
        parts.append(u)
        flags.append(f)
    body = "".join(parts)
    return {"text": frame(body, channel), "labels": {
        "scope": "out", "out_type": kind, "mixed": False, "topics": [], "accused": [],
        "places": dedupe(places), "dates": dedupe(dates)}, "channel": channel, "flags": flags}


def dedupe(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))


FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def to_fullwidth(s: str) -> str:
    return "".join(FW.get(ch, ch) for ch in s)


def variant(item: dict[str, Any]) -> dict[str, Any]:
    r = rng.random()
    if r < 0.1:
        conv = lambda s: zhconv.convert(s, "zh-tw")  # noqa: E731
        item["variant"] = "traditional"
    elif r < 0.2:
        conv = to_fullwidth
        item["variant"] = "fullwidth"
    else:
        return item
    item["text"] = conv(item["text"])
    lab = item["labels"]
    lab["places"] = [conv(p) for p in lab["places"]]
    lab["dates"] = [conv(d) for d in lab["dates"]]
    lab["accused"] = [{k: (conv(v) if isinstance(v, str) else v) for k, v in a.items()}
                      for a in lab["accused"]]
    return item


# Real public texts, condensed (facts, names, places and dates as in the source).
REAL: list[dict[str, Any]] = [
    {"source": "https://ttnews.xyz/a/5b58b6f2dc9b5e2564202dc3?lang=zh-hans",
     "text": "今年2月，太平镇铁鹅村村支部书记柏道理操办其母丧礼时，违规收受了管理服务对象礼金6700元，该行为严重违反了中央八项规定精神。6月底，镇纪委接到群众举报后严肃查处。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定", "廉洁纪律"],
                "accused": [{"name": "柏道理", "position": "村支部书记", "unit": "铁鹅村"}],
                "places": ["太平镇", "铁鹅村"], "dates": ["今年2月"]}},
    {"source": "http://www.yqzksb.com/html/zhoubian/liaocheng/2020_06/09/4372487.html",
     "text": "東阿縣劉集鎮黨委委員劉驍違規收費問題。2017年、2018年，劉驍在劉集鎮平安家園險征收工作中，沒有按照上級規定的每年每戶30元的標準收取，而是按照每年每人10元的標準收取。為掩蓋多收款項的事實，劉驍違規與保險公司商定提高保額標準，並虛構4529戶用來分配多收取的保險費。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["群众纪律"],
                "accused": [{"name": "劉驍", "position": "黨委委員", "unit": "劉集鎮"}],
                "places": ["東阿縣", "劉集鎮"], "dates": ["2017年", "2018年"]}},
    {"source": "http://www.yqzksb.com/html/zhoubian/liaocheng/2020_06/09/4372487.html",
     "text": "陽谷縣安樂鎮紅旗村黨支部書記、村委會主任葛秀田違規收費問題。2018年2月，葛秀田未按程序召開村民代表大會商議，未制定籌資項目方案報上級審批，擅自向本村有耕地的300名村民每人收取10元，共計3000元。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["群众纪律"],
                "accused": [{"name": "葛秀田", "position": "黨支部書記、村委會主任", "unit": "紅旗村"}],
                "places": ["陽谷縣", "安樂鎮", "紅旗村"], "dates": ["2018年2月"]}},
    {"source": "http://www.yqzksb.com/html/zhoubian/liaocheng/2020_06/09/4372487.html",
     "text": "高唐縣琉璃寺鎮崔莊村黨支部書記、村委會主任桑保臣違規收費問題。2019年7月，桑保臣在收取該村玉米保險費、衛生費時，未召開村民代表大會，擅自搭車加碼，超標準向本村村民每人加收修路工費8元，共計3920元。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["群众纪律"],
                "accused": [{"name": "桑保臣", "position": "黨支部書記、村委會主任", "unit": "崔莊村"}],
                "places": ["高唐縣", "琉璃寺鎮", "崔莊村"], "dates": ["2019年7月"]}},
    {"source": "http://news.chengdu.cn/2017/0615/1885004.shtml",
     "text": "一封举报信被投入邛崃市委第三巡察组设置的举报信箱。信中反映：4月28日，水口镇响水村党支部书记朱某以乔迁新居的名义，违规操办酒宴数十桌，在当地群众中间造成了不良影响。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定"],
                "accused": [{"name": "朱某", "position": "党支部书记", "unit": "响水村"}],
                "places": ["邛崃市", "水口镇", "响水村"], "dates": ["4月28日"]}},
    {"source": "http://sd.sina.com.cn/news/b/2016-05-26/detail-ifxsqxxu4418886.shtml?from=sd_cnxh",
     "text": "山东省滨州市海河管理局党支部委员、副局长刘红心违规使用单位公车接送亲属，滨州市纪委给予刘红心党内警告处分，责令其退缴相关费用。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定"],
                "accused": [{"name": "刘红心", "position": "党支部委员、副局长", "unit": "海河管理局"}],
                "places": ["山东省", "滨州市"], "dates": []}},
    {"source": "http://sd.sina.com.cn/news/b/2016-05-26/detail-ifxsqxxu4418886.shtml?from=sd_cnxh",
     "text": "营口盖州市综合执法局西城一中队中队长魏建宏以孩子升学为名违规操办升学宴并收受礼金。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定", "廉洁纪律"],
                "accused": [{"name": "魏建宏", "position": "中队长", "unit": "西城一中队"}],
                "places": ["营口", "盖州市"], "dates": []}},
    {"source": "https://xtq.zynews.cn/forum.php?mod=viewthread&ordertype=1&tid=1388668",
     "text": "惠济区苏屯拆迁已经两年零6个月了，在外租房流离失所，过渡费也不够用。想问的是安置房开工为何遥遥无期，当初说的是2年半基本回迁，现在还是黄土一片，早在13年12月安置房就举行开工奠基。请政府给出个具体时间，让村民尽早回迁。",
     "labels": {"scope": "out", "out_type": "征地拆迁", "mixed": False, "topics": [], "accused": [],
                "places": ["惠济区", "苏屯"], "dates": ["13年12月"]}},
    {"source": "https://people.lyd.com.cn/wenti/20220328102659188/1/new",
     "text": "我是磁涧镇柴湾村小老井组居民，2020年我组积极响应政府号召进行动迁。当时政府承诺一年内交付安置，现如今快两年过去了，迟迟不见安置。镇政府有关人员口头宣布我组土地分配方案无效，至今没有兑付我组第二批土地补偿款。请相关部门尽快给予安置。",
     "labels": {"scope": "out", "out_type": "征地拆迁", "mixed": False, "topics": [], "accused": [],
                "places": ["磁涧镇", "柴湾村"], "dates": ["2020年"]}},
    {"source": "https://www.suiningwang.com/thread-538411-1-1.html",
     "text": "我们是四川省遂宁市安居区西眉镇的拆迁对象。2015年6月镇党委政府给我们提供了几个安置场地供选择，2016年2月底全体拆迁对象都拆掉了老家的房屋。现在镇党委换届了，新的领导2016年10月擅自改变了安置场地，要把我们移到山脚下。我们多次找镇党委，总是搪塞敷衍。对现在的规划我们坚决不同意，请求上级领导给个说法。",
     "labels": {"scope": "out", "out_type": "征地拆迁", "mixed": False, "topics": [], "accused": [],
                "places": ["四川省", "遂宁市", "安居区", "西眉镇"], "dates": ["2015年6月", "2016年2月底", "2016年10月"]}},
    {"source": "http://ny26zhong.com/n2/2022/0325/c345509-35191275.html",
     "text": "仁壽縣群眾留言稱，當地修351國道玉龍鎮入口，2017年征地修路，2018年又征地。現在路都通了，2017年的征地賠償都到位了，但2018年征地的各種權益至今杳無音信。路通了，被征地老百姓的權益找誰來保障？",
     "labels": {"scope": "out", "out_type": "征地拆迁", "mixed": False, "topics": [], "accused": [],
                "places": ["仁壽縣", "玉龍鎮"], "dates": ["2017年", "2018年"]}},
    {"source": "http://www.b3q24.cn/news/20160129/448895.html",
     "text": "投訴稱：2011年12月初，投訴人賈成彬向射陽縣人民法院起訴戴仁元等二人拖欠款項，後經審理判決賈成彬勝訴。但從接到判決書到今天已經過去4年，至今未能追討回一分錢，法院只答復找不到當事人，無法執行。請求督促執行。",
     "labels": {"scope": "out", "out_type": "涉法涉诉", "mixed": False, "topics": [], "accused": [],
                "places": ["射陽縣"], "dates": ["2011年12月初"]}},
    {"source": "http://www.csflxx.com/f12271166.htm",
     "text": "茅山塘整个拆迁项目已经拖了将近二十年，到今年还没有个确定结果。区域内环境脏乱差，治安隐患严重，希望相关领导从稳定社会出发，不要忽视群众的切身利益，尽早启动征收拆迁。",
     "labels": {"scope": "out", "out_type": "征地拆迁", "mixed": False, "topics": [], "accused": [],
                "places": ["茅山塘"], "dates": []}},
]

REAL += [
    {"source": "http://zqb.cyol.com/html/2013-07/30/nw.D110000zgqnb_20130730_2-01.htm",
     "text": "琼中县财政局局长用公款宴请个人朋友等，被免去党内和行政职务，由本人上缴招待费用。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定"],
                "accused": [{"name": None, "position": "局长", "unit": "琼中县财政局"}],
                "places": ["琼中县"], "dates": []}},
    {"source": "http://zqb.cyol.com/html/2013-07/30/nw.D110000zgqnb_20130730_2-01.htm",
     "text": "白河县县委书记违规借用越野车，受到党内警告处分，有关责任人受到追究。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定"],
                "accused": [{"name": None, "position": "县委书记", "unit": "白河县"}],
                "places": ["白河县"], "dates": []}},
    {"source": "http://zqb.cyol.com/html/2013-07/30/nw.D110000zgqnb_20130730_2-01.htm",
     "text": "赤壁市地税局“两节”期间乱发物资补助，局长受到党内严重警告处分和行政记过处分，所发物资补助已全部清退。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定"],
                "accused": [{"name": None, "position": "局长", "unit": "赤壁市地税局"}],
                "places": ["赤壁市"], "dates": []}},
    {"source": "http://www.hnr.cn/news/kx/201409/t20140905_1558423.html",
     "text": "湘阴县民政局中秋节违规发放月饼，党组书记、局长庞国荣受到党内严重警告处分，党组成员、副局长左重受到党内警告处分。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定"],
                "accused": [{"name": "庞国荣", "position": "党组书记、局长", "unit": "湘阴县民政局"},
                            {"name": "左重", "position": "党组成员、副局长", "unit": "湘阴县民政局"}],
                "places": ["湘阴县"], "dates": []}},
    {"source": "http://www.hnr.cn/news/kx/201409/t20140905_1558423.html",
     "text": "湖南烈士公园党委副书记、管理处主任吴军因在公共资源管理上失职渎职，导致该公园出现带有私人会所性质的场所，在社会上造成了不良影响。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定", "滥用职权"],
                "accused": [{"name": "吴军", "position": "党委副书记、管理处主任", "unit": "湖南烈士公园"}],
                "places": [], "dates": []}},
    {"source": "http://hanfengnongye.com/07tztk/system/2016/09/14/020743653.shtml",
     "text": "溫嶺市城南鎮上岙村黨支部書記王金才違規公款聚餐。經查，2013年1月至12月，王金才多次召集部分村兩委成員聚餐並多次購買香煙，相關費用以測量費名義報銷。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定", "廉洁纪律"],
                "accused": [{"name": "王金才", "position": "黨支部書記", "unit": "上岙村"}],
                "places": ["溫嶺市", "城南鎮", "上岙村"], "dates": ["2013年1月至12月"]}},
    {"source": "http://www.iosapp77.com/news/np/880664.html",
     "text": "浦城縣林業局2014年期間用公款在酒家5次宴請相關人員共計3250元。縣林業局黨委書記余向東和縣林業局副局長余定亮多次組織和參與同城公款吃請，違反了中央八項規定精神。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["八项规定"],
                "accused": [{"name": "余向東", "position": "黨委書記", "unit": "縣林業局"},
                            {"name": "余定亮", "position": "副局長", "unit": "縣林業局"}],
                "places": ["浦城縣"], "dates": ["2014年期間"]}},
    {"source": "http://www.cnwnews.com/html/soceity/cn_fz/djkf/20160711/813759.html",
     "text": "村民来信：兰溪市梅江镇岩下村村支部书记周金良利用职务之便，贪污、挪用、侵占集体和村民的财产。2008年园地改造项目中实际面积200亩，周金良上报400亩，套取补贴款80万元；占用村民土地的青苗补偿款至今未兑现。村集体的电脑、电视机等财物，周金良全都搬到自己家中。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["廉洁纪律", "群众纪律", "贪污贿赂"],
                "accused": [{"name": "周金良", "position": "村支部书记", "unit": "岩下村"}],
                "places": ["兰溪市", "梅江镇", "岩下村"], "dates": ["2008年"]}},
    {"source": "http://www.handmsg.com/page/2022/0826/11577885.shtml",
     "text": "區紀委監委接到一個舉報電話：“自從張某某擔任村支書後，村裡的退耕還林補助金就不見了蹤影。”調查組查明，屬於村集體的退耕還林補助金匯入了村黨總支書記張某某的私人賬戶。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["廉洁纪律", "群众纪律"],
                "accused": [{"name": "張某某", "position": "村黨總支書記", "unit": None}],
                "places": [], "dates": []}},
    {"source": "https://tanguan.io/docs10/post/10/fyrftlno",
     "text": "山西省忻州市忻府区卢野村部分党员及村民，控告本村党总支书记卢某亮、党总支副书记张某锁共同侵吞集体财产。2012年卢某亮任村党支部书记后，垃圾费用翻了一番，完全由卢、张二人说了算，吃空饷大有人在。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["廉洁纪律", "贪污贿赂", "民主集中制"],
                "accused": [{"name": "卢某亮", "position": "党总支书记", "unit": None},
                            {"name": "张某锁", "position": "党总支副书记", "unit": None}],
                "places": ["山西省", "忻州市", "忻府区", "卢野村"], "dates": ["2012年"]}},
    {"source": "https://wechat.kanfb.com/mix1/9955",
     "text": "村民舉報：臨沂市蘭山區銀雀山街道辦七裡溝村村支書王西欽涉嫌貪污拆遷補償款、雇兇打人、暴力強拆、違規選舉。2009年村財務帳面收到街道辦撥來的拆遷補償款一千八百多萬元，去向不明。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["廉洁纪律", "群众纪律", "贪污贿赂"],
                "accused": [{"name": "王西欽", "position": "村支書", "unit": "七裡溝村"}],
                "places": ["臨沂市", "蘭山區", "七裡溝村"], "dates": ["2009年"]}},
    {"source": "http://m.fraudsandswindlers.com/sh/news/2007/07-09/975045.shtml",
     "text": "潁上縣建潁鄉圩溝村原支部副書記徐兆平，從2004年至今向縣鄉兩級紀委和檢察院實名舉報本村支部書記官會朋，主要反映克扣災民救濟糧款，殯葬罰款沒有上交國家，總數近十萬元。",
     "labels": {"scope": "in", "out_type": None, "mixed": False, "topics": ["群众纪律", "廉洁纪律"],
                "accused": [{"name": "官會朋", "position": "支部書記", "unit": None}],
                "places": ["潁上縣", "建潁鄉", "圩溝村"], "dates": ["2004年至今"]}},
    {"source": "http://www.senqingzn.com/dy/article/K4J89QQA0556EXPA.html?spss=dy_author",
     "text": "广东博罗县龙溪街道苏村村山尾小组干部苏某榕、苏某彬被村民反映在2022年东江大道征地项目中未区分集体与个人权益，本应归属集体的补偿款去向不明，并拒绝提供土地底册核对；2023年1月的分红未公示人口数目，村民质疑数据弄虚作假。村民要求公开剩余征地资金明细。",
     "labels": {"scope": "in", "out_type": None, "mixed": True, "topics": ["群众纪律", "廉洁纪律"],
                "accused": [{"name": "苏某榕", "position": "干部", "unit": "山尾小组"},
                            {"name": "苏某彬", "position": "干部", "unit": "山尾小组"}],
                "places": ["博罗县", "龙溪街道", "苏村村"], "dates": ["2022年", "2023年1月"]}},
    {"source": "http://m.kmyks.com/data/html/content/2014/01/51617.html",
     "text": "渭南市興華建筑公司名下的華新大廈，至今還未發放農民工的工資，致使工人滯留，不能按時回家過年。公司管理人員之間相互推卸責任，望政府部門出面予以解決，幫助農民工們討回血汗錢。",
     "labels": {"scope": "out", "out_type": "个人利益诉求", "mixed": False, "topics": [], "accused": [],
                "places": ["渭南市"], "dates": []}},
    {"source": "https://ppfocus.com/0/ed7b69fd1.html",
     "text": "尊敬的領導，您好！我們從2019年農曆正月十七到四月二十，在鄭州市惠濟區一個預製梁廠幹活，幹完活沒拿到工資，項目部承諾一個禮拜後發工資，每人只發了四千多塊，總工資將近兩萬。已經過去一個多月了，打電話問老闆就往後推。我們上有老下有小，只有求助領導幫幫我們這些農民工！",
     "labels": {"scope": "out", "out_type": "个人利益诉求", "mixed": False, "topics": [], "accused": [],
                "places": ["鄭州市", "惠濟區"], "dates": ["2019年農曆正月十七到四月二十"]}},
    {"source": "https://xtq.zynews.cn/forum.php?goto=nextoldset&mod=redirect&tid=279",
     "text": "老父亲和村上的几个老头在新郑市龙湖镇郭庄村一个建筑工地找了个盖房子的活，到了年底工头一句“赔了，没钱”就给打发了。打讨薪热线说要证据，找乡政府说调解，回家等通知后就没信了。",
     "labels": {"scope": "out", "out_type": "个人利益诉求", "mixed": False, "topics": [], "accused": [],
                "places": ["新郑市", "龙湖镇", "郭庄村"], "dates": []}},
    {"source": "https://fx361.cc/page/2016/0228/21155692.shtml",
     "text": "王玉艳在市中级人民法院信访接待大厅徘徊，她丈夫的案子判决多年一直执行不到位。她给执行法官打电话没人接，给执行庭长打电话也没人接，最后打给执行局局长，对方说在开会。她希望法院尽快执行。",
     "labels": {"scope": "out", "out_type": "涉法涉诉", "mixed": False, "topics": [], "accused": [],
                "places": [], "dates": []}},
]


def main() -> None:
    items: list[dict[str, Any]] = []
    plan = (["in"] * 105 + ["mixed:征地拆迁"] * 9 + ["mixed:涉法涉诉"] * 6 + ["mixed:个人利益诉求"] * 7
            + ["out:征地拆迁"] * 30 + ["out:涉法涉诉"] * 25 + ["out:个人利益诉求"] * 35 + ["out:其他"] * 30)
    for n, kind in enumerate(plan, 1):
        if kind == "in":
            item = make_in(n)
        elif kind.startswith("mixed:"):
            item = make_in(n, kind.split(":")[1])
        else:
            item = make_out(n, kind.split(":")[1])
        item = variant(item)
        item["id"] = f"syn-{n:03d}"
        item["source"] = "synthetic"
        items.append(item)
    for n, real in enumerate(REAL, 1):
        items.append({"id": f"real-{n:03d}", **real, "adapted": "condensed"})
    items += handwritten_rows()
    items += handwritten2_rows()  # written after tuning: held out as a whole
    items += handwritten3_rows()  # same free style, for tuning: development split
    items += handwritten4_rows()  # more ways of naming people, for tuning
    items += handwritten5_rows()  # written last, measured once: held out as a whole
    items += real2_rows()  # second batch of real texts (issue #4): its own split, measured first-seen
    items += real3_rows()  # third batch, collected after the engine changes, measured once
    items += real4_rows()  # fourth batch, measured once with the engine of 1d34755
    items += real5_rows()  # fifth batch, measured once with the engine of ab6fab9
    items += real6_rows()  # sixth batch, measured once with the final engine (e882545)
    items += real7_rows()  # seventh batch, labelled before the engine saw it, measured once
    items += real8_rows()  # eighth batch, same way
    items += real9_rows()  # ninth batch, same way
    # fresh1-fresh4 were sealed until their single measurement (session 3, engine f542963),
    # fresh5-6, fresh7-10, fresh11-14, fresh15-16, fresh17-18, fresh19-20 and fresh21-22
    # until theirs (session 4, engines c629104, 721ba81, be6355d, 3211084, 782683a, 46e1740
    # and d83d311); spent since, they are real batches 10-31 a model may learn from (ids
    # unchanged). A next round needs new sealed batches: every text here has been seen.
    # fresh23-28, fresh29-34 and fresh35-40 were sealed until their single measurement
    # (session 5, engines 1ace0cc, 5c6f042 and f6f05d1); fresh41-46, fresh47-52 and fresh53-58
    # until theirs (session 7, engines 847f242, 5e035a1 and 6d232eb); fresh59-64 until theirs
    # (session 8, engine 72222ba); fresh65-70 and fresh71-76 until theirs (session 9,
    # engines 5681515 and 78e69cb); fresh77-82 and fresh83-88 until theirs (session 10,
    # engines c2b8860 and ffc40f9); fresh89-94, fresh95-100 and
    # fresh101-106 until theirs (session 11, engines feff90e, cd7c1f1 and ace7fab); fresh107-112
    # fresh113-118, fresh119-124 and fresh129 until theirs (session 12, engines 137ae8f,
    # 51b213e, bddaebe and 2201522; the rest of fresh129's round, fresh125-128 and fresh130,
    # was not collected: the search tool had no look-ups left); fresh125-128, fresh130,
    # fresh131, fresh132-137, fresh138-143, fresh144-149, fresh150-155 and fresh156-159 until
    # theirs (session 13, engines 46d83f9, 3e99484, 2cb326a, 913cfa8, bae7b1d and 49ed238);
    # fresh160-165, fresh166-171, fresh172-177 and fresh178-183 until theirs (session 14,
    # engines 9b92a16, 39f105c, b7a2253 and 0bb4f5b).
    spent = {f"fresh{n}": f"real{n + 9}" for n in range(1, 184)}
    # The sealed round each was measured in: `xunshi triage eval --cross-batch real
    # --by-round` leaves a round's batches out together.
    rounds: list[Sequence[int]] = [range(*span) for span in (
        (1, 5), (5, 7), (7, 11), (11, 15), (15, 17), (17, 19), (19, 21), (21, 23), (23, 29), (29, 35),
        (35, 41), (41, 47), (47, 53), (53, 59), (59, 65), (65, 71), (71, 77), (77, 83), (83, 89),
        (89, 95), (95, 101), (101, 107), (107, 113), (113, 119), (119, 125), (129, 130), (132, 138),
        (138, 144), (144, 150), (150, 156), (156, 160), (160, 166), (166, 172), (172, 178), (178, 184))]
    # Session 13 collected the batches session 12 left out around fresh129 as one round.
    rounds.append([125, 126, 127, 128, 130, 131])
    round_of = {f"fresh{n}": f"sealed-fresh{batch[0]}-{batch[-1]}" for batch in rounds for n in batch}
    for item in (row for module in FRESH_BATCH_MODULES for row in importlib.import_module(module).rows()):
        if item["split"] in spent:  # a batch still sealed keeps its split: no model learns from it
            item["round"] = round_of[item["split"]]
            item["split"] = spent[item["split"]]
        items.append(item)
    # Places and dates of 180 real texts, hand-labelled blind (session 8): sets 1-2 tuned the
    # extractor, set 3 measured it once.
    places_dates = {**PLACES_REAL1, **PLACES_REAL2, **PLACES_REAL3}
    for item in items:
        found = places_dates.get(item["id"])
        if found is not None:
            item["labels"]["places"], item["labels"]["dates"] = list(found["places"]), list(found["dates"])
            item.pop("labels_partial", None)
    if len({i["id"] for i in items} & places_dates.keys()) != len(places_dates):
        raise SystemExit("places/dates labels name ids that are not in the set")
    for item in items:
        h = int(hashlib.sha256(item["id"].encode()).hexdigest(), 16)
        item.setdefault("split", "heldout" if h % 4 == 0 else "dev")
    with OUT.open("w", encoding="utf-8") as fh:
        for item in items:
            row = {"id": item.pop("id"), "text": item.pop("text"), "labels": item.pop("labels"), **item}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    bundled = [{"id": r["id"], "text": r["text"], "labels": r["labels"]}
               for r in map(json.loads, OUT.read_text(encoding="utf-8").splitlines()) if r["split"] == "dev"]
    BUNDLE.write_text(json.dumps(bundled, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(items)} items -> {OUT}; {len(bundled)} development items -> {BUNDLE}")


if __name__ == "__main__":
    main()
