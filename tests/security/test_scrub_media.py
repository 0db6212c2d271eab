"""Phone photos in HEIC and phone videos: where and on what they were taken goes, the
picture stays (issue #6: the inspected must never see who reported them)."""

from __future__ import annotations

import contextlib
import io
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from xunshi.security.scrub import ScrubError, scrub

OWNER = "Wang Xiuying"
PLACE = "+38.7020+116.0967/"


def _heic(*, exif: bool = True, xmp: bool = True) -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    tags = Image.Exif()
    tags[0x013B] = OWNER  # Artist
    tags[0x0110] = "iPhone 15"  # Model
    tags[0x8825] = {1: "N", 2: (38.0, 42.0, 7.5), 3: "E", 4: (116.0, 5.0, 48.0)}
    out = io.BytesIO()
    options: dict[str, bytes] = {}
    if exif:
        options["exif"] = tags.tobytes()
    if xmp:
        options["xmp"] = f"<x:xmpmeta><dc:creator>{OWNER}</dc:creator></x:xmpmeta>".encode()
    image.save(out, format="HEIF", **options)
    return out.getvalue()


def test_a_heic_photo_loses_exif_and_xmp_and_still_opens() -> None:
    original = _heic()
    assert OWNER.encode() in original
    cleaned = scrub(original, "image/heic")
    assert cleaned.cleaned and len(cleaned.data) == len(original)  # blanked in place
    assert OWNER.encode() not in cleaned.data and b"iPhone 15" not in cleaned.data
    with Image.open(io.BytesIO(cleaned.data)) as photo:
        photo.load()
        assert photo.size == (64, 48)
        red = photo.getpixel((5, 5))
        assert isinstance(red, tuple) and red[0] > 150  # the same red picture
        assert dict(photo.getexif()) == {}  # a valid, empty EXIF: viewers still open it
        assert not (photo.info.get("xmp") or b"").strip()


def test_a_heic_photo_without_metadata_is_served_unchanged() -> None:
    bare = _heic(exif=False, xmp=False)
    assert scrub(bare, "image/heic").data == bare


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def _phone_video() -> bytes:
    """An MP4 as a phone writes it: the place and the device in the movie's and a track's
    user data and in an Apple metadata box, the frames in mdat."""
    place = _box(b"\xa9xyz", struct.pack(">HH", len(PLACE), 0) + PLACE.encode())
    device = _box(b"\xa9too", struct.pack(">HH", 14, 0) + f"{OWNER}'s phone"[:14].encode())
    movie_header = _box(b"mvhd", bytes(4) + struct.pack(">IIII", RECORDED, RECORDED, 600, 6000) + bytes(80))
    # A version-1 track header: 64-bit times.
    track_header = _box(b"tkhd", b"\x01" + bytes(3) + struct.pack(">QQ", RECORDED, RECORDED) + bytes(76))
    track = _box(b"trak", track_header
                 + _box(b"mdia", _box(b"mdhd", bytes(4) + struct.pack(">IIII", RECORDED, RECORDED, 600, 6000)
                                      + bytes(4)))
                 + _box(b"udta", place))
    keys = _box(b"meta", bytes(4) + _box(b"keys", b"com.apple.quicktime.location.ISO6709")
                + _box(b"ilst", PLACE.encode()))
    moov = _box(b"moov", movie_header + track + _box(b"udta", place + device) + keys)
    return _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + moov + _box(b"mdat", b"FRAMES" * 50)


# 2026-11-27 09:30:00 in seconds since 1904, as MP4 headers count.
RECORDED = 3_878_616_600


def _tree(data: bytes, start: int = 0, end: int | None = None) -> list[tuple[bytes, int]]:
    end = len(data) if end is None else end
    out = []
    while start < end:
        size, kind = struct.unpack(">I4s", data[start:start + 8])
        out.append((kind, size))
        if kind in (b"moov", b"trak", b"mdia"):
            out += [(b"  " + k, s) for k, s in _tree(data, start + 8, start + size)]
        start += size
    return out


def test_a_phone_video_loses_its_place_and_device_and_keeps_its_frames() -> None:
    original = _phone_video()
    cleaned = scrub(original, "video/mp4")
    assert cleaned.cleaned and len(cleaned.data) == len(original)
    assert PLACE.encode() not in cleaned.data and OWNER.encode() not in cleaned.data
    assert b"FRAMES" * 50 in cleaned.data
    before, after = _tree(original), _tree(cleaned.data)
    # Same boxes of the same sizes; user data and metadata now `free`, which players skip.
    assert [s for _, s in before] == [s for _, s in after]
    assert [k for k, _ in after] == [b"ftyp", b"moov", b"  mvhd", b"  trak", b"    tkhd", b"    mdia",
                                     b"      mdhd", b"    free", b"  free", b"  free", b"mdat"]
    # The moment of recording is gone from the movie, track and media headers (32- and
    # 64-bit); the timescale and duration players need stay.
    assert struct.pack(">I", RECORDED) in original and struct.pack(">Q", RECORDED) in original
    assert struct.pack(">I", RECORDED) not in cleaned.data and struct.pack(">Q", RECORDED) not in cleaned.data
    assert cleaned.data.count(struct.pack(">II", 600, 6000)) == 2


def test_a_video_that_is_not_one_is_refused_not_served() -> None:
    with pytest.raises(ScrubError):
        scrub(_box(b"ftyp", b"isom") + _box(b"mdat", b"x"), "video/mp4")  # no movie box
    with pytest.raises(ScrubError):
        scrub(_phone_video()[:-10] + struct.pack(">I", 10_000), "video/mp4")  # a box past the end


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["image/heic", "video/mp4"]))
def test_any_bytes_are_cleaned_or_refused_never_crash(data: bytes, media: str) -> None:
    with contextlib.suppress(ScrubError):
        scrub(data, media)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=1_000), st.binary(min_size=1, max_size=8))
def test_a_mangled_heic_is_cleaned_or_refused_never_crashes(at: int, junk: bytes) -> None:
    photo = bytearray(_heic())
    at %= len(photo)
    photo[at:at + len(junk)] = junk
    with contextlib.suppress(ScrubError):
        scrub(bytes(photo), "image/heic")


def test_metadata_the_item_table_hides_is_refused_not_served() -> None:
    # The EXIF item's type damaged: the walk cannot tell where it is, but it is still there.
    photo = _heic(xmp=False)
    at = photo.index(b"Exif", photo.index(b"iinf"))
    hidden = photo[:at] + b"Exiq" + photo[at + 4:]
    with pytest.raises(ScrubError):
        scrub(hidden, "image/heic")
