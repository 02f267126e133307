"""Abuse limits on the sign-in and sign-up endpoints, counted in the shared cache (Redis in production)."""

import hashlib

from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle, SimpleRateThrottle

from kepu.common.network import client_address

from .models import normalize_phone


class SettingsScopedRateThrottle(ScopedRateThrottle):
    """A scoped throttle (``throttle_scope`` on the view: ``login``, ``register``) counted per user, or per
    client address for anonymous requests (``kepu.common.network``: a forged ``X-Forwarded-For`` does not
    make a new client). It reads its rate when it runs rather than when it is imported, so a rate changed
    in ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]`` takes effect."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "")

    def get_ident(self, request):
        return client_address(request)


class SiteWideRateThrottle(SimpleRateThrottle):
    """One count for the whole site (``<scope>_site`` rate): the ceiling that requests spread over many
    addresses still hit."""

    def __init__(self):
        # The scope comes from the view, so the rate is read in allow_request.
        pass

    def allow_request(self, request, view):
        self.scope = f"{getattr(view, 'throttle_scope', '')}_site"
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        self.rate = None if rate is None else str(rate)
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": "site"}


class PhoneRateThrottle(SimpleRateThrottle):
    """Counted per mobile number named in the request body, whoever sends it and from wherever: the
    number's owner gets a bounded number of messages. A body without a number is left to the input
    check. The number is hashed in the key, so the cache holds no phone numbers."""

    scope = "sms_phone"

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view):
        phone = request.data.get("phone") if hasattr(request.data, "get") else None
        if not isinstance(phone, str) or not phone.strip():
            return None
        digest = hashlib.sha256(normalize_phone(phone).encode()).hexdigest()[:32]
        return self.cache_format % {"scope": self.scope, "ident": digest}


class PhoneResendThrottle(PhoneRateThrottle):
    """The shortest time between two messages to one number (the "resend in 60 s" of the form)."""

    scope = "sms_phone_resend"

    @classmethod
    def seconds(cls) -> int:
        """How long a number waits before its next message (0: no limit)."""
        _count, seconds = cls().parse_rate(cls().get_rate())
        return int(seconds or 0)
