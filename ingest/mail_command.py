"""Requests by email: "search: extended time", "promises", "overdue", "missed services".

A request is an email the user writes to the trail address alone with one of those subjects. It
is answered, never stored as evidence, and only when the receiving mail server vouches that the
user's own domain sent it: a DKIM or SPF pass in an Authentication-Results header written by a
server named in IEPTRAIL_SEARCH_BY_EMAIL_AUTHSERV_ID (RFC 8601 section 5: headers from anyone
else, including ones the sender wrote, prove nothing). Pure functions of the email's headers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser

import authres

from ieptrail.ingest.addresses import first_address, parse_address_list

REPLY_KIND = "search-reply"  # X-IEPTrail-Kind of our answers: one that comes back is dropped, not answered

_SEARCH = re.compile(r"^\s*+search\s*+:\s*+(?P<query>\S(?:.*\S)?)\s*$", re.I)
_KEYWORDS = {
    "promises": "promises",
    "overdue": "overdue",
    "missed services": "missed-services",
    "missed service": "missed-services",
    "missed": "missed-services",
}


@dataclass(frozen=True)
class MailRequest:
    kind: str  # search | promises | overdue | missed-services
    query: str | None  # the words after "search:"
    sender: str  # the user's address it came from (lower case)
    subject: str
    message_id: str | None
    references: str | None
    verified_by: str | None  # how the sender was authenticated, e.g. "dkim=pass for gmail.com (mx.example.net)"
    refusal: str | None  # why it will not be answered; None when it will

    @property
    def answerable(self) -> bool:
        return self.refusal is None


def request_kind(subject: str) -> tuple[str, str | None] | None:
    """("search", "extended time") for "search: extended time"; ("overdue", None) for "Overdue"."""
    found = _SEARCH.match(subject or "")
    if found:
        return "search", found.group("query")
    keyword = " ".join((subject or "").lower().split()).rstrip(".!?")
    return (_KEYWORDS[keyword], None) if keyword in _KEYWORDS else None


def read_headers(raw: bytes) -> Message:
    return BytesHeaderParser(policy=policy.default).parsebytes(raw)


def is_our_reply(headers: Message) -> bool:
    return str(headers.get("X-IEPTrail-Kind", "")).strip().lower() == REPLY_KIND


def read_request(headers: Message, *, user_emails: tuple[str, ...], trail_addresses: tuple[str, ...],
                 authserv_ids: tuple[str, ...]) -> MailRequest | None:
    """The request this email makes, or None when it is ordinary mail (then it is imported as usual).

    Mail from anyone but the user, or addressed to anyone but the trail (a Bcc of a letter to the
    school titled "Missed services" is evidence, not a request), is ordinary mail.
    """
    subject = " ".join(str(headers.get("Subject", "")).split())
    kind = request_kind(subject)
    if kind is None or is_our_reply(headers) or _automatic(headers):
        return None
    sender = first_address(str(headers.get("From", "")))
    if sender is None or not sender.email or sender.email.lower() not in user_emails:
        return None
    recipients = [a.email.lower() for name in ("To", "Cc") for a in parse_address_list(str(headers.get(name, "")))
                  if a.email]
    if not recipients or any(r not in trail_addresses and r not in user_emails for r in recipients):
        return None
    verified_by, refusal = authenticate(headers, sender.email.lower(), authserv_ids)
    message_id = str(headers.get("Message-ID", "")).strip() or None
    references = " ".join(filter(None, (str(headers.get("References", "")).strip(), message_id))) or None
    return MailRequest(kind[0], kind[1], sender.email.lower(), subject, message_id, references, verified_by, refusal)


def _automatic(headers: Message) -> bool:
    """Auto-replies and mailing-list copies are never requests (RFC 3834)."""
    auto = str(headers.get("Auto-Submitted", "no")).strip().lower()
    return auto not in ("", "no")


def authenticate(headers: Message, sender: str, authserv_ids: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(how `sender` was verified, None) or (None, why it was not)."""
    if not authserv_ids:
        seen = _authserv_ids_seen(headers)
        hint = f"; this email has them from {', '.join(seen)}" if seen else ""
        return None, ("IEPTRAIL_SEARCH_BY_EMAIL_AUTHSERV_ID is not set, so no Authentication-Results header is "
                      f"trusted{hint}")
    domain = sender.rsplit("@", 1)[-1]
    trusted_headers = 0
    for value in headers.get_all("Authentication-Results", []):
        parsed = _parse(str(value))
        if parsed is None or parsed.authserv_id.lower() not in authserv_ids:
            continue
        trusted_headers += 1
        for result in parsed.results:
            if result.result.lower() != "pass":
                continue
            if result.method.lower() == "dkim" and _dkim_covers(result, sender, domain):
                return f"dkim=pass for {domain} ({parsed.authserv_id})", None
            if result.method.lower() == "spf" and _spf_covers(result, sender, domain):
                return f"spf=pass for {sender} ({parsed.authserv_id})", None
    if not trusted_headers:
        seen = _authserv_ids_seen(headers)
        found = f"only from {', '.join(seen)}" if seen else "none at all"
        return None, f"no Authentication-Results header from {', '.join(authserv_ids)} ({found})"
    return None, f"{', '.join(authserv_ids)} reports no DKIM or SPF pass for {sender}"


def _parse(value: str):
    try:
        return authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
    except Exception:  # noqa: BLE001 - authres raises its own SyntaxError and others on odd headers
        return None


def _authserv_ids_seen(headers: Message) -> list[str]:
    seen = []
    for value in headers.get_all("Authentication-Results", []):
        parsed = _parse(str(value))
        if parsed is not None and parsed.authserv_id not in seen:
            seen.append(parsed.authserv_id)
    return seen


def _property(result, kind: str, name: str) -> str | None:
    for item in result.properties:
        if item.type.lower() == kind and item.name.lower() == name:
            return str(item.value).strip().lower()
    return None


def _dkim_covers(result, sender: str, domain: str) -> bool:
    """A signature by the sender's domain (or a parent domain, DMARC's relaxed alignment)."""
    identity = _property(result, "header", "i")
    if identity and "@" in identity and identity.split("@", 1)[0]:
        return identity == sender
    signer = _property(result, "header", "d") or (identity.lstrip("@") if identity else None)
    return bool(signer) and (domain == signer or domain.endswith("." + signer))


def _spf_covers(result, sender: str, domain: str) -> bool:
    """SPF vouches for the envelope sender: it must be this address (or, given as a domain, its domain)."""
    mailfrom = _property(result, "smtp", "mailfrom")
    if not mailfrom:
        return False
    mailfrom = mailfrom.strip("<>")
    return mailfrom == sender if "@" in mailfrom else mailfrom == domain
