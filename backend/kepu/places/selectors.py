"""Reads on the reference data, each scoped to what the user may see."""

from django.db.models import Q, QuerySet

from kepu.accounts.policies import organizer_org_ids, staff_area_q

from .models import Area, Membership, Organization, Population


def area_subtree(*, area: Area) -> QuerySet[Area]:
    """The area and everything under it: one indexed prefix match on the tree path."""
    return Area.objects.filter(path__startswith=area.path)


def area_list() -> QuerySet[Area]:
    """The administrative tree is public: the event finder filters by it."""
    return Area.objects.all()


def organization_list(*, user) -> QuerySet[Organization]:
    """Active organizations for everyone; staff also see inactive ones in their subtree, organizers
    their own."""
    visible = Q(is_active=True)
    if user is not None and user.is_authenticated:
        visible |= staff_area_q(user, "area")
        org_ids = organizer_org_ids(user)
        if org_ids:
            visible |= Q(pk__in=org_ids)
    return Organization.objects.filter(visible).select_related("area")


def organization_members(*, organization: Organization) -> QuerySet[Membership]:
    return organization.memberships.select_related("user").order_by("created_at", "id")


def population_list(*, user) -> QuerySet[Population]:
    """Population figures of the staff member's subtree (nothing for anyone else)."""
    return Population.objects.filter(staff_area_q(user, "area")).select_related("area")
