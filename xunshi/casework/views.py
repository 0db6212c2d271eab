"""Case-work views: parse input, call one service or selector, render.

Every object is fetched through xunshi.accounts.access, which checks rights in the same
call. The local liaison reaches only the transfer pages of its own county."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from xunshi.accounts import access
from xunshi.audit.services import audit_record_now
from xunshi.casework import charts, documents, forms, selectors, services, taxonomy
from xunshi.casework.models import (
    Clue,
    ClueStatus,
    Department,
    HandoverList,
    ItemCase,
    ReporterFeedback,
    Transfer,
    TransferStatus,
)
from xunshi.intake.models import Item, Response
from xunshi.intake.selectors import identity_view
from xunshi.intake.services import item_reveal_identity
from xunshi.matching.models import ItemGroup
from xunshi.rounds.models import Round


def _round(request: HttpRequest) -> Round:
    found = access.round_get_for_user(request.user, request.GET.get("round") or request.session.get("round"))
    if found is None:
        raise PermissionDenied("您没有进行中的巡视轮次的权限")
    request.session["round"] = found[0].pk
    return found[0]


def _file(data: bytes, name: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(name)}"
    response["Cache-Control"] = "no-store"
    return response


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


def _run(request: HttpRequest, step: Callable[[], Any], done: str) -> bool:
    """Call a service; report its refusal as a message instead of an error page."""
    try:
        step()
    except services.CaseworkError as exc:
        messages.error(request, str(exc))
        return False
    messages.success(request, done)
    return True


# ---------------------------------------------------------------- dashboard


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    if access.is_local_liaison(request.user, rnd):
        return redirect("casework:transfers")
    access.require_casework(request.user, rnd)
    number = request.GET.get("number", "").strip().upper()
    if number:
        # "按登记号办理": open one item's case page (404 if the user may not see it).
        return redirect("casework:item", number=access.item_get_for_user(request.user, number).number)
    return render(request, "casework/dashboard.html", _dashboard_context(request, rnd))


def _dashboard_context(request: HttpRequest, rnd: Round) -> dict[str, Any]:
    items = access.items_visible_to(request.user, rnd)
    transfers = access.transfers_visible_to(request.user, rnd)
    unanswered = selectors.unanswered_items(rnd, items).select_related("target", "channel").order_by("seq")
    clocks = selectors.clock_page(items, limit=200)
    overdue = (
        selectors.transfers_overdue(transfers).select_related("department", "target").order_by("due_date")
    )
    concentration_title, concentration = selectors.concentration_per_person(rnd, items)
    undelivered = selectors.undelivered_responses(items)
    objections = selectors.open_objections(items)
    satisfaction = selectors.satisfaction_counts(items)
    return {
        "round": rnd,
        "counts": {
            "items": items.count(),
            "unanswered": unanswered.count(),
            "clocks_overdue": clocks.overdue,
            "clocks": clocks.total,
            "transfers_open": transfers.exclude(status=TransferStatus.APPROVED).count(),
            "transfers_overdue": overdue.count(),
            "clues_pending": access.clues_visible_to(request.user, rnd)
            .filter(status=ClueStatus.PROPOSED)
            .count(),
            "undelivered": undelivered.count(),
            "objections": objections.count(),
        },
        "objections": objections[:200],
        "satisfaction": satisfaction,
        "undelivered": undelivered[:200],
        "unanswered": unanswered[:200],
        "clocks": clocks.clocks,
        "overdue": overdue[:200],
        "escalated": selectors.transfers_escalated(transfers),
        "charts": [
            charts.vbar("每日来件", selectors.items_per_day(items)),
            charts.hbar("各县（市）来件", selectors.items_per_county(items)),
            charts.hbar("各渠道来件", selectors.items_per_channel(items)),
            charts.hbar("问题类别", selectors.items_per_category(items)),
            charts.hbar("逾期转办（按县）", selectors.transfers_overdue_per_county(transfers)),
            charts.hbar(f"反映集中度：{concentration_title}", concentration),
            charts.hbar(
                "举报人评价（已送达答复的件）", satisfaction if any(n for _, n in satisfaction) else []
            ),
        ],
        "can_close": access.can_lead_round(request.user, rnd),
        "window_form": forms.ObjectionWindowForm(initial={"days": rnd.objection_window_days}),
    }


@login_required
@require_POST
def round_close(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    access.require_round_lead(request.user, rnd)
    try:
        services.round_close(round=rnd, actor=access.staff_user(request.user))
    except services.RoundCloseRefused as exc:
        context = _dashboard_context(request, rnd)
        context["close_refused"] = exc.items
        return render(request, "casework/dashboard.html", context)
    except services.CaseworkError as exc:
        messages.error(request, str(exc))
        return redirect("casework:dashboard")
    messages.success(request, f"本轮巡视已结束：{rnd.name}")
    return redirect("workbench:item_list")


@login_required
@require_POST
def objection_window(request: HttpRequest) -> HttpResponse:
    """组长/副组长 set how long after an answer reporters may give their word or object."""
    rnd = _round(request)
    access.require_round_lead(request.user, rnd)
    form = forms.ObjectionWindowForm(request.POST)
    if not form.is_valid():
        messages.error(request, "评价与异议期限应为 1 至 365 日")
    else:
        days = form.cleaned_data["days"]
        _run(
            request,
            lambda: services.round_set_objection_window(
                round=rnd, days=days, actor=access.staff_user(request.user)
            ),
            f"评价与异议期限已设为答复送达后 {days} 日",
        )
    return redirect("casework:dashboard")


# ---------------------------------------------------------------- items


@login_required
@require_http_methods(["GET", "POST"])
def item_case(request: HttpRequest, number: str) -> HttpResponse:
    item = access.item_get_for_user(request.user, number)
    user = access.staff_user(request.user)
    writable = access.can_write_casework(request.user, item.round)
    case = ItemCase.objects.filter(item=item).first()
    hint = selectors.triage_hint(item)
    oos = case.oos_code if case else (hint.oos_code if hint else "")
    suggested = selectors.departments_suggest(item.round, item.target, oos)
    methods = selectors.response_methods(item)
    if case:
        initial = {"disposition": case.disposition, "oos_code": case.oos_code, "note": case.note}
    elif hint and hint.oos_code:
        initial = {"disposition": "DSP.HANDOVER", "oos_code": hint.oos_code}
    else:
        initial = {}
    dispose_form = forms.DispositionForm(initial=initial)
    transfer_form = forms.TransferForm(item=item, suggested=suggested, initial={"oos_code": oos})
    siblings = selectors.answer_siblings(item, access.items_visible_to(request.user, item.round))
    response_form = forms.ResponseForm(item=item, methods=methods, siblings=siblings)
    if request.method == "POST":
        if not writable:
            raise PermissionDenied("您没有办理该件的权限")
        action = request.POST.get("action")
        if action == "dispose":
            dispose_form = forms.DispositionForm(request.POST)
            if dispose_form.is_valid():
                d = dispose_form.cleaned_data
                if _run(
                    request,
                    lambda: services.item_dispose(
                        item=item,
                        disposition=d["disposition"],
                        oos_code=d["oos_code"],
                        note=d["note"],
                        actor=user,
                    ),
                    "已记录处置决定",
                ):
                    return redirect("casework:item", number=item.number)
        elif action == "transfer":
            transfer_form = forms.TransferForm(request.POST, item=item, suggested=suggested)
            if transfer_form.is_valid():
                d = transfer_form.cleaned_data
                created: list[Transfer] = []
                if _run(
                    request,
                    lambda: created.append(
                        services.transfer_create(
                            item=item,
                            department=d["department"],
                            kind=d["kind"],
                            oos_code=d["oos_code"],
                            matter=d["matter"],
                            requirement=d["requirement"],
                            due_workdays=d["due_workdays"],
                            actor=user,
                        )
                    ),
                    "已生成转办单",
                ):
                    return redirect("casework:transfer", pk=created[0].pk)
        elif action == "respond":
            response_form = forms.ResponseForm(request.POST, item=item, methods=methods, siblings=siblings)
            if response_form.is_valid():
                d = response_form.cleaned_data
                # Only siblings offered on this page (visible to this user) can be answered.
                offered = {s.item.number: s.item for s in siblings}
                others = [offered[n] for n in d.get("also") or [] if n in offered]
                if _run(
                    request,
                    lambda: services.response_give_many(
                        item=item,
                        others=others,
                        kind=d["kind"],
                        phrase=d["phrase"],
                        method=d["method"],
                        free_text=d["free_text"],
                        department=d["department"],
                        actor=user,
                    ),
                    f"已记录答复（共 {len(others) + 1} 件）" if others else "已记录答复",
                ):
                    return redirect("casework:item", number=item.number)
        elif action == "record_feedback":
            word_form = forms.StaffFeedbackForm(request.POST)
            target = selectors.feedback_target(item)
            if target is None:
                messages.error(request, "该件尚无已送达的答复，不能登记评价")
            elif word_form.is_valid():
                d = word_form.cleaned_data
                _run(
                    request,
                    lambda: services.feedback_receive(
                        item=item,
                        response_id=target.pk,
                        satisfaction=d["satisfaction"],
                        reasons=d["reasons"],
                        via=d["via"],
                        actor=user,
                    ),
                    "已登记举报人评价",
                )
            else:
                messages.error(request, "请选择评价方式和评价")
            return redirect("casework:item", number=item.number)
        elif action == "recheck":
            recheck_form = forms.RecheckForm(request.POST)
            if recheck_form.is_valid():
                d = recheck_form.cleaned_data
                objection = ReporterFeedback.objects.filter(item=item, pk=d["feedback"]).first()
                if objection is None:
                    raise Http404("没有这条异议")
                _run(
                    request,
                    lambda: services.objection_recheck(
                        feedback=objection, outcome=d["outcome"], reason=d["reason"], actor=user
                    ),
                    "已记录复查结论，请记录新的答复",
                )
            else:
                messages.error(request, "请选择复查结论并写明理由")
            return redirect("casework:item", number=item.number)
        elif action in ("resend", "mark_sent"):
            chosen = request.POST.get("response", "")
            answer = Response.objects.filter(item=item, pk=int(chosen)).first() if chosen.isdigit() else None
            if answer is None:
                raise Http404("没有这条答复")
            if action == "resend":
                _run(
                    request,
                    lambda: services.response_resend(response=answer, actor=user),
                    "已重新排队发送",
                )
            else:
                sent_form = forms.MarkSentForm(request.POST)
                if sent_form.is_valid():
                    note = sent_form.cleaned_data["note"]
                    _run(
                        request,
                        lambda: services.response_mark_sent(response=answer, note=note, actor=user),
                        "已标记为已发送",
                    )
                else:
                    messages.error(request, "请填写发送说明")
            return redirect("casework:item", number=item.number)
        else:
            return HttpResponse("未知操作", status=400)
    word_state = selectors.feedback_state(item)
    responses = list(
        item.responses.select_related("record", "record__sent_by", "item__round", "item__channel")
    )
    feedbacks = list(
        ReporterFeedback.objects.filter(item=item).select_related(
            "response", "answer", "rechecked_by", "recorded_by", "supplement"
        )
    )
    return render(
        request,
        "casework/item.html",
        {
            "item": item,
            "case": case,
            "case_label": taxonomy.label(case.disposition) if case else "",
            "oos_label": taxonomy.label(case.oos_code) if case and case.oos_code else "",
            "writable": writable,
            "dispose_form": dispose_form,
            "transfer_form": transfer_form,
            "response_form": response_form,
            "suggested": suggested,
            "route_to": taxonomy.route_to(oos) if oos else "",
            "methods": methods,
            "transfers": Transfer.objects.filter(item=item).select_related("department"),
            "clues": Clue.objects.filter(items=item),
            "responses": responses,
            # Offered for a failed answer, and for one waiting for hand sending once a way to
            # send it is configured (same rule the service applies on POST).
            "resendable": {
                r.pk for r in responses if hasattr(r, "record") and not selectors.resend_refusal(r.record)
            },
            "siblings": siblings,
            "feedbacks": feedbacks,
            # At most one objection is open at a time: the next needs a new delivered answer.
            "word_state": word_state,
            "word_form": forms.StaffFeedbackForm(),
            "recheck_form": forms.RecheckForm(
                initial={"feedback": next((f.pk for f in feedbacks if f.is_open), None)}
            ),
            "real_name": selectors.is_real_name(item),
            "clocks": [c for c in selectors.response_clocks(Item.objects.filter(pk=item.pk))],
            "answerer": item.round.get_answerer_display(),
            "hint": hint,
            "hint_codes": [taxonomy.label(c) for c in hint.codes] if hint else [],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def response_letter(request: HttpRequest, number: str, pk: int) -> HttpResponse:
    """The printable answer. 组长/副组长 may print it with the reporter's name and address
    (POST with a reason, audited); everyone else gets it without."""
    item = access.item_get_for_user(request.user, number)
    access.require_casework(request.user, item.round, write=True)
    response = Response.objects.filter(item=item, pk=pk).first()
    if response is None:
        raise Http404("没有这条答复")
    addressee = address = ""
    if request.method == "POST":
        if not access.can_reveal_identity(request.user, item):
            raise PermissionDenied("只有组长、副组长可以打印带反映人姓名地址的答复函")
        reason = request.POST.get("reason", "").strip() or "打印书面答复函"
        item_reveal_identity(item=item, actor=access.staff_user(request.user), reason=reason)
        identity = identity_view(item, reveal=True)
        addressee, address = identity.get("name", ""), identity.get("address", "")
    data = documents.response_letter_docx(response, addressee=addressee, address=address)
    return _file(data, f"答复函-{item.number}.docx", documents.DOCX)


# ---------------------------------------------------------------- transfers


@login_required
def transfer_list(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    transfers = access.transfers_visible_to(request.user, rnd)
    if access.membership_for(request.user, rnd) is None:
        raise PermissionDenied
    form = forms.TransferFilterForm(request.GET or None)
    if form.is_valid():
        if form.cleaned_data["status"]:
            transfers = transfers.filter(status=form.cleaned_data["status"])
        if form.cleaned_data["overdue"]:
            transfers = selectors.transfers_overdue(transfers)
    rows = list(transfers.select_related("department", "target").order_by("due_date", "id")[:500])
    return render(
        request,
        "casework/transfer_list.html",
        {
            "round": rnd,
            "form": form,
            "rows": [(t, selectors.transfer_is_overdue(t)) for t in rows],
            "liaison": access.is_local_liaison(request.user, rnd),
        },
    )


RECEIVER_ACTIONS = {"sign", "start", "report"}
GROUP_ACTIONS = {"approve", "return", "remind", "identity"}


@login_required
@require_http_methods(["GET", "POST"])
def transfer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    transfer = access.transfer_get_for_user(request.user, pk)
    liaison = access.is_local_liaison(request.user, transfer.round)
    if request.method == "POST":
        return _transfer_post(request, transfer, liaison)
    group = not liaison and access.can_write_casework(request.user, transfer.round)
    context: dict[str, Any] = {
        "t": transfer,
        "liaison": liaison,
        "group": group,
        "overdue": selectors.transfer_is_overdue(transfer),
        "escalation_date": selectors.transfer_escalation_date(transfer),
        "events": transfer.events.all(),
        "oos_label": taxonomy.label(transfer.oos_code) if transfer.oos_code else "",
        "sign_form": forms.ReceiverSignForm(),
        "report_form": forms.ReceiverReportForm(),
        "approve_form": forms.ApproveForm(),
        "return_form": forms.ReturnForm(),
        "remind_form": forms.RemindForm(),
        "identity_form": forms.IdentityDecisionForm(initial={"include": transfer.include_identity}),
        "may_decide_identity": not liaison and access.can_reveal_identity(request.user, transfer.item),
        "can_act": liaison or group,
    }
    return render(request, "casework/transfer.html", context)


def _transfer_post(request: HttpRequest, transfer: Transfer, liaison: bool) -> HttpResponse:
    action = request.POST.get("action", "")
    if action in RECEIVER_ACTIONS:
        transfer = access.transfer_get_for_user(request.user, transfer.pk, as_receiver=True)
    elif action in GROUP_ACTIONS:
        if liaison:
            raise PermissionDenied("地方联络员只能签收和报告办理结果")
        transfer = access.transfer_get_for_user(request.user, transfer.pk, for_edit=True)
    else:
        return HttpResponse("未知操作", status=400)
    actor = access.staff_user(request.user)
    post = request.POST
    steps: dict[str, tuple[Any, Callable[[dict[str, Any]], Any], str]] = {
        "sign": (
            forms.ReceiverSignForm,
            lambda d: services.transfer_sign(transfer=transfer, signer_name=d["signer_name"], actor=actor),
            "已签收",
        ),
        "start": (None, lambda d: services.transfer_start(transfer=transfer, actor=actor), "已开始办理"),
        "report": (
            forms.ReceiverReportForm,
            lambda d: services.transfer_report(
                transfer=transfer, report_text=d["report_text"], answer_text=d["answer_text"], actor=actor
            ),
            "已报告办理结果",
        ),
        "approve": (
            forms.ApproveForm,
            lambda d: services.transfer_approve(transfer=transfer, note=d["note"], actor=actor),
            "已审核通过",
        ),
        "return": (
            forms.ReturnForm,
            lambda d: services.transfer_return(transfer=transfer, reason=d["reason"], actor=actor),
            "已退回重办",
        ),
        "remind": (
            forms.RemindForm,
            lambda d: services.transfer_remind(transfer=transfer, note=d["note"], actor=actor),
            "已催办",
        ),
        "identity": (
            forms.IdentityDecisionForm,
            lambda d: services.transfer_set_identity(
                transfer=transfer, include=d["include"], reason=d["reason"], actor=actor
            ),
            "已记录决定",
        ),
    }
    form_class, step, done = steps[action]
    data: dict[str, Any] = {}
    if form_class is not None:
        form = form_class(post)
        if not form.is_valid():
            for errors in form.errors.values():
                for e in errors:
                    messages.error(request, e)
            return redirect("casework:transfer", pk=transfer.pk)
        data = form.cleaned_data
    _run(request, lambda: step(data), done)
    return redirect("casework:transfer", pk=transfer.pk)


@login_required
def transfer_slip(request: HttpRequest, pk: int) -> HttpResponse:
    transfer = access.transfer_get_for_user(request.user, pk)
    identity = None
    if transfer.include_identity:
        # The decision to disclose was taken (and audited) by a permitted role; each
        # printing with identity is audited again.
        item_reveal_identity(
            item=transfer.item,
            actor=access.staff_user(request.user),
            reason=f"打印转办单 {transfer.number}（附身份：{transfer.identity_reason}）",
        )
        raw = identity_view(transfer.item, reveal=True)
        identity = {
            k: v
            for k, v in (
                ("姓名", raw.get("name", "")),
                ("电话", raw.get("phone", "")),
                ("地址", raw.get("address", "")),
            )
            if v
        }
    data = documents.transfer_slip_docx(transfer, identity=identity)
    return _file(data, f"转办单-{transfer.number}.docx", documents.DOCX)


# ---------------------------------------------------------------- directory


@login_required
@require_http_methods(["GET", "POST"])
def department_list(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    access.require_casework(request.user, rnd)
    form = forms.DepartmentForm(request.POST if request.POST.get("action") != "seed" else None, round=rnd)
    if request.method == "POST":
        access.require_casework(request.user, rnd, write=True)
        if request.POST.get("action") == "seed":
            added = services.directory_seed(round=rnd, actor=access.staff_user(request.user))
            messages.success(
                request, f"已按受理范围外事项的通常承办单位生成名录 {added} 条，请补充联系人和电话"
            )
            return redirect("casework:departments")
        if form.is_valid():
            d = form.cleaned_data
            if _run(
                request,
                lambda: services.department_create(round=rnd, actor=access.staff_user(request.user), **d),
                "已加入名录",
            ):
                return redirect("casework:departments")
    return render(
        request,
        "casework/departments.html",
        {
            "round": rnd,
            "form": form,
            "departments": Department.objects.filter(round=rnd).select_related("target"),
            "routes": taxonomy.out_of_scope(),
            "route_to": {code: taxonomy.route_to(code) for code, _ in taxonomy.out_of_scope()},
        },
    )


# ---------------------------------------------------------------- clues


@login_required
def clue_list(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    access.require_casework(request.user, rnd)
    clues = access.clues_visible_to(request.user, rnd).select_related("target", "handover")
    status = request.GET.get("status", "")
    if status in ClueStatus.values:
        clues = clues.filter(status=status)
    return render(
        request,
        "casework/clue_list.html",
        {
            "round": rnd,
            "clues": [
                (
                    c,
                    [taxonomy.label(a) for a in c.allegations],
                    taxonomy.label(c.disposition or c.proposed_disposition),
                )
                for c in clues[:500]
            ],
            "status": status,
            "statuses": ClueStatus.choices,
            "handovers": HandoverList.objects.filter(round=rnd),
            "handover_form": forms.HandoverForm(),
            "can_lead": access.can_lead_round(request.user, rnd),
            "writable": access.can_write_casework(request.user, rnd),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def clue_new(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    access.require_casework(request.user, rnd, write=True)
    initial: dict[str, Any] = {"items": request.GET.get("items", "")}
    group = None
    if request.GET.get("group", "").isdigit():
        # "由并件组形成线索": visible only if every item of the group is (404 otherwise).
        group = access.item_group_get_for_user(request.user, int(request.GET["group"]))
        if group.round_id != rnd.pk or group.state == ItemGroup.State.UNDONE:
            raise Http404("没有这个并件组")
        initial = selectors.clue_prefill_from_group(group)
    form = forms.ClueForm(request.POST or None, round=rnd, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        visible = access.items_visible_to(request.user, rnd)
        numbers = form.item_numbers()
        items = list(visible.filter(number__in=numbers))
        missing = sorted(set(numbers) - {i.number for i in items})
        if missing:
            form.add_error("items", f"找不到或无权查看：{'、'.join(missing)}")
        else:
            created: list[Clue] = []
            if _run(
                request,
                lambda: created.append(
                    services.clue_create(
                        round=rnd,
                        items=items,
                        person=d["person"],
                        accused_name=d["accused_name"],
                        accused_position=d["accused_position"],
                        accused_unit=d["accused_unit"],
                        target=d["target"],
                        allegations=d["allegations"],
                        summary=d["summary"],
                        evidence=d["evidence"],
                        actor=access.staff_user(request.user),
                    )
                ),
                "已形成问题线索",
            ):
                return redirect("casework:clue", pk=created[0].pk)
    return render(request, "casework/clue_new.html", {"round": rnd, "form": form, "group": group})


CLUE_ACTIONS = {"propose", "decide", "receipt", "receiver_status", "update"}


@login_required
@require_http_methods(["GET", "POST"])
def clue_detail(request: HttpRequest, pk: int) -> HttpResponse:
    clue = access.clue_get_for_user(request.user, pk)
    if request.method == "POST":
        clue = access.clue_get_for_user(request.user, pk, for_edit=True)
        actor = access.staff_user(request.user)
        action = request.POST.get("action", "")
        if action not in CLUE_ACTIONS:
            return HttpResponse("未知操作", status=400)
        if action == "decide" and not access.can_approve_clue(actor, clue.round):
            raise PermissionDenied("线索处置须由组长或副组长审批")
        if action == "update":
            return _clue_update(request, clue)
        form_class: Any = {
            "propose": forms.ProposeForm,
            "decide": forms.DecideForm,
            "receipt": forms.ReceiptForm,
            "receiver_status": forms.ReceiverStatusForm,
        }[action]
        form = form_class(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for e in errors:
                    messages.error(request, e)
            return redirect("casework:clue", pk=clue.pk)
        d = form.cleaned_data
        step: Callable[[], Any] = {
            "propose": lambda: services.clue_propose(
                clue=clue, disposition=d["disposition"], reason=d["reason"], actor=actor
            ),
            "decide": lambda: services.clue_decide(
                clue=clue,
                approve=d["decision"] == "approve",
                disposition=d["disposition"],
                reason=d["reason"],
                actor=actor,
            ),
            "receipt": lambda: services.clue_record_receipt(
                clue=clue, received_by=d["received_by"], received_at=d["received_at"], actor=actor
            ),
            "receiver_status": lambda: services.clue_record_receiver_status(
                clue=clue, status=d["status"], finding=d["finding"], note=d["note"], actor=actor
            ),
        }[action]
        _run(request, step, "已记录")
        return redirect("casework:clue", pk=clue.pk)
    writable = access.can_write_casework(request.user, clue.round)
    return render(
        request,
        "casework/clue.html",
        {
            "clue": clue,
            "allegations": [taxonomy.label(a) for a in clue.allegations],
            "items": clue.items.all(),
            "events": clue.events.all(),
            "labels": {
                c: taxonomy.label(c)
                for c in (clue.proposed_disposition, clue.disposition, clue.receiver_status, clue.finding)
                if c
            },
            "writable": writable,
            "can_decide": access.can_approve_clue(request.user, clue.round)
            and clue.status == ClueStatus.PROPOSED
            and clue.proposed_by_id != request.user.pk,
            "propose_form": forms.ProposeForm(),
            "decide_form": forms.DecideForm(),
            "receipt_form": forms.ReceiptForm(),
            "receiver_form": forms.ReceiverStatusForm(),
            "update_form": forms.ClueForm(
                round=clue.round,
                initial={
                    "items": " ".join(i.number for i in clue.items.all()),
                    "accused_name": clue.accused_name,
                    "accused_position": clue.accused_position,
                    "accused_unit": clue.accused_unit,
                    "allegations": clue.allegations,
                    "summary": clue.summary,
                    "evidence": clue.evidence,
                },
            ),
        },
    )


def _clue_update(request: HttpRequest, clue: Clue) -> HttpResponse:
    form = forms.ClueForm(request.POST, round=clue.round)
    if form.is_valid():
        d = form.cleaned_data
        numbers = form.item_numbers()
        items = list(access.items_visible_to(request.user, clue.round).filter(number__in=numbers))
        missing = sorted(set(numbers) - {i.number for i in items})
        if missing:
            messages.error(request, f"找不到或无权查看：{'、'.join(missing)}")
        else:
            _run(
                request,
                lambda: services.clue_update(
                    clue=clue,
                    items=items,
                    accused_name=d["accused_name"] or clue.accused_name,
                    accused_position=d["accused_position"],
                    accused_unit=d["accused_unit"],
                    allegations=d["allegations"],
                    summary=d["summary"],
                    evidence=d["evidence"],
                    actor=access.staff_user(request.user),
                ),
                "已修改线索",
            )
    else:
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, str(e))
    return redirect("casework:clue", pk=clue.pk)


@login_required
@require_POST
def handover_new(request: HttpRequest) -> HttpResponse:
    rnd = _round(request)
    access.require_round_lead(request.user, rnd)
    form = forms.HandoverForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        _run(
            request,
            lambda: services.handover_create(
                round=rnd,
                receiver_kind=d["receiver_kind"],
                receiver_name=d["receiver_name"],
                actor=access.staff_user(request.user),
            ),
            "已生成移交清单",
        )
    else:
        messages.error(request, "请填写接收单位")
    return redirect("casework:clues")


@login_required
def handover_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    handover = HandoverList.objects.select_related("round").filter(pk=pk).first()
    if handover is None:
        raise Http404("没有这份移交清单")
    access.require_casework(request.user, handover.round)
    clues = list(handover.clues.order_by("number"))
    _audit_export(request, handover.round, "handover", {"handover": handover.number, "format": fmt})
    if fmt == "xlsx":
        return _file(
            documents.handover_xlsx(handover, clues), f"移交清单-{handover.number}.xlsx", documents.XLSX
        )
    return _file(documents.handover_docx(handover, clues), f"移交清单-{handover.number}.docx", documents.DOCX)


# ---------------------------------------------------------------- ledgers


def _audit_export(request: HttpRequest, rnd: Round, what: str, data: dict[str, Any]) -> None:
    """Every export is audited, even though ledgers and lists carry no reporter identity."""
    audit_record_now(
        action=f"export.{what}",
        actor=access.staff_user(request.user),
        target_type="round",
        target_id=rnd.pk,
        round_id=rnd.pk,
        data=data,
    )


@login_required
def ledger(request: HttpRequest, kind: str) -> HttpResponse:
    rnd = _round(request)
    access.require_casework(request.user, rnd)
    items: QuerySet[Item] | None = None
    transfers: QuerySet[Transfer] | None = None
    clues: QuerySet[Clue] | None = None
    if kind in ("items", "all"):
        items = (
            access.items_visible_to(request.user, rnd)
            .select_related("channel", "target", "case")
            .prefetch_related("responses__record", "transfers", "clues", "feedbacks")
            .order_by("seq")
        )
    if kind in ("transfers", "all"):
        transfers = (
            access.transfers_visible_to(request.user, rnd)
            .select_related("department", "target")
            .order_by("sent_at")
        )
    if kind in ("clues", "all"):
        clues = (
            access.clues_visible_to(request.user, rnd)
            .select_related("target", "handover", "proposed_by", "decided_by")
            .prefetch_related("items")
            .order_by("number")
        )
    names = {"items": "信访件台账", "transfers": "转办台账", "clues": "线索台账", "all": "台账"}
    if kind not in names:
        raise Http404
    data = documents.ledger_xlsx(items=items, transfers=transfers, clues=clues)
    _audit_export(request, rnd, "ledger", {"kind": kind})
    return _file(data, f"{names[kind]}-{rnd.number_prefix}.xlsx", documents.XLSX)
