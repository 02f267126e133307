"""A volunteer role's capacity under real concurrency: threads, each on its own PostgreSQL connection."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import IntegrityError, connection, transaction
from people_builders import role, upcoming_event, volunteer

from kepu.common.errors import Conflict
from kepu.people.models import VolunteerRole, VolunteerSignup, VolunteerSignupStatus
from kepu.people.services import volunteer_signup_cancel, volunteer_signup_create

pytestmark = pytest.mark.django_db(transaction=True)


def _rush(tasks):
    barrier = threading.Barrier(len(tasks))

    def wrapped(task):
        try:
            barrier.wait(timeout=30)
            return task(), None
        except Exception as exc:
            return None, exc
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(tasks)) as pool:
        outcomes = list(pool.map(wrapped, tasks))
    return [r for r, _ in outcomes], [e for _, e in outcomes if e is not None]


def test_24_volunteers_rushing_for_5_places_leave_exactly_5_signed_up(organization, community):
    event = upcoming_event(organization, capacity=3)
    guide = role(event, capacity=5)
    people = [volunteer(community) for _ in range(24)]

    results, errors = _rush([lambda v=v: volunteer_signup_create(role=guide, volunteer=v, by=v.user) for v in people])

    assert len([r for r in results if r is not None and r.created]) == 5
    assert len(errors) == 19 and all(isinstance(e, Conflict) for e in errors)
    guide.refresh_from_db()
    event.refresh_from_db()
    confirmed = VolunteerSignup.objects.filter(role=guide, status=VolunteerSignupStatus.CONFIRMED).count()
    assert (guide.filled, confirmed, event.confirmed_seats) == (5, 5, 0)


def test_cancellations_and_sign_ups_racing_keep_the_count_true(organization, community):
    guide = role(upcoming_event(organization), capacity=4)
    holders = [volunteer(community) for _ in range(4)]
    signups = [volunteer_signup_create(role=guide, volunteer=v, by=v.user).signup for v in holders]
    newcomers = [volunteer(community) for _ in range(8)]

    tasks = [lambda s=s: volunteer_signup_cancel(signup=s, by=None) for s in signups[:2]]
    tasks += [lambda v=v: volunteer_signup_create(role=guide, volunteer=v, by=v.user) for v in newcomers]
    results, errors = _rush(tasks)

    assert all(isinstance(e, Conflict) for e in errors)
    joined = sum(1 for r in results if r is not None and getattr(r, "created", False))
    guide.refresh_from_db()
    confirmed = VolunteerSignup.objects.filter(role=guide, status=VolunteerSignupStatus.CONFIRMED).count()
    # Whoever came before a cancellation found the role full; each place freed went to at most one newcomer.
    assert guide.filled == confirmed == 4 - 2 + joined <= guide.capacity
    assert joined <= 2


def test_the_database_refuses_more_volunteers_than_the_role_needs(organization):
    guide = role(upcoming_event(organization), capacity=2)

    with pytest.raises(IntegrityError), transaction.atomic():
        VolunteerRole.objects.filter(pk=guide.pk).update(filled=3)
