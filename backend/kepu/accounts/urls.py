from django.urls import path

from kepu.common.routers import IdRouter

from . import apis
from .apis_staff import StaffAccountViewSet

router = IdRouter()
router.register("staff-accounts", StaffAccountViewSet, basename="staff-account")

urlpatterns = [
    path("auth/csrf/", apis.CsrfApi.as_view(), name="auth-csrf"),
    path("auth/privacy-policy/", apis.PrivacyPolicyApi.as_view(), name="auth-privacy-policy"),
    path("auth/sms-code/", apis.SmsCodeApi.as_view(), name="auth-sms-code"),
    path("auth/register/", apis.RegisterApi.as_view(), name="auth-register"),
    path("auth/login/", apis.LoginApi.as_view(), name="auth-login"),
    path("auth/login/sms/", apis.CodeLoginApi.as_view(), name="auth-login-sms"),
    path("auth/password-reset/", apis.PasswordResetApi.as_view(), name="auth-password-reset"),
    path("auth/logout/", apis.LogoutApi.as_view(), name="auth-logout"),
    path("auth/token/", apis.TokenApi.as_view(), name="auth-token"),
    path("auth/me/", apis.MeApi.as_view(), name="auth-me"),
    path("auth/me/export/", apis.MeExportApi.as_view(), name="auth-me-export"),
    path("auth/me/password/", apis.PasswordChangeApi.as_view(), name="auth-me-password"),
    *router.urls,
]
