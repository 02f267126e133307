"""The audit log, read-only, for association staff."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.permissions import BasePermission

from kepu.accounts.policies import is_association_staff

from .changes import describe_changes
from .filters import AuditEntryFilter
from .selectors import audit_entries
from .serializers import AuditEntrySerializer
from .targets import describe_targets


class IsAssociationStaff(BasePermission):
    def has_permission(self, request, view) -> bool:
        return is_association_staff(request.user)


@extend_schema(tags=["audit"])
class AuditLogApi(generics.ListAPIView):
    """Who changed events, reports, funding, population, materials, areas and organizations.

    District staff see everything; subdistrict staff the entries about objects in their subtree.
    """

    serializer_class = AuditEntrySerializer
    permission_classes = [IsAssociationStaff]
    filterset_class = AuditEntryFilter

    def get_queryset(self):
        return audit_entries(user=self.request.user)

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset())) or []
        context = {
            **self.get_serializer_context(),
            "target_words": describe_targets(page),
            "change_words": describe_changes(page),
        }
        return self.get_paginated_response(AuditEntrySerializer(page, many=True, context=context).data)
