"""Sender numbers to one form, so the same phone is recognised however it was written.

Chinese mobiles and landlines become E.164 (+86…): 15830645642, +86 158 3064 5642 and
0086-15830645642 are all +8615830645642; the landline 0317-5528359 becomes +863175528359.
A local number without area code and an alphanumeric sender are kept as digits/text.
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-–—().·/]")


def normalize_number(raw: str) -> str:
    # NFKC turns full-width digits, plus and hyphen (０３１７－…) into ASCII.
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf", "Cs"}).strip()
    compact = _SEPARATORS.sub("", text)
    if not re.fullmatch(r"\+?\d+", compact):
        return text[:64]  # a named sender (e.g. a bank's short code with letters)
    if compact.startswith("+"):
        digits, international = compact[1:], True
    elif compact.startswith("00"):
        digits, international = compact[2:], True
    else:
        digits, international = compact, False
    if international:
        if digits.startswith("86"):
            return "+86" + _national(digits[2:])
        return "+" + digits
    if len(digits) == 13 and digits.startswith("86") and digits[2] == "1":
        return "+" + digits  # 8615830645642 without the plus
    national = _national(digits)
    if re.fullmatch(r"1[3-9]\d{9}", national) or _is_area_coded(digits):
        return "+86" + national
    return digits


def _national(digits: str) -> str:
    # A trunk prefix 0 before an area code is dropped in E.164 (0317 → 317).
    return digits[1:] if digits.startswith("0") and len(digits) >= 10 else digits


def _is_area_coded(digits: str) -> bool:
    return digits.startswith("0") and 10 <= len(digits) <= 12
