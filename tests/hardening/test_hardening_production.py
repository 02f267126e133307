"""Production mode as deployed: ``check --deploy`` clean, hashed static files, JSON logs, no bench views."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BACKEND = Path(__file__).resolve().parents[2] / "backend"

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def production_env(tmp_path):
    inherited = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {
        **inherited,
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "kepu.example.org",
        "KEPU_VAR_DIR": str(tmp_path / "var"),
        "KEPU_LOG_LEVEL": "INFO",
    }


def _manage(env, *args, code=None):
    command = [sys.executable, "manage.py", *args] if code is None else [sys.executable, "-c", code]
    return subprocess.run(command, cwd=BACKEND, env=env, capture_output=True, text=True, timeout=80)


def test_the_deployment_checks_pass_with_no_warnings_and_logs_are_json(production_env):
    result = _manage(production_env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    log_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert log_lines, "the app logs at start"
    for line in log_lines:
        record = json.loads(line)
        assert {"asctime", "levelname", "name", "message"} <= set(record)


def test_collectstatic_writes_hashed_compressed_files_with_a_manifest(production_env, tmp_path):
    result = _manage(production_env, "collectstatic", "--noinput", "-v", "0")
    assert result.returncode == 0, result.stdout + result.stderr
    static = tmp_path / "var" / "static"
    manifest = json.loads((static / "staticfiles.json").read_text())["paths"]
    hashed = manifest["admin/css/base.css"]
    assert hashed != "admin/css/base.css" and hashed.startswith("admin/css/base.")
    assert (static / hashed).exists() and (static / f"{hashed}.gz").exists()


def test_the_load_test_baseline_views_are_never_mounted_in_production(production_env):
    code = "import django; django.setup()\nfrom django.urls import resolve\nprint(resolve('/bench/json/').view_name)\n"
    result = _manage(production_env, code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "spa"
    development = {**production_env, "DJANGO_ENV": "development"}
    assert _manage(development, code=code).stdout.strip().splitlines()[-1] == "spa"
    bench = {**development, "DJANGO_SETTINGS_MODULE": "bench_settings", "PYTHONPATH": str(BACKEND.parent / "scripts")}
    assert _manage(bench, code=code).stdout.strip().splitlines()[-1] == "bench-json"


def test_every_cookie_we_set_is_secure_in_production(production_env):
    code = (
        "import django; django.setup()\nfrom django.conf import settings as s\n"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE)\n"
    )
    result = _manage(production_env, code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True True True"
