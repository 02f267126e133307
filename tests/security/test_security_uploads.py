"""Uploads as an attacker sends them: a PNG that goes on as HTML, a "PDF" that is only a header, names that
lie about the type. Each is stored under a name of ours and served as what it really is, never as a page.
The same file opened in Chromium runs no script: tests/e2e/test_e2e_hostile_content.py."""

import io
import re
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from pypdf import PdfWriter

from kepu.demo.factories import EventFactory, FundingRecordFactory
from kepu.events.models import EventReport, EventStatus, Evidence, ReportStatus

pytestmark = pytest.mark.django_db

SCRIPT = b"<html><body><script>alert(document.domain)</script><img src=x onerror=alert(1)></body></html>"


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "orange").save(buffer, format="PNG")
    return buffer.getvalue()


def pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


HTML_IN_PNG = png() + SCRIPT


@pytest.fixture
def reported_event(organization):
    start = timezone.now() - timedelta(days=2)
    event = EventFactory(
        organization=organization, status=EventStatus.COMPLETED, starts_at=start, ends_at=start + timedelta(hours=2)
    )
    EventReport.objects.create(event=event, status=ReportStatus.SUBMITTED, summary="顺利", submitted_at=timezone.now())
    return event


def upload_evidence(client, event, content: bytes, name: str, kind: str = "photo"):
    upload = SimpleUploadedFile(name, content, content_type="text/html")
    return client.post(
        f"/api/v1/events/{event.pk}/report/evidence/", {"kind": kind, "file": upload}, format="multipart"
    )


def fetch(client, url: str):
    response = client.get(url)
    return response, b"".join(response.streaming_content)


def assert_never_a_page(response) -> None:
    assert "html" not in response["Content-Type"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"] and "script-src" not in response["Content-Security-Policy"]
    assert ".html" not in response["Content-Disposition"]


def test_html_in_a_png_named_report_html_is_stored_and_served_as_a_png(client_for, organizer, staff, reported_event):
    created = upload_evidence(client_for(organizer), reported_event, HTML_IN_PNG, "report.html")
    assert created.status_code == 201

    evidence = Evidence.objects.get(pk=created.json()["id"])
    stored = evidence.file.name.rsplit("/", 1)[-1]
    assert stored.endswith(".png") and "report" not in stored
    response, body = fetch(client_for(staff), created.json()["url"])
    assert response.status_code == 200 and body == HTML_IN_PNG
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline")
    assert_never_a_page(response)


def test_a_pdf_header_followed_by_html_is_refused(client_for, organizer, reported_event):
    response = upload_evidence(
        client_for(organizer), reported_event, b"%PDF-1.7\n" + SCRIPT, "sheet.pdf", kind="sign_in_sheet"
    )
    assert response.status_code == 400 and "file" in response.json()["errors"]


def test_a_real_pdf_is_stored_as_pdf_and_served_as_a_download(client_for, organizer, staff, reported_event):
    created = upload_evidence(client_for(organizer), reported_event, pdf(), "签到表.html", kind="sign_in_sheet")
    assert created.status_code == 201
    assert Evidence.objects.get(pk=created.json()["id"]).file.name.endswith(".pdf")
    response, body = fetch(client_for(staff), created.json()["url"])
    assert response["Content-Type"] == "application/pdf" and body.startswith(b"%PDF-")
    assert response["Content-Disposition"].startswith("attachment") and ".pdf" in response["Content-Disposition"]
    assert_never_a_page(response)


def test_a_file_stored_before_under_its_own_name_is_served_as_bytes_to_download(client_for, staff, reported_event):
    evidence = Evidence.objects.create(
        report=reported_event.report, kind="photo", file=ContentFile(HTML_IN_PNG, name="report.html")
    )
    response, _ = fetch(client_for(staff), f"/api/v1/events/{reported_event.pk}/report/evidence/{evidence.pk}/")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert_never_a_page(response)


def test_a_funding_document_keeps_its_label_but_not_its_lying_extension(client_for, staff, community):
    record = FundingRecordFactory(area=community)
    url = f"/api/v1/funding/{record.pk}/attachments/"
    client = client_for(staff)
    for content, name, media_type, extension in (
        (HTML_IN_PNG, "拨款通知.html", "image/png", ".png"),
        (pdf(), "捐赠协议.html", "application/pdf", ".pdf"),
    ):
        upload = SimpleUploadedFile(name, content, content_type="text/html")
        created = client.post(url, {"file": upload}, format="multipart")
        assert created.status_code == 201, created.content
        assert created.json()["name"] == name  # the label the person gave
        response, body = fetch(client, created.json()["url"])
        assert body == content and response["Content-Type"] == media_type
        assert response["Content-Disposition"].endswith(f"{extension}")
        assert_never_a_page(response)
    refused = client.post(url, {"file": SimpleUploadedFile("a.pdf", b"%PDF-" + SCRIPT)}, format="multipart")
    assert refused.status_code == 400


def test_the_app_and_the_api_answer_with_a_policy_that_allows_only_our_own_scripts(api, client_for, resident):
    for response in (api.get("/"), api.get("/api/v1/events/"), client_for(resident).get("/api/v1/auth/me/")):
        policy = response["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        assert directives["script-src"] == "'self'", policy
        assert "'unsafe-inline'" not in directives["script-src"] and "'unsafe-eval'" not in directives["script-src"]
        assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"


def test_the_language_cookie_follows_the_cookie_settings(client_for, resident, settings):
    settings.LANGUAGE_COOKIE_SECURE = True  # as production sets it (tests/hardening/test_hardening_production.py)
    response = client_for(resident).get("/api/v1/auth/me/")
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie["secure"] and cookie["samesite"] == "Lax"


def test_the_api_docs_pages_run_only_scripts_loaded_from_our_server(api):
    for path in ("/api/docs/", "/api/redoc/"):
        page = api.get(path).content.decode()
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)
        assert scripts, path
        for attributes, body in scripts:
            assert 'src="/' in attributes and not body.strip(), f"{path}: inline script {body[:80]!r}"
    start_up = api.get("/api/docs/?script=")
    assert start_up.status_code == 200 and "javascript" in start_up["Content-Type"]
