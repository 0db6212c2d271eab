"""Attachment bytes on disk, outside the database, addressed by their SHA-256.

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


def attachment_root() -> Path:
    return Path(settings.DATA_DIR) / "attachments"


def attachment_path(sha256: str) -> Path:
    return attachment_root() / sha256[:2] / sha256


def store_bytes(data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    path = attachment_path(digest)
    if path.exists():
        return digest
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{digest}.{secrets.token_hex(4)}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return digest


def read_bytes(sha256: str) -> bytes:
    data = attachment_path(sha256).read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise OSError(f"attachment {sha256} does not match its hash")
    return data
