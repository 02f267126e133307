"""The statistics' aggregates equal a recount from the raw rows after any sequence of writes."""

import itertools
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kepu.demo.factories import EventFactory, OrganizationFactory, RegistrationFactory, UserFactory
from kepu.events.models import Registration, RegistrationStatus
from kepu.events.services import registration_cancel, registration_check_in, registration_create
from kepu.events.services.common import registration_seats
from kepu.stats.aggregate_sql import aggregates_recounted
from kepu.stats.models import EventTally
from kepu.stats.tally_sql import RECOUNT

pytestmark = pytest.mark.django_db

_codes = itertools.count()
FIELDS = ("registrations", "confirmed", "waitlisted", "cancelled", "attended", "attended_people")


def kept() -> dict[int, tuple]:
    rows = EventTally.objects.values_list("event_id", *FIELDS)
    # An event whose registrations all went (deleted) keeps a row of zeros: the same as no row.
    return {row[0]: tuple(row[1:]) for row in rows if any(row[1:])}


def recounted() -> dict[int, tuple]:
    with connection.cursor() as cursor:
        cursor.execute(RECOUNT)
        return {row[0]: tuple(row[1:]) for row in cursor.fetchall()}


def bulk_load(event, count: int, *, companions: bool = False) -> None:
    """Confirmed sign-ups written past the services, every other one checked in."""
    Registration.objects.bulk_create(
        Registration(
            event=event,
            resident=UserFactory(),
            status=RegistrationStatus.CONFIRMED,
            check_in_code=f"BULK{next(_codes)}",
            checked_in_at=timezone.now() if i % 2 else None,
            companions=i if companions else 0,
        )
        for i in range(count)
    )


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["sign_up", "cancel", "check_in", "bulk", "move", "set_status", "companions", "delete"]),
        st.integers(min_value=0, max_value=2),  # which event
        st.integers(min_value=0, max_value=5),  # which resident
    ),
    max_size=25,
)


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_the_event_tallies_equal_a_recount_after_any_sequence_of_writes(operations):
    with transaction.atomic():
        organization = OrganizationFactory()
        organizer = UserFactory()
        events = [
            EventFactory(
                organization=organization,
                capacity=2,
                max_companions=2,
                starts_at=timezone.now() + timedelta(minutes=20),
            )
            for _ in range(3)
        ]
        residents = [UserFactory() for _ in range(6)]
        for op, e, r in operations:
            event, resident = events[e], residents[r]
            row = Registration.objects.filter(event=event, resident=resident).first()
            if op == "sign_up":
                registration_create(event=event, resident=resident, companions=r % 3)
            elif op == "cancel" and row is not None and row.status != RegistrationStatus.CANCELLED:
                # The writes past the services below leave the event's seat count behind; the service
                # trusts it, so cancel only what that count holds.
                event.refresh_from_db()
                if row.checked_in_at is None and event.confirmed_seats >= registration_seats(row):
                    registration_cancel(registration=row, by=resident)
            elif op == "check_in" and row is not None and row.status == RegistrationStatus.CONFIRMED:
                if row.checked_in_at is None:
                    registration_check_in(event=event, code=row.check_in_code, by=organizer)
            elif op == "bulk":
                bulk_load(event, r + 1, companions=True)
            elif op == "move" and row is not None:
                other = events[(e + 1) % 3]
                if not Registration.objects.filter(event=other, resident=resident).exists():
                    Registration.objects.filter(pk=row.pk).update(event=other)
            elif op == "set_status" and row is not None and row.checked_in_at is None:
                Registration.objects.filter(pk=row.pk).update(
                    status=RegistrationStatus.WAITLISTED, queued_at=timezone.now()
                )
            elif op == "companions" and row is not None:
                Registration.objects.filter(pk=row.pk).update(companions=(row.companions + 1) % 3)
            elif op == "delete" and row is not None:
                row.delete()
        assert kept() == recounted()
        transaction.set_rollback(True)


def test_the_rebuild_command_recounts_tallies_that_went_wrong(organization):
    event = EventFactory(organization=organization)
    RegistrationFactory(event=event, checked_in_at=timezone.now(), companions=1)
    RegistrationFactory(event=event, status=RegistrationStatus.CANCELLED)
    EventTally.objects.filter(event=event).update(confirmed=99, attended_people=0)
    assert kept() != recounted()
    call_command("stats_rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert kept() == recounted() == {event.pk: (2, 1, 0, 1, 1, 2)}


def test_a_bulk_load_with_the_triggers_off_leaves_tallies_equal_to_a_recount(organization):
    event = EventFactory(organization=organization)
    RegistrationFactory(event=event, checked_in_at=timezone.now())
    with transaction.atomic(), aggregates_recounted():
        bulk_load(event, 4)
        assert kept() == {event.pk: (1, 1, 0, 0, 1, 1)}  # the triggers were off
    assert kept() == recounted() == {event.pk: (5, 5, 0, 0, 3, 3)}
    RegistrationFactory(event=event)  # and on again
    assert kept() == recounted()
