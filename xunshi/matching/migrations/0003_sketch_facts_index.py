"""A covering index for the dossier's counts (PostgreSQL only).

The dossier reads the years and triage codes of every item of a person (1,500 for the
busiest at 1,000,000 items). From the sketch table that is a random heap page per item,
among 128-slot signatures; from this narrow index (about 100 MB per million items) it is
an index-only probe. SQLite has no INCLUDE columns, and its databases are small enough
not to need it, so the index is not declared on the model (that would warn on SQLite).
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

NAME = "matching_sketch_facts"


def create(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON matching_itemsketch (item_id) INCLUDE (years, codes)"
        )


def drop(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("matching", "0002_resketch_128_slots")]

    operations = [migrations.RunPython(create, drop)]
