from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "kepu.stats"
    label = "stats"
