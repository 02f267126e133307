from decimal import Decimal

from django.db.models import Count, DecimalField, Prefetch, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from .models import Direction, FundingAttachment, FundingRecord, FundingSource, SpendingCategory, Target
from .permissions import visible_funding_q

CENT = Decimal("0.01")


def funding_list(*, user) -> QuerySet[FundingRecord]:
    return (
        FundingRecord.objects.filter(visible_funding_q(user))
        .select_related("area", "area__parent", "event")
        .prefetch_related(Prefetch("attachments", queryset=FundingAttachment.objects.order_by("created_at", "id")))
        .order_by("-date", "-id")
    )


def target_list(*, user) -> QuerySet[Target]:
    return Target.objects.filter(visible_funding_q(user)).select_related("area").order_by("-year", "area__path")


def _sum(q: Q):
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

    def money(value) -> str:
        return str(value.quantize(CENT))

    return {
        "count": row["count"],
        "raised": money(row["raised"]),
        "special": money(row["special"]),
        "spent": money(row["spent"]),
        "by_source": {key: money(row[f"source_{key}"]) for key in FundingSource.values},
        "by_category": {key: money(row[f"category_{key}"]) for key in SpendingCategory.values},
    }
