"""Run every benchmark in sequence (``make bench``), or one with ``--only NAME``.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kepu .venv/bin/python scripts/bench.py [--only stats]

Each benchmark runs as its own process with DATABASE_URL passed through and prints its own figures:

- ``signup``: scripts/bench_signup.py, concurrent sign-ups for one event against gunicorn;
- ``stats``: scripts/bench_stats.py, the statistics endpoints against hand-written SQL, on the
  ``kepu_bench`` database (same server as DATABASE_URL); when that database is missing or empty it is
  created, migrated and filled with ``seed_demo --scale 1`` (50,000 events, 1,000,000 registrations),
  and later runs reuse it;
- ``notifications``: scripts/bench_notifications.py, one Celery worker delivering reminders;
- ``loadtest``: scripts/loadtest.py, browsing and sign-up traffic next to WSGI/Django baselines.
"""

# Subprocesses are our own scripts and manage.py with fixed arguments.
# ruff: noqa: S603
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"
SCRIPTS = REPO / "scripts"
PYTHON = sys.executable
STATS_DATABASE = "kepu_bench"

BENCHMARKS = {
    "signup": ["bench_signup.py", "--residents", "1000", "--capacity", "500", "--concurrency", "50"],
    "stats": ["bench_stats.py", "--runs", "15"],
    "notifications": ["bench_notifications.py", "--registrations", "20000"],
    "loadtest": ["loadtest.py", "--users", "50", "--duration", "20"],
}


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def ensure_stats_database(base_url: str) -> str:
    """The seeded ``kepu_bench`` database: created and seeded once, reused afterwards."""
    import psycopg

    url = with_database(base_url, STATS_DATABASE)
    with psycopg.connect(with_database(base_url, "postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [STATS_DATABASE]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{STATS_DATABASE}"')
    with psycopg.connect(url) as conn:
        table = conn.execute("SELECT to_regclass('public.events_event')").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events_event").fetchone()[0] if table else 0
    if events >= 10000:
        print(f"reusing {STATS_DATABASE} ({events} events)", flush=True)
        return url
    env = {**os.environ, "DATABASE_URL": url}
    print(f"preparing {STATS_DATABASE}: migrate, then seed_demo --scale 1 (takes a minute or two) …", flush=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=BACKEND, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "seed_demo", "--scale", "1"], cwd=BACKEND, env=env, check=True)
    return url


def run(name: str, base_url: str) -> int:
    script, *arguments = BENCHMARKS[name]
    env = {**os.environ, "DATABASE_URL": base_url}
    if name == "stats":
        env["DATABASE_URL"] = ensure_stats_database(base_url)
    print(f"\n=== {name}: {script} {' '.join(arguments)}", flush=True)
    started = time.monotonic()
    code = subprocess.run([PYTHON, str(SCRIPTS / script), *arguments], env=env, cwd=REPO).returncode
    print(
        f"=== {name}: {'done' if code == 0 else f'FAILED (exit {code})'} in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    return code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=sorted(BENCHMARKS), help="run just this benchmark")
    args = parser.parse_args()
    base_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kepu")
    if not urlsplit(base_url).scheme.startswith("postgres"):
        sys.exit("The benchmarks need PostgreSQL: set DATABASE_URL=postgres://…")
    names = [args.only] if args.only else list(BENCHMARKS)
    failed = [name for name in names if run(name, base_url) != 0]
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
