"""Statistics endpoints: thin views over the selectors; staff only, scoped to the staff member's subtree."""

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.accounts.policies import is_association_staff
from kepu.common.files import ViewMixinBase

from . import reports, selectors
from .filters import StatsQuerySerializer, local_today, parse_stats_filter
from .labels import language_of
from .per_capita import per_capita_funding, scorecard
from .serializers import (
    AnnualQuerySerializer,
    AnnualReportSerializer,
    BreakdownQuerySerializer,
    BreakdownSerializer,
    ExportQuerySerializer,
    PerCapitaSerializer,
    PublicSummarySerializer,
    ScorecardSerializer,
    SummarySerializer,
    TimeseriesSerializer,
)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PUBLIC_CACHE_SECONDS = 300


class IsStaff(BasePermission):
    def has_permission(self, request, view) -> bool:
        return is_association_staff(request.user)


class AggregateSessionMixin(ViewMixinBase):
    def dispatch(self, request, *args, **kwargs):
        with selectors.aggregate_session():
            return super().dispatch(request, *args, **kwargs)


class StaffStatsView(AggregateSessionMixin, APIView):
    permission_classes = [IsStaff]


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class XLSXRenderer(BaseRenderer):
    media_type = XLSX_TYPE
    format = "xlsx"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class FileExportView(StaffStatsView):
    """Files on success, the usual JSON error shape otherwise (an unknown ``format`` is a 400, not a 404)."""

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except (Http404, exceptions.NotFound) as exc:
            raise exceptions.ValidationError({"format": [_("Unknown format.")]}) from exc

    def handle_exception(self, exc):
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


def file_response(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class SummaryApi(StaffStatsView):
    @extend_schema(parameters=[StatsQuerySerializer], responses={200: SummarySerializer})
    def get(self, request):
        f = parse_stats_filter(request)
        return Response(selectors.stats_summary(f, language_of(request)))


class TimeseriesApi(StaffStatsView):
    @extend_schema(parameters=[StatsQuerySerializer], responses={200: TimeseriesSerializer})
    def get(self, request):
        f = parse_stats_filter(request)
        return Response(selectors.stats_timeseries(f))


class BreakdownApi(StaffStatsView):
    @extend_schema(parameters=[StatsQuerySerializer, BreakdownQuerySerializer], responses={200: BreakdownSerializer})
    def get(self, request):
        by = BreakdownQuerySerializer(data=request.query_params)
        by.is_valid(raise_exception=True)
        f = parse_stats_filter(request)
        dimension = by.validated_data["by"]
        rows = selectors.stats_breakdown(f, dimension, language_of(request))
        return Response({"period": selectors.period_info(f), "by": dimension, "rows": rows})


class PerCapitaApi(StaffStatsView):
    @extend_schema(
        parameters=[StatsQuerySerializer],
        responses={200: PerCapitaSerializer},
        description=(
            "Funding raised in the year over year-end resident population, for the area and each of its direct "
            "children; uses only `year` and `area`. An area's population is its own figure for the year if "
            "recorded, else the sum of its children's (resolved the same way), so a subdistrict's figure and its "
            "communities' figures are never added together. Missing figures are listed in `missing_population` "
            "and the figures that need them are null."
        ),
    )
    def get(self, request):
        f = parse_stats_filter(request, whole_year=True)
        if f.root is None:
            raise exceptions.ValidationError({"area": [_("Choose an area.")]})
        return Response(per_capita_funding(f))


class ScorecardApi(StaffStatsView):
    @extend_schema(
        parameters=[StatsQuerySerializer],
        responses={200: ScorecardSerializer},
        description=(
            "Each community or village of the area against the demonstration-community rules of "
            "settings.KEPU['SCORECARD'] for `year`. Participation is attendance person-times over year-end "
            "population (walk-ins are counted but never named, so person-times is what every community has)."
        ),
    )
    def get(self, request):
        f = parse_stats_filter(request, whole_year=True)
        if f.root is None:
            raise exceptions.ValidationError({"area": [_("Choose an area.")]})
        return Response(scorecard(f))


class PublicSummaryApi(AggregateSessionMixin, APIView):
    """Home-page figures of the current year, district-wide: no personal data, cached for a few minutes."""

    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(responses={200: PublicSummarySerializer})
    def get(self, request):
        year = local_today().year
        key = f"stats:public:{year}"
        data = cache.get(key)
        if data is None:
            data = selectors.public_summary(year)
            cache.set(key, data, PUBLIC_CACHE_SECONDS)
        return Response(data)


class ExportApi(FileExportView):
    renderer_classes = [CSVRenderer, XLSXRenderer, JSONRenderer]

    @extend_schema(
        parameters=[StatsQuerySerializer, ExportQuerySerializer],
        responses={(200, "text/csv"): OpenApiTypes.BINARY, (200, XLSX_TYPE): OpenApiTypes.BINARY},
    )
    def get(self, request):
        fmt = ExportQuerySerializer(data=request.query_params)
        fmt.is_valid(raise_exception=True)
        f = parse_stats_filter(request)
        language = language_of(request)
        tables = reports.export_tables(f, language)
        if fmt.validated_data["format"] == "xlsx":
            return file_response(reports.render_xlsx(tables, language), XLSX_TYPE, reports.export_filename(f, "xlsx"))
        return file_response(reports.render_csv(tables), "text/csv; charset=utf-8", reports.export_filename(f, "csv"))


class AnnualReportApi(FileExportView):
    renderer_classes = [JSONRenderer, XLSXRenderer]

    @extend_schema(
        parameters=[AnnualQuerySerializer, OpenApiParameter("year", int, OpenApiParameter.PATH)],
        responses={
            (200, "application/json"): AnnualReportSerializer,
            (200, XLSX_TYPE): OpenApiResponse(OpenApiTypes.BINARY),
        },
    )
    def get(self, request, year: int):
        query = AnnualQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        if not 2000 <= year <= 2100:
            raise exceptions.ValidationError({"year": [_("Choose a year between 2000 and 2100.")]})
        f = parse_stats_filter(request, year=year)
        language = language_of(request)
        report = reports.annual_report(f, language)
        if query.validated_data["format"] == "xlsx":
            return file_response(reports.annual_xlsx(report, language), XLSX_TYPE, f"kepu-annual-{year}.xlsx")
        return Response(report)
