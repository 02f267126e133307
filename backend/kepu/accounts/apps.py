from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "kepu.accounts"
    label = "accounts"

    def ready(self):
        from . import limits  # noqa: F401 - connects the sign-in failure counters
