"""Output of the audit log: who (masked), what, on which object, from what to what, when."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.common.models import AuditEntry
from kepu.common.phones import mask_phones


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
