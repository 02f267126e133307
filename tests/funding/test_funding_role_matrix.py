"""The staff workspace's money, targets and catalog as one matrix: route × role → status.

The records and the target belong to the community of ``subdistrict``: its staff and the district's staff
keep them; the other subdistrict's staff get 404 on them (400 on an import naming them), organizers and
residents are refused, anonymous callers asked to sign in. The catalog is district-wide: the district's
staff keep it, everyone signed in reads it.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from role_matrix import DENIED, ROLES, assert_answer

from kepu.demo.factories import FundingRecordFactory, MaterialFactory
from kepu.funding.models import Target
from kepu.funding.services import funding_attachment_add

pytestmark = pytest.mark.django_db

STAFF_ONLY = [DENIED, DENIED, DENIED, DENIED]

# route name -> expected status per role (same order as ROLES); DENIED means 401 or 403.
MATRIX = {
    "funding list": [*STAFF_ONLY, 200, 200, 200],
    "funding detail": [*STAFF_ONLY, 200, 404, 200],
    "funding create": [*STAFF_ONLY, 201, 400, 201],
    "funding change": [*STAFF_ONLY, 200, 404, 200],
    "funding put": [*STAFF_ONLY, 405, 405, 405],
    "funding delete": [*STAFF_ONLY, 204, 404, 204],
    "funding totals": [*STAFF_ONLY, 200, 200, 200],
    "funding export": [*STAFF_ONLY, 200, 200, 200],
    "funding import preview": [*STAFF_ONLY, 200, 200, 200],
    "funding import": [*STAFF_ONLY, 200, 400, 200],
    "attachment add": [*STAFF_ONLY, 201, 404, 201],
    "attachment download": [*STAFF_ONLY, 200, 404, 200],
    "attachment delete": [*STAFF_ONLY, 204, 404, 204],
    "target list": [*STAFF_ONLY, 200, 200, 200],
    "target progress": [*STAFF_ONLY, 200, 200, 200],
    "target change": [*STAFF_ONLY, 200, 404, 200],
    "target delete": [*STAFF_ONLY, 204, 404, 204],
    "material list": [DENIED, 200, 200, 200, 200, 200, 200],
    "material create": [DENIED, DENIED, DENIED, DENIED, 403, 403, 201],
    "material rename": [DENIED, DENIED, DENIED, DENIED, 403, 403, 200],
    "material delete": [DENIED, DENIED, DENIED, DENIED, 403, 403, 204],
}


def _pdf() -> SimpleUploadedFile:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return SimpleUploadedFile("拨款通知.pdf", buffer.getvalue(), content_type="application/pdf")


def _csv(content: str, name: str = "funding.csv") -> io.BytesIO:
    upload = io.BytesIO(content.encode())
    upload.name = name
    return upload


@pytest.fixture
def books(community, staff):
    record = FundingRecordFactory(area=community, purpose="社区科普画廊")
    attachment = funding_attachment_add(record=record, upload=_pdf(), by=staff)
    target = Target.objects.create(area=community, year=2026, events=10)
    return {"record": record, "attachment": attachment, "target": target}


def _request(client, route: str, *, books, community):
    record, attachment, target = books["record"], books["attachment"], books["target"]
    funding = f"/api/v1/funding/{record.pk}/"
    new_record = {"amount": "500.00", "date": "2026-03-01", "area": community.pk, "source": "donation"}
    new_line = f"日期,收支,金额（元）,区域,来源\n2026-03-02,筹集,800,{community.name},捐赠\n"
    return {
        "funding list": lambda: client.get("/api/v1/funding/"),
        "funding detail": lambda: client.get(funding),
        "funding create": lambda: client.post("/api/v1/funding/", new_record, format="json"),
        "funding change": lambda: client.patch(funding, {"purpose": "画廊改造"}, format="json"),
        "funding put": lambda: client.put(funding, new_record, format="json"),
        "funding delete": lambda: client.delete(funding),
        "funding totals": lambda: client.get("/api/v1/funding/totals/?year=2026"),
        "funding export": lambda: client.get("/api/v1/funding/export/?format=csv"),
        "funding import preview": lambda: client.post(
            "/api/v1/funding/import/preview/", {"file": _csv(new_line)}, format="multipart"
        ),
        "funding import": lambda: client.post("/api/v1/funding/import/", {"file": _csv(new_line)}, format="multipart"),
        "attachment add": lambda: client.post(f"{funding}attachments/", {"file": _pdf()}, format="multipart"),
        "attachment download": lambda: client.get(f"{funding}attachments/{attachment.pk}/"),
        "attachment delete": lambda: client.delete(f"{funding}attachments/{attachment.pk}/"),
        "target list": lambda: client.get("/api/v1/targets/"),
        "target progress": lambda: client.get("/api/v1/targets/progress/?year=2026"),
        "target change": lambda: client.patch(f"/api/v1/targets/{target.pk}/", {"events": 12}, format="json"),
        "target delete": lambda: client.delete(f"/api/v1/targets/{target.pk}/"),
        "material list": lambda: client.get("/api/v1/materials/"),
        "material create": lambda: client.post(
            "/api/v1/materials/", {"name": "节水手册", "kind": "brochure", "unit": "册"}, format="json"
        ),
        "material rename": lambda: client.patch(
            f"/api/v1/materials/{MaterialFactory().pk}/", {"name": "新名字"}, format="json"
        ),
        "material delete": lambda: client.delete(f"/api/v1/materials/{MaterialFactory().pk}/"),
    }[route]()


@pytest.mark.parametrize("route", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_workspace_money_and_catalog_permission_matrix(
    request, client_for, role, route, books, community, organizer, other_organizer
):
    user = None if role == "anonymous" else request.getfixturevalue(role)
    response = _request(client_for(user), route, books=books, community=community)
    assert_answer(response, MATRIX[route][ROLES.index(role)], role=role, route=route)


def test_the_other_subdistricts_staff_see_neither_the_records_nor_their_money(client_for, other_staff, books):
    client = client_for(other_staff)
    assert client.get("/api/v1/funding/").json()["count"] == 0
    assert client.get("/api/v1/funding/totals/?year=2026").json()["raised"] == "0.00"
    assert client.get("/api/v1/targets/progress/?year=2026").json()["count"] == 0
    assert "社区科普画廊" not in client.get("/api/v1/funding/export/?format=csv").content.decode("utf-8-sig")
