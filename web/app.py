"""The Starlette application: routes, sign-in, error pages and the security middleware."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ieptrail.config import Settings
from ieptrail.store.db import Database
from ieptrail.web import board, observations, pages
from ieptrail.web.guessing import SignInGuard
from ieptrail.web.security import (
    CSRF_FIELD, SECURITY_HEADERS, SESSION_COOKIE, SecretRequired, SecurityHeaders, allowed_hosts, client_address,
    csrf_failure, safe_next, secret_matches, session_token,
)
from ieptrail.web.site import Site

if TYPE_CHECKING:
    from ieptrail.classify import Tagger

log = logging.getLogger("ieptrail.web")

STATIC = Path(__file__).resolve().parent / "static"
SESSION_DAYS = 30


class RowId(Convertor):
    """A row id in a path: at most 18 digits, so it always fits the database's 64-bit integer.
    /messages/99999999999999999999 is then a page that does not exist (404), not an overflow (500)."""

    regex = "[0-9]{1,18}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(int(value))


register_url_convertor("id", RowId())


def login_page(request: Request) -> Response:
    site = pages.site_of(request)
    return site.page(request, "login.html", {"next": safe_next(request.query_params.get("next")), "failed": False,
                                                "active": "login"})


async def login(request: Request) -> Response:
    site = pages.site_of(request)
    form = await request.form()
    target = safe_next(str(form.get("next") or "/"))
    secret = site.settings.web_secret
    if secret is None:
        return RedirectResponse(target, status_code=303)
    guard: SignInGuard = request.app.state.sign_in_guard
    address = client_address(request)
    wait = guard.wait_seconds(address)
    if wait:  # refused without comparing: guessing gains nothing while the door is closed
        response = site.page(request, "login.html", {"next": target, "failed": True, "wait": wait, "active": "login"},
                             status_code=429)
        response.headers["Retry-After"] = str(wait)
        return response
    if csrf_failure(request, form.get(CSRF_FIELD)) is None and secret_matches(str(form.get("secret", "")), secret):
        guard.succeeded(address)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(SESSION_COOKIE, session_token(secret), max_age=SESSION_DAYS * 86400, httponly=True,
                            samesite="lax", path="/", secure=request.url.scheme == "https")
        return response
    guard.failed(address, "sign-in form")
    return site.page(request, "login.html", {"next": target, "failed": True, "active": "login"},
                     status_code=401)


async def logout(request: Request) -> Response:
    form = await request.form()
    if csrf_failure(request, form.get(CSRF_FIELD)):
        raise HTTPException(403, "Not done: reload the page and try again.")
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


async def error_page(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) and status != 500 else "Something went wrong on our side."
    if status == 405:
        detail = "This address does not take that kind of request."
    response = pages.site_of(request).page(request, "error.html", {"status": status, "detail": detail},
                                           status_code=status)
    if status == 500:  # answered outside the middleware (the server logs the traceback): add the headers here
        response.headers.update({name.decode(): value.decode() for name, value in SECURITY_HEADERS})
    return response


ROUTES = [
    Route("/", pages.search_page, name="search"),
    Route("/topics", pages.topics_page),
    Route("/topics/{topic}", pages.topic_page),
    Route("/threads", pages.threads_page),
    Route("/threads/{thread_id:id}", pages.thread_page),
    Route("/messages/{message_id:id}", pages.message_page),
    Route("/messages/{message_id:id}/original.eml", pages.original_email),
    Route("/messages/{message_id:id}/attachments/{index:int}", pages.attachment_file),
    Route("/messages/{message_id:id}/attachments/{index:int}/text", pages.attachment_text_page),
    Route("/promises", board.promises_page),
    Route("/promises/{promise_id:id}/decision", board.decide, methods=["POST"]),
    Route("/promises/{promise_id:id}/follow-up", board.follow_up, methods=["POST"]),
    Route("/drafts/{draft_id:id}", board.draft_page),
    Route("/drafts/{draft_id:id}/draft.eml", board.draft_download),
    Route("/services", pages.services_page),
    Route("/services/observe", observations.observe, methods=["POST"]),
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
    Mount("/static", StaticFiles(directory=STATIC), name="static"),
]


def create_app(settings: Settings, db: Database, tagger: Tagger, host: str | None = None,
               guard: SignInGuard | None = None) -> Starlette:
    """The page for one record. `host` is the address it is served on (for the allowed Host names)."""
    guard = guard or SignInGuard()
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(settings, host or settings.web_host),
                   www_redirect=False),
        Middleware(SecretRequired, secret=settings.web_secret, guard=guard),
    ]
    app = Starlette(routes=ROUTES, middleware=middleware,
                    exception_handlers={HTTPException: error_page, Exception: error_page})
    app.state.site = Site(settings, db, tagger)
    app.state.sign_in_guard = guard
    return app
