from django.contrib import admin

from .models import Area, Membership, Organization, Population
from .services import area_save


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "parent", "code", "urban_rural_code"]
    list_filter = ["level"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["parent"]

    def save_model(self, request, obj, form, change):
        area_save(area=obj, by=request.user)


@admin.register(Population)
class PopulationAdmin(admin.ModelAdmin):
    list_display = ["area", "year", "residents", "source"]
    list_filter = ["year", "area__level"]
    search_fields = ["area__name"]
    autocomplete_fields = ["area"]


class MembershipInline(admin.TabularInline):
    model = Membership
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "setting", "area", "is_active"]
    list_filter = ["setting", "is_active", "area__level"]
    search_fields = ["name", "area__name"]
    autocomplete_fields = ["area"]
    inlines = [MembershipInline]
