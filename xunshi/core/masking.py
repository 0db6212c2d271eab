"""Masked display of reporter identity (脱敏): enough to tell records apart, not to identify."""

from __future__ import annotations

from collections.abc import Callable


def mask_name(name: str) -> str:
    if not name:
        return ""
    if len(name) == 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_digits(value: str, keep_head: int = 3, keep_tail: int = 4) -> str:
    if not value:
        return ""
    if len(value) <= keep_head + keep_tail:
        return "*" * len(value)
    return value[:keep_head] + "*" * (len(value) - keep_head - keep_tail) + value[-keep_tail:]


def mask_email(value: str) -> str:
    if not value:
        return ""
    local, at, domain = value.partition("@")
    if not at:
        return mask_digits(value, 1, 1)
    return (local[:1] + "***") + "@" + domain


def mask_address(value: str) -> str:
    if not value:
        return ""
    return value[:4] + "****" if len(value) > 4 else "****"


MASKERS: dict[str, Callable[[str], str]] = {
    "name": mask_name,
    "phone": mask_digits,
    "id_number": lambda v: mask_digits(v, 4, 4),
    "address": mask_address,
    "email": mask_email,
    "sender": lambda v: mask_email(v) if "@" in v else mask_digits(v),
    "co_signers": lambda v: "、".join(
        mask_name(n.strip()) for n in v.replace("\n", "、").split("、") if n.strip()
    ),
}


def mask_field(field: str, value: str) -> str:
    return MASKERS.get(field, mask_address)(value)
