"""Who may see and do what with venues, the events held at them and gallery refreshes.

Venues are public (residents look for them; the event page names its venue). Staff keep the venues of
their area's subtree; the organizers of the organization that runs a venue keep its details and its
refresh log too. An event's venue is set by the event's organizers.
"""

from django.db.models import Q

from kepu.accounts.policies import Viewer, is_association_staff, is_organizer_of, organizer_org_ids, staff_area_q
from kepu.accounts.policies import staff_covers_area as _covers
from kepu.events.models import Event
from kepu.events.permissions import can_organize
from kepu.places.models import Area, Organization

from .models import Venue


def signed_in(user: Viewer) -> bool:
    return bool(user and user.is_authenticated)


def can_create_venue_in(user: Viewer, area: Area, organization: Organization | None = None) -> bool:
    if _covers(user, area):
        return True
    return bool(organization and signed_in(user) and is_organizer_of(user, organization.pk))


def can_manage_venue(user: Viewer, venue: Venue) -> bool:
    if not signed_in(user):
        return False
    if _covers(user, venue.area):
        return True
    return bool(venue.organization_id and is_organizer_of(user, venue.organization_id))


def can_see_refreshes(user: Viewer, venue: Venue) -> bool:
    """The refresh log (with photos of noticeboards in public places) is for those who keep the venue."""
    return can_manage_venue(user, venue)


def managed_venues_q(user: Viewer) -> Q:
    if not signed_in(user):
        return Q(pk__in=[])
    q = Q(organization_id__in=organizer_org_ids(user))
    if is_association_staff(user):
        q |= staff_area_q(user, "area")
    return q


def can_set_event_venue(user: Viewer, event: Event) -> bool:
    return can_organize(user, event)
