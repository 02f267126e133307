"""The door without a network: two devices check codes in offline, then sync; the server counts each once."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from kepu.demo.factories import EventFactory, UserFactory
from kepu.events.models import CheckInScan, Registration, ScanOutcome
from kepu.events.services.registrations import registration_create

PHONE = {"width": 375, "height": 780}
PASSWORD = "kepu-pass-123"  # the factories' password

pytestmark = pytest.mark.django_db(transaction=True)


def open_door(page: Page, organizer, event, device: str) -> None:
    """Sign in, open the door page while online (list downloaded, app shell cached), name the device."""
    page.goto(f"/login?next=/door/{event.pk}")
    page.get_by_test_id("phone").fill(organizer.phone)
    page.get_by_test_id("password").fill(PASSWORD)
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("door-list-state")).to_contain_text("共 3 条报名")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.locator("#door-device").fill(device)
    page.locator("#door-device").press("Enter")


def check_in(page: Page, code: str) -> None:
    page.get_by_test_id("check-in-input").fill(code)
    page.get_by_test_id("check-in-submit").click()


def test_two_offline_devices_check_codes_in_and_the_server_counts_a_code_seen_twice_once(
    new_page, shoot, organization, organizer
):
    starts = timezone.now() + timedelta(hours=1)
    event = EventFactory(
        title="社区防范电信诈骗讲座",
        organization=organization,
        capacity=30,
        max_companions=2,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    mother, neighbour, grandfather = (
        UserFactory(phone="13611110001", name="王小梅"),
        UserFactory(phone="13611110002", name="李建国"),
        UserFactory(phone="13611110003", name="赵大爷"),
    )
    a = registration_create(event=event, resident=mother, companions=1).registration
    b = registration_create(event=event, resident=neighbour).registration
    registration_create(event=event, resident=grandfather)

    gate, side = new_page(viewport=PHONE), new_page(viewport=PHONE)
    open_door(gate, organizer, event, "大门")
    open_door(side, organizer, event, "侧门")
    expect(gate.get_by_test_id("check-in-counter")).to_have_text("已签到 0 / 4 人（含同行 0）")

    # The signal goes; the gate's page is even reloaded, and comes back from the device alone.
    gate.context.set_offline(True)
    side.context.set_offline(True)
    gate.reload()
    expect(gate.get_by_test_id("door-list-state")).to_contain_text("共 3 条报名")
    expect(gate.get_by_test_id("door-network")).to_contain_text("离线")

    check_in(gate, a.check_in_code.lower())
    expect(gate.get_by_test_id("check-in-last")).to_contain_text("王*梅 （含同行 1 人）")
    expect(gate.get_by_test_id("check-in-last")).to_contain_text("待同步")
    check_in(gate, b.check_in_code)
    check_in(side, a.check_in_code)  # the same mother, let in again at the side door
    expect(gate.get_by_test_id("check-in-counter")).to_have_text("已签到 3 / 4 人（含同行 1）")
    expect(side.get_by_test_id("check-in-counter")).to_have_text("已签到 2 / 4 人（含同行 1）")
    expect(gate.get_by_test_id("door-pending")).to_have_text("2 条待同步")
    shoot(gate, "1-offline-gate")
    assert not Registration.objects.filter(event=event, checked_in_at__isnull=False).exists()

    # The network comes back: each device sends its queue by itself.
    gate.context.set_offline(False)
    expect(gate.get_by_test_id("door-pending")).to_have_count(0)
    side.context.set_offline(False)
    expect(side.get_by_test_id("door-pending")).to_have_count(0)

    checked_in = set(Registration.objects.filter(event=event, checked_in_at__isnull=False).values_list("pk", flat=True))
    assert checked_in == {a.pk, b.pk}
    outcomes = sorted(CheckInScan.objects.filter(event=event).values_list("device", "outcome"))
    assert outcomes == [("侧门", ScanOutcome.DUPLICATE), ("大门", ScanOutcome.ACCEPTED), ("大门", ScanOutcome.ACCEPTED)]

    # Both devices are told, and both count the same.
    expect(side.get_by_test_id("check-in-recent").locator('[data-outcome="duplicate"]')).to_contain_text("大门")
    expect(side.get_by_test_id("check-in-counter")).to_have_text("已签到 3 / 4 人（含同行 1）")
    gate.get_by_test_id("door-sync").click()
    expect(gate.get_by_test_id("door-used-elsewhere")).to_contain_text(re.compile(rf"{a.check_in_code}.*侧门"))
    expect(gate.get_by_test_id("check-in-counter")).to_have_text("已签到 3 / 4 人（含同行 1）")
    shoot(gate, "2-synced-gate")
    shoot(side, "3-synced-side")


def test_an_organizer_downloads_the_poster_and_the_sign_in_sheet_and_their_chinese_text_reads_back(
    new_page, artifacts, organization, organizer
):
    import io

    from pypdf import PdfReader

    event = EventFactory(
        title="垃圾分类科普讲座", organization=organization, address="少先路社区活动中心二楼", max_companions=2
    )
    registration_create(event=event, resident=UserFactory(phone="13611110009", name="王小梅"), companions=1)
    page = new_page()
    page.goto(f"/login?next=/organizer/events/{event.pk}")
    page.get_by_test_id("phone").fill(organizer.phone)
    page.get_by_test_id("password").fill(PASSWORD)
    page.get_by_test_id("submit").click()

    texts = {}
    for test_id in ("download-poster", "download-sign-in-sheet"):
        link = page.get_by_test_id(test_id)
        expect(link).to_be_visible()
        response = page.context.request.get(link.get_attribute("href"))
        assert response.ok and response.headers["content-type"] == "application/pdf"
        (artifacts / f"{test_id}.pdf").write_bytes(response.body())
        texts[test_id] = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    assert "垃圾分类科普讲座" in texts["download-poster"]
    assert "少先路社区活动中心二楼" in texts["download-poster"]
    assert "扫码查看活动详情并报名" in texts["download-poster"]
    assert "签到表" in texts["download-sign-in-sheet"]
    assert "王*梅" in texts["download-sign-in-sheet"] and "王小梅" not in texts["download-sign-in-sheet"]
    share = page.context.request.get(page.get_by_test_id("download-share").get_attribute("href"))
    assert share.ok and share.headers["content-type"] == "image/png"
    (artifacts / "share.png").write_bytes(share.body())
