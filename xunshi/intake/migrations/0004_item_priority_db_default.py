"""A database default for the stored priority, so rows inserted by raw SQL without these
columns (the matching bench's COPY of its corpus) are valid and start 研判中."""

from __future__ import annotations

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("intake", "0003_item_flag_priority_indexes")]

    operations = [
        migrations.AlterField(
            model_name="item",
            name="triage_flags",
            field=models.PositiveIntegerField(db_default=0, default=0, verbose_name="优先标记"),
        ),
        migrations.AlterField(
            model_name="item",
            name="triage_level",
            field=models.PositiveSmallIntegerField(db_default=0, default=0, verbose_name="优先级"),
        ),
    ]
