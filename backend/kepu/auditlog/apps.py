from django.apps import AppConfig


class AuditLogConfig(AppConfig):
    """The audit log's read side: it scopes entries by the domain objects they are about."""

    name = "kepu.auditlog"
    label = "auditlog"
