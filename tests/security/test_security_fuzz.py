"""Property-based fuzzing of every operation in our own OpenAPI schema, as every role.

Each example draws a role (anonymous or one of seven) along with the request, so every operation is
tried under several roles. Bounded here (``KEPU_FUZZ_EXAMPLES`` examples per operation, 8 by default)
so the suite stays fast; ``scripts/fuzz.sh`` runs the same test with many more. Two properties must
hold: no response is a server error, and every response matches the schema documented for it.
"""

import json
import os
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from kepu.demo.factories import (
    DistributionFactory,
    EventFactory,
    FundingRecordFactory,
    MaterialFactory,
    PopulationFactory,
    RegistrationFactory,
)
from kepu.events.models import EventStatus
from kepu.funding.models import Direction, SpendingCategory, Target
from kepu.notifications.models import Notification

EXAMPLES = int(os.environ.get("KEPU_FUZZ_EXAMPLES", "8"))
REPORT = os.environ.get("KEPU_FUZZ_REPORT")
FIGURES: Counter[str] = Counter()
ROLES = ["resident", "other_resident", "organizer", "other_organizer", "staff", "other_staff", "district_staff"]

schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.fixture
def _keep_test_connection():
    """The WSGI app closes "old" connections around each request; inside the test's transaction that
    would drop it. Django's own test client disconnects the same handlers for the same reason."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def role_headers(_keep_test_connection, request, db, organization):
    """A token per role (plus anonymous), and some real objects for the generated ids to hit."""
    headers = {"anonymous": {}}
    for role in ROLES:
        user = request.getfixturevalue(role)
        headers[role] = {"Authorization": f"Token {Token.objects.get_or_create(user=user)[0].key}"}
    event = EventFactory(organization=organization, status=EventStatus.APPROVED)
    RegistrationFactory(event=event, resident=request.getfixturevalue("resident"))
    EventFactory(organization=organization, status=EventStatus.DRAFT)
    EventFactory(organization=organization, status=EventStatus.CANCELLED, approved_at=timezone.now())
    area = organization.area
    material = MaterialFactory()
    DistributionFactory(material=material, area=area, event=None)
    PopulationFactory(area=area)
    Target.objects.create(area=area, year=timezone.localdate().year, per_capita_funding=Decimal("1.50"))
    # Both kinds of record: an income has no spending category, an expenditure no source (answered as "").
    FundingRecordFactory(area=area)
    FundingRecordFactory(area=area, direction=Direction.EXPENDITURE, source="", category=SpendingCategory.ACTIVITIES)
    Notification.objects.create(
        recipient=request.getfixturevalue("resident"), kind="event_approved", subject_key="fuzz", due_at=timezone.now()
    )
    return headers


@pytest.mark.slow
@schema.parametrize()
@schema.given(role=st.sampled_from(["anonymous", *ROLES]))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors_and_responses_match_the_schema(case, role, role_headers):
    response = case.call(headers=role_headers[role])
    FIGURES["cases"] += 1
    FIGURES[f"{response.status_code // 100}xx"] += 1
    FIGURES[f"operation {case.method} {case.path}"] += 1
    try:
        case.validate_response(
            response, checks=[not_a_server_error, response_schema_conformance, content_type_conformance]
        )
    except Exception:
        FIGURES["failed checks"] += 1
        raise
    assert response.status_code < 500, f"{case.method} {case.formatted_path} as {role}: {response.status_code}"


@pytest.fixture(scope="module", autouse=True)
def _report_figures():
    """With ``KEPU_FUZZ_REPORT`` set (scripts/fuzz.sh does), the run's figures are written there."""
    yield
    if REPORT:
        operations = sum(1 for key in FIGURES if key.startswith("operation "))
        summary = {key: value for key, value in FIGURES.items() if not key.startswith("operation ")}
        Path(REPORT).write_text(json.dumps({**summary, "operations": operations}, indent=1, sort_keys=True))
