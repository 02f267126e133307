"""What an audit entry is about, in words a staff member reads, and which page of the web app shows it.

``describe_targets`` names the objects of a page of entries in one query per kind of object (a
deleted object is named from what its entry recorded), and points each entry at the page to open:
a report or a registration opens its event, a membership its organization.
"""

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from kepu.accounts.models import User, mask_phone
from kepu.common.models import AuditEntry
from kepu.events.models import Event, EventReport, Evidence, Registration
from kepu.funding.models import FundingRecord, Target
from kepu.materials.models import Distribution, Material
from kepu.people.models import Popularizer, Volunteer, VolunteerRole, VolunteerSignup
from kepu.places.models import Area, Membership, Organization, Population
from kepu.venues.models import GalleryRefresh, Venue


@dataclass(frozen=True)
class TargetWords:
    kind: str  # the page that shows the object: event, organization, funding, …
    id: int | None  # the id of the object that page shows; None when it is gone
    name: str  # how the object is called, e.g. the event's title
    note: str  # the reason or comment the entry recorded, if any


def _person(user: User | None) -> str:
    if user is None:
        return ""
    return user.name or mask_phone(user.phone)


def _event_title(event: Event | None) -> str:
    return event.title if event else ""


# target type -> (kind of page, how to fetch a page's objects, name, id of the page's object)
SOURCES: dict[str, tuple[str, Any, Any, Any]] = {
    "events.event": ("event", Event.objects.all(), lambda o: o.title, lambda o: o.pk),
    "events.eventreport": (
        "event",
        EventReport.objects.select_related("event"),
        lambda o: _event_title(o.event),
        lambda o: o.event_id,
    ),
    "events.evidence": (
        "event",
        Evidence.objects.select_related("report__event"),
        lambda o: _event_title(o.report.event),
        lambda o: o.report.event_id,
    ),
    "events.registration": (
        "event",
        Registration.objects.select_related("event"),
        lambda o: _event_title(o.event),
        lambda o: o.event_id,
    ),
    "funding.fundingrecord": (
        "funding",
        FundingRecord.objects.select_related("area"),
        lambda o: f"¥{o.amount} {o.purpose or o.area.name}",
        lambda o: o.pk,
    ),
    "funding.target": (
        "target",
        Target.objects.select_related("area"),
        lambda o: f"{o.area.name} {o.year}",
        lambda o: o.pk,
    ),
    "places.population": (
        "population",
        Population.objects.select_related("area"),
        lambda o: f"{o.area.name} {o.year}",
        lambda o: o.area_id,
    ),
    "places.organization": ("organization", Organization.objects.all(), lambda o: o.name, lambda o: o.pk),
    "places.membership": (
        "organization",
        Membership.objects.select_related("user", "organization"),
        lambda o: f"{_person(o.user)} · {o.organization.name}",
        lambda o: o.organization_id,
    ),
    "places.area": ("area", Area.objects.all(), lambda o: o.name, lambda o: o.pk),
    "materials.material": ("material", Material.objects.all(), lambda o: o.name, lambda o: o.pk),
    "materials.distribution": (
        "event",
        Distribution.objects.select_related("material"),
        lambda o: f"{o.material.name} × {o.quantity}",
        lambda o: o.event_id,
    ),
    "accounts.user": ("account", User.objects.all(), _person, lambda o: o.pk),
    "people.popularizer": (
        "organization",
        Popularizer.objects.select_related("organization"),
        lambda o: f"{o.name} · {o.organization.name}",
        lambda o: o.organization_id,
    ),
    "people.volunteer": (
        "volunteer",
        Volunteer.objects.select_related("user"),
        lambda o: _person(o.user),
        lambda o: o.pk,
    ),
    "people.volunteerrole": (
        "event",
        VolunteerRole.objects.select_related("event"),
        lambda o: f"{o.name} · {o.event.title}",
        lambda o: o.event_id,
    ),
    "people.volunteersignup": (
        "event",
        VolunteerSignup.objects.select_related("event", "volunteer__user"),
        lambda o: f"{_person(o.volunteer.user)} · {o.event.title}",
        lambda o: o.event_id,
    ),
    "venues.venue": ("venue", Venue.objects.all(), lambda o: o.name, lambda o: o.pk),
    "venues.galleryrefresh": (
        "venue",
        GalleryRefresh.objects.select_related("venue"),
        lambda o: f"{o.venue.name} · {o.theme}",
        lambda o: o.venue_id,
    ),
}


def _plain(value: Any) -> Any:
    """The new value of an (old, new) change, or the value itself."""
    if isinstance(value, dict) and set(value) == {"old", "new"}:
        return value["new"]
    return value


def _note(changes: dict) -> str:
    for key in ("comment", "reason"):
        value = _plain(changes.get(key))
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _recorded_name(entry: AuditEntry, organizations: dict[int, str], people: dict[int, str]) -> str:
    """A deleted object's name from what its entry recorded."""
    changes = entry.changes or {}
    for key in ("title", "name"):
        value = _plain(changes.get(key))
        if isinstance(value, str) and value:
            return value
    if entry.target_type == "places.membership":
        person = people.get(_plain(changes.get("user")), "")
        organization = organizations.get(_plain(changes.get("organization")), "")
        if person or organization:
            return f"{person} · {organization}"
    return f"#{entry.target_id}"


def describe_targets(entries: list[AuditEntry]) -> dict[int, TargetWords]:
    """Entry id -> what it is about, for a page of entries (one query per kind of object on the page)."""
    by_type: dict[str, set[int]] = {}
    for entry in entries:
        if entry.target_type in SOURCES and entry.target_id.isdigit():
            by_type.setdefault(entry.target_type, set()).add(int(entry.target_id))
    found = {label: SOURCES[label][1].in_bulk(ids) for label, ids in by_type.items()}

    gone_memberships = [
        entry
        for entry in entries
        if entry.target_type == "places.membership" and int(entry.target_id) not in found.get(entry.target_type, {})
    ]
    organization_ids = {_plain((e.changes or {}).get("organization")) for e in gone_memberships}
    person_ids = {_plain((e.changes or {}).get("user")) for e in gone_memberships}
    organizations = dict(
        Organization.objects.filter(pk__in=[i for i in organization_ids if isinstance(i, int)]).values_list(
            "pk", "name"
        )
    )
    people = {
        user.pk: _person(user) for user in User.objects.filter(pk__in=[i for i in person_ids if isinstance(i, int)])
    }

    words = {}
    for entry in entries:
        note = _note(entry.changes or {})
        source = SOURCES.get(entry.target_type)
        if source is None:
            words[entry.pk] = TargetWords(kind="", id=None, name=f"{entry.target_type} #{entry.target_id}", note=note)
            continue
        kind, _queryset, name_of, page_of = source
        target = found.get(entry.target_type, {}).get(int(entry.target_id)) if entry.target_id.isdigit() else None
        if target is None:
            words[entry.pk] = TargetWords(
                kind=kind, id=None, name=_recorded_name(entry, organizations, people), note=note
            )
        else:
            words[entry.pk] = TargetWords(kind=kind, id=page_of(target), name=name_of(target), note=note)
    return words


def actor_name(entry: AuditEntry) -> str:
    return _person(entry.actor) or _("The system")
