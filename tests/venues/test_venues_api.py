"""Venues: public to read, kept by the staff of their area and the organization running them; galleries
carry a refresh log with photos judged by their content; an event is held at one venue."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from kepu.common.models import AuditEntry
from kepu.demo.factories import EventFactory, VenueFactory
from kepu.events.models import EventReport, EventStatus, ReportStatus
from kepu.venues.models import EventVenue, GalleryRefresh, Venue, VenueKind

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x04\x00\x00\x00\x04\x08\x02\x00\x00\x00&\x93\t)\x00\x00"
    b"\x00\x14IDATx\x9cc<!'\xc7\x00\x03L\x0cH\x007\x07\x004v\x01\x0c\xafj\xb9\xb5\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_staff_add_a_science_center_with_its_floor_space(client_for, staff, community):
    response = client_for(staff).post(
        "/api/v1/venues/",
        {
            "area": community.pk,
            "name": "青少年科技馆",
            "kind": "youth_center",
            "building_area": "1200.0",
            "exhibition_area": "800.0",
        },
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["kind_label"], body["has_floor_space"], body["can_manage"]) == ("青少年科技馆站", True, True)
    assert AuditEntry.objects.filter(action="venue.created", target_id=str(body["id"])).exists()


def test_floor_space_is_refused_for_kinds_the_survey_does_not_ask_it_of(client_for, staff, community):
    response = client_for(staff).post(
        "/api/v1/venues/", {"area": community.pk, "name": "活动室", "kind": "community_room", "building_area": "80"}
    )
    assert response.status_code == 400
    assert "building_area" in response.json()["errors"]


def test_exhibition_space_cannot_exceed_the_building(client_for, staff, community):
    response = client_for(staff).post(
        "/api/v1/venues/",
        {"area": community.pk, "name": "馆", "kind": "science_center", "building_area": "10", "exhibition_area": "20"},
    )
    assert response.status_code == 400


def test_venues_are_public_and_kept_only_by_those_who_run_them(
    client_for, organization, organizer, other_organizer, other_staff, community
):
    venue = VenueFactory(area=community, organization=organization, kind=VenueKind.COMMUNITY_ROOM)

    public = client_for(None).get(f"/api/v1/venues/{venue.pk}/")
    assert public.status_code == 200 and public.json()["can_manage"] is False
    assert public.json()["refresh_count"] is None
    assert client_for(other_organizer).patch(f"/api/v1/venues/{venue.pk}/", {"address": "x"}).status_code == 403
    assert client_for(other_staff).delete(f"/api/v1/venues/{venue.pk}/").status_code == 403
    changed = client_for(organizer).patch(f"/api/v1/venues/{venue.pk}/", {"opening_hours": "周二至周日 9:00-17:00"})
    assert changed.status_code == 200 and changed.json()["opening_hours"].startswith("周二")


def test_a_gallery_refresh_with_a_photo_and_the_photo_served_as_an_image(client_for, staff, community):
    gallery = VenueFactory(area=community, kind=VenueKind.GALLERY)
    photo = SimpleUploadedFile("board.png", PNG, content_type="image/png")

    response = client_for(staff).post(
        f"/api/v1/venues/{gallery.pk}/refreshes/",
        {"date": timezone.localdate().isoformat(), "theme": "防灾减灾", "photo": photo},
        format="multipart",
    )

    assert response.status_code == 201, response.json()
    served = client_for(staff).get(response.json()["photo_url"])
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert GalleryRefresh.objects.get().photo.name.endswith(".png")
    assert client_for(None).get(response.json()["photo_url"]).status_code in (401, 403)


def test_a_photo_that_is_not_an_image_is_refused(client_for, staff, community):
    gallery = VenueFactory(area=community, kind=VenueKind.GALLERY)
    fake = SimpleUploadedFile("board.png", b"<html><script>alert(1)</script>", content_type="image/png")

    response = client_for(staff).post(
        f"/api/v1/venues/{gallery.pk}/refreshes/",
        {"date": timezone.localdate().isoformat(), "theme": "假图片", "photo": fake},
        format="multipart",
    )

    assert response.status_code == 400
    assert "photo" in response.json()["errors"]
    assert not GalleryRefresh.objects.exists()


def test_only_galleries_keep_a_refresh_log_and_only_while_open(client_for, staff, community):
    room = VenueFactory(area=community, kind=VenueKind.COMMUNITY_ROOM)
    gallery = VenueFactory(area=community, kind=VenueKind.GALLERY, opened_on=date(2024, 1, 1))

    not_gallery = client_for(staff).post(f"/api/v1/venues/{room.pk}/refreshes/", {"date": "2025-01-01", "theme": "a"})
    before = client_for(staff).post(f"/api/v1/venues/{gallery.pk}/refreshes/", {"date": "2023-12-01", "theme": "a"})

    assert not_gallery.status_code == 400 and before.status_code == 400


def test_the_organizer_holds_an_event_at_a_venue_until_its_report_is_accepted(
    client_for, organization, organizer, staff, community
):
    venue = VenueFactory(area=community, kind=VenueKind.COMMUNITY_ROOM)
    event = EventFactory(organization=organization, area=community, status=EventStatus.APPROVED)
    url = f"/api/v1/events/{event.pk}/venue/"

    assert client_for(staff).put(url, {"venue": venue.pk}).status_code == 403
    response = client_for(organizer).put(url, {"venue": venue.pk})
    public = client_for(None).get(url)

    assert response.status_code == 200 and response.json()["venue"]["id"] == venue.pk
    assert public.json()["venue"]["name"] == venue.name and public.json()["can_change"] is False
    EventReport.objects.create(
        event=event, status=ReportStatus.ACCEPTED, walk_ins=1, attendance=1, submitted_at=timezone.now()
    )
    assert client_for(organizer).delete(url).status_code == 409
    assert EventVenue.objects.get(event=event).venue == venue


def test_a_venue_that_hosted_events_is_closed_rather_than_deleted(client_for, organization, staff, community):
    venue = VenueFactory(area=community, kind=VenueKind.SCIENCE_MUSEUM, building_area=Decimal("100"))
    start = timezone.now() - timedelta(days=3)
    event = EventFactory(organization=organization, area=community, starts_at=start, ends_at=start + timedelta(hours=1))
    EventVenue.objects.create(event=event, venue=venue)

    assert client_for(staff).delete(f"/api/v1/venues/{venue.pk}/").status_code == 409
    closed = client_for(staff).patch(f"/api/v1/venues/{venue.pk}/", {"closed_on": timezone.localdate().isoformat()})
    assert closed.status_code == 200
    assert Venue.objects.filter(pk=venue.pk).exists()


def test_the_kinds_come_with_their_labels_and_rules(client_for):
    kinds = client_for(None).get("/api/v1/venues/kinds/").json()
    assert [k["key"] for k in kinds] == list(VenueKind.values)
    assert kinds[0]["name"] == "科技馆"
    assert {k["key"] for k in kinds if k["has_floor_space"]} == {"science_center", "science_museum", "youth_center"}


def test_the_list_pages_in_a_stable_order_without_overlap(client_for, staff, community):
    for n in (3, 0, 4, 1, 2):  # added out of the order the list keeps (area, type, name)
        VenueFactory(area=community, name=f"画廊{n}", kind=VenueKind.GALLERY)
    client = client_for(staff)
    pages = [client.get("/api/v1/venues/", {"page_size": 2, "page": page}).json() for page in (1, 2, 3)]

    names = [venue["name"] for page in pages for venue in page["results"]]
    assert names == [f"画廊{n}" for n in range(5)]
