import django_filters

from kepu.common.filters import YearFilter
from kepu.places.models import Area

from .models import Direction, FundingRecord, FundingSource, SpendingCategory, Target


def _subtree(queryset, name, value):
    """An area includes all its sub-areas."""
    return queryset.filter(area__path__startswith=value.path) if value else queryset


class FundingFilter(django_filters.FilterSet):
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte")
    year = YearFilter(field_name="date", lookup_expr="year")
    direction = django_filters.ChoiceFilter(choices=Direction.choices)
    source = django_filters.ChoiceFilter(choices=FundingSource.choices)
    category = django_filters.ChoiceFilter(choices=SpendingCategory.choices)
    area = django_filters.ModelChoiceFilter(queryset=Area.objects.all(), method=_subtree)

    class Meta:
        model = FundingRecord
        fields = ["direction", "source", "is_special", "category", "event", "year", "date_from", "date_to", "area"]


class TargetFilter(django_filters.FilterSet):
    year = YearFilter()
    area = django_filters.ModelChoiceFilter(queryset=Area.objects.all(), method=_subtree)

    class Meta:
        model = Target
        fields = ["year", "area"]
