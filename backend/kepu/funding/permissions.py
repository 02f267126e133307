"""Funding records and targets are the association's books: staff only, within their area subtree."""

from django.db.models import Q
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from kepu.accounts.policies import Viewer, is_association_staff, staff_area_q, staff_covers_area
from kepu.places.models import Area


def can_manage_funding(user: Viewer, area: Area) -> bool:
    return is_association_staff(user) and staff_covers_area(user, area)


def visible_funding_q(user: Viewer) -> Q:
    return staff_area_q(user, "area")


class StaffOnly(BasePermission):
    def has_permission(self, request: Request, view: APIView) -> bool:
        return is_association_staff(request.user)
