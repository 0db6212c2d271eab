"""Attachment bytes on disk, outside the database, addressed by their SHA-256.

Every stored original (attachments, raw e-mails, SMS files, scans) is sealed at rest with
AES-256-GCM under the active key of the keyring (xunshi/core/crypto.py); the name stays
the SHA-256 of the plaintext, so callers see plain bytes and deduplication still works.

Files are written and fsynced before the item's transaction commits, so an
acknowledged item never points at a missing file. A file whose transaction then
fails is an orphan that costs disk space, never data.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from django.conf import settings

from xunshi.core.crypto import DecryptionError, active_key_id, open_bytes, seal_bytes, sealed_key_id


def attachment_root() -> Path:
    return Path(settings.DATA_DIR) / "attachments"


def attachment_path(sha256: str) -> Path:
    return attachment_root() / sha256[:2] / sha256


def _context(sha256: str) -> str:
    return f"attachment:{sha256}"


def _write(path: Path, blob: bytes, digest: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{digest}.{secrets.token_hex(4)}")
    with open(tmp, "wb") as fh:
        fh.write(blob)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def store_bytes(data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    path = attachment_path(digest)
    if path.exists():
        return digest
    _write(path, seal_bytes(data, context=_context(digest)), digest)
    return digest


def read_bytes(sha256: str) -> bytes:
    blob = attachment_path(sha256).read_bytes()
    if sealed_key_id(blob) is None:
        # Written before files were sealed; `xunshi keys rotate` seals it.
        data = blob
    else:
        try:
            data = open_bytes(blob, context=_context(sha256))
        except DecryptionError as exc:
            raise OSError(f"attachment {sha256} cannot be opened: {exc}") from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise OSError(f"attachment {sha256} does not match its hash")
    return data


def reseal(sha256: str) -> bool:
    """Re-encrypt one stored file under the active key; True if it was rewritten."""
    path = attachment_path(sha256)
    if sealed_key_id(path.read_bytes()) == active_key_id():
        return False
    data = read_bytes(sha256)
    _write(path, seal_bytes(data, context=_context(sha256)), sha256)
    return True


def stored_digests() -> list[str]:
    root = attachment_root()
    if not root.exists():
        return []
    return sorted(p.name for p in root.glob("??/*") if len(p.name) == 64 and not p.name.startswith("."))
