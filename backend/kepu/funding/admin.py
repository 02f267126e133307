from django.contrib import admin

from .models import FundingAttachment, FundingRecord, Target


class FundingAttachmentInline(admin.TabularInline):
    model = FundingAttachment
    extra = 0
    fields = ["name", "kind", "size", "file", "uploaded_by", "created_at"]
    readonly_fields = ["name", "kind", "size", "uploaded_by", "created_at"]


@admin.register(FundingRecord)
class FundingRecordAdmin(admin.ModelAdmin):
    inlines = [FundingAttachmentInline]
    list_display = ["date", "direction", "amount", "source", "is_special", "category", "area", "event"]
    list_filter = ["direction", "source", "is_special", "category"]
    search_fields = ["purpose", "area__name", "event__title"]
    autocomplete_fields = ["area"]
    raw_id_fields = ["event"]
    date_hierarchy = "date"


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["area", "year", "per_capita_funding", "events", "participants", "materials"]
    list_filter = ["year"]
    search_fields = ["area__name"]
    autocomplete_fields = ["area"]
