from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "xunshi.intake"
    label = "intake"
    verbose_name = "信访件登记"
