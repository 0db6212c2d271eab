"""The audit chain: every change writes a row in the same transaction; any altered,
deleted or inserted row is found by `xunshi audit verify`, which names it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from xunshi.audit.models import AuditEntry
from xunshi.audit.services import audit_record, audit_verify
from xunshi.cli.main import main
from xunshi.intake.lifecycle import Status
from xunshi.intake.services import Incoming, item_receive, item_transition
from xunshi.intake.validation import IntakeError
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind


def register(rnd: Round, content: str = "反映某局长收受礼金") -> str:
    return item_receive(
        Incoming(
            round=rnd, channel=channel_for_kind(rnd, "po_box"), content=content, received_at=timezone.now()
        )
    ).item.number


@pytest.mark.django_db
def test_changes_write_audit_rows_and_the_chain_verifies(
    seed_round: Round, capsys: pytest.CaptureFixture[str]
) -> None:
    number = register(seed_round)
    from xunshi.intake.models import Item

    item_transition(item=Item.objects.get(number=number), to=Status.TRIAGED, actor=None)
    actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert actions == ["item.registered", "item.status"]
    assert main(["audit", "verify"]) == 0
    assert "共 2 条" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_failed_change_leaves_no_audit_row(seed_round: Round) -> None:
    with pytest.raises(IntakeError):
        item_receive(
            Incoming(
                round=seed_round,
                channel=channel_for_kind(seed_round, "po_box"),
                content=" ",
                received_at=timezone.now(),
            )
        )
    assert not AuditEntry.objects.exists()


def test_audit_refuses_to_write_outside_a_transaction(transactional_db: None) -> None:
    with pytest.raises(RuntimeError):
        audit_record(action="x")


def _chain(rnd: Round, n: int = 5) -> list[AuditEntry]:
    for i in range(n):
        register(rnd, f"第{i}件")
    return list(AuditEntry.objects.order_by("seq"))


def _verify_fails_naming(capsys: pytest.CaptureFixture[str], fragment: str) -> None:
    assert main(["audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert fragment in err, err


@pytest.mark.django_db
def test_an_edited_row_is_named(seed_round: Round, capsys: pytest.CaptureFixture[str]) -> None:
    entries = _chain(seed_round)
    with connection.cursor() as cur:
        cur.execute("UPDATE audit_auditentry SET actor_label = %s WHERE id = %s", ["改过的人", entries[2].pk])
    _verify_fails_naming(capsys, f"第 3 条记录（id {entries[2].pk}）校验失败")


@pytest.mark.django_db
def test_a_deleted_row_is_named(seed_round: Round, capsys: pytest.CaptureFixture[str]) -> None:
    entries = _chain(seed_round)
    with connection.cursor() as cur:
        cur.execute("DELETE FROM audit_auditentry WHERE id = %s", [entries[1].pk])
    _verify_fails_naming(capsys, "第 2 条记录缺失")


@pytest.mark.django_db
def test_a_deleted_last_row_is_found(seed_round: Round, capsys: pytest.CaptureFixture[str]) -> None:
    entries = _chain(seed_round)
    with connection.cursor() as cur:
        cur.execute("DELETE FROM audit_auditentry WHERE id = %s", [entries[-1].pk])
    _verify_fails_naming(capsys, "末尾")


@pytest.mark.django_db
def test_an_inserted_row_is_named(seed_round: Round, capsys: pytest.CaptureFixture[str]) -> None:
    entries = _chain(seed_round)
    # Shift the tail up by one and slip a forged row in at seq 3, copying a real MAC.
    with connection.cursor() as cur:
        for e in reversed(entries[2:]):
            cur.execute("UPDATE audit_auditentry SET seq = seq + 1 WHERE id = %s", [e.pk])
    forged = AuditEntry.objects.create(
        seq=3,
        at=timezone.now() - dt.timedelta(minutes=1),
        actor_label="伪造",
        action="item.view",
        prev_mac=entries[1].mac,
        mac=entries[2].mac,
    )
    _verify_fails_naming(capsys, f"id {forged.pk}")


@pytest.mark.django_db
def test_verify_is_clean_on_an_empty_log(capsys: pytest.CaptureFixture[str]) -> None:
    assert audit_verify().ok


@pytest.mark.django_db
def test_logins_views_and_reveals_are_audited(leader: Client, demo_round: Round) -> None:
    from xunshi.intake.services import Identity

    item = item_receive(
        Incoming(
            round=demo_round,
            channel=channel_for_kind(demo_round, "po_box"),
            content="内容",
            received_at=timezone.now(),
            identity_kind="named",
            identity=Identity(name="张三", phone="13800000000"),
        )
    ).item
    leader.get(f"/workbench/items/{item.number}/")
    actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert "item.view" in actions
    bad = Client()
    bad.post("/workbench/login/", {"username": "leader", "password": "wrong"})
    failed = AuditEntry.objects.get(action="auth.login_failed")
    assert failed.data == {"username": "leader"}
    # No reporter identity in any audit row.
    with transaction.atomic():
        rows = list(AuditEntry.objects.values_list("data", "actor_label"))
    assert "13800000000" not in str(rows) and "张三" not in str(rows)


@pytest.mark.django_db
def test_audit_page_for_the_leader_with_verification(
    leader: Client, staff_renqiu: Client, demo_round: Round
) -> None:
    item = item_receive(
        Incoming(
            round=demo_round,
            channel=channel_for_kind(demo_round, "po_box"),
            content="内容",
            received_at=timezone.now(),
        )
    ).item
    leader.get(f"/workbench/items/{item.number}/")
    page = leader.get("/workbench/audit/?verify=1").content.decode()
    assert "审计链完好" in page and "item.view" in page and item.number in page
    filtered = leader.get("/workbench/audit/?action=item.registered").content.decode()
    assert "item.registered" in filtered and "item.view</td>" not in filtered
    assert staff_renqiu.get("/workbench/audit/").status_code == 403
    assert AuditEntry.objects.filter(action="audit.view").exists()
