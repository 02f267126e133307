"""Each statistics endpoint runs the same number of queries whatever the number of events."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kepu.demo.factories import DistributionFactory, EventFactory, RegistrationFactory, UserFactory
from kepu.events.models import Audience, EventReport, EventStatus, ReportStatus

pytestmark = pytest.mark.django_db

SH = ZoneInfo("Asia/Shanghai")
ENDPOINTS = [
    ("/api/v1/stats/summary/", {}),
    ("/api/v1/stats/summary/", {"provisional": "true", "audience": "youth"}),
    ("/api/v1/stats/timeseries/", {}),
    *[
        ("/api/v1/stats/breakdown/", {"by": by})
        for by in (
            "setting",
            "area",
            "activity_type",
            "audience",
            "organization",
            "material",
            "material_kind",
            "source",
            "mode",
        )
    ],
    ("/api/v1/stats/per-capita/", {}),
    ("/api/v1/stats/scorecard/", {}),
    ("/api/v1/stats/export/", {"format": "csv"}),
    ("/api/v1/stats/export/", {"format": "xlsx"}),
    ("/api/v1/reports/annual/2025/", {}),
]


def add_events(n, organizations, youth):
    users = [UserFactory() for _ in range(2)]
    for i in range(n):
        event = EventFactory(
            organization=organizations[i % len(organizations)],
            activity_type=("lecture", "exhibition", "training")[i % 3],
            mode=("offline", "online", "mixed")[i % 3],
            starts_at=datetime(2025, 1 + i % 12, 10, 10, tzinfo=SH) + timedelta(minutes=i),
            status=EventStatus.REPORTED,
        )
        event.audiences.add(youth)
        EventReport.objects.create(
            event=event,
            status=ReportStatus.ACCEPTED,
            checked_in=1,
            walk_ins=i,
            attendance=1 + i,
            submitted_at=event.starts_at,
        )
        for user in users:
            RegistrationFactory(event=event, resident=user, checked_in_at=event.starts_at)
        DistributionFactory(event=event, area=event.area, channel="event", quantity=10)


def query_counts(client, area_id):
    counts = {}
    for path, params in ENDPOINTS:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, {"year": 2025, "area": area_id, **params})
        assert response.status_code == 200, (path, response.content)
        counts[(path, tuple(params.items()))] = len(queries)
    return counts


def test_query_count_does_not_grow_with_the_number_of_events(
    world, district, district_staff, organization, other_organization, client_for
):
    youth = Audience.objects.get(key="youth")
    client = client_for(district_staff)
    add_events(3, [organization, other_organization], youth)
    few = query_counts(client, district.pk)
    add_events(27, [organization, other_organization], youth)
    many = query_counts(client, district.pk)
    assert few == many
    exports = {key: n for key, n in many.items() if key[0] == "/api/v1/stats/export/"}
    annual = {key: n for key, n in many.items() if key[0].startswith("/api/v1/reports/annual/")}
    # An export holds every figure of the dashboard: the sum of the endpoints, never more.
    assert max(n for key, n in many.items() if key not in exports and key not in annual) <= 15
    # The return also holds the sections other apps register (personnel and venues: ten queries).
    assert max(annual.values(), default=0) <= 15 + 10
    assert max(exports.values()) <= 40
