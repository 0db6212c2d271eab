"""Every new item is triaged through the queue after intake commits; bad input never crashes."""

from __future__ import annotations

import pytest

from xunshi.intake.lifecycle import Status
from xunshi.intake.models import Item
from xunshi.triage.models import Priority, TriageProposal
from xunshi.triage.services import triage_propose

pytestmark = pytest.mark.django_db


def test_new_item_gets_a_proposal_and_stays_registered(roster, receive) -> None:
    item = receive("任丘市副市长张伟收受工程老板红包两万元，2015年以来一直如此，还扬言要收拾举报人。")
    p = TriageProposal.objects.get(item=item)
    assert p.state == TriageProposal.State.READY
    assert p.scope == "in" and p.out_type == "" and p.mixed is False
    assert p.codes and all(0 <= c["confidence"] <= 1 for c in p.codes)
    assert "IS.INT.01" in [c["code"] for c in p.codes]
    assert p.topics and p.accused[0]["name"] == "张伟"
    assert p.reasons and p.dates
    assert {"retaliation", "not_stopped_after_2012"} <= {f["flag"] for f in p.flags}
    assert p.priority == Priority.HIGH
    item.refresh_from_db()
    assert item.status == Status.REGISTERED  # only staff move it on
    assert item.events.filter(kind="triage_proposed").count() == 1


def test_out_of_scope_grievance(receive) -> None:
    p = TriageProposal.objects.get(item=receive("我家房子被强拆，补偿标准太低，要求解决补偿问题。"))
    assert p.scope == "out" and p.out_type == "征地拆迁"
    assert p.priority == Priority.LOW


def test_nothing_is_queued_before_commit(demo_round, django_capture_on_commit_callbacks) -> None:
    from django.utils import timezone

    from xunshi.intake.services import Incoming, item_receive
    from xunshi.rounds.selectors import channel_for_kind

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item = item_receive(
            Incoming(
                round=demo_round,
                channel=channel_for_kind(demo_round, "po_box"),
                content="县委书记收受红包。",
                received_at=timezone.now(),
            )
        ).item
        assert not TriageProposal.objects.filter(item=item).exists()
    assert callbacks  # the proposal is a post-commit job


@pytest.mark.parametrize(
    "content",
    [
        "😀😀😀🙏🙏" * 40,
        "\ufffd\u00ff\u00fe" * 300 + "ÿØÿà JFIF",
        "ＡＢＣ１２３　县委书记ＸＸＸ收受红包５万元！！" * 10,
        "县委书记收受红包。" * 120_000,  # about 1 MB
        "   ",
    ],
    ids=["emoji", "binary-junk", "full-width", "1MB", "blank"],
)
def test_bad_input_gives_a_result(receive, content: str) -> None:
    item = receive("县委书记收受红包。")
    # Stored as it may come from an old import or another channel, past intake's checks.
    Item.objects.filter(pk=item.pk).update(content=content)
    p = triage_propose(item_id=item.pk)
    assert p is not None and p.scope in ("in", "out")
    assert p.state in (TriageProposal.State.READY, TriageProposal.State.FAILED)


def test_engine_failure_is_recorded_not_raised(receive, monkeypatch) -> None:
    import xunshi.triage.engine as engine

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "judge", broken)
    item = receive("县委书记收受红包。")
    p = TriageProposal.objects.get(item=item)
    assert p.state == TriageProposal.State.FAILED and "RuntimeError" in p.error


def test_missing_item_is_ignored() -> None:
    assert triage_propose(item_id=987654) is None
