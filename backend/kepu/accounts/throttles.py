"""Abuse limits on the sign-in and sign-up endpoints, counted in the shared cache (Redis in production)."""

from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle


class SettingsScopedRateThrottle(ScopedRateThrottle):
    """A scoped throttle (``throttle_scope`` on the view: ``login``, ``register``) counted per user, or per
    client address for anonymous requests. It reads its rate when it runs rather than when it is imported,
    so a rate changed in ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]`` takes effect."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
