from decimal import Decimal

from rest_framework import serializers

from kepu.common.fields import BoundedDateField
from kepu.events.models import Event
from kepu.places.models import Area

from .models import Direction, FundingRecord, FundingSource, SpendingCategory, Target


def _field_label(name: str):
    return FundingRecord._meta.get_field(name).verbose_name


class FundingRecordSerializer(serializers.ModelSerializer):
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, coerce_to_string=True)
    area_name = serializers.CharField(source="area.name", read_only=True)
    # "" where the line does not apply (an expenditure has no source, an income no category).
    source = serializers.ChoiceField(
        choices=FundingSource.choices, allow_blank=True, read_only=True, label=_field_label("source")
    )
    category = serializers.ChoiceField(
        choices=SpendingCategory.choices, allow_blank=True, read_only=True, label=_field_label("category")
    )

    class Meta:
        model = FundingRecord
        fields = [
            "id",
            "direction",
            "amount",
            "date",
            "area",
            "area_name",
            "source",
            "is_special",
            "category",
            "purpose",
            "event",
            "recorded_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class FundingInputSerializer(serializers.Serializer):
    direction = serializers.ChoiceField(choices=Direction.choices, required=False)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, min_value=Decimal("0.01"))
    date = BoundedDateField()
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all())
    source = serializers.ChoiceField(choices=FundingSource.choices, required=False, allow_blank=True)
    is_special = serializers.BooleanField(required=False)
    category = serializers.ChoiceField(choices=SpendingCategory.choices, required=False, allow_blank=True)
    purpose = serializers.CharField(max_length=255, required=False, allow_blank=True)
    event = serializers.PrimaryKeyRelatedField(
        queryset=Event.objects.select_related("area"), required=False, allow_null=True
    )


class TargetSerializer(serializers.ModelSerializer):
    per_capita_funding = serializers.DecimalField(max_digits=8, decimal_places=2, coerce_to_string=True)
    area_name = serializers.CharField(source="area.name", read_only=True)

    class Meta:
        model = Target
        fields = [
            "id",
            "area",
            "area_name",
            "year",
            "per_capita_funding",
            "events",
            "participants",
            "materials",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


# Within the database's integer column.
MAX_TARGET = 2_000_000_000


class TargetInputSerializer(serializers.Serializer):
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all())
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    per_capita_funding = serializers.DecimalField(
        max_digits=8, decimal_places=2, min_value=Decimal("0"), required=False, allow_null=True
    )
    events = serializers.IntegerField(min_value=0, max_value=MAX_TARGET, required=False, allow_null=True)
    participants = serializers.IntegerField(min_value=0, max_value=MAX_TARGET, required=False, allow_null=True)
    materials = serializers.IntegerField(min_value=0, max_value=MAX_TARGET, required=False, allow_null=True)
