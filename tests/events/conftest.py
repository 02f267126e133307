"""Fixtures of the events tests; the builders live in ``events_builders``."""

import pytest
from events_builders import make_event


@pytest.fixture
def event(organization):
    """An approved event of ``organization`` (in ``community``, under ``subdistrict``) a week ahead."""
    return make_event(organization, title="科学之夜：天文讲座", capacity=50, max_companions=2)


@pytest.fixture
def guard_off(settings):
    settings.KEPU = {**settings.KEPU, "CAPACITY_GUARD": False, "CAPACITY_GUARD_TEST_DELAY": 0.02}
    return settings
