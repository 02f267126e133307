"""Funding records and targets are the association's books: staff only, within their area subtree."""

from rest_framework.permissions import BasePermission

from kepu.accounts.policies import is_association_staff, staff_area_q, staff_covers_area


def can_manage_funding(user, area) -> bool:
    return is_association_staff(user) and staff_covers_area(user, area)


def visible_funding_q(user):
    return staff_area_q(user, "area")


class StaffOnly(BasePermission):
    def has_permission(self, request, view) -> bool:
        return is_association_staff(request.user)
