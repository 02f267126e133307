from datetime import date

import pytest

from kepu.common.models import AuditEntry
from kepu.demo.factories import DistributionFactory, EventFactory, MaterialFactory
from kepu.events.models import EventStatus
from kepu.materials.models import Distribution, Material

pytestmark = pytest.mark.django_db


@pytest.fixture
def material(db):
    return MaterialFactory(name="防诈骗手册")


def test_anyone_signed_in_reads_the_catalog_but_only_the_districts_staff_write(
    material, resident, organizer, staff, district_staff, client_for
):
    for user in (resident, organizer, staff, district_staff):
        response = client_for(user).get("/api/v1/materials/")
        assert response.status_code == 200
        assert [m["name"] for m in response.json()["results"]] == ["防诈骗手册"]
        expected = ["create", "change", "delete"] if user == district_staff else []
        assert response.json()["allowed_actions"] == expected
    assert client_for(None).get("/api/v1/materials/").status_code in (401, 403)
    payload = {"name": "垃圾分类挂图", "kind": "poster"}
    # A subdistrict's staff see the catalog but may not change what every subdistrict reports with.
    for user in (resident, organizer, staff):
        assert client_for(user).post("/api/v1/materials/", payload).status_code == 403
        assert client_for(user).patch(f"/api/v1/materials/{material.pk}/", {"name": "x"}).status_code == 403
        assert client_for(user).delete(f"/api/v1/materials/{material.pk}/").status_code == 403
    response = client_for(district_staff).post("/api/v1/materials/", payload)
    assert response.status_code == 201
    assert response.json()["unit"] == "份"
    assert AuditEntry.objects.filter(action="material.created", target_id=str(response.json()["id"])).exists()
    assert Material.objects.get(pk=material.pk).name == "防诈骗手册"


def test_staff_rename_and_deactivate_a_material_with_audit(material, district_staff, client_for):
    response = client_for(district_staff).patch(
        f"/api/v1/materials/{material.pk}/", {"name": "反诈手册", "is_active": False}
    )
    assert response.status_code == 200
    material.refresh_from_db()
    assert (material.name, material.is_active) == ("反诈手册", False)
    entry = AuditEntry.objects.get(action="material.updated")
    assert entry.changes["name"] == {"old": "防诈骗手册", "new": "反诈手册"}


def test_a_material_handed_out_cannot_be_deleted(material, district_staff, community, client_for):
    DistributionFactory(material=material, area=community)
    response = client_for(district_staff).delete(f"/api/v1/materials/{material.pk}/")
    assert response.status_code == 409
    unused = MaterialFactory()
    assert client_for(district_staff).delete(f"/api/v1/materials/{unused.pk}/").status_code == 204
    assert not Material.objects.filter(pk=unused.pk).exists()


def test_duplicate_material_name_is_a_400(material, district_staff, client_for):
    response = client_for(district_staff).post("/api/v1/materials/", {"name": "防诈骗手册", "kind": "brochure"})
    assert response.status_code == 400
    assert "name" in response.json()["errors"]


def test_staff_record_a_standalone_distribution_in_their_area(material, staff, community, client_for):
    payload = {
        "material": material.pk,
        "quantity": 200,
        "date": "2025-05-05",
        "area": community.pk,
        "channel": "door_to_door",
        "note": "入户发放",
    }
    response = client_for(staff).post("/api/v1/distributions/", payload)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["recorded_by"] == staff.pk
    assert body["area_name"] == community.name
    assert AuditEntry.objects.filter(action="distribution.created", actor=staff).exists()


def test_standalone_distribution_needs_a_non_event_channel(material, staff, community, client_for):
    payload = {"material": material.pk, "quantity": 10, "date": "2025-05-05", "area": community.pk, "channel": "event"}
    response = client_for(staff).post("/api/v1/distributions/", payload)
    assert response.status_code == 400
    assert "channel" in response.json()["errors"]


def test_standalone_without_area_or_event_is_a_400(material, staff, client_for):
    response = client_for(staff).post(
        "/api/v1/distributions/", {"material": material.pk, "quantity": 1, "date": "2025-05-05"}
    )
    assert response.status_code == 400
    assert "area" in response.json()["errors"]


def test_staff_cannot_record_outside_their_subtree(material, staff, other_community, client_for):
    payload = {
        "material": material.pk,
        "quantity": 10,
        "date": "2025-05-05",
        "area": other_community.pk,
        "channel": "bulletin_board",
    }
    response = client_for(staff).post("/api/v1/distributions/", payload)
    assert response.status_code == 400
    assert "area" in response.json()["errors"]


@pytest.mark.parametrize("quantity", [0, -5, "many"])
def test_quantity_must_be_a_positive_number(material, staff, community, client_for, quantity):
    payload = {
        "material": material.pk,
        "quantity": quantity,
        "date": "2025-05-05",
        "area": community.pk,
        "channel": "other",
    }
    response = client_for(staff).post("/api/v1/distributions/", payload)
    assert response.status_code == 400
    assert "quantity" in response.json()["errors"]


def test_organizer_records_materials_at_their_own_event(
    material, organizer, organization, other_organization, client_for
):
    event = EventFactory(organization=organization, status=EventStatus.COMPLETED)
    response = client_for(organizer).post(
        "/api/v1/distributions/", {"material": material.pk, "quantity": 80, "date": "2025-05-05", "event": event.pk}
    )
    assert response.status_code == 201, response.content
    distribution = Distribution.objects.get()
    assert (distribution.area_id, distribution.channel, distribution.recorded_by_id) == (
        event.area_id,
        "event",
        organizer.pk,
    )
    foreign = EventFactory(organization=other_organization, status=EventStatus.COMPLETED)
    response = client_for(organizer).post(
        "/api/v1/distributions/", {"material": material.pk, "quantity": 5, "date": "2025-05-05", "event": foreign.pk}
    )
    assert response.status_code == 400
    assert "event" in response.json()["errors"]


def test_organizer_cannot_record_standalone_distributions(material, organizer, community, client_for):
    payload = {
        "material": material.pk,
        "quantity": 10,
        "date": "2025-05-05",
        "area": community.pk,
        "channel": "door_to_door",
    }
    assert client_for(organizer).post("/api/v1/distributions/", payload).status_code == 400


def test_no_materials_for_a_draft_or_cancelled_event(material, organizer, organization, client_for):
    for status in (EventStatus.DRAFT, EventStatus.CANCELLED):
        event = EventFactory(organization=organization, status=status)
        response = client_for(organizer).post(
            "/api/v1/distributions/", {"material": material.pk, "quantity": 5, "date": "2025-05-05", "event": event.pk}
        )
        assert response.status_code == 400
        assert "event" in response.json()["errors"]


def test_inactive_material_cannot_be_handed_out(staff, community, client_for):
    old = MaterialFactory(is_active=False)
    payload = {"material": old.pk, "quantity": 5, "date": "2025-05-05", "area": community.pk, "channel": "other"}
    response = client_for(staff).post("/api/v1/distributions/", payload)
    assert response.status_code == 400
    assert "material" in response.json()["errors"]


def test_distribution_lists_are_scoped(
    material,
    staff,
    other_staff,
    district_staff,
    organizer,
    resident,
    community,
    other_community,
    organization,
    client_for,
):
    event = EventFactory(organization=organization, status=EventStatus.COMPLETED)
    at_event = DistributionFactory(material=material, area=community, event=event, channel="event")
    mine = DistributionFactory(material=material, area=community)
    theirs = DistributionFactory(material=material, area=other_community)

    def ids(user, **params):
        response = client_for(user).get("/api/v1/distributions/", params)
        assert response.status_code == 200
        return {d["id"] for d in response.json()["results"]}

    assert ids(staff) == {at_event.pk, mine.pk}
    assert ids(other_staff) == {theirs.pk}
    assert ids(district_staff) == {at_event.pk, mine.pk, theirs.pk}
    assert ids(organizer) == {at_event.pk}
    assert client_for(resident).get("/api/v1/distributions/").status_code == 403
    assert client_for(staff).get(f"/api/v1/distributions/{theirs.pk}/").status_code == 404
    assert ids(district_staff, area=community.pk) == {at_event.pk, mine.pk}
    assert ids(district_staff, channel="event") == {at_event.pk}


def test_update_and_delete_follow_the_scope(material, staff, other_staff, organizer, community, client_for):
    distribution = DistributionFactory(material=material, area=community, date=date(2025, 5, 5))
    assert (
        client_for(other_staff).patch(f"/api/v1/distributions/{distribution.pk}/", {"quantity": 1}).status_code == 404
    )
    response = client_for(staff).patch(f"/api/v1/distributions/{distribution.pk}/", {"quantity": 120})
    assert response.status_code == 200
    assert response.json()["quantity"] == 120
    entry = AuditEntry.objects.get(action="distribution.updated")
    assert entry.changes == {"quantity": {"old": 100, "new": 120}}
    assert client_for(organizer).delete(f"/api/v1/distributions/{distribution.pk}/").status_code == 404
    assert client_for(staff).delete(f"/api/v1/distributions/{distribution.pk}/").status_code == 204
    assert AuditEntry.objects.filter(action="distribution.deleted").exists()
