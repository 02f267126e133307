"""Periodic work of the events app."""

from celery import shared_task
from django.utils import timezone

from kepu.common.errors import Conflict

from .models import Event, EventStatus
from .services import event_complete


@shared_task(name="events.complete_finished_events")
def complete_finished_events() -> int:
    """Approved events whose end has passed become completed; organizers are asked for the report.

    Idempotent: each event is re-read under its row lock and skipped once completed, and the
    report-due notification has a fixed subject key, so a double run or a retry changes nothing.
    """
    done = 0
    ids = list(
        Event.objects.filter(status=EventStatus.APPROVED, ends_at__lte=timezone.now()).values_list("pk", flat=True)
    )
    for pk in ids:
        event = Event.objects.filter(pk=pk, status=EventStatus.APPROVED).first()
        if event is None:
            continue
        try:
            event_complete(event=event)
        except Conflict:
            # Cancelled or completed by someone else since we listed it: nothing left to do.
            continue
        done += 1
    return done
