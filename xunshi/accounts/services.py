"""Account writes: the first administrator, staff accounts and round memberships."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction

from xunshi.accounts.models import Membership, Role
from xunshi.rounds.models import Round, TargetUnit


def generate_password() -> str:
    return secrets.token_urlsafe(12)


@transaction.atomic
def admin_ensure() -> tuple[str, str] | None:
    """Create the first system administrator; returns (username, password) once, else None."""
    users = get_user_model()
    if users.objects.filter(is_superuser=True).exists():
        return None
    password = generate_password()
    users.objects.create_superuser(username="admin", password=password, email="")
    return "admin", password


@transaction.atomic
def staff_create(
    *,
    username: str,
    full_name: str,
    round: Round,
    role: str,
    targets: list[TargetUnit] | None = None,
    password: str | None = None,
) -> tuple[AbstractUser, str]:
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}")
    users = get_user_model()
    secret = password or generate_password()
    user = users.objects.create_user(username=username, password=secret, first_name=full_name)
    membership = Membership.objects.create(user=user, round=round, role=role)
    if targets:
        membership.targets.set(targets)
    return user, secret
