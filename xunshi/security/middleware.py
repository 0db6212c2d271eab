"""Staff sessions: two-factor before anything else, idle and absolute expiry."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import auth
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from xunshi.security.twofactor import user_is_verified

# Views an authenticated but not yet verified user may reach.
UNVERIFIED_ALLOWED = {"workbench:login", "workbench:logout", "security:two_factor", "admin:logout"}
SEEN_KEY = "xs_seen"
START_KEY = "xs_start"


def session_started(request: HttpRequest) -> None:
    now = time.time()
    request.session[START_KEY] = now
    request.session[SEEN_KEY] = now


class StaffSessionMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = time.time()
            seen = request.session.get(SEEN_KEY)
            start = request.session.get(START_KEY, seen)
            idle = settings.XUNSHI_SESSION_IDLE_SECONDS
            if (seen is not None and now - seen > idle) or (
                start is not None and now - start > settings.SESSION_COOKIE_AGE
            ):
                auth.logout(request)
                query = urlencode({"next": request.get_full_path(), "expired": "1"})
                return HttpResponseRedirect(f"{reverse('workbench:login')}?{query}")
            # Written at most once a minute: a session row rewrite on every click is waste.
            if seen is None or now - seen > 60:
                request.session[SEEN_KEY] = now
                request.session.setdefault(START_KEY, now)
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], args: Any, kwargs: Any
    ) -> HttpResponse | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user_is_verified(user):
            return None
        match = request.resolver_match
        if match is not None and match.view_name in UNVERIFIED_ALLOWED:
            return None
        query = urlencode({"next": request.get_full_path()})
        return HttpResponseRedirect(f"{reverse('security:two_factor')}?{query}")
