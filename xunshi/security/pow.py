"""Proof of work for the public report form (hashcash over SHA-256, no outside service).

The server issues a signed, expiring challenge; the browser (static/xunshi/pow.js) finds a
counter such that SHA-256("<challenge>:<counter>") starts with `bits` zero bits. One
solution pays for one report: it is recorded as spent, except that a retried POST of
the same form (same submission token) may present it again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from xunshi.security.models import SpentChallenge
from xunshi.security.throttle import local_key

SALT = "xunshi.security.pow"
MAX_ANSWER_CHARS = 20

NO_SCRIPT_MESSAGE = (
    "提交前需要浏览器自动完成一次安全校验（通常只需一两秒）。您的浏览器似乎没有运行脚本："
    "请启用 JavaScript 后重新提交，或改用来信、来电、来访等方式反映。"
)
EXPIRED_MESSAGE = "安全校验已过期或无效，请重新提交（您填写的内容已保留）。"


def pow_bits() -> int:
    return int(getattr(settings, "XUNSHI_PORTAL_POW_BITS", 16))


def pow_lifetime() -> int:
    return int(getattr(settings, "XUNSHI_PORTAL_POW_SECONDS", 1800))


def challenge_issue(bits: int | None = None) -> str:
    return signing.dumps({"n": secrets.token_hex(16), "b": pow_bits() if bits is None else bits}, salt=SALT)


def leading_zero_bits(digest: bytes) -> int:
    count = 0
    for byte in digest:
        if byte == 0:
            count += 8
            continue
        return count + 8 - byte.bit_length()
    return count


def solves(challenge: str, answer: str, bits: int) -> bool:
    if not answer.isdigit() or len(answer) > MAX_ANSWER_CHARS:
        return False
    digest = hashlib.sha256(f"{challenge}:{answer}".encode()).digest()
    return leading_zero_bits(digest) >= bits


def solve(challenge: str) -> str:
    """What the browser does; used by tests and tools that post the form themselves."""
    bits = int(signing.loads(challenge, salt=SALT)["b"])
    counter = 0
    while not solves(challenge, str(counter), bits):
        counter += 1
    return str(counter)


def challenge_check(challenge: str, answer: str, *, token: str) -> str | None:
    """None when the solution is good (and now spent); else the message for the reporter."""
    if pow_bits() == 0:
        return None
    if not challenge:
        return NO_SCRIPT_MESSAGE
    try:
        data = signing.loads(challenge, salt=SALT, max_age=pow_lifetime())
    except signing.BadSignature:
        return EXPIRED_MESSAGE
    if not isinstance(data, dict) or not isinstance(data.get("n"), str):
        return EXPIRED_MESSAGE
    bits = int(data.get("b", 0))
    if bits > 0 and not answer:
        return NO_SCRIPT_MESSAGE
    if bits > 0 and not solves(challenge, answer, bits):
        return EXPIRED_MESSAGE
    token_hash = hmac.new(local_key(), b"pow-token:" + token.encode(), hashlib.sha256).hexdigest()
    now = timezone.now()
    SpentChallenge.objects.filter(expires_at__lt=now).delete()
    try:
        with transaction.atomic():
            SpentChallenge.objects.create(
                nonce=data["n"], token_hash=token_hash, expires_at=now + dt.timedelta(seconds=pow_lifetime())
            )
    except IntegrityError:
        spent = SpentChallenge.objects.filter(nonce=data["n"]).first()
        if spent is None or not hmac.compare_digest(spent.token_hash, token_hash):
            return EXPIRED_MESSAGE
    return None
