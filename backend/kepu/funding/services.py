"""Writes to funding records and targets, each with an audit entry in the same transaction."""

from datetime import date as date_type
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.arguments import UNSET, Maybe, given
from kepu.common.audit import assign_changes, audit_record
from kepu.common.uploads import detect_file_type, name_upload
from kepu.events.models import Event, EventReport
from kepu.places.models import Area

from .models import AttachmentKind, Direction, FundingAttachment, FundingRecord, FundingSource, Target


def funding_validate(*, direction: str, amount: Decimal | None, source: str, is_special: bool, category: str) -> None:
    """The rules of the national survey, with messages; the database constraints make them hold anyway."""
    errors: dict[str, list[str]] = {}
    if amount is None or amount <= 0:
        errors["amount"] = [_("The amount must be greater than zero.")]
    if direction == Direction.INCOME and not source:
        errors["source"] = [_("Money raised needs a source.")]
    if is_special and not (direction == Direction.INCOME and source == FundingSource.GOVERNMENT):
        errors["is_special"] = [_("Only government appropriations raised can be special popularization funds.")]
    if direction == Direction.EXPENDITURE and source:
        errors["source"] = [_("Money spent has a category, not a source.")]
    if direction == Direction.INCOME and category:
        errors["category"] = [_("Money raised has a source, not a spending category.")]
    if direction == Direction.EXPENDITURE and not category:
        errors["category"] = [_("Money spent needs a spending category.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def funding_create(
    *,
    by: User,
    amount: Decimal,
    date: date_type,
    area: Area,
    direction: str = Direction.INCOME,
    source: str = "",
    is_special: bool = False,
    category: str = "",
    purpose: Maybe[str] = UNSET,
    event: Event | None = None,
    report: EventReport | None = None,
) -> FundingRecord:
    """Record money raised (with a source) or spent (with a category), by the survey's rules. ``report``
    is the post-event report that declared this spending: it is official once that report is accepted."""
    funding_validate(direction=direction, amount=amount, source=source, is_special=is_special, category=category)
    fields = given(
        direction=direction,
        amount=amount,
        date=date,
        area=area,
        source=source,
        is_special=is_special,
        category=category,
        purpose=purpose,
        event=event,
        report=report,
    )
    record = FundingRecord(recorded_by=by, **fields)
    record.full_clean()
    record.save()
    audit_record(actor=by, action="funding.created", target=record, changes=fields)
    return record


@transaction.atomic
def funding_update(
    *,
    record: FundingRecord,
    by: User,
    amount: Maybe[Decimal] = UNSET,
    date: Maybe[date_type] = UNSET,
    area: Maybe[Area] = UNSET,
    direction: Maybe[str] = UNSET,
    source: Maybe[str] = UNSET,
    is_special: Maybe[bool] = UNSET,
    category: Maybe[str] = UNSET,
    purpose: Maybe[str] = UNSET,
    event: Maybe[Event | None] = UNSET,
) -> FundingRecord:
    """Correct a record; the result must still follow the survey's rules."""
    fields = given(
        direction=direction,
        amount=amount,
        date=date,
        area=area,
        source=source,
        is_special=is_special,
        category=category,
        purpose=purpose,
        event=event,
    )
    changes = assign_changes(record, fields)
    funding_validate(
        direction=record.direction,
        amount=record.amount,
        source=record.source,
        is_special=record.is_special,
        category=record.category,
    )
    record.full_clean()
    record.save()
    audit_record(actor=by, action="funding.updated", target=record, changes=changes)
    return record


@transaction.atomic
def funding_delete(*, record: FundingRecord, by: User) -> None:
    audit_record(
        actor=by,
        action="funding.deleted",
        target=record,
        changes={"amount": record.amount, "date": record.date, "area": record.area_id, "direction": record.direction},
    )
    record.delete()


@transaction.atomic
def target_create(
    *,
    by: User,
    area: Area,
    year: int,
    per_capita_funding: Decimal | None = None,
    events: int | None = None,
    participants: int | None = None,
    materials: int | None = None,
) -> Target:
    """A yearly target; the per-capita figure defaults to the configured district target."""
    fields = {
        "area": area,
        "year": year,
        "per_capita_funding": settings.KEPU["PER_CAPITA_TARGET"] if per_capita_funding is None else per_capita_funding,
        "events": events,
        "participants": participants,
        "materials": materials,
    }
    if Target.objects.filter(area=area, year=year).exists():
        raise ValidationError({"year": [_("This area already has a target for that year.")]})
    target = Target(**fields)
    target.full_clean()
    target.save()
    audit_record(actor=by, action="target.created", target=target, changes=fields)
    return target


@transaction.atomic
def target_update(
    *,
    target: Target,
    by: User,
    area: Maybe[Area] = UNSET,
    year: Maybe[int] = UNSET,
    per_capita_funding: Maybe[Decimal | None] = UNSET,
    events: Maybe[int | None] = UNSET,
    participants: Maybe[int | None] = UNSET,
    materials: Maybe[int | None] = UNSET,
) -> Target:
    """Change the figures passed; clearing the per-capita figure goes back to the configured target."""
    fields = given(
        area=area,
        year=year,
        per_capita_funding=per_capita_funding,
        events=events,
        participants=participants,
        materials=materials,
    )
    if fields.get("per_capita_funding", target.per_capita_funding) is None:
        fields["per_capita_funding"] = settings.KEPU["PER_CAPITA_TARGET"]
    area = target.area if area is UNSET else area
    year = target.year if year is UNSET else year
    if Target.objects.filter(area=area, year=year).exclude(pk=target.pk).exists():
        raise ValidationError({"year": [_("This area already has a target for that year.")]})
    changes = assign_changes(target, fields)
    target.full_clean()
    target.save()
    audit_record(actor=by, action="target.updated", target=target, changes=changes)
    return target


@transaction.atomic
def target_delete(*, target: Target, by: User) -> None:
    audit_record(
        actor=by, action="target.deleted", target=target, changes={"area": target.area_id, "year": target.year}
    )
    target.delete()


@transaction.atomic
def funding_attachment_add(*, record: FundingRecord, upload: UploadedFile, by: User) -> FundingAttachment:
    """Attach the approving document (a PDF or a scan) to a funding record."""
    limit = settings.KEPU["EVIDENCE_MAX_BYTES"]
    if upload.size > limit:
        raise ValidationError({"file": [_("The file is larger than %(mb).1f MB.") % {"mb": limit / 1024 / 1024}]})
    file_type = detect_file_type(upload)
    if file_type is None:
        raise ValidationError({"file": [_("The file is neither a PDF nor an image (JPEG, PNG).")]})
    kind = AttachmentKind.PDF if file_type.kind == "pdf" else AttachmentKind.IMAGE
    size = upload.size or 0
    # The person's file name is only a label; the file is stored under a name of ours.
    name = (upload.name or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:200] or f"{kind}"
    attachment = FundingAttachment.objects.create(
        record=record, file=name_upload(upload, file_type), name=name, kind=kind, size=size, uploaded_by=by
    )
    audit_record(
        actor=by,
        action="funding.attachment_added",
        target=record,
        changes={"attachment": attachment.pk, "name": attachment.name},
    )
    return attachment


@transaction.atomic
def funding_attachment_remove(*, attachment: FundingAttachment, by: User) -> None:
    audit_record(
        actor=by,
        action="funding.attachment_removed",
        target=attachment.record,
        changes={"attachment": attachment.pk, "name": attachment.name},
    )
    attachment.file.delete(save=False)
    attachment.delete()


FUNDING_FIELDS = ("direction", "amount", "date", "area", "source", "is_special", "category", "purpose")


@transaction.atomic
def funding_import(*, rows: list[dict[str, Any]], by: User) -> dict[str, int]:
    """Write validated import rows, all of them or none: a row with ``record`` updates that record,
    any other creates one. Each change is audited as imported."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    locked = {
        record.pk: record
        for record in FundingRecord.objects.select_for_update().filter(
            pk__in=[row["record"].pk for row in rows if row.get("record")]
        )
    }
    for row in rows:
        fields = {name: row[name] for name in FUNDING_FIELDS}
        funding_validate(
            direction=fields["direction"],
            amount=fields["amount"],
            source=fields["source"],
            is_special=fields["is_special"],
            category=fields["category"],
        )
        if row.get("record") is None:
            record = FundingRecord(recorded_by=by, **fields)
            record.full_clean()
            record.save()
            audit_record(actor=by, action="funding.imported", target=record, changes=fields)
            counts["created"] += 1
            continue
        record = locked[row["record"].pk]
        changes = assign_changes(record, fields)
        if not changes:
            counts["unchanged"] += 1
            continue
        record.full_clean()
        record.save()
        audit_record(actor=by, action="funding.imported", target=record, changes=changes)
        counts["updated"] += 1
    return counts
