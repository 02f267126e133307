import django_filters
from django import forms


class YearFilter(django_filters.NumberFilter):
    """A calendar year: whole numbers in a sane range, so ``year=0.0`` is a 400 and not a date error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1949)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)
