"""Reads of the audit log."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from xunshi.audit.models import AuditEntry


def audit_entries_for_round(
    *, round_id: int, action: str = "", actor: str = "", target: str = ""
) -> QuerySet[AuditEntry]:
    """Entries about this round, plus logins of its members (entries with no round)."""
    from xunshi.accounts.models import Membership

    members = Membership.objects.filter(round_id=round_id).values_list("user_id", flat=True)
    entries = AuditEntry.objects.filter(Q(round_id=round_id) | Q(round_id__isnull=True, actor_id__in=members))
    if action:
        entries = entries.filter(action__startswith=action)
    if actor:
        entries = entries.filter(actor_label__contains=actor)
    if target:
        entries = entries.filter(target_id=target)
    return entries.order_by("-seq")
