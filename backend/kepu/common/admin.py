from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import AuditEntry

# The admin is the administrators' tool (staff keep their data in the web app); it speaks Chinese first.
admin.site.site_header = _("Kepu administration")
admin.site.site_title = _("Kepu administration")
admin.site.index_title = _("Data and accounts")


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "target_type", "target_id"]
    list_filter = ["action", "target_type"]
    search_fields = ["action", "target_id", "actor__phone", "actor__name"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
