"""Auth endpoints under ``/api/v1/auth/``: session sign-in with CSRF for the web app, tokens for API clients."""

from django.conf import settings
from django.contrib.auth import SESSION_KEY, login, logout, update_session_auth_hash
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from kepu.common.files import ViewMixinBase
from kepu.common.phones import mask_phone

from . import selectors, services
from .limits import remember_device
from .models import User
from .phone_codes import phone_code_send
from .privacy import privacy_policy
from .serializers import (
    CodeLoginInputSerializer,
    DeleteAccountInputSerializer,
    ErrorSerializer,
    LoginInputSerializer,
    MeOutputSerializer,
    MeUpdateInputSerializer,
    PasswordChangeInputSerializer,
    PasswordResetInputSerializer,
    PersonalDataExportSerializer,
    PrivacyPolicySerializer,
    RegisterInputSerializer,
    SmsCodeInputSerializer,
    SmsCodeSentSerializer,
    TokenOutputSerializer,
)
from .throttles import (
    PhoneRateThrottle,
    PhoneResendThrottle,
    SettingsScopedRateThrottle,
    SiteWideRateThrottle,
)


class LockedOutError(exceptions.APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "locked_out"

    def __init__(self, detail: str, wait: int):
        super().__init__(detail)
        self.wait = wait  # DRF answers it as Retry-After


class CsrfProtectedMixin(ViewMixinBase):
    """DRF checks CSRF only for requests it authenticated by session; signing in and signing up change
    the session too (login CSRF), so these views check it for everyone."""

    def initial(self, request, *args, **kwargs):
        SessionAuthentication().enforce_csrf(request)
        super().initial(request, *args, **kwargs)


class VisitorFormApi(CsrfProtectedMixin, APIView):
    """A form a visitor sends before signing in: open to anyone, no session read, CSRF checked, counted
    per client address (``login`` scope unless the view names another)."""

    permission_classes = [AllowAny]
    authentication_classes = []
    throttle_classes = [SettingsScopedRateThrottle]
    throttle_scope = "login"


def _me_response(user, status_code=status.HTTP_200_OK) -> Response:
    response = Response(MeOutputSerializer(selectors.user_for_me(user=user)).data, status=status_code)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        user.language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,  # type: ignore[arg-type]  # "Lax" by default
    )
    return response


def _authenticate(request: Request) -> User:
    serializer = LoginInputSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    try:
        return services.user_authenticate(request=request._request, **serializer.validated_data)
    except services.LockedOut as exc:
        raise LockedOutError(str(exc), wait=exc.retry_after) from exc


@method_decorator(ensure_csrf_cookie, name="dispatch")
class CsrfApi(APIView):
    """Sets the ``csrftoken`` cookie; the web app sends it back in ``X-CSRFToken`` on every write."""

    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(responses={204: OpenApiResponse(description="The csrftoken cookie is set.")}, tags=["auth"])
    def get(self, request):
        return Response(status=status.HTTP_204_NO_CONTENT)


class PrivacyPolicyApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(
        responses={200: PrivacyPolicySerializer},
        tags=["auth"],
        summary="The privacy policy in the request's language, with the version registrations agree to",
    )
    def get(self, request):
        return Response(PrivacyPolicySerializer(privacy_policy()).data)


class SmsCodeApi(VisitorFormApi):
    """Sends a verification code by SMS. The answer is the same whether or not the number has an
    account (``kepu.accounts.phone_codes``); limited per number, per client and site-wide."""

    throttle_classes = [PhoneResendThrottle, PhoneRateThrottle, SettingsScopedRateThrottle, SiteWideRateThrottle]
    throttle_scope = "sms"

    @extend_schema(
        request=SmsCodeInputSerializer,
        responses={202: SmsCodeSentSerializer, 400: ErrorSerializer, 429: ErrorSerializer, 503: ErrorSerializer},
        tags=["auth"],
        summary="Send an SMS verification code for registration, sign-in or a password reset",
    )
    def post(self, request):
        serializer = SmsCodeInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        record = phone_code_send(**serializer.validated_data)
        sent = {
            "detail": _("A text message is on its way to %(phone)s.") % {"phone": mask_phone(record.phone)},
            "expires_in": int((record.expires_at - record.created_at).total_seconds()),
            "resend_in": PhoneResendThrottle.seconds(),
        }
        return Response(SmsCodeSentSerializer(sent).data, status=status.HTTP_202_ACCEPTED)


class RegisterApi(VisitorFormApi):
    throttle_classes = [SettingsScopedRateThrottle, SiteWideRateThrottle]
    throttle_scope = "register"

    @extend_schema(
        request=RegisterInputSerializer,
        responses={201: MeOutputSerializer, 400: ErrorSerializer, 403: ErrorSerializer, 429: ErrorSerializer},
        tags=["auth"],
        summary="Resident self-registration by mobile number with an SMS code and privacy consent; signs them in",
    )
    def post(self, request):
        serializer = RegisterInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        del data["privacy_consent"]  # checked by the serializer: no consent, no account
        user = services.user_register(**data)
        login(request._request, user, backend="django.contrib.auth.backends.ModelBackend")
        return _me_response(user, status.HTTP_201_CREATED)


class LoginApi(VisitorFormApi):
    @extend_schema(
        request=LoginInputSerializer,
        responses={200: MeOutputSerializer, 400: ErrorSerializer, 403: ErrorSerializer, 429: ErrorSerializer},
        tags=["auth"],
        summary="Session sign-in for the web app (send the CSRF token)",
    )
    def post(self, request):
        user = _authenticate(request)
        login(request._request, user)
        response = _me_response(user)
        remember_device(response, phone=user.phone)
        return response


class CodeLoginApi(VisitorFormApi):
    @extend_schema(
        request=CodeLoginInputSerializer,
        responses={200: MeOutputSerializer, 400: ErrorSerializer, 403: ErrorSerializer, 429: ErrorSerializer},
        tags=["auth"],
        summary="Session sign-in with an SMS code instead of the password (send the CSRF token)",
    )
    def post(self, request):
        serializer = CodeLoginInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.user_authenticate_by_code(**serializer.validated_data)
        login(request._request, user, backend="django.contrib.auth.backends.ModelBackend")
        response = _me_response(user)
        remember_device(response, phone=user.phone)
        return response


class PasswordResetApi(VisitorFormApi):
    @extend_schema(
        request=PasswordResetInputSerializer,
        responses={
            204: OpenApiResponse(description="The new password is set; every session and API token ended."),
            400: ErrorSerializer,
            403: ErrorSerializer,
            429: ErrorSerializer,
        },
        tags=["auth"],
        summary="Set a new password with an SMS code (forgotten password)",
    )
    def post(self, request):
        serializer = PasswordResetInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.user_reset_password(**serializer.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)


class LogoutApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: OpenApiResponse(description="Signed out.")}, tags=["auth"])
    def post(self, request):
        if request.auth is not None and hasattr(request.auth, "delete"):
            request.auth.delete()
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TokenApi(APIView):
    """A token for API clients (``Authorization: Token <key>``); no cookies, so no CSRF."""

    permission_classes = [AllowAny]
    authentication_classes = []
    throttle_classes = [SettingsScopedRateThrottle]
    throttle_scope = "login"

    @extend_schema(
        request=LoginInputSerializer,
        responses={200: TokenOutputSerializer, 400: ErrorSerializer, 429: ErrorSerializer},
        tags=["auth"],
        summary="Exchange mobile number and password for an API token",
    )
    def post(self, request):
        user = _authenticate(request)
        token = services.token_for(user=user)
        return Response(TokenOutputSerializer({"token": token.key}).data)


class DeleteWithBodySchema(AutoSchema):
    """Describes the request body of DELETE too (the account deletion takes a password confirmation),
    which drf-spectacular otherwise leaves out."""

    def _get_request_body(self, direction="request"):
        if self.method != "DELETE":
            return super()._get_request_body(direction)
        self.method = "POST"
        try:
            return super()._get_request_body(direction)
        finally:
            self.method = "DELETE"


class MeApi(APIView):
    permission_classes = [IsAuthenticated]
    schema = DeleteWithBodySchema()

    @extend_schema(responses={200: MeOutputSerializer}, tags=["auth"])
    def get(self, request):
        return _me_response(request.user)

    @extend_schema(
        request=MeUpdateInputSerializer, responses={200: MeOutputSerializer, 400: ErrorSerializer}, tags=["auth"]
    )
    def patch(self, request):
        serializer = MeUpdateInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        user = services.user_update_profile(user=request.user, **serializer.validated_data)
        return _me_response(user)

    @extend_schema(
        request=DeleteAccountInputSerializer,
        responses={
            204: OpenApiResponse(description="Personal data deleted; sign-ups kept anonymously for statistics."),
            400: ErrorSerializer,
            409: ErrorSerializer,
        },
        tags=["auth"],
        summary="Delete my account (password confirmation)",
    )
    def delete(self, request):
        serializer = DeleteAccountInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.user_delete_own_account(user=request.user, password=serializer.validated_data["password"])
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PasswordChangeApi(APIView):
    permission_classes = [IsAuthenticated]
    throttle_classes = [SettingsScopedRateThrottle]
    throttle_scope = "login"

    @extend_schema(
        request=PasswordChangeInputSerializer,
        responses={204: OpenApiResponse(description="Changed; this session stays signed in."), 400: ErrorSerializer},
        tags=["auth"],
        summary="Change my password (other sessions and API tokens end)",
    )
    def post(self, request):
        serializer = PasswordChangeInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.user_change_password(user=request.user, **serializer.validated_data)
        if request.session.get(SESSION_KEY):
            update_session_auth_hash(request._request, user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeExportApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: PersonalDataExportSerializer}, tags=["auth"], summary="Export my personal data")
    def get(self, request):
        data = PersonalDataExportSerializer(selectors.user_personal_data(user=request.user)).data
        response = Response(data)
        response["Content-Disposition"] = 'attachment; filename="kepu-my-data.json"'
        return response
