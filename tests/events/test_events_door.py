"""The door: the list a device keeps offline, queues of scans synced later, two devices, the window, corrections."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone
from events_builders import make_event, person, register

from kepu.common.models import AuditEntry
from kepu.demo.factories import UserFactory
from kepu.events.models import (
    CheckInScan,
    EventStatus,
    Registration,
    RegistrationStatus,
    ScanOutcome,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def door_event(organization):
    """Starts in an hour: sign-up still open, the door (two hours ahead by default) already open."""
    starts = timezone.now() + timedelta(hours=1)
    return make_event(
        organization,
        title="社区防诈骗讲座",
        capacity=30,
        max_companions=3,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )


def scan(code: str, minutes_ago: float = 1, scan_id: uuid.UUID | None = None) -> dict:
    return {
        "id": str(scan_id or uuid.uuid4()),
        "code": code,
        "scanned_at": (timezone.now() - timedelta(minutes=minutes_ago)).isoformat(),
    }


def sync(client, event, device: str, *scans: dict):
    return client.post(
        f"/api/v1/events/{event.pk}/check-ins/",
        {"device": device, "scans": list(scans)},
        format="json",
    )


class TestCheckInList:
    def test_a_device_downloads_codes_masked_names_and_seats_of_confirmed_and_waiting_registrants(
        self, client_for, organizer, door_event
    ):
        confirmed = register(door_event, UserFactory(name="王小明", phone="13611112222"), companions=2)
        waiting = register(door_event, person(name="李四"), status=RegistrationStatus.WAITLISTED)
        cancelled = register(door_event, person(name="赵五"))
        Registration.objects.filter(pk=cancelled.pk).update(status=RegistrationStatus.CANCELLED)

        response = client_for(organizer).get(f"/api/v1/events/{door_event.pk}/check-in-list/")

        assert response.status_code == 200, response.content
        body = response.json()
        rows = {row["registration"]: row for row in body["registrations"]}
        assert set(rows) == {confirmed.pk, waiting.pk}
        assert rows[confirmed.pk] == {
            "registration": confirmed.pk,
            "code": confirmed.check_in_code,
            "name": "王*明",
            "phone": "136****2222",
            "companions": 2,
            "status": "confirmed",
            "checked_in_at": None,
            "checked_in_device": None,
        }
        assert rows[waiting.pk]["name"] == "李*"
        assert body["counter"] == {
            "checked_in": 0,
            "expected": 3,
            "companions": 0,
            "registrations": 0,
            "duplicates": 0,
        }
        opens = timezone.datetime.fromisoformat(body["event"]["check_in_opens_at"])
        assert opens == door_event.starts_at - timedelta(hours=2)

    def test_only_the_events_organizers_get_it(
        self, client_for, organizer, other_organizer, resident, staff, door_event
    ):
        url = f"/api/v1/events/{door_event.pk}/check-in-list/"
        assert client_for(other_organizer).get(url).status_code == 403
        assert client_for(resident).get(url).status_code == 403
        assert client_for(staff).get(url).status_code == 403
        assert client_for(None).get(url).status_code in (401, 403)
        draft = make_event(door_event.organization, status=EventStatus.DRAFT)
        assert client_for(other_organizer).get(f"/api/v1/events/{draft.pk}/check-in-list/").status_code == 404


class TestSync:
    def test_a_queue_sent_twice_checks_in_once_and_answers_the_same(self, client_for, organizer, door_event):
        first = register(door_event, person(), companions=1)
        second = register(door_event, person())
        queue = [scan(first.check_in_code.lower(), 5), scan(second.check_in_code, 3)]
        client = client_for(organizer)

        answer = sync(client, door_event, "门口一号", *queue)
        again = sync(client, door_event, "门口一号", *queue)

        assert answer.status_code == again.status_code == 200, answer.content
        assert [r["outcome"] for r in answer.json()["results"]] == [
            "accepted",
            "accepted",
        ]
        assert again.json()["results"] == answer.json()["results"]
        assert CheckInScan.objects.filter(event=door_event).count() == 2
        assert answer.json()["counter"] == {
            "checked_in": 3,
            "expected": 3,
            "companions": 1,
            "registrations": 2,
            "duplicates": 0,
        }
        first.refresh_from_db()
        # The time the device saw the code, not the time it reached the server.
        assert abs((first.checked_in_at - (timezone.now() - timedelta(minutes=5))).total_seconds()) < 30
        entry = AuditEntry.objects.get(action="registration.checked_in", target_id=str(first.pk))
        assert entry.changes["device"] == "门口一号"
        assert entry.actor == organizer

    def test_a_code_used_on_two_offline_devices_counts_once_and_both_devices_are_told(
        self, client_for, organizer, door_event
    ):
        registration = register(door_event, person(name="张三"))
        client = client_for(organizer)

        at_the_gate = sync(client, door_event, "大门", scan(registration.check_in_code, minutes_ago=8))
        at_the_side = sync(client, door_event, "侧门", scan(registration.check_in_code, minutes_ago=6))

        assert at_the_gate.json()["results"][0]["outcome"] == "accepted"
        refused = at_the_side.json()["results"][0]
        assert refused["outcome"] == "duplicate"
        assert "大门" in refused["reason"]
        assert refused["name"] == "张*"
        assert at_the_side.json()["counter"]["registrations"] == 1
        assert at_the_side.json()["counter"]["duplicates"] == 1
        # The first device learns about the second use when it next refreshes its list.
        listing = client.get(f"/api/v1/events/{door_event.pk}/check-in-list/").json()
        assert [(d["code"], d["device"]) for d in listing["duplicates"]] == [(registration.check_in_code, "侧门")]
        assert listing["registrations"][0]["checked_in_device"] == "大门"

    def test_the_earlier_scan_wins_when_the_later_device_syncs_first(self, client_for, organizer, door_event):
        registration = register(door_event, person())
        client = client_for(organizer)
        later = sync(client, door_event, "侧门", scan(registration.check_in_code, minutes_ago=2))
        assert later.json()["results"][0]["outcome"] == "accepted"
        earlier = sync(client, door_event, "大门", scan(registration.check_in_code, minutes_ago=9))
        # Counting once matters more than which device gets the credit: the first one synced keeps it.
        assert earlier.json()["results"][0]["outcome"] == "duplicate"
        assert CheckInScan.objects.filter(registration=registration, outcome=ScanOutcome.ACCEPTED).count() == 1

    def test_unknown_waitlisted_and_early_codes_are_refused_with_a_reason_and_the_rest_still_count(
        self, client_for, organizer, door_event, organization
    ):
        good = register(door_event, person())
        waiting = register(door_event, person(), status=RegistrationStatus.WAITLISTED)
        elsewhere = register(make_event(organization), person())
        too_early = scan(good.check_in_code, minutes_ago=60 * 3 + 5)

        answer = client_for(organizer).post(
            f"/api/v1/events/{door_event.pk}/check-ins/",
            {
                "device": "大门",
                "scans": [
                    scan("NOSUCH22"),
                    scan(waiting.check_in_code),
                    scan(elsewhere.check_in_code),
                    too_early,
                    scan(good.check_in_code),
                ],
            },
            format="json",
            HTTP_ACCEPT_LANGUAGE="en",
        )

        results = answer.json()["results"]
        assert [r["outcome"] for r in results] == [
            "refused",
            "refused",
            "refused",
            "refused",
            "accepted",
        ]
        assert "No registration" in results[0]["reason"]
        assert "waiting list" in results[1]["reason"]
        assert "No registration" in results[2]["reason"]
        assert "opens at" in results[3]["reason"]
        assert Registration.objects.get(pk=elsewhere.pk).checked_in_at is None

    def test_a_device_clock_far_ahead_is_not_believed(self, client_for, organizer, door_event):
        registration = register(door_event, person())
        answer = sync(
            client_for(organizer),
            door_event,
            "大门",
            scan(registration.check_in_code, minutes_ago=-60),
        )
        assert answer.json()["results"][0]["outcome"] == "refused"
        assert Registration.objects.get(pk=registration.pk).checked_in_at is None

    def test_a_scan_id_of_another_event_is_refused(self, client_for, organizer, door_event, organization):
        other = make_event(organization, starts_at=door_event.starts_at, ends_at=door_event.ends_at)
        mine, theirs = register(door_event, person()), register(other, person())
        scan_id = uuid.uuid4()
        client = client_for(organizer)
        sync(client, other, "大门", scan(theirs.check_in_code, scan_id=scan_id))
        answer = sync(client, door_event, "大门", scan(mine.check_in_code, scan_id=scan_id))
        assert answer.json()["results"][0]["outcome"] == "refused"
        assert Registration.objects.get(pk=mine.pk).checked_in_at is None

    def test_bad_queues_name_the_field(self, client_for, organizer, door_event):
        client = client_for(organizer)
        url = f"/api/v1/events/{door_event.pk}/check-ins/"
        missing = client.post(url, {"scans": []}, format="json")
        assert missing.status_code == 400 and "device" in missing.json()["errors"]
        bad_id = client.post(
            url,
            {"device": "x", "scans": [{**scan("AAAA2222"), "id": "nope"}]},
            format="json",
        )
        assert bad_id.status_code == 400
        too_many = client.post(
            url,
            {"device": "x", "scans": [scan("AAAA2222") for _ in range(501)]},
            format="json",
        )
        assert too_many.status_code == 400


class TestWindow:
    def test_codes_are_refused_days_before_the_event_and_after_it(self, client_for, organizer, organization):
        next_week = make_event(organization)
        registration = register(next_week, person())
        response = client_for(organizer).post(
            f"/api/v1/events/{next_week.pk}/check-in/",
            {"code": registration.check_in_code},
        )
        assert response.status_code == 409
        assert "签到将于" in response.json()["detail"]

        past = make_event(
            organization,
            status=EventStatus.COMPLETED,
            starts_at=timezone.now() - timedelta(hours=5),
            ends_at=timezone.now() - timedelta(hours=3),
        )
        late = register(past, person())
        response = client_for(organizer).post(f"/api/v1/events/{past.pk}/check-in/", {"code": late.check_in_code})
        assert response.status_code == 409

    def test_the_window_is_set_per_event(self, client_for, organizer, organization):
        event = make_event(organization, status=EventStatus.DRAFT)
        client = client_for(organizer)
        response = client.patch(
            f"/api/v1/events/{event.pk}/",
            {"check_in_opens_minutes": 30, "check_in_closes_minutes": 60},
            format="json",
        )
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["check_in_opens_minutes"] == 30
        opens = timezone.datetime.fromisoformat(body["check_in_opens_at"])
        closes = timezone.datetime.fromisoformat(body["check_in_closes_at"])
        assert opens == event.starts_at - timedelta(minutes=30)
        assert closes == event.ends_at + timedelta(minutes=60)
        refused = client.patch(f"/api/v1/events/{event.pk}/", {"check_in_opens_minutes": -1}, format="json")
        assert refused.status_code == 400 and "check_in_opens_minutes" in refused.json()["errors"]


class TestFromTheList:
    def test_an_organizer_checks_a_registrant_in_and_undoes_it_both_audited(self, client_for, organizer, door_event):
        registration = register(door_event, person(), companions=2)
        client = client_for(organizer)

        response = client.post(f"/api/v1/registrations/{registration.pk}/check-in/")
        assert response.status_code == 200, response.content
        assert response.json()["checked_in_at"] is not None
        assert client.post(f"/api/v1/registrations/{registration.pk}/check-in/").status_code == 409
        counter = client.get(f"/api/v1/events/{door_event.pk}/check-in-list/").json()["counter"]
        assert (counter["checked_in"], counter["companions"]) == (3, 2)

        undone = client.post(f"/api/v1/registrations/{registration.pk}/check-in/undo/")
        assert undone.status_code == 200
        assert undone.json()["checked_in_at"] is None
        actions = list(
            AuditEntry.objects.filter(target_id=str(registration.pk)).order_by("id").values_list("action", flat=True)
        )
        assert actions[-2:] == [
            "registration.checked_in",
            "registration.check_in_reverted",
        ]
        # Undone, the code works again at the door.
        again = sync(client, door_event, "大门", scan(registration.check_in_code))
        assert again.json()["results"][0]["outcome"] == "accepted"

    def test_the_resident_and_other_organizers_cannot(self, client_for, resident, other_organizer, door_event):
        registration = register(door_event, resident)
        assert client_for(resident).post(f"/api/v1/registrations/{registration.pk}/check-in/").status_code == 403
        assert client_for(other_organizer).post(f"/api/v1/registrations/{registration.pk}/check-in/").status_code == 404

    def test_a_reported_event_keeps_its_check_ins(self, client_for, organizer, door_event):
        registration = register(door_event, person())
        client = client_for(organizer)
        assert client.post(f"/api/v1/registrations/{registration.pk}/check-in/").status_code == 200
        door_event.status = EventStatus.REPORTED
        door_event.save(update_fields=["status"])
        assert client.post(f"/api/v1/registrations/{registration.pk}/check-in/undo/").status_code == 409
