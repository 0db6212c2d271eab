"""Reads of the triage desk: the taxonomy as choices, the queue, one item's panel."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.db.models import F, OuterRef, Q, QuerySet, Subquery, TextField
from django.db.models.functions import Cast, Coalesce

from xunshi.intake.lifecycle import Status
from xunshi.intake.models import Item
from xunshi.roster.models import RosterPerson
from xunshi.triage.models import Priority, TriageDecision, TriageProposal
from xunshi.triage.priority import FLAG_LABELS

Choice = tuple[str, str]


@lru_cache(maxsize=1)
def _taxonomy_tree() -> tuple[list[tuple[str, list[Choice]]], dict[str, str]]:
    from xunshi.triage.rules import taxonomy

    tx = taxonomy()
    groups: list[tuple[str, list[Choice]]] = []
    labels: dict[str, str] = {}

    def walk(nodes: list[dict[str, Any]], into: list[Choice], depth: int) -> None:
        for node in nodes:
            code, zh = str(node["code"]), str(node.get("zh", ""))
            labels[code] = zh
            into.append((code, f"{'　' * depth}{code} {zh}"))
            walk(node.get("children") or [], into, depth + 1)

    for top in tx.get("in_scope") or []:
        entries: list[Choice] = []
        walk([top], entries, 0)
        groups.append((f"受理范围内 · {top.get('zh', top['code'])}", entries))
    out: list[Choice] = []
    walk(tx.get("out_of_scope") or [], out, 0)
    groups.append(("受理范围外", out))
    return groups, labels


def taxonomy_choices() -> list[tuple[str, list[Choice]]]:
    return _taxonomy_tree()[0]


def taxonomy_codes() -> dict[str, str]:
    """Every code of taxonomy.yaml's in-scope and out-of-scope trees → its Chinese label."""
    return _taxonomy_tree()[1]


def code_label(code: str) -> str:
    return taxonomy_codes().get(code, code)


SORTS = {
    "priority": ["-triage_proposal__priority", "received_at", "id"],
    "received": ["received_at", "id"],
    "-received": ["-received_at", "-id"],
}
VIEWS = {"pending": "待研判", "triaged": "已研判", "all": "全部"}


def triage_queue(items: QuerySet[Item], *, view: str = "pending", sort: str = "priority") -> QuerySet[Item]:
    """Items for the queue page; `items` is already limited to what the viewer may see."""
    if view == "pending":
        items = items.filter(status=Status.REGISTERED)
    elif view == "triaged":
        items = items.exclude(status=Status.REGISTERED)
    order = SORTS.get(sort, SORTS["priority"])
    if sort == "priority":
        # Items still waiting for the engine have no priority yet: after the known ones.
        return items.select_related("target", "channel", "triage_proposal").order_by(
            F("triage_proposal__priority").desc(nulls_last=True), *order[1:]
        )
    return items.select_related("target", "channel", "triage_proposal").order_by(*order)


@dataclass
class QueueRow:
    item: Item
    proposal: TriageProposal | None
    codes: list[tuple[str, str]]
    flags: list[str]
    priority_label: str


def queue_rows(items: list[Item]) -> list[QueueRow]:
    rows = []
    for item in items:
        proposal = getattr(item, "triage_proposal", None)
        codes = [(c["code"], code_label(c["code"])) for c in (proposal.codes if proposal else [])[:4]]
        flags = [
            f.get("label") or FLAG_LABELS.get(f["flag"], f["flag"])
            for f in (proposal.flags if proposal else [])
        ]
        label = Priority(proposal.priority).label if proposal else "研判中"
        rows.append(QueueRow(item, proposal, codes, flags, label))
    return rows


def proposal_for(item: Item) -> TriageProposal | None:
    return TriageProposal.objects.filter(item=item).first()


def decisions_for(item: Item) -> list[TriageDecision]:
    return list(TriageDecision.objects.filter(item=item).select_related("decided_by", "person"))


def candidate_persons(item: Item, proposal: TriageProposal | None) -> list[RosterPerson]:
    """Roster persons staff may pick for the accused: the engine's candidates first, then
    everyone of the item's county, so a wrong match can be put right."""
    ids: list[int] = []
    for c in ((proposal.routing or {}).get("candidates") if proposal else None) or []:
        pid = str(c.get("person_id") or "")
        if pid.isdigit() and int(pid) not in ids:
            ids.append(int(pid))
    found = {
        p.pk: p
        for p in RosterPerson.objects.filter(round_id=item.round_id, pk__in=ids).select_related("target")
    }
    persons = [found[i] for i in ids if i in found]
    if item.target_id is not None:
        persons += list(
            RosterPerson.objects.filter(round_id=item.round_id, target_id=item.target_id)
            .exclude(pk__in=ids)
            .select_related("target")[:300]
        )
    return persons


# ---------------------------------------------------------------- priority on item lists

# "研判中": triage has not produced a level yet (no proposal, no decision).
PENDING_LEVEL = "pending"


def _latest_decisions() -> QuerySet[TriageDecision]:
    return TriageDecision.objects.filter(item=OuterRef("pk")).order_by("-decided_at", "-id")


def with_priority(items: QuerySet[Item]) -> QuerySet[Item]:
    """Annotate `priority_level`: the latest staff decision's level, else the engine's
    proposal's (the same rule as the item page); NULL while triage has not run."""
    return items.annotate(
        priority_level=Coalesce(
            Subquery(_latest_decisions().values("priority")[:1]), F("triage_proposal__priority")
        )
    )


def attach_priority(items: list[Item]) -> None:
    """Set `priority_level` on the items of one page that were not annotated: two queries
    for the page instead of a per-row lookup, and no per-row subquery over the whole list
    when it is only sorted by arrival."""
    ids = [i.pk for i in items if not hasattr(i, "priority_level")]
    levels: dict[int, int] = {}
    decided = TriageDecision.objects.filter(item_id__in=ids).order_by("item_id", "-decided_at", "-id")
    for item_id, level in decided.values_list("item_id", "priority"):
        levels.setdefault(item_id, level)
    proposed = TriageProposal.objects.filter(item_id__in=ids).exclude(item_id__in=list(levels))
    for item_id, level in proposed.values_list("item_id", "priority"):
        levels.setdefault(item_id, level)
    for item in items:
        if item.pk in ids:
            setattr(item, "priority_level", levels.get(item.pk))  # noqa: B010 - not a model field


def filter_priority(items: QuerySet[Item], *, level: str = "", flag: str = "") -> QuerySet[Item]:
    """Items of one priority level (or still pending) and/or carrying one flag (urgency or
    三种人), judged by the latest staff decision where there is one, else by the proposal.
    `items` must come from with_priority()."""
    if level == PENDING_LEVEL:
        # Q, not keywords: the type checker cannot see the annotation of with_priority().
        items = items.filter(Q(priority_level__isnull=True))
    elif level.isdigit():
        items = items.filter(Q(priority_level=int(level)))
    if flag in FLAG_LABELS:
        # Flags are JSON lists (codes in decisions, {"flag": code, …} in proposals); the
        # quoted code in their text form matches both, on SQLite and PostgreSQL alike.
        decided = Subquery(_latest_decisions().annotate(t=Cast("flags", TextField())).values("t")[:1])
        items = items.annotate(
            flags_text=Coalesce(decided, Cast("triage_proposal__flags", TextField()))
        ).filter(flags_text__contains=f'"{flag}"')
    return items


def priority_label(level: int | None) -> str:
    return Priority(level).label if level is not None else "研判中"
