"""The one intake service behind every channel, and the other writes to items.

Portal, e-mail, SMS, letters, phone calls, visits and suggestion boxes all end in
`item_receive`. An item is acknowledged to its sender only after this returns, i.e.
after the transaction that holds it has committed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from xunshi.audit.services import audit_record
from xunshi.channels.queue import enqueue_together
from xunshi.intake.lifecycle import STATE_TIMESTAMP, Status, check_transition
from xunshi.intake.models import (
    Attachment,
    BoxCollection,
    IdentityKind,
    Item,
    ItemEvent,
    ReporterIdentity,
    Response,
    Supplement,
)
from xunshi.intake.storage import store_bytes
from xunshi.intake.validation import CheckedFile, IntakeError, check_attachments, clean_text
from xunshi.rounds.models import Channel, Round, TargetUnit

SYSTEM = "系统"


@dataclass
class Identity:
    """Reporter identity as received; stored encrypted, apart from the content."""

    name: str = ""
    phone: str = ""
    id_number: str = ""
    address: str = ""
    email: str = ""
    sender: str = ""
    co_signers: str = ""

    def is_empty(self) -> bool:
        return not any(vars(self).values())

    @property
    def has_contact(self) -> bool:
        return bool(self.phone or self.address or self.email or self.sender)


@dataclass
class Incoming:
    """Everything a channel knows about one incoming item."""

    round: Round
    channel: Channel
    content: str
    received_at: dt.datetime
    subject: str = ""
    identity_kind: str = IdentityKind.ANONYMOUS
    identity: Identity = field(default_factory=Identity)
    accused_name: str = ""
    accused_position: str = ""
    accused_unit: str = ""
    target: TargetUnit | None = None
    channel_detail: dict[str, Any] = field(default_factory=dict)
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    source_key: str | None = None  # channel-side unique id, e.g. hash of a Message-ID
    submission_key: str | None = None  # hash of a form token: a retried POST makes no second item
    receipt_hash: str | None = None
    batch: BoxCollection | None = None
    actor: User | None = None
    actor_label: str = SYSTEM


@dataclass(frozen=True)
class Received:
    item: Item
    created: bool  # False: the same submission or source message was already registered


def _actor_label(actor: User | None, fallback: str) -> str:
    if actor is None:
        return fallback
    full = getattr(actor, "get_full_name", lambda: "")()
    return str(full or actor.get_username())


def item_event(
    *,
    item: Item,
    kind: str,
    summary: str,
    actor: User | None = None,
    actor_label: str = "",
    data: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> ItemEvent:
    """One line of the item's timeline and its audit row, in the caller's transaction."""
    label = actor_label or _actor_label(actor, SYSTEM)
    # Joins the caller's transaction when there is one; on its own it is its own transaction,
    # so the timeline line and its audit row always land together. No savepoint: a failure
    # here fails the caller's whole change, which is what every caller wants, and two
    # statements fewer on every registration.
    with transaction.atomic(savepoint=False):
        event = ItemEvent.objects.create(
            item=item,
            at=at or timezone.now(),
            actor=actor,
            actor_label=label,
            kind=kind,
            summary=summary,
            data=data or {},
        )
        audit_record(
            action=f"item.{kind}",
            actor=actor,
            actor_label=label,
            target_type="item",
            target_id=item.number,
            round_id=item.round_id,
            data=data,
        )
    return event


def _existing(incoming: Incoming) -> Item | None:
    if incoming.submission_key:
        found = Item.objects.filter(submission_key=incoming.submission_key).first()
        if found:
            return found
    if incoming.source_key:
        return Item.objects.filter(round=incoming.round, source_key=incoming.source_key).first()
    return None


def _validate(incoming: Incoming) -> tuple[Incoming, list[CheckedFile]]:
    if incoming.channel.round_id != incoming.round.pk:
        raise IntakeError("渠道不属于该巡视轮次")
    if timezone.is_naive(incoming.received_at):
        raise IntakeError("收到时间缺少时区")
    if incoming.identity_kind not in IdentityKind.values:
        raise IntakeError("署名情况无效")
    incoming.content = clean_text(incoming.content, field="反映内容")
    incoming.subject = clean_text(incoming.subject, field="标题", required=False, max_chars=300)
    for attr, label, limit in (
        ("accused_name", "被反映人姓名", 100),
        ("accused_position", "被反映人职务", 200),
        ("accused_unit", "被反映人单位", 200),
    ):
        setattr(
            incoming, attr, clean_text(getattr(incoming, attr), field=label, required=False, max_chars=limit)
        )
    for attr in vars(incoming.identity):
        value = getattr(incoming.identity, attr)
        setattr(
            incoming.identity, attr, clean_text(value, field="举报人信息", required=False, max_chars=2000)
        )
    if incoming.identity_kind != IdentityKind.ANONYMOUS and not incoming.identity.name:
        raise IntakeError("实名或联名反映须填写姓名")
    return incoming, check_attachments(incoming.attachments)


def item_receive(incoming: Incoming) -> Received:
    """Register one incoming item durably and return it (or the one it repeats)."""
    # A repeated form token is rare and the unique submission_key refuses it at insert
    # time (handled below), so only channel messages, often read again, are looked up first.
    found = _existing(incoming) if incoming.source_key else None
    if found is not None:
        return Received(found, created=False)
    incoming, files = _validate(incoming)
    digests = [(f, store_bytes(f.data)) for f in files]
    try:
        # The item's follow-up jobs (triage, matching) are queued after its commit; one
        # write to the queue file for both keeps one fsync off every acknowledgement.
        with enqueue_together():
            item = _create(incoming, digests)
    except IntegrityError:
        # A concurrent retry of the same submission won the race: it is the item.
        found = _existing(incoming)
        if found is None:
            raise
        return Received(found, created=False)
    return Received(item, created=True)


def _next_seq(rnd: Round) -> int:
    """Take the round's next registration number. The UPDATE locks the counter row until
    commit (SQLite: the IMMEDIATE transaction already holds the write lock), so numbers
    never clash, and a rolled-back registration gives its number back. RETURNING reads
    the new value in the same statement (SQLite ≥ 3.35, PostgreSQL)."""
    qn = connection.ops.quote_name
    sql = (
        f"UPDATE {qn(Round._meta.db_table)} SET {qn('next_number')} = {qn('next_number')} + 1 "  # noqa: S608 — names come from the model, the value is bound
        f"WHERE {qn('id')} = %s RETURNING {qn('next_number')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [rnd.pk])
        row = cursor.fetchone()
    if row is None:
        raise Round.DoesNotExist(f"round {rnd.pk}")
    return int(row[0]) - 1


@transaction.atomic
def _create(incoming: Incoming, digests: list[tuple[CheckedFile, str]]) -> Item:
    rnd = incoming.round
    seq = _next_seq(rnd)
    channel = incoming.channel
    received = incoming.received_at
    identity = incoming.identity
    item = Item.objects.create(
        round=rnd,
        seq=seq,
        number=f"{rnd.number_prefix}-{seq:05d}",
        channel=channel,
        channel_kind=channel.kind,
        channel_detail=incoming.channel_detail,
        received_at=received,
        after_hours=not channel.is_staffed_at(received),
        late=not rnd.accepting_at(received),
        identity_kind=incoming.identity_kind,
        has_name=bool(identity.name),
        has_contact=identity.has_contact,
        target=incoming.target or channel.target,
        accused_name=incoming.accused_name,
        accused_position=incoming.accused_position,
        accused_unit=incoming.accused_unit,
        subject=incoming.subject,
        content=incoming.content,
        registered_by=incoming.actor if incoming.actor is not None else None,
        batch=incoming.batch,
        receipt_hash=incoming.receipt_hash,
        submission_key=incoming.submission_key,
        source_key=incoming.source_key,
    )
    if not identity.is_empty():
        ReporterIdentity.objects.create(item=item, **vars(identity))
    _attach(item, digests)
    from xunshi.matching.services import matching_on_item_created  # late: matching imports intake
    from xunshi.triage.services import triage_on_item_created

    # Triage is queued first so that matching, which runs after it, reuses its proposal.
    triage_on_item_created(item=item)  # queues the triage proposal after commit
    matching_on_item_created(item=item, identity=identity)  # indexes after commit, off this transaction
    item_event(
        item=item,
        actor=incoming.actor,
        actor_label=_actor_label(incoming.actor, incoming.actor_label),
        kind="registered",
        summary=f"经“{channel.label}”收到并登记",
        data={
            "channel": channel.kind,
            "attachments": len(digests),
            "late": item.late,
            "after_hours": item.after_hours,
        },
    )
    return item


def _attach(item: Item, digests: list[tuple[CheckedFile, str]], supplement: Supplement | None = None) -> None:
    if not digests:
        return  # most reports carry no file; bulk_create of nothing still builds a query
    Attachment.objects.bulk_create(
        Attachment(
            item=item,
            supplement=supplement,
            sha256=digest,
            size=len(f.data),
            media_type=f.media_type,
            original_name=f.name,
        )
        for f, digest in digests
    )


def item_add_supplement(
    *,
    item: Item,
    content: str,
    attachments: list[tuple[str, bytes]] | None = None,
    submission_key: str | None = None,
    actor_label: str = "举报人",
) -> tuple[Supplement, bool]:
    """Information added later by the reporter (with the receipt code); retries are idempotent."""
    if submission_key:
        existing = Supplement.objects.filter(submission_key=submission_key).first()
        if existing:
            return existing, False
    text = clean_text(content, field="补充内容")
    digests = [(f, store_bytes(f.data)) for f in check_attachments(attachments or [])]
    with transaction.atomic():
        supplement = Supplement.objects.create(item=item, content=text, submission_key=submission_key)
        _attach(item, digests, supplement)
        item_event(
            item=item,
            actor_label=actor_label,
            kind="supplement",
            summary="举报人补充了材料",
            data={"supplement": supplement.pk, "attachments": len(digests)},
        )
    return supplement, True


def item_transition(
    *, item: Item, to: str, actor: User | None, note: str = "", data: dict[str, Any] | None = None
) -> Item:
    """Move an item along its lifecycle; stamps the state's time and writes the timeline."""
    with transaction.atomic():
        locked = Item.objects.select_for_update().get(pk=item.pk)
        check_transition(locked.status, to)
        now = timezone.now()
        previous = locked.status
        locked.status = to
        setattr(locked, STATE_TIMESTAMP[to], now)
        locked.save(update_fields=["status", STATE_TIMESTAMP[to]])
        item_event(
            item=locked,
            at=now,
            actor=actor,
            kind="status",
            summary=f"状态：{Status(previous).label} → {Status(to).label}" + (f"（{note}）" if note else ""),
            data={"from": previous, "to": to, **(data or {})},
        )
    return locked


def item_record_response(
    *, item: Item, kind: str, public_text: str, via: str, actor: User | None
) -> Response:
    text = clean_text(public_text, field="答复内容", max_chars=5000)
    with transaction.atomic():
        response = Response.objects.create(item=item, kind=kind, public_text=text, via=via, created_by=actor)
        item_event(
            item=item,
            actor=actor,
            kind="response",
            summary=f"记录答复（{Response.Kind(kind).label}，{via}）",
            data={"response": response.pk},
        )
    return response


@transaction.atomic
def box_collection_record(
    *,
    round: Round,
    box: Channel,
    opened_at: dt.datetime,
    opened_by_first: str,
    opened_by_second: str,
    declared_count: int,
    note: str,
    actor: User | None,
) -> BoxCollection:
    """Record one opening of a suggestion box; its items are registered against it."""
    if box.round_id != round.pk or box.kind != Channel.Kind.BOX:
        raise IntakeError("所选意见箱不属于该轮次")
    first, second = opened_by_first.strip(), opened_by_second.strip()
    if not first or not second or first == second:
        raise IntakeError("开箱须由两名工作人员共同进行，请填写两个不同的姓名")
    if declared_count < 0:
        raise IntakeError("取出件数不能为负数")
    collection = BoxCollection.objects.create(
        round=round,
        box=box,
        opened_at=opened_at,
        opened_by_first=first,
        opened_by_second=second,
        declared_count=declared_count,
        note=note,
        recorded_by=actor,
    )
    audit_record(
        action="box.open",
        actor=actor,
        target_type="box_collection",
        target_id=collection.pk,
        round_id=round.pk,
        data={"box": box.label, "declared_count": declared_count},
    )
    return collection


def content_fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def item_reveal_identity(*, item: Item, actor: User, reason: str) -> None:
    """Record that a permitted person looked at the reporter's identity, and why."""
    text = clean_text(reason, field="查看理由", max_chars=200)
    with transaction.atomic():
        item_event(
            item=item,
            actor=actor,
            kind="identity_revealed",
            summary=f"查看举报人身份：{text}",
            data={"reason": text},
        )


def item_record_view(*, item: Item, actor: User | None, actor_label: str = "") -> None:
    """Who opened which item: every view of report content is audited."""
    with transaction.atomic():
        audit_record(
            action="item.view",
            actor=actor,
            actor_label=actor_label,
            target_type="item",
            target_id=item.number,
            round_id=item.round_id,
        )
