from rest_framework import serializers

from .selectors import CHOICES


class OptionSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField(help_text="In the request's language.")


class ChoiceCatalogueSerializer(serializers.Serializer):
    """One list of options per kind of choice (documents the answer of the catalogue endpoint)."""

    audience = OptionSerializer(many=True)
    audit_action = OptionSerializer(many=True)

    def get_fields(self):
        fields = super().get_fields()
        for name in CHOICES:
            fields[name] = OptionSerializer(many=True)
        return fields
