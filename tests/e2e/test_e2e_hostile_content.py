"""Hostile content opened in Chromium: an uploaded HTML-in-PNG and an injected inline script run nothing."""

import io
import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from playwright.sync_api import Page, expect

from kepu.demo.factories import EventFactory
from kepu.events.models import EventReport, EventStatus, ReportStatus
from kepu.events.services.reports import evidence_add

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "kepu-pass-123"  # the factories' password
SCRIPT = (
    b"<html><body><script>alert('script ran: ' + document.domain)</script>"
    b"<img src=x onerror=\"alert('handler ran')\"></body></html>"
)


def log_in(page: Page, phone: str) -> None:
    page.goto("/login?next=/")
    page.get_by_test_id("phone").fill(phone)
    page.get_by_test_id("password").fill(PASSWORD)
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_be_visible()


def watch(page: Page) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"dialogs": [], "csp": []}

    def on_dialog(dialog):
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on(
        "console",
        lambda message: seen["csp"].append(message.text) if "Content Security Policy" in message.text else None,
    )
    return seen


def test_staff_opening_an_html_in_png_evidence_file_see_an_image_and_no_script_runs(
    new_page, organization, organizer, staff
):
    start = timezone.now() - timedelta(days=2)
    event = EventFactory(
        organization=organization, status=EventStatus.COMPLETED, starts_at=start, ends_at=start + timedelta(hours=2)
    )
    EventReport.objects.create(event=event, status=ReportStatus.SUBMITTED, summary="顺利", submitted_at=timezone.now())
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "orange").save(buffer, format="PNG")
    upload = SimpleUploadedFile("report.html", buffer.getvalue() + SCRIPT, content_type="text/html")
    evidence = evidence_add(event=event, by=organizer, kind="photo", upload=upload)

    page = new_page()
    seen = watch(page)
    log_in(page, staff.phone)
    response = page.goto(f"/api/v1/events/{event.pk}/report/evidence/{evidence.pk}/")

    assert response is not None and response.status == 200
    assert response.headers["content-type"] == "image/png"
    page.wait_for_timeout(1000)
    assert seen["dialogs"] == []
    assert page.evaluate("document.contentType") == "image/png"
    assert page.evaluate("document.querySelectorAll('script, img[onerror]').length") == 0


def test_an_inline_script_injected_into_the_app_does_not_run_and_the_app_itself_breaks_no_rule(new_page):
    page = new_page()
    seen = watch(page)
    page.goto("/")
    expect(page.locator("#app")).not_to_be_empty()
    assert seen["csp"] == [], "the app itself must run under its policy"

    page.evaluate(
        """() => {
            const script = document.createElement('script');
            script.textContent = "window.__injected = 'inline script'; alert('inline script ran')";
            document.body.appendChild(script);
            const holder = document.createElement('div');
            holder.innerHTML = '<img src="/favicon.svg?x" onload="window.__injected = \\'handler\\'">';
            document.body.appendChild(holder);
        }"""
    )
    page.wait_for_timeout(1000)

    assert page.evaluate("window.__injected === undefined")
    assert seen["dialogs"] == []
    assert any(re.search(r"script-src", text) for text in seen["csp"]), seen["csp"]


@pytest.mark.parametrize("path", ["/api/docs/", "/api/redoc/"])
def test_the_api_docs_render_under_the_sites_policy(new_page, path):
    page = new_page()
    seen = watch(page)
    page.goto(path)
    # Both draw the schema's title once they have loaded and read it (ReDoc takes a while for ours).
    expect(page.get_by_role("heading", name=re.compile("Kepu API")).first).to_be_visible(timeout=60000)
    # The only thing refused is ReDoc's footer logo from its makers' CDN: nothing comes from a CDN.
    refused = [text for text in seen["csp"] if not re.search(r"image 'https://cdn\.redoc\.ly/", text)]
    assert refused == [], refused
