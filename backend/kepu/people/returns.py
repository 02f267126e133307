"""The personnel table of the yearly return (科普人员), line by line as the survey asks it."""

from decimal import Decimal
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from kepu.common.spreadsheets import Table
from kepu.stats.filters import StatsFilter

from .selectors import personnel_figures


def personnel_block(f: StatsFilter) -> dict:
    """The JSON block of the return: the slice's figures and each direct sub-area's."""
    return personnel_figures(f)


def personnel_lines(block: dict) -> list[tuple[str, str, Any]]:
    """(indicator, unit, value) in the survey's order; "其中" lines are indented under their total."""
    ft, pt = block["full_time"], block["part_time"]
    person, month = _("persons"), _("person-months")
    of = _("of which: %(line)s")
    return [
        (_("Full-time popularizers"), person, ft["total"]),
        (
            of % {"line": _("people with an intermediate title or a bachelor's degree and above")},
            person,
            ft["qualified"],
        ),
        (of % {"line": _("women")}, person, ft["female"]),
        (of % {"line": _("rural popularizers")}, person, ft["rural"]),
        (of % {"line": _("managers")}, person, ft["managers"]),
        (of % {"line": _("creators (research and development)")}, person, ft["creators"]),
        (of % {"line": _("docents (guides)")}, person, ft["docents"]),
        (_("Part-time popularizers"), person, pt["total"]),
        (
            of % {"line": _("people with an intermediate title or a bachelor's degree and above")},
            person,
            pt["qualified"],
        ),
        (of % {"line": _("women")}, person, pt["female"]),
        (of % {"line": _("rural popularizers")}, person, pt["rural"]),
        (of % {"line": _("docents (guides)")}, person, pt["docents"]),
        (_("Actual workload of part-timers in the year"), month, Decimal(pt["work_months"])),
        (_("Registered science popularization volunteers"), person, block["volunteers_registered"]),
        (_("Volunteers who served"), person, block["volunteers_served"]),
        (_("Volunteer service"), _("person-times"), block["service_person_times"]),
        (_("Volunteer service hours"), _("hours"), Decimal(block["service_hours"])),
    ]


def personnel_tables(block: dict, language: str) -> list[Table]:
    """The personnel table and its per-area breakdown, in ``language``."""
    with translation.override(language):
        main = Table(
            title=_("Popularization personnel"),
            headers=[_("Indicator"), _("Unit"), _("Figure")],
            rows=[list(line) for line in personnel_lines(block)],
            widths=(44, 10, 14),
        )
        areas = Table(
            title=_("Popularization personnel by area"),
            headers=[
                _("Area"),
                _("Full-time popularizers"),
                _("Part-time popularizers"),
                _("Registered science popularization volunteers"),
                _("Volunteer service (person-times)"),
                _("Volunteer service hours (hours)"),
            ],
            rows=[
                [
                    row["name"],
                    row["full_time"]["total"],
                    row["part_time"]["total"],
                    row["volunteers_registered"],
                    row["service_person_times"],
                    Decimal(row["service_hours"]),
                ]
                for row in block["areas"]
            ],
            widths=(22, 12, 12, 14, 12, 12),
        )
    return [main, areas]
