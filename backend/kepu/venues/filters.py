import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kepu.places.filters import IdFilter
from kepu.places.models import Area

from .models import Venue, VenueKind


class VenueFilter(django_filters.FilterSet):
    kind = django_filters.MultipleChoiceFilter(choices=VenueKind.choices)
    within = IdFilter(method="filter_within", help_text=_("Venues in this area or under it."))
    organization = IdFilter(field_name="organization_id")
    open = django_filters.BooleanFilter(field_name="closed_on", lookup_expr="isnull", help_text=_("Not closed."))
    q = django_filters.CharFilter(method="filter_q", max_length=100, help_text=_("Name or address contains."))

    class Meta:
        model = Venue
        fields = ["kind", "within", "organization", "open", "q"]

    def filter_within(self, queryset, name, value):
        path = Area.objects.filter(pk=value).values_list("path", flat=True).first()
        return queryset.none() if path is None else queryset.filter(area__path__startswith=path)

    def filter_q(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(name__icontains=value) | Q(address__icontains=value)) if value else queryset
