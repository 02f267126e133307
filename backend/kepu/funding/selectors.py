from django.db.models import QuerySet

from .models import FundingRecord, Target
from .permissions import visible_funding_q


def funding_list(*, user) -> QuerySet[FundingRecord]:
    return (
        FundingRecord.objects.filter(visible_funding_q(user)).select_related("area", "event").order_by("-date", "-id")
    )


def target_list(*, user) -> QuerySet[Target]:
    return Target.objects.filter(visible_funding_q(user)).select_related("area").order_by("-year", "area__path")
