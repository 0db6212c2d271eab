"""Workbench pages for the cadre roster: list, import, edit one person with career history."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from xunshi.accounts.access import (
    require_roster_edit,
    roster_person_get_for_user,
    round_get_for_user,
    staff_user,
)
from xunshi.audit.services import audit_record
from xunshi.roster.forms import CareerFormSet, RosterPersonForm, RosterUploadForm
from xunshi.roster.models import RosterPerson
from xunshi.roster.services import RosterFileError, roster_import


@login_required
@require_http_methods(["GET", "POST"])
def roster_list(request: HttpRequest) -> HttpResponse:
    found = round_get_for_user(request.user, request.session.get("round"))
    if found is None:
        return render(request, "workbench/no_round.html", status=403)
    rnd = found[0]
    require_roster_edit(request.user, rnd)
    upload = RosterUploadForm(request.POST or None, request.FILES or None)
    results = None
    if request.method == "POST" and upload.is_valid():
        uploaded = upload.cleaned_data["file"]
        suffix = Path(uploaded.name or "").suffix.lower() or ".csv"
        with tempfile.NamedTemporaryFile(suffix=suffix) as tmp:
            for chunk in uploaded.chunks():
                tmp.write(chunk)
            tmp.flush()
            try:
                results = roster_import(round=rnd, path=Path(tmp.name), actor=staff_user(request.user))
            except RosterFileError as exc:
                upload.add_error("file", str(exc))
    people = RosterPerson.objects.filter(round=rnd).select_related("target").prefetch_related("career")
    county = request.GET.get("target", "")
    if county.isdigit():
        people = people.filter(target_id=int(county))
    return render(
        request,
        "roster/list.html",
        {
            "round": rnd,
            "people": people,
            "upload": upload,
            "results": results,
            "county": county,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def roster_person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = roster_person_get_for_user(request.user, pk, for_edit=request.method == "POST")
    form = RosterPersonForm(request.POST or None, instance=person)
    career = CareerFormSet(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid() and career.is_valid():
        with transaction.atomic():
            form.save()
            career.save()
            audit_record(
                action="roster.edit",
                actor=staff_user(request.user),
                target_type="roster_person",
                target_id=person.pk,
                round_id=person.round_id,
                data={"fields": form.changed_data},
            )
        messages.success(request, f"已保存：{person.name}")
        return redirect("roster:list")
    return render(request, "roster/edit.html", {"person": person, "form": form, "career": career})
