"""Writes of the people app: popularizers, volunteer registration, roles, sign-ups, check-in and hours.

A volunteer role's places are guarded by the role's row lock: every service that changes
``VolunteerRole.filled`` first takes ``SELECT ... FOR UPDATE`` on the role inside its transaction;
the database's CHECK (filled <= capacity) backs that up. Attendee seats (``Event.confirmed_seats``)
are never touched here: volunteers and attendees do not share capacity.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.arguments import UNSET, Maybe, given
from kepu.common.audit import assign_changes, audit_record
from kepu.common.errors import Conflict
from kepu.events.models import Event, EventStatus, ReportStatus
from kepu.places.models import Area, Organization

from .models import (
    MAX_HOURS,
    Popularizer,
    PopularizerKind,
    Volunteer,
    VolunteerRole,
    VolunteerSignup,
    VolunteerSignupStatus,
)
from .permissions import ROLES_LOCKED


def _full_clean(instance: Model) -> None:
    """Model validation with the unique checks left to the database (they give a 409 on a race)."""
    instance.full_clean(validate_unique=False)


# Popularizers ------------------------------------------------------------------------------------


def _check_workload(popularizer: Popularizer) -> None:
    if popularizer.kind == PopularizerKind.FULL_TIME and popularizer.work_months is not None:
        raise ValidationError({"work_months": [_("Only part-time popularizers have a yearly workload.")]})


@transaction.atomic
def popularizer_create(
    *,
    by: User,
    organization: Organization,
    name: str,
    kind: str,
    gender: str,
    qualified: bool = False,
    rural: bool = False,
    manager: bool = False,
    creator: bool = False,
    docent: bool = False,
    work_months: Decimal | None = None,
    started_on: date | None = None,
    ended_on: date | None = None,
) -> Popularizer:
    """A popularizer of ``organization``; serving from ``started_on`` (today by default)."""
    popularizer = Popularizer(
        organization=organization,
        name=name,
        kind=kind,
        gender=gender,
        qualified=qualified,
        rural=rural,
        manager=manager,
        creator=creator,
        docent=docent,
        work_months=work_months,
        started_on=started_on or timezone.localdate(),
        ended_on=ended_on,
    )
    _check_workload(popularizer)
    _full_clean(popularizer)
    popularizer.save()
    audit_record(
        actor=by,
        action="popularizer.created",
        target=popularizer,
        changes={"organization": popularizer.organization_id, "kind": popularizer.kind},
    )
    return popularizer


@transaction.atomic
def popularizer_update(
    *,
    popularizer: Popularizer,
    by: User,
    organization: Maybe[Organization] = UNSET,
    name: Maybe[str] = UNSET,
    kind: Maybe[str] = UNSET,
    gender: Maybe[str] = UNSET,
    qualified: Maybe[bool] = UNSET,
    rural: Maybe[bool] = UNSET,
    manager: Maybe[bool] = UNSET,
    creator: Maybe[bool] = UNSET,
    docent: Maybe[bool] = UNSET,
    work_months: Maybe[Decimal | None] = UNSET,
    started_on: Maybe[date] = UNSET,
    ended_on: Maybe[date | None] = UNSET,
) -> Popularizer:
    """Change the fields passed (an end of service is recorded here, the record stays)."""
    popularizer = Popularizer.objects.select_for_update().get(pk=popularizer.pk)
    fields = given(
        organization=organization,
        name=name,
        kind=kind,
        gender=gender,
        qualified=qualified,
        rural=rural,
        manager=manager,
        creator=creator,
        docent=docent,
        work_months=work_months,
        started_on=started_on,
        ended_on=ended_on,
    )
    changes = assign_changes(popularizer, fields)
    if not changes:
        return popularizer
    _check_workload(popularizer)
    _full_clean(popularizer)
    popularizer.save()
    audit_record(actor=by, action="popularizer.updated", target=popularizer, changes=changes)
    return popularizer


@transaction.atomic
def popularizer_delete(*, popularizer: Popularizer, by: User) -> None:
    """Delete a record entered by mistake; someone who stopped keeps their record with an end date."""
    audit_record(actor=by, action="popularizer.deleted", target=popularizer, changes={"name": popularizer.name})
    popularizer.delete()


# Volunteers --------------------------------------------------------------------------------------


@transaction.atomic
def volunteer_register(
    *, user: User, area: Area, by: User, organization: Organization | None = None, skills: str = ""
) -> Volunteer:
    """Register ``user`` as a volunteer serving in ``area``; a withdrawn volunteer registers again.

    Idempotent for an active volunteer: the registration is updated, never duplicated (one per person,
    a unique constraint)."""
    volunteer = Volunteer.objects.select_for_update().filter(user=user).first()
    if volunteer is None:
        volunteer = Volunteer(user=user, area=area, organization=organization, skills=skills)
        _full_clean(volunteer)
        try:
            with transaction.atomic():
                volunteer.save()
        except IntegrityError as exc:
            raise Conflict(_("This person is already registered as a volunteer.")) from exc
        audit_record(
            actor=by,
            action="volunteer.registered",
            target=volunteer,
            changes={"area": area.pk, "organization": organization.pk if organization else None},
        )
        return volunteer
    data: dict[str, Any] = {"area": area, "skills": skills, "withdrawn_on": None}
    if organization is not None:
        data["organization"] = organization
    reregistered = volunteer.withdrawn_on is not None
    if reregistered:
        data["registered_on"] = timezone.localdate()
    changes = assign_changes(volunteer, data)
    if changes:
        _full_clean(volunteer)
        volunteer.save()
        audit_record(
            actor=by,
            action="volunteer.registered" if reregistered else "volunteer.updated",
            target=volunteer,
            changes=changes,
        )
    return volunteer


@transaction.atomic
def volunteer_withdraw(*, volunteer: Volunteer, by: User) -> Volunteer:
    """End a registration; past service and hours stay on record (and on the certificates)."""
    volunteer = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    if volunteer.withdrawn_on is not None:
        raise Conflict(_("This volunteer has already withdrawn."))
    upcoming = VolunteerSignup.objects.filter(
        volunteer=volunteer, status=VolunteerSignupStatus.CONFIRMED, event__starts_at__gt=timezone.now()
    )
    for signup in upcoming:
        volunteer_signup_cancel(signup=signup, by=by)
    volunteer.withdrawn_on = timezone.localdate()
    volunteer.save(update_fields=["withdrawn_on", "updated_at"])
    audit_record(
        actor=by,
        action="volunteer.registration_ended",
        target=volunteer,
        changes={"withdrawn_on": volunteer.withdrawn_on},
    )
    return volunteer


# Roles -------------------------------------------------------------------------------------------


def _require_open_for_roles(event: Event) -> None:
    if event.status in ROLES_LOCKED:
        raise Conflict(
            _("Volunteer roles cannot be changed for an event that is %(status)s.")
            % {"status": event.get_status_display()}
        )


@transaction.atomic
def volunteer_role_create(*, event: Event, by: User, name: str, capacity: int, description: str = "") -> VolunteerRole:
    _require_open_for_roles(event)
    role = VolunteerRole(event=event, name=name, capacity=capacity, description=description)
    _full_clean(role)
    if VolunteerRole.objects.filter(event=event, name=name).exists():
        raise ValidationError({"name": [_("This event already has a role with this name.")]})
    role.save()
    audit_record(actor=by, action="volunteer_role.created", target=role, changes={"name": name, "capacity": capacity})
    return role


def lock_role(role_id: int) -> VolunteerRole:
    """Take the role's row lock (bounded by the connection's ``lock_timeout``)."""
    return VolunteerRole.objects.select_for_update().select_related("event").get(pk=role_id)


@transaction.atomic
def volunteer_role_update(
    *,
    role: VolunteerRole,
    by: User,
    name: Maybe[str] = UNSET,
    description: Maybe[str] = UNSET,
    capacity: Maybe[int] = UNSET,
) -> VolunteerRole:
    """Rename or resize a role; it never shrinks below the volunteers already signed up."""
    role = lock_role(role.pk)
    _require_open_for_roles(role.event)
    if capacity is not UNSET and capacity < role.filled:
        raise ValidationError(
            {"capacity": [_("%(n)d volunteers have already signed up for this role.") % {"n": role.filled}]}
        )
    if name is not UNSET and name != role.name and VolunteerRole.objects.filter(event=role.event, name=name).exists():
        raise ValidationError({"name": [_("This event already has a role with this name.")]})
    changes = assign_changes(role, given(name=name, description=description, capacity=capacity))
    if changes:
        _full_clean(role)
        role.save()
        audit_record(actor=by, action="volunteer_role.updated", target=role, changes=changes)
    return role


@transaction.atomic
def volunteer_role_delete(*, role: VolunteerRole, by: User) -> None:
    role = lock_role(role.pk)
    if role.signups.exists():
        raise Conflict(_("Volunteers have signed up for this role; lower its capacity instead of deleting it."))
    audit_record(actor=by, action="volunteer_role.deleted", target=role, changes={"name": role.name})
    role.delete()


# Sign-ups ----------------------------------------------------------------------------------------


@dataclass
class VolunteerSignupResult:
    signup: VolunteerSignup
    created: bool


def _check_role_open(role: VolunteerRole) -> None:
    event = role.event
    if event.status != EventStatus.APPROVED:
        raise Conflict(
            _("Volunteers sign up for published events only; this one is %(status)s.")
            % {"status": event.get_status_display()}
        )
    if event.starts_at <= timezone.now():
        raise Conflict(_("The event has already started."))


def volunteer_signup_create(*, role: VolunteerRole, volunteer: Volunteer, by: User) -> VolunteerSignupResult:
    """Sign ``volunteer`` up for ``role`` while it has places; a full role is a 409 (no waiting list).

    One role per volunteer and event: a repeat for the same role returns the existing sign-up
    (``created=False``), another role of the same event is refused, a cancelled sign-up is reused.
    Safe under concurrency: the role's row lock serialises sign-ups of one role and the unique
    (event, volunteer) constraint turns a duplicate race into the existing row.
    """
    if not volunteer.active:
        raise Conflict(_("Register as a volunteer again before signing up."))
    try:
        with transaction.atomic():
            role = lock_role(role.pk)
            _check_role_open(role)
            signup = (
                VolunteerSignup.objects.select_for_update().filter(event_id=role.event_id, volunteer=volunteer).first()
            )
            if signup is not None and signup.status == VolunteerSignupStatus.CONFIRMED:
                if signup.role_id == role.pk:
                    return VolunteerSignupResult(signup, created=False)
                raise Conflict(_("You have already signed up for another role of this event."))
            if role.filled >= role.capacity:
                raise Conflict(_("This role has all the volunteers it needs."))
            if signup is None:
                signup = VolunteerSignup(event_id=role.event_id, volunteer=volunteer)
            signup.role = role
            signup.status = VolunteerSignupStatus.CONFIRMED
            signup.cancelled_at = None
            signup.checked_in_at = None
            signup.save()
            role.filled += 1
            role.save(update_fields=["filled", "updated_at"])
            audit_record(
                actor=by,
                action="volunteer_signup.created",
                target=signup,
                changes={"role": role.pk, "event": role.event_id},
            )
            return VolunteerSignupResult(signup, created=True)
    except IntegrityError:
        signup = VolunteerSignup.objects.filter(event_id=role.event_id, volunteer=volunteer).first()
        if signup is None or signup.role_id != role.pk or signup.status != VolunteerSignupStatus.CONFIRMED:
            raise
        return VolunteerSignupResult(signup, created=False)


def volunteer_signup_cancel(*, signup: VolunteerSignup, by: User) -> VolunteerSignup:
    """Cancel a sign-up before the event starts; its place in the role is free again at once."""
    with transaction.atomic():
        role = lock_role(signup.role_id)
        signup = VolunteerSignup.objects.select_for_update().get(pk=signup.pk)
        if signup.status == VolunteerSignupStatus.CANCELLED:
            raise Conflict(_("This sign-up is already cancelled."))
        if signup.checked_in_at is not None:
            raise Conflict(_("A checked-in volunteer's sign-up cannot be cancelled."))
        if role.event.starts_at <= timezone.now() and role.event.status != EventStatus.CANCELLED:
            raise Conflict(_("The event has already started."))
        signup.status = VolunteerSignupStatus.CANCELLED
        signup.cancelled_at = timezone.now()
        signup.save(update_fields=["status", "cancelled_at", "updated_at"])
        role.filled -= 1
        role.save(update_fields=["filled", "updated_at"])
        audit_record(
            actor=by,
            action="volunteer_signup.cancelled",
            target=signup,
            changes={"status": (VolunteerSignupStatus.CONFIRMED, VolunteerSignupStatus.CANCELLED)},
        )
    return signup


@transaction.atomic
def volunteer_check_in(*, signup: VolunteerSignup, by: User) -> VolunteerSignup:
    """Mark a confirmed volunteer present, once, at a published event or one that took place."""
    signup = VolunteerSignup.objects.select_for_update(of=("self",)).select_related("event").get(pk=signup.pk)
    if signup.event.status not in (EventStatus.APPROVED, EventStatus.COMPLETED):
        raise Conflict(_("Check-in is only possible for published events."))
    if signup.status != VolunteerSignupStatus.CONFIRMED:
        raise Conflict(_("This sign-up was cancelled."))
    if signup.checked_in_at is not None:
        local = timezone.localtime(signup.checked_in_at)
        raise Conflict(_("Already checked in at %(time)s.") % {"time": local.strftime("%H:%M")})
    signup.checked_in_at = timezone.now()
    signup.save(update_fields=["checked_in_at", "updated_at"])
    audit_record(actor=by, action="volunteer_signup.checked_in", target=signup, changes={"event": signup.event_id})
    return signup


HOURS_STATUSES = (EventStatus.APPROVED, EventStatus.COMPLETED, EventStatus.REPORTED)


def check_hours_open(event: Event) -> None:
    """Raise why hours cannot be confirmed for ``event`` now, if so: only after it ended, and not once
    its report was accepted (accepted figures are final)."""
    if event.status not in HOURS_STATUSES:
        raise Conflict(
            _("Hours cannot be confirmed for an event that is %(status)s.") % {"status": event.get_status_display()}
        )
    if event.ends_at > timezone.now():
        raise Conflict(_("Service hours are confirmed after the event has ended."))
    report_status = getattr(getattr(event, "report", None), "status", None)
    if report_status == ReportStatus.ACCEPTED:
        raise Conflict(_("The event's report has been accepted; its figures are final."))


@transaction.atomic
def volunteer_hours_confirm(*, event: Event, hours: dict[int, Decimal], by: User) -> list[VolunteerSignup]:
    """Confirm the service hours of checked-in volunteers of ``event`` (sign-up id -> hours).

    Only after the event ended and before its report is accepted; each entry may be corrected until
    then. All entries or none: one bad entry rejects the whole batch with its per-line message.
    """
    event = Event.objects.select_for_update(of=("self",)).select_related("report").get(pk=event.pk)
    check_hours_open(event)
    signups = {
        s.pk: s
        for s in VolunteerSignup.objects.select_for_update().filter(event=event, pk__in=list(hours)).order_by("pk")
    }
    errors: dict[str, list[str]] = {}
    for index, signup_id in enumerate(hours):
        signup = signups.get(signup_id)
        value = hours[signup_id]
        if signup is None:
            errors[f"hours.{index}.signup"] = [_("No volunteer sign-up with this id at this event.")]
        elif signup.status != VolunteerSignupStatus.CONFIRMED or signup.checked_in_at is None:
            errors[f"hours.{index}.signup"] = [_("Hours are confirmed for checked-in volunteers only.")]
        elif not (Decimal(0) < value <= MAX_HOURS):
            errors[f"hours.{index}.hours"] = [_("More than 0 and at most 24 hours.")]
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    confirmed = []
    for signup_id, value in hours.items():
        signup = signups[signup_id]
        old = signup.hours
        if old == value:
            confirmed.append(signup)
            continue
        signup.hours = value
        signup.hours_confirmed_at = now
        signup.hours_confirmed_by = by
        signup.save(update_fields=["hours", "hours_confirmed_at", "hours_confirmed_by", "updated_at"])
        audit_record(actor=by, action="volunteer_hours.confirmed", target=signup, changes={"hours": (old, value)})
        confirmed.append(signup)
    return confirmed
