from rest_framework.routers import SimpleRouter

from .apis import FundingViewSet, TargetViewSet

router = SimpleRouter()
router.register("funding", FundingViewSet, basename="funding")
router.register("targets", TargetViewSet, basename="target")

urlpatterns = router.urls
