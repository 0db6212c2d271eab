"""Character accuracy of OCR text against the text that was printed: 1 − CER after NFKC
and whitespace removal (the measure of components.md §5)."""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def edit_distance(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def char_accuracy(truth: str, read: str) -> float:
    expected, got = normalise(truth), normalise(read)
    if not expected:
        return 1.0 if not got else 0.0
    return max(0.0, 1.0 - edit_distance(expected, got) / len(expected))
