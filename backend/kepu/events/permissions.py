"""Who may see and do what with events and registrations.

Policy functions answer one question each; the views turn "not visible" into 404 and
"visible but not allowed" into 403 (docs/architecture.md, "Permissions").
"""

from datetime import datetime

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.accounts.policies import (
    Viewer,
    is_association_staff,
    is_organizer_of,
    organizer_org_ids,
    staff_area_q,
    staff_covers_area,
)
from kepu.places.models import Membership

from . import lifecycle
from .lifecycle import EventAction, SignUpState
from .models import Event, EventReport, EventStatus, Registration, RegistrationStatus

PUBLIC_STATUSES = (EventStatus.APPROVED, EventStatus.COMPLETED, EventStatus.REPORTED)


def public_events_q() -> Q:
    return Q(status__in=PUBLIC_STATUSES)


def visible_events_q(user: Viewer) -> Q:
    """Public events, plus every state of the user's organizations' events and of the staff subtree."""
    q = public_events_q()
    if user is None or not user.is_authenticated:
        return q
    org_ids = organizer_org_ids(user)
    if org_ids:
        q |= Q(organization_id__in=org_ids)
    if is_association_staff(user):
        q |= staff_area_q(user, "area")
    return q


def scope_events(queryset: QuerySet, user: Viewer) -> QuerySet:
    return queryset.filter(visible_events_q(user))


def once_published_cancelled_q() -> Q:
    """Events called off after they were published: someone may have them in a calendar."""
    return Q(status=EventStatus.CANCELLED, approved_at__isnull=False)


def scope_calendar_events(queryset: QuerySet, user: Viewer) -> QuerySet:
    """What a calendar file may show the user: what they may see, plus cancellations of published
    events, so that whoever imported one learns it is off."""
    return queryset.filter(visible_events_q(user) | once_published_cancelled_q())


def can_organize(user: Viewer, event: Event) -> bool:
    """Organizers act on the events of the organizations they belong to."""
    return bool(user and user.is_authenticated and is_organizer_of(user, event.organization_id))


def organizes_q(user: Viewer) -> Exists:
    """``can_organize`` as a query expression, so a list judges all its events in its own query."""
    members = Membership.objects.filter(user=user) if isinstance(user, User) else Membership.objects.none()
    return Exists(members.filter(organization=OuterRef("organization")))


def can_review(user: Viewer, event: Event) -> bool:
    """Staff approve, reject and review reports of events in their area subtree."""
    return bool(user and user.is_authenticated and staff_covers_area(user, event.area))


def can_cancel(user: Viewer, event: Event) -> bool:
    return can_organize(user, event) or can_review(user, event)


def can_see_evidence(user: Viewer, event: Event) -> bool:
    return can_organize(user, event) or can_review(user, event)


def report_refusal(user: Viewer) -> str:
    """Why a visible event's report (or its evidence) is refused, in the reader's own terms."""
    if is_association_staff(user):
        return _("This event lies outside the area you look after; its report is reviewed by the staff covering it.")
    return _("Only the event's organizers and the association staff covering its area see its report.")


def can_create_events(user: Viewer) -> bool:
    return bool(user and user.is_authenticated and organizer_org_ids(user))


def can_register(user: Viewer) -> bool:
    """Anyone signed in may sign up as a resident."""
    return bool(user and user.is_authenticated)


def visible_registrations_q(user: Viewer) -> Q:
    """Residents see their own sign-ups; organizers see those of their organizations' events."""
    if user is None or not user.is_authenticated:
        return Q(pk__in=[])
    q = Q(resident=user)
    org_ids = organizer_org_ids(user)
    if org_ids:
        q |= Q(event__organization_id__in=org_ids)
    return q


def is_registration_owner(user: Viewer, registration: Registration) -> bool:
    return bool(user and user.is_authenticated and registration.resident_id == user.pk)


def can_manage_registration(user: Viewer, registration: Registration) -> bool:
    """The resident themself, or an organizer of the event (who may cancel on their behalf)."""
    return is_registration_owner(user, registration) or is_organizer_of(user, registration.event.organization_id)


def _report_status(event: Event) -> str | None:
    """The report's state: annotated by the list selectors, else read (one query)."""
    if hasattr(event, "report_status"):
        return event.report_status
    return EventReport.objects.filter(event_id=event.pk).values_list("status", flat=True).first()


def _signed_up(event: Event) -> bool:
    """Whether the caller's own registration (prefetched by the list selectors) still stands."""
    mine = getattr(event, "my_registrations", None) or []
    return any(registration.status != RegistrationStatus.CANCELLED for registration in mine)


def allowed_actions(user: Viewer, event: Event, *, now: datetime) -> list[EventAction]:
    """What ``user`` may do with ``event`` now: the policies above crossed with the lifecycle.

    The services check the same rules (they have the last word, under the event's row lock); this
    tells clients which steps to offer. Events read through the list selectors carry what it needs
    (the caller's membership, the report's state); any other event costs a query or two.
    """
    actions: list[EventAction] = []
    organizes = getattr(event, "caller_organizes", None)
    if organizes is None:
        organizes = can_organize(user, event)
    reviews = can_review(user, event)
    status = event.status
    if organizes and status in lifecycle.EDITABLE:
        actions.append(EventAction.EDIT)
    if organizes and lifecycle.can_submit_now(event, now=now):
        actions.append(EventAction.SUBMIT)
    if reviews and status in lifecycle.REVIEWABLE:
        actions += [EventAction.APPROVE, EventAction.REJECT]
    if (organizes or reviews) and status in lifecycle.CANCELLABLE:
        actions.append(EventAction.CANCEL)
    if organizes and lifecycle.can_complete_now(event, now=now):
        actions.append(EventAction.COMPLETE)
    if organizes and lifecycle.door_prepared_now(event, now=now):
        actions.append(EventAction.PREPARE_CHECK_IN)
    if organizes and lifecycle.check_in_open_now(event, now=now):
        actions.append(EventAction.CHECK_IN)
    if organizes or reviews:
        report_status = _report_status(event)
        if organizes and lifecycle.report_open(status, report_status):
            actions.append(EventAction.REPORT)
        if reviews and lifecycle.report_reviewable(status, report_status):
            actions.append(EventAction.REVIEW_REPORT)
        if organizes and lifecycle.evidence_open(report_status):
            actions.append(EventAction.ADD_EVIDENCE)
    if can_register(user) and lifecycle.sign_up_state(event, now=now) == SignUpState.OPEN and not _signed_up(event):
        actions.append(EventAction.REGISTER)
    if reviews and status in lifecycle.HELD:
        actions.append(EventAction.MARK_LARGE_SCALE)
    return actions
