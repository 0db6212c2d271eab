"""Long SMS arrive as parts (concatenation reference, sequence, total) in any order.

Parts wait in SmsGroup/SmsPart until the message is whole, then become one item. When a
part is still missing after the channel's `reassembly_wait_seconds` (default 600), what
arrived is registered, flagged incomplete; a part that comes later is merged into that
item as a supplement with a line on its timeline. A part received twice (a gateway retry)
changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.db import transaction
from django.utils import timezone

from xunshi.channels.models import SmsGroup, SmsPart
from xunshi.channels.results import IngestResult
from xunshi.channels.sms.receive import ACTOR, Concat, sms_register
from xunshi.core.crypto import keyed_digest
from xunshi.intake.services import item_add_supplement, item_event
from xunshi.rounds.models import Channel

DEFAULT_WAIT_SECONDS = 600
# Concatenation references are 8 or 16 bits and get reused: parts further apart than
# this belong to different messages.
MATCH_WINDOW = dt.timedelta(hours=24)


def wait_for(channel: Channel) -> dt.timedelta:
    raw = (channel.settings or {}).get("reassembly_wait_seconds", DEFAULT_WAIT_SECONDS)
    try:
        return dt.timedelta(seconds=max(0, int(raw)))
    except (TypeError, ValueError):
        return dt.timedelta(seconds=DEFAULT_WAIT_SECONDS)


def _group_key(group: SmsGroup) -> str:
    basis = f"{group.channel_id}|{group.sender_key}|{group.ref}|{group.total}|{group.pk}"
    return "sms:cat:" + hashlib.sha256(basis.encode()).hexdigest()


def sms_part_receive(
    *, channel: Channel, sender: str, text: str, received_at: dt.datetime, source: str, concat: Concat
) -> IngestResult:
    if not (1 <= concat.seq <= concat.total <= 255) or concat.ref < 0:
        return IngestResult(source=source, error=f"长短信分段编号无效：{concat.seq}/{concat.total}")
    now = timezone.now()
    with transaction.atomic():
        group = (
            SmsGroup.objects.select_for_update()
            .filter(
                channel=channel,
                sender_key=keyed_digest("sms-sender", sender),
                ref=concat.ref,
                total=concat.total,
                first_seen__gte=now - MATCH_WINDOW,
            )
            .order_by("-first_seen", "-id")
            .first()
        )
        if group is None:
            group = SmsGroup.objects.create(
                channel=channel,
                sender_key=keyed_digest("sms-sender", sender),
                sender=sender,
                ref=concat.ref,
                total=concat.total,
                first_seen=now,
            )
        part, created = SmsPart.objects.get_or_create(
            group=group, seq=concat.seq, defaults={"text": text, "received_at": received_at}
        )
        if not created:
            number = group.item.number if group.item else None
            return IngestResult(source=source, duplicate_of=number, pending=number is None)
        if group.item is None:
            if group.parts.count() < group.total:
                return IngestResult(source=source, pending=True)
            return _register(group, source=source, incomplete=False)
        return _merge_late(group, part, source=source)


def _register(group: SmsGroup, *, source: str, incomplete: bool) -> IngestResult:
    parts = list(group.parts.order_by("seq"))
    present = [p.seq for p in parts]
    missing = [s for s in range(1, group.total + 1) if s not in present]
    text = "".join(p.text for p in parts)
    if missing:
        text = text + "\n（长短信缺第 " + "、".join(str(s) for s in missing) + f" 段，共 {group.total} 段）"
    result, item = sms_register(
        channel=group.channel,
        sender=group.sender,
        text=text,
        received_at=min(p.received_at for p in parts),
        source=source,
        source_key=_group_key(group),
        detail={
            "parts": group.total,
            "received_parts": present,
            "missing_parts": missing,
            "concat_ref": group.ref,
        },
        incomplete=incomplete,
    )
    if item is not None:
        group.item = item
        group.incomplete = bool(missing)
        group.save(update_fields=["item", "incomplete"])
        SmsPart.objects.filter(group=group).update(merged=True)
    return result


def _merge_late(group: SmsGroup, part: SmsPart, *, source: str) -> IngestResult:
    item = group.item
    assert item is not None  # noqa: S101 - caller checked
    item_add_supplement(
        item=item,
        content=f"（长短信第 {part.seq}/{group.total} 段，迟到补入）\n{part.text or '（空）'}",
        submission_key=hashlib.sha256(f"sms-late|{group.pk}|{part.seq}".encode()).hexdigest(),
        actor_label=ACTOR,
    )
    part.merged = True
    part.save(update_fields=["merged"])
    if group.parts.count() == group.total:
        group.incomplete = False
        group.save(update_fields=["incomplete"])
        item_event(
            item=item,
            actor_label=ACTOR,
            kind="sms_complete",
            summary="长短信各段已全部收到",
            data={"parts": group.total},
        )
    return IngestResult(source=source, duplicate_of=item.number)


def sms_reassembly_flush(*, now: dt.datetime | None = None) -> list[IngestResult]:
    """Register every message whose parts have waited longer than the channel allows."""
    moment = now or timezone.now()
    results = []
    waiting = SmsGroup.objects.filter(item__isnull=True).select_related("channel", "channel__round")
    for group in waiting:
        if group.first_seen + wait_for(group.channel) > moment:
            continue
        with transaction.atomic():
            locked = (
                SmsGroup.objects.select_for_update()
                .select_related("channel", "channel__round")
                .get(pk=group.pk)
            )
            if locked.item_id is not None:
                continue
            results.append(_register(locked, source=f"sms-reassembly:{locked.pk}", incomplete=True))
    return results
