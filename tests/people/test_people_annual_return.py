"""The hand-computed district of ``district_return`` in the yearly return: JSON, XLSX and PDF."""

import io
import re

import pytest
from district_return import YEAR, build
from openpyxl import load_workbook
from pypdf import PdfReader

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization):
    return build(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization)


def _annual(client, fmt: str, **params):
    response = client.get(f"/api/v1/reports/annual/{YEAR}/", {"format": fmt, **params})
    assert response.status_code == 200, response.content[:300]
    return response


def _sheet_rows(workbook, title: str) -> dict:
    """{first cell: the rest} of the table under the header block of a sheet."""
    rows = [[c.value for c in row] for row in workbook[title].iter_rows()]
    start = next(i for i, row in enumerate(rows) if row[0] in ("指标", "类型", "区域")) + 1
    return {row[0]: row[1:] for row in rows[start:] if row[0] is not None}


def test_the_return_as_json_carries_personnel_and_venues(world, client_for, district_staff):
    report = _annual(client_for(district_staff), "json").json()

    assert report["personnel"]["full_time"]["total"] == 3
    assert report["personnel"]["part_time"]["work_months"] == "6.5"
    assert (report["personnel"]["volunteers_registered"], report["personnel"]["service_hours"]) == (3, "7.0")
    assert report["venues"]["kinds"]["science_center"]["exhibition_area"] == "3200.5"
    assert report["venues"]["galleries"]["meeting_threshold"] == 1
    provisional = _annual(client_for(district_staff), "json", provisional="true").json()
    assert provisional["personnel"]["service_hours"] == "11.0"


def test_the_return_as_xlsx_has_the_personnel_and_venue_sheets_first(world, client_for, district_staff):
    workbook = load_workbook(io.BytesIO(_annual(client_for(district_staff), "xlsx").content))

    # The survey's order: personnel, venues and sites, funding, media (materials handed out), activities.
    assert workbook.sheetnames == [
        "科普人员",
        "分区域科普人员",
        "科普场地",
        "科普画廊与宣传栏",
        "分区域科普场地",
        "科普经费",
        "科普资料",
        "科普活动",
    ]
    people = _sheet_rows(workbook, "科普人员")
    assert people["科普专职人员"] == ["人", 3]
    assert people["科普兼职人员"] == ["人", 3]
    assert people["兼职人员年度实际投入工作量"][1] == pytest.approx(6.5)
    assert people["注册科普志愿者"] == ["人", 3]
    assert people["科普志愿服务"] == ["人次", 3]
    assert people["科普志愿服务时长"][1] == pytest.approx(7.0)
    by_area = _sheet_rows(workbook, "分区域科普人员")
    assert by_area["少先路街道"][:2] == [2, 2] and by_area["沼潭街道"][4] == pytest.approx(1.5)
    venues = _sheet_rows(workbook, "科普场地")
    assert venues["科技馆"][:3] == ["个", 1, pytest.approx(5000.0)]
    assert venues["科技馆"][3:] == [pytest.approx(3200.5), 1, 120]
    assert venues["农村科普(技)活动场地"] == ["个", 1, "-", "-", 1, 40]
    assert venues["科普教育基地"][1] == 1
    galleries = _sheet_rows(workbook, "科普画廊与宣传栏")
    assert galleries == {"科普画廊/宣传栏": [2], "期内更新次数": [8], "更新达到 6 次的画廊": [1]}
    # Per sub-area: venues, of which the three kinds with floor space, rooms, rural sites, galleries, their
    # refreshes, then the events held at them and their person-times (official: accepted reports only).
    venues_by_area = _sheet_rows(workbook, "分区域科普场地")
    assert venues_by_area["少先路街道"] == [3, 1, 1, 0, 1, 6, 1, 120]
    assert venues_by_area["沼潭街道"] == [2, 0, 0, 1, 1, 2, 1, 40]


def test_the_return_as_pdf_prints_the_same_figures_in_chinese(world, client_for, district_staff):
    content = _annual(client_for(district_staff), "pdf").content
    text = re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))

    assert "科普人员" in text and "科普场地" in text
    assert re.search(r"科普专职人员 人 3\b", text)
    assert re.search(r"兼职人员年度实际投入工作量 人月 6\.50?\b", text)
    assert re.search(r"科普志愿服务时长 小时 7\.00?\b", text)
    assert re.search(r"科技馆 个 1 5,000\.00? 3,200\.50? 1 120", text)
    assert re.search(r"更新达到 6 次的画廊 1\b", text)
    # The survey's order: personnel, venues (with the sub-areas), funding, materials, then activities.
    order = ["科普人员", "科普场地", "分区域科普场地", "经费筹集额", "发放科普读物和资料", "科普(技)讲座"]
    assert [text.index(heading) for heading in order] == sorted(text.index(heading) for heading in order)
    assert re.search(r"少先路街道 3 1 1 0 1 6 1 120", text)


def test_the_return_on_screen_has_the_tables_of_its_files_in_the_same_order(world, client_for, district_staff):
    response = client_for(district_staff).get(f"/api/v1/reports/annual/{YEAR}/tables/", {"provisional": "true"})
    assert response.status_code == 200, response.content[:300]
    screen = response.json()

    titles = [table["title"] for table in screen["tables"]]
    workbook = load_workbook(io.BytesIO(_annual(client_for(district_staff), "xlsx").content))
    assert titles == workbook.sheetnames
    assert {"label": "数据口径", "value": "临时数据(含未审核总结)"} in screen["header_block"]
    people = {row[0]: row[1:] for row in screen["tables"][0]["rows"]}
    # Provisionally the hours of the event whose report waits for review count too (7.0 + 4.0).
    assert people["科普志愿服务时长"] == ["小时", "11.0"]
    venues = {row[0]: row[1:] for row in screen["tables"][2]["rows"]}
    assert venues["科技馆"] == ["个", 1, "5000.0", "3200.5", 1, 120]
    assert venues["城市社区科普(技)专用活动室"] == ["个", 1, "-", "-", 1, 30]
