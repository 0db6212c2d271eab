from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "xunshi.accounts"
    label = "accounts"
    verbose_name = "账户与权限"
