"""The large-scale rule (docs/domain.md): an event counts as a large-scale activity when staff marked
it so or when its attendance reached the configured threshold (1,000 person-times by default)."""

from django.conf import settings
from django.db.models import Q


def large_scale_threshold() -> int:
    return int(settings.KEPU["LARGE_EVENT_THRESHOLD"])


def is_large_scale(*, marked: bool, attendance: int | None) -> bool:
    """The rule for one event, given its staff mark and its attendance (``None`` when not reported)."""
    return marked or (attendance or 0) >= large_scale_threshold()


def large_scale_q(attendance: str) -> Q:
    """The same rule as a condition on events, ``attendance`` naming their person-times (an annotation)."""
    return Q(marked_large_scale=True) | Q(**{f"{attendance}__gte": large_scale_threshold()})
