"""A minimal compound-file (OLE2) writer for tests: legacy .doc/.xls files with metadata.

No Python package writes these files, so the test builds one by the [MS-CFB] layout
(version 3, 512-byte sectors, streams of at least 4,096 bytes so no mini stream is needed).
"""

from __future__ import annotations

import itertools
import struct

FREE, END, FAT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SUMMARY_FMTID = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
DOC_SUMMARY_FMTID = bytes.fromhex("02d5cdd59c2e1b10939708002b2cf9ae")


def property_set(fmtid: bytes, strings: dict[int, str]) -> bytes:
    """A property-set stream with a GB18030 code page and the given VT_LPSTR properties."""
    props: list[tuple[int, bytes]] = [(1, struct.pack("<HHhxx", 2, 0, 936))]
    for pid, text in strings.items():
        raw = text.encode("gb18030") + b"\x00"
        raw += b"\x00" * (-len(raw) % 4)
        props.append((pid, struct.pack("<HHI", 0x1E, 0, len(text.encode("gb18030")) + 1) + raw))
    table = 8 + 8 * len(props)
    offsets, body = [], b""
    for pid, value in props:
        offsets.append(struct.pack("<II", pid, table + len(body)))
        body += value
    section = struct.pack("<II", table + len(body), len(props)) + b"".join(offsets) + body
    header = struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + bytes(16) + struct.pack("<I", 1)
    return header + fmtid + struct.pack("<I", 48) + section


def biff_record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def write_access(user: str) -> bytes:
    """Excel's WRITEACCESS record: the user name, UTF-16, padded with spaces to 112 bytes."""
    text = struct.pack("<HB", len(user), 1) + user.encode("utf-16-le")
    return biff_record(0x005C, text + b" " * (112 - len(text)))


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file of `streams`; a name with slashes (ObjectPool/_1234/Workbook) puts
    the stream in storages, created as needed (an embedded object's own streams)."""
    tree: dict[str, object] = {}
    for path, data in streams.items():
        node = tree
        *folders, leaf = path.split("/")
        for folder in folders:
            node = node.setdefault(folder, {})  # type: ignore[assignment]
        node[leaf] = data
    # Directory entries: [name, kind (1 storage, 2 stream, 5 root), data, right sibling, child].
    entries: list[list[object]] = [["Root Entry", 5, None, NOSTREAM, NOSTREAM]]

    def add(node: dict[str, object]) -> int:
        ids = []
        for name in sorted(node, key=lambda n: (len(n), n.upper())):
            value = node[name]
            entries.append([name, 1 if isinstance(value, dict) else 2, None, NOSTREAM, NOSTREAM])
            index = len(entries) - 1
            if isinstance(value, dict):
                entries[index][4] = add(value)
            else:
                assert isinstance(value, bytes)
                entries[index][2] = value + bytes(max(0, 4096 - len(value)))
            ids.append(index)
        for left, right in itertools.pairwise(ids):
            entries[left][3] = right  # a chain of right siblings: a valid (degenerate) tree
        return ids[0] if ids else NOSTREAM

    entries[0][4] = add(tree)
    directory_sectors = (len(entries) + 3) // 4
    fat = [FAT] + [i + 2 for i in range(directory_sectors - 1)] + [END]
    sectors: list[bytes] = []
    starts: dict[int, int] = {}
    for index, row in enumerate(entries):
        content = row[2]
        if not isinstance(content, bytes):
            continue
        padded = content + bytes(-len(content) % 512)
        count = len(padded) // 512
        first = 1 + directory_sectors + len(sectors)
        starts[index] = first
        fat += [first + i + 1 for i in range(count - 1)] + [END]
        sectors += [padded[i * 512 : (i + 1) * 512] for i in range(count)]
    assert len(fat) <= 128
    fat_sector = b"".join(struct.pack("<I", v) for v in fat + [FREE] * (128 - len(fat)))

    def entry(index: int) -> bytes:
        name, kind, data, right, child = entries[index]
        encoded = str(name).encode("utf-16-le") + b"\x00\x00"
        size = len(data) if isinstance(data, bytes) else 0
        start = starts.get(index, END if kind != 2 else 0)
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB", len(encoded), int(kind), 1)  # type: ignore[call-overload]
            + struct.pack("<III", NOSTREAM, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    unused = bytes(68) + b"\xff" * 12 + bytes(48)  # an empty slot: no siblings, no child
    directory = b"".join(entry(i) for i in range(len(entries)))
    directory += unused * (directory_sectors * 4 - len(entries))
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", FREE) * 108
    )
    assert len(header) == 512
    return header + fat_sector + directory + b"".join(sectors)


def word_fib(pairs: dict[int, tuple[int, int]], *, table_1: bool = True, encrypted: bool = False) -> bytes:
    """A WordDocument stream holding only a file information block ([MS-DOC] 2.5.1): the
    given (offset, length) pairs into the table stream, by their index."""
    flags = (0x0200 if table_1 else 0) | (0x0100 if encrypted else 0)
    base = struct.pack("<HHHHHH", 0xA5EC, 0x00C1, 0, 0x0804, 0, flags) + bytes(20)
    rg_fc_lcb = b"".join(struct.pack("<II", *pairs.get(i, (0, 0))) for i in range(93))
    return base + struct.pack("<H", 14) + bytes(28) + struct.pack("<H", 22) + bytes(88) \
        + struct.pack("<H", 93) + rg_fc_lcb
