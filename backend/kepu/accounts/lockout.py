"""django-axes hooks (``AXES_USERNAME_CALLABLE``, ``AXES_LOCKOUT_CALLABLE``): one lockout per account,
whichever form the sign-in came through, answered in the API's error shape."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from rest_framework import status

from .models import normalize_phone
from .services import lockout_message


def axes_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The account an attempt is for: ``phone`` from our API, ``username`` from Django admin's form
    (which names the phone field so). Without this, admin attempts would carry no account and never
    lock anything."""
    for source in (credentials or {}, getattr(request, "POST", {})):
        for key in ("phone", "username"):
            value = source.get(key)
            if value:
                return normalize_phone(str(value))[:64]
    return None


def axes_lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """Our API views already answered 429 in the API's error shape, so their response stands; any other
    sign-in form (Django admin) gets the same message."""
    if original_response is not None and original_response.status_code == status.HTTP_429_TOO_MANY_REQUESTS:
        return original_response
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": lockout_message()}, status=status.HTTP_429_TOO_MANY_REQUESTS)
    return HttpResponse(
        lockout_message(), status=status.HTTP_429_TOO_MANY_REQUESTS, content_type="text/plain; charset=utf-8"
    )
