"""Post-event reports: figures, materials, spending, evidence, and the staff review."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.arguments import UNSET, Maybe
from kepu.common.audit import audit_record
from kepu.common.errors import Conflict
from kepu.common.uploads import detect_file_type, name_upload
from kepu.funding.models import Direction, FundingRecord, SpendingCategory
from kepu.funding.services import funding_create, funding_delete
from kepu.materials.models import Distribution, DistributionChannel, Material
from kepu.materials.services import distribution_create, distribution_delete
from kepu.notifications.models import NotificationKind
from kepu.notifications.services import notify
from kepu.places.models import Area, Organization

from .. import lifecycle
from ..models import (
    Audience,
    Event,
    EventReport,
    EventStatus,
    Evidence,
    EvidenceKind,
    Mode,
    Registration,
    RegistrationStatus,
    ReportStatus,
    WalkInCount,
)
from .common import lock_event, organizers_of, require_status, staff_covering


@dataclass
class MaterialLine:
    material: Material
    quantity: int


def checked_in_people(event: Event) -> int:
    """People at the door who had signed up: each checked-in registration plus its companions."""
    total = Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED, checked_in_at__isnull=False
    ).aggregate(n=Sum(F("companions") + 1))["n"]
    return total or 0


def _write_figures(
    *,
    event: Event,
    report: EventReport,
    by: User,
    walk_ins: dict[Audience, int],
    materials: list[MaterialLine],
    expenditure: Decimal,
) -> None:
    """Replace the report's walk-ins, distributions and spending record with the submitted ones.

    Distributions and spending belong to the materials and funding apps: they are written through
    those apps' services, so each row keeps its own checks and audit entry.
    """
    report.walk_in_counts.all().delete()
    WalkInCount.objects.bulk_create(
        WalkInCount(report=report, audience=audience, count=count) for audience, count in walk_ins.items() if count
    )
    for distribution in Distribution.objects.filter(event=event, channel=DistributionChannel.EVENT):
        distribution_delete(distribution=distribution, by=by)
    date = timezone.localtime(event.starts_at).date()
    for line in materials:
        distribution_create(
            by=by,
            material=line.material,
            quantity=line.quantity,
            date=date,
            event=event,
            channel=DistributionChannel.EVENT,
        )
    # The report's own spending record is known by its link, not by a marker in the purpose: staff read the
    # purpose, and the event it paid for names it already.
    for record in FundingRecord.objects.filter(report=report):
        funding_delete(record=record, by=by)
    if expenditure > 0:
        funding_create(
            by=by,
            direction=Direction.EXPENDITURE,
            amount=expenditure,
            date=date,
            area=event.area,
            category=SpendingCategory.ACTIVITIES,
            event=event,
            report=report,
        )


def _merge_walk_ins(walk_ins: list[tuple[Audience, int]]) -> dict[Audience, int]:
    merged: dict[Audience, int] = {}
    for audience, count in walk_ins:
        merged[audience] = merged.get(audience, 0) + count
    return merged


def _merge_materials(materials: list[tuple[Material, int]]) -> list[MaterialLine]:
    merged: dict[int, MaterialLine] = {}
    for material, quantity in materials:
        line = merged.setdefault(material.pk, MaterialLine(material, 0))
        line.quantity += quantity
    return list(merged.values())


@transaction.atomic
def report_submit(
    *,
    event: Event,
    by: User,
    walk_ins: list[tuple[Audience, int]],
    materials: list[tuple[Material, int]],
    expenditure: Decimal,
    summary: str,
    online_attendance: int = 0,
) -> EventReport:
    """File (or, after a return, refile) the report of a completed event; the event becomes reported.

    ``online_attendance`` is the headcount of an online event or of a mixed event's online part; an
    offline event has none. Refiling replaces every figure: walk-ins, distributions and the spending record.
    """
    event = lock_event(event.pk)
    report = EventReport.objects.select_for_update().filter(event=event).first()
    returned = report is not None and report.status == ReportStatus.RETURNED
    if not lifecycle.report_open(event.status, report.status if report else None):
        if event.status == EventStatus.REPORTED:
            raise Conflict(_("The report was already filed and is not returned for changes."))
        require_status(event, (EventStatus.COMPLETED,), _("report on"))
    if online_attendance and event.mode == Mode.OFFLINE:
        raise ValidationError(
            {"online_attendance": [_("An offline event has no online participants; change its mode first.")]}
        )
    merged_walk_ins = _merge_walk_ins(walk_ins)
    checked_in = checked_in_people(event)
    walk_in_total = sum(merged_walk_ins.values())
    now = timezone.now()
    if report is None:
        report = EventReport(event=event)
    report.status = ReportStatus.SUBMITTED
    report.checked_in = checked_in
    report.walk_ins = walk_in_total
    report.online_attendance = online_attendance
    report.attendance = checked_in + walk_in_total + online_attendance
    report.expenditure = expenditure
    report.summary = summary
    report.submitted_by = by
    report.submitted_at = now
    report.reviewed_by = None
    report.reviewed_at = None
    report.save()
    _write_figures(
        event=event,
        report=report,
        by=by,
        walk_ins=merged_walk_ins,
        materials=_merge_materials(materials),
        expenditure=expenditure,
    )
    old_status = event.status
    event.status = EventStatus.REPORTED
    event.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=by,
        action="report.resubmitted" if returned else "report.submitted",
        target=report,
        changes={
            "event_status": (old_status, event.status),
            "attendance": report.attendance,
            "walk_ins": walk_in_total,
            "online_attendance": online_attendance,
            "expenditure": expenditure,
        },
    )
    notify(
        recipients=staff_covering(event),
        kind=NotificationKind.APPROVAL_PENDING,
        subject_key=f"event:{event.pk}:report_pending:{now.timestamp():.6f}",
        event=event,
        context={"title": event.title, "report": True},
    )
    return report


@dataclass(frozen=True)
class ReportFigures:
    """What an organizer reports after an event: walk-ins by audience, materials, spending, summary, and
    the online headcount (of an online event, or a mixed event's online part)."""

    walk_ins: list[tuple[Audience, int]] = field(default_factory=list)
    materials: list[tuple[Material, int]] = field(default_factory=list)
    expenditure: Decimal = Decimal("0")
    summary: str = ""
    online_attendance: int = 0


def event_create_retrospective(
    *,
    by: User,
    organization: Organization,
    title: str,
    activity_type: str,
    starts_at: datetime,
    ends_at: datetime,
    report: ReportFigures,
    description: Maybe[str] = UNSET,
    setting: Maybe[str] = UNSET,
    mode: Maybe[str] = UNSET,
    campaign: Maybe[str] = UNSET,
    area: Area | None = None,
    address: Maybe[str] = UNSET,
    online_url: Maybe[str] = UNSET,
    audiences: Iterable[Audience] = (),
    max_companions: Maybe[int] = UNSET,
    planned_budget: Maybe[Decimal] = UNSET,
    reminder_hours: Maybe[list[int]] = UNSET,
) -> Event:
    """Log an event that already took place together with its report, in one transaction.

    Many village and agency events are only recorded afterwards; staff still review the report.
    Such an event had no sign-up: it is created without capacity or registration.
    """
    from .events import event_create

    if ends_at > timezone.now():
        raise ValidationError({"ends_at": [_("A retrospective event must have ended already.")]})
    with transaction.atomic():
        event = event_create(
            by=by,
            organization=organization,
            title=title,
            activity_type=activity_type,
            starts_at=starts_at,
            ends_at=ends_at,
            description=description,
            setting=setting,
            mode=mode,
            campaign=campaign,
            area=area,
            address=address,
            online_url=online_url,
            audiences=audiences,
            registration_required=False,
            capacity=None,
            max_companions=max_companions,
            planned_budget=planned_budget,
            reminder_hours=reminder_hours,
            logged_afterwards=True,
        )
        event.status = EventStatus.COMPLETED
        event.save(update_fields=["status", "updated_at"])
        report_submit(
            event=event,
            by=by,
            walk_ins=report.walk_ins,
            materials=report.materials,
            expenditure=report.expenditure,
            summary=report.summary,
            online_attendance=report.online_attendance,
        )
        event.refresh_from_db()
    return event


@transaction.atomic
def report_review(*, event: Event, by: User, accept: bool, comment: str = "") -> EventReport:
    """Staff accept a submitted report (its figures then count officially) or return it with a comment."""
    event = lock_event(event.pk)
    report = EventReport.objects.select_for_update().filter(event=event).first()
    if report is None or event.status != EventStatus.REPORTED:
        raise Conflict(_("This event has no report to review."))
    if not lifecycle.report_reviewable(event.status, report.status):
        raise Conflict(
            _("Only a report waiting for review can be reviewed; this one is %(status)s.")
            % {"status": report.get_status_display()}
        )
    old = report.status
    report.status = ReportStatus.ACCEPTED if accept else ReportStatus.RETURNED
    report.reviewed_by = by
    report.reviewed_at = timezone.now()
    report.review_comment = comment
    report.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    entry = audit_record(
        actor=by,
        action="report.accepted" if accept else "report.returned",
        target=report,
        changes={"status": (old, report.status), "comment": comment},
    )
    notify(
        recipients=organizers_of(event),
        kind=NotificationKind.REPORT_ACCEPTED if accept else NotificationKind.REPORT_RETURNED,
        subject_key=f"event:{event.pk}:report:{report.status}:{entry.pk}",
        event=event,
        context={"title": event.title, "comment": comment},
    )
    return report


ALLOWED_CONTENT = {
    EvidenceKind.PHOTO: {"image"},
    EvidenceKind.SIGN_IN_SHEET: {"image", "pdf"},
    EvidenceKind.OTHER: {"image", "pdf"},
}


@transaction.atomic
def evidence_add(*, event: Event, by: User, kind: str, upload: UploadedFile) -> Evidence:
    """Attach a photo or a scanned sign-in sheet to the event's report (not once accepted). The file is
    judged by its content and stored under a name of ours (``kepu.common.uploads``)."""
    limit = settings.KEPU["EVIDENCE_MAX_BYTES"]
    if upload.size > limit:
        raise ValidationError({"file": [_("The file is larger than %(mb).1f MB.") % {"mb": limit / 1024 / 1024}]})
    file_type = detect_file_type(upload)
    if file_type is None or file_type.kind not in ALLOWED_CONTENT[EvidenceKind(kind)]:
        expected = _("an image (JPEG, PNG)") if kind == EvidenceKind.PHOTO else _("an image or a PDF scan")
        raise ValidationError({"file": [_("The file is not %(expected)s.") % {"expected": expected}]})
    event = lock_event(event.pk)
    report = EventReport.objects.filter(event=event).first()
    if report is None:
        raise Conflict(_("File the report first, then add its evidence."))
    if not lifecycle.evidence_open(report.status):
        raise Conflict(_("The report was accepted; its evidence can no longer change."))
    evidence = Evidence.objects.create(report=report, kind=kind, file=name_upload(upload, file_type), uploaded_by=by)
    audit_record(actor=by, action="evidence.added", target=evidence, changes={"kind": kind, "report": report.pk})
    return evidence


@transaction.atomic
def report_accept_batch(*, events: Sequence[Event], by: User) -> list[EventReport]:
    """Accept several reports at once, all or none: if one cannot be accepted (returned or accepted by
    someone else meanwhile) nothing is, and the error names it. Rows are locked in id order."""
    accepted = []
    for event in sorted(events, key=lambda item: item.pk):
        try:
            accepted.append(report_review(event=event, by=by, accept=True))
        except Conflict as exc:
            raise Conflict(_("《%(title)s》: %(reason)s") % {"title": event.title, "reason": exc.detail}) from exc
    return accepted
