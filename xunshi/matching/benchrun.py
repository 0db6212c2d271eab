"""Child process of `xunshi bench matching`: generate (once) and measure.

Run with DATABASE_URL pointing at the bench database; prints one JSON object per figure.
Generation uses two worker processes for the text and MinHash work and COPY (PostgreSQL)
or executemany (SQLite) for the rows; the LSH band table's primary key is dropped during
the load and rebuilt once afterwards, which is much faster than 20 million random inserts.
"""

# Seeded random data for a benchmark corpus, not cryptography:
# ruff: noqa: S311

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from multiprocessing import get_context
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 4  # 4: signatures of 128 slots, 32 band keys per item
CHUNK = 10_000
ROSTER = 6_000
HOT = 300
COPY_SHARE = 0.2
SEED = 20261126
CODES = ["IS.INT.01", "IS.EP.HL.01", "IS.EP.BQ.01", "IS.CL.01", "IS.SEL.01", "IS.WS.01", "IS.DC.01"]
KINDS = [("sms", 0.25), ("po_box", 0.2), ("web", 0.3), ("email", 0.1), ("phone", 0.1), ("visit", 0.05)]


def emit(label: str, value: str) -> None:
    print(json.dumps({"label": label, "value": value}, ensure_ascii=False), flush=True)


def say(text: str) -> None:
    print(text, flush=True)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timing(values: list[float]) -> str:
    return f"p50 {statistics.median(values):.2f} ms · p95 {percentile(values, 0.95):.2f} ms (n={len(values)})"


# --- generation (workers) ---------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _worker_init(
    round_id: int, people: list[Any], hot: list[int], channels: dict[str, int], start: dt.datetime
) -> None:
    _STATE.update(round_id=round_id, people=people, hot=hot, channels=channels, start=start)


def _chunk(index: int) -> dict[str, list[tuple[Any, ...]]]:
    from xunshi.matching import benchdata as bd
    from xunshi.matching import sketch as sk
    from xunshi.matching.contacts import fingerprint

    rng = random.Random(SEED + index)
    round_id, people, hot = _STATE["round_id"], _STATE["people"], _STATE["hot"]
    first_id = index * CHUNK + 1
    reports: list[Any] = []
    phones: list[str | None] = []
    families: list[int] = []
    out: dict[str, list[tuple[Any, ...]]] = {
        "items": [],
        "sketches": [],
        "bands": [],
        "links": [],
        "contacts": [],
        "members": [],
    }
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    for k in range(CHUNK):
        item_id = first_id + k
        if reports and rng.random() < COPY_SHARE:
            source = rng.randrange(max(0, len(reports) - 2000), len(reports))
            report = bd.near_copy(rng, reports[source])
            family = families[source] if families[source] else first_id + source
            phone = phones[source] if rng.random() < 0.5 else None
            if not families[source]:
                families[source] = family
                out["members"].append((family, first_id + source, 1.0))
            families.append(family)
        else:
            report = bd.report(rng, people, hot)
            families.append(0)
            phone = None
        if phone is None and rng.random() < 0.35:
            phone = f"1{rng.randint(3, 9)}{rng.randint(0, 10**9 - 1):09d}"[:11]
        reports.append(report)
        phones.append(phone)
        grams = sk.shingles(report.content)
        sig = sk.signature(grams)
        received = _STATE["start"] + dt.timedelta(seconds=rng.randint(0, 30 * 86400))
        kind = rng.choices(kinds, weights)[0]
        out["items"].append(
            (
                item_id,
                kind,
                received,
                report.content,
                report.written_name,
                report.written_post,
                report.written_unit,
                report.county,
                phone is not None,
            )
        )
        codes = rng.sample(CODES, rng.randint(1, 3))
        out["sketches"].append(
            (item_id, sk.signature_bytes(sig), len(grams), json.dumps(report.years), json.dumps(codes))
        )
        out["bands"].extend((key, item_id) for key in set(sk.band_keys(round_id, sig)))
        exact = report.person is not None and people[report.person].name == report.written_name
        out["links"].append(
            (
                item_id,
                report.person if exact else None,
                report.written_name,
                report.written_post,
                report.written_unit,
            )
        )
        if phone is not None:
            out["contacts"].append((item_id, fingerprint("phone", phone)))
        if families[-1]:
            out["members"].append((families[-1], item_id, None))
    return out


# --- bulk writing -------------------------------------------------------------------------


class Writer:
    def __init__(self) -> None:
        from django.db import connection

        self.connection = connection
        self.postgres = connection.vendor == "postgresql"

    def rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        with self.connection.cursor() as cur:
            if self.postgres:
                raw = cur.cursor
                with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(columns))
                cur.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608 - our tables
                    [tuple(self._sqlite(v) for v in row) for row in rows],
                )

    @staticmethod
    def _sqlite(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        return value


def _setup_round(rnd: Any, people: list[Any]) -> None:
    from xunshi.accounts.models import Role
    from xunshi.accounts.services import staff_create
    from xunshi.matching import benchdata as bd
    from xunshi.roster.models import CareerPost, RosterPerson, TeamCategory

    staff_create(username="bench_leader", full_name="组长", round=rnd, role=Role.LEADER)
    staff_create(
        username="bench_staff",
        full_name="组员",
        round=rnd,
        role=Role.STAFF,
        targets=list(rnd.targets.order_by("order", "id")[:2]),
    )
    targets = list(rnd.targets.order_by("order", "id"))
    rng = random.Random(SEED)
    RosterPerson.objects.bulk_create(
        [
            RosterPerson(
                round=rnd,
                target=targets[p.county % len(targets)],
                name=p.name,
                unit=p.unit,
                posts=[p.post],
                team=TeamCategory.COUNTY_LEADERSHIP if "县" in p.post else TeamCategory.NEXT_LEVEL_HEAD,
                promotion_candidate=rng.random() < 0.1,
            )
            for p in people
        ],
        ignore_conflicts=True,
    )
    CareerPost.objects.bulk_create(
        [
            CareerPost(
                person_id=pid,
                start=f"{2008 + i % 6}-03",
                end=f"{2014 + i % 6}-06",
                text=f"{bd.TOWNS[i % len(bd.TOWNS)]}党委书记",
                top_post=True,
            )
            for i, pid in enumerate(RosterPerson.objects.filter(round=rnd).values_list("id", flat=True))
        ]
    )
    say(f"roster: {RosterPerson.objects.filter(round=rnd).count()} persons")


def _generate(size: int, have: int, progress: Callable[[int], None]) -> None:
    """Generate items have+1 … size; chunks are seeded by their number, so a corpus grown
    from 200,000 to 1,000,000 is the same as one generated at 1,000,000 at once."""
    from django.db import connection, transaction

    from xunshi.matching import benchdata as bd
    from xunshi.roster.models import RosterPerson
    from xunshi.rounds.models import Round
    from xunshi.rounds.services import round_load_seed

    t0 = time.perf_counter()
    people = bd.roster(ROSTER)
    if have == 0:
        rnd, _ = round_load_seed()
        _setup_round(rnd, people)
    rnd = Round.objects.get()
    targets = list(rnd.targets.order_by("order", "id"))
    person_ids = dict(RosterPerson.objects.filter(round=rnd).values_list("name", "id"))
    # Duplicate generated names collapse onto one roster row, as a real roster has one 张伟 per unit.
    by_index = [person_ids.get(p.name) for p in people]
    channels = {c.kind: c.pk for c in rnd.channels.all()}
    start = dt.datetime.combine(rnd.period_start, dt.time(8), tzinfo=dt.UTC)
    picker = random.Random(SEED + 1)
    hot = [picker.randrange(len(people)) for _ in range(HOT)]
    writer = Writer()
    if writer.postgres:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT conname FROM pg_constraint"
                " WHERE conrelid = 'matching_sketchband'::regclass AND contype = 'p'"
            )
            for (name,) in cur.fetchall():
                cur.execute(f'ALTER TABLE matching_sketchband DROP CONSTRAINT "{name}"')
    now = dt.datetime.now(tz=dt.UTC)
    chunks = (size + CHUNK - 1) // CHUNK
    first_chunk = have // CHUNK
    connection.close()
    ctx = get_context("fork")
    done = have
    with ctx.Pool(2, initializer=_worker_init, initargs=(rnd.pk, people, hot, channels, start)) as pool:
        for index, out in enumerate(pool.imap(_chunk, range(first_chunk, chunks)), start=first_chunk):
            keep = min(CHUNK, size - index * CHUNK)
            items = out["items"][:keep]
            last_id = items[-1][0]
            with transaction.atomic():
                writer.rows(
                    "intake_item",
                    [
                        "id",
                        "round_id",
                        "seq",
                        "number",
                        "channel_id",
                        "channel_kind",
                        "channel_detail",
                        "received_at",
                        "after_hours",
                        "late",
                        "identity_kind",
                        "has_name",
                        "has_contact",
                        "target_id",
                        "accused_name",
                        "accused_position",
                        "accused_unit",
                        "subject",
                        "content",
                        "status",
                        "registered_at",
                    ],
                    (
                        (
                            i,
                            rnd.pk,
                            i,
                            f"{rnd.number_prefix}-{i:05d}",
                            channels[kind],
                            kind,
                            "{}",
                            received,
                            False,
                            False,
                            "named" if named else "anonymous",
                            named,
                            named,
                            targets[county].pk,
                            name[:100],
                            post[:200],
                            unit[:200],
                            "",
                            content,
                            "registered",
                            received,
                        )
                        for i, kind, received, content, name, post, unit, county, named in items
                    ),
                )
                writer.rows(
                    "matching_itemsketch",
                    ["item_id", "round_id", "signature", "shingle_count", "years", "codes", "indexed_at"],
                    (
                        (i, rnd.pk, sig, n, years, codes, now)
                        for i, sig, n, years, codes in out["sketches"][:keep]
                    ),
                )
                writer.rows(
                    "matching_sketchband",
                    ["key", "item_id"],
                    (row for row in out["bands"] if row[1] <= last_id),
                )
                writer.rows(
                    "matching_personlink",
                    [
                        "item_id",
                        "person_id",
                        "round_id",
                        "name",
                        "position",
                        "unit",
                        "source",
                        "created_at",
                        "received_at",
                    ],
                    (
                        (
                            i,
                            by_index[p] if p is not None else None,
                            rnd.pk,
                            n[:100],
                            pos[:200],
                            u[:200],
                            "item",
                            now,
                            item[2],  # one link per item, in the same order
                        )
                        for (i, p, n, pos, u), item in zip(out["links"][:keep], items, strict=True)
                    ),
                )
                writer.rows(
                    "matching_contactfingerprint",
                    ["item_id", "kind", "digest"],
                    ((i, "phone", d) for i, d in out["contacts"] if i <= last_id),
                )
                families = sorted({f for f, i, _ in out["members"] if i <= last_id and f <= last_id})
                writer.rows(
                    "matching_itemgroup",
                    ["id", "round_id", "kind", "state", "reason", "created_at", "undo_reason"],
                    ((f, rnd.pk, "duplicate", "proposed", "文本近似（自动发现）", now, "") for f in families),
                )
                writer.rows(
                    "matching_itemgroupmember",
                    ["group_id", "item_id", "similarity", "added_at"],
                    ((f, i, s, now) for f, i, s in out["members"] if i <= last_id and f <= last_id),
                )
            done += keep
            progress(done)  # an interrupted run resumes from the last committed chunk
            if index % 10 == 0 or done == size:
                rate = (done - have) / (time.perf_counter() - t0)
                say(f"generated {done:,}/{size:,} items ({rate:,.0f}/s)")
    with connection.cursor() as cur:
        if writer.postgres:
            t1 = time.perf_counter()
            cur.execute("ALTER TABLE matching_sketchband ADD PRIMARY KEY (key, item_id)")
            say(f"band index built ({time.perf_counter() - t1:.1f} s)")
            for table in (
                "intake_item",
                "matching_itemgroup",
                "matching_personlink",
                "matching_contactfingerprint",
                "matching_itemgroupmember",
            ):
                # Table names come from the tuple above, not from input.
                sql = f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"  # noqa: S608, E501
                cur.execute(sql)
            # VACUUM, not only ANALYZE: a bulk-loaded table has no visibility map yet, so the
            # band lookup could not be an index-only scan. A table filled over weeks of intake
            # has been through autovacuum (insert-triggered since PostgreSQL 13) long ago.
            cur.execute("VACUUM (ANALYZE)")
        else:
            cur.execute("ANALYZE")
    rnd.next_number = size + 1
    rnd.save(update_fields=["next_number"])
    say(f"corpus ready in {time.perf_counter() - t0:.0f} s")


# --- measuring ----------------------------------------------------------------------------


def _measure(fn: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times


def _measure_all(size: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client

    from xunshi.accounts.access import dossier_person_get_for_user, person_links_filter
    from xunshi.intake.models import Item
    from xunshi.matching import benchdata as bd
    from xunshi.matching import sketch as sk
    from xunshi.matching.models import PersonLink, SketchBand
    from xunshi.matching.selectors import dossier, near_duplicates
    from xunshi.rounds.models import Round

    rnd = Round.objects.get(number_prefix__isnull=False, next_number=size + 1)
    rng = random.Random(7)
    numbers = [f"{rnd.number_prefix}-{rng.randint(1, size):05d}" for _ in range(400)]
    iterator = itertools.cycle(numbers)
    emit("items in the round", f"{Item.objects.filter(round=rnd).count():,}")
    emit("LSH band rows", f"{SketchBand.objects.count():,} ({sk.BANDS} bands × {sk.ROWS} rows)")

    for _ in range(20):
        Item.objects.get(number=next(iterator))
    emit(
        "baseline: one item by number (unique index)",
        timing(_measure(lambda: Item.objects.get(number=next(iterator)), 300)),
    )

    # Queries: near copies of stored items (the duplicates to find) and fresh reports.
    people = bd.roster(ROSTER)
    sources = list(
        Item.objects.filter(pk__in=[rng.randint(1, size) for _ in range(200)]).values_list("pk", "content")
    )
    copies = [
        (pk, bd.near_copy(rng, bd.Report(text, None, "", "", "", 0, [])).content) for pk, text in sources
    ]
    fresh = [bd.report(random.Random(10**6 + i), people, [0]).content for i in range(200)]
    for _, text in copies[:10]:
        near_duplicates(round_id=rnd.pk, grams=sk.shingles(text))
    found, expected, copy_times = 0, 0, []
    for pk, text in copies:
        grams = sk.shingles(text)
        t = time.perf_counter()
        matches = near_duplicates(round_id=rnd.pk, grams=grams)
        copy_times.append((time.perf_counter() - t) * 1000)
        source_text = dict(sources)[pk]
        if sk.jaccard(grams, sk.shingles(source_text)) >= sk.DUPLICATE_JACCARD:
            expected += 1
            found += any(m.item_id == pk for m in matches)
    fresh_times = []
    for text in fresh:
        grams = sk.shingles(text)
        t = time.perf_counter()
        near_duplicates(round_id=rnd.pk, grams=grams)
        fresh_times.append((time.perf_counter() - t) * 1000)
    emit("near-duplicate lookup, new item that copies one (incl. MinHash)", timing(copy_times))
    emit("near-duplicate lookup, new unrelated item (incl. MinHash)", timing(fresh_times))
    emit("near-duplicate lookup, all (target ≤ 10 ms p95)", timing(copy_times + fresh_times))
    emit("recall: copies (J ≥ 0.6) found", f"{found}/{expected}")
    # The planted copies are mostly at J 0.85–0.99, where any LSH finds them. Copies edited
    # over and over (J about 0.5–0.8) test the S-curve where it bends: the count found is
    # compared with what sketch.candidate_probability predicts for the same pairs.
    # Its own generator, so that the samples drawn after it stay those of earlier versions.
    edits = random.Random(11)
    near_found, near_expected, near_predicted = 0, 0, 0.0
    for pk, text in sources:
        copy = bd.Report(text, None, "", "", "", 0, [])
        for _ in range(edits.choice((5, 6, 7, 8))):
            copy = bd.near_copy(edits, copy)
        grams = sk.shingles(copy.content)
        exact = sk.jaccard(grams, sk.shingles(text))
        if sk.DUPLICATE_JACCARD <= exact < 0.75:
            near_expected += 1
            near_predicted += sk.candidate_probability(exact)
            near_found += any(m.item_id == pk for m in near_duplicates(round_id=rnd.pk, grams=grams))
    emit(
        "recall near the threshold: re-edited copies (0.6 ≤ J < 0.75)",
        f"{near_found}/{near_expected} found (S-curve predicts {near_predicted:.1f})",
    )
    for _ in range(20):
        Item.objects.get(number=next(iterator))
    emit(
        "baseline again: one item by number",
        timing(_measure(lambda: Item.objects.get(number=next(iterator)), 60)),
    )

    users = get_user_model()
    leader = users.objects.get(username="bench_leader")
    staff = users.objects.get(username="bench_staff")
    busiest = list(
        PersonLink.objects.filter(round_id=rnd.pk, person__isnull=False)
        .values("person_id")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("person_id", "n")[:20]
    )
    drawn = PersonLink.objects.filter(
        item_id__in=[rng.randint(1, size) for _ in range(400)], person__isnull=False
    ).values_list("person_id", flat=True)
    # Four in five dossiers are of persons drawn at random, one in five of the busiest.
    sample = [rng.choice(busiest)[0] if i % 5 == 0 else pid for i, pid in enumerate(list(drawn)[:100])]
    emit("dossier sample", f"{len(sample)} persons; busiest has {busiest[0][1]:,} items" if busiest else "")

    def open_dossier(user: Any, pid: int) -> None:
        person, membership = dossier_person_get_for_user(user, pid)
        dossier(person, scope=person_links_filter(user, person.round, membership=membership))

    for pid in sample[:10]:
        open_dossier(leader, pid)
    pids = iter(sample * 3)
    emit(
        "dossier query, leader (all counties; target ≤ 100 ms p95)",
        timing(_measure(lambda: open_dossier(leader, next(pids)), len(sample))),
    )
    staff_sample = list(
        PersonLink.objects.filter(
            round_id=rnd.pk, person__target__in=staff.memberships.get().targets.all()
        ).values_list("person_id", flat=True)[:2000]
    )
    staff_pids = iter([rng.choice(staff_sample) for _ in range(100)])
    emit("dossier query, county staff", timing(_measure(lambda: open_dossier(staff, next(staff_pids)), 100)))
    client = Client()
    client.force_login(leader)
    _pass_two_factor(client, leader)
    page_pids = iter(sample * 3)
    first = client.get(f"/workbench/people/{sample[0]}/")
    if first.status_code != 200:
        emit("dossier page", f"not measured: HTTP {first.status_code}")
    else:

        def open_page() -> None:
            response = client.get(f"/workbench/people/{next(page_pids)}/")
            if response.status_code != 200:
                raise RuntimeError(f"dossier page answered {response.status_code}")

        emit("dossier page, whole request incl. template and audit row", timing(_measure(open_page, 50)))
    emit(
        "baseline again: one item by number",
        timing(_measure(lambda: Item.objects.get(number=next(iterator)), 60)),
    )


def _pass_two_factor(client: Any, user: Any) -> None:
    """Mark the bench session as having passed TOTP, as the login page would."""
    try:
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice
    except ImportError:
        return
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def _marker_path(url: str) -> Path:
    from django.conf import settings

    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return Path(settings.DATA_DIR) / f"matching-corpus-{digest}.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xunshi.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    url = os.environ.get("DATABASE_URL", "")
    marker = _marker_path(url)
    wanted = {"size": args.size, "version": GENERATOR_VERSION}
    previous = json.loads(marker.read_text()) if marker.exists() else {}

    def save(done: int) -> None:
        marker.write_text(json.dumps({"size": done, "version": GENERATOR_VERSION}))

    cached = previous == wanted
    growable = (
        previous.get("version") == GENERATOR_VERSION
        and 0 < previous.get("size", 0) < args.size
        and previous["size"] % CHUNK == 0
    )
    if growable:
        say(f"growing the cached corpus from {previous['size']:,} to {args.size:,} items")
        call_command("migrate", verbosity=0)
        _generate(args.size, previous["size"], save)
        marker.write_text(json.dumps(wanted))
    elif not cached:
        say("generating the corpus (cached afterwards)")
        marker.unlink(missing_ok=True)
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        else:
            name = Path(str(connection.settings_dict["NAME"]))
            connection.close()
            name.unlink(missing_ok=True)
        call_command("migrate", verbosity=0)
        _generate(args.size, 0, save)
        marker.write_text(json.dumps(wanted))
    else:
        say("using the cached corpus")
        call_command("migrate", verbosity=0)
    emit("database", f"{connection.vendor} · {connection.settings_dict['NAME']}")
    _measure_all(args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
