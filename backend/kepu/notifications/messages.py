"""What each kind of notification says, rendered in the recipient's language.

The texts are English gettext source strings; the Chinese comes from this app's
``locale/zh_Hans/LC_MESSAGES/django.mo`` (committed, so a fresh clone speaks Chinese without a compile
step). Missing context values render empty rather than failing: a notice is never lost to a template.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import formats, timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import Notification, NotificationKind

K = NotificationKind

StrOrPromise = str | Promise
MESSAGES: dict[str, tuple[StrOrPromise, StrOrPromise]] = {
    K.REGISTRATION_CONFIRMED: (
        _("Sign-up confirmed: %(event_title)s"),
        _("You are signed up for %(event_title)s on %(starts_at)s at %(place)s. Show your check-in code at the door."),
    ),
    K.REGISTRATION_WAITLISTED: (
        _("On the waiting list: %(event_title)s"),
        _("%(event_title)s on %(starts_at)s is full. You are on the waiting list and will be told if a seat frees up."),
    ),
    K.WAITLIST_PROMOTED: (
        _("You have a seat: %(event_title)s"),
        _("A seat freed up: you are now signed up for %(event_title)s on %(starts_at)s at %(place)s."),
    ),
    K.EVENT_REMINDER: (
        _("Reminder: %(event_title)s"),
        _("%(event_title)s starts on %(starts_at)s at %(place)s. See you there!"),
    ),
    K.EVENT_CHANGED: (
        _("Event changed: %(event_title)s"),
        _("%(event_title)s has changed. It now takes place on %(starts_at)s at %(place)s."),
    ),
    K.EVENT_CANCELLED: (
        _("Event cancelled: %(event_title)s"),
        _("%(event_title)s on %(starts_at)s has been cancelled."),
    ),
    K.EVENT_APPROVED: (
        _("Event approved: %(event_title)s"),
        _("%(event_title)s has been approved and is now open to the public."),
    ),
    K.EVENT_REJECTED: (
        _("Event rejected: %(event_title)s"),
        _("%(event_title)s was not approved."),
    ),
    K.EVENT_FULL: (
        _("Event full: %(event_title)s"),
        _("All seats for %(event_title)s on %(starts_at)s are taken; new sign-ups join the waiting list."),
    ),
    K.REPORT_DUE: (
        _("Report due: %(event_title)s"),
        _("%(event_title)s has ended. Please submit the post-event report: attendance, expenditure and evidence."),
    ),
    K.REPORT_OVERDUE: (
        _("Report overdue: %(event_title)s"),
        _("The post-event report for %(event_title)s, which ended on %(ends_at)s, has not been submitted yet."),
    ),
    K.REPORT_ACCEPTED: (
        _("Report accepted: %(event_title)s"),
        _("The post-event report for %(event_title)s has been accepted."),
    ),
    K.REPORT_RETURNED: (
        _("Report returned: %(event_title)s"),
        _("The post-event report for %(event_title)s was returned for changes."),
    ),
    K.APPROVAL_PENDING: (
        _("Waiting for approval: %(event_title)s"),
        _("%(event_title)s (%(starts_at)s) has been submitted and waits for your review."),
    ),
    K.WEEKLY_DIGEST: (
        _("Weekly digest: week %(week)s"),
        _(
            "Events waiting for approval: %(submitted)s. Reports waiting for review: %(reports_waiting)s. "
            "Events held last week: %(held)s. Events in the coming week: %(upcoming)s."
        ),
    ),
    K.FUNDING_BEHIND: (
        _("Per-capita funding behind schedule: %(area)s"),
        _(
            "%(area)s has raised %(per_capita)s yuan per resident this year, below the %(pro_rata)s yuan "
            "expected by now (yearly target %(target)s yuan)."
        ),
    ),
}
# Events' code also uses ``approval_pending`` for a post-event report waiting for review.
REPORT_REVIEW = (
    _("Report waiting for review: %(event_title)s"),
    _("The post-event report for %(event_title)s has been submitted and waits for your review."),
)
EXTRA_LINES = {"reason": _("Reason: %(reason)s"), "comment": _("Reviewer's comment: %(comment)s")}


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class Rendered:
    title: str
    body: str

    @property
    def sms_text(self) -> str:
        return f"{self.title}\n{self.body}"


def _when(value: datetime | str | None) -> str:
    if isinstance(value, str):
        value = _parse(value)
    if value is None:
        return ""
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _context(notification: Notification) -> _Lenient:
    values = _Lenient({key: value for key, value in (notification.context or {}).items() if value is not None})
    if "title" in values:
        values.setdefault("event_title", values["title"])
    event = notification.event
    if event is not None:
        values["event_title"] = event.title
        values["starts_at"] = event.starts_at
        values["ends_at"] = event.ends_at
        values.setdefault("place", event.address or event.online_url)
    for key in ("starts_at", "ends_at"):
        if key in values:
            values[key] = _when(values[key])
    return values


def render(notification: Notification, language: str | None = None) -> Rendered:
    """Title and body of ``notification`` in ``language`` (default: the recipient's, else zh-hans)."""
    language = language or getattr(notification.recipient, "language", None) or "zh-hans"
    title, body = MESSAGES.get(notification.kind) or (_("Notice"), "%(text)s")
    if notification.kind == NotificationKind.APPROVAL_PENDING and (notification.context or {}).get("report"):
        title, body = REPORT_REVIEW
    with translation.override(language):
        values = _context(notification)
        text_title = str(title) % values
        text_body = str(body) % values
        for key, line in EXTRA_LINES.items():
            if values.get(key):
                text_body = f"{text_body}\n{str(line) % values}"
    return Rendered(title=text_title, body=text_body)
