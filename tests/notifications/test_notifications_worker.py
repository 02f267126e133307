"""Exactly once with a real broker and a real worker: each test starts its own redis-server on a spare port
(so it can stop it) and `celery -A config worker` processes against the test database. The sweep runs in
the test process, the way beat would call it. The recording gateway counts calls per idempotency key."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from database_urls import database_url
from django.db import connection, transaction
from django.utils import timezone
from notification_fixtures import (
    FAILING_SMS,
    LOCAL,
    RECORDING_EMAIL,
    RECORDING_SMS,
    bulk_register,
    bulk_residents,
    event_starting_in,
    key,
)

from config.celery import app as celery_app
from kepu.notifications import delivery
from kepu.notifications.models import Delivery, DeliveryState, Notification, NotificationKind, NotificationState
from kepu.notifications.models import NotificationPreference as Preference
from kepu.notifications.services import notify
from kepu.notifications.tasks import sweep

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True), pytest.mark.timeout(120)]

REPO = Path(__file__).resolve().parents[2]
BACKEND = REPO / "backend"
CELERY = Path(sys.executable).parent / "celery"  # the celery of the interpreter running the tests
CLAIM_TIMEOUT = 5.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A throwaway broker without persistence: stopping it loses every queued message."""

    def __init__(self, workdir: Path):
        self.port = _free_port()
        self.workdir = workdir
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        server = shutil.which("redis-server") or pytest.fail("these tests start their own redis-server: install it")
        self.process = subprocess.Popen(
            [
                server,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                if client.ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    def queued(self) -> int:
        return redis.Redis(port=self.port).llen("celery")


@pytest.fixture
def broker(tmp_path, settings, monkeypatch):
    """A private Redis broker, with this process's Celery app publishing to it."""
    server = RedisServer(tmp_path)
    server.start()
    previous = celery_app.conf.broker_transport_options
    monkeypatch.setenv("CELERY_BROKER_URL", server.url)  # Celery reads this before its own settings
    _reset_celery_pool({"visibility_timeout": 30})
    settings.KEPU = {**settings.KEPU, "NOTIFICATION_CLAIM_TIMEOUT": CLAIM_TIMEOUT, "QUIET_HOURS": (0, 0)}
    yield server
    monkeypatch.undo()
    _reset_celery_pool(previous)
    server.stop()


def _reset_celery_pool(options: dict) -> None:
    celery_app.conf.broker_transport_options = options
    if celery_app._pool is not None:
        celery_app._pool.force_close_all()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


class Workers:
    def __init__(self, broker: RedisServer, logdir: Path):
        self.broker = broker
        self.logdir = logdir
        self.processes: list[subprocess.Popen] = []

    def start(self, queue: str | None = None, **env) -> subprocess.Popen:
        """A worker of the default queue (deliveries), or of ``queue`` (``sweep``: the periodic work)."""
        environment = {
            **os.environ,
            "DATABASE_URL": database_url(connection.settings_dict),
            "CELERY_BROKER_URL": self.broker.url,
            "CELERY_VISIBILITY_TIMEOUT": "10",
            "REDIS_URL": "",
            "KEPU_SMS_GATEWAY": RECORDING_SMS,
            "DJANGO_EMAIL_BACKEND": RECORDING_EMAIL,
            "KEPU_QUIET_HOURS": "0,0",
            "KEPU_LOG_LEVEL": "WARNING",
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]),
            **env,
        }
        log = open(self.logdir / f"worker-{len(self.processes)}.log", "wb")  # noqa: SIM115 - lives with the process
        process = subprocess.Popen(
            [
                str(CELERY),
                "-A",
                "config",
                "worker",
                "--concurrency=2",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"notify-{uuid.uuid4().hex[:8]}@%h",
                *(["-Q", queue] if queue else []),
            ],
            cwd=BACKEND,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: SIGKILL takes the pool children too
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)

    def stop_all(self) -> None:
        """The test has made its assertions: no need for a warm shutdown."""
        for process in self.processes:
            if process.poll() is None:
                self.kill(process)


@pytest.fixture
def workers(recorded, broker, tmp_path):
    pool = Workers(broker, tmp_path)
    yield pool
    pool.stop_all()


def sent_count() -> int:
    return Notification.objects.filter(state=NotificationState.SENT).count()


def sweep_until(done, *, timeout: float = 60, every: float = 0.25) -> None:
    """Play celery beat: sweep until ``done()``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sweep()
        if done():
            return
        time.sleep(every)
    raise AssertionError("not done in time")


def wait_for(condition, *, timeout: float = 30, every: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise AssertionError("condition not met in time")


def due_reminders(count: int):
    """``count`` confirmed sign-ups made days ago for an event starting in 90 minutes: one 2 h reminder each
    is due now (the 24 h one is superseded)."""
    event = event_starting_in(timedelta(minutes=90))
    bulk_register(event, bulk_residents(count))
    return event


def assert_exactly_once(recorded, count: int, *, repeated_calls_allowed: int = 0) -> None:
    sends = recorded.sends()
    keys = set(Delivery.objects.filter(channel="sms").values_list("idempotency_key", flat=True))
    assert set(sends) == keys and len(keys) == count
    assert Notification.objects.filter(state=NotificationState.SENT).count() == count
    assert Delivery.objects.filter(state=DeliveryState.SENT).count() == count
    # A call repeated under the same key (worker killed between sending and recording) is one message for a
    # provider that honours idempotency keys; there can be at most one per worker process that died.
    assert sum(sends.values()) - count <= repeated_calls_allowed


def test_due_reminders_are_delivered_once_by_the_worker(workers, recorded):
    event = due_reminders(30)
    both = event.registrations.order_by("id").first().resident
    both.email = "both@example.org"
    both.save()
    Preference.objects.create(user=both, channels="both")
    workers.start()

    sweep_until(lambda: sent_count() == 30)
    for _ in range(3):
        sweep()
    time.sleep(0.5)

    sends = recorded.sends()
    assert len(sends) == 31 and set(sends.values()) == {1}
    note = Notification.objects.get(recipient=both)
    assert key(note, "email") in sends
    assert Notification.objects.filter(kind=NotificationKind.EVENT_REMINDER, state=NotificationState.SENT).count() == 30


def test_two_sweeps_at_once_over_1000_due_reminders_deliver_each_once(workers, recorded):
    due_reminders(1000)
    workers.start()
    barrier = threading.Barrier(2)
    results: list[dict] = []

    def run_sweep():
        try:
            barrier.wait()
            results.append(sweep())
        finally:
            connection.close()

    threads = [threading.Thread(target=run_sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(results) == 2
    assert sum(r["planned"] for r in results) == 1000  # the unique constraint let each row in once
    assert sum(r["claimed"] for r in results) == 1000  # SKIP LOCKED split the rows between the sweeps
    wait_for(lambda: sent_count() == 1000, timeout=60, every=0.2)
    assert_exactly_once(recorded, 1000)


def test_a_worker_killed_mid_batch_and_a_new_one_deliver_every_reminder_exactly_once(workers, recorded):
    due_reminders(1200)
    slow = {"KEPU_TEST_GATEWAY_DELAY": "0.004"}
    first = workers.start(**slow)
    assert sweep()["claimed"] == 1200

    wait_for(lambda: len(recorded.sends()) >= 250, timeout=60, every=0.01)
    workers.kill(first)
    at_kill = len(recorded.sends())
    assert at_kill < 1200, "the kill should land in the middle of the run"
    assert Notification.objects.filter(state=NotificationState.SENDING).exists()

    workers.start()
    sweep_until(lambda: sent_count() == 1200, timeout=90)

    assert_exactly_once(recorded, 1200, repeated_calls_allowed=2)


def test_redis_stopped_and_restarted_mid_run_loses_nothing(workers, broker, recorded):
    due_reminders(1000)
    workers.start(KEPU_TEST_GATEWAY_DELAY="0.004")
    sweep()

    wait_for(lambda: len(recorded.sends()) >= 150, timeout=60, every=0.01)
    broker.stop()  # every queued task is gone with it
    assert len(recorded.sends()) < 1000
    time.sleep(1.0)
    broker.start()

    sweep_until(lambda: sent_count() == 1000, timeout=90)
    assert_exactly_once(recorded, 1000)


def test_a_failing_sms_gateway_is_retried_then_marked_failed_calling_it_once_a_batch(workers, recorded):
    due_reminders(5)
    workers.start(
        KEPU_SMS_GATEWAY=FAILING_SMS, KEPU_NOTIFICATION_MAX_ATTEMPTS="3", KEPU_NOTIFICATION_RETRY_SECONDS="0.2"
    )

    sweep_until(lambda: Notification.objects.filter(state=NotificationState.FAILED).count() == 5, timeout=60)

    assert set(Delivery.objects.values_list("state", "attempts")) == {(DeliveryState.FAILED, 3)}
    # A provider that is down is called once per batch, not once per message and attempt (15 calls).
    assert 3 <= sum(recorded.sends().values()) < 15
    assert all("503" in error for error in Notification.objects.values_list("last_error", flat=True))


def test_quiet_hours_defer_sms_in_the_worker(workers, recorded):
    now_local = timezone.now().astimezone(LOCAL)
    # Quiet hours end on the hour, well after now and before the event's start 90 minutes from now.
    hours = 1 if now_local.minute < 50 else 2
    morning = now_local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=hours)
    event = due_reminders(3)
    user = event.registrations.first().resident
    user.email = "quiet@example.org"
    user.save()
    Preference.objects.create(user=user, channels="both")
    workers.start(KEPU_QUIET_HOURS=f"{now_local.hour},{morning.hour}")

    sweep_until(lambda: len(recorded.sends()) == 1)
    time.sleep(0.5)

    assert set(recorded.sends()) == set(
        Delivery.objects.filter(channel="email").values_list("idempotency_key", flat=True)
    )
    sms = Delivery.objects.filter(channel="sms")
    assert sms.count() == 3 and {(d.state, d.next_attempt_at) for d in sms} == {(DeliveryState.PENDING, morning)}
    assert set(Notification.objects.values_list("state", flat=True)) == {NotificationState.PENDING}


def test_a_rolled_back_transaction_puts_nothing_on_the_broker(broker, resident):
    with pytest.raises(RuntimeError), transaction.atomic():
        notify(recipients=[resident], kind=NotificationKind.EVENT_APPROVED, subject_key="event:1:approved")
        assert delivery.claim_batch(now=timezone.now())
        raise RuntimeError("rolled back")
    assert broker.queued() == 0 and not Notification.objects.exists()

    with transaction.atomic():
        notify(recipients=[resident], kind=NotificationKind.EVENT_APPROVED, subject_key="event:1:approved")
        delivery.claim_batch(now=timezone.now())
        assert broker.queued() == 0  # not before the commit either
    assert broker.queued() == 1
