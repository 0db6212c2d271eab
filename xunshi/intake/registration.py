"""Registration of items that staff key in at the workbench: letters (PO box), phone
calls, walk-in visits and items taken from a suggestion box. Each builds the channel's
details and calls the one intake service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.contrib.auth.models import User

from xunshi.intake.models import BoxCollection, IdentityKind
from xunshi.intake.services import Identity, Incoming, Received, item_receive
from xunshi.intake.validation import IntakeError
from xunshi.rounds.models import Channel, Round, TargetUnit


@dataclass
class Keyed:
    """What staff type for any item, whatever the channel."""

    content: str
    received_at: dt.datetime
    identity_kind: str = IdentityKind.ANONYMOUS
    identity: Identity = field(default_factory=Identity)
    target: TargetUnit | None = None
    accused_name: str = ""
    accused_position: str = ""
    accused_unit: str = ""
    subject: str = ""
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


def _channel(round: Round, channel: Channel, kinds: set[str]) -> Channel:
    if channel.round_id != round.pk or channel.kind not in kinds:
        raise IntakeError("所选渠道不属于该轮次或类型不符")
    return channel


def _receive(
    round: Round,
    channel: Channel,
    keyed: Keyed,
    detail: Mapping[str, object],
    actor: User,
    batch: BoxCollection | None = None,
) -> Received:
    return item_receive(
        Incoming(
            round=round,
            channel=channel,
            content=keyed.content,
            received_at=keyed.received_at,
            subject=keyed.subject,
            identity_kind=keyed.identity_kind,
            identity=keyed.identity,
            accused_name=keyed.accused_name,
            accused_position=keyed.accused_position,
            accused_unit=keyed.accused_unit,
            target=keyed.target,
            channel_detail=dict(detail),
            attachments=keyed.attachments,
            batch=batch,
            actor=actor,
        )
    )


def letter_register(
    *,
    round: Round,
    channel: Channel,
    keyed: Keyed,
    postmark_date: dt.date | None,
    pages: int | None,
    actor: User,
) -> Received:
    """A letter from the PO box (来信): postmark date, page count, scans as attachments."""
    if pages is not None and pages < 1:
        raise IntakeError("页数至少为 1")
    detail = {"postmark_date": postmark_date.isoformat() if postmark_date else None, "pages": pages}
    received = _receive(round, _channel(round, channel, {Channel.Kind.PO_BOX}), keyed, detail, actor)
    if received.created:
        from xunshi.channels.letters.services import letter_scan_enqueue  # late: channels imports intake

        letter_scan_enqueue(received.item)  # the scans are read (OCR) on the queue
    return received


def phone_call_register(
    *,
    round: Round,
    channel: Channel,
    keyed: Keyed,
    caller_number: str,
    duration_minutes: int | None,
    taken_by: str,
    actor: User,
) -> Received:
    """A call to the duty phone (来电); a call outside its working hours is marked after-hours."""
    keyed.identity.sender = caller_number.strip()
    detail = {"duration_minutes": duration_minutes, "taken_by": taken_by.strip()}
    received = _receive(round, _channel(round, channel, {Channel.Kind.PHONE}), keyed, detail, actor)
    if received.created:
        from xunshi.channels.phone.services import duty_call_log  # late: channels imports intake

        duty_call_log(
            channel=channel, at=keyed.received_at, caller=keyed.identity.sender, kind="answered",
            actor=actor, item=received.item,
        )
    return received


def visit_register(
    *,
    round: Round,
    channel: Channel,
    keyed: Keyed,
    visitor_count: int,
    reception_staff: list[str],
    actor: User,
) -> Received:
    """A walk-in visit (来访): how many came, who received them (two staff), the record."""
    staff = [s.strip() for s in reception_staff if s.strip()]
    if visitor_count < 1:
        raise IntakeError("来访人数至少为 1")
    if len(staff) < 2 or len(set(staff)) < 2:
        raise IntakeError("来访接待须由两名工作人员进行，请填写两个不同的姓名")
    # Five or more visitors at once count as a collective visit (集体访) in petition practice.
    detail = {"visitor_count": visitor_count, "reception_staff": staff, "collective": visitor_count >= 5}
    return _receive(round, _channel(round, channel, {Channel.Kind.VISIT}), keyed, detail, actor)


def box_item_register(*, collection: BoxCollection, keyed: Keyed, actor: User) -> Received:
    """One item taken from a suggestion box, registered against its opening (batch)."""
    box = collection.box
    detail = {"box": box.label, "collection": collection.pk, "opened_at": collection.opened_at.isoformat()}
    keyed.received_at = collection.opened_at
    return _receive(collection.round, box, keyed, detail, actor, batch=collection)
