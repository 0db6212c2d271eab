"""Retention at round end: archive the round, then purge or seal reporter identities.

- The archive (items, timelines, attachment hashes; no identity) is sealed with the
  keyring like every stored original.
- `purge` empties the identity fields: no copy remains.
- `seal` first writes the identities to a separate file encrypted under a fresh key that
  is written beside it in keys/sealed/; the 巡视办 moves that key offline. The live
  system can then no longer reveal anyone, and recovery needs the offline key.
Both are one audited transaction per round.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from xunshi.audit.services import audit_record
from xunshi.core.crypto import seal_bytes
from xunshi.intake.models import Item, ReporterIdentity
from xunshi.rounds.models import Round
from xunshi.security.models import RetentionRun, RoundRetention

IDENTITY_FIELDS = ["name", "phone", "id_number", "address", "email", "sender", "co_signers"]


class RetentionError(RuntimeError):
    pass


@dataclass(frozen=True)
class RetentionPlan:
    round: Round
    policy: str
    items: int
    identities: int
    done: bool


def policy_for(round: Round) -> str:
    own = RoundRetention.objects.filter(round=round).values_list("policy", flat=True).first()
    policy = own or settings.XUNSHI_RETENTION_POLICY
    if policy not in RetentionRun.Policy.values:
        raise RetentionError(f"未知的保存策略：{policy}（可选 purge、seal）")
    return str(policy)


def retention_plan(round: Round) -> RetentionPlan:
    identities = ReporterIdentity.objects.filter(item__round=round)
    live = [i for i in identities if any(getattr(i, f) for f in IDENTITY_FIELDS)]
    return RetentionPlan(
        round=round,
        policy=policy_for(round),
        items=Item.objects.filter(round=round).count(),
        identities=len(live),
        done=RetentionRun.objects.filter(round=round).exists() and not live,
    )


def _archive_dir() -> Path:
    path = Path(settings.DATA_DIR) / "archive"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _archive_payload(round: Round) -> bytes:
    items = []
    for item in (
        Item.objects.filter(round=round)
        .select_related("target")
        .prefetch_related("events", "attachments", "supplements")
    ):
        items.append(
            {
                "number": item.number,
                "channel_kind": item.channel_kind,
                "received_at": item.received_at.isoformat(),
                "identity_kind": item.identity_kind,
                "target": item.target.name if item.target else "",
                "accused_name": item.accused_name,
                "accused_position": item.accused_position,
                "accused_unit": item.accused_unit,
                "subject": item.subject,
                "content": item.content,
                "status": item.status,
                "events": [
                    {"at": e.at.isoformat(), "kind": e.kind, "actor": e.actor_label, "summary": e.summary}
                    for e in item.events.all()
                ],
                "attachments": [
                    {"sha256": a.sha256, "media_type": a.media_type, "name": a.original_name}
                    for a in item.attachments.all()
                ],
                "supplements": [s.content for s in item.supplements.all()],
            }
        )
    return json.dumps({"round": round.slug, "items": items}, ensure_ascii=False).encode()


def retention_apply(round: Round) -> RetentionRun:
    if round.stage != Round.Stage.CLOSED:
        raise RetentionError(
            f"轮次 {round.slug} 尚未结束（阶段：{round.get_stage_display()}），不能清除或封存"
        )
    policy = policy_for(round)
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
    archive_name = f"{round.slug}-{stamp}.archive"
    _write_new(
        _archive_dir() / archive_name, seal_bytes(_archive_payload(round), context=f"archive:{archive_name}")
    )
    with transaction.atomic():
        rows = list(
            ReporterIdentity.objects.select_for_update().filter(item__round=round).select_related("item")
        )
        live = [r for r in rows if any(getattr(r, f) for f in IDENTITY_FIELDS)]
        sealed_name = ""
        if policy == RetentionRun.Policy.SEAL and live:
            sealed_name = f"{round.slug}-{stamp}.identities"
            key = AESGCM.generate_key(bit_length=256)
            nonce = os.urandom(12)
            body = json.dumps(
                {r.item.number: {f: getattr(r, f) for f in IDENTITY_FIELDS} for r in live}, ensure_ascii=False
            ).encode()
            _write_new(
                _archive_dir() / sealed_name, nonce + AESGCM(key).encrypt(nonce, body, sealed_name.encode())
            )
            key_dir = Path(settings.DATA_DIR) / "keys" / "sealed"
            key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write_new(key_dir / f"{sealed_name}.key", base64.b64encode(key))
        for row in live:
            ReporterIdentity.objects.filter(pk=row.pk).update(**{f: "" for f in IDENTITY_FIELDS})
        run = RetentionRun.objects.create(
            round=round,
            policy=policy,
            at=timezone.now(),
            items=Item.objects.filter(round=round).count(),
            identities=len(live),
            archive_name=archive_name,
            sealed_name=sealed_name,
        )
        audit_record(
            action=f"round.retention_{policy}",
            actor_label="系统管理员（命令行）",
            target_type="round",
            target_id=round.slug,
            round_id=round.pk,
            data={
                "items": run.items,
                "identities": run.identities,
                "archive": archive_name,
                "sealed": sealed_name,
            },
        )
    return run


def sealed_identities_open(path: Path, key_file: Path) -> dict[str, dict[str, str]]:
    """For the 巡视办, with the offline key: read a sealed identity file back."""
    blob = path.read_bytes()
    key = base64.b64decode(key_file.read_bytes())
    data: dict[str, dict[str, str]] = json.loads(
        AESGCM(key).decrypt(blob[:12], blob[12:], path.name.encode())
    )
    return data
