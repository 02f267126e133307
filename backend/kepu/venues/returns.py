"""The venue table of the yearly return (科普场地), line by line as the survey asks it."""

from decimal import Decimal

from django.utils import translation
from django.utils.translation import gettext as _

from kepu.common.spreadsheets import Table
from kepu.stats.filters import StatsFilter

from .models import KINDS_WITH_AREA, VenueKind
from .selectors import venue_figures


def venues_block(f: StatsFilter) -> dict:
    return venue_figures(f)


def _unit(kind: str) -> str:
    return _("vehicles") if kind == VenueKind.VEHICLE else _("units")


def venue_tables(block: dict, language: str) -> list[Table]:
    """Per kind: count, floor space ("-" where the survey does not ask it), events held there and their
    person-times; then the galleries' refreshes."""
    with translation.override(language):
        rows = []
        for kind in VenueKind:
            figures = block["kinds"][kind.value]
            with_area = kind in KINDS_WITH_AREA
            rows.append(
                [
                    str(kind.label),
                    _unit(kind.value),
                    figures["venues"],
                    Decimal(figures["building_area"]) if with_area else "-",
                    Decimal(figures["exhibition_area"]) if with_area else "-",
                    figures["sessions"],
                    figures["person_times"],
                ]
            )
        galleries = block["galleries"]
        main = Table(
            title=_("Venues and sites"),
            headers=[
                _("Type"),
                _("Unit"),
                _("Number"),
                _("Building area (m²)"),
                _("Exhibition area (m²)"),
                _("Events held"),
                _("Person-times"),
            ],
            rows=rows,
            widths=(30, 8, 10, 16, 16, 12, 12),
        )
        gallery_table = Table(
            title=_("Science galleries and bulletin boards"),
            headers=[_("Indicator"), _("Figure")],
            rows=[
                [_("Galleries and bulletin boards"), galleries["galleries"]],
                [_("Refreshes in the period"), galleries["refreshes"]],
                [
                    _("Galleries refreshed at least %(n)d times") % {"n": galleries["threshold"]},
                    galleries["meeting_threshold"],
                ],
            ],
            widths=(44, 14),
        )
        by_area = Table(
            title=_("Venues and sites by area"),
            headers=[
                _("Area"),
                _("Venues and sites"),
                _("Science centers, museums and youth centers"),
                str(VenueKind.COMMUNITY_ROOM.label),
                str(VenueKind.RURAL_SITE.label),
                _("Galleries and bulletin boards"),
                _("Refreshes in the period"),
                _("Events held"),
                _("Person-times"),
            ],
            rows=[_area_row(row) for row in block["areas"]],
            widths=(22, 12, 16, 16, 16, 14, 12, 12, 12),
        )
    return [main, gallery_table, by_area]


def _area_row(row: dict) -> list:
    kinds = row["kinds"]
    return [
        row["name"],
        row["venues_total"],
        sum(kinds[kind.value]["venues"] for kind in KINDS_WITH_AREA),
        kinds[VenueKind.COMMUNITY_ROOM.value]["venues"],
        kinds[VenueKind.RURAL_SITE.value]["venues"],
        row["galleries"]["galleries"],
        row["galleries"]["refreshes"],
        sum(figures["sessions"] for figures in kinds.values()),
        sum(figures["person_times"] for figures in kinds.values()),
    ]
