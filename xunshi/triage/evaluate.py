"""Measures the engine against labelled items (triage.md label format).

Positions compare after dropping a leading level character (镇党委书记 = 党委书记 when
the unit 乾元镇 was split off), and in both scripts; names compare as written, after
conversion to simplified script (the text is converted for analysis, the label may be
either).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from xunshi.triage.normalize import prepare


def _norm(s: str | None) -> str:
    if not s:
        return ""
    return prepare(s).analysis.strip()


def _norm_position(s: str | None) -> str:
    p = _norm(s)
    if len(p) > 2 and p[0] in "县市区镇乡村" and p[1] != "长":
        p = p[1:]
    return p


@dataclass
class F1:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], got: set[str]) -> None:
        self.tp += len(gold & got)
        self.fp += len(got - gold)
        self.fn += len(gold - got)

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    n: int = 0
    scope_ok: int = 0
    type_ok: int = 0
    mixed_ok: int = 0
    topics: F1 = field(default_factory=F1)
    names: F1 = field(default_factory=F1)
    positions: F1 = field(default_factory=F1)
    # Only over items whose labels carry places / dates (not listed in `labels_partial`).
    places: F1 = field(default_factory=F1)
    dates: F1 = field(default_factory=F1)
    places_n: int = 0
    dates_n: int = 0
    misjudged: list[str] = field(default_factory=list)
    wrong_names: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        n = self.n or 1
        return {
            "items": self.n,
            "scope_accuracy": round(self.scope_ok / n, 3),
            "scope_type_accuracy": round(self.type_ok / n, 3),
            "mixed_accuracy": round(self.mixed_ok / n, 3),
            "topic_f1_micro": round(self.topics.f1, 3),
            "accused_name_f1": round(self.names.f1, 3),
            "accused_position_f1": round(self.positions.f1, 3),
            "place_f1": round(self.places.f1, 3) if self.places_n else None,
            "place_items": self.places_n,
            "date_f1": round(self.dates.f1, 3) if self.dates_n else None,
            "date_items": self.dates_n,
            "misjudged": self.misjudged,
            "wrong_accused": self.wrong_names,
        }


def evaluate(rows: Iterable[dict[str, Any]], judge: Callable[[str], dict[str, Any]]) -> Scores:
    s = Scores()
    for row in rows:
        gold = row.get("labels") or {}
        got = judge(str(row.get("text") or ""))
        s.n += 1
        rid = str(row.get("id", s.n))
        scope_ok = got["scope"] == gold.get("scope")
        type_ok = scope_ok and (gold.get("scope") == "in" or got["out_type"] == gold.get("out_type"))
        s.scope_ok += scope_ok
        s.type_ok += type_ok
        s.mixed_ok += bool(got["mixed"]) == bool(gold.get("mixed"))
        if not type_ok or bool(got["mixed"]) != bool(gold.get("mixed")):
            s.misjudged.append(rid)
        s.topics.add(set(gold.get("topics") or []), set(got["topics"]))
        gnames = {_norm(a.get("name")) for a in gold.get("accused") or [] if a.get("name")}
        pnames = {_norm(a.get("name")) for a in got["accused"] if a.get("name")}
        s.names.add(gnames, pnames)
        gpos = {_norm_position(a.get("position")) for a in gold.get("accused") or [] if a.get("position")}
        ppos = {_norm_position(a.get("position")) for a in got["accused"] if a.get("position")}
        s.positions.add(gpos, ppos)
        partial = set(row.get("labels_partial") or [])
        for key in ("places", "dates"):
            if key not in partial and key in gold:
                setattr(s, f"{key}_n", getattr(s, f"{key}_n") + 1)
                getattr(s, key).add({_norm(v) for v in gold.get(key) or []}, {_norm(v) for v in got[key]})
        if gnames != pnames:
            s.wrong_names.append(rid)
    return s


# Splits a model may learn from: the development split and numbered batches of real
# texts. Anything else (heldout, the sealed splits kept for a final measurement) never is.
TRAINABLE_SPLIT = re.compile(r"dev|real\d+")


def batches(rows: Iterable[dict[str, Any]], prefix: str) -> list[str]:
    """The numbered batch splits (real2, real3, …) in the order of their numbers."""
    numbered = re.compile(re.escape(prefix) + r"\d+")
    names = {str(r.get("split")) for r in rows if numbered.fullmatch(str(r.get("split")))}
    return sorted(names, key=lambda n: int(n[len(prefix):]))


def trainable(rows: Iterable[dict[str, Any]], *, leave_out: str | Collection[str] | None = None
              ) -> list[dict[str, Any]]:
    out = {leave_out} if isinstance(leave_out, str) else set(leave_out or ())
    return [r for r in rows if TRAINABLE_SPLIT.fullmatch(str(r.get("split")))
            and r.get("split") not in out]


def groups(rows: Iterable[dict[str, Any]], prefix: str, *, by_round: bool = False
           ) -> list[tuple[str, list[str]]]:
    """The batches to leave out together: one by one, or by the sealed round each was
    measured in (its `round` field). The batches of one round share a session's sources
    and labelling habits, so their siblings in training could flatter a left-out batch;
    measured both ways, they do not (xunshi/triage/README.md, eighth and ninth rounds)."""
    rows = list(rows)
    named: dict[str, list[str]] = {}
    round_of = {str(r.get("split")): str(r.get("round") or r.get("split")) for r in rows}
    for name in batches(rows, prefix):
        named.setdefault(round_of[name] if by_round else name, []).append(name)
    return list(named.items())


def cross_batch(rows: list[dict[str, Any]], prefix: str, *, use_model: bool = True,
                by_round: bool = False) -> list[tuple[str, Scores]]:
    """Leave one batch (or one round of batches) out: each judged by a model fitted on the
    development split and every other batch, never on itself — the estimate for texts
    never seen. The last entry pools all batches."""
    from xunshi.triage import attribution
    from xunshi.triage.engine import judge
    from xunshi.triage.model import train_from_rows

    # Candidates are read once; each batch's attribution model is fitted without its rows.
    table = attribution.feature_table(trainable(rows)) if use_model else []
    out: list[tuple[str, Scores]] = []
    for name, left_out in groups(rows, prefix, by_round=by_round):
        test = [r for r in rows if r.get("split") in left_out]
        model = train_from_rows(trainable(rows, leave_out=left_out), source=f"all but {name}") \
            if use_model else None
        who = None
        if use_model:
            # Too few candidates to learn from: the rules choose (the shipped weights saw this batch).
            with contextlib.suppress(ValueError):
                who = attribution.fit([t for t in table if t.split not in left_out], source=f"all but {name}")
        out.append((name, evaluate(test, partial(judge, use_model=use_model, model=model,
                                                 use_attribution=who is not None, attribution_model=who))))
    out.append(("all", _pool([s for _, s in out])))
    return out


def _pool(parts: list[Scores]) -> Scores:
    total = Scores()
    for s in parts:
        total.n += s.n
        total.scope_ok += s.scope_ok
        total.type_ok += s.type_ok
        total.mixed_ok += s.mixed_ok
        for f in ("topics", "names", "positions", "places", "dates"):
            a, b = getattr(total, f), getattr(s, f)
            a.tp, a.fp, a.fn = a.tp + b.tp, a.fp + b.fp, a.fn + b.fn
        total.places_n += s.places_n
        total.dates_n += s.dates_n
        total.misjudged += s.misjudged
        total.wrong_names += s.wrong_names
    return total
