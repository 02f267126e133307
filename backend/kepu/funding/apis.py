from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from . import services
from .filters import FundingFilter, TargetFilter
from .permissions import StaffOnly, can_manage_funding
from .selectors import funding_list, target_list
from .serializers import FundingInputSerializer, FundingRecordSerializer, TargetInputSerializer, TargetSerializer


def _check_area(user, values: dict) -> None:
    area = values.get("area")
    if area is not None and not can_manage_funding(user, area):
        raise ValidationError({"area": [_("This area is outside the areas you look after.")]})
    event = values.get("event")
    if event is not None and not can_manage_funding(user, event.area):
        raise ValidationError({"event": [_("This event is outside the areas you look after.")]})


class FundingViewSet(viewsets.ModelViewSet):
    """Money raised and spent, in exact yuan (amounts are decimal strings)."""

    serializer_class = FundingRecordSerializer
    permission_classes = [StaffOnly]
    filterset_class = FundingFilter

    def get_queryset(self):
        return funding_list(user=self.request.user)

    @extend_schema(request=FundingInputSerializer, responses={201: FundingRecordSerializer})
    def create(self, request, *args, **kwargs):
        data = FundingInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        record = services.funding_create(by=request.user, **data.validated_data)
        return Response(FundingRecordSerializer(record).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=FundingInputSerializer(partial=True), responses={200: FundingRecordSerializer})
    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

    @extend_schema(request=FundingInputSerializer, responses={200: FundingRecordSerializer})
    def update(self, request, *args, **kwargs):
        record = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        data = FundingInputSerializer(data=request.data, partial=kwargs.get("partial", False))
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        record = services.funding_update(record=record, by=request.user, **data.validated_data)
        return Response(FundingRecordSerializer(record).data)

    def perform_destroy(self, instance) -> None:
        services.funding_delete(record=instance, by=self.request.user)


class TargetViewSet(viewsets.ModelViewSet):
    """Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan)."""

    serializer_class = TargetSerializer
    permission_classes = [StaffOnly]
    filterset_class = TargetFilter

    def get_queryset(self):
        return target_list(user=self.request.user)

    @extend_schema(request=TargetInputSerializer, responses={201: TargetSerializer})
    def create(self, request, *args, **kwargs):
        data = TargetInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        target = services.target_create(by=request.user, **data.validated_data)
        return Response(TargetSerializer(target).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=TargetInputSerializer(partial=True), responses={200: TargetSerializer})
    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

    @extend_schema(request=TargetInputSerializer, responses={200: TargetSerializer})
    def update(self, request, *args, **kwargs):
        target = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        data = TargetInputSerializer(data=request.data, partial=kwargs.get("partial", False))
        data.is_valid(raise_exception=True)
        _check_area(request.user, data.validated_data)
        target = services.target_update(target=target, by=request.user, **data.validated_data)
        return Response(TargetSerializer(target).data)

    def perform_destroy(self, instance) -> None:
        services.target_delete(target=instance, by=self.request.user)
