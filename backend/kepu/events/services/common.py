"""Helpers shared by the event services: locking, state guards, recipients."""

from collections.abc import Iterable

from django.utils.translation import gettext as _

from kepu.accounts.models import Role, User
from kepu.common.errors import Conflict

from ..models import Event, EventStatus, Registration, RegistrationStatus


def lock_event(event_id: int) -> Event:
    """Take the event's row lock (bounded by the connection's ``lock_timeout``); the area comes along
    in the same read, locked no further."""
    return Event.objects.select_related("area").select_for_update(of=("self",)).get(pk=event_id)


def require_status(event: Event, allowed: Iterable[str], action: str) -> None:
    allowed = tuple(allowed)
    if event.status not in allowed:
        raise Conflict(
            _("Cannot %(action)s an event that is %(status)s (allowed when: %(allowed)s).")
            % {
                "action": action,
                "status": event.get_status_display(),
                "allowed": ", ".join(str(EventStatus(s).label) for s in allowed),
            }
        )


def organizers_of(event: Event) -> list[User]:
    return list(User.objects.filter(memberships__organization_id=event.organization_id, is_active=True).distinct())


def staff_covering(event: Event) -> list[User]:
    """Staff whose area is the event's area or one of its ancestors, and administrators."""
    ancestor_ids = [int(part) for part in event.area.path.strip("/").split("/") if part]
    return list(
        User.objects.filter(is_active=True)
        .filter(role=Role.STAFF, staff_area_id__in=ancestor_ids)
        .union(User.objects.filter(is_active=True, role=Role.ADMIN))
    )


def active_registrants(event: Event) -> list[User]:
    return list(
        User.objects.filter(
            registrations__event=event,
            registrations__status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
        ).distinct()
    )


def registration_seats(registration: Registration) -> int:
    return 1 + registration.companions
