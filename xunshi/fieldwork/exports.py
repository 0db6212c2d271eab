"""Word (python-docx) and Excel (openpyxl) output of the feedback and the rectification
ledger, in the office layout: centred title, 文号 line, then the table (GB/T 9704 fonts:
小标宋 title, 仿宋 body; the fonts are named, Word substitutes when they are missing)."""

from __future__ import annotations

import datetime as dt
import io

from django.utils import timezone
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.run import Run
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from xunshi.fieldwork.models import Feedback, Problem, Rectification, Talk
from xunshi.rounds.models import Round, TargetUnit

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
LEDGER_COLUMNS = ["序号", "问题", "整改措施", "类别", "责任单位", "责任人", "完成时限", "进展情况", "状态"]


def _font(run: Run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    # East Asian text uses the eastAsia font slot, not the Latin one python-docx sets.
    r_pr = run._element.get_or_add_rPr()
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.append(r_fonts)
    r_fonts.set(qn("w:eastAsia"), name)


def _heading(doc: object, title: str, number: str) -> None:
    para = doc.add_paragraph()  # type: ignore[attr-defined]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(para.add_run(title), TITLE_FONT, 22)
    line = doc.add_paragraph()  # type: ignore[attr-defined]
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(line.add_run(number or "（文号待定）"), BODY_FONT, 16)


def _table(doc: object, header: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        _font(cell.paragraphs[0].add_run(text), BODY_FONT, 12, bold=True)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = ""
            _font(cell.paragraphs[0].add_run(text), BODY_FONT, 11)


def _bytes(doc: object) -> bytes:
    out = io.BytesIO()
    doc.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def feedback_docx(
    *, round: Round, target: TargetUnit, feedback: Feedback | None, problems: list[Problem]
) -> bytes:
    doc = Document()
    _heading(
        doc, f"{round.group_name}关于巡视{target.name}的反馈意见", feedback.doc_number if feedback else ""
    )
    intro = doc.add_paragraph()
    _font(
        intro.add_run(
            f"{target.party_committee or target.name}：根据省委统一部署，{round.group_name}对{target.name}"
            f"开展了巡视。现将巡视发现的主要问题反馈如下，请认真研究，切实抓好整改，"
            f"并于反馈之日起两个月内报送整改情况报告。"
        ),
        BODY_FONT,
        16,
    )
    rows = [
        [str(p.seq), p.title, p.detail, "立行立改（巡视期间已交办）" if p.immediate else ""] for p in problems
    ]
    _table(doc, ["序号", "问题", "具体表现", "备注"], rows)
    end = doc.add_paragraph()
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(
        end.add_run(f"{round.group_name}\n{_date(feedback.delivered_on if feedback else None)}"),
        BODY_FONT,
        16,
    )
    return _bytes(doc)


def _ledger_rows(ledger: list[tuple[Problem, list[Rectification]]]) -> list[list[str]]:
    rows = []
    for problem, measures in ledger:
        if not measures:
            rows.append([str(problem.seq), problem.title, "（尚未制定措施）", "", "", "", "", "", ""])
        for index, m in enumerate(measures, start=1):
            rows.append(
                [
                    f"{problem.seq}.{index}",
                    problem.title,
                    m.measure,
                    m.get_kind_display(),
                    m.responsible_unit,
                    m.responsible_person,
                    m.deadline.isoformat() if m.deadline else "",
                    m.progress,
                    m.get_status_display(),
                ]
            )
    return rows


def ledger_title(round: Round, target: TargetUnit) -> str:
    return f"{target.name}落实{round.group_name}反馈意见整改台账"


def ledger_docx(
    *,
    round: Round,
    target: TargetUnit,
    feedback: Feedback | None,
    ledger: list[tuple[Problem, list[Rectification]]],
) -> bytes:
    doc = Document()
    section = doc.sections[0]
    # The ledger is wide: landscape, as county offices print it.
    section.page_width, section.page_height = section.page_height, section.page_width
    _heading(doc, ledger_title(round, target), feedback.doc_number if feedback else "")
    _table(doc, LEDGER_COLUMNS, _ledger_rows(ledger))
    return _bytes(doc)


def _cell(value: str) -> str:
    # Text typed by the county must never become a formula when the sheet is opened.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


def ledger_xlsx(
    *, round: Round, target: TargetUnit, ledger: list[tuple[Problem, list[Rectification]]]
) -> bytes:
    book = Workbook()
    sheet = book.create_sheet("整改台账", 0)
    default = book["Sheet"]
    book.remove(default)
    sheet.append([ledger_title(round, target)])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER_COLUMNS))
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(LEDGER_COLUMNS)
    thin = Side(style="thin")
    for row in _ledger_rows(ledger):
        sheet.append([_cell(v) for v in row])
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.row == 2:
                cell.font = Font(bold=True)
    for index, width in enumerate([8, 30, 40, 10, 18, 10, 12, 30, 12], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def talk_arrangement_docx(*, round: Round, target: TargetUnit, talks: list[Talk]) -> bytes:
    """The arrangement the county's liaison needs to notify interviewees: who, when, where.
    Purpose and record are not in it, whoever prints it."""
    doc = Document()
    _heading(doc, f"{round.group_name}个别谈话安排表（{target.name}）", "")
    rows = []
    for index, talk in enumerate(talks, start=1):
        start, end = timezone.localtime(talk.starts_at), timezone.localtime(talk.ends_at)
        rows.append(
            [
                str(index),
                f"{start.month}月{start.day}日 {start:%H:%M}—{end:%H:%M}",
                talk.place,
                talk.interviewee,
                talk.interviewee_post,
            ]
        )
    _table(doc, ["序号", "时间", "地点", "谈话对象", "单位职务"], rows)
    return _bytes(doc)
