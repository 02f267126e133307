"""Sign-up, waiting list, cancellation, check-in and what organizers see of their registrants."""

import csv
import io
from datetime import timedelta

import pytest
import resvg_py
import zxingcpp
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from events_builders import make_event, make_residents, person, register
from PIL import Image

from kepu.events.models import EventStatus, Registration, RegistrationStatus
from kepu.notifications.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db


def sign_up(client, event, **data):
    return client.post(f"/api/v1/events/{event.pk}/register/", data)


class TestSignUp:
    def test_a_resident_is_confirmed_while_seats_remain_and_told_so(self, client_for, resident, event):
        response = sign_up(client_for(resident), event, companions=2)
        assert response.status_code == 201, response.content
        body = response.json()
        assert body["status"] == "confirmed"
        assert body["position"] is None
        assert len(body["check_in_code"]) == 8
        event.refresh_from_db()
        assert event.confirmed_seats == 3
        assert Notification.objects.filter(kind=NotificationKind.REGISTRATION_CONFIRMED, recipient=resident).exists()

    def test_a_full_event_puts_newcomers_on_the_waiting_list_with_their_position(
        self, client_for, organization, organizer
    ):
        small = make_event(organization, capacity=1)
        first, second, third = (person() for _ in range(3))
        assert sign_up(client_for(first), small).json()["status"] == "confirmed"
        assert sign_up(client_for(second), small).json()["position"] == 1
        third_body = sign_up(client_for(third), small).json()
        assert (third_body["status"], third_body["position"]) == ("waitlisted", 2)
        assert Notification.objects.filter(kind=NotificationKind.REGISTRATION_WAITLISTED).count() == 2
        full = Notification.objects.filter(kind=NotificationKind.EVENT_FULL, event=small)
        assert [n.recipient_id for n in full] == [organizer.pk]

    def test_companions_each_take_a_seat_and_cannot_exceed_the_maximum(self, client_for, resident, organization):
        small = make_event(organization, capacity=3, max_companions=1)
        response = sign_up(client_for(resident), small, companions=2)
        assert response.status_code == 400
        assert "companions" in response.json()["errors"]
        family = sign_up(client_for(person()), small, companions=1).json()
        assert family["status"] == "confirmed"
        pair = sign_up(client_for(resident), small, companions=1).json()
        assert pair["status"] == "waitlisted"

    def test_a_repeat_sign_up_returns_the_existing_registration_with_200(self, client_for, resident, event):
        client = client_for(resident)
        first = sign_up(client, event)
        again = sign_up(client, event, companions=1)
        assert (first.status_code, again.status_code) == (201, 200)
        assert again.json()["id"] == first.json()["id"]
        assert again.json()["companions"] == 0

    def test_a_cancelled_registration_can_sign_up_again_on_the_same_row(self, client_for, resident, event):
        client = client_for(resident)
        first = sign_up(client, event).json()
        assert client.post(f"/api/v1/registrations/{first['id']}/cancel/").json()["status"] == "cancelled"
        again = sign_up(client, event)
        assert again.status_code == 201
        assert again.json()["id"] == first["id"]
        assert again.json()["status"] == "confirmed"

    @pytest.mark.parametrize(
        ("fields", "status"),
        [
            ({"status": EventStatus.SUBMITTED}, 404),
            ({"status": EventStatus.COMPLETED}, 409),
            ({"starts_at": timezone.now() - timedelta(minutes=5)}, 409),
            ({"registration_opens_at": timezone.now() + timedelta(days=1)}, 409),
            ({"registration_closes_at": timezone.now() - timedelta(hours=1)}, 409),
        ],
    )
    def test_sign_up_only_inside_the_window_of_a_published_event_not_yet_started(
        self, client_for, resident, organization, fields, status
    ):
        closed = make_event(organization, **fields)
        response = sign_up(client_for(resident), closed)
        assert response.status_code == status
        assert response.json()["detail"]

    def test_a_walk_in_only_event_needs_no_sign_up(self, client_for, resident, organization):
        open_to_all = make_event(organization, registration_required=False, capacity=None)
        response = sign_up(client_for(resident), open_to_all)
        assert response.status_code == 400
        assert response.json()["detail"].startswith("无需报名")

    def test_residents_cannot_set_status_position_or_code(self, client_for, resident, event):
        for field, value in (("status", "confirmed"), ("position", 1), ("check_in_code", "AAAAAAAA")):
            response = sign_up(client_for(resident), event, **{field: value})
            assert response.status_code == 400
            assert field in response.json()["errors"]
        assert not Registration.objects.exists()


class TestCancellation:
    def test_cancelling_a_confirmed_seat_promotes_the_first_waitlisted_at_once(self, client_for, organization):
        small = make_event(organization, capacity=1)
        holder, first, second = (person() for _ in range(3))
        held = register(small, holder)
        early = register(small, first, status=RegistrationStatus.WAITLISTED, minutes_ago=10)
        late = register(small, second, status=RegistrationStatus.WAITLISTED, minutes_ago=5)
        response = client_for(holder).post(f"/api/v1/registrations/{held.pk}/cancel/")
        assert response.status_code == 200
        early.refresh_from_db()
        late.refresh_from_db()
        assert early.status == RegistrationStatus.CONFIRMED
        assert late.status == RegistrationStatus.WAITLISTED
        assert client_for(second).get(f"/api/v1/registrations/{late.pk}/").json()["position"] == 1
        assert Notification.objects.filter(kind=NotificationKind.WAITLIST_PROMOTED, recipient=first).count() == 1

    def test_a_party_that_does_not_fit_keeps_its_place_at_the_head(self, client_for, organization):
        small = make_event(organization, capacity=2, max_companions=2)
        a, b, family, single = (person() for _ in range(4))
        first = register(small, a)
        register(small, b)
        waiting_family = register(small, family, status=RegistrationStatus.WAITLISTED, companions=2, minutes_ago=9)
        waiting_single = register(small, single, status=RegistrationStatus.WAITLISTED, minutes_ago=5)
        client_for(a).post(f"/api/v1/registrations/{first.pk}/cancel/")
        waiting_family.refresh_from_db()
        waiting_single.refresh_from_db()
        assert waiting_family.status == waiting_single.status == RegistrationStatus.WAITLISTED

    def test_an_organizer_may_cancel_a_registrant_but_a_stranger_cannot_see_it(
        self, client_for, organizer, other_organizer, resident, event
    ):
        registration = register(event, resident)
        assert client_for(other_organizer).post(f"/api/v1/registrations/{registration.pk}/cancel/").status_code == 404
        assert client_for(organizer).post(f"/api/v1/registrations/{registration.pk}/cancel/").status_code == 200

    def test_cancelling_twice_is_a_conflict(self, client_for, resident, event):
        registration = register(event, resident)
        client = client_for(resident)
        assert client.post(f"/api/v1/registrations/{registration.pk}/cancel/").status_code == 200
        assert client.post(f"/api/v1/registrations/{registration.pk}/cancel/").status_code == 409


@pytest.fixture
def door_open(event):
    """``event`` moved to start within the hour, so its check-in window is open."""
    event.starts_at = timezone.now() + timedelta(minutes=30)
    event.ends_at = event.starts_at + timedelta(hours=2)
    event.save(update_fields=["starts_at", "ends_at"])
    return event


@pytest.mark.usefixtures("door_open")
class TestCheckIn:
    def test_a_code_is_accepted_once_case_insensitively(self, client_for, organizer, resident, event):
        registration = register(event, resident, companions=1)
        client = client_for(organizer)
        response = client.post(f"/api/v1/events/{event.pk}/check-in/", {"code": registration.check_in_code.lower()})
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["registration"] == registration.pk
        assert body["name"] == resident.name
        assert body["phone"] == resident.phone
        assert body["companions"] == 1
        again = client.post(f"/api/v1/events/{event.pk}/check-in/", {"code": registration.check_in_code})
        assert again.status_code == 409
        local = timezone.localtime(timezone.now()).strftime("%H:")
        assert again.json()["detail"].startswith(f"已于 {local}")
        english = client.post(
            f"/api/v1/events/{event.pk}/check-in/", {"code": registration.check_in_code}, HTTP_ACCEPT_LANGUAGE="en"
        )
        assert english.json()["detail"].startswith(f"Already checked in at {local}")

    def test_codes_of_other_events_cancelled_or_waitlisted_registrations_are_refused(
        self, client_for, organizer, organization, event
    ):
        elsewhere = register(make_event(organization), person())
        waiting = register(event, person(), status=RegistrationStatus.WAITLISTED)
        cancelled = register(event, person())
        cancelled.status = RegistrationStatus.CANCELLED
        cancelled.save()
        client = client_for(organizer)
        for registration, message in (
            (elsewhere, "没有使用此签到码"),
            (waiting, "候补"),
            (cancelled, "已取消"),
        ):
            response = client.post(f"/api/v1/events/{event.pk}/check-in/", {"code": registration.check_in_code})
            assert response.status_code == 400
            assert message in response.json()["errors"]["code"][0]

    def test_the_qr_code_is_an_svg_for_its_owner_only(self, client_for, resident, organizer, event):
        registration = register(event, resident)
        response = client_for(resident).get(f"/api/v1/registrations/{registration.pk}/qr.svg")
        assert response.status_code == 200
        assert response["Content-Type"] == "image/svg+xml"
        assert b"<svg" in response.content
        assert client_for(organizer).get(f"/api/v1/registrations/{registration.pk}/qr.svg").status_code == 403

    def test_the_qr_code_decodes_as_a_standard_qr_code_never_a_micro_one(self, client_for, resident, event):
        registration = register(event, resident)
        svg = client_for(resident).get(f"/api/v1/registrations/{registration.pk}/qr.svg").content
        drawn = Image.open(io.BytesIO(bytes(resvg_py.svg_to_bytes(svg_string=svg.decode()))))
        on_paper = Image.new("RGB", drawn.size, "white")
        on_paper.paste(drawn, mask=drawn.getchannel("A"))
        (barcode,) = zxingcpp.read_barcodes(on_paper)
        assert barcode.text == registration.check_in_code
        assert barcode.format == zxingcpp.BarcodeFormat.QRCode


class TestRegistrants:
    def test_a_resident_lists_their_own_sign_ups_only(self, client_for, resident, other_resident, event):
        mine = register(event, resident)
        register(event, other_resident)
        rows = client_for(resident).get("/api/v1/registrations/").json()["results"]
        assert [row["id"] for row in rows] == [mine.pk]
        assert rows[0]["check_in_code"] == mine.check_in_code

    def test_organizers_list_their_registrants_with_full_phone_numbers(self, client_for, organizer, event):
        people = make_residents(3)
        for index, someone in enumerate(people):
            register(event, someone, minutes_ago=10 - index)
        rows = client_for(organizer).get(f"/api/v1/registrations/?event={event.pk}").json()["results"]
        assert [row["resident"]["phone"] for row in rows] == [p.phone for p in people]
        assert all(row["check_in_code"] is None for row in rows)

    def test_staff_and_other_organizers_see_no_registrants(self, client_for, staff, other_organizer, resident, event):
        register(event, resident)
        for viewer in (staff, other_organizer):
            rows = client_for(viewer).get(f"/api/v1/registrations/?event={event.pk}").json()["results"]
            assert rows == []

    def test_the_csv_export_lists_every_registrant_for_organizers(self, client_for, organizer, staff, event):
        people = make_residents(2)
        register(event, people[0])
        register(event, people[1], status=RegistrationStatus.WAITLISTED)
        response = client_for(organizer).get(f"/api/v1/events/{event.pk}/registrants.csv")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert len(rows) == 3
        # Each column headed by our own words, never by another app's catalogue ("任务名" was Celery beat's).
        assert rows[0] == ["报名编号", "姓名", "手机号", "状态", "候补位次", "同行人数", "报名时间", "签到时间"]
        assert {row[2] for row in rows[1:]} == {p.phone for p in people}
        assert client_for(staff).get(f"/api/v1/events/{event.pk}/registrants.csv").status_code == 403


def test_the_registration_list_costs_the_same_number_of_queries_for_3_or_30_sign_ups(client_for, organization):
    resident = person()
    client = client_for(resident)

    def queries_for(count):
        Registration.objects.all().delete()
        for _ in range(count):
            register(make_event(organization), resident, status=RegistrationStatus.WAITLISTED)
        with CaptureQueriesContext(connection) as ctx:
            rows = client.get("/api/v1/registrations/?page_size=100").json()["results"]
        assert len(rows) == count
        assert {row["event"]["area"]["id"] for row in rows} == {organization.area_id}
        return len(ctx.captured_queries)

    assert queries_for(3) == queries_for(30)
