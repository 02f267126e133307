"""Test gateways for SMS and email that record every call in a table, one row per idempotency key with a call
count, the way a provider honouring idempotency keys would see them. Used in-process and by the Celery
worker the slow tests start (through KEPU_SMS_GATEWAY / DJANGO_EMAIL_BACKEND and PYTHONPATH)."""

import os
import time
from typing import ClassVar

from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection

from kepu.notifications.gateways import GatewayError, RetryableGatewayError, SmsGateway

TABLE = "notification_test_sends"


def create_table() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (idempotency_key text PRIMARY KEY, channel text NOT NULL, "
            "recipient text NOT NULL, body text NOT NULL, calls integer NOT NULL)"
        )
        cursor.execute(f"TRUNCATE {TABLE}")


def drop_table() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")


def record(key: str, channel: str, recipient: str, body: str) -> None:
    delay = float(os.environ.get("KEPU_TEST_GATEWAY_DELAY", "0"))
    if delay:
        time.sleep(delay)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO notification_test_sends (idempotency_key, channel, recipient, body, calls) "
            "VALUES (%s, %s, %s, %s, 1) "
            "ON CONFLICT (idempotency_key) DO UPDATE SET calls = notification_test_sends.calls + 1",
            [key, channel, recipient, body],
        )


def sends() -> dict[str, int]:
    """Calls per idempotency key."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT idempotency_key, calls FROM notification_test_sends")
        return dict(cursor.fetchall())


def bodies() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT idempotency_key, body FROM notification_test_sends")
        return dict(cursor.fetchall())


class RecordingSmsGateway(SmsGateway):
    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        record(idempotency_key, "sms", phone, text)


class FailingSmsGateway(SmsGateway):
    """A provider that is down: every call is counted, then fails with a retryable error."""

    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        record(idempotency_key, "sms", phone, text)
        raise RetryableGatewayError("provider answered 503")


class RecordingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            record(message.extra_headers["X-Kepu-Idempotency-Key"], "email", ",".join(message.to), message.body)
        return len(email_messages)


class RefusingSmsGateway(SmsGateway):
    """A provider that rejects the number: retrying cannot help."""

    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        record(idempotency_key, "sms", phone, text)
        raise GatewayError("provider answered 400: invalid number")


class CrashingSmsGateway(SmsGateway):
    """A bug in our own adapter."""

    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        record(idempotency_key, "sms", phone, text)
        raise ValueError("adapter bug")


class RecordingBulkSmsGateway(SmsGateway):
    """A provider that takes up to ``bulk_size`` messages a request and refuses numbers starting with 188, one
    outcome per message; ``requests`` holds the size of every request made in this process."""

    bulk_size = 50
    requests: ClassVar[list[int]] = []

    def send_many(self, messages):
        RecordingBulkSmsGateway.requests.append(len(messages))
        outcomes = []
        for message in messages:
            record(message.idempotency_key, "sms", message.phone, message.text)
            refused = message.phone.startswith("188")
            outcomes.append(GatewayError("provider answered 400: invalid number") if refused else None)
        return outcomes
