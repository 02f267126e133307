"""Who a user is in the product: the role checks every app's policies build on."""

from django.db.models import Q
from django.http import HttpRequest
from rest_framework.exceptions import NotAuthenticated

from .models import Role, User


def is_admin(user) -> bool:
    return bool(user and user.is_authenticated and (user.is_superuser or user.role == Role.ADMIN))


def is_association_staff(user) -> bool:
    """Association staff (or an administrator, who acts as district-wide staff)."""
    return bool(user and user.is_authenticated and (user.role == Role.STAFF or is_admin(user)))


def staff_area_path(user) -> str | None:
    """The tree-path prefix a staff member sees; "" for everything; None for non-staff."""
    if is_admin(user):
        return ""
    if is_association_staff(user) and user.staff_area_id:
        return user.staff_area.path
    return None


def staff_area_q(user, field: str = "area") -> Q:
    """A filter on ``<field>__path`` restricting rows to the staff member's subtree."""
    prefix = staff_area_path(user)
    if prefix is None:
        return Q(pk__in=[])
    if prefix == "":
        return Q()
    return Q(**{f"{field}__path__startswith": prefix})


def staff_covers_area(user, area) -> bool:
    prefix = staff_area_path(user)
    return prefix is not None and area.path.startswith(prefix)


def organizer_org_ids(user) -> set[int]:
    """Organizations the user organizes for; cached on the user object for the request."""
    if not (user and user.is_authenticated):
        return set()
    cached = getattr(user, "_kepu_org_ids", None)
    if cached is None:
        cached = set(user.memberships.values_list("organization_id", flat=True))
        user._kepu_org_ids = cached
    return cached


def is_organizer_of(user, organization_id: int) -> bool:
    return organization_id in organizer_org_ids(user)


def acting_user(request: HttpRequest) -> User:
    """The signed-in person behind ``request``, for a view whose permission already let them through."""
    user = request.user
    if not isinstance(user, User):
        raise NotAuthenticated()
    return user
