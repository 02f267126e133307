"""Hostile input on every write operation of the OpenAPI schema answers 4xx, with a message on the field.

The cases come from the schema itself: every property of every request body gets the attacks its type
invites (a lone surrogate, a NUL, a 1 MB string, a 300-character e-mail, the year 9999, an integer
past 64 bits), and every JSON body a document nested 100,000 deep. An operation added to the API is
attacked without a line added here. Each operation is played by the first role that gets past the
permission check, on objects of the fixture's small district.
"""

import json
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.utils import timezone
from drf_spectacular.generators import SchemaGenerator
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import ValidationError
from rest_framework.test import APIClient

from kepu.accounts.models import Role
from kepu.common.parsers import refuse_bad_text
from kepu.demo.factories import (
    DistributionFactory,
    EventFactory,
    FundingRecordFactory,
    MaterialFactory,
    PopularizerFactory,
    PopulationFactory,
    RegistrationFactory,
    UserFactory,
    VenueFactory,
    VolunteerRoleFactory,
)
from kepu.events.models import EventStatus
from kepu.funding.models import Target
from kepu.notifications.models import Notification

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

SCHEMA = SchemaGenerator().get_schema(request=None, public=True)
WRITE_METHODS = ("post", "put", "patch", "delete")
ROLES_IN_ORDER = ("staff", "organizer", "resident", "admin", "anonymous")
NOT_REACHED = {401, 403, 404, 405}
ONE_MB = "x" * (1024 * 1024)
EMAIL_300 = "a" * 288 + "@example.org"
DEEP_JSON = "[" * 100_000 + "]" * 100_000


def resolve(schema: dict) -> dict:
    while "$ref" in schema:
        schema = SCHEMA["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    for combinator in ("allOf", "oneOf", "anyOf"):
        if combinator in schema:
            parts = [resolve(part) for part in schema[combinator]]
            return next((part for part in parts if part.get("type") != "null"), parts[0])
    return schema


def attacks_for(schema: dict, *, multipart: bool) -> list[tuple[str, object]]:
    """(name of the attack, value) pairs for one property."""
    schema = resolve(schema)
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string" and fmt == "binary":
        return []
    if kind == "string":
        cases = [("NUL", "a\x00b")]
        if not multipart:  # a form field cannot carry a lone surrogate: only a JSON escape can
            cases.append(("lone surrogate", "a\ud800b"))
        if fmt == "date":
            cases.append(("year 9999", "9999-12-31"))
        elif fmt == "date-time":
            cases.append(("year 9999", "9999-12-31T23:59:59Z"))
        elif fmt == "email":
            cases += [("300-character e-mail", EMAIL_300), ("1 MB", ONE_MB)]
        elif "enum" not in schema and fmt not in ("decimal", "uuid"):
            cases.append(("1 MB", ONE_MB))
        return cases
    if kind == "integer":
        return [("integer past 64 bits", 10**20)]
    if kind == "array" and not multipart:
        return [(name, [value]) for name, value in attacks_for(schema.get("items", {}), multipart=False)]
    if kind == "object" and "properties" in schema and not multipart:
        return [
            (f"{inner} in {name}", {name: value})
            for name, prop in schema["properties"].items()
            for inner, value in attacks_for(prop, multipart=False)
        ]
    return []


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    media_type: str
    properties: tuple

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path}"


def write_operations() -> list[Operation]:
    operations = []
    for path, item in SCHEMA["paths"].items():
        for method, spec in item.items():
            content = spec.get("requestBody", {}).get("content", {})
            if method not in WRITE_METHODS or not content:
                continue
            media_type = "application/json" if "application/json" in content else next(iter(content))
            body = resolve(content[media_type]["schema"])
            operations.append(Operation(method, path, media_type, tuple(body.get("properties", {}).items())))
    return operations


OPERATIONS = write_operations()


@pytest.fixture
def world(organization, organizer, resident, staff, subdistrict, community):
    """Objects in the subdistrict staff's area, of the organizer's organization, and the resident's."""
    start = timezone.now() + timedelta(days=10)
    event = EventFactory(
        organization=organization, status=EventStatus.APPROVED, starts_at=start, ends_at=start + timedelta(hours=2)
    )
    material = MaterialFactory()
    venue = VenueFactory(area=community)
    notification = Notification.objects.create(
        recipient=resident, kind="event_approved", subject_key="bad-input", due_at=timezone.now()
    )
    admin = UserFactory(phone="18900009999", role=Role.ADMIN, is_staff=True, is_superuser=True)
    return {
        "users": {"staff": staff, "organizer": organizer, "resident": resident, "admin": admin},
        "ids": {
            "events": event.pk,
            "registrations": RegistrationFactory(event=event, resident=resident).pk,
            "areas": community.pk,
            "organizations": organization.pk,
            "materials": material.pk,
            "distributions": DistributionFactory(material=material, area=community, event=None).pk,
            "funding": FundingRecordFactory(area=community).pk,
            "population": PopulationFactory(area=community).pk,
            "targets": Target.objects.create(area=community, year=2031, per_capita_funding=Decimal("1.50")).pk,
            "notifications": notification.pk,
            "user_id": organizer.pk,
            "popularizers": PopularizerFactory(organization=organization).pk,
            "venues": venue.pk,
            "volunteer-roles": VolunteerRoleFactory(event=event).pk,
            "staff-accounts": staff.pk,
        },
    }


@pytest.fixture
def clients(world):
    made = {"anonymous": APIClient()}
    for role, user in world["users"].items():
        made[role] = APIClient()
        made[role].credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return made


@pytest.fixture(autouse=True)
def _no_throttling(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": dict.fromkeys(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "100000/min"),
    }


def concrete_path(operation: Operation, world) -> str:
    path = operation.path
    segments = path.removeprefix("/api/v1/").split("/")
    collection = segments[0]
    for index, segment in enumerate(segments):
        if segment.startswith("{"):
            name = segment.strip("{}")
            key = collection if index == 1 else name
            assert key in world["ids"], f"{operation}: give the bad-input world an object for {{{name}}}"
            path = path.replace(segment, str(world["ids"][key]))
    return path


def send(client: APIClient, operation: Operation, path: str, body) -> object:
    call = getattr(client, operation.method)
    if operation.media_type == "application/json":
        raw = body if isinstance(body, str) else json.dumps(body)
        return call(path, data=raw, content_type="application/json")
    return call(path, data=body, format="multipart")


def names_field(response, field: str) -> bool:
    errors = response.json().get("errors", {})
    return any(key == field or key.startswith((f"{field}.", f"{field}[")) for key in errors)


def cases(operation: Operation):
    multipart = operation.media_type != "application/json"
    for field, schema in operation.properties:
        for attack, value in attacks_for(schema, multipart=multipart):
            yield field, attack, value


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_hostile_input_answers_4xx_naming_the_field(operation, world, clients):
    path = concrete_path(operation, world)
    all_cases = list(cases(operation))
    if not all_cases:
        pytest.skip(f"{operation} takes no field a hostile value fits")
    field, attack, value = all_cases[0]
    role = None
    for candidate in ROLES_IN_ORDER:
        response = send(clients[candidate], operation, path, {field: value})
        assert response.status_code < 500, f"{operation} as {candidate}, {attack} in {field}: {response.status_code}"
        if response.status_code not in NOT_REACHED:
            role = candidate
            break
    assert role, f"{operation}: no role gets past the permission check; give the world an object it can act on"

    failures = []
    for field, attack, value in all_cases:
        response = send(clients[role], operation, path, {field: value})
        if not (400 <= response.status_code < 500 and names_field(response, field)):
            failures.append(f"{attack} in {field}: {response.status_code} {response.content[:200]!r}")
    if operation.media_type == "application/json":
        response = send(clients[role], operation, path, DEEP_JSON)
        if response.status_code != 400 or "detail" not in response.json():
            failures.append(f"JSON 100,000 deep: {response.status_code} {response.content[:200]!r}")
    assert not failures, f"{operation} as {role}:\n" + "\n".join(failures)


def test_every_write_operation_of_the_schema_is_attacked():
    """The generator finds the operations it should (a broken resolver would quietly test nothing)."""
    found = {str(operation) for operation in OPERATIONS}
    assert {"POST /api/v1/events/", "POST /api/v1/auth/register/", "POST /api/v1/funding/"} <= found
    assert len(found) >= 35
    assert settings.KEPU["JSON_MAX_BYTES"] > len(json.dumps({"x": ONE_MB}).encode())


def test_brackets_inside_strings_do_not_count_as_nesting(client_for, resident):
    client = client_for(resident)
    response = client.patch(
        "/api/v1/auth/me/", data=json.dumps({"name": "[" * 30 + "{" * 30}), content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["name"].startswith("[[[")


def test_a_surrogate_pair_is_one_character_and_welcome(client_for, resident):
    response = client_for(resident).patch(
        "/api/v1/auth/me/", data='{"name": "\\ud83d\\ude00 \\u5f20"}', content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["name"] == "😀 张"


def test_a_lone_surrogate_in_a_key_or_deep_in_a_list_is_named(client_for, resident):
    response = client_for(resident).patch("/api/v1/auth/me/", data='{"\\udfff": 1}', content_type="application/json")
    assert response.status_code == 400 and "non_field_errors" in response.json()["errors"]
    with pytest.raises(ValidationError) as raised:
        refuse_bad_text(json.loads('{"walk_ins": [{"count": 1}, {"audience": "youth\\ud800"}]}'))
    assert list(raised.value.detail) == ["walk_ins[1].audience"]


def test_a_body_over_the_limit_answers_400_before_it_is_parsed(client_for, resident, settings):
    settings.KEPU = {**settings.KEPU, "JSON_MAX_BYTES": 1024}
    response = client_for(resident).patch(
        "/api/v1/auth/me/", data=json.dumps({"name": "x" * 2000}), content_type="application/json"
    )
    assert response.status_code == 400 and "KB" in response.json()["detail"]


def test_nan_and_infinity_are_not_json(client_for, resident):
    response = client_for(resident).patch("/api/v1/auth/me/", data='{"name": NaN}', content_type="application/json")
    assert response.status_code == 400
