"""HTTP webhook for SMS gateways, signed with HMAC-SHA256.

The gateway sends POST with a JSON body and two headers:
    X-Xunshi-Timestamp: Unix seconds when it signed the request
    X-Xunshi-Signature: hex HMAC-SHA256(key, timestamp + "." + body)
The key is the file DATA_DIR/keys/sms-webhook.key (hex; created on first use). A request
more than five minutes old or new is stale; a signature already seen is a replay. Both
are refused before the body is read as JSON. Body:
    {"id": "gateway message id", "from": "+8613…", "text": "…",
     "received_at": "ISO 8601 (optional)", "concat": {"ref": 7, "seq": 1, "total": 3}}
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from xunshi.channels.models import WebhookNonce
from xunshi.channels.sms.receive import Concat, sms_receive
from xunshi.core.keys import read_or_create
from xunshi.rounds.models import Channel, Round

MAX_SKEW_SECONDS = 300
MAX_BODY_BYTES = 64 * 1024


def webhook_key() -> bytes:
    directory = settings.DATA_DIR / "keys"
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    raw = read_or_create(directory / "sms-webhook.key", lambda: secrets.token_hex(32).encode())
    return bytes.fromhex(raw.decode().strip())


def webhook_sign(*, key: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(key, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


class WebhookRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def webhook_verify(*, timestamp: str, signature: str, body: bytes, now: float | None = None) -> None:
    """Raise WebhookRefused unless signed with our key, fresh and not seen before."""
    if len(body) > MAX_BODY_BYTES:
        raise WebhookRefused(413, "body too large")
    if not timestamp.isdigit() or len(timestamp) > 12:
        raise WebhookRefused(401, "missing or bad timestamp")
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > MAX_SKEW_SECONDS:
        raise WebhookRefused(401, "stale request")
    expected = webhook_sign(key=webhook_key(), timestamp=timestamp, body=body)
    if not hmac.compare_digest(expected, signature.strip().lower()):
        raise WebhookRefused(401, "bad signature")
    try:
        with transaction.atomic():
            WebhookNonce.objects.create(signature=expected)
    except IntegrityError as exc:
        raise WebhookRefused(409, "replayed request") from exc


def webhook_nonces_prune() -> int:
    cutoff = timezone.now() - dt.timedelta(seconds=MAX_SKEW_SECONDS * 2)
    deleted, _ = WebhookNonce.objects.filter(seen_at__lt=cutoff).delete()
    return deleted


def _payload(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise WebhookRefused(400, "body is not JSON") from exc
    if not isinstance(data, dict):
        raise WebhookRefused(400, "body must be a JSON object")
    for key in ("id", "from"):
        value = data.get(key)
        if not isinstance(value, str | int) or value == "" or isinstance(value, bool):
            raise WebhookRefused(400, f"missing field: {key}")
        if isinstance(value, str) and (len(value) > 200 or not value.isprintable()):
            raise WebhookRefused(400, f"bad field: {key}")
    if not isinstance(data.get("text"), str):
        raise WebhookRefused(400, "missing field: text")
    return data


def _concat(data: dict[str, Any]) -> Concat | None:
    raw = data.get("concat")
    if raw is None:
        return None
    try:
        return Concat(ref=int(raw["ref"]), seq=int(raw["seq"]), total=int(raw["total"]))
    except (TypeError, KeyError, ValueError) as exc:
        raise WebhookRefused(400, "concat needs integer ref, seq, total") from exc


def _received_at(data: dict[str, Any]) -> dt.datetime:
    raw = data.get("received_at")
    if isinstance(raw, str):
        parsed = parse_datetime(raw)
        if parsed is not None and timezone.is_aware(parsed):
            return parsed
    return timezone.now()


@csrf_exempt  # a machine-to-machine endpoint authenticated by its HMAC signature instead
@require_POST
def sms_webhook(request: HttpRequest, channel_id: int) -> JsonResponse:
    channel = get_object_or_404(Channel.objects.select_related("round"), pk=channel_id, kind=Channel.Kind.SMS)
    if channel.round.stage == Round.Stage.CLOSED:
        return JsonResponse({"error": "round closed"}, status=410)
    try:
        webhook_verify(
            timestamp=request.headers.get("X-Xunshi-Timestamp", ""),
            signature=request.headers.get("X-Xunshi-Signature", ""),
            body=request.body,
        )
        data = _payload(request.body)
        concat = _concat(data)
    except WebhookRefused as exc:
        return JsonResponse({"error": str(exc)}, status=exc.status)
    result = sms_receive(
        channel=channel,
        sender=str(data["from"]),
        text=str(data.get("text") or ""),
        received_at=_received_at(data),
        source=f"webhook:{data['id']}",
        source_id=f"gateway:{channel.pk}:{data['id']}",
        concat=concat,
        detail={"gateway_id": str(data["id"])[:200]},
    )
    if result.error:
        return JsonResponse({"error": result.error}, status=422)
    # The gateway only needs to know it may stop retrying; the item number is internal.
    status = "pending" if result.pending else ("duplicate" if result.duplicate_of else "registered")
    return JsonResponse({"status": status})
