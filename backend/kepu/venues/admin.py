from django.contrib import admin

from .models import EventVenue, GalleryRefresh, Venue


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "area",
        "organization",
        "building_area",
        "exhibition_area",
        "opened_on",
        "closed_on",
    ]
    list_filter = ["kind"]
    search_fields = ["name", "address"]


@admin.register(EventVenue)
class EventVenueAdmin(admin.ModelAdmin):
    list_display = ["event", "venue"]
    raw_id_fields = ["event", "venue"]


@admin.register(GalleryRefresh)
class GalleryRefreshAdmin(admin.ModelAdmin):
    list_display = ["venue", "date", "theme", "recorded_by"]
    raw_id_fields = ["venue", "recorded_by"]
