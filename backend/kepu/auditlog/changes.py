"""What an audit entry changed, in words: each field by its label, choices by theirs, linked rows by name.

Entries record field names, stored values and row ids (``status: submitted → returned``, ``area: 12``);
a staff member reads "状态：待审核 → 已退回", "区域：少先路街道". ``describe_changes`` words a page of
entries with one query per kind of linked row on the page.
"""

from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kepu.common.models import AuditEntry
from kepu.common.phones import mask_phones

# Keys entries record that are not fields of their object.
EXTRA_LABELS: dict[str, Promise] = {
    "device": gettext_lazy("device"),
    "scanned_at": gettext_lazy("scanned at"),
    "source": gettext_lazy("source"),
    "seats": gettext_lazy("seats"),
    "created": gettext_lazy("added"),
    "updated": gettext_lazy("updated"),
    "unchanged": gettext_lazy("unchanged"),
    "file": gettext_lazy("file"),
    "attachment": gettext_lazy("attachment"),
    "password": gettext_lazy("password"),
    "events": gettext_lazy("events"),
    "time": gettext_lazy("time"),
}
# The comment or reason is shown as the entry's note already.
NOTE_KEYS = {"comment", "reason"}


def _model(target_type: str) -> type[models.Model] | None:
    try:
        return apps.get_model(target_type)
    except (LookupError, ValueError):
        return None


def _field(model: type[models.Model] | None, key: str) -> models.Field | None:
    if model is None:
        return None
    try:
        field = model._meta.get_field(key)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, models.Field) else None


def _pair(value: Any) -> tuple[bool, Any, Any]:
    if isinstance(value, dict) and set(value) == {"old", "new"}:
        return True, value["old"], value["new"]
    return False, None, value


def _label(model: type[models.Model] | None, key: str) -> str:
    field = _field(model, key)
    if field is not None:
        return str(field.verbose_name)
    extra = EXTRA_LABELS.get(key)
    return str(extra) if extra is not None else key.replace("_", " ")


def describe_changes(entries: list[AuditEntry]) -> dict[int, list[dict[str, Any]]]:
    """Entry id -> its changes as ``{"field", "old", "new", "changed"}`` in words (``old`` is None for a
    value that was only recorded)."""
    # Linked rows named on this page: one query per related model.
    wanted: dict[type[models.Model], set[int]] = {}
    for entry in entries:
        model = _model(entry.target_type)
        for key, value in (entry.changes or {}).items():
            field = _field(model, key)
            if field is None or not field.is_relation or field.related_model is None:
                continue
            _is_pair, old, new = _pair(value)
            for item in (old, new):
                if isinstance(item, int) and not isinstance(item, bool):
                    wanted.setdefault(field.related_model, set()).add(item)
    names = {related: related._default_manager.in_bulk(ids) for related, ids in wanted.items()}

    def word(field: models.Field | None, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if field is not None and field.is_relation and field.related_model is not None:
            row = names.get(field.related_model, {}).get(value) if isinstance(value, int) else None
            return str(row) if row is not None else f"#{value}"
        if field is not None and field.choices:
            choices = {str(key): label for key, label in field.flatchoices}
            if isinstance(value, list):
                return _(", ").join(str(choices.get(str(item), item)) for item in value)
            return str(choices.get(str(value), value))
        if isinstance(value, list):
            return _(", ").join(str(item) for item in value)
        if isinstance(value, dict):
            return _("; ").join(f"{key} {item}" for key, item in value.items())
        return str(value)

    words: dict[int, list[dict[str, Any]]] = {}
    for entry in entries:
        model = _model(entry.target_type)
        rows = []
        for key, value in (entry.changes or {}).items():
            if key in NOTE_KEYS:
                continue
            field = _field(model, key)
            changed, old, new = _pair(value)
            rows.append(
                {
                    "field": _label(model, key),
                    "old": mask_phones(word(field, old)) if changed else None,
                    "new": mask_phones(word(field, new)),
                    "changed": changed,
                }
            )
        words[entry.pk] = rows
    return words
