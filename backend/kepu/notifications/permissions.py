"""Who may do what with notifications: everyone manages their own inbox; association staff see failed
deliveries in their area."""

from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from kepu.accounts.policies import Viewer, is_association_staff


def can_view_failed_deliveries(user: Viewer) -> bool:
    return is_association_staff(user)


class IsAssociationStaff(BasePermission):
    def has_permission(self, request: Request, view: APIView) -> bool:
        return can_view_failed_deliveries(request.user)
