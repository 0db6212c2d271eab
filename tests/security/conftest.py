"""Personas for the security tests: one per role, plus the system administrator."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.intake.models import Item
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind

# The test reporter: the figures searched for on disk and in backups.
REPORTER_PHONE = "13907310466"
REPORTER_ID = "13098219800101453X"
REPORTER_NAME = "司马秀英"

ROLES = [
    "anonymous",
    "sysadmin",
    "leader",
    "deputy",
    "staff_other",
    "group_liaison",
    "local_liaison",
    "office",
]


def verified_client(user: Any) -> Client:
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="测试", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def make_personas(rnd: Round) -> dict[str, Client]:
    """The item under test is in 任丘市; `staff_other` works 青县 only."""
    clients: dict[str, Client] = {"anonymous": Client(enforce_csrf_checks=True)}
    admin = get_user_model().objects.create_superuser(username="sysadmin", password="x" * 16, email="")
    clients["sysadmin"] = verified_client(admin)
    for name, role, counties in [
        ("leader", Role.LEADER, []),
        ("deputy", Role.DEPUTY, []),
        ("staff_other", Role.STAFF, ["青县"]),
        ("group_liaison", Role.GROUP_LIAISON, []),
        ("local_liaison", Role.LOCAL_LIAISON, ["任丘市"]),
        ("office", Role.OFFICE, []),
    ]:
        user, _ = staff_create(
            username=name,
            full_name=name,
            round=rnd,
            role=role,
            targets=list(rnd.targets.filter(name__in=counties)),
        )
        clients[name] = verified_client(user)
    return clients


def reported_item(rnd: Round, county: str, content: str, **kw: Any) -> Item:
    return item_receive(
        Incoming(
            round=rnd,
            channel=channel_for_kind(rnd, "po_box"),
            content=content,
            received_at=timezone.now(),
            target=rnd.targets.get(name=county),
            **kw,
        )
    ).item


def named_reporter() -> Identity:
    return Identity(
        name=REPORTER_NAME, phone=REPORTER_PHONE, id_number=REPORTER_ID, address="任丘市永丰路8号"
    )


@pytest.fixture
def security_on(settings: Any) -> None:
    settings.XUNSHI_PORTAL_POW_BITS = 8
    settings.XUNSHI_PORTAL_THROTTLE = True


class Kit:
    """Helpers handed to the tests through one fixture (test modules do not import conftest)."""

    roles = ROLES
    phone = REPORTER_PHONE
    id_number = REPORTER_ID
    name = REPORTER_NAME
    verified_client = staticmethod(verified_client)
    make_personas = staticmethod(make_personas)
    reported_item = staticmethod(reported_item)
    named_reporter = staticmethod(named_reporter)


@pytest.fixture
def kit() -> type[Kit]:
    return Kit


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Personas are many and Argon2 is slow by design; test_accounts checks the real setting."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
