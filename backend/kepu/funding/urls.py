from kepu.common.routers import IdRouter

from .apis import FundingViewSet, TargetViewSet

router = IdRouter()
router.register("funding", FundingViewSet, basename="funding")
router.register("targets", TargetViewSet, basename="target")

urlpatterns = router.urls
