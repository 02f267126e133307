from kepu.common.routers import IdRouter

from . import apis

router = IdRouter()
router.register("areas", apis.AreaViewSet, basename="area")
router.register("organizations", apis.OrganizationViewSet, basename="organization")
router.register("population", apis.PopulationViewSet, basename="population")

urlpatterns = router.urls
