"""Staff workbench views: parse input, call one service or selector, render.

Every object is fetched through xunshi.accounts.access, which checks rights in the
same call; nothing here or in the templates decides who may see what.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from xunshi.accounts.access import (
    attachment_get_for_user,
    box_collection_get_for_user,
    can_lead_round,
    can_reveal_identity,
    item_get_for_user,
    items_visible_to,
    require_register,
    require_round_lead,
    require_round_setup,
    round_get_for_user,
)
from xunshi.intake.registration import (
    box_item_register,
    letter_register,
    phone_call_register,
    visit_register,
)
from xunshi.intake.selectors import (
    IDENTITY_LABELS,
    box_collection_summary,
    identity_view,
    item_filter,
    item_page,
)
from xunshi.intake.services import Received, box_collection_record, item_record_view, item_reveal_identity
from xunshi.intake.validation import IntakeError
from xunshi.rounds.models import Round
from xunshi.rounds.services import RoundError, round_set_stage
from xunshi.security.files import attachment_response
from xunshi.triage.selectors import filter_priority, order_by_priority
from xunshi.workbench.forms import (
    BoxCollectionForm,
    BoxItemForm,
    ItemFieldsForm,
    ItemFilterForm,
    LetterForm,
    PhoneForm,
    RevealForm,
    VisitForm,
)


def _staff(request: HttpRequest) -> User:
    """The logged-in staff user (views using this are behind login_required)."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user


def _round(request: HttpRequest) -> Round | None:
    found = round_get_for_user(request.user, request.GET.get("round") or request.session.get("round"))
    if found is None:
        return None
    request.session["round"] = found[0].pk
    return found[0]


@login_required
def item_list(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    if rnd is None:
        return render(request, "workbench/no_round.html", status=403)
    items = items_visible_to(request.user, rnd).order_by("-received_at", "-id")
    form = ItemFilterForm(request.GET or None, round=rnd)
    sort = ""
    if form.is_valid():
        d = form.cleaned_data
        items = item_filter(
            items,
            target=d["target"],
            channel=d["channel"],
            status=d["status"],
            date_from=d["date_from"],
            date_to=d["date_to"],
            q=d["q"].strip(),
        )
        # Priority is stored on the item (triage.services.item_priority_store): filtering
        # and sorting by it are index scans like the arrival order.
        items = filter_priority(items, level=d["priority"], flag=d["flag"])
        sort = d["sort"]
    if sort == "priority":
        items = order_by_priority(items)
    page = item_page(items, page=request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    unsorted = query.copy()
    unsorted.pop("sort", None)
    return render(
        request,
        "workbench/item_list.html",
        {
            "round": rnd,
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "unsorted": unsorted.urlencode(),
            "sort": sort,
            "can_register": _may_register(request, rnd),
        },
    )


def _may_setup(request: HttpRequest) -> bool:
    try:
        require_round_setup(request.user)
    except PermissionDenied:
        return False
    return True


def _may_register(request: HttpRequest, rnd: Round) -> bool:
    try:
        require_register(request.user, rnd)
    except PermissionDenied:
        return False
    return True


@login_required
@require_http_methods(["GET", "POST"])
def item_detail(request: HttpRequest, number: str) -> HttpResponse:
    item = item_get_for_user(request.user, number)
    may_reveal = can_reveal_identity(request.user, item)
    reveal_form = RevealForm(request.POST or None) if may_reveal else None
    revealed = False
    if request.method == "POST":
        if reveal_form is None or not reveal_form.is_valid():
            return HttpResponse("需要填写查看理由", status=403 if reveal_form is None else 400)
        item_reveal_identity(item=item, actor=_staff(request), reason=reveal_form.cleaned_data["reason"])
        revealed = True
    else:
        item_record_view(item=item, actor=_staff(request))
    identity = identity_view(item, reveal=revealed)
    response = render(
        request,
        "workbench/item_detail.html",
        {
            "item": item,
            "identity": [(IDENTITY_LABELS[k], v) for k, v in identity.items()],
            "revealed": revealed,
            "reveal_form": reveal_form,
            "events": item.events.select_related("actor"),
            "attachments": item.attachments.all(),
            "supplements": item.supplements.all(),
            "responses": item.responses.all(),
        },
    )
    return response


@login_required
def attachment_download(request: HttpRequest, number: str, attachment_id: int) -> HttpResponse:
    attachment = attachment_get_for_user(request.user, number, attachment_id)
    # The copy without metadata; the original stays sealed (xunshi/security/files.py).
    return attachment_response(attachment=attachment, actor=_staff(request))


def _register_view(
    request: HttpRequest,
    form_class: type[ItemFieldsForm],
    title: str,
    register: Callable[[Round, Any], Received],
) -> HttpResponse:
    rnd = _round(request)
    if rnd is None:
        return render(request, "workbench/no_round.html", status=403)
    require_register(request.user, rnd)
    form = form_class(request.POST or None, request.FILES or None, round=rnd)
    if request.method == "POST" and form.is_valid():
        try:
            received = register(rnd, form)
        except IntakeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"已登记：{received.item.number}")
            return redirect("workbench:item_detail", number=received.item.number)
    return render(
        request,
        "workbench/register.html",
        {"form": form, "title": title, "round": rnd},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def register_letter(request: HttpRequest) -> HttpResponse:
    def register(rnd: Round, form: Any) -> Received:
        d = form.cleaned_data
        return letter_register(
            round=rnd,
            channel=d["channel"],
            keyed=form.keyed(),
            postmark_date=d["postmark_date"],
            pages=d["pages"],
            actor=_staff(request),
        )

    return _register_view(request, LetterForm, "登记来信", register)


@login_required
@require_http_methods(["GET", "POST"])
def register_phone(request: HttpRequest) -> HttpResponse:
    def register(rnd: Round, form: Any) -> Received:
        d = form.cleaned_data
        return phone_call_register(
            round=rnd,
            channel=d["channel"],
            keyed=form.keyed(),
            caller_number=d["caller_number"],
            duration_minutes=d["duration_minutes"],
            taken_by=d["taken_by"],
            actor=_staff(request),
        )

    return _register_view(request, PhoneForm, "登记来电", register)


@login_required
@require_http_methods(["GET", "POST"])
def register_visit(request: HttpRequest) -> HttpResponse:
    def register(rnd: Round, form: Any) -> Received:
        d = form.cleaned_data
        return visit_register(
            round=rnd,
            channel=d["channel"],
            keyed=form.keyed(),
            visitor_count=d["visitor_count"],
            reception_staff=[d["reception_first"], d["reception_second"]],
            actor=_staff(request),
        )

    return _register_view(request, VisitForm, "登记来访", register)


@login_required
@require_http_methods(["GET", "POST"])
def box_collection_new(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    if rnd is None:
        return render(request, "workbench/no_round.html", status=403)
    require_register(request.user, rnd)
    form = BoxCollectionForm(request.POST or None, round=rnd)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            collection = box_collection_record(
                round=rnd,
                box=d["box"],
                opened_at=d["opened_at"],
                opened_by_first=d["opened_by_first"],
                opened_by_second=d["opened_by_second"],
                declared_count=d["declared_count"],
                note=d["note"],
                actor=_staff(request),
            )
        except IntakeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已记录开箱，请逐件登记")
            return redirect("workbench:box_collection", pk=collection.pk)
    collections = rnd.box_collections.select_related("box").order_by("-opened_at")[:50]
    return render(
        request,
        "workbench/box_collection_new.html",
        {"form": form, "round": rnd, "collections": collections},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def box_collection(request: HttpRequest, pk: int) -> HttpResponse:
    collection = box_collection_get_for_user(request.user, pk)
    form = BoxItemForm(request.POST or None, request.FILES or None, round=collection.round)
    if request.method == "POST" and form.is_valid():
        try:
            received = box_item_register(
                collection=collection,
                keyed=form.keyed(received_at=collection.opened_at),
                actor=_staff(request),
            )
        except IntakeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"已登记：{received.item.number}")
            return redirect(reverse("workbench:box_collection", args=[collection.pk]))
    return render(
        request,
        "workbench/box_collection.html",
        {
            "collection": collection,
            "summary": box_collection_summary(collection),
            "items": collection.items.order_by("seq"),
            "form": form,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def switch_round(request: HttpRequest) -> HttpResponse:
    found = round_get_for_user(request.user, request.POST.get("round"))
    if found is not None:
        request.session["round"] = found[0].pk
    return redirect("workbench:item_list")


@login_required
@require_http_methods(["GET", "POST"])
def round_overview(request: HttpRequest) -> HttpResponse:
    """The round as configured: period, stage, group, subgroups, targets and channels."""
    rnd = _round(request)
    if rnd is None:
        return render(request, "workbench/no_round.html", status=403)
    may_lead = can_lead_round(request.user, rnd)
    if request.method == "POST":
        require_round_lead(request.user, rnd)
        try:
            rnd = round_set_stage(
                round=rnd,
                stage=request.POST.get("stage", ""),
                actor=_staff(request).get_full_name(),
                user=_staff(request),
            )
        except RoundError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"阶段已变为：{rnd.get_stage_display()}")
        return redirect("workbench:round_overview")
    stages = list(Round.Stage)
    index = [s.value for s in stages].index(rnd.stage)
    return render(
        request,
        "workbench/round_overview.html",
        {
            "round": rnd,
            "may_lead": may_lead,
            "may_setup": _may_setup(request),
            "next_stage": stages[index + 1] if index + 1 < len(stages) - 1 else None,
            "stage_changes": rnd.stage_changes.all(),
            "channels": rnd.channels.select_related("target"),
            "subgroups": rnd.subgroups.prefetch_related("targets").select_related("lead"),
        },
    )
