from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    """The labels of every choice the API uses, in the caller's language, for clients to show."""

    name = "kepu.catalogue"
    label = "catalogue"
