"""Shapes of the door's API: the list a device keeps offline, its queue of scans and the counter."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.common.fields import BoundedDateTimeField
from kepu.common.names import mask_name
from kepu.common.phones import mask_phone

from .models import RegistrationStatus, ScanOutcome
from .serializers import StrictInputSerializer

MAX_SCANS_PER_SYNC = 500


class CheckInCounterSerializer(serializers.Serializer):
    checked_in = serializers.IntegerField(help_text=_("People checked in, accompanying persons included."))
    expected = serializers.IntegerField(help_text=_("People with a confirmed seat, accompanying persons included."))
    companions = serializers.IntegerField(help_text=_("Accompanying persons among those checked in."))
    registrations = serializers.IntegerField(help_text=_("Registrations checked in."))
    duplicates = serializers.IntegerField(help_text=_("Codes refused because they had already been used."))


class DoorEventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    status = serializers.CharField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    check_in_opens_at = serializers.DateTimeField()
    check_in_closes_at = serializers.DateTimeField()


class DoorRegistrationSerializer(serializers.Serializer):
    """A registrant as a door device stores it: the code and just enough to recognise the person."""

    registration = serializers.IntegerField(source="pk")
    code = serializers.CharField(source="check_in_code")
    name = serializers.SerializerMethodField()
    phone = serializers.SerializerMethodField()
    companions = serializers.IntegerField()
    status = serializers.ChoiceField(choices=RegistrationStatus.choices)
    checked_in_at = serializers.DateTimeField(allow_null=True)
    checked_in_device = serializers.CharField(allow_null=True)

    def get_name(self, registration) -> str:
        return mask_name(registration.resident.name)

    def get_phone(self, registration) -> str:
        return mask_phone(registration.resident.phone)


class DuplicateScanSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    registration = serializers.IntegerField(source="registration_id", allow_null=True)
    code = serializers.CharField()
    device = serializers.CharField()
    scanned_at = serializers.DateTimeField()
    reason = serializers.CharField()


class CheckInListSerializer(serializers.Serializer):
    event = DoorEventSerializer()
    generated_at = serializers.DateTimeField()
    counter = CheckInCounterSerializer()
    registrations = DoorRegistrationSerializer(many=True)
    duplicates = DuplicateScanSerializer(many=True)


class ScanInputSerializer(StrictInputSerializer):
    id = serializers.UUIDField(help_text=_("Made by the device; sending the same scan again records it once."))
    code = serializers.CharField(max_length=32)
    scanned_at = BoundedDateTimeField(help_text=_("When the device saw the code (its own clock)."))


class CheckInSyncInputSerializer(StrictInputSerializer):
    device = serializers.CharField(max_length=64, help_text=_("A short name of the device, shown to the others."))
    scans = serializers.ListField(child=ScanInputSerializer(), max_length=MAX_SCANS_PER_SYNC)


class ScanResultSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    code = serializers.CharField()
    outcome = serializers.ChoiceField(choices=ScanOutcome.choices)
    reason = serializers.CharField()
    registration = serializers.IntegerField(source="registration_id", allow_null=True)
    name = serializers.SerializerMethodField()
    companions = serializers.SerializerMethodField()
    checked_in_at = serializers.SerializerMethodField()

    def get_name(self, scan) -> str | None:
        return mask_name(scan.registration.resident.name) if scan.registration_id else None

    def get_companions(self, scan) -> int | None:
        return scan.registration.companions if scan.registration_id else None

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_checked_in_at(self, scan):
        if not scan.registration_id or scan.registration.checked_in_at is None:
            return None
        return serializers.DateTimeField().to_representation(scan.registration.checked_in_at)


class CheckInSyncOutputSerializer(serializers.Serializer):
    results = ScanResultSerializer(many=True)
    counter = CheckInCounterSerializer()
