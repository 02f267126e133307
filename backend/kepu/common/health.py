"""Liveness of the two things the app cannot work without: the database and the broker."""

from django.db import connection
from django.http import JsonResponse

from config.celery import app as celery_app


def _check_database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means down
        return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return None


def _check_broker() -> str | None:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=2)
            if conn.transport_cls in ("redis", "rediss"):
                conn.default_channel.client.ping()  # type: ignore[attr-defined]  # kombu's Redis channel
    except Exception as exc:  # any failure means down
        return str(exc) or exc.__class__.__name__
    return None


def healthz(request):
    checks = {"database": _check_database(), "broker": _check_broker()}
    body = {name: ("ok" if error is None else f"down: {error}") for name, error in checks.items()}
    healthy = all(error is None for error in checks.values())
    body["status"] = "ok" if healthy else "unavailable"
    return JsonResponse(body, status=200 if healthy else 503)
