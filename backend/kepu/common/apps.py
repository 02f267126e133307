from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "kepu.common"
    label = "common"
