"""Every lifecycle, sign-up, check-in, report and registrant endpoint × every role.

An object outside the caller's scope answers 404; one they can see but may not change, 403;
anonymous callers are refused (401 or 403, as the authentication in use answers).
"""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from events_builders import make_event, register
from PIL import Image

from kepu.events.models import EventStatus
from kepu.events.services import evidence_add, report_submit

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "resident", "other_resident", "organizer", "other_organizer", "staff", "other_staff")
DENY = "deny"


def _past(organization, status):
    start = timezone.now() - timedelta(days=1)
    return make_event(organization, status=status, starts_at=start, ends_at=start + timedelta(hours=2))


def _reported(w):
    event = _past(w["organization"], EventStatus.COMPLETED)
    report_submit(event=event, by=w["organizer"], walk_ins=[], materials=[], expenditure=0, summary="")
    return event


def _event_payload(organization):
    start = timezone.now() + timedelta(days=5)
    return {
        "title": "节能环保讲座",
        "activity_type": "lecture",
        "organization": organization.pk,
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=1)).isoformat(),
    }


def _retrospective_payload(organization):
    start = timezone.now() - timedelta(days=5)
    payload = _event_payload(organization)
    payload.update(starts_at=start.isoformat(), ends_at=(start + timedelta(hours=1)).isoformat(), report={})
    return payload


def _png_upload():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue())


def _evidence(w):
    event = _reported(w)
    item = evidence_add(event=event, by=w["organizer"], kind="photo", upload=_png_upload())
    return f"/api/v1/events/{event.pk}/report/evidence/{item.pk}/"


def _checked_in(w):
    from kepu.events.services import registration_check_in_manually

    return registration_check_in_manually(registration=w["registration"], by=w["organizer"])


def roles(**statuses):
    assert set(statuses) == set(ROLES)
    return statuses


# name: (build(w) -> (method, url, data, format), {role: expected status})
CASES = {
    "view draft event": (
        lambda w: ("get", f"/api/v1/events/{make_event(w['organization'], status='draft').pk}/", None, None),
        roles(
            anonymous=404,
            resident=404,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=200,
            other_staff=404,
        ),
    ),
    "draft calendar": (
        lambda w: (
            "get",
            f"/api/v1/events/{make_event(w['organization'], status='draft').pk}/calendar.ics",
            None,
            None,
        ),
        roles(
            anonymous=404,
            resident=404,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=200,
            other_staff=404,
        ),
    ),
    "create event": (
        lambda w: ("post", "/api/v1/events/", _event_payload(w["organization"]), "json"),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=201,
            other_organizer=400,
            staff=403,
            other_staff=403,
        ),
    ),
    "log retrospective event": (
        lambda w: ("post", "/api/v1/events/retrospective/", _retrospective_payload(w["organization"]), "json"),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=201,
            other_organizer=400,
            staff=403,
            other_staff=403,
        ),
    ),
    "edit published event": (
        lambda w: ("patch", f"/api/v1/events/{make_event(w['organization']).pk}/", {"title": "新"}, "json"),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "edit draft event": (
        lambda w: (
            "patch",
            f"/api/v1/events/{make_event(w['organization'], status='draft').pk}/",
            {"title": "新"},
            "json",
        ),
        roles(
            anonymous=DENY,
            resident=404,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=403,
            other_staff=404,
        ),
    ),
    "submit": (
        lambda w: ("post", f"/api/v1/events/{make_event(w['organization'], status='draft').pk}/submit/", None, None),
        roles(
            anonymous=DENY,
            resident=404,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=403,
            other_staff=404,
        ),
    ),
    "approve": (
        lambda w: (
            "post",
            f"/api/v1/events/{make_event(w['organization'], status='submitted').pk}/approve/",
            None,
            None,
        ),
        roles(
            anonymous=DENY,
            resident=404,
            other_resident=404,
            organizer=403,
            other_organizer=404,
            staff=200,
            other_staff=404,
        ),
    ),
    "reject": (
        lambda w: (
            "post",
            f"/api/v1/events/{make_event(w['organization'], status='submitted').pk}/reject/",
            {"reason": "不完整"},
            "json",
        ),
        roles(
            anonymous=DENY,
            resident=404,
            other_resident=404,
            organizer=403,
            other_organizer=404,
            staff=200,
            other_staff=404,
        ),
    ),
    "cancel": (
        lambda w: ("post", f"/api/v1/events/{make_event(w['organization']).pk}/cancel/", {"reason": "天气"}, "json"),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=200,
            other_staff=403,
        ),
    ),
    "complete": (
        lambda w: ("post", f"/api/v1/events/{_past(w['organization'], 'approved').pk}/complete/", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "mark large-scale": (
        lambda w: (
            "post",
            f"/api/v1/events/{_past(w['organization'], 'completed').pk}/large-scale/",
            {"marked": True},
            "json",
        ),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=403,
            other_organizer=403,
            staff=200,
            other_staff=403,
        ),
    ),
    "file report": (
        lambda w: (
            "post",
            f"/api/v1/events/{_past(w['organization'], 'completed').pk}/report/",
            {"walk_ins": [{"audience": "youth", "count": 3}]},
            "json",
        ),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=201,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "read report": (
        lambda w: ("get", f"/api/v1/events/{_reported(w).pk}/report/", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=200,
            other_staff=403,
        ),
    ),
    "review report": (
        lambda w: ("post", f"/api/v1/events/{_reported(w).pk}/report/review/", {"decision": "accept"}, "json"),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=403,
            other_organizer=403,
            staff=200,
            other_staff=403,
        ),
    ),
    "upload evidence": (
        lambda w: (
            "post",
            f"/api/v1/events/{_reported(w).pk}/report/evidence/",
            {"kind": "photo", "file": _png_upload()},
            "multipart",
        ),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=201,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "download evidence": (
        lambda w: ("get", _evidence(w), None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=200,
            other_staff=403,
        ),
    ),
    "sign up": (
        lambda w: ("post", f"/api/v1/events/{make_event(w['organization']).pk}/register/", {}, "json"),
        roles(
            anonymous=DENY,
            resident=201,
            other_resident=201,
            organizer=201,
            other_organizer=201,
            staff=201,
            other_staff=201,
        ),
    ),
    "sign up for a draft": (
        lambda w: ("post", f"/api/v1/events/{make_event(w['organization'], status='draft').pk}/register/", {}, "json"),
        roles(
            anonymous=DENY,
            resident=404,
            other_resident=404,
            organizer=409,
            other_organizer=404,
            staff=409,
            other_staff=404,
        ),
    ),
    "check in": (
        lambda w: (
            "post",
            f"/api/v1/events/{w['registration'].event_id}/check-in/",
            {"code": w["registration"].check_in_code},
            "json",
        ),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "check-in list": (
        lambda w: ("get", f"/api/v1/events/{w['registration'].event_id}/check-in-list/", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "check-in sync": (
        lambda w: (
            "post",
            f"/api/v1/events/{w['registration'].event_id}/check-ins/",
            {
                "device": "大门",
                "scans": [
                    {
                        "id": "6f1c1f0e-4c7e-4a39-9d7a-2f4b8f9e1a01",
                        "code": w["registration"].check_in_code,
                        "scanned_at": timezone.now().isoformat(),
                    }
                ],
            },
            "json",
        ),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "check in from the list": (
        lambda w: ("post", f"/api/v1/registrations/{w['registration'].pk}/check-in/", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=404,
            other_staff=404,
        ),
    ),
    "undo a check-in": (
        lambda w: ("post", f"/api/v1/registrations/{_checked_in(w).pk}/check-in/undo/", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=404,
            other_staff=404,
        ),
    ),
    "sign-in sheet": (
        lambda w: ("get", f"/api/v1/events/{w['registration'].event_id}/sign-in-sheet.pdf", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "registrants csv": (
        lambda w: ("get", f"/api/v1/events/{w['registration'].event_id}/registrants.csv", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=200,
            other_organizer=403,
            staff=403,
            other_staff=403,
        ),
    ),
    "registration detail": (
        lambda w: ("get", f"/api/v1/registrations/{w['registration'].pk}/", None, None),
        roles(
            anonymous=DENY,
            resident=200,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=404,
            other_staff=404,
        ),
    ),
    "cancel registration": (
        lambda w: ("post", f"/api/v1/registrations/{w['registration'].pk}/cancel/", None, None),
        roles(
            anonymous=DENY,
            resident=200,
            other_resident=404,
            organizer=200,
            other_organizer=404,
            staff=404,
            other_staff=404,
        ),
    ),
    "registration qr": (
        lambda w: ("get", f"/api/v1/registrations/{w['registration'].pk}/qr.svg", None, None),
        roles(
            anonymous=DENY,
            resident=200,
            other_resident=404,
            organizer=403,
            other_organizer=404,
            staff=404,
            other_staff=404,
        ),
    ),
    "approval queue": (
        lambda w: ("get", "/api/v1/events/approvals/", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=403,
            other_organizer=403,
            staff=200,
            other_staff=200,
        ),
    ),
    "approve a batch": (
        lambda w: (
            "post",
            "/api/v1/events/approve/",
            {"events": [make_event(w["organization"], status="submitted").pk]},
            "json",
        ),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=403,
            other_organizer=403,
            staff=200,
            other_staff=400,
        ),
    ),
    "report queue": (
        lambda w: ("get", "/api/v1/events/reports/", None, None),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=403,
            other_organizer=403,
            staff=200,
            other_staff=200,
        ),
    ),
    "accept a batch of reports": (
        lambda w: ("post", "/api/v1/events/reports/accept/", {"events": [_reported(w).pk]}, "json"),
        roles(
            anonymous=DENY,
            resident=403,
            other_resident=403,
            organizer=403,
            other_organizer=403,
            staff=200,
            other_staff=400,
        ),
    ),
    "registrations list": (
        lambda w: ("get", f"/api/v1/registrations/?event={w['registration'].event_id}", None, None),
        roles(
            anonymous=DENY,
            resident=200,
            other_resident=200,
            organizer=200,
            other_organizer=200,
            staff=200,
            other_staff=200,
        ),
    ),
}

# Whose rows each role sees in "registrations list": only the resident themself and the organizers.
SEES_REGISTRANT = {"resident", "organizer"}


@pytest.fixture
def world(organization, other_organization, resident, other_resident, organizer, other_organizer, staff, other_staff):
    # Starting within the hour: sign-up is still open and the door (two hours ahead) already is.
    starts = timezone.now() + timedelta(minutes=50)
    event = make_event(organization, starts_at=starts, ends_at=starts + timedelta(hours=2))
    return {
        "organization": organization,
        "organizer": organizer,
        "registration": register(event, resident),
        "users": {
            "anonymous": None,
            "resident": resident,
            "other_resident": other_resident,
            "organizer": organizer,
            "other_organizer": other_organizer,
            "staff": staff,
            "other_staff": other_staff,
        },
    }


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_role_is_allowed_or_refused_as_it_should_be(world, client_for, case):
    """One endpoint, every role; each call starts from the same state (a savepoint rolled back after it)."""
    build, expected = CASES[case]
    answers = {}
    for role in ROLES:
        with transaction.atomic():
            method, url, data, fmt = build(world)
            client = client_for(world["users"][role])
            call = getattr(client, method)
            response = call(url, data, format=fmt) if data is not None else call(url)
            answers[role] = response.status_code
            if case == "registrations list" and response.status_code == 200:
                rows = response.json()["results"]
                assert len(rows) == (1 if role in SEES_REGISTRANT else 0), (role, rows)
            transaction.set_rollback(True)
    wanted = {
        role: (DENY if status in (401, 403) and expected[role] == DENY else status) for role, status in answers.items()
    }
    assert wanted == expected


def test_the_matrix_covers_every_events_route():
    """A new route of the events app must get a row above."""
    from kepu.events import urls

    covered = {
        "event-detail",
        "event-calendar",
        "event-list",
        "event-retrospective",
        "event-approval-queue",
        "event-approve-batch",
        "event-report-queue",
        "event-report-accept-batch",
        "event-submit",
        "event-approve",
        "event-reject",
        "event-cancel",
        "event-complete",
        "event-large-scale",
        "event-report",
        "event-report-review",
        "event-evidence",
        "event-evidence-file",
        "event-register",
        "event-check-in",
        "event-check-in-list",
        "event-check-in-sync",
        "event-registrants-csv",
        "event-poster",
        "event-share-image",
        "event-sign-in-sheet",
        "registration-check-in",
        "registration-check-in-undo",
        "registration-detail",
        "registration-cancel",
        "registration-qr",
        "registration-list",
        "calendar-feed",
    }
    assert {pattern.name for pattern in urls.urlpatterns} == covered


def test_the_public_feed_and_list_are_open_to_everyone(client_for, world):
    for user in world["users"].values():
        client = client_for(user)
        assert client.get("/api/v1/events/").status_code == 200
        assert client.get("/api/v1/calendar.ics").status_code == 200


def test_mine_lists_nothing_for_residents_and_other_organizers(world, client_for):
    for role in ("resident", "other_organizer", "staff"):
        assert client_for(world["users"][role]).get("/api/v1/events/?mine=true").json()["results"] == [], role
