from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.generics import ListAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.accounts.policies import acting_user

from . import selectors, services
from .models import Notification
from .permissions import IsAssociationStaff
from .serializers import (
    FailedNotificationOutputSerializer,
    NotificationOutputSerializer,
    PreferenceInputSerializer,
    PreferenceOutputSerializer,
    ReadAllOutputSerializer,
    UnreadCountOutputSerializer,
)


class NotificationListApi(ListAPIView):
    """The signed-in user's inbox, newest first."""

    serializer_class = NotificationOutputSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Notification.objects.none()
        return selectors.inbox_for(user=acting_user(self.request))


class NotificationReadApi(APIView):
    @extend_schema(request=None, responses=NotificationOutputSerializer)
    def post(self, request, pk: int):
        notification = get_object_or_404(selectors.inbox_for(user=request.user), pk=pk)
        notification = services.notification_mark_read(notification=notification)
        return Response(NotificationOutputSerializer(notification).data)


class NotificationReadAllApi(APIView):
    @extend_schema(request=None, responses=ReadAllOutputSerializer)
    def post(self, request):
        updated = services.notification_mark_all_read(user=request.user)
        return Response(ReadAllOutputSerializer({"updated": updated}).data)


class NotificationUnreadCountApi(APIView):
    @extend_schema(responses=UnreadCountOutputSerializer)
    def get(self, request):
        return Response(UnreadCountOutputSerializer({"count": selectors.unread_count(user=request.user)}).data)


class FailedNotificationListApi(ListAPIView):
    """Notifications whose delivery failed for good, in the staff member's area."""

    serializer_class = FailedNotificationOutputSerializer
    permission_classes = [IsAssociationStaff]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Notification.objects.none()
        return selectors.failed_for_staff(user=self.request.user)


class PreferenceApi(APIView):
    @extend_schema(responses=PreferenceOutputSerializer)
    def get(self, request):
        return Response(PreferenceOutputSerializer(services.preference_for(user=request.user)).data)

    @extend_schema(request=PreferenceInputSerializer, responses=PreferenceOutputSerializer)
    def put(self, request):
        data = PreferenceInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        preference = services.preference_update(user=request.user, **data.validated_data)
        return Response(PreferenceOutputSerializer(preference).data, status=status.HTTP_200_OK)
