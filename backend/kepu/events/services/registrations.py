"""Sign-up, cancellation, waiting-list promotion and check-in.

Capacity is guarded by the event's row lock: every service that counts or changes seats first takes
``SELECT ... FOR UPDATE`` on the event inside its transaction and keeps ``Event.confirmed_seats`` up to
date while holding it; the database's CHECK (confirmed_seats <= capacity) backs that up.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.audit import audit_record
from kepu.common.errors import Conflict
from kepu.events.codes import new_check_in_code
from kepu.notifications.models import NotificationKind
from kepu.notifications.services import notify

from .. import lifecycle
from ..lifecycle import SignUpState
from ..models import Audience, Event, Registration, RegistrationStatus
from ..permissions import PUBLIC_STATUSES, visible_events_q
from ..selectors import registration_waitlist_position
from .common import lock_event, organizers_of, registration_seats
from .door import check_in_by_code


@dataclass
class SignUpResult:
    registration: Registration
    created: bool


def _queued(registration: Registration) -> str:
    """The registration's place in time, for notification keys: one notice per queueing."""
    assert registration.queued_at is not None  # set by _allocate before anyone is told
    return f"{registration.queued_at.timestamp():.6f}"


def _fits(event: Event, seats: int) -> bool:
    return event.capacity is None or event.confirmed_seats + seats <= event.capacity


def check_sign_up_open(event: Event) -> None:
    """Raise the reason ``event`` does not take sign-ups now, if any."""
    state = lifecycle.sign_up_state(event, now=timezone.now())
    if state == SignUpState.NOT_REQUIRED:
        raise ValidationError({"event": [_("No sign-up needed: this event is open to everyone who comes.")]})
    if state == SignUpState.NOT_PUBLISHED:
        raise Conflict(
            _("Sign-up is only possible for published events; this one is %(status)s.")
            % {"status": event.get_status_display()}
        )
    if state == SignUpState.STARTED:
        raise Conflict(_("The event has already started."))
    if state == SignUpState.NOT_YET_OPEN:
        raise Conflict(_("Sign-up has not opened yet."))
    if state == SignUpState.CLOSED:
        raise Conflict(_("Sign-up has closed."))


def _add_seats(event: Event, seats: int) -> None:
    event.confirmed_seats += seats
    event.save(update_fields=["confirmed_seats", "updated_at"])


def _notify_full_once(event: Event) -> None:
    if event.capacity is not None and event.confirmed_seats >= event.capacity:
        notify(
            recipients=organizers_of(event),
            kind=NotificationKind.EVENT_FULL,
            subject_key=f"event:{event.pk}:full",
            event=event,
            context={"title": event.title, "capacity": event.capacity},
        )


def _set_position(registration: Registration, position: int | None) -> None:
    # The attribute registrations_with_position() annotates, which registration_waitlist_position() reads.
    setattr(registration, "waitlist_position", position)  # noqa: B010 - not a declared field


def _allocate(*, event: Event, registration: Registration, waiting: int) -> None:
    """Confirm if the seats fit and nobody is waiting ahead, else put on the waiting list (last of
    ``waiting``: the position is known without counting again)."""
    seats = registration_seats(registration)
    registration.queued_at = timezone.now()
    registration.cancelled_at = None
    registration.checked_in_at = None
    if waiting == 0 and _fits(event, seats):
        registration.status = RegistrationStatus.CONFIRMED
        _set_position(registration, None)
        _add_seats(event, seats)
    else:
        registration.status = RegistrationStatus.WAITLISTED
        # Rows already waiting were queued by earlier holders of the lock, so all of them are ahead.
        _set_position(registration, waiting + 1)


_REGISTRATION_FIELDS = list(Registration._meta.concrete_fields)


def _own_and_waiting(event: Event, resident: User) -> tuple[Registration | None, int]:
    """The resident's registration for ``event`` (if any) and how many are waiting, in one read.

    Read after the row lock is taken, so both are as the last holder of the lock left them (a
    subquery of the locking statement itself would see the snapshot from before the wait).
    """
    table = Registration._meta.db_table
    columns = ", ".join(f'r."{field.column}"' for field in _REGISTRATION_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT w.n, {columns} FROM (SELECT count(*) AS n FROM {table} "  # noqa: S608 - our own names
            f"WHERE event_id = %s AND status = %s) w LEFT JOIN {table} r ON r.event_id = %s AND r.resident_id = %s",
            [event.pk, RegistrationStatus.WAITLISTED, event.pk, resident.pk],
        )
        waiting, *values = cursor.fetchone()
    if values[0] is None:
        return None, waiting
    registration = Registration.from_db(connection.alias, [field.attname for field in _REGISTRATION_FIELDS], values)
    registration.event = event
    registration.resident = resident
    return registration, waiting


def _lock_for(event_id: int, resident: User) -> Event:
    """The event under its row lock, or 404 when the resident may not see it."""
    try:
        event = lock_event(event_id)
    except Event.DoesNotExist:
        raise Http404 from None
    if (
        event.status not in PUBLIC_STATUSES
        and not Event.objects.filter(visible_events_q(resident), pk=event_id).exists()
    ):
        raise Http404
    return event


def _announce(registration: Registration) -> None:
    event = registration.event
    confirmed = registration.status == RegistrationStatus.CONFIRMED
    notify(
        recipients=[registration.resident_id],
        kind=NotificationKind.REGISTRATION_CONFIRMED if confirmed else NotificationKind.REGISTRATION_WAITLISTED,
        subject_key=f"event:{event.pk}:registration:{registration.pk}:{registration.status}:{_queued(registration)}",
        event=event,
        context={
            "title": event.title,
            "starts_at": event.starts_at.isoformat(),
            "position": registration_waitlist_position(registration=registration),
            "companions": registration.companions,
        },
    )
    if confirmed:
        _notify_full_once(event)


def _check_companions(event: Event, companions: int) -> None:
    if companions > event.max_companions:
        raise ValidationError(
            {"companions": [_("At most %(n)d accompanying persons are allowed.") % {"n": event.max_companions}]}
        )


def registration_create(
    *, event: Event | int, resident: User, companions: int = 0, audience: Audience | None = None
) -> SignUpResult:
    """Sign ``resident`` up for ``event`` (the event or its id): confirmed while seats remain, else
    waitlisted. An event the resident may not see is a 404. ``audience`` is the group the resident
    declares (optional); statistics credit their attendance to it.

    One registration per resident and event: a repeat returns the existing active registration
    (``created=False``); a cancelled one is reused. Safe under concurrency: the event row lock
    serialises sign-ups of one event, and the unique (event, resident) constraint turns a duplicate
    race into the existing row. The event is read once, under the lock; the returned registration
    carries its event (with the area) and ``waitlist_position``, so showing it needs no further read.
    """
    event_id = event if isinstance(event, int) else event.pk
    if isinstance(event, Event):
        _check_companions(event, companions)
    code = new_check_in_code()
    try:
        with transaction.atomic():
            event = _lock_for(event_id, resident)
            check_sign_up_open(event)
            _check_companions(event, companions)
            registration, waiting = _own_and_waiting(event, resident)
            if registration is not None and registration.status != RegistrationStatus.CANCELLED:
                if registration.status == RegistrationStatus.WAITLISTED:
                    _set_position(registration, registration_waitlist_position(registration=registration))
                return SignUpResult(registration, created=False)
            if registration is None:
                registration = Registration(event=event, resident=resident, check_in_code=code)
            registration.companions = companions
            registration.audience = audience
            _allocate(event=event, registration=registration, waiting=waiting)
            registration.save()
            audit_record(
                actor=resident,
                action="registration.created",
                target=registration,
                changes={
                    "event": event.pk,
                    "status": registration.status,
                    "companions": companions,
                    "audience": audience.pk if audience else None,
                },
            )
            _announce(registration)
            return SignUpResult(registration, created=True)
    except IntegrityError:
        # A concurrent identical sign-up won the unique constraint: answer with its row.
        registration = (
            Registration.objects.select_related("event__area", "resident")
            .filter(event_id=event_id, resident=resident)
            .first()
        )
        if registration is None:
            raise
        return SignUpResult(registration, created=False)


def promote_waitlist(*, event: Event, by: User | None = None) -> list[Registration]:
    """Promote waitlisted registrations first come, first served while their seats fit.

    Must run inside the transaction that holds ``event``'s row lock. Strict order: a party that does
    not fit yet keeps its place at the head instead of being overtaken by smaller ones behind it.
    Each row is promoted once: it leaves the waiting list in the same transaction.
    """
    promoted: list[Registration] = []
    queue = (
        Registration.objects.filter(event=event, status=RegistrationStatus.WAITLISTED)
        .select_related("resident")
        .order_by("queued_at", "id")
        .select_for_update(of=("self",))
    )
    for registration in queue:
        seats = registration_seats(registration)
        if not _fits(event, seats):
            break
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        _add_seats(event, seats)
        audit_record(
            actor=by,
            action="registration.promoted",
            target=registration,
            changes={"status": (RegistrationStatus.WAITLISTED, RegistrationStatus.CONFIRMED)},
        )
        notify(
            recipients=[registration.resident],
            kind=NotificationKind.WAITLIST_PROMOTED,
            subject_key=f"event:{event.pk}:registration:{registration.pk}:promoted:{_queued(registration)}",
            event=event,
            context={"title": event.title, "starts_at": event.starts_at.isoformat()},
        )
        promoted.append(registration)
    if promoted:
        _notify_full_once(event)
    return promoted


def registration_cancel(*, registration: Registration, by: User) -> Registration:
    """Cancel a sign-up; a confirmed one frees its seats and promotes the waiting list at once."""
    with transaction.atomic():
        event = lock_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            raise Conflict(_("This registration is already cancelled."))
        if registration.checked_in_at:
            raise Conflict(_("A checked-in registration cannot be cancelled."))
        if event.status not in lifecycle.REGISTRATION_CANCELLABLE:
            raise Conflict(
                _("Registrations of a %(status)s event cannot be cancelled.") % {"status": event.get_status_display()}
            )
        old = registration.status
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at", "updated_at"])
        if old == RegistrationStatus.CONFIRMED:
            event.confirmed_seats -= registration_seats(registration)
            event.save(update_fields=["confirmed_seats", "updated_at"])
        audit_record(
            actor=by,
            action="registration.cancelled",
            target=registration,
            changes={"status": (old, registration.status)},
        )
        if old == RegistrationStatus.CONFIRMED:
            promote_waitlist(event=event, by=by)
    return registration


def registration_check_in(*, event: Event, code: str, by: User) -> Registration:
    """Accept a confirmed registration's code at the door, once, within the event's check-in window."""
    return check_in_by_code(event=event, code=code, by=by)
