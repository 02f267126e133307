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
from django.db.models import Count, DecimalField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from kepu.accounts.policies import Viewer
from kepu.places.models import Area
from kepu.stats.filters import StatsFilter
from kepu.stats.sections import count_under_communities
from kepu.stats.selectors import held_events, int_sum, path_segment, root_depth, with_attendance

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


def _area_sum(field: str) -> Coalesce:
    return Coalesce(
        Sum(field, filter=Q(kind__in=KINDS_WITH_AREA)),
        Value(Decimal("0.0")),
        output_field=DecimalField(max_digits=14, decimal_places=1),
    )


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


def venue_figures(f: StatsFilter) -> dict:
    """科普场地 of the slice by the survey's kinds, for the whole slice and per direct sub-area: venues open
    in the period, floor space, events held there and their person-times; plus the galleries' refreshes
    and how many galleries reached the yearly refresh threshold. Four queries."""
    depth = root_depth(f.root) + 1
    venues = (
        Venue.objects.filter(_open_q(f) & _slice_q(f, "area"))
        .annotate(child=path_segment("area__path", depth))
        .values("child", "kind")
        .annotate(n=Count("id"), building=_area_sum("building_area"), exhibition=_area_sum("exhibition_area"))
        .order_by()
    )
    use = (
        with_attendance(held_events(f).filter(venue_link__isnull=False), f)
        .annotate(child=path_segment("venue_link__venue__area__path", depth))
        .values("child", "venue_link__venue__kind")
        .annotate(sessions=Count("id"), person_times=int_sum("att"))
        .order_by()
    )
    threshold = gallery_refresh_threshold()
    in_period = Q(refreshes__date__gte=f.start_date, refreshes__date__lt=f.end_date)
    galleries = list(
        Venue.objects.filter(_open_q(f) & _slice_q(f, "area") & Q(kind=VenueKind.GALLERY))
        .annotate(child=path_segment("area__path", depth), refreshes_in_period=Count("refreshes", filter=in_period))
        .values("id", "child", "refreshes_in_period")
        .order_by()
    )

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

    for r in venues:
        for target in both(r["child"]):
            row = target["kinds"][r["kind"]]
            row["venues"] += r["n"]
            row["building_area"] += r["building"]
            row["exhibition_area"] += r["exhibition"]
    for u in use:
        for target in both(u["child"]):
            row = target["kinds"][u["venue_link__venue__kind"]]
            row["sessions"] += u["sessions"]
            row["person_times"] += u["person_times"]
    for g in galleries:
        for target in both(g["child"]):
            block = target["galleries"]
            block["galleries"] += 1
            block["refreshes"] += g["refreshes_in_period"]
            block["meeting_threshold"] += int(g["refreshes_in_period"] >= threshold)

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
