"""SMS gateways: one small interface, a logging gateway for development and an HTTP adapter for a provider.
A gateway whose provider takes many messages in one request says so with ``bulk_size`` and ``send_many``;
the worker then records what one request accepted with one statement (docs/architecture.md, "Reminders").

``settings.KEPU["SMS_GATEWAY"]`` names the class. Every call carries an idempotency key
(``"<notification id>:sms"``): a provider that honours it turns a call repeated after a worker crash into
a no-op, which is what keeps "sent exactly once" true across the gap between sending and recording it.
"""

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class GatewayError(Exception):
    """The message cannot be sent (bad number, rejected by the provider): retrying will not help."""


class RetryableGatewayError(GatewayError):
    """A temporary failure (timeout, provider 5xx, network): try again later."""


class SmsMessage(NamedTuple):
    phone: str
    text: str
    idempotency_key: str


class SmsGateway:
    #: The most messages one ``send_many`` call takes; 0 for a provider that takes one message per request.
    bulk_size = 0

    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        """Hand ``text`` to the provider for ``phone``; raise ``GatewayError`` or ``RetryableGatewayError``."""
        raise NotImplementedError

    def send_many(self, messages: Sequence[SmsMessage]) -> list[GatewayError | None]:
        """Hand up to ``bulk_size`` messages to the provider in one request and return one outcome per
        message, in order: None once the provider accepted it, else the error it gave for that one. A
        request that fails as a whole raises like ``send``. Only called when ``bulk_size`` is positive."""
        raise NotImplementedError


class ConsoleSmsGateway(SmsGateway):
    """Writes messages to the log: the default, so a demo needs no provider account."""

    bulk_size = 200

    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        logger.info("SMS to %s [%s]: %s", phone, idempotency_key, text)

    def send_many(self, messages: Sequence[SmsMessage]) -> list[GatewayError | None]:
        for message in messages:
            self.send(*message)
        return [None] * len(messages)


class HttpSmsGateway(SmsGateway):
    """POSTs ``{"phone", "text"}`` as JSON to ``SMS_HTTP_URL`` with a bearer token and an ``Idempotency-Key``
    header. 5xx answers, timeouts and connection errors are retryable; other non-2xx answers are not."""

    def __init__(self, url: str | None = None, token: str | None = None, timeout: float | None = None):
        self.url = url if url is not None else settings.KEPU["SMS_HTTP_URL"]
        self.token = token if token is not None else settings.KEPU["SMS_HTTP_TOKEN"]
        self.timeout = timeout if timeout is not None else settings.KEPU.get("SMS_HTTP_TIMEOUT", 5.0)
        if not self.url.startswith(("https://", "http://")):
            raise GatewayError("SMS_HTTP_URL must be an http(s) URL")

    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        body = json.dumps({"phone": phone, "text": text}, ensure_ascii=False).encode()
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked in __init__
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Authorization": f"Bearer {self.token}",
                "Idempotency-Key": idempotency_key,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as exc:
            if exc.code >= 500 or exc.code == 429:
                raise RetryableGatewayError(f"SMS provider answered {exc.code}") from exc
            raise GatewayError(f"SMS provider refused the message ({exc.code})") from exc
        except (TimeoutError, urllib.error.URLError, ConnectionError) as exc:
            raise RetryableGatewayError(f"SMS provider unreachable: {exc}") from exc


@cache
def _gateway_class(path: str) -> type[SmsGateway]:
    return import_string(path)


def get_sms_gateway() -> SmsGateway:
    return _gateway_class(settings.KEPU["SMS_GATEWAY"])()
