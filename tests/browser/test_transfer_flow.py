"""The transfer flow in a real browser: staff transfer an out-of-scope item, it goes
overdue and is reminded; the county's local liaison signs and reports back (and cannot
open the item); staff approve, and the receiving body's answer is on the item."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.casework.models import Transfer, TransferStatus
from xunshi.casework.services import department_create
from xunshi.intake.lifecycle import Status
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind
from xunshi.rounds.services import round_load_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _signed_in(browser: Any, base: str, user: User) -> Any:
    """A browser tab already signed in as `user` (the login page has its own tests)."""
    client = Client()
    client.force_login(user)
    if "django_otp" in settings.INSTALLED_APPS:
        # Mark the session as past the second factor, as the login page would.
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.create(user=user, name="浏览器测试", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": base,
            }
        ]
    )
    tab = context.new_page()
    tab.set_default_timeout(15000)
    return tab


@pytest.fixture
def scene() -> dict[str, Any]:
    rnd, _ = round_load_seed(demo=True)
    renqiu = rnd.targets.get(name="任丘市")
    dept = department_create(
        round=rnd,
        target=renqiu,
        name="任丘市自然资源和规划局",
        contact_person="王科长",
        phone="0317-0000001",
        actor=None,
    )
    item = item_receive(
        Incoming(
            round=rnd,
            channel=channel_for_kind(rnd, "email"),
            content="我家宅基地被征收，补偿标准太低，安置房一直没有落实，请求帮助解决。",
            received_at=timezone.now() - dt.timedelta(minutes=5),
            identity_kind=IdentityKind.NAMED,
            identity=Identity(name="张三", email="zs@example.org", sender="zs@example.org"),
            target=renqiu,
        )
    ).item
    staff, _ = staff_create(
        username="staff_rq", full_name="任丘组员", round=rnd, role=Role.STAFF, targets=[renqiu]
    )
    liaison, _ = staff_create(
        username="liaison_rq", full_name="任丘联络员", round=rnd, role=Role.LOCAL_LIAISON, targets=[renqiu]
    )
    return {"round": rnd, "dept": dept, "item": item, "staff": staff, "liaison": liaison}


def test_transfer_overdue_reminded_reported_approved_answered(
    browser: Any, live_server: Any, scene: dict[str, Any]
) -> None:
    base = live_server.url
    rnd: Round = scene["round"]
    item: Item = scene["item"]

    # Staff transfer the item, with the receiver suggested for 征地拆迁.
    staff = _signed_in(browser, base, scene["staff"])
    staff.goto(f"{base}/workbench/cases/items/{item.number}/")
    staff.select_option("#dispose-form #id_disposition", "DSP.HANDOVER")
    staff.select_option("#dispose-form #id_oos_code", "OOS.LAND")
    staff.click("#dispose-form button[type=submit]")
    assert "县自然资源局" in staff.content()  # the taxonomy's usual receiver is shown
    staff.click("text=转办或交办（立行立改）")
    assert staff.input_value("#transfer-form #id_department") == str(scene["dept"].pk)
    staff.select_option("#transfer-form #id_oos_code", "OOS.LAND")
    staff.fill("#transfer-form #id_matter", "群众反映宅基地征收补偿标准偏低、安置房未落实，请核实处理。")
    staff.fill("#transfer-form #id_due_workdays", "10")
    staff.click("#transfer-form button[type=submit]")
    staff.wait_for_url(f"{base}/workbench/cases/transfers/**")
    assert staff.inner_text("#transfer-status") == "待签收"
    transfer = Transfer.objects.get()

    # The slip carries the matter, not the reporter.
    with staff.expect_download() as download:
        staff.click("#slip-download")
    from docx import Document

    text = "\n".join(
        cell.text
        for table in Document(io.BytesIO(download.value.path().read_bytes())).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "安置房未落实" in text and "张三" not in text and "zs@example.org" not in text

    # Time passes: the transfer is overdue and gets reminded.
    past = timezone.now() - dt.timedelta(days=30)
    Transfer.objects.filter(pk=transfer.pk).update(sent_at=past, due_date=past.date() + dt.timedelta(days=14))
    staff.reload()
    assert staff.is_visible("#overdue")
    staff.click("#remind-form button[type=submit]")
    assert "第1次催办" in staff.inner_text("#transfer-timeline")

    # The local liaison sees the county's transfers, signs and reports back …
    liaison = _signed_in(browser, base, scene["liaison"])
    liaison.goto(f"{base}/workbench/cases/")
    liaison.wait_for_url(f"{base}/workbench/cases/transfers/")
    liaison.click(f"text={transfer.number}")
    assert "张三" not in liaison.content() and item.number not in liaison.content()
    liaison.fill("#sign-form #id_signer_name", "李签收")
    liaison.click("#sign-form button[type=submit]")
    assert liaison.inner_text("#transfer-status") == "已签收"
    liaison.click("#start-form button[type=submit]")
    liaison.fill("#report-form #id_report_text", "已核实，补偿差额已补足，安置房年底前交付。")
    liaison.fill("#report-form #id_answer_text", "已于当日电话答复反映人。")
    liaison.click("#report-form button[type=submit]")
    assert liaison.inner_text("#transfer-status") == "已办结（报告）"
    assert liaison.query_selector("#approve-form") is None
    # … and nothing else of the items.
    page = liaison.goto(f"{base}/workbench/cases/items/{item.number}/")
    assert page.status in (403, 404)

    # Staff approve; the receiving body's answer is recorded against the item.
    staff.reload()
    assert "补偿差额已补足" in staff.inner_text("#report")
    staff.click("#approve-form button[type=submit]")
    assert staff.inner_text("#transfer-status") == "审核通过"
    transfer.refresh_from_db()
    item.refresh_from_db()
    assert transfer.status == TransferStatus.APPROVED and transfer.reminder_count == 1
    assert item.status == Status.ANSWERED
    staff.goto(f"{base}/workbench/cases/items/{item.number}/")
    assert "承办单位已按规定作出答复" in staff.inner_text("#responses")
    assert rnd.pk == item.round_id
