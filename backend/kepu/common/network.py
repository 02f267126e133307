"""The address a request really comes from.

``X-Forwarded-For`` is whatever the client wrote, followed by one address per proxy that passed the
request on. Only the entries our own proxies appended can be believed: with ``KEPU_TRUSTED_PROXIES``
proxies in front of the app (0 when clients connect to gunicorn directly), the client is the entry
that many places from the end, counting the connection's own peer as the last. Everything before it
is the client's to invent, so limits keyed on it could be dodged with a fresh header per request.
DRF's ``NUM_PROXIES`` is set to the same number, so its throttles agree with this.
"""

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    """None when the request has no peer at all (a request built in code, not received)."""
    peer = request.META.get("REMOTE_ADDR") or None
    if peer is None:
        return None
    trusted = settings.KEPU["TRUSTED_PROXIES"]
    if trusted <= 0:
        return peer
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    chain = [*forwarded, peer]
    return chain[-(trusted + 1)] if len(chain) > trusted else chain[0]
