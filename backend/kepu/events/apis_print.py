"""The poster, the share picture and the sign-in sheet of an event, as files."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from kepu.common.files import FileDownloadMixin, PDFRenderer, PNGRenderer, file_response

from . import permissions as policy
from . import printing, selectors
from .models import Event


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

    @extend_schema(
        responses={(200, PDFRenderer.media_type): OpenApiTypes.BINARY},
        tags=["print"],
        summary="A4 poster with a QR code",
    )
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        content = printing.poster_pdf(event=event, url=event_page_url(request, event))
        return file_response(content, f"event-{event.pk}-poster.pdf", inline=True)


class EventShareImageApi(FileDownloadMixin, APIView):
    permission_classes = [AllowAny]
    renderer_classes = [PNGRenderer, JSONRenderer]

    @extend_schema(
        responses={(200, PNGRenderer.media_type): OpenApiTypes.BINARY},
        tags=["print"],
        summary="Share picture with a QR code",
    )
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        content = printing.share_png(event=event, url=event_page_url(request, event))
        return file_response(content, f"event-{event.pk}-share.png", inline=True)


class EventSignInSheetApi(FileDownloadMixin, APIView):
    permission_classes = [IsAuthenticated]
    renderer_classes = [PDFRenderer, JSONRenderer]

    @extend_schema(
        responses={(200, PDFRenderer.media_type): OpenApiTypes.BINARY}, tags=["print"], summary="Sign-in sheet (签到表)"
    )
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        if not policy.can_organize(request.user, event):
            raise PermissionDenied(_("Only the event's organizers print its sign-in sheet."))
        registrations = selectors.sign_in_sheet_registrations(event=event)
        content = printing.sign_in_sheet_pdf(event=event, registrations=registrations)
        return file_response(content, f"event-{event.pk}-sign-in-sheet.pdf", inline=True)
