"""What one claim and one delivery batch read: their own rows, however many others are pending, in
flight or delivered, and on the statistics of tables analysed while they were empty. And a gateway that
takes many messages a request has what it accepted recorded with one statement."""

import uuid
from datetime import timedelta

import notification_test_gateways as gateways
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from notification_fixtures import (
    BULK_SMS,
    bulk_register,
    bulk_residents,
    event_starting_in,
    reminder_key,
)

from kepu.notifications import delivery
from kepu.notifications.models import (
    Delivery,
    DeliveryState,
    Notification,
    NotificationState,
)
from kepu.notifications.planning import plan_event_reminders

pytestmark = pytest.mark.usefixtures("eager", "channels")

BACKLOG = 3000
BATCH = 50


def _scans(sql: str) -> list[dict]:
    """The scan nodes of ``sql``'s plan as run (EXPLAIN ANALYZE in a savepoint rolled back at once)."""
    with connection.cursor() as cursor:
        cursor.execute("SAVEPOINT explained")
        # as claim_batch and deliver_batch run their statements
        cursor.execute("SET LOCAL enable_sort = off" if "FOR UPDATE" in sql else "SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        (plan,) = cursor.fetchone()[0]
        cursor.execute("ROLLBACK TO SAVEPOINT explained")
    found = []

    def walk(node):
        if node["Node Type"].endswith("Scan") and node["Node Type"] != "Function Scan":
            found.append(node)
        for child in node.get("Plans", []):
            walk(child)

    walk(plan["Plan"])
    return found


def _rows_read(sql: str) -> int:
    """Rows every scan node of ``sql``'s plan touched (returned or filtered out), loops included."""
    return sum((n["Actual Rows"] + n.get("Rows Removed by Filter", 0)) * n.get("Actual Loops", 1) for n in _scans(sql))


def _stale_statistics():
    """The planner's picture of the notification tables is that of empty ones, as in a busy hour."""
    with connection.cursor() as cursor:
        for table in (
            "notifications_notification",
            "notifications_delivery",
            "events_registration",
        ):
            cursor.execute(f"ANALYZE {table}")


def _reminders_for(count: int, organization):
    event = event_starting_in(timedelta(hours=1), organization=organization, reminder_hours=[2])
    bulk_register(event, bulk_residents(count))
    assert plan_event_reminders(now=timezone.now()) == count
    return event


def test_a_claim_reads_its_batch_from_the_index_not_everything_due(organization, django_capture_on_commit_callbacks):
    _stale_statistics()
    _reminders_for(BACKLOG, organization)
    with (
        CaptureQueriesContext(connection) as ctx,
        django_capture_on_commit_callbacks(execute=False),
    ):
        assert len(delivery.claim_batch(now=timezone.now(), batch_size=BATCH)) == BATCH
    Notification.objects.update(state=NotificationState.PENDING, claim_token=None)
    claim = next(q["sql"] for q in ctx.captured_queries if "FOR UPDATE" in q["sql"] and "GREATEST" in q["sql"])

    assert _rows_read(claim) <= 2 * BATCH


def test_a_batch_reads_its_own_rows_not_those_in_flight_or_delivered(organization):
    _stale_statistics()
    event = _reminders_for(BACKLOG + BATCH, organization)
    notes = list(Notification.objects.filter(subject_key=reminder_key(event, 2)).order_by("id"))
    mine, others = [n.pk for n in notes[:BATCH]], [n.pk for n in notes[BATCH:]]
    now = timezone.now()
    Notification.objects.filter(pk__in=others).update(
        state=NotificationState.SENDING, claim_token=uuid.uuid4(), claimed_at=now
    )
    Delivery.objects.bulk_create(
        Delivery(
            notification_id=pk,
            channel="sms",
            idempotency_key=uuid.uuid4().hex,
            state=DeliveryState.SENT,
            next_attempt_at=now,
        )
        for pk in others
    )
    token = uuid.uuid4()
    Notification.objects.filter(pk__in=mine).update(state=NotificationState.SENDING, claim_token=token, claimed_at=now)

    with CaptureQueriesContext(connection) as ctx:
        assert delivery.deliver_batch(ids=mine, token=str(token))["sent"] == BATCH

    # Rows in flight (the ``notification_claimed`` index) and deliveries made so far are never read as a
    # whole: the batch's own rows by primary key, their deliveries and registrations by one probe each.
    statements = {q["sql"] for q in ctx.captured_queries if q["sql"].startswith(("SELECT", "UPDATE"))}
    wide = {
        sql[:80]: (
            node["Node Type"],
            node.get("Index Name") or node.get("Relation Name"),
        )
        for sql in statements
        for node in _scans(sql)
        if node.get("Index Name") == "notification_claimed"
        or (node["Node Type"] == "Seq Scan" and node.get("Relation Name") != "notifications_notificationpreference")
    }
    assert not wide, wide


def test_a_bulk_gateway_gets_one_request_per_bulk_and_every_message_once(
    settings, organization, django_capture_on_commit_callbacks
):
    settings.KEPU = {**settings.KEPU, "SMS_GATEWAY": BULK_SMS}
    gateways.RecordingBulkSmsGateway.requests = []
    event = _reminders_for(120, organization)
    refused = Notification.objects.filter(subject_key=reminder_key(event, 2)).order_by("id").first()
    refused.recipient.phone = "18800000000"
    refused.recipient.save()

    with django_capture_on_commit_callbacks(execute=True):
        delivery.claim_due()

    assert gateways.RecordingBulkSmsGateway.requests == [50, 50, 20]
    assert len(gateways.sends()) == 120 and set(gateways.sends().values()) == {1}
    states = dict(Delivery.objects.values_list("notification_id", "state"))
    assert states.pop(refused.pk) == DeliveryState.FAILED
    assert set(states.values()) == {DeliveryState.SENT}
    assert Notification.objects.filter(state=NotificationState.SENT).count() == 119
    assert Notification.objects.get(pk=refused.pk).state == NotificationState.FAILED
