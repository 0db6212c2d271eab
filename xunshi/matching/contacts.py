"""Keyed fingerprints of reporter contacts: same phone or e-mail without decrypting.

The key is a file in DATA_DIR/keys, so a copy of the database alone cannot be used to
test guessed phone numbers against the fingerprints (an unkeyed hash could be).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from functools import lru_cache

from django.conf import settings

from xunshi.core.keys import _key_dir, read_or_create

_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _key() -> bytes:
    path = _key_dir(settings.DATA_DIR) / "contact-fingerprint.key"
    raw = read_or_create(path, lambda: secrets.token_hex(32).encode())
    return bytes.fromhex(raw.decode().strip())


def normalise_phone(value: str) -> str:
    """Digits only, without the country prefix: +86 138…, 0086138…, 138… are one number."""
    digits = "".join(_DIGITS.findall(unicodedata.normalize("NFKC", value)))
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) == 11:
            digits = digits[len(prefix) :]
    return digits if len(digits) >= 7 else ""


def normalise_email(value: str) -> str:
    text = unicodedata.normalize("NFKC", value).strip().lower()
    return text if "@" in text and len(text) >= 5 else ""


def fingerprint(kind: str, normalised: str) -> str:
    return hmac.new(_key(), f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()


def fingerprints(*, phone: str = "", email: str = "", sender: str = "") -> set[tuple[str, str]]:
    """(kind, digest) pairs for every usable contact; an SMS or e-mail sender counts too."""
    found: set[tuple[str, str]] = set()
    for value in (phone, sender):
        number = normalise_phone(value) if value and "@" not in value else ""
        if number:
            found.add(("phone", fingerprint("phone", number)))
    for value in (email, sender):
        address = normalise_email(value) if value and "@" in value else ""
        if address:
            found.add(("email", fingerprint("email", address)))
    return found
