"""The API's JSON parser: bounded in size and nesting, and strict about the text it lets through.

Python's ``json`` recurses once per nesting level, so a body of 100,000 ``[`` exhausts the stack; a lone
surrogate (``"\\ud800"``) or a NUL decodes to a ``str`` that PostgreSQL, UTF-8 and most logs refuse. All
three are refused here, before any view sees the data: too large or too deep answers 400 with a
``detail``; bad text answers 400 naming the field it was found in, whatever kind of field that is.
"""

import json
import re
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.parsers import JSONParser
from rest_framework.settings import api_settings

# A JSON string literal, escapes included: removed before counting brackets, which may appear inside.
_STRING_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")


def json_too_deep(text: str, limit: int) -> bool:
    """Whether ``text`` nests arrays or objects more than ``limit`` levels deep (stops at the first
    level too many, so a body of 100,000 ``[`` costs ``limit`` steps)."""
    brackets = _NOT_A_BRACKET.sub("", _STRING_LITERAL.sub("", text))
    depth = 0
    for bracket in brackets:
        depth += 1 if bracket in "[{" else -1
        if depth > limit:
            return True
    return False


def text_problem(value: str) -> str | None:
    """Why a decoded string cannot be stored as text, or None if it can."""
    if "\x00" in value:
        return _("Null characters are not allowed.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _("Unpaired surrogate characters are not allowed.")
    return None


def _field_path(path: tuple) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "non_field_errors"


def refuse_bad_text(data: Any) -> None:
    """Raise a ValidationError naming the first key or value holding text that cannot be stored."""
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                raise ValidationError({_field_path(path): [problem]})
        elif isinstance(value, dict):
            for key, item in value.items():
                problem = text_problem(key)
                if problem:
                    raise ValidationError({_field_path(path) if path else "non_field_errors": [problem]})
                stack.append(((*path, key), item))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))


class BoundedJSONParser(JSONParser):
    """``application/json`` bodies up to ``KEPU["JSON_MAX_BYTES"]`` and ``KEPU["JSON_MAX_DEPTH"]`` levels."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.KEPU["JSON_MAX_BYTES"]
        raw = stream.read(limit + 1)
        if len(raw) > limit:
            raise ParseError(_("The request body is larger than %(kb)d KB.") % {"kb": limit // 1024})
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = raw.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ParseError(_("The request body is not valid %(encoding)s text.") % {"encoding": encoding}) from exc
        depth = settings.KEPU["JSON_MAX_DEPTH"]
        if json_too_deep(text, depth):
            raise ParseError(_("JSON nested more than %(depth)d levels deep is not accepted.") % {"depth": depth})
        try:
            data = json.loads(text, parse_constant=_refuse_constant if api_settings.STRICT_JSON else None)
        except (ValueError, RecursionError) as exc:
            raise ParseError(_("JSON parse error: %(error)s") % {"error": exc}) from exc
        refuse_bad_text(data)
        return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")
