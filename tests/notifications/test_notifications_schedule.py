"""The sweep's schedule, by time travel: reminders at 24 h / 2 h, report notices, the weekly digest, the
funding notice. Delivery runs inline here (eager tasks); the real worker is in test_notifications_worker.py."""

from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from notification_fixtures import key, local, reminder_key

from kepu.accounts.models import Role
from kepu.demo.factories import (
    AreaFactory,
    EventFactory,
    FundingRecordFactory,
    MembershipFactory,
    PopulationFactory,
    RegistrationFactory,
    UserFactory,
)
from kepu.events.models import EventReport, EventStatus, RegistrationStatus
from kepu.funding.models import Direction, FundingSource
from kepu.notifications.models import Notification, NotificationKind, NotificationPreference, NotificationState
from kepu.notifications.services import notify
from kepu.notifications.tasks import sweep
from kepu.places.models import AreaLevel

pytestmark = pytest.mark.usefixtures("eager", "channels")

START = local(2026, 6, 10, 15, 0)  # a Wednesday afternoon in Baotou


def sweep_at(moment, django_capture_on_commit_callbacks):
    with time_machine.travel(moment, tick=False), django_capture_on_commit_callbacks(execute=True):
        return sweep()


def reminder_keys(recorded) -> set[str]:
    sent = recorded.sends()
    assert all(calls == 1 for calls in sent.values()), sent
    return set(sent)


@pytest.fixture
def event():
    with time_machine.travel(START - timedelta(days=10), tick=False):
        return EventFactory(starts_at=START, ends_at=START + timedelta(hours=2))


def register(event, resident, at):
    with time_machine.travel(at, tick=False):
        return RegistrationFactory(event=event, resident=resident)


def test_reminders_go_out_at_24_and_2_hours_before_the_start(
    event, resident, recorded, django_capture_on_commit_callbacks
):
    register(event, resident, START - timedelta(days=5))

    sweep_at(START - timedelta(hours=24, minutes=1), django_capture_on_commit_callbacks)
    assert recorded.sends() == {}
    assert not Notification.objects.exists()

    sweep_at(START - timedelta(hours=24), django_capture_on_commit_callbacks)
    first = Notification.objects.get(subject_key=reminder_key(event, 24))
    assert reminder_keys(recorded) == {key(first, "sms")}
    # The 2 h reminder already exists as a row, due later: the database is the schedule.
    assert Notification.objects.get(subject_key=reminder_key(event, 2)).state == NotificationState.PENDING

    sweep_at(START - timedelta(hours=2, minutes=1), django_capture_on_commit_callbacks)
    assert len(recorded.sends()) == 1

    sweep_at(START - timedelta(hours=2), django_capture_on_commit_callbacks)
    sweep_at(START - timedelta(hours=1), django_capture_on_commit_callbacks)
    second = Notification.objects.get(subject_key=reminder_key(event, 2))
    assert reminder_keys(recorded) == {key(first, "sms"), key(second, "sms")}
    assert Notification.objects.filter(state=NotificationState.SENT).count() == 2


def test_a_sign_up_inside_a_reminder_window_does_not_get_that_reminder(
    event, resident, other_resident, recorded, django_capture_on_commit_callbacks
):
    register(event, resident, START - timedelta(hours=10))  # inside the 24 h window
    register(event, other_resident, START - timedelta(hours=1))  # inside both windows

    for hours_before in (24, 10, 2, 1):
        sweep_at(START - timedelta(hours=hours_before), django_capture_on_commit_callbacks)

    assert list(Notification.objects.values_list("recipient_id", "subject_key")) == [
        (resident.pk, reminder_key(event, 2))
    ]
    assert len(reminder_keys(recorded)) == 1


def test_per_event_reminder_hours_replace_the_default(resident, recorded, django_capture_on_commit_callbacks):
    with time_machine.travel(START - timedelta(days=10), tick=False):
        event = EventFactory(starts_at=START, ends_at=START + timedelta(hours=2), reminder_hours=[48])
    register(event, resident, START - timedelta(days=5))

    for hours_before in (48, 24, 2):
        sweep_at(START - timedelta(hours=hours_before), django_capture_on_commit_callbacks)

    assert list(Notification.objects.values_list("subject_key", flat=True)) == [reminder_key(event, 48)]


def test_residents_who_opted_out_get_no_reminders(event, resident, recorded, django_capture_on_commit_callbacks):
    NotificationPreference.objects.create(user=resident, reminders=False)
    register(event, resident, START - timedelta(days=5))

    sweep_at(START - timedelta(hours=24), django_capture_on_commit_callbacks)
    sweep_at(START - timedelta(hours=2), django_capture_on_commit_callbacks)

    assert not Notification.objects.exists()
    assert recorded.sends() == {}


def test_a_reminder_for_a_cancelled_registration_is_withdrawn_not_sent(
    event, resident, recorded, django_capture_on_commit_callbacks
):
    registration = register(event, resident, START - timedelta(days=5))
    sweep_at(START - timedelta(hours=24), django_capture_on_commit_callbacks)
    registration.status = RegistrationStatus.CANCELLED
    registration.save()

    sweep_at(START - timedelta(hours=2), django_capture_on_commit_callbacks)

    two_hour = Notification.objects.get(subject_key=reminder_key(event, 2))
    assert two_hour.state == NotificationState.CANCELLED
    assert len(recorded.sends()) == 1


def test_a_moved_event_moves_its_pending_reminders(event, resident, recorded, django_capture_on_commit_callbacks):
    register(event, resident, START - timedelta(days=5))
    sweep_at(START - timedelta(hours=24), django_capture_on_commit_callbacks)
    event.starts_at, event.ends_at = START + timedelta(hours=5), START + timedelta(hours=7)
    event.save()

    sweep_at(START - timedelta(hours=2), django_capture_on_commit_callbacks)
    assert len(recorded.sends()) == 1
    two_hour = Notification.objects.get(subject_key=reminder_key(event, 2))
    assert two_hour.due_at == START + timedelta(hours=3)

    sweep_at(START + timedelta(hours=3), django_capture_on_commit_callbacks)
    assert len(recorded.sends()) == 2


@pytest.fixture
def finished_event(organization, organizer):
    end = local(2026, 6, 10, 17, 0)
    with time_machine.travel(end - timedelta(days=10), tick=False):
        return EventFactory(
            organization=organization,
            starts_at=end - timedelta(hours=2),
            ends_at=end,
            status=EventStatus.COMPLETED,
        )


def test_report_due_then_overdue_once_a_day_at_most_three_times(
    finished_event, organizer, recorded, django_capture_on_commit_callbacks
):
    end = finished_event.ends_at
    moments = [end + timedelta(hours=1), end + timedelta(days=1), end + timedelta(days=1, hours=5)]
    moments += [end + timedelta(days=d, minutes=1) for d in (2, 3, 4, 5)]
    for moment in moments:
        sweep_at(moment, django_capture_on_commit_callbacks)

    keys = list(Notification.objects.filter(recipient=organizer).order_by("id").values_list("subject_key", flat=True))
    assert keys == [
        f"event:{finished_event.pk}:report_due",
        f"event:{finished_event.pk}:report_overdue:1",
        f"event:{finished_event.pk}:report_overdue:2",
        f"event:{finished_event.pk}:report_overdue:3",
    ]
    assert len(reminder_keys(recorded)) == 4


def test_no_overdue_notice_once_the_report_is_in(finished_event, organizer, django_capture_on_commit_callbacks):
    end = finished_event.ends_at
    sweep_at(end + timedelta(hours=1), django_capture_on_commit_callbacks)
    EventReport.objects.create(event=finished_event, submitted_at=end + timedelta(hours=3))

    sweep_at(end + timedelta(days=1, minutes=1), django_capture_on_commit_callbacks)

    assert list(Notification.objects.values_list("kind", flat=True)) == [NotificationKind.REPORT_DUE]


def test_weekly_digest_goes_to_each_staff_member_on_monday_at_nine(
    staff, other_staff, organization, recorded, django_capture_on_commit_callbacks
):
    monday = local(2026, 6, 15, 9, 0)
    with time_machine.travel(monday - timedelta(days=3), tick=False):
        EventFactory(
            organization=organization,
            status=EventStatus.SUBMITTED,
            starts_at=monday + timedelta(days=2),
            ends_at=monday + timedelta(days=2, hours=2),
        )

    sweep_at(monday - timedelta(minutes=1), django_capture_on_commit_callbacks)
    assert not Notification.objects.filter(kind=NotificationKind.WEEKLY_DIGEST).exists()

    sweep_at(monday, django_capture_on_commit_callbacks)
    sweep_at(monday + timedelta(hours=3), django_capture_on_commit_callbacks)
    sweep_at(monday + timedelta(days=1), django_capture_on_commit_callbacks)

    digests = Notification.objects.filter(kind=NotificationKind.WEEKLY_DIGEST)
    assert sorted(digests.values_list("recipient_id", "subject_key")) == sorted(
        [(staff.pk, "digest:2026-W25"), (other_staff.pk, "digest:2026-W25")]
    )
    assert digests.get(recipient=staff).context["submitted"] == 1  # the event lies in staff's subdistrict
    assert digests.get(recipient=other_staff).context["submitted"] == 0
    assert len(reminder_keys(recorded)) == 2

    sweep_at(monday + timedelta(days=7), django_capture_on_commit_callbacks)
    assert set(digests.values_list("subject_key", flat=True)) == {"digest:2026-W25", "digest:2026-W26"}


def test_funding_behind_schedule_is_told_once_a_month_to_the_staff_of_that_area(
    staff, other_staff, subdistrict, other_subdistrict, django_capture_on_commit_callbacks
):
    for area in (subdistrict, other_subdistrict):
        PopulationFactory(area=area, year=2026, residents=10000)
    community = AreaFactory(name="新社区", level=AreaLevel.COMMUNITY, parent=subdistrict)
    # By the end of May the target's pro-rata share is 1.50 × 5/12 = 0.63 yuan per resident.
    FundingRecordFactory(area=community, amount=Decimal("1000.00"), date=local(2026, 3, 1).date())
    FundingRecordFactory(area=other_subdistrict, amount=Decimal("9000.00"), date=local(2026, 4, 1).date())
    FundingRecordFactory(area=subdistrict, amount=Decimal("9000.00"), date=local(2026, 6, 2).date())  # June
    FundingRecordFactory(
        area=subdistrict,
        amount=Decimal("9000.00"),
        date=local(2026, 3, 1).date(),
        direction=Direction.EXPENDITURE,
        source=FundingSource.GOVERNMENT,
    )

    sweep_at(local(2026, 6, 3, 10, 0), django_capture_on_commit_callbacks)
    sweep_at(local(2026, 6, 20, 10, 0), django_capture_on_commit_callbacks)

    notices = Notification.objects.filter(kind=NotificationKind.FUNDING_BEHIND)
    assert list(notices.values_list("recipient_id", "subject_key")) == [(staff.pk, f"funding:{subdistrict.pk}:2026-06")]
    assert notices.get().context == {
        "area": subdistrict.name,
        "per_capita": "0.10",
        "pro_rata": "0.63",
        "target": "1.50",
    }


def test_no_funding_notice_in_january(staff, subdistrict, django_capture_on_commit_callbacks):
    PopulationFactory(area=subdistrict, year=2026, residents=10000)
    sweep_at(local(2026, 1, 20, 10, 0), django_capture_on_commit_callbacks)
    assert not Notification.objects.exists()


def test_notify_counts_only_new_rows_and_never_duplicates(resident, other_resident):
    args = {"kind": NotificationKind.EVENT_APPROVED, "subject_key": "event:1:approved"}
    assert notify(recipients=[resident, other_resident], **args) == 2
    assert notify(recipients=[resident, other_resident.pk], **args) == 0
    assert Notification.objects.count() == 2


def test_staff_without_activity_still_get_their_digest(district, django_capture_on_commit_callbacks):
    admin = UserFactory(role=Role.ADMIN)
    MembershipFactory()  # an organizer is not staff: no digest
    sweep_at(local(2026, 6, 15, 9, 30), django_capture_on_commit_callbacks)
    assert list(Notification.objects.values_list("recipient_id", flat=True)) == [admin.pk]


def test_a_moved_event_withdraws_the_old_times_reminders_and_plans_the_new_ones(
    event, resident, organizer, recorded, django_capture_on_commit_callbacks
):
    from kepu.events.services import event_update

    MembershipFactory(organization=event.organization, user=organizer)
    register(event, resident, START - timedelta(days=5))
    sweep_at(START - timedelta(hours=23), django_capture_on_commit_callbacks)  # the 24 h reminder went out
    old_two_hour = reminder_key(event, 2)
    with time_machine.travel(START - timedelta(hours=3), tick=False):
        sweep()  # plans nothing new: the 2 h reminder is not due yet
        later = START + timedelta(hours=3)
        event = event_update(event=event, by=organizer, starts_at=later, ends_at=later + timedelta(hours=2))

    sweep_at(START - timedelta(hours=1), django_capture_on_commit_callbacks)  # the old 2 h time: nothing
    reminders = Notification.objects.filter(kind=NotificationKind.EVENT_REMINDER)
    assert reminders.get(subject_key=old_two_hour).state == NotificationState.CANCELLED
    sweep_at(later - timedelta(hours=2), django_capture_on_commit_callbacks)

    new_two_hour = reminders.get(subject_key=reminder_key(event, 2))
    assert new_two_hour.state == NotificationState.SENT and new_two_hour.due_at == later - timedelta(hours=2)
    # One 24 h reminder (for the first time) and one 2 h reminder (for the new time): nothing twice.
    assert sorted(n.context["hours"] for n in reminders.filter(state=NotificationState.SENT)) == [2, 24]
