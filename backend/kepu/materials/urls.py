from rest_framework.routers import SimpleRouter

from .apis import DistributionViewSet, MaterialViewSet

router = SimpleRouter()
router.register("materials", MaterialViewSet, basename="material")
router.register("distributions", DistributionViewSet, basename="distribution")

urlpatterns = router.urls
