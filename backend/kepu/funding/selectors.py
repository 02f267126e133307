from datetime import date
from decimal import Decimal

from django.db.models import Count, DecimalField, Prefetch, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from kepu.accounts.policies import Viewer
from kepu.places.models import Area

from .models import Direction, FundingAttachment, FundingRecord, FundingSource, SpendingCategory, Target
from .permissions import visible_funding_q

CENT = Decimal("0.01")


def funding_list(*, user: Viewer) -> QuerySet[FundingRecord]:
    return (
        FundingRecord.objects.filter(visible_funding_q(user))
        .select_related("area", "area__parent", "event")
        .prefetch_related(Prefetch("attachments", queryset=FundingAttachment.objects.order_by("created_at", "id")))
        .order_by("-date", "-id")
    )


def target_list(*, user: Viewer) -> QuerySet[Target]:
    return Target.objects.filter(visible_funding_q(user)).select_related("area").order_by("-year", "area__path")


def _sum(q: Q) -> Coalesce:
    return Coalesce(
        Sum("amount", filter=q), Value(Decimal("0")), output_field=DecimalField(max_digits=16, decimal_places=2)
    )


def funding_totals(queryset: QuerySet[FundingRecord]) -> dict:
    """Totals of a filtered list, by the statistics' own rules: raised by source (special funds being
    part of government appropriations), spent by category. One query."""
    income, spent = Q(direction=Direction.INCOME), Q(direction=Direction.EXPENDITURE)
    aggregates = {
        "count": Count("id"),
        "raised": _sum(income),
        "special": _sum(income & Q(is_special=True)),
        "spent": _sum(spent),
        **{f"source_{key}": _sum(income & Q(source=key)) for key in FundingSource.values},
        **{f"category_{key}": _sum(spent & Q(category=key)) for key in SpendingCategory.values},
    }
    row = queryset.order_by().aggregate(**aggregates)

    def money(value: Decimal) -> str:
        return str(value.quantize(CENT))

    return {
        "count": row["count"],
        "raised": money(row["raised"]),
        "special": money(row["special"]),
        "spent": money(row["spent"]),
        "by_source": {key: money(row[f"source_{key}"]) for key in FundingSource.values},
        "by_category": {key: money(row[f"category_{key}"]) for key in SpendingCategory.values},
    }


def target_progress(*, targets: list[Target], today: date | None = None) -> dict[int, dict]:
    """Progress of each target against its year, by the statistics' own counting rules (official
    figures: events with an accepted report). A fixed number of queries per year of the targets,
    whatever their number: every figure is a filtered aggregate per target area."""
    from kepu.stats.filters import StatsFilter, local_today
    from kepu.stats.per_capita import funding_block, load_tree
    from kepu.stats.selectors import distributions, held_events, int_sum, with_attendance

    today = today or local_today()
    progress: dict[int, dict] = {}
    for year in sorted({target.year for target in targets}):
        of_year = [target for target in targets if target.year == year]
        everywhere = StatsFilter(start_date=date(year, 1, 1), end_date=date(year + 1, 1, 1), root=None)

        def under(target: Target, prefix: str = "") -> Q:
            return Q(**{f"{prefix}area__path__startswith": target.area.path})

        events = with_attendance(held_events(everywhere), everywhere).aggregate(
            **{f"events_{t.pk}": Count("id", filter=under(t)) for t in of_year},
            **{f"people_{t.pk}": int_sum("att", under(t)) for t in of_year},
        )
        materials = distributions(everywhere).aggregate(
            **{
                f"materials_{t.pk}": Coalesce(
                    Sum(
                        "quantity",
                        filter=Q(event__isnull=False, event__area__path__startswith=t.area.path)
                        | Q(event__isnull=True, area__path__startswith=t.area.path),
                    ),
                    0,
                )
                for t in of_year
            }
        )
        income = Q(direction=Direction.INCOME)
        money = FundingRecord.objects.filter(date__gte=date(year, 1, 1), date__lt=date(year + 1, 1, 1)).aggregate(
            **{f"raised_{t.pk}": _sum(income & under(t)) for t in of_year},
            **{f"special_{t.pk}": _sum(income & Q(is_special=True) & under(t)) for t in of_year},
        )
        roots = {int(t.area.path.strip("/").split("/")[0]) for t in of_year}
        trees = {root.pk: load_tree(root, year) for root in Area.objects.filter(pk__in=roots)}
        for t in of_year:
            tree = trees[int(t.area.path.strip("/").split("/")[0])]
            population, missing = tree.population(t.area_id)
            counts = {
                "events": (t.events, events[f"events_{t.pk}"]),
                "participants": (t.participants, events[f"people_{t.pk}"]),
                "materials": (t.materials, materials[f"materials_{t.pk}"]),
            }
            progress[t.pk] = {
                **{
                    key: {
                        "target": goal,
                        "actual": actual,
                        "percent": str(round(Decimal(actual * 100) / goal, 1)) if goal else None,
                    }
                    for key, (goal, actual) in counts.items()
                },
                "population": population,
                "missing_population": missing,
                "all_funding": funding_block(
                    amount=money[f"raised_{t.pk}"],
                    population=population,
                    target=t.per_capita_funding,
                    year=year,
                    today=today,
                ),
                "special_funding": funding_block(
                    amount=money[f"special_{t.pk}"],
                    population=population,
                    target=t.per_capita_funding,
                    year=year,
                    today=today,
                ),
            }
    return progress
