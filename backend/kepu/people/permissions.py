"""Who may see and do what with popularizers, volunteers, volunteer roles and service hours.

Popularizers are kept by their organization's organizers and by the staff covering its area.
Volunteers see and manage their own registration and sign-ups. An event's volunteer roles are set
by its organizers, who check volunteers in and confirm their hours; staff covering the event's area
see them. The views turn "not visible" into 404 and "visible but not allowed" into 403.
"""

from django.db.models import Q

from kepu.accounts.policies import (
    Viewer,
    is_association_staff,
    is_organizer_of,
    organizer_org_ids,
    staff_area_q,
    staff_covers_area,
)
from kepu.events.models import Event, EventStatus
from kepu.events.permissions import can_organize, can_review
from kepu.places.models import Organization

from .models import Popularizer, Volunteer, VolunteerSignup


def signed_in(user: Viewer) -> bool:
    return bool(user and user.is_authenticated)


# Popularizers ------------------------------------------------------------------------------------


def visible_popularizers_q(user: Viewer) -> Q:
    if not signed_in(user):
        return Q(pk__in=[])
    q = Q(organization_id__in=organizer_org_ids(user))
    if is_association_staff(user):
        q |= staff_area_q(user, "organization__area")
    return q


def can_keep_popularizers_of(user: Viewer, organization: Organization) -> bool:
    """An organization's own organizers, and the staff covering its area."""
    return signed_in(user) and (is_organizer_of(user, organization.pk) or staff_covers_area(user, organization.area))


def can_manage_popularizer(user: Viewer, popularizer: Popularizer) -> bool:
    return can_keep_popularizers_of(user, popularizer.organization)


# Volunteers --------------------------------------------------------------------------------------


def visible_volunteers_q(user: Viewer) -> Q:
    """Staff see the volunteers of their area's subtree; organizers those their organizations registered
    and those who signed up for their events; everyone their own registration."""
    if not signed_in(user):
        return Q(pk__in=[])
    q = Q(user=user)
    org_ids = organizer_org_ids(user)
    if org_ids:
        q |= Q(organization_id__in=org_ids) | Q(signups__event__organization_id__in=org_ids)
    if is_association_staff(user):
        q |= staff_area_q(user, "area")
    return q


def can_register_volunteers_for(user: Viewer, organization: Organization) -> bool:
    return can_keep_popularizers_of(user, organization)


def can_manage_volunteer(user: Viewer, volunteer: Volunteer) -> bool:
    """The volunteer themself, or the staff covering their area."""
    return signed_in(user) and (volunteer.user_id == user.pk or staff_covers_area(user, volunteer.area))


# Roles, sign-ups and hours -----------------------------------------------------------------------


# Roles stay as they were once an event is cancelled, rejected or its report filed.
ROLES_LOCKED = (EventStatus.CANCELLED, EventStatus.REJECTED, EventStatus.REPORTED)


def can_manage_roles(user: Viewer, event: Event) -> bool:
    return can_organize(user, event)


def roles_changeable(user: Viewer, event: Event) -> bool:
    """What the role list offers: the event's organizers change its roles while the event is open for it."""
    return can_manage_roles(user, event) and event.status not in ROLES_LOCKED


def can_see_volunteers_of(user: Viewer, event: Event) -> bool:
    return can_organize(user, event) or can_review(user, event)


def can_confirm_hours(user: Viewer, event: Event) -> bool:
    """Only the event's own organizers confirm service hours; staff review the report they come with."""
    return can_organize(user, event)


def visible_signups_q(user: Viewer) -> Q:
    if not signed_in(user):
        return Q(pk__in=[])
    q = Q(volunteer__user=user)
    org_ids = organizer_org_ids(user)
    if org_ids:
        q |= Q(event__organization_id__in=org_ids)
    return q


def is_signup_owner(user: Viewer, signup: VolunteerSignup) -> bool:
    return signed_in(user) and signup.volunteer.user_id == user.pk


def can_cancel_signup(user: Viewer, signup: VolunteerSignup) -> bool:
    return is_signup_owner(user, signup) or can_organize(user, signup.event)


def can_check_in_signup(user: Viewer, signup: VolunteerSignup) -> bool:
    return can_organize(user, signup.event)
