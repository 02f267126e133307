"""Thin views of the venues app."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.accounts.serializers import ErrorSerializer
from kepu.common.parsers import BoundedJSONParser
from kepu.common.uploads import upload_response
from kepu.events.models import Event
from kepu.events.permissions import scope_events
from kepu.stats.apis import StaffStatsView
from kepu.stats.filters import StatsQuerySerializer, parse_stats_filter

from . import permissions as policy
from . import selectors, services
from .filters import VenueFilter
from .models import KINDS_WITH_AREA, REFRESHED_KINDS, EventVenue, GalleryRefresh, Venue, VenueKind
from .serializers import (
    EventVenueInputSerializer,
    EventVenueOutputSerializer,
    GalleryRefreshInputSerializer,
    GalleryRefreshOutputSerializer,
    VenueFiguresSerializer,
    VenueInputSerializer,
    VenueKindSerializer,
    VenueOutputSerializer,
)

ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer, 409: ErrorSerializer}


def _deny_unless(allowed: bool, message: str) -> None:
    if not allowed:
        raise exceptions.PermissionDenied(message)


def _flag(request, name: str) -> bool:
    return request.query_params.get(name, "").lower() in ("1", "true", "yes")


class VenueListApi(GenericAPIView):
    """Venues are public; staff (their area) and the running organization's organizers add them."""

    filterset_class = VenueFilter
    serializer_class = VenueOutputSerializer

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "GET" else [IsAuthenticated()]

    def get_queryset(self):
        if _flag(self.request, "managed"):
            return selectors.managed_venue_list(user=self.request.user)
        return selectors.venue_list()

    @extend_schema(
        parameters=[OpenApiParameter("managed", bool, description="Only the venues I keep.")],
        responses={200: VenueOutputSerializer(many=True), **ERRORS},
        tags=["venues"],
    )
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(request=VenueInputSerializer, responses={201: VenueOutputSerializer, **ERRORS}, tags=["venues"])
    def post(self, request):
        serializer = VenueInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        _deny_unless(
            policy.can_create_venue_in(request.user, data["area"], data.get("organization")),
            _("Venues are kept by the staff covering their area and the organizers of the organization running them."),
        )
        venue = services.venue_create(by=request.user, **data)
        return Response(
            self.get_serializer(selectors.venue_list().get(pk=venue.pk)).data, status=status.HTTP_201_CREATED
        )


class VenueKindsApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(responses={200: VenueKindSerializer(many=True)}, tags=["venues"])
    def get(self, request):
        return Response(
            [
                {
                    "key": kind.value,
                    "name": str(kind.label),
                    "has_floor_space": kind in KINDS_WITH_AREA,
                    "keeps_refresh_log": kind in REFRESHED_KINDS,
                }
                for kind in VenueKind
            ]
        )


class VenueDetailApi(GenericAPIView):
    serializer_class = VenueOutputSerializer

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "GET" else [IsAuthenticated()]

    def get_object(self) -> Venue:
        return get_object_or_404(selectors.venue_list(), pk=self.kwargs["pk"])

    def _managed(self, request) -> Venue:
        venue = self.get_object()
        _deny_unless(
            policy.can_manage_venue(request.user, venue),
            _("Venues are kept by the staff covering their area and the organizers of the organization running them."),
        )
        return venue

    @extend_schema(responses={200: VenueOutputSerializer, **ERRORS}, tags=["venues"])
    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        request=VenueInputSerializer(partial=True), responses={200: VenueOutputSerializer, **ERRORS}, tags=["venues"]
    )
    def patch(self, request, pk: int):
        venue = self._managed(request)
        serializer = VenueInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if "area" in data or "organization" in data:
            _deny_unless(
                policy.can_create_venue_in(request.user, data.get("area", venue.area), data.get("organization")),
                _("You can only move venues inside your own area."),
            )
        services.venue_update(venue=venue, by=request.user, **data)
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(responses={204: None, **ERRORS}, tags=["venues"])
    def delete(self, request, pk: int):
        services.venue_delete(venue=self._managed(request), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class _RefreshesBase(APIView):
    def _venue(self, request, pk: int) -> Venue:
        venue = get_object_or_404(Venue.objects.select_related("area"), pk=pk)
        _deny_unless(
            policy.can_see_refreshes(request.user, venue),
            _("A gallery's refresh log is kept by the staff covering its area and the organization running it."),
        )
        return venue


class GalleryRefreshListApi(_RefreshesBase):
    parser_classes = [BoundedJSONParser, MultiPartParser, FormParser]

    @extend_schema(responses={200: GalleryRefreshOutputSerializer(many=True), **ERRORS}, tags=["venues"])
    def get(self, request, pk: int):
        venue = self._venue(request, pk)
        return Response(GalleryRefreshOutputSerializer(selectors.refreshes_of(venue=venue), many=True).data)

    @extend_schema(
        request={"multipart/form-data": GalleryRefreshInputSerializer},
        responses={201: GalleryRefreshOutputSerializer, **ERRORS},
        tags=["venues"],
    )
    def post(self, request, pk: int):
        venue = self._venue(request, pk)
        serializer = GalleryRefreshInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        refresh = services.gallery_refresh_record(
            venue=venue, by=request.user, date=data["date"], theme=data["theme"], photo=data.get("photo")
        )
        return Response(GalleryRefreshOutputSerializer(refresh).data, status=status.HTTP_201_CREATED)


class GalleryRefreshDetailApi(_RefreshesBase):
    @extend_schema(responses={204: None, **ERRORS}, tags=["venues"])
    def delete(self, request, pk: int, refresh_id: int):
        venue = self._venue(request, pk)
        refresh = get_object_or_404(GalleryRefresh, pk=refresh_id, venue=venue)
        services.gallery_refresh_delete(refresh=refresh, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class GalleryRefreshPhotoApi(_RefreshesBase):
    @extend_schema(responses={(200, "image/*"): OpenApiResponse(OpenApiTypes.BINARY), **ERRORS}, tags=["venues"])
    def get(self, request, pk: int, refresh_id: int):
        venue = self._venue(request, pk)
        refresh = get_object_or_404(GalleryRefresh, pk=refresh_id, venue=venue)
        if not refresh.photo:
            raise exceptions.NotFound(_("This refresh has no photo."))
        return upload_response(refresh.photo.open("rb"), stored_name=refresh.photo.name or "", label=refresh.theme)


class EventVenueApi(APIView):
    """Where an event is held: anyone who sees the event reads it; its organizers set it."""

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "GET" else [IsAuthenticated()]

    def _event(self, request, pk: int) -> Event:
        return get_object_or_404(scope_events(Event.objects.select_related("area"), request.user), pk=pk)

    def _answer(self, request, event: Event) -> Response:
        link = EventVenue.objects.filter(event=event).first()
        venue = selectors.venue_list().get(pk=link.venue_id) if link else None
        return Response(
            {
                "venue": VenueOutputSerializer(venue, context={"request": request}).data if venue else None,
                "can_change": policy.can_set_event_venue(request.user, event),
            }
        )

    @extend_schema(responses={200: EventVenueOutputSerializer, **ERRORS}, tags=["venues"])
    def get(self, request, pk: int):
        return self._answer(request, self._event(request, pk))

    @extend_schema(
        request=EventVenueInputSerializer, responses={200: EventVenueOutputSerializer, **ERRORS}, tags=["venues"]
    )
    def put(self, request, pk: int):
        event = self._event(request, pk)
        _deny_unless(policy.can_set_event_venue(request.user, event), _("Only the event's organizers set its venue."))
        serializer = EventVenueInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.event_venue_set(event=event, venue=serializer.validated_data["venue"], by=request.user)
        return self._answer(request, event)

    @extend_schema(request=None, responses={200: EventVenueOutputSerializer, **ERRORS}, tags=["venues"])
    def delete(self, request, pk: int):
        event = self._event(request, pk)
        _deny_unless(policy.can_set_event_venue(request.user, event), _("Only the event's organizers set its venue."))
        services.event_venue_set(event=event, venue=None, by=request.user)
        return self._answer(request, event)


class VenueStatsApi(StaffStatsView):
    @extend_schema(
        parameters=[StatsQuerySerializer],
        responses={200: VenueFiguresSerializer, **ERRORS},
        summary="科普场地: venues by the survey's kinds, their use and the galleries' refreshes",
        tags=["stats"],
    )
    def get(self, request):
        f = parse_stats_filter(request)
        return Response(
            {
                "year": f.year,
                "area": {"id": f.root.pk, "name": f.root.name} if f.root else None,
                "provisional": f.provisional,
                "kind_labels": {kind.value: str(kind.label) for kind in VenueKind},
                **selectors.venue_figures(f),
            }
        )
