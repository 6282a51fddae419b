"""Who may see the page and what the browser may do with it.

- Loopback without a secret: only loopback host names are answered (a web site that points its own
  name at 127.0.0.1, "DNS rebinding", gets 400 instead of the record).
- With IEPTRAIL_WEB_SECRET (required beyond loopback): every page wants a signed-in browser (login
  form, cookie) or `Authorization: Bearer <secret>`.
- Every form POST carries a CSRF token equal to a SameSite cookie, and a cross-site Origin is refused.
- Every response has a strict Content-Security-Policy: no script at all, styles and images from the
  page itself, forms only to itself.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlencode, urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ieptrail.config import Settings
from ieptrail.config.settings import is_loopback
from ieptrail.errors import ConfigError
from ieptrail.web.guessing import SignInGuard

SESSION_COOKIE = "ieptrail_session"
CSRF_COOKIE = "ieptrail_csrf"
CSRF_FIELD = "csrf"
MIN_SECRET_LENGTH = 16
PUBLIC_PATHS = ("/login", "/static/")

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),  # children's records do not belong in shared caches
]


def check_exposure(settings: Settings, host: str) -> str:
    """Refuse to serve beyond loopback without a secret; say how the page is protected."""
    if settings.web_secret is None:
        if not is_loopback(host):
            raise ConfigError(
                f"serving on {host} needs IEPTRAIL_WEB_SECRET (or IEPTRAIL_WEB_SECRET_FILE): anyone who can reach "
                "this machine could otherwise read the record; or serve on 127.0.0.1"
            )
        return "loopback only, no sign-in"
    if len(settings.web_secret) < MIN_SECRET_LENGTH:
        raise ConfigError(f"IEPTRAIL_WEB_SECRET is too short: use at least {MIN_SECRET_LENGTH} characters")
    return "sign-in required with IEPTRAIL_WEB_SECRET"


def allowed_hosts(settings: Settings, host: str) -> list[str]:
    """Host names the page answers to; any when a secret protects it."""
    if settings.web_secret is not None:
        return ["*"]
    names = ["127.0.0.1", "localhost", "::1", "[::1]"]
    if host not in ("0.0.0.0", "::", ""):
        names.append(host)
    if settings.web_base_url:
        base_host = urlsplit(settings.web_base_url).hostname
        if base_host:
            names.append(base_host)
    return names


def session_token(secret: str) -> str:
    """What the sign-in cookie holds: derived from the secret, so changing the secret signs everyone out."""
    return hmac.new(secret.encode(), b"ieptrail web session v1", hashlib.sha256).hexdigest()


def bearer_token(request: Request) -> str | None:
    authorization = request.headers.get("authorization", "")
    return authorization[7:].strip() if authorization.lower().startswith("bearer ") else None


def is_signed_in(request: Request, secret: str) -> bool:
    token = bearer_token(request)
    if token is not None:
        return hmac.compare_digest(token.encode(), secret.encode())
    cookie = request.cookies.get(SESSION_COOKIE, "")
    return hmac.compare_digest(cookie.encode(), session_token(secret).encode())


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def secret_matches(candidate: str, secret: str) -> bool:
    return hmac.compare_digest(candidate.encode(), secret.encode())


def csrf_token(request: Request) -> tuple[str, bool]:
    """The browser's CSRF token, and whether it is new (then the response must set the cookie)."""
    known = request.cookies.get(CSRF_COOKIE)
    if known and len(known) >= 32:
        return known, False
    return secrets.token_urlsafe(32), True


def csrf_failure(request: Request, submitted: str | None) -> str | None:
    """Why a POST must be refused, or None when it came from one of our own forms."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return "the form was sent from another site"
    origin = request.headers.get("origin")
    if origin is not None and origin != "null":
        if urlsplit(origin).netloc != request.headers.get("host"):
            return "the form was sent from another site"
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie.encode(), submitted.encode()):
        return "the form has expired or did not come from this page; reload the page and try again"
    return None


class SecurityHeaders:
    """Adds the CSP and its companions to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    header for header in SECURITY_HEADERS if header[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SecretRequired:
    """With a secret configured, everything but the sign-in page needs a signed-in browser or the token."""

    def __init__(self, app: ASGIApp, secret: str | None, guard: SignInGuard):
        self.app = app
        self.secret = secret
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.secret is None or scope["type"] != "http" or scope["path"].startswith(PUBLIC_PATHS):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if bearer_token(request) is not None:  # a token is a guess of the secret: the same limits as the form
            address = client_address(request)
            wait = self.guard.wait_seconds(address)
            if wait:
                response = PlainTextResponse(f"too many wrong secrets: try again in {wait} s", status_code=429,
                                             headers={"Retry-After": str(wait)})
                await response(scope, receive, send)
                return
            if is_signed_in(request, self.secret):
                self.guard.succeeded(address)
                await self.app(scope, receive, send)
                return
            self.guard.failed(address, "Bearer token")
        elif is_signed_in(request, self.secret):
            await self.app(scope, receive, send)
            return
        if request.method in ("GET", "HEAD") and "authorization" not in Headers(scope=scope):
            target = scope["path"] + ("?" + scope["query_string"].decode("latin-1") if scope["query_string"] else "")
            response = RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)
        else:
            response = PlainTextResponse("sign in first", status_code=401)
        await response(scope, receive, send)


def safe_next(target: str | None) -> str:
    """Only a path on this site may follow sign-in (never another site's address)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
