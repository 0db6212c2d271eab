"""In a real browser: a talk from plan to record (and its lead into the registry); a
rectification item from the problem list through 立行立改, the county's measure, evidence
and sign-off, to the group's check (对账销号)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from tests.fieldwork.conftest import at, local_input, make_person
from xunshi.accounts.models import Role
from xunshi.fieldwork.models import Problem, Rectification, Talk
from xunshi.rounds.models import Round
from xunshi.rounds.services import round_load_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo() -> Round:
    rnd, _ = round_load_seed(demo=True)
    return rnd


def signed_in(browser: Any, base: str, client: Client) -> Any:
    """A browser tab carrying the session of a test client that is already signed in."""
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    host = base.split("//", 1)[1].split(":")[0]
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "domain": host, "path": "/"}]
    )
    tab = context.new_page()
    tab.set_default_timeout(15000)
    return tab


def test_a_talk_from_plan_to_record(browser: Any, live_server: Any, demo: Round) -> None:
    base = live_server.url
    leader = make_person(demo, "wjz", "王俊钟", Role.LEADER)
    make_person(demo, "zhang", "张谈", Role.STAFF, ["任丘市"])
    liaison = make_person(demo, "rq_ll", "任丘联络员", Role.LOCAL_LIAISON, ["任丘市"])
    page = signed_in(browser, base, leader.client)
    page.goto(f"{base}/workbench/")
    page.click("text=巡视了解与整改")
    page.click("#fieldwork-home >> text=个别谈话")
    page.select_option("#id_target", label="任丘市")
    page.fill("#id_interviewee", "王伟")
    page.fill("#id_interviewee_post", "任丘市交通运输局局长")
    page.fill("#id_starts_at", local_input(at(1, 9)))
    page.fill("#id_ends_at", local_input(at(1, 10)))
    page.fill("#id_place", "第一谈话室")
    page.select_option("#id_asker", label="张谈")
    page.select_option("#id_recorder", label="王俊钟")
    page.fill("#id_purpose", "了解交通工程招投标")
    page.click("#talk-plan button[type=submit]")
    assert page.inner_text("#talk-status") == "已安排"

    # The same room at the same time is refused, naming the booking it clashes with.
    page.goto(f"{base}/workbench/fieldwork/talks/")
    page.select_option("#id_target", label="任丘市")
    page.fill("#id_interviewee", "刘某")
    page.fill("#id_starts_at", local_input(at(1, 9, 30)))
    page.fill("#id_ends_at", local_input(at(1, 10, 30)))
    page.fill("#id_place", "第一谈话室")
    page.select_option("#id_asker", label="张谈")
    page.select_option("#id_recorder", label="王俊钟")
    page.click("#talk-plan button[type=submit]")
    assert "时间冲突" in page.inner_text(".errors") and "第一谈话室" in page.inner_text(".errors")

    talk = Talk.objects.get()
    page.goto(f"{base}/workbench/fieldwork/talks/{talk.pk}/")
    page.fill("#id_record", "王伟反映：某路段工程未经招标直接发包给局长亲属的公司。")
    page.click("#talk-record-form button[type=submit]")
    assert page.inner_text("#talk-status") == "已谈话"
    assert "未经招标" in page.inner_text("#talk-record")
    page.check("input[name=use][value=item]")
    page.fill("#id_summary", "某路段工程未经招标直接发包给局长亲属的公司。")
    page.fill("#id_accused_name", "王某")
    page.click("#talk-lead-form button[type=submit]")
    assert "登记为信访件" in page.inner_text("#talk-leads")
    page.click("#talk-leads a")
    assert "未经招标" in page.inner_text("#item-content")

    # The county's liaison arranges the talk: who, when, where, and nothing more.
    local = signed_in(browser, base, liaison.client)
    local.goto(f"{base}/workbench/fieldwork/talks/{talk.pk}/")
    schedule = local.inner_text("#talk-schedule")
    assert "王伟" in schedule and "第一谈话室" in schedule
    assert "未经招标" not in local.content() and "招投标" not in local.content()


def test_a_rectification_item_from_feedback_to_sign_off(
    browser: Any, live_server: Any, demo: Round, tmp_path: Path
) -> None:
    base = live_server.url
    leader = make_person(demo, "wjz", "王俊钟", Role.LEADER)
    liaison = make_person(demo, "rq_ll", "任丘联络员", Role.LOCAL_LIAISON, ["任丘市"])
    group = signed_in(browser, base, leader.client)
    group.goto(f"{base}/workbench/fieldwork/rectification/")
    group.select_option("#problem-form #id_target", label="任丘市")
    group.fill("#id_title", "某村饮水工程长期停工，群众反映强烈")
    group.fill("#id_detail", "2013年立项，至今未通水")
    group.click("#problem-form button[type=submit]")
    assert "尚未交办" in group.inner_text("#problem-issued")
    group.click("#issue-now")
    assert "立行立改" in group.inner_text("#problem-issued")
    problem = Problem.objects.get()

    county = signed_in(browser, base, liaison.client)
    county.goto(f"{base}/workbench/fieldwork/")
    county.click("#fieldwork-home >> text=整改台账")
    county.click("text=某村饮水工程长期停工")
    county.fill("#id_measure", "督促施工单位复工，年底前通水")
    county.select_option("#id_kind", value="deadline")
    county.fill("#id_responsible_unit", "任丘市水务局")
    county.fill("#id_responsible_person", "刘某")
    county.fill("#id_deadline", (timezone.localdate().replace(month=12, day=31)).isoformat())
    county.click("#measure-form button[type=submit]")
    county.click("#measure-table a")
    county.fill("#id_progress", "已复工，完成管网铺设80%")
    county.fill("#id_evidence_text", "施工照片")
    proof = tmp_path / "施工照片.pdf"
    proof.write_bytes(b"%PDF-1.4 photos")
    county.set_input_files("#id_file", str(proof))
    county.click("#progress-form button[type=submit]")
    assert "施工照片" in county.inner_text("#evidence")
    county.click("#sign-off")
    assert "已完成待销号" in county.inner_text("#measure-status")
    assert county.locator("#check-form").count() == 0  # the county does not close its own items

    rect = Rectification.objects.get(problem=problem)
    group.goto(f"{base}/workbench/fieldwork/rectification/measures/{rect.pk}/")
    group.check("input[name=accept][value='1']")
    group.click("#check-form button[type=submit]")
    assert "已销号" in group.inner_text("#measure-status")
    rect.refresh_from_db()
    assert rect.status == Rectification.Status.CHECKED
