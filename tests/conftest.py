"""Shared fixtures: the seed round, one persona per role, CSRF-enforcing clients."""

from __future__ import annotations

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


def _persona(round: Round, username: str, role: str, targets: list[str] | None = None) -> Client:
    user, _password = staff_create(
        username=username,
        full_name=username,
        round=round,
        role=role,
        targets=list(round.targets.filter(name__in=targets or [])),
    )
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
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
