"""Builders and constants shared by the notification tests; the fixtures are in this directory's conftest.py."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from kepu.accounts.models import User
from kepu.demo.factories import EventFactory
from kepu.events.models import Registration, RegistrationStatus
from kepu.notifications.models import Delivery
from kepu.notifications.planning import reminder_subject

LOCAL = ZoneInfo("Asia/Shanghai")
RECORDING_SMS = "notification_test_gateways.RecordingSmsGateway"
FAILING_SMS = "notification_test_gateways.FailingSmsGateway"
BULK_SMS = "notification_test_gateways.RecordingBulkSmsGateway"
RECORDING_EMAIL = "notification_test_gateways.RecordingEmailBackend"


def local(*args) -> datetime:
    return datetime(*args, tzinfo=LOCAL)


def bulk_residents(count: int, *, prefix: str = "135") -> list[User]:
    users = [User(phone=f"{prefix}{i:08d}", name=f"居民{i}", password="!") for i in range(count)]
    return User.objects.bulk_create(users, batch_size=2000)


def bulk_register(event, residents, *, created_at: datetime | None = None) -> None:
    Registration.objects.bulk_create(
        [
            Registration(
                event=event, resident=resident, status=RegistrationStatus.CONFIRMED, check_in_code=f"E{event.pk}R{i}"
            )
            for i, resident in enumerate(residents)
        ],
        batch_size=2000,
    )
    Registration.objects.filter(event=event).update(created_at=created_at or timezone.now() - timedelta(days=3))


def event_starting_in(delta: timedelta, **kwargs):
    starts = timezone.now() + delta
    return EventFactory(starts_at=starts, ends_at=starts + timedelta(hours=2), **kwargs)


def key(notification, channel: str) -> str:
    """The idempotency key the gateway saw for ``notification`` on ``channel``."""
    return Delivery.objects.get(notification=notification, channel=channel).idempotency_key


def reminder_key(event, hours: int) -> str:
    """The subject of ``event``'s ``hours``-before reminder for its current start."""
    return reminder_subject(event.pk, hours, event.starts_at)
