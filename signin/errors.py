"""What can go wrong with an OAuth2 sign-in, as two kinds: the user must act, or try later."""
from __future__ import annotations

from ieptrail.errors import IEPTrailError

SIGN_IN_AGAIN = "sign in again: ieptrail auth login"


class SignInError(IEPTrailError):
    """The authorization server could not be reached or answered oddly: worth trying again later."""


class SignInRequired(SignInError):
    """No usable sign-in (never signed in, signed out, the refresh token was revoked or expired, a
    scope is missing): nothing works until the user runs `ieptrail auth login`, so do not retry."""


class ScopeMissing(SignInRequired):
    """The sign-in did not grant every scope mail needs."""

    def __init__(self, message: str, missing: tuple[str, ...]):
        super().__init__(message)
        self.missing = missing
