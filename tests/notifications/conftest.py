"""Fixtures for the notification tests: recording gateways and inline tasks."""

import notification_test_gateways as gateways
import pytest
from django.core import mail
from notification_fixtures import RECORDING_EMAIL, RECORDING_SMS

from config.celery import app as celery_app


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
