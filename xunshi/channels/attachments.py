"""Attachment limits per file, so one oversize or forbidden file does not lose the rest."""

from __future__ import annotations

from django.conf import settings

from xunshi.intake.models import Item
from xunshi.intake.services import item_event
from xunshi.intake.validation import IntakeError, check_attachments


def split_attachments(
    files: list[tuple[str, bytes]],
) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """(accepted files, [(name, reason) skipped]) under the intake's attachment rules."""
    accepted: list[tuple[str, bytes]] = []
    skipped: list[tuple[str, str]] = []
    for name, data in files:
        if len(accepted) >= settings.XUNSHI_MAX_ATTACHMENTS:
            skipped.append((name, f"附件数量超过上限 {settings.XUNSHI_MAX_ATTACHMENTS} 个"))
            continue
        try:
            check_attachments([(name, data)])
        except IntakeError as exc:
            skipped.append((name, str(exc)))
            continue
        accepted.append((name, data))
    return accepted, skipped


def record_skipped(*, item: Item, skipped: list[tuple[str, str]], actor_label: str) -> None:
    """One timeline line per file not kept (the raw message still holds it)."""
    for name, reason in skipped:
        item_event(
            item=item,
            actor_label=actor_label,
            kind="attachment_skipped",
            summary=f"附件未保存：{name or '未命名文件'}"[:300],
            data={"name": name, "reason": reason},
        )
