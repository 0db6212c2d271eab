"""What one channel input became, in the shape of the `xunshi ingest` JSON lines (cli.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class IngestResult:
    source: str
    item: str | None = None
    duplicate_of: str | None = None
    error: str | None = None
    pending: bool = False  # an SMS part waiting for the rest of its message

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "item": self.item,
            "duplicate_of": self.duplicate_of,
            "error": self.error,
        }

    @property
    def number(self) -> str | None:
        return self.item or self.duplicate_of
