from django.urls import path

from . import apis

urlpatterns = [
    path("venues/", apis.VenueListApi.as_view(), name="venue-list"),
    path("venues/kinds/", apis.VenueKindsApi.as_view(), name="venue-kinds"),
    path("venues/<int:pk>/", apis.VenueDetailApi.as_view(), name="venue-detail"),
    path("venues/<int:pk>/refreshes/", apis.GalleryRefreshListApi.as_view(), name="venue-refreshes"),
    path(
        "venues/<int:pk>/refreshes/<int:refresh_id>/",
        apis.GalleryRefreshDetailApi.as_view(),
        name="venue-refresh-detail",
    ),
    path(
        "venues/<int:pk>/refreshes/<int:refresh_id>/photo/",
        apis.GalleryRefreshPhotoApi.as_view(),
        name="venue-refresh-photo",
    ),
    path("events/<int:pk>/venue/", apis.EventVenueApi.as_view(), name="event-venue"),
    path("stats/venues/", apis.VenueStatsApi.as_view(), name="stats-venues"),
]
