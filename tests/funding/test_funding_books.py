"""The association's books kept from the web app: approving documents attached, totals that match the
statistics, and spreadsheets out and back in."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook
from PIL import Image
from pypdf import PdfWriter

from kepu.common.models import AuditEntry
from kepu.demo.factories import FundingRecordFactory
from kepu.funding.models import FundingAttachment, FundingRecord

pytestmark = pytest.mark.django_db


def _one_page_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


PDF = _one_page_pdf()


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def workbook(rows: list[list]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(client, path, content, name="funding.xlsx"):
    return client.post(path, {"file": SimpleUploadedFile(name, content)}, format="multipart")


@pytest.fixture
def books(subdistrict, community, other_community):
    year = 2025
    return [
        FundingRecordFactory(area=subdistrict, amount=Decimal("120000.00"), date=date(year, 3, 1), is_special=True),
        FundingRecordFactory(area=community, amount=Decimal("3000.50"), date=date(year, 5, 4), source="donation"),
        FundingRecordFactory(
            area=community,
            amount=Decimal("800.25"),
            date=date(year, 6, 1),
            direction="expenditure",
            source="",
            category="activities",
        ),
        FundingRecordFactory(area=other_community, amount=Decimal("99999.00"), date=date(year, 3, 1)),
    ]


# --- attachments ------------------------------------------------------------------------------------


def test_staff_attach_the_approving_document_and_download_it(client_for, staff, books):
    record = books[0]
    client = client_for(staff)
    response = upload(client, f"/api/v1/funding/{record.pk}/attachments/", PDF, name="区财政拨款通知.pdf")
    assert response.status_code == 201, response.data
    assert (response.data["name"], response.data["kind"]) == ("区财政拨款通知.pdf", "pdf")
    listed = client.get(f"/api/v1/funding/{record.pk}/").json()
    assert [item["name"] for item in listed["attachments"]] == ["区财政拨款通知.pdf"]
    download = client.get(response.data["url"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert AuditEntry.objects.filter(action="funding.attachment_added", target_id=str(record.pk)).exists()


def test_a_scan_is_accepted_and_a_disguised_file_is_refused(client_for, staff, books):
    client = client_for(staff)
    assert upload(client, f"/api/v1/funding/{books[0].pk}/attachments/", png(), name="scan.png").data["kind"] == "image"
    refused = upload(client, f"/api/v1/funding/{books[0].pk}/attachments/", b"MZ\x90\x00 not a pdf", name="x.pdf")
    assert refused.status_code == 400
    assert "file" in refused.data["errors"]


def test_an_attachment_is_removed_with_an_audit_entry(client_for, staff, books):
    client = client_for(staff)
    url = upload(client, f"/api/v1/funding/{books[0].pk}/attachments/", PDF, name="a.pdf").data["url"]
    assert client.delete(url).status_code == 204
    assert not FundingAttachment.objects.exists()
    assert client.get(url).status_code == 404
    assert AuditEntry.objects.filter(action="funding.attachment_removed").exists()


def test_attachments_of_another_area_are_not_found(client_for, staff, other_staff, books):
    url = upload(client_for(staff), f"/api/v1/funding/{books[0].pk}/attachments/", PDF, name="a.pdf").data["url"]
    other = client_for(other_staff)
    assert other.get(url).status_code == 404
    assert other.delete(url).status_code == 404
    assert upload(other, f"/api/v1/funding/{books[0].pk}/attachments/", PDF).status_code == 404


# --- totals -----------------------------------------------------------------------------------------


def test_totals_follow_the_filters_and_match_the_statistics(client_for, staff, books, subdistrict):
    client = client_for(staff)
    totals = client.get("/api/v1/funding/totals/?year=2025").json()
    assert totals["count"] == 3
    assert (totals["raised"], totals["special"], totals["spent"]) == ("123000.50", "120000.00", "800.25")
    assert totals["by_source"]["donation"] == "3000.50" and totals["by_category"]["activities"] == "800.25"
    stats = client.get(f"/api/v1/stats/summary/?year=2025&area={subdistrict.pk}").json()["funding"]
    assert (stats["raised"], stats["by_source"]["special"], stats["spent"]) == (
        totals["raised"],
        totals["special"],
        totals["spent"],
    )
    assert client.get("/api/v1/funding/totals/?direction=expenditure").json()["raised"] == "0.00"


# --- export and import ------------------------------------------------------------------------------


def test_the_export_holds_the_staff_members_records_in_words(client_for, staff, books):
    response = client_for(staff).get("/api/v1/funding/export/?year=2025")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows() if any(cell.value for cell in row)]
    assert rows[0][:4] == ["编号", "日期", "收支", "金额（元）"]
    assert len(rows) == 4
    by_id = {row[0]: row for row in rows[1:]}
    special = by_id[books[0].pk]
    assert (special[2], special[3], special[7], special[8]) == ("筹集", 120000, "政府拨款", "是")
    assert by_id[books[2].pk][9] == "科普活动支出"


def test_an_exported_file_edited_and_imported_updates_and_adds_records(client_for, staff, books, community):
    client = client_for(staff)
    book = load_workbook(io.BytesIO(client.get("/api/v1/funding/export/?year=2025").content))
    sheet = book.active
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == books[1].pk:
            row[3].value = 3500
    sheet.append([None, "2025-07-01", "收入", 450.5, None, community.name, None, "自筹", "否", None, "科普画廊"])
    buffer = io.BytesIO()
    book.save(buffer)
    preview = upload(client, "/api/v1/funding/import/preview/", buffer.getvalue()).json()
    assert preview["valid"] is True, preview
    assert (preview["created"], preview["updated"], preview["unchanged"]) == (1, 1, 2)
    response = upload(client, "/api/v1/funding/import/", buffer.getvalue())
    assert response.status_code == 200, response.data
    books[1].refresh_from_db()
    assert books[1].amount == Decimal("3500.00")
    added = FundingRecord.objects.get(purpose="科普画廊")
    assert (added.amount, added.source, added.recorded_by) == (Decimal("450.50"), "self_raised", staff)
    assert AuditEntry.objects.filter(action="funding.imported").count() == 2


def test_bad_funding_lines_are_explained_and_nothing_is_written(client_for, staff, books, community, other_community):
    content = workbook(
        [
            ["日期", "收支", "金额", "区域", "来源", "专项经费", "支出类别"],
            ["2025-02-30", "收入", 100, community.name, "捐赠", "否", None],  # line 2: no such day
            ["2025-03-01", "收入", "12.345", community.name, "捐赠", "否", None],  # line 3: fractions of a fen
            ["2025-03-01", "收入", 100, other_community.name, "捐赠", "否", None],  # line 4: outside the area
            ["2025-03-01", "收入", 100, community.name, "捐赠", "是", None],  # line 5: special but a donation
            ["2025-03-01", "支出", 100, community.name, None, "否", None],  # line 6: spent without a category
            ["2025-03-01", "收入", 100, community.name, "彩票", "否", None],  # line 7: unknown source
            ["2025/3/1", "收入", "1,000", community.name, "捐赠", "否", None],  # line 8: fine
        ]
    )
    client = client_for(staff)
    before = FundingRecord.objects.count()
    preview = upload(client, "/api/v1/funding/import/preview/", content).json()
    assert preview["valid"] is False
    assert {(p["line"], p["column"]) for p in preview["problems"]} == {
        (2, "日期"),
        (3, "金额"),
        (4, "区域"),
        (5, "专项经费"),
        (6, "支出类别"),
        (7, "来源"),
    }
    assert upload(client, "/api/v1/funding/import/", content).status_code == 400
    assert FundingRecord.objects.count() == before


def test_a_record_of_another_area_cannot_be_changed_by_import(client_for, staff, books, community):
    content = workbook(
        [["编号", "日期", "金额", "区域", "来源"], [books[3].pk, "2025-03-01", 1, community.name, "捐赠"]]
    )
    preview = upload(client_for(staff), "/api/v1/funding/import/preview/", content).json()
    assert preview["problems"][0]["column"] == "编号"
    books[3].refresh_from_db()
    assert books[3].amount == Decimal("99999.00")


def test_text_that_looks_like_a_formula_stays_text_in_both_formats(client_for, staff, subdistrict):
    FundingRecordFactory(area=subdistrict, purpose="=cmd|'/c calc'!A1", date=date(2025, 1, 2))
    client = client_for(staff)
    sheet = load_workbook(io.BytesIO(client.get("/api/v1/funding/export/").content)).active
    cell = next(row[10] for row in sheet.iter_rows(min_row=2) if row[10].value)
    assert (cell.value, cell.data_type) == ("=cmd|'/c calc'!A1", "s")
    text = client.get("/api/v1/funding/export/?format=csv").content.decode("utf-8-sig")
    assert "'=cmd|" in text


def test_the_export_refuses_bad_filters_and_formats(client_for, staff):
    client = client_for(staff)
    assert client.get("/api/v1/funding/export/?format=pdf").status_code == 400
    assert client.get("/api/v1/funding/export/?year=abc").status_code == 400
