"""The reference data's permission boundary as one matrix: route × role → status.

The objects live in the community of ``subdistrict``: its staff and the district's staff manage them,
the other subdistrict's staff do not; organizers see their own organization's members only.
"""

import pytest
from role_matrix import DENIED, ROLES, assert_answer

from kepu.demo.factories import PopulationFactory

pytestmark = pytest.mark.django_db


# route name -> expected status per role (same order as ROLES); DENIED means 401 or 403.
MATRIX = {
    "area list": [200, 200, 200, 200, 200, 200, 200],
    "area detail": [200, 200, 200, 200, 200, 200, 200],
    "area rename": [DENIED, DENIED, DENIED, DENIED, 200, DENIED, 200],
    "organization list": [200, 200, 200, 200, 200, 200, 200],
    "organization rename": [DENIED, DENIED, DENIED, DENIED, 200, DENIED, 200],
    "member list": [DENIED, DENIED, 200, DENIED, 200, DENIED, 200],
    "member add": [DENIED, DENIED, DENIED, DENIED, 201, DENIED, 201],
    "population list": [DENIED, DENIED, DENIED, DENIED, 200, 200, 200],
    "population detail": [DENIED, DENIED, DENIED, DENIED, 200, 404, 200],
    "population change": [DENIED, DENIED, DENIED, DENIED, 200, 404, 200],
    "population import": [DENIED, DENIED, DENIED, DENIED, 200, 400, 200],
    "population import preview": [DENIED, DENIED, DENIED, DENIED, 200, 200, 200],
    "population template": [DENIED, DENIED, DENIED, DENIED, 200, 200, 200],
    "population years": [DENIED, DENIED, DENIED, DENIED, 200, 200, 200],
    "population years of an area": [DENIED, DENIED, DENIED, DENIED, 200, 404, 200],
}


def _request(client, route: str, *, community, organization, figure, newcomer):
    import io

    csv_file = io.BytesIO(f"area_name,year,residents\n{community.name},2030,1234\n".encode())
    csv_file.name = "population.csv"
    return {
        "area list": lambda: client.get("/api/v1/areas/"),
        "area detail": lambda: client.get(f"/api/v1/areas/{community.pk}/"),
        "area rename": lambda: client.patch(f"/api/v1/areas/{community.pk}/", {"name": "新名字社区"}),
        "organization list": lambda: client.get("/api/v1/organizations/"),
        "organization rename": lambda: client.patch(f"/api/v1/organizations/{organization.pk}/", {"name": "新名字"}),
        "member list": lambda: client.get(f"/api/v1/organizations/{organization.pk}/members/"),
        "member add": lambda: client.post(
            f"/api/v1/organizations/{organization.pk}/members/", {"phone": newcomer.phone}
        ),
        "population list": lambda: client.get("/api/v1/population/"),
        "population detail": lambda: client.get(f"/api/v1/population/{figure.pk}/"),
        "population change": lambda: client.patch(f"/api/v1/population/{figure.pk}/", {"residents": 8001}),
        "population import": lambda: client.post("/api/v1/population/import/", {"file": csv_file}, format="multipart"),
        "population import preview": lambda: client.post(
            "/api/v1/population/import/preview/", {"file": csv_file}, format="multipart"
        ),
        "population template": lambda: client.get("/api/v1/population/import/template/?format=csv&year=2030"),
        "population years": lambda: client.get("/api/v1/population/years/?year=2030"),
        "population years of an area": lambda: client.get(f"/api/v1/population/years/?year=2030&within={community.pk}"),
    }[route]()


@pytest.mark.parametrize("route", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_reference_data_permission_matrix(
    request, client_for, role, route, community, organization, organizer, other_organizer
):
    figure = PopulationFactory(area=community, year=2024, residents=8000)
    newcomer = request.getfixturevalue("other_resident")
    user = None if role == "anonymous" else request.getfixturevalue(role)
    response = _request(
        client_for(user), route, community=community, organization=organization, figure=figure, newcomer=newcomer
    )
    assert_answer(response, MATRIX[route][ROLES.index(role)], role=role, route=route)


def test_the_other_subdistricts_staff_see_no_figures_of_this_one(client_for, other_staff, community):
    PopulationFactory(area=community, year=2024, residents=8000)
    assert client_for(other_staff).get("/api/v1/population/").data["count"] == 0
