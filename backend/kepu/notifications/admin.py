from django.contrib import admin

from .models import Delivery, Notification, NotificationPreference


class DeliveryInline(admin.TabularInline):
    model = Delivery
    extra = 0
    can_delete = False
    fields = ["channel", "state", "attempts", "next_attempt_at", "sent_at", "last_error"]
    readonly_fields = ("channel", "state", "attempts", "next_attempt_at", "sent_at", "last_error")


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "recipient", "subject_key", "state", "attempts", "due_at", "sent_at", "read_at"]
    list_filter = ["state", "kind"]
    search_fields = ["subject_key", "recipient__phone", "recipient__name", "event__title", "last_error"]
    raw_id_fields = ["recipient", "event"]
    readonly_fields = ["claimed_at", "claim_token", "created_at", "updated_at"]
    date_hierarchy = "due_at"
    inlines = [DeliveryInline]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["idempotency_key", "channel", "state", "attempts", "next_attempt_at", "sent_at"]
    list_filter = ["state", "channel"]
    search_fields = ["idempotency_key", "last_error"]
    raw_id_fields = ["notification"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "channels", "reminders"]
    list_filter = ["channels", "reminders"]
    search_fields = ["user__phone", "user__name"]
    raw_id_fields = ["user"]
