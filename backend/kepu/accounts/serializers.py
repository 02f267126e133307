from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from kepu.places.models import Area

from .models import CodePurpose, Language, User, mobile_validator, normalize_phone


class ErrorSerializer(serializers.Serializer):
    """The API's error shape (kepu.common.errors)."""

    detail = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False)


class PhoneField(serializers.CharField):
    """A mainland mobile number; spaces and dashes people type are dropped before the check."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)
        self.validators.append(mobile_validator)

    def to_internal_value(self, data):
        return normalize_phone(super().to_internal_value(data))


class CodeField(serializers.RegexField):
    """The six digits of an SMS verification code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("The verification code sent by SMS."))
        super().__init__(r"^\s*\d{6}\s*$", max_length=12, **kwargs)
        self.error_messages["invalid"] = _("Enter the 6-digit code from the SMS.")

    def to_internal_value(self, data):
        return super().to_internal_value(data).strip()


class SmsCodeInputSerializer(serializers.Serializer):
    phone = PhoneField()
    purpose = serializers.ChoiceField(choices=CodePurpose.choices)


class SmsCodeSentSerializer(serializers.Serializer):
    detail = serializers.CharField()
    expires_in = serializers.IntegerField(help_text=_("Seconds the code stays valid."))
    resend_in = serializers.IntegerField(help_text=_("Seconds before another code can be asked for."))


class RegisterInputSerializer(serializers.Serializer):
    phone = PhoneField()
    code = CodeField()
    name = serializers.CharField(max_length=64)
    password = serializers.CharField(max_length=128, write_only=True, trim_whitespace=False)
    email = serializers.EmailField(max_length=254, required=False, allow_blank=True, default="")
    language = serializers.ChoiceField(choices=Language.choices, required=False, default=Language.ZH_HANS)
    privacy_consent = serializers.BooleanField(help_text=_("The person agrees to the privacy policy."))
    privacy_policy_version = serializers.CharField(
        max_length=32, help_text=_("The version of the privacy policy the person read (GET auth/privacy-policy/).")
    )

    def validate_privacy_consent(self, value: bool) -> bool:
        if not value:
            raise serializers.ValidationError(_("Agree to the privacy policy to register."))
        return value


class CodeLoginInputSerializer(serializers.Serializer):
    phone = PhoneField()
    code = CodeField()


class PasswordResetInputSerializer(serializers.Serializer):
    phone = PhoneField()
    code = CodeField()
    new_password = serializers.CharField(max_length=128, write_only=True, trim_whitespace=False)


class PrivacySectionSerializer(serializers.Serializer):
    heading = serializers.CharField()
    paragraphs = serializers.ListField(child=serializers.CharField())


class PrivacyPolicySerializer(serializers.Serializer):
    version = serializers.CharField()
    effective = serializers.DateField()
    language = serializers.CharField()
    title = serializers.CharField()
    introduction = serializers.ListField(child=serializers.CharField())
    sections = PrivacySectionSerializer(many=True)


class LoginInputSerializer(serializers.Serializer):
    phone = serializers.CharField(max_length=32)
    password = serializers.CharField(max_length=128, trim_whitespace=False)

    def validate_phone(self, value: str) -> str:
        return normalize_phone(value)


class TokenOutputSerializer(serializers.Serializer):
    token = serializers.CharField()


class OrganizationBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    setting = serializers.CharField()


class AreaBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    level = serializers.CharField()


class MeOutputSerializer(serializers.ModelSerializer):
    """The person's own profile: the only place their phone number is shown unmasked."""

    organizations = OrganizationBriefSerializer(many=True, read_only=True)
    staff_area = AreaBriefSerializer(read_only=True, allow_null=True)
    # Not an EmailField: an empty string means "not given", which is no email address.
    email = serializers.CharField(read_only=True)

    class Meta:
        model = User
        fields = ["id", "phone", "name", "role", "language", "email", "organizations", "staff_area", "is_superuser"]
        read_only_fields = fields


class MeUpdateInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=64, required=False)
    language = serializers.ChoiceField(choices=Language.choices, required=False)
    email = serializers.EmailField(max_length=254, required=False, allow_blank=True)


class PasswordChangeInputSerializer(serializers.Serializer):
    old_password = serializers.CharField(max_length=128, trim_whitespace=False)
    new_password = serializers.CharField(max_length=128, trim_whitespace=False)


class DeleteAccountInputSerializer(serializers.Serializer):
    password = serializers.CharField(
        max_length=128, trim_whitespace=False, help_text=_("Your password, to confirm the deletion.")
    )


class ExportRegistrationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    event = serializers.IntegerField()
    event_title = serializers.CharField()
    event_starts_at = serializers.DateTimeField()
    event_ends_at = serializers.DateTimeField()
    event_address = serializers.CharField()
    status = serializers.CharField()
    companions = serializers.IntegerField()
    check_in_code = serializers.CharField()
    queued_at = serializers.DateTimeField(allow_null=True)
    checked_in_at = serializers.DateTimeField(allow_null=True)
    cancelled_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()


class ExportNotificationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    event = serializers.IntegerField(allow_null=True)
    context = serializers.DictField()
    due_at = serializers.DateTimeField()
    sent_at = serializers.DateTimeField(allow_null=True)
    read_at = serializers.DateTimeField(allow_null=True)


class ExportProfileSerializer(MeOutputSerializer):
    class Meta(MeOutputSerializer.Meta):
        fields = [*MeOutputSerializer.Meta.fields, "date_joined", "last_login"]
        read_only_fields = fields


class PersonalDataExportSerializer(serializers.Serializer):
    exported_at = serializers.DateTimeField()
    profile = ExportProfileSerializer()
    registrations = ExportRegistrationSerializer(many=True)
    notifications = ExportNotificationSerializer(many=True)


class StaffAccountSerializer(serializers.ModelSerializer):
    """An association staff account as administrators see it (the number masked, as everywhere)."""

    phone = serializers.CharField(source="masked_phone")
    staff_area = AreaBriefSerializer()

    class Meta:
        model = User
        fields = ["id", "phone", "name", "staff_area", "is_active", "last_login", "date_joined"]
        read_only_fields = fields


class StaffAppointInputSerializer(serializers.Serializer):
    phone = PhoneField(help_text=_("An existing resident's number, or the number of a new account."))
    name = serializers.CharField(max_length=64)
    staff_area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all())
    password = serializers.CharField(
        max_length=128,
        required=False,
        allow_blank=True,
        write_only=True,
        trim_whitespace=False,
        help_text=_("The first password of a new account (optional for an existing one)."),
    )


class StaffUpdateInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=64, required=False)
    staff_area = serializers.PrimaryKeyRelatedField(queryset=Area.objects.all(), required=False)
    is_active = serializers.BooleanField(required=False)
    password = serializers.CharField(
        max_length=128, required=False, allow_blank=True, write_only=True, trim_whitespace=False
    )
