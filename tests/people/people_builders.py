"""Builders shared by the people tests."""

import itertools
from datetime import timedelta

from django.utils import timezone

from kepu.demo.factories import EventFactory, UserFactory, VolunteerFactory, VolunteerRoleFactory
from kepu.events.models import EventStatus

_phones = itertools.count(1)


def volunteer(area, **fields):
    """A registered volunteer whose phone number cannot collide with the shared fixtures' numbers."""
    user = UserFactory(phone=f"187{next(_phones):08d}", name=fields.pop("name", "志愿者"))
    return VolunteerFactory(user=user, area=area, **fields)


def upcoming_event(organization, **fields):
    fields.setdefault("status", EventStatus.APPROVED)
    fields.setdefault("approved_at", timezone.now() - timedelta(days=1))
    return EventFactory(organization=organization, area=organization.area, **fields)


def ended_event(organization, days_ago=2, **fields):
    start = timezone.now() - timedelta(days=days_ago)
    fields.setdefault("status", EventStatus.COMPLETED)
    return upcoming_event(organization, starts_at=start, ends_at=start + timedelta(hours=3), **fields)


def role(event, capacity=5, **fields):
    return VolunteerRoleFactory(event=event, capacity=capacity, **fields)
