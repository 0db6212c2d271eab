"""A reporter objects to an answer on the status page in a real browser (proof of work
solved by the page's own script, new evidence attached); staff record the re-check and a
new answer on the item page; the status page then shows the new answer."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from tests.browser.test_transfer_flow import _signed_in
from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.casework.models import ReporterFeedback
from xunshi.casework.services import item_dispose, response_give
from xunshi.intake.lifecycle import Status
from xunshi.intake.models import Attachment, IdentityKind, Item
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.portal.receipts import code_hash
from xunshi.rounds.selectors import channel_for_kind
from xunshi.rounds.services import round_load_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CODE = "4321432143214321"
REASONS = "答复说已按规定处理，但赵某今年三月又收了购物卡，附上说明。"


def test_reporter_objects_on_the_status_page_and_reads_the_new_answer(
    browser: Any, live_server: Any, settings: Any
) -> None:
    settings.XUNSHI_PORTAL_POW_BITS = 8  # the page's script must really solve it
    rnd, _ = round_load_seed(demo=True)
    renqiu = rnd.targets.get(name="任丘市")
    staff, _ = staff_create(
        username="staff_rq", full_name="任丘组员", round=rnd, role=Role.STAFF, targets=[renqiu]
    )
    item = item_receive(
        Incoming(
            round=rnd,
            channel=channel_for_kind(rnd, "web"),
            content="任丘市某镇党委书记赵某收受老板购物卡。",
            received_at=timezone.now() - dt.timedelta(minutes=5),
            target=renqiu,
            identity_kind=IdentityKind.NAMED,
            identity=Identity(name="李四", phone="13900002222"),
            receipt_hash=code_hash(CODE),
        )
    ).item
    item_dispose(item=item, disposition="DSP.ARCHIVE", actor=staff)
    response_give(item=item, kind="result", phrase="handled", method="portal", actor=staff)

    base = live_server.url
    reporter = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
    tab = reporter.new_page()
    tab.set_default_timeout(15000)
    tab.goto(f"{base}/status/")
    tab.fill("input[name=code]", "4321 4321 4321 4321")
    tab.click("button[type=submit]")
    tab.wait_for_selector("#feedback-form")
    assert "已按有关规定处理" in tab.inner_text(".responses")
    tab.check("#feedback-form input[name=satisfaction][value=unsatisfied]")
    tab.fill("#feedback-form textarea[name=reasons]", REASONS)
    tab.set_input_files(
        "#feedback-form input[name=attachments]",
        files=[{"name": "说明.txt", "mimeType": "text/plain", "buffer": "2024年3月5日收卡两张。".encode()}],
    )
    tab.click("#feedback-form button[type=submit]")
    tab.wait_for_selector("#feedback-given")
    assert "您的异议已登记" in tab.inner_text("#feedback-given")
    assert tab.inner_text("#public-status") == "您的异议已收到，正在复查"
    assert "正在复查" in tab.inner_text("#feedbacks")
    objection = ReporterFeedback.objects.get(item=item)
    assert objection.reasons == REASONS and objection.is_open
    assert Attachment.objects.filter(item=item, supplement=objection.supplement).count() == 1
    assert Item.objects.get(pk=item.pk).status == Status.DISPOSED

    # Staff: the objection on the item page, the re-check, then the new answer.
    desk = _signed_in(browser, base, staff)
    desk.goto(f"{base}/workbench/cases/items/{item.number}/")
    assert "异议待处理" in desk.inner_text("#feedbacks") and REASONS in desk.inner_text("#feedbacks")
    desk.check("#recheck-form input[name=outcome][value=maintain]")
    desk.fill("#recheck-form textarea[name=reason]", "经复查，原答复依据充分，新情况已转有关方面。")
    desk.click("#recheck-form button[type=submit]")
    desk.wait_for_selector("text=复查结论：维持原答复")
    desk.select_option("#response-form #id_kind", "result")
    desk.select_option("#response-form #id_phrase", "handled")
    desk.select_option("#response-form #id_method", "portal")
    desk.fill("#response-form #id_free_text", "经复查，维持原答复。感谢您的监督。")
    desk.click("#response-form button[type=submit]")
    desk.wait_for_selector("#feedbacks >> text=已重新答复")
    desk.context.close()

    tab.goto(f"{base}/status/")
    tab.fill("input[name=code]", CODE)
    tab.click("button[type=submit]")
    tab.wait_for_selector("#feedbacks")
    assert "经复查，维持原答复。" in tab.inner_text(".responses")
    assert "已重新答复" in tab.inner_text("#feedbacks")
    assert tab.inner_text("#public-status") == "已答复"
    reporter.close()
