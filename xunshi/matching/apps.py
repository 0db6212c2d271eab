from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "xunshi.matching"
    label = "matching"
    verbose_name = "重复件与人员档案"
