import django_filters

from kepu.places.models import Area

from .models import Distribution, DistributionChannel, MaterialKind


class DistributionFilter(django_filters.FilterSet):
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte")
    kind = django_filters.ChoiceFilter(field_name="material__kind", choices=MaterialKind.choices)
    channel = django_filters.ChoiceFilter(choices=DistributionChannel.choices)
    area = django_filters.ModelChoiceFilter(queryset=Area.objects.all(), method="filter_area")

    class Meta:
        model = Distribution
        fields = ["material", "event", "channel", "kind", "date_from", "date_to", "area"]

    def filter_area(self, queryset, name, value):
        """An area includes all its sub-areas."""
        return queryset.filter(area__path__startswith=value.path) if value else queryset
