"""iCalendar (RFC 5545) feeds of events, in the district's time zone.

Every text goes through icalendar's TEXT type, which escapes line breaks, commas and semicolons. A
cancelled event stays in the feeds it was published in, as ``STATUS:CANCELLED`` with a higher
``SEQUENCE``, so calendars that imported it learn of the cancellation instead of keeping a ghost.
"""

from collections.abc import Iterable
from datetime import UTC
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Timezone, vText
from icalendar import Event as CalendarEvent

from .models import Event, EventStatus

PRODID = "-//Kepu//Science popularization events//ZH"


def _uid(event: Event) -> str:
    """Stable across feeds and edits, so calendar apps update instead of duplicating."""
    return f"event-{event.pk}@kepu"


def _description(event: Event) -> str:
    if event.status != EventStatus.CANCELLED:
        return event.description
    notice = (
        _("This event has been cancelled: %(reason)s") % {"reason": event.status_reason}
        if event.status_reason
        else _("This event has been cancelled.")
    )
    return f"{notice}\n\n{event.description}" if event.description else notice


def build_calendar(events: Iterable[Event], *, name: str) -> bytes:
    tz = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # X- properties have no type of their own: say it is TEXT so that it is escaped like the rest.
    calendar.add("x-wr-calname", vText(name))
    calendar.add("x-wr-timezone", vText(settings.TIME_ZONE))
    calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    stamp = timezone.now().astimezone(UTC)
    for event in events:
        item = CalendarEvent()
        item.add("uid", _uid(event))
        item.add("dtstamp", stamp)
        item.add("sequence", event.calendar_sequence)
        item.add("dtstart", event.starts_at.astimezone(tz))
        item.add("dtend", event.ends_at.astimezone(tz))
        item.add("summary", event.title)
        description = _description(event)
        if description:
            item.add("description", description)
        location = event.address or event.online_url
        if location:
            item.add("location", location)
        if event.online_url:
            item.add("url", event.online_url)
        item.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
        item.add("last-modified", event.updated_at.astimezone(UTC))
        calendar.add_component(item)
    return calendar.to_ical()
