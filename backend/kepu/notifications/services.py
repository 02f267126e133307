"""Creating notifications. Delivery (channels, the sweep, retries) lives in ``delivery.py`` and ``tasks.py``."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.utils import timezone

from .models import Notification


def notify(
    *,
    recipients: Iterable,
    kind: str,
    subject_key: str,
    event=None,
    context: dict[str, Any] | None = None,
    due_at: datetime | None = None,
) -> int:
    """Queue ``kind`` about ``subject_key`` for each recipient; returns how many were new.

    Idempotent: the (recipient, kind, subject_key) unique constraint drops repeats, so callers may
    call it again after a retry without sending twice. Call it inside the transaction of the change it
    announces: if that rolls back, nothing is queued.
    """
    when = due_at or timezone.now()
    rows = [
        Notification(
            recipient=recipient,
            kind=kind,
            subject_key=subject_key,
            event=event,
            context=context or {},
            due_at=when,
        )
        for recipient in recipients
    ]
    if not rows:
        return 0
    created = Notification.objects.bulk_create(rows, ignore_conflicts=True)
    return len([row for row in created if row.pk]) if created and created[0].pk else len(rows)
