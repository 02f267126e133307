"""Per-capita funding and the demonstration-community scorecard.

Population of an area for a year (the per-capita denominator): its own year-end figure when there is
one; otherwise the sum of its children's populations, resolved the same way. A figure higher up always
wins over figures below it, so a subdistrict's own figure and its communities' figures are never added
together. An area with no figure anywhere in its subtree is reported in ``missing_population`` and the
figures that need it are null — never a division by zero or a guess.

Funding and event figures are grouped in the database by the tree-path segment of the area they roll up
to; the population walk runs over the area tree (reference rows, a few hundred), fetched in one query.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.conf import settings
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils.translation import gettext as _

from kepu.funding.models import Direction, FundingRecord, Target
from kepu.places.models import Area, AreaLevel, Population

from . import node_figures
from .filters import StatsFilter, local_today
from .sections import scorecard_rules
from .selectors import (
    held_events,
    int_sum,
    money,
    money_sum,
    path_segment,
    with_attendance,
)

COMMUNITY_LEVELS = (AreaLevel.COMMUNITY, AreaLevel.VILLAGE)


@dataclass
class AreaTree:
    year: int
    names: dict[int, str] = field(default_factory=dict)
    children: dict[int | None, list[int]] = field(default_factory=dict)
    levels: dict[int, str] = field(default_factory=dict)
    paths: dict[int, str] = field(default_factory=dict)
    # year → area → residents, for the tree's year and every earlier year on record
    by_year: dict[int, dict[int, int]] = field(default_factory=dict)
    targets: dict[int, Decimal] = field(default_factory=dict)

    @property
    def populations(self) -> dict[int, int]:
        return self.by_year.get(self.year, {})

    def population(self, area_id: int, year: int | None = None) -> tuple[int | None, list[str]]:
        """(residents or None, names of areas whose figure is missing) at the end of ``year``."""
        year = self.year if year is None else year
        figures = self.by_year.get(year, {})
        covered = {int(part) for pk in figures for part in self.paths[pk].strip("/").split("/")}
        return self._resolve(area_id, figures, covered)

    def _resolve(self, area_id: int, figures: dict[int, int], covered: set[int]) -> tuple[int | None, list[str]]:
        if area_id in figures:
            return figures[area_id], []
        kids = self.children.get(area_id, [])
        if not kids or area_id not in covered:
            return None, [self.names[area_id]]
        total, missing = 0, []
        for kid in kids:
            value, kid_missing = self._resolve(kid, figures, covered)
            missing += kid_missing
            total += value or 0
        return (None if missing else total), missing

    def latest_population(self, area_id: int) -> tuple[int | None, int | None, list[str]]:
        """(residents, the year they are from, missing) with the tree's year first, then the latest
        earlier year whose figures cover the whole area: the denominator of in-year progress."""
        value, missing = self.population(area_id)
        if value is not None:
            return value, self.year, []
        for year in sorted((y for y in self.by_year if y < self.year), reverse=True):
            earlier, _missing = self.population(area_id, year)
            if earlier is not None:
                return earlier, year, missing
        return None, None, missing


def load_tree(root: Area, year: int) -> AreaTree:
    """The slice's areas with their per-capita target of the year, and their populations of that year
    and every earlier one: two queries."""
    tree = AreaTree(year=year)
    rows = Area.objects.filter(path__startswith=root.path).annotate(
        # order_by(): the models' default ordering by area path would join and sort for each area.
        target=Subquery(
            Target.objects.filter(area=OuterRef("pk"), year=year).order_by().values("per_capita_funding")[:1]
        ),
    )
    for a in rows.values("id", "parent_id", "name", "level", "path", "target"):
        tree.names[a["id"]] = a["name"]
        tree.levels[a["id"]] = a["level"]
        tree.paths[a["id"]] = a["path"]
        tree.children.setdefault(a["parent_id"], []).append(a["id"])
        if a["target"] is not None:
            tree.targets[a["id"]] = a["target"]
    for p in (
        Population.objects.filter(area__path__startswith=root.path, year__lte=year)
        .order_by()
        .values("area_id", "year", "residents")
    ):
        tree.by_year.setdefault(p["year"], {})[p["area_id"]] = p["residents"]
    return tree


def _q(value: Decimal, places: str) -> str:
    return str(value.quantize(Decimal(places), rounding=ROUND_HALF_UP))


def funding_block(*, amount: Decimal, population: int | None, target: Decimal, year: int, today: date) -> dict:
    """Per-capita figure, percent of target, yuan missing and a linear year-end projection of one amount."""
    if today.year > year:
        projected = amount
    elif today.year == year:
        elapsed = (today - date(year, 1, 1)).days + 1
        days = (date(year + 1, 1, 1) - date(year, 1, 1)).days
        projected = amount * days / elapsed
    else:
        projected = None
    block = {
        "amount": money(amount),
        "per_capita": None,
        "percent_of_target": None,
        "missing_yuan": None,
        "projected_year_end": money(projected) if projected is not None else None,
        "projected_per_capita": None,
        "projected_percent_of_target": None,
    }
    if not population:
        return block
    per_capita = amount / population
    block["per_capita"] = _q(per_capita, "0.01")
    block["missing_yuan"] = money(max(target * population - amount, Decimal(0)))
    if target:
        block["percent_of_target"] = _q(per_capita / target * 100, "0.1")
    if projected is not None:
        block["projected_per_capita"] = _q(projected / population, "0.01")
        if target:
            block["projected_percent_of_target"] = _q(projected / population / target * 100, "0.1")
    return block


def _area_figures(
    tree: AreaTree, area_id: int, raised: Decimal, special: Decimal, target: Decimal, year: int, today: date
) -> dict:
    """One area's per-capita figures. The denominator is the area's year-end population; while the year
    is still running and that figure is not recorded yet, the latest earlier population on record stands
    in (labelled with its year), so staff see their progress during the year. A past year without its
    year-end population stays missing: the return needs that very figure."""
    if today.year == year:
        population, population_year, missing = tree.latest_population(area_id)
    else:
        population, missing = tree.population(area_id)
        population_year = year if population is not None else None
    basis = None if population is None else ("year_end" if population_year == year else "latest_known")
    result = {
        "area": {"id": area_id, "name": tree.names[area_id], "level": tree.levels[area_id]},
        "population": population,
        "population_year": population_year,
        "population_basis": basis,
        "target_per_capita": str(target),
        "missing_population": missing,
        "all_funding": funding_block(amount=raised, population=population, target=target, year=year, today=today),
        "special_funding": funding_block(amount=special, population=population, target=target, year=year, today=today),
    }
    if population is None:
        result["message"] = _("Year-end population for %(year)s is missing for: %(areas)s.") % {
            "year": year,
            "areas": ", ".join(missing),
        }
    elif population == 0:
        result["message"] = _("The year-end population recorded for %(year)s is zero.") % {"year": population_year}
    elif basis == "latest_known":
        result["message"] = _(
            "Progress during %(year)s over the population of %(population_year)s, the latest on record; "
            "the year-end figure for %(year)s is not recorded yet."
        ) % {"year": year, "population_year": population_year}
    return result


def per_capita_funding(f: StatsFilter, *, today: date | None = None) -> dict:
    """The slice root and each direct child: funding raised in the year over its year-end population."""
    today = today or local_today()
    root, year = f.root, f.year
    if root is None:  # the views answer 400 first
        raise ValueError("per-capita funding needs an area")
    tree = load_tree(root, year)
    children = sorted(tree.children.get(root.pk, []), key=lambda pk: tree.paths[pk])
    default = settings.KEPU["PER_CAPITA_TARGET"]
    targets = tree.targets
    zero = Decimal("0")
    # Money of the whole year in the area, whatever the period asked: kept per node (kepu.stats.node_figures).
    year_filter = replace(f, start_date=date(year, 1, 1), end_date=date(year + 1, 1, 1))
    grouped = node_figures.money_by_node(year_filter, [root.pk, *children])
    total_raised = grouped.get(root.pk, {}).get("raised", zero)
    total_special = grouped.get(root.pk, {}).get("special", zero)
    result = {
        "year": year,
        **_area_figures(tree, root.pk, total_raised, total_special, targets.get(root.pk, default), year, today),
    }
    result["areas"] = [
        _area_figures(
            tree,
            child,
            grouped.get(child, {}).get("raised", zero),
            grouped.get(child, {}).get("special", zero),
            targets.get(child, default),
            year,
            today,
        )
        for child in children
    ]
    return result


def scorecard(f: StatsFilter) -> dict:
    """Each community (or village) of the slice against the demonstration-community rules of the year.

    Participation is attendance person-times over year-end population: walk-ins are counted but never
    named, so person-times is the figure every community has.
    """
    rules = settings.KEPU["SCORECARD"]
    year = f.year
    if f.root is None:  # the views answer 400 first
        raise ValueError("the scorecard needs an area")
    tree = load_tree(f.root, year)
    communities = sorted(
        (pk for pk, level in tree.levels.items() if level in COMMUNITY_LEVELS), key=lambda pk: tree.paths[pk]
    )
    depths: dict[int, list[int]] = {}
    for pk in communities:
        depths.setdefault(tree.paths[pk].count("/") - 1, []).append(pk)

    lecture_types = list(rules["LECTURE_TYPES"])
    events: dict[str, Any] = {}
    funding: dict[str, Decimal] = {}
    if node_figures.covers_year(f):
        by_node = node_figures.events_by_node(f, communities, lecture_types)
        events = {str(pk): figures for pk, figures in by_node.items()}
        money_by = node_figures.money_by_node(f, communities, every_record=True)
        funding = {str(pk): figures["raised"] for pk, figures in money_by.items()}
    else:
        events, funding = _raw_community_figures(f, depths, lecture_types)

    # Rules other apps register (kepu.stats.sections); a threshold of 0 switches one off.
    extra_rules = [
        (rule, required, rule.values(f, communities)) for rule in scorecard_rules() if (required := rule.required()) > 0
    ]
    min_rate = Decimal(str(rules["PARTICIPATION_RATE"]))
    min_funding = Decimal(str(rules["FUNDING_PER_RESIDENT"]))
    rows = []
    for pk in communities:
        figures = events.get(str(pk), {})
        n_events, lectures, attendance = (
            figures.get("events", 0),
            figures.get("lectures", 0),
            figures.get("attendance", 0),
        )
        raised = funding.get(str(pk), Decimal("0"))
        population, missing = tree.population(pk)
        rate = Decimal(attendance) / population if population else None
        per_resident = raised / population if population else None
        checks = {
            "events": {
                "value": n_events,
                "required": rules["EVENTS_PER_YEAR"],
                "passed": n_events >= rules["EVENTS_PER_YEAR"],
            },
            "lectures": {
                "value": lectures,
                "required": rules["LECTURES_PER_YEAR"],
                "passed": lectures >= rules["LECTURES_PER_YEAR"],
            },
            "participation": {
                "value": _q(rate, "0.0001") if rate is not None else None,
                "required": str(min_rate),
                "passed": rate is not None and rate >= min_rate,
            },
            "funding_per_resident": {
                "value": _q(per_resident, "0.01") if per_resident is not None else None,
                "required": str(min_funding),
                "passed": per_resident is not None and per_resident >= min_funding,
            },
        }
        for rule, required, values in extra_rules:
            value = values.get(pk, 0)
            checks[rule.key] = {"value": value, "required": required, "passed": value >= required}
        rows.append(
            {
                "area": {"id": pk, "name": tree.names[pk], "level": tree.levels[pk]},
                "population": population,
                "missing_population": missing,
                "events": n_events,
                "lectures": lectures,
                "attendance": attendance,
                "funding_raised": money(raised),
                "rules": checks,
                "on_track": all(c["passed"] for c in checks.values()),
            }
        )
    return {
        "year": year,
        "rules": {
            "events_per_year": rules["EVENTS_PER_YEAR"],
            "lectures_per_year": rules["LECTURES_PER_YEAR"],
            "lecture_types": lecture_types,
            "participation_rate": str(min_rate),
            "participation_basis": "attendance_person_times_over_population",
            "funding_per_resident": str(min_funding),
            **{rule.key: required for rule, required, _values in extra_rules},
        },
        "communities": rows,
        "on_track": sum(1 for r in rows if r["on_track"]),
    }


def _raw_community_figures(
    f: StatsFilter, depths: dict[int, list[int]], lecture_types: list[str]
) -> tuple[dict[str, Any], dict[str, Decimal]]:
    """Each community's held events, lectures and person-times, and the money raised in it, counted from
    the raw rows: one grouped query per tree depth communities sit at (one in a regular district)."""
    events: dict[str, Any] = {}
    funding: dict[str, Decimal] = {}
    for depth, pks in depths.items():
        keys = [str(pk) for pk in pks]
        events.update(
            (r["k"], r)
            for r in with_attendance(held_events(f), f)
            .annotate(k=path_segment("area__path", depth))
            .filter(k__in=keys)
            .values("k")
            .annotate(
                events=Count("id"),
                lectures=Count("id", filter=Q(activity_type__in=lecture_types)),
                attendance=int_sum("att"),
            )
        )
        funding.update(
            (r["k"], r["raised"])
            for r in FundingRecord.objects.filter(
                direction=Direction.INCOME, date__gte=f.start_date, date__lt=f.end_date
            )
            .annotate(k=path_segment("area__path", depth))
            .filter(k__in=keys)
            .values("k")
            .annotate(raised=money_sum("amount", Q()))
        )
    return events, funding
