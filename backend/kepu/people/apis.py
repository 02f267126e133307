"""Thin views of the people app: validate input, check the policy, call one service or selector."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.accounts.models import User
from kepu.accounts.serializers import ErrorSerializer
from kepu.common.files import PDFRenderer, file_response
from kepu.events.models import Event
from kepu.events.permissions import scope_events
from kepu.stats.apis import StaffStatsView
from kepu.stats.filters import StatsQuerySerializer, parse_stats_filter

from . import permissions as policy
from . import selectors, services
from .certificates import certificate_pdf
from .filters import PopularizerFilter, VolunteerFilter
from .models import VolunteerRole, VolunteerSignup
from .serializers import (
    HoursInputSerializer,
    MyVolunteerSerializer,
    PersonnelFiguresSerializer,
    PopularizerInputSerializer,
    PopularizerOutputSerializer,
    VolunteerAddInputSerializer,
    VolunteerOutputSerializer,
    VolunteerRoleInputSerializer,
    VolunteerRoleOutputSerializer,
    VolunteerSelfInputSerializer,
    VolunteerSignupOutputSerializer,
)

MIN_YEAR, MAX_YEAR = 2000, 2100
ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer, 409: ErrorSerializer}


def _deny_unless(allowed: bool, message: str) -> None:
    if not allowed:
        raise exceptions.PermissionDenied(message)


def _visible_event(request, pk: int) -> Event:
    return get_object_or_404(scope_events(Event.objects.select_related("area", "report"), request.user), pk=pk)


# Popularizers ------------------------------------------------------------------------------------


class PopularizerListApi(GenericAPIView):
    """The popularizers of the caller's organizations (organizers) or area subtree (staff)."""

    filterset_class = PopularizerFilter
    serializer_class = PopularizerOutputSerializer

    def get_queryset(self):
        return selectors.popularizer_list(user=self.request.user).order_by("organization__name", "name", "id")

    @extend_schema(responses={200: PopularizerOutputSerializer(many=True), **ERRORS}, tags=["people"])
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        request=PopularizerInputSerializer, responses={201: PopularizerOutputSerializer, **ERRORS}, tags=["people"]
    )
    def post(self, request):
        serializer = PopularizerInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        _deny_unless(
            policy.can_keep_popularizers_of(request.user, serializer.validated_data["organization"]),
            _("Popularizers are kept by their organization's organizers and the staff covering its area."),
        )
        popularizer = services.popularizer_create(by=request.user, **serializer.validated_data)
        return Response(self.get_serializer(popularizer).data, status=status.HTTP_201_CREATED)


class PopularizerDetailApi(GenericAPIView):
    serializer_class = PopularizerOutputSerializer

    def get_object(self):
        return get_object_or_404(selectors.popularizer_list(user=self.request.user), pk=self.kwargs["pk"])

    @extend_schema(responses={200: PopularizerOutputSerializer, **ERRORS}, tags=["people"])
    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        request=PopularizerInputSerializer(partial=True),
        responses={200: PopularizerOutputSerializer, **ERRORS},
        tags=["people"],
    )
    def patch(self, request, pk: int):
        popularizer = self.get_object()
        serializer = PopularizerInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        message = _("Popularizers are kept by their organization's organizers and the staff covering its area.")
        _deny_unless(policy.can_manage_popularizer(request.user, popularizer), message)
        new_org = serializer.validated_data.get("organization")
        if new_org is not None:
            _deny_unless(policy.can_keep_popularizers_of(request.user, new_org), message)
        services.popularizer_update(popularizer=popularizer, by=request.user, **serializer.validated_data)
        return Response(self.get_serializer(selectors.popularizer_list(user=request.user).get(pk=pk)).data)

    @extend_schema(responses={204: None, **ERRORS}, tags=["people"])
    def delete(self, request, pk: int):
        popularizer = self.get_object()
        _deny_unless(
            policy.can_manage_popularizer(request.user, popularizer),
            _("Popularizers are kept by their organization's organizers and the staff covering its area."),
        )
        services.popularizer_delete(popularizer=popularizer, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


# Volunteers --------------------------------------------------------------------------------------


class VolunteerListApi(GenericAPIView):
    """Registered volunteers the caller looks after; organizations register people by mobile number."""

    filterset_class = VolunteerFilter
    serializer_class = VolunteerOutputSerializer

    def get_queryset(self):
        return selectors.volunteer_list(user=self.request.user).order_by("-registered_on", "id")

    @extend_schema(responses={200: VolunteerOutputSerializer(many=True), **ERRORS}, tags=["volunteers"])
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        request=VolunteerAddInputSerializer, responses={201: VolunteerOutputSerializer, **ERRORS}, tags=["volunteers"]
    )
    def post(self, request):
        serializer = VolunteerAddInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        organization = data["organization"]
        _deny_unless(
            policy.can_register_volunteers_for(request.user, organization),
            _("Volunteers are registered by the organization's organizers or the staff covering its area."),
        )
        area = data.get("area") or organization.area
        if not area.path.startswith(organization.area.path) and not organization.area.path.startswith(area.path):
            raise exceptions.ValidationError({"area": [_("The area must contain or lie in the organization's area.")]})
        user = User.objects.filter(phone=data["phone"], is_active=True).first()
        if user is None:
            raise exceptions.ValidationError({"phone": [_("Nobody has signed up with this mobile number.")]})
        volunteer = services.volunteer_register(
            user=user, area=area, organization=organization, skills=data["skills"], by=request.user
        )
        return Response(self.get_serializer(volunteer).data, status=status.HTTP_201_CREATED)


class MyVolunteerApi(APIView):
    """The caller's own volunteer registration and confirmed service per year."""

    permission_classes = [IsAuthenticated]

    def _answer(self, request, status_code=status.HTTP_200_OK) -> Response:
        volunteer = selectors.volunteer_of(request.user)
        years = selectors.service_years(volunteer=volunteer) if volunteer else []
        data = {
            "volunteer": VolunteerOutputSerializer(volunteer, context={"request": request}).data if volunteer else None,
            "years": years,
        }
        return Response(data, status=status_code)

    @extend_schema(responses={200: MyVolunteerSerializer, **ERRORS}, tags=["volunteers"])
    def get(self, request):
        return self._answer(request)

    @extend_schema(
        request=VolunteerSelfInputSerializer,
        responses={200: MyVolunteerSerializer, **ERRORS},
        summary="Register as a volunteer (注册科普志愿者), or change where you volunteer",
        tags=["volunteers"],
    )
    def put(self, request):
        serializer = VolunteerSelfInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.volunteer_register(
            user=request.user,
            area=serializer.validated_data["area"],
            skills=serializer.validated_data["skills"],
            by=request.user,
        )
        return self._answer(request)

    @extend_schema(request=None, responses={200: MyVolunteerSerializer, **ERRORS}, tags=["volunteers"])
    def delete(self, request):
        volunteer = selectors.volunteer_of(request.user)
        if volunteer is None:
            raise exceptions.NotFound(_("You are not registered as a volunteer."))
        services.volunteer_withdraw(volunteer=volunteer, by=request.user)
        return self._answer(request)


class MyCertificateApi(APIView):
    """The caller's certificate of volunteer service for a year, as a PDF."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        responses={(200, PDFRenderer.media_type): OpenApiResponse(OpenApiTypes.BINARY), **ERRORS},
        summary="My certificate of volunteer service (志愿服务证明) for a year",
        tags=["volunteers"],
    )
    def get(self, request, year: int):
        volunteer = selectors.volunteer_of(request.user)
        if volunteer is None:
            raise exceptions.NotFound(_("You are not registered as a volunteer."))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise exceptions.NotFound(_("No confirmed service hours in this year."))
        certificate = selectors.certificate_for(volunteer=volunteer, year=year)
        if certificate is None:
            raise exceptions.NotFound(_("No confirmed service hours in this year."))
        filename = _("certificate-of-service-%(year)d.pdf") % {"year": year}
        response = file_response(certificate_pdf(certificate), filename)
        response["Cache-Control"] = "private, no-store"
        return response


# Roles -------------------------------------------------------------------------------------------


def _role_context(request, event_ids) -> dict:
    mine = {}
    if request.user.is_authenticated:
        for signup in VolunteerSignup.objects.filter(
            volunteer__user=request.user, event_id__in=list(event_ids), status="confirmed"
        ):
            mine[signup.event_id] = signup
    return {"request": request, "my_signups": mine}


class EventVolunteerRolesApi(APIView):
    """An event's volunteer roles: anyone who sees the event reads them, its organizers set them."""

    permission_classes = [AllowAny]

    @extend_schema(responses={200: VolunteerRoleOutputSerializer(many=True), **ERRORS}, tags=["volunteers"])
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        roles = selectors.roles_of_event(event=event).select_related("event")
        return Response(VolunteerRoleOutputSerializer(roles, many=True, context=_role_context(request, [pk])).data)

    @extend_schema(
        request=VolunteerRoleInputSerializer,
        responses={201: VolunteerRoleOutputSerializer, **ERRORS},
        tags=["volunteers"],
    )
    def post(self, request, pk: int):
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated()
        event = _visible_event(request, pk)
        _deny_unless(
            policy.can_manage_roles(request.user, event), _("Only the event's organizers set its volunteer roles.")
        )
        serializer = VolunteerRoleInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        role = services.volunteer_role_create(event=event, by=request.user, **serializer.validated_data)
        return Response(
            VolunteerRoleOutputSerializer(role, context=_role_context(request, [pk])).data,
            status=status.HTTP_201_CREATED,
        )


class _RoleApi(APIView):
    def _role(self, request, pk: int) -> VolunteerRole:
        visible = scope_events(Event.objects.all(), request.user).values("pk")
        return get_object_or_404(VolunteerRole.objects.select_related("event"), pk=pk, event_id__in=visible)


class VolunteerRoleDetailApi(_RoleApi):
    @extend_schema(
        request=VolunteerRoleInputSerializer(partial=True),
        responses={200: VolunteerRoleOutputSerializer, **ERRORS},
        tags=["volunteers"],
    )
    def patch(self, request, pk: int):
        role = self._role(request, pk)
        _deny_unless(
            policy.can_manage_roles(request.user, role.event), _("Only the event's organizers set its volunteer roles.")
        )
        serializer = VolunteerRoleInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        role = services.volunteer_role_update(role=role, by=request.user, **serializer.validated_data)
        return Response(VolunteerRoleOutputSerializer(role, context=_role_context(request, [role.event_id])).data)

    @extend_schema(responses={204: None, **ERRORS}, tags=["volunteers"])
    def delete(self, request, pk: int):
        role = self._role(request, pk)
        _deny_unless(
            policy.can_manage_roles(request.user, role.event), _("Only the event's organizers set its volunteer roles.")
        )
        services.volunteer_role_delete(role=role, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class VolunteerRoleSignUpApi(_RoleApi):
    @extend_schema(
        request=None,
        responses={200: VolunteerSignupOutputSerializer, 201: VolunteerSignupOutputSerializer, **ERRORS},
        summary="Sign up for a volunteer role (registered volunteers)",
        tags=["volunteers"],
    )
    def post(self, request, pk: int):
        role = self._role(request, pk)
        volunteer = selectors.volunteer_of(request.user)
        if volunteer is None:
            raise exceptions.ValidationError(
                {"volunteer": [_("Register as a volunteer first (your area and skills), then sign up.")]}
            )
        result = services.volunteer_signup_create(role=role, volunteer=volunteer, by=request.user)
        signup = selectors.signup_list(user=request.user).get(pk=result.signup.pk)
        return Response(
            VolunteerSignupOutputSerializer(signup, context={"request": request}).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )


# Sign-ups, check-in and hours --------------------------------------------------------------------


class EventVolunteersApi(APIView):
    """The event's volunteers with their check-in and hours: for its organizers and the staff covering it."""

    @extend_schema(responses={200: VolunteerSignupOutputSerializer(many=True), **ERRORS}, tags=["volunteers"])
    def get(self, request, pk: int):
        event = _visible_event(request, pk)
        _deny_unless(
            policy.can_see_volunteers_of(request.user, event),
            _("Only the event's organizers and the staff covering its area see its volunteers."),
        )
        signups = selectors.signups_of_event(event=event)
        return Response(VolunteerSignupOutputSerializer(signups, many=True, context={"request": request}).data)


class EventVolunteerHoursApi(APIView):
    @extend_schema(
        request=HoursInputSerializer,
        responses={200: VolunteerSignupOutputSerializer(many=True), **ERRORS},
        summary="Confirm volunteers' service hours after the event (its organizers only)",
        tags=["volunteers"],
    )
    def post(self, request, pk: int):
        event = _visible_event(request, pk)
        _deny_unless(
            policy.can_confirm_hours(request.user, event), _("Only the event's organizers confirm service hours.")
        )
        serializer = HoursInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        hours = {line["signup"]: line["hours"] for line in serializer.validated_data["hours"]}
        services.volunteer_hours_confirm(event=event, hours=hours, by=request.user)
        signups = selectors.signups_of_event(event=event)
        return Response(VolunteerSignupOutputSerializer(signups, many=True, context={"request": request}).data)


class VolunteerSignupListApi(GenericAPIView):
    """My volunteer sign-ups (and, for organizers, those of their events)."""

    serializer_class = VolunteerSignupOutputSerializer

    def get_queryset(self):
        qs = selectors.signup_list(user=self.request.user)
        user = self.request.user
        if self.request.query_params.get("mine", "").lower() in ("1", "true", "yes") and isinstance(user, User):
            qs = qs.filter(volunteer__user=user)
        return qs

    @extend_schema(
        parameters=[OpenApiParameter("mine", bool, description="Only my own sign-ups.")],
        responses={200: VolunteerSignupOutputSerializer(many=True), **ERRORS},
        tags=["volunteers"],
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class _SignupActionApi(APIView):
    def _signup(self, request, pk: int) -> VolunteerSignup:
        return get_object_or_404(selectors.signup_list(user=request.user), pk=pk)

    def _out(self, request, signup) -> Response:
        signup = selectors.signup_list(user=request.user).get(pk=signup.pk)
        return Response(VolunteerSignupOutputSerializer(signup, context={"request": request}).data)


class VolunteerSignupCancelApi(_SignupActionApi):
    @extend_schema(request=None, responses={200: VolunteerSignupOutputSerializer, **ERRORS}, tags=["volunteers"])
    def post(self, request, pk: int):
        signup = self._signup(request, pk)
        _deny_unless(
            policy.can_cancel_signup(request.user, signup),
            _("Only the volunteer and the event's organizers cancel a sign-up."),
        )
        return self._out(request, services.volunteer_signup_cancel(signup=signup, by=request.user))


class VolunteerSignupCheckInApi(_SignupActionApi):
    @extend_schema(request=None, responses={200: VolunteerSignupOutputSerializer, **ERRORS}, tags=["volunteers"])
    def post(self, request, pk: int):
        signup = self._signup(request, pk)
        _deny_unless(
            policy.can_check_in_signup(request.user, signup), _("Only the event's organizers check volunteers in.")
        )
        return self._out(request, services.volunteer_check_in(signup=signup, by=request.user))


# Statistics --------------------------------------------------------------------------------------


class PersonnelStatsApi(StaffStatsView):
    @extend_schema(
        parameters=[StatsQuerySerializer],
        responses={200: PersonnelFiguresSerializer, **ERRORS},
        summary="科普人员: popularizers, registered volunteers and confirmed volunteer hours of a period and area",
        tags=["stats"],
    )
    def get(self, request):
        f = parse_stats_filter(request)
        return Response(
            {
                "year": f.year,
                "area": {"id": f.root.pk, "name": f.root.name} if f.root else None,
                "provisional": f.provisional,
                **selectors.personnel_figures(f),
                "hours_by_organization": selectors.volunteer_hours_by_organization(f),
            }
        )
