"""Factories shared by the tests and the demo seed."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from kepu.accounts.models import Role, User
from kepu.events.codes import new_check_in_code
from kepu.events.models import Event, EventStatus, Registration, RegistrationStatus
from kepu.funding.models import FundingRecord, FundingSource
from kepu.materials.models import Distribution, Material, MaterialKind
from kepu.people.models import Gender, Popularizer, PopularizerKind, Volunteer, VolunteerRole
from kepu.places.models import Area, AreaLevel, Membership, Organization, Population, Setting
from kepu.venues.models import Venue, VenueKind


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    name = factory.Sequence(lambda n: f"区域{n}")
    level = AreaLevel.DISTRICT
    parent = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from kepu.places.services import area_save

        return area_save(area=model_class(*args, **kwargs))


class PopulationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Population

    area = factory.SubFactory(AreaFactory)
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    residents = 10000


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    phone = factory.Sequence(lambda n: f"139{n:08d}")
    name = factory.Sequence(lambda n: f"居民{n}")
    role = Role.RESIDENT
    password = factory.PostGenerationMethodCall("set_password", "kepu-pass-123")

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"组织{n}")
    setting = Setting.COMMUNITY
    area = factory.SubFactory(AreaFactory)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    organization = factory.SubFactory(OrganizationFactory)
    user = factory.SubFactory(UserFactory, role=Role.ORGANIZER)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"科普讲座 {n}")
    description = "面向社区居民的科普讲座。"
    activity_type = "lecture"
    organization = factory.SubFactory(OrganizationFactory)
    area = factory.SelfAttribute("organization.area")
    setting = factory.SelfAttribute("organization.setting")
    address = "社区活动室"
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    capacity = 50
    status = EventStatus.APPROVED
    planned_budget = Decimal("500.00")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    resident = factory.SubFactory(UserFactory)
    status = RegistrationStatus.CONFIRMED
    check_in_code = factory.LazyFunction(new_check_in_code)


class MaterialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Material

    name = factory.Sequence(lambda n: f"科普手册 {n}")
    kind = MaterialKind.BROCHURE
    unit = "份"


class DistributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Distribution

    material = factory.SubFactory(MaterialFactory)
    quantity = 100
    date = factory.LazyFunction(timezone.localdate)
    area = factory.SubFactory(AreaFactory)
    channel = "door_to_door"


class FundingRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingRecord

    amount = Decimal("10000.00")
    date = factory.LazyFunction(timezone.localdate)
    area = factory.SubFactory(AreaFactory)
    source = FundingSource.GOVERNMENT


class PopularizerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Popularizer

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"科普员{n}")
    kind = PopularizerKind.PART_TIME
    gender = Gender.FEMALE
    started_on = factory.LazyFunction(lambda: timezone.localdate().replace(month=1, day=1))


class VolunteerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Volunteer

    user = factory.SubFactory(UserFactory)
    area = factory.SubFactory(AreaFactory)
    registered_on = factory.LazyFunction(lambda: timezone.localdate().replace(month=1, day=1))


class VolunteerRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VolunteerRole

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"引导员{n}")
    capacity = 5


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    area = factory.SubFactory(AreaFactory)
    name = factory.Sequence(lambda n: f"科普场地{n}")
    kind = VenueKind.COMMUNITY_ROOM
    opened_on = factory.LazyFunction(lambda: timezone.localdate().replace(year=timezone.localdate().year - 3))
