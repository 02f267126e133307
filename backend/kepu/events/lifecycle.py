"""The event lifecycle: which step each state allows.

draft → submitted → approved (published, open for sign-up) → completed (it took place) → reported
(post-event report filed); rejected goes back to the organizers, cancelled ends it before completion.
The services enforce these rules and the API's ``allowed_actions`` (``permissions.allowed_actions``)
reports them, so the app never keeps a copy of its own.
"""

from datetime import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Event, EventStatus, ReportStatus

# Tuples, in lifecycle order: the services name the allowed states in their error messages.
EDITABLE = (EventStatus.DRAFT, EventStatus.REJECTED, EventStatus.APPROVED)
SUBMITTABLE = (EventStatus.DRAFT, EventStatus.REJECTED)
REVIEWABLE = (EventStatus.SUBMITTED,)
COMPLETABLE = (EventStatus.APPROVED,)
CANCELLABLE = (EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.APPROVED, EventStatus.REJECTED)
CHECK_IN_OPEN = (EventStatus.APPROVED, EventStatus.COMPLETED)
# Events that took place: staff may mark them large-scale whatever their attendance.
HELD = (EventStatus.COMPLETED, EventStatus.REPORTED)
# Sign-ups can be given up until the event took place (or was called off, which cancels them all).
REGISTRATION_CANCELLABLE = (EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.APPROVED)


class EventAction(models.TextChoices):
    """What a caller may do with an event, as the API lists them in ``allowed_actions``."""

    EDIT = "edit", _("Edit")
    SUBMIT = "submit", _("Submit for approval")
    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")
    CANCEL = "cancel", _("Cancel")
    COMPLETE = "complete", _("Mark as held")
    CHECK_IN = "check_in", _("Check people in")
    PREPARE_CHECK_IN = "prepare_check_in", _("Download the check-in list")
    REPORT = "report", _("File the report")
    REVIEW_REPORT = "review_report", _("Review the report")
    ADD_EVIDENCE = "add_evidence", _("Add evidence")
    REGISTER = "register", _("Sign up")
    MARK_LARGE_SCALE = "mark_large_scale", _("Mark or unmark as large-scale")


class SignUpState(models.TextChoices):
    """Whether an event takes sign-ups now, and if not, why."""

    OPEN = "open", _("Open for sign-up")
    NOT_REQUIRED = "not_required", _("No sign-up needed")
    NOT_PUBLISHED = "not_published", _("Not published")
    NOT_YET_OPEN = "not_yet_open", _("Sign-up has not opened yet")
    CLOSED = "closed", _("Sign-up has closed")
    STARTED = "started", _("The event has started")


def sign_up_state(event: Event, *, now: datetime) -> SignUpState:
    if not event.registration_required:
        return SignUpState.NOT_REQUIRED
    if event.status != EventStatus.APPROVED:
        return SignUpState.NOT_PUBLISHED
    if event.starts_at <= now:
        return SignUpState.STARTED
    if event.registration_opens_at and now < event.registration_opens_at:
        return SignUpState.NOT_YET_OPEN
    if event.registration_closes_at and now >= event.registration_closes_at:
        return SignUpState.CLOSED
    return SignUpState.OPEN


def can_submit_now(event: Event, *, now: datetime) -> bool:
    """Only an event still to come goes to approval."""
    return event.status in SUBMITTABLE and event.starts_at > now


def door_prepared_now(event: Event, *, now: datetime) -> bool:
    """A door device may fetch the check-in list of a published event until its check-in closes."""
    return event.status in CHECK_IN_OPEN and now <= event.check_in_closes_at


def check_in_open_now(event: Event, *, now: datetime) -> bool:
    """Codes are accepted within the event's check-in window (by default two hours before the start
    until the end)."""
    return event.status in CHECK_IN_OPEN and event.check_in_opens_at <= now <= event.check_in_closes_at


def can_complete_now(event: Event, *, now: datetime) -> bool:
    """A published event is marked as held once it has started."""
    return event.status in COMPLETABLE and event.starts_at <= now


def report_open(event_status: str, report_status: str | None) -> bool:
    """A first report after the event took place, or a new one after staff returned it."""
    return event_status == EventStatus.COMPLETED or (
        event_status == EventStatus.REPORTED and report_status == ReportStatus.RETURNED
    )


def report_reviewable(event_status: str, report_status: str | None) -> bool:
    return event_status == EventStatus.REPORTED and report_status == ReportStatus.SUBMITTED


def evidence_open(report_status: str | None) -> bool:
    """Evidence goes with a filed report until staff accept it."""
    return report_status is not None and report_status != ReportStatus.ACCEPTED
