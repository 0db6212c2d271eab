"""Public portal: no login, mobile-friendly, zh-Hans. Views parse, call one service, render."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods

from xunshi.intake.lifecycle import PUBLIC_STATUS
from xunshi.intake.models import IdentityKind
from xunshi.intake.services import Identity
from xunshi.intake.validation import ALLOWED_LABEL, IntakeError
from xunshi.portal.forms import AddInformationForm, LookupForm, ReportForm, read_uploads
from xunshi.portal.receipts import format_code, normalise_code
from xunshi.portal.services import PortalReport, portal_add_information, portal_lookup, portal_submit
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import round_list_for_portal
from xunshi.security.portal import portal_throttle, pow_context
from xunshi.security.pow import challenge_check


def _limits() -> dict[str, object]:
    return {
        "max_chars": settings.XUNSHI_MAX_TEXT_CHARS,
        "max_files": settings.XUNSHI_MAX_ATTACHMENTS,
        "max_mb": settings.XUNSHI_MAX_ATTACHMENT_BYTES // 1048576,
        "allowed": ALLOWED_LABEL,
    }


def home(request: HttpRequest) -> HttpResponse:
    rounds = round_list_for_portal()
    return render(request, "portal/home.html", {"rounds": rounds})


def _report_page(request: HttpRequest, rnd: Round, form: ReportForm, status: int = 200) -> HttpResponse:
    # Every rendering carries a fresh proof-of-work challenge (xunshi/security/pow.py).
    context = {"round": rnd, "form": form, **_limits(), **pow_context()}
    return render(request, "portal/report.html", context, status=status)


@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, slug: str) -> HttpResponse:
    if request.method == "GET":
        rnd = get_object_or_404(Round.objects.prefetch_related("targets"), slug=slug)
        form = ReportForm(round=rnd, initial={"token": secrets.token_urlsafe(24)})
        return _report_page(request, rnd, form)
    # A submission needs none of the round's related rows (the form checks a chosen
    # county with a query of its own): two fewer queries on every report.
    rnd = get_object_or_404(Round, slug=slug)
    throttled = portal_throttle(request, "report")
    if throttled is not None:
        return throttled
    form = ReportForm(request.POST, request.FILES, round=rnd)
    if not form.is_valid():
        return _report_page(request, rnd, form, status=400)
    problem = challenge_check(
        request.POST.get("pow_challenge", ""),
        request.POST.get("pow_answer", ""),
        token=form.cleaned_data["token"],
    )
    if problem is not None:
        form.add_error(None, problem)
        return _report_page(request, rnd, form, status=400)
    data = form.cleaned_data
    named = data["identity_kind"] == IdentityKind.NAMED
    identity = Identity(
        name=data["name"] if named else "",
        id_number=data["id_number"] if named else "",
        phone=data["phone"],
        address=data["address"],
        email=data["email"],
    )
    try:
        ack = portal_submit(
            round=rnd,
            token=data["token"],
            report=PortalReport(
                identity_kind=data["identity_kind"],
                identity=identity,
                target=data["target"],
                accused_name=data["accused_name"],
                accused_position=data["accused_position"],
                accused_unit=data["accused_unit"],
                subject=data["subject"],
                content=data["content"],
                attachments=read_uploads(data["attachments"]),
            ),
        )
    except IntakeError as exc:
        form.add_error(None, str(exc))
        return _report_page(request, rnd, form, status=400)
    response = render(
        request,
        "portal/received.html",
        {"round": rnd, "item": ack.item, "code": format_code(ack.receipt_code), "repeated": ack.repeated},
    )
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def status(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/status_lookup.html", {"form": LookupForm()})
    throttled = portal_throttle(request, "lookup")
    if throttled is not None:
        return throttled
    form = LookupForm(request.POST)
    code = normalise_code(form.data.get("code", "")) if form.is_valid() else None
    item = portal_lookup(code) if code else None
    if item is None:
        form.add_error("code", "未找到该回执码对应的反映，请核对16位数字后重试")
        return render(request, "portal/status_lookup.html", {"form": form}, status=404)
    return _status_page(request, item, code or "")


def _status_page(
    request: HttpRequest,
    item: object,
    code: str,
    form: AddInformationForm | None = None,
    added: bool = False,
    status: int = 200,
) -> HttpResponse:
    add_form = form or AddInformationForm(initial={"code": code, "token": secrets.token_urlsafe(24)})
    response = render(
        request,
        "portal/status.html",
        {
            "item": item,
            "public_status": PUBLIC_STATUS[item.status],  # type: ignore[attr-defined]
            "responses": item.responses.all(),  # type: ignore[attr-defined]
            "add_form": add_form,
            "added": added,
            **_limits(),
        },
        status=status,
    )
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["POST"])
def add_information(request: HttpRequest) -> HttpResponse:
    # Each attempt also tries a receipt code, so it counts against the same guessing budget.
    throttled = portal_throttle(request, "lookup") or portal_throttle(request, "add")
    if throttled is not None:
        return throttled
    form = AddInformationForm(request.POST, request.FILES)
    code = normalise_code(form.data.get("code", ""))
    item = portal_lookup(code) if code else None
    if item is None or code is None:
        raise Http404("回执码无效")
    if not form.is_valid():
        return _status_page(request, item, code, form=form, status=400)
    try:
        portal_add_information(
            item=item,
            token=form.cleaned_data["token"],
            content=form.cleaned_data["content"],
            attachments=read_uploads(form.cleaned_data["attachments"]),
        )
    except IntakeError as exc:
        form.add_error(None, str(exc))
        return _status_page(request, item, code, form=form, status=400)
    return _status_page(request, item, code, added=True)
