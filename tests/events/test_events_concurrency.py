"""Capacity under real concurrency: threads, each on its own PostgreSQL connection."""

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, transaction
from events_builders import make_event, make_residents, register
from rest_framework.test import APIClient

from kepu.common.models import AuditEntry
from kepu.events.models import Event, Registration, RegistrationStatus
from kepu.events.selectors import registrations_with_position
from kepu.events.services import registration_cancel, registration_create
from kepu.notifications.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db(transaction=True)
WORKERS = 32


def _run(tasks, workers=WORKERS):
    """Run callables concurrently; return (results, errors). Each task closes its own connection."""

    def wrapped(task):
        try:
            return task(), None
        except Exception as exc:
            return None, exc
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        outcomes = list(pool.map(wrapped, tasks))
    return [r for r, _ in outcomes], [e for _, e in outcomes if e is not None]


def _positions(event):
    rows = registrations_with_position(
        Registration.objects.filter(event=event, status=RegistrationStatus.WAITLISTED)
    ).order_by("queued_at", "id")
    return [row.waitlist_position for row in rows]


def test_500_residents_for_100_seats_confirm_exactly_100_and_queue_400_without_gaps(organization):
    event = make_event(organization, capacity=100)
    residents = make_residents(500)

    results, errors = _run([lambda r=r: registration_create(event=event, resident=r) for r in residents])

    assert errors == []
    assert all(result.created for result in results)
    statuses = Counter(Registration.objects.filter(event=event).values_list("status", flat=True))
    assert statuses == {RegistrationStatus.CONFIRMED: 100, RegistrationStatus.WAITLISTED: 400}
    event.refresh_from_db()
    assert event.confirmed_seats == 100
    assert _positions(event) == list(range(1, 401))


@pytest.mark.usefixtures("guard_off")
def test_without_the_capacity_guard_the_same_rush_oversells(organization):
    """Proof that the test above can fail: the naive check-then-insert lets too many in."""
    event = make_event(organization, capacity=10)
    residents = make_residents(40, prefix="151")
    barrier = threading.Barrier(len(residents))

    def sign_up(resident):
        barrier.wait(timeout=30)
        return registration_create(event=event, resident=resident)

    _results, errors = _run([lambda r=r: sign_up(r) for r in residents], workers=len(residents))

    assert errors == []
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).count()
    assert confirmed > event.capacity


@pytest.mark.parametrize("guard", [True, False], ids=["row lock", "unique constraint only"])
def test_ten_identical_sign_ups_of_one_resident_make_one_registration_and_never_fail(organization, request, guard):
    """With the guard off the lock is gone, so the unique constraint alone must turn the race into one row."""
    if not guard:
        request.getfixturevalue("guard_off")
    event = make_event(organization, capacity=5)
    (resident,) = make_residents(1, prefix="152")
    barrier = threading.Barrier(10)

    def sign_up():
        client = APIClient()
        client.force_authenticate(user=resident)
        barrier.wait(timeout=30)
        response = client.post(f"/api/v1/events/{event.pk}/register/", {"companions": 0}, format="json")
        return response.status_code, response.json()

    results, errors = _run([sign_up] * 10, workers=10)

    assert errors == []
    codes = Counter(code for code, _ in results)
    assert codes == {201: 1, 200: 9}
    assert len({body["id"] for _, body in results}) == 1
    assert {body["check_in_code"] for _, body in results} == {results[0][1]["check_in_code"]}
    assert Registration.objects.filter(event=event).count() == 1
    event.refresh_from_db()
    assert event.confirmed_seats == 1


def test_fifty_cancellations_racing_fifty_sign_ups_keep_capacity_and_promote_first_come_first_served(organization):
    event = make_event(organization, capacity=50)
    holders = make_residents(50, prefix="153")
    waiting = make_residents(20, prefix="154")
    newcomers = make_residents(50, prefix="155")
    held = [register(event, r, minutes_ago=60) for r in holders]
    queued = [
        register(event, r, status=RegistrationStatus.WAITLISTED, minutes_ago=30 - i) for i, r in enumerate(waiting)
    ]

    tasks = [lambda reg=reg: registration_cancel(registration=reg, by=reg.resident) for reg in held]
    tasks += [lambda r=r: registration_create(event=event, resident=r) for r in newcomers]
    tasks = [task for pair in zip(tasks[:50], tasks[50:], strict=True) for task in pair]
    _results, errors = _run(tasks)

    assert errors == []
    event.refresh_from_db()
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    assert confirmed.count() == event.confirmed_seats == 50
    # Everyone who waited before the rush got in, and in their order.
    assert set(confirmed.filter(resident__in=waiting).values_list("pk", flat=True)) == {r.pk for r in queued}
    new_confirmed = list(confirmed.filter(resident__in=newcomers).values_list("queued_at", flat=True))
    new_waiting = list(
        Registration.objects.filter(
            event=event, resident__in=newcomers, status=RegistrationStatus.WAITLISTED
        ).values_list("queued_at", flat=True)
    )
    assert len(new_confirmed) == 30 and len(new_waiting) == 20
    assert max(new_confirmed) < min(new_waiting)
    assert _positions(event) == list(range(1, 21))
    # Each promotion happened once: one audit entry and one notification per promoted registration.
    promotions = Counter(AuditEntry.objects.filter(action="registration.promoted").values_list("target_id", flat=True))
    assert promotions and set(promotions.values()) == {1}
    assert {str(r.pk) for r in queued} <= set(promotions)
    assert Notification.objects.filter(kind=NotificationKind.WAITLIST_PROMOTED, event=event).count() == len(promotions)
    assert Event.objects.get(pk=event.pk).confirmed_seats <= event.capacity


def test_a_sign_up_that_cannot_get_the_lock_in_time_answers_a_retryable_503(organization):
    """Lock waits are bounded: while another transaction holds the event row, sign-up gives up cleanly."""
    event = make_event(organization, capacity=10)
    (resident,) = make_residents(1, prefix="157")
    locked, release = threading.Event(), threading.Event()

    def hold_the_row():
        try:
            with transaction.atomic():
                Event.objects.select_for_update().get(pk=event.pk)
                locked.set()
                release.wait(timeout=30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold_the_row)
    holder.start()
    try:
        assert locked.wait(timeout=10)
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '200ms'")
        client = APIClient()
        client.force_authenticate(user=resident)
        response = client.post(f"/api/v1/events/{event.pk}/register/", {}, format="json")
    finally:
        release.set()
        holder.join()
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")

    assert response.status_code == 503
    assert response["Retry-After"]
    assert response.json()["detail"]
    assert not Registration.objects.filter(event=event).exists()
