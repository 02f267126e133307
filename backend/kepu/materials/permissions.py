"""Who may see and change the material catalog and distributions."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from kepu.accounts.policies import (
    Viewer,
    is_association_staff,
    is_district_staff,
    is_organizer_of,
    organizer_org_ids,
    staff_area_q,
    staff_covers_area,
)
from kepu.events.models import Event
from kepu.places.models import Area

from .models import Distribution


def can_manage_catalog(user: Viewer) -> bool:
    """The catalog is one list for the whole district, so the staff who see the whole district keep it
    (and administrators); a subdistrict's staff read it like everyone else, as a change would reach
    every other subdistrict's reports."""
    return is_district_staff(user)


class CatalogAction(models.TextChoices):
    CREATE = "create", _("Add a material")
    CHANGE = "change", _("Change a material")
    DELETE = "delete", _("Delete a material")


def catalog_actions(user: Viewer) -> list[CatalogAction]:
    """What ``user`` may do with the catalog, the same for every entry (see ``can_manage_catalog``)."""
    return list(CatalogAction) if can_manage_catalog(user) else []


def visible_distributions_q(user: Viewer) -> Q:
    """Staff see their area subtree; organizers see what was handed out at their organizations' events."""
    q = Q(pk__in=[])
    if is_association_staff(user):
        q |= staff_area_q(user, "area")
    org_ids = organizer_org_ids(user)
    if org_ids:
        q |= Q(event__organization_id__in=org_ids)
    return q


def can_record_distribution(user: Viewer, *, area: Area, event: Event | None) -> bool:
    """Staff record anywhere in their subtree; organizers only at their own organizations' events."""
    if event is not None and is_organizer_of(user, event.organization_id):
        return True
    return is_association_staff(user) and staff_covers_area(user, area)


def can_change_distribution(user: Viewer, distribution: Distribution) -> bool:
    return can_record_distribution(user, area=distribution.area, event=distribution.event)


class CatalogPermission(BasePermission):
    """Anyone signed in reads the catalog (organizers need it for their reports); the district's staff
    write."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return request.method in SAFE_METHODS or can_manage_catalog(request.user)


class DistributionPermission(BasePermission):
    """Only staff and organizers deal with distributions at all."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and (is_association_staff(user) or organizer_org_ids(user)))
