"""The recap of a phone call or meeting: the written record of what was agreed out loud.

"Per our conversation today …, please let me know if I misunderstood": sent to the person the user
talked to, copied to the user, and recorded in the trail, where the promises in it are tagged by
the recap rules in classify/promises.py ("you said you would …"). Not sent, it is recorded as the
user's own note of the conversation (arrival "logged").
"""
from __future__ import annotations

import copy
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from ieptrail.config import Settings
from ieptrail.errors import NotifyError
from ieptrail.notify.render import render
from ieptrail.notify.smtp import new_email

KINDS = ("call", "meeting")


def parse_person(text: str) -> tuple[str, str]:
    """'Ms. Rivera <rivera@school.org>' -> ('Ms. Rivera', 'rivera@school.org')."""
    name, address = parseaddr(text)
    if "@" not in address or " " in address:
        raise NotifyError(f"{text!r} has no email address; write it as \"Ms. Rivera <rivera@school.org>\"")
    return name.strip(), address.strip()


def recap_subject(kind: str, day: date) -> str:
    what = "phone call" if kind == "call" else "meeting"
    return f"Recap of our {what} on {day:%A, %B} {day.day}"


def recap_email(settings: Settings, person: tuple[str, str], day: date, summary: str, *, kind: str = "call",
                user_name: str | None = None, now: datetime | None = None, sent: bool = True) -> EmailMessage:
    """The recap; `sent=False` marks it as a note that was not emailed (X-IEPTrail-Kind: call-log)."""
    if kind not in KINDS:
        raise NotifyError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    summary = summary.strip()
    if not summary:
        raise NotifyError("the summary is empty: write what was said and agreed")
    user = settings.user_email
    if not user:
        raise NotifyError("IEPTRAIL_USER_EMAILS is not set: a recap is written in your name")
    now = now or datetime.now(settings.timezone)
    name, address = person
    when = "today" if day == now.date() else f"on {day:%A, %B} {day.day}"
    text = render(settings, "recap.txt", name=name or address, kind=kind, when=when, summary=summary,
                  user_name=user_name or user)
    message = new_email()
    message["From"] = formataddr((user_name or "", settings.smtp.sender or user))
    message["To"] = formataddr((name, address))
    message["Cc"] = user
    message["Subject"] = recap_subject(kind, day)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=user.rsplit("@", 1)[-1])
    message["X-IEPTrail-Kind"] = "recap" if sent else "call-log"
    message["X-IEPTrail-Conversation-Date"] = day.isoformat()
    message.set_content(text.strip() + "\n", cte="quoted-printable")
    return message


def as_logged_note(message: EmailMessage) -> EmailMessage:
    """The same recap marked as not emailed (same Message-ID: if the user sends it by hand with the
    trail address in Bcc, it is recognised as this message, not stored twice)."""
    note = copy.deepcopy(message)
    note.replace_header("X-IEPTrail-Kind", "call-log")
    return note
