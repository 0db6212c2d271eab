"""At rest: identity columns and stored originals are ciphertext; the database file and a
backup hold no plaintext identity; keys rotate; retention purges or seals at round end."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from xunshi.channels.email.ingest import mail_ingest
from xunshi.channels.sms.receive import sms_receive
from xunshi.core.crypto import reset_key_cache, sealed_key_id
from xunshi.core.keys import identity_keyring
from xunshi.intake.models import ReporterIdentity
from xunshi.intake.storage import attachment_path, read_bytes, store_bytes
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"), text.encode("gb18030")]


def _files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and "keys" not in p.parts]


def _assert_absent(paths: list[Path], secrets: list[str]) -> int:
    checked = 0
    for path in paths:
        data = path.read_bytes()
        for secret in secrets:
            for form in _forms(secret):
                assert form not in data, f"{secret!r} found in {path}"
        checked += 1
    return checked


def _mail(kit: Any) -> bytes:
    return (
        f"From: reporter <{kit.phone}@139.com>\r\nTo: hbswxsz07@hebei.gov.cn\r\n"
        "Subject: =?utf-8?b?5Y+N5pig6Zeu6aKY?=\r\nMessage-ID: <at-rest-1@example.org>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "任丘市某局局长违规收受购物卡。\r\n"
    ).encode()


@pytest.mark.django_db(transaction=True)
def test_database_file_and_backup_hold_no_plaintext_identity(
    demo_round: Round, kit: Any, tmp_path: Path
) -> None:
    # Portal (named), e-mail and SMS: the reporter's phone and ID number arrive in each.
    kit.reported_item(
        demo_round,
        "任丘市",
        "来信反映局长问题",
        identity_kind="named",
        identity=kit.named_reporter(),
        attachments=[("身份证.txt", f"{kit.name} {kit.id_number} {kit.phone}".encode())],
    )
    mail = mail_ingest(
        round=demo_round, channel=channel_for_kind(demo_round, "email"), raw=_mail(kit), source="test"
    )
    assert mail.item, mail
    sms = sms_receive(
        channel=channel_for_kind(demo_round, "sms"),
        sender=kit.phone,
        text="任丘市某局长收钱",
        received_at=timezone.now(),
        source="test",
    )
    assert sms.item, sms
    assert ReporterIdentity.objects.filter(phone=kit.phone).count() == 0  # ciphertext never equals plaintext
    assert sorted(r.phone or r.sender for r in ReporterIdentity.objects.all())[0].endswith(kit.phone[-4:])

    secrets = [kit.phone, kit.id_number, kit.name]
    # Every column of every table, whatever the database: no plaintext identity.
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 - introspected names
            for row in cursor.fetchall():
                assert not any(s in repr(row) for s in secrets), table
    if connection.vendor != "sqlite":
        pytest.skip("the file-level search and `xunshi backup` are for the SQLite deployment")
    db_file = Path(str(connection.settings_dict["NAME"]))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dest = tmp_path / "backup"
    out = subprocess.run(
        [sys.executable, "-m", "xunshi", "backup", str(dest)],
        env={
            **__import__("os").environ,
            "XUNSHI_DATA_DIR": str(settings.DATA_DIR),
            "DATABASE_URL": f"sqlite:///{db_file}",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert (dest / "xunshi.sqlite3").exists() and list((dest / "attachments").rglob("*"))
    # The copy is a working database with the rows in it.
    copy = sqlite3.connect(dest / "xunshi.sqlite3")
    assert copy.execute("SELECT count(*) FROM intake_item").fetchone()[0] == 3
    copy.close()
    live = [db_file, *[Path(f"{db_file}{s}") for s in ("-wal", "-shm") if Path(f"{db_file}{s}").exists()]]
    checked = _assert_absent(live + _files_under(Path(settings.DATA_DIR) / "attachments"), secrets)
    checked += _assert_absent(_files_under(dest), secrets)
    print(f"at rest: {checked} files searched for phone, ID number and name in UTF-8, UTF-16LE/BE, GB18030")


@pytest.mark.django_db
def test_stored_files_are_sealed_and_verified() -> None:
    data = "举报材料：张某某 13907310466".encode()
    digest = store_bytes(data)
    on_disk = attachment_path(digest).read_bytes()
    assert data not in on_disk and sealed_key_id(on_disk) is not None
    assert read_bytes(digest) == data
    tampered = bytearray(on_disk)
    tampered[-1] ^= 1
    attachment_path(digest).write_bytes(bytes(tampered))
    with pytest.raises(OSError):
        read_bytes(digest)
    # Rotation lists it and keeps the old key rather than fail or lose it.
    from xunshi.security.keyring import keys_rotate

    report = keys_rotate()
    assert report.unreadable == [digest] and report.retired == []
    attachment_path(digest).unlink()


@pytest.mark.django_db
def test_files_written_before_sealing_are_still_read_and_then_sealed_by_rotation(
    demo_round: Round, kit: Any
) -> None:
    import hashlib

    legacy = b"legacy plaintext original"
    digest = hashlib.sha256(legacy).hexdigest()
    attachment_path(digest).parent.mkdir(parents=True, exist_ok=True)
    attachment_path(digest).write_bytes(legacy)
    assert read_bytes(digest) == legacy
    item = kit.reported_item(
        demo_round, "任丘市", "内容", identity_kind="named", identity=kit.named_reporter()
    )
    old_key = identity_keyring(settings.DATA_DIR)["active"]
    from xunshi.security.keyring import keys_rotate

    report = keys_rotate()
    reset_key_cache()
    ring = identity_keyring(settings.DATA_DIR)
    assert ring["active"] == report.new_key != old_key
    assert list(ring["keys"]) == [report.new_key]  # type: ignore[call-overload]
    assert old_key in report.retired
    assert report.values >= 3 and report.files >= 1
    assert sealed_key_id(attachment_path(digest).read_bytes()) == report.new_key
    identity = ReporterIdentity.objects.get(item=item)
    assert identity.phone == kit.phone and identity.id_number == kit.id_number
    with connection.cursor() as cursor:
        cursor.execute("SELECT phone FROM intake_reporteridentity WHERE id = %s", [identity.pk])
        assert cursor.fetchone()[0].startswith(f"v1:{report.new_key}:")
    from xunshi.audit.models import AuditEntry

    assert AuditEntry.objects.filter(action="keys.rotate").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("policy", ["purge", "seal"])
def test_retention_at_round_end(demo_round: Round, kit: Any, policy: str, settings: Any) -> None:
    from xunshi.audit.models import AuditEntry
    from xunshi.channels.models import DutyCall, MailRecord
    from xunshi.channels.phone.services import duty_call_log
    from xunshi.security.retention import (
        RetentionError,
        retention_apply,
        retention_plan,
        sealed_identities_open,
        sealed_original_open,
    )

    settings.XUNSHI_RETENTION_POLICY = policy
    item = kit.reported_item(
        demo_round,
        "任丘市",
        "内容",
        identity_kind="named",
        identity=kit.named_reporter(),
        attachments=[("证据.txt", "购物卡照片说明".encode())],
    )
    # The raw e-mail (From header) and a voicemail (the caller's voice) identify their reporters.
    raw_mail = _mail(kit)
    mail = mail_ingest(
        round=demo_round, channel=channel_for_kind(demo_round, "email"), raw=raw_mail, source="t"
    )
    assert mail.item
    raw_sha = MailRecord.objects.get(item__number=mail.item).raw_sha256
    voice = b"RIFF$\x00\x00\x00WAVEfmt " + b"\x10\x00\x00\x00\x01\x00\x01\x00" + bytes(28)
    call = duty_call_log(
        channel=channel_for_kind(demo_round, "phone"),
        at=timezone.now(),
        caller=kit.phone,
        kind="voicemail",
        actor=None,
        voicemail=("留言.wav", voice),
    )
    voice_sha = call.voicemail_sha256
    evidence_sha = item.attachments.get().sha256
    with pytest.raises(RetentionError):
        retention_apply(demo_round)
    Round.objects.filter(pk=demo_round.pk).update(stage=Round.Stage.CLOSED)
    demo_round.refresh_from_db()
    plan = retention_plan(demo_round)
    assert (plan.identities, plan.originals) == (2, 2)
    run = retention_apply(demo_round)
    identity = ReporterIdentity.objects.get(item=item)
    assert identity.name == identity.phone == identity.id_number == ""
    archive = Path(settings.DATA_DIR) / "archive" / run.archive_name
    assert archive.exists() and kit.phone.encode() not in archive.read_bytes()
    assert AuditEntry.objects.filter(action=f"round.retention_{policy}", target_id=demo_round.slug).exists()
    assert retention_plan(demo_round).done
    # The identity-bearing originals are gone from the live store; the evidence stays.
    assert not attachment_path(raw_sha).exists() and not attachment_path(voice_sha).exists()
    assert read_bytes(evidence_sha) == "购物卡照片说明".encode()
    assert DutyCall.objects.get(pk=call.pk).caller == ""
    assert run.originals == 2
    if policy == "seal":
        sealed = Path(settings.DATA_DIR) / "archive" / run.sealed_name
        key = Path(settings.DATA_DIR) / "keys" / "sealed" / f"{run.sealed_name}.key"
        assert kit.phone.encode() not in sealed.read_bytes()
        opened = sealed_identities_open(sealed, key)
        assert opened[item.number]["phone"] == kit.phone
        assert opened[f"call-{call.pk}"] == {"caller": kit.phone}  # a call with no item stays recoverable
        originals = Path(settings.DATA_DIR) / "archive" / f"{run.sealed_name}.originals"
        assert sealed_original_open(originals / f"{mail.item}-mail.eml", key) == raw_mail
        assert sealed_original_open(originals / f"call-{call.pk}-voicemail", key) == voice
        assert all(kit.phone.encode() not in f.read_bytes() for f in originals.iterdir())
    else:
        assert run.sealed_name == ""
        assert not list((Path(settings.DATA_DIR) / "archive").glob("*.originals"))


def test_retention_command_dry_run_and_apply(tmp_path: Path) -> None:
    env = {**__import__("os").environ, "XUNSHI_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "xunshi", *args], env=env, capture_output=True, text=True, check=False
        )

    assert run("init").returncode == 0
    assert run("round", "load-seed").returncode == 0
    dry = run("round", "retention")
    assert dry.returncode == 0 and "没有已结束的轮次" in dry.stdout
    assert run("keys", "rotate").returncode == 0
    assert run("audit", "verify").returncode == 0
