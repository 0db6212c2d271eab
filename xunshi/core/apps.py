from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "xunshi.core"
    label = "core"
    verbose_name = "基础"
