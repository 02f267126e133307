"""PostgreSQL and Redis go away and come back while a real gunicorn keeps serving.

The test starts its own PostgreSQL (initdb + pg_ctl) and redis-server on spare ports so it can stop
them, and a gunicorn on the project's config. Policy under test (README "Outages"):

- database down: every API request that needs it answers 503 with a clear message; ``/healthz`` is
  503 and names the database; when it is back, the same workers serve again (no restart).
- Redis down: requests that do not need it (browsing events) still answer 200; the throttled sign-in
  and sign-up endpoints, which count in Redis, answer 503 rather than running unthrottled; ``/healthz``
  is 503 and names the broker; when Redis is back, everything works without a restart.
"""

import glob
import http.cookiejar
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BACKEND = REPO / "backend"
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.timeout(120)


def _spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        pytest.skip(f"PostgreSQL server binaries ({name}) not installed")
    return found[-1]


class PrivatePostgres:
    """A throwaway cluster; run as the ``postgres`` user when we are root (initdb refuses root)."""

    def __init__(self):
        self.port = _spare_port()
        self.dir = Path(tempfile.mkdtemp(prefix="kepu-fault-pg-"))
        self.data = self.dir / "data"
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            self.dir.chmod(0o755)
            shutil.chown(self.dir, "postgres", "postgres")
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self._run(_pg_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")

    def _run(self, *args):
        subprocess.run([*self.prefix, *args], check=True, capture_output=True, timeout=60)

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"), "-w", "start")

    def stop(self):
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def cleanup(self):
        subprocess.run(
            [*self.prefix, _pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=30,
        )
        shutil.rmtree(self.dir, ignore_errors=True)


class PrivateRedis:
    def __init__(self):
        self.port = _spare_port()
        self.process: subprocess.Popen | None = None

    def start(self):
        server = shutil.which("redis-server")
        if not server:
            pytest.skip("redis-server not installed")
        self.process = subprocess.Popen(
            [server, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        _wait_for_port(self.port)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def _wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port}")


class Http:
    """A browser-like client: keeps cookies and sends the CSRF token like the web app does."""

    def __init__(self, port: int):
        self.base = f"http://127.0.0.1:{port}"
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def fetch_csrf_token(self) -> None:
        self.request("GET", "/api/v1/auth/csrf/")

    @property
    def csrf(self) -> str:
        """The current token: Django rotates it when a sign-up signs the person in."""
        return next((cookie.value for cookie in self.cookies if cookie.name == "csrftoken"), "")

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)  # noqa: S310 loopback http
        request.add_header("Content-Type", "application/json")
        if self.csrf:
            request.add_header("X-CSRFToken", self.csrf)
        try:
            with self.opener.open(request, timeout=20) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        try:
            return status, json.loads(raw or b"{}")
        except ValueError:
            return status, {"raw": raw.decode(errors="replace")[:300]}


@pytest.fixture(scope="module")
def stack():
    postgres, redis = PrivatePostgres(), PrivateRedis()
    gunicorn = None
    try:
        postgres.start()
        subprocess.run(
            [
                *postgres.prefix,
                _pg_bin("createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(postgres.port),
                "-U",
                "postgres",
                "kepu",
            ],
            check=True,
            capture_output=True,
            timeout=30,
        )
        redis.start()
        port = _spare_port()
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
        _wait_for_port(port)
        client = Http(port)
        client.fetch_csrf_token()
        yield postgres, redis, client, gunicorn
    finally:
        if gunicorn is not None:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        redis.stop()
        postgres.cleanup()


def _register(client: Http, phone: str) -> int:
    status, body = client.request(
        "POST", "/api/v1/auth/register/", {"phone": phone, "name": "故障测试", "password": "Kepu-fault-2026"}
    )
    assert status in (201, 503), (status, body)
    return status


def test_with_the_database_stopped_the_api_answers_503_and_recovers_without_a_restart(stack):
    postgres, _redis, client, gunicorn = stack
    assert client.request("GET", "/api/v1/events/")[0] == 200
    assert client.request("GET", "/healthz")[0] == 200
    postgres.stop()
    try:
        for path in ("/api/v1/events/", "/api/v1/areas/", "/api/v1/organizations/"):
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
