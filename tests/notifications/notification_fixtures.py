"""Fixtures and builders shared by the notification tests (imported by name: no conftest clashes)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import notification_test_gateways as gateways
import pytest
from django.core import mail
from django.utils import timezone

from config.celery import app as celery_app
from kepu.accounts.models import User
from kepu.common.factories import EventFactory
from kepu.events.models import Registration, RegistrationStatus

LOCAL = ZoneInfo("Asia/Shanghai")
RECORDING_SMS = "notification_test_gateways.RecordingSmsGateway"
FAILING_SMS = "notification_test_gateways.FailingSmsGateway"
RECORDING_EMAIL = "notification_test_gateways.RecordingEmailBackend"


def local(*args) -> datetime:
    return datetime(*args, tzinfo=LOCAL)


@pytest.fixture
def recorded(db):
    """The recording gateways for SMS and email, quiet hours off; yields the module to read the calls."""
    gateways.create_table()
    yield gateways
    gateways.drop_table()


@pytest.fixture
def channels(settings, recorded):
    settings.KEPU = {**settings.KEPU, "SMS_GATEWAY": RECORDING_SMS, "QUIET_HOURS": (0, 0)}
    settings.EMAIL_BACKEND = RECORDING_EMAIL
    mail.outbox = []
    return recorded


@pytest.fixture
def eager():
    """Run tasks inline for the in-process tests; the real worker is exercised in the slow tests."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


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
