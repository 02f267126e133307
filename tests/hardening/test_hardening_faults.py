"""PostgreSQL and Redis go away and come back while a real gunicorn keeps serving.

The test starts its own PostgreSQL (the embedded server binaries) and redis-server on spare ports so
it can stop them, and a gunicorn on the project's config. Policy under test (README "Outages"):

- database down: every API request that needs it answers 503 with a clear message; ``/healthz`` is
  503 and names the database; when it is back, the same workers serve again (no restart).
- Redis down: requests that do not need it (browsing events) still answer 200; the throttled sign-in
  and sign-up endpoints, which count in Redis, answer 503 rather than running unthrottled; ``/healthz``
  is 503 and names the broker; when Redis is back, everything works without a restart.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from live_http import LiveClient
from sms_outbox import last_code, read_file

from localservices import FAST_SETTINGS, PrivatePostgres, PrivateRedis, spare_port, wait_for_port

REPO = Path(__file__).resolve().parents[2]
BACKEND = REPO / "backend"
TESTS = REPO / "tests"
OUTBOX = Path(tempfile.gettempdir()) / f"kepu-faults-sms-{os.getpid()}.jsonl"
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.timeout(120)


class FaultPostgres(PrivatePostgres):
    """A throwaway cluster on a spare TCP port, stopped abruptly (``immediate``) to simulate a crash."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="kepu-fault-pg-"))
        super().__init__(self.dir / "data", port=spare_port(), settings=FAST_SETTINGS)

    def stop(self, mode: str = "immediate") -> None:
        super().stop(mode)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def stack():
    postgres = FaultPostgres()
    redis = PrivateRedis(postgres.dir / "redis")
    gunicorn = None
    try:
        postgres.start()
        postgres.ensure_database("kepu")
        redis.start()
        port = spare_port()
        env = {
            **os.environ,
            "DATABASE_URL": postgres.url("kepu"),
            "REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
            "CELERY_BROKER_URL": f"redis://127.0.0.1:{redis.port}/0",
            "DATABASE_CONNECT_TIMEOUT": "2",
            "KEPU_VAR_DIR": str(postgres.dir / "var"),
            "KEPU_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "1",
            "WEB_THREADS": "4",
            "DJANGO_PASSWORD_HASHERS": "django.contrib.auth.hashers.MD5PasswordHasher",
            # Verification codes land in a file the test reads (tests/sms_outbox.py).
            "KEPU_SMS_GATEWAY": "sms_outbox.FileSmsGateway",
            "KEPU_TEST_SMS_OUTBOX": str(OUTBOX),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH", "")])),
        }
        subprocess.run(
            [str(BIN / "python"), "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=BACKEND,
            env=env,
            check=True,
            capture_output=True,
            timeout=90,
        )
        gunicorn = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=BACKEND,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(port)
        client = LiveClient(f"http://127.0.0.1:{port}")
        client.fetch_csrf_token()
        yield postgres, redis, client, gunicorn
    finally:
        if gunicorn is not None:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        redis.stop()
        postgres.cleanup()


def _register(client: LiveClient, phone: str) -> int:
    """Ask for a code and sign up with it: 201, or 503 at the first step that needs what is down."""
    status, body = client.request("POST", "/api/v1/auth/sms-code/", {"phone": phone, "purpose": "register"})
    assert status in (202, 503), (status, body)
    if status == 503:
        return status
    fields = {"name": "故障测试", "password": "Kepu-fault-2026", "privacy_consent": True}
    fields["privacy_policy_version"] = client.request("GET", "/api/v1/auth/privacy-policy/")[1]["version"]
    code = last_code(phone, read_file(OUTBOX))
    status, body = client.request("POST", "/api/v1/auth/register/", {"phone": phone, "code": code, **fields})
    assert status in (201, 503), (status, body)
    return status


def test_with_the_database_stopped_the_api_answers_503_and_recovers_without_a_restart(stack):
    postgres, _redis, client, gunicorn = stack
    assert client.request("GET", "/api/v1/events/")[0] == 200
    assert client.request("GET", "/healthz")[0] == 200
    postgres.stop()
    try:
        # An anonymous first page may come from the cache; this one was never asked for, so it needs the database.
        for path in ("/api/v1/events/?period=past", "/api/v1/areas/", "/api/v1/organizations/"):
            status, body = client.request("GET", path)
            assert status == 503, (path, status, body)
            assert "unavailable" in body["detail"].lower() or "不可用" in body["detail"], body
        assert _register(client, "13511110001") == 503
        status, health = client.request("GET", "/healthz")
        assert status == 503
        assert health["database"].startswith("down") and health["broker"] == "ok"
    finally:
        postgres.start()
    assert client.request("GET", "/api/v1/events/")[0] == 200
    assert client.request("GET", "/healthz")[0] == 200
    assert _register(client, "13511110002") == 201
    assert gunicorn.poll() is None, "gunicorn kept running through the outage"


def test_with_redis_stopped_browsing_works_throttled_endpoints_answer_503_and_all_recovers(stack):
    _postgres, redis, client, gunicorn = stack
    redis.stop()
    try:
        assert client.request("GET", "/api/v1/events/")[0] == 200
        assert client.request("GET", "/api/v1/events/?page_size=5")[0] == 200
        # The public figures are cached in Redis: a fresh answer or a 503, never a 500.
        assert client.request("GET", "/api/v1/stats/public/")[0] in (200, 503)
        status, body = client.request(
            "POST", "/api/v1/auth/token/", {"phone": "13511110002", "password": "Kepu-fault-2026"}
        )
        assert status == 503, (status, body)
        assert body["detail"]
        assert _register(client, "13511110003") == 503
        status, health = client.request("GET", "/healthz")
        assert status == 503
        assert health["database"] == "ok" and health["broker"].startswith("down")
    finally:
        redis.start()
    status, body = client.request(
        "POST", "/api/v1/auth/token/", {"phone": "13511110002", "password": "Kepu-fault-2026"}
    )
    assert status == 200, (status, body)
    assert _register(client, "13511110003") == 201
    assert client.request("GET", "/healthz")[0] == 200
    assert gunicorn.poll() is None
