"""The dashboard's objection and satisfaction reads at scale, beside the unanswered-item
count the dashboard already makes (the baseline, measured in the same run).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/xunshi_objbench \\
        XUNSHI_DATA_DIR=/tmp/objbench .venv/bin/python -m xunshi.casework.objections_bench 200000 [RUNS]

Use a database of its own (it is migrated and filled, then kept for the next run): one web
item in three 实名, 60 % answered, a word on 30 % of the answers (满意 ×2 : 基本满意 : 不满意).
Medians of RUNS runs (default 5), in milliseconds. Not a test: it measures, it does not assert.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def _median_ms(fn: Callable[[], Any], runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - t0)
    return statistics.median(timings) * 1000


def _fill(size: int) -> None:
    from django.db import connection
    from django.utils import timezone

    from xunshi.casework.models import ReporterFeedback
    from xunshi.intake.models import IdentityKind, Item, Response
    from xunshi.rounds.selectors import channel_for_kind
    from xunshi.rounds.services import round_load_seed

    rnd, _ = round_load_seed(demo=True)
    start = Item.objects.filter(round=rnd).count()
    if start >= size:
        return
    rng = random.Random(7)  # noqa: S311 - a reproducible corpus, nothing secret
    channel = channel_for_kind(rnd, "web")
    now = timezone.now()
    batch: list[Item] = []
    for i in range(start, size):
        named = i % 3 == 0
        batch.append(
            Item(
                round=rnd,
                seq=i + 1,
                number=f"{rnd.number_prefix}-{i + 1:07d}",
                channel=channel,
                channel_kind="web",
                received_at=now - dt.timedelta(minutes=i),
                content="测试内容",
                has_contact=named,
                identity_kind=IdentityKind.NAMED if named else IdentityKind.ANONYMOUS,
            )
        )
        if len(batch) == 10_000:
            Item.objects.bulk_create(batch)
            batch = []
    Item.objects.bulk_create(batch)
    fresh = Item.objects.filter(round=rnd, seq__gt=start).values_list("id", flat=True)
    answered = [pk for pk in fresh if rng.random() < 0.6]
    Response.objects.bulk_create(
        (
            Response(item_id=pk, kind="result", public_text="已按有关规定处理", via="查询页")
            for pk in answered
        ),
        batch_size=10_000,
    )
    answers = dict(Response.objects.filter(item_id__in=answered).values_list("item_id", "id"))
    words = ["satisfied", "satisfied", "basic", "unsatisfied"]
    feedbacks = []
    for pk in answered:
        if rng.random() < 0.3:
            word = rng.choice(words)
            reasons = "理由" if word == "unsatisfied" else ""
            feedbacks.append(
                ReporterFeedback(item_id=pk, response_id=answers[pk], satisfaction=word, reasons=reasons)
            )
    ReporterFeedback.objects.bulk_create(feedbacks, batch_size=10_000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main(size: int, runs: int = 5) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xunshi.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    _fill(size)
    from xunshi.casework import selectors
    from xunshi.intake.models import Item
    from xunshi.rounds.models import Round

    rnd = Round.objects.get(is_demo=True)
    items = Item.objects.filter(round=rnd)
    rows: list[tuple[str, Callable[[], Any]]] = [
        ("baseline: unanswered_items(...).count()", lambda: selectors.unanswered_items(rnd, items).count()),
        ("satisfaction_counts", lambda: selectors.satisfaction_counts(items)),
        ("open_objections(...).count()", lambda: selectors.open_objections(items).count()),
        ("open_objections, first 200 rows", lambda: list(selectors.open_objections(items)[:200])),
        ("clock_page: dashboard's first 200 + counts", lambda: selectors.clock_page(items, limit=200)),
        ("every open clock (clock_page, limit=None)", lambda: selectors.response_clocks(items)),
    ]
    print(f"items {items.count():,}; figures: median of {runs} runs, ms")
    for label, fn in rows:
        print(f"  {label:<45} {_median_ms(fn, runs):8.1f}")
    print(f"  satisfaction: {selectors.satisfaction_counts(items)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
