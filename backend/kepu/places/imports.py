"""Population figures from a spreadsheet (XLSX or CSV) as staff get it from a statistics office, and the
template to fill in.

Nothing here writes: ``parse_population`` returns either the rows to import or every bad line with
the column and the reason, so the import is all or nothing and can be previewed first.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kepu.accounts.policies import staff_area_path, staff_covers_area
from kepu.common.tabular import Table, TableFileError, header_index, read_table, write_csv, write_xlsx

from .models import Area, Population

# Header cells we understand, in English and as Chinese spreadsheets name them.
HEADER_ALIASES = {
    "area_code": {"area_code", "code", "区划代码", "统计用区划代码", "代码"},
    "area_name": {"area_name", "area", "name", "区域", "区划名称", "名称", "地区", "区划"},
    "parent_name": {"parent_name", "parent", "上级", "上级区划", "上级名称", "所属"},
    "year": {"year", "年份", "年度", "年"},
    "residents": {"residents", "population", "常住人口", "年末常住人口", "人口"},
    "source": {"source", "来源", "数据来源"},
}
TEMPLATE_HEADERS = {
    "zh-hans": ["区划代码", "名称", "上级", "年份", "年末常住人口", "来源"],
    "en": ["area_code", "area_name", "parent_name", "year", "residents", "source"],
}
MAX_RESIDENTS = 2_000_000_000

ImportFileError = TableFileError


@dataclass
class ParseResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    # [{"line": n, "errors": {column: [message]}}], keyed by our column names
    lines: list[dict[str, Any]] = field(default_factory=list)
    # the same, one entry per message, with the column as the file names it: what a person reads
    problems: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # lines left without a figure (a template's blanks)


def whole_number(raw: str, *, minimum: int, maximum: int) -> tuple[int | None, str | None]:
    cleaned = raw.replace(",", "").replace("，", "").replace(" ", "").strip()
    if not cleaned:
        return None, _("This field is required.")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None, _("“%(value)s” is not a whole number.") % {"value": raw[:40]}
    if not number.is_finite() or number != number.to_integral_value():
        return None, _("“%(value)s” is not a whole number.") % {"value": raw[:40]}
    if number < minimum or number > maximum:
        return None, _("Must be between %(min)d and %(max)d.") % {"min": minimum, "max": maximum}
    return int(number), None


class AreaIndex:
    """Every area by code and by name, to find the area a line means (one query)."""

    def __init__(self):
        self.areas = {area.pk: area for area in Area.objects.select_related("parent")}
        self.by_code = {area.code: area for area in self.areas.values() if area.code}
        self.by_name: dict[str, list[Area]] = {}
        for area in self.areas.values():
            self.by_name.setdefault(area.name, []).append(area)

    def find(self, *, code: str, name: str, parent_name: str) -> tuple[Area | None, dict[str, list[str]]]:
        if code:
            if re.fullmatch(r"[\d.]+[eE]\+?\d+", code):
                return None, {
                    "area_code": [
                        _("The spreadsheet turned the code into a number (%(value)s); format the column as text.")
                        % {"value": code}
                    ]
                }
            area = self.by_code.get(code)
            if area is None:
                return None, {"area_code": [_("No area has the code %(code)s.") % {"code": code}]}
            if name and area.name != name:
                return None, {
                    "area_name": [_("The code %(code)s belongs to %(name)s.") % {"code": code, "name": area.name}]
                }
            return area, {}
        if not name:
            return None, {"area_name": [_("Give area_code or area_name.")]}
        candidates = self.by_name.get(name, [])
        if parent_name:
            candidates = [area for area in candidates if area.parent and area.parent.name == parent_name]
        if not candidates:
            message = (
                _("No area named %(name)s under %(parent)s.") % {"name": name, "parent": parent_name}
                if parent_name
                else _("No area is named %(name)s.") % {"name": name}
            )
            return None, {"area_name": [message]}
        if len(candidates) > 1:
            return None, {
                "area_name": [_("Several areas are named %(name)s; add parent_name or area_code.") % {"name": name}]
            }
        return candidates[0], {}


def record_problems(result: ParseResult, table: Table, columns: dict[int, str], line: int, errors: dict) -> None:
    """Keep a bad line's messages twice: by our column names, and as the file names its columns."""
    written = {name: table.header[index] for index, name in columns.items()}
    result.lines.append({"line": line, "errors": errors})
    for column, messages in errors.items():
        for message in messages:
            result.problems.append(
                {"line": line, "column": written.get(column, column), "field": column, "message": message}
            )


def parse_population(data: bytes, *, user) -> ParseResult:
    """Validate every line of an XLSX or CSV file; raises ``ImportFileError`` when the file itself is
    unusable. A line with neither a figure nor a source (a template line left blank) is skipped."""
    table = read_table(data)
    columns = header_index(table.header, HEADER_ALIASES)
    present = set(columns.values())
    missing = [name for name in ("year", "residents") if name not in present]
    if "area_code" not in present and "area_name" not in present:
        missing.insert(0, "area_code / area_name")
    if missing:
        raise ImportFileError(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})

    index = AreaIndex()
    result = ParseResult()
    seen: dict[tuple[int, int], int] = {}
    for line, cells in table.rows:
        values = dict.fromkeys(HEADER_ALIASES, "")
        for position, column in columns.items():
            if position < len(cells):
                values[column] = cells[position]
        if not values["residents"] and not values["source"]:
            result.skipped.append(line)
            continue
        errors: dict[str, list[str]] = {}
        area, area_errors = index.find(
            code=values["area_code"], name=values["area_name"], parent_name=values["parent_name"]
        )
        errors.update(area_errors)
        if area is not None and not staff_covers_area(user, area):
            errors["area_name"] = [_("%(name)s is outside your area.") % {"name": area.name}]
        year, problem = whole_number(values["year"], minimum=1949, maximum=2100)
        if problem:
            errors["year"] = [problem]
        residents, problem = whole_number(values["residents"], minimum=0, maximum=MAX_RESIDENTS)
        if problem:
            errors["residents"] = [problem]
        if len(values["source"]) > 200:
            errors["source"] = [_("At most 200 characters.")]
        if not errors and area is not None and year is not None:
            key = (area.pk, year)
            if key in seen:
                errors["year"] = [
                    _("Line %(line)d already gives this area's figure for this year.") % {"line": seen[key]}
                ]
            else:
                seen[key] = line
        if errors:
            record_problems(result, table, columns, line, errors)
        else:
            result.rows.append(
                {"line": line, "area": area, "year": year, "residents": residents, "source": values["source"]}
            )
    return result


def population_template(*, user, year: int | None = None, file_format: str = "xlsx") -> tuple[bytes, str]:
    """A file to fill in: every area the staff member keeps, with the year and any figure already
    recorded for it (so the same file can correct figures). Returns (content, file name)."""
    year = year or timezone.localdate().year
    prefix = staff_area_path(user) or ""
    areas = (
        Area.objects.filter(path__startswith=prefix)
        .select_related("parent")
        .annotate(
            residents=Subquery(
                Population.objects.filter(area=OuterRef("pk"), year=year).order_by().values("residents")[:1]
            ),
            figure_source=Subquery(
                Population.objects.filter(area=OuterRef("pk"), year=year).order_by().values("source")[:1]
            ),
        )
        .order_by("path")
    )
    language = "en" if (get_language() or "").startswith("en") else "zh-hans"
    header = TEMPLATE_HEADERS[language]
    rows = [
        [
            area.code or "",
            area.name,
            area.parent.name if area.parent else "",
            year,
            area.residents,
            area.figure_source or "",
        ]
        for area in areas
    ]
    name = f"population-{year}"
    if file_format == "csv":
        return write_csv(header, rows), f"{name}.csv"
    content = write_xlsx(header, rows, title=str(year), text_columns=[0], widths=[16, 22, 18, 8, 14, 20])
    return content, f"{name}.xlsx"
