"""End to end in a real browser: a public report reaches the workbench; the reporter checks
the status with the receipt code; staff register a letter with its scan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.intake.models import Item
from xunshi.rounds.models import Round
from xunshi.rounds.services import round_load_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def demo() -> Round:
    rnd, _ = round_load_seed(demo=True)
    return rnd


def login(page: Any, base: str, round: Round, role: str = Role.LEADER) -> None:
    _, password = staff_create(username="zz", full_name="王俊钟", round=round, role=role)
    page.goto(f"{base}/workbench/login/")
    page.fill("#id_username", "zz")
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    enrol_two_factor(page)
    page.wait_for_url(f"{base}/workbench/")


def enrol_two_factor(page: Any) -> None:
    """First login: read the key shown beside the QR code and answer as an authenticator app would."""
    import base64

    from django_otp.oath import TOTP

    secret = page.inner_text("#totp-secret").replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.fill("#id_token", f"{TOTP(key).token():06d}")
    page.click("#verify")


def test_portal_report_reaches_the_workbench_and_status_works(
    page: Any, live_server: Any, demo: Round
) -> None:
    base = live_server.url
    page.goto(base + "/")
    assert "0317-5528359" in page.content() and "沧州市第300号信箱" in page.content()
    page.click("text=在线反映问题")
    page.check("input[name=identity_kind][value=anonymous]")
    page.select_option("#id_target", label="青县")
    page.fill("#id_accused_name", "李某")
    page.fill("#id_accused_position", "镇党委书记")
    page.fill("#id_content", "青县某镇党委书记李某2014年春节期间用公款宴请，还收了老板送的两万元购物卡。")
    page.click("button[type=submit]")
    code = page.inner_text("#receipt-code").replace(" ", "")
    assert len(code) == 16 and code.isdigit()

    page.goto(base + "/status/")
    page.fill("#id_code", code)
    page.click("button[type=submit]")
    assert "已收到" in page.inner_text("#public-status")
    page.fill("#id_content", "补充：宴请地点在镇政府对面饭店。")
    page.click("text=提交补充材料")
    assert page.is_visible("#added")

    item = Item.objects.get()
    login(page, base, demo)
    page.goto(f"{base}/workbench/?target={item.target_id}")
    page.click(f"text={item.number}")
    assert "两万元购物卡" in page.inner_text("#item-content")
    assert "宴请地点" in page.content()
    assert "补充了材料" in page.inner_text("#timeline")


def test_staff_register_a_letter_with_its_scan(
    page: Any, live_server: Any, demo: Round, tmp_path: Path
) -> None:
    base = live_server.url
    login(page, base, demo)
    page.click("text=登记来信")
    scan = tmp_path / "letter-page1.png"
    scan.write_bytes(PNG)
    page.fill("#id_pages", "2")
    page.select_option("#id_identity_kind", "named")
    page.fill("#id_name", "赵六")
    page.fill("#id_phone", "13700001111")
    page.select_option("#id_target", label="河间市")
    page.fill("#id_accused_name", "孙某")
    page.fill("#id_accused_position", "局长")
    page.fill("#id_content", "反映河间市交通局局长孙某插手工程招投标，指定亲戚公司中标。")
    page.set_input_files("#id_attachments", str(scan))
    page.click(".register-form button[type=submit]")
    page.wait_for_url(f"{base}/workbench/items/**")
    assert "指定亲戚公司中标" in page.inner_text("#item-content")
    assert "137****1111" in page.inner_text("#identity")
    item = Item.objects.get()
    assert item.channel_kind == "po_box" and item.attachments.count() == 1
    assert item.identity.phone == "13700001111"
