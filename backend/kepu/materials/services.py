"""Writes to the catalog and to distributions; each leaves an audit entry in the same transaction."""

from datetime import date as date_type

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.arguments import UNSET, Maybe, given
from kepu.common.audit import assign_changes, audit_record
from kepu.common.errors import Conflict
from kepu.events.models import Event, EventStatus
from kepu.places.models import Area

from .models import Distribution, DistributionChannel, Material

# Materials are handed out at events that are going ahead or took place, never at drafts or cancelled ones.
DISTRIBUTABLE_EVENT_STATUSES = (EventStatus.APPROVED, EventStatus.COMPLETED, EventStatus.REPORTED)


@transaction.atomic
def material_create(
    *,
    by: User,
    name: str,
    kind: str,
    unit: Maybe[str] = UNSET,
    description: Maybe[str] = UNSET,
    is_active: Maybe[bool] = UNSET,
) -> Material:
    """Add a material to the catalog (unit defaults to copies, 份)."""
    fields = given(name=name, kind=kind, unit=unit, description=description, is_active=is_active)
    material = Material(**fields)
    material.full_clean()
    material.save()
    audit_record(actor=by, action="material.created", target=material, changes=fields)
    return material


@transaction.atomic
def material_update(
    *,
    material: Material,
    by: User,
    name: Maybe[str] = UNSET,
    kind: Maybe[str] = UNSET,
    unit: Maybe[str] = UNSET,
    description: Maybe[str] = UNSET,
    is_active: Maybe[bool] = UNSET,
) -> Material:
    """Change the fields passed; deactivating keeps the material in the statistics."""
    fields = given(name=name, kind=kind, unit=unit, description=description, is_active=is_active)
    changes = assign_changes(material, fields)
    material.full_clean()
    material.save()
    audit_record(actor=by, action="material.updated", target=material, changes=changes)
    return material


@transaction.atomic
def material_delete(*, material: Material, by: User) -> None:
    """Only a material never handed out may go; the others are kept for the statistics (deactivate them)."""
    if material.distributions.exists():
        raise Conflict(_("This material has been distributed; deactivate it instead of deleting it."))
    audit_record(actor=by, action="material.deleted", target=material, changes={"name": material.name})
    material.delete()


def _check_distribution(*, event: Event | None, channel: str, material: Material, creating: bool) -> None:
    errors: dict[str, list[str]] = {}
    if event is None and channel == DistributionChannel.EVENT:
        errors["channel"] = [
            _("A distribution outside an event needs a channel: door to door, bulletin board or other.")
        ]
    if event is not None and event.status not in DISTRIBUTABLE_EVENT_STATUSES:
        errors["event"] = [_("Materials can only be recorded for approved or finished events.")]
    if creating and not material.is_active:
        errors["material"] = [_("This material is no longer in use.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def distribution_create(
    *,
    by: User,
    material: Material,
    quantity: int,
    date: date_type,
    area: Area | None = None,
    event: Event | None = None,
    channel: str | None = None,
    note: str = "",
) -> Distribution:
    """Record copies handed out; at an event the area is the event's area."""
    if event is not None:
        area = event.area
        channel = channel or DistributionChannel.EVENT
    if area is None:
        raise ValidationError({"area": [_("Give the area, or the event the materials were handed out at.")]})
    channel = channel or DistributionChannel.OTHER
    _check_distribution(event=event, channel=channel, material=material, creating=True)
    distribution = Distribution(
        material=material,
        quantity=quantity,
        date=date,
        area=area,
        event=event,
        channel=channel,
        note=note,
        recorded_by=by,
    )
    distribution.full_clean()
    distribution.save()
    audit_record(
        actor=by,
        action="distribution.created",
        target=distribution,
        changes={
            "material": material,
            "quantity": quantity,
            "date": date,
            "area": area,
            "event": event,
            "channel": channel,
        },
    )
    return distribution


@transaction.atomic
def distribution_update(
    *,
    distribution: Distribution,
    by: User,
    material: Maybe[Material] = UNSET,
    quantity: Maybe[int] = UNSET,
    date: Maybe[date_type] = UNSET,
    area: Maybe[Area | None] = UNSET,
    event: Maybe[Event | None] = UNSET,
    channel: Maybe[str] = UNSET,
    note: Maybe[str] = UNSET,
) -> Distribution:
    """Correct a distribution; at an event the area follows the event."""
    fields = given(material=material, quantity=quantity, date=date, area=area, event=event, channel=channel, note=note)
    if event is not UNSET and event is not None:
        fields["area"] = event.area
    changes = assign_changes(distribution, fields)
    _check_distribution(
        event=distribution.event,
        channel=distribution.channel,
        material=distribution.material,
        creating="material" in changes,
    )
    distribution.full_clean()
    distribution.save()
    audit_record(actor=by, action="distribution.updated", target=distribution, changes=changes)
    return distribution


@transaction.atomic
def distribution_delete(*, distribution: Distribution, by: User) -> None:
    audit_record(
        actor=by,
        action="distribution.deleted",
        target=distribution,
        changes={"material": distribution.material_id, "quantity": distribution.quantity, "date": distribution.date},
    )
    distribution.delete()
