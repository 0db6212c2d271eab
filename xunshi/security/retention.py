"""Retention at round end: archive the round, then purge or seal reporter identities.

- The archive (items, timelines, attachment hashes; no identity) is sealed with the
  keyring like every stored original.
- `purge` empties the identity fields: no copy remains.
- `seal` first writes the identities to a separate file encrypted under a fresh key that
  is written beside it in keys/sealed/; the 巡视办 moves that key offline. The live
  system can then no longer reveal anyone, and recovery needs the offline key.
Both are one audited transaction per round.

Identity is not only in the identity columns: the raw e-mail keeps its From/Received
headers, a voicemail keeps the caller's voice, the duty-phone log and the SMS reassembly
table keep numbers. They go the same way: `seal` writes the numbers into the sealed
identity file and copies each original file (身份原件) into the sealed directory under the
same offline key before the live copy is deleted; `purge` deletes them. The content,
its attachments and their hashes stay: they are the case record. A live file is
deleted only when nothing else (another round, an attachment with the same bytes)
still points at it, and only after the transaction has committed, so a failed run
never leaves rows pointing at missing files.

gammu-smsd keeps reporters' numbers in its own folders and log (sent answers, failed
ones, the outbox, read inbox files): those files are identity originals too, found by
number (`smsd_spool`); `seal` copies them (and the log lines) under the offline key,
both policies delete the files and blank the numbers in the log after the commit.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from xunshi.audit.services import audit_record
from xunshi.channels.models import DutyCall, MailRecord, SmsGroup
from xunshi.core.crypto import seal_bytes
from xunshi.intake.models import Attachment, Item, ReporterIdentity
from xunshi.intake.storage import attachment_path, read_bytes
from xunshi.rounds.models import Round
from xunshi.security.models import RetentionRun, RoundRetention
from xunshi.security.smsd_spool import SpoolError, smsd_check_writable, smsd_files, smsd_files_remove

IDENTITY_FIELDS = ["name", "phone", "id_number", "address", "email", "sender", "co_signers"]

logger = logging.getLogger(__name__)


class RetentionError(RuntimeError):
    pass


@dataclass(frozen=True)
class RetentionPlan:
    round: Round
    policy: str
    items: int
    identities: int
    originals: int
    smsd_files: int  # gammu-smsd message files and logs naming the round's reporters
    done: bool
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class IdentityOriginal:
    """A stored file that identifies its reporter: (label for the sealed copy, SHA-256)."""

    label: str
    sha256: str


def identity_originals(round: Round) -> list[IdentityOriginal]:
    mails = MailRecord.objects.filter(item__round=round).exclude(raw_sha256="")
    calls = DutyCall.objects.filter(channel__round=round).exclude(voicemail_sha256="")
    found = [
        IdentityOriginal(f"{number}-mail.eml", sha)
        for number, sha in mails.order_by("pk").values_list("item__number", "raw_sha256")
    ]
    found += [
        IdentityOriginal(f"call-{pk}-voicemail", sha)
        for pk, sha in calls.order_by("pk").values_list("pk", "voicemail_sha256")
    ]
    return found


def channel_numbers(round: Round) -> dict[str, dict[str, str]]:
    """Numbers held outside the identity rows: the duty-phone log (calls that may never have
    become an item) and SMS parts still waiting for reassembly."""
    numbers = {
        f"call-{c.pk}": {"caller": c.caller}
        for c in DutyCall.objects.filter(channel__round=round).only("pk", "caller")
        if c.caller
    }
    numbers |= {
        f"sms-{g.pk}": {"sender": g.sender}
        for g in SmsGroup.objects.filter(channel__round=round).only("pk", "sender")
        if g.sender
    }
    return numbers


def _still_referenced(sha256: str) -> bool:
    return (
        Attachment.objects.filter(sha256=sha256).exists()
        or MailRecord.objects.filter(raw_sha256=sha256).exists()
        or DutyCall.objects.filter(voicemail_sha256=sha256).exists()
    )


def policy_for(round: Round) -> str:
    own = RoundRetention.objects.filter(round=round).values_list("policy", flat=True).first()
    policy = own or settings.XUNSHI_RETENTION_POLICY
    if policy not in RetentionRun.Policy.values:
        raise RetentionError(f"未知的保存策略：{policy}（可选 purge、seal）")
    return str(policy)


def retention_plan(round: Round) -> RetentionPlan:
    identities = ReporterIdentity.objects.filter(item__round=round)
    live = [i for i in identities if any(getattr(i, f) for f in IDENTITY_FIELDS)]
    originals = len(identity_originals(round))
    try:
        spool = smsd_files(round)
    except SpoolError as exc:
        raise RetentionError(str(exc)) from exc
    return RetentionPlan(
        round=round,
        policy=policy_for(round),
        items=Item.objects.filter(round=round).count(),
        identities=len(live),
        originals=originals,
        smsd_files=len(spool),
        done=RetentionRun.objects.filter(round=round).exists()
        and not live
        and not originals
        and not len(spool)
        and not channel_numbers(round),
        warnings=spool.warnings,
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
    # Found (by the numbers still in the identity rows) and checked before anything changes.
    try:
        spool = smsd_files(round)
        smsd_check_writable(spool)
    except SpoolError as exc:
        raise RetentionError(str(exc)) from exc
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
        originals = identity_originals(round)
        sealed_name = ""
        numbers = channel_numbers(round)
        if policy == RetentionRun.Policy.SEAL and (live or originals or numbers or len(spool)):
            sealed_name = f"{round.slug}-{stamp}.identities"
            key = AESGCM.generate_key(bit_length=256)
            # smsd's file names hold the number: the sealed copies are named by label only,
            # and where each came from is in the sealed identity file.
            spool_labels = {
                f"smsd-{index:03d}-{path.parent.name}": {"path": str(path)}
                for index, path in enumerate(spool.files)
            }
            body = json.dumps(
                {r.item.number: {f: getattr(r, f) for f in IDENTITY_FIELDS} for r in live}
                | numbers
                | spool_labels,
                ensure_ascii=False,
            ).encode()
            _write_new(_archive_dir() / sealed_name, _seal_with(key, body, sealed_name))
            if originals or len(spool):
                folder = _archive_dir() / f"{sealed_name}.originals"
                folder.mkdir(mode=0o700)
                for original in originals:
                    _write_new(
                        folder / original.label,
                        _seal_with(key, read_bytes(original.sha256), original.label),
                    )
                for label, path in zip(spool_labels, spool.files, strict=True):
                    _write_new(folder / label, _seal_with(key, path.read_bytes(), label))
                for index, (log, lines) in enumerate(spool.logs.items()):
                    label = f"smsd-log-{index:03d}-{log.name}"
                    _write_new(folder / label, _seal_with(key, "".join(lines).encode("latin-1"), label))
            key_dir = Path(settings.DATA_DIR) / "keys" / "sealed"
            key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write_new(key_dir / f"{sealed_name}.key", base64.b64encode(key))
        for row in live:
            ReporterIdentity.objects.filter(pk=row.pk).update(**{f: "" for f in IDENTITY_FIELDS})
        MailRecord.objects.filter(item__round=round).update(raw_sha256="")
        DutyCall.objects.filter(channel__round=round).update(caller="", voicemail_sha256="")
        SmsGroup.objects.filter(channel__round=round).update(sender="")
        run = RetentionRun.objects.create(
            round=round,
            policy=policy,
            at=timezone.now(),
            items=Item.objects.filter(round=round).count(),
            identities=len(live),
            originals=len(originals) + len(spool),
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
                "originals": run.originals,
                "smsd_files": len(spool),
                "archive": archive_name,
                "sealed": sealed_name,
            },
        )
    for sha in {o.sha256 for o in originals}:
        if not _still_referenced(sha):
            attachment_path(sha).unlink(missing_ok=True)
    for problem in smsd_files_remove(spool):
        logger.error("retention of %s: a gammu-smsd file could not be cleaned: %s", round.slug, problem)
    return run


def _seal_with(key: bytes, data: bytes, name: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, name.encode())


def _open_with(key_file: Path, path: Path) -> bytes:
    blob = path.read_bytes()
    key = base64.b64decode(key_file.read_bytes())
    return AESGCM(key).decrypt(blob[:12], blob[12:], path.name.encode())


def sealed_identities_open(path: Path, key_file: Path) -> dict[str, dict[str, str]]:
    """For the 巡视办, with the offline key: read a sealed identity file back."""
    data: dict[str, dict[str, str]] = json.loads(_open_with(key_file, path))
    return data


def sealed_original_open(path: Path, key_file: Path) -> bytes:
    """For the 巡视办, with the offline key: one sealed original (raw e-mail, voicemail,
    a gammu-smsd message file or the log lines that named a number)."""
    return _open_with(key_file, path)
