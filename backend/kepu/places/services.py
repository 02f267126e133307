"""Writes on the reference data: areas, organizations, memberships and population figures.

Every function is atomic and leaves an audit entry in the same transaction.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model, ProtectedError, RestrictedError, Value
from django.db.models.functions import Concat, Substr
from django.utils.translation import gettext as _

from kepu.accounts.models import Role, User
from kepu.common.arguments import UNSET, Maybe, given
from kepu.common.audit import assign_changes, audit_record, diff_fields
from kepu.common.errors import Conflict

from .models import Area, AreaLevel, Membership, Organization, Population

# A child sits strictly below its parent: district → subdistrict/town/township → community/village.
LEVEL_RANK: dict[str, int] = {
    AreaLevel.DISTRICT: 0,
    AreaLevel.SUBDISTRICT: 1,
    AreaLevel.TOWN: 1,
    AreaLevel.TOWNSHIP: 1,
    AreaLevel.COMMUNITY: 2,
    AreaLevel.VILLAGE: 2,
}


def _check_parent(area: Area) -> None:
    """Refuse a parent inside the area's own subtree (the tree would become a cycle). Both rows are
    locked in id order first, so two concurrent moves cannot each pass the check and close a loop."""
    if not area.parent_id:
        return
    if area.pk is not None and area.parent_id == area.pk:
        raise ValidationError({"parent": [_("An area cannot be its own parent.")]})
    ids = [area.parent_id] if area.pk is None else [area.pk, area.parent_id]
    locked = {row.pk: row for row in Area.objects.select_for_update().filter(pk__in=ids).order_by("pk")}
    parent = locked.get(area.parent_id)
    if parent is None:
        raise ValidationError({"parent": [_("The parent area does not exist.")]})
    if area.pk is not None and area.pk in locked and parent.path.startswith(locked[area.pk].path):
        raise ValidationError({"parent": [_("An area cannot be moved under one of its own sub-areas.")]})
    area.parent = parent


@transaction.atomic
def area_save(*, area: Area, by: User | None = None, changes: dict[str, Any] | None = None) -> Area:
    """Save an area and keep the tree paths of it and its whole subtree right (one UPDATE for the
    subtree). Refuses a parent inside the area's own subtree."""
    created = area.pk is None
    _check_parent(area)
    if created:
        area.path = ""
        area.save()
        old_path = ""
    else:
        old_path = Area.objects.filter(pk=area.pk).values_list("path", flat=True).get()
    parent_path = area.parent.path if area.parent is not None else "/"
    new_path = f"{parent_path}{area.pk}/"
    area.path = new_path
    area.save()
    if old_path and old_path != new_path:
        Area.objects.filter(path__startswith=old_path).exclude(pk=area.pk).update(
            path=Concat(Value(new_path), Substr("path", len(old_path) + 1))
        )
    if changes is None:
        changes = {"name": area.name, "level": area.level, "parent": area.parent_id}
    audit_record(actor=by, action="area.created" if created else "area.updated", target=area, changes=changes)
    return area


def _validate_area(area: Area) -> None:
    errors: dict[str, list[str]] = {}
    if area.level == AreaLevel.DISTRICT and area.parent_id:
        errors["parent"] = [_("A district is a root area: it has no parent.")]
    elif area.level != AreaLevel.DISTRICT and not area.parent_id:
        errors["parent"] = [_("Only a district can be a root area; choose a parent.")]
    elif area.parent is not None and LEVEL_RANK[area.parent.level] >= LEVEL_RANK[area.level]:
        errors["level"] = [
            _("A %(level)s cannot be placed under a %(parent)s.")
            % {"level": area.get_level_display(), "parent": area.parent.get_level_display()}
        ]
    if not errors and area.pk is not None:
        child_levels = set(Area.objects.filter(parent_id=area.pk).values_list("level", flat=True))
        if any(LEVEL_RANK[level] <= LEVEL_RANK[area.level] for level in child_levels):
            errors["level"] = [_("This level would not sit above the area's sub-areas.")]
    if errors:
        raise ValidationError(errors)
    area.full_clean(exclude=["path"])


@transaction.atomic
def area_create(
    *,
    by: User,
    name: str,
    level: str,
    parent: Area | None = None,
    code: str | None = None,
    urban_rural_code: str = "",
) -> Area:
    """A new area in the tree, below ``parent`` (none for a district)."""
    area = Area(name=name, level=level, parent=parent, code=code, urban_rural_code=urban_rural_code)
    _validate_area(area)
    return area_save(area=area, by=by)


@transaction.atomic
def area_update(
    *,
    area: Area,
    by: User,
    name: Maybe[str] = UNSET,
    level: Maybe[str] = UNSET,
    parent: Maybe[Area | None] = UNSET,
    code: Maybe[str | None] = UNSET,
    urban_rural_code: Maybe[str] = UNSET,
) -> Area:
    """Rename, re-level or move an area; moving it moves its whole subtree."""
    changes = assign_changes(
        area, given(name=name, level=level, parent=parent, code=code, urban_rural_code=urban_rural_code)
    )
    if not changes:
        return area
    _validate_area(area)
    return area_save(area=area, by=by, changes=changes)


def _delete_or_conflict(instance: Model, message: str) -> None:
    try:
        with transaction.atomic():
            instance.delete()
    except (ProtectedError, RestrictedError) as exc:
        raise Conflict(message) from exc


@transaction.atomic
def area_delete(*, area: Area, by: User) -> None:
    """Delete an area nothing refers to. Areas with sub-areas, organizations, events, figures or staff
    stay: deleting them would silently take history with them."""
    area = Area.objects.select_for_update().get(pk=area.pk)
    if area.children.exists():
        raise Conflict(_("This area has sub-areas; move or delete them first."))
    if area.populations.exists() or area.targets.exists():
        raise Conflict(_("This area has population figures or targets; delete them first."))
    audit_record(actor=by, action="area.deleted", target=area, changes={"name": area.name, "parent": area.parent_id})
    _delete_or_conflict(area, _("This area is still used by organizations, events, records or staff."))


@transaction.atomic
def organization_create(
    *,
    by: User,
    name: str,
    setting: str,
    area: Area,
    address: str = "",
    contact_name: str = "",
    contact_phone: str = "",
    is_active: bool = True,
) -> Organization:
    """A host of events: a community office, a school, a village committee, a company, an agency."""
    organization = Organization(
        name=name,
        setting=setting,
        area=area,
        address=address,
        contact_name=contact_name,
        contact_phone=contact_phone,
        is_active=is_active,
    )
    organization.full_clean()
    organization.save()
    audit_record(
        actor=by,
        action="organization.created",
        target=organization,
        changes={"name": organization.name, "setting": organization.setting, "area": organization.area_id},
    )
    return organization


@transaction.atomic
def organization_update(
    *,
    organization: Organization,
    by: User,
    name: Maybe[str] = UNSET,
    setting: Maybe[str] = UNSET,
    area: Maybe[Area] = UNSET,
    address: Maybe[str] = UNSET,
    contact_name: Maybe[str] = UNSET,
    contact_phone: Maybe[str] = UNSET,
    is_active: Maybe[bool] = UNSET,
) -> Organization:
    """Change the fields passed; an organization with events is deactivated rather than deleted."""
    fields = given(
        name=name,
        setting=setting,
        area=area,
        address=address,
        contact_name=contact_name,
        contact_phone=contact_phone,
        is_active=is_active,
    )
    changes = assign_changes(organization, fields)
    if not changes:
        return organization
    organization.full_clean()
    organization.save()
    audit_record(actor=by, action="organization.updated", target=organization, changes=changes)
    return organization


@transaction.atomic
def organization_delete(*, organization: Organization, by: User) -> None:
    """Delete an organization that never hosted an event; one with events is deactivated instead."""
    audit_record(actor=by, action="organization.deleted", target=organization, changes={"name": organization.name})
    _delete_or_conflict(organization, _("This organization has events; deactivate it instead of deleting it."))


@transaction.atomic
def membership_add(*, organization: Organization, user: User, by: User) -> Membership:
    """Make ``user`` an organizer of ``organization``. A resident becomes an organizer; staff and
    administrators act through their area, not through memberships."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.role not in (Role.RESIDENT, Role.ORGANIZER):
        raise ValidationError({"phone": [_("Association staff and administrators cannot be organizers.")]})
    if Membership.objects.filter(organization=organization, user=user).exists():
        raise ValidationError({"phone": [_("This person is already an organizer of this organization.")]})
    try:
        with transaction.atomic():
            membership = Membership.objects.create(organization=organization, user=user)
    except IntegrityError as exc:
        raise ValidationError({"phone": [_("This person is already an organizer of this organization.")]}) from exc
    if user.role == Role.RESIDENT:
        user.role = Role.ORGANIZER
        user.save(update_fields=["role"])
    audit_record(
        actor=by,
        action="membership.added",
        target=membership,
        changes={"organization": organization.pk, "user": user.pk},
    )
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, by: User) -> None:
    """End a membership; someone left without any organization is a resident again."""
    user = User.objects.select_for_update().get(pk=membership.user_id)
    audit_record(
        actor=by,
        action="membership.removed",
        target=membership,
        changes={"organization": membership.organization_id, "user": user.pk},
    )
    membership.delete()
    if user.role == Role.ORGANIZER and not user.memberships.exists():
        user.role = Role.RESIDENT
        user.save(update_fields=["role"])


def _population_conflict() -> ValidationError:
    return ValidationError({"year": [_("This area already has a population figure for this year.")]})


@transaction.atomic
def population_create(*, by: User, area: Area, year: int, residents: int, source: str = "") -> Population:
    """The resident population of ``area`` in ``year``; one figure per area and year."""
    population = Population(area=area, year=year, residents=residents, source=source)
    population.full_clean()
    try:
        with transaction.atomic():
            population.save()
    except IntegrityError as exc:
        raise _population_conflict() from exc
    audit_record(
        actor=by,
        action="population.created",
        target=population,
        changes={"area": population.area_id, "year": population.year, "residents": population.residents},
    )
    return population


@transaction.atomic
def population_update(
    *,
    population: Population,
    by: User,
    area: Maybe[Area] = UNSET,
    year: Maybe[int] = UNSET,
    residents: Maybe[int] = UNSET,
    source: Maybe[str] = UNSET,
) -> Population:
    """Correct a figure; still one per area and year."""
    changes = assign_changes(population, given(area=area, year=year, residents=residents, source=source))
    if not changes:
        return population
    population.full_clean()
    try:
        with transaction.atomic():
            population.save()
    except IntegrityError as exc:
        raise _population_conflict() from exc
    audit_record(actor=by, action="population.updated", target=population, changes=changes)
    return population


@transaction.atomic
def population_delete(*, population: Population, by: User) -> None:
    audit_record(
        actor=by,
        action="population.deleted",
        target=population,
        changes={"area": population.area_id, "year": population.year, "residents": population.residents},
    )
    population.delete()


@transaction.atomic
def population_import(*, rows: list[dict[str, Any]], by: User) -> dict[str, int]:
    """Write validated import rows (``area``, ``year``, ``residents``, ``source``): all of them or, if the
    transaction fails, none. An existing figure for the same area and year is replaced."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    existing = {
        (row.area_id, row.year): row
        for row in Population.objects.select_for_update().filter(
            area__in={row["area"].pk for row in rows}, year__in={row["year"] for row in rows}
        )
    }
    for row in rows:
        current = existing.get((row["area"].pk, row["year"]))
        if current is None:
            population = Population.objects.create(
                area=row["area"], year=row["year"], residents=row["residents"], source=row.get("source", "")
            )
            counts["created"] += 1
            audit_record(
                actor=by,
                action="population.imported",
                target=population,
                changes={"area": population.area_id, "year": population.year, "residents": population.residents},
            )
            continue
        update = {"residents": row["residents"]}
        if row.get("source"):
            update["source"] = row["source"]
        changes = diff_fields(current, update)
        if not changes:
            counts["unchanged"] += 1
            continue
        for field, (_old, new) in changes.items():
            setattr(current, field, new)
        current.save(update_fields=[*changes, "updated_at"])
        counts["updated"] += 1
        audit_record(actor=by, action="population.imported", target=current, changes=changes)
    return counts
