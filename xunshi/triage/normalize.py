"""Text preparation: one analysis string per input, exactly as long as the original.

Every extractor works on the analysis string (half-width ASCII, simplified script,
control characters blanked) and reports spans of the *original*, so what staff see is
what the reporter wrote. Keeping the two strings the same length is what makes that
mapping trivial; every conversion below is one character for one character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# Long enough for any real letter (the longest seen are a few pages); the rest of a
# 1 MB paste is noted, not analysed, so one item cannot stall the queue.
MAX_ANALYSED_CHARS = 20_000


_HAN = re.compile(r"[\u4e00-\u9fff]")


class InputError(ValueError):
    """Input that cannot be read as text at all (reported, never a crash)."""


@dataclass
class Prepared:
    original: str
    analysis: str
    total_chars: int
    notes: list[str] = field(default_factory=list)
    converted_script: bool = False

    @property
    def han_count(self) -> int:
        return len(_HAN.findall(self.analysis))

    def span(self, start: int, end: int) -> str:
        return self.original[start:end]


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    from zhconv import zhconv as _z

    _z.loaddict()
    table = _z.zhcdicts["zh2Hans"]
    return frozenset(k for k, v in table.items() if len(k) == 1 and k != v)


def _to_simplified(text: str) -> str:
    import zhconv

    converted: str = zhconv.convert(text, "zh-cn")
    if len(converted) != len(text):
        # Defensive: the offsets contract matters more than phrase-level conversion.
        converted = "".join(zhconv.convert(ch, "zh-cn") or ch for ch in text)
    return converted


_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Control and format characters become spaces (one for one, so offsets hold).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e"
                      "\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]")


def _normalise_width(text: str) -> str:
    return _CONTROL.sub(" ", text.translate(_WIDTH_TABLE))


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030; junk is refused."""
    if not data:
        return ""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("input declares UTF-16 but does not decode") from exc
    if b"\x00" in data[:4096]:
        raise InputError("input looks binary (NUL bytes); expected UTF-8 or GB18030 text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("input is neither UTF-8 nor GB18030 text")


def prepare(text: str) -> Prepared:
    total = len(text)
    notes: list[str] = []
    if total > MAX_ANALYSED_CHARS:
        notes.append(f"only the first {MAX_ANALYSED_CHARS} of {total} characters were analysed")
        text = text[:MAX_ANALYSED_CHARS]
    analysis = _normalise_width(text)
    converted = False
    if not _traditional_chars().isdisjoint(analysis):
        analysis = _to_simplified(analysis)
        converted = True
        notes.append("traditional script converted to simplified for analysis")
    return Prepared(original=text, analysis=analysis, total_chars=total, notes=notes,
                    converted_script=converted)
