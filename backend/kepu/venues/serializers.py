from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from kepu.common.fields import BoundedDateField, BoundedDatesMixin
from kepu.events.serializers import IdNameSerializer
from kepu.places.models import Area, Organization

from . import permissions as policy
from .models import KINDS_WITH_AREA, REFRESHED_KINDS, GalleryRefresh, Venue


def _viewer(serializer):
    request = serializer.context.get("request")
    return getattr(request, "user", None)


def _square_metres() -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=10, decimal_places=1, min_value=Decimal(0), required=False, allow_null=True
    )


class VenueInputSerializer(BoundedDatesMixin, serializers.ModelSerializer):
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all())
    organization = serializers.PrimaryKeyRelatedField(
        queryset=Organization.objects.select_related("area"), required=False, allow_null=True
    )
    building_area = _square_metres()
    exhibition_area = _square_metres()

    class Meta:
        model = Venue
        fields = [
            "area",
            "organization",
            "name",
            "kind",
            "address",
            "building_area",
            "exhibition_area",
            "opening_hours",
            "opened_on",
            "closed_on",
        ]
        # The service checks the unique name (with a per-field message); DRF's validator would demand
        # area and name in every partial update.
        validators: list = []


class VenueOutputSerializer(serializers.ModelSerializer):
    area = IdNameSerializer()
    organization = IdNameSerializer(allow_null=True)
    kind_label = serializers.CharField(source="get_kind_display")
    has_floor_space = serializers.SerializerMethodField()
    keeps_refresh_log = serializers.SerializerMethodField()
    refresh_count = serializers.SerializerMethodField()
    can_manage = serializers.SerializerMethodField()

    class Meta:
        model = Venue
        fields = [
            "id",
            "area",
            "organization",
            "name",
            "kind",
            "kind_label",
            "address",
            "building_area",
            "exhibition_area",
            "opening_hours",
            "opened_on",
            "closed_on",
            "has_floor_space",
            "keeps_refresh_log",
            "refresh_count",
            "can_manage",
        ]
        read_only_fields = fields

    def get_has_floor_space(self, venue) -> bool:
        return venue.kind in KINDS_WITH_AREA

    def get_keeps_refresh_log(self, venue) -> bool:
        return venue.kind in REFRESHED_KINDS

    def get_refresh_count(self, venue) -> int | None:
        if not policy.can_see_refreshes(_viewer(self), venue):
            return None
        return getattr(venue, "refresh_count", None)

    def get_can_manage(self, venue) -> bool:
        return policy.can_manage_venue(_viewer(self), venue)


class VenueKindSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    has_floor_space = serializers.BooleanField()
    keeps_refresh_log = serializers.BooleanField()


class GalleryRefreshInputSerializer(serializers.Serializer):
    date = BoundedDateField()
    theme = serializers.CharField(max_length=200)
    photo = serializers.FileField(required=False, help_text=_("A photo of the new content (JPEG or PNG)."))


class GalleryRefreshOutputSerializer(serializers.ModelSerializer):
    photo_url = serializers.SerializerMethodField()
    recorded_by = serializers.SerializerMethodField()

    class Meta:
        model = GalleryRefresh
        fields = ["id", "venue", "date", "theme", "photo_url", "recorded_by", "created_at"]
        read_only_fields = fields

    def get_photo_url(self, refresh) -> str | None:
        if not refresh.photo:
            return None
        return f"/api/v1/venues/{refresh.venue_id}/refreshes/{refresh.pk}/photo/"

    def get_recorded_by(self, refresh) -> str | None:
        return refresh.recorded_by.name if refresh.recorded_by else None


class EventVenueInputSerializer(serializers.Serializer):
    venue = serializers.PrimaryKeyRelatedField(queryset=Venue.objects.select_related("area"))


class EventVenueOutputSerializer(serializers.Serializer):
    venue = VenueOutputSerializer(allow_null=True)
    can_change = serializers.BooleanField()


# Statistics --------------------------------------------------------------------------------------


class KindFiguresSerializer(serializers.Serializer):
    venues = serializers.IntegerField()
    building_area = serializers.DecimalField(max_digits=14, decimal_places=1, allow_null=True)
    exhibition_area = serializers.DecimalField(max_digits=14, decimal_places=1, allow_null=True)
    sessions = serializers.IntegerField()
    person_times = serializers.IntegerField()


class GalleryFiguresSerializer(serializers.Serializer):
    galleries = serializers.IntegerField()
    refreshes = serializers.IntegerField()
    meeting_threshold = serializers.IntegerField()
    threshold = serializers.IntegerField()


class VenueBlockSerializer(serializers.Serializer):
    kinds = serializers.DictField(child=KindFiguresSerializer())
    venues_total = serializers.IntegerField()
    galleries = GalleryFiguresSerializer()


class VenueAreaSerializer(VenueBlockSerializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    level = serializers.CharField()


class VenueFiguresSerializer(VenueBlockSerializer):
    year = serializers.IntegerField()
    area = IdNameSerializer(allow_null=True)
    provisional = serializers.BooleanField()
    kind_labels = serializers.DictField(child=serializers.CharField())
    areas = VenueAreaSerializer(many=True)
