from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kepu.common.models import TimeStampedModel


class AreaLevel(models.TextChoices):
    DISTRICT = "district", _("District")
    SUBDISTRICT = "subdistrict", _("Subdistrict")
    TOWN = "town", _("Town")
    TOWNSHIP = "township", _("Township / sumu")
    COMMUNITY = "community", _("Community")
    VILLAGE = "village", _("Village / gacha")


class Setting(models.TextChoices):
    """Where popularization goes into (科普进X)."""

    COMMUNITY = "community", pgettext_lazy("setting", "Community")
    SCHOOL = "school", pgettext_lazy("setting", "School")
    VILLAGE = "village", pgettext_lazy("setting", "Village")
    ENTERPRISE = "enterprise", pgettext_lazy("setting", "Enterprise")
    AGENCY = "agency", pgettext_lazy("setting", "Agency")


class Area(TimeStampedModel):
    """A node of the administrative tree. ``path`` is the chain of ids from the root
    (``/1/4/17/``) so that a subtree is one indexed prefix match."""

    name = models.CharField(_("name"), max_length=100)
    level = models.CharField(_("level"), max_length=16, choices=AreaLevel.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    code = models.CharField(
        _("statistical division code"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        validators=[RegexValidator(r"^\d{6}(\d{3}(\d{3})?)?$", _("6, 9 or 12 digits."))],
    )
    urban_rural_code = models.CharField(
        _("urban-rural class code"),
        max_length=3,
        blank=True,
        validators=[RegexValidator(r"^[12]\d\d$", _("Three digits, 1xx urban or 2xx rural."))],
    )
    path = models.CharField(_("tree path"), max_length=255, editable=False, db_index=True)

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="area_unique_name_in_parent"),
            models.CheckConstraint(
                condition=Q(level="district") | Q(parent__isnull=False),
                name="area_non_district_has_parent",
            ),
        ]
        indexes = [models.Index(fields=["path"], name="area_path_prefix", opclasses=["varchar_pattern_ops"])]

    def __str__(self) -> str:
        return self.name

    @property
    def setting(self) -> str | None:
        """A community or village area implies its setting."""
        if self.level == AreaLevel.COMMUNITY:
            return Setting.COMMUNITY
        if self.level == AreaLevel.VILLAGE:
            return Setting.VILLAGE
        return None


class Population(TimeStampedModel):
    """Year-end resident population (年末常住人口) of an area: the per-capita denominator."""

    area = models.ForeignKey(Area, verbose_name=_("area"), on_delete=models.CASCADE, related_name="populations")
    year = models.PositiveSmallIntegerField(_("year"))
    residents = models.PositiveIntegerField(_("resident population"))
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("resident population")
        verbose_name_plural = _("resident populations")
        ordering = ["-year", "area__path"]
        constraints = [
            models.UniqueConstraint(fields=["area", "year"], name="population_unique_area_year"),
            models.CheckConstraint(condition=Q(year__gte=1949) & Q(year__lte=2100), name="population_year_range"),
            models.CheckConstraint(condition=Q(residents__gte=0), name="population_residents_non_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.year}: {self.residents}"


class Organization(TimeStampedModel):
    """A place popularization goes into; organizers act through their membership."""

    name = models.CharField(_("name"), max_length=200)
    setting = models.CharField(_("setting"), max_length=16, choices=Setting.choices)
    area = models.ForeignKey(Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="organizations")
    address = models.CharField(_("address"), max_length=255, blank=True)
    contact_name = models.CharField(_("contact"), max_length=64, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="organizations", verbose_name=_("members")
    )

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["area", "name"], name="organization_unique_name_in_area")]

    def __str__(self) -> str:
        return self.name


class Membership(TimeStampedModel):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        verbose_name = _("organizer membership")
        verbose_name_plural = _("organizer memberships")
        constraints = [models.UniqueConstraint(fields=["organization", "user"], name="membership_unique")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organization}"
