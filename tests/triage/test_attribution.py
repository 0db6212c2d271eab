"""Who is accused: every named person is a candidate, a learnt weighing decides."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from xunshi.triage import attribution
from xunshi.triage import engine as en
from xunshi.triage.engine import judge
from xunshi.triage.normalize import prepare

# A deputy secretary whose name is also an everyday word (高峰 "peak"): the rules read the
# post but not the name; jieba's person tag reads it, and the post takes it.
WORD_NAME = "举报：村支部副书记高峰多年来不顾村民反对，利用职权侵占集体耕地二十余亩，建厂出租牟利。"
# A reporter who introduces himself, an accused with a post, an investigator who answers.
THREE_PERSONS = ("我叫刘建华，是前进村村民。现实名举报城关镇副镇长周庆丰收受开发商贿赂二十万元。"
                 "对此，镇纪委书记赵明远表示，已成立调查组核查。")


def names(result: dict) -> list[str]:
    return [a["name"] for a in result["accused"] if a["name"]]


def reading_of(text: str) -> tuple[en.Reading, list]:
    reading = en.read(prepare(text))
    return reading, en.rule_accused(reading)


def test_a_name_that_is_also_a_word_is_read_after_its_post() -> None:
    assert names(judge(WORD_NAME, use_attribution=False)) == []  # the rules alone: the post only
    accused = judge(WORD_NAME)["accused"]
    assert [(a["name"], a["position"]) for a in accused] == [("高峰", "村支部副书记")]


def test_the_reporter_is_a_candidate_but_only_the_official_is_accused() -> None:
    reading, chosen = reading_of(THREE_PERSONS)
    candidates = {c.name for c in attribution.candidates(reading, chosen)}
    assert {"刘建华", "周庆丰"} <= candidates  # the reporter is read as a person too
    assert names(judge(THREE_PERSONS)) == ["周庆丰"]


def test_the_weights_decide_whom_to_add_and_the_rules_choice_stays() -> None:
    # Staff named without a post: read by jieba's person tag alone, not by the rules.
    text = "实名举报：县安监局职工孙晓炜上班时间在办公室打游戏，还长期用公车接送孩子。"
    reading, chosen = reading_of(text)
    assert "孙晓炜" in {c.name for c in attribution.candidates(reading, chosen) if c.tagger_only}
    trusting_tags = attribution.AttributionModel(weights={"tagger_only": 6.0}, bias=-3.0, threshold=0.5,
                                                 trained_on=0, source="test")
    assert "孙晓炜" in [o.name for o in attribution.decide(reading, chosen, trusting_tags)[0]]
    reading, chosen = reading_of(text)
    doubting_tags = attribution.AttributionModel(weights={"tagger_only": -6.0}, bias=-3.0, threshold=0.5,
                                                 trained_on=0, source="test")
    assert "孙晓炜" not in [o.name for o in attribution.decide(reading, chosen, doubting_tags)[0]]
    # Whatever the weights, the officials the rules tied to an act stay accused.
    reading, chosen = reading_of(THREE_PERSONS)
    rejecting_all = attribution.AttributionModel(weights={}, bias=-9.0, threshold=0.5, trained_on=0,
                                                 source="t")
    assert [o.name for o in attribution.decide(reading, chosen, rejecting_all)[0]] == ["周庆丰"]


def test_a_reporter_is_never_added_whatever_the_weights() -> None:
    reading, chosen = reading_of(THREE_PERSONS)
    trusting_all = attribution.AttributionModel(weights={}, bias=9.0, threshold=0.5, trained_on=0, source="t")
    assert "刘建华" not in [o.name for o in attribution.decide(reading, chosen, trusting_all)[0]]


def _row(text: str, accused: list[str]) -> dict:
    return {"text": text, "labels": {"scope": "in", "accused": [{"name": n} for n in accused]}}


def test_fitting_learns_from_the_labelled_accused() -> None:
    # Rows that always accuse the one who speaks to the press, and rows that never do: the
    # fitted weights follow the labels, whatever the shipped model would say.
    texts = [f"群众举报{town}镇长{a}挪用扶贫资金。对此，{town}镇纪委书记{b}表示，正在调查。"
             for town, a, b in (("东坝", "孙德明", "钱志远"), ("西河", "李国栋", "周海平"),
                                ("南岭", "吴建平", "郑文军"), ("北山", "冯立新", "陈永刚"))]
    speakers = attribution.fit_from_rows(
        [_row(t, [t.split("纪委书记")[1][:3]]) for t in texts], source="speakers")
    actors = attribution.fit_from_rows(
        [_row(t, [t.split("镇长")[1][:3]]) for t in texts], source="actors")
    assert speakers.weights["speaks"] > 0 > actors.weights["speaks"]
    assert actors.trained_on == speakers.trained_on >= 8


def test_fitting_needs_both_kinds_of_candidate() -> None:
    with pytest.raises(ValueError, match="both accused and not"):
        attribution.fit_from_rows([_row("群众举报东坝镇镇长孙德明挪用扶贫资金。", ["孙德明"])], source="x")


def test_without_weights_the_rules_decide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNSHI_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(attribution, "BUNDLED_WEIGHTS", tmp_path / "missing.json")
    monkeypatch.setattr(attribution, "_cached", [])
    assert attribution.load() is None
    assert judge(WORD_NAME)["accused"] == judge(WORD_NAME, use_attribution=False)["accused"]


def test_saved_weights_round_trip_and_win_over_the_shipped_ones(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNSHI_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(attribution, "_cached", [])
    shipped = attribution.load()
    assert shipped is not None and shipped.trained_on > 1000
    mine = attribution.AttributionModel(weights={"has_post": 1.5}, bias=-1.0, threshold=0.4,
                                        trained_on=3, source="staff")
    path = attribution.save(mine)
    assert path == tmp_path / "triage" / "attribution.json"
    assert attribution.load() == mine


def test_a_person_added_without_a_post_is_reported_with_position_null() -> None:
    text = "实名举报：县安监局职工孙晓炜上班时间在办公室打游戏，还长期用公车接送孩子。"
    trusting_tags = attribution.AttributionModel(weights={"tagger_only": 6.0}, bias=-3.0, threshold=0.5,
                                                 trained_on=0, source="test")
    accused = judge(text, attribution_model=trusting_tags)["accused"]
    assert {"name": "孙晓炜", "position": None, "unit": None} in accused


def test_damaged_saved_weights_are_passed_over_for_the_shipped_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("XUNSHI_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(attribution, "_cached", [])
    attribution.weights_path().parent.mkdir(parents=True)
    attribution.weights_path().write_text('{"weights": ', encoding="utf-8")  # a write cut short
    shipped = attribution.load()
    assert shipped is not None and shipped.trained_on > 1000
    assert "unreadable" in caplog.text
    assert judge(WORD_NAME)["accused"][0]["name"] == "高峰"


def test_a_worker_picks_up_weights_retrained_in_another_process(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from xunshi.triage import tasks

    monkeypatch.setenv("XUNSHI_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(attribution, "_cached", [])
    monkeypatch.setattr(tasks, "_model_mtime", {})
    first = attribution.AttributionModel(weights={}, bias=0.0, threshold=0.5, trained_on=1, source="first")
    path = attribution.save(first)
    tasks._model_fresh()
    assert attribution.load().source == "first"
    # Another process (xunshi triage train) writes new weights; this worker's cache is stale.
    attribution.weights_path().write_text(json.dumps(
        {**first.as_json(), "source": "retrained"}), encoding="utf-8")
    os.utime(path, (1, 1))
    assert attribution.load().source == "first"
    tasks._model_fresh()
    assert attribution.load().source == "retrained"


def test_an_official_on_a_visit_is_not_added_to_the_accused() -> None:
    # The learnt weighing alone gives any official with a post about even odds; one who comes
    # on an official visit (走访, 慰问, 带队检查) is read explicitly as no accused.
    text = "村主任柏某某把集体鱼塘低价承包给亲戚。副镇长喻立新到村里走访时听取了村民意见。"
    assert [a["name"] for a in judge(text)["accused"]] == ["柏某某"]


def test_defendants_and_profiled_persons_of_a_ruling_are_candidates() -> None:
    # jieba's tagger reads no name in 被告人黄贤德 (被告/人黄/贤德) nor in a bare profile line.
    text = ("公诉机关某县人民检察院。被告人黄贤德，男，生于1974年，原某县林场场长。"
            "邵曰苍，男，汉族，村党支部书记。二人玩忽职守，致使国有林地被毁。")
    reading, chosen = reading_of(text)
    assert {"黄贤德", "邵曰苍"} <= {c.name for c in attribution.candidates(reading, chosen)}
    # 被告人陈述称…, 被告人严重违纪: what the defendant said or did, no person named so.
    text = "庭审中，被告人陈述称其未收受财物。另一被告人严重违纪。被告人林地…"
    assert [text[s:e] for s, e in attribution._role_persons(text)] == []


def test_a_text_naming_hundreds_of_people_is_read_on_a_bounded_number() -> None:
    # Junk or a long list: every official is compared with every other, so the reading
    # keeps a bounded number of them (the labelled texts name at most 15).
    import random

    rng = random.Random(1)
    surnames, given = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗", "国军华明强伟立见到收送"
    text = "".join(rng.choice(surnames) + "某" + rng.choice(given) for _ in range(1000))
    reading, chosen = reading_of(text)
    assert len(reading.specific) == en.MAX_OFFICIALS
    candidates = attribution.candidates(reading, chosen)
    assert len(candidates) <= attribution.MAX_CANDIDATES + len(chosen)
    assert judge(text, use_model=False)["scope"] in ("in", "out")


def test_a_name_listed_with_an_accused_one_shares_its_fate() -> None:
    # The model finds everyone somewhat likely (p 0.3, under the 0.45 threshold): only the
    # name written in one enumeration with the accused is added, not a villager elsewhere.
    doubtful = attribution.AttributionModel(weights={}, bias=math.log(0.3 / 0.7), threshold=0.45,
                                            trained_on=0, source="test")
    listed = "经查，县扶贫办前后两任主任郑宝记和杨林忠利用职务便利疯狂敛财。"
    reading, chosen = reading_of(listed)
    assert [o.name for o in chosen] == ["郑宝记"]
    assert [o.name for o in attribution.decide(reading, chosen, doubtful)[0]] == ["郑宝记", "杨林忠"]
    apart = "经查，县扶贫办主任郑宝记利用职务便利疯狂敛财。村民杨林忠和李国强向记者反映了此事。"
    reading, chosen = reading_of(apart)
    assert [o.name for o in attribution.decide(reading, chosen, doubtful)[0]] == ["郑宝记"]
    # A 和 or 与 inside a word (参与, 和平) joins no list.
    word = "经查，县扶贫办主任郑宝记参与杨林忠的生意，收受好处。"
    reading, chosen = reading_of(word)
    assert [o.name for o in attribution.decide(reading, chosen, doubtful)[0]] == ["郑宝记"]
    # Under the floor (p 0.2) the list is not enough.
    unlikely = attribution.AttributionModel(weights={}, bias=math.log(0.2 / 0.8), threshold=0.45,
                                            trained_on=0, source="test")
    reading, chosen = reading_of(listed)
    assert [o.name for o in attribution.decide(reading, chosen, unlikely)[0]] == ["郑宝记"]


@pytest.mark.parametrize(("text", "cut", "whole"), [
    # jieba's tagger cuts unseen three-character names short (俞持 / 庐一进, 刘长 / 木、).
    ("据群众反映，俞持庐一进农户家门就索要好处费，还把低保名额给了亲戚。", "俞持", "俞持庐"),
    ("村民反映，刘长木、张云勾结开发商低价转让集体土地。", "刘长", "刘长木"),
])
def test_a_name_jieba_cuts_short_is_weighed_whole(text: str, cut: str, whole: str) -> None:
    reading, chosen = reading_of(text)
    weighed = {c.name for c in attribution.candidates(reading, chosen)}
    assert whole in weighed and cut not in weighed


@pytest.mark.parametrize(("text", "accused"), [
    # Posts of state firms, institutions and prisons (总工程师, 狱警, 场长, 行长) stand before
    # the names the way 局长 does.
    ("举报：区住建局总工程师郁士超在区质量检测中心违规兼职取酬，每月领取报酬三千元。", ["郁士超"]),
    ("四名狱警葛志强、卢兴明殴打在押人员致其死亡。", ["葛志强", "卢兴明"]),
    ("国营林场场长韩德昌私自砍伐公益林出售，所得款项据为己有。", ["韩德昌"]),
])
def test_officials_of_firms_institutions_and_prisons_are_read_after_their_posts(
        text: str, accused: list[str]) -> None:
    assert names(judge(text, use_attribution=False)) == accused
