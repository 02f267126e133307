from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "kepu.places"
    label = "places"
