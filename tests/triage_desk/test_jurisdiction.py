"""Roster → engine → jurisdiction: in the round, below the level, village, same names."""

from __future__ import annotations

import pytest

from xunshi.roster.models import RosterPerson, TeamCategory
from xunshi.rounds.models import Round
from xunshi.triage.jurisdiction import AMBIGUOUS, BELOW_LEVEL, IN_ROUND, VILLAGE
from xunshi.triage.models import TriageProposal
from xunshi.triage.rosterdb import clear_cache, engine_roster

pytestmark = pytest.mark.django_db


def proposal(receive, text: str) -> TriageProposal:
    return TriageProposal.objects.get(item=receive(text))


def test_leader_on_the_roster_is_in_the_round(roster, receive) -> None:
    p = proposal(receive, "任丘市副市长张伟收受工程老板红包两万元，群众意见很大。")
    assert p.routing["kind"] == IN_ROUND
    assert [(c["name"], c["county"]) for c in p.routing["candidates"]] == [("张伟", "任丘市")]
    assert p.jurisdiction["in_round"] is True


def test_cadre_below_the_accepted_level_is_routed(roster, receive) -> None:
    p = proposal(receive, "任丘市出岸镇副镇长李明收受老板红包五千元，还经常公款吃喝。")
    assert p.routing["kind"] == BELOW_LEVEL
    assert p.routing["code"] == "OOS.CADRE_LOW"
    assert "县纪委监委" in p.routing["receiver"]


def test_village_cadre_is_routed_to_the_township(roster, receive) -> None:
    p = proposal(receive, "出岸镇东村村支书刘某挪用低保金，克扣群众补贴。")
    assert p.routing["kind"] == VILLAGE
    assert p.routing["code"] == "OOS.VILLAGE"
    assert "乡镇党委政府" in p.routing["receiver"]


def test_two_wang_wei_are_shown_not_guessed(roster, receive) -> None:
    p = proposal(receive, "王伟收受红包，群众意见很大。")
    assert p.routing["kind"] == AMBIGUOUS
    assert {c["county"] for c in p.routing["candidates"]} == {"青县", "沧县"}
    assert all(c["ambiguous"] for c in p.routing["candidates"])


def test_roster_cache_follows_roster_changes(demo_round: Round, roster) -> None:
    clear_cache()
    first, v1 = engine_roster(demo_round)
    again, v2 = engine_roster(demo_round)
    assert again is first and v1 == v2  # cached
    RosterPerson.objects.create(
        round=demo_round,
        target=demo_round.targets.get(name="河间市"),
        name="赵刚",
        unit="河间市水务局",
        posts=["局长"],
        team=TeamCategory.NEXT_LEVEL_HEAD,
    )
    fresh, v3 = engine_roster(demo_round)
    assert v3 > v2 and "赵刚" in {p.name for p in fresh.persons}
    person = RosterPerson.objects.get(round=demo_round, name="赵刚")
    person.posts = ["党组书记"]
    person.save()
    edited, v4 = engine_roster(demo_round)
    assert v4 > v3 and next(p for p in edited.persons if p.name == "赵刚").posts == ("党组书记",)


def test_without_roster_jurisdiction_is_not_guessed(demo_round: Round, receive) -> None:
    p = proposal(receive, "任丘市副市长张伟收受工程老板红包两万元。")
    assert p.routing["kind"] == "no_roster"


def test_cached_roster_for_the_command_line(demo_round: Round, roster) -> None:
    from xunshi.triage.rosterdb import engine_roster_for_ref

    found = engine_roster_for_ref(demo_round.slug)
    assert found is not None and {p.name for p in found.persons} >= {"张伟", "王伟", "李明"}
    assert engine_roster_for_ref("no-such-round") is None
