"""下沉一级: from the roster's career history, the units where a current leader was earlier
the top official (一把手), with the period; a visit planned from a suggestion is linked to it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from tests.fieldwork.conftest import Cast
from xunshi.fieldwork.models import Visit
from xunshi.fieldwork.selectors import sink_suggestions
from xunshi.roster.models import CareerPost, RosterPerson, TeamCategory
from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db


def roster(rnd: Round) -> dict[str, RosterPerson]:
    hejian, renqiu = rnd.targets.get(name="河间市"), rnd.targets.get(name="任丘市")
    zhu = RosterPerson.objects.create(
        round=rnd,
        target=hejian,
        name="朱志明",
        unit="中共河间市委",
        posts=["市委书记"],
        team=TeamCategory.COUNTY_LEADERSHIP,
    )
    CareerPost.objects.create(person=zhu, start="2008-03", end="2013-06", text="献县县长", top_post=True)
    CareerPost.objects.create(person=zhu, start="2004-01", end="2008-03", text="某镇党委书记", top_post=True)
    CareerPost.objects.create(
        person=zhu, start="2001-01", end="2004-01", text="献县某局副局长", top_post=False
    )
    wang = RosterPerson.objects.create(
        round=rnd,
        target=renqiu,
        name="王伟",
        unit="任丘市交通运输局",
        posts=["局长"],
        team=TeamCategory.NEXT_LEVEL_HEAD,
        promotion_candidate=True,
    )
    CareerPost.objects.create(
        person=wang, start="2010-01", end="2014-01", text="任丘市某镇党委书记", top_post=True
    )
    clerk = RosterPerson.objects.create(
        round=rnd, target=renqiu, name="钱某", unit="任丘市某局", posts=["科员"], team=TeamCategory.OTHER
    )
    CareerPost.objects.create(
        person=clerk, start="2012-01", end="2013-01", text="某村党支部书记", top_post=True
    )
    return {"zhu": zhu, "wang": wang, "clerk": clerk}


def test_suggestions_are_earlier_top_posts_of_leaders_in_scope(cast: Cast) -> None:
    people = roster(cast.round)
    found = sink_suggestions(round=cast.round)
    assert [(s.person.name, s.post.text, s.period) for s in found] == [
        ("王伟", "任丘市某镇党委书记", "2010-01—2014-01"),  # promotion candidate (三种人) first
        ("朱志明", "献县县长", "2008-03—2013-06"),
        ("朱志明", "某镇党委书记", "2004-01—2008-03"),
    ]
    assert all(s.person != people["clerk"] for s in found)  # not a leader in scope
    only_hejian = sink_suggestions(round=cast.round, target=cast.county("河间市"))
    assert {s.person.name for s in only_hejian} == {"朱志明"}


def test_planning_a_visit_from_a_suggestion_links_the_post(cast: Cast) -> None:
    people = roster(cast.round)
    post = people["zhu"].career.get(text="献县县长")
    page = cast.leader.page("/workbench/fieldwork/sink/")
    assert "献县县长" in page and "2008-03—2013-06" in page and "钱某" not in page
    form = cast.leader.page(f"/workbench/fieldwork/visits/?sink_post={post.pk}")
    assert "下沉一级：朱志明 曾任 献县县长" in form
    response = cast.leader.post(
        f"/workbench/fieldwork/visits/?sink_post={post.pk}",
        {
            "target": cast.county("河间市").pk,
            "place": "献县县政府",
            "on": (timezone.localdate() + dt.timedelta(days=3)).isoformat(),
            "members": [cast.leader.user.pk, cast.deputy.user.pk],
            "sink_post": post.pk,
        },
    )
    assert response.status_code == 302
    visit = Visit.objects.get()
    assert visit.sink_post == post and not visit.covert
    assert [s.visits for s in sink_suggestions(round=cast.round) if s.post == post] == [1]


def test_local_liaison_gets_no_suggestions(cast: Cast) -> None:
    roster(cast.round)
    assert cast.liaison.client.get("/workbench/fieldwork/sink/").status_code == 403
