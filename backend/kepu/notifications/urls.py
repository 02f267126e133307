from django.urls import path

from . import apis

urlpatterns = [
    path("notifications/", apis.NotificationListApi.as_view(), name="notification-list"),
    path("notifications/unread-count/", apis.NotificationUnreadCountApi.as_view(), name="notification-unread-count"),
    path("notifications/read-all/", apis.NotificationReadAllApi.as_view(), name="notification-read-all"),
    path("notifications/failed/", apis.FailedNotificationListApi.as_view(), name="notification-failed"),
    path("notifications/<int:pk>/read/", apis.NotificationReadApi.as_view(), name="notification-read"),
    path("me/preferences/", apis.PreferenceApi.as_view(), name="me-preferences"),
]
