"""Population figures from XLSX workbooks: preview with every bad line explained, all-or-nothing import,
a template to fill in, and the year-over-year view of which areas lack a figure."""

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import Workbook, load_workbook

from kepu.common.models import AuditEntry
from kepu.demo.factories import AreaFactory, PopulationFactory
from kepu.places.models import AreaLevel, Population

pytestmark = pytest.mark.django_db


def workbook(rows: list[list]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def post(client, path: str, content: bytes, name: str = "population.xlsx"):
    return client.post(path, {"file": SimpleUploadedFile(name, content)}, format="multipart")


@pytest.fixture
def guanghui(subdistrict):
    return AreaFactory(name="光辉社区", level=AreaLevel.COMMUNITY, parent=subdistrict, code="150203001001")


@pytest.fixture
def two_bad_lines(community, subdistrict, guanghui, other_community):
    return [
        ["区划代码", "名称", "上级", "年份", "常住人口", "来源"],
        [150203001001, None, None, 2025, 9120, "街道办"],  # line 2: a code typed as a number still finds the area
        [None, community.name, subdistrict.name, 2025, "八千", None],  # line 3: not a number
        [None, other_community.name, None, 2025, 4000, None],  # line 4: outside the staff member's area
        [None, subdistrict.name, None, 2025, 52000.0, "七普"],  # line 5: fine
    ]


def test_a_workbook_with_two_bad_lines_is_previewed_refused_fixed_and_imported(
    client_for, staff, community, subdistrict, guanghui, other_community, two_bad_lines
):
    client = client_for(staff)
    bad = workbook(two_bad_lines)

    preview = post(client, "/api/v1/population/import/preview/", bad)
    assert preview.status_code == 200, preview.data
    assert preview.data["valid"] is False
    problems = {(p["line"], p["column"]) for p in preview.data["problems"]}
    assert problems == {(3, "常住人口"), (4, "名称")}
    reasons = {p["line"]: p["message"] for p in preview.data["problems"]}
    assert "八千" in reasons[3] and other_community.name in reasons[4]
    assert Population.objects.count() == 0

    refused = post(client, "/api/v1/population/import/", bad)
    assert refused.status_code == 400
    assert {(p["line"], p["column"]) for p in refused.data["problems"]} == problems
    assert Population.objects.count() == 0
    assert not AuditEntry.objects.filter(action="population.imported").exists()

    fixed = [row for row in two_bad_lines if row[1] != other_community.name]
    fixed[2] = [None, community.name, subdistrict.name, 2025, 8000, None]
    preview = post(client, "/api/v1/population/import/preview/", workbook(fixed))
    assert preview.data["valid"] is True
    assert [(row["line"], row["effect"]) for row in preview.data["rows"]] == [
        (2, "created"),
        (3, "created"),
        (4, "created"),
    ]
    imported = post(client, "/api/v1/population/import/", workbook(fixed))
    assert imported.status_code == 200, imported.data
    assert imported.data["created"] == 3
    assert Population.objects.get(area=guanghui, year=2025).residents == 9120
    assert Population.objects.get(area=subdistrict, year=2025).residents == 52000


def test_a_preview_says_which_figures_would_change(client_for, staff, community):
    PopulationFactory(area=community, year=2025, residents=7000, source="七普")
    PopulationFactory(area=community, year=2024, residents=6900)
    content = workbook([["area_name", "year", "residents"], [community.name, 2025, 7100], [community.name, 2024, 6900]])
    preview = post(client_for(staff), "/api/v1/population/import/preview/", content)
    rows = {row["year"]: row for row in preview.data["rows"]}
    assert (rows[2025]["effect"], rows[2025]["current"]) == ("updated", 7000)
    assert rows[2024]["effect"] == "unchanged"
    assert (preview.data["updated"], preview.data["unchanged"]) == (1, 1)
    assert Population.objects.get(area=community, year=2025).residents == 7000


def test_the_template_lists_the_staff_members_areas_and_imports_once_filled(
    client_for, staff, subdistrict, community, guanghui, other_community
):
    PopulationFactory(area=community, year=2026, residents=8000)
    client = client_for(staff)
    response = client.get("/api/v1/population/import/template/?year=2026")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows() if any(cell.value for cell in row)]
    assert rows[0] == ["区划代码", "名称", "上级", "年份", "年末常住人口", "来源"]
    names = [row[1] for row in rows[1:]]
    assert set(names) == {subdistrict.name, community.name, guanghui.name}
    assert other_community.name not in names
    by_name = {row[1]: row for row in rows[1:]}
    assert by_name[community.name][4] == 8000 and by_name[guanghui.name][0] == "150203001001"
    assert sheet["A2"].number_format == "@"

    # Filled in for one area; the lines left blank are skipped, the unchanged figure counted as such.
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == guanghui.name:
            row[4].value = 9300
    buffer = io.BytesIO()
    sheet.parent.save(buffer)
    imported = post(client, "/api/v1/population/import/", buffer.getvalue())
    assert imported.status_code == 200, imported.data
    assert (imported.data["created"], imported.data["unchanged"], len(imported.data["skipped"])) == (1, 1, 1)
    assert Population.objects.get(area=guanghui, year=2026).residents == 9300


def test_the_csv_template_keeps_codes_as_text_and_never_writes_a_formula(client_for, staff, subdistrict):
    AreaFactory(name="=HYPERLINK(1)", level=AreaLevel.COMMUNITY, parent=subdistrict)
    client = client_for(staff)
    text = client.get("/api/v1/population/import/template/?format=csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text
    sheet = load_workbook(io.BytesIO(client.get("/api/v1/population/import/template/").content)).active
    cell = next(row[1] for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in str(row[1].value))
    assert (cell.value, cell.data_type) == ("=HYPERLINK(1)", "s")


def test_an_unknown_template_format_is_a_400(client_for, staff):
    response = client_for(staff).get("/api/v1/population/import/template/?format=pdf")
    assert response.status_code == 400
    assert "format" in response.json()["errors"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
        (b"PK\x03\x04broken zip", "XLSX"),
        (b"", "empty"),
    ],
)
def test_an_unreadable_file_is_a_400_on_the_file(client_for, staff, content, reason):
    response = post(client_for(staff), "/api/v1/population/import/preview/", content)
    assert response.status_code == 400
    assert "file" in response.data["errors"]


def test_the_years_view_shows_which_areas_lack_this_years_figure(client_for, staff, subdistrict, community, guanghui):
    year = timezone.localdate().year
    PopulationFactory(area=community, year=year, residents=8000)
    PopulationFactory(area=community, year=year - 1, residents=7900)
    PopulationFactory(area=guanghui, year=year - 1, residents=9000)
    client = client_for(staff)
    rows = {row["name"]: row for row in client.get("/api/v1/population/years/").data["results"]}
    assert set(rows) == {subdistrict.name, community.name, guanghui.name}
    assert rows[community.name]["figures"] == {str(year - 2): None, str(year - 1): 7900, str(year): 8000}
    assert rows[community.name]["missing"] is False and rows[guanghui.name]["missing"] is True
    missing = client.get("/api/v1/population/years/?missing=true").data["results"]
    assert {row["name"] for row in missing} == {subdistrict.name, guanghui.name}


def test_the_years_view_of_an_area_outside_the_staff_members_is_a_404(client_for, staff, other_community):
    response = client_for(staff).get(f"/api/v1/population/years/?within={other_community.pk}")
    assert response.status_code == 404


def test_a_workbook_date_cell_is_read_as_its_year_text_not_a_crash(client_for, staff, community):
    content = workbook([["area_name", "year", "residents"], [community.name, date(2025, 1, 1), 100]])
    preview = post(client_for(staff), "/api/v1/population/import/preview/", content)
    assert preview.status_code == 200
    assert preview.data["problems"][0]["column"] == "year"
