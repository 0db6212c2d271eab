"""What rides inside an attachment: files in a zip or an OpenDocument file, objects in a
compound file, pictures and attachments in a PDF. Each is cleaned as it would be on its
own, or the whole file is refused; nothing else escapes (review of session 10)."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from PIL import Image

from tests.security.olefiles import SUMMARY_FMTID, compound_file, property_set, write_access
from tests.security.test_scrub import DOCX, _docx, _jpeg_with_gps, _with_part, _zip
from tests.security.test_scrub_media import _heic, _phone_video
from xunshi.security.scrub import ScrubError, scrub

OWNER = "Wang Xiuying"


def _photo(fmt: str) -> bytes:
    tags = Image.Exif()
    tags[0x013B] = OWNER
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(out, format=fmt, exif=tags.tobytes())
    return out.getvalue()


def _members(letter: bytes, part: str) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(scrub(letter, DOCX).data)) as outer, \
            zipfile.ZipFile(io.BytesIO(outer.read(part))) as inner:
        return {name: inner.read(name) for name in inner.namelist()}


def test_files_in_a_zip_are_known_by_their_content_not_their_names() -> None:
    evidence = _zip({
        "IMG_0001.HEIC": _heic(), "VID_0001.mp4": _phone_video(), "a.webp": _photo("WEBP"),
        "收据": _jpeg_with_gps(), "photo.jpg.bak": _jpeg_with_gps(),
    })
    part = "word/embeddings/evidence.zip"
    files = _members(_with_part(_docx(), part, evidence), part)
    assert len(files) == 5
    for name, body in files.items():
        assert OWNER.encode() not in body and b"+38.7020" not in body, name


def test_a_zip_keeps_its_own_xml_as_written() -> None:
    # A bank statement is evidence, not an Office part: the Office author rules do not touch it.
    statement = b'<tx date="2024-03-08" amount="50000" userName="payee"/>'
    files = _members(_with_part(_docx(), "word/embeddings/e.zip", _zip({"bank.xml": statement})),
                     "word/embeddings/e.zip")
    assert files["bank.xml"] == statement


def test_media_no_cleaner_reads_refuse_the_file() -> None:
    flac = b"fLaC\x00\x00\x00\x22" + bytes(34) + b"Wang Xiuying"  # FLAC: Vorbis comments
    with pytest.raises(ScrubError):
        scrub(_with_part(_docx(), "word/embeddings/e.zip", _zip({"rec.flac": flac})), DOCX)


def test_objects_inside_a_legacy_file_lose_their_authors_too() -> None:
    summary = property_set(SUMMARY_FMTID, {4: OWNER, 8: OWNER})
    book = compound_file({
        "Workbook": write_access("clerk"),
        "ObjectPool/_1234/\x05SummaryInformation": summary,
        "ObjectPool/_1234/Workbook": write_access(OWNER),
        "MBD0001/\x05SummaryInformation": summary,
    })
    cleaned = scrub(book, "application/vnd.ms-excel").data
    for form in (OWNER.encode("utf-16-le"), OWNER.encode("gb18030")):
        assert form not in cleaned
    assert len(cleaned) == len(book)


def _pdf_with_photo_and_attachment() -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(100, 100)
    jpeg = _jpeg_with_gps()
    picture = StreamObject()
    picture._data = jpeg
    picture.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                    NameObject("/Width"): NumberObject(16), NameObject("/Height"): NumberObject(8),
                    NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                    NameObject("/BitsPerComponent"): NumberObject(8),
                    NameObject("/Filter"): NameObject("/DCTDecode")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(picture)})})
    draw = DecodedStreamObject()
    draw.set_data(b"q 100 0 0 100 0 0 cm /Im0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(draw)
    attached = DecodedStreamObject()
    attached.set_data(f"attached by {OWNER}".encode())
    spec = DictionaryObject({NameObject("/Type"): NameObject("/Filespec"),
                             NameObject("/F"): TextStringObject(f"C:\\Users\\{OWNER}\\a.txt"),
                             NameObject("/EF"): DictionaryObject(
                                 {NameObject("/F"): writer._add_object(attached)})})
    note = DictionaryObject({NameObject("/Type"): NameObject("/Annot"),
                             NameObject("/Subtype"): NameObject("/FileAttachment"),
                             NameObject("/Rect"): ArrayObject([FloatObject(0)] * 4),
                             NameObject("/FS"): writer._add_object(spec)})
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(note)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_loses_its_photos_exif_and_its_attached_files() -> None:
    from pypdf import PdfReader

    original = _pdf_with_photo_and_attachment()
    assert b"Exif" in original and b"attached by" in original
    cleaned = scrub(original, "application/pdf").data
    assert b"Exif" not in cleaned and b"attached by" not in cleaned and b"Users" not in cleaned
    page = PdfReader(io.BytesIO(cleaned)).pages[0]
    picture = page["/Resources"]["/XObject"]["/Im0"].get_object()
    with Image.open(io.BytesIO(picture._data)) as photo:
        assert photo.size == (16, 8)  # the picture is still there, and still a JPEG


def test_an_item_table_that_claims_endless_extents_is_refused_at_once() -> None:
    # 400 bytes claiming 40 items of 65,535 extents that take no bytes each: walked one by
    # one, seconds of a worker per download; refused as soon as the counts outrun the box.
    handler = _box(b"hdlr", bytes(8) + b"pict" + bytes(12) + b"\0")
    exif_entry = _box(b"infe", b"\x02\0\0\0" + struct.pack(">HH", 999, 0) + b"Exif\0")
    item_info = _box(b"iinf", bytes(4) + struct.pack(">H", 1) + exif_entry)
    items = b"".join(struct.pack(">HHHH", i + 1, 0, 0, 0xFFFF) for i in range(40))
    locations = _box(b"iloc", b"\x01\0\0\0" + b"\0\0" + struct.pack(">H", 40) + items)
    photo = _box(b"ftyp", b"heic\0\0\0\0mif1heic") + _box(b"meta", bytes(4) + handler + item_info + locations)
    with pytest.raises(ScrubError):
        scrub(photo, "image/heic")


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


@pytest.mark.parametrize("where", ["moov uuid", "top uuid", "minf udta", "fragment meta", "XMP_",
                                   "stale free"])
def test_video_metadata_wherever_it_sits_is_blanked(where: str) -> None:
    secret = _box(b"\xa9nam", OWNER.encode())
    mvhd = _box(b"mvhd", bytes(100))
    trak = _box(b"trak", _box(b"tkhd", bytes(84)) + _box(b"mdia", _box(b"minf", _box(b"udta", secret)))) \
        if where == "minf udta" else _box(b"trak", _box(b"tkhd", bytes(84)))
    extra = {"moov uuid": _box(b"uuid", bytes(16) + secret), "XMP_": _box(b"XMP_", OWNER.encode()),
             "stale free": _box(b"free", OWNER.encode())}.get(where, b"")
    moov = _box(b"moov", mvhd + trak + extra)
    top = _box(b"uuid", bytes(16) + secret) if where == "top uuid" else b""
    fragment = _box(b"moof", _box(b"meta", bytes(4) + secret)) if where == "fragment meta" else b""
    video = _box(b"ftyp", b"isom") + moov + top + fragment + _box(b"mdat", b"F" * 40)
    cleaned = scrub(video, "video/mp4").data
    assert OWNER.encode() not in cleaned and len(cleaned) == len(video)


def test_a_video_with_a_timed_metadata_track_is_refused() -> None:
    handler = _box(b"hdlr", bytes(8) + b"meta" + bytes(12))
    track = _box(b"trak", _box(b"tkhd", bytes(84)) + _box(b"mdia", handler))
    video = _box(b"ftyp", b"isom") + _box(b"moov", _box(b"mvhd", bytes(100)) + track) + _box(b"mdat", b"GPS")
    with pytest.raises(ScrubError):
        scrub(video, "video/mp4")


def test_a_broken_file_inside_is_refused_not_a_server_error() -> None:
    deflated = io.BytesIO()
    with zipfile.ZipFile(deflated, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("a.txt", b"evidence " * 200)
    broken = bytearray(deflated.getvalue())
    broken[40:48] = b"\xff" * 8  # inside the deflate stream
    with pytest.raises(ScrubError):
        scrub(_with_part(_docx(), "word/embeddings/e.zip", bytes(broken)), DOCX)


def _odt(parts: dict[str, bytes]) -> bytes:
    return _zip({"mimetype": b"application/vnd.oasis.opendocument.text", **parts})


def test_an_opendocument_file_loses_printer_paths_initials_and_its_objects_meta() -> None:
    office = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    settings = (f'<office:document-settings {office}><c n="PrinterName">{OWNER} on WANG-PC</c>'
                f'</office:document-settings>').encode()
    content = (f'<office:document-content {office} '
               f'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
               f'xmlns:xlink="http://www.w3.org/1999/xlink" '
               f'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               f'<meta:creator-initials>WXY</meta:creator-initials><text:sender-lastname>{OWNER}</text:sender-lastname>'
               f'<text:section xlink:href="file:///C:/Users/{OWNER}/part.odt"/></office:document-content>').encode()
    odt = _odt({"settings.xml": settings, "content.xml": content,
                "Object 1/meta.xml": f"<m>{OWNER}</m>".encode()})
    files = _members(_with_part(_docx(), "word/embeddings/a.odt", odt), "word/embeddings/a.odt")
    for name, body in files.items():
        assert OWNER.encode() not in body and b"WXY" not in body, name
    assert b"part.odt" in files["content.xml"]  # the link keeps the file's own name


def test_signed_files_are_refused_the_signature_names_the_signer() -> None:
    signature = f"<s><X509SubjectName>CN={OWNER}</X509SubjectName></s>".encode()
    odt = _odt({"META-INF/documentsignatures.xml": signature})
    with pytest.raises(ScrubError):
        scrub(_with_part(_docx(), "word/embeddings/a.odt", odt), DOCX)
    with pytest.raises(ScrubError):
        scrub(_with_part(_docx(), "_xmlsignatures/sig1.xml", f"<s>CN={OWNER}</s>".encode()), DOCX)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_picture_larger_than_any_photo_is_refused_before_it_is_decoded() -> None:
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, format="PNG")  # 144 megapixels in a few KB
    with pytest.raises(ScrubError):
        scrub(out.getvalue(), "image/png")
