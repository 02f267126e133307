"""Fonts and QR codes for what we print or share as pictures, all from this machine (nothing downloaded).

PDFs set Chinese in STSong-Light, one of the CJK fonts every PDF reader carries (Adobe's Asian font
packs): nothing is embedded and the text stays extractable. Pictures need the glyphs themselves, so
they use the font shipped in ``fonts/`` (Noto Sans CJK SC Bold cut down to GB 2312; see OFL.txt).
"""

import io
from functools import cache
from pathlib import Path
from typing import Any

import segno

PDF_FONT = "STSong-Light"
IMAGE_FONT = Path(__file__).resolve().parent / "fonts" / "NotoSansSC-Bold-GB2312.otf"


@cache
def pdf_font() -> str:
    """The registered name of the PDF's CJK font (registered once per process)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    return PDF_FONT


@cache
def image_font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(IMAGE_FONT), size)


def qr_png(data: str, *, scale: int = 10) -> bytes:
    """A standard QR code (never a Micro QR, which phone cameras do not read) as PNG bytes."""
    buffer = io.BytesIO()
    segno.make(data, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
