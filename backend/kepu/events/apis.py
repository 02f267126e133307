"""Thin views: validate input, check the policy, call one service or selector, serialize output."""

import hashlib
import io
import time

import segno
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.viewsets import GenericViewSet

from kepu.common import spreadsheets
from kepu.common.errors import Conflict
from kepu.common.pagination import BoundedCountPagination
from kepu.common.parsers import BoundedJSONParser
from kepu.common.uploads import upload_response

from . import permissions as policy
from . import selectors, services
from .calendar import build_calendar
from .filters import EventFilter
from .models import Event, EventReport, Evidence, Registration
from .selectors import EventPeriod
from .serializers import (
    CheckInInputSerializer,
    CheckInOutputSerializer,
    EventInputSerializer,
    EventOutputSerializer,
    EventUpdateSerializer,
    EvidenceInputSerializer,
    EvidenceOutputSerializer,
    LargeScaleInputSerializer,
    ReasonInputSerializer,
    RegistrationOutputSerializer,
    ReportInputSerializer,
    ReportOutputSerializer,
    RetrospectiveInputSerializer,
    ReviewInputSerializer,
    SignUpInputSerializer,
)

BOOLEAN_PARAM = {"true", "1", "yes"}


def _flag(request, name: str) -> bool:
    return request.query_params.get(name, "").lower() in BOOLEAN_PARAM


def _period(request) -> str:
    """``?period=``; without it the upcoming events, or every event when a date range is given."""
    raw = request.query_params.get("period")
    if raw is None:
        dated = "starts_after" in request.query_params or "starts_before" in request.query_params
        return EventPeriod.ALL if dated else EventPeriod.UPCOMING
    if raw not in EventPeriod.values:
        raise ValidationError(
            {"period": [_("Choose one of: %(choices)s.") % {"choices": ", ".join(EventPeriod.values)}]}
        )
    return raw


def _list_cache_key(request) -> str | None:
    """The cache key of an anonymous visitor's event list page, or None when it is not cached."""
    seconds = settings.KEPU["EVENT_LIST_CACHE_SECONDS"]
    if seconds <= 0 or request.user.is_authenticated:
        return None
    page = request.query_params.get("page", "1")
    if not page.isdigit() or not 1 <= int(page) <= settings.KEPU["EVENT_LIST_CACHE_PAGES"]:
        return None
    query = "&".join(sorted(f"{key}={value}" for key, values in request.query_params.lists() for value in values))
    digest = hashlib.sha256(query.encode()).hexdigest()[:32]
    return f"events:list:{get_language()}:{digest}"


def _cache_get(key: str):
    # The list works without the cache: with Redis down it is computed for every request.
    try:
        return cache.get(key)
    except Exception:  # whatever the cache backend raises
        return None


def _cache_set(key: str, value, seconds: int) -> None:
    try:
        cache.set(key, value, seconds)
    except Exception:  # whatever the cache backend raises
        return


def _deny_unless(allowed: bool, message: str | None = None) -> None:
    if not allowed:
        raise PermissionDenied(message or _("You are not allowed to do this with this event."))


def _output(event: Event, request) -> dict:
    event = selectors.event_detail_queryset(user=request.user).get(pk=event.pk)
    return EventOutputSerializer(event, context={"request": request}).data


class EventViewSet(GenericViewSet):
    """Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports."""

    serializer_class = EventOutputSerializer
    pagination_class = BoundedCountPagination
    filterset_class = EventFilter
    permission_classes = [IsAuthenticated]
    parser_classes = [BoundedJSONParser, MultiPartParser, FormParser]

    def get_permissions(self):
        if self.action in ("list", "retrieve", "calendar"):
            return [AllowAny()]
        return super().get_permissions()

    def get_throttles(self):
        if self.action == "register":
            self.throttle_scope = "signup"
            return [ScopedRateThrottle()]
        return super().get_throttles()

    def get_queryset(self):
        if self.action == "list":
            return selectors.event_list(
                user=self.request.user,
                mine=_flag(self.request, "mine"),
                upcoming=_flag(self.request, "upcoming"),
                period=_period(self.request),
            )
        return selectors.event_detail_queryset(user=self.request.user)

    def get_event(self) -> Event:
        """The event if the user may see it (else 404); the caller checks what they may do (403)."""
        return get_object_or_404(
            policy.scope_events(Event.objects.select_related("area"), self.request.user), pk=self.kwargs["pk"]
        )

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "period",
                str,
                enum=EventPeriod.values,
                description="upcoming: not ended yet, soonest first (the default without a date range); past: "
                "ended, latest first; all: every event by start (the default with a date range).",
            ),
            OpenApiParameter("upcoming", bool, description="Only published events that have not ended."),
            OpenApiParameter("mine", bool, description="Every state of my organizations' events."),
        ],
        responses=EventOutputSerializer(many=True),
    )
    def list(self, request):
        # Anonymous visitors' first pages come from the cache, at most EVENT_LIST_CACHE_SECONDS old (the
        # bound on a stale "seats left"); browsers and proxies may keep them for what remains of it.
        key = _list_cache_key(request)
        cached = _cache_get(key) if key else None
        if cached is None:
            queryset = self.filter_queryset(self.get_queryset())
            page = self.paginate_queryset(queryset)
            response = self.get_paginated_response(
                EventOutputSerializer(page, many=True, context={"request": request}).data
            )
            if key is None:
                return response
            # Plain containers: the serializer's ReturnList would carry the serializer into the cache.
            cached = (time.time(), {**response.data, "results": list(response.data["results"])})
            _cache_set(key, cached, settings.KEPU["EVENT_LIST_CACHE_SECONDS"])
        else:
            response = Response(cached[1])
        remaining = settings.KEPU["EVENT_LIST_CACHE_SECONDS"] - (time.time() - cached[0])
        response["Cache-Control"] = f"public, max-age={max(int(remaining), 0)}"
        patch_vary_headers(response, ["Accept-Language", "Cookie", "Authorization"])
        return response

    @extend_schema(request=EventInputSerializer, responses={201: EventOutputSerializer})
    def create(self, request):
        _deny_unless(policy.can_create_events(request.user), _("Only organizers can create events."))
        serializer = EventInputSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        event = services.event_create(by=request.user, **serializer.validated_data)
        return Response(_output(event, request), status=status.HTTP_201_CREATED)

    @extend_schema(responses=EventOutputSerializer)
    def retrieve(self, request, pk=None):
        event = get_object_or_404(self.get_queryset(), pk=pk)
        return Response(EventOutputSerializer(event, context={"request": request}).data)

    @extend_schema(request=EventUpdateSerializer, responses=EventOutputSerializer)
    def partial_update(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_organize(request.user, event))
        serializer = EventUpdateSerializer(data=request.data, partial=True, context={"request": request})
        serializer.is_valid(raise_exception=True)
        event = services.event_update(event=event, by=request.user, **serializer.validated_data)
        return Response(_output(event, request))

    @extend_schema(request=RetrospectiveInputSerializer, responses={201: EventOutputSerializer})
    def retrospective(self, request):
        _deny_unless(policy.can_create_events(request.user), _("Only organizers can log events."))
        serializer = RetrospectiveInputSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        report = ReportInputSerializer.figures(data.pop("report"))
        # The serializer accepts only "no sign-up" for these; a retrospective event has none anyway.
        for name in ("capacity", "registration_required", "registration_opens_at", "registration_closes_at"):
            data.pop(name, None)
        event = services.event_create_retrospective(by=request.user, report=report, **data)
        return Response(_output(event, request), status=status.HTTP_201_CREATED)

    # Lifecycle steps -----------------------------------------------------------------------------

    @extend_schema(request=None, responses=EventOutputSerializer)
    def submit(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_organize(request.user, event))
        return Response(_output(services.event_submit(event=event, by=request.user), request))

    @extend_schema(request=None, responses=EventOutputSerializer)
    def approve(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_review(request.user, event), _("Only staff covering the event's area can approve it."))
        return Response(_output(services.event_approve(event=event, by=request.user), request))

    @extend_schema(request=ReasonInputSerializer, responses=EventOutputSerializer)
    def reject(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_review(request.user, event), _("Only staff covering the event's area can reject it."))
        serializer = ReasonInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        event = services.event_reject(event=event, by=request.user, reason=serializer.validated_data["reason"])
        return Response(_output(event, request))

    @extend_schema(request=ReasonInputSerializer, responses=EventOutputSerializer)
    def cancel(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_cancel(request.user, event))
        serializer = ReasonInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        event = services.event_cancel(event=event, by=request.user, reason=serializer.validated_data["reason"])
        return Response(_output(event, request))

    @extend_schema(request=LargeScaleInputSerializer, responses=EventOutputSerializer)
    def large_scale(self, request, pk=None):
        event = self.get_event()
        _deny_unless(
            policy.can_review(request.user, event), _("Only staff covering the event's area mark it large-scale.")
        )
        serializer = LargeScaleInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        event = services.event_mark_large_scale(
            event=event, by=request.user, marked=serializer.validated_data["marked"]
        )
        return Response(_output(event, request))

    @extend_schema(request=None, responses=EventOutputSerializer)
    def complete(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_organize(request.user, event))
        return Response(_output(services.event_complete(event=event, by=request.user), request))

    # Post-event report -----------------------------------------------------------------------------

    def _report_of(self, event: Event) -> EventReport:
        return get_object_or_404(
            EventReport.objects.prefetch_related("walk_in_counts", "evidence__report"), event=event
        )

    @extend_schema(responses=ReportOutputSerializer)
    def report_detail(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_see_evidence(request.user, event), policy.report_refusal(request.user))
        return Response(ReportOutputSerializer(self._report_of(event)).data)

    @extend_schema(request=ReportInputSerializer, responses={201: ReportOutputSerializer})
    def report(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_organize(request.user, event))
        serializer = ReportInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        figures = serializer.to_service()
        services.report_submit(
            event=event,
            by=request.user,
            walk_ins=figures.walk_ins,
            materials=figures.materials,
            expenditure=figures.expenditure,
            summary=figures.summary,
            online_attendance=figures.online_attendance,
        )
        return Response(ReportOutputSerializer(self._report_of(event)).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=ReviewInputSerializer, responses=ReportOutputSerializer)
    def report_review(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_review(request.user, event), _("Only staff covering the event's area review reports."))
        serializer = ReviewInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.report_review(
            event=event,
            by=request.user,
            accept=serializer.validated_data["decision"] == "accept",
            comment=serializer.validated_data.get("comment", ""),
        )
        return Response(ReportOutputSerializer(self._report_of(event)).data)

    @extend_schema(request={"multipart/form-data": EvidenceInputSerializer}, responses={201: EvidenceOutputSerializer})
    def evidence_upload(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_organize(request.user, event))
        serializer = EvidenceInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        evidence = services.evidence_add(
            event=event,
            by=request.user,
            kind=serializer.validated_data["kind"],
            upload=serializer.validated_data["file"],
        )
        return Response(EvidenceOutputSerializer(evidence).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiTypes.BINARY})
    def evidence_file(self, request, pk=None, evidence_id=None):
        event = self.get_event()
        _deny_unless(policy.can_see_evidence(request.user, event), policy.report_refusal(request.user))
        evidence = get_object_or_404(Evidence, pk=evidence_id, report__event=event)
        return upload_response(
            evidence.file.open("rb"), stored_name=evidence.file.name or "", label=f"evidence-{evidence.pk}"
        )

    # Sign-up and the door --------------------------------------------------------------------------

    @extend_schema(
        request=SignUpInputSerializer,
        responses={
            201: RegistrationOutputSerializer,
            200: OpenApiResponse(RegistrationOutputSerializer, description="Already signed up: the existing one."),
        },
    )
    def register(self, request, pk=None):
        """201 for a new (or renewed) sign-up; 200 with the existing registration for a repeat."""
        # The service reads the event once, under its lock, and answers 404 for one the caller may not
        # see; the registration it returns carries everything the answer shows.
        _deny_unless(policy.can_register(request.user))
        serializer = SignUpInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = services.registration_create(
            event=int(pk),
            resident=request.user,
            companions=serializer.validated_data["companions"],
            audience=serializer.validated_data.get("audience"),
        )
        return Response(
            RegistrationOutputSerializer(result.registration, context={"request": request}).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )

    @extend_schema(request=CheckInInputSerializer, responses=CheckInOutputSerializer)
    def check_in(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_organize(request.user, event), _("Only the event's organizers check people in."))
        serializer = CheckInInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        registration = services.registration_check_in(
            event=event, code=serializer.validated_data["code"], by=request.user
        )
        return Response(CheckInOutputSerializer(registration).data)

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.STR})
    def registrants_csv(self, request, pk=None):
        event = self.get_event()
        _deny_unless(policy.can_organize(request.user, event), _("Only the event's organizers see registrants."))
        # A context of their own: bare words like "Registration" are also in other apps' catalogues.
        headers = [
            pgettext("registrants export", "Registration"),
            pgettext("registrants export", "Name"),
            pgettext("registrants export", "Phone"),
            pgettext("registrants export", "Status"),
            pgettext("registrants export", "Position"),
            pgettext("registrants export", "Accompanying persons"),
            pgettext("registrants export", "Signed up at"),
            pgettext("registrants export", "Checked in at"),
        ]
        rows = []
        for registration in selectors.registrants_for_export(event=event):
            position = selectors.registration_waitlist_position(registration=registration) or None
            checked_in = registration.checked_in_at
            rows.append(
                [
                    registration.pk,
                    registration.resident.name,
                    registration.resident.phone,
                    registration.get_status_display(),
                    position,
                    registration.companions,
                    timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
                    timezone.localtime(checked_in).strftime("%Y-%m-%d %H:%M") if checked_in else "",
                ]
            )
        content = spreadsheets.write_csv(spreadsheets.Document(tables=[spreadsheets.Table("", headers, rows)]))
        response = HttpResponse(content, content_type=spreadsheets.CSV_CONTENT_TYPE)
        response["Content-Disposition"] = spreadsheets.content_disposition(f"event-{event.pk}-registrants.csv")
        return response

    @extend_schema(responses={(200, "text/calendar"): OpenApiTypes.STR})
    def calendar(self, request, pk=None):
        event = get_object_or_404(policy.scope_calendar_events(Event.objects.all(), request.user), pk=pk)
        return _ics_response(build_calendar([event], name=event.title), f"event-{event.pk}.ics")


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


class CalendarFeedViewSet(GenericViewSet):
    """Upcoming published events (and cancellations of them) as one iCalendar feed, with the event
    list's filters."""

    permission_classes = [AllowAny]
    filterset_class = EventFilter
    serializer_class = EventOutputSerializer
    max_events = 500

    def get_queryset(self):
        return selectors.calendar_feed_events()

    @extend_schema(responses={(200, "text/calendar"): OpenApiTypes.STR})
    def feed(self, request):
        events = list(self.filter_queryset(self.get_queryset())[: self.max_events])
        return _ics_response(build_calendar(events, name=_("Science popularization events")), "kepu-events.ics")


class RegistrationViewSet(GenericViewSet):
    """A resident's own sign-ups; with ``?event=`` an organizer of that event sees its registrants."""

    serializer_class = RegistrationOutputSerializer
    permission_classes = [IsAuthenticated]
    filterset_class = None

    def get_queryset(self):
        return selectors.registrations_with_position(
            Registration.objects.filter(policy.visible_registrations_q(self.request.user)).select_related(
                "event", "event__area", "event__organization", "resident"
            )
        )

    def get_registration(self) -> Registration:
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    @extend_schema(
        parameters=[OpenApiParameter("event", int, description="Registrants of this event (its organizers).")],
        responses=RegistrationOutputSerializer(many=True),
    )
    def list(self, request):
        event = None
        organizer_view = False
        raw_event = request.query_params.get("event")
        if raw_event is not None:
            if not raw_event.isdigit():
                raise ValidationError({"event": [_("A valid event id is required.")]})
            event = get_object_or_404(policy.scope_events(Event.objects.all(), request.user), pk=int(raw_event))
            organizer_view = policy.can_organize(request.user, event)
        queryset = selectors.registration_list(user=request.user, event=event, organizer_view=organizer_view)
        page = self.paginate_queryset(queryset)
        data = RegistrationOutputSerializer(page, many=True, context={"request": request}).data
        return self.get_paginated_response(data)

    @extend_schema(responses=RegistrationOutputSerializer)
    def retrieve(self, request, pk=None):
        return Response(RegistrationOutputSerializer(self.get_registration(), context={"request": request}).data)

    @extend_schema(request=None, responses=RegistrationOutputSerializer)
    def cancel(self, request, pk=None):
        registration = self.get_registration()
        _deny_unless(policy.can_manage_registration(request.user, registration))
        services.registration_cancel(registration=registration, by=request.user)
        return Response(RegistrationOutputSerializer(self.get_registration(), context={"request": request}).data)

    @extend_schema(responses={(200, "image/svg+xml"): OpenApiTypes.STR})
    def qr(self, request, pk=None):
        registration = self.get_registration()
        _deny_unless(policy.is_registration_owner(request.user, registration), _("Only the resident sees their code."))
        if registration.status == "cancelled":
            raise Conflict(_("A cancelled registration has no check-in code."))
        buffer = io.BytesIO()
        # Never Micro QR (segno's choice for short texts): door scanners and phone cameras often cannot read it.
        segno.make(registration.check_in_code, error="m", micro=False).save(buffer, kind="svg", scale=8, border=4)
        response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
        response["Cache-Control"] = "private, no-store"
        return response
