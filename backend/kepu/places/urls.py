from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter()
router.register("areas", apis.AreaViewSet, basename="area")
router.register("organizations", apis.OrganizationViewSet, basename="organization")
router.register("population", apis.PopulationViewSet, basename="population")

urlpatterns = router.urls
