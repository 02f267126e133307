"""Does the event list slow down with history? The same pages at 300 events and after 49,700 past ones.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kepu .venv/bin/python scripts/bench_event_list.py \
        [--events 300] [--history 49700] [--requests 200]

Creates (dropping it first) ``<DATABASE_URL name>_bench_event_list``, migrates it and seeds one district
with ``--events`` published upcoming events (capacities, audiences, a few sign-ups each). In this process,
one request at a time through Django's test client as a signed-in resident (whose pages are never
cached), the API's event list (``GET /api/v1/events/?page=N``, 20 a page) and the plain Django view of
the same page (``/bench/events/``, scripts/bench_settings.py; checked to answer the same JSON first) are
timed interleaved, so that noise from other work hits both alike. Then ``--history`` events that ended in the past three years (reported,
with registrations) are added and both are timed again. Prints pages per second, the ratios (goals:
50,000 events ≥ 0.8× 300 events; the API ≥ 0.8× the plain view) and the queries per page for page
sizes 10 and 50 at both sizes (must be equal).
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"


def recreate_database(base: str, *, drop_only: bool = False) -> str:
    import psycopg

    parts = urlsplit(base)
    if not parts.scheme.startswith("postgres"):
        sys.exit("DATABASE_URL must point at PostgreSQL.")
    name = (parts.path.lstrip("/") or "kepu") + "_bench_event_list"
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def seed_upcoming(count: int, rng: random.Random):
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from kepu.accounts.models import User
    from kepu.events.models import Audience, Event, EventStatus
    from kepu.places.models import Area, AreaLevel, Organization, Setting
    from kepu.places.services import area_save

    district = area_save(area=Area(name="昆都仑区", level=AreaLevel.DISTRICT))
    subs = [area_save(area=Area(name=f"街道{i}", level=AreaLevel.SUBDISTRICT, parent=district)) for i in range(4)]
    leaves = [
        area_save(area=Area(name=f"社区{s.pk}-{j}", level=AreaLevel.COMMUNITY, parent=s))
        for s in subs
        for j in range(5)
    ]
    orgs = Organization.objects.bulk_create(
        Organization(name=f"社区居委会{c.pk}", setting=Setting.COMMUNITY, area=c) for c in leaves
    )
    now = timezone.now()
    events = Event.objects.bulk_create(
        Event(
            title=f"科普讲座{i}",
            description="人工智能与生活" * 5,
            activity_type="lecture",
            setting=org.setting,
            area=org.area,
            organization=org,
            address="科普馆",
            starts_at=(start := now + timedelta(days=1 + i % 60, hours=i % 9)),
            ends_at=start + timedelta(hours=2),
            capacity=rng.choice([30, 60, 100]),
            status=EventStatus.APPROVED,
            approved_at=now,
        )
        for i, org in ((i, orgs[i % len(orgs)]) for i in range(count))
    )
    audiences = list(Audience.objects.values_list("key", flat=True))
    through = Event.audiences.through
    through.objects.bulk_create(
        through(event_id=e.pk, audience_id=a) for e in events for a in rng.sample(audiences, k=min(2, len(audiences)))
    )
    resident = User.objects.create(phone="18600000000", name="居民", password=make_password(None))
    return orgs, resident


def seed_history(count: int, orgs, rng: random.Random) -> int:
    """``count`` events that ended in the past three years, reported, with five sign-ups each: a bulk load,
    with the statistics triggers off and the aggregates recounted at the end, as ``seed_demo`` does."""
    from django.db import transaction

    from kepu.stats.aggregate_sql import aggregates_recounted

    with transaction.atomic(), aggregates_recounted():
        return _write_history(count, orgs, rng)


def _write_history(count: int, orgs, rng: random.Random) -> int:
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from kepu.accounts.models import User
    from kepu.events.models import Event, EventReport, EventStatus, Registration

    now = timezone.now()
    unusable = make_password(None)
    people = User.objects.bulk_create(
        (User(phone=f"185{i:08d}", name=f"居民{i}", password=unusable) for i in range(2000)), batch_size=2000
    )
    made = 0
    for first in range(0, count, 5000):
        batch = Event.objects.bulk_create(
            Event(
                title=f"往期活动{i}",
                activity_type="lecture",
                setting=org.setting,
                area=org.area,
                organization=org,
                starts_at=(start := now - timedelta(minutes=rng.randint(180, 3 * 365 * 24 * 60))),
                ends_at=start + timedelta(hours=2),
                capacity=100,
                status=EventStatus.REPORTED,
            )
            for i, org in ((i, orgs[i % len(orgs)]) for i in range(first, min(first + 5000, count)))
        )
        EventReport.objects.bulk_create(
            EventReport(event=e, status="accepted", checked_in=10, attendance=10, submitted_at=e.ends_at) for e in batch
        )
        Registration.objects.bulk_create(
            (
                Registration(
                    event=e,
                    resident=p,
                    status="confirmed",
                    check_in_code=f"H{e.pk:07d}{n:02d}",
                    checked_in_at=e.starts_at,
                )
                for e in batch
                for n, p in enumerate(rng.sample(people, 5))
            ),
            batch_size=10000,
        )
        made += len(batch)
    return made


def queries_per_page(client, path: str) -> tuple[int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size in (10, 50):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{path}?page_size={size}")
        assert response.status_code == 200, response.content[:200]
        assert len(response.json()["results"]) == size
        counts.append(len(queries))
    return counts[0], counts[1]


VIEWS = {"api": "/api/v1/events/", "plain": "/bench/events/"}


def check_same_page(client, pages: int) -> None:
    """The plain view must answer exactly what the API does, or the ratio compares different work."""
    for number in sorted({1, pages}):
        answers = {}
        for label, path in VIEWS.items():
            response = client.get(f"{path}?page={number}")
            assert response.status_code == 200, response.content[:200]
            answers[label] = json.loads(response.content.decode().replace(path, "/list/"))
        if answers["api"] != answers["plain"]:
            api, plain = answers["api"], answers["plain"]
            rows = [(a, b) for a, b in zip(api["results"], plain["results"], strict=False) if a != b]
            a, b = rows[0] if rows else (api, plain)
            diff = {k: (a.get(k), b.get(k)) for k in a if k != "results" and a.get(k) != b.get(k)}
            sys.exit(f"the plain view's page {number} differs from the API's: {diff}")


def measure(client, requests: int, pages: int) -> dict[str, float]:
    """Median milliseconds per page of each view, interleaved request by request."""
    timings: dict[str, list[float]] = {label: [] for label in VIEWS}
    for number in range(requests + 10):
        for label, path in VIEWS.items():
            started = time.perf_counter()
            response = client.get(f"{path}?page={number % pages + 1}")
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, response.content[:200]
            if number >= 10:  # the first rounds warm connections and caches
                timings[label].append(elapsed)
    return {label: statistics.median(values) for label, values in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=300, help="published upcoming events")
    parser.add_argument("--history", type=int, default=49_700, help="past events added for the second round")
    parser.add_argument("--requests", type=int, default=200, help="timed pages per view and round")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database afterwards")
    parser.add_argument("--json", metavar="PATH", help="also write the figures to PATH (scripts/bench.py reads it)")
    args = parser.parse_args()

    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kepu")
    url = recreate_database(base)
    os.environ.update(
        DATABASE_URL=url, DJANGO_SETTINGS_MODULE="bench_settings", DJANGO_DEBUG="0", KEPU_LOG_LEVEL="WARNING"
    )
    sys.path[:0] = [str(BACKEND), str(REPO / "scripts")]
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, connections
    from django.test import Client

    try:
        call_command("migrate", verbosity=0)
        rng = random.Random(7)  # noqa: S311 - repeatable benchmark data
        orgs, resident = seed_upcoming(args.events, rng)
        client = Client()
        client.force_login(resident)
        pages = max(1, min(10, args.events // 20))
        rounds = {}
        for label, extra in (("small", 0), ("large", args.history)):
            if extra:
                started = time.perf_counter()
                seed_history(extra, orgs, rng)
                print(f"added {extra:,} past events in {time.perf_counter() - started:.0f} s", flush=True)
            with connection.cursor() as cursor:
                # Settle the bulk load first (visibility map, statistics, dirty pages), as autovacuum and
                # the checkpointer long have on a real history: otherwise they run during the timing.
                cursor.execute("VACUUM (ANALYZE)")
                cursor.execute("CHECKPOINT")
                cursor.execute("SELECT count(*) FROM events_event")
                total = cursor.fetchone()[0]
            check_same_page(client, pages)
            medians = measure(client, args.requests, pages)
            counts = {view: queries_per_page(client, path) for view, path in VIEWS.items()}
            rounds[label] = (total, medians, counts)
            print(
                f"{total:>7,} events: API {medians['api']:.1f} ms ({1000 / medians['api']:.0f} pages/s), "
                f"plain Django {medians['plain']:.1f} ms ({1000 / medians['plain']:.0f} pages/s); "
                f"queries per page (10 vs 50): API {counts['api'][0]} vs {counts['api'][1]}, "
                f"plain {counts['plain'][0]} vs {counts['plain'][1]}",
                flush=True,
            )
        (small_n, small, small_q), (large_n, large, large_q) = rounds["small"], rounds["large"]
        history = small["api"] / large["api"]
        plain = large["plain"] / large["api"]
        constant = len({*small_q["api"], *large_q["api"]}) == 1
        print(
            f"event list at {large_n:,} vs {small_n:,} events: {history:.2f}× the throughput (goal >= 0.8); "
            f"vs the plain Django view at {large_n:,}: {plain:.2f}× (goal >= 0.8; at {small_n:,}: "
            f"{small['plain'] / small['api']:.2f}×); queries per page {'constant' if constant else 'NOT constant'} "
            f"({large_q['api'][0]}); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        if args.json:
            figures = {
                "events": [small_n, large_n],
                "api_ms": [small["api"], large["api"]],
                "plain_ms": [small["plain"], large["plain"]],
                "history_ratio": history,
                "plain_ratio": plain,
                "queries": [small_q["api"], large_q["api"]],
                "queries_constant": constant,
            }
            Path(args.json).write_text(json.dumps(figures, indent=1))
    finally:
        connections.close_all()
        if not args.keep:
            recreate_database(base, drop_only=True)


if __name__ == "__main__":
    main()
