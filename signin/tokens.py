"""The token store: one JSON file in the data directory, readable by its owner only (0600), and the
one place a refresh token or access token is written. An access token is refreshed before it
expires, under a file lock so the worker's threads and a CLI command never spend the same
(rotating) refresh token twice.

The store also remembers why a sign-in stopped working ("problem"), so `ieptrail auth status`
and `ieptrail status` can say so after the process that found out has gone.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ieptrail.config import OAuthSettings
from ieptrail.signin import client
from ieptrail.signin.errors import SIGN_IN_AGAIN, ScopeMissing, SignInRequired

log = logging.getLogger(__name__)

MAX_REFRESH_MARGIN = 300.0  # refresh at most 5 minutes early ...
MARGIN_SHARE = 0.25  # ... or a quarter of the token's lifetime, whichever is less


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class StoredSignIn:
    provider: str
    client_id: str
    token_url: str
    account: str
    granted_scopes: list[str]
    signed_in_at: str
    refreshed_at: str | None = None
    refreshes: int = 0
    expires_at: float = 0.0  # Unix time the access token stops working
    lifetime: float = 0.0  # seconds the last access token was given
    problem: str | None = None  # why it stopped working, in words; None while it works
    access_token: str = field(default="", repr=False)
    refresh_token: str | None = field(default=None, repr=False)

    @property
    def renew_at(self) -> float:
        """When to get a new access token: a little before it expires."""
        return self.expires_at - min(MAX_REFRESH_MARGIN, self.lifetime * MARGIN_SHARE)

    def missing_scopes(self, oauth: OAuthSettings) -> tuple[str, ...]:
        return tuple(scope for scope in oauth.mail_scopes if scope not in self.granted_scopes)

    def take(self, token: dict, requested: tuple[str, ...]) -> None:
        """Keep what a token response says; a response without a scope granted what was asked
        (RFC 6749 section 5.1), one without a refresh token keeps the old one."""
        self.access_token = token["access_token"]
        lifetime = float(token.get("expires_in") or 3600)
        self.lifetime = lifetime
        self.expires_at = time.time() + lifetime
        if token.get("refresh_token"):
            self.refresh_token = token["refresh_token"]
        if token.get("scope"):
            self.granted_scopes = str(token["scope"]).split()
        elif not self.granted_scopes:
            self.granted_scopes = list(requested)


@dataclass(frozen=True)
class Bearer:
    """An access token good until `renew_at` (Unix time) for `user`."""

    user: str
    token: str = field(repr=False)
    renew_at: float


class TokenStore:
    def __init__(self, path: Path):
        self.path = path

    def load(self) -> StoredSignIn | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise SignInRequired(f"the saved sign-in {self.path} cannot be read ({type(exc).__name__}); "
                                 f"{SIGN_IN_AGAIN}") from None
        known = {name for name in StoredSignIn.__dataclass_fields__}
        return StoredSignIn(**{key: value for key, value in data.items() if key in known})

    def save(self, stored: StoredSignIn) -> None:
        """Write atomically, created 0600 from the start (never world-readable, not even for a moment)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(asdict(stored), out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.path)

    def forget(self) -> bool:
        try:
            self.path.unlink()
            return True
        except FileNotFoundError:
            return False

    @contextmanager
    def locked(self):
        """Exclusive across processes and threads (each call opens its own file description)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
            os.close(lock)


def signed_in(oauth: OAuthSettings, token: dict) -> StoredSignIn:
    """Keep a new sign-in; raises ScopeMissing (after saving it) when a mail scope was not granted."""
    stored = StoredSignIn(provider=oauth.provider, client_id=oauth.client_id, token_url=oauth.token_url,
                          account=oauth.account, granted_scopes=[], signed_in_at=_now_text())
    stored.take(token, oauth.scopes)
    if not stored.refresh_token:
        raise SignInRequired(f"{client.where(oauth.token_url)} gave no refresh token, so the sign-in would stop working "
                             f"within {stored.lifetime:.0f} s; is offline_access (or access_type=offline) "
                             "allowed for this client?")
    missing = stored.missing_scopes(oauth)
    if missing:
        stored.problem = _missing_text(oauth, missing)
    store = TokenStore(oauth.token_file)
    with store.locked():
        store.save(stored)
    log.info("signed in to %s as %s; scopes granted: %s", oauth.provider, oauth.account, " ".join(stored.granted_scopes))
    if missing:
        raise ScopeMissing(stored.problem, missing)
    return stored


def _missing_text(oauth: OAuthSettings, missing: tuple[str, ...]) -> str:
    return (f"the sign-in for {oauth.account} did not grant the scope {' '.join(missing)}, which mail needs: "
            f"{SIGN_IN_AGAIN} and allow it")


def bearer(oauth: OAuthSettings) -> Bearer:
    """A usable access token for the mailbox, refreshed first when it is (nearly) expired.

    Raises SignInRequired when only a new sign-in can help, SignInError when the authorization
    server could not be reached (try again later)."""
    store = TokenStore(oauth.token_file)
    stored = check_usable(oauth, store.load())
    if time.time() < stored.renew_at:
        return Bearer(stored.account, stored.access_token, stored.renew_at)
    with store.locked():
        stored = check_usable(oauth, store.load())  # another thread or process may have refreshed it meanwhile
        if time.time() >= stored.renew_at:
            try:
                answer = client.refresh(oauth, stored.refresh_token or "")
            except SignInRequired as exc:
                stored.problem = str(exc)
                stored.access_token, stored.refresh_token = "", None
                store.save(stored)
                raise
            stored.take(answer, oauth.scopes)
            stored.refreshed_at, stored.refreshes = _now_text(), stored.refreshes + 1
            missing = stored.missing_scopes(oauth)
            stored.problem = _missing_text(oauth, missing) if missing else None
            store.save(stored)
            log.info("access token for %s refreshed; good for %.0f s", stored.account, stored.lifetime)
            if missing:
                raise ScopeMissing(stored.problem, missing)
    return Bearer(stored.account, stored.access_token, stored.renew_at)


def check_usable(oauth: OAuthSettings, stored: StoredSignIn | None) -> StoredSignIn:
    if stored is None:
        raise SignInRequired(f"{oauth.account or 'the mailbox'} is not signed in with {oauth.provider}; {SIGN_IN_AGAIN}")
    if stored.problem:
        missing = stored.missing_scopes(oauth)
        if missing:
            raise ScopeMissing(stored.problem, missing)
        raise SignInRequired(stored.problem if SIGN_IN_AGAIN in stored.problem else f"{stored.problem}; {SIGN_IN_AGAIN}")
    if not stored.refresh_token:
        raise SignInRequired(f"the saved sign-in for {stored.account} has no refresh token; {SIGN_IN_AGAIN}")
    if (stored.client_id, stored.token_url) != (oauth.client_id, oauth.token_url):
        raise SignInRequired(f"the saved sign-in was made with another OAuth client or provider than "
                             f"IEPTRAIL_OAUTH_CLIENT_ID / IEPTRAIL_MAIL_PROVIDER now name; {SIGN_IN_AGAIN}")
    if oauth.account and stored.account and stored.account.lower() != oauth.account.lower():
        raise SignInRequired(f"the saved sign-in is for {stored.account}, but the mailbox is {oauth.account}; "
                             f"{SIGN_IN_AGAIN}")
    missing = stored.missing_scopes(oauth)
    if missing:
        raise ScopeMissing(_missing_text(oauth, missing), missing)
    return stored


def forget(oauth: OAuthSettings) -> tuple[bool, bool]:
    """Sign out: ask the provider to revoke the grant where it can, then delete the store.
    Returns (was signed in, revoked at the provider)."""
    store = TokenStore(oauth.token_file)
    with store.locked():
        try:
            stored = store.load()
        except SignInRequired:
            stored = None
        revoked = False
        if stored is not None and stored.refresh_token:
            try:
                revoked = client.revoke(oauth, stored.refresh_token)
            except client.SignInError as exc:
                log.warning("the provider did not confirm the revocation: %s", exc)
        existed = store.forget()
    return existed, revoked
