"""Fixed-window rate limits shared by all server processes (rows in the database).

A client is identified only by a keyed hash of its address and the window number;
addresses are never written anywhere, and expired windows are deleted.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import secrets
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from xunshi.core.keys import read_or_create
from xunshi.security.models import RateBucket


@functools.cache
def local_key() -> bytes:
    path = Path(settings.DATA_DIR) / "keys" / "throttle.key"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return bytes.fromhex(read_or_create(path, lambda: secrets.token_hex(32).encode()).decode().strip())


def client_ident(request: HttpRequest) -> str:
    """The address the limits count by; kept in memory for this request only."""
    header = getattr(settings, "XUNSHI_CLIENT_IP_HEADER", "")
    if header:
        # Behind our own reverse proxy the real client is the last hop it appended.
        forwarded = request.META.get(header, "")
        if forwarded:
            return str(forwarded).split(",")[-1].strip()
    return str(request.META.get("REMOTE_ADDR", ""))


def _bucket(scope: str, ident: str, window_seconds: int) -> tuple[str, dt.datetime]:
    now = timezone.now()
    window_no = int(now.timestamp()) // window_seconds
    message = f"{scope}\x00{window_no}\x00{ident}".encode()
    key = hmac.new(local_key(), message, hashlib.sha256).hexdigest()
    end = dt.datetime.fromtimestamp((window_no + 1) * window_seconds, tz=dt.UTC)
    return key, end


def current(scope: str, ident: str, *, window_seconds: int) -> int:
    key, _ = _bucket(scope, ident, window_seconds)
    found = RateBucket.objects.filter(key=key).values_list("count", flat=True).first()
    return int(found or 0)


def hit(scope: str, ident: str, *, limit: int, window_seconds: int) -> bool:
    """Count one event; True while the count in this window is within `limit`."""
    key, end = _bucket(scope, ident, window_seconds)
    with transaction.atomic():
        if not RateBucket.objects.filter(key=key).update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    RateBucket.objects.create(key=key, window_end=end, count=1)
            except IntegrityError:
                RateBucket.objects.filter(key=key).update(count=F("count") + 1)
        count = RateBucket.objects.filter(key=key).values_list("count", flat=True).get()
    _purge()
    return count <= limit


def reset(scope: str, ident: str, *, window_seconds: int) -> None:
    key, _ = _bucket(scope, ident, window_seconds)
    RateBucket.objects.filter(key=key).delete()


def _purge() -> None:
    RateBucket.objects.filter(window_end__lt=timezone.now()).delete()
