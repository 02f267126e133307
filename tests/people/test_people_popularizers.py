"""Popularizers are kept per organization by its organizers and by the staff covering its area."""

import pytest

from kepu.common.models import AuditEntry
from kepu.demo.factories import PopularizerFactory

pytestmark = pytest.mark.django_db


def _body(organization, **fields):
    return {"organization": organization.pk, "name": "刘老师", "kind": "part_time", "gender": "female", **fields}


def test_an_organizer_adds_a_part_time_docent_with_a_workload(client_for, organizer, organization):
    response = client_for(organizer).post(
        "/api/v1/popularizers/", _body(organization, docent=True, qualified=True, work_months="2.5")
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["kind_label"], body["work_months"], body["area"]["id"]) == ("兼职", "2.5", organization.area_id)
    assert AuditEntry.objects.filter(action="popularizer.created", target_id=str(body["id"])).exists()


def test_a_full_time_popularizer_has_no_part_time_workload(client_for, organizer, organization):
    response = client_for(organizer).post(
        "/api/v1/popularizers/", _body(organization, kind="full_time", work_months="3")
    )
    assert response.status_code == 400
    assert "work_months" in response.json()["errors"]


def test_service_cannot_end_before_it_starts(client_for, staff, organization):
    response = client_for(staff).post(
        "/api/v1/popularizers/", _body(organization, started_on="2025-05-01", ended_on="2025-01-01")
    )
    assert response.status_code == 400


def test_others_neither_see_nor_add_an_organizations_popularizers(
    client_for, organization, other_organizer, other_staff, resident
):
    popularizer = PopularizerFactory(organization=organization)

    for user in (other_organizer, other_staff, resident):
        client = client_for(user)
        assert client.get(f"/api/v1/popularizers/{popularizer.pk}/").status_code == 404
        assert client.get("/api/v1/popularizers/").json()["results"] == []
        assert client.post("/api/v1/popularizers/", _body(organization)).status_code == 403


def test_staff_record_the_end_of_service_and_filter_the_current_ones(client_for, staff, organization):
    leaving, staying = PopularizerFactory(organization=organization), PopularizerFactory(organization=organization)
    client = client_for(staff)

    changed = client.patch(f"/api/v1/popularizers/{leaving.pk}/", {"ended_on": "2026-06-30"})
    current = client.get("/api/v1/popularizers/", {"current": "true"}).json()["results"]

    assert changed.status_code == 200 and changed.json()["ended_on"] == "2026-06-30"
    assert [row["id"] for row in current] == [staying.pk]
