import re

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kepu.common.phones import MOBILE_PATTERN, mask_phone

mobile_validator = RegexValidator(rf"^{MOBILE_PATTERN}$", _("Enter a mainland China mobile number (11 digits)."))


def normalize_phone(value: str) -> str:
    """A number as people type it (with spaces or dashes) in the form we store and check."""
    return re.sub(r"[\s-]", "", value)


class Role(models.TextChoices):
    RESIDENT = "resident", _("Resident")
    ORGANIZER = "organizer", _("Organizer")
    STAFF = "staff", _("Association staff")
    ADMIN = "admin", _("Administrator")


class Language(models.TextChoices):
    ZH_HANS = "zh-hans", "简体中文"
    EN = "en", "English"


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, phone, password=None, **extra):
        user = self.model(phone=phone, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, phone, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True, role=Role.ADMIN)
        return self.create_user(phone, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person, identified by a mainland mobile number. No national ID is ever stored."""

    phone = models.CharField(_("mobile number"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=64, blank=True)
    email = models.EmailField(_("email"), blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.RESIDENT)
    staff_area = models.ForeignKey(
        "places.Area",
        verbose_name=_("staff area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
        help_text=_("Association staff see this area and everything under it."),
    )
    language = models.CharField(_("language"), max_length=8, choices=Language.choices, default=Language.ZH_HANS)
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("admin site access"), default=False)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "phone"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role="staff") | Q(staff_area__isnull=False),
                name="user_staff_has_area",
                violation_error_message=_("Association staff need an area."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name or '—'} ({mask_phone(self.phone)})"

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


class CodePurpose(models.TextChoices):
    REGISTER = "register", _("Registration")
    LOGIN = "login", _("Sign-in")
    RESET = "reset", _("Password reset")


class PhoneCode(models.Model):
    """A verification code sent by SMS, kept only as a keyed hash (``kepu.accounts.phone_codes``).

    One is recorded for every request, whether or not the number has an account, so what is stored and
    what is answered never tells the two apart."""

    phone = models.CharField(_("mobile number"), max_length=32)
    purpose = models.CharField(_("purpose"), max_length=16, choices=CodePurpose.choices)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("verification code")
        verbose_name_plural = _("verification codes")
        indexes = [
            models.Index(fields=["phone", "purpose", "-created_at"], name="phonecode_lookup"),
            models.Index(fields=["created_at"], name="phonecode_created"),
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} {mask_phone(self.phone)}"


class PrivacyConsent(models.Model):
    """A person agreed to a version of the privacy policy (PIPL asks that consent can be shown)."""

    user = models.ForeignKey(User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="privacy_consents")
    policy_version = models.CharField(_("policy version"), max_length=32)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("privacy consent")
        verbose_name_plural = _("privacy consents")
        constraints = [
            models.UniqueConstraint(fields=["user", "policy_version"], name="privacyconsent_once_per_version"),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.policy_version}"
