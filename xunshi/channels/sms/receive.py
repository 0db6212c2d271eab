"""Register an SMS through the intake service, whichever way it came (gammu inbox, gateway).

A whole message is registered at once. A part of a long message is handed to the
reassembly (reassembly.py). Every path carries a source key, so a gateway's retry or a
second scan of the same inbox file never makes a second item.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from xunshi.channels.results import IngestResult
from xunshi.channels.sms.numbers import normalize_number
from xunshi.intake.models import Item
from xunshi.intake.services import Identity, Incoming, item_event, item_receive
from xunshi.intake.validation import IntakeError
from xunshi.rounds.models import Channel

ACTOR = "短信接收"
EMPTY_TEXT = "（空短信）"


class ReceiveOnly(RuntimeError):
    """Raised for any attempt to send from a receive-only channel (see sms/outbound.py)."""


@dataclass
class Concat:
    ref: int
    seq: int
    total: int


def sms_source_key(source_id: str) -> str:
    return "sms:" + hashlib.sha256(source_id.encode("utf-8", "replace")).hexdigest()


def sms_register(
    *,
    channel: Channel,
    sender: str,
    text: str,
    received_at: dt.datetime,
    source: str,
    source_key: str,
    detail: dict[str, Any] | None = None,
    incomplete: bool = False,
) -> tuple[IngestResult, Item | None]:
    number = normalize_number(sender)
    body = text.replace("\x00", "").strip() or EMPTY_TEXT
    incoming = Incoming(
        round=channel.round,
        channel=channel,
        content=body,
        received_at=received_at,
        identity=Identity(sender=number, phone=number if number.startswith("+") else ""),
        # The number is identity: it lives only in the encrypted ReporterIdentity row.
        channel_detail={"incomplete": incomplete, **(detail or {})},
        source_key=source_key,
        actor_label=ACTOR,
    )
    try:
        with transaction.atomic():
            received = item_receive(incoming)
            if received.created and incomplete:
                item_event(
                    item=received.item,
                    actor_label=ACTOR,
                    kind="sms_incomplete",
                    summary="长短信分段未收齐，已先行登记收到的部分",
                    data=detail or {},
                )
    except IntakeError as exc:
        return IngestResult(source=source, error=str(exc)), None
    if not received.created:
        return IngestResult(source=source, duplicate_of=received.item.number), received.item
    return IngestResult(source=source, item=received.item.number), received.item


def sms_receive(
    *,
    channel: Channel,
    sender: str,
    text: str,
    received_at: dt.datetime,
    source: str,
    source_id: str | None = None,
    concat: Concat | None = None,
    detail: dict[str, Any] | None = None,
) -> IngestResult:
    """One incoming SMS (or part). `source_id` is the gateway's or inbox file's own id."""
    if channel.kind != Channel.Kind.SMS:
        return IngestResult(source=source, error="该渠道不是短信渠道")
    # NUL cannot be stored (PostgreSQL text) and means nothing in an SMS.
    text = text.replace("\x00", "")
    if concat is not None and concat.total > 1:
        from xunshi.channels.sms.reassembly import sms_part_receive

        return sms_part_receive(
            channel=channel,
            sender=normalize_number(sender),
            text=text,
            received_at=received_at,
            source=source,
            concat=concat,
        )
    key_basis = source_id or f"{normalize_number(sender)}|{received_at.isoformat()}|{text}"
    result, _ = sms_register(
        channel=channel,
        sender=sender,
        text=text,
        received_at=received_at,
        source=source,
        source_key=sms_source_key(key_basis),
        detail=detail,
    )
    return result
