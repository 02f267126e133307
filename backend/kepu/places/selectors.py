"""Reads on the reference data, each scoped to what the user may see."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from kepu.accounts.policies import Viewer, organizer_org_ids, staff_area_q

from .models import Area, Membership, Organization, Population


def area_list() -> QuerySet[Area]:
    """The administrative tree is public: the event finder filters by it."""
    return Area.objects.all()


def organization_list(*, user: Viewer) -> QuerySet[Organization]:
    """Active organizations for everyone; staff also see inactive ones in their subtree, organizers
    their own."""
    visible = Q(is_active=True)
    if user is not None and user.is_authenticated:
        visible |= staff_area_q(user, "area")
        org_ids = organizer_org_ids(user)
        if org_ids:
            visible |= Q(pk__in=org_ids)
    return Organization.objects.filter(visible).select_related("area")


MEMBER_RECENT_EVENTS = 5


def organization_members(*, organization: Organization) -> QuerySet[Membership]:
    """The organizers, each with how many of the organization's events they registered and the latest
    few of them (``user.events_here``), in three queries."""
    from kepu.events.models import Event

    here = Q(user__created_events__organization=organization)
    recent = Event.objects.filter(organization=organization).order_by("-starts_at", "-id")[:MEMBER_RECENT_EVENTS]
    return (
        organization.memberships.select_related("user")
        .annotate(event_count=Count("user__created_events", filter=here, distinct=True))
        .prefetch_related(Prefetch("user__created_events", queryset=recent, to_attr="events_here"))
        .order_by("created_at", "id")
    )


def population_list(*, user: Viewer) -> QuerySet[Population]:
    """Population figures of the staff member's subtree (nothing for anyone else)."""
    return Population.objects.filter(staff_area_q(user, "area")).select_related("area")


def population_import_effects(*, rows: list[dict]) -> list[dict]:
    """What importing validated ``rows`` would do to each figure (the same rule as ``population_import``:
    the figure is replaced, the source only when the line gives one). One query."""
    existing = {
        (row.area_id, row.year): row
        for row in Population.objects.filter(
            area__in={row["area"].pk for row in rows}, year__in={row["year"] for row in rows}
        ).order_by()
    }
    effects = []
    for row in rows:
        current = existing.get((row["area"].pk, row["year"]))
        if current is None:
            effect = "created"
        elif current.residents == row["residents"] and (not row["source"] or row["source"] == current.source):
            effect = "unchanged"
        else:
            effect = "updated"
        effects.append({**row, "current": current.residents if current else None, "effect": effect})
    return effects


def population_year_areas(
    *, user: Viewer, year: int, within: Area | None = None, missing_only: bool = False
) -> QuerySet[Area]:
    """The areas of the staff member's subtree (or of ``within`` inside it) in tree order, each marked
    with whether it has its own figure for ``year``."""
    from kepu.accounts.policies import staff_area_path

    prefix = staff_area_path(user)
    if prefix is None:
        return Area.objects.none()
    queryset = Area.objects.filter(path__startswith=prefix)
    if within is not None:
        queryset = queryset.filter(path__startswith=within.path)
    queryset = queryset.annotate(has_figure=Exists(Population.objects.filter(area=OuterRef("pk"), year=year)))
    if missing_only:
        queryset = queryset.filter(has_figure=False)
    return queryset.order_by("path")


def population_figures(*, areas: list[Area], years: list[int]) -> dict[tuple[int, int], Population]:
    """(area id, year) -> figure, for a page of areas (one query)."""
    rows = Population.objects.filter(area__in=[area.pk for area in areas], year__in=years).order_by()
    return {(row.area_id, row.year): row for row in rows}
