"""Reads of the triage desk: the taxonomy as choices, the queue, one item's panel."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.db.models import F, QuerySet

from xunshi.intake.lifecycle import Status
from xunshi.intake.models import Item, flag_set
from xunshi.roster.models import RosterPerson
from xunshi.triage.models import Priority, TriageDecision, TriageProposal
from xunshi.triage.priority import FLAG_BITS, FLAG_LABELS

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


def filter_priority(items: QuerySet[Item], *, level: str = "", flag: str = "") -> QuerySet[Item]:
    """Items of one priority level (or still pending) and/or carrying one flag (urgency or
    三种人), as the latest staff decision, else the proposal, says — read from the item's
    stored priority (Item.triage_level / triage_flags), which the triage services keep."""
    if level == PENDING_LEVEL:
        items = items.filter(triage_level=0)
    elif level.isdigit():
        items = items.filter(triage_level=int(level))
    if flag in FLAG_BITS:
        # The same condition as the flag's partial index (intake.models.flag_set), so the
        # database reads only the items that carry the flag.
        items = items.filter(flag_set(FLAG_BITS[flag]))
    return items


def order_by_priority(items: QuerySet[Item]) -> QuerySet[Item]:
    """Most urgent first, newest first within a level; items still waiting for triage
    (level 0) come last. The order of the index item_round_priority."""
    return items.order_by("-triage_level", "-received_at", "-id")


def priority_label(level: int | None) -> str:
    return Priority(level).label if level else "研判中"
