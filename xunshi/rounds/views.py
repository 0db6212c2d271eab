"""Round set-up from its announcement (workbench): paste → review the proposal → save.

Views parse input, call the parser or one service, render. Who may use them is decided
by `accounts.access.require_round_setup`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from xunshi.accounts.access import require_round_setup
from xunshi.rounds.announcement import Parsed, parse
from xunshi.rounds.forms import AnnouncementForm, RoundProposalForm
from xunshi.rounds.models import Round
from xunshi.rounds.services import RoundError, round_setup_from_announcement

# Which parser keys feed which form field, for showing the source words beside it.
SOURCE_KEYS = {
    "group_name": "inspector", "level": "level", "kind": "kind", "round_label": "round",
    "targets": "targets", "leaders": "leaders", "period_start": "period", "period_end": "period",
    "duration_text": "duration", "phones": "phones", "emails": "emails", "po_boxes": "po_boxes",
    "boxes": "boxes", "scope_text": "scope_persons", "focus": "focus", "out_of_scope": "out_of_scope",
}
CONTEXT = 12


def _sources(text: str, parsed: Parsed) -> dict[str, list[dict[str, str]]]:
    """For each form field, the words of the text it was read from, with a little context."""
    out: dict[str, list[dict[str, str]]] = {}
    for field, key in SOURCE_KEYS.items():
        out[field] = [
            {
                "before": text[max(0, a - CONTEXT):a].replace("\n", " "),
                "words": text[a:b],
                "after": text[b:b + CONTEXT].replace("\n", " "),
            }
            for a, b in parsed.spans.get(key, [])[:12]
        ]
    return out


def _date(value: str | None) -> dt.date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _issuer(inspector: str | None) -> str:
    if not inspector:
        return ""
    m = re.match(r"(.*?)(?:专项)?(?:第[^巡]*|)(?:巡视|巡察)", inspector)
    return m.group(1) if m else ""


def _initial(text: str, parsed: Parsed) -> dict[str, Any]:
    v = parsed.values
    period = v.get("period") or {}
    start, end = _date(period.get("start")), _date(period.get("end"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]
    year = start.year if start else ""
    targets = v["targets"]
    name_tail = "、".join(targets[:3]) + ("等" if len(targets) > 3 else "")
    name = f"{v['round'] or ''}{v['kind'] or ''} · {v['inspector'] or ''}"
    if targets:
        name += f"（{name_tail}）"
    return {
        "text": text,
        "group_name": v["inspector"] or "",
        "issuer": _issuer(v["inspector"]),
        "level": v["level"] or "",
        "kind": v["kind"] or Round.Kind.XUNSHI,
        "round_label": v["round"] or "",
        "name": name[:200],
        "period_start": start,
        "period_end": end,
        "duration_text": v["duration"] or "",
        "targets": "\n".join(targets),
        "leaders": "\n".join(f"{x['name']} {x['role']}" for x in v["leaders"]),
        "phones": "\n".join(
            " | ".join([p["number"], p["hours_text"] or "", "仅短信" if p["sms_only"] else ""]).rstrip(" |")
            for p in v["phones"]
        ),
        "emails": "\n".join(v["emails"]),
        "po_boxes": "\n".join(v["po_boxes"]),
        "boxes": "\n".join(v["boxes"]),
        "scope_text": v["scope_persons"] or "",
        "focus": "\n".join(v["focus"]),
        "out_of_scope": "\n".join(v["out_of_scope"]),
        "slug": f"round-{year or 'x'}-{digest}",
        "number_prefix": f"R{digest[:4].upper()}",
    }


def _review(request: HttpRequest, form: RoundProposalForm, text: str, group: int,
            status: int = 200) -> HttpResponse:
    parsed = parse(text, group=group)
    period = parsed.values.get("period") or {}
    return render(
        request,
        "rounds/setup_review.html",
        {
            "form": form,
            "sources": _sources(text, parsed),
            "groups": parsed.groups,
            "group": group,
            "period_written": period,
            "proposal": parsed.contract(),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """Paste the announcement (GET), or read it into a proposal to review (POST)."""
    require_round_setup(request.user)
    if request.method == "GET":
        return render(request, "rounds/setup_paste.html", {"form": AnnouncementForm()})
    form = AnnouncementForm(request.POST)
    if not form.is_valid():
        return render(request, "rounds/setup_paste.html", {"form": form}, status=400)
    text = form.cleaned_data["text"]
    group = form.cleaned_data.get("group") or 0
    parsed = parse(text, group=group)
    if parsed.problem:
        messages.error(request, parsed.problem)
        return render(request, "rounds/setup_paste.html", {"form": form}, status=422)
    review = RoundProposalForm(initial=_initial(text, parsed))
    return _review(request, review, text, group)


@login_required
@require_POST
def setup_save(request: HttpRequest) -> HttpResponse:
    """Create the round, its target units, group members and channels from the reviewed form."""
    require_round_setup(request.user)
    form = RoundProposalForm(request.POST)
    text = request.POST.get("text", "")[:50_000]
    raw_group = request.POST.get("group", "")
    group = int(raw_group) if raw_group.isdigit() and len(raw_group) < 3 else 0
    if not form.is_valid():
        return _review(request, form, text, group, status=400)
    try:
        rnd = round_setup_from_announcement(
            data=form.round_data(), actor=request.user.get_username()
        )
    except RoundError as exc:
        form.add_error(None, str(exc))
        return _review(request, form, text, group, status=409)
    messages.success(request, f"已建立轮次：{rnd.name}")
    return redirect("rounds:setup_done", slug=rnd.slug)


@login_required
def setup_done(request: HttpRequest, slug: str) -> HttpResponse:
    require_round_setup(request.user)
    rnd = get_object_or_404(Round, slug=slug)
    return render(
        request,
        "rounds/setup_done.html",
        {
            "round": rnd,
            "targets": rnd.targets.all(),
            "members": rnd.members.all(),
            "channels": rnd.channels.all(),
        },
    )
