from django.shortcuts import get_object_or_404
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from kepu.accounts.policies import acting_user
from kepu.accounts.serializers import ErrorSerializer
from kepu.common.files import FILE_RENDERERS, FileDownloadMixin, file_response
from kepu.common.schema import list_and_detail_schema
from kepu.common.tabular import XLSX_MEDIA_TYPE, TableFileError
from kepu.common.uploads import upload_response

from . import services
from .filters import FundingFilter, TargetFilter
from .imports import funding_file, funding_import_effects, parse_funding
from .permissions import StaffOnly, can_manage_funding
from .selectors import funding_list, funding_totals, target_list, target_progress
from .serializers import (
    FundingAttachmentInputSerializer,
    FundingAttachmentSerializer,
    FundingExportQuerySerializer,
    FundingImportErrorSerializer,
    FundingImportInputSerializer,
    FundingImportPreviewSerializer,
    FundingImportReportSerializer,
    FundingInputSerializer,
    FundingRecordSerializer,
    FundingTotalsSerializer,
    TargetInputSerializer,
    TargetProgressSerializer,
    TargetSerializer,
)


def _check_area(user, values: dict) -> None:
    area = values.get("area")
    if area is not None and not can_manage_funding(user, area):
        raise ValidationError({"area": [_("This area is outside the areas you look after.")]})
    event = values.get("event")
    if event is not None and not can_manage_funding(user, event.area):
        raise ValidationError({"event": [_("This event is outside the areas you look after.")]})


@list_and_detail_schema(
    output=FundingRecordSerializer,
    tag="funding",
    summary="Funding records of the caller's area and everything under it",
)
class FundingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
    subtree is a 404; an area or event outside it in the input, a 400 on that field."""

    serializer_class = FundingRecordSerializer
    permission_classes = [StaffOnly]
    filterset_class = FundingFilter
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return funding_list(user=self.request.user)

    @extend_schema(request=FundingInputSerializer, responses={201: FundingRecordSerializer}, tags=["funding"])
    def create(self, request):
        data = FundingInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        record = services.funding_create(by=request.user, **data.validated_data)
        return Response(FundingRecordSerializer(record).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=FundingInputSerializer(partial=True),
        responses={200: FundingRecordSerializer},
        tags=["funding"],
    )
    def partial_update(self, request, pk=None):
        record = self.get_object()
        data = FundingInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        record = services.funding_update(record=record, by=request.user, **data.validated_data)
        return Response(FundingRecordSerializer(record).data)

    @extend_schema(responses={204: None}, tags=["funding"])
    def destroy(self, request, pk=None):
        services.funding_delete(record=self.get_object(), by=acting_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        responses={200: FundingTotalsSerializer, 400: ErrorSerializer, 403: ErrorSerializer},
        summary="Totals of the filtered records: raised by source, special funds, spent by category",
        filters=True,
    )
    @action(detail=False, methods=["get"], url_path="totals", pagination_class=None)
    def totals(self, request):
        return Response(FundingTotalsSerializer(funding_totals(self.filter_queryset(self.get_queryset()))).data)

    def _parsed_upload(self, request):
        serializer = FundingImportInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            return parse_funding(serializer.validated_data["file"].read(), user=request.user)
        except TableFileError as exc:
            raise ValidationError({"file": [str(exc)]}) from exc

    @extend_schema(
        request={"multipart/form-data": FundingImportInputSerializer},
        responses={200: FundingImportPreviewSerializer, 400: ErrorSerializer, 403: ErrorSerializer},
        summary="Check a funding spreadsheet before importing it: every bad line explained",
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
        rows = funding_import_effects(parsed.rows)
        counts = {key: sum(1 for row in rows if row["effect"] == key) for key in ("created", "updated", "unchanged")}
        if parsed.lines:
            detail = _bad_lines(parsed)
        elif not rows:
            detail = _("The file has no records to import.")
        else:
            detail = _("Ready to import: %(created)d new, %(updated)d updated, %(unchanged)d unchanged.") % counts
        body = {
            "valid": bool(rows) and not parsed.lines,
            "detail": detail,
            **counts,
            "lines": parsed.lines,
            "problems": parsed.problems,
            "rows": rows,
        }
        return Response(FundingImportPreviewSerializer(body).data)

    @extend_schema(
        request={"multipart/form-data": FundingImportInputSerializer},
        responses={
            200: FundingImportReportSerializer,
            400: OpenApiResponse(FundingImportErrorSerializer, description="Nothing imported: the bad lines."),
            403: ErrorSerializer,
        },
        summary="Import funding records from XLSX or CSV: all lines or none",
    )
    @action(
        detail=False,
        methods=["post"],
        url_path="import",
        parser_classes=[MultiPartParser, FormParser],
        filterset_class=None,
        pagination_class=None,
    )
    def import_file(self, request):
        parsed = self._parsed_upload(request)
        if parsed.lines:
            errors = {
                f"line {line['line']}: {column}": messages
                for line in parsed.lines
                for column, messages in line["errors"].items()
            }
            body = {"detail": _bad_lines(parsed), "errors": errors, "lines": parsed.lines, "problems": parsed.problems}
            return Response(FundingImportErrorSerializer(body).data, status=status.HTTP_400_BAD_REQUEST)
        if not parsed.rows:
            raise ValidationError({"file": [_("The file has no records to import.")]})
        counts = services.funding_import(rows=parsed.rows, by=request.user)
        detail = _("Imported: %(created)d new, %(updated)d updated, %(unchanged)d unchanged.") % counts
        return Response(FundingImportReportSerializer({"detail": detail, **counts}).data)

    @extend_schema(
        request={"multipart/form-data": FundingAttachmentInputSerializer},
        responses={201: FundingAttachmentSerializer, 400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer},
        summary="Attach the approving document (PDF or scan) to a funding record",
    )
    @action(
        detail=True,
        methods=["post"],
        url_path="attachments",
        parser_classes=[MultiPartParser, FormParser],
        filterset_class=None,
        pagination_class=None,
    )
    def attachments(self, request, pk=None):
        record = get_object_or_404(self.get_queryset(), pk=pk)
        serializer = FundingAttachmentInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        attachment = services.funding_attachment_add(
            record=record, upload=serializer.validated_data["file"], by=request.user
        )
        return Response(FundingAttachmentSerializer(attachment).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        methods=["GET"],
        responses={(200, "application/octet-stream"): OpenApiTypes.BINARY, 404: ErrorSerializer},
        summary="Download an attachment",
    )
    @extend_schema(methods=["DELETE"], responses={204: None, 403: ErrorSerializer, 404: ErrorSerializer})
    @action(
        detail=True,
        methods=["get", "delete"],
        url_path=r"attachments/(?P<attachment_id>\d+)",
        filterset_class=None,
        pagination_class=None,
    )
    def attachment(self, request, pk=None, attachment_id=None):
        record = get_object_or_404(self.get_queryset(), pk=pk)
        attachment = get_object_or_404(record.attachments.all(), pk=int(attachment_id))
        if request.method == "DELETE":
            services.funding_attachment_remove(attachment=attachment, by=request.user)
            return Response(status=status.HTTP_204_NO_CONTENT)
        return upload_response(attachment.file.open("rb"), stored_name=attachment.file.name, label=attachment.name)


@list_and_detail_schema(
    output=TargetSerializer, tag="targets", summary="Yearly targets of the caller's area and everything under it"
)
class TargetViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan)."""

    serializer_class = TargetSerializer
    permission_classes = [StaffOnly]
    filterset_class = TargetFilter
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return target_list(user=self.request.user)

    @extend_schema(request=TargetInputSerializer, responses={201: TargetSerializer}, tags=["targets"])
    def create(self, request):
        data = TargetInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        target = services.target_create(by=request.user, **data.validated_data)
        return Response(TargetSerializer(target).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=TargetInputSerializer(partial=True), responses={200: TargetSerializer}, tags=["targets"])
    def partial_update(self, request, pk=None):
        target = self.get_object()
        data = TargetInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        target = services.target_update(target=target, by=request.user, **data.validated_data)
        return Response(TargetSerializer(target).data)

    @extend_schema(responses={204: None}, tags=["targets"])
    def destroy(self, request, pk=None):
        services.target_delete(target=self.get_object(), by=acting_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        responses={200: TargetProgressSerializer(many=True), 400: ErrorSerializer, 403: ErrorSerializer},
        summary="Targets with their progress: events, person-times, materials and per-capita funding",
    )
    @action(detail=False, methods=["get"], url_path="progress")
    def progress(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset())) or []
        figures = target_progress(targets=page)
        data = TargetProgressSerializer(page, many=True, context={"progress": figures}).data
        return self.get_paginated_response(data)


def _bad_lines(parsed) -> str:
    return ngettext(
        "%(count)d line has errors; nothing was imported.",
        "%(count)d lines have errors; nothing was imported.",
        len(parsed.lines),
    ) % {"count": len(parsed.lines)}


class FundingExportApi(FileDownloadMixin, generics.ListAPIView):
    """The filtered records as a spreadsheet, ready to edit and import again."""

    permission_classes = [StaffOnly]
    renderer_classes = FILE_RENDERERS
    filterset_class = FundingFilter
    pagination_class = None
    serializer_class = FundingExportQuerySerializer

    def get_queryset(self):
        return funding_list(user=self.request.user)

    @extend_schema(
        parameters=[FundingExportQuerySerializer],
        responses={
            (200, XLSX_MEDIA_TYPE): OpenApiTypes.BINARY,
            (200, "text/csv"): OpenApiTypes.BINARY,
            400: ErrorSerializer,
            403: ErrorSerializer,
        },
        summary="Export the filtered funding records (XLSX or CSV)",
        filters=True,
        tags=["funding"],
    )
    def get(self, request, *args, **kwargs):
        query = FundingExportQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        content, filename = funding_file(
            self.filter_queryset(self.get_queryset()),
            language=get_language() or "zh-hans",
            file_format=query.validated_data["format"],
        )
        return file_response(content, filename)
