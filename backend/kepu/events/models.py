import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from kepu.common.models import TimeStampedModel
from kepu.places.models import Setting


class ActivityType(models.TextChoices):
    LECTURE = "lecture", _("Lecture")
    EXHIBITION = "exhibition", _("Exhibition")
    CONTEST = "contest", _("Contest")
    TRAINING = "training", _("Practical training")
    YOUTH_GROUP = "youth_group", _("Youth interest group")
    CAMP = "camp", _("Science camp")
    OPEN_DAY = "open_day", _("Open day")
    CONSULTATION = "consultation", _("Consultation fair")
    SHOW = "show", _("Science show / film")
    INTL_EXCHANGE = "intl_exchange", _("International exchange")
    OTHER = "other", _("Other")


class Mode(models.TextChoices):
    OFFLINE = "offline", _("Offline")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("Online and offline")


class Campaign(models.TextChoices):
    NONE = "", _("None")
    SCIENCE_WEEK = "science_week", _("National Science and Technology Week")
    SCIENCE_DAY = "science_day", _("National Science Popularization Day")
    SCIENCE_MONTH = "science_month", _("National Science Popularization Month")
    OTHER = "other", _("Other themed day")


DEFAULT_CHECK_IN_OPENS_MINUTES = 120


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    CANCELLED = "cancelled", _("Cancelled")
    COMPLETED = "completed", _("Completed")
    REPORTED = "reported", _("Reported")


class Audience(models.Model):
    """Target groups (docs/domain.md): a small fixed table so events can be filtered and counted by group."""

    key = models.CharField(_("key"), max_length=32, primary_key=True)
    name_zh = models.CharField(_("Chinese name"), max_length=64)
    name_en = models.CharField(_("English name"), max_length=64)
    ordering = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["ordering"]

    def __str__(self) -> str:
        return self.name_zh


class Event(TimeStampedModel):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=10000)
    activity_type = models.CharField(_("activity type"), max_length=20, choices=ActivityType.choices)
    setting = models.CharField(_("setting"), max_length=16, choices=Setting.choices)
    mode = models.CharField(_("mode"), max_length=8, choices=Mode.choices, default=Mode.OFFLINE)
    campaign = models.CharField(_("campaign"), max_length=16, choices=Campaign.choices, default="", blank=True)
    area = models.ForeignKey("places.Area", verbose_name=_("area"), on_delete=models.PROTECT, related_name="events")
    organization = models.ForeignKey(
        "places.Organization", verbose_name=_("host organization"), on_delete=models.PROTECT, related_name="events"
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    audiences = models.ManyToManyField(Audience, verbose_name=_("target audiences"), related_name="events", blank=True)

    registration_required = models.BooleanField(_("sign-up required"), default=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True, help_text=_("Empty: unlimited."))
    max_companions = models.PositiveSmallIntegerField(_("accompanying persons allowed"), default=0)
    registration_opens_at = models.DateTimeField(_("sign-up opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("sign-up closes"), null=True, blank=True)
    # Seats taken by confirmed registrations (1 + companions each), kept under the event's row lock;
    # the check constraint below makes overselling impossible whatever the code does.
    confirmed_seats = models.PositiveIntegerField(_("confirmed seats"), default=0, editable=False)
    reminder_hours = models.JSONField(_("reminders (hours before)"), default=list, blank=True)
    # The door accepts codes from this long before the start until this long after the end.
    check_in_opens_minutes = models.PositiveIntegerField(
        _("check-in opens (minutes before the start)"), default=DEFAULT_CHECK_IN_OPENS_MINUTES
    )
    check_in_closes_minutes = models.PositiveIntegerField(_("check-in closes (minutes after the end)"), default=0)

    planned_budget = models.DecimalField(_("planned budget (yuan)"), max_digits=12, decimal_places=2, default=0)
    status = models.CharField(
        _("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.DRAFT, db_index=True
    )
    status_reason = models.TextField(_("reason"), blank=True, max_length=2000)
    marked_large_scale = models.BooleanField(_("marked large-scale by staff"), default=False)
    logged_afterwards = models.BooleanField(_("logged after it took place"), default=False)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    # RFC 5545 SEQUENCE: calendars that imported the event replace their copy when it grows.
    calendar_sequence = models.PositiveIntegerField(_("calendar revision"), default=0, editable=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="created_events"
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("The end must be after the start."),
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(confirmed_seats__lte=F("capacity")),
                name="event_confirmed_within_capacity",
                violation_error_message=_("Confirmed seats cannot exceed the capacity."),
            ),
            models.CheckConstraint(condition=Q(planned_budget__gte=0), name="event_budget_non_negative"),
            models.CheckConstraint(
                condition=Q(registration_opens_at__isnull=True)
                | Q(registration_closes_at__isnull=True)
                | Q(registration_closes_at__gt=F("registration_opens_at")),
                name="event_registration_window_ordered",
                violation_error_message=_("Sign-up must close after it opens."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "starts_at"], name="event_status_start"),
            # The event list: what has not ended (its count reads only those), and the timeline by start.
            models.Index(fields=["ends_at"], name="event_ends"),
            models.Index(fields=["starts_at", "id"], name="event_start"),
            models.Index(fields=["area", "starts_at"], name="event_area_start"),
            models.Index(fields=["organization", "starts_at"], name="event_org_start"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def seats_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_seats, 0)

    @property
    def check_in_opens_at(self) -> datetime:
        return self.starts_at - timedelta(minutes=self.check_in_opens_minutes)

    @property
    def check_in_closes_at(self) -> datetime:
        return self.ends_at + timedelta(minutes=self.check_in_closes_minutes)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waitlisted")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(TimeStampedModel):
    """One resident at one event, with uncounted-by-name companions each taking a seat."""

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations")
    resident = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="registrations"
    )
    companions = models.PositiveSmallIntegerField(_("accompanying persons"), default=0)
    # The group the resident says they belong to (optional): statistics credit their person-times to it.
    audience = models.ForeignKey(
        Audience,
        verbose_name=_("audience group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=16, choices=RegistrationStatus.choices, db_index=True)
    # Waiting-list order: first come, first served; positions are computed from it, so they never gap.
    queued_at = models.DateTimeField(_("queued at"), null=True, blank=True)
    check_in_code = models.CharField(_("check-in code"), max_length=16, unique=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "resident"], name="registration_unique_resident_event"),
            models.CheckConstraint(
                condition=~Q(status="waitlisted") | Q(queued_at__isnull=False),
                name="registration_waitlisted_is_queued",
            ),
            models.CheckConstraint(
                condition=Q(checked_in_at__isnull=True) | Q(status="confirmed"),
                name="registration_only_confirmed_check_in",
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status", "queued_at"], name="registration_queue"),
            models.Index(fields=["resident", "status"], name="registration_resident"),
            # The reminder sweep reads only the registrations of an event changed since it last planned.
            models.Index(fields=["event", "updated_at"], name="registration_changed"),
        ]

    def __str__(self) -> str:
        return f"{self.resident_id} @ {self.event_id} ({self.status})"

    @property
    def seats(self) -> int:
        return 1 + self.companions


class ReportStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for review")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned")


class EventReport(TimeStampedModel):
    """What actually happened. Only accepted reports count in official statistics."""

    event = models.OneToOneField(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="report")
    status = models.CharField(
        _("status"), max_length=16, choices=ReportStatus.choices, default=ReportStatus.SUBMITTED, db_index=True
    )
    checked_in = models.PositiveIntegerField(_("checked-in attendees"), default=0)
    walk_ins = models.PositiveIntegerField(_("walk-ins"), default=0)
    # Headcount of an online event, or of a mixed event's online part (viewers of a stream, online
    # participants); counted as online person-times.
    online_attendance = models.PositiveIntegerField(_("online participants (person-times)"), default=0)
    attendance = models.PositiveIntegerField(_("attendance (person-times)"), default=0)
    expenditure = models.DecimalField(_("actual expenditure (yuan)"), max_digits=12, decimal_places=2, default=0)
    summary = models.TextField(_("summary"), blank=True, max_length=5000)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted at"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("review comment"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("post-event report")
        verbose_name_plural = _("post-event reports")
        constraints = [
            models.CheckConstraint(condition=Q(expenditure__gte=0), name="report_expenditure_non_negative"),
            models.CheckConstraint(
                condition=Q(attendance=F("checked_in") + F("walk_ins") + F("online_attendance")),
                name="report_attendance_adds_up",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} ({self.status})"


class WalkInCount(models.Model):
    """Walk-ins by audience group, with no personal data."""

    report = models.ForeignKey(EventReport, on_delete=models.CASCADE, related_name="walk_in_counts")
    audience = models.ForeignKey(Audience, on_delete=models.PROTECT, related_name="+")
    count = models.PositiveIntegerField(_("count"))

    class Meta:
        verbose_name = _("walk-in count")
        verbose_name_plural = _("walk-in counts")
        constraints = [models.UniqueConstraint(fields=["report", "audience"], name="walk_in_unique_audience")]

    def __str__(self) -> str:
        return f"{self.audience_id}: {self.count}"


class EvidenceKind(models.TextChoices):
    PHOTO = "photo", _("Photo")
    SIGN_IN_SHEET = "sign_in_sheet", _("Sign-in sheet")
    OTHER = "other", _("Other")


class Evidence(TimeStampedModel):
    report = models.ForeignKey(EventReport, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("kind"), max_length=16, choices=EvidenceKind.choices)
    file = models.FileField(_("file"), upload_to="evidence/%Y/%m/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")


class CheckInSource(models.TextChoices):
    DOOR = "door", _("At the door")
    LIST = "list", _("From the registrant list")


class ScanOutcome(models.TextChoices):
    ACCEPTED = "accepted", _("Checked in")
    DUPLICATE = "duplicate", _("Already checked in")
    REFUSED = "refused", _("Refused")
    REVERTED = "reverted", _("Check-in undone")


class CheckInScan(models.Model):
    """One code presented at the door, as a device recorded it (possibly offline, synced later).

    The id is made by the device, so sending the same queue twice records each scan once; the first
    accepted scan of a registration checks it in, later ones are kept as duplicates so every device
    that saw the code can be told.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="check_in_scans")
    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.CASCADE, related_name="check_in_scans"
    )
    code = models.CharField(_("code"), max_length=32)
    device = models.CharField(_("device"), max_length=64, blank=True)
    source = models.CharField(_("source"), max_length=8, choices=CheckInSource.choices, default=CheckInSource.DOOR)
    scanned_at = models.DateTimeField(_("scanned at"))
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    outcome = models.CharField(_("outcome"), max_length=16, choices=ScanOutcome.choices)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("check-in scan")
        verbose_name_plural = _("check-in scans")
        ordering = ["received_at", "scanned_at"]
        indexes = [models.Index(fields=["event", "outcome"], name="checkin_scan_event_outcome")]
        constraints = [
            # A registration counts once, however many devices saw its code.
            models.UniqueConstraint(
                fields=["registration"], condition=Q(outcome="accepted"), name="checkin_scan_one_accepted"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} @ {self.event_id} ({self.outcome})"
