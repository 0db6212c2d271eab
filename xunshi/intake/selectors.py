"""Reads of items. Access checks live in xunshi.accounts.access; these shape data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from xunshi.core.masking import mask_field
from xunshi.intake.lifecycle import PUBLIC_STATUS
from xunshi.intake.models import BoxCollection, Item, ReporterIdentity

IDENTITY_FIELDS = ["name", "phone", "id_number", "address", "email", "sender", "co_signers"]
IDENTITY_LABELS = {
    f: str(getattr(ReporterIdentity._meta.get_field(f), "verbose_name", f)) for f in IDENTITY_FIELDS
}


def identity_view(item: Item, *, reveal: bool) -> dict[str, str]:
    """Reporter identity, masked unless `reveal` (the caller has checked and audited it)."""
    identity = ReporterIdentity.objects.filter(item=item).first()
    if identity is None:
        return {}
    out = {}
    for name in IDENTITY_FIELDS:
        value = getattr(identity, name) or ""
        if value:
            out[name] = value if reveal else mask_field(name, value)
    return out


def local(moment: Any) -> str | None:
    return timezone.localtime(moment).isoformat() if moment else None


def item_as_dict(item: Item, *, reveal: bool = False) -> dict[str, Any]:
    return {
        "number": item.number,
        "round": item.round.slug,
        "channel": item.channel_kind,
        "channel_label": item.channel.label,
        "channel_detail": item.channel_detail,
        "received_at": local(item.received_at),
        "after_hours": item.after_hours,
        "late": item.late,
        "identity_kind": item.identity_kind,
        "has_name": item.has_name,
        "has_contact": item.has_contact,
        "identity": identity_view(item, reveal=reveal),
        "identity_revealed": reveal,
        "target": item.target.name if item.target else None,
        "accused": {"name": item.accused_name, "position": item.accused_position, "unit": item.accused_unit},
        "subject": item.subject,
        "content": item.content,
        "status": item.status,
        "status_label": item.get_status_display(),
        "public_status": PUBLIC_STATUS[item.status],
        "timestamps": {
            state: local(getattr(item, f"{state}_at"))
            for state in ("registered", "triaged", "disposed", "answered", "closed")
        },
        "attachments": [
            {"sha256": a.sha256, "size": a.size, "media_type": a.media_type, "name": a.original_name}
            for a in item.attachments.all()
        ],
        "supplements": [
            {"received_at": local(s.received_at), "content": s.content} for s in item.supplements.all()
        ],
        "responses": [
            {"kind": r.kind, "text": r.public_text, "via": r.via, "at": local(r.created_at)}
            for r in item.responses.all()
        ],
        "history": [
            {"at": local(e.at), "actor": e.actor_label, "kind": e.kind, "summary": e.summary}
            for e in item.events.all()
        ],
    }


def item_filter(
    items: QuerySet[Item],
    *,
    target: Any = None,
    channel: str = "",
    status: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    q: str = "",
) -> QuerySet[Item]:
    """Narrow a list of items the user may see by the workbench filters."""
    if target is not None:
        items = items.filter(target=target)
    if channel:
        items = items.filter(channel_kind=channel)
    if status:
        items = items.filter(status=status)
    if date_from:
        items = items.filter(received_at__gte=_local_midnight(date_from))
    if date_to:
        items = items.filter(received_at__lt=_local_midnight(date_to + dt.timedelta(days=1)))
    if q:
        items = items.filter(
            Q(content__contains=q)
            | Q(subject__contains=q)
            | Q(accused_name__contains=q)
            | Q(accused_unit__contains=q)
            | Q(number=q)
        )
    return items


def _local_midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def box_collection_summary(collection: BoxCollection) -> dict[str, Any]:
    """Chain of custody: a batch whose registered items do not match its count is flagged."""
    registered = collection.items.count()
    return {
        "registered": registered,
        "declared": collection.declared_count,
        "mismatch": registered != collection.declared_count,
    }
