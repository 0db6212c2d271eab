"""The copy staff open carries no metadata: EXIF/GPS in photos, authors in PDF and Office
files. Property tests: any bytes from outside are cleaned or refused, never crash."""

from __future__ import annotations

import contextlib
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, PngImagePlugin

from xunshi.security.scrub import ScrubError, scrub

AUTHOR = "举报人王秀英"


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (16, 8), "blue")
    exif = Image.Exif()
    exif[0x013B] = "Wang Xiuying"  # Artist
    exif[0x0112] = 6  # Orientation: rotate 90°
    gps = {1: "N", 2: (38.0, 42.0, 7.5), 3: "E", 4: (116.0, 5.0, 48.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), comment=b"Wang Xiuying phone")
    return out.getvalue()


def test_jpeg_loses_exif_gps_and_comment_but_stays_upright() -> None:
    original = _jpeg_with_gps()
    assert b"Wang Xiuying" in original
    cleaned = scrub(original, "image/jpeg")
    assert cleaned.cleaned and b"Wang Xiuying" not in cleaned.data
    image = Image.open(io.BytesIO(cleaned.data))
    assert not image.getexif() and "comment" not in image.info
    assert image.size == (8, 16)  # the EXIF rotation was applied before EXIF was dropped


def test_png_text_chunks_go() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", AUTHOR)
    info.add_itxt("Description", AUTHOR)
    out = io.BytesIO()
    Image.new("RGBA", (3, 3), (1, 2, 3, 4)).save(out, format="PNG", pnginfo=info)
    cleaned = scrub(out.getvalue(), "image/png").data
    assert AUTHOR.encode() not in cleaned and AUTHOR.encode("utf-8") not in cleaned
    assert Image.open(io.BytesIO(cleaned)).getpixel((1, 1)) == (1, 2, 3, 4)


def test_pdf_info_and_xmp_go() -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Author": AUTHOR, "/Creator": "WPS 张三的电脑", "/Title": "举报材料"})
    xmp = DecodedStreamObject()
    xmp.set_data(f"<x:xmpmeta><dc:creator>{AUTHOR}</dc:creator></x:xmpmeta>".encode())
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    out = io.BytesIO()
    writer.write(out)
    cleaned = scrub(out.getvalue(), "application/pdf").data
    reader = PdfReader(io.BytesIO(cleaned))
    assert len(reader.pages) == 1
    meta = reader.metadata or {}
    assert "/Author" not in meta and "/Creator" not in meta and "/Title" not in meta
    assert "/Metadata" not in reader.trailer["/Root"]
    assert AUTHOR.encode("utf-16-be") not in cleaned and AUTHOR.encode() not in cleaned


def test_docx_authors_go() -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = AUTHOR
    document.core_properties.last_modified_by = AUTHOR
    document.core_properties.comments = "内部"
    document.add_paragraph("反映内容：某局长收受礼金。")
    out = io.BytesIO()
    document.save(out)
    cleaned = scrub(out.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert cleaned.cleaned
    with zipfile.ZipFile(io.BytesIO(cleaned.data)) as archive:
        for name in archive.namelist():
            assert AUTHOR.encode() not in archive.read(name), name
    reopened = docx.Document(io.BytesIO(cleaned.data))
    assert reopened.core_properties.author == "" and "收受礼金" in reopened.paragraphs[0].text


def test_xlsx_authors_go() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.properties.creator = AUTHOR
    book.properties.lastModifiedBy = AUTHOR
    book.active["A1"] = "金额"
    out = io.BytesIO()
    book.save(out)
    cleaned = scrub(out.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").data
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        assert all(AUTHOR.encode() not in archive.read(n) for n in archive.namelist())
    assert openpyxl.load_workbook(io.BytesIO(cleaned)).active["A1"].value == "金额"


def test_types_without_document_metadata_pass_through() -> None:
    assert scrub(b"plain text", "text/plain").cleaned is False


MEDIA = st.sampled_from(
    [
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "image/tiff",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.binary(max_size=2048), media=MEDIA)
def test_any_bytes_are_cleaned_or_refused_never_crash(data: bytes, media: str) -> None:
    with contextlib.suppress(ScrubError):
        scrub(data, media)


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from(
        [b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"PK\x03\x04", b"GIF89a"]
    ),
    tail=st.binary(max_size=1024),
)
def test_truncated_and_mangled_files_never_crash(prefix: bytes, tail: bytes) -> None:
    for media in ("image/jpeg", "image/png", "application/pdf", "image/gif"):
        with contextlib.suppress(ScrubError):
            scrub(prefix + tail, media)


@pytest.mark.parametrize("size", [(1, 1), (200, 3)])
def test_palette_and_animated_gifs_survive(size: tuple[int, int]) -> None:
    frames = [Image.new("RGB", size, colour).convert("P") for colour in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], comment=AUTHOR.encode())
    cleaned = scrub(out.getvalue(), "image/gif").data
    image = Image.open(io.BytesIO(cleaned))
    assert image.size == size and getattr(image, "n_frames", 1) == 3
    assert AUTHOR.encode() not in cleaned


def _with_part(container: bytes, name: str, body: bytes) -> bytes:
    """The Office file `container` with one more part, as Word stores an embedded object."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(container)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr(name, body)
    return out.getvalue()


def _docx(text: str = "反映内容见附表。") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_workbook_embedded_in_a_letter_loses_its_author_too() -> None:
    import openpyxl

    from tests.security.olefiles import SUMMARY_FMTID, compound_file, property_set

    book = openpyxl.Workbook()
    book.properties.creator = AUTHOR
    book.active["A1"] = "补贴名单"
    sheet = io.BytesIO()
    book.save(sheet)
    legacy = compound_file({"\x05SummaryInformation": property_set(SUMMARY_FMTID, {4: AUTHOR})})
    letter = _with_part(_docx(), "word/embeddings/Microsoft_Excel_Worksheet.xlsx", sheet.getvalue())
    letter = _with_part(letter, "word/embeddings/oleObject1.bin", legacy)
    cleaned = scrub(letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    with zipfile.ZipFile(io.BytesIO(cleaned.data)) as archive:
        inner = archive.read("word/embeddings/Microsoft_Excel_Worksheet.xlsx")
        ole = archive.read("word/embeddings/oleObject1.bin")
    with zipfile.ZipFile(io.BytesIO(inner)) as sheet_archive:
        assert all(AUTHOR.encode() not in sheet_archive.read(n) for n in sheet_archive.namelist())
    assert openpyxl.load_workbook(io.BytesIO(inner)).active["A1"].value == "补贴名单"
    assert not any(form in ole for form in (AUTHOR.encode("utf-16-le"), AUTHOR.encode("gb18030")))
    assert len(ole) == len(legacy)  # a compound file is cleaned in place


def _nested(levels: int) -> bytes:
    nested = _docx()
    for _ in range(levels):
        nested = _with_part(_docx(), "word/embeddings/Microsoft_Word_Document.docx", nested)
    return nested


def test_office_files_nested_four_deep_are_cleaned_and_deeper_refused() -> None:
    docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert scrub(_nested(4), docx_type).cleaned
    with pytest.raises(ScrubError):
        scrub(_nested(5), docx_type)


def test_an_embedded_office_file_is_known_by_its_content_not_its_name() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.properties.creator = AUTHOR
    sheet = io.BytesIO()
    book.save(sheet)
    letter = _with_part(_docx(), "word/embeddings/package", sheet.getvalue())
    letter = _with_part(letter, "word/embeddings/drawing.vsdx", sheet.getvalue())
    cleaned = scrub(letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    with zipfile.ZipFile(io.BytesIO(cleaned.data)) as archive:
        for name in ("word/embeddings/package", "word/embeddings/drawing.vsdx"):
            with zipfile.ZipFile(io.BytesIO(archive.read(name))) as inner:
                assert all(AUTHOR.encode() not in inner.read(n) for n in inner.namelist()), name


def test_the_unpacked_size_is_counted_over_every_embedded_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from xunshi.security import scrub as scrubbing

    # A bare letter unpacks to about 0.8 MB: each file below alone stays under 1.5 MB.
    monkeypatch.setattr(scrubbing, "_MAX_UNPACKED_BYTES", 1_500_000)
    part = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx())) as source, \
            zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("word/media/padding.bin", bytes(100_000))
    letter = _docx()
    for n in range(3):  # three of them: over it together
        letter = _with_part(letter, f"word/embeddings/Microsoft_Word_Document{n}.docx", part.getvalue())
    with pytest.raises(ScrubError):
        scrub(letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def test_an_embedded_ole_package_is_refused_not_served() -> None:
    from tests.security.olefiles import compound_file

    # A file inserted as an object: Word wraps it with the path it came from.
    path = "C:\\Users\\王秀英\\举报材料.pdf".encode("gbk")
    package = compound_file({"\x01Ole10Native": b"\x00" * 8 + path})
    letter = _with_part(_docx(), "word/embeddings/oleObject1.bin", package)
    with pytest.raises(ScrubError):
        scrub(letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _authored_docx() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.author = AUTHOR
    document.add_paragraph("收款明细见附件。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _authored_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.add_metadata({"/Author": AUTHOR})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip(files: dict[str, bytes], *, comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 3, 8, 21, 15, 0)), body)
        archive.comment = comment
    return out.getvalue()


def _every_file(data: bytes) -> dict[str, bytes]:
    """Every file inside a zip, and inside the zips inside it, by its path."""
    found: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            body = archive.read(info)
            found[info.filename] = body
            assert info.date_time == (1980, 1, 1, 0, 0, 0), info.filename
            if body[:4] == b"PK\x03\x04":
                found.update({f"{info.filename}/{k}": v for k, v in _every_file(body).items()})
    return found


def test_a_zip_of_evidence_inside_a_letter_is_cleaned_file_by_file() -> None:
    from pypdf import PdfReader

    evidence = _zip({
        "收据.docx": _authored_docx(),
        "现场.jpg": _jpeg_with_gps(),
        "账目.pdf": _authored_pdf(),
        "说明.txt": "三月八日晚，在镇政府食堂。".encode(),
        "更多/补充.zip": _zip({"名单.docx": _authored_docx()}),
    }, comment=f"{AUTHOR}的电脑".encode())
    letter = _with_part(_docx(), "word/embeddings/evidence.zip", evidence)
    cleaned = scrub(letter, DOCX)
    assert cleaned.cleaned
    with zipfile.ZipFile(io.BytesIO(cleaned.data)) as archive:
        inner = archive.read("word/embeddings/evidence.zip")
    files = _every_file(inner)
    assert {"收据.docx", "现场.jpg", "账目.pdf", "说明.txt", "更多/补充.zip"} <= files.keys()
    for path, body in files.items():
        assert AUTHOR.encode() not in body and AUTHOR.encode("utf-16-be") not in body, path
    assert AUTHOR.encode() not in inner  # the archive's own comment is gone too
    assert files["说明.txt"].decode() == "三月八日晚，在镇政府食堂。"
    with Image.open(io.BytesIO(files["现场.jpg"])) as photo:
        assert not photo.getexif() and b"Wang Xiuying" not in files["现场.jpg"]
    assert "/Author" not in (PdfReader(io.BytesIO(files["账目.pdf"])).metadata or {})


def test_an_opendocument_file_inside_loses_its_author_and_its_change_authors() -> None:
    meta = (f'<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            f'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
            f'<meta:initial-creator>{AUTHOR}</meta:initial-creator><dc:creator>{AUTHOR}</dc:creator>'
            f'</office:meta></office:document-meta>').encode()
    content = (f'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               f'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               f'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text>'
               f'<text:tracked-changes><text:changed-region text:id="c1"><text:insertion>'
               f'<office:change-info><dc:creator>{AUTHOR}</dc:creator><dc:date>2024-03-08T21:15:00</dc:date>'
               f'</office:change-info></text:insertion></text:changed-region></text:tracked-changes>'
               f'<text:p>镇长收受礼金。</text:p></office:text></office:body></office:document-content>').encode()
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "meta.xml": meta,
                "content.xml": content, "META-INF/manifest.xml": b"<manifest/>"})
    letter = _with_part(_docx(), "word/embeddings/oleObject1.odt", odt)
    with zipfile.ZipFile(io.BytesIO(scrub(letter, DOCX).data)) as archive:
        inner = archive.read("word/embeddings/oleObject1.odt")
    with zipfile.ZipFile(io.BytesIO(inner)) as cleaned:
        first = cleaned.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        text = cleaned.read("content.xml").decode()
        assert AUTHOR not in text and "2024-03-08" not in text and "镇长收受礼金。" in text
        assert AUTHOR.encode() not in cleaned.read("meta.xml")


def test_a_pdf_stored_as_a_part_loses_its_author() -> None:
    from pypdf import PdfReader

    letter = _with_part(_docx(), "word/embeddings/账目", _authored_pdf())
    with zipfile.ZipFile(io.BytesIO(scrub(letter, DOCX).data)) as archive:
        part = archive.read("word/embeddings/账目")
    assert "/Author" not in (PdfReader(io.BytesIO(part)).metadata or {})


@pytest.mark.parametrize("stream, body", [
    ("CONTENTS", b"%PDF-1.7\n"),  # an Acrobat object
    ("Package", b"PK\x03\x04"),  # an Office 2007 object
])
def test_an_object_holding_a_document_it_cannot_clean_in_place_is_refused(stream: str, body: bytes) -> None:
    from tests.security.olefiles import compound_file

    obj = compound_file({stream: body + AUTHOR.encode()})
    with pytest.raises(ScrubError):
        scrub(_with_part(_docx(), "word/embeddings/oleObject1.bin", obj), DOCX)
    with pytest.raises(ScrubError):
        scrub(obj, "application/msword")  # a legacy file of its own carrying one too


def test_archives_nested_past_the_limit_are_refused() -> None:
    nested = _zip({"a.txt": b"x"})
    for _ in range(5):
        nested = _zip({"inner.zip": nested})
    with pytest.raises(ScrubError):
        scrub(_with_part(_docx(), "word/embeddings/evidence.zip", nested), DOCX)
