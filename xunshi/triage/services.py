"""Writes of the triage desk: propose on arrival, staff decide, the model learns.

Every new item is judged through the job queue after its intake transaction has
committed (`triage_on_item_created`), so intake never waits for the engine. The
proposal is stored; the item moves registered → triaged only when staff confirm or
correct it (`triage_decide`), and that decision — who, when, why, what changed — is the
label `triage_train_from_db` refits the model from.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from xunshi.core.env import data_dir
from xunshi.intake.lifecycle import Status
from xunshi.intake.models import Item
from xunshi.intake.services import item_event, item_transition
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round
from xunshi.triage import jurisdiction as jur
from xunshi.triage import priority as prio
from xunshi.triage.models import OutType, Scope, TriageDecision, TriageProposal
from xunshi.triage.rosterdb import engine_roster

log = logging.getLogger(__name__)

# Queue priority of triage jobs: ahead of mail polls and OCR, which may take seconds.
QUEUE_PRIORITY = 50
# A staff-confirmed label counts this many times beside one bundled development item:
# the desk's own corrections are few and should move the model.
CONFIRMED_WEIGHT = 3


class TriageError(ValueError):
    """A decision that cannot be recorded as asked (shown to the user)."""


# --- on arrival --------------------------------------------------------------------------


def triage_on_item_created(*, item: Item) -> None:
    """Intake hook: queue the item's triage once its transaction has committed."""
    transaction.on_commit(partial(triage_enqueue, item_id=item.pk), robust=True)


def triage_enqueue(*, item_id: int) -> None:
    from xunshi.triage.tasks import triage_item

    triage_item(item_id, priority=QUEUE_PRIORITY)


def _text_of(item: Item) -> str:
    return f"{item.subject}\n{item.content}" if item.subject else item.content


def _codes(result: dict[str, Any]) -> list[dict[str, Any]]:
    scores: dict[str, float] = result.get("code_scores") or {}
    return [{"code": c, "confidence": round(float(scores.get(c, 0.5)), 2)} for c in result.get("codes") or []]


def same_person_items(item: Item, accused: list[dict[str, Any]] | None, routing: dict[str, Any]) -> set[int]:
    """The items about the same person(s) as this item (itself included): the roster persons
    of its routing and of its links, else the same written full name in the same county."""
    from xunshi.matching.models import PersonLink
    from xunshi.matching.names import is_masked

    persons = {
        int(c["person_id"])
        for c in routing.get("candidates") or []
        if not c.get("ambiguous") and str(c.get("person_id") or "").isdigit()
    }
    persons |= set(
        PersonLink.objects.filter(item_id=item.pk, person__isnull=False).values_list("person_id", flat=True)
    )
    links = PersonLink.objects.filter(round_id=item.round_id)
    if persons:
        links = links.filter(person_id__in=persons)
    else:
        # Nobody identified in the roster: the same written full name in the same county.
        names = {str(a.get("name")) for a in accused or [] if a.get("name") and not is_masked(a["name"])}
        if not names:
            return {item.pk}
        links = links.filter(name__in=names, item__target_id=item.target_id)
    return set(links.values_list("item_id", flat=True)) | {item.pk}


def concentration_cue(ids: set[int]) -> str:
    """ "N 个不同反映人…" when enough distinct people reported these items; "" otherwise."""
    from xunshi.matching.selectors import CONCENTRATION_REPORTERS, distinct_reporters

    if len(ids) < CONCENTRATION_REPORTERS:
        return ""
    reporters = distinct_reporters(ids)
    if reporters < CONCENTRATION_REPORTERS:
        return ""
    return f"{reporters} 个不同反映人、共 {len(ids)} 件反映同一人"


def _concentrated_items(item: Item, result: dict[str, Any], routing: dict[str, Any]) -> tuple[str, set[int]]:
    """The concentration cue and the items about the same person, when enough distinct
    people reported that person (xunshi.matching); ("", set()) otherwise."""
    ids = same_person_items(item, result.get("accused"), routing)
    cue = concentration_cue(ids)
    return (cue, ids) if cue else ("", set())


def _failed(item: Item, error: str, version: int) -> dict[str, Any]:
    return {
        "round_id": item.round_id,
        "state": TriageProposal.State.FAILED,
        "scope": Scope.OUT,
        "out_type": OutType.OTHER,
        "error": error[:300],
        "reasons": [error[:300]],
        "roster_version": version,
        "routing": {},
        "priority": prio.Priority.LOW,
    }


def triage_propose(*, item_id: int) -> TriageProposal | None:
    """Judge one item and store the proposal; never raises for what the text contains."""
    item = Item.objects.select_related("round", "target").filter(pk=item_id).first()
    if item is None:
        return None  # the item went away (e.g. a test database was reset): nothing to do
    roster, version = engine_roster(item.round)
    started = time.perf_counter()
    try:
        from xunshi.triage.engine import judge

        result = judge(_text_of(item), roster=roster if roster.persons else None, round_name=item.round.name)
        fields = _fields_from(item, result, version)
    except Exception as exc:  # the desk shows "无法研判" and staff decide by hand
        log.warning("triage failed on item %s", item.pk, exc_info=True)
        fields = _failed(item, f"研判引擎无法处理该件：{type(exc).__name__}", version)
    fields["engine_ms"] = int((time.perf_counter() - started) * 1000)
    fields["updated_at"] = timezone.now()
    same_person = fields.pop("_concentrated_items", set())
    with transaction.atomic():
        # Every proposal this judgement may touch is locked first, in item order: two workers
        # judging copies about the same person then queue here instead of each holding its
        # own row while waiting for the other's (a deadlock on PostgreSQL).
        list(
            TriageProposal.objects.select_for_update()
            .filter(item_id__in=same_person | {item.pk})
            .order_by("item_id")
            .values_list("pk", flat=True)
        )
        proposal, created = TriageProposal.objects.update_or_create(item=item, defaults=fields)
        item_priority_store(item_id=item.pk)
        _spread_concentration(
            item_ids=same_person - {item.pk},
            flag=next((f for f in proposal.flags if f["flag"] == prio.CONCENTRATED), None),
        )
        if created:
            item_event(
                item=item,
                kind="triage_proposed",
                summary=_summary("系统研判建议", proposal),
                data={"scope": proposal.scope, "priority": proposal.priority},
            )
    return proposal


def _fields_from(item: Item, result: dict[str, Any], version: int) -> dict[str, Any]:
    from xunshi.triage.model import load

    routing = jur.route(result)
    concentrated, same_person = _concentrated_items(item, result, routing)
    flags = prio.flags_from(result, routing, concentrated=concentrated)
    level, level_reasons = prio.level(
        scope=result["scope"], mixed=bool(result["mixed"]), flags=[f["flag"] for f in flags]
    )
    return {
        "round_id": item.round_id,
        "state": TriageProposal.State.READY,
        "scope": result["scope"],
        "out_type": result.get("out_type") or "",
        "mixed": bool(result.get("mixed")),
        "confidence": float(result.get("confidence") or 0.0),
        "codes": _codes(result),
        "topics": list(result.get("topics") or []),
        "accused": list(result.get("accused") or []),
        "places": list(result.get("places") or []),
        "dates": list(result.get("dates") or []),
        "jurisdiction": result.get("jurisdiction"),
        "routing": routing,
        "reasons": [str(r) for r in result.get("reasons") or []],
        "flags": flags,
        "priority": level,
        "priority_reasons": level_reasons,
        "roster_version": version,
        "model_source": load().source[:200],
        "error": "",
        # Not a field: the items about the same person, which become concentrated too.
        "_concentrated_items": same_person,
    }


def _summary(prefix: str, row: TriageProposal | TriageDecision) -> str:
    scope = Scope(row.scope).label + (
        f"（{row.out_type}）" if row.scope == Scope.OUT and row.out_type else ""
    )
    mixed = "，混合件" if row.mixed else ""
    return f"{prefix}：{scope}{mixed}，优先级“{prio.Priority(row.priority).label}”"[:300]


# --- the item's stored priority ----------------------------------------------------------


def item_priority_store(*, item_id: int) -> tuple[int, int]:
    """Write the item's stored priority (Item.triage_level, Item.triage_flags) from what the
    desk now says: the latest staff decision, else the engine's proposal, else 0 (研判中).

    Called inside the transaction of every change to a proposal or a decision, so a list
    sorted or filtered by these columns never disagrees with the item's triage panel. It
    re-reads both rows rather than trusting the caller's: a re-run of the engine must not
    overwrite an earlier staff decision."""
    level, mask = 0, 0
    decided = (
        TriageDecision.objects.filter(item_id=item_id)
        .order_by("-decided_at", "-id")
        .values_list("priority", "flags")
        .first()
    )
    if decided is not None:
        level, mask = decided[0], prio.flags_mask(decided[1] or [])
    else:
        proposed = TriageProposal.objects.filter(item_id=item_id).values_list("priority", "flags").first()
        if proposed is not None:
            level = proposed[0]
            mask = prio.flags_mask(str(f.get("flag") or "") for f in proposed[1] or [])
    Item.objects.filter(pk=item_id).update(triage_level=level, triage_flags=mask)
    return level, mask


def _spread_concentration(*, item_ids: set[int], flag: dict[str, str] | None) -> None:
    """A new item made its person's reports concentrated (问题线索反映集中): that is a fact
    about the person, so the earlier items about them carry the flag too. Their proposals
    gain it (level recomputed), and their stored priority follows — unless staff decided
    them, whose decision still wins (item_priority_store)."""
    if flag is None or not item_ids:
        return
    # Already locked by the caller (triage_propose), in item order.
    for proposal in (
        TriageProposal.objects.select_for_update()
        .filter(item_id__in=item_ids, state=TriageProposal.State.READY)
        .order_by("item_id")
    ):
        if any(f.get("flag") == prio.CONCENTRATED for f in proposal.flags):
            continue
        codes = {str(f.get("flag")) for f in proposal.flags} | {prio.CONCENTRATED}
        added = [f for f in proposal.flags if f.get("flag") != prio.CONCENTRATED] + [dict(flag)]
        proposal.flags = [f for code in prio.FLAG_LABELS for f in added if f.get("flag") == code]
        proposal.priority, proposal.priority_reasons = prio.level(
            scope=proposal.scope, mixed=proposal.mixed, flags=codes
        )
        proposal.updated_at = timezone.now()
        proposal.save(update_fields=["flags", "priority", "priority_reasons", "updated_at"])
        item_priority_store(item_id=proposal.item_id)


# --- staff decide ------------------------------------------------------------------------


@dataclass
class Decision:
    """What staff confirm or correct (the form's cleaned data)."""

    scope: str
    out_type: str = ""
    mixed: bool = False
    codes: list[str] = field(default_factory=list)
    accused_name: str = ""
    accused_position: str = ""
    accused_unit: str = ""
    person: RosterPerson | None = None
    flags: list[str] = field(default_factory=list)
    reason: str = ""


def _proposal_view(proposal: TriageProposal | None) -> dict[str, Any]:
    if proposal is None:
        return {}
    return {
        "scope": proposal.scope,
        "out_type": proposal.out_type,
        "mixed": proposal.mixed,
        "codes": sorted(c["code"] for c in proposal.codes),
        "accused": (proposal.accused[:1] or [{}])[0].get("name") or "",
        "flags": sorted(f["flag"] for f in proposal.flags),
    }


CORRECTION_LABELS = {
    "scope": "范围",
    "out_type": "范围外类型",
    "mixed": "混合件",
    "codes": "问题类别",
    "accused": "被反映人",
    "flags": "优先标记",
}


def triage_decide(*, item: Item, actor: User, decision: Decision) -> TriageDecision:
    """Record a confirmation or correction; moves a registered item to triaged."""
    from xunshi.triage.selectors import taxonomy_codes

    if decision.scope not in Scope.values:
        raise TriageError("请选择是否属于受理范围")
    out_type = decision.out_type if decision.scope == Scope.OUT else ""
    if decision.scope == Scope.OUT and out_type not in OutType.values:
        raise TriageError("受理范围外的件须选择类型")
    unknown = [c for c in decision.codes if c not in taxonomy_codes()]
    if unknown:
        raise TriageError("未知的问题类别：" + "、".join(unknown[:5]))
    if any(f not in prio.FLAG_LABELS for f in decision.flags):
        raise TriageError("未知的优先标记")
    person = decision.person
    if person is not None and person.round_id != item.round_id:
        raise TriageError("所选人员不在该轮次名册中")
    name = (decision.accused_name or (person.name if person else "")).strip()[:100]
    accused = (
        [
            {
                "name": name or None,
                "position": decision.accused_position.strip()[:200] or None,
                "unit": decision.accused_unit.strip()[:200] or None,
                "person_id": person.pk if person else None,
            }
        ]
        if name or person or decision.accused_position.strip()
        else []
    )
    mixed = decision.mixed and decision.scope == Scope.IN
    level, _ = prio.level(scope=decision.scope, mixed=mixed, flags=decision.flags)
    with transaction.atomic():
        locked = Item.objects.select_for_update().get(pk=item.pk)
        proposal = TriageProposal.objects.filter(item=locked).first()
        before = _proposal_view(proposal)
        after = {
            "scope": decision.scope,
            "out_type": out_type,
            "mixed": mixed,
            "codes": sorted(set(decision.codes)),
            "accused": name,
            "flags": sorted(set(decision.flags)),
        }
        corrected = [k for k in after if before and before.get(k) != after[k]]
        reason = decision.reason.strip()[:500]
        if corrected and not reason:
            raise TriageError("更正系统建议时须写明理由")
        row = TriageDecision.objects.create(
            item=locked,
            round_id=locked.round_id,
            proposal_snapshot=before,
            scope=decision.scope,
            out_type=out_type,
            mixed=mixed,
            codes=sorted(set(decision.codes)),
            accused=accused,
            person=person,
            flags=sorted(set(decision.flags)),
            priority=level,
            corrected=corrected,
            reason=reason or "确认系统研判建议",
            decided_by=actor,
        )
        item_priority_store(item_id=locked.pk)
        what = "更正" if corrected else "确认"
        changed = "；改动：" + "、".join(CORRECTION_LABELS[k] for k in corrected) if corrected else ""
        item_event(
            item=locked,
            actor=actor,
            kind="triage_decided",
            summary=_summary(f"{what}研判", row) + changed + f"。理由：{row.reason}"[:120],
            data={"decision": row.pk, "corrected": corrected, "scope": row.scope, "codes": row.codes},
        )
        if name:
            _link_person(item=locked, name=name, decision=decision, actor=actor)
        if locked.status == Status.REGISTERED:
            item_transition(item=locked, to=Status.TRIAGED, actor=actor, note="研判已确认")
    return row


def _link_person(*, item: Item, name: str, decision: Decision, actor: User) -> None:
    """The dossier's link from this item to the person staff chose (xunshi.matching)."""
    from xunshi.matching.models import PersonLink
    from xunshi.matching.services import person_link_set

    if not name:
        return
    link, _ = PersonLink.objects.get_or_create(
        item=item,
        name=name,
        defaults={
            "round_id": item.round_id,
            "position": decision.accused_position[:200],
            "unit": decision.accused_unit[:200],
            "source": PersonLink.Source.STAFF,
        },
    )
    if decision.person is not None or link.person_id is not None:
        person_link_set(link=link, person=decision.person, actor=actor)


# --- learning from decisions --------------------------------------------------------------


def latest_decisions(*, round: Round | None = None) -> list[TriageDecision]:
    qs = TriageDecision.objects.select_related("item").order_by("item_id", "-decided_at", "-id")
    if round is not None:
        qs = qs.filter(round_id=round.pk)
    seen: set[int] = set()
    latest = []
    for row in qs.iterator():
        if row.item_id not in seen:
            seen.add(row.item_id)
            latest.append(row)
    return latest


def training_rows(*, round: Round | None = None) -> list[dict[str, Any]]:
    """Confirmed labels in the development-set format (triage.md; places/dates unlabelled)."""
    from xunshi.triage.rules import code_topic

    rows = []
    for d in latest_decisions(round=round):
        topics = sorted({t for t in (code_topic(c) for c in d.codes) if t})
        rows.append(
            {
                "id": f"desk-{d.item.number}",
                "text": _text_of(d.item),
                "source": "desk",
                "labels_partial": True,
                "labels": {
                    "scope": d.scope,
                    "out_type": d.out_type or None,
                    "mixed": d.mixed,
                    "topics": topics,
                    "accused": [{k: a.get(k) for k in ("name", "position", "unit")} for a in d.accused],
                    "places": [],
                    "dates": [],
                },
            }
        )
    return rows


@dataclass(frozen=True)
class TrainResult:
    labels: int
    trained_on: int
    labels_path: Path
    model_path: Path
    topics: list[str]


def triage_train_from_db(*, round: Round | None = None, model_out: Path | None = None) -> TrainResult:
    """Refit the engine's model on its bundled labelled items (development split and real
    batches) plus staff-confirmed labels."""
    from xunshi.triage import attribution, model

    rows = training_rows(round=round)
    if not rows:
        raise TriageError("还没有工作人员确认的研判结果可供训练")
    labels_path = data_dir() / "triage" / "confirmed-labels.jsonl"
    labels_path.parent.mkdir(parents=True, exist_ok=True)
    with labels_path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    bundled = model.bundled_rows()
    source = f"bundled development split and real batches + {len(rows)} staff-confirmed labels"
    every = [*bundled, *(rows * CONFIRMED_WEIGHT)]
    trained = model.train_from_rows(every, source=source)
    path = model.save(trained, model_out)
    model.reset_cache()
    # Who is accused is learnt from the same rows: staff corrections of the accused count.
    weights = attribution.fit_from_rows(every, source=source)
    attribution.save(weights, path.with_name("attribution.json") if model_out else None)
    return TrainResult(len(rows), trained.trained_on, labels_path, path, list(trained.topic_names))
