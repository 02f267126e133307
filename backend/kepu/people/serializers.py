from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.accounts.models import normalize_phone
from kepu.common.errors import Conflict
from kepu.common.fields import BoundedDatesMixin
from kepu.common.phones import mask_phone
from kepu.events.serializers import IdNameSerializer, PersonSerializer
from kepu.places.models import Area, Organization

from . import permissions as policy
from .models import MAX_HOURS, Popularizer, Volunteer, VolunteerRole, VolunteerSignup
from .services import check_hours_open


def _viewer(serializer):
    request = serializer.context.get("request")
    return getattr(request, "user", None)


# Popularizers ------------------------------------------------------------------------------------


class PopularizerInputSerializer(BoundedDatesMixin, serializers.ModelSerializer):
    organization = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    work_months = serializers.DecimalField(
        max_digits=3, decimal_places=1, min_value=Decimal(0), max_value=Decimal(12), required=False, allow_null=True
    )

    class Meta:
        model = Popularizer
        fields = [
            "organization",
            "name",
            "kind",
            "gender",
            "qualified",
            "rural",
            "manager",
            "creator",
            "docent",
            "work_months",
            "started_on",
            "ended_on",
        ]


class PopularizerOutputSerializer(serializers.ModelSerializer):
    organization = IdNameSerializer()
    area = serializers.SerializerMethodField()
    kind_label = serializers.CharField(source="get_kind_display")
    gender_label = serializers.CharField(source="get_gender_display")
    can_manage = serializers.SerializerMethodField()

    class Meta:
        model = Popularizer
        fields = [
            "id",
            "organization",
            "area",
            "name",
            "kind",
            "kind_label",
            "gender",
            "gender_label",
            "qualified",
            "rural",
            "manager",
            "creator",
            "docent",
            "work_months",
            "started_on",
            "ended_on",
            "can_manage",
        ]
        read_only_fields = fields

    @extend_schema_field(IdNameSerializer)
    def get_area(self, popularizer) -> dict:
        area = popularizer.organization.area
        return {"id": area.pk, "name": area.name}

    def get_can_manage(self, popularizer) -> bool:
        return policy.can_manage_popularizer(_viewer(self), popularizer)


# Volunteers --------------------------------------------------------------------------------------


class VolunteerSelfInputSerializer(serializers.Serializer):
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all(), help_text=_("Where you volunteer."))
    skills = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")


class VolunteerAddInputSerializer(serializers.Serializer):
    phone = serializers.CharField(max_length=32, help_text=_("The mobile number the person signed up with."))
    organization = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    area = serializers.PrimaryKeyRelatedField(
        queryset=Area.objects.all(), required=False, help_text=_("Default: the organization's area.")
    )
    skills = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")

    def validate_phone(self, value: str) -> str:
        return normalize_phone(value)


class VolunteerOutputSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="user.name")
    phone = serializers.SerializerMethodField()
    area = IdNameSerializer()
    organization = IdNameSerializer(allow_null=True)
    active = serializers.BooleanField()

    class Meta:
        model = Volunteer
        fields = ["id", "name", "phone", "area", "organization", "skills", "registered_on", "withdrawn_on", "active"]
        read_only_fields = fields

    def get_phone(self, volunteer) -> str:
        viewer = _viewer(self)
        if viewer is not None and viewer.pk == volunteer.user_id:
            return volunteer.user.phone
        return mask_phone(volunteer.user.phone)


class ServiceYearSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    events = serializers.IntegerField()
    hours = serializers.DecimalField(max_digits=8, decimal_places=1)


class MyVolunteerSerializer(serializers.Serializer):
    volunteer = VolunteerOutputSerializer(allow_null=True)
    years = ServiceYearSerializer(many=True)


# Roles -------------------------------------------------------------------------------------------


class VolunteerRoleInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=64)
    description = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    capacity = serializers.IntegerField(min_value=1, max_value=10000)


class MySignupBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    role = serializers.IntegerField()
    checked_in_at = serializers.DateTimeField(allow_null=True)
    hours = serializers.DecimalField(max_digits=4, decimal_places=1, allow_null=True)


class VolunteerRoleOutputSerializer(serializers.ModelSerializer):
    places_left = serializers.IntegerField()
    can_manage = serializers.SerializerMethodField()
    can_sign_up = serializers.SerializerMethodField()
    my_signup = serializers.SerializerMethodField()

    class Meta:
        model = VolunteerRole
        fields = [
            "id",
            "event",
            "name",
            "description",
            "capacity",
            "filled",
            "places_left",
            "can_manage",
            "can_sign_up",
            "my_signup",
        ]
        read_only_fields = fields

    def get_can_manage(self, role) -> bool:
        return policy.roles_changeable(_viewer(self), role.event)

    def get_can_sign_up(self, role) -> bool:
        """Published, not started, a place left, and the viewer not signed up for this event yet."""
        viewer = _viewer(self)
        event = role.event
        open_now = event.status == "approved" and event.starts_at > timezone.now() and role.places_left > 0
        return bool(open_now and policy.signed_in(viewer) and self._my_signup(role) is None)

    def _my_signup(self, role):
        mine = self.context.get("my_signups")
        if mine is None:
            return None
        return mine.get(role.event_id)

    @extend_schema_field(MySignupBriefSerializer(allow_null=True))
    def get_my_signup(self, role):
        signup = self._my_signup(role)
        if signup is None or signup.role_id != role.pk:
            return None
        return {"id": signup.pk, "role": signup.role_id, "checked_in_at": signup.checked_in_at, "hours": signup.hours}


# Sign-ups ----------------------------------------------------------------------------------------


class VolunteerEventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    status = serializers.CharField()


class VolunteerSignupOutputSerializer(serializers.ModelSerializer):
    """The volunteer sees their own sign-up; the event's organizers see who it is, phone in full."""

    event = VolunteerEventSerializer()
    role = IdNameSerializer()
    volunteer = serializers.SerializerMethodField()
    status_label = serializers.CharField(source="get_status_display")
    can_cancel = serializers.SerializerMethodField()
    can_check_in = serializers.SerializerMethodField()
    can_confirm_hours = serializers.SerializerMethodField()

    class Meta:
        model = VolunteerSignup
        fields = [
            "id",
            "event",
            "role",
            "volunteer",
            "status",
            "status_label",
            "checked_in_at",
            "hours",
            "hours_confirmed_at",
            "can_cancel",
            "can_check_in",
            "can_confirm_hours",
        ]
        read_only_fields = fields

    @extend_schema_field(PersonSerializer)
    def get_volunteer(self, signup) -> dict:
        viewer = _viewer(self)
        user = signup.volunteer.user
        full = policy.can_check_in_signup(viewer, signup) or (viewer is not None and viewer.pk == user.pk)
        return {"name": user.name, "phone": user.phone if full else mask_phone(user.phone)}

    def get_can_cancel(self, signup) -> bool:
        return (
            signup.status == "confirmed"
            and signup.checked_in_at is None
            and signup.event.starts_at > timezone.now()
            and policy.can_cancel_signup(_viewer(self), signup)
        )

    def get_can_check_in(self, signup) -> bool:
        return (
            signup.status == "confirmed"
            and signup.checked_in_at is None
            and signup.event.status in ("approved", "completed")
            and policy.can_check_in_signup(_viewer(self), signup)
        )

    def get_can_confirm_hours(self, signup) -> bool:
        if signup.checked_in_at is None or not policy.can_confirm_hours(_viewer(self), signup.event):
            return False
        try:
            check_hours_open(signup.event)
        except Conflict:
            return False
        return True


class HoursLineSerializer(serializers.Serializer):
    signup = serializers.IntegerField(min_value=1)
    hours = serializers.DecimalField(
        max_digits=4,
        decimal_places=1,
        min_value=Decimal("0.5"),
        max_value=MAX_HOURS,
        help_text=_("Service hours, in steps of half an hour (e.g. 3.5)."),
    )

    def validate_hours(self, value: Decimal) -> Decimal:
        if (value * 2) % 1:
            raise serializers.ValidationError(_("Hours are confirmed in steps of half an hour."))
        return value


class HoursInputSerializer(serializers.Serializer):
    hours = HoursLineSerializer(many=True, allow_empty=False, max_length=1000)  # type: ignore[call-arg]

    def validate_hours(self, lines: list[dict]) -> list[dict]:
        ids = [line["signup"] for line in lines]
        if len(ids) != len(set(ids)):
            raise serializers.ValidationError(_("Each volunteer appears once."))
        return lines


# Statistics --------------------------------------------------------------------------------------


class FullTimeFiguresSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    qualified = serializers.IntegerField(help_text=_("中级职称及以上或大学本科及以上学历"))
    female = serializers.IntegerField()
    rural = serializers.IntegerField()
    managers = serializers.IntegerField()
    creators = serializers.IntegerField()
    docents = serializers.IntegerField()


class PartTimeFiguresSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    qualified = serializers.IntegerField()
    female = serializers.IntegerField()
    rural = serializers.IntegerField()
    docents = serializers.IntegerField()
    work_months = serializers.DecimalField(max_digits=12, decimal_places=1)


class PersonnelBlockSerializer(serializers.Serializer):
    full_time = FullTimeFiguresSerializer()
    part_time = PartTimeFiguresSerializer()
    total = serializers.IntegerField()
    qualified = serializers.IntegerField()
    volunteers_registered = serializers.IntegerField()
    volunteers_served = serializers.IntegerField()
    service_person_times = serializers.IntegerField()
    service_hours = serializers.DecimalField(max_digits=12, decimal_places=1)


class PersonnelAreaSerializer(PersonnelBlockSerializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    level = serializers.CharField()


class HoursByOrganizationSerializer(serializers.Serializer):
    organization_id = serializers.IntegerField()
    organization = serializers.CharField()
    person_times = serializers.IntegerField()
    hours = serializers.DecimalField(max_digits=12, decimal_places=1)


class PersonnelFiguresSerializer(PersonnelBlockSerializer):
    year = serializers.IntegerField()
    area = IdNameSerializer(allow_null=True)
    provisional = serializers.BooleanField()
    areas = PersonnelAreaSerializer(many=True)
    hours_by_organization = HoursByOrganizationSerializer(many=True)
