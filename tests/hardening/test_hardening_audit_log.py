"""The audit log through the API: changes leave entries, and only the right staff can read them."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kepu.common.audit import audit_record
from kepu.common.models import AuditEntry
from kepu.demo.factories import EventFactory, FundingRecordFactory, PopulationFactory
from kepu.events.models import EventStatus

pytestmark = pytest.mark.django_db
URL = "/api/v1/audit/"


def _entries(client, query=""):
    response = client.get(URL + query)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def _changes_in_my_subdistrict(client_for, organization, community, organizer, staff):
    start = timezone.now() + timedelta(days=10)
    created = client_for(organizer).post(
        "/api/v1/events/",
        {
            "title": "审计讲座",
            "activity_type": "lecture",
            "organization": organization.pk,
            "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=2)).isoformat(),
            "capacity": 30,
            "audiences": ["youth"],
        },
    )
    assert created.status_code == 201, created.content
    event_id = created.json()["id"]
    assert client_for(organizer).post(f"/api/v1/events/{event_id}/submit/").status_code == 200
    assert client_for(staff).post(f"/api/v1/events/{event_id}/approve/").status_code == 200
    funding = client_for(staff).post(
        "/api/v1/funding/",
        {"amount": "1200.00", "date": timezone.localdate().isoformat(), "area": community.pk, "source": "donation"},
    )
    assert funding.status_code == 201, funding.content
    population = client_for(staff).post("/api/v1/population/", {"area": community.pk, "year": 2030, "residents": 4321})
    assert population.status_code == 201, population.content
    return event_id, funding.json()["id"], population.json()["id"]


def test_event_funding_and_population_changes_are_visible_to_the_staff_of_their_area(
    client_for, organization, community, organizer, staff, other_staff, district_staff
):
    event_id, funding_id, population_id = _changes_in_my_subdistrict(
        client_for, organization, community, organizer, staff
    )
    seen = {(e["target_type"], e["target_id"], e["action"]) for e in _entries(client_for(staff))}
    assert ("events.event", str(event_id), "event.approved") in seen
    assert ("events.event", str(event_id), "event.submitted") in seen
    assert ("funding.fundingrecord", str(funding_id), "funding.created") in seen
    assert ("places.population", str(population_id), "population.created") in seen
    assert {(t, i, a) for t, i, a in seen} <= {
        (e["target_type"], e["target_id"], e["action"]) for e in _entries(client_for(district_staff))
    }
    theirs = {(e["target_type"], e["target_id"]) for e in _entries(client_for(other_staff))}
    assert theirs, "other staff see the changes in their own subdistrict (its areas were created)"
    assert {(t, i) for t, i, _a in seen if t != "places.area"}.isdisjoint(theirs)
    assert {t for t, _i in theirs} == {"places.area"}


def test_entries_name_the_actor_with_a_masked_phone_and_the_old_and_new_values(client_for, community, staff):
    record = FundingRecordFactory(area=community, amount=Decimal("100.00"))
    response = client_for(staff).patch(f"/api/v1/funding/{record.pk}/", {"amount": "250.00"})
    assert response.status_code == 200, response.content
    [entry] = _entries(client_for(staff), f"?target_type=funding.fundingrecord&target_id={record.pk}")
    assert entry["action"] == "funding.updated"
    assert entry["actor"] == {"id": staff.pk, "name": staff.name, "phone": "137****0001"}
    assert entry["changes"]["amount"] == {"old": "100.00", "new": "250.00"}
    assert entry["created_at"]


def test_residents_and_organizers_cannot_read_the_audit_log(client_for, resident, organizer):
    assert client_for(None).get(URL).status_code in (401, 403)
    assert client_for(resident).get(URL).status_code == 403
    assert client_for(organizer).get(URL).status_code == 403


def test_the_log_filters_by_actor_action_target_and_date(client_for, community, other_community, staff, district_staff):
    mine = PopulationFactory(area=community, year=2028, residents=100)
    theirs = PopulationFactory(area=other_community, year=2028, residents=100)
    audit_record(actor=staff, action="population.updated", target=mine, changes={"residents": (100, 120)})
    audit_record(actor=district_staff, action="population.updated", target=theirs, changes={"residents": (100, 90)})
    audit_record(actor=staff, action="population.deleted", target=mine, changes={})
    client = client_for(district_staff)
    assert {e["target_id"] for e in _entries(client, f"?actor={staff.pk}")} == {str(mine.pk)}
    assert [e["action"] for e in _entries(client, "?action=population.deleted")] == ["population.deleted"]
    by_target = _entries(client, f"?target_type=places.population&target_id={theirs.pk}")
    assert [e["actor"]["id"] for e in by_target] == [district_staff.pk]
    old = audit_record(actor=staff, action="population.updated", target=mine, changes={})
    AuditEntry.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3))
    today = timezone.localdate()
    population = "target_type=places.population"
    assert len(_entries(client, f"?{population}&date_from={today.isoformat()}&date_to={today.isoformat()}")) == 3
    earlier = _entries(client, f"?{population}&date_to={(today - timedelta(days=1)).isoformat()}")
    assert [e["id"] for e in earlier] == [old.pk]
    assert _entries(client, f"?date_from={(today + timedelta(days=1)).isoformat()}") == []
    assert client.get(URL + "?date_from=yesterday").status_code == 400
    assert client.get(URL + "?actor=abc").status_code == 400


def test_phone_numbers_inside_recorded_changes_are_masked(client_for, community, staff):
    population = PopulationFactory(area=community, year=2027, residents=100)
    audit_record(actor=staff, action="population.updated", target=population, changes={"source": "报告人 13912345678"})
    [entry] = _entries(client_for(staff), f"?target_id={population.pk}&target_type=places.population")
    assert entry["changes"]["source"] == "报告人 139****5678"


def test_a_page_of_the_scoped_log_costs_a_constant_number_of_queries(
    client_for, organization, other_organization, staff
):
    def page_queries(size):
        client = client_for(staff)
        with CaptureQueriesContext(connection) as queries:
            entries = _entries(client, f"?target_type=events.event&page_size={size}")
        return len(queries), len(entries)

    for index in range(12):
        event = EventFactory(organization=organization if index % 2 else other_organization, status=EventStatus.DRAFT)
        audit_record(actor=staff, action="event.updated", target=event, changes={"title": ("a", "b")})
    small, small_rows = page_queries(2)
    large, large_rows = page_queries(50)
    assert (small_rows, large_rows) == (2, 6)
    assert small == large
