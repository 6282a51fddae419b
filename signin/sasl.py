"""SASL XOAUTH2 (Google's and Microsoft's) and OAUTHBEARER (RFC 7628): the bearer token as an IMAP
AUTHENTICATE or SMTP AUTH exchange.

A server that refuses the token answers with a challenge holding a small JSON error (status,
and often the scope it wanted) before its final NO / 535; the client must answer that challenge
(empty for XOAUTH2, ^A for OAUTHBEARER). `Exchange` keeps that JSON so the error can say why.
"""
from __future__ import annotations

import json

PREFERRED = ("OAUTHBEARER", "XOAUTH2")  # the standard one where offered, else the one every big provider has


def pick_mechanism(offered: set[str]) -> str | None:
    """The mechanism to use among those the server advertises (upper case), or None."""
    return next((mech for mech in PREFERRED if mech in offered), None)


def initial_response(mechanism: str, user: str, token: str) -> str:
    if mechanism == "XOAUTH2":
        return f"user={user}\x01auth=Bearer {token}\x01\x01"
    if mechanism == "OAUTHBEARER":
        authzid = user.replace("=", "=3D").replace(",", "=2C")
        return f"n,a={authzid},\x01auth=Bearer {token}\x01\x01"
    raise ValueError(f"not an OAuth2 SASL mechanism: {mechanism}")


class Exchange:
    """The client side of one exchange: call it with each server challenge (None or b"" first)."""

    def __init__(self, mechanism: str, user: str, token: str):
        self.mechanism = mechanism
        self._first = initial_response(mechanism, user, token)
        self._sent = False
        self.error: dict | None = None

    def __call__(self, challenge: bytes | None = None) -> str:  # smtplib calls it without one first
        if not self._sent:
            self._sent = True
            return self._first
        self.error = _parse_error(challenge or b"")
        return "" if self.mechanism == "XOAUTH2" else "\x01"

    def explain(self) -> str:
        """What the server said about the token, in words ('' when it said nothing)."""
        if not self.error:
            return ""
        parts = []
        if self.error.get("status"):
            parts.append(f"status {self.error['status']}")
        if self.error.get("scope"):
            parts.append(f"it wants a token with the scope {self.error['scope']}")
        return "; ".join(parts)


def _parse_error(challenge: bytes) -> dict:
    try:
        value = json.loads(challenge.decode("utf-8", "replace"))
    except ValueError:
        return {"status": challenge.decode("utf-8", "replace")[:200]} if challenge else {}
    return value if isinstance(value, dict) else {}
