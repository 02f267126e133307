from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response

from kepu.accounts.policies import acting_user, is_organizer_of
from kepu.common.pagination import PageNumberPagination
from kepu.common.schema import list_and_detail_schema

from . import services
from .filters import DistributionFilter
from .permissions import (
    CatalogAction,
    CatalogPermission,
    DistributionPermission,
    can_change_distribution,
    can_record_distribution,
    catalog_actions,
)
from .selectors import distribution_list, material_list
from .serializers import (
    DistributionInputSerializer,
    DistributionSerializer,
    MaterialInputSerializer,
    MaterialSerializer,
)


class CatalogPagination(PageNumberPagination):
    """Pages of the catalog that also say what the caller may do with it, which is the same for every
    entry (so the screen knows whether to offer adding one even when the page is empty)."""

    def paginate_queryset(self, queryset, request, view=None):
        self.allowed_actions = catalog_actions(request.user)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data["allowed_actions"] = self.allowed_actions
        return response

    def get_paginated_response_schema(self, schema: dict) -> dict:
        paginated = super().get_paginated_response_schema(schema)
        paginated["properties"]["allowed_actions"] = {
            "type": "array",
            "items": {"type": "string", "enum": CatalogAction.values},
            "description": "What the caller may do with the catalog: add, change and delete entries.",
        }
        paginated["required"] = [*paginated.get("required", []), "allowed_actions"]
        return paginated


@list_and_detail_schema(
    output=MaterialSerializer, tag="materials", summary="The catalog of publicity materials (signed-in users)"
)
class MaterialViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The catalog of publicity materials: everyone signed in reads it (organizers report with it), the
    district's staff keep it."""

    serializer_class = MaterialSerializer
    permission_classes = [CatalogPermission]
    pagination_class = CatalogPagination
    filterset_fields = ["kind", "is_active"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return material_list()

    @extend_schema(request=MaterialInputSerializer, responses={201: MaterialSerializer}, tags=["materials"])
    def create(self, request):
        data = MaterialInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        material = services.material_create(by=acting_user(request), **data.validated_data)
        return Response(MaterialSerializer(material).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=MaterialInputSerializer(partial=True),
        responses={200: MaterialSerializer},
        tags=["materials"],
    )
    def partial_update(self, request, pk=None):
        material = self.get_object()
        data = MaterialInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        material = services.material_update(material=material, by=acting_user(request), **data.validated_data)
        return Response(MaterialSerializer(material).data)

    @extend_schema(responses={204: None}, tags=["materials"])
    def destroy(self, request, pk=None):
        services.material_delete(material=self.get_object(), by=acting_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class DistributionViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Copies of materials handed out, at events or standing alone in an area."""

    serializer_class = DistributionSerializer
    permission_classes = [DistributionPermission]
    filterset_class = DistributionFilter

    def get_queryset(self):
        return distribution_list(user=self.request.user)

    def _check_references(self, user, values: dict) -> None:
        event = values.get("event")
        area = values.get("area")
        if event is not None and not (
            is_organizer_of(user, event.organization_id) or can_record_distribution(user, area=event.area, event=None)
        ):
            raise ValidationError({"event": [_("You cannot record materials for this event.")]})
        if event is None and area is not None and not can_record_distribution(user, area=area, event=None):
            raise ValidationError({"area": [_("This area is outside the areas you look after.")]})

    @extend_schema(request=DistributionInputSerializer, responses={201: DistributionSerializer})
    def create(self, request, *args, **kwargs):
        data = DistributionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        self._check_references(request.user, data.validated_data)
        distribution = services.distribution_create(by=request.user, **data.validated_data)
        return Response(DistributionSerializer(distribution).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=DistributionInputSerializer(partial=True), responses={200: DistributionSerializer})
    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

    @extend_schema(request=DistributionInputSerializer, responses={200: DistributionSerializer})
    def update(self, request, *args, **kwargs):
        distribution = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        if not can_change_distribution(request.user, distribution):
            raise PermissionDenied(_("You may not change this distribution."))
        data = DistributionInputSerializer(data=request.data, partial=kwargs.get("partial", False))
        data.is_valid(raise_exception=True)
        self._check_references(request.user, data.validated_data)
        distribution = services.distribution_update(distribution=distribution, by=request.user, **data.validated_data)
        return Response(DistributionSerializer(distribution).data)

    def destroy(self, request, *args, **kwargs):
        distribution = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        if not can_change_distribution(request.user, distribution):
            raise PermissionDenied(_("You may not delete this distribution."))
        services.distribution_delete(distribution=distribution, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
