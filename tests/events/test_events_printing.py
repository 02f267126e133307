"""Posters, share pictures and sign-in sheets read back as a person (or their phone) would read them."""

import io

import pytest
import zxingcpp
from django.utils import timezone
from events_builders import make_event, register
from PIL import Image
from pypdf import PdfReader

from kepu.demo.factories import UserFactory
from kepu.events.models import Audience, EventStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def lecture(organization):
    event = make_event(
        organization,
        title="老年人防范电信诈骗讲座",
        address="少先路社区活动中心二楼",
        capacity=40,
        description="民警讲解常见骗局，现场答疑。",
    )
    event.audiences.set(Audience.objects.filter(key__in=["elderly", "urban_residents"]))
    return event


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def qr_values(picture: Image.Image) -> list[str]:
    return [(code.text, code.format.name) for code in zxingcpp.read_barcodes(picture)]


def test_the_poster_is_an_a4_pdf_with_the_events_facts_in_chinese_and_a_qr_to_its_page(client_for, lecture):
    response = client_for(None).get(f"/api/v1/events/{lecture.pk}/poster.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = pdf_text(response.content)
    for expected in (
        "老年人防范电信诈骗讲座",
        "少先路社区活动中心二楼",
        "老年人",
        "城镇居民",
        "少先路社区居委会",
        "科普讲座",
    ):
        assert expected in text, expected
    start = timezone.localtime(lecture.starts_at)
    assert start.strftime("%Y-%m-%d") in text and start.strftime("%H:%M") in text
    image = next(iter(reader.pages[0].images)).image
    assert qr_values(image) == [(f"http://testserver/events/{lecture.pk}", "QRCode")]


def test_the_share_picture_is_a_png_whose_qr_a_phone_reads(client_for, lecture):
    response = client_for(None).get(f"/api/v1/events/{lecture.pk}/share.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    picture = Image.open(io.BytesIO(response.content))
    assert picture.size == (1080, 1440)
    assert qr_values(picture) == [(f"http://testserver/events/{lecture.pk}", "QRCode")]


def test_posters_of_unpublished_events_are_for_their_organizers_only(
    client_for, organizer, other_organizer, organization
):
    draft = make_event(organization, status=EventStatus.DRAFT)
    assert client_for(None).get(f"/api/v1/events/{draft.pk}/poster.pdf").status_code == 404
    assert client_for(other_organizer).get(f"/api/v1/events/{draft.pk}/share.png").status_code == 404
    assert client_for(organizer).get(f"/api/v1/events/{draft.pk}/poster.pdf").status_code == 200


def test_the_sign_in_sheet_lists_confirmed_people_masked_with_room_to_sign(client_for, organizer, lecture):
    register(lecture, UserFactory(name="王小梅", phone="13611110001"), companions=2)
    register(lecture, UserFactory(name="李建国", phone="13611110002"))
    register(lecture, UserFactory(name="赵候补", phone="13611110003"), status="waitlisted")

    response = client_for(organizer).get(f"/api/v1/events/{lecture.pk}/sign-in-sheet.pdf")

    assert response.status_code == 200
    text = pdf_text(response.content)
    for expected in ("签到表", "老年人防范电信诈骗讲座", "王*梅", "李*国", "136****0001", "签名", "2 条已确认报名"):
        assert expected in text, expected
    # Full names and numbers stay off paper, and the waiting list has no seat to sign for.
    for hidden in ("王小梅", "李建国", "13611110001", "赵*补"):
        assert hidden not in text, hidden


def test_only_the_events_organizers_print_its_sign_in_sheet(client_for, other_organizer, resident, staff, lecture):
    url = f"/api/v1/events/{lecture.pk}/sign-in-sheet.pdf"
    for user in (other_organizer, resident, staff):
        assert client_for(user).get(url).status_code == 403
    assert client_for(None).get(url).status_code in (401, 403)


def test_posters_speak_english_when_asked(client_for, lecture):
    response = client_for(None).get(f"/api/v1/events/{lecture.pk}/poster.pdf", HTTP_ACCEPT_LANGUAGE="en")
    text = pdf_text(response.content)
    assert "Scan to see the event and sign up" in text
    assert "Seniors" in text or "Elderly" in text
