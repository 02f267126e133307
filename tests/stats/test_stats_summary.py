from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kepu.demo.factories import EventFactory, RegistrationFactory
from kepu.events.models import EventStatus
from kepu.funding.models import Target

pytestmark = pytest.mark.django_db


def get(client, path, **params):
    response = client.get(f"/api/v1/stats/{path}/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_district_summary_counts_accepted_reports_only(world, district_staff, client_for):
    data = get(client_for(district_staff), "summary", year=2025)
    assert data["events"] == {"events": 3, "events_offline": 1, "events_online": 1, "events_mixed": 1, "large_scale": 1}
    assert data["attendance"] == {
        "checked_in": 3,
        "walk_ins": 1247,
        "online_attendance": 0,
        "attendance": 1250,
        "person_times_offline": 50,
        "person_times_online": 1200,
        "attendance_offline": 40,
        "attendance_online": 1200,
        "attendance_mixed": 10,
    }
    assert data["registrations"] == {
        "registrations": 6,
        "confirmed": 5,
        "waitlisted": 1,
        "cancelled": 1,
        "attended": 3,
        "no_show_rate": 0.4,
    }
    assert data["participants"] == {"unique_participants": 2, "repeat_participants": 1}
    assert data["materials"]["total"] == 180
    assert {r["key"]: r["quantity"] for r in data["materials"]["by_kind"] if r["quantity"]} == {
        "brochure": 130,
        "poster": 50,
    }
    assert data["funding"]["raised"] == "300000.00"
    assert data["funding"]["by_source"] == {
        "government": "120000.00",
        "donation": "60000.00",
        "self_raised": "120000.00",
        "other": "0.00",
        "special": "120000.00",
    }
    assert data["funding"]["spent"] == "50000.00"
    assert data["funding"]["by_category"]["activities"] == "50000.00"
    assert data["period"]["start"] == "2025-01-01"
    assert data["period"]["end"] == "2025-12-31"


def test_provisional_adds_events_whose_report_is_not_accepted(world, district_staff, client_for):
    data = get(client_for(district_staff), "summary", year=2025, provisional="true")
    assert data["events"]["events"] == 4
    assert data["attendance"]["attendance"] == 1260
    assert data["materials"]["total"] == 200


def test_marked_large_scale_counts_below_the_threshold(world, district_staff, client_for):
    world.e1.marked_large_scale = True
    world.e1.save(update_fields=["marked_large_scale"])
    assert get(client_for(district_staff), "summary", year=2025)["events"]["large_scale"] == 2


def test_large_scale_threshold_comes_from_settings(world, district_staff, client_for, settings):
    settings.KEPU = {**settings.KEPU, "LARGE_EVENT_THRESHOLD": 40}
    assert get(client_for(district_staff), "summary", year=2025)["events"]["large_scale"] == 2


def test_event_just_before_local_new_year_belongs_to_december(world, district_staff, client_for):
    december = get(client_for(district_staff), "summary", year=2025, month=12)
    assert december["events"]["events"] == 1
    assert december["attendance"]["attendance"] == 10
    january = get(client_for(district_staff), "summary", year=2026, month=1)
    assert january["events"]["events"] == 1
    assert january["attendance"]["attendance"] == 5
    assert get(client_for(district_staff), "summary", year=2026)["events"]["events"] == 1


def test_quarter_and_custom_range_periods(world, district_staff, client_for):
    client = client_for(district_staff)
    assert get(client, "summary", year=2025, quarter=1)["events"]["events"] == 2
    assert get(client, "summary", year=2025, quarter=4)["events"]["events"] == 1
    data = get(client, "summary", start="2025-03-15", end="2025-12-31")
    assert data["events"]["events"] == 2
    assert data["funding"]["raised"] == "60000.00"


def test_empty_period_gives_zeros_not_errors(world, district_staff, client_for):
    data = get(client_for(district_staff), "summary", year=2030)
    assert data["events"]["events"] == 0
    assert data["attendance"]["attendance"] == 0
    assert data["registrations"]["no_show_rate"] is None
    assert data["participants"] == {"unique_participants": 0, "repeat_participants": 0}
    assert data["materials"]["total"] == data["materials"]["printed"] == 0
    assert data["materials"]["by_material"] == []
    assert {r["quantity"] for r in data["materials"]["by_kind"]} == {0}
    assert data["funding"]["raised"] == "0.00"


def test_area_slice_rolls_up_sub_areas(world, district_staff, subdistrict, community, client_for):
    client = client_for(district_staff)
    for area in (subdistrict, community):
        data = get(client, "summary", year=2025, area=area.pk)
        assert data["events"]["events"] == 2
        assert data["attendance"]["attendance"] == 50
        assert data["materials"]["total"] == 150
    assert get(client, "summary", year=2025, area=subdistrict.pk)["funding"]["raised"] == "180000.00"
    assert get(client, "summary", year=2025, area=community.pk)["funding"]["raised"] == "60000.00"


def test_event_slices_filter_events_and_their_materials(world, district_staff, client_for):
    client = client_for(district_staff)
    lectures = get(client, "summary", year=2025, activity_type="lecture")
    assert lectures["events"]["events"] == 1
    assert lectures["materials"]["total"] == 100
    assert get(client, "summary", year=2025, setting="school")["events"]["events"] == 1
    assert get(client, "summary", year=2025, audience="youth")["attendance"]["attendance"] == 40
    assert get(client, "summary", year=2025, mode="online")["attendance"]["attendance"] == 1200
    org = get(client, "summary", year=2025, organization=world.e2.organization_id)
    assert org["events"]["events"] == 1


def test_subdistrict_staff_see_only_their_subtree(world, staff, other_subdistrict, other_community, client_for):
    client = client_for(staff)
    data = get(client, "summary", year=2025)
    assert data["events"]["events"] == 2
    assert data["attendance"]["attendance"] == 50
    assert data["funding"]["raised"] == "180000.00"
    for path in ("summary", "timeseries", "breakdown", "per-capita", "scorecard", "export"):
        for area in (other_subdistrict, other_community):
            params = {"year": 2025, "area": area.pk, **({"by": "area"} if path == "breakdown" else {})}
            response = client.get(f"/api/v1/stats/{path}/", params)
            assert response.status_code == 404, path
    assert client.get("/api/v1/reports/annual/2025/", {"area": other_subdistrict.pk}).status_code == 404


def test_statistics_are_for_staff_only(world, organizer, resident, client_for):
    for user in (organizer, resident, None):
        client = client_for(user)
        for path in ("summary", "timeseries", "breakdown", "per-capita", "scorecard", "export"):
            assert client.get(f"/api/v1/stats/{path}/", {"by": "area"}).status_code in (401, 403)
        assert client.get("/api/v1/reports/annual/2025/").status_code in (401, 403)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"year": "abc"}, "year"),
        ({"month": 13, "year": 2025}, "month"),
        ({"month": 2}, "month"),
        ({"quarter": 1, "month": 2, "year": 2025}, "month"),
        ({"start": "2025-02-01"}, "end"),
        ({"start": "2025-02-01", "end": "2025-01-01"}, "end"),
        ({"year": 2025, "start": "2025-01-01", "end": "2025-02-01"}, "start"),
        ({"setting": "moon"}, "setting"),
        ({"audience": "martians"}, "audience"),
        ({"provisional": "maybe"}, "provisional"),
    ],
)
def test_bad_filters_are_400_with_field_messages(world, district_staff, client_for, params, field):
    response = client_for(district_staff).get("/api/v1/stats/summary/", params)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_unknown_area_is_404(world, district_staff, client_for):
    assert client_for(district_staff).get("/api/v1/stats/summary/", {"area": 999999}).status_code == 404


def test_timeseries_puts_events_in_local_months(world, district_staff, client_for):
    data = get(client_for(district_staff), "timeseries", year=2025)
    months = {m["month"]: m for m in data["months"]}
    assert len(months) == 12
    assert months["2025-03"]["events"] == 2
    assert months["2025-03"]["attendance"] == 1240
    assert months["2025-03"]["materials"] == 100
    assert months["2025-12"]["events"] == 1
    assert months["2025-12"]["attendance_mixed"] == 10
    assert months["2025-05"]["materials"] == 50
    assert months["2025-02"]["raised"] == "120000.00"
    assert months["2025-05"]["spent"] == "50000.00"
    assert months["2025-01"]["events"] == 0
    assert sum(m["events"] for m in months.values()) == 3
    january = get(client_for(district_staff), "timeseries", year=2026, month=1)["months"]
    assert january == [{**january[0], "month": "2026-01", "events": 1, "attendance": 5}]


def test_breakdowns_add_up_to_the_summary(world, district_staff, client_for):
    client = client_for(district_staff)
    for by in ("setting", "area", "activity_type", "organization", "mode"):
        rows = get(client, "breakdown", year=2025, by=by)["rows"]
        assert sum(r["events"] for r in rows) == 3, by
        assert sum(r["attendance"] for r in rows) == 1250, by
    by_area = {r["label"]: r for r in get(client, "breakdown", year=2025, by="area")["rows"]}
    assert by_area["少先路街道"]["events"] == 2
    assert by_area["少先路街道"]["attendance"] == 50
    assert by_area["沼潭街道"]["attendance_online"] == 1200
    by_setting = {r["key"]: r["events"] for r in get(client, "breakdown", year=2025, by="setting")["rows"]}
    assert by_setting == {"community": 2, "school": 1, "village": 0, "enterprise": 0, "agency": 0}
    audience = {r["key"]: r["events"] for r in get(client, "breakdown", year=2025, by="audience")["rows"]}
    assert {k: v for k, v in audience.items() if v} == {"youth": 1, None: 2}
    materials = {r["label"]: r["quantity"] for r in get(client, "breakdown", year=2025, by="material")["rows"]}
    assert materials == {"防诈骗手册": 130, "垃圾分类挂图": 50}
    kinds = {r["key"]: r["quantity"] for r in get(client, "breakdown", year=2025, by="material_kind")["rows"]}
    assert {k: v for k, v in kinds.items() if v} == {"brochure": 130, "poster": 50}
    sources = {r["key"]: (r["raised"], r["special"]) for r in get(client, "breakdown", year=2025, by="source")["rows"]}
    assert sources["government"] == ("120000.00", "120000.00")
    assert sources["self_raised"] == ("120000.00", "0.00")


def test_breakdown_labels_follow_the_request_language(world, district_staff, client_for):
    client = client_for(district_staff)
    zh = get(client, "breakdown", year=2025, by="mode")["rows"]
    assert {r["label"] for r in zh} == {"线下", "线上", "线上线下结合"}
    response = client.get("/api/v1/stats/breakdown/", {"year": 2025, "by": "mode"}, HTTP_ACCEPT_LANGUAGE="en")
    assert {r["label"] for r in response.json()["rows"]} == {"Offline", "Online", "Online and offline"}


def test_breakdown_needs_a_known_dimension(world, district_staff, client_for):
    response = client_for(district_staff).get("/api/v1/stats/breakdown/", {"by": "colour"})
    assert response.status_code == 400
    assert "by" in response.json()["errors"]


def test_public_summary_is_open_and_holds_no_personal_data(world, api, time_machine):
    time_machine.move_to("2025-11-01T08:00:00+08:00")
    response = api.get("/api/v1/stats/public/")
    assert response.status_code == 200
    assert response.json() == {"year": 2025, "events": 3, "attendance": 1250, "materials": 180}


def test_provisional_counts_check_ins_of_finished_events_without_a_report(
    world, district_staff, organization, client_for
):
    sh = ZoneInfo("Asia/Shanghai")
    finished = EventFactory(
        organization=organization, status=EventStatus.COMPLETED, starts_at=datetime(2025, 9, 20, 9, 0, tzinfo=sh)
    )
    RegistrationFactory(event=finished, checked_in_at=datetime(2025, 9, 20, 8, 55, tzinfo=sh))
    RegistrationFactory(event=finished, checked_in_at=datetime(2025, 9, 20, 8, 56, tzinfo=sh))
    RegistrationFactory(event=finished)
    client = client_for(district_staff)
    assert get(client, "summary", year=2025)["events"]["events"] == 3
    provisional = get(client, "summary", year=2025, provisional="true")
    assert provisional["events"]["events"] == 5
    assert provisional["attendance"]["checked_in"] == 3 + 7 + 2
    assert provisional["attendance"]["attendance"] == 1250 + 10 + 2


def test_summary_shows_progress_against_the_yearly_targets(world, district_staff, district, client_for):
    client = client_for(district_staff)
    assert get(client, "summary", year=2025)["targets"] is None
    Target.objects.create(area=district, year=2025, events=6, participants=2500, materials=None)
    targets = get(client, "summary", year=2025)["targets"]
    assert targets == {
        "events": {"target": 6, "actual": 3, "percent": 50.0},
        "participants": {"target": 2500, "actual": 1250, "percent": 50.0},
    }
    assert get(client, "summary", year=2025, month=3)["targets"] is None
