"""Feedback and rectification: problems → feedback; the county's ledger of measures with
evidence, sign-off and check (对账销号); 立行立改 during the round; the two-month report
deadline; Word and Excel output; the local liaison sees and updates its own ledger only."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from docx import Document
from openpyxl import load_workbook

from tests.fieldwork.conftest import Cast
from xunshi.audit.models import AuditEntry
from xunshi.fieldwork.models import Feedback, Problem, Rectification, add_months
from xunshi.fieldwork.selectors import feedback_overview
from xunshi.fieldwork.services import (
    FieldworkError,
    feedback_deliver,
    feedback_report_received,
    problem_add,
    problem_issue_immediately,
    rectification_add,
    rectification_progress,
    rectification_sign_off,
)

pytestmark = pytest.mark.django_db
URL = "/workbench/fieldwork/rectification/"


def problem(
    cast: Cast, title: str = "落实中央八项规定精神不到位，公务接待超标准", county: str = "任丘市"
) -> Problem:
    return problem_add(
        round=cast.round,
        target=cast.county(county),
        title=title,
        detail="2014年接待费超预算",
        actor=cast.leader.user,
    )


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(dt.date(2015, 8, 31), 2) == dt.date(2015, 10, 31)
    assert add_months(dt.date(2015, 12, 31), 2) == dt.date(2016, 2, 29)
    assert add_months(dt.date(2015, 11, 15), 2) == dt.date(2016, 1, 15)


def test_problems_reach_the_county_only_when_handed_over(cast: Cast) -> None:
    early = problem(cast, "群众反映强烈的某村饮水工程长期停工")
    later = problem(cast)
    assert [early.seq, later.seq] == [1, 2]
    assert "饮水工程" not in cast.liaison.page(URL)
    cast.leader.post(f"{URL}problems/{early.pk}/issue/", {})
    early.refresh_from_db()
    assert early.immediate and early.issued_at is not None
    page = cast.liaison.page(URL)
    assert "饮水工程" in page and "接待超标准" not in page
    assert cast.liaison.client.get(f"{URL}problems/{later.pk}/").status_code == 404
    with pytest.raises(FieldworkError, match="已交办"):
        problem_issue_immediately(problem=early, actor=cast.leader.user)
    assert cast.liaison.post(f"{URL}problems/{later.pk}/issue/", {}).status_code == 404
    assert cast.asker.post(f"{URL}problems/{later.pk}/issue/", {}).status_code == 403


def test_feedback_hands_over_all_problems_and_starts_the_two_month_clock(cast: Cast) -> None:
    problem(cast)
    response = cast.leader.post(
        URL,
        {
            "action": "feedback",
            "target": cast.county().pk,
            "doc_number": "冀巡七〔2015〕1号",
            "delivered_on": "2015-10-20",
        },
    )
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert feedback.report_due == dt.date(2015, 12, 20)
    assert Problem.objects.filter(issued_at__isnull=True).count() == 0
    row = feedback_overview(cast.round, Problem.objects.all())[0]
    assert row.report_state(dt.date(2015, 12, 1)) == "剩余 19 天"
    assert row.report_state(dt.date(2015, 12, 25)) == "逾期 5 天"
    feedback_report_received(feedback=feedback, on=dt.date(2015, 12, 18), actor=cast.office.user)
    row = feedback_overview(cast.round, Problem.objects.all())[0]
    assert row.report_state(dt.date(2015, 12, 25)) == "已报送"
    with pytest.raises(FieldworkError, match="已经送达"):
        feedback_deliver(
            round=cast.round,
            target=cast.county(),
            doc_number="",
            delivered_on=dt.date(2015, 10, 21),
            actor=cast.leader.user,
        )
    late = problem(cast, "选人用人问题")  # added after the feedback: handed over at once
    assert late.issued_at is not None


def test_feedback_needs_problems_and_a_writer(cast: Cast) -> None:
    with pytest.raises(FieldworkError, match="问题清单"):
        feedback_deliver(
            round=cast.round,
            target=cast.county(),
            doc_number="",
            delivered_on=timezone.localdate(),
            actor=cast.leader.user,
        )
    response = cast.asker.post(URL, {"action": "problem", "target": cast.county().pk, "title": "x"})
    assert response.status_code == 403
    assert (
        cast.liaison.post(URL, {"action": "problem", "target": cast.county().pk, "title": "x"}).status_code
        == 403
    )


def test_liaison_keeps_the_ledger_and_the_group_checks_it(cast: Cast) -> None:
    p = problem(cast)
    problem_issue_immediately(problem=p, actor=cast.leader.user)
    response = cast.liaison.post(
        f"{URL}problems/{p.pk}/",
        {
            "measure": "全面清理2014年以来公务接待",
            "kind": "deadline",
            "responsible_unit": "市委办",
            "responsible_person": "刘某",
        },
    )
    assert (
        response.status_code == 200 and "完成时限" in response.content.decode()
    )  # 限期整改 needs a deadline
    cast.liaison.post(
        f"{URL}problems/{p.pk}/",
        {
            "measure": "全面清理2014年以来公务接待",
            "kind": "deadline",
            "responsible_unit": "市委办",
            "responsible_person": "刘某",
            "deadline": "2015-12-31",
        },
    )
    rect = Rectification.objects.get()
    with pytest.raises(FieldworkError, match="佐证材料"):
        rectification_sign_off(rect=rect, actor=cast.liaison.user)
    cast.liaison.post(
        f"{URL}measures/{rect.pk}/",
        {
            "progress": "已清退超标费用3.2万元",
            "evidence_text": "清退凭证",
            "file": SimpleUploadedFile("凭证.pdf", b"%PDF-1.4 proof", content_type="application/pdf"),
        },
    )
    evidence = rect.evidence.get()
    assert evidence.original_name == "凭证.pdf"
    assert cast.liaison.client.get(f"{URL}evidence/{evidence.pk}/").content == b"%PDF-1.4 proof"
    cast.liaison.post(f"{URL}measures/{rect.pk}/sign-off/", {})
    rect.refresh_from_db()
    assert rect.status == Rectification.Status.SIGNED_OFF and rect.signed_off_by == cast.liaison.user
    assert cast.liaison.post(f"{URL}measures/{rect.pk}/check/", {"accept": "1"}).status_code == 403
    cast.office.post(f"{URL}measures/{rect.pk}/check/", {"accept": "0", "note": "凭证不全"})
    rect.refresh_from_db()
    assert rect.status == Rectification.Status.OPEN and "凭证不全" in rect.progress
    rectification_sign_off(rect=rect, actor=cast.liaison.user)
    cast.leader.post(f"{URL}measures/{rect.pk}/check/", {"accept": "1"})
    rect.refresh_from_db()
    assert rect.status == Rectification.Status.CHECKED and rect.checked_by == cast.leader.user
    with pytest.raises(FieldworkError, match="已销号"):
        rectification_progress(rect=rect, progress="改", actor=cast.liaison.user)
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "fieldwork.rectification.sign_off",
        "fieldwork.rectification.return",
        "fieldwork.rectification.check",
    } <= actions


def test_liaison_sees_and_updates_only_its_own_county(cast: Cast) -> None:
    mine = problem(cast)
    theirs = problem(cast, "河间问题", county="河间市")
    for p in (mine, theirs):
        problem_issue_immediately(problem=p, actor=cast.leader.user)
    rect = rectification_add(
        problem=theirs, measure="措施", kind="long_term", responsible_person="某", actor=cast.leader.user
    )
    assert "河间问题" not in cast.liaison.page(URL)
    assert cast.liaison.client.get(f"{URL}problems/{theirs.pk}/").status_code == 404
    assert cast.liaison.client.get(f"{URL}measures/{rect.pk}/").status_code == 404
    assert cast.liaison.post(f"{URL}measures/{rect.pk}/sign-off/", {}).status_code == 404
    assert cast.liaison.client.get(f"{URL}{cast.county('河间市').pk}/ledger.xlsx").status_code == 404
    # Staff read the ledger but do not write it.
    assert (
        cast.asker.post(
            f"{URL}problems/{mine.pk}/", {"measure": "x", "kind": "long_term", "responsible_person": "x"}
        ).status_code
        == 403
    )


def test_word_and_excel_output(cast: Cast) -> None:
    p = problem(cast)
    feedback_deliver(
        round=cast.round,
        target=cast.county(),
        doc_number="冀巡七〔2015〕1号",
        delivered_on=dt.date(2015, 10, 20),
        actor=cast.leader.user,
    )
    rectification_add(
        problem=p,
        measure='=HYPERLINK("x")清理接待',
        kind="immediate",
        responsible_person="刘某",
        responsible_unit="市委办",
        actor=cast.liaison.user,
    )
    target = cast.county().pk
    response = cast.leader.client.get(f"{URL}{target}/feedback.docx")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    doc = Document(io.BytesIO(response.content))
    texts = [para.text for para in doc.paragraphs]
    assert texts[0] == "省委第七巡视组关于巡视任丘市的反馈意见" and texts[1] == "冀巡七〔2015〕1号"
    assert doc.tables[0].rows[1].cells[1].text == p.title
    ledger_doc = Document(io.BytesIO(cast.liaison.client.get(f"{URL}{target}/ledger.docx").content))
    assert ledger_doc.paragraphs[0].text == "任丘市落实省委第七巡视组反馈意见整改台账"
    assert [c.text for c in ledger_doc.tables[0].rows[0].cells][:3] == ["序号", "问题", "整改措施"]
    assert ledger_doc.tables[0].rows[1].cells[5].text == "刘某"
    book = load_workbook(io.BytesIO(cast.liaison.client.get(f"{URL}{target}/ledger.xlsx").content))
    sheet = book["整改台账"]
    assert sheet["A1"].value == "任丘市落实省委第七巡视组反馈意见整改台账"
    assert sheet["B3"].value == p.title and sheet["D3"].value == "立行立改" and sheet["I3"].value == "整改中"
    assert str(sheet["C3"].value).startswith("'=")  # never a live formula


def test_the_county_reads_its_feedback_only_once_delivered(cast: Cast) -> None:
    p = problem(cast)
    problem_issue_immediately(problem=p, actor=cast.leader.user)
    url = f"{URL}{cast.county().pk}/feedback.docx"
    assert cast.liaison.client.get(url).status_code == 404
    assert "反馈意见.docx" not in cast.liaison.page(URL)
    assert cast.leader.client.get(url).status_code == 200  # a draft for the group
    feedback_deliver(
        round=cast.round,
        target=cast.county(),
        doc_number="",
        delivered_on=dt.date(2015, 10, 20),
        actor=cast.leader.user,
    )
    assert cast.liaison.client.get(url).status_code == 200


def test_staff_read_the_problems_of_their_own_counties(cast: Cast) -> None:
    problem(cast)
    problem(cast, "青县问题", county="青县")
    assert "接待超标准" in cast.asker.page(URL) and "青县问题" not in cast.asker.page(URL)
    assert "青县问题" in cast.other_staff.page(URL) and "接待超标准" not in cast.other_staff.page(URL)
    assert "青县问题" in cast.group_liaison.page(URL) and "青县问题" in cast.office.page(URL)


def test_the_report_deadline_is_on_the_liaisons_home_page(cast: Cast) -> None:
    problem(cast)
    delivered = timezone.localdate() - dt.timedelta(days=10)
    feedback_deliver(
        round=cast.round, target=cast.county(), doc_number="", delivered_on=delivered, actor=cast.leader.user
    )
    page = cast.liaison.page("/workbench/fieldwork/")
    assert add_months(delivered, 2).isoformat() in page and "剩余" in page
    assert "任丘市" not in cast.other_liaison.page("/workbench/fieldwork/")
