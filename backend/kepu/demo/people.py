"""Demo popularizers, volunteers with confirmed hours, venues and gallery refreshes for the demo district.

Written once (the district's science center is the marker) after the year of activity, so that
volunteers serve at events that took place and the staff's figures, the scorecard and the volunteers'
certificates have something to show.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from kepu.accounts.models import Role, User
from kepu.events.models import Event, EventStatus, ReportStatus
from kepu.people.models import Gender, Popularizer, PopularizerKind, Volunteer, VolunteerRole, VolunteerSignup
from kepu.places.models import AreaLevel
from kepu.venues.models import EventVenue, GalleryRefresh, Venue, VenueKind

from .reference import DEMO_PHONES, Reference, person_name

SCIENCE_CENTER = "昆都仑区科技馆"
ROLES = [("现场引导", "引导观众入场、维持秩序"), ("签到服务", "协助签到、发放资料"), ("讲解辅导", "展品讲解、实验辅导")]
GALLERY_THEMES = [
    "防灾减灾知识",
    "稀土新材料",
    "垃圾分类",
    "健康生活方式",
    "防范电信诈骗",
    "节约用水",
    "食品安全",
    "科学健身",
    "网络安全",
    "应急救护",
]


@dataclass
class PeopleOutcome:
    popularizers: int = 0
    volunteers: int = 0
    volunteer_signups: int = 0
    venues: int = 0
    gallery_refreshes: int = 0


def _popularizers(ref: Reference, rng: random.Random, year: int) -> int:
    rows = []
    for org in ref.orgs:
        for _ in range(rng.choice((1, 1, 2, 3))):
            full = rng.random() < 0.3
            rows.append(
                Popularizer(
                    organization_id=org.id,
                    name=person_name(rng),
                    kind=PopularizerKind.FULL_TIME if full else PopularizerKind.PART_TIME,
                    gender=Gender.FEMALE if rng.random() < 0.55 else Gender.MALE,
                    qualified=rng.random() < 0.6,
                    rural=org.setting == "village",
                    manager=full and rng.random() < 0.3,
                    creator=rng.random() < 0.1,
                    docent=rng.random() < 0.4,
                    work_months=None if full else Decimal(rng.choice(("1.0", "1.5", "2.0", "3.0", "4.5", "6.0"))),
                    started_on=date(year - rng.randint(0, 6), rng.randint(1, 12), 1),
                )
            )
    Popularizer.objects.bulk_create(rows)
    return len(rows)


def _venues(ref: Reference, rng: random.Random, year: int) -> list[Venue]:
    district = ref.district
    venues = [
        Venue(
            area=district,
            name=SCIENCE_CENTER,
            kind=VenueKind.SCIENCE_CENTER,
            address="昆都仑区钢铁大街",
            building_area=Decimal("12600.0"),
            exhibition_area=Decimal("7800.0"),
            opening_hours="周二至周日 9:00-17:00",
            opened_on=date(2016, 5, 18),
        ),
        Venue(
            area=district,
            name="昆都仑区青少年科技活动中心",
            kind=VenueKind.YOUTH_CENTER,
            building_area=Decimal("2400.0"),
            exhibition_area=Decimal("1100.0"),
            opened_on=date(2019, 6, 1),
        ),
        Venue(
            area=district,
            name="稀土材料科普展馆",
            kind=VenueKind.SCIENCE_MUSEUM,
            building_area=Decimal("1800.0"),
            exhibition_area=Decimal("1200.0"),
            opened_on=date(2020, 9, 1),
        ),
        Venue(area=district, name="流动科技馆科普大篷车", kind=VenueKind.VEHICLE, opened_on=date(2021, 4, 1)),
        Venue(
            area=district, name="内蒙古科技大学科普教育基地", kind=VenueKind.EDUCATION_BASE, opened_on=date(2018, 3, 1)
        ),
        Venue(
            area=district, name="包头稀土研究院科普教育基地", kind=VenueKind.EDUCATION_BASE, opened_on=date(2017, 3, 1)
        ),
    ]
    for leaf in ref.leaves:
        rural = leaf.level == AreaLevel.VILLAGE
        if rng.random() < 0.7:
            venues.append(
                Venue(
                    area=leaf,
                    name=f"{leaf.name}科普活动{'场地' if rural else '室'}",
                    kind=VenueKind.RURAL_SITE if rural else VenueKind.COMMUNITY_ROOM,
                    opened_on=date(year - rng.randint(1, 8), rng.randint(1, 12), 1),
                )
            )
        if rng.random() < 0.6:
            venues.append(
                Venue(
                    area=leaf,
                    name=f"{leaf.name}科普{'宣传栏' if rural else '画廊'}",
                    kind=VenueKind.GALLERY,
                    opened_on=date(year - rng.randint(2, 8), 1, 1),
                )
            )
    return Venue.objects.bulk_create(venues)


def _refreshes(galleries: list[Venue], rng: random.Random, today: date) -> int:
    """Last year and this year so far: most galleries change about every two months, some lag behind the
    six-a-year rule."""
    rows = []
    for gallery in galleries:
        every = rng.choice((45, 55, 60, 60, 75, 100))
        day = date(today.year - 1, 1, rng.randint(5, 25))
        n = 0
        while day <= today:
            theme = GALLERY_THEMES[(n + gallery.pk) % len(GALLERY_THEMES)]
            rows.append(GalleryRefresh(venue=gallery, date=day, theme=f"{day.year}年第{n + 1}期：{theme}"))
            n += 1
            day += timedelta(days=every + rng.randint(-5, 5))
    GalleryRefresh.objects.bulk_create(rows)
    return len(rows)


def _volunteers(ref: Reference, rng: random.Random, year: int) -> list[Volunteer]:
    residents = list(
        User.objects.filter(role=Role.RESIDENT, is_active=True)
        .exclude(phone__in=list(DEMO_PHONES.values()))
        .order_by("id")[:80]
    )
    demo = User.objects.filter(phone=DEMO_PHONES["resident"]).first()
    people = ([demo] if demo else []) + rng.sample(residents, min(len(residents), 48))
    leaves = ref.leaves
    skills = ["讲解", "摄影", "急救", "手语", "青少年辅导", "", ""]
    volunteers = [
        Volunteer(
            user=user,
            area=rng.choice(leaves),
            skills=rng.choice(skills),
            registered_on=date(year - rng.randint(1, 3), rng.randint(1, 12), rng.randint(1, 28)),
        )
        for user in people
    ]
    return Volunteer.objects.bulk_create(volunteers)


def _service(ref: Reference, volunteers: list[Volunteer], venues: list[Venue], rng: random.Random) -> int:
    """Roles at events of the year that took place (checked in, hours confirmed after them) and at
    upcoming ones (places still open), and the venue of some events."""
    now = timezone.now()
    start_of_year = now.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    district = ref.district
    past = list(
        Event.objects.filter(
            area__path__startswith=district.path,
            status=EventStatus.REPORTED,
            report__status=ReportStatus.ACCEPTED,
            starts_at__gte=start_of_year,
            ends_at__lt=now,
        ).order_by("starts_at")[:36]
    )
    upcoming = list(
        Event.objects.filter(
            area__path__startswith=district.path, status=EventStatus.APPROVED, starts_at__gt=now
        ).order_by("starts_at")[:8]
    )
    demo = next((v for v in volunteers if v.user.phone == DEMO_PHONES["resident"]), None)
    signups = []
    for index, event in enumerate(past):
        name, description = ROLES[index % len(ROLES)]
        role = VolunteerRole.objects.create(event=event, name=name, description=description, capacity=4)
        chosen = rng.sample(volunteers, rng.randint(1, 4))
        if demo and index % 6 == 0 and demo not in chosen:
            chosen[0] = demo
        for volunteer in chosen:
            signups.append(
                VolunteerSignup(
                    role=role,
                    event=event,
                    volunteer=volunteer,
                    status="confirmed",
                    checked_in_at=event.starts_at,
                    hours=Decimal(rng.choice(("2.0", "2.5", "3.0", "3.5", "4.0"))),
                    hours_confirmed_at=event.ends_at + timedelta(hours=2),
                    hours_confirmed_by_id=next(
                        (o.organizer_id for o in ref.orgs if o.id == event.organization_id), None
                    ),
                )
            )
        role.filled = len(chosen)
        role.save(update_fields=["filled"])
    for index, event in enumerate(upcoming):
        name, description = ROLES[index % len(ROLES)]
        VolunteerRole.objects.create(event=event, name=name, description=description, capacity=rng.randint(2, 6))
    VolunteerSignup.objects.bulk_create(signups)

    by_area: dict[int, list[Venue]] = {}
    for venue in venues:
        if venue.kind not in (VenueKind.GALLERY, VenueKind.VEHICLE):
            by_area.setdefault(venue.area_id, []).append(venue)
    links = []
    for event in past + upcoming:
        here = by_area.get(event.area_id) or (by_area.get(district.pk) if rng.random() < 0.3 else None)
        if here:
            links.append(EventVenue(event=event, venue=rng.choice(here)))
    EventVenue.objects.bulk_create(links)
    return len(signups)


def seed_people_and_venues(*, ref: Reference, rng: random.Random) -> PeopleOutcome | None:
    """Write the district's people and places once; None when they are already there."""
    if Venue.objects.filter(area=ref.district, name=SCIENCE_CENTER).exists():
        return None
    today = timezone.localdate()
    with transaction.atomic():
        outcome = PeopleOutcome()
        outcome.popularizers = _popularizers(ref, rng, today.year)
        venues = _venues(ref, rng, today.year)
        outcome.venues = len(venues)
        outcome.gallery_refreshes = _refreshes([v for v in venues if v.kind == VenueKind.GALLERY], rng, today)
        volunteers = _volunteers(ref, rng, today.year)
        outcome.volunteers = len(volunteers)
        outcome.volunteer_signups = _service(ref, volunteers, venues, rng)
    return outcome
