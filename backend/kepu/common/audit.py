"""The audit trail: every state change calls ``audit_record`` inside its own transaction."""

from typing import Any

from django.db import models

from .models import AuditEntry


def _plain(value: Any) -> Any:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def audit_record(*, actor, action: str, target: models.Model, changes: dict[str, Any] | None = None) -> AuditEntry:
    """Record ``action`` on ``target``; ``changes`` maps field -> (old, new) or a plain value."""
    plain = {}
    for field, value in (changes or {}).items():
        if isinstance(value, tuple) and len(value) == 2:
            plain[field] = {"old": _plain(value[0]), "new": _plain(value[1])}
        else:
            plain[field] = _plain(value)
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        changes=plain,
    )


def diff_fields(instance: models.Model, data: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The (old, new) pairs of ``data`` that differ from ``instance``."""
    return {
        field: (getattr(instance, field), value) for field, value in data.items() if getattr(instance, field) != value
    }


def assign_changes(instance: models.Model, data: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set ``data`` on ``instance`` and return what changed, as (old, new) pairs for the audit entry."""
    changes = diff_fields(instance, data)
    for field, (_old, new) in changes.items():
        setattr(instance, field, new)
    return changes
