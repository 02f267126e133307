"""Writing events: creation, edits and the lifecycle steps (docs/domain.md)."""

from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.arguments import UNSET, Maybe, given
from kepu.common.audit import audit_record, diff_fields
from kepu.common.errors import Conflict
from kepu.notifications.models import NotificationKind
from kepu.notifications.planning import withdraw_moved_reminders
from kepu.notifications.services import notify
from kepu.places.models import Area, Organization

from .. import lifecycle
from ..models import Audience, Event, EventStatus
from .common import (
    active_registrants,
    lock_event,
    organizers_of,
    require_status,
    staff_covering,
)
from .registrations import promote_waitlist

# Changes registrants must hear about once an event is published.
TRACKED_FIELDS = ("starts_at", "ends_at", "address", "online_url", "mode", "area")


def _validate_times(event: Event) -> None:
    errors: dict[str, list[str]] = {}
    if event.ends_at <= event.starts_at:
        errors["ends_at"] = [_("The end must be after the start.")]
    opens, closes = event.registration_opens_at, event.registration_closes_at
    if opens and closes and closes <= opens:
        errors["registration_closes_at"] = [_("Sign-up must close after it opens.")]
    if closes and closes > event.ends_at:
        errors.setdefault("registration_closes_at", []).append(_("Sign-up must close before the event ends."))
    if errors:
        raise ValidationError(errors)


def event_create(
    *,
    by: User,
    organization: Organization,
    title: str,
    activity_type: str,
    starts_at: datetime,
    ends_at: datetime,
    description: Maybe[str] = UNSET,
    setting: Maybe[str] = UNSET,
    mode: Maybe[str] = UNSET,
    campaign: Maybe[str] = UNSET,
    area: Area | None = None,
    address: Maybe[str] = UNSET,
    online_url: Maybe[str] = UNSET,
    audiences: Iterable[Audience] = (),
    registration_required: Maybe[bool] = UNSET,
    capacity: Maybe[int | None] = UNSET,
    max_companions: Maybe[int] = UNSET,
    registration_opens_at: Maybe[datetime | None] = UNSET,
    registration_closes_at: Maybe[datetime | None] = UNSET,
    planned_budget: Maybe[Decimal] = UNSET,
    reminder_hours: Maybe[list[int]] = UNSET,
    check_in_opens_minutes: Maybe[int] = UNSET,
    check_in_closes_minutes: Maybe[int] = UNSET,
    logged_afterwards: bool = False,
) -> Event:
    """A draft event of ``organization``; setting and area default to the organization's.

    Fields left ``UNSET`` take the model's defaults.
    """
    fields = given(
        title=title,
        activity_type=activity_type,
        starts_at=starts_at,
        ends_at=ends_at,
        description=description,
        setting=organization.setting if setting is UNSET else setting,
        mode=mode,
        campaign=campaign,
        area=organization.area if area is None else area,
        address=address,
        online_url=online_url,
        registration_required=registration_required,
        capacity=capacity,
        max_companions=max_companions,
        registration_opens_at=registration_opens_at,
        registration_closes_at=registration_closes_at,
        planned_budget=planned_budget,
        reminder_hours=reminder_hours,
        check_in_opens_minutes=check_in_opens_minutes,
        check_in_closes_minutes=check_in_closes_minutes,
        logged_afterwards=logged_afterwards,
    )
    event = Event(organization=organization, created_by=by, status=EventStatus.DRAFT, **fields)
    _validate_times(event)
    with transaction.atomic():
        event.save()
        event.audiences.set(audiences)
        audit_record(
            actor=by,
            action="event.created",
            target=event,
            changes={"title": event.title, "organization": organization.pk, "status": event.status},
        )
    return event


@transaction.atomic
def event_update(
    *,
    event: Event,
    by: User,
    title: Maybe[str] = UNSET,
    activity_type: Maybe[str] = UNSET,
    starts_at: Maybe[datetime] = UNSET,
    ends_at: Maybe[datetime] = UNSET,
    description: Maybe[str] = UNSET,
    setting: Maybe[str] = UNSET,
    mode: Maybe[str] = UNSET,
    campaign: Maybe[str] = UNSET,
    area: Maybe[Area] = UNSET,
    address: Maybe[str] = UNSET,
    online_url: Maybe[str] = UNSET,
    audiences: Iterable[Audience] | None = None,
    registration_required: Maybe[bool] = UNSET,
    capacity: Maybe[int | None] = UNSET,
    max_companions: Maybe[int] = UNSET,
    registration_opens_at: Maybe[datetime | None] = UNSET,
    registration_closes_at: Maybe[datetime | None] = UNSET,
    planned_budget: Maybe[Decimal] = UNSET,
    reminder_hours: Maybe[list[int]] = UNSET,
    check_in_opens_minutes: Maybe[int] = UNSET,
    check_in_closes_minutes: Maybe[int] = UNSET,
) -> Event:
    """Edit a draft, rejected or approved event; only the fields passed change.

    Runs under the event's row lock so capacity changes cannot race sign-ups: lowering below the
    confirmed seats is refused, raising promotes from the waiting list at once. Moving a published
    event in time or place is audited and every registrant is told.
    """
    fields = given(
        title=title,
        activity_type=activity_type,
        starts_at=starts_at,
        ends_at=ends_at,
        description=description,
        setting=setting,
        mode=mode,
        campaign=campaign,
        area=area,
        address=address,
        online_url=online_url,
        registration_required=registration_required,
        capacity=capacity,
        max_companions=max_companions,
        registration_opens_at=registration_opens_at,
        registration_closes_at=registration_closes_at,
        planned_budget=planned_budget,
        reminder_hours=reminder_hours,
        check_in_opens_minutes=check_in_opens_minutes,
        check_in_closes_minutes=check_in_closes_minutes,
    )
    event = lock_event(event.pk)
    require_status(event, lifecycle.EDITABLE, _("edit"))
    changes = diff_fields(event, fields)
    if "capacity" in changes:
        new_capacity = fields["capacity"]
        if new_capacity is not None and new_capacity < event.confirmed_seats:
            raise ValidationError(
                {
                    "capacity": [
                        _("%(seats)d seats are already confirmed; the capacity cannot be lower.")
                        % {"seats": event.confirmed_seats}
                    ]
                }
            )
    for field, (_old, new) in changes.items():
        setattr(event, field, new)
    _validate_times(event)
    old_audiences = sorted(event.audiences.values_list("key", flat=True))
    if audiences is not None:
        audiences = list(audiences)
        new_audiences = sorted(a.pk for a in audiences)
        if new_audiences != old_audiences:
            changes["audiences"] = (old_audiences, new_audiences)
    if not changes:
        return event
    event.calendar_sequence += 1
    event.save()
    if audiences is not None:
        event.audiences.set(audiences)
    entry = audit_record(actor=by, action="event.updated", target=event, changes=changes)
    if "capacity" in changes and event.status == EventStatus.APPROVED:
        promote_waitlist(event=event, by=by)
    if "starts_at" in changes:
        withdraw_moved_reminders(event=event, now=timezone.now())
    tracked = sorted(set(changes) & set(TRACKED_FIELDS))
    if event.status == EventStatus.APPROVED and tracked:
        notify(
            recipients=active_registrants(event),
            kind=NotificationKind.EVENT_CHANGED,
            subject_key=f"event:{event.pk}:changed:{entry.pk}",
            event=event,
            context={"title": event.title, "changed": tracked, "starts_at": event.starts_at.isoformat()},
        )
    return event


@transaction.atomic
def event_submit(*, event: Event, by: User) -> Event:
    """Send a draft (or a rejected event, after edits) to the staff of its area for approval."""
    event = lock_event(event.pk)
    require_status(event, lifecycle.SUBMITTABLE, _("submit"))
    if not lifecycle.can_submit_now(event, now=timezone.now()):
        raise ValidationError({"starts_at": [_("An event must start in the future to be submitted.")]})
    old = event.status
    event.status = EventStatus.SUBMITTED
    event.submitted_at = timezone.now()
    event.status_reason = ""
    event.save(update_fields=["status", "submitted_at", "status_reason", "updated_at"])
    audit_record(actor=by, action="event.submitted", target=event, changes={"status": (old, event.status)})
    notify(
        recipients=staff_covering(event),
        kind=NotificationKind.APPROVAL_PENDING,
        subject_key=f"event:{event.pk}:approval_pending:{event.submitted_at.timestamp():.6f}",
        event=event,
        context={"title": event.title, "organization": event.organization.name},
    )
    return event


@transaction.atomic
def event_approve(*, event: Event, by: User) -> Event:
    """Publish a submitted event: it becomes visible and open for sign-up."""
    event = lock_event(event.pk)
    require_status(event, lifecycle.REVIEWABLE, _("approve"))
    event.status = EventStatus.APPROVED
    event.approved_at = timezone.now()
    event.approved_by = by
    event.save(update_fields=["status", "approved_at", "approved_by", "updated_at"])
    audit_record(
        actor=by, action="event.approved", target=event, changes={"status": (EventStatus.SUBMITTED, event.status)}
    )
    notify(
        recipients=organizers_of(event),
        kind=NotificationKind.EVENT_APPROVED,
        subject_key=f"event:{event.pk}:approved:{event.approved_at.timestamp():.6f}",
        event=event,
        context={"title": event.title},
    )
    return event


@transaction.atomic
def event_reject(*, event: Event, by: User, reason: str) -> Event:
    """Send a submitted event back to its organizers with a reason; they may edit and resubmit."""
    event = lock_event(event.pk)
    require_status(event, lifecycle.REVIEWABLE, _("reject"))
    event.status = EventStatus.REJECTED
    event.status_reason = reason
    event.save(update_fields=["status", "status_reason", "updated_at"])
    entry = audit_record(
        actor=by,
        action="event.rejected",
        target=event,
        changes={"status": (EventStatus.SUBMITTED, event.status), "reason": reason},
    )
    notify(
        recipients=organizers_of(event),
        kind=NotificationKind.EVENT_REJECTED,
        subject_key=f"event:{event.pk}:rejected:{entry.pk}",
        event=event,
        context={"title": event.title, "reason": reason},
    )
    return event


@transaction.atomic
def event_cancel(*, event: Event, by: User, reason: str) -> Event:
    """Call an event off before it took place; every registrant hears the reason, and calendars that
    imported it see it cancelled (a new revision)."""
    event = lock_event(event.pk)
    require_status(event, lifecycle.CANCELLABLE, _("cancel"))
    old = event.status
    event.status = EventStatus.CANCELLED
    event.status_reason = reason
    event.calendar_sequence += 1
    event.save(update_fields=["status", "status_reason", "calendar_sequence", "updated_at"])
    audit_record(
        actor=by, action="event.cancelled", target=event, changes={"status": (old, event.status), "reason": reason}
    )
    notify(
        recipients=active_registrants(event),
        kind=NotificationKind.EVENT_CANCELLED,
        subject_key=f"event:{event.pk}:cancelled",
        event=event,
        context={"title": event.title, "reason": reason, "starts_at": event.starts_at.isoformat()},
    )
    return event


@transaction.atomic
def event_complete(*, event: Event, by: User | None = None) -> Event:
    """Mark an approved event that has started as having taken place; organizers are asked for the report.

    ``by`` is None when the periodic task completes it. Re-checks the state under the row lock, so a
    second call answers Conflict instead of completing twice.
    """
    event = lock_event(event.pk)
    require_status(event, lifecycle.COMPLETABLE, _("complete"))
    if not lifecycle.can_complete_now(event, now=timezone.now()):
        raise Conflict(_("The event has not started yet."))
    event.status = EventStatus.COMPLETED
    event.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=by, action="event.completed", target=event, changes={"status": (EventStatus.APPROVED, event.status)}
    )
    notify(
        recipients=organizers_of(event),
        kind=NotificationKind.REPORT_DUE,
        subject_key=f"event:{event.pk}:report_due",
        event=event,
        context={"title": event.title},
    )
    return event


@transaction.atomic
def event_approve_batch(*, events: Sequence[Event], by: User) -> list[Event]:
    """Approve several submitted events at once, all or none: if one cannot be approved (withdrawn or
    decided by someone else meanwhile) nothing is, and the error names it. Rows are locked in id order,
    so two overlapping batches cannot deadlock."""
    approved = []
    for event in sorted(events, key=lambda item: item.pk):
        try:
            approved.append(event_approve(event=event, by=by))
        except Conflict as exc:
            raise Conflict(_("《%(title)s》: %(reason)s") % {"title": event.title, "reason": exc.detail}) from exc
    return approved


@transaction.atomic
def event_mark_large_scale(*, event: Event, by: User, marked: bool) -> Event:
    """Staff mark (or unmark) an event that took place as large-scale whatever its attendance.

    Idempotent: setting the mark it already has changes nothing and writes no audit entry.
    """
    event = lock_event(event.pk)
    if event.status not in lifecycle.HELD:
        raise Conflict(_("Only an event that took place can be marked large-scale."))
    if event.marked_large_scale != marked:
        old = event.marked_large_scale
        event.marked_large_scale = marked
        event.save(update_fields=["marked_large_scale", "updated_at"])
        audit_record(
            actor=by,
            action="event.large_scale_marked" if marked else "event.large_scale_unmarked",
            target=event,
            changes={"marked_large_scale": (old, marked)},
        )
    return event
