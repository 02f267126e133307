"""How long one Celery worker takes to deliver reminders for N sign-ups, and what an idle sweep costs.

Builds a throwaway database (``<DATABASE_URL name>_bench_notifications``) and a throwaway redis-server on a
spare port, creates the sign-ups with bulk_create, starts one worker, runs the sweep the way beat would and
times until every reminder is sent. Then, with nothing new to plan or send, times the sweep next to the
event's detail GET (goal: at most 2×) twice: on the statistics the planner had before the sign-ups were
loaded (autovacuum is kept off those tables, so they stay stale) and after ``ANALYZE``. Usage:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kepu .venv/bin/python scripts/bench_notifications.py \
        [--registrations 20000] [--concurrency 2] [--keep] [--json PATH]
"""

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_database_url(base: str) -> tuple[str, str, str]:
    """(bench URL, bench name, maintenance URL) derived from ``base``."""
    parts = urlsplit(base)
    name = f"{parts.path.lstrip('/') or 'kepu'}_bench_notifications"
    return urlunsplit(parts._replace(path=f"/{name}")), name, urlunsplit(parts._replace(path="/postgres"))


def recreate_database(maintenance_url: str, name: str, *, drop_only: bool = False) -> None:
    import psycopg

    with psycopg.connect(maintenance_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            conn.execute(f'CREATE DATABASE "{name}"')


def start_redis(port: int, workdir: Path) -> subprocess.Popen:
    server = shutil.which("redis-server") or sys.exit("redis-server is not installed")
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    for _ in range(100):
        try:
            if redis.Redis(port=port).ping():
                return process
        except redis.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


def seed(count: int) -> int:
    """One approved event starting in 90 minutes with ``count`` confirmed sign-ups made three days ago."""
    from datetime import timedelta

    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from kepu.accounts.models import User
    from kepu.demo.factories import EventFactory
    from kepu.events.models import Registration, RegistrationStatus

    unusable = make_password(None)  # nobody logs in as these residents
    starts = timezone.now() + timedelta(minutes=90)
    event = EventFactory(starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=None)
    users = User.objects.bulk_create(
        [User(phone=f"15{i:09d}", name=f"居民{i}", password=unusable) for i in range(count)], batch_size=5000
    )
    Registration.objects.bulk_create(
        [
            Registration(event=event, resident=user, status=RegistrationStatus.CONFIRMED, check_in_code=f"B{i:09d}")
            for i, user in enumerate(users)
        ],
        batch_size=5000,
    )
    made = timezone.now() - timedelta(days=3)
    Registration.objects.filter(event=event).update(created_at=made, updated_at=made)
    return event.pk


STALE_TABLES = ("events_registration", "notifications_notification", "notifications_delivery", "accounts_user")


def freeze_statistics() -> None:
    """Statistics of empty tables, kept stale: ANALYZE now, autovacuum off for the tables about to fill."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        for table in STALE_TABLES:
            cursor.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = false)")


def in_flight() -> bool:
    """Whether a reminder is left to deliver, asked of the partial indexes of pending and sending rows,
    each read up to its first live entry. The poll runs five times a second on the CPUs the worker needs:
    on the statistics of the empty tables, ``state IN (pending, sending)`` is planned as a scan of the
    whole table, and a bitmap scan of one index reads every row still in it, both costs that grow with
    the run (four times as large at 20,000 as at 5,000)."""
    from django.db import connection, transaction

    from kepu.notifications.models import Notification, NotificationState

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        states = (NotificationState.PENDING, NotificationState.SENDING)
        return any(Notification.objects.filter(state=state).exists() for state in states)


def idle_sweep(event_id: int, runs: int) -> tuple[float, float, int]:
    """Median ms of a sweep with nothing new, of the event's detail GET, and what the sweeps planned."""
    from rest_framework.test import APIClient

    from kepu.notifications.tasks import sweep

    client = APIClient()

    def detail():
        assert client.get(f"/api/v1/events/{event_id}/").status_code == 200

    def timed(fn, n):
        fn()
        samples = []
        for _ in range(n):
            started = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - started) * 1000)
        return statistics.median(samples)

    planned = []
    sweep_ms = timed(lambda: planned.append(sweep()["planned"]), runs)
    return sweep_ms, timed(detail, runs * 3), sum(planned)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=20000)
    parser.add_argument("--concurrency", type=int, default=2, help="pool processes of the one worker")
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    parser.add_argument("--runs", type=int, default=9, help="timed idle sweeps (median shown)")
    parser.add_argument("--json", metavar="PATH", help="also write the figures to PATH (scripts/bench.py reads it)")
    args = parser.parse_args()

    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kepu")
    if not base.startswith("postgres"):
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
    database_url, name, maintenance_url = bench_database_url(base)
    recreate_database(maintenance_url, name)
    port = free_port()
    workdir = Path(tempfile.gettempdir())
    redis_server = start_redis(port, workdir)
    environment = {
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{port}/0",
        "REDIS_URL": "",
        "KEPU_QUIET_HOURS": "0,0",  # the figure should not depend on the hour it is run at
        "KEPU_LOG_LEVEL": "WARNING",
        "KEPU_SMS_GATEWAY": "kepu.notifications.gateways.ConsoleSmsGateway",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    os.environ.update(environment)
    sys.path.insert(0, str(BACKEND))
    worker = None
    try:
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        freeze_statistics()
        started = time.perf_counter()
        event_id = seed(args.registrations)
        print(f"seeded {args.registrations} sign-ups in {time.perf_counter() - started:.1f} s")
        from django.db import connection

        with connection.cursor() as cursor:
            # The load's dirty pages are written now, not by a checkpoint it forces during the delivery
            # being timed (four times as likely in the 20,000 run, whose load is four times the size).
            cursor.execute("CHECKPOINT")

        from config.celery import app
        from kepu.notifications.models import Notification, NotificationState
        from kepu.notifications.tasks import sweep

        worker = subprocess.Popen(  # noqa: S603 - our own venv's celery, fixed arguments
            [str(BIN / "celery"), "-A", "config", "worker", f"--concurrency={args.concurrency}", "--loglevel=WARNING"],
            cwd=BACKEND,
            env={**os.environ, **environment},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        while not app.control.ping(timeout=0.5):
            if worker.poll() is not None:
                sys.exit("the worker did not start")

        started = time.perf_counter()
        result = sweep()
        swept = time.perf_counter() - started
        last_sweep = time.perf_counter()
        while in_flight():
            time.sleep(0.2)
            if time.perf_counter() - last_sweep > 10:  # beat would run it every minute; a few more do no harm
                sweep()
                last_sweep = time.perf_counter()
        elapsed = time.perf_counter() - started
        sent = Notification.objects.filter(state=NotificationState.SENT).count()
        print(
            f"sweep planned {result['planned']} reminders and claimed {result['claimed']} in {swept:.1f} s; "
            f"one worker ({args.concurrency} processes) delivered {sent} reminders in {elapsed:.1f} s "
            f"({sent / elapsed:.0f} per second)",
            flush=True,
        )
        figures = {"registrations": args.registrations, "sent": sent, "seconds": elapsed, "rate": sent / elapsed}

        for label in ("stale statistics", "after ANALYZE"):
            if label == "after ANALYZE":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            sweep_ms, detail_ms, planned = idle_sweep(event_id, args.runs)
            figures[label] = {"sweep_ms": sweep_ms, "detail_ms": detail_ms}
            print(
                f"idle sweep ({label}): {sweep_ms:.1f} ms, event detail GET {detail_ms:.1f} ms, "
                f"ratio {sweep_ms / detail_ms:.2f} (goal <= 2); planned {planned} new rows",
                flush=True,
            )
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=1))
    finally:
        if worker is not None and worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(30)
        redis_server.terminate()
        redis_server.wait(10)
        from django.db import connections

        connections.close_all()
        if not args.keep:
            recreate_database(maintenance_url, name, drop_only=True)


if __name__ == "__main__":
    main()
