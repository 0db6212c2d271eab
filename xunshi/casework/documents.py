"""Printed and exported documents: the transfer slip (转办单), hand-over lists (移交清单)
with a receipt per clue, the office's ledgers (台账) and the answer letter.

None of these carries reporter identity, except a slip or letter for which a permitted
role decided so (the caller passes the identity in; the decision is audited there)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from xunshi.casework import taxonomy
from xunshi.casework.models import Clue, HandoverList, Transfer
from xunshi.casework.selectors import FINAL_KINDS, transfer_is_overdue
from xunshi.intake.models import Item, Response

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _day(moment: Any) -> str:
    if not moment:
        return ""
    if hasattr(moment, "tzinfo"):
        moment = timezone.localtime(moment)
    return f"{moment:%Y-%m-%d}"


def _codes(codes: Iterable[str]) -> str:
    return "；".join(taxonomy.label(c) for c in codes)


# ---------------------------------------------------------------- Word


def _doc(title: str) -> Any:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "仿宋"
    style.font.size = Pt(12)
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    return doc


def _save(doc: Any) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _table(doc: Any, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def transfer_slip_docx(transfer: Transfer, *, identity: dict[str, str] | None = None) -> bytes:
    """The slip shows what the receiver needs to act: never the item's full record, and
    the reporter only where `identity` is passed (a permitted role decided so)."""
    rnd = transfer.round
    doc = _doc(f"{rnd.group_name}{'交办' if transfer.kind == Transfer.Kind.RECTIFY else '转办'}单")
    doc.add_paragraph(
        f"编号：{transfer.number}　　　　日期：{_day(transfer.sent_at)}"
    ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = [
        ("承办单位", str(transfer.department)),
        ("联系人", " ".join(x for x in (transfer.department.contact_person, transfer.department.phone) if x)),
        ("类型", transfer.get_kind_display()),
        ("问题类别", taxonomy.label(transfer.oos_code) if transfer.oos_code else ""),
        ("转办事项", transfer.matter),
        ("办理要求", transfer.requirement),
        ("办理期限", f"{transfer.due_date:%Y年%m月%d日}（{transfer.due_workdays}个工作日）"),
    ]
    if identity:
        rows.append(("反映人信息", "；".join(f"{k}：{v}" for k, v in identity.items())))
        rows.append(("保密要求", "反映人信息仅限承办人掌握，严禁泄露或透露给被反映人及其单位。"))
    else:
        rows.append(("保密要求", "请严格保密，不得将转办事项透露给被反映人及其单位。"))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text = key
        cells[1].text = value
    doc.add_paragraph("")
    doc.add_paragraph(f"{rnd.group_name}（章）")
    doc.add_paragraph("")
    doc.add_paragraph("—— 签收回执 ——").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"转办单 {transfer.number} 已收到。")
    doc.add_paragraph("签收单位：＿＿＿＿＿＿＿＿　签收人：＿＿＿＿＿＿　签收时间：＿＿＿＿年＿＿月＿＿日")
    return _save(doc)


HANDOVER_HEADER = [
    "序号",
    "线索编号",
    "被反映人",
    "单位及职务",
    "问题类别",
    "主要问题",
    "证据材料",
    "处置意见",
]


def _handover_rows(clues: Sequence[Clue]) -> list[list[str]]:
    return [
        [
            str(n),
            c.number,
            c.accused_name,
            " ".join(x for x in (c.accused_unit, c.accused_position) if x),
            _codes(c.allegations),
            c.summary,
            c.evidence,
            taxonomy.label(c.disposition),
        ]
        for n, c in enumerate(clues, 1)
    ]


def handover_docx(handover: HandoverList, clues: Sequence[Clue]) -> bytes:
    rnd = handover.round
    doc = _doc(f"{rnd.group_name}问题线索移交清单")
    doc.add_paragraph(
        f"清单编号：{handover.number}　接收单位：{handover.receiver_name}　"
        f"移交日期：{_day(handover.created_at)}　共 {len(clues)} 件"
    )
    _table(doc, HANDOVER_HEADER, _handover_rows(clues))
    doc.add_paragraph("移交单位（章）：＿＿＿＿＿＿＿＿　　接收单位（章）：＿＿＿＿＿＿＿＿")
    for clue in clues:
        doc.add_page_break()
        head = doc.add_paragraph()
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = head.add_run("问题线索移交回执")
        run.bold = True
        run.font.size = Pt(16)
        doc.add_paragraph(f"{rnd.group_name}：")
        doc.add_paragraph(
            f"　　你组移交的问题线索（清单 {handover.number}，线索编号 {clue.number}，"
            f"被反映人 {clue.accused_name}）已收到。"
        )
        doc.add_paragraph(
            "接收单位（章）：＿＿＿＿＿＿＿＿　签收人：＿＿＿＿＿＿　签收日期：＿＿＿＿年＿＿月＿＿日"
        )
        doc.add_paragraph("拟处置方式：□谈话函询　□初步核实　□暂存待查　□予以了结　□立案审查调查　□组织处理")
    return _save(doc)


# ---------------------------------------------------------------- Excel


def _sheet(
    wb: Any, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[int]
) -> None:
    ws = wb.create_sheet(title)
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in rows:
        ws.append(list(row))
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    for row_cells in ws.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1


def _book() -> Any:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def _book_bytes(wb: Any) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def handover_xlsx(handover: HandoverList, clues: Sequence[Clue]) -> bytes:
    wb = _book()
    header = [*HANDOVER_HEADER, "签收人", "签收日期", "受理单位处置", "核查结论"]
    rows = [
        [
            *row,
            c.receipt_by,
            _day(c.receipt_at),
            taxonomy.label(c.receiver_status) if c.receiver_status else "",
            taxonomy.label(c.finding) if c.finding else "",
        ]
        for row, c in zip(_handover_rows(clues), clues, strict=True)
    ]
    _sheet(
        wb, f"移交清单{handover.number}"[:31], header, rows, [6, 16, 10, 24, 28, 50, 30, 16, 10, 12, 14, 12]
    )
    return _book_bytes(wb)


ITEM_LEDGER_HEADER = [
    "登记号",
    "收到日期",
    "渠道",
    "涉及县（市）",
    "被反映人",
    "职务",
    "单位",
    "标题/摘要",
    "署名情况",
    "状态",
    "处置方式",
    "转办单",
    "问题线索",
    "答复情况",
    "答复日期",
    "举报人评价",
]


def _delivery(response: Response) -> str:
    """The delivery state as the ledger shows it ("，已发送", "，发送失败" …)."""
    try:
        return f"，{response.record.get_delivery_display()}"
    except ObjectDoesNotExist:  # an answer recorded outside case work (no record)
        return ""


def item_ledger_rows(items: Iterable[Item]) -> list[list[str]]:
    rows = []
    for item in items:
        case = getattr(item, "case", None)
        responses = [r for r in item.responses.all() if r.kind in FINAL_KINDS] or list(item.responses.all())
        last: Response | None = responses[-1] if responses else None
        rows.append(
            [
                item.number,
                _day(item.received_at),
                item.channel.label,
                item.target.name if item.target else "",
                item.accused_name,
                item.accused_position,
                item.accused_unit,
                (item.subject or item.content)[:60],
                item.get_identity_kind_display(),
                item.get_status_display(),
                taxonomy.label(case.disposition) if case else "",
                "、".join(t.number for t in getattr(item, "transfers").all()),  # noqa: B009 — reverse accessor of casework, unknown to the type checker
                "、".join(c.number for c in getattr(item, "clues").all()),  # noqa: B009 — as above
                f"{last.get_kind_display()}（{last.via}{_delivery(last)}）" if last else "未答复",
                _day(last.created_at) if last else "",
                _word(item, answered=any(r.kind in FINAL_KINDS for r in item.responses.all())),
            ]
        )
    return rows


def _word(item: Item, *, answered: bool) -> str:
    """The reporter's latest word (满意/基本满意/不满意) and whether an objection is still open."""
    feedbacks = list(getattr(item, "feedbacks").all())  # noqa: B009 — reverse accessor of casework
    if not feedbacks:
        return "未评价" if answered else ""
    last = feedbacks[-1]
    if not last.is_objection:
        return last.get_satisfaction_display()
    return f"不满意（异议{'待处理' if last.is_open else '已重新答复'}）"


TRANSFER_LEDGER_HEADER = [
    "转办单号",
    "类型",
    "县（市）",
    "承办单位",
    "问题类别",
    "转办事项",
    "转办日期",
    "办理期限",
    "状态",
    "签收日期",
    "签收人",
    "报告日期",
    "审核通过日期",
    "退回次数",
    "催办次数",
    "是否逾期",
    "列入督办",
]


def transfer_ledger_rows(transfers: Iterable[Transfer]) -> list[list[Any]]:
    return [
        [
            t.number,
            t.get_kind_display(),
            t.target.name,
            t.department.name,
            taxonomy.label(t.oos_code) if t.oos_code else "",
            t.matter[:120],
            _day(t.sent_at),
            _day(t.due_date),
            t.get_status_display(),
            _day(t.signed_at),
            t.signed_by_name,
            _day(t.reported_at),
            _day(t.approved_at),
            t.redo_count,
            t.reminder_count,
            "是" if transfer_is_overdue(t) else "",
            _day(t.escalated_at),
        ]
        for t in transfers
    ]


CLUE_LEDGER_HEADER = [
    "线索编号",
    "县（市）",
    "被反映人",
    "单位及职务",
    "问题类别",
    "主要问题",
    "来源件",
    "拟处置",
    "建议人",
    "建议日期",
    "批准处置",
    "审批人",
    "审批日期",
    "移交清单",
    "签收日期",
    "受理单位处置",
    "核查结论",
]


def _who(user: Any) -> str:
    return str(user.get_full_name() or user.get_username()) if user else ""


def clue_ledger_rows(clues: Iterable[Clue]) -> list[list[str]]:
    return [
        [
            c.number,
            c.target.name if c.target else "",
            c.accused_name,
            " ".join(x for x in (c.accused_unit, c.accused_position) if x),
            _codes(c.allegations),
            c.summary[:200],
            "、".join(i.number for i in c.items.all()),
            taxonomy.label(c.proposed_disposition) if c.proposed_disposition else "",
            _who(c.proposed_by),
            _day(c.proposed_at),
            taxonomy.label(c.disposition) if c.disposition else "",
            _who(c.decided_by),
            _day(c.decided_at),
            c.handover.number if c.handover else "",
            _day(c.receipt_at),
            taxonomy.label(c.receiver_status) if c.receiver_status else "",
            taxonomy.label(c.finding) if c.finding else "",
        ]
        for c in clues
    ]


def ledger_xlsx(
    *,
    items: Iterable[Item] | None = None,
    transfers: Iterable[Transfer] | None = None,
    clues: Iterable[Clue] | None = None,
) -> bytes:
    """One workbook with a sheet per ledger asked for."""
    wb = _book()
    if items is not None:
        _sheet(
            wb,
            "信访件台账",
            ITEM_LEDGER_HEADER,
            item_ledger_rows(items),
            [16, 11, 14, 10, 10, 14, 16, 40, 8, 8, 16, 16, 14, 24, 11],
        )
    if transfers is not None:
        _sheet(
            wb,
            "转办台账",
            TRANSFER_LEDGER_HEADER,
            transfer_ledger_rows(transfers),
            [18, 14, 10, 18, 16, 40, 11, 11, 12, 11, 8, 11, 11, 8, 8, 8, 11],
        )
    if clues is not None:
        _sheet(
            wb,
            "线索台账",
            CLUE_LEDGER_HEADER,
            clue_ledger_rows(clues),
            [16, 10, 10, 24, 28, 40, 20, 14, 8, 11, 14, 8, 11, 14, 11, 12, 10],
        )
    return _book_bytes(wb)


def response_letter_docx(response: Response, *, addressee: str = "", address: str = "") -> bytes:
    """A printable answer. Name and address only when a permitted role printed it."""
    item = response.item
    rnd = item.round
    doc = _doc("答复函")
    if address:
        doc.add_paragraph(f"寄：{address}")
    doc.add_paragraph(f"{addressee or '反映人'}：")
    doc.add_paragraph(
        f"　　您于{timezone.localtime(item.received_at):%Y年%m月%d日}反映的问题（登记号 {item.number}）收悉。"
    )
    for line in response.public_text.splitlines():
        doc.add_paragraph(f"　　{line}")
    doc.add_paragraph("　　感谢您对巡视工作的支持。")
    doc.add_paragraph("")
    right = doc.add_paragraph(f"{rnd.group_name}\n{timezone.localtime(response.created_at):%Y年%m月%d日}")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return _save(doc)


def response_mail_subject(response: Response) -> str:
    return f"{response.item.round.group_name}关于您反映问题的答复"


def response_mail_body(response: Response) -> str:
    """The e-mail text: the same vetted public text as the letter and the status page, with
    no name of the reporter (the address is enough) and nothing investigative."""
    item = response.item
    day = timezone.localtime(item.received_at)
    lines = [
        "您好：",
        "",
        f"　　您于{day:%Y年%m月%d日}反映的问题（登记号 {item.number}）收悉。",
        *(f"　　{line}" for line in response.public_text.splitlines()),
        "　　感谢您对巡视工作的支持。",
        "",
        item.round.group_name,
        f"{timezone.localtime(response.created_at):%Y年%m月%d日}",
    ]
    return "\n".join(lines) + "\n"


def response_sms_text(response: Response) -> str:
    """The SMS text: the same vetted public text, signed with the group's name (an SMS has
    no sender name), the registration number so the reporter can ask after it, nothing else."""
    item = response.item
    day = timezone.localtime(item.received_at)
    body = "".join(line.strip() for line in response.public_text.splitlines())
    return (
        f"【{item.round.group_name}】您于{day:%Y年%m月%d日}反映的问题（登记号 {item.number}）收悉。"
        f"{body}感谢您对巡视工作的支持。"
    )
