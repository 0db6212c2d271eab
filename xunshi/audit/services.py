"""Writing and verifying the audit chain. `audit_record` must run inside the same
transaction as the change it records, so that a change and its audit row land together."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.utils import timezone

from xunshi.audit.models import AuditEntry, AuditHead
from xunshi.core.keys import read_or_create

GENESIS = "0" * 64


@functools.cache
def _key() -> bytes:
    path = Path(settings.DATA_DIR) / "keys" / "audit.key"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return bytes.fromhex(read_or_create(path, lambda: secrets.token_hex(32).encode()).decode().strip())


def _mac(prev_mac: str, fields: dict[str, Any]) -> str:
    body = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hmac.new(_key(), f"{prev_mac}|{body}".encode(), hashlib.sha256).hexdigest()


def _fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "actor_id": entry.actor_id,
        "actor_label": entry.actor_label,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "round_id": entry.round_id,
        "data": entry.data,
    }


def audit_record(
    *,
    action: str,
    actor: User | None = None,
    actor_label: str = "",
    target_type: str = "",
    target_id: str | int = "",
    round_id: int | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. Never put reporter identity in `data`: the audit log is not secret."""
    if not connection.in_atomic_block:
        raise RuntimeError("audit_record must run inside the transaction of the change it records")
    head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
    entry = AuditEntry(
        seq=head.seq + 1,
        at=timezone.now(),
        actor_id=actor.pk if actor is not None else None,
        actor_label=actor_label or (actor.get_username() if actor is not None else "系统"),
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        round_id=round_id,
        data=json.loads(json.dumps(data or {}, ensure_ascii=False, default=str)),
        prev_mac=head.mac,
    )
    entry.mac = _mac(head.mac, _fields(entry))
    entry.save()
    AuditHead.objects.filter(pk=1).update(seq=entry.seq, mac=entry.mac)
    return entry


def audit_record_now(**kwargs: Any) -> AuditEntry:
    """For events that are not part of another change (a login, a page view)."""
    with transaction.atomic():
        return audit_record(**kwargs)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    checked: int
    problem: str = ""


def _entries() -> Iterator[AuditEntry]:
    last = 0
    while True:
        batch = list(AuditEntry.objects.filter(seq__gt=last).order_by("seq")[:2000])
        if not batch:
            return
        yield from batch
        last = batch[-1].seq


def audit_verify() -> Verdict:
    """Walk the chain from the start; name the first entry that does not verify."""
    expected_seq = 1
    prev_mac = GENESIS
    checked = 0
    for entry in _entries():
        if entry.seq != expected_seq:
            kind = "缺失（被删除）" if entry.seq > expected_seq else "重复"
            return Verdict(
                False, checked, f"第 {expected_seq} 条记录{kind}；下一条为第 {entry.seq} 条（id {entry.pk}）"
            )
        if entry.prev_mac != prev_mac:
            return Verdict(
                False, checked, f"第 {entry.seq} 条记录（id {entry.pk}）与前一条不衔接（插入或替换）"
            )
        if not hmac.compare_digest(entry.mac, _mac(prev_mac, _fields(entry))):
            return Verdict(False, checked, f"第 {entry.seq} 条记录（id {entry.pk}）校验失败（内容被改动）")
        prev_mac = entry.mac
        expected_seq += 1
        checked += 1
    head = AuditHead.objects.filter(pk=1).first()
    head_seq, head_mac = (head.seq, head.mac) if head else (0, GENESIS)
    if head_seq != checked or head_mac != prev_mac:
        return Verdict(
            False, checked, f"审计链末尾不符：应有 {head_seq} 条，实有 {checked} 条（末尾记录被删除或改动）"
        )
    return Verdict(True, checked)
