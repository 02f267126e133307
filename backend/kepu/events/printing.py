"""An event on paper and in chat groups: the A4 poster, the share picture and the sign-in sheet (签到表).

Texts follow the active language (Chinese by default); the QR code leads to the event's page.
"""

import io
from collections.abc import Iterable
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.translation import get_language, pgettext

from kepu.common.names import mask_name
from kepu.common.phones import mask_phone
from kepu.common.printing import image_font, pdf_font, qr_png

from .models import Event, Registration

# Words of printed matter carry the context "print": bare words such as "Name" are also in other apps'
# catalogues (Celery beat's says 任务名).
BLANK_ROWS = 8  # for people who come without a sign-up, on the last page of the sheet


def _weekday(index: int) -> str:
    names = [
        pgettext("print", "Mon"),
        pgettext("print", "Tue"),
        pgettext("print", "Wed"),
        pgettext("print", "Thu"),
        pgettext("print", "Fri"),
        pgettext("print", "Sat"),
        pgettext("print", "Sun"),
    ]
    return names[index]


def when(event: Event) -> str:
    """2026-12-05（周六）09:30–11:30, in Asia/Shanghai time."""
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    day = f"{start:%Y-%m-%d}（{_weekday(start.weekday())}）"
    if start.date() == end.date():
        return f"{day} {start:%H:%M}–{end:%H:%M}"
    return f"{day} {start:%H:%M} – {end:%Y-%m-%d %H:%M}"


def where(event: Event) -> str:
    place = event.address or event.area.name
    if event.mode != "offline" and event.online_url:
        return (
            f"{place} · {pgettext('print', 'Online')}: {event.online_url}"
            if event.address
            else f"{pgettext('print', 'Online')}: {event.online_url}"
        )
    return place


def audiences(event: Event) -> str:
    english = (get_language() or "").startswith("en")
    return "、".join(a.name_en if english else a.name_zh for a in event.audiences.all()) or pgettext(
        "print", "Everyone"
    )


def seats(event: Event) -> str:
    if not event.registration_required:
        return pgettext("print", "Open to all, no sign-up needed")
    if event.capacity is None:
        return pgettext("print", "Sign up by scanning the code")
    return pgettext("print", "%(capacity)d places, sign up by scanning the code") % {"capacity": event.capacity}


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    font = pdf_font()
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=30, leading=40, wordWrap="CJK", alignment=1),
        "kind": ParagraphStyle("kind", fontName=font, fontSize=16, leading=22, alignment=1, textColor="#1f4e9c"),
        "fact": ParagraphStyle("fact", fontName=font, fontSize=15, leading=23, wordWrap="CJK"),
        "body": ParagraphStyle("body", fontName=font, fontSize=11, leading=17, wordWrap="CJK"),
        "small": ParagraphStyle("small", fontName=font, fontSize=10, leading=14, wordWrap="CJK", alignment=1),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=11, leading=14, wordWrap="CJK"),
        "head": ParagraphStyle("head", fontName=font, fontSize=16, leading=22, wordWrap="CJK", alignment=1),
    }


def poster_pdf(*, event: Event, url: str) -> bytes:
    """An A4 poster for the notice board: title, kind, time, place, audiences, host and a QR to the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer

    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=18 * mm,
        title=event.title,
        author=event.organization.name,
    )
    facts = [
        (pgettext("print", "Time"), when(event)),
        (pgettext("print", "Place"), where(event)),
        (pgettext("print", "For"), audiences(event)),
        (pgettext("print", "Host"), event.organization.name),
        (pgettext("print", "Places"), seats(event)),
    ]
    qr = io.BytesIO(qr_png(url))
    story = [
        Paragraph(escape(pgettext("print", "Science popularization event")), styles["kind"]),
        Spacer(1, 6 * mm),
        Paragraph(escape(event.title), styles["title"]),
        Spacer(1, 4 * mm),
        Paragraph(escape(event.get_activity_type_display()), styles["kind"]),
        Spacer(1, 10 * mm),
        *[Paragraph(f"<b>{escape(label)}</b>：{escape(value)}", styles["fact"]) for label, value in facts],
        Spacer(1, 6 * mm),
    ]
    if event.description:
        story += [Paragraph(escape(event.description[:600]), styles["body"]), Spacer(1, 6 * mm)]
    story += [
        Image(qr, width=55 * mm, height=55 * mm),
        Paragraph(escape(pgettext("print", "Scan to see the event and sign up")), styles["small"]),
        Paragraph(escape(url), styles["small"]),
    ]
    document.build(story)
    return buffer.getvalue()


def share_png(*, event: Event, url: str) -> bytes:
    """A 1080 × 1440 picture for chat groups, with the same facts and QR code as the poster."""
    from PIL import Image, ImageDraw

    width, height, margin = 1080, 1440, 72
    picture = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, 0, width, 220], fill="#1f4e9c")
    draw.text((margin, 70), pgettext("print", "Science popularization event"), font=image_font(44), fill="#ffffff")
    draw.text((margin, 140), event.get_activity_type_display(), font=image_font(34), fill="#dbe7ff")

    y = 270
    for line in _wrap(event.title, image_font(64), width - 2 * margin, draw)[:3]:
        draw.text((margin, y), line, font=image_font(64), fill="#111111")
        y += 84
    y += 20
    for label, value in (
        (pgettext("print", "Time"), when(event)),
        (pgettext("print", "Place"), where(event)),
        (pgettext("print", "For"), audiences(event)),
    ):
        for line in _wrap(f"{label}：{value}", image_font(38), width - 2 * margin, draw)[:2]:
            draw.text((margin, y), line, font=image_font(38), fill="#333333")
            y += 54
        y += 8

    code = Image.open(io.BytesIO(qr_png(url, scale=12))).convert("RGB").resize((420, 420), Image.Resampling.NEAREST)
    top = height - 420 - 150
    picture.paste(code, ((width - 420) // 2, top))
    caption = pgettext("print", "Scan to see the event and sign up")
    caption_width = draw.textlength(caption, font=image_font(34))
    draw.text(((width - caption_width) / 2, top + 440), caption, font=image_font(34), fill="#333333")
    host = event.organization.name
    host_width = draw.textlength(host, font=image_font(30))
    draw.text(((width - host_width) / 2, top + 500), host, font=image_font(30), fill="#666666")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _wrap(text: str, font, width: int, draw) -> list[str]:
    """Break ``text`` into lines that fit ``width`` pixels, character by character (CJK has no spaces)."""
    lines: list[str] = []
    current = ""
    for character in text:
        if draw.textlength(current + character, font=font) > width and current:
            lines.append(current)
            current = character.lstrip()
        else:
            current += character
    if current:
        lines.append(current)
    return lines


def sign_in_sheet_pdf(*, event: Event, registrations: Iterable[Registration]) -> bytes:
    """签到表: one row per confirmed registration (names and numbers masked) with room to sign, then
    blank rows for walk-ins; the header repeats on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=pgettext("print", "Sign-in sheet") + " · " + event.title,
    )
    cell = styles["cell"]
    header = [
        Paragraph(escape(text), cell)
        for text in (
            pgettext("print", "No."),
            pgettext("print", "Name"),
            pgettext("print", "Phone"),
            pgettext("print", "Accompanying"),
            pgettext("print", "Code"),
            pgettext("print", "Signature"),
        )
    ]
    rows = [header]
    count = 0
    for count, registration in enumerate(registrations, start=1):
        rows.append(
            [
                str(count),
                Paragraph(escape(mask_name(registration.resident.name)), cell),
                mask_phone(registration.resident.phone),
                str(registration.companions),
                registration.check_in_code,
                "",
            ]
        )
    for extra in range(BLANK_ROWS):
        rows.append([str(count + extra + 1), "", "", "", Paragraph(escape(pgettext("print", "walk-in")), cell), ""])
    table = Table(
        rows,
        colWidths=[12 * mm, 32 * mm, 32 * mm, 18 * mm, 30 * mm, 56 * mm],
        rowHeights=[9 * mm] + [11 * mm] * (len(rows) - 1),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_font(), 11),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [
        Paragraph(escape(pgettext("print", "Sign-in sheet") + "：" + event.title), styles["head"]),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                f"{pgettext('print', 'Time')}：{when(event)}　{pgettext('print', 'Place')}：{where(event)}　{pgettext('print', 'Host')}：{event.organization.name}"
            ),
            styles["body"],
        ),
        Paragraph(escape(pgettext("print", "%(n)d confirmed registrations") % {"n": count}), styles["body"]),
        Spacer(1, 4 * mm),
        table,
    ]
    document.build(story)
    return buffer.getvalue()
