"""Portal defences: proof of work, rate limits per client and overall, and no stored IPs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from xunshi.intake.models import Item
from xunshi.security.pow import challenge_check, challenge_issue, leading_zero_bits, solve, solves

pytestmark = pytest.mark.django_db

CONTENT = "任丘市某局长2015年收受工程老板现金五万元，地点在其办公室。"


def _form(client: Client, slug: str) -> dict[str, str]:
    html = client.get(f"/report/{slug}/").content.decode()
    fields = dict(re.findall(r'name="(csrfmiddlewaretoken|token|pow_challenge)" value="([^"]*)"', html))
    assert set(fields) == {"csrfmiddlewaretoken", "token", "pow_challenge"}, html[:300]
    assert 'src="/static/xunshi/pow.js"' in html
    assert ("<noscript>" in html) == ('data-pow-bits="0"' not in html)
    return fields


def _post(client: Client, slug: str, *, solve_pow: bool = True, **extra: str) -> Any:
    fields = _form(client, slug)
    data = {**fields, "identity_kind": "anonymous", "content": CONTENT, **extra}
    if solve_pow:
        data["pow_answer"] = solve(fields["pow_challenge"])
    return client.post(f"/report/{slug}/", data, REMOTE_ADDR=extra.get("_ip", "203.0.113.7"))


def test_a_form_posted_without_script_gets_a_clear_message(security_on: None, demo_round: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    response = _post(client, demo_round.slug, solve_pow=False)
    assert response.status_code == 400
    assert "JavaScript" in response.content.decode() and "来信" in response.content.decode()
    assert not Item.objects.exists()
    # What the reporter typed is still in the form.
    assert CONTENT in response.content.decode()


def test_a_solved_challenge_is_accepted_once(security_on: None, demo_round: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    fields = _form(client, demo_round.slug)
    answer = solve(fields["pow_challenge"])
    base = {**fields, "identity_kind": "anonymous", "content": CONTENT, "pow_answer": answer}
    assert client.post(f"/report/{demo_round.slug}/", base).status_code == 200
    # A retry of the same form (same token) may repeat it: the same item comes back.
    assert client.post(f"/report/{demo_round.slug}/", base).status_code == 200
    assert Item.objects.count() == 1
    # Another report may not reuse the solution.
    other = _form(client, demo_round.slug)
    replay = {**base, "token": other["token"], "csrfmiddlewaretoken": other["csrfmiddlewaretoken"]}
    response = client.post(f"/report/{demo_round.slug}/", replay)
    assert response.status_code == 400 and "安全校验已过期或无效" in response.content.decode()
    assert Item.objects.count() == 1


def test_a_wrong_or_forged_challenge_is_refused(security_on: None, demo_round: Any) -> None:
    challenge = challenge_issue()
    assert challenge_check(challenge, "not-a-number", token="t" * 24) is not None
    forged = challenge_issue(bits=0)[:-3] + "abc"
    assert challenge_check(forged, "0", token="t" * 24) is not None


def test_reports_are_limited_per_client_and_overall(
    security_on: None, demo_round: Any, settings: Any
) -> None:
    settings.XUNSHI_PORTAL_LIMITS = {"report": (2, 4, 3600)}
    settings.XUNSHI_PORTAL_POW_BITS = 0
    client = Client(enforce_csrf_checks=True)
    assert _post(client, demo_round.slug, _ip="198.51.100.1").status_code == 200
    assert _post(client, demo_round.slug, _ip="198.51.100.1").status_code == 200
    limited = _post(client, demo_round.slug, _ip="198.51.100.1")
    assert limited.status_code == 429 and "举报电话" in limited.content.decode()
    # Another address still gets through, until the portal-wide limit.
    assert _post(client, demo_round.slug, _ip="198.51.100.2").status_code == 200
    assert _post(client, demo_round.slug, _ip="198.51.100.3").status_code == 429


def test_receipt_code_lookups_are_throttled(security_on: None, settings: Any) -> None:
    settings.XUNSHI_PORTAL_LIMITS = {"lookup": (5, 100, 600)}
    client = Client()
    statuses = [
        client.post("/status/", {"code": f"{n:016d}"}, REMOTE_ADDR="192.0.2.9").status_code for n in range(7)
    ]
    assert statuses[:5] == [404] * 5 and statuses[5:] == [429, 429]


def test_no_client_address_is_stored_anywhere(security_on: None, demo_round: Any, settings: Any) -> None:
    settings.XUNSHI_PORTAL_POW_BITS = 0
    address = "203.0.113.77"
    client = Client(enforce_csrf_checks=True)
    assert _post(client, demo_round.slug, _ip=address).status_code == 200
    client.post("/status/", {"code": "1234123412341234"}, REMOTE_ADDR=address)
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 - introspected names
            for row in cursor.fetchall():
                assert address not in repr(row), table
    for path in Path(django_settings.DATA_DIR).rglob("*"):
        if path.is_file() and path.stat().st_size < 50_000_000:
            assert address.encode() not in path.read_bytes(), path


def test_the_server_keeps_no_access_log() -> None:
    import inspect

    from xunshi.cli import system

    source = inspect.getsource(system.serve)
    assert '"accesslog": None' in source


@given(st.binary(max_size=40))
def test_leading_zero_bits_matches_a_bit_string(data: bytes) -> None:
    bits = "".join(f"{b:08b}" for b in data)
    assert leading_zero_bits(data) == len(bits) - len(bits.lstrip("0"))


@given(st.text(max_size=30))
def test_any_typed_answer_is_judged_without_error(answer: str) -> None:
    assert solves("c", answer, 4) in (True, False)


@pytest.mark.django_db
@given(challenge=st.text(max_size=200), answer=st.text(max_size=30))
def test_any_posted_challenge_is_refused_or_accepted_without_error(challenge: str, answer: str) -> None:
    django_settings.XUNSHI_PORTAL_POW_BITS = 8
    try:
        result = challenge_check(challenge, answer, token="x" * 24)
    finally:
        django_settings.XUNSHI_PORTAL_POW_BITS = 0
    assert result is not None
