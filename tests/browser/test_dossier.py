"""The person dossier in a real browser: three reports about one county leader by SMS, letter
and web (one a near-copy) become one proposed group; the dossier shows the items, two distinct
reporters, the 三种人 flags and the former top posts; staff confirm and then undo the group."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.intake.models import IdentityKind
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.matching.models import ItemGroup
from xunshi.roster.models import CareerPost, RosterPerson, TeamCategory
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind
from xunshi.rounds.services import round_load_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SH = ZoneInfo("Asia/Shanghai")
LETTER = (
    "尊敬的省委巡视组领导：实名反映任丘市副市长张伟的问题。张伟在担任出岸镇党委书记期间，"
    "2014年至2016年利用职务便利，在镇区道路硬化工程中指定其亲属的公司中标，工程款三百余万元，"
    "道路不到一年就开裂。2017年调任副市长后仍然插手该镇工程，逢年过节收受下属送的购物卡、烟酒。"
)
SMS = LETTER.replace("尊敬的省委巡视组领导：", "").replace("三百余万元", "300多万元")
OTHER = "反映任丘市副市长张伟2019年违规提拔其秘书担任镇长，在干部调整中搞暗箱操作，收受好处费。"


@pytest.fixture(autouse=True)
def _immediate_queue() -> Any:
    """Indexing is a queue job after commit; here it runs in the caller (transactional test)."""
    from xunshi.channels.queue import huey

    huey.immediate = True
    yield
    huey.immediate = False


@pytest.fixture
def demo() -> Round:
    rnd, _ = round_load_seed(demo=True)
    return rnd


def _receive(rnd: Round, kind: str, content: str, phone: str) -> None:
    item_receive(
        Incoming(
            round=rnd,
            channel=channel_for_kind(rnd, kind),
            content=content,
            received_at=dt.datetime.now(tz=SH),
            identity_kind=IdentityKind.NAMED,
            identity=Identity(name="反映人", phone=phone),
            accused_name="张伟",
            accused_position="副市长",
            accused_unit="任丘市",
            target=rnd.targets.get(name="任丘市"),
        )
    )


def _login(page: Any, base: str, rnd: Round) -> None:
    from django_otp.oath import TOTP

    _, password = staff_create(username="zz", full_name="王俊钟", round=rnd, role=Role.LEADER)
    page.goto(f"{base}/workbench/login/")
    page.fill("#id_username", "zz")
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    if page.locator("#totp-secret").count():
        secret = page.inner_text("#totp-secret").replace(" ", "")
        key = base64.b32decode(secret + "=" * (-len(secret) % 8))
        page.fill("#id_token", f"{TOTP(key).token():06d}")
        page.click("#verify")
    page.wait_for_url(f"{base}/workbench/")


def test_dossier_groups_and_undo(page: Any, live_server: Any, demo: Round) -> None:
    zhang = RosterPerson.objects.create(
        round=demo,
        target=demo.targets.get(name="任丘市"),
        name="张伟",
        unit="任丘市人民政府",
        posts=["副市长"],
        team=TeamCategory.COUNTY_LEADERSHIP,
        promotion_candidate=True,
    )
    CareerPost.objects.create(
        person=zhang, start="2012-03", end="2017-01", text="任丘市出岸镇党委书记", top_post=True
    )
    _receive(demo, "po_box", LETTER, "13700001111")
    _receive(demo, "sms", SMS, "13700001111")  # the same reporter sends the letter again by SMS
    _receive(demo, "web", OTHER, "13900003333")
    group = ItemGroup.objects.get()
    assert group.members.count() == 2

    base = live_server.url
    _login(page, base, demo)
    page.click("text=人员档案")
    page.click("#people-table >> text=张伟")
    assert page.locator("#dossier-items tbody tr").count() == 3
    assert "2 个不同反映人" in page.inner_text("#concentration").replace("\n", " ").replace("  ", " ")
    flags = page.inner_text("#flags")
    assert "不收敛、不收手" in flags and "可能还要提拔" in flags
    assert "任丘市出岸镇党委书记" in page.inner_text("#career")
    assert "可考虑下沉了解" in page.inner_text("#sink-hint")
    assert "疑似重复件" in page.inner_text("#timeline")

    row = page.locator("#dossier-items tbody tr", has_text=f"重复件 G{group.pk}").first
    row.locator("text=关联").click()
    page.click(f"#groups >> text=重复件组 G{group.pk}")
    page.click("button[value=confirm]")
    assert page.inner_text("#group-state") == "已确认"
    page.fill("input[name=reason]", "内容不同")
    page.click("button[value=undo]")
    assert page.inner_text("#group-state") == "已撤销"
    group.refresh_from_db()
    assert group.state == ItemGroup.State.UNDONE and group.undo_reason == "内容不同"
