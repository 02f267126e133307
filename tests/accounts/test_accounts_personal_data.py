"""Personal data: the export, the deletion of one's account, and the automatic anonymisation after the
retention period — with the registrations (and so the statistics' counts) kept."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from sms_outbox import registration_fields

from kepu.accounts.models import Role, User
from kepu.accounts.tasks import anonymise_expired_personal_data
from kepu.common.models import AuditEntry
from kepu.demo.factories import EventFactory, RegistrationFactory, UserFactory
from kepu.events.models import EventStatus, Registration, RegistrationStatus
from kepu.notifications.models import Notification
from kepu.places.models import Membership

pytestmark = pytest.mark.django_db

PASSWORD = "kepu-pass-123"


@pytest.fixture
def past_event(organization):
    starts = timezone.now() - timedelta(days=30)
    return EventFactory(
        organization=organization, starts_at=starts, ends_at=starts + timedelta(hours=2), status=EventStatus.COMPLETED
    )


def test_export_contains_profile_registrations_and_notifications(client_for, resident, past_event):
    registration = RegistrationFactory(event=past_event, resident=resident, companions=2)
    Notification.objects.create(
        recipient=resident,
        kind="event_reminder",
        subject_key=f"event:{past_event.pk}:reminder:24",
        event=past_event,
        due_at=timezone.now(),
        context={"title": past_event.title},
    )
    other = RegistrationFactory(event=past_event)
    response = client_for(resident).get("/api/v1/auth/me/export/")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = response.json()
    assert data["profile"]["phone"] == resident.phone
    assert data["profile"]["name"] == resident.name
    assert [row["id"] for row in data["registrations"]] == [registration.pk]
    assert data["registrations"][0]["event_title"] == past_event.title
    assert data["registrations"][0]["companions"] == 2
    assert data["registrations"][0]["check_in_code"] == registration.check_in_code
    assert other.check_in_code not in response.content.decode()
    assert [row["kind"] for row in data["notifications"]] == ["event_reminder"]


def test_export_needs_authentication(api):
    assert api.get("/api/v1/auth/me/export/").status_code == 401


def test_deleting_the_account_wipes_personal_data_and_keeps_registrations(resident, past_event):
    registration = RegistrationFactory(event=past_event, resident=resident, status=RegistrationStatus.CONFIRMED)
    Notification.objects.create(recipient=resident, kind="event_reminder", subject_key="x", due_at=timezone.now())
    Token.objects.create(user=resident)
    other_browser = APIClient()
    assert other_browser.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD}).status_code == 200
    client = APIClient()
    client.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD})

    response = client.delete("/api/v1/auth/me/", {"password": PASSWORD})

    assert response.status_code == 204
    user = User.objects.get(pk=resident.pk)
    assert user.phone == f"deleted-{user.pk}"
    assert (user.name, user.email, user.is_active) == ("", "", False)
    assert not user.has_usable_password()
    assert user.anonymised_at is not None
    assert not Token.objects.filter(user=user).exists()
    assert not Notification.objects.filter(recipient=user).exists()
    assert Registration.objects.filter(pk=registration.pk, resident=user, status="confirmed").exists()
    assert client.get("/api/v1/auth/me/").status_code == 401
    assert other_browser.get("/api/v1/auth/me/").status_code == 401
    assert APIClient().post("/api/v1/auth/login/", {"phone": "13800000001", "password": PASSWORD}).status_code == 400
    entry = AuditEntry.objects.get(action="user.anonymised", target_id=str(user.pk))
    assert "张三" not in str(entry.changes) and "13800000001" not in str(entry.changes)


def test_the_phone_of_a_deleted_account_can_sign_up_again(client_for, resident, sms_outbox):
    assert client_for(resident).delete("/api/v1/auth/me/", {"password": PASSWORD}).status_code == 204
    response = APIClient().post("/api/v1/auth/register/", registration_fields("13800000001", name="张三"))
    assert response.status_code == 201


def test_deleting_the_account_needs_the_right_password(client_for, resident):
    response = client_for(resident).delete("/api/v1/auth/me/", {"password": "wrong"})
    assert response.status_code == 400
    assert "password" in response.data["errors"]
    assert client_for(resident).delete("/api/v1/auth/me/", {}).status_code == 400
    resident.refresh_from_db()
    assert resident.is_active and resident.anonymised_at is None


def test_deleting_the_account_is_refused_while_upcoming_signups_hold_seats(client_for, resident, organization):
    upcoming = EventFactory(organization=organization, title="下周的讲座")
    RegistrationFactory(event=upcoming, resident=resident)
    response = client_for(resident).delete("/api/v1/auth/me/", {"password": PASSWORD})
    assert response.status_code == 409
    assert "下周的讲座" in response.data["detail"]
    resident.refresh_from_db()
    assert resident.anonymised_at is None


def test_an_organizer_deleting_the_account_loses_memberships(client_for, organizer):
    assert client_for(organizer).delete("/api/v1/auth/me/", {"password": PASSWORD}).status_code == 204
    organizer.refresh_from_db()
    assert organizer.role == Role.RESIDENT
    assert not Membership.objects.filter(user=organizer).exists()


def test_deleting_the_account_drops_its_failed_login_records(api, client_for, resident):
    api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"})
    assert AccessAttempt.objects.filter(username=resident.phone).exists()
    assert client_for(resident).delete("/api/v1/auth/me/", {"password": PASSWORD}).status_code == 204
    assert not AccessAttempt.objects.filter(username="13800000001").exists()


def _ended(organization, days_ago: int):
    ends = timezone.now() - timedelta(days=days_ago)
    return EventFactory(
        organization=organization, starts_at=ends - timedelta(hours=2), ends_at=ends, status=EventStatus.REPORTED
    )


def _old_resident(phone: str, *, joined_days_ago: int = 800, last_login_days_ago: int | None = None) -> User:
    user = UserFactory(phone=phone)
    user.date_joined = timezone.now() - timedelta(days=joined_days_ago)
    user.last_login = None if last_login_days_ago is None else timezone.now() - timedelta(days=last_login_days_ago)
    user.save()
    return user


def test_retention_task_anonymises_residents_whose_events_all_ended_long_ago(settings, organization):
    settings.KEPU = {**settings.KEPU, "RETENTION_DAYS": 365}
    old_event, recent_event = _ended(organization, 400), _ended(organization, 100)
    expired = _old_resident("13600000001", last_login_days_ago=500)
    RegistrationFactory(
        event=old_event, resident=expired, status=RegistrationStatus.CONFIRMED, checked_in_at=old_event.starts_at
    )
    mixed = _old_resident("13600000002")
    RegistrationFactory(event=old_event, resident=mixed)
    RegistrationFactory(event=recent_event, resident=mixed)
    signed_in_lately = _old_resident("13600000003", last_login_days_ago=10)
    RegistrationFactory(event=old_event, resident=signed_in_lately)
    never_registered = _old_resident("13600000004")
    old_organizer = _old_resident("13600000005")
    old_organizer.role = Role.ORGANIZER
    old_organizer.save()
    RegistrationFactory(event=old_event, resident=old_organizer)
    attended_before = Registration.objects.filter(event=old_event, checked_in_at__isnull=False).count()

    assert anonymise_expired_personal_data() == 1

    expired.refresh_from_db()
    assert expired.anonymised_at is not None and expired.phone == f"deleted-{expired.pk}" and expired.name == ""
    for user in (mixed, signed_in_lately, never_registered, old_organizer):
        user.refresh_from_db()
        assert user.anonymised_at is None, user.phone
    assert Registration.objects.filter(event=old_event).count() == 4
    assert Registration.objects.filter(event=old_event, checked_in_at__isnull=False).count() == attended_before
    assert AuditEntry.objects.filter(action="user.anonymised", actor=None).count() == 1


def test_retention_task_is_idempotent(settings, organization):
    settings.KEPU = {**settings.KEPU, "RETENTION_DAYS": 30}
    event = _ended(organization, 60)
    for n in range(3):
        RegistrationFactory(event=event, resident=_old_resident(f"1360000010{n}"))
    assert anonymise_expired_personal_data() == 3
    anonymised_at = sorted(User.objects.filter(anonymised_at__isnull=False).values_list("anonymised_at", flat=True))
    assert anonymise_expired_personal_data() == 0
    assert (
        sorted(User.objects.filter(anonymised_at__isnull=False).values_list("anonymised_at", flat=True))
        == anonymised_at
    )
    assert AuditEntry.objects.filter(action="user.anonymised").count() == 3


def test_retention_period_comes_from_settings(settings, organization):
    event = _ended(organization, 60)
    user = _old_resident("13600000200")
    RegistrationFactory(event=event, resident=user)
    settings.KEPU = {**settings.KEPU, "RETENTION_DAYS": 90}
    assert anonymise_expired_personal_data() == 0
    settings.KEPU = {**settings.KEPU, "RETENTION_DAYS": 59}
    assert anonymise_expired_personal_data() == 1


def test_an_administrator_anonymises_people_from_the_admin_site(resident, other_resident, past_event):
    from django.test import Client

    RegistrationFactory(event=past_event, resident=resident)
    admin = UserFactory(phone="18900000000", role=Role.ADMIN, is_superuser=True, is_staff=True)
    browser = Client()
    browser.force_login(admin)
    response = browser.post(
        "/admin/accounts/user/", {"action": "anonymise", "_selected_action": [resident.pk, admin.pk]}
    )
    assert response.status_code == 302
    resident.refresh_from_db()
    admin.refresh_from_db()
    other_resident.refresh_from_db()
    assert resident.anonymised_at is not None and resident.phone == f"deleted-{resident.pk}"
    assert admin.anonymised_at is None and other_resident.anonymised_at is None
    assert Registration.objects.filter(resident=resident).count() == 1
    assert AuditEntry.objects.filter(action="user.anonymised", actor=admin).count() == 1
