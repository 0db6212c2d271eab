"""Authenticated encryption of reporter identity (AES-256-GCM, `cryptography`).

Ciphertexts carry the id of the key that made them (`v1:<key id>:<base64>`), so keys
can be rotated: new writes use the active key, old rows stay readable until re-encrypted.
"""

from __future__ import annotations

import base64
import functools
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.db import models

from xunshi.core.keys import identity_keyring, identity_keyring_path

PREFIX = "v1"


class DecryptionError(RuntimeError):
    """A stored value cannot be decrypted: wrong key file or altered data."""


@functools.cache
def _ring_at(mtime_ns: int) -> tuple[str, dict[str, AESGCM]]:
    ring = identity_keyring(settings.DATA_DIR)
    keys = ring["keys"]
    if not isinstance(keys, dict):
        raise DecryptionError("identity keyring is malformed")
    return str(ring["active"]), {kid: AESGCM(base64.b64decode(k)) for kid, k in keys.items()}


def _ring() -> tuple[str, dict[str, AESGCM]]:
    # Keyed by the file's mtime so that every server process picks up a rotated
    # keyring (`xunshi keys rotate`) at its next encryption, without a restart.
    path = identity_keyring_path(settings.DATA_DIR)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        identity_keyring(settings.DATA_DIR)
        stamp = path.stat().st_mtime_ns
    return _ring_at(stamp)


def reset_key_cache() -> None:
    _ring_at.cache_clear()


def active_key_id() -> str:
    return _ring()[0]


FILE_MAGIC = b"XSE1"


def seal_bytes(data: bytes, *, context: str) -> bytes:
    """Encrypt a stored file under the active key: MAGIC, key id, nonce, ciphertext+tag."""
    active, keys = _ring()
    kid = active.encode("ascii")
    nonce = os.urandom(12)
    return FILE_MAGIC + bytes([len(kid)]) + kid + nonce + keys[active].encrypt(nonce, data, context.encode())


def sealed_key_id(blob: bytes) -> str | None:
    """The key a stored file is sealed under; None for a file written before sealing."""
    if not blob.startswith(FILE_MAGIC) or len(blob) < len(FILE_MAGIC) + 1:
        return None
    size = blob[len(FILE_MAGIC)]
    return blob[len(FILE_MAGIC) + 1 : len(FILE_MAGIC) + 1 + size].decode("ascii", "replace")


def open_bytes(blob: bytes, *, context: str) -> bytes:
    kid = sealed_key_id(blob)
    if kid is None:
        raise DecryptionError("not a sealed file")
    _, keys = _ring()
    if kid not in keys:
        raise DecryptionError(f"unknown key {kid!r}")
    start = len(FILE_MAGIC) + 1 + len(kid.encode("ascii"))
    nonce, body = blob[start : start + 12], blob[start + 12 :]
    try:
        return keys[kid].decrypt(nonce, body, context.encode())
    except Exception as exc:
        raise DecryptionError("sealed file does not verify") from exc


def encrypt(plaintext: str, *, context: str) -> str:
    active, keys = _ring()
    nonce = os.urandom(12)
    sealed = keys[active].encrypt(nonce, plaintext.encode("utf-8"), context.encode())
    return f"{PREFIX}:{active}:{base64.b64encode(nonce + sealed).decode()}"


def decrypt(token: str, *, context: str) -> str:
    try:
        prefix, key_id, body = token.split(":", 2)
    except ValueError as exc:
        raise DecryptionError("not an encrypted value") from exc
    _, keys = _ring()
    if prefix != PREFIX or key_id not in keys:
        raise DecryptionError(f"unknown key {key_id!r}")
    raw = base64.b64decode(body)
    try:
        return keys[key_id].decrypt(raw[:12], raw[12:], context.encode()).decode("utf-8")
    except Exception as exc:
        raise DecryptionError("ciphertext does not verify") from exc


class EncryptedTextField(models.TextField):
    """A text column whose stored form is AES-GCM ciphertext; Python sees plaintext.

    The associated data binds each value to its column, so a ciphertext copied into
    another column does not decrypt.
    """

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt(str(value), context=self._context())

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value in (None, ""):
            return value
        return decrypt(value, context=self._context())

    def _context(self) -> str:
        return f"{self.model._meta.label_lower}.{self.attname}"


@functools.cache
def _digest_key() -> bytes:
    import secrets

    from xunshi.core.keys import _key_dir, read_or_create

    raw = read_or_create(_key_dir(settings.DATA_DIR) / "digest.key", lambda: secrets.token_hex(32).encode())
    return bytes.fromhex(raw.decode().strip())


def keyed_digest(purpose: str, value: str) -> str:
    """HMAC-SHA256 of a value under a key outside the database: lets rows be matched on a
    secret (e.g. an SMS sender) without storing it in the clear or making it guessable."""
    import hashlib
    import hmac

    return hmac.new(_digest_key(), f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()
