from django.conf import settings
from django.http import FileResponse, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.csrf import csrf_exempt, ensure_csrf_cookie
from django.views.decorators.http import require_safe


@require_safe
@ensure_csrf_cookie
def spa_index(request, *args, **kwargs):
    """The single-page app's entry; it routes on the client, so every non-API path lands here."""
    index = settings.FRONTEND_DIST / "index.html"
    if not index.exists():
        return HttpResponse(
            _("The web app has not been built yet: run `make frontend`."), status=503, content_type="text/plain"
        )
    return FileResponse(index.open("rb"), content_type="text/html; charset=utf-8")


@csrf_exempt
def api_not_found(request, *args, **kwargs):
    """Unknown API paths answer in the API's error shape, not with an HTML page."""
    return JsonResponse({"detail": _("Not found.")}, status=404, json_dumps_params={"ensure_ascii": False})


def csrf_failure(request, reason=""):
    """API clients get the API's error shape; the admin keeps Django's page."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": _("CSRF check failed: reload the page and try again.")},
            status=403,
            json_dumps_params={"ensure_ascii": False},
        )
    return django_csrf_failure(request, reason=reason)


def server_error(request, *args, **kwargs):
    """An unexpected error: said plainly, in the API's shape for API clients; the traceback is logged."""
    message = _("Something went wrong on our side and it has been logged. If it happens again, please tell us.")
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=500, json_dumps_params={"ensure_ascii": False})
    return HttpResponse(message, status=500, content_type="text/plain; charset=utf-8")
