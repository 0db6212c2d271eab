"""Shared fixtures: the seed round, one persona per role, CSRF-enforcing clients."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.rounds.models import Round
from xunshi.rounds.services import round_load_seed


@pytest.fixture
def seed_round(db: None) -> Round:
    rnd, _ = round_load_seed()
    return rnd


@pytest.fixture
def demo_round(db: None) -> Round:
    """A copy of the seed round whose acceptance period starts today."""
    rnd, _ = round_load_seed(demo=True)
    return rnd


def verify_two_factor(client: Client, user: Any) -> None:
    """Mark a force_login()ed session as having passed TOTP, as the login page would."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="测试", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def login_verified(client: Client, user: Any) -> Client:
    client.force_login(user)
    verify_two_factor(client, user)
    return client


@pytest.fixture(autouse=True)
def _portal_defences_relaxed(settings: Any) -> None:
    """Most tests post the portal forms directly and often; tests/security turns these back on."""
    settings.XUNSHI_PORTAL_POW_BITS = 0
    settings.XUNSHI_PORTAL_THROTTLE = False


def _persona(round: Round, username: str, role: str, targets: list[str] | None = None) -> Client:
    user, _password = staff_create(
        username=username,
        full_name=username,
        round=round,
        role=role,
        targets=list(round.targets.filter(name__in=targets or [])),
    )
    client = login_verified(Client(enforce_csrf_checks=True), user)
    client.user = user  # type: ignore[attr-defined]
    return client


@pytest.fixture
def leader(demo_round: Round) -> Client:
    return _persona(demo_round, "leader", Role.LEADER)


@pytest.fixture
def staff_renqiu(demo_round: Round) -> Client:
    return _persona(demo_round, "staff_rq", Role.STAFF, ["任丘市"])


@pytest.fixture
def local_liaison(demo_round: Round) -> Client:
    return _persona(demo_round, "liaison_rq", Role.LOCAL_LIAISON, ["任丘市"])


@pytest.fixture
def public() -> Client:
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def deputy(demo_round: Round) -> Client:
    return _persona(demo_round, "deputy", Role.DEPUTY)
