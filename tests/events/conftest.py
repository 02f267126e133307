"""Fixtures of the events tests; the builders live in ``events_builders``."""

import pytest
from events_builders import make_event


@pytest.fixture
def event(organization):
    """An approved event of ``organization`` (in ``community``, under ``subdistrict``) a week ahead."""
    return make_event(organization, title="科学之夜：天文讲座", capacity=50, max_companions=2)


@pytest.fixture
def guard_off():
    """The sign-up function without the event's row lock: it reads the event unlocked, then pauses.

    The pause widens the window between reading the seats and writing them, so a rush reliably
    collides; only this negative control runs that way, production code has no switch for it. The
    function is replaced in the test database and put back afterwards.
    """
    from django.db import connection

    from kepu.events import sign_up_sql

    locked = "SELECT * INTO e FROM events_event WHERE id = p_event FOR UPDATE;"
    assert locked in sign_up_sql.CREATE_FUNCTION
    unlocked = sign_up_sql.CREATE_FUNCTION.replace(
        locked, "SELECT * INTO e FROM events_event WHERE id = p_event; PERFORM pg_sleep(0.02);"
    )
    with connection.cursor() as cursor:
        cursor.execute(unlocked)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(sign_up_sql.CREATE_FUNCTION)
