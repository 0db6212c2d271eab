"""Workbench pages: people (dossiers and unmatched names), related items of one item,
groups to confirm or undo. Views parse input, fetch through access.py, call one service."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from xunshi.accounts.access import (
    ALL_COUNTIES_ROLES,
    can_write_casework,
    dossier_person_get_for_user,
    item_get_for_user,
    item_group_get_for_user,
    items_visible_to,
    linked_items_filter,
    membership_for,
    person_link_get_for_edit,
    person_links_filter,
    require_matching_edit,
    round_get_for_user,
    staff_user,
)
from xunshi.accounts.models import Role
from xunshi.audit.services import audit_record_now
from xunshi.matching import selectors
from xunshi.matching.models import ItemGroup, PersonLink
from xunshi.matching.names import name_candidates
from xunshi.matching.services import MatchingError, group_confirm, group_create, group_undo, person_link_set
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round


def _may_edit(request: HttpRequest, round_id: int) -> bool:

    try:
        require_matching_edit(request.user, Round.objects.get(pk=round_id))
    except PermissionDenied:
        return False
    return True


@login_required
def people(request: HttpRequest) -> HttpResponse:
    found = round_get_for_user(request.user, request.session.get("round"))
    if found is None:
        return render(request, "workbench/no_round.html", status=403)
    rnd, membership = found
    if membership.role not in {Role.LEADER, Role.DEPUTY, Role.STAFF, Role.OFFICE}:
        raise PermissionDenied("您没有查看人员档案的权限")
    scope = linked_items_filter(request.user, rnd, prefix="item_links__item__", membership=membership)
    if scope is None:
        raise PermissionDenied("您没有查看人员档案的权限")
    persons = RosterPerson.objects.filter(round=rnd).select_related("target")
    if membership.role not in ALL_COUNTIES_ROLES:
        persons = persons.filter(target__in=membership.targets.all())
    query = request.GET.get("q", "").strip()
    if query:
        persons = persons.filter(Q(name__contains=query) | Q(unit__contains=query))
    persons = persons.annotate(item_count=Count("item_links", filter=scope, distinct=True)).order_by(
        "-item_count", "target__order", "name"
    )[:300]
    unmatched = selectors.unmatched_names(
        linked_items_filter(request.user, rnd, membership=membership), limit=100
    )
    for entry in unmatched:
        entry.candidates = [  # type: ignore[attr-defined]
            c
            for c in name_candidates(round=rnd, name=entry.name, unit=entry.unit, position=entry.position)
            if membership.role in ALL_COUNTIES_ROLES
            or membership.targets.filter(pk=c.person.target_id).exists()
        ][:3]
    proposed = ItemGroup.objects.filter(round=rnd, state=ItemGroup.State.PROPOSED).count()
    return render(
        request,
        "matching/people.html",
        {"round": rnd, "persons": persons, "unmatched": unmatched, "query": query, "proposed": proposed},
    )


@login_required
def person_dossier(request: HttpRequest, pk: int) -> HttpResponse:
    person, membership = dossier_person_get_for_user(request.user, pk)
    page = request.GET.get("page", "1")
    data = selectors.dossier(
        person,
        scope=person_links_filter(request.user, person.round, membership=membership),
        page=int(page) if page.isdigit() else 1,
    )
    audit_record_now(
        action="dossier.view",
        actor=staff_user(request.user),
        target_type="roster_person",
        target_id=person.pk,
        round_id=person.round_id,
    )
    return render(request, "matching/dossier.html", {"d": data, "person": person, "round": person.round})


@login_required
@require_http_methods(["GET", "POST"])
def item_related(request: HttpRequest, number: str) -> HttpResponse:
    item = item_get_for_user(request.user, number)
    visible = items_visible_to(request.user, item.round)
    may_edit = _may_edit(request, item.round_id)
    if request.method == "POST":
        if not may_edit:
            raise PermissionDenied("您没有并件的权限")
        numbers = request.POST.getlist("items")
        chosen = [*list(visible.filter(number__in=numbers)), item]
        try:
            group = group_create(
                items=chosen,
                kind=request.POST.get("kind", ItemGroup.Kind.DUPLICATE),
                actor=staff_user(request.user),
                reason=request.POST.get("reason", ""),
            )
        except MatchingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"已并入{group.label}")
        return redirect("matching:item_related", number=item.number)
    matches = selectors.near_duplicates_of_item(item, threshold=0.5)
    by_id = {i.pk: i for i in visible.filter(pk__in=[m.item_id for m in matches])}
    similar = [(by_id[m.item_id], m) for m in matches if m.item_id in by_id]
    links = list(
        PersonLink.objects.filter(item=item).select_related("person", "person__target", "confirmed_by")
    )
    for link in links:
        link.candidates = name_candidates(  # type: ignore[attr-defined]
            round=item.round, name=link.name, unit=link.unit, position=link.position, target=item.target
        )
    return render(
        request,
        "matching/item_related.html",
        {
            "item": item,
            "similar": similar,
            "groups": selectors.groups_of_item(item),
            "same_person": selectors.same_person_items(item).filter(pk__in=visible.values("pk"))[:50],
            "same_contact": selectors.same_contact_items(item).filter(pk__in=visible.values("pk"))[:50],
            "links": links,
            "may_edit": may_edit,
            "kinds": ItemGroup.Kind.choices,
        },
    )


@login_required
def group_list(request: HttpRequest) -> HttpResponse:
    found = round_get_for_user(request.user, request.session.get("round"))
    if found is None:
        return render(request, "workbench/no_round.html", status=403)
    rnd = found[0]
    visible_ids = items_visible_to(request.user, rnd).values("pk")
    state = request.GET.get("state", ItemGroup.State.PROPOSED)
    groups = (
        ItemGroup.objects.filter(round=rnd, state=state)
        .exclude(members__item__in=rnd.items.exclude(pk__in=visible_ids))
        .prefetch_related("members__item")
        .distinct()[:200]
    )
    return render(
        request,
        "matching/group_list.html",
        {"round": rnd, "groups": groups, "state": state, "states": ItemGroup.State.choices},
    )


@login_required
@require_http_methods(["GET", "POST"])
def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = item_group_get_for_user(request.user, pk, for_edit=request.method == "POST")
    if request.method == "POST":
        actor = staff_user(request.user)
        try:
            if request.POST.get("action") == "confirm":
                group_confirm(group=group, actor=actor)
                messages.success(request, f"已确认{group.label}")
            elif request.POST.get("action") == "undo":
                group_undo(group=group, actor=actor, reason=request.POST.get("reason", ""))
                messages.success(request, f"已撤销{group.label}，原件各自保留")
        except MatchingError as exc:
            messages.error(request, str(exc))
        return redirect("matching:group_detail", pk=group.pk)
    members = group.members.select_related("item", "item__channel", "added_by")
    reporters = selectors.distinct_reporters(m.item_id for m in members)
    membership = membership_for(request.user, group.round)
    return render(
        request,
        "matching/group_detail.html",
        {
            "group": group,
            "members": members,
            "reporters": reporters,
            "may_edit": membership is not None and _may_edit(request, group.round_id),
            "may_clue": (
                group.state != ItemGroup.State.UNDONE and can_write_casework(request.user, group.round)
            ),
        },
    )


@login_required
@require_POST
def link_set(request: HttpRequest, pk: int) -> HttpResponse:
    link = person_link_get_for_edit(request.user, pk)
    choice = request.POST.get("person", "")
    person = None
    if choice.isdigit():
        person = RosterPerson.objects.filter(pk=int(choice), round_id=link.round_id).first()
        if person is None:
            messages.error(request, "所选人员不在该轮次名册中")
            return redirect("matching:item_related", number=link.item.number)
    try:
        person_link_set(link=link, person=person, actor=staff_user(request.user))
    except MatchingError as exc:
        messages.error(request, str(exc))
    return redirect("matching:item_related", number=link.item.number)
