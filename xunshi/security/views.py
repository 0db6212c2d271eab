"""Staff login with throttling, then the second factor."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login

from xunshi.audit.services import audit_record_now
from xunshi.security import throttle
from xunshi.security.middleware import session_started
from xunshi.security.twofactor import (
    confirmed_device,
    device_secret,
    device_verify,
    enrolment_device,
    qr_svg,
    user_is_verified,
)

THROTTLED_MESSAGE = "登录失败次数过多，已暂停登录。请稍后再试，或联系系统管理员。"


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse(settings.LOGIN_REDIRECT_URL)


def _login_blocked(username: str) -> bool:
    window = settings.XUNSHI_LOGIN_WINDOW_SECONDS
    user_count = throttle.current("login:user", username.lower(), window_seconds=window)
    overall = throttle.current("login:all", "", window_seconds=window)
    return (
        user_count >= settings.XUNSHI_LOGIN_FAILURES_PER_USER
        or overall >= settings.XUNSHI_LOGIN_FAILURES_OVERALL
    )


def _login_failed(username: str) -> None:
    window = settings.XUNSHI_LOGIN_WINDOW_SECONDS
    throttle.hit(
        "login:user", username.lower(), limit=settings.XUNSHI_LOGIN_FAILURES_PER_USER, window_seconds=window
    )
    throttle.hit("login:all", "", limit=settings.XUNSHI_LOGIN_FAILURES_OVERALL, window_seconds=window)


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """Password first; the second factor follows on its own page."""
    if request.user.is_authenticated:
        return redirect(f"{reverse('security:two_factor')}?{urlencode({'next': _next(request)})}")
    form = AuthenticationForm(request, data=request.POST or None)
    status = 200
    if request.method == "POST":
        username = str(request.POST.get("username", ""))[:150]
        if _login_blocked(username):
            audit_record_now(action="auth.login_throttled", actor_label="未登录", data={"username": username})
            form = AuthenticationForm(request)
            status = 429
        elif form.is_valid():
            auth.login(request, form.get_user())
            session_started(request)
            return HttpResponseRedirect(
                f"{reverse('security:two_factor')}?{urlencode({'next': _next(request)})}"
            )
        else:
            _login_failed(username)
            status = 400
    context = {
        "form": form,
        "next": _next(request),
        "expired": request.GET.get("expired") == "1",
        "blocked": THROTTLED_MESSAGE if status == 429 else "",
    }
    return render(request, "workbench/login.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def two_factor(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.is_authenticated:
        return redirect(f"{reverse('workbench:login')}?{urlencode({'next': _next(request)})}")
    if user_is_verified(user):
        return redirect(_next(request))
    device = confirmed_device(user)
    enrolling = device is None
    if device is None:
        device = enrolment_device(user)
    error = ""
    status = 200
    if request.method == "POST":
        token = str(request.POST.get("token", ""))[:12]
        if device_verify(user=user, device=device, token=token):
            otp_login(request, device)
            # A new session id once the login is complete: one seen before is worth nothing.
            request.session.cycle_key()
            return redirect(_next(request))
        error = "验证码不正确或已过期，请输入手机验证器上当前显示的6位数字。"
        status = 400
    context: dict[str, Any] = {"enrolling": enrolling, "error": error, "next": _next(request)}
    if enrolling:
        context.update(qr=qr_svg(device), secret=device_secret(device))
    return render(request, "security/two_factor.html", context, status=status)
