from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kepu.common.models import TimeStampedModel


class MaterialKind(models.TextChoices):
    BROCHURE = "brochure", _("Brochure")
    LEAFLET = "leaflet", _("Leaflet")
    POSTER = "poster", _("Poster")
    BOOKLET = "booklet", _("Booklet")
    KIT = "kit", _("Kit")
    VIDEO = "video", _("Video")
    OTHER = "other", _("Other")


class Material(TimeStampedModel):
    """A catalog entry of publicity material (科普宣传资料)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=MaterialKind.choices)
    unit = models.CharField(_("unit"), max_length=16, default="份")
    description = models.TextField(_("description"), blank=True, max_length=2000)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DistributionChannel(models.TextChoices):
    EVENT = "event", _("At an event")
    DOOR_TO_DOOR = "door_to_door", _("Door to door")
    BULLETIN_BOARD = "bulletin_board", _("Bulletin board / science gallery")
    OTHER = "other", _("Other")


class Distribution(TimeStampedModel):
    """Copies of a material handed out, at an event or standing alone in an area."""

    material = models.ForeignKey(
        Material, verbose_name=_("material"), on_delete=models.PROTECT, related_name="distributions"
    )
    quantity = models.PositiveIntegerField(_("quantity"))
    date = models.DateField(_("date"))
    area = models.ForeignKey(
        "places.Area", verbose_name=_("area"), on_delete=models.PROTECT, related_name="distributions"
    )
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="distributions",
    )
    channel = models.CharField(
        _("channel"), max_length=16, choices=DistributionChannel.choices, default=DistributionChannel.EVENT
    )
    note = models.CharField(_("note"), max_length=255, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("distribution")
        verbose_name_plural = _("distributions")
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gt=0), name="distribution_quantity_positive"),
            models.CheckConstraint(
                condition=Q(event__isnull=False) | ~Q(channel="event"),
                name="distribution_event_channel_has_event",
            ),
        ]
        indexes = [
            models.Index(fields=["area", "date"], name="distribution_area_date"),
            # Statistics of a period across the whole district: standalone distributions by date.
            models.Index(fields=["date"], condition=Q(event__isnull=True), name="distribution_standalone_date"),
        ]

    def __str__(self) -> str:
        return f"{self.material} × {self.quantity}"
