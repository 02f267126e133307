from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.accounts.serializers import ErrorSerializer, PhoneField
from kepu.common.phones import mask_phone

from .models import Area, AreaLevel, Organization, Population, Setting
from .permissions import can_see_organization_contacts


class AreaOutputSerializer(serializers.ModelSerializer):
    setting = serializers.CharField(read_only=True, allow_null=True, help_text=_("Implied setting, if any."))

    class Meta:
        model = Area
        fields = ["id", "name", "level", "parent", "code", "urban_rural_code", "path", "setting"]
        read_only_fields = fields


class AreaInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    level = serializers.ChoiceField(choices=AreaLevel.choices)
    parent = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all(), allow_null=True, required=False)
    code = serializers.CharField(max_length=12, allow_null=True, allow_blank=True, required=False)
    urban_rural_code = serializers.CharField(max_length=3, allow_blank=True, required=False)

    def validate_code(self, value):
        return value.strip() or None if value is not None else None


class OrganizationOutputSerializer(serializers.ModelSerializer):
    area_name = serializers.CharField(source="area.name", read_only=True)
    contact_name = serializers.SerializerMethodField()
    contact_phone = serializers.SerializerMethodField()

    class Meta:
        model = Organization
        fields = ["id", "name", "setting", "area", "area_name", "address", "is_active", "contact_name", "contact_phone"]
        read_only_fields = fields

    def _may_see_contacts(self, organization) -> bool:
        return can_see_organization_contacts(self.context["request"].user, organization)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_contact_name(self, organization) -> str | None:
        """Shown to the area's staff and the organization's organizers only."""
        return organization.contact_name if self._may_see_contacts(organization) else None

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_contact_phone(self, organization) -> str | None:
        return organization.contact_phone if self._may_see_contacts(organization) else None


class OrganizationInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    setting = serializers.ChoiceField(choices=Setting.choices)
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all())
    address = serializers.CharField(max_length=255, allow_blank=True, required=False)
    contact_name = serializers.CharField(max_length=64, allow_blank=True, required=False)
    contact_phone = serializers.CharField(max_length=32, allow_blank=True, required=False)
    is_active = serializers.BooleanField(required=False)


class MemberEventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    status = serializers.CharField()
    starts_at = serializers.DateTimeField()


class MemberOutputSerializer(serializers.Serializer):
    """An organizer of the organization; the number is masked for everyone but the person. With the
    events of the organization they registered: how many, and the latest few."""

    user = serializers.IntegerField(source="user_id")
    name = serializers.CharField(source="user.name")
    phone = serializers.SerializerMethodField()
    joined_at = serializers.DateTimeField(source="created_at")
    event_count = serializers.IntegerField(default=0)
    recent_events = MemberEventSerializer(source="user.events_here", many=True, default=list)

    def get_phone(self, membership) -> str:
        if membership.user_id == self.context["request"].user.pk:
            return membership.user.phone
        return mask_phone(membership.user.phone)


class MemberInputSerializer(serializers.Serializer):
    phone = PhoneField(help_text=_("The mobile number the person signed up with."))


class PopulationOutputSerializer(serializers.ModelSerializer):
    area_name = serializers.CharField(source="area.name", read_only=True)
    area_code = serializers.CharField(source="area.code", read_only=True, allow_null=True)

    class Meta:
        model = Population
        fields = ["id", "area", "area_name", "area_code", "year", "residents", "source", "updated_at"]
        read_only_fields = fields


class PopulationInputSerializer(serializers.Serializer):
    area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all())
    year = serializers.IntegerField(min_value=1949, max_value=2100)
    residents = serializers.IntegerField(min_value=0, max_value=2_000_000_000)
    source = serializers.CharField(max_length=200, allow_blank=True, required=False)


class PopulationImportInputSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text=_(
            "XLSX, or CSV (UTF-8 or GBK, as Excel saves it), with a header row: area_code or area_name "
            "(+ parent_name), year, residents, optional source. Chinese headers 区划代码/名称/上级/年份/常住人口/来源 "
            "work too. Lines with neither a figure nor a source are skipped."
        )
    )


class ImportLineErrorSerializer(serializers.Serializer):
    line = serializers.IntegerField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class ImportProblemSerializer(serializers.Serializer):
    """One reason a line cannot be imported, with the column as the file names it."""

    line = serializers.IntegerField()
    column = serializers.CharField()
    field = serializers.CharField()
    message = serializers.CharField()


class PopulationImportReportSerializer(serializers.Serializer):
    detail = serializers.CharField()
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    skipped = serializers.ListField(child=serializers.IntegerField(), required=False)
    lines = ImportLineErrorSerializer(many=True)


class PopulationImportErrorSerializer(ErrorSerializer):
    """Nothing was imported: ``lines`` lists every bad line with its per-column messages, ``problems``
    the same one message at a time."""

    lines = ImportLineErrorSerializer(many=True, required=False)
    problems = ImportProblemSerializer(many=True, required=False)


class PopulationPreviewRowSerializer(serializers.Serializer):
    line = serializers.IntegerField()
    area = serializers.IntegerField(source="area.pk")
    area_name = serializers.CharField(source="area.name")
    year = serializers.IntegerField()
    residents = serializers.IntegerField()
    source = serializers.CharField(allow_blank=True)
    current = serializers.IntegerField(allow_null=True, help_text=_("The figure recorded now, if any."))
    effect = serializers.ChoiceField(choices=["created", "updated", "unchanged"])


class PopulationImportPreviewSerializer(serializers.Serializer):
    """What an import of the file would do; nothing is written."""

    valid = serializers.BooleanField()
    detail = serializers.CharField()
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    skipped = serializers.ListField(child=serializers.IntegerField())
    lines = ImportLineErrorSerializer(many=True)
    problems = ImportProblemSerializer(many=True)
    rows = PopulationPreviewRowSerializer(many=True)


class TemplateQuerySerializer(serializers.Serializer):
    format = serializers.ChoiceField(choices=["xlsx", "csv"], default="xlsx")
    year = serializers.IntegerField(min_value=1949, max_value=2100, required=False)


class PopulationYearsQuerySerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=1949, max_value=2100, required=False)
    span = serializers.IntegerField(min_value=1, max_value=10, default=3)
    within = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all(), required=False)
    missing = serializers.BooleanField(default=False, help_text=_("Only areas without their own figure this year."))


class PopulationYearsRowSerializer(serializers.Serializer):
    """An area with its own year-end figures of the last years (null where there is none)."""

    area = serializers.IntegerField(source="pk")
    name = serializers.CharField()
    level = serializers.ChoiceField(choices=AreaLevel.choices)
    code = serializers.CharField(allow_null=True)
    parent = serializers.IntegerField(source="parent_id", allow_null=True)
    figures = serializers.DictField(child=serializers.IntegerField(allow_null=True))
    population_ids = serializers.DictField(child=serializers.IntegerField(allow_null=True))
    missing = serializers.BooleanField(help_text=_("No figure of its own for the year asked for."))
