"""`--round` with the roster app's data: matches, ambiguity, promotion candidates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xunshi.cli.main import main
from xunshi.roster.models import RosterPerson, TeamCategory
from xunshi.rounds.models import Round
from xunshi.triage.engine import judge
from xunshi.triage.roster import roster_for_round


@pytest.fixture
def roster_round(seed_round: Round) -> Round:
    qing = seed_round.targets.get(name="青县")
    cang = seed_round.targets.get(name="沧县")
    RosterPerson.objects.create(round=seed_round, target=qing, name="边建国", unit="青县流河镇",
                                posts=["流河镇党委书记"], team=TeamCategory.NEXT_LEVEL_HEAD,
                                promotion_candidate=True)
    RosterPerson.objects.create(round=seed_round, target=qing, name="王伟", unit="青县委",
                                posts=["县委书记"], team=TeamCategory.COUNTY_LEADERSHIP)
    RosterPerson.objects.create(round=seed_round, target=cang, name="王伟", unit="沧县交通局",
                                posts=["局长"], team=TeamCategory.NEXT_LEVEL_HEAD)
    return seed_round


@pytest.mark.django_db
def test_masked_name_matches_and_flags_promotion(roster_round: Round) -> None:
    roster = roster_for_round(roster_round.slug)
    assert roster is not None
    r = judge("流河镇党委书记边某国收受老板红包两万元。", roster=roster)
    j = r["jurisdiction"]
    assert j["in_round"] is True
    assert j["roster_matches"][0]["candidates"][0]["name"] == "边建国"
    assert {"flag": "promotion_candidate", "cue": "roster"} in r["flags"]


@pytest.mark.django_db
def test_duplicate_names_are_shown_not_guessed(roster_round: Round) -> None:
    roster = roster_for_round(roster_round.name)
    assert roster is not None
    r = judge("王伟收受红包，群众意见很大。", roster=roster)
    match = next(m for m in r["jurisdiction"]["roster_matches"] if m["accused"]["name"] == "王伟")
    assert match["ambiguous"] is True
    assert {c["county"] for c in match["candidates"]} == {"青县", "沧县"}


@pytest.mark.django_db
def test_cli_round(roster_round: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text("流河镇党委书记边某国收受老板红包两万元。", encoding="utf-8")
    assert main(["triage", str(f), "--round", roster_round.slug]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["jurisdiction"]["in_round"] is True
    assert main(["triage", str(f), "--round", "no-such-round"]) == 1
    assert "unknown round" in capsys.readouterr().err


@pytest.mark.django_db
def test_county_named_in_the_text_narrows_duplicate_names(roster_round: Round) -> None:
    roster = roster_for_round(roster_round.slug)
    assert roster is not None
    r = judge("青县县委书记王伟收受开发商红包二十万元。", roster=roster)
    match = next(m for m in r["jurisdiction"]["roster_matches"] if m["accused"]["name"] == "王伟")
    assert [c["county"] for c in match["candidates"]] == ["青县"]
    assert match["ambiguous"] is False
    assert match["narrowed_by"]
    assert [p["county"] for p in match["set_aside"]] == ["沧县"]
    # The same name without a post, in a text that names the county, is narrowed too.
    r = judge("沧县的王伟收受红包，群众意见很大。", roster=roster)
    match = next(m for m in r["jurisdiction"]["roster_matches"] if m["accused"]["name"] == "王伟")
    assert [c["county"] for c in match["candidates"]] == ["沧县"]


@pytest.mark.django_db
def test_both_counties_named_stay_ambiguous(roster_round: Round) -> None:
    roster = roster_for_round(roster_round.slug)
    assert roster is not None
    r = judge("王伟收受红包，青县和沧县的群众都知道。", roster=roster)
    match = next(m for m in r["jurisdiction"]["roster_matches"] if m["accused"]["name"] == "王伟")
    assert match["ambiguous"] is True
    assert {c["county"] for c in match["candidates"]} == {"青县", "沧县"}
