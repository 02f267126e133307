from decimal import Decimal

import pytest

from kepu.common.models import AuditEntry
from kepu.demo.factories import FundingRecordFactory
from kepu.funding.models import FundingRecord, Target

pytestmark = pytest.mark.django_db


def test_staff_record_funding_as_exact_decimal_strings(staff, subdistrict, client_for):
    payload = {
        "direction": "income",
        "amount": "180000.10",
        "date": "2025-02-01",
        "area": subdistrict.pk,
        "source": "government",
        "is_special": True,
        "purpose": "科普专项",
    }
    response = client_for(staff).post("/api/v1/funding/", payload)
    assert response.status_code == 201, response.content
    assert response.json()["amount"] == "180000.10"
    record = FundingRecord.objects.get()
    assert record.amount == Decimal("180000.10")
    assert record.recorded_by == staff
    assert AuditEntry.objects.filter(action="funding.created", actor=staff).exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"amount": "0"}, "amount"),
        ({"amount": "-5.00"}, "amount"),
        ({"amount": "abc"}, "amount"),
        ({"source": ""}, "source"),
        ({"source": "donation", "is_special": True}, "is_special"),
        ({"direction": "expenditure", "source": "", "category": "activities", "is_special": True}, "is_special"),
        ({"direction": "expenditure", "source": "", "category": ""}, "category"),
        ({"date": "2025-02-30"}, "date"),
    ],
)
def test_funding_validation_gives_field_messages(staff, subdistrict, client_for, payload, field):
    base = {
        "direction": "income",
        "amount": "100.00",
        "date": "2025-02-01",
        "area": subdistrict.pk,
        "source": "government",
    }
    response = client_for(staff).post("/api/v1/funding/", {**base, **payload})
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_funding_is_for_staff_only_and_scoped_to_their_subtree(
    staff, other_staff, district_staff, organizer, resident, subdistrict, other_subdistrict, community, client_for
):
    mine = FundingRecordFactory(area=community)
    theirs = FundingRecordFactory(area=other_subdistrict)
    for user in (organizer, resident):
        assert client_for(user).get("/api/v1/funding/").status_code == 403
    assert {r["id"] for r in client_for(staff).get("/api/v1/funding/").json()["results"]} == {mine.pk}
    assert {r["id"] for r in client_for(district_staff).get("/api/v1/funding/").json()["results"]} == {
        mine.pk,
        theirs.pk,
    }
    assert client_for(staff).get(f"/api/v1/funding/{theirs.pk}/").status_code == 404
    assert client_for(staff).patch(f"/api/v1/funding/{theirs.pk}/", {"amount": "1.00"}).status_code == 404
    response = client_for(staff).post(
        "/api/v1/funding/", {"amount": "5.00", "date": "2025-01-01", "area": other_subdistrict.pk, "source": "donation"}
    )
    assert response.status_code == 400
    assert "area" in response.json()["errors"]


def test_update_and_delete_leave_audit_entries(staff, community, client_for):
    record = FundingRecordFactory(area=community, amount=Decimal("100.00"))
    response = client_for(staff).patch(f"/api/v1/funding/{record.pk}/", {"amount": "250.50"})
    assert response.status_code == 200
    assert response.json()["amount"] == "250.50"
    entry = AuditEntry.objects.get(action="funding.updated")
    assert entry.changes == {"amount": {"old": "100.00", "new": "250.50"}}
    assert (
        client_for(staff).patch(f"/api/v1/funding/{record.pk}/", {"source": "donation", "is_special": True}).status_code
        == 400
    )
    assert client_for(staff).delete(f"/api/v1/funding/{record.pk}/").status_code == 204
    assert AuditEntry.objects.filter(action="funding.deleted", target_id=str(record.pk)).exists()


def test_funding_list_filters_by_year_and_sub_areas(
    district_staff, subdistrict, community, other_community, client_for
):
    from datetime import date

    inside = FundingRecordFactory(area=community, date=date(2025, 3, 1))
    FundingRecordFactory(area=community, date=date(2024, 3, 1))
    FundingRecordFactory(area=other_community, date=date(2025, 3, 1))
    response = client_for(district_staff).get("/api/v1/funding/", {"area": subdistrict.pk, "year": 2025})
    assert [r["id"] for r in response.json()["results"]] == [inside.pk]


def test_target_defaults_to_the_configured_per_capita_figure(staff, subdistrict, client_for, settings):
    settings.KEPU = {**settings.KEPU, "PER_CAPITA_TARGET": Decimal("1.80")}
    response = client_for(staff).post("/api/v1/targets/", {"area": subdistrict.pk, "year": 2025, "events": 40})
    assert response.status_code == 201, response.content
    assert response.json()["per_capita_funding"] == "1.80"
    assert Target.objects.get().events == 40
    assert AuditEntry.objects.filter(action="target.created").exists()


def test_one_target_per_area_and_year(staff, subdistrict, client_for):
    client = client_for(staff)
    assert client.post("/api/v1/targets/", {"area": subdistrict.pk, "year": 2025}).status_code == 201
    response = client.post("/api/v1/targets/", {"area": subdistrict.pk, "year": 2025})
    assert response.status_code == 400
    assert "year" in response.json()["errors"]


def test_targets_are_scoped_and_validated(staff, other_staff, subdistrict, other_subdistrict, client_for):
    target = Target.objects.create(area=subdistrict, year=2025)
    assert client_for(other_staff).get(f"/api/v1/targets/{target.pk}/").status_code == 404
    assert client_for(other_staff).post("/api/v1/targets/", {"area": subdistrict.pk, "year": 2026}).status_code == 400
    response = client_for(staff).patch(f"/api/v1/targets/{target.pk}/", {"per_capita_funding": "-1"})
    assert response.status_code == 400
    response = client_for(staff).patch(f"/api/v1/targets/{target.pk}/", {"per_capita_funding": "2.50"})
    assert response.status_code == 200
    assert response.json()["per_capita_funding"] == "2.50"
    assert client_for(staff).delete(f"/api/v1/targets/{target.pk}/").status_code == 204


def test_funding_tied_to_an_event_outside_the_subtree_is_refused(staff, subdistrict, other_organization, client_for):
    from kepu.demo.factories import EventFactory

    foreign = EventFactory(organization=other_organization)
    response = client_for(staff).post(
        "/api/v1/funding/",
        {
            "direction": "expenditure",
            "amount": "80.00",
            "date": "2025-04-01",
            "area": subdistrict.pk,
            "category": "activities",
            "event": foreign.pk,
        },
    )
    assert response.status_code == 400
    assert "event" in response.json()["errors"]
