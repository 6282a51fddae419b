"""The OAuth2 client: one generic client (authlib's OAuth2Session) for every provider.

- `DeviceSignIn`: the device authorization grant (RFC 8628) for a server without a browser: a URL
  and a code to enter on a phone, then polling the token endpoint until the user is done.
- `browser_sign_in`: the authorization code grant with PKCE (RFC 7636) and a loopback redirect
  (RFC 8252): a one-shot HTTP listener on 127.0.0.1 receives the code.
- `refresh` and `revoke`.

Tokens are returned as plain dicts and never put into a log line or an error message.
"""
from __future__ import annotations

import html
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import requests
from authlib.integrations.requests_client import OAuth2Session, OAuthError

from ieptrail.config import OAuthSettings
from ieptrail.signin.errors import SIGN_IN_AGAIN, SignInError, SignInRequired

log = logging.getLogger(__name__)

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
REFRESHING = "refreshing the sign-in"
# Errors of the token endpoint after which only a new sign-in helps (RFC 6749 section 5.2).
FINAL_ERRORS = {"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope", "access_denied",
                "expired_token"}


def session(oauth: OAuthSettings, **options) -> OAuth2Session:
    client = OAuth2Session(client_id=oauth.client_id, client_secret=oauth.client_secret,
                           scope=" ".join(oauth.scopes), **options)
    client.headers["Accept"] = "application/json"
    return client


def where(url: str) -> str:
    return urlsplit(url).netloc or url


def explain(exc: OAuthError) -> str:
    return f"{exc.error}" + (f" ({exc.description})" if exc.description else "")


def translated(doing: str, url: str):
    """Turn authlib's and requests' exceptions into SignInError / SignInRequired, without tokens."""
    return _Translated(doing, url)


class _Translated:
    def __init__(self, doing: str, url: str):
        self.doing, self.url = doing, url

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, _tb):
        if exc is None:
            return False
        if isinstance(exc, OAuthError):
            if exc.error == "invalid_grant" and self.doing == REFRESHING:
                raise SignInRequired(f"{where(self.url)} no longer accepts the saved sign-in (revoked, expired, or the "
                                     f"password changed: {explain(exc)}); {SIGN_IN_AGAIN}") from None
            if exc.error in FINAL_ERRORS:
                raise SignInRequired(f"{self.doing}: {where(self.url)} answered {explain(exc)}; {SIGN_IN_AGAIN}") from None
            raise SignInError(f"{self.doing}: {where(self.url)} answered {explain(exc)}") from None
        if isinstance(exc, requests.HTTPError):
            raise SignInError(f"{self.doing}: {where(self.url)} answered HTTP {exc.response.status_code}") from None
        if isinstance(exc, requests.RequestException):
            raise SignInError(f"{self.doing}: cannot reach {where(self.url)}: {type(exc).__name__}") from None
        if isinstance(exc, (ValueError, KeyError)):  # not JSON, or JSON without the fields a token has
            raise SignInError(f"{self.doing}: {where(self.url)} sent an answer that is not an OAuth2 token") from None
        return False


def refresh(oauth: OAuthSettings, refresh_token: str) -> dict:
    """A new access token (and perhaps a new refresh token) for this refresh token."""
    with translated(REFRESHING, oauth.token_url):
        client = session(oauth)
        # No scope parameter: the refreshed token keeps what the user granted (RFC 6749 section 6).
        client.scope = None
        return dict(client.refresh_token(oauth.token_url, refresh_token=refresh_token,
                                         timeout=oauth.timeout_seconds))


def revoke(oauth: OAuthSettings, refresh_token: str) -> bool:
    """Ask the provider to forget the grant (RFC 7009); False when it has no revocation endpoint."""
    if not oauth.revoke_url:
        return False
    with translated("revoking the sign-in", oauth.revoke_url):
        response = session(oauth).revoke_token(oauth.revoke_url, token=refresh_token, token_type_hint="refresh_token",
                                               timeout=oauth.timeout_seconds)
        response.raise_for_status()
    return True


# ---- the device authorization grant (RFC 8628) -------------------------------------------------


@dataclass
class DeviceSignIn:
    """One device sign-in in progress: show `verification_uri` and `user_code`, then `wait()`."""

    oauth: OAuthSettings
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_at: float
    interval: float
    device_code: str = field(repr=False)

    @classmethod
    def start(cls, oauth: OAuthSettings) -> DeviceSignIn:
        if not oauth.device_url:
            raise SignInError(f"{oauth.provider} offers no sign-in with a code on another device for mail; "
                              "use `ieptrail auth login --browser`")
        data = {"client_id": oauth.client_id, "scope": " ".join(oauth.scopes)}
        if oauth.client_secret:
            data["client_secret"] = oauth.client_secret
        with translated("starting the device sign-in", oauth.device_url):
            response = requests.post(oauth.device_url, data=data, headers={"Accept": "application/json"},
                                     timeout=oauth.timeout_seconds)
            answer = response.json()
            if "error" in answer:
                raise OAuthError(error=answer["error"], description=answer.get("error_description"))
            response.raise_for_status()
            return cls(oauth=oauth, device_code=answer["device_code"], user_code=answer["user_code"],
                       # RFC 8628 says verification_uri; Google's older answer says verification_url
                       verification_uri=answer.get("verification_uri") or answer["verification_url"],
                       verification_uri_complete=answer.get("verification_uri_complete"),
                       expires_at=time.monotonic() + float(answer.get("expires_in", 600)),
                       interval=float(answer.get("interval", 5)))

    def wait(self, stop: threading.Event | None = None) -> dict:
        """Poll the token endpoint until the user has signed in (or refused, or the code expired)."""
        stop = stop or threading.Event()
        client = session(self.oauth)
        with translated("finishing the device sign-in", self.oauth.token_url):
            while time.monotonic() < self.expires_at:
                if stop.wait(self.interval):
                    raise SignInError("the device sign-in was interrupted")
                try:
                    return dict(client.fetch_token(self.oauth.token_url, grant_type=DEVICE_GRANT,
                                                   device_code=self.device_code, timeout=self.oauth.timeout_seconds))
                except OAuthError as exc:
                    if exc.error == "authorization_pending":
                        continue
                    if exc.error == "slow_down":
                        self.interval += 5
                        continue
                    raise
        raise SignInRequired(f"the code {self.user_code} expired before the sign-in was finished; {SIGN_IN_AGAIN}")


# ---- authorization code + PKCE with a loopback redirect (RFC 8252) --------------------------------


def browser_sign_in(oauth: OAuthSettings, show: Callable[[str], None], port: int = 0, timeout: float = 600) -> dict:
    """Listen on 127.0.0.1:`port` (0: any free port), hand the authorization URL to `show` (which
    prints it and perhaps opens a browser), and exchange the code the browser brings back."""
    if not oauth.authorize_url:
        raise SignInError(f"{oauth.provider} has no browser sign-in configured (IEPTRAIL_OAUTH_AUTHORIZE_URL); "
                          "use `ieptrail auth login --device`")
    listener = _Listener(("127.0.0.1", port))
    try:
        redirect_uri = f"http://127.0.0.1:{listener.server_address[1]}/"
        client = session(oauth, redirect_uri=redirect_uri, code_challenge_method="S256")
        verifier = secrets.token_urlsafe(64)
        params = dict(oauth.extra_authorize_params)
        if {"openid", "offline_access"} <= set(oauth.scopes):
            params.setdefault("prompt", "consent")  # OpenID Connect grants offline_access only with consent asked
        url, state = client.create_authorization_url(oauth.authorize_url, code_verifier=verifier, **params)
        show(url)
        answer = listener.wait_for_redirect(timeout)
    finally:
        listener.server_close()
    if answer is None:
        raise SignInError(f"no answer from the browser within {timeout:.0f} s; run `ieptrail auth login` again")
    if "error" in answer:
        text = answer["error"] + (f" ({answer['error_description']})" if answer.get("error_description") else "")
        raise SignInRequired(f"the sign-in in the browser ended with {text}; {SIGN_IN_AGAIN}")
    if not secrets.compare_digest(answer.get("state", ""), state):
        raise SignInError("the browser came back with another sign-in's answer (state does not match); "
                          "run `ieptrail auth login` again")
    with translated("finishing the browser sign-in", oauth.token_url):
        return dict(client.fetch_token(oauth.token_url, grant_type="authorization_code", code=answer.get("code", ""),
                                       code_verifier=verifier, timeout=oauth.timeout_seconds))


class _Listener(HTTPServer):
    """Answers the one redirect that carries `code` (or `error`); everything else gets a 404."""

    def __init__(self, address):
        self.answer: dict | None = None
        self.arrived = threading.Event()
        super().__init__(address, _RedirectHandler)

    def wait_for_redirect(self, timeout: float) -> dict | None:
        deadline = time.monotonic() + timeout
        self.timeout = 1.0
        while not self.arrived.is_set() and time.monotonic() < deadline:
            self.handle_request()
        return self.answer


class _RedirectHandler(BaseHTTPRequestHandler):
    server: _Listener

    def do_GET(self) -> None:  # noqa: N802 (the name http.server wants)
        query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
        if "code" not in query and "error" not in query:
            self.send_error(404)
            return
        self.server.answer = query
        self.server.arrived.set()
        ok = "code" in query
        text = ("Signed in. You can close this tab and go back to IEP Paper Trail." if ok
                else f"The sign-in did not finish: {query['error']}.")
        body = f"<!DOCTYPE html><meta charset=utf-8><title>IEP Paper Trail</title><p>{html.escape(text)}</p>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:  # the request line holds the code: never log it
        pass
