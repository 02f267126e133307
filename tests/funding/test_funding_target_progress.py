"""Targets with their progress: the same figures the statistics give for the target's area and year."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kepu.demo.factories import (
    DistributionFactory,
    EventFactory,
    FundingRecordFactory,
    MaterialFactory,
    PopulationFactory,
)
from kepu.events.models import EventReport, EventStatus, ReportStatus
from kepu.funding.models import Target

pytestmark = pytest.mark.django_db

YEAR = 2025


def held(organization, *, attendance: int, status=ReportStatus.ACCEPTED, month=4):
    starts = timezone.make_aware(datetime(YEAR, month, 10, 9, 0))
    event = EventFactory(
        organization=organization,
        status=EventStatus.REPORTED,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    EventReport.objects.create(
        event=event, status=status, walk_ins=attendance, attendance=attendance, submitted_at=starts
    )
    return event


@pytest.fixture
def year_of_work(organization, other_organization, subdistrict, community, other_community):
    brochure = MaterialFactory()
    first = held(organization, attendance=60)
    held(organization, attendance=40, month=9)
    held(organization, attendance=500, status=ReportStatus.SUBMITTED)  # not counted until accepted
    held(other_organization, attendance=900)
    DistributionFactory(
        material=brochure, event=first, area=community, quantity=30, channel="event", date=date(YEAR, 4, 10)
    )
    DistributionFactory(material=brochure, area=community, quantity=10, date=date(YEAR, 6, 1))
    DistributionFactory(material=brochure, area=other_community, quantity=999, date=date(YEAR, 6, 1))
    PopulationFactory(area=subdistrict, year=YEAR, residents=20000)
    FundingRecordFactory(area=community, amount=Decimal("12000.00"), date=date(YEAR, 2, 1), is_special=True)
    FundingRecordFactory(area=subdistrict, amount=Decimal("3000.00"), date=date(YEAR, 3, 1), source="donation")
    FundingRecordFactory(area=other_community, amount=Decimal("50000.00"), date=date(YEAR, 3, 1))
    return Target.objects.create(
        area=subdistrict, year=YEAR, per_capita_funding=Decimal("1.50"), events=4, participants=200, materials=80
    )


def test_progress_counts_the_targets_area_and_year_by_the_statistics_rules(client_for, staff, year_of_work):
    rows = client_for(staff).get(f"/api/v1/targets/progress/?year={YEAR}").json()["results"]
    assert len(rows) == 1
    progress = rows[0]["progress"]
    assert progress["events"] == {"target": 4, "actual": 2, "percent": "50.0"}
    assert progress["participants"] == {"target": 200, "actual": 100, "percent": "50.0"}
    assert progress["materials"] == {"target": 80, "actual": 40, "percent": "50.0"}
    assert progress["population"] == 20000
    assert progress["all_funding"]["amount"] == "15000.00"
    assert progress["all_funding"]["per_capita"] == "0.75"
    assert progress["all_funding"]["percent_of_target"] == "50.0"
    assert progress["special_funding"]["per_capita"] == "0.60"


def test_progress_agrees_with_the_dashboards_figures(client_for, staff, year_of_work, subdistrict):
    client = client_for(staff)
    progress = client.get(f"/api/v1/targets/progress/?year={YEAR}").json()["results"][0]["progress"]
    summary = client.get(f"/api/v1/stats/summary/?year={YEAR}&area={subdistrict.pk}").json()
    per_capita = client.get(f"/api/v1/stats/per-capita/?year={YEAR}&area={subdistrict.pk}").json()
    for key in ("events", "participants", "materials"):
        assert progress[key]["actual"] == summary["targets"][key]["actual"]
    assert progress["all_funding"] == per_capita["all_funding"]
    assert progress["special_funding"] == per_capita["special_funding"]


def test_a_target_without_counts_shows_only_funding_and_a_missing_population(client_for, staff, community):
    Target.objects.create(area=community, year=YEAR)
    progress = client_for(staff).get(f"/api/v1/targets/progress/?year={YEAR}").json()["results"][0]["progress"]
    assert progress["events"]["target"] is None and progress["events"]["percent"] is None
    assert progress["population"] is None
    assert progress["missing_population"] == [community.name]
    assert progress["all_funding"]["per_capita"] is None


def test_other_staff_do_not_see_the_target(client_for, other_staff, year_of_work):
    assert client_for(other_staff).get(f"/api/v1/targets/progress/?year={YEAR}").json()["results"] == []


def test_progress_costs_the_same_queries_for_one_target_or_many(client_for, district_staff, district, year_of_work):
    from kepu.demo.factories import AreaFactory
    from kepu.places.models import AreaLevel

    client = client_for(district_staff)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/api/v1/targets/progress/?year={YEAR}").status_code == 200
        return len(captured)

    one = queries()
    for index in range(6):
        Target.objects.create(
            area=AreaFactory(level=AreaLevel.SUBDISTRICT, parent=district, name=f"街道{index}"), year=YEAR
        )
    assert queries() == one
