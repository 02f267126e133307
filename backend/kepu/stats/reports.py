"""The yearly report shaped like 全国科普统计调查, and the CSV/XLSX exports of the statistics."""

import csv
import io
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce

from kepu.events.models import Mode

from .filters import StatsFilter
from .labels import EN, category_label, header, title
from .per_capita import load_tree
from .selectors import (
    BREAKDOWN_DIMENSIONS,
    distributions,
    funding_figures,
    held_events,
    int_sum,
    stats_breakdown,
    stats_summary,
    with_attendance,
)

# National statistics lines (docs/domain.md); consultation fairs and shows count under "other".
NATIONAL_LINES: list[tuple[str, tuple[str, str], tuple[str, ...]]] = [
    ("lecture", ("科普(技)讲座", "Popular science lectures"), ("lecture",)),
    ("exhibition", ("科普(技)专题展览", "Thematic exhibitions"), ("exhibition",)),
    ("contest", ("科普(技)竞赛", "Contests"), ("contest",)),
    ("training", ("实用技术培训", "Practical technical training"), ("training",)),
    ("youth_group", ("青少年科技兴趣小组", "Youth science interest groups"), ("youth_group",)),
    ("camp", ("科技夏(冬)令营", "Science summer (winter) camps"), ("camp",)),
    (
        "open_day",
        ("科研机构和大学向社会开放", "Research institutes and universities open to the public"),
        ("open_day",),
    ),
    ("intl_exchange", ("科普国际交流", "International exchanges"), ("intl_exchange",)),
    ("other", ("其他科普活动", "Other activities"), ("consultation", "show", "other")),
]


def annual_report(f: StatsFilter, language: str) -> dict:
    """A year's official figures by national line. Mixed online/offline events count as offline sessions
    (they have a venue) and their person-times as offline; online-only events are the online column."""
    online = Q(mode=Mode.ONLINE)
    large = Q(marked_large_scale=True) | Q(att__gte=settings.KEPU["LARGE_EVENT_THRESHOLD"])
    by_type: dict[str, dict[str, Any]] = {
        r["activity_type"]: dict(r)
        for r in with_attendance(held_events(f), f)
        .values("activity_type")
        .annotate(
            sessions_offline=Count("id", filter=~online),
            sessions_online=Count("id", filter=online),
            person_times_offline=int_sum("att", ~online),
            person_times_online=int_sum("att", online),
            large_sessions=Count("id", filter=large),
            large_person_times=int_sum("att", large),
        )
    }
    lines: list[dict[str, Any]] = []
    for key, names, types in NATIONAL_LINES:
        figures = dict.fromkeys(
            ("sessions_offline", "sessions_online", "person_times_offline", "person_times_online"), 0
        )
        for t in types:
            for k in figures:
                figures[k] += by_type.get(t, {}).get(k, 0)
        lines.append({"key": key, "label": names[1] if language == EN else names[0], **figures})
    total = {
        k: sum(line[k] for line in lines)
        for k in ("sessions_offline", "sessions_online", "person_times_offline", "person_times_online")
    }
    funding = funding_figures(f)
    population: int | None = None
    missing: list[Any] = []
    if f.root is not None:
        population, missing = load_tree(f.root, f.year).population(f.root.pk)
    materials = distributions(f).aggregate(total=Coalesce(Sum("quantity"), 0))["total"]

    def per_resident(amount: str) -> str | None:
        return str((Decimal(amount) / population).quantize(Decimal("0.01"), ROUND_HALF_UP)) if population else None

    return {
        "year": f.year,
        "area": {"id": f.root.pk, "name": f.root.name} if f.root else None,
        "activities": {"lines": lines, "total": total},
        "large_scale": {
            "sessions": sum(r["large_sessions"] for r in by_type.values()),
            "person_times": sum(r["large_person_times"] for r in by_type.values()),
        },
        "events_total": total["sessions_offline"] + total["sessions_online"],
        "funding": {
            "raised": funding["raised"],
            "government": funding["by_source"]["government"],
            "special": funding["by_source"]["special"],
            "donation": funding["by_source"]["donation"],
            "self_raised": funding["by_source"]["self_raised"],
            "other": funding["by_source"]["other"],
            "spent": funding["spent"],
            "spent_by_category": funding["by_category"],
        },
        "per_capita": {
            "population": population,
            "missing_population": missing,
            "per_capita_funding": per_resident(funding["raised"]),
            "per_capita_special_funding": per_resident(funding["by_source"]["special"]),
        },
        "materials": materials,
    }


# Exports -----------------------------------------------------------------------------------------------

SUMMARY_KEYS = [
    ("events", "events", "events"),
    ("events", "events_offline", "events_offline"),
    ("events", "events_online", "events_online"),
    ("events", "events_mixed", "events_mixed"),
    ("events", "large_scale", "large_scale"),
    ("registrations", "registrations", "registrations"),
    ("registrations", "confirmed", "confirmed"),
    ("registrations", "attended", "attended"),
    ("registrations", "no_show_rate", "no_show_rate"),
    ("attendance", "checked_in", "checked_in"),
    ("attendance", "walk_ins", "walk_ins"),
    ("attendance", "attendance", "attendance"),
    ("attendance", "attendance_offline", "attendance_offline"),
    ("attendance", "attendance_online", "attendance_online"),
    ("attendance", "attendance_mixed", "attendance_mixed"),
    ("participants", "unique_participants", "unique_participants"),
    ("participants", "repeat_participants", "repeat_participants"),
    ("materials", "total", "materials"),
    ("funding", "raised", "raised"),
    ("funding", "spent", "spent"),
]
MONEY_COLUMNS = {"raised", "special", "spent"}
PERCENT_COLUMNS = {"no_show_rate"}
EVENT_COLUMNS = [
    "events",
    "events_offline",
    "events_online",
    "events_mixed",
    "large_scale",
    "checked_in",
    "walk_ins",
    "attendance",
    "attendance_offline",
    "attendance_online",
    "attendance_mixed",
]
COLUMNS = {
    **dict.fromkeys(("setting", "area", "activity_type", "audience", "organization", "mode"), EVENT_COLUMNS),
    "material": ["kind_label", "unit", "quantity"],
    "material_kind": ["quantity"],
    "source": ["raised", "special"],
    "category": ["spent"],
}


def _typed(column: str, value):
    """Numbers go out as numbers: money as Decimal, rates as floats, counts as ints."""
    if value is None:
        return None
    if column in MONEY_COLUMNS:
        return Decimal(value)
    return value


def export_tables(f: StatsFilter, language: str) -> list[tuple[str, str, list[str], list[list]]]:
    """(sheet key, title, headers, rows) for the summary and every breakdown."""
    summary = stats_summary(f, language)
    summary_rows = []
    for section, key, label in SUMMARY_KEYS:
        summary_rows.append([header(label, language), _typed(label, summary[section][key])])
    for source, amount in summary["funding"]["by_source"].items():
        name = header("special", language) if source == "special" else category_label("source", source, language)
        summary_rows.append([f"{header('raised', language)}: {name}", Decimal(amount)])
    for category, amount in summary["funding"]["by_category"].items():
        summary_rows.append(
            [f"{header('spent', language)}: {category_label('category', category, language)}", Decimal(amount)]
        )
    period = summary["period"]
    kind = "provisional" if f.provisional else "official"
    tables = [
        (
            "summary",
            header("summary", language),
            [header("figure", language), header("value", language)],
            [
                [header("period", language), f"{period['start']} – {period['end']}"],
                [header("area", language), period["area"]["name"] if period["area"] else ""],
                [header(kind, language), ""],
                *summary_rows,
            ],
        )
    ]
    for dimension in BREAKDOWN_DIMENSIONS:
        columns = COLUMNS[dimension]
        rows = [
            [row["key"], row["label"], *[_typed(c, row.get(c)) for c in columns]]
            for row in stats_breakdown(f, dimension, language)
        ]
        headers = [
            header("key", language),
            header("label", language),
            *[header("kind" if c == "kind_label" else c, language) for c in columns],
        ]
        tables.append((dimension, title(dimension, language), headers, rows))
    return tables


def render_csv(tables) -> bytes:
    """All tables one after another, each under its title; UTF-8 with BOM so spreadsheet tools read Chinese."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for _key, name, headers, rows in tables:
        writer.writerow([name])
        writer.writerow(headers)
        writer.writerows(rows)
        writer.writerow([])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _number_format(column_header: str, value, money_headers: set[str], percent_headers: set[str]) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    if column_header in money_headers or isinstance(value, Decimal):
        return "0.00"
    if column_header in percent_headers or isinstance(value, float):
        return "0.0%"
    return "#,##0"


def render_xlsx(tables, language: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    money_headers = {header(c, language) for c in MONEY_COLUMNS}
    percent_headers = {header(c, language) for c in PERCENT_COLUMNS}
    workbook = Workbook()
    workbook.remove(workbook.active)
    for _key, name, headers, rows in tables:
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
            row_label = row[0] if isinstance(row[0], str) else ""
            for index, cell in enumerate(sheet[sheet.max_row]):
                column_header = headers[index] if index < len(headers) else ""
                if len(headers) == 2 and index == 1:
                    column_header = row_label if row_label in percent_headers else column_header
                fmt = _number_format(column_header, cell.value, money_headers, percent_headers)
                if fmt and index > 0:
                    cell.number_format = fmt
        for column, width in zip(
            "ABCDEFGHIJKLMN", (14, 28, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16), strict=False
        ):
            sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def annual_xlsx(report: dict, language: str) -> bytes:
    """The yearly report on one sheet per part; "-" only where a figure does not apply."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    def bold_header(sheet):
        for cell in sheet[1]:
            cell.font = Font(bold=True)

    workbook = Workbook()
    activities = workbook.active
    activities.title = header("activities", language)
    activities.append(
        [
            header("line", language),
            header("sessions_offline", language),
            header("sessions_online", language),
            header("person_times_offline", language),
            header("person_times_online", language),
        ]
    )
    bold_header(activities)
    for line in report["activities"]["lines"]:
        activities.append(
            [
                line["label"],
                line["sessions_offline"],
                line["sessions_online"],
                line["person_times_offline"],
                line["person_times_online"],
            ]
        )
    total = report["activities"]["total"]
    activities.append(
        [
            header("events", language),
            total["sessions_offline"],
            total["sessions_online"],
            total["person_times_offline"],
            total["person_times_online"],
        ]
    )
    activities.append(
        [
            header("large_scale", language),
            report["large_scale"]["sessions"],
            "-",
            report["large_scale"]["person_times"],
            "-",
        ]
    )
    for row in activities.iter_rows(min_row=2):
        for cell in row[1:]:
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"

    funding = workbook.create_sheet(header("funding", language))
    funding.append([header("figure", language), header("amount", language)])
    bold_header(funding)
    money_rows = [
        ("raised", report["funding"]["raised"]),
        ("government", report["funding"]["government"]),
        ("special", report["funding"]["special"]),
        ("donation", report["funding"]["donation"]),
        ("self_raised", report["funding"]["self_raised"]),
        ("other", report["funding"]["other"]),
        ("spent", report["funding"]["spent"]),
    ]
    for key, amount in money_rows:
        funding.append([header(key, language), Decimal(amount)])
    for category, amount in report["funding"]["spent_by_category"].items():
        funding.append(
            [f"{header('spent', language)}: {category_label('category', category, language)}", Decimal(amount)]
        )
    per_capita = report["per_capita"]
    funding.append([header("population", language), per_capita["population"]])
    funding.append(
        [
            header("per_capita", language),
            Decimal(per_capita["per_capita_funding"]) if per_capita["per_capita_funding"] else None,
        ]
    )
    funding.append(
        [
            header("per_capita_special", language),
            Decimal(per_capita["per_capita_special_funding"]) if per_capita["per_capita_special_funding"] else None,
        ]
    )
    if per_capita["missing_population"]:
        funding.append([header("missing_population", language), ", ".join(per_capita["missing_population"])])
    for row in funding.iter_rows(min_row=2):
        cell = row[1]
        if isinstance(cell.value, Decimal):
            cell.number_format = "0.00"
        elif isinstance(cell.value, int):
            cell.number_format = "#,##0"

    materials = workbook.create_sheet(header("materials", language)[:31])
    materials.append([header("figure", language), header("quantity", language)])
    bold_header(materials)
    materials.append([header("materials", language), report["materials"]])
    materials["B2"].number_format = "#,##0"
    for sheet in workbook.worksheets:
        sheet.column_dimensions["A"].width = 40
        for column in "BCDE":
            sheet.column_dimensions[column].width = 18
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_filename(f: StatsFilter, extension: str) -> str:
    end = date.fromordinal(f.end_date.toordinal() - 1)
    return f"kepu-stats-{f.start_date.isoformat()}-{end.isoformat()}.{extension}"
