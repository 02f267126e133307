"""The hand-computed district of ``district_return``: its 2025 personnel and venue figures as JSON."""

import io
from datetime import date
from decimal import Decimal

import pytest
from district_return import YEAR, build
from openpyxl import load_workbook

from kepu.people.returns import personnel_block, personnel_tables
from kepu.stats.filters import StatsFilter
from kepu.venues.returns import venue_tables, venues_block

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization):
    return build(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization)


def _get(client, path, **params):
    response = client.get(path, {"year": YEAR, **params})
    assert response.status_code == 200, response.json()
    return response.json()


def test_personnel_of_the_district(world, client_for, district_staff):
    body = _get(client_for(district_staff), "/api/v1/stats/personnel/")

    assert body["area"]["id"] == world.district.pk
    assert body["full_time"] == {
        "total": 3,
        "qualified": 2,
        "female": 1,
        "rural": 1,
        "managers": 1,
        "creators": 1,
        "docents": 1,
    }
    assert body["part_time"] == {
        "total": 3,
        "qualified": 2,
        "female": 2,
        "rural": 1,
        "docents": 2,
        "work_months": "6.5",
    }
    assert (body["total"], body["qualified"], body["volunteers_registered"]) == (6, 4, 3)
    assert (body["service_person_times"], body["volunteers_served"], body["service_hours"]) == (3, 3, "7.0")


def test_personnel_per_subdistrict_add_up(world, client_for, district_staff):
    areas = {row["name"]: row for row in _get(client_for(district_staff), "/api/v1/stats/personnel/")["areas"]}

    mine, other = areas["少先路街道"], areas["沼潭街道"]
    assert (mine["full_time"]["total"], mine["part_time"]["total"], mine["part_time"]["work_months"]) == (2, 2, "4.5")
    assert (other["full_time"]["rural"], other["part_time"]["docents"], other["part_time"]["work_months"]) == (
        1,
        1,
        "2.0",
    )
    assert (mine["volunteers_registered"], other["volunteers_registered"]) == (2, 1)
    assert (mine["service_person_times"], mine["volunteers_served"], mine["service_hours"]) == (2, 2, "5.5")
    assert (other["service_person_times"], other["volunteers_served"], other["service_hours"]) == (1, 1, "1.5")


def test_provisional_figures_add_hours_of_events_whose_report_is_not_accepted_yet(world, client_for, district_staff):
    body = _get(client_for(district_staff), "/api/v1/stats/personnel/", provisional="true")

    assert body["provisional"] is True
    assert (body["service_person_times"], body["volunteers_served"], body["service_hours"]) == (4, 3, "11.0")
    by_org = {row["organization"]: row["hours"] for row in body["hours_by_organization"]}
    assert by_org == {"少先路社区居委会": "9.5", "沼潭社区居委会": "1.5"}


def test_subdistrict_staff_see_only_their_subtree(world, client_for, staff):
    body = _get(client_for(staff), "/api/v1/stats/personnel/")

    assert body["area"]["id"] == world.subdistrict.pk
    assert (body["full_time"]["total"], body["part_time"]["total"], body["service_hours"]) == (2, 2, "5.5")
    other = client_for(staff).get("/api/v1/stats/personnel/", {"year": YEAR, "area": world.other_subdistrict.pk})
    assert other.status_code == 404


def test_venues_of_the_district(world, client_for, district_staff):
    body = _get(client_for(district_staff), "/api/v1/stats/venues/")
    kinds = body["kinds"]

    assert kinds["science_center"] == {
        "venues": 1,
        "building_area": "5000.0",
        "exhibition_area": "3200.5",
        "sessions": 1,
        "person_times": 120,
    }
    assert kinds["community_room"] == {
        "venues": 1,
        "building_area": None,
        "exhibition_area": None,
        "sessions": 0,
        "person_times": 0,
    }
    assert (kinds["rural_site"]["venues"], kinds["rural_site"]["sessions"], kinds["rural_site"]["person_times"]) == (
        1,
        1,
        40,
    )
    assert (kinds["gallery"]["venues"], kinds["education_base"]["venues"], kinds["vehicle"]["venues"]) == (2, 1, 0)
    assert body["venues_total"] == 6
    assert body["galleries"] == {"galleries": 2, "refreshes": 8, "meeting_threshold": 1, "threshold": 6}


def test_venues_per_subdistrict_and_provisional_use(world, client_for, district_staff):
    official = _get(client_for(district_staff), "/api/v1/stats/venues/")
    areas = {row["name"]: row for row in official["areas"]}
    provisional = _get(client_for(district_staff), "/api/v1/stats/venues/", provisional="true")

    assert (areas["少先路街道"]["venues_total"], areas["沼潭街道"]["venues_total"]) == (3, 2)
    assert areas["少先路街道"]["galleries"]["meeting_threshold"] == 1
    assert areas["沼潭街道"]["galleries"] == {"galleries": 1, "refreshes": 2, "meeting_threshold": 0, "threshold": 6}
    assert provisional["kinds"]["community_room"]["sessions"] == 1
    assert provisional["kinds"]["community_room"]["person_times"] == 30


def test_the_refresh_threshold_is_configurable(world, client_for, district_staff, settings):
    settings.KEPU = {**settings.KEPU, "SCORECARD": {**settings.KEPU["SCORECARD"], "GALLERY_REFRESHES_PER_YEAR": 2}}

    body = _get(client_for(district_staff), "/api/v1/stats/venues/")

    assert body["galleries"]["meeting_threshold"] == 2


@pytest.mark.parametrize("who", ["resident", "organizer"])
def test_the_figures_are_for_staff(world, client_for, request, who):
    client = client_for(request.getfixturevalue(who))
    assert client.get("/api/v1/stats/personnel/").status_code == 403
    assert client.get("/api/v1/stats/venues/").status_code == 403


def test_the_return_lines_follow_the_survey_in_chinese(world):
    f = StatsFilter(start_date=date(YEAR, 1, 1), end_date=date(YEAR + 1, 1, 1), root=world.district)
    people, by_area = personnel_tables(personnel_block(f), "zh-hans")
    venues, galleries, venues_by_area = venue_tables(venues_block(f), "zh-hans")

    assert people.title == "科普人员"
    assert people.rows[0] == ["科普专职人员", "人", 3]
    assert people.rows[1] == ["其中：中级职称及以上或大学本科及以上学历人员", "人", 2]
    assert people.rows[7] == ["科普兼职人员", "人", 3]
    assert people.rows[12] == ["兼职人员年度实际投入工作量", "人月", Decimal("6.5")]
    assert people.rows[13] == ["注册科普志愿者", "人", 3]
    assert people.rows[16] == ["科普志愿服务时长", "小时", Decimal("7.0")]
    assert [row[0] for row in by_area.rows] == ["少先路街道", "沼潭街道"]
    assert by_area.rows[0][5] == Decimal("5.5")
    center = next(row for row in venues.rows if row[0] == "科技馆")
    assert center[1:] == ["个", 1, Decimal("5000.0"), Decimal("3200.5"), 1, 120]
    assert next(row for row in venues.rows if row[0] == "城市社区科普(技)专用活动室")[3] == "-"
    assert next(row for row in venues.rows if row[0] == "科普宣传专用车")[1] == "辆"
    assert galleries.rows == [["科普画廊/宣传栏", 2], ["期内更新次数", 8], ["更新达到 6 次的画廊", 1]]
    assert venues_by_area.title == "分区域科普场地"
    assert [row[0] for row in venues_by_area.rows] == ["少先路街道", "沼潭街道"]


def test_the_scorecard_checks_each_communitys_best_gallery(world, client_for, district_staff, settings):
    card = _get(client_for(district_staff), "/api/v1/stats/scorecard/")
    rows = {row["area"]["name"]: row for row in card["communities"]}

    assert card["rules"]["gallery_refreshes"] == 6
    assert rows["少先路社区"]["rules"]["gallery_refreshes"] == {"value": 6, "required": 6, "passed": True}
    assert rows["沼潭社区"]["rules"]["gallery_refreshes"] == {"value": 2, "required": 6, "passed": False}
    settings.KEPU = {**settings.KEPU, "SCORECARD": {**settings.KEPU["SCORECARD"], "GALLERY_REFRESHES_PER_YEAR": 2}}
    relaxed = {
        r["area"]["name"]: r for r in _get(client_for(district_staff), "/api/v1/stats/scorecard/")["communities"]
    }
    assert relaxed["沼潭社区"]["rules"]["gallery_refreshes"]["passed"] is True
    settings.KEPU = {**settings.KEPU, "SCORECARD": {**settings.KEPU["SCORECARD"], "GALLERY_REFRESHES_PER_YEAR": 0}}
    off = _get(client_for(district_staff), "/api/v1/stats/scorecard/")
    assert "gallery_refreshes" not in off["rules"]
    assert all("gallery_refreshes" not in r["rules"] for r in off["communities"])


def test_the_scorecard_counts_each_communitys_open_activity_sites_and_its_volunteer_team(
    world, client_for, district_staff, settings
):
    card = _get(client_for(district_staff), "/api/v1/stats/scorecard/")
    rows = {row["area"]["name"]: row["rules"] for row in card["communities"]}

    assert (card["rules"]["activity_sites"], card["rules"]["volunteers"]) == (1, 10)
    # 少先路社区: its activity room; 沼潭社区: the rural site opened in August, not the room closed in 2024.
    assert rows["少先路社区"]["activity_sites"] == {"value": 1, "required": 1, "passed": True}
    assert rows["沼潭社区"]["activity_sites"] == {"value": 1, "required": 1, "passed": True}
    # Volunteers serving in 2025: two in 少先路社区 (not the one registered in 2026), one in 沼潭社区 (the
    # one who withdrew in 2024 is gone).
    assert rows["少先路社区"]["volunteers"] == {"value": 2, "required": 10, "passed": False}
    assert rows["沼潭社区"]["volunteers"]["value"] == 1
    settings.KEPU = {
        **settings.KEPU,
        "SCORECARD": {**settings.KEPU["SCORECARD"], "VOLUNTEERS": 2, "ACTIVITY_SITES": 0},
    }
    relaxed = _get(client_for(district_staff), "/api/v1/stats/scorecard/")
    rules = {row["area"]["name"]: row["rules"] for row in relaxed["communities"]}
    assert rules["少先路社区"]["volunteers"]["passed"] is True and rules["沼潭社区"]["volunteers"]["passed"] is False
    assert "activity_sites" not in relaxed["rules"]


def test_the_exported_scorecard_shows_the_registered_rules_beside_the_statistics_own(world, client_for, district_staff):
    response = client_for(district_staff).get(
        "/api/v1/stats/export/", {"format": "xlsx", "year": YEAR, "area": world.district.pk}
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content))[f"示范社区考核 {YEAR}"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    start = next(i for i, row in enumerate(rows) if "科普画廊更新次数" in row)
    headers = rows[start]
    line = dict(zip(headers, next(r for r in rows[start:] if r[0] == "少先路社区"), strict=True))

    assert (line["科普画廊更新次数"], line["科普活动室/场地"], line["注册科普志愿者"]) == (6, 1, 2)
    assert line["达标"] == "否"
