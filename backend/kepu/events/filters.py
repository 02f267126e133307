"""Filters of the event list and the calendar feed."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kepu.places.models import Area, Organization, Setting

from .models import ActivityType, Audience, Event, EventStatus, Mode, ReportStatus


class EventFilter(django_filters.FilterSet):
    area = django_filters.ModelChoiceFilter(
        queryset=Area.objects.all(), method="filter_area", help_text=_("An area and all areas under it.")
    )
    setting = django_filters.ChoiceFilter(choices=Setting.choices)
    activity_type = django_filters.ChoiceFilter(choices=ActivityType.choices)
    audience = django_filters.ModelChoiceFilter(
        queryset=Audience.objects.all(), field_name="audiences", to_field_name="key"
    )
    mode = django_filters.ChoiceFilter(choices=Mode.choices)
    status = django_filters.ChoiceFilter(choices=EventStatus.choices)
    report_status = django_filters.ChoiceFilter(
        field_name="report__status", choices=ReportStatus.choices, help_text=_("State of the post-event report.")
    )
    organization = django_filters.ModelChoiceFilter(queryset=Organization.objects.all())
    starts_after = django_filters.DateFilter(
        field_name="starts_at", method="filter_starts_after", help_text=_("Events starting on or after this date.")
    )
    starts_before = django_filters.DateFilter(
        field_name="starts_at", method="filter_starts_before", help_text=_("Events starting on or before this date.")
    )
    q = django_filters.CharFilter(
        method="filter_text", max_length=100, help_text=_("Text in title, description, address.")
    )

    class Meta:
        model = Event
        fields = [
            "area",
            "setting",
            "activity_type",
            "audience",
            "mode",
            "status",
            "report_status",
            "organization",
            "starts_after",
            "starts_before",
            "q",
        ]

    def filter_area(self, queryset, name, value):
        return queryset.filter(area__path__startswith=value.path)

    def filter_starts_after(self, queryset, name, value):
        return queryset.filter(starts_at__date__gte=value)

    def filter_starts_before(self, queryset, name, value):
        return queryset.filter(starts_at__date__lte=value)

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(title__icontains=value) | Q(description__icontains=value) | Q(address__icontains=value)
        )


class ReviewQueueFilter(django_filters.FilterSet):
    """Search and filters of the staff review queues (event approvals and post-event reports)."""

    area = django_filters.ModelChoiceFilter(
        queryset=Area.objects.all(), method="filter_area", help_text=_("An area and all areas under it.")
    )
    activity_type = django_filters.ChoiceFilter(choices=ActivityType.choices)
    starts_after = django_filters.DateFilter(
        method="filter_starts_after", help_text=_("Events starting on or after this date.")
    )
    starts_before = django_filters.DateFilter(
        method="filter_starts_before", help_text=_("Events starting on or before this date.")
    )
    waiting_since = django_filters.DateFilter(
        method="filter_waiting_since", help_text=_("Waiting since this date or longer (filed on or before it).")
    )
    q = django_filters.CharFilter(
        method="filter_text", max_length=100, help_text=_("Text in the title, the host organization or the area.")
    )

    waiting_field = "submitted_at"

    class Meta:
        model = Event
        fields = ["area", "activity_type", "starts_after", "starts_before", "waiting_since", "q"]

    def filter_area(self, queryset, name, value):
        return queryset.filter(area__path__startswith=value.path)

    def filter_starts_after(self, queryset, name, value):
        return queryset.filter(starts_at__date__gte=value)

    def filter_starts_before(self, queryset, name, value):
        return queryset.filter(starts_at__date__lte=value)

    def filter_waiting_since(self, queryset, name, value):
        return queryset.filter(**{f"{self.waiting_field}__date__lte": value})

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(title__icontains=value) | Q(organization__name__icontains=value) | Q(area__name__icontains=value)
        )


class ReportQueueFilter(ReviewQueueFilter):
    status = django_filters.MultipleChoiceFilter(
        field_name="report__status",
        choices=ReportStatus.choices,
        help_text=_("State of the report; waiting for review when not given."),
    )

    waiting_field = "report__submitted_at"

    class Meta(ReviewQueueFilter.Meta):
        fields = [*ReviewQueueFilter.Meta.fields, "status"]

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.filter(report__status=ReportStatus.SUBMITTED)
        return queryset
