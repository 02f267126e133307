"""Reads of the venues app: venue lists, refresh logs, and the venue figures of the yearly return
(科普场地), per area with roll-ups.

Counting rules (docs/people-and-venues.md): a venue counts in the period when it was open at some time
in it, in the area it stands in; floor space is summed for the kinds the survey asks it of; the use of
a venue is the events held there that count under the statistics' official/provisional switch, with
their person-times; a gallery's refreshes are those dated in the period.
"""

from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import Count, Q, QuerySet

from kepu.accounts.policies import Viewer
from kepu.places.models import Area
from kepu.stats.filters import StatsFilter
from kepu.stats.sections import count_under_communities
from kepu.stats.selectors import child_part, grouped_over, held_events, with_attendance

from . import permissions as policy
from .models import KINDS_WITH_AREA, GalleryRefresh, Venue, VenueKind


def venue_list() -> QuerySet[Venue]:
    # A grouped query ignores Meta.ordering: ordered here (as Meta orders), or pages of the list would overlap.
    return (
        Venue.objects.select_related("area", "organization")
        .annotate(refresh_count=Count("refreshes"))
        .order_by("area__path", "kind", "name", "id")
    )


def managed_venue_list(*, user: Viewer) -> QuerySet[Venue]:
    return venue_list().filter(policy.managed_venues_q(user))


def refreshes_of(*, venue: Venue) -> QuerySet[GalleryRefresh]:
    return GalleryRefresh.objects.filter(venue=venue).select_related("recorded_by").order_by("-date", "-id")


def gallery_refresh_threshold() -> int:
    return settings.KEPU["SCORECARD"]["GALLERY_REFRESHES_PER_YEAR"]


def _open_q(f: StatsFilter) -> Q:
    return Q(opened_on__lt=f.end_date) & (Q(closed_on__isnull=True) | Q(closed_on__gte=f.start_date))


def _slice_q(f: StatsFilter, field: str) -> Q:
    return Q(**{f"{field}__path__startswith": f.root_path}) if f.root_path else Q()


def _empty_kind() -> dict:
    return {
        "venues": 0,
        "building_area": Decimal("0.0"),
        "exhibition_area": Decimal("0.0"),
        "sessions": 0,
        "person_times": 0,
    }


def _plain_kinds(kinds: dict[str, dict]) -> dict[str, dict]:
    out = {}
    for kind, row in kinds.items():
        out[kind] = {
            **row,
            "building_area": str(row["building_area"]) if kind in KINDS_WITH_AREA else None,
            "exhibition_area": str(row["exhibition_area"]) if kind in KINDS_WITH_AREA else None,
        }
    return out


# Per direct sub-area of the slice root (the path segment at its depth) and kind: the venues open in the
# period with their floor space, the use of venues by held events, and each open gallery's refreshes.
VENUE_SQL = """
SELECT 'v', split_part(path, '/', %s), kind, count(*), coalesce(sum(building_area), 0),
       coalesce(sum(exhibition_area), 0)
  FROM open_venues GROUP BY 2, 3
UNION ALL SELECT 'u', split_part(path, '/', %s), kind, count(*), coalesce(sum(att), 0), NULL FROM held_use GROUP BY 2, 3
UNION ALL SELECT 'g', split_part(v.path, '/', %s), v.kind, count(r.venue_id), NULL, NULL
  FROM open_venues v LEFT JOIN refreshes r ON r.venue_id = v.id WHERE v.kind = %s GROUP BY v.id, v.path, v.kind
"""


def venue_figures(f: StatsFilter) -> dict:
    """科普场地 of the slice by the survey's kinds, for the whole slice and per direct sub-area: venues open
    in the period, floor space, events held there and their person-times; plus the galleries' refreshes
    and how many galleries reached the yearly refresh threshold. One statement."""
    sources = {
        "open_venues": Venue.objects.filter(_open_q(f) & _slice_q(f, "area")).values_list(
            "id", "area__path", "kind", "building_area", "exhibition_area"
        ),
        # The type plugin cannot follow names annotated before values_list().
        "held_use": with_attendance(held_events(f).filter(venue_link__isnull=False), f).values_list(  # type: ignore[misc]
            "venue_link__venue__area__path", "venue_link__venue__kind", "att"
        ),
        "refreshes": GalleryRefresh.objects.filter(date__gte=f.start_date, date__lt=f.end_date).values_list("venue_id"),
    }
    depth = child_part(f.root)
    rows = grouped_over(VENUE_SQL, sources, [depth, depth, depth, VenueKind.GALLERY])
    threshold = gallery_refresh_threshold()

    kinds = VenueKind.values

    def blank() -> dict:
        return {
            "kinds": {kind: _empty_kind() for kind in kinds},
            "galleries": {"galleries": 0, "refreshes": 0, "meeting_threshold": 0},
        }

    total = blank()
    per_child: dict[str, dict] = {}

    def both(child: str) -> tuple[dict[str, Any], dict[str, Any]]:
        return (total, per_child.get(child) or per_child.setdefault(child, blank()))

    for part, child, kind, n, amount, other in rows:
        for target in both(child):
            if part == "v":
                row = target["kinds"][kind]
                row["venues"] += n
                row["building_area"] += amount
                row["exhibition_area"] += other
            elif part == "u":
                row = target["kinds"][kind]
                row["sessions"] += n
                row["person_times"] += int(amount)  # an integer sum in the numeric column of floor space
            else:
                block = target["galleries"]
                block["galleries"] += 1
                block["refreshes"] += n
                block["meeting_threshold"] += int(n >= threshold)

    def plain(figures: dict) -> dict:
        kinds = _plain_kinds(figures["kinds"])
        return {
            "kinds": kinds,
            "venues_total": sum(row["venues"] for row in kinds.values()),
            "galleries": {**figures["galleries"], "threshold": threshold},
        }

    areas = [
        {"id": a.pk, "name": a.name, "level": a.level, **plain(per_child.get(str(a.pk)) or blank())} for a in f.children
    ]
    return {**plain(total), "areas": areas}


def gallery_refreshes_in(*, area: Area, start: date, end: date) -> dict[int, int]:
    """Refreshes dated in [start, end) of each open gallery of ``area``'s subtree: the scorecard's input."""
    rows = (
        Venue.objects.filter(area__path__startswith=area.path, kind=VenueKind.GALLERY, opened_on__lt=end)
        .filter(Q(closed_on__isnull=True) | Q(closed_on__gte=start))
        .annotate(n=Count("refreshes", filter=Q(refreshes__date__gte=start, refreshes__date__lt=end)))
        .values_list("id", "n")
    )
    return dict(rows)


def activity_sites(f: StatsFilter, community_ids: list[int]) -> dict[int, int]:
    """For each community, its community science activity rooms and rural activity sites open in the
    period: the demonstration-community rule "a fixed place for popularization". One query."""
    paths = Venue.objects.filter(
        _open_q(f) & _slice_q(f, "area") & Q(kind__in=(VenueKind.COMMUNITY_ROOM, VenueKind.RURAL_SITE))
    ).values_list("area__path", flat=True)
    return count_under_communities(paths, community_ids)


def activity_site_threshold() -> int:
    return settings.KEPU["SCORECARD"]["ACTIVITY_SITES"]


def best_gallery_refreshes(f: StatsFilter, community_ids: list[int]) -> dict[int, int]:
    """For each community, the refreshes in the period of its most often refreshed open gallery: the
    demonstration-community rule "a science gallery refreshed at least N times a year". One query."""
    wanted = set(community_ids)
    best: dict[int, int] = {}
    rows = (
        Venue.objects.filter(_open_q(f) & _slice_q(f, "area") & Q(kind=VenueKind.GALLERY))
        .annotate(n=Count("refreshes", filter=Q(refreshes__date__gte=f.start_date, refreshes__date__lt=f.end_date)))
        .values_list("area__path", "n")
    )
    for path, n in rows:
        for pk in (int(part) for part in path.strip("/").split("/")):
            if pk in wanted:
                best[pk] = max(best.get(pk, 0), n)
    return best
