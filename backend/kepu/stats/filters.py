"""The one filter parser every statistics endpoint shares: a period, a slice, official or provisional.

Periods are calendar periods in Asia/Shanghai: a month is [local midnight of the 1st, local midnight of
the next 1st), turned into UTC instants for ``starts_at`` and into local dates for date columns.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
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

    @cached_property
    def children(self) -> list[Area]:
        """The root's direct sub-areas in tree order (the top areas without a root): the rows of the
        per-area tables, read once for all the sections of a report."""
        areas = Area.objects.filter(parent__isnull=True) if self.root is None else self.root.children.all()
        return list(areas.order_by("path"))

    @property
    def has_event_slice(self) -> bool:
        """Slices that only events have; funding and standalone distributions are sliced by area alone."""
        return any(
            v is not None for v in (self.setting, self.activity_type, self.audience, self.organization, self.mode)
        )

    @property
    def year(self) -> int:
        return self.start_date.year

    def slice_params(self) -> dict[str, str | int]:
        """The event slices in force, by query parameter name (empty: the whole area)."""
        values = {
            "setting": self.setting,
            "activity_type": self.activity_type,
            "audience": self.audience,
            "organization": self.organization,
            "mode": self.mode,
        }
        return {k: v for k, v in values.items() if v is not None}

    @property
    def is_whole_year(self) -> bool:
        return self.start_date == date(self.year, 1, 1) and self.end_date == date(self.year + 1, 1, 1)

    def period_code(self) -> str:
        """The period as a short name: 2025, 2025-Q2, 2025-03 or 2025-03-01_2025-04-15."""
        end = self.end_date - timedelta(days=1)
        if self.is_whole_year:
            return str(self.year)
        if self.start_date.day == 1 and next_month(self.start_date) == self.end_date:
            return self.start_date.strftime("%Y-%m")
        if (
            self.start_date.day == 1
            and self.start_date.month % 3 == 1
            and next_month(next_month(next_month(self.start_date))) == self.end_date
        ):
            return f"{self.year}-Q{(self.start_date.month + 2) // 3}"
        return f"{self.start_date.isoformat()}_{end.isoformat()}"


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


STATS_PARAMETERS = tuple(StatsQuerySerializer().fields)


def reject_unknown_parameters(request, allowed: tuple[str, ...] | list[str]) -> None:
    """A misspelt or foreign parameter is a 400 naming it, never silently ignored (the figures would
    then look filtered while they are not); a parameter given twice is a 400 too."""
    errors: dict[str, list[str]] = {}
    for key in request.query_params:
        if key not in allowed:
            errors[key] = [_("Unknown parameter. Known parameters: %(known)s.") % {"known": ", ".join(allowed)}]
        elif len(request.query_params.getlist(key)) > 1:
            errors[key] = [_("Give this parameter once.")]
    if errors:
        raise serializers.ValidationError(errors)


def parse_stats_filter(
    request,
    *,
    year: int | None = None,
    whole_year: bool = False,
    extra: tuple[str, ...] = (),
    allowed: tuple[str, ...] | None = None,
) -> StatsFilter:
    """Validate the query string (400 with per-field messages, unknown parameters included) and resolve
    the slice root (404 outside scope).

    ``extra`` names the endpoint's own parameters (``by``, ``format``) besides the shared ones, or
    ``allowed`` replaces the whole list. ``year`` fixes the period to that calendar year (the yearly
    report); ``whole_year`` reads only ``year`` of the period (per-capita figures and the scorecard are
    yearly by nature; the response lists what it did not use).
    """
    reject_unknown_parameters(request, allowed if allowed is not None else (*STATS_PARAMETERS, *extra))
    data = {key: value for key, value in request.query_params.items() if key in STATS_PARAMETERS}
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
