"""Each event the API returns says what the caller may do with it now (``allowed_actions``), from the
same policies and lifecycle rules the services enforce."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from events_builders import make_event, person, register

from kepu.events.models import (
    Event,
    EventReport,
    EventStatus,
    RegistrationStatus,
    ReportStatus,
)

pytestmark = pytest.mark.django_db


def build(organization, status, *, starts_in_hours=24 * 7, report=None, **fields):
    starts = timezone.now() + timedelta(hours=starts_in_hours)
    event = make_event(
        organization,
        status=status,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        **fields,
    )
    if report is not None:
        EventReport.objects.create(event=event, status=report, submitted_at=timezone.now())
    return event


def actions(client, event) -> set[str]:
    response = client.get(f"/api/v1/events/{event.pk}/")
    assert response.status_code == 200, response.content
    return set(response.json()["allowed_actions"])


# (status, hours until the start, report state) → what the event's organizer may do.
ORGANIZER_CASES = [
    (EventStatus.DRAFT, 24, None, {"edit", "submit", "cancel"}),
    (EventStatus.DRAFT, -2, None, {"edit", "cancel"}),
    (EventStatus.SUBMITTED, 24, None, {"cancel"}),
    (EventStatus.REJECTED, 24, None, {"edit", "submit", "cancel"}),
    (EventStatus.APPROVED, 24, None, {"edit", "cancel", "prepare_check_in", "register"}),
    # The door opens two hours before the start and closes at the end.
    (EventStatus.APPROVED, 1, None, {"edit", "cancel", "prepare_check_in", "check_in", "register"}),
    (EventStatus.APPROVED, -1, None, {"edit", "cancel", "prepare_check_in", "check_in", "complete"}),
    (EventStatus.APPROVED, -2, None, {"edit", "cancel", "complete"}),
    (EventStatus.COMPLETED, -1, None, {"prepare_check_in", "check_in", "report"}),
    (EventStatus.COMPLETED, -26, None, {"report"}),
    (EventStatus.REPORTED, -26, ReportStatus.SUBMITTED, {"add_evidence"}),
    (EventStatus.REPORTED, -26, ReportStatus.RETURNED, {"report", "add_evidence"}),
    (EventStatus.REPORTED, -26, ReportStatus.ACCEPTED, set()),
    (EventStatus.CANCELLED, 24, None, set()),
]

# The same events as the staff covering their area see them.
STAFF_CASES = [
    (EventStatus.DRAFT, 24, None, {"cancel"}),
    (EventStatus.SUBMITTED, 24, None, {"approve", "reject", "cancel"}),
    (EventStatus.REJECTED, 24, None, {"cancel"}),
    (EventStatus.APPROVED, 24, None, {"cancel", "register"}),
    (EventStatus.APPROVED, -2, None, {"cancel"}),
    (EventStatus.COMPLETED, -26, None, {"mark_large_scale"}),
    (EventStatus.REPORTED, -26, ReportStatus.SUBMITTED, {"review_report", "mark_large_scale"}),
    (EventStatus.REPORTED, -26, ReportStatus.RETURNED, {"mark_large_scale"}),
    (EventStatus.REPORTED, -26, ReportStatus.ACCEPTED, {"mark_large_scale"}),
    (EventStatus.CANCELLED, 24, None, set()),
]


@pytest.mark.parametrize(("status", "hours", "report", "expected"), ORGANIZER_CASES)
def test_organizers_are_offered_the_steps_of_their_events_state(
    client_for, organizer, organization, status, hours, report, expected
):
    event = build(organization, status, starts_in_hours=hours, report=report)
    assert actions(client_for(organizer), event) == expected


@pytest.mark.parametrize(("status", "hours", "report", "expected"), STAFF_CASES)
def test_staff_are_offered_the_reviews_of_events_in_their_area(
    client_for, staff, organization, status, hours, report, expected
):
    event = build(organization, status, starts_in_hours=hours, report=report)
    assert actions(client_for(staff), event) == expected


def test_district_staff_review_events_of_every_subdistrict(client_for, district_staff, organization):
    event = build(organization, EventStatus.SUBMITTED)
    assert actions(client_for(district_staff), event) == {"approve", "reject", "cancel"}


def test_staff_of_another_area_and_other_organizers_may_only_sign_up(
    client_for, other_staff, other_organizer, organization
):
    event = build(organization, EventStatus.APPROVED)
    assert actions(client_for(other_staff), event) == {"register"}
    assert actions(client_for(other_organizer), event) == {"register"}
    held = build(organization, EventStatus.COMPLETED, starts_in_hours=-26)
    assert actions(client_for(other_staff), held) == set()


def test_a_resident_may_sign_up_once_and_anonymous_visitors_not_at_all(client_for, resident, organization):
    event = build(organization, EventStatus.APPROVED)
    assert actions(client_for(), event) == set()
    assert actions(client_for(resident), event) == {"register"}
    registration = register(event, resident)
    assert actions(client_for(resident), event) == set()
    registration.status = RegistrationStatus.CANCELLED
    registration.save()
    assert actions(client_for(resident), event) == {"register"}


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ({}, "open"),
        ({"registration_required": False}, "not_required"),
        ({"registration_opens_at": timezone.now() + timedelta(days=1)}, "not_yet_open"),
        ({"registration_closes_at": timezone.now() - timedelta(minutes=1)}, "closed"),
    ],
)
def test_the_event_says_whether_it_takes_sign_ups_and_why_not(client_for, resident, organization, fields, state):
    event = build(organization, EventStatus.APPROVED, **fields)
    body = client_for(resident).get(f"/api/v1/events/{event.pk}/").json()
    assert body["sign_up"] == state
    assert ("register" in body["allowed_actions"]) is (state == "open")


def test_an_event_that_started_or_is_not_published_takes_no_sign_ups(client_for, organizer, organization):
    client = client_for(organizer)
    started = build(organization, EventStatus.APPROVED, starts_in_hours=-1)
    draft = build(organization, EventStatus.DRAFT)
    assert client.get(f"/api/v1/events/{started.pk}/").json()["sign_up"] == "started"
    assert client.get(f"/api/v1/events/{draft.pk}/").json()["sign_up"] == "not_published"


STEPS = {
    "edit": ("patch", "", {"title": "改个名字"}),
    "submit": ("post", "submit/", {}),
    "approve": ("post", "approve/", {}),
    "reject": ("post", "reject/", {"reason": "地点不明"}),
    "cancel": ("post", "cancel/", {"reason": "天气原因"}),
    "complete": ("post", "complete/", {}),
    "report": ("post", "report/", {"summary": "顺利"}),
    "review_report": ("post", "report/review/", {"decision": "accept"}),
    "register": ("post", "register/", {}),
    "prepare_check_in": ("get", "check-in-list/", None),
}


@pytest.mark.parametrize("role", ["organizer", "staff"])
@pytest.mark.parametrize(("status", "hours", "report", "_expected"), ORGANIZER_CASES)
def test_every_step_the_api_offers_succeeds_and_every_other_is_refused(
    request, client_for, organization, role, status, hours, report, _expected
):
    """The promise behind ``allowed_actions``: it is exactly what the endpoints then accept."""
    user = request.getfixturevalue(role)
    client = client_for(user)
    offered = actions(client, build(organization, status, starts_in_hours=hours, report=report))
    for step, (method, path, body) in STEPS.items():
        event = build(organization, status, starts_in_hours=hours, report=report)
        response = getattr(client, method)(f"/api/v1/events/{event.pk}/{path}", body, format="json")
        assert (response.status_code < 300) is (step in offered), (
            step,
            response.status_code,
            response.content,
        )
    event = build(organization, status, starts_in_hours=hours, report=report)
    code = register(event, person()).check_in_code
    response = client.post(f"/api/v1/events/{event.pk}/check-in/", {"code": code}, format="json")
    assert (response.status_code < 300) is ("check_in" in offered), (
        response.status_code,
        response.content,
    )


def test_the_list_costs_the_same_number_of_queries_whatever_the_states(client_for, organizer, staff, organization):
    def queries_for(user, count):
        Event.objects.all().delete()
        for _ in range(count):
            for status, hours, report, _expected in ORGANIZER_CASES:
                build(organization, status, starts_in_hours=hours, report=report)
        client = client_for(user)
        url = "/api/v1/events/?mine=true&page_size=100" if user == organizer else "/api/v1/events/?page_size=100"
        client.get(url)  # the caller's memberships and staff area are read once per user
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    for user in (organizer, staff):
        assert queries_for(user, 1) == queries_for(user, 5)


def test_a_resident_in_the_list_is_offered_sign_up_where_it_is_open(client_for, organization):
    someone = person()
    open_event = build(organization, EventStatus.APPROVED)
    full_signed = build(organization, EventStatus.APPROVED)
    register(full_signed, someone)
    rows = {row["id"]: row for row in client_for(someone).get("/api/v1/events/").json()["results"]}
    assert rows[open_event.pk]["allowed_actions"] == ["register"]
    assert rows[full_signed.pk]["allowed_actions"] == []
