from django.urls import path

from .apis import AuditLogApi

urlpatterns = [path("audit/", AuditLogApi.as_view(), name="audit-log")]
