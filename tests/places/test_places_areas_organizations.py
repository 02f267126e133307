"""Areas and organizations: public reads, staff writes within their subtree, organizer memberships."""

import pytest

from kepu.accounts.models import Role
from kepu.common.models import AuditEntry
from kepu.demo.factories import AreaFactory, EventFactory, OrganizationFactory, UserFactory
from kepu.places.models import Area, AreaLevel, Membership, Organization
from kepu.places.services import area_save

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.data
    return {row["id"] for row in response.data["results"]}


# --- areas -------------------------------------------------------------------------------------------


def test_anyone_lists_areas_with_tree_fields(api, district, subdistrict, community):
    response = api.get("/api/v1/areas/", {"parent": subdistrict.pk})
    assert ids(response) == {community.pk}
    row = response.data["results"][0]
    assert row["parent"] == subdistrict.pk
    assert row["level"] == "community"
    assert row["path"] == f"/{district.pk}/{subdistrict.pk}/{community.pk}/"
    assert row["setting"] == "community"
    assert api.get(f"/api/v1/areas/{district.pk}/").data["code"] == "150203"


def test_areas_filter_by_level_text_and_subtree(api, district, subdistrict, other_subdistrict, community):
    assert ids(api.get("/api/v1/areas/", {"level": "subdistrict"})) == {subdistrict.pk, other_subdistrict.pk}
    assert ids(api.get("/api/v1/areas/", {"q": "沼潭"})) == {other_subdistrict.pk}
    assert ids(api.get("/api/v1/areas/", {"q": "150203"})) == {district.pk}
    assert ids(api.get("/api/v1/areas/", {"within": subdistrict.pk})) == {subdistrict.pk, community.pk}


@pytest.mark.parametrize("value", ["abc", "-1", "99999999999999999999999"])
def test_a_malformed_area_filter_is_a_400(api, district, value):
    assert api.get("/api/v1/areas/", {"parent": value}).status_code == 400


def test_staff_add_a_community_under_their_subdistrict(client_for, staff, subdistrict):
    response = client_for(staff).post(
        "/api/v1/areas/",
        {
            "name": "新社区",
            "level": "community",
            "parent": subdistrict.pk,
            "code": "150203001099",
            "urban_rural_code": "111",
        },
    )
    assert response.status_code == 201, response.data
    area = Area.objects.get(pk=response.data["id"])
    assert area.path == f"{subdistrict.path}{area.pk}/"
    assert AuditEntry.objects.filter(action="area.created", target_id=str(area.pk), actor=staff).exists()


def test_staff_cannot_add_areas_outside_their_subtree(client_for, staff, other_subdistrict, district):
    client = client_for(staff)
    assert (
        client.post("/api/v1/areas/", {"name": "X", "level": "community", "parent": other_subdistrict.pk}).status_code
        == 403
    )
    assert (
        client.post("/api/v1/areas/", {"name": "X", "level": "subdistrict", "parent": district.pk}).status_code == 403
    )
    assert client.post("/api/v1/areas/", {"name": "新区", "level": "district"}).status_code == 403


@pytest.mark.parametrize("user_fixture", ["resident", "organizer"])
def test_residents_and_organizers_cannot_write_areas(request, client_for, user_fixture, subdistrict, community):
    client = client_for(request.getfixturevalue(user_fixture))
    assert (
        client.post("/api/v1/areas/", {"name": "X", "level": "community", "parent": subdistrict.pk}).status_code == 403
    )
    assert client.patch(f"/api/v1/areas/{community.pk}/", {"name": "Y"}).status_code == 403
    assert client.delete(f"/api/v1/areas/{community.pk}/").status_code == 403


def test_anonymous_cannot_write_areas(api, subdistrict):
    response = api.post("/api/v1/areas/", {"name": "X", "level": "community", "parent": subdistrict.pk})
    assert response.status_code in (401, 403)


def test_staff_of_another_subdistrict_may_see_but_not_change_an_area(client_for, other_staff, community):
    client = client_for(other_staff)
    assert client.get(f"/api/v1/areas/{community.pk}/").status_code == 200
    assert client.patch(f"/api/v1/areas/{community.pk}/", {"name": "改名"}).status_code == 403
    assert client.delete(f"/api/v1/areas/{community.pk}/").status_code == 403
    community.refresh_from_db()
    assert community.name == "少先路社区"


def test_district_staff_rename_any_area_and_the_change_is_audited(client_for, district_staff, community):
    response = client_for(district_staff).patch(f"/api/v1/areas/{community.pk}/", {"name": "少先路第一社区"})
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="area.updated", target_id=str(community.pk))
    assert entry.changes == {"name": {"old": "少先路社区", "new": "少先路第一社区"}}
    assert entry.actor == district_staff


def test_moving_an_area_rewrites_the_paths_of_its_whole_subtree(client_for, subdistrict, community):
    admin = UserFactory(phone="18900000000", role=Role.ADMIN, is_superuser=True, is_staff=True)
    other_district = AreaFactory(name="青山区", level=AreaLevel.DISTRICT, code="150204")
    response = client_for(admin).patch(f"/api/v1/areas/{subdistrict.pk}/", {"parent": other_district.pk})
    assert response.status_code == 200, response.data
    subdistrict.refresh_from_db()
    community.refresh_from_db()
    assert subdistrict.path == f"/{other_district.pk}/{subdistrict.pk}/"
    assert community.path == f"{subdistrict.path}{community.pk}/"


def test_staff_cannot_move_an_area_out_of_their_subtree(client_for, district_staff, subdistrict):
    other_district = AreaFactory(name="青山区", level=AreaLevel.DISTRICT, code="150204")
    response = client_for(district_staff).patch(f"/api/v1/areas/{subdistrict.pk}/", {"parent": other_district.pk})
    assert response.status_code == 403


def test_an_area_cannot_move_under_its_own_subtree(client_for, district_staff, district, subdistrict, community):
    response = client_for(district_staff).patch(f"/api/v1/areas/{subdistrict.pk}/", {"parent": community.pk})
    assert response.status_code == 400
    subdistrict.refresh_from_db()
    assert subdistrict.parent_id == district.pk
    assert subdistrict.path == f"/{district.pk}/{subdistrict.pk}/"


def test_area_save_refuses_a_cycle_even_when_levels_would_allow_it(district, subdistrict, community):
    from django.core.exceptions import ValidationError

    district.parent = community
    with pytest.raises(ValidationError) as excinfo:
        area_save(area=district)
    assert "parent" in excinfo.value.message_dict
    community.parent = community
    with pytest.raises(ValidationError):
        area_save(area=community)


def test_a_child_must_sit_below_its_parents_level(client_for, district_staff, community, district):
    client = client_for(district_staff)
    response = client.post("/api/v1/areas/", {"name": "X", "level": "subdistrict", "parent": community.pk})
    assert response.status_code == 400 and "level" in response.data["errors"]
    response = client.post("/api/v1/areas/", {"name": "X", "level": "community"})
    assert response.status_code in (400, 403)


def test_a_duplicate_name_under_the_same_parent_is_a_400(client_for, staff, subdistrict, community):
    response = client_for(staff).post(
        "/api/v1/areas/", {"name": community.name, "level": "community", "parent": subdistrict.pk}
    )
    assert response.status_code == 400


def test_a_bad_statistical_code_is_a_field_error(client_for, staff, subdistrict):
    response = client_for(staff).post(
        "/api/v1/areas/", {"name": "X", "level": "community", "parent": subdistrict.pk, "code": "12ab"}
    )
    assert response.status_code == 400
    assert "code" in response.data["errors"]


def test_an_area_in_use_cannot_be_deleted_but_an_empty_one_can(client_for, staff, subdistrict, community, organization):
    client = client_for(staff)
    assert client.delete(f"/api/v1/areas/{subdistrict.pk}/").status_code == 409
    assert client.delete(f"/api/v1/areas/{community.pk}/").status_code == 409
    empty = AreaFactory(name="空社区", level=AreaLevel.COMMUNITY, parent=subdistrict)
    assert client.delete(f"/api/v1/areas/{empty.pk}/").status_code == 204
    assert not Area.objects.filter(pk=empty.pk).exists()
    assert AuditEntry.objects.filter(action="area.deleted", target_id=str(empty.pk)).exists()


# --- organizations -----------------------------------------------------------------------------------


def test_anyone_lists_active_organizations_without_contacts(api, organization, other_organization):
    organization.contact_name, organization.contact_phone = "刘主任", "13912345678"
    organization.save()
    OrganizationFactory(name="已停用", area=organization.area, is_active=False)
    response = api.get("/api/v1/organizations/")
    assert ids(response) == {organization.pk, other_organization.pk}
    row = next(r for r in response.data["results"] if r["id"] == organization.pk)
    assert row["contact_name"] is None and row["contact_phone"] is None
    assert "13912345678" not in str(response.data)


def test_organizations_filter_by_setting_area_subtree_and_text(
    api, subdistrict, community, organization, other_organization
):
    school = OrganizationFactory(name="昆区第一小学", setting="school", area=subdistrict)
    assert ids(api.get("/api/v1/organizations/", {"setting": "school"})) == {school.pk}
    assert ids(api.get("/api/v1/organizations/", {"area": subdistrict.pk})) == {school.pk, organization.pk}
    assert ids(api.get("/api/v1/organizations/", {"area": community.pk})) == {organization.pk}
    assert ids(api.get("/api/v1/organizations/", {"q": "小学"})) == {school.pk}


def test_staff_see_contacts_and_inactive_organizations_of_their_subtree_only(
    client_for, staff, organization, other_organization
):
    organization.contact_phone = "13912345678"
    organization.is_active = False
    organization.save()
    other_organization.is_active = False
    other_organization.save()
    response = client_for(staff).get("/api/v1/organizations/")
    assert ids(response) == {organization.pk}
    assert response.data["results"][0]["contact_phone"] == "13912345678"
    assert client_for(staff).get(f"/api/v1/organizations/{other_organization.pk}/").status_code == 404


def test_staff_create_update_and_delete_organizations_in_their_subtree(client_for, staff, community):
    client = client_for(staff)
    response = client.post("/api/v1/organizations/", {"name": "包钢三中", "setting": "school", "area": community.pk})
    assert response.status_code == 201, response.data
    org_id = response.data["id"]
    assert (
        client.patch(f"/api/v1/organizations/{org_id}/", {"address": "钢铁大街 1 号"}).data["address"]
        == "钢铁大街 1 号"
    )
    assert client.delete(f"/api/v1/organizations/{org_id}/").status_code == 204
    actions = list(
        AuditEntry.objects.filter(target_id=str(org_id), target_type="places.organization")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["organization.created", "organization.updated", "organization.deleted"]


def test_staff_cannot_create_or_move_organizations_outside_their_subtree(
    client_for, staff, organization, other_community
):
    client = client_for(staff)
    assert (
        client.post(
            "/api/v1/organizations/", {"name": "X", "setting": "school", "area": other_community.pk}
        ).status_code
        == 403
    )
    assert client.patch(f"/api/v1/organizations/{organization.pk}/", {"area": other_community.pk}).status_code == 403
    organization.refresh_from_db()
    assert organization.area_id != other_community.pk


def test_staff_of_another_area_cannot_change_an_organization(client_for, other_staff, organization):
    client = client_for(other_staff)
    assert client.patch(f"/api/v1/organizations/{organization.pk}/", {"name": "改名"}).status_code == 403
    assert client.delete(f"/api/v1/organizations/{organization.pk}/").status_code == 403


@pytest.mark.parametrize("user_fixture", ["resident", "organizer"])
def test_residents_and_organizers_cannot_write_organizations(
    request, client_for, user_fixture, organization, community
):
    client = client_for(request.getfixturevalue(user_fixture))
    assert (
        client.post("/api/v1/organizations/", {"name": "X", "setting": "school", "area": community.pk}).status_code
        == 403
    )
    assert client.patch(f"/api/v1/organizations/{organization.pk}/", {"is_active": False}).status_code == 403
    organization.refresh_from_db()
    assert organization.is_active


def test_an_organization_with_events_is_deactivated_not_deleted(client_for, staff, organization):
    EventFactory(organization=organization)
    response = client_for(staff).delete(f"/api/v1/organizations/{organization.pk}/")
    assert response.status_code == 409
    assert Organization.objects.filter(pk=organization.pk).exists()


# --- members -----------------------------------------------------------------------------------------


def test_staff_add_a_resident_as_organizer_by_phone(client_for, staff, organization, resident):
    response = client_for(staff).post(f"/api/v1/organizations/{organization.pk}/members/", {"phone": resident.phone})
    assert response.status_code == 201, response.data
    assert response.data["phone"] == "138****0001"
    resident.refresh_from_db()
    assert resident.role == Role.ORGANIZER
    assert Membership.objects.filter(organization=organization, user=resident).exists()
    assert AuditEntry.objects.filter(action="membership.added", actor=staff).exists()


def test_adding_a_member_twice_or_an_unknown_phone_is_a_field_error(client_for, staff, organization, organizer):
    client = client_for(staff)
    assert (
        client.post(f"/api/v1/organizations/{organization.pk}/members/", {"phone": organizer.phone}).status_code == 400
    )
    response = client.post(f"/api/v1/organizations/{organization.pk}/members/", {"phone": "13512345678"})
    assert response.status_code == 400 and "phone" in response.data["errors"]
    assert client.post(f"/api/v1/organizations/{organization.pk}/members/", {"phone": staff.phone}).status_code == 400


def test_organizers_list_their_own_organizations_members_with_masked_phones(
    client_for, organizer, organization, other_organizer, other_organization
):
    colleague = UserFactory(phone="13912340000", role=Role.ORGANIZER)
    Membership.objects.create(organization=organization, user=colleague)
    response = client_for(organizer).get(f"/api/v1/organizations/{organization.pk}/members/")
    assert response.status_code == 200
    phones = {row["user"]: row["phone"] for row in response.data}
    assert phones == {organizer.pk: organizer.phone, colleague.pk: "139****0000"}
    assert client_for(organizer).get(f"/api/v1/organizations/{other_organization.pk}/members/").status_code == 403


def test_members_are_hidden_from_residents_anonymous_and_other_staff(
    api, client_for, resident, other_staff, organization, organizer
):
    url = f"/api/v1/organizations/{organization.pk}/members/"
    assert api.get(url).status_code in (401, 403)
    assert client_for(resident).get(url).status_code == 403
    assert client_for(other_staff).get(url).status_code == 403


def test_organizers_cannot_add_or_remove_members(client_for, organizer, organization, resident):
    client = client_for(organizer)
    assert (
        client.post(f"/api/v1/organizations/{organization.pk}/members/", {"phone": resident.phone}).status_code == 403
    )
    assert client.delete(f"/api/v1/organizations/{organization.pk}/members/{organizer.pk}/").status_code == 403


def test_removing_the_last_membership_makes_the_organizer_a_resident_again(client_for, staff, organization, organizer):
    response = client_for(staff).delete(f"/api/v1/organizations/{organization.pk}/members/{organizer.pk}/")
    assert response.status_code == 204
    organizer.refresh_from_db()
    assert organizer.role == Role.RESIDENT
    assert AuditEntry.objects.filter(action="membership.removed").exists()
    assert (
        client_for(staff).delete(f"/api/v1/organizations/{organization.pk}/members/{organizer.pk}/").status_code == 404
    )


def test_other_staff_cannot_remove_members(client_for, other_staff, organization, organizer):
    response = client_for(other_staff).delete(f"/api/v1/organizations/{organization.pk}/members/{organizer.pk}/")
    assert response.status_code == 403
    assert Membership.objects.filter(user=organizer).exists()


def test_an_area_cannot_take_a_level_that_would_not_sit_above_its_sub_areas(
    client_for, district_staff, subdistrict, community
):
    response = client_for(district_staff).patch(f"/api/v1/areas/{subdistrict.pk}/", {"level": "community"})
    assert response.status_code == 400
    assert "level" in response.data["errors"]
    subdistrict.refresh_from_db()
    assert subdistrict.level == "subdistrict"


def test_list_pages_take_a_constant_number_of_queries(client_for, staff, community, django_assert_max_num_queries):
    from kepu.demo.factories import PopulationFactory

    for n in range(30):
        OrganizationFactory(name=f"组织{n:02d}", area=community, contact_phone="13912345678")
        PopulationFactory(
            area=AreaFactory(name=f"社区{n:02d}", level=AreaLevel.COMMUNITY, parent=community.parent), year=2024
        )
    client = client_for(staff)
    for url in ("/api/v1/areas/", "/api/v1/organizations/", "/api/v1/population/"):
        with django_assert_max_num_queries(6):
            response = client.get(url, {"page_size": 50})
        assert response.status_code == 200
        assert len(response.data["results"]) >= 30
