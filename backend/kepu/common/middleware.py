"""Outages of PostgreSQL or Redis answer 503 with a clear message instead of a 500."""

import logging

from django.http import JsonResponse
from django.utils.translation import gettext as _

from kepu.common.errors import is_database_outage

logger = logging.getLogger(__name__)


def _redis_errors() -> tuple[type[BaseException], ...]:
    try:
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError
    except ImportError:  # pragma: no cover
        return ()
    return (RedisConnectionError, RedisTimeoutError)


REDIS_OUTAGE_ERRORS: tuple[type[BaseException], ...] = _redis_errors()


class ServiceUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, REDIS_OUTAGE_ERRORS) or is_database_outage(exception):
            logger.warning("service unavailable: %s", exception)
            response = JsonResponse(
                {"detail": _("A backing service is temporarily unavailable, please retry shortly.")},
                status=503,
            )
            response["Retry-After"] = "5"
            return response
        return None
