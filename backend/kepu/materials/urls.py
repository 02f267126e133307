from kepu.common.routers import IdRouter

from .apis import DistributionViewSet, MaterialViewSet

router = IdRouter()
router.register("materials", MaterialViewSet, basename="material")
router.register("distributions", DistributionViewSet, basename="distribution")

urlpatterns = router.urls
