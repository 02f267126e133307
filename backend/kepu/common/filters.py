import django_filters
from django import forms
from django_filters.rest_framework import DjangoFilterBackend


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, without building the filter form when no query parameter names a filter.

    A list's plain pages (``?page=3``) are its hot path, and a filter set given no value filters nothing,
    unless it overrides ``filter_queryset`` to filter by default: those always get their form.
    """

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None and filterset_class.filter_queryset is django_filters.FilterSet.filter_queryset:
            names = filterset_class.base_filters
            # A range filter's widget adds a suffix: created_after, amount_min.
            if not any(p in names or p.rpartition("_")[0] in names for p in request.query_params):
                return queryset
        return super().filter_queryset(request, queryset, view)


class YearFilter(django_filters.NumberFilter):
    """A calendar year: whole numbers in a sane range, so ``year=0.0`` is a 400 and not a date error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1949)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)
