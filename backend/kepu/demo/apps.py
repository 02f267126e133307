from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data, factories and benchmark baselines: the top floor, free to import every app."""

    name = "kepu.demo"
    label = "demo"
