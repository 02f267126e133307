from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "kepu.accounts"
    label = "accounts"
