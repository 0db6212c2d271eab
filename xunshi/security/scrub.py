"""The copy staff open: attachments without their metadata (EXIF, GPS, authors, software).

GlobaLeaks and SecureDrop hand files over as received; here the original stays sealed on
disk, and the workbench serves a cleaned copy made on the fly. A file that cannot be
cleaned is served as received only for types that carry no document metadata.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

IMAGE_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
}
OOXML_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    b' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    b' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>'
)
EMPTY_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"></Properties>'
)
EMPTY_PEOPLE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>'
)
EMPTY_CUSTOM = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
    b'"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>'
)
# The name left where the format requires one (a tracked change, a comment, a person).
NEUTRAL_AUTHOR = "作者"
# Attributes naming whoever edited, by local name, whatever the prefix or namespace
# (Word w:/w15:, strict OOXML, Excel, PowerPoint): who -> the neutral name, the rest -> gone
# (all are optional where they occur) or blanked where required.
_WHO = {"author", "refreshedBy", "userName"}
_DROP = {"date", "dateUtc", "dT", "dt", "userId", "providerId"}
_BLANK = {"initials"}
# Elements whose `name`/`displayName` attribute is a person: Excel persons and shared-workbook
# users, PowerPoint comment authors (legacy and modern).
_PERSON_ELEMENTS = {"person", "userInfo", "cmAuthor", "author"}
# Revision-session ids: random, but the same ids in two files tie them to one editor's history.
_RSID = re.compile(r"^rsid")
# A part is parsed only if one of these can be in it (big sheets need not be); a part not in
# UTF-8 is always parsed, since these bytes would not show there.
_TRIGGERS = (
    b"author",
    b"Author",
    b"date",
    b"Date",
    b"dT=",
    b"user",
    b"User",
    b"refreshedBy",
    b"rsid",
    b"initials",
    b"displayName",
    b"absPath",
    b"<author",
)
_XML_PARSER_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False}
# A small compressed file can unpack to gigabytes (a zip bomb) in a staff worker's memory;
# real Office files of the portal's attachment size unpack to a few dozen MB at most. The
# declared sizes bound what zipfile will inflate, so checking them before reading suffices.
_MAX_UNPACKED_BYTES = 256 * 1024 * 1024
_MAX_PIXELS = 120_000_000
_OLE_PACKAGE_STREAMS = ("\x01ole10native", "\x01ole10nativetemp")
# An embedded file inside an embedded file inside…: real letters nest one or two deep.
_MAX_NESTING = 4
# A Windows or file: path in a relationship (attached template, linked file) names the user's
# folder (C:\Users\王秀英\…); only the file's own name is kept.
_LOCAL_TARGET = re.compile(r"^(file:|[A-Za-z]:[\\/]|\\\\)", re.IGNORECASE)


class ScrubError(ValueError):
    """The file could not be parsed for cleaning."""


@dataclass(frozen=True)
class Cleaned:
    data: bytes
    cleaned: bool  # False: served as received (no metadata format we know of)


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_TYPES = {"application/msword", "application/vnd.ms-excel", "application/x-ole-storage"}
HEIF_TYPES = {"image/heic", "image/heif", "image/avif"}
VIDEO_TYPES = {"video/mp4", "video/quicktime", "video/3gpp"}
AUDIO_TYPES = {"audio/mpeg", "audio/x-wav", "audio/wav", "audio/mp4", "audio/m4a", "audio/x-m4a"}
# Property-set streams of a compound file: title, author, last saved by, company, manager.
_SUMMARY_STREAMS = ("\x05SummaryInformation", "\x05DocumentSummaryInformation")
_XLS_WRITEACCESS = 0x005C  # BIFF record holding the user name of whoever last saved the book


def scrub(data: bytes, media_type: str) -> Cleaned:
    """The copy staff may open, or ScrubError: whatever goes wrong in a parser (a damaged
    deflate stream, a name in a broken encoding, a seek past the start) refuses the file,
    since its metadata could not be taken out."""
    try:
        return _scrub(data, media_type)
    except ScrubError:
        raise
    except Exception as exc:  # any parser failure means "not cleaned"
        raise ScrubError(f"file cannot be cleaned: {type(exc).__name__}: {exc}") from exc


def _scrub(data: bytes, media_type: str) -> Cleaned:
    if media_type in OLE_TYPES or data[:8] == OLE_MAGIC:
        return Cleaned(scrub_ole(data), True)
    if media_type in AUDIO_TYPES:
        return Cleaned(scrub_audio(data), True)
    if media_type in HEIF_TYPES:
        return Cleaned(scrub_heif(data), True)
    if media_type in VIDEO_TYPES:
        return Cleaned(scrub_video(data), True)
    if media_type in IMAGE_FORMATS:
        return Cleaned(scrub_image(data, IMAGE_FORMATS[media_type]), True)
    if media_type == "application/pdf":
        return Cleaned(scrub_pdf(data), True)
    if media_type in OOXML_TYPES:
        return Cleaned(scrub_ooxml(data), True)
    return Cleaned(data, False)


def scrub_image(data: bytes, fmt: str, *, budget: list[int] | None = None) -> bytes:
    """Re-encode the pixels only: EXIF (with GPS), XMP, IPTC, comments and text chunks go.

    The picture is decoded in memory: a few hundred bytes of PNG can claim 13,000 × 13,000
    pixels, so its size is checked first (108-megapixel phone photos pass), and inside an
    Office file or archive its decoded bytes count against that file's unpacked budget."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > _MAX_PIXELS:
                raise ScrubError(f"image of {width}×{height} pixels is larger than any photo")
            if budget is not None:
                budget[0] -= width * height * len(image.getbands())
                if budget[0] < 0:
                    raise ScrubError("pictures inside unpack to more than the budget")
            image.load()
            count = getattr(image, "n_frames", 1) if fmt in {"GIF", "WEBP", "TIFF"} else 1
            frames = []
            for index in range(count):
                image.seek(index)
                frames.append(_bare(image))
            if count == 1:
                # Apply the EXIF orientation before dropping EXIF, so the picture stays upright.
                frames = [_bare(ImageOps.exif_transpose(image))]
            first = frames[0]
            options: dict[str, object] = {}
            if fmt == "JPEG":
                options = {"quality": 92}
                if first.mode not in {"RGB", "L", "CMYK"}:
                    first = first.convert("RGB")
            out = io.BytesIO()
            if len(frames) > 1:
                first.save(out, format=fmt, save_all=True, append_images=frames[1:], **options)
            else:
                first.save(out, format=fmt, **options)
    except ScrubError:
        raise
    except Exception as exc:
        raise ScrubError(f"image cannot be cleaned: {exc}") from exc
    return out.getvalue()


def _bare(frame: Image.Image) -> Image.Image:
    """A new image with the same pixels (and palette) and nothing else."""
    clean = Image.frombytes(frame.mode, frame.size, frame.tobytes())
    if frame.mode in {"P", "PA"}:
        palette = frame.getpalette()
        if palette:
            clean.putpalette(palette)
        transparency = frame.info.get("transparency")
        if isinstance(transparency, int):
            clean.info["transparency"] = transparency
    return clean


def scrub_pdf(data: bytes) -> bytes:
    """Rewrite the pages into a new document without the info dictionary and XMP."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ScrubError("encrypted PDF")
        writer = PdfWriter()
        for page in reader.pages:
            annots = page.get("/Annots")
            if annots is not None:
                # A file attached to a page: its bytes, and the path it came from. Dropped
                # before the page is copied, so the copy never reaches them.
                kept = [a for a in annots.get_object() if a.get_object().get("/Subtype") != "/FileAttachment"]
                page[NameObject("/Annots")] = ArrayObject(kept)
            writer.add_page(page)
        seen: set[int] = set()
        for page in writer.pages:
            page.pop(NameObject("/Metadata"), None)
            page.pop(NameObject("/PieceInfo"), None)
            page.pop(NameObject("/AF"), None)
            _bare_pictures(page.get("/Resources"), seen)
        writer._root_object.pop(NameObject("/Metadata"), None)
        writer._root_object.pop(NameObject("/PieceInfo"), None)
        writer.metadata = None
        out = io.BytesIO()
        writer.write(out)
    except ScrubError:
        raise
    except Exception as exc:
        raise ScrubError(f"PDF cannot be cleaned: {exc}") from exc
    return out.getvalue()


def _bare_pictures(resources: Any, seen: set[int]) -> None:
    """The pictures of a page (and of the forms it draws): their XMP and PieceInfo go, and a
    JPEG keeps no EXIF (a phone photo pasted into a PDF carries its GPS in there)."""
    from pypdf.generic import NameObject

    if resources is None:
        return
    xobjects = resources.get_object().get("/XObject")
    if xobjects is None:
        return
    for ref in xobjects.get_object().values():
        obj = ref.get_object()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        obj.pop(NameObject("/Metadata"), None)
        obj.pop(NameObject("/PieceInfo"), None)
        if obj.get("/Subtype") == "/Form":
            _bare_pictures(obj.get("/Resources"), seen)
            continue
        filters = obj.get("/Filter")
        names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
        if names == ["/DCTDecode"]:
            obj._data = _jpeg_without_metadata(obj._data)


# JPEG segments that describe the picture (JFIF, the ICC colour profile, Adobe's colour
# transform) stay; EXIF/XMP (APP1), IPTC (APP13), the others and comments go.
_JPEG_KEEP = {0xE0, 0xE2, 0xEE}


def _jpeg_without_metadata(data: bytes) -> bytes:
    if data[:2] != b"\xff\xd8":
        return data
    out = bytearray(data[:2])
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise ScrubError("JPEG segment without a marker")
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the picture itself, to the end
            return bytes(out + data[pos:])
        size = int.from_bytes(data[pos + 2:pos + 4], "big")
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE) or marker in _JPEG_KEEP:
            out += data[pos:pos + 2 + size]
        pos += 2 + size
    raise ScrubError("JPEG without its picture")


def scrub_ooxml(data: bytes, *, depth: int = 0, budget: list[int] | None = None) -> bytes:
    """Word, Excel, PowerPoint: empty docProps, and no editor left in revisions or comments.

    The text stays, tracked insertions and deletions included; only who made them (and
    when) goes: authors become 作者, initials empty, dates, user ids, session ids (rsid)
    and Excel's absolute path go; the people lists are emptied or neutralised, custom XML
    data parts keep only their root element. A workbook or document embedded in it (a
    sheet pasted into a Word letter) carries its own author and is cleaned the same way.
    """
    return _rewrite_zip(data, _clean_part, depth=depth, budget=budget, what="Office file")


Cleaner = Callable[[str, bytes, int, list[int]], bytes]


def _rewrite_zip(data: bytes, clean: Cleaner, *, depth: int, budget: list[int] | None, what: str,
                 stored_first: str | None = None) -> bytes:
    """The zip `data` rebuilt from its files, each passed through `clean` (name, body,
    depth, budget), with no entry dates or comments (when, and on whose machine).
    `stored_first`: a file that must stay first and uncompressed (OpenDocument's mimetype)."""
    if depth > _MAX_NESTING:
        raise ScrubError(f"{what}s nested more than {_MAX_NESTING} deep")
    # One budget for the file and everything embedded in it: six sheets of 200 MB each
    # inside a 5 KB letter are refused as one 1.2 GB file would be.
    budget = budget if budget is not None else [_MAX_UNPACKED_BYTES]
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        budget[0] -= sum(info.file_size for info in source.infolist())
        if budget[0] < 0:
            raise ScrubError(f"{what} unpacks to more than {_MAX_UNPACKED_BYTES // 1048576} MB")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                if info.is_dir():
                    continue
                body = clean(info.filename, source.read(info), depth, budget)
                fresh = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
                fresh.compress_type = zipfile.ZIP_STORED if info.filename == stored_first \
                    else zipfile.ZIP_DEFLATED
                target.writestr(fresh, body)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ScrubError(f"{what} cannot be cleaned: {exc}") from exc
    return out.getvalue()


def _clean_part(name: str, body: bytes, depth: int = 0, budget: list[int] | None = None) -> bytes:
    lower = name.lower()
    if lower.startswith("_xmlsignatures/"):
        raise ScrubError("a signed Office file: the signature names its signer")
    if body[:4] == ZIP_MAGIC or body[:8] == OLE_MAGIC or body[:5] == PDF_MAGIC:
        # An embedded workbook, document, legacy .xls/.doc object, PDF or zip, whatever its
        # name (word/embeddings/package, .xlsb, .vsdx): cleaned as a file of its own.
        return _clean_member(name, body, depth, budget)
    if lower == "docprops/core.xml":
        return EMPTY_CORE
    if lower == "docprops/app.xml":
        return EMPTY_APP
    if lower == "docprops/custom.xml":
        return EMPTY_CUSTOM
    if lower == "word/people.xml":
        return EMPTY_PEOPLE
    if re.fullmatch(r"customxml/item\d*\.xml", lower):
        return _root_only(body)
    if lower.endswith(".rels"):
        return _local_targets_named_only(body)
    if lower.endswith(".xml") and _may_name_someone(body):
        return _neutral_authors(body)
    # A phone photo pasted into a report keeps its EXIF (GPS, camera owner) inside the file.
    return _clean_member(name, body, depth, budget)


# Media a file inside another may be without a metadata format to take out.
_NO_METADATA = {"image/bmp", "image/x-icon", "image/vnd.microsoft.icon", "audio/amr"}


def _clean_member(name: str, body: bytes, depth: int = 0, budget: list[int] | None = None) -> bytes:
    """A file inside an Office file or an archive, cleaned by what it is, not by its name
    (a photo called 收据 or IMG_0001.HEIC): as it would be on its own. Media of a kind no
    cleaner reads (a RAW photo, an MKV video, an Ogg recording) refuse the whole file;
    anything else (text, a spreadsheet's XML data, an unknown format) is content."""
    import filetype

    if _is_ooxml(body):
        return scrub_ooxml(body, depth=depth + 1, budget=budget)
    if body[:8] == OLE_MAGIC:
        return scrub_ole(body)
    if body[:5] == PDF_MAGIC:
        return scrub_pdf(body)
    if body[:4] == ZIP_MAGIC:
        # A zip of evidence or an OpenDocument file: each file in it is cleaned.
        return scrub_archive(body, depth=depth + 1, budget=budget)
    kind = filetype.guess(body)
    mime = str(kind.mime) if kind is not None else ""
    if mime in IMAGE_FORMATS:
        return scrub_image(body, IMAGE_FORMATS[mime], budget=budget)
    if mime in HEIF_TYPES:
        return scrub_heif(body)
    if mime in VIDEO_TYPES or mime == "video/x-m4v":
        return scrub_video(body)
    if mime in AUDIO_TYPES:
        return scrub_audio(body)
    if mime.startswith(("image/", "video/", "audio/")) and mime not in _NO_METADATA:
        raise ScrubError(f"{name}: a {mime} file inside cannot be cleaned")
    return body


def scrub_archive(data: bytes, *, depth: int = 0, budget: list[int] | None = None) -> bytes:
    """A plain zip, or an OpenDocument file, found inside an Office file: every file in it is
    cleaned as it would be on its own (Office files, PDFs, photos, archives inside, an
    OpenDocument file's metadata and its change and comment authors); other files stay as
    they are. Entry dates and comments go: they tell when and on whose machine it was made.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as probe:
            odf = "mimetype" in probe.namelist() and probe.read("mimetype").startswith(_ODF_MIMETYPE)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ScrubError(f"archive cannot be cleaned: {exc}") from exc
    if odf:
        return _rewrite_zip(data, _clean_odf_part, depth=depth, budget=budget, what="OpenDocument file",
                            stored_first="mimetype")
    # Evidence, not an Office package: its XML is content, cleaned files are not.
    return _rewrite_zip(data, _clean_member, depth=depth, budget=budget, what="archive")


# OpenDocument (LibreOffice, WPS's .odt): meta.xml names the author and who printed it;
# tracked changes and comments name their author and date as element text.
EMPTY_ODF_META = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2">'
    b"<office:meta/></office:document-meta>"
)
_ODF_MIMETYPE = b"application/vnd.oasis.opendocument"
EMPTY_ODF_SETTINGS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>'
)
_ODF_BLANK_ATTRS = {"creator-initials", "sender-initials", "initials", "author-name", "author-initials"}
# Digital signatures carry the signer's certificate (name, organisation): such a file is
# refused, as a signature cannot be kept without it.
_SIGNATURE_PARTS = {"documentsignatures.xml", "macrosignatures.xml", "packagesignatures.xml"}
_ODF_WHO = {"creator", "initial-creator", "printed-by"}
_ODF_WHEN = {"date", "creation-date", "print-date"}
_ODF_NEUTRAL_DATE = "2000-01-01T00:00:00"


def _clean_odf_part(name: str, body: bytes, depth: int, budget: list[int]) -> bytes:
    leaf = name.rsplit("/", 1)[-1]
    if leaf == "meta.xml":
        return EMPTY_ODF_META  # the document's, and each embedded object's (Object 1/meta.xml)
    if leaf == "settings.xml":
        return EMPTY_ODF_SETTINGS  # printer names (… on WANG-PC), mail-merge database paths
    if leaf in _SIGNATURE_PARTS:
        raise ScrubError("a signed file: the signature names its signer")
    if name.lower().endswith(".xml") and name != "META-INF/manifest.xml":
        root = _parse(body)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            local = _local(element.tag)
            if local in _ODF_WHO:
                element.text = NEUTRAL_AUTHOR
            elif local in _ODF_WHEN and ("purl.org/dc" in str(element.tag) or "meta" in str(element.tag)):
                element.text = _ODF_NEUTRAL_DATE
            elif local.startswith(("sender-", "author-")) or local in _ODF_BLANK_ATTRS:
                element.text = ""  # initials, and the fields the writer's profile fills (发件人, 作者)
            for attr in list(element.attrib):
                key = _local(attr)
                if key in _ODF_BLANK_ATTRS:
                    element.set(attr, "")
                elif key == "href" and _LOCAL_TARGET.match(element.get(attr) or ""):
                    element.set(attr, re.split(r"[\\/]", element.get(attr) or "")[-1])
        return _serialise(root)
    return _clean_member(name, body, depth, budget)


def _is_ooxml(body: bytes) -> bool:
    """A zip package with Office's content-types part: a document, sheet, deck or drawing."""
    if body[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as package:
            return "[Content_Types].xml" in package.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False


def _refuse_objects_within(ole: Any) -> None:
    """Objects a compound file carries that cannot be cleaned in place are refused, not served:
    an OLE package (Ole10Native: any file wrapped with the path it was inserted from,
    C:\\Users\\名字\\…), an Acrobat object (a PDF in its CONTENTS stream) or an Office 2007
    object (a zip in its Package stream). The file inside keeps its author, and a stream
    cannot shrink in place to take a cleaned copy."""
    for entry in ole.listdir(streams=True, storages=False):
        if entry[-1].lower() in _OLE_PACKAGE_STREAMS:
            raise ScrubError("an OLE package (a file wrapped with its original path) cannot be cleaned")
        head = ole.openstream(entry).read(5)
        if head.startswith(PDF_MAGIC) or head.startswith(ZIP_MAGIC):
            raise ScrubError("an embedded object holding a PDF or Office file cannot be cleaned in place")


def _may_name_someone(body: bytes) -> bool:
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:200]:
        return True
    return any(trigger in body for trigger in _TRIGGERS)


def _parse(body: bytes) -> Any:
    from lxml import etree

    try:
        return etree.fromstring(body, etree.XMLParser(**_XML_PARSER_OPTIONS))
    except etree.XMLSyntaxError as exc:
        # A part we cannot read could hold a name we cannot remove: refuse the file.
        raise ScrubError(f"Office part cannot be parsed: {exc}") from exc


def _serialise(root: Any) -> bytes:
    from lxml import etree

    result: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return result


def _local(tag: object) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def _neutral_authors(body: bytes) -> bytes:
    root = _parse(body)
    # Excel's notes (xl/comments1.xml, or xl/comments/comment1.xml from other writers) list
    # their authors as element text.
    legacy_comments = _local(root.tag) == "comments" and "spreadsheetml" in str(root.tag)
    authors: list[str] = []
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        local = _local(element.tag)
        if local == "rsids":
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        if local == "absPath":
            element.set("url", "")
        for attr in list(element.attrib):
            key = _local(attr)
            if key in _WHO:
                element.set(attr, NEUTRAL_AUTHOR)
            elif key in _DROP:
                del element.attrib[attr]
            elif key in _BLANK:
                element.set(attr, "")
            elif _RSID.match(key) and "wordprocessingml" in str(attr):
                del element.attrib[attr]
            elif key in {"name", "displayName"} and local in _PERSON_ELEMENTS:
                element.set(attr, NEUTRAL_AUTHOR)
        if legacy_comments and local == "author" and not len(element):
            if element.text:
                authors.append(element.text)
            element.text = NEUTRAL_AUTHOR
    if legacy_comments and authors:
        _drop_author_prefixes(root, authors)
    return _serialise(root)


def _drop_author_prefixes(root: Any, authors: list[str]) -> None:
    """Excel starts a note's text with its author's name and a colon ("王秀英:"); that goes."""
    prefixes = sorted({a for a in authors if a}, key=len, reverse=True)
    for element in root.iter():
        if not isinstance(element.tag, str) or _local(element.tag) != "text":
            continue
        first = next((t for t in element.iter() if isinstance(t.tag, str) and _local(t.tag) == "t"), None)
        if first is None or not first.text:
            continue
        for author in prefixes:
            for colon in (":", "："):
                if first.text.startswith(author + colon):
                    first.text = first.text[len(author) + 1 :].lstrip("\n")
                    break
            else:
                continue
            break


def _root_only(body: bytes) -> bytes:
    from lxml import etree

    root = _parse(body)
    return _serialise(etree.Element(root.tag, nsmap=root.nsmap))


def _local_targets_named_only(body: bytes) -> bytes:
    root = _parse(body)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        target = element.get("Target")
        if target and _LOCAL_TARGET.match(target):
            element.set("Target", re.split(r"[\\/]", target)[-1])
    return _serialise(root)


def scrub_ole(data: bytes) -> bytes:
    """Legacy Office (.doc/.xls): empty the summary property sets, blank Excel's WriteAccess.

    A compound file's streams cannot change size in place, so each property set is
    replaced by a valid empty set of the same type, padded to the old length; Excel's
    last-saved-by name is overwritten with spaces, and so are the people Word keeps in its
    table stream (revision and comment authors, comment initials, who saved it where).
    """
    import olefile

    if data[:8] != OLE_MAGIC:
        raise ScrubError("not a compound (OLE) file")
    buffer = io.BytesIO(data)
    try:
        ole = olefile.OleFileIO(buffer, write_mode=True)
        try:
            _refuse_objects_within(ole)
            # The file's own streams, and those of every object it embeds (a sheet in a
            # letter: ObjectPool/_1234/…, MBD0001/…), which carry their own authors.
            for path in ole.listdir(streams=True, storages=False):
                name, folder = path[-1], path[:-1]
                if name in _SUMMARY_STREAMS:
                    ole.write_stream(path, _empty_property_set(ole.openstream(path).read()))
                elif name == "WordDocument":
                    _clean_word_streams(ole, folder)
                elif name in ("Workbook", "Book"):
                    book = ole.openstream(path).read()
                    cleaned = _blank_write_access(book)
                    if cleaned != book:
                        ole.write_stream(path, cleaned)
        finally:
            ole.close()
    except ScrubError:
        raise
    except Exception as exc:
        raise ScrubError(f"Office file cannot be cleaned: {exc}") from exc
    return buffer.getvalue()


def _clean_word_streams(ole: Any, folder: list[str]) -> None:
    word = ole.openstream([*folder, "WordDocument"]).read()
    table_name = _word_table_stream(word)
    table_path = [*folder, table_name]
    if not ole.exists("/".join(table_path)):
        raise ScrubError(f"Word file without its table stream {table_name}")
    table = ole.openstream(table_path).read()
    cleaned = _blank_word_people(word, table)
    if cleaned != table:
        ole.write_stream(table_path, cleaned)
    other = [*folder, "0Table" if table_name == "1Table" else "1Table"]
    if ole.exists("/".join(other)):
        # The table stream the file does not use: an older save's tables, names and all.
        ole.write_stream(other, bytes(ole.get_size("/".join(other))))


# Word's file information block (FIB, [MS-DOC] 2.5.1): where the table stream keeps the
# structures that name people, by their index among the FIB's (offset, length) pairs.
_FIB_IDENT = 0xA5EC
_FIB_ENCRYPTED, _FIB_TABLE_1 = 0x0100, 0x0200
_FIB_WORD97 = 0x00C0  # Word 97 and later (0x00C0: Windows' empty "new document"); older files differ
_STTB_PEOPLE = (32, 51, 71, 72, 144)  # SttbfAssoc (author…), SttbfRMark (revision authors),
#   SttbSavedBy (who saved it, to which path), SttbFnm (linked paths), SttbProtUser (who may
#   edit a protected range)
_ZEROED = (94, 97, 127)  # RmdThreading, MsoEnvelope (a mailed document's thread and envelope),
#                          ODSO (a mail merge's data source)
_ATRD_EXTRA, _ATRD_EXTRA_SIZE = 112, 18  # AtrdExtra: each comment's date
_XST_PEOPLE = (35, 36)  # AutosaveSource (a path), GrpXstAtnOwners (comment authors)
_PLCF_ANNOTATIONS = 4  # PlcfandRef: each comment's author initials
_ATRD_SIZE = 30


def _word_table_stream(word: bytes) -> str:
    if len(word) < 12 or int.from_bytes(word[0:2], "little") != _FIB_IDENT:
        raise ScrubError("WordDocument stream without a Word file information block")
    if int.from_bytes(word[2:4], "little") < _FIB_WORD97:
        raise ScrubError("a Word 95 or older file cannot be cleaned")
    flags = int.from_bytes(word[10:12], "little")
    if flags & _FIB_ENCRYPTED:
        raise ScrubError("an encrypted Word file cannot be cleaned")
    return "1Table" if flags & _FIB_TABLE_1 else "0Table"


def _fib_pairs(word: bytes) -> list[tuple[int, int]]:
    """The FIB's (fc, lcb) pairs: offsets and lengths into the table stream."""
    try:
        csw = int.from_bytes(word[32:34], "little")
        at = 34 + 2 * csw
        cslw = int.from_bytes(word[at:at + 2], "little")
        at += 2 + 4 * cslw
        count = int.from_bytes(word[at:at + 2], "little")
        at += 2
        if at + 8 * count > len(word):
            raise ValueError
        return [struct.unpack_from("<II", word, at + 8 * i) for i in range(count)]
    except (ValueError, struct.error) as exc:
        raise ScrubError("Word file information block cannot be read") from exc


def _blank_word_people(word: bytes, table: bytes) -> bytes:
    """Overwrite, character for character, the names and paths Word keeps about people; the
    structures keep their sizes, so every offset in the file stays right."""
    out = bytearray(table)
    pairs = _fib_pairs(word)

    def located(index: int) -> tuple[int, int] | None:
        if index >= len(pairs):
            return None
        fc, lcb = pairs[index]
        if lcb == 0:
            return None
        if fc + lcb > len(out):
            raise ScrubError("Word table stream is shorter than its file information block says")
        return fc, fc + lcb

    blanked: list[tuple[bytes, bytes]] = []
    for index in _STTB_PEOPLE:
        if span := located(index):
            blanked += _blank_sttb(out, *span)
    for index in _XST_PEOPLE:
        if span := located(index):
            blanked += _blank_xsts(out, *span)
    if span := located(_PLCF_ANNOTATIONS):
        start, end = span
        count = (end - start - 4) // (4 + _ATRD_SIZE)
        first = start + 4 * (count + 1)
        for i in range(count):
            # ATRDPre10 opens with the author's initials: a count and nine UTF-16 characters,
            # all nine blanked (a longer earlier value may linger past the count).
            at = first + i * _ATRD_SIZE
            out[at + 2:at + 20] = b" \x00" * 9
    for index in _ZEROED:
        if span := located(index):
            out[span[0]:span[1]] = bytes(span[1] - span[0])
    if span := located(_ATRD_EXTRA):
        for at in range(span[0], span[1] - _ATRD_EXTRA_SIZE + 1, _ATRD_EXTRA_SIZE):
            out[at:at + 4] = bytes(4)  # the comment's date and time (DTTM)
    # A fast save leaves earlier copies of these tables behind: the same names, elsewhere.
    for name, blank in set(blanked):
        if len(name.strip(b" \x00")) >= 4:
            out[:] = out.replace(name, blank)
    return bytes(out)


def _blank_sttb(out: bytearray, start: int, end: int) -> list[tuple[bytes, bytes]]:
    """A string table (STTB): Unicode when it opens with 0xFFFF, else one byte a character.
    Word's placeholder author "Unknown" is kept."""
    wide = out[start:start + 2] == b"\xff\xff"
    at = start + (2 if wide else 0)
    count = int.from_bytes(out[at:at + 2], "little")
    extra = int.from_bytes(out[at + 2:at + 4], "little")
    at += 4
    found: list[tuple[bytes, bytes]] = []
    for _ in range(count):
        if at >= end:
            raise ScrubError("Word string table runs past its end")
        if wide:
            chars = int.from_bytes(out[at:at + 2], "little")
            body, at = at + 2, at + 2 + 2 * chars
        else:
            chars = out[at]
            body, at = at + 1, at + 1 + chars
        if at > end:
            raise ScrubError("Word string table runs past its end")
        if bytes(out[body:at]) not in (b"Unknown", "Unknown".encode("utf-16-le")):
            blank = (b" \x00" if wide else b" ") * chars
            found.append((bytes(out[body:at]), blank))
            out[body:at] = blank
        at += extra
    return found


def _blank_xsts(out: bytearray, start: int, end: int) -> list[tuple[bytes, bytes]]:
    """Strings written one after another, each a 16-bit count and UTF-16 characters."""
    at = start
    found: list[tuple[bytes, bytes]] = []
    while at + 2 <= end:
        chars = int.from_bytes(out[at:at + 2], "little")
        body, at = at + 2, at + 2 + 2 * chars
        if at > end:
            raise ScrubError("Word string runs past its end")
        found.append((bytes(out[body:at]), b" \x00" * chars))
        out[body:at] = b" \x00" * chars
    return found


def _empty_property_set(old: bytes) -> bytes:
    if len(old) < 56 or old[:2] != b"\xfe\xff":
        return bytes(len(old))
    # Header (byte order, version, system id, CLSID), one set with the original FMTID,
    # then a section of 8 bytes holding no property.
    fresh = old[:24] + (1).to_bytes(4, "little") + old[28:44] + (48).to_bytes(4, "little")
    fresh += (8).to_bytes(4, "little") + (0).to_bytes(4, "little")
    return fresh + bytes(len(old) - len(fresh))


def _blank_write_access(book: bytes) -> bytes:
    out = bytearray(book)
    pos = 0
    while pos + 4 <= len(out):
        kind = int.from_bytes(out[pos : pos + 2], "little")
        size = int.from_bytes(out[pos + 2 : pos + 4], "little")
        body = pos + 4
        if kind == _XLS_WRITEACCESS and size >= 3:
            # XLUnicodeString: character count, flags (bit 0: 16-bit chars), characters.
            count = int.from_bytes(out[body : body + 2], "little")
            wide = out[body + 2] & 1
            start, end = body + 3, min(body + 3 + count * (2 if wide else 1), body + size)
            out[start:end] = (b" \x00" if wide else b" ") * ((end - start) // (2 if wide else 1))
            if (end - start) % 2 and wide:
                out[end - 1] = 0
        pos = body + size
    return bytes(out)


def scrub_audio(data: bytes) -> bytes:
    """Voicemails and recordings: drop ID3/MP4/RIFF tags (recorder, device, phone names)."""
    import mutagen

    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return _bare_wave(data)
    buffer = io.BytesIO(data)
    try:
        audio = mutagen.File(buffer)
        if audio is None:
            raise ScrubError("audio format not recognised")
        buffer.seek(0)
        audio.delete(buffer)
    except ScrubError:
        raise
    except Exception as exc:
        raise ScrubError(f"audio cannot be cleaned: {exc}") from exc
    return buffer.getvalue()


_WAVE_KEEP = {b"fmt ", b"fact", b"data"}


def _bare_wave(data: bytes) -> bytes:
    """Rebuild the RIFF file from its sound chunks only; LIST/INFO, id3 and bext go."""
    chunks = []
    pos = 12
    while pos + 8 <= len(data):
        tag, size = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
        body = data[pos + 8 : pos + 8 + size]
        if len(body) < size and tag != b"data":
            raise ScrubError("truncated WAV chunk")
        if tag in _WAVE_KEEP:
            chunks.append(tag + len(body).to_bytes(4, "little") + body + (b"\x00" if len(body) % 2 else b""))
        pos += 8 + size + (size % 2)
    if not any(c[:4] == b"fmt " for c in chunks):
        raise ScrubError("WAV without a format chunk")
    payload = b"WAVE" + b"".join(chunks)
    return b"RIFF" + len(payload).to_bytes(4, "little") + payload


# ISO base media files (HEIC photos, MP4 and MOV videos) are trees of boxes: a size, a type,
# a body. Phones write where and on what a picture was taken into them: HEIC keeps EXIF and
# XMP as items of its `meta` box, videos keep the place (©xyz, com.apple.quicktime.location),
# the make and model and the software in `udta` and `meta` boxes under `moov`. They are
# blanked in place, so every offset the file keeps (to its pictures and samples) stays right.


def _boxes(data: bytearray, start: int, end: int) -> Iterator[tuple[bytes, int, int, int]]:
    """(type, start, body start, end) of each box between `start` and `end`."""
    pos = start
    while pos + 8 <= end:
        size = int.from_bytes(data[pos:pos + 4], "big")
        kind = bytes(data[pos + 4:pos + 8])
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise ScrubError("truncated box header")
            size, header = int.from_bytes(data[pos + 8:pos + 16], "big"), 16
        elif size == 0:
            size = end - pos  # the last box runs to the end
        if size < header or pos + size > end:
            raise ScrubError(f"box {kind!r} runs past its container")
        yield kind, pos, pos + header, pos + size
        pos += size


def _blank_box(data: bytearray, start: int, body: int, stop: int) -> None:
    """The box becomes `free` (which every reader skips), its body zeros."""
    data[start + 4:start + 8] = b"free"
    data[body:stop] = bytes(stop - body)


# What a cleaned file may not hold any more, wherever it sits (a box the walk did not
# reach, a damaged item table): such a file is refused rather than served.
_LEFT_IN_VIDEO = (b"com.apple.quicktime.location", b"com.apple.quicktime.make", b"com.apple.quicktime.model",
                  b"com.apple.quicktime.software", b"<x:xmpmeta", b"<?xpacket")
_LEFT_IN_HEIF = (b"Exif\0\0MM\0*", b"Exif\0\0II*\0", b"<x:xmpmeta", b"<?xpacket")


def _checked(cleaned: bytes, left: tuple[bytes, ...], what: str) -> bytes:
    if any(mark in cleaned for mark in left):
        raise ScrubError(f"{what}: metadata found outside the boxes that hold it")
    return cleaned


def scrub_video(data: bytes) -> bytes:
    """MP4 / MOV / 3GP: the user-data and metadata boxes of the movie and of each track go
    (place, device, software, tags); the pictures and sound stay as recorded."""
    return _checked(_blank_video(bytearray(data)), _LEFT_IN_VIDEO, "video")


# Boxes that hold metadata (blanked wherever they sit in the movie, a track, a fragment):
# user data, metadata, vendors' own (Canon's CMT, Sony's PROF, XMP) and stale free space.
_VIDEO_METADATA = {b"udta", b"meta", b"uuid", b"XMP_", b"free", b"skip"}
# Boxes whose children are walked for those.
_VIDEO_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"moof", b"traf", b"edts", b"dinf", b"stbl"}
# Tracks whose samples are metadata (timed GPS of drones, action and dash cameras; subtitle
# tracks some drones write their position into): their samples sit among the frames and
# cannot be blanked as a box; such a video is refused.
_METADATA_HANDLERS = {b"meta", b"camm", b"gpmd", b"text", b"sbtl", b"subt"}
# Written only in metadata, but short: looked for outside the media data, not in it.
_LEFT_OUTSIDE_MEDIA = (b"\xa9xyz", b"\xa9mak", b"\xa9mod", b"\xa9swr", b"\xa9too", b"loci", b"auth")
# Headers that carry the moment of recording (creation and modification time, to the
# second): with a protest or a meeting on a known day, that narrows down who filmed.
_TIMED_HEADERS = {b"mvhd", b"tkhd", b"mdhd"}


def _blank_video(buf: bytearray) -> bytes:
    seen_moov = False
    media: list[tuple[int, int]] = []
    for kind, start, body, stop in _boxes(buf, 0, len(buf)):
        if kind == b"mdat":
            media.append((body, stop))
        elif kind in _VIDEO_METADATA:
            _blank_box(buf, start, body, stop)
        elif kind in _VIDEO_CONTAINERS:
            seen_moov |= kind == b"moov"
            _blank_within(buf, body, stop)
    if not seen_moov:
        raise ScrubError("video without a movie box")
    outside = bytearray(buf)
    for body, stop in media:
        outside[body:stop] = bytes(stop - body)
    _checked(bytes(outside), _LEFT_OUTSIDE_MEDIA, "video")
    return bytes(buf)


def _blank_within(buf: bytearray, start: int, stop: int) -> None:
    for kind, b_start, body, b_stop in _boxes(buf, start, stop):
        if kind in _VIDEO_METADATA:
            _blank_box(buf, b_start, body, b_stop)
        elif kind == b"hdlr" and bytes(buf[body + 8:body + 12]) in _METADATA_HANDLERS:
            raise ScrubError("video with a metadata or subtitle track")
        elif kind in _TIMED_HEADERS:
            _zero_times(buf, body, b_stop)
        elif kind in _VIDEO_CONTAINERS:
            _blank_within(buf, body, b_stop)


def _zero_times(buf: bytearray, body: int, stop: int) -> None:
    """Creation and modification time become 0 ("unknown"); timescale and duration, which
    players need, stay. Version 1 headers hold them in 64 bits, version 0 in 32."""
    width = 8 if buf[body] == 1 else 4
    if stop - body < 4 + 2 * width:
        raise ScrubError("video header shorter than its times")
    buf[body + 4:body + 4 + 2 * width] = bytes(2 * width)


def scrub_heif(data: bytes) -> bytes:
    """HEIC / HEIF / AVIF photos: the bytes of the EXIF and XMP items (GPS, camera, owner,
    software) are blanked where the item-location box says they are; the picture stays."""
    return _checked(_blank_heif(bytearray(data)), _LEFT_IN_HEIF, "HEIF photo")


def _blank_heif(buf: bytearray) -> bytes:
    meta = next(((body, stop) for kind, _, body, stop in _boxes(buf, 0, len(buf)) if kind == b"meta"), None)
    if meta is None:
        raise ScrubError("HEIF file without a meta box")
    children = {kind: (body, stop) for kind, _, body, stop in _boxes(buf, meta[0] + 4, meta[1])}
    if b"iinf" not in children or b"iloc" not in children:
        raise ScrubError("HEIF file without item information or locations")
    sensitive = _heif_metadata_items(buf, *children[b"iinf"])
    if not sensitive:
        return bytes(buf)
    idat = children.get(b"idat", (None, None))[0]
    for item_id, method, extents in _heif_locations(buf, *children[b"iloc"], wanted=set(sensitive)):
        filler = _EMPTY_EXIF if sensitive[item_id] == b"Exif" else b""
        for start, length in extents:
            if method == 1:
                if idat is None:
                    raise ScrubError("HEIF item in a missing idat box")
                start += idat
            elif method != 0:
                raise ScrubError("HEIF metadata item built from other items")
            if length == 0 or start + length > len(buf):
                raise ScrubError("HEIF metadata item outside the file")
            # An EXIF item becomes a valid empty one (readers choke on zeros), XMP blank space.
            blank = filler[:length] + (b"\0" if filler else b" ") * max(0, length - len(filler))
            buf[start:start + length] = blank
            filler = b""  # the header goes in the item's first extent only
    return bytes(buf)


# An EXIF item: the offset of its TIFF header (0), then a big-endian TIFF header whose one
# directory has no entries.
_EMPTY_EXIF = b"\0\0\0\0" + b"MM\0\x2a\0\0\0\x08" + b"\0\0" + b"\0\0\0\0"


def _heif_metadata_items(buf: bytearray, body: int, stop: int) -> dict[int, bytes]:
    """The EXIF items and the XMP ones (mime items of an XML type), by id, with their type."""
    version = buf[body]
    first = body + 4 + (2 if version == 0 else 4)
    found: dict[int, bytes] = {}
    for kind, _, entry, end in _boxes(buf, first, stop):
        if kind != b"infe" or buf[entry] < 2:
            continue  # versions 0 and 1 (no item type) do not occur in HEIF
        pos = entry + 4
        width = 2 if buf[entry] == 2 else 4
        item_id = int.from_bytes(buf[pos:pos + width], "big")
        pos += width + 2  # item_protection_index
        item_type = bytes(buf[pos:pos + 4])
        pos += 4
        name_end = buf.find(b"\0", pos, end)
        content_type = b""
        if item_type == b"mime" and name_end >= 0:
            type_end = buf.find(b"\0", name_end + 1, end)
            content_type = bytes(buf[name_end + 1:type_end if type_end >= 0 else end])
        if item_type == b"Exif" or (item_type == b"mime" and b"xml" in content_type.lower()):
            found[item_id] = item_type
    return found


def _heif_locations(buf: bytearray, body: int, stop: int, *, wanted: set[int]
                    ) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(id, construction method, [(offset, length)]) of each wanted item, from the iloc box."""
    version = buf[body]
    pos = body + 4
    offset_size, length_size = buf[pos] >> 4, buf[pos] & 0x0F
    base_size, index_size = buf[pos + 1] >> 4, (buf[pos + 1] & 0x0F) if version in (1, 2) else 0
    pos += 2

    def number(width: int) -> int:
        nonlocal pos
        if pos + width > stop:
            raise ScrubError("truncated HEIF item locations")
        value = int.from_bytes(buf[pos:pos + width], "big")
        pos += width
        return value

    out = []
    for _ in range(number(2 if version < 2 else 4)):
        item_id = number(2 if version < 2 else 4)
        method = number(2) & 0x0F if version in (1, 2) else 0
        number(2)  # data_reference_index: 0, this file
        base = number(base_size)
        count = number(2)
        width = index_size + offset_size + length_size
        if count and (width == 0 or count * width > stop - pos):
            raise ScrubError("HEIF item locations longer than their box")
        extents = []
        for _ in range(count):
            number(index_size)
            offset = number(offset_size)
            extents.append((base + offset, number(length_size)))
        if item_id in wanted:
            out.append((item_id, method, extents))
    return out
