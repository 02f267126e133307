"""docker-compose.yml as written: each app service's command starts with the compose environment.

No Docker engine is needed: the test reads the compose file and .env.example, points the database
and Redis at the local servers (a scratch database of its own), and runs each service's command
from backend/ the way the image does.
"""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest
import yaml
from database_urls import connection_kwargs, database_url
from django.conf import settings

from localservices import spare_port

REPO = Path(__file__).resolve().parents[2]
BACKEND = REPO / "backend"
BIN = Path(sys.executable).parent
APP_SERVICES = ("migrate", "web", "worker", "sweeper", "beat")
STARTUP_SECONDS = 45


def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values


def service_environment(spec: dict) -> dict[str, str]:
    """The service's environment as compose builds it from the committed files (a local .env is ignored)."""
    env: dict[str, str] = {}
    for entry in spec.get("env_file", []):
        entry = {"path": entry, "required": True} if isinstance(entry, str) else entry
        if entry.get("required", True):
            env.update(read_env_file(REPO / entry["path"]))
    environment = spec.get("environment", {})
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    env.update({key: str(value) for key, value in environment.items()})
    return env


def executable(argv: list[str]) -> list[str]:
    program = sys.executable if argv[0] == "python" else str(BIN / argv[0])
    return [program, *argv[1:]]


@pytest.fixture
def scratch_database():
    """An empty database for the migrate service to fill, dropped afterwards."""
    db = settings.DATABASES["default"]
    name = f"test_{db['NAME'].removeprefix('test_')}_compose"
    admin = {**connection_kwargs(db, "postgres"), "autocommit": True}
    with psycopg.connect(**admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield database_url(db, name)
    with psycopg.connect(**admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_compose_defines_the_stack_with_healthchecks_and_ordered_start():
    services = compose()["services"]
    assert set(services) >= {"postgres", "redis", *APP_SERVICES}
    assert services["postgres"]["image"].startswith("postgres:16")
    assert services["redis"]["image"].startswith("redis:7")
    assert any(v.endswith(":/var/lib/postgresql/data") for v in services["postgres"]["volumes"])
    for name in ("postgres", "redis", "web", "worker", "sweeper", "beat"):
        assert services[name]["healthcheck"]["test"], name
    # Deliveries and the periodic sweep are served by different workers, so neither can starve the other.
    assert services["worker"]["command"][services["worker"]["command"].index("-Q") + 1] == "celery"
    assert services["sweeper"]["command"][services["sweeper"]["command"].index("-Q") + 1] == "sweep"
    for name in ("web", "worker", "sweeper", "beat"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    env = service_environment(services["web"])
    assert env["DJANGO_ENV"] == "production"
    assert env["DJANGO_SECURE_SSL_REDIRECT"] == "false"
    for key in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"):
        assert env[key], key
    assert env["DATABASE_URL"].endswith("@postgres:5432/kepu")


@pytest.mark.slow
def test_each_app_service_command_starts_against_local_postgres_and_redis(scratch_database, tmp_path):
    if not settings.REDIS_URL:
        pytest.skip("The compose stack needs Redis: set REDIS_URL.")
    services = compose()["services"]
    port = spare_port()
    local = {
        "DATABASE_URL": scratch_database,
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "KEPU_VAR_DIR": str(tmp_path / "var"),
        "KEPU_MEDIA_ROOT": str(tmp_path / "media"),
        "WEB_CONCURRENCY": "1",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
    }

    def env_for(name: str, **extra: str) -> dict[str, str]:
        return {**service_environment(services[name]), **local, **extra}

    migrate = subprocess.run(
        executable(services["migrate"]["command"]),
        cwd=BACKEND,
        env=env_for("migrate"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert migrate.returncode == 0, migrate.stderr[-2000:]
    assert "Applying events.0001_initial... OK" in migrate.stdout

    processes: dict[str, subprocess.Popen] = {}
    logs = {name: tmp_path / f"{name}.log" for name in ("web", "worker", "sweeper", "beat")}
    extras = {"web": {"KEPU_BIND": f"127.0.0.1:{port}"}, "worker": {}, "sweeper": {}, "beat": {}}
    try:
        for name in ("web", "worker", "sweeper", "beat"):
            with logs[name].open("wb") as log:
                processes[name] = subprocess.Popen(
                    executable(services[name]["command"]),
                    cwd=BACKEND,
                    env=env_for(name, **extras[name]),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
        up: dict[str, bool] = {"web": False, "worker": False, "sweeper": False, "beat": False}
        deadline = time.monotonic() + STARTUP_SECONDS
        while not all(up.values()) and time.monotonic() < deadline:
            for name, process in processes.items():
                assert process.poll() is None, f"{name} exited:\n{logs[name].read_text()[-3000:]}"
            if not up["web"]:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=3) as response:
                        up["web"] = response.status == 200
                except OSError:
                    pass
            up["worker"] = " ready." in logs["worker"].read_text()
            up["sweeper"] = " ready." in logs["sweeper"].read_text()
            up["beat"] = "beat: Starting" in logs["beat"].read_text()
            time.sleep(0.5)
        assert all(up.values()), {name: logs[name].read_text()[-1500:] for name, ok in up.items() if not ok}
    finally:
        for process in processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
