"""Index items the post-commit hook missed (a crash between commit and hook, an import,
items from before the matcher existed): `python -m django matching_reindex [--all]`."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from xunshi.intake.models import Item
from xunshi.matching.services import item_index


class Command(BaseCommand):
    help = "为尚未建立相似索引的信访件补建索引（--all：全部重建）"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="全部重建，而不只是缺失的")

    def handle(self, *args: Any, **options: Any) -> None:
        items = Item.objects.select_related("round", "target").order_by("pk")
        if not options["all"]:
            items = items.filter(sketch__isnull=True)
        done = 0
        for item in items.iterator(chunk_size=500):
            # Without the identity at hand, fingerprints come from the stored (encrypted) one.
            item_index(item=item, identity=None)
            done += 1
        self.stdout.write(f"已索引 {done} 件")
