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
