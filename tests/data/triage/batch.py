"""The label rows of one batch of real public texts, in the triage.md label format: each
batch file lists (source, text, scope, out_type, mixed, topics, accused) tuples and turns
them into rows with this one function."""

from __future__ import annotations

from typing import Any

# A labelled accused: (name, position, unit), each as written in the text or None.
Accused = tuple[str | None, str | None, str | None]
# (source, text, scope, out_type, mixed, topics, accused)
Item = tuple[str, str, str, str | None, bool, list[str], list[Accused]]


def labelled_rows(items: list[Item], split: str) -> list[dict[str, Any]]:
    """Rows `{split}-001`, `{split}-002`, … with places and dates unlabelled."""
    out = []
    for n, (source, text, scope, out_type, mixed, topics, accused) in enumerate(items, 1):
        out.append({
            "id": f"{split}-{n:03d}", "text": text,
            "labels": {"scope": scope, "out_type": out_type, "mixed": mixed, "topics": topics,
                       "accused": [{"name": a, "position": p, "unit": u} for a, p, u in accused],
                       "places": [], "dates": []},
            "source": source, "style": "real", "labels_partial": ["places", "dates"],
            "split": split,
        })
    return out
