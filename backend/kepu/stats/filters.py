"""The one filter parser every statistics endpoint shares: a period, a slice, official or provisional.

Periods are calendar periods in Asia/Shanghai: a month is [local midnight of the 1st, local midnight of
the next 1st), turned into UTC instants for ``starts_at`` and into local dates for date columns.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import serializers

from kepu.accounts.policies import staff_area_path
from kepu.events.models import ActivityType, Audience, Mode
from kepu.places.models import Area, Setting

LOCAL_TZ = ZoneInfo("Asia/Shanghai")
MAX_RANGE_DAYS = 366 * 10


def local_today() -> date:
    return timezone.now().astimezone(LOCAL_TZ).date()


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LOCAL_TZ)


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


class StatsQuerySerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=2000, max_value=2100, required=False)
    quarter = serializers.IntegerField(min_value=1, max_value=4, required=False)
    month = serializers.IntegerField(min_value=1, max_value=12, required=False)
    start = serializers.DateField(required=False, help_text="First day (local), with end.")
    end = serializers.DateField(required=False, help_text="Last day (local, inclusive), with start.")
    area = serializers.IntegerField(required=False, min_value=1, help_text="Area id; includes all sub-areas.")
    setting = serializers.ChoiceField(choices=Setting.choices, required=False)
    activity_type = serializers.ChoiceField(choices=ActivityType.choices, required=False)
    audience = serializers.CharField(required=False, max_length=32)
    organization = serializers.IntegerField(required=False, min_value=1)
    mode = serializers.ChoiceField(choices=Mode.choices, required=False)
    provisional = serializers.BooleanField(
        required=False, default=False, help_text="Include events whose report is not accepted yet."
    )

    def validate_audience(self, value: str) -> str:
        if not Audience.objects.filter(key=value).exists():
            raise serializers.ValidationError(_("Unknown audience."))
        return value

    def validate(self, attrs):
        errors: dict[str, list[str]] = {}
        if "quarter" in attrs and "month" in attrs:
            errors["month"] = [_("Give a quarter or a month, not both.")]
        for key in ("quarter", "month"):
            if key in attrs and "year" not in attrs:
                errors[key] = [_("A quarter or month needs a year.")]
        has_range = "start" in attrs or "end" in attrs
        if has_range:
            if "year" in attrs:
                errors["start"] = [_("Give a year or a start and end date, not both.")]
            elif "start" not in attrs or "end" not in attrs:
                errors["start" if "start" not in attrs else "end"] = [_("A custom period needs a start and an end.")]
            elif attrs["end"] < attrs["start"]:
                errors["end"] = [_("The end must not be before the start.")]
            elif (attrs["end"] - attrs["start"]).days > MAX_RANGE_DAYS:
                errors["end"] = [_("A custom period can span at most ten years.")]
        if errors:
            raise serializers.ValidationError(errors)
        return attrs


@dataclass(frozen=True)
class StatsFilter:
    start_date: date  # inclusive, local
    end_date: date  # exclusive, local
    root: Area | None  # None: everything (an administrator without an area)
    setting: str | None = None
    activity_type: str | None = None
    audience: str | None = None
    organization: int | None = None
    mode: str | None = None
    provisional: bool = False

    @property
    def start_dt(self) -> datetime:
        return local_midnight(self.start_date)

    @property
    def end_dt(self) -> datetime:
        return local_midnight(self.end_date)

    @property
    def root_path(self) -> str:
        return self.root.path if self.root else ""

    @property
    def has_event_slice(self) -> bool:
        """Slices that only events have; funding and standalone distributions are sliced by area alone."""
        return any(
            v is not None for v in (self.setting, self.activity_type, self.audience, self.organization, self.mode)
        )

    @property
    def year(self) -> int:
        return self.start_date.year


def period_bounds(attrs: dict) -> tuple[date, date]:
    """[start, end) in local dates; the current year when no period is given."""
    if "start" in attrs:
        return attrs["start"], attrs["end"] + timedelta(days=1)
    year = attrs.get("year") or local_today().year
    if "month" in attrs:
        start = date(year, attrs["month"], 1)
        return start, next_month(start)
    if "quarter" in attrs:
        start = date(year, 3 * attrs["quarter"] - 2, 1)
        return start, next_month(next_month(next_month(start)))
    return date(year, 1, 1), date(year + 1, 1, 1)


def resolve_root(user, area_id: int | None) -> Area | None:
    """The slice root: the requested area if the staff member covers it (else 404), or their own area."""
    prefix = staff_area_path(user)
    if prefix is None:
        raise Http404
    if area_id is not None:
        area = Area.objects.filter(pk=area_id).first()
        if area is None or not area.path.startswith(prefix):
            raise Http404
        return area
    if prefix == "":
        roots = list(Area.objects.filter(parent__isnull=True).order_by("path")[:2])
        return roots[0] if len(roots) == 1 else None
    return user.staff_area


def parse_stats_filter(request, *, year: int | None = None, whole_year: bool = False) -> StatsFilter:
    """Validate the query string (400 with per-field messages) and resolve the slice root (404 outside scope).

    ``year`` fixes the period to that calendar year (the yearly report); ``whole_year`` reads only ``year``
    from the query string (per-capita figures and the scorecard are yearly by nature).
    """
    data = request.query_params.dict()
    if year is not None or whole_year:
        for key in ("quarter", "month", "start", "end"):
            data.pop(key, None)
    if year is not None:
        data["year"] = year
    serializer = StatsQuerySerializer(data=data)
    serializer.is_valid(raise_exception=True)
    attrs = serializer.validated_data
    start, end = period_bounds(attrs)
    return StatsFilter(
        start_date=start,
        end_date=end,
        root=resolve_root(request.user, attrs.get("area")),
        setting=attrs.get("setting"),
        activity_type=attrs.get("activity_type"),
        audience=attrs.get("audience"),
        organization=attrs.get("organization"),
        mode=attrs.get("mode"),
        provisional=attrs.get("provisional", False),
    )
