"""The engine's roster seam fed from the database roster, cached per round.

`xunshi.triage.roster.roster_for_round` builds the engine's `Roster` from the roster
app; building it means reading every person of a round, so each process (web, queue
worker) keeps one per round and rebuilds it only when the round's `RosterVersion`
moved. The version is bumped in the same transaction as the roster change, by the
signal receivers connected in `TriageConfig.ready`, so an import, a workbench edit or
an admin change all invalidate it, in every process.
"""

from __future__ import annotations

import threading
from typing import Any

from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from xunshi.rounds.models import Round
from xunshi.triage.models import RosterVersion
from xunshi.triage.roster import Roster, roster_for_round

_lock = threading.Lock()
_cache: dict[int, tuple[int, Roster]] = {}


def roster_version(round_id: int) -> int:
    version = RosterVersion.objects.filter(round_id=round_id).values_list("version", flat=True).first()
    return int(version or 0)


def roster_version_bump(*, round_id: int, create: bool = True) -> None:
    updated = RosterVersion.objects.filter(round_id=round_id).update(
        version=F("version") + 1, changed_at=timezone.now()
    )
    if not updated and create:
        RosterVersion.objects.get_or_create(round_id=round_id, defaults={"version": 1})


def engine_roster(rnd: Round) -> tuple[Roster, int]:
    """The round's roster as the engine takes it, and the version it was built from."""
    version = roster_version(rnd.pk)
    with _lock:
        cached = _cache.get(rnd.pk)
        if cached is not None and cached[0] == version:
            return cached[1], version
    roster = roster_for_round(rnd.slug) or Roster(round_name=rnd.name)
    with _lock:
        _cache[rnd.pk] = (version, roster)
    return roster, version


def engine_roster_for_ref(round_ref: str) -> Roster | None:
    """For `xunshi triage --round R` (slug or name): the cached roster, None if no such round."""
    from django.db.models import Q

    rnd = Round.objects.filter(Q(slug=round_ref) | Q(name=round_ref)).first()
    return None if rnd is None else engine_roster(rnd)[0]


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _on_person_change(sender: Any, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return  # fixture loading: the round may not be there yet
    # A deletion may be the cascade of the round itself: never create a row for it then.
    roster_version_bump(round_id=instance.round_id, create="created" in kwargs)


def _on_career_change(sender: Any, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    from xunshi.roster.models import RosterPerson

    round_id = RosterPerson.objects.filter(pk=instance.person_id).values_list("round_id", flat=True).first()
    if round_id is not None:
        roster_version_bump(round_id=round_id, create="created" in kwargs)


def connect_invalidation() -> None:
    from xunshi.roster.models import CareerPost, RosterPerson

    for name, signal in (("save", post_save), ("delete", post_delete)):
        signal.connect(_on_person_change, sender=RosterPerson, dispatch_uid=f"triage-roster-{name}")
        signal.connect(_on_career_change, sender=CareerPost, dispatch_uid=f"triage-career-{name}")
