"""Defences of the public portal: rate limits per client and overall, and proof of work.

Limits count by a keyed hash of the client address (see throttle.py); no address is
stored. The overall limit protects the desk when many addresses are used at once.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from xunshi.security import throttle
from xunshi.security.pow import NO_SCRIPT_MESSAGE, challenge_issue, pow_bits

# action: (per client, overall, window in seconds)
DEFAULT_LIMITS: dict[str, tuple[int, int, int]] = {
    "report": (10, 600, 3600),
    "lookup": (20, 1200, 600),
    "add": (20, 600, 3600),
}
MESSAGES = {
    "report": "提交过于频繁，请一小时后再试。如情况紧急，可拨打公布的举报电话或来信来访。",
    "lookup": "查询过于频繁，请十分钟后再试。",
    "add": "补充材料过于频繁，请一小时后再试。",
}


def _limits(action: str) -> tuple[int, int, int]:
    configured = getattr(settings, "XUNSHI_PORTAL_LIMITS", {}) or {}
    per_client, overall, window = configured.get(action, DEFAULT_LIMITS[action])
    return int(per_client), int(overall), int(window)


def portal_throttle(request: HttpRequest, action: str) -> HttpResponse | None:
    """Count this request; a 429 page when the client or the portal as a whole is over."""
    if not getattr(settings, "XUNSHI_PORTAL_THROTTLE", True):
        return None
    per_client, overall, window = _limits(action)
    ok_client = throttle.hit(
        f"portal:{action}", throttle.client_ident(request), limit=per_client, window_seconds=window
    )
    ok_all = throttle.hit(f"portal:{action}:all", "", limit=overall, window_seconds=window)
    if ok_client and ok_all:
        return None
    response = render(request, "security/throttled.html", {"message": MESSAGES[action]}, status=429)
    response["Retry-After"] = str(window)
    response["Cache-Control"] = "no-store"
    return response


def pow_context() -> dict[str, object]:
    return {"pow_challenge": challenge_issue(), "pow_bits": pow_bits(), "pow_noscript": NO_SCRIPT_MESSAGE}
