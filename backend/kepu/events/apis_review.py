"""The staff review queues: events waiting for approval and post-event reports waiting for review.

Both are limited to the reviewer's own area subtree (never the public scope of the event list) and
take batches: a batch is decided all or none.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, serializers
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.accounts.policies import is_association_staff
from kepu.accounts.serializers import ErrorSerializer
from kepu.common.pagination import BoundedCountPagination

from . import selectors, services
from .filters import ReportQueueFilter, ReviewQueueFilter
from .serializers import BatchInputSerializer, BatchOutputSerializer, EventOutputSerializer, ReportQueueItemSerializer

BATCH_ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 409: ErrorSerializer}


class IsReviewer(BasePermission):
    message = _("Only association staff review events and reports.")

    def has_permission(self, request, view) -> bool:
        return is_association_staff(request.user)


def _queued(queryset, ids: list[int]) -> list:
    """The events of ``ids`` found in the queue; any other id is a field error naming it."""
    found = list(queryset.filter(pk__in=ids))
    missing = sorted(set(ids) - {event.pk for event in found})
    if missing:
        raise serializers.ValidationError(
            {
                "events": [
                    _("Not waiting in your queue: %(ids)s.") % {"ids": ", ".join(f"#{pk}" for pk in missing)},
                ]
            }
        )
    return found


@extend_schema_view(
    get=extend_schema(
        tags=["review"],
        operation_id="events_approval_queue",
        summary="Events waiting for approval in the reviewer's area, longest waiting first",
    )
)
class ApprovalQueueApi(generics.ListAPIView):
    serializer_class = EventOutputSerializer
    filterset_class = ReviewQueueFilter
    permission_classes = [IsReviewer]
    pagination_class = BoundedCountPagination

    def get_queryset(self):
        return selectors.approval_queue(user=self.request.user)


class ApprovalBatchApi(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        tags=["review"],
        operation_id="events_approve_batch",
        summary="Approve several submitted events at once (all or none)",
        request=BatchInputSerializer,
        responses={200: BatchOutputSerializer, **BATCH_ERRORS},
    )
    def post(self, request):
        data = BatchInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        queue = selectors.approval_queue(user=request.user)
        events = services.event_approve_batch(events=_queued(queue, data.validated_data["events"]), by=request.user)
        detail = ngettext("%(count)d event approved.", "%(count)d events approved.", len(events)) % {
            "count": len(events)
        }
        return Response({"detail": detail, "events": [event.pk for event in events]})


@extend_schema_view(
    get=extend_schema(
        tags=["review"],
        operation_id="events_report_queue",
        summary="Post-event reports in the reviewer's area (waiting for review unless `status` says otherwise)",
    )
)
class ReportQueueApi(generics.ListAPIView):
    serializer_class = ReportQueueItemSerializer
    filterset_class = ReportQueueFilter
    permission_classes = [IsReviewer]

    def get_queryset(self):
        return selectors.report_review_queue(user=self.request.user)


class ReportBatchAcceptApi(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        tags=["review"],
        operation_id="events_report_accept_batch",
        summary="Accept several post-event reports at once (all or none)",
        request=BatchInputSerializer,
        responses={200: BatchOutputSerializer, **BATCH_ERRORS},
    )
    def post(self, request):
        data = BatchInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        queue = selectors.report_review_queue(user=request.user)
        reports = services.report_accept_batch(events=_queued(queue, data.validated_data["events"]), by=request.user)
        detail = ngettext("%(count)d report accepted.", "%(count)d reports accepted.", len(reports)) % {
            "count": len(reports)
        }
        return Response({"detail": detail, "events": [report.event_id for report in reports]})
