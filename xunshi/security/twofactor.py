"""TOTP devices for staff: enrolment on first login, then a code at every login."""

from __future__ import annotations

import base64

import qrcode
import qrcode.image.svg
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from xunshi.audit.services import audit_record


def user_is_verified(user: object) -> bool:
    """Set by django-otp's middleware on request.user: True once a device verified this session."""
    check = getattr(user, "is_verified", None)
    return bool(check()) if callable(check) else False


def confirmed_device(user: AbstractBaseUser) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def enrolment_device(user: AbstractBaseUser) -> TOTPDevice:
    """The device being set up; the same one across page reloads until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="身份验证器", confirmed=False)
    return device


def device_secret(device: TOTPDevice) -> str:
    """The key as authenticator apps expect it typed by hand (base32, in groups of four)."""
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_svg(device: TOTPDevice) -> str:
    """The provisioning URL as an SVG drawn here: no outside service sees the secret."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg: str = image.to_string(encoding="unicode")
    return svg


def device_verify(*, user: AbstractBaseUser, device: TOTPDevice, token: str) -> bool:
    """Check a code (django-otp slows down repeated failures per device); audited."""
    token = "".join(ch for ch in token if ch.isdigit())
    with transaction.atomic():
        ok = bool(token) and device.verify_token(token)
        enrolled = ok and not device.confirmed
        if enrolled:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
        audit_record(
            action="auth.2fa_enrolled" if enrolled else ("auth.2fa_passed" if ok else "auth.2fa_failed"),
            actor=user,  # type: ignore[arg-type]
            target_type="user",
            target_id=user.pk,
        )
    return ok


@transaction.atomic
def two_factor_reset(*, user: AbstractBaseUser, actor_label: str) -> int:
    """For a lost phone: the user enrols again at the next login."""
    count, _ = TOTPDevice.objects.filter(user=user).delete()
    audit_record(
        action="auth.2fa_reset",
        actor_label=actor_label,
        target_type="user",
        target_id=user.pk,
        data={"devices": count},
    )
    return count
