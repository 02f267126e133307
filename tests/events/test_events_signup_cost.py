"""What one sign-up costs the database: the event read once, under its lock, and little done while it is held."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from events_builders import make_event, make_residents, register

from kepu.events.models import EventStatus, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db

EVENT_TABLE = '"events_event"'


def _sign_up(client_for, resident, event, companions=0):
    with CaptureQueriesContext(connection) as ctx:
        response = client_for(resident).post(
            f"/api/v1/events/{event.pk}/register/", {"companions": companions}, format="json"
        )
    return response, [query["sql"] for query in ctx.captured_queries]


def _event_reads(queries):
    return [sql for sql in queries if sql.startswith("SELECT") and f"FROM {EVENT_TABLE}" in sql]


def _held(queries):
    """The statements run between taking the event's row lock and the end of the transaction."""
    start = next(i for i, sql in enumerate(queries) if "FOR UPDATE" in sql)
    end = next(i for i, sql in enumerate(queries) if i > start and sql.startswith(("RELEASE SAVEPOINT", "COMMIT")))
    return queries[start + 1 : end]


def test_a_sign_up_reads_the_event_once_under_its_lock(client_for, resident, organization):
    event = make_event(organization, capacity=10)
    response, queries = _sign_up(client_for, resident, event)
    assert response.status_code == 201, response.content
    reads = _event_reads(queries)
    assert len(reads) == 1 and "FOR UPDATE" in reads[0], reads


def test_while_the_lock_is_held_a_confirmed_sign_up_runs_five_statements(client_for, resident, organization):
    event = make_event(organization, capacity=10)
    response, queries = _sign_up(client_for, resident, event)
    assert response.json()["status"] == "confirmed"
    held = _held(queries)
    kinds = [sql.split()[0] + " " + sql.split()[2 if sql.startswith(("INSERT", "SELECT")) else 1] for sql in held]
    assert len(held) == 5, held
    assert kinds[0].startswith("SELECT")  # own registration and the waiting list, in one read
    assert kinds[1:] == [
        'UPDATE "events_event"',
        'INSERT "events_registration"',
        'INSERT "common_auditentry"',
        "INSERT notifications_notification",
    ], kinds


def test_a_waitlisted_sign_up_knows_its_position_without_counting_again(client_for, organization):
    event = make_event(organization, capacity=1)
    first, second, third = make_residents(3)
    register(event, first)
    register(event, second, status=RegistrationStatus.WAITLISTED, minutes_ago=1)
    response, queries = _sign_up(client_for, third, event)
    assert response.status_code == 201
    assert (response.json()["status"], response.json()["position"]) == ("waitlisted", 2)
    assert len(_held(queries)) == 4  # no seats change hands
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
    repeat, queries = _sign_up(client_for, resident, event)
    assert (repeat.status_code, repeat.json()) == (200, first.json())
    assert not [sql for sql in queries if sql.startswith(("INSERT", "UPDATE"))]


def test_an_event_the_resident_may_not_see_is_404_and_one_not_open_is_409(client_for, resident, organization):
    draft = make_event(organization, status=EventStatus.DRAFT)
    completed = make_event(organization, status=EventStatus.COMPLETED)
    assert _sign_up(client_for, resident, draft)[0].status_code == 404
    assert client_for(resident).post("/api/v1/events/99999999/register/", {}, format="json").status_code == 404
    assert _sign_up(client_for, resident, completed)[0].status_code == 409
    assert not Registration.objects.exists()
