import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def csv_sections(content: bytes) -> dict[str, list[list[str]]]:
    sections, current = {}, None
    for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))):
        if not row:
            current = None
        elif current is None:
            current = sections.setdefault(row[0], [])
        else:
            current.append(row)
    return sections


def test_csv_export_has_the_summary_and_every_breakdown(world, district_staff, client_for):
    response = client_for(district_staff).get("/api/v1/stats/export/", {"year": 2025, "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    sections = csv_sections(response.content)
    summary = dict(sections["汇总"][1:])
    assert summary["活动场次(次)"] == "3"
    assert summary["参加人次"] == "1250"
    assert summary["线上参加人次"] == "1200"
    assert summary["发放科普资料(份)"] == "180"
    assert summary["经费筹集额(元)"] == "300000.00"
    by_area = {row[1]: row for row in sections["按地区"][1:]}
    assert by_area["少先路街道"][2] == "2"
    assert set(sections) >= {
        "按进入领域",
        "按活动类型",
        "按对象人群",
        "按组织",
        "按线上线下",
        "按资料",
        "按资料类型",
        "按经费来源",
        "按支出类别",
    }


def test_xlsx_export_parses_back_with_numbers_and_formats(world, district_staff, client_for):
    response = client_for(district_staff).get("/api/v1/stats/export/", {"year": 2025, "format": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert "汇总" in workbook.sheetnames
    assert "按地区" in workbook.sheetnames
    summary = {row[0].value: row[1] for row in workbook["汇总"].iter_rows(min_row=2)}
    assert summary["参加人次"].value == 1250
    assert summary["参加人次"].number_format == "#,##0"
    assert summary["经费筹集额(元)"].value == 300000
    assert summary["经费筹集额(元)"].number_format == "0.00"
    assert summary["爽约率"].value == pytest.approx(0.4)
    assert summary["爽约率"].number_format == "0.0%"
    sources = {row[0].value: row for row in workbook["按经费来源"].iter_rows(min_row=2)}
    assert Decimal(str(sources["government"][2].value)) == Decimal("120000")
    assert sources["government"][2].number_format == "0.00"
    header = [cell.value for cell in workbook["按活动类型"][1]]
    assert header[:3] == ["代码", "名称", "活动场次(次)"]


def test_export_headers_are_english_for_english_requests(world, district_staff, client_for):
    response = client_for(district_staff).get(
        "/api/v1/stats/export/", {"year": 2025, "format": "xlsx"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    workbook = load_workbook(io.BytesIO(response.content))
    assert "Summary" in workbook.sheetnames
    summary = {row[0].value: row[1].value for row in workbook["Summary"].iter_rows(min_row=2)}
    assert summary["Attendance (person-times)"] == 1250


def test_export_follows_the_filters(world, staff, client_for):
    response = client_for(staff).get("/api/v1/stats/export/", {"year": 2025, "format": "csv"})
    summary = dict(csv_sections(response.content)["汇总"][1:])
    assert summary["活动场次(次)"] == "2"
    assert summary["经费筹集额(元)"] == "180000.00"


def test_unknown_export_format_is_a_400(world, district_staff, client_for):
    response = client_for(district_staff).get("/api/v1/stats/export/", {"format": "pdf"})
    assert response.status_code == 400
    assert "format" in response.json()["errors"]


def test_annual_report_follows_the_national_lines(world, district_staff, client_for):
    response = client_for(district_staff).get("/api/v1/reports/annual/2025/")
    assert response.status_code == 200
    data = response.json()
    lines = {line["key"]: line for line in data["activities"]["lines"]}
    assert lines["lecture"] == {
        **lines["lecture"],
        "sessions_offline": 1,
        "sessions_online": 0,
        "person_times_offline": 40,
        "person_times_online": 0,
    }
    assert lines["exhibition"]["sessions_online"] == 1
    assert lines["exhibition"]["person_times_online"] == 1200
    assert lines["training"]["sessions_offline"] == 1  # mixed counts as offline
    assert data["activities"]["total"] == {
        "sessions_offline": 2,
        "sessions_online": 1,
        "person_times_offline": 50,
        "person_times_online": 1200,
    }
    assert data["large_scale"] == {"sessions": 1, "person_times": 1200}
    assert data["funding"]["raised"] == "300000.00"
    assert data["funding"]["government"] == "120000.00"
    assert data["funding"]["special"] == "120000.00"
    assert data["funding"]["donation"] == "60000.00"
    assert data["funding"]["self_raised"] == "120000.00"
    assert data["funding"]["spent_by_category"]["activities"] == "50000.00"
    assert data["per_capita"]["population"] == 200_000
    assert data["per_capita"]["per_capita_funding"] == "1.50"
    assert data["per_capita"]["per_capita_special_funding"] == "0.60"
    assert data["materials"] == 180


def test_annual_report_as_xlsx(world, district_staff, client_for):
    response = client_for(district_staff).get("/api/v1/reports/annual/2025/", {"format": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    activities = {row[0].value: [c.value for c in row[1:]] for row in workbook["科普活动"].iter_rows(min_row=2)}
    assert activities["科普(技)讲座"] == [1, 0, 40, 0]
    assert activities["大型活动(次)"] == [1, "-", 1200, "-"]
    funding = {row[0].value: row[1] for row in workbook["科普经费"].iter_rows(min_row=2)}
    assert funding["经费筹集额(元)"].value == 300000
    assert funding["其中:科普专项经费(元)"].value == 120000
    assert funding["人均科普经费(元)"].value == 1.5
    assert funding["人均科普经费(元)"].number_format == "0.00"
    assert funding["年末常住人口"].value == 200000


def test_annual_report_rejects_a_silly_year(district_staff, client_for):
    assert client_for(district_staff).get("/api/v1/reports/annual/1800/").status_code == 400
