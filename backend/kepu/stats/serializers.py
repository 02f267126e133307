"""Schema descriptions of the statistics answers (the figures themselves are built by the selectors)."""

from rest_framework import serializers

from .selectors import BREAKDOWN_DIMENSIONS


class BreakdownQuerySerializer(serializers.Serializer):
    by = serializers.ChoiceField(choices=[(d, d) for d in BREAKDOWN_DIMENSIONS])


class ExportQuerySerializer(serializers.Serializer):
    format = serializers.ChoiceField(choices=[("csv", "csv"), ("xlsx", "xlsx")], required=False, default="csv")


class AnnualQuerySerializer(serializers.Serializer):
    format = serializers.ChoiceField(
        choices=[("json", "json"), ("xlsx", "xlsx"), ("pdf", "pdf"), ("csv", "csv")], required=False, default="json"
    )
    area = serializers.IntegerField(required=False, min_value=1)
    provisional = serializers.BooleanField(
        required=False, default=False, help_text="Include events whose report is not accepted yet."
    )


class AnnualTablesQuerySerializer(serializers.Serializer):
    area = serializers.IntegerField(required=False, min_value=1)
    provisional = serializers.BooleanField(
        required=False, default=False, help_text="Include events whose report is not accepted yet."
    )


class PeriodSerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()
    provisional = serializers.BooleanField()
    area = serializers.DictField(allow_null=True)
    slice = serializers.DictField(help_text="The event slices in force (setting, activity_type, …); empty: none.")
    slice_label = serializers.CharField()
    funding_scope = serializers.ChoiceField(
        choices=[("area", "area"), ("events_in_slice", "events_in_slice")],
        help_text="`area`: all money of the area; `events_in_slice`: only money tied to the slice's events.",
    )


class SummarySerializer(serializers.Serializer):
    period = PeriodSerializer()
    events = serializers.DictField(child=serializers.IntegerField())
    attendance = serializers.DictField(child=serializers.IntegerField())
    registrations = serializers.DictField()
    participants = serializers.DictField(child=serializers.IntegerField())
    materials = serializers.DictField()
    funding = serializers.DictField()
    targets = serializers.DictField(allow_null=True, help_text="Progress against the area's yearly targets.")


class TimeseriesSerializer(serializers.Serializer):
    period = PeriodSerializer()
    months = serializers.ListField(child=serializers.DictField())


class BreakdownSerializer(serializers.Serializer):
    period = PeriodSerializer()
    by = serializers.CharField()
    rows = serializers.ListField(child=serializers.DictField())
    overlapping = serializers.ListField(
        child=serializers.CharField(), help_text="Columns whose rows overlap and must not be added up."
    )


class FundingBlockSerializer(serializers.Serializer):
    amount = serializers.CharField()
    per_capita = serializers.CharField(allow_null=True)
    percent_of_target = serializers.CharField(allow_null=True)
    missing_yuan = serializers.CharField(allow_null=True)
    projected_year_end = serializers.CharField(allow_null=True)
    projected_per_capita = serializers.CharField(allow_null=True)
    projected_percent_of_target = serializers.CharField(allow_null=True)


class AreaPerCapitaSerializer(serializers.Serializer):
    area = serializers.DictField()
    population = serializers.IntegerField(allow_null=True)
    population_year = serializers.IntegerField(allow_null=True, help_text="The year the population is from.")
    population_basis = serializers.ChoiceField(
        choices=[("year_end", "year_end"), ("latest_known", "latest_known")], allow_null=True
    )
    target_per_capita = serializers.CharField()
    missing_population = serializers.ListField(child=serializers.CharField())
    message = serializers.CharField(required=False)
    all_funding = FundingBlockSerializer()
    special_funding = FundingBlockSerializer()


class PerCapitaSerializer(AreaPerCapitaSerializer):
    year = serializers.IntegerField()
    areas = AreaPerCapitaSerializer(many=True)
    ignored_parameters = serializers.ListField(child=serializers.CharField())


class ScorecardSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    rules = serializers.DictField()
    communities = serializers.ListField(child=serializers.DictField())
    on_track = serializers.IntegerField()
    ignored_parameters = serializers.ListField(child=serializers.CharField())


class PublicSummarySerializer(serializers.Serializer):
    year = serializers.IntegerField()
    events = serializers.IntegerField()
    attendance = serializers.IntegerField()
    materials = serializers.IntegerField()


class AnnualReportSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    area = serializers.DictField(allow_null=True)
    provisional = serializers.BooleanField()
    generated_at = serializers.DateTimeField()
    activities = serializers.DictField()
    large_scale = serializers.DictField(child=serializers.IntegerField())
    events_total = serializers.IntegerField()
    funding = serializers.DictField()
    per_capita = serializers.DictField()
    materials = serializers.DictField(help_text="printed (份), audio_visual, kits, other and by_kind.")
    personnel = serializers.DictField(
        required=False, help_text="科普人员, when the people app is installed: as GET /api/v1/stats/personnel/."
    )
    venues = serializers.DictField(
        required=False, help_text="科普场地, when the venues app is installed: as GET /api/v1/stats/venues/."
    )


class ReturnHeaderSerializer(serializers.Serializer):
    label = serializers.CharField()
    value = serializers.CharField(allow_null=True)


class ReturnTableSerializer(serializers.Serializer):
    title = serializers.CharField()
    headers = serializers.ListField(child=serializers.CharField())
    rows = serializers.ListField(
        child=serializers.ListField(child=serializers.JSONField()),
        help_text="Cells as in the files: integers, exact decimals as strings, text, '-' where a figure does not "
        "apply, null where it cannot be computed.",
    )


class AnnualTablesSerializer(serializers.Serializer):
    title = serializers.CharField()
    header_block = ReturnHeaderSerializer(many=True)
    tables = ReturnTableSerializer(many=True)
