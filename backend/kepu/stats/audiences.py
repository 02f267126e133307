"""Participation by audience group (对象人群): person-times that add up, and reach that overlaps.

Each event's person-times are credited once, from what was recorded:

1. walk-ins counted by audience on the report go to that audience;
2. a checked-in registrant who declared an audience brings their person-times (themselves and their
   companions) to it;
3. the rest (registrants who declared nothing, walk-ins not counted by group, the online headcount)
   goes to the event's audience when it targets exactly one, otherwise to "unspecified".

So the ``attendance`` column adds up to the total attendance. ``events`` and ``reach`` are the sessions
and person-times of the events that target each group: an event for youth and seniors counts in both
rows, so those two columns overlap and are labelled so.
"""

from django.db.models import CharField, Count, F, IntegerField, Min, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from kepu.events.models import Audience, Event, Registration, WalkInCount

from .filters import StatsFilter
from .labels import UNSPECIFIED
from .selectors import held_events, int_sum, with_attendance

AUDIENCE_COLUMNS = ("events", "reach", "attendance", "walk_ins", "registrants")
OVERLAPPING_COLUMNS = ("events", "reach")


def _sole_audience() -> Subquery:
    """The outer event's audience when it targets exactly one, else NULL."""
    links = Event.audiences.through.objects.filter(event_id=OuterRef("pk")).values("event_id")
    # Grouped by event, then HAVING count = 1 (the type plugin cannot follow names annotated after values()).
    sole = links.annotate(n=Count("audience_id"), only=Min("audience_id")).filter(n=1)  # type: ignore[misc]
    return Subquery(sole.values("only"), output_field=CharField())  # type: ignore[misc]


def _recorded_walk_ins() -> Subquery:
    return Subquery(
        WalkInCount.objects.filter(report__event=OuterRef("pk")).values("report").annotate(n=Sum("count")).values("n"),
        output_field=IntegerField(),
    )


def _declared_registrants() -> Subquery:
    return Subquery(
        Registration.objects.filter(event=OuterRef("pk"), checked_in_at__isnull=False, audience__isnull=False)
        .values("event")
        .annotate(n=Sum(F("companions") + 1))
        .values("n"),
        output_field=IntegerField(),
    )


def audience_figures(f: StatsFilter) -> dict[str | None, dict[str, int]]:
    """Per audience key (None: unspecified) the five columns, in four grouped queries."""
    held = with_attendance(held_events(f), f)
    figures: dict[str | None, dict[str, int]] = {}

    def row(key: str | None) -> dict[str, int]:
        return figures.setdefault(key, dict.fromkeys(AUDIENCE_COLUMNS, 0))

    for reached in held.values(k=F("audiences__key")).annotate(n=Count("id"), reach=int_sum("att")):
        row(reached["k"]).update(events=reached["n"], reach=reached["reach"])
    held_pks = held_events(f).values("pk")
    walked = WalkInCount.objects.filter(report__event__in=held_pks).values("audience_id").annotate(n=Sum("count"))
    for walk_in in walked:
        row(walk_in["audience_id"])["walk_ins"] = walk_in["n"]
    declared = (
        Registration.objects.filter(event__in=held_pks, checked_in_at__isnull=False, audience__isnull=False)
        .values("audience_id")
        .annotate(n=Sum(F("companions") + 1))
    )
    for registrant in declared:
        row(registrant["audience_id"])["registrants"] = registrant["n"]
    rest_rows = (
        held.annotate(
            sole=_sole_audience(),
            undeclared=F("att") - Coalesce(_recorded_walk_ins(), 0) - Coalesce(_declared_registrants(), 0),
        )
        .values("sole")
        .annotate(rest=Coalesce(Sum("undeclared"), 0))
    )
    rest: dict[str | None, int] = {r["sole"]: r["rest"] for r in rest_rows}
    for key in set(figures) | set(rest):
        figure = row(key)
        figure["attendance"] = figure["walk_ins"] + figure["registrants"] + rest.get(key, 0)
    return figures


def audience_rows(f: StatsFilter, language: str) -> list[dict]:
    """Every audience group in its order (zeros included), then "unspecified" when it has figures."""
    figures = audience_figures(f)
    empty = dict.fromkeys(AUDIENCE_COLUMNS, 0)
    rows = [
        {
            "key": a.key,
            "label": a.name_en if language == "en" else a.name_zh,
            **figures.get(a.key, empty),
        }
        for a in Audience.objects.order_by("ordering", "key")
    ]
    unspecified = figures.get(None)
    if unspecified and any(unspecified.values()):
        rows.append({"key": None, "label": UNSPECIFIED[1 if language == "en" else 0], **unspecified})
    return rows


def overlapping_columns(by: str) -> list[str]:
    return list(OVERLAPPING_COLUMNS) if by == "audience" else []
