import sqlite3
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from xunshi.core.crypto import DecryptionError, decrypt, encrypt
from xunshi.intake.models import ReporterIdentity


def test_round_trip_and_binding_to_the_column() -> None:
    token = encrypt("张三 13800138000", context="intake.reporteridentity.phone")
    assert "13800138000" not in token
    assert decrypt(token, context="intake.reporteridentity.phone") == "张三 13800138000"
    with pytest.raises(DecryptionError):
        decrypt(token, context="intake.reporteridentity.name")


def test_tampered_ciphertext_does_not_verify() -> None:
    token = encrypt("秘密", context="c")
    prefix, key_id, body = token.split(":", 2)
    flipped = body[:-4] + ("AAAA" if body[-4:] != "AAAA" else "BBBB")
    with pytest.raises(DecryptionError):
        decrypt(f"{prefix}:{key_id}:{flipped}", context="c")


@pytest.mark.django_db(transaction=True)
def test_identity_is_not_in_the_database_file_in_clear(seed_round) -> None:  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from xunshi.intake.services import Identity, Incoming, item_receive
    from xunshi.rounds.selectors import channel_for_kind

    item_receive(
        Incoming(
            round=seed_round, channel=channel_for_kind(seed_round, "po_box"), content="反映某局长问题",
            received_at=timezone.now(), identity_kind="named",
            identity=Identity(name="李举报", phone="13912345678", id_number="130981198001011234"),
        )
    )
    assert ReporterIdentity.objects.get().phone == "13912345678"
    if connection.vendor != "sqlite":
        pytest.skip("file scan applies to the embedded SQLite database")
    connection.close()
    db_file = Path(settings.DATABASES["default"]["NAME"])
    raw = b"".join(p.read_bytes() for p in db_file.parent.glob(db_file.name + "*"))
    for secret in ("13912345678", "130981198001011234", "李举报"):
        assert secret.encode() not in raw
        assert secret.encode("utf-16-le") not in raw
    sqlite3.connect(db_file).close()
