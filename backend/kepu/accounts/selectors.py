"""Reads on accounts: the signed-in person's profile and everything the product holds about them."""

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from kepu.events.models import EventStatus, Registration, RegistrationStatus
from kepu.notifications.models import Notification

from .models import User


def user_for_me(*, user: User) -> User:
    """The person with what the ``me`` payload shows, in a fixed number of queries."""
    return User.objects.select_related("staff_area").prefetch_related("organizations").get(pk=user.pk)


def user_upcoming_registrations(*, user: User) -> QuerySet:
    """Sign-ups that still hold (or wait for) a seat at an event that has not ended."""
    return Registration.objects.filter(
        resident=user,
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
        event__ends_at__gt=timezone.now(),
    ).exclude(event__status__in=[EventStatus.CANCELLED, EventStatus.REJECTED])


def user_personal_data(*, user: User) -> dict[str, Any]:
    """Everything about the person, for the data export PIPL gives them a right to."""
    user = user_for_me(user=user)
    registrations = Registration.objects.filter(resident=user).select_related("event").order_by("created_at", "id")
    notifications = Notification.objects.filter(recipient=user).order_by("due_at", "id")
    return {
        "exported_at": timezone.now(),
        "profile": user,
        "registrations": [
            {
                "id": registration.pk,
                "event": registration.event_id,
                "event_title": registration.event.title,
                "event_starts_at": registration.event.starts_at,
                "event_ends_at": registration.event.ends_at,
                "event_address": registration.event.address,
                "status": registration.status,
                "companions": registration.companions,
                "check_in_code": registration.check_in_code,
                "queued_at": registration.queued_at,
                "checked_in_at": registration.checked_in_at,
                "cancelled_at": registration.cancelled_at,
                "created_at": registration.created_at,
            }
            for registration in registrations
        ],
        "notifications": [
            {
                "id": notification.pk,
                "kind": notification.kind,
                "event": notification.event_id,
                "context": notification.context,
                "due_at": notification.due_at,
                "sent_at": notification.sent_at,
                "read_at": notification.read_at,
            }
            for notification in notifications
        ],
    }


def staff_account_list() -> QuerySet[User]:
    """Association staff accounts with their areas, for the administrators who keep them."""
    from .models import Role

    return User.objects.filter(role=Role.STAFF).select_related("staff_area").order_by("staff_area__path", "name", "id")
