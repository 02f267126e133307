"""Files the API hands out (spreadsheets, templates, attachments) next to its usual JSON.

``?format=csv|xlsx`` picks the file; an unknown format is a 400 in the usual error shape, and every
error of such a view is JSON, whatever file was asked for.
"""

from typing import TYPE_CHECKING
from urllib.parse import quote

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.renderers import BaseRenderer, JSONRenderer

from .tabular import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class XLSXRenderer(BaseRenderer):
    media_type = XLSX_MEDIA_TYPE
    format = "xlsx"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


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
            raise exceptions.ValidationError({"format": [_("Unknown format; use csv or xlsx.")]}) from exc

    def handle_exception(self, exc):
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


def file_response(content: bytes, filename: str) -> HttpResponse:
    """A download; the media type follows the file name's extension."""
    content_type = XLSX_MEDIA_TYPE if filename.endswith(".xlsx") else CSV_MEDIA_TYPE
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response
