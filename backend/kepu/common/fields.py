"""Serializer fields shared by the apps' input serializers."""

from datetime import UTC, date, datetime

from django.db import models
from django.utils.translation import gettext as _
from rest_framework import serializers

# The years the tracker deals with: nothing absurd reaches the database, a calendar or date arithmetic
# (the day after 9999-12-31 does not exist).
EARLIEST_YEAR, LATEST_YEAR = 2000, 2099


def _out_of_range() -> serializers.ValidationError:
    return serializers.ValidationError(
        _("Enter a date between the years %(first)d and %(last)d.") % {"first": EARLIEST_YEAR, "last": LATEST_YEAR}
    )


class BoundedDateField(serializers.DateField):
    def to_internal_value(self, value) -> date:
        parsed = super().to_internal_value(value)
        if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
            raise _out_of_range()
        return parsed


class BoundedDateTimeField(serializers.DateTimeField):
    earliest = datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC)
    latest = datetime(LATEST_YEAR + 1, 1, 1, tzinfo=UTC)

    def to_internal_value(self, value) -> datetime:
        parsed = super().to_internal_value(value)
        if not self.earliest <= parsed < self.latest:
            raise _out_of_range()
        return parsed


class BoundedDatesMixin:
    """For model serializers: the model's date and date-time fields become the bounded ones above."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateField: BoundedDateField,
        models.DateTimeField: BoundedDateTimeField,
    }
