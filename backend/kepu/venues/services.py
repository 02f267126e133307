"""Writes of the venues app: venues, the venue an event is held at, gallery refreshes. Each audited."""

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kepu.accounts.models import User
from kepu.common.arguments import UNSET, Maybe, given
from kepu.common.audit import assign_changes, audit_record
from kepu.common.errors import Conflict
from kepu.common.uploads import detect_file_type, name_upload
from kepu.events.models import Event, EventStatus
from kepu.places.models import Area, Organization

from .models import KINDS_WITH_AREA, REFRESHED_KINDS, EventVenue, GalleryRefresh, Venue


def _validate(venue: Venue) -> None:
    errors = {}
    organization = venue.organization
    if organization is not None and not organization.area.path.startswith(venue.area.path):
        errors["organization"] = [_("The organization running the venue lies outside the venue's area.")]
    if venue.kind not in KINDS_WITH_AREA:
        for field in ("building_area", "exhibition_area"):
            if getattr(venue, field) is not None:
                errors[field] = [_("Floor space is recorded for science centers, museums and youth centers only.")]
    if errors:
        raise ValidationError(errors)
    venue.full_clean(validate_unique=False)
    clash = Venue.objects.filter(area=venue.area, name=venue.name).exclude(pk=venue.pk)
    if clash.exists():
        raise ValidationError({"name": [_("This area already has a venue with this name.")]})


@transaction.atomic
def venue_create(
    *,
    by: User,
    area: Area,
    name: str,
    kind: str,
    organization: Organization | None = None,
    address: str = "",
    building_area: Decimal | None = None,
    exhibition_area: Decimal | None = None,
    opening_hours: str = "",
    opened_on: date | None = None,
    closed_on: date | None = None,
) -> Venue:
    """A venue of ``area`` of one of the survey's kinds, open from ``opened_on`` (today by default)."""
    venue = Venue(
        area=area,
        name=name,
        kind=kind,
        organization=organization,
        address=address,
        building_area=building_area,
        exhibition_area=exhibition_area,
        opening_hours=opening_hours,
        opened_on=opened_on or timezone.localdate(),
        closed_on=closed_on,
    )
    _validate(venue)
    venue.save()
    audit_record(
        actor=by,
        action="venue.created",
        target=venue,
        changes={"name": venue.name, "kind": venue.kind, "area": venue.area_id},
    )
    return venue


@transaction.atomic
def venue_update(
    *,
    venue: Venue,
    by: User,
    area: Maybe[Area] = UNSET,
    name: Maybe[str] = UNSET,
    kind: Maybe[str] = UNSET,
    organization: Maybe[Organization | None] = UNSET,
    address: Maybe[str] = UNSET,
    building_area: Maybe[Decimal | None] = UNSET,
    exhibition_area: Maybe[Decimal | None] = UNSET,
    opening_hours: Maybe[str] = UNSET,
    opened_on: Maybe[date] = UNSET,
    closed_on: Maybe[date | None] = UNSET,
) -> Venue:
    """Change the fields passed; a venue that closed keeps its record with ``closed_on``."""
    venue = Venue.objects.select_for_update().get(pk=venue.pk)
    fields = given(
        area=area,
        name=name,
        kind=kind,
        organization=organization,
        address=address,
        building_area=building_area,
        exhibition_area=exhibition_area,
        opening_hours=opening_hours,
        opened_on=opened_on,
        closed_on=closed_on,
    )
    changes = assign_changes(venue, fields)
    if not changes:
        return venue
    if "kind" in changes and venue.kind not in REFRESHED_KINDS and venue.refreshes.exists():
        raise ValidationError({"kind": [_("This gallery has a refresh log; it stays a gallery.")]})
    _validate(venue)
    venue.save()
    audit_record(actor=by, action="venue.updated", target=venue, changes=changes)
    return venue


def _delete_photos(names: list[str]) -> None:
    storage = GalleryRefresh._meta.get_field("photo").storage
    for name in names:
        storage.delete(name)


@transaction.atomic
def venue_delete(*, venue: Venue, by: User) -> None:
    """Delete a venue no event was held at; one with history is closed instead (``closed_on``)."""
    if venue.event_links.exists():
        raise Conflict(_("Events were held at this venue; record its closing date instead of deleting it."))
    audit_record(actor=by, action="venue.deleted", target=venue, changes={"name": venue.name})
    photos = [r.photo.name for r in venue.refreshes.exclude(photo="") if r.photo.name]
    venue.delete()
    transaction.on_commit(lambda: _delete_photos(photos))


@transaction.atomic
def event_venue_set(*, event: Event, venue: Venue | None, by: User) -> EventVenue | None:
    """Hold ``event`` at ``venue`` (or at no venue). Frozen once the event's report was accepted."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.status in (EventStatus.CANCELLED, EventStatus.REJECTED):
        raise Conflict(_("The venue of a %(status)s event cannot change.") % {"status": event.get_status_display()})
    report = getattr(event, "report", None)
    if report is not None and report.status == "accepted":
        raise Conflict(_("The event's report has been accepted; its figures are final."))
    link = EventVenue.objects.filter(event=event).first()
    old = link.venue_id if link else None
    if venue is not None and venue.closed_on is not None and venue.closed_on < event.starts_at.date():
        raise ValidationError({"venue": [_("This venue had closed before the event.")]})
    if (venue.pk if venue else None) == old:
        return link
    if venue is None:
        if link is not None:
            link.delete()
        link = None
    elif link is None:
        link = EventVenue.objects.create(event=event, venue=venue)
    else:
        link.venue = venue
        link.save(update_fields=["venue"])
    audit_record(
        actor=by, action="event.venue_changed", target=event, changes={"venue": (old, venue.pk if venue else None)}
    )
    return link


@transaction.atomic
def gallery_refresh_record(
    *, venue: Venue, by: User, date: date, theme: str, photo: UploadedFile | None = None
) -> GalleryRefresh:
    """Log one change of a gallery's content; the same theme on the same day is recorded once. A photo
    is judged by its content and stored under a name of ours (``kepu.common.uploads``)."""
    if venue.kind not in REFRESHED_KINDS:
        raise ValidationError({"venue": [_("Only science galleries and bulletin boards keep a refresh log.")]})
    if date < venue.opened_on or (venue.closed_on and date > venue.closed_on):
        raise ValidationError({"date": [_("The gallery was not open on this day.")]})
    if GalleryRefresh.objects.filter(venue=venue, date=date, theme=theme).exists():
        raise ValidationError({"theme": [_("This refresh is already recorded.")]})
    refresh = GalleryRefresh(venue=venue, date=date, theme=theme, recorded_by=by)
    if photo is not None:
        limit = settings.KEPU["EVIDENCE_MAX_BYTES"]
        if photo.size > limit:
            raise ValidationError({"photo": [_("The file is larger than %(mb).1f MB.") % {"mb": limit / 1024 / 1024}]})
        file_type = detect_file_type(photo)
        if file_type is None or file_type.kind != "image":
            raise ValidationError({"photo": [_("The file is not an image (JPEG, PNG).")]})
        refresh.photo = name_upload(photo, file_type)
    refresh.full_clean(validate_unique=False)
    refresh.save()
    audit_record(
        actor=by, action="gallery.refreshed", target=refresh, changes={"venue": venue.pk, "date": date, "theme": theme}
    )
    return refresh


@transaction.atomic
def gallery_refresh_delete(*, refresh: GalleryRefresh, by: User) -> None:
    audit_record(
        actor=by,
        action="gallery.refresh_deleted",
        target=refresh,
        changes={"venue": refresh.venue_id, "date": refresh.date, "theme": refresh.theme},
    )
    photo = refresh.photo.name
    refresh.delete()
    if photo:
        transaction.on_commit(lambda: _delete_photos([photo]))
