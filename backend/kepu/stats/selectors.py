"""Statistics as database aggregates: every function runs a fixed number of queries whatever the data size.

The counting rules live in the small named functions of this module (``held_q``, ``with_attendance``,
``large_scale_q``, ``official_money_q``, ``funding_records``, ``distributions``); docs/statistics.md
states each one with the line of the national survey it serves.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import connections, transaction
from django.db.models import (
    Case,
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
    When,
)
from django.db.models.functions import Cast, Coalesce, TruncMonth

from kepu.common.replica import replica_reads
from kepu.events.large_scale import large_scale_q as events_large_scale_q
from kepu.events.models import (
    ActivityType,
    Event,
    EventStatus,
    Mode,
    Registration,
    ReportStatus,
)
from kepu.funding.models import Direction, FundingRecord, FundingSource, SpendingCategory, Target
from kepu.materials.models import Distribution, MaterialKind
from kepu.places.models import Area, Setting

from . import node_figures
from .filters import LOCAL_TZ, StatsFilter, next_month
from .labels import EN, ROOT_ITSELF, category_label, header
from .models import EventTally

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
# Dimensions with a fixed list of categories: every category is a row, zeros included. Open lists
# (organizations, materials) list only what has figures; areas list every direct child.
FIXED_CATEGORIES: dict[str, list[str]] = {
    "setting": list(Setting.values),
    "activity_type": list(ActivityType.values),
    "mode": list(Mode.values),
    "material_kind": list(MaterialKind.values),
}
# Printed matter: what the survey counts as 发放科普读物和资料 (份). Kits and audio-visual items are apart.
PRINTED_KINDS = (MaterialKind.BROCHURE, MaterialKind.LEAFLET, MaterialKind.POSTER, MaterialKind.BOOKLET)


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


def child_part(root: Area | None) -> int:
    """The ``split_part(path, '/', n)`` that names the direct sub-area of ``root`` an area lies in: the
    SQL counterpart of ``path_segment(field, root_depth(root) + 1)``."""
    return root_depth(root) + 2  # split_part counts the empty text before the path's first "/"


# Events -----------------------------------------------------------------------------------------------


def grouped_over(sql: str, sources: dict[str, QuerySet], params: list[Any]) -> list[tuple]:
    """Run ``sql`` over the row sets ``sources`` (name → a filtered ``values_list`` queryset), each a
    common table expression under its name: the rules of what counts stay in the querysets, the grouping
    of several of them is one statement and one round trip instead of one compiled query each."""
    parts: list[str] = []
    values: list[Any] = []
    alias = next(iter(sources.values())).db
    for name, queryset in sources.items():
        body, body_params = queryset.order_by().query.sql_with_params()  # a model's ordering sorts for nothing
        # Columns in the order the SQL selects them (fields, then annotations), each named after the last
        # part of its name: organization__area__path → path.
        names = [*queryset.query.values_select, *queryset.query.annotation_select]
        columns = ", ".join(name.rsplit("__", 1)[-1] for name in names)
        parts.append(f"{name} ({columns}) AS MATERIALIZED ({body})")
        values.extend(body_params)
    with connections[alias].cursor() as cursor:
        cursor.execute(f"WITH {', '.join(parts)} {sql}", [*values, *params])
        return cursor.fetchall()


def held_q(f: StatsFilter, prefix: str = "") -> Q:
    """Events that count: started in the period (local calendar) and slice; official figures take events
    whose report was accepted, provisional ones add events that took place but whose report is missing,
    waiting or returned. A cancelled event never counts. ``prefix="event__"`` applies it through a relation."""

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


def checked_in_people() -> Subquery:
    """People through the door on sign-ups of the outer event: each checked-in registration and its companions."""
    return Subquery(
        EventTally.objects.filter(event=OuterRef("pk")).values("attended_people"), output_field=IntegerField()
    )


def with_attendance(qs: QuerySet[Event], f: StatsFilter) -> QuerySet[Event]:
    """Annotate each event's person-times: ``ci`` checked in, ``wi`` walk-ins, ``ol`` online headcount,
    ``att`` all of them; ``online_pt`` and ``venue_pt`` split ``att`` by where people took part.

    The report's figures count; an event counted provisionally without a report has its check-ins
    (with companions). An online event's person-times are all online; a mixed event's online part is
    its online headcount, the rest was at the venue.
    """
    if f.provisional:
        qs = qs.annotate(
            ci=Coalesce(F("report__checked_in"), checked_in_people(), 0),
            wi=Coalesce(F("report__walk_ins"), 0),
            ol=Coalesce(F("report__online_attendance"), 0),
            att=Coalesce(F("report__attendance"), checked_in_people(), 0),
        )
    else:
        qs = qs.annotate(
            ci=F("report__checked_in"),
            wi=F("report__walk_ins"),
            ol=F("report__online_attendance"),
            att=F("report__attendance"),
        )
    return qs.annotate(
        online_pt=Case(When(mode=Mode.ONLINE, then=F("att")), default=F("ol"), output_field=IntegerField())
    ).annotate(venue_pt=F("att") - F("online_pt"))


def large_scale_q() -> Q:
    """Large-scale (大型/重大科普活动): marked so by staff, or at least the threshold of person-times
    (the events app's one rule, applied to ``att``)."""
    return events_large_scale_q("att")


def event_aggregates() -> dict:
    offline, online, mixed = Q(mode=Mode.OFFLINE), Q(mode=Mode.ONLINE), Q(mode=Mode.MIXED)
    return {
        "events": Count("id"),
        "events_offline": Count("id", filter=offline),
        "events_online": Count("id", filter=online),
        "events_mixed": Count("id", filter=mixed),
        "large_scale": Count("id", filter=large_scale_q()),
        "checked_in": int_sum("ci"),
        "walk_ins": int_sum("wi"),
        "online_attendance": int_sum("ol"),
        "attendance": int_sum("att"),
        "person_times_offline": int_sum("venue_pt"),
        "person_times_online": int_sum("online_pt"),
        "attendance_offline": int_sum("att", offline),
        "attendance_online": int_sum("att", online),
        "attendance_mixed": int_sum("att", mixed),
    }


EVENT_KEYS = ("events", "events_offline", "events_online", "events_mixed", "large_scale")
ATTENDANCE_KEYS = (
    "checked_in",
    "walk_ins",
    "online_attendance",
    "attendance",
    "person_times_offline",
    "person_times_online",
    "attendance_offline",
    "attendance_online",
    "attendance_mixed",
)


def event_figures(f: StatsFilter) -> dict:
    if node_figures.covers(f):
        return node_figures.event_figures(f)
    return with_attendance(held_events(f), f).aggregate(**event_aggregates())


# Streaming the participants over every check-in pays off once the slice holds this share of all events.
STREAM_PARTICIPANTS_SHARE = 0.5


def registration_figures(
    f: StatsFilter, *, held_count: int, stream: bool | None = None, tallies: dict | None = None
) -> dict:
    """Sign-up counts, no-show rate, unique and repeat participants in two aggregates.

    The counts by status are one plain aggregate over the held events' registrations. Participants need
    the checked-in registrations grouped per resident, done one of two ways:

    - a broad slice (at least ``STREAM_PARTICIPANTS_SHARE`` of all events, e.g. a district-year) streams:
      the partial index ``stats_registration_attended_resident`` (resident, event) of all check-ins is
      read in resident order, each row tested against the held events (a hashed subplan, as the condition
      sits in the count's FILTER, not in WHERE) and each resident's group counted as it passes.
    - a narrow slice (a month, a community) looks its events' registrations up by event and groups the
      few rows found; streaming would read every check-in ever made.

    ``held_count`` is the number of held events the caller already has; ``stream`` forces a way (tests);
    ``tallies`` are the counts by status the caller already read from the node aggregates.
    The no-show rate is the share of confirmed sign-ups that never checked in (a fraction, 0.125 = 12.5 %).
    """
    held = held_events(f).values("pk")
    if tallies is not None:
        counts = {k: tallies[k] for k in ("total", "confirmed", "waitlisted", "cancelled", "attended")}
    else:
        # Per-event tallies kept by triggers (kepu.stats.models.EventTally): one row per held event, not
        # one per registration.
        counts = EventTally.objects.filter(event__in=held).aggregate(
            total=int_sum("registrations"),
            confirmed=int_sum("confirmed"),
            waitlisted=int_sum("waitlisted"),
            cancelled=int_sum("cancelled"),
            attended=int_sum("attended"),
        )
    if node_figures.covers_year(f) and stream is None:
        return registration_result(counts, node_figures.participants(f))
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
    return registration_result(counts, people)


def registration_result(counts: dict, people: dict) -> dict:
    confirmed = counts["confirmed"]
    registrations = {
        "registrations": counts["total"] - counts["cancelled"],
        **{k: counts[k] for k in ("confirmed", "waitlisted", "cancelled", "attended")},
    }
    registrations["no_show_rate"] = round((confirmed - counts["attended"]) / confirmed, 4) if confirmed else None
    return {"registrations": registrations, "participants": people}


# Materials --------------------------------------------------------------------------------------------


def distributions(f: StatsFilter) -> QuerySet[Distribution]:
    """Copies handed out at events that count (in the period of the event, following every slice) and,
    without event slices, those handed out apart from events, dated in the period and in the area.

    The held events come as a subquery (a hashed set of ids the planner builds once from the slice's
    events), not as joins through the event: joined, the OR with the standalone rows kept the planner
    from narrowing the events by area, and a subdistrict cost what the whole district costs."""
    at_events = Q(event_id__in=held_events(f).values("pk"))
    if f.has_event_slice:
        return Distribution.objects.filter(at_events)
    standalone = Q(event__isnull=True, date__gte=f.start_date, date__lt=f.end_date)
    if f.root_path:
        # A subquery rather than a join: the planner then checks the whole condition once per row.
        standalone &= Q(area__in=Area.objects.filter(path__startswith=f.root_path).values("pk"))
    return Distribution.objects.filter(at_events | standalone)


def material_rows(f: StatsFilter, language: str) -> list[dict]:
    if node_figures.covers(f):
        rows: Any = node_figures.material_rows(f)
    else:
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
            "printed": r["material__kind"] in PRINTED_KINDS,
            "unit": r["material__unit"],
            "quantity": r["quantity"],
        }
        for r in rows
    ]


def kinds_of(materials: list[dict], language: str) -> list[dict]:
    """Every kind's total from the per-material totals (a handful of already aggregated rows), zeros included."""
    totals = dict.fromkeys(MaterialKind.values, 0)
    for row in materials:
        totals[row["kind"]] = totals.get(row["kind"], 0) + row["quantity"]
    return [
        {
            "key": kind,
            "label": category_label("material_kind", kind, language),
            "printed": kind in PRINTED_KINDS,
            "quantity": quantity,
        }
        for kind, quantity in totals.items()
    ]


def material_totals(materials: list[dict]) -> dict:
    """All copies, and the printed ones the survey's 发放科普读物和资料 (份) line counts."""
    return {
        "total": sum(r["quantity"] for r in materials),
        "printed": sum(r["quantity"] for r in materials if r["kind"] in PRINTED_KINDS),
    }


# Funding ----------------------------------------------------------------------------------------------


def official_money_q(f: StatsFilter) -> Q:
    """Spending a post-event report declared is official only once the report is accepted (like the
    report's attendance); provisional figures add the spending of every filed report."""
    if f.provisional:
        return Q()
    return Q(report__isnull=True) | Q(report__status=ReportStatus.ACCEPTED)


def funding_records(f: StatsFilter) -> QuerySet[FundingRecord]:
    """Money in the period and slice. An area slice carries every record of the area and its sub-areas,
    dated in the period. A slice by setting, type, audience, organization or mode carries only the money
    tied to the events the slice counts (in the period of the event), never the area's other money."""
    if f.has_event_slice:
        return FundingRecord.objects.filter(event__in=held_events(f).values("pk"))
    qs = FundingRecord.objects.filter(official_money_q(f), date__gte=f.start_date, date__lt=f.end_date)
    if f.root_path:
        qs = qs.filter(area__path__startswith=f.root_path)
    return qs


def funding_scope(f: StatsFilter) -> str:
    return "events_in_slice" if f.has_event_slice else "area"


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
    row = node_figures.money_figures(f) if node_figures.covers(f) else funding_records(f).aggregate(**aggregates)
    return {
        "scope": funding_scope(f),
        "raised": money(row["raised"]),
        "by_source": {s: money(row[f"source_{s}"]) for s in FundingSource.values} | {"special": money(row["special"])},
        "spent": money(row["spent"]),
        "by_category": {c: money(row[f"category_{c}"]) for c in SpendingCategory.values},
    }


# Summary, time series ----------------------------------------------------------------------------------


def stats_summary(f: StatsFilter, language: str) -> dict:
    events = event_figures(f)
    materials = material_rows(f, language)
    totals = material_totals(materials)
    return {
        "period": period_info(f, language),
        "events": {k: events[k] for k in EVENT_KEYS},
        "attendance": {k: events[k] for k in ATTENDANCE_KEYS},
        **registration_figures(f, held_count=events["events"], tallies=events if node_figures.covers(f) else None),
        "materials": {**totals, "by_kind": kinds_of(materials, language), "by_material": materials},
        "funding": funding_figures(f),
        "targets": target_progress(
            f, events=events["events"], attendance=events["attendance"], materials=totals["total"]
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


def slice_description(f: StatsFilter, language: str) -> str:
    """The event slices in words ("进入领域: 进校园; 对象人群: 青少年"), or "whole area"."""
    from kepu.events.models import Audience
    from kepu.places.models import Organization

    parts = []
    for key, value in f.slice_params().items():
        if key == "audience":
            names = Audience.objects.filter(pk=value).values_list("name_en" if language == EN else "name_zh", flat=True)
            label = next(iter(names), str(value))
        elif key == "organization":
            label = next(iter(Organization.objects.filter(pk=value).values_list("name", flat=True)), str(value))
        else:
            label = category_label(key, value, language)
        parts.append(f"{header(key, language)}: {label}")
    return "; ".join(parts) if parts else header("whole_area", language)


def period_info(f: StatsFilter, language: str) -> dict:
    """What the figures cover: period, area, slice, official or provisional, and what the money means."""
    return {
        "start": f.start_date.isoformat(),
        "end": date.fromordinal(f.end_date.toordinal() - 1).isoformat(),
        "provisional": f.provisional,
        "area": {"id": f.root.pk, "name": f.root.name} if f.root else None,
        "slice": f.slice_params(),
        "slice_label": slice_description(f, language),
        "funding_scope": funding_scope(f),
    }


def month_list(f: StatsFilter) -> list[date]:
    months, current = [], f.start_date.replace(day=1)
    while current < f.end_date:
        months.append(current)
        current = next_month(current)
    return months


def _as_month(value: date | datetime) -> date:
    """A month as the database gives it (a local date, or an aware instant) as the local first day."""
    if isinstance(value, datetime):
        return value.astimezone(LOCAL_TZ).date() if value.tzinfo else value.date()
    return value


MONTH_EVENT_KEYS = tuple(k for k in event_aggregates() if k != "large_scale")


def stats_timeseries(f: StatsFilter, language: str) -> dict:
    """Figures per calendar month in Asia/Shanghai; months without data are zeros."""
    if node_figures.covers(f):
        event_rows: Any = node_figures.month_event_rows(f)
        material_rows_: Any = node_figures.month_material_rows(f, PRINTED_KINDS)
        funding_rows: Any = node_figures.month_money_rows(f)
    else:
        event_rows, material_rows_, funding_rows = raw_month_rows(f)
    by_month: dict[date, dict] = {}
    for month in month_list(f):
        by_month[month] = {
            "month": month.strftime("%Y-%m"),
            **dict.fromkeys(MONTH_EVENT_KEYS, 0),
            "materials": 0,
            "materials_printed": 0,
            "raised": money(ZERO),
            "special": money(ZERO),
            "spent": money(ZERO),
        }
    for row in event_rows:
        target = by_month.get(_as_month(row["month"]))
        if target is not None:
            target.update({key: row[key] for key in MONTH_EVENT_KEYS})
    for row in material_rows_:
        target = by_month.get(_as_month(row["month"]))
        if target is not None:
            target.update(materials=row["copies"], materials_printed=row["printed"])
    for row in funding_rows:
        target = by_month.get(_as_month(row["month"]))
        if target is not None:
            target.update(raised=money(row["raised"]), special=money(row["special"]), spent=money(row["spent"]))
    return {"period": period_info(f, language), "months": list(by_month.values())}


def raw_month_rows(f: StatsFilter) -> tuple[QuerySet, QuerySet, QuerySet]:
    """The time series' rows counted from the raw rows: events, copies and money per month."""
    event_rows = (
        with_attendance(held_events(f), f)
        .annotate(month=TruncMonth("starts_at", tzinfo=LOCAL_TZ))
        .values("month")
        .annotate(**{k: v for k, v in event_aggregates().items() if k in MONTH_EVENT_KEYS})
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
        .annotate(copies=Sum("quantity"), printed=int_sum("quantity", Q(material__kind__in=PRINTED_KINDS)))
        .order_by("month")
    )
    # Money of an event slice is dated by its event, like the event's activities.
    money_month = (
        Cast(TruncMonth("event__starts_at", tzinfo=LOCAL_TZ), DateField()) if f.has_event_slice else TruncMonth("date")
    )
    funding_rows = (
        funding_records(f)
        .annotate(month=money_month)
        .values("month")
        .annotate(
            raised=money_sum("amount", Q(direction=Direction.INCOME)),
            special=money_sum("amount", Q(direction=Direction.INCOME, is_special=True)),
            spent=money_sum("amount", Q(direction=Direction.EXPENDITURE)),
        )
        .order_by("month")
    )
    return event_rows, material_rows_, funding_rows


# Breakdowns --------------------------------------------------------------------------------------------


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


EMPTY_EVENT_ROW = dict.fromkeys(event_aggregates(), 0)


def stats_breakdown(f: StatsFilter, by: str, language: str) -> list[dict]:
    """One dimension's rows: event figures for event dimensions, copies for materials, yuan for funding."""
    if by in ("setting", "activity_type", "mode"):
        found = {r["k"]: r for r in _event_group_rows(f, {"k": F(by)}, "k")}
        return [
            {"key": k, "label": category_label(by, k, language), **_event_row(found.get(k, EMPTY_EVENT_ROW))}
            for k in FIXED_CATEGORIES[by]
        ]
    if by == "organization":
        rows = _event_group_rows(f, {"k": F("organization_id"), "name": F("organization__name")}, "name")
        return [{"key": r["k"], "label": r["name"], **_event_row(r)} for r in rows]
    if by == "audience":
        from .audiences import audience_rows

        return audience_rows(f, language)
    if by == "area":
        return area_rows(f, language)
    if by == "material":
        return material_rows(f, language)
    if by == "material_kind":
        return kinds_of(material_rows(f, language), language)
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
    """Each direct child of the slice root with its whole subtree rolled up (zeros included), plus the
    root's own events when it has any."""
    children = list(
        (Area.objects.filter(parent=f.root) if f.root else Area.objects.filter(parent__isnull=True)).order_by("path")
    )
    if node_figures.covers(f):
        rows: dict = node_figures.figures_by_child(f, [child.pk for child in children])
    else:
        depth = root_depth(f.root)
        rows = {r["k"]: r for r in _event_group_rows(f, {"k": path_segment("area__path", depth + 1)}, "k")}
    result = [
        {
            "key": child.pk,
            "label": child.name,
            "level": child.level,
            **_event_row(rows.get(str(child.pk), EMPTY_EVENT_ROW)),
        }
        for child in children
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
    materials = material_totals(material_rows(f, "zh-hans"))["total"]
    return {
        "year": year,
        "events": events["events"],
        "attendance": events["attendance"],
        "materials": materials,
    }
