"""Jurisdiction against the round, as the desk needs it: whose matter is this?

The engine matches the accused to the round's roster (`judge(..., roster=...)`); this
module turns that match into a routing proposal: in the round (a leadership-team member
or a next-level head of a target county), ambiguous (several roster persons fit — shown,
never guessed), a village cadre or a cadre below the accepted level (routed to the
receivers `taxonomy.yaml` names for OOS.VILLAGE and OOS.CADRE_LOW), or not on the roster.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from xunshi.triage.roster import IN_SCOPE_TEAMS

IN_ROUND = "in_round"
AMBIGUOUS = "ambiguous"
VILLAGE = "village"
BELOW_LEVEL = "below_level"
NOT_ON_ROSTER = "not_on_roster"
NO_ACCUSED = "no_accused"
NO_ROSTER = "no_roster"

LABELS = {
    IN_ROUND: "属于本轮受理范围（被巡视县领导班子成员或下一级主要负责人）",
    AMBIGUOUS: "名册中有多人符合（同名或信息不足），须人工确认",
    VILLAGE: "反映村（社区）干部，按规定转乡镇党委政府办理",
    BELOW_LEVEL: "反映受理范围以外的本县干部，转县纪委监委或县委组织部",
    NOT_ON_ROSTER: "被反映人不在本轮名册中，请核对（可能为外地或上级管理的干部）",
    NO_ACCUSED: "未识别出明确的被反映人",
    NO_ROSTER: "本轮尚未导入干部名册，无法判断管辖",
}
ROUTE_CODE = {VILLAGE: "OOS.VILLAGE", BELOW_LEVEL: "OOS.CADRE_LOW"}


@lru_cache(maxsize=1)
def receivers() -> dict[str, str]:
    """Out-of-scope code → the usual county-level receiver (taxonomy `route_to.zh`)."""
    from xunshi.triage.rules import taxonomy

    return {
        str(node["code"]): str((node.get("route_to") or {}).get("zh", ""))
        for node in taxonomy().get("out_of_scope") or []
    }


def route(result: dict[str, Any]) -> dict[str, Any]:
    """The routing proposal for one judged text (`judge` called with a roster)."""
    jurisdiction = result.get("jurisdiction")
    subjects: list[dict[str, Any]] = list(result.get("subjects") or [])
    levels = {str(s.get("level") or "") for s in subjects}
    if jurisdiction is None or jurisdiction.get("in_round") is None:
        kind = NO_ROSTER if subjects else NO_ACCUSED
        return _routing(kind, [])
    matches: list[dict[str, Any]] = list(jurisdiction.get("roster_matches") or [])
    candidates = [
        {**c, "accused": m.get("accused") or {}, "ambiguous": bool(m.get("ambiguous"))}
        for m in matches
        for c in m.get("candidates") or []
    ]
    sure_in = [c for c in candidates if not c["ambiguous"] and c.get("team") in IN_SCOPE_TEAMS]
    if sure_in:
        kind = IN_ROUND
    elif any(c["ambiguous"] for c in candidates):
        kind = AMBIGUOUS
    elif VILLAGE in levels:
        kind = VILLAGE
    elif candidates or "deputy" in levels:
        # On the roster, but in the "other" team; or a deputy post nobody on it holds.
        kind = BELOW_LEVEL
    elif subjects:
        kind = NOT_ON_ROSTER
    else:
        kind = NO_ACCUSED
    return _routing(kind, candidates)


def _routing(kind: str, candidates: list[dict[str, Any]]) -> dict[str, Any]:
    code = ROUTE_CODE.get(kind, "")
    return {
        "kind": kind,
        "label": LABELS[kind],
        "code": code,
        "receiver": receivers().get(code, "") if code else "",
        "candidates": candidates,
    }
