"""``/healthz`` reports the database and the broker; outages of either answer 503, never 500."""

import socket

import pytest
from django.db import connection
from django.db.utils import load_backend
from django.test import override_settings

from config.celery import app as celery_app
from kepu.common import health


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable_database(monkeypatch):
    """A real connection to a PostgreSQL port nobody answers on, used by the health check."""
    settings_dict = {**connection.settings_dict, "HOST": "127.0.0.1", "PORT": str(closed_port())}
    settings_dict["OPTIONS"] = {**settings_dict.get("OPTIONS", {}), "connect_timeout": 2}
    wrapper = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias="unreachable")
    monkeypatch.setattr(health, "connection", wrapper)
    yield wrapper
    wrapper.close()


@pytest.fixture
def unreachable_broker(monkeypatch):
    """The broker connection the health check opens goes to a Redis port nobody answers on."""
    url = f"redis://127.0.0.1:{closed_port()}/0"
    connect = celery_app.connection_for_write
    monkeypatch.setattr(celery_app, "connection_for_write", lambda *args, **kwargs: connect(url, **kwargs))


def test_healthz_is_ok_when_database_and_broker_answer(api, db):
    response = api.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "broker": "ok", "status": "ok"}


def test_healthz_names_the_broker_when_it_is_down(api, db, unreachable_broker):
    response = api.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["database"] == "ok"
    assert body["broker"].startswith("down")
    assert body["status"] == "unavailable"


def test_healthz_names_the_database_when_it_is_down(api, db, unreachable_database):
    response = api.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["database"].startswith("down")
    assert body["broker"] == "ok"


def test_healthz_reports_both_when_both_are_down(api, db, unreachable_database, unreachable_broker):
    body = api.get("/healthz").json()
    assert body["database"].startswith("down") and body["broker"].startswith("down")


def test_an_unreachable_cache_makes_the_api_answer_503_not_500(db):
    from rest_framework.test import APIClient

    broken_cache = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    client = APIClient(raise_request_exception=False)
    with override_settings(CACHES=broken_cache):
        # The sign-in throttle counts in the cache: with Redis away the request cannot be served.
        response = client.post("/api/v1/auth/login/", {"phone": "13800000001", "password": "x"})
    assert response.status_code == 503
    assert response.json()["detail"]
    assert response["Retry-After"]
    assert client.get("/healthz").status_code in (200, 503)
