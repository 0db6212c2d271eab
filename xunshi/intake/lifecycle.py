"""The item status lifecycle: an explicit enum and the transitions allowed between states.

Each state has its own timestamp column on Item (`STATE_TIMESTAMP`), set on entry.
"""

from __future__ import annotations

from django.db import models


class Status(models.TextChoices):
    REGISTERED = "registered", "已登记"
    TRIAGED = "triaged", "已研判"
    DISPOSED = "disposed", "已处置"
    ANSWERED = "answered", "已答复"
    CLOSED = "closed", "已办结"


TRANSITIONS: dict[str, frozenset[str]] = {
    Status.REGISTERED: frozenset({Status.TRIAGED}),
    Status.TRIAGED: frozenset({Status.TRIAGED, Status.DISPOSED, Status.REGISTERED}),
    Status.DISPOSED: frozenset({Status.ANSWERED, Status.TRIAGED}),
    Status.ANSWERED: frozenset({Status.CLOSED, Status.DISPOSED}),
    Status.CLOSED: frozenset({Status.ANSWERED}),
}

STATE_TIMESTAMP: dict[str, str] = {
    Status.REGISTERED: "registered_at",
    Status.TRIAGED: "triaged_at",
    Status.DISPOSED: "disposed_at",
    Status.ANSWERED: "answered_at",
    Status.CLOSED: "closed_at",
}

# What the public sees on the status page: never investigative detail.
PUBLIC_STATUS: dict[str, str] = {
    Status.REGISTERED: "已收到，正在登记办理",
    Status.TRIAGED: "已收到，正在办理",
    Status.DISPOSED: "已按规定处理",
    Status.ANSWERED: "已答复",
    Status.CLOSED: "已办结",
}


class TransitionError(ValueError):
    """The requested status change is not allowed from the current state."""


def check_transition(current: str, target: str) -> None:
    if target not in TRANSITIONS.get(current, frozenset()):
        raise TransitionError(f"不能从“{Status(current).label}”变为“{Status(target).label}”")
