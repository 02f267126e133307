"""Reads of the people app: scoped lists, a volunteer's own record, and the personnel figures of the
yearly return (科普人员), per area with roll-ups.

Counting rules (docs/people-and-venues.md): a popularizer or registered volunteer counts in every year
their service overlaps; volunteer service counts the sign-ups whose hours were confirmed, at events that
count under the statistics' official/provisional switch (officially: the report was accepted).
"""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from kepu.accounts.models import User
from kepu.accounts.policies import Viewer
from kepu.events.models import Event
from kepu.stats.filters import LOCAL_TZ, StatsFilter, local_midnight
from kepu.stats.sections import count_under_communities
from kepu.stats.selectors import child_part, grouped_over, held_q

from . import permissions as policy
from .certificates import Certificate
from .models import (
    Gender,
    Popularizer,
    PopularizerKind,
    Volunteer,
    VolunteerRole,
    VolunteerSignup,
    VolunteerSignupStatus,
)

ZERO_HOURS = Decimal("0.0")


def popularizer_list(*, user: Viewer) -> QuerySet[Popularizer]:
    return Popularizer.objects.filter(policy.visible_popularizers_q(user)).select_related(
        "organization", "organization__area"
    )


def volunteer_list(*, user: Viewer) -> QuerySet[Volunteer]:
    visible = Volunteer.objects.filter(policy.visible_volunteers_q(user)).values("pk")
    return Volunteer.objects.filter(pk__in=visible).select_related("user", "area", "organization")


def volunteer_of(user: Viewer) -> Volunteer | None:
    if not isinstance(user, User):
        return None
    return Volunteer.objects.select_related("area", "organization").filter(user=user).first()


def roles_of_event(*, event: Event) -> QuerySet[VolunteerRole]:
    return VolunteerRole.objects.filter(event=event).order_by("id")


def signups_of_event(*, event: Event) -> QuerySet[VolunteerSignup]:
    return (
        VolunteerSignup.objects.filter(event=event, status=VolunteerSignupStatus.CONFIRMED)
        .select_related("role", "volunteer__user", "event")
        .order_by("role_id", "created_at", "id")
    )


def signup_list(*, user: Viewer) -> QuerySet[VolunteerSignup]:
    return (
        VolunteerSignup.objects.filter(policy.visible_signups_q(user))
        .select_related("role", "event", "event__report", "volunteer__user")
        .order_by("-event__starts_at", "id")
    )


def service_of(*, volunteer: Volunteer, year: int) -> list[VolunteerSignup]:
    """A volunteer's confirmed service of a year (local calendar), oldest first: the certificate's lines."""
    return list(
        VolunteerSignup.objects.filter(
            volunteer=volunteer,
            hours__isnull=False,
            event__starts_at__gte=local_midnight(date(year, 1, 1)),
            event__starts_at__lt=local_midnight(date(year + 1, 1, 1)),
        )
        .select_related("role", "event", "event__organization", "volunteer__user")
        .order_by("event__starts_at", "id")
    )


def hours_total(signups: Iterable[VolunteerSignup]) -> Decimal:
    return sum((s.hours or ZERO_HOURS for s in signups), ZERO_HOURS)


def certificate_for(*, volunteer: Volunteer, year: int) -> Certificate | None:
    """The year's certificate of service, or None when no hours were confirmed in it."""
    lines = service_of(volunteer=volunteer, year=year)
    if not lines:
        return None
    return Certificate(
        volunteer=volunteer, year=year, lines=lines, total_hours=hours_total(lines), issued_on=timezone.localdate()
    )


def service_years(*, volunteer: Volunteer) -> list[dict]:
    """Per year with confirmed hours: events served and hours, newest first."""
    rows = (
        VolunteerSignup.objects.filter(volunteer=volunteer, hours__isnull=False)
        .annotate(year=ExtractYear("event__starts_at", tzinfo=LOCAL_TZ))
        .values("year")
        .annotate(events=Count("id"), hours=Sum("hours"))
        .order_by("-year")
    )
    return [{"year": r["year"], "events": r["events"], "hours": str(r["hours"])} for r in rows]


# The return's personnel figures -------------------------------------------------------------------

FULL_TIME_KEYS = ("total", "qualified", "female", "rural", "managers", "creators", "docents")
PART_TIME_KEYS = ("total", "qualified", "female", "rural", "docents", "work_months")
SERVICE_KEYS = ("volunteers_registered", "volunteers_served", "service_person_times", "service_hours")


def _serving_q(f: StatsFilter, start_field: str, end_field: str) -> Q:
    """Service that overlaps the period [f.start_date, f.end_date)."""
    return Q(**{f"{start_field}__lt": f.end_date}) & (
        Q(**{f"{end_field}__isnull": True}) | Q(**{f"{end_field}__gte": f.start_date})
    )


def _in_slice(f: StatsFilter, field: str) -> Q:
    return Q(**{f"{field}__path__startswith": f.root_path}) if f.root_path else Q()


# What a popularizer's flags count towards, by kind (the survey asks managers and creators of full-time
# popularizers only).
FLAG_KEYS = {
    PopularizerKind.FULL_TIME: {
        "qualified": "qualified",
        "rural": "rural",
        "manager": "managers",
        "creator": "creators",
        "docent": "docents",
    },
    PopularizerKind.PART_TIME: {"qualified": "qualified", "rural": "rural", "docent": "docents"},
}
FLAGS = ("qualified", "rural", "manager", "creator", "docent")


def _empty_figures() -> dict:
    return {
        "full_time": dict.fromkeys(FULL_TIME_KEYS, 0),
        "part_time": {**dict.fromkeys(PART_TIME_KEYS[:-1], 0), "work_months": Decimal("0.0")},
        "volunteers_registered": 0,
        "volunteers_served": 0,
        "service_person_times": 0,
        "service_hours": ZERO_HOURS,
    }


def _add_popularizers(target: dict, row: dict, n: int, months: Decimal | None) -> None:
    """Add ``n`` popularizers alike in kind, gender and flags (``row``)."""
    block = target["full_time" if row["kind"] == PopularizerKind.FULL_TIME else "part_time"]
    block["total"] += n
    if row["gender"] == Gender.FEMALE:
        block["female"] += n
    for flag, key in FLAG_KEYS[row["kind"]].items():
        if row[flag]:
            block[key] += n
    if row["kind"] == PopularizerKind.PART_TIME:
        block["work_months"] += months or Decimal("0.0")


def _plain(figures: dict) -> dict:
    out = {
        "full_time": dict(figures["full_time"]),
        "part_time": {**figures["part_time"], "work_months": str(figures["part_time"]["work_months"])},
        **{key: figures[key] for key in SERVICE_KEYS},
        "service_hours": str(figures["service_hours"].quantize(Decimal("0.1"))),
    }
    out["total"] = out["full_time"]["total"] + out["part_time"]["total"]
    out["qualified"] = out["full_time"]["qualified"] + out["part_time"]["qualified"]
    return out


# Per direct sub-area of the slice root (the path segment at its depth; "" for rows of the root itself):
# popularizers alike in kind, gender and flags, registered volunteers, and confirmed service per volunteer
# (so the distinct volunteers of the slice and of each sub-area come from the same rows).
PERSONNEL_SQL = """
SELECT 'p', split_part(path, '/', %s), kind, gender, qualified, rural, manager, creator, docent, NULL::bigint,
       count(*), sum(work_months)
  FROM popularizers GROUP BY 2, 3, 4, 5, 6, 7, 8, 9
UNION ALL SELECT 'v', split_part(path, '/', %s), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*), NULL
  FROM volunteers GROUP BY 2
UNION ALL SELECT 's', split_part(path, '/', %s), NULL, NULL, NULL, NULL, NULL, NULL, NULL, volunteer_id,
       count(*), sum(hours)
  FROM service GROUP BY 2, 10
"""


def personnel_figures(f: StatsFilter) -> dict:
    """科普人员 of the slice: full-time and part-time popularizers with the survey's breakdowns, registered
    volunteers, and confirmed volunteer service (person-times, distinct volunteers, hours), for the whole
    slice and per direct sub-area (each sub-area's figure covers its own subtree). One statement."""
    sources = {
        "popularizers": Popularizer.objects.filter(
            _serving_q(f, "started_on", "ended_on")
            & _in_slice(f, "organization__area")
            & Q(kind__in=PopularizerKind.values)
        ).values_list("organization__area__path", "kind", "gender", *FLAGS, "work_months"),
        "volunteers": Volunteer.objects.filter(
            _serving_q(f, "registered_on", "withdrawn_on") & _in_slice(f, "area")
        ).values_list("area__path"),
        "service": VolunteerSignup.objects.filter(
            Q(status=VolunteerSignupStatus.CONFIRMED, hours__isnull=False) & held_q(f, prefix="event__")
        ).values_list("event__area__path", "volunteer_id", "hours"),
    }
    depth = child_part(f.root)
    total = _empty_figures()
    per_child: dict[str, dict] = {}

    def both(child: str) -> tuple[dict, dict]:
        return total, per_child.get(child) or per_child.setdefault(child, _empty_figures())

    served: set[int] = set()
    for part, child, *group, volunteer, n, amount in grouped_over(PERSONNEL_SQL, sources, [depth] * 3):
        for target in both(child):
            if part == "p":
                _add_popularizers(target, dict(zip(("kind", "gender", *FLAGS), group, strict=True)), n, amount)
            elif part == "v":
                target["volunteers_registered"] += n
            else:
                target["service_person_times"] += n
                target["service_hours"] += amount or ZERO_HOURS
                target["volunteers_served"] += 1
        if part == "s":
            served.add(volunteer)
    total["volunteers_served"] = len(served)
    areas = [
        {"id": a.pk, "name": a.name, "level": a.level, **_plain(per_child.get(str(a.pk)) or _empty_figures())}
        for a in f.children
    ]
    return {**_plain(total), "areas": areas}


def volunteer_hours_by_organization(f: StatsFilter) -> list[dict]:
    """Confirmed hours per host organization of the slice, most hours first (the return's detail)."""
    rows = (
        VolunteerSignup.objects.filter(
            Q(status=VolunteerSignupStatus.CONFIRMED, hours__isnull=False) & held_q(f, prefix="event__")
        )
        .values(organization_id=F("event__organization_id"), organization=F("event__organization__name"))
        .annotate(person_times=Count("id"), hours=Sum("hours"))
        .order_by("-hours", "organization")
    )
    return [{**r, "hours": str(r["hours"])} for r in rows]


def registered_volunteers(f: StatsFilter, community_ids: list[int]) -> dict[int, int]:
    """For each community, the registered volunteers serving in it during the period: the
    demonstration-community rule "a team of at least N popularization volunteers". One query."""
    paths = Volunteer.objects.filter(_serving_q(f, "registered_on", "withdrawn_on") & _in_slice(f, "area")).values_list(
        "area__path", flat=True
    )
    return count_under_communities(paths, community_ids)


def volunteer_team_threshold() -> int:
    return settings.KEPU["SCORECARD"]["VOLUNTEERS"]
