"""Signatures grow from 80 to 128 slots and items from 20 to 32 band keys (sketch.py says
why): every stored sketch is recomputed from its item's text, in batches.

The current sketch module is used on purpose rather than a frozen copy: whatever scheme
the code has when this runs is the one the lookups will compare against. Going back
needs `matching_reindex --all` under the older code.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

BATCH = 1000


def resketch(apps: Any, schema_editor: Any) -> None:
    from xunshi.matching import sketch as sk

    item_sketch = apps.get_model("matching", "ItemSketch")
    sketch_band = apps.get_model("matching", "SketchBand")
    rows = item_sketch.objects.order_by("item_id").values_list(
        "item_id", "round_id", "item__subject", "item__content"
    )
    batch: list[tuple[int, int, str, str]] = []

    def flush() -> None:
        updates, bands = [], []
        for item_id, round_id, subject, content in batch:
            grams = sk.shingles(subject + "\n" + content)
            sig = sk.signature(grams)
            updates.append(
                item_sketch(item_id=item_id, signature=sk.signature_bytes(sig), shingle_count=len(grams))
            )
            bands.extend(sketch_band(key=key, item_id=item_id) for key in set(sk.band_keys(round_id, sig)))
        item_sketch.objects.bulk_update(updates, ["signature", "shingle_count"])
        sketch_band.objects.filter(item_id__in=[row[0] for row in batch]).delete()
        sketch_band.objects.bulk_create(bands, ignore_conflicts=True)
        batch.clear()

    for row in rows.iterator(chunk_size=BATCH):
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()


class Migration(migrations.Migration):
    dependencies = [("matching", "0001_initial")]

    operations = [migrations.RunPython(resketch, migrations.RunPython.noop, elidable=True)]
