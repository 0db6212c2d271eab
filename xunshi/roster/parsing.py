"""Parsing the cells of a roster sheet (see ../shared/formats/roster.md). Pure functions:
each returns a clean value or raises CellError with a message for the row report."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from xunshi.roster.models import Management, TeamCategory


class CellError(ValueError):
    pass


def norm(value: Any) -> str:
    """Cell → text: NFKC (full-width digits and brackets to half-width), trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def header_key(value: Any) -> str:
    return re.sub(r"\s+", "", norm(value))


_MONTH = re.compile(r"^(\d{4})\s*(?:[.\-/年]\s*(\d{1,2})\s*月?)?$")


def parse_month(value: Any, *, field: str) -> str:
    """'1968.05', '1968年5月', '1968-5', '196805', an Excel date or the float 1968.1 → '1968-05'."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year:04d}-{value.month:02d}"
    # Excel turns 1968.10 (October) into the number 1968.1: two decimals restore the month.
    text = f"{value:.2f}" if isinstance(value, float) else norm(value)
    if re.fullmatch(r"\d{6}", text):
        text = f"{text[:4]}.{text[4:]}"
    match = _MONTH.match(text)
    if not match:
        raise CellError(f"{field}格式不正确：“{text}”，应为 1968.05 这样的年月")
    year, month = int(match.group(1)), int(match.group(2) or 1)
    if not (1900 <= year <= 2100) or not (1 <= month <= 12):
        raise CellError(f"{field}不是有效年月：“{text}”")
    return f"{year:04d}-{month:02d}"


def parse_posts(value: Any) -> list[str]:
    return [p.strip() for p in re.split(r"[、,，;；]", norm(value)) if p.strip()]


def parse_choice(value: Any, *, field: str, choices: list[str], default: str = "") -> str:
    text = norm(value)
    if not text:
        return default
    if text not in choices:
        raise CellError(f"{field}“{text}”无效，应为：" + " / ".join(choices))
    return text


def parse_team(value: Any) -> str:
    return parse_choice(
        value, field="班子类别", choices=list(TeamCategory.values), default=TeamCategory.OTHER
    )


def parse_management(value: Any) -> str:
    return parse_choice(value, field="管理权限", choices=list(Management.values))


def parse_yes_no(value: Any, *, field: str) -> bool:
    text = norm(value)
    if text in ("", "否", "无", "N", "n", "0"):
        return False
    if text in ("是", "Y", "y", "1"):
        return True
    raise CellError(f"{field}“{text}”无效，应为 是 / 否")


@dataclass(frozen=True)
class Career:
    start: str
    end: str
    text: str
    top_post: bool


_SPAN = re.compile(
    r"^\s*(?P<start>\d{4}(?:[.\-/年]\d{1,2}月?)?)\s*[-—–~～至到]+\s*(?P<end>\d{4}(?:[.\-/年]\d{1,2}月?)?|至今|今)?\s*(?P<text>.+)$"
)
# Top official (一把手): party secretary or the principal of a government or department, not a deputy.
_TOP = re.compile(
    r"(?<!副)(?:党委书记|党组书记|党工委书记|县委书记|市委书记|区委书记|书记|县长|市长|区长|镇长|乡长|局长|主任|院长|检察长|部长|社长|站长|所长|校长)$"
)


def is_top_post(text: str) -> bool:
    last = re.split(r"[、兼]", text)[-1] if text else ""
    return bool(_TOP.search(last)) and "副" not in last[-4:]


def parse_career(value: Any) -> list[Career]:
    """'2008.03-2013.06 献县县长；2004.01-2008.03 某镇党委书记' → careers, newest first as written."""
    careers = []
    for chunk in re.split(r"[;；\n]", norm(value)):
        chunk = chunk.strip()
        if not chunk:
            continue
        match = _SPAN.match(chunk)
        if not match:
            raise CellError(f"曾任职务格式不正确：“{chunk}”，应为 2008.03-2013.06 单位职务")
        start = parse_month(match.group("start"), field="曾任职务起始")
        end_raw = match.group("end") or ""
        end = "" if end_raw in ("", "至今", "今") else parse_month(end_raw, field="曾任职务截止")
        if end and end < start:
            raise CellError(f"曾任职务的截止早于起始：“{chunk}”")
        text = match.group("text").strip()
        careers.append(Career(start=start, end=end, text=text, top_post=is_top_post(text)))
    return careers
