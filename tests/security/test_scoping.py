"""Need-to-know: lists and search stay inside the member's counties; access ends with
the round (一次一授权), except for the 巡视办 that tracks results."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db
# Content markers; searches use a shorter string so that the echoed query never matches.
RQ = "任丘市局长甲XR1"
QX = "青县局长乙XQ2"


@pytest.fixture
def two_counties(demo_round: Round, kit: Any) -> dict[str, Any]:
    personas = kit.make_personas(demo_round)
    from xunshi.accounts.models import Role
    from xunshi.accounts.services import staff_create

    user, _ = staff_create(
        username="staff_rq",
        full_name="组员",
        round=demo_round,
        role=Role.STAFF,
        targets=list(demo_round.targets.filter(name="任丘市")),
    )
    personas["staff_renqiu"] = kit.verified_client(user)
    renqiu = kit.reported_item(demo_round, "任丘市", f"共同词语 {RQ} 收受礼金")
    qingxian = kit.reported_item(demo_round, "青县", f"共同词语 {QX} 收受礼金")
    return {"personas": personas, "renqiu": renqiu, "qingxian": qingxian}


def _page(client: Client, url: str) -> str:
    response = client.get(url)
    return response.content.decode() if response.status_code == 200 else ""


@pytest.mark.parametrize(
    "url",
    [
        "/workbench/",
        "/workbench/?q=共同词语",
        "/workbench/?q=XQ2",
        "/workbench/?q=XR1",
        "/workbench/?q=收受礼金&status=&channel=",
        "/workbench/cases/",
        "/workbench/cases/transfers/",
        "/workbench/people/",
        "/workbench/people/groups/",
        "/workbench/round/overview/",
    ],
)
def test_lists_and_search_never_show_other_counties(two_counties: dict[str, Any], url: str) -> None:
    personas = two_counties["personas"]
    renqiu_staff = _page(personas["staff_renqiu"], url)
    assert QX not in renqiu_staff and two_counties["qingxian"].number not in renqiu_staff
    qingxian_staff = _page(personas["staff_other"], url)
    assert RQ not in qingxian_staff and two_counties["renqiu"].number not in qingxian_staff
    for outsider in ("group_liaison", "local_liaison", "sysadmin"):
        text = _page(personas[outsider], url)
        assert RQ not in text and QX not in text, outsider
    if url.startswith("/workbench/?q=共同词语"):
        assert RQ in renqiu_staff and QX in qingxian_staff
        assert RQ in _page(personas["leader"], url) and QX in _page(personas["leader"], url)


def test_filtering_by_another_county_yields_nothing(two_counties: dict[str, Any], demo_round: Round) -> None:
    qingxian = demo_round.targets.get(name="青县")
    text = _page(two_counties["personas"]["staff_renqiu"], f"/workbench/?target={qingxian.pk}")
    assert QX not in text


def test_access_ends_with_the_round(two_counties: dict[str, Any], demo_round: Round) -> None:
    personas = two_counties["personas"]
    number = two_counties["renqiu"].number
    assert personas["leader"].get(f"/workbench/items/{number}/").status_code == 200
    Round.objects.filter(pk=demo_round.pk).update(stage=Round.Stage.CLOSED)
    for role in ("leader", "deputy", "staff_renqiu"):
        assert personas[role].get(f"/workbench/items/{number}/").status_code == 404, role
        assert RQ not in _page(personas[role], "/workbench/?q=XR1"), role
    # The inspection office tracks results after the round.
    assert personas["office"].get(f"/workbench/items/{number}/").status_code == 200


def test_revoked_membership_ends_access_at_once(two_counties: dict[str, Any]) -> None:
    from xunshi.accounts.models import Membership

    personas = two_counties["personas"]
    number = two_counties["renqiu"].number
    Membership.objects.filter(user__username="leader").update(active=False)
    assert personas["leader"].get(f"/workbench/items/{number}/").status_code == 404
