"""Popularization venues and sites (科普场地) as the national survey counts them, the events held at
them, and the refresh log of science galleries and bulletin boards (科普画廊 / 宣传栏)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kepu.common.models import TimeStampedModel


class VenueKind(models.TextChoices):
    """The survey's site categories, in its order; education bases are the association's own list."""

    SCIENCE_CENTER = "science_center", _("Science and technology center")
    SCIENCE_MUSEUM = "science_museum", _("Science and technology museum")
    YOUTH_CENTER = "youth_center", _("Youth science center or station")
    COMMUNITY_ROOM = "community_room", _("Community science activity room")
    RURAL_SITE = "rural_site", _("Rural science activity site")
    VEHICLE = "vehicle", _("Science outreach vehicle")
    GALLERY = "gallery", _("Science gallery or bulletin board")
    EDUCATION_BASE = "education_base", _("Science education base")


# Kinds whose building and exhibition floor space the survey asks for (m²).
KINDS_WITH_AREA = (VenueKind.SCIENCE_CENTER, VenueKind.SCIENCE_MUSEUM, VenueKind.YOUTH_CENTER)
# Kinds that keep a refresh log.
REFRESHED_KINDS = (VenueKind.GALLERY,)


class Venue(TimeStampedModel):
    area = models.ForeignKey("places.Area", verbose_name=_("area"), on_delete=models.PROTECT, related_name="venues")
    organization = models.ForeignKey(
        "places.Organization",
        verbose_name=_("run by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="venues",
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=VenueKind.choices)
    address = models.CharField(_("address"), max_length=255, blank=True)
    building_area = models.DecimalField(_("building area (m²)"), max_digits=10, decimal_places=1, null=True, blank=True)
    exhibition_area = models.DecimalField(
        _("exhibition area (m²)"), max_digits=10, decimal_places=1, null=True, blank=True
    )
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    opened_on = models.DateField(_("opened on"), default=timezone.localdate)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["area__path", "kind", "name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["area", "name"], name="venue_unique_name_in_area"),
            models.CheckConstraint(
                condition=Q(closed_on__isnull=True) | Q(closed_on__gte=F("opened_on")),
                name="venue_closed_after_opening",
                violation_error_message=_("A venue cannot close before it opened."),
            ),
            models.CheckConstraint(
                condition=(Q(building_area__isnull=True) | Q(building_area__gte=0))
                & (Q(exhibition_area__isnull=True) | Q(exhibition_area__gte=0)),
                name="venue_areas_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(exhibition_area__isnull=True)
                | Q(building_area__isnull=True)
                | Q(exhibition_area__lte=F("building_area")),
                name="venue_exhibition_within_building",
                violation_error_message=_("The exhibition area cannot exceed the building area."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class EventVenue(models.Model):
    """The venue an event took place at (at most one)."""

    event = models.OneToOneField(
        "events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="venue_link"
    )
    venue = models.ForeignKey(Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="event_links")

    class Meta:
        verbose_name = _("event venue")
        verbose_name_plural = _("event venues")

    def __str__(self) -> str:
        return f"{self.event_id} @ {self.venue_id}"


class GalleryRefresh(TimeStampedModel):
    """One change of a science gallery's or bulletin board's content (换版/更新)."""

    venue = models.ForeignKey(Venue, verbose_name=_("gallery"), on_delete=models.CASCADE, related_name="refreshes")
    date = models.DateField(_("date"))
    theme = models.CharField(_("theme"), max_length=200)
    photo = models.ImageField(_("photo"), upload_to="galleries/%Y/%m/", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("gallery refresh")
        verbose_name_plural = _("gallery refreshes")
        ordering = ["-date", "-id"]
        constraints = [models.UniqueConstraint(fields=["venue", "date", "theme"], name="gallery_refresh_unique")]

    def __str__(self) -> str:
        return f"{self.venue_id} {self.date}: {self.theme}"
