"""The personnel and venue figures take a fixed number of queries, however many rows they count."""

import pytest
from district_return import YEAR, build
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kepu.demo.factories import PopularizerFactory, VenueFactory
from kepu.venues.models import VenueKind

pytestmark = pytest.mark.django_db
PATHS = ("/api/v1/stats/personnel/", "/api/v1/stats/venues/")


def _counts(client) -> dict[str, int]:
    counts = {}
    for path in PATHS:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path, {"year": YEAR}).status_code == 200
        counts[path] = len(queries)
    return counts


def test_the_figures_do_not_grow_with_the_rows(
    district,
    subdistrict,
    other_subdistrict,
    community,
    other_community,
    organization,
    other_organization,
    district_staff,
    client_for,
):
    build(district, subdistrict, other_subdistrict, community, other_community, organization, other_organization)
    client = client_for(district_staff)
    few = _counts(client)
    for n in range(20):
        PopularizerFactory(organization=other_organization)
        VenueFactory(area=community, kind=VenueKind.GALLERY, name=f"画廊{n}")
    many = _counts(client)

    assert few == many
    assert max(many.values()) <= 12
