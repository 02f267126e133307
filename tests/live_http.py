"""An HTTP client for tests against a live server (gunicorn): keeps cookies, sends CSRF like the web app."""

import http.cookiejar
import json
import urllib.error
import urllib.request
from email.message import Message


class LiveClient:
    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def fetch_csrf_token(self) -> None:
        self.request("GET", "/api/v1/auth/csrf/")

    @property
    def csrf(self) -> str:
        """The current token: Django rotates it when a sign-in or sign-up starts a session."""
        return next((cookie.value for cookie in self.cookies if cookie.name == "csrftoken"), "")

    def fetch(self, method: str, path: str, body: dict | None = None) -> tuple[int, Message, bytes]:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)  # noqa: S310 loopback http
        request.add_header("Content-Type", "application/json")
        if self.csrf:
            request.add_header("X-CSRFToken", self.csrf)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        status, _headers, raw = self.fetch(method, path, body)
        try:
            return status, json.loads(raw or b"{}")
        except ValueError:
            return status, {"raw": raw.decode(errors="replace")[:300]}

    def sign_in(self, phone: str, password: str) -> dict:
        self.fetch_csrf_token()
        status, body = self.request("POST", "/api/v1/auth/login/", {"phone": phone, "password": password})
        assert status == 200, (status, body)
        return body
