"""`xunshi round parse` and `xunshi round eval`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from xunshi.cli.main import main
from xunshi.rounds.announcement import KEYS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "xunshi" / "rounds" / "seeds" / "announcement.txt"
DEV = ROOT / "tests" / "data" / "announcements" / "dev.jsonl"


def test_parse_file_prints_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["round", "parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "省委第七巡视组" in out  # Chinese unescaped
    obj = json.loads(out)
    assert list(obj) == KEYS
    assert obj["emails"] == ["hbswxsz07@hebei.gov.cn"]


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["round", "parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["inspector"] == "省委第七巡视组"


def test_parse_jsonl_carries_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": SEED.read_text("utf-8")}, ensure_ascii=False) + "\n"
        + json.dumps({"id": 7, "text": "今天天气很好。"}, ensure_ascii=False) + "\n",
        "utf-8",
    )
    assert main(["round", "parse", "--jsonl", str(f)]) == 0
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert [x["id"] for x in lines] == ["a", 7]
    assert list(lines[0]) == ["id", *KEYS]
    assert lines[1]["targets"] == [] and lines[1]["inspector"] is None
    assert "7:" in captured.err and "空建议" in captured.err


def test_parse_empty_text_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("", "utf-8")
    assert main(["round", "parse", str(f)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["phones"] == []
    assert "公告为空" in captured.err


def test_parse_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["round", "parse", "/nonexistent/x.txt"]) == 1
    assert "无法读取" in capsys.readouterr().err


def test_eval_reports_fields_and_mean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["round", "eval", "--json", str(DEV)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report["fields"]) == KEYS
    assert report["count"] >= 41
    assert report["mean"] >= 0.95
    assert report["invented_channels"] == {}


def test_eval_text_output_names_misjudged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "one.jsonl"
    labels = {k: None for k in KEYS} | {k: [] for k in
              ("targets", "leaders", "phones", "emails", "po_boxes", "boxes", "focus", "out_of_scope")}
    labels["inspector"] = "省委第八巡视组"
    f.write_text(json.dumps({"id": "x1", "text": SEED.read_text("utf-8"), "labels": labels},
                            ensure_ascii=False) + "\n", "utf-8")
    assert main(["round", "eval", str(f)]) == 0
    out = capsys.readouterr().out
    assert "inspector" in out and "x1" in out and "平均" in out
