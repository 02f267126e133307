"""Reading events and registrations with a constant number of queries per page."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import models
from django.db.models import (
    Case,
    Count,
    DateTimeField,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kepu.accounts.policies import Viewer

from .models import Audience, CheckInScan, Event, EventStatus, Registration, RegistrationStatus, ScanOutcome
from .permissions import once_published_cancelled_q, organizes_q, public_events_q, scope_events


def _waiting_ahead_subquery(
    outer_event: str = "event", outer_queued: str = "queued_at", outer_id: str = "id"
) -> Coalesce:
    ahead = (
        Registration.objects.filter(event=OuterRef(outer_event), status=RegistrationStatus.WAITLISTED)
        .filter(
            Q(queued_at__lt=OuterRef(outer_queued)) | Q(queued_at=OuterRef(outer_queued), id__lt=OuterRef(outer_id))
        )
        .order_by()
        .values("event")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0))


def registrations_with_position(queryset: QuerySet[Registration]) -> QuerySet[Registration]:
    """Annotate ``waitlist_position``: 1 + the waitlisted rows of the same event queued earlier, for
    waitlisted rows (``None`` for the others). Computed, so the list never has gaps; the one rule for
    the position wherever it is shown."""
    return queryset.annotate(
        waitlist_position=Case(
            When(status=RegistrationStatus.WAITLISTED, then=_waiting_ahead_subquery() + 1),
            default=None,
            output_field=IntegerField(),
        )
    )


def registration_waitlist_position(*, registration: Registration) -> int | None:
    """The registration's place on the waiting list (``None`` unless waitlisted); reads the annotation
    of ``registrations_with_position`` when the row has it, else one query."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    if not hasattr(registration, "waitlist_position"):
        registration = registrations_with_position(Registration.objects.filter(pk=registration.pk)).get()
    # An annotation: django-stubs cannot see it on the model.
    position: int | None = getattr(registration, "waitlist_position", None)
    return position


def _count(status: str) -> Coalesce:
    rows = (
        Registration.objects.filter(event=OuterRef("pk"), status=status)
        .order_by()
        .values("event")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


class EventPeriod(models.TextChoices):
    """Which part of the timeline the event list shows."""

    UPCOMING = "upcoming", _("Not ended yet, soonest first")
    PAST = "past", _("Ended, latest first")
    ALL = "all", _("Everything, earliest first")


def event_list(
    *, user: Viewer, mine: bool = False, upcoming: bool = False, period: str = EventPeriod.UPCOMING
) -> QuerySet[Event]:
    """Events the user may browse, with the counts the list shows.

    Anyone: approved, completed and reported events. Staff: every state within their area subtree.
    ``mine``: every state of the user's organizations' events. ``period``: events not ended yet
    soonest first (the default), ended ones latest first, or all of them by start; ``upcoming``:
    published events that have not ended. Counts, area, organization, audiences and the user's own
    registration come in a fixed number of queries.
    """
    from kepu.accounts.policies import is_association_staff, organizer_org_ids, staff_area_q

    queryset = Event.objects.all()
    if mine:
        queryset = queryset.filter(organization_id__in=organizer_org_ids(user))
    elif is_association_staff(user):
        queryset = queryset.filter(public_events_q() | staff_area_q(user, "area"))
    else:
        queryset = queryset.filter(public_events_q())
    now = timezone.now()
    if upcoming:
        queryset = queryset.filter(status=EventStatus.APPROVED, ends_at__gt=now)
    ordering: tuple[Any, ...] = ("starts_at", "id")
    if period == EventPeriod.UPCOMING:
        queryset = queryset.filter(ends_at__gt=now)
        ordering = (_not_by_index("starts_at"), "id")
    elif period == EventPeriod.PAST:
        queryset = queryset.filter(ends_at__lte=now)
        ordering = ("-starts_at", "-id")
    return with_list_data(queryset, user=user).order_by(*ordering)


def _not_by_index(field: str) -> CombinedExpression:
    """``field`` in an expression no index matches. What has not ended is found through the end-time
    index and sorted (its cost grows with what is upcoming); walking the start-time index instead, the
    planner's choice when it takes start and end for independent, steps over every past event first."""
    return CombinedExpression(F(field), "+", Value(timedelta(0)), output_field=DateTimeField())


def calendar_feed_events() -> QuerySet[Event]:
    """Published events that have not ended, and those among them cancelled since (``STATUS:CANCELLED``)."""
    return (
        Event.objects.filter(Q(status=EventStatus.APPROVED) | once_published_cancelled_q(), ends_at__gt=timezone.now())
        .select_related("area")
        .order_by("starts_at", "id")
    )


def with_list_data(queryset: QuerySet[Event], *, user: Viewer) -> QuerySet[Event]:
    queryset = (
        queryset.select_related("area", "organization")
        .annotate(
            confirmed_count=_count(RegistrationStatus.CONFIRMED),
            waitlist_count=_count(RegistrationStatus.WAITLISTED),
            reported_attendance=Coalesce("report__attendance", Value(0)),
            report_status=F("report__status"),
        )
        .prefetch_related(Prefetch("audiences", queryset=Audience.objects.only("key")))
    )
    if user is not None and user.is_authenticated:
        mine = registrations_with_position(Registration.objects.filter(resident=user))
        queryset = queryset.prefetch_related(
            Prefetch("registrations", queryset=mine, to_attr="my_registrations")
        ).annotate(caller_organizes=organizes_q(user))
    return queryset


def event_detail_queryset(*, user: Viewer) -> QuerySet[Event]:
    return with_list_data(scope_events(Event.objects.all(), user), user=user)


def registration_list(
    *, user: Viewer, event: Event | None = None, organizer_view: bool = False
) -> QuerySet[Registration]:
    """The user's own registrations; with ``organizer_view`` all registrants of ``event``."""
    if organizer_view and event is not None:
        queryset = Registration.objects.filter(event=event)
    else:
        queryset = Registration.objects.filter(resident_id=user.pk)  # an anonymous visitor has none
        if event is not None:
            queryset = queryset.filter(event=event)
    return registrations_with_position(
        queryset.select_related("event", "event__area", "event__organization", "resident")
    ).order_by("event__starts_at", "queued_at", "id")


def registrants_for_export(*, event: Event) -> QuerySet[Registration]:
    return registrations_with_position(Registration.objects.filter(event=event).select_related("resident")).order_by(
        "status", "queued_at", "id"
    )


def report_review_queue(*, user: Viewer) -> QuerySet[Event]:
    """Events with a filed report in the reviewer's own area subtree, longest waiting first.

    Reported events are public, but their reports are not: the queue never borrows the public scope of
    the event list, so a subdistrict's staff see only their subtree's reports. Report, walk-ins,
    evidence and materials come in a fixed number of queries.
    """
    from kepu.accounts.policies import staff_area_q
    from kepu.materials.models import Distribution

    return (
        Event.objects.filter(staff_area_q(user, "area"), report__isnull=False)
        .annotate(report_status=F("report__status"))
        .select_related("area", "organization", "report", "report__submitted_by")
        .prefetch_related(
            "report__walk_in_counts",
            "report__evidence",
            Prefetch("distributions", queryset=Distribution.objects.select_related("material").order_by("id")),
        )
        .order_by("report__submitted_at", "id")
    )


def approval_queue(*, user: Viewer) -> QuerySet[Event]:
    """Events waiting for approval in the reviewer's own area subtree, longest waiting first."""
    from kepu.accounts.policies import staff_area_q

    return with_list_data(
        Event.objects.filter(staff_area_q(user, "area"), status=EventStatus.SUBMITTED), user=user
    ).order_by("submitted_at", "id")


# The door ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckInCounter:
    """已签到 x / y 人 (含同行 n): people counted with their accompanying persons."""

    checked_in: int
    expected: int
    companions: int
    registrations: int
    duplicates: int


def check_in_counter(*, event: Event) -> CheckInCounter:
    """Checked-in people (each registration with its companions) against the confirmed seats."""
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    totals = confirmed.aggregate(
        in_count=Count("id", filter=Q(checked_in_at__isnull=False)),
        in_companions=Coalesce(Sum("companions", filter=Q(checked_in_at__isnull=False)), 0),
        seats=Coalesce(Sum(F("companions") + 1), 0),
    )
    duplicates = CheckInScan.objects.filter(event=event, outcome=ScanOutcome.DUPLICATE).count()
    return CheckInCounter(
        checked_in=totals["in_count"] + totals["in_companions"],
        expected=totals["seats"],
        companions=totals["in_companions"],
        registrations=totals["in_count"],
        duplicates=duplicates,
    )


def check_in_list(*, event: Event) -> QuerySet[Registration]:
    """What a door device keeps for offline use: confirmed and waitlisted registrations with their code,
    and the device that first accepted each one checked in."""
    first_device = (
        CheckInScan.objects.filter(registration=OuterRef("pk"), outcome=ScanOutcome.ACCEPTED)
        .order_by("received_at")
        .values("device")[:1]
    )
    return (
        Registration.objects.filter(
            event=event, status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]
        )
        .select_related("resident")
        .annotate(checked_in_device=Subquery(first_device))
        .order_by("id")
    )


def check_in_duplicates(*, event: Event) -> QuerySet[CheckInScan]:
    """Codes presented again after they were accepted, so every device that saw one can be told."""
    return CheckInScan.objects.filter(event=event, outcome=ScanOutcome.DUPLICATE).order_by("scanned_at")


def sign_in_sheet_registrations(*, event: Event) -> QuerySet[Registration]:
    """Confirmed registrations in sign-up order, the rows of the paper sign-in sheet."""
    return (
        Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
        .select_related("resident")
        .order_by("queued_at", "id")
    )
