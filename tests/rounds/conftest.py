"""Personas for the round set-up page: the system administrator, the inspection office
(巡视办) and an ordinary group member who must be refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.rounds.models import Round


def _login(user: Any) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    if "django_otp" in settings.INSTALLED_APPS:
        # Sessions that passed the second factor, as the login page would leave them.
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device, _ = TOTPDevice.objects.get_or_create(user=user, defaults={"name": "测试", "confirmed": True})
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    client.user = user  # type: ignore[attr-defined]
    return client


@pytest.fixture
def sysadmin(db: None) -> Client:
    user = get_user_model().objects.create_superuser("root", password="x-not-used-42")
    return _login(user)


@pytest.fixture
def office(seed_round: Round) -> Client:
    user, _ = staff_create(username="office", full_name="巡视办", round=seed_round, role=Role.OFFICE)
    return _login(user)


@pytest.fixture
def member(seed_round: Round) -> Client:
    user, _ = staff_create(username="zuyuan", full_name="组员", round=seed_round, role=Role.STAFF)
    return _login(user)
