"""The choice catalogue: labels for clients, in the language they ask for."""

from django.utils.cache import patch_cache_control, patch_vary_headers
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .selectors import choice_catalogue
from .serializers import ChoiceCatalogueSerializer

MAX_AGE = 3600


@extend_schema(tags=["meta"], responses=ChoiceCatalogueSerializer)
class ChoiceCatalogueApi(APIView):
    """Every choice the API uses (activity types, settings, audiences, statuses, material kinds, funding
    sources…) with its label, in the language of ``Accept-Language`` or the language cookie.

    The same for everyone, so browsers and proxies may keep it for an hour (per language).
    """

    permission_classes = [AllowAny]
    # Nobody's session is read: the answer depends on the language only.
    authentication_classes: list = []

    def get(self, request: Request) -> Response:
        response = Response(choice_catalogue())
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response
