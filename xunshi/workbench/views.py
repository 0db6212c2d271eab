"""Staff workbench views: parse input, call one service or selector, render."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from xunshi.accounts.access import item_get_for_user, items_visible_to, rounds_for_user
from xunshi.intake.selectors import identity_view


@login_required
def item_list(request: HttpRequest) -> HttpResponse:
    rounds = list(rounds_for_user(request.user))
    current = next((r for r in rounds if str(r.pk) == request.GET.get("round")), rounds[0] if rounds else None)
    items = items_visible_to(request.user, current) if current else None
    page = Paginator(items.select_related("channel", "target"), 50).get_page(request.GET.get("page")) if items is not None else None
    return render(request, "workbench/item_list.html", {"rounds": rounds, "round": current, "page": page})


@login_required
def item_detail(request: HttpRequest, number: str) -> HttpResponse:
    item = item_get_for_user(request.user, number)
    return render(
        request,
        "workbench/item_detail.html",
        {"item": item, "identity": identity_view(item, reveal=False), "events": item.events.all()},
    )
