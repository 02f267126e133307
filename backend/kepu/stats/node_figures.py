"""Statistics read from the node aggregates (kepu.stats.models): a subtree's figures are its root's rows,
a few dozen whatever the number of events, sign-ups or distributions behind them.

They answer for whole local months and the whole area (no event slice); participants and the yearly
return's distinct groups and units for whole years. ``kepu.stats.selectors`` asks ``covers`` first and
counts from the raw rows otherwise. The rows come in the shapes of the raw aggregates, so both ways share
their presentation.
"""

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet, Sum

from kepu.events.large_scale import large_scale_threshold
from kepu.events.models import Mode
from kepu.funding.models import Direction, FundingSource, SpendingCategory
from kepu.places.models import Area

from .filters import StatsFilter
from .models import (
    EventFacts,
    Flavour,
    NodeMonth,
    NodeMonthMaterial,
    NodeMonthMoney,
    NodeYear,
    NodeYearActivity,
)

MONTH_FIGURES = (
    "events",
    "checked_in",
    "walk_ins",
    "online_attendance",
    "attendance",
    "online_person_times",
    "registrations",
    "confirmed",
    "waitlisted",
    "cancelled",
    "attended",
)


def covers(f: StatsFilter) -> bool:
    """Whole months of the whole area: what the monthly aggregates hold."""
    return not f.has_event_slice and f.start_date.day == 1 and f.end_date.day == 1


def covers_year(f: StatsFilter) -> bool:
    """A whole year of the whole area: what the yearly distinct counts hold."""
    return not f.has_event_slice and f.is_whole_year


def flavour(f: StatsFilter) -> str:
    return Flavour.PROVISIONAL if f.provisional else Flavour.OFFICIAL


def nodes(f: StatsFilter) -> list[int]:
    """The slice root, or every tree's root when figures cover everything."""
    if f.root is not None:
        return [f.root.pk]
    return list(Area.objects.filter(parent__isnull=True).values_list("pk", flat=True))


def _in_period(model: type[NodeMonth | NodeMonthMaterial | NodeMonthMoney], f: StatsFilter) -> QuerySet:
    return model._default_manager.filter(
        node_id__in=nodes(f), flavour=flavour(f), month__gte=f.start_date, month__lt=f.end_date
    )


def _mode_figures(rows: list[dict]) -> dict[str, int]:
    """Rows of one period (one per mode) as the figures of ``selectors.event_aggregates``."""
    total = dict.fromkeys(MONTH_FIGURES, 0)
    by_mode = {mode: dict.fromkeys(MONTH_FIGURES, 0) for mode in Mode.values}
    for row in rows:
        for key in MONTH_FIGURES:
            total[key] += row[key]
            by_mode[row["mode"]][key] += row[key]
    return {
        "events": total["events"],
        "events_offline": by_mode[Mode.OFFLINE]["events"],
        "events_online": by_mode[Mode.ONLINE]["events"],
        "events_mixed": by_mode[Mode.MIXED]["events"],
        "checked_in": total["checked_in"],
        "walk_ins": total["walk_ins"],
        "online_attendance": total["online_attendance"],
        "attendance": total["attendance"],
        "person_times_offline": total["attendance"] - total["online_person_times"],
        "person_times_online": total["online_person_times"],
        "attendance_offline": by_mode[Mode.OFFLINE]["attendance"],
        "attendance_online": by_mode[Mode.ONLINE]["attendance"],
        "attendance_mixed": by_mode[Mode.MIXED]["attendance"],
        # Sign-ups of the held events by state, ``total`` of every state.
        "total": total["registrations"],
        **{k: total[k] for k in ("confirmed", "waitlisted", "cancelled", "attended")},
    }


def _sums(*names: str) -> dict[str, Sum]:
    return {name: Sum(name) for name in names}


def large_events(f: StatsFilter) -> QuerySet[EventFacts]:
    """Held large-scale events of the period and area: marked by staff or at the threshold of person-times
    (kepu.events.large_scale); few, found by index."""
    attendance = "p_attendance" if f.provisional else "o_attendance"
    held = Q(provisional=True) if f.provisional else Q(official=True)
    qs = EventFacts.objects.filter(
        held,
        Q(marked_large_scale=True) | Q(**{f"{attendance}__gte": large_scale_threshold()}),
        month__gte=f.start_date,
        month__lt=f.end_date,
    )
    if f.root_path:
        qs = qs.filter(path__startswith=f.root_path)
    return qs


def event_figures(f: StatsFilter) -> dict[str, int]:
    """The summary's event, person-time and sign-up figures (``selectors.event_aggregates`` and the
    registration counts) in two small queries."""
    rows = list(_in_period(NodeMonth, f).values("mode").annotate(**_sums(*MONTH_FIGURES)))
    figures = _mode_figures(rows)
    figures["large_scale"] = large_events(f).count()
    return figures


def participants(f: StatsFilter) -> dict[str, int]:
    row = NodeYear.objects.filter(node_id__in=nodes(f), flavour=flavour(f), year=f.year).aggregate(
        **_sums("unique_participants", "repeat_participants")
    )
    return {k: row[k] or 0 for k in ("unique_participants", "repeat_participants")}


def distinct_groups(f: StatsFilter) -> dict[str, int]:
    row = NodeYear.objects.filter(node_id__in=nodes(f), flavour=flavour(f), year=f.year).aggregate(
        **_sums("groups", "units")
    )
    return {k: row[k] or 0 for k in ("groups", "units")}


def material_rows(f: StatsFilter) -> list[dict[str, Any]]:
    """Copies per material, as ``values(material_id, material__name, material__kind, material__unit)`` rows."""
    rows = (
        _in_period(NodeMonthMaterial, f)
        .values("material_id", "material__name", "material__kind", "material__unit")
        .annotate(quantity=Sum("quantity"))
        .exclude(quantity=0)
        .order_by("-quantity", "material__name")
    )
    return list(rows)


def money_figures(f: StatsFilter) -> dict[str, Decimal]:
    """Yuan as the aggregate of ``selectors.funding_figures``: raised, special, spent, per source and category."""
    keys = ["raised", "special", "spent"]
    keys += [f"source_{source}" for source in FundingSource.values]
    keys += [f"category_{category}" for category in SpendingCategory.values]
    figures = dict.fromkeys(keys, Decimal(0))
    rows = _in_period(NodeMonthMoney, f).values("direction", "source", "category", "is_special")
    for r in rows.annotate(amount=Sum("amount")):
        if r["direction"] == Direction.INCOME:
            figures["raised"] += r["amount"]
            if r["source"]:
                figures[f"source_{r['source']}"] += r["amount"]
            if r["is_special"]:
                figures["special"] += r["amount"]
        else:
            figures["spent"] += r["amount"]
            if r["category"]:
                figures[f"category_{r['category']}"] += r["amount"]
    return figures


def month_event_rows(f: StatsFilter) -> list[dict[str, Any]]:
    """Per month, the time series' event figures."""
    by_month: dict[date, list[dict]] = defaultdict(list)
    for row in _in_period(NodeMonth, f).values("month", "mode").annotate(**_sums(*MONTH_FIGURES)):
        by_month[row["month"]].append(row)
    return [{"month": month, **_mode_figures(rows)} for month, rows in sorted(by_month.items())]


def month_material_rows(f: StatsFilter, printed_kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    """Per month, all copies and the printed ones."""
    printed = Q(material__kind__in=printed_kinds)
    return list(
        _in_period(NodeMonthMaterial, f)
        .values("month")
        .annotate(copies=Sum("quantity"), printed=Sum("quantity", filter=printed, default=0))
        .order_by("month")
    )


def month_money_rows(f: StatsFilter) -> list[dict[str, Any]]:
    """Per month, yuan raised, of it special, and spent."""
    income = Q(direction=Direction.INCOME)
    return list(
        _in_period(NodeMonthMoney, f)
        .values("month")
        .annotate(
            raised=Sum("amount", filter=income, default=0),
            special=Sum("amount", filter=income & Q(is_special=True), default=0),
            spent=Sum("amount", filter=~income, default=0),
        )
        .order_by("month")
    )


def activity_cells(f: StatsFilter) -> dict[tuple[str, str], dict[str, int]]:
    """The yearly return's cells per (activity type, campaign): sessions and person-times by where people
    took part, and the large-scale sessions with their person-times."""
    cells: dict[tuple[str, str], dict[str, int]] = {}
    empty = dict.fromkeys(
        (
            "sessions_offline",
            "sessions_online",
            "person_times_offline",
            "person_times_online",
            "large_sessions",
            "large_person_times",
        ),
        0,
    )
    rows = NodeYearActivity.objects.filter(node_id__in=nodes(f), flavour=flavour(f), year=f.year).values(
        "activity_type", "campaign"
    )
    figures = ("sessions_offline", "sessions_online", "person_times_offline", "person_times_online")
    for r in rows.annotate(**_sums(*figures)):
        row: dict[str, Any] = dict(r)
        cells[(row["activity_type"], row["campaign"])] = {**empty, **{k: row[k] for k in figures}}
    attendance = "p_attendance" if f.provisional else "o_attendance"
    for activity_type, campaign, person_times in large_events(f).values_list("activity_type", "campaign", attendance):
        cell = cells.setdefault((activity_type, campaign), dict(empty))
        cell["large_sessions"] += 1
        cell["large_person_times"] += person_times
    return cells


def money_by_node(f: StatsFilter, node_ids: list[int], *, every_record: bool = False) -> dict[int, dict[str, Decimal]]:
    """Yuan raised in the period by each of these nodes' subtrees, and of it special; official money unless
    ``every_record`` (what any report declared too)."""
    kind = Flavour.PROVISIONAL if every_record else flavour(f)
    income = NodeMonthMoney.objects.filter(
        node_id__in=node_ids, flavour=kind, month__gte=f.start_date, month__lt=f.end_date, direction=Direction.INCOME
    )
    rows = income.values("node_id").annotate(
        raised=Sum("amount"), special=Sum("amount", filter=Q(is_special=True), default=0)
    )
    return {r["node_id"]: {"raised": r["raised"], "special": r["special"]} for r in rows}


def events_by_node(f: StatsFilter, node_ids: list[int], lecture_types: list[str]) -> dict[int, dict[str, int]]:
    """Held events, of them lectures, and person-times in the period, per node's subtree."""
    figures: dict[int, dict[str, int]] = {pk: {"events": 0, "lectures": 0, "attendance": 0} for pk in node_ids}
    for r in (
        NodeMonth.objects.filter(
            node_id__in=node_ids, flavour=flavour(f), month__gte=f.start_date, month__lt=f.end_date
        )
        .values("node_id")
        .annotate(events=Sum("events"), attendance=Sum("attendance"))
    ):
        figures[r["node_id"]].update(events=r["events"], attendance=r["attendance"])
    lectures = NodeYearActivity.objects.filter(
        node_id__in=node_ids, flavour=flavour(f), year=f.year, activity_type__in=lecture_types
    )
    sessions = lectures.values("node_id").annotate(n=Sum("sessions_offline") + Sum("sessions_online"))
    for node_id, n in sessions.values_list("node_id", "n"):
        figures[node_id]["lectures"] = n
    return figures


def figures_by_child(f: StatsFilter, child_ids: list[int]) -> dict[str, dict[str, int]]:
    """The event figures of each child's subtree, by child id as text, and under "" the root's own events
    (the root's figures less its children's) when it has any: the shape of the raw per-area rows."""
    root_ids = [f.root.pk] if f.root is not None else []
    by_node: dict[int, list[dict]] = defaultdict(list)
    rows = NodeMonth.objects.filter(
        node_id__in=[*root_ids, *child_ids], flavour=flavour(f), month__gte=f.start_date, month__lt=f.end_date
    )
    for row in rows.values("node_id", "mode").annotate(**_sums(*MONTH_FIGURES)):
        by_node[row["node_id"]].append(dict(row))
    large: dict[str, int] = defaultdict(int)
    depth = f.root.path.count("/") if f.root is not None else 1
    for path in large_events(f).values_list("path", flat=True):
        large[path.split("/")[depth]] += 1  # "" for the root's own events
    figures: dict[str, dict[str, int]] = {}
    for child in child_ids:
        counted = _mode_figures(by_node.get(child, []))
        if counted["events"]:  # rows of zeros are left where figures were taken away
            figures[str(child)] = {**counted, "large_scale": large[str(child)]}
    if f.root is not None and f.root.pk in by_node:
        own = _mode_figures(by_node[f.root.pk])
        for child_figures in figures.values():
            for key in own:
                own[key] -= child_figures[key]
        if own["events"]:
            figures[""] = {**own, "large_scale": large[""]}
    return figures
