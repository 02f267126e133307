"""A volunteer's year in Chromium: sign up for a role, checked in at the door, 3.5 hours confirmed by the
organizer after the event, the certificate downloaded, and the hours in the staff's figures."""

import io
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader
from test_e2e_journeys import log_in

from kepu.demo.factories import EventFactory, UserFactory
from kepu.events.models import EventStatus
from kepu.events.services.reports import report_review, report_submit
from kepu.people.models import VolunteerRole, VolunteerSignup

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def science_day(organization):
    event = EventFactory(
        title="全国科普日科学实验秀",
        organization=organization,
        activity_type="show",
        capacity=80,
        starts_at=timezone.now() + timedelta(days=2),
    )
    VolunteerRole.objects.create(event=event, name="现场引导", description="引导观众入场、维持秩序", capacity=3)
    return event


def test_a_volunteer_signs_up_is_checked_in_gets_3_5_hours_and_a_certificate_that_staff_count(
    new_page, shoot, science_day, organizer, staff, community
):
    volunteer = UserFactory(phone="13600000066", name="陈志愿")

    # The resident registers as a volunteer and signs up for the role on the event page.
    page = new_page()
    log_in(page, volunteer.phone, next_path="/me/volunteer")
    page.get_by_test_id("volunteer-registration").get_by_test_id("volunteer-area").click()
    page.get_by_role("treeitem").get_by_text(community.parent.parent.name, exact=True).locator(
        "visible=true"
    ).first.click()
    page.get_by_test_id("volunteer-save").click()
    expect(page.get_by_test_id("volunteer-registered")).to_be_visible()
    page.goto(f"/events/{science_day.pk}")
    roles = page.get_by_test_id("volunteer-roles")
    expect(roles).to_contain_text("现场引导")
    roles.get_by_test_id("volunteer-role-sign-up").click()
    expect(roles.get_by_test_id("volunteer-role-mine")).to_be_visible()
    shoot(page, "1-volunteer-signed-up")
    signup = VolunteerSignup.objects.get(volunteer__user=volunteer)
    assert signup.role.filled == 1 and science_day.confirmed_seats == 0

    # At the door the organizer checks the volunteer in.
    door = new_page()
    log_in(door, organizer.phone, next_path=f"/organizer/events/{science_day.pk}/volunteers")
    panel = door.get_by_test_id("volunteers-panel")
    expect(panel).to_contain_text("陈志愿")
    panel.get_by_test_id(f"volunteer-check-in-{signup.pk}").click()
    expect(panel.get_by_test_id("volunteer-signup-table")).to_contain_text("已签到")

    # The event takes place and ends; afterwards the organizer confirms 3.5 hours.
    start = timezone.now() - timedelta(hours=5)
    type(science_day).objects.filter(pk=science_day.pk).update(
        starts_at=start, ends_at=start + timedelta(hours=4), status=EventStatus.COMPLETED
    )
    door.reload()
    hours = door.get_by_test_id(f"volunteer-hours-{signup.pk}")
    hours.fill("3.5")
    door.get_by_test_id("volunteer-confirm-hours").click()
    expect(door.get_by_text("服务时长已确认")).to_be_visible()
    shoot(door, "2-hours-confirmed")
    signup.refresh_from_db()
    assert signup.hours == Decimal("3.5")

    # The volunteer downloads the certificate of the year.
    year = timezone.localtime(start).year
    page.goto("/me/volunteer")
    expect(page.get_by_test_id("volunteer-years")).to_contain_text("3.5")
    with page.expect_download() as download_info:
        page.get_by_test_id(f"volunteer-certificate-{year}").click()
    pdf = download_info.value
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(Path(pdf.path()).read_bytes())).pages)
    text = re.sub(r"\s+", "", text)
    assert "志愿服务证明" in text and "陈志愿" in text and "累计服务3.5小时" in text
    shoot(page, "3-my-volunteering")

    # The report is filed and accepted; staff see the hours among the district's figures of the year.
    science_day.refresh_from_db()
    report_submit(event=science_day, by=organizer, walk_ins=[], materials=[], expenditure=Decimal(0), summary="顺利")
    report_review(event=science_day, by=staff, accept=True)
    desk = new_page()
    log_in(desk, staff.phone, next_path="/staff/people")
    desk.get_by_test_id("people-year").locator("input").fill(str(year))
    desk.get_by_test_id("people-year").locator("input").press("Enter")
    expect(desk.get_by_test_id("people-hours-total")).to_have_text("3.5")
    shoot(desk, "4-staff-figures")
    # On the yearly return's screen the personnel table, first in the survey's order, carries the hours.
    desk.goto("/staff/return")
    desk.get_by_test_id("return-year").click()
    desk.get_by_role("option", name=str(year), exact=True).click()
    personnel = desk.get_by_test_id("return-table-0")
    expect(personnel.get_by_role("heading")).to_have_text("科普人员")
    expect(personnel.get_by_role("row").filter(has_text="科普志愿服务时长")).to_contain_text("3.5")
    shoot(desk, "5-staff-return")
    # And in the yearly return the staff member downloads with the same session.
    report = desk.request.get(f"/api/v1/reports/annual/{year}/").json()
    assert report["personnel"]["service_hours"] == "3.5"
    assert report["personnel"]["volunteers_served"] == 1
    pdf = desk.request.get(f"/api/v1/reports/annual/{year}/?format=pdf").body()
    printed = re.sub(r"\s+", " ", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert re.search(r"科普志愿服务时长 小时 3\.50?\b", printed)
