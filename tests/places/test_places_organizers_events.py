"""Staff see which events each organizer of an organization runs."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kepu.demo.factories import EventFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def test_each_organizer_comes_with_the_events_they_registered_here(client_for, staff, organization, organizer):
    now = timezone.now()
    for days in (3, 10, 20):
        EventFactory(
            organization=organization, created_by=organizer, title=f"讲座{days}", starts_at=now + timedelta(days=days)
        )
    EventFactory(organization=organization, title="别人登记的")
    members = client_for(staff).get(f"/api/v1/organizations/{organization.pk}/members/").json()
    mine = next(member for member in members if member["user"] == organizer.pk)
    assert mine["event_count"] == 3
    assert [event["title"] for event in mine["recent_events"]] == ["讲座20", "讲座10", "讲座3"]


def test_the_member_list_costs_the_same_queries_for_one_organizer_or_many(client_for, staff, organization, organizer):
    client = client_for(staff)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/api/v1/organizations/{organization.pk}/members/").status_code == 200
        return len(captured)

    EventFactory(organization=organization, created_by=organizer)
    queries()  # the staff member's own area is read once and kept on the signed-in user
    one = queries()
    for index in range(4):
        member = MembershipFactory(organization=organization, user__phone=f"1391000000{index}").user
        EventFactory(organization=organization, created_by=member)
    assert queries() == one


def test_an_organizer_added_by_phone_starts_with_no_events(client_for, staff, organization, other_resident):
    response = client_for(staff).post(
        f"/api/v1/organizations/{organization.pk}/members/", {"phone": other_resident.phone}, format="json"
    )
    assert response.status_code == 201, response.data
    assert (response.data["event_count"], response.data["recent_events"]) == (0, [])
