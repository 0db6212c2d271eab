from django.apps import AppConfig


class RosterConfig(AppConfig):
    name = "xunshi.roster"
    label = "roster"
    verbose_name = "干部名册"
