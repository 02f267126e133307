"""Statistics endpoints: thin views over the selectors; staff only, scoped to the staff member's subtree."""

from django.core.cache import cache
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.accounts.policies import is_association_staff
from kepu.common import spreadsheets
from kepu.common.files import (
    MEDIA_TYPES,
    CSVRenderer,
    FileDownloadMixin,
    PDFRenderer,
    ViewMixinBase,
    XLSXRenderer,
    file_response,
)

from . import exports, selectors
from .annual import annual_report
from .audiences import overlapping_columns
from .filters import STATS_PARAMETERS, StatsQuerySerializer, local_today, parse_stats_filter
from .labels import language_of
from .pdf import write_pdf
from .per_capita import per_capita_funding, scorecard
from .serializers import (
    AnnualQuerySerializer,
    AnnualReportSerializer,
    AnnualTablesQuerySerializer,
    AnnualTablesSerializer,
    BreakdownQuerySerializer,
    BreakdownSerializer,
    ExportQuerySerializer,
    PerCapitaSerializer,
    PublicSummarySerializer,
    ScorecardSerializer,
    SummarySerializer,
    TimeseriesSerializer,
)

PUBLIC_CACHE_SECONDS = 300
# Per-capita figures and the scorecard are yearly and for whole areas: of the shared parameters they use these.
YEARLY_PARAMETERS = ("year", "area")
ANNUAL_PARAMETERS = ("year", "area", "provisional", "format")
ANNUAL_TABLE_PARAMETERS = ("year", "area", "provisional")


class IsStaff(BasePermission):
    def has_permission(self, request, view) -> bool:
        return is_association_staff(request.user)


class AggregateSessionMixin(ViewMixinBase):
    def dispatch(self, request, *args, **kwargs):
        with selectors.aggregate_session():
            return super().dispatch(request, *args, **kwargs)


class StaffStatsView(AggregateSessionMixin, APIView):
    permission_classes = [IsStaff]


class FileExportView(FileDownloadMixin, StaffStatsView):
    """Files on success, the usual JSON error shape otherwise (an unknown ``format`` is a 400, not a 404)."""


def ignored_parameters(request) -> list[str]:
    """Shared parameters a yearly, whole-area endpoint received but does not use: said, not silently dropped."""
    return sorted(k for k in request.query_params if k in STATS_PARAMETERS and k not in YEARLY_PARAMETERS)


class SummaryApi(StaffStatsView):
    @extend_schema(parameters=[StatsQuerySerializer], responses={200: SummarySerializer})
    def get(self, request):
        f = parse_stats_filter(request)
        return Response(selectors.stats_summary(f, language_of(request)))


class TimeseriesApi(StaffStatsView):
    @extend_schema(parameters=[StatsQuerySerializer], responses={200: TimeseriesSerializer})
    def get(self, request):
        f = parse_stats_filter(request)
        return Response(selectors.stats_timeseries(f, language_of(request)))


class BreakdownApi(StaffStatsView):
    @extend_schema(parameters=[StatsQuerySerializer, BreakdownQuerySerializer], responses={200: BreakdownSerializer})
    def get(self, request):
        f = parse_stats_filter(request, extra=("by",))
        by = BreakdownQuerySerializer(data=request.query_params)
        by.is_valid(raise_exception=True)
        dimension = by.validated_data["by"]
        language = language_of(request)
        rows = selectors.stats_breakdown(f, dimension, language)
        return Response(
            {
                "period": selectors.period_info(f, language),
                "by": dimension,
                "rows": rows,
                "overlapping": overlapping_columns(dimension),
            }
        )


class PerCapitaApi(StaffStatsView):
    @extend_schema(
        parameters=[StatsQuerySerializer],
        responses={200: PerCapitaSerializer},
        description=(
            "Funding raised in the year over year-end resident population, for the area and each of its direct "
            "children; uses only `year` and `area` (other shared parameters are listed in `ignored_parameters`). "
            "An area's population is its own figure for the year if recorded, else the sum of its children's "
            "(resolved the same way), so a subdistrict's figure and its communities' figures are never added "
            "together. During the year, a population not recorded yet is replaced by the latest earlier one on "
            "record (`population_year`, `population_basis` = `latest_known`). Missing figures are listed in "
            "`missing_population` and the figures that need them are null."
        ),
    )
    def get(self, request):
        f = parse_stats_filter(request, whole_year=True)
        if f.root is None:
            raise exceptions.ValidationError({"area": [_("Choose an area.")]})
        return Response({**per_capita_funding(f), "ignored_parameters": ignored_parameters(request)})


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
        return Response({**scorecard(f), "ignored_parameters": ignored_parameters(request)})


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
        responses={(200, CSVRenderer.media_type): OpenApiTypes.BINARY, (200, MEDIA_TYPES["xlsx"]): OpenApiTypes.BINARY},
        description=(
            "Every figure of the dashboard as one file: a header block (area, period, slice, official or "
            "provisional, what the money covers, when generated), the summary, per-capita funding and the "
            "scorecard (whole areas only), the months and every breakdown. The file name names the same."
        ),
    )
    def get(self, request):
        f = parse_stats_filter(request, extra=("format",))
        fmt = ExportQuerySerializer(data=request.query_params)
        fmt.is_valid(raise_exception=True)
        document = exports.stats_document(f, language_of(request))
        if fmt.validated_data["format"] == "xlsx":
            return file_response(spreadsheets.write_xlsx(document), exports.stats_filename(f, "xlsx"))
        return file_response(spreadsheets.write_csv(document), exports.stats_filename(f, "csv"))


def check_return_year(request, year: int) -> None:
    if not 2000 <= year <= 2100:
        raise exceptions.ValidationError({"year": [_("Choose a year between 2000 and 2100.")]})
    if request.query_params.get("year", str(year)) != str(year):
        raise exceptions.ValidationError({"year": [_("The year is given in the path; leave it out or repeat it.")]})


class AnnualReportApi(FileExportView):
    renderer_classes = [JSONRenderer, XLSXRenderer, PDFRenderer, CSVRenderer]

    @extend_schema(
        parameters=[AnnualQuerySerializer, OpenApiParameter("year", int, OpenApiParameter.PATH)],
        responses={
            (200, "application/json"): AnnualReportSerializer,
            (200, MEDIA_TYPES["xlsx"]): OpenApiResponse(OpenApiTypes.BINARY),
            (200, MEDIA_TYPES["pdf"]): OpenApiResponse(OpenApiTypes.BINARY),
            (200, CSVRenderer.media_type): OpenApiResponse(OpenApiTypes.BINARY),
        },
        description=(
            "The yearly return of an area, line by line as the national survey's tables; official unless "
            "`provisional=true`. As JSON, XLSX, CSV or a print-ready PDF (Chinese text, area, year, official "
            "or provisional and page numbers on every page)."
        ),
    )
    def get(self, request, year: int):
        check_return_year(request, year)
        f = parse_stats_filter(request, year=year, allowed=ANNUAL_PARAMETERS)
        query = AnnualQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        language = language_of(request)
        report = annual_report(f, language)
        fmt = query.validated_data["format"]
        if fmt == "json":
            return Response(report)
        document = exports.annual_document(report, language)
        if fmt == "xlsx":
            content = spreadsheets.write_xlsx(document)
        elif fmt == "pdf":
            content = write_pdf(document, language)
        else:
            content = spreadsheets.write_csv(document)
        return file_response(content, exports.annual_filename(f, fmt))


class AnnualReportTablesApi(StaffStatsView):
    """The yearly return for the screen: the tables of its files, so the screen, XLSX, CSV and PDF agree."""

    @extend_schema(
        parameters=[AnnualTablesQuerySerializer, OpenApiParameter("year", int, OpenApiParameter.PATH)],
        responses={200: AnnualTablesSerializer},
        description=(
            "The tables of the yearly return's files, in the survey's order (personnel, venues and sites, "
            "funding, materials, activities), titled, headed and labelled in the caller's language."
        ),
    )
    def get(self, request, year: int):
        check_return_year(request, year)
        f = parse_stats_filter(request, year=year, allowed=ANNUAL_TABLE_PARAMETERS)
        AnnualTablesQuerySerializer(data=request.query_params).is_valid(raise_exception=True)
        language = language_of(request)
        return Response(exports.document_json(exports.annual_document(annual_report(f, language), language)))
