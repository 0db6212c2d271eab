from django.apps import AppConfig


class FieldworkConfig(AppConfig):
    name = "xunshi.fieldwork"
    label = "fieldwork"
    verbose_name = "巡视了解与整改"
    default_auto_field = "django.db.models.BigAutoField"
