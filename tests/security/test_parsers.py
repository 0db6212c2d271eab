"""Property tests on the security code that reads outside input: TOTP codes as typed,
client-address headers, sealed files read back from disk."""

from __future__ import annotations

import pytest
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from xunshi.core.crypto import DecryptionError, open_bytes, seal_bytes, sealed_key_id
from xunshi.security.throttle import client_ident


@given(st.text(max_size=200))
def test_any_forwarded_header_gives_one_address_string(header: str) -> None:
    request = RequestFactory().get("/", HTTP_X_REAL_IP=header, REMOTE_ADDR="192.0.2.1")
    with override_settings(XUNSHI_CLIENT_IP_HEADER="HTTP_X_REAL_IP"):
        ident = client_ident(request)
    assert isinstance(ident, str) and "," not in ident
    with override_settings(XUNSHI_CLIENT_IP_HEADER=""):
        assert client_ident(request) == "192.0.2.1"


@given(st.binary(max_size=300))
def test_any_bytes_on_disk_open_or_are_refused(blob: bytes) -> None:
    sealed_key_id(blob)
    with pytest.raises(DecryptionError):
        open_bytes(blob, context="attachment:x")


@given(st.binary(max_size=300), st.integers(min_value=0, max_value=10_000))
def test_sealed_files_detect_any_single_bit_flip(data: bytes, position: int) -> None:
    blob = bytearray(seal_bytes(data, context="attachment:y"))
    assert open_bytes(bytes(blob), context="attachment:y") == data
    index = position % len(blob)
    blob[index] ^= 0x01
    with pytest.raises(DecryptionError):
        open_bytes(bytes(blob), context="attachment:y")


@pytest.mark.django_db
@settings(max_examples=40, deadline=None)
@given(token=st.text(max_size=40))
def test_any_typed_code_is_judged_without_error(token: str) -> None:
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from xunshi.security.twofactor import device_verify

    user, _ = get_user_model().objects.get_or_create(username="codes")
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="t")
    device.throttle_reset()
    assert device_verify(user=user, device=device, token=token) in (True, False)
