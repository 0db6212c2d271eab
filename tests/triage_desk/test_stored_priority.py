"""The priority stored on each item (Item.triage_level / triage_flags), which the item list
sorts and filters by, says what the triage panel says after every kind of change: the
engine's proposal on arrival, a re-run of the engine, a staff decision and its correction,
concentration reached by a later item, and the migration that backfills older items."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps

from xunshi.intake.models import Item
from xunshi.triage.models import Priority, TriageDecision, TriageProposal
from xunshi.triage.priority import flags_mask, flags_of
from xunshi.triage.services import Decision, triage_decide, triage_propose

pytestmark = pytest.mark.django_db


def stored(item: Item) -> tuple[int, list[str]]:
    row = Item.objects.values_list("triage_level", "triage_flags").get(pk=item.pk)
    return row[0], flags_of(row[1])


def panel(item: Item) -> tuple[int, list[str]]:
    """What the item's triage panel shows: the latest decision, else the proposal."""
    decision = TriageDecision.objects.filter(item=item).order_by("-decided_at", "-id").first()
    if decision is not None:
        return decision.priority, flags_of(flags_mask(decision.flags))
    proposal = TriageProposal.objects.filter(item=item).first()
    if proposal is None:
        return 0, []
    return proposal.priority, flags_of(flags_mask(f["flag"] for f in proposal.flags))


def test_arrival_stores_the_proposal(roster, receive) -> None:
    urgent = receive("任丘市副市长张伟收受红包，我们被逼得不想活了，要去跳楼。")
    level, flags = stored(urgent)
    assert level == Priority.URGENT
    assert "threat_to_life" in flags and "important_promotable" in flags
    assert stored(urgent) == panel(urgent)
    low = receive("我家房子被强拆，补偿标准太低，要求解决补偿问题。")
    assert stored(low) == panel(low) == (Priority.LOW, [])


def test_an_item_not_yet_triaged_is_pending(demo_round, receive) -> None:
    from django.utils import timezone

    from xunshi.intake.services import Incoming, item_receive
    from xunshi.rounds.selectors import channel_for_kind

    # Without its post-commit hook the engine never ran.
    item = item_receive(
        Incoming(
            round=demo_round,
            channel=channel_for_kind(demo_round, "po_box"),
            content="来信反映情况。",
            received_at=timezone.now(),
        )
    ).item
    assert stored(item) == (0, [])


def test_staff_decision_wins_and_a_correction_wins_over_it(roster, receive, staff_renqiu) -> None:
    item = receive("任丘市出岸镇副镇长李明收受老板红包五千元。")
    assert stored(item)[0] == Priority.NORMAL
    triage_decide(
        item=item,
        actor=staff_renqiu.user,
        decision=Decision(scope="in", flags=["retaliation"], reason="来信称遭打击报复"),
    )
    assert stored(item) == panel(item) == (Priority.HIGH, ["retaliation"])
    triage_decide(
        item=item,
        actor=staff_renqiu.user,
        decision=Decision(scope="in", flags=["threat_to_life", "retaliation"], reason="回访称欲轻生"),
    )
    assert stored(item) == panel(item) == (Priority.URGENT, ["threat_to_life", "retaliation"])
    # Confirming with no flags brings it back down: the latest decision, not the highest.
    triage_decide(
        item=item, actor=staff_renqiu.user, decision=Decision(scope="out", out_type="其他", reason="核实")
    )
    assert stored(item) == panel(item) == (Priority.LOW, [])


def test_engine_rerun_refreshes_an_undecided_item_but_not_a_decided_one(
    roster, receive, staff_renqiu
) -> None:
    undecided = receive("任丘市出岸镇副镇长李明收受老板红包五千元。")
    decided = receive("任丘市出岸镇副镇长李明收受老板红包一万元。")
    triage_decide(
        item=decided,
        actor=staff_renqiu.user,
        decision=Decision(scope="in", flags=["group_incident"], reason="村民准备集体上访"),
    )
    # Stored values from an older engine: a re-run (roster change, retrained model) puts
    # the undecided one right and leaves the staff decision standing.
    Item.objects.filter(pk__in=[undecided.pk, decided.pk]).update(triage_level=1, triage_flags=0)
    triage_propose(item_id=undecided.pk)
    triage_propose(item_id=decided.pk)
    assert stored(undecided) == panel(undecided) == (Priority.NORMAL, [])
    assert stored(decided) == panel(decided) == (Priority.URGENT, ["group_incident"])


def test_concentration_reached_later_flags_the_earlier_items(roster, receive, staff_renqiu) -> None:
    text = "任丘市出岸镇副镇长李明收受工程老板红包两万元。"
    first = receive(text + "一", phone="13800000001")
    second = receive(text + "二", phone="13800000002")
    assert "concentrated" not in stored(first)[1] + stored(second)[1]  # two reporters so far
    # Staff already decided the second: their decision keeps deciding it.
    triage_decide(item=second, actor=staff_renqiu.user, decision=Decision(scope="in", reason="确认"))
    third = receive(text + "三", phone="13800000003")
    assert "concentrated" in stored(third)[1]
    assert "concentrated" in stored(first)[1]
    assert stored(first) == panel(first)
    assert stored(first)[0] == Priority.HIGH  # in scope with a 三种人 flag
    assert stored(second) == panel(second) == (Priority.NORMAL, [])


def test_backfill_migration_restores_every_item(roster, receive, staff_renqiu) -> None:
    items = [
        receive("任丘市副市长张伟收受红包，我们被逼得不想活了，要去跳楼。"),
        receive("我家房子被强拆，补偿标准太低，要求解决补偿问题。"),
        receive("任丘市出岸镇副镇长李明收受老板红包五千元。"),
    ]
    triage_decide(
        item=items[2],
        actor=staff_renqiu.user,
        decision=Decision(scope="in", flags=["retaliation"], reason="来信称遭打击报复"),
    )
    before = [stored(i) for i in items]
    Item.objects.update(triage_level=0, triage_flags=0)  # as the columns start out
    migration: Any = importlib.import_module("xunshi.triage.migrations.0002_backfill_item_priority")
    migration.backfill(apps, None)
    assert [stored(i) for i in items] == before == [panel(i) for i in items]


def test_flag_bits_stay_where_the_stored_data_and_indexes_expect_them() -> None:
    """Bits are stored data: a flag inserted before others would silently relabel every
    stored item, and a flag without a partial index would make its filter a full scan."""
    from xunshi.intake.models import PRIORITY_FLAG_BITS
    from xunshi.triage.priority import FLAG_BITS

    migration: Any = importlib.import_module("xunshi.triage.migrations.0002_backfill_item_priority")
    assert list(FLAG_BITS)[: len(migration.FLAGS)] == migration.FLAGS
    assert list(FLAG_BITS.values()) == PRIORITY_FLAG_BITS[: len(FLAG_BITS)]
    assert len(FLAG_BITS) <= len(PRIORITY_FLAG_BITS)
