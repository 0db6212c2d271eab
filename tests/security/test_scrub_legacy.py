"""Legacy Office files and recordings lose the metadata that could name their author.

A reporter's .xls saved on an office PC carries the Windows user name and company; a
voicemail recorded on a phone can carry the device owner's name in its tags.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import mutagen
import olefile
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mutagen.id3 import ID3, TIT2, TPE1

from tests.security.olefiles import (
    DOC_SUMMARY_FMTID,
    SUMMARY_FMTID,
    biff_record,
    compound_file,
    property_set,
    word_fib,
    write_access,
)
from xunshi.security.scrub import ScrubError, _blank_word_people, scrub

AUTHOR, COMPANY = "李建国", "某县财政局办公室"


def _forms(text: str) -> list[bytes]:
    return [text.encode("gb18030"), text.encode("utf-16-le"), text.encode("utf-8")]


def _legacy_xls(author: str = AUTHOR, company: str = COMPANY) -> bytes:
    book = biff_record(0x0809, bytes(16)) + write_access(author) + biff_record(0x000A, b"")
    return compound_file(
        {
            "Workbook": book,
            "\x05SummaryInformation": property_set(
                SUMMARY_FMTID, {2: "关于补贴发放的情况", 4: author, 8: author}
            ),
            "\x05DocumentSummaryInformation": property_set(DOC_SUMMARY_FMTID, {15: company}),
        }
    )


def test_legacy_excel_loses_author_company_and_last_saved_by() -> None:
    original = _legacy_xls()
    meta = olefile.OleFileIO(io.BytesIO(original)).get_metadata()
    assert meta.author == AUTHOR.encode("gb18030")  # the fixture really carries them
    result = scrub(original, "application/vnd.ms-excel")
    assert result.cleaned
    for secret in (AUTHOR, COMPANY, "关于补贴发放的情况"):
        assert not any(form in result.data for form in _forms(secret)), secret
    cleaned = olefile.OleFileIO(io.BytesIO(result.data))
    meta = cleaned.get_metadata()
    assert meta.author is None and meta.company is None and meta.last_saved_by is None
    # The workbook itself is still there, record by record, with the same length.
    book = cleaned.openstream("Workbook").read()
    assert book[:4] == struct.pack("<HH", 0x0809, 16) and len(book) == 4096


def test_word_detected_only_by_its_signature_is_cleaned_too() -> None:
    result = scrub(_legacy_xls(), "application/msword")
    assert result.cleaned and AUTHOR.encode("gb18030") not in result.data


def test_a_broken_compound_file_is_refused_not_served() -> None:
    with pytest.raises(ScrubError):
        scrub(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"garbage" * 20, "application/msword")


@settings(max_examples=25, deadline=None)
@given(
    author=st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=8),
    company=st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=3, max_size=20),
)
def test_any_author_name_is_removed(author: str, company: str) -> None:
    result = scrub(_legacy_xls(author, company), "application/vnd.ms-excel")
    for secret in (author, company):
        assert not any(form in result.data for form in _forms(secret)), secret


def _wave(extra_chunks: bytes) -> bytes:
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
    data = b"data" + struct.pack("<I", 8) + b"\x01\x02" * 4
    body = b"WAVE" + fmt + extra_chunks + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_voicemail_wave_loses_its_info_tags_and_keeps_the_sound() -> None:
    name = "张某的手机".encode() + b"\x00"
    info = b"INFO" + b"IART" + struct.pack("<I", len(name)) + name
    original = _wave(b"LIST" + struct.pack("<I", len(info)) + info)
    result = scrub(original, "audio/x-wav")
    assert result.cleaned and name[:-1] not in result.data
    assert result.data == _wave(b"")  # exactly the sound: format and samples


def test_recording_mp3_loses_its_id3_tags() -> None:
    frame = bytes.fromhex("fffb9064") + bytes(413)  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz
    buffer = io.BytesIO(frame * 20)
    tags = ID3()
    tags.add(TPE1(encoding=3, text=["王某某 13800138000"]))
    tags.add(TIT2(encoding=3, text=["录音 2026-11-20"]))
    tags.save(buffer)
    original = buffer.getvalue()
    assert b"13800138000" in original
    result = scrub(original, "audio/mpeg")
    assert result.cleaned and b"13800138000" not in result.data
    assert result.data.endswith(frame * 20)
    assert mutagen.File(io.BytesIO(result.data)).tags is None  # type: ignore[attr-defined]


def test_unrecognised_audio_is_refused() -> None:
    with pytest.raises(ScrubError):
        scrub(b"\x00" * 64, "audio/mpeg")


# A Word 97 file saved by LibreOffice 7.4 (`soffice --convert-to doc`) from a .docx whose
# insertion is by 王举报人, deletion by 李修订者 and comment by 赵批注者 (initials ZPZ).
TRACKED_DOC = Path(__file__).parent / "data" / "tracked_changes.doc"
WORD_PEOPLE = ("王举报人", "李修订者", "赵批注者")


def _streams(data: bytes) -> dict[str, bytes]:
    ole = olefile.OleFileIO(io.BytesIO(data))
    return {"/".join(name): ole.openstream(name).read() for name in ole.listdir()}


def test_legacy_word_loses_revision_and_comment_authors() -> None:
    original = TRACKED_DOC.read_bytes()
    table = _streams(original)["1Table"]
    for person in (*WORD_PEOPLE, "ZPZ"):
        assert person.encode("utf-16-le") in table, person  # the fixture really carries them
    result = scrub(original, "application/msword")
    assert result.cleaned and len(result.data) == len(original)
    streams = _streams(result.data)
    for name, body in streams.items():
        for person in (*WORD_PEOPLE, "ZPZ"):
            assert not any(form in body for form in _forms(person)), (name, person)
    # Word's placeholder author stays, and the text of the letter is untouched.
    assert "Unknown".encode("utf-16-le") in streams["1Table"]
    assert "镇长收受红包".encode("utf-16-le") in streams["WordDocument"]
    assert streams["WordDocument"] == _streams(original)["WordDocument"]


def _hand_built_word(table: bytes, pairs: dict[int, tuple[int, int]], **fib: bool) -> bytes:
    name = "1Table" if fib.get("table_1", True) else "0Table"
    return compound_file({"WordDocument": word_fib(pairs, **fib), name: table})


def test_an_older_word_table_of_one_byte_strings_is_blanked_too() -> None:
    # SttbfRMark without 0xFFFF: a count, no extra data, then (length, characters) pairs.
    sttb = struct.pack("<HH", 2, 0) + b"\x07Unknown" + b"\x05WangJ"
    owners = struct.pack("<H", 3) + "赵批注".encode("utf-16-le")
    table = b"\x00" * 16 + sttb + owners
    data = _hand_built_word(table, {51: (16, len(sttb)), 36: (16 + len(sttb), len(owners))}, table_1=False)
    cleaned = _streams(scrub(data, "application/msword").data)["0Table"]
    assert b"WangJ" not in cleaned and "赵批注".encode("utf-16-le") not in cleaned
    assert b"\x07Unknown" in cleaned and len(cleaned) == len(_streams(data)["0Table"])


def test_a_saved_by_history_its_stale_copies_and_the_unused_table_stream_are_blanked() -> None:
    name, path = "王举报人", "C:\\Users\\wangjb\\举报.doc"
    saved_by = b"\xff\xff" + struct.pack("<HH", 2, 0) + b"".join(
        struct.pack("<H", len(t)) + t.encode("utf-16-le") for t in (name, path))
    stale = b"...old table..." + name.encode("utf-16-le")  # a fast save's earlier copy
    table = saved_by + stale
    data = compound_file({"WordDocument": word_fib({71: (0, len(saved_by))}), "1Table": table,
                          "0Table": b"an older save " + name.encode("utf-16-le")})
    streams = _streams(scrub(data, "application/msword").data)
    for body in (streams["1Table"], streams["0Table"]):
        assert not any(form in body for form in _forms(name)) and b"w\x00a\x00n\x00g\x00j" not in body
    assert set(streams["0Table"]) == {0}


def test_a_comment_keeps_no_date() -> None:
    original = TRACKED_DOC.read_bytes()
    date = bytes.fromhex("80b2eb07")  # the fixture comment's DTTM (AtrdExtra)
    assert date in _streams(original)["1Table"]
    assert date not in _streams(scrub(original, "application/msword").data)["1Table"]


@pytest.mark.parametrize(("case", "message"), [
    ("past the end", "shorter than"), ("encrypted", "encrypted"), ("no FIB", "information block"),
    ("Word 95", "Word 95"), ("no table", "table stream")])
def test_a_word_file_that_cannot_be_read_is_refused_not_served(case: str, message: str) -> None:
    sttb = b"\xff\xff" + struct.pack("<HH", 1, 0) + struct.pack("<H", 4) + "王举报人".encode("utf-16-le")
    if case == "past the end":
        data = _hand_built_word(sttb, {51: (0, len(sttb) + 9000)})
    elif case == "encrypted":
        data = _hand_built_word(sttb, {51: (0, len(sttb))}, encrypted=True)
    elif case == "no table":
        data = compound_file({"WordDocument": word_fib({51: (0, len(sttb))}), "0Table": sttb})
    elif case == "Word 95":
        fib = word_fib({51: (0, len(sttb))})
        data = compound_file({"WordDocument": fib[:2] + struct.pack("<H", 0x0068) + fib[4:], "1Table": sttb})
    else:
        data = compound_file({"WordDocument": b"not a FIB" * 10, "1Table": sttb})
    with pytest.raises(ScrubError, match=message):
        scrub(data, "application/msword")


@settings(max_examples=200, deadline=None)
@given(table=st.binary(min_size=8, max_size=300), fc=st.integers(0, 300), lcb=st.integers(1, 300),
       index=st.sampled_from([4, 32, 35, 36, 51, 71, 72, 94, 112, 144]))
def test_any_word_table_is_cleaned_to_the_same_size_or_refused(table: bytes, fc: int, lcb: int,
                                                               index: int) -> None:
    # The parser itself, not the wrapper that turns any failure into a refusal: only a
    # clear refusal may come out of it, or a table of the same size.
    try:
        cleaned = _blank_word_people(word_fib({index: (fc, lcb)}), table)
    except ScrubError:
        return
    assert len(cleaned) == len(table)
