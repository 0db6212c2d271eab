"""Priority of an item: urgency flags and the 三种人 flags → one sortable level.

Urgency comes from the engine's cues (threat to life, group incident, destruction of
evidence, retaliation against the reporter). The 三种人 (domain.md §5) are person flags:
did not stop after the 2012 rules (dates in the text), concentration (distinct reporters
about the same person, counted by xunshi.matching), important post and promotion
candidate (roster). Staff may confirm or change the flags; the level follows from them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from xunshi.triage.models import Priority

THREAT_TO_LIFE = "threat_to_life"
GROUP_INCIDENT = "group_incident"
EVIDENCE = "destruction_of_evidence"
RETALIATION = "retaliation"
NOT_STOPPED = "not_stopped_after_2012"
CONCENTRATED = "concentrated"
IMPORTANT_PROMOTABLE = "important_promotable"
PROMOTION_CANDIDATE = "promotion_candidate"

FLAG_LABELS: dict[str, str] = {
    THREAT_TO_LIFE: "危及生命安全",
    GROUP_INCIDENT: "可能引发群体性事件",
    EVIDENCE: "销毁、转移证据",
    RETALIATION: "打击报复举报人",
    NOT_STOPPED: "十八大后不收敛不收手",
    CONCENTRATED: "问题线索反映集中",
    IMPORTANT_PROMOTABLE: "现在重要岗位且可能提拔使用",
    PROMOTION_CANDIDATE: "拟提拔人选",
}
URGENT = {THREAT_TO_LIFE, GROUP_INCIDENT}
SERIOUS = {EVIDENCE, RETALIATION}
THREE_KINDS = {NOT_STOPPED, CONCENTRATED, IMPORTANT_PROMOTABLE}
FLAG_CHOICES = [(code, label) for code, label in FLAG_LABELS.items()]

# Posts that make a roster person's post "important" beside the leadership team itself.
IMPORTANT_POST_WORDS = (
    "书记",
    "县长",
    "市长",
    "区长",
    "局长",
    "主任",
    "部长",
    "镇长",
    "乡长",
    "院长",
    "检察长",
)


def important_post(candidate: dict[str, Any]) -> bool:
    if candidate.get("team") == "county_leadership":
        return True
    return any(word in str(post) for post in candidate.get("posts") or [] for word in IMPORTANT_POST_WORDS)


def level(*, scope: str, mixed: bool, flags: Iterable[str]) -> tuple[int, list[str]]:
    """The level and its reasons, from the flags that hold and the scope."""
    present = set(flags)
    labels = [FLAG_LABELS.get(f, f) for f in FLAG_LABELS if f in present]
    three = present & THREE_KINDS
    if present & URGENT:
        return Priority.URGENT, [
            "紧急：" + "、".join(FLAG_LABELS[f] for f in FLAG_LABELS if f in present & URGENT)
        ]
    if present & SERIOUS or (scope == "in" and len(three) >= 2):
        return Priority.HIGH, ["重点：" + "、".join(labels)]
    if scope == "in" or mixed:
        reasons = ["受理范围内的反映"] + (["标记：" + "、".join(labels)] if labels else [])
        return (Priority.HIGH if three else Priority.NORMAL), reasons
    return Priority.LOW, ["受理范围外"] + (["标记：" + "、".join(labels)] if labels else [])


def flags_from(
    result: dict[str, Any], routing: dict[str, Any], *, concentrated: str = ""
) -> list[dict[str, str]]:
    """The proposal's flags: the engine's, the roster's 重要岗位+拟提拔, and concentration."""
    flags: dict[str, dict[str, str]] = {}
    for entry in result.get("flags") or []:
        code = str(entry.get("flag") or "")
        if code in FLAG_LABELS and code not in flags:
            flags[code] = {"flag": code, "cue": str(entry.get("cue") or ""), "label": FLAG_LABELS[code]}
    sure = [c for c in routing.get("candidates") or [] if not c.get("ambiguous")]
    promotable = [c for c in sure if c.get("promotion_candidate") and important_post(c)]
    if promotable:
        who = promotable[0]
        flags[IMPORTANT_PROMOTABLE] = {
            "flag": IMPORTANT_PROMOTABLE,
            "cue": f"名册：{who.get('name', '')} {'、'.join(who.get('posts') or [])}，拟提拔",
            "label": FLAG_LABELS[IMPORTANT_PROMOTABLE],
        }
    if concentrated:
        flags[CONCENTRATED] = {"flag": CONCENTRATED, "cue": concentrated, "label": FLAG_LABELS[CONCENTRATED]}
    return [flags[f] for f in FLAG_LABELS if f in flags]


# --- the item's stored priority (Item.triage_level / Item.triage_flags) --------------------

# One bit per flag, in FLAG_LABELS order: a list sorts and filters on two small integer
# columns of the item instead of reading JSON of proposals and decisions per row. The order
# of FLAG_LABELS is therefore part of the stored data: add new flags at its end (and a bit
# to intake.models.PRIORITY_FLAG_BITS, which indexes each flag).
FLAG_BITS: dict[str, int] = {code: 1 << i for i, code in enumerate(FLAG_LABELS)}


def flags_mask(codes: Iterable[str]) -> int:
    """The bitmask of the known flag codes among `codes` (unknown codes are ignored)."""
    mask = 0
    for code in codes:
        mask |= FLAG_BITS.get(code, 0)
    return mask


def flags_of(mask: int) -> list[str]:
    return [code for code, bit in FLAG_BITS.items() if mask & bit]


# --- concentration after matching changes --------------------------------------------------


def _with_concentration(flags: list[dict[str, str]], cue: str) -> list[dict[str, str]]:
    """The flags with 集中 set to `cue` (removed when `cue` is empty), in FLAG_LABELS order."""
    kept = [f for f in flags if f.get("flag") != CONCENTRATED]
    if cue:
        kept.append({"flag": CONCENTRATED, "cue": cue, "label": FLAG_LABELS[CONCENTRATED]})
    return [f for code in FLAG_LABELS for f in kept if f.get("flag") == code]


def concentration_refresh(*, item_ids: Iterable[int]) -> list[int]:
    """Re-count concentration (问题线索反映集中) after matching changed what it counts: a
    duplicate group made, confirmed or undone (copies are one voice only while grouped), or
    a name linked to another person. Every item about the same person(s) is looked at: a
    proposal whose person is no longer reported by enough distinct people loses the flag,
    one whose person now is gains it; the level is recomputed and the item's stored
    priority follows (triage.services.item_priority_store), in the caller's transaction.
    Staff decisions keep what staff decided. Returns the items whose proposal changed."""
    from django.db import transaction
    from django.utils import timezone

    from xunshi.triage.models import TriageProposal
    from xunshi.triage.services import concentration_cue, item_priority_store, same_person_items

    ready = TriageProposal.objects.filter(state=TriageProposal.State.READY).select_related("item")
    affected: set[int] = set()
    for proposal in ready.filter(item_id__in=set(item_ids)):
        affected |= same_person_items(proposal.item, proposal.accused, proposal.routing or {})
    changed: list[int] = []
    cues: dict[frozenset[int], str] = {}  # the items about one person share one count
    with transaction.atomic():
        # Locked in item order, like triage_propose, so the two cannot deadlock.
        for proposal in (
            ready.select_for_update(of=("self",)).filter(item_id__in=affected).order_by("item_id")
        ):
            ids = frozenset(same_person_items(proposal.item, proposal.accused, proposal.routing or {}))
            if ids not in cues:
                cues[ids] = concentration_cue(set(ids))
            cue = cues[ids]
            current = next((f for f in proposal.flags if f.get("flag") == CONCENTRATED), None)
            if (current or {}).get("cue", "") == cue or (
                current is not None and cue and not current.get("cue")
            ):
                continue
            proposal.flags = _with_concentration(list(proposal.flags), cue)
            proposal.priority, proposal.priority_reasons = level(
                scope=proposal.scope, mixed=proposal.mixed, flags=[str(f.get("flag")) for f in proposal.flags]
            )
            proposal.updated_at = timezone.now()
            proposal.save(update_fields=["flags", "priority", "priority_reasons", "updated_at"])
            item_priority_store(item_id=proposal.item_id)
            changed.append(proposal.item_id)
    return changed
