"""Every main screen at 375 px, audited by axe-core (WCAG 2 A/AA): no serious or critical violation.

axe-core comes from the web app's own node_modules (an npm dev dependency), never from a CDN; it is
evaluated in the page through the browser's debugging protocol, which the page's CSP does not govern.
"""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import Page, expect

from kepu.demo.factories import EventFactory, PopularizerFactory, VenueFactory
from kepu.events.services.registrations import registration_create
from kepu.people.services import volunteer_register, volunteer_role_create, volunteer_signup_create
from kepu.venues.models import VenueKind

PHONE = {"width": 375, "height": 780}
PASSWORD = "kepu-pass-123"
AXE = settings.REPO_DIR / "frontend" / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = pytest.mark.django_db(transaction=True)


def audit(page: Page, screen: str) -> list[str]:
    """The serious and critical violations on the page as it is now, one line each."""
    page.wait_for_load_state("networkidle")
    page.clock.run_for(1000)
    # Colours are judged as they end up: CSS transitions run on real time, not on the page clock, and a
    # tag still fading in on a loaded machine has less contrast than it will have.
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
            .map((a) => a.finished.catch(() => null)))"""
    )
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        f"{screen}: {v['id']} ({v['impact']}) {json.dumps([n['html'][:160] for n in v['nodes']][:5], ensure_ascii=False)}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def sign_in(page: Page, phone: str, next_path: str) -> None:
    page.goto(f"/login?next={next_path}")
    page.get_by_test_id("phone").fill(phone)
    page.get_by_test_id("password").fill(PASSWORD)
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_be_visible()


def test_every_main_screen_has_no_serious_or_critical_accessibility_violation_at_375_px(
    new_page, organization, organizer, resident, staff
):
    starts = timezone.now() + timedelta(hours=1)
    event = EventFactory(
        title="家庭急救知识讲座",
        organization=organization,
        capacity=30,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    registration_create(event=event, resident=resident)
    # The people and places screens with something to show: a popularizer, a gallery, a volunteer in a role.
    PopularizerFactory(organization=organization, name="赵科普")
    VenueFactory(area=organization.area, organization=organization, name="社区科普画廊", kind=VenueKind.GALLERY)
    volunteer = volunteer_register(user=resident, area=organization.area, by=resident)
    role = volunteer_role_create(event=event, by=organizer, name="现场引导", capacity=3)
    volunteer_signup_create(role=role, volunteer=volunteer, by=resident)
    problems: list[str] = []

    visitor = new_page(viewport=PHONE)
    for path, screen in (
        ("/", "home"),
        ("/events", "finder"),
        (f"/events/{event.pk}", "detail"),
        ("/login", "login"),
        ("/register", "register"),
        ("/password-reset", "password reset"),
        ("/privacy", "privacy policy"),
    ):
        visitor.goto(path)
        problems += audit(visitor, screen)
    visitor.goto("/login")
    visitor.get_by_test_id("method-code").click()
    problems += audit(visitor, "login with an SMS code")

    person = new_page(viewport=PHONE)
    sign_in(person, resident.phone, "/me/events")
    problems += audit(person, "my events")
    person.goto("/inbox")
    problems += audit(person, "inbox")
    person.goto("/me/volunteer")
    problems += audit(person, "my volunteering")

    desk = new_page(viewport=PHONE)
    sign_in(desk, organizer.phone, "/organizer/events")
    problems += audit(desk, "organizer events")
    for tab in ("", "/registrants", "/check-in", "/volunteers", "/report"):
        desk.goto(f"/organizer/events/{event.pk}{tab}")
        problems += audit(desk, f"organizer event {tab or 'overview'}")
    desk.goto(f"/door/{event.pk}")
    problems += audit(desk, "door")
    desk.goto("/organizer/events/new")
    problems += audit(desk, "event form")

    office = new_page(viewport=PHONE)
    sign_in(office, staff.phone, "/staff/dashboard")
    problems += audit(office, "dashboard")
    for path in (
        "/staff/approvals",
        "/staff/reports",
        "/staff/records",
        "/staff/people",
        "/staff/venues",
        "/staff/return",
    ):
        office.goto(path)
        problems += audit(office, path)

    assert problems == [], "\n".join(problems)
