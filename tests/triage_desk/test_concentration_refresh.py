"""问题线索反映集中 follows what matching counts: copies grouped as one duplicate are one
voice, so making the group takes the flag away from the person's items and undoing it gives
it back; so does linking a name to someone else. The triage panel and the stored priority
(the item list's sort and filter) agree after each change; a staff decision stays."""

from __future__ import annotations

import pytest

from xunshi.intake.models import Item
from xunshi.matching.models import ItemGroup, PersonLink
from xunshi.matching.services import group_create, group_undo, person_link_set
from xunshi.triage.models import Priority, TriageDecision, TriageProposal
from xunshi.triage.priority import flags_mask, flags_of
from xunshi.triage.services import Decision, triage_decide

pytestmark = pytest.mark.django_db

# Three anonymous letters about the same deputy town head, in words of their own (no copies).
LETTERS = [
    "任丘市出岸镇副镇长李明收受工程老板红包两万元。",
    "任丘市出岸镇副镇长李明在村道硬化工程中指定亲戚承包，从中获利。",
    "出岸镇副镇长李明长期在镇政府食堂违规吃喝，还用公款报销私人加油费。",
]


def stored(item: Item) -> tuple[int, list[str]]:
    row = Item.objects.values_list("triage_level", "triage_flags").get(pk=item.pk)
    return row[0], flags_of(row[1])


def panel(item: Item) -> tuple[int, list[str]]:
    decision = TriageDecision.objects.filter(item=item).order_by("-decided_at", "-id").first()
    if decision is not None:
        return decision.priority, flags_of(flags_mask(decision.flags))
    proposal = TriageProposal.objects.get(item=item)
    return proposal.priority, flags_of(flags_mask(f["flag"] for f in proposal.flags))


def concentrated(*items: Item) -> list[bool]:
    return ["concentrated" in stored(i)[1] and stored(i) == panel(i) for i in items]


def test_grouping_copies_clears_concentration_and_undoing_the_group_restores_it(
    roster, receive, staff_renqiu
) -> None:
    first, second, third = (receive(text) for text in LETTERS)
    assert ItemGroup.objects.count() == 0  # different words: nothing proposed as copies
    assert concentrated(first, second, third) == [True, True, True]  # three voices
    assert stored(first)[0] == Priority.HIGH

    # Staff find the first two are one reporter's copies: two voices, not concentrated.
    group = group_create(items=[first, second], kind=ItemGroup.Kind.DUPLICATE, actor=staff_renqiu.user)
    assert concentrated(first, second, third) == [False, False, False]
    assert all(stored(i) == panel(i) for i in (first, second, third))
    assert stored(third)[0] == Priority.NORMAL
    proposal = TriageProposal.objects.get(item=third)
    assert "问题线索反映集中" not in "".join(proposal.priority_reasons)

    # Undone: three voices again, the flag and the level come back.
    group_undo(group=group, actor=staff_renqiu.user, reason="并非同一人所写")
    assert concentrated(first, second, third) == [True, True, True]
    assert stored(first)[0] == Priority.HIGH


def test_a_staff_decision_keeps_its_flag_and_a_related_group_counts_nothing(
    roster, receive, staff_renqiu
) -> None:
    first, second, third = (receive(text) for text in LETTERS)
    triage_decide(
        item=first,
        actor=staff_renqiu.user,
        decision=Decision(scope="in", flags=["concentrated"], reason="确认集中"),
    )
    group_create(items=[second, third], kind=ItemGroup.Kind.RELATED, actor=staff_renqiu.user)
    assert concentrated(second, third) == [True, True]  # related matters are separate voices
    group_create(items=[second, third], kind=ItemGroup.Kind.DUPLICATE, actor=staff_renqiu.user)
    assert concentrated(second, third) == [False, False]
    assert concentrated(first) == [True]  # staff decided it: the decision still says so


def test_linking_a_name_to_nobody_takes_the_flag_from_the_persons_other_items(
    roster, receive, staff_renqiu
) -> None:
    first, second, third = (receive(text) for text in LETTERS)
    assert concentrated(first, second, third) == [True, True, True]
    link = PersonLink.objects.get(item=third, person=roster["李明"])
    person_link_set(link=link, person=None, actor=staff_renqiu.user)
    assert concentrated(first, second) == [False, False]
