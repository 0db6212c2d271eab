from django.apps import AppConfig


class RoundsConfig(AppConfig):
    name = "xunshi.rounds"
    label = "rounds"
    verbose_name = "巡视轮次"
