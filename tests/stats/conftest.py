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


@dataclass
class Survey:
    """The hand-computed district of ``survey`` (figures in its docstring)."""

    lecture: object
    online_exhibition: object
    mixed_training: object
    returned_lecture: object
    waiting_lecture: object
    youth_groups: list
    open_days: list
    new_year_eve: object
    new_year: object
    materials: dict
    audiences: dict


def _held(organization, *, when, activity_type, mode="offline", audiences=(), campaign="", title=None):
    fields = {"title": title} if title else {}
    event = EventFactory(
        organization=organization,
        activity_type=activity_type,
        mode=mode,
        campaign=campaign,
        starts_at=when,
        status=EventStatus.COMPLETED,
        **fields,
    )
    event.audiences.set(audiences)
    return event


def _file(event, by, *, walk_ins=(), materials=(), expenditure="0", online=0, review=None, reviewer=None):
    from kepu.events.services import report_review, report_submit

    report_submit(
        event=event,
        by=by,
        walk_ins=list(walk_ins),
        materials=list(materials),
        expenditure=Decimal(expenditure),
        summary="",
        online_attendance=online,
    )
    if review is not None:
        report_review(event=event, by=reviewer, accept=review, comment="" if review else "补充照片")


@pytest.fixture
def survey(
    district,
    subdistrict,
    other_subdistrict,
    community,
    other_community,
    organization,
    other_organization,
    organizer,
    district_staff,
):
    """A district whose 2025 return was computed by hand. Official = accepted reports only.

    Events (local time), audiences, report: checked-in people + walk-ins by audience + online headcount
      A  lecture, offline, 少先路社区, 2025-03-10, [youth], 科技活动周: r1 (declared youth, +1 companion),
         r2 (declared nothing), r3 (declared seniors) checked in = 4; walk-ins youth 10, seniors 6 -> 20;
         materials leaflet 200, video 5; spent 800.00.
      B  exhibition, online, 沼潭社区, 2025-05-20, [youth, seniors], 科技活动周: online 1500 (large-scale);
         spent 2000.00.
      C  training, mixed, 少先路小学, 2025-09-16, [urban residents], 科普月: walk-ins urban 30 + online 70
         -> 100; kit 4; spent 1200.00; a 5,000.00 donation is tied to it.
      E1 E2 "机器人兴趣小组" (04-05, 04-12), E3 "天文兴趣小组" (04-19): youth groups at the school, [youth],
         walk-ins youth 12, 12, 8 -> 32; two groups, three sessions.
      F1 F2 open days of 稀土研究院 (沼潭社区), [urban, youth]: F1 2025-09-20 科普日 walk-ins urban 200 +
         youth 100 + r4 checked in (declared nothing) -> 301; F2 2025-10-15 walk-ins urban 150, marked
         large-scale by staff. One unit opened, two sessions.
      G  lecture, offline, 少先路社区, 2025-12-31 23:30 local, [seniors]: walk-ins seniors 40.
      2026-01-01 00:10 local lecture (2025 in UTC): walk-ins 9 -> a 2026 event.
      D  lecture, 沼潭社区, 2025-06-01, no audience: walk-ins youth 25, poster 50, spent 500.00; RETURNED.
      I  lecture, 少先路社区, 2025-07-07, [seniors]: walk-ins seniors 7, spent 300.00; still WAITING.
      A cancelled event never counts.
    Official 2025: 9 sessions (8 at a venue incl. the mixed one, 1 online), 2,143 person-times
      (573 at venues, 1,570 online; 5 checked in, 568 walk-ins, 1,570 online headcount); large-scale B, F2.
    Sign-ups: A r1 r2 r3 checked in, r5 confirmed no-show, r8 cancelled; F1 r4 checked in, r6 no-show,
      r7 waitlisted -> 7 registrations, 6 confirmed, 4 attended, no-show 2/6 = 33.3 %, 4 unique participants.
    Money 2025: raised 255,000.00 = 少先路街道 government special 150,000 (01-15) + 少先路社区 donation
      30,000 (08-01) + donation 5,000 tied to C (09-16) + 沼潭街道 self-raised 60,000 (03-01) + the
      district's own other 10,000 (04-01). Spent officially 14,000.00 = administration 10,000 (少先路街道,
      02-01) + reports A 800, B 2,000, C 1,200; provisionally also D 500 and I 300 -> 14,800.00.
    Materials 2025 official: leaflet 200 + booklet 300 (door to door, 沼潭社区, 06-10) = 500 printed (份);
      video 5, kit 4 apart; D's poster 50 only provisionally; a brochure 100 dated 2026-01-02 is 2026.
    Population 2025: 少先路街道 120,000 + 沼潭街道 80,000 = 200,000 (none for 2026).
    """
    from kepu.events.services import event_mark_large_scale
    from kepu.places.models import Setting as S

    aud = {a.key: a for a in Audience.objects.all()}
    youth, seniors, urban = aud["youth"], aud["elderly"], aud["urban_residents"]
    school = OrganizationFactory(name="少先路小学", setting=S.SCHOOL, area=community)
    institute = OrganizationFactory(name="包头稀土研究院", setting=S.ENTERPRISE, area=other_community)
    leaflet = MaterialFactory(name="反诈折页", kind=MaterialKind.LEAFLET)
    video = MaterialFactory(name="科普短片光盘", kind=MaterialKind.VIDEO, unit="张")
    kit = MaterialFactory(name="科学实验包", kind=MaterialKind.KIT, unit="套")
    poster = MaterialFactory(name="垃圾分类挂图", kind=MaterialKind.POSTER)
    booklet = MaterialFactory(name="健康生活读本", kind=MaterialKind.BOOKLET, unit="本")
    brochure = MaterialFactory(name="防诈骗手册", kind=MaterialKind.BROCHURE)
    people = [UserFactory() for _ in range(8)]
    r1, r2, r3, r4, r5, r6, r7, r8 = people

    a = _held(
        organization,
        when=local(2025, 3, 10, 10, 0),
        activity_type="lecture",
        audiences=[youth],
        campaign="science_week",
    )
    RegistrationFactory(event=a, resident=r1, companions=1, audience=youth, checked_in_at=local(2025, 3, 10, 9, 50))
    RegistrationFactory(event=a, resident=r2, checked_in_at=local(2025, 3, 10, 9, 52))
    RegistrationFactory(event=a, resident=r3, audience=seniors, checked_in_at=local(2025, 3, 10, 9, 55))
    RegistrationFactory(event=a, resident=r5)
    RegistrationFactory(event=a, resident=r8, status="cancelled")
    _file(
        a,
        organizer,
        walk_ins=[(youth, 10), (seniors, 6)],
        materials=[(leaflet, 200), (video, 5)],
        expenditure="800.00",
        review=True,
        reviewer=district_staff,
    )

    b = _held(
        other_organization,
        when=local(2025, 5, 20, 19, 0),
        activity_type="exhibition",
        mode="online",
        audiences=[youth, seniors],
        campaign="science_week",
    )
    _file(b, organizer, online=1500, expenditure="2000.00", review=True, reviewer=district_staff)

    c = _held(
        school,
        when=local(2025, 9, 16, 14, 0),
        activity_type="training",
        mode="mixed",
        audiences=[urban],
        campaign="science_month",
    )
    _file(
        c,
        organizer,
        walk_ins=[(urban, 30)],
        online=70,
        materials=[(kit, 4)],
        expenditure="1200.00",
        review=True,
        reviewer=district_staff,
    )

    groups = []
    for day, title, walk_ins in ((5, "机器人兴趣小组", 12), (12, "机器人兴趣小组", 12), (19, "天文兴趣小组", 8)):
        group = _held(
            school, when=local(2025, 4, day, 15, 0), activity_type="youth_group", audiences=[youth], title=title
        )
        _file(group, organizer, walk_ins=[(youth, walk_ins)], review=True, reviewer=district_staff)
        groups.append(group)

    f1 = _held(
        institute,
        when=local(2025, 9, 20, 9, 0),
        activity_type="open_day",
        audiences=[urban, youth],
        campaign="science_day",
    )
    RegistrationFactory(event=f1, resident=r4, checked_in_at=local(2025, 9, 20, 8, 50))
    RegistrationFactory(event=f1, resident=r6)
    RegistrationFactory(event=f1, resident=r7, status="waitlisted", queued_at=local(2025, 9, 1, 8, 0))
    _file(f1, organizer, walk_ins=[(urban, 200), (youth, 100)], review=True, reviewer=district_staff)
    f2 = _held(institute, when=local(2025, 10, 15, 9, 0), activity_type="open_day", audiences=[urban, youth])
    _file(f2, organizer, walk_ins=[(urban, 150)], review=True, reviewer=district_staff)
    event_mark_large_scale(event=f2, by=district_staff, marked=True)

    g = _held(organization, when=local(2025, 12, 31, 23, 30), activity_type="lecture", audiences=[seniors])
    _file(g, organizer, walk_ins=[(seniors, 40)], review=True, reviewer=district_staff)
    new_year = _held(organization, when=local(2026, 1, 1, 0, 10), activity_type="lecture", audiences=[seniors])
    _file(new_year, organizer, walk_ins=[(seniors, 9)], review=True, reviewer=district_staff)

    d = _held(other_organization, when=local(2025, 6, 1, 9, 0), activity_type="lecture")
    _file(
        d,
        organizer,
        walk_ins=[(youth, 25)],
        materials=[(poster, 50)],
        expenditure="500.00",
        review=False,
        reviewer=district_staff,
    )
    i = _held(organization, when=local(2025, 7, 7, 9, 0), activity_type="lecture", audiences=[seniors])
    _file(i, organizer, walk_ins=[(seniors, 7)], expenditure="300.00")
    EventFactory(organization=organization, status=EventStatus.CANCELLED, starts_at=local(2025, 8, 8, 9, 0))

    DistributionFactory(material=booklet, quantity=300, date=date(2025, 6, 10), area=other_community)
    DistributionFactory(material=brochure, quantity=100, date=date(2026, 1, 2), area=subdistrict)

    FundingRecordFactory(area=subdistrict, amount=Decimal("150000.00"), date=date(2025, 1, 15), is_special=True)
    FundingRecordFactory(area=community, amount=Decimal("30000.00"), date=date(2025, 8, 1), source="donation")
    FundingRecordFactory(area=community, amount=Decimal("5000.00"), date=date(2025, 9, 16), source="donation", event=c)
    FundingRecordFactory(
        area=other_subdistrict, amount=Decimal("60000.00"), date=date(2025, 3, 1), source="self_raised"
    )
    FundingRecordFactory(area=district, amount=Decimal("10000.00"), date=date(2025, 4, 1), source="other")
    FundingRecordFactory(
        area=subdistrict,
        amount=Decimal("10000.00"),
        date=date(2025, 2, 1),
        direction="expenditure",
        source="",
        category="administration",
    )
    PopulationFactory(area=subdistrict, year=2025, residents=120_000)
    PopulationFactory(area=other_subdistrict, year=2025, residents=80_000)
    return Survey(
        lecture=a,
        online_exhibition=b,
        mixed_training=c,
        returned_lecture=d,
        waiting_lecture=i,
        youth_groups=groups,
        open_days=[f1, f2],
        new_year_eve=g,
        new_year=new_year,
        materials={"leaflet": leaflet, "video": video, "kit": kit, "poster": poster, "booklet": booklet},
        audiences=aud,
    )
