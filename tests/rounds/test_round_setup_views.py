"""The workbench page: paste → proposal form with sources → save creates the round."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from xunshi.rounds.models import Channel, GroupMember, Round, TargetUnit

SEED = Path(__file__).resolve().parents[2] / "xunshi" / "rounds" / "seeds" / "announcement.txt"


def _post(client: Client, url: str, data: dict[str, Any]) -> Any:
    """Post as a browser would: with the CSRF token of the set-up page."""
    html = client.get(reverse("rounds:setup")).content.decode()
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    token = match.group(1) if match else ""
    return client.post(url, {**data, "csrfmiddlewaretoken": token})


def _proposal(client: Client, text: str) -> dict[str, str]:
    response = _post(client, reverse("rounds:setup"), {"text": text})
    assert response.status_code == 200
    form = response.context["form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    return {k: ("" if v is None else str(v)) for k, v in data.items()}


@pytest.mark.django_db
def test_paste_form_and_sources(office: Client) -> None:
    page = office.get(reverse("rounds:setup"))
    assert page.status_code == 200
    assert "公告原文" in page.content.decode()
    response = _post(office, reverse("rounds:setup"), {"text": SEED.read_text("utf-8")})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="省委第七巡视组"' in html
    assert "<mark>沧州市第300号信箱</mark>" in html
    assert "<mark>h b s w x s z07@h e b e i.g o v.c n</mark>" in html
    assert "未写年份" in html


@pytest.mark.django_db
def test_save_creates_round_targets_members_channels(office: Client) -> None:
    data = _proposal(office, SEED.read_text("utf-8"))
    data.update(period_start="2015-08-03", period_end="2015-09-30", slug="cz-2015", number_prefix="CZ7")
    response = _post(office, reverse("rounds:setup_save"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    rnd = Round.objects.get(slug="cz-2015")
    assert (rnd.group_name, rnd.level, rnd.kind, rnd.year) == ("省委第七巡视组", "provincial", "巡视", 2015)
    assert list(TargetUnit.objects.filter(round=rnd).values_list("name", flat=True)) == [
        "任丘市", "河间市", "沧县", "东光县", "南皮县", "青县",
    ]
    assert set(GroupMember.objects.filter(round=rnd).values_list("name", "role")) == {
        ("王俊钟", "组长"), ("刘武英", "副组长"),
    }
    channels = {(c.kind, c.address, c.receive_only) for c in Channel.objects.filter(round=rnd)}
    assert ("phone", "0317-5528359", False) in channels
    assert ("sms", "15830645642", True) in channels
    assert ("email", "hbswxsz07@hebei.gov.cn", False) in channels
    assert ("po_box", "沧州市第300号信箱", False) in channels
    assert any(k == "box" for k, _, _ in channels)
    assert rnd.source_text.startswith("省委第七巡视组")
    done = office.get(response["Location"])
    assert done.status_code == 200 and "0317-5528359" in done.content.decode()


@pytest.mark.django_db
def test_save_refuses_a_used_slug_and_bad_fields(sysadmin: Client, seed_round: Round) -> None:
    data = _proposal(sysadmin, SEED.read_text("utf-8"))
    data.update(period_start="2015-08-03", period_end="2015-09-30", slug=seed_round.slug, number_prefix="ZZ1")
    response = _post(sysadmin, reverse("rounds:setup_save"), data)
    assert response.status_code == 409
    assert "已被其他轮次使用" in response.content.decode()
    data.update(slug="new-one", period_end="2015-07-01", leaders="王俊钟 队长")
    response = _post(sysadmin, reverse("rounds:setup_save"), data)
    assert response.status_code == 400
    assert Round.objects.filter(slug="new-one").count() == 0


@pytest.mark.django_db
def test_not_an_announcement_shows_a_message(office: Client) -> None:
    response = _post(office, reverse("rounds:setup"), {"text": "今年前三季度，全市经济运行总体平稳。"})
    assert response.status_code == 422
    assert "不是巡视" in response.content.decode()


@pytest.mark.django_db
def test_staff_member_is_refused(member: Client) -> None:
    assert member.get(reverse("rounds:setup")).status_code == 403
    response = member.post(reverse("rounds:setup_save"), {"text": "x"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_anonymous_is_sent_to_login() -> None:
    response = Client().get(reverse("rounds:setup"))
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_csrf_is_enforced(office: Client) -> None:
    office.get(reverse("rounds:setup"))
    assert office.post(reverse("rounds:setup"), {"text": SEED.read_text("utf-8")}).status_code == 403


MULTI = (
    "根据市委统一部署，2019年9月2日至10月31日，市委2个巡察组分别开展常规巡察。\n"
    "市委第一巡察组：组长周卫东；巡察对象：市教育局、市体育局；值班电话：0536-8788201。\n"
    "市委第二巡察组：组长吴海涛；巡察对象：市民政局；值班电话：0536-8788202。"
)


@pytest.mark.django_db
def test_several_groups_offer_a_choice(office: Client) -> None:
    first = _post(office, reverse("rounds:setup"), {"text": MULTI})
    html = first.content.decode()
    assert first.status_code == 200
    assert "换成所选的组" in html and 'value="市委第一巡察组"' in html
    second = _post(office, reverse("rounds:setup"), {"text": MULTI, "group": "1"})
    form = second.context["form"]
    assert form.initial["group_name"] == "市委第二巡察组"
    assert form.initial["targets"] == "市民政局"
    assert "0536-8788202" in form.initial["phones"]
