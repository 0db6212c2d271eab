"""Template context for the workbench header: which menu entries the user's role uses.

This only hides links a role has no use for; the views still check every access in
xunshi.accounts.access, so a hidden link is never the protection.
"""

from __future__ import annotations

from django.http import HttpRequest

from xunshi.accounts.access import CONTENT_ROLES, REGISTER_ROLES, round_get_for_user
from xunshi.accounts.models import Role


def workbench_nav(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not request.path.startswith("/workbench/"):
        return {}
    found = round_get_for_user(user, request.session.get("round"))
    role = found[1].role if found else ("admin" if user.is_superuser else None)
    return {
        "nav_role": role,
        "nav_content": role in CONTENT_ROLES,
        "nav_register": role in REGISTER_ROLES,
        "nav_roster": role in REGISTER_ROLES | {Role.OFFICE},
        "nav_transfers": role in {Role.GROUP_LIAISON, Role.LOCAL_LIAISON},
        "nav_member": found is not None,
        "nav_audit": role in {Role.LEADER, Role.OFFICE},
    }
