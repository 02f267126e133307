"""The hand-computed district of ``survey`` (tests/stats/conftest.py), read in every format a user gets:
JSON, CSV, XLSX (openpyxl) and the PDF's text (pypdf). Each test is one defect of the yearly return."""

from datetime import date
from decimal import Decimal

import pytest
from stats_readers import pdf_pages, read_csv, read_xlsx

from kepu.common.models import AuditEntry

pytestmark = pytest.mark.django_db

YEAR = {"year": 2025}


def get(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    return response


def stats(client, endpoint, **params):
    return get(client, f"/api/v1/stats/{endpoint}/", **{**YEAR, **params}).json()


def exports(client, **params):
    """(CSV document, XLSX document, CSV response, XLSX response) of the statistics export."""
    csv_response = get(client, "/api/v1/stats/export/", **{**YEAR, **params, "format": "csv"})
    xlsx_response = get(client, "/api/v1/stats/export/", **{**YEAR, **params, "format": "xlsx"})
    return read_csv(csv_response.content), read_xlsx(xlsx_response.content), csv_response, xlsx_response


def annual(client, year=2025, **params):
    """(JSON, XLSX document, PDF lines, XLSX response) of the yearly return."""
    path = f"/api/v1/reports/annual/{year}/"
    data = get(client, path, **params).json()
    xlsx_response = get(client, path, **params, format="xlsx")
    pdf = get(client, path, **params, format="pdf")
    assert pdf["Content-Type"] == "application/pdf"
    lines = [line.strip() for page in pdf_pages(pdf.content) for line in page.splitlines()]
    return data, read_xlsx(xlsx_response.content), lines, xlsx_response


def after(lines, label, n=1):
    """The ``n`` PDF lines that follow ``label`` (table cells come out one per line)."""
    index = lines.index(label)
    return lines[index + 1 : index + 1 + n]


def filename(response) -> str:
    """The UTF-8 file name of an attachment (RFC 6266)."""
    from urllib.parse import unquote

    return unquote(response["Content-Disposition"].split("filename*=UTF-8''")[1])


def test_1_official_spending_counts_accepted_reports_only(survey, district_staff, client_for):
    client = client_for(district_staff)
    official, provisional = stats(client, "summary"), stats(client, "summary", provisional="true")
    assert official["funding"]["spent"] == "14000.00"
    assert official["funding"]["by_category"] == {
        "administration": "10000.00",
        "activities": "4000.00",
        "venue": "0.00",
        "exhibits": "0.00",
        "other": "0.00",
    }
    assert provisional["funding"]["spent"] == "14800.00"
    months = {m["month"]: m["spent"] for m in stats(client, "timeseries")["months"]}
    assert {k: v for k, v in months.items() if v != "0.00"} == {
        "2025-02": "10000.00",
        "2025-03": "800.00",
        "2025-05": "2000.00",
        "2025-09": "1200.00",
    }
    late = {m["month"]: m["spent"] for m in stats(client, "timeseries", provisional="true")["months"]}
    assert (late["2025-06"], late["2025-07"]) == ("500.00", "300.00")
    by_category = {r["key"]: r["spent"] for r in stats(client, "breakdown", by="category")["rows"]}
    assert by_category["activities"] == "4000.00"

    csv_doc, xlsx_doc, _, _ = exports(client)
    assert csv_doc.tables["汇总"].by_first()["经费使用额(元)"] == ["14000.00"]
    assert xlsx_doc.tables["汇总"].by_first()["经费使用额(元)"] == [14000]
    assert csv_doc.tables["按月"].column("经费使用额(元)")["2025-06"] == "0.00"
    assert xlsx_doc.tables["按月"].column("经费使用额(元)")["2025-03"] == 800
    csv_late, xlsx_late, _, _ = exports(client, provisional="true")
    assert csv_late.tables["汇总"].by_first()["经费使用额(元)"] == ["14800.00"]
    assert xlsx_late.tables["汇总"].by_first()["经费使用额(元)"] == [14800]

    data, xlsx, pdf, _ = annual(client)
    assert data["funding"]["spent"] == "14000.00"
    assert data["funding"]["spent_by_category"]["activities"] == "4000.00"
    assert xlsx.tables["科普经费"].by_first()["经费使用额(元)"] == [14000]
    assert after(pdf, "经费使用额(元)") == ["14,000.00"]
    assert after(pdf, "经费使用额(元): 科普活动支出") == ["4,000.00"]
    late_data, late_xlsx, late_pdf, _ = annual(client, provisional="true")
    assert late_data["funding"]["spent"] == "14800.00"
    assert late_xlsx.tables["科普经费"].by_first()["经费使用额(元)"] == [14800]
    assert after(late_pdf, "经费使用额(元)") == ["14,800.00"]
    assert "临时数据(含未审核总结)" in " ".join(late_pdf)


def test_2_an_event_slice_carries_only_the_money_of_its_events_and_says_so(survey, district_staff, client_for):
    client = client_for(district_staff)
    school = stats(client, "summary", setting="school")
    assert school["events"]["events"] == 4  # the mixed training and three youth-group sessions
    assert school["funding"]["raised"] == "5000.00"  # the donation tied to the training
    assert school["funding"]["spent"] == "1200.00"  # the training report's spending
    assert school["funding"]["scope"] == "events_in_slice"
    assert school["period"]["funding_scope"] == "events_in_slice"
    assert school["period"]["slice"] == {"setting": "school"}
    assert school["materials"]["total"] == 4  # the kit at the training; no door-to-door copies
    whole = stats(client, "summary")
    assert (whole["funding"]["raised"], whole["period"]["funding_scope"]) == ("255000.00", "area")
    months = {m["month"]: (m["raised"], m["spent"]) for m in stats(client, "timeseries", setting="school")["months"]}
    assert months["2025-09"] == ("5000.00", "1200.00")
    assert months["2025-01"] == ("0.00", "0.00")

    csv_doc, xlsx_doc, csv_response, xlsx_response = exports(client, setting="school")
    district_csv, _, district_response, _ = exports(client)
    for doc in (csv_doc, xlsx_doc):
        summary = doc.tables["汇总"].by_first()
        assert summary["经费筹集额(元)"][0] in ("5000.00", 5000)
        assert summary["经费使用额(元)"][0] in ("1200.00", 1200)
        assert doc.header_block["统计切片"] == "进入领域: 进校园"
        assert doc.header_block["经费口径"].startswith("仅含本切片所统计活动的经费")
        assert "人均科普经费 2025" not in doc.tables  # per-capita is for whole areas
    assert district_csv.header_block["统计切片"] == "全部(未切片)"
    assert district_csv.header_block["经费口径"] == "本地区及下级地区全部经费"
    assert filename(csv_response) == "kepu-stats-昆都仑区-2025-setting-school-official.csv"
    assert filename(xlsx_response) == "kepu-stats-昆都仑区-2025-setting-school-official.xlsx"
    assert filename(district_response) == "kepu-stats-昆都仑区-2025-official.csv"


def test_3_per_capita_is_exported_and_every_file_names_its_area_year_and_basis(
    survey, district_staff, subdistrict, client_for, time_machine
):
    time_machine.move_to("2026-03-01T10:00:00+08:00")  # 2025 is over: the projection is the amount itself
    client = client_for(district_staff)
    data = stats(client, "per-capita")
    assert (data["population"], data["population_year"], data["population_basis"]) == (200_000, 2025, "year_end")
    assert data["all_funding"] == {
        "amount": "255000.00",
        "per_capita": "1.28",
        "percent_of_target": "85.0",
        "missing_yuan": "45000.00",
        "projected_year_end": "255000.00",
        "projected_per_capita": "1.28",
        "projected_percent_of_target": "85.0",
    }
    assert data["special_funding"]["per_capita"] == "0.75"
    assert data["special_funding"]["percent_of_target"] == "50.0"
    assert data["special_funding"]["missing_yuan"] == "150000.00"
    areas = {a["area"]["name"]: a for a in data["areas"]}
    assert areas["少先路街道"]["all_funding"]["per_capita"] == "1.54"
    assert areas["少先路街道"]["all_funding"]["percent_of_target"] == "102.8"
    assert areas["少先路街道"]["all_funding"]["missing_yuan"] == "0.00"
    assert areas["沼潭街道"]["special_funding"]["missing_yuan"] == "120000.00"

    csv_doc, xlsx_doc, _, _ = exports(client)
    csv_rows = {(r[0], r[1]): r for r in csv_doc.tables["人均科普经费 2025"].rows}
    xlsx_table = xlsx_doc.tables["人均科普经费 2025"]
    xlsx_rows = {(r[0], r[1]): r for r in xlsx_table.rows}
    xlsx_cells = {(r[0].value, r[1].value): r for r in xlsx_table.cells}
    headers = csv_doc.tables["人均科普经费 2025"].headers
    assert headers == xlsx_table.headers
    col = {name: headers.index(name) for name in headers}
    district_all = csv_rows[("昆都仑区", "经费筹集额(元)")]
    assert district_all[col["年末常住人口"]] == "200000"
    assert district_all[col["人口数据年份"]] == "2025"
    assert district_all[col["人均科普经费"]] == "1.28"
    assert district_all[col["完成目标比例"]] == "85.0%"
    assert district_all[col["距目标尚差(元)"]] == "45000.00"
    assert district_all[col["年末预计筹集额(元)"]] == "255000.00"
    assert csv_rows[("少先路街道", "其中:科普专项经费(元)")][col["完成目标比例"]] == "83.3%"
    row = xlsx_rows[("昆都仑区", "经费筹集额(元)")]
    assert row[col["年末常住人口"]] == 200_000
    assert Decimal(str(row[col["人均科普经费"]])) == Decimal("1.28")
    cell = xlsx_cells[("昆都仑区", "经费筹集额(元)")][col["完成目标比例"]]
    assert (cell.value, cell.number_format) == (pytest.approx(0.85), "0.0%")

    _, xlsx, pdf, response = annual(client)
    assert xlsx.title == "2025 科普统计年报"
    assert xlsx.header_block["地区"] == "昆都仑区"
    assert xlsx.header_block["年度"] == "2025"
    assert xlsx.header_block["数据口径"] == "正式数据(仅含已审核总结)"
    assert filename(response) == "kepu-annual-昆都仑区-2025-official.xlsx"
    assert after(pdf, "人均科普经费(元)") == ["1.28"]
    _, sub_xlsx, _, sub_response = annual(client, area=subdistrict.pk)
    assert sub_xlsx.header_block["地区"] == "少先路街道"
    assert filename(sub_response) == "kepu-annual-少先路街道-2025-official.xlsx"
    _, _, _, late = annual(client, provisional="true")
    assert filename(late) == "kepu-annual-昆都仑区-2025-provisional.xlsx"


AUDIENCE_EXPECTED = {
    # key: (events targeting, reach, person-times credited, of which walk-ins, of which declared registrants)
    "youth": (7, 2003, 145, 142, 2),
    "urban_residents": (3, 551, 450, 380, 0),
    "farmers": (0, 0, 0, 0, 0),
    "industrial_workers": (0, 0, 0, 0, 0),
    "elderly": (2, 1540, 47, 46, 1),
    "cadres": (0, 0, 0, 0, 0),
    "general_public": (0, 0, 0, 0, 0),
    None: (0, 0, 1501, 0, 0),
}


def test_4_audiences_add_up_from_what_was_recorded_and_reach_is_labelled_overlapping(
    survey, district_staff, client_for
):
    client = client_for(district_staff)
    data = stats(client, "breakdown", by="audience")
    assert data["overlapping"] == ["events", "reach"]
    rows = {r["key"]: (r["events"], r["reach"], r["attendance"], r["walk_ins"], r["registrants"]) for r in data["rows"]}
    assert rows == AUDIENCE_EXPECTED
    assert sum(r["attendance"] for r in data["rows"]) == stats(client, "summary")["attendance"]["attendance"] == 2143

    csv_doc, xlsx_doc, _, _ = exports(client)
    for doc, typed in ((csv_doc, str), (xlsx_doc, lambda v: v)):
        table = doc.tables["按对象人群"]
        assert table.headers == [
            "代码",
            "名称",
            "面向该人群的活动(次,可重叠)",
            "覆盖人次(可重叠)",
            "参加人次(按人群归属,可加总)",
            "其中:现场未报名",
            "其中:报名者自报人群",
        ]
        found = {row[0] or None: tuple(row[2:]) for row in table.rows}
        assert found == {k: tuple(typed(v) for v in figures) for k, figures in AUDIENCE_EXPECTED.items()}


def test_5_online_headcount_is_its_own_figure_and_counts_as_online(
    survey, district_staff, organizer, organization, client_for
):
    client = client_for(district_staff)
    attendance = stats(client, "summary")["attendance"]
    assert attendance["online_attendance"] == 1570
    assert attendance["person_times_online"] == 1570
    assert attendance["person_times_offline"] == 573
    assert (attendance["checked_in"], attendance["walk_ins"], attendance["attendance"]) == (5, 568, 2143)
    report = get(client, f"/api/v1/events/{survey.mixed_training.pk}/report/").json()
    assert (report["walk_ins"], report["online_attendance"], report["attendance"]) == (30, 70, 100)

    csv_doc, xlsx_doc, _, _ = exports(client)
    for doc, typed in ((csv_doc, str), (xlsx_doc, int)):
        summary = doc.tables["汇总"].by_first()
        assert summary["线上参与人次(总结填报)"] == [typed(1570)]
        assert summary["线上参加人次"] == [typed(1570)]
        assert summary["现场参加人次"] == [typed(573)]
        assert summary["现场未报名参加人次"] == [typed(568)]
    data, xlsx, pdf, _ = annual(client)
    training = next(line for line in data["activities"]["lines"] if line["key"] == "training")
    assert (training["person_times_offline"], training["person_times_online"]) == (30, 70)
    assert xlsx.tables["科普活动"].by_first()["实用技术培训"] == ["次", 1, 1, 1, 0, 100, 30, 70]
    assert after(pdf, "实用技术培训", 8) == ["次", "1", "1", "1", "0", "100", "30", "70"]

    # An offline event has no online headcount: the report is refused with a per-field message.
    from kepu.demo.factories import EventFactory
    from kepu.events.models import EventStatus

    offline = EventFactory(
        organization=organization, mode="offline", status=EventStatus.COMPLETED, starts_at=survey.lecture.starts_at
    )
    response = client_for(organizer).post(
        f"/api/v1/events/{offline.pk}/report/", {"online_attendance": 5}, format="json"
    )
    assert response.status_code == 400
    assert "online_attendance" in response.json()["errors"]


SURVEY_LINES = {
    # key: (measure, count, sessions, offline, online, person-times, at venues, online)
    "lecture": ("sessions", 2, 2, 2, 0, 60, 60, 0),
    "exhibition": ("sessions", 1, 1, 0, 1, 1500, 0, 1500),
    "contest": ("sessions", 0, 0, 0, 0, 0, 0, 0),
    "intl_exchange": ("sessions", 0, 0, 0, 0, 0, 0, 0),
    "youth_group": ("groups", 2, 3, 3, 0, 32, 32, 0),
    "camp": ("sessions", 0, 0, 0, 0, 0, 0, 0),
    "science_week": ("sessions", 2, 2, 1, 1, 1520, 20, 1500),
    "science_day": ("sessions", 2, 2, 2, 0, 401, 331, 70),
    "training": ("sessions", 1, 1, 1, 0, 100, 30, 70),
    "open_day": ("units", 1, 2, 2, 0, 451, 451, 0),
    "other": ("sessions", 0, 0, 0, 0, 0, 0, 0),
}
LINE_LABELS = {
    "lecture": "科普(技)讲座",
    "youth_group": "青少年科技兴趣小组",
    "science_week": "科技活动周",
    "science_day": "全国科普日 / 科普月",
    "open_day": "科研机构和大学向社会开放",
}
UNITS = {"sessions": "次", "groups": "个(小组)", "units": "个(单位)"}


def test_6_the_return_has_campaign_lines_groups_units_and_printed_copies_apart(survey, district_staff, client_for):
    client = client_for(district_staff)
    data, xlsx, pdf, _ = annual(client)
    lines = {
        line["key"]: (
            line["measure"],
            line["count"],
            line["sessions"],
            line["sessions_offline"],
            line["sessions_online"],
            line["person_times"],
            line["person_times_offline"],
            line["person_times_online"],
        )
        for line in data["activities"]["lines"]
    }
    assert lines == SURVEY_LINES
    assert data["activities"]["total"] == {
        "sessions": 9,
        "sessions_offline": 8,
        "sessions_online": 1,
        "person_times": 2143,
        "person_times_offline": 573,
        "person_times_online": 1570,
    }
    assert data["large_scale"] == {"sessions": 2, "person_times": 1650}
    assert data["materials"] == {
        **data["materials"],
        "printed": 500,
        "audio_visual": 5,
        "kits": 4,
        "other": 0,
    }
    table = xlsx.tables["科普活动"].by_first()
    for key, label in LINE_LABELS.items():
        measure, *figures = SURVEY_LINES[key]
        assert table[label] == [UNITS[measure], *figures], key
        assert after(pdf, label, 8) == [UNITS[measure], *[f"{n:,}" for n in figures]], key
    assert table["重大科普活动"] == ["次", 2, 2, "-", "-", 1650, "-", "-"]
    materials = xlsx.tables["科普资料"].by_first()
    assert materials["发放科普读物和资料(份)"] == [500]
    assert (materials["科普音像制品"], materials["科普器材包"]) == ([5], [4])
    assert after(pdf, "发放科普读物和资料(份)") == ["500"]
    assert after(pdf, "科普音像制品") == ["5"]

    summary = stats(client, "summary")["materials"]
    assert (summary["printed"], summary["total"]) == (500, 509)
    assert stats(client, "summary", provisional="true")["materials"]["printed"] == 550
    csv_doc, xlsx_doc, _, _ = exports(client)
    assert csv_doc.tables["汇总"].by_first()["发放科普读物和资料(份)"] == ["500"]
    assert xlsx_doc.tables["汇总"].by_first()["发放科普资料合计"] == [509]


FIXED_ROWS = {"按进入领域": 5, "按活动类型": 11, "按线上线下": 3, "按资料类型": 7, "按经费来源": 4, "按支出类别": 5}


def test_7_unknown_parameters_large_scale_marks_leaflets_zero_rows_and_percentages(
    survey, district_staff, organizer, client_for
):
    client = client_for(district_staff)
    for path in ("summary", "timeseries", "breakdown", "per-capita", "scorecard", "export"):
        response = client.get(f"/api/v1/stats/{path}/", {"year": 2025, "by": "setting", "seting": "school"})
        assert response.status_code == 400, path
        errors = response.json()["errors"]
        assert "seting" in errors, path
        twice = client.get(f"/api/v1/stats/{path}/?year=2025&by=area&setting=school&setting=village")
        assert twice.status_code == 400 and "setting" in twice.json()["errors"], path
    wrong = client.get("/api/v1/reports/annual/2025/", {"setting": "school"})
    assert wrong.status_code == 400 and "setting" in wrong.json()["errors"]
    per_capita = stats(client, "per-capita", setting="school")
    assert per_capita["ignored_parameters"] == ["setting"]

    # Staff mark and unmark large-scale through the API, each change audited; organizers may not.
    f2 = survey.open_days[1]
    url = f"/api/v1/events/{f2.pk}/large-scale/"
    assert client_for(organizer).post(url, {"marked": False}, format="json").status_code == 403
    unmarked = client.post(url, {"marked": False}, format="json")
    assert unmarked.status_code == 200
    assert unmarked.json()["marked_large_scale"] is False
    assert "mark_large_scale" in unmarked.json()["allowed_actions"]
    assert stats(client, "summary")["events"]["large_scale"] == 1
    assert client.post(url, {"marked": True}, format="json").json()["is_large_scale"] is True
    assert stats(client, "summary")["events"]["large_scale"] == 2
    actions = list(
        AuditEntry.objects.filter(target_type="events.event", target_id=str(f2.pk)).values_list("action", flat=True)
    )
    assert actions[-3:] == ["event.large_scale_marked", "event.large_scale_unmarked", "event.large_scale_marked"]
    assert client.post(url, {"marked": "perhaps"}, format="json").status_code == 400

    # Leaflets are a material kind of their own, and count as printed copies.
    created = client.post("/api/v1/materials/", {"name": "健康折页", "kind": "leaflet"}, format="json")
    assert created.status_code == 201
    kinds = {r["key"]: r for r in stats(client, "breakdown", by="material_kind")["rows"]}
    assert (kinds["leaflet"]["label"], kinds["leaflet"]["quantity"], kinds["leaflet"]["printed"]) == (
        "宣传单 / 折页",
        200,
        True,
    )

    # Fixed categories always list every category, zeros included, in JSON, CSV and XLSX alike;
    # areas list every direct child even in a month when one had nothing.
    csv_doc, xlsx_doc, _, _ = exports(client, month=4)
    for by, title in (("setting", "按进入领域"), ("activity_type", "按活动类型"), ("mode", "按线上线下")):
        json_rows = stats(client, "breakdown", by=by, month=4)["rows"]
        assert len(json_rows) == FIXED_ROWS[title]
        assert len(csv_doc.tables[title].rows) == len(xlsx_doc.tables[title].rows) == FIXED_ROWS[title]
    for title, n in FIXED_ROWS.items():
        assert len(csv_doc.tables[title].rows) == len(xlsx_doc.tables[title].rows) == n, title
    april = {r["label"]: r["events"] for r in stats(client, "breakdown", by="area", month=4)["rows"]}
    assert april == {"少先路街道": 3, "沼潭街道": 0}
    assert {r[1]: r[2] for r in csv_doc.tables["按地区"].rows} == {"少先路街道": "3", "沼潭街道": "0"}

    # The no-show rate is a percentage in CSV and XLSX, a fraction in JSON.
    registrations = stats(client, "summary")["registrations"]
    assert (registrations["confirmed"], registrations["attended"], registrations["no_show_rate"]) == (6, 4, 0.3333)
    year_csv, year_xlsx, _, _ = exports(client)
    assert year_csv.tables["汇总"].by_first()["爽约率"] == ["33.3%"]
    cell = {r[0].value: r[1] for r in year_xlsx.tables["汇总"].cells}["爽约率"]
    assert (cell.value, cell.number_format) == (pytest.approx(1 / 3, abs=1e-4), "0.0%")


def test_8_in_year_per_capita_uses_the_latest_population_and_projects_the_year_end(
    survey, district_staff, subdistrict, other_subdistrict, client_for, time_machine
):
    from kepu.demo.factories import FundingRecordFactory

    FundingRecordFactory(area=subdistrict, amount=Decimal("60000.00"), date=date(2026, 3, 1), is_special=True)
    FundingRecordFactory(
        area=other_subdistrict, amount=Decimal("12000.00"), date=date(2026, 5, 1), source="self_raised"
    )
    time_machine.move_to("2026-07-02T10:00:00+08:00")  # day 183 of 365
    client = client_for(district_staff)
    data = stats(client, "per-capita", year=2026)
    assert (data["population"], data["population_year"], data["population_basis"]) == (200_000, 2025, "latest_known")
    assert "2025" in data["message"]
    assert data["all_funding"] == {
        "amount": "72000.00",
        "per_capita": "0.36",
        "percent_of_target": "24.0",
        "missing_yuan": "228000.00",
        "projected_year_end": "143606.56",
        "projected_per_capita": "0.72",
        "projected_percent_of_target": "47.9",
    }
    assert data["special_funding"]["per_capita"] == "0.30"
    areas = {a["area"]["name"]: a for a in data["areas"]}
    assert (areas["少先路街道"]["population"], areas["少先路街道"]["population_year"]) == (120_000, 2025)
    assert areas["少先路街道"]["all_funding"]["per_capita"] == "0.50"

    csv_doc, xlsx_doc, _, _ = exports(client, year=2026)
    headers = csv_doc.tables["人均科普经费 2026"].headers
    year_col, per_col = headers.index("人口数据年份"), headers.index("人均科普经费")
    csv_row = {(r[0], r[1]): r for r in csv_doc.tables["人均科普经费 2026"].rows}[("昆都仑区", "经费筹集额(元)")]
    xlsx_row = {(r[0], r[1]): r for r in xlsx_doc.tables["人均科普经费 2026"].rows}[("昆都仑区", "经费筹集额(元)")]
    assert (csv_row[year_col], csv_row[per_col]) == ("2025", "0.36")
    assert (xlsx_row[year_col], Decimal(str(xlsx_row[per_col]))) == (2025, Decimal("0.36"))

    # A year that is over needs its own year-end population: it stays missing, never borrowed.
    FundingRecordFactory(area=subdistrict, amount=Decimal("1000.00"), date=date(2024, 5, 1))
    past = stats(client, "per-capita", year=2024)
    assert (past["population"], past["population_year"], past["all_funding"]["per_capita"]) == (None, None, None)
    assert past["missing_population"] == ["昆都仑区"]
