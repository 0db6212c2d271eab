"""clean_text: one regex pass must drop exactly what the per-character rule dropped."""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest

from xunshi.intake.validation import _DROPPED, DROPPED_RANGES, IntakeError, clean_text

KEPT_FORMAT = "\n\t\u200d"  # line feed, tab, zero-width joiner


def _per_character(text: str) -> str:
    """The rule as it was written before the regex: a category lookup per character."""
    return "".join(
        ch for ch in text if ch in KEPT_FORMAT or unicodedata.category(ch) not in {"Cc", "Cf"}
    ).strip()


def test_the_ranges_are_every_control_and_format_character_of_this_unicode_database() -> None:
    wanted = {
        cp
        for cp in range(sys.maxunicode + 1)
        if unicodedata.category(chr(cp)) in {"Cc", "Cf"} and chr(cp) not in KEPT_FORMAT
    }
    written = {cp for first, last in DROPPED_RANGES for cp in range(first, last + 1)}
    assert written == wanted, (
        f"Unicode {unicodedata.unidata_version}: regenerate DROPPED_RANGES in xunshi/intake/validation.py"
    )
    assert all(_DROPPED.fullmatch(chr(cp)) for cp in wanted)


def test_the_regex_and_the_per_character_rule_agree_on_mixed_text() -> None:
    rng = random.Random(20150803)
    alphabet = (
        "反映镇长王建国的问题，涉及金额约3万元。\n\t \u3000"
        "\u200b\u200c\u200d\u200e\u202e\u2066\ufeff\u00ad\x07\x0b\x0c\x1b\x7f\x85"
        "👨\u200d👩\u200d👧\U000e0041\U0001d173"
    )
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
        expected = unicodedata.normalize("NFC", text)
        expected = _per_character(expected)
        if not expected:
            continue
        assert clean_text(text, field="反映内容") == expected


def test_line_ends_are_normalised_and_joiners_kept() -> None:
    assert clean_text("第一行\r\n第二行\r第三行", field="x") == "第一行\n第二行\n第三行"
    assert clean_text("\u202e倒序\u200b文字\u200d", field="x") == "倒序文字\u200d"
    assert clean_text("  \u3000缩进\t正文  ", field="x") == "缩进\t正文"


@pytest.mark.parametrize(
    ("text", "message"),
    [("有\x00空字符", "NUL"), ("半个\ud800代理", "无效的编码字符"), ("\u200b\u200e", "不能为空")],
)
def test_refused_text_names_the_problem(text: str, message: str) -> None:
    with pytest.raises(IntakeError, match=message):
        clean_text(text, field="反映内容")
