from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "xunshi.audit"
    label = "audit"
    verbose_name = "审计"

    def ready(self) -> None:
        from xunshi.audit import signals  # noqa: F401 — connects the login/logout receivers
