"""The audit page for the 组长 and the 巡视办: who did what, and whether the chain holds."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from xunshi.accounts.access import require_audit_reader, round_get_for_user, staff_user
from xunshi.audit.selectors import audit_entries_for_round
from xunshi.audit.services import audit_record_now, audit_verify


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    found = round_get_for_user(request.user, request.session.get("round"))
    if found is None:
        return render(request, "workbench/no_round.html", status=403)
    rnd = found[0]
    require_audit_reader(request.user, rnd)
    action = request.GET.get("action", "").strip()[:40]
    actor = request.GET.get("actor", "").strip()[:50]
    target = request.GET.get("target", "").strip()[:64]
    entries = audit_entries_for_round(round_id=rnd.pk, action=action, actor=actor, target=target)
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    verdict = audit_verify() if request.GET.get("verify") else None
    # Reading the audit log is itself audited.
    audit_record_now(
        action="audit.view",
        actor=staff_user(request.user),
        target_type="round",
        target_id=rnd.pk,
        round_id=rnd.pk,
        data={"verify": bool(verdict)},
    )
    return render(
        request,
        "audit/log.html",
        {
            "round": rnd,
            "page": page,
            "verdict": verdict,
            "action": action,
            "actor": actor,
            "target": target,
        },
    )
