"""Sign-up, cancellation, waiting-list promotion and check-in.

Capacity is guarded by the event's row lock: every service that counts or changes seats first takes
``SELECT ... FOR UPDATE`` on the event inside its transaction and keeps ``Event.confirmed_seats`` up to
date while holding it; the database's CHECK (confirmed_seats <= capacity) backs that up. Sign-up does
all of it in one SQL function (``kepu/events/sign_up_sql.py``), the other services here in Python.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn, TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.audit import audit_record
from kepu.common.errors import Conflict
from kepu.events.codes import new_check_in_code
from kepu.notifications.models import NotificationKind
from kepu.notifications.services import notify
from kepu.places.models import Area

from .. import lifecycle, sign_up_sql
from ..lifecycle import SignUpState
from ..models import Audience, Event, Registration, RegistrationStatus
from ..permissions import PUBLIC_STATUSES, visible_events_q
from .common import lock_event, organizers_of, registration_seats
from .door import check_in_by_code

ModelT = TypeVar("ModelT", bound=models.Model)


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


def check_sign_up_open(event: Event, *, now: datetime) -> None:
    """Raise the reason ``event`` does not take sign-ups at ``now``, if any."""
    state = lifecycle.sign_up_state(event, now=now)
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


def _columns(model: type[models.Model], composite: str) -> tuple[str, list[tuple[str, list]]]:
    """The select list of ``model``'s columns out of the function's ``composite`` column, and for each
    field its attribute name and the converters a queryset would apply."""
    fields = model._meta.concrete_fields
    select = ", ".join(f'(s.{composite})."{field.column}"' for field in fields)
    return select, [(field.attname, field.get_db_converters(connection)) for field in fields]


_EVENT_COLUMNS, _EVENT_FIELDS = _columns(Event, "event")
_AREA_COLUMNS, _AREA_FIELDS = _columns(Area, "area")
_REGISTRATION_COLUMNS, _REGISTRATION_FIELDS = _columns(Registration, "registration")
_SIGN_UP = " ".join(
    [
        f"SELECT s.outcome, s.at, s.waitlist_position, {_EVENT_COLUMNS}, {_AREA_COLUMNS}, {_REGISTRATION_COLUMNS}",
        f"FROM {sign_up_sql.FUNCTION}(%s, %s, %s, %s, %s) s",
    ]
)


def _instance(model: type[ModelT], fields: list[tuple[str, list]], values: Sequence[Any]) -> ModelT:
    converted = []
    for (_attname, converters), value in zip(fields, values, strict=True):
        for converter in converters:
            value = converter(value, None, connection)
        converted.append(value)
    return model.from_db(connection.alias, [attname for attname, _converters in fields], converted)


@dataclass
class _SignUpRow:
    outcome: str
    at: datetime
    event: Event | None
    registration: Registration | None


def _sign_up_row(*, event_id: int, resident: User, companions: int, audience: Audience | None) -> _SignUpRow:
    """Call ``events_sign_up`` (kepu/events/sign_up_sql.py): lock, checks, seats, rows, in one statement."""
    params = [event_id, resident.pk, companions, audience.pk if audience else None, new_check_in_code()]
    with connection.cursor() as cursor:
        cursor.execute(_SIGN_UP, params)
        outcome, at, position, *values = cursor.fetchone()
    if outcome == "missing":
        return _SignUpRow(outcome, at, None, None)
    n_event, n_area = len(_EVENT_FIELDS), len(_AREA_FIELDS)
    event = _instance(Event, _EVENT_FIELDS, values[:n_event])
    event.area = _instance(Area, _AREA_FIELDS, values[n_event : n_event + n_area])
    registration = None
    if outcome != "refused":
        registration = _instance(Registration, _REGISTRATION_FIELDS, values[n_event + n_area :])
        registration.event = event
        registration.resident = resident
        _set_position(registration, position)
    return _SignUpRow(outcome, at, event, registration)


def _refuse(event: Event, resident: User, companions: int, *, now: datetime) -> NoReturn:
    """Raise why the function refused: 404 for an event the resident may not see, else the reason."""
    if (
        event.status not in PUBLIC_STATUSES
        and not Event.objects.filter(visible_events_q(resident), pk=event.pk).exists()
    ):
        raise Http404
    check_sign_up_open(event, now=now)
    _check_companions(event, companions)
    raise RuntimeError(f"{sign_up_sql.FUNCTION} refused a sign-up that lifecycle.sign_up_state allows")


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
    race into the existing row.

    One statement does it all (``events_sign_up``, kepu/events/sign_up_sql.py): it reads the event
    once, under its lock, and writes the seats, the registration, its audit entry and its
    notifications. Outside a transaction that statement is its own, so the lock ends with the
    statement and never waits for this process; inside one it runs in a savepoint and the lock lasts
    until the caller commits. The returned registration carries its event (with the area) and
    ``waitlist_position``, so showing it needs no further read.
    """
    event_id = event if isinstance(event, int) else event.pk
    if isinstance(event, Event):
        _check_companions(event, companions)
    try:
        if connection.in_atomic_block:
            # A savepoint: a refused or failed sign-up leaves the caller's transaction usable.
            with transaction.atomic():
                row = _sign_up_row(event_id=event_id, resident=resident, companions=companions, audience=audience)
        else:
            row = _sign_up_row(event_id=event_id, resident=resident, companions=companions, audience=audience)
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
    if row.event is None:
        raise Http404
    if row.registration is None:
        _refuse(row.event, resident, companions, now=row.at)
    return SignUpResult(row.registration, created=row.outcome == "created")


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
