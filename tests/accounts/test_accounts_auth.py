"""Sign-up, sign-in (session with CSRF, token), sign-out, the profile, throttles and the lockout."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings as django_settings
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from sms_outbox import CODE, registration_fields

from kepu.accounts.models import Role, User
from kepu.common.models import AuditEntry
from kepu.demo.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sms_outbox")]

PASSWORD = "kepu-pass-123"


def csrf_client() -> APIClient:
    """A browser-like client: CSRF is checked, the token comes from the csrf endpoint's cookie."""
    client = APIClient(enforce_csrf_checks=True)
    response = client.get("/api/v1/auth/csrf/")
    assert response.status_code == 204
    client.credentials(HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
    return client


def with_rates(settings, **rates):
    settings.REST_FRAMEWORK = {
        **django_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**django_settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], **rates},
    }


def test_csrf_endpoint_sets_the_cookie(api):
    response = api.get("/api/v1/auth/csrf/")
    assert response.status_code == 204
    assert response.cookies["csrftoken"].value


def test_register_creates_a_signed_in_resident():
    client = csrf_client()
    response = client.post("/api/v1/auth/register/", registration_fields("138 1234 5678", name="王小明"))
    assert response.status_code == 201, response.data
    assert response.data["phone"] == "13812345678"
    assert response.data["role"] == Role.RESIDENT
    assert response.data["organizations"] == []
    assert response.data["staff_area"] is None
    user = User.objects.get(phone="13812345678")
    assert user.check_password("Correct-Horse-9")
    assert AuditEntry.objects.filter(action="user.registered", target_id=str(user.pk)).exists()
    me = client.get("/api/v1/auth/me/")
    assert me.status_code == 200
    assert me.data["id"] == user.pk


def test_register_ignores_role_and_staff_fields(api, subdistrict):
    response = api.post(
        "/api/v1/auth/register/",
        {
            **registration_fields("13812345670", name="想当管理员"),
            "role": "admin",
            "is_superuser": True,
            "is_staff": True,
            "staff_area": subdistrict.pk,
        },
    )
    assert response.status_code == 201
    user = User.objects.get(phone="13812345670")
    assert (user.role, user.is_superuser, user.is_staff, user.staff_area_id) == (Role.RESIDENT, False, False, None)


def test_register_with_a_taken_phone_gets_no_code_and_answers_as_a_wrong_code(api, resident, sms_outbox):
    """The owner of the number is told by SMS that it has an account; whoever typed it learns nothing."""
    assert api.post("/api/v1/auth/sms-code/", {"phone": resident.phone, "purpose": "register"}).status_code == 202
    [text] = sms_outbox.texts_to(resident.phone)
    assert "已注册" in text and not CODE.search(text)
    body = {**registration_fields("13812340000"), "phone": resident.phone, "code": "123456"}
    response = api.post("/api/v1/auth/register/", body)
    assert response.status_code == 400
    assert list(response.data["errors"]) == ["code"]


@pytest.mark.parametrize("phone", ["12812345678", "1381234567", "138123456789", "abc", "+8613812345678"])
def test_register_rejects_a_phone_that_is_not_a_mainland_mobile(api, phone):
    response = api.post(
        "/api/v1/auth/register/", {"phone": phone, "code": "123456", "name": "某人", "password": "Correct-Horse-9"}
    )
    assert response.status_code == 400
    assert "phone" in response.data["errors"]


def test_register_rejects_a_weak_password_with_django_validators(api):
    response = api.post("/api/v1/auth/register/", registration_fields("13812345678", password="12345678"))
    assert response.status_code == 400
    assert response.data["errors"]["password"]
    assert not User.objects.filter(phone="13812345678").exists()


def test_register_requires_csrf_from_a_browser():
    client = APIClient(enforce_csrf_checks=True)
    response = client.post("/api/v1/auth/register/", registration_fields("13812345678"))
    assert response.status_code == 403
    assert "CSRF" in response.data["detail"]


def test_login_with_the_right_password_starts_a_session(resident):
    client = csrf_client()
    response = client.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD})
    assert response.status_code == 200
    assert response.data["phone"] == resident.phone
    assert response.data["name"] == resident.name
    assert client.get("/api/v1/auth/me/").status_code == 200


def test_login_with_a_wrong_password_says_so_without_telling_which_part(resident):
    client = csrf_client()
    response = client.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong-password"})
    assert response.status_code == 400
    assert response.data["detail"]
    unknown = client.post("/api/v1/auth/login/", {"phone": "13999999999", "password": "wrong-password"})
    assert unknown.data["detail"] == response.data["detail"]


def test_login_without_csrf_token_is_refused(resident):
    client = APIClient(enforce_csrf_checks=True)
    response = client.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD})
    assert response.status_code == 403
    anonymous = client.get("/api/v1/auth/me/")
    assert anonymous.status_code == 401  # not signed in: asked to, with the challenge to answer
    assert anonymous["WWW-Authenticate"] == "Token"


def test_session_writes_need_the_csrf_token(resident):
    client = csrf_client()
    assert client.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD}).status_code == 200
    token = client.cookies["csrftoken"].value
    client.credentials()  # drop the X-CSRFToken header
    assert client.patch("/api/v1/auth/me/", {"name": "新名字"}).status_code == 403
    assert client.post("/api/v1/auth/logout/").status_code == 403
    client.credentials(HTTP_X_CSRFTOKEN=token)
    assert client.patch("/api/v1/auth/me/", {"name": "新名字"}).status_code == 200


def test_inactive_accounts_cannot_sign_in(resident):
    resident.is_active = False
    resident.save()
    response = APIClient().post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD})
    assert response.status_code == 400


def test_logout_ends_the_session(resident):
    client = csrf_client()
    client.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD})
    client.credentials(HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
    assert client.post("/api/v1/auth/logout/").status_code == 204
    assert client.get("/api/v1/auth/me/").status_code == 401


def test_me_needs_authentication(api):
    assert api.get("/api/v1/auth/me/").status_code == 401


def test_me_shows_memberships_staff_area_and_the_own_unmasked_phone(client_for, organizer, staff, organization):
    data = client_for(organizer).get("/api/v1/auth/me/").data
    assert data["phone"] == "13900000001"
    assert data["organizations"] == [{"id": organization.pk, "name": organization.name, "setting": "community"}]
    assert data["staff_area"] is None
    staff_data = client_for(staff).get("/api/v1/auth/me/").data
    assert staff_data["staff_area"] == {"id": staff.staff_area_id, "name": "少先路街道", "level": "subdistrict"}
    assert staff_data["is_superuser"] is False


def test_me_patch_changes_name_language_and_email_but_not_role(client_for, resident):
    response = client_for(resident).patch(
        "/api/v1/auth/me/",
        {"name": "张三丰", "language": "en", "email": "zs@example.org", "role": "staff", "phone": "13111111111"},
    )
    assert response.status_code == 200
    resident.refresh_from_db()
    assert (resident.name, resident.language, resident.email) == ("张三丰", "en", "zs@example.org")
    assert (resident.role, resident.phone) == (Role.RESIDENT, "13800000001")
    assert response.cookies[django_settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_me_patch_rejects_bad_values_per_field(client_for, resident):
    response = client_for(resident).patch("/api/v1/auth/me/", {"language": "fr", "email": "not-an-email"})
    assert response.status_code == 400
    assert set(response.data["errors"]) == {"language", "email"}


def test_token_authenticates_api_clients_without_csrf(resident):
    response = APIClient(enforce_csrf_checks=True).post(
        "/api/v1/auth/token/", {"phone": resident.phone, "password": PASSWORD}
    )
    assert response.status_code == 200
    key = response.data["token"]
    assert Token.objects.get(key=key).user == resident
    client = APIClient(enforce_csrf_checks=True)
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/auth/me/").data["phone"] == resident.phone
    assert client.patch("/api/v1/auth/me/", {"name": "接口用户"}).status_code == 200
    assert client.post("/api/v1/auth/logout/").status_code == 204
    assert not Token.objects.filter(key=key).exists()
    assert client.get("/api/v1/auth/me/").status_code in (401, 403)


def test_token_with_a_wrong_password_is_refused(api, resident):
    response = api.post("/api/v1/auth/token/", {"phone": resident.phone, "password": "nope"})
    assert response.status_code == 400


def test_login_is_throttled_per_client_address(settings, api):
    with_rates(settings, login="3/min")
    statuses = [
        api.post("/api/v1/auth/login/", {"phone": f"1380000100{n}", "password": "x"}).status_code for n in range(4)
    ]
    assert statuses == [400, 400, 400, 429]
    assert api.post("/api/v1/auth/token/", {"phone": "13800001009", "password": "x"}).status_code == 429


def test_register_is_throttled_per_client_address(settings, api):
    with_rates(settings, register="2/min")
    statuses = [api.post("/api/v1/auth/register/", registration_fields(f"1381234500{n}")).status_code for n in range(3)]
    assert statuses == [201, 201, 429]
    assert User.objects.filter(phone__startswith="1381234500").count() == 2


def test_five_failed_logins_lock_that_address_out_of_the_account_for_the_cool_off(api, resident):
    attacker = {"REMOTE_ADDR": "203.0.113.7"}
    for _attempt in range(4):
        wrong = api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"}, **attacker)
        assert wrong.status_code == 400
    fifth = api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"}, **attacker)
    assert fifth.status_code == 429
    refused = api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD}, **attacker)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert (
        api.post("/api/v1/auth/token/", {"phone": resident.phone, "password": PASSWORD}, **attacker).status_code == 429
    )
    # Another account is not affected.
    other = UserFactory(phone="13800000077")
    assert api.post("/api/v1/auth/login/", {"phone": other.phone, "password": PASSWORD}, **attacker).status_code == 200
    # Past the account's short delay the resident signs in from their own address; the attacker's stays locked.
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        at_home = APIClient().post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD})
        assert at_home.status_code == 200
        still = api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD}, **attacker)
        assert still.status_code == 429 and "15" in still.data["detail"]


def test_a_successful_login_resets_the_failure_count(api, resident):
    for _attempt in range(4):
        api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"})
    assert api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD}).status_code == 200
    for _attempt in range(4):
        assert api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"}).status_code == 400


def test_failed_admin_site_logins_lock_the_same_account(resident):
    from django.test import Client

    admin = UserFactory(phone="13800000088", is_staff=True, is_superuser=True, role=Role.ADMIN)
    browser = Client()
    for _attempt in range(4):
        assert browser.post("/admin/login/", {"username": admin.phone, "password": "wrong"}).status_code == 200
    assert browser.post("/admin/login/", {"username": admin.phone, "password": "wrong"}).status_code == 429
    locked = Client().post("/admin/login/", {"username": admin.phone, "password": PASSWORD})
    assert locked.status_code == 429
    assert "15" in locked.content.decode()
    # The API refuses the locked account too, and other accounts still sign in on the admin site.
    assert APIClient().post("/api/v1/auth/login/", {"phone": admin.phone, "password": PASSWORD}).status_code == 429
    other_admin = UserFactory(phone="13800000089", is_staff=True, is_superuser=True, role=Role.ADMIN)
    assert Client().post("/admin/login/", {"username": other_admin.phone, "password": PASSWORD}).status_code == 302


def test_changing_the_password_keeps_this_session_and_ends_the_others(resident):
    Token.objects.create(user=resident)
    this_browser, other_browser = APIClient(), APIClient()
    for browser in (this_browser, other_browser):
        assert browser.post("/api/v1/auth/login/", {"phone": resident.phone, "password": PASSWORD}).status_code == 200
    response = this_browser.post(
        "/api/v1/auth/me/password/", {"old_password": PASSWORD, "new_password": "Brand-New-Pass-7"}
    )
    assert response.status_code == 204
    assert this_browser.get("/api/v1/auth/me/").status_code == 200
    assert other_browser.get("/api/v1/auth/me/").status_code == 401
    assert not Token.objects.filter(user=resident).exists()
    resident.refresh_from_db()
    assert resident.check_password("Brand-New-Pass-7")
    assert AuditEntry.objects.filter(action="user.password_changed", target_id=str(resident.pk)).exists()


def test_changing_the_password_needs_the_current_one_and_a_strong_new_one(client_for, resident):
    client = client_for(resident)
    wrong = client.post("/api/v1/auth/me/password/", {"old_password": "nope", "new_password": "Brand-New-Pass-7"})
    assert wrong.status_code == 400 and "old_password" in wrong.data["errors"]
    weak = client.post("/api/v1/auth/me/password/", {"old_password": PASSWORD, "new_password": "123"})
    assert weak.status_code == 400 and "new_password" in weak.data["errors"]
    resident.refresh_from_db()
    assert resident.check_password(PASSWORD)


def test_messages_are_chinese_by_default_and_english_on_request(api, resident):
    chinese = api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"})
    assert chinese.data["detail"] == "手机号或密码错误。"
    english = api.post("/api/v1/auth/login/", {"phone": resident.phone, "password": "wrong"}, HTTP_ACCEPT_LANGUAGE="en")
    assert english.data["detail"] == "The mobile number or the password is wrong."
