"""Fieldwork personas: one per role on the demo round, two staff for 任丘市 (one asks, one
records), and the local liaisons of 任丘市 and 河间市."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.rounds.models import Round


@dataclass
class Person:
    user: User
    client: Client

    def csrf(self, url: str = "/workbench/fieldwork/") -> str:
        if settings.CSRF_COOKIE_NAME not in self.client.cookies:
            html = self.client.get("/workbench/fieldwork/").content.decode()
            assert re.search(r'name="csrfmiddlewaretoken"', html), html[:500]
        # The cookie's secret is accepted as the form token too (unmasked).
        return str(self.client.cookies[settings.CSRF_COOKIE_NAME].value)

    def post(self, url: str, data: dict[str, Any], **kw: Any) -> Any:
        return self.client.post(url, {"csrfmiddlewaretoken": self.csrf(url), **data}, **kw)

    def page(self, url: str) -> str:
        response = self.client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return str(response.content.decode())


def login(client: Client, user: User) -> Client:
    client.force_login(user)
    # With two-factor sign-in installed, a test session must also count as verified.
    if apps.is_installed("django_otp"):
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device, _ = TOTPDevice.objects.get_or_create(user=user, name="测试", defaults={"confirmed": True})
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


def make_person(
    rnd: Round, username: str, full_name: str, role: str, counties: list[str] | None = None
) -> Person:
    user, _ = staff_create(
        username=username,
        full_name=full_name,
        round=rnd,
        role=role,
        targets=list(rnd.targets.filter(name__in=counties or [])),
    )
    assert isinstance(user, User)
    return Person(user, login(Client(enforce_csrf_checks=True), user))


@dataclass
class Cast:
    round: Round
    leader: Person
    deputy: Person
    asker: Person
    recorder: Person
    other_staff: Person
    group_liaison: Person
    office: Person
    liaison: Person
    other_liaison: Person

    def county(self, name: str = "任丘市") -> Any:
        return self.round.targets.get(name=name)


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    """Ten personas per test: a fast hasher keeps the suite quick (passwords are not under test)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(demo_round: Round) -> Cast:
    rnd = demo_round
    return Cast(
        round=rnd,
        leader=make_person(rnd, "wjz", "王俊钟", Role.LEADER),
        deputy=make_person(rnd, "lwy", "刘武英", Role.DEPUTY),
        asker=make_person(rnd, "zhang", "张谈", Role.STAFF, ["任丘市"]),
        recorder=make_person(rnd, "li", "李记", Role.STAFF, ["任丘市"]),
        other_staff=make_person(rnd, "zhao", "赵组员", Role.STAFF, ["青县"]),
        group_liaison=make_person(rnd, "lly", "孙联络", Role.GROUP_LIAISON),
        office=make_person(rnd, "xsb", "周巡视办", Role.OFFICE),
        liaison=make_person(rnd, "rq_ll", "任丘联络员", Role.LOCAL_LIAISON, ["任丘市"]),
        other_liaison=make_person(rnd, "hj_ll", "河间联络员", Role.LOCAL_LIAISON, ["河间市"]),
    )


def at(day_offset: int, hour: int, minute: int = 0) -> dt.datetime:
    """An aware local time `day_offset` days from today."""
    day = timezone.localdate() + dt.timedelta(days=day_offset)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def local_input(moment: dt.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")
