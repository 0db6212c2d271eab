"""Roster import (干部名册导入) and edits. Each row is imported in its own transaction:
good rows land, bad rows are reported with their row number, nothing is half-written."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from xunshi.audit.services import audit_record
from xunshi.roster.models import CareerPost, RosterPerson
from xunshi.roster.parsing import (
    CellError,
    header_key,
    norm,
    parse_career,
    parse_management,
    parse_month,
    parse_posts,
    parse_team,
    parse_yes_no,
)
from xunshi.rounds.models import Round, TargetUnit

# Accepted headers → field. Keys are normalised (NFKC, no spaces), so 所在县（市） matches too.
HEADERS = {
    "姓名": "name",
    "性别": "sex",
    "出生年月": "birth",
    "所在县(市)": "county",
    "所在县": "county",
    "县(市)": "county",
    "单位": "unit",
    "职务": "posts",
    "现任职务": "posts",
    "职级": "rank",
    "班子类别": "team",
    "任现职时间": "since",
    "曾任职务": "career",
    "管理权限": "management",
    "拟提拔": "promotion",
    "备注": "note",
}
REQUIRED = ("name", "county")


class RosterFileError(ValueError):
    """The file as a whole cannot be read (wrong type, no header row)."""


@dataclass(frozen=True)
class RowResult:
    row: int
    status: str  # "imported" | "updated" | "error"
    name: str
    message: str = ""


def _decode_csv(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterFileError("CSV 文件编码无法识别（支持 UTF-8、GB18030/GBK）")


def read_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """(row number as the office sees it, cells) for every row of the first sheet."""
    raw = path.read_bytes()
    if raw[:2] == b"PK":
        from openpyxl import load_workbook

        try:
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        except Exception as exc:
            raise RosterFileError(f"无法读取 Excel 文件：{exc}") from exc
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row)
        return
    text = _decode_csv(raw)
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        yield number, list(row)


def _header_map(cells: list[Any]) -> dict[int, str] | None:
    mapping = {}
    for index, cell in enumerate(cells):
        key = header_key(cell)
        if key in HEADERS:
            mapping[index] = HEADERS[key]
        elif key:
            mapping[index] = f"extra:{key}"
    return mapping if "name" in mapping.values() else None


def _target_for(round: Round, county: str, targets: dict[str, TargetUnit]) -> TargetUnit:
    if county in targets:
        return targets[county]
    # "任丘" for 任丘市, "沧县" written as "沧 县": tolerate the usual shortenings.
    compact = county.replace(" ", "")
    matches = [t for name, t in targets.items() if name.startswith(compact) or compact.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    raise CellError(f"所在县(市)“{county}”不是本轮被巡视单位（" + "、".join(targets) + "）")


def _parse_row(values: dict[str, Any], round: Round, targets: dict[str, TargetUnit]) -> dict[str, Any]:
    missing = [
        label for label, field in (("姓名", "name"), ("所在县(市)", "county")) if not norm(values.get(field))
    ]
    if missing:
        raise CellError("缺少" + "、".join(missing))
    return {
        "name": norm(values["name"]).replace(" ", ""),
        "target": _target_for(round, norm(values["county"]), targets),
        "sex": norm(values.get("sex"))[:2],
        "birth": parse_month(values.get("birth"), field="出生年月"),
        "unit": norm(values.get("unit")),
        "posts": parse_posts(values.get("posts")),
        "rank": norm(values.get("rank")),
        "team": parse_team(values.get("team")),
        "since": parse_month(values.get("since"), field="任现职时间"),
        "career": parse_career(values.get("career")),
        "management": parse_management(values.get("management")),
        "promotion_candidate": parse_yes_no(values.get("promotion"), field="拟提拔"),
        "note": norm(values.get("note")),
        "extra": {k[6:]: norm(v) for k, v in values.items() if k.startswith("extra:") and norm(v)},
    }


def _save(round: Round, data: dict[str, Any], actor: User | None) -> bool:
    career = data.pop("career")
    with transaction.atomic():
        person, created = RosterPerson.objects.update_or_create(
            round=round, target=data.pop("target"), name=data.pop("name"), unit=data["unit"], defaults=data
        )
        person.career.all().delete()
        CareerPost.objects.bulk_create(
            CareerPost(person=person, start=c.start, end=c.end, text=c.text, top_post=c.top_post)
            for c in career
        )
        audit_record(
            action="roster.import",
            actor=actor,
            target_type="roster_person",
            target_id=person.pk,
            round_id=round.pk,
            data={"name": person.name, "created": created},
        )
    return created


def roster_import(*, round: Round, path: Path, actor: User | None = None) -> list[RowResult]:
    """Import a roster file; returns one result per data row."""
    targets = {t.name: t for t in round.targets.all()}
    mapping: dict[int, str] | None = None
    results: list[RowResult] = []
    for number, cells in read_rows(path):
        if mapping is None:
            mapping = _header_map(cells)
            continue
        if not any(norm(c) for c in cells):
            continue
        values = {field: cells[i] if i < len(cells) else None for i, field in mapping.items()}
        shown = norm(values.get("name"))
        try:
            data = _parse_row(values, round, targets)
            created = _save(round, data, actor)
        except CellError as exc:
            results.append(RowResult(number, "error", shown, str(exc)))
            continue
        results.append(RowResult(number, "imported" if created else "updated", shown))
    if mapping is None:
        raise RosterFileError("找不到表头行：第一张表中应有“姓名”“所在县(市)”等列")
    return results
