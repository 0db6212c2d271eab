"""The copy staff open: attachments without their metadata (EXIF, GPS, authors, software).

GlobaLeaks and SecureDrop hand files over as received; here the original stays sealed on
disk, and the workbench serves a cleaned copy made on the fly. A file that cannot be
cleaned is served as received only for types that carry no document metadata.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

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
# Word keeps author names on comments and tracked changes, and a list of editors' ids.
_WORD_AUTHOR = re.compile(rb'\bw:(author|initials)="[^"]*"')
_WORD_PEOPLE = "word/people.xml"


class ScrubError(ValueError):
    """The file could not be parsed for cleaning."""


@dataclass(frozen=True)
class Cleaned:
    data: bytes
    cleaned: bool  # False: served as received (no metadata format we know of)


def scrub(data: bytes, media_type: str) -> Cleaned:
    if media_type in IMAGE_FORMATS:
        return Cleaned(scrub_image(data, IMAGE_FORMATS[media_type]), True)
    if media_type == "application/pdf":
        return Cleaned(scrub_pdf(data), True)
    if media_type in OOXML_TYPES:
        return Cleaned(scrub_ooxml(data), True)
    return Cleaned(data, False)


def scrub_image(data: bytes, fmt: str) -> bytes:
    """Re-encode the pixels only: EXIF (with GPS), XMP, IPTC, comments and text chunks go."""
    try:
        with Image.open(io.BytesIO(data)) as image:
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
    from pypdf.generic import NameObject

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ScrubError("encrypted PDF")
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        for page in writer.pages:
            page.pop(NameObject("/Metadata"), None)
            page.pop(NameObject("/PieceInfo"), None)
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


def scrub_ooxml(data: bytes) -> bytes:
    """Empty docProps (author, last editor, company, template, times) and comment authors."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                name = info.filename
                if name == "docProps/custom.xml" or name == _WORD_PEOPLE:
                    body = b""
                    if name == _WORD_PEOPLE:
                        body = (
                            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                            b'<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>'
                        )
                    if not body:
                        body = (
                            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
                            b'"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>'
                        )
                elif name == "docProps/core.xml":
                    body = EMPTY_CORE
                elif name == "docProps/app.xml":
                    body = EMPTY_APP
                elif name.startswith("word/") and name.endswith(".xml"):
                    body = _WORD_AUTHOR.sub(rb'w:\1=""', source.read(info))
                else:
                    body = source.read(info)
                fresh = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                fresh.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(fresh, body)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ScrubError(f"Office file cannot be cleaned: {exc}") from exc
    return out.getvalue()
