"""What one sign-up costs the database: one statement that reads the event once, under its lock, and
writes what the Python services would write."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from events_builders import make_event, make_residents, register
from rest_framework.test import APIClient

from kepu.common.models import AuditEntry
from kepu.events import sign_up_sql
from kepu.events.models import EventStatus, Registration, RegistrationStatus
from kepu.notifications.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db


def _sign_up(client_for, resident, event, companions=0):
    with CaptureQueriesContext(connection) as ctx:
        response = client_for(resident).post(
            f"/api/v1/events/{event.pk}/register/", {"companions": companions}, format="json"
        )
    return response, [query["sql"] for query in ctx.captured_queries if "SAVEPOINT" not in query["sql"]]


def _sign_up_statements(queries):
    return [sql for sql in queries if f"{sign_up_sql.FUNCTION}(" in sql]


def test_a_sign_up_is_one_statement_that_reads_the_event_once_under_its_lock(client_for, resident, organization):
    event = make_event(organization, capacity=10)
    response, queries = _sign_up(client_for, resident, event)
    assert response.status_code == 201, response.content
    assert len(_sign_up_statements(queries)) == 1
    assert not [sql for sql in queries if '"events_event"' in sql or "events_event " in sql], queries
    reads = [line for line in sign_up_sql.CREATE_FUNCTION.splitlines() if "FROM events_event" in line]
    assert len(reads) == 1 and "FOR UPDATE" in reads[0], reads


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_lock_is_gone_when_the_statement_returns(organization):
    """Autocommit: no COMMIT round trip while the lock is held, whatever this process does next."""
    event = make_event(organization, capacity=10)
    (resident,) = make_residents(1, prefix="158")
    after: list[str] = []

    def observe(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if f"{sign_up_sql.FUNCTION}(" in sql:
            after.append(connection.connection.info.transaction_status.name)
        return result

    client = APIClient()
    client.force_authenticate(user=resident)
    with connection.execute_wrapper(observe):
        response = client.post(f"/api/v1/events/{event.pk}/register/", {}, format="json")
    assert response.status_code == 201, response.content
    assert after == ["IDLE"]


def test_a_waitlisted_sign_up_knows_its_position_without_counting_again(client_for, organization):
    event = make_event(organization, capacity=1)
    first, second, third = make_residents(3)
    register(event, first)
    register(event, second, status=RegistrationStatus.WAITLISTED, minutes_ago=1)
    response, queries = _sign_up(client_for, third, event)
    assert response.status_code == 201
    assert (response.json()["status"], response.json()["position"]) == ("waitlisted", 2)
    assert len(_sign_up_statements(queries)) == 1
    assert (
        response.json()["position"] == client_for(third).get("/api/v1/registrations/").json()["results"][0]["position"]
    )


def test_the_answer_shows_what_a_fresh_read_shows(client_for, resident, organization):
    event = make_event(organization, capacity=10, max_companions=2)
    response, _queries = _sign_up(client_for, resident, event, companions=2)
    again = client_for(resident).get(f"/api/v1/registrations/{response.json()['id']}/").json()
    assert response.json() == again
    event.refresh_from_db()
    assert event.confirmed_seats == 3


def test_a_repeat_answers_200_with_the_same_registration_and_changes_nothing(client_for, resident, organization):
    event = make_event(organization, capacity=10)
    first, _ = _sign_up(client_for, resident, event)
    rows = (AuditEntry.objects.count(), Notification.objects.count(), Registration.objects.get().updated_at)
    repeat, queries = _sign_up(client_for, resident, event)
    assert (repeat.status_code, repeat.json()) == (200, first.json())
    assert (AuditEntry.objects.count(), Notification.objects.count(), Registration.objects.get().updated_at) == rows
    assert not [sql for sql in queries if sql.startswith(("INSERT", "UPDATE"))]


def test_an_event_the_resident_may_not_see_is_404_and_one_not_open_is_409(client_for, resident, organization):
    draft = make_event(organization, status=EventStatus.DRAFT)
    completed = make_event(organization, status=EventStatus.COMPLETED)
    assert _sign_up(client_for, resident, draft)[0].status_code == 404
    assert client_for(resident).post("/api/v1/events/99999999/register/", {}, format="json").status_code == 404
    assert _sign_up(client_for, resident, completed)[0].status_code == 409
    assert not Registration.objects.exists()


@pytest.mark.parametrize("microseconds", [0, 250_001], ids=["whole second", "with microseconds"])
def test_the_function_writes_the_audit_entry_and_notices_the_python_services_write(
    client_for, organization, organizer, microseconds
):
    starts = (timezone.now() + timedelta(days=3)).replace(microsecond=microseconds)
    event = make_event(organization, capacity=2, starts_at=starts, ends_at=starts + timedelta(hours=2))
    first, second, third = make_residents(3)
    bodies = [_sign_up(client_for, resident, event)[0].json() for resident in (first, second, third)]
    assert [body["status"] for body in bodies] == ["confirmed", "confirmed", "waitlisted"]

    for resident, body in zip((first, second, third), bodies, strict=True):
        registration = Registration.objects.get(pk=body["id"])
        status = registration.status
        notice = Notification.objects.get(recipient=resident, event=event)
        assert notice.kind == f"registration_{status}"
        assert notice.subject_key == (
            f"event:{event.pk}:registration:{registration.pk}:{status}:{registration.queued_at.timestamp():.6f}"
        )
        assert notice.context == {
            "title": event.title,
            "starts_at": event.starts_at.isoformat(),
            "position": body["position"],
            "companions": 0,
        }
        assert (notice.state, notice.due_at, notice.attempts) == ("pending", registration.queued_at, 0)
        entry = AuditEntry.objects.get(action="registration.created", target_id=str(registration.pk))
        assert (entry.actor_id, entry.target_type) == (resident.pk, "events.registration")
        assert entry.changes == {"event": event.pk, "status": status, "companions": 0, "audience": None}

    full = Notification.objects.get(kind=NotificationKind.EVENT_FULL, event=event)
    assert (full.recipient_id, full.subject_key) == (organizer.pk, f"event:{event.pk}:full")
    assert full.context == {"title": event.title, "capacity": 2}


_NOW = timezone.now()
_WINDOW = {"registration_opens_at": _NOW - timedelta(days=1), "registration_closes_at": _NOW + timedelta(days=1)}
_STARTED = {"starts_at": _NOW - timedelta(minutes=1), "ends_at": _NOW + timedelta(hours=1)}


@pytest.mark.parametrize(
    ("fields", "companions", "status"),
    [
        ({}, 0, 201),
        (_WINDOW, 2, 201),
        ({"registration_required": False, "capacity": None}, 0, 400),
        ({"status": EventStatus.SUBMITTED}, 0, 404),
        ({"status": EventStatus.COMPLETED}, 0, 409),
        (_STARTED, 0, 409),
        ({"registration_opens_at": _NOW + timedelta(days=1)}, 0, 409),
        ({"registration_closes_at": _NOW - timedelta(minutes=1)}, 0, 409),
        ({}, 3, 400),
    ],
    ids=[
        "open",
        "inside the window",
        "no sign-up",
        "unpublished",
        "held already",
        "started",
        "not yet open",
        "closed",
        "too many companions",
    ],
)
def test_the_function_refuses_what_the_lifecycle_refuses_and_writes_nothing(
    client_for, resident, organization, fields, companions, status
):
    event = make_event(organization, max_companions=2, **fields)
    before = _rows()
    response, _queries = _sign_up(client_for, resident, event, companions=companions)
    assert response.status_code == status, response.content
    written = [after - earlier for after, earlier in zip(_rows(), before, strict=True)]
    assert written == ([1, 1, 1] if status == 201 else [0, 0, 0])


def _rows():
    return Registration.objects.count(), AuditEntry.objects.count(), Notification.objects.count()
