"""One error shape for the whole API: ``{"detail": str, "errors": {field: [messages]}}``."""

import re

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state."
    default_code = "conflict"


class ServiceBusy(exceptions.APIException):
    """The database could not give us the lock in time; safe to retry."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "busy"

    def __init__(self, detail=None):
        super().__init__(detail or _("The service is busy, please retry in a moment."))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    """Messages may quote the input (``"x" is not a valid choice``): a lone surrogate there would make
    the response itself unencodable, so it becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _flatten(data, prefix=""):
    errors: dict[str, list[str]] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            name = f"{prefix}.{key}" if prefix else _encodable(str(key))
            errors.update(_flatten(value, name))
    elif isinstance(data, list) and data and all(not isinstance(v, (dict, list)) for v in data):
        errors[prefix or "non_field_errors"] = [_encodable(str(v)) for v in data]
    elif isinstance(data, list):
        for index, value in enumerate(data):
            errors.update(_flatten(value, f"{prefix}[{index}]" if prefix else str(index)))
    else:
        errors[prefix or "non_field_errors"] = [_encodable(str(data))]
    return errors


def _sqlstate(exc: BaseException) -> str | None:
    cause = getattr(exc, "__cause__", None)
    return getattr(cause, "sqlstate", None) or getattr(getattr(cause, "diag", None), "sqlstate", None)


# 55P03 lock_not_available, 57014 query_canceled (statement timeout), 40P01 deadlock, 40001 serialization
_BUSY_SQLSTATES = {"55P03", "57014", "40P01", "40001"}
# 08 connection exceptions, 53 insufficient resources, 57P0x server shutting down or starting, 58 system error
_UNAVAILABLE_SQLSTATE_CLASSES = {"08", "53", "57", "58"}


def _is_lock_timeout(exc: BaseException) -> bool:
    return _sqlstate(exc) in _BUSY_SQLSTATES


def is_database_outage(exc: BaseException) -> bool:
    """The server could not be reached or refused for its own state, so a retry can succeed.

    An error in the SQL itself (a syntax error, a missing table) is permanent and must not be
    presented as "temporarily unavailable".
    """
    if not isinstance(exc, (OperationalError, InterfaceError)):
        return False
    sqlstate = _sqlstate(exc)
    return sqlstate is None or sqlstate[:2] in _UNAVAILABLE_SQLSTATE_CLASSES


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(detail=detail)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, IntegrityError):
        exc = Conflict(_("This conflicts with existing data."))
    elif isinstance(exc, DatabaseError) and _is_lock_timeout(exc):
        exc = ServiceBusy()
    elif is_database_outage(exc):
        exc = ServiceBusy(_("The database is unavailable."))

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten(exc.detail)
        first = next(iter(errors.values()))[0] if errors else _("Invalid input.")
        response.data = {"detail": first, "errors": errors}
        response.status_code = status.HTTP_400_BAD_REQUEST
    elif isinstance(response.data, dict) and "detail" in response.data:
        response.data = {"detail": _encodable(str(response.data["detail"]))}
    if isinstance(exc, ServiceBusy):
        response["Retry-After"] = "2"
    return response
