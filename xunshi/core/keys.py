"""Key files kept outside the database (in DATA_DIR/keys), created on first use.

A stolen database therefore reveals neither receipt codes nor reporter identities.
Creation uses O_EXCL so that several processes starting at once agree on one key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path


def _key_dir(base: Path) -> Path:
    path = base / "keys"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def read_or_create(path: Path, make: Callable[[], bytes]) -> bytes:
    """Return the file's bytes, creating it atomically with `make()` if it is missing."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    data: bytes = make()
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        # link() fails if another process won the race; then its key is the key.
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return path.read_bytes()


def django_secret_key(base: Path) -> str:
    raw = read_or_create(_key_dir(base) / "django-secret.key", lambda: secrets.token_hex(32).encode())
    return raw.decode().strip()


def receipt_key(base: Path) -> bytes:
    """HMAC key for receipt codes (回执码): codes are stored only as keyed hashes."""
    raw = read_or_create(_key_dir(base) / "receipt.key", lambda: secrets.token_hex(32).encode())
    return bytes.fromhex(raw.decode().strip())


def identity_keyring_path(base: Path) -> Path:
    return _key_dir(base) / "identity.keyring.json"


def identity_keyring(base: Path) -> dict[str, object]:
    """The AES-256-GCM keys for reporter identity: {"active": id, "keys": {id: base64}}."""

    def make() -> bytes:
        key_id = secrets.token_hex(4)
        ring = {"active": key_id, "keys": {key_id: base64.b64encode(os.urandom(32)).decode()}}
        return json.dumps(ring).encode()

    data: dict[str, object] = json.loads(read_or_create(identity_keyring_path(base), make))
    return data
