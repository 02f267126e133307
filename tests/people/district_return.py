"""A small district whose personnel, volunteer-service, venue and gallery figures for 2025 were worked
out by hand (the expected values sit beside the tests that read them back)."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from kepu.demo.factories import EventFactory, PopularizerFactory, UserFactory, VenueFactory, VolunteerRoleFactory
from kepu.events.models import EventReport, EventStatus, ReportStatus
from kepu.people.models import Gender, PopularizerKind, Volunteer, VolunteerSignup, VolunteerSignupStatus
from kepu.venues.models import EventVenue, GalleryRefresh, VenueKind

YEAR = 2025
SHANGHAI = ZoneInfo("Asia/Shanghai")
FT, PT = PopularizerKind.FULL_TIME, PopularizerKind.PART_TIME
F, M = Gender.FEMALE, Gender.MALE


@dataclass
class District:
    district: object
    subdistrict: object
    other_subdistrict: object
    events: dict


def _popularizers(org_a, org_b) -> None:
    rows = [
        (org_a, FT, F, {"qualified": True, "docent": True}, date(2020, 3, 1), None),
        (org_a, FT, M, {"qualified": True, "manager": True, "creator": True}, date(2025, 6, 1), None),
        (org_a, PT, F, {"rural": True, "docent": True, "work_months": Decimal("3.0")}, date(2024, 1, 1), None),
        (org_a, PT, M, {"qualified": True, "work_months": Decimal("1.5")}, date(2024, 1, 1), date(2025, 3, 31)),
        (org_a, PT, F, {}, date(2023, 1, 1), date(2024, 12, 31)),  # left before 2025
        (org_a, FT, F, {}, date(2026, 1, 5), None),  # joined after 2025
        (org_b, FT, M, {"rural": True}, date(2019, 1, 1), None),
        (org_b, PT, F, {"qualified": True, "docent": True, "work_months": Decimal("2.0")}, date(2022, 1, 1), None),
    ]
    for n, (org, kind, gender, flags, start, end) in enumerate(rows):
        PopularizerFactory(
            organization=org, name=f"人员{n}", kind=kind, gender=gender, started_on=start, ended_on=end, **flags
        )


def _volunteer(name, phone, area, registered, withdrawn=None) -> Volunteer:
    user = UserFactory(phone=phone, name=name)
    return Volunteer.objects.create(user=user, area=area, registered_on=registered, withdrawn_on=withdrawn)


def _event(org, day: date, report_status: str, walk_ins: int):
    start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=SHANGHAI)
    event = EventFactory(
        organization=org,
        area=org.area,
        status=EventStatus.REPORTED,
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        capacity=None,
    )
    EventReport.objects.create(
        event=event, status=report_status, walk_ins=walk_ins, attendance=walk_ins, submitted_at=start
    )
    return event


def _served(event, volunteer, hours: str | None) -> None:
    role = event.volunteer_roles.first() or VolunteerRoleFactory(event=event, name="引导", capacity=5)
    VolunteerSignup.objects.create(
        role=role,
        event=event,
        volunteer=volunteer,
        status=VolunteerSignupStatus.CONFIRMED,
        checked_in_at=event.starts_at,
        hours=Decimal(hours) if hours else None,
        hours_confirmed_at=event.ends_at if hours else None,
    )
    role.filled += 1
    role.save(update_fields=["filled"])


def build(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization):
    _popularizers(organization, other_organization)

    v1 = _volunteer("志愿者一", "17700000001", community, date(2024, 5, 1))
    v2 = _volunteer("志愿者二", "17700000002", community, date(2025, 2, 1))
    v3 = _volunteer("志愿者三", "17700000003", other_community, date(2023, 1, 1), date(2024, 6, 30))
    v4 = _volunteer("志愿者四", "17700000004", other_community, date(2025, 7, 1))
    _volunteer("志愿者五", "17700000005", community, date(2026, 2, 1))

    e1 = _event(organization, date(2025, 5, 20), ReportStatus.ACCEPTED, 120)
    e2 = _event(organization, date(2025, 9, 16), ReportStatus.SUBMITTED, 30)
    e3 = _event(other_organization, date(2025, 10, 10), ReportStatus.ACCEPTED, 40)
    e4 = _event(other_organization, date(2024, 12, 30), ReportStatus.ACCEPTED, 10)
    _served(e1, v1, "3.5")
    _served(e1, v2, "2.0")
    _served(e2, v1, "4.0")
    _served(e3, v4, "1.5")
    _served(e3, v2, None)  # checked in, hours never confirmed
    _served(e4, v3, "5.0")

    center = VenueFactory(
        area=subdistrict,
        name="区科技馆",
        kind=VenueKind.SCIENCE_CENTER,
        building_area=Decimal("5000.0"),
        exhibition_area=Decimal("3200.5"),
        opened_on=date(2018, 1, 1),
    )
    room = VenueFactory(
        area=community, name="社区科普活动室", kind=VenueKind.COMMUNITY_ROOM, opened_on=date(2020, 1, 1)
    )
    VenueFactory(
        area=other_community,
        name="旧活动室",
        kind=VenueKind.COMMUNITY_ROOM,
        opened_on=date(2015, 1, 1),
        closed_on=date(2024, 10, 1),
    )
    rural = VenueFactory(
        area=other_community, name="科普活动场地", kind=VenueKind.RURAL_SITE, opened_on=date(2025, 8, 1)
    )
    gallery = VenueFactory(area=community, name="科普画廊", kind=VenueKind.GALLERY, opened_on=date(2019, 1, 1))
    board = VenueFactory(area=other_community, name="科普宣传栏", kind=VenueKind.GALLERY, opened_on=date(2019, 1, 1))
    VenueFactory(area=district, name="科普教育基地", kind=VenueKind.EDUCATION_BASE, opened_on=date(2021, 1, 1))
    for month in (1, 3, 5, 7, 9, 11):
        GalleryRefresh.objects.create(venue=gallery, date=date(2025, month, 10), theme=f"第{month}期")
    GalleryRefresh.objects.create(venue=gallery, date=date(2024, 12, 10), theme="旧一期")
    for month in (4, 10):
        GalleryRefresh.objects.create(venue=board, date=date(2025, month, 1), theme=f"宣传栏{month}")

    EventVenue.objects.create(event=e1, venue=center)
    EventVenue.objects.create(event=e2, venue=room)
    EventVenue.objects.create(event=e3, venue=rural)
    return District(district, subdistrict, other_subdistrict, {"e1": e1, "e2": e2, "e3": e3, "e4": e4})
