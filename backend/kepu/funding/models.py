from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kepu.common.models import TimeStampedModel


class FundingSource(models.TextChoices):
    GOVERNMENT = "government", _("Government appropriation")
    DONATION = "donation", _("Donation")
    SELF_RAISED = "self_raised", _("Self-raised")
    OTHER = "other", _("Other")


class Direction(models.TextChoices):
    INCOME = "income", _("Raised")
    EXPENDITURE = "expenditure", _("Spent")


class SpendingCategory(models.TextChoices):
    """Spending lines of the national survey."""

    ADMINISTRATION = "administration", _("Administration")
    ACTIVITIES = "activities", _("Activities")
    VENUE = "venue", _("Venue construction")
    EXHIBITS = "exhibits", _("Exhibits and facilities")
    OTHER = "other", _("Other")


class FundingRecord(TimeStampedModel):
    """Money raised or spent for popularization, in exact yuan."""

    direction = models.CharField(_("direction"), max_length=12, choices=Direction.choices, default=Direction.INCOME)
    amount = models.DecimalField(_("amount (yuan)"), max_digits=14, decimal_places=2)
    date = models.DateField(_("date"))
    area = models.ForeignKey("places.Area", verbose_name=_("area"), on_delete=models.PROTECT, related_name="funding")
    source = models.CharField(_("source"), max_length=16, choices=FundingSource.choices, blank=True)
    is_special = models.BooleanField(
        _("special popularization funds"),
        default=False,
        help_text=_("Part of a government appropriation earmarked for popularization."),
    )
    category = models.CharField(_("spending category"), max_length=16, choices=SpendingCategory.choices, blank=True)
    purpose = models.CharField(_("purpose"), max_length=255, blank=True)
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funding",
    )
    # Set on the spending a post-event report declares: it is official only once the report is accepted.
    report = models.ForeignKey(
        "events.EventReport",
        verbose_name=_("post-event report"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.CASCADE,
        related_name="spending",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("funding record")
        verbose_name_plural = _("funding records")
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="funding_amount_positive"),
            models.CheckConstraint(
                condition=~Q(is_special=True) | Q(source="government", direction="income"),
                name="funding_special_is_government_income",
            ),
            models.CheckConstraint(
                condition=Q(direction="expenditure") | ~Q(source=""),
                name="funding_income_has_source",
            ),
        ]
        indexes = [
            models.Index(fields=["area", "date"], name="funding_area_date"),
            # Statistics of a period across the whole district.
            models.Index(fields=["date", "direction"], name="funding_date_direction"),
        ]

    def __str__(self) -> str:
        return f"{self.get_direction_display()} ¥{self.amount} {self.date}"


class Target(TimeStampedModel):
    """Yearly goals for an area (the district root for district-wide goals)."""

    area = models.ForeignKey("places.Area", verbose_name=_("area"), on_delete=models.CASCADE, related_name="targets")
    year = models.PositiveSmallIntegerField(_("year"))
    per_capita_funding = models.DecimalField(
        _("per-capita funding target (yuan)"), max_digits=8, decimal_places=2, default=Decimal("1.50")
    )
    events = models.PositiveIntegerField(_("events target"), null=True, blank=True)
    participants = models.PositiveIntegerField(_("participants target (person-times)"), null=True, blank=True)
    materials = models.PositiveIntegerField(_("materials target (copies)"), null=True, blank=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["-year", "area__path"]
        constraints = [
            models.UniqueConstraint(fields=["area", "year"], name="target_unique_area_year"),
            models.CheckConstraint(condition=Q(per_capita_funding__gte=0), name="target_per_capita_non_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.year}"


class AttachmentKind(models.TextChoices):
    PDF = "pdf", _("PDF document")
    IMAGE = "image", _("Scanned image")


class FundingAttachment(TimeStampedModel):
    """The approving document of a funding record (an appropriation notice, a donation agreement…)."""

    record = models.ForeignKey(
        FundingRecord, verbose_name=_("funding record"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to="funding/%Y/%m/")
    name = models.CharField(_("file name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=8, choices=AttachmentKind.choices)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("funding attachment")
        verbose_name_plural = _("funding attachments")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.name
