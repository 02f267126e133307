from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Greatest
from django.utils.translation import gettext_lazy as _

from kepu.common.models import TimeStampedModel


class NotificationKind(models.TextChoices):
    REGISTRATION_CONFIRMED = "registration_confirmed", _("Sign-up confirmed")
    REGISTRATION_WAITLISTED = "registration_waitlisted", _("On the waiting list")
    WAITLIST_PROMOTED = "waitlist_promoted", _("Promoted from the waiting list")
    EVENT_REMINDER = "event_reminder", _("Event reminder")
    EVENT_CHANGED = "event_changed", _("Event changed")
    EVENT_CANCELLED = "event_cancelled", _("Event cancelled")
    EVENT_APPROVED = "event_approved", _("Event approved")
    EVENT_REJECTED = "event_rejected", _("Event rejected")
    EVENT_FULL = "event_full", _("Event full")
    REPORT_DUE = "report_due", _("Post-event report due")
    REPORT_OVERDUE = "report_overdue", _("Post-event report overdue")
    REPORT_ACCEPTED = "report_accepted", _("Report accepted")
    REPORT_RETURNED = "report_returned", _("Report returned")
    APPROVAL_PENDING = "approval_pending", _("Events waiting for approval")
    WEEKLY_DIGEST = "weekly_digest", _("Weekly digest")
    FUNDING_BEHIND = "funding_behind", _("Per-capita funding behind schedule")


class NotificationState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


class Notification(TimeStampedModel):
    """One message to one person. ``subject_key`` names what it is about (``event:12:reminder:24``) so the
    unique constraint makes every notification exist at most once, however often it is requested."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=NotificationKind.choices)
    subject_key = models.CharField(_("subject"), max_length=128)
    event = models.ForeignKey(
        "events.Event", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    context = models.JSONField(_("context"), default=dict, blank=True)
    due_at = models.DateTimeField(_("due at"), db_index=True)
    state = models.CharField(
        _("state"), max_length=16, choices=NotificationState.choices, default=NotificationState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    # The sweep's claim: a worker that dies leaves the row ``sending`` with an old ``claimed_at``, and the
    # next sweep takes it back with a new token; work done under an old token is ignored.
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    claim_token = models.UUIDField(_("claim token"), null=True, blank=True)
    # Set when a channel waits (quiet hours, retry backoff): the sweep looks at the row again from then.
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-due_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "kind", "subject_key"], name="notification_unique_subject"),
        ]
        indexes = [
            # The claim's order as an index range: a pending row is ready at the later of its due time and
            # its next attempt (GREATEST skips a NULL), so a batch reads its 200 rows from the start of the
            # range and never steps over rows that wait for quiet hours or a backoff, nor sorts what is due.
            models.Index(
                Greatest("due_at", "next_attempt_at"), "id", name="notification_ready", condition=Q(state="pending")
            ),
            models.Index(fields=["recipient", "read_at"], name="notification_inbox"),
            models.Index(fields=["claimed_at"], name="notification_claimed", condition=Q(state="sending")),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id} ({self.state})"


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    SMS = "sms", _("SMS")


class ChannelChoice(models.TextChoices):
    """What a person wants beyond the in-app inbox, which always receives everything."""

    IN_APP = "in_app", _("In-app only")
    EMAIL = "email", _("Email")
    SMS = "sms", _("SMS")
    BOTH = "both", _("Email and SMS")


class NotificationPreference(TimeStampedModel):
    """One per user; a user without a row gets the defaults (SMS, reminders on)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    channels = models.CharField(_("channels"), max_length=8, choices=ChannelChoice.choices, default=ChannelChoice.SMS)
    reminders = models.BooleanField(_("event reminders"), default=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        # The reminder sweep looks up the preferences changed since it last planned.
        indexes = [models.Index(fields=["updated_at"], name="preference_changed")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.channels}"


class ReminderPlan(models.Model):
    """How far the sweep has planned one reminder (one event, hours before, start time): every
    registration and preference changed before ``covered_until`` has been considered, so a later sweep
    reads only those changed since (kepu.notifications.planning)."""

    subject_key = models.CharField(_("subject"), max_length=128, unique=True)
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="+")
    covered_until = models.DateTimeField(_("covered until"))

    class Meta:
        verbose_name = _("reminder plan")
        verbose_name_plural = _("reminder plans")

    def __str__(self) -> str:
        return f"{self.subject_key} until {self.covered_until}"


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    # Not sent on purpose: it could only have gone out after the event started (quiet hours, retries), or
    # the notification was withdrawn. The inbox row is not affected.
    DROPPED = "dropped", _("Dropped")


class Delivery(TimeStampedModel):
    """One notification on one outside channel. The (notification, channel) constraint makes the row exist
    once; the conditional ``pending → sending`` update makes one worker at a time call the gateway. The
    ``idempotency_key`` is random (unique across installations, unlike ids that a reset or a staging
    copy reuses) and travels to the gateway, and into the e-mail's Message-ID, so a call repeated after a
    crash is recognised there."""

    notification = models.ForeignKey(
        Notification, verbose_name=_("notification"), on_delete=models.CASCADE, related_name="deliveries"
    )
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    idempotency_key = models.CharField(_("idempotency key"), max_length=64, unique=True)
    state = models.CharField(_("state"), max_length=16, choices=DeliveryState.choices, default=DeliveryState.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    claim_token = models.UUIDField(_("claim token"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["notification", "channel"], name="delivery_unique_channel"),
        ]

    def __str__(self) -> str:
        return f"{self.idempotency_key} ({self.state})"
