from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "xunshi.triage"
    verbose_name = "研判"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from xunshi.triage.rosterdb import connect_invalidation

        connect_invalidation()
