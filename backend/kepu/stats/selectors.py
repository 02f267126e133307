"""Statistics as database aggregates: every function runs a fixed number of queries whatever the data size.

Counting rules (docs/domain.md): sessions (次) and person-times (人次), online and offline apart; official
figures count events with an accepted report only, provisional ones add events that finished but whose
report is missing or not accepted yet (their attendance then comes from check-ins). Funding and standalone
distributions have no setting, audience or host, so they are sliced by period and area only; distributions
at an event count in the period of the event and follow every slice.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import connections, transaction
from django.db.models import (
    CharField,
    Count,
    DateField,
    DecimalField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Cast, Coalesce, TruncMonth

from kepu.common.replica import replica_reads
from kepu.events.models import Event, EventStatus, Mode, Registration, RegistrationStatus, ReportStatus
from kepu.funding.models import Direction, FundingRecord, FundingSource, SpendingCategory, Target
from kepu.materials.models import Distribution
from kepu.places.models import Area

from .filters import LOCAL_TZ, StatsFilter, next_month
from .labels import ROOT_ITSELF, UNSPECIFIED, category_label

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
BREAKDOWN_DIMENSIONS = (
    "setting",
    "area",
    "activity_type",
    "audience",
    "organization",
    "mode",
    "material",
    "material_kind",
    "source",
    "category",
)
EVENT_DIMENSIONS = ("setting", "area", "activity_type", "audience", "organization", "mode")


@contextmanager
def aggregate_session() -> Iterator[None]:
    """Run a request's aggregates in one read transaction tuned for them: hashing a year's held events
    and registrations and sorting a year's distributions by month need more than the default 4 MB of
    work memory (below it they spill to disk), and queries of a few hundred milliseconds lose more to JIT
    compilation than they gain."""
    with replica_reads() as alias, transaction.atomic(using=alias), connections[alias].cursor() as cursor:
        cursor.execute("SET LOCAL work_mem = '64MB'; SET LOCAL jit = off")
        yield


def money(value: Decimal | None) -> str:
    return str((value or ZERO).quantize(CENT))


def money_sum(field: str, q: Q) -> Coalesce:
    return Coalesce(Sum(field, filter=q), Value(ZERO), output_field=DecimalField(max_digits=16, decimal_places=2))


def int_sum(field: str, q: Q | None = None) -> Coalesce:
    return Coalesce(Sum(field, filter=q), 0, output_field=IntegerField())


def path_segment(field: str, index: int) -> Func:
    """The id at tree depth ``index`` of an area path (``/1/4/17/``: 1 → "1", 2 → "4"), "" when shallower."""
    return Func(F(field), Value("/"), Value(index + 1), function="split_part", output_field=CharField())


def root_depth(root: Area | None) -> int:
    return root.path.count("/") - 1 if root else 0


# Events -----------------------------------------------------------------------------------------------


def held_q(f: StatsFilter, prefix: str = "") -> Q:
    """The condition for events that took place in the period and slice and count under the
    official/provisional switch, on the event itself or (``prefix="event__"``) through a relation."""

    def on(**lookups: Any) -> Q:
        return Q(**{prefix + key: value for key, value in lookups.items()})

    q = on(starts_at__gte=f.start_dt, starts_at__lt=f.end_dt)
    if f.provisional:
        q &= (on(report__isnull=False) | on(status__in=[EventStatus.COMPLETED, EventStatus.REPORTED])) & ~on(
            status=EventStatus.CANCELLED
        )
    else:
        q &= on(report__status=ReportStatus.ACCEPTED)
    if f.root_path:
        q &= on(area__path__startswith=f.root_path)
    if f.setting:
        q &= on(setting=f.setting)
    if f.activity_type:
        q &= on(activity_type=f.activity_type)
    if f.mode:
        q &= on(mode=f.mode)
    if f.organization:
        q &= on(organization_id=f.organization)
    if f.audience:
        q &= Q(Exists(Event.audiences.through.objects.filter(event_id=OuterRef(prefix + "pk"), audience_id=f.audience)))
    return q


def held_events(f: StatsFilter) -> QuerySet[Event]:
    """Events that took place in the period and slice and count under the official/provisional switch."""
    return Event.objects.filter(held_q(f))


def with_attendance(qs: QuerySet[Event], f: StatsFilter) -> QuerySet[Event]:
    """Annotate ``ci`` (checked in), ``wi`` (walk-ins) and ``att`` (person-times) from the report."""
    if not f.provisional:
        return qs.annotate(ci=F("report__checked_in"), wi=F("report__walk_ins"), att=F("report__attendance"))
    checked = Subquery(
        Registration.objects.filter(event=OuterRef("pk"), checked_in_at__isnull=False)
        .values("event")
        .annotate(c=Count("id"))
        .values("c"),
        output_field=IntegerField(),
    )
    return qs.annotate(
        ci=Coalesce(F("report__checked_in"), checked, 0),
        wi=Coalesce(F("report__walk_ins"), 0),
        att=Coalesce(F("report__attendance"), checked, 0),
    )


def event_aggregates() -> dict:
    threshold = settings.KEPU["LARGE_EVENT_THRESHOLD"]
    offline, online, mixed = Q(mode=Mode.OFFLINE), Q(mode=Mode.ONLINE), Q(mode=Mode.MIXED)
    return {
        "events": Count("id"),
        "events_offline": Count("id", filter=offline),
        "events_online": Count("id", filter=online),
        "events_mixed": Count("id", filter=mixed),
        "large_scale": Count("id", filter=Q(marked_large_scale=True) | Q(att__gte=threshold)),
        "checked_in": int_sum("ci"),
        "walk_ins": int_sum("wi"),
        "attendance": int_sum("att"),
        "attendance_offline": int_sum("att", offline),
        "attendance_online": int_sum("att", online),
        "attendance_mixed": int_sum("att", mixed),
    }


def event_figures(f: StatsFilter) -> dict:
    return with_attendance(held_events(f), f).aggregate(**event_aggregates())


# Streaming the participants over every check-in pays off once the slice holds this share of all events.
STREAM_PARTICIPANTS_SHARE = 0.5


def registration_figures(f: StatsFilter, *, held_count: int, stream: bool | None = None) -> dict:
    """Sign-up counts, no-show rate, unique and repeat participants in two aggregates.

    The counts by status are one plain aggregate over the held events' registrations. Participants need
    the checked-in registrations grouped per resident, done one of two ways:

    - a broad slice (at least ``STREAM_PARTICIPANTS_SHARE`` of all events, e.g. a district-year) streams:
      the partial index ``stats_registration_attended_resident`` (resident, event) of all check-ins is
      read in resident order, each row tested against the held events (a hashed subplan, as the condition
      sits in the count's FILTER, not in WHERE) and each resident's group counted as it passes. Hashing
      ~600,000 check-ins into 100,000 residents instead is the most expensive step of the statistics.
    - a narrow slice (a month, a community) looks its events' registrations up by event and groups the
      few rows found; streaming would read every check-in ever made.

    ``held_count`` is the number of held events the caller already has; ``stream`` forces a way (tests).
    Counting ``event_id`` rather than ``id`` keeps the scans on index columns only.
    """
    held = held_events(f).values("pk")
    counts = Registration.objects.filter(event__in=held).aggregate(
        total=Count("event_id"),
        confirmed=Count("event_id", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlisted=Count("event_id", filter=Q(status=RegistrationStatus.WAITLISTED)),
        cancelled=Count("event_id", filter=Q(status=RegistrationStatus.CANCELLED)),
        attended=Count("event_id", filter=Q(checked_in_at__isnull=False)),
    )
    if stream is None:
        stream = held_count >= Event.objects.count() * STREAM_PARTICIPANTS_SHARE
    checked_in = Registration.objects.filter(checked_in_at__isnull=False)
    if stream:
        per_resident = checked_in.values("resident_id").annotate(attended=Count("event_id", filter=Q(event__in=held)))
    else:
        per_resident = checked_in.filter(event__in=held).values("resident_id").annotate(attended=Count("event_id"))
    people = per_resident.aggregate(
        unique_participants=Count("resident_id", filter=Q(attended__gte=1)),
        repeat_participants=Count("resident_id", filter=Q(attended__gte=2)),
    )
    confirmed = counts["confirmed"]
    registrations = {
        "registrations": counts["total"] - counts["cancelled"],
        **{k: counts[k] for k in ("confirmed", "waitlisted", "cancelled", "attended")},
    }
    registrations["no_show_rate"] = round((confirmed - counts["attended"]) / confirmed, 4) if confirmed else None
    return {"registrations": registrations, "participants": people}


# Materials --------------------------------------------------------------------------------------------


def distributions(f: StatsFilter) -> QuerySet[Distribution]:
    """Distributions at held events (joined, not an ``IN`` subquery: the event join is then shared with
    the month of the event in the time series and the held events are not planned a second time) and,
    without event slices, standalone ones dated in the period and area."""
    at_events = held_q(f, "event__")
    if f.has_event_slice:
        return Distribution.objects.filter(at_events)
    standalone = Q(event__isnull=True, date__gte=f.start_date, date__lt=f.end_date)
    if f.root_path:
        # A subquery rather than a join: the planner then checks the whole condition once per row.
        standalone &= Q(area__in=Area.objects.filter(path__startswith=f.root_path).values("pk"))
    return Distribution.objects.filter(at_events | standalone)


def material_rows(f: StatsFilter, language: str) -> list[dict]:
    rows = (
        distributions(f)
        .values("material_id", "material__name", "material__kind", "material__unit")
        .annotate(quantity=Sum("quantity"))
        .order_by("-quantity", "material__name")
    )
    return [
        {
            "key": r["material_id"],
            "label": r["material__name"],
            "kind": r["material__kind"],
            "kind_label": category_label("material_kind", r["material__kind"], language),
            "unit": r["material__unit"],
            "quantity": r["quantity"],
        }
        for r in rows
    ]


def kinds_of(materials: list[dict], language: str) -> list[dict]:
    """Per-kind totals from the per-material totals (a handful of already aggregated rows)."""
    totals: dict[str, int] = {}
    for row in materials:
        totals[row["kind"]] = totals.get(row["kind"], 0) + row["quantity"]
    return [
        {"key": kind, "label": category_label("material_kind", kind, language), "quantity": totals[kind]}
        for kind in sorted(totals)
    ]


def material_kind_rows(f: StatsFilter, language: str) -> list[dict]:
    return kinds_of(material_rows(f, language), language)


# Funding ----------------------------------------------------------------------------------------------


def funding_records(f: StatsFilter) -> QuerySet[FundingRecord]:
    qs = FundingRecord.objects.filter(date__gte=f.start_date, date__lt=f.end_date)
    if f.root_path:
        qs = qs.filter(area__path__startswith=f.root_path)
    return qs


def funding_figures(f: StatsFilter) -> dict:
    income, spent = Q(direction=Direction.INCOME), Q(direction=Direction.EXPENDITURE)
    aggregates = {
        "raised": money_sum("amount", income),
        "special": money_sum("amount", income & Q(is_special=True)),
        "spent": money_sum("amount", spent),
    }
    for source in FundingSource.values:
        aggregates[f"source_{source}"] = money_sum("amount", income & Q(source=source))
    for category in SpendingCategory.values:
        aggregates[f"category_{category}"] = money_sum("amount", spent & Q(category=category))
    row = funding_records(f).aggregate(**aggregates)
    return {
        "raised": money(row["raised"]),
        "by_source": {s: money(row[f"source_{s}"]) for s in FundingSource.values} | {"special": money(row["special"])},
        "spent": money(row["spent"]),
        "by_category": {c: money(row[f"category_{c}"]) for c in SpendingCategory.values},
    }


# Summary, time series, breakdowns ----------------------------------------------------------------------


def stats_summary(f: StatsFilter, language: str) -> dict:
    events = event_figures(f)
    materials = material_rows(f, language)
    return {
        "period": period_info(f),
        "events": {k: events[k] for k in ("events", "events_offline", "events_online", "events_mixed", "large_scale")},
        "attendance": {
            k: events[k]
            for k in (
                "checked_in",
                "walk_ins",
                "attendance",
                "attendance_offline",
                "attendance_online",
                "attendance_mixed",
            )
        },
        **registration_figures(f, held_count=events["events"]),
        "materials": {
            "total": sum(r["quantity"] for r in materials),
            "by_kind": kinds_of(materials, language),
            "by_material": materials,
        },
        "funding": funding_figures(f),
        "targets": target_progress(
            f, events=events["events"], attendance=events["attendance"], materials=sum(r["quantity"] for r in materials)
        ),
    }


def target_progress(f: StatsFilter, *, events: int, attendance: int, materials: int) -> dict | None:
    """Progress against the slice root's optional yearly targets; only for a whole calendar year without
    event slices (the targets are set for the area as a whole)."""
    whole_year = f.start_date == date(f.year, 1, 1) and f.end_date == date(f.year + 1, 1, 1)
    if f.root is None or not whole_year or f.has_event_slice:
        return None
    target = Target.objects.filter(area=f.root, year=f.year).values("events", "participants", "materials").first()
    if target is None:
        return None
    actual = {"events": events, "participants": attendance, "materials": materials}
    return {
        key: {
            "target": target[key],
            "actual": actual[key],
            "percent": round(actual[key] * 100 / goal, 1) if (goal := target[key]) else None,
        }
        for key in ("events", "participants", "materials")
        if target[key] is not None
    }


def period_info(f: StatsFilter) -> dict:
    return {
        "start": f.start_date.isoformat(),
        "end": date.fromordinal(f.end_date.toordinal() - 1).isoformat(),
        "provisional": f.provisional,
        "area": {"id": f.root.pk, "name": f.root.name} if f.root else None,
    }


def month_list(f: StatsFilter) -> list[date]:
    months, current = [], f.start_date.replace(day=1)
    while current < f.end_date:
        months.append(current)
        current = next_month(current)
    return months


def _as_month(value: date | datetime) -> date:
    if hasattr(value, "astimezone") and getattr(value, "tzinfo", None):
        value = value.astimezone(LOCAL_TZ)
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def stats_timeseries(f: StatsFilter) -> dict:
    """Figures per calendar month in Asia/Shanghai; months without data are zeros."""
    event_rows = (
        with_attendance(held_events(f), f)
        .annotate(month=TruncMonth("starts_at", tzinfo=LOCAL_TZ))
        .values("month")
        .annotate(**{k: v for k, v in event_aggregates().items() if k != "large_scale"})
        .order_by("month")
    )
    material_rows_ = (
        distributions(f)
        .annotate(
            month=Coalesce(
                Cast(TruncMonth("event__starts_at", tzinfo=LOCAL_TZ), DateField()),
                Cast(TruncMonth("date"), DateField()),
            )
        )
        .values("month")
        .annotate(quantity=Sum("quantity"))
        .order_by("month")
    )
    funding_rows = (
        funding_records(f)
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(
            raised=money_sum("amount", Q(direction=Direction.INCOME)),
            special=money_sum("amount", Q(direction=Direction.INCOME, is_special=True)),
            spent=money_sum("amount", Q(direction=Direction.EXPENDITURE)),
        )
        .order_by("month")
    )
    by_month: dict[date, dict] = {}
    for month in month_list(f):
        by_month[month] = {
            "month": month.strftime("%Y-%m"),
            "events": 0,
            "events_offline": 0,
            "events_online": 0,
            "events_mixed": 0,
            "checked_in": 0,
            "walk_ins": 0,
            "attendance": 0,
            "attendance_offline": 0,
            "attendance_online": 0,
            "attendance_mixed": 0,
            "materials": 0,
            "raised": money(ZERO),
            "special": money(ZERO),
            "spent": money(ZERO),
        }
    for row in event_rows:
        target = by_month.get(_as_month(row["month"]))
        if target is not None:
            target.update({key: value for key, value in row.items() if key != "month"})
    for row in material_rows_:
        target = by_month.get(_as_month(row["month"]))
        if target is not None:
            target["materials"] = row["quantity"]
    for row in funding_rows:
        target = by_month.get(_as_month(row["month"]))
        if target is not None:
            target.update(raised=money(row["raised"]), special=money(row["special"]), spent=money(row["spent"]))
    return {"period": period_info(f), "months": list(by_month.values())}


def _event_group_rows(f: StatsFilter, group: dict, key: str) -> QuerySet:
    return (
        with_attendance(held_events(f), f)
        .annotate(**group)
        .values(*group.keys())
        .annotate(**event_aggregates())
        .order_by(key)
    )


def _event_row(row: dict) -> dict:
    return {k: row[k] for k in event_aggregates()}


def stats_breakdown(f: StatsFilter, by: str, language: str) -> list[dict]:
    """One dimension's rows: event figures for event dimensions, copies for materials, yuan for funding."""
    if by in ("setting", "activity_type", "mode"):
        rows = _event_group_rows(f, {"k": F(by)}, "k")
        return [{"key": r["k"], "label": category_label(by, r["k"], language), **_event_row(r)} for r in rows]
    if by == "organization":
        rows = _event_group_rows(f, {"k": F("organization_id"), "name": F("organization__name")}, "name")
        return [{"key": r["k"], "label": r["name"], **_event_row(r)} for r in rows]
    if by == "audience":
        rows = _event_group_rows(
            f,
            {
                "k": F("audiences__key"),
                "zh": F("audiences__name_zh"),
                "en": F("audiences__name_en"),
                "o": F("audiences__ordering"),
            },
            "o",
        )
        return [
            {
                "key": r["k"],
                "label": (r["en"] if language == "en" else r["zh"])
                if r["k"]
                else (UNSPECIFIED[1] if language == "en" else UNSPECIFIED[0]),
                **_event_row(r),
            }
            for r in rows
        ]
    if by == "area":
        return area_rows(f, language)
    if by == "material":
        return material_rows(f, language)
    if by == "material_kind":
        return material_kind_rows(f, language)
    if by == "source":
        figures = funding_figures(f)
        return [
            {
                "key": s,
                "label": category_label("source", s, language),
                "raised": figures["by_source"][s],
                "special": figures["by_source"]["special"] if s == FundingSource.GOVERNMENT else money(ZERO),
            }
            for s in FundingSource.values
        ]
    if by == "category":
        figures = funding_figures(f)
        return [
            {"key": c, "label": category_label("category", c, language), "spent": figures["by_category"][c]}
            for c in SpendingCategory.values
        ]
    raise ValueError(by)


def area_rows(f: StatsFilter, language: str) -> list[dict]:
    """Each direct child of the slice root with its whole subtree rolled up, plus the root's own events."""
    depth = root_depth(f.root)
    rows = {r["k"]: r for r in _event_group_rows(f, {"k": path_segment("area__path", depth + 1)}, "k")}
    children = Area.objects.filter(parent=f.root) if f.root else Area.objects.filter(parent__isnull=True)
    empty = dict.fromkeys(event_aggregates(), 0)
    result = [
        {"key": child.pk, "label": child.name, "level": child.level, **_event_row(rows.get(str(child.pk), empty))}
        for child in children.order_by("path")
    ]
    if "" in rows:
        result.insert(
            0,
            {
                "key": f.root.pk if f.root else None,
                "label": ROOT_ITSELF[1 if language == "en" else 0],
                "level": f.root.level if f.root else None,
                **_event_row(rows[""]),
            },
        )
    return result


def public_summary(year: int) -> dict:
    """District-wide official figures of a year for the home page: counts only, no personal data."""
    f = StatsFilter(start_date=date(year, 1, 1), end_date=date(year + 1, 1, 1), root=None)
    events = event_figures(f)
    materials = distributions(f).aggregate(total=Coalesce(Sum("quantity"), 0))["total"]
    return {
        "year": year,
        "events": events["events"],
        "attendance": events["attendance"],
        "materials": materials,
    }
