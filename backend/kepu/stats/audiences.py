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

from django.db import connections

from kepu.events.models import Audience

from .filters import StatsFilter
from .labels import UNSPECIFIED
from .selectors import held_events, with_attendance

AUDIENCE_COLUMNS = ("events", "reach", "attendance", "walk_ins", "registrants")
OVERLAPPING_COLUMNS = ("events", "reach")


# One statement: the held events are gathered once and each of their rows (audience links, walk-ins,
# declared registrants) is read once, grouped by hash, instead of once per event.
FIGURES_SQL = """
WITH held (id, report_id, att) AS MATERIALIZED ({held}),
links AS (SELECT ea.event_id, ea.audience_id FROM events_event_audiences ea JOIN held h ON h.id = ea.event_id),
sole AS (SELECT event_id, min(audience_id) AS aud FROM links GROUP BY event_id HAVING count(*) = 1),
walk AS (SELECT h.id AS event_id, w.audience_id AS aud, sum(w.count) AS n
         FROM events_walkincount w JOIN held h ON h.report_id = w.report_id GROUP BY 1, 2),
decl AS (SELECT r.event_id, r.audience_id AS aud, sum(r.companions + 1) AS n
         FROM events_registration r JOIN held h ON h.id = r.event_id
         WHERE r.checked_in_at IS NOT NULL AND r.audience_id IS NOT NULL GROUP BY 1, 2),
recorded AS (SELECT event_id, sum(n) AS n FROM (SELECT event_id, n FROM walk UNION ALL
                                                SELECT event_id, n FROM decl) x GROUP BY 1)
SELECT 'reach', l.audience_id, count(*), coalesce(sum(h.att), 0)::bigint
 FROM held h LEFT JOIN links l ON l.event_id = h.id GROUP BY 2
UNION ALL SELECT 'walk', aud, sum(n)::bigint, 0 FROM walk GROUP BY 2
UNION ALL SELECT 'decl', aud, sum(n)::bigint, 0 FROM decl GROUP BY 2
UNION ALL SELECT 'rest', s.aud, coalesce(sum(coalesce(h.att, 0) - coalesce(r.n, 0)), 0)::bigint, 0
 FROM held h LEFT JOIN sole s ON s.event_id = h.id LEFT JOIN recorded r ON r.event_id = h.id GROUP BY 2
"""


def audience_figures(f: StatsFilter) -> dict[str | None, dict[str, int]]:
    """Per audience key (None: unspecified) the five columns, in one query."""
    # The type plugin cannot follow names annotated before values_list().
    held = with_attendance(held_events(f), f).values_list("pk", "report__id", "att")  # type: ignore[misc]
    held_sql, params = held.query.sql_with_params()
    figures: dict[str | None, dict[str, int]] = {}

    def row(key: str | None) -> dict[str, int]:
        return figures.setdefault(key, dict.fromkeys(AUDIENCE_COLUMNS, 0))

    rest: dict[str | None, int] = {}
    with connections[held.db].cursor() as cursor:
        cursor.execute(FIGURES_SQL.format(held=held_sql), params)
        for part, key, n, reach in cursor.fetchall():
            if part == "reach":
                row(key).update(events=n, reach=reach)
            elif part == "walk":
                row(key)["walk_ins"] = n
            elif part == "decl":
                row(key)["registrants"] = n
            else:
                rest[key] = n
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
