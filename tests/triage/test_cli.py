"""`xunshi triage` on the command line: FILE, stdin, --jsonl, eval, train, bad files."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from xunshi.cli.main import main
from xunshi.triage import attribution
from xunshi.triage import model as triage_model

DEV = Path(__file__).parents[1] / "data" / "triage" / "dev.jsonl"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["triage", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_file_gives_one_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text("东光县某局局长经常公车私用，周末开公车回老家。", encoding="utf-8")
    status, out, _ = run(capsys, str(f))
    assert status == 0
    r = json.loads(out)
    assert r["scope"] == "in" and "八项规定" in r["topics"]


def test_gb18030_file_and_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "gbk.txt"
    f.write_bytes("我家房子被拆迁，补偿标准太低，要求重新评估。".encode("gb18030"))
    status, out, _ = run(capsys, str(f))
    assert status == 0 and json.loads(out)["out_type"] == "征地拆迁"
    stdin = io.TextIOWrapper(io.BytesIO("县长王某收受红包。".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run(capsys, "-")
    assert status == 0 and json.loads(out)["scope"] == "in"


def test_binary_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "junk.bin"
    f.write_bytes(b"\x00\xff\xfe\x00" * 100)
    status, _, err = run(capsys, str(f))
    assert status == 1 and "xunshi:" in err


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "text": "村支书张某截留低保金。"}\nnot json\n{"id": 7, "text": ""}\n',
                 encoding="utf-8")
    status, out, _ = run(capsys, "--jsonl", str(f))
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x.get("id") for x in lines] == ["a", None, 7]
    assert "error" in lines[1] and status == 1


def test_eval_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "eval", str(DEV), "--split", "heldout")
    assert status == 0
    for key in ("scope_accuracy", "scope_type_accuracy", "mixed_accuracy", "topic_f1_micro",
                "accused_name_f1", "accused_position_f1", "place_f1", "date_f1", "misjudged"):
        assert key in out


def test_places_and_dates_are_scored_only_where_labelled() -> None:
    from xunshi.triage.evaluate import evaluate

    base = {"scope": "in", "out_type": None, "mixed": False, "topics": [], "accused": []}
    rows = [
        {"id": "a", "text": "一",
         "labels": {**base, "places": ["河间市", "乾元镇"], "dates": ["2013年春节期间"]}},
        # A wrong place label, but the row says its places were never labelled: not scored.
        {"id": "b", "text": "二", "labels": {**base, "places": ["沧县"], "dates": []},
         "labels_partial": ["places", "dates"]},
        {"id": "c", "text": "三", "labels": {**base, "places": ["河間市"], "dates": []}},
    ]

    def read(text: str) -> dict[str, object]:
        # What an engine read in each text: the same places and date in all three.
        return {**base, "places": ["河间市", "乾元镇"], "dates": ["2013年春节期间"]}

    scores = evaluate(rows, read).as_dict()
    # a agrees; c labels one place (in the other script: compared after conversion) and no
    # date, so 乾元镇 and 2013年春节期间 are wrong there: places 3 right / 1 wrong, dates 1 / 1.
    assert (scores["place_items"], scores["place_f1"]) == (2, 0.857)
    assert (scores["date_items"], scores["date_f1"]) == (2, 0.667)


def test_train_writes_a_model_that_is_then_used(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # A data directory of its own, and the cache dropped after: the small model fitted here
    # must not become the one the later tests judge with.
    monkeypatch.setenv("XUNSHI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(triage_model, "_cached", None)
    monkeypatch.setattr(attribution, "_cached", [])
    # Development rows only: the sealed batches (fresh*) are for one final measurement.
    every = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in every if r["split"] == "dev"][::3]
    f = tmp_path / "train.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    status, out, _ = run(capsys, "train", str(f))
    assert status == 0 and "saved:" in out
    model_file = Path(out.split("saved:")[1].splitlines()[0].strip())
    assert model_file.exists()
    # Who is accused is refitted from the same rows and then preferred to the shipped weights.
    weights = Path(out.split("written to")[1].strip())
    assert weights == model_file.with_name("attribution.json") and weights.exists()
    assert attribution.load(refresh=True).source == str(f)
    status, out, _ = run(capsys, str(f))  # any readable text file works as input
    assert status == 0


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "eval")
    assert status == 1 and "usage" in err
    status, _, err = run(capsys, "/nonexistent/file.txt")
    assert status == 1 and "cannot read" in err


def test_a_model_fitted_from_older_bundled_texts_is_refitted(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # A saved model fitted from the texts an earlier release shipped must not shadow the
    # new ones after an upgrade; a model staff trained from their own labels is kept.
    monkeypatch.setenv("XUNSHI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(triage_model, "_cached", None)
    dev = [r for r in map(json.loads, DEV.read_text(encoding="utf-8").splitlines()) if r["split"] == "dev"]
    shipped = tmp_path / "train.json"
    monkeypatch.setattr(triage_model, "BUNDLED_TRAINING", shipped)
    monkeypatch.setattr(triage_model, "BUNDLED_REAL", tmp_path / "no-real-batches.json")
    shipped.write_text(json.dumps(dev[::4], ensure_ascii=False), encoding="utf-8")
    assert triage_model.load(refresh=True).trained_on == len(dev[::4])
    assert triage_model.load(refresh=True).trained_on == len(dev[::4])  # same texts: the saved one
    shipped.write_text(json.dumps(dev[::2], ensure_ascii=False), encoding="utf-8")  # a new release
    assert triage_model.load(refresh=True).trained_on == len(dev[::2])
    staff = triage_model.train_from_rows(dev[::3], source="labels confirmed at the desk")
    triage_model.save(staff)
    shipped.write_text(json.dumps(dev[::5], ensure_ascii=False), encoding="utf-8")
    assert triage_model.load(refresh=True).source == "labels confirmed at the desk"
