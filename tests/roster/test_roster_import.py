"""Roster import per ../shared/formats/roster.md: Excel and CSV (UTF-8, GB18030), per-row errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from xunshi.cli.main import main
from xunshi.roster.models import RosterPerson
from xunshi.roster.parsing import CellError, is_top_post, parse_career, parse_month
from xunshi.roster.services import RosterFileError, roster_import
from xunshi.rounds.models import Round

HEADER = [
    "姓名",
    "性别",
    "出生年月",
    "所在县(市)",
    "单位",
    "职务",
    "职级",
    "班子类别",
    "任现职时间",
    "曾任职务",
    "管理权限",
    "拟提拔",
    "备注",
    "籍贯",
]
ROWS = [
    [
        "朱志明",
        "男",
        "1968.05",
        "河间市",
        "中共河间市委",
        "市委书记",
        "正处级",
        "县级领导班子",
        "2013.06",
        "2008.03-2013.06 献县县长；2004.01-2008.03 某镇党委书记",
        "市管",
        "否",
        "",
        "河北献县",
    ],
    [
        "王伟",
        "男",
        "1975.10",
        "任丘市",
        "任丘市交通运输局",
        "局长",
        "正科级",
        "下一级主要负责人",
        "2014.01",
        "",
        "县管",
        "是",
        "",
        "",
    ],
    [
        "王伟",
        "男",
        "1980.02",
        "青县",
        "青县马厂镇",
        "镇党委书记",
        "正科级",
        "下一级主要负责人",
        "2015.03",
        "2010.01-2015.03 青县某局副局长",
        "县管",
        "否",
        "",
        "",
    ],
    ["", "女", "1970.01", "沧县", "沧县某局", "局长", "", "下一级主要负责人", "", "", "", "", "", ""],
    ["李某", "男", "1970.13", "沧县", "沧县某局", "局长", "", "下一级主要负责人", "", "", "", "", "", ""],
    ["赵某", "男", "1970.01", "沧县", "沧县某局", "局长", "", "中层干部", "", "", "", "", "", ""],
    ["钱某", "男", "1970.01", "献县", "献县某局", "局长", "", "其他", "", "", "", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([HEADER, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["河北省委第七巡视组 被巡视单位干部名册"])  # a title row above the header
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
@pytest.mark.django_db
def test_csv_import_reports_each_row(seed_round: Round, tmp_path: Path, encoding: str) -> None:
    results = roster_import(round=seed_round, path=write_csv(tmp_path / "r.csv", ROWS, encoding))
    by_row = {r.row: r for r in results}
    assert [by_row[n].status for n in (2, 3, 4)] == ["imported"] * 3
    assert "缺少姓名" in by_row[5].message
    assert "出生年月" in by_row[6].message
    assert "班子类别“中层干部”无效" in by_row[7].message
    assert "不是本轮被巡视单位" in by_row[8].message
    zhu = RosterPerson.objects.get(name="朱志明")
    assert zhu.target.name == "河间市" and zhu.posts == ["市委书记"] and zhu.birth == "1968-05"
    assert zhu.management == "市管" and not zhu.promotion_candidate and zhu.extra == {"籍贯": "河北献县"}
    career = list(zhu.career.order_by("-start").values_list("start", "end", "text", "top_post"))
    assert career == [("2008-03", "2013-06", "献县县长", True), ("2004-01", "2008-03", "某镇党委书记", True)]
    # Two 王伟 in different counties stay two people.
    assert sorted(RosterPerson.objects.filter(name="王伟").values_list("target__name", flat=True)) == [
        "任丘市",
        "青县",
    ]


@pytest.mark.django_db
def test_xlsx_import_with_excel_values(seed_round: Round, tmp_path: Path) -> None:
    rows: list[list[object]] = [list(r) for r in ROWS[:3]]
    rows[0][2] = dt.date(1968, 5, 1)  # a date cell
    rows[1][2] = 1975.1  # Excel's number for 1975.10
    results = roster_import(round=seed_round, path=write_xlsx(tmp_path / "r.xlsx", rows))
    assert [r.status for r in results] == ["imported"] * 3
    assert RosterPerson.objects.get(name="朱志明").birth == "1968-05"
    assert RosterPerson.objects.get(name="王伟", target__name="任丘市").birth == "1975-10"


@pytest.mark.django_db
def test_importing_again_updates_instead_of_duplicating(seed_round: Round, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", ROWS[:1], "utf-8")
    roster_import(round=seed_round, path=path)
    again = roster_import(round=seed_round, path=path)
    assert [r.status for r in again] == ["updated"]
    assert RosterPerson.objects.count() == 1 and RosterPerson.objects.get().career.count() == 2


@pytest.mark.django_db
def test_file_without_a_header_is_refused(seed_round: Round, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(RosterFileError, match="表头"):
        roster_import(round=seed_round, path=path)


@pytest.mark.django_db
def test_cli_prints_the_row_report(
    seed_round: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["roster", "import", str(write_csv(tmp_path / "r.csv", ROWS, "gb18030"))])
    out = capsys.readouterr().out
    assert status == 1  # some rows had errors
    assert "第 2 行\t已导入\t朱志明" in out and "第 5 行\t错误" in out and "错误 4" in out


def test_months_in_the_ways_offices_write_them() -> None:
    for text in ("1968.05", "1968.5", "1968年5月", "1968-05", "1968/5", "196805"):
        assert parse_month(text, field="x") == "1968-05"
    assert parse_month(1968.1, field="x") == "1968-10"
    assert parse_month("", field="x") == ""
    for bad in ("1968.13", "68.05", "abc"):
        with pytest.raises(CellError):
            parse_month(bad, field="x")


def test_top_posts_are_recognised() -> None:
    assert is_top_post("献县县长") and is_top_post("某镇党委书记") and is_top_post("县交通局局长")
    assert not is_top_post("献县副县长") and not is_top_post("县委副书记") and not is_top_post("某局副局长")


def test_career_until_now_and_reversed_periods() -> None:
    assert parse_career("2013.06-至今 河间市委书记")[0].end == ""
    with pytest.raises(CellError, match="截止早于起始"):
        parse_career("2013.06-2010.01 某职务")


@given(st.text(max_size=80))
def test_month_parser_never_crashes(text: str) -> None:
    try:
        result = parse_month(text, field="x")
    except CellError:
        return
    assert result == "" or (len(result) == 7 and result[4] == "-")


@given(st.text(max_size=200))
def test_career_parser_never_crashes(text: str) -> None:
    try:
        careers = parse_career(text)
    except CellError:
        return
    assert all(c.text for c in careers)


@pytest.mark.django_db
def test_workbench_roster_import_and_edit(leader, demo_round: Round, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re

    page = leader.get("/workbench/roster/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    path = write_csv(tmp_path / "r.csv", ROWS, "gb18030")
    with path.open("rb") as fh:
        report = leader.post(
            "/workbench/roster/", {"csrfmiddlewaretoken": token, "file": fh}
        ).content.decode()
    assert "第 5 行" in report and "缺少姓名" in report and "朱志明" in report
    zhu = RosterPerson.objects.get(name="朱志明")
    form = leader.get(f"/workbench/roster/{zhu.pk}/").content.decode()
    assert "献县县长" in form
    leader.post(
        f"/workbench/roster/{zhu.pk}/",
        {
            "csrfmiddlewaretoken": token,
            "name": "朱志明",
            "target": zhu.target_id,
            "team": "县级领导班子",
            "posts_text": "市委书记、市人大常委会主任",
            "promotion_candidate": "on",
            "career-TOTAL_FORMS": "1",
            "career-INITIAL_FORMS": "0",
            "career-MIN_NUM_FORMS": "0",
            "career-MAX_NUM_FORMS": "1000",
            "career-0-start": "2001-01",
            "career-0-end": "2004-01",
            "career-0-text": "某乡乡长",
            "career-0-top_post": "on",
        },
    )
    zhu.refresh_from_db()
    assert zhu.posts == ["市委书记", "市人大常委会主任"] and zhu.promotion_candidate
    assert zhu.career.filter(text="某乡乡长", top_post=True).exists()


@pytest.mark.django_db
def test_local_liaison_cannot_open_the_roster(local_liaison) -> None:  # type: ignore[no-untyped-def]
    assert local_liaison.get("/workbench/roster/").status_code == 403
