"""Reads of the audit log, scoped to what a staff member looks after."""

from typing import Any

from django.db.models import CharField, Model, Q, QuerySet
from django.db.models.functions import Cast

from kepu.accounts.models import User
from kepu.accounts.policies import Viewer, is_association_staff, staff_area_path, staff_area_q
from kepu.common.models import AuditEntry


def _scoped_targets(user: User) -> dict[str, QuerySet[Any, Any]]:
    """Target type -> queryset of that model's rows in the user's area subtree (ids only)."""
    from kepu.events.models import Event, EventReport, Evidence
    from kepu.funding.models import FundingRecord, Target
    from kepu.materials.models import Distribution
    from kepu.places.models import Area, Membership, Organization, Population

    sources: dict[str, tuple[type[Model], str]] = {
        "events.event": (Event, "area"),
        "events.eventreport": (EventReport, "event__area"),
        "events.evidence": (Evidence, "report__event__area"),
        "funding.fundingrecord": (FundingRecord, "area"),
        "funding.target": (Target, "area"),
        "places.population": (Population, "area"),
        "places.organization": (Organization, "area"),
        "places.membership": (Membership, "organization__area"),
        "materials.distribution": (Distribution, "area"),
    }
    scoped: dict[str, QuerySet[Any, Any]] = {
        label: model._default_manager.filter(staff_area_q(user, field)).values(text_id=Cast("pk", CharField()))
        for label, (model, field) in sources.items()
    }
    prefix = staff_area_path(user) or ""
    scoped["places.area"] = Area.objects.filter(path__startswith=prefix).values(text_id=Cast("pk", CharField()))
    return scoped


def audit_entries(*, user: Viewer) -> QuerySet[AuditEntry]:
    """District staff and administrators see the whole log; other staff the entries about their subtree.

    Each target type is matched against a subquery of the rows the staff member may see, so a page
    costs the same two queries (count and rows) whatever the number of types or entries.
    """
    queryset = AuditEntry.objects.select_related("actor").order_by("-created_at", "-id")
    if not is_association_staff(user):
        return queryset.none()
    area = user.staff_area if user.staff_area_id else None
    if staff_area_path(user) == "" or (area is not None and area.parent_id is None):
        return queryset
    scope = Q(pk__in=[])
    for label, ids in _scoped_targets(user).items():
        scope |= Q(target_type=label, target_id__in=ids)
    return queryset.filter(scope)
