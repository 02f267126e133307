"""Builders shared by the events tests."""

import itertools
from datetime import timedelta

from django.utils import timezone

from kepu.accounts.models import User
from kepu.demo.factories import EventFactory, RegistrationFactory, UserFactory
from kepu.events.models import EventStatus, RegistrationStatus


def make_event(organization, **fields):
    fields.setdefault("status", EventStatus.APPROVED)
    fields.setdefault("capacity", 50)
    if fields["status"] in (EventStatus.APPROVED, EventStatus.COMPLETED, EventStatus.REPORTED):
        fields.setdefault("approved_at", timezone.now() - timedelta(days=1))
    return EventFactory(organization=organization, area=organization.area, **fields)


def make_residents(count: int, prefix: str = "150") -> list[User]:
    """Many residents at once: bulk_create, no password hashing."""
    users = [User(phone=f"{prefix}{i:08d}", name=f"居民{i}", password="!") for i in range(count)]
    return User.objects.bulk_create(users)


def register(event, resident, status=RegistrationStatus.CONFIRMED, companions=0, minutes_ago=0):
    queued = timezone.now() - timedelta(minutes=minutes_ago)
    registration = RegistrationFactory(
        event=event, resident=resident, status=status, companions=companions, queued_at=queued
    )
    if status == RegistrationStatus.CONFIRMED:
        event.confirmed_seats += 1 + companions
        event.save(update_fields=["confirmed_seats"])
    return registration


_phones = itertools.count(1)


def person(**fields) -> User:
    """A resident whose phone number cannot collide with the shared fixtures' numbers."""
    return UserFactory(phone=f"186{next(_phones):08d}", **fields)
