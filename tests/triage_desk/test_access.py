"""Who sees and decides triage: leaders and staff of the county decide, the office reads,
liaisons see nothing."""

from __future__ import annotations

import pytest
from desk_helpers import decide
from django.test import Client
from django.urls import reverse

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.rounds.models import Round
from xunshi.triage.models import TriageDecision

pytestmark = pytest.mark.django_db

TEXT = "任丘市副市长张伟收受工程老板红包两万元。"


def persona(rnd: Round, name: str, role: str, counties: list[str] | None = None) -> Client:
    from tests.conftest import login_verified

    user, _ = staff_create(
        username=name,
        full_name=name,
        round=rnd,
        role=role,
        targets=list(rnd.targets.filter(name__in=counties or [])),
    )
    client = login_verified(Client(enforce_csrf_checks=True), user)
    client.user = user  # type: ignore[attr-defined]
    return client


def test_queue_page_by_role(demo_round, leader, staff_renqiu, local_liaison) -> None:
    url = reverse("triage:queue")
    assert leader.get(url).status_code == 200
    assert staff_renqiu.get(url).status_code == 200
    assert local_liaison.get(url).status_code == 403
    assert persona(demo_round, "gl", Role.GROUP_LIAISON).get(url).status_code == 403
    assert persona(demo_round, "office", Role.OFFICE).get(url).status_code == 200
    assert Client().get(url).status_code == 302


def test_staff_see_only_their_counties(demo_round, receive, staff_renqiu) -> None:
    mine = receive(TEXT)
    other = receive("青县县委书记王伟收受红包。", county="青县")
    html = staff_renqiu.get(reverse("triage:queue")).content.decode()
    assert mine.number in html and other.number not in html


def test_who_may_decide(demo_round, receive, leader, staff_renqiu, local_liaison) -> None:
    item = receive(TEXT)
    office = persona(demo_round, "office", Role.OFFICE)
    staff_qing = persona(demo_round, "staff_qing", Role.STAFF, ["青县"])
    url = reverse("triage:decide", args=[item.number])
    # The office reads the panel but gets no form, and a forged POST is refused.
    page = office.get(reverse("workbench:item_detail", args=[item.number])).content.decode()
    assert 'id="triage-panel"' in page and 'id="triage-form"' not in page
    office.cookies.load({"csrftoken": "x" * 32})
    assert office.post(url, {"csrfmiddlewaretoken": "x" * 32, "scope": "in"}).status_code == 403
    for outsider in (staff_qing, local_liaison):
        outsider.cookies.load({"csrftoken": "x" * 32})
        assert outsider.post(url, {"csrfmiddlewaretoken": "x" * 32, "scope": "in"}).status_code == 404
    assert not TriageDecision.objects.exists()
    assert decide(staff_renqiu, item, codes=[], reason="类别待定").status_code == 302
    assert TriageDecision.objects.filter(item=item).count() == 1
    assert leader.get(url).status_code == 405


def test_group_liaison_sees_no_triage(demo_round, receive) -> None:
    item = receive(TEXT)
    gl = persona(demo_round, "gl", Role.GROUP_LIAISON)
    assert gl.get(reverse("workbench:item_detail", args=[item.number])).status_code == 404
    gl.cookies.load({"csrftoken": "x" * 32})
    rerun = reverse("triage:rerun", args=[item.number])
    assert gl.post(rerun, {"csrfmiddlewaretoken": "x" * 32}).status_code == 404
