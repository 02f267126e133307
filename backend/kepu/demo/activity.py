"""A year of popularization work planned in memory and written in bulk.

The plan keeps every invariant the models and services keep: confirmed seats equal the seats of
confirmed registrations and never exceed the capacity, the waiting list is first come first served
and only exists when the next party does not fit, only confirmed people are checked in, a report's
attendance is checked-in people plus walk-ins, and an event's spending is recorded as the report
service records it.
"""

import base64
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from kepu.accounts.models import Role, User
from kepu.events.codes import CHECK_IN_ALPHABET, new_check_in_code
from kepu.events.models import Event, EventReport, Registration, WalkInCount
from kepu.funding.models import FundingRecord
from kepu.materials.models import Distribution
from kepu.stats.aggregate_sql import aggregates_recounted

from . import district as d
from .reference import OrgInfo, Reference, person_name, split
from .writer import BulkWriter

LOCAL = ZoneInfo("Asia/Shanghai")
AUDIENCE_NAMES = {
    "youth": "青少年",
    "urban_residents": "社区居民",
    "farmers": "农牧民",
    "industrial_workers": "产业工人",
    "elderly": "老年人",
    "cadres": "领导干部和公务员",
    "general_public": "社会公众",
}
CAMPAIGN_PREFIX = {"science_week": "【科技活动周】", "science_day": "【全国科普日】", "science_month": "【科普月】"}
CANCEL_REASONS = ("因天气原因，活动取消。", "主讲专家临时有事，活动延期另行通知。", "场地检修，活动取消。")
REJECT_REASONS = ("活动方案缺少安全预案，请补充后重新提交。", "活动内容与科普主题关联不够，请修改后重新提交。")
RETURN_COMMENT = "请补充签到表照片和活动现场照片后重新提交。"
HOURS = {
    "community": ((9, 0), (9, 30), (14, 30), (15, 0), (19, 0)),
    "school": ((14, 30), (15, 30), (9, 0)),
    "village": ((9, 30), (10, 0), (14, 0)),
    "enterprise": ((9, 0), (14, 0)),
    "agency": ((9, 0), (14, 30)),
}


@dataclass(frozen=True)
class Volume:
    """How much to plan: the base demo, or a benchmark-sized district (``scaled``)."""

    past_events: int
    upcoming_events: int
    registrations: int
    residents: int
    phone_prefix: str
    standalone_distributions: int
    extra_income_records: int
    showcase: bool  # the fixed highlights, demo logins' events and the year's budget

    @classmethod
    def base(cls) -> "Volume":
        return cls(
            past_events=640,
            upcoming_events=72,
            registrations=11_000,
            residents=2_400,
            phone_prefix="158",
            standalone_distributions=320,
            extra_income_records=0,
            showcase=True,
        )

    @classmethod
    def scaled(cls, scale: float) -> "Volume":
        """``scale=1``: 50,000 events and 1,000,000 registrations; everything else in proportion."""
        events = max(2, round(50_000 * scale))
        upcoming = max(1, round(events * 0.1))
        return cls(
            past_events=events - upcoming,
            upcoming_events=upcoming,
            registrations=round(1_000_000 * scale),
            residents=max(200, round(100_000 * scale)),
            phone_prefix="186",
            standalone_distributions=round(events * 0.5),
            extra_income_records=round(events * 0.05),
            showcase=False,
        )


class Plan:
    """One event in the making; turned into an ``events_event`` row at the end."""

    activity_type: str
    address: str
    approved_at: datetime | None
    approved_by: int | None
    area_id: int
    audiences: list[str]
    campaign: str
    cancelled_at: datetime | None
    capacity: int | None
    checked_in: int
    closes_at: datetime | None
    confirmed_seats: int
    created_at: datetime
    description: str
    ends_at: datetime
    fill: str | None
    id: int
    large_walk_ins: int | None
    logged_afterwards: bool
    marked_large: bool
    max_companions: int
    mode: str
    online_url: str
    opens_at: datetime | None
    org: OrgInfo
    planned_budget: Decimal
    registration_required: bool
    registrations: int
    report_status: str | None
    setting: str
    show_rate: float
    starts_at: datetime
    status: str
    status_reason: str
    submitted_at: datetime | None
    title: str
    topic: str
    township: int
    vip: str | None

    __slots__ = (
        "activity_type",
        "address",
        "approved_at",
        "approved_by",
        "area_id",
        "audiences",
        "campaign",
        "cancelled_at",
        "capacity",
        "checked_in",
        "closes_at",
        "confirmed_seats",
        "created_at",
        "description",
        "ends_at",
        "fill",
        "id",
        "large_walk_ins",
        "logged_afterwards",
        "marked_large",
        "max_companions",
        "mode",
        "online_url",
        "opens_at",
        "org",
        "planned_budget",
        "registration_required",
        "registrations",
        "report_status",
        "setting",
        "show_rate",
        "starts_at",
        "status",
        "status_reason",
        "submitted_at",
        "title",
        "topic",
        "township",
        "vip",
    )

    def __init__(self) -> None:
        for name in self.__slots__:
            setattr(self, name, None)
        self.registrations = 0
        self.confirmed_seats = 0
        self.checked_in = 0


@dataclass
class Outcome:
    residents: int = 0
    events: int = 0
    registrations: int = 0
    reports: int = 0
    distributions: int = 0
    funding_records: int = 0


def _third_saturday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(5 - first.weekday()) % 7 + 14)


def campaign_windows(year: int) -> dict[str, tuple[date, date]]:
    """National Science Week in mid/late May and Science Day on September's third weekend."""
    week = _third_saturday(year, 5)
    day = _third_saturday(year, 9)
    return {
        "science_week": (week, week + timedelta(days=7)),
        "science_day": (day - timedelta(days=4), day + timedelta(days=1)),
    }


def _campaign_for(day: date, rng: random.Random) -> str:
    windows = campaign_windows(day.year)
    for campaign, (start, end) in windows.items():
        if start <= day <= end and rng.random() < 0.75:
            return campaign
    # Since the 2024 revision of the Science Popularization Law all of September is science month.
    if day.month == 9 and day.year >= 2024 and rng.random() < 0.6:
        return "science_month"
    return ""


def _day_weight(day: date) -> float:
    weight = 1.3 if day.weekday() >= 5 else 1.0
    for campaign, (start, end) in campaign_windows(day.year).items():
        if start <= day <= end:
            weight *= 5.0 if campaign == "science_day" else 4.0
    if day.month == 9:
        weight *= 1.8
    if (day.month == 1 and day.day >= 25) or (day.month == 2 and day.day <= 15):
        weight *= 0.4  # Spring Festival
    return weight


def check_in_codes(count: int, taken: set[str]) -> list[str]:
    """``count`` new unique check-in codes, none of them in ``taken``.

    Small batches use ``new_check_in_code``; large ones draw the same 40 random bits per code from
    ``os.urandom`` in one go and spell them with the same alphabet, which is much faster.
    """
    codes: list[str] = []
    seen = set(taken)
    if count <= 20_000:
        while len(codes) < count:
            code = new_check_in_code()
            if code not in seen:
                seen.add(code)
                codes.append(code)
        return codes
    table = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", CHECK_IN_ALPHABET.encode())
    while len(codes) < count:
        missing = count - len(codes)
        text = base64.b32encode(os.urandom(5 * missing)).translate(table).decode()
        for start in range(0, len(text), 8):
            code = text[start : start + 8]
            if code not in seen:
                seen.add(code)
                codes.append(code)
    return codes


class ActivityPlanner:
    def __init__(
        self,
        *,
        ref: Reference,
        volume: Volume,
        rng: random.Random,
        now: datetime,
        writer: BulkWriter,
        password_hash: str,
    ) -> None:
        self.ref = ref
        self.volume = volume
        self.rng = rng
        self.now = now
        self.today = now.astimezone(LOCAL).date()
        self.writer = writer
        self.password_hash = password_hash
        self.outcome = Outcome()
        self.events: list[Plan] = []
        self.resident_ids: list[int] = []
        self.blocks: list[tuple[int, int]] = []
        self.vip_id = ref.logins["resident"].pk
        self.district_staff_id = ref.logins["district_staff"].pk
        self.leaves = ref.leaves
        self.reported: list[Plan] = []
        self.attendance: dict[int, int] = {}
        self.spent: dict[int, Decimal] = {}
        self.report_ids: dict[int, int] = {}

    # -- residents -------------------------------------------------------------------------------

    def create_residents(self) -> None:
        """Residents with phones ``<prefix>00000000…``; existing ones are reused, not duplicated."""
        volume = self.volume
        phones = [f"{volume.phone_prefix}{i:08d}" for i in range(volume.residents)]
        existing = dict(User.objects.filter(phone__in=phones).values_list("phone", "id"))
        missing = [p for p in phones if p not in existing]
        first = self.writer.reserve_ids(User, len(missing))
        password_hash = self.password_hash
        joined_start = self.now - timedelta(days=800)
        rng = self.rng
        rows = []
        for offset, phone in enumerate(missing):
            existing[phone] = first + offset
            joined = joined_start + timedelta(seconds=rng.random() * 780 * 86400)
            rows.append(
                (
                    first + offset,
                    password_hash,
                    phone,
                    person_name(rng),
                    Role.RESIDENT,
                    False,
                    False,
                    True,
                    joined,
                    "zh-hans",
                    "",
                )
            )
        self.writer.insert(
            User,
            (
                "id",
                "password",
                "phone",
                "name",
                "role",
                "is_superuser",
                "is_staff",
                "is_active",
                "date_joined",
                "language",
                "email",
            ),
            rows,
        )
        self.outcome.residents = len(rows)
        self.resident_ids = [existing[p] for p in phones]
        # Residents live where the population lives: a block of the list per township.
        weights = [self.ref.population[t.pk] for t in self.ref.townships]
        bounds = split(len(phones), weights)
        start = 0
        for size in bounds:
            self.blocks.append((start, max(size, 1)))
            start += size

    # -- events ----------------------------------------------------------------------------------

    def plan_events(self) -> None:
        volume, rng = self.volume, self.rng
        past_days = [self.today - timedelta(days=n) for n in range(1, 366)]
        upcoming_days = [self.today + timedelta(days=n) for n in range(1, 43)]
        weights = [_day_weight(day) for day in past_days]
        fixed = self._showcase() if volume.showcase else []
        past_count = max(volume.past_events - sum(1 for f in fixed if f["day"] < self.today), 0)
        upcoming_count = max(volume.upcoming_events - sum(1 for f in fixed if f["day"] > self.today), 0)
        days = rng.choices(past_days, weights, k=past_count) + rng.choices(upcoming_days, k=upcoming_count)
        # Every organization gets its share; the district association and companies a bigger one.
        deck = [
            org
            for org in self.ref.orgs
            for _ in range(3 if org.township < 0 else 2 if org.setting == "enterprise" else 1)
        ]
        orgs = [deck[i % len(deck)] for i in range(len(days))]
        rng.shuffle(orgs)
        first_id = self.writer.reserve_ids(Event, len(days) + len(fixed))
        for offset, spec in enumerate(fixed):
            self.events.append(self._event(first_id + offset, spec["org"], spec["day"], spec))
        for offset, (day, org) in enumerate(zip(days, orgs, strict=True), start=len(fixed)):
            self.events.append(self._event(first_id + offset, org, day, {}))

    def _org(self, name: str) -> OrgInfo:
        return next(o for o in self.ref.orgs if o.name == name)

    def _showcase(self) -> list[dict]:
        """Fixed events: the year's campaign highlights and what the demo logins will want to see."""
        today = self.today
        week, day = campaign_windows(today.year)["science_week"][0], campaign_windows(today.year)["science_day"][0]
        if week >= today:
            week = campaign_windows(today.year - 1)["science_week"][0]
        if day + timedelta(days=4) >= today:
            day = campaign_windows(today.year - 1)["science_day"][0]
        science_day = day + timedelta(days=4)
        cast = self._org(d.SCIENCE_ASSOCIATION)
        education = self._org("昆都仑区教育局")
        community = next(o for o in self.ref.orgs if o.id == self.ref.demo_org_ids[0])
        school = next(o for o in self.ref.orgs if o.id == self.ref.demo_org_ids[1])
        kunbei = next(o for o in self.ref.orgs if o.name == "昆北第一社区居民委员会")
        district = self.ref.district.pk
        big = {"status": "reported", "report_status": "accepted", "registration_required": False}
        return [
            {
                **big,
                "org": cast,
                "day": week,
                "type": "consultation",
                "area_id": district,
                "campaign": "science_week",
                "title": f"{week.year}年全国科技活动周昆都仑区启动仪式暨科普大集",
                "walk_ins": 2400,
                "hour": (9, 0),
            },
            {
                **big,
                "org": cast,
                "day": science_day,
                "type": "exhibition",
                "area_id": district,
                "campaign": "science_day",
                "title": f"{science_day.year}年全国科普日昆都仑区主场活动：稀土之都·科学之光",
                "walk_ins": 3100,
                "hour": (9, 0),
                "days": 2,
            },
            {
                **big,
                "org": kunbei,
                "day": today - timedelta(days=75),
                "type": "exhibition",
                "title": "流动科技馆进昆北巡展",
                "walk_ins": 1500,
                "hour": (9, 0),
                "days": 5,
            },
            {
                **big,
                "org": education,
                "day": today - timedelta(days=150),
                "type": "contest",
                "title": "昆都仑区青少年科技创新大赛",
                "walk_ins": 1080,
                "hour": (9, 0),
                "marked_large": True,
                "audiences": ["youth"],
            },
            {
                "org": community,
                "day": today + timedelta(days=5),
                "type": "lecture",
                "topic": "防范电信网络诈骗",
                "status": "approved",
                "fill": "nearly",
                "vip": "first",
                "hour": (9, 30),
            },
            {
                "org": community,
                "day": today + timedelta(days=9),
                "type": "consultation",
                "topic": "老年人健康养生",
                "status": "approved",
                "fill": "hot",
                "vip": "last",
                "hour": (9, 0),
                "audiences": ["elderly"],
            },
            {
                "org": community,
                "day": today + timedelta(days=20),
                "type": "show",
                "topic": "垃圾分类",
                "status": "submitted",
            },
            {
                "org": community,
                "day": today - timedelta(days=3),
                "type": "training",
                "topic": "心肺复苏急救",
                "status": "completed",
                "vip": "first",
                "hour": (14, 30),
            },
            {
                "org": community,
                "day": today - timedelta(days=12),
                "type": "lecture",
                "topic": "食品安全",
                "status": "reported",
                "report_status": "submitted",
                "vip": "first",
                "hour": (9, 30),
            },
            {
                "org": school,
                "day": today + timedelta(days=4),
                "type": "youth_group",
                "topic": "人工智能与编程",
                "status": "approved",
                "fill": "normal",
                "vip": "first",
                "hour": (15, 30),
            },
            {
                "org": school,
                "day": today + timedelta(days=30),
                "type": "camp",
                "topic": "稀土的奥秘",
                "status": "submitted",
                "hour": (9, 0),
                "days": 3,
            },
            {
                "org": school,
                "day": today - timedelta(days=40),
                "type": "contest",
                "topic": "科学家精神",
                "status": "reported",
                "report_status": "accepted",
                "vip": "first",
                "hour": (14, 30),
            },
        ]

    def _event(self, event_id: int, org: OrgInfo, day: date, spec: dict) -> Plan:
        rng = self.rng
        e = Plan()
        e.id = event_id
        e.org = org
        e.setting = org.setting
        e.township = org.township
        e.area_id = spec.get("area_id") or self._event_area(org)
        types, weights = zip(*d.ACTIVITY_MIX[org.setting], strict=True)
        e.activity_type = spec.get("type") or rng.choices(types, weights)[0]
        suffix, size, budget = d.ACTIVITY_SHAPE[e.activity_type]
        e.topic = spec.get("topic") or rng.choice(d.TOPICS_BY_SETTING[org.setting])
        e.campaign = spec["campaign"] if "campaign" in spec else _campaign_for(day, rng)
        if e.activity_type == "camp":
            suffix = "科技夏令营" if day.month in (7, 8) else "科技冬令营" if day.month in (1, 2) else suffix
        e.title = spec.get("title") or f"{CAMPAIGN_PREFIX.get(e.campaign, '')}{e.topic}{suffix}"
        audiences = d.AUDIENCES_BY_SETTING[org.setting]
        e.audiences = spec.get("audiences") or rng.sample(audiences, rng.randint(1, min(3, len(audiences))))
        hour, minute = spec.get("hour") or rng.choice(HOURS[org.setting])
        e.starts_at = datetime.combine(day, time(hour, minute), tzinfo=LOCAL)
        e.ends_at = self._ends(e, spec)
        e.mode = "offline"
        if e.activity_type in ("lecture", "show", "contest", "training") and not spec:
            roll = rng.random()
            e.mode = "online" if roll < 0.07 else "mixed" if roll < 0.15 else "offline"
        e.address = "" if e.mode == "online" else rng.choice(d.ADDRESS_BY_SETTING[org.setting]).format(place=org.place)
        e.online_url = f"https://live.kepu.example.cn/room/{event_id}" if e.mode != "offline" else ""
        audience_text = "、".join(AUDIENCE_NAMES[a] for a in e.audiences)
        e.description = (
            f"{org.name}主办，面向{audience_text}。围绕“{e.topic}”开展{suffix}，设有讲解、互动问答和科普资料发放环节。"
        )
        e.planned_budget = Decimal(round(rng.uniform(*budget), -2))
        e.registration_required = spec.get(
            "registration_required",
            rng.random() > (0.45 if e.activity_type in ("exhibition", "consultation") else 0.04),
        )
        e.max_companions = 2 if ("youth" in e.audiences and org.setting != "school") or e.activity_type == "camp" else 0
        e.fill = spec.get("fill")
        e.vip = spec.get("vip")
        e.marked_large = spec.get("marked_large", False)
        e.large_walk_ins = spec.get("walk_ins")
        if (
            e.large_walk_ins is None
            and e.campaign
            and e.activity_type in ("consultation", "exhibition")
            and rng.random() < 0.12
        ):
            e.large_walk_ins = rng.randint(1000, 2200)
            e.registration_required = False
        e.logged_afterwards = False
        self._lifecycle(e, spec, size)
        return e

    def _event_area(self, org: OrgInfo) -> int:
        """District-wide bodies go out into the communities and villages; everyone else stays home."""
        if org.township >= 0:
            return org.area_id
        return self.rng.choice(self.leaves).pk

    def _ends(self, e: Plan, spec: dict) -> datetime:
        rng = self.rng
        days = spec.get("days") or (rng.randint(1, 5) if e.activity_type in ("exhibition", "camp") else 0)
        if days > 1:
            end_day = e.starts_at.date() + timedelta(days=days - 1)
            return datetime.combine(end_day, time(17, 0), tzinfo=LOCAL)
        hours = {"training": 3, "contest": 2.5, "open_day": 3, "consultation": 3, "exhibition": 6}.get(
            e.activity_type, rng.choice((1.5, 2.0))
        )
        return e.starts_at + timedelta(hours=hours)

    def _lifecycle(self, e: Plan, spec: dict, size: int) -> None:
        """Status and its timestamps, consistent with when things happened relative to now."""
        rng, now = self.rng, self.now
        lead = timedelta(days=rng.uniform(14, 45))
        e.created_at = min(e.starts_at - lead, now - timedelta(hours=6))
        e.submitted_at = min(e.created_at + timedelta(hours=rng.uniform(1, 48)), now - timedelta(hours=3))
        review = timedelta(hours=rng.uniform(4, 72))
        e.approved_by = self._reviewer(e)
        status = spec.get("status")
        if e.starts_at > now:
            if status is None:
                roll = rng.random()
                status = (
                    "draft"
                    if roll < 0.04
                    else "submitted"
                    if roll < 0.16
                    else "cancelled"
                    if roll < 0.19
                    else "approved"
                )
        elif e.ends_at > now:
            status = status or "approved"  # still running
        elif status is None:
            roll = rng.random()
            ended_days = (now - e.ends_at).days
            if roll < 0.03:
                status = "cancelled"
            elif roll < 0.04:
                status = "rejected"
            elif (ended_days <= 10 and rng.random() < 0.5) or rng.random() < 0.01:
                status = "completed"
            else:
                status = "reported"
        e.status = status
        e.status_reason = ""
        e.approved_at = None
        e.cancelled_at = None
        if status == "draft":
            e.submitted_at = None
        elif status == "rejected":
            e.status_reason = rng.choice(REJECT_REASONS)
        elif status != "submitted":
            e.approved_at = min(e.submitted_at + review, now - timedelta(hours=2))
        if status == "cancelled":
            e.status_reason = rng.choice(CANCEL_REASONS)
            cancelled = min(e.starts_at - timedelta(days=rng.uniform(0.5, 3)), now - timedelta(hours=1))
            e.cancelled_at = max(cancelled, e.approved_at) if e.approved_at else cancelled
        if status == "reported" and not spec and e.registration_required and rng.random() < 0.05:
            # Logged afterwards: an event that took place without sign-up and was entered later.
            e.logged_afterwards = True
            e.registration_required = False
            logged = max(min(e.ends_at + timedelta(days=rng.uniform(1, 5)), now - timedelta(hours=1)), e.ends_at)
            e.created_at = e.submitted_at = logged
            e.approved_at = max(min(logged + review, now - timedelta(minutes=30)), logged)
        if status == "reported":
            ended_days = (now - e.ends_at).days
            e.report_status = spec.get("report_status") or (
                "submitted"
                if ended_days <= 21 and rng.random() < 0.5
                else "returned"
                if rng.random() < 0.015
                else "accepted"
            )
        # Sign-up opens at approval and closes two hours before the start.
        if e.registration_required:
            e.opens_at = e.approved_at or e.submitted_at or e.created_at
            e.opens_at = min(e.opens_at, e.starts_at - timedelta(hours=3))
            e.closes_at = e.starts_at - timedelta(hours=2)
        else:
            e.opens_at = e.closes_at = None
        e.show_rate = rng.uniform(0.72, 0.95)
        e.capacity = None

    def _reviewer(self, e: Plan) -> int:
        return self.ref.township_staff[e.township] if e.township >= 0 else self.district_staff_id

    # -- registrations ---------------------------------------------------------------------------

    def _takes_registrations(self, e: Plan) -> bool:
        return (
            e.registration_required
            and e.status in ("approved", "completed", "reported", "cancelled")
            and (e.opens_at is not None and e.opens_at < self.now)
        )

    def allocate_registrations(self) -> list[int]:
        """Registrations per event adding up exactly to the volume, weighted by size and time open."""
        rng, now = self.rng, self.now
        weights = []
        for e in self.events:
            if not self._takes_registrations(e):
                weights.append(0.0)
                continue
            weight = d.ACTIVITY_SHAPE[e.activity_type][1] * rng.uniform(0.6, 1.5)
            if e.starts_at > now:
                assert e.opens_at is not None and e.closes_at is not None  # set for every event taking sign-ups
                span = (e.closes_at - e.opens_at).total_seconds()
                weight *= min(max((now - e.opens_at).total_seconds() / span, 0.15), 1.0)
            if e.fill == "hot":
                weight *= 2
            weights.append(weight)
        total = self.volume.registrations
        cap = max(1, min(len(self.resident_ids) // 2, 1500))
        if not any(weights):
            return [0] * len(self.events)
        counts = split(total, weights)
        overflow = 0
        for i, count in enumerate(counts):
            if count > cap:
                overflow += count - cap
                counts[i] = cap
        open_events = [i for i, w in enumerate(weights) if w and counts[i] < cap]
        while overflow and open_events:
            i = rng.choice(open_events)
            counts[i] += 1
            overflow -= 1
            if counts[i] >= cap:
                open_events.remove(i)
        return counts

    def registration_rows(self, counts: list[int], codes: list[str]) -> Iterator[tuple]:
        """Each event's registrations in sign-up order, deciding seats, the waiting list and check-ins."""
        rng, now = self.rng, self.now
        code_iter = iter(codes)
        n_residents = len(self.resident_ids)
        resident_ids = self.resident_ids
        for e, count in zip(self.events, counts, strict=True):
            if e.vip and self._takes_registrations(e):
                count += 1
            if not count:
                self._size_without_registrations(e)
                continue
            lo, size = self.blocks[e.township] if e.township >= 0 else (0, n_residents)
            chosen: set[int] = set()
            people: list[int] = []
            if e.vip == "first":
                people.append(self.vip_id)
            while len(people) < count - (1 if e.vip == "last" else 0):
                index = lo + int(rng.random() * size) if rng.random() < 0.8 else int(rng.random() * n_residents)
                if index not in chosen:
                    chosen.add(index)
                    people.append(resident_ids[index])
            if e.vip == "last":
                people.append(self.vip_id)
            assert e.opens_at is not None and e.closes_at is not None  # set for every event taking sign-ups
            window_start = e.opens_at.timestamp()
            window_end = min(now, e.closes_at, e.cancelled_at or now)
            window = max(window_end.timestamp() - window_start, 60.0)
            times = sorted(window_start + rng.random() * window for _ in range(count))
            if e.vip == "last":
                times[-1] = max(times[-1], window_start + window - 1)
            companions = [0] * count
            if e.max_companions:
                companions = rng.choices((0, 1, 2), (70, 22, 8), k=count)
            cancelled = [rng.random() < 0.06 and person != self.vip_id for person in people]
            if e.status == "cancelled":
                cancelled = [True] * count
            wanted = sum(1 + c for c, x in zip(companions, cancelled, strict=True) if not x)
            e.capacity = self._capacity(e, sum(companions) + count if e.status == "cancelled" else wanted)
            used, waiting = 0, False
            past = e.status in ("completed", "reported")
            for person, at, extra, is_cancelled in zip(people, times, companions, cancelled, strict=True):
                created = datetime.fromtimestamp(at, UTC)
                queued = checked = cancelled_at = None
                if is_cancelled:
                    status = "cancelled"
                    end = (e.cancelled_at or min(now, e.starts_at)).timestamp()
                    cancelled_at = datetime.fromtimestamp(at + rng.random() * max(end - at, 1.0), UTC)
                    if e.cancelled_at is not None:
                        cancelled_at = max(e.cancelled_at, created)
                elif not waiting and (e.capacity is None or used + 1 + extra <= e.capacity):
                    status = "confirmed"
                    used += 1 + extra
                    if past and (person == self.vip_id or rng.random() < e.show_rate):
                        checked = e.starts_at - timedelta(seconds=rng.random() * 1500)
                        e.checked_in += 1 + extra
                else:
                    status, waiting, queued = "waitlisted", True, created
                updated = checked or cancelled_at or created
                yield (created, updated, e.id, person, extra, status, queued, next(code_iter), checked, cancelled_at)
            e.confirmed_seats = used
            e.registrations = count

    def _capacity(self, e: Plan, wanted: int) -> int | None:
        """A capacity that gives the planned fill: roomy, nearly full, or full with a waiting list."""
        rng = self.rng
        if e.status == "cancelled":
            return max(10, int(round(wanted * 1.2, -1)))
        fill = e.fill
        if fill is None and e.starts_at > self.now and e.status == "approved":
            roll = rng.random()
            fill = "hot" if roll < 0.1 else "nearly" if roll < 0.22 else "normal"
        if fill is None and rng.random() < 0.08:
            fill = "hot"
        if fill == "hot" and wanted >= 4:
            return max(1, int(wanted * rng.uniform(0.72, 0.9)))
        if fill == "nearly":
            return wanted + rng.randint(1, 3)
        if e.activity_type in ("exhibition", "consultation", "open_day") and rng.random() < 0.4:
            return None
        share = rng.uniform(0.3, 0.8) if e.starts_at > self.now else rng.uniform(0.6, 1.0)
        return max(10, -(-int(wanted / share) // 5) * 5)

    def _size_without_registrations(self, e: Plan) -> None:
        if e.registration_required:
            size = d.ACTIVITY_SHAPE[e.activity_type][1]
            e.capacity = max(10, int(round(size * self.rng.uniform(1.5, 3.0), -1)))

    # -- writing ---------------------------------------------------------------------------------

    def event_rows(self) -> Iterator[tuple]:
        for e in self.events:
            submitted_at = e.submitted_at
            updated = max(t for t in (e.created_at, submitted_at, e.approved_at, e.cancelled_at) if t is not None)
            if e.status in ("completed", "reported"):
                updated = max(updated, e.ends_at)
            yield (
                e.id,
                e.created_at,
                min(updated, self.now),
                e.title,
                e.description,
                e.activity_type,
                e.setting,
                e.mode,
                e.campaign,
                e.area_id,
                e.org.id,
                e.address,
                e.online_url,
                e.starts_at,
                e.ends_at,
                e.registration_required,
                e.capacity,
                e.max_companions,
                e.opens_at,
                e.closes_at,
                e.confirmed_seats,
                [24, 2],
                e.planned_budget,
                e.status,
                e.status_reason,
                e.marked_large,
                e.logged_afterwards,
                submitted_at,
                e.approved_at,
                e.approved_by if e.approved_at else None,
                e.org.organizer_id,
            )

    EVENT_COLUMNS = (
        "id",
        "created_at",
        "updated_at",
        "title",
        "description",
        "activity_type",
        "setting",
        "mode",
        "campaign",
        "area_id",
        "organization_id",
        "address",
        "online_url",
        "starts_at",
        "ends_at",
        "registration_required",
        "capacity",
        "max_companions",
        "registration_opens_at",
        "registration_closes_at",
        "confirmed_seats",
        "reminder_hours",
        "planned_budget",
        "status",
        "status_reason",
        "marked_large_scale",
        "logged_afterwards",
        "submitted_at",
        "approved_at",
        "approved_by_id",
        "created_by_id",
    )
    REGISTRATION_COLUMNS = (
        "created_at",
        "updated_at",
        "event_id",
        "resident_id",
        "companions",
        "status",
        "queued_at",
        "check_in_code",
        "checked_in_at",
        "cancelled_at",
    )

    def write(self) -> Outcome:
        # Every statistics trigger off while the rows go in, the aggregates recounted once at the end.
        with aggregates_recounted():
            return self._write()

    def _write(self) -> Outcome:
        writer, outcome = self.writer, self.outcome
        self.create_residents()
        self.plan_events()
        counts = self.allocate_registrations()
        vip_extra = sum(1 for e in self.events if e.vip and self._takes_registrations(e))
        taken = set(Registration.objects.values_list("check_in_code", flat=True))
        codes = check_in_codes(sum(counts) + vip_extra, taken)
        # Registrations first (their foreign keys are checked at the end): counting them as they are
        # written gives each event its confirmed seats.
        bulk = len(codes) >= 200_000
        with writer.indexes_deferred(Registration, enabled=bulk):
            outcome.registrations = writer.insert(
                Registration, self.REGISTRATION_COLUMNS, self.registration_rows(counts, codes)
            )
            outcome.events = writer.insert(Event, self.EVENT_COLUMNS, self.event_rows())
        through = Event.audiences.through
        writer.insert(through, ("event_id", "audience_id"), ((e.id, a) for e in self.events for a in e.audiences))
        self._write_reports()
        self._write_distributions()
        self._write_funding()
        return outcome

    def _write_reports(self) -> None:
        rng, now, writer = self.rng, self.now, self.writer
        reported = [e for e in self.events if e.status == "reported"]
        first = writer.reserve_ids(EventReport, len(reported))
        reports, walk_ins = [], []
        for offset, e in enumerate(reported):
            report_id = first + offset
            if e.large_walk_ins:
                walk_total = e.large_walk_ins
            elif not e.registration_required:
                walk_total = round(d.ACTIVITY_SHAPE[e.activity_type][1] * rng.uniform(1.5, 4.0))
            else:
                walk_total = round(e.checked_in * rng.uniform(0.0, 0.35))
            parts = split(walk_total, [rng.uniform(0.5, 1.5) for _ in e.audiences]) if walk_total else []
            for audience, part in zip(e.audiences, parts, strict=False):
                if part:
                    walk_ins.append((report_id, audience, part))
            attendance = e.checked_in + walk_total
            self.attendance[e.id] = attendance
            submitted = max(min(e.ends_at + timedelta(days=rng.uniform(0.3, 5)), now - timedelta(hours=1)), e.ends_at)
            if e.logged_afterwards and e.submitted_at:
                submitted = max(submitted, e.submitted_at)
            reviewed = None
            if e.report_status != "submitted":
                reviewed = max(
                    min(submitted + timedelta(days=rng.uniform(0.5, 4)), now - timedelta(minutes=30)), submitted
                )
            spent = Decimal(round(float(e.planned_budget) * rng.uniform(0.75, 1.02), -1)).quantize(Decimal("0.01"))
            local_day = e.starts_at.astimezone(LOCAL)
            summary = (
                f"{local_day:%Y年%m月%d日}在{e.address or '线上'}举办，签到{e.checked_in}人，"
                f"现场参与{walk_total}人次，合计{attendance}人次。"
            )
            reports.append(
                (
                    report_id,
                    submitted,
                    reviewed or submitted,
                    e.id,
                    e.report_status,
                    e.checked_in,
                    walk_total,
                    attendance,
                    spent,
                    summary,
                    e.org.organizer_id,
                    submitted,
                    self._reviewer(e) if reviewed else None,
                    reviewed,
                    RETURN_COMMENT if e.report_status == "returned" else "",
                )
            )
            self.spent[e.id] = spent
            self.report_ids[e.id] = report_id
        self.writer.insert(
            EventReport,
            (
                "id",
                "created_at",
                "updated_at",
                "event_id",
                "status",
                "checked_in",
                "walk_ins",
                "attendance",
                "expenditure",
                "summary",
                "submitted_by_id",
                "submitted_at",
                "reviewed_by_id",
                "reviewed_at",
                "review_comment",
            ),
            reports,
        )
        self.writer.insert(WalkInCount, ("report_id", "audience_id", "count"), walk_ins)
        self.outcome.reports = len(reports)
        self.reported = reported

    def _write_distributions(self) -> None:
        rng, now = self.rng, self.now
        materials = [m for m in self.ref.materials if m[1] != "video"]
        rows: list[tuple[Any, ...]] = []
        for e in self.reported:
            if rng.random() > 0.65:
                continue
            attendance = self.attendance[e.id]
            day = e.starts_at.astimezone(LOCAL).date()
            for material_id, kind in rng.sample(materials, rng.randint(1, 2)):
                share = 0.1 if kind == "kit" else rng.uniform(0.4, 1.0)
                quantity = max(1, round(attendance * share))
                at = datetime.combine(day, time(20, 0), tzinfo=LOCAL)
                rows.append((at, at, material_id, quantity, day, e.area_id, e.id, "event", "", e.org.organizer_id))
        leaves = self.leaves
        committee_of = {o.area_id: o.organizer_id for o in self.ref.orgs if o.setting in ("community", "village")}
        for _ in range(self.volume.standalone_distributions):
            leaf = rng.choice(leaves)
            material_id, kind = rng.choice(materials)
            channel = "bulletin_board" if kind == "poster" else rng.choice(("door_to_door", "door_to_door", "other"))
            quantity = rng.randint(10, 40) if kind == "poster" else rng.randint(60, 400)
            day = self.today - timedelta(days=rng.randint(1, 364))
            at = min(datetime.combine(day, time(17, 0), tzinfo=LOCAL), now)
            note = (
                "入户发放"
                if channel == "door_to_door"
                else "科普画廊更新"
                if channel == "bulletin_board"
                else "便民服务点"
            )
            rows.append((at, at, material_id, quantity, day, leaf.pk, None, channel, note, committee_of.get(leaf.pk)))
        self.outcome.distributions = self.writer.insert(
            Distribution,
            (
                "created_at",
                "updated_at",
                "material_id",
                "quantity",
                "date",
                "area_id",
                "event_id",
                "channel",
                "note",
                "recorded_by_id",
            ),
            rows,
        )

    def _write_funding(self) -> None:
        rows: list[tuple[Any, ...]] = []
        for e in self.reported:
            spent = self.spent[e.id]
            if spent > 0:
                day = e.starts_at.astimezone(LOCAL).date()
                at = min(datetime.combine(day, time(20, 0), tzinfo=LOCAL), self.now)
                rows.append(
                    (
                        at,
                        at,
                        "expenditure",
                        spent,
                        day,
                        e.area_id,
                        "",
                        False,
                        "activities",
                        "",
                        e.id,
                        e.org.organizer_id,
                    )
                )
        if self.volume.showcase:
            rows.extend(self._budget_rows())
        rng = self.rng
        for _ in range(self.volume.extra_income_records):
            org = rng.choice(self.ref.orgs)
            day = self.today - timedelta(days=rng.randint(1, 364))
            at = datetime.combine(day, time(10, 0), tzinfo=LOCAL)
            source = rng.choice(("self_raised", "donation", "other"))
            amount = Decimal(rng.randint(20, 200) * 100)
            rows.append(
                (
                    at,
                    at,
                    "income",
                    amount,
                    day,
                    org.area_id,
                    source,
                    False,
                    "",
                    f"{org.name}科普活动经费",
                    None,
                    org.organizer_id,
                )
            )
        self.outcome.funding_records = self.writer.insert(
            FundingRecord,
            (
                "created_at",
                "updated_at",
                "direction",
                "amount",
                "date",
                "area_id",
                "source",
                "is_special",
                "category",
                "purpose",
                "event_id",
                "recorded_by_id",
                "report_id",
            ),
            # The spending a report declared is tied to that report, as the report service ties it.
            ((*row, self.report_ids.get(row[10])) for row in rows),
        )

    def _budget_rows(self) -> list[tuple]:
        """The current year's money: about 1.5 yuan per resident raised, of which half special funds."""
        rng, today = self.rng, self.today
        residents = self.ref.population[self.ref.district.pk]
        district = self.ref.district.pk
        staff = self.district_staff_id

        def on(month: int, day: int) -> date:
            return min(date(today.year, month, day), today)

        def money(value: float) -> Decimal:
            return Decimal(round(value, -2)).quantize(Decimal("0.01"))

        special = money(residents * 0.8)
        first_tranche = money(float(special) * 0.6)
        entries = [
            ("income", first_tranche, on(3, 15), district, "government", True, "", "区财政科普专项经费（第一批）"),
            (
                "income",
                special - first_tranche,
                on(7, 10),
                district,
                "government",
                True,
                "",
                "区财政科普专项经费（第二批）",
            ),
            (
                "income",
                money(residents * 0.22),
                on(2, 28),
                district,
                "government",
                False,
                "",
                "区科协部门预算科普工作经费",
            ),
        ]
        for township in self.ref.townships:
            share = self.ref.population[township.pk] * 0.2
            entries.append(
                (
                    "income",
                    money(share * rng.uniform(0.9, 1.1)),
                    on(4, rng.randint(1, 28)),
                    township.pk,
                    "government",
                    False,
                    "",
                    f"{township.name}科普工作经费",
                )
            )
        for name, amount, month in (
            ("包头北方钢联集团有限责任公司", 80_000, 5),
            ("包头稀土应用技术研究所", 30_000, 9),
            ("包头北方重型机械装备有限公司", 20_000, 6),
        ):
            org = self._org(name)
            entries.append(
                ("income", money(amount), on(month, 8), org.area_id, "donation", False, "", f"{name}捐赠科普活动经费")
            )
        for org in [o for o in self.ref.orgs if o.setting in ("school", "enterprise")][:8]:
            entries.append(
                (
                    "income",
                    money(rng.uniform(4000, 12000)),
                    on(rng.randint(3, 10), 12),
                    org.area_id,
                    "self_raised",
                    False,
                    "",
                    f"{org.name}自筹科普经费",
                )
            )
        for category, per_resident, purpose in (
            ("administration", 0.06, "科普工作日常管理与培训"),
            ("venue", 0.12, "社区科普画廊与科普活动室改造"),
            ("exhibits", 0.10, "科普展品与流动展板购置"),
            ("other", 0.02, "科普志愿者保险与交通补贴"),
        ):
            for part, month in ((0.5, 4), (0.5, 9)):
                entries.append(
                    (
                        "expenditure",
                        money(residents * per_resident * part),
                        on(month, 20),
                        district,
                        "",
                        False,
                        category,
                        purpose,
                    )
                )
        rows: list[tuple[Any, ...]] = []
        for direction, spent, day, area_id, source, special_funds, category, purpose in entries:
            at = datetime.combine(day, time(10, 0), tzinfo=LOCAL)
            rows.append((at, at, direction, spent, day, area_id, source, special_funds, category, purpose, None, staff))
        return rows
