"""Triage pages: the queue of items by priority, and the decision posted from an item's panel.

Objects are fetched through xunshi.accounts.access, which checks rights in the same call.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from xunshi.accounts.access import (
    require_triage_read,
    round_get_for_user,
    staff_user,
    triage_item_get_for_user,
    triage_items_visible_to,
)
from xunshi.triage.forms import DecisionForm
from xunshi.triage.selectors import SORTS, VIEWS, candidate_persons, proposal_for, queue_rows, triage_queue
from xunshi.triage.services import TriageError, triage_decide, triage_enqueue


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    found = round_get_for_user(request.user, request.GET.get("round") or request.session.get("round"))
    if found is None:
        return render(request, "workbench/no_round.html", status=403)
    rnd = found[0]
    require_triage_read(request.user, rnd)
    request.session["round"] = rnd.pk
    view = request.GET.get("view") or "pending"
    view = view if view in VIEWS else "pending"
    sort = request.GET.get("sort") or "priority"
    sort = sort if sort in SORTS else "priority"
    items = triage_queue(triage_items_visible_to(request.user, rnd), view=view, sort=sort)
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "triage/queue.html",
        {
            "round": rnd,
            "page": page,
            "rows": queue_rows(list(page.object_list)),
            "view": view,
            "views": VIEWS.items(),
            "sort": sort,
        },
    )


@login_required
@require_POST
def decide(request: HttpRequest, number: str) -> HttpResponse:
    item = triage_item_get_for_user(request.user, number, for_decide=True)
    proposal = proposal_for(item)
    form = DecisionForm(request.POST, persons=candidate_persons(item, proposal))
    if not form.is_valid():
        errors = "；".join(str(e) for errs in form.errors.values() for e in errs)
        messages.error(request, f"研判未保存：{errors}")
        return redirect("workbench:item_detail", number=item.number)
    try:
        triage_decide(item=item, actor=staff_user(request.user), decision=form.decision())
    except TriageError as exc:
        messages.error(request, f"研判未保存：{exc}")
        return redirect("workbench:item_detail", number=item.number)
    messages.success(request, f"{item.number} 的研判已记录")
    return redirect("workbench:item_detail", number=item.number)


@login_required
@require_POST
def rerun(request: HttpRequest, number: str) -> HttpResponse:
    """Judge again (after a roster import or retraining); the proposal row is refreshed."""
    item = triage_item_get_for_user(request.user, number, for_decide=True)
    triage_enqueue(item_id=item.pk)
    messages.success(request, "已重新提交研判，稍后刷新即可看到结果")
    return redirect("workbench:item_detail", number=item.number)
