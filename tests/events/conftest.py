"""Fixtures of the events tests; the builders live in ``events_builders``."""

import time

import pytest
from events_builders import make_event


@pytest.fixture
def event(organization):
    """An approved event of ``organization`` (in ``community``, under ``subdistrict``) a week ahead."""
    return make_event(organization, title="科学之夜：天文讲座", capacity=50, max_companions=2)


@pytest.fixture
def guard_off(monkeypatch):
    """The sign-up services without the event's row lock: each reads the event unlocked, then pauses.

    The pause widens the window between reading the seats and writing them, so a rush reliably
    collides; only this negative control runs that way, production code has no switch for it.
    """
    from kepu.events.models import Event
    from kepu.events.services import registrations

    def read_unlocked(event_id):
        event = Event.objects.get(pk=event_id)
        time.sleep(0.02)
        return event

    monkeypatch.setattr(registrations, "lock_event", read_unlocked)
