"""Administrators keep the association staff accounts and the area each one looks after."""

import django_filters
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from kepu.places.models import Area

from . import selectors, services
from .models import User
from .policies import is_admin
from .serializers import (
    ErrorSerializer,
    StaffAccountSerializer,
    StaffAppointInputSerializer,
    StaffUpdateInputSerializer,
)

WRITE_ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer, 409: ErrorSerializer}


class IsAdministrator(BasePermission):
    message = _("Only administrators manage staff accounts.")

    def has_permission(self, request, view) -> bool:
        return is_admin(request.user)


class StaffAccountFilter(django_filters.FilterSet):
    area = django_filters.ModelChoiceFilter(
        queryset=Area.objects.all(),
        field_name="staff_area",
        method="filter_area",
        help_text=_("Staff of this area and the areas under it."),
    )
    is_active = django_filters.BooleanFilter()
    q = django_filters.CharFilter(method="filter_q", max_length=64, help_text=_("Name contains, or number ends with."))

    class Meta:
        model = User
        fields = ["area", "is_active", "q"]

    def filter_area(self, queryset, name, value):
        return queryset.filter(staff_area__path__startswith=value.path)

    def filter_q(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(name__icontains=value) | Q(phone__endswith=value)) if value else queryset


@extend_schema_view(
    list=extend_schema(summary="Association staff accounts and their areas (administrators)"),
    retrieve=extend_schema(responses={200: StaffAccountSerializer, 403: ErrorSerializer, 404: ErrorSerializer}),
)
@extend_schema(tags=["staff accounts"])
class StaffAccountViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = StaffAccountSerializer
    permission_classes = [IsAdministrator]
    filterset_class = StaffAccountFilter
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.staff_account_list()

    @extend_schema(request=StaffAppointInputSerializer, responses={201: StaffAccountSerializer, **WRITE_ERRORS})
    def create(self, request):
        data = StaffAppointInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = services.staff_appoint(by=request.user, **data.validated_data)
        return Response(StaffAccountSerializer(user).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=StaffUpdateInputSerializer, responses={200: StaffAccountSerializer, **WRITE_ERRORS})
    def partial_update(self, request, pk=None):
        user = get_object_or_404(self.get_queryset(), pk=pk)
        data = StaffUpdateInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        password = values.pop("password", "")
        if user.pk == request.user.pk and values.get("is_active") is False:
            raise ValidationError({"is_active": [_("You cannot switch off your own account.")]})
        user = services.staff_update(user=user, by=request.user, password=password, **values)
        return Response(StaffAccountSerializer(selectors.staff_account_list().get(pk=user.pk)).data)

    @extend_schema(
        responses={204: None, **WRITE_ERRORS}, summary="No longer association staff: a resident again, history kept"
    )
    def destroy(self, request, pk=None):
        services.staff_revoke(user=get_object_or_404(self.get_queryset(), pk=pk), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
