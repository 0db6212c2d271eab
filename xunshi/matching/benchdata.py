"""A generated corpus of report texts for the matching benchmark.

Texts are assembled from clause templates with many slot values (people, posts, places,
projects, amounts, years, wording variants), so that unrelated reports share the
phrases real letters share (反映, 利用职务便利, 党委书记…) without being copies, and
lengths run from about 100 to 1,500 characters. About one item in five is a copy of an
earlier report that came again by another channel: retyped with a few changed characters,
shortened or with a different greeting, as the same letter sent by SMS, post and web is.
Everything is seeded, so a corpus of a given size is the same on every run.
"""

# Seeded random data for a benchmark corpus, not cryptography:
# ruff: noqa: S311

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "建国志强明华伟军海燕丽娟秀英桂兰玉梅振东庆春生德福永红卫小龙文杰晓峰俊宏淑珍凤学成立新光辉"
COUNTIES = ["任丘市", "河间市", "沧县", "东光县", "南皮县", "青县"]
TOWNS = [
    "城关镇",
    "出岸镇",
    "石门桥镇",
    "吕公堡镇",
    "长丰镇",
    "鄚州镇",
    "苟各庄镇",
    "梁召镇",
    "辛中驿镇",
    "米各庄镇",
    "沙河桥镇",
    "景和镇",
    "卧佛堂镇",
    "黄递铺乡",
    "寨子镇",
    "龙华店乡",
    "乌马营镇",
    "刘家庙乡",
    "曹家庄乡",
    "大官厅乡",
]
DEPARTMENTS = [
    "交通运输局",
    "水务局",
    "住建局",
    "自然资源局",
    "教育局",
    "卫健局",
    "民政局",
    "财政局",
    "农业农村局",
    "人社局",
    "市场监管局",
    "生态环境局",
    "发改局",
    "国资委",
    "城管局",
    "公路管理站",
    "扶贫办",
    "供销社",
    "粮食局",
    "林业局",
]
TOP_POSTS = ["党委书记", "镇长", "乡长", "局长", "主任", "党组书记", "站长", "院长", "校长", "总经理"]
LEADER_POSTS = [
    "县委书记",
    "县长",
    "常务副县长",
    "副县长",
    "县委常委、组织部长",
    "县委常委、纪委书记",
    "县委副书记",
    "人大常委会主任",
    "政协主席",
    "县委常委、宣传部长",
    "县委常委、政法委书记",
]
PROJECTS = [
    "道路硬化",
    "农村饮水安全",
    "危房改造",
    "土地整理",
    "河道清淤",
    "高标准农田",
    "学校改扩建",
    "美丽乡村",
    "污水处理厂",
    "棚户区改造",
    "光伏扶贫",
    "村村通公路",
    "拆迁安置房",
    "绿化造林",
]
GOODS = ["购物卡", "现金", "烟酒", "茶叶", "土特产", "高档白酒", "加油卡", "红包", "手表", "字画"]
PLACES = ["县城饭店", "农家院", "私人会所", "镇政府食堂", "宾馆", "度假村", "酒店包间", "洗浴中心"]
RELATIVES = ["妻子", "弟弟", "小舅子", "儿子", "女婿", "表哥", "同学", "老乡", "侄子", "姐夫"]

OPENERS = [
    "尊敬的省委巡视组领导：",
    "巡视组领导同志：",
    "省委巡视组：",
    "您好！",
    "尊敬的领导：",
    "巡视组的同志们好：",
    "我是{town}的一名普通群众，",
    "我们是{town}{village}村的村民，",
    "我是{county}{dept}的一名干部，",
    "我是一名退休老党员，",
    "",
    "",
    "",
]
CLAUSES = [
    "[现|特此|今天|我们|我]{rep}{county}{unit}{post}{name}[的问题|的违纪问题|的一些问题|的违规违纪行为|存在的问题]。",
    "{name}在[担任|任|主持]{unit}{post}[期间|的时候|那几年|时]，{year}年[至|到]{year2}年[利用职务便利|利用手中的权力|仗着自己是一把手|滥用职权]，"
    "在{project}[工程|项目|建设]中[指定|安排|内定|暗中操作让]其{relative}的[公司|施工队|工程队]中标，",
    "[工程款|合同价|项目资金|总投资][高达|有|共计|达到]{amount}万元，[质量很差|偷工减料|质量极差|标准很低]，{project}[项目|工程][不到一年就|没过多久就|当年就]"
    "[出现问题|开裂|坏了|成了摆设]。",
    "[逢年过节|每到过年过节|每年中秋春节|平时和节日]收受[下属|老板|包工头|村干部]送的{goods}、{goods2}，[每年春节前后|每逢节日|一到年底]"
    "[都有人往他家里送东西|他家门口的车就排成队|送礼的人络绎不绝]。",
    "{year}年以来[经常|多次|长期|隔三差五]在{place}[用公款大吃大喝|公款吃喝|组织吃请|搞接待]，[还安排下属报销费用|费用由下面单位承担|让企业买单]，"
    "[账目上记成|发票开成|报销时写成]{cover}。",
    "{name}的{relative}在{town}[开了一家|经营着一家|注册了一家][建材公司|砂石料厂|商贸公司|混凝土搅拌站]，[全镇的|本系统的|附近几个村的]"
    "{project}[工程材料都必须从这家公司进货|用料都由他们供应|都得找他们]，价格比市场高出[三成|一倍|不少]。",
    "{year}年{month}月，{name}[违规提拔|突击提拔|破格提拔|拔高使用]了与其关系密切的{name2}[担任|出任|当上]{unit2}{post2}，"
    "[群众议论纷纷|干部群众意见很大|大家都不服气]。",
    "在{year}年的[干部调整|换届|竞争上岗|干部选拔]中，{name}[搞暗箱操作|跑官要官|拉票贿选|任人唯亲]，收受{name2}等人的"
    "[好处费|感谢费|红包]共计{amount2}万元。",
    "{name}[长期不在岗|经常不上班|很少到单位|上班时间常常不见人]，[上班时间|工作日|工作时间][经常|总是|常常]去{place}[打牌|打麻将|喝酒|钓鱼]，"
    "[有时一打就是一整天|一去就是大半天|电话也不接]。",
    "{village}村的[低保名额|危房改造指标|扶贫款|惠农补贴]被{name}的[亲戚朋友|关系户|家人]占用，[真正困难的群众反而吃不上低保|困难户却享受不到|群众很有意见]。",
    "{project}的[补偿款|补助资金|专项资金|征地款]{amount}万元[至今没有|到现在也没|一直没有][发放到群众手中|兑现|发下来]，[被{name}挪作他用|去向不明|被截留]。",
    "{name}[私自|擅自|违规|暗中]将{village}村的集体[土地|林地|坑塘|厂房]{area}亩[出租给|转包给|低价卖给]{relative}，[租金去向不明|钱进了个人腰包|村民毫不知情]。",
    "[群众|我们|村民|职工][多次|曾经|好几次|反复]向{unit}反映，{name}[不但不处理|置之不理|推诿扯皮]，[还打击报复反映问题的人|还威胁我们|反而变本加厉]。",
    "{name}[有一辆|把单位的一辆|长期占用一辆][公车|越野车|执法车][长期停在自己家门口|私用|当成私家车]，[周末|节假日|晚上][开着公车回老家|开车办私事|拉着家人出去玩]，"
    "[还让司机接送孩子上学|油费由单位报销|车辆维修费也报了]。",
    "他的{relative}在{dept}[上班|挂名|有编制]，[从来不去单位|一年到头见不到人|根本不上班]，工资照领，这是[吃空饷|占编不干活|违规的]。",
    "{year}年{month}月{name}[操办儿子婚礼|给老人办寿宴|操办女儿出嫁|给孩子办升学宴]，[摆了|一共摆了|办了]{tables}桌酒席，收受礼金{amount2}万元，"
    "[其中大部分是下属和管理服务对象送的|送礼的大多是老板|很多是下属送的]。",
    "[听说|据了解|大家都说]{name}在{city}[还有两套房子|买了别墅|有好几处房产]，[与其收入明显不符|钱从哪来的说不清|请组织查一查]。",
    "{name}在{unit}[搞一言堂|独断专行|家长作风严重]，[重大事项不上会研究|大额资金不经集体讨论|人事任免一个人说了算]，"
    "[班子成员意见很大|其他领导敢怒不敢言|干部群众反映强烈]。",
    "{year}年上级[拨付|下达|安排]的{project}[专项资金|补助资金|奖补资金]{amount}万元，被{name}[违规用于|挪用于|变相用于]{cover}。",
    "为了[应付检查|迎接考核|争取先进]，{name}[让下属编造|要求各村补做|安排人突击编写][会议记录和台账|档案资料|虚假材料]，"
    "[弄虚作假|形式主义严重|劳民伤财]。",
    "在{project}项目验收中，{name}收受[施工方|包工头|老板]{goods}，[明知质量不合格仍签字验收|把关不严|睁一只眼闭一只眼]。",
    "以上问题{village}村的[群众都知道|老百姓都清楚|干部群众都看在眼里]，[很多人可以作证|可以找人核实|有照片为证]。",
    "{name}在{town}任职时就有[类似问题|这些毛病|同样的问题]，调任{unit}{post}后[仍然不收敛|依然我行我素|变本加厉]。",
    "我们[曾经|以前|去年]向{county}[纪委|信访局|有关部门]写过信，但是[一直没有回音|没有人管|石沉大海]，[不知道信是不是被压下了|问题一直没解决]。",
    "{name}与[开发商|老板|包工头]{name2}[称兄道弟|关系密切|来往频繁]，经常一起出入{place}，{project}的[工程基本都被|项目大多被|活都让]{name2}拿走了。",
    "{year}年{month}月{day}日[晚上|中午|周末]，{name}在{place}[宴请上级部门领导|请客吃饭|招待朋友]，花费{amount3}元，[由{unit}报销|让企业买单|记在村里账上]。",
    "{unit}的[财务管理混乱|账目不清|财务制度形同虚设]，{name}让会计把{cover}的发票[拆开报销|分多次报销|换成别的名目]，[白条入账现象普遍|小金库问题突出]。",
    "{name}的{relative}[开办的|实际控制的|挂靠的]{company}承揽了{unit}[多个项目|大部分工程|好几个工程]，合同金额合计{amount}万元，[没有经过招标|搞假招标|化整为零规避招标]。",
    "为了[评先评优|出政绩|应付上级考核]，{name}要求各村虚报{project}的[完成数量|进度|数据]，[数据严重失实|弄虚作假|浮夸风盛行]。",
    "在征收{village}村土地[过程中|时|的时候]，{name}[强行推进|违规操作|暴力拆迁]，[群众合理诉求得不到回应|补偿标准不公开|村民意见很大]。",
    "[大家|群众|干部职工][对此|对他][敢怒不敢言|意见很大|非常气愤]，[都说|私下里说|议论说]{name}[上面有人|后台很硬|谁也不怕]。",
    "[另外|还有|此外]，{name}[违规兼职取酬|在企业入股|插手企业经营]，{year}年[从|在]{company}[领取报酬|分红|拿钱]{amount2}万元。",
]
CLOSERS = [
    "恳请巡视组彻查，还群众一个公道。",
    "请巡视组领导重视，派人调查。",
    "以上情况属实，请组织查处。",
    "希望巡视组能够认真调查，严肃处理。",
    "为了不被打击报复，暂不署名，请谅解。",
    "联系电话就不留了，怕被报复。",
    "此致 敬礼！",
    "请领导为我们做主。",
    "",
    "",
]
COVERS = ["办公用品", "会议费", "培训费", "差旅费", "维修费", "接待费", "劳务费", "材料费"]
COMPANIES = ["建筑工程有限公司", "商贸有限公司", "园林绿化公司", "物资供应站", "劳务派遣公司", "运输公司"]
CITIES = ["沧州市区", "天津", "北京", "石家庄", "廊坊"]


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))


@dataclass
class Person:
    name: str
    county: int
    unit: str
    post: str


@dataclass
class Report:
    content: str
    person: int | None  # index into the roster; None: a name not in the roster
    written_name: str
    written_post: str
    written_unit: str
    county: int
    years: list[int]
    copy_of: int | None = None


def roster(size: int, seed: int = 7) -> list[Person]:
    rng = random.Random(seed)
    people = []
    for i in range(size):
        county = i % len(COUNTIES)
        kind = rng.random()
        if kind < 0.12:
            unit, post = COUNTIES[county].rstrip("市县") + "县委", rng.choice(LEADER_POSTS)
        elif kind < 0.55:
            unit, post = rng.choice(TOWNS), rng.choice(TOP_POSTS[:3])
        else:
            unit, post = COUNTIES[county] + rng.choice(DEPARTMENTS), rng.choice(TOP_POSTS[3:])
        people.append(Person(person_name(rng), county, unit, post))
    return people


_TOKEN = re.compile(r"\[([^\[\]]*)\]|\{(\w+)\}|([^\[{]+)")
Tokens = list[tuple[str, Any]]


def _parse(template: str) -> Tokens:
    """Template → tokens once, so generating a million texts does no regex work."""
    tokens: Tokens = []
    for alternatives, slot, text in _TOKEN.findall(template):
        if text:
            tokens.append(("s", text))
        elif slot:
            tokens.append(("v", slot))
        else:
            tokens.append(("a", [_parse(option) for option in alternatives.split("|")]))
    return tokens


_SLOTS: dict[str, Callable[[random.Random], str]] = {
    "month": lambda r: str(r.randint(1, 12)),
    "day": lambda r: str(r.randint(1, 28)),
    "amount": lambda r: str(r.randint(12, 900)),
    "amount2": lambda r: str(r.randint(2, 80)),
    "amount3": lambda r: str(r.randint(800, 30000)),
    "area": lambda r: str(r.randint(20, 600)),
    "tables": lambda r: str(r.randint(20, 90)),
    "goods": lambda r: r.choice(GOODS),
    "goods2": lambda r: r.choice(GOODS),
    "place": lambda r: r.choice(PLACES),
    "project": lambda r: r.choice(PROJECTS),
    "relative": lambda r: r.choice(RELATIVES),
    "cover": lambda r: r.choice(COVERS),
    "company": lambda r: r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(COMPANIES),
    "city": lambda r: r.choice(CITIES),
    "village": lambda r: (
        r.choice(SURNAMES) + r.choice("家庄村屯营店寨堡") + r.choice(("", "东", "西", "南", "北"))
    ),
    "name2": person_name,
    "unit2": lambda r: r.choice(TOWNS),
    "post2": lambda r: r.choice(TOP_POSTS),
    "dept": lambda r: r.choice(DEPARTMENTS),
    "rep": lambda r: r.choice(("反映", "举报", "实名反映", "向组织反映", "检举")),
}


def _render(tokens: Tokens, rng: random.Random, ctx: dict[str, str], out: list[str]) -> None:
    for kind, value in tokens:
        if kind == "s":
            out.append(value)
        elif kind == "v":
            if value == "year2":
                out.append(str(min(int(ctx["year"]) + rng.randint(1, 4), 2025)))
            elif value in ctx:
                out.append(ctx[value])
            else:
                out.append(_SLOTS[value](rng))
        else:
            _render(rng.choice(value), rng, ctx, out)


def _fill(template: Tokens, rng: random.Random, ctx: dict[str, str]) -> str:
    out: list[str] = []
    if rng.random() < 0.5:
        ctx = {**ctx, "year": str(rng.randint(2008, 2024))}
    _render(template, rng, ctx, out)
    return "".join(out)


_OPENERS = [_parse(t) for t in OPENERS]
_CLAUSES = [_parse(t) for t in CLAUSES]


def report(rng: random.Random, people: list[Person], hot: list[int]) -> Report:
    # A few persons draw many reports (the concentration the dossier is for).
    if rng.random() < 0.85:
        index = rng.choice(hot) if rng.random() < 0.3 else rng.randrange(len(people))
        person: Person | None = people[index]
        county = people[index].county
        name = (
            people[index].name if rng.random() < 0.8 else people[index].name[0] + rng.choice(("某", "某某"))
        )
        post, unit = people[index].post, people[index].unit
    else:
        index, person = -1, None
        county = rng.randrange(len(COUNTIES))
        name = person_name(rng)
        post, unit = rng.choice(TOP_POSTS[:3]), rng.choice(TOWNS)
    ctx = {
        "name": name,
        "post": post,
        "unit": unit,
        "county": COUNTIES[county],
        "town": rng.choice(TOWNS),
        "year": str(rng.randint(2008, 2024)),
    }
    target = int(rng.lognormvariate(5.9, 0.6))  # median ≈ 365 characters
    target = max(100, min(target, 1500))
    parts = [_fill(rng.choice(_OPENERS), rng, ctx), _fill(_CLAUSES[0], rng, ctx)]
    length = sum(map(len, parts))
    while length < target - 20:
        clause = _fill(rng.choice(_CLAUSES[1:]), rng, ctx)
        parts.append(clause)
        length += len(clause)
    parts.append(rng.choice(CLOSERS))
    text = "".join(parts)[:1500]
    years = sorted({int(y) for y in _years(text)})
    return Report(text, index if person else None, name, post, unit, county, years)


def _years(text: str) -> list[str]:
    return re.findall(r"(20\d\d)年", text)


def near_copy(rng: random.Random, original: Report) -> Report:
    """The same report again: retyped with a few changes, another greeting, or shortened."""
    chars = list(original.content)
    for _ in range(max(1, len(chars) // rng.choice((60, 100, 200)))):
        pos = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.5:
            chars[pos] = rng.choice("的了是在和有不这一他也就我们，。、")
        elif op < 0.8:
            del chars[pos]
        else:
            chars.insert(pos, rng.choice("的了，。"))
    text = "".join(chars)
    if rng.random() < 0.3:
        text = _fill(rng.choice(_OPENERS[:6]), rng, {}) + text
    if rng.random() < 0.2:
        text = text[: int(len(text) * 0.9)]
    return Report(
        text,
        original.person,
        original.written_name,
        original.written_post,
        original.written_unit,
        original.county,
        original.years,
    )
