"""Reads of items. Access checks live in xunshi.accounts.access; these shape data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
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


# --- one page of an item list -------------------------------------------------------------

ITEMS_PER_PAGE = 50
# A list counts its items up to this many and then says "more than"; a desk scrolls pages
# and narrows by filters, it does not need 1,000,000 counted exactly on every page view
# (an exact COUNT over a whole round cost 0.1 s at 1M items, more with filters). Totals
# per county/channel/status are the ledgers' job (xunshi.casework).
COUNT_CAP = 1000
MAX_PAGE = 1_000_000


@dataclass
class ItemPage:
    """One page of items plus what its pager shows. `count` is exact when `more` is False,
    else the list holds more than COUNT_CAP items."""

    items: list[Item]
    number: int
    count: int
    more: bool
    per_page: int = ITEMS_PER_PAGE

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.more or self.number * self.per_page < self.count

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def num_pages(self) -> int | None:
        """Pages in all, or None while the count is capped."""
        return None if self.more else max(1, -(-self.count // self.per_page))


def item_page(items: QuerySet[Item], *, page: Any, per_page: int = ITEMS_PER_PAGE) -> ItemPage:
    """The page'th slice of `items` (in their order) in three queries whatever the page:
    the page's ids (the database orders narrow index tuples, not whole rows), the count up
    to COUNT_CAP, and the page's rows with channel and county."""
    # Any page number a URL may carry is a page (the first one if it is not a number);
    # bounded so that the offset stays an integer the database accepts.
    number = min(int(page), MAX_PAGE) if str(page or "").isdigit() and int(page) > 0 else 1
    start = (number - 1) * per_page
    ids = list(items.values_list("pk", flat=True)[start : start + per_page])
    # Counted in the list's own order: the database walks the same index as for the page
    # and stops at the cap; unordered, it may pick a table scan it expects to stop early
    # (0.45 s for a county member's list at 1M items when its rows lay far in the table).
    counted = items.values("pk")[: COUNT_CAP + 1].count()
    rows = {i.pk: i for i in Item.objects.filter(pk__in=ids).select_related("channel", "target")}
    return ItemPage(
        items=[rows[pk] for pk in ids if pk in rows],
        number=number,
        count=min(counted, COUNT_CAP),
        more=counted > COUNT_CAP,
        per_page=per_page,
    )
