"""Benchmark sign-up under concurrency against a real server: gunicorn on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kepu .venv/bin/python scripts/bench_signup.py \
        [--residents 1000] [--capacity 500] [--concurrency 50] [--workers 4]

Creates (dropping it first) a dedicated database next to the one DATABASE_URL names
(``<name>_bench_signup``), migrates it, seeds one published event and N residents with API tokens,
starts gunicorn on a spare loopback port (the benchmarks' settings, which also mount the baselines
under ``/bench/``), then, with the same tokens and the same number of clients:

- the baseline: one trivial authenticated POST per resident (``/bench/post/``: token authentication,
  JSON parsing and a 201, no work);
- the sign-ups: one per resident (http.client, one connection per request).

It prints both rates and their ratio, p50/p95/max latency, the answers by status code, the final seat
count (which must equal the capacity), and the SQL statements of one sign-up: in all, and those sent
while the event's row lock is held (the statement that takes it included; the sign-up function takes
it and does its work inside one statement).
"""

# The child processes run this repository's own code with arguments built here, never from input.
# ruff: noqa: S603
import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"
VENV_BIN = Path(sys.executable).parent


def bench_database_url(base: str) -> tuple[str, str, str]:
    """(bench url, admin url, bench database name) derived from DATABASE_URL."""
    parts = urlsplit(base)
    if not parts.scheme.startswith("postgres"):
        sys.exit("DATABASE_URL must point at PostgreSQL.")
    name = (parts.path.lstrip("/") or "kepu") + "_bench_signup"
    return (
        urlunsplit(parts._replace(path=f"/{name}")),
        urlunsplit(parts._replace(path="/postgres")),
        name,
    )


def recreate_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def seed(env: dict, residents: int, capacity: int) -> tuple[int, list[str]]:
    """Migrate and seed in a child process (Django settings are read from the environment)."""
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=BACKEND, env=env, check=True)
    code = f"""
import json, django
django.setup()
from datetime import timedelta
from django.utils import timezone
from rest_framework.authtoken.models import Token
from kepu.accounts.models import User
from kepu.events.models import Event, EventStatus
from kepu.places.models import Area, AreaLevel, Organization, Setting
from kepu.places.services import area_save

district = area_save(area=Area(name="昆都仑区", level=AreaLevel.DISTRICT))
org = Organization.objects.create(name="少先路社区居委会", setting=Setting.COMMUNITY, area=district)
start = timezone.now() + timedelta(days=3)
event = Event.objects.create(
    title="压测讲座", activity_type="lecture", setting=org.setting, area=district, organization=org,
    starts_at=start, ends_at=start + timedelta(hours=2), capacity={capacity}, status=EventStatus.APPROVED,
)
users = User.objects.bulk_create(
    User(phone=f"188{{i:08d}}", name=f"居民{{i}}", password="!") for i in range({residents})
)
tokens = Token.objects.bulk_create(Token(user=u, key=Token.generate_key()) for u in users)
print(json.dumps({{"event": event.pk, "tokens": [t.key for t in tokens]}}))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=BACKEND, env=env, check=True, capture_output=True, text=True
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["event"], data["tokens"]


def wait_until_up(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/events/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not come up")


def post(port: int, path: str, token: str) -> tuple[int, float]:
    body = json.dumps({"companions": 0})
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(
            "POST", path, body=body, headers={"Authorization": f"Token {token}", "Content-Type": "application/json"}
        )
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        conn.close()


def confirmed_seats(env: dict, event_id: int) -> tuple[int, int, int]:
    code = f"""
import django
django.setup()
from kepu.events.models import Event, Registration
e = Event.objects.get(pk={event_id})
rows = Registration.objects.filter(event=e)
print(e.confirmed_seats, rows.filter(status="confirmed").count(), rows.filter(status="waitlisted").count())
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=BACKEND, env=env, check=True, capture_output=True, text=True)
    seats, confirmed, waitlisted = out.stdout.split()[-3:]
    return int(seats), int(confirmed), int(waitlisted)


QUERIES = """
import json, django
django.setup()
from datetime import timedelta
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from kepu.accounts.models import User
from kepu.events.models import Event
first = Event.objects.order_by("pk").first()
start = timezone.now() + timedelta(days=3)
event = Event.objects.create(
    title="计数讲座", activity_type="lecture", setting=first.setting, area=first.area, organization=first.organization,
    starts_at=start, ends_at=start + timedelta(hours=2), capacity=10, status=first.status,
)
user = User.objects.create(phone="18799999999", name="计数", password="!")
client = APIClient(HTTP_AUTHORIZATION="Token " + Token.objects.create(user=user).key)
# Inside an outer transaction the sign-up's own one is a savepoint, whose end the capture shows.
with transaction.atomic(), CaptureQueriesContext(connection) as ctx:
    assert client.post(f"/api/v1/events/{event.pk}/register/", {"companions": 0}, format="json").status_code == 201
sql = [q["sql"] for q in ctx.captured_queries]
locking = ("FOR UPDATE", "events_sign_up(")
lock = next(i for i, q in enumerate(sql) if any(word in q for word in locking))
end = next(i for i, q in enumerate(sql) if i > lock and q.startswith("RELEASE SAVEPOINT"))
statements = [q for q in sql if "SAVEPOINT" not in q]
shown = [("SELECT … FROM events_sign_up(…)" if "events_sign_up(" in q else q[:90]) for q in statements]
print(json.dumps({"total": len(statements), "held": end - lock, "statements": shown}))
"""


def queries_of_one_sign_up(env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", QUERIES], cwd=BACKEND, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def rate(port: int, path: str, tokens: list[str], concurrency: int) -> tuple[list[tuple[int, float]], float]:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda token: post(port, path, token), tokens))
    return results, time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=1000)
    parser.add_argument("--capacity", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--json", metavar="PATH", help="also write the figures to PATH (scripts/bench.py reads it)")
    args = parser.parse_args()

    base = os.environ.get("DATABASE_URL")
    if not base:
        sys.exit("Set DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/kepu")
    url, admin_url, name = bench_database_url(base)
    recreate_database(admin_url, name)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": str(REPO / "scripts"),
        "KEPU_THROTTLE_SIGNUP": "100000/min",
        "KEPU_LOG_LEVEL": "WARNING",
        "DATABASE_CONN_MAX_AGE": "60",
    }
    print(f"seeding {name}: 1 event with {args.capacity} seats, {args.residents} residents …", flush=True)
    event_id, tokens = seed(env, args.residents, args.capacity)

    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "config.wsgi:application",
            "--chdir",
            str(BACKEND),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--log-level",
            "warning",
            "--access-logfile",
            "/dev/null",
        ],
        env=env,
        start_new_session=True,
    )
    try:
        wait_until_up(port)
        print(
            f"gunicorn on 127.0.0.1:{port}: {args.workers} workers × {args.threads} threads; "
            f"{len(tokens)} sign-ups, {args.concurrency} at a time",
            flush=True,
        )
        baseline, baseline_elapsed = rate(port, "/bench/post/", tokens, args.concurrency)
        results, elapsed = rate(port, f"/api/v1/events/{event_id}/register/", tokens, args.concurrency)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    latencies = [latency * 1000 for _, latency in results]
    codes: dict[int, int] = {}
    for code, _ in results:
        codes[code] = codes.get(code, 0) + 1
    seats, confirmed, waitlisted = confirmed_seats(env, event_id)
    signups_per_s = len(results) / elapsed
    baseline_per_s = len(baseline) / baseline_elapsed
    print(f"trivial authenticated POST/s: {baseline_per_s:.1f}  ({len(baseline)} in {baseline_elapsed:.2f} s)")
    print(f"sign-ups/s: {signups_per_s:.1f}  ({len(results)} in {elapsed:.2f} s)")
    print(f"ratio sign-up / trivial POST: {signups_per_s / baseline_per_s:.2f}")
    print(
        f"latency ms: p50 {statistics.median(latencies):.1f}  p95 {percentile(latencies, 0.95):.1f}  "
        f"max {max(latencies):.1f}"
    )
    print(f"answers: {dict(sorted(codes.items()))}")
    print(f"confirmed {confirmed} (seats {seats}, capacity {args.capacity}), waitlisted {waitlisted}")
    queries = queries_of_one_sign_up(env)
    print(f"queries per sign-up: {queries['total']} in all, {queries['held']} sent while the event's row lock is held:")
    for statement in queries["statements"]:
        print(f"  {statement}")
    ok = (
        seats == confirmed == min(args.capacity, args.residents)
        and codes == {201: len(tokens)}
        and {code for code, _ in baseline} == {201}
    )
    print("capacity held" if ok else "UNEXPECTED RESULT")
    if args.json:
        figures = {
            "signups_per_s": signups_per_s,
            "baseline_per_s": baseline_per_s,
            "ratio": signups_per_s / baseline_per_s,
            "queries": queries["total"],
            "queries_under_lock": queries["held"],
            "capacity_exact": ok,
        }
        Path(args.json).write_text(json.dumps(figures, indent=1))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
