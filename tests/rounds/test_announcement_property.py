"""Any input string gives a well-formed proposal, never an exception."""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xunshi.rounds.announcement import KEYS, parse
from xunshi.rounds.announcement.parser import _dates, _list_goes_on, _page_footer

PIECES = [
    "省委第七巡视组", "市委第二巡察组", "县委", "中央", "巡視組", "进驻", "对", "开展巡视", "组长", "副组长",
    "王俊钟", "、", ",", "。", "(", ")", "（", "）", "值班电话:", "0317-5528359", "15830645642",
    "(仅接收短信)", "@", "h b s", ".c n", "邮政信箱:", "第300号信箱", "意见箱放置在", "门口", "8月3日至9月底",
    "2015年", "至", "工作2个月", "受理反映", "问题的来信", "重点是", "违反", "纪律", "不属于巡视受理范围的",
    "等问题", "|", "\t", "\n", "监督电话", "&nbsp;", "■", "第二轮", "等6个县(市)",
    # forms read by the rules added for holdout batch 5
    "第一、第二巡察组", "2个巡察组分别进驻", "包括", "分别为", "中央对外联络部", "共七个单位",
    "第一巡视组  巡视地:", "  联系电话:", "爆料熱線:", "十一月二十日前", "30~40天", "已参与",
    "第一轮、第二轮", "自然资源系统", "《专栏》", "截止时间为2023年2月17日", "正式启动", "经自治区党委批准",
    # and for batches 6-8
    "区委第十二轮巡察第三巡察组", ",、", ",;", "巡察对象为", "某泉县启动", "共发现问题3个", "设意见箱",
    "从即日起", "组对", "专项巡察动员会", "巡察组信箱", "?qū)m?xiàng)", "1.", "一览表", "等公立中小学",
    "今后的5天里",
    # and for batch 10
    "省国资委党委第一巡察组", "组长、省国资委副主任、党委委员", "党组和", "29家单位", "北京3月18日电/",
    "若来信,请寄", "均设立了巡察组专用信箱", "市委第一巡察组:巡察", "副县级", "已有8个中央巡视组分别进驻",
    "《关于市县党委建立巡察制度的意见》", "党组织开展巡察", "时间约为",
]


def _check(out: dict[str, Any]) -> None:
    assert list(out) == KEYS
    for key in ("inspector", "round", "duration", "scope_persons"):
        assert out[key] is None or isinstance(out[key], str)
    assert out["level"] in (None, "central", "provincial", "city", "county", "other")
    assert out["kind"] in (None, "巡视", "巡察")
    for key in ("targets", "emails", "po_boxes", "boxes", "focus", "out_of_scope"):
        assert all(isinstance(x, str) and x for x in out[key])
    assert all(set(x) == {"name", "role"} and x["role"] in ("组长", "副组长") for x in out["leaders"])
    assert all(set(x) == {"number", "hours_text", "sms_only"} for x in out["phones"])
    assert out["period"] is None or set(out["period"]) == {"start", "end"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _check(parse(text).contract())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join))
def test_announcement_like_text(text: str) -> None:
    result = parse(text)
    _check(result.contract())
    for key, spans in result.spans.items():
        for a, b in spans:
            assert 0 <= a <= b <= len(text), key


ANNOUNCEMENT_LIKE = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(ANNOUNCEMENT_LIKE, st.integers(min_value=0, max_value=5))
def test_every_group_of_any_text(text: str, group: int) -> None:
    # Asking for any group of a text, named or not, gives a well-formed proposal, and the
    # proposal for a group that was found describes that group.
    result = parse(text, group=group)
    _check(result.contract())
    if result.problem is None and group < len(result.groups):
        assert result.contract()["inspector"] == result.groups[group].name


@settings(max_examples=300, deadline=None)
@given(ANNOUNCEMENT_LIKE)
def test_helpers_stay_inside_the_text(text: str) -> None:
    footer = _page_footer(text)
    assert 0 <= footer <= len(text)
    for match, year, month, day in _dates(text):
        assert 0 <= match.start() < match.end() <= len(text)
        assert year is None or year >= 1000
        assert month >= 1 and day >= 1
    for at in range(0, len(text) + 1, 7):
        assert at <= _list_goes_on(text, at) <= len(text)


# Names of units made of neutral characters, so that a rule about the words around them is
# what is exercised (not a unit word hidden inside a random name).
UNIT = st.tuples(
    st.text(alphabet="甲乙丙丁戊己庚辛壬癸东南西北山水林木", min_size=2, max_size=5),
    st.sampled_from(["局", "大学", "委员会", "集团有限公司", "学院"]),
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(UNIT, min_size=2, max_size=5, unique=True),
       st.lists(st.sampled_from(["党组", "党委", "党工委"]), min_size=5, max_size=5))
def test_units_closed_by_a_party_body_split_at_he(units: list[str], bodies: list[str]) -> None:
    listed = "和".join(u + b for u, b in zip(units, bodies[:len(units)], strict=True))
    o = parse(f"省委第一巡视组对{listed}进行专项巡视。巡视时间为2个月左右。").contract()
    assert o["targets"] == units


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28),
       st.sampled_from(["新华社北京", "中评社北京", "本报讯 某地", "央视网消息 北京"]),
       st.sampled_from(["电", "讯"]))
def test_a_dateline_never_starts_the_period(month: int, day: int, agency: str, word: str) -> None:
    o = parse(
        f"{agency}{month}月{day}日{word}/ 近日,某省委启动第4轮巡视工作,省委第一巡视组进驻甲市开展巡视。"
        "巡视期间设值班电话:0311-87654321。"
    ).contract()
    assert o["period"] is None


CN = "一二三四五六七八九十"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["县委", "市委", "区委"]), st.integers(min_value=1, max_value=6),
       st.integers(min_value=1, max_value=4), st.sampled_from(["至第", "至", "—第", "到第"]),
       st.lists(UNIT, min_size=5, max_size=5, unique=True), st.integers(min_value=0, max_value=4))
def test_a_range_of_groups_pairs_each_group_with_its_unit(
    issuer: str, low: int, more: int, joiner: str, units: list[str], pick: int
) -> None:
    high = low + more
    units = units[:more + 1]
    pick = min(pick, more)
    text = (f"{issuer}第{CN[low - 1]}{joiner}{CN[high - 1]}巡察组分别进驻{'、'.join(units)}开展巡察。"
            "值班电话:0550-7123456。")
    o = parse(text, group=pick).contract()
    assert o["inspector"] == f"{issuer}第{CN[low + pick - 1]}巡察组"
    assert o["targets"] == [units[pick]]


# a place as boxes are placed: some words, then where in the building
PLACE = st.tuples(
    st.text(alphabet="一二三四五六七八九行政中心东西", min_size=2, max_size=10),
    st.sampled_from(["八楼电梯口", "大厅东侧", "门口西侧", "楼梯口"]),
).map("".join)


@settings(max_examples=200, deadline=None)
@given(PLACE, st.integers(min_value=1, max_value=13), st.booleans())
def test_a_box_cell_wrapped_anywhere_is_read_whole(place: str, cut: int, with_mail: bool) -> None:
    cut = min(cut, len(place) - 1)
    mail = "xc1@example.cn\n" if with_mail else ""
    text = (
        "县委2个巡察组分别进驻县司法局、县委政法委。巡察期间设置专门值班电话和信访意见箱。\n一览表\n"
        f"组别\n巡察单位\n值班电话\n意见箱位置\n电子邮箱\n县委第一巡察组\n县司法局\n18908166944\n"
        f"{place[:cut]}\n{place[cut:]}\n{mail}县委第二巡察组\n县委政法委\n18908166744\n"
    )
    assert parse(text).contract()["boxes"] == [place]


LEADER = st.tuples(
    st.sampled_from("张王李何唐曹"), st.text(alphabet="迎龙会忠周义艺辉", min_size=1, max_size=2)
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(LEADER, min_size=0, max_size=2), st.sampled_from(["湖南", "省", "市"]),
       st.text(alphabet="财信金融控股基础建设投资", min_size=2, max_size=8),
       st.sampled_from(["集团有限公司", "局", "委"]))
def test_the_unit_of_a_flattened_row_follows_its_leaders(
    leaders: list[str], opening: str, body: str, ending: str
) -> None:
    unit = opening + body + ending
    text = (
        "省委10个巡视组已顺利进驻14个省管企业开展专项巡视。\n进驻情况一览表\n"
        f"省委巡视第一组{''.join(leaders)}{unit}0731-85196081长沙市第448号邮政信箱\n"
        "省委巡视第二组唐会忠省国资委0731-82569972长沙市第445号邮政信箱\n"
    )
    assert parse(text).contract()["targets"] == [unit]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["地委", "县委", "市委", "区委"]), st.lists(st.integers(min_value=1, max_value=9),
       min_size=2, max_size=2, unique=True), st.lists(UNIT, min_size=2, max_size=2, unique=True))
def test_groups_named_in_one_sentence_each_keep_their_unit(
    issuer: str, ordinals: list[int], units: list[str]
) -> None:
    a, b = sorted(ordinals)
    text = (f"9月5日,{issuer}第{CN[a - 1]}巡察组巡察{units[0]},"
            f"第{CN[b - 1]}巡察组巡察{units[1]}动员会分别召开。巡察组将工作30天左右。")
    first, second = parse(text).contract(), parse(text, group=1).contract()
    assert (first["inspector"], first["targets"]) == (f"{issuer}第{CN[a - 1]}巡察组", [units[0]])
    assert (second["inspector"], second["targets"]) == (f"{issuer}第{CN[b - 1]}巡察组", [units[1]])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["受理电话时间为:", "受理时间:", "接听时间为", "电话时间:", ""]),
       st.integers(min_value=7, max_value=10), st.integers(min_value=16, max_value=20),
       st.sampled_from(["工作日", "每天", ""]))
def test_the_hours_of_a_number_never_keep_their_label(label: str, start: int, end: int, days: str) -> None:
    o = parse(
        f"县委第一巡察组进驻县水务局。巡察期间设值班电话:0550-7123456({label}{days}{start}:00-{end}:00)。"
    ).contract()
    assert o["phones"][0]["hours_text"] == f"{days}{start}:00-{end}:00"


@settings(max_examples=200, deadline=None)
@given(st.lists(UNIT, min_size=1, max_size=3, unique=True), UNIT, st.integers(min_value=1, max_value=8),
       st.booleans())
def test_a_unit_wrapped_anywhere_in_a_bar_table_is_read_whole(
    units: list[str], wrapped: str, cut: int, second_column: bool
) -> None:
    assume(wrapped not in units)
    cut = min(cut, len(wrapped) - 1)
    cells = ["、".join([*units, wrapped[:cut]]), wrapped[cut:]]
    other = ["县甲局", ""]
    ours, theirs = (cells, other) if not second_column else (other, cells)
    text = (
        "县委巡察组进驻情况一览表\n组别 | 县委第一巡察组 | 县委第二巡察组\n"
        f"被巡察单位 | {ours[0]} | {theirs[0]}\n | {ours[1]} | {theirs[1]}\n"
        "值班电话 | 0550-7123456 | 0550-7123457\n"
    )
    o = parse(text, group=1 if second_column else 0).contract()
    assert o["targets"] == [*units, wrapped]


FOOTER_LABEL = st.sampled_from([
    "主办:某县人民政府办公室 联系电话:", "本站联系电话:", "版权所有 某县委宣传部 电话:", "新闻热线:",
    "县纪委监委信访举报电话:", "对巡察组工作人员违反纪律的行为,可拨打监督电话:", "记者 张三 电话:",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(FOOTER_LABEL, st.integers(min_value=1000000, max_value=9999999),
                          st.booleans()), min_size=1, max_size=3))
def test_footers_and_other_bodies_lines_add_no_channel(footers: list[tuple[str, int, bool]]) -> None:
    base = (
        "根据县委统一部署,县委第二巡察组于2024年3月1日至4月30日对县水务局开展巡察。"
        "巡察期间设值班电话:0550-7123456,电子邮箱:xc2@163.com。"
    )
    tail = "".join(
        f"\n\n{label}0551-{number}" + (f" 邮箱:site{number}@example.cn" if mail else "")
        for label, number, mail in footers
    )
    o = parse(base + tail).contract()
    assert [x["number"] for x in o["phones"]] == ["0550-7123456"]
    assert o["emails"] == ["xc2@163.com"]


def _cn(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    return ("" if n < 20 else digits[n // 10]) + "十" + (digits[n % 10] if n % 10 else "")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2015, max_value=2029), st.integers(min_value=1, max_value=11),
       st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=28))
def test_a_period_in_chinese_numerals_reads_as_in_digits(
    year: int, month: int, day: int, end_day: int
) -> None:
    cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in str(year))
    text = (f"县委第一巡察组于{cn_year}年{_cn(month)}月{_cn(day)}日至{_cn(month + 1)}月{_cn(end_day)}日"
            "对县水务局开展巡察。值班电话:0550-7123456。")
    o = parse(text).contract()
    start, end = f"{year}-{month:02d}-{day:02d}", f"{year}-{month + 1:02d}-{end_day:02d}"
    assert o["period"] == {"start": start, "end": end}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("一二三四五六七八九十"), st.sampled_from(["家", "所"]),
       st.text(alphabet="渠河庄屯堡", min_size=1, max_size=2), st.sampled_from(["市", "镇", "村"]),
       st.sampled_from(["单位", "企业", "学校", "医院"]))
def test_a_place_named_with_a_numeral_is_a_unit_and_a_count_is_not(
    numeral: str, measure: str, rest: str, level: str, counted: str
) -> None:
    place = f"甲{numeral}{measure}{rest}{level}"
    text = f"县委第一巡察组对{place}、乙局等{numeral}{measure}{counted}开展巡察。值班电话:0550-7123456。"
    o = parse(text).contract()
    assert o["targets"] == [place, "乙局"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=9), min_size=2, max_size=4, unique=True),
       st.integers(min_value=0, max_value=3))
def test_each_group_of_a_list_keeps_only_the_contacts_labelled_with_its_ordinal(
    ordinals: list[int], pick: int
) -> None:
    ordinals = sorted(ordinals)
    pick = min(pick, len(ordinals) - 1)
    names = "、".join(f"第{CN[n - 1]}巡察组" for n in ordinals)
    units = "、".join(f"县{CN[n - 1]}局" for n in ordinals)
    lines = ";".join(f"第{CN[n - 1]}巡察组举报电话:0550-712345{n}" for n in ordinals)
    o = parse(f"县委{names}分别进驻{units}。{lines}。", group=pick).contract()
    assert [x["number"] for x in o["phones"]] == [f"0550-712345{ordinals[pick]}"]
