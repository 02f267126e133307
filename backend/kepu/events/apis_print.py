"""The poster, the share picture and the sign-in sheet of an event, as files."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.views import APIView

from kepu.common.files import FileDownloadMixin

from . import permissions as policy
from . import printing, selectors
from .models import Event

PDF = "application/pdf"
PNG = "image/png"


class PDFRenderer(BaseRenderer):
    media_type = PDF
    format = "pdf"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class PNGRenderer(BaseRenderer):
    media_type = PNG
    format = "png"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


def _file(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_page_url(request, event: Event) -> str:
    """Where the QR code leads: the event's page in the web app."""
    base = settings.KEPU.get("PUBLIC_URL") or request.build_absolute_uri("/")
    return base.rstrip("/") + f"/events/{event.pk}"


def _visible_event(request, pk: int) -> Event:
    queryset = policy.scope_events(Event.objects.select_related("area", "organization"), request.user)
    return get_object_or_404(queryset.prefetch_related("audiences"), pk=pk)


class EventPosterApi(FileDownloadMixin, APIView):
    permission_classes = [AllowAny]
    renderer_classes = [PDFRenderer, JSONRenderer]

    @extend_schema(responses={(200, PDF): OpenApiTypes.BINARY}, tags=["print"], summary="A4 poster with a QR code")
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        content = printing.poster_pdf(event=event, url=event_page_url(request, event))
        return _file(content, PDF, f"event-{event.pk}-poster.pdf")


class EventShareImageApi(FileDownloadMixin, APIView):
    permission_classes = [AllowAny]
    renderer_classes = [PNGRenderer, JSONRenderer]

    @extend_schema(responses={(200, PNG): OpenApiTypes.BINARY}, tags=["print"], summary="Share picture with a QR code")
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        content = printing.share_png(event=event, url=event_page_url(request, event))
        return _file(content, PNG, f"event-{event.pk}-share.png")


class EventSignInSheetApi(FileDownloadMixin, APIView):
    permission_classes = [IsAuthenticated]
    renderer_classes = [PDFRenderer, JSONRenderer]

    @extend_schema(responses={(200, PDF): OpenApiTypes.BINARY}, tags=["print"], summary="Sign-in sheet (签到表)")
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        if not policy.can_organize(request.user, event):
            raise PermissionDenied(_("Only the event's organizers print its sign-in sheet."))
        registrations = selectors.sign_in_sheet_registrations(event=event)
        content = printing.sign_in_sheet_pdf(event=event, registrations=registrations)
        return _file(content, PDF, f"event-{event.pk}-sign-in-sheet.pdf")
