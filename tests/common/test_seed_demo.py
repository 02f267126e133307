"""The demo seed: a believable district whose figures agree at every level, written once."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from kepu.accounts.models import Role, User
from kepu.common.models import AuditEntry
from kepu.demo.activity import check_in_codes
from kepu.demo.reference import DEMO_PHONES
from kepu.events.codes import CHECK_IN_ALPHABET
from kepu.events.models import (
    ActivityType,
    Audience,
    Campaign,
    Event,
    EventReport,
    Mode,
    Registration,
    ReportStatus,
    WalkInCount,
)
from kepu.funding.models import FundingRecord, Target
from kepu.materials.models import Distribution, Material
from kepu.people.models import Popularizer, Volunteer, VolunteerSignup
from kepu.places.models import Area, AreaLevel, Membership, Organization, Population, Setting
from kepu.venues.models import GalleryRefresh, Venue, VenueKind

BACKEND = Path(__file__).resolve().parents[2] / "backend"
COUNTED = (
    User,
    Area,
    Population,
    Organization,
    Membership,
    Material,
    Target,
    Event,
    Event.audiences.through,
    Registration,
    EventReport,
    WalkInCount,
    Distribution,
    FundingRecord,
    AuditEntry,
    Popularizer,
    Volunteer,
    VolunteerSignup,
    Venue,
    GalleryRefresh,
)


def counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in COUNTED}


def seed(*args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """One seeded district for the read-only tests of this module, rolled back at its end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield seed()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def test_seeding_again_creates_no_duplicates(seeded, db):
    before = counts()
    output = seed()
    assert counts() == before
    assert "already there; nothing added" in output
    assert before["events.Event"] > 600 and before["events.Registration"] > 10_000


def test_every_role_has_a_demo_login_that_is_printed(seeded, db):
    users = {key: User.objects.get(phone=phone) for key, phone in DEMO_PHONES.items()}
    assert users["admin"].is_superuser and users["admin"].is_staff and users["admin"].role == Role.ADMIN
    assert users["district_staff"].role == Role.STAFF and users["district_staff"].staff_area.code == "150203"
    assert users["subdistrict_staff"].staff_area.level == AreaLevel.SUBDISTRICT
    settings = set(Organization.objects.filter(memberships__user=users["organizer"]).values_list("setting", flat=True))
    assert settings == {Setting.COMMUNITY, Setting.SCHOOL}
    assert users["resident"].role == Role.RESIDENT
    for user in users.values():
        assert user.check_password("kepu2026")
    for phone in DEMO_PHONES.values():
        assert phone in seeded


def test_populations_add_up_at_every_level_for_both_years(seeded, db):
    district = Area.objects.get(code="150203")
    year = timezone.localdate().year
    for figure_year in (year - 1, year):
        rows = {p.area_id: p.residents for p in Population.objects.filter(year=figure_year)}
        assert sum(rows[a.pk] for a in district.children.all()) == rows[district.pk]
        for township in district.children.all():
            assert sum(rows[leaf.pk] for leaf in township.children.all()) == rows[township.pk]
    assert Population.objects.get(area=district, year=year).residents == 787_681


def test_areas_carry_real_names_and_statistical_codes(seeded, db):
    district = Area.objects.get(code="150203")
    townships = list(district.children.order_by("code"))
    assert [a.code for a in townships] == [f"150203{n:03d}" for n in range(1, 14)] + ["150203100", "150203101"]
    assert {"少先路街道", "昆北街道", "昆河镇", "卜尔汉图镇"} <= {a.name for a in townships}
    for township in townships:
        children = list(township.children.all())
        assert 3 <= len(children) <= 6
        for leaf in children:
            assert len(leaf.code) == 12 and leaf.code.startswith(township.code)
            assert leaf.path == f"{township.path}{leaf.pk}/"
            rural = leaf.level == AreaLevel.VILLAGE
            assert leaf.urban_rural_code.startswith("2" if rural else "1")
    assert Area.objects.filter(level=AreaLevel.VILLAGE, name__endswith="嘎查").exists()
    committees = Organization.objects.filter(area__level=AreaLevel.COMMUNITY, setting=Setting.COMMUNITY)
    assert committees.values("area").distinct().count() == Area.objects.filter(level=AreaLevel.COMMUNITY).count()
    assert set(Organization.objects.values_list("setting", flat=True)) == set(Setting.values)


def test_registrations_seats_and_reports_keep_the_models_invariants(seeded, db):
    connection.check_constraints()  # the deferred foreign keys hold
    seats = Event.objects.annotate(
        taken=Sum(F("registrations__companions") + 1, filter=Q(registrations__status="confirmed"), default=0)
    )
    assert not seats.exclude(confirmed_seats=F("taken")).exists()
    # A waiting list only exists where the confirmed seats leave no room for the next party.
    waiting = Event.objects.filter(registrations__status="waitlisted").distinct()
    assert waiting.exists()
    assert not waiting.filter(capacity__isnull=True).exists()
    for event in waiting:
        first = event.registrations.filter(status="waitlisted").order_by("queued_at").first()
        assert event.capacity - event.confirmed_seats < 1 + first.companions
    reports = EventReport.objects.annotate(
        people=Sum(
            F("event__registrations__companions") + 1,
            filter=Q(event__registrations__checked_in_at__isnull=False),
            default=0,
        ),
    )
    assert not reports.exclude(checked_in=F("people")).exists()
    walk_ins = EventReport.objects.annotate(counted=Sum("walk_in_counts__count", default=0))
    assert not walk_ins.exclude(walk_ins=F("counted")).exists()
    assert set(EventReport.objects.values_list("event__status", flat=True)) == {"reported"}
    assert (
        not Registration.objects.filter(checked_in_at__isnull=False)
        .exclude(event__status__in=["completed", "reported"])
        .exists()
    )
    spent = FundingRecord.objects.filter(direction="expenditure", event__isnull=False).aggregate(s=Sum("amount"))["s"]
    assert spent == EventReport.objects.aggregate(s=Sum("expenditure"))["s"]


def test_the_year_covers_every_kind_of_work_and_what_is_waiting(seeded, db):
    now = timezone.now()
    past = Event.objects.filter(starts_at__lt=now, starts_at__gte=now - timezone.timedelta(days=366))
    assert set(past.values_list("activity_type", flat=True)) == set(ActivityType.values)
    assert set(past.values_list("setting", flat=True)) == set(Setting.values)
    assert set(past.values_list("mode", flat=True)) == set(Mode.values)
    assert set(past.values_list("campaign", flat=True)) == set(Campaign.values) - {Campaign.OTHER}
    assert set(past.values_list("audiences", flat=True)) == set(Audience.objects.values_list("key", flat=True))
    week = past.filter(campaign=Campaign.SCIENCE_WEEK).values_list("starts_at", flat=True)
    assert {timezone.localtime(t).month for t in week} == {5}
    assert {
        timezone.localtime(t).month
        for t in past.filter(campaign=Campaign.SCIENCE_DAY).values_list("starts_at", flat=True)
    } == {9}
    assert EventReport.objects.filter(status=ReportStatus.ACCEPTED, attendance__gte=1000).count() >= 4

    upcoming = Event.objects.filter(starts_at__gt=now, starts_at__lte=now + timezone.timedelta(days=43))
    open_now = upcoming.filter(status="approved", registration_required=True, registration_opens_at__lte=now)
    assert open_now.count() >= 30
    assert (
        open_now.filter(confirmed_seats=F("capacity")).exists()
        or open_now.filter(registrations__status="waitlisted").exists()
    )
    assert upcoming.filter(status="submitted").count() >= 3
    assert EventReport.objects.filter(status=ReportStatus.SUBMITTED).count() >= 3
    assert Event.objects.filter(status="completed", ends_at__lt=now).exists()

    resident = User.objects.get(phone=DEMO_PHONES["resident"])
    mine = Registration.objects.filter(resident=resident)
    assert mine.filter(status="confirmed", event__starts_at__gt=now).exists()
    assert mine.filter(status="waitlisted").exists()
    assert mine.filter(checked_in_at__isnull=False).exists()


def test_money_is_plausible_against_one_and_a_half_yuan_per_resident(seeded, db):
    year = timezone.localdate().year
    this_year = FundingRecord.objects.filter(date__year=year)
    raised = this_year.filter(direction="income").aggregate(s=Sum("amount"))["s"]
    special = this_year.filter(is_special=True).aggregate(s=Sum("amount"))["s"]
    spent = this_year.filter(direction="expenditure").aggregate(s=Sum("amount"))["s"]
    per_resident = raised / 787_681
    assert 1.2 < per_resident < 1.6
    assert 0 < special < raised
    assert 0 < spent < raised
    sources = set(this_year.filter(direction="income").values_list("source", flat=True))
    assert sources >= {"government", "donation", "self_raised"}
    categories = set(FundingRecord.objects.filter(direction="expenditure").values_list("category", flat=True))
    assert categories == {"administration", "activities", "venue", "exhibits", "other"}
    assert Distribution.objects.aggregate(s=Sum("quantity"))["s"] > 50_000


def test_scale_adds_proportional_bulk_data_once(seeded, db):
    before = counts()
    output = seed("--scale", "0.002")
    after = counts()
    added = {label: after[label] - before[label] for label in after}
    assert added["events.Event"] == 100
    assert added["events.Registration"] == 2000
    assert added["accounts.User"] == 200
    assert 0 < added["events.EventReport"] < 100
    assert added["materials.Distribution"] > 0 and added["funding.FundingRecord"] > 0
    assert "Scale 0.002" in output
    connection.check_constraints()
    seats = Event.objects.annotate(
        taken=Sum(F("registrations__companions") + 1, filter=Q(registrations__status="confirmed"), default=0)
    )
    assert not seats.exclude(confirmed_seats=F("taken")).exists()
    assert Registration.objects.values("check_in_code").annotate(n=Count("id")).filter(n__gt=1).count() == 0

    seed("--scale", "0.002")
    assert counts() == after


def test_large_batches_of_check_in_codes_are_unique_and_avoid_taken_ones():
    taken = {"AAAAAAAA", "BBBBBBBB"}
    codes = check_in_codes(30_000, taken)
    assert len(codes) == len(set(codes)) == 30_000
    assert not taken & set(codes)
    assert all(len(code) == 8 and set(code) <= set(CHECK_IN_ALPHABET) for code in codes)


def test_the_district_has_popularizers_volunteers_with_hours_venues_and_refreshed_galleries(seeded, db):
    from django.db.models import Sum

    assert Popularizer.objects.filter(kind="full_time").exists() and Popularizer.objects.filter(kind="part_time")
    served = VolunteerSignup.objects.filter(hours__isnull=False, event__report__status=ReportStatus.ACCEPTED)
    assert served.aggregate(h=Sum("hours"))["h"] > 50
    assert served.filter(volunteer__user__phone=DEMO_PHONES["resident"]).exists()
    assert all(s.checked_in_at and s.event.ends_at < timezone.now() for s in served[:50])
    assert {VenueKind.SCIENCE_CENTER, VenueKind.COMMUNITY_ROOM, VenueKind.GALLERY} <= set(
        Venue.objects.values_list("kind", flat=True)
    )
    last_year = timezone.localdate().year - 1
    per_gallery = Venue.objects.filter(kind=VenueKind.GALLERY).annotate(
        n=Count("refreshes", filter=Q(refreshes__date__year=last_year))
    )
    assert per_gallery.filter(n__gte=6).exists() and per_gallery.filter(n__lt=6).exists()
    assert GalleryRefresh.objects.filter(date__gt=timezone.localdate()).count() == 0
    assert Volunteer.objects.count() > 20
