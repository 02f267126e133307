from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.accounts.serializers import ErrorSerializer
from kepu.common.fields import BoundedDateField
from kepu.events.models import Event
from kepu.places.models import Area
from kepu.places.serializers import ImportLineErrorSerializer, ImportProblemSerializer
from kepu.stats.serializers import FundingBlockSerializer

from .models import AttachmentKind, Direction, FundingRecord, FundingSource, SpendingCategory, Target


class FundingAttachmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=AttachmentKind.choices)
    size = serializers.IntegerField()
    url = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def get_url(self, attachment) -> str:
        return f"/api/v1/funding/{attachment.record_id}/attachments/{attachment.pk}/"


def _field_label(name: str) -> str:
    return str(FundingRecord._meta.get_field(name).verbose_name)  # type: ignore[union-attr]  # a concrete field


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
    event_title = serializers.CharField(source="event.title", read_only=True, allow_null=True, default=None)
    attachments = FundingAttachmentSerializer(many=True, read_only=True)

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
            "event_title",
            "attachments",
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


class FundingAttachmentInputSerializer(serializers.Serializer):
    file = serializers.FileField(help_text=_("The approving document: a PDF or a scanned image (JPEG, PNG)."))


class FundingTotalsSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    raised = serializers.DecimalField(max_digits=16, decimal_places=2, coerce_to_string=True)
    special = serializers.DecimalField(max_digits=16, decimal_places=2, coerce_to_string=True)
    spent = serializers.DecimalField(max_digits=16, decimal_places=2, coerce_to_string=True)
    by_source = serializers.DictField(child=serializers.CharField())
    by_category = serializers.DictField(child=serializers.CharField())


class FundingExportQuerySerializer(serializers.Serializer):
    format = serializers.ChoiceField(choices=["xlsx", "csv"], default="xlsx")


class FundingImportInputSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text=_(
            "XLSX or CSV with a header row: 日期 (date), 金额 (amount), 区划代码 or 区域 (+ 上级), 收支 (收入/支出), "
            "来源, 专项经费 (是/否), 支出类别, 用途; an exported file's 编号 updates that record."
        )
    )


class FundingPreviewRowSerializer(serializers.Serializer):
    line = serializers.IntegerField()
    record = serializers.IntegerField(source="record.pk", allow_null=True, default=None)
    effect = serializers.ChoiceField(choices=["created", "updated", "unchanged"])
    direction = serializers.ChoiceField(choices=Direction.choices)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, coerce_to_string=True)
    date = serializers.DateField()
    area = serializers.IntegerField(source="area.pk")
    area_name = serializers.CharField(source="area.name")
    source = serializers.CharField(allow_blank=True)
    is_special = serializers.BooleanField()
    category = serializers.CharField(allow_blank=True)
    purpose = serializers.CharField(allow_blank=True)


class FundingImportPreviewSerializer(serializers.Serializer):
    valid = serializers.BooleanField()
    detail = serializers.CharField()
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    lines = ImportLineErrorSerializer(many=True)
    problems = ImportProblemSerializer(many=True)
    rows = FundingPreviewRowSerializer(many=True)


class FundingImportReportSerializer(serializers.Serializer):
    detail = serializers.CharField()
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()


class FundingImportErrorSerializer(ErrorSerializer):
    lines = ImportLineErrorSerializer(many=True, required=False)
    problems = ImportProblemSerializer(many=True, required=False)


class CountProgressSerializer(serializers.Serializer):
    target = serializers.IntegerField(allow_null=True)
    actual = serializers.IntegerField()
    percent = serializers.CharField(allow_null=True)


class TargetProgressFiguresSerializer(serializers.Serializer):
    events = CountProgressSerializer()
    participants = CountProgressSerializer()
    materials = CountProgressSerializer()
    population = serializers.IntegerField(allow_null=True)
    missing_population = serializers.ListField(child=serializers.CharField())
    all_funding = FundingBlockSerializer()
    special_funding = FundingBlockSerializer()


class TargetProgressSerializer(TargetSerializer):
    """A target with how far its year has come: held events, person-times, copies of materials, and
    per-capita funding (all funding raised and special funds) against it."""

    progress = serializers.SerializerMethodField()

    class Meta(TargetSerializer.Meta):
        fields = [*TargetSerializer.Meta.fields, "progress"]
        read_only_fields = fields

    @extend_schema_field(TargetProgressFiguresSerializer)
    def get_progress(self, target) -> dict:
        return self.context["progress"][target.pk]
