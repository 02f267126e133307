from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "kepu.events"
    label = "events"
