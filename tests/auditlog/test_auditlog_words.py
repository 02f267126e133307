"""The audit log read as words: who, the object by its name with the page that shows it, and the reason."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kepu.demo.factories import EventFactory, FundingRecordFactory, UserFactory
from kepu.events.models import EventReport, EventStatus
from kepu.events.services import report_review
from kepu.funding.services import funding_delete
from kepu.places.models import Organization
from kepu.places.services import membership_add, membership_remove

pytestmark = pytest.mark.django_db


@pytest.fixture
def returned_report(organization, organizer, staff):
    staff.name = "王小梅"
    staff.save(update_fields=["name"])
    starts = timezone.now() - timedelta(days=3)
    event = EventFactory(
        organization=organization,
        title="垃圾分类讲座",
        status=EventStatus.REPORTED,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    EventReport.objects.create(event=event, walk_ins=5, attendance=5, submitted_at=timezone.now())
    report_review(event=event, by=staff, accept=False, comment="缺少签到表")
    return event


def entries(client) -> list[dict]:
    response = client.get("/api/v1/audit/")
    assert response.status_code == 200
    return response.json()["results"]


def test_a_returned_report_reads_with_its_reviewer_event_and_comment(client_for, staff, returned_report):
    entry = entries(client_for(staff))[0]
    assert entry["actor_name"] == "王小梅"
    assert entry["target"] == {"kind": "event", "id": returned_report.pk, "name": "垃圾分类讲座"}
    assert entry["note"] == "缺少签到表"


def test_objects_that_are_gone_are_named_from_their_entries(
    client_for, staff, district_staff, organization, other_resident
):
    other_resident.name = "李四"
    other_resident.save(update_fields=["name"])
    membership = membership_add(organization=organization, user=other_resident, by=staff)
    membership_remove(membership=membership, by=staff)
    record = FundingRecordFactory(area=organization.area, purpose="科普画廊")
    funding_delete(record=record, by=staff)
    rows = entries(client_for(district_staff))
    removed = next(row for row in rows if row["action"].startswith("membership.remove"))
    assert removed["target"]["name"] == f"李四 · {organization.name}"
    assert removed["target"]["kind"] == "organization"
    deleted = next(row for row in rows if row["action"].startswith("funding.delete"))
    assert deleted["target"]["id"] is None


def test_the_actors_number_is_masked_when_they_have_no_name(client_for, staff, organization):
    nameless = UserFactory(phone="13912345678", name="")
    membership_add(organization=organization, user=UserFactory(phone="13912340000", name="赵"), by=nameless)
    entry = entries(client_for(staff))[0]
    assert entry["actor_name"] == "139****5678"
    assert entry["target"]["name"] == f"赵 · {organization.name}"


def test_a_page_of_words_costs_the_same_queries_for_few_or_many_entries(
    client_for, district_staff, organization, organizer, staff
):
    client = client_for(district_staff)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            entries(client)
        return len(captured)

    for index in range(2):
        FundingRecordFactory(area=organization.area, purpose=f"经费{index}")
        funding_delete(record=FundingRecordFactory(area=organization.area), by=staff)
    entries(client)
    few = queries()
    for index in range(8):
        event = EventFactory(organization=organization, title=f"讲座{index}", status=EventStatus.REPORTED)
        EventReport.objects.create(event=event, walk_ins=1, attendance=1, submitted_at=timezone.now())
        report_review(event=event, by=staff, accept=index % 2 == 0, comment="补充照片")
        funding_delete(record=FundingRecordFactory(area=organization.area), by=staff)
    assert queries() <= few + 2  # at most the event and report kinds the first page did not have


def test_a_returned_reports_change_reads_in_words_not_codes(client_for, staff, returned_report):
    entry = entries(client_for(staff))[0]
    assert entry["changes"]["status"] == {"old": "submitted", "new": "returned"}
    assert entry["changes_words"] == [{"field": "状态", "old": "待审核", "new": "已退回", "changed": True}]


def test_a_moved_organization_names_its_areas(client_for, staff, organization, community, subdistrict):
    from kepu.places.services import organization_update

    organization_update(organization=organization, by=staff, area=subdistrict, is_active=False)
    words = {row["field"]: row for row in entries(client_for(staff))[0]["changes_words"]}
    assert (words["区域"]["old"], words["区域"]["new"]) == (community.name, subdistrict.name)
    active = str(Organization._meta.get_field("is_active").verbose_name)
    assert (words[active]["old"], words[active]["new"]) == ("是", "否")
