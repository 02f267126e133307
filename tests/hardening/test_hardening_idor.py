"""Mass assignment and IDOR probes: nobody raises their own rights or reaches other people's objects.

Writes that carry fields a client must not set (role, staff flags, status, position, check-in code,
someone else's id) either refuse them (400) or ignore them; the stored rows prove nothing changed.
Object endpoints asked with another resident's or another organization's ids answer 404 when the
object is not visible to the caller, so ids cannot be probed for existence.
"""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from sms_outbox import registration_fields

from kepu.accounts.models import Role, User
from kepu.demo.factories import (
    DistributionFactory,
    EventFactory,
    FundingRecordFactory,
    PopulationFactory,
    RegistrationFactory,
)
from kepu.events.models import EventStatus, Registration, RegistrationStatus
from kepu.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _event(organization, **fields):
    start = timezone.now() + timedelta(days=3)
    defaults = {
        "status": EventStatus.APPROVED,
        "capacity": 1,
        "starts_at": start,
        "ends_at": start + timedelta(hours=2),
    }
    return EventFactory(organization=organization, **{**defaults, **fields})


def test_a_resident_cannot_make_themself_staff_or_superuser_through_me(client_for, resident, district):
    response = client_for(resident).patch(
        "/api/v1/auth/me/",
        {
            "name": "张三",
            "role": Role.STAFF,
            "is_superuser": True,
            "is_staff": True,
            "staff_area": district.pk,
            "phone": "13999999999",
            "is_active": False,
        },
    )
    assert response.status_code in (200, 400), response.content
    resident.refresh_from_db()
    assert (resident.role, resident.is_superuser, resident.is_staff, resident.staff_area_id) == (
        Role.RESIDENT,
        False,
        False,
        None,
    )
    assert (resident.phone, resident.is_active) == ("13800000001", True)


def test_signing_up_with_a_role_or_staff_flags_creates_a_plain_resident(api, db, district, sms_outbox):
    response = api.post(
        "/api/v1/auth/register/",
        {
            **registration_fields("13566667777", name="新人", password="Kepu-mass-2026"),
            "role": Role.ADMIN,
            "is_superuser": True,
            "is_staff": True,
            "staff_area": district.pk,
        },
    )
    assert response.status_code == 201, response.content
    assert response.json()["role"] == Role.RESIDENT
    user = User.objects.get(phone="13566667777")
    assert (user.role, user.is_superuser, user.is_staff, user.staff_area_id) == (Role.RESIDENT, False, False, None)


def test_an_event_sign_up_ignores_status_position_code_and_someone_elses_id(
    client_for, organization, resident, other_resident
):
    event = _event(organization, capacity=1)
    RegistrationFactory(event=event, resident=other_resident, status=RegistrationStatus.CONFIRMED)
    event.confirmed_seats = 1
    event.save(update_fields=["confirmed_seats"])
    response = client_for(resident).post(
        f"/api/v1/events/{event.pk}/register/",
        {
            "companions": 0,
            "status": RegistrationStatus.CONFIRMED,
            "position": 0,
            "check_in_code": "HACKED123",
            "resident": other_resident.pk,
            "checked_in_at": timezone.now().isoformat(),
        },
    )
    assert response.status_code == 400, response.content
    assert {"status", "position", "check_in_code", "resident", "checked_in_at"} <= set(response.json()["errors"])
    assert not Registration.objects.filter(event=event, resident=resident).exists()
    plain = client_for(resident).post(f"/api/v1/events/{event.pk}/register/", {"companions": 0})
    assert plain.status_code == 201, plain.content
    assert Registration.objects.get(event=event, resident=resident).status == RegistrationStatus.WAITLISTED
    assert Registration.objects.get(event=event, resident=other_resident).status == RegistrationStatus.CONFIRMED
    event.refresh_from_db()
    assert event.confirmed_seats == 1


def test_an_organizer_cannot_approve_their_own_event_or_move_it_to_another_organization(
    client_for, organization, other_organization, organizer
):
    draft = _event(organization, status=EventStatus.DRAFT)
    response = client_for(organizer).patch(
        f"/api/v1/events/{draft.pk}/",
        {"status": EventStatus.APPROVED, "confirmed_seats": 0, "approved_by": organizer.pk},
    )
    assert response.status_code == 400, response.content
    assert {"status", "confirmed_seats", "approved_by"} <= set(response.json()["errors"])
    moved = client_for(organizer).patch(f"/api/v1/events/{draft.pk}/", {"organization": other_organization.pk})
    assert moved.status_code in (400, 403, 404), moved.content
    draft.refresh_from_db()
    assert (draft.status, draft.organization_id, draft.approved_by_id) == (EventStatus.DRAFT, organization.pk, None)


def test_a_resident_cannot_make_themself_an_organizer(client_for, organization, resident):
    response = client_for(resident).post(f"/api/v1/organizations/{organization.pk}/members/", {"phone": resident.phone})
    assert response.status_code in (403, 404)
    resident.refresh_from_db()
    assert resident.role == Role.RESIDENT and not resident.memberships.exists()


@pytest.fixture
def objects(organization, other_organization, community, resident, other_resident):
    event = _event(organization, capacity=10)
    registration = RegistrationFactory(event=event, resident=resident, status=RegistrationStatus.CONFIRMED)
    draft = _event(organization, status=EventStatus.DRAFT)
    notification = Notification.objects.create(
        recipient=resident,
        kind="registration_confirmed",
        subject_key=f"registration:{registration.pk}",
        event=event,
        due_at=timezone.now(),
    )
    return {
        "event": event,
        "registration": registration,
        "draft": draft,
        "notification": notification,
        "population": PopulationFactory(area=community, year=2029, residents=5000),
        "funding": FundingRecordFactory(area=community, amount=Decimal("800.00")),
        "distribution": DistributionFactory(area=community),
    }


def _probe(client, method, url, body=None):
    response = getattr(client, method)(url, body) if body is not None else getattr(client, method)(url)
    return response.status_code


def test_another_residents_registration_and_notifications_are_not_found(client_for, objects, other_resident):
    client = client_for(other_resident)
    registration = objects["registration"].pk
    probes = [
        ("get", f"/api/v1/registrations/{registration}/"),
        ("post", f"/api/v1/registrations/{registration}/cancel/"),
        ("get", f"/api/v1/registrations/{registration}/qr.svg"),
        ("post", f"/api/v1/notifications/{objects['notification'].pk}/read/"),
    ]
    assert {(method, url): _probe(client, method, url) for method, url in probes} == dict.fromkeys(probes, 404)
    objects["registration"].refresh_from_db()
    assert objects["registration"].status == RegistrationStatus.CONFIRMED
    objects["notification"].refresh_from_db()
    assert objects["notification"].read_at is None


def test_another_organizations_objects_are_not_found_by_an_organizer(client_for, objects, other_organizer):
    client = client_for(other_organizer)
    draft, registration = objects["draft"].pk, objects["registration"].pk
    probes = [
        ("get", f"/api/v1/events/{draft}/", None),
        ("patch", f"/api/v1/events/{draft}/", {"title": "改了别人的"}),
        ("post", f"/api/v1/events/{draft}/submit/", None),
        ("get", f"/api/v1/registrations/{registration}/", None),
        ("post", f"/api/v1/registrations/{registration}/cancel/", None),
    ]
    assert {url + method: _probe(client, method, url, body) for method, url, body in probes} == {
        url + method: 404 for method, url, _body in probes
    }
    event = objects["event"].pk
    # The published event is public: visible, so changing it is refused rather than hidden.
    refused = [
        ("post", f"/api/v1/events/{event}/check-in/", {"code": objects["registration"].check_in_code}),
        ("get", f"/api/v1/events/{event}/registrants.csv", None),
        ("post", f"/api/v1/events/{event}/cancel/", {"reason": "不是我的"}),
        ("patch", f"/api/v1/events/{event}/", {"title": "改了别人的"}),
    ]
    for method, url, body in refused:
        assert _probe(client, method, url, body) in (403, 404), (method, url)
    objects["draft"].refresh_from_db()
    assert objects["draft"].title != "改了别人的" and objects["draft"].status == EventStatus.DRAFT
    objects["registration"].refresh_from_db()
    assert objects["registration"].checked_in_at is None


def test_staff_of_another_area_do_not_find_this_areas_books(client_for, objects, other_staff):
    client = client_for(other_staff)
    probes = [
        ("get", f"/api/v1/population/{objects['population'].pk}/", None),
        ("patch", f"/api/v1/population/{objects['population'].pk}/", {"residents": 1}),
        ("get", f"/api/v1/funding/{objects['funding'].pk}/", None),
        ("patch", f"/api/v1/funding/{objects['funding'].pk}/", {"amount": "1.00"}),
        ("delete", f"/api/v1/funding/{objects['funding'].pk}/", None),
        ("get", f"/api/v1/distributions/{objects['distribution'].pk}/", None),
        ("delete", f"/api/v1/distributions/{objects['distribution'].pk}/", None),
        ("get", f"/api/v1/events/{objects['draft'].pk}/", None),
    ]
    assert {url + method: _probe(client, method, url, body) for method, url, body in probes} == {
        url + method: 404 for method, url, _body in probes
    }
    objects["funding"].refresh_from_db()
    assert objects["funding"].amount == Decimal("800.00")


def test_a_resident_finds_no_organizer_or_staff_objects(client_for, objects, other_resident):
    client = client_for(other_resident)
    probes = [
        ("get", f"/api/v1/events/{objects['draft'].pk}/"),
        ("get", f"/api/v1/population/{objects['population'].pk}/"),
        ("get", f"/api/v1/funding/{objects['funding'].pk}/"),
        ("get", f"/api/v1/distributions/{objects['distribution'].pk}/"),
    ]
    for method, url in probes:
        assert _probe(client, method, url) in (403, 404), url
    assert _probe(client, "get", f"/api/v1/events/{objects['draft'].pk}/") == 404
