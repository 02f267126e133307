"""Files the API hands out (spreadsheets, templates, attachments) next to its usual JSON.

``?format=`` picks the file (csv, xlsx, pdf, png: whichever the view offers); an unknown format is a 400 in the usual error shape, and every
error of such a view is JSON, whatever file was asked for.
"""

from typing import TYPE_CHECKING

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.renderers import BaseRenderer, JSONRenderer

from . import spreadsheets
from .tabular import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE

PDF_MEDIA_TYPE = "application/pdf"
PNG_MEDIA_TYPE = "image/png"


class FileRenderer(BaseRenderer):
    """Hands the bytes a view built straight through; the subclasses name the type for negotiation."""

    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class CSVRenderer(FileRenderer):
    media_type = "text/csv"
    format = "csv"


class XLSXRenderer(FileRenderer):
    media_type = XLSX_MEDIA_TYPE
    format = "xlsx"


class PDFRenderer(FileRenderer):
    media_type = PDF_MEDIA_TYPE
    format = "pdf"


class PNGRenderer(FileRenderer):
    media_type = PNG_MEDIA_TYPE
    format = "png"


# What a response of each kind says it is (a CSV names its encoding for Excel and WPS).
MEDIA_TYPES = {"csv": CSV_MEDIA_TYPE, "xlsx": XLSX_MEDIA_TYPE, "pdf": PDF_MEDIA_TYPE, "png": PNG_MEDIA_TYPE}
FILE_RENDERERS = [JSONRenderer, CSVRenderer, XLSXRenderer]


# For the type checker a view mixin is the view it is mixed into; at run time it stays a plain mixin.
if TYPE_CHECKING:
    from rest_framework.views import APIView as ViewMixinBase
else:
    ViewMixinBase = object


class FileDownloadMixin(ViewMixinBase):
    """For views (or view sets) whose actions answer a file."""

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except (Http404, exceptions.NotFound) as exc:
            formats = ", ".join(r.format for r in self.get_renderers() if isinstance(r, FileRenderer))
            message = _("Unknown format; use one of: %(formats)s.") % {"formats": formats}
            raise exceptions.ValidationError({"format": [message]}) from exc

    def handle_exception(self, exc):
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


def file_response(content: bytes, filename: str, *, inline: bool = False) -> HttpResponse:
    """A download whose media type follows the file name's extension; ``inline`` to open in the browser."""
    response = HttpResponse(content, content_type=MEDIA_TYPES[filename.rsplit(".", 1)[-1]])
    response["Content-Disposition"] = spreadsheets.content_disposition(filename, inline=inline)
    return response
