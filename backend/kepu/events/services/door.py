"""The door: check-ins typed, scanned or queued offline on several devices, and corrections from the list.

Every check-in goes through ``_accept`` under the registration's row lock, and the partial unique index
``checkin_scan_one_accepted`` makes "a registration counts once" true in the database whatever the
devices send. A scan carries an id made by the device, so a queue sent twice (the answer got lost on a
bad connection) records nothing new and answers the same.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.audit import audit_record
from kepu.common.errors import Conflict

from .. import lifecycle
from ..models import CheckInScan, CheckInSource, Event, Registration, RegistrationStatus, ScanOutcome

# How far ahead of the server's clock a device's clock may run before its scan times are not believed.
CLOCK_SKEW = timedelta(minutes=10)


@dataclass(frozen=True)
class Scan:
    """One code as a device recorded it."""

    id: uuid.UUID
    code: str
    scanned_at: datetime


def normalise_code(code: str) -> str:
    return code.strip().upper()


def check_in_window_refusal(event: Event, at: datetime) -> str | None:
    """Why a code presented at ``at`` is not accepted for ``event``, or None when the door is open."""
    if event.status not in lifecycle.CHECK_IN_OPEN:
        return _("Check-in is only possible for published events.")
    if at < event.check_in_opens_at:
        local = timezone.localtime(event.check_in_opens_at)
        return _("Check-in opens at %(time)s.") % {"time": local.strftime("%Y-%m-%d %H:%M")}
    if at > event.check_in_closes_at:
        return _("Check-in closed at %(time)s.") % {
            "time": timezone.localtime(event.check_in_closes_at).strftime("%Y-%m-%d %H:%M")
        }
    return None


def registration_refusal(registration: Registration | None) -> str | None:
    if registration is None:
        return _("No registration with this code for this event.")
    if registration.status == RegistrationStatus.CANCELLED:
        return _("This registration was cancelled.")
    if registration.status == RegistrationStatus.WAITLISTED:
        return _("This registration is on the waiting list, not confirmed.")
    return None


def already_checked_in_message(registration: Registration, first: CheckInScan | None) -> str:
    local = timezone.localtime(registration.checked_in_at).strftime("%H:%M") if registration.checked_in_at else ""
    if first is not None and first.device:
        return _("Already checked in at %(time)s on device %(device)s.") % {"time": local, "device": first.device}
    return _("Already checked in at %(time)s.") % {"time": local}


def _accept(
    *, event: Event, registration: Registration, by: User, at: datetime, device: str, source: str, scan_id: uuid.UUID
) -> CheckInScan:
    """Check ``registration`` in (the caller holds its row lock and has checked it is not yet in)."""
    registration.checked_in_at = at
    registration.save(update_fields=["checked_in_at", "updated_at"])
    scan = CheckInScan.objects.create(
        id=scan_id,
        event=event,
        registration=registration,
        code=registration.check_in_code,
        device=device,
        source=source,
        scanned_at=at,
        outcome=ScanOutcome.ACCEPTED,
        by=by,
    )
    audit_record(
        actor=by,
        action="registration.checked_in",
        target=registration,
        changes={"event": event.pk, "source": source, "device": device, "scanned_at": at.isoformat()},
    )
    return scan


def _first_accepted(registration: Registration) -> CheckInScan | None:
    return CheckInScan.objects.filter(registration=registration, outcome=ScanOutcome.ACCEPTED).first()


def _record_scan(*, event: Event, scan: Scan, device: str, by: User, now: datetime) -> CheckInScan:
    """Decide one scan and store the decision (inside the caller's transaction)."""
    code = normalise_code(scan.code)[:32]
    at = min(scan.scanned_at, now)

    def refuse(registration: Registration | None, outcome: str, reason: str) -> CheckInScan:
        return CheckInScan.objects.create(
            id=scan.id,
            event=event,
            registration=registration,
            code=code,
            device=device,
            scanned_at=at,
            outcome=outcome,
            reason=reason[:300],
            by=by,
        )

    if scan.scanned_at > now + CLOCK_SKEW:
        return refuse(None, ScanOutcome.REFUSED, _("The device's clock is ahead of the server's; check its time."))
    registration = Registration.objects.select_for_update(of=("self",)).filter(event=event, check_in_code=code).first()
    refusal = check_in_window_refusal(event, at) or registration_refusal(registration)
    if refusal:
        return refuse(registration, ScanOutcome.REFUSED, refusal)
    assert registration is not None
    if registration.checked_in_at:
        return refuse(
            registration, ScanOutcome.DUPLICATE, already_checked_in_message(registration, _first_accepted(registration))
        )
    return _accept(
        event=event, registration=registration, by=by, at=at, device=device, source=CheckInSource.DOOR, scan_id=scan.id
    )


def check_in_sync(*, event: Event, scans: list[Scan], device: str, by: User) -> list[CheckInScan]:
    """Record a device's queue of scans, oldest first; returns the decision on each, in the given order.

    Idempotent: a scan id already recorded answers with its stored decision (for this event; an id
    reused for another event is refused). The earliest accepted scan of a registration checks it in;
    any later one, from this device or another, is a duplicate and names where it was first accepted.
    Each scan is decided in its own savepoint, so one bad line does not lose the rest.
    """
    results: dict[uuid.UUID, CheckInScan] = {}
    known = {scan.id: scan for scan in CheckInScan.objects.filter(id__in=[s.id for s in scans])}
    now = timezone.now()
    for scan in sorted(scans, key=lambda s: s.scanned_at):
        if scan.id in results:
            continue
        existing = known.get(scan.id)
        if existing is not None:
            if existing.event_id != event.pk:
                existing = CheckInScan(
                    id=scan.id,
                    event=event,
                    code=normalise_code(scan.code)[:32],
                    scanned_at=scan.scanned_at,
                    outcome=ScanOutcome.REFUSED,
                    reason=_("This scan id belongs to another event."),
                )
            results[scan.id] = existing
            continue
        try:
            with transaction.atomic():
                results[scan.id] = _record_scan(event=event, scan=scan, device=device, by=by, now=now)
        except IntegrityError:
            # The same queue sent twice at once: the other request stored this scan first.
            stored = CheckInScan.objects.filter(id=scan.id, event=event).first()
            if stored is None:
                raise
            results[scan.id] = stored
    return [results[scan.id] for scan in scans]


def check_in_by_code(*, event: Event, code: str, by: User, device: str = "") -> Registration:
    """Accept a confirmed registration's code at the door now, once; raise why not otherwise.

    Codes of other events are reported as unknown, so nothing leaks across events.
    """
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",))
            .select_related("resident")
            .filter(event=event, check_in_code=normalise_code(code))
            .first()
        )
        if registration is None:
            raise ValidationError({"code": [_("No registration with this code for this event.")]})
        now = timezone.now()
        refusal = check_in_window_refusal(event, now)
        if refusal:
            raise Conflict(refusal)
        refusal = registration_refusal(registration)
        if refusal:
            raise ValidationError({"code": [refusal]})
        if registration.checked_in_at:
            raise Conflict(already_checked_in_message(registration, _first_accepted(registration)))
        _accept(
            event=event,
            registration=registration,
            by=by,
            at=now,
            device=device,
            source=CheckInSource.DOOR,
            scan_id=uuid.uuid4(),
        )
    return registration


def registration_check_in_manually(*, registration: Registration, by: User) -> Registration:
    """An organizer checks a registrant in from the list (the resident forgot their code). Audited."""
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",)).select_related("event").get(pk=registration.pk)
        )
        now = timezone.now()
        refusal = check_in_window_refusal(registration.event, now)
        if refusal:
            raise Conflict(refusal)
        refusal = registration_refusal(registration)
        if refusal:
            raise ValidationError({"registration": [refusal]})
        if registration.checked_in_at:
            raise Conflict(already_checked_in_message(registration, _first_accepted(registration)))
        _accept(
            event=registration.event,
            registration=registration,
            by=by,
            at=now,
            device="",
            source=CheckInSource.LIST,
            scan_id=uuid.uuid4(),
        )
    return registration


def registration_check_in_revert(*, registration: Registration, by: User) -> Registration:
    """Undo a check-in made by mistake, while the event has no report (a filed report counted it). Audited."""
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",)).select_related("event").get(pk=registration.pk)
        )
        event = registration.event
        if event.status not in lifecycle.CHECK_IN_OPEN:
            raise Conflict(_("Check-ins can only be changed until the report is filed."))
        if not registration.checked_in_at:
            raise Conflict(_("This registration is not checked in."))
        old = registration.checked_in_at
        registration.checked_in_at = None
        registration.save(update_fields=["checked_in_at", "updated_at"])
        CheckInScan.objects.filter(registration=registration, outcome=ScanOutcome.ACCEPTED).update(
            outcome=ScanOutcome.REVERTED
        )
        audit_record(
            actor=by,
            action="registration.check_in_reverted",
            target=registration,
            changes={"checked_in_at": (old.isoformat(), None), "event": event.pk},
        )
    return registration
