"""Bad input on every write endpoint answers 4xx with per-field messages, never 500."""

from datetime import timedelta

import pytest
from django.utils import timezone
from events_builders import make_event, register

from kepu.events.models import EventStatus
from kepu.events.services import report_submit

pytestmark = pytest.mark.django_db


def names(errors: dict, field: str) -> bool:
    """The field, or a message nested under it (``walk_ins.non_field_errors``), is named."""
    return any(key == field or key.startswith(field + ".") for key in errors)


START = timezone.now() + timedelta(days=3)
VALID = {
    "title": "气象科普",
    "activity_type": "lecture",
    "starts_at": START.isoformat(),
    "ends_at": (START + timedelta(hours=2)).isoformat(),
}


def _create_cases():
    return [
        ({}, ["title", "activity_type", "organization", "starts_at", "ends_at"]),
        ({"title": ""}, ["title"]),
        ({"title": "长" * 201}, ["title"]),
        ({"description": "x" * 10001}, ["description"]),
        ({"activity_type": "party"}, ["activity_type"]),
        ({"starts_at": "tomorrow"}, ["starts_at"]),
        ({"starts_at": "0001-01-01T00:00:00Z", "ends_at": "0001-01-01T02:00:00Z"}, ["starts_at", "ends_at"]),
        ({"ends_at": "9999-12-31T23:59:59Z"}, ["ends_at"]),
        ({"ends_at": (START - timedelta(hours=1)).isoformat()}, ["ends_at"]),
        ({"capacity": -5}, ["capacity"]),
        ({"capacity": 0}, ["capacity"]),
        ({"capacity": 10**12}, ["capacity"]),
        ({"capacity": "many"}, ["capacity"]),
        ({"max_companions": -1}, ["max_companions"]),
        ({"planned_budget": "-1"}, ["planned_budget"]),
        ({"planned_budget": "1e20"}, ["planned_budget"]),
        ({"planned_budget": "12.345"}, ["planned_budget"]),
        ({"audiences": ["aliens"]}, ["audiences"]),
        ({"audiences": "youth"}, ["audiences"]),
        ({"area": 999999}, ["area"]),
        ({"organization": 999999}, ["organization"]),
        ({"organization": "abc"}, ["organization"]),
        ({"online_url": "not a url"}, ["online_url"]),
        ({"reminder_hours": [-1]}, ["reminder_hours.0"]),
        ({"reminder_hours": [1, 2, 3, 4, 5, 6]}, ["reminder_hours"]),
        (
            {"registration_opens_at": START.isoformat(), "registration_closes_at": START.isoformat()},
            ["registration_closes_at"],
        ),
        ({"registration_closes_at": (START + timedelta(days=2)).isoformat()}, ["registration_closes_at"]),
        ({"status": "approved"}, ["status"]),
        ({"confirmed_seats": 0}, ["confirmed_seats"]),
        ({"approved_by": 1}, ["approved_by"]),
    ]


@pytest.mark.parametrize(("overrides", "fields"), _create_cases())
def test_creating_an_event_with_bad_input_names_the_fields(client_for, organizer, organization, overrides, fields):
    payload = {**VALID, "organization": organization.pk} if overrides else {}
    payload.update(overrides)
    response = client_for(organizer).post("/api/v1/events/", payload, format="json")
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["detail"]
    for field in fields:
        assert field in body["errors"], (field, body)


def test_a_body_that_is_not_an_object_is_refused(client_for, organizer):
    for body in ('["a list"]', '"a string"', "{broken json"):
        response = client_for(organizer).post("/api/v1/events/", body, content_type="application/json")
        assert response.status_code == 400, body


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"capacity": -1}, "capacity"),
        ({"ends_at": (START - timedelta(days=30)).isoformat()}, "ends_at"),
        ({"title": None}, "title"),
        ({"organization": 1}, "organization"),
        ({"marked_large_scale": True}, "marked_large_scale"),
        ({"confirmed_seats": 0}, "confirmed_seats"),
    ],
)
def test_editing_an_event_with_bad_input_names_the_field(client_for, organizer, organization, payload, field):
    event = make_event(organization)
    response = client_for(organizer).patch(f"/api/v1/events/{event.pk}/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    ("report", "field"),
    [
        ({"walk_ins": [{"audience": "youth", "count": -3}]}, "walk_ins.0.count"),
        ({"walk_ins": [{"audience": "nobody", "count": 3}]}, "walk_ins.0.audience"),
        ({"walk_ins": [{"count": 3}]}, "walk_ins.0.audience"),
        ({"walk_ins": "12"}, "walk_ins"),
        ({"materials": [{"material": 999999, "quantity": 3}]}, "materials.0.material"),
        ({"materials": [{"material": 999999, "quantity": 0}]}, "materials.0.quantity"),
        ({"expenditure": "-10"}, "expenditure"),
        ({"expenditure": "abc"}, "expenditure"),
        ({"expenditure": "99999999999999"}, "expenditure"),
        ({"summary": "x" * 5001}, "summary"),
        ({"attendance": 5000}, "attendance"),
    ],
)
def test_a_report_with_bad_figures_names_the_field(client_for, organizer, organization, report, field):
    start = timezone.now() - timedelta(days=1)
    held = make_event(organization, status=EventStatus.COMPLETED, starts_at=start, ends_at=start + timedelta(hours=1))
    response = client_for(organizer).post(f"/api/v1/events/{held.pk}/report/", report, format="json")
    assert response.status_code == 400, response.content
    assert names(response.json()["errors"], field), response.json()


def test_a_retrospective_event_with_a_bad_report_names_the_nested_field(client_for, organizer, organization):
    start = timezone.now() - timedelta(days=2)
    payload = {
        **VALID,
        "organization": organization.pk,
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=1)).isoformat(),
        "report": {"walk_ins": [{"audience": "youth", "count": "lots"}]},
    }
    response = client_for(organizer).post("/api/v1/events/retrospective/", payload, format="json")
    assert response.status_code == 400
    assert "report.walk_ins.0.count" in response.json()["errors"]
    payload["report"] = "none"
    assert client_for(organizer).post("/api/v1/events/retrospective/", payload, format="json").status_code == 400
    payload.pop("report")
    response = client_for(organizer).post("/api/v1/events/retrospective/", payload, format="json")
    assert "report" in response.json()["errors"]


@pytest.mark.parametrize(
    ("action", "payload", "field"),
    [
        ("reject", {}, "reason"),
        ("reject", {"reason": ""}, "reason"),
        ("reject", {"reason": "x" * 2001}, "reason"),
        ("cancel", {}, "reason"),
        ("cancel", {"reason": ["list"]}, "reason"),
    ],
)
def test_reject_and_cancel_need_a_reason(client_for, staff, organization, action, payload, field):
    event = make_event(organization, status=EventStatus.SUBMITTED)
    response = client_for(staff).post(f"/api/v1/events/{event.pk}/{action}/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [({}, "decision"), ({"decision": "maybe"}, "decision"), ({"decision": "return", "comment": ""}, "comment")],
)
def test_a_review_needs_a_decision(client_for, staff, organizer, organization, payload, field):
    start = timezone.now() - timedelta(days=1)
    held = make_event(organization, status=EventStatus.COMPLETED, starts_at=start, ends_at=start + timedelta(hours=1))
    report_submit(event=held, by=organizer, walk_ins=[], materials=[], expenditure=0, summary="")
    response = client_for(staff).post(f"/api/v1/events/{held.pk}/report/review/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"companions": -1}, "companions"),
        ({"companions": "two"}, "companions"),
        ({"companions": 10**9}, "companions"),
        ({"companions": 5}, "companions"),
    ],
)
def test_sign_up_with_bad_companions_names_the_field(client_for, resident, organization, payload, field):
    event = make_event(organization, max_companions=2)
    response = client_for(resident).post(f"/api/v1/events/{event.pk}/register/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


@pytest.mark.parametrize("payload", [{}, {"code": ""}, {"code": "x" * 40}, {"code": "NOPE0000"}, {"code": 12}])
def test_check_in_with_a_bad_code_names_the_field(client_for, organizer, organization, payload):
    event = make_event(organization)
    response = client_for(organizer).post(f"/api/v1/events/{event.pk}/check-in/", payload, format="json")
    assert response.status_code == 400
    assert "code" in response.json()["errors"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "kind"),
        ({"kind": "selfie"}, "kind"),
        ({"kind": "photo"}, "file"),
        ({"kind": "photo", "file": "text"}, "file"),
    ],
)
def test_evidence_without_a_proper_file_names_the_field(client_for, organizer, organization, payload, field):
    start = timezone.now() - timedelta(days=1)
    held = make_event(organization, status=EventStatus.COMPLETED, starts_at=start, ends_at=start + timedelta(hours=1))
    report_submit(event=held, by=organizer, walk_ins=[], materials=[], expenditure=0, summary="")
    response = client_for(organizer).post(f"/api/v1/events/{held.pk}/report/evidence/", payload, format="multipart")
    assert response.status_code == 400
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/api/v1/events/999999/"),
        ("patch", "/api/v1/events/999999/"),
        ("post", "/api/v1/events/999999/submit/"),
        ("post", "/api/v1/events/999999/register/"),
        ("post", "/api/v1/events/999999/check-in/"),
        ("get", "/api/v1/events/999999/registrants.csv"),
        ("get", "/api/v1/events/999999/calendar.ics"),
        ("get", "/api/v1/events/999999/report/evidence/1/"),
        ("post", "/api/v1/registrations/999999/cancel/"),
        ("get", "/api/v1/registrations/999999/qr.svg"),
        ("get", "/api/v1/registrations/?event=999999"),
    ],
)
def test_unknown_ids_are_not_found(client_for, organizer, method, url):
    response = getattr(client_for(organizer), method)(url, {}, format="json")
    assert response.status_code == 404


@pytest.mark.parametrize(
    "query", ["area=abc", "starts_after=yesterday", "audience=aliens", "status=gone", "page=0", "organization=x"]
)
def test_bad_list_filters_are_refused_not_crashed(api, query):
    response = api.get(f"/api/v1/events/?{query}")
    assert 400 <= response.status_code < 500


def test_registration_list_with_a_non_numeric_event_is_a_field_error(client_for, resident):
    response = client_for(resident).get("/api/v1/registrations/?event=abc")
    assert response.status_code == 400
    assert "event" in response.json()["errors"]


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (EventStatus.APPROVED, "submit"),
        (EventStatus.DRAFT, "approve"),
        (EventStatus.DRAFT, "complete"),
        (EventStatus.REPORTED, "cancel"),
        (EventStatus.CANCELLED, "reject"),
    ],
)
def test_steps_from_the_wrong_state_are_conflicts(client_for, organizer, staff, organization, status, action):
    event = make_event(organization, status=status)
    user = staff if action in ("approve", "reject") else organizer
    response = client_for(user).post(f"/api/v1/events/{event.pk}/{action}/", {"reason": "r"}, format="json")
    assert response.status_code == 409
    assert response.json()["detail"]


def test_cancelling_a_registration_of_a_finished_event_is_a_conflict(client_for, resident, organization):
    start = timezone.now() - timedelta(days=1)
    held = make_event(organization, status=EventStatus.COMPLETED, starts_at=start, ends_at=start + timedelta(hours=1))
    registration = register(held, resident)
    assert client_for(resident).post(f"/api/v1/registrations/{registration.pk}/cancel/").status_code == 409
