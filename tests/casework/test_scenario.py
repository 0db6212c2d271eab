"""The scripted scenario of issue 5 (minus duplicates and dossier): an out-of-scope item is
transferred, goes overdue, is reminded, reported back, approved and answered; a clue is
proposed and approved; the round cannot close while an item lacks a response, then can."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.casework.conftest import receive, user_of
from xunshi.audit.models import AuditEntry
from xunshi.casework.models import ClueStatus, Department, TransferStatus
from xunshi.casework.selectors import (
    departments_suggest,
    response_clocks,
    transfers_escalated,
    unanswered_items,
)
from xunshi.casework.services import (
    CaseworkError,
    RoundCloseRefused,
    clue_create,
    clue_decide,
    clue_propose,
    response_give,
    round_close,
    transfer_create,
    transfer_remind,
)
from xunshi.cli.main import main as cli_main
from xunshi.intake.lifecycle import Status
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity
from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db


def test_transfer_clue_answers_and_round_close(
    demo_round: Round,
    directory: dict[str, Department],
    leader: Client,
    deputy: Client,
    staff_renqiu: Client,
    local_liaison: Client,
    capsys: pytest.CaptureFixture[str],
) -> None:
    staff = user_of(staff_renqiu)
    land_item = receive(
        demo_round,
        kind="email",
        content="我家宅基地被征收，补偿标准太低，安置房一直没有落实，请求帮助解决。",
        identity_kind=IdentityKind.NAMED,
        identity=Identity(name="张三", email="zs@example.org", sender="zs@example.org"),
    )
    clue_item = receive(demo_round, accused="赵某", content="任丘市某镇党委书记赵某收受老板购物卡两万元。")

    # A 实名 reporter is owed an acceptance notice within 15 working days.
    clocks = response_clocks(Item.objects.filter(round=demo_round))
    assert [(c.item.number, c.kind, c.overdue) for c in clocks] == [(land_item.number, "ack", False)]

    # Receivers are suggested from the taxonomy's route_to for 征地拆迁.
    assert directory["land"] in departments_suggest(demo_round, land_item.target, "OOS.LAND")
    assert directory["labor"] not in departments_suggest(demo_round, land_item.target, "OOS.LAND")

    # Transferred long enough ago to be overdue today, and then some (escalation).
    sent = timezone.now() - dt.timedelta(days=45)
    transfer = transfer_create(
        item=land_item,
        department=directory["land"],
        oos_code="OOS.LAND",
        matter="反映宅基地征收补偿及安置问题。",
        due_workdays=10,
        actor=staff,
        now=sent,
    )
    land_item.refresh_from_db()
    assert land_item.status == Status.DISPOSED
    assert transfer.status == TransferStatus.PENDING and transfer.due_date < timezone.localdate()

    # The local liaison signs, works and reports back through the workbench.
    url = reverse("casework:transfer", args=[transfer.pk])
    assert local_liaison.get(reverse("casework:transfers")).status_code == 200
    page = local_liaison.get(url)
    assert page.status_code == 200 and "张三" not in page.content.decode()
    assert local_liaison.get(reverse("workbench:item_detail", args=[land_item.number])).status_code in (
        403,
        404,
    )
    assert local_liaison.get(reverse("casework:item", args=[land_item.number])).status_code in (403, 404)

    # Overdue: reminded; long overdue: on the escalation list.
    transfer = transfer_remind(transfer=transfer, actor=staff)
    assert transfer.reminder_count == 1 and transfer.escalated_at is not None
    assert transfer in transfers_escalated(demo_round.transfers.all())

    csrf_post(local_liaison, url, {"action": "sign", "signer_name": "李签收"})
    csrf_post(local_liaison, url, {"action": "start"})
    csrf_post(
        local_liaison,
        url,
        {
            "action": "report",
            "report_text": "已约谈当事人，补偿按标准补足，安置房年底前交付。",
            "answer_text": "已于10日电话答复反映人。",
        },
    )
    transfer.refresh_from_db()
    assert transfer.status == TransferStatus.REPORTED and transfer.signed_by_name == "李签收"
    # The liaison cannot approve its own report.
    assert local_liaison.post(url, {"action": "approve"}).status_code == 403

    # Returned once, redone, approved: the receiving body's answer is recorded on the item.
    csrf_post(staff_renqiu, url, {"action": "return", "reason": "未说明安置房交付的具体时间节点。"})
    csrf_post(local_liaison, url, {"action": "start"})
    csrf_post(
        local_liaison,
        url,
        {
            "action": "report",
            "report_text": "安置房于12月31日前交付，已书面承诺。",
            "answer_text": "已电话答复反映人。",
        },
    )
    csrf_post(staff_renqiu, url, {"action": "approve", "note": "同意"})
    transfer.refresh_from_db()
    land_item.refresh_from_db()
    assert transfer.status == TransferStatus.APPROVED and transfer.redo_count == 1
    assert land_item.status == Status.ANSWERED
    response = land_item.responses.get()
    assert (
        response.kind == "result" and "承办单位" in response.via and response.record.answered_by == "receiver"
    )
    assert "张三" not in response.public_text

    # A clue: proposed by staff, approved by the 组长 (the proposer cannot approve it).
    clue = clue_create(
        round=demo_round,
        items=[clue_item],
        accused_name="赵某",
        accused_position="镇党委书记",
        allegations=["IS.INT.01", "IS.EP.HL.01"],
        summary="收受老板购物卡两万元。",
        actor=staff,
    )
    clue = clue_propose(clue=clue, disposition="DSP.XFER_JW", reason="问题具体，可查性强。", actor=staff)
    with pytest.raises(Exception, match="组长或副组长"):
        clue_decide(clue=clue, approve=True, reason="同意", actor=staff)
    clue = clue_decide(clue=clue, approve=True, reason="同意移交。", actor=user_of(leader))
    assert clue.status == ClueStatus.APPROVED and clue.disposition == "DSP.XFER_JW"
    assert [e.kind for e in clue.events.all()] == ["created", "proposed", "approved"]
    assert AuditEntry.objects.filter(action="clue.approved", target_id=clue.number).exists()

    # The round cannot close while the clue's item has no recorded answer …
    assert list(unanswered_items(demo_round)) == [clue_item]
    with pytest.raises(RoundCloseRefused) as refused:
        round_close(round=demo_round, actor=user_of(leader))
    assert clue_item.number in str(refused.value)
    assert cli_main(["round", "close"]) == 1
    assert clue_item.number in capsys.readouterr().err
    page = csrf_post(leader, reverse("casework:round_close"), {}, expect=200)
    assert clue_item.number in page.content.decode()

    # … a public text naming the accused is refused; the vetted phrasing is accepted …
    with pytest.raises(CaseworkError, match="赵某"):
        response_give(
            item=clue_item,
            kind="result",
            phrase="handled",
            method="record",
            free_text="赵某的问题已处理",
            actor=staff,
        )
    response_give(item=clue_item, kind="result", phrase="handled", method="record", actor=staff)

    # … then it closes.
    assert cli_main(["round", "close", "--round", demo_round.slug]) == 0
    demo_round.refresh_from_db()
    assert demo_round.stage == Round.Stage.CLOSED
    assert set(Item.objects.filter(round=demo_round).values_list("status", flat=True)) == {Status.CLOSED}


def csrf_post(client: Client, url: str, data: dict[str, str], expect: int = 302):  # type: ignore[no-untyped-def]
    """POST as a browser would: fetch the page for the CSRF cookie, then send the token."""
    client.get(url if expect == 302 else reverse("casework:dashboard"))
    token = client.cookies["csrftoken"].value
    response = client.post(url, {**data, "csrfmiddlewaretoken": token})
    assert response.status_code == expect, response.content.decode()[:2000]
    return response
