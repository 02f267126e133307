from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "kepu.notifications"
    label = "notifications"
