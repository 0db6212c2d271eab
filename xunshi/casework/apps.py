from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "xunshi.casework"
    label = "casework"
    verbose_name = "线索、转办与答复"
    default_auto_field = "django.db.models.BigAutoField"
