"""Run every benchmark in sequence (``make bench``), or some with ``--only NAME …``, and sum up the ratios.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kepu .venv/bin/python scripts/bench.py \
        [--only stats notifications] [--scales 1 2]

Each benchmark runs as its own process with DATABASE_URL passed through, prints its own figures and
leaves them as JSON for the summary at the end, which lists every goal with the figure measured:

- ``signup``: scripts/bench_signup.py, one event under 50 concurrent clients against gunicorn, next to a
  trivial authenticated POST of the same run; capacity exact, queries per sign-up;
- ``event-list``: scripts/bench_event_list.py, the event list at 300 events and after 49,700 past ones,
  next to a plain Django view of the same page; queries per page;
- ``stats``: scripts/bench_stats.py, every statistics endpoint against hand-written SQL for the district
  and its largest subdistrict, next to an event detail GET, on one database per scale:
  ``kepu_bench_scale<N>`` (same server as DATABASE_URL), created, migrated and filled with
  ``seed_demo --scale N`` (N × 50,000 events, N × 1,000,000 registrations) when missing, reused after;
  then, in five rounds, the summary, time series and yearly report next to an event detail GET timed
  alternately with them, the first two scales timed together (one run on each database, taking turns
  call by call), and the time at the larger scale against the smaller one (medians of the rounds);
- ``notifications``: scripts/bench_notifications.py, one Celery worker delivering the reminders of 5,000
  and of 20,000 sign-ups, and the sweep with nothing new next to an event detail GET, on stale
  statistics and after ANALYZE; the two sizes take turns five times, medians of the five;
- ``loadtest``: scripts/loadtest.py, browsing and sign-up traffic next to WSGI/Django baselines.
"""

# Subprocesses are our own scripts and manage.py with fixed arguments.
# ruff: noqa: S603
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"
SCRIPTS = REPO / "scripts"
PYTHON = sys.executable
NAMES = ("signup", "event-list", "stats", "notifications", "loadtest")
REMINDER_RUNS = (5_000, 20_000)
HEADLINE = ("summary", "timeseries", "reports/annual")
HEADLINE_ROUNDS = 5
REMINDER_ROUNDS = 5
OUT = Path(tempfile.mkdtemp(prefix="kepu-bench-"))


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def scale_database(base_url: str, scale: float) -> str:
    """``kepu_bench_scale<N>`` seeded with ``seed_demo --scale N``: created and seeded once, reused afterwards."""
    import psycopg

    name = f"kepu_bench_scale{scale:g}".replace(".", "_")
    url = with_database(base_url, name)
    with psycopg.connect(with_database(base_url, "postgres"), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(url) as conn:
        # A new database has no audit table yet: look for it before reading it.
        migrated = conn.execute("SELECT to_regclass('common_auditentry')").fetchone()[0]
        seeded = migrated and conn.execute("SELECT 1 FROM common_auditentry WHERE action = 'demo.scaled'").fetchone()
    if seeded:
        print(f"reusing {name}", flush=True)
        return url
    env = {**os.environ, "DATABASE_URL": url}
    print(f"preparing {name}: migrate, then seed_demo --scale {scale:g} (about 3 minutes per scale) …", flush=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=BACKEND, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "seed_demo", "--scale", f"{scale:g}"], cwd=BACKEND, env=env, check=True)
    return url


def script(label: str, name: str, arguments: list[str], database_url: str) -> dict | None:
    """Run one benchmark script; its figures (``--json``), or None when it failed."""
    out = OUT / f"{label}.json"
    print(f"\n=== {label}: {name} {' '.join(arguments)}", flush=True)
    started = time.monotonic()
    code = subprocess.run(
        [PYTHON, str(SCRIPTS / name), *arguments, "--json", str(out)],
        env={**os.environ, "DATABASE_URL": database_url},
        cwd=REPO,
    ).returncode
    print(f"=== {label}: {'done' if code == 0 else f'FAILED (exit {code})'} in {time.monotonic() - started:.0f} s")
    return json.loads(out.read_text()) if code == 0 and out.exists() else None


class Goals:
    """The summary: one line per goal, with the figure measured and whether it holds."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, bool | None]] = []

    def add(self, what: str, value: float, goal: str, ok: bool | None, unit: str = "×") -> None:
        self.rows.append((what, f"{value:.2f}{unit}", goal, ok))

    def print(self) -> None:
        print("\n=== summary (ratios measured in this run)")
        width = max((len(r[0]) for r in self.rows), default=10)
        for what, value, goal, ok in self.rows:
            verdict = "" if ok is None else ("met" if ok else "NOT MET")
            print(f"  {what:<{width}}  {value:>9}  goal {goal:<8} {verdict}")


def stats(base_url: str, scales: list[float], goals: Goals) -> bool:
    results: dict[float, dict] = {}
    urls = {scale: scale_database(base_url, scale) for scale in scales}
    for scale in scales:
        # The same subdistrict at every scale: the busiest one of the first.
        first = results[scales[0]].get("subdistrict") if results else None
        pinned = [f"--subdistrict={first}"] if first else []
        figures = script(f"stats-scale{scale:g}", "bench_stats.py", ["--runs", "9", *pinned], urls[scale])
        if figures is None:
            return False
        results[scale] = figures
    for scale, figures in results.items():
        for label, rows in figures["slices"].items():
            worst = max(r["ratio"] for r in rows.values())
            goals.add(f"stats scale {scale:g} {label}: worst endpoint ÷ its SQL", worst, "<= 1.5", worst <= 1.5)
    # The headline endpoints next to the detail GET and across scales. Two scales are timed by one run and
    # its partner process on the other database, call by call in turn, so that both meet the same load
    # (two runs seconds apart met loads that differed by a fifth); medians of the rounds.
    pinned = [f"--subdistrict={results[scales[0]]['subdistrict']}"] if results[scales[0]].get("subdistrict") else []
    rounds: dict[float, list[dict]] = {scale: [] for scale in scales}
    pairs = [tuple(scales[:2])] if len(scales) >= 2 else []
    pairs += [(scale,) for scale in scales[len(pairs) * 2 :]]
    for number in range(1, HEADLINE_ROUNDS + 1):
        for pair in pairs:
            label = f"stats-headline-scale{'-'.join(f'{scale:g}' for scale in pair)}-round{number}"
            arguments = ["--headline", "--runs", "15", *pinned]
            if len(pair) == 2:
                arguments += ["--pair", urls[pair[1]]]
            figures = script(label, "bench_stats.py", arguments, urls[pair[0]])
            if figures is None:
                return False
            rounds[pair[0]].append(figures["headline"])
            if len(pair) == 2:
                rounds[pair[1]].append(figures["paired"]["headline"])
    for scale in scales:
        for label in rounds[scale][0]:
            for name in HEADLINE:
                ratio = statistics.median(r[label][name]["ratio"] for r in rounds[scale])
                goals.add(f"stats scale {scale:g} {label} {name} ÷ event detail GET", ratio, "<= 3", ratio <= 3)
    if len(scales) >= 2:
        small, large = min(scales[:2]), max(scales[:2])
        for label in rounds[large][0]:
            for name in HEADLINE:
                ratio = statistics.median(
                    big[label][name]["api_ms"] / little[label][name]["api_ms"]
                    for big, little in zip(rounds[large], rounds[small], strict=True)
                )
                goals.add(f"stats {label} {name}: scale {large:g} ÷ scale {small:g}", ratio, "<= 1.2", ratio <= 1.2)
    return True


def notifications(base_url: str, goals: Goals) -> bool:
    # The sizes take turns, REMINDER_ROUNDS times, and each size's rate is its median: one run of each,
    # a minute apart, compares the load of two moments as much as the two sizes.
    runs: dict[int, list[dict]] = {count: [] for count in REMINDER_RUNS}
    for number in range(1, REMINDER_ROUNDS + 1):
        for count in REMINDER_RUNS:
            label = f"notifications-{count}-round{number}"
            figures = script(label, "bench_notifications.py", ["--registrations", str(count)], base_url)
            if figures is None:
                return False
            runs[count].append(figures)
    small, large = REMINDER_RUNS[0], REMINDER_RUNS[-1]
    rates = {count: statistics.median(r["rate"] for r in runs[count]) for count in REMINDER_RUNS}
    goals.add(f"reminders delivered per second, {large:,} (median of {REMINDER_ROUNDS})", rates[large], "", None, "/s")
    ratio = rates[large] / rates[small]
    goals.add(f"reminder rate {large:,} ÷ {small:,}", ratio, ">= 1", ratio >= 1)
    for label in ("stale statistics", "after ANALYZE"):
        ratio = statistics.median(r[label]["sweep_ms"] / r[label]["detail_ms"] for r in runs[large])
        goals.add(f"idle sweep, {large:,} sign-ups ({label}) ÷ event detail GET", ratio, "<= 2", ratio <= 2)
    return True


def run(name: str, base_url: str, scales: list[float], goals: Goals) -> bool:
    if name == "stats":
        return stats(base_url, scales, goals)
    if name == "notifications":
        return notifications(base_url, goals)
    if name == "signup":
        arguments = ["--residents", "1000", "--capacity", "500", "--concurrency", "50"]
        figures = script(name, "bench_signup.py", arguments, base_url)
        if figures:
            goals.add(
                "sign-up ÷ trivial authenticated POST, 50 clients", figures["ratio"], ">= 0.5", figures["ratio"] >= 0.5
            )
            goals.add("queries per sign-up", figures["queries"], "", None, "")
            goals.add("capacity exact", float(figures["capacity_exact"]), "1", figures["capacity_exact"], "")
        return figures is not None
    if name == "event-list":
        figures = script(name, "bench_event_list.py", [], base_url)
        if figures:
            events = figures["events"]
            ratio = figures["history_ratio"]
            goals.add(f"event list at {events[1]:,} ÷ at {events[0]:,} events", ratio, ">= 0.8", ratio >= 0.8)
            ratio = figures["plain_ratio"]
            goals.add(f"event list ÷ plain Django view at {events[1]:,}", ratio, ">= 0.8", ratio >= 0.8)
            goals.add(
                "event list queries per page constant",
                float(figures["queries_constant"]),
                "1",
                figures["queries_constant"],
                "",
            )
        return figures is not None
    print(f"\n=== {name}", flush=True)
    code = subprocess.run(
        [PYTHON, str(SCRIPTS / "loadtest.py"), "--users", "50", "--duration", "20"], cwd=REPO
    ).returncode
    return code == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=NAMES, help="run just these benchmarks")
    parser.add_argument("--scales", nargs="+", type=float, default=[1, 2], help="seed_demo scales for the statistics")
    args = parser.parse_args()
    base_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kepu")
    if not urlsplit(base_url).scheme.startswith("postgres"):
        sys.exit("The benchmarks need PostgreSQL: set DATABASE_URL=postgres://…")
    goals = Goals()
    failed = [name for name in (args.only or NAMES) if not run(name, base_url, args.scales, goals)]
    goals.print()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
