from decimal import Decimal

import pytest
from stats_readers import pdf_pages, read_csv, read_xlsx

pytestmark = pytest.mark.django_db

BREAKDOWN_TITLES = {
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


def export(client, fmt, **params):
    response = client.get("/api/v1/stats/export/", {"year": 2025, "format": fmt, **params})
    assert response.status_code == 200, response.content
    return response


def test_csv_export_has_the_header_block_the_summary_and_every_breakdown(world, district_staff, client_for):
    response = export(client_for(district_staff), "csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    document = read_csv(response.content)
    assert document.title == "科普活动统计"
    assert document.header_block["地区"] == "昆都仑区"
    assert document.header_block["统计期间"] == "2025-01-01 – 2025-12-31"
    assert document.header_block["统计切片"] == "全部(未切片)"
    assert document.header_block["数据口径"].startswith("正式数据")
    assert "生成时间" in document.header_block
    summary = document.tables["汇总"].by_first()
    assert summary["活动场次(次)"] == ["3"]
    assert summary["参加人次"] == ["1250"]
    assert summary["线上参加人次"] == ["1200"]
    assert summary["发放科普读物和资料(份)"] == ["180"]
    assert summary["经费筹集额(元)"] == ["300000.00"]
    assert summary["爽约率"] == ["40.0%"]
    by_area = {row[1]: row for row in document.tables["按地区"].rows}
    assert by_area["少先路街道"][2] == "2"
    assert set(document.tables) >= BREAKDOWN_TITLES | {"按月", "人均科普经费 2025", "示范社区考核 2025"}


def test_xlsx_export_parses_back_with_numbers_and_formats(world, district_staff, client_for):
    document = read_xlsx(export(client_for(district_staff), "xlsx").content)
    assert document.header_block["地区"] == "昆都仑区"
    summary = document.tables["汇总"]
    cells = {row[0].value: row[1] for row in summary.cells}
    assert cells["参加人次"].value == 1250
    assert cells["参加人次"].number_format == "#,##0"
    assert cells["经费筹集额(元)"].value == 300000
    assert cells["经费筹集额(元)"].number_format == "#,##0.00"
    assert cells["爽约率"].value == pytest.approx(0.4)
    assert cells["爽约率"].number_format == "0.0%"
    sources = {row[0].value: row for row in document.tables["按经费来源"].cells}
    assert Decimal(str(sources["government"][2].value)) == Decimal("120000")
    assert document.tables["按活动类型"].headers[:3] == ["代码", "名称", "活动场次(次)"]


def test_export_headers_are_english_for_english_requests(world, district_staff, client_for):
    response = client_for(district_staff).get(
        "/api/v1/stats/export/", {"year": 2025, "format": "xlsx"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    document = read_xlsx(response.content)
    assert document.header_block["Area"] == "昆都仑区"
    assert document.tables["Summary"].by_first()["Attendance (person-times)"] == [1250]


def test_chinese_export_has_no_untranslated_header(world, district_staff, client_for):
    document = read_xlsx(export(client_for(district_staff), "xlsx").content)
    for name, table in document.tables.items():
        for text in [name, *table.headers, *document.header_block]:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in str(text)), (name, text)


def test_export_follows_the_filters(world, staff, client_for):
    summary = read_csv(export(client_for(staff), "csv").content).tables["汇总"].by_first()
    assert summary["活动场次(次)"] == ["2"]
    assert summary["经费筹集额(元)"] == ["180000.00"]


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
    assert lines["training"]["sessions_offline"] == 1  # a mixed event is one session at its venue
    assert data["activities"]["total"] == {
        "sessions": 3,
        "sessions_offline": 2,
        "sessions_online": 1,
        "person_times": 1250,
        "person_times_offline": 50,
        "person_times_online": 1200,
    }
    assert data["large_scale"] == {"sessions": 1, "person_times": 1200}
    assert data["funding"]["raised"] == "300000.00"
    assert data["funding"]["special"] == "120000.00"
    assert data["funding"]["spent_by_category"]["activities"] == "50000.00"
    assert data["per_capita"]["population"] == 200_000
    assert data["per_capita"]["per_capita_funding"] == "1.50"
    assert data["per_capita"]["per_capita_special_funding"] == "0.60"
    assert data["materials"]["printed"] == 180


def test_annual_report_as_xlsx_and_pdf(world, district_staff, client_for):
    client = client_for(district_staff)
    xlsx = client.get("/api/v1/reports/annual/2025/", {"format": "xlsx"})
    assert xlsx.status_code == 200
    document = read_xlsx(xlsx.content)
    assert document.header_block == {**document.header_block, "地区": "昆都仑区", "年度": "2025"}
    activities = document.tables["科普活动"].by_first()
    assert activities["科普(技)讲座"][:3] == ["次", 1, 1]
    assert activities["重大科普活动"] == ["次", 1, 1, "-", "-", 1200, "-", "-"]
    funding = {row[0].value: row[1] for row in document.tables["科普经费"].cells}
    assert funding["人均科普经费(元)"].value == 1.5
    assert funding["人均科普经费(元)"].number_format == "#,##0.00"
    pdf = client.get("/api/v1/reports/annual/2025/", {"format": "pdf"})
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    text = "\n".join(pdf_pages(pdf.content))
    assert "科普(技)讲座" in text
    assert "昆都仑区" in text


def test_annual_report_rejects_a_silly_year(district_staff, client_for):
    assert client_for(district_staff).get("/api/v1/reports/annual/1800/").status_code == 400
