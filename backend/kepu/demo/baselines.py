"""Baseline views for ``scripts/loadtest.py``: the same pages without DRF, to measure our overhead against.

Mounted under ``/bench/`` by ``kepu.demo.bench_urls``, which only the benchmarks' settings use.
"""

from datetime import datetime

from django.conf import settings
from django.http import JsonResponse
from django.urls import path
from django.utils import timezone
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import APIView

from kepu.common.pagination import BoundedCountPaginator
from kepu.events.large_scale import is_large_scale
from kepu.events.lifecycle import sign_up_state
from kepu.events.permissions import PUBLIC_STATUSES, allowed_actions
from kepu.events.selectors import event_list, registration_waitlist_position


def plain_json(request):
    """A plain Django ``JsonResponse``: routing, middleware and JSON, nothing else."""
    return JsonResponse({"status": "ok"})


def _area(obj) -> dict:
    return {"id": obj.pk, "name": obj.name}


def _when(value: datetime | None) -> str | None:
    """A moment as the API writes it: ISO 8601 in the local time zone."""
    if value is None:
        return None
    text = timezone.localtime(value).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _page_link(request, number: int | None) -> str | None:
    if number is None:
        return None
    url = request.build_absolute_uri()
    return remove_query_param(url, "page") if number == 1 else replace_query_param(url, "page", number)


def plain_event_list(request):
    """The public event list page built by hand instead of by DRF: the same selector, paginator, domain
    rules and JSON, byte for byte (scripts/bench_event_list.py compares the two before timing them)."""
    try:
        page_size = min(int(request.GET.get("page_size", 20)), settings.KEPU["MAX_PAGE_SIZE"])
        number = int(request.GET.get("page", 1))
    except ValueError:
        return JsonResponse({"detail": "Invalid page."}, status=400)
    paginator = BoundedCountPaginator(event_list(user=request.user), page_size)
    paginator.limit = settings.KEPU["LIST_COUNT_LIMIT"]
    page = paginator.page(number)
    now = timezone.now()
    results = []
    for event in page:
        rows = getattr(event, "my_registrations", None)
        mine = rows[0] if rows else None
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
                "starts_at": _when(event.starts_at),
                "ends_at": _when(event.ends_at),
                "audiences": [audience.key for audience in event.audiences.all()],
                "registration_required": event.registration_required,
                "capacity": event.capacity,
                "max_companions": event.max_companions,
                "registration_opens_at": _when(event.registration_opens_at),
                "registration_closes_at": _when(event.registration_closes_at),
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
                "check_in_opens_minutes": event.check_in_opens_minutes,
                "check_in_closes_minutes": event.check_in_closes_minutes,
                "check_in_opens_at": _when(event.check_in_opens_at),
                "check_in_closes_at": _when(event.check_in_closes_at),
                "submitted_at": _when(event.submitted_at),
                "approved_at": _when(event.approved_at),
                "my_registration": mine
                and {
                    "id": mine.pk,
                    "status": mine.status,
                    "position": registration_waitlist_position(registration=mine),
                    "companions": mine.companions,
                },
                "is_public": event.status in PUBLIC_STATUSES,
                "sign_up": sign_up_state(event, now=now),
                "allowed_actions": allowed_actions(request.user, event, now=now),
            }
        )
    return JsonResponse(
        {
            "count": paginator.count,
            "next": _page_link(request, page.next_page_number() if page.has_next() else None),
            "previous": _page_link(request, page.previous_page_number() if page.has_previous() else None),
            "results": results,
            "count_exact": paginator.count_exact,
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
