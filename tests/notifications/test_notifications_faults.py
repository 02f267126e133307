"""Faults on a live stack (redis-server, Celery workers, the test database), as they happen in production: a
mail server that stops answering, one that hangs after taking the message, an event moved after its
reminder went out, quiet hours that end after the event starts. The machinery is test_notifications_worker's."""

import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
import test_notifications_worker as live
import time_machine
from django.utils import timezone
from fake_mail_servers import HangingGoodbyeMailServer, SilentMailServer
from notification_fixtures import LOCAL, bulk_register, bulk_residents, event_starting_in

from kepu.events.services import event_update
from kepu.notifications.models import (
    Delivery,
    DeliveryState,
    Notification,
    NotificationKind,
    NotificationState,
)
from kepu.notifications.models import NotificationPreference as Preference
from kepu.notifications.selectors import inbox_for
from kepu.notifications.tasks import sweep

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True), pytest.mark.timeout(180)]

SMTP = "django.core.mail.backends.smtp.EmailBackend"
BACKEND, sweep_until, wait_for = live.BACKEND, live.sweep_until, live.wait_for
# The live stack's fixtures: a private redis-server and Celery workers against the test database.
broker, workers = live.broker, live.workers


def residents_wanting(channel: str, count: int, *, prefix: str, event) -> list:
    people = bulk_residents(count, prefix=prefix)
    for person in people:
        person.email = f"{person.phone}@example.org"
    type(people[0]).objects.bulk_update(people, ["email"])
    Preference.objects.bulk_create([Preference(user=person, channels=channel) for person in people])
    bulk_register(event, people)
    return people


def reminders_of(event):
    return Notification.objects.filter(event=event, kind=NotificationKind.EVENT_REMINDER)


def test_a_mail_server_that_never_answers_stops_neither_planning_nor_the_sms_of_other_events(workers, recorded):
    with SilentMailServer() as mail:
        mailing = {
            "DJANGO_EMAIL_BACKEND": SMTP,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(mail.port),
            "EMAIL_TIMEOUT": "8",
            "KEPU_NOTIFICATION_MAX_ATTEMPTS": "2",
            "KEPU_NOTIFICATION_RETRY_SECONDS": "0.5",
        }
        workers.start(**mailing)  # deliveries: both processes can hang on the silent server
        workers.start(queue="sweep", **mailing)  # the periodic work, as beat sends it
        by_email = event_starting_in(timedelta(minutes=90))
        residents_wanting("email", 250, prefix="135", event=by_email)  # two batches: both processes stuck
        sweep.delay()
        wait_for(lambda: Delivery.objects.filter(state=DeliveryState.SENDING).count() >= 2, timeout=30)

        by_sms = event_starting_in(timedelta(minutes=100))
        residents_wanting("sms", 20, prefix="136", event=by_sms)
        started = time.monotonic()
        sweep.delay()
        # Planned (the inbox rows) by the sweep's own worker while the delivery worker still hangs.
        wait_for(lambda: reminders_of(by_sms).count() == 20, timeout=10)
        assert time.monotonic() - started < 6, "planning waited for the mail server"
        assert all(inbox_for(user=n.recipient).filter(pk=n.pk).exists() for n in reminders_of(by_sms))

        def settled() -> bool:
            sweep.delay()
            return (
                reminders_of(by_sms).filter(state=NotificationState.SENT).count() == 20
                and reminders_of(by_email).filter(state=NotificationState.FAILED).count() == 250
            )

        wait_for(settled, timeout=120, every=1.0)

    assert len([key for key, calls in recorded.sends().items() if calls == 1]) == 20  # each SMS once
    stuck = Delivery.objects.filter(notification__event=by_email)
    assert set(stuck.values_list("state", "attempts")) == {(DeliveryState.FAILED, 2)}
    assert stuck.filter(last_error__icontains="timed out").exists()
    # Each batch waited for the silent server once per round, not once per message.
    assert len(mail.connections) < 20


def test_an_email_the_server_accepted_is_sent_once_even_when_the_goodbye_hangs(workers, recorded):
    with HangingGoodbyeMailServer() as mail:
        workers.start(
            DJANGO_EMAIL_BACKEND=SMTP,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(mail.port),
            EMAIL_TIMEOUT="2",
            DEFAULT_FROM_EMAIL="kepu@kepu.example.org",
        )
        event = event_starting_in(timedelta(minutes=90))
        (resident,) = residents_wanting("email", 1, prefix="137", event=event)
        sweep_until(lambda: reminders_of(event).filter(state=NotificationState.SENT).exists(), timeout=30)
        for _ in range(6):
            sweep()
            time.sleep(0.5)

        (message,) = mail.messages
    (email,) = Delivery.objects.filter(channel="email")
    assert email.state == DeliveryState.SENT and email.attempts == 1
    assert message["Message-ID"] == f"<{email.idempotency_key}@kepu.example.org>"
    assert message["To"] == resident.email
    # The key is random, not "<id>:email": another installation (or a reset database) cannot repeat it.
    assert len(email.idempotency_key) == 32 and str(email.notification_id) not in email.idempotency_key.split(":")


def test_a_moved_event_gets_its_reminders_for_the_new_time(workers, recorded, organizer, organization):
    event = event_starting_in(timedelta(minutes=90), organization=organization)
    bulk_register(event, bulk_residents(5, prefix="138"))
    workers.start()
    sweep_until(lambda: reminders_of(event).filter(state=NotificationState.SENT).count() == 5)
    first = set(reminders_of(event).values_list("subject_key", flat=True))

    later = event.starts_at + timedelta(hours=3)
    event = event_update(event=event, by=organizer, starts_at=later, ends_at=later + timedelta(hours=2))
    with time_machine.travel(later - timedelta(hours=2) + timedelta(minutes=1), tick=True):
        sweep_until(lambda: reminders_of(event).filter(state=NotificationState.SENT).count() == 10, timeout=60)

    moved = reminders_of(event).exclude(subject_key__in=first)
    assert moved.count() == 5 and {n.due_at for n in moved} == {later - timedelta(hours=2)}
    assert {n.context["hours"] for n in moved} == {2}  # no second "24 hours" right away
    sms = recorded.sends()
    assert all(calls == 1 for calls in sms.values())
    assert len(sms) == 10 + Notification.objects.filter(kind=NotificationKind.EVENT_CHANGED).count()


def test_an_early_morning_event_in_quiet_hours_keeps_its_inbox_row_and_its_email(workers, recorded):
    now_local = timezone.now().astimezone(LOCAL)
    quiet = f"{now_local.hour},{(now_local.hour + 3) % 24}"  # ends after the event starts
    event = event_starting_in(timedelta(minutes=90))
    (resident,) = residents_wanting("both", 1, prefix="139", event=event)
    workers.start(KEPU_QUIET_HOURS=quiet)

    sweep_until(lambda: reminders_of(event).filter(state=NotificationState.SENT).exists(), timeout=30)

    (reminder,) = reminders_of(event)
    assert inbox_for(user=resident).filter(pk=reminder.pk).exists()
    channels = dict(Delivery.objects.filter(notification=reminder).values_list("channel", "state"))
    assert channels == {"email": DeliveryState.SENT, "sms": DeliveryState.DROPPED}
    assert set(recorded.sends()) == {Delivery.objects.get(notification=reminder, channel="email").idempotency_key}


def test_the_mail_settings_come_from_the_environment(tmp_path):
    code = (
        "import django; django.setup()\nfrom django.conf import settings as s\n"
        "print(s.EMAIL_TIMEOUT, s.EMAIL_FILE_PATH, s.CELERY_TASK_ROUTES['notifications.sweep']['queue'])\n"
    )
    env = {**os.environ, "EMAIL_TIMEOUT": "7.5", "EMAIL_FILE_PATH": str(tmp_path / "outbox")}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BACKEND, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["7.5", str(tmp_path / "outbox"), "sweep"]
