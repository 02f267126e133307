from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User
from .services import user_anonymise


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["phone"]
    list_display = ["phone", "name", "role", "staff_area", "is_active", "date_joined"]
    list_filter = ["role", "is_active", "is_staff", "is_superuser"]
    search_fields = ["phone", "name", "email"]
    autocomplete_fields = ["staff_area"]
    actions = ["anonymise"]
    fieldsets = (
        (None, {"fields": ("phone", "password")}),
        (_("Person"), {"fields": ("name", "email", "language")}),
        (_("Role"), {"fields": ("role", "staff_area", "is_active", "is_staff", "is_superuser", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined", "anonymised_at")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("phone", "name", "role", "staff_area", "password1", "password2")}),
    )

    @admin.action(description=_("Anonymise the selected people (their sign-ups stay for statistics)"))
    def anonymise(self, request, queryset):
        count = 0
        for user in queryset.filter(anonymised_at__isnull=True, is_superuser=False):
            user_anonymise(user=user, by=request.user, reason="anonymised by an administrator")
            count += 1
        self.message_user(request, _("%(count)d people anonymised.") % {"count": count})
