"""Staff accounts: password then TOTP (enrolment on first login), throttled logins,
session expiry, CSRF on every form."""

from __future__ import annotations

import base64
import re
import time
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


def _csrf(client: Client, url: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(url).content.decode())
    assert match
    return match.group(1)


def _login(client: Client, username: str, password: str) -> Any:
    token = _csrf(client, "/workbench/login/")
    return client.post(
        "/workbench/login/", {"csrfmiddlewaretoken": token, "username": username, "password": password}
    )


def _code(device: TOTPDevice, offset: int = 0) -> str:
    return f"{TOTP(device.bin_key, drift=offset).token():06d}"


@pytest.fixture
def account(demo_round: Any) -> tuple[str, str]:
    user, password = staff_create(username="wang", full_name="王某", round=demo_round, role=Role.LEADER)
    return user.username, password


def test_first_login_enrols_a_totp_device_then_reaches_the_workbench(account: tuple[str, str]) -> None:
    client = Client(enforce_csrf_checks=True)
    response = _login(client, *account)
    assert response.status_code == 302 and "/workbench/security/two-factor/" in response["Location"]
    # Password alone opens nothing.
    blocked = client.get("/workbench/")
    assert blocked.status_code == 302 and "two-factor" in blocked["Location"]
    page = client.get("/workbench/security/two-factor/").content.decode()
    assert "<svg" in page and "totp-secret" in page
    assert "<script" not in page.split("<main", 1)[-1]
    secret = re.search(r'id="totp-secret">([A-Z2-7 ]+)<', page)
    assert secret
    raw = secret.group(1).replace(" ", "")
    device = TOTPDevice.objects.get(user__username=account[0])
    assert base64.b32decode(raw + "=" * (-len(raw) % 8)) == device.bin_key
    token = _csrf(client, "/workbench/security/two-factor/")
    wrong = client.post("/workbench/security/two-factor/", {"csrfmiddlewaretoken": token, "token": "000000"})
    assert wrong.status_code == 400
    # django-otp makes each failure cost a growing wait (1 s after the first).
    time.sleep(1.1)
    token = _csrf(client, "/workbench/security/two-factor/")
    ok = client.post(
        "/workbench/security/two-factor/", {"csrfmiddlewaretoken": token, "token": _code(device)}
    )
    assert ok.status_code == 302
    assert client.get("/workbench/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"auth.login", "auth.2fa_failed", "auth.2fa_enrolled"} <= actions


def test_later_logins_ask_for_the_code_and_show_no_secret(account: tuple[str, str]) -> None:
    user = get_user_model().objects.get(username=account[0])
    user_device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client(enforce_csrf_checks=True)
    _login(client, *account)
    page = client.get("/workbench/security/two-factor/").content.decode()
    assert "<svg" not in page and "totp-secret" not in page
    token = _csrf(client, "/workbench/security/two-factor/")
    before = client.session.session_key
    client.post(
        "/workbench/security/two-factor/", {"csrfmiddlewaretoken": token, "token": _code(user_device)}
    )
    assert client.get("/workbench/").status_code == 200
    # The session id changes when the login completes.
    assert client.session.session_key != before


def test_logins_are_throttled_per_user_name_across_processes(account: tuple[str, str], settings: Any) -> None:
    settings.XUNSHI_LOGIN_FAILURES_PER_USER = 3
    client = Client(enforce_csrf_checks=True)
    for _ in range(3):
        assert _login(client, account[0], "wrong-password-123").status_code == 400
    # Now even the right password is refused for this name, from any client.
    other = Client(enforce_csrf_checks=True)
    refused = _login(other, *account)
    assert refused.status_code == 429 and "登录失败次数过多" in refused.content.decode()
    assert AuditEntry.objects.filter(action="auth.login_throttled").exists()
    # The count lives in the database (shared by all gunicorn workers), keyed by a hash.
    from xunshi.security.models import RateBucket

    assert RateBucket.objects.exists()
    assert not RateBucket.objects.filter(key__contains=account[0]).exists()


def test_global_login_throttle(demo_round: Any, settings: Any) -> None:
    settings.XUNSHI_LOGIN_FAILURES_OVERALL = 4
    staff_create(username="li", full_name="李", round=demo_round, role=Role.STAFF, password="p" * 16 + "9Xz")
    client = Client(enforce_csrf_checks=True)
    for n in range(4):
        _login(client, f"nobody{n}", "wrong-password-123")
    assert _login(client, "li", "p" * 16 + "9Xz").status_code == 429


def test_idle_sessions_end(leader: Client, settings: Any) -> None:
    assert leader.get("/workbench/").status_code == 200
    session = leader.session
    session["xs_seen"] = time.time() - settings.XUNSHI_SESSION_IDLE_SECONDS - 5
    session.save()
    response = leader.get("/workbench/")
    assert response.status_code == 302 and "expired=1" in response["Location"]
    assert leader.get("/workbench/").status_code == 302


def test_sessions_end_after_the_absolute_limit(leader: Client, settings: Any) -> None:
    session = leader.session
    session["xs_start"] = time.time() - settings.SESSION_COOKIE_AGE - 5
    session["xs_seen"] = time.time()
    session.save()
    assert leader.get("/workbench/").status_code == 302


def test_admin_login_goes_through_the_same_gate(demo_round: Any) -> None:
    response = Client().get("/sysadmin/login/")
    assert response.status_code == 200 and "工作人员登录" in response.content.decode()


def test_csrf_is_enforced_everywhere_but_the_signed_sms_webhook() -> None:
    from django.urls import URLPattern, URLResolver, get_resolver

    exempt = []

    def walk(resolver: URLResolver, prefix: str = "") -> None:
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                walk(entry, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern) and getattr(entry.callback, "csrf_exempt", False):
                exempt.append(prefix + str(entry.pattern))

    walk(get_resolver())
    # The webhook is machine-to-machine and authenticated by an HMAC signature instead.
    assert exempt == ["workbench/channels/sms/webhook/<int:channel_id>/"]


def test_login_form_without_csrf_token_is_refused(account: tuple[str, str]) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/workbench/login/", {"username": account[0], "password": account[1]})
    assert response.status_code == 403


def test_production_passwords_use_argon2() -> None:
    import xunshi.settings as configured

    assert configured.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
