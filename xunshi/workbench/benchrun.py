"""Child process of `xunshi bench item-list`: measure the item list's first page.

Run with DATABASE_URL pointing at the matching bench's database; prints one JSON object
per figure. Every figure is the median of RUNS timings of one page (ids, capped count and
the page's rows: `intake.selectors.item_page`, as the view does), printed beside the plain
indexed lookup of one item by its number timed in the same runs.

Two parts, both inside one transaction that is rolled back, so the corpus stays as
`xunshi bench matching` made it:
1. the corpus as stored — the matching corpus has no triage yet, so every item is 研判中;
2. a deterministic sample of judged items (by id: 2 % 紧急 with a threat to life, 10 %
   重点 with concentration, 1 % 较高 with 拟提拔, 5 % 一般; the rest 研判中), written to
   the stored columns only, to measure level and flag filters that find something.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

RUNS = 3
STORED_PRIORITY = [("intake", "0004_item_priority_db_default"), ("triage", "0002_backfill_item_priority")]


class Rollback(Exception):
    """Raised at the end to undo every row the bench wrote."""


def emit(label: str, value: str) -> None:
    print(json.dumps({"label": label, "value": value}, ensure_ascii=False), flush=True)


def _ensure_stored_priority() -> None:
    """Apply the stored-priority migrations (and nothing else) when they are missing; a
    targeted `migrate` to an older migration would unapply later ones, hence the check."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    applied = MigrationRecorder(connection).applied_migrations()
    for app, name in STORED_PRIORITY:
        if (app, name) not in applied:
            print(f"applying {app} {name}", flush=True)
            call_command("migrate", app, name, verbosity=0)


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xunshi.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.db import connection, transaction
    from django.db.models import Count, F, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    from xunshi.accounts.access import items_visible_to
    from xunshi.accounts.models import Membership, Role
    from xunshi.intake.models import Item
    from xunshi.intake.selectors import item_page
    from xunshi.rounds.models import Round
    from xunshi.triage.models import TriageDecision
    from xunshi.triage.priority import FLAG_BITS
    from xunshi.triage.selectors import PENDING_LEVEL, filter_priority, order_by_priority

    if "intake_item" not in connection.introspection.table_names():
        emit("error", "no corpus: run `xunshi bench matching` first")
        return 1
    _ensure_stored_priority()
    busiest = Item.objects.values("round_id").annotate(n=Count("id")).order_by("-n").first()
    if busiest is None:
        emit("error", "no corpus: run `xunshi bench matching` first")
        return 1
    round_id, size = busiest["round_id"], busiest["n"]
    emit("database", f"{connection.vendor} · {connection.settings_dict['NAME']} · {size:,} items, one round")
    # Only the columns access.py reads: the bench must not depend on unrelated round fields.
    rnd = Round.objects.only("id", "stage").get(pk=round_id)
    # Numbers for the indexed lookup, spread over the round (sequence numbers are per round).
    spread = range(1, size + 1, max(1, size // 20))
    numbers = list(Item.objects.filter(round_id=round_id, seq__in=spread).values_list("number", flat=True))

    try:
        with transaction.atomic():
            leader = User.objects.create(username="bench-item-list-leader")
            staff = User.objects.create(username="bench-item-list-staff")
            Membership.objects.create(user=leader, round_id=round_id, role=Role.LEADER)
            m = Membership.objects.create(user=staff, round_id=round_id, role=Role.STAFF)
            counties = list(
                Item.objects.filter(round_id=round_id, target__isnull=False)
                .values_list("target_id", flat=True)
                .distinct()[:2]
            )
            m.targets.set(counties)

            def listed(user: User) -> Any:
                # The view's starting point: what access.py lets the user see, newest first.
                return items_visible_to(user, rnd).order_by("-received_at", "-id")

            def measure(label: str, query: Callable[[], Any], page: int = 1) -> None:
                pages, lookups = [], []
                shown = 0
                for run in range(RUNS + 1):
                    took = _timed(lambda: item_page(query(), page=page))
                    number = numbers[run % len(numbers)]
                    looked = _timed(lambda: Item.objects.get(number=number))  # noqa: B023
                    if run:  # the first run warms the cache and is not counted
                        pages.append(took)
                        lookups.append(looked)
                shown = len(item_page(query(), page=page).items)
                emit(
                    label,
                    f"median {statistics.median(pages):.1f} ms ({' / '.join(f'{t:.1f}' for t in pages)}), "
                    f"{shown} rows · indexed lookup by number {statistics.median(lookups):.2f} ms",
                )

            print("part 1: the corpus as stored (no triage has run on it: every item 研判中)", flush=True)
            measure("arrival order, page 1 (组长)", lambda: listed(leader))
            measure("arrival order, page 200 (组长)", lambda: listed(leader), page=200)
            measure("arrival order, page 1 (组员, two counties)", lambda: listed(staff))
            measure("by priority, page 1 (组长)", lambda: order_by_priority(listed(leader)))
            measure("filter 研判中, page 1", lambda: filter_priority(listed(leader), level=PENDING_LEVEL))
            measure("filter 紧急 (none), page 1", lambda: filter_priority(listed(leader), level="4"))

            def computed() -> Any:
                # The list before the stored priority (commit d9ba417): worked out per row.
                latest = TriageDecision.objects.filter(item=OuterRef("pk")).order_by("-decided_at", "-id")
                return (
                    listed(leader)
                    .annotate(
                        level=Coalesce(
                            Subquery(latest.values("priority")[:1]), F("triage_proposal__priority")
                        )
                    )
                    .order_by(F("level").desc(nulls_last=True), "-received_at", "-id")
                )

            measure("by priority computed per row (before), page 1", computed)

            print("part 2: a judged sample written to the stored columns (rolled back)", flush=True)
            with connection.cursor() as cur:
                started = time.perf_counter()
                for modulo, level, flag in (
                    ((50, 0), 4, "threat_to_life"),
                    ((10, 1), 3, "concentrated"),
                    ((100, 2), 2, "promotion_candidate"),
                ):
                    cur.execute(
                        "UPDATE intake_item SET triage_level = %s, triage_flags = %s "
                        "WHERE round_id = %s AND id %% %s = %s",
                        [level, FLAG_BITS[flag], round_id, *modulo],
                    )
                cur.execute(
                    "UPDATE intake_item SET triage_level = 1 WHERE round_id = %s AND id %% 20 = 3", [round_id]
                )
                cur.execute("ANALYZE intake_item")
                print(f"sample written in {time.perf_counter() - started:.1f} s", flush=True)
            cases: list[tuple[str, Callable[[], Any]]] = [
                ("by priority, page 1 (组长)", lambda: order_by_priority(listed(leader))),
                ("by priority, page 1 (组员, two counties)", lambda: order_by_priority(listed(staff))),
                ("filter 紧急 (2 %), page 1", lambda: filter_priority(listed(leader), level="4")),
                (
                    "filter 一般 (5 %), by priority",
                    lambda: order_by_priority(filter_priority(listed(leader), level="1")),
                ),
                (
                    "flag 危及生命 (2 %), page 1",
                    lambda: filter_priority(listed(leader), flag="threat_to_life"),
                ),
                (
                    "flag 反映集中 (10 %), page 1",
                    lambda: filter_priority(listed(leader), flag="concentrated"),
                ),
                (
                    "flag 拟提拔 (1 %), page 1",
                    lambda: filter_priority(listed(leader), flag="promotion_candidate"),
                ),
                (
                    "flag 拟提拔 (1 %), 组员, by priority",
                    lambda: order_by_priority(filter_priority(listed(staff), flag="promotion_candidate")),
                ),
                ("flag 打击报复 (none), page 1", lambda: filter_priority(listed(leader), flag="retaliation")),
            ]
            for label, query in cases:
                measure(label, query)
            raise Rollback
    except Rollback:
        pass
    # The rolled-back sample left dead row versions; clear them so the corpus is as the
    # matching bench left it (VACUUM cannot run inside the transaction above).
    started = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE intake_item")
    print(f"vacuumed in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
