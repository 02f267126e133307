"""Print-ready PDF of a document (the yearly return): staff file it on paper, with a seal.

Chinese text is set in STSong-Light, one of the CJK fonts every PDF reader carries (Adobe's Asian font
packs), so nothing is embedded or downloaded and the text stays extractable. Each page repeats the
document's title and header block (area, year, official or provisional) and carries "page n of N".
"""

import io
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from xml.sax.saxutils import escape

from kepu.common.spreadsheets import Document, Percent

from .labels import EN, header

FONT = "STSong-Light"
_registered = False


def _register_font() -> None:
    global _registered
    if not _registered:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        _registered = True


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Percent):
        return value.csv_text()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def write_pdf(document: Document, language: str) -> bytes:
    """A4 portrait; every table with a bold header row that repeats when a table spans pages."""
    _register_font()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    cell_style = ParagraphStyle("cell", parent=body, fontSize=8, leading=10)
    heading = ParagraphStyle("heading", parent=body, fontSize=12, leading=16, spaceBefore=6, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=15, leading=20, alignment=1, spaceAfter=6)
    width, height = A4
    running = " · ".join(f"{label}: {_text(value)}" for label, value in document.header_block[:3])
    page_label = header("page", language)

    class NumberedCanvas(Canvas):
        """Keeps every page until the end so each can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.drawString(18 * mm, height - 12 * mm, running)
                self.drawRightString(width - 18 * mm, 10 * mm, page_label % {"page": number, "pages": total})
                super().showPage()
            super().save()

    story: list[Any] = []
    if document.title:
        story.append(Paragraph(escape(document.title), title_style))
    for label, value in document.header_block:
        story.append(Paragraph(f"{escape(label)}: {escape(_text(value))}", body))
    story.append(Spacer(1, 4 * mm))
    usable = width - 36 * mm
    for table in document.tables:
        story.append(Paragraph(escape(table.title), heading))
        data = [[Paragraph(escape(str(h)), cell_style) for h in table.headers]]
        for row in table.rows:
            data.append([Paragraph(escape(_text(v)), cell_style) for v in row])
        weights = list(table.widths) or [2, *([1] * (len(table.headers) - 1))]
        weights = (weights + [weights[-1]] * len(table.headers))[: len(table.headers)]
        widths = [usable * w / sum(weights) for w in weights]
        flowable = Table(data, colWidths=widths, repeatRows=1)
        flowable.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story.append(flowable)
        story.append(Spacer(1, 3 * mm))
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=document.title,
        author="Kepu",
        lang="en" if language == EN else "zh-CN",
    )
    pdf.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
