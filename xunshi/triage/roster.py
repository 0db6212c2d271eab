"""The seam for jurisdiction: a roster of the round's target persons, matched to the accused.

The roster app (a later step) builds `RosterPerson`s from its tables and passes them to
`judge(text, roster=...)`. Matching here is deliberately plain: exact names, masked
names (边某国 ~ 边建国) checked against unit or post, and every candidate is shown; two
persons of the same name in different counties are listed, never guessed between.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xunshi.triage.extract import Official
    from xunshi.triage.normalize import Prepared

# Team categories whose members the group accepts (受理范围, domain.md §5).
IN_SCOPE_TEAMS = {"county_leadership", "next_level_head"}


@dataclass(frozen=True)
class RosterPerson:
    name: str
    county: str
    unit: str = ""
    posts: tuple[str, ...] = ()
    team: str = "county_leadership"  # county_leadership / next_level_head / other
    person_id: str = ""
    promotion_candidate: bool = False
    management: str = ""


@dataclass
class Roster:
    round_name: str
    persons: Sequence[RosterPerson] = field(default_factory=list)
    targets: Sequence[str] = field(default_factory=list)


_TEAM = {"县级领导班子": "county_leadership", "下一级主要负责人": "next_level_head"}


def roster_for_round(round_ref: str) -> Roster | None:
    """The round's roster from the roster app (by slug or name); None if no such round.

    Needs Django set up; the engine itself never touches the database."""
    from django.db.models import Q

    from xunshi.roster.models import RosterPerson as RosterRow
    from xunshi.rounds.models import Round

    rnd = Round.objects.filter(Q(slug=round_ref) | Q(name=round_ref)).first()
    if rnd is None:
        return None
    rows = RosterRow.objects.filter(round=rnd).select_related("target")
    persons = [
        RosterPerson(name=r.name, county=r.target.name, unit=r.unit, posts=tuple(r.posts or ()),
                     team=_TEAM.get(r.team, "other"), person_id=str(r.pk),
                     promotion_candidate=r.promotion_candidate, management=r.management)
        for r in rows
    ]
    targets = list(rnd.targets.values_list("name", flat=True))
    return Roster(round_name=rnd.name, persons=persons, targets=targets)


def _masked_match(written: str, full: str) -> bool:
    if "某" not in written or not full or written[0] != full[0]:
        return False
    tail = written.replace("某", "")[1:]
    return not tail or full.endswith(tail)


def match_roster(roster: Roster, accused: Sequence[Official], analysis: str,
                 prepared: Prepared) -> dict[str, Any]:
    if not roster.persons:
        return {"in_round": None, "roster_matches": [],
                "reason": f"roster not loaded for round {roster.round_name}"}
    matches: list[dict[str, Any]] = []
    for o in accused:
        written = o.name or ""
        cands = []
        for p in roster.persons:
            exact = bool(written) and written == p.name
            masked = bool(written) and _masked_match(written, p.name)
            by_post = not written and o.position and any(o.position in post for post in p.posts) \
                and (o.unit is None or o.unit in p.unit or o.unit in p.county)
            if exact or (masked and (o.unit is None or o.unit in p.unit or o.position in " ".join(p.posts))) \
                    or by_post:
                cands.append(p)
        if not cands:
            continue
        narrowed, by = _narrow_by_place(cands, o, analysis)
        matches.append(_match(o.as_dict(), narrowed, narrowed_by=by,
                              set_aside=[p for p in cands if p not in narrowed]))
    # Roster names written without a post (王伟收受…) are shown too, as weaker matches.
    named = {o.name for o in accused if o.name}
    for p in roster.persons:
        if len(p.name) >= 2 and p.name not in named and p.name in analysis:
            same = [q for q in roster.persons if q.name == p.name]
            if not any(m["accused"].get("name") == p.name for m in matches):
                narrowed, by = _narrow_by_place(same, None, analysis)
                matches.append(_match({"name": p.name, "position": None, "unit": None}, narrowed,
                                      via="name in text", narrowed_by=by,
                                      set_aside=[q for q in same if q not in narrowed]))
    in_round = any(c["team"] in IN_SCOPE_TEAMS for m in matches for c in m["candidates"])
    flags = sorted({"promotion_candidate" for m in matches for c in m["candidates"]
                    if c["promotion_candidate"]})
    if not matches:
        reason = f"no accused person is on the roster of {roster.round_name}"
    elif any(m["ambiguous"] for m in matches):
        reason = "several roster persons fit; staff must choose (同名或信息不足)"
    else:
        reason = "accused found on the roster" + ("" if in_round else ", but below the accepted level")
    return {"in_round": in_round if matches else False, "roster_matches": matches, "reason": reason,
            "flags": flags}


def _narrow_by_place(cands: list[RosterPerson], o: Official | None,
                     analysis: str) -> tuple[list[RosterPerson], str | None]:
    """Same-name candidates narrowed by the place the text itself writes: first the units
    written before the accused's post (青县流河镇党委书记), then any county or unit named
    in the text. Narrowing happens only when the text names some candidates' county and
    not the others'; otherwise every candidate stays (ambiguity is shown, not guessed)."""
    if len({(p.county, p.unit) for p in cands}) < 2:
        return cands, None
    units = [u for u in (o.units if o is not None else []) if u]
    for source, places in (("unit written before the post", units), ("place named in the text", None)):
        if places is not None:
            hit = [p for p in cands if any(u in (p.county, p.unit) or (p.unit and u in p.unit)
                                           or u == p.county for u in places)]
        else:
            hit = [p for p in cands if (p.county and p.county in analysis)
                   or (p.unit and len(p.unit) >= 3 and p.unit in analysis)]
        if hit and len(hit) < len(cands):
            return hit, source
    return cands, None


def _match(accused: dict[str, Any], cands: Sequence[RosterPerson],
           via: str = "accused", narrowed_by: str | None = None,
           set_aside: Sequence[RosterPerson] = ()) -> dict[str, Any]:
    return {
        "accused": accused,
        "via": via,
        # Candidates the text's own place words ruled out; listed so staff can see why.
        "narrowed_by": narrowed_by,
        "set_aside": [{"person_id": p.person_id, "name": p.name, "county": p.county, "unit": p.unit}
                      for p in set_aside],
        "candidates": [{"person_id": p.person_id, "name": p.name, "county": p.county, "unit": p.unit,
                        "posts": list(p.posts), "team": p.team,
                        "promotion_candidate": p.promotion_candidate, "management": p.management}
                       for p in cands],
        # Two persons of one name in different places: shown, never guessed between.
        "ambiguous": len({(p.county, p.unit) for p in cands}) > 1,
    }
