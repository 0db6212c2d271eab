"""Case work in detail: who may do what, how answers may go out, what public texts may
say, and what the exported documents carry (never the reporter)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from docx import Document
from openpyxl import load_workbook

from tests.casework.conftest import receive, user_of
from xunshi.audit.models import AuditEntry
from xunshi.audit.services import audit_verify
from xunshi.casework.models import Department, ItemCase, TransferStatus
from xunshi.casework.selectors import (
    departments_suggest,
    items_per_category,
    response_clocks,
    response_methods,
    transfer_is_overdue,
)
from xunshi.casework.services import (
    CaseworkError,
    clue_create,
    clue_decide,
    clue_propose,
    clue_record_receiver_status,
    clue_update,
    directory_seed,
    handover_create,
    item_dispose,
    response_give,
    transfer_approve,
    transfer_create,
    transfer_remind,
    transfer_report,
    transfer_set_identity,
    transfer_sign,
)
from xunshi.cli.main import main as cli_main
from xunshi.core.workcalendar import add_workdays
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity
from xunshi.portal.receipts import code_hash
from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db

NAMED = Identity(name="张三", phone="13800001111", address="任丘市某街1号", email="zs@example.org")


def post(client: Client, url: str, data: dict[str, str]):  # type: ignore[no-untyped-def]
    client.get(reverse("casework:dashboard"))
    token = client.cookies["csrftoken"].value
    return client.post(url, {**data, "csrfmiddlewaretoken": token})


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def xlsx_text(data: bytes) -> str:
    wb = load_workbook(io.BytesIO(data))
    return "\n".join(
        " ".join(str(v) for v in row if v is not None)
        for ws in wb.worksheets
        for row in ws.iter_rows(values_only=True)
    )


# ---------------------------------------------------------------- answers


def test_sms_is_refused_on_a_receive_only_mobile(demo_round: Round, staff_renqiu: Client) -> None:
    item = receive(
        demo_round,
        kind="sms",
        identity=Identity(name="李四", sender="13900002222"),
        identity_kind=IdentityKind.NAMED,
    )
    methods = {m.code: m for m in response_methods(item)}
    assert not methods["sms"].allowed and "仅接收" in methods["sms"].reason
    assert methods["phone"].allowed
    with pytest.raises(CaseworkError, match="短信"):
        response_give(
            item=item, kind="acknowledge", phrase="accepted", method="sms", actor=user_of(staff_renqiu)
        )
    response_give(
        item=item, kind="acknowledge", phrase="accepted", method="phone", actor=user_of(staff_renqiu)
    )
    assert item.responses.get().via == "电话告知"


def test_anonymous_reporter_reads_the_answer_by_receipt_code(
    demo_round: Round, staff_renqiu: Client, public: Client
) -> None:
    code = "1234567812345678"
    item = receive(demo_round, kind="web", receipt_hash=code_hash(code))
    methods = {m.code: m for m in response_methods(item)}
    assert methods["portal"].allowed and not methods["record"].allowed
    response_give(
        item=item, kind="result", phrase="handed_over", method="portal", actor=user_of(staff_renqiu)
    )
    public.get(reverse("portal:status"))
    page = public.post(
        reverse("portal:status"), {"code": code, "csrfmiddlewaretoken": public.cookies["csrftoken"].value}
    )
    assert "已按规定转交有关地方和部门办理" in page.content.decode()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("赵某已被处理", "赵某"),
        ("见线索 HB7D-XS-001", "编号"),
        ("已进行谈话函询", "谈话函询"),
        ("已立案", "立案"),
    ],
)
def test_public_free_text_never_reveals_investigative_detail(
    demo_round: Round, staff_renqiu: Client, text: str, problem: str
) -> None:
    item = receive(demo_round, kind="web", accused="赵某", receipt_hash=code_hash("8765432187654321"))
    with pytest.raises(CaseworkError, match=problem):
        response_give(
            item=item,
            kind="result",
            phrase="handled",
            method="portal",
            free_text=text,
            actor=user_of(staff_renqiu),
        )
    response_give(
        item=item,
        kind="result",
        phrase="handled",
        method="portal",
        free_text="感谢您的监督。",
        actor=user_of(staff_renqiu),
    )


def test_email_answer_is_not_claimed_sent_without_a_mail_server_and_letter_printed_without_identity(
    demo_round: Round, staff_renqiu: Client, leader: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sending through a real SMTP server is tested in test_mailer.py.
    monkeypatch.delenv("XUNSHI_SMTP_HOST", raising=False)
    demo_round.answerer = Round.Answerer.GROUP
    demo_round.save(update_fields=["answerer"])
    item = receive(demo_round, kind="email", identity=NAMED, identity_kind=IdentityKind.NAMED)
    response = response_give(
        item=item, kind="acknowledge", phrase="accepted", method="email", actor=user_of(staff_renqiu)
    )
    assert response.record.delivery == "manual"
    letter = response_give(
        item=item, kind="result", phrase="handled", method="letter", actor=user_of(staff_renqiu)
    )
    url = reverse("casework:response_letter", args=[item.number, letter.pk])
    text = docx_text(staff_renqiu.get(url).content)
    assert "已按有关规定处理" in text and "张三" not in text
    # Staff may not print it with the address; the 组长 may, and that is audited.
    assert post(staff_renqiu, url, {"reason": "寄送"}).status_code == 403
    text = docx_text(post(leader, url, {"reason": "寄送答复函"}).content)
    assert "张三" in text and "任丘市某街1号" in text
    assert item.events.filter(kind="identity_revealed").exists()


def test_clocks_of_a_real_name_item(demo_round: Round, staff_renqiu: Client) -> None:
    item = receive(demo_round, identity=NAMED, identity_kind=IdentityKind.NAMED)
    Item.objects.filter(pk=item.pk).update(registered_at=timezone.now() - dt.timedelta(days=40))
    [ack] = response_clocks(Item.objects.filter(pk=item.pk))
    assert ack.kind == "ack" and ack.overdue
    response_give(
        item=item, kind="acknowledge", phrase="accepted", method="letter", actor=user_of(staff_renqiu)
    )
    item_dispose(item=item, disposition="DSP.ARCHIVE", actor=user_of(staff_renqiu))
    [result] = response_clocks(Item.objects.filter(pk=item.pk))
    concluded = ItemCase.objects.get(item=item).concluded_at
    assert concluded is not None
    assert result.kind == "result" and result.due == add_workdays(timezone.localtime(concluded).date(), 15)
    page = staff_renqiu.get(reverse("casework:dashboard")).content.decode()
    assert item.number in page and "结果反馈" in page
    # Anonymous items owe no notices.
    anon = receive(demo_round)
    assert response_clocks(Item.objects.filter(pk=anon.pk)) == []


# ---------------------------------------------------------------- transfers


def test_local_liaison_sees_only_its_county_and_no_items(
    demo_round: Round, directory: dict[str, Department], local_liaison: Client, staff_renqiu: Client
) -> None:
    cang = demo_round.targets.get(name="沧县")
    other_dept = Department.objects.create(round=demo_round, target=cang, name="沧县自然资源局")
    mine = transfer_create(
        item=receive(demo_round), department=directory["land"], matter="事项一", actor=user_of(staff_renqiu)
    )
    theirs = transfer_create(
        item=receive(demo_round, county="沧县"), department=other_dept, matter="事项二", actor=None
    )
    listing = local_liaison.get(reverse("casework:transfers")).content.decode()
    assert mine.number in listing and theirs.number not in listing
    assert local_liaison.get(reverse("casework:transfer", args=[theirs.pk])).status_code == 404
    assert local_liaison.get(reverse("casework:clues")).status_code == 403
    assert local_liaison.get(reverse("casework:ledger", args=["items"])).status_code == 403
    assert local_liaison.get(reverse("workbench:item_list")).status_code in (200, 403)
    assert mine.item.number not in local_liaison.get(reverse("workbench:item_list")).content.decode()
    # Group steps are not the liaison's.
    assert (
        post(local_liaison, reverse("casework:transfer", args=[mine.pk]), {"action": "remind"}).status_code
        == 403
    )


def test_returned_transfer_and_reminders_only_when_overdue(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client
) -> None:
    staff = user_of(staff_renqiu)
    transfer = transfer_create(
        item=receive(demo_round), department=directory["land"], matter="事项", due_workdays=5, actor=staff
    )
    assert transfer.due_date == add_workdays(timezone.localdate(), 5)
    with pytest.raises(CaseworkError, match="未逾期"):
        transfer_remind(transfer=transfer, actor=staff)
    later = add_workdays(transfer.due_date, 1)
    assert transfer_is_overdue(transfer, later)
    reminded = transfer_remind(transfer=transfer, actor=staff, today=later)
    assert reminded.reminder_count == 1 and reminded.escalated_at is None
    escalated = transfer_remind(transfer=transfer, actor=staff, today=add_workdays(transfer.due_date, 6))
    assert escalated.escalated_at is not None
    signed = transfer_sign(transfer=transfer, signer_name="李", actor=None)
    assert signed.status == TransferStatus.SIGNED
    with pytest.raises(CaseworkError, match="不能变为"):
        transfer_sign(transfer=signed, signer_name="李", actor=None)


def test_only_leaders_put_identity_on_a_slip_and_it_is_audited(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client, leader: Client
) -> None:
    item = receive(demo_round, identity=NAMED, identity_kind=IdentityKind.NAMED)
    transfer = transfer_create(
        item=item,
        department=directory["labor"],
        matter="反映拖欠工资问题。",
        oos_code="OOS.LABOR",
        actor=user_of(staff_renqiu),
    )
    slip = reverse("casework:transfer_slip", args=[transfer.pk])
    assert "张三" not in docx_text(staff_renqiu.get(slip).content)
    with pytest.raises(Exception, match="组长、副组长"):
        transfer_set_identity(
            transfer=transfer, include=True, reason="需要联系反映人核实", actor=user_of(staff_renqiu)
        )
    transfer_set_identity(transfer=transfer, include=True, reason="需要联系反映人核实", actor=user_of(leader))
    text = docx_text(staff_renqiu.get(slip).content)
    assert "张三" in text and "13800001111" in text
    assert AuditEntry.objects.filter(action="transfer.identity", target_id=transfer.number).exists()
    assert item.events.filter(kind="identity_revealed").exists()


# ---------------------------------------------------------------- clues and exports


def test_clue_two_steps_handover_lists_and_ledgers_carry_no_identity(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client, leader: Client, deputy: Client
) -> None:
    staff = user_of(staff_renqiu)
    items = [
        receive(demo_round, accused="赵某", identity=NAMED, identity_kind=IdentityKind.NAMED),
        receive(demo_round, kind="sms", accused="赵某", identity=Identity(sender="13900002222")),
    ]
    # Through the workbench: create, propose; the proposer's own approval is refused.
    page = post(
        staff_renqiu,
        reverse("casework:clue_new"),
        {
            "items": f"{items[0].number}，{items[1].number}",
            "accused_name": "赵某",
            "accused_position": "镇党委书记",
            "allegations": ["IS.INT.01", "IS.SEL.03"],
            "summary": "收受购物卡，收钱安排提拔。",
        },
    )
    assert page.status_code == 302, page.content.decode()[:3000]
    clue = items[0].clues.get()
    assert set(clue.items.all()) == set(items)
    url = reverse("casework:clue", args=[clue.pk])
    post(staff_renqiu, url, {"action": "propose", "disposition": "DSP.XFER_JW", "reason": "问题具体。"})
    assert (
        post(staff_renqiu, url, {"action": "decide", "decision": "approve", "reason": "同意"}).status_code
        == 403
    )
    post(deputy, url, {"action": "decide", "decision": "reject", "reason": "证据不足，请补充。"})
    clue.refresh_from_db()
    assert clue.status == "draft" and clue.decision_reason == "证据不足，请补充。"
    clue = clue_propose(clue=clue, disposition="DSP.XFER_JW", reason="已补充证据。", actor=staff)
    # A leader who proposes may not approve the own proposal either.
    clue = clue_propose(clue=clue, disposition="DSP.XFER_JW", reason="再提", actor=user_of(leader))
    with pytest.raises(CaseworkError, match="自己审批"):
        clue_decide(clue=clue, approve=True, reason="同意", actor=user_of(leader))
    post(deputy, url, {"action": "decide", "decision": "approve", "disposition": "", "reason": "同意移交。"})
    clue.refresh_from_db()
    assert clue.status == "approved" and clue.disposition == "DSP.XFER_JW"
    assert [e.kind for e in clue.events.all()] == [
        "created",
        "proposed",
        "rejected",
        "proposed",
        "proposed",
        "approved",
    ]

    org = clue_create(
        round=demo_round,
        items=[items[0]],
        accused_name="钱某",
        allegations=["IS.SEL.01"],
        summary="突击提拔。",
        actor=staff,
    )
    org = clue_decide(
        clue=clue_propose(clue=org, disposition="DSP.XFER_ORG", reason="选人用人问题", actor=staff),
        approve=True,
        reason="同意",
        actor=user_of(leader),
    )

    # Hand-over lists per receiver, with a receipt per clue.
    post(
        leader,
        reverse("casework:handover_new"),
        {"receiver_kind": "discipline", "receiver_name": "省纪委监委案管室"},
    )
    jw_list = demo_round.handover_lists.get(receiver_kind="discipline")
    assert list(jw_list.clues.all()) == [clue]
    org_list = handover_create(
        round=demo_round, receiver_kind="organisation", receiver_name="省委组织部", actor=None
    )
    assert list(org_list.clues.all()) == [org]
    with pytest.raises(CaseworkError, match="没有待移交"):
        handover_create(round=demo_round, receiver_kind="discipline", receiver_name="省纪委监委", actor=None)
    word = docx_text(leader.get(reverse("casework:handover_export", args=[jw_list.pk, "docx"])).content)
    assert clue.number in word and "问题线索移交回执" in word and "赵某" in word
    excel = xlsx_text(leader.get(reverse("casework:handover_export", args=[jw_list.pk, "xlsx"])).content)
    assert clue.number in excel
    post(leader, url, {"action": "receipt", "received_by": "案管室王某", "received_at": "2026-01-05T10:00"})
    post(leader, url, {"action": "receiver_status", "status": "RS.VERIFY", "finding": "", "note": ""})
    clue = clue_record_receiver_status(clue=clue, status="RS.CLOSE", finding="RF.PARTLY", actor=None)
    assert ItemCase.objects.get(item=items[0]).concluded_at is not None

    # Ledgers: the office's columns, never the reporter.
    transfer_create(item=receive(demo_round), department=directory["land"], matter="征地补偿。", actor=staff)
    for kind in ("items", "transfers", "clues"):
        response = leader.get(reverse("casework:ledger", args=[kind]))
        assert response.status_code == 200
        text = xlsx_text(response.content)
        for secret in ("张三", "13800001111", "13900002222", "zs@example.org", "某街1号"):
            assert secret not in text
    assert "部分属实" in xlsx_text(leader.get(reverse("casework:ledger", args=["clues"])).content)
    assert items[0].number in xlsx_text(leader.get(reverse("casework:ledger", args=["items"])).content)
    from xunshi.audit.models import AuditEntry

    assert AuditEntry.objects.filter(action="export.ledger", data__kind="items").exists()
    for secret in ("张三", "13800001111"):
        assert secret not in word


def test_dashboard_draws_charts_without_scripts(
    demo_round: Round, directory: dict[str, Department], leader: Client
) -> None:
    receive(demo_round, accused="赵某")
    receive(demo_round, kind="email", county="青县", accused="赵某")
    page = leader.get(reverse("casework:dashboard"))
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count("<svg") >= 4 and "<script" not in html and "style=" not in html
    assert "赵某" in html and "任丘市" in html


def test_directory_seeded_per_county_and_suggested_by_route_to(demo_round: Round, leader: Client) -> None:
    response = post(leader, reverse("casework:departments"), {"action": "seed"})
    assert response.status_code == 302
    assert demo_round.departments.filter(target__name="沧县", name="沧县委政法委").exists()
    again = directory_seed(round=demo_round, actor=None)
    assert again == 0
    cang = demo_round.targets.get(name="沧县")
    assert [d.name for d in departments_suggest(demo_round, cang, "OOS.LIT")] == [
        "沧县委政法委",
        "沧县公安局",
    ]
    assert [d.name for d in departments_suggest(demo_round, cang, "OOS.LABOR")] == ["沧县人社局"]
    item = receive(demo_round, county="沧县")
    page = leader.get(reverse("casework:dashboard"), {"number": item.number.lower()})
    assert page.status_code == 302 and page["Location"].endswith(f"/items/{item.number}/")


def test_cli_reminds_overdue_transfers(
    demo_round: Round,
    directory: dict[str, Department],
    staff_renqiu: Client,
    capsys: pytest.CaptureFixture[str],
) -> None:
    transfer = transfer_create(
        item=receive(demo_round),
        department=directory["land"],
        matter="事项",
        due_workdays=3,
        actor=user_of(staff_renqiu),
        now=timezone.now() - dt.timedelta(days=30),
    )
    assert cli_main(["transfer", "remind", "--round", demo_round.slug]) == 0
    out = capsys.readouterr().out
    assert f"催办 {transfer.number}" in out and "督办清单" in out
    assert cli_main(["transfer", "remind", "--round", demo_round.slug]) == 0
    transfer.refresh_from_db()
    assert transfer.reminder_count == 1  # once a day
    assert audit_verify().ok


def test_reporter_identity_stays_off_the_slip_text(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client
) -> None:
    item = receive(
        demo_round,
        content="我是张三，电话13800001111，我家宅基地被强拆。",
        identity=NAMED,
        identity_kind=IdentityKind.NAMED,
    )
    with pytest.raises(CaseworkError, match="反映人"):
        transfer_create(
            item=item, department=directory["land"], matter=item.content, actor=user_of(staff_renqiu)
        )
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    prefilled = page.split('id="id_matter"')[1].split("</textarea>")[0]
    assert "张三" not in prefilled and "13800001111" not in prefilled and "宅基地被强拆" in prefilled


def test_group_answers_itself_when_the_round_says_so(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client
) -> None:
    demo_round.answerer = Round.Answerer.GROUP
    demo_round.save(update_fields=["answerer"])
    staff = user_of(staff_renqiu)
    item = receive(demo_round, kind="web", receipt_hash=code_hash("1111222233334444"))
    transfer = transfer_create(item=item, department=directory["labor"], matter="欠薪。", actor=staff)
    transfer = transfer_sign(transfer=transfer, signer_name="王", actor=None)
    transfer = transfer_report(transfer=transfer, report_text="已支付。", answer_text="已告知。", actor=None)
    transfer_approve(transfer=transfer, actor=staff)
    assert not item.responses.exists()  # the group answers, not the receiver
    response = response_give(item=item, kind="result", phrase="out_of_scope", method="portal", actor=staff)
    assert response.record.answered_by == "group" and response.via == "查询页公开"


def test_clue_corrected_before_approval_only(demo_round: Round, staff_renqiu: Client, leader: Client) -> None:
    staff = user_of(staff_renqiu)
    first, second = receive(demo_round, accused="赵某"), receive(demo_round, accused="赵某")
    clue = clue_create(
        round=demo_round,
        items=[first],
        accused_name="赵某",
        allegations=["IS.INT.01"],
        summary="收受购物卡。",
        actor=staff,
    )
    url = reverse("casework:clue", args=[clue.pk])
    response = post(
        staff_renqiu,
        url,
        {
            "action": "update",
            "items": f"{first.number} {second.number}",
            "accused_name": "赵某",
            "allegations": ["IS.INT.01", "IS.INT.02"],
            "summary": "收受购物卡，收钱办事。",
        },
    )
    assert response.status_code == 302
    clue.refresh_from_db()
    assert set(clue.items.all()) == {first, second} and clue.allegations == ["IS.INT.01", "IS.INT.02"]
    assert "来源件" in clue.events.get(kind="updated").summary
    clue_decide(
        clue=clue_propose(clue=clue, disposition="DSP.DEEP", reason="先了解", actor=staff),
        approve=True,
        reason="同意",
        actor=user_of(leader),
    )
    with pytest.raises(CaseworkError, match="不能再修改"):
        clue_update(
            clue=clue,
            items=[first],
            accused_name="赵某",
            accused_position="",
            accused_unit="",
            allegations=["IS.INT.01"],
            summary="x",
            evidence="",
            actor=staff,
        )


def test_due_dates_follow_the_chinese_calendar(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client
) -> None:
    # 2015: National Day holiday 1–7 October; Saturday 10 October was a make-up working day (调休).
    sent = dt.datetime(2015, 9, 30, 10, 0, tzinfo=dt.UTC)
    transfer = transfer_create(
        item=receive(demo_round),
        department=directory["land"],
        matter="事项",
        due_workdays=3,
        actor=user_of(staff_renqiu),
        now=sent,
    )
    assert transfer.due_date == dt.date(2015, 10, 10)
    assert not transfer_is_overdue(transfer, dt.date(2015, 10, 10))
    assert transfer_is_overdue(transfer, dt.date(2015, 10, 11))


def test_backdated_transfer_keeps_its_time(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client
) -> None:
    sent = timezone.now() - dt.timedelta(days=20)
    transfer = transfer_create(
        item=receive(demo_round),
        department=directory["land"],
        matter="纸质转办补录",
        actor=user_of(staff_renqiu),
        now=sent,
    )
    assert transfer.events.get(kind="created").at == sent
    assert transfer.item.events.get(kind="transfer_created").at == sent


def test_triage_results_prefill_the_decision_and_feed_the_category_chart(
    demo_round: Round, directory: dict[str, Department], staff_renqiu: Client
) -> None:
    from django.apps import apps

    try:
        proposal = apps.get_model("triage", "TriageProposal")
    except LookupError:
        pytest.skip("the triage desk keeps no proposals here")
    item = receive(demo_round, content="我家宅基地被强拆，补偿款至今未到位。")
    proposal.objects.create(
        item=item,
        round=demo_round,
        scope="out",
        out_type="征地拆迁",
        codes=[{"code": "OOS.LAND", "confidence": 0.9}],
    )
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "研判建议" in page and 'value="OOS.LAND" selected' in page
    assert ("征地拆迁和土地纠纷", 1) in items_per_category(Item.objects.filter(pk=item.pk))
    # The suggested receiver follows the triage's out-of-scope type.
    assert f'<option value="{directory["land"].pk}" selected>' in page
