"""Getting due notifications out: the sweep's claim and the worker's delivery.

The database is the schedule, the broker only transport:

1. ``claim_due`` (in the sweep) locks due ``pending`` rows with ``FOR UPDATE SKIP LOCKED`` in batches,
   marks them ``sending`` with a fresh claim token and enqueues ``notifications.deliver_batch`` on commit.
   Two sweeps at once claim disjoint rows. Rows left ``sending`` by a worker that died (or whose task the
   broker lost) are claimed again once their claim is older than ``NOTIFICATION_CLAIM_TIMEOUT``; a live
   worker renews the claim as it goes, so the timeout only has to cover the wait in the queue.
2. ``deliver_batch`` (in a worker) works only on rows still carrying its token. Each channel is a
   ``Delivery`` row with a unique idempotency key; the gateway is called only after a conditional
   ``pending → sending`` UPDATE matched exactly one row, so a task delivered twice sends nothing twice.
   The same key goes to the gateway, which makes a call repeated after a crash between "sent" and
   "recorded" harmless.
3. Gateway failures are retried with exponential backoff and jitter up to ``NOTIFICATION_MAX_ATTEMPTS``,
   then the delivery and its notification are ``failed`` (listed for staff). A gateway that fails with a
   retryable error is not called again in the same batch (its other deliveries wait their backoff), so
   a server that stops answering costs one timeout per batch, not one per message.
4. SMS waits out quiet hours. A reminder's channel that could only go out after the event started (quiet
   hours or retries ending too late) is ``dropped``; the inbox row stays, and so do the channels sent.
5. An e-mail counts as sent once the mail server accepted it (before the connection is closed), and its
   Message-ID carries the delivery's key: a crash between acceptance and the ``sent`` commit repeats it
   under the same Message-ID. README, "Delivery guarantees", says what is exactly-once and what is not.
"""

import logging
import secrets
import smtplib
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Greatest
from django.utils import timezone

from kepu.events.models import EventStatus, Registration, RegistrationStatus

from .gateways import GatewayError, RetryableGatewayError, SmsGateway, SmsMessage, get_sms_gateway
from .messages import Rendered, render
from .models import (
    Channel,
    ChannelChoice,
    Delivery,
    DeliveryState,
    Notification,
    NotificationKind,
    NotificationPreference,
    NotificationState,
)

logger = logging.getLogger(__name__)
LOCAL = ZoneInfo("Asia/Shanghai")
BATCH_SIZE = 200
MAX_BATCHES_PER_SWEEP = 100
# A batch renews its claim once this share of the claim timeout has passed since it last did: a live
# worker's claim never looks stale unless one notification's sends take the other three quarters.
HEARTBEAT_SHARE = 0.25
MAX_IN_FLIGHT = 20_000
_random = secrets.SystemRandom()


def _claim_timeout() -> timedelta:
    return timedelta(seconds=settings.KEPU.get("NOTIFICATION_CLAIM_TIMEOUT", 300))


# --- quiet hours and backoff -------------------------------------------------------------------------


def in_quiet_hours(moment: datetime) -> bool:
    start, end = settings.KEPU["QUIET_HOURS"]
    if start == end:
        return False
    hour = moment.astimezone(LOCAL).hour
    return hour >= start or hour < end if start > end else start <= hour < end


def quiet_hours_end(moment: datetime) -> datetime:
    """The first moment at or after ``moment`` when an SMS may go out."""
    if not in_quiet_hours(moment):
        return moment
    _start, end = settings.KEPU["QUIET_HOURS"]
    local = moment.astimezone(LOCAL)
    morning = local.replace(hour=end, minute=0, second=0, microsecond=0)
    if morning <= local:
        morning += timedelta(days=1)
    return morning


def earliest_send(channel: str, moment: datetime) -> datetime:
    return quiet_hours_end(moment) if channel == Channel.SMS else moment


def deadline_of(notification: Notification) -> datetime | None:
    """After this moment the notification's outside channels are pointless: a reminder's event start."""
    if notification.kind == NotificationKind.EVENT_REMINDER and notification.event is not None:
        return notification.event.starts_at
    return None


def send_time(channel: str, moment: datetime, deadline: datetime | None) -> datetime | None:
    """When ``channel`` may go out from ``moment`` on, or None if only after the deadline."""
    when = earliest_send(channel, moment)
    return None if deadline is not None and when >= deadline else when


def backoff(attempts: int) -> timedelta:
    """Exponential backoff with jitter: base × 2^(attempts−1) × [0.5, 1.5), capped at six hours."""
    base = settings.KEPU.get("NOTIFICATION_RETRY_SECONDS", 60.0)
    seconds = min(base * 2 ** max(attempts - 1, 0), 6 * 3600) * _random.uniform(0.5, 1.5)
    return timedelta(seconds=seconds)


# --- the sweep's claim -------------------------------------------------------------------------------


def _enqueue(ids: list[int], token: uuid.UUID) -> None:
    from .tasks import deliver_batch

    # robust: a broker outage must not undo the claim; the rows stay claimed and the next sweep after the
    # claim timeout takes them again.
    transaction.on_commit(lambda: deliver_batch.delay(ids, str(token)), robust=True)


def claim_batch(*, now: datetime, batch_size: int = BATCH_SIZE, pending: bool = True) -> list[int]:
    """Claim up to ``batch_size`` due rows (stale claims first, then ``pending`` ones unless told not to)
    and enqueue their delivery on commit."""
    stale_before = now - _claim_timeout()
    token = uuid.uuid4()
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Both reads must walk their index in its order and stop at the batch. On the statistics of a
            # table last analysed empty the planner sorts every match instead (EXPLAIN with 20,000 due: a
            # bitmap scan and a sort of all 20,000 per batch of 200), so a batch would cost what is pending.
            cursor.execute("SET LOCAL enable_sort = off")
        ids = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(state=NotificationState.SENDING, claimed_at__lt=stale_before)
            .order_by("claimed_at")
            .values_list("id", flat=True)[:batch_size]
        )
        if ids:
            # Whoever was sending these is presumed dead; the idempotency key covers a call it already made.
            Delivery.objects.filter(notification_id__in=ids, state=DeliveryState.SENDING).update(
                state=DeliveryState.PENDING, claim_token=None, next_attempt_at=now, updated_at=now
            )
        if pending and len(ids) < batch_size:
            ready = Greatest("due_at", "next_attempt_at")  # the expression of the notification_ready index
            ids += list(
                Notification.objects.select_for_update(skip_locked=True)
                .alias(ready=ready)
                .filter(state=NotificationState.PENDING, ready__lte=now)
                .order_by(ready, "id")
                .values_list("id", flat=True)[: batch_size - len(ids)]
            )
        if not ids:
            return []
        Notification.objects.filter(id__in=ids).update(
            state=NotificationState.SENDING, claimed_at=now, claim_token=token, next_attempt_at=None, updated_at=now
        )
        _enqueue(ids, token)
    return ids


def claim_due(*, now: datetime | None = None, max_batches: int = MAX_BATCHES_PER_SWEEP) -> int:
    """Claim due rows batch by batch (each its own short transaction); returns how many were claimed.

    Back-pressure: once ``MAX_IN_FLIGHT`` rows are claimed and not yet finished, only stale claims are taken
    again, which caps what waits in the broker's queue (and can go stale there) behind a slow worker."""
    budget = MAX_IN_FLIGHT - Notification.objects.filter(state=NotificationState.SENDING).count()
    claimed = 0
    for _ in range(max_batches):
        ids = claim_batch(now=now or timezone.now(), pending=budget > 0)
        budget -= len(ids)
        claimed += len(ids)
        if len(ids) < BATCH_SIZE:
            break
    return claimed


# --- the worker's delivery ---------------------------------------------------------------------------


def channels_for(notification: Notification) -> list[Channel]:
    """Outside channels for this notification; the inbox row itself is the in-app channel."""
    user = notification.recipient
    if not user.is_active or user.anonymised_at is not None:
        return []
    try:
        choice = user.notification_preference.channels
    except NotificationPreference.DoesNotExist:
        choice = NotificationPreference._meta.get_field("channels").default
    channels = []
    if choice in (ChannelChoice.EMAIL, ChannelChoice.BOTH) and user.email:
        channels.append(Channel.EMAIL)
    if choice in (ChannelChoice.SMS, ChannelChoice.BOTH) and user.phone:
        channels.append(Channel.SMS)
    return channels


def message_id(delivery: Delivery) -> str:
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or "kepu.invalid"
    return f"<{delivery.idempotency_key}@{domain}>"


def _send(delivery: Delivery, notification: Notification, rendered: Rendered, accepted: Callable[[], None]) -> None:
    """Hand the message to its gateway and call ``accepted`` as soon as the gateway took it."""
    user = notification.recipient
    if delivery.channel == Channel.SMS:
        get_sms_gateway().send(user.phone, rendered.sms_text, delivery.idempotency_key)
        accepted()
        return
    message = EmailMessage(
        subject=rendered.title,
        body=rendered.body,
        to=[user.email],
        headers={"Message-ID": message_id(delivery), "X-Kepu-Idempotency-Key": delivery.idempotency_key},
    )
    connection = get_connection()  # EMAIL_TIMEOUT bounds every wait on the server
    try:
        connection.open()
        sent = connection.send_messages([message])
    except smtplib.SMTPRecipientsRefused as exc:
        raise GatewayError(f"Email refused: {exc}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise RetryableGatewayError(f"Email server error: {exc}") from exc
    else:
        if not sent:
            raise RetryableGatewayError("Email server took no message")
        accepted()  # the server has the message: recorded before the goodbye, which may hang or fail
    finally:
        try:
            connection.close()
        except Exception:
            logger.info("Closing the mail connection failed after delivery %s", delivery.idempotency_key)


def _drop(queryset, reason: str) -> int:
    return queryset.update(state=DeliveryState.DROPPED, claim_token=None, last_error=reason, updated_at=timezone.now())


def _defer_quiet_sms(delivery: Delivery, notification: Notification, now: datetime) -> None:
    """An SMS due in quiet hours waits for their end, or is dropped if that is after the event starts."""
    pending = Delivery.objects.filter(pk=delivery.pk, state=DeliveryState.PENDING)
    later = send_time(delivery.channel, now, deadline_of(notification))
    if later is None:
        _drop(pending, "quiet hours last until after the event starts")
    else:
        pending.update(next_attempt_at=later, updated_at=now)


def _guard(deliveries: list[Delivery], *, token: uuid.UUID, now: datetime) -> set[int]:
    """The sending guard, for a whole batch in one statement: ``pending → sending`` for the due rows, and
    the ids this very statement changed. Only those may be handed to a gateway, so a task run twice (same
    token) or a second worker sends nothing twice: each statement sees the rows the other already took."""
    if not deliveries:
        return set()
    table = Delivery._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET state = %s, attempts = attempts + 1, claimed_at = %s, claim_token = %s, "  # noqa: S608
            "updated_at = %s WHERE id = ANY(%s) AND state = %s AND next_attempt_at <= %s RETURNING id",
            [
                DeliveryState.SENDING,
                now,
                token,
                now,
                [d.pk for d in deliveries],
                DeliveryState.PENDING,
                now,
            ],
        )
        return {row[0] for row in cursor.fetchall()}


def _release(deliveries: list[Delivery], token: uuid.UUID) -> None:
    """Guarded rows the batch never got to (it ran out of time): pending again, their attempt not counted."""
    if deliveries:
        Delivery.objects.filter(
            pk__in=[d.pk for d in deliveries], state=DeliveryState.SENDING, claim_token=token
        ).update(state=DeliveryState.PENDING, claim_token=None, attempts=F("attempts") - 1, updated_at=timezone.now())


def _mine(delivery: Delivery, token: uuid.UUID):
    return Delivery.objects.filter(pk=delivery.pk, state=DeliveryState.SENDING, claim_token=token)


def _deliver_one(
    delivery: Delivery,
    notification: Notification,
    rendered: Rendered,
    token: uuid.UUID,
    down: dict[str, str],
) -> None:
    """Send one channel this batch has guarded. ``down`` holds the channels whose gateway failed earlier in
    this batch: those are not called again now but retried later, as if they had failed again. An accepted
    send is recorded at once, so a worker that dies repeats at most the one message it was sending."""
    deadline = deadline_of(notification)
    attempts = delivery.attempts + 1
    mine = _mine(delivery, token)
    if delivery.channel in down:
        _retry_or_fail(mine, delivery, attempts, RetryableGatewayError(down[delivery.channel]), deadline)
        return

    def accepted() -> None:
        done = timezone.now()
        mine.update(state=DeliveryState.SENT, sent_at=done, updated_at=done)

    try:
        _send(delivery, notification, rendered, accepted)
    except SoftTimeLimitExceeded:
        _retry_or_fail(mine, delivery, attempts, RetryableGatewayError("the delivery task ran out of time"), deadline)
        raise
    except Exception as exc:
        _failed(delivery, notification, token, exc, down)


def _failed(
    delivery: Delivery, notification: Notification, token: uuid.UUID, exc: Exception, down: dict[str, str]
) -> None:
    """A refused message fails for good; anything else is retried later, and its channel is ``down`` for
    the rest of the batch."""
    mine = _mine(delivery, token)
    attempts = delivery.attempts + 1
    if isinstance(exc, GatewayError) and not isinstance(exc, RetryableGatewayError):
        mine.update(state=DeliveryState.FAILED, last_error=str(exc)[:2000], updated_at=timezone.now())
        logger.warning("Delivery %s failed for good: %s", delivery.idempotency_key, exc)
        return
    if isinstance(exc, GatewayError):
        down[delivery.channel] = f"{delivery.channel} gateway unavailable earlier in this batch: {exc}"
    else:  # a bug or an outage we did not foresee: retried like a gateway failure, not forever
        logger.exception("Delivery %s attempt %s crashed", delivery.idempotency_key, attempts, exc_info=exc)
        down[delivery.channel] = f"{delivery.channel} gateway crashed earlier in this batch: {exc}"
    _retry_or_fail(mine, delivery, attempts, exc, deadline_of(notification))


class _SmsOutbox:
    """SMS for a gateway that takes many messages in one request (``bulk_size``): collected, handed over
    one request at a time, and what a request accepted recorded ``sent`` in one statement right after it.
    A worker killed mid-batch repeats at most the one request it was making (up to ``bulk_size`` messages,
    each under its own idempotency key), as a per-message gateway repeats at most its one message."""

    def __init__(self, gateway: SmsGateway, token: uuid.UUID, down: dict[str, str]):
        self.gateway, self.token, self.down = gateway, token, down
        self.waiting: list[tuple[Delivery, Notification, Rendered]] = []

    def add(self, delivery: Delivery, notification: Notification, rendered: Rendered) -> None:
        self.waiting.append((delivery, notification, rendered))
        if len(self.waiting) >= self.gateway.bulk_size:
            self.flush()

    def flush(self) -> None:
        sending = self.waiting[: self.gateway.bulk_size]
        if not sending:
            return
        try:
            outcomes = self.gateway.send_many(
                [SmsMessage(n.recipient.phone, r.sms_text, d.idempotency_key) for d, n, r in sending]
            )
            if len(outcomes) != len(sending):
                raise RetryableGatewayError(f"the gateway answered {len(outcomes)} of {len(sending)} messages")
        except SoftTimeLimitExceeded:
            del self.waiting[: len(sending)]
            for d, n, _r in sending:
                exc = RetryableGatewayError("the delivery task ran out of time")
                _retry_or_fail(_mine(d, self.token), d, d.attempts + 1, exc, deadline_of(n))
            raise
        except Exception as exc:
            del self.waiting[: len(sending)]
            for d, n, _r in sending:
                _failed(d, n, self.token, exc, self.down)
            return
        del self.waiting[: len(sending)]
        accepted = [d.pk for (d, _n, _r), outcome in zip(sending, outcomes, strict=True) if outcome is None]
        done = timezone.now()
        Delivery.objects.filter(pk__in=accepted, state=DeliveryState.SENDING, claim_token=self.token).update(
            state=DeliveryState.SENT, sent_at=done, updated_at=done
        )
        for (d, n, _r), outcome in zip(sending, outcomes, strict=True):
            if outcome is not None:  # the provider answered for this one: the channel itself is not down
                _failed(d, n, self.token, outcome, {})

    def unsent(self) -> list[Delivery]:
        return [d for d, _n, _r in self.waiting]


def _retry_or_fail(mine, delivery: Delivery, attempts: int, exc: Exception, deadline: datetime | None) -> None:
    """Back to ``pending`` after a backoff, ``dropped`` if that is past the deadline, or ``failed`` once the
    attempts are used up."""
    done = timezone.now()
    later = send_time(delivery.channel, done + backoff(attempts), deadline)
    if attempts >= settings.KEPU.get("NOTIFICATION_MAX_ATTEMPTS", 5):
        mine.update(state=DeliveryState.FAILED, last_error=str(exc)[:2000], updated_at=done)
    elif later is None:
        _drop(mine, f"the next attempt would come after the event starts; last error: {exc}"[:2000])
    else:
        mine.update(
            state=DeliveryState.PENDING,
            claim_token=None,
            next_attempt_at=later,
            last_error=str(exc)[:2000],
            updated_at=done,
        )
    logger.warning("Delivery %s attempt %s failed: %s", delivery.idempotency_key, attempts, exc)


def _withdrawn_reminders(notifications: Iterable[Notification]) -> set[int]:
    """Reminders that must not stand any more: the registration or the event was cancelled, the event
    moved to another time (the new time has reminders of its own), or the resident opted out."""
    reminders = [n for n in notifications if n.kind == NotificationKind.EVENT_REMINDER]
    if not reminders:
        return set()
    pairs = sorted({(n.event_id, n.recipient_id) for n in reminders})
    with connection.cursor() as cursor:
        # One probe of the (event, resident) key per reminder, so a batch reads its own registrations, not
        # every registration of its events (LIMIT 1 keeps the planner from flattening the probe).
        cursor.execute(
            "SELECT r.event_id, r.resident_id FROM unnest(%s::bigint[], %s::bigint[]) AS k(event_id, resident_id) "  # noqa: S608
            f"CROSS JOIN LATERAL (SELECT event_id, resident_id FROM {Registration._meta.db_table} "
            "WHERE event_id = k.event_id AND resident_id = k.resident_id AND status = %s LIMIT 1) r",
            [[e for e, _r in pairs], [r for _e, r in pairs], RegistrationStatus.CONFIRMED],
        )
        confirmed = set(cursor.fetchall())
    withdrawn = set()
    for n in reminders:
        try:
            opted_out = not n.recipient.notification_preference.reminders
        except NotificationPreference.DoesNotExist:
            opted_out = False
        planned_for = (n.context or {}).get("starts_at")
        if (
            n.event is None
            or n.event.status != EventStatus.APPROVED
            or (planned_for is not None and planned_for != n.event.starts_at.isoformat())
            or (n.event_id, n.recipient_id) not in confirmed
            or opted_out
        ):
            withdrawn.add(n.pk)
    return withdrawn


@contextmanager
def _batch_settings():
    """Settings of the session while it delivers a batch.

    ``synchronous_commit`` off: the guard and "sent" updates commit without waiting for the WAL flush (each
    otherwise an fsync). Losing the last few of them in a database crash only repeats a gateway call under
    the same idempotency key, which the provider drops; the locks that make the guard exclusive are
    unaffected. (Not inside a caller's transaction, whose commit is the caller's.)

    ``enable_seqscan`` off: every statement of a batch addresses its rows by key (ids, the claim token, one
    probe per notification), so a scan of a whole table is never the plan wanted, yet statistics taken
    while a table was small make it look cheap and the batch would then cost what the table holds."""
    asynchronous = not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan TO off")
        if asynchronous:
            cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET enable_seqscan")
            if asynchronous:
                cursor.execute("RESET synchronous_commit")


def deliver_batch(*, ids: list[int], token: str) -> dict[str, int]:
    """Deliver the notifications claimed under ``token``. Safe to run twice, concurrently, or after a
    re-claim: rows with another token or state are skipped, channels guarded one by one."""
    with _batch_settings():
        return _deliver_batch(ids=ids, token=token)


def _deliveries_of(notification_ids: Iterable[int]) -> dict[int, list[Delivery]]:
    """The delivery rows of these notifications, by notification: one probe of the (notification, channel)
    key per notification, so the read costs the batch, not the deliveries made so far. A plain ``IN`` is
    planned as a scan of the whole table on statistics older than its growth (LIMIT: one row per channel,
    and it keeps the planner from flattening the probe)."""
    found: dict[int, list[Delivery]] = {pk: [] for pk in notification_ids}
    if not found:
        return found
    table = Delivery._meta.db_table
    rows = Delivery.objects.raw(
        f"SELECT d.* FROM unnest(%s::bigint[]) AS n(id) CROSS JOIN LATERAL "  # noqa: S608
        f"(SELECT * FROM {table} WHERE notification_id = n.id LIMIT %s) d ORDER BY d.id",
        [list(found), len(Channel.choices)],
    )
    for delivery in rows:
        found[delivery.notification_id].append(delivery)
    return found


def _deliver_batch(*, ids: list[int], token: str) -> dict[str, int]:
    claim = uuid.UUID(token)
    now = timezone.now()
    # A claim token is only ever held by ``sending`` rows (the claim sets both, every way out clears the
    # token), so the token alone selects this batch's rows. With ``state`` in the filter too, statistics of
    # an emptier table make the planner intersect the primary key with the index of everything in flight,
    # and every statement of the batch would cost what the other batches have claimed.
    claimed = Notification.objects.filter(claim_token=claim)
    notifications = [
        n
        for n in claimed.filter(id__in=ids).select_related("recipient", "recipient__notification_preference", "event")
        if n.state == NotificationState.SENDING
    ]
    if not notifications:
        return {"sent": 0, "failed": 0, "waiting": 0, "cancelled": 0}
    claimed.filter(id__in=ids).update(claimed_at=now)
    obsolete = _withdrawn_reminders(notifications)
    if obsolete:
        claimed.filter(id__in=obsolete).update(state=NotificationState.CANCELLED, claim_token=None, updated_at=now)
    live = [n for n in notifications if n.pk not in obsolete]

    new_rows = []
    for n in live:
        deadline = deadline_of(n)
        for channel in channels_for(n):
            when = send_time(channel, now, deadline)
            new_rows.append(
                Delivery(
                    notification=n,
                    channel=channel,
                    idempotency_key=uuid.uuid4().hex,
                    next_attempt_at=when or now,
                    state=DeliveryState.PENDING if when else DeliveryState.DROPPED,
                    last_error="" if when else "it could only go out after the event starts",
                )
            )
    Delivery.objects.bulk_create(new_rows, ignore_conflicts=True)
    deliveries = _deliveries_of(n.pk for n in notifications)
    pending = DeliveryState.PENDING
    # Withdrawn, or the event has started: what has not gone out yet is pointless now; what has, and the
    # inbox row, stay.
    withdrawn = [d.pk for pk in obsolete for d in deliveries[pk] if d.state == pending]
    started = {n.pk for n in live if (deadline := deadline_of(n)) is not None and deadline <= now}
    too_late = [d.pk for pk in started for d in deliveries[pk] if d.state == pending]
    # A channel left ``sending`` past the claim timeout (or with no claim time at all) belongs to a
    # worker presumed dead.
    stale_before = now - _claim_timeout()
    abandoned = [
        d.pk
        for n in live
        for d in deliveries[n.pk]
        if d.state == DeliveryState.SENDING and (d.claimed_at is None or d.claimed_at < stale_before)
    ]
    changed = 0
    if withdrawn:
        changed += _drop(Delivery.objects.filter(pk__in=withdrawn, state=pending), "withdrawn")
    if too_late:
        changed += _drop(Delivery.objects.filter(pk__in=too_late, state=pending), "the event started")
    if abandoned:
        changed += Delivery.objects.filter(
            Q(claimed_at__lt=stale_before) | Q(claimed_at__isnull=True), pk__in=abandoned, state=DeliveryState.SENDING
        ).update(state=pending, claim_token=None, next_attempt_at=now, updated_at=now)
    if changed:
        deliveries = _deliveries_of(n.pk for n in live)

    down: dict[str, str] = {}
    sendable: list[Delivery] = []
    for n in live:
        for d in deliveries[n.pk]:
            if d.state != DeliveryState.PENDING or d.next_attempt_at > now:
                continue
            if d.channel == Channel.SMS and in_quiet_hours(now):
                _defer_quiet_sms(d, n, now)
            else:
                sendable.append(d)
    won = _guard(sendable, token=claim, now=now)
    untried = {d.pk: d for d in sendable if d.pk in won}
    renew_every, renewed = _claim_timeout() * HEARTBEAT_SHARE, now
    gateway = get_sms_gateway()
    outbox = _SmsOutbox(gateway, claim, down) if gateway.bulk_size > 0 else None
    try:
        for index, n in enumerate(live):
            if timezone.now() - renewed >= renew_every:
                # Renew the claim of what is left, so a long batch is not mistaken for a dead worker's.
                renewed = timezone.now()
                claimed.filter(id__in=[m.pk for m in live[index:]]).update(claimed_at=renewed)
            due = [untried.pop(d.pk) for d in deliveries[n.pk] if d.pk in untried]
            if due:
                try:
                    rendered = render(n)
                except Exception as exc:  # a broken text must not block the batch or loop forever
                    logger.exception("Notification %s could not be rendered", n.pk)
                    Delivery.objects.filter(
                        pk__in=[d.pk for d in due], state=DeliveryState.SENDING, claim_token=claim
                    ).update(state=DeliveryState.FAILED, last_error=f"render: {exc}"[:2000], updated_at=timezone.now())
                    continue
                for delivery in due:
                    if outbox is not None and delivery.channel == Channel.SMS and Channel.SMS not in down:
                        outbox.add(delivery, n, rendered)
                    else:
                        _deliver_one(delivery, n, rendered, claim, down)
        while outbox is not None and outbox.waiting:
            outbox.flush()
    except SoftTimeLimitExceeded:
        # Out of time: settle what was done; the rest goes back to pending for the next sweep.
        logger.warning("Delivery batch ran out of time; %d notifications go back to the queue", len(live))
    finally:
        _release([*untried.values(), *(outbox.unsent() if outbox else [])], claim)

    return _finish(live, claimed, len(obsolete))


def _finish(live: list[Notification], claimed, cancelled: int) -> dict[str, int]:
    """Settle each notification from its deliveries: all sent or dropped → sent (it is in the inbox); any
    failed (and none waiting) → failed; something waiting (quiet hours, backoff, another worker) → pending
    again until then."""
    now = timezone.now()
    by_notification = _deliveries_of(n.pk for n in live)
    sent, failed, waiting = [], {}, {}
    for pk, rows in by_notification.items():
        open_rows = [d for d in rows if d.state in (DeliveryState.PENDING, DeliveryState.SENDING)]
        if open_rows:
            waiting[pk] = min(
                d.next_attempt_at if d.state == DeliveryState.PENDING else (d.claimed_at or now) + _claim_timeout()
                for d in open_rows
            )
        elif any(d.state == DeliveryState.FAILED for d in rows):
            failed[pk] = "; ".join(f"{d.channel}: {d.last_error}" for d in rows if d.state == DeliveryState.FAILED)
        else:
            sent.append(pk)
    if sent:
        claimed.filter(id__in=sent).update(
            state=NotificationState.SENT, sent_at=now, claim_token=None, attempts=F("attempts") + 1, updated_at=now
        )
    for pk, error in failed.items():
        claimed.filter(id=pk).update(
            state=NotificationState.FAILED,
            last_error=error[:2000],
            claim_token=None,
            attempts=F("attempts") + 1,
            updated_at=now,
        )
    for pk, when in waiting.items():
        claimed.filter(id=pk).update(
            state=NotificationState.PENDING,
            next_attempt_at=when,
            claim_token=None,
            attempts=F("attempts") + 1,
            updated_at=now,
        )
    return {"sent": len(sent), "failed": len(failed), "waiting": len(waiting), "cancelled": cancelled}
