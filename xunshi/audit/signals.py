"""Logins, logouts and failed logins go to the audit log."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from xunshi.audit.services import audit_record_now


@receiver(user_logged_in)
def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit_record_now(action="auth.login", actor=user, target_type="user", target_id=user.pk)


@receiver(user_logged_out)
def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_record_now(action="auth.logout", actor=user, target_type="user", target_id=user.pk)


@receiver(user_login_failed)
def _login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    # Only the username tried; never the password.
    audit_record_now(
        action="auth.login_failed",
        actor_label="未登录",
        data={"username": str(credentials.get("username", ""))[:150]},
    )
