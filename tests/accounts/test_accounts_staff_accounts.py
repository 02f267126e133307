"""Administrators keep the association staff accounts and their areas from the web app."""

import pytest

from kepu.accounts.models import Role, User
from kepu.common.models import AuditEntry
from kepu.demo.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(db):
    return UserFactory(phone="18900000000", name="管理员", role=Role.ADMIN, is_staff=True, is_superuser=True)


def test_an_administrator_lists_staff_with_their_areas(client_for, administrator, staff, other_staff, district_staff):
    rows = client_for(administrator).get("/api/v1/staff-accounts/").json()["results"]
    assert {row["name"]: row["staff_area"]["name"] for row in rows} == {
        "区科协": "昆都仑区",
        "科协甲": "少先路街道",
        "科协乙": "沼潭街道",
    }
    assert all("****" in row["phone"] for row in rows)


def test_a_new_staff_account_is_created_and_can_sign_in_scoped_to_its_area(client_for, api, administrator, subdistrict):
    response = client_for(administrator).post(
        "/api/v1/staff-accounts/",
        {"phone": "135 0000 1111", "name": "王小梅", "staff_area": subdistrict.pk, "password": "Kepu-staff-2026"},
        format="json",
    )
    assert response.status_code == 201, response.data
    user = User.objects.get(phone="13500001111")
    assert (user.role, user.staff_area) == (Role.STAFF, subdistrict)
    assert api.post("/api/v1/auth/login/", {"phone": "13500001111", "password": "Kepu-staff-2026"}).status_code == 200
    assert AuditEntry.objects.filter(action="staff.appointed", target_id=str(user.pk), actor=administrator).exists()


def test_an_existing_resident_becomes_staff_but_an_organizer_does_not(
    client_for, administrator, resident, organizer, subdistrict
):
    client = client_for(administrator)
    promoted = client.post(
        "/api/v1/staff-accounts/",
        {"phone": resident.phone, "name": resident.name, "staff_area": subdistrict.pk},
        format="json",
    )
    assert promoted.status_code == 201, promoted.data
    resident.refresh_from_db()
    assert resident.role == Role.STAFF
    refused = client.post(
        "/api/v1/staff-accounts/",
        {"phone": organizer.phone, "name": organizer.name, "staff_area": subdistrict.pk},
        format="json",
    )
    assert refused.status_code == 400
    assert "phone" in refused.data["errors"]


def test_a_new_account_needs_a_password_good_enough(client_for, administrator, subdistrict):
    client = client_for(administrator)
    body = {"phone": "13500002222", "name": "李", "staff_area": subdistrict.pk}
    assert "password" in client.post("/api/v1/staff-accounts/", body, format="json").data["errors"]
    weak = client.post("/api/v1/staff-accounts/", {**body, "password": "123"}, format="json")
    assert weak.status_code == 400 and "password" in weak.data["errors"]
    assert not User.objects.filter(phone="13500002222").exists()


def test_an_administrator_moves_switches_off_and_revokes_a_staff_member(
    client_for, administrator, staff, other_subdistrict
):
    client = client_for(administrator)
    moved = client.patch(f"/api/v1/staff-accounts/{staff.pk}/", {"staff_area": other_subdistrict.pk}, format="json")
    assert moved.status_code == 200 and moved.data["staff_area"]["name"] == "沼潭街道"
    off = client.patch(f"/api/v1/staff-accounts/{staff.pk}/", {"is_active": False}, format="json")
    assert off.data["is_active"] is False
    assert client.delete(f"/api/v1/staff-accounts/{staff.pk}/").status_code == 204
    staff.refresh_from_db()
    assert (staff.role, staff.staff_area) == (Role.RESIDENT, None)
    assert client.get(f"/api/v1/staff-accounts/{staff.pk}/").status_code == 404
    actions = set(AuditEntry.objects.filter(target_id=str(staff.pk)).values_list("action", flat=True))
    assert {"staff.updated", "staff.revoked"} <= actions


def test_staff_and_everyone_else_cannot_manage_staff_accounts(client_for, staff, district_staff, resident):
    for user in (staff, district_staff, resident):
        client = client_for(user)
        assert client.get("/api/v1/staff-accounts/").status_code == 403
        assert client.patch(f"/api/v1/staff-accounts/{staff.pk}/", {"name": "x"}, format="json").status_code == 403


def test_the_django_admin_is_the_administrators_and_speaks_chinese(client, administrator, staff):
    client.force_login(administrator)
    page = client.get("/admin/").content.decode()
    assert "科普管理后台" in page
    assert "行政区划与组织" in page and "科普经费" in page
    client.force_login(staff)
    assert client.get("/admin/").status_code == 302
