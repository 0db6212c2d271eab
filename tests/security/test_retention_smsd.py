"""Retention reaches gammu-smsd: answers it sent or failed, the outbox, read inbox files and
its log keep reporters' numbers outside the data directory. A real smsd (Gammu's dummy
phone) sends the answers; retention then seals or purges them like any identity original."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from hypothesis import given
from hypothesis import strategies as st

from tests.channels.channel_components import gammu_rc, need, stop
from xunshi.channels.sms.outbound import sms_send
from xunshi.intake.services import Identity
from xunshi.rounds.models import Channel, Round
from xunshi.rounds.selectors import channel_for_kind
from xunshi.security.retention import (
    retention_apply,
    retention_plan,
    sealed_identities_open,
    sealed_original_open,
)
from xunshi.security.smsd_spool import smsd_config_paths

REPEAT = "13900005555"  # also reported in a round still open: left for that round's retention
OTHER = "13800001111"  # nobody's number in these rounds


@pytest.fixture
def own_archive() -> Iterator[None]:
    """What these runs add to DATA_DIR/archive goes afterwards: other tests look for none."""
    archive = Path(settings.DATA_DIR) / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    before = set(archive.iterdir())
    yield
    for path in set(archive.iterdir()) - before:
        shutil.rmtree(path) if path.is_dir() else path.unlink()


def _naming(folder: Path, digits: str) -> list[Path]:
    return [
        p for p in folder.iterdir() if p.is_file() and (digits in p.name or digits.encode() in p.read_bytes())
    ]


def _run_smsd(rc: Path, outbox: Path) -> None:
    process = subprocess.Popen(
        ["gammu-smsd", "-c", str(rc)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while list(outbox.glob("OUT*")) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop(process)
    assert not list(outbox.glob("OUT*")), "gammu-smsd did not send"


@pytest.mark.django_db
@pytest.mark.integration
@pytest.mark.parametrize("policy", ["purge", "seal"])
def test_retention_seals_or_purges_what_gammu_smsd_kept(
    demo_round: Round,
    seed_round: Round,
    kit: Any,
    policy: str,
    tmp_path: Path,
    settings: Any,
    own_archive: None,
) -> None:
    need("gammu-smsd", "gammu-smsd-inject")
    settings.XUNSHI_RETENTION_POLICY = policy
    smsd = tmp_path / "smsd"
    rc = gammu_rc(smsd)
    inbox = tmp_path / "inbox"
    (inbox / "done").mkdir(parents=True)
    channel = channel_for_kind(demo_round, "sms")
    channel.receive_only = False
    channel.settings = {"smsd_config": str(rc), "inbox_dir": str(inbox)}
    channel.save(update_fields=["receive_only", "settings"])
    kit.reported_item(demo_round, "任丘市", "反映甲", identity_kind="named", identity=kit.named_reporter())
    kit.reported_item(
        demo_round, "任丘市", "反映乙", identity_kind="named", identity=Identity(name="赵六", phone=REPEAT)
    )
    kit.reported_item(
        seed_round, "任丘市", "又反映", identity_kind="named", identity=Identity(name="赵六", phone=REPEAT)
    )

    for number in (kit.phone, REPEAT, OTHER):
        sms_send(channel=channel, to=number, text="您反映的问题已受理，感谢您的监督。")
    _run_smsd(rc, smsd / "outbox")
    log = smsd / "smsd.log"
    transmitted = log.read_text().count("Transmitted")
    assert transmitted == 3 and kit.phone in log.read_text()
    # One answer still waiting, one that failed (smsd moves the file to error/ unchanged),
    # and the reporter's own SMS as it was read from the inbox and moved aside.
    sms_send(channel=channel, to=kit.phone, text="核查结果将另行告知。")
    shutil.copy(_naming(smsd / "sent", kit.phone)[0], smsd / "error")
    incoming = inbox / "done" / f"IN20261126_101010_00_+86{kit.phone}_00.txt"
    incoming.write_bytes("反映甲".encode("utf-16"))
    folders = [smsd / "sent", smsd / "error", smsd / "outbox", inbox / "done"]
    assert [len(_naming(f, kit.phone)) for f in folders] == [1, 1, 1, 1]

    Round.objects.filter(pk=demo_round.pk).update(stage=Round.Stage.CLOSED)
    demo_round.refresh_from_db()
    plan = retention_plan(demo_round)
    assert plan.smsd_files == 5 and not plan.done  # four files and the log
    kept_sent = sorted(p.name for p in (smsd / "sent").iterdir() if kit.phone not in p.name)
    before = {str(p): p.read_bytes() for f in folders for p in _naming(f, kit.phone)}
    archive = Path(settings.DATA_DIR) / "archive"
    sealed_before = set(archive.glob("*.originals"))
    run = retention_apply(demo_round)

    assert [_naming(f, kit.phone) for f in folders] == [[], [], [], []]
    assert sorted(p.name for p in (smsd / "sent").iterdir()) == kept_sent
    assert len(_naming(smsd / "sent", REPEAT)) == len(_naming(smsd / "sent", OTHER)) == 1
    text = log.read_text()
    assert kit.phone not in text and REPEAT in text and OTHER in text
    assert text.count("Transmitted") == transmitted  # the log keeps its lines, without the number
    assert run.originals == 5 and retention_plan(demo_round).done
    if policy == "purge":
        assert run.sealed_name == "" and set(archive.glob("*.originals")) == sealed_before
        return
    key = Path(settings.DATA_DIR) / "keys" / "sealed" / f"{run.sealed_name}.key"
    sealed = sorted((archive / f"{run.sealed_name}.originals").glob("smsd-*"))
    assert len(sealed) == 5
    assert all(kit.phone not in p.name and kit.phone.encode() not in p.read_bytes() for p in sealed)
    # With the offline key the 巡视办 gets every file back, byte for byte, and where it was.
    opened = {p.name: sealed_original_open(p, key) for p in sealed}
    where = sealed_identities_open(archive / run.sealed_name, key)
    assert {where[name]["path"]: body for name, body in opened.items() if name in where} == before
    (log_lines,) = [body for name, body in opened.items() if name.startswith("smsd-log-")]
    assert log_lines.count(b"Transmitted") == 1 and kit.phone.encode() in log_lines


@pytest.mark.django_db
def test_an_unreadable_smsd_config_is_reported_not_skipped_silently(
    demo_round: Round, kit: Any, tmp_path: Path
) -> None:
    channel = channel_for_kind(demo_round, "sms")
    channel.settings = {"smsd_config": str(tmp_path / "gone" / "gammurc")}
    channel.save(update_fields=["settings"])
    kit.reported_item(demo_round, "任丘市", "反映", identity_kind="named", identity=kit.named_reporter())
    Round.objects.filter(pk=demo_round.pk).update(stage=Round.Stage.CLOSED)
    demo_round.refresh_from_db()
    plan = retention_plan(demo_round)
    assert plan.smsd_files == 0
    assert [w for w in plan.warnings if "gammurc" in w and "无法读取" in w]
    assert Channel.objects.get(pk=channel.pk).settings["smsd_config"]  # untouched


SEGMENT = st.text(alphabet="abcXYZ09_-巡视短信", min_size=1, max_size=8)


def _case(key: str, flips: list[bool]) -> str:
    return "".join(c.upper() if f else c for c, f in zip(key, flips + [False] * len(key), strict=False))


@given(
    folders=st.lists(st.lists(SEGMENT, min_size=1, max_size=3), min_size=3, max_size=3),
    absolute=st.lists(st.booleans(), min_size=3, max_size=3),
    flips=st.lists(st.booleans(), max_size=12),
    spaces=st.sampled_from(["=", " = ", "=  ", "\t=\t"]),
    trailing_slash=st.booleans(),
    log=st.one_of(st.sampled_from(["syslog", "stderr", "", "SYSLOG"]), SEGMENT),
    section=st.sampled_from(["smsd", "SMSD", "Smsd"]),
)
def test_smsd_config_paths_read_as_gammu_reads_them(
    folders: list[list[str]],
    absolute: list[bool],
    flips: list[bool],
    spaces: str,
    trailing_slash: bool,
    log: str,
    section: str,
) -> None:
    base = Path(settings.DATA_DIR) / "rc"
    base.mkdir(exist_ok=True)
    expected = []
    lines = [
        "# gammu-smsd configuration",
        "[gammu]",
        "device = /dev/ttyUSB0",
        f"[{section}]",
        "service = files",
    ]
    for key, parts, is_abs in zip(
        ("outboxpath", "sentsmspath", "errorsmspath"), folders, absolute, strict=True
    ):
        raw = ("/var/spool/" if is_abs else "") + "/".join(parts) + ("/" if trailing_slash else "")
        lines += ["; a comment", f"{_case(key, flips)}{spaces}{raw}"]
        expected.append(Path(raw) if is_abs else base / raw)
    lines.append(f"LogFile{spaces}{log}")
    rc = base / "gammurc"
    rc.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found, found_log = smsd_config_paths(rc)
    assert found == expected
    assert found_log == (None if log.lower() in {"syslog", "stderr", ""} else base / log)


def test_a_file_smsd_moved_after_the_first_look_is_removed_too(tmp_path: Path) -> None:
    """Between retention's first look and the delete, smsd moves a sent message from outbox/
    to sent/: once the numbers are gone from the database it could never be found again."""
    import re

    from xunshi.security.smsd_spool import SmsdFiles, smsd_files_remove

    outbox, sent = tmp_path / "outbox", tmp_path / "sent"
    outbox.mkdir()
    sent.mkdir()
    first = outbox / f"OUTC20261126_101500_00_{REPEAT}_sm0.smsbackup"
    first.write_text("答复", encoding="utf-8")
    untouched = sent / f"OUTC20261126_090000_00_{OTHER}_sm0.smsbackup"
    untouched.write_text("另一轮次", encoding="utf-8")
    found = SmsdFiles((first,), {}, (), re.compile(re.escape(REPEAT)), (outbox, sent))
    moved = sent / first.name  # smsd sent it meanwhile
    first.rename(moved)
    assert smsd_files_remove(found) == []
    assert not moved.exists() and not first.exists() and untouched.exists()
