"""Load test: browsing and sign-up traffic against gunicorn on PostgreSQL, next to baselines of the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kepu .venv/bin/python scripts/loadtest.py \
        [--users 50] [--duration 20] [--events 300] [--residents 6000]

Loopback only; every scenario stops after ``--duration`` seconds. It creates (dropping it first) a
database next to the one DATABASE_URL names (``<name>_loadtest``), migrates it, seeds one small district
(published events with audiences, residents with API tokens), then serves it with gunicorn on the
project's config (``config/gunicorn.py``) and, for the baselines, the same gunicorn config serving:

- ``hello``: a bare WSGI hello-world (``hello_app`` below),
- ``plain-json``: a plain Django ``JsonResponse`` view,
- ``plain-events``: a plain Django view serving the same event list page (same selector, same
  fields, same paging) without DRF.

Scenarios: the baselines, ``api-events`` (the API's event list, the same pages as ``plain-events``),
then ``browse`` (anonymous: event list pages, event detail, public figures)
and ``signup`` (signed-in residents: sign up for an event, then list their registrations). Each prints
requests per second, p50/p95 per endpoint and the answers by status. Then the event list's ratio to
the plain Django view, and the queries per page for page sizes 10 and 50 (must be equal).
"""

# Subprocesses run our own venv with fixed arguments; the random numbers only pick pages to load.
# ruff: noqa: S603, S311
import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"
VENV_BIN = Path(sys.executable).parent


def hello_app(environ, start_response):
    """The floor: what gunicorn alone costs per request."""
    body = b'{"status": "ok"}'
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def loadtest_database_url(base: str) -> tuple[str, str, str]:
    parts = urlsplit(base)
    if not parts.scheme.startswith("postgres"):
        sys.exit("DATABASE_URL must point at PostgreSQL.")
    name = (parts.path.lstrip("/") or "kepu") + "_loadtest"
    return urlunsplit(parts._replace(path=f"/{name}")), urlunsplit(parts._replace(path="/postgres")), name


def recreate_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


SEED = """
import json, random, django
django.setup()
from datetime import timedelta
from django.utils import timezone
from rest_framework.authtoken.models import Token
from kepu.accounts.models import User
from kepu.events.models import Audience, Event, EventStatus
from kepu.places.models import Area, AreaLevel, Organization, Setting
from kepu.places.services import area_save

rng = random.Random(7)
district = area_save(area=Area(name="昆都仑区", level=AreaLevel.DISTRICT, code="150203"))
subdistricts = [area_save(area=Area(name=f"街道{i}", level=AreaLevel.SUBDISTRICT, parent=district)) for i in range(4)]
communities = [
    area_save(area=Area(name=f"社区{s.pk}-{j}", level=AreaLevel.COMMUNITY, parent=s)) for s in subdistricts for j in range(5)
]
orgs = [
    Organization.objects.create(name=f"社区居委会{c.pk}", setting=Setting.COMMUNITY, area=c) for c in communities
]
audiences = list(Audience.objects.all())
now = timezone.now()
events = []
for i in range(EVENTS):
    org = orgs[i % len(orgs)]
    start = now + timedelta(days=1 + i % 60, hours=i % 9)
    events.append(Event(
        title=f"科普讲座{i}", description="人工智能与生活" * 5, activity_type="lecture", setting=org.setting,
        area=org.area, organization=org, address="科普馆", starts_at=start, ends_at=start + timedelta(hours=2),
        capacity=rng.choice([30, 60, 100]), status=EventStatus.APPROVED, approved_at=now,
    ))
events = Event.objects.bulk_create(events)
for event in events:
    event.audiences.set(rng.sample(audiences, k=min(2, len(audiences))))
users = User.objects.bulk_create(
    User(phone=f"186{i:08d}", name=f"居民{i}", password="!") for i in range(RESIDENTS)
)
tokens = Token.objects.bulk_create(Token(user=u, key=Token.generate_key()) for u in users)
print(json.dumps({"events": [e.pk for e in events], "tokens": [t.key for t in tokens]}))
"""


def seed(env: dict, events: int, residents: int) -> tuple[list[int], list[str]]:
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=BACKEND, env=env, check=True)
    code = SEED.replace("EVENTS", str(events)).replace("RESIDENTS", str(residents))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=BACKEND, env=env, check=True, capture_output=True, text=True
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["events"], data["tokens"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(app: str, port: int, env: dict, extra: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "-c", "config/gunicorn.py", *extra, app],
        cwd=BACKEND,
        env={**env, "KEPU_BIND": f"127.0.0.1:{port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def wait_until_up(port: int, path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"gunicorn on port {port} did not come up")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, label: str, status: int, seconds: float) -> None:
        with self.lock:
            self.latencies[label].append(seconds)
            self.statuses[label][status] += 1


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_scenario(name: str, port: int, users: int, duration: float, pick) -> dict[str, dict]:
    """``users`` threads, each with one keep-alive connection, sending ``pick(rng)`` requests until time is up."""
    recorder = Recorder()
    deadline = time.monotonic() + duration
    counter = iter(range(10**9))
    counter_lock = threading.Lock()

    def next_number() -> int:
        with counter_lock:
            return next(counter)

    def user(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            label, method, path, body, headers = pick(rng, next_number)
            started = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status = 0
            recorder.add(label, status, time.perf_counter() - started)
        conn.close()

    started = time.monotonic()
    threads = [threading.Thread(target=user, args=(seed,)) for seed in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    results = {}
    for label, latencies in sorted(recorder.latencies.items()):
        results[label] = {
            "requests": len(latencies),
            "rps": len(latencies) / elapsed,
            "p50_ms": statistics.median(latencies) * 1000,
            "p95_ms": percentile(latencies, 0.95) * 1000,
            "statuses": dict(sorted(recorder.statuses[label].items())),
        }
    total = sum(r["requests"] for r in results.values())
    print(f"\n{name}: {users} users, {elapsed:.1f} s, {total} requests, {total / elapsed:.0f} req/s", flush=True)
    print(f"  {'endpoint':<28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}  statuses")
    for label, r in results.items():
        print(f"  {label:<28} {r['rps']:>8.0f} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f}  {r['statuses']}")
    return results


def count_queries(database_url: str) -> dict[str, tuple[int, int]]:
    """Queries for one page of 10 and of 50 rows, and the median time of a page, through the test client."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"
    sys.path.insert(0, str(BACKEND))
    sys.path.insert(0, str(REPO / "scripts"))
    import django

    django.setup()
    from bench_event_list import queries_per_page
    from django.test import Client

    client = Client()
    counts = {}
    for label, path in (("GET /api/v1/events/", "/api/v1/events/"), ("plain Django event list", "/bench/events/")):
        counts[label] = queries_per_page(client, path)
    # One request at a time, the two views interleaved so that noise from other work hits both alike.
    timings: dict[str, list[float]] = {"GET /api/v1/events/": [], "plain Django event list": []}
    for number in range(60):
        for label, path in (("GET /api/v1/events/", "/api/v1/events/"), ("plain Django event list", "/bench/events/")):
            started = time.perf_counter()
            client.get(f"{path}?page={number % 10 + 1}")
            timings[label].append((time.perf_counter() - started) * 1000)
    medians = {label: statistics.median(values) for label, values in timings.items()}
    return counts, medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50, help="concurrent users (threads)")
    parser.add_argument("--duration", type=float, default=20, help="seconds per scenario")
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--residents", type=int, default=6000)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "3")))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("WEB_THREADS", "2")))
    parser.add_argument("--keep", action="store_true", help="keep the load-test database afterwards")
    args = parser.parse_args()

    base = os.environ.get("DATABASE_URL")
    if not base:
        sys.exit("Set DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/kepu")
    url, admin_url, name = loadtest_database_url(base)
    recreate_database(admin_url, name)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        # The app's settings with the baseline views mounted under /bench/ (scripts/bench_settings.py).
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "scripts"), os.environ.get("PYTHONPATH")])),
        "DJANGO_DEBUG": "0",
        # Many sign-ups come from few addresses here; the limits themselves are tested elsewhere.
        "KEPU_THROTTLE_SIGNUP": "1000000/min",
        "KEPU_LOG_LEVEL": "WARNING",
        "WEB_CONCURRENCY": str(args.workers),
        "WEB_THREADS": str(args.threads),
    }
    print(f"seeding {name}: {args.events} published events, {args.residents} residents …", flush=True)
    event_ids, tokens = seed(env, args.events, args.residents)
    pages = max(1, args.events // 20)

    app_port, hello_port = free_port(), free_port()
    app = start_gunicorn("config.wsgi:application", app_port, env, ["--access-logfile", "/dev/null"])
    hello = start_gunicorn(
        "loadtest:hello_app", hello_port, env, ["--access-logfile", "/dev/null", "--pythonpath", str(REPO / "scripts")]
    )
    results: dict[str, dict] = {}
    try:
        wait_until_up(app_port, "/api/v1/events/")
        wait_until_up(hello_port, "/")
        print(
            f"gunicorn (config/gunicorn.py): {args.workers} workers × {args.threads} threads; "
            f"{args.users} users, {args.duration:.0f} s per scenario",
            flush=True,
        )
        json_headers = {"Accept": "application/json"}

        def hello_pick(rng, number):
            return "bare WSGI hello-world", "GET", "/", None, json_headers

        def plain_json_pick(rng, number):
            return "plain Django JsonResponse", "GET", "/bench/json/", None, json_headers

        def plain_events_pick(rng, number):
            path = f"/bench/events/?page={rng.randint(1, pages)}"
            return "plain Django event list", "GET", path, None, json_headers

        def api_events_pick(rng, number):
            path = f"/api/v1/events/?page={rng.randint(1, pages)}"
            return "GET /api/v1/events/", "GET", path, None, json_headers

        def browse_pick(rng, number):
            roll = rng.random()
            if roll < 0.6:
                return "GET /api/v1/events/", "GET", f"/api/v1/events/?page={rng.randint(1, pages)}", None, json_headers
            if roll < 0.9:
                path = f"/api/v1/events/{rng.choice(event_ids)}/"
                return "GET /api/v1/events/{id}/", "GET", path, None, json_headers
            return "GET /api/v1/stats/public/", "GET", "/api/v1/stats/public/", None, json_headers

        def signup_pick(rng, number):
            n = number()
            token = tokens[n % len(tokens)]
            headers = {**json_headers, "Authorization": f"Token {token}", "Content-Type": "application/json"}
            if rng.random() < 0.3:
                return "GET /api/v1/registrations/", "GET", "/api/v1/registrations/", None, headers
            # A fresh (resident, event) pair for every sign-up: resident n, event shifted each round.
            event = event_ids[(n + n // len(tokens)) % len(event_ids)]
            body = json.dumps({"companions": 0})
            return "POST /api/v1/events/{id}/register/", "POST", f"/api/v1/events/{event}/register/", body, headers

        results["hello"] = run_scenario("hello", hello_port, args.users, args.duration, hello_pick)
        results["plain-json"] = run_scenario("plain-json", app_port, args.users, args.duration, plain_json_pick)
        results["plain-events"] = run_scenario("plain-events", app_port, args.users, args.duration, plain_events_pick)
        results["api-events"] = run_scenario("api-events", app_port, args.users, args.duration, api_events_pick)
        results["browse"] = run_scenario("browse", app_port, args.users, args.duration, browse_pick)
        results["signup"] = run_scenario("signup", app_port, args.users, args.duration, signup_pick)
    finally:
        stop(app)
        stop(hello)

    plain = results["plain-events"]["plain Django event list"]
    api = results["api-events"]["GET /api/v1/events/"]
    # Same pages, same concurrency, one scenario each: compare throughput and latency.
    ratio = plain["rps"] / api["rps"]
    print("\nevent list vs the plain Django view of the same page:")
    print(f"  plain Django: {plain['rps']:.0f} req/s, p50 {plain['p50_ms']:.1f} ms, p95 {plain['p95_ms']:.1f} ms")
    print(f"  DRF API:      {api['rps']:.0f} req/s, p50 {api['p50_ms']:.1f} ms, p95 {api['p95_ms']:.1f} ms")
    print(f"  cost ratio (plain req/s ÷ API req/s): {ratio:.2f}× (goal: within 2×) -> {'OK' if ratio <= 2 else 'over'}")
    slow = [
        f"{label} ({r['p95_ms']:.0f} ms)"
        for scenario in ("browse", "signup")
        for label, r in results[scenario].items()
        if r["p95_ms"] >= 100
    ]
    print(f"  p95 under 100 ms at {args.users} users: {'all endpoints' if not slow else 'not for ' + ', '.join(slow)}")
    errors = {
        f"{scenario}/{label}": r["statuses"]
        for scenario, rows in results.items()
        for label, r in rows.items()
        if any(status == 0 or status >= 500 for status in r["statuses"])
    }
    print(f"  5xx or connection errors: {errors or 'none'}")

    counts, medians = count_queries(url)
    print("\nqueries per page (page_size 10 vs 50):")
    for label, (small, large) in counts.items():
        print(f"  {label:<28} {small} vs {large} -> {'constant' if small == large else 'NOT constant'}")
    api_ms, plain_ms = medians["GET /api/v1/events/"], medians["plain Django event list"]
    print("\none request at a time, in process (median of 60, 20 events a page):")
    print(f"  GET /api/v1/events/ {api_ms:.1f} ms, plain Django {plain_ms:.1f} ms, ratio {api_ms / plain_ms:.2f}×")
    from django.db import connections

    connections.close_all()
    if not args.keep:
        drop_database(admin_url, name)


if __name__ == "__main__":
    main()
