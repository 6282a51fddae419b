"""A cookie-keeping HTTP client for the web page tests (real HTTP over loopback)."""
from __future__ import annotations

import http.client
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


class Browser:
    """A cookie-keeping HTTP client that does not follow redirects (so each answer can be checked)."""

    def __init__(self, base: str):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None, headers: dict | None = None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        sent = {"Host": f"{self.host}:{self.port}", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("set-cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response.status, response.headers, content

    def get(self, path: str, **headers):
        status, response_headers, content = self.request("GET", path, headers=headers)
        return status, response_headers, content.decode("utf-8", "replace")

    def csrf(self) -> str:
        if "ieptrail_csrf" not in self.cookies:
            self.get("/promises")
        return self.cookies["ieptrail_csrf"]
