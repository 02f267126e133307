"""Popularization personnel (科普人员) and volunteers (科普志愿者) as the national survey counts them.

Popularizers are kept per organization with the attributes the survey's personnel table asks for.
Volunteers register themselves (or an organization registers them), sign up for an event's volunteer
roles, are checked in, and have their service hours confirmed by the event's organizers after it ended.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kepu.common.models import TimeStampedModel


class PopularizerKind(models.TextChoices):
    FULL_TIME = "full_time", _("Full-time")
    PART_TIME = "part_time", _("Part-time")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")


class Popularizer(TimeStampedModel):
    """One person doing popularization work for an organization: a full-time (专职) or part-time (兼职)
    popularizer. Counted in a year when their service overlaps it."""

    organization = models.ForeignKey(
        "places.Organization", verbose_name=_("organization"), on_delete=models.PROTECT, related_name="popularizers"
    )
    name = models.CharField(_("name"), max_length=64)
    kind = models.CharField(_("full-time or part-time"), max_length=16, choices=PopularizerKind.choices)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices)
    qualified = models.BooleanField(
        _("intermediate title or bachelor's degree and above"),
        default=False,
        help_text=_("中级职称及以上或大学本科及以上学历"),
    )
    rural = models.BooleanField(_("rural popularizer"), default=False)
    manager = models.BooleanField(_("manages popularization work"), default=False)
    creator = models.BooleanField(_("creates popularization works"), default=False)
    docent = models.BooleanField(_("docent / guide"), default=False)
    # Part-timers only: the survey asks the year's actual workload in person-months.
    work_months = models.DecimalField(
        _("workload this year (person-months)"), max_digits=3, decimal_places=1, null=True, blank=True
    )
    started_on = models.DateField(_("since"), default=timezone.localdate)
    ended_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("popularizer")
        verbose_name_plural = _("popularizers")
        ordering = ["organization_id", "name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                name="popularizer_ends_after_start",
                violation_error_message=_("The end of service cannot be before its start."),
            ),
            models.CheckConstraint(
                condition=Q(work_months__isnull=True)
                | (Q(kind="part_time") & Q(work_months__gte=0) & Q(work_months__lte=12)),
                name="popularizer_work_months_part_time",
                violation_error_message=_("Only part-time popularizers have a workload, of 0 to 12 months."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"


class Volunteer(TimeStampedModel):
    """A registered popularization volunteer (注册科普志愿者): a person with an account, registered by
    themself or by an organization, counted in the area they serve."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="volunteer"
    )
    area = models.ForeignKey("places.Area", verbose_name=_("area"), on_delete=models.PROTECT, related_name="+")
    organization = models.ForeignKey(
        "places.Organization",
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="volunteers",
    )
    skills = models.CharField(_("skills"), max_length=200, blank=True)
    registered_on = models.DateField(_("registered on"), default=timezone.localdate)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["registered_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gte=F("registered_on")),
                name="volunteer_withdrawn_after_registration",
            ),
        ]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


class VolunteerRole(TimeStampedModel):
    """A job volunteers do at an event (guide, registration desk, first aid) with its own capacity,
    never shared with attendee seats. ``filled`` is kept under the role's row lock and the check
    constraint makes overfilling impossible whatever the code does."""

    event = models.ForeignKey(
        "events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="volunteer_roles"
    )
    name = models.CharField(_("role"), max_length=64)
    description = models.CharField(_("what the volunteer does"), max_length=500, blank=True)
    capacity = models.PositiveIntegerField(_("volunteers needed"))
    filled = models.PositiveIntegerField(_("volunteers signed up"), default=0, editable=False)

    class Meta:
        verbose_name = _("volunteer role")
        verbose_name_plural = _("volunteer roles")
        ordering = ["event_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="volunteer_role_unique_name"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="volunteer_role_capacity_positive"),
            models.CheckConstraint(
                condition=Q(filled__lte=F("capacity")),
                name="volunteer_role_filled_within_capacity",
                violation_error_message=_("More volunteers than the role needs."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} @ {self.event_id}"

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.filled, 0)


class VolunteerSignupStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


MAX_HOURS = Decimal("24")


class VolunteerSignup(TimeStampedModel):
    """One volunteer in one role of one event (one role per event), with the service hours the event's
    organizers confirmed after it ended."""

    role = models.ForeignKey(VolunteerRole, verbose_name=_("role"), on_delete=models.CASCADE, related_name="signups")
    # The role's event, kept here so that "one role per volunteer and event" is a database constraint.
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="volunteer_signups")
    volunteer = models.ForeignKey(
        Volunteer, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="signups"
    )
    status = models.CharField(_("status"), max_length=16, choices=VolunteerSignupStatus.choices, db_index=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    hours = models.DecimalField(_("service hours"), max_digits=4, decimal_places=1, null=True, blank=True)
    hours_confirmed_at = models.DateTimeField(_("hours confirmed at"), null=True, blank=True)
    hours_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("volunteer sign-up")
        verbose_name_plural = _("volunteer sign-ups")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "volunteer"], name="volunteer_signup_one_per_event"),
            models.CheckConstraint(
                condition=Q(checked_in_at__isnull=True) | Q(status="confirmed"),
                name="volunteer_signup_only_confirmed_check_in",
            ),
            models.CheckConstraint(
                condition=Q(hours__isnull=True)
                | (Q(checked_in_at__isnull=False) & Q(hours__gt=0) & Q(hours__lte=MAX_HOURS)),
                name="volunteer_signup_hours_of_checked_in",
                violation_error_message=_("Hours are confirmed for checked-in volunteers only, above 0 and up to 24."),
            ),
            models.CheckConstraint(
                condition=Q(hours__isnull=True) | Q(hours_confirmed_at__isnull=False),
                name="volunteer_signup_hours_confirmed",
            ),
        ]
        indexes = [models.Index(fields=["volunteer", "status"], name="volunteer_signup_volunteer")]

    def __str__(self) -> str:
        return f"{self.volunteer_id} @ {self.role_id} ({self.status})"
