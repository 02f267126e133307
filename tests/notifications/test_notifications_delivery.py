"""Delivery in-process: the sending guard, channels by preference, quiet hours, retries, stale claims, the
HTTP gateway. Tasks run inline here; test_notifications_worker.py runs the same paths in a real worker."""

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import time_machine
from django.db import transaction
from django.utils import timezone
from notification_fixtures import FAILING_SMS, key, local

from kepu.accounts.models import Role
from kepu.demo.factories import EventFactory, UserFactory
from kepu.notifications import delivery
from kepu.notifications.gateways import GatewayError, HttpSmsGateway, RetryableGatewayError
from kepu.notifications.models import (
    Delivery,
    DeliveryState,
    Notification,
    NotificationKind,
    NotificationPreference,
    NotificationState,
)
from kepu.notifications.services import notify
from kepu.notifications.tasks import sweep

pytestmark = pytest.mark.usefixtures("eager", "channels")


def _sweep(django_capture_on_commit_callbacks, at=None):
    if at is None:
        with django_capture_on_commit_callbacks(execute=True):
            return sweep()
    with time_machine.travel(at, tick=False), django_capture_on_commit_callbacks(execute=True):
        return sweep()


def _approved(user, key="event:1:approved", **kwargs):
    notify(recipients=[user], kind=NotificationKind.EVENT_APPROVED, subject_key=key, **kwargs)
    return Notification.objects.get(recipient=user, subject_key=key)


def test_a_due_notification_goes_out_once_per_channel(resident, recorded, django_capture_on_commit_callbacks):
    notification = _approved(resident)
    _sweep(django_capture_on_commit_callbacks)
    _sweep(django_capture_on_commit_callbacks)

    notification.refresh_from_db()
    assert notification.state == NotificationState.SENT and notification.sent_at is not None
    assert recorded.sends() == {key(notification, "sms"): 1}
    assert Delivery.objects.get().state == DeliveryState.SENT


def test_a_redelivered_task_sends_nothing_twice(resident, recorded, django_capture_on_commit_callbacks):
    notification = _approved(resident)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        ids = delivery.claim_batch(now=timezone.now())
    assert ids == [notification.pk] and len(callbacks) == 1
    token = str(Notification.objects.get().claim_token)

    delivery.deliver_batch(ids=ids, token=token)
    delivery.deliver_batch(ids=ids, token=token)  # what Redis does after a lost acknowledgement

    assert recorded.sends() == {key(notification, "sms"): 1}


def test_a_task_with_a_superseded_claim_does_nothing(resident, recorded, django_capture_on_commit_callbacks):
    _approved(resident)
    with django_capture_on_commit_callbacks(execute=False):
        ids = delivery.claim_batch(now=timezone.now())
    delivery.deliver_batch(ids=ids, token="00000000-0000-0000-0000-000000000000")
    assert recorded.sends() == {}
    assert Notification.objects.get().state == NotificationState.SENDING


def test_channels_follow_preferences_and_the_inbox_gets_everything(recorded, django_capture_on_commit_callbacks):
    both = UserFactory(email="both@example.org")
    NotificationPreference.objects.create(user=both, channels="both")
    in_app = UserFactory(email="inapp@example.org")
    NotificationPreference.objects.create(user=in_app, channels="in_app", reminders=False)
    email_without_address = UserFactory()
    NotificationPreference.objects.create(user=email_without_address, channels="email")
    notifications = {user.pk: _approved(user) for user in (both, in_app, email_without_address)}

    _sweep(django_capture_on_commit_callbacks)

    assert recorded.sends() == {key(notifications[both.pk], "email"): 1, key(notifications[both.pk], "sms"): 1}
    assert set(Notification.objects.values_list("state", flat=True)) == {NotificationState.SENT}
    email_body = recorded.bodies()[key(notifications[both.pk], "email")]
    assert "已通过审核" in email_body


def test_transactional_notices_reach_people_who_opted_out_of_reminders(recorded, django_capture_on_commit_callbacks):
    user = UserFactory()
    NotificationPreference.objects.create(user=user, reminders=False)
    notification = _approved(user)
    _sweep(django_capture_on_commit_callbacks)
    assert recorded.sends() == {key(notification, "sms"): 1}


def test_quiet_hours_defer_sms_to_eight_but_not_email(settings, recorded, django_capture_on_commit_callbacks):
    settings.KEPU = {**settings.KEPU, "QUIET_HOURS": (22, 8)}
    user = UserFactory(email="night@example.org")
    NotificationPreference.objects.create(user=user, channels="both")
    night = local(2026, 6, 10, 23, 30)
    with time_machine.travel(night, tick=False):
        notification = _approved(user)
    _sweep(django_capture_on_commit_callbacks, at=night)

    assert recorded.sends() == {key(notification, "email"): 1}
    sms = Delivery.objects.get(channel="sms")
    assert sms.state == DeliveryState.PENDING and sms.next_attempt_at == local(2026, 6, 11, 8, 0)
    notification.refresh_from_db()
    assert notification.state == NotificationState.PENDING and notification.next_attempt_at == local(2026, 6, 11, 8, 0)

    _sweep(django_capture_on_commit_callbacks, at=local(2026, 6, 11, 7, 59))
    assert len(recorded.sends()) == 1
    _sweep(django_capture_on_commit_callbacks, at=local(2026, 6, 11, 8, 0))
    assert recorded.sends() == {key(notification, "email"): 1, key(notification, "sms"): 1}
    notification.refresh_from_db()
    assert notification.state == NotificationState.SENT


def test_a_failing_gateway_is_retried_with_growing_backoff_then_failed(
    settings, resident, staff, recorded, django_capture_on_commit_callbacks, client_for
):
    settings.KEPU = {
        **settings.KEPU,
        "SMS_GATEWAY": FAILING_SMS,
        "NOTIFICATION_MAX_ATTEMPTS": 3,
        "NOTIFICATION_RETRY_SECONDS": 60.0,
    }
    start = local(2026, 6, 10, 10, 0)
    with time_machine.travel(start, tick=False):
        notification = _approved(resident, event=EventFactory(organization__area=staff.staff_area))
    _sweep(django_capture_on_commit_callbacks, at=start)
    first = Delivery.objects.get()
    assert first.attempts == 1 and first.state == DeliveryState.PENDING
    gap1 = first.next_attempt_at - start
    assert timedelta(seconds=30) <= gap1 < timedelta(seconds=90)

    _sweep(django_capture_on_commit_callbacks, at=start + timedelta(seconds=20))  # too early: nothing
    assert Delivery.objects.get().attempts == 1

    second_at = first.next_attempt_at
    _sweep(django_capture_on_commit_callbacks, at=second_at)
    second = Delivery.objects.get()
    assert second.attempts == 2
    gap2 = second.next_attempt_at - second_at
    assert timedelta(seconds=60) <= gap2 < timedelta(seconds=180)

    _sweep(django_capture_on_commit_callbacks, at=second.next_attempt_at)
    final = Delivery.objects.get()
    notification.refresh_from_db()
    assert final.state == DeliveryState.FAILED and final.attempts == 3
    assert notification.state == NotificationState.FAILED and "503" in notification.last_error
    assert recorded.sends() == {key(notification, "sms"): 3}
    with time_machine.travel(second.next_attempt_at + timedelta(hours=1), tick=False):
        failed = client_for(staff).get("/api/v1/notifications/failed/").data["results"]
    assert [row["id"] for row in failed] == [notification.pk]
    assert failed[0]["deliveries"][0]["state"] == "failed"


def test_a_stale_claim_is_taken_back_and_the_gateway_sees_the_same_key(
    settings, resident, recorded, django_capture_on_commit_callbacks
):
    """The worker called the gateway, then died before recording it: the retry carries the same key."""
    notification = _approved(resident)
    with django_capture_on_commit_callbacks(execute=False):
        delivery.claim_batch(now=timezone.now())
    Delivery.objects.create(
        notification=notification,
        channel="sms",
        idempotency_key="a-key-the-dead-worker-used",
        state=DeliveryState.SENDING,
        attempts=1,
        claimed_at=timezone.now(),
        next_attempt_at=timezone.now(),
    )
    recorded.record("a-key-the-dead-worker-used", "sms", resident.phone, "…")

    _sweep(django_capture_on_commit_callbacks)  # the claim is fresh: left alone
    assert Notification.objects.get().state == NotificationState.SENDING

    timeout = settings.KEPU["NOTIFICATION_CLAIM_TIMEOUT"]
    _sweep(django_capture_on_commit_callbacks, at=timezone.now() + timedelta(seconds=timeout + 1))

    notification.refresh_from_db()
    assert notification.state == NotificationState.SENT
    assert Delivery.objects.get().attempts == 2
    assert recorded.sends() == {"a-key-the-dead-worker-used": 2}  # one message for the provider: same key


def test_a_channel_left_sending_without_a_claim_time_is_taken_back(
    resident, recorded, django_capture_on_commit_callbacks
):
    """A ``sending`` row with no claim time never ages past the timeout: it is a dead worker's, retried."""
    notification = _approved(resident)
    with django_capture_on_commit_callbacks(execute=False):
        delivery.claim_batch(now=timezone.now())
    Delivery.objects.create(
        notification=notification,
        channel="sms",
        idempotency_key=f"{notification.pk}:sms",
        state=DeliveryState.SENDING,
        attempts=1,
        claimed_at=None,
        next_attempt_at=timezone.now(),
    )

    notification.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        delivery.deliver_batch(ids=[notification.pk], token=str(notification.claim_token))

    notification.refresh_from_db()
    assert notification.state == NotificationState.SENT
    assert Delivery.objects.get().state == DeliveryState.SENT
    assert recorded.sends() == {f"{notification.pk}:sms": 1}


def test_a_rolled_back_transaction_enqueues_nothing(resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(RuntimeError), transaction.atomic():
        _approved(resident)
        assert delivery.claim_batch(now=timezone.now())
        raise RuntimeError("the change being announced failed")
    assert callbacks == []
    assert not Notification.objects.exists()


def test_anonymised_people_keep_their_inbox_but_get_no_messages(recorded, django_capture_on_commit_callbacks):
    user = UserFactory(anonymised_at=timezone.now())
    notification = _approved(user)
    _sweep(django_capture_on_commit_callbacks)
    notification.refresh_from_db()
    assert notification.state == NotificationState.SENT and recorded.sends() == {}


def test_staff_notices_are_rendered_from_their_context(recorded, django_capture_on_commit_callbacks, subdistrict):
    staff = UserFactory(role=Role.STAFF, staff_area=subdistrict)
    notify(
        recipients=[staff],
        kind=NotificationKind.FUNDING_BEHIND,
        subject_key="funding:1:2026-06",
        context={"area": "少先路街道", "per_capita": "0.10", "pro_rata": "0.63", "target": "1.50"},
    )
    _sweep(django_capture_on_commit_callbacks)
    (body,) = recorded.bodies().values()
    assert body.startswith(
        "人均科普经费进度落后：少先路街道\n少先路街道今年人均筹集科普经费0.10元，低于当前进度应达到的0.63元"
    )


# --- the HTTP gateway against a local provider ------------------------------------------------------


class _Provider(BaseHTTPRequestHandler):
    answers: list[int] = []
    seen: list[dict] = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append({"body": body, "key": self.headers["Idempotency-Key"], "auth": self.headers["Authorization"]})
        status = self.answers.pop(0)
        if status == 0:  # never answer in time
            threading.Event().wait(1.0)
            status = 200
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def provider():
    _Provider.answers, _Provider.seen = [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Provider)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sms", _Provider
    server.shutdown()
    server.server_close()


def test_the_http_gateway_posts_json_with_token_and_idempotency_key(provider):
    url, handler = provider
    handler.answers = [200]
    HttpSmsGateway(url=url, token="s3cret", timeout=2).send("13800000001", "活动提醒", "7:sms")
    assert handler.seen == [
        {"body": {"phone": "13800000001", "text": "活动提醒"}, "key": "7:sms", "auth": "Bearer s3cret"}
    ]


@pytest.mark.parametrize(
    ("answer", "error"), [(503, RetryableGatewayError), (0, RetryableGatewayError), (400, GatewayError)]
)
def test_the_http_gateway_tells_retryable_failures_from_final_ones(provider, answer, error):
    url, handler = provider
    handler.answers = [answer]
    with pytest.raises(error) as raised:
        HttpSmsGateway(url=url, token="t", timeout=0.3).send("13800000001", "x", "1:sms")
    assert (raised.type is RetryableGatewayError) == (error is RetryableGatewayError)


def test_the_http_gateway_is_retryable_when_the_provider_is_unreachable():
    with pytest.raises(RetryableGatewayError):
        HttpSmsGateway(url="http://127.0.0.1:9/sms", token="t", timeout=0.5).send("13800000001", "x", "1:sms")


def test_back_pressure_claims_only_stale_rows_while_enough_are_in_flight(
    settings, monkeypatch, resident, other_resident, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(delivery, "MAX_IN_FLIGHT", 1)
    first = _approved(resident)
    with django_capture_on_commit_callbacks(execute=False):
        assert delivery.claim_due() == 1
    second = _approved(other_resident)

    with django_capture_on_commit_callbacks(execute=False):
        assert delivery.claim_due() == 0  # one row in flight: the budget is spent
    later = timezone.now() + timedelta(seconds=settings.KEPU["NOTIFICATION_CLAIM_TIMEOUT"] + 1)
    with django_capture_on_commit_callbacks(execute=False):
        assert delivery.claim_due(now=later) == 1  # the stale claim is taken again, nothing new
    assert Notification.objects.get(pk=second.pk).state == NotificationState.PENDING
    assert Notification.objects.get(pk=first.pk).claimed_at == later


def test_a_failing_planner_does_not_hold_back_rows_already_due(
    monkeypatch, resident, recorded, django_capture_on_commit_callbacks
):
    from kepu.notifications import planning

    def broken(**kwargs):
        raise RuntimeError("digest query broke")

    monkeypatch.setattr(planning, "plan_due", broken)
    notification = _approved(resident)
    with pytest.raises(RuntimeError), django_capture_on_commit_callbacks(execute=True):
        sweep()
    assert recorded.sends() == {key(notification, "sms"): 1}


def test_the_admin_lists_notifications_with_filters(client, django_user_model, resident):
    admin = django_user_model.objects.create_superuser(phone="13600000099", password="kepu-pass-123")
    _approved(resident)
    client.force_login(admin)
    response = client.get("/admin/notifications/notification/?state__exact=pending&q=13800000001")
    assert response.status_code == 200
    assert b"event:1:approved" in response.content


@pytest.mark.parametrize(
    ("gateway", "calls", "error"),
    [("RefusingSmsGateway", 1, "invalid number"), ("CrashingSmsGateway", 2, "adapter bug")],
)
def test_refused_messages_fail_at_once_and_unexpected_errors_are_retried_only_so_often(
    settings, resident, recorded, django_capture_on_commit_callbacks, gateway, calls, error
):
    settings.KEPU = {
        **settings.KEPU,
        "SMS_GATEWAY": f"notification_test_gateways.{gateway}",
        "NOTIFICATION_MAX_ATTEMPTS": 2,
    }
    notification = _approved(resident)
    for hours in (0, 1, 2):
        _sweep(django_capture_on_commit_callbacks, at=timezone.now() + timedelta(hours=hours))

    notification.refresh_from_db()
    assert notification.state == NotificationState.FAILED and error in notification.last_error
    assert recorded.sends() == {key(notification, "sms"): calls}


def test_the_file_email_backend_writes_to_email_file_path(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path / "outbox")
    user = UserFactory(email="files@example.org")
    NotificationPreference.objects.create(user=user, channels="email")
    notification = _approved(user)
    _sweep(django_capture_on_commit_callbacks)

    notification.refresh_from_db()
    assert notification.state == NotificationState.SENT
    (written,) = (tmp_path / "outbox").iterdir()
    assert f"Message-ID: {delivery.message_id(Delivery.objects.get())}" in written.read_text()
