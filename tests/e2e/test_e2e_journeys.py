"""The three journeys the web app exists for, clicked through in Chromium against a live server.

The UI runs in its default language (Chinese), so the visible texts below are the zh-CN ones; controls
are found by their data-test marks, roles and those texts.
"""

import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from kepu.accounts.models import User
from kepu.demo.factories import (
    EventFactory,
    FundingRecordFactory,
    MaterialFactory,
    OrganizationFactory,
    PopulationFactory,
)
from kepu.events.models import (
    Audience,
    Event,
    EventReport,
    EventStatus,
    Registration,
    RegistrationStatus,
    ReportStatus,
)
from kepu.events.services.registrations import registration_create
from kepu.events.services.reports import ReportFigures, event_create_retrospective, report_review
from kepu.materials.models import Distribution, MaterialKind
from kepu.places.models import Setting

PHONE = {"width": 375, "height": 780}

PASSWORD = "kepu-pass-123"  # the factories' password

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page: Page, phone: str, *, next_path: str = "/", password: str = PASSWORD) -> None:
    page.goto(f"/login?next={next_path}")
    page.get_by_test_id("phone").fill(phone)
    page.get_by_test_id("password").fill(password)
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(next_path) + r"$"))


def confirm_dialog(page: Page, button: str) -> None:
    """Answer an Element Plus confirmation box with the button of that text."""
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name=button).click()
    expect(dialog).to_be_hidden()


def pick_option(page: Page, select_test_id: str, option: str) -> None:
    """Choose ``option`` in an Element Plus select: its list is teleported to the end of the body."""
    page.get_by_test_id(select_test_id).click()
    page.get_by_role("option", name=option, exact=True).locator("visible=true").click()


def shanghai_input(moment: datetime) -> str:
    """How the date-time pickers expect a time typed: Shanghai wall clock, minutes."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def stat_value(page: Page, test_id: str) -> int:
    value = page.get_by_test_id(test_id).get_by_test_id("stat-value")
    expect(value).to_have_text(re.compile(r"^\s*[\d,]+\s*$"))
    return int(value.inner_text().replace(",", "").strip())


@pytest.fixture
def lecture(organization):
    return EventFactory(
        title="家庭急救知识讲座",
        organization=organization,
        activity_type="lecture",
        capacity=30,
        description="心肺复苏与海姆立克急救法，现场演示与练习。",
    )


@pytest.fixture
def eyesight_lecture(organization):
    return EventFactory(
        title="儿童近视防控讲座",
        organization=organization,
        activity_type="lecture",
        capacity=40,
        starts_at=timezone.now() + timedelta(days=12),
    )


@pytest.fixture
def exhibition(district):
    school = OrganizationFactory(name="钢铁大街第一小学", setting=Setting.SCHOOL, area=district)
    return EventFactory(title="校园机器人展览", organization=school, activity_type="exhibition", capacity=200)


@pytest.fixture
def earlier_this_year(organization, organizer, staff, community):
    """Accepted reports from earlier months, a population and funding: the dashboard starts from real figures."""
    now = timezone.now()
    PopulationFactory(area=community, residents=6000, year=timezone.localdate().year)
    FundingRecordFactory(area=community, amount=Decimal("4800.00"), date=timezone.localdate())
    posters = MaterialFactory(name="节约用水宣传画", kind=MaterialKind.POSTER, unit="张")
    youth, elderly = Audience.objects.get(key="youth"), Audience.objects.get(key="elderly")
    for days_ago, title, kind, walk_ins in (
        (70, "青少年科学实验课", "training", [(youth, 24)]),
        (35, "老年人健康用药讲座", "lecture", [(elderly, 31)]),
    ):
        starts = now - timedelta(days=days_ago)
        if timezone.localtime(starts).year != timezone.localtime(now).year:
            continue  # early in January: the dashboard's year has no earlier months
        event = event_create_retrospective(
            by=organizer,
            organization=organization,
            audiences=[audience for audience, _ in walk_ins],
            title=title,
            activity_type=kind,
            address="少先路社区活动中心",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            report=ReportFigures(
                walk_ins=walk_ins,
                materials=[(posters, 40)],
                expenditure=Decimal("600.00"),
                summary="活动顺利开展。",
            ),
        )
        report_review(event=event, by=staff, accept=True)


def test_a_resident_registers_finds_a_lecture_by_its_type_signs_up_and_sees_the_check_in_code(
    new_page, shoot, lecture, eyesight_lecture, exhibition, sms_outbox
):
    page = new_page(viewport=PHONE)

    page.goto("/register")
    page.get_by_test_id("phone").fill("136 1234 5678")
    page.get_by_test_id("send-code").click()
    expect(page.get_by_test_id("code-sent")).to_contain_text("136****5678")
    page.get_by_test_id("code").fill(sms_outbox.code("13612345678"))
    page.get_by_test_id("name").fill("刘小芳")
    page.get_by_test_id("password").fill("my-secret-2026")
    page.get_by_test_id("privacy-consent").click()
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_contain_text("刘小芳")
    expect(page).to_have_url(re.compile(r"^[^?#]*/$"))  # registered, then sent home
    resident = User.objects.get(phone="13612345678")
    assert resident.name == "刘小芳"

    # On a phone the menu sits behind the burger, and the filters behind their toggle.
    page.get_by_test_id("nav-burger").click()
    page.get_by_role("menuitem", name="找活动").click()
    expect(page.get_by_test_id("finder-count")).to_have_text("共 3 场活动")
    page.get_by_role("button", name="筛选").click()
    pick_option(page, "filter-activity-type", "科普讲座")
    expect(page.get_by_test_id("finder-count")).to_have_text("共 2 场活动")
    results = page.get_by_test_id("finder-results")
    expect(results.get_by_test_id("event-title")).to_have_text(["家庭急救知识讲座", "儿童近视防控讲座"])
    expect(results.get_by_test_id("event-seats")).to_have_text(["剩余 30 / 共 30", "剩余 40 / 共 40"])
    expect(page).to_have_url(re.compile(r"activity_type=lecture"))
    shoot(page, "1-finder")

    results.get_by_role("link", name="家庭急救知识讲座").click()
    expect(page.get_by_test_id("detail-title")).to_have_text("家庭急救知识讲座")
    expect(page.get_by_test_id("detail-seats")).to_have_text("剩余 30 / 共 30")
    page.get_by_test_id("sign-up").click()
    confirmed = page.get_by_test_id("registration-confirmed")
    expect(confirmed).to_be_visible()
    expect(page.get_by_test_id("detail-seats")).to_have_text("剩余 29 / 共 30")
    registration = Registration.objects.get(event=lecture, resident=resident)
    assert registration.status == RegistrationStatus.CONFIRMED
    expect(confirmed.get_by_test_id("check-in-code-text")).to_have_text(registration.check_in_code)
    shoot(page, "2-detail")

    page.goto("/me/events")
    card = page.get_by_test_id("registration-card")
    expect(card).to_have_count(1)
    expect(card).to_contain_text("家庭急救知识讲座")
    expect(card.get_by_test_id("registration-status")).to_have_text("已报名")
    expect(card.get_by_test_id("check-in-code-text")).to_have_text(registration.check_in_code)
    qr = card.get_by_test_id("check-in-qr")
    expect(qr).to_be_visible()
    expect(qr).to_have_attribute("src", re.compile(r"^data:image/png;base64,"))
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")
    shoot(page, "3-my-events")


def test_a_second_resident_waits_for_the_only_seat_and_is_promoted_when_the_first_cancels(
    new_page, shoot, organization, resident, other_resident
):
    event = EventFactory(title="天文观测之夜", organization=organization, activity_type="open_day", capacity=1)
    detail = f"/events/{event.pk}"

    first = new_page()
    log_in(first, resident.phone, next_path=detail)
    first.get_by_test_id("sign-up").click()
    expect(first.get_by_test_id("registration-confirmed")).to_be_visible()
    expect(first.get_by_test_id("detail-seats")).to_have_text("已满 / 共 1")

    second = new_page(viewport=PHONE)
    log_in(second, other_resident.phone, next_path=detail)
    join = second.get_by_test_id("sign-up")
    expect(join).to_have_text("名额已满，加入候补")
    join.click()
    waiting = second.get_by_test_id("registration-waitlisted")
    expect(waiting).to_be_visible()
    expect(waiting.get_by_test_id("waitlist-position")).to_have_text("候补第 1 位")
    expect(second.get_by_test_id("check-in-code-text")).to_have_count(0)
    shoot(second, "1-waitlisted")

    first.get_by_test_id("cancel-registration").click()
    confirm_dialog(first, "取消报名")
    expect(first.get_by_test_id("registration-confirmed")).to_have_count(0)
    # The freed seat went straight to the waiting list, so it is full again for anyone else.
    expect(first.get_by_test_id("sign-up")).to_have_text("名额已满，加入候补")
    shoot(first, "2-first-cancelled")

    second.reload()
    promoted = second.get_by_test_id("registration-confirmed")
    expect(promoted).to_be_visible()
    code = Registration.objects.get(event=event, resident=other_resident).check_in_code
    expect(promoted.get_by_test_id("check-in-code-text")).to_have_text(code)
    second.goto("/me/events")
    expect(second.get_by_test_id("registration-status")).to_have_text("已报名")
    expect(second.get_by_test_id("check-in-qr")).to_be_visible()
    shoot(second, "3-promoted")
    statuses = dict(Registration.objects.filter(event=event).values_list("resident_id", "status"))
    assert statuses == {resident.pk: RegistrationStatus.CANCELLED, other_resident.pk: RegistrationStatus.CONFIRMED}


def test_an_organizer_runs_an_event_from_submission_to_report_and_staff_see_it_on_the_dashboard(
    new_page, shoot, organization, organizer, staff, resident, earlier_this_year
):
    MaterialFactory(name="防范电信诈骗手册", unit="册")
    title = "垃圾分类科普讲座"

    office = new_page()
    log_in(office, staff.phone, next_path="/staff/dashboard")
    events_before = stat_value(office, "kpi-events")
    attendance_before = stat_value(office, "kpi-attendance")

    # The organizer plans the event and submits it for approval.
    desk = new_page()
    log_in(desk, organizer.phone, next_path="/organizer/events")
    desk.get_by_test_id("new-event").click()
    expect(desk).to_have_url(re.compile(r"/organizer/events/new$"))
    desk.get_by_test_id("ef-title").fill(title)
    pick_option(desk, "ef-activity-type", "科普讲座")
    expect(desk.get_by_test_id("ef-organization")).to_contain_text(organization.name)
    desk.get_by_test_id("ef-address").fill("少先路社区活动中心二楼")
    desk.get_by_test_id("ef-audiences").get_by_text("城镇居民").click()
    expect(desk.get_by_role("checkbox", name="城镇居民")).to_be_checked()
    starts = (timezone.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    for picker, moment in (("#ef-starts-at", starts), ("#ef-ends-at", starts + timedelta(hours=2))):
        desk.locator(picker).fill(shanghai_input(moment))
        desk.locator(picker).press("Enter")
    desk.keyboard.press("Escape")
    desk.get_by_test_id("ef-budget").fill("800")
    desk.get_by_test_id("ef-save-submit").click()
    expect(desk.get_by_test_id("org-event-title")).to_have_text(title)
    expect(desk.locator(".el-tag", has_text="待审核")).to_be_visible()
    event = Event.objects.get(title=title)
    assert event.status == EventStatus.SUBMITTED
    assert (event.organization, event.starts_at, event.ends_at) == (organization, starts, starts + timedelta(hours=2))
    shoot(desk, "1-organizer-submitted")

    # Staff approve it from their queue.
    office.get_by_role("link", name="活动审核").click()
    item = office.get_by_test_id("approval-item").filter(has_text=title)
    expect(item).to_be_visible()
    shoot(office, "2-approval-queue")
    item.get_by_test_id("approve").click()
    expect(office.get_by_test_id("state-empty")).to_contain_text("没有待审核的活动")
    event.refresh_from_db()
    assert event.status == EventStatus.APPROVED

    # A resident signs up; then the day comes and goes.
    code = registration_create(event=event, resident=resident).registration.check_in_code
    now = timezone.now()
    starts = max(now - timedelta(hours=2), timezone.localtime(now).replace(month=1, day=1, hour=0, minute=0))
    # The door stays open for two hours after the end: latecomers' codes are typed in afterwards.
    Event.objects.filter(pk=event.pk).update(
        starts_at=starts, ends_at=now - timedelta(minutes=1), check_in_closes_minutes=120
    )

    desk.reload()
    # The reloaded page's requests finish before the click: once, under the load of two test processes,
    # the click on "complete" showed no confirmation box.
    desk.wait_for_load_state("networkidle")
    desk.get_by_test_id("org-complete").click()
    confirm_dialog(desk, "标记为已举办")
    expect(desk.locator(".el-tag", has_text="已结束")).to_be_visible()

    # At the door: the resident's code typed in, and three people without a sign-up counted.
    desk.get_by_role("tab", name="签到").click()
    desk.get_by_test_id("check-in-input").fill(code.lower())
    desk.get_by_test_id("check-in-submit").click()
    expect(desk.get_by_test_id("check-in-recent")).to_contain_text(resident.name[0] + "*")  # names masked at the door
    expect(desk.get_by_test_id("check-in-input")).to_have_value("")
    desk.get_by_test_id("walk-in-add-elderly").click()
    desk.get_by_test_id("walk-in-add-elderly").click()
    desk.get_by_test_id("walk-in-add-urban_residents").click()
    expect(desk.get_by_text("合计 3 人")).to_be_visible()
    shoot(desk, "3-check-in")
    assert Registration.objects.get(event=event, resident=resident).checked_in_at is not None

    # The report: walk-ins carried over from the counter, materials, money and a summary.
    desk.get_by_role("tab", name="活动总结").click()
    expect(desk.get_by_test_id("walk-in-elderly").locator("input")).to_have_value("2")
    expect(desk.get_by_test_id("walk-in-urban_residents").locator("input")).to_have_value("1")
    desk.get_by_test_id("add-material").click()
    pick_option(desk, "material-0", "防范电信诈骗手册（册）")
    quantity = desk.get_by_test_id("material-qty-0").locator("input")
    quantity.fill("30")
    quantity.blur()
    desk.get_by_test_id("expenditure").fill("350.50")
    desk.get_by_test_id("summary").fill("讲解垃圾分类标准，现场互动答题，居民反响热烈。")
    # At 375 px the whole material row is on the screen: the material, its quantity and the remove button.
    desktop = desk.viewport_size
    desk.set_viewport_size(PHONE)
    for part in ("material-0", "material-qty-0", "material-remove-0"):
        box = desk.get_by_test_id(part).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] - 12, (part, box)
    desk.set_viewport_size(desktop)
    shoot(desk, "4-report-form")
    desk.get_by_test_id("report-submit").click()
    status = desk.get_by_test_id("report-status")
    expect(status).to_contain_text("待审核")
    # Filed: the event is reported, and the form gives way until staff return the report.
    expect(desk.locator(".el-tag", has_text="已提交总结")).to_be_visible()
    expect(desk.get_by_test_id("report-submit")).to_have_count(0)
    expect(status).to_contain_text("防范电信诈骗手册 × 30")
    expect(status.locator(".el-descriptions__content")).to_have_text(
        ["1", "3", "4", re.compile(r"¥\s*350\.50"), "防范电信诈骗手册 × 30"]
    )
    shoot(desk, "5-report-filed")
    report = EventReport.objects.get(event=event)
    assert (report.checked_in, report.walk_ins, report.attendance, str(report.expenditure)) == (1, 3, 4, "350.50")
    assert Distribution.objects.get(event=event).quantity == 30

    # Staff: the provisional figures count the reported event at once, the official ones after acceptance.
    office.get_by_role("link", name="统计看板").click()
    expect(office.get_by_test_id("kpi-events").get_by_test_id("stat-value")).to_have_text(str(events_before))
    office.get_by_test_id("dash-provisional").click()
    expect(office.get_by_test_id("kpi-events").get_by_test_id("stat-value")).to_have_text(str(events_before + 1))
    expect(office.get_by_test_id("kpi-attendance").get_by_test_id("stat-value")).to_have_text(
        str(attendance_before + 4)
    )

    office.get_by_role("link", name="总结审核").click()
    review = office.get_by_test_id("review-item").filter(has_text=title)
    expect(review.get_by_test_id("review-attendance")).to_have_text("4")
    expect(review).to_contain_text("防范电信诈骗手册 × 30")
    shoot(office, "6-report-review")
    review.get_by_test_id("accept-report").click()
    expect(office.get_by_text("总结已通过，数据计入统计")).to_be_visible()
    expect(review).to_have_count(0)
    report.refresh_from_db()
    assert report.status == ReportStatus.ACCEPTED

    office.get_by_role("link", name="统计看板").click()
    expect(office.get_by_test_id("dash-provisional").locator("input")).not_to_be_checked()
    expect(office.get_by_test_id("kpi-events").get_by_test_id("stat-value")).to_have_text(str(events_before + 1))
    expect(office.get_by_test_id("kpi-attendance").get_by_test_id("stat-value")).to_have_text(
        str(attendance_before + 4)
    )
    shoot(office, "7-dashboard")
