"""Reads of the matcher: near-duplicate lookup, related items, concentration, dossiers."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from django.apps import apps
from django.db import connection, transaction
from django.db.models import Count, Max, Q, QuerySet, TextField
from django.db.models.functions import Cast

from xunshi.intake.models import Item, ItemEvent
from xunshi.matching import sketch as sk
from xunshi.matching.models import ContactFingerprint, ItemGroup, ItemGroupMember, ItemSketch, PersonLink
from xunshi.roster.models import CareerPost, RosterPerson
from xunshi.rounds.models import Channel

ACTIVE = (ItemGroup.State.PROPOSED, ItemGroup.State.CONFIRMED)
# Most candidates whose text is fetched for the exact check; ranked by estimated Jaccard.
MAX_EXACT_CHECKS = 50


@dataclass(frozen=True)
class Match:
    item_id: int
    jaccard: float
    estimate: float


def _in_list(values: list[int]) -> str:
    return ",".join(["%s"] * len(values))


def near_duplicates(
    *,
    round_id: int,
    grams: frozenset[str],
    exclude: int | None = None,
    threshold: float = sk.DUPLICATE_JACCARD,
) -> list[Match]:
    """Items of the round whose exact shingle Jaccard with `grams` is at least `threshold`.

    Three steps: band keys → candidates sharing at least sk.MIN_BAND_HITS of them, found
    and counted in one index-only pass over the band key index (GROUP BY … HAVING) and
    joined to their signatures in the same statement; signature estimate → the plausible
    ones; stored text → exact Jaccard. Raw SQL because this is the hot path of intake and
    of the benchmark; the ORM would add ~1 ms per query.
    """
    if not grams:
        return []
    sig = sk.signature(grams)
    keys = sorted(set(sk.band_keys(round_id, sig)))
    table_band = connection.ops.quote_name(sk_band_table())
    table_sketch = connection.ops.quote_name(ItemSketch._meta.db_table)
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT s.item_id, s.signature FROM {table_sketch} s JOIN "  # noqa: S608 - table names are ours
            f"(SELECT b.item_id FROM {table_band} b WHERE b.key IN ({_in_list(keys)})"
            f" GROUP BY b.item_id HAVING COUNT(*) >= %s) c ON c.item_id = s.item_id",
            [*keys, sk.MIN_BAND_HITS],
        )
        # A signature of another length was written under an earlier scheme and is waiting
        # for `matching_reindex`; it cannot be compared slot by slot.
        rows = [
            (item_id, bytes(raw))
            for item_id, raw in cur.fetchall()
            if item_id != exclude and len(raw) == sk.SIGNATURE_BYTES
        ]
    if not rows:
        return []
    matrix = np.frombuffer(b"".join(raw for _, raw in rows), dtype="<u4").reshape(len(rows), -1)
    estimates = (matrix == sig).mean(axis=1)
    keep = np.nonzero(estimates >= threshold - 0.2)[0]
    scored = sorted(((float(estimates[i]), rows[i][0]) for i in keep), reverse=True)
    scored = scored[:MAX_EXACT_CHECKS]
    if not scored:
        return []
    ids = [item_id for _, item_id in scored]
    texts = {
        pk: f"{subject}\n{content}"
        for pk, subject, content in Item.objects.filter(pk__in=ids)
        .order_by()
        .values_list("pk", "subject", "content")
    }
    found = []
    for est, item_id in scored:
        if item_id not in texts:
            continue
        exact = sk.jaccard(grams, sk.shingles(texts[item_id]))
        if exact >= threshold:
            found.append(Match(item_id, exact, est))
    found.sort(key=lambda m: (-m.jaccard, m.item_id))
    return found


def sk_band_table() -> str:
    from xunshi.matching.models import SketchBand

    return SketchBand._meta.db_table


def near_duplicates_of_item(item: Item, threshold: float = 0.5) -> list[Match]:
    return near_duplicates(
        round_id=item.round_id,
        grams=sk.shingles(item.subject + "\n" + item.content),
        exclude=item.pk,
        threshold=threshold,
    )


def groups_of_item(item: Item) -> list[ItemGroup]:
    return list(
        ItemGroup.objects.filter(members__item=item).prefetch_related("members__item").order_by("-created_at")
    )


def same_contact_items(item: Item) -> QuerySet[Item]:
    digests = ContactFingerprint.objects.filter(item=item).values("digest")
    return (
        Item.objects.filter(round_id=item.round_id, contact_fingerprints__digest__in=digests)
        .exclude(pk=item.pk)
        .distinct()
    )


def same_person_items(item: Item) -> QuerySet[Item]:
    persons = PersonLink.objects.filter(item=item, person__isnull=False).values("person")
    return (
        Item.objects.filter(round_id=item.round_id, person_links__person__in=persons)
        .exclude(pk=item.pk)
        .distinct()
    )


# --- concentration ---------------------------------------------------------------------


class _Union:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: Any, b: Any) -> None:
        self.parent[self.find(a)] = self.find(b)


def distinct_reporters(item_ids: Iterable[int]) -> int:
    """How many different people reported, not how many copies arrived.

    Items sharing a contact fingerprint (phone or e-mail) are one reporter. Items without
    any contact are counted by duplicate group: copies of one anonymous letter sent by
    SMS, post and web are one voice. Undone groups no longer join anything.
    """
    ids = set(item_ids)
    if not ids:
        return 0
    contacts = list(ContactFingerprint.objects.filter(item_id__in=ids).values_list("item_id", "digest"))
    duplicates = list(
        ItemGroupMember.objects.filter(
            item_id__in=ids, group__kind=ItemGroup.Kind.DUPLICATE, group__state__in=ACTIVE
        ).values_list("item_id", "group_id")
    )
    return count_reporters(ids, contacts, duplicates)


def count_reporters(
    ids: set[int], contacts: Iterable[tuple[int, str]], duplicates: Iterable[tuple[int, int]]
) -> int:
    union = _Union()
    for item_id in ids:
        union.find(("i", item_id))
    with_contact: set[int] = set()
    for item_id, digest in contacts:
        with_contact.add(item_id)
        union.join(("i", item_id), ("c", digest))
    for item_id, group_id in duplicates:
        if item_id not in with_contact:
            union.join(("i", item_id), ("g", group_id))
    return len({union.find(("i", item_id)) for item_id in ids})


# --- dossier ---------------------------------------------------------------------------

FLAG_NOT_STOPPED = "not_stopped"
FLAG_CONCENTRATED = "concentrated"
FLAG_IMPORTANT_POST = "important_post"
FLAG_LABELS = {
    FLAG_NOT_STOPPED: "十八大后不收敛、不收手",
    FLAG_CONCENTRATED: "问题线索反映集中、群众反映强烈",
    FLAG_IMPORTANT_POST: "现在重要岗位且可能还要提拔使用",
}
# Three reporters about one person is "concentrated" for a county-level round; a round may
# want another figure, hence a parameter rather than a rule in the template.
CONCENTRATION_REPORTERS = 3
# Items per page of the dossier's item list, and item arrivals in its timeline.
DOSSIER_PAGE = 50
TIMELINE_ITEMS = 50
# 十八大 (November 2012) and 八项规定 (December 2012): events from 2013 on did not stop.
AFTER_RULES_YEAR = 2013
IMPORTANT_TEAMS = {"县级领导班子"}
IMPORTANT_POST_WORDS = ("书记", "县长", "市长", "主任", "局长", "部长", "镇长", "乡长", "院长", "检察长")


@dataclass
class DossierItem:
    """One row of the dossier's item list: plain values, no model instances (a busy person
    has hundreds of items, and building three model objects per row is most of the cost)."""

    number: str
    received_at: dt.datetime | None
    channel_kind: str
    channel_label: str
    name: str
    position: str
    unit: str
    source: str
    confirmed: bool
    years: list[int] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)

    @property
    def channel_kind_label(self) -> str:
        return str(Channel.Kind(self.channel_kind).label) if self.channel_kind in Channel.Kind.values else ""

    @property
    def source_label(self) -> str:
        return str(PersonLink.Source(self.source).label)


@dataclass
class Dossier:
    person: RosterPerson
    items: list[DossierItem]
    item_count: int
    reporters: int
    categories: list[tuple[str, int]]
    timeline: list[tuple[dt.datetime, str, str]]
    flags: list[tuple[str, str, str]]
    career: list[CareerPost]
    top_posts: list[CareerPost]
    clues: list[Any]
    clues_available: bool
    # The item list is one page of `items`; the counts above cover every item.
    page: int = 1
    pages: int = 1
    first: int = 0

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1 if self.items else 0


def person_items(person: RosterPerson) -> QuerySet[PersonLink]:
    return PersonLink.objects.filter(person=person)


def clue_model() -> Any | None:
    """Extension point: clues come from xunshi.casework when that app is installed."""
    if not apps.is_installed("xunshi.casework"):
        return None
    try:
        return apps.get_model("casework", "Clue")
    except LookupError:
        return None


def clues_for_person(person: RosterPerson, item_ids: list[int]) -> list[Any]:
    model = clue_model()
    if model is None:
        return []
    through = model._meta.get_field("items").remote_field.through
    via_items = {clue_id for (clue_id,) in _rows_for_items(through, ("clue_id",), item_ids)}
    condition = Q(person=person) | Q(pk__in=via_items) if via_items else Q(person=person)
    return list(model.objects.filter(condition).order_by("-id")[:100])


def category_label(code: str) -> str:
    return _labels().get(code, code)


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    try:
        from xunshi.triage.rules import taxonomy
    except ImportError:
        return {}
    return _code_labels(taxonomy())


def _code_labels(tree: Any, into: dict[str, str] | None = None) -> dict[str, str]:
    into = {} if into is None else into
    if isinstance(tree, dict):
        code, label = tree.get("code"), tree.get("label") or tree.get("name")
        if isinstance(code, str) and isinstance(label, str):
            into[code] = label
        for value in tree.values():
            _code_labels(value, into)
    elif isinstance(tree, list):
        for value in tree:
            _code_labels(value, into)
    return into


def _rows_for_items(
    model: Any, columns: tuple[str, ...], ids: list[int], *, key: str = "item_id"
) -> list[tuple[Any, ...]]:
    """`columns` of `model`'s rows whose `key` is one of `ids`, in one plain query.

    On PostgreSQL the ids travel as one array parameter (`= ANY(%s)`); SQLite, which has
    no arrays, gets an IN list.
    """
    if not ids:
        return []
    quote = connection.ops.quote_name
    params: list[Any]
    if connection.vendor == "postgresql":
        # One text parameter cast to an array: psycopg adapting a list of 1,500 ints
        # element by element was itself a few milliseconds.
        literal = "{" + ",".join(str(int(i)) for i in ids) + "}"
        condition, params = f"{quote(key)} = ANY(%s::bigint[])", [literal]
    else:
        condition, params = f"{quote(key)} IN ({_in_list(ids)})", list(ids)
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(model._meta.db_table)}"  # noqa: S608 - names are ours
            f" WHERE {condition}",
            params,
        )
        return [tuple(row) for row in cur.fetchall()]


@contextmanager
def _serial_plans() -> Iterator[None]:
    """No parallel workers for the statements inside (PostgreSQL).

    The dossier's reads are a few thousand index probes. For the busiest persons the
    planner's cost estimate crosses the parallel threshold, and on a small server (the
    bench machine has two cores, busy with other work) starting a worker costs more than
    it saves: measured 19 ms serial against 29 ms parallel for the 1,550-item person.
    """
    # SET LOCAL ends with the transaction; a failing statement cannot leave it behind on
    # a pooled connection, as a SET … RESET pair could.
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                cur.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        yield


def dossier(person: RosterPerson, *, scope: Q | None, page: int = 1, per_page: int | None = None) -> Dossier:
    """Everything the round holds about one roster person, as far as the viewer may see.

    `scope` is the viewer's rule on the person links (access.person_links_filter; the
    item rule access.linked_items_filter works too, with a join to the items); None means
    the viewer sees no items, and then the dossier lists none.

    The counts, categories, years and distinct reporters cover all the person's items;
    the item list is one page of them, newest first, and the timeline the newest ones.
    A busy person has over a thousand items: loading every row with everything the list
    shows cost most of the time, so only narrow facts are read for all of them.
    """
    with _serial_plans():
        return _dossier(person, scope=scope, page=page, per_page=per_page or DOSSIER_PAGE)


def _dossier(person: RosterPerson, *, scope: Q | None, page: int, per_page: int) -> Dossier:
    links_qs = PersonLink.objects.filter(person=person)
    links_qs = links_qs.filter(scope) if scope is not None else links_qs.none()
    # One row per link, newest first, with only what the counts need: no text, channel
    # or names, and the years and codes as their JSON text, decoded below in one call
    # (decoding 3,000 tiny JSON values one by one cost more than the query).
    ordered = list(
        links_qs.order_by("-received_at", "-item_id")
        .annotate(
            years_json=Cast("item__sketch__years", TextField()),
            codes_json=Cast("item__sketch__codes", TextField()),
        )
        .values_list("pk", "item_id", "years_json", "codes_json")
    )
    years_of = json.loads("[" + ",".join(row[2] or "[]" for row in ordered) + "]")
    codes_of = json.loads("[" + ",".join(row[3] or "[]" for row in ordered) + "]")
    facts = [(pk, item_id, years_of[n], codes_of[n]) for n, (pk, item_id, _, _) in enumerate(ordered)]
    link_count = len(facts)
    item_ids = sorted({row[1] for row in facts})
    pages = max(1, -(-link_count // per_page))
    page = min(max(1, page), pages)
    shown = facts[(page - 1) * per_page : page * per_page]
    newest = facts[:TIMELINE_ITEMS]
    counter: Counter[str] = Counter()
    all_years: list[int] = []
    for _, _, years, codes in facts:
        all_years.extend(years)
        counter.update(codes)

    # The person's item ids as one parameter, not a subquery: given the exact ids the
    # planner probes the item_id indexes; given the subquery it misestimated and hashed
    # whole tables at 1M items. And not as Django's IN list, whose 1,500 placeholders
    # cost more to build and quote than the queries took to run.
    member_rows = _rows_for_items(ItemGroupMember, ("item_id", "group_id"), item_ids)
    # The groups' state and kind by primary key, separately: joined in the query above,
    # the planner hashed the whole group table for a few hundred rows.
    active = {
        pk: kind
        for pk, kind, state in _rows_for_items(
            ItemGroup, ("id", "kind", "state"), sorted({g for _, g in member_rows}), key="id"
        )
        if state in ACTIVE
    }
    memberships = [
        (item_id, group_id, active[group_id]) for item_id, group_id in member_rows if group_id in active
    ]
    groups: dict[int, list[str]] = defaultdict(list)
    for item_id, group_id, kind in memberships:
        groups[item_id].append(f"{ItemGroup.Kind(kind).label} G{group_id}")
    reporters = count_reporters(
        set(item_ids),
        _rows_for_items(ContactFingerprint, ("item_id", "digest"), item_ids),
        [(i, g) for i, g, kind in memberships if kind == ItemGroup.Kind.DUPLICATE],
    )

    detail_pks = {row[0] for row in shown} | {row[0] for row in newest}
    details = (
        {
            row[0]: row[1:]
            for row in PersonLink.objects.filter(pk__in=detail_pks).values_list(
                "pk",
                "item__number",
                "received_at",
                "item__channel_kind",
                "item__channel__label",
                "name",
                "position",
                "unit",
                "source",
                "confirmed_by_id",
            )
        }
        if detail_pks
        else {}
    )
    rows = []
    for pk, item_id, years, codes in shown:
        number, received, kind, label, name, position, unit, source, confirmed = details[pk]
        rows.append(
            DossierItem(
                number=number,
                received_at=received,
                channel_kind=kind,
                channel_label=label,
                name=name,
                position=position,
                unit=unit,
                source=source,
                confirmed=confirmed is not None,
                years=years,
                codes=codes,
                groups=groups.get(item_id, []),
            )
        )
    career = list(person.career.all())
    top_posts = [post for post in career if post.top_post]
    clues = clues_for_person(person, item_ids)

    timeline: list[tuple[dt.datetime, str, str]] = [
        (received, number, f"经{label}收到反映")
        for number, received, _, label, *_ in (details[pk] for pk, _, _, _ in newest)
        if received is not None
    ]
    newest_ids = [row[1] for row in newest]
    events = (
        (
            ItemEvent.objects.filter(item_id__in=newest_ids)
            .exclude(kind="registered")
            .order_by("-at")
            .values_list("at", "item__number", "summary")[:TIMELINE_ITEMS]
        )
        if newest_ids
        else []
    )
    timeline.extend(events)
    for clue in clues:
        at = getattr(clue, "proposed_at", None) or getattr(clue, "created_at", None)
        if at is not None:
            timeline.append(
                (at, str(getattr(clue, "number", clue.pk)), f"问题线索：{getattr(clue, 'summary', '')}"[:80])
            )
    timeline.sort(key=lambda entry: entry[0], reverse=True)

    flags: list[tuple[str, str, str]] = []
    late_years = sorted({y for y in all_years if y >= AFTER_RULES_YEAR})
    if late_years:
        flags.append(
            (
                FLAG_NOT_STOPPED,
                FLAG_LABELS[FLAG_NOT_STOPPED],
                "反映的事项发生在" + "、".join(f"{y}年" for y in late_years[-5:]),
            )
        )
    if reporters >= CONCENTRATION_REPORTERS:
        flags.append(
            (
                FLAG_CONCENTRATED,
                FLAG_LABELS[FLAG_CONCENTRATED],
                f"{reporters} 个不同反映人、{link_count} 件",
            )
        )
    important = person.team in IMPORTANT_TEAMS or any(
        word in post for post in person.posts for word in IMPORTANT_POST_WORDS
    )
    if important and person.promotion_candidate:
        flags.append(
            (
                FLAG_IMPORTANT_POST,
                FLAG_LABELS[FLAG_IMPORTANT_POST],
                f"现任{person.posts_text or person.unit}，列为拟提拔人选",
            )
        )
    return Dossier(
        person=person,
        items=rows,
        item_count=link_count,
        reporters=reporters,
        categories=[(category_label(code), n) for code, n in counter.most_common(12)],
        timeline=timeline[:TIMELINE_ITEMS],
        flags=flags,
        career=career,
        top_posts=top_posts,
        clues=clues,
        clues_available=clue_model() is not None,
        page=page,
        pages=pages,
        first=(page - 1) * per_page + 1 if rows else 0,
    )


@dataclass
class UnmatchedName:
    name: str
    position: str
    unit: str
    target_name: str
    items: int


def unmatched_names(scope: Q | None, limit: int = 200) -> list[UnmatchedName]:
    """Written names no roster person has been linked to, most reported first.

    `scope` is the viewer's rule on the link's item (access.linked_items_filter).
    """
    if scope is None:
        return []
    rows = (
        PersonLink.objects.filter(scope, person__isnull=True, confirmed_by__isnull=True)
        .values("name", "item__target__name")
        .annotate(n=Count("id"), position=Max("position"), unit=Max("unit"))
        .order_by("-n", "name")[:limit]
    )
    return [
        UnmatchedName(r["name"], r["position"], r["unit"], r["item__target__name"] or "", r["n"])
        for r in rows
    ]
