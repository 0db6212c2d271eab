"""Backfill Item.triage_level / Item.triage_flags (intake 0002) from what the desk holds:
the latest staff decision per item, else the engine's proposal; items without either stay
0 (研判中). Items are written in batches, so a large round does not build one huge statement."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db import migrations

# FLAG_LABELS order of xunshi.triage.priority when the columns were introduced, frozen here
# because the bit positions are stored data (priority.FLAG_BITS must keep this order).
FLAGS = [
    "threat_to_life",
    "group_incident",
    "destruction_of_evidence",
    "retaliation",
    "not_stopped_after_2012",
    "concentrated",
    "important_promotable",
    "promotion_candidate",
]
BITS = {code: 1 << i for i, code in enumerate(FLAGS)}
BATCH = 2000


def _mask(codes: list[Any]) -> int:
    mask = 0
    for entry in codes or []:
        code = entry.get("flag") if isinstance(entry, dict) else entry
        mask |= BITS.get(str(code), 0)
    return mask


def _stored(apps: Any) -> Iterator[tuple[int, int, int]]:
    decision = apps.get_model("triage", "TriageDecision")
    proposal = apps.get_model("triage", "TriageProposal")
    decided: set[int] = set()
    rows = decision.objects.order_by("item_id", "-decided_at", "-id").values_list(
        "item_id", "priority", "flags"
    )
    for item_id, level, flags in rows.iterator(chunk_size=BATCH):
        if item_id not in decided:  # the latest decision wins over older ones and the proposal
            decided.add(item_id)
            yield item_id, level, _mask(flags)
    for item_id, level, flags in proposal.objects.values_list("item_id", "priority", "flags").iterator(
        chunk_size=BATCH
    ):
        if item_id not in decided:
            yield item_id, level, _mask(flags)


def backfill(apps: Any, schema_editor: Any) -> None:
    item = apps.get_model("intake", "Item")
    batch = []
    for item_id, level, mask in _stored(apps):
        batch.append(item(pk=item_id, triage_level=level, triage_flags=mask))
        if len(batch) >= BATCH:
            item.objects.bulk_update(batch, ["triage_level", "triage_flags"])
            batch = []
    if batch:
        item.objects.bulk_update(batch, ["triage_level", "triage_flags"])


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0001_initial"),
        ("intake", "0002_item_stored_priority"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
