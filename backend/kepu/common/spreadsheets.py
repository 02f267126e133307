"""The one writer of every CSV and XLSX file the project hands out.

Exports carry text that users typed (names, titles, area names). A spreadsheet program runs a cell
that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some programs, a tab or carriage return) as a
formula, which can leak data or start programs ("CSV injection"). Here text can never become a
formula: in CSV such a cell is prefixed with an apostrophe, which spreadsheet programs read as "this
is text"; in XLSX every text cell is stored as a string (never a formula or an error code) and
flagged with the quote prefix, so it stays text even when edited.

Numbers keep their type: ``int`` is a count, ``Decimal`` is money (two decimals), ``Percent`` a
fraction shown as a percentage (``Percent(0.125)`` is "12.5%" in CSV and 0.125 formatted ``0.0%`` in
XLSX), a date is a date, ``None`` an empty cell.
"""

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.utils import timezone

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# "-" alone is the survey's "not applicable" mark; it cannot start a formula on its own.
SAFE_MARKS = frozenset({"-"})
# Characters XML 1.0 cannot carry (openpyxl refuses them); they never belong in a report.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

COUNT_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Percent:
    """A fraction to be shown as a percentage (0.125 → 12.5%)."""

    fraction: Decimal | float

    def csv_text(self) -> str:
        value = Decimal(str(self.fraction)) * 100
        return f"{value.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


@dataclass
class Table:
    """A titled table: one sheet in XLSX, one block under its title in CSV."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int] = ()
    # XLSX: columns formatted as text, so a code such as 150203001001 stays a code when someone types
    # into it; ``blank_rows`` text-formatted rows below the data keep that for the lines people add.
    text_columns: Sequence[int] = ()
    blank_rows: int = 0


@dataclass
class Document:
    """What a file holds: an optional header block (label, value) shown above every table, then the tables."""

    tables: list[Table]
    title: str = ""
    header_block: list[tuple[str, Any]] = field(default_factory=list)


def safe_text(value: str) -> str:
    """Text as it may stand in a CSV cell: an apostrophe before anything that could start a formula."""
    value = _ILLEGAL.sub("", value)
    if value.startswith(FORMULA_TRIGGERS) and value not in SAFE_MARKS:
        return "'" + value
    return value


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Percent):
        return value.csv_text()
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return safe_text(str(value))


def write_csv(document: Document) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheet programs read Chinese): the header block, then each
    table under its title (a lone table without a document title is written bare, header row first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    bare = not document.title and not document.header_block and len(document.tables) == 1
    if document.title:
        writer.writerow([_csv_cell(document.title)])
    for label, value in document.header_block:
        writer.writerow([_csv_cell(label), _csv_cell(value)])
    if document.title or document.header_block:
        writer.writerow([])
    for table in document.tables:
        if not bare:
            writer.writerow([_csv_cell(table.title)])
        writer.writerow([_csv_cell(h) for h in table.headers])
        for row in table.rows:
            writer.writerow([_csv_cell(v) for v in row])
        if not bare:
            writer.writerow([])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _put(cell, value: Any) -> None:
    """Write one XLSX cell with its type and number format; text always stays text."""
    if isinstance(value, Percent):
        cell.value = float(value.fraction)
        cell.number_format = PERCENT_FORMAT
    elif isinstance(value, bool):
        cell.value = value
    elif isinstance(value, Decimal):
        cell.value = value
        cell.number_format = MONEY_FORMAT
    elif isinstance(value, int):
        cell.value = value
        cell.number_format = COUNT_FORMAT
    elif isinstance(value, float):
        cell.value = value
    elif value is None:
        cell.value = None
    elif isinstance(value, datetime):
        cell.value = timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    else:
        text = _ILLEGAL.sub("", str(value))
        cell.value = text
        # openpyxl would store "=…" as a formula and "#N/A" as an error: force a plain string.
        cell.data_type = "s"
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True


def _sheet_names(tables: list[Table]) -> list[str]:
    names: list[str] = []
    for table in tables:
        base = _SHEET_NAME_FORBIDDEN.sub(" ", _ILLEGAL.sub("", table.title)).strip("' ")[:31] or "Sheet"
        name, n = base, 2
        while name.lower() in {existing.lower() for existing in names}:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def write_xlsx(document: Document) -> bytes:
    """One sheet per table: the document title and header block on top, then the table with a bold,
    frozen header row; counts, money and percentages carry their number formats."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    bold = Font(bold=True)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table, name in zip(document.tables, _sheet_names(document.tables), strict=True):
        sheet = workbook.create_sheet(title=name)
        row_number = 1
        if document.title:
            _put(sheet.cell(row=row_number, column=1), document.title)
            sheet.cell(row=row_number, column=1).font = Font(bold=True, size=13)
            row_number += 1
        for label, value in document.header_block:
            _put(sheet.cell(row=row_number, column=1), label)
            _put(sheet.cell(row=row_number, column=2), value)
            row_number += 1
        if row_number > 1:
            row_number += 1
        for column, text in enumerate(table.headers, start=1):
            cell = sheet.cell(row=row_number, column=column)
            _put(cell, text)
            cell.font = bold
        sheet.freeze_panes = sheet.cell(row=row_number + 1, column=1)
        text_columns = {index + 1 for index in table.text_columns}
        for values in table.rows:
            row_number += 1
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=row_number, column=column)
                _put(cell, value)
                if column in text_columns:
                    cell.number_format = "@"
        for blank in range(row_number + 1, row_number + 1 + table.blank_rows):
            for column in text_columns:
                sheet.cell(row=blank, column=column).number_format = "@"
        widths = list(table.widths) or [28, *([16] * (len(table.headers) - 1))]
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def file_name(*parts: object, extension: str) -> str:
    """A download name from its parts ("kepu", area, period…): Chinese kept, separators and quotes dropped."""
    cleaned = [re.sub(r"[\s\\/:*?\"<>|;,]+", "-", str(p)).strip("-") for p in parts if p not in (None, "")]
    return "-".join(p for p in cleaned if p) + f".{extension}"


def content_disposition(filename: str, *, inline: bool = False) -> str:
    """A download header that carries a Chinese file name (RFC 6266) with an ASCII fallback."""
    from urllib.parse import quote

    ascii_name = filename.encode("ascii", "ignore").decode() or f"export.{filename.rsplit('.', 1)[-1]}"
    ascii_name = re.sub(r"-{2,}", "-", ascii_name)
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
