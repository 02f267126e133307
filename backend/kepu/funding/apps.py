from django.apps import AppConfig


class FundingConfig(AppConfig):
    name = "kepu.funding"
    label = "funding"
