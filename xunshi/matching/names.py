"""Who in the roster a written name may mean: by characters and unit, never by sound.

Pinyin would merge 张伟 and 章伟 (zhang wei), two different people; letters are written
in characters, and a wrong character in a surname is a different family. So a candidate
must share the surname character; masked names (张某, 边某国, 王XX) match on the
characters they show; and the unit and post written in the item rank the candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Q

from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round, TargetUnit

_COMPOUND = {
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "宇文",
    "长孙",
    "夏侯",
    "端木",
}
_MASK = re.compile(r"某某|某|[xX×＊*○〇Ｘ]")
_UNIT_NOISE = re.compile(r"[\s（）()、，,]")


def surname(name: str) -> str:
    return name[:2] if name[:2] in _COMPOUND else name[:1]


def is_masked(name: str) -> bool:
    return bool(_MASK.search(name[1:]))


def _masked_match(written: str, full: str) -> bool:
    """张某 / 张某某 match any 张…; 边某国 matches 边X国 (same length, shown characters equal)."""
    sur = surname(written)
    if not full.startswith(sur):
        return False
    rest = written[len(sur) :]
    if rest in ("某", "某某", "x", "X", "xx", "XX", "×", "××", "＊", "**"):
        return True
    if len(written) != len(full):
        return False
    return all(_MASK.fullmatch(w) or w == f for w, f in zip(written, full, strict=True))


def _bigrams(text: str) -> set[str]:
    text = _UNIT_NOISE.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def unit_overlap(written: str, person: RosterPerson) -> float:
    """Share of the written unit/post bigrams that appear in the roster unit and posts."""
    mine = _bigrams(written)
    if not mine:
        return 0.0
    theirs = _bigrams(person.unit + "".join(person.posts))
    return len(mine & theirs) / len(mine)


@dataclass(frozen=True)
class Candidate:
    person: RosterPerson
    score: float
    why: str


def name_candidates(
    *,
    round: Round,
    name: str,
    unit: str = "",
    position: str = "",
    target: TargetUnit | None = None,
    limit: int = 8,
) -> list[Candidate]:
    """Roster persons the written name may mean, best first."""
    name = name.strip()
    if not name:
        return []
    sur = surname(name)
    pool = RosterPerson.objects.filter(round=round).filter(Q(name=name) | Q(name__startswith=sur))
    pool = pool.select_related("target")
    written_unit = unit + position
    found: list[Candidate] = []
    for person in pool:
        if person.name == name:
            base, why = 1.0, "姓名一致"
        elif is_masked(name) and _masked_match(name, person.name):
            base, why = 0.5, "隐去部分姓名，可见字一致"
        elif (
            not is_masked(name)
            and len(person.name) == len(name)
            and surname(person.name) == sur
            and set(person.name[len(sur) :]) & set(name[len(sur) :])
        ):
            base, why = 0.3, "姓氏相同、名字部分相同"
        else:
            continue
        overlap = unit_overlap(written_unit, person)
        score = base + 0.5 * overlap + (0.2 if target is not None and person.target_id == target.pk else 0.0)
        if overlap:
            why += f"；单位职务相符 {overlap:.0%}"
        if target is not None and person.target_id == target.pk:
            why += "；同一县（市）"
        found.append(Candidate(person, round_score(score), why))
    found.sort(key=lambda c: (-c.score, c.person.pk))
    return found[:limit]


def round_score(value: float) -> float:
    return round(value, 3)


def best_match(candidates: list[Candidate], name: str) -> RosterPerson | None:
    """The one person a written name surely means: full name equal, and unambiguous.

    Several roster persons with the same name are told apart only by unit or county; a
    tie leaves the link open for staff.
    """
    exact = [c for c in candidates if c.person.name == name]
    if len(exact) == 1:
        return exact[0].person
    if len(exact) > 1 and exact[0].score > exact[1].score:
        return exact[0].person
    return None
