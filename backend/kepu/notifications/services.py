"""Creating notifications, reading them, preferences. Delivery (claims, channels, retries) is in ``delivery.py``,
the rows the sweep creates on its own (reminders, report notices, digests) in ``planning.py``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.common.audit import audit_record, diff_fields

from .models import ChannelChoice, Notification, NotificationPreference

if TYPE_CHECKING:
    from kepu.accounts.models import User
    from kepu.events.models import Event

_INSERT_CHUNK = 1000


def _recipient_id(recipient: User | int) -> int:
    return recipient if isinstance(recipient, int) else recipient.pk


def notify(
    *,
    recipients: Iterable[User | int],
    kind: str,
    subject_key: str,
    event: Event | int | None = None,
    context: dict[str, Any] | None = None,
    due_at: datetime | None = None,
) -> int:
    """Queue ``kind`` about ``subject_key`` for each recipient (users or user ids); returns how many were new.

    Idempotent: the (recipient, kind, subject_key) unique constraint drops repeats, so callers may
    call it again after a retry without sending twice. Call it inside the transaction of the change it
    announces: if that rolls back, nothing is queued. The sweep delivers rows once ``due_at`` has come.
    """
    recipient_ids = list(dict.fromkeys(_recipient_id(r) for r in recipients))
    if not recipient_ids:
        return 0
    now = timezone.now()
    when = due_at or now
    event_id = getattr(event, "pk", event)
    payload = json.dumps(context or {}, ensure_ascii=False, default=str)
    table = Notification._meta.db_table
    created = 0
    with connection.cursor() as cursor:
        for start in range(0, len(recipient_ids), _INSERT_CHUNK):
            chunk = recipient_ids[start : start + _INSERT_CHUNK]
            values = ", ".join(["(%s, %s, %s, %s, %s, %s, %s::jsonb, %s, 'pending', 0, '')"] * len(chunk))
            params: list[Any] = []
            for recipient_id in chunk:
                params += [now, now, recipient_id, kind, subject_key, event_id, payload, when]
            cursor.execute(
                f"INSERT INTO {table} (created_at, updated_at, recipient_id, kind, subject_key, event_id, "  # noqa: S608
                f"context, due_at, state, attempts, last_error) VALUES {values} "
                "ON CONFLICT ON CONSTRAINT notification_unique_subject DO NOTHING RETURNING id",
                params,
            )
            created += len(cursor.fetchall())
    return created


def preference_for(*, user: User) -> NotificationPreference:
    """The user's preferences; an unsaved row with the defaults if they never chose."""
    try:
        return user.notification_preference
    except NotificationPreference.DoesNotExist:
        return NotificationPreference(user=user)


@transaction.atomic
def preference_update(*, user: User, channels: str, reminders: bool) -> NotificationPreference:
    """Save the user's choice. Email needs an address on the account, so we refuse it without one."""
    if channels in (ChannelChoice.EMAIL, ChannelChoice.BOTH) and not user.email:
        raise ValidationError({"channels": [_("Add an email address to your account before choosing email.")]})
    preference, _created = NotificationPreference.objects.select_for_update().get_or_create(user=user)
    changes = diff_fields(preference, {"channels": channels, "reminders": reminders})
    if changes:
        preference.channels = channels
        preference.reminders = reminders
        preference.save(update_fields=["channels", "reminders", "updated_at"])
        audit_record(actor=user, action="preference.updated", target=preference, changes=changes)
    return preference


def notification_mark_read(*, notification: Notification) -> Notification:
    """Mark one notification read; reading it again keeps the first time. Not audited: reading is not a
    change to anything the product reports on."""
    if notification.read_at is None:
        now = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=now, updated_at=now)
        notification.refresh_from_db(fields=["read_at", "updated_at"])
    return notification


def notification_mark_all_read(*, user: User) -> int:
    """Mark everything already in the user's inbox read; returns how many changed."""
    from .selectors import inbox_for

    now = timezone.now()
    return inbox_for(user=user, now=now).filter(read_at__isnull=True).update(read_at=now, updated_at=now)
