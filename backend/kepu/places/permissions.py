"""Who may do what with the reference data.

Areas and active organizations are public (the event finder filters by them). Association staff
keep the data of their area's subtree (district staff and administrators: everything); organizers
see their own organizations' members. Population figures are for staff only.
"""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from kepu.accounts.policies import (
    Viewer,
    is_association_staff,
    is_organizer_of,
    staff_area_path,
    staff_covers_area,
)

from .models import Area, Organization


def can_create_area(user: Viewer, *, parent: Area | None) -> bool:
    """A root area is an administrator's (or whole-tree staff's) business; other areas go under one the
    staff member covers."""
    if parent is None:
        return staff_area_path(user) == ""
    return staff_covers_area(user, parent)


def can_manage_area(user: Viewer, area: Area) -> bool:
    return staff_covers_area(user, area)


def can_manage_organization(user: Viewer, organization: Organization) -> bool:
    return staff_covers_area(user, organization.area)


def can_view_members(user: Viewer, organization: Organization) -> bool:
    return can_manage_organization(user, organization) or is_organizer_of(user, organization.pk)


def can_see_organization_contacts(user: Viewer, organization: Organization) -> bool:
    """The contact person's name and number are for the staff of the area and the organization's own
    organizers, not for the public list."""
    return can_view_members(user, organization)


def can_manage_in_area(user: Viewer, area: Area) -> bool:
    """Records tied to an area (organizations, population figures) are kept by the staff covering it."""
    return staff_covers_area(user, area)


class IsAssociationStaff(BasePermission):
    message = _("Only association staff may do this.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        return is_association_staff(request.user)


class ReadOnlyOrAssociationStaff(BasePermission):
    """Anyone reads; only association staff write (scoped further per object by the views)."""

    message = _("Only association staff may change reference data.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        return request.method in SAFE_METHODS or is_association_staff(request.user)
