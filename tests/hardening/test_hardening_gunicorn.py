"""Requests that gunicorn refuses before Django sees them answer in the API's JSON error shape, through a
real gunicorn started with the project's own configuration."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from database_urls import database_url
from django.db import connection

BACKEND = Path(__file__).resolve().parents[2] / "backend"
GUNICORN = Path(sys.executable).parent / "gunicorn"

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True), pytest.mark.timeout(90)]


def _spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _raw(port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in header_lines)}
    return int(status_line.split()[1]), headers, body


@pytest.fixture
def gunicorn(tmp_path):
    port = _spare_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "KEPU_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "KEPU_VAR_DIR": str(tmp_path / "var"),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    with (tmp_path / "gunicorn.log").open("wb") as log:
        process = subprocess.Popen(
            [str(GUNICORN), "config.wsgi", "-c", "config/gunicorn.py"],
            cwd=BACKEND,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()[-2000:]
            try:
                if _raw(port, b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")[0] in (200, 503):
                    break
            except OSError:
                time.sleep(0.3)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(20)


def test_a_request_line_over_4_kb_answers_our_json_error_not_an_html_page(gunicorn):
    status, headers, body = _raw(
        gunicorn, b"GET /api/v1/events/?q=" + b"x" * 5000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    assert status == 414
    assert headers["content-type"] == "application/json"
    assert json.loads(body)["detail"] == "请求行过长。"
    assert b"<html" not in body.lower()


def test_headers_too_large_and_garbage_answer_json_too(gunicorn):
    status, headers, body = _raw(gunicorn, b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + b"y" * 9000 + b"\r\n\r\n")
    assert (status, headers["content-type"]) == (431, "application/json") and json.loads(body)["detail"]
    status, headers, body = _raw(gunicorn, b"NOT A REQUEST\r\n\r\n")
    assert (status, headers["content-type"]) == (400, "application/json") and json.loads(body)["detail"]


def test_an_ordinary_request_still_reaches_django(gunicorn):
    status, headers, body = _raw(gunicorn, b"GET /api/v1/no-such-thing/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
    assert status == 404 and headers["content-type"].startswith("application/json") and json.loads(body)["detail"]
