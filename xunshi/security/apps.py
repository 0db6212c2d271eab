from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "xunshi.security"
    label = "security"
    verbose_name = "安全"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib import admin
        from django_otp.plugins.otp_totp.models import TOTPDevice

        # django-otp's admin shows every user's TOTP secret as a QR code: the administrator
        # could then pass anyone's second factor. A lost phone is reset with
        # `xunshi account reset-2fa`, which deletes the device instead.
        if admin.site.is_registered(TOTPDevice):
            admin.site.unregister(TOTPDevice)
