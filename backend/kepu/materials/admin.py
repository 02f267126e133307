from django.contrib import admin

from .models import Distribution, Material


@admin.register(Material)
class MaterialAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "unit", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]


@admin.register(Distribution)
class DistributionAdmin(admin.ModelAdmin):
    list_display = ["material", "quantity", "date", "area", "event", "channel"]
    list_filter = ["channel", "material__kind"]
    search_fields = ["material__name", "area__name", "event__title", "note"]
    autocomplete_fields = ["material", "area"]
    raw_id_fields = ["event"]
    date_hierarchy = "date"
