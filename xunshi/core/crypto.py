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

from xunshi.core.keys import identity_keyring

PREFIX = "v1"


class DecryptionError(RuntimeError):
    """A stored value cannot be decrypted: wrong key file or altered data."""


@functools.cache
def _ring() -> tuple[str, dict[str, AESGCM]]:
    ring = identity_keyring(settings.DATA_DIR)
    keys = ring["keys"]
    if not isinstance(keys, dict):
        raise DecryptionError("identity keyring is malformed")
    return str(ring["active"]), {kid: AESGCM(base64.b64decode(k)) for kid, k in keys.items()}


def reset_key_cache() -> None:
    _ring.cache_clear()


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
