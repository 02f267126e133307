"""A hand-computed district for the statistics tests (figures in the docstring of ``world``)."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from kepu.demo.factories import (
    DistributionFactory,
    EventFactory,
    FundingRecordFactory,
    MaterialFactory,
    OrganizationFactory,
    PopulationFactory,
    RegistrationFactory,
    UserFactory,
)
from kepu.events.models import Audience, EventReport, EventStatus, ReportStatus
from kepu.materials.models import MaterialKind
from kepu.places.models import Setting

SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """The statistics tests create many users; their passwords never matter here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def local(*args) -> datetime:
    return datetime(*args, tzinfo=SH)


def report(event, *, checked_in: int, walk_ins: int, status=ReportStatus.ACCEPTED) -> EventReport:
    event.status = EventStatus.REPORTED
    event.save(update_fields=["status"])
    return EventReport.objects.create(
        event=event,
        status=status,
        checked_in=checked_in,
        walk_ins=walk_ins,
        attendance=checked_in + walk_ins,
        submitted_at=timezone.now(),
    )


@dataclass
class World:
    e1: object
    e2: object
    e3: object
    e4: object
    e5: object
    brochure: object
    poster: object


@pytest.fixture
def world(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization):
    """2025, official (accepted reports only):
    E1 community lecture offline 2025-03-10, 2 checked in + 38 walk-ins = 40, audience youth
    E2 other community exhibition online 2025-03-20, 0 + 1200 = 1200 (large-scale)
    E3 community training mixed 2025-12-31 23:30 local, 1 + 9 = 10
    E4 community lecture offline 2026-01-01 00:10 local (2025 in UTC), 2 + 3 = 5 -> belongs to 2026
    E5 other community lecture 2025-06-01, report only submitted: 7 + 3 = 10 (provisional only)
    E6 cancelled: never counted.
    Registrations: E1 r1 r2 r3 confirmed (r1 r2 checked in), r4 waitlisted, r5 cancelled; E3 r1 checked in, r2 no-show.
    Materials: brochure 100 at E1, poster 50 door to door in the community (May), brochure 30 on a bulletin
    board in the other community (July), brochure 20 at E5 (provisional only).
    Funding: subdistrict 120,000 government special + 60,000 donation, other subdistrict 120,000 self-raised,
    50,000 spent on activities in the subdistrict. Population 2025: 120,000 + 80,000 (community 50,000 inside
    the subdistrict's figure, never added twice).
    """
    youth = Audience.objects.get_or_create(key="youth", defaults={"name_zh": "青少年", "name_en": "Youth"})[0]
    school = OrganizationFactory(name="少先路小学", setting=Setting.SCHOOL, area=community)
    e1 = EventFactory(
        organization=organization, activity_type="lecture", mode="offline", starts_at=local(2025, 3, 10, 10, 0)
    )
    e1.audiences.add(youth)
    e2 = EventFactory(
        organization=other_organization, activity_type="exhibition", mode="online", starts_at=local(2025, 3, 20, 19, 0)
    )
    e3 = EventFactory(
        organization=school, activity_type="training", mode="mixed", starts_at=local(2025, 12, 31, 23, 30)
    )
    e4 = EventFactory(
        organization=organization, activity_type="lecture", mode="offline", starts_at=local(2026, 1, 1, 0, 10)
    )
    e5 = EventFactory(organization=other_organization, activity_type="lecture", starts_at=local(2025, 6, 1, 9, 0))
    EventFactory(organization=organization, status=EventStatus.CANCELLED, starts_at=local(2025, 4, 1, 9, 0))
    report(e1, checked_in=2, walk_ins=38)
    report(e2, checked_in=0, walk_ins=1200)
    report(e3, checked_in=1, walk_ins=9)
    report(e4, checked_in=2, walk_ins=3)
    report(e5, checked_in=7, walk_ins=3, status=ReportStatus.SUBMITTED)

    r1, r2, r3, r4, r5 = (UserFactory() for _ in range(5))
    RegistrationFactory(event=e1, resident=r1, checked_in_at=local(2025, 3, 10, 9, 55))
    RegistrationFactory(event=e1, resident=r2, checked_in_at=local(2025, 3, 10, 9, 58))
    RegistrationFactory(event=e1, resident=r3)
    RegistrationFactory(event=e1, resident=r4, status="waitlisted", queued_at=local(2025, 3, 1, 8, 0))
    RegistrationFactory(event=e1, resident=r5, status="cancelled")
    RegistrationFactory(event=e3, resident=r1, checked_in_at=local(2025, 12, 31, 23, 25))
    RegistrationFactory(event=e3, resident=r2)

    brochure = MaterialFactory(name="防诈骗手册", kind=MaterialKind.BROCHURE)
    poster = MaterialFactory(name="垃圾分类挂图", kind=MaterialKind.POSTER)
    DistributionFactory(
        material=brochure, quantity=100, date=date(2025, 3, 10), area=community, event=e1, channel="event"
    )
    DistributionFactory(material=poster, quantity=50, date=date(2025, 5, 5), area=community)
    DistributionFactory(
        material=brochure, quantity=30, date=date(2025, 7, 1), area=other_community, channel="bulletin_board"
    )
    DistributionFactory(
        material=brochure, quantity=20, date=date(2025, 6, 1), area=other_community, event=e5, channel="event"
    )

    FundingRecordFactory(
        area=subdistrict, amount=Decimal("120000.00"), date=date(2025, 2, 1), source="government", is_special=True
    )
    FundingRecordFactory(area=community, amount=Decimal("60000.00"), date=date(2025, 8, 1), source="donation")
    FundingRecordFactory(
        area=other_subdistrict, amount=Decimal("120000.00"), date=date(2025, 3, 1), source="self_raised"
    )
    FundingRecordFactory(
        area=subdistrict,
        amount=Decimal("50000.00"),
        date=date(2025, 5, 1),
        direction="expenditure",
        source="",
        category="activities",
    )
    PopulationFactory(area=subdistrict, year=2025, residents=120_000)
    PopulationFactory(area=other_subdistrict, year=2025, residents=80_000)
    PopulationFactory(area=community, year=2025, residents=50_000)
    return World(e1=e1, e2=e2, e3=e3, e4=e4, e5=e5, brochure=brochure, poster=poster)
