"""Output of the audit log: who (masked), what, on which object, from what to what, when."""

import re

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.accounts.models import mask_phone

from .models import AuditEntry

PHONE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def mask_phones(value):
    """Mask any mainland mobile number found in free-form audit data (names of fields are kept)."""
    if isinstance(value, str):
        return PHONE_RE.sub(lambda match: mask_phone(match.group(0)), value)
    if isinstance(value, dict):
        return {key: mask_phones(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_phones(item) for item in value]
    return value


class AuditActorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    phone = serializers.CharField(source="masked_phone", help_text="Masked, e.g. 138****1234.")


class AuditEntrySerializer(serializers.ModelSerializer):
    actor = AuditActorSerializer(allow_null=True, read_only=True)
    changes = serializers.SerializerMethodField()

    class Meta:
        model = AuditEntry
        fields = ["id", "actor", "action", "target_type", "target_id", "changes", "created_at"]
        read_only_fields = fields

    @extend_schema_field(serializers.DictField(child=serializers.JSONField()))
    def get_changes(self, entry) -> dict:
        return mask_phones(entry.changes)
