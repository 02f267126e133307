"""Guessing limits on sign-in that cannot be dodged by spreading attempts, nor turned against a resident.

Three counters, kept in the shared cache (Redis in production):

- **per address** (DRF's ``login`` throttle, and django-axes locking the pair *account + address* for the
  cool-off): one address cannot guess fast, and what it locks is only itself;
- **per account**, across every address: after ``KEPU_LOGIN_FAILURE_LIMIT`` failures each further attempt
  waits a delay that doubles from one minute up to ``KEPU_LOGIN_COOLOFF_MINUTES`` (progressive delays),
  so guesses spread over many addresses slow to a few an hour, while the resident is never shut out for
  longer than one delay at a time;
- **site-wide**, failed sign-ins of every account (``KEPU_LOGIN_GLOBAL_FAILURES``): spraying many accounts
  from many addresses hits a ceiling.

A browser that signed in to the account before carries a signed cookie naming it; its attempts skip the
per-account delay and the site-wide ceiling, so an attack in progress does not lock its owner out.
"""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils.translation import ngettext
from rest_framework.throttling import SimpleRateThrottle

DEVICE_COOKIE = "kepu_signin"
DEVICE_SALT = "kepu.accounts.signin-device"
DEVICE_MAX_AGE = 90 * 24 * 3600
FIRST_DELAY = 60
ACCOUNT_MEMORY = 24 * 3600


@dataclass(frozen=True)
class Refusal:
    retry_after: int
    message: str


def _account_key(phone: str) -> str:
    return "signin:account:" + hashlib.sha256(phone.encode()).hexdigest()[:32]


def _global_window() -> tuple[str, int, int]:
    # DRF's rate parser does not use its instance.
    limit, seconds = SimpleRateThrottle.parse_rate(None, settings.KEPU["LOGIN_GLOBAL_FAILURES"])  # type: ignore[arg-type]
    if limit is None or seconds is None:
        raise ImproperlyConfigured("KEPU_LOGIN_GLOBAL_FAILURES must be a rate such as 200/hour")
    window = int(time.time() // seconds)
    return f"signin:failures:{window}", limit, (window + 1) * seconds


def _cap() -> int:
    return max(int(settings.AXES_COOLOFF_TIME.total_seconds()), FIRST_DELAY)


def account_delay(failures: int) -> int:
    """Seconds an account waits after ``failures`` failed sign-ins in a row (0 below the limit)."""
    over = failures - settings.AXES_FAILURE_LIMIT
    if over < 0:
        return 0
    return min(FIRST_DELAY * 2 ** min(over, 20), _cap())


def _wait_message(seconds: int) -> str:
    minutes = max(1, -(-seconds // 60))
    return ngettext(
        "Too many failed sign-in attempts. Try again in %(minutes)d minute.",
        "Too many failed sign-in attempts. Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def _normalise(phone: str | None) -> str:
    return (phone or "").replace(" ", "").replace("-", "")[:64]


def _known_device(request: HttpRequest | None, phone: str) -> bool:
    if request is None or DEVICE_COOKIE not in getattr(request, "COOKIES", {}):
        return False
    try:
        signed_for = request.get_signed_cookie(DEVICE_COOKIE, salt=DEVICE_SALT, max_age=DEVICE_MAX_AGE)
    except (signing.BadSignature, KeyError):
        return False
    return signed_for == phone


def signin_refusal(*, request: HttpRequest | None, phone: str) -> Refusal | None:
    """Why an attempt for ``phone`` must wait now, or None. Checked before the password is."""
    phone = _normalise(phone)
    if not phone or _known_device(request, phone):
        return None
    now = time.time()
    state = cache.get(_account_key(phone)) or {}
    until = state.get("last", 0) + account_delay(state.get("failures", 0))
    if until > now:
        return Refusal(int(until - now) + 1, _wait_message(int(until - now) + 1))
    key, limit, window_end = _global_window()
    if (cache.get(key) or 0) >= limit:
        wait = int(window_end - now) + 1
        return Refusal(wait, _wait_message(wait))
    return None


def remember_device(response: HttpResponse, *, phone: str) -> None:
    """Mark this browser as one that signed in to the account (see the module docstring)."""
    response.set_signed_cookie(
        DEVICE_COOKIE,
        _normalise(phone),
        salt=DEVICE_SALT,
        max_age=DEVICE_MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


class SignInGuardBackend:
    """Before the password backend, so every way in (the API, Django admin) waits the same; after
    django-axes, whose lock of the pair account + address answers first."""

    def authenticate(self, request, username=None, password=None, phone=None, **kwargs):
        refusal = signin_refusal(request=request, phone=phone or username or "")
        if refusal is not None:
            if request is not None:
                request.kepu_signin_refusal = refusal
            raise PermissionDenied(refusal.message)
        return None


@receiver(user_login_failed)
def _count_failure(sender, credentials, request=None, **kwargs):
    if request is not None and getattr(request, "kepu_signin_refusal", None) is not None:
        return  # refused before the password was tried: not a guess
    phone = _normalise(credentials.get("phone") or credentials.get("username"))
    if not phone:
        return
    key = _account_key(phone)
    state = cache.get(key) or {}
    cache.set(key, {"failures": state.get("failures", 0) + 1, "last": time.time()}, ACCOUNT_MEMORY)
    window_key, _limit, window_end = _global_window()
    if not cache.add(window_key, 1, int(window_end - time.time()) + 1):
        try:
            cache.incr(window_key)
        except ValueError:  # expired between add and incr
            cache.add(window_key, 1, int(window_end - time.time()) + 1)


def forget_failures(*, phone: str) -> None:
    """The account's failed sign-ins no longer count (it signed in, or its owner set a new password)."""
    cache.delete(_account_key(_normalise(phone)))


@receiver(user_logged_in)
def _forget_failures(sender, request, user, **kwargs):
    forget_failures(phone=user.phone)
