"""Reference data API: areas, organizations (with their organizers) and population figures."""

from typing import Any

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.accounts.models import User
from kepu.accounts.serializers import ErrorSerializer
from kepu.common.files import FILE_RENDERERS, FileDownloadMixin, file_response
from kepu.common.tabular import XLSX_MEDIA_TYPE

from . import selectors, services
from .filters import AreaFilter, OrganizationFilter, PopulationFilter
from .imports import ImportFileError, parse_population, population_template
from .permissions import (
    IsAssociationStaff,
    ReadOnlyOrAssociationStaff,
    can_create_area,
    can_manage_area,
    can_manage_in_area,
    can_manage_organization,
    can_view_members,
)
from .serializers import (
    AreaInputSerializer,
    AreaOutputSerializer,
    MemberInputSerializer,
    MemberOutputSerializer,
    OrganizationInputSerializer,
    OrganizationOutputSerializer,
    PopulationImportErrorSerializer,
    PopulationImportInputSerializer,
    PopulationImportPreviewSerializer,
    PopulationImportReportSerializer,
    PopulationInputSerializer,
    PopulationOutputSerializer,
    PopulationYearsQuerySerializer,
    PopulationYearsRowSerializer,
    TemplateQuerySerializer,
)

WRITE_ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer, 409: ErrorSerializer}


def _deny(message: str):
    raise exceptions.PermissionDenied(message)


@extend_schema_view(
    list=extend_schema(
        summary="Areas (public): the administrative tree",
        responses={200: AreaOutputSerializer(many=True), 400: ErrorSerializer, 404: ErrorSerializer},
        tags=["areas"],
    ),
    retrieve=extend_schema(responses={200: AreaOutputSerializer, 404: ErrorSerializer}, tags=["areas"]),
)
class AreaViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Anyone reads the tree; staff edit areas inside their own subtree."""

    serializer_class = AreaOutputSerializer
    filterset_class = AreaFilter
    permission_classes = [ReadOnlyOrAssociationStaff]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.area_list()

    @extend_schema(request=AreaInputSerializer, responses={201: AreaOutputSerializer, **WRITE_ERRORS}, tags=["areas"])
    def create(self, request):
        serializer = AreaInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if not can_create_area(request.user, parent=serializer.validated_data.get("parent")):
            _deny(_("You can only add areas inside your own area."))
        area = services.area_create(by=request.user, **serializer.validated_data)
        return Response(AreaOutputSerializer(area).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=AreaInputSerializer(partial=True), responses={200: AreaOutputSerializer, **WRITE_ERRORS}, tags=["areas"]
    )
    def partial_update(self, request, pk=None):
        area = self.get_object()
        if not can_manage_area(request.user, area):
            _deny(_("This area is outside your own."))
        serializer = AreaInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        parent = serializer.validated_data.get("parent", area.parent)
        if "parent" in serializer.validated_data and not can_create_area(request.user, parent=parent):
            _deny(_("You can only move areas inside your own area."))
        area = services.area_update(area=area, by=request.user, **serializer.validated_data)
        return Response(AreaOutputSerializer(area).data)

    @extend_schema(responses={204: None, **WRITE_ERRORS}, tags=["areas"])
    def destroy(self, request, pk=None):
        area = self.get_object()
        if not can_manage_area(request.user, area):
            _deny(_("This area is outside your own."))
        services.area_delete(area=area, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    list=extend_schema(
        summary="Organizations (public: the active ones)",
        responses={200: OrganizationOutputSerializer(many=True), 400: ErrorSerializer, 404: ErrorSerializer},
        tags=["organizations"],
    ),
    retrieve=extend_schema(responses={200: OrganizationOutputSerializer, 404: ErrorSerializer}, tags=["organizations"]),
)
class OrganizationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = OrganizationOutputSerializer
    filterset_class = OrganizationFilter
    permission_classes = [ReadOnlyOrAssociationStaff]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.organization_list(user=self.request.user).order_by("name", "id")

    def _output(self, organization, status_code=status.HTTP_200_OK) -> Response:
        return Response(
            OrganizationOutputSerializer(organization, context={"request": self.request}).data, status=status_code
        )

    @extend_schema(
        request=OrganizationInputSerializer,
        responses={201: OrganizationOutputSerializer, **WRITE_ERRORS},
        tags=["organizations"],
    )
    def create(self, request):
        serializer = OrganizationInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if not can_manage_in_area(request.user, serializer.validated_data["area"]):
            _deny(_("You can only add organizations inside your own area."))
        organization = services.organization_create(by=request.user, **serializer.validated_data)
        return self._output(organization, status.HTTP_201_CREATED)

    @extend_schema(
        request=OrganizationInputSerializer(partial=True),
        responses={200: OrganizationOutputSerializer, **WRITE_ERRORS},
        tags=["organizations"],
    )
    def partial_update(self, request, pk=None):
        organization = self.get_object()
        if not can_manage_organization(request.user, organization):
            _deny(_("This organization is outside your area."))
        serializer = OrganizationInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        new_area = serializer.validated_data.get("area")
        if new_area is not None and not can_manage_in_area(request.user, new_area):
            _deny(_("You can only move organizations inside your own area."))
        organization = services.organization_update(
            organization=organization, by=request.user, **serializer.validated_data
        )
        return self._output(organization)

    @extend_schema(responses={204: None, **WRITE_ERRORS}, tags=["organizations"])
    def destroy(self, request, pk=None):
        organization = self.get_object()
        if not can_manage_organization(request.user, organization):
            _deny(_("This organization is outside your area."))
        services.organization_delete(organization=organization, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        methods=["GET"],
        responses={200: MemberOutputSerializer(many=True), 403: ErrorSerializer, 404: ErrorSerializer},
        summary="The organization's organizers (its staff and its own organizers)",
        tags=["organizations"],
    )
    @extend_schema(
        methods=["POST"],
        request=MemberInputSerializer,
        responses={201: MemberOutputSerializer, **WRITE_ERRORS},
        summary="Make a registered person an organizer of the organization (by mobile number)",
        tags=["organizations"],
    )
    @action(detail=True, methods=["get", "post"], url_path="members", pagination_class=None, filterset_class=None)
    def members(self, request, pk=None):
        organization = self.get_object()
        if request.method == "GET":
            if not request.user.is_authenticated:
                raise exceptions.NotAuthenticated()
            if not can_view_members(request.user, organization):
                _deny(_("Only the area's staff and the organization's organizers see its members."))
            memberships = selectors.organization_members(organization=organization)
            return Response(MemberOutputSerializer(memberships, many=True, context={"request": request}).data)
        if not can_manage_organization(request.user, organization):
            _deny(_("This organization is outside your area."))
        serializer = MemberInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = User.objects.filter(phone=serializer.validated_data["phone"], is_active=True).first()
        if user is None:
            raise exceptions.ValidationError({"phone": [_("Nobody has signed up with this mobile number.")]})
        membership = services.membership_add(organization=organization, user=user, by=request.user)
        return Response(
            MemberOutputSerializer(membership, context={"request": request}).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        responses={204: None, **WRITE_ERRORS}, summary="End an organizer's membership", tags=["organizations"]
    )
    @action(detail=True, methods=["delete"], url_path=r"members/(?P<user_id>\d+)", filterset_class=None)
    def remove_member(self, request, pk=None, user_id=None):
        organization = self.get_object()
        if not can_manage_organization(request.user, organization):
            _deny(_("This organization is outside your area."))
        membership = get_object_or_404(organization.memberships, user_id=int(user_id))
        services.membership_remove(membership=membership, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    list=extend_schema(
        summary="Year-end resident population (staff: their area's subtree)",
        responses={
            200: PopulationOutputSerializer(many=True),
            400: ErrorSerializer,
            403: ErrorSerializer,
            404: ErrorSerializer,
        },
        tags=["population"],
    ),
    retrieve=extend_schema(
        responses={200: PopulationOutputSerializer, 403: ErrorSerializer, 404: ErrorSerializer}, tags=["population"]
    ),
)
class PopulationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = PopulationOutputSerializer
    filterset_class = PopulationFilter
    permission_classes = [IsAssociationStaff]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.population_list(user=self.request.user).order_by("-year", "area__path", "id")

    @extend_schema(
        request=PopulationInputSerializer,
        responses={201: PopulationOutputSerializer, **WRITE_ERRORS},
        tags=["population"],
    )
    def create(self, request):
        serializer = PopulationInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if not can_manage_in_area(request.user, serializer.validated_data["area"]):
            _deny(_("You can only record figures for areas inside your own."))
        population = services.population_create(by=request.user, **serializer.validated_data)
        return Response(PopulationOutputSerializer(population).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=PopulationInputSerializer(partial=True),
        responses={200: PopulationOutputSerializer, **WRITE_ERRORS},
        tags=["population"],
    )
    def partial_update(self, request, pk=None):
        population = self.get_object()
        serializer = PopulationInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        new_area = serializer.validated_data.get("area")
        if new_area is not None and not can_manage_in_area(request.user, new_area):
            _deny(_("You can only record figures for areas inside your own."))
        population = services.population_update(population=population, by=request.user, **serializer.validated_data)
        return Response(PopulationOutputSerializer(population).data)

    @extend_schema(responses={204: None, **WRITE_ERRORS}, tags=["population"])
    def destroy(self, request, pk=None):
        services.population_delete(population=self.get_object(), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _parsed_upload(self, request):
        serializer = PopulationImportInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            return parse_population(serializer.validated_data["file"].read(), user=request.user)
        except ImportFileError as exc:
            raise exceptions.ValidationError({"file": [str(exc)]}) from exc

    @extend_schema(
        request={"multipart/form-data": PopulationImportInputSerializer},
        responses={
            200: PopulationImportReportSerializer,
            400: OpenApiResponse(PopulationImportErrorSerializer, description="Nothing imported: the bad lines."),
            403: ErrorSerializer,
        },
        summary="Import figures from XLSX or CSV: all lines or none, with a report of bad lines",
        tags=["population"],
    )
    @action(
        detail=False,
        methods=["post"],
        url_path="import",
        parser_classes=[MultiPartParser, FormParser],
        filterset_class=None,
        pagination_class=None,
    )
    def import_csv(self, request):
        parsed = self._parsed_upload(request)
        if parsed.lines:
            return Response(
                PopulationImportErrorSerializer(
                    {
                        "detail": _bad_lines_detail(parsed),
                        "errors": _line_errors(parsed),
                        "lines": parsed.lines,
                        "problems": parsed.problems,
                    }
                ).data,
                status=status.HTTP_400_BAD_REQUEST,
            )
        if not parsed.rows:
            raise exceptions.ValidationError({"file": [_("The file has no figures to import.")]})
        counts = services.population_import(rows=parsed.rows, by=request.user)
        detail = _("Imported: %(created)d new, %(updated)d updated, %(unchanged)d unchanged.") % counts
        return Response(
            PopulationImportReportSerializer({"detail": detail, **counts, "skipped": parsed.skipped, "lines": []}).data
        )

    @extend_schema(
        request={"multipart/form-data": PopulationImportInputSerializer},
        responses={200: PopulationImportPreviewSerializer, 400: ErrorSerializer, 403: ErrorSerializer},
        summary="Check a file before importing it: every bad line explained, and what the good ones would change",
        tags=["population"],
    )
    @action(
        detail=False,
        methods=["post"],
        url_path="import/preview",
        parser_classes=[MultiPartParser, FormParser],
        filterset_class=None,
        pagination_class=None,
    )
    def import_preview(self, request):
        parsed = self._parsed_upload(request)
        rows = selectors.population_import_effects(rows=parsed.rows)
        counts = {
            effect: sum(1 for row in rows if row["effect"] == effect) for effect in ("created", "updated", "unchanged")
        }
        if parsed.lines:
            detail = _bad_lines_detail(parsed)
        elif not rows:
            detail = _("The file has no figures to import.")
        else:
            detail = _("Ready to import: %(created)d new, %(updated)d updated, %(unchanged)d unchanged.") % counts
        return Response(
            PopulationImportPreviewSerializer(
                {
                    "valid": bool(rows) and not parsed.lines,
                    "detail": detail,
                    **counts,
                    "skipped": parsed.skipped,
                    "lines": parsed.lines,
                    "problems": parsed.problems,
                    "rows": rows,
                }
            ).data
        )

    @extend_schema(
        parameters=[PopulationYearsQuerySerializer],
        responses={200: PopulationYearsRowSerializer(many=True), 400: ErrorSerializer, 403: ErrorSerializer},
        summary="Each area's own figures of the last years, to see which lack this year's",
        tags=["population"],
    )
    @action(detail=False, methods=["get"], url_path="years", filterset_class=None)
    def years(self, request):
        query = PopulationYearsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        params = query.validated_data
        year = params.get("year") or timezone.localdate().year
        within = params.get("within")
        if within is not None and not can_manage_in_area(request.user, within):
            raise Http404
        years = list(range(year - params["span"] + 1, year + 1))
        areas = selectors.population_year_areas(
            user=request.user, year=year, within=within, missing_only=params["missing"]
        )
        # Rows are areas that carry their figures for the page (attributes the output serializer reads).
        page: list[Any] = self.paginate_queryset(areas) or []
        figures = selectors.population_figures(areas=page, years=years)
        rows = []
        for area in page:
            area.figures = {str(y): getattr(figures.get((area.pk, y)), "residents", None) for y in years}
            area.population_ids = {str(y): getattr(figures.get((area.pk, y)), "pk", None) for y in years}
            area.missing = not area.has_figure
            rows.append(area)
        return self.get_paginated_response(PopulationYearsRowSerializer(rows, many=True).data)


def _bad_lines_detail(parsed) -> str:
    return ngettext(
        "%(count)d line has errors; nothing was imported.",
        "%(count)d lines have errors; nothing was imported.",
        len(parsed.lines),
    ) % {"count": len(parsed.lines)}


def _line_errors(parsed) -> dict[str, list[str]]:
    return {
        f"line {line['line']}: {column}": messages
        for line in parsed.lines
        for column, messages in line["errors"].items()
    }


@extend_schema(
    parameters=[TemplateQuerySerializer],
    responses={
        (200, XLSX_MEDIA_TYPE): OpenApiTypes.BINARY,
        (200, "text/csv"): OpenApiTypes.BINARY,
        400: ErrorSerializer,
        403: ErrorSerializer,
    },
    summary="A file to fill in: the staff member's areas with the year and the figures already recorded",
    tags=["population"],
)
class PopulationTemplateApi(FileDownloadMixin, APIView):
    permission_classes = [IsAssociationStaff]
    renderer_classes = FILE_RENDERERS

    def get(self, request):
        query = TemplateQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        content, filename = population_template(
            user=request.user, year=query.validated_data.get("year"), file_format=query.validated_data["format"]
        )
        return file_response(content, filename)
