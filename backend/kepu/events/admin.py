from django.contrib import admin

from .models import Audience, Event, EventReport, Evidence, Registration, WalkInCount


@admin.register(Audience)
class AudienceAdmin(admin.ModelAdmin):
    list_display = ["key", "name_zh", "name_en", "ordering"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "status",
        "activity_type",
        "setting",
        "mode",
        "area",
        "organization",
        "starts_at",
        "capacity",
        "confirmed_seats",
    ]
    list_filter = [
        "status",
        "activity_type",
        "setting",
        "mode",
        "campaign",
        "registration_required",
        "marked_large_scale",
    ]
    search_fields = ["title", "description", "address", "organization__name", "area__name"]
    autocomplete_fields = ["area", "organization"]
    filter_horizontal = ["audiences"]
    date_hierarchy = "starts_at"
    readonly_fields = ["confirmed_seats", "created_by", "approved_by", "approved_at", "submitted_at"]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["event", "resident", "status", "companions", "queued_at", "checked_in_at"]
    list_filter = ["status"]
    search_fields = ["event__title", "resident__phone", "resident__name", "check_in_code"]
    raw_id_fields = ["event", "resident"]
    readonly_fields = ["check_in_code"]


class WalkInCountInline(admin.TabularInline):
    model = WalkInCount
    extra = 0


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0


@admin.register(EventReport)
class EventReportAdmin(admin.ModelAdmin):
    list_display = [
        "event",
        "status",
        "attendance",
        "checked_in",
        "walk_ins",
        "expenditure",
        "submitted_at",
        "reviewed_at",
    ]
    list_filter = ["status"]
    search_fields = ["event__title", "summary"]
    raw_id_fields = ["event"]
    inlines = [WalkInCountInline, EvidenceInline]
