"""Outbound SMS through gammu-smsd: the answer is written into smsd's outbox, smsd sends it.

The SMS channel's `settings` opt in with the smsd configuration file of the phone that may
send (the published receive-only mobile never does, see `Channel.receive_only`):

    {"smsd_config": "/etc/gammu-smsdrc"}                 the `files` backend's config
    {"smsd_inject": "/usr/bin/gammu-smsd-inject"}        optional, default from PATH

`gammu-smsd-inject -c CONFIG TEXT NUMBER -unicode -len N -text …` writes one outbox file
(SMS-backup INI, one section per part) that smsd picks up; a text longer than one SMS goes
as a concatenated (multipart) message, which is what `-len` asks for. Being in the outbox is
as far as this system can see: delivery reports stay in smsd.

Errors never carry the number: gammu prints it in file names, so only our own text, the
exit code and gammu's own "Failed …" line (with digit runs blanked) are kept.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from xunshi.channels.sms.numbers import normalize_number
from xunshi.channels.sms.receive import ReceiveOnly
from xunshi.rounds.models import Channel

INJECT_TIMEOUT_SECONDS = 30
# UCS-2: 70 characters in one SMS, 67 per part of a concatenated one (the rest is the UDH).
SINGLE_UCS2, PART_UCS2 = 70, 67
MAX_PARTS = 10  # operators and phones drop longer concatenations; an answer is never that long
_NUMBER = re.compile(r"\+?\d{3,20}")
_DIGITS = re.compile(r"\+?\d[\d\s-]{3,}\d")


class SmsOutboundError(RuntimeError):
    """The answer cannot be sent as configured (no outbox, bad number, text too long): no retry helps."""


class SmsInjectFailed(RuntimeError):
    """gammu-smsd-inject failed this time (the queue retries); the message names no number."""


@dataclass(frozen=True)
class SmsdOutbox:
    config: Path
    inject: str


def smsd_outbox(channel: Channel) -> SmsdOutbox | None:
    """The channel's gammu-smsd outbox, or None when the channel does not send through one."""
    cfg = channel.settings or {}
    config = str(cfg.get("smsd_config") or "").strip()
    if channel.kind != Channel.Kind.SMS or not config:
        return None
    inject = str(cfg.get("smsd_inject") or "").strip() or "gammu-smsd-inject"
    # Absolute (links not followed), so that inject and retention read the same folders.
    return SmsdOutbox(config=Path(config).absolute(), inject=inject)


def smsd_configured(channel: Channel | None) -> bool:
    """Answers by SMS can go out through this channel (configured and not receive-only)."""
    return channel is not None and not channel.receive_only and smsd_outbox(channel) is not None


def sms_parts(text: str) -> int:
    # Parts hold UCS-2 code units: a character outside the BMP (an emoji) takes two.
    n = len(text.encode("utf-16-le")) // 2
    return 1 if n <= SINGLE_UCS2 else -(-n // PART_UCS2)


def _scrub(line: str, number: str) -> str:
    if number:
        line = line.replace(number, "…")
    return _DIGITS.sub("…", line)[:240]


def sms_send(*, channel: Channel, to: str, text: str) -> int:
    """Put one SMS into the channel's smsd outbox; returns the number of parts.

    Raises ReceiveOnly for a receive-only channel, SmsOutboundError when it cannot be sent
    as configured and SmsInjectFailed for a failure a retry may cure."""
    if channel.receive_only:
        raise ReceiveOnly(f"渠道“{channel.label}”仅接收短信，不得经此号码外发")
    outbox = smsd_outbox(channel)
    if outbox is None:
        raise SmsOutboundError("短信渠道未配置 gammu-smsd 发件（settings.smsd_config）")
    number = normalize_number(to)
    if not _NUMBER.fullmatch(number):
        raise SmsOutboundError("没有有效的手机号码")
    if not text.strip():
        raise SmsOutboundError("短信内容为空")
    if sms_parts(text) > MAX_PARTS:
        raise SmsOutboundError(f"短信过长（{len(text)} 字，超过 {MAX_PARTS} 条）")
    if not outbox.config.is_file():
        raise SmsOutboundError(f"gammu-smsd 配置文件不存在：{outbox.config}")
    binary = shutil.which(outbox.inject)
    if binary is None:
        raise SmsOutboundError(f"未安装 {outbox.inject}（Debian 软件包 gammu-smsd）")
    # -text is read in the locale's charset; -len makes a long text one multipart message.
    args = [binary, "-c", str(outbox.config), "TEXT", number, "-unicode", "-len", str(len(text))]
    args += ["-text", text]
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        # Relative folders in the config (outboxpath = outbox/) are read from the config's own
        # folder, as retention reads them (smsd_config_paths): the worker's working directory
        # must not decide where an answer lands.
        done = subprocess.run(  # noqa: S603 - argument list, no shell; the number is checked above
            args, capture_output=True, text=True, errors="replace", timeout=INJECT_TIMEOUT_SECONDS, env=env,
            cwd=outbox.config.parent,
        )
    except subprocess.TimeoutExpired:
        raise SmsInjectFailed(f"gammu-smsd-inject 超时（{INJECT_TIMEOUT_SECONDS} 秒）") from None
    except OSError as exc:
        raise SmsInjectFailed(f"无法运行 gammu-smsd-inject：{type(exc).__name__}") from None
    if done.returncode != 0:
        # The first "Failed" line names the cause (e.g. the outbox path), the last its effect.
        lines = [ln.split("]: ", 1)[-1].strip() for ln in (done.stderr + "\n" + done.stdout).splitlines()]
        failed = [ln for ln in lines if ln.startswith("Failed")]
        reason = f"：{_scrub('；'.join(failed), number)}" if failed else ""
        raise SmsInjectFailed(f"gammu-smsd-inject 退出码 {done.returncode}{reason}")
    return sms_parts(text)
