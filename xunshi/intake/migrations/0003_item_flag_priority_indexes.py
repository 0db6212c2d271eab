"""Per flag, a partial index in priority order, and PostgreSQL statistics on each flag's
bit (`triage_flags & bit`), which the planner uses to estimate the list's flag filter
`(triage_flags & bit) > 0`.

Without the statistics the planner guesses that a third of the items carry any flag, so
for a flag no item carries it expects a page after a few hundred rows of a plain scan and
reads the whole round instead of the flag's empty partial index (0.5 s at 1M items).
ANALYZE fills them; SQLite has no such statistics and needs none at a desk's size."""

from __future__ import annotations

from typing import Any

from django.db import migrations, models
from django.db.models import F
from django.db.models.lookups import GreaterThan

BITS = [1 << i for i in range(8)]  # intake.models.PRIORITY_FLAG_BITS


def create_statistics(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for i, bit in enumerate(BITS):
        schema_editor.execute(
            f"CREATE STATISTICS IF NOT EXISTS item_flag_{i}_stats "
            f"ON ((triage_flags & {bit})) FROM intake_item"
        )
    schema_editor.execute("ANALYZE intake_item")


def drop_statistics(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for i in range(len(BITS)):
        schema_editor.execute(f"DROP STATISTICS IF EXISTS item_flag_{i}_stats")


class Migration(migrations.Migration):
    dependencies = [("intake", "0002_item_stored_priority")]

    operations = [
        *[
            migrations.AddIndex(
                model_name="item",
                index=models.Index(
                    fields=["round", "-triage_level", "-received_at", "-id"],
                    condition=models.Q(GreaterThan(F("triage_flags").bitand(bit), 0)),
                    name=f"item_flag_{i}_by_priority",
                ),
            )
            for i, bit in enumerate(BITS)
        ],
        migrations.RunPython(create_statistics, drop_statistics),
    ]
