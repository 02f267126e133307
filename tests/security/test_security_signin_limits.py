"""Sign-in and sign-up limits as an attacker probes them: forged X-Forwarded-For headers, guesses spread
over many addresses, many accounts sprayed at once, and the lockout turned against a resident."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings as django_settings
from django.test import RequestFactory
from django.utils import timezone
from rest_framework.test import APIClient
from sms_outbox import registration_fields

from kepu.accounts.limits import DEVICE_COOKIE, account_delay
from kepu.accounts.models import User
from kepu.common.network import client_address
from kepu.demo.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "kepu-pass-123"  # the factories' password


def with_rates(settings, **rates):
    settings.REST_FRAMEWORK = {
        **django_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**django_settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], **rates},
    }


def attempt(client, phone, password, address="198.51.100.1", **headers):
    return client.post("/api/v1/auth/login/", {"phone": phone, "password": password}, REMOTE_ADDR=address, **headers)


def test_fifty_logins_with_fifty_forged_forwarded_for_headers_are_limited_as_one_client(settings):
    with_rates(settings, login="20/min")
    client = APIClient()
    statuses = [
        attempt(client, f"1380000{n:04d}", "guess", HTTP_X_FORWARDED_FOR=f"10.{n}.{n}.{n}").status_code
        for n in range(50)
    ]
    assert statuses.count(400) == 20 and statuses.count(429) == 30
    assert statuses[20:] == [429] * 30


def test_fifty_sign_ups_with_fifty_forged_forwarded_for_headers_are_limited_as_one_client(settings, sms_outbox):
    with_rates(settings, register="10/min")
    client = APIClient()
    statuses = [
        client.post(
            "/api/v1/auth/register/",
            registration_fields(f"1361234{n:04d}"),
            HTTP_X_FORWARDED_FOR=f"172.16.{n}.1",
        ).status_code
        for n in range(50)
    ]
    assert statuses.count(201) == 10 and statuses.count(429) == 40
    assert User.objects.filter(phone__startswith="1361234").count() == 10


def test_behind_trusted_proxies_the_client_is_the_address_they_saw(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    settings.KEPU = {**settings.KEPU, "TRUSTED_PROXIES": 0}
    assert client_address(request) == "10.0.0.2"  # no proxy trusted: the header is the client's own words
    settings.KEPU = {**settings.KEPU, "TRUSTED_PROXIES": 1}
    assert client_address(request) == "203.0.113.9"  # what our proxy saw; "6.6.6.6" is the client's invention
    settings.KEPU = {**settings.KEPU, "TRUSTED_PROXIES": 2}
    assert client_address(request) == "6.6.6.6"
    alone = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2")
    assert client_address(alone) == "10.0.0.2"


def test_forging_the_part_before_the_trusted_proxy_still_counts_as_one_client(settings):
    settings.KEPU = {**settings.KEPU, "TRUSTED_PROXIES": 1}
    settings.REST_FRAMEWORK = {**django_settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    with_rates(settings, login="5/min")
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    client = APIClient()
    statuses = [
        attempt(
            client, f"1380000{n:04d}", "guess", address="10.0.0.2", HTTP_X_FORWARDED_FOR=f"9.9.9.{n}, 203.0.113.9"
        ).status_code
        for n in range(8)
    ]
    assert statuses == [400] * 5 + [429] * 3
    other = attempt(client, "13800009999", "guess", address="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert other.status_code == 400  # another real client behind the same proxy


def test_guesses_spread_over_many_addresses_slow_the_account_down_progressively(settings, resident):
    client = APIClient()
    for n in range(5):
        assert attempt(client, resident.phone, "guess", address=f"192.0.2.{n}").status_code == 400
    waiting = attempt(client, resident.phone, PASSWORD, address="192.0.2.100")
    assert waiting.status_code == 429 and 0 < int(waiting["Retry-After"]) <= 60
    start = timezone.now()
    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        assert attempt(client, resident.phone, "guess", address="192.0.2.101").status_code == 400
        assert int(attempt(client, resident.phone, "guess", address="192.0.2.102")["Retry-After"]) > 60
    with time_machine.travel(start + timedelta(seconds=61 + 121), tick=False):
        assert attempt(client, resident.phone, PASSWORD, address="192.0.2.103").status_code == 200


def test_the_delay_doubles_but_never_exceeds_the_cool_off(settings):
    cool_off = int(settings.AXES_COOLOFF_TIME.total_seconds())
    delays = [account_delay(failures) for failures in range(4, 12)]
    assert delays[:4] == [0, 60, 120, 240]
    assert max(delays) == cool_off and account_delay(10_000) == cool_off


def test_an_attacker_cannot_keep_a_resident_out_of_a_browser_that_signed_in_before(resident):
    own_browser = APIClient()
    assert attempt(own_browser, resident.phone, PASSWORD, address="100.64.0.8").status_code == 200
    assert DEVICE_COOKIE in own_browser.cookies
    own_browser.post("/api/v1/auth/logout/", REMOTE_ADDR="100.64.0.8")

    attacker = APIClient()
    for n in range(30):
        attempt(attacker, resident.phone, f"guess-{n}", address=f"203.0.113.{n}")

    assert attempt(APIClient(), resident.phone, PASSWORD, address="100.64.0.9").status_code == 429
    assert attempt(own_browser, resident.phone, PASSWORD, address="100.64.0.9").status_code == 200
    # The cookie names one account: it opens no delay for another.
    other = UserFactory(phone="13800000066")
    for n in range(6):
        attempt(attacker, other.phone, f"guess-{n}", address=f"203.0.113.{100 + n}")
    assert attempt(own_browser, other.phone, PASSWORD, address="100.64.0.9").status_code == 429


def test_spraying_many_accounts_from_many_addresses_hits_a_site_wide_ceiling(settings, resident):
    settings.KEPU = {**settings.KEPU, "LOGIN_GLOBAL_FAILURES": "10/hour"}
    known = APIClient()
    assert attempt(known, resident.phone, PASSWORD, address="100.64.1.1").status_code == 200
    sprayer = APIClient()
    for n in range(10):
        assert attempt(sprayer, f"1390000{n:04d}", "123456", address=f"198.18.{n}.1").status_code == 400
    blocked = attempt(sprayer, "13900009999", "123456", address="198.18.200.1")
    assert blocked.status_code == 429 and int(blocked["Retry-After"]) > 0
    newcomer = UserFactory(phone="13800000055")
    assert attempt(APIClient(), newcomer.phone, PASSWORD, address="100.64.1.2").status_code == 429
    # Whoever signed in from this browser before is not caught by the ceiling.
    assert attempt(known, resident.phone, PASSWORD, address="100.64.1.1").status_code == 200


def test_sign_ups_spread_over_many_addresses_hit_a_site_wide_ceiling(settings, sms_outbox):
    with_rates(settings, register_site="5/hour")
    statuses = [
        APIClient()
        .post(
            "/api/v1/auth/register/",
            registration_fields(f"1371234{n:04d}"),
            REMOTE_ADDR=f"198.19.{n}.1",
        )
        .status_code
        for n in range(8)
    ]
    assert statuses == [201] * 5 + [429] * 3
