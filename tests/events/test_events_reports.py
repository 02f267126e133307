"""Post-event reports: figures from the door, materials and spending, evidence, and the staff review."""

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from events_builders import make_event, make_residents, register
from PIL import Image
from pypdf import PdfWriter

from kepu.common.models import AuditEntry
from kepu.demo.factories import MaterialFactory
from kepu.events.models import EventReport, EventStatus
from kepu.funding.models import Direction, FundingRecord, SpendingCategory
from kepu.materials.models import Distribution, DistributionChannel
from kepu.notifications.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(organization):
    """An event that took place yesterday evening, with two checked-in registrations and a no-show."""
    start = timezone.now() - timedelta(days=1)
    event = make_event(
        organization,
        status=EventStatus.COMPLETED,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        capacity=20,
        max_companions=3,
    )
    first, second, no_show = make_residents(3, prefix="156")
    for person, companions in ((first, 2), (second, 0)):
        registration = register(event, person, companions=companions)
        registration.checked_in_at = start + timedelta(minutes=5)
        registration.save()
    register(event, no_show)
    return event


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def _report(client, event, **data):
    return client.post(f"/api/v1/events/{event.pk}/report/", data, format="json")


def test_a_report_counts_the_door_plus_walk_ins_and_records_materials_and_spending(client_for, organizer, held):
    brochure, kit = MaterialFactory(), MaterialFactory()
    response = _report(
        client_for(organizer),
        held,
        walk_ins=[{"audience": "youth", "count": 12}, {"audience": "elderly", "count": 5}],
        materials=[{"material": brochure.pk, "quantity": 200}, {"material": kit.pk, "quantity": 10}],
        expenditure="860.50",
        summary="讲座顺利举行。",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["checked_in"], body["walk_ins"], body["attendance"]) == (4, 17, 21)
    assert body["status"] == "submitted"
    assert {row["audience"]: row["count"] for row in body["walk_ins_by_audience"]} == {"youth": 12, "elderly": 5}
    held.refresh_from_db()
    assert held.status == EventStatus.REPORTED
    distributions = Distribution.objects.filter(event=held)
    assert {(d.material_id, d.quantity) for d in distributions} == {(brochure.pk, 200), (kit.pk, 10)}
    assert {(d.area_id, d.channel, d.date) for d in distributions} == {
        (held.area_id, DistributionChannel.EVENT, timezone.localtime(held.starts_at).date())
    }
    spending = FundingRecord.objects.get(event=held)
    assert (spending.direction, spending.category, spending.amount) == (
        Direction.EXPENDITURE,
        SpendingCategory.ACTIVITIES,
        Decimal("860.50"),
    )


def test_a_returned_report_is_refiled_and_its_figures_replaced(client_for, organizer, staff, held):
    brochure = MaterialFactory()
    client = client_for(organizer)
    _report(
        client,
        held,
        walk_ins=[{"audience": "youth", "count": 30}],
        materials=[{"material": brochure.pk, "quantity": 500}],
        expenditure="100.00",
    )
    assert _report(client, held, expenditure="1.00").status_code == 409
    returned = client_for(staff).post(
        f"/api/v1/events/{held.pk}/report/review/", {"decision": "return", "comment": "资料数量有误"}
    )
    assert returned.json()["status"] == "returned"
    assert Notification.objects.get(kind=NotificationKind.REPORT_RETURNED, recipient=organizer).context["comment"]
    again = _report(
        client,
        held,
        walk_ins=[{"audience": "farmers", "count": 3}],
        materials=[{"material": brochure.pk, "quantity": 50}],
        expenditure="80.00",
    )
    assert again.status_code == 201
    assert again.json()["attendance"] == 4 + 3
    assert list(Distribution.objects.filter(event=held).values_list("quantity", flat=True)) == [50]
    assert list(FundingRecord.objects.filter(event=held).values_list("amount", flat=True)) == [Decimal("80.00")]
    accepted = client_for(staff).post(f"/api/v1/events/{held.pk}/report/review/", {"decision": "accept"})
    assert accepted.json()["status"] == "accepted"
    assert Notification.objects.filter(kind=NotificationKind.REPORT_ACCEPTED, recipient=organizer).exists()
    assert client_for(staff).post(f"/api/v1/events/{held.pk}/report/review/", {"decision": "accept"}).status_code == 409


def test_a_report_needs_a_completed_event(client_for, organizer, organization):
    upcoming = make_event(organization)
    response = _report(client_for(organizer), upcoming, expenditure="1.00")
    assert response.status_code == 409
    assert not EventReport.objects.exists()


def test_returning_a_report_needs_a_comment(client_for, organizer, staff, held):
    _report(client_for(organizer), held)
    response = client_for(staff).post(f"/api/v1/events/{held.pk}/report/review/", {"decision": "return"})
    assert response.status_code == 400
    assert "comment" in response.json()["errors"]


def test_a_large_attendance_makes_the_event_large_scale(client_for, organizer, held, settings, api):
    settings.KEPU = {**settings.KEPU, "LARGE_EVENT_THRESHOLD": 20}
    _report(client_for(organizer), held, walk_ins=[{"audience": "general_public", "count": 16}])
    assert api.get(f"/api/v1/events/{held.pk}/").json()["is_large_scale"] is True


class TestEvidence:
    def _upload(self, client, event, kind, name, content):
        return client.post(
            f"/api/v1/events/{event.pk}/report/evidence/",
            {"kind": kind, "file": SimpleUploadedFile(name, content)},
            format="multipart",
        )

    def test_photos_and_pdf_scans_are_accepted_and_served_to_organizers_and_staff_only(
        self, client_for, organizer, staff, other_staff, resident, held
    ):
        client = client_for(organizer)
        _report(client, held)
        photo = self._upload(client, held, "photo", "hall.png", png_bytes())
        assert photo.status_code == 201, photo.content
        writer, pdf = PdfWriter(), io.BytesIO()
        writer.add_blank_page(width=595, height=842)
        writer.write(pdf)
        scan = self._upload(client, held, "sign_in_sheet", "sheet.pdf", pdf.getvalue())
        assert scan.status_code == 201
        fake_scan = self._upload(client, held, "sign_in_sheet", "sheet.pdf", b"%PDF-1.4\n%only a header\n")
        assert fake_scan.status_code == 400
        url = photo.json()["url"]
        for viewer, status in ((organizer, 200), (staff, 200), (resident, 403), (other_staff, 403)):
            assert client_for(viewer).get(url).status_code == status, viewer
        served = client_for(staff).get(url)
        assert b"".join(served.streaming_content) == png_bytes()

    def test_files_are_checked_by_content_and_size(self, client_for, organizer, held, settings):
        client = client_for(organizer)
        _report(client, held)
        fake = self._upload(client, held, "photo", "photo.jpg", b"MZ\x90\x00 not an image")
        assert fake.status_code == 400 and "file" in fake.json()["errors"]
        pdf_as_photo = self._upload(client, held, "photo", "photo.jpg", b"%PDF-1.4\n")
        assert pdf_as_photo.status_code == 400
        settings.KEPU = {**settings.KEPU, "EVIDENCE_MAX_BYTES": 100}
        big = self._upload(client, held, "photo", "big.png", png_bytes() + b"\0" * 200)
        assert big.status_code == 400 and "文件超过" in big.json()["errors"]["file"][0]

    def test_evidence_waits_for_the_report(self, client_for, organizer, held):
        response = self._upload(client_for(organizer), held, "photo", "p.png", png_bytes())
        assert response.status_code == 409


def test_a_report_writes_its_materials_and_spending_through_their_apps_with_audit_entries(
    client_for, organizer, staff, held
):
    brochure = MaterialFactory()
    client = client_for(organizer)
    _report(client, held, materials=[{"material": brochure.pk, "quantity": 500}], expenditure="100.00")
    first = Distribution.objects.get(event=held)
    spending = FundingRecord.objects.get(event=held)
    client_for(staff).post(f"/api/v1/events/{held.pk}/report/review/", {"decision": "return", "comment": "数量有误"})
    _report(client, held, materials=[{"material": brochure.pk, "quantity": 50}], expenditure="80.00")

    def actions(model_label, pk):
        rows = AuditEntry.objects.filter(target_type=model_label, target_id=str(pk), actor=organizer)
        return sorted(rows.values_list("action", flat=True))

    assert actions("materials.distribution", first.pk) == ["distribution.created", "distribution.deleted"]
    assert actions("funding.fundingrecord", spending.pk) == ["funding.created", "funding.deleted"]
    assert actions("materials.distribution", Distribution.objects.get(event=held).pk) == ["distribution.created"]
    assert actions("funding.fundingrecord", FundingRecord.objects.get(event=held).pk) == ["funding.created"]
