"""Leave-one-batch-out measuring: a batch is never judged by a model that learnt from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from xunshi.cli.main import main
from xunshi.triage import attribution, evaluate, model

DEV = Path(__file__).parents[1] / "data" / "triage" / "dev.jsonl"


def _row(rid: str, split: str, text: str, scope: str, out_type: str | None = None) -> dict[str, Any]:
    return {"id": rid, "split": split, "text": text,
            "labels": {"scope": scope, "out_type": out_type, "mixed": False, "topics": [], "accused": []}}


ROWS = [
    _row("d1", "dev", "村支书张某截留低保金，还收受红包。", "in"),
    _row("d2", "dev", "我家房子被拆迁，补偿标准太低，要求重新评估。", "out", "征地拆迁"),
    _row("h1", "heldout", "镇长王某公款吃喝。", "in"),
    _row("s1", "fresh1", "县长李某收受购物卡。", "in"),
    _row("a1", "real2", "局长赵某违规提拔亲属，收受礼金。", "in"),
    _row("a2", "real2", "小区物业乱停车，噪音扰民，请求处理。", "out", "其他"),
    _row("b1", "real3", "法院判决三年了一直不执行，要求督促执行。", "out", "涉法涉诉"),
    _row("b2", "real3", "副县长刘某用公车接送孩子上学。", "in"),
]


def test_training_rows_exclude_the_left_out_batch_and_every_unlisted_split() -> None:
    ids = {r["id"] for r in evaluate.trainable(ROWS, leave_out="real3")}
    assert ids == {"d1", "d2", "a1", "a2"}  # never heldout, never a sealed split


def _spy_on_training(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The ids each model is fitted on, in the order the models are fitted."""
    seen: list[set[str]] = []
    real_train = model.train_from_rows

    def spy(rows: list[dict[str, Any]], *, source: str) -> model.TriageModel:
        seen.append({r["id"] for r in rows})
        return real_train(rows, source=source)

    monkeypatch.setattr(model, "train_from_rows", spy)
    return seen


def test_each_batch_is_judged_by_a_model_that_never_saw_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_training(monkeypatch)
    results = evaluate.cross_batch(ROWS, "real")
    assert [name for name, _ in results] == ["real2", "real3", "all"]
    assert not seen[0] & {"a1", "a2"} and {"b1", "b2"} <= seen[0]
    assert not seen[1] & {"b1", "b2"} and {"a1", "a2"} <= seen[1]
    assert results[-1][1].n == 4


def test_the_batches_of_one_round_leave_together(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [*ROWS, _row("c1", "real4", "村主任孙某侵占集体土地。", "in"),
            _row("c2", "real4", "邻居占用通道，调解未果。", "out", "其他")]
    for r in rows:
        if r["split"] in ("real3", "real4"):
            r["round"] = "sealed-fresh1-2"
    assert evaluate.groups(rows, "real", by_round=True) == [("real2", ["real2"]),
                                                            ("sealed-fresh1-2", ["real3", "real4"])]
    seen = _spy_on_training(monkeypatch)
    results = evaluate.cross_batch(rows, "real", by_round=True)
    assert [name for name, _ in results] == ["real2", "sealed-fresh1-2", "all"]
    assert not seen[1] & {"b1", "b2", "c1", "c2"} and {"a1", "a2"} <= seen[1]
    assert results[1][1].n == 4 and results[-1][1].n == 6


def test_cli_prints_one_line_per_batch_and_the_pooled_figure(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "rows.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    assert main(["triage", "eval", str(f), "--cross-batch", "real", "--rules-only"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [x.split()[0] for x in lines[1:4]] == ["real2", "real3", "all"]
    assert main(["triage", "eval", str(f), "--cross-batch", "nosuch"]) == 1


def test_bundle_ships_only_the_real_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "rows.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    monkeypatch.setattr(model, "BUNDLED_REAL", tmp_path / "train_real.json")
    monkeypatch.setattr(attribution, "BUNDLED_WEIGHTS", tmp_path / "attribution.json")
    monkeypatch.setattr(attribution, "_cached", [])
    assert main(["triage", "bundle", str(f)]) == 0
    weights = json.loads((tmp_path / "attribution.json").read_text("utf-8"))
    assert attribution.from_json(weights).trained_on > 0
    shipped = json.loads((tmp_path / "train_real.json").read_text(encoding="utf-8"))
    assert sorted(r["id"] for r in shipped) == ["a1", "a2", "b1", "b2"]
    assert {r["id"] for r in model.bundled_rows()} >= {"a1", "b2"}


def test_the_shipped_model_has_learnt_from_every_real_batch() -> None:
    shipped = {r.get("split", "dev") for r in model.bundled_rows()}
    in_file = {json.loads(x)["split"] for x in DEV.read_text(encoding="utf-8").splitlines()}
    assert {s for s in in_file if evaluate.TRAINABLE_SPLIT.fullmatch(s)} <= shipped
    assert "heldout" not in shipped
    sealed = {s for s in in_file if s.startswith("fresh")}
    assert not sealed & shipped  # the sealed batches wait for their one measurement
