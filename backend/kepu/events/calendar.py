"""iCalendar (RFC 5545) feeds of events, in the district's time zone."""

from collections.abc import Iterable
from datetime import UTC
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Timezone
from icalendar import Event as CalendarEvent

from .models import Event, EventStatus

PRODID = "-//Kepu//Science popularization events//ZH"


def _uid(event: Event) -> str:
    """Stable across feeds and edits, so calendar apps update instead of duplicating."""
    return f"event-{event.pk}@kepu"


def build_calendar(events: Iterable[Event], *, name: str) -> bytes:
    tz = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    stamp = timezone.now().astimezone(UTC)
    for event in events:
        item = CalendarEvent()
        item.add("uid", _uid(event))
        item.add("dtstamp", stamp)
        item.add("dtstart", event.starts_at.astimezone(tz))
        item.add("dtend", event.ends_at.astimezone(tz))
        item.add("summary", event.title)
        if event.description:
            item.add("description", event.description)
        location = event.address or event.online_url
        if location:
            item.add("location", location)
        if event.online_url:
            item.add("url", event.online_url)
        item.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
        item.add("last-modified", event.updated_at.astimezone(UTC))
        calendar.add_component(item)
    return calendar.to_ical()
