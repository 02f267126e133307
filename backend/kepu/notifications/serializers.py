from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .messages import render
from .models import ChannelChoice, Delivery, Notification


class NotificationOutputSerializer(serializers.ModelSerializer):
    """An inbox entry, rendered in the reader's language."""

    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    title = serializers.SerializerMethodField()
    body = serializers.SerializerMethodField()
    is_read = serializers.SerializerMethodField()

    class Meta:
        model = Notification
        fields = ["id", "kind", "kind_label", "title", "body", "event", "due_at", "read_at", "is_read"]
        read_only_fields = fields

    def _rendered(self, obj):
        cached = getattr(obj, "_rendered", None)
        if cached is None:
            cached = obj._rendered = render(obj)
        return cached

    @extend_schema_field(serializers.CharField())
    def get_title(self, obj) -> str:
        return self._rendered(obj).title

    @extend_schema_field(serializers.CharField())
    def get_body(self, obj) -> str:
        return self._rendered(obj).body

    def get_is_read(self, obj) -> bool:
        return obj.read_at is not None


class DeliveryOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Delivery
        fields = ["channel", "state", "attempts", "next_attempt_at", "sent_at", "last_error"]
        read_only_fields = fields


class FailedNotificationOutputSerializer(serializers.ModelSerializer):
    """A failed notification for staff follow-up: the recipient's phone is masked."""

    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    recipient_name = serializers.CharField(source="recipient.name", read_only=True)
    recipient_phone = serializers.CharField(source="recipient.masked_phone", read_only=True)
    event_title = serializers.CharField(source="event.title", read_only=True, allow_null=True, default=None)
    deliveries = DeliveryOutputSerializer(many=True, read_only=True)

    class Meta:
        model = Notification
        fields = [
            "id",
            "kind",
            "kind_label",
            "subject_key",
            "recipient",
            "recipient_name",
            "recipient_phone",
            "event",
            "event_title",
            "due_at",
            "attempts",
            "last_error",
            "updated_at",
            "deliveries",
        ]
        read_only_fields = fields


class UnreadCountOutputSerializer(serializers.Serializer):
    count = serializers.IntegerField()


class ReadAllOutputSerializer(serializers.Serializer):
    updated = serializers.IntegerField(help_text=_("How many notifications were marked read."))


class PreferenceInputSerializer(serializers.Serializer):
    channels = serializers.ChoiceField(choices=ChannelChoice.choices)
    reminders = serializers.BooleanField()


class PreferenceOutputSerializer(serializers.Serializer):
    channels = serializers.ChoiceField(choices=ChannelChoice.choices)
    reminders = serializers.BooleanField()
    email = serializers.EmailField(source="user.email", help_text=_("Email goes to the account's address."))
    phone = serializers.CharField(source="user.phone", help_text=_("SMS goes to the account's mobile number."))
