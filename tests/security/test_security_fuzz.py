"""Property-based fuzzing of every operation in our own OpenAPI schema, as every role.

Each example draws a role (anonymous or one of seven) along with the request, so every operation is
tried under several roles. Bounded here (``KEPU_FUZZ_EXAMPLES`` examples per operation, 8 by default)
so the suite stays fast; ``scripts/fuzz.sh`` runs the same test with many more. Two properties must
hold: no response is a server error, and every response matches the schema documented for it.
"""

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from kepu.demo.factories import EventFactory, RegistrationFactory
from kepu.events.models import EventStatus

EXAMPLES = int(os.environ.get("KEPU_FUZZ_EXAMPLES", "8"))
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
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance, content_type_conformance])
    assert response.status_code < 500, f"{case.method} {case.formatted_path} as {role}: {response.status_code}"
