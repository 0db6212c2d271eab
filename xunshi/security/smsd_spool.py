"""Reporters' numbers in gammu-smsd's own files, for retention at round end.

gammu-smsd (`files` backend) keeps every answer it sent in SentSMSPath, every one it
failed in ErrorSMSPath, what is still waiting in OutboxPath, and names the number in its
log ("Transmitted OUTC…_+8613900002222_sms0.smsbackup … to +8613900002222"); the inbox
files this system has read are moved to the channel's archive directory. All of it is
outside the data directory and outside the database, so the identity rows' purge or seal
does not reach it.

A file belongs to a round when it names one of the round's reporters' numbers (file name
or content). A number that a reporter of a round still open also used is left alone: that
round's retention takes it, so a pending answer of the next round on the same phone is
never deleted. Log lines are not deleted but have those numbers replaced by "...".
"""

from __future__ import annotations

import configparser
import os
import re
from dataclasses import dataclass
from pathlib import Path

from xunshi.channels.models import DutyCall, SmsGroup
from xunshi.channels.sms.numbers import normalize_number
from xunshi.channels.sms.outbound import smsd_outbox
from xunshi.intake.models import ReporterIdentity
from xunshi.rounds.models import Channel, Round

# gammu-smsdrc keys (case-insensitive) of the folders that keep messages after sending.
SPOOL_KEYS = ("outboxpath", "sentsmspath", "errorsmspath")
# LogFile values that are not files.
_NOT_A_FILE = {"syslog", "stderr", "stdout", "eventlog", ""}
_MAX_FILE = 1 << 20  # an smsd message file is a few KB; a bigger file is not one of its


class SpoolError(RuntimeError):
    pass


@dataclass(frozen=True)
class SmsdFiles:
    """What retention does to gammu-smsd's files for one round."""

    files: tuple[Path, ...]  # whole message files naming a reporter: sealed and/or deleted
    logs: dict[Path, list[str]]  # log file -> its lines naming a reporter: sealed, then blanked
    warnings: tuple[str, ...]  # configs that could not be read: said, never guessed around
    pattern: re.Pattern[str] | None
    folders: tuple[Path, ...] = ()  # looked at again after the commit: smsd moves files meanwhile

    def __len__(self) -> int:
        return len(self.files) + len(self.logs)


def smsd_config_paths(config: Path) -> tuple[list[Path], Path | None]:
    """OutboxPath, SentSMSPath, ErrorSMSPath and LogFile of a gammu-smsdrc (`files` backend).

    Relative paths are taken from the config's own folder, where the answers' inject runs
    too (start smsd there as well: the Debian unit sets no working directory). Raises
    SpoolError when the file cannot be read."""
    parser = configparser.ConfigParser(strict=False, interpolation=None, comment_prefixes=("#", ";"))
    try:
        parser.read_string(config.read_text(encoding="utf-8", errors="replace"), source=str(config))
    except (OSError, configparser.Error) as exc:
        raise SpoolError(f"无法读取 gammu-smsd 配置 {config}：{type(exc).__name__}") from exc
    section = next((s for s in parser.sections() if s.strip().lower() == "smsd"), None)
    if section is None:
        raise SpoolError(f"gammu-smsd 配置 {config} 没有 [smsd] 段")
    values = parser[section]

    def path(key: str) -> Path | None:
        raw = (values.get(key) or "").strip().strip('"')
        if not raw:
            return None
        found = Path(raw)
        return found if found.is_absolute() else config.absolute().parent / found

    folders = [p for p in (path(k) for k in SPOOL_KEYS) if p is not None]
    log_raw = (values.get("logfile") or "").strip().strip('"')
    log = None if log_raw.lower() in _NOT_A_FILE else path("logfile")
    return folders, log


def _national(raw: str) -> str | None:
    number = normalize_number(raw)
    if not re.fullmatch(r"\+?\d{7,20}", number):
        return None  # an e-mail sender, a short code: no phone number to look for
    return number[3:] if number.startswith("+86") else number.lstrip("+")


def _numbers(rounds: list[Round]) -> set[str]:
    found: set[str] = set()
    for identity in ReporterIdentity.objects.filter(item__round__in=rounds).only("phone", "sender"):
        found.update(n for n in (_national(identity.phone), _national(identity.sender)) if n)
    for call in DutyCall.objects.filter(channel__round__in=rounds).only("caller"):
        found.update(n for n in [_national(call.caller)] if n)
    for group in SmsGroup.objects.filter(channel__round__in=rounds).only("sender"):
        found.update(n for n in [_national(group.sender)] if n)
    return found


def _number_pattern(numbers: set[str]) -> re.Pattern[str] | None:
    if not numbers:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True))
    # As smsd writes it (+86…), as typed (0086…, 0…) or bare; never inside a longer digit run.
    return re.compile(rf"(?<!\d)(?:\+?86|0086|0)?(?:{alternatives})(?!\d)")


def smsd_files(round: Round) -> SmsdFiles:
    open_rounds = list(Round.objects.exclude(stage=Round.Stage.CLOSED).exclude(pk=round.pk))
    pattern = _number_pattern(_numbers([round]) - _numbers(open_rounds))
    folders: list[Path] = []
    logs: list[Path] = []
    warnings: list[str] = []
    for channel in Channel.objects.filter(round=round, kind=Channel.Kind.SMS):
        outbox = smsd_outbox(channel)
        if outbox is not None:
            try:
                spool, log = smsd_config_paths(outbox.config)
            except SpoolError as exc:
                warnings.append(str(exc))
            else:
                folders += spool
                logs += [log] if log else []
        if (channel.settings or {}).get("inbox_dir"):
            from xunshi.channels.sms.tasks import inbox_paths

            folders.append(inbox_paths(channel)[1])  # inbox files already read, moved aside
    files: list[Path] = []
    hits: dict[Path, list[str]] = {}
    if pattern is not None:
        for folder in dict.fromkeys(folders):
            files += [p for p in sorted(_entries(folder)) if _names_a_reporter(p, pattern)]
        for log in dict.fromkeys(logs):
            if log.is_file():
                # Latin-1 maps bytes one to one: the log is written back byte for byte.
                lines = log.read_bytes().decode("latin-1").splitlines(keepends=True)
                found = [line for line in lines if pattern.search(line)]
                if found:
                    hits[log] = found
    return SmsdFiles(tuple(files), hits, tuple(warnings), pattern, tuple(dict.fromkeys(folders)))


def _entries(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_file() and not p.is_symlink()]
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise SpoolError(f"无法读取 gammu-smsd 目录 {folder}：{type(exc).__name__}") from exc


def _names_a_reporter(path: Path, pattern: re.Pattern[str]) -> bool:
    if pattern.search(path.name):
        return True
    if path.stat().st_size > _MAX_FILE:
        return False
    return pattern.search(path.read_bytes().decode("latin-1")) is not None


def smsd_check_writable(found: SmsdFiles) -> None:
    """Before anything is changed: every file to delete or blank can be (smsd runs as gammu)."""
    for path in [*found.files, *found.logs]:
        folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
        if not folder_ok or (path in found.logs and not os.access(path, os.W_OK)):
            raise SpoolError(f"没有权限修改 gammu-smsd 的文件 {path}（请以能写入该目录的用户运行）")


def smsd_files_remove(found: SmsdFiles) -> list[str]:
    """Delete the message files and blank the numbers in the logs (in place: smsd appends).

    Runs after the identity rows are emptied, when the numbers can no longer be found again:
    so the folders are read once more (smsd may have moved an outbox file to sent/ since the
    first look), and a file that cannot be removed is reported, never a reason to stop.
    Returns what could not be done, without numbers or file names (they hold the number)."""
    problems: list[str] = []
    pattern = found.pattern
    late: list[Path] = []
    if pattern is not None:
        for folder in found.folders:
            try:
                fresh = [p for p in _entries(folder) if p not in found.files]
                late += [p for p in fresh if _names_a_reporter(p, pattern)]
            except (SpoolError, OSError) as exc:
                problems.append(f"{folder.name}：{type(exc).__name__}")
    for path in [*found.files, *late]:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            problems.append(f"{path.parent.name}/…：{type(exc).__name__}")
    if pattern is None:
        return problems
    for log in found.logs:
        # Rewritten in place, not replaced: smsd keeps the file open and appends to it.
        try:
            with log.open("r+b") as handle:
                text = handle.read().decode("latin-1")
                handle.seek(0)
                handle.write(pattern.sub("...", text).encode("latin-1"))
                handle.truncate()
        except OSError as exc:
            problems.append(f"{log.name}：{type(exc).__name__}")
    return problems
