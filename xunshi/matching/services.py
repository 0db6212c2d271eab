"""Writes of the matcher: index an item, link it to persons, propose/confirm/undo groups.

Indexing runs after the intake transaction has committed (`item_index_after_commit`),
so a slow or failing matcher never delays or loses an acknowledged item; `xunshi
matching reindex` fills in whatever the hook missed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from xunshi.audit.services import audit_record
from xunshi.intake.models import Item, ReporterIdentity
from xunshi.intake.services import item_event
from xunshi.matching import sketch as sk
from xunshi.matching.contacts import fingerprints
from xunshi.matching.models import (
    ContactFingerprint,
    ItemGroup,
    ItemGroupMember,
    ItemSketch,
    PersonLink,
    SketchBand,
)
from xunshi.matching.names import best_match, name_candidates
from xunshi.matching.selectors import near_duplicates
from xunshi.roster.models import RosterPerson

log = logging.getLogger(__name__)

_YEAR = re.compile(r"(19[5-9]\d|20[0-4]\d)\s*年")


class MatchingError(ValueError):
    """A grouping or link request that cannot be carried out (shown to the user)."""


@dataclass(frozen=True)
class Accused:
    name: str
    position: str
    unit: str
    source: str


def _triage(item: Item) -> dict[str, Any] | None:
    # The triage desk usually judged the item already (its job runs first): reuse that
    # proposal instead of running the engine a second time on the same text.
    from xunshi.triage.models import TriageProposal

    proposal = TriageProposal.objects.filter(item=item, state=TriageProposal.State.READY).first()
    if proposal is not None:
        return {
            "codes": [c.get("code") for c in proposal.codes if c.get("code")],
            "accused": proposal.accused,
        }
    text = item.content
    # The triage engine is optional here: without it the item's registered fields serve.
    try:
        from xunshi.triage.engine import judge
    except ImportError:
        return None
    try:
        return judge(text, use_model=False)
    except Exception:  # the matcher must not fail an item because triage could not read it
        log.warning("triage failed on an item; using its registered fields", exc_info=True)
        return None


def accused_of(item: Item, triaged: dict[str, Any] | None) -> list[Accused]:
    found: dict[str, Accused] = {}
    if item.accused_name.strip():
        name = item.accused_name.strip()
        found[name] = Accused(name, item.accused_position, item.accused_unit, PersonLink.Source.ITEM)
    for entry in (triaged or {}).get("accused") or []:
        name = (entry.get("name") or "").strip()
        if name and name not in found:
            found[name] = Accused(
                name, entry.get("position") or "", entry.get("unit") or "", PersonLink.Source.TRIAGE
            )
    return list(found.values())


def item_contact_fingerprints(*, item: Item, identity: dict[str, str] | None = None) -> int:
    """Store the contact fingerprints; without `identity` the stored one is decrypted (jobs only)."""
    if identity is None:
        stored = ReporterIdentity.objects.filter(item=item).first()
        if stored is None:
            return 0
        identity = {"phone": stored.phone, "email": stored.email, "sender": stored.sender}
    pairs = fingerprints(
        phone=identity.get("phone", ""), email=identity.get("email", ""), sender=identity.get("sender", "")
    )
    ContactFingerprint.objects.bulk_create(
        [ContactFingerprint(item=item, kind=kind, digest=digest) for kind, digest in sorted(pairs)],
        ignore_conflicts=True,
    )
    return len(pairs)


@transaction.atomic
def item_index(*, item: Item, identity: dict[str, str] | None = None, propose: bool = True) -> ItemSketch:
    """(Re)build everything the matcher keeps about one item; idempotent."""
    grams = sk.shingles(item.subject + "\n" + item.content)
    sig = sk.signature(grams)
    triaged = _triage(item)
    sketch, _ = ItemSketch.objects.update_or_create(
        item=item,
        defaults={
            "round_id": item.round_id,
            "signature": sk.signature_bytes(sig),
            "shingle_count": len(grams),
            "years": sorted({int(y) for y in _YEAR.findall(item.content)}),
            "codes": list((triaged or {}).get("codes") or []),
            "indexed_at": timezone.now(),
        },
    )
    SketchBand.objects.filter(item_id=item.pk).delete()
    SketchBand.objects.bulk_create(
        [SketchBand(key=key, item_id=item.pk) for key in set(sk.band_keys(item.round_id, sig))],
        ignore_conflicts=True,
    )
    item_link_persons(item=item, triaged=triaged)
    if identity is not None or not ContactFingerprint.objects.filter(item=item).exists():
        item_contact_fingerprints(item=item, identity=identity)
    if propose:
        _propose_duplicates(item=item, grams=grams)
    return sketch


def item_link_persons(*, item: Item, triaged: dict[str, Any] | None) -> list[PersonLink]:
    links = []
    for accused in accused_of(item, triaged):
        existing = PersonLink.objects.filter(item=item, name=accused.name).first()
        if existing is not None and existing.confirmed_by_id is not None:
            links.append(existing)  # staff decided: the matcher never overrides them
            continue
        candidates = name_candidates(
            round=item.round,
            name=accused.name,
            unit=accused.unit,
            position=accused.position,
            target=item.target,
        )
        link, _ = PersonLink.objects.update_or_create(
            item=item,
            name=accused.name,
            defaults={
                "round_id": item.round_id,
                "person": best_match(candidates, accused.name),
                "position": accused.position[:200],
                "unit": accused.unit[:200],
                "source": accused.source,
            },
        )
        links.append(link)
    return links


def _propose_duplicates(*, item: Item, grams: frozenset[str]) -> ItemGroup | None:
    matches = [
        m
        for m in near_duplicates(round_id=item.round_id, grams=grams, exclude=item.pk)
        if m.jaccard >= sk.DUPLICATE_JACCARD
    ]
    if not matches:
        return None
    member_of = (
        ItemGroupMember.objects.filter(
            item_id__in=[m.item_id for m in matches],
            group__kind=ItemGroup.Kind.DUPLICATE,
            group__state__in=[ItemGroup.State.PROPOSED, ItemGroup.State.CONFIRMED],
        )
        .select_related("group")
        .order_by("group__created_at")
        .first()
    )
    if member_of is not None:
        group = member_of.group
    else:
        group = ItemGroup.objects.create(
            round_id=item.round_id, kind=ItemGroup.Kind.DUPLICATE, reason="文本近似（自动发现）"
        )
        ItemGroupMember.objects.create(group=group, item_id=matches[0].item_id, similarity=1.0)
        _event(group, Item.objects.get(pk=matches[0].item_id), "group_proposed", None)
    ItemGroupMember.objects.get_or_create(
        group=group, item=item, defaults={"similarity": round(matches[0].jaccard, 3)}
    )
    _event(group, item, "group_proposed", None)
    _reporters_changed(group)
    return group


def _reporters_changed(group: ItemGroup) -> None:
    """A duplicate group's copies count as one reporter while it is active: when it is made
    or undone, the persons its items are about may gain or lose 问题线索反映集中."""
    from xunshi.triage.priority import concentration_refresh

    if group.kind == ItemGroup.Kind.DUPLICATE:
        concentration_refresh(item_ids=set(group.members.values_list("item_id", flat=True)))


def _event(group: ItemGroup, item: Item, kind: str, actor: User | None, note: str = "") -> None:
    text = {
        "group_proposed": f"系统发现疑似重复件，建议并入{group.label}",
        "group_created": f"并入{group.label}",
        "group_confirmed": f"确认{group.label}",
        "group_undone": f"撤销{group.label}，原件各自保留" + (f"（{note}）" if note else ""),
    }[kind]
    item_event(item=item, kind=kind, summary=text, actor=actor, data={"group": group.pk})


def item_index_after_commit(*, item_id: int, identity: dict[str, str] | None) -> None:
    item = Item.objects.select_related("round", "target").filter(pk=item_id).first()
    if item is not None:
        item_index(item=item, identity=identity)


def matching_on_item_created(*, item: Item, identity: Any) -> None:
    """Intake hook. Contact fingerprints (keyed hashes) are stored inside the intake
    transaction, so no reporter contact enters the queue; the costly rest (shingles, triage
    reading, person links, duplicate proposals) runs on the queue after commit, so that a
    web report is acknowledged without waiting for it."""
    contact = {k: getattr(identity, k, "") or "" for k in ("phone", "email", "sender")}
    item_contact_fingerprints(item=item, identity=contact)
    transaction.on_commit(partial(matching_enqueue, item_id=item.pk), robust=True)


def matching_enqueue(*, item_id: int) -> None:
    from xunshi.matching.tasks import matching_index_item

    matching_index_item(item_id)


def _members_locked(group: ItemGroup) -> ItemGroup:
    return ItemGroup.objects.select_for_update().get(pk=group.pk)


def group_create(*, items: Iterable[Item], kind: str, actor: User, reason: str = "") -> ItemGroup:
    """Staff group items by hand (e.g. the same matter in different words); confirmed at once."""
    chosen = list({i.pk: i for i in items}.values())
    if len(chosen) < 2:
        raise MatchingError("至少选择两件才能并件")
    if len({i.round_id for i in chosen}) != 1:
        raise MatchingError("不同轮次的信访件不能并件")
    if kind not in ItemGroup.Kind.values:
        raise MatchingError("并件类型无效")
    now = timezone.now()
    with transaction.atomic():
        group = ItemGroup.objects.create(
            round_id=chosen[0].round_id,
            kind=kind,
            state=ItemGroup.State.CONFIRMED,
            reason=reason[:200] or "人工并件",
            created_by=actor,
            confirmed_by=actor,
            confirmed_at=now,
        )
        first = sk.shingles(chosen[0].content)
        for item in chosen:
            ItemGroupMember.objects.create(
                group=group,
                item=item,
                added_by=actor,
                similarity=round(sk.jaccard(first, sk.shingles(item.content)), 3),
            )
            _event(group, item, "group_created", actor)
        audit_record(
            action="group.create",
            actor=actor,
            target_type="item_group",
            target_id=group.pk,
            round_id=group.round_id,
            data={"items": [i.number for i in chosen], "kind": kind},
        )
        _reporters_changed(group)
    return group


def group_confirm(*, group: ItemGroup, actor: User) -> ItemGroup:
    with transaction.atomic():
        group = _members_locked(group)
        if group.state != ItemGroup.State.PROPOSED:
            raise MatchingError("只有待确认的并件组可以确认")
        group.state = ItemGroup.State.CONFIRMED
        group.confirmed_by, group.confirmed_at = actor, timezone.now()
        group.save(update_fields=["state", "confirmed_by", "confirmed_at"])
        for member in group.members.select_related("item"):
            _event(group, member.item, "group_confirmed", actor)
        audit_record(
            action="group.confirm",
            actor=actor,
            target_type="item_group",
            target_id=group.pk,
            round_id=group.round_id,
        )
    return group


def group_undo(*, group: ItemGroup, actor: User, reason: str = "") -> ItemGroup:
    """Release the items; the group row and its members stay as the record of what was undone."""
    with transaction.atomic():
        group = _members_locked(group)
        if group.state == ItemGroup.State.UNDONE:
            raise MatchingError("该并件组已撤销")
        previous = group.state
        group.state = ItemGroup.State.UNDONE
        group.undone_by, group.undone_at, group.undo_reason = actor, timezone.now(), reason[:200]
        group.save(update_fields=["state", "undone_by", "undone_at", "undo_reason"])
        for member in group.members.select_related("item"):
            _event(group, member.item, "group_undone", actor, reason[:100])
        audit_record(
            action="group.undo",
            actor=actor,
            target_type="item_group",
            target_id=group.pk,
            round_id=group.round_id,
            data={"from": previous},
        )
        _reporters_changed(group)
    return group


def person_link_set(*, link: PersonLink, person: RosterPerson | None, actor: User) -> PersonLink:
    """Staff decide whom an item's written name means (or that it is nobody in the roster)."""
    if person is not None and person.round_id != link.round_id:
        raise MatchingError("所选人员不在该轮次名册中")
    with transaction.atomic():
        previous = link.person_id
        link.person = person
        link.confirmed_by, link.confirmed_at = actor, timezone.now()
        link.save(update_fields=["person", "confirmed_by", "confirmed_at"])
        summary = (
            f"确认被反映人“{link.name}”为名册人员 {person.name}（{person.unit}）"
            if person is not None
            else f"确认被反映人“{link.name}”不在名册中"
        )
        item_event(
            item=link.item,
            kind="person_linked",
            summary=summary,
            actor=actor,
            data={"link": link.pk, "person": person.pk if person else None, "previous": previous},
        )
        # The previous person's items may lose 集中, the new person's may gain it.
        from xunshi.triage.priority import concentration_refresh

        earlier = PersonLink.objects.filter(person_id=previous).values_list("item_id", flat=True)
        concentration_refresh(item_ids={link.item_id, *(earlier if previous else [])})
    return link
