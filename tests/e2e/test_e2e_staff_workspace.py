"""Association staff keep their reference data from the web app, each within their area, clicked through in
Chromium at desktop width and on a 375 px phone. Visible texts are the zh-CN ones."""

import io
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import Workbook
from playwright.sync_api import Page, expect
from pypdf import PdfWriter

from kepu.accounts.models import Role
from kepu.demo.factories import (
    AreaFactory,
    EventFactory,
    FundingRecordFactory,
    MaterialFactory,
    PopulationFactory,
    UserFactory,
)
from kepu.events.models import EventReport, EventStatus, ReportStatus
from kepu.funding.models import FundingRecord, Target
from kepu.places.models import AreaLevel, Population

PASSWORD = "kepu-pass-123"  # the factories' password
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 375, "height": 780}

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page: Page, phone: str, next_path: str) -> None:
    page.goto(f"/login?next={next_path}")
    page.get_by_test_id("phone").fill(phone)
    page.get_by_test_id("password").fill(PASSWORD)
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(next_path) + r"$"))


def one_page_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pick_area(page: Page, picker, name: str) -> None:
    """Choose an area in an Element Plus tree select: type to filter, then click the node."""
    picker.click()
    page.keyboard.type(name)
    page.locator(".el-tree-node__content:visible", has_text=re.compile(rf"^\s*{re.escape(name)}\s*$")).first.click()


def reported(organization, title: str, *, days_ago: int = 4) -> None:
    starts = timezone.now() - timedelta(days=days_ago)
    event = EventFactory(
        organization=organization,
        title=title,
        status=EventStatus.REPORTED,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    EventReport.objects.create(
        event=event, status=ReportStatus.SUBMITTED, walk_ins=30, attendance=30, submitted_at=timezone.now()
    )


@pytest.fixture
def district_world(
    district, subdistrict, community, other_subdistrict, other_community, organization, other_organization, organizer
):
    """Two subdistricts with their figures, money, a target, reports waiting and a catalog."""
    year = timezone.localdate().year
    subdistrict.code, community.code = "150203001", "150203001001"
    subdistrict.save(update_fields=["code"])
    community.urban_rural_code = "111"
    community.save(update_fields=["code", "urban_rural_code"])
    AreaFactory(name="光辉社区", level=AreaLevel.COMMUNITY, parent=subdistrict, code="150203001002")
    PopulationFactory(area=subdistrict, year=year, residents=20000)
    PopulationFactory(area=subdistrict, year=year - 1, residents=19800)
    PopulationFactory(area=other_subdistrict, year=year, residents=30000)
    FundingRecordFactory(
        area=subdistrict, amount=Decimal("12000.00"), date=timezone.localdate(), purpose="区财政科普拨款"
    )
    FundingRecordFactory(
        area=other_subdistrict, amount=Decimal("9000.00"), date=timezone.localdate(), purpose="沼潭拨款"
    )
    Target.objects.create(area=subdistrict, year=year, per_capita_funding=Decimal("1.50"), events=12, participants=2000)
    reported(organization, "少先路垃圾分类讲座")
    reported(organization, "少先路防诈骗讲座", days_ago=6)
    reported(other_organization, "沼潭节水知识展览")
    EventFactory(
        organization=organization,
        title="少先路科技周开放日",
        status=EventStatus.SUBMITTED,
        submitted_at=timezone.now() - timedelta(days=1),
    )
    MaterialFactory(name="防范电信诈骗手册", unit="册")
    return {"year": year}


@pytest.fixture
def administrator(db):
    return UserFactory(phone="18900000000", name="系统管理员", role=Role.ADMIN, is_staff=True, is_superuser=True)


SCREENS = [
    ("staff-areas", "/staff/data/areas", "area-tree"),
    ("staff-population", "/staff/data/population", "population-table"),
    ("staff-funding", "/staff/data/funding", "funding-table"),
    ("staff-targets", "/staff/data/targets", "targets"),
    ("staff-organizations", "/staff/data/organizations", "org-table"),
    ("staff-materials", "/staff/data/materials", "material-table"),
    ("staff-records", "/staff/records", None),
    ("staff-reports", "/staff/reports", "review-queue"),
    ("staff-approvals", "/staff/approvals", "approval-queue"),
]


@pytest.mark.parametrize("who", ["district", "subdistrict"])
def test_staff_open_every_workspace_screen_scoped_to_their_area(
    new_page, shoot, who, district_world, staff, district_staff, other_subdistrict
):
    user = district_staff if who == "district" else staff
    page = new_page()
    log_in(page, user.phone, "/staff/dashboard")
    page.get_by_test_id("data-link-areas").click()
    expect(page).to_have_url(re.compile(r"/staff/data/areas$"))
    for name, path, marker in SCREENS:
        page.goto(path)
        if marker:
            expect(page.get_by_test_id(marker)).to_be_visible()
        expect(page.get_by_test_id("state-error")).to_have_count(0)
        shoot(page, f"{who}-{name}")

    page.goto("/staff/data/areas")
    tree = page.get_by_test_id("area-tree")
    expect(tree).to_contain_text("少先路街道")
    if who == "subdistrict":
        expect(tree).not_to_contain_text(other_subdistrict.name)
        expect(page.get_by_test_id("workspace-tab-staff-accounts")).to_have_count(0)
    else:
        expect(tree).to_contain_text(other_subdistrict.name)

    page.goto("/staff/data/organizations")
    organizations = page.get_by_test_id("org-table")
    expect(organizations).to_contain_text("少先路社区居委会")
    expect(organizations.get_by_text("沼潭社区居委会")).to_have_count(0 if who == "subdistrict" else 1)

    page.goto("/staff/data/funding")
    table = page.get_by_test_id("funding-table")
    expect(table).to_contain_text("区财政科普拨款")
    expect(table.get_by_text("沼潭拨款")).to_have_count(0 if who == "subdistrict" else 1)

    page.goto("/staff/data/targets")
    card = page.get_by_test_id("target-card").filter(has_text="少先路街道")
    expect(card.get_by_test_id("target-per-capita")).to_contain_text("¥0.60 / ¥1.50")

    # The catalog is the district's: a subdistrict's staff read it without the means to change it.
    page.goto("/staff/data/materials")
    expect(page.get_by_test_id("material-table")).to_contain_text("防范电信诈骗手册")
    keeps = 0 if who == "subdistrict" else 1
    expect(page.get_by_test_id("material-new")).to_have_count(keeps)
    expect(page.get_by_test_id("material-edit")).to_have_count(keeps)


@pytest.mark.parametrize(
    ("who", "viewport"), [("subdistrict", PHONE), ("district", DESKTOP)], ids=["subdistrict-375", "district-desktop"]
)
def test_an_xlsx_population_import_with_two_bad_lines_is_previewed_refused_fixed_and_imported(
    new_page,
    shoot,
    tmp_path,
    who,
    viewport,
    district_world,
    staff,
    district_staff,
    community,
    other_community,
    subdistrict,
):
    year = district_world["year"]
    user = staff if who == "subdistrict" else district_staff
    page = new_page(viewport=viewport)
    log_in(page, user.phone, "/staff/data/population")
    expect(page.get_by_test_id("population-table")).to_contain_text("光辉社区")
    page.get_by_test_id("population-missing-only").click()
    expect(page.get_by_test_id("population-table")).not_to_contain_text(subdistrict.name)
    expect(page.get_by_test_id("population-table")).to_contain_text("光辉社区")
    page.get_by_test_id("population-import-open").click()

    def workbook(rows, name):
        book = Workbook()
        for row in rows:
            book.active.append(row)
        path = tmp_path / name
        book.save(path)
        return str(path)

    header = ["区划代码", "名称", "上级", "年份", "年末常住人口", "来源"]
    bad = workbook(
        [
            header,
            ["150203001001", None, None, year, 8100, "街道办"],
            [None, "光辉社区", subdistrict.name, year, "九千", None],  # not a number
            # Outside a subdistrict staff member's area; for the district's, a code no area has.
            [None, other_community.name, None, year, 4000, None]
            if who == "subdistrict"
            else ["150203999999", None, None, year, 4000, None],
        ],
        "bad.xlsx",
    )
    page.get_by_test_id("import-file").set_input_files(bad)
    summary = page.get_by_test_id("import-summary")
    expect(summary).to_contain_text("有 2 行存在错误")
    problems = page.get_by_test_id("import-problems")
    expect(problems).to_contain_text("年末常住人口")
    expect(problems).to_contain_text("“九千”不是整数")
    expect(problems).to_contain_text(
        f"{other_community.name}不在您的负责范围内" if who == "subdistrict" else "没有代码为 150203999999 的区域"
    )
    expect(page.get_by_test_id("import-apply")).to_be_disabled()
    shoot(page, f"{who}-population-import-refused")
    assert not Population.objects.filter(area=community, year=year).exists()

    fixed = workbook(
        [
            header,
            ["150203001001", None, None, year, 8100, "街道办"],
            [None, "光辉社区", subdistrict.name, year, 9000, None],
        ],
        "fixed.xlsx",
    )
    page.get_by_test_id("import-file").set_input_files(fixed)
    expect(page.get_by_test_id("import-summary")).to_contain_text("新增 2 条")
    expect(page.get_by_test_id("import-problems")).to_have_count(0)
    page.get_by_test_id("import-apply").click()
    expect(page.get_by_text("导入完成：新增 2 条")).to_be_visible()
    assert Population.objects.get(area=community, year=year).residents == 8100
    assert Population.objects.get(area__name="光辉社区", year=year).residents == 9000
    page.get_by_test_id("population-missing-only").click()
    guanghui = page.get_by_test_id("population-table").locator("tr", has_text="光辉社区")
    expect(guanghui).to_contain_text("光辉社区")
    expect(guanghui.get_by_test_id("population-missing")).to_have_count(0)
    shoot(page, f"{who}-population-imported")


@pytest.mark.parametrize(
    ("who", "viewport"), [("subdistrict", DESKTOP), ("district", PHONE)], ids=["subdistrict-desktop", "district-375"]
)
def test_a_funding_record_entered_in_the_screen_changes_the_dashboards_per_capita_figure(
    new_page, shoot, who, viewport, district_world, staff, district_staff, district, subdistrict
):
    # The subdistrict: 12,000 yuan over 20,000 residents. The district: 21,000 yuan over its subdistricts'
    # 50,000 residents (it has no figure of its own). The new 8,000 yuan go to the staff member's own area.
    user, area, before, after = (
        (staff, subdistrict, ("¥0.60", "¥12,000.00"), ("¥1.00", "¥20,000.00"))
        if who == "subdistrict"
        else (district_staff, district, ("¥0.42", "¥21,000.00"), ("¥0.58", "¥29,000.00"))
    )
    page = new_page(viewport=viewport)
    log_in(page, user.phone, "/staff/dashboard")
    per_capita = page.get_by_test_id("kpi-per-capita").get_by_test_id("stat-value")
    expect(per_capita).to_have_text(before[0])

    page.get_by_test_id("data-link-funding").click()
    expect(page.get_by_test_id("funding-raised").get_by_test_id("stat-value")).to_have_text(before[1])
    page.get_by_test_id("funding-new").click()
    form = page.get_by_test_id("funding-form")
    form.get_by_test_id("funding-form-amount").fill("8000")
    form.get_by_test_id("funding-form-special").click()
    form.get_by_test_id("funding-form-purpose").fill("科普专项：社区科普画廊")
    page.get_by_test_id("funding-form-save").click()
    expect(page.get_by_test_id("funding-table")).to_contain_text("科普专项：社区科普画廊")
    expect(page.get_by_test_id("funding-raised").get_by_test_id("stat-value")).to_have_text(after[1])
    record = FundingRecord.objects.get(purpose="科普专项：社区科普画廊")
    assert (record.amount, record.area, record.is_special, record.recorded_by) == (Decimal("8000.00"), area, True, user)

    # The approving document goes with the record.
    page.get_by_test_id("funding-table").locator("tr", has_text="科普专项").get_by_test_id("funding-attach").click()
    page.get_by_test_id("funding-attachment-file").set_input_files(
        {"name": "拨款通知.pdf", "mimeType": "application/pdf", "buffer": one_page_pdf()}
    )
    expect(page.get_by_test_id("funding-attachment").filter(has_text="拨款通知.pdf")).to_be_visible()
    shoot(page, f"{who}-funding-entered")

    if viewport is PHONE:
        page.get_by_test_id("nav-burger").click()
        page.get_by_role("menuitem", name="统计看板").click()
    else:
        page.get_by_role("navigation", name="菜单").get_by_role("link", name="统计看板").click()
    expect(per_capita).to_have_text(after[0])


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "desktop"])
def test_a_subdistrict_staff_members_review_queue_holds_only_their_subtrees_reports_and_no_card_errors(
    new_page, shoot, viewport, district_world, staff
):
    page = new_page(viewport=viewport)
    log_in(page, staff.phone, "/staff/reports")
    items = page.get_by_test_id("review-item")
    expect(items).to_have_count(2)
    expect(page.get_by_test_id("review-queue")).not_to_contain_text("沼潭节水知识展览")
    expect(page.locator(".el-alert--error")).to_have_count(0)
    expect(page.get_by_text("只有组织者和科协工作人员可以查看活动报告")).to_have_count(0)
    for index in range(2):
        expect(items.nth(index).get_by_test_id("review-attendance")).to_have_text("30")

    page.get_by_test_id("queue-search").fill("垃圾")
    page.get_by_test_id("queue-search").press("Enter")
    expect(items).to_have_count(1)
    page.get_by_test_id("queue-search").fill("")
    page.get_by_test_id("queue-search").press("Enter")
    expect(items).to_have_count(2)

    page.get_by_test_id("review-select-all").click()
    expect(page.get_by_test_id("review-accept-selected")).to_contain_text("2")
    shoot(page, "review-queue-subdistrict")
    page.get_by_test_id("review-accept-selected").click()
    expect(page.get_by_text("已通过 2 份活动总结")).to_be_visible()
    expect(page.get_by_test_id("state-empty")).to_be_visible()
    assert set(EventReport.objects.filter(event__title__startswith="少先路").values_list("status", flat=True)) == {
        ReportStatus.ACCEPTED
    }
    assert EventReport.objects.get(event__title="沼潭节水知识展览").status == ReportStatus.SUBMITTED


def test_staff_add_an_organizer_by_phone_and_see_the_events_they_run(
    new_page, shoot, district_world, staff, organization, other_resident
):
    page = new_page()
    log_in(page, staff.phone, "/staff/data/organizations")
    page.get_by_test_id("org-table").locator("tr", has_text=organization.name).get_by_test_id("org-members").click()
    drawer = page.get_by_test_id("org-drawer")
    expect(drawer.get_by_test_id("org-events")).to_contain_text("少先路垃圾分类讲座")
    drawer.get_by_test_id("member-phone").fill(other_resident.phone)
    drawer.get_by_test_id("member-add").click()
    expect(drawer.get_by_test_id("member").filter(has_text=other_resident.name)).to_be_visible()
    assert organization.memberships.filter(user=other_resident).exists()
    drawer.get_by_test_id("member-phone").fill("13000000000")
    drawer.get_by_test_id("member-add").click()
    expect(drawer.get_by_test_id("member-error")).to_contain_text("没有使用该手机号注册的用户")
    shoot(page, "organization-organizers")


def test_an_administrator_adds_a_staff_member_for_a_subdistrict(
    new_page, shoot, district_world, administrator, subdistrict
):
    page = new_page()
    log_in(page, administrator.phone, "/staff/data/accounts")
    page.get_by_test_id("account-new").click()
    form = page.get_by_test_id("account-form")
    form.get_by_test_id("account-form-phone").fill("13500001111")
    form.get_by_test_id("account-form-name").fill("王小梅")
    pick_area(page, form.get_by_test_id("account-form-area"), subdistrict.name)
    form.get_by_test_id("account-form-password").fill("Kepu-staff-2026")
    page.get_by_test_id("account-form-save").click()
    row = page.get_by_test_id("account-table").locator("tr", has_text="王小梅")
    expect(row).to_contain_text(subdistrict.name)
    expect(row).to_contain_text("135****1111")
    shoot(page, "staff-accounts")


def test_the_audit_log_reads_in_words_with_links(new_page, shoot, district_world, staff, organization):
    from kepu.events.services import report_review

    event = EventReport.objects.filter(event__title="少先路垃圾分类讲座").get().event
    staff.name = "王小梅"
    staff.save(update_fields=["name"])
    report_review(event=event, by=staff, accept=False, comment="缺少签到表")
    page = new_page()
    log_in(page, staff.phone, "/staff/records")
    page.get_by_role("tab", name="操作日志").click()
    words = page.get_by_test_id("audit-words").first
    expect(words).to_contain_text("王小梅")
    expect(words).to_contain_text("《少先路垃圾分类讲座》")
    expect(words).to_contain_text("缺少签到表")
    entry = page.get_by_test_id("audit-entry").first
    entry.locator("summary").click()
    expect(entry).to_contain_text("状态：待审核 → 已退回")
    expect(entry).not_to_contain_text("submitted")
    shoot(page, "audit-log-words")
    words.get_by_test_id("audit-link").click()
    expect(page).to_have_url(re.compile(rf"/events/{event.pk}$"))
