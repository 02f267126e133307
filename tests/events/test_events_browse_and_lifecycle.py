"""Browsing, creating, editing and the lifecycle of events, through the API."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from events_builders import make_event, make_residents, person, register
from icalendar import Calendar

from kepu.common.models import AuditEntry
from kepu.demo.factories import EventFactory, OrganizationFactory
from kepu.events.models import Audience, Event, EventStatus, Registration, RegistrationStatus
from kepu.events.tasks import complete_finished_events
from kepu.notifications.models import Notification, NotificationKind
from kepu.places.models import Setting

pytestmark = pytest.mark.django_db


def _ids(response):
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def _new_event_payload(organization, **overrides):
    start = timezone.now() + timedelta(days=10)
    payload = {
        "title": "青少年机器人体验课",
        "activity_type": "training",
        "organization": organization.pk,
        "address": "少先路社区活动中心",
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=2)).isoformat(),
        "audiences": ["youth", "general_public"],
        "capacity": 30,
        "max_companions": 1,
    }
    payload.update(overrides)
    return payload


class TestBrowsing:
    def test_anonymous_visitors_see_published_events_only_sorted_by_start(self, api, organization):
        later = make_event(organization, starts_at=timezone.now() + timedelta(days=9))
        sooner = make_event(organization, starts_at=timezone.now() + timedelta(days=2))
        reported = make_event(organization, status=EventStatus.REPORTED, starts_at=timezone.now() - timedelta(days=3))
        for hidden in (EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.REJECTED, EventStatus.CANCELLED):
            make_event(organization, status=hidden)
        assert _ids(api.get("/api/v1/events/?period=all")) == [reported.pk, sooner.pk, later.pk]
        assert _ids(api.get("/api/v1/events/?upcoming=true")) == [sooner.pk, later.pk]

    def test_the_list_shows_upcoming_events_soonest_first_unless_past_or_all_is_asked_for(self, api, organization):
        now = timezone.now()
        running = make_event(organization, starts_at=now - timedelta(hours=1))
        tomorrow = make_event(organization, starts_at=now + timedelta(days=1))
        last_week = make_event(organization, status=EventStatus.REPORTED, starts_at=now - timedelta(days=7))
        last_month = make_event(organization, status=EventStatus.COMPLETED, starts_at=now - timedelta(days=30))
        assert _ids(api.get("/api/v1/events/")) == [running.pk, tomorrow.pk]
        assert _ids(api.get("/api/v1/events/?period=upcoming")) == [running.pk, tomorrow.pk]
        assert _ids(api.get("/api/v1/events/?period=past")) == [last_week.pk, last_month.pk]
        assert _ids(api.get("/api/v1/events/?period=all")) == [last_month.pk, last_week.pk, running.pk, tomorrow.pk]
        local = timezone.localtime(now - timedelta(days=30)).date()
        assert _ids(api.get(f"/api/v1/events/?starts_after={local}")) == [
            last_month.pk,
            last_week.pk,
            running.pk,
            tomorrow.pk,
        ]
        response = api.get("/api/v1/events/?period=soon")
        assert response.status_code == 400
        assert "period" in str(response.json())

    def test_the_count_stops_at_the_bound_and_pages_end_there(self, api, organization, settings):
        settings.KEPU = {**settings.KEPU, "LIST_COUNT_LIMIT": 4, "EVENT_LIST_CACHE_SECONDS": 0}
        for _ in range(6):
            make_event(organization)
        body = api.get("/api/v1/events/?page_size=2").json()
        assert (body["count"], body["count_exact"], len(body["results"])) == (4, False, 2)
        assert api.get("/api/v1/events/?page_size=2&page=2").status_code == 200
        assert api.get("/api/v1/events/?page_size=2&page=3").status_code == 404
        exact = api.get("/api/v1/events/?page_size=2&q=nothing-like-this").json()
        assert (exact["count"], exact["count_exact"]) == (0, True)
        with CaptureQueriesContext(connection) as ctx:
            api.get("/api/v1/events/?page_size=2&period=all")
        counts = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]
        assert counts and all("LIMIT 5" in sql for sql in counts), counts

    def test_anonymous_first_pages_are_cached_for_the_documented_bound_and_signed_in_pages_never(
        self, api, client_for, resident, organization, settings
    ):
        settings.KEPU = {**settings.KEPU, "EVENT_LIST_CACHE_SECONDS": 30, "EVENT_LIST_CACHE_PAGES": 1}
        event = make_event(organization, capacity=10)
        first = api.get("/api/v1/events/")
        assert first["Cache-Control"].startswith("public, max-age=")
        assert 0 < int(first["Cache-Control"].split("=")[1]) <= 30
        assert "Cookie" in first["Vary"] and "Authorization" in first["Vary"]
        register(event, resident, companions=0)
        assert api.get("/api/v1/events/").json()["results"][0]["seats_left"] == 10  # within the bound
        assert client_for(resident).get("/api/v1/events/").json()["results"][0]["seats_left"] == 9
        assert api.get("/api/v1/events/?page=1&page_size=20").json()["results"][0]["seats_left"] == 9  # other key
        settings.KEPU = {**settings.KEPU, "EVENT_LIST_CACHE_SECONDS": 0}
        uncached = api.get("/api/v1/events/")
        assert uncached.json()["results"][0]["seats_left"] == 9
        assert "Cache-Control" not in uncached or "public" not in uncached["Cache-Control"]

    def test_the_area_filter_includes_sub_areas(self, api, organization, other_organization, subdistrict):
        inside = make_event(organization)
        make_event(other_organization)
        assert _ids(api.get(f"/api/v1/events/?area={subdistrict.pk}")) == [inside.pk]

    def test_filters_by_setting_type_audience_mode_dates_and_text(self, api, organization, district):
        school = OrganizationFactory(setting=Setting.SCHOOL, area=organization.area)
        day = timezone.now() + timedelta(days=20)
        target = make_event(
            school, activity_type="exhibition", mode="mixed", starts_at=day, title="稀土展", description="包钢稀土"
        )
        target.audiences.set([Audience.objects.get(key="farmers")])
        make_event(organization, activity_type="lecture", title="健康讲座")
        local = timezone.localtime(day).date()
        for query in (
            "setting=school",
            "activity_type=exhibition",
            "audience=farmers",
            "mode=mixed",
            f"starts_after={local}&starts_before={local}",
            "q=稀土",
            f"organization={school.pk}",
        ):
            assert _ids(api.get(f"/api/v1/events/?{query}")) == [target.pk], query

    def test_a_list_item_shows_seats_counts_area_organization_and_my_registration(
        self, client_for, resident, organization, event
    ):
        others = make_residents(3)
        register(event, others[0], companions=2)
        register(event, others[1], status=RegistrationStatus.WAITLISTED, minutes_ago=5)
        mine = register(event, resident, status=RegistrationStatus.WAITLISTED)
        row = client_for(resident).get("/api/v1/events/").json()["results"][0]
        assert row["seats_left"] == 47
        assert row["confirmed_count"] == 1
        assert row["waitlist_count"] == 2
        assert row["is_large_scale"] is False
        assert row["area"] == {"id": organization.area.pk, "name": organization.area.name}
        assert row["organization"] == {"id": organization.pk, "name": organization.name}
        assert row["my_registration"] == {"id": mine.pk, "status": "waitlisted", "position": 2, "companions": 0}

    def test_the_list_costs_the_same_number_of_queries_for_5_or_50_events(self, client_for, resident, organization):
        client = client_for(resident)

        def queries_for(count):
            Event.objects.all().delete()
            for _ in range(count):
                item = make_event(organization)
                item.audiences.set(Audience.objects.all()[:2])
                register(item, resident)
            with CaptureQueriesContext(connection) as ctx:
                assert len(client.get("/api/v1/events/?page_size=100").json()["results"]) == count
            return len(ctx.captured_queries)

        assert queries_for(5) == queries_for(50)

    def test_staff_see_every_state_in_their_area_and_organizers_see_theirs_with_mine(
        self, client_for, staff, other_staff, organizer, organization
    ):
        draft = make_event(organization, status=EventStatus.DRAFT)
        submitted = make_event(organization, status=EventStatus.SUBMITTED)
        assert set(_ids(client_for(staff).get("/api/v1/events/"))) == {draft.pk, submitted.pk}
        assert _ids(client_for(other_staff).get("/api/v1/events/")) == []
        assert set(_ids(client_for(organizer).get("/api/v1/events/?mine=true"))) == {draft.pk, submitted.pk}
        assert _ids(client_for(organizer).get("/api/v1/events/")) == []

    def test_large_scale_follows_the_threshold_or_the_staff_mark(self, api, organization, settings):
        settings.KEPU = {**settings.KEPU, "LARGE_EVENT_THRESHOLD": 1000}
        marked = make_event(organization, marked_large_scale=True)
        row = api.get(f"/api/v1/events/{marked.pk}/").json()
        assert row["is_large_scale"] is True


class TestCreatingAndEditing:
    def test_an_organizer_creates_a_draft_with_setting_and_area_from_the_organization(
        self, client_for, organizer, organization
    ):
        response = client_for(organizer).post("/api/v1/events/", _new_event_payload(organization))
        assert response.status_code == 201, response.content
        body = response.json()
        assert body["status"] == "draft"
        assert body["setting"] == organization.setting
        assert body["area"]["id"] == organization.area_id
        assert body["audiences"] == ["youth", "general_public"]
        assert AuditEntry.objects.filter(action="event.created", target_id=str(body["id"])).exists()

    def test_an_organizer_cannot_create_for_another_organization(self, client_for, organizer, other_organization):
        response = client_for(organizer).post("/api/v1/events/", _new_event_payload(other_organization))
        assert response.status_code == 400
        assert "organization" in response.json()["errors"]

    def test_organizers_cannot_set_status_seats_or_large_scale_mark(self, client_for, organizer, organization):
        for field, value in (("status", "approved"), ("confirmed_seats", 3), ("marked_large_scale", True)):
            payload = _new_event_payload(organization, **{field: value})
            response = client_for(organizer).post("/api/v1/events/", payload)
            assert response.status_code == 400
            assert field in response.json()["errors"]
        assert not Event.objects.exists()

    def test_moving_an_approved_event_is_audited_and_told_to_registrants(
        self, client_for, organizer, resident, other_resident, event
    ):
        register(event, resident)
        cancelled = register(event, other_resident)
        cancelled.status = RegistrationStatus.CANCELLED
        cancelled.save()
        new_start = event.starts_at + timedelta(days=1)
        client = client_for(organizer)
        for address in ("新活动室", "礼堂"):
            response = client.patch(
                f"/api/v1/events/{event.pk}/",
                {
                    "starts_at": new_start.isoformat(),
                    "ends_at": (new_start + timedelta(hours=2)).isoformat(),
                    "address": address,
                },
            )
            assert response.status_code == 200, response.content
        changed = Notification.objects.filter(kind=NotificationKind.EVENT_CHANGED, event=event)
        assert [n.recipient_id for n in changed] == [resident.pk, resident.pk]
        assert AuditEntry.objects.filter(action="event.updated", target_id=str(event.pk)).count() == 2

    def test_raising_capacity_promotes_from_the_waiting_list(self, client_for, organizer, organization):
        full = make_event(organization, capacity=1)
        first, second, third = make_residents(3)
        register(full, first)
        promoted = register(full, second, status=RegistrationStatus.WAITLISTED, minutes_ago=10)
        still_waiting = register(full, third, status=RegistrationStatus.WAITLISTED, minutes_ago=5)
        response = client_for(organizer).patch(f"/api/v1/events/{full.pk}/", {"capacity": 2})
        assert response.status_code == 200
        assert response.json()["seats_left"] == 0
        promoted.refresh_from_db()
        still_waiting.refresh_from_db()
        assert promoted.status == RegistrationStatus.CONFIRMED
        assert still_waiting.status == RegistrationStatus.WAITLISTED

    def test_lowering_capacity_below_the_confirmed_seats_is_refused(self, client_for, organizer, event):
        register(event, person(), companions=2)
        response = client_for(organizer).patch(f"/api/v1/events/{event.pk}/", {"capacity": 2})
        assert response.status_code == 400
        assert "已有 3 个名额确认" in response.json()["errors"]["capacity"][0]

    def test_completed_events_cannot_be_edited(self, client_for, organizer, organization):
        done = make_event(organization, status=EventStatus.COMPLETED)
        response = client_for(organizer).patch(f"/api/v1/events/{done.pk}/", {"title": "x"})
        assert response.status_code == 409


class TestLifecycle:
    def test_submit_approve_and_the_notifications_on_the_way(self, client_for, organizer, staff, organization):
        draft = make_event(organization, status=EventStatus.DRAFT)
        response = client_for(organizer).post(f"/api/v1/events/{draft.pk}/submit/")
        assert response.status_code == 200
        assert response.json()["status"] == "submitted"
        assert Notification.objects.filter(kind=NotificationKind.APPROVAL_PENDING, recipient=staff).exists()
        response = client_for(staff).post(f"/api/v1/events/{draft.pk}/approve/")
        assert response.status_code == 200
        assert response.json()["status"] == "approved"
        assert Notification.objects.filter(kind=NotificationKind.EVENT_APPROVED, recipient=organizer).exists()

    def test_a_rejection_needs_a_reason_and_the_organizer_may_resubmit(
        self, client_for, organizer, staff, organization
    ):
        submitted = make_event(organization, status=EventStatus.SUBMITTED)
        assert client_for(staff).post(f"/api/v1/events/{submitted.pk}/reject/", {}).status_code == 400
        response = client_for(staff).post(f"/api/v1/events/{submitted.pk}/reject/", {"reason": "地址不完整"})
        assert response.json()["status"] == "rejected"
        assert response.json()["status_reason"] == "地址不完整"
        rejected = Notification.objects.get(kind=NotificationKind.EVENT_REJECTED, recipient=organizer)
        assert rejected.context["reason"] == "地址不完整"
        assert client_for(organizer).post(f"/api/v1/events/{submitted.pk}/submit/").status_code == 200

    def test_a_step_from_the_wrong_state_is_a_conflict_with_a_message(self, client_for, staff, organization):
        approved = make_event(organization)
        response = client_for(staff).post(f"/api/v1/events/{approved.pk}/approve/")
        assert response.status_code == 409
        assert "已发布" in response.json()["detail"]

    def test_cancelling_tells_every_registrant_the_reason(self, client_for, organizer, event, resident):
        waiting = register(event, person(), status=RegistrationStatus.WAITLISTED)
        register(event, resident)
        response = client_for(organizer).post(f"/api/v1/events/{event.pk}/cancel/", {"reason": "暴雨预警"})
        assert response.status_code == 200
        told = Notification.objects.filter(kind=NotificationKind.EVENT_CANCELLED, event=event)
        assert {n.recipient_id for n in told} == {resident.pk, waiting.resident_id}
        assert {n.context["reason"] for n in told} == {"暴雨预警"}
        assert client_for(organizer).post(f"/api/v1/events/{event.pk}/cancel/", {"reason": "x"}).status_code == 409

    def test_the_periodic_task_completes_finished_events_once(self, organizer, organization):
        past = make_event(
            organization,
            starts_at=timezone.now() - timedelta(hours=5),
            ends_at=timezone.now() - timedelta(hours=3),
        )
        running = make_event(organization, starts_at=timezone.now() - timedelta(hours=1))
        assert complete_finished_events() == 1
        assert complete_finished_events() == 0
        past.refresh_from_db()
        running.refresh_from_db()
        assert past.status == EventStatus.COMPLETED
        assert running.status == EventStatus.APPROVED
        assert Notification.objects.filter(kind=NotificationKind.REPORT_DUE, recipient=organizer).count() == 1

    def test_an_organizer_cannot_complete_an_event_before_it_starts(self, client_for, organizer, event):
        assert client_for(organizer).post(f"/api/v1/events/{event.pk}/complete/").status_code == 409

    def test_a_retrospective_event_is_logged_with_its_report_and_awaits_review(
        self, client_for, organizer, staff, organization
    ):
        start = timezone.now() - timedelta(days=3)
        payload = _new_event_payload(
            organization,
            starts_at=start.isoformat(),
            ends_at=(start + timedelta(hours=3)).isoformat(),
            report={"walk_ins": [{"audience": "farmers", "count": 120}], "expenditure": "350.00", "summary": "大集"},
        )
        for name in ("capacity", "max_companions"):
            payload.pop(name)
        response = client_for(organizer).post("/api/v1/events/retrospective/", payload, format="json")
        assert response.status_code == 201, response.content
        body = response.json()
        assert body["status"] == "reported"
        assert body["logged_afterwards"] is True
        assert body["registration_required"] is False
        report = client_for(staff).get(f"/api/v1/events/{body['id']}/report/").json()
        assert report["status"] == "submitted"
        assert report["attendance"] == 120
        review = client_for(staff).post(f"/api/v1/events/{body['id']}/report/review/", {"decision": "accept"})
        assert review.json()["status"] == "accepted"

    def test_a_retrospective_event_must_have_ended(self, client_for, organizer, organization):
        payload = _new_event_payload(organization, report={})
        payload.pop("capacity")
        response = client_for(organizer).post("/api/v1/events/retrospective/", payload, format="json")
        assert response.status_code == 400
        assert "ends_at" in response.json()["errors"]


class TestCalendar:
    def test_one_event_as_valid_icalendar_with_the_districts_time_zone(self, api, event):
        response = api.get(f"/api/v1/events/{event.pk}/calendar.ics")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.content)
        assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
        (timezone_component,) = calendar.walk("VTIMEZONE")
        assert timezone_component["TZID"] == "Asia/Shanghai"
        (item,) = calendar.walk("VEVENT")
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert required in item
        assert item["UID"] == f"event-{event.pk}@kepu"
        assert item.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
        assert str(item["DTSTART"].params["TZID"]) == "Asia/Shanghai"

    def test_the_feed_lists_upcoming_published_events_with_the_list_filters(
        self, api, organization, other_organization
    ):
        shown = make_event(organization)
        make_event(other_organization)
        make_event(organization, status=EventStatus.DRAFT)
        make_event(organization, status=EventStatus.REPORTED, starts_at=timezone.now() - timedelta(days=2))
        calendar = Calendar.from_ical(api.get(f"/api/v1/calendar.ics?area={organization.area_id}").content)
        assert [str(item["UID"]) for item in calendar.walk("VEVENT")] == [f"event-{shown.pk}@kepu"]
        again = Calendar.from_ical(api.get(f"/api/v1/calendar.ics?area={organization.area_id}").content)
        assert [str(i["UID"]) for i in again.walk("VEVENT")] == [str(i["UID"]) for i in calendar.walk("VEVENT")]

    def test_a_draft_has_no_public_calendar(self, api, organization):
        draft = EventFactory(organization=organization, area=organization.area, status=EventStatus.DRAFT)
        assert api.get(f"/api/v1/events/{draft.pk}/calendar.ics").status_code == 404

    def test_a_title_with_line_breaks_and_separators_parses_back_as_written(self, api, client_for, organizer, event):
        title = "第一行\r\n第二行; 逗号, 反斜杠 \\ END:VEVENT"
        patched = client_for(organizer).patch(f"/api/v1/events/{event.pk}/", {"title": title, "address": "甲\n乙"})
        assert patched.status_code == 200
        for path in (f"/api/v1/events/{event.pk}/calendar.ics", "/api/v1/calendar.ics"):
            response = api.get(path)
            assert response.status_code == 200, path
            (item,) = Calendar.from_ical(response.content).walk("VEVENT")
            assert str(item["SUMMARY"]) == title.replace("\r\n", "\n")
            assert str(item["LOCATION"]) == "甲\n乙"
        assert Calendar.from_ical(api.get(f"/api/v1/events/{event.pk}/calendar.ics").content)["X-WR-CALNAME"]

    def test_a_cancelled_event_stays_in_the_feed_and_its_file_as_cancelled_with_a_higher_sequence(
        self, api, client_for, organizer, event
    ):
        (before,) = Calendar.from_ical(api.get(f"/api/v1/events/{event.pk}/calendar.ics").content).walk("VEVENT")
        assert before["STATUS"] == "CONFIRMED"

        client_for(organizer).post(f"/api/v1/events/{event.pk}/cancel/", {"reason": "暴雨预警"})

        own_file = api.get(f"/api/v1/events/{event.pk}/calendar.ics")
        assert own_file.status_code == 200
        (after,) = Calendar.from_ical(own_file.content).walk("VEVENT")
        feed = Calendar.from_ical(api.get("/api/v1/calendar.ics").content).walk("VEVENT")
        (in_feed,) = [item for item in feed if item["UID"] == before["UID"]]
        for item in (after, in_feed):
            assert item["UID"] == before["UID"] and item["STATUS"] == "CANCELLED"
            assert item["SEQUENCE"] > before["SEQUENCE"]
            assert "暴雨预警" in str(item["DESCRIPTION"])
        assert api.get(f"/api/v1/events/{event.pk}/").status_code == 404  # the page itself stays private

    def test_every_saved_edit_raises_the_sequence_and_a_no_op_does_not(self, api, client_for, organizer, event):
        def sequence() -> int:
            content = api.get(f"/api/v1/events/{event.pk}/calendar.ics").content
            return Calendar.from_ical(content).walk("VEVENT")[0]["SEQUENCE"]

        assert sequence() == 0
        client_for(organizer).patch(f"/api/v1/events/{event.pk}/", {"title": "改期后的讲座"})
        assert sequence() == 1
        client_for(organizer).patch(f"/api/v1/events/{event.pk}/", {"title": "改期后的讲座"})
        assert sequence() == 1
        later = event.starts_at + timedelta(hours=3)
        client_for(organizer).patch(
            f"/api/v1/events/{event.pk}/",
            {"starts_at": later.isoformat(), "ends_at": (later + timedelta(hours=2)).isoformat()},
        )
        assert sequence() == 2

    def test_an_event_cancelled_before_it_was_published_stays_out_of_every_calendar(
        self, api, client_for, organizer, organization
    ):
        draft = make_event(organization, status=EventStatus.DRAFT)
        client_for(organizer).post(f"/api/v1/events/{draft.pk}/cancel/", {"reason": "计划取消"})
        assert api.get(f"/api/v1/events/{draft.pk}/calendar.ics").status_code == 404
        feed = Calendar.from_ical(api.get("/api/v1/calendar.ics").content)
        assert f"event-{draft.pk}@kepu" not in [str(item["UID"]) for item in feed.walk("VEVENT")]


def test_registration_rows_remain_after_cancelling_an_event(client_for, organizer, event, resident):
    register(event, resident)
    client_for(organizer).post(f"/api/v1/events/{event.pk}/cancel/", {"reason": "场地维修"})
    assert Registration.objects.filter(event=event).count() == 1


def test_staff_filter_events_by_report_state_to_find_reports_waiting_for_review(organization, staff, client_for):
    from django.utils import timezone

    from kepu.demo.factories import EventFactory
    from kepu.events.models import EventReport, EventStatus, ReportStatus

    waiting, accepted = (
        EventFactory(
            organization=organization, status=EventStatus.REPORTED, starts_at=timezone.now() - timedelta(days=d)
        )
        for d in (3, 4)
    )
    EventReport.objects.create(event=waiting, status=ReportStatus.SUBMITTED, submitted_at=timezone.now())
    EventReport.objects.create(event=accepted, status=ReportStatus.ACCEPTED, submitted_at=timezone.now())

    response = client_for(staff).get(
        "/api/v1/events/", {"status": "reported", "report_status": "submitted", "period": "all"}
    )

    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [waiting.pk]
