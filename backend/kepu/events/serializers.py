"""Input and output shapes of the events API. Inputs list exactly what a caller may set."""

from decimal import Decimal
from typing import Any, cast

from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.accounts.policies import is_organizer_of
from kepu.common.fields import BoundedDateTimeField
from kepu.common.serializers import FieldsBuiltOnce
from kepu.materials.models import Material
from kepu.places.models import Area, Organization, Setting

from . import lifecycle
from .large_scale import is_large_scale
from .lifecycle import EventAction, SignUpState
from .models import (
    ActivityType,
    Audience,
    Campaign,
    Event,
    EventReport,
    EvidenceKind,
    Mode,
    Registration,
    RegistrationStatus,
)
from .permissions import PUBLIC_STATUSES, allowed_actions
from .selectors import registration_waitlist_position
from .services.reports import ReportFigures

MAX_CAPACITY = 100_000
MAX_MONEY = Decimal("9999999999.99")
MAX_CHECK_IN_MINUTES = 7 * 24 * 60


class StrictInputSerializer(serializers.Serializer):
    """Refuses fields it does not declare, so nobody can slip in status, seats or codes."""

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            unknown = sorted(set(data.keys()) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: [_("This field cannot be set.")] for name in unknown})
        return super().to_internal_value(data)


class IdNameSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class MyRegistrationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=RegistrationStatus.choices)
    position = serializers.IntegerField(allow_null=True)
    companions = serializers.IntegerField()


class EventOutputSerializer(FieldsBuiltOnce, serializers.ModelSerializer):
    """An event as its caller may see it, with what the caller may do with it now."""

    area = IdNameSerializer()
    organization = IdNameSerializer()
    audiences = serializers.SerializerMethodField()
    seats_left = serializers.SerializerMethodField()
    confirmed_count = serializers.SerializerMethodField()
    waitlist_count = serializers.SerializerMethodField()
    is_large_scale = serializers.SerializerMethodField()
    my_registration = serializers.SerializerMethodField()
    reminder_hours = serializers.ListField(child=serializers.IntegerField(), read_only=True)
    check_in_opens_minutes = serializers.IntegerField(read_only=True)
    check_in_closes_minutes = serializers.IntegerField(read_only=True)
    check_in_opens_at = serializers.DateTimeField(read_only=True)
    check_in_closes_at = serializers.DateTimeField(read_only=True)
    is_public = serializers.SerializerMethodField(help_text=_("Whether everyone can see the event."))
    sign_up = serializers.SerializerMethodField(help_text=_("Whether the event takes sign-ups now, and if not, why."))
    allowed_actions = serializers.SerializerMethodField(help_text=_("What the caller may do with the event now."))

    class Meta:
        model = Event
        fields = [
            "id",
            "title",
            "description",
            "activity_type",
            "setting",
            "mode",
            "campaign",
            "area",
            "organization",
            "address",
            "online_url",
            "starts_at",
            "ends_at",
            "audiences",
            "registration_required",
            "capacity",
            "max_companions",
            "registration_opens_at",
            "registration_closes_at",
            "seats_left",
            "confirmed_count",
            "waitlist_count",
            "is_large_scale",
            "marked_large_scale",
            "status",
            "status_reason",
            "logged_afterwards",
            "planned_budget",
            "reminder_hours",
            "check_in_opens_minutes",
            "check_in_closes_minutes",
            "check_in_opens_at",
            "check_in_closes_at",
            "submitted_at",
            "approved_at",
            "my_registration",
            "is_public",
            "sign_up",
            "allowed_actions",
        ]
        read_only_fields = fields

    def _now(self):
        """One moment for the whole answer, so every event of a page is judged at the same time."""
        context = cast(dict[str, Any], self.context)  # DRF passes a dict
        return context.setdefault("now", timezone.now())

    def _viewer(self):
        request = self.context.get("request")
        return getattr(request, "user", None)

    def get_is_public(self, event) -> bool:
        return event.status in PUBLIC_STATUSES

    @extend_schema_field(serializers.ChoiceField(choices=SignUpState.choices))
    def get_sign_up(self, event) -> str:
        return lifecycle.sign_up_state(event, now=self._now())

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=EventAction.choices)))
    def get_allowed_actions(self, event) -> list[EventAction]:
        return allowed_actions(self._viewer(), event, now=self._now())

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_audiences(self, event) -> list[str]:
        return [audience.key for audience in event.audiences.all()]

    def get_seats_left(self, event) -> int | None:
        return event.seats_left

    def get_confirmed_count(self, event) -> int:
        return getattr(event, "confirmed_count", None) or 0

    def get_waitlist_count(self, event) -> int:
        return getattr(event, "waitlist_count", None) or 0

    def get_is_large_scale(self, event) -> bool:
        return is_large_scale(marked=event.marked_large_scale, attendance=getattr(event, "reported_attendance", None))

    @extend_schema_field(MyRegistrationSerializer(allow_null=True))
    def get_my_registration(self, event):
        rows = getattr(event, "my_registrations", None)
        if not rows:
            return None
        registration = rows[0]
        return {
            "id": registration.pk,
            "status": registration.status,
            "position": registration_waitlist_position(registration=registration),
            "companions": registration.companions,
        }


class ReminderHoursField(serializers.ListField):
    child = serializers.IntegerField(min_value=1, max_value=24 * 30)

    def __init__(self, **kwargs):
        super().__init__(max_length=5, **kwargs)


class EventInputSerializer(StrictInputSerializer):
    title = serializers.CharField(max_length=200)
    description = serializers.CharField(max_length=10000, required=False, allow_blank=True)
    activity_type = serializers.ChoiceField(choices=ActivityType.choices)
    setting = serializers.ChoiceField(choices=Setting.choices, required=False)
    mode = serializers.ChoiceField(choices=Mode.choices, required=False)
    campaign = serializers.ChoiceField(choices=Campaign.choices, required=False, allow_blank=True)
    organization = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all(), required=False)
    address = serializers.CharField(max_length=255, required=False, allow_blank=True)
    online_url = serializers.URLField(max_length=200, required=False, allow_blank=True)
    starts_at = BoundedDateTimeField()
    ends_at = BoundedDateTimeField()
    audiences = serializers.SlugRelatedField(
        slug_field="key", queryset=Audience.objects.all(), many=True, required=False
    )
    registration_required = serializers.BooleanField(required=False)
    capacity = serializers.IntegerField(min_value=1, max_value=MAX_CAPACITY, required=False, allow_null=True)
    max_companions = serializers.IntegerField(min_value=0, max_value=100, required=False)
    registration_opens_at = BoundedDateTimeField(required=False, allow_null=True)
    registration_closes_at = BoundedDateTimeField(required=False, allow_null=True)
    planned_budget = serializers.DecimalField(
        max_digits=12, decimal_places=2, min_value=Decimal("0"), max_value=MAX_MONEY, required=False
    )
    reminder_hours = ReminderHoursField(required=False)
    check_in_opens_minutes = serializers.IntegerField(min_value=0, max_value=MAX_CHECK_IN_MINUTES, required=False)
    check_in_closes_minutes = serializers.IntegerField(min_value=0, max_value=MAX_CHECK_IN_MINUTES, required=False)

    def validate_organization(self, organization):
        if not is_organizer_of(self.context["request"].user, organization.pk):
            raise serializers.ValidationError(_("You are not an organizer of this organization."))
        return organization

    def validate(self, attrs):
        starts, ends = attrs.get("starts_at"), attrs.get("ends_at")
        if starts and ends and ends <= starts:
            raise serializers.ValidationError({"ends_at": [_("The end must be after the start.")]})
        return attrs


class EventUpdateSerializer(EventInputSerializer):
    """The same fields minus the host organization, all optional (PATCH)."""

    organization = None


class WalkInSerializer(StrictInputSerializer):
    audience = serializers.SlugRelatedField(slug_field="key", queryset=Audience.objects.all())
    count = serializers.IntegerField(min_value=0, max_value=1_000_000)


class MaterialLineSerializer(StrictInputSerializer):
    material = serializers.PrimaryKeyRelatedField(queryset=Material.objects.filter(is_active=True))
    quantity = serializers.IntegerField(min_value=1, max_value=10_000_000)


class ReportInputSerializer(StrictInputSerializer):
    walk_ins = WalkInSerializer(many=True, required=False, max_length=20)  # type: ignore[call-arg]  # ListSerializer
    materials = MaterialLineSerializer(many=True, required=False, max_length=200)  # type: ignore[call-arg]
    online_attendance = serializers.IntegerField(
        min_value=0,
        max_value=10_000_000,
        required=False,
        help_text="Headcount of an online event, or of a mixed event's online part (person-times).",
    )
    expenditure = serializers.DecimalField(
        max_digits=12, decimal_places=2, min_value=Decimal("0"), max_value=MAX_MONEY, required=False
    )
    summary = serializers.CharField(max_length=5000, required=False, allow_blank=True)

    def to_service(self) -> ReportFigures:
        return self.figures(self.validated_data)

    @staticmethod
    def figures(data: dict[str, Any]) -> ReportFigures:
        """The figures ``report_submit`` takes, from validated data."""
        return ReportFigures(
            walk_ins=[(row["audience"], row["count"]) for row in data.get("walk_ins", [])],
            materials=[(row["material"], row["quantity"]) for row in data.get("materials", [])],
            expenditure=data.get("expenditure", Decimal("0")),
            summary=data.get("summary", ""),
            online_attendance=data.get("online_attendance", 0),
        )


class RetrospectiveInputSerializer(EventInputSerializer):
    report = ReportInputSerializer()
    # Nobody checks in at an event logged after it took place.
    check_in_opens_minutes = None
    check_in_closes_minutes = None

    def validate(self, attrs):
        attrs = super().validate(attrs)
        for name in ("capacity", "registration_required", "registration_opens_at", "registration_closes_at"):
            if name in attrs and attrs[name] not in (None, False):
                raise serializers.ValidationError({name: [_("An event logged afterwards has no sign-up.")]})
        return attrs


class WalkInOutputSerializer(serializers.Serializer):
    audience = serializers.CharField(source="audience_id")
    count = serializers.IntegerField()


class EvidenceOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=EvidenceKind.choices)
    url = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def get_url(self, evidence) -> str:
        return f"/api/v1/events/{evidence.report.event_id}/report/evidence/{evidence.pk}/"


class ReportOutputSerializer(serializers.ModelSerializer):
    walk_ins_by_audience = WalkInOutputSerializer(source="walk_in_counts", many=True)
    evidence = EvidenceOutputSerializer(many=True)

    class Meta:
        model = EventReport
        fields = [
            "id",
            "event",
            "status",
            "checked_in",
            "walk_ins",
            "online_attendance",
            "attendance",
            "walk_ins_by_audience",
            "expenditure",
            "summary",
            "submitted_at",
            "reviewed_at",
            "review_comment",
            "evidence",
        ]
        read_only_fields = fields


class LargeScaleInputSerializer(StrictInputSerializer):
    marked = serializers.BooleanField(help_text="True marks the event large-scale, false removes the mark.")


class ReasonInputSerializer(StrictInputSerializer):
    reason = serializers.CharField(max_length=2000)


class ReviewInputSerializer(StrictInputSerializer):
    decision = serializers.ChoiceField(choices=[("accept", _("Accept")), ("return", _("Return"))])
    comment = serializers.CharField(max_length=2000, required=False, allow_blank=True)

    def validate(self, attrs):
        if attrs["decision"] == "return" and not attrs.get("comment", "").strip():
            raise serializers.ValidationError({"comment": [_("Say what needs to change when returning a report.")]})
        return attrs


class EvidenceInputSerializer(StrictInputSerializer):
    kind = serializers.ChoiceField(choices=EvidenceKind.choices)
    file = serializers.FileField()


class SignUpInputSerializer(StrictInputSerializer):
    companions = serializers.IntegerField(min_value=0, max_value=100, required=False, default=0)
    audience = serializers.SlugRelatedField(
        slug_field="key",
        queryset=Audience.objects.all(),
        required=False,
        allow_null=True,
        help_text="The group the resident belongs to (optional); statistics count their attendance under it.",
    )


class CheckInInputSerializer(StrictInputSerializer):
    code = serializers.CharField(max_length=32, trim_whitespace=True)


class EventBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    status = serializers.CharField()
    area = IdNameSerializer()
    address = serializers.CharField()
    mode = serializers.CharField()
    online_url = serializers.CharField()


class PersonSerializer(serializers.Serializer):
    name = serializers.CharField()
    phone = serializers.CharField()


def _registration_label(name: str) -> Any:
    """The label a ModelSerializer gives the field (lazy, so translated when shown)."""
    field = Registration._meta.get_field(name)
    assert isinstance(field, models.Field)
    return capfirst(field.verbose_name)


class RegistrationOutputSerializer(serializers.Serializer):
    """Owners see their code; organizers of the event see who it is, phone in full; nobody else sees it."""

    # Declared field by field, as a ModelSerializer derives them (same names, labels and schema): a
    # ModelSerializer derives them from the model again for every answer, most of the time it takes.
    id = serializers.IntegerField(read_only=True, label="ID")
    event = EventBriefSerializer()
    status = serializers.ChoiceField(
        choices=RegistrationStatus.choices, read_only=True, label=_registration_label("status")
    )
    position = serializers.SerializerMethodField()
    companions = serializers.IntegerField(read_only=True, label=_registration_label("companions"))
    audience = serializers.CharField(source="audience_id", allow_null=True, read_only=True)
    queued_at = serializers.DateTimeField(read_only=True, allow_null=True, label=_registration_label("queued_at"))
    check_in_code = serializers.SerializerMethodField()
    checked_in_at = serializers.DateTimeField(
        read_only=True, allow_null=True, label=_registration_label("checked_in_at")
    )
    cancelled_at = serializers.DateTimeField(read_only=True, allow_null=True, label=_registration_label("cancelled_at"))
    created_at = serializers.DateTimeField(read_only=True, label=_registration_label("created_at"))
    resident = serializers.SerializerMethodField()

    def _viewer(self):
        request = self.context.get("request")
        return getattr(request, "user", None)

    def get_position(self, registration) -> int | None:
        return registration_waitlist_position(registration=registration)

    def get_check_in_code(self, registration) -> str | None:
        viewer = self._viewer()
        if viewer is not None and registration.resident_id == viewer.pk and registration.status != "cancelled":
            return registration.check_in_code
        return None

    @extend_schema_field(PersonSerializer(allow_null=True))
    def get_resident(self, registration):
        viewer = self._viewer()
        if viewer is None:
            return None
        if registration.resident_id == viewer.pk or is_organizer_of(viewer, registration.event.organization_id):
            return {"name": registration.resident.name, "phone": registration.resident.phone}
        return None


class CheckInOutputSerializer(serializers.Serializer):
    registration = serializers.IntegerField(source="pk")
    name = serializers.CharField(source="resident.name")
    phone = serializers.CharField(source="resident.phone")
    companions = serializers.IntegerField()
    checked_in_at = serializers.DateTimeField()


class QueueMaterialSerializer(serializers.Serializer):
    material = serializers.IntegerField(source="material_id")
    name = serializers.CharField(source="material.name")
    unit = serializers.CharField(source="material.unit")
    quantity = serializers.IntegerField()


class QueueReportSerializer(ReportOutputSerializer):
    submitted_by = serializers.CharField(source="submitted_by.name", allow_null=True, default=None)

    class Meta(ReportOutputSerializer.Meta):
        fields = [*ReportOutputSerializer.Meta.fields, "submitted_by"]
        read_only_fields = fields


class ReportQueueItemSerializer(serializers.Serializer):
    """One card of the report review queue: the event, its report and the materials handed out."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    activity_type = serializers.ChoiceField(choices=ActivityType.choices)
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    area = IdNameSerializer()
    organization = IdNameSerializer()
    planned_budget = serializers.DecimalField(max_digits=12, decimal_places=2)
    marked_large_scale = serializers.BooleanField()
    report = QueueReportSerializer()
    materials = QueueMaterialSerializer(source="distributions", many=True)
    allowed_actions = serializers.SerializerMethodField(help_text=_("What the caller may do with the event now."))

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=EventAction.choices)))
    def get_allowed_actions(self, event) -> list[EventAction]:
        context = cast(dict[str, Any], self.context)  # DRF passes a dict
        now = context.setdefault("now", timezone.now())
        return allowed_actions(context["request"].user, event, now=now)


class BatchInputSerializer(StrictInputSerializer):
    events = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1), min_length=1, max_length=100
    )

    def validate_events(self, value):
        return sorted(set(value))


class BatchOutputSerializer(serializers.Serializer):
    detail = serializers.CharField()
    events = serializers.ListField(child=serializers.IntegerField())
