from rest_framework import serializers

from kepu.common.fields import BoundedDateField
from kepu.events.models import Event
from kepu.places.models import Area

from .models import Distribution, DistributionChannel, Material, MaterialKind


class MaterialSerializer(serializers.ModelSerializer):
    class Meta:
        model = Material
        fields = ["id", "name", "kind", "unit", "description", "is_active", "created_at", "updated_at"]
        read_only_fields = ["id", "created_at", "updated_at"]


class MaterialInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=MaterialKind.choices)
    unit = serializers.CharField(max_length=16, required=False)
    description = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    is_active = serializers.BooleanField(required=False)


class DistributionSerializer(serializers.ModelSerializer):
    material_name = serializers.CharField(source="material.name", read_only=True)
    material_kind = serializers.CharField(source="material.kind", read_only=True)
    area_name = serializers.CharField(source="area.name", read_only=True)
    event_title = serializers.CharField(source="event.title", read_only=True, allow_null=True, default=None)

    class Meta:
        model = Distribution
        fields = [
            "id",
            "material",
            "material_name",
            "material_kind",
            "quantity",
            "date",
            "area",
            "area_name",
            "event",
            "event_title",
            "channel",
            "note",
            "recorded_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class DistributionInputSerializer(serializers.Serializer):
    material = serializers.PrimaryKeyRelatedField(queryset=Material.objects.all())
    quantity = serializers.IntegerField(min_value=1, max_value=10_000_000)
    date = BoundedDateField()
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all(), required=False, allow_null=True)
    event = serializers.PrimaryKeyRelatedField(
        queryset=Event.objects.select_related("area"), required=False, allow_null=True
    )
    channel = serializers.ChoiceField(choices=DistributionChannel.choices, required=False)
    note = serializers.CharField(max_length=255, required=False, allow_blank=True)
