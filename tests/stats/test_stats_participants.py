"""Unique and repeat participants: the streaming count (broad slices) and the per-event lookup (narrow
slices) must give the same figures on the hand-computed district (see ``world`` in conftest)."""

from datetime import date

import pytest

from kepu.stats.filters import StatsFilter
from kepu.stats.selectors import registration_figures

pytestmark = pytest.mark.django_db


def both_ways(f: StatsFilter) -> tuple[dict, dict]:
    return (registration_figures(f, held_count=0, stream=True), registration_figures(f, held_count=0, stream=False))


def test_streaming_and_lookup_count_the_same_participants_in_a_year(world, district):
    streamed, looked_up = both_ways(StatsFilter(start_date=date(2025, 1, 1), end_date=date(2026, 1, 1), root=district))
    # r1 checked in at E1 and E3, r2 at E1 only.
    assert streamed["participants"] == {"unique_participants": 2, "repeat_participants": 1}
    assert looked_up == streamed


def test_streaming_and_lookup_agree_on_a_month_a_sub_area_and_provisional_figures(world, district, community):
    march = StatsFilter(start_date=date(2025, 3, 1), end_date=date(2025, 4, 1), root=district)
    streamed, looked_up = both_ways(march)
    assert streamed["participants"] == {"unique_participants": 2, "repeat_participants": 0}
    assert looked_up == streamed
    for f in (
        StatsFilter(start_date=date(2025, 1, 1), end_date=date(2026, 1, 1), root=community),
        StatsFilter(start_date=date(2025, 1, 1), end_date=date(2026, 1, 1), root=district, provisional=True),
        StatsFilter(start_date=date(2025, 4, 1), end_date=date(2025, 5, 1), root=district),
    ):
        streamed, looked_up = both_ways(f)
        assert looked_up == streamed


def test_an_empty_period_has_no_participants_either_way(world, district):
    streamed, looked_up = both_ways(StatsFilter(start_date=date(2024, 1, 1), end_date=date(2025, 1, 1), root=district))
    assert streamed["participants"] == looked_up["participants"] == {"unique_participants": 0, "repeat_participants": 0}
