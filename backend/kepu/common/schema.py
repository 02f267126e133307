"""OpenAPI post-processing: describe what every operation can answer, as the API really answers it."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.serializers import Serializer

ERROR_STATUSES = {
    "400": _("Invalid input; per-field messages in `errors`."),
    "401": _("Authentication required."),
    "403": _("Not allowed."),
    "404": _("Not found, or outside your scope."),
    "409": _("Conflicts with the current state."),
    "429": _("Too many requests; retry later."),
    "503": _("A backing service is busy or unavailable; retry later."),
}

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    },
    "required": ["detail"],
}

# Formats that a blank value (an optional link or email left empty) would violate.
BLANKABLE_FORMATS = {"uri", "email"}


def document_errors(result, generator, request, public):
    """Every operation may answer with the shared error shape."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path in result.get("paths", {}).values():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            for status, description in ERROR_STATUSES.items():
                responses.setdefault(status, {"description": str(description), "content": reference})
    return result


def allow_blank_formatted_strings(result, generator, request, public):
    """Optional links and emails are answered as "" when empty; a format would call that invalid."""
    for name, schema in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):
            continue
        for prop in schema.get("properties", {}).values():
            if prop.get("type") == "string" and prop.get("format") in BLANKABLE_FORMATS:
                del prop["format"]
    return result


def list_and_detail_schema(*, output: type[Serializer], tag: str, summary: str):
    """The schema of a viewset's list and retrieve (their error answers come from ``document_errors``)."""
    return extend_schema_view(
        list=extend_schema(summary=summary, responses={200: output(many=True)}, tags=[tag]),
        retrieve=extend_schema(responses={200: output}, tags=[tag]),
    )
