"""The door's API: the list a device downloads before the event, its queue of scans, corrections."""

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.common.errors import Conflict

from . import lifecycle, selectors, services
from . import permissions as policy
from .models import Event, Registration
from .serializers import RegistrationOutputSerializer
from .serializers_door import CheckInListSerializer, CheckInSyncInputSerializer, CheckInSyncOutputSerializer


def _door_event(request, pk: int) -> Event:
    """The event if visible (else 404), if the caller organizes it (else 403)."""
    event = get_object_or_404(policy.scope_events(Event.objects.all(), request.user), pk=pk)
    if not policy.can_organize(request.user, event):
        raise PermissionDenied(_("Only the event's organizers check people in."))
    return event


def _managed_registration(request, pk: int) -> Registration:
    registration = get_object_or_404(
        Registration.objects.filter(policy.visible_registrations_q(request.user)).select_related("event"), pk=pk
    )
    if not policy.can_organize(request.user, registration.event):
        raise PermissionDenied(_("Only the event's organizers check people in."))
    return registration


class CheckInListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=CheckInListSerializer, tags=["door"], summary="The check-in list a door device keeps")
    def get(self, request, pk: int):
        event = _door_event(request, pk)
        if not lifecycle.door_prepared_now(event, now=timezone.now()):
            raise Conflict(_("This event has no check-in to prepare (not published, or check-in has closed)."))
        data = {
            "event": event,
            "generated_at": timezone.now(),
            "counter": selectors.check_in_counter(event=event),
            "registrations": selectors.check_in_list(event=event),
            "duplicates": selectors.check_in_duplicates(event=event),
        }
        return Response(CheckInListSerializer(data).data)


class CheckInSyncApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=CheckInSyncInputSerializer,
        responses=CheckInSyncOutputSerializer,
        tags=["door"],
        summary="Send a device's scans (queued offline or just now); safe to send again",
    )
    def post(self, request, pk: int):
        event = _door_event(request, pk)
        serializer = CheckInSyncInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        scans = [services.Scan(**scan) for scan in serializer.validated_data["scans"]]
        results = services.check_in_sync(
            event=event, scans=scans, device=serializer.validated_data["device"], by=request.user
        )
        data = {"results": results, "counter": selectors.check_in_counter(event=event)}
        return Response(CheckInSyncOutputSerializer(data).data)


class RegistrationCheckInApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=RegistrationOutputSerializer, tags=["door"])
    def post(self, request, pk: int):
        """Check a registrant in from the list (the organizer recognises them)."""
        registration = services.registration_check_in_manually(
            registration=_managed_registration(request, pk), by=request.user
        )
        return Response(_registration_output(request, registration))


class RegistrationCheckInRevertApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=RegistrationOutputSerializer, tags=["door"])
    def post(self, request, pk: int):
        """Undo a check-in made by mistake."""
        registration = services.registration_check_in_revert(
            registration=_managed_registration(request, pk), by=request.user
        )
        return Response(_registration_output(request, registration))


def _registration_output(request, registration: Registration) -> dict:
    fresh = selectors.registration_list(user=request.user, event=registration.event, organizer_view=True).get(
        pk=registration.pk
    )
    return RegistrationOutputSerializer(fresh, context={"request": request}).data
