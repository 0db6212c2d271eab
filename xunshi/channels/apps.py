from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "xunshi.channels"
    label = "channels"
    verbose_name = "受理渠道接入"
    default_auto_field = "django.db.models.BigAutoField"
