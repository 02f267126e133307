from django.urls import path

from kepu.common.routers import IdRouter

from . import apis

router = IdRouter()
router.register("areas", apis.AreaViewSet, basename="area")
router.register("organizations", apis.OrganizationViewSet, basename="organization")
router.register("population", apis.PopulationViewSet, basename="population")

urlpatterns = [
    path("population/import/template/", apis.PopulationTemplateApi.as_view(), name="population-import-template"),
    *router.urls,
]
