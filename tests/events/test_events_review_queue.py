"""The staff review queues hold only the reviewer's own subtree, filter and search, and decide in batches."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kepu.common.models import AuditEntry
from kepu.demo.factories import EventFactory
from kepu.events.models import EventReport, EventStatus, ReportStatus

pytestmark = pytest.mark.django_db


def reported(
    organization,
    *,
    title,
    days_ago=5,
    status=ReportStatus.SUBMITTED,
    filed_days_ago=1,
    **fields,
):
    starts = timezone.now() - timedelta(days=days_ago)
    event = EventFactory(
        organization=organization,
        title=title,
        status=EventStatus.REPORTED,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        **fields,
    )
    EventReport.objects.create(
        event=event,
        status=status,
        walk_ins=20,
        attendance=20,
        submitted_at=timezone.now() - timedelta(days=filed_days_ago),
    )
    return event


@pytest.fixture
def reports(organization, other_organization):
    return {
        "mine": reported(organization, title="少先路垃圾分类讲座", filed_days_ago=3),
        "mine_later": reported(
            organization,
            title="少先路防诈骗展览",
            activity_type="exhibition",
            filed_days_ago=1,
        ),
        "mine_accepted": reported(organization, title="少先路已通过", status=ReportStatus.ACCEPTED),
        "other": reported(other_organization, title="沼潭社区节水讲座"),
    }


def titles(response) -> list[str]:
    assert response.status_code == 200, response.data
    return [row["title"] for row in response.data["results"]]


def test_subdistrict_staff_see_only_their_subtrees_reports_waiting_longest_first(client_for, staff, reports):
    response = client_for(staff).get("/api/v1/events/reports/")
    assert titles(response) == ["少先路垃圾分类讲座", "少先路防诈骗展览"]
    card = response.data["results"][0]
    assert card["report"]["attendance"] == 20 and card["report"]["status"] == "submitted"
    assert card["area"]["name"] == "少先路社区" and card["organization"]["name"] == "少先路社区居委会"


def test_district_staff_see_every_subdistricts_reports(client_for, district_staff, reports):
    response = client_for(district_staff).get("/api/v1/events/reports/")
    assert set(titles(response)) == {
        "少先路垃圾分类讲座",
        "少先路防诈骗展览",
        "沼潭社区节水讲座",
    }


def test_every_card_of_the_queue_opens_its_report_for_the_reviewer(client_for, staff, reports):
    client = client_for(staff)
    for row in client.get("/api/v1/events/reports/").data["results"]:
        assert client.get(f"/api/v1/events/{row['id']}/report/").status_code == 200


def test_a_report_outside_the_reviewers_area_is_refused_in_the_reviewers_terms(client_for, staff, reports):
    response = client_for(staff).get(f"/api/v1/events/{reports['other'].pk}/report/")
    assert response.status_code == 403
    assert "不在您负责的区域内" in response.data["detail"]


def test_the_queue_filters_by_type_status_area_search_and_waiting_time(client_for, staff, reports, community):
    client = client_for(staff)
    assert titles(client.get("/api/v1/events/reports/?activity_type=exhibition")) == ["少先路防诈骗展览"]
    assert titles(client.get("/api/v1/events/reports/?q=垃圾")) == ["少先路垃圾分类讲座"]
    assert titles(client.get("/api/v1/events/reports/?q=居委会")) == [
        "少先路垃圾分类讲座",
        "少先路防诈骗展览",
    ]
    two_days_ago = (timezone.localdate() - timedelta(days=2)).isoformat()
    assert titles(client.get(f"/api/v1/events/reports/?waiting_since={two_days_ago}")) == ["少先路垃圾分类讲座"]
    assert titles(client.get("/api/v1/events/reports/?status=accepted")) == ["少先路已通过"]
    assert len(titles(client.get("/api/v1/events/reports/?status=accepted&status=submitted"))) == 3
    assert len(titles(client.get(f"/api/v1/events/reports/?area={community.pk}"))) == 2


def test_bad_filters_are_400_with_the_field_named(client_for, staff, reports):
    response = client_for(staff).get("/api/v1/events/reports/?status=lost&waiting_since=yesterday")
    assert response.status_code == 400
    assert {"status", "waiting_since"} <= set(response.data["errors"])


def test_residents_and_organizers_have_no_queue(client_for, resident, organizer, reports):
    for user in (resident, organizer):
        assert client_for(user).get("/api/v1/events/reports/").status_code == 403


def test_a_batch_accepts_every_report_it_names_and_audits_each(client_for, staff, reports):
    ids = [reports["mine"].pk, reports["mine_later"].pk]
    response = client_for(staff).post("/api/v1/events/reports/accept/", {"events": ids}, format="json")
    assert response.status_code == 200, response.data
    assert response.data["events"] == sorted(ids)
    assert set(EventReport.objects.filter(event_id__in=ids).values_list("status", flat=True)) == {"accepted"}
    assert AuditEntry.objects.filter(action="report.accepted").count() == 2


def test_a_batch_naming_a_report_outside_the_queue_changes_nothing(client_for, staff, reports):
    ids = [reports["mine"].pk, reports["other"].pk]
    response = client_for(staff).post("/api/v1/events/reports/accept/", {"events": ids}, format="json")
    assert response.status_code == 400
    assert f"#{reports['other'].pk}" in response.data["errors"]["events"][0]
    assert EventReport.objects.get(event=reports["mine"]).status == ReportStatus.SUBMITTED


def test_a_batch_with_a_report_decided_meanwhile_is_refused_whole(client_for, staff, reports):
    ids = [reports["mine"].pk, reports["mine_accepted"].pk]
    response = client_for(staff).post("/api/v1/events/reports/accept/", {"events": ids}, format="json")
    assert response.status_code == 409
    assert "少先路已通过" in response.data["detail"]
    assert EventReport.objects.get(event=reports["mine"]).status == ReportStatus.SUBMITTED
    assert not AuditEntry.objects.filter(action="report.accepted").exists()


def test_the_approval_queue_holds_the_subtrees_submitted_events_and_approves_in_a_batch(
    client_for, staff, organization, other_organization
):
    now = timezone.now()
    first = EventFactory(
        organization=organization,
        title="先提交",
        status="submitted",
        submitted_at=now - timedelta(days=2),
    )
    second = EventFactory(organization=organization, title="后提交", status="submitted", submitted_at=now)
    EventFactory(
        organization=other_organization,
        title="别处的",
        status="submitted",
        submitted_at=now,
    )
    client = client_for(staff)
    assert titles(client.get("/api/v1/events/approvals/")) == ["先提交", "后提交"]
    response = client.post("/api/v1/events/approve/", {"events": [second.pk, first.pk]}, format="json")
    assert response.status_code == 200, response.data
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (EventStatus.APPROVED, EventStatus.APPROVED)
    assert titles(client.get("/api/v1/events/approvals/")) == []


def test_a_batch_must_name_events(client_for, staff):
    client = client_for(staff)
    for body in (
        {},
        {"events": []},
        {"events": ["x"]},
        {"events": [1], "decision": "accept"},
    ):
        response = client.post("/api/v1/events/approve/", body, format="json")
        assert response.status_code == 400, body
