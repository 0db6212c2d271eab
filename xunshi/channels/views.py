"""Workbench pages for the channels: health with the dead-letter list, and OCR text."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from xunshi.accounts.access import (
    dead_letter_get_for_retry,
    item_get_for_user,
    membership_for,
    ocr_page_get_for_edit,
    round_get_for_member,
    rounds_for_user,
    staff_user,
)
from xunshi.accounts.models import Role
from xunshi.channels.health import RetryRefused, dead_letter_retry
from xunshi.channels.letters.services import ocr_page_correct
from xunshi.channels.models import LetterScan
from xunshi.channels.selectors import channel_health_rows, dead_letters_for_round
from xunshi.intake.validation import IntakeError


@login_required
def health(request: HttpRequest) -> HttpResponse:
    current = round_get_for_member(request.user, request.GET.get("round"))
    membership = membership_for(request.user, current) if current is not None else None
    if membership is not None and membership.role == Role.LOCAL_LIAISON:
        # Intake volumes and failed jobs are the group's business, not the inspected county's.
        raise PermissionDenied("地方联络员不能查看受理渠道的运行情况")
    context: dict[str, object] = {
        "rounds": list(rounds_for_user(request.user)),
        "round": current,
        "rows": [],
        "letters": [],
    }
    if current is not None:
        context["rows"] = channel_health_rows(current)
        context["letters"] = list(dead_letters_for_round(current)[:100])
    return render(request, "channels/health.html", context)


@login_required
@require_POST
def dead_letter_retry_view(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = dead_letter_get_for_retry(request.user, letter_id)
    try:
        dead_letter_retry(letter=letter, actor=request.user)  # type: ignore[arg-type]
        messages.success(request, "已重新排队")
    except RetryRefused as exc:
        messages.error(request, str(exc))
    round_id = letter.channel.round_id if letter.channel else ""
    return redirect(f"/workbench/channels/?round={round_id}")


@login_required
def letter_pages(request: HttpRequest, number: str) -> HttpResponse:
    item = item_get_for_user(request.user, number)
    scans = LetterScan.objects.filter(item=item).select_related("attachment").prefetch_related("pages")
    return render(request, "channels/letter_pages.html", {"item": item, "scans": scans})


@login_required
@require_POST
def ocr_page_correct_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = ocr_page_get_for_edit(request.user, page_id)
    try:
        ocr_page_correct(page=page, text=request.POST.get("text", ""), actor=staff_user(request.user))
        messages.success(request, f"第 {page.page} 页校对文字已保存")
    except IntakeError as exc:
        messages.error(request, str(exc))
    return redirect("channels:letter_pages", number=page.scan.item.number)
