"""Public portal: no login, mobile-friendly, zh-Hans. Views parse, call one service, render."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Generic, TypeVar

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods

from xunshi.casework.selectors import feedback_state
from xunshi.casework.services import CaseworkError
from xunshi.intake.lifecycle import PUBLIC_STATUS
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity
from xunshi.intake.validation import ALLOWED_LABEL, IntakeError
from xunshi.portal.forms import AddInformationForm, FeedbackForm, LookupForm, ReportForm, read_uploads
from xunshi.portal.receipts import format_code, normalise_code
from xunshi.portal.services import (
    PortalReport,
    portal_add_information,
    portal_give_feedback,
    portal_lookup,
    portal_round,
    portal_submit,
)
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
    rnd = portal_round(slug)
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
    item: Item,
    code: str,
    form: AddInformationForm | None = None,
    added: bool = False,
    status: int = 200,
    feedback_form: FeedbackForm | None = None,
    feedback_given: bool = False,
) -> HttpResponse:
    add_form = form or AddInformationForm(initial={"code": code, "token": secrets.token_urlsafe(24)})
    state = feedback_state(item)
    if feedback_form is None and state.may_give and state.target is not None:
        feedback_form = FeedbackForm(
            initial={"code": code, "token": secrets.token_urlsafe(24), "answer": state.target.pk}
        )
    open_objection = any(f.is_open for f in state.given)
    response = render(
        request,
        "portal/status.html",
        {
            "item": item,
            # An objection re-opens the item: the public status says so, nothing more.
            "public_status": "您的异议已收到，正在复查" if open_objection else PUBLIC_STATUS[item.status],
            "responses": item.responses.all(),
            "add_form": add_form,
            "added": added,
            "feedback": state,
            "feedback_form": feedback_form if state.may_give else None,
            # A refused word (already given, window over) is said even though no form follows.
            "feedback_refused": []
            if state.may_give or feedback_form is None
            else feedback_form.non_field_errors(),
            "feedback_given": feedback_given,
            **_limits(),
            **(pow_context() if state.may_give else {}),
        },
        status=status,
    )
    response["Cache-Control"] = "no-store"
    return response


PostedForm = TypeVar("PostedForm", AddInformationForm, FeedbackForm)


@dataclass(frozen=True)
class _Posted(Generic[PostedForm]):
    form: PostedForm
    item: Item
    code: str


def _posted_on_status_page(
    request: HttpRequest, form_class: type[PostedForm]
) -> _Posted[PostedForm] | HttpResponse:
    """The start of a reporter's POST on the status page (补充材料 or 评价): throttled, then
    the item of the receipt code (404 for an unknown code), or the throttle's answer.

    Each attempt also tries a receipt code and may carry files, so it counts against both
    the lookup and the addition budgets."""
    throttled = portal_throttle(request, "lookup") or portal_throttle(request, "add")
    if throttled is not None:
        return throttled
    form = form_class(request.POST, request.FILES)
    code = normalise_code(form.data.get("code", ""))
    item = portal_lookup(code) if code else None
    if item is None or code is None:
        raise Http404("回执码无效")
    return _Posted(form, item, code)


@require_http_methods(["POST"])
def add_information(request: HttpRequest) -> HttpResponse:
    posted = _posted_on_status_page(request, AddInformationForm)
    if isinstance(posted, HttpResponse):
        return posted
    form, item, code = posted.form, posted.item, posted.code
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


@require_http_methods(["POST"])
def give_feedback(request: HttpRequest) -> HttpResponse:
    """满意/基本满意/不满意 on the latest answer; 不满意 with reasons is an objection (异议)."""
    posted = _posted_on_status_page(request, FeedbackForm)
    if isinstance(posted, HttpResponse):
        return posted
    form, item, code = posted.form, posted.item, posted.code
    if not form.is_valid():
        return _status_page(request, item, code, feedback_form=form, status=400)
    problem = challenge_check(
        request.POST.get("pow_challenge", ""),
        request.POST.get("pow_answer", ""),
        token=form.cleaned_data["token"],
    )
    if problem is not None:
        form.add_error(None, problem)
        return _status_page(request, item, code, feedback_form=form, status=400)
    d = form.cleaned_data
    try:
        portal_give_feedback(
            item=item,
            token=d["token"],
            answer_id=d["answer"],
            satisfaction=d["satisfaction"],
            reasons=d["reasons"],
            attachments=read_uploads(d["attachments"]),
        )
    except (IntakeError, CaseworkError) as exc:
        form.add_error(None, str(exc))
        return _status_page(request, item, code, feedback_form=form, status=400)
    return _status_page(request, item, code, feedback_given=True)
