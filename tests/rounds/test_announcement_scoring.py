"""Per-field scores of `round eval` and the development set's mean."""

from __future__ import annotations

import json
from pathlib import Path

from xunshi.rounds.announcement.scoring import evaluate, f1, invented_channels, score_field

DEV = Path(__file__).resolve().parents[2] / "tests" / "data" / "announcements" / "dev.jsonl"


def test_scalars_after_normalisation() -> None:
    assert score_field("inspector", "省委第七巡視組", "省委第七巡视组") == 1.0
    assert score_field("round", None, "") == 1.0
    assert score_field("level", "city", "county") == 0.0


def test_set_f1() -> None:
    assert f1([], []) == 1.0
    assert f1(["a"], []) == 0.0
    assert abs(f1(["a", "b"], ["a"]) - 2 / 3) < 1e-9
    assert score_field("targets", ["沧县", "青县"], ["青县", "沧县"]) == 1.0


def test_leaders_phones_period() -> None:
    leader = [{"name": "王俊钟", "role": "组长"}]
    assert score_field("leaders", [{"name": "王 俊钟", "role": "组长"}], leader) == 1.0
    p = [{"number": "0317-5528359", "hours_text": "工作时间", "sms_only": False}]
    same = [{"number": "03175528359", "hours_text": "工作时间", "sms_only": False}]
    assert score_field("phones", p, same) == 1.0
    no_hours = [{"number": "0317-5528359", "hours_text": None, "sms_only": False}]
    assert score_field("phones", p, no_hours) == 0.5
    period = {"start": "08-03", "end": "09-30"}
    assert score_field("period", period, {"start": "08-03", "end": "09-29"}) == 0.5
    assert score_field("period", None, None) == 1.0


def test_invented_channels() -> None:
    got = {"phones": [{"number": "0913-2133333"}], "emails": ["a@b.cn"], "po_boxes": []}
    assert invented_channels(got, {"phones": [], "emails": ["a@b.cn"]}) == ["0913-2133333"]


def test_dev_set_mean_and_no_invented_channel() -> None:
    records = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    assert len(records) >= 41
    assert len({r["id"] for r in records}) == len(records)
    assert all(r.get("source") for r in records)
    ev = evaluate(records)
    assert ev.mean() >= 0.95, ev.report()
    assert ev.invented == {}


def test_holdout_stays_above_target() -> None:
    path = DEV.with_name("holdout.jsonl")
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    ev = evaluate(records)
    assert ev.mean() >= 0.95, ev.report()
    assert ev.invented == {}
