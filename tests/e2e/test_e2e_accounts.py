"""Accounts as Chinese users expect, clicked through in Chromium: registration with an SMS code and the
privacy consent, a forgotten password reset with an SMS code, signing in with a code.

The messages go through a recording gateway (``tests/sms_outbox.py``, selected by the ``sms_outbox``
fixture's setting); the test reads the code from the text the resident would have received.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from kepu.accounts.models import PrivacyConsent, User
from kepu.accounts.privacy import VERSION

PHONE = {"width": 375, "height": 780}

pytestmark = pytest.mark.django_db(transaction=True)


def texted_code(page: Page, sms_outbox, phone: str) -> str:
    page.get_by_test_id("send-code").click()
    expect(page.get_by_test_id("code-sent")).to_contain_text(f"{phone[:3]}****{phone[-4:]}")
    expect(page.get_by_test_id("send-code")).to_contain_text("秒后重新获取")
    return sms_outbox.code(phone)


def test_a_resident_registers_with_an_sms_code_and_agrees_to_the_privacy_policy(new_page, shoot, sms_outbox):
    page = new_page(viewport=PHONE)
    page.goto("/register")
    page.get_by_test_id("phone").fill("137 1234 5678")
    code = texted_code(page, sms_outbox, "13712345678")
    assert "注册验证码" in sms_outbox.texts_to("13712345678")[-1]
    page.get_by_test_id("code").fill(code)
    page.get_by_test_id("name").fill("孙丽")
    page.get_by_test_id("password").fill("my-secret-2026")

    # No account without consent: the form says so and sends nothing.
    page.get_by_test_id("submit").click()
    expect(page.get_by_text("请阅读并同意隐私政策")).to_be_visible()
    assert not User.objects.filter(phone="13712345678").exists()

    # The policy opens in its own tab, in the app's language, with the version agreed to.
    with page.context.expect_page() as policy_tab:
        page.get_by_test_id("privacy-link").click()
    policy = policy_tab.value
    expect(policy.get_by_role("heading", level=1)).to_contain_text("隐私政策")
    expect(policy.get_by_test_id("privacy-version")).to_contain_text(VERSION)
    expect(policy.get_by_role("heading", level=2).first).to_be_visible()
    policy.close()

    page.get_by_test_id("privacy-consent").click()
    shoot(page, "register-sms-code")
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_contain_text("孙丽")
    expect(page).to_have_url(re.compile(r"^[^?#]*/$"))
    resident = User.objects.get(phone="13712345678")
    assert PrivacyConsent.objects.get(user=resident).policy_version == VERSION


def test_a_resident_who_forgot_the_password_sets_a_new_one_with_an_sms_code_and_signs_in(
    new_page, shoot, sms_outbox, resident
):
    page = new_page(viewport=PHONE)
    page.goto("/login")
    page.get_by_test_id("forgot-password").click()
    expect(page).to_have_url(re.compile(r"/password-reset$"))
    page.get_by_test_id("phone").fill(resident.phone)
    code = texted_code(page, sms_outbox, resident.phone)
    assert "重设密码验证码" in sms_outbox.texts_to(resident.phone)[-1]
    page.get_by_test_id("code").fill("000000" if code != "000000" else "111111")
    page.get_by_test_id("new-password").fill("Fresh-Start-2026")
    page.get_by_test_id("submit").click()
    expect(page.get_by_text("验证码不正确，还可以再试 4 次。")).to_be_visible()
    page.get_by_test_id("code").fill(code)
    shoot(page, "password-reset")
    page.get_by_test_id("submit").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_text("密码已重设，请用新密码登录")).to_be_visible()

    page.get_by_test_id("phone").fill(resident.phone)
    page.get_by_test_id("password").fill("Fresh-Start-2026")
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_contain_text(resident.name)
    resident.refresh_from_db()
    assert resident.check_password("Fresh-Start-2026")


def test_a_resident_signs_in_with_an_sms_code_instead_of_the_password(new_page, sms_outbox, resident):
    page = new_page(viewport=PHONE)
    page.goto("/login")
    page.get_by_test_id("method-code").click()
    expect(page.get_by_test_id("password")).to_have_count(0)
    page.get_by_test_id("phone").fill(resident.phone)
    page.get_by_test_id("code").fill(texted_code(page, sms_outbox, resident.phone))
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("current-user")).to_contain_text(resident.name)
