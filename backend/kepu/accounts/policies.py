"""Who a user is in the product: the role checks every app's policies build on."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypeGuard

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.http import HttpRequest
from rest_framework.exceptions import NotAuthenticated

from .models import Role, User

if TYPE_CHECKING:
    from kepu.places.models import Area

# Whoever makes a request: a signed-in user or an anonymous visitor.
Viewer: TypeAlias = User | AnonymousUser


def is_admin(user: Viewer | None) -> TypeGuard[User]:
    return isinstance(user, User) and (user.is_superuser or user.role == Role.ADMIN)


def is_association_staff(user: Viewer | None) -> TypeGuard[User]:
    """Association staff (or an administrator, who acts as district-wide staff)."""
    return isinstance(user, User) and (user.role == Role.STAFF or is_admin(user))


def staff_area_path(user: Viewer | None) -> str | None:
    """The tree-path prefix a staff member sees; "" for everything; None for non-staff."""
    if is_admin(user):
        return ""
    if is_association_staff(user) and user.staff_area_id and user.staff_area is not None:
        return user.staff_area.path
    return None


def is_district_staff(user: Viewer | None) -> bool:
    """Staff whose area is a whole district (no area above it), or an administrator."""
    if is_admin(user):
        return True
    return is_association_staff(user) and user.staff_area is not None and user.staff_area.parent_id is None


def staff_area_q(user: Viewer | None, field: str = "area") -> Q:
    """A filter on ``<field>__path`` restricting rows to the staff member's subtree."""
    prefix = staff_area_path(user)
    if prefix is None:
        return Q(pk__in=[])
    if prefix == "":
        return Q()
    return Q(**{f"{field}__path__startswith": prefix})


def staff_covers_area(user: Viewer | None, area: Area) -> bool:
    prefix = staff_area_path(user)
    return prefix is not None and area.path.startswith(prefix)


def organizer_org_ids(user: Viewer | None) -> set[int]:
    """Organizations the user organizes for; cached on the user object for the request."""
    if not isinstance(user, User):
        return set()
    cached: set[int] | None = getattr(user, "_kepu_org_ids", None)
    if cached is None:
        cached = set(user.memberships.values_list("organization_id", flat=True))
        user._kepu_org_ids = cached  # type: ignore[attr-defined]  # a per-request cache on the instance
    return cached


def is_organizer_of(user: Viewer | None, organization_id: int) -> bool:
    return organization_id in organizer_org_ids(user)


def acting_user(request: HttpRequest) -> User:
    """The signed-in person behind ``request``, for a view whose permission already let them through."""
    user = request.user
    if not isinstance(user, User):
        raise NotAuthenticated()
    return user
