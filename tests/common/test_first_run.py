"""A newcomer's first run: `make run` with no configuration at all, then the product's main work over HTTP.

The app starts exactly as README says (the private PostgreSQL under the data folder, the filesystem
broker, gunicorn, worker and beat from the Procfile), in a data folder of the test's own. Over HTTP a
resident signs up and a second one is waitlisted, the organizer checks the first in and files the
report, staff accept it, and every statistics endpoint, export and the yearly report answer with the
new figures; the beat's sweep runs and delivers the sign-up confirmation; the API docs load their
scripts from our own server. Ctrl-C stops everything, the database included; a second `make run`
finds the same data.
"""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
import pytest
from django.utils import timezone
from live_http import LiveClient

from kepu.demo.reference import DEMO_PHONES
from localservices import PrivatePostgres, database_url_for, spare_port

SHANGHAI = ZoneInfo("Asia/Shanghai")

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]
DEMO_PASSWORD = "kepu2026"  # README's demo logins
# What a newcomer has not set: no servers, no settings, and not the make invocation running the suite.
CONFIGURATION = (
    "DATABASE_URL",
    "REDIS_URL",
    "CELERY_BROKER_URL",
    "DJANGO_ENV",
    "KEPU_VAR_DIR",
    "KEPU_BIND",
    "MAKEFLAGS",
    "MAKELEVEL",
    "MFLAGS",
)


class MakeRun:
    """`make run` in its own process group, so a Ctrl-C can be sent to all of it as a terminal would."""

    def __init__(self, var_dir: Path, port: int) -> None:
        self.var_dir = var_dir
        self.port = port
        self.log = var_dir.parent / f"make-run-{time.monotonic_ns()}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> float:
        env = {name: value for name, value in os.environ.items() if name not in CONFIGURATION}
        env.update(KEPU_VAR_DIR=str(self.var_dir), KEPU_BIND=f"127.0.0.1:{self.port}")
        started = time.monotonic()
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                ["make", "--no-print-directory", "run"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        client = LiveClient(f"http://127.0.0.1:{self.port}")
        deadline = started + 300
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"make run exited early:\n{self.output()[-3000:]}"
            try:
                if client.fetch("GET", "/")[0] == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"make run never answered on /:\n{self.output()[-3000:]}")

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def interrupt(self) -> int:
        """Ctrl-C, as the terminal sends it: SIGINT to the whole foreground process group."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            raise


@pytest.fixture(scope="module")
def first_run():
    var_dir = Path(tempfile.mkdtemp(prefix="kepu-first-run-")) / "var"
    var_dir.mkdir()
    run = MakeRun(var_dir, spare_port())
    try:
        seconds = run.start()
        yield run, seconds
    finally:
        if run.process and run.process.poll() is None:
            run.interrupt()
        PrivatePostgres(var_dir / "postgres").stop(mode="immediate")
        shutil.rmtree(var_dir.parent, ignore_errors=True)


def _wait_until(condition, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def _signed_in(run: MakeRun, phone: str, password: str = DEMO_PASSWORD) -> LiveClient:
    client = LiveClient(f"http://127.0.0.1:{run.port}")
    client.sign_in(phone, password)
    return client


def _logged_code(run: MakeRun, phone: str) -> str | None:
    found = re.findall(rf"SMS to {phone} \[[^\]]*\]: \D*(\d{{6}})", run.output())
    return found[-1] if found else None


def _ok(response: tuple[int, dict]) -> dict:
    status, body = response
    assert 200 <= status < 300, (status, body)
    return body


def test_a_newcomer_runs_the_whole_journey_on_the_default_setup(first_run):
    run, seconds = first_run
    print(f"make run answered on / after {seconds:.1f} s")
    base = f"http://127.0.0.1:{run.port}"
    assert "PostgreSQL started" in run.output()
    assert "filesystem://" in run.output(), "with no REDIS_URL the broker is the filesystem"

    organizer = _signed_in(run, DEMO_PHONES["organizer"])
    staff = _signed_in(run, DEMO_PHONES["district_staff"])
    resident = _signed_in(run, DEMO_PHONES["resident"])
    newcomer = LiveClient(base)
    newcomer.fetch_csrf_token()
    # The default SMS gateway writes messages to the log: the newcomer reads the code there.
    _ok(newcomer.request("POST", "/api/v1/auth/sms-code/", {"phone": "13912345678", "purpose": "register"}))
    code = _wait_until(lambda: _logged_code(run, "13912345678"), timeout=10, what="the code in the log")
    policy = _ok(newcomer.request("GET", "/api/v1/auth/privacy-policy/"))
    signup = {"name": "新居民", "password": "Kepu-first-2026", "privacy_consent": True}
    _ok(
        newcomer.request(
            "POST",
            "/api/v1/auth/register/",
            {"phone": "13912345678", "code": code, "privacy_policy_version": policy["version"], **signup},
        )
    )

    # An organizer registers a lecture with one seat; staff approve it.
    organization = _ok(organizer.request("GET", "/api/v1/auth/me/"))["organizations"][0]
    starts = timezone.now() + timedelta(seconds=40)
    event = _ok(
        organizer.request(
            "POST",
            "/api/v1/events/",
            {
                "title": "第一次运行的科普讲座",
                "activity_type": "lecture",
                "organization": organization["id"],
                "starts_at": starts.isoformat(),
                "ends_at": (starts + timedelta(hours=1)).isoformat(),
                "capacity": 1,
                "audiences": ["general_public"],
            },
        )
    )
    _ok(organizer.request("POST", f"/api/v1/events/{event['id']}/submit/"))
    _ok(staff.request("POST", f"/api/v1/events/{event['id']}/approve/"))

    before = _ok(staff.request("GET", "/api/v1/stats/summary/"))

    # The first resident gets the seat, the second the waiting list.
    first = _ok(resident.request("POST", f"/api/v1/events/{event['id']}/register/", {"companions": 0}))
    second = _ok(newcomer.request("POST", f"/api/v1/events/{event['id']}/register/", {"companions": 0}))
    assert first["status"] == "confirmed" and second["status"] == "waitlisted", (first, second)

    # At the door, once the event has begun: the code is checked in, the event completed and reported.
    _wait_until(lambda: timezone.now() >= starts, timeout=60, what="the start of the event")
    checked = _ok(
        organizer.request("POST", f"/api/v1/events/{event['id']}/check-in/", {"code": first["check_in_code"]})
    )
    assert checked["checked_in_at"]
    _ok(organizer.request("POST", f"/api/v1/events/{event['id']}/complete/"))
    _ok(
        organizer.request(
            "POST",
            f"/api/v1/events/{event['id']}/report/",
            {"walk_ins": [{"audience": "general_public", "count": 12}], "expenditure": "300.00", "summary": "顺利举行"},
        )
    )
    _ok(staff.request("POST", f"/api/v1/events/{event['id']}/report/review/", {"decision": "accept"}))

    # Every statistic answers, and the official figures now hold the event: 1 checked in + 12 walk-ins.
    after = _ok(staff.request("GET", "/api/v1/stats/summary/"))
    assert after["events"]["events"] == before["events"]["events"] + 1, (before["events"], after["events"])
    assert after["attendance"]["attendance"] == before["attendance"]["attendance"] + 13
    year = timezone.localtime().year
    for path in (
        "/api/v1/stats/timeseries/",
        "/api/v1/stats/breakdown/?by=activity_type",
        "/api/v1/stats/breakdown/?by=area",
        "/api/v1/stats/per-capita/",
        "/api/v1/stats/scorecard/",
        f"/api/v1/reports/annual/{year}/",
    ):
        _ok(staff.request("GET", path))
    for path in ("/api/v1/stats/export/?format=csv", "/api/v1/stats/export/?format=xlsx"):
        status, _headers, body = staff.fetch("GET", path)
        assert status == 200 and body, (path, status)
    status, _headers, body = staff.fetch("GET", f"/api/v1/reports/annual/{year}/?format=xlsx")
    assert status == 200 and body[:2] == b"PK", status
    public = _ok(LiveClient(base).request("GET", "/api/v1/stats/public/"))
    assert public["events"] == after["events"]["events"] and public["attendance"] == after["attendance"]["attendance"]

    # The beat's sweep runs in the worker and delivers the sign-up confirmation, which is in the inbox.
    inbox = _ok(resident.request("GET", "/api/v1/notifications/"))["results"]
    assert any(item["kind"] == "registration_confirmed" and item["event"] == event["id"] for item in inbox), inbox

    def deliveries() -> list[tuple[str, str, datetime]]:
        url = database_url_for(run.var_dir / "postgres")
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as connection:
            return connection.execute(
                "SELECT d.channel, d.state, d.next_attempt_at FROM notifications_delivery d "
                "JOIN notifications_notification n ON n.id = d.notification_id "
                "JOIN accounts_user u ON u.id = n.recipient_id "
                "WHERE u.phone = %s AND n.kind = 'registration_confirmed' AND n.event_id = %s",
                [DEMO_PHONES["resident"], event["id"]],
            ).fetchall()

    def settled(channel: str, state: str, next_attempt_at: datetime) -> bool:
        """Sent; or, for an SMS in the default quiet hours (22:00-08:00 in Shanghai), put off until 08:00."""
        local = next_attempt_at.astimezone(SHANGHAI)
        deferred = next_attempt_at > timezone.now() and (local.hour, local.minute, local.second) == (8, 0, 0)
        return state == "sent" or (channel == "sms" and state == "pending" and deferred)

    _wait_until(
        lambda: (rows := deliveries()) and all(settled(*row) for row in rows),
        timeout=150,
        what="the sweep to send the sign-up confirmation (or put its SMS off past quiet hours)",
    )
    assert re.search(r"Task notifications\.sweep\[[^\]]+\] succeeded", run.output())
    assert "Traceback" not in run.output(), run.output()[-4000:]

    # The API docs load their scripts from our own server.
    status, _headers, page = LiveClient(base).fetch("GET", "/api/docs/")
    assert status == 200
    scripts = re.findall(rb'<script[^>]+src="([^"]+)"', page)
    assert scripts, page[:500]
    for src in scripts:
        assert src.startswith(b"/"), f"script from another server: {src!r}"
        assert LiveClient(base).fetch("GET", src.decode())[0] == 200, src
    assert b"cdn" not in page.lower()
    status, _headers, page = LiveClient(base).fetch("GET", "/api/redoc/")
    assert status == 200 and all(src.startswith(b"/") for src in re.findall(rb'<script[^>]+src="([^"]+)"', page))


def test_ctrl_c_stops_the_stack_and_the_next_run_finds_the_same_data(first_run):
    run, _seconds = first_run
    run.interrupt()
    assert "PostgreSQL stopped" in run.output()
    assert not PrivatePostgres(run.var_dir / "postgres").is_running()

    run.start()
    try:
        newcomer = _signed_in(run, "13912345678", "Kepu-first-2026")
        registrations = _ok(newcomer.request("GET", "/api/v1/registrations/"))["results"]
        assert [r["status"] for r in registrations] == ["waitlisted"], registrations
    finally:
        run.interrupt()
    assert not PrivatePostgres(run.var_dir / "postgres").is_running()
