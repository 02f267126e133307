from django.contrib import admin

from .models import Popularizer, Volunteer, VolunteerRole, VolunteerSignup


@admin.register(Popularizer)
class PopularizerAdmin(admin.ModelAdmin):
    list_display = ["name", "organization", "kind", "gender", "qualified", "rural", "started_on", "ended_on"]
    list_filter = ["kind", "gender", "qualified", "rural"]
    search_fields = ["name", "organization__name"]


@admin.register(Volunteer)
class VolunteerAdmin(admin.ModelAdmin):
    list_display = ["user", "area", "organization", "registered_on", "withdrawn_on"]
    search_fields = ["user__name", "user__phone"]
    raw_id_fields = ["user"]


@admin.register(VolunteerRole)
class VolunteerRoleAdmin(admin.ModelAdmin):
    list_display = ["name", "event", "capacity", "filled"]
    raw_id_fields = ["event"]


@admin.register(VolunteerSignup)
class VolunteerSignupAdmin(admin.ModelAdmin):
    list_display = ["volunteer", "role", "status", "checked_in_at", "hours", "hours_confirmed_at"]
    list_filter = ["status"]
    raw_id_fields = ["role", "event", "volunteer", "hours_confirmed_by"]
