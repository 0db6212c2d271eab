"""The triage engine on hand-written cases: contract keys, scope layers, extraction."""

from __future__ import annotations

from typing import Any

import pytest

from xunshi.triage.engine import judge
from xunshi.triage.roster import Roster, RosterPerson

CONTRACT_KEYS = {"scope", "out_type", "mixed", "topics", "codes", "accused", "places", "dates",
                 "jurisdiction", "reasons", "confidence"}
TOPICS = {"政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律", "八项规定",
          "形式主义官僚主义", "选人用人", "民主集中制", "贪污贿赂", "滥用职权"}


def check_contract(r: dict[str, Any]) -> None:
    assert set(r) >= CONTRACT_KEYS
    assert r["scope"] in ("in", "out")
    assert (r["out_type"] is None) == (r["scope"] == "in")
    assert r["out_type"] in (None, "涉法涉诉", "征地拆迁", "个人利益诉求", "其他")
    assert isinstance(r["mixed"], bool)
    assert set(r["topics"]) <= TOPICS
    assert all(c.startswith(("IS.", "OOS.")) for c in r["codes"])
    assert all(set(a) == {"name", "position", "unit"} for a in r["accused"])
    assert 0.0 <= r["confidence"] <= 1.0
    assert isinstance(r["reasons"], list) and all(isinstance(x, str) for x in r["reasons"])


def test_contract_example_is_in_scope() -> None:
    r = judge("我反映青县某镇党委书记李某，2014年春节期间用公款在饭店宴请，还收了老板送的两万元购物卡。")
    check_contract(r)
    assert r["scope"] == "in"
    assert r["accused"][0]["name"] == "李某"
    assert "镇党委书记" in r["accused"][0]["position"]
    assert "2014年春节期间" in r["dates"]
    assert "八项规定" in r["topics"]
    assert r["jurisdiction"] is None


def test_land_grievance_is_out_but_leader_taking_compensation_is_in() -> None:
    grievance = judge("我家的地去年被征了，补偿标准太低，一亩才两万，要求按标准补偿，请领导帮忙解决。")
    check_contract(grievance)
    assert (grievance["scope"], grievance["out_type"], grievance["mixed"]) == ("out", "征地拆迁", False)
    taken = judge("我家的征地补偿款被流河镇党委书记张建国截留了三万元，他还私分了全村的补偿款，"
                  "要求把钱退给我们。")
    check_contract(taken)
    assert taken["scope"] == "in" and taken["mixed"] is True
    assert taken["accused"] == [{"name": "张建国", "position": "党委书记", "unit": "流河镇"}]


def test_lawsuit_is_out_with_type() -> None:
    r = judge("我和邻居打官司，一审判决不公，我已经上诉，请求巡视组督促法院公正判决。")
    assert (r["scope"], r["out_type"]) == ("out", "涉法涉诉")


def test_labels_without_facts_are_not_an_allegation() -> None:
    r = judge("县里的干部都是贪官，没有一个好东西，请巡视组全部查一查。")
    assert r["scope"] == "out"
    assert any("无实质内容" in x or "no identifiable official" in x for x in r["reasons"])


def test_neutral_mention_of_an_official_is_not_an_accusation() -> None:
    r = judge("我在工地干了十个月，包工头拖欠我工资三万元。我们找过乾元镇镇长王某，他说会研究。"
              "请求帮助讨薪。")
    assert (r["scope"], r["out_type"]) == ("out", "个人利益诉求")
    assert r["accused"] == []


@pytest.mark.parametrize(("text", "name", "position"), [
    ("寨子镇党委书记边某国收受工程老板红包。", "边某国", "党委书记"),
    ("县交通局副局长张某某公车私用。", "张某某", "副局长"),
    ("王建军（东光县县委书记）搞一言堂，重大事项不上会。", "王建军", "县委书记"),
    ("高唐縣琉璃寺鎮崔莊村黨支部書記、村委會主任桑保臣違規收費。", "桑保臣", "黨支部書記、村委會主任"),
    ("河间市委书记欧阳明远插手工程招投标。", "欧阳明远", "市委书记"),
])
def test_names_and_posts_as_written(text: str, name: str, position: str) -> None:
    r = judge(text)
    assert r["scope"] == "in"
    assert {"name": name, "position": position} == {k: r["accused"][0][k] for k in ("name", "position")}


def test_fullwidth_and_traditional_are_reported_as_written() -> None:
    r = judge("２０１４年３月，東光縣交通局局長李某某挪用公款５０万元。")
    assert r["scope"] == "in"
    assert "２０１４年３月" in r["dates"]
    assert r["accused"][0]["name"] == "李某某"
    assert r["accused"][0]["position"] == "局長"


def test_urgency_and_not_stopped_flags() -> None:
    r = judge("乾元镇镇长刘某2016年以来一直收受老板好处费，他扬言谁举报就打击报复，还在销毁账本。")
    flags = {f["flag"] for f in r["flags"]}
    assert {"retaliation", "destruction_of_evidence", "not_stopped_after_2012"} <= flags


def test_round_without_roster_says_so() -> None:
    r = judge("县委书记王某收受红包。", round_name="hebei-2015-r2-g7")
    assert r["jurisdiction"]["in_round"] is None
    assert "roster not loaded" in r["jurisdiction"]["reason"]


def test_roster_ambiguity_is_shown_not_guessed() -> None:
    roster = Roster("r", [
        RosterPerson(name="王伟", county="青县", unit="青县", posts=("县委书记",), person_id="1"),
        RosterPerson(name="王伟", county="沧县", unit="沧县交通局", posts=("局长",), person_id="2"),
    ])
    r = judge("县委书记王伟收受老板红包五万元。", roster=roster)
    m = r["jurisdiction"]["roster_matches"][0]
    assert m["ambiguous"] is True and len(m["candidates"]) == 2


@pytest.mark.parametrize("text", [
    "", "   \n\t", "😀😀😀🙏", "\x00\x01\x02 binary", "ABC ＡＢＣ １２３", "举报" * 300_000,
    "\ud800 broken surrogate 县委书记", "县委书记" * 5000,
])
def test_bad_input_gives_a_result(text: str) -> None:
    check_contract(judge(text))


def test_rules_only_mode_still_keeps_the_contract() -> None:
    r = judge("东光县县长李某某违规提拔干部，收受好处费。", use_model=False)
    check_contract(r)
    assert r["scope"] == "in"


def test_the_model_scores_match_scikit_learn() -> None:
    # predict() multiplies by the weights itself (contiguous, made once) instead of asking
    # scikit-learn per text: the probabilities must stay scikit-learn's own.
    from xunshi.triage.model import load

    model = load()
    for text in ("镇党委书记张某某收受工程老板红包，还把低保名额给了亲戚。",
                 "我家的宅基地被邻居占了，村里调解不成，要求依法处理。",
                 "县法院判决后对方一直不履行，申请执行两年仍没有结果。"):
        got = model.predict(text)
        x = model.vectorizer.transform([text])
        p_in = model.scope.predict_proba(x)[0][list(model.scope.classes_).index("in")]
        assert abs(got["p_in"] - p_in) < 1e-9
        assert got["out_type"] == model.out_type.predict(x)[0]
        topics = model.topics.predict_proba(x)[0]
        assert max(abs(a - b) for a, b in zip(got["topics"].values(), topics, strict=True)) < 1e-9
