"""The reminder sweep reads what changed since it last planned, and still misses nobody."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from notification_fixtures import bulk_register, bulk_residents, event_starting_in, reminder_key

from kepu.demo.factories import RegistrationFactory, UserFactory
from kepu.events.models import Registration, RegistrationStatus
from kepu.events.services import registration_cancel
from kepu.notifications.models import Notification, NotificationPreference, ReminderPlan
from kepu.notifications.planning import PLAN_OVERLAP, plan_event_reminders
from kepu.notifications.services import preference_update

pytestmark = pytest.mark.django_db


def _reminders(event, hours=2):
    return set(Notification.objects.filter(subject_key=reminder_key(event, hours)).values_list("recipient", flat=True))


def _age_the_plans(by=timedelta(hours=1)):
    """As if the last sweep ran a while ago: what changed before it is behind the plan's overlap."""
    ReminderPlan.objects.update(covered_until=timezone.now() - by)
    Registration.objects.update(updated_at=timezone.now() - by - PLAN_OVERLAP - timedelta(minutes=1))


def test_a_sweep_with_nothing_new_reads_no_registration_row_and_inserts_nothing(organization):
    event = event_starting_in(timedelta(hours=1), organization=organization, reminder_hours=[2])
    bulk_register(event, bulk_residents(300))
    assert plan_event_reminders(now=timezone.now()) == 300
    _age_the_plans()
    with CaptureQueriesContext(connection) as ctx:
        assert plan_event_reminders(now=timezone.now()) == 0
    statements = [q["sql"] for q in ctx.captured_queries]
    assert not [sql for sql in statements if sql.startswith("INSERT INTO notifications")]
    changed = next(sql for sql in statements if sql.startswith("SELECT id FROM events_registration"))
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + changed)
        (plan,) = cursor.fetchone()[0]
    rows_read = []

    def walk(node):
        if node.get("Relation Name") == "events_registration":
            rows_read.append(node["Actual Rows"] * node.get("Actual Loops", 1))
        for child in node.get("Plans", []):
            walk(child)

    walk(plan["Plan"])
    assert rows_read and sum(rows_read) == 0, rows_read


def test_newcomers_promoted_and_renewed_sign_ups_and_a_resident_back_on_reminders_get_theirs(
    organization, other_resident
):
    event = event_starting_in(timedelta(hours=1), organization=organization, reminder_hours=[2], capacity=2)
    early, cancelling, waiting, opted_out = (UserFactory() for _ in range(4))
    for resident in (early, cancelling):
        RegistrationFactory(event=event, resident=resident, created_at=timezone.now() - timedelta(days=2))
    event.confirmed_seats = 2
    event.save(update_fields=["confirmed_seats"])
    RegistrationFactory(event=event, resident=waiting, status=RegistrationStatus.WAITLISTED, queued_at=timezone.now())
    RegistrationFactory(event=event, resident=opted_out, created_at=timezone.now() - timedelta(days=2))
    NotificationPreference.objects.create(user=opted_out, reminders=False)
    Registration.objects.filter(event=event).update(created_at=timezone.now() - timedelta(days=2))
    plan_event_reminders(now=timezone.now())
    assert _reminders(event) == {early.pk, cancelling.pk}
    _age_the_plans()

    registration_cancel(registration=Registration.objects.get(event=event, resident=cancelling), by=cancelling)
    Registration.objects.filter(event=event, resident=waiting).update(created_at=timezone.now() - timedelta(days=1))
    preference_update(user=opted_out, channels="sms", reminders=True)
    plan_event_reminders(now=timezone.now())

    # The promoted resident and the one back on reminders are planned; the cancelled one's stays for the
    # delivery check to withdraw, as before.
    assert _reminders(event) == {early.pk, cancelling.pk, waiting.pk, opted_out.pk}
