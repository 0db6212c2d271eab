"""Issue #6: the inspected must never see who reported them. Word's tracked changes and
comments, Excel's notes and threaded comments, PowerPoint's comment authors all carry the
editor's name; the copy staff open keeps the text and the revisions, never the names.

Documents are built here with python-docx / openpyxl, then given the raw parts those
libraries do not write (revisions, people, threaded comments), the way Office writes them.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

import docx
import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl.comments import Comment
from PIL import Image

from xunshi.security.scrub import NEUTRAL_AUTHOR, ScrubError, scrub

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = f'xmlns:w="{W}"'
W15_NS = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
RSID = "00A7C3E1"
WHEN = "2024-03-01T09:30:00Z"
# Every text put into the test documents: a generated name must not be one of them.
TEXTS = (
    "反映内容：某局长收受礼金。",
    "新增的线索",
    "删去的句子",
    "加粗的话",
    "移走的话",
    "此处需核实",
    "金额",
    "请核实金额",
    "附件一并报送",
    "这页数字不对",
)

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "司马", "欧阳", "诸葛", "上官"]
GIVEN = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=2)
NAMES = st.one_of(
    st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), GIVEN),
    st.from_regex(r"[A-Z][a-z]{3,8} [A-Z][a-z]{3,8}", fullmatch=True),
    st.builds(lambda g: "阿依古丽·" + g, GIVEN),
)


def _rewrite(data: bytes, changes: dict[str, bytes | None], extra: dict[str, bytes]) -> bytes:
    """The same package with some parts replaced (a function of the old body) and some added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = changes.get(info.filename) or source.read(info)
            target.writestr(info.filename, body)
        for name, body in extra.items():
            target.writestr(name, body)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _leaks(data: bytes, name: str) -> list[str]:
    needles = [name.encode("utf-8"), name.encode("utf-16-le")]
    return [part for part, body in _parts(data).items() if any(n in body for n in needles)]


def _add_override(types: bytes, part: str, content_type: str) -> bytes:
    return types.replace(
        b"</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'.encode()
    )


def _add_rel(rels: bytes, rid: str, kind: str, target: str, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rid}" Type="{kind}" Target={quoteattr(target)}{mode}/>'
    return rels.replace(b"</Relationships>", rel.encode() + b"</Relationships>")


def _photo_with_owner(name: str) -> bytes:
    exif = Image.Exif()
    exif[0x9C9D] = name.encode("utf-16-le") + b"\0\0"  # XPAuthor, as Windows writes it
    exif[0x8825] = {1: "N", 2: (38.0, 42.0, 7.5), 3: "E", 4: (116.0, 5.0, 48.0)}
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


TRACKED = """
<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w:rsidP="{rsid}">
  <w:pPr><w:pPrChange w:id="101" w:author={who} w:date="{when}"><w:pPr/></w:pPrChange></w:pPr>
  <w:ins w:id="102" w:author={who} w:date="{when}"><w:r w:rsidR="{rsid}"><w:t>新增的线索</w:t></w:r></w:ins>
  <w:del w:id="103" w:author={who} w:date="{when}"><w:r w:rsidDel="{rsid}">
    <w:delText>删去的句子</w:delText></w:r></w:del>
  <w:r><w:rPr><w:b/><w:rPrChange w:id="104" w:author={who} w:date="{when}"><w:rPr/></w:rPrChange></w:rPr>
    <w:t>加粗的话</w:t></w:r>
</w:p>
<w:p><w:moveFromRangeStart w:id="105" w:author={who} w:date="{when}" w:name="move1"/>
  <w:moveFrom w:id="106" w:author={who} w:date="{when}"><w:r><w:t>移走的话</w:t></w:r></w:moveFrom>
  <w:moveFromRangeEnd w:id="105"/></w:p>
<w:p><w:moveToRangeStart w:id="107" w:author={who} w:date="{when}" w:name="move1"/>
  <w:moveTo w:id="108" w:author={who} w:date="{when}"><w:r><w:t>移走的话</w:t></w:r></w:moveTo>
  <w:moveToRangeEnd w:id="107"/></w:p>
"""


def word_with_revisions(name: str) -> bytes:
    """A report as Word saves it after the reporter edited it with track changes on."""
    document = docx.Document()
    document.core_properties.author = name
    document.core_properties.last_modified_by = name
    paragraph = document.add_paragraph("反映内容：某局长收受礼金。")
    document.add_comment(paragraph.runs[0], text="此处需核实", author=name, initials=name[:1])
    document.add_picture(io.BytesIO(_photo_with_owner(name)))
    saved = io.BytesIO()
    document.save(saved)
    data = saved.getvalue()
    parts = _parts(data)
    who = quoteattr(name)
    body = parts["word/document.xml"].decode()
    body = body.replace("<w:sectPr", TRACKED.format(who=who, when=WHEN, rsid=RSID) + "<w:sectPr", 1)
    settings_xml = parts["word/settings.xml"].decode()
    settings_xml = re.sub(r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdTpl"/>', settings_xml)
    settings_xml = settings_xml.replace("<w:rsids>", f'<w:rsids><w:rsid w:val="{RSID}"/>')
    app = parts["docProps/app.xml"].replace(b"<Manager/>", f"<Manager>{escape(name)}</Manager>".encode())
    app = app.replace(b"<Company/>", f"<Company>{escape(name)}的单位</Company>".encode())
    comments = parts["word/comments.xml"].decode()
    comments = comments.replace("<w:p>", f'<w:p w14:paraId="1A2B3C4D" w:rsidR="{RSID}">', 1)
    people = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people {W15_NS}>'
        f'<w15:person w15:author={who}><w15:presenceInfo w15:providerId="AD"'
        f" w15:userId={quoteattr('S-1-5-21-' + name)}/></w15:person></w15:people>"
    )
    extended = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx {W15_NS}>'
        '<w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/></w15:commentsEx>'
    )
    extensible = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w16cex:commentsExtensible'
        ' xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex">'
        f'<w16cex:commentExtensible w16cex:durableId="6B1A2C3D" w16cex:dateUtc="{WHEN}"/>'
        "</w16cex:commentsExtensible>"
    )
    ids = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w16cid:commentsIds'
        ' xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">'
        '<w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="6B1A2C3D"/></w16cid:commentsIds>'
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
        '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt='
        '"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property'
        ' fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="报送人">'
        f"<vt:lpwstr>{escape(name)}</vt:lpwstr></property></Properties>"
    )
    custom_xml = f"<root><reporter>{escape(name)}</reporter></root>"
    template = f"file:///C:\\Users\\{name}\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm"
    settings_rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships'
        b' xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
    )
    settings_rels = _add_rel(
        settings_rels,
        "rIdTpl",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate",
        template,
        external=True,
    )
    rels = parts["word/_rels/document.xml.rels"]
    types = parts["[Content_Types].xml"]
    for rid, kind, part, content_type in [
        ("rIdPeople", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"),
        ("rIdCx", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
         "commentsExtended.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"),
        ("rIdCxt", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
         "commentsExtensible.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml"),
        ("rIdCid", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
         "commentsIds.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml"),
    ]:  # fmt: skip
        rels = _add_rel(rels, rid, kind, part)
        types = _add_override(types, f"word/{part}", content_type)
    types = _add_override(
        types, "docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    )
    root_rels = _add_rel(
        parts["_rels/.rels"],
        "rIdCustom",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
        "docProps/custom.xml",
    )
    return _rewrite(
        data,
        {
            "word/document.xml": body.encode(),
            "word/settings.xml": settings_xml.encode(),
            "word/comments.xml": comments.encode(),
            "word/_rels/document.xml.rels": rels,
            "docProps/app.xml": app,
            "customXml/item1.xml": custom_xml.encode(),
            "[Content_Types].xml": types,
            "_rels/.rels": root_rels,
        },
        {
            "word/people.xml": people.encode(),
            "word/commentsExtended.xml": extended.encode(),
            "word/commentsExtensible.xml": extensible.encode(),
            "word/commentsIds.xml": ids.encode(),
            "word/_rels/settings.xml.rels": settings_rels,
            "docProps/custom.xml": custom.encode(),
        },
    )


def _texts(part: bytes) -> list[str]:
    """Every piece of text in a Word part, deleted text included, in document order."""
    root = etree.fromstring(part)
    return [e.text or "" for e in root.iter(f"{{{W}}}t", f"{{{W}}}delText")]


def _revisions(part: bytes) -> list[etree._Element]:
    kinds = ["ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "moveFromRangeStart"]
    root = etree.fromstring(part)
    return [e for k in kinds for e in root.iter(f"{{{W}}}{k}")]


def _check_word(name: str) -> None:
    original = word_with_revisions(name)
    # The document under test really carries the name in all the places Word puts it.
    assert len(_leaks(original, name)) >= 9, _leaks(original, name)
    cleaned = scrub(original, DOCX)
    assert cleaned.cleaned
    assert _leaks(cleaned.data, name) == []
    before, after = _parts(original), _parts(cleaned.data)
    assert all(RSID.encode() not in body for body in after.values())
    for part in ("word/document.xml", "word/comments.xml"):
        assert _texts(after[part]) == _texts(before[part]), part
    revisions = _revisions(after["word/document.xml"])
    assert len(revisions) == len(_revisions(before["word/document.xml"])) == 7
    assert all(r.get(f"{{{W}}}author") == NEUTRAL_AUTHOR and r.get(f"{{{W}}}date") is None for r in revisions)
    assert b"dateUtc" not in after["word/commentsExtensible.xml"]
    assert b'w16cid:durableId="6B1A2C3D"' in after["word/commentsIds.xml"]
    settings_rels = etree.fromstring(after["word/_rels/settings.xml.rels"])
    assert [r.get("Target") for r in settings_rels] == ["Normal.dotm"]
    reopened = docx.Document(io.BytesIO(cleaned.data))
    assert reopened.paragraphs[0].text == "反映内容：某局长收受礼金。"
    assert reopened.core_properties.author == "" and reopened.core_properties.last_modified_by == ""
    (comment,) = reopened.comments
    assert comment.text == "此处需核实" and comment.author == NEUTRAL_AUTHOR and comment.initials == ""
    (picture,) = [n for n in after if n.startswith("word/media/")]
    photo = Image.open(io.BytesIO(after[picture]))
    assert photo.size == (8, 8) and not photo.getexif()


def test_word_revisions_comments_and_people_lose_their_author() -> None:
    _check_word("举报人王秀英")


def workbook_with_comments(name: str) -> bytes:
    """A spreadsheet with a note (Excel prefixes its text with the author) and a threaded comment."""
    book = openpyxl.Workbook()
    book.properties.creator = name
    book.properties.lastModifiedBy = name
    sheet = book.active
    sheet["A1"] = "金额"
    sheet["A2"] = 50000
    sheet["B1"].comment = Comment(f"{name}:\n请核实金额", name)
    saved = io.BytesIO()
    book.save(saved)
    data = saved.getvalue()
    parts = _parts(data)
    who = quoteattr(name)
    workbook = parts["xl/workbook.xml"].decode()
    sharing = f'<fileSharing userName={who} readOnlyRecommended="1"/>'
    workbook = re.sub(r"(<workbook [^>]*>)", lambda m: m.group(1) + sharing, workbook)
    folder = quoteattr(f"C:\\Users\\{name}\\Desktop\\")
    workbook = workbook.replace(
        "<workbookPr",
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac='
        '"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"'
        f" url={folder}/></mc:Choice></mc:AlternateContent><workbookPr",
        1,
    )
    person_id = "{8C1E7A52-1D4B-4C7E-9F1A-2B3C4D5E6F70}"
    persons = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList'
        ' xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
        f'<person displayName={who} id="{person_id}" userId={quoteattr(name + "@example.cn")}'
        ' providerId="AD"/></personList>'
    )
    threaded = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments'
        ' xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
        f'<threadedComment ref="A2" dT="{WHEN}" personId="{person_id}"'
        ' id="{11111111-2222-3333-4444-555555555555}"><text>附件一并报送</text></threadedComment>'
        "</ThreadedComments>"
    )
    wb_rels = _add_rel(
        parts["xl/_rels/workbook.xml.rels"],
        "rIdPersons",
        "http://schemas.microsoft.com/office/2017/10/relationships/person",
        "persons/person.xml",
    )
    sheet_rels = _add_rel(
        parts["xl/worksheets/_rels/sheet1.xml.rels"],
        "rIdThreaded",
        "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
        "../threadedComments/threadedComment1.xml",
    )
    types = _add_override(
        parts["[Content_Types].xml"], "xl/persons/person.xml", "application/vnd.ms-excel.person+xml"
    )
    types = _add_override(
        types, "xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"
    )
    return _rewrite(
        data,
        {
            "xl/workbook.xml": workbook.encode(),
            "xl/_rels/workbook.xml.rels": wb_rels,
            "xl/worksheets/_rels/sheet1.xml.rels": sheet_rels,
            "[Content_Types].xml": types,
        },
        {
            "xl/persons/person.xml": persons.encode(),
            "xl/threadedComments/threadedComment1.xml": threaded.encode(),
        },
    )


def _check_workbook(name: str) -> None:
    original = workbook_with_comments(name)
    assert len(_leaks(original, name)) >= 4, _leaks(original, name)
    cleaned = scrub(original, XLSX)
    assert _leaks(cleaned.data, name) == []
    book = openpyxl.load_workbook(io.BytesIO(cleaned.data))
    sheet = book.active
    assert sheet["A1"].value == "金额" and sheet["A2"].value == 50000
    assert sheet["B1"].comment.text == "请核实金额" and sheet["B1"].comment.author == NEUTRAL_AUTHOR
    after = _parts(cleaned.data)
    threaded = etree.fromstring(after["xl/threadedComments/threadedComment1.xml"])
    assert [t.text for t in threaded.iter("{*}text")] == ["附件一并报送"]
    assert threaded[0].get("dT") is None and threaded[0].get("personId")
    (person,) = etree.fromstring(after["xl/persons/person.xml"])
    assert person.get("displayName") == NEUTRAL_AUTHOR and person.get("userId") is None


def test_excel_notes_threaded_comments_and_persons_lose_their_author() -> None:
    _check_workbook("举报人王秀英")


def presentation_with_comments(name: str) -> bytes:
    """The parts of a .pptx that name people: legacy and modern comment authors, docProps."""
    p = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    who = quoteattr(name)
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "docProps/core.xml": '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        f'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{escape(name)}'
        "</dc:creator></cp:coreProperties>",
        "ppt/commentAuthors.xml": f'<p:cmAuthorLst {p}><p:cmAuthor id="0" name={who} initials="W"'
        ' lastIdx="1" clrIdx="0"/></p:cmAuthorLst>',
        "ppt/comments/comment1.xml": f'<p:cmLst {p}><p:cm authorId="0" dt="{WHEN}" idx="1">'
        '<p:pos x="10" y="10"/><p:text>这页数字不对</p:text></p:cm></p:cmLst>',
        "ppt/authors.xml": '<p188:authorLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main">'
        f'<p188:author id="{{1}}" name={who} initials="W" userId={quoteattr(name + "@example.cn")}'
        ' providerId="AD"/></p188:authorLst>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for part, body in parts.items():
            archive.writestr(part, body)
    return out.getvalue()


def _check_presentation(name: str) -> None:
    original = presentation_with_comments(name)
    assert len(_leaks(original, name)) == 3
    cleaned = scrub(original, PPTX)
    assert cleaned.cleaned and _leaks(cleaned.data, name) == []
    comments = etree.fromstring(_parts(cleaned.data)["ppt/comments/comment1.xml"])
    assert [t.text for t in comments.iter("{*}text")] == ["这页数字不对"]


def test_powerpoint_comment_authors_go() -> None:
    _check_presentation("举报人王秀英")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES)
def test_no_author_name_survives_anywhere(name: str) -> None:
    assume(not any(name in text or text in name for text in TEXTS) and NEUTRAL_AUTHOR not in name)
    _check_word(name)
    _check_workbook(name)
    _check_presentation(name)


def test_a_part_in_utf16_is_cleaned_too() -> None:
    name = "欧阳秀英"
    comments = (
        f'<?xml version="1.0" encoding="UTF-16"?><w:comments {W_NS}><w:comment w:id="0" w:author="{name}">'
        "<w:p><w:r><w:t>此处需核实</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode("utf-16")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/comments.xml", comments)
    cleaned = scrub(out.getvalue(), DOCX).data
    assert _leaks(cleaned, name) == []
    assert _texts(_parts(cleaned)["word/comments.xml"]) == ["此处需核实"]


def test_a_part_that_cannot_be_read_refuses_the_file() -> None:
    """Unreadable XML could hide a name we cannot remove: the copy is refused, not served."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/comments.xml", f'<w:comments {W_NS}><w:comment w:author="王秀英">')
    with pytest.raises(ScrubError):
        scrub(out.getvalue(), DOCX)


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    """A few hundred KB that unpack to 300 MB must not fill a staff worker's memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f"<w:document {W_NS}><w:body/></w:document>")
        archive.writestr("word/media/blank.bin", b"\0" * (300 * 1024 * 1024))
    assert len(out.getvalue()) < 1024 * 1024
    with pytest.raises(ScrubError, match="unpacks to more than"):
        scrub(out.getvalue(), DOCX)


def test_other_writers_and_shared_workbooks_lose_their_author_too() -> None:
    """Strict OOXML under another prefix, a shared workbook's users, a pivot cache's refresher."""
    name = "上官婉清"
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    parts = {
        "word/document.xml": f'<ns0:document xmlns:ns0="{strict}"><ns0:body><ns0:p ns0:rsidR="{RSID}">'
        f'<ns0:ins ns0:id="1" ns0:author="{name}" ns0:date="{WHEN}"><ns0:r><ns0:t>新增的线索</ns0:t></ns0:r>'
        "</ns0:ins></ns0:p></ns0:body></ns0:document>",
        "xl/revisions/userNames.xml": '<users xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        f' count="1"><userInfo guid="{{1}}" name="{name}" id="1" dateTime="2024-03-01T09:30:00"/></users>',
        "xl/revisions/revisionHeaders.xml": '<headers xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        f'2006/main" guid="{{2}}"><header guid="{{3}}" dateTime="2024-03-01T09:30:00" maxSheetId="2"'
        f' userName="{name}"/></headers>',
        "xl/pivotCache/pivotCacheDefinition1.xml": '<pivotCacheDefinition xmlns="http://schemas.openxmlformats'
        f'.org/spreadsheetml/2006/main" refreshedBy="{name}" refreshedDate="45352.39" recordCount="3"/>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for part, body in parts.items():
            archive.writestr(part, body)
    cleaned = scrub(out.getvalue(), DOCX).data
    assert _leaks(out.getvalue(), name) == list(parts)
    assert _leaks(cleaned, name) == []
    after = _parts(cleaned)
    assert RSID.encode() not in after["word/document.xml"]
    document = etree.fromstring(after["word/document.xml"])
    assert [t.text for t in document.iter(f"{{{strict}}}t")] == ["新增的线索"]
    (ins,) = document.iter(f"{{{strict}}}ins")
    assert ins.get(f"{{{strict}}}author") == NEUTRAL_AUTHOR and ins.get(f"{{{strict}}}date") is None
    pivot = etree.fromstring(after["xl/pivotCache/pivotCacheDefinition1.xml"])
    assert pivot.get("refreshedBy") == NEUTRAL_AUTHOR and pivot.get("recordCount") == "3"
