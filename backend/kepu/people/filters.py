import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kepu.places.filters import IdFilter
from kepu.places.models import Area

from .models import Popularizer, PopularizerKind, Volunteer


def _within(queryset, field: str, area_id):
    path = Area.objects.filter(pk=area_id).values_list("path", flat=True).first()
    if path is None:
        return queryset.none()
    return queryset.filter(**{f"{field}__path__startswith": path})


class PopularizerFilter(django_filters.FilterSet):
    organization = IdFilter(field_name="organization_id")
    kind = django_filters.ChoiceFilter(choices=PopularizerKind.choices)
    within = IdFilter(method="filter_within", help_text=_("Organizations in this area or under it."))
    current = django_filters.BooleanFilter(field_name="ended_on", lookup_expr="isnull", help_text=_("Still serving."))
    q = django_filters.CharFilter(method="filter_q", max_length=100, help_text=_("Name contains."))

    class Meta:
        model = Popularizer
        fields = ["organization", "kind", "within", "current", "q"]

    def filter_within(self, queryset, name, value):
        return _within(queryset, "organization__area", value)

    def filter_q(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(name__icontains=value) if value else queryset


class VolunteerFilter(django_filters.FilterSet):
    organization = IdFilter(field_name="organization_id")
    within = IdFilter(method="filter_within", help_text=_("Volunteers serving in this area or under it."))
    active = django_filters.BooleanFilter(field_name="withdrawn_on", lookup_expr="isnull")
    q = django_filters.CharFilter(method="filter_q", max_length=100, help_text=_("Name or skills contain."))

    class Meta:
        model = Volunteer
        fields = ["organization", "within", "active", "q"]

    def filter_within(self, queryset, name, value):
        return _within(queryset, "area", value)

    def filter_q(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(user__name__icontains=value) | Q(skills__icontains=value)) if value else queryset
