"""Tables that staff upload and download: a CSV file as Excel or WPS saves it, or an XLSX workbook.

Reading returns every line with its number as the spreadsheet shows it, so an import can explain a bad
line by line and column. Writing never lets a text cell become a formula (a value starting with
``= + - @`` stays text), whoever typed it.
"""

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from . import spreadsheets

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 20000
# An XLSX is a zip: refuse one that unpacks to far more than any real table of this size would.
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
FORMULA_START = spreadsheets.FORMULA_TRIGGERS
XLSX_MEDIA_TYPE = spreadsheets.XLSX_CONTENT_TYPE
CSV_MEDIA_TYPE = spreadsheets.CSV_CONTENT_TYPE


class TableFileError(Exception):
    """The file as a whole cannot be read (format, encoding, size, header)."""


@dataclass
class Table:
    """The header cells as written and the data lines as (line number, cells as text)."""

    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


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
    raise TableFileError(_("The file is neither UTF-8 nor GBK text; save it from the spreadsheet as CSV or XLSX."))


def _delimiter(text: str) -> str:
    """Comma as CSV has it; Excel's "Unicode text" export uses tabs, some locales semicolons."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    return max((",", "\t", ";"), key=first_line.count) if first_line else ","


def _unguarded(text: str) -> str:
    """Undo the apostrophe our own CSV export puts before text that would read as a formula."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


def _cell_text(value: Any) -> str:
    """A workbook cell as the text a person sees in it (whole numbers without ".0", dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.date().isoformat() if (value.hour, value.minute, value.second) == (0, 0, 0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _split(lines: Iterable[tuple[int, list[str]]], max_rows: int) -> Table:
    header: list[str] | None = None
    table = Table(header=[])
    for number, cells in lines:
        if not any(cell for cell in cells):
            continue
        if header is None:
            header = [cell.lstrip("\ufeff") for cell in cells]
            table.header = header
            continue
        if len(table.rows) >= max_rows:
            raise TableFileError(_("The file has more than %(rows)d rows.") % {"rows": max_rows})
        table.rows.append((number, cells))
    if header is None:
        raise TableFileError(_("The file is empty."))
    return table


def _read_csv(data: bytes, max_rows: int) -> Table:
    text = decode(data)
    if "\x00" in text:
        raise TableFileError(_("The file is neither a CSV text file nor an XLSX workbook."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))

    def lines():
        for cells in reader:
            yield reader.line_num, [_unguarded(cell.strip()) for cell in cells]

    try:
        return _split(lines(), max_rows)
    except csv.Error as exc:
        raise TableFileError(_("The file is not valid CSV (line %(line)d).") % {"line": reader.line_num}) from exc


def _read_xlsx(data: bytes, max_rows: int) -> Table:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(item.file_size for item in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise TableFileError(_("The workbook unpacks to more than a table of this size can hold."))
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except TableFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds of errors on a damaged or foreign file
        raise TableFileError(_("The workbook cannot be read; save it again as XLSX from the spreadsheet.")) from exc
    try:
        sheet = workbook.worksheets[0]
        lines = (
            (number, [_cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        return _split(lines, max_rows)
    finally:
        workbook.close()


def read_table(data: bytes, *, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS) -> Table:
    """The first sheet of an XLSX workbook, or a CSV file (judged by content, not by the file name)."""
    if len(data) > max_bytes:
        raise TableFileError(_("The file is larger than %(mb)d MB.") % {"mb": max_bytes // (1024 * 1024)})
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, max_rows)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableFileError(_("This is an old Excel (.xls) file; save it as XLSX or CSV."))
    return _read_csv(data, max_rows)


def header_index(header: Sequence[str], aliases: dict[str, set[str]]) -> dict[int, str]:
    """Column position -> our column name, for the header cells we recognise (case and spaces ignored)."""
    lookup = {re.sub(r"\s+", "", alias).lower(): column for column, names in aliases.items() for alias in names}
    return {
        index: lookup[key] for index, cell in enumerate(header) if (key := re.sub(r"\s+", "", cell).lower()) in lookup
    }


# Writing ------------------------------------------------------------------------------------------------
# One table in a file, written by the project's one spreadsheet writer (kepu.common.spreadsheets): text
# that would read as a formula gets an apostrophe in CSV (our importers take it off again) and stays
# quoted text in XLSX.


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with the BOM spreadsheet tools need to read Chinese, the header row first."""
    return spreadsheets.write_csv(spreadsheets.Document(tables=[spreadsheets.Table("", list(header), rows)]))


def write_xlsx(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str,
    text_columns: Iterable[int] = (),
    money_columns: Iterable[int] = (),
    widths: Sequence[int] = (),
) -> bytes:
    """One sheet with a bold, frozen header. ``text_columns`` are formatted as text (also on blank lines
    below the data, for the lines people add); money is a Decimal, formatted with two decimals."""
    text = list(text_columns)
    money = set(money_columns)
    typed = (
        [Decimal(str(v)) if i in money and isinstance(v, int | float) else v for i, v in enumerate(row)] for row in rows
    )
    table = spreadsheets.Table(title, list(header), typed, widths, text_columns=text, blank_rows=200 if text else 0)
    return spreadsheets.write_xlsx(spreadsheets.Document(tables=[table]))
