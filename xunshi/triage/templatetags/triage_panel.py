"""`{% triage_panel item %}`: the triage panel on the item page, checked through access.py."""

from __future__ import annotations

from typing import Any

from django import template

from xunshi.accounts.access import triage_may_decide, triage_may_read
from xunshi.triage.forms import DecisionForm
from xunshi.triage.jurisdiction import AMBIGUOUS
from xunshi.triage.models import Priority
from xunshi.triage.selectors import (
    candidate_persons,
    code_label,
    decisions_for,
    priority_label,
    proposal_for,
)

register = template.Library()


@register.inclusion_tag("triage/panel.html", takes_context=True)
def triage_panel(context: dict[str, Any], item: Any) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not triage_may_read(user, item):
        return {"visible": False}
    proposal = proposal_for(item)
    may_decide = triage_may_decide(user, item)
    form = None
    if may_decide:
        form = DecisionForm(
            initial=DecisionForm.initial_from(proposal), persons=candidate_persons(item, proposal)
        )
    routing = (proposal.routing if proposal else None) or {}
    return {
        "visible": True,
        "item": item,
        "proposal": proposal,
        "priority_label": Priority(proposal.priority).label if proposal else "",
        "codes": [
            (c["code"], code_label(c["code"]), c.get("confidence"))
            for c in (proposal.codes if proposal else [])
        ],
        "routing": routing,
        "ambiguous": routing.get("kind") == AMBIGUOUS,
        "decisions": decisions_for(item),
        "form": form,
        "may_decide": may_decide,
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def triage_priority(item: Any) -> str:
    """The item's priority for list pages: the latest staff decision's, else the proposal's,
    as stored on the item (triage.services.item_priority_store), so no query per row.
    Lists reach only content roles (access.items_visible_to), who may all read triage."""
    return priority_label(item.triage_level or None)
