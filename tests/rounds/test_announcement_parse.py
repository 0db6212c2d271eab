"""The announcement parser: the seed's facts and each class of hard text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from xunshi.rounds.announcement import KEYS, parse
from xunshi.rounds.announcement.normalise import normalise

SEED = Path(__file__).resolve().parents[2] / "xunshi" / "rounds" / "seeds" / "announcement.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text("utf-8")


def test_seed_facts(seed_text: str) -> None:
    r = parse(seed_text)
    o = r.contract()
    assert r.problem is None
    assert list(o) == KEYS
    assert o["inspector"] == "省委第七巡视组"
    assert (o["level"], o["kind"], o["round"]) == ("provincial", "巡视", "第二轮")
    assert o["targets"] == ["任丘市", "河间市", "沧县", "东光县", "南皮县", "青县"]
    assert o["leaders"] == [{"name": "王俊钟", "role": "组长"}, {"name": "刘武英", "role": "副组长"}]
    assert o["period"] == {"start": "08-03", "end": "09-30"}
    assert o["duration"] == "2个月"
    assert o["phones"] == [
        {"number": "0317-5528359", "hours_text": "工作时间", "sms_only": False},
        {"number": "15830645642", "hours_text": None, "sms_only": True},
    ]
    assert o["emails"] == ["hbswxsz07@hebei.gov.cn"]
    assert o["po_boxes"] == ["沧州市第300号信箱"]
    assert o["boxes"] == ["被巡视县(市)党委、政府及巡视组驻地门口"]
    assert o["out_of_scope"] == ["涉法涉诉", "征地拆迁", "个人利益诉求"]
    assert o["scope_persons"].endswith("领导班子及其成员和下一级领导班子主要负责人")
    assert "党风廉政建设" in o["focus"]


def test_spans_point_at_the_source_words(seed_text: str) -> None:
    r = parse(seed_text)
    assert r.source(seed_text, "inspector")[0] == "省委第七巡视组"
    assert r.source(seed_text, "emails") == ["h b s w x s z07@h e b e i.g o v.c n"]
    assert r.source(seed_text, "po_boxes") == ["沧州市第300号信箱"]
    assert r.source(seed_text, "targets")[:2] == ["任丘市", "河间市"]
    assert "15830645642" in r.source(seed_text, "phones")[1]


def test_normalise_keeps_length() -> None:
    text = "巡視組　電話：０３１７－５５２８３５９&nbsp;區(qū)<br/>■"
    out = normalise(text)
    assert len(out) == len(text)
    assert out.startswith("巡视组 电话:0317-5528359")


def test_parse_time_under_50ms(seed_text: str) -> None:
    parse(seed_text)
    runs = []
    for _ in range(20):
        t0 = time.perf_counter()
        parse(seed_text)
        runs.append(time.perf_counter() - t0)
    assert sorted(runs)[len(runs) // 2] < 0.05


TRADITIONAL = (
    "省委第四巡視組進駐臨汾市。巡視組組長趙建國。巡視期間（2016年3月7日至5月6日）設專門值班電話："
    "０３５７－２０８１６６８，手機：１３９３５７０２２１８（僅接收短信），郵政信箱：臨汾市A018號郵政信箱。"
    "如發現巡視組工作人員有違反紀律的行為，可撥打監督電話：0351-4088888。"
)


def test_traditional_script() -> None:
    o = parse(TRADITIONAL).contract()
    assert (o["inspector"], o["kind"], o["level"]) == ("省委第四巡视组", "巡视", "provincial")
    assert o["targets"] == ["临汾市"]
    assert o["leaders"] == [{"name": "赵建国", "role": "组长"}]
    assert o["period"] == {"start": "2016-03-07", "end": "2016-05-06"}
    assert o["po_boxes"] == ["临汾市A018号邮政信箱"]
    assert [(p["number"], p["sms_only"]) for p in o["phones"]] == [
        ("0357-2081668", False), ("13935702218", True),
    ]


def test_supervision_phone_for_the_inspectors_is_not_a_channel() -> None:
    numbers = [p["number"] for p in parse(TRADITIONAL).contract()["phones"]]
    assert "0351-4088888" not in numbers
    text = (
        "县委第一巡察组于2022年4月6日至5月20日对县林业局开展常规巡察。值班电话：0939-4421606。"
        "巡察组工作人员如有违反巡察工作纪律行为，欢迎反映，电话：0939-4422888。巡察期间，设立监督电话：029-33229182。"
    )
    assert [p["number"] for p in parse(text).contract()["phones"]] == ["0939-4421606"]


def test_newspaper_and_site_footer_are_not_channels() -> None:
    text = (
        "市委第二巡察组进驻华州区。巡察期间设专门值班电话：0913-4719025，电子邮箱：wnswxcz2@126.com。\n"
        "责任编辑：李娜\n新闻热线：0913-2133333  投稿邮箱：wnrbtg@163.com\n"
        "主办单位：某县人民政府办公室 联系电话：0831-5702233 电子邮箱：psxzfb@163.com 蜀ICP备12000000号"
    )
    o = parse(text).contract()
    assert [p["number"] for p in o["phones"]] == ["0913-4719025"]
    assert o["emails"] == ["wnswxcz2@126.com"]


def test_several_groups_describe_the_first() -> None:
    text = (
        "根据市委统一部署，2019年9月2日至10月31日，市委3个巡察组分别开展常规巡察。\n"
        "市委第一巡察组：组长周卫东；巡察对象：市教育局、市体育局；值班电话：0536-8788201。\n"
        "市委第二巡察组：组长吴海涛；巡察对象：市民政局；值班电话：0536-8788202。"
    )
    r = parse(text)
    o = r.contract()
    assert o["inspector"] == "市委第一巡察组"
    assert o["targets"] == ["市教育局", "市体育局"]
    assert o["leaders"] == [{"name": "周卫东", "role": "组长"}]
    assert [p["number"] for p in o["phones"]] == ["0536-8788201"]
    assert o["period"] == {"start": "2019-09-02", "end": "2019-10-31"}
    assert [g.name for g in r.groups] == ["市委第一巡察组", "市委第二巡察组"]
    second = parse(text, group=1).contract()
    assert (second["inspector"], second["targets"]) == ("市委第二巡察组", ["市民政局"])


def test_flattened_table_one_column_per_group() -> None:
    text = (
        "组别\t县委第一巡察组\t县委第二巡察组\n被巡察单位\t县卫生健康局、县人民医院\t双河镇\n"
        "组长\t黄志明\t林建华\n值班电话\t0745-8221101\t0745-8221102\n"
    )
    o = parse(text).contract()
    assert o["targets"] == ["县卫生健康局", "县人民医院"]
    assert o["leaders"] == [{"name": "黄志明", "role": "组长"}]
    assert [p["number"] for p in o["phones"]] == ["0745-8221101"]


def test_cut_off_text_keeps_what_is_complete() -> None:
    cut = "省委第三巡视组进驻邯郸市 巡视期间（2017年3月1日至4月30日）设专门值班电话：0310-3116"
    o = parse(cut).contract()
    assert o["targets"] == ["邯郸市"]
    assert o["period"] == {"start": "2017-03-01", "end": "2017-04-30"}
    assert o["phones"] == []


def test_missing_year_from_a_nearby_dateline() -> None:
    text = (
        "2019-04-08 10:21 来源：网站\n"
        "市委第四巡察组进驻市交通运输局。巡察时间为4月8日至5月31日，值班电话：0719-8106604。"
    )
    assert parse(text).contract()["period"] == {"start": "2019-04-08", "end": "2019-05-31"}
    assert parse("省委第一巡视组进驻某市。巡视期间（8月3日至9月底）值班电话：0311-1234567。").contract()[
        "period"
    ] == {"start": "08-03", "end": "09-30"}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("中央第八巡视组进驻国家能源集团。值班电话：010-58138612。", "central"),
        ("北京市委第二巡视组进驻海淀区。值班电话：010-82526911。", "provincial"),
        ("自治区党委第一巡视组对呼和浩特市开展专项巡视。值班电话：18547732262。", "provincial"),
        ("市委第一巡察组进驻市委组织部。举报电话：0716-8098178。", "city"),
        ("地委第二巡察组对库车市开展常规巡察。值班电话：0997-7123402。", "city"),
        ("县委第三巡察组对城关镇开展常规巡察。值班电话：0737-6221308。", "county"),
        ("区委第一巡察组进驻区人大机关。举报电话：15837314715。", "county"),
        ("校党委第一巡察组对信息工程学院开展巡察。值班电话：025-84315566。", "other"),
        ("集团公司党委第二巡察组对第三工程公司开展常规巡察。值班电话：027-87651234。", "other"),
    ],
)
def test_levels(text: str, level: str) -> None:
    assert parse(text).contract()["level"] == level


def test_not_an_announcement_gives_an_empty_proposal() -> None:
    for text in [
        "",
        "   \n",
        "今年前三季度，我市规模以上工业增加值同比增长6.8%。咨询电话：0311-86045123。",
        "省委第三巡视组向邯郸市委反馈巡视情况。省委第三巡视组组长王建平通报了巡视发现的问题。",
        "关于巡察整改进展情况的通报。欢迎对巡察整改落实情况进行监督，联系电话：0795-7261234。",
    ]:
        r = parse(text)
        assert r.problem
        assert r.contract() == {
            "inspector": None, "level": None, "kind": None, "round": None, "targets": [],
            "leaders": [], "period": None, "duration": None, "phones": [], "emails": [],
            "po_boxes": [], "boxes": [], "scope_persons": None, "focus": [], "out_of_scope": [],
        }


def test_spaced_email_and_full_width_digits() -> None:
    text = (
        "县委第三巡察组进驻城关镇。电子邮箱：n x x x c z 3 @ 1 6 3 . c o m，"
        "值班电话：０７３７－６２２１３０８。"
    )
    o = parse(text).contract()
    assert o["emails"] == ["nxxxcz3@163.com"]
    assert o["phones"][0]["number"] == "0737-6221308"


def test_junk_inside_words_is_folded_and_spans_map_back() -> None:
    text = (
        "集團(tuán)黨委第一巡察組組長劉伯生。<b>值班電(diàn)話</b>:0830-3163898&nbsp;。"
        "進駐一分公司開展巡察。"
    )
    r = parse(text)
    o = r.contract()
    assert o["inspector"] == "集团党委第一巡察组"
    assert o["leaders"] == [{"name": "刘伯生", "role": "组长"}]
    assert [p["number"] for p in o["phones"]] == ["0830-3163898"]
    assert r.source(text, "inspector") == ["集團(tuán)黨委第一巡察組"]
    assert r.source(text, "phones") == ["0830-3163898"]


def test_arrival_days_are_not_the_period() -> None:
    text = (
        "4月27日至29日,集团公司党委2个巡视组分别进驻投资公司、财务公司开展常规巡视。"
        "巡视组受理信访时间截止到2025年6月10日。"
    )
    assert parse(text).contract()["period"] == {"start": "2025-04-27", "end": "2025-06-10"}
    period = "北京市委第二巡视组将于2018年10月22日至12月20日进驻海淀区开展巡视。值班电话：010-82526911。"
    assert parse(period).contract()["period"] == {"start": "2018-10-22", "end": "2018-12-20"}


@pytest.mark.parametrize(
    "text",
    [
        "0317-5528359 " * 3800,
        "a@b.cn " * 7000,
        "第1号信箱" * 9000,
        "组长" * 25000,
        "<b>&nbsp;" * 6000,
        "".join(f"市委第{i}巡察组进驻某局。值班电话:0317-55283{i % 100:02d}。" for i in range(1, 1500)),
        # lists that go on after commas, groups paired with units, bare ordinal groups, lost glyphs
        "进驻甲县,乙县、丙县," * 5000,
        "省委第一巡视组、第二巡视组分别进驻甲市和乙市。" * 2500,
        " 第一巡视组 巡视地:甲县 联系电话:13900000001" * 1500,
        "领域?qū)m?xiàng)巡察组" * 3000,
    ],
)
def test_pathological_pastes_stay_fast(text: str) -> None:
    t0 = time.perf_counter()
    parse(text[:50_000])
    assert time.perf_counter() - t0 < 2.0
