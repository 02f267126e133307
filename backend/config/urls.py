from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from kepu.common.health import healthz
from kepu.common.views import api_not_found, spa_index

handler500 = "kepu.common.views.server_error"

api_v1 = [
    path("", include("kepu.accounts.urls")),
    path("", include("kepu.places.urls")),
    path("", include("kepu.events.urls")),
    path("", include("kepu.materials.urls")),
    path("", include("kepu.funding.urls")),
    path("", include("kepu.stats.urls")),
    path("", include("kepu.notifications.urls")),
    path("", include("kepu.people.urls")),
    path("", include("kepu.venues.urls")),
    path("", include("kepu.auditlog.urls")),
    path("", include("kepu.catalogue.urls")),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script from a URL of ours: the CSP allows no inline script.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
    path("healthz", healthz, name="healthz"),
    re_path(r"^api/", api_not_found),
    # Evidence files are served by the API with permission checks, never as public media.
    re_path(r"^(?!api/|admin/|static/|media/|healthz).*$", spa_index, name="spa"),
]
