"""Population figures: staff-only, scoped to the staff member's subtree, and the CSV import."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kepu.common.models import AuditEntry
from kepu.demo.factories import AreaFactory, PopulationFactory
from kepu.places.models import AreaLevel, Population

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures(district, subdistrict, other_subdistrict, community):
    return {
        "district": PopulationFactory(area=district, year=2024, residents=787681),
        "subdistrict": PopulationFactory(area=subdistrict, year=2024, residents=52000),
        "other": PopulationFactory(area=other_subdistrict, year=2024, residents=61000),
        "community": PopulationFactory(area=community, year=2023, residents=8000),
    }


def ids(response) -> set[int]:
    assert response.status_code == 200, response.data
    return {row["id"] for row in response.data["results"]}


def test_staff_see_the_figures_of_their_subtree_only(client_for, staff, figures):
    assert ids(client_for(staff).get("/api/v1/population/")) == {figures["subdistrict"].pk, figures["community"].pk}


def test_district_staff_see_everything_and_filter_by_area_and_year(client_for, district_staff, figures, subdistrict):
    client = client_for(district_staff)
    assert len(ids(client.get("/api/v1/population/"))) == 4
    assert ids(client.get("/api/v1/population/", {"year": 2024, "level": "subdistrict"})) == {
        figures["subdistrict"].pk,
        figures["other"].pk,
    }
    assert ids(client.get("/api/v1/population/", {"area": subdistrict.pk})) == {figures["subdistrict"].pk}
    assert ids(client.get("/api/v1/population/", {"within": subdistrict.pk})) == {
        figures["subdistrict"].pk,
        figures["community"].pk,
    }


@pytest.mark.parametrize("user_fixture", ["resident", "organizer"])
def test_population_is_not_for_residents_or_organizers(request, client_for, user_fixture, figures, community):
    client = client_for(request.getfixturevalue(user_fixture))
    assert client.get("/api/v1/population/").status_code == 403
    assert client.get(f"/api/v1/population/{figures['community'].pk}/").status_code == 403
    assert client.post("/api/v1/population/", {"area": community.pk, "year": 2024, "residents": 1}).status_code == 403


def test_anonymous_cannot_read_population(api, figures):
    assert api.get("/api/v1/population/").status_code in (401, 403)


def test_a_figure_outside_the_staff_subtree_is_a_404(client_for, staff, figures):
    client = client_for(staff)
    other = figures["other"]
    assert client.get(f"/api/v1/population/{other.pk}/").status_code == 404
    assert client.patch(f"/api/v1/population/{other.pk}/", {"residents": 1}).status_code == 404
    assert client.delete(f"/api/v1/population/{other.pk}/").status_code == 404
    other.refresh_from_db()
    assert other.residents == 61000


def test_staff_record_change_and_delete_a_figure_with_an_audit_trail(client_for, staff, community):
    client = client_for(staff)
    response = client.post(
        "/api/v1/population/", {"area": community.pk, "year": 2024, "residents": 8100, "source": "街道办"}
    )
    assert response.status_code == 201, response.data
    pk = response.data["id"]
    assert client.patch(f"/api/v1/population/{pk}/", {"residents": 8150}).data["residents"] == 8150
    assert client.delete(f"/api/v1/population/{pk}/").status_code == 204
    entries = AuditEntry.objects.filter(target_type="places.population", target_id=str(pk)).order_by("id")
    assert [e.action for e in entries] == ["population.created", "population.updated", "population.deleted"]
    assert entries[1].changes == {"residents": {"old": 8100, "new": 8150}}
    assert all(e.actor == staff for e in entries)


def test_staff_cannot_record_figures_outside_their_subtree(client_for, staff, other_community, figures):
    client = client_for(staff)
    response = client.post("/api/v1/population/", {"area": other_community.pk, "year": 2024, "residents": 1})
    assert response.status_code == 403
    response = client.patch(f"/api/v1/population/{figures['community'].pk}/", {"area": other_community.pk})
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"year": 1800, "residents": 1}, "year"),
        ({"year": 2024, "residents": -5}, "residents"),
        ({"year": "二〇二四", "residents": 1}, "year"),
    ],
)
def test_bad_figures_are_field_errors(client_for, staff, community, payload, field):
    response = client_for(staff).post("/api/v1/population/", {"area": community.pk, **payload})
    assert response.status_code == 400
    assert field in response.data["errors"]


def test_a_second_figure_for_the_same_area_and_year_is_refused(client_for, staff, figures, community):
    response = client_for(staff).post("/api/v1/population/", {"area": community.pk, "year": 2023, "residents": 1})
    assert response.status_code == 400
    assert Population.objects.filter(area=community, year=2023).count() == 1


# --- CSV import --------------------------------------------------------------------------------------


def upload(client, text: str | bytes, encoding: str = "utf-8"):
    data = text.encode(encoding) if isinstance(text, str) else text
    return client.post(
        "/api/v1/population/import/",
        {"file": SimpleUploadedFile("population.csv", data, content_type="text/csv")},
        format="multipart",
    )


@pytest.fixture
def coded_community(subdistrict):
    return AreaFactory(name="光辉社区", level=AreaLevel.COMMUNITY, parent=subdistrict, code="150203001001")


def test_import_by_code_and_by_name_with_parent(client_for, staff, subdistrict, community, coded_community):
    csv_text = (
        "area_code,area_name,parent_name,year,residents,source\n"
        '150203001001,,,2024,"9,120",街道办\n'
        f",{community.name},{subdistrict.name},2024,8000,\n"
        f",{subdistrict.name},,2024,52000,七普\n"
    )
    response = upload(client_for(staff), csv_text)
    assert response.status_code == 200, response.data
    assert (response.data["created"], response.data["updated"], response.data["lines"]) == (3, 0, [])
    assert Population.objects.get(area=coded_community, year=2024).residents == 9120
    assert Population.objects.get(area=community, year=2024).residents == 8000
    assert AuditEntry.objects.filter(action="population.imported").count() == 3


def test_import_replaces_an_existing_figure_and_counts_unchanged_ones(client_for, staff, community):
    PopulationFactory(area=community, year=2024, residents=7000)
    PopulationFactory(area=community, year=2023, residents=6900)
    client = client_for(staff)
    csv_text = f"area_name,year,residents\n{community.name},2024,7100\n{community.name},2023,6900\n"
    response = upload(client, csv_text)
    assert (response.data["created"], response.data["updated"], response.data["unchanged"]) == (0, 1, 1)
    assert Population.objects.get(area=community, year=2024).residents == 7100


def test_import_reads_gbk_files_with_chinese_headers(client_for, staff, community, subdistrict):
    csv_text = f"名称,上级,年份,常住人口\r\n{community.name},{subdistrict.name},2024,8000\r\n"
    response = upload(client_for(staff), csv_text, encoding="gbk")
    assert response.status_code == 200, response.data
    assert Population.objects.get(area=community, year=2024).residents == 8000


def test_import_reads_utf8_with_the_bom_excel_writes(client_for, staff, community):
    response = upload(client_for(staff), f"\ufeffarea_name,year,residents\n{community.name},2024,8000\n")
    assert response.status_code == 200, response.data


def test_bad_lines_are_reported_by_line_number_and_nothing_is_imported(
    client_for, staff, community, other_community, coded_community
):
    csv_text = (
        "area_code,area_name,year,residents\n"
        f",{community.name},2024,8000\n"  # line 2: fine
        ",不存在的社区,2024,100\n"  # line 3: unknown area
        f",{community.name},1800,abc\n"  # line 4: bad year and residents
        f",{other_community.name},2024,100\n"  # line 5: outside the staff's area
        "1.50203E+11,,2024,100\n"  # line 6: code mangled by a spreadsheet
        "\n"
        f",{community.name},2024,8100\n"  # line 8: repeats line 2
    )
    response = upload(client_for(staff), csv_text)
    assert response.status_code == 400
    lines = {line["line"]: line["errors"] for line in response.data["lines"]}
    assert set(lines) == {3, 4, 5, 6, 8}
    assert set(lines[4]) == {"year", "residents"}
    assert "area_name" in lines[3] and "area_name" in lines[5] and "area_code" in lines[6]
    assert "2" in lines[8]["year"][0]
    assert "5" in response.data["detail"]
    assert response.data["errors"]["line 4: year"]
    assert Population.objects.count() == 0
    assert not AuditEntry.objects.filter(action="population.imported").exists()


def test_an_ambiguous_area_name_asks_for_the_parent(client_for, district_staff, subdistrict, other_subdistrict):
    AreaFactory(name="幸福社区", level=AreaLevel.COMMUNITY, parent=subdistrict)
    AreaFactory(name="幸福社区", level=AreaLevel.COMMUNITY, parent=other_subdistrict)
    client = client_for(district_staff)
    response = upload(client, "area_name,year,residents\n幸福社区,2024,100\n")
    assert response.status_code == 400
    assert "parent_name" in response.data["lines"][0]["errors"]["area_name"][0]
    response = upload(client, f"area_name,parent_name,year,residents\n幸福社区,{other_subdistrict.name},2024,100\n")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe\x00\x00garbage\x00\x00",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
        b"year,residents\n2024,100\n",
        b"foo,bar\n1,2\n",
        b"area_name,year,residents\n",
        b'area_name,year,residents\n"unterminated,2024,1\n',
        bytes(range(256)) * 4,
    ],
)
def test_any_unusable_file_is_a_400_never_a_500(client_for, staff, content):
    response = upload(client_for(staff), content)
    assert response.status_code == 400, response.content
    assert response.data["detail"]


def test_import_without_a_file_is_a_field_error(client_for, staff):
    response = client_for(staff).post("/api/v1/population/import/", {}, format="multipart")
    assert response.status_code == 400
    assert "file" in response.data["errors"]


def test_import_is_for_staff_only(client_for, organizer, community):
    response = upload(client_for(organizer), f"area_name,year,residents\n{community.name},2024,1\n")
    assert response.status_code == 403


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_import_reads_tab_separated_unicode_text_as_excel_exports_it(client_for, staff, community, encoding):
    text = f"名称\t年份\t常住人口\r\n{community.name}\t2024\t8000\r\n"
    response = upload(client_for(staff), text, encoding=encoding)
    assert response.status_code == 200, response.data
    assert Population.objects.get(area=community, year=2024).residents == 8000
