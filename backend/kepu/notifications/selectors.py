"""Reads: a person's inbox, and the failed deliveries association staff should look at."""

from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from kepu.accounts.models import User
from kepu.accounts.policies import Viewer, is_admin, staff_area_path

from .models import Notification, NotificationState


def inbox_for(*, user: User, now: datetime | None = None) -> QuerySet[Notification]:
    """The user's own notifications that are due (a reminder for tomorrow is not in the inbox yet),
    newest first. Withdrawn ones (a reminder for a registration since cancelled) are left out."""
    return (
        Notification.objects.filter(recipient=user, due_at__lte=now or timezone.now())
        .exclude(state=NotificationState.CANCELLED)
        .select_related("event", "recipient")
        .order_by("-due_at", "-id")
    )


def unread_count(*, user: User) -> int:
    return inbox_for(user=user).filter(read_at__isnull=True).count()


def failed_for_staff(*, user: Viewer) -> QuerySet[Notification]:
    """Failed notifications in the staff member's area: about an event in their subtree, or addressed to
    staff of their subtree (digests, funding notices); administrators see all."""
    qs = Notification.objects.filter(state=NotificationState.FAILED)
    if not is_admin(user):
        prefix = staff_area_path(user)
        if prefix is None:
            return qs.none()
        qs = qs.filter(
            Q(event__area__path__startswith=prefix)
            | Q(event__isnull=True, recipient__staff_area__path__startswith=prefix)
        )
    return qs.select_related("recipient", "event").prefetch_related("deliveries").order_by("-updated_at", "-id")
