"""A minimal compound-file (OLE2) writer for tests: legacy .doc/.xls files with metadata.

No Python package writes these files, so the test builds one by the [MS-CFB] layout
(version 3, 512-byte sectors, streams of at least 4,096 bytes so no mini stream is needed).
"""

from __future__ import annotations

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
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    padded = {n: streams[n] + bytes(max(0, 4096 - len(streams[n]))) for n in names}
    sectors: list[bytes] = []
    fat = [FAT, END]  # sector 0: the FAT itself; sector 1: the directory
    starts: dict[str, int] = {}
    for name in names:
        data = padded[name] + bytes(-len(padded[name]) % 512)
        count = len(data) // 512
        first = 2 + len(sectors)
        starts[name] = first
        fat += [first + i + 1 for i in range(count - 1)] + [END]
        sectors += [data[i * 512 : (i + 1) * 512] for i in range(count)]
    assert len(fat) <= 128 and len(names) <= 3
    fat_sector = b"".join(struct.pack("<I", v) for v in fat + [FREE] * (128 - len(fat)))

    def entry(name: str, kind: int, start: int, size: int, right: int, child: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NOSTREAM, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    entries = [entry("Root Entry", 5, END, 0, NOSTREAM, 1 if names else NOSTREAM)]
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else NOSTREAM
        entries.append(entry(name, 2, starts[name], len(padded[name]), right, NOSTREAM))
    unused = bytes(68) + b"\xff" * 12 + bytes(48)  # an empty slot: no siblings, no child
    directory = b"".join(entries) + unused * (4 - len(entries))
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
