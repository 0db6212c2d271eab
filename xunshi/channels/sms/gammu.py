"""Reading the inbox of gammu-smsd's `files` backend (set InboxFormat = unicode).

File names are IN<YYYYMMDD>_<HHMMSS>_<serial>_<sender>_<part>.txt; the text is UTF-16 BE
with a BOM, padded with NULs (and sometimes stray bytes after them), so it is cut at the
first U+0000. Files without a BOM (InboxFormat = standard, gammu-smsd's own default) are
read as UTF-8, the locale of our machines. gammu-smsd has already joined what it could:
a long message arrives as one file per part with the same date, time, serial and sender.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from xunshi.channels.results import IngestResult
from xunshi.channels.sms.receive import sms_receive
from xunshi.rounds.models import Channel

NAME = re.compile(r"^IN(\d{8})_(\d{6})_(\d+)_(.+)_(\d+)\.txt$")
MAX_FILE_BYTES = 64 * 1024


class SmsFileError(ValueError):
    """An inbox file that cannot be read as an SMS; the message says why."""


@dataclass(frozen=True)
class InboxName:
    date: str
    time: str
    serial: str
    sender: str
    part: int

    @property
    def group_key(self) -> str:
        return f"{self.date}_{self.time}_{self.serial}_{self.sender}"

    def received_at(self, tz: dt.tzinfo | None = None) -> dt.datetime:
        """The time in the file name, read in `tz` (default: this machine's zone, as gammu-smsd writes it)."""
        try:
            naive = dt.datetime.strptime(self.date + self.time, "%Y%m%d%H%M%S")  # noqa: DTZ007 - zone set below
        except ValueError as exc:
            raise SmsFileError(f"文件名中的时间无效：{self.date}_{self.time}") from exc
        return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def parse_name(name: str) -> InboxName | None:
    match = NAME.match(name)
    if match is None:
        return None
    date, time, serial, sender, part = match.groups()
    return InboxName(date=date, time=time, serial=serial, sender=sender, part=int(part))


def decode_sms_file(data: bytes) -> str:
    """The text of one inbox file; raises SmsFileError for an oversize file."""
    if len(data) > MAX_FILE_BYTES:
        raise SmsFileError(f"短信文件过大：{len(data)} 字节")
    if data[:2] == b"\xff\xfe":
        text = _utf16(data[2:], "utf-16-le")
    elif data[:2] == b"\xfe\xff":
        text = _utf16(data[2:], "utf-16-be")
    else:
        # InboxFormat = standard writes the locale's charset: UTF-8 on our machines.
        head = data.split(b"\x00", 1)[0]
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            text = _utf16(data, "utf-16-be")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _utf16(body: bytes, codec: str) -> str:
    body = body[: len(body) - len(body) % 2]
    return body.decode(codec, errors="replace").split("\x00", 1)[0]


@dataclass
class InboxMessage:
    key: str
    sender: str
    received_at: dt.datetime
    files: list[Path] = field(default_factory=list)
    parts: list[int] = field(default_factory=list)
    text: str = ""

    @property
    def missing_parts(self) -> list[int]:
        if not self.parts:
            return []
        present = set(self.parts)
        return [p for p in range(min(present), max(present) + 1) if p not in present]


def read_inbox(
    directory: Path, *, min_age_seconds: float = 0.0, tz: dt.tzinfo | None = None
) -> tuple[list[InboxMessage], list[tuple[Path, str]]]:
    """Messages in the inbox directory (grouped parts) and files that could not be read."""
    now = dt.datetime.now(tz=dt.UTC).timestamp()
    groups: dict[str, list[tuple[InboxName, Path]]] = defaultdict(list)
    bad: list[tuple[Path, str]] = []
    for path in sorted(directory.iterdir()):
        if not path.is_file() or not path.name.startswith("IN"):
            continue
        parsed = parse_name(path.name)
        if parsed is None:
            bad.append((path, "文件名不符合 gammu 收件格式"))
            continue
        if min_age_seconds and now - path.stat().st_mtime < min_age_seconds:
            continue  # gammu-smsd may still be writing it
        groups[parsed.group_key].append((parsed, path))
    messages: list[InboxMessage] = []
    for key, members in sorted(groups.items()):
        members.sort(key=lambda m: m[0].part)
        first = members[0][0]
        try:
            received = first.received_at(tz)
        except SmsFileError as exc:
            bad.extend((p, str(exc)) for _, p in members)
            continue
        message = InboxMessage(key=key, sender=first.sender, received_at=received)
        texts = []
        for name, path in members:
            try:
                texts.append(decode_sms_file(path.read_bytes()))
            except (OSError, SmsFileError) as exc:
                bad.append((path, str(exc)))
                continue
            message.files.append(path)
            message.parts.append(name.part)
        if message.files:
            message.text = "".join(texts)
            messages.append(message)
    return messages, bad


def inbox_ingest(
    *, channel: Channel, directory: Path, archive: Path | None = None, min_age_seconds: float = 0.0
) -> list[IngestResult]:
    """Register every message in a gammu-smsd inbox directory; optionally move files done with.

    A file is moved to `archive` only after its item is committed (or found to be a
    duplicate), so a crash in between registers nothing twice: the next scan reports it
    as a duplicate and moves it then.
    """
    zone = (channel.settings or {}).get("phone_timezone")
    try:
        tz = zoneinfo.ZoneInfo(str(zone)) if zone else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = None
    messages, bad = read_inbox(directory, min_age_seconds=min_age_seconds, tz=tz)
    results: list[IngestResult] = []
    for message in messages:
        missing = message.missing_parts
        result = sms_receive(
            channel=channel,
            sender=message.sender,
            text=message.text,
            received_at=message.received_at,
            source=str(message.files[0]),
            source_id=f"gammu:{channel.pk}:{message.key}",
            detail={
                "gammu_file": message.files[0].name,
                "parts": len(message.files),
                "missing_parts": missing,
            },
        )
        results.append(result)
        if archive is not None and result.error is None:
            archive.mkdir(parents=True, exist_ok=True)
            for path in message.files:
                path.replace(archive / path.name)
    for path, reason in bad:
        results.append(IngestResult(source=str(path), error=reason))
    return results
