"""Every response that can carry a phone number: in full only to the person and their event's organizers.

Each probe lists the full numbers the viewer may see; any other mainland mobile number in the body
(JSON, CSV, XLSX or calendar text) is a leak. Staff statistics and exports carry no numbers and no
residents' names at all.
"""

import io
import re
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from kepu.common.audit import audit_record
from kepu.common.phones import mask_phone
from kepu.demo.factories import EventFactory, RegistrationFactory
from kepu.events.models import EventStatus, RegistrationStatus
from kepu.notifications.models import Notification, NotificationState

pytestmark = pytest.mark.django_db
PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def _text(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body[:2] == b"PK":  # an XLSX workbook: scan every XML part
        with zipfile.ZipFile(io.BytesIO(body)) as workbook:
            return "\n".join(workbook.read(name).decode("utf-8", "replace") for name in workbook.namelist())
    return body.decode("utf-8", "replace")


def _full_phones(response) -> set[str]:
    assert response.status_code < 300, (response.status_code, response.content[:300])
    return set(PHONE.findall(_text(response)))


@pytest.fixture
def world(organization, community, resident, other_resident, organizer, staff):
    start = timezone.now() + timedelta(hours=1)
    event = EventFactory(
        organization=organization,
        area=community,
        status=EventStatus.APPROVED,
        capacity=10,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
    )
    mine = RegistrationFactory(event=event, resident=resident, status=RegistrationStatus.CONFIRMED)
    theirs = RegistrationFactory(event=event, resident=other_resident, status=RegistrationStatus.CONFIRMED)
    event.confirmed_seats = 2
    event.save(update_fields=["confirmed_seats"])
    Notification.objects.create(
        recipient=resident,
        kind="registration_confirmed",
        subject_key=f"registration:{mine.pk}",
        event=event,
        due_at=timezone.now(),
        state=NotificationState.FAILED,
    )
    audit_record(actor=resident, action="registration.created", target=mine, changes={"phone": resident.phone})
    return {"event": event, "mine": mine, "theirs": theirs}


def test_registrations_show_full_numbers_to_the_person_and_the_event_organizers_only(
    client_for, world, resident, other_resident, organizer, other_organizer, staff
):
    both = {resident.phone, other_resident.phone}
    assert _full_phones(client_for(resident).get("/api/v1/registrations/")) == {resident.phone}
    assert _full_phones(client_for(organizer).get(f"/api/v1/registrations/?event={world['event'].pk}")) == both
    for viewer in (other_organizer, staff):
        assert _full_phones(client_for(viewer).get("/api/v1/registrations/")) == set()
    mine = f"/api/v1/registrations/{world['mine'].pk}/"
    assert _full_phones(client_for(resident).get(mine)) == {resident.phone}
    assert _full_phones(client_for(organizer).get(mine)) == {resident.phone}
    assert client_for(other_resident).get(mine).status_code == 404
    csv_export = client_for(organizer).get(f"/api/v1/events/{world['event'].pk}/registrants.csv")
    assert _full_phones(csv_export) == both


def test_the_check_in_answer_shows_the_number_to_the_organizer_who_checks_in(client_for, world, organizer, resident):
    response = client_for(organizer).post(
        f"/api/v1/events/{world['event'].pk}/check-in/", {"code": world["mine"].check_in_code}
    )
    assert _full_phones(response) == {resident.phone}


def test_members_are_masked_except_to_themselves(client_for, organization, organizer, staff):
    url = f"/api/v1/organizations/{organization.pk}/members/"
    staff_view = client_for(staff).get(url)
    assert _full_phones(staff_view) == set()
    assert mask_phone(organizer.phone) in _text(staff_view)
    assert _full_phones(client_for(organizer).get(url)) == {organizer.phone}


def test_failed_notifications_and_the_audit_log_mask_residents(client_for, world, resident, staff, district_staff):
    failed = client_for(staff).get("/api/v1/notifications/failed/")
    assert _full_phones(failed) == set()
    assert mask_phone(resident.phone) in _text(failed)
    for viewer in (staff, district_staff):
        log = client_for(viewer).get("/api/v1/audit/?page_size=100")
        assert _full_phones(log) == set()
    assert mask_phone(resident.phone) in _text(client_for(district_staff).get("/api/v1/audit/?page_size=100"))


def test_me_and_the_personal_export_carry_only_the_persons_own_number(client_for, world, resident, organizer):
    assert _full_phones(client_for(resident).get("/api/v1/auth/me/")) == {resident.phone}
    assert _full_phones(client_for(resident).get("/api/v1/auth/me/export/")) == {resident.phone}
    assert _full_phones(client_for(organizer).get("/api/v1/auth/me/")) == {organizer.phone}


def test_event_pages_and_calendars_carry_no_residents_numbers(client_for, world, resident, organizer, staff):
    event = world["event"].pk
    for viewer in (None, resident, organizer, staff):
        client = client_for(viewer)
        for url in (f"/api/v1/events/{event}/", "/api/v1/events/", f"/api/v1/events/{event}/calendar.ics"):
            response = client.get(url)
            if response.status_code == 200:
                assert _full_phones(response) == set(), (viewer, url)


def test_staff_statistics_and_exports_carry_no_phone_numbers_or_residents_names(
    client_for, world, resident, other_resident, staff, district_staff
):
    world["mine"].checked_in_at = timezone.now()
    world["mine"].save(update_fields=["checked_in_at"])
    year = timezone.localdate().year
    urls = [
        "/api/v1/stats/summary/",
        "/api/v1/stats/timeseries/",
        "/api/v1/stats/breakdown/?by=setting",
        "/api/v1/stats/breakdown/?by=audience",
        "/api/v1/stats/per-capita/",
        "/api/v1/stats/scorecard/",
        "/api/v1/stats/public/",
        "/api/v1/stats/export/?format=csv",
        "/api/v1/stats/export/?format=xlsx",
        f"/api/v1/reports/annual/{year}/",
        f"/api/v1/reports/annual/{year}/?format=xlsx",
    ]
    for viewer in (staff, district_staff):
        for url in urls:
            response = client_for(viewer).get(url)
            text = _text(response)
            assert response.status_code == 200, (url, response.content[:200])
            assert PHONE.findall(text) == [], url
            assert resident.name not in text and other_resident.name not in text, url
