"""Every API route of the URL resolver × every role × every method: nobody gets a 2xx they should not.

A route added without an entry in ``POLICY`` fails ``test_every_route_has_a_policy``, so new endpoints
cannot slip in unreviewed. For list endpoints the entry also names who may see the probe object in
the results, so a list that answers 200 but leaks other people's rows fails too.
"""

import itertools
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from sms_outbox import last_code, registration_fields

from kepu.accounts.phone_codes import phone_code_send
from kepu.common.audit import audit_record
from kepu.demo.factories import (
    DistributionFactory,
    EventFactory,
    FundingRecordFactory,
    MaterialFactory,
    PopularizerFactory,
    PopulationFactory,
    RegistrationFactory,
    UserFactory,
    VenueFactory,
    VolunteerRoleFactory,
)
from kepu.events.models import EventReport, EventStatus, Evidence, ReportStatus
from kepu.funding.models import FundingAttachment, Target
from kepu.notifications.models import Notification
from kepu.people.models import Volunteer, VolunteerSignup
from kepu.venues.models import GalleryRefresh, VenueKind

ROLES = ["anon", "resident", "other_resident", "organizer", "other_organizer", "staff", "other_staff"]
SIGNED_IN = set(ROLES) - {"anon"}
EVERYONE = set(ROLES)
STAFF = {"staff"}
BOTH_STAFF = {"staff", "other_staff"}
ORGANIZER = {"organizer"}
OWNER = {"resident"}
NOBODY: set[str] = set()  # administrators only: no role of the matrix (tests/accounts cover administrators)
HTTP_METHODS = ["get", "post", "put", "patch", "delete"]
NEWCOMERS = itertools.count()  # a fresh number for each sign-up the matrix tries
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x04\x00\x00\x00\x04\x08\x02\x00\x00\x00&\x93\t)\x00\x00"
    b"\x00\x14IDATx\x9cc<!'\xc7\x00\x03L\x0cH\x007\x07\x004v\x01\x0c\xafj\xb9\xb5\x00\x00\x00\x00IEND\xaeB`\x82"
)


@dataclass
class Rule:
    allowed: set[str]
    body: object = None
    fmt: str = "json"


@dataclass
class Route:
    kwargs: object = None  # world -> path kwargs
    methods: dict[str, Rule] = field(default_factory=dict)
    query: str = ""
    # for lists: (world -> probe id, roles that may see it)
    sees: tuple | None = None


@pytest.fixture(autouse=True)
def _recorded_sms(sms_outbox):
    """Codes are read from the messages the app sends."""


def _code(phone: str, purpose: str) -> str:
    phone_code_send(phone=phone, purpose=purpose)
    return last_code(phone)


def _event_body(w):
    start = timezone.now() + timedelta(days=20)
    return {
        "title": "矩阵测试讲座",
        "activity_type": "lecture",
        "organization": w.organization.pk,
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=2)).isoformat(),
        "capacity": 30,
        "audiences": ["youth"],
    }


def _retro_body(w):
    start = timezone.now() - timedelta(days=3)
    body = {**_event_body(w), "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=2)).isoformat()}
    del body["capacity"]
    body["report"] = {"walk_ins": [{"audience": "general_public", "count": 40}], "summary": "补录的活动"}
    return body


def _funding_csv_body(w):
    content = f"日期,金额,区划代码,来源\n2030-01-05,100,{w.community.code},捐赠\n".encode()
    return {"file": ContentFile(content, name="funding.csv")}


def _pdf_body(w):
    return {"file": ContentFile(b"%PDF-1.4\n%%EOF\n", name="notice.pdf")}


def _csv_body(w):
    content = f"area_code,year,residents\n{w.community.code},2030,5000\n".encode()
    return {"file": ContentFile(content, name="population.csv")}


POLICY: dict[str, Route] = {
    "auth-csrf": Route(methods={"get": Rule(EVERYONE)}),
    "auth-privacy-policy": Route(methods={"get": Rule(EVERYONE)}),
    "auth-sms-code": Route(methods={"post": Rule(EVERYONE, lambda w: {"phone": "13512345679", "purpose": "register"})}),
    "auth-register": Route(
        methods={
            "post": Rule(
                EVERYONE,
                lambda w: registration_fields(
                    f"135123456{next(NEWCOMERS):02d}", name="新居民", password="Kepu-matrix-2026"
                ),
            )
        }
    ),
    "auth-login-sms": Route(
        methods={
            "post": Rule(EVERYONE, lambda w: {"phone": w.resident.phone, "code": _code(w.resident.phone, "login")})
        }
    ),
    "auth-password-reset": Route(
        methods={
            "post": Rule(
                EVERYONE,
                lambda w: {
                    "phone": w.resident.phone,
                    "code": _code(w.resident.phone, "reset"),
                    "new_password": "Kepu-matrix-2026",
                },
            )
        }
    ),
    "auth-login": Route(
        methods={"post": Rule(EVERYONE, lambda w: {"phone": w.resident.phone, "password": "kepu-pass-123"})}
    ),
    "auth-logout": Route(methods={"post": Rule(EVERYONE)}),
    "auth-token": Route(
        methods={"post": Rule(EVERYONE, lambda w: {"phone": w.resident.phone, "password": "kepu-pass-123"})}
    ),
    "auth-me": Route(
        methods={
            "get": Rule(SIGNED_IN),
            "patch": Rule(SIGNED_IN, lambda w: {"name": "改名"}),
            "delete": Rule(SIGNED_IN, lambda w: {"password": "kepu-pass-123"}),
        }
    ),
    "auth-me-password": Route(
        methods={"post": Rule(SIGNED_IN, lambda w: {"old_password": "kepu-pass-123", "new_password": "Kepu-new-2026!"})}
    ),
    "auth-me-export": Route(methods={"get": Rule(SIGNED_IN)}),
    "area-list": Route(
        methods={
            "get": Rule(EVERYONE),
            "post": Rule(STAFF, lambda w: {"name": "新社区", "level": "community", "parent": w.subdistrict.pk}),
        }
    ),
    "area-detail": Route(
        kwargs=lambda w: {"pk": w.community.pk},
        methods={"get": Rule(EVERYONE), "patch": Rule(STAFF, lambda w: {"name": "改名社区"}), "delete": Rule(STAFF)},
    ),
    "organization-list": Route(
        methods={
            "get": Rule(EVERYONE),
            "post": Rule(STAFF, lambda w: {"name": "新学校", "setting": "school", "area": w.community.pk}),
        }
    ),
    "organization-detail": Route(
        kwargs=lambda w: {"pk": w.organization.pk},
        methods={"get": Rule(EVERYONE), "patch": Rule(STAFF, lambda w: {"address": "新地址"}), "delete": Rule(STAFF)},
    ),
    "organization-members": Route(
        kwargs=lambda w: {"pk": w.organization.pk},
        methods={"get": Rule(STAFF | ORGANIZER), "post": Rule(STAFF, lambda w: {"phone": w.other_resident.phone})},
    ),
    "organization-remove-member": Route(
        kwargs=lambda w: {"pk": w.organization.pk, "user_id": w.organizer.pk}, methods={"delete": Rule(STAFF)}
    ),
    "population-list": Route(
        methods={
            "get": Rule(BOTH_STAFF),
            "post": Rule(STAFF, lambda w: {"area": w.community.pk, "year": 2031, "residents": 4000}),
        },
        sees=(lambda w: w.population.pk, STAFF),
    ),
    "population-import-csv": Route(methods={"post": Rule(STAFF, _csv_body, fmt="multipart")}),
    # A preview writes nothing: other staff may check a file too (its lines outside their area are errors).
    "population-import-preview": Route(methods={"post": Rule(BOTH_STAFF, _csv_body, fmt="multipart")}),
    "population-import-template": Route(methods={"get": Rule(BOTH_STAFF)}),
    "population-years": Route(methods={"get": Rule(BOTH_STAFF)}),
    "population-detail": Route(
        kwargs=lambda w: {"pk": w.population.pk},
        methods={"get": Rule(STAFF), "patch": Rule(STAFF, lambda w: {"residents": 4100}), "delete": Rule(STAFF)},
    ),
    "event-list": Route(
        methods={"get": Rule(EVERYONE), "post": Rule(ORGANIZER, _event_body)},
        sees=(lambda w: w.draft.pk, STAFF | ORGANIZER),
        query="?mine=true&status=draft",
    ),
    "event-retrospective": Route(methods={"post": Rule(ORGANIZER, _retro_body)}),
    "event-approval-queue": Route(methods={"get": Rule(BOTH_STAFF)}, sees=(lambda w: w.submitted.pk, STAFF)),
    "event-approve-batch": Route(methods={"post": Rule(STAFF, lambda w: {"events": [w.submitted.pk]})}),
    "event-report-queue": Route(methods={"get": Rule(BOTH_STAFF)}, sees=(lambda w: w.done.pk, STAFF)),
    "event-report-accept-batch": Route(methods={"post": Rule(STAFF, lambda w: {"events": [w.done.pk]})}),
    "event-detail": Route(
        kwargs=lambda w: {"pk": w.draft.pk},
        methods={"get": Rule(STAFF | ORGANIZER), "patch": Rule(ORGANIZER, lambda w: {"title": "改过的标题"})},
    ),
    "event-submit": Route(kwargs=lambda w: {"pk": w.draft.pk}, methods={"post": Rule(ORGANIZER)}),
    "event-approve": Route(kwargs=lambda w: {"pk": w.submitted.pk}, methods={"post": Rule(STAFF)}),
    "event-reject": Route(
        kwargs=lambda w: {"pk": w.submitted.pk}, methods={"post": Rule(STAFF, lambda w: {"reason": "资料不全"})}
    ),
    "event-cancel": Route(
        kwargs=lambda w: {"pk": w.open.pk}, methods={"post": Rule(STAFF | ORGANIZER, lambda w: {"reason": "天气原因"})}
    ),
    "event-complete": Route(kwargs=lambda w: {"pk": w.ended.pk}, methods={"post": Rule(STAFF | ORGANIZER)}),
    "event-large-scale": Route(
        kwargs=lambda w: {"pk": w.done.pk}, methods={"post": Rule(STAFF, lambda w: {"marked": True})}
    ),
    "event-report": Route(
        kwargs=lambda w: {"pk": w.done.pk},
        methods={
            "get": Rule(STAFF | ORGANIZER),
            "post": Rule(ORGANIZER, lambda w: {"walk_ins": [{"audience": "youth", "count": 5}], "summary": "顺利"}),
        },
    ),
    "event-report-review": Route(
        kwargs=lambda w: {"pk": w.done.pk},
        methods={"post": Rule(STAFF, lambda w: {"decision": "return", "comment": "补充照片"})},
    ),
    "event-evidence": Route(
        kwargs=lambda w: {"pk": w.done.pk},
        methods={
            "post": Rule(
                ORGANIZER, lambda w: {"kind": "photo", "file": ContentFile(PNG, name="p.png")}, fmt="multipart"
            )
        },
    ),
    "event-evidence-file": Route(
        kwargs=lambda w: {"pk": w.done.pk, "evidence_id": w.evidence.pk}, methods={"get": Rule(STAFF | ORGANIZER)}
    ),
    "event-register": Route(
        kwargs=lambda w: {"pk": w.open.pk}, methods={"post": Rule(SIGNED_IN, lambda w: {"companions": 0})}
    ),
    "event-check-in": Route(
        kwargs=lambda w: {"pk": w.open.pk},
        methods={"post": Rule(ORGANIZER, lambda w: {"code": w.registration.check_in_code})},
    ),
    "event-check-in-list": Route(kwargs=lambda w: {"pk": w.open.pk}, methods={"get": Rule(ORGANIZER)}),
    "event-check-in-sync": Route(
        kwargs=lambda w: {"pk": w.open.pk},
        methods={
            "post": Rule(
                ORGANIZER,
                lambda w: {
                    "device": "大门",
                    "scans": [
                        {
                            "id": "0b8d6a52-4d0c-4c1e-8a55-8f0d1c7e2b10",
                            "code": w.registration.check_in_code,
                            "scanned_at": timezone.now().isoformat(),
                        }
                    ],
                },
            )
        },
    ),
    "registration-check-in": Route(kwargs=lambda w: {"pk": w.registration.pk}, methods={"post": Rule(ORGANIZER)}),
    "registration-check-in-undo": Route(kwargs=lambda w: {"pk": w.checked_in.pk}, methods={"post": Rule(ORGANIZER)}),
    "event-poster": Route(kwargs=lambda w: {"pk": w.open.pk}, methods={"get": Rule(EVERYONE)}),
    "event-share-image": Route(kwargs=lambda w: {"pk": w.open.pk}, methods={"get": Rule(EVERYONE)}),
    "event-sign-in-sheet": Route(kwargs=lambda w: {"pk": w.open.pk}, methods={"get": Rule(ORGANIZER)}),
    "event-registrants-csv": Route(kwargs=lambda w: {"pk": w.open.pk}, methods={"get": Rule(ORGANIZER)}),
    "event-calendar": Route(kwargs=lambda w: {"pk": w.open.pk}, methods={"get": Rule(EVERYONE)}),
    "calendar-feed": Route(methods={"get": Rule(EVERYONE)}),
    "registration-list": Route(
        methods={"get": Rule(SIGNED_IN)},
        sees=(lambda w: w.registration.pk, OWNER | ORGANIZER),
        query="",
    ),
    "registration-detail": Route(kwargs=lambda w: {"pk": w.registration.pk}, methods={"get": Rule(OWNER | ORGANIZER)}),
    "registration-cancel": Route(kwargs=lambda w: {"pk": w.registration.pk}, methods={"post": Rule(OWNER | ORGANIZER)}),
    "registration-qr": Route(kwargs=lambda w: {"pk": w.registration.pk}, methods={"get": Rule(OWNER)}),
    "material-list": Route(
        methods={"get": Rule(SIGNED_IN), "post": Rule(BOTH_STAFF, lambda w: {"name": "新手册", "kind": "brochure"})}
    ),
    "material-detail": Route(
        kwargs=lambda w: {"pk": w.material.pk},
        methods={
            "get": Rule(SIGNED_IN),
            "put": Rule(BOTH_STAFF, lambda w: {"name": "改名手册", "kind": "booklet"}),
            "patch": Rule(BOTH_STAFF, lambda w: {"unit": "本"}),
            "delete": Rule(BOTH_STAFF),
        },
    ),
    "distribution-list": Route(
        methods={
            "get": Rule(SIGNED_IN - {"resident", "other_resident"}),
            "post": Rule(
                STAFF,
                lambda w: {
                    "material": w.material.pk,
                    "quantity": 20,
                    "date": timezone.localdate().isoformat(),
                    "area": w.community.pk,
                    "channel": "door_to_door",
                },
            ),
        },
        sees=(lambda w: w.distribution.pk, STAFF),
    ),
    "distribution-detail": Route(
        kwargs=lambda w: {"pk": w.distribution.pk},
        methods={
            "get": Rule(STAFF),
            "put": Rule(
                STAFF,
                lambda w: {
                    "material": w.material.pk,
                    "quantity": 30,
                    "date": timezone.localdate().isoformat(),
                    "area": w.community.pk,
                    "channel": "door_to_door",
                },
            ),
            "patch": Rule(STAFF, lambda w: {"quantity": 25}),
            "delete": Rule(STAFF),
        },
    ),
    "funding-list": Route(
        methods={
            "get": Rule(BOTH_STAFF),
            "post": Rule(
                STAFF,
                lambda w: {
                    "amount": "1000.00",
                    "date": timezone.localdate().isoformat(),
                    "area": w.community.pk,
                    "source": "donation",
                },
            ),
        },
        sees=(lambda w: w.funding.pk, STAFF),
    ),
    "funding-detail": Route(
        kwargs=lambda w: {"pk": w.funding.pk},
        methods={
            "get": Rule(STAFF),
            "put": Rule(
                STAFF,
                lambda w: {
                    "amount": "2000.00",
                    "date": timezone.localdate().isoformat(),
                    "area": w.community.pk,
                    "source": "donation",
                },
            ),
            "patch": Rule(STAFF, lambda w: {"purpose": "科普画廊"}),
            "delete": Rule(STAFF),
        },
    ),
    "funding-totals": Route(methods={"get": Rule(BOTH_STAFF)}),
    "funding-export": Route(methods={"get": Rule(BOTH_STAFF)}),
    "funding-import-preview": Route(methods={"post": Rule(BOTH_STAFF, _funding_csv_body, fmt="multipart")}),
    "funding-import-file": Route(methods={"post": Rule(STAFF, _funding_csv_body, fmt="multipart")}),
    "funding-attachments": Route(
        kwargs=lambda w: {"pk": w.funding.pk}, methods={"post": Rule(STAFF, _pdf_body, fmt="multipart")}
    ),
    "funding-attachment": Route(
        kwargs=lambda w: {"pk": w.funding.pk, "attachment_id": w.attachment.pk},
        methods={"get": Rule(STAFF), "delete": Rule(STAFF)},
    ),
    "target-list": Route(
        methods={"get": Rule(BOTH_STAFF), "post": Rule(STAFF, lambda w: {"area": w.community.pk, "year": 2032})},
        sees=(lambda w: w.target.pk, STAFF),
    ),
    "target-progress": Route(methods={"get": Rule(BOTH_STAFF)}, sees=(lambda w: w.target.pk, STAFF)),
    "target-detail": Route(
        kwargs=lambda w: {"pk": w.target.pk},
        methods={
            "get": Rule(STAFF),
            "put": Rule(STAFF, lambda w: {"area": w.community.pk, "year": w.target.year, "per_capita_funding": "2.00"}),
            "patch": Rule(STAFF, lambda w: {"events": 12}),
            "delete": Rule(STAFF),
        },
    ),
    "stats-summary": Route(methods={"get": Rule(BOTH_STAFF)}),
    "stats-timeseries": Route(methods={"get": Rule(BOTH_STAFF)}),
    "stats-breakdown": Route(methods={"get": Rule(BOTH_STAFF)}, query="?by=setting"),
    "stats-per-capita": Route(methods={"get": Rule(BOTH_STAFF)}),
    "stats-scorecard": Route(methods={"get": Rule(BOTH_STAFF)}),
    "stats-public": Route(methods={"get": Rule(EVERYONE)}),
    "choice-catalogue": Route(methods={"get": Rule(EVERYONE)}),
    "stats-export": Route(methods={"get": Rule(BOTH_STAFF)}, query="?format=csv"),
    "reports-annual": Route(kwargs=lambda w: {"year": timezone.localdate().year}, methods={"get": Rule(BOTH_STAFF)}),
    "reports-annual-tables": Route(
        kwargs=lambda w: {"year": timezone.localdate().year}, methods={"get": Rule(BOTH_STAFF)}
    ),
    "notification-list": Route(methods={"get": Rule(SIGNED_IN)}, sees=(lambda w: w.notification.pk, OWNER)),
    "notification-unread-count": Route(methods={"get": Rule(SIGNED_IN)}),
    "notification-read-all": Route(methods={"post": Rule(SIGNED_IN)}),
    "notification-failed": Route(methods={"get": Rule(BOTH_STAFF)}),
    "notification-read": Route(kwargs=lambda w: {"pk": w.notification.pk}, methods={"post": Rule(OWNER)}),
    "audit-log": Route(methods={"get": Rule(BOTH_STAFF)}, sees=(lambda w: w.audit_entry.pk, STAFF)),
    "staff-account-list": Route(
        methods={
            "get": Rule(NOBODY),
            "post": Rule(
                NOBODY, lambda w: {"phone": w.other_resident.phone, "name": "李四", "staff_area": w.district.pk}
            ),
        }
    ),
    "staff-account-detail": Route(
        kwargs=lambda w: {"pk": w.other_staff.pk},
        methods={
            "get": Rule(NOBODY),
            "patch": Rule(NOBODY, lambda w: {"staff_area": w.district.pk}),
            "delete": Rule(NOBODY),
        },
    ),
    "popularizer-list": Route(
        methods={
            "get": Rule(SIGNED_IN),
            "post": Rule(
                STAFF | ORGANIZER,
                lambda w: {
                    "organization": w.organization.pk,
                    "name": "新科普员",
                    "kind": "part_time",
                    "gender": "male",
                },
            ),
        },
        sees=(lambda w: w.popularizer.pk, STAFF | ORGANIZER),
    ),
    "popularizer-detail": Route(
        kwargs=lambda w: {"pk": w.popularizer.pk},
        methods={
            "get": Rule(STAFF | ORGANIZER),
            "patch": Rule(STAFF | ORGANIZER, lambda w: {"docent": True}),
            "delete": Rule(STAFF | ORGANIZER),
        },
    ),
    "volunteer-list": Route(
        methods={
            "get": Rule(SIGNED_IN),
            "post": Rule(
                STAFF | ORGANIZER, lambda w: {"phone": w.other_resident.phone, "organization": w.organization.pk}
            ),
        },
        sees=(lambda w: w.volunteer.pk, STAFF | ORGANIZER | OWNER),
    ),
    # Everyone signed in keeps their own registration (a non-volunteer's withdrawal is a 404).
    "volunteer-me": Route(
        methods={
            "get": Rule(SIGNED_IN),
            "put": Rule(SIGNED_IN, lambda w: {"area": w.community.pk, "skills": "讲解"}),
            "delete": Rule(SIGNED_IN),
        }
    ),
    # Each person's own certificate only: there is no way to name another volunteer's.
    "volunteer-certificate": Route(kwargs=lambda w: {"year": timezone.localdate().year}, methods={"get": Rule(OWNER)}),
    "event-volunteer-roles": Route(
        kwargs=lambda w: {"pk": w.open.pk},
        methods={"get": Rule(EVERYONE), "post": Rule(ORGANIZER, lambda w: {"name": "摄影", "capacity": 2})},
    ),
    "event-volunteers": Route(kwargs=lambda w: {"pk": w.open.pk}, methods={"get": Rule(STAFF | ORGANIZER)}),
    "event-volunteer-hours": Route(
        kwargs=lambda w: {"pk": w.ended.pk},
        methods={"post": Rule(ORGANIZER, lambda w: {"hours": [{"signup": w.helper_signup.pk, "hours": "2.5"}]})},
    ),
    "volunteer-role-detail": Route(
        kwargs=lambda w: {"pk": w.volunteer_role.pk},
        methods={"patch": Rule(ORGANIZER, lambda w: {"capacity": 12}), "delete": Rule(ORGANIZER)},
    ),
    # Only registered volunteers sign up: the resident is one (and is already signed up: 200).
    "volunteer-role-sign-up": Route(kwargs=lambda w: {"pk": w.volunteer_role.pk}, methods={"post": Rule(OWNER)}),
    "volunteer-signup-list": Route(
        methods={"get": Rule(SIGNED_IN)}, sees=(lambda w: w.volunteer_signup.pk, OWNER | ORGANIZER)
    ),
    "volunteer-signup-cancel": Route(
        kwargs=lambda w: {"pk": w.volunteer_signup.pk}, methods={"post": Rule(OWNER | ORGANIZER)}
    ),
    "volunteer-signup-check-in": Route(
        kwargs=lambda w: {"pk": w.volunteer_signup.pk}, methods={"post": Rule(ORGANIZER)}
    ),
    "stats-personnel": Route(methods={"get": Rule(BOTH_STAFF)}),
    "stats-venues": Route(methods={"get": Rule(BOTH_STAFF)}),
    "venue-list": Route(
        methods={
            "get": Rule(EVERYONE),
            "post": Rule(
                STAFF | ORGANIZER,
                lambda w: {
                    "area": w.community.pk,
                    "organization": w.organization.pk,
                    "name": "新活动室",
                    "kind": "community_room",
                },
            ),
        }
    ),
    "venue-kinds": Route(methods={"get": Rule(EVERYONE)}),
    "venue-detail": Route(
        kwargs=lambda w: {"pk": w.venue.pk},
        methods={
            "get": Rule(EVERYONE),
            "patch": Rule(STAFF | ORGANIZER, lambda w: {"address": "新地址"}),
            "delete": Rule(STAFF | ORGANIZER),
        },
    ),
    "venue-refreshes": Route(
        kwargs=lambda w: {"pk": w.venue.pk},
        methods={
            "get": Rule(STAFF | ORGANIZER),
            "post": Rule(STAFF | ORGANIZER, lambda w: {"date": timezone.localdate().isoformat(), "theme": "新一期"}),
        },
    ),
    "venue-refresh-detail": Route(
        kwargs=lambda w: {"pk": w.venue.pk, "refresh_id": w.refresh.pk}, methods={"delete": Rule(STAFF | ORGANIZER)}
    ),
    "venue-refresh-photo": Route(
        kwargs=lambda w: {"pk": w.venue.pk, "refresh_id": w.refresh.pk}, methods={"get": Rule(STAFF | ORGANIZER)}
    ),
    "event-venue": Route(
        kwargs=lambda w: {"pk": w.open.pk},
        methods={
            "get": Rule(EVERYONE),
            "put": Rule(ORGANIZER, lambda w: {"venue": w.venue.pk}),
            "delete": Rule(ORGANIZER),
        },
    ),
    "me-preferences": Route(
        methods={"get": Rule(SIGNED_IN), "put": Rule(SIGNED_IN, lambda w: {"channels": "sms", "reminders": False})}
    ),
}


def _api_routes():
    """(name, view class methods) of every route under /api/v1/."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern), pattern

    routes = {}
    for path, pattern in walk(get_resolver().url_patterns):
        if not path.startswith("api/v1/"):
            continue
        callback = pattern.callback
        actions = getattr(callback, "actions", None)
        if actions:
            methods = set(actions)
        else:
            view_class = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
            methods = {m for m in HTTP_METHODS if view_class and hasattr(view_class, m)}
        routes[pattern.name] = methods & set(HTTP_METHODS)
    return routes


def test_every_route_has_a_policy():
    missing = []
    for name, methods in _api_routes().items():
        route = POLICY.get(name)
        if route is None:
            missing.append(f"{name} (all methods)")
            continue
        missing += [f"{name} {m.upper()}" for m in methods if m not in route.methods and m != "head"]
    assert missing == [], f"routes without an entry in the security matrix: {missing}"


class World:
    def __init__(self, fx):
        for name in [
            "district",
            "subdistrict",
            "community",
            "organization",
            "other_organization",
            "resident",
            "other_resident",
            "organizer",
            "other_organizer",
            "staff",
            "other_staff",
        ]:
            setattr(self, name, fx.getfixturevalue(name))
        now = timezone.now()
        org = self.organization
        self.community.code = "150203001001"
        self.community.save(update_fields=["code"])
        # Starting within the hour: sign-up is still open and so is the door (two hours ahead).
        self.open = EventFactory(
            organization=org,
            status=EventStatus.APPROVED,
            capacity=10,
            starts_at=now + timedelta(minutes=50),
            ends_at=now + timedelta(hours=3),
        )
        self.registration = RegistrationFactory(event=self.open, resident=self.resident)
        self.open.confirmed_seats = 1
        self.open.save(update_fields=["confirmed_seats"])
        self.checked_in = RegistrationFactory(event=self.open, resident=self.other_resident, checked_in_at=now)
        self.draft = EventFactory(organization=org, status=EventStatus.DRAFT)
        self.submitted = EventFactory(organization=org, status=EventStatus.SUBMITTED)
        self.ended = EventFactory(
            organization=org,
            status=EventStatus.APPROVED,
            starts_at=now - timedelta(days=2),
            ends_at=now - timedelta(days=2) + timedelta(hours=2),
        )
        self.done = EventFactory(
            organization=org,
            status=EventStatus.REPORTED,
            starts_at=now - timedelta(days=5),
            ends_at=now - timedelta(days=5) + timedelta(hours=2),
        )
        report = EventReport.objects.create(
            event=self.done,
            status=ReportStatus.SUBMITTED,
            walk_ins=12,
            attendance=12,
            submitted_at=now,
            submitted_by=self.organizer,
        )
        self.evidence = Evidence.objects.create(report=report, kind="photo", file=ContentFile(PNG, name="photo.png"))
        self.material = MaterialFactory()
        self.distribution = DistributionFactory(material=self.material, area=self.community)
        self.funding = FundingRecordFactory(area=self.community, amount=Decimal("5000.00"))
        self.attachment = FundingAttachment.objects.create(
            record=self.funding, file=ContentFile(b"%PDF-1.4", name="a.pdf"), name="a.pdf", kind="pdf", size=8
        )
        self.population = PopulationFactory(area=self.community, year=2029, residents=6000)
        self.target = Target.objects.create(area=self.community, year=2029)
        self.audit_entry = audit_record(actor=self.staff, action="funding.updated", target=self.funding, changes={})
        self.notification = Notification.objects.create(
            recipient=self.resident,
            kind="registration_confirmed",
            subject_key=f"registration:{self.registration.pk}",
            event=self.open,
            due_at=now,
        )
        self.popularizer = PopularizerFactory(organization=org)
        self.volunteer = Volunteer.objects.create(user=self.resident, area=self.community)
        self.volunteer_role = VolunteerRoleFactory(event=self.open, capacity=10, filled=1)
        self.volunteer_signup = VolunteerSignup.objects.create(
            role=self.volunteer_role, event=self.open, volunteer=self.volunteer, status="confirmed"
        )
        helper = Volunteer.objects.create(user=UserFactory(phone="18800000009"), area=self.community)
        ended_role = VolunteerRoleFactory(event=self.ended, capacity=3, filled=1)
        self.helper_signup = VolunteerSignup.objects.create(
            role=ended_role, event=self.ended, volunteer=helper, status="confirmed", checked_in_at=self.ended.starts_at
        )
        self.venue = VenueFactory(area=self.community, organization=org, kind=VenueKind.GALLERY)
        self.refresh = GalleryRefresh.objects.create(
            venue=self.venue, date=timezone.localdate(), theme="防灾减灾", photo=ContentFile(PNG, name="g.png")
        )

    def user(self, role):
        return None if role == "anon" else getattr(self, role)


def _probes():
    for name, route in POLICY.items():
        for method in route.methods:
            yield pytest.param(name, method, id=f"{name}-{method}")


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "method"), list(_probes()))
def test_no_role_gets_a_2xx_it_should_not(name, method, request, client_for, django_capture_on_commit_callbacks):
    from django.urls import reverse

    world = World(request)
    route = POLICY[name]
    rule = route.methods[method]
    url = reverse(name, kwargs=route.kwargs(world) if route.kwargs else None) + route.query
    refused = [role for role in ROLES if role not in rule.allowed]
    allowed = [role for role in ROLES if role in rule.allowed]
    leaks = []
    # Refused roles go first: they must not change anything the allowed roles then act on.
    statuses = {}
    for role in refused + allowed:
        body = rule.body(world) if callable(rule.body) else rule.body
        client = client_for(world.user(role))
        response = (
            getattr(client, method)(url, body, format=rule.fmt) if body is not None else getattr(client, method)(url)
        )
        statuses[role] = response.status_code
        assert response.status_code < 500, f"{method.upper()} {url} as {role}: {response.status_code}"
        if role in refused and 200 <= response.status_code < 300:
            leaks.append(f"{role} got {response.status_code}")
        if role in allowed and route.sees and method == "get" and response.status_code == 200:
            probe, may_see = route.sees
            ids = {row.get("id") for row in response.json().get("results", [])}
            if probe(world) in ids and role not in may_see:
                leaks.append(f"{role} sees object {probe(world)} in the list")
    assert leaks == [], f"{method.upper()} {url}: {leaks}"
    if request.config.getoption("verbose") > 1:
        print(f"\n{method.upper()} {name}: {statuses}")  # the matrix as observed, with -vvv -s
