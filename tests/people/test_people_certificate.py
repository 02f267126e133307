"""The certificate of volunteer service: a PDF per volunteer and year, read back as text."""

import io
from datetime import date

import pytest
from district_return import build
from pypdf import PdfReader

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization):
    return build(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text() for page in reader.pages).replace(" ", "").replace("\n", "")


def _volunteer_user(world, name):
    from kepu.people.models import Volunteer

    return Volunteer.objects.get(user__name=name).user


def test_the_certificate_lists_the_years_confirmed_hours_in_chinese(world, client_for):
    user = _volunteer_user(world, "志愿者一")  # 3.5 h at e1 (accepted) and 4.0 h at e2 (report waiting)

    response = client_for(user).get("/api/v1/volunteers/me/certificate/2025/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    text = _text(response.content)
    assert "志愿服务证明" in text
    assert "志愿者一" in text
    assert "2025-05-20" in text and "2025-09-16" in text
    assert "3.5" in text and "4.0" in text
    assert "累计服务7.5小时" in text
    assert f"KP-2025-{world.events['e1'].volunteer_signups.get(volunteer__user=user).volunteer_id:06d}" in text


def test_hours_never_confirmed_and_other_years_stay_off(world, client_for):
    user = _volunteer_user(world, "志愿者二")  # 2.0 h at e1; checked in at e3 without confirmed hours

    text = _text(client_for(user).get("/api/v1/volunteers/me/certificate/2025/").content)

    assert "2025-05-20" in text
    assert "2025-10-10" not in text
    assert "累计服务2.0小时" in text


def test_a_year_without_confirmed_service_has_no_certificate(world, client_for, resident):
    user = _volunteer_user(world, "志愿者一")

    assert client_for(user).get("/api/v1/volunteers/me/certificate/2024/").status_code == 404
    assert client_for(user).get("/api/v1/volunteers/me/certificate/99999/").status_code == 404
    assert client_for(resident).get("/api/v1/volunteers/me/certificate/2025/").status_code == 404
    assert client_for(None).get("/api/v1/volunteers/me/certificate/2025/").status_code in (401, 403)


def test_the_certificate_speaks_english_to_an_english_reader(world, client_for):
    user = _volunteer_user(world, "志愿者一")

    response = client_for(user).get("/api/v1/volunteers/me/certificate/2025/", HTTP_ACCEPT_LANGUAGE="en")

    text = _text(response.content)
    assert "Certificateofvolunteerservice" in text
    assert date(2025, 5, 20).isoformat() in text
