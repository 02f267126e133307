"""Output of the audit log: who (masked), what, on which object, from what to what, when."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kepu.common.models import AuditEntry
from kepu.common.phones import mask_phones

from .actions import action_label
from .changes import describe_changes
from .targets import actor_name, describe_targets


class AuditActorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    phone = serializers.CharField(source="masked_phone", help_text="Masked, e.g. 138****1234.")


class AuditTargetSerializer(serializers.Serializer):
    """The object an entry is about, named, with the page of the web app that shows it."""

    kind = serializers.CharField(help_text="event, report's event, funding, target, population (by area)…")
    id = serializers.IntegerField(allow_null=True, help_text="Id of the object that page shows; null when gone.")
    name = serializers.CharField()


class AuditChangeSerializer(serializers.Serializer):
    field = serializers.CharField(help_text="The field's label in the reader's language.")
    old = serializers.CharField(allow_null=True, help_text="The value before, in words; null when only recorded.")
    new = serializers.CharField(help_text="The value after (or the value recorded), in words.")
    changed = serializers.BooleanField()


class AuditEntrySerializer(serializers.ModelSerializer):
    actor = AuditActorSerializer(allow_null=True, read_only=True)
    action_label = serializers.SerializerMethodField(help_text="The action in words, in the reader's language.")
    actor_name = serializers.SerializerMethodField()
    target = serializers.SerializerMethodField()
    note = serializers.SerializerMethodField(help_text="The reason or comment the entry recorded, if any.")
    changes = serializers.SerializerMethodField()
    changes_words = serializers.SerializerMethodField(help_text="The changes in words: labels, choices, names.")

    class Meta:
        model = AuditEntry
        fields = [
            "id",
            "actor",
            "actor_name",
            "action",
            "action_label",
            "target_type",
            "target_id",
            "target",
            "note",
            "changes",
            "changes_words",
            "created_at",
        ]
        read_only_fields = fields

    def get_action_label(self, entry: AuditEntry) -> str:
        return action_label(entry.action)

    def _words(self, entry):
        words = self.context.get("target_words")
        if words is None or entry.pk not in words:
            words = describe_targets([entry])
        return words[entry.pk]

    def get_actor_name(self, entry) -> str:
        return mask_phones(actor_name(entry))

    @extend_schema_field(AuditTargetSerializer)
    def get_target(self, entry) -> dict:
        words = self._words(entry)
        return {"kind": words.kind, "id": words.id, "name": mask_phones(words.name)}

    def get_note(self, entry) -> str:
        return mask_phones(self._words(entry).note)

    @extend_schema_field(serializers.DictField(child=serializers.JSONField()))
    def get_changes(self, entry) -> dict:
        return mask_phones(entry.changes)

    @extend_schema_field(AuditChangeSerializer(many=True))
    def get_changes_words(self, entry) -> list[dict]:
        words = self.context.get("change_words")
        if words is None or entry.pk not in words:
            words = describe_changes([entry])
        return words[entry.pk]
