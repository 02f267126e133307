"""Every invariant the database guards, proved at the database: each write below skips Python validation
(``objects.create`` / ``update``) and must be refused by PostgreSQL itself, naming the constraint."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from kepu.accounts.models import Role, User
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
from kepu.events.models import Audience, Event, EventReport, Registration, WalkInCount
from kepu.funding.models import FundingRecord, Target
from kepu.materials.models import Distribution, Material
from kepu.notifications.models import Notification
from kepu.places.models import Area, AreaLevel, Membership, Population

pytestmark = pytest.mark.django_db


def assert_refused(write, constraint: str | None = None) -> None:
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        write()
    if constraint:
        assert constraint in str(excinfo.value), str(excinfo.value)


# --- accounts and places -----------------------------------------------------------------------------


def test_staff_need_an_area(subdistrict):
    assert_refused(lambda: User.objects.create(phone="13700000100", role=Role.STAFF), "user_staff_has_area")
    user = UserFactory(phone="13700000101", role=Role.STAFF, staff_area=subdistrict)
    assert_refused(lambda: User.objects.filter(pk=user.pk).update(staff_area=None), "user_staff_has_area")


def test_phone_is_unique(resident):
    assert_refused(lambda: User.objects.create(phone=resident.phone), "phone")


def test_area_names_are_unique_within_a_parent(subdistrict, community):
    assert_refused(
        lambda: Area.objects.create(name=community.name, level=AreaLevel.COMMUNITY, parent=subdistrict, path="/x/"),
        "area_unique_name_in_parent",
    )


def test_only_a_district_may_lack_a_parent(db):
    assert_refused(
        lambda: Area.objects.create(name="孤儿社区", level=AreaLevel.COMMUNITY, parent=None, path="/x/"),
        "area_non_district_has_parent",
    )


def test_area_codes_are_unique(district, subdistrict):
    assert_refused(lambda: Area.objects.filter(pk=subdistrict.pk).update(code=district.code), "code")


def test_population_is_unique_per_area_and_year(community):
    PopulationFactory(area=community, year=2024)
    assert_refused(
        lambda: Population.objects.create(area=community, year=2024, residents=1), "population_unique_area_year"
    )


@pytest.mark.parametrize("year", [1948, 2101])
def test_population_year_is_in_range(community, year):
    assert_refused(lambda: Population.objects.create(area=community, year=year, residents=1), "population_year_range")


def test_population_is_not_negative(community):
    population = PopulationFactory(area=community, year=2024)
    assert_refused(lambda: Population.objects.filter(pk=population.pk).update(residents=-1), "residents")


def test_organization_names_are_unique_within_an_area(organization):
    assert_refused(
        lambda: OrganizationFactory(name=organization.name, area=organization.area), "organization_unique_name_in_area"
    )


def test_a_membership_exists_once(organizer, organization):
    assert_refused(lambda: Membership.objects.create(organization=organization, user=organizer), "membership_unique")


# --- events ------------------------------------------------------------------------------------------


@pytest.fixture
def event(organization):
    return EventFactory(organization=organization, capacity=10)


def test_an_event_ends_after_it_starts(event):
    assert_refused(lambda: Event.objects.filter(pk=event.pk).update(ends_at=F("starts_at")), "event_ends_after_start")


def test_confirmed_seats_never_exceed_the_capacity(event):
    Event.objects.filter(pk=event.pk).update(confirmed_seats=10)
    assert_refused(
        lambda: Event.objects.filter(pk=event.pk).update(confirmed_seats=11), "event_confirmed_within_capacity"
    )
    assert_refused(lambda: Event.objects.filter(pk=event.pk).update(capacity=9), "event_confirmed_within_capacity")


def test_an_unlimited_event_takes_any_number_of_seats(event):
    Event.objects.filter(pk=event.pk).update(capacity=None, confirmed_seats=100000)


def test_the_planned_budget_is_not_negative(event):
    assert_refused(
        lambda: Event.objects.filter(pk=event.pk).update(planned_budget=Decimal("-0.01")), "event_budget_non_negative"
    )


def test_sign_up_closes_after_it_opens(event):
    opens = timezone.now()
    assert_refused(
        lambda: Event.objects.filter(pk=event.pk).update(registration_opens_at=opens, registration_closes_at=opens),
        "event_registration_window_ordered",
    )


def test_a_resident_registers_once_per_event(event, resident):
    RegistrationFactory(event=event, resident=resident)
    assert_refused(lambda: RegistrationFactory(event=event, resident=resident), "registration_unique_resident_event")


def test_check_in_codes_are_unique(event, resident, other_resident):
    first = RegistrationFactory(event=event, resident=resident)
    assert_refused(
        lambda: RegistrationFactory(event=event, resident=other_resident, check_in_code=first.check_in_code),
        "check_in_code",
    )


def test_a_waitlisted_registration_has_a_queue_position(event, resident):
    assert_refused(
        lambda: RegistrationFactory(event=event, resident=resident, status="waitlisted", queued_at=None),
        "registration_waitlisted_is_queued",
    )


@pytest.mark.parametrize("status", ["waitlisted", "cancelled"])
def test_only_confirmed_registrations_are_checked_in(event, resident, status):
    registration = RegistrationFactory(event=event, resident=resident, queued_at=timezone.now())
    Registration.objects.filter(pk=registration.pk).update(checked_in_at=timezone.now())
    assert_refused(
        lambda: Registration.objects.filter(pk=registration.pk).update(status=status),
        "registration_only_confirmed_check_in",
    )


def _report(event, **values):
    defaults = {"checked_in": 10, "walk_ins": 5, "attendance": 15, "submitted_at": timezone.now()}
    return EventReport.objects.create(event=event, **{**defaults, **values})


def test_report_attendance_is_checked_in_plus_walk_ins(event):
    assert_refused(lambda: _report(event, attendance=14), "report_attendance_adds_up")


def test_report_expenditure_is_not_negative(event):
    assert_refused(lambda: _report(event, expenditure=Decimal("-1")), "report_expenditure_non_negative")


def test_one_report_per_event(event):
    _report(event)
    assert_refused(lambda: _report(event), "event_id")


def test_walk_ins_are_counted_once_per_audience(event):
    report = _report(event)
    audience = Audience.objects.get(key="youth")
    WalkInCount.objects.create(report=report, audience=audience, count=3)
    assert_refused(
        lambda: WalkInCount.objects.create(report=report, audience=audience, count=2), "walk_in_unique_audience"
    )


# --- materials and funding ---------------------------------------------------------------------------


def test_material_names_are_unique(db):
    material = MaterialFactory()
    assert_refused(lambda: Material.objects.create(name=material.name, kind="poster"), "name")


def test_a_distribution_hands_out_at_least_one_copy(community):
    distribution = DistributionFactory(area=community)
    assert_refused(
        lambda: Distribution.objects.filter(pk=distribution.pk).update(quantity=0), "distribution_quantity_positive"
    )


def test_a_distribution_at_an_event_names_the_event(community):
    assert_refused(
        lambda: DistributionFactory(area=community, channel="event", event=None), "distribution_event_channel_has_event"
    )


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-5.00")])
def test_funding_amounts_are_positive(community, amount):
    assert_refused(lambda: FundingRecordFactory(area=community, amount=amount), "funding_amount_positive")


@pytest.mark.parametrize(
    ("source", "direction"), [("donation", "income"), ("self_raised", "income"), ("government", "expenditure")]
)
def test_special_funds_are_government_income(community, source, direction):
    assert_refused(
        lambda: FundingRecordFactory(area=community, is_special=True, source=source, direction=direction),
        "funding_special_is_government_income",
    )


def test_income_names_its_source(community):
    assert_refused(
        lambda: FundingRecordFactory(area=community, source="", direction="income"), "funding_income_has_source"
    )
    FundingRecordFactory(area=community, source="", direction="expenditure", category="activities")
    assert FundingRecord.objects.count() == 1


def test_a_target_exists_once_per_area_and_year(district):
    Target.objects.create(area=district, year=2025)
    assert_refused(lambda: Target.objects.create(area=district, year=2025), "target_unique_area_year")


def test_a_per_capita_target_is_not_negative(district):
    assert_refused(
        lambda: Target.objects.create(area=district, year=2025, per_capita_funding=Decimal("-0.5")),
        "target_per_capita_non_negative",
    )


def test_a_notification_exists_once_per_recipient_kind_and_subject(resident):
    def create():
        return Notification.objects.create(
            recipient=resident, kind="event_reminder", subject_key="event:1:reminder:24", due_at=timezone.now()
        )

    create()
    assert_refused(create, "notification_unique_subject")
