"""Reporters' word on an answer (回访：满意/基本满意/不满意) and objections (异议) with their
re-check (复查): by receipt code on the status page, within the round's window, seen by
staff on the item page and the dashboard, ended only by a new recorded answer."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.casework.conftest import receive, user_of
from xunshi.audit.models import AuditEntry
from xunshi.casework.models import Department, ItemCase, RecheckOutcome, ReporterFeedback, Satisfaction
from xunshi.casework.selectors import response_clocks, satisfaction_counts
from xunshi.casework.services import (
    CaseworkError,
    RoundCloseRefused,
    item_dispose,
    objection_recheck,
    response_give,
    round_close,
    transfer_create,
)
from xunshi.cli.main import main as cli_main
from xunshi.core.workcalendar import add_workdays
from xunshi.intake.lifecycle import Status
from xunshi.intake.models import Attachment, IdentityKind, Item, Response, Supplement
from xunshi.intake.services import Identity
from xunshi.portal.receipts import code_hash
from xunshi.rounds.models import Round
from xunshi.security.pow import NO_SCRIPT_MESSAGE, solve

pytestmark = pytest.mark.django_db

NAMED = Identity(name="李四", phone="13900002222", address="任丘市某街2号")
REASONS = "答复只说已按规定处理，但赵某仍在收受购物卡，今年三月又收了一次。"
EVIDENCE = ("购物卡照片说明.txt", "2024年3月5日，赵某在镇政府办公室收下两张购物卡。".encode())


def status_page(client: Client, code: str) -> str:
    client.get(reverse("portal:status"))
    page = client.post(
        reverse("portal:status"), {"code": code, "csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    )
    assert page.status_code == 200
    return page.content.decode()


def feedback_fields(html: str) -> dict[str, str]:
    form = html[html.index('id="feedback-form"') :]
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', form).group(1)  # type: ignore[union-attr]
        for name in ("code", "token", "answer", "pow_challenge")
    }


def give_word(client: Client, fields: dict[str, str], **data: object):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("portal:feedback"),
        {**fields, "csrfmiddlewaretoken": client.cookies["csrftoken"].value, "pow_answer": "", **data},
    )


def staff_post(client: Client, url: str, data: dict[str, str]):  # type: ignore[no-untyped-def]
    # The dashboard sends the local liaison on to the transfers, which set the CSRF cookie.
    client.get(reverse("casework:dashboard"), follow=True)
    return client.post(url, {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value})


def answered_web_item(rnd: Round, staff: Client, code: str, *, named: bool = True) -> Item:
    item = receive(
        rnd,
        kind="web",
        receipt_hash=code_hash(code),
        identity=NAMED if named else None,
        identity_kind=IdentityKind.NAMED if named else IdentityKind.ANONYMOUS,
    )
    item_dispose(item=item, disposition="DSP.ARCHIVE", actor=user_of(staff))
    response_give(item=item, kind="result", phrase="handled", method="portal", actor=user_of(staff))
    return item


def test_objection_with_evidence_recheck_new_answer_and_round_close(
    demo_round: Round,
    staff_renqiu: Client,
    leader: Client,
    public: Client,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = "1111222233334444"
    item = answered_web_item(demo_round, staff_renqiu, code)
    assert Item.objects.get(pk=item.pk).status == Status.ANSWERED
    first_answer = Response.objects.get(item=item)

    # The reporter reads the answer and, within the window, says they do not accept it.
    html = status_page(public, code)
    assert "已按有关规定处理" in html and 'id="feedback-form"' in html
    fields = feedback_fields(html)
    assert fields["answer"] == str(first_answer.pk)
    # 不满意 without reasons is not an objection the desk can work on.
    refused = give_word(public, fields, satisfaction="unsatisfied", reasons="")
    assert refused.status_code == 400 and "提出异议请写明理由" in refused.content.decode()
    upload = {"attachments": SimpleUploadedFile(EVIDENCE[0], EVIDENCE[1], content_type="text/plain")}
    done = give_word(public, fields, satisfaction="unsatisfied", reasons=REASONS, **upload)
    assert done.status_code == 200
    page = done.content.decode()
    assert "您的异议已登记" in page and "您的异议已收到，正在复查" in page
    assert 'id="feedback-form"' not in page  # one word per answer
    # A retried POST of the same form (same token) records nothing twice.
    upload = {"attachments": SimpleUploadedFile(EVIDENCE[0], EVIDENCE[1], content_type="text/plain")}
    again = give_word(public, fields, satisfaction="unsatisfied", reasons=REASONS, **upload)
    assert again.status_code == 200
    objection = ReporterFeedback.objects.get(item=item)
    assert objection.satisfaction == Satisfaction.UNSATISFIED and objection.reasons == REASONS
    assert Supplement.objects.filter(item=item).count() == 1
    evidence = Attachment.objects.get(item=item)
    assert evidence.supplement_id == objection.supplement_id and evidence.media_type == "text/plain"

    # The item is open again, with a timeline line and audit rows.
    item.refresh_from_db()
    assert item.status == Status.DISPOSED
    kinds = list(item.events.values_list("kind", flat=True))
    assert "objection" in kinds and kinds.count("supplement") == 1
    assert item.events.filter(kind="status", summary__contains="举报人提出异议").exists()
    assert AuditEntry.objects.filter(action="item.objection", target_id=item.number).exists()

    # Staff see it on the item page and on the dashboard.
    item_url = reverse("casework:item", args=[item.number])
    item_page = staff_renqiu.get(item_url).content.decode()
    assert "异议待处理" in item_page and REASONS in item_page and 'id="recheck-form"' in item_page
    dashboard = staff_renqiu.get(reverse("casework:dashboard")).content.decode()
    objections_table = dashboard[dashboard.index('id="objections"') :]
    assert item.number in objections_table.split("</table>")[0] and "待复查" in objections_table
    assert re.search(r'id="count-objections"><strong>1</strong>异议待处理', dashboard)

    # A 实名 reporter's objection has its own 15-working-day clock.
    clocks = [c for c in response_clocks(Item.objects.filter(pk=item.pk)) if c.kind == "recheck"]
    assert [c.label for c in clocks] == ["异议复查答复"]
    assert clocks[0].due == add_workdays(timezone.localtime(objection.received_at).date(), 15)
    assert "异议复查答复期限" in item_page

    # The round cannot close while the objection is unanswered: CLI and workbench.
    with pytest.raises(RoundCloseRefused):
        round_close(round=demo_round, actor=user_of(leader))
    capsys.readouterr()
    assert cli_main(["round", "close", "--round", demo_round.slug]) == 1
    err = capsys.readouterr().err
    assert err.startswith("xunshi: 尚有信访件没有记录答复，不能结束本轮巡视：" + item.number)
    assert f"  {item.number}  已处置  {item.content[:30]}" in err.splitlines()
    refused_page = staff_post(leader, reverse("casework:round_close"), {})
    assert refused_page.status_code == 200
    assert item.number in refused_page.content.decode().split('id="close-refused"')[1].split("</div>")[0]

    # A new answer before the re-check finding is refused; the finding needs reasons.
    with pytest.raises(CaseworkError, match="请先记录复查结论"):
        response_give(
            item=item, kind="result", phrase="handled", method="portal", actor=user_of(staff_renqiu)
        )
    empty = staff_post(
        staff_renqiu,
        item_url,
        {"action": "recheck", "feedback": str(objection.pk), "outcome": "maintain", "reason": ""},
    )
    assert empty.status_code == 302
    assert not ReporterFeedback.objects.get(pk=objection.pk).recheck_outcome
    found = staff_post(
        staff_renqiu,
        item_url,
        {
            "action": "recheck",
            "feedback": str(objection.pk),
            "outcome": "maintain",
            "reason": "经复查，原答复依据充分。",
        },
    )
    assert found.status_code == 302
    objection.refresh_from_db()
    assert objection.recheck_outcome == RecheckOutcome.MAINTAIN and objection.is_open
    assert item.events.filter(kind="recheck", summary="异议复查：维持原答复").exists()

    # Every objection ends with a new recorded answer.
    new_answer = response_give(
        item=item,
        kind="result",
        phrase="handled",
        method="portal",
        free_text="经复查，维持原答复。感谢您的监督。",
        actor=user_of(staff_renqiu),
    )
    objection.refresh_from_db()
    assert objection.answer == new_answer and not objection.is_open
    item.refresh_from_db()
    assert item.status == Status.ANSWERED
    assert not [c for c in response_clocks(Item.objects.filter(pk=item.pk)) if c.kind == "recheck"]

    # The status page shows the new answer, and offers a word on it (复核) in its own window.
    html = status_page(public, code)
    assert "经复查，维持原答复。" in html and "已重新答复" in html
    assert feedback_fields(html)["answer"] == str(new_answer.pk)

    assert cli_main(["round", "close", "--round", demo_round.slug]) == 0


def test_redo_reopens_the_handling_and_new_work_follows(
    demo_round: Round, staff_renqiu: Client, public: Client, directory: dict[str, Department]
) -> None:
    code = "5555666677778888"
    item = answered_web_item(demo_round, staff_renqiu, code)
    fields = feedback_fields(status_page(public, code))
    give_word(public, fields, satisfaction="unsatisfied", reasons=REASONS)
    objection = ReporterFeedback.objects.get(item=item)
    concluded = ItemCase.objects.get(item=item).concluded_at
    objection_recheck(
        feedback=objection,
        outcome=RecheckOutcome.REDO,
        reason="新证据具体，需重新核查。",
        actor=user_of(staff_renqiu),
    )
    # The matter is no longer concluded: new handling (here a transfer) follows. The earlier
    # conclusion is not lost: the timeline keeps it.
    assert ItemCase.objects.get(item=item).concluded_at is None
    assert concluded is not None
    reopened = item.events.get(kind="recheck_reopened")
    assert reopened.data["concluded_at"] == concluded.isoformat()
    transfer = transfer_create(
        item=item,
        department=directory["jw"],
        oos_code="",
        matter="反映人对答复有异议并提供新情况，请重新核查。",
        due_workdays=15,
        actor=user_of(staff_renqiu),
    )
    assert transfer.item == item
    with pytest.raises(CaseworkError, match="已记录复查结论"):
        objection_recheck(feedback=objection, outcome=RecheckOutcome.MAINTAIN, reason="改为维持", actor=None)


def test_objection_window_is_a_round_setting(demo_round: Round, staff_renqiu: Client, public: Client) -> None:
    # Anonymous reporters may give their word with the receipt code too.
    code = "9999000011112222"
    item = answered_web_item(demo_round, staff_renqiu, code, named=False)
    html = status_page(public, code)
    fields = feedback_fields(html)
    assert demo_round.objection_window_days == 30
    Response.objects.filter(item=item).update(created_at=timezone.now() - dt.timedelta(days=31))

    html = status_page(public, code)
    assert 'id="feedback-form"' not in html
    assert "须在答复后 30 日内提出" in html and "现已超过期限" in html
    late = give_word(public, fields, satisfaction="unsatisfied", reasons=REASONS)
    assert late.status_code == 400 and "现已超过期限" in late.content.decode()
    assert not ReporterFeedback.objects.exists()
    assert Item.objects.get(pk=item.pk).status == Status.ANSWERED

    demo_round.objection_window_days = 60
    demo_round.save(update_fields=["objection_window_days"])
    fields = feedback_fields(status_page(public, code))
    ok = give_word(public, fields, satisfaction="basic")
    assert ok.status_code == 200 and "已收到您的评价" in ok.content.decode()
    word = ReporterFeedback.objects.get(item=item)
    assert word.satisfaction == Satisfaction.BASIC and not word.is_objection
    assert Item.objects.get(pk=item.pk).status == Status.ANSWERED  # a word of acceptance re-opens nothing
    assert item.events.filter(kind="feedback", actor_label="匿名举报人").exists()


def test_no_word_before_the_answer_is_delivered(
    demo_round: Round, staff_renqiu: Client, public: Client
) -> None:
    code = "3333444455556666"
    receive(demo_round, kind="web", receipt_hash=code_hash(code))
    html = status_page(public, code)
    assert 'id="feedback-form"' not in html and "对答复的评价" not in html


def test_proof_of_work_applies_to_the_word(
    demo_round: Round, staff_renqiu: Client, public: Client, settings: object
) -> None:
    settings.XUNSHI_PORTAL_POW_BITS = 8  # type: ignore[attr-defined]
    code = "7777888899990000"
    answered_web_item(demo_round, staff_renqiu, code)
    fields = feedback_fields(status_page(public, code))
    unsolved = give_word(public, fields, satisfaction="satisfied")
    assert unsolved.status_code == 400 and NO_SCRIPT_MESSAGE in unsolved.content.decode()
    assert not ReporterFeedback.objects.exists()
    solved = give_word(public, fields, satisfaction="satisfied", pow_answer=solve(fields["pow_challenge"]))
    assert solved.status_code == 200
    assert ReporterFeedback.objects.get().satisfaction == Satisfaction.SATISFIED


def test_satisfaction_figures_on_the_dashboard_and_in_the_ledger(
    demo_round: Round, staff_renqiu: Client, public: Client
) -> None:
    codes = {"satisfied": "1000200030004000", "basic": "1000200030004001", "": "1000200030004002"}
    items = {}
    for word, code in codes.items():
        items[word] = answered_web_item(demo_round, staff_renqiu, code)
        if word:
            give_word(public, feedback_fields(status_page(public, code)), satisfaction=word)
    objected = answered_web_item(demo_round, staff_renqiu, "1000200030004003")
    give_word(
        public,
        feedback_fields(status_page(public, "1000200030004003")),
        satisfaction="unsatisfied",
        reasons=REASONS,
    )
    receive(demo_round)  # not answered: not counted
    counts = satisfaction_counts(Item.objects.filter(round=demo_round))
    assert counts == [("满意", 1), ("基本满意", 1), ("不满意", 1), ("未评价", 1)]
    dashboard = staff_renqiu.get(reverse("casework:dashboard")).content.decode()
    table = dashboard[dashboard.index('id="satisfaction"') :].split("</table>")[0]
    assert re.findall(r"<td>(\d+)</td>", table) == ["1", "1", "1", "1"]
    assert "举报人评价" in dashboard

    ledger = staff_renqiu.get(reverse("casework:ledger", args=["items"]))
    sheet = load_workbook(io.BytesIO(ledger.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r and "登记号" in r)
    column = header.index("举报人评价")
    by_number = {r[0]: r[column] for r in rows if r and r[0]}
    assert by_number[items["satisfied"].number] == "满意"
    assert by_number[items["basic"].number] == "基本满意"
    assert by_number[items[""].number] == "未评价"
    assert by_number[objected.number] == "不满意（异议待处理）"


def test_local_liaison_sees_no_objection(
    demo_round: Round, staff_renqiu: Client, public: Client, local_liaison: Client
) -> None:
    code = "2222333344445555"
    item = answered_web_item(demo_round, staff_renqiu, code)
    give_word(public, feedback_fields(status_page(public, code)), satisfaction="unsatisfied", reasons=REASONS)
    assert local_liaison.get(reverse("casework:item", args=[item.number])).status_code == 404
    assert local_liaison.get(reverse("casework:dashboard")).status_code == 302
    page = local_liaison.get(reverse("casework:transfers")).content.decode()
    assert REASONS not in page and "异议" not in page
    denied = staff_post(
        local_liaison,
        reverse("casework:item", args=[item.number]),
        {
            "action": "recheck",
            "feedback": str(ReporterFeedback.objects.get().pk),
            "outcome": "maintain",
            "reason": "x",
        },
    )
    assert denied.status_code == 404
    assert not ReporterFeedback.objects.get().recheck_outcome


def test_one_word_per_answer_and_no_objection_after_a_second_recheck(
    demo_round: Round, staff_renqiu: Client, public: Client
) -> None:
    code = "6666777788889999"
    item = answered_web_item(demo_round, staff_renqiu, code)
    staff = user_of(staff_renqiu)
    for round_no in (1, 2):
        html = status_page(public, code)
        fields = feedback_fields(html)
        spare = feedback_fields(status_page(public, code))  # a second tab: same answer, its own token
        assert spare["token"] != fields["token"]
        assert give_word(public, fields, satisfaction="unsatisfied", reasons=REASONS).status_code == 200
        # The second tab's word on the same answer is refused, not recorded.
        again = give_word(public, spare, satisfaction="satisfied")
        assert again.status_code == 400 and "不能重复评价" in again.content.decode()
        objection = ReporterFeedback.objects.get(item=item, answer__isnull=True)
        objection_recheck(
            feedback=objection, outcome=RecheckOutcome.MAINTAIN, reason=f"第{round_no}次复查", actor=staff
        )
        response_give(item=item, kind="result", phrase="handled", method="portal", actor=staff)
    assert ReporterFeedback.objects.filter(item=item).count() == 2
    # 复查 and 复核 done: a word is still welcome, a third objection is not.
    fields = feedback_fields(status_page(public, code))
    third = give_word(public, fields, satisfaction="unsatisfied", reasons=REASONS)
    assert third.status_code == 400 and "不再受理异议" in third.content.decode()
    assert give_word(public, fields, satisfaction="basic").status_code == 200
    assert Item.objects.get(pk=item.pk).status == Status.ANSWERED


def test_round_leads_set_the_window_on_the_dashboard(
    demo_round: Round, leader: Client, staff_renqiu: Client, local_liaison: Client
) -> None:
    url = reverse("casework:objection_window")
    dashboard = leader.get(reverse("casework:dashboard")).content.decode()
    assert 'id="objection-window"' in dashboard and 'value="30"' in dashboard
    assert 'id="objection-window"' not in staff_renqiu.get(reverse("casework:dashboard")).content.decode()
    assert staff_post(staff_renqiu, url, {"days": "90"}).status_code == 403
    assert staff_post(local_liaison, url, {"days": "90"}).status_code == 403
    assert staff_post(leader, url, {"days": "0"}).status_code == 302
    demo_round.refresh_from_db()
    assert demo_round.objection_window_days == 30
    assert staff_post(leader, url, {"days": "60"}).status_code == 302
    demo_round.refresh_from_db()
    assert demo_round.objection_window_days == 60
    entry = AuditEntry.objects.get(action="round.objection_window")
    assert entry.data == {"from": 30, "to": 60}


def test_staff_record_the_word_of_a_reporter_without_a_receipt_code(
    demo_round: Round, staff_renqiu: Client, local_liaison: Client
) -> None:
    # A letter writer was answered by letter; they call back and object (回访 by phone).
    item = receive(demo_round, kind="po_box", identity=NAMED, identity_kind=IdentityKind.NAMED)
    item_dispose(item=item, disposition="DSP.ARCHIVE", actor=user_of(staff_renqiu))
    response_give(item=item, kind="result", phrase="handled", method="letter", actor=user_of(staff_renqiu))
    url = reverse("casework:item", args=[item.number])
    page = staff_renqiu.get(url).content.decode()
    assert 'id="record-feedback-form"' in page
    no_reason = staff_post(
        staff_renqiu, url, {"action": "record_feedback", "via": "phone", "satisfaction": "unsatisfied"}
    )
    assert no_reason.status_code == 302 and not ReporterFeedback.objects.exists()
    # The status page's way is the reporter's own; staff cannot speak "by receipt code".
    staff_post(staff_renqiu, url, {"action": "record_feedback", "via": "portal", "satisfaction": "satisfied"})
    assert not ReporterFeedback.objects.exists()
    # The local liaison cannot record anything on an item.
    denied = staff_post(
        local_liaison, url, {"action": "record_feedback", "via": "phone", "satisfaction": "satisfied"}
    )
    assert denied.status_code == 404 and not ReporterFeedback.objects.exists()
    done = staff_post(
        staff_renqiu,
        url,
        {"action": "record_feedback", "via": "phone", "satisfaction": "unsatisfied", "reasons": REASONS},
    )
    assert done.status_code == 302
    objection = ReporterFeedback.objects.get(item=item)
    assert objection.via == "phone" and objection.recorded_by == user_of(staff_renqiu) and objection.is_open
    item.refresh_from_db()
    assert item.status == Status.DISPOSED
    line = item.events.get(kind="objection")
    assert line.actor == user_of(staff_renqiu) and "电话（含回访），工作人员登记" in line.summary
    page = staff_renqiu.get(url).content.decode()
    assert "异议待处理" in page and 'id="record-feedback-form"' not in page


def test_after_the_round_ended_the_page_says_where_to_turn(
    demo_round: Round, staff_renqiu: Client, public: Client
) -> None:
    code = "8888999900001111"
    item = answered_web_item(demo_round, staff_renqiu, code)
    fields = feedback_fields(status_page(public, code))
    round_close(round=demo_round, actor=None, actor_label="测试")
    html = status_page(public, code)
    assert 'id="feedback-form"' not in html and "已结束本轮巡视" in html and "当地纪委监委" in html
    late = give_word(public, fields, satisfaction="unsatisfied", reasons=REASONS)
    assert late.status_code == 400 and "已结束本轮巡视" in late.content.decode()
    assert not ReporterFeedback.objects.exists()
    assert Item.objects.get(pk=item.pk).status == Status.CLOSED
