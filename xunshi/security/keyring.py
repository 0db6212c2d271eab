"""Key rotation for everything sealed with the keyring: identity fields, other encrypted
columns, and stored originals.

Order of work, so that nothing is ever unreadable: add the new key and make it active
(old keys stay in the ring), re-encrypt every value and file, sweep once more for values
written meanwhile by running servers, and only then move the old keys out of the ring
into keys/retired/ (needed only to restore backups made before the rotation).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import transaction

from xunshi.audit.services import audit_record
from xunshi.core.crypto import EncryptedTextField, reset_key_cache
from xunshi.core.keys import identity_keyring, identity_keyring_path
from xunshi.intake.storage import reseal, stored_digests


@dataclass
class RotationReport:
    new_key: str
    retired: list[str]
    values: int
    files: int
    unreadable: list[str]


def _write_ring(path: Path, ring: dict[str, object]) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, json.dumps(ring).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    reset_key_cache()


def key_add_active() -> str:
    path = identity_keyring_path(settings.DATA_DIR)
    ring = identity_keyring(settings.DATA_DIR)
    keys = dict(ring["keys"])  # type: ignore[call-overload]
    new_id = secrets.token_hex(4)
    while new_id in keys:
        new_id = secrets.token_hex(4)
    keys[new_id] = base64.b64encode(os.urandom(32)).decode()
    _write_ring(path, {"active": new_id, "keys": keys})
    return new_id


def encrypted_fields() -> list[tuple[type, list[str]]]:
    found = []
    for model in apps.get_models():
        names = [f.attname for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            found.append((model, names))
    return found


def values_reencrypt(active: str) -> int:
    """Rewrite every encrypted value not already under the active key."""
    count = 0
    marker = f"v1:{active}:"
    for model, names in encrypted_fields():
        manager = model._default_manager  # type: ignore[attr-defined]
        for name in names:
            # The raw stored text tells which key made it, without decrypting.
            stale = manager.exclude(**{f"{name}__startswith": marker}).exclude(**{name: ""})
            stale = stale.exclude(**{f"{name}__isnull": True})
            pks = list(stale.values_list("pk", flat=True).order_by("pk"))
            for start in range(0, len(pks), 500):
                with transaction.atomic():
                    for obj in manager.filter(pk__in=pks[start : start + 500]).only("pk", name):
                        manager.filter(pk=obj.pk).update(**{name: getattr(obj, name)})
                        count += 1
    return count


def files_reseal(unreadable: list[str]) -> int:
    """Reseal every stored file; one that fails its check is listed, not fatal, and keeps
    its old key (so the old key is then not retired)."""
    count = 0
    for digest in stored_digests():
        try:
            count += reseal(digest)
        except OSError:
            if digest not in unreadable:
                unreadable.append(digest)
    return count


def old_keys_retire(active: str) -> list[str]:
    path = identity_keyring_path(settings.DATA_DIR)
    ring = identity_keyring(settings.DATA_DIR)
    keys = dict(ring["keys"])  # type: ignore[call-overload]
    retired_dir = path.parent / "retired"
    retired_dir.mkdir(mode=0o700, exist_ok=True)
    retired = [kid for kid in keys if kid != active]
    for kid in retired:
        target = retired_dir / f"{kid}.json"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, json.dumps({"id": kid, "key": keys[kid]}).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    _write_ring(path, {"active": active, "keys": {active: keys[active]}})
    return retired


def keys_rotate(*, retire: bool = True) -> RotationReport:
    active = key_add_active()
    unreadable: list[str] = []
    values = values_reencrypt(active)
    files = files_reseal(unreadable)
    # A second pass catches what running servers wrote with a cached old ring.
    values += values_reencrypt(active)
    files += files_reseal(unreadable)
    retired = old_keys_retire(active) if retire and not unreadable else []
    with transaction.atomic():
        audit_record(
            action="keys.rotate",
            actor_label="系统管理员（命令行）",
            data={
                "new_key": active,
                "retired": retired,
                "values": values,
                "files": files,
                "unreadable": unreadable,
            },
        )
    return RotationReport(new_key=active, retired=retired, values=values, files=files, unreadable=unreadable)
