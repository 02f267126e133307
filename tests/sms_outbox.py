"""SMS gateways for tests that record what the app sends instead of handing it to a provider.

``OutboxSmsGateway`` keeps messages in this process (the test client and the live server of browser
tests share it); ``FileSmsGateway`` appends them as JSON lines to ``$KEPU_TEST_SMS_OUTBOX``, for an
app running in another process. Tests select one through ``KEPU["SMS_GATEWAY"]`` / ``KEPU_SMS_GATEWAY``.
"""

import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from kepu.notifications.gateways import RetryableGatewayError, SmsGateway

CODE = re.compile(r"(?<!\d)(\d{6})(?!\d)")


@dataclass(frozen=True)
class Sms:
    phone: str
    text: str
    idempotency_key: str


SENT: list[Sms] = []
_lock = threading.Lock()


class OutboxSmsGateway(SmsGateway):
    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        with _lock:
            SENT.append(Sms(phone, text, idempotency_key))


class FileSmsGateway(SmsGateway):
    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        line = json.dumps({"phone": phone, "text": text, "idempotency_key": idempotency_key}, ensure_ascii=False)
        with _lock, Path(os.environ["KEPU_TEST_SMS_OUTBOX"]).open("a", encoding="utf-8") as file:
            file.write(line + "\n")


def texts_to(phone: str, sent: list[Sms] | None = None) -> list[str]:
    return [sms.text for sms in (SENT if sent is None else sent) if sms.phone == phone]


def last_code(phone: str, sent: list[Sms] | None = None) -> str:
    """The code in the last message to ``phone`` (the test fails when that message carries none)."""
    texts = texts_to(phone, sent)
    assert texts, f"no SMS was sent to {phone}"
    found = CODE.search(texts[-1])
    assert found, f"the last SMS to {phone} carries no code: {texts[-1]}"
    return found.group(1)


def read_file(path: Path) -> list[Sms]:
    if not path.exists():
        return []
    return [Sms(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line]


class Outbox:
    """What the ``sms_outbox`` fixture gives a test."""

    def clear(self) -> None:
        SENT.clear()

    @property
    def sent(self) -> list[Sms]:
        return list(SENT)

    def texts_to(self, phone: str) -> list[str]:
        return texts_to(phone)

    def code(self, phone: str) -> str:
        return last_code(phone)


def registration_fields(phone: str, **fields) -> dict:
    """A registration's request body for ``phone`` with a fresh code sent to it (through the service:
    the API's limits on asking for codes are tested on their own) and consent to the current policy.
    Needs the ``sms_outbox`` fixture."""
    from kepu.accounts.models import normalize_phone
    from kepu.accounts.phone_codes import phone_code_send
    from kepu.accounts.privacy import VERSION

    number = normalize_phone(phone)
    phone_code_send(phone=number, purpose="register")
    return {
        "phone": phone,
        "code": last_code(number),
        "name": "某人",
        "password": "Correct-Horse-9",
        "privacy_consent": True,
        "privacy_policy_version": VERSION,
        **fields,
    }


class DownSmsGateway(SmsGateway):
    """A provider that is down: nothing is delivered."""

    def send(self, phone: str, text: str, idempotency_key: str) -> None:
        raise RetryableGatewayError("provider answered 503")
