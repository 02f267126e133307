"""Who may do what with notifications: everyone manages their own inbox; association staff see failed
deliveries in their area."""

from rest_framework.permissions import BasePermission

from kepu.accounts.policies import is_association_staff


def can_view_failed_deliveries(user) -> bool:
    return is_association_staff(user)


class IsAssociationStaff(BasePermission):
    def has_permission(self, request, view) -> bool:
        return can_view_failed_deliveries(request.user)
