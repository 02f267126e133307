"""Shared fixtures: a small district, one user per role, API clients."""

import os
from urllib.parse import urlsplit, urlunsplit

import pytest
from rest_framework.test import APIClient

from kepu.accounts.models import Role
from kepu.demo.factories import AreaFactory, MembershipFactory, OrganizationFactory, UserFactory
from kepu.places.models import AreaLevel, Setting


def _worker_redis_url(url: str, worker: int) -> str:
    """The Redis database ``worker`` places below the one ``url`` names (15, 14, … wrapping at 0)."""
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(base - worker) % 16}"))


def pytest_configure(config):
    """Under pytest-xdist (``-n``) each worker has its own test database (pytest-django names it) and here
    its own Redis database, so one worker's ``cache.clear()`` never empties another's; the servers and
    workers a test starts inherit it through the environment."""
    from django.conf import settings

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw") or worker == "gw0" or not settings.REDIS_URL:
        return
    index = int(worker.removeprefix("gw"))
    for name in ("REDIS_URL", "CELERY_BROKER_URL"):
        value = getattr(settings, name)
        if value.startswith("redis://"):
            setattr(settings, name, _worker_redis_url(value, index))
            os.environ[name] = getattr(settings, name)
    settings.CACHES["default"]["LOCATION"] = settings.REDIS_URL


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """PBKDF2's deliberate slowness (~0.5 s a user) would dominate the suite; tests don't need it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *settings.PASSWORD_HASHERS]


@pytest.fixture(autouse=True)
def _isolated_cache_and_media(settings, tmp_path):
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


def _uses_transactional_db(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))
    return transactional or {"transactional_db", "live_server"} & set(request.fixturenames)


@pytest.fixture(autouse=True)
def _audiences_after_flush(request):
    """A transactional test's flush empties the audience table that a data migration fills: put it back."""
    if not _uses_transactional_db(request):
        yield
        return
    from importlib import import_module

    from kepu.events.models import Audience

    request.getfixturevalue("transactional_db")
    seed = import_module("kepu.events.migrations.0002_audiences").AUDIENCES
    for ordering, (key, name_zh, name_en) in enumerate(seed):
        Audience.objects.update_or_create(
            key=key, defaults={"name_zh": name_zh, "name_en": name_en, "ordering": ordering}
        )
    yield


@pytest.fixture
def district(db):
    return AreaFactory(name="昆都仑区", level=AreaLevel.DISTRICT, code="150203")


@pytest.fixture
def subdistrict(district):
    return AreaFactory(name="少先路街道", level=AreaLevel.SUBDISTRICT, parent=district)


@pytest.fixture
def other_subdistrict(district):
    return AreaFactory(name="沼潭街道", level=AreaLevel.SUBDISTRICT, parent=district)


@pytest.fixture
def community(subdistrict):
    return AreaFactory(name="少先路社区", level=AreaLevel.COMMUNITY, parent=subdistrict)


@pytest.fixture
def other_community(other_subdistrict):
    return AreaFactory(name="沼潭社区", level=AreaLevel.COMMUNITY, parent=other_subdistrict)


@pytest.fixture
def organization(community):
    return OrganizationFactory(name="少先路社区居委会", setting=Setting.COMMUNITY, area=community)


@pytest.fixture
def other_organization(other_community):
    return OrganizationFactory(name="沼潭社区居委会", setting=Setting.COMMUNITY, area=other_community)


@pytest.fixture
def resident(db):
    return UserFactory(phone="13800000001", name="张三")


@pytest.fixture
def other_resident(db):
    return UserFactory(phone="13800000002", name="李四")


@pytest.fixture
def organizer(organization):
    return MembershipFactory(organization=organization, user__phone="13900000001", user__name="王组织").user


@pytest.fixture
def other_organizer(other_organization):
    return MembershipFactory(organization=other_organization, user__phone="13900000002", user__name="赵组织").user


@pytest.fixture
def staff(subdistrict):
    """Staff of the subdistrict the organization's community lies in."""
    return UserFactory(phone="13700000001", name="科协甲", role=Role.STAFF, staff_area=subdistrict)


@pytest.fixture
def other_staff(other_subdistrict):
    return UserFactory(phone="13700000002", name="科协乙", role=Role.STAFF, staff_area=other_subdistrict)


@pytest.fixture
def district_staff(district):
    return UserFactory(phone="13700000009", name="区科协", role=Role.STAFF, staff_area=district)


@pytest.fixture
def sms_outbox(settings):
    """Text messages the app sends, kept in this process instead of reaching a provider."""
    import sms_outbox as outbox

    settings.KEPU = {**settings.KEPU, "SMS_GATEWAY": "sms_outbox.OutboxSmsGateway"}
    outbox.SENT.clear()
    yield outbox.Outbox()
    outbox.SENT.clear()


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def client_for():
    """An API client logged in as ``user`` (or anonymous for None)."""

    def make(user=None) -> APIClient:
        client = APIClient()
        if user is not None:
            client.force_authenticate(user=user)
        return client

    return make
