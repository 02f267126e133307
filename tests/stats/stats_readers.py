"""Read the statistics files back the way a user's program would: CSV, XLSX (openpyxl) and PDF text (pypdf)."""

import csv
import io
from dataclasses import dataclass, field

from openpyxl import load_workbook
from pypdf import PdfReader


@dataclass
class FileTable:
    headers: list
    rows: list[list]
    cells: list = field(default_factory=list)  # XLSX: the openpyxl cells of ``rows``

    def by_first(self) -> dict:
        """Rows keyed by their first cell (a label or figure name)."""
        return {row[0]: row[1:] for row in self.rows}

    def column(self, name: str) -> dict:
        """{first cell: value in the column ``name``}."""
        index = self.headers.index(name)
        return {row[0]: row[index] for row in self.rows}


@dataclass
class FileDocument:
    title: str
    header_block: dict
    tables: dict[str, FileTable]


def read_csv(content: bytes) -> FileDocument:
    assert content.startswith("\ufeff".encode()), "CSV starts with a byte-order mark"
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    title = rows[0][0]
    i, block = 1, {}
    while rows[i]:
        block[rows[i][0]] = rows[i][1]
        i += 1
    tables: dict[str, FileTable] = {}
    i += 1
    while i < len(rows):
        name, headers = rows[i][0], rows[i + 1]
        i += 2
        body = []
        while i < len(rows) and rows[i]:
            body.append(rows[i])
            i += 1
        tables[name] = FileTable(headers, body)
        i += 1
    return FileDocument(title, block, tables)


def read_xlsx(content: bytes) -> FileDocument:
    workbook = load_workbook(io.BytesIO(content))
    tables: dict[str, FileTable] = {}
    title, block = "", {}
    for sheet in workbook.worksheets:
        all_cells = list(sheet.iter_rows())
        values = [[c.value for c in row] for row in all_cells]
        title = values[0][0]
        i, block = 1, {}
        while any(v is not None for v in values[i]):
            block[values[i][0]] = values[i][1]
            i += 1
        i += 1
        width = len([v for v in values[i] if v is not None])
        headers = values[i][:width]
        body = [row[:width] for row in values[i + 1 :]]
        cells = [row[:width] for row in all_cells[i + 1 :]]
        tables[sheet.title] = FileTable(headers, body, cells)
    return FileDocument(title, block, tables)


def pdf_pages(content: bytes) -> list[str]:
    assert content.startswith(b"%PDF-")
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages]
