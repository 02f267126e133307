"""The certificate of volunteer service (志愿服务证明): one PDF per volunteer and year.

It lists each event the volunteer served at in the year with the hours its organizers confirmed, and
the total. Chinese text is set in STSong-Light, one of the CJK fonts every PDF reader carries (Adobe's
Asian font packs): nothing is embedded or downloaded, and the text stays extractable.
"""

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Volunteer, VolunteerSignup

FONT = "STSong-Light"


@dataclass(frozen=True)
class Certificate:
    volunteer: Volunteer
    year: int
    lines: list[VolunteerSignup]
    total_hours: Decimal
    issued_on: date

    @property
    def number(self) -> str:
        """Stable for a volunteer and year, so a reprint carries the same number."""
        return f"KP-{self.year}-{self.volunteer.pk:06d}"


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _hours(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1'))}"


def certificate_pdf(certificate: Certificate) -> bytes:
    """A4 portrait: title, the statement with name, year, events and hours, the table of service, the
    issuing date and the certificate number."""
    _register_font()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    title = ParagraphStyle("title", parent=body, fontSize=20, leading=28, alignment=1, spaceAfter=8 * mm)
    right = ParagraphStyle("right", parent=body, alignment=2)
    name = certificate.volunteer.user.name or certificate.volunteer.user.masked_phone

    statement = _(
        "This certifies that %(name)s served as a science popularization volunteer at %(events)d events "
        "in %(year)d, for %(hours)s hours in total, as confirmed by the organizers of each event."
    ) % {
        "name": name,
        "events": len(certificate.lines),
        "year": certificate.year,
        "hours": _hours(certificate.total_hours),
    }
    rows = [[_("Date"), _("Event"), _("Organized by"), _("Role"), _("Hours")]]
    for signup in certificate.lines:
        event = signup.event
        rows.append(
            [
                timezone.localtime(event.starts_at).date().isoformat(),
                Paragraph(escape(event.title), cell),
                Paragraph(escape(event.organization.name), cell),
                Paragraph(escape(signup.role.name), cell),
                _hours(signup.hours or Decimal(0)),
            ]
        )
    rows.append(["", "", "", _("Total"), _hours(certificate.total_hours)])
    table = Table(rows, colWidths=[24 * mm, 62 * mm, 42 * mm, 28 * mm, 18 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=_("Certificate of volunteer service"),
        author=_("Science and Technology Association"),
    )
    doc.build(
        [
            Paragraph(escape(_("Certificate of volunteer service")), title),
            Paragraph(escape(statement), body),
            Spacer(1, 6 * mm),
            table,
            Spacer(1, 12 * mm),
            Paragraph(escape(_("Issued on %(date)s") % {"date": certificate.issued_on.isoformat()}), right),
            Paragraph(escape(_("Certificate number: %(number)s") % {"number": certificate.number}), right),
        ]
    )
    return buffer.getvalue()
