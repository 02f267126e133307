"""Errors gunicorn answers by itself, before Django sees the request (a request line over 4 KB, headers
too large, a malformed request): in the API's JSON error shape instead of gunicorn's HTML page.

gunicorn writes those answers with ``gunicorn.util.write_error``; ``config/gunicorn.py`` puts
``write_json_error`` in its place when the server starts, so every worker inherits it.
"""

import json

from django.utils.translation import gettext_noop
from gunicorn import util

MESSAGES = {
    414: gettext_noop("The request line is too long."),
    431: gettext_noop("The request headers are too large."),
    403: gettext_noop("Forbidden."),
    500: gettext_noop("Server error."),
    501: gettext_noop("This transfer coding is not supported."),
}
MALFORMED = gettext_noop("The request is malformed.")


def _detail(status: int) -> str:
    # Django is loaded in the worker by the time a request arrives; the answer is in the site's language.
    from django.conf import settings
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override(settings.LANGUAGE_CODE):
        return gettext(MESSAGES.get(status, MALFORMED))


def write_json_error(sock, status_int: int, reason: str, mesg: str) -> None:
    try:
        detail = _detail(status_int)
    except Exception:
        detail = reason
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/json\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode("latin-1")
    util.write_nonblock(sock, head + body)


def install() -> None:
    util.write_error = write_json_error
