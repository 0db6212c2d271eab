"""Scoring round proposals against labelled announcements (`xunshi round eval`).

Each labelled line is ``{"id", "text", "labels"}`` where ``labels`` has the keys of the
output contract. Every field of every announcement gets a score in [0, 1]:

* scalars (`inspector`, `level`, `kind`, `round`, `duration`, `scope_persons`): 1 when
  equal after normalisation (same folding as the parser: simplified script, ASCII
  digits and punctuation, no spaces, lower case; null and "" are equal), else 0;
* lists of strings (`targets`, `emails`, `po_boxes`, `boxes`, `focus`, `out_of_scope`):
  F1 of the two sets of normalised strings; two empty lists score 1;
* `leaders`: F1 of the sets of ``name|role``;
* `phones`: the mean of (a) F1 of the sets of ``(digits of number, sms_only)`` and
  (b) the share of numbers found in both whose ``hours_text`` agree (0 when none is
  found in both; two empty lists score 1 on both);
* `period`: the mean of "start equal" and "end equal" (null and null are equal; a
  null period counts as both ends null).

A field's score is its mean over the announcements; the overall score is the mean of
the field scores. An announcement is listed as misjudged for a field when its score
there is below 1. An *invented channel* is a phone number, e-mail or PO box in the
proposal that the labels do not have: the report lists those announcements separately
because a false channel misleads the public, which a missed one does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from xunshi.rounds.announcement.normalise import normalise
from xunshi.rounds.announcement.parser import KEYS

SCALARS = ("inspector", "level", "kind", "round", "duration", "scope_persons")
STRING_LISTS = ("targets", "emails", "po_boxes", "boxes", "focus", "out_of_scope")


def norm(value: Any) -> str:
    if value is None:
        return ""
    return re.sub(r"\s+", "", normalise(str(value))).lower()


def f1(predicted: Iterable[Any], expected: Iterable[Any]) -> float:
    p, e = set(predicted), set(expected)
    if not p and not e:
        return 1.0
    hit = len(p & e)
    if hit == 0:
        return 0.0
    precision, recall = hit / len(p), hit / len(e)
    return 2 * precision * recall / (precision + recall)


def _digits(number: Any) -> str:
    return re.sub(r"\D", "", str(number or ""))


def score_field(key: str, predicted: Any, expected: Any) -> float:
    if key in SCALARS:
        return 1.0 if norm(predicted) == norm(expected) else 0.0
    if key in STRING_LISTS:
        return f1((norm(v) for v in predicted or []), (norm(v) for v in expected or []))
    if key == "leaders":
        def pairs(items: Any) -> set[str]:
            return {f"{norm(i.get('name'))}|{norm(i.get('role'))}" for i in items or []}
        return f1(pairs(predicted), pairs(expected))
    if key == "phones":
        pred = {_digits(x.get("number")): x for x in predicted or []}
        exp = {_digits(x.get("number")): x for x in expected or []}
        if not pred and not exp:
            return 1.0
        numbers = f1(
            ((d, bool(x.get("sms_only"))) for d, x in pred.items()),
            ((d, bool(x.get("sms_only"))) for d, x in exp.items()),
        )
        common = set(pred) & set(exp)
        hours = (
            sum(norm(pred[d].get("hours_text")) == norm(exp[d].get("hours_text")) for d in common)
            / len(common)
            if common
            else 0.0
        )
        return (numbers + hours) / 2
    if key == "period":
        p, e = predicted or {}, expected or {}
        return (
            (norm(p.get("start")) == norm(e.get("start"))) + (norm(p.get("end")) == norm(e.get("end")))
        ) / 2
    raise KeyError(key)


def invented_channels(predicted: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Channels in the proposal that the labels do not have."""
    out = []
    exp_numbers = {_digits(x.get("number")) for x in expected.get("phones") or []}
    phones = predicted.get("phones") or []
    out += [x.get("number") for x in phones if _digits(x.get("number")) not in exp_numbers]
    exp_mail = {norm(x) for x in expected.get("emails") or []}
    out += [x for x in predicted.get("emails") or [] if norm(x) not in exp_mail]
    exp_po = {_digits(x) or norm(x) for x in expected.get("po_boxes") or []}
    out += [x for x in predicted.get("po_boxes") or [] if (_digits(x) or norm(x)) not in exp_po]
    return [str(x) for x in out]


@dataclass
class Evaluation:
    count: int = 0
    totals: dict[str, float] = field(default_factory=lambda: dict.fromkeys(KEYS, 0.0))
    misjudged: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KEYS})
    invented: dict[str, list[str]] = field(default_factory=dict)

    def add(self, ident: str, predicted: dict[str, Any], expected: dict[str, Any]) -> None:
        self.count += 1
        for key in KEYS:
            s = score_field(key, predicted.get(key), expected.get(key))
            self.totals[key] += s
            if s < 1.0:
                self.misjudged[key].append(ident)
        extra = invented_channels(predicted, expected)
        if extra:
            self.invented[ident] = extra

    def fields(self) -> dict[str, float]:
        return {k: (self.totals[k] / self.count if self.count else 0.0) for k in KEYS}

    def mean(self) -> float:
        scores = self.fields()
        return sum(scores.values()) / len(scores)

    def report(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "fields": {k: round(v, 4) for k, v in self.fields().items()},
            "mean": round(self.mean(), 4),
            "misjudged": {k: v for k, v in self.misjudged.items() if v},
            "invented_channels": self.invented,
        }


def evaluate(records: Iterable[dict[str, Any]]) -> Evaluation:
    from xunshi.rounds.announcement.parser import parse

    ev = Evaluation()
    for rec in records:
        ev.add(str(rec.get("id")), parse(str(rec.get("text") or "")).contract(), rec.get("labels") or {})
    return ev
