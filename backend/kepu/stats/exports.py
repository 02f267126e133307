"""What the statistics files hold: the dashboard's figures and the yearly return as documents that the one
spreadsheet writer (and the PDF writer) turn into files. Every file opens with a header block naming the
area, the period, the slice, official or provisional and when it was generated; its name says the same."""

from decimal import Decimal
from typing import Any

from django.utils import timezone, translation

from kepu.common.spreadsheets import Document, Percent, Table, file_name

from .audiences import AUDIENCE_COLUMNS
from .filters import LOCAL_TZ, StatsFilter
from .labels import EN, category_label, header, title
from .per_capita import per_capita_funding, scorecard
from .sections import return_sections, scorecard_rules
from .selectors import BREAKDOWN_DIMENSIONS, stats_breakdown, stats_summary, stats_timeseries

EVENT_COLUMNS = [
    "events",
    "events_offline",
    "events_online",
    "events_mixed",
    "large_scale",
    "checked_in",
    "walk_ins",
    "online_attendance",
    "attendance",
    "person_times_offline",
    "person_times_online",
]
COLUMNS: dict[str, list[str]] = {
    **dict.fromkeys(("setting", "area", "activity_type", "organization", "mode"), EVENT_COLUMNS),
    "audience": list(AUDIENCE_COLUMNS),
    "material": ["kind_label", "unit", "quantity"],
    "material_kind": ["printed", "quantity"],
    "source": ["raised", "special"],
    "category": ["spent"],
}
# Header keys whose label differs from the figure's key.
COLUMN_HEADERS = {
    "kind_label": "kind",
    "person_times_offline": "person_times_offline_all",
    "person_times_online": "person_times_online_all",
}
AUDIENCE_HEADERS = {
    "events": "events_targeting",
    "reach": "reach",
    "attendance": "attendance_by_audience",
    "walk_ins": "walk_ins_by_audience",
    "registrants": "registrants_by_audience",
}
MONEY_KEYS = {"raised", "special", "spent"}


def _value(key: str, value: Any, language: str) -> Any:
    """Figures as typed cells: money as Decimal, rates as Percent, yes/no in words."""
    if value is None:
        return None
    if key in MONEY_KEYS:
        return Decimal(value)
    if isinstance(value, bool):
        return header("yes" if value else "no", language)
    return value


def _percent(value: str | float | None, *, already_percent: bool = False) -> Percent | None:
    if value is None:
        return None
    fraction = Decimal(str(value)) / 100 if already_percent else Decimal(str(value))
    return Percent(fraction)


def _generated_at() -> str:
    return timezone.now().astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def _basis(provisional: bool, language: str) -> str:
    return header("provisional" if provisional else "official", language)


def stats_header_block(f: StatsFilter, summary: dict, language: str) -> list[tuple[str, Any]]:
    period = summary["period"]
    scope = "scope_events" if f.has_event_slice else "scope_area"
    return [
        (header("area", language), period["area"]["name"] if period["area"] else header("all_areas", language)),
        (header("period", language), f"{period['start']} – {period['end']}"),
        (header("slice", language), period["slice_label"]),
        (header("basis", language), _basis(f.provisional, language)),
        (header("funding_scope", language), header(scope, language)),
        (header("generated_at", language), _generated_at()),
    ]


def summary_table(summary: dict, language: str) -> Table:
    rows: list[list[Any]] = []
    for key, value in summary["events"].items():
        rows.append([header(key, language), value])
    for key, value in summary["attendance"].items():
        rows.append([header(COLUMN_HEADERS.get(key, key), language), value])
    for key, value in summary["registrations"].items():
        rows.append([header(key, language), _percent(value) if key == "no_show_rate" else value])
    for key, value in summary["participants"].items():
        rows.append([header(key, language), value])
    rows.append([header("materials_printed", language), summary["materials"]["printed"]])
    rows.append([header("materials", language), summary["materials"]["total"]])
    funding = summary["funding"]
    rows.append([header("raised", language), Decimal(funding["raised"])])
    for source, amount in funding["by_source"].items():
        name = header("special", language) if source == "special" else category_label("source", source, language)
        rows.append([f"{header('raised', language)}: {name}", Decimal(amount)])
    rows.append([header("spent", language), Decimal(funding["spent"])])
    for category, amount in funding["by_category"].items():
        rows.append([f"{header('spent', language)}: {category_label('category', category, language)}", Decimal(amount)])
    return Table(header("summary", language), [header("figure", language), header("value", language)], rows, (40, 20))


def per_capita_table(per_capita: dict, language: str) -> Table:
    """One row per area and basis (all funding, special funds): amount, population and the year it is
    from, per resident, target, percent of target, yuan missing and the linear year-end projection."""
    columns = [
        "area",
        "figure",
        "amount",
        "population",
        "population_year",
        "per_capita_of_year",
        "target",
        "percent_of_target",
        "missing_yuan",
        "projected",
        "projected_per_capita",
        "projected_percent",
    ]
    rows = []
    for area in [per_capita, *per_capita["areas"]]:
        for basis, block in (("raised", area["all_funding"]), ("special", area["special_funding"])):
            rows.append(
                [
                    area["area"]["name"],
                    header(basis, language),
                    Decimal(block["amount"]),
                    area["population"],
                    area["population_year"],
                    Decimal(block["per_capita"]) if block["per_capita"] is not None else None,
                    Decimal(area["target_per_capita"]),
                    _percent(block["percent_of_target"], already_percent=True),
                    Decimal(block["missing_yuan"]) if block["missing_yuan"] is not None else None,
                    Decimal(block["projected_year_end"]) if block["projected_year_end"] is not None else None,
                    Decimal(block["projected_per_capita"]) if block["projected_per_capita"] is not None else None,
                    _percent(block["projected_percent_of_target"], already_percent=True),
                ]
            )
    name = f"{header('per_capita_table', language)} {per_capita['year']}"
    return Table(name, [header(c, language) for c in columns], rows, (20, 24, *([16] * (len(columns) - 2))))


def months_table(timeseries: dict, language: str) -> Table:
    keys = [k for k in timeseries["months"][0] if k != "month"] if timeseries["months"] else []
    headers = [header("month", language), *[header(COLUMN_HEADERS.get(k, k), language) for k in keys]]
    rows = [[m["month"], *[_value(k, m[k], language) for k in keys]] for m in timeseries["months"]]
    return Table(header("months", language), headers, rows, (12, *([16] * len(keys))))


def breakdown_table(f: StatsFilter, dimension: str, language: str) -> Table:
    columns = COLUMNS[dimension]
    names = AUDIENCE_HEADERS if dimension == "audience" else COLUMN_HEADERS
    rows = [
        [row["key"], row["label"], *[_value(c, row.get(c), language) for c in columns]]
        for row in stats_breakdown(f, dimension, language)
    ]
    headers = [
        header("key", language),
        header("label", language),
        *[header(names.get(c, c), language) for c in columns],
    ]
    return Table(title(dimension, language), headers, rows, (14, 28, *([16] * len(columns))))


def scorecard_table(card: dict, language: str) -> Table:
    """The scorecard's figures per community, the rules other apps registered after this app's own."""
    columns = ["area", "population", "events", "lectures", "participation", "funding_per_resident"]
    extra = [rule for rule in scorecard_rules() if rule.key in card["rules"]]
    rows = []
    for c in card["communities"]:
        rules = c["rules"]
        participation = rules["participation"]["value"]
        funding = rules["funding_per_resident"]["value"]
        rows.append(
            [
                c["area"]["name"],
                c["population"],
                c["events"],
                c["lectures"],
                _percent(participation),
                Decimal(funding) if funding is not None else None,
                *(rules[rule.key]["value"] for rule in extra),
                header("yes" if c["on_track"] else "no", language),
            ]
        )
    with translation.override(language):
        extra_headers = [str(rule.label) for rule in extra]
    headers = [*(header(c, language) for c in columns), *extra_headers, header("on_track", language)]
    name = f"{header('scorecard', language)} {card['year']}"
    return Table(name, headers, rows, (20, *([16] * (len(headers) - 1))))


def stats_document(f: StatsFilter, language: str) -> Document:
    """Every figure of the dashboard: summary, per-capita (for whole areas), months, each breakdown and
    the demonstration-community scorecard (for whole areas)."""
    summary = stats_summary(f, language)
    tables = [summary_table(summary, language)]
    whole_area = f.root is not None and not f.has_event_slice
    if whole_area:
        tables.append(per_capita_table(per_capita_funding(f), language))
    tables.append(months_table(stats_timeseries(f, language), language))
    tables.extend(breakdown_table(f, dimension, language) for dimension in BREAKDOWN_DIMENSIONS)
    if whole_area:
        tables.append(scorecard_table(scorecard(f), language))
    return Document(
        tables=tables, title=header("export_title", language), header_block=stats_header_block(f, summary, language)
    )


def stats_filename(f: StatsFilter, extension: str) -> str:
    """kepu-stats-<area>-<period>[-<slice>]-<official|provisional>.<ext>: two different exports never
    share a name."""
    slices = [f"{key}-{value}" for key, value in f.slice_params().items()]
    return file_name(
        "kepu-stats",
        f.root.name if f.root else "all",
        f.period_code(),
        *slices,
        "provisional" if f.provisional else "official",
        extension=extension,
    )


# The yearly return -------------------------------------------------------------------------------------


def annual_header_block(report: dict, language: str) -> list[tuple[str, Any]]:
    return [
        (header("area", language), report["area"]["name"] if report["area"] else header("all_areas", language)),
        (header("year", language), str(report["year"])),
        (header("basis", language), _basis(report["provisional"], language)),
        (header("generated_at", language), report["generated_at"][:16].replace("T", " ")),
    ]


def annual_tables(report: dict, language: str) -> list[Table]:
    """The return's funding, materials and activity tables, in the survey's order (科普经费, then 科普传媒's
    发放科普读物和资料, then 科普活动); "-" only where a figure does not apply."""
    columns = [
        "line",
        "measure",
        "count",
        "sessions",
        "sessions_offline",
        "sessions_online",
        "person_times",
        "person_times_offline",
        "person_times_online",
    ]
    rows: list[list[Any]] = []
    for line in report["activities"]["lines"]:
        rows.append(
            [
                line["label"],
                header(f"{line['measure']}_unit", language),
                line["count"],
                line["sessions"],
                line["sessions_offline"],
                line["sessions_online"],
                line["person_times"],
                line["person_times_offline"],
                line["person_times_online"],
            ]
        )
    total = report["activities"]["total"]
    rows.append(
        [
            header("activities_total", language),
            header("sessions_unit", language),
            total["sessions"],
            total["sessions"],
            total["sessions_offline"],
            total["sessions_online"],
            total["person_times"],
            total["person_times_offline"],
            total["person_times_online"],
        ]
    )
    large = report["large_scale"]
    rows.append(
        [
            header("large_scale_line", language),
            header("sessions_unit", language),
            large["sessions"],
            large["sessions"],
            "-",
            "-",
            large["person_times"],
            "-",
            "-",
        ]
    )
    activities = Table(
        header("activities", language), [header(c, language) for c in columns], rows, (30, 14, *([11] * 7))
    )

    funding, per_capita = report["funding"], report["per_capita"]
    money_rows: list[list[Any]] = [
        [header(key, language), Decimal(funding[key])]
        for key in ("raised", "government", "special", "donation", "self_raised", "other")
    ]
    money_rows.append([header("spent", language), Decimal(funding["spent"])])
    for category, amount in funding["spent_by_category"].items():
        money_rows.append(
            [f"{header('spent', language)}: {category_label('category', category, language)}", Decimal(amount)]
        )
    money_rows.append([header("population", language), per_capita["population"]])
    for key, figure in (("per_capita", "per_capita_funding"), ("per_capita_special", "per_capita_special_funding")):
        value = per_capita[figure]
        money_rows.append([header(key, language), Decimal(value) if value is not None else None])
    if per_capita["missing_population"]:
        separator = ", " if language == EN else "、"
        money_rows.append([header("missing_population", language), separator.join(per_capita["missing_population"])])
    funding_table = Table(
        header("funding", language), [header("figure", language), header("amount", language)], money_rows, (40, 20)
    )

    materials = report["materials"]
    material_rows = [
        [header("materials_printed", language), materials["printed"]],
        [header("audio_visual", language), materials["audio_visual"]],
        [header("kits", language), materials["kits"]],
        [header("other_materials", language), materials["other"]],
    ]
    materials_table = Table(
        header("materials_table", language),
        [header("figure", language), header("quantity", language)],
        material_rows,
        (40, 20),
    )
    return [funding_table, materials_table, activities]


def annual_document(report: dict, language: str) -> Document:
    """The registered sections' tables first, in the survey's order, then this app's."""
    sections = [table for s in return_sections() if s.key in report for table in s.tables(report[s.key], language)]
    return Document(
        tables=[*sections, *annual_tables(report, language)],
        title=f"{report['year']} {header('annual_title', language)}",
        header_block=annual_header_block(report, language),
    )


def _screen_cell(value: Any) -> Any:
    """A cell as JSON: decimals as exact strings (as the API gives money), numbers, text and blanks as they are."""
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, (int, str)):
        return value
    return str(value)


def document_json(document: Document) -> dict:
    """The tables of a file as a screen shows them: the same titles, headers and cells, in the same order."""
    return {
        "title": document.title,
        "header_block": [{"label": label, "value": _screen_cell(value)} for label, value in document.header_block],
        "tables": [
            {
                "title": table.title,
                "headers": list(table.headers),
                "rows": [[_screen_cell(cell) for cell in row] for row in table.rows],
            }
            for table in document.tables
        ],
    }


def annual_filename(f: StatsFilter, extension: str) -> str:
    return file_name(
        "kepu-annual",
        f.root.name if f.root else "all",
        f.year,
        "provisional" if f.provisional else "official",
        extension=extension,
    )
