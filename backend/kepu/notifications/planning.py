"""Rows the sweep creates by itself: event reminders, report due/overdue notices, the weekly digest and the
per-capita funding notice. Every function is idempotent (subject keys + the unique constraint), so two sweeps
running at once, or one sweep running twice, create each row once."""

import json
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection
from django.db.models import Exists, OuterRef, Q, Sum
from django.utils import timezone

from kepu.accounts.models import Role, User
from kepu.accounts.policies import staff_area_q
from kepu.events.models import Event, EventReport, EventStatus, Registration, RegistrationStatus, ReportStatus
from kepu.funding.models import Direction, FundingRecord, Target
from kepu.places.models import Membership, Population

from .models import Notification, NotificationKind, NotificationPreference, NotificationState, ReminderPlan
from .services import notify

LOCAL = ZoneInfo("Asia/Shanghai")
REMINDER_PLANNING_HORIZON = timedelta(days=7)
# A sweep re-reads what changed this long before the previous one planned: a transaction that stamped its
# rows before that sweep but committed after it is seen by the next one.
PLAN_OVERLAP = timedelta(minutes=10)
REPORT_OVERDUE_REPEATS = 3
DIGEST_WEEKDAY, DIGEST_HOUR = 0, 9  # Monday 09:00 Asia/Shanghai


def reminder_hours_for(event: Event) -> list[int]:
    hours = event.reminder_hours or settings.KEPU["REMINDER_HOURS"]
    return sorted({int(h) for h in hours if int(h) > 0}, reverse=True)


def reminder_subject(event_id: int, hours: int, starts_at: datetime) -> str:
    """A reminder is about one start time: when the event moves, the new time gets reminders of its own
    (``event:12:reminder:2:20270301T060000Z``), and the ones planned for the old time are withdrawn."""
    return f"{reminder_subject_prefix(event_id)}{hours}:{_start_stamp(starts_at)}"


def _start_stamp(starts_at: datetime) -> str:
    return f"{starts_at.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def reminder_subject_prefix(event_id: int) -> str:
    return f"event:{event_id}:reminder:"


def _reminders_due_now(starts_at: datetime, hours: list[int], now: datetime) -> list[int]:
    """The reminders to plan for one event. Of several whose time has passed only the nearest is kept
    (an event approved 3 h before it starts gets the 2 h reminder, not the 24 h one as well)."""
    passed = [h for h in hours if starts_at - timedelta(hours=h) <= now]
    future = [h for h in hours if starts_at - timedelta(hours=h) > now]
    return future + ([min(passed)] if passed else [])


def plan_event_reminders(*, now: datetime) -> int:
    """Create reminder rows (due at start − h) for confirmed registrations of approved events starting within
    their largest reminder interval. A registration made after a reminder's due time does not get it: its
    sign-up confirmation already told it everything. Residents who opted out of reminders get none.

    Each reminder (event × hours × start time) remembers how far it was planned (``ReminderPlan``): the
    first sweep reads all the event's registrations, later ones only those changed since (and residents
    whose preferences changed), so a sweep costs what is new, not what exists."""
    default_max = max(settings.KEPU["REMINDER_HOURS"] or [0])
    horizon = max(REMINDER_PLANNING_HORIZON, timedelta(hours=default_max))
    events = Event.objects.filter(status=EventStatus.APPROVED, starts_at__gt=now, starts_at__lte=now + horizon).only(
        "id", "starts_at", "reminder_hours", "updated_at"
    )
    wanted: dict[str, tuple[Event, int]] = {}
    for event in events:
        hours = reminder_hours_for(event)
        if not hours or event.starts_at > now + timedelta(hours=hours[0]):
            continue
        for h in _reminders_due_now(event.starts_at, hours, now):
            wanted[reminder_subject(event.pk, h, event.starts_at)] = (event, h)
    if not wanted:
        return 0
    # Real time, not the sweep's ``now`` (which callers may set): it stamps what this sweep has read.
    read_at = timezone.now()
    covered = dict(ReminderPlan.objects.filter(subject_key__in=wanted).values_list("subject_key", "covered_until"))
    created = 0
    for subject, (event, h) in wanted.items():
        since = covered.get(subject)
        created += _insert_reminders(event=event, hours=h, now=now, since=since and since - PLAN_OVERLAP)
    ReminderPlan.objects.bulk_create(
        [
            ReminderPlan(subject_key=subject, event_id=event.pk, covered_until=read_at)
            for subject, (event, _h) in wanted.items()
        ],
        update_conflicts=True,
        unique_fields=["subject_key"],
        update_fields=["covered_until"],
    )
    return created


def withdraw_moved_reminders(*, event: Event, now: datetime) -> int:
    """Reminders still waiting for a start time the event no longer has: withdrawn (they would announce
    the wrong time; the new time has reminders of its own). Called when the event moves; a reminder that
    slips through (an edit that bypassed ``event_update``) is withdrawn at delivery, where its planned
    start is compared with the event's."""
    return (
        Notification.objects.filter(
            event_id=event.pk,
            kind=NotificationKind.EVENT_REMINDER,
            state=NotificationState.PENDING,
            subject_key__startswith=reminder_subject_prefix(event.pk),
        )
        .exclude(subject_key__endswith=f":{_start_stamp(event.starts_at)}")
        .update(state=NotificationState.CANCELLED, updated_at=now)
    )


def _insert_reminders(*, event: Event, hours: int, now: datetime, since: datetime | None) -> int:
    """One INSERT … SELECT over the event's registrations, all of them (``since`` None) or those changed
    since ``since`` and those of residents whose preferences changed since then. Rows that exist already
    are left to the unique constraint, so the plan has no anti-join whose cost depends on fresh table
    statistics: an index range of what changed, then one index probe per candidate.

    A reminder whose time had already passed when the event was last changed (moved) is not made for
    someone who already had the same reminder for an earlier start: after a move the resident gets the
    reminders still ahead, not a second "tomorrow" right away."""
    due_at = event.starts_at - timedelta(hours=hours)
    subject = reminder_subject(event.pk, hours, event.starts_at)
    notification = Notification._meta.db_table
    registrations = Registration._meta.db_table
    preferences = NotificationPreference._meta.db_table
    which = "r.event_id = %s"
    params_which: list[Any] = [event.pk]
    with connection.cursor() as cursor:
        if since is not None:
            # What changed, as ids: two index ranges (LATERAL: one probe of (event, resident) per changed
            # preference). The INSERT below then starts from a literal list, whatever the statistics say.
            cursor.execute(
                f"SELECT id FROM {registrations} WHERE event_id = %s AND updated_at >= %s "  # noqa: S608
                f"UNION SELECT c.id FROM (SELECT user_id FROM {preferences} WHERE updated_at >= %s) q "
                f"CROSS JOIN LATERAL (SELECT id FROM {registrations} WHERE event_id = %s AND resident_id = q.user_id "
                # LIMIT 1 (one row per event and resident anyway) keeps the planner from flattening the probe.
                "LIMIT 1) c",
                [event.pk, since, since, event.pk],
            )
            changed = [row[0] for row in cursor.fetchall()]
            if not changed:
                return 0
            which, params_which = "r.id = ANY(%s) AND r.event_id = %s", [changed, event.pk]
        already_had = ""
        params_had: list = []
        if due_at <= now and due_at < event.updated_at:
            # Read before the INSERT, not as an anti-join inside it: on statistics of an empty table that
            # join scans the table once per registration while the statement fills it (20,000 sign-ups:
            # 5.7 million page reads, 6.7 s, where 5,000 took 0.5 s).
            had = list(
                Notification.objects.filter(
                    event_id=event.pk,
                    kind=NotificationKind.EVENT_REMINDER,
                    state=NotificationState.SENT,
                    subject_key__startswith=f"{reminder_subject_prefix(event.pk)}{hours}:",
                ).values_list("recipient_id", flat=True)
            )
            if had:
                already_had, params_had = "AND NOT (r.resident_id = ANY(%s)) ", [had]
        cursor.execute(
            f"INSERT INTO {notification} (created_at, updated_at, recipient_id, kind, subject_key, event_id, "  # noqa: S608
            "context, due_at, state, attempts, last_error) "
            "SELECT %s, %s, r.resident_id, %s, %s, r.event_id, %s::jsonb, %s, 'pending', 0, '' "
            f"FROM {registrations} r "
            f"JOIN {User._meta.db_table} u ON u.id = r.resident_id "
            f"LEFT JOIN {preferences} p ON p.user_id = r.resident_id "
            f"WHERE {which} AND r.status = %s AND r.created_at <= %s "
            f"AND u.is_active AND u.anonymised_at IS NULL AND COALESCE(p.reminders, TRUE) {already_had}"
            # The constraint drops the rows that exist, and settles a race with a sweep running at once.
            "ON CONFLICT ON CONSTRAINT notification_unique_subject DO NOTHING",
            [
                now,
                now,
                NotificationKind.EVENT_REMINDER,
                subject,
                json.dumps({"hours": hours, "starts_at": event.starts_at.isoformat()}),
                due_at,
                *params_which,
                RegistrationStatus.CONFIRMED,
                due_at,
                *params_had,
            ],
        )
        return cursor.rowcount


def _organizers(event: Event) -> list[int]:
    return list(
        Membership.objects.filter(organization_id=event.organization_id, user__is_active=True).values_list(
            "user_id", flat=True
        )
    )


def plan_report_notices(*, now: datetime) -> int:
    """For completed events without a report: ``report_due`` once, then ``report_overdue`` on each of the
    first three days after the end (``event:<id>:report_overdue:<n>``). A day the sweep missed is not
    made up later, so nobody gets three reminders at once."""
    window_start = now - timedelta(days=REPORT_OVERDUE_REPEATS + 1)
    events = Event.objects.filter(status=EventStatus.COMPLETED, ends_at__gte=window_start, ends_at__lte=now).exclude(
        Exists(EventReport.objects.filter(event=OuterRef("pk")))
    )
    created = 0
    for event in events:
        organizers = _organizers(event)
        if not organizers:
            continue
        created += notify(
            recipients=organizers,
            kind=NotificationKind.REPORT_DUE,
            subject_key=f"event:{event.pk}:report_due",
            event=event,
            due_at=now,
        )
        day = (now - event.ends_at) // timedelta(days=1)
        if 1 <= day <= REPORT_OVERDUE_REPEATS:
            created += notify(
                recipients=organizers,
                kind=NotificationKind.REPORT_OVERDUE,
                subject_key=f"event:{event.pk}:report_overdue:{day}",
                event=event,
                context={"repeat": day},
                due_at=now,
            )
    return created


def _staff_recipients():
    return User.objects.filter(is_active=True).filter(
        Q(role=Role.STAFF, staff_area__isnull=False) | Q(role=Role.ADMIN) | Q(is_superuser=True)
    )


def digest_subject(local_now: datetime) -> str:
    year, week, _day = local_now.isocalendar()
    return f"digest:{year}-W{week:02d}"


def plan_weekly_digest(*, now: datetime) -> int:
    """On Mondays from 09:00 Asia/Shanghai, one digest per staff member for the ISO week, counting what is
    in their area: events waiting for approval, reports waiting for review, last week's and next week's
    events. The counts are taken when the digest is made, so the message says what was true then."""
    local = now.astimezone(LOCAL)
    if local.weekday() != DIGEST_WEEKDAY or local.hour < DIGEST_HOUR:
        return 0
    monday = local.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    week_start = monday.replace(hour=0)
    subject = digest_subject(local)
    already = Notification.objects.filter(
        recipient=OuterRef("pk"), kind=NotificationKind.WEEKLY_DIGEST, subject_key=subject
    )
    created = 0
    for user in _staff_recipients().exclude(Exists(already)).select_related("staff_area"):
        events = Event.objects.filter(staff_area_q(user))
        context = {
            "week": f"{local.isocalendar()[0]}-W{local.isocalendar()[1]:02d}",
            "submitted": events.filter(status=EventStatus.SUBMITTED).count(),
            "reports_waiting": EventReport.objects.filter(
                staff_area_q(user, "event__area"), status=ReportStatus.SUBMITTED
            ).count(),
            "held": events.filter(
                status__in=[EventStatus.COMPLETED, EventStatus.REPORTED],
                starts_at__gte=week_start - timedelta(days=7),
                starts_at__lt=week_start,
            ).count(),
            "upcoming": events.filter(
                status=EventStatus.APPROVED, starts_at__gte=week_start, starts_at__lt=week_start + timedelta(days=7)
            ).count(),
        }
        created += notify(
            recipients=[user],
            kind=NotificationKind.WEEKLY_DIGEST,
            subject_key=subject,
            context=context,
            due_at=monday,
        )
    return created


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def funding_position(*, area, year: int, months: int) -> dict | None:
    """Funds raised in ``area``'s subtree in the first ``months`` months of ``year``, per resident of the
    area, against the pro-rata share of the yearly per-capita target. None without a population figure."""
    population = (
        Population.objects.filter(area=area, year__lte=year).order_by("-year").values_list("residents", flat=True)
    ).first()
    if not population:
        return None
    end = date(year + 1, 1, 1) if months >= 12 else date(year, months + 1, 1)
    raised = FundingRecord.objects.filter(
        area__path__startswith=area.path,
        direction=Direction.INCOME,
        date__gte=date(year, 1, 1),
        date__lt=end,
    ).aggregate(total=Sum("amount"))["total"] or Decimal(0)
    target = (
        Target.objects.filter(area=area, year=year).values_list("per_capita_funding", flat=True).first()
        or settings.KEPU["PER_CAPITA_TARGET"]
    )
    return {
        "per_capita": _money(raised / population),
        "pro_rata": _money(target * months / 12),
        "target": _money(target),
    }


def plan_funding_behind(*, now: datetime) -> int:
    """Once a month, tell staff whose area's funds raised per resident, up to the end of last month, are
    below the target's pro-rata share (``funding:<area>:<yyyy-mm>``). Nothing in January: no month has
    passed yet."""
    local = now.astimezone(LOCAL)
    months = local.month - 1
    if months == 0:
        return 0
    month = f"{local.year}-{local.month:02d}"
    staff = list(
        User.objects.filter(is_active=True, role=Role.STAFF, staff_area__isnull=False).select_related("staff_area")
    )
    created = 0
    positions: dict[int, dict | None] = {}
    for user in staff:
        area = user.staff_area
        if area is None:  # excluded by the query; the model allows it for other roles
            continue
        subject = f"funding:{area.pk}:{month}"
        if Notification.objects.filter(
            recipient=user, kind=NotificationKind.FUNDING_BEHIND, subject_key=subject
        ).exists():
            continue
        if area.pk not in positions:
            positions[area.pk] = funding_position(area=area, year=local.year, months=months)
        position = positions[area.pk]
        if position is None or position["per_capita"] >= position["pro_rata"]:
            continue
        created += notify(
            recipients=[user],
            kind=NotificationKind.FUNDING_BEHIND,
            subject_key=subject,
            context={"area": area.name, **{k: str(v) for k, v in position.items()}},
            due_at=now,
        )
    return created


def plan_due(*, now: datetime | None = None, funding: bool = True) -> int:
    """Everything the sweep creates before it claims due rows."""
    now = now or timezone.now()
    created = plan_event_reminders(now=now) + plan_report_notices(now=now) + plan_weekly_digest(now=now)
    if funding:
        created += plan_funding_behind(now=now)
    return created
