"""Reading population figures from a CSV file as staff get it from a statistics office or save it from Excel.

Nothing here writes: ``parse_population_csv`` returns either the rows to import or a per-line report
of what is wrong, so the import is all or nothing.
"""

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _

from kepu.accounts.policies import staff_covers_area

from .models import Area

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 20000

# Header cells we understand, in English and as Chinese spreadsheets name them.
HEADER_ALIASES = {
    "area_code": {"area_code", "code", "区划代码", "统计用区划代码", "代码"},
    "area_name": {"area_name", "area", "name", "区域", "区划名称", "名称", "地区", "区划"},
    "parent_name": {"parent_name", "parent", "上级", "上级区划", "上级名称", "所属"},
    "year": {"year", "年份", "年度", "年"},
    "residents": {"residents", "population", "常住人口", "年末常住人口", "人口"},
    "source": {"source", "来源", "数据来源"},
}
_ALIAS_TO_COLUMN = {alias.lower(): column for column, aliases in HEADER_ALIASES.items() for alias in aliases}


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, size, header)."""


@dataclass
class ParseResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)  # [{"line": n, "errors": {col: [msg]}}]


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes), else GB18030, the superset of the GBK that
    Chinese Excel saves CSV files in; UTF-16 when it starts with its BOM (Excel's "Unicode text")."""
    encodings = ["utf-8-sig", "gb18030"]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings.insert(0, "utf-16")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(_("The file is neither UTF-8 nor GBK text; save it from the spreadsheet as CSV."))


def _whole_number(raw: str, *, minimum: int, maximum: int) -> tuple[int | None, str | None]:
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


class _AreaIndex:
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


def _delimiter(text: str) -> str:
    """Comma as CSV has it; Excel's "Unicode text" export uses tabs, some locales semicolons."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    return max((",", "\t", ";"), key=first_line.count) if first_line else ","


def parse_population_csv(data: bytes, *, user) -> ParseResult:
    """Validate every line; raises ``ImportFileError`` when the file itself is unusable."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than %(mb)d MB.") % {"mb": MAX_BYTES // (1024 * 1024)})
    text = decode(data)
    if "\x00" in text:
        raise ImportFileError(_("The file is not a CSV text file; save it from the spreadsheet as CSV."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    result = ParseResult()
    try:
        header = None
        for cells in reader:
            if any(cell.strip() for cell in cells):
                header = [_ALIAS_TO_COLUMN.get(cell.strip().lstrip("\ufeff").lower(), "") for cell in cells]
                break
        if header is None:
            raise ImportFileError(_("The file is empty."))
        missing = [name for name in ("year", "residents") if name not in header]
        if "area_code" not in header and "area_name" not in header:
            missing.insert(0, "area_code / area_name")
        if missing:
            raise ImportFileError(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})

        index = _AreaIndex()
        seen: dict[tuple[int, int], int] = {}
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(result.rows) + len(result.lines) >= MAX_ROWS:
                raise ImportFileError(_("The file has more than %(rows)d rows.") % {"rows": MAX_ROWS})
            values = dict.fromkeys(HEADER_ALIASES, "")
            for column, cell in zip(header, cells, strict=False):
                if column:
                    values[column] = cell.strip()
            errors: dict[str, list[str]] = {}
            area, area_errors = index.find(
                code=values["area_code"], name=values["area_name"], parent_name=values["parent_name"]
            )
            errors.update(area_errors)
            if area is not None and not staff_covers_area(user, area):
                errors["area_name"] = [_("%(name)s is outside your area.") % {"name": area.name}]
            year, problem = _whole_number(values["year"], minimum=1949, maximum=2100)
            if problem:
                errors["year"] = [problem]
            residents, problem = _whole_number(values["residents"], minimum=0, maximum=2_000_000_000)
            if problem:
                errors["residents"] = [problem]
            if len(values["source"]) > 200:
                errors["source"] = [_("At most 200 characters.")]
            if not errors and area is not None:
                key = (area.pk, year)
                if key in seen:
                    errors["year"] = [
                        _("Line %(line)d already gives this area's figure for this year.") % {"line": seen[key]}
                    ]
                else:
                    seen[key] = line
            if errors:
                result.lines.append({"line": line, "errors": errors})
            else:
                result.rows.append({"area": area, "year": year, "residents": residents, "source": values["source"]})
    except csv.Error as exc:
        raise ImportFileError(_("The file is not valid CSV (line %(line)d).") % {"line": reader.line_num}) from exc
    return result
