"""Who may write into the record when mail arrives by itself (the IMAP worker).

Mail from the user's own addresses (their forwards and Bcc'd sent mail) and from the
configured school domains or addresses becomes a record; anything else is quarantined with
reason `sender-not-allowed`, for the user to accept or drop. It is never silently dropped.
"""
from __future__ import annotations

from collections.abc import Callable

from ieptrail.config import Settings
from ieptrail.errors import ConfigError
from ieptrail.ingest.parsed import ParsedEmail

# Decides whether an email may enter the evidence; returns None to admit, or a reason to quarantine.
Admission = Callable[[ParsedEmail], str | None]


def is_allowed_sender(address: str, allowed: tuple[str, ...]) -> bool:
    """`allowed` holds addresses (`a@school.org`) and domains (`school.org`, which also covers
    its subdomains such as `mail.school.org`)."""
    address = address.lower()
    domain = address.rpartition("@")[2]
    for item in allowed:
        if "@" in item:
            if address == item:
                return True
        elif domain == item or domain.endswith("." + item):
            return True
    return False


def sender_admission(settings: Settings) -> Admission:
    allowed = tuple(settings.user_emails) + tuple(settings.allowed_senders)
    if not allowed:
        raise ConfigError(
            "the worker needs IEPTRAIL_USER_EMAILS (or IEPTRAIL_ALLOWED_SENDERS): without them anyone who "
            "learns the trail address could write into the record"
        )

    def admit(parsed: ParsedEmail) -> str | None:
        sender = parsed.sender.email if parsed.sender else ""
        if sender and is_allowed_sender(sender, allowed):
            return None
        return f"sender {sender or '(none)'} is not one of your addresses or IEPTRAIL_ALLOWED_SENDERS"

    return admit
