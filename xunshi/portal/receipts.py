"""Receipt codes (回执码): 16 digits shown once to the reporter, stored only as a keyed hash.

The code is derived from the form's submission token with a key kept outside the
database, so a retried POST of the same form shows the same code again, and a stolen
database reveals no code. Lookups hash the typed code with the same key.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re

from django.conf import settings

from xunshi.core.keys import receipt_key

CODE_DIGITS = 16
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


@functools.cache
def _key() -> bytes:
    return receipt_key(settings.DATA_DIR)


def valid_token(token: str) -> bool:
    return bool(_TOKEN_RE.match(token or ""))


def submission_key(token: str) -> str:
    return hmac.new(_key(), b"submission:" + token.encode(), hashlib.sha256).hexdigest()


def code_for_token(token: str) -> str:
    digest = hmac.new(_key(), b"receipt:" + token.encode(), hashlib.sha256).digest()
    return str(int.from_bytes(digest[:16], "big") % 10**CODE_DIGITS).zfill(CODE_DIGITS)


def code_hash(code: str) -> str:
    return code_hash_with(_key(), code)


def code_hash_with(key: bytes, code: str) -> str:
    """The stored form of a code under `key`; tools outside the server check receipts with it."""
    return hmac.new(key, b"lookup:" + code.encode(), hashlib.sha256).hexdigest()


def normalise_code(typed: str) -> str | None:
    """Accept the code as printed (groups of four, spaces or dashes, full-width digits)."""
    digits = "".join(ch for ch in typed if not ch.isspace() and ch not in "-－")
    digits = digits.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return digits if len(digits) == CODE_DIGITS and digits.isdigit() else None


def format_code(code: str) -> str:
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
