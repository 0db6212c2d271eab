"""Confirmed decisions are training labels; refitting moves the model on a confirmed example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from desk_helpers import decide

from xunshi.cli.main import main
from xunshi.triage import model
from xunshi.triage.normalize import prepare
from xunshi.triage.services import training_rows, triage_train_from_db

pytestmark = pytest.mark.django_db

# Reads like an accusation, but the desk decided it is the writer's own pension claim.
TEXT = "任丘市社保局局长刘建华对我的养老金问题一直拖着不办，请巡视组督促落实我的养老待遇。"


def _p_in(m: model.TriageModel, text: str) -> float:
    return float(m.predict(prepare(text).analysis)["p_in"])


def test_training_from_confirmed_labels_changes_the_model(receive, leader, tmp_path: Path) -> None:
    items = [receive(TEXT + f"（第{i}次反映）") for i in range(3)]
    for item in items:
        decide(leader, item, scope="out", out_type="个人利益诉求", codes=["OOS.PERSONAL"], reason="待遇诉求")
    rows = training_rows()
    assert len(rows) == 3 and rows[0]["labels"]["scope"] == "out"
    assert rows[0]["labels"]["out_type"] == "个人利益诉求"
    before = _p_in(model.load(), TEXT)
    result = triage_train_from_db(model_out=tmp_path / "model.pkl")
    lines = result.labels_path.read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in rows]
    import pickle

    trained = pickle.loads((tmp_path / "model.pkl").read_bytes())["model"]  # noqa: S301 - our own file
    after = _p_in(trained, TEXT)
    assert after < before - 0.05, (before, after)


def test_cli_train_from_db(receive, leader, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "train", "--from-db", "--model-out", str(tmp_path / "m.pkl")]) == 1
    assert "还没有" in capsys.readouterr().err
    item = receive(TEXT)
    decide(leader, item, scope="out", out_type="个人利益诉求", codes=["OOS.PERSONAL"], reason="个人待遇诉求")
    assert main(["triage", "train", "--from-db", "--model-out", str(tmp_path / "m.pkl")]) == 0
    assert "staff-confirmed labels: 1" in capsys.readouterr().out
    assert (tmp_path / "m.pkl").exists()
