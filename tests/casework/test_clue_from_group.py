"""A clue from a matching group in one action: the group page opens the clue form filled
with the group's items, the accused person and the union of staff-confirmed categories."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.casework.conftest import receive, user_of
from tests.casework.test_casework import post
from xunshi.casework.models import Clue
from xunshi.matching.models import ItemGroup
from xunshi.matching.services import group_create, group_undo
from xunshi.roster.models import RosterPerson, TeamCategory
from xunshi.rounds.models import Round
from xunshi.triage.services import Decision, triage_decide

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(demo_round: Round, staff_renqiu: Client) -> tuple[ItemGroup, RosterPerson]:
    staff = user_of(staff_renqiu)
    zhao = RosterPerson.objects.create(
        round=demo_round,
        target=demo_round.targets.get(name="任丘市"),
        name="赵建国",
        unit="任丘市出岸镇党委",
        posts=["党委书记"],
        team=TeamCategory.NEXT_LEVEL_HEAD,
    )
    first = receive(demo_round, content="出岸镇党委书记赵建国逢年过节收受老板购物卡。", accused="赵建国")
    second = receive(demo_round, kind="web", content="赵书记用公款大吃大喝，收购物卡。", accused="赵书记")
    # Staff confirmed the categories of each item (the engine's proposals do not count).
    triage_decide(
        item=first,
        actor=staff,
        decision=Decision(scope="in", codes=["IS.INT.01"], person=zhao, reason="核对名册"),
    )
    triage_decide(
        item=second,
        actor=staff,
        decision=Decision(scope="in", codes=["IS.INT.01", "IS.EP.HL.01", "IS.INT"], reason="补充类别"),
    )
    return group_create(items=[first, second], kind="duplicate", actor=staff, reason="同一人同一事"), zhao


def test_group_page_opens_a_prefilled_clue_form_and_the_clue_keeps_the_items(
    group: tuple[ItemGroup, RosterPerson], staff_renqiu: Client
) -> None:
    grp, zhao = group
    page = staff_renqiu.get(reverse("matching:group_detail", args=[grp.pk])).content.decode()
    link = f"{reverse('casework:clue_new')}?group={grp.pk}"
    assert link in page
    form = staff_renqiu.get(link)
    assert form.status_code == 200
    initial = form.context["form"].initial
    numbers = [m.item.number for m in grp.members.order_by("item__received_at")]
    assert initial["items"].split() == numbers
    assert initial["person"] == zhao.pk
    # Union of confirmed codes, only those a clue may carry (IS.INT is a branch, not a leaf).
    assert initial["allegations"] == ["IS.INT.01", "IS.EP.HL.01"]
    html = form.content.decode()
    assert grp.label in html and 'value="IS.EP.HL.01" selected' in html.replace('selected=""', "selected")

    response = post(
        staff_renqiu,
        link,
        {
            "items": initial["items"],
            "person": str(zhao.pk),
            "allegations": initial["allegations"],  # type: ignore[dict-item]
            "summary": "收受购物卡，公款吃喝。",
        },
    )
    clue = Clue.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("casework:clue", args=[clue.pk])
    assert sorted(i.number for i in clue.items.all()) == sorted(numbers)
    assert (
        clue.person == zhao and clue.accused_name == "赵建国" and clue.allegations == initial["allegations"]
    )


def test_undone_or_invisible_groups_open_nothing(
    demo_round: Round, group: tuple[ItemGroup, RosterPerson], staff_renqiu: Client, leader: Client
) -> None:
    grp, _ = group
    # An item of another county in a group hides the group from 任丘市 staff.
    other = receive(demo_round, county="沧县", content="沧县某局长收受购物卡。")
    mixed = group_create(
        items=[other, grp.members.first().item], kind="duplicate", actor=user_of(leader), reason="疑似同一"
    )
    assert staff_renqiu.get(f"{reverse('casework:clue_new')}?group={mixed.pk}").status_code == 404
    group_undo(group=grp, actor=user_of(leader), reason="并非同一事")
    assert staff_renqiu.get(f"{reverse('casework:clue_new')}?group={grp.pk}").status_code == 404
    page = staff_renqiu.get(reverse("matching:group_detail", args=[grp.pk])).content.decode()
    assert "由本组形成问题线索" not in page
