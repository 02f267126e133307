from datetime import date
from decimal import Decimal

import pytest

from kepu.demo.factories import AreaFactory, FundingRecordFactory, PopulationFactory
from kepu.funding.models import Target
from kepu.places.models import AreaLevel
from kepu.stats.per_capita import funding_block

pytestmark = pytest.mark.django_db


def per_capita(client, **params):
    response = client.get("/api/v1/stats/per-capita/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_district_reaches_exactly_the_target(world, district_staff, client_for):
    data = per_capita(client_for(district_staff), year=2025)
    assert data["population"] == 200_000  # 120,000 + 80,000: the community's own figure is not added again
    assert data["missing_population"] == []
    assert data["target_per_capita"] == "1.50"
    assert data["all_funding"]["amount"] == "300000.00"
    assert data["all_funding"]["per_capita"] == "1.50"
    assert data["all_funding"]["percent_of_target"] == "100.0"
    assert data["all_funding"]["missing_yuan"] == "0.00"
    assert data["special_funding"]["amount"] == "120000.00"
    assert data["special_funding"]["per_capita"] == "0.60"
    assert data["special_funding"]["percent_of_target"] == "40.0"
    assert data["special_funding"]["missing_yuan"] == "180000.00"


def test_subdistrict_figures_add_up_to_the_district(world, district_staff, client_for):
    data = per_capita(client_for(district_staff), year=2025)
    areas = {a["area"]["name"]: a for a in data["areas"]}
    assert areas["少先路街道"]["population"] == 120_000
    assert areas["少先路街道"]["all_funding"]["amount"] == "180000.00"
    assert areas["少先路街道"]["all_funding"]["per_capita"] == "1.50"
    assert areas["沼潭街道"]["population"] == 80_000
    assert areas["沼潭街道"]["all_funding"]["per_capita"] == "1.50"
    assert sum(a["population"] for a in areas.values()) == data["population"]
    assert sum(Decimal(a["all_funding"]["amount"]) for a in areas.values()) == Decimal(data["all_funding"]["amount"])


def test_subdistrict_staff_get_their_subdistrict_and_its_communities(world, staff, client_for):
    data = per_capita(client_for(staff), year=2025)
    assert data["area"]["name"] == "少先路街道"
    assert data["all_funding"]["per_capita"] == "1.50"
    community = data["areas"][0]
    assert community["population"] == 50_000
    assert community["all_funding"]["amount"] == "60000.00"
    assert community["all_funding"]["per_capita"] == "1.20"
    assert community["all_funding"]["percent_of_target"] == "80.0"
    assert community["all_funding"]["missing_yuan"] == "15000.00"


def test_population_is_summed_from_children_when_the_area_has_none(world, district_staff, subdistrict, client_for):
    # Without the subdistrict's own 2025 figure, its community (50,000) stands for it.
    subdistrict.populations.filter(year=2025).delete()
    data = per_capita(client_for(district_staff), year=2025)
    assert data["population"] == 130_000
    areas = {a["area"]["name"]: a for a in data["areas"]}
    assert areas["少先路街道"]["population"] == 50_000
    assert areas["少先路街道"]["all_funding"]["per_capita"] == "3.60"


def test_missing_population_is_named_instead_of_dividing(world, district_staff, subdistrict, client_for, time_machine):
    time_machine.move_to("2027-02-01T09:00:00+08:00")  # 2026 is over: its return needs year-end figures
    PopulationFactory(area=subdistrict, year=2026, residents=120_000)
    FundingRecordFactory(area=subdistrict, amount=Decimal("1000.00"), date=date(2026, 3, 1))
    data = per_capita(client_for(district_staff), year=2026)
    assert data["population"] is None
    assert data["missing_population"] == ["沼潭街道"]
    assert "沼潭街道" in data["message"]
    assert data["all_funding"]["amount"] == "1000.00"
    assert data["all_funding"]["per_capita"] is None
    assert data["all_funding"]["percent_of_target"] is None
    areas = {a["area"]["name"]: a for a in data["areas"]}
    assert areas["少先路街道"]["all_funding"]["per_capita"] == "0.01"
    assert areas["沼潭街道"]["missing_population"] == ["沼潭街道"]


def test_year_without_any_population_names_the_slice_root(world, district_staff, client_for):
    data = per_capita(client_for(district_staff), year=2024)
    assert data["population"] is None
    assert data["missing_population"] == ["昆都仑区"]
    assert data["all_funding"]["amount"] == "0.00"


def test_zero_population_never_divides(world, district_staff, district, client_for):
    empty = AreaFactory(name="新区", level=AreaLevel.SUBDISTRICT, parent=district)
    PopulationFactory(area=empty, year=2025, residents=0)
    data = per_capita(client_for(district_staff), year=2025, area=empty.pk)
    assert data["population"] == 0
    assert data["all_funding"]["per_capita"] is None
    assert "message" in data


def test_target_of_the_area_and_year_wins_over_the_default(world, district_staff, district, client_for):
    Target.objects.create(area=district, year=2025, per_capita_funding=Decimal("2.00"))
    data = per_capita(client_for(district_staff), year=2025)
    assert data["target_per_capita"] == "2.00"
    assert data["all_funding"]["percent_of_target"] == "75.0"
    assert data["all_funding"]["missing_yuan"] == "100000.00"
    assert data["areas"][0]["target_per_capita"] == "1.50"


def test_projection_is_linear_on_local_days_elapsed(world, district_staff, client_for, time_machine):
    # 2025-04-01 local is day 91 of 365: 300,000 so far projects to 300,000 * 365 / 91.
    time_machine.move_to("2025-04-01T12:00:00+08:00")
    data = per_capita(client_for(district_staff), year=2025)
    projected = (Decimal("300000") * 365 / 91).quantize(Decimal("0.01"))
    assert data["all_funding"]["projected_year_end"] == str(projected)
    assert data["all_funding"]["projected_per_capita"] == "6.02"


def test_projection_of_a_past_year_is_the_actual_amount():
    block = funding_block(
        amount=Decimal("300000"), population=200_000, target=Decimal("1.50"), year=2024, today=date(2025, 6, 1)
    )
    assert block["projected_year_end"] == "300000.00"
    assert block["projected_percent_of_target"] == "100.0"
    future = funding_block(
        amount=Decimal("0"), population=200_000, target=Decimal("1.50"), year=2027, today=date(2025, 6, 1)
    )
    assert future["projected_year_end"] is None


def test_per_capita_needs_an_area_when_the_tree_has_several_roots(world, db, client_for):
    from kepu.demo.factories import UserFactory

    AreaFactory(name="另一区", level=AreaLevel.DISTRICT)
    admin = UserFactory(role="admin")
    response = client_for(admin).get("/api/v1/stats/per-capita/", {"year": 2025})
    assert response.status_code == 400
    assert "area" in response.json()["errors"]


def test_scorecard_checks_each_community_against_the_rules(world, district_staff, community, settings, client_for):
    settings.KEPU = {
        **settings.KEPU,
        "SCORECARD": {
            **settings.KEPU["SCORECARD"],
            "EVENTS_PER_YEAR": 2,
            "LECTURES_PER_YEAR": 2,
            "PARTICIPATION_RATE": Decimal("0.001"),
            "FUNDING_PER_RESIDENT": Decimal("1.20"),
            # This district keeps no galleries, activity rooms or volunteers: those rules are left out.
            "GALLERY_REFRESHES_PER_YEAR": 0,
            "ACTIVITY_SITES": 0,
            "VOLUNTEERS": 0,
        },
    }
    response = client_for(district_staff).get("/api/v1/stats/scorecard/", {"year": 2025})
    assert response.status_code == 200
    data = response.json()
    rows = {r["area"]["name"]: r for r in data["communities"]}
    mine = rows["少先路社区"]
    assert (mine["events"], mine["lectures"], mine["attendance"], mine["population"]) == (2, 2, 50, 50_000)
    assert mine["funding_raised"] == "60000.00"
    assert mine["rules"]["participation"]["value"] == "0.0010"
    assert mine["rules"]["funding_per_resident"]["value"] == "1.20"
    assert all(rule["passed"] for rule in mine["rules"].values())
    assert mine["on_track"] is True
    other = rows["沼潭社区"]
    assert other["events"] == 1
    assert other["lectures"] == 0
    assert other["population"] is None
    assert other["missing_population"] == ["沼潭社区"]
    assert other["rules"]["participation"]["passed"] is False
    assert other["on_track"] is False
    assert data["on_track"] == 1


def test_scorecard_with_default_rules_marks_small_communities_off_track(world, district_staff, client_for):
    data = client_for(district_staff).get("/api/v1/stats/scorecard/", {"year": 2025}).json()
    assert data["rules"]["events_per_year"] == 4
    assert data["rules"]["participation_basis"] == "attendance_person_times_over_population"
    assert data["on_track"] == 0
