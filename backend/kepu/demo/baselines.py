"""Baseline views for ``scripts/loadtest.py``: the same pages without DRF, to measure our overhead against.

Mounted under ``/bench/`` by ``kepu.demo.bench_urls``, which only the benchmarks' settings use.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.urls import path
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.events.large_scale import is_large_scale
from kepu.events.selectors import event_list


def plain_json(request):
    """A plain Django ``JsonResponse``: routing, middleware and JSON, nothing else."""
    return JsonResponse({"status": "ok"})


def _area(obj) -> dict:
    return {"id": obj.pk, "name": obj.name}


def plain_event_list(request):
    """The public event list page (same selector, same fields, same paging) built by hand instead of by DRF."""
    try:
        page_size = min(int(request.GET.get("page_size", 20)), settings.KEPU["MAX_PAGE_SIZE"])
        number = int(request.GET.get("page", 1))
    except ValueError:
        return JsonResponse({"detail": "Invalid page."}, status=400)
    page = Paginator(event_list(user=request.user), page_size).get_page(number)
    results = []
    for event in page:
        rows = getattr(event, "my_registrations", None)
        results.append(
            {
                "id": event.pk,
                "title": event.title,
                "description": event.description,
                "activity_type": event.activity_type,
                "setting": event.setting,
                "mode": event.mode,
                "campaign": event.campaign,
                "area": _area(event.area),
                "organization": _area(event.organization),
                "address": event.address,
                "online_url": event.online_url,
                "starts_at": event.starts_at.isoformat(),
                "ends_at": event.ends_at.isoformat(),
                "audiences": [audience.key for audience in event.audiences.all()],
                "registration_required": event.registration_required,
                "capacity": event.capacity,
                "max_companions": event.max_companions,
                "registration_opens_at": event.registration_opens_at and event.registration_opens_at.isoformat(),
                "registration_closes_at": event.registration_closes_at and event.registration_closes_at.isoformat(),
                "seats_left": event.seats_left,
                "confirmed_count": getattr(event, "confirmed_count", 0) or 0,
                "waitlist_count": getattr(event, "waitlist_count", 0) or 0,
                "is_large_scale": is_large_scale(
                    marked=event.marked_large_scale, attendance=getattr(event, "reported_attendance", None)
                ),
                "marked_large_scale": event.marked_large_scale,
                "status": event.status,
                "status_reason": event.status_reason,
                "logged_afterwards": event.logged_afterwards,
                "planned_budget": None if event.planned_budget is None else str(event.planned_budget),
                "reminder_hours": event.reminder_hours,
                "submitted_at": event.submitted_at and event.submitted_at.isoformat(),
                "approved_at": event.approved_at and event.approved_at.isoformat(),
                "my_registration": {"id": rows[0].pk, "status": rows[0].status} if rows else None,
            }
        )
    return JsonResponse(
        {
            "count": page.paginator.count,
            "next": None,
            "previous": None,
            "results": results,
        },
        json_dumps_params={"ensure_ascii": False},
    )


class TrivialPost(APIView):
    """An authenticated POST that does nothing: authentication, parsing, routing and JSON, no work."""

    permission_classes = [IsAuthenticated]

    def post(self, request):
        return Response({"ok": True}, status=201)


urlpatterns = [
    path("json/", plain_json, name="bench-json"),
    path("post/", TrivialPost.as_view(), name="bench-post"),
    path("events/", plain_event_list, name="bench-events"),
]
