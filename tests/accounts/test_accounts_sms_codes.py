"""SMS verification codes for registration, sign-in and password reset; privacy consent at registration.

Every rule as a resident or an attacker meets it: codes expire, allow a few tries, are used once and
stored only hashed; asking for them is limited per number, per client and site-wide; no answer tells
whether a number has an account; no account without consent to the current privacy policy.
"""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings as django_settings
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from sms_outbox import CODE, registration_fields

from kepu.accounts.models import PhoneCode, PrivacyConsent, User
from kepu.accounts.privacy import VERSION
from kepu.common.models import AuditEntry
from kepu.common.phones import mask_phone
from kepu.demo.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sms_outbox")]

UNKNOWN = "13612340000"
SMS_CODE = "/api/v1/auth/sms-code/"


def with_rates(settings, **rates):
    settings.REST_FRAMEWORK = {
        **django_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**django_settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], **rates},
    }


def ask(client, phone, purpose, **extra):
    return client.post(SMS_CODE, {"phone": phone, "purpose": purpose}, **extra)


def csrf_client() -> APIClient:
    client = APIClient(enforce_csrf_checks=True)
    client.get("/api/v1/auth/csrf/")
    client.credentials(HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
    return client


# Sending ---------------------------------------------------------------------------------------------


def test_a_code_is_texted_to_the_number_and_kept_only_as_a_hash(api, sms_outbox):
    response = ask(api, "136 1234 0000", "register")
    assert response.status_code == 202
    assert response.data == {
        "detail": f"短信已发送至 {mask_phone(UNKNOWN)}。",
        "expires_in": 300,
        "resend_in": 60,
    }
    [sms] = sms_outbox.sent
    code = CODE.search(sms.text).group(1)
    assert sms.phone == UNKNOWN and "注册验证码" in sms.text and "5 分钟" in sms.text
    record = PhoneCode.objects.get(phone=UNKNOWN)
    assert code not in record.code_hash and len(record.code_hash) == 64
    assert sms.idempotency_key == f"phone-code:{record.pk}"


def test_the_text_follows_the_language_of_the_request(api, sms_outbox):
    ask(api, UNKNOWN, "register", HTTP_ACCEPT_LANGUAGE="en")
    assert "registration code" in sms_outbox.texts_to(UNKNOWN)[-1]


def test_a_bad_number_or_purpose_is_a_field_error(api):
    response = api.post(SMS_CODE, {"phone": "12345", "purpose": "spy"})
    assert response.status_code == 400
    assert set(response.data["errors"]) == {"phone", "purpose"}


def test_asking_for_a_code_needs_the_csrf_token_from_a_browser():
    response = APIClient(enforce_csrf_checks=True).post(SMS_CODE, {"phone": UNKNOWN, "purpose": "register"})
    assert response.status_code == 403


def test_a_provider_that_fails_answers_503_and_leaves_no_usable_code(settings, api):
    settings.KEPU = {**settings.KEPU, "SMS_GATEWAY": "sms_outbox.DownSmsGateway"}
    response = ask(api, UNKNOWN, "register")
    assert response.status_code == 503
    assert not PhoneCode.objects.filter(phone=UNKNOWN, used_at__isnull=True).exists()


# Enumeration safety ----------------------------------------------------------------------------------


@pytest.mark.parametrize("purpose", ["register", "login", "reset"])
def test_known_and_unknown_numbers_get_the_same_answer(api, resident, purpose):
    known = ask(api, resident.phone, purpose)
    unknown = ask(APIClient(), UNKNOWN, purpose)
    assert known.status_code == unknown.status_code == 202
    assert known.data["detail"].replace(mask_phone(resident.phone), "#") == unknown.data["detail"].replace(
        mask_phone(UNKNOWN), "#"
    )
    assert {**known.data, "detail": ""} == {**unknown.data, "detail": ""}
    # Both leave the same trace: one code record each.
    assert PhoneCode.objects.filter(phone=resident.phone, purpose=purpose).count() == 1
    assert PhoneCode.objects.filter(phone=UNKNOWN, purpose=purpose).count() == 1


def test_only_the_numbers_owner_learns_whether_it_has_an_account(api, resident, sms_outbox):
    ask(api, resident.phone, "login")
    ask(api, UNKNOWN, "login")
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        ask(api, resident.phone, "register")
    assert CODE.search(sms_outbox.texts_to(resident.phone)[0])
    assert "尚未注册" in sms_outbox.texts_to(UNKNOWN)[0] and not CODE.search(sms_outbox.texts_to(UNKNOWN)[0])
    assert "已注册" in sms_outbox.texts_to(resident.phone)[1] and not CODE.search(
        sms_outbox.texts_to(resident.phone)[1]
    )


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/api/v1/auth/login/sms/", {}),
        ("/api/v1/auth/password-reset/", {"new_password": "Fresh-Start-2026"}),
    ],
)
def test_a_wrong_code_reads_the_same_for_known_and_unknown_numbers(api, resident, path, fields):
    purpose = "login" if "login" in path else "reset"
    answers = []
    for phone in (resident.phone, UNKNOWN):
        ask(APIClient(), phone, purpose)
        response = api.post(path, {"phone": phone, "code": "000000", **fields})
        answers.append((response.status_code, response.data))
    assert answers[0] == answers[1]
    assert answers[0][0] == 400 and list(answers[0][1]["errors"]) == ["code"]


def test_no_code_ever_signs_in_to_a_number_without_an_account(api, sms_outbox):
    ask(api, UNKNOWN, "login")
    assert not any(CODE.search(text) for text in sms_outbox.texts_to(UNKNOWN))
    record = PhoneCode.objects.get(phone=UNKNOWN)
    assert record.code_hash  # a code exists, but it was told to nobody


# Registration and consent ----------------------------------------------------------------------------


def test_registration_records_consent_to_the_policy_version(api):
    response = api.post("/api/v1/auth/register/", registration_fields(UNKNOWN, name="周明"))
    assert response.status_code == 201, response.data
    user = User.objects.get(phone=UNKNOWN)
    consent = PrivacyConsent.objects.get(user=user)
    assert consent.policy_version == VERSION
    assert abs(consent.given_at - timezone.now()) < timedelta(minutes=1)
    entry = AuditEntry.objects.get(action="user.registered", target_id=str(user.pk))
    assert entry.changes["privacy_policy"] == VERSION


@pytest.mark.parametrize("consent", [False, None])
def test_registration_without_consent_is_refused_and_costs_no_code(api, consent):
    body = registration_fields(UNKNOWN)
    refused = api.post(
        "/api/v1/auth/register/",
        {**body, "privacy_consent": consent}
        if consent is not None
        else {key: value for key, value in body.items() if key != "privacy_consent"},
    )
    assert refused.status_code == 400
    assert list(refused.data["errors"]) == ["privacy_consent"]
    assert not User.objects.filter(phone=UNKNOWN).exists()
    assert api.post("/api/v1/auth/register/", body).status_code == 201


def test_registration_with_an_older_policy_version_is_refused(api):
    body = registration_fields(UNKNOWN, privacy_policy_version="2020-01-01")
    response = api.post("/api/v1/auth/register/", body)
    assert response.status_code == 400
    assert list(response.data["errors"]) == ["privacy_policy_version"]
    assert api.post("/api/v1/auth/register/", {**body, "privacy_policy_version": VERSION}).status_code == 201


def test_a_weak_password_costs_no_code(api):
    body = registration_fields(UNKNOWN)
    assert api.post("/api/v1/auth/register/", {**body, "password": "12345678"}).status_code == 400
    assert api.post("/api/v1/auth/register/", body).status_code == 201


def test_registration_needs_the_code_sent_to_that_very_number(api):
    other = registration_fields("13612340001")
    response = api.post("/api/v1/auth/register/", {**registration_fields(UNKNOWN), "code": other["code"]})
    assert response.status_code == 400 and list(response.data["errors"]) == ["code"]
    missing = api.post("/api/v1/auth/register/", {**other, "code": ""})
    assert missing.status_code == 400 and list(missing.data["errors"]) == ["code"]


def test_a_code_for_signing_in_does_not_register(api, sms_outbox):
    body = registration_fields(UNKNOWN)
    UserFactory(phone="13612340002")
    ask(api, "13612340002", "login")
    login_code = sms_outbox.code("13612340002")
    response = api.post("/api/v1/auth/register/", {**body, "phone": "13612340002", "code": login_code})
    assert response.status_code == 400 and list(response.data["errors"]) == ["code"]


# Expiry, tries, single use ---------------------------------------------------------------------------


def test_a_code_expires_after_five_minutes(api):
    body = registration_fields(UNKNOWN)
    with time_machine.travel(timezone.now() + timedelta(minutes=5, seconds=1)):
        response = api.post("/api/v1/auth/register/", body)
    assert response.status_code == 400
    assert response.data["errors"]["code"] == ["验证码已过期，请重新获取。"]


def test_a_code_is_still_good_just_before_five_minutes(api):
    body = registration_fields(UNKNOWN)
    with time_machine.travel(timezone.now() + timedelta(minutes=4, seconds=50)):
        assert api.post("/api/v1/auth/register/", body).status_code == 201


def test_five_wrong_tries_void_the_code(api):
    body = registration_fields(UNKNOWN)
    wrong = "999999" if body["code"] != "999999" else "888888"
    messages = [api.post("/api/v1/auth/register/", {**body, "code": wrong}).data["errors"]["code"][0] for _ in range(5)]
    assert messages[0] == "验证码不正确，还可以再试 4 次。"
    assert messages[-1] == "错误次数过多，请重新获取验证码。"
    right = api.post("/api/v1/auth/register/", body)
    assert right.status_code == 400
    assert right.data["errors"]["code"] == ["错误次数过多，请重新获取验证码。"]
    assert PhoneCode.objects.get(phone=UNKNOWN).attempts == 5


def test_a_code_is_used_once(api, resident):
    body = registration_fields(UNKNOWN)
    assert api.post("/api/v1/auth/register/", body).status_code == 201
    again = APIClient().post("/api/v1/auth/register/", {**body, "name": "又一次"})
    assert again.status_code == 400 and list(again.data["errors"]) == ["code"]


def test_a_new_code_replaces_the_previous_one(api):
    first = registration_fields(UNKNOWN)
    second = registration_fields(UNKNOWN)
    if first["code"] != second["code"]:
        assert api.post("/api/v1/auth/register/", first).status_code == 400
    assert api.post("/api/v1/auth/register/", second).status_code == 201


# Signing in and resetting the password with a code ---------------------------------------------------


def test_signing_in_with_a_code_starts_a_session(resident, sms_outbox):
    client = csrf_client()
    assert ask(client, resident.phone, "login").status_code == 202
    response = client.post(
        "/api/v1/auth/login/sms/", {"phone": resident.phone, "code": sms_outbox.code(resident.phone)}
    )
    assert response.status_code == 200, response.data
    assert response.data["id"] == resident.pk
    assert client.get("/api/v1/auth/me/").data["id"] == resident.pk


def test_an_inactive_account_gets_no_sign_in_code(api, resident, sms_outbox):
    resident.is_active = False
    resident.save()
    ask(api, resident.phone, "login")
    assert not CODE.search(sms_outbox.texts_to(resident.phone)[-1])


def test_signing_in_with_a_code_needs_the_csrf_token(resident, sms_outbox):
    ask(APIClient(), resident.phone, "login")
    response = APIClient(enforce_csrf_checks=True).post(
        "/api/v1/auth/login/sms/", {"phone": resident.phone, "code": sms_outbox.code(resident.phone)}
    )
    assert response.status_code == 403


def test_a_reset_code_sets_a_new_password_and_ends_every_session_and_token(resident, sms_outbox):
    signed_in = APIClient()
    assert (
        signed_in.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "kepu-pass-123"}).status_code == 200
    )
    token = Token.objects.create(user=resident)
    ask(APIClient(), resident.phone, "reset")
    response = APIClient().post(
        "/api/v1/auth/password-reset/",
        {"phone": resident.phone, "code": sms_outbox.code(resident.phone), "new_password": "Fresh-Start-2026"},
    )
    assert response.status_code == 204, response.data
    resident.refresh_from_db()
    assert resident.check_password("Fresh-Start-2026")
    assert signed_in.get("/api/v1/auth/me/").status_code == 401
    assert not Token.objects.filter(pk=token.pk).exists()
    assert AuditEntry.objects.filter(action="user.password_recovered", target_id=str(resident.pk)).exists()
    login = APIClient().post("/api/v1/auth/login/", {"phone": resident.phone, "password": "Fresh-Start-2026"})
    assert login.status_code == 200


def test_a_reset_with_a_weak_password_costs_no_code(api, resident, sms_outbox):
    ask(api, resident.phone, "reset")
    body = {"phone": resident.phone, "code": sms_outbox.code(resident.phone), "new_password": "12345678"}
    weak = api.post("/api/v1/auth/password-reset/", body)
    assert weak.status_code == 400 and list(weak.data["errors"]) == ["new_password"]
    assert api.post("/api/v1/auth/password-reset/", {**body, "new_password": "Fresh-Start-2026"}).status_code == 204


def test_a_reset_lifts_the_accounts_sign_in_delay(api, resident, sms_outbox):
    for _ in range(6):
        APIClient().post(
            "/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"}, REMOTE_ADDR="203.0.113.9"
        )
    ask(api, resident.phone, "reset")
    body = {"phone": resident.phone, "code": sms_outbox.code(resident.phone), "new_password": "Fresh-Start-2026"}
    assert api.post("/api/v1/auth/password-reset/", body).status_code == 204
    login = APIClient().post(
        "/api/v1/auth/login/", {"phone": resident.phone, "password": "Fresh-Start-2026"}, REMOTE_ADDR="203.0.113.9"
    )
    assert login.status_code == 200


# Rate limits -----------------------------------------------------------------------------------------


def test_one_number_waits_a_minute_between_two_messages(api):
    assert ask(api, UNKNOWN, "register").status_code == 202
    too_soon = ask(APIClient(), UNKNOWN, "login", REMOTE_ADDR="198.51.100.77")
    assert too_soon.status_code == 429
    assert int(too_soon["Retry-After"]) <= 60
    with time_machine.travel(timezone.now() + timedelta(seconds=61)):
        assert ask(api, UNKNOWN, "register").status_code == 202


def test_one_number_gets_at_most_five_messages_an_hour_from_any_address(api, sms_outbox):
    start = timezone.now()
    statuses = []
    for minute in range(7):
        with time_machine.travel(start + timedelta(minutes=2 * minute)):
            statuses.append(ask(APIClient(), UNKNOWN, "register", REMOTE_ADDR=f"198.51.100.{minute}").status_code)
    assert statuses == [202] * 5 + [429] * 2
    assert len(sms_outbox.texts_to(UNKNOWN)) == 5


def test_one_client_asks_for_at_most_ten_codes_an_hour_even_with_forged_forwarded_for(api, sms_outbox):
    statuses = [
        ask(api, f"1361234{n:04d}", "register", HTTP_X_FORWARDED_FOR=f"10.0.{n}.1").status_code for n in range(12)
    ]
    assert statuses == [202] * 10 + [429] * 2
    assert len(sms_outbox.sent) == 10


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(settings, api):
    settings.KEPU = {**settings.KEPU, "TRUSTED_PROXIES": 1}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    with_rates(settings, sms="2/hour")
    first = [ask(api, f"1361234{n:04d}", "login", HTTP_X_FORWARDED_FOR="203.0.113.1").status_code for n in range(3)]
    other = ask(api, "13612349999", "login", HTTP_X_FORWARDED_FOR="203.0.113.2").status_code
    assert (first, other) == ([202, 202, 429], 202)


def test_codes_asked_for_from_many_addresses_hit_a_site_wide_ceiling(settings, sms_outbox):
    with_rates(settings, sms_site="4/hour")
    statuses = [ask(APIClient(), f"1361234{n:04d}", "login", REMOTE_ADDR=f"198.18.{n}.1").status_code for n in range(6)]
    assert statuses == [202] * 4 + [429] * 2


# The privacy policy ----------------------------------------------------------------------------------


def test_the_privacy_policy_is_served_in_chinese_and_english_with_one_version(api):
    chinese = api.get("/api/v1/auth/privacy-policy/")
    english = api.get("/api/v1/auth/privacy-policy/", HTTP_ACCEPT_LANGUAGE="en")
    assert chinese.status_code == english.status_code == 200
    assert chinese.data["version"] == english.data["version"] == VERSION
    assert (chinese.data["language"], english.data["language"]) == ("zh-hans", "en")
    assert "隐私政策" in chinese.data["title"] and "Privacy policy" in english.data["title"]
    assert len(chinese.data["sections"]) == len(english.data["sections"]) >= 6
    assert all(section["paragraphs"] for section in chinese.data["sections"] + english.data["sections"])
    assert any("验证码" in paragraph for section in chinese.data["sections"] for paragraph in section["paragraphs"])
