from django.urls import path

from kepu.common.routers import IdRouter

from .apis import FundingExportApi, FundingViewSet, TargetViewSet

router = IdRouter()
router.register("funding", FundingViewSet, basename="funding")
router.register("targets", TargetViewSet, basename="target")

urlpatterns = [
    path("funding/export/", FundingExportApi.as_view(), name="funding-export"),
    *router.urls,
]
