"""The inbox, preferences and the staff list of failed deliveries, through the API."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kepu.accounts.models import Language, Role
from kepu.demo.factories import EventFactory, UserFactory
from kepu.notifications.models import Notification, NotificationKind, NotificationPreference, NotificationState
from kepu.notifications.services import notify


def _notice(user, kind=NotificationKind.EVENT_APPROVED, key="event:1:approved", event=None, due_at=None, **extra):
    notify(recipients=[user], kind=kind, subject_key=key, event=event, due_at=due_at, context=extra or None)
    return Notification.objects.get(recipient=user, kind=kind, subject_key=key)


@pytest.fixture
def event(organization):
    return EventFactory(organization=organization, title="机器人科普讲座", address="少先路社区活动室")


def test_the_inbox_lists_my_due_notifications_newest_first_in_chinese(client_for, resident, event):
    older = _notice(
        resident,
        NotificationKind.REGISTRATION_CONFIRMED,
        "registration:1",
        event,
        due_at=timezone.now() - timedelta(hours=1),
    )
    newer = _notice(resident, NotificationKind.EVENT_CHANGED, "event:1:changed:1", event)
    _notice(
        resident,
        NotificationKind.EVENT_REMINDER,
        "event:1:reminder:2",
        event,
        due_at=timezone.now() + timedelta(hours=5),
    )  # not due yet: not in the inbox

    response = client_for(resident).get("/api/v1/notifications/")

    assert response.status_code == 200
    assert response.data["count"] == 2
    assert [row["id"] for row in response.data["results"]] == [newer.pk, older.pk]
    first = response.data["results"][1]
    assert first["title"] == "报名成功：机器人科普讲座"
    assert "少先路社区活动室" in first["body"] and "签到码" in first["body"]
    assert first["is_read"] is False


def test_the_inbox_speaks_english_to_english_readers(client_for, event):
    reader = UserFactory(language=Language.EN)
    _notice(reader, NotificationKind.EVENT_CANCELLED, "event:1:cancelled", event, reason="暴雨预警")

    row = client_for(reader).get("/api/v1/notifications/").data["results"][0]

    assert row["title"] == "Event cancelled: 机器人科普讲座"
    assert row["body"].endswith("has been cancelled.\nReason: 暴雨预警")


def test_the_inbox_is_paginated(client_for, resident):
    for n in range(25):
        _notice(resident, key=f"event:{n}:approved")
    page = client_for(resident).get("/api/v1/notifications/?page=2&page_size=10").data
    assert page["count"] == 25 and len(page["results"]) == 10


def test_marking_one_read_and_the_unread_count(client_for, resident):
    first = _notice(resident, key="event:1:approved")
    _notice(resident, key="event:2:approved")
    client = client_for(resident)
    assert client.get("/api/v1/notifications/unread-count/").data == {"count": 2}

    response = client.post(f"/api/v1/notifications/{first.pk}/read/")
    again = client.post(f"/api/v1/notifications/{first.pk}/read/")

    assert response.status_code == 200 and response.data["is_read"] is True
    assert again.data["read_at"] == response.data["read_at"]
    assert client.get("/api/v1/notifications/unread-count/").data == {"count": 1}


def test_read_all_marks_everything_due(client_for, resident):
    for n in range(3):
        _notice(resident, key=f"event:{n}:approved")
    _notice(resident, key="event:9:approved", due_at=timezone.now() + timedelta(days=1))
    client = client_for(resident)

    assert client.post("/api/v1/notifications/read-all/").data == {"updated": 3}
    assert client.get("/api/v1/notifications/unread-count/").data == {"count": 0}


def test_someone_elses_notification_is_not_found(client_for, resident, other_resident):
    theirs = _notice(other_resident)
    response = client_for(resident).post(f"/api/v1/notifications/{theirs.pk}/read/")
    assert response.status_code == 404
    assert client_for(resident).get("/api/v1/notifications/").data["count"] == 0
    assert Notification.objects.get(pk=theirs.pk).read_at is None


def test_the_inbox_needs_a_signed_in_user(client_for, db):
    assert client_for(None).get("/api/v1/notifications/").status_code in (401, 403)
    assert client_for(None).get("/api/v1/me/preferences/").status_code in (401, 403)


def test_preferences_default_to_sms_with_reminders(client_for, resident):
    response = client_for(resident).get("/api/v1/me/preferences/")
    assert response.status_code == 200
    assert response.data == {"channels": "sms", "reminders": True, "email": "", "phone": resident.phone}
    assert not NotificationPreference.objects.exists()


def test_preferences_are_saved_and_audited(client_for, resident):
    resident.email = "zhangsan@example.org"
    resident.save()
    response = client_for(resident).put("/api/v1/me/preferences/", {"channels": "both", "reminders": False})
    assert response.status_code == 200
    assert response.data["channels"] == "both" and response.data["reminders"] is False
    assert NotificationPreference.objects.get(user=resident).channels == "both"
    from kepu.common.models import AuditEntry

    entry = AuditEntry.objects.get(action="preference.updated")
    assert entry.changes["reminders"] == {"old": True, "new": False}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"channels": "email", "reminders": True}, "channels"),
        ({"channels": "pigeon", "reminders": True}, "channels"),
        ({"channels": "sms"}, "reminders"),
    ],
)
def test_bad_preferences_are_refused_field_by_field(client_for, resident, body, field):
    response = client_for(resident).put("/api/v1/me/preferences/", body)
    assert response.status_code == 400
    assert field in response.data["errors"]


def _failed(user, event=None, key="event:1:approved"):
    notification = _notice(user, key=key, event=event)
    Notification.objects.filter(pk=notification.pk).update(state=NotificationState.FAILED, last_error="sms: 503")
    return notification


def test_staff_see_failed_deliveries_in_their_area_only(
    client_for, staff, other_staff, district_staff, organizer, other_organizer, organization, other_organization
):
    mine = _failed(organizer, EventFactory(organization=organization), "event:1:approved")
    theirs = _failed(other_organizer, EventFactory(organization=other_organization), "event:2:approved")
    digest = _failed(other_staff, key="digest:2026-W25")

    def ids(user):
        response = client_for(user).get("/api/v1/notifications/failed/")
        assert response.status_code == 200
        return {row["id"] for row in response.data["results"]}

    assert ids(staff) == {mine.pk}
    assert ids(other_staff) == {theirs.pk, digest.pk}
    assert ids(district_staff) == {mine.pk, theirs.pk, digest.pk}
    assert ids(UserFactory(role=Role.ADMIN)) == {mine.pk, theirs.pk, digest.pk}
    row = client_for(staff).get("/api/v1/notifications/failed/").data["results"][0]
    assert row["recipient_phone"] == "139****0001" and row["last_error"] == "sms: 503"


def test_residents_and_organizers_cannot_list_failed_deliveries(client_for, resident, organizer):
    assert client_for(resident).get("/api/v1/notifications/failed/").status_code == 403
    assert client_for(organizer).get("/api/v1/notifications/failed/").status_code == 403


def test_report_notices_carry_the_reviewers_comment_and_name_the_report(client_for, organizer, staff, event):
    _notice(organizer, NotificationKind.REPORT_RETURNED, "event:1:report:returned:9", event, comment="缺少现场照片")
    _notice(staff, NotificationKind.APPROVAL_PENDING, "event:1:report_pending:1", event, report=True)

    returned = client_for(organizer).get("/api/v1/notifications/").data["results"][0]
    pending = client_for(staff).get("/api/v1/notifications/").data["results"][0]

    assert returned["body"] == "“机器人科普讲座”的活动总结已退回，请修改后重新提交。\n审核意见：缺少现场照片"
    assert pending["title"] == "活动总结待审核：机器人科普讲座"
