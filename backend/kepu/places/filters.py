import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kepu.common.filters import YearFilter

from .models import Area, AreaLevel, Organization, Population, Setting

BIGINT_MAX = 2**63 - 1


class IdFilter(django_filters.NumberFilter):
    """An id: a whole number in the database's range, so a wild value is a 400, not a database error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", BIGINT_MAX)
        super().__init__(*args, **kwargs)


def _subtree(queryset, field: str, area_id):
    path = Area.objects.filter(pk=area_id).values_list("path", flat=True).first()
    if path is None:
        return queryset.none()
    return queryset.filter(**{f"{field}__path__startswith" if field else "path__startswith": path})


class AreaFilter(django_filters.FilterSet):
    level = django_filters.MultipleChoiceFilter(choices=AreaLevel.choices)
    parent = IdFilter(field_name="parent_id", help_text=_("Direct children of this area."))
    within = IdFilter(method="filter_within", help_text=_("This area and everything under it."))
    q = django_filters.CharFilter(method="filter_q", help_text=_("Name contains, or code starts with."))

    class Meta:
        model = Area
        fields = ["level", "parent", "within", "q"]

    def filter_within(self, queryset, name, value):
        return _subtree(queryset, "", value)

    def filter_q(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(name__icontains=value) | Q(code__startswith=value)) if value else queryset


class OrganizationFilter(django_filters.FilterSet):
    setting = django_filters.MultipleChoiceFilter(choices=Setting.choices)
    area = IdFilter(method="filter_area", help_text=_("This area and everything under it."))
    is_active = django_filters.BooleanFilter()
    q = django_filters.CharFilter(method="filter_q", help_text=_("Name or address contains."))

    class Meta:
        model = Organization
        fields = ["setting", "area", "is_active", "q"]

    def filter_area(self, queryset, name, value):
        return _subtree(queryset, "area", value)

    def filter_q(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(name__icontains=value) | Q(address__icontains=value)) if value else queryset


class PopulationFilter(django_filters.FilterSet):
    area = IdFilter(field_name="area_id", help_text=_("Figures of exactly this area."))
    within = IdFilter(method="filter_within", help_text=_("This area and everything under it."))
    year = YearFilter()
    level = django_filters.MultipleChoiceFilter(field_name="area__level", choices=AreaLevel.choices)

    class Meta:
        model = Population
        fields = ["area", "within", "year", "level"]

    def filter_within(self, queryset, name, value):
        return _subtree(queryset, "area", value)
