"""The duty phone log: missed calls and voicemails wait on the call-back list until called
back; answered calls that are registered appear in the log; numbers are masked until a
duty officer reveals one for the call-back (audited)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.utils import timezone

from xunshi.audit.models import AuditEntry
from xunshi.channels.models import DutyCall
from xunshi.channels.phone.selectors import callback_list
from xunshi.channels.phone.services import duty_call_called_back, duty_call_log
from xunshi.intake.validation import IntakeError
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind

SH = ZoneInfo("Asia/Shanghai")
WAV = (
    b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00"
    b"\x02\x00\x10\x00data\x00\x00\x00\x00"
)


def csrf(client: Client, url: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(url).content.decode())
    assert match
    return match.group(1)


@pytest.mark.django_db
def test_missed_calls_stay_on_the_callback_list_until_called_back(demo_round: Round, leader: Client) -> None:
    phone = channel_for_kind(demo_round, "phone")
    sunday_night = dt.datetime(2026, 11, 22, 21, 30, tzinfo=SH)
    call = duty_call_log(channel=phone, at=sunday_night, caller="0317-7654321", kind="missed", actor=None)
    assert call.after_hours and call.awaits_callback
    voicemail = duty_call_log(
        channel=phone, at=sunday_night, caller="", kind="voicemail", actor=None, voicemail=("留言.wav", WAV)
    )
    assert voicemail.voicemail_sha256
    assert list(callback_list(round=demo_round)) == [call, voicemail]
    duty_call_called_back(call=call, actor=leader.user, outcome="已回拨，对方称将来信反映")  # type: ignore[attr-defined]
    assert list(callback_list(round=demo_round)) == [voicemail]
    with pytest.raises(IntakeError, match="已回拨过"):
        duty_call_called_back(call=call, actor=leader.user, outcome="再次")  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_a_missed_call_without_number_or_voicemail_is_refused(demo_round: Round) -> None:
    with pytest.raises(IntakeError, match="来电号码"):
        duty_call_log(
            channel=channel_for_kind(demo_round, "phone"),
            at=timezone.now(),
            caller="",
            kind="missed",
            actor=None,
        )
    with pytest.raises(IntakeError, match="音频"):
        duty_call_log(
            channel=channel_for_kind(demo_round, "phone"),
            at=timezone.now(),
            caller="1",
            kind="voicemail",
            actor=None,
            voicemail=("x.txt", "文字".encode()),
        )
    assert not DutyCall.objects.exists()


@pytest.mark.django_db
def test_the_caller_number_is_encrypted_at_rest(demo_round: Round) -> None:
    from django.db import connection

    duty_call_log(
        channel=channel_for_kind(demo_round, "phone"),
        at=timezone.now(),
        caller="13912345678",
        kind="missed",
        actor=None,
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT caller FROM channels_dutycall")
        [(stored,)] = cursor.fetchall()
    assert "13912345678" not in stored


@pytest.mark.django_db
def test_workbench_page_masks_numbers_and_reveal_is_audited(
    demo_round: Round, leader: Client, local_liaison: Client
) -> None:
    url = "/workbench/channels/phone/"
    token = csrf(leader, url)
    leader.post(
        url,
        {
            "csrfmiddlewaretoken": token,
            "at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "caller": "13912345678",
            "kind": "missed",
        },
    )
    call = DutyCall.objects.get()
    page = leader.get(url).content.decode()
    assert "139****5678" in page and "13912345678" not in page
    revealed = leader.post(f"/workbench/channels/phone/{call.pk}/reveal/", {"csrfmiddlewaretoken": token})
    assert "13912345678" in revealed.content.decode()
    assert AuditEntry.objects.filter(action="phone.number_revealed", target_id=str(call.pk)).exists()
    leader.post(
        f"/workbench/channels/phone/{call.pk}/callback/",
        {"csrfmiddlewaretoken": token, "outcome": "已回拨", "item_number": ""},
    )
    call.refresh_from_db()
    assert call.called_back_at is not None
    assert local_liaison.get(url).status_code == 403


@pytest.mark.django_db
def test_registered_phone_calls_appear_in_the_duty_log(demo_round: Round, leader: Client) -> None:
    url = "/workbench/register/phone/"
    token = csrf(leader, url)
    leader.post(
        url,
        {
            "csrfmiddlewaretoken": token,
            "channel": channel_for_kind(demo_round, "phone").pk,
            "received_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "identity_kind": "anonymous",
            "caller_number": "0317-1234567",
            "taken_by": "值班员",
            "content": "反映某局长公车私用。",
        },
    )
    call = DutyCall.objects.get()
    assert call.kind == "answered" and call.item is not None and not call.awaits_callback
